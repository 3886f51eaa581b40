"""Reporting cues: the verb list (a data file derived from PolNeAR train, plus our own) and
the patterns of the reporting clause before or after a quote."""

from __future__ import annotations

import re

from briefing import lexicons

VERBS = lexicons.words("reporting_verbs") | lexicons.words("reporting_verbs_extra")
# The -ing forms introduce a quote after a comma (`, saying "…"`), never a clause of their own.
ING = frozenset(v for v in VERBS if v.endswith("ing"))
# Alternatives longest first, ties in text order (a stable sort of a sorted list): one
# pattern in every run, whatever the order of the set.
_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS - ING), key=len, reverse=True)) + r")"
VERB_PLAIN = _VERB.replace("?P<verb>", "?:")
_ANY_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS), key=len, reverse=True)) + r")"
# Words caught or quoted, and the verb: `is heard saying`, `was quoted as saying`.
_HEARD = r"(?:" + lexicons.alternatives("perceived_speech") + r")\s+" + _ANY_VERB
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-\w+|(?:bin|de|van|von)\b|the|a|an|[a-z][a-z-]*(?=\s+[A-Z]))"
_NAME_LINK = r"(?:[A-Z][\w'’.-]*|al-\w+|(?:bin|de|van|von|of)\b|the|[a-z\d][a-z\d-]*(?=\s+[A-Z]))"
_WHO = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*?)"
_WHO_GREEDY = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*)"
_CAPS_NAME = r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al-\w+)){0,3})"
_PRONOUN = r"\b(?P<pronoun>he|she|they|it)"
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|will\s+|would\s+|has\s+|had\s+|have\s+)?"
_NOT_CLAUSE = r"(?!who\b|that\b|which\b|and\b|as\b|when\b)"  # a word no relative clause opens
# A speaker description of up to eight words, titles in lower case included ("Trump senior
# adviser Paul Manafort"), but no relative clause ("the man who met Trump").
_DESCRIPTION = r"(?P<who>[^\s\"“”]+(?:\s+" + _NOT_CLAUSE + r"[^\s\"“”]+){0,9}?)"
# The start of the clause after a quote, and a reporting verb maybe after an adverb.
_LEAD = r"^[\s,]*"
# Not a verb with an answer for its object (`"…," Lund said yes`): that reports the answer.
_SAYS = ADVERB + _VERB + r"\b(?!\s+(?:" + lexicons.alternatives("answer_words") + r")\b)"
# Up to the opening mark, maybe past the verb's object (`told reporters:`) or, before a
# colon, a phrase of what it is about (`added on the title race:`).
_PHRASE = r"\s+(?:" + lexicons.alternatives("subject_prepositions") + r")\s[^.!?\"“”:;]{0,150}:"
_TO_QUOTE = r"(?:(?:\s+[\w']+){0,3}\s*[:,]?|" + _PHRASE + r")\s*$"
_SAYS_TO_QUOTE = ADVERB + _VERB + _TO_QUOTE
_APPOSITION = r",\s+(?:[^,\"“”]{2,80}|(?:who|which)\b[^\"“”]{2,150}?),\s+"  # `, chief of Norbank,`
_CLAUSE_START = r"(?:^\s*|[^\w\s]\s*|\b(?:and|but)\s+)"  # a sentence, a clause or a conjunct
_PASSIVE_SAYING = _HEARD + r"(?:\s+that)?\s*[:,]?\s*$"
_ROLE = r"(?:(?!(?i:the|an?|his|her|its|their)\b)[A-Z]?[a-z]+\s+){0,2}?"  # `Executive producer`
# A dash and role words opening a line: `- Harbour FC boss `
_DASHED = r"(?:[-–—•]\s*(?:[A-Z][\w&'’.-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,3})?"
# Not a preposition: a name after one is no subject (`," lawyers against Jo Park said`).
_NO_PREPOSITION = r"(?!(?:" + lexicons.alternatives("subject_prepositions") + r")\b)"
# A source named by a determiner and lower-case words only: `a news release`, `the police`.
# Lower-case titles before a name: `chairman and chief executive `
_TITLES = r"(?:" + _NOT_CLAUSE.replace("and\\b|", "") + _NO_PREPOSITION + r"[a-z]+\s+){1,5}"
_DESCRIBED = r"(?P<who>(?i:an?|the|his|her|their|its)(?:\s+[a-z][\w'’-]*){1,6})"
# After the quote: `," Peskov told…` / `," he added` / `," said Peskov` / `," according to X`.
AFTER = [
    re.compile(_LEAD + _PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + r"\b", re.I),
    # `," said 9/11 widow Terry Strada` / `," said his lawyer, Sam Shamansky`: a determiner and
    # lower-case words describing the person before the name
    re.compile(
        _LEAD + _VERB + r"\s+(?P<who>(?:(?:the|his|her|their|its|an?|[\d/]+)\s+"
        r"(?:" + _NOT_CLAUSE + r"[a-z][\w’'-]*,?\s+){1,3}"
        # or two or three role words with no determiner (`," says team leader Dr Ivo Marek`)
        r"|(?:" + _NO_PREPOSITION + r"[a-z][\w’'-]*\s+){2,3})" + _CAPS_NAME[8:]
    ),
    # `," according to a news release.`, `," said the man.`: a source the text only describes
    re.compile(_LEAD + r"(?:according to|" + _VERB + r")\s+" + _DESCRIBED + r"\s*(?=[.,;:]|$)"),
    # `," said Peskov`, `"…" ― Karen Bobadilla` (a dash and the name, as under a pull quote)
    re.compile(_LEAD + r"(?:(?:according to|" + _VERB + r")\s+|[—―–]\s*)" + _WHO_GREEDY),
    re.compile(_LEAD + _WHO + r"\s+" + _SAYS),
    # `!" Lund is heard saying on the video`: words caught on a recording; `," he was quoted
    # as saying by the weekly`
    re.compile(_LEAD + "(?:" + _PRONOUN + "|" + _WHO + r")\s+" + _HEARD),
    # `," Trent Lott, who led the Senate, told…` / `," Jo Park, chief economist at Norbank,
    # said`: the name before the apposition
    re.compile(_LEAD + r"(?P<who>[A-Z][^,\"“”]{0,40}),\s+[^\"“”]{0,150}?,\s+" + _SAYS),
    # `…with" shifts in the market, said Jo Park`: the sentence runs on past the mark, and
    # its reporting clause follows a comma.
    re.compile(_LEAD + r"[a-z][^\"“”,.;:]{0,60},\s+" + _VERB + r"\s+" + _WHO_GREEDY),
    # `…a fair price" for the old pier, she said`: the same, with a pronoun for the source
    re.compile(_LEAD + r"[a-z][^\"“”,.;:]{0,60},\s+" + _PRONOUN + r"\s+" + _VERB + r"\b"),
    re.compile(_LEAD + _DESCRIPTION + r"\s+" + _SAYS),
    # `," chairman and chief executive Jo Park said`: a run of lower-case titles, the name
    re.compile(_LEAD + _TITLES + _CAPS_NAME + r"\s+" + _SAYS),
    # `?" Vitter demanded.`: a name and a past tense ending the clause, a verb off the list
    re.compile(_LEAD + "(?:" + _PRONOUN + "|" + _CAPS_NAME + r")\s+(?P<verb>[a-z]{3,}ed)(?!\s*\w)"),
]
# A reporting clause that takes no object (`Meacham concluded.`, `Berg said in a statement`).
_CLAUSE_END = r"\s*(?:[.,;]|(?:in|on|at|to|during)\s)"  # `said.`, `said in a statement`
CLAUSE_ONLY = re.compile(r"\s*" + _CAPS_NAME + r"\s+" + ADVERB + _VERB + _CLAUSE_END)
# Before the quote: `Erdogan said: "` / `Peskov told reporters, "` / `according to X, "`.
BEFORE = [
    # `What Lind presented, said Park, was "…"`: an attribution set off by commas comes first.
    re.compile(r",\s+" + _VERB + r"\s+" + _CAPS_NAME + r",\s+[^,\"“”]{0,60}$"),
    re.compile(_PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + _TO_QUOTE, re.I),
    # `Jo Park, chief economist at Norbank, said: "`, maybe after a role, or a relative clause
    # with commas (`Hearts player Locke, who was…, last season, added: "`)
    re.compile(_CLAUSE_START + _ROLE + _CAPS_NAME + _APPOSITION + _SAYS_TO_QUOTE),
    # `Norbank's economist, Jo Park, said "`: the name set off by commas after its description
    re.compile(_CLAUSE_START + _CAPS_NAME + r",\s+" + _SAYS_TO_QUOTE),
    # `The charity, which runs…, said: "`
    re.compile(r"\b" + _DESCRIBED + r"(?=,\s+(?:who|which)\b)" + _APPOSITION + _SAYS_TO_QUOTE),
    re.compile(r"\b" + _WHO + r"\s+" + _SAYS_TO_QUOTE),
    # `Jo Park, 54, was quoted as saying that "…"`, `Lund can be heard saying: "…"`
    re.compile(_CLAUSE_START + _CAPS_NAME + r"(?:" + _APPOSITION + r"|\s+)" + _PASSIVE_SAYING),
    # `Replied deputy spokeswoman Jo Park, "…"`: the verb opens the sentence, the name follows.
    re.compile(r"^\s*(?=[A-Z])(?i:" + _VERB + r")\s+(?P<who>[^,\"“”]{2,80}?),?\s*$"),
    # `Clinton: "…"` / `Ana Ruiz, City Radio: "…"` (a name, maybe its outlet, and a colon)
    # or a dashed line of a role and a name (`- Harbour boss Jo Park: "…"`)
    re.compile(r"^\s*" + _DASHED + _CAPS_NAME + r"(?:,\s*[A-Z][^,:\"“”]{1,50})?\s*:\s*$"),
]
# A sentence of the writer's own that introduces the quote with a colon or comma (`…sleep.
# Her son, who sings: "…"`): a clause of its own, not the previous quote's voice going on.
INTRODUCED = re.compile(r"(?:^|[.!?][’'”\"]?)\s+[A-Z][^.!?\"“”]*[:,]\s*$")
_UNNAMED = lexicons.alternatives("unnamed_people")  # `a woman`, `another resident`
SOMEONE = re.compile(r"\b(?:an?|another)\s+(?:[a-z-]+\s+)?(?:" + _UNNAMED + r")\b")
# A reporting verb further back in the sentence: `Weaver, unimpressed, told reporters, "`;
# the speaker is then the sentence's first person named.
CUE_IN_SENTENCE = re.compile(r"\b" + _ANY_VERB + r"\b(?:\s+[^\s]+){0,4}\s*[:,]\s*$")
# An attribution anywhere in a stretch of text between two quotes.
ANY_CUE = re.compile(r"\b(?:" + VERB_PLAIN + r"|according to)\b")
# Right after a person's name: the name is the subject of a reporting verb (`Kaljus said`,
# `Kaljus, also speaking`, `Kaljus, 26, said`, `Kaljus, the club's coach, said`).
SPEAKING = re.compile(r"(?:,[^,.;\"“”]{1,100},)?,?\s+(?:\w+ly\s+|also\s+)?" + ANY_CUE.pattern)
# The reporting clause after a dash-introduced quote: `– said Ana`, `– she said`.
DASH_CUE = re.compile(r"(?:" + VERB_PLAIN + r"\b|(?:he|she|they)\s+" + VERB_PLAIN + r"\b)")
# A pronoun and a reporting verb: `when he said`.
PRONOUN_SAYS = re.compile(r"\b(?:he|she|they)\s+(?:\w+\s+)?" + VERB_PLAIN + r"\b")
# A verb a partial quotation is woven in with (`called the plan "a mistake"`).
WEAVING = re.compile(r"\b(?:" + VERB_PLAIN + "|" + lexicons.alternatives("weaving_verbs") + r")\b")
# `according to his jockey Liam Treadwell, '…'`: the source anywhere earlier in the sentence.
ACCORDING = re.compile(r"\b[Aa]ccording to\s+([^,:;.\"“”]{2,60}?)\s*[,:]")
# A work named before its title: `the show "Harbour Nights"`, `a book titled "…"`.
WORK_NOUN = re.compile(r"\b(?:" + lexicons.alternatives("title_cues") + r")[\s,]*$", re.I)
# `admires Berg as a "…"`: an epithet for the person before `as`; its source the subject, when
# nothing between them is passive or opens another clause.
AS_EPITHET = re.compile(r"\s+as(?:\s+an?)?\s*")
SUBJECT_LEAD = re.compile(r"(?:[^,]*,)?(?:\s*[A-Z]\S*)*\s*")  # a fronted phrase, then titles
NOT_ACTIVE = re.compile(r"\b(?:who|which|that|and|but|while|(?:is|are|was|were|been)\s+\w+e[dn])\b")
# `The memo also expresses concern…, saying: "…"`: a source the sentence opens with, described,
# whose clause goes on with an -ing reporting verb.
_OPENING = r"\s*" + _DESCRIBED.replace("6}", "3}?") + r"\s+(?:also\s+)?[a-z]+e?[sd]\b[^.!?]*"
SAYING = re.compile(_OPENING + r",\s+(?P<verb>" + "|".join(sorted(ING)) + r")\b[^.;]{0,40}$")
# A headline naming the person it quotes: `Jo Park: Fees 'Too High'`, `Jo Park on Fees: …`,
# or at its end: `Fees 'Too High,' Jo Park Says.`
_HEADLINE_WHO = r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})"  # up to three words
HEADLINE_SOURCE = re.compile(r"\s*" + _HEADLINE_WHO + r"(?:\s+on\s[^:]{1,60})?:\s")
HEADLINE_SAYS = re.compile(r"[,’”\"\x01]\s+" + _HEADLINE_WHO + r"\s+Says?\.?\s*$")

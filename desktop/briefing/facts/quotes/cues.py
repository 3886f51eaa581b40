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
_CAPS_NAME = r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al-\w+)){0,3})"
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|will\s+|would\s+|has\s+|had\s+|have\s+)?"
# Not a verb with an answer for its object (`"…," Lund said yes`): that reports the answer.
_SAYS = ADVERB + _VERB + r"\b(?!\s+(?:" + lexicons.alternatives("answer_words") + r")\b)"
# A phrase of what the quote is about before its colon (`added on the title race:`).
_PHRASE = r"\s+(?:" + lexicons.alternatives("subject_prepositions") + r")\s[^.!?\"“”:;]{0,150}:"
# Not a preposition: a name after one is no subject (`," lawyers against Jo Park said`).
_NO_PREPOSITION = r"(?!(?:" + lexicons.alternatives("subject_prepositions") + r")\b)"
# A source named by a determiner and lower-case words only: `a news release`, `the police`.
_DESCRIBED = r"(?P<who>(?i:an?|the|his|her|their|its)(?:\s+[a-z][\w'’-]*){1,6})"
# A slot in a pattern file: a fragment <_NAME> or <NAME> (upper case; groups are lower), or
# a word list <list:NAME>.
_SLOT = re.compile(r"<(_?[A-Z][A-Z_]*|list:\w+)>")


def patterns(name: str, fragments: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """(key, pattern) of each row of the table NAME.txt, in file order, but for rows keyed
    "_NAME": those give the fragment <_NAME> to the rows below them (else `fragments` gives
    it); <list:NAME> stands for the word list NAME as alternatives."""
    known = dict(fragments)

    def fill(slot: re.Match[str]) -> str:
        word_list = slot[1].removeprefix("list:")
        return lexicons.alternatives(word_list) if word_list != slot[1] else known[slot[1]]

    out = []
    for key, written in lexicons.rows(name):
        pattern = _SLOT.sub(fill, written)
        if key.startswith("_"):
            known[key] = pattern
        else:
            out.append((key, re.compile(pattern)))
    return out


# The reporting clause after a quote (`," Peskov told…`, `," he added`, `," according to X`)
# and before it (`Erdogan said: "`, `Peskov told reporters, "`), tried in order; their
# patterns read the fragments above.
_CLAUSES = patterns("reporting_clauses", {k: v for k, v in globals().items() if isinstance(v, str)})
AFTER = [pattern for side, pattern in _CLAUSES if side == "after"]
BEFORE = [pattern for side, pattern in _CLAUSES if side == "before"]
# A reporting clause that takes no object (`Meacham concluded.`, `Berg said in a statement`).
_CLAUSE_END = r"\s*(?:[.,;]|(?:in|on|at|to|during)\s)"  # `said.`, `said in a statement`
CLAUSE_ONLY = re.compile(r"\s*" + _CAPS_NAME + r"\s+" + ADVERB + _VERB + _CLAUSE_END)
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

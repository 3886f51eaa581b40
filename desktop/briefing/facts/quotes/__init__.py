"""Direct and partial quotations, and who said them.

`marks` pairs quotation marks of every convention into spans, `speakers` reads the
reporting clause by rules, `learned` picks among the persons nearby when the rules find no
clause. Quotes of three words or fewer are phrases ("bloodbath"), not quotations, unless
they are part of a quotation interrupted by its attribution ("Yes," he said. "…") or a
partial quote with a source in its sentence; titles of works are not quotations. Words
woven into the writer's sentence (the mayor called the plan "a serious mistake") are partial
quotes. A quote with no clause of its own goes on in the voice of the quote before it in the
same paragraph, or of the previous paragraph's quote when it is an unattributed
continuation. When nobody can be named the speaker is None (with a description of the
source when the text gives one).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing import lexicons
from briefing.facts import words
from briefing.facts.gazetteer import first_name
from briefing.facts.quotes import cues, learned, marks, speakers
from briefing.facts.quotes.genders import FEMALE, MALE, name_gender, pronoun_gender
from briefing.facts.quotes.marks import TRANSCRIPT, Span, paragraphs
from briefing.facts.quotes.speakers import Actors, Found, How, People
from briefing.facts.words import sentence_index
from briefing.model import Doc, Quote, Sentence, Token
from briefing.timex import WEEKDAYS

MIN_WORDS = 4
# The patterns of quote_patterns.txt by key.
_P = lexicons.keyed("quote_patterns", **cues.GIVEN)
# A partial quote with no source in its sentence is listed (unattributed) from this many
# words on; shorter ones are scare quotes ("so-called "reform"").
UNSOURCED_PARTIAL = 3
# A pronoun ("he said") is the previous quote's source when that quote ended this many
# characters back or fewer in the same paragraph, else the person named last; a quote with
# no clause of its own goes on in that voice only within the same distance (copy pasted
# without paragraph breaks runs whole articles into one block).
RECENT = 300
# How far back (characters) a verb of calling or describing may stand before the article and
# the mark (`described the new Valby harbour manager Pete Olsen as a "disgrace"`): its object
# is up to six words, a name with its titles.
CALLING_REACH = 100
# Words a title leaves in lower case (English title-case convention).
_TITLE_SMALL = lexicons.words("title_small_words")
_CHANTS = lexicons.words("chant_verbs")
# Written sources with no author: one word quoted from them is a term.
_UNSIGNED = lexicons.words("charge_nouns") | speakers.DOCUMENT_NOUNS
# Page furniture left between two quotes (`…a dragon." READ MORE: Police raid 'high value'…`):
# a link to another story, whose words no source of this one speaks; matched without case.
_FURNITURE = re.compile(
    r"(?i)\b(?:"
    + "|".join(map(re.escape, sorted(lexicons.groups("outlet_phrases")["furniture"])))
    + r")\b"
)
_CLAUSE_HOWS = (How.NAMED, How.PRONOUN, How.NAMED_BEFORE, How.DESCRIPTION)
# Speakers no clause names beside the quote: inferred from the sentences around it.
# And a description read as someone named before (`"…Ana saw it all," the director says`).
_INFERRED = (
    How.PRONOUN, How.SUBJECT, How.SAME_PARAGRAPH, How.PREVIOUS_PARAGRAPH, How.MODEL,
    How.NAMED_BEFORE, How.SENTENCE_BEFORE,
)  # fmt: skip


def extract_quotes(doc: Doc, actors: Actors = ()) -> tuple[Quote, ...]:
    """Quotes in article order; speakers are canonical actor names or None."""
    return tuple(q for q, _ in _extract(doc, actors, use_model=True))


def rule_quotes_with_candidates(doc: Doc, actors: Actors) -> list[tuple[Quote, learned.Candidates]]:
    """Quotes by the rules alone, each with the model's candidates (for training)."""
    return _extract(doc, actors, use_model=False)


def _extract(doc: Doc, actors: Actors, use_model: bool) -> list[tuple[Quote, learned.Candidates]]:
    scan, spans = marks.quoted_in(doc.text)
    starts = [s.start for s in doc.sentences] or [0]
    paragraph_starts = [p for p, _ in paragraphs(scan)]
    brk = marks.paragraph_break(scan)  # "\n\n", or "\n" in copy laid out a paragraph a line
    run_together = "\n\n" not in scan.strip()
    # A one-line headline opening the text, the story after it.
    title = scan.find("\n\n")
    title = title if 0 < title < 250 and "\n" not in scan[:title] else 0
    people = People(actors, spans, scan, tuple(starts), _plural_nouns(doc))
    persons = speakers.persons(actors)
    writer = _signing_writer(scan, persons)
    out: list[tuple[Quote, learned.Candidates]] = []
    quotes: list[Quote] = []
    kept: list[Span] = []
    carried: set[int] = set()  # starts of quotes whose source the sentence before gave
    for k, span in enumerate(spans):
        start, end = _content(scan, span)
        end = _before_sign_off(scan, start, end)  # not a writer's `Follow Jo Park on Twitter…`
        if not (words := scan[start:end].split()) or words[0][0] in ",;":
            # `…businesses", An EU spokesman dismissed it. "We…`: a stretch opening on a comma
            # lies between a closing mark and the next opening one, no one's words: give up
            continue
        # The writer's words since the previous quote kept (a paragraph break when none).
        gap = scan[kept[-1].close : span.open] if kept else brk
        recent = brk not in gap and len(gap) <= RECENT
        previous = quotes[-1].speaker if quotes else None
        # The signed writer is "I" in their own clauses, never the "she" of one after them.
        voice = None if previous == writer else previous
        found = speakers.attribute(span, people, voice, recent, kept[-1].close if kept else None)
        head = speakers.head_clause(scan[max(0, span.open - 250) : span.open])  # its sentence
        head_abs = span.open - len(head)
        if writer and _unsourced(found) and (mine := _P["first_person_says"].search(head)):
            found = Found(writer, mine.group().split()[-1].strip(",:"), How.SUBJECT)
        after_close = scan[span.close : span.close + 40]  # where a woven quote's agent shows
        # `"…," said Mrs Park` where Jo Park is "Mr Park" or "he": not his words.
        told = len(speakers.tail_clause(scan[span.close : span.close + 250]))
        said_at = (span.close, span.close + told) if found.after else (head_abs, span.open)
        # A speaker the clause names, maybe with a title.
        titled = found.how in (How.NAMED, How.SUBJECT) and found.speaker is not None
        if titled and (other := people.titled_apart(found.speaker or "", *said_at)):
            found = Found(None, found.cue, How.DESCRIPTION, other)  # her words, no actor's
        if label := TRANSCRIPT.match(scan, start, end):
            # `"WALLACE: Let's start…` in a transcript: the label names the speaker.
            who = label.group(1).title()
            found = _labelled(who, actors, start)
            start = label.end()
        if _P["stage_direction"].fullmatch(scan, start, end):
            continue  # `"(CROSSTALK.)`
        described = quotes[-1].description if quotes and not quotes[-1].speaker else None
        # A source only carried over to a woven quote (`…, prosecutors said. He skipped it "and
        # instead…"`) is no voice a pronoun after it stands for.
        described = None if quotes and quotes[-1].start in carried else described
        # `"…," the filmmakers said. "…," she says`: "she" is never a plural description.
        agrees = found.pronoun == "they" or not re.search(r"[^s]s$", described or "")
        # Nor past a newcomer the tagger missed (`…, the 24-year-old said. Tuva, 25, was sent
        # to the docks. "…," she said`): the pronoun may be hers.
        agrees = agrees and not speakers.untagged_newcomer(people, span.open - len(gap), span.open)
        if speakers.pronoun_past_newcomer(found, people, span.open):
            found = Found(None, found.cue, How.PRONOUN, after=found.after, pronoun=found.pronoun)
        if newcomer := speakers.newcomer_voice(found, people, span.open):
            found = replace(found, speaker=newcomer)  # `Tuva, 25, was sent…. "…," she said`
        # `…, the panel said, "…" It urged…`: "it" is the panel just quoted, not a body named
        # before that quote (one named since is: `"…," it said. Norbank agreed. "…," it said`);
        # never a person described (`a spokesman`).
        body = found.pronoun == "it" and found.how == How.NAMED_BEFORE and described is not None
        body = body and (found.speaker or "") not in gap
        body = body and speakers.noun_gender((described or " ").split()[-1]) is None
        if recent and (found.how == How.PRONOUN or body) and described and agrees:
            # "…a window into hell." "The women were ill," he tells us: the pronoun is
            # the source just described, not a person named earlier.
            found = Found(None, found.cue, How.DESCRIPTION, quotes[-1].description, found.after)
        # The second part of a quotation its attribution interrupts (`"Yes," he said. "…"`).
        follows = bool(kept) and kept[-1] is spans[k - 1] and _interrupted(scan, kept[-1], span)
        joined = follows and marks.char_before(scan, span.open) in ",:."
        before = _P["word_before"].search(scan, max(0, span.open - 30), span.open)
        word_before = before.group(1).lower() if before is not None else ""
        partial = not joined and _woven(scan, span, start, found, before, people.nouns)
        headliner = _headline_speaker(scan, span, title, people) if span.open < title else None
        if headlined := headliner is not None:
            # `Jo Park: Harbour Fees Are 'Too High'`: a headline names whose words it quotes.
            found, partial = Found(headliner, None, How.NAMED), not scan[: span.open].endswith(": ")
            # `Jo Park Warns Board: 'We Will Sue'`: after a verb and its object, the editor's
            # pick of the words, partial like a word the headline calls someone.
            partial = partial or cues.P["headline_calls"].match(scan, 0, span.open) is not None
        if span.open < title and not _sourced(found) and (who := _headline_subject(scan, span)):
            found = Found(None, None, How.DESCRIPTION, who)  # `Blind pilot 'flies by ear'`
        headline = span.open < title and not _sourced(found)
        if headline and (who := _headline_lede_source(scan, title)):
            found = Found(None, None, How.DESCRIPTION, who)  # `…, a charity has warned.`
        naming = _P["naming"].search(scan, max(0, span.open - 40), span.open)
        if partial and _sourced(found) and not headlined and not naming:
            # `sites classified as "sensitive" by the local authorities, a spokesman said`: the
            # agent after the closing mark used the word, not the clause's speaker.
            found = speakers.passive_agent_source(scan, span, actors) or found
        if partial and not _sourced(found):
            weaving = speakers.with_saying(head, head_abs, people)
            weaving = weaving or speakers.subject_of_weaving(
                head, head_abs, actors, people, after_close
            )
            weaving = weaving or speakers.statement_saying(head, head_abs, people)
            weaving = weaving or speakers.participle_subject(head, head_abs, people)
            found = weaving or _epithet(head, head_abs, people) or found
            if not _sourced(found) and quotes:
                # `His report found '…'. It also highlighted a '…'`: the report goes on.
                found = _document_goes_on(scan, span, people, quotes[-1], kept[-1]) or found
            if not _sourced(found):
                its_sentence = max(0, sentence_index(starts, start))
                found = _saying_subject(doc, its_sentence, span, people, persons) or found
            # `were not 'gaming the quotas' but were 'paying for them'`: one source, unless
            # a pronoun says the second (`said Holm was "right" when he said "…"`), not the
            # first's own clause when nobody else is named (`"…?" he asks, remarking on the
            # "…"`, not `"…," she said, as Park went on about "…"`).
            close = kept[-1].close if kept else span.open
            says = cues.P["pronoun_says"].search(scan, close, span.open)
            others = people.names_in(close, span.open) - {previous}
            own_clause = says and not scan[close : says.start()].strip() and not others
            one_source = quotes and (not says or own_clause)
            # Nothing but the writer's words of one sentence between the two, or, naming nobody
            # else, a longer sentence (`So writes Jo Park in her book, "…", about "…"`); not
            # past a caption run into the text (`…in the schools The watchdog has '…'`).
            near = len(gap) < 120 or len(gap) < 400 and not others
            same_sentence = near and not re.search(r"[.!?]\s", gap) and brk not in gap
            # Nor past a stop inside the marks and a new sentence about someone else.
            same_sentence = same_sentence and not _other_opens(scan, kept[-1], gap)
            same_sentence = same_sentence and not _P["caption_run"].search(gap)
            same_sentence = same_sentence and not _FURNITURE.search(gap)
            # Nor past a new sentence a pronoun of the other sex opens (`"…!" She replied
            # that it was "…"` after a man's words).
            same_sentence = same_sentence and not _other_sex_opens(gap, previous, people)
            # Nor past a clause whose subject is a pronoun that may be someone else (`called
            # her a "disgrace" after she blamed it on "bad luck"`): her words, not his.
            same_sentence = same_sentence and not _other_sex_within(gap, previous, people)
            # Nor from a source only carried over from the sentence before (below).
            same_sentence = same_sentence and quotes[-1].start not in carried
            # Nor after a reporting participle whose subject may be someone else named since
            # (`"…?" he wrote when Berg closed the meeting, remarking, "…"`).
            same_sentence = same_sentence and not (_participle_before(scan, span) and others)
            if not _sourced(found) and one_source and same_sentence:
                found = _voice_of(quotes[-1], How.SAME_PARAGRAPH)
        # `according to his trainer Jo Lind, '…'`; no echoed word (`the SAF "blocking" unit`)
        # and a longer document phrase (`according to a complaint filed by Norbank,`)
        its_index = max(0, sentence_index(starts, start))
        for key in ("according", "according_document", "according_opening"):
            many = len(words) > 1 or _opened_according(head, words, word_before)
            # Not a word modifying the noun after it (`the SAF "blocking" unit`).
            many = many and not (len(words) == 1 and _before_noun(doc, its_index, span.close))
            if not _sourced(found) and many and (m := cues.P[key].search(head)):
                found = speakers.found_by(m.group(1), actors, span.open, "according to") or found
                if not _sourced(found) and key == "according":
                    # `according to Harbour Weekly: "…"`: a name the tagger missed is the source.
                    named = speakers.untagged_name(m.group(1))
                    found = Found(named, "according to", How.NAMED) if named else found
        if partial and not _sourced(found) and (m := cues.P["in_view"].search(head)):
            word = "she" if "her" in (m["pronoun"], m["object"]) else "he"
            who = people.referent(word, head_abs + m.start())
            # Not the one the view is about (`Lind, in her view, was…`: not Lind's own).
            about = people.names_in(head_abs, head_abs + m.start())
            if who and who not in about:
                found = Found(who, m.group(), How.PRONOUN, pronoun=word)
        # `The plan "raises the costs" for Valby, according to Jo Park, …`: the source after
        # it in its sentence, with no other quotation in between.
        tail = _P["sentence_rest"].match(scan, span.close)
        if partial and not _sourced(found) and tail and (m := cues.P["according"].search(tail[0])):
            found = speakers.found_by(m.group(1), actors, span.close, "according to") or found
        # A full sentence quoted that the writer's sentence runs on from (`"Such tests may
        # find…" or why, according to a Norbank summary.`): the source ending that sentence;
        # not past a stop inside the marks (`…abortion." Title X funds…, according to the
        # opinion`: the next sentence's), nor for a short partial (a scare quote's sentence).
        stopped = scan[start:end].rstrip().endswith((".", "!", "?"))
        continues = _P["runs_on"].match(scan, end) is not None
        woven = continues and not partial and not stopped and len(words) >= MIN_WORDS
        ending = cues.P["according"].search(tail[0] + ",") if tail and woven else None
        if not _sourced(found) and ending:
            found = speakers.found_by(ending.group(1), actors, span.close, "according to") or found
        # `…, the agency said. He skipped the check "and instead sailed on."`
        unsourced_woven = partial and _unsourced(found) and len(words) >= UNSOURCED_PARTIAL
        if unsourced_woven and (earlier := speakers.source_before(scan, span, people)):
            found = replace(earlier, how=How.SENTENCE_BEFORE)
            carried.add(start)
        elif unsourced_woven and (closing := speakers.source_of_says_paragraph(scan, span, people)):
            found = closing  # `…, Park says.` closing the paragraph before: her phrase
            carried.add(start)
        elif unsourced_woven and quotes and scan[start].islower():
            # `"…," said Jo Park. The board "may wait, but it will act."`: her words go on.
            found = _carried_past_stop(scan, span, people, quotes[-1], kept[-1], persons) or found
            carried.update([start] if _sourced(found) else [])
        sentence = max(0, sentence_index(starts, start))
        at = starts[sentence]  # `The memo…, saying: "…"`: matched only when still unsourced
        view = partial and not _sourced(found)
        if view and (who := speakers.perspective(scan, at, span, people)):
            found = Found(who, None, How.SUBJECT)  # `To Jo Park, the verdict shows that "…"`
        saying = _unsourced(found) and (
            cues.P["saying"].match(scan, at, span.open)
            or cues.P["but_said"].match(scan, at, span.open)  # `…, but said "…"`
        )
        if saying:
            # `The harbour board will close…`: the whole subject, not `The harbour` (`board`
            # is no verb).
            who = speakers.opening_subject(scan[at : span.open]) or saying["who"]
            who = who if who.startswith(saying["who"]) else saying["who"]
            found = Found(None, saying["verb"], How.DESCRIPTION, who)
        but_said = cues.P["pronoun_but_said"].match(scan, at, span.open)
        word = but_said["pronoun"].lower() if but_said else ""
        if _unsourced(found) and but_said and (who := people.referent(word, at)):
            # `She declined to name the bidders but said the offer "is all cash"`.
            found = Found(who, but_said["verb"], How.PRONOUN, pronoun=word)
        # `A spokesman for Norbank told us… He said it was "fierce"`: the one described.
        pronoun = found.how == How.PRONOUN and not _sourced(found)
        if pronoun and (unnamed := people.unnamed_source(head_abs)):
            found = Found(None, found.cue, How.DESCRIPTION, unnamed, found.after)
        elif pronoun and (kin := people.owner_relation_source(found.pronoun or "", head_abs)):
            # `Mr Lind's mother, Ada, paid tribute. "…," she said`: the relation, not Lind.
            found = Found(None, found.cue, How.DESCRIPTION, kin, found.after)
        if found.description and (paper := speakers.newspaper(found.description)):
            found = Found(paper, found.cue, How.NAMED, after=found.after)
        # `"Is it you?" Park asked. "It is," the senator said`: the one asked answers, not Park,
        # in the same paragraph or the next (nothing of the writer's but the asking clause).
        answer = bool(quotes) and quotes[-1].cue in ("asked", "asks") and len(gap) < RECENT
        answer = answer and quotes[-1].text.rstrip().endswith("?") and "\n" not in gap.strip()
        # `Then the former mayor gave her verdict – "…," said the former mayor`: a description
        # restated in the quote's own sentence stays a description.
        clause_noun = (found.description or "") if found.after else ""
        restated = speakers.restated_description(scan, at, span.open, clause_noun)
        if found.how == How.DESCRIPTION and found.description and not answer and not restated:
            voice = previous if recent else None
            if who := speakers.antecedent(found.description, people, span.open, voice):
                found = Found(who, found.cue, How.NAMED_BEFORE, after=found.after)
        # `Park tweeted "Happy New Year,"`: a short quotation right after its clause's verb;
        # woven in when the writer's sentence runs on (`she said "tax reform" would pay`), or
        # when it goes on in the speaker's words after the comma (`Park said, "we were
        # stunned."`: a fragment, no sentence of its own; not the second part of a quotation
        # its attribution interrupts, `"…," he said, "and we won."`).
        verb = word_before in cues.VERBS
        # A fragment's pronoun is read with less to go on than a full quote's: a named
        # source only (`…a result, he said, "we expected."` after two men are named).
        fragment = not follows and scan[start].islower() and found.how != How.PRONOUN
        fragment = fragment and _verb_comma(scan, span)
        told = found.how in _CLAUSE_HOWS and not found.after and _sourced(found)
        told = told and (verb or fragment) and len(words) < MIN_WORDS
        runs_on = fragment or _P["runs_on"].match(scan, end) is not None
        partial = partial or told and runs_on
        # One word (`Lebed called the charge "absurd"`) only when a clause names or describes
        # who used it; not after an article (a term: `the "reform"`, `known as a "tetrad"`),
        # nor from a document with no author (`the complaint said he had a "bomb"`).
        # Not a word modifying the noun after it (`saw a "vast" change`): the source's word.
        adjective = len(words) == 1 and _before_noun(doc, sentence, span.close)
        term = word_before in speakers.ARTICLES and not adjective
        calling = scan[max(0, span.open - CALLING_REACH) : span.open]
        term = term and not _P["calling_article"].search(calling)
        # One word cited to a document right after it (`buying 'likes,' according to a Norbank
        # report`): the report's term, not its words.
        document_term = bool(cues.P["document_cited"].match(scan, span.close))
        term = term or document_term
        unsigned = _UNSIGNED.intersection((found.description or "").split()[-1:])
        # After an article too when a pronoun's clause after it says it (`a "bold" step, he says`).
        own = found.after and found.how == How.PRONOUN and found.speaker is not None
        cited = found.cue and _sourced(found)
        cited = cited and (len(words) >= 2 or own or not term and not unsigned)
        # Nor a term whose only source is the quote before (`…'stronger than ever' The
        # 'special relationship' has been…`): a phrase after `the` is the writer's name for
        # a thing (after `a`, maybe the next of the speaker's epithets: `and a "reckless heir"`).
        cited = cited and not (word_before == "the" and found.how == How.SAME_PARAGRAPH)
        # Two words in the sentence of a partial quote kept before (`concerns about "trial
        # lawyers getting rich" and general "legal matters"`): the same quoting, one source.
        chained = found.how == How.SAME_PARAGRAPH and len(words) >= 2 and not term
        chained = chained and quotes[-1].sentence == sentence
        short_partial = partial and (len(words) >= UNSOURCED_PARTIAL or cited or chained)
        # A fact-checker's rating on its published scale (`"Mostly False."`), the whole quote.
        rating = " ".join(scan[start:end].strip(" .,!\n").lower().split())
        rated = _unsourced(found) and not headlined and rating in _RATINGS
        checker = _fact_checker(people, starts[sentence], span.open) if rated else None
        if checker is not None:
            # `When Factly examined the claim, it was rated "Mostly False."`: its verdict.
            found, partial, short_partial = Found(checker, None, How.SUBJECT), True, True
        # `"I love you," he said.`: a short quotation its own clause attributes.
        said = found.after and found.how in _CLAUSE_HOWS and not partial
        said = said and scan[start].isupper() and _P["said_end"].match(scan, end) is not None
        chanted = word_before in _CHANTS  # `chanted "No!"`
        # `Jo Park asked, "Why now?"`: a short utterance whole after its clause's verb and comma.
        stop = _P["verb_stop_before"].search(scan, max(0, span.open - 30), span.open)
        uttered = stop is not None and stop.group(1).lower() in cues.VERBS and not found.after
        uttered = uttered and found.how in _CLAUSE_HOWS and _sourced(found) and not partial
        uttered = (
            uttered and found.how != How.PRONOUN
        )  # `he laughed and said, "We'll see."`: whose?
        uttered = uttered and scan[start].isupper() and scan[start:end].rstrip()[-1:] in ".?!"
        # `"Skal!" ("Cheers!")`: a gloss in brackets right after a quotation, the same source's.
        glossed = bool(kept) and kept[-1] is spans[k - 1] and not partial
        glossed = glossed and _P["gloss_gap"].fullmatch(scan, kept[-1].close, span.open) is not None
        if glossed and _unsourced(found):
            found = _voice_of(quotes[-1], How.SAME_PARAGRAPH)
        short = len(words) < MIN_WORDS and not (short_partial or said or told or chanted or uttered)
        short = short and not glossed
        # (nor a term cited to a document leads the quote after it).
        leads = not document_term and _leads(scan, spans, k)
        if short and not follows and not headlined and not leads:
            continue
        # Copy without paragraph breaks: near, not just same block. There a new voice gets
        # no paragraph of its own, so the quote after a question someone `asked` may be the
        # answer (`"Where are you?" he asked. "I was…"`): not continued.
        asked = run_together and quotes and quotes[-1].cue in ("asked", "asks")
        same_paragraph = recent and not (asked and quotes[-1].text.endswith("?"))
        # Nor when someone else speaks after the previous quote's sentence (`"…," said Lind.
        # Park told police…, adding that "…"`).
        after = kept[-1].close + len(speakers.tail_clause(gap)) if kept else 0
        same_paragraph = same_paragraph and not speakers.other_voice(span, people, previous, after)
        # A colon clause of the writer's naming someone else (`Her son, who sings: "…"`).
        clause = intro.group() if (intro := cues.P["introduced"].search(gap)) else ""
        others = people.names_in(span.open - len(clause), span.open) - {previous}
        same_paragraph = same_paragraph and not others and not cues.P["someone"].search(clause)
        # Nor a colon the writer's words since the previous quote bring on after describing
        # someone (`…"confused," and the partner, admonishing the client: "…"`).
        colon = kept and gap.rstrip().endswith(":") and people.describes(kept[-1].close, span.open)
        same_paragraph = same_paragraph and not colon
        # Nor a reporting verb right before the mark whose sentence names neither the previous
        # speaker nor a pronoun (`The campaign's statement then declares "…"`): another source.
        named_here = people.names_in(starts[sentence], span.open)
        own_sentence = scan[starts[sentence] : span.open]
        own_verb = verb and previous not in named_here and not _P["he_or_she"].search(own_sentence)
        same_paragraph = same_paragraph and not own_verb
        # Nor a participle of a reporting verb right before the mark after someone else is
        # named in the quote's sentence since the previous quote (`"…?" he wrote when Berg
        # closed the meeting, remarking, "…"`): the participle may be that person's.
        lo_named = max(starts[sentence], kept[-1].close) if kept else starts[sentence]
        passer = people.names_in(lo_named, span.open) - {previous}
        same_paragraph = same_paragraph and not (_participle_before(scan, span) and passer)
        # Nor past a sentence a pronoun of the other sex opens with a reporting verb (`"…,"
        # said Ana Berg. … He said the pier would open in May. "…"`): his words, or another's.
        lo = bisect.bisect_left(starts, kept[-1].close) if kept else len(starts)
        since = starts[lo : bisect.bisect_left(starts, span.open)]  # sentences in between
        switched = any(_other_sex_opens(scan[s : span.open], previous, people) for s in since)
        same_paragraph = same_paragraph and not switched
        if _unsourced(found) and not partial and scan[start].isupper():
            found = Found(speakers.said_before(scan, span, people), found.cue, How.SUBJECT)
            if found.speaker and speakers.led_by_other(span, people, found.speaker):
                found = Found()  # `"…?" reacted Jo Park`: a clause the rules missed names her
            # Else `His father met him at the dock. "…"`: the one described.
            if not found.speaker and (who := speakers.described_before(scan, span, people)):
                found = Found(None, None, How.DESCRIPTION, who)
            found = found if _sourced(found) else Found()
        if _unsourced(found) and not partial and scan[start].isupper() and quotes:
            # `She said she had kept quiet. "I knew I had to speak."`, far from her last quote.
            found = _paraphrase_voice(scan, span, people, quotes[-1], kept[-1]) or found
            # `Slowly, Park healed. She set up a club. 'I wanted…'`: her story, then her words.
            found = (
                found
                if _sourced(found)
                else _narrated_voice(scan, span, people, quotes[-1], kept[-1]) or found
            )
        if _unsourced(found) and not partial and quotes:
            # `"…," she said. ⏎ She added that turnout was low, because, "…"`: her words still.
            found = _pronoun_sentence_voice(scan, span, people, quotes[-1], kept[-1]) or found
        if _unsourced(found) and same_paragraph and not partial:
            # A second quote in the same paragraph, or its continuation, goes on in the
            # voice of the first: `"…," said X. "…"`.
            found = _voice_of(quotes[-1], How.SAME_PARAGRAPH, found.cue)
        if _unsourced(found) and not partial and (answerer := _interviewee(scan, span, people)):
            found = Found(answerer, None, How.NAMED_BEFORE)  # `Q: …` then `A: "…"`
        named_term = partial and _P["naming"].search(scan, max(0, span.open - 40), span.open)
        titled_work = _title_of_work(scan, span, words, found) or named_term
        if not (headlined or chanted or checker) and titled_work:
            continue  # `the ferry "Harbour Queen"`, `known as the "lady of the fjord"`
        if _unsourced(found) and scan[start].islower() and not short_partial:
            # `An expert said 'the key is…'`: a fragment reported, though nobody is found.
            # right after a reporting verb: woven in, its subject the source
            if not (partial := verb):
                continue  # a fragment quoted inside a sentence, with nobody saying it
            weaving = speakers.subject_of_weaving(head, head_abs, actors, people, after_close)
            found = weaving or found
        # `The company is closing the plant "out of caution"`: the body's own words.
        acting = _unsourced(found) and partial and not found.description
        if acting and (actor_body := speakers.acting_body(people, starts[sentence], span.open)):
            found = Found(actor_body, None, How.SUBJECT)
        unsourced_whole = _unsourced(found) and not partial and bool(kept)
        if unsourced_whole and _continues(scan, kept[-1], span, people, previous):
            # News convention: a quote paragraph without attribution right after a
            # paragraph quoting X goes on in X's voice.
            found = _voice_of(quotes[-1], How.PREVIOUS_PARAGRAPH)
            if speakers.led_by_other(span, people, previous):
                found = Found()  # `"…," affirms Jo Park`: a clause the rules missed names her
        reopened = _unsourced(found) and not partial and run_together and bool(quotes)
        if reopened and _reopened_past_caption(doc.text, scan, kept[-1], span):
            # `'We lost the vote. [a photo caption] 'But we will stand again.'`: the quote the
            # caption broke off goes on, in the same voice.
            found = _voice_of(quotes[-1], How.SAME_PARAGRAPH)
            if speakers.led_by_other(span, people, previous):
                found = Found()
        # `Protesters marched on, chanting, "…"`: the crowd opening the sentence chants it.
        chant = _P["word_before_punct"].search(scan, max(0, span.open - 30), span.open)
        chant_verb = chant.group(1).lower() if chant is not None else ""
        group = _chanting_group(doc, sentence, span.open) if chant_verb in _CHANTS else None
        if group and not _sourced(found):
            found = Found(None, chant_verb, How.DESCRIPTION, group)
        cands: learned.Candidates = []
        # The model learns from every weak answer, and re-decides those `re_decides` names.
        if not partial and (learned.re_decides(found) if use_model else learned.weak(found)):
            paragraph = bisect.bisect_right(paragraph_starts, span.open) - 1
            ctx = learned.Context(span, paragraph, found, previous)
            if use_model:
                found = learned.decide(scan, people, ctx, paragraph_starts)
            else:
                cands = learned.candidates(scan, people, ctx, paragraph_starts)
        inferred = found.speaker in persons and found.how in _INFERRED
        spoken = scan[start:end]
        # `"As a child," the director says, "Ana saw…"`: the whole quotation, when its first part
        # breaks off at a comma (not `"…the truth." A spokesman said: "…"`, another's).
        broken_off = scan[start : span.close].rstrip(" \"'”’\x01").endswith(",")
        if broken_off and k + 1 < len(spans) and _interrupted(scan, span, spans[k + 1]):
            spoken += " " + scan[slice(*_content(scan, spans[k + 1]))]
        if inferred and speakers.names_speaker(spoken, found.speaker or ""):
            # `"Steven can play anywhere," he added`: a quote calling the speaker only inferred
            # for it by the given name is about them, another's; unattributed is safer.
            found = Found()
        if inferred and speakers.addresses(spoken, found.speaker or ""):
            found = Found()  # `"Thank you, Mr. Pellam."` after Pellam spoke: not Pellam's
        if found.how == How.PRONOUN and found.speaker and found.pronoun:
            # `Park warned that Lind needed a rest. Lind, 21, was … "It's his first year …,"
            # he said`: the quote speaks of the topic, so the reporter's, or nobody's.
            found = _topic_quoted_by_reporter(scan, span, kept, starts, people, found)
        if found.speaker is None and not partial:
            found = _piece_goes_on(scan, span, found, quotes, kept, persons) or found
        if recent and _added_by_newcomer(found, quotes):
            found = Found()
        # `Alongside Norbank calls…`: a sentence opener, no one's name; nor one blamed for them.
        glued = found.speaker and speakers.glued_opener(found.speaker, actors)
        glued = glued or found.speaker and speakers.document_named(found.speaker, head)
        if glued or found.speaker and _blamed_for_saying(head, head_abs, found.speaker, people):
            found = Found()
        text = _words_said(doc.text, scan, start, end)
        source = _source_words(found.description) if found.speaker is None else None
        how = found.how if _sourced(found) else None
        quote = Quote(text, found.speaker, sentence, start, end, found.cue, partial, source, how)
        quotes.append(quote)
        kept.append(span)
        out.append((quote, cands))
        if found.speaker is not None and found.how == How.NAMED:
            people.speakers.add(found.speaker)  # a reporting clause named them: a person
    for k in range(len(quotes) - 2, -1, -1):
        # `'It was cold. 'We left at dawn,' she said.`: a statement running straight into the
        # next quotation, whose own clause names its source, is in the same voice.
        q, then = quotes[k], quotes[k + 1]
        touching = not scan[kept[k].close : kept[k + 1].open].strip(" ") and q.text[-1:] == "."
        alone = q.speaker is None and q.description is None and not q.partial
        # Not right after a quote whose own clause names nobody we know (`"…," she said.
        # "Ditto." "…," said Lund`): that unknown voice may go on.
        prior = quotes[k - 1] if k else None
        unknown = prior is not None and prior.cue is not None and not prior.speaker
        unknown = unknown and marks.breaks_in(scan, kept[k - 1].close, kept[k].open) == 0
        alone = alone and not unknown
        if touching and alone and then.speaker and then.how in (How.NAMED, How.PRONOUN):
            quotes[k] = replace(q, speaker=then.speaker, cue=then.cue, how=How.SAME_PARAGRAPH)
            out[k] = (quotes[k], out[k][1])
    for k, sayer in _said_again_later(quotes, scan, starts).items():
        quotes[k] = replace(quotes[k], speaker=sayer, description=None, how=How.SAME_WORDS)
        out[k] = (quotes[k], out[k][1])
    for span, outer in zip(kept, quotes, strict=True):
        # `I wondered, 'Will I ever row again?' or 'Is this the end?'`: woven into a quotation,
        # the speaker's own when an "I" of the quotation introduces it; else left open.
        own, at = False, span.start
        inners = marks.nested_in(scan, span)
        # `it comes across as 'too loud' or 'too shrill'`: short quotations in a list.
        pairs = zip(inners, inners[1:], strict=False)
        listing = [(a, b) for a, b in pairs if _P["listing"].fullmatch(scan, a.close, b.open)]
        listed = {s for pair in listing for s in pair}
        for inner in inners:
            gap = scan[at : inner.open]
            linked = _P["linking"].fullmatch(gap)  # `' or '`: the same "I" goes on
            own = own if linked else _P["first_person"].search(gap) is not None
            # `…and people will say '…'`: people in general say it, not the quotation's "I".
            crowd = None if linked else speakers.people_saying(speakers.head_clause(gap))
            own = own and crowd is None
            at = inner.close
            if inner.close == inner.end and not own:
                continue  # left open to the end of its quotation: listed only as the I's own
            start, end = _content(scan, inner)
            if len(scan[start:end].split()) >= (2 if inner in listed else MIN_WORDS):
                sentence = max(0, sentence_index(starts, start))
                voice = None if own else _nested_voice(scan, span, inner, people)
                who, how = (outer.speaker, None) if own else (voice, voice and How.PRONOUN)
                # Else the one the quotation describes saying it (`Our neighbour cried, '…'`).
                clause = speakers.head_clause(gap)
                said_by = None if own or voice else speakers.described_in_quote(clause)
                said_by = said_by or (crowd if not voice else None)
                if not (own or voice or said_by):
                    # `Then Per Lund told me, '…'`: the person the clause names says it.
                    at_clause = inner.open - len(clause)
                    voice = speakers.named_in_quote(clause, people.actors, at_clause)
                    who, how = voice, voice and How.NAMED
                if not (own or voice or said_by):
                    # `Berg recalled, "Then he said, 'We wait.'"`: whom the pronoun stands for.
                    voice = _pronoun_before_nested(scan, span, inner, clause, outer.speaker, people)
                    who, how = voice, voice and How.PRONOUN
                # Or the wording the quotation names before a colon (`read you the question:`).
                named_text = _P["text_named"].search(gap)
                said_by = said_by or (named_text["who"] if named_text and not own else None)
                how = how or (How.DESCRIPTION if said_by else None)
                text = doc.text[start:end]
                out.append((Quote(text, who, sentence, start, end, None, True, said_by, how), []))
    return sorted(out, key=lambda pair: pair[0].start)


def _said_again_later(quotes: list[Quote], scan: str, starts: list[int]) -> dict[int, str]:
    """Partial quotes a news lede credits to one unnamed person (`One senator said Lund must
    "calm down."`) whose words the story later quotes from one named speaker (`Jo Park said
    Lund "must calm down,"`): that speaker, as the guideline has it; by index. Not from a
    caption (`Big spender: An expert said '…'`, a label and a colon before it): picture
    text is no lede, and leaves its source to the description."""
    found: dict[int, str] = {}
    for k, q in enumerate(quotes):
        words_of = _bare_words(q.text)
        if not (q.partial and q.speaker is None and _one_unnamed(q.description)):
            continue
        if ":" in scan[starts[q.sentence] : q.start]:
            continue
        if len(words_of.split()) < SAME_WORDS_MIN:
            continue
        again = re.compile(r"(?<!\w)" + re.escape(words_of) + r"(?!\w)")
        said = [r for r in quotes[k + 1 :] if again.search(_bare_words(r.text))]
        if len(later := {r.speaker for r in said if r.speaker}) == 1:
            found[k] = later.pop()
    return found


# The fewest words a partial quote must share with a later one to be the same words said.
SAME_WORDS_MIN = 2


def _bare_words(text: str) -> str:
    """The quoted words in lower case, without punctuation, one space between words."""
    return " ".join(re.findall(r"[\w'’-]+", text.lower()))


def _one_unnamed(description: str | None) -> bool:
    """Whether a description stands for one unnamed person (`One Senate Democrat`, `a top
    Republican`), not a group (`critics`, `the unions`) a later speaker may only belong to."""
    return len(first := (description or "").split()[:2]) == 2 and first[0].lower() in _ONE_UNNAMED


_ONE_UNNAMED = lexicons.words("one_unnamed_openers")


# How far back (characters) the quote whose voice a pronoun's paraphrase carries on may end.
PARAPHRASE_REACH = 1000
# How far into a quote (characters) the first person of a narrated voice must show.
NARRATED_REACH = 80


def _sentence_after_last(
    scan: str, span: Span, starts: tuple[int, ...], last_span: Span, turn: bool = False
) -> int | None:
    """The index of the sentence `span` opens when it opens one right after the sentence that
    holds the last quote's end, in the same paragraph and within `PARAPHRASE_REACH`; else None
    (the ground both follow-on voices below stand on). With `turn`, the last quote's sentence
    may end the paragraph before, when the sentences between all open the quote's own one."""
    k = sentence_index(starts, span.open)
    if k < 1 or scan[starts[k] : span.open].strip() or starts[k - 1] < last_span.close:
        return None  # the quote does not open a sentence, or the one before holds the last
    gap = scan[last_span.close : span.open]
    # The first sentence after the last quote's opens past the break: none between.
    after_last = starts[bisect.bisect_right(starts, last_span.close) :][:1]
    turned = turn and gap.count("\n\n") == 1
    turned = turned and all(s > last_span.close + gap.find("\n\n") for s in after_last)
    return None if ("\n\n" in gap and not turned) or len(gap) > PARAPHRASE_REACH else k


def _paraphrase_voice(
    scan: str, span: Span, people: People, last: Quote, last_span: Span
) -> Found | None:
    """The source of the previous quote, for a quote opening its sentence with no clause of
    its own right after a sentence a pronoun opens with a reporting verb (`She said she had
    kept quiet for years. "I knew I had to speak."`): news gives the gist, then the words, of
    one voice. Only when the pronoun's sex is that source's and nobody who may be of that sex
    is named since; in the same paragraph, and not further than `PARAPHRASE_REACH` back."""
    starts = people.sentence_starts
    if (k := _sentence_after_last(scan, span, starts, last_span)) is None:
        return None
    if (m := _P["pronoun_paraphrase"].match(scan[starts[k - 1] : starts[k]])) is None:
        return _inverted_paraphrase_voice(scan, people, last, starts[k - 1], starts[k])
    wanted = pronoun_gender(m["pronoun"])
    # The sex of a source described by a noun ending in "woman" or "man" (`a spokesman`).
    head = ((last.description or "").split() or [""])[-1]
    described = FEMALE if head.endswith("woman") else MALE if head.endswith("man") else None
    own = described if last.speaker is None else people.gender(last.speaker)
    named = {n for _, _, n in people.named_in(last_span.close, span.open)} - {last.speaker}
    if own != wanted or any(people.gender(n) in (wanted, None) for n in named):
        return None
    return Found(last.speaker, m["verb"], How.SAME_PARAGRAPH, last.description)


def _pronoun_sentence_voice(
    scan: str, span: Span, people: People, last: Quote, last_span: Span
) -> Found | None:
    """The previous quote's speaker for a quote inside the sentence right after that quote's,
    when a pronoun of the speaker's settled sex opens it with a reporting verb and no mark
    before this one (`"…," she said. ⏎ She added that few came, because, "…"`): the same voice
    goes on over at most one paragraph break, `PARAPHRASE_REACH` at most; nobody who may be of
    that sex named since (round 42, from PolNeAR)."""
    starts = people.sentence_starts
    k = sentence_index(starts, span.open)
    if k < 1 or starts[k] <= last_span.close or starts[k - 1] > last_span.close:
        return None  # not the sentence right after the one the last quote ends in
    if not scan[starts[k] : span.open].strip() or last.speaker is None:
        return None  # opening its sentence: `_paraphrase_voice` reads that
    if (gap := scan[last_span.close : span.open]).count("\n\n") > 1 or len(gap) > PARAPHRASE_REACH:
        return None
    if (m := _P["pronoun_paraphrase"].match(scan[starts[k] : span.open])) is None:
        return None
    wanted = pronoun_gender(m["pronoun"])
    if (own := people.gender(last.speaker)) is None and last.how == How.PRONOUN:
        # Credited by `," she said`: the pronoun settles the speaker's sex.
        said = _P["pronoun_clause_after"].match(scan, last_span.close)
        own = pronoun_gender(said["pronoun"]) if said else None
    if own != wanted:
        return None
    named = {n for _, _, n in people.named_in(last_span.close, span.open)} - {last.speaker}
    if any(people.gender(n) in (wanted, None) for n in named):
        return None
    return Found(last.speaker, m["verb"], How.PRONOUN, pronoun=m["pronoun"].lower())


def _inverted_paraphrase_voice(
    scan: str, people: People, last: Quote, start: int, end: int
) -> Found | None:
    """The previous quote's speaker for a quote right after a sentence that credits a titled
    surname with an inverted verb (`Instead, said Dr Quillby, the vats were for show.`): the
    gist, then the words, of one voice; only when that sentence names the previous speaker and
    nobody else, so the credit is theirs and never a guess."""
    m = _P["inverted_paraphrase"].match(scan[start:end])
    if m is None or last.speaker is None or people.names_in(start, end) != {last.speaker}:
        return None
    return Found(last.speaker, m["verb"], How.SAME_PARAGRAPH)


def _narrated_voice(
    scan: str, span: Span, people: People, last: Quote, last_span: Span
) -> Found | None:
    """The source of the previous quote, for a first-person quote opening its sentence with no
    clause of its own after sentences that tell of that person alone (`Slowly, Park healed.
    She set up a club. 'I wanted…'`): feature copy tells the story, then gives the words, of
    one voice. Only when the sentence right before names that person or has a pronoun of their
    sex, and nobody else is named or described since the last quote, in the same paragraph or
    in sentences opening the next one (round 38: `…,' she said.¶ Park rows daily. 'I…'`)."""
    if last.speaker is None or people.gender(last.speaker) not in (MALE, FEMALE):
        return None
    starts = people.sentence_starts
    if (k := _sentence_after_last(scan, span, starts, last_span, turn=True)) is None:
        return None
    gap = scan[last_span.close : span.open]
    first = scan[span.start : min(span.end, span.start + NARRATED_REACH)]
    # `'It was a fair deal.'`: may be anyone's; `'We built it.'` is still theirs (round 38).
    if not any(_P[key].search(first) for key in ("first_person_singular", "first_person_plural")):
        return None
    named = {n for _, _, n in people.named_in(last_span.close, span.open)}
    if named - {last.speaker} or _other_sex_within(gap, last.speaker, people):
        return None
    if people.describes(last_span.close, span.open):
        return None  # `Her coach was proud.`: a person the words may be from
    if speakers.untagged_newcomer(people, last_span.close, span.open):
        return None
    before = scan[starts[k - 1] : span.open]
    told = last.speaker in {n for _, _, n in people.named_in(starts[k - 1], span.open)}
    told = told or _P["he_or_she"].search(before) is not None
    return Found(last.speaker, None, How.SAME_PARAGRAPH) if told else None


def _document_goes_on(
    scan: str, span: Span, people: People, last: Quote, last_span: Span
) -> Found | None:
    """The source of the previous quote, for a partial quote in the next sentence when that
    sentence opens on "It" and its verb (`His report found a '…'. It also highlighted a '…'`)
    and a document noun in the previous quote's clause, or in a clause right after it (`'…,'
    the report says.`), is what "It" stands for: the same document goes on, its author's
    credit with it."""
    starts = people.sentence_starts
    k = sentence_index(starts, span.open)
    if last.speaker is None or k < 1 or not last_span.close < starts[k]:
        return None
    tail = scan[last_span.close : starts[k]].strip(" .”\"'’")
    # `'…,' the report says. It also…`: the document credited after the quote, whose stops
    # inside may have split it (round 38); it ends in the sentence right before.
    told_after = bool(tail) and _P["document_says_tail"].fullmatch(tail) is not None
    if not (told_after and starts[k - 1] <= last_span.close or starts[k - 1] <= last_span.open):
        return None  # the previous quote is not in the sentence right before
    if tail and not told_after:
        return None  # the writer's words after the previous quote, before this sentence
    if (m := _P["it_goes_on"].match(scan, starts[k], span.open)) is None:
        return None
    clause = speakers.head_clause(scan[max(0, last_span.open - 250) : last_span.open])
    words = {w.lower().strip(",") for w in clause.split()}
    if not told_after and not speakers.DOCUMENT_NOUNS.intersection(words):
        return None  # `Jo Park said '…'. It also…`: "It" is no person
    return Found(last.speaker, m["verb"], How.SAME_PARAGRAPH)


def _piece_goes_on(
    scan: str, span: Span, found: Found, quotes: list[Quote], kept: list[Span], persons: set[str]
) -> Found | None:
    """The body credited with the previous paragraph's quotation, for a quotation opening the
    next paragraph whose clause after it is "it" and a verb (`"…," the article read.` then
    `"…," it added.`): the same written piece goes on. Never a person ("it" is no one), and
    only when that quotation's paragraph ends on the piece's own clause; quotes nested inside
    it (`what they called '…'`) are skipped, being its words, not the next voice."""
    if found.pronoun != "it" or not found.after or not quotes:
        return None
    j = len(quotes) - 1
    while j > 0 and quotes[j - 1].start <= quotes[j].start and quotes[j].end <= quotes[j - 1].end:
        j -= 1  # a quote nested in the one before it
    last = quotes[j]
    if last.speaker is None or last.speaker in persons:
        return None
    if _P["piece_read_tail"].fullmatch(scan, kept[j].close, span.open) is None:
        return None
    return Found(last.speaker, found.cue, How.PREVIOUS_PARAGRAPH, after=True, pronoun="it")


def _topic_quoted_by_reporter(
    scan: str, span: Span, kept: list[Span], starts: list[int], people: People, found: Found
) -> Found:
    """`found`, a speaker a pronoun gives, unless the quote (with the quotes running straight
    into it) speaks in the third person of that person, whom the sentence before opens on
    and the sentence before that reports on (`Park warned that Lind …`): then the reporter's
    when of the pronoun's sex, else nobody's; a wrong speaker is worse than none."""
    lead = span.open
    for prior in reversed(kept):
        if scan[prior.close : lead].strip(" "):
            break
        lead = prior.open
    s = sentence_index(starts, lead)
    who, pronoun = found.speaker or "", found.pronoun or ""
    if s < 2:
        return found
    topic = (starts[s - 1], starts[s])
    if not speakers.quoted_topic(people, scan[lead : span.close], who, pronoun, topic):
        return found
    if (reporter := speakers.topic_reporter(people, who, (starts[s - 2], starts[s - 1]))) is None:
        return found
    sex = pronoun_gender(pronoun) or ""
    if people.gender(reporter) not in (sex, None) or people.other_sex(reporter, sex):
        return Found()
    return Found(reporter, found.cue, How.PRONOUN, after=found.after, pronoun=pronoun)


def _added_by_newcomer(found: Found, quotes: list[Quote]) -> bool:
    """Whether a pronoun's clause after a quote says "added" of someone no quote so far is
    credited to, right after another's quote (`"…," said Ana Ruiz, who met Pete Olsen. "…," he
    added`): "added" goes on from words already quoted, so the pronoun stands for no one sure."""
    adds = found.how == How.PRONOUN and found.after and (found.cue or "").lower().startswith("add")
    other = bool(quotes) and quotes[-1].speaker not in (None, found.speaker)
    new = found.speaker is not None and all(q.speaker != found.speaker for q in quotes)
    return adds and other and new


def _labelled(who: str, actors: speakers.Actors, at: int) -> Found:
    """The speaker a transcript's label names (`RAMOS:`); a label of common words naming no
    actor (`VIDEO:`, `ANNOUNCER:`) is no one's name: its words describe the source."""
    name = speakers.canonical(who, actors, at)
    if name is None and all(w.lower() in words.COMMON for w in who.split()):
        return Found(None, None, How.DESCRIPTION, who.lower())
    return Found(name or who, None, How.NAMED)


def _before_sign_off(scan: str, start: int, end: int) -> int:
    """Where quoted words end before a last line that is a writer's sign-off (`Follow Jo Park
    on Twitter @jopark.`, run into by a block quote left open): no speech."""
    cut = max(scan.rfind("\n", start, end), start)
    if not _P["sign_off"].fullmatch(scan[cut:end].strip(' \n"“')):
        return end
    return len(scan[:cut].rstrip(' \n"“'))


def _other_sex_opens(gap: str, previous: str | None, people: People) -> bool:
    """Whether `gap` opens with "he" or "she" and a reporting verb that cannot stand for
    `previous`, a person of the other sex."""
    m = _P["pronoun_opens"].match(gap)
    own = people.gender(previous) if m and previous else None
    return m is not None and own in (MALE, FEMALE) and own != pronoun_gender(m["pronoun"])


def _other_sex_within(gap: str, previous: str | None, people: People) -> bool:
    """Whether `gap` holds "he" or "she" that may not stand for `previous`: a person of the
    other sex, or of a sex unknown (unsure, abstain), so a clause about someone else may come
    between two partial quotations. Not the pronoun opening what a second reporting verb of
    the first quote's subject reports (`…" and insisted he was "…"`), when that sex is unknown."""
    own = (people.gender(previous) or name_gender(previous)) if previous else None
    reported = _P["second_verb_pronoun"].match(gap)
    skip = reported.start("pronoun") if reported is not None and own is None else -1
    pronouns = (m for m in _P["he_or_she"].finditer(gap) if m.start() != skip)
    return any(pronoun_gender(m.group()) != own for m in pronouns)


def _other_opens(scan: str, last: Span, gap: str) -> bool:
    """Whether a new sentence opening with a person noun follows `last`, its stop inside the
    marks (`…"we will not go back." A judge in Valby called them "…"`): maybe the words of
    that person; not when the writer goes on about the same voice (`…go back." So writes
    Ana Berg…`, `…go back." The choice was "…"`)."""
    if scan[last.end - 1 : last.end] not in (".", "!", "?"):
        return False
    opening = _P["new_sentence_after"].match(gap)
    words = opening["words"].lower().split() if opening else []
    return any(w in speakers.PERSON_NOUNS or w[:-1] in speakers.PERSON_NOUNS for w in words)


def _blamed_for_saying(head: str, head_abs: int, speaker: str, people: People) -> bool:
    """Whether the clause before the quote blames or praises someone other than `speaker` for
    the words (`Ana Berg criticized Jo Park for saying "…"`): not the subject's words, and the
    one named before `for` is unsure; unattributed is safer."""
    m = _P["for_saying"].search(head)
    named = people.named_in(head_abs, head_abs + m.start()) if m else []
    return bool(named) and named[-1][2] != speaker


def _nested_voice(scan: str, outer: Span, inner: Span, people: People) -> str | None:
    """The voice of a quotation nested in a quoted narrative when a pronoun's clause follows
    it there (`"Ana Berg waited. …“I will wait,” she said, and…"`): the person the narrative
    named last before it, as a pronoun outside quotes is, when that one is of the pronoun's
    sex and everyone else who could be it was last named in an earlier paragraph; nobody
    when another could be it (names quoted by the narrative's own speakers do not count)."""
    if (clause := _P["nested_clause"].match(scan, inner.close)) is None:
        return None
    wanted = pronoun_gender(clause["pronoun"])
    last = _narrated_names(scan, outer, inner, people)
    # Named only inside quotes, a person's gender is their given name's.
    gender = {n: people.gender(n) or name_gender(n) for n in last}
    fitting = sorted((at, n) for n, at in last.items() if gender[n] in (wanted, None))
    if not fitting or gender[fitting[-1][1]] != wanted:
        return None
    at, voice = fitting[-1]
    para = scan.rfind("\n", outer.start, at)  # the paragraph of that last mention
    rivals = [n for a, n in fitting[:-1] if a > para]
    return None if rivals else voice


def _pronoun_before_nested(
    scan: str, outer: Span, inner: Span, clause: str, speaker: str | None, people: People
) -> str | None:
    """The voice of a quotation nested in another after a pronoun's clause (`Berg recalled,
    "Then he said, 'We wait.'"`): the one person of the pronoun's sex named before it in the
    quotation's paragraph (outside the nested quotations), else in the paragraph before, never
    the quotation's own speaker (who would say "I"); None when several could be it, or when
    the quotation itself names someone by a first name the story gives no one (`"Ted and I
    drove in. He said, '…'"`: Ted, whoever else the paragraphs name)."""
    if (m := _P["nested_pronoun_before"].search(clause)) is None:
        return None
    said = scan[outer.start : inner.open]
    given = {w for w in _P["capitalised_word"].findall(said) if first_name(w)}
    wanted = pronoun_gender(m["pronoun"])
    brk = marks.paragraph_break(scan)
    own = max(0, scan.rfind(brk, 0, outer.open) + len(brk))
    named = people.names_in(own, outer.open) | set(_narrated_names(scan, outer, inner, people))
    for lo in (own, marks.paragraph_before(scan, outer.open)):
        named |= people.names_in(lo, outer.open)
        fitting = {n for n in named - {speaker} if (people.gender(n) or name_gender(n)) == wanted}
        if fitting:
            who = fitting.pop() if len(fitting) == 1 else None
            return who if who and given <= set(who.split()) else None
    return None


def _narrated_names(scan: str, outer: Span, inner: Span, people: People) -> dict[str, int]:
    """Each person the narrative names before `inner`, outside the quotations nested in it,
    with where that person is named last."""
    nested = [s for s in marks.nested_in(scan, outer) if s.close <= inner.open]
    last: dict[str, int] = {}
    mentions = [(a.name, e.start) for a in people.actors if a.type == "person" for e in a.evidence]
    for name, at in mentions:
        inside = any(s.open <= at < s.close for s in nested)
        if outer.start <= at < inner.open and not inside:
            last[name] = max(last.get(name, -1), at)
    return last


def _interviewee(scan: str, span: Span, people: People) -> str | None:
    """The person a Q&A's answer belongs to (`A: "…"` after a `Q: …` line): the one the
    story interviews (`an interview with Jo Park`, `Jo Park spoke to…`, `She spoke to…`, the
    pronoun read as whom it stands for); None when no answer label or nobody sure."""
    if _P["answer_label"].search(scan, max(0, span.open - 12), span.open) is None:
        return None
    m = _P["interview_with"].search(scan, 0, span.open)
    if (m := m or _P["interviewee_spoke"].search(scan, 0, span.open)) is None:
        return None
    if m["who"] in ("He", "She"):
        return people.referent(m["who"].lower(), m.start("who"))
    return speakers.known_person(m["who"], people.actors, m.start("who"))


def _source_words(described: str | None) -> str | None:
    """A described source without the writer's words run into it: `The jury further (said)`,
    `The jury said it (found)`, `His attorney has said he's not guilty (, calling…)`."""
    words = (described or "").split()
    if len(words) > 2 and words[-2] in cues.VERBS and words[-1] in speakers.CLAUSE_WORDS["pronoun"]:
        words = words[:-2]
    # `His attorney has said he's not guilty, calling it "…"`: the subject before "has said"
    have = speakers.CLAUSE_WORDS["have"]
    said = [k for k in range(2, len(words)) if words[k] in cues.VERBS and words[k - 1] in have]
    words = words[: said[0] - 1] if said else words
    words = _before_clause(words)
    while len(words) > 1 and words[-1] in _SOURCE_TAILS:
        words.pop()
    # `A Republican senator on Tuesday (accused…)`: when, not who
    if len(words) > 3 and words[-2] == "on" and words[-1].rstrip(",") in WEEKDAYS:
        words = words[:-2]
    return " ".join(words) or None


def _before_clause(words: list[str]) -> list[str]:
    """A described source up to a dash or a relative clause: `the study -- which notes`
    gives `the study`. Not `that` after a preposition (`officials at that meeting`)."""
    for k in range(1, len(words)):
        dash = words[k].startswith(("--", "—", "–"))
        relative = words[k] in _RELATIVES and words[k - 1] not in speakers.SOURCE_PREPOSITIONS
        if dash or relative:
            return [*words[: k - 1], words[k - 1].rstrip(",")]
    return words


_SOURCE_TAILS = lexicons.words("source_tails")
_RELATIVES = lexicons.words("relative_pronouns")


def _plural_nouns(doc: Doc) -> frozenset[int]:
    """Where the tagger reads a plural noun right after an adjective (`Republican claims`),
    or a noun right after an article (`told analysts on a call that`): a verb form there
    (`claims`, `call`) is no reporting verb."""
    pairs = (zip(s.tokens, s.tokens[1:], strict=False) for s in doc.sentences)
    return frozenset(b.start for pair in pairs for a, b in pair if _noun_after(a, b))


def _noun_after(a: Token, b: Token) -> bool:
    """`b` a plural noun after an adjective, or a noun after an article."""
    article = a.text.lower() in speakers.ARTICLES and b.tag in ("NN", "NNS")
    return article or (a.tag, b.tag) == ("JJ", "NNS")


def _chanting_group(doc: Doc, sentence: int, at: int) -> str | None:
    """The plural noun phrase opening the sentence of a slogan chanted at `at`, or, when
    `they` chant it, the one opening the sentence before (`Thousands of workers marched. On
    the bridge, they chanted "…"`: "Thousands of workers"), as the description of who chanted
    it; None when neither sentence opens so (a name, another pronoun)."""
    if (group := _opening_group(doc, sentence, at)) is not None:
        return group
    if sentence == 0 or not _they_open(doc.sentences[sentence].tokens, at):
        return None
    return _listed_group(doc, doc.sentences[sentence - 1])


def _they_open(tokens: tuple[Token, ...], at: int) -> bool:
    """Whether `they` is the subject opening the sentence before `at`, maybe after a fronted
    phrase and its comma (`Beneath the cranes, they chanted`)."""
    words = [t.text for t in tokens if t.start < at]
    comma = words.index(",") + 1 if "," in words and tokens[0].tag == "IN" else 0
    return words[comma : comma + 1] in (["they"], ["They"])


def _opening_group(doc: Doc, sentence: int, at: int) -> str | None:
    """The plural noun phrase opening the sentence up to its first verb or comma before
    `at`; None when the sentence opens otherwise (a fronted phrase, a pronoun, a name)."""
    phrase: list[Token] = []
    verb = None
    for token in doc.sentences[sentence].tokens:
        if token.start >= at or token.tag.startswith(("VB", "MD", ",", ":", "WP", "WDT")):
            verb = token if token.start < at and token.tag.startswith(("VB", "MD")) else None
            break
        phrase.append(token)
    if not phrase or verb is None or not _plural_group(phrase):
        return None  # `Beneath the cranes, they chanted`: a fronted phrase, no subject
    return " ".join(t.text for t in phrase)


def _listed_group(doc: Doc, before: Sentence) -> str | None:
    """The plural subject opening `before`, after its dateline (`VALBY, Norland (AP) _`),
    perhaps a list (`Thousands of dockers, teachers and farmers on Monday marched`), up to
    a verb or a preposition other than `of`, as written; None when it opens otherwise."""
    text = before.text.lstrip()
    skip = before.start + len(before.text) - len(text)  # wire copy indents its paragraphs
    skip += m.end() if (m := words.STORY_DATELINE.match(text)) else 0  # then its dash
    tokens = [t for t in before.tokens if t.start >= skip]
    while tokens and tokens[0].text in _DASHES:
        tokens = tokens[1:]
    ends = [k for k, t in enumerate(tokens) if t.tag.startswith(("VB", "MD", ":", "WP", "WDT"))]
    ends += [k for k, t in enumerate(tokens) if t.tag == "IN" and t.text != "of"]
    stop = min(ends, default=0)
    phrase = tokens[:stop]
    verb = any(t.tag.startswith(("VB", "MD")) for t in tokens[stop:])
    if not (phrase and verb and _plural_group(phrase)):
        return None
    return doc.text[phrase[0].start : phrase[-1].end]


def _plural_group(phrase: list[Token]) -> bool:
    """Whether a capitalised phrase names a group: it opens on a plural, a determiner, an
    adjective or a number, holds no name and ends on a plural."""
    if not phrase[0].text[:1].isupper():
        return False
    # A plural the tagger reads as a name for its capital (`Workers marching…`).
    first = phrase[0].tag.startswith("NNP") and phrase[0].text.endswith("s")
    opener = phrase[0].tag in _GROUP_OPENERS or first
    if not opener or any(t.tag.startswith("NNP") for t in phrase[int(first) :]):
        return False
    last = phrase[-1]
    return last.tag == "NNS" or len(phrase) == 1 and first and last.text.endswith("s")


_DASHES = frozenset({"_", "-", "--", "—", "–"})
# A chanting crowd's noun phrase opens on a plural noun, a determiner, an adjective or a
# number (`Protesters`, `Some students`, `Angry fans`, `Thousands of workers`).
_GROUP_OPENERS = frozenset({"NNS", "DT", "JJ", "CD", "NN"})


def _before_noun(doc: Doc, sentence: int, at: int) -> bool:
    """A noun, an adjective or a number right after `at` (`a "vast" change`)."""
    after = next((t for t in doc.sentences[sentence].tokens if t.start >= at), None)
    return after is not None and after.tag in ("NN", "NNS", "JJ", "CD")


def _epithet(head: str, head_abs: int, people: People) -> Found | None:
    """`Lund openly admires Berg as a "strong leader"`: the words the clause's subject, a
    person opening it, uses for the person named right before `as`."""
    named = people.named_in(head_abs, head_abs + len(head))
    if len(named) < 2 or not cues.P["as_epithet"].fullmatch(head, named[-1][1] - head_abs):
        return None
    (s, e, subject), obj = named[0], named[-1]
    gap = head[e - head_abs : obj[0] - head_abs]
    titled = cues.P["subject_lead"].fullmatch(head, 0, s - head_abs)  # `In May, Senator`
    if subject == obj[2] or not titled or cues.P["not_active"].search(gap) or not gap.split():
        return None
    return Found(subject, gap.split()[-1], How.SUBJECT)


def _saying_group(doc: Doc, sentence: int, at: int) -> str | None:
    """The plural noun phrase whose clause an -ing verb of saying at `at` goes on from, opening
    the sentence or right after a fronted phrase and its comma (`In May, several unions sued
    the port, saying`): no name, a determiner, adjective or number first, a plural last."""
    tokens = [t for t in doc.sentences[sentence].tokens if t.start < at]
    texts = [t.text for t in tokens]
    fronted = bool(tokens) and tokens[0].tag == "IN" and "," in texts
    phrase: list[Token] = []
    for token in tokens[texts.index(",") + 1 if fronted else 0 :]:
        if token.tag.startswith(("VB", "MD", ",", ":", "WP", "WDT", "PRP")):
            verb = token.tag.startswith(("VB", "MD"))
            break
        phrase.append(token)
    else:
        return None
    if not phrase or not verb or phrase[0].tag not in _GROUP_OPENERS:
        return None
    if phrase[-1].tag != "NNS" or any(t.tag.startswith("NNP") for t in phrase):
        return None
    return doc.text[phrase[0].start : phrase[-1].end]


# Tags of the words a sentence may open with before its subject's name (`Valby mayor Ana
# Berg`, `Democratic nominee Jo Park`): a noun phrase, no verb.
_NAME_LEAD_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ"})


def _saying_subject(
    doc: Doc, sentence: int, span: Span, people: People, persons: set[str]
) -> Found | None:
    """`Jo Park went to court, saying the board shut her out of "windfall" fees`: the person
    (or, with no person named, the organisation) the sentence opens with, as its subject (a
    verb right after the name), says the words its -ing clause weaves in; None when anyone
    else is named before the -ing verb."""
    at = doc.sentences[sentence].start
    if (m := cues.P["saying_any"].match(people.text, at, span.open)) is None:
        return None
    named = people.named_in(at, m.start("verb"))
    if not named:  # `The Harbour Board shut the quay, saying it "…"`
        body = speakers.opening_body(people.text[at : span.open], at, m.start("verb") - at, people)
        if body:
            return Found(body, m["verb"], How.SUBJECT)
    elif all(n == named[0][2] for _, _, n in named):
        start, end, who = named[0]
        tokens = doc.sentences[sentence].tokens
        lead = [t for t in tokens if t.start < start]
        after = next((t for t in tokens if t.start >= end), None)
        subject = after is not None and after.tag in ("VBD", "VBZ", "VBP", "MD")
        if subject and all(t.tag in _NAME_LEAD_TAGS for t in lead) and who in persons:
            return Found(who, m["verb"], How.SUBJECT)
    # `In May, several unions sued the port, saying its fees were "…"`: the group, described.
    group = _saying_group(doc, sentence, m.start("verb"))
    return Found(None, m["verb"], How.DESCRIPTION, group) if group else None


def _headline_speaker(scan: str, span: Span, title: int, people: People) -> str | None:
    """The person a headline names as the source of the words it quotes: opening it before
    a colon (`Jo Park: Fees 'Too High'`, `Jo Park on Fees: …`) or a verb of calling (`Jo Park
    Calls Plan 'A Mistake'`), or saying them at its end (`Fees 'Too High,' Jo Park Says.`).
    Title case hides names from the tagger: a form of a person's name set off by the colon or
    the comma counts too."""
    named = people.between(0, title)[:1]
    if named and not scan[: named[0][0]].strip() and ":" in scan[named[0][1] : span.open]:
        # Not a title-case run the tagger took for one name (`Jo Park Backs Ana Berg`).
        return named[0][2] if len(named[0][2].split()) <= 3 else None
    opening = cues.P["headline_source"].match(scan, 0, span.open)
    # `Jo Park Calls Harbour Plan 'A Mistake'`: the one calling it says it.
    opening = opening or cues.P["headline_calls"].match(scan, 0, span.open)
    m = opening or cues.P["headline_says"].search(scan, span.close - 1, title)
    forms = {f: a.name for a in people.actors if a.type == "person" for f in (a.name, *a.aliases)}
    return forms.get(m["who"]) if m else None


def _headline_subject(scan: str, span: Span) -> str | None:
    """The person a headline only describes before the words it quotes (`Blind pilot 'flies
    by ear'`): up to three words opening it, ending in a noun for a person."""
    words = scan[: span.open].split()
    person = bool(words) and words[-1].lower() in speakers.PERSON_NOUNS
    return " ".join(words) if person and len(words) <= 3 else None


def _headline_lede_source(scan: str, title: int) -> str | None:
    """The unnamed source a headline's claim comes from, as the lede's first sentence ends
    (`Millions 'to lose jobs'` over `…, a charity has warned.`): BBC copy quotes the claim in
    the headline and gives its source only in the lede."""
    start = len(scan) - len(scan[title:].lstrip())
    m = cues.P["headline_lede_source"].match(scan, start)
    return None if m is None or "\n" in scan[start : m.start("who")] else m["who"]


def _sourced(found: Found) -> bool:
    """A speaker or a description of the source: something to show beside the quote."""
    return found.speaker is not None or found.description is not None


def _participle_before(scan: str, span: Span) -> bool:
    """Whether the -ing form of a reporting verb (`saying`, `remarking,`, `noting`) comes
    right before the quote's opening mark."""
    m = _P["word_before_punct"].search(scan, max(0, span.open - 30), span.open)
    word = m.group(1).lower() if m else ""
    return word in cues.ING or word.endswith("ing") and word[:-3] + "ed" in cues.VERBS


# The most words of the writer's before a phrase carried on past a stop when they hold a name:
# its bare subject only (`The board "may wait."`), the phrase its predicate.
CARRIED_SUBJECT_WORDS = 4


def _carried_past_stop(
    scan: str, span: Span, people: People, last: Quote, last_span: Span, persons: set[str]
) -> Found | None:
    """The person a reporting clause named for the quote just before (`"…," said Jo Park.`)
    for a woven phrase that ends the very next sentence of the same paragraph with no
    reporting clause of its own (`The board "may wait, but it will act."`): news runs one
    speaker's words on past a full stop. None when that sentence names another person, a
    name other than as its bare subject, reports words, or goes on past the closing mark,
    or another quote lies between."""
    if last.speaker not in persons or last.how != How.NAMED:
        return None
    starts = people.sentence_starts
    k = sentence_index(starts, span.open)
    if k < 1 or sentence_index(starts, max(0, last_span.close - 1)) != k - 1:
        return None  # the last quote does not end in the sentence right before
    end = starts[k + 1] if k + 1 < len(starts) else len(scan)
    rest = scan[span.close : end]
    if rest.strip(" .\n\"”’'") or "\n\n" in scan[last_span.close : span.open]:
        return None  # the writer's sentence goes on, or a paragraph break lies between
    head = scan[starts[k] : span.open]
    if _P["carried_head"].search(head) or cues.ANY_CUE.search(head):
        return None  # another quote, or a clause of its own reports words
    if speakers.reports_inside(head):
        return None
    if (people.names_in(last_span.close, span.open) & persons) - {last.speaker}:
        return None  # someone else the sentences between name may say it
    # A name past a bare subject (`with the Tribune calling it "…"`), tagged or not: a clause
    # of its own, whose source it may be.
    if len(head.split()) > CARRIED_SUBJECT_WORDS and _P["carried_name"].search(head, 1):
        return None
    return _voice_of(last, How.SENTENCE_BEFORE)


def _voice_of(last: Quote, how: str, cue: str | None = None) -> Found:
    """The source of the quote `last`, carried on to a quote with no clause of its own."""
    return Found(last.speaker, cue or last.cue, how, last.description)


_RATINGS = lexicons.words("fact_check_ratings")


def _fact_checker(people: People, lo: int, hi: int) -> str | None:
    """The one organisation named in [lo, hi), the rating's sentence before the quote: the
    outlet giving it; None when a person is named there too (their verdict, maybe quoted)."""
    bodies = speakers.named_at(people.actors, range(lo, hi))  # organisations mentioned there
    return next(iter(bodies)) if len(bodies) == 1 and not people.named_in(lo, hi) else None


def _unsourced(found: Found) -> bool:
    """No source and no pronoun standing for one."""
    return not _sourced(found) and found.how != How.PRONOUN


def _content(scan: str, span: Span) -> tuple[int, int]:
    """Content span without trailing commas and blanks (kept as written otherwise)."""
    content = scan[span.start : span.end].rstrip(" ,\n\t")
    return span.start + len(content) - len(content.lstrip(" \n\t")), span.start + len(content)


def _words_said(text: str, scan: str, start: int, end: int) -> str:
    """The quoted words as written, without the marks that reopen a continued quote (both
    halves of wire copy's doubled mark, read as a mark and a filler: `\n\t   ``Still,…`)."""
    cuts = [m.end() - 1 for m in _P["reopening_mark"].finditer(scan, start, end)]
    resumes = [c + 1 + (scan[c + 1 : c + 2] == "\x01") for c in cuts]
    pieces = zip([start, *resumes], [*cuts, end], strict=True)  # between the marks
    return "".join(text[a:b] for a, b in pieces)


def _woven(
    scan: str,
    span: Span,
    start: int,
    found: Found,
    before: re.Match[str] | None,
    nouns: frozenset[int] = frozenset(),
) -> bool:
    """Words running on from the writer's own (`said that he "supports the plan fully"`,
    `called the plan "a serious mistake"`): a partial quotation. `nouns`: where the tagger
    reads a verb form as a noun after an article (`calls the claims "absurd"`)."""
    if not scan[start].islower():
        return False
    if _P["listed_word_before"].search(scan, max(0, span.open - 40), span.open):
        return True  # `names such as "Dune," "Tidewater" and "Kestrel"`: woven like the one before
    if before is not None:  # the word right before the mark, unless a noun (`the claims`)
        return before.group(1).lower() not in cues.VERBS or before.start(1) in nouns
    # Across a comma or dash (`As for costs, "broadening the base…," said Kamin`) only
    # when no reporting clause follows.
    m = _P["word_before_punct"].search(scan, max(0, span.open - 30), span.open)
    return m is not None and m.group(1).lower() not in cues.VERBS and not found.after


def _verb_comma(scan: str, span: Span) -> bool:
    """A reporting verb and a comma right before the opening mark (`Park said, "…"`)."""
    m = _P["word_before_punct"].search(scan, max(0, span.open - 30), span.open)
    return m is not None and m.group().rstrip(" \t").endswith(",") and m[1].lower() in cues.VERBS


def _signing_writer(scan: str, persons: set[str]) -> str | None:
    """The person the last paragraph signs an opinion piece by (`Jo Park is a harbour pilot
    in Valby.`): the "I" of the writer's own clauses (`I laughed and said, "…"`); else None."""
    m = _P["signed_by"].search(scan.rstrip(), max(0, len(scan.rstrip()) - 400))
    return m["who"] if m is not None and m["who"] in persons else None


def _title_of_work(scan: str, span: Span, words: list[str], found: Found) -> bool:
    """Every word capitalised but for small words ("Back to the Future"), and either no
    reporting clause or a work named before it (`the show "Harbour Nights"`)."""
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or w in _TITLE_SMALL for w in words)
    shouted = len(words) >= MIN_WORDS and " ".join(words).isupper()  # `'I'M RUNNING FOR…'`
    if len(words) > 16 or not capitalised or shouted:
        return False
    before = scan[max(0, span.open - 40) : span.open]
    m = _P["word_before"].search(before)
    # Not `said "…"`; nor `said: "…"`, where no word ends `before`.
    unsaid = m is not None and m.group(1).lower() not in cues.VERBS
    return found.cue is None or bool(cues.P["work_noun"].search(before)) or unsaid


def _interrupted(scan: str, first: Span, second: Span) -> bool:
    """Two parts of one quotation split by its attribution (`"I was shocked," Nega told me.
    "I understand…"`): nothing but a short reporting clause between them."""
    gap = scan[first.close : second.open]
    # Not `…" when he said that "…"`: a clause of its own, not an attribution.
    short = len(gap) <= 120 and "\n\n" not in gap and not re.search(r"\bthat\b", gap)
    return short and cues.ANY_CUE.search(gap) is not None


def _opened_according(head: str, words: list[str], word_before: str) -> bool:
    """One word quoted in a sentence that opens on its source (`According to Jo Park, the
    levy smacks of "greed"`): the source's word, as two or more are; not a term after an
    article (`the "blocking" unit`)."""
    opened = cues.P["according"].match(head.lstrip()) is not None
    return len(words) == 1 and opened and word_before not in speakers.ARTICLES


def _leads(scan: str, spans: Sequence[Span], k: int) -> bool:
    """A short quote its attribution joins to a longer one after it (`"No," he said. "…"`)."""
    if k + 1 >= len(spans) or not _interrupted(scan, spans[k], spans[k + 1]):
        return False
    return len(scan[spans[k + 1].start : spans[k + 1].end].split()) >= MIN_WORDS


def _continues(scan: str, previous: Span, span: Span, people: People, speaker: str | None) -> bool:
    """`span` opens the paragraph right after the one holding `previous` (of `speaker`), and
    that paragraph names nobody else saying anything (a pronoun of the speaker's sex saying
    more after the quote is the speaker)."""
    opening = min(span.open, span.start - 1)  # a quote run over paragraphs: its first mark
    opening = span.open if span.open == span.start else opening  # a paragraph with no mark
    # Opening its paragraph, maybe after the indent of wire copy (`\n\t   "…`).
    starts_line = scan[:opening].rstrip(" \t")[-1:] == "\n"
    if marks.breaks_in(scan, previous.close, opening) != 1 or not starts_line:
        return False
    para_end = scan.find(marks.paragraph_break(scan), span.close)
    # Copy that runs paragraphs together: only the writer's words near the quote count.
    end = min(para_end if para_end >= 0 else len(scan), span.close + RECENT)
    says = _P["says"].finditer(scan, span.close, end)
    return all(_speaker_pronoun_says(scan, span.close, m, people, speaker) for m in says)


def _speaker_pronoun_says(
    scan: str, close: int, says: re.Match[str], people: People, speaker: str | None
) -> bool:
    """Whether reporting verb `says`, after a quote opening a paragraph unattributed, is the
    previous speaker's: "he" or "she" of their sex right before it, nobody named between
    (`"…" ⏎ "Lamps lasted two years." But now, he said, they last ten.`: his words go on)."""
    pronoun = _P["pronoun_before_verb"].search(scan, close, says.start())
    if pronoun is None or speaker is None or people.names_in(close, says.start()):
        return False
    own = people.gender(speaker)
    return own in (MALE, FEMALE) and own == pronoun_gender(pronoun["pronoun"])


# How far (characters) the photo captions run in between a quote left open and its reopening
# may reach: two or three captions, not a story.
CAPTION_REACH = 600
_WRITTEN_CLOSERS = frozenset("'’\"”»\x01")


def _reopened_past_caption(text: str, scan: str, previous: Span, span: Span) -> bool:
    """Copy that runs paragraphs together: `previous` was left open (the writer never closed
    it, the paragraph broke off) and `span` reopens it with a capital after nothing but photo
    captions (no full stop before the mark, no reporting verb, no other quotation)."""
    if text[previous.close - 1 : previous.close] in _WRITTEN_CLOSERS:
        return False  # closed by the writer's own mark
    gap = scan[previous.close : span.open]
    if len(gap) > CAPTION_REACH or "\n" in gap or not scan[span.start : span.start + 1].isupper():
        return False
    if gap.rstrip()[-1:] in (".", "!", "?", ":", ",", ")") or not gap.strip():
        return False  # the writer's own sentence ends, or introduces the quote
    return _P["says"].search(gap) is None and not re.search("[\"“”‘’']", gap)

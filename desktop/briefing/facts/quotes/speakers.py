"""Who said a quote: the reporting clause after or before it, read by rules.

The speaker comes from the reporting clause after or before the quote (`"…," X said`,
`said X`, `X said: "…"`, `according to X`, `X, chief economist at Norbank, said`,
`X, City Radio: "…"`, a dash line), else from the subject of the sentence that introduces it.
A pronoun ("he added") is resolved only to a person of its gender (`genders`): the previous
quote's speaker when nobody else who fits was named since, else the one fitting person named
in the last sentences; when two fit, or nobody, the quote stays unattributed. "They" is never
one person. A statement of a person's campaign, family or office is not the person's. A
source the text only describes ("the senior minister told reporters", "Lund's spokesman
said") is kept as a description, never swapped for a person named elsewhere. A quote whose own
sentence gives another source (a label, a document, a person only described) does not go on in
the previous speaker's voice, and a participle ("described as", "reported to have") is no
reporting clause. Titles are stripped to the actor's canonical name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import NamedTuple

from briefing import lexicons
from briefing.facts import gazetteer, institutions
from briefing.facts.institutions import NEWSPAPER_TAILS, NEWSPAPERS, PARTIES
from briefing.facts.quotes import cues, genders
from briefing.facts.quotes.genders import (
    FEMALE,
    MALE,
    Mention,
    name_gender,
    pronoun_gender,
    shared_name_gender,
    title_gender,
    woman_titled_man,
)
from briefing.facts.quotes.marks import (
    Span,
    breaks_in,
    char_before,
    paragraph_before,
    paragraph_break,
)
from briefing.facts.words import (
    BODY_NAME_LINKS,
    COMMON,
    JOB_TITLES,
    MEMBER_WORDS,
    PARTY_STATE,
    PERSON_TITLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    sentence_index,
    verb_in,
)
from briefing.model import Actor
from briefing.nlp.text import POSSESSIVE_MARKS

Actors = tuple[Actor, ...]  # an article's actors, as every rule here reads them
At = int | None  # a position in the text, when one is given
Within = tuple[int, int] | None  # where the text writes the words read, when known
Source = tuple[str | None, str | None]  # (speaker, description), at most one of them given
# Nouns heading a source phrase that names a person's group, office or associate.
GROUP_NOUNS = lexicons.words("source_group_nouns")
_SOURCE_NOUNS = GROUP_NOUNS | ROLE_NOUNS
# Nouns that open a source phrase at a sentence's start (`officials said`, `Police said:`).
_OPENING_NOUNS = _SOURCE_NOUNS | lexicons.words("plural_source_nouns")
# Nouns that stand for a body named just before (`the agency said`, `it said`).
BODY_NOUNS = lexicons.words("body_antecedent_nouns")
_STORY_BODY_NOUNS = lexicons.words("story_body_nouns")
_WEAVING = lexicons.words("weaving_verbs")  # `called`, `described`: partials woven in
_REPORTING_FORMS = cues.VERBS | _WEAVING  # joined once, not once a word
# Kinds of body by the nouns that stand for them and the last words of their names.
_BODY_KINDS = lexicons.groups("body_noun_kinds")
_UNNAMED = lexicons.words("unnamed_people")  # `the man`, `his mother`
_NOUN_GENDERS = lexicons.table("person_noun_genders")  # "wife" -> "f"
PERSON_NOUNS = ROLE_NOUNS | _UNNAMED
_SOURCE_OR_PERSON_NOUNS = _OPENING_NOUNS | PERSON_NOUNS  # a source's last word
# Nouns heading a source phrase that names a document (`the Norbank report`).
DOCUMENT_NOUNS = lexicons.words("source_document_nouns")
# A court filing (`a complaint filed by Norbank`) is a document too: its filer wrote it, the
# court it was filed in did not.
FILING_NOUNS = lexicons.words("charge_nouns")
_RULING_NOUNS = lexicons.words("court_ruling_nouns")  # `said the ruling`: the court's words
_BOOK_NOUNS = lexicons.words("book_nouns")  # `the memoir says`: its writer's words
_PRESS_PIECE_NOUNS = lexicons.words("press_piece_nouns")  # `the article read`: the paper's
OFFICES = lexicons.words("exclusive_offices")
TRADES = lexicons.words("trade_nouns")
# Capitalised words a bare title may hold ("Prime Minister", "Foreign Secretary").
_TITLE_WORDS = JOB_TITLES | lexicons.words("title_modifiers")
# One member of a party (`the Republican`, `a Tory`): the singular of a party's plural form.
_PLURALS = [f for forms in PARTIES.values() for f in forms if f.endswith("s")]
_MEMBERS = frozenset(f[:-3] + "y" if f.endswith("ies") else f[:-1] for f in _PLURALS)
# The patterns of speaker_patterns.txt by key, with the fragments they read from elsewhere.
_PERSONS = "|".join(map(re.escape, sorted(sorted(PERSON_NOUNS), key=len, reverse=True)))
_GIVEN = {**cues.GIVEN, "PERSONS": _PERSONS}
_GIVEN["MEMBERS"] = "|".join(map(re.escape, sorted(_MEMBERS, key=len, reverse=True)))
_P = lexicons.keyed("speaker_patterns", "reporting_fragments", **_GIVEN)
# How far back (characters) a pronoun's namesake of its sex is looked for (`Bill Clinton's
# hair…` a paragraph or three before `"…," he said` beside Hillary Clinton).
NAMESAKE_WINDOW = 1500


class How:
    """How a speaker was found, strongest first (shown beside the speaker)."""

    NAMED = "named cue"
    PRONOUN = "pronoun"
    SUBJECT = "sentence subject"
    SAME_PARAGRAPH = "same paragraph"
    PREVIOUS_PARAGRAPH = "previous paragraph"
    SENTENCE_BEFORE = "sentence before"  # its source ends the sentence before: `…, X said.`
    DESCRIPTION = "description"
    DASH_LINE = "dash line"
    NAMED_BEFORE = "named before"
    MODEL = "model"
    SAME_WORDS = "same words"  # a lede's unnamed source, named saying the words later


# Full stops that end no clause: titles and initials ("said Rep. Xavier Becerra"); after a
# title, the surname alone names the speaker ("said Mr. Burman").
_TITLES = frozenset(t.lower() for t in lexicons.lines("name_titles"))
_ABBREVIATIONS = lexicons.words("full_stop_abbreviations") | _TITLES
# An anonymous source: `said a New Hampshire Republican`, `another adviser said`.
_INDEFINITE = lexicons.words("anonymous_source_words")
_DETERMINERS = _INDEFINITE | lexicons.words("source_determiners")
# Words opening a phrase set off after a name (`Jo Park, an aide to…`, `…, who backs…`).
_SET_OFF_OPENERS = (
    lexicons.words("articles")
    | lexicons.words("source_determiners")
    | lexicons.words("relative_pronouns")
)
_NOT_SOURCES = lexicons.words("not_source_words")
# Words before a person that make the person no subject (`In a statement on Jo Smith,`).
_PREPOSITIONS = lexicons.words("subject_prepositions")
# Pronouns and possessives that tie a fronted phrase to someone (`In her first week, …`).
_SETTING_OWNERS = lexicons.words("setting_owners")
# Lower-case prepositions that make the name after them no subject (`the memo for members`).
SOURCE_PREPOSITIONS = lexicons.words("source_prepositions")
_FRONTED = lexicons.words("fronted_prepositions") | _PREPOSITIONS
_CONNECTIVES = lexicons.words("sentence_connectives")  # `However,` opening a sentence
ARTICLES = lexicons.words("articles")


@dataclass(frozen=True)
class Found:
    """A speaker (canonical name) or a description, the cue and how it was found."""

    speaker: str | None = None
    cue: str | None = None
    how: str | None = None
    description: str | None = None
    after: bool = False  # read from the reporting clause after the quote
    pronoun: str | None = None  # the pronoun of the clause ("he", "she"), when one


def canonical(who: str, actors: Actors, pos: int = 0, within: Within = None) -> str | None:
    """The actor `who` names ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"); a bare
    surname is the person of that surname named last before `pos` ("Read" -> "Ian Read").
    `within`: where the text writes `who`, when known."""
    who = who.replace("’s", "").replace("'s", "")
    if not who.rstrip(" .,").split() or who.split()[0].lower() in _INDEFINITE:
        return None  # an anonymous source or a stray stop, not a name
    first, *rest = who.rstrip(" .,").split()
    if first.lower() in _DETERMINERS and _nationality_run(rest):
        return None  # `said the South African`: a description by country (the tagger's body)
    if (firm := _body_named_whole(who, actors)) is not None:
        return firm  # `Jo Park Holdings Ltd. said`: the firm, not Jo Park inside its name
    people_like = [a for a in actors if a.type == "person" or a.roles]
    # `Mrs. Berg` is not Tom Berg, named by a man's given name (`_wife_of` in facts.actors).
    title = who.split()[-2] if len(who.split()) > 1 else None
    sex = title_gender(title) if title else None

    def fits(a: Actor) -> bool:
        return not woman_titled_man(title, a.name)

    # The name nearest the end (`Harold Penn spokesman Otto Lind`: news names the speaker
    # after the body and title), the longest form there; on a tie of several people (a
    # surname both Ana and Tom Berg were called by), the one a title's sex picks, else nobody.
    written = [(f, a) for a in people_like for f in (a.name, *a.aliases) if _whole(f, who)]
    forms = [(f, a.name) for f, a in written if " " in f or fits(a)]
    named = [(who.rfind(f) + len(f), len(f), name) for f, name in forms]
    best = max(named, key=itemgetter(0, 1), default=None)
    tied = {n for *k, n in named if best and tuple(k) == best[:2]}
    # `Mrs. Berg` beside Ana and Tom Berg: the one of the title's sex, by her given name or
    # as the actors took this very mention (by the titles they met before).
    tied = {n for n in tied if sex and genders.name_gender(n) == sex} or tied
    lo, hi = within or (0, 0)
    here = {a.name for a in actors if a.name in tied for e in a.evidence if lo <= e.start < hi}
    tied = here if len(here) == 1 and sex else tied
    if tied:
        return _one(tied)  # none when unsure which of two: a wrong speaker is worse than none
    # Only the last capitalised word: `the Brandt Foundation` is no Brandt.
    surnames = [w.strip(",;:()—–-.") for w in who.split() if w[:1].isupper()][-1:]
    by_surname = [
        (max((e.start for e in a.evidence if e.start < pos), default=-1), a.mentions, a.name)
        for a in actors
        if a.type == "person" and " " in a.name and fits(a)
        if a.name.split()[-1] in surnames or _family_first(a.name) in surnames
    ]
    if by_surname:
        return max(by_surname)[2]
    if len(misprinted := {a.name for a in actors if _misprint(surnames, a)}) == 1:
        return misprinted.pop()  # `Donahue tweeted` for Jo Donohue: one letter off
    # A name or alias ("CDC") as the head, not a modifier (`the Brandt Foundation`), maybe
    # with its place (`Valby University in Norland`).
    # Not a name inside a longer one there: "the Dallas Fed" is that bank, not "the Fed".
    place = _P["place_after"].pattern
    heads = [
        a.name
        for a in actors
        if a.type == "organization" and not _object(a, who) and _names(a, who, place)
    ]
    for name in heads:
        inside = any(name != other and _whole(name, other) for other in heads)
        if not inside and not _alias_inside(name, heads, actors, who):
            return name
    # Not a known actor: the last run of capitalised words, where news puts the name after
    # any title ("Commissioner for Transport Ingrid Holm"), or a surname after a courtesy
    # title ("Mr. Burman").
    runs: list[list[str]] = [[]]
    titled = False
    for raw in who.split():
        w = raw.strip(",;:()—–-")
        if raw[-2:-1].islower() and len(raw) > 4:
            w = w.rstrip(".")
        if w.lower().rstrip(".") in _TITLES:
            titled = True
        elif w[:1].isupper() and w.lower() not in ARTICLES:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
        if raw[-1:] in ",;:)" and runs[-1]:
            runs.append([])
    if who.split()[-1][:1].islower() and who.split()[0].lower() in _DETERMINERS:
        return None  # `the New York billionaire`: a description, the capitals modify it
    runs = [r for r in runs if r]
    if len(runs) > 1 and _titled_run(runs[-2]) and _P["of_body_end"].search(who):
        runs = runs[:-1]  # `Detective Constable Jo Lind of Valby Police`: she, not the body
    run = runs[-1][-2:] if runs else []  # at most a given name and surname
    # `Age Concern Valby said`: a body's branch, no person cut from its name; `the Valby MP`: a seat
    # and a member's letters, no name
    if runs and _body_in_run(runs[-1], run, actors) or run[-1:] and run[-1] in MEMBER_WORDS:
        return None
    return " ".join(run) if len(run) >= 2 or (titled and run) else None


def _body_in_run(whole: list[str], run: list[str], actors: Actors) -> bool:
    """Whether a run of capitalised words longer than a name holds an organisation's name
    and the two words a person's name would be cut from open with no given name: the
    body's branch or a longer name of it (`Age Concern Valby`), no person."""
    if len(whole) <= len(run) or (run and gazetteer.first_name(run[0])):
        return False
    text = f" {' '.join(whole)} "
    return any(a.type == "organization" and f" {a.name} " in text for a in actors)


def _body_named_whole(who: str, actors: Actors) -> str | None:
    """The organisation whose whole name of two words or more `who` is (`Jo Park Holdings
    Ltd.`; a final stop aside): business copy names firms after their owners, whose surname
    inside the name names no person speaking; None when a person is called so too."""
    bare = who.strip(" ,").rstrip(".")
    if " " not in bare:
        return None
    forms = [(f.rstrip("."), a) for a in actors for f in (a.name, *a.aliases)]
    bodies = {a.name for f, a in forms if f == bare and a.type == "organization"}
    if len(bodies) != 1 or any(f == bare and a.type == "person" for f, a in forms):
        return None
    return bodies.pop()


def _nationality_run(run: list[str]) -> bool:
    """Whether capitalised words are a people's word of two (`South African`, `New Zealander`,
    `Northern Irishman`): sports copy's "said the South African" describes one of them, the
    capitals are a country's, so no name (a weak guess must give up)."""
    if len(run) < 2:
        return False
    text, last = " ".join(run), run[-1]
    if gazetteer.demonym_country(text) or gazetteer.demonym_noun(last):
        return True
    stem = re.sub(r"(?:er|n)$", "", text)  # `New Zealander`, `South African`: the country's name
    return stem != text and any(k.type == "country" for k in gazetteer.candidates(stem))


def _titled_run(run: list[str]) -> bool:
    """Whether capitalised words are a title or rank and a name (`Detective Constable Jo
    Lind`): a role word before a given name and surname, so the noun phrase's head, which
    an "of" after it only places (`… of Valby Police`)."""
    lead = [w.lower().rstrip(".") for w in run[:-2]]
    return len(run) >= 3 and any(w in ROLE_WORDS or w in _TITLES for w in lead)


_DOCUMENT_HEADS = lexicons.words("document_name_heads")
_DOCUMENT_HEAD_WORDS = lexicons.alternatives("document_name_heads")


def document_named(name: str, clause: str) -> bool:
    """Whether `name` ends in a document's, law's or scripture's head, or runs into one in the
    reporting `clause` ("James Version", "James" of `the King James Version reads`, "City
    Charter"): a text quoted, no person speaking. One search for all the heads, and none
    where the clause does not hold the name."""
    if name.split()[-1] in _DOCUMENT_HEADS:
        return True
    run_in = rf"\b{re.escape(name)} (?:{_DOCUMENT_HEAD_WORDS})\b"
    return name in clause and re.search(run_in, clause) is not None


def glued_opener(name: str, actors: Actors) -> bool:
    """Whether `name` is a person's whose first word is a preposition opening the sentence
    (`Alongside Norbank`, a tagger's span): no name of anyone, so no speaker."""
    return name in persons(actors) and name.split()[0].lower() in _FRONTED


def _misprint(surnames: list[str], actor: Actor) -> bool:
    """Whether the one surname of `surnames` is the person `actor`'s surname with one letter
    misprinted (`Donahue` for Donohue), neither short."""
    last = actor.name.split()[-1] if actor.type == "person" and " " in actor.name else ""
    word = surnames[0] if len(surnames) == 1 else ""
    same = len(word) == len(last) >= 6 and word[0] == last[0]
    return same and sum(a != b for a, b in zip(word, last, strict=True)) == 1


def _whole(form: str, text: str, end: str = r"\b") -> bool:
    """Whether `text` holds `form` as whole words (followed by `end`); the substring test
    first, so names a text lacks compile no pattern (most do not)."""
    return form in text and re.search(r"\b" + re.escape(form) + end, text) is not None


def _alias_inside(name: str, heads: list[str], actors: Actors, who: str) -> bool:
    """Whether every form of actor `name` that `who` writes lies inside another head's name:
    "Fed", the alias of the Federal Reserve, in "the Dallas Fed" names the Dallas bank."""
    actor = next(a for a in actors if a.name == name)
    written = [f for f in (actor.name, *actor.aliases) if _whole(f, who)]
    others = [h for h in heads if h != name]
    return bool(written) and all(any(_whole(f, h) for h in others) for f in written)


def _names(actor: Actor, text: str, end: str = r"\b") -> bool:
    """Whether `text` holds the actor's name or one of its aliases, as whole words."""
    return any(_whole(f, text, end) for f in (actor.name, *actor.aliases))


def _object(actor: Actor, text: str) -> bool:
    """Whether every mention of `actor` in `text` follows a preposition (`compared to 11% of
    Norbank`): the object of the phrase, not its head."""
    forms = [f for f in (actor.name, *actor.aliases) if f in text]
    starts = [m.start() for f in forms for m in re.finditer(r"\b" + re.escape(f) + r"\b", text)]
    return bool(starts) and all(_P["object_of"].search(text, 0, s) for s in starts)


# `…the harbour offices which it said "…"`: "it" after a relative pronoun
_RELATIVE_END = re.compile(r"\b(?:which|that)\s+$")


def _relative_it(people: People, pos: int, cue: str | None) -> Found:
    """The speaker of `…which it said "…"`: the subject of the sentence, never a body named
    in what "which" stands for (`The board praised the Valby parks office, which it said "…"`
    is the board's); the body opening the sentence, else nobody."""
    start = people.sentence_starts[max(sentence_index(people.sentence_starts, pos), 0)]
    lead = start + 4 * people.text.startswith(("The ", "the "), start)
    if len(opening := named_at(people.actors, {start, lead})) != 1:
        return Found(None, cue, pronoun="it")
    return Found(opening.pop(), cue, How.NAMED_BEFORE, pronoun="it")


def named_at(actors: Actors, starts: Container[int], kind: str = "organization") -> set[str]:
    """The actors of `kind` with a mention starting at one of `starts`."""
    return {a.name for a in actors if a.type == kind for e in a.evidence if e.start in starts}


def _one(names: set[str]) -> str | None:
    """The one name of `names`; None when there are several (unsure which) or none."""
    return names.pop() if len(names) == 1 else None


def persons(actors: Actors) -> set[str]:
    """The names of the persons among `actors`."""
    return {a.name for a in actors if a.type == "person"}


def _person_in(text: str, actors: Actors, first: bool = False) -> str | None:
    """The person whose full name `text` holds (the longest when several; with `first`, the
    one named first, as the subject of `said Jo Park after meeting Ana Berg`)."""
    full = [a.name for a in actors if a.type == "person" and " " in a.name and _whole(a.name, text)]
    if first and full:
        return min(full, key=lambda n: (text.index(n), -len(n)))
    return max(full, key=len) if full else None


def _apposition_is_name(apposed: str, person: str | None) -> bool:
    """Whether an apposition is the person's name alone, maybe after a few lower-case role
    words (`Another critic, Laurence Tribe,`, `Ortiz's predecessor, former mayor Bill Crane,`),
    maybe with a courtesy title opening the name (`The group leader, Cllr Jo Lind,`)."""
    if not person or not apposed.endswith(person):
        return False
    if (role := apposed[: -len(person)].split()) and role[-1].rstrip(".") in PERSON_TITLES:
        role = role[:-1]  # the title is part of how the name is written, not a role
    return len(role) <= 3 and all(w.islower() and w.isalpha() for w in role)


def _name_before_topic(phrase: str, actors: Actors) -> str:
    """`phrase` up to the person's full name when an `of` phrase follows it (`Valby coach Jo
    Park of Berg's ban`): what the person spoke about, whose owner or relative clause says
    nothing of who spoke."""
    names = [a.name for a in actors if a.type == "person" and " " in a.name and a.name in phrase]
    found = [re.search(r"\b" + re.escape(n) + r"(?=\s+of\b)", phrase) for n in names]
    return phrase[: min(ends)] if (ends := [m.end() for m in found if m]) else phrase


def description_of(who: str) -> str | None:
    """`who` as a description of the source when it names nobody ("the senior minister",
    "a police spokesman", "Lund's lawyer"), else None."""
    words = who.strip(" ,").split()
    if not words or len(words) > 10 or words[0].lower() in _NOT_SOURCES:
        return None
    if all(w.lower() in _DETERMINERS for w in words):
        return None  # `Another said`: no source at all
    # `officials said`, and at a sentence's start `Police said:`, `Investigators say`,
    # `Rescued man says`, `Mother calls`
    ends = words[0].lower() in _OPENING_NOUNS or words[-1].lower() in _SOURCE_OR_PERSON_NOUNS
    opening = ends and all(w.islower() for w in words[1:])
    plain = (words[0][:1].islower() or opening) and all(w.isalpha() for w in words)
    described = words[0].lower() in _DETERMINERS or _P["possessed"].search(who) or plain
    return " ".join(words) if described else None


def _person_by(phrase: str, actors: Actors) -> str | None:
    """The one person a document's participle phrase names as its author (`filed by
    prosecutor Jo Park`), else None (none, or two joined: `by Park and Berg`)."""
    m = _P["by_author"].search(phrase)
    one = m is not None and not _P["two_joined"].search(m["author"])
    return _person_in(m["author"], actors) if m and one else None


def _issued_for(words: str, person: str, actors: Actors) -> bool:
    """Whether `words` name a document its participle phrase gives as `person`'s (`a statement
    issued on behalf of Jo Park`): the words are the person's, not a go-between's."""
    issued = _P["document_issued"].search(words)
    if issued is None or words[: issued.start("phrase")].split()[-1:][0] not in DOCUMENT_NOUNS:
        return False
    return _person_by(issued["phrase"], actors) == person


def _filer(who: str, words: list[str], actors: Actors) -> Source:
    """The body that filed the court filing `who` names (`a complaint filed by Norbank`, `the
    Norbank lawsuit`), never the court it was filed in; else the filing itself, unsigned."""
    own = _P["filing_place"].sub("", who)
    if _P["filing_joint"].search(own):
        return None, " ".join(words)  # `filed by Norbank and the Valby prosecutor`: two filers
    bodies = [a.name for a in actors if a.type == "organization" and _names(a, own)]
    return (bodies[0], None) if len(bodies) == 1 else (None, " ".join(words))


def _apposed_name(who: str, actors: Actors) -> str | None:
    """The person whose full name closes an owned description, after a comma or after
    lower-case role words (`the agency's director-general, Ana Berg`; `Tarsk's deputy U.N.
    envoy Jo Lind.`): the one named speaks, not the owner; None otherwise."""
    if not _P["possessed"].search(who.split(", ")[0]):
        return None
    text = who.strip(" ,.")
    ends = [a.name for a in actors if a.type == "person" and text.endswith(" " + a.name)]
    if not ends or " " not in (person := max(ends, key=len)):
        return None
    before = text[: -len(person)].rstrip()
    return person if before.endswith(",") or before.split()[-1].islower() else None


def resolve(who: str, actors: Actors, pos: int, within: Within = None) -> Source:
    """(speaker, description) for the source words of a reporting clause (written `within`
    those bounds of the text, when known)."""
    first = who.split(", ")[0]  # `Jo Park, a lawyer and fellow at Norbank`: before its apposition
    alone = ", " in who and " and " not in first and not _P["possessed"].search(first)
    if alone and (person := _person_in(first, actors) or _titled_surname(first, actors, pos)):
        if person not in first or not _linked_holder(first[: first.index(person)]):
            return person, None
        if _issued_for(first, person, actors):
            return person, None  # `a statement issued on behalf of Jo Park, the envoy,`
        # `the lawyer for Ana Berg, Jo Park,`: the one set off after the description speaks.
        apposed = _person_in(who.split(", ")[1], actors)
        return (apposed, None) if apposed else (None, description_of(first))
    if (apposed_name := _apposed_name(who, actors)) is not None:
        return apposed_name, None
    if team := _P["team_lead"].fullmatch(who.strip()):
        # `Dr Jo Park of Valby University and colleagues found`: Park's team; never the body.
        lead = _person_in(team["who"], actors)
        return lead, None if lead else who.strip()
    joined = [a for a in actors if " and " in who and _names(a, who)]
    if len(joined) > 1 and _joins_two(who, actors):
        return None, who.strip()  # `WRAL and WTVD reported`: two sources, no one speaker
    if ", " in who and not _P["possessed"].search(who):
        # `Jo Park, deputy head of Harbour Police`: the person before the title; else
        # (`…, it's not an isolated incident, McKeithen`) the source is the last chunk.
        if person := _person_in(who, actors):
            return person, None
        last = who.rsplit(", ", 1)[1]
        # Not a relative clause (`The Councilman, who is the floor leader,`): the description
        # it is about.
        who = first if _P["relative_opening"].match(last) and description_of(first) else last
    if (titled := _title_only(who, actors)) is not None:
        return titled
    words, person = who.split(), _person_in(who, actors)
    if person and cues.P["speaking"].match(who, who.rfind(person) + len(person)):
        # `Labour candidate Ana Berg said in a statement`: she speaks, not her party's statement.
        return person, None
    # `a Norbank report released last week`: the document before its participle phrase.
    if (issued := _P["document_issued"].search(who)) is not None:
        words = who[: issued.start("phrase")].split()
    # `a court filing issued by state attorney Jo Park`: she wrote it.
    authored = issued is not None and words[-1:] and words[-1] in DOCUMENT_NOUNS | FILING_NOUNS
    if authored and issued and (author := _person_by(issued["phrase"], actors)):
        return author, None
    if len(words) >= 2 and (words[-1] in DOCUMENT_NOUNS or _P["document_in"].match(who)):
        # `the latest Norbank report`, `a review in the Valby Post`: the body that wrote it.
        bodies = [a.name for a in actors if a.type == "organization" and _names(a, who)]
        if len(bodies) == 1:
            return bodies[0], None
    if len(words) >= 2 and (words[-1] in FILING_NOUNS or _P["filing_from"].match(who)):
        return _filer(who, words, actors)
    # `Officials at Norbank`, `a spokesman for the club`: people of the body, unnamed; so are
    # those only linked to someone named (`people close to Jo Park`, `a woman who met Park`).
    group = (head := _P["group_of"].match(who)) is not None and head.group(1).lower() in GROUP_NOUNS
    if not group and (head := _P["linked_to"].match(who)) is not None:
        group = head.group(1).lower() in GROUP_NOUNS | PERSON_NOUNS
    # `The family of Ivan Rusk` is the group around him; `Friends of the Lake director Lina
    # Osk` is her: the person counts when more than the name follows the group noun.
    rest = who[head.end() :].strip() if head else ""
    holder = person is not None and rest not in (person, person.split()[-1])
    known = holder or any(who.strip() in (a.name, *a.aliases) for a in actors)
    # Nor the person served (`the former top aide to Governor Ana Berg`: not Berg).
    if group and not known or _aide_to(who):
        return None, who.strip()
    linked = person is not None and _linked(who, who.index(person))  # `the daughter of Jo Park`
    # `the Brandt campaign`, `a Brandt aide`: the group around a person, not the person.
    around = len(words) >= 2 and words[-1] in GROUP_NOUNS and any(w[:1].isupper() for w in words)
    if linked or around:
        return None, description_of(who) or who.strip()
    if (kin := _pronoun_kin_named(who, actors, pos)) is not None:
        return kin, None  # `Her husband Craig`: Craig, the person the story knows
    # `The note for members of the Valby council`: a determiner and a common noun, naming nobody.
    common = len(words) > 1 and words[0].lower() in _DETERMINERS and words[1][:1].islower()
    # `a disappointed Park`: adjectives before the surname of the one person who has it.
    bare = common and words[-1].istitle() and all(w.islower() for w in words[1:-1])
    # (a name of one word too, where the copy gives no other: `a tearful Park` beside `Park`)
    same = {a.name for a in actors if a.type == "person" and a.name.split()[-1:] == words[-1:]}
    if bare and len(same) == 1:
        return same.pop(), None
    if common and person is None:
        return None, description_of(who)
    if person and person in who and re.search(r"[’']s\s+" + re.escape(person) + r"\W*$", who):
        return person, None  # `the group's Ed Norberg`: the full name after the owner
    if (named := _P["relative_named"].search(who)) and not named["pronoun"]:
        # `Qassim's son Mohamed`: the name after the relation is the source.
        return canonical(named["name"], actors, pos) or named["name"], None
    if person and who.strip().startswith(person + " of "):
        return person, None  # `Jo Park of Valby's Cancer Institute`: she, of the body
    if (titled_owned := _owner_courtesy(who, actors, pos)) is not None:
        return titled_owned, None  # `Norbank's Mr. Lund`: Lund, not a description
    if _P["possessed"].search(who) and (described := description_of(who)):
        return None, described
    # `a Texas Republican`, `a Lib Dem`: one member of a party, a person, never the party
    member = any(len(words) > len(w) and words[-len(w) :] == w for w in map(str.split, _MEMBERS))
    if person is None and words[0].lower() in _DETERMINERS and member:
        return None, description_of(who)
    if name := canonical(who, actors, pos, within):
        return name, None
    if _P["web_name"].fullmatch(who.strip()):
        return who.strip(), None  # `StatusPeople.com reports`: a site's name, the tagger's miss
    return None, description_of(who)


def _firm_by_trade(part: str, m: re.Match[str], who: str, person: str) -> str | None:
    """The longer capitalised name (`Under Armour`) whose end the tagger read as a person
    (`Armour`), when a firm's trade sets it off (`Under Armour, the sportswear maker, said`):
    business copy names a company so, and the words are the company's; else None."""
    words = who.split()
    if not who.endswith(" " + person) or not all(w[:1].isupper() for w in words):
        return None
    before = words[: len(words) - len(person.split())]
    if any(w.lower().rstrip(".") in _TITLES for w in before):
        return None  # `Dr Jo Park, the drugmaker,`: a title, a person
    return who if _P["firm_apposition"].match(part, m.end("who")) else None


def _joins_two(who: str, actors: Actors) -> bool:
    """Whether an "and" of `who` stands between names, not inside one (`Argyll and Bute
    Council leader Jo Lind`: one body's name, then its leader)."""
    for name in sorted((a.name for a in actors if " and " in a.name), key=len, reverse=True):
        who = who.replace(name, "")
    return " and " in who


def _pronoun_kin_named(who: str, actors: Actors, pos: int) -> str | None:
    """The person a relation owned by a pronoun and a name after it names (`Her husband
    Craig`, `his lawyer Ana Berg`): that named one, only when the story knows the name as a
    person (known_person), else None: a wrong speaker is worse than a description. The
    relation reader of `Qassim's son Mohamed`, owned by a pronoun."""
    m = _P["relative_named"].search(who)
    return known_person(m["name"] if m and m["pronoun"] else None, actors, pos)


def _owner_courtesy(who: str, actors: Actors, pos: int) -> str | None:
    """The person `Norbank's Mr. Lund` names: business copy's later mention of someone first
    named with the firm, by courtesy title and surname; only a person the story knows by that
    surname (canonical), else None."""
    m = _P["owner_courtesy"].match(who)
    return known_person(m["titled"] if m else None, actors, pos)


def _titled_surname(first: str, actors: Actors, pos: int) -> str | None:
    """The person a title and surname before an apposition name (`Mr Park, Norbank's chief`),
    as the bare `Mr Park said` would: the one of that surname named last."""
    words = first.split()
    titled = len(words) == 2 and words[0].lower().rstrip(".") in _TITLES and words[1].istitle()
    return known_person(first if titled else None, actors, pos)


def _aide_to(who: str) -> bool:
    """Whether `who` is someone's associate named by the one served (`the former top aide to
    Governor Ana Berg`, `an adviser to Park`): a source unnamed, never that person."""
    return (m := _P["aide_to"].match(who)) is not None and m.group(1).lower() in GROUP_NOUNS


def found_by(who: str, actors: Actors, pos: int, cue: str | None) -> Found | None:
    """The source words `who` as a named speaker, else as a description, else None."""
    speaker, described = resolve(who, actors, pos)  # never both
    how = How.NAMED if speaker else How.DESCRIPTION
    return Found(speaker, cue, how, described) if speaker or described else None


def _title_only(who: str, actors: Actors) -> Source | None:
    """`The Prime Minister`, `the mayor`: the one actor holding that role, else the
    description; None when `who` is more than a title."""
    words = _P["article_lead"].sub("", who).split()
    if not words or len(words) > 4 or not any(w.capitalize() in JOB_TITLES for w in words):
        return None
    if not all(w[:1].islower() or w.capitalize() in _TITLE_WORDS for w in words):
        return None
    title = " ".join(words).lower()
    holders = {a.name for a in actors for r in a.roles if r.lower() == title}
    return (holders.pop(), None) if len(holders) == 1 else (None, who.strip())


def _is_break(text: str, m: re.Match[str]) -> bool:
    """A sentence end, not the full stop of a title or an initial ("Rep.", "W."); an
    initialism's stop ends the sentence when a connective and its comma follow it (`…sold in
    the U.S. However, a spokesman said`)."""
    if m.group()[0] != "." or not _abbreviation(text, m.start()):
        return True
    word = text[max(0, m.start() - 12) : m.start()].split()[-1:]
    after = _P["connective_opening"].match(text, m.end())
    return bool(word) and "." in word[0] and after is not None and after[1].lower() in _CONNECTIVES


def tail_clause(tail: str) -> str:
    """The reporting clause after a quote: up to the sentence end or the next quote, the
    marks of a nickname (`said Jo "JJ" Park`) read as apostrophes."""
    tail = _P["nickname"].sub(r"\g<name>'\g<nick>'", tail)
    ends = (m.start() for m in _P["break"].finditer(tail) if _is_break(tail, m))
    return tail[: next(ends, len(tail))]


def head_clause(head: str) -> str:
    """The sentence before a quote, from its start to the opening mark."""
    titles = {m.start(1) for m in _P["title_in_run"].finditer(head)}
    cuts = [m.end() for m in _P["head_break"].finditer(head) if _is_break(head, m)]
    cuts = [c for c in cuts if c - 1 not in titles]
    # A full stop right after a colon ends nothing: web copy's mark of a lost line break
    # (`…, according to the Valby Post: . "…"`).
    cuts = [c for c in cuts if not head.endswith(": .", 0, c)]
    # A blank line ends a sentence whatever stands before it (`11:05 a.m.` on a line of its own).
    cuts += [m.start() for m in re.finditer(r"\n[ \t]*\n", head)]
    return head[max(cuts, default=0) :]


# A which-clause a dash sets off right after its subject (`The Valby Board - which`).
_SET_OFF_WHICH = re.compile(r"\s+[–—-]\s*which$")
# A whole word in lower case opening a paragraph (`_lost_subject`): not a brand's "eBay".
_LOWER_WORD = re.compile(r"[a-z]+\b")
# A person named with their firm, read by the tagger as one body: "Ravi Anand of Norbank".
_PERSON_OF_FIRM = re.compile(r"(?:[A-Z][a-z]+\s+){2}of\s+[A-Z]")


class People:
    """Where persons are named, outside quotes, for pronouns and sentence subjects."""

    def __init__(
        self,
        actors: Actors,
        quoted: Sequence[Span],
        text: str,
        sentence_starts: tuple[int, ...],
        nouns: frozenset[int] = frozenset(),
    ) -> None:
        self._opens = [q.open for q in quoted]
        self._quoted = quoted
        # `The Frenchman told…` read as a person named Frenchman: a description, no name;
        # `at the Royal Ballet` read as a person: a body's name, nobody "he" or "she" is.
        actors = tuple(a for a in actors if noun_gender(a.name) is None and not _body(a, text))
        named = [(e.start, e.end, a.name) for a in actors if a.type == "person" for e in a.evidence]
        outside = sorted(m for m in named if not self._in_quote(m[0]))
        others = [e for a in actors if a.type != "person" for e in a.evidence]
        self._other_voices = [e.start for e in others if cues.P["speaking"].match(text, e.end)]
        self.counts = Counter(n for _, _, n in outside)  # named outside quotes
        # Not `the Valby campaign`: a phrase naming a body or a period, nobody a pronoun means.
        self._mentions = [m for m in outside if not _name_as_noun_modifier(text, m)]
        self.text = text
        self.actors = actors
        self.sentence_starts = sentence_starts
        # Where a verb form is a plural noun after an adjective (`Republican claims`).
        self.nouns = nouns
        self.speakers: set[str] = set()
        self._shared: list[Mention] = []
        self._all = sorted(self._mentions + self._bare_surnames())
        self._of_name: dict[str, list[Mention]] = {}  # each name's mentions, in text order
        for m in self._all:
            self._of_name.setdefault(m[2], []).append(m)
        self._genders = genders.genders(text, self._all)
        told = [(m["self"] or m["own"], m["who"]) for m in _P["self_named"].finditer(text)]
        selves = {"f" if g.lower() == "her" else "m": canonical(w, actors) for g, w in told}
        self._self_named = selves if len(selves) == len(told) else {}  # one of each at most

    def _only_asked_about(self, name: str, start: int, end: int) -> bool:
        """Whether every mention of `name` in [start, end) sits in a question of the writer's
        own (a sentence outside quotation marks ending in "?"): the person asked about."""
        named = [s for s, _, n in self.named_in(start, end) if n == name]
        starts = self.sentence_starts
        for at in named:
            k = sentence_index(starts, at)
            lo, hi = starts[max(k, 0)], starts[k + 1] if k + 1 < len(starts) else len(self.text)
            sentence = self.text[lo:hi].strip()
            if not sentence.endswith("?") or _P["mark"].search(sentence) or self._in_quote(at):
                return False
        return bool(named)

    def _in_quote(self, pos: int) -> bool:
        """Whether `pos` is inside a quote, where names are not the writer's."""
        return (k := bisect.bisect_right(self._opens, pos) - 1) >= 0 and self._quoted[k].close > pos

    def outside_quotes(self, pos: int) -> bool:
        """Whether `pos` is the writer's, outside every quote (for rules outside the class)."""
        return not self._in_quote(pos)

    def gender(self, name: str) -> str | None:
        """ "m", "f" or None (not settled) for a person's canonical name."""
        return self._genders.get(name)

    def titled_apart(self, name: str, lo: int, hi: int) -> str | None:
        """The title and surname (`Mrs Park`) of a mention of `name` in [lo, hi) whose courtesy
        title is of one sex while the rest of the article makes the person the other, or both
        (`Mr Park`, `Jo Park said he…`): someone else of that surname; else None."""
        mentions = self._of_name.get(name, [])
        first, end = (bisect.bisect_left(mentions, at, key=lambda m: m[0]) for at in (lo, hi))
        here = set(mentions[first:end]) or self._surname_in(name, lo, hi)
        titles = {t for m in here if title_gender(t := genders.title_at(self.text, m))}
        if (title := _one(titles)) is None:
            return None  # no courtesy title here, or several
        # Every sex the rest gives: its titles and the pronouns after its other mentions; a
        # man's given name against a woman's title only (`woman_titled_man`: the names table
        # files men's names of other languages as women's, `Mr Sher Khan`).
        elsewhere = {m: genders.title_at(self.text, m) for m in mentions if m not in here}
        sexes = {title_gender(t) for t in elsewhere.values() if t}
        # Everyone else named stays in, so a pronoun after a later name is not this person's
        # (`Jo Park said Ana Berg was wrong and that she should resign`).
        plain = [m for m, t in elsewhere.items() if not t]
        others = [m for m in self._all if m[2] != name]
        sexes.add(genders.genders(self.text, plain + others, given=False).get(name))
        sexes.add("m" if woman_titled_man(title, name) else None)
        sexes -= {None, genders.MERGED}
        apart = bool(sexes) and title_gender(title) not in sexes
        return f"{title} {name.split()[-1]}" if apart else None

    def _surname_in(self, name: str, lo: int, hi: int) -> set[Mention]:
        """The surname of `name` written in [lo, hi) where the tagger took no mention of it
        (`Mr Park said…. "…," said Mrs Park`: one actor, two people)."""
        surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")
        return {(m.start(), m.end(), name) for m in surname.finditer(self.text, lo, hi)}

    def _bare_surnames(self) -> list[Mention]:
        """Every bare surname outside quotes the actors' evidence missed (`Cambiasso is still
        convinced…`) when only one person has it; for pronouns. One that several persons share
        (`Berg` of Ana and Tom Berg) is kept apart in `_shared`: it names one of them, unsure
        which."""
        persons = [a.name for a in self.actors if a.type == "person" and " " in a.name]
        surnames = Counter(n.split()[-1] for n in persons if n.split()[-1][:1].isupper())
        unique = {n.split()[-1]: n for n in persons if surnames[n.split()[-1]] == 1}
        shared = {n.split()[-1]: n.split()[-1] for n in persons if surnames[n.split()[-1]] > 1}
        if not unique and not shared:
            return []
        names = unique | shared
        alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        out: list[Mention] = []
        for m in re.finditer(r"\b(?:" + alternatives + r")\b", self.text):
            k = bisect.bisect_right(self._mentions, m.start(), key=itemgetter(0)) - 1
            known = k >= 0 and self._mentions[k][1] > m.start()  # part of a known mention
            mention = (m.start(), m.end(), names[m.group()])
            if _name_as_noun_modifier(self.text, mention):
                continue
            if not known and not self._in_quote(m.start()):
                # `Mrs. Berg` beside Tom Berg alone: not his (his gender stays his), kept apart
                title = self.text[max(0, m.start() - 6) : m.start()].split()[-1:]
                if woman_titled_man(title[0] if title else None, mention[2]):
                    self._shared.append((m.start(), m.end(), m.group()))
                    continue
                (self._shared if m.group() in shared else out).append(mention)
        return out

    def _shared_since(self, start: int, end: int, previous: str | None) -> bool:
        """Whether a surname several persons share, not `previous`'s, is named in [start, end)
        (`Berg is sure…` with Ana and Tom Berg): the voice may have changed."""
        own = (previous or "").split()[-1:]
        return any(n not in own for _, _, n in _starting_in(self._shared, start, end))

    def voices(self, start: int, end: int) -> bool:
        """Whether an actor other than a person speaks in [start, end) (`Norbank said`)."""
        return any(start <= s < end for s in self._other_voices)

    def named_in(self, start: int, end: int) -> list[Mention]:
        """The mentions, bare surnames included, that start in [start, end)."""
        return _starting_in(self._all, start, end)

    def names_in(self, start: int, end: int) -> set[str]:
        """The names of the mentions `named_in` gives."""
        return {n for *_, n in self.named_in(start, end)}

    def _fitting(
        self, start: int, end: int, fits: Callable[[str], bool], skip: tuple[int, int] = (0, 0)
    ) -> set[str]:
        """Persons of a fitting gender named in [start, end) but not in `skip`; one named
        only as an owner (`Tribe's client`) counts when nobody else is named."""
        lo, hi = skip
        named = [m for m in self.named_in(start, end) if not lo <= m[0] < hi and fits(m[2])]
        # `Holm "made the calls," she said`: the quoted clause's own subject is not "she".
        named = [m for m in named if not _P["quoted_clause"].match(self.text, m[1])]
        # `An early Ole Park strike won it. "…," he said`: a name modifying a noun did not speak.
        modifier = _P["name_as_modifier"].search
        named = [m for m in named if not modifier(self.text, max(0, m[0] - 4), m[0])]
        named = [m for m in named if not self._before_named_role(m[1])]
        plain = {n for _, e, n in named if self.text[e : e + 2] not in ("'s", "’s")}
        return plain or {n for _, _, n in named}

    def _before_named_role(self, end: int) -> bool:
        """Whether a role noun and another person's name follow a mention ending at `end`
        (`Valby spokeswoman Ana Berg` beside Jo Valby): the name modifies the role."""
        role = _P["role_before_name"].match(self.text, end)
        return role is not None and bool(self.named_in(role.end(), role.end() + 1))

    def referent(
        self, pronoun: str, pos: int, voice: str | None = None, since: At = None, chain: At = None
    ) -> str | None:
        """The person `pronoun` ("she") at `pos` stands for, or None when unsure (below); a
        person of unknown gender may block a pronoun, and is its answer only with evidence of
        a person (not `Twitter`, `West Point`): named speaking before, or with a role. `voice`
        is the previous quote's speaker."""
        who = self._referent(pronoun, pos, voice, since, chain)
        who = who or self._self_named.get(pronoun_gender(pronoun) or "")
        if who in self._named_after(pos):
            return None
        if (wanted := pronoun_gender(pronoun)) and who and self.other_sex(who, wanted):
            if (namesake := self._namesake(who, pos, wanted)) is not None:
                return namesake
            if self._others_since(who, pos, wanted):
                return None
        return who if who is None or self._known(who, wanted or "") else None

    def other_sex(self, who: str, wanted: str) -> bool:
        """Whether `who`, whose sex the article does not settle, has a given name our training
        copy settles as the other sex than the pronoun's (`Bernie Lund` for "she", `Hillary
        Berg` for "he")."""
        return self.gender(who) is None and shared_name_gender(who) not in (None, wanted)

    def _namesake(self, who: str, pos: int, wanted: str) -> str | None:
        """The one person sharing `who`'s surname whom nothing makes the other sex than the
        pronoun's `wanted`, when the pronoun rules `who` out (`Hillary Clinton… Bill Clinton…
        he said`) and nobody else who may be of that sex is named in the last
        `NAMESAKE_WINDOW` characters before `pos`; else None."""
        lo = max(0, pos - NAMESAKE_WINDOW)
        named = {n for s, _, n in self._all if lo <= s < pos} - {who}
        surname = who.split()[-1]
        kin = {n for n in named if " " in n and n.split()[-1] == surname}
        if len(kin) != 1 or self.gender(next(iter(kin))) not in (wanted, None):
            return None
        (one,) = kin
        if self._other_sex_named(one, wanted):
            return None
        # Every other person named there is settled as the other sex, or named so.
        rivals = {n for n in named - kin if n != surname and not self._other_sex_named(n, wanted)}
        return None if rivals else one

    def _other_sex_named(self, name: str, wanted: str) -> bool:
        """Whether `name` is settled, or given a name filed, as the other sex than `wanted`."""
        if (own := self.gender(name)) in (MALE, FEMALE):
            return own != wanted
        given = shared_name_gender(name) or name_gender(name)
        return given is not None and given != wanted

    def _others_since(self, who: str, pos: int, wanted: str) -> bool:
        """Whether anyone but `who` who may be of the pronoun's sex `wanted` is named before
        `pos`, a surname several persons share included: then the pronoun of the other sex
        than `who`'s given name (`other_sex`) may be theirs, even one the tagger merged or
        missed; unsure, nobody. Alone, the writer's pronoun settles it (`Chris Quell… she`)."""
        lo = paragraph_before(self.text, pos)
        named = {n for s, _, n in self._all + self._shared if lo <= s < pos}
        named -= {who, who.split()[-1]}
        # A name two people share (`Clinton`, husband and wife) may be the pronoun's too.
        fits = (wanted, None, genders.MERGED)
        return any(not self.other_sex(n, wanted) and self.gender(n) in fits for n in named)

    def _speaks(self, end: int) -> re.Match[str] | None:
        """A reporting verb after a mention ending at `end` whose subject it is: not one whose
        subject follows it, closing the clause (`"…" for Lund, said Berg.` is Berg speaking)."""
        if (m := cues.P["speaking"].match(self.text, end)) is None:
            return None
        after = self.named_in(m.end(), m.end() + 4)
        # Not `Park said Lund had…`: there the name after the verb opens the verb's clause.
        inverted = after and not self.text[m.end() : after[0][0]].strip()
        return None if inverted and self._closes_clause(after[0][1]) else m

    def _in_set_off(self, start: int) -> bool:
        """Whether the mention at `start` sits in a phrase set off after a person named before
        it in its sentence (`Jo Park, a truck driver who backs Mr. Lund, said`): the phrase's
        last comma opens on a determiner or relative pronoun, and a person's name is followed
        by a comma before it; a reporting verb after the phrase is not the inner name's."""
        own = _sentences_back(self.text, start, 1)
        comma = self.text.rfind(",", own, start)
        opener = self.text[comma + 1 : start].split()[:1] if comma >= 0 else []
        if not opener or opener[0].lower() not in _SET_OFF_OPENERS:
            return False
        return any(self.text[e : e + 1] == "," for s, e, _ in self.named_in(own, comma))

    def _set_off_voice(self, end: int, said: re.Match[str] | None, near: set[str]) -> str | None:
        """The person of `near` whose name opens the phrase set off between a mention ending
        at `end` and its reporting verb (`One pastor backing Mr. Lund, Jo Park of Valby,
        said`): the verb is that name's; not an owner (`Lund, Park's aide, said`)."""
        if said is None or not said.group().startswith(","):
            return None
        inner = self.named_in(end + 1, said.end())[:1]
        if not inner or inner[0][2] not in near or self.text[end + 1 : inner[0][0]].strip():
            return None
        return None if self.text[inner[0][1] : inner[0][1] + 2] in ("'s", "’s") else inner[0][2]

    def _closes_clause(self, end: int) -> bool:
        """Whether a mention ending at `end` ends its clause (`…, said Berg.`), where an
        inverted verb's subject stands, not a new clause's (`…, said Berg had…`)."""
        return self.text[end : end + 1] in (".", ",", ";", "")

    def _inverted_subject(self, start: int, end: int) -> bool:
        """Whether the mention at [start, end) follows a comma and a reporting verb, and ends
        its sentence: the verb's subject after it (`"…," said Ana Berg.`)."""
        m = _P["inverted_verb"].search(self.text, max(0, start - 30), start)
        verb = m is not None and m.group("verb").lower() in cues.VERBS
        # Its sentence ends there: not `…," said Jo Park, who thanked Tom Lund…`, where the
        # one named after may have spoken too.
        return verb and self.text[end : end + 1] in (".", "")

    def _named_after(self, pos: int) -> set[str]:
        """Persons named after the subject pronoun at `pos` in its own sentence, whom it cannot
        stand for: `He said Lund has been "…"`, `"…," she told Berg` is neither Lund nor Berg."""
        if (pronoun := _P["subject_pronoun"].match(self.text, pos)) is None:
            return set()
        starts = self.sentence_starts
        k = bisect.bisect_right(starts, pronoun.end())
        end = starts[k] if k < len(starts) else len(self.text)
        return self.names_in(pronoun.end(), end)

    def _role_subject(self, pos: int) -> Source | None:
        """The role opening the pronoun's own sentence as its subject (`All week the president
        was abroad; she said…`), which the pronoun stands for before anyone named in the
        sentences before: its one known holder, else (several or none known) the description;
        None when no role opens the sentence."""
        own = _sentences_back(self.text, pos, 1)
        role = _P["role_subject"].match(self.text, own, pos)
        return _title_only(role["who"], self.actors) if role else None

    def _referent(
        self, pronoun: str, pos: int, previous: str | None, since: At, chain: At
    ) -> str | None:
        """The person `pronoun` ("she") at `pos` stands for, or None when unsure: the
        previous quote's speaker when quoted since `since` and nobody else of a fitting gender
        was named since; else the one fitting person named earlier in the paragraph (or, if
        none, in the paragraph before). Two fitting persons compete: nobody."""
        wanted = pronoun_gender(pronoun)
        # "They" is a group, never one person, but for a named team's lead (`Jo Park … and
        # colleagues wrote…. "…," they conclude`); after a person only described, "he" is theirs.
        if wanted is None:
            for back in (1, 2):
                team = _P["team_lead"].match(self.text, _sentences_back(self.text, pos, back), pos)
                if team:
                    return canonical(team["who"], self.actors, pos)
        if wanted is None or self.unnamed_source(pos) is not None or self._lost_subject(pos):
            return None

        def fits(name: str) -> bool:
            return self.gender(name) in (wanted, None)

        # `But the Prime Minister says…` opening this sentence or the one before, after the
        # previous quote: that role speaks now, so "he" is its one known holder, else (when a
        # previous quote's speaker would take it) nobody.
        for start in dict.fromkeys(_sentences_back(self.text, pos, n) for n in (1, 2)):  # own first
            stop = pos if start >= (since or chain or 0) else 0
            role = _P["role_says"].match(self.text, start, stop)
            titled = _title_only(role["who"], self.actors) if role else None
            if titled and (titled[0] or previous):
                return titled[0] if titled[0] and fits(titled[0]) else None
        if (role_holder := self._role_subject(pos)) is not None:
            return role_holder[0] if role_holder[0] and fits(role_holder[0]) else None
        if since is not None and previous is not None and fits(previous):
            rivals = {n for _, _, n in self.named_in(since, pos) if n != previous and fits(n)}
            if not rivals and not self._shared_since(since, pos, previous):
                return previous
        # `In an episode of Dr Ana Berg's show, he says`: a person named in a fronted phrase
        # of the pronoun's own sentence is not what the subject pronoun stands for.
        own = _sentences_back(self.text, pos, 1)
        comma = _clause_comma(self.text, own, pos)
        opening = self.text[own:pos].split()[:1]
        # The fronted phrase ends at a comma the pronoun (or its quote) follows, not at a later
        # one (`In a speech, Mr. Berg struck a tone, saying…. "…," he said` is Berg's).
        after = self.text[comma + 1 : pos].split()[:1]
        closes = not after or after[0].lower() == pronoun.lower()
        front = bool(opening) and opening[0].lower() in _PREPOSITIONS and comma > 0 and closes
        skip, later = ((own, comma) if front else (0, 0)), pos
        lo = hi = 0  # a sentence before that the same pronoun opens
        for back in (1, 2, 3):  # this sentence, else the ones before too
            start = _sentences_back(self.text, pos, back)
            opener = _P["opening_pronoun"].match(self.text, start)
            if opener and opener.group(1).lower() == pronoun:
                # `But he woke up after Scott was killed.`: he is not Scott, nor the others there.
                skip = lo, hi = (start, skip[1] or later)
            # `But the 25-year-old, who…, lost. "…," he said`: the person it describes.
            described = self._described_opening(start, pos)
            at = described.start("described") if described else 0
            if described and _description_gender(described) in ("", wanted):
                if self._in_quote(at):
                    return None
                # `The head of the panel, Nikos Berg, said…`: the name set off after it.
                return self._apposed(described.end(), pos, fits) or self.subject_before(at, wanted)
            if (unnamed := self._unnamed_subject(start, pos, wanted)) is not None:
                # `Her father, Tom, 39, worried…. "…," he said`: the relation the sentence
                # opens on, whom the text does not name (unless set off after it), not anyone
                # it names after.
                return self._apposed(unnamed, pos, fits)
            if (kin := self._owner_relation_opening(start, pos, wanted)) is not None:
                # `Mr Lind's mother, Ada, paid tribute. "…," she said`: the relation, never
                # the owner nor anyone named before (a description, `owner_relation_source`).
                return self._apposed(kin.end("noun"), pos, fits)
            if len(near := self._fitting(start, pos, fits, skip)) > 1:
                near -= self._partners_set_off(start, pos, wanted)
            if not near and self._shared_since(start, pos, previous):
                return None  # `Berg is sure…. "…," he said`: one of two Bergs, unsure which
            if not near and _starting_in(self._shared, start, pos):
                # `Park then thanked them. "…," he said` where "Park" is the previous speaker's
                # surname that another name shares: the nearest fitting person, not anyone
                # named in the sentences before.
                return previous if previous and fits(previous) else None
            # `"…," Park said. ⏎ But what if Lund wins? ⏎ "…," he said`: the answer to the
            # writer's question is not Lund's; the previous voice or nobody, not a guess.
            other = len(near) == 1 and bool(previous) and fits(previous or "")
            if other and previous not in near and self._only_asked_about(min(near), start, pos):
                return None
            if len(near) == 1 and self._person_shaped_voice(later, pos):
                return None
            if len(near) == 1 and self._team_owner_rival(start, later, near, fits):
                return None
            if len(near) == 1:
                one = near.pop()
                named = [(s, e) for s, e, n in self.named_in(start, pos) if n == one]
                speaking = any(cues.P["speaking"].match(self.text, e) for _, e in named)
                # A person named once, as no speaker, beside the previous speaker, who is
                # named often: unsure, nobody; when only named as another's relation
                # (`Rojo's wife, Eugenia Lusardo`), the previous speaker goes on.
                # Named as the subject opening its sentence (`Jo Park, from Norbank, wants…`)
                # is no passer-by.
                subject = not self.text[start : named[0][0]].strip(' \n\t"“')
                once = self.counts[one] <= 1 and not speaking and not subject
                if once and previous and fits(previous) and self.counts[previous] >= 3:
                    return previous if _P["relation"].search(self.text, 0, named[0][0]) else None
                return one
            if near:
                # Two fit: the subject opening the sentence right before (`Paul Holm, for the
                # board, banned Brandt. He said:` is Holm), maybe closing the paragraph before
                # when that sentence quotes (`Holm, despite his "doubts", said…`), else nobody.
                # `Park said…, but Norbank's Ana Berg rejected it.`: the last clause's subject.
                if (last := self._contrast_subject(start, later, near)) is not None:
                    return last
                # `Mirela will lead, Vasco said. "…," she said`: the one of them speaking.
                mentions = [(s, e, n) for s, e, n in self.named_in(start, later) if n in near]
                # Not one asking (`…when Park asked whether…`): the one asked answers.
                # `Jo Park, an aide to Mr. Lund, said`: the verb after the phrase set off is
                # Park's, not Lund's, named inside it.
                heard = [(e, n, self._speaks(e)) for s, e, n in mentions if not self._in_set_off(s)]
                # `One pastor backing Mr. Lund, Jo Park of Valby, said`: the name set off speaks.
                said = [(self._set_off_voice(e, m, near) or n, m) for e, n, m in heard]
                voiced = {n for n, m in said if m and not m.group().split()[-1].startswith("ask")}
                # `"…," said Ana Berg.`: the subject after its verb speaks too.
                voiced |= {n for s, e, n in mentions if self._inverted_subject(s, e)}
                if len(voiced) == 1:
                    return voiced.pop()
                new = self._newcomer(start, later) if back == 2 and previous not in near else None
                if new in near:
                    return new
                first = self.named_in(start, later)[:1]
                sentence = self.text[start:later].rstrip()
                quoting = _P["mark"].search(sentence) is not None
                broken = "\n\n" in (sentence if quoting else self.text[start:pos])
                if not first or first[0][2] not in near:
                    return None
                main = self._opening_subject(start, later, first[0], near)
                # Across a paragraph break only the last sentence before it, and only for one
                # of the pronoun's settled gender whom no other such person follows (`…, Jo
                # Park met Kofi Lund. ⏎ "…," she said`).
                across = back == 2 and not quoting and self._settled_over(main, start, pos, near)
                lone = back == 2 and not quoting and self._lone_subject(main, start, pos, previous)
                across = across or lone
                return None if broken and not across else main
            later = start
        if previous is not None and self._pronoun_chain(pronoun, pos, previous, chain):
            return previous
        # Nobody named in the last sentences: a chain of quotes (`"…," he said` in the next
        # paragraph) goes on in the previous quote's voice, if nobody else who fits was
        # named since.
        since_chain = self.named_in(chain, pos) if chain is not None else []
        # Not one named in a sentence the pronoun opens (`But he says…Lund's theory…`).
        rival = any(n != previous and fits(n) for s, _, n in since_chain if not lo <= s < hi)
        # Or an actor of another kind speaking since (`Halden Bank said…`, or a person read
        # as a body): "he" may be theirs.
        rival = rival or self.voices(chain or pos, pos)
        rival = rival or self._shared_since(chain or pos, pos, previous)
        goes_on = previous is not None and fits(previous) and not rival
        # The previous quote is in this paragraph or the one before, not far back.
        close_by = chain is not None and pos - chain <= 600
        if goes_on and close_by and self.text.count("\n\n", chain, pos) < 2:
            return previous
        para = self._past_question(paragraph_before(self.text, pos), pos)
        wider = {n for _, _, n in self.named_in(max(para, pos - 3000), pos) if fits(n)}
        # Besides the one quoted, only people named once in passing: the one quoted.
        quoted = wider & self.speakers
        if len(wider) == 1 and not quoted and self._in_passing(next(iter(wider)), pos):
            return None
        if len(wider) == 1 or len(quoted) == 1 and all(self.counts[n] <= 1 for n in wider - quoted):
            return (quoted or wider).pop()
        # Nobody else who fits named, nor described, since the previous quote: its voice goes on.
        return previous if goes_on and not wider and not self.describes(chain, pos) else None

    def _lost_subject(self, pos: int) -> bool:
        """Whether the pronoun (or description) at `pos` follows a paragraph that opens on a
        lower-case word with no person named before it (`⏎was delighted to be drawn at home,
        although he admitted…`): a page that dropped its linked names lost the subject the
        pronoun stands for, and nobody the text still names is that person."""
        k = self.text.rfind("\n\n", 0, pos)
        para = k + 2 if k >= 0 else 0
        return bool(_LOWER_WORD.match(self.text, para)) and not self.named_in(para, pos)

    def _newcomer(self, start: int, end: int) -> str | None:
        """The person the sentence [start, end) closes on, named there for the first time with
        a role set off after the name, when all it names besides were named before it (`…, which
        worries Karl Sand, head of the Valby club.` then `"…," he said`): news copy brings in
        the next voice so; else None."""
        named = self.named_in(start, end)
        if not named or any(self._of_name[n][0][0] >= start for _, _, n in named[:-1]):
            return None
        s, e, last = named[-1]
        first = self._of_name[last][0][0] == s and self.gender(last) is not None
        return last if first and _P["closing_role"].match(self.text, e, end) else None

    def _past_question(self, para: int, pos: int) -> int:
        """`para`, the paragraph before the one at `pos`, or the one before it when that
        paragraph is only the writer's short question naming nobody (`Is it time to run
        again?`): feature copy sets such a question apart, and the person it is about is the
        one the paragraph before it follows."""
        own = self.text.rfind("\n\n", 0, pos)
        asked = self.text[para:own].strip()
        lone = asked.endswith("?") and len(asked) <= 120 and not _P["mark"].search(asked)
        if not lone or re.search(r"[.!?]\s", asked) or self.named_in(para, own):
            return para
        return max(self.text.rfind("\n\n", 0, para), 0)

    def _person_shaped_voice(self, start: int, pos: int) -> bool:
        """Whether a body named like a person with their firm (`Ravi Anand of Norbank
        Securities`, a person the tagger read as one body) speaks in [start, pos), the sentences
        after one naming a person and before a pronoun's: "he" may be that person's."""
        return any(
            start <= e.start < pos and cues.P["speaking"].match(self.text, e.end)
            for a in self.actors
            if a.type != "person" and _PERSON_OF_FIRM.match(a.name)
            for e in a.evidence
        )

    def _opening_subject(self, start: int, end: int, first: Mention, near: set[str]) -> str | None:
        """The person of `near` the sentence at `start` opens on as its subject, `first` its
        first person named, else None: the one after a fronted clause or phrase (`When Park
        spoke, Lund…`, `In a talk with Park, Lund…`), else `first` after a fronted part
        set off by a comma (`Having won, Holm…`), a bare title or capitals alone."""
        # `Jo Park, the candidate, and Sam Hill met…`: two subjects alike, neither preferred.
        joined = [m for m in self.named_in(first[1], end) if m[2] in near - {first[2]}][:1]
        if joined and _P["joined_subject"].fullmatch(self.text, first[1], joined[0][0]):
            return None
        lead = self.text[start : first[0]].split()
        lead = [w for w in lead if w.lower().rstrip(".") not in _TITLES]  # `…, Dr.`
        if lead and lead[0].lower() in _GERUND_LEADS:
            return self._main_subject(start, end, near)
        fronted = bool(lead) and lead[-1].endswith(",")  # `Having won, Holm…`
        # `Valby chief executive Jo Park defended…`: a title of common words.
        role_led = bool(lead) and lead[-1] in ROLE_NOUNS
        role_led = role_led and _P["bare_role"].fullmatch(" ".join(lead)) is not None
        return first[2] if fronted or role_led or all(w[:1].isupper() for w in lead) else None

    def _lone_subject(self, one: str | None, start: int, end: int, previous: str | None) -> bool:
        """Whether `one`, of a settled gender, opens the sentence at `start` that is the whole
        paragraph before a quote's at `end` as its subject, and the others it names are no
        subjects of a reporting verb, were not asked and are not the previous quote's speaker
        (`Park took aim at Jo Lund. ⏎ "…," he said`: the subject, as a reader takes it; not
        `Park asked Lund…`, whose answer is Lund's, nor `Park's plan was backed by Lund`)."""
        text = self.text
        if one is None or self.gender(one) not in (MALE, FEMALE):
            return False
        stop = text.find("\n\n", start, end)
        opens = text[max(0, start - 2) : start] in ("\n\n", "")
        if stop < 0 or not opens or "\n" in text[start:stop]:
            return False  # not a paragraph of its own sentence
        if text[stop:end].strip(" \n\t\"“'‘\xa0"):
            return False  # the pronoun's paragraph does not open on its quote or its clause
        named = self.named_in(start, stop)
        if not named or named[0][2] != one or _P["asking"].search(text, start, stop):
            return False
        if _P["not_subject"].match(text, named[0][1]):
            return False  # `Park's plan…`, `Park, whose plan…`: an owner, no subject
        lead = text[start : named[0][0]].split()
        if not all(w[:1].isupper() for w in lead) and not _fronted_setting(lead):
            return False  # `In her first week, Ana Berg met Jo Lund.`: a fronted phrase first
        if _P["reciprocal"].search(text, start, stop):
            return False  # `Ana Berg met Jo Lund.`: both alike, neither the subject first
        others = [(e, n) for _, e, n in named if n != one]
        if previous in {n for _, n in others}:
            return False  # the previous quote's speaker may go on
        return not any(
            self._speaks(e) or _P["relative_speaks"].search(text, e, stop) for e, _ in others
        )

    def _settled_over(self, one: str | None, start: int, end: int, near: set[str]) -> bool:
        """Whether `one` has a settled gender and no person of `near` with one is named after
        `one` in [start, end): rivals of no settled gender, or named in a fronted phrase before
        `one`, leave the pronoun (which all of `near` fit) to `one`."""
        named = self.named_in(start, end)
        at = next((s for s, _, n in named if n == one), end)
        after = {n for s, _, n in named if s > at and n != one}
        settled = one is not None and self.gender(one) is not None
        return settled and not {n for n in near & after if self.gender(n) is not None}

    def _pronoun_chain(self, pronoun: str, pos: int, previous: str, chain: At) -> bool:
        """Whether every sentence of the writer's since the previous quote (closed at `chain`)
        opens with `pronoun`, of `previous`'s settled gender (`"…," Park said. She has faced…
        with Ana Berg…. She said…. "…," she said`): one subject throughout, whoever else those
        sentences name. The rest of the previous quote's own sentence may name nobody else."""
        if chain is None or self.gender(previous) != pronoun_gender(pronoun):
            return False
        if (own := _sentences_back(self.text, pos, 1)) <= chain:
            return False
        breaks = _P["sentence_end"].finditer(self.text, chain, own)
        if not (ends := [m for m in breaks if _is_break(self.text, m)]) or ends[-1].end() != own:
            return False
        rest = self.text[chain : ends[0].start()]
        # Only someone of the other settled sex (`"…," she said of Lund.`, Lund a man).
        others = self.names_in(chain, ends[0].start()) - {previous}
        other = {"m": "f", "f": "m"}.get(pronoun_gender(pronoun) or "")  # the sex not meant
        if "\n\n" in rest or any(self.gender(n) != other for n in others):
            return False
        opens = [m.end() for m in ends[:-1]]
        openers = [_P["opening_pronoun"].match(self.text, s) for s in opens]
        return bool(opens) and all(m and m.group(1).lower() == pronoun for m in openers)

    def _in_passing(self, name: str, pos: int) -> bool:
        """Named once before `pos`, inside a clause (`Friends, including actress Jo Park,
        gathered`), not speaking, and others named since: no one a pronoun far after stands
        for."""
        if len(named := [(s, e) for s, e, n in self._all if n == name and s < pos]) != 1:
            return False
        s, e = named[0]
        lead = self.text[max(0, s - 30) : s].split()[-1:]
        inside = bool(lead) and lead[0].islower()  # `including actress Jo Park`
        since = self.names_in(e, pos) - {name}
        return inside and bool(since) and not cues.P["speaking"].match(self.text, e)

    def _main_subject(self, start: int, end: int, near: set[str]) -> str | None:
        """The person of `near` opening the main clause after the fronted subordinate one that
        opens the sentence at `start` (`When Park spoke, Mr. Lund disagreed.`), else None."""
        comma = self.text.find(",", start, end)
        after = [m for m in self.named_in(comma, end) if m[2] in near][:1] if comma > 0 else []
        words = self.text[comma + 1 : after[0][0]].split() if after else ["-"]
        return after[0][2] if all(w.lower().rstrip(".") in _TITLES for w in words) else None

    def _team_owner_rival(
        self, start: int, end: int, near: set[str], fits: Callable[[str], bool]
    ) -> bool:
        """Whether the sentence at `start` opens on another fitting person's side (`Dalton's
        side led when striker Jo Park scored twice. "…," he said`): the manager and the player
        both fit the pronoun, unsure which."""
        if (m := _P["team_owner_opening"].match(self.text, start, end)) is None:
            return False
        owners = [n for s, _, n in self.named_in(start, m.end()) if s < m.end()]
        return any(n not in near and fits(n) for n in owners)

    def _contrast_subject(self, start: int, end: int, near: set[str]) -> str | None:
        """The person of `near` last named in [start, end) when they open a contrasting last
        clause as its subject (`…, but Norbank's Ana Berg rejected his claims`), else None."""
        if not (named := [m for m in self.named_in(start, end) if m[2] in near]):
            return None
        s, e, name = named[-1]
        lead = _P["contrast_lead"].search(self.text, start, s)
        return name if lead and _P["contrast_verb"].match(self.text, e, end) else None

    def _described_opening(self, start: int, end: int) -> re.Match[str] | None:
        """A definite description of one person opening the sentence at `start` (`But the
        25-year-old…`), its head a noun of a person; with common words before the noun (`And
        the attacking midfielder…`), or a sports ranking (`The seventh seed…`), only outside
        quotes."""
        for key in ("described_opening", "described_role_opening", "ranked_opening"):
            m = _P[key].match(self.text, start, end)
            if m is not None and _description_gender(m) is not None:
                wide = key != "described_opening"
                return None if wide and self._in_quote(m.start("described")) else m
        return None

    def named_last(self, names: set[str], pos: int) -> str | None:
        """Of `names`, the one whose last mention outside quotes before `pos` is nearest it."""
        last = [(m[0], m[2]) for m in self._all if m[2] in names and m[0] < pos]
        return max(last)[1] if last else None

    def _unnamed_subject(self, start: int, end: int, wanted: str) -> int | None:
        """Where a person only described, who may be of the pronoun's sex `wanted`, opens the
        sentence at `start` as its subject (`Her father, Tom, 39,…`, `A woman in the crowd…`),
        not an owner (`Her father's death`) nor inside a quote: the description's end; else
        None (`His wife, he says, plans…` is no "he")."""
        m = _P["unnamed_opening"].match(self.text, start, end)
        if m is None or self._in_quote(m.start("who")) or self.text[m.end() :][:2] in ("'s", "’s"):
            return None
        sex = _NOUN_GENDERS.get(m["who"].split()[-1].lower())
        return None if sex and sex != wanted else m.end()

    def _partners_set_off(self, start: int, end: int, wanted: str) -> set[str]:
        """Persons named in [start, end) right after a possessive of the pronoun's sex and a
        partner's relation (`she married her boyfriend, Kai Lind,`): the subject's partner,
        no rival for the "she" after it beside the subject."""
        own = "her" if wanted == "f" else "his"
        found = set()
        for s, _, name in self.named_in(start, end):
            m = _P["partner_set_off"].search(self.text, max(start, s - 40), s)
            if m is not None and m["own"].lower() == own:
                found.add(name)
        return found

    def _owner_relation_opening(self, start: int, end: int, wanted: str) -> re.Match[str] | None:
        """A named owner's relation of the pronoun's sex `wanted` opening the sentence at
        `start` as its subject, outside quotes (`Mr Lind's mother, Ada, paid tribute`): the one
        a "she" after it stands for; else None."""
        m = _P["owner_relation_opening"].match(self.text, start, end)
        if m is None or self._in_quote(m.start("who")):
            return None
        return m if _NOUN_GENDERS.get(m["noun"].lower()) == wanted else None

    def owner_relation_source(self, pronoun: str, pos: int) -> str | None:
        """The description (`Mr Lind's mother, Ada`) a subject pronoun at `pos` stands for when
        a sentence before it, or its own, opens on a named owner's relation of its sex with no
        fitting person named since: what "she" says is the relation's, never the owner's."""
        if (wanted := pronoun_gender(pronoun)) is None:
            return None
        for back in (1, 2, 3):
            start = _sentences_back(self.text, pos, back)
            if (m := self._owner_relation_opening(start, pos, wanted)) is not None:
                return m["who"] + (f", {m['given']}" if m["given"] else "")
            if any(self.gender(n) in (wanted, None) for _, _, n in self.named_in(start, pos)):
                return None
        return None

    def _apposed(self, end: int, pos: int, fits: Callable[[str], bool]) -> str | None:
        """The fitting person named right after a description ending at `end`, as a title
        (`The Valby coach Nikos Berg said`) or set off by commas (`The head of the panel,
        Nikos Berg, said`), else None."""
        if not (first := self.named_in(end, pos)[:1]) or not fits(first[0][2]):
            return None
        (s, e, name), text = first[0], self.text
        titled = not text[end:s].strip()
        gap = _P["apposition_gap"].fullmatch(text, end, s) or self._own_role_gap(end, s, name)
        return name if titled or (text[e : e + 1] == "," and gap) else None

    def _own_role_gap(self, end: int, start: int, name: str) -> bool:
        """Whether [end, start) sets off, before `name`, a role the fact sheet gives that
        person (`Her neighbour, butcher Jo Park,`): an apposition naming its own holder."""
        if (m := _P["apposed_role_gap"].fullmatch(self.text, end, start)) is None:
            return False
        roles = {r.lower() for a in self.actors if a.name == name for r in a.roles}
        return m["role"].lower() in roles

    def describes(self, start: At, end: int) -> bool:
        """Whether the writer describes a person in [start, end), outside quotes (`The woman's
        zeal is recorded in detail:`): someone a pronoun after it may stand for."""
        found = _P["described_person"].finditer(self.text, start or 0, end)
        return any(not self._in_quote(m.start()) for m in found)

    def unnamed_source(self, pos: int) -> str | None:
        """The description of a person the text does not name who speaks in the sentence at
        `pos` or the one before, before anyone else is named (`A spokesman for the Harbour
        Trust told us… He said it was "fierce"`): what "he" stands for there."""
        for back in (1, 2):
            start = _sentences_back(self.text, pos, back)
            if m := _P["unnamed_source"].match(self.text, start, pos):
                return m["who"]
            if self.named_in(start, pos):
                return None
        return None

    def subject_before(self, pos: int, gender: str) -> str | None:
        """The person a description (`the 25-year-old`) in the sentence at `pos` stands for:
        the subject of the last sentence before it, in this paragraph or the one before, that
        names a known person of a fitting gender ("" any)."""
        k = max(sentence_index(self.sentence_starts, pos), 0)
        own = self.sentence_starts[k]
        if self._lost_subject(own):
            return None  # `⏎delivered a fine run…. "…," said the 22-year-old`: the lost name's
        # `He conceded the win, which included goals from Jo Park. "…," the Irishman said`:
        # the sentence right before opens on a pronoun of the description's sex, its subject
        # (not anyone it names after), so the description stands for whom the pronoun does.
        before = self.sentence_starts[k - 1] if k > 0 else own
        opener = _P["opening_pronoun"].match(self.text, before, own)
        sex = pronoun_gender(opener.group(1)) if opener else None
        if opener and not self._in_quote(opener.start(1)) and gender in ("", sex):
            return self.referent(opener.group(1), opener.start(1))
        para = paragraph_before(self.text, own)
        if not (known := [m for m in self.named_in(para, own) if self._known(m[2], gender)]):
            return None
        start = max([s for s in self.sentence_starts if s <= known[-1][0]], default=0)
        first = next(m for m in known if m[0] >= start)
        lead = [w for w in self.text[start : first[0]].split() if w.lower() not in _TITLES]
        # Named first, or after a title or a fronted phrase (`Coach Jo Park`, `Once home,`).
        short = len(lead) <= 3 and not _PREPOSITIONS & {w.lower() for w in lead}
        # Or the speaker right after the quote opening the sentence (`"…," Park told us.`).
        quoted = bool(lead) and _P["quote_closed"].search(lead[-1]) is not None
        quoted = quoted and self._speaks(first[1]) is not None
        return first[2] if short or lead[-1].endswith(",") or quoted else None

    def _known(self, name: str, gender: str) -> bool:
        """A person of a settled gender, or with evidence of someone who can be "he" or "she":
        named as a quote's speaker, as the subject of a reporting verb anywhere (`Jo Park told
        reporters`) or with a role (`Harbour manager Jo Park`); who fits `gender` ("" any)."""
        own = self.gender(name) or self._said_next(name)
        says, says_for_body = cues.P["speaking"].match, cues.P["speaking_for_body"].match
        # `Jo Brannick from TGB says`: the body between the name and the verb.
        speaking = (
            n == name and (says(self.text, e) or says_for_body(self.text, e))
            for _, e, n in self._mentions
        )
        roles = any(a.roles for a in self.actors if a.name == name)
        # A given name our training copy settles (Hillary) is evidence for its own pronoun only,
        # and not for one named only as an owner (`Tony Lund's spokesman… He said:`).
        shared = genders.shared_name_gender(name)
        owner = all(self.text[e : e + 2] in ("'s", "’s") for _, e, n in self._mentions if n == name)
        named = shared is not None and shared == (gender or shared) and not owner
        evidence = own in ("m", "f") or name in self.speakers or roles or any(speaking) or named
        # a body or a state is never "he" or "she" (`The rescue team said… "…," she said`)
        kinds = {a.type for a in self.actors if a.name == name}
        body = bool(kinds) and "person" not in kinds and gender in ("m", "f")
        return evidence and own in (gender or own, None) and not body

    def _said_next(self, name: str) -> str | None:
        """The gender ("m", "f") of the pronoun opening, with a reporting verb, the sentence
        right after one that `name` opens alone (`Jo Park will not comment. He says…`): the
        writer's own "he" for that person; else None."""
        starts = self.sentence_starts
        for s, _, n in self._mentions:
            k = sentence_index(starts, s)
            if n != name or k < 0 or k + 1 >= len(starts):
                continue
            lead = self.text[starts[k] : s].split()
            alone = {m[2] for m in self.named_in(starts[k], starts[k + 1])} == {name}
            opener = _P["opening_pronoun"].match(self.text, starts[k + 1])
            if not alone or not opener or self._in_quote(opener.start(1)):
                continue
            titled = all(w.lower().rstrip(".") in _TITLES for w in lead)
            if titled and cues.P["speaking"].match(self.text, opener.end()):
                return pronoun_gender(opener.group(1))
        return None

    def in_sentence_before(self, pos: int) -> set[str]:
        """Persons named in the sentence before `pos`, outside quotes (the document's
        sentences, so `Dr. Ana Berg said: "…"` is one)."""
        k = sentence_index(self.sentence_starts, pos)
        return {n for _, _, n in self.between(self.sentence_starts[max(k, 0)], pos)}

    def between(self, start: int, end: int) -> list[Mention]:
        """(start, end, name) of the mentions that start in [start, end)."""
        return _starting_in(self._mentions, start, end)


def _name_as_noun_modifier(text: str, mention: Mention) -> bool:
    """Whether a mention sits between "the" and a lower-case noun (`the Valby campaign
    said`): it names the campaign, not a person who acts, so no pronoun stands for it."""
    start, end, _ = mention
    before = _P["the_before_name"].search(text, max(0, start - 4), start)
    return before is not None and _P["noun_after_name"].match(text, end) is not None


def _body(actor: Actor, text: str) -> bool:
    """A "person" of two words or more and no role written right after "the" (`at the Royal
    Ballet`), or after an owner when no given name opens it (`Norbank's Data Labs`, not
    `Valby's Jo Park`): a body's name the tagger took for a person."""
    words = actor.name.split()
    if actor.type != "person" or len(words) < 2 or actor.roles:
        return False
    # The mentions by the whole name (`the Lunds` is a family, not a body).
    whole = [e.start for e in actor.evidence if " " in text[e.start : e.end]]
    before = [text[max(0, s - 8) : s] for s in whole]
    owned = not gazetteer.first_name(words[0]) and any(re.search(r"\w[’']s\s+$", b) for b in before)
    # `Japan's Kenji Nakamura … Nakamura saved`: called by the last word alone, a surname.
    owned = owned and words[-1] not in actor.aliases
    return owned or any(re.search(r"\b[Tt]he\s+$", b) for b in before)


def names_speaker(words: str, speaker: str) -> bool:
    """Whether quoted `words` call `speaker`, a person, by the given name alone (`"Steven can
    play anywhere"`; not `"Steven Lind"`, another): said of them, not by them. A surname
    proves nothing: some speak of themselves by it (`"…something new like Park?"`)."""
    parts = speaker.split()
    # Not a given name that is also a place or a club's (`Valencia`, `Chelsea`).
    if len(parts) < 2 or not gazetteer.first_name(parts[0]) or gazetteer.candidates(parts[0]):
        return False
    alone = r"\b" + re.escape(parts[0]) + r"\b(?!\s+[A-Z])"
    return parts[0] in words and re.search(alone, words) is not None


def addresses(words: str, speaker: str) -> bool:
    """Whether quoted `words` address `speaker` by name (`As you know, Mr. Pellam, the treaty
    …`, `Thank you, Senator Lind.`, `Pellam, you told us…`): spoken to them, so not theirs."""
    if not (parts := speaker.split()):
        return False
    if any(m["name"] == parts[-1] for m in _P["address"].finditer(words)):
        return True
    opening = _P["address_opening"].match(words)
    return opening is not None and opening["name"] in (parts[-1], speaker)


def _starting_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted) that start in [start, end)."""
    lo = bisect.bisect_left(mentions, start, key=itemgetter(0))
    return mentions[lo : bisect.bisect_left(mentions, end, key=itemgetter(0))]


def _abbreviation(text: str, dot: int) -> bool:
    """The full stop at `dot` ends a title or an initial ("Mr.", "W.", "J.P."), not a
    sentence."""
    words = text[max(0, dot - 12) : dot].split()
    word = words[-1].lstrip("(").lower() if words else ""
    initial = word.rsplit(".", 1)[-1]
    return word in _ABBREVIATIONS or (len(initial) == 1 and initial.isalpha())


def _clause_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in `text[lo:hi]` that parts clauses, not one between digits ("2,700"
    would end a fronted phrase late and hide its sentence's subject); -1 when none."""
    at = text.rfind(",", lo, hi)
    while at > 0 and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
        at = text.rfind(",", lo, at)
    return at


def _sentences_back(text: str, pos: int, n: int) -> int:
    """Where the sentence `n - 1` sentences before the one at `pos` starts."""
    lo = max(0, pos - 800)
    found = _P["sentence_end"].finditer(text, lo, pos)
    ends = [m.end() for m in found if m.end() < pos and _is_break(text, m)]
    return ends[-n] if len(ends) >= n else lo


def colon_ends_before(scan: str, at: int) -> bool:
    """The paragraph before the one opening at `at` ends on a colon (`Dr. Ward stated:`);
    a bare `rfind` compare also held with no colon at all when `at` was 2 (both -1)."""
    return at >= 3 and scan[at - 3] == ":"


def attribute(span: Span, people: People, previous: str | None, recent: bool, closed: At) -> Found:
    """The speaker of the quote at `span` from the clauses around it, by rules. A pronoun
    is the previous quote's speaker when that quote (which closed at `closed`) is `recent`,
    else the person named last. A person whose own clause brings the words in outranks a
    body or a source the clause after only describes (`Park said "…", the complaint said`)."""
    found = _attribute(span, people, previous, recent, closed, True)
    head = head_clause(people.text[max(0, span.open - 250) : span.open])
    bodies = {a.name for a in people.actors if a.type != "person"}
    # A newspaper by its name (`the Tarrow Courier`), even one the actors missed, relays.
    name = found.speaker
    outlet = name is not None and (name in NEWSPAPERS or name.split()[-1] in NEWSPAPER_TAILS)
    relays = name in bodies or outlet
    if found.after and (relays or found.speaker is None and found.description):
        inner = _attribute(span, people, previous, recent, closed, False)
        # `Judge Park ruled the case is "…", the Post reported`; not past a clause closed
        # before the quote (`Jo Park said nothing; "…," the report says`).
        if inner.speaker is None and not _P["clause_closed"].search(head):
            weaving = subject_of_weaving(head, span.open - len(head), people.actors, people)
            inner = weaving or _ruling(head, span.open - len(head), people) or inner
        # A pronoun's clause too, over a source only described (`He said it was "…,"
        # recalled one participant`: his words, the participant's memory of them).
        hows = (How.NAMED, How.SUBJECT) + ((How.PRONOUN,) if found.speaker is None else ())
        if inner.speaker is not None and inner.how in hows:
            return inner
    if not found.after and found.how in _CLAUSE_READ:
        return _reported_inside(head, span.open - len(head), people, found) or found
    return found


def _ruling(head: str, head_abs: int, people: People) -> Found | None:
    """The judge whose ruling a quote gives, when an outlet after it reports it (`Judge Ana
    Berg ruled that the case is "…," the Valby Post reported`); None for any other head."""
    if (m := _P["ruled_that"].search(head)) is None:
        return None
    found = found_by(m["who"], people.actors, head_abs + m.start("who"), "ruled")
    return found if found is not None and found.speaker is not None else None


# Speakers read from the clause before a quote, which a that-clause inside may take over.
_CLAUSE_READ = (How.NAMED, How.SUBJECT, How.PRONOUN, How.DESCRIPTION)


def _reported_inside(head: str, head_abs: int, people: People, outer: Found) -> Found | None:
    """The subject of a that-clause with a reporting verb of its own right before the quote
    (`Jo Park said the guard told him: "…"`): the guard speaks, not Park; a name there (or set
    off after it) is that person, else nobody. A pronoun there only when of the other sex than
    the `outer` clause's source (`She said he told her:`); None when no such clause."""
    if (m := _P["reported_inside"].search(head)) is None:
        return None
    verb, at = m["verb"], head_abs + m.start("who")
    if (wanted := pronoun_gender(m["who"])) is not None:
        own = pronoun_gender(outer.pronoun or "") or people.gender(outer.speaker or "")
        if own is None or own == wanted:
            return None  # `Park said he told them:`: Park, as the clause found
        return Found(people.referent(m["who"].lower(), at), verb, How.PRONOUN, pronoun=m["who"])
    if m["apposed"] and (named := found_by(m["apposed"], people.actors, at, verb)):
        return named if named.speaker else Found(None, verb)
    return found_by(m["who"], people.actors, at, verb) or Found(None, verb)


def _subject_before_ing(
    head: str, head_abs: int, actors: Actors, pos: int, cue: str | None
) -> Found:
    """The subject opening the sentence before an -ing phrase the quote closes (`The paper,
    quoting "…," said Norland had…`): the verb after the quote is that subject's, the name
    after the verb the reported clause's. Nobody (the quote kept, no name) when no subject
    is set off that way."""
    if (m := _P["subject_before_ing"].match(head)) is None:
        return Found(None, cue)
    at = head_abs + m.start("who")
    speaker, described = resolve(m["who"], actors, pos, (at - 2, at + len(m["who"]) + 2))
    how = How.NAMED if speaker else How.DESCRIPTION if described else None
    return Found(speaker, cue, how, None if speaker else described or None, after=True)


def _fronted_place(who: str) -> bool:
    """The words before a reporting verb after a quote that open with a preposition and end
    on a comma (`on the Valby Exchange floor, says one trader`): a fronted phrase, no
    subject; the subject follows the verb."""
    words = who.split()
    return len(words) > 1 and words[0].lower() in _PREPOSITIONS and who.rstrip().endswith(",")


def _fronted_phrase(who: str, actors: Actors) -> bool:
    """Whether capitalised source words open with a preposition (`On Monday`, `In Valby`)
    and hold no actor's name (unlike `In an interview Jo Park`): a phrase fronted before the
    subject, never the one speaking."""
    words = who.split()
    fronted = len(words) > 1 and words[0].lower() in _FRONTED and words[0][:1].isupper()
    return fronted and not any(f in who for a in actors for f in (a.name, *a.aliases))


def _tail_break(scan: str, span: Span) -> str:
    """Where the clause after a quote ends at the latest: a blank line; a line break too in
    copy laid out one paragraph a line when a cue right before the quote brings it in (`one of
    her ads asking, "…?"` then a line `Norbank noted that…`: the next paragraph's own)."""
    lines = paragraph_break(scan) == "\n"
    if lines and cues.P["cue_in_sentence"].search(scan, max(0, span.open - 120), span.open):
        return "\n"
    return "\n\n"


def _inverted_after_place(part: str, m: re.Match[str], actors: Actors, pos: int) -> Found | None:
    """The subject right after the verb that follows a fronted phrase of place after a quote
    (`on the trading floor, says one specialist there.`): a name or a description."""
    if (subject := _P["inverted_after_place"].match(part, m.end())) is None:
        return None
    found = found_by(subject["who"], actors, pos, m.groupdict().get("verb"))
    return None if found is None else replace(found, after=True)


def _attribute(
    span: Span, people: People, previous: str | None, recent: bool, closed: At, tail_too: bool
) -> Found:
    """`attribute`, reading the clause after the quote only when `tail_too`."""
    scan, actors = people.text, people.actors
    # the clause after the quote, at most 200 characters: a paragraph break looked for no further
    para_end = scan.find(_tail_break(scan, span), span.close, span.close + 201)
    tail = tail_clause(scan[span.close : para_end if para_end >= 0 else span.close + 200])
    opening = scan[span.close + len(tail) : span.close + len(tail) + 1] in ("“", '"', "«")
    next_head = opening and _P["next_head"].fullmatch(tail) is not None
    if tail[:1] in "'’\x01":  # the mark closing a nested quote (`…Rugova,’” said Berg`)
        tail = " " + tail[1:].lstrip("'’")
    if so := _P["so_says"].match(tail):  # `…" So writes Jo Park in her book.`: the clause inverted
        tail = " " + tail[so.end() :]
    # the paragraph's start, looked for no further back than the 250 characters `head` reads
    head_start = scan.rfind("\n\n", max(0, span.open - 252), span.open)
    head_start = 0 if head_start < 0 else head_start + 2
    head_end = span.open
    if head_start == span.open and colon_ends_before(scan, span.open):
        # `Dr. Ward stated:` closing the previous paragraph introduces this one.
        head_start = max(scan.rfind("\n\n", max(0, span.open - 254), span.open - 2), 0)
        head_end = span.open - 2
    head = head_clause(scan[max(head_start, head_end - 250) : head_end])
    head_abs = head_end - len(head)
    # `'…the fit parent' Earlier this month, Judge…`: a mark closing on no stop or comma,
    # then a fronted phrase of common words, ends the sentence as a full stop does.
    last = scan[span.start : span.end].rstrip(" \n")[-1:]
    fronted = _P["fronted"].match(tail) if last.isalnum() else None
    bare = fronted is not None and fronted.group(1).lower() in COMMON
    ended = (last == "." or bare or last in "?!" and next_head) and tail.lstrip()[:1].isupper()
    # `"…aplomb." Meacham concluded in an interview.`: a clause with no object of its own.
    ended = ended and (last in "?!" or not cues.P["clause_only"].match(tail))
    # `"…?" Jo Park joked that Valby was his answer`: a clause reporting other words of its own.
    ended = ended or last in "?!" and cues.P["clause_of_its_own"].match(tail) is not None
    # `When someone shouted, "…," Park joked, "…"`: the clause after brings in the next quote.
    if (fronted_cue := _P["described_fronted_cue"].search(head) if opening else None) is not None:
        return Found(None, fronted_cue["verb"], How.DESCRIPTION, fronted_cue["who"])
    if (sender := message_sender(head, head_abs, people)) is not None:
        return sender  # `…sent by Jo Park. One message said, "…"`: Park wrote it
    # `"…wedding." The FBI said`
    afters = [] if ended or not tail_too else [(p, tail) for p in cues.AFTER]
    for pattern, part in afters + [(p, head) for p in cues.BEFORE]:
        m = pattern.search(part)
        if m and m.groupdict().get("verb") and _passive(part, m.end("verb")):
            return Found(None, m["verb"])  # `Jo says she was told: "…"`: by someone unknown
        if not m or m.groupdict().get("verb") and _participle(part, m.end("verb")):
            continue
        if part is head and _recalled(part, m):
            return Found()  # `Jo Park recalls her friend saying: "…"`: the friend's words
        verb = m.groupdict().get("verb")
        if part is head and verb and _recalled_clause("recalled_that", part[m.start("verb") :]):
            continue  # `Ana Berg recalled that Norbank said, "…"`: the clause's subject speaks
        if part is head and m.group().rstrip().endswith(("--", "—")) and comma_closed(scan, span):
            continue  # `a show by Jo Park -- "…," decided members`: the clause after says who
        groups = m.groupdict()
        cue, after = groups.get("verb"), part is tail
        if after and _fronted_place(groups.get("who") or ""):
            # `"…" on the Valby Exchange floor, says one trader there`: inverted, the subject
            # after the verb; none there that fits, nobody.
            if (inverted := _inverted_after_place(part, m, actors, span.open)) is not None:
                return inverted
            continue
        if groups.get("pronoun"):
            word = groups["pronoun"].lower()
            # Only persons named before the pronoun (`He said Putin has "…"` is not Putin).
            at = span.open if after else head_abs + m.start("pronoun")
            if word == "it":  # `it states`: a body opening the sentence before, or quoted
                if not after and _RELATIVE_END.search(part, 0, m.start("pronoun")):
                    return _relative_it(people, head_abs, cue)
                # The one body its own sentence names (`On the Harbour Trust website it
                # states:`), else one just before; never a person.
                own = set() if after else named_at(actors, range(head_abs, at))
                body, described = (own.pop(), None) if len(own) == 1 else body_before(people, at)
                someone = previous in persons(actors)
                if recent and not someone and not body:
                    return Found(previous, cue, How.PRONOUN, after=after, pronoun=word)
                kind = How.NAMED_BEFORE if body else How.DESCRIPTION if described else How.PRONOUN
                return Found(body, cue, kind, described, after=after, pronoun=word)
            who = _pronoun_voice(people, word, at, cue, Voice(previous, recent, closed))
            if after and who in _named_in_clause(people, span.close, tail, m.end("pronoun")):
                who = None
            return Found(who, cue, How.PRONOUN, after=after, pronoun=word)
        who = _without_sentence_stop((groups.get("who") or "").strip())
        if not who or who.split()[0].lower() in _NOT_SOURCES:
            continue
        if len(who.split()) > 1 and who.split()[-1] in _DETERMINERS:
            continue  # `…," for his newly revealed plan`: the determiner's noun follows, no verb
        if groups.get("run") is not None:
            # `," Dr Jo Park games director at Norco told…`: the name, when the run is a role.
            run_at = span.close + m.start("run")
            credited = _role_run_speaker(who, groups["run"], people, (span.open, run_at))
            if credited is None:
                continue
            return Found(credited, cue, How.NAMED, after=after)
        if part is head and who.split()[-1] in ("and", "but") and (sub := opening_subject(who)):
            who = sub  # `The woman waved a flag and shouted:`: the subject, not its predicate
        if part is head and _fronted_phrase(who, actors):
            continue  # `On Monday, Norbank's chief said:`: a time or place, no one's name
        if cue and m.start("verb") > m.start("who") and _owner(who, actors):
            continue  # `rated half of Park's claims as "…"`: a noun its owner's name precedes
        owned = _owned_title(part, m, who, actors, span.open)
        noun = "".join(part[m.end("who") :].split()[:1]).strip(",.")
        if noun in GROUP_NOUNS or (noun in PERSON_NOUNS and who.split()[0] in _DETERMINERS):
            who += " " + noun  # `said the Brandt family`, `said a House Democratic leader`
        verb_first = "verb" in m.groupdict() and 0 <= m.start("verb") < m.start("who")
        if verb_first and after and (cue or "").lower() in ("told", "tells"):
            continue  # `who called it "…", told the Harbour Times`: the one told only listens
        first, *rest = who.split()
        national = first in ("the", "a") and all(w in gazetteer.DEMONYMS for w in rest)
        if verb_first and national and noun.islower() and " " in who:
            continue  # `said the Danish request gives…`: what was said, not who said it
        if verb_first and after and _P["reported_subject_verb"].match(part, m.end("who")):
            # `The paper, citing "…," said Norland had signalled…`: Norland opens the
            # reported clause; the sentence's subject set off before the quote speaks.
            return _subject_before_ing(head, head_abs, actors, span.open, cue)
        of_phrase = _P["of_phrase"].search(head, 0, m.start("who"))
        who_at = m.start("who")
        if part is head and (_who_clause_after(part, m) or _linked(part, _name_at(m))):
            continue  # `Jo Park wrote to Ana Berg, who replied:`, `The bank that hired Park said`
        if part is head and (issued := _document_author(part, m)) is not None:
            who, who_at = issued.group("author"), issued.start("author")
        elif part is head and _P["filed_in"].search(part, 0, m.start("who") + len(who)):
            continue  # `A complaint filed Tuesday in Valby District Court says:`: where, not who
        elif part is head and _about_document(part, m.start("who") + len(who)):
            continue  # `A letter from Jo Park to Ana Berg said:`: no name there is the verb's
        inside = who.split()[0] in SOURCE_PREPOSITIONS or of_phrase
        # `The note for members of the Valby council states`: the council is no subject;
        # `"grants" to states to improve…`: a preposition and a noun, no cue.
        if part is head and inside or who.lower() in SOURCE_PREPOSITIONS:
            continue
        at = (span.close if after else head_abs) + who_at
        speaker, described = owned or resolve(who, actors, span.open, (at - 2, at + len(who) + 2))
        authored = part is head and _P["document_from"].search(part, 0, m.end("who"))
        if authored and described and (whole := _whole_name(who, actors)):
            # `A report from the Office for Harbour Statistics said:` names the body, not
            # the office of a group.
            speaker, described = whole, None
        lone = part is head and _P["one_of_them"].fullmatch(who) is not None
        if lone and (plural := _people_ending(people, at)):
            described = f"{who} {plural}"  # `…was cheered by fans. One posted:`: One fan
        # `Jo Park, head of the Valby Institute for Sea and Land Studies, said`: the name
        # opening the clause, when the name `m` matched ends its open apposition.
        lead = _P["apposition_lead"].match(part, 0, m.start("who")) if part is head else None
        if lead is not None and (leader := _lead_actor(lead, actors, span.open, head_abs)):
            # `Jo Park, a fellow at the Centre for Sea and Land Studies, said`: not the centre.
            return Found(leader, cue, How.NAMED, after=after)
        if part is head and speaker and (firm := _firm_by_trade(part, m, who, speaker)):
            speaker, described = firm, None
        if part is head and speaker and _P["gerund_before"].search(who):
            # `Voters embracing Park announced…`: the object of an -ing form, no subject.
            speaker, described = None, who.strip()
        if speaker is None and (apposed := _apposed_person(groups.get("apposed"), actors)):
            speaker, described = apposed, None  # `," Lund's aide, Jo Park, said`
        if verb_first and after and (set_off := _set_off_person(part, m, actors)):
            speaker, described = set_off, None  # `said the widow of Jo Park, Ana Berg.`
        # `Lind's mother, Ada, later wrote:` with Ada not found as a person.
        unread = speaker is None and described is None and part is head and cue
        if unread and (kin := _owner_relation_subject(head, head_abs, m.start("verb"), people)):
            return replace(kin, cue=cue)
        if speaker is None and described is None:
            # `Guitarist Jo May…. May said:`; after a quote, names the tagger missed (`,"
            # Lookout reported`, `," said Hands of the Harbour`).
            speaker = _full_name(scan, who, span.open) or (untagged_name(who) if after else None)
        if verb_first:
            # `said Harbour Board chair and chief executive Ana Berg`: a person named
            # further on in the same phrase outranks the body before the title.
            label = _P["label_acronym"].sub("", part[m.start("who") :][:100])
            wider = _name_before_topic(re.split(r"[,;.(]", label)[0], actors)
            # Not past a possessive or a relative clause (`said the man who met Jo Park`).
            other = _P["possessed"].search(wider) or _P["relative_word"].search(wider)
            # Nor one served (`said the aide to Jo Park`): not Park.
            person = None if other or _aide_to(wider) else _person_in(wider, actors, first=True)
            if person and _linked_holder(wider[: wider.index(person)]):
                if speaker == person:  # the source words read as the one they link to
                    speaker, described = None, description_of(who)
                person = None  # `said a lawyer for Jo Park`, `said the son of mayor Jo Park`
            if person and person != speaker:
                speaker, described = person, None
        if groups.get("bare") is not None and (speaker not in persons(actors) or head.strip()):
            continue  # `," Main Street, a road…`: with no verb, only a known person speaks,
            # after a quote opening its sentence (`The crowd chanted "…," Jo Park, the…`)
        cue = cue or ("according to" if "according" in m.group() else None)
        how = How.NAMED if speaker else How.DESCRIPTION if described else None
        return Found(speaker, cue, how, None if speaker else described or None, after=after)
    voice = Voice(previous, recent, closed)
    if found := _subject(head, head_abs, people, voice) or _relative_source(head, head_abs, people):
        return found
    if (aside := _dash_aside_subject(head, head_abs, tail, people)) is not None:
        return aside
    if (dash := _dash_line(scan, span)) is not None:
        return Found(canonical(dash, actors, span.open), None, How.DASH_LINE)
    return Found()


def _dash_aside_subject(head: str, head_abs: int, tail: str, people: People) -> Found | None:
    """A quote set off by dashes in a sentence whose subject goes on to a reporting verb after
    it (`Jo Park was blunt – "…" – and said the club would close`): the named subject before
    the first dash, read as before a colon (`Jo Park was blunt: "…"`, `colon_subject`)."""
    opening = _P["quote_dash_open"].search(head)
    going = _P["dash_and_cue"].match(tail) if opening is not None else None
    if opening is None or going is None:
        return None
    found = colon_subject(head[: opening.start()] + ":", head_abs, people)
    return replace(found, cue=going["verb"]) if found is not None else None


_ROLE_RUN_BREAKS = lexicons.words("role_run_breaks")


def _role_run_speaker(who: str, run: str, people: People, at: tuple[int, int]) -> str | None:
    """The person a credit line names before a run of role words and its verb (`," Dr Jo Park
    games director at Norco told…`, no comma after the name), else None: a known person's
    full or titled name, not a possessive (`Jo Park's aide`), the run's words before any
    `at`/`of`/`for` ending in a role noun with no conjunction, determiner or adverb among
    them, and no other person named in the run (`at` = quote's start, run's start)."""
    if who.endswith(("'s", "’s")):
        return None
    speaker = known_person(who, people.actors, at[0])
    role = re.split(r"\s+(?:at|of|for)\s+", run, maxsplit=1)[0].split()
    if speaker is None or not role or role[-1] not in ROLE_NOUNS:
        return None
    if any(w in _ROLE_RUN_BREAKS for w in role):
        return None
    named = people.names_in(at[1], at[1] + len(run)) | {_person_in(run, people.actors)}
    return speaker if named <= {speaker, None} else None


def message_sender(head: str, head_abs: int, people: People) -> Found | None:
    """A written message as the source opening the quote's sentence (`One Twitter message
    said, "…"`; `Another said, "…"` right after such a sentence): the one person the sentence
    before names as the sender of such messages (`…messages sent by Jo Park.`); else None."""
    if (m := _P["message_source"].match(head) or _P["another_message"].match(head)) is None:
        return None
    starts, text = people.sentence_starts, people.text
    k = sentence_index(starts, head_abs + m.start("who"))
    if m.re is _P["another_message"]:
        if k < 1 or not _P["message_opening"].match(text, starts[k - 1], starts[k]):
            return None  # `Another said` of people, not of messages
        k -= 1
    if k < 1:
        return None
    ends = {b.end() for b in _P["message_sent_by"].finditer(text, starts[k - 1], starts[k])}
    sender = _one(named_at(people.actors, ends, "person"))
    return Found(sender, m["verb"], How.NAMED_BEFORE) if sender else None


def _named_in_clause(people: People, at: int, tail: str, start: int) -> set[str]:
    """Persons named in `tail` (the clause after a quote, at `at`) from `start` on: `"…," he
    said, as Berg walked out` is not Berg, nobody named after a subject pronoun in its own
    clause is. Not past a relative word or "according" (`…to which Lazar admitted`), nor an
    owner (`he said, before Park's speech`), where writers do name the same person."""
    stop = _P["clause_turn"].search(tail, start)
    end = at + (stop.start() if stop else len(tail))
    named = people.named_in(at + start, end)
    return {n for _, e, n in named if people.text[e : e + 2] not in ("'s", "’s")}


def _document_author(part: str, m: re.Match[str]) -> re.Match[str] | None:
    """The author a document's preposition brings in before its verb (`A statement from
    Norbank said:`, `a letter by Jo Park reads:`), its name the group `author`; else None,
    as for any other preposition (`The note for the Valby Council states`)."""
    issued = _P["document_from"].search(part, 0, m.end("who"))
    return issued if issued and issued.start() < m.start("who") < issued.start("author") else None


def _about_document(part: str, end: int) -> bool:
    """Whether a document and a preposition come before `end` with no author alone after
    "from" or "by" (`A letter from Jo Park to Ana Berg`, `a statement about Jo Park`): the
    names there wrote, received or concern it; none is the verb's subject."""
    about = _P["document_of"].search(part, 0, end) is not None
    return about and not _P["document_from"].search(part, 0, end)


def _recalled_clause(key: str, head: str) -> re.Match[str] | None:
    """The that-clause of a verb of recalling (pattern `key`) whose subject is no pronoun:
    `Ana Berg recalled that she called…` is resolved as any pronoun is (Berg), not as another's
    words."""
    m = _P[key].search(head)
    return None if m is None or _P["any_subject_pronoun"].fullmatch(m["who"]) else m


def _recalled(part: str, m: re.Match[str]) -> bool:
    """Whether the clause's verb recalls another's words (`Jo Park recalls her friend saying:`):
    the one recalled speaks, not the subject."""
    verb = m.groupdict().get("verb")
    recalling = verb is not None and _P["recalling"].fullmatch(verb) is not None
    return recalling and _P["others_words"].match(part, m.end("verb")) is not None


def _owner(words: str, actors: Actors) -> bool:
    """Whether `words` end in an owner's possessive (`Park's`), not in a name that holds one
    (`Moody's` of Moody's Investors Service)."""
    last = (words.split() or [""])[-1]
    named = any(last in f.split() for a in actors for f in (a.name, *a.aliases))
    return last.endswith(("'s", "’s")) and not named


def _owned_title(part: str, m: re.Match[str], who: str, actors: Actors, pos: int) -> Source | None:
    """(speaker, description) when a reporting verb's source is an owner's title (`said
    Norbank's president, Jo Park`): the person set off after it, else the title, never the
    owner; None when `who` owns nothing."""
    if "verb" not in m.groupdict() or not 0 <= m.start("verb") < m.start("who"):
        return None
    if not who.endswith(("'s", "’s")) or not (title := _P["owned_title"].match(part, m.end("who"))):
        return None
    if title["name"]:
        return canonical(title["name"], actors, pos) or title["name"], None
    if (holder := known_person(title["bare_name"], actors, pos)) is not None:
        return holder, None
    return None, description_of(f"{who} {title['title']}")


def known_person(name: str | None, actors: Actors, pos: int) -> str | None:
    """The person `name` names (`canonical`) when the story knows them as a person, else None:
    a title's bare name (`said Park's top adviser Ana Berg`) or a courtesy title and surname
    (`Norbank's Mr. Lund`) names nobody else, and the title stays the source."""
    person = canonical(name, actors, pos) if name else None
    return person if person in persons(actors) else None


def _apposed_person(apposed: str | None, actors: Actors) -> str | None:
    """The person an apposition names after lower-case words and titles (`state Del. Jo
    "JJ" Park (D-Valby)`), a nickname's marks read as apostrophes, as tail_clause has them."""
    text = re.sub(r"\s*\([^)]*\)", "", apposed or "").strip()
    for a in actors:
        for form in (a.name, *a.aliases) if a.type == "person" else ():
            name = _P["nickname"].sub(r"\g<name>'\g<nick>'", form)
            lead = text[: -len(name)].split() if " " in name and text.endswith(name) else None
            titles = (w.islower() or w.lower().rstrip(".") in _ABBREVIATIONS for w in lead or [])
            if lead is not None and all(titles):
                return a.name
    return None


def _lead_actor(lead: re.Match[str], actors: Actors, pos: int, lead_abs: int) -> str | None:
    """The person or body `lead` (a name heading an apposition, the clause at `lead_abs`)
    names; None when it names none (`But, said Park,`: a connective, no name, heads the clause)."""
    at = lead_abs + lead.start("who")
    speaker, _ = resolve(lead["who"], actors, pos, (at - 2, at + len(lead["who"]) + 2))
    heads = {a.name for a in actors if a.type in ("person", "organization")}
    return speaker if speaker in heads else None


def _set_off_person(part: str, m: re.Match[str], actors: Actors) -> str | None:
    """The person whose name alone is set off by a comma right after a described source
    (`said the widow of Jo Park, Ana Berg.`, `said the Duke of Valby, Jo Park.`): the name
    says who the description is; None after a name (`said Jo Park, Ana Berg…`)."""
    if m["who"].split()[0].lower() not in _DETERMINERS:
        return None
    name = _P["set_off_name"].match(part, m.end("who"))
    return _apposed_person(name["name"].rstrip("."), actors) if name else None


def _without_sentence_stop(who: str) -> str:
    """Source words without the full stop that ends their sentence (`," said Nakamura.`): no
    part of a name; a title's or an initial's stop is (`Jo Park Jr.`). Nor the colon of an
    inverted clause bringing the quote on (`Said the Norbeck report: "…"`)."""
    who = who.rstrip().removesuffix(":").rstrip()
    return who[:-1] if who.endswith(".") and not _abbreviation(who, len(who) - 1) else who


def untagged_name(who: str) -> str | None:
    """The capitalised words of a reporting clause after a quote that the tagger missed, as
    written (`Lookout`, `Hands of the Harbour`): mid-sentence capitals there name the
    source; never a title, a determiner or a pronoun."""
    words = _without_sentence_stop(who).split()
    linked = all(w[:1].isupper() or w in BODY_NAME_LINKS for w in words)
    first = words[0].lower().rstrip(".") if words else ""
    plain = first not in _TITLES | _DETERMINERS | _PRONOUNS and words[-1][:1].isupper()
    return " ".join(words) if words and linked and plain and who.isprintable() else None


CLAUSE_WORDS = lexicons.groups("source_clause_words")
_PRONOUNS = CLAUSE_WORDS["pronoun"] | CLAUSE_WORDS["addressed"]


def _family_first(name: str) -> str:
    """The family name that opens a three-word name in Chinese order ("Ng" of "Ng Boon
    Kiat", titled "Mr Ng"): its first word, when no list knows it as a given name; "" else."""
    words = name.split()
    return words[0] if len(words) == 3 and not gazetteer.first_name(words[0]) else ""


def _full_name(scan: str, who: str, pos: int) -> str | None:
    """A surname alone (`May said`) that no actor has: the one given name and surname the
    text wrote before `pos` (`Guitarist Jo May`), the tagger having missed the person."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+", who):
        return None
    return _one({f"{g} {who}" for g in genders.given_names_before(who, scan[:pos])})


def _participle(part: str, end: int) -> bool:
    """The verb ending at `end` is a participle, no reporting clause (`Jo Park, 54, described
    as having "…"`, `incidents reported to have…`, `Jo Park, rated "…"`, `characterized by
    critics as "…"`): its subject said nothing."""
    after = part[end:].split()[:2]
    passive = after[:1] == ["as"] and re.search(r",\s*\w+ed$", part[:end]) is not None
    agent = after[:1] == ["by"] and part[:end].endswith("ed")
    named = _P["name_participle"].fullmatch(part, 0, end) is not None
    infinitive = after in (["to", "have"], ["to", "be"])  # `reported to have`
    return passive or agent or named or _passive(part, end) or infinitive


def _passive(part: str, end: int) -> bool:
    """Whether the verb ending at `end` follows a form of "be" (`whom he is said to regard as
    "…"`, `The question might be asked:`, `she was told:`): hearsay, the words asked or the
    one told are its subject, never the speaker."""
    return _P["be_before"].search(part[:end]) is not None and not part[:end].endswith("ing")


def passive_agent_source(scan: str, span: Span, actors: Actors) -> Found | None:
    """The agent named after a partial quote a participle weaves in (`sites classified as
    "sensitive" by the local authorities, a spokesman said`): the agent used the word, not the
    sentence's reporting clause; None without the participle before and `by` after."""
    if not _P["agent_participle_end"].search(scan, max(0, span.open - 40), span.open):
        return None
    agent = _P["agent_after_close"].match(scan, span.close)
    return found_by(agent["who"], actors, span.close, "by") if agent else None


# The passive of words caught or printed elsewhere (`was quoted as`), after a subject.
_PERCEIVED_END = re.compile(r"\s+(?:" + lexicons.alternatives("perceived_speech") + r")$")


_JOINT_WRITING = lexicons.words("joint_writing_verbs")  # `wrote`, `conclude`


def _first_writer(people: People, at: int) -> str | None:
    """The first of two persons named as the subject opening the sentence of "they" at `at`
    or the one before (`Jo Park and Ana Berg studied the data. "…," they wrote`), whose
    jointly written words the guideline gives to the first named writer; else None."""
    for back in (1, 2):
        start = _sentences_back(people.text, at, back)
        if (pair := _P["pair_subject"].match(people.text, start, at)) is not None:
            return _first_of_two(pair, people, at)
    return None


def _listed_writer(people: People, at: int) -> str | None:
    """The first of two persons a group subject lists (`Critics, like Jo Park and Ana Berg,
    see…`) in the sentence before that of "they" at `at`, or the one before that when the
    sentence between opens with "They": the group's jointly written words go to the first
    named writer, as with a pair opening the sentence; else None."""
    for back in (2, 3):
        start = _sentences_back(people.text, at, back)
        if back == 3:
            between = _sentences_back(people.text, at, 2)
            if not _P["they_opening"].match(people.text, between, at):
                return None
        if (listed := _P["listed_pair"].match(people.text, start, at)) is not None:
            return _first_of_two(listed, people, at)
    return None


def _first_of_two(pair: re.Match[str], people: People, at: int) -> str | None:
    """The first of the two writers a pattern named (groups `who` and `other`) when both are
    persons the story knows and not the same one; else None."""
    first, other = (canonical(pair[k], people.actors, at) for k in ("who", "other"))
    named = persons(people.actors)
    return first if first in named and other in named and first != other else None


class Voice(NamedTuple):
    """The previous quote's speaker, whether that quote is `recent`, and where it `closed`:
    what a pronoun after it may go on with."""

    previous: str | None = None
    recent: bool = False
    closed: At = None


def _fronted_setting(lead: list[str]) -> bool:
    """Whether `lead`, the words before a sentence's first name, is a fronted phrase of time
    or place set off by a comma, naming no one and owning nothing (`On a radio show on
    Tuesday, Ana Berg…`): the name after it is the sentence's subject."""
    if len(lead) < 2 or lead[0].lower() not in _PREPOSITIONS or not lead[-1].endswith(","):
        return False
    words = [w.lower().strip(",") for w in lead]
    return not any(w in _SETTING_OWNERS for w in words) and "," not in " ".join(lead)[:-1]


def _pronoun_voice(people: People, word: str, at: int, cue: str | None, voice: Voice) -> str | None:
    """The person a subject pronoun at `at` stands for, the previous quote's voice going on
    when that quote is recent (or the verb adds to it), else counted as a chain of quotes."""
    previous, closed = voice.previous, voice.closed
    joint = word.lower() == "they" and (cue or "").lower() in _JOINT_WRITING
    if joint and (writer := _first_writer(people, at) or _listed_writer(people, at)) is not None:
        return writer
    if previous and (cue and cue.lower().startswith("add") or voice.recent):
        since = closed if closed is not None else at
        return people.referent(word, at, previous, min(since, at))
    return people.referent(word, at, previous, chain=closed)


def _subject(head: str, head_abs: int, people: People, voice: Voice) -> Found | None:
    """A reporting verb further back in the sentence (`Weaver, unimpressed, told reporters,
    "…"`, `the mayor called the plan "…"`): the speaker is the sentence's subject — a person
    named at its start, a description right before the verb, or a pronoun (`She then urges
    him…, and says, "…"`: the previous quote's voice going on, as with `she says, "…"`)."""
    if (inverted := _P["inverted_cue"].match(head)) is not None:
        pos, verb = head_abs + inverted.start("who"), inverted["verb"].lower()
        if (found := found_by(inverted["who"], people.actors, pos, verb)) is not None:
            return found
    if (owned := _P["whose_cue"].search(head)) is not None:
        return Found(None, owned["verb"])  # `wrote to Ana Berg, whose aide said:`: unnamed
    m = cues.P["cue_in_sentence"].search(head) or cues.P["cue_ing_bare"].search(head)
    if m is not None and (clause := _who_clause_after(head, m)) is not None:
        m = cues.P["cue_in_sentence"].search(head, clause.start("verb"))  # `told Berg, who said:`
    if m is None and (c := _last(cues.P["cue_colon"], head) or _last(cues.P["cue_comma"], head)):
        m = None if people.named_in(head_abs + c.start("rest"), head_abs + len(head)) else c
    role = None if m else _P["role_says"].match(head)  # `But the referee said "…"`: no colon
    if role and not head[role.end() :].strip() and role["who"].split()[-1] in PERSON_NOUNS:
        return Found(None, role.group().split()[-1], How.DESCRIPTION, role["who"])
    if not m:
        return colon_subject(head, head_abs, people) or colon_voice(head, head_abs, people, voice)
    verb = m.group("verb")
    if _passive(head, m.end("verb")) and not cues.ANY_CUE.search(head, m.end("verb")):
        return Found(None, verb)  # `Jo Park was asked, "…?"`: the one asking is not named
    before = head[: m.start()].rstrip()
    words = before.split()
    # `A spokeswoman for Norbank said:`, also when a tagger took the body for a person.
    if (one := _P["unnamed_source"].match(head)) and one.end() == m.end("verb"):
        return Found(None, verb, How.DESCRIPTION, one["who"])
    if (owned := _P["owned_document"].fullmatch(before)) is not None:
        # `Norbank's statement said:`, `Jo Park's Instagram post read:`: the owner wrote it.
        found = found_by(owned["who"], people.actors, head_abs + owned.start("who"), verb)
        if found is not None and found.speaker:
            return replace(found, how=How.SUBJECT)
    # Not a name a source noun is only linked to (`A man who met Jo Park told`).
    # `A letter from Jo Park to Ana Berg said:`: the letter speaks, none of the names there.
    documented = _about_document(head, m.start())
    if (issued := _P["document_from"].search(before)) is not None:
        # `A statement from the Lind family read:`: the author, named or described.
        at = head_abs + issued.start("author")
        if whole := _whole_name(issued["author"], people.actors):
            return Found(whole, verb, How.NAMED)  # `the Office for Harbour Statistics`
        return found_by(issued["author"], people.actors, at, verb) or Found(None, verb)
    named = [] if documented else people.named_in(head_abs, head_abs + m.end())
    within = [w for w in named if not _linked(head, w[0] - head_abs)]
    if (thing := _P["thing_relative"].search(before)) is not None:
        return Found(None, verb, How.DESCRIPTION, thing["who"])  # `a banner that read, "…"`
    if (unnamed := _unnamed_behind_aside(before)) is not None:
        return Found(None, verb, How.DESCRIPTION, unnamed)  # `One nurse, who asked not…`
    relative = _antecedent(before, head_abs, people)
    if relative and _P["own_complement"].match(head, m.end("verb")):
        # A who-clause whose verb has its words in a complement of its own (`Jo Park criticised
        # Ana Berg, who said in May that taxes would rise: "…"`) introduces no quote: None when
        # the main clause's verb brings words in (the subject speaks), else "" (nobody: `Jo
        # Park met Ana Berg, who asked him to stay: "…"`).
        main = before[: before.rfind(",")] if "," in before else ""
        relative = None if cues.P["weaving"].search(main) else ""
    if relative is not None:
        return Found(relative, verb, How.SUBJECT) if relative else None
    if recalled := _recalled_clause("recalled_that", head):
        # `Ana Berg recalled that Jo Park once said, "…"`: Park's words, Berg's memory.
        at = head_abs + recalled.start("who")
        return found_by(recalled["who"], people.actors, at, verb) or Found(None, verb)
    # Not past a clause with a subject of its own (`Park spoke by the hall, where 50 workers
    # had gathered, chanting "…"`): the verb is that subject's.
    speaking = [
        n
        for _, e, n in within
        if cues.P["speaking"].match(head, e - head_abs)
        and not _P["new_clause"].search(head, e - head_abs, m.start())
    ]
    if speaking:
        # `Mateen left early, Nefzi said, adding, "…"`: the person a reporting verb follows.
        return Found(speaking[-1], verb, How.SUBJECT)
    first = next(iter(people.named_in(head_abs, head_abs + m.start())), None)
    if first is not None and not documented and not _linked(head, first[0] - head_abs):
        lead = head[: first[0] - head_abs].strip().split()
        other = head[first[1] - head_abs : first[1] - head_abs + 2] in ("'s", "’s")
        following = head[first[1] - head_abs :].split()
        # `The Brandt campaign said:` names the group around the person; `Jo Park owns a
        # stake, and the club's statement said:` has another clause's subject.
        other = other or bool(following) and following[0].strip(",") in GROUP_NOUNS
        other = other or bool(_P["new_clause"].search(head, first[1] - head_abs, m.start()))
        # `footage of Hillary Clinton asking, "…"`: the person right before the verb.
        adjacent = not head[first[1] - head_abs : m.start()].strip(" ,")
        # Not a name in a fronted clause before a described subject (`When Lund left, his aide
        # told reporters:`); a pronoun there is the name's (`When Lund left, he told…`).
        lowered = {w.lower() for w in lead}
        subordinate = (_PREPOSITIONS | _SUBORDINATORS) & lowered
        main_subject = _P["described_main_subject"].search(head, first[1] - head_abs, m.start())
        short = len(lead) <= 3 and not _PREPOSITIONS & lowered
        short = short and not (subordinate and main_subject)
        fronted = not lead or lead[-1].endswith(",") or short or _titled_after_fronted(lead)
        if adjacent or not other and fronted:
            return Found(first[2], verb, How.SUBJECT)
    if (issuer := _issued_by(before, people.actors, head_abs, verb)) is not None:
        return issuer
    if (body := opening_body(head, head_abs, m.start("verb"), people)) is not None:
        return Found(body, verb, How.SUBJECT)  # `Norbank shut the plant, saying: "…"`
    if lead_pronoun := _P["lead_pronoun"].match(head):
        word = lead_pronoun.group(1).lower()
        who = _pronoun_voice(people, word, head_abs, verb, voice)
        return Found(who, verb, How.PRONOUN, pronoun=word)
    if (second := _described_second_predicate(head, head_abs, m.start("verb"), people)) is not None:
        return Found(None, verb, How.DESCRIPTION, second)  # `The player posted… and asked:`
    if (opener := _set_off_subject(head, head_abs, m.start("verb"), people)) is not None:
        return Found(None, verb, How.DESCRIPTION, opener)  # `The board shut it, saying: "…"`
    # `The 30-year-old told`, `The double Olympic champion said`
    for key in ("definite", "described_role_opening"):
        one = _P[key].fullmatch(before.strip())
        if one is not None and noun_gender(one["head"]) is not None:
            return Found(None, verb, How.DESCRIPTION, one.group().strip())
    last = " ".join(words[-6:])  # a description right before the verb, no comma between
    near = len(words) <= 10 or _past_fronted(before)
    # `The club said in a statement:`: one opening the sentence, read past its capital
    uncapped = last[:1].lower() + last[1:] if len(words) <= 6 else last
    if near and (this := _demonstrative_person(uncapped)) is not None:
        return Found(None, verb, How.DESCRIPTION, this)  # `this active pensioner reveals:`
    if (det := _P["described_subject"].search(uncapped)) and near:
        described = last[det.start() : det.end()].strip()
        if _P["object_of"].search(last, 0, last.rfind(described)):
            # `The top-ranking Republican on the committee said:`: the whole phrase, not the
            # object of its preposition; none when it opens with no determiner.
            opening = words[0].lower() in _DETERMINERS
            return Found(None, verb, How.DESCRIPTION, before.strip()) if opening else None
        return Found(None, verb, How.DESCRIPTION, described)
    if near and (governing := _P["governing_body"].search(before.rstrip())):
        # `A statement from European handball's governing body read:`: the whole phrase
        # after a determiner, else the body's role (the owner's capital stops the one above).
        opening = words[0].lower() in _DETERMINERS
        source = before.strip() if opening else governing.group().strip()
        return Found(None, verb, How.DESCRIPTION, source)
    if _P["bare_role"].fullmatch(before) and words[-1] in ROLE_NOUNS:
        # `Harbour Racing team director`
        return Found(None, verb, How.DESCRIPTION, before.strip())
    return None


_DEMONSTRATIVE_PERSONS = PERSON_NOUNS | lexicons.words("demonstrative_person_nouns")


def _owner_relation_subject(head: str, head_abs: int, verb: int, people: People) -> Found | None:
    """The speaker when a named owner's relation with a given name set off is the whole subject
    before the reporting verb at `verb` (`Lind's mother, Ada, later posted on Facebook:`): the
    given name's person when the story knows one, else the relation and name as a description
    (the tagger may miss a lone given name); never the owner."""
    if (kin := _P["owner_relation_subject"].fullmatch(head, 0, verb)) is None:
        return None
    person = known_person(kin["given"], people.actors, head_abs + kin.start("given"))
    if person is not None:
        return Found(person, None, How.SUBJECT)
    return Found(None, None, How.DESCRIPTION, f"{kin['who']}, {kin['given']}")


def _unnamed_behind_aside(before: str) -> str | None:
    """The description that is the whole subject before a who-clause asking not to be named
    (`One nurse, who asked not to be named,` before `said:`): the source, as when the aside is
    left out (`One nurse said:`); None with no such aside or no such description before it."""
    if (aside := _P["anonymity_aside"].search(before)) is None:
        return None
    lead = before[: aside.start()].strip()
    uncapped = lead[:1].lower() + lead[1:]
    det = _P["described_subject"].search(uncapped)
    return None if det is None or uncapped[: det.start()].strip() or len(lead.split()) > 6 else lead


def _demonstrative_person(words: str) -> str | None:
    """The description ending `words` that opens with "this" and ends in a noun for a person
    (`this remarkably active pensioner`): news copy's way back to the person it is about,
    which "the" descriptions (maybe someone new) are not always."""
    m = _P["demonstrative_subject"].search(words)
    return m.group().strip() if m is not None and m["head"] in _DEMONSTRATIVE_PERSONS else None


def _past_fronted(before: str) -> bool:
    """Whether the words before a reporting verb are a fronted phrase set off by one comma,
    then the subject (`In a statement read outside court by their solicitor, the Okafor
    family said:`): a long opening that is no subject of its own."""
    lead, _, subject = before.rpartition(",")
    first = lead.split()[:1]
    return bool(first) and first[0].lower() in _FRONTED and len(subject.split()) <= 5


def colon_subject(head: str, head_abs: int, people: People) -> Found | None:
    """The named subject of a sentence with no reporting verb that ends on a colon right before
    the quote (`Ana Berg seemed irritated: "…"`): the person it opens with, after titles at
    most; none when another person is named there, the name is an owner's or a group's (`The
    Park campaign put it:`), or the sentence names a thing that holds words of its own (`Park
    held up a sign:`). A pronoun subject is left alone: its referent is less sure than a name."""
    if not head.rstrip().endswith(":") or head.count(":") > 1:
        return None  # `Name: Ana Berg Age: 27 Why she came:`: a form's fields, no sentence
    named = people.named_in(head_abs, head_abs + len(head))
    if _P["colon_other_words"].search(head):
        return None
    if (label := _labelled(head, head_abs, named, people)) is not None:
        return Found(label, None, How.SUBJECT)
    if len({n for _, _, n in named}) != 1:
        return None
    start, end, name = named[0]
    lead = head[: start - head_abs].split()
    following = head[end - head_abs :].split()[:1]
    # an apostrophe right after the name (`Park's`, `Sanders'`): an owner, not a subject
    owner = head[end - head_abs : end - head_abs + 1] in POSSESSIVE_MARKS
    if name not in persons(people.actors) or owner:
        return None
    if following and following[0].strip(",").lower() in GROUP_NOUNS:
        return None
    # Only titles before the name (`Rep. Jo Park`): `Sanders' surge does not surprise pollster
    # Jo Park:` has another subject, `One early backer, Rep. Jo Park,` a description first.
    plain = all(w.lower() not in _DETERMINERS and w[:1].isupper() for w in lead)
    # Or a subordinate clause set off before the name (`When the hosts sneered, Jo Park…:`),
    # the main clause after it running to the colon with no comma (not `…, and Norbank has
    # proof:`, a clause with a subject of its own).
    fronted = _P["colon_fronted_clause"].fullmatch(head, 0, start - head_abs) is not None
    plain = plain or fronted and "," not in head[end - head_abs :]
    return Found(name, None, How.SUBJECT) if plain else None


_LABEL_LINKS = frozenset({"the", "of", "at", "for", "and", "&"})


def _labelled(head: str, head_abs: int, named: list[Mention], people: People) -> str | None:
    """`Holmfield's managing director, Peter Vance: "…"`, `City Radio director Ana Ruiz:`: a
    role and the name of a person ending right at the colon, with no verb, label the words
    that follow as that person's, as copy sets a statement under its giver's name."""
    if not named or head[named[-1][1] - head_abs :].strip() != ":":
        return None
    start, _, name = named[-1]
    lead = re.sub(r"['’]s\b|,", " ", head[: start - head_abs]).split()
    fits = all(w[:1].isupper() or w.lower() in ROLE_WORDS or w in _LABEL_LINKS for w in lead)
    role = any(w.lower() in ROLE_NOUNS for w in lead) and len(lead) <= 8
    return name if fits and role and name in persons(people.actors) else None


def colon_voice(head: str, head_abs: int, people: People, voice: Voice) -> Found | None:
    """`She then addressed the crowd again: "…"` in or right after the paragraph of her own
    quote, with nobody else named since: the voice goes on, as with `she said`; never when the
    sentence holds another subject pronoun (`She got so upset that I had to change my
    answer:`), nor when it names a thing with words of its own."""
    if not voice.previous or voice.closed is None or voice.closed > head_abs:
        return None
    if people.text.count("\n\n", voice.closed, head_abs) > 1:
        return None  # the previous quote no further back than the paragraph before
    lead = _P["lead_pronoun"].match(head)
    if lead is None or not head.rstrip().endswith(":") or head.count(":") > 1:
        return None
    others = people.names_in(voice.closed, head_abs + len(head)) - {voice.previous}
    if _P["colon_other_words"].search(head) or others:
        return None
    if _P["other_subject_pronoun"].search(head, lead.end()):
        return None
    word = lead.group(1).lower()
    who = _pronoun_voice(people, word, head_abs, None, voice)
    return Found(who, None, How.PRONOUN, pronoun=word) if who == voice.previous else None


def _titled_after_fronted(lead: list[str]) -> bool:
    """Whether the words before a sentence's first name are a fronted phrase set off by a comma
    and then only the name's title (`Before the vote, Harbour Chief Ana Berg lobbied…`, `On
    Tuesday, Mr. Park…`): the name is the subject, as with no title."""
    cut = max((k for k, w in enumerate(lead) if w.endswith(",")), default=-1)
    title = lead[cut + 1 :]
    if cut < 0 or not 0 < len(title) <= 3:
        return False
    return all(w[:1].isupper() or w.capitalize() in _TITLE_WORDS for w in title)


def _described_second_predicate(head: str, head_abs: int, at: int, people: People) -> str | None:
    """The description of one person opening the sentence (`The Valby player`) when the
    reporting verb at `at` is its second predicate after `and` (`The Valby player posted a
    picture and asked his fans: "…"`): the subject speaks, as with the verb right after it;
    None when anyone is named before the verb or another clause comes between."""
    link = _P["second_verb_link"].search(head, 0, at)
    lead = len(head) - len(head.lstrip())
    one = _P["definite"].match(head, lead) or _P["described_role_opening"].match(head)
    if link is None or "and" not in link.group() or one is None:
        return None
    if noun_gender(one["head"]) is None or people.named_in(head_abs, head_abs + at):
        return None
    end = one.end("head")
    between = head[end : link.start()]
    if _P["body_verb"].match(head, end) is None or "," in between:
        return None
    return None if _P["new_clause"].search(head, end, at) else head[lead:end].strip()


def _set_off_subject(head: str, head_abs: int, at: int, people: People) -> str | None:
    """The description opening the sentence (`The harbour board will close the quay, saying
    "…"`) whose participle set off by a comma, or second verb after `and`, at `at` gives its
    words: the subject's, not the object's right before the verb; None when anyone is named
    before the verb or another clause comes between."""
    link = _P["second_verb_link"].search(head, 0, at)
    word = re.match(r"[a-z]*", head[at:])
    if link is None or word is None or people.named_in(head_abs, head_abs + at):
        return None
    if link.group().lstrip(", ").startswith("and") == word.group().endswith("ing"):
        return None  # `, saying` or `and said`, not `and saying` nor `, said`
    clause = head[: link.start()]
    return None if _P["new_clause"].search(clause) else opening_subject(clause)


def opening_body(head: str, head_abs: int, at: int, people: People) -> str | None:
    """The organisation opening the sentence as its subject, for a reporting verb at `at`
    that is its second predicate (`The Harbour Board shut the quay, saying: "…"`, `Norbank
    cut 300 jobs and said it was "…"`): as for a person opening it, the words are the
    subject's; None when a person is named before the verb or another clause comes between."""
    lead = _P["body_lead"].match(head)
    link = _P["second_verb_link"].search(head, 0, at)
    if lead is None or link is None or people.named_in(head_abs, head_abs + at):
        return None
    word = re.match(r"[a-z]*", head[at:])
    ing = word is not None and word.group().endswith("ing")
    if not ing and word is not None and word.group() not in ("said", "told"):
        return None
    if link.group().lstrip(", ").startswith("and") == ing:
        return None  # `, saying` or `and said`, not `and saying` nor `, said`
    bodies = [a for a in people.actors if a.type == "organization"]
    start = head_abs + lead.end()
    named = [(a.name, e.end) for a in bodies for e in a.evidence if e.start == start]
    if len(named) != 1:
        return None
    name, end = named[0]
    rest = end - head_abs
    verb = _P["body_verb"].match(head, rest)
    between = head[rest : link.start()].rstrip(",")  # `…on Tuesday, and said`: one comma
    if verb is None or _P["new_clause"].search(head, rest, at) or "," in between:
        return None
    return name


def _issued_by(before: str, actors: Actors, pos: int, verb: str) -> Found | None:
    """The named subject of a clause that issued a document (`Norbank issued a statement
    saying…`): its words are the subject's, not the document's; two joined (`Jo Park and Ana
    Berg issued a statement`) are the description, as with a comma before the -ing verb, not
    the clause; else None."""
    issued = _P["statement_issued"].search(before)
    who = before[: issued.start()].rsplit(",", 1)[-1].strip() if issued else ""
    if not any(w[:1].isupper() for w in who.split()) or len(who.split()) > 8:
        return None
    if _P["two_named"].fullmatch(who) is not None:
        return Found(None, verb, How.DESCRIPTION, who)  # `Park and Berg issued a statement`
    found = found_by(who, actors, pos, verb)
    return found if found is not None and found.speaker else None


def statement_saying(head: str, head_abs: int, people: People) -> Found | None:
    """The named issuer of a statement whose content clause a partial quote is woven into
    (`Norbank issued a statement saying its staff had acted "in good faith"`): the statement's
    words are the issuer's; None when a reporting verb in that clause gives another voice."""
    m = _P["statement_saying"].search(head)
    if m is None or len(m["rest"].split()) > 40 or reports_inside(m["rest"]):
        return None
    return _issued_by(head[: m.start("verb")].rstrip(), people.actors, head_abs, m["verb"])


def with_saying(head: str, head_abs: int, people: People) -> Found | None:
    """The person named in an absolute clause that weaves the quote in (`…, with harbour
    master Jo Berg saying the crew turned back "because…"`): their words, whatever the
    sentence's own subject did; None when that clause reports another voice or names no
    person the story knows."""
    m = _P["with_saying"].search(head)
    if m is None or len(m["rest"].split()) > 40 or reports_inside(m["rest"]):
        return None
    found = found_by(m["who"], people.actors, head_abs + m.start("who"), m["verb"])
    if found is None or found.speaker not in persons(people.actors):
        return None
    # The person the clause writes, by surname (not another `John` the story names).
    return found if _whole((found.speaker or "").split()[-1], m["who"]) else None


_IRREGULAR_PAST = lexicons.words("irregular_past_verbs")


def _actors_in(actors: Actors, start: int, end: int) -> list[Mention]:
    """Every actor's mentions (bodies too) that start in [start, end), in text order."""
    found = [(e.start, e.end, a.name) for a in actors for e in a.evidence if start <= e.start < end]
    return sorted(found)


def _plain_predicate(verb: str, obj: str) -> bool:
    """Whether `verb` and `obj` are a main clause's own predicate with no clause inside it
    (`welcomed the move`, `sought to close the talks`): a finite verb that neither reports
    nor takes a clause, and an object with no subordinate or relative word."""
    if verb in cues.VERBS or _P["clause_taker"].fullmatch(verb):
        return False
    past = verb.endswith("ed") or verb in _IRREGULAR_PAST
    if not (past or verb.endswith("s") and not verb.endswith("ss")):
        return False
    return not ({w.lower() for w in obj.split()} & _CLAUSE_WORDS)


def participle_subject(head: str, head_abs: int, people: People) -> Found | None:
    """The named subject of a main clause a participle of saying hangs on (`Norbank welcomed
    the move, saying the port had "given ground"`, `In a note, Jo Park backed the plan,
    adding that it was "overdue"`, `Park calmed them by stressing that…`): the participle's
    words are that subject's. None unless the subject opens the clause (past a fronted phrase,
    `Earlier this week,`, and a few words of description) and the predicate before the comma
    (or `by`) names no person and has no clause of its own."""
    m = _P["participle_saying"].search(head)
    if m is None or len(m["rest"].split()) > 30 or reports_inside(m["rest"]):
        return None
    main = head[: m.start()]
    first = main.split()[:1]
    opener = first and first[0].strip(",").lower() in _FRONTED | _CONNECTIVES
    opener = opener or _P["fronted_time"].match(main) is not None
    offset = main.index(",") + 1 if opener and "," in main else 0
    if not (named := _actors_in(people.actors, head_abs + offset, head_abs + len(main))):
        return None
    start, end, name = named[0]
    lead = head[offset : start - head_abs].split()
    verbal = any(w.lower() in cues.VERBS or _P["object_verb"].fullmatch(w) for w in lead)
    if len(lead) > 4 or verbal or {w.lower() for w in lead} & _PREPOSITIONS:
        return None  # `Police arrested Ana Berg, saying…`: the name is no subject
    # `Ana Berg, the harbour master, welcomed…`: one apposition set off after the name.
    apposed = _P["subject_apposition"].match(head, end - head_abs, len(main))
    after = apposed.end() if apposed else end - head_abs
    if apposed and people.named_in(head_abs + apposed.start(), head_abs + after):
        return None  # `Ana Berg, an aide to Jo Park, …`: two people, whose clause is unsure
    if "," in head[after : len(main)] or "," in head[offset : start - head_abs]:
        return None  # a list or a clause of its own before the participle: unsure
    pred = _P["subject_predicate"].match(head, after, len(main))
    if pred is None or not _plain_predicate(pred["verb"], pred["object"]):
        return None
    if people.named_in(head_abs + pred.start("object"), head_abs + len(main)):
        return None  # `Norbank hired Jo Park, saying…`: maybe Park's words
    found = found_by(head[offset : end - head_abs].strip(), people.actors, start, m["verb"])
    return None if found is None or found.speaker != name else Found(name, m["verb"], How.NAMED)


_CALENDAR = lexicons.words("calendar_words")


def untagged_newcomer(people: People, lo: int, hi: int) -> bool:
    """Whether someone the story brings in by name and age (`Tuva, 25, was sent…`) between
    `lo` and `hi` is no person the tagger found: a pronoun or a description after may stand
    for that newcomer, not for the one named or described before."""
    return bool(_newcomers(people, lo, hi))


def _newcomers(people: People, lo: int, hi: int) -> list[re.Match[str]]:
    """Each name-and-age introduction between `lo` and `hi` of no person the tagger found."""
    out = []
    for m in _P["age_apposed"].finditer(people.text, lo, hi):
        if m["name"].split()[0] in _CALENDAR or people.named_in(m.start(), m.end("name")):
            continue
        spans = [e for a in people.actors for e in a.evidence]
        if not any(e.start < m.end("name") and m.start() < e.end for e in spans):
            out.append(m)
    return out


def newcomer_voice(found: Found, people: People, pos: int) -> str | None:
    """The untagged newcomer a `he` or `she` no one was found for stands for: the last one
    brought in by name and age opening a sentence in the two before the quote's at `pos`, with
    nobody named since and no given name of the other sex (`Tuva, 25, was sent to the docks.
    She said… "…," she said`: Tuva); else None."""
    if found.how != How.PRONOUN or found.speaker is not None or found.pronoun not in ("he", "she"):
        return None
    k = max(sentence_index(people.sentence_starts, pos), 0)
    lo = people.sentence_starts[max(k - 2, 0)]
    opening = [m for m in _newcomers(people, lo, pos) if m.start() in people.sentence_starts]
    if not opening or people.named_in(opening[-1].end(), pos):
        return None
    name = opening[-1]["name"]
    sex = genders.name_gender(name.split()[0])
    return None if sex not in (None, genders.pronoun_gender(found.pronoun)) else name


def pronoun_past_newcomer(found: Found, people: People, pos: int) -> bool:
    """Whether the person a pronoun was read as (`found`) was last named before an untagged
    newcomer brought in by name and age (`Mira…. Tuva, 25, was sent to the docks. "…," she
    said`): the pronoun may be the newcomer's, so nobody is sure."""
    if found.how != How.PRONOUN or found.speaker is None:
        return False
    lo = max(0, pos - 600)
    own = [e for s, e, n in people.named_in(lo, pos) if n == found.speaker]
    return untagged_newcomer(people, own[-1] if own else lo, pos)


def _source_sentence_before(
    span: Span, people: People, pattern: str
) -> tuple[int, str, str, re.Match[str]] | None:
    """Where the sentence right before the quote's starts, its text and the match of
    `pattern` naming a source there, and the quote's own sentence outside its marks: when
    the sentence before quotes nothing and runs on in the same paragraph, and the quote's
    sentence names no person and reports no words of its own and the quote speaks not in
    the first person (someone of the sentence, or the speaker's own "I", may say them);
    None otherwise."""
    starts, text = people.sentence_starts, people.text
    if (k := sentence_index(starts, span.open)) < 1:
        return None
    own = (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
    before = text[starts[k - 1] : starts[k]]
    m = _P[pattern].search(before)
    if m is None or "\n\n" in before.rstrip() or _P["mark"].search(before):
        return None
    outside = text[own[0] : span.open] + text[span.close : own[1]]
    if cues.ANY_CUE.search(outside) or reports_inside(outside):
        return None  # a clause of its own reports words
    if people.named_in(*own) or _P["first_person_words"].search(text[span.start : span.end]):
        return None
    return starts[k - 1], before, outside, m


def source_before(scan: str, span: Span, people: People) -> Found | None:
    """The source a woven quote with no reporting clause of its own carries on from the
    sentence right before, when that sentence ends on its source after a comma and quotes
    nothing (`He left for Estria in May, the customs agency said. He skipped the check "and
    instead sailed on."`): news cites a source once for what follows from it. Only when a
    pronoun opens the quote's sentence (the same story goes on); None when that sentence
    names a person or cites anyone, or the quote speaks in the first person."""
    if (read := _source_sentence_before(span, people, "tail_source")) is None:
        return None
    at, _, outside, m = read
    if not _P["pronoun_subject_opening"].match(outside):
        return None  # the sentence goes on about someone new (`Lobbyists describe it as "…"`)
    return found_by(m["who"], people.actors, at + m.start("who"), m["verb"])


def source_of_says_paragraph(scan: str, span: Span, people: People) -> Found | None:
    """The person a paragraph closes on with the present-tense "says" (`…plans to remove
    it, Park says.`) for a woven phrase of several words in marks with no reporting clause
    that opens the next paragraph's narration (`While the hull undergoes a "slow
    clean-up regime" by…`): science copy cites its source once for what follows from it.
    None when the quote's sentence reports words, names a person or is not the
    paragraph's first, or the quote speaks in the first person."""
    if (read := _source_sentence_before(span, people, "says_paragraph_end")) is None:
        return None
    at, before, outside, m = read
    if not before.rstrip(" ").endswith("\n") or _P["mark"].search(outside):
        return None  # the sentence before closes no paragraph, or this one quotes more
    speaker = known_person(m["who"], people.actors, at + m.start("who"))
    return Found(speaker, "says", How.SENTENCE_BEFORE) if speaker else None


def reports_inside(clause: str) -> bool:
    """Whether a word of `clause` is a reporting verb in any form (`heard a manager describe
    the loans as "…"`, `claims`): someone else may speak there."""
    words = [w.strip(",()").lower() for w in clause.split()]
    return any(verb_in(w, _REPORTING_FORMS) for w in words)


def _antecedent(before: str, before_abs: int, people: People) -> str | None:
    """The person a who-clause ending `before` is about (`Ana Berg praised Jo Park, who`):
    he or she speaks, not the sentence's subject; "" when the clause follows no name
    (`his father who`), two (`Jo Park and Ana Berg, who`) or a name owned by a noun (`the
    wife of Jo Park, who`): no one person the sentence names; None with no who-clause."""
    if (relative := _P["relative_subject"].search(before)) is None:
        return None
    end = before_abs + len(before[: relative.start()].rstrip(" ,-–—"))
    # `Jo Park, now the harbour chief, who`: the clause is still Park's, past the role (not
    # past one naming someone: `Jo Park, a friend of Tom Holm, who` may be either).
    role = _P["apposed_role_end"].search(before, 0, relative.start())
    if role and not people.named_in(before_abs + role.start(), end):
        end = before_abs + role.start()
    if not (named := people.named_in(before_abs, end)) or named[-1][1] != end:
        return ""
    pair = len(named) > 1 and before[named[-2][1] - before_abs : named[-1][0] - before_abs]
    if pair and pair.strip() in ("and", "&"):
        return ""  # `Jo Park and Ana Berg, who`
    owned = _P["antecedent_object"].search(before, 0, named[-1][0] - before_abs)
    return "" if owned else named[-1][2]  # `the wife of Jo Park, who`: maybe the wife


def _described_relative(before: str, verb: str) -> Found | None:
    """The unnamed one a who-clause ending `before` is about (`the report quoted an aide of
    Park's who`), as a description; None when no determiner opens the words before `who`."""
    relative = _P["relative_subject"].search(before)
    noun = _P["described_antecedent"].search(before, 0, relative.start()) if relative else None
    return Found(None, verb, How.DESCRIPTION, noun["noun"]) if noun else None


# Words before an -ing form that make it a gerund (`before telling her`), not a participle.
_SUBORDINATORS = lexicons.words("subordinators")
_GERUND_LEADS = _SUBORDINATORS | _PREPOSITIONS
# Words that open a clause inside a predicate (`said that`, `the man who`): no plain one.
_CLAUSE_WORDS = _SUBORDINATORS | lexicons.words("relative_pronouns")


def _linked(head: str, at: int) -> bool:
    """Whether the name at `at` in `head` follows a source noun's link to it (`people close
    to`, `a man who met`, `the bank that hired`): that noun is the subject, not the name."""
    link = _P["linked_before"].search(head, 0, at)
    return link is not None and link.group(1).lower() in GROUP_NOUNS | PERSON_NOUNS | BODY_NOUNS


def _linked_holder(before: str) -> bool:
    """Whether the words `before` a name link someone else to it: a preposition right before
    (`a lawyer for`), or a relative's or a source's noun and "of" or "for" past titles (`the
    son of Valby mayor`, `a spokesman for mayor`); not an office (`the head of Valby Council`)."""
    if _P["person_after_preposition"].search(before):
        return True
    link = _P["antecedent_object"].search(before)
    noun = (link["noun"] or "").lower() if link else ""
    return noun in _UNNAMED or link is not None and link["link"] == "for" and noun in PERSON_NOUNS


def _name_at(m: re.Match[str]) -> int:
    """Where the capitalised words of the source `m` found start (`hired Jo Park`: at Jo)."""
    lead = _P["lower_lead"].match(m["who"])
    return m.start("who") + (lead.end() if lead else 0)


def _who_clause_after(head: str, m: re.Match[str]) -> re.Match[str] | None:
    """The who-clause ending `head` with a reporting verb of its own after the verb `m`
    found (`Jo Park told Ana Berg, who said:`, `told the board, which said:`): its verb
    brings the quote in, the one it is about speaks, not the earlier verb's subject; None
    without one. Not a which-clause after any other noun (`Jo Park added a caption which
    reads:`): what the subject wrote may speak for him."""
    verb = m.groupdict().get("verb")
    clause = verb and (_P["relative_cue"].search(head) or _P["whose_cue"].search(head))
    if not clause or not clause["verb"] or clause.start("verb") <= m.end("verb"):
        return None
    if clause.group().split()[0].lower() in ("who", "whose"):
        return clause
    # `Jo Park told the board, which said:`, `spoke to Norbank, which said:`: a body's
    # which-clause, not a document's.
    noun = "".join(head[: clause.start()].split()[-1:]).strip(",")
    named = noun[:1].isupper() and noun.lower() not in DOCUMENT_NOUNS
    return clause if named or noun.lower() in (BODY_NOUNS | GROUP_NOUNS) - DOCUMENT_NOUNS else None


def _relative_source(head: str, head_abs: int, people: People) -> Found | None:
    """The source a relative clause or an -ing form ends on before the quotation (`the
    Harbour Authority which said a '…'`, `the king who asks, '…'`): an actor named right
    before it, else the description there."""
    if (m := _P["relative_cue"].search(head)) is None:
        return None
    verb = m["verb"] or m["ing"]
    # `Norbank, which said:`: a body's name may end before the comma setting the clause off
    # (a person's who-clause is `_antecedent`'s: `Jo Park and Ana Berg, who said` is neither).
    which = m.group().split()[0] == "which"
    at = head_abs + (len(head[: m.start()].rstrip(",")) if which else m.start())
    lead = head[: m.start()].split()[-1:]
    if m["ing"] and lead and lead[0].lower() in _GERUND_LEADS:
        return None  # `before telling her: '…'`: a gerund, no noun before it speaking
    if named := _ending_at(people.actors, at, people.text, "part_of", 40):
        return Found(named[0], verb, How.NAMED)
    described = _P["described_subject"].search(head, 0, m.start())
    return Found(None, verb, How.DESCRIPTION, described.group().strip()) if described else None


def _ending_at(actors: Actors, at: int, text: str, guard: str, back: int) -> list[str]:
    """The actors with a mention ending at `at` (right before a verb), none right after what
    `guard` matches within `back` characters before it (`the share of`, `32% of`)."""
    ending = [(a.name, e) for a in actors for e in a.evidence if e.end == at]
    return [n for n, e in ending if not _P[guard].search(text, max(0, e.start - back), e.start)]


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of `pattern` in `text` starting last (the verb nearest a quote)."""
    m, at = None, 0
    while (later := pattern.search(text, at)) is not None:
        m, at = later, later.start() + 1
    return m


# Words opening a description that may stand for the previous speaker (`The former coach`).
_DEFINITE_OPENERS = lexicons.words("definite_openers")


def _owned_document_author(before: str, head_abs: int, actors: Actors, verb: str) -> Found | None:
    """The named owner of the document that is the whole subject before a weaving verb (`Jo
    Park's statement said the plan was "…"`), who wrote it in their own name; else None."""
    if (owned := _P["owned_document"].fullmatch(before)) is None:
        return None
    found = found_by(owned["who"], actors, head_abs + owned.start("who"), verb)
    return replace(found, how=How.SUBJECT) if found is not None and found.speaker else None


def _opening_body_described(described: str, head: str, head_abs: int, people: People) -> str | None:
    """The one organisation opening the sentence when a body noun describes the subject of a
    comment set off after it (`Norbank said Jo Park quit, a move the company termed "…"`):
    the same body, of a kind the noun fits; else None."""
    noun = described.split()[-1].lower()
    lead = _P["body_lead"].match(head)
    if noun not in BODY_NOUNS or lead is None:
        return None
    body = _one(named_at(people.actors, (head_abs + lead.end(),)))  # the body named there
    return body if body and not _kind_clash(noun, body) else None


def _telephoning(head: str, end: int) -> bool:
    """Whether the woven verb ending at `end` is a progressive `calling` right before the
    mark, its object nowhere before it (`more shoppers are calling 'on the go'`): a phone
    call, not words named (`what critics are calling "…"` names them)."""
    if head[end:].strip():
        return False
    return _P["progressive_calling"].search(head, 0, end) is not None and (
        _P["named_calling"].search(head, 0, end) is None
    )


def subject_of_weaving(
    head: str, head_abs: int, actors: Actors, people: People, tail: str = ""
) -> Found | None:
    """The source of a partial quote woven into the sentence (`the mayor called the plan
    "a serious mistake"`); `tail`: the words after the closing mark."""
    # No plural noun after an adjective (`rated 32% of Republican claims as "…"`: `rated`).
    woven = cues.P["weaving"].finditer(head)
    verbs = [w for w in woven if head_abs + w.start() not in people.nouns]
    # Nor a plural noun after a determiner (`dismissed those claims as "…"`: `dismissed`).
    plural = [
        w for w in verbs if w[0][-1] == "s" and _P["noun_determiner_end"].search(head, 0, w.start())
    ]
    verbs = [w for w in verbs if w not in plural]
    # Not an aside's passive verb when another verb weaves the quote in (`described the plan as
    # revealed by the survey as "…"`: `described`).
    asides = {m.start("verb") for m in _P["as_by_aside"].finditer(head)}
    verbs = [w for w in verbs if w.start() not in asides] or verbs
    # Nor a progressive `calling` with no object before the mark (`shoppers are calling "…"`).
    verbs = [w for w in verbs if not _telephoning(head, w.end())]
    # The last, but for an infinitive after a finite one (`said it was too soon to tell, and
    # there was "…"`: `said`).
    finite = [w for w in verbs if not head[: w.start()].endswith("to ")]
    if not verbs:
        return None
    m = (finite or verbs)[-1]
    if head[: m.start()].endswith(", ") and m.group().endswith("ed") and tail.split()[:1] == ["by"]:
        return None  # `The hotel Ana Berg owns, rated "excellent" by guests`: the agent's word
    rest = head[m.end() :]
    if _P["new_clause"].search(rest):
        return None  # `Park spoke by the hall, where 50 workers had gathered, chanting "…"`
    if rest.lstrip().startswith(",") and _P["fronted_verb_clause"].match(head[: m.start()]):
        return None  # `As Jo Park spoke, the lobby was pressing against "…"`: not Park's words
    if agent := _P["by_agent"].match(rest):  # `described by Norbank as "…"`: the agent said it
        return found_by(agent["who"], actors, head_abs + m.end(), m.group())
    clause = _P["clause_opening"].search(rest)
    after = head_abs + m.end() + (clause.end() if clause else 0)
    if aside := _P["that_aside"].match(rest):
        # `argued that, although Park had helped, he was not "…"`: a subordinate clause set
        # off before a pronoun subject names no new source; the verb's subject speaks.
        after = head_abs + m.end() + aside.end()
    # A person right before the quote (maybe past an adverb) is its grammatical subject, not
    # a new source (`arguing that Trump "lashed out…"`, `that Park knowingly "…"`).
    named = people.named_in(after, head_abs + len(head))
    # Not right before it, nor only adverbs after it (`that Park knowingly "…"`), nor, after
    # a subject that is no pronoun, only an owner (`The Post reports that Jo Park's team…`).
    owners = () if _P["any_subject_pronoun"].search(head, 0, m.start()) else ("'s", "’s")
    ends = [e - head_abs for _, e, _ in named if head[e - head_abs :][:2] not in owners]
    followed = any(not _P["adverbs"].fullmatch(head, e) for e in ends)
    # Or someone named speaking after the verb (`…reported that Jo Park told`).
    other = followed or bool(_P["name_says"].search(head[after - head_abs :]))
    # `…the views of Jo Park, who sees it as "…"`: the person the who-clause is about (not
    # `said Park and Berg were rivals who "…"`, a restrictive clause of a common noun).
    restrictive = clause is not None and re.fullmatch(r"[a-z]\s+who", clause[0]) is not None
    about = clause is not None and clause.group().endswith("who") and not restrictive
    other = other or about and bool(people.named_in(head_abs + m.end(), after))
    if len(rest.split()) > 30 or (clause or len(rest.split()) > 14) and other:
        return None  # the quote belongs to a clause further on (`reported that X told…`)
    before = head[: m.start()].rstrip()
    # `Their chair, Jo Lind, 71, called it "…"`: the age set off after the name is no subject
    before = _P["age_aside_end"].sub(",", before)
    # nor the party and state (`Sen. Jo Lind, R-Okla., called it "…"`)
    party = before.rstrip(",").rsplit(", ", 1)
    if before.endswith(",") and len(party) == 2 and PARTY_STATE.fullmatch(party[1]):
        before = party[0] + ","
    # The known person set off after a whose-clause's role: the weaving verb's subject.
    role = _P["whose_role_apposed_end"].search(before)
    holder = known_person(role["who"], actors, head_abs + role.start("who")) if role else None
    if holder is not None:
        return Found(holder, m.group(), How.NAMED)  # `Norbank, whose chief, Jo Lind, called`
    recalled = _recalled_clause("recalled_woven", head)
    if recalled and recalled.start("verb") == m.start():  # `recalled that Park once called it`
        at = head_abs + recalled.start("who")
        return found_by(recalled["who"], actors, at, m.group()) or Found(None, m.group())
    if (owned := _owned_document_author(before, head_abs, actors, m.group())) is not None:
        return owned  # `Jo Park's statement said the plan was "…"`: the owner wrote it
    if _owner(before, actors):
        return None  # `rated half of Park's claims as "…"`: a noun its owner's name precedes
    if (named_before := _antecedent(before, head_abs, people)) is not None:
        if named_before and "," in rest and (cut := before.rfind(",")) > 0:
            # `Jo Park told a rally, attended by Ana Berg, who spoke first, that "…"`: the
            # who-clause closed before the quote; the verb before it weaves it in.
            return subject_of_weaving(head[: cut + 1], head_abs, actors, people, tail)
        if named_before:
            return Found(named_before, m.group(), How.NAMED)
        if people.named_in(head_abs, head_abs + len(before)):
            # `Jo Park met a man who called it "…"`: the man, unnamed, described.
            return _described_relative(before, m.group())
    before = dash_aside(before)
    parts = before.split(",")
    if (closed := _closed_who_subject(parts, head_abs, people)) is not None:
        return Found(closed, m.group(), How.NAMED)
    if len(parts) > 1 and parts[0].strip().lower() in _CONNECTIVES:
        parts = parts[1:]  # `However, after the talks, a spokesman said`: no part of the subject
    opening = parts[0].split()[:1] and parts[0].split()[0].lower() in _PREPOSITIONS
    second = parts[1].split()[:1] if len(parts) == 2 else []  # `At a forum, one man said`
    # Not before a relative clause set off by commas (`In May Jo Park, who left, said`).
    relative = len(parts) > 1 and _P["relative_opening"].match(parts[1].strip()) is not None
    set_off = len(parts) > 2 or second and second[0].lower() not in _PREPOSITIONS
    if opening and not relative and set_off:
        parts = parts[1:]  # `In Valby, legislator Ana Berg, warned…`
    if len(parts) > 1 and _P["where_clause"].match(parts[-2].strip()):
        parts = parts[-1:]  # `in Valby, where Jo Park lives, officials called it`: officials
    if len(parts) == 2 and _P["fronted_subordinate"].fullmatch(parts[0]):
        parts = parts[1:]  # `As far as whether Park…, the senator acknowledged`: the senator
    chunk = parts[0] if before.endswith(",") or len(parts) == 1 else before
    chunk = _P["leading_link"].sub("", chunk)
    # Not inside a clause a verb reports (`Jo Park said that when Berg had…`): Park's words.
    subordinate = _P["subordinate_subject"].search(chunk)
    inner = False
    if subordinate and not cues.P["weaving"].search(chunk, 0, subordinate.start("rest")):
        chunk, inner = subordinate["rest"], True
    elif not before.endswith(",") and (reported := _reported_subject(chunk)):
        chunk, inner = reported, True  # right before the verb, not a clause a comma closed
    chunk = chunk.rsplit(": ", 1)[-1]  # `Ready to go: An expert said '…'`: a caption's label
    # `… under Jo Park and Ana Berg The memo states`: a caption run in before the sentence,
    # cut when a short noun phrase is left (`The memo`), else kept whole.
    if _P["run_in_subject"].fullmatch(run_in := _P["run_in_opening"].split(chunk)[-1]):
        chunk = run_in
    if _P["gerund_before"].search(chunk):
        # `Voters embracing Park announced "…"`: the ones described, Park no subject.
        return Found(None, m.group(), How.DESCRIPTION, chunk.strip())
    # `The plan was what critics called "…"`: the source is the clause after `what`, its
    # subject even with no determiner (`critics`, `many voters`).
    what = _P["what_called"].search(chunk) is not None
    chunk = _P["what_called"].sub("", chunk)
    moved = _P["object_then_subject"].match(chunk) is not None  # `, a move the group termed`
    chunk = _P["object_then_subject"].sub("", chunk)
    chunk = _PERCEIVED_END.sub("", chunk)  # `The coach was quoted as calling it "…"`
    be = _P["be_end"].search(chunk)  # `was newly`
    passive = be is not None and m.group()[-3:] != "ing"
    if passive or _participle(head, m.end()):  # not `Jo Park is telling…`
        return None  # passive (`the plan was called "a mistake"`): the subject said nothing
    # `Jo Park is telling…`: "be" before an -ing form (a passive returned above).
    chunk = _P["auxiliary_end"].sub("", chunk)
    chunk = _P["subject_aside"].sub("", chunk)
    # An adverb before the verb (`The Berg administration immediately said`), not a noun of
    # the source (`The Berg family called`, `a close ally said`).
    last = chunk.split()[-1:]
    if last and last[0].endswith("ly") and last[0].islower() and last[0] not in _SOURCE_NOUNS:
        chunk = chunk.rsplit(None, 1)[0]
    # `He called…`, `He, the chief, called…`, `tackling what she called…`: the pronoun.
    # A subject pronoun is read from the start of the clause, so the sentence before counts;
    # not one opening a subordinate clause (`Park left, when he told…`): read where it stands.
    opening = chunk.strip().lower() in ("he", "she") and not inner
    pronoun = re.search(r"\b(he|she)" + ("" if opening else r"(?:\s+\w+ly)?$"), before, re.I)
    fronted = _P["fronted_participle"].fullmatch(head, 0, m.start())
    participle = m.group().endswith("ing") and fronted
    if participle or pronoun and _P["fronted_clause"].fullmatch(before, 0, pronoun.start()):
        # `Although he called it "…", Mr. Renn…`, `Despite calling it "…", she…`: the subject after.
        end = head_abs + len(head)
        stop = next((s for s in people.sentence_starts if s > end), len(people.text))
        ahead = people.named_in(end, stop)
        she = _P["pronoun_ahead"].search(people.text, end, stop)
        said = she or pronoun
        who = ahead[0][2] if ahead else people.referent(she[1], she.start(1)) if she else None
        word = said.group(1).lower() if said else None
        return Found(who, m.group(), How.PRONOUN, pronoun=word) if who else None
    if pronoun:
        word = pronoun.group(1).lower()
        at = head_abs + (0 if opening else pronoun.start())
        return Found(people.referent(word, at), m.group(), How.PRONOUN, pronoun=word)
    it_subject = _P["it_subject_end"].search(chunk.strip())
    if it_subject and (it_body := _it_opening_body(people, head_abs + m.start())):
        return Found(it_body, m.group(), How.NAMED_BEFORE, pronoun="it")  # `what it calls "…"`
    if (it_before := _it_sentence_body(before, people, head_abs + m.start())) is not None:
        return Found(it_before, m.group(), How.NAMED_BEFORE, pronoun="it")
    shared = _second_predicate(head, head_abs, verbs, m, people)
    if issuer := shared or _issued_by(chunk, actors, head_abs, m.group()):
        return issuer
    if (opener := opening_body(head, head_abs, m.start(), people)) is not None:
        return Found(opener, m.group(), How.NAMED)  # `Norbank shut the plant and said it was "…"`
    who = chunk.strip()
    # `The Valby Board - which said it was "…"`: the body before the clause set off
    who = _SET_OFF_WHICH.sub("", who)
    if m.group().endswith("ing") and before.endswith(","):
        opener, takes = _opener(who, actors)
        if opener:
            return Found(opener, m.group(), How.NAMED)
        if (described := _described_opener(who, head_abs, m.start(), people)) is not None:
            return Found(None, m.group(), How.DESCRIPTION, described)
        if takes or _verb_object(who):
            return None  # `Police arrested Ana Berg, citing "…"`: the subject's words, not Berg's
    first = who.split()[:1]
    # A team's named lead may come with a long affiliation (`Dr Jo Park of … and colleagues`).
    short = 0 < len(who.split()) <= 8 or _P["team_lead"].fullmatch(who) is not None
    subject = short and (who[:1].isupper() or first[0].lower() in _DETERMINERS or what)
    found = found_by(who, actors, head_abs + m.start(), m.group()) if subject else None
    if moved and found and found.description:
        # `Norbank said Jo Park quit, a move the company termed "…"`: the body opening it.
        same = _opening_body_described(found.description, head, head_abs, people)
        found = Found(same, m.group(), How.NAMED) if same else found
    if found and found.description and m.group().endswith("ing") and before.endswith(","):
        found = replace(found, description=_described_subject(found.description))
    if inner and found and found.speaker:
        at = head_abs + head.rfind(who, 0, m.start())
        # A subordinate clause's short subject refers back: named in full in `who` or before.
        name = found.speaker
        earlier = any(e.start < at for a in actors if a.name == name for e in a.evidence)
        if name not in who and not earlier:
            return None  # `in 2008, when Mrs. Clinton assured…`: not the Clinton named only later
    if found:
        # `Another critic, Laurence Tribe, likened…`: the name set off after the description.
        apposed = parts[1].strip() if len(parts) == 3 and found.description else ""
        person = _person_in(apposed, actors)
        is_name = _apposition_is_name(apposed, person)
        return Found(person, m.group(), How.NAMED) if is_name else found
    # Else: the person right before the verb, maybe past an apposition or a time
    # (`an explosion that Mayor Ana Berg described as "…"`, `Jo Park, the club's chief,
    # last week said he expected…`).
    named = people.named_in(head_abs, head_abs + m.start())
    if named and _P["subject_gap"].fullmatch(head, named[-1][1] - head_abs, m.start()):
        lead = re.sub(r"(?:\s+[A-Z][\w.]*)+\s*$", "", " " + head[: named[-1][0] - head_abs])
        article = lead.split()[-1:] == ["the"]  # `the King James`: a thing, described
        # `Park and Berg called…`: two subjects, no one speaker.
        (a, b, _), (c, d, _) = named[-2] if len(named) > 1 else named[-1], named[-1]
        if a < c and head[b - head_abs : c - head_abs].strip() in ("and", "&"):
            return Found(None, m.group(), How.DESCRIPTION, head[a - head_abs : d - head_abs])
        if article:
            the = len(lead) - 4  # where `the` opens in `head` (`lead` has one blank more)
            return Found(None, m.group(), How.DESCRIPTION, head[the : d - head_abs])
        return Found(named[-1][2], m.group(), How.NAMED)
    # `since the Harbour Board dubbed them "…"`: a body right before the verb.
    at = head_abs + m.start() - 1  # one blank before the verb
    # Not the object of a preposition (`rated 32% of Norbank claims as "…"`: a noun, no verb).
    bodies = tuple(a for a in actors if a.type != "person")
    body = _ending_at(bodies, at, people.text, "object_of", 20)
    return Found(body[0], m.group(), How.NAMED) if body and head[m.start() - 1] == " " else None


def _closed_who_subject(parts: list[str], head_abs: int, people: People) -> str | None:
    """The person named right before a who-clause that commas close just before the verb
    (`…an interview with Valby FM Jo Park, who fled in May, said women got a "…"`): the
    verb's subject, however the sentence opens (a caption may run into it); also past a first
    predicate of that subject (`Jo Lind, who works with Tom Berg, welcomed it and said`)."""
    if len(parts) < 3 or not parts[-2].lstrip().startswith("who "):
        return None
    last, since = parts[-1], head_abs + len(",".join(parts[:-1]))
    predicate = _P["closed_who_predicate"].fullmatch(last) and not _P["clause_word"].search(last)
    if last.strip() and not (predicate and not people.named_in(since, since + len(last))):
        return None
    end = head_abs + len(",".join(parts[:-2]).rstrip())
    return next((n for _, e, n in people.named_in(end - 60, end) if e == end), None)


def dash_aside(before: str) -> str:
    """`before` with an aside a pair of dashes sets off right before the verb read as one set
    off by commas (`The memo – drawn up by Norbank, a lender – warns that…`: the memo's
    subject is `The memo`), each dash turned into a comma of the same length, the comma last so
    that a double hyphen (`The memo -- drawn up by Norbank --`) ends on it like a dash; else
    unchanged."""
    dashes = list(_P["aside_dash"].finditer(before))
    if len(dashes) != 2 or dashes[1].end() != len(before):
        return before
    for d in dashes:
        before = before[: d.start()] + " " * (d.end() - d.start() - 1) + "," + before[d.end() :]
    return before


def _whole_name(words: str, actors: Actors) -> str | None:
    """The actor `words` names in full, past a leading "the" (`the Office for Harbour
    Statistics`): a body's own name, not the office of a group it may look like; else None."""
    name = re.sub(r"^[Tt]he\s+", "", words.strip())
    return next((a.name for a in actors if name == a.name or name in a.aliases), None)


def _people_ending(people: People, pos: int) -> str | None:
    """The singular of the plural noun of people (`fans`) that ends the sentence before the
    one at `pos`, whom a bare `One posted:` or `Another said` is one of; else None."""
    if (k := sentence_index(people.sentence_starts, pos)) < 1:
        return None
    last = people.text[people.sentence_starts[k - 1] : people.sentence_starts[k]].split()[-1:]
    word = last[0].rstrip(".!?") if last else ""
    return word[:-1] if word.endswith("s") and word[:-1] in PERSON_NOUNS else None


def _reported_subject(chunk: str) -> str | None:
    """The subject of a clause a reporting verb brings in, right before the verb weaving a
    quote (`Jo Park said a guard told him the deal was "…"`): the guard's words as Park
    reports them, so the guard is the source, never Park. None when the reporting verb sits
    in a relative clause of the subject (`The man who said so called it "…"`: the man)."""
    m = _P["reported_subject"].search(chunk)
    return None if m is None or _P["clause_word"].search(chunk, 0, m.start("verb")) else m["rest"]


def _described_subject(clause: str) -> str:
    """The subject of a clause an -ing phrase after its comma hangs on, up to its finite verb
    (`The company is shutting down the office, calling it "…"`: `The company`; `Jo Park and
    Ana Berg`, two named): the clause itself when no verb is found or the words before it
    describe nobody."""
    if (verb := _P["subject_verb"].search(clause)) is None or verb.start() == 0:
        return clause
    subject = clause[: verb.start()]
    joint = _P["joint_names"].fullmatch(subject) is not None
    return description_of(subject) or (subject if joint else clause)


def opening_subject(clause: str) -> str | None:
    """The description opening `clause` as its subject, up to its finite verb (`The harbour
    board will close the quay`: `The harbour board`; `The woman waved a flag`: `The woman`):
    who speaks in its second predicate or its participle set off by a comma, not the object
    before that verb. None unless a determiner opens it and at most five words describe."""
    if (verb := _P["subject_verb"].search(clause)) is None:
        return None
    subject = clause[: verb.start()].strip()
    words = subject.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in _DETERMINERS or "," in subject:
        return None
    return description_of(subject)


def acting_body(people: People, start: int, pos: int) -> str | None:
    """The body a description opens the sentence at `start` with (`The company is closing the
    plant "out of caution"`), whose act the writer reports around a phrase quoted at `pos` with
    no reporting verb: the body's own words for it. None when the sentence names any actor but
    a place before the mark, says what the body is (`The club were "unlucky"`: maybe its
    manager's word) or has it deny anything (the accuser's word)."""
    text = people.text
    if _P["denying"].search(text, start, pos):
        return None
    named = {a.type for a in people.actors for e in a.evidence if start <= e.start < pos}
    lead = _P["body_act_opener"].match(text, start, pos)
    at = lead.end() if lead else start
    described = opening_subject(text[at:pos])
    if named - {"location"} or described is None:
        return None
    if described.split()[-1].lower() not in BODY_NOUNS:
        return None
    if _P["copula"].match(text, text.index(described, at) + len(described)):
        return None
    return antecedent(described, people, at, None)


def _described_opener(clause: str, head_abs: int, verb_at: int, people: People) -> str | None:
    """The description of one person opening `clause` (`The 31-year-old admitted the cup was
    huge, calling it "…"`: `The 31-year-old`), whom an -ing phrase after the clause's comma
    hangs on, however long its predicate; None when the clause names anyone (`The officer
    arrested Jo Park, calling…`: maybe Park's words) or no such description opens it."""
    if people.named_in(head_abs, head_abs + verb_at):
        return None
    m = _P["described_ing_subject"].match(clause)
    return m["described"] if m is not None and noun_gender(m["head"]) is not None else None


def _verb_object(clause: str) -> bool:
    """Whether `clause` ends in a name (maybe past a title) right after a past-tense verb
    other than a reporting one (`Police arrested Ana Berg`): the name is that verb's object,
    and an -ing phrase after the clause's comma hangs on its subject."""
    words = re.sub(r"(?:\s+[A-Z][\w.'’-]*)+\s*$", "", " " + clause).split()
    if clause == " ".join(words) or not words:
        return False
    return _P["object_verb"].fullmatch(words[-1]) is not None and words[-1] not in cues.VERBS


def _opener(clause: str, actors: Actors) -> tuple[str | None, bool]:
    """The person whose name opens `clause`, past capitalised words only (a title,
    `Norland's`), right before its verb: the subject an -ing phrase after the clause's comma
    hangs on (`Norland's Jo Park introduced Ana Berg, citing "…"`: Park, not Berg); none
    when the verb reports or takes a clause, whose own subject may be the one (then True:
    nobody is sure)."""
    if (person := _person_in(clause, actors, first=True)) is None:
        return None, False
    at = clause.index(person)
    lead = all(w[:1].isupper() for w in clause[:at].split())
    verb = _P["clause_verb"].match(clause, at + len(person))
    if not lead or verb is None:
        return None, False
    if verb["verb"] in cues.VERBS:
        return None, True  # `Jo Park confirmed Ana Berg quit, describing…`: maybe Berg's words
    taker = _P["clause_taker"].fullmatch(verb["verb"])
    takes = taker or _P["finite_after"].match(clause, verb.end())
    return (None, True) if takes else (person, False)


def _second_predicate(
    head: str, head_abs: int, verbs: list[re.Match[str]], m: re.Match[str], people: People
) -> Found | None:
    """The source of a quote woven after a second verb of one subject (`Jo Park bemoaned the
    delays and said it was a "…"`): the first verb's subject, when nobody else is named
    between the verbs and no clause there has a subject of its own but a pronoun (`said that
    she thinks… but said "…"`). A bare object after a reporting verb may be a clause's
    subject (`said the board met and said`): only one after a verb of weaving."""
    if len(verbs := _past_fronted_participle(head, verbs)) != 2 or verbs[1] is not m:
        return None
    first = verbs[0]
    words = _P["second_predicate"].match(head, first.end(), m.start())
    if words is None or people.named_in(head_abs + first.end(), head_abs + m.start()):
        return None
    between = words["words"]
    if (clause := _P["clause_word"].search(between)) and not _P["pronoun_clause"].match(between):
        return None
    # A capitalised word may be a name the tagger missed, someone else's clause; not a place
    # after `in` (`bemoaned the unrest in Valby and said`).
    named = any(w[:1].isupper() for w in _P["predicate_place"].sub("", between).split())
    thing = _P["thing_clause_then_pronoun"].fullmatch(between + " and " + head[m.end() :])
    person = thing is not None and noun_gender(thing["noun"]) is not None
    if thing is not None and (person or thing["noun"] in PERSON_NOUNS):
        thing = None  # `admitted his coach was tired and insisted he…`: maybe the coach's
    if not clause and (first.group() in cues.VERBS and thing is None or named):
        return None
    found = subject_of_weaving(head[: first.end() + 1], head_abs, people.actors, people)
    if thing is not None and found is not None and found.speaker:
        sex = people.gender(found.speaker)
        if sex and sex != ("m" if thing["pronoun"].lower() == "he" else "f"):
            return None  # `Jo Park admitted … and insisted she`: someone else, maybe
    return replace(found, cue=m.group()) if found is not None and found.speaker else None


def _past_fronted_participle(head: str, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """`verbs` past an -ing form opening the sentence and closed by its comma (`Speaking
    after the match, Jo Park admitted… and insisted`): a fronted phrase of the subject after
    it, no predicate of its own, so the two verbs after are the subject's first and second."""
    if len(verbs) < 2 or not verbs[0].group().endswith("ing"):
        return verbs
    if not _P["fronted_participle"].fullmatch(head, 0, verbs[0].start()):
        return verbs
    return verbs[1:] if "," in head[verbs[0].end() : verbs[1].start()] else verbs


def noun_gender(head: str) -> str | None:
    """ "m", "f" or "" for a word that stands for one person in a description (`Frenchman`,
    `Dane`, `25-year-old`, `defender`, `President`), else None; a people's name in -sh, -ch,
    -ese or -ss (`the French`, `the Swiss`) is no one, nor a name (`The Economist`)."""
    if head.endswith(("man", "woman")) and gazetteer.demonym_noun(head):
        return "f" if head.endswith("woman") else "m"
    if parent := _P["parent_of_count"].fullmatch(head):  # `the mother-of-four`: one parent
        return _NOUN_GENDERS.get(parent["noun"].lower())
    one = gazetteer.demonym_country(head) and not head.endswith(("sh", "ch", "ese", "ss"))
    role = head in ROLE_NOUNS or head in JOB_TITLES or head.endswith("year-old")
    return "" if one or role else None


def _description_gender(described: re.Match[str]) -> str | None:
    """ "m", "f" or "" for a description opening a sentence, by its head noun; a sports
    ranking (`The seventh seed`) has none and is a person of either gender."""
    return "" if (head := described.groupdict().get("head")) is None else noun_gender(head)


def restated_description(text: str, start: int, end: int, described: str) -> bool:
    """Whether the definite description `described` of a clause after a quote (`the former
    mayor`) is also written in [start, end), the quote's own sentence before it, and not set
    off after a name (`Then the former mayor gave her verdict: "…," said the former mayor`):
    one the writer names by it alone, who would be "she" if named before; not that person."""
    phrase = " ".join(described.lower().split())
    if len(phrase.split()) < 2 or phrase.split()[0] != "the":
        return False
    before = " " + " ".join(text[start:end].lower().split()) + " "
    at = before.find(phrase + " ")
    while at > 0:
        if before[at - 1] == " " and not before[:at].rstrip().endswith(","):
            return True
        at = before.find(phrase + " ", at + 1)
    return False


def antecedent(described: str, people: People, pos: int, previous: str | None) -> str | None:
    """The person a definite description of one stands for (`"…," added the Barcelona
    defender`, `The 30-year-old told…`): the previous quote's speaker (`previous`, given
    when recent), else the subject of the sentence before that names someone; never one
    holding another office (not the lawyer, for "the judge"); a relative (`his mother`) is
    the one person named earlier as that relation (`Vasco's mother, Nila Cruz,`)."""
    if _demonstrative_person(described.strip()) is not None:
        # `this active pensioner reveals:`: the one the sentences before are about.
        known = any(a.name == previous and a.type == "person" for a in people.actors)
        return previous if known else people.subject_before(pos, "")
    if body := _body_ending(described, people.actors):
        return body  # `his foreign ministry notes`: the one body named so
    if body := _body_of_named_document(described, people, pos):
        return body  # `Said the Halvard report:`: the Halvard Research Center's
    if _P["governing_body"].search(described.strip()):
        return _sanctioning_body(people, pos)  # `the sport's governing body said`
    if seated := _seat_holder(described, people, pos):
        return seated  # `Local TD Jo Lind said…. "…," the Valby TD said`
    if (firm := _company_by_trade(described, people, pos)) is not None:
        return firm  # `Holmvik Systems fell 2. The Valby electronics maker said`
    if kin := _P["kin"].fullmatch(described.strip()):
        named = re.finditer(r"[’']s\s+" + kin["noun"] + r",\s+", people.text[:pos])
        ends = {r.end() for r in named}
        # Any actor named there (the tagger may take `Nila de Cruz` for a body): a relative.
        return _one({a.name for a in people.actors for e in a.evidence if e.start in ends})
    if own := _P["own_document"].fullmatch(described.strip()):  # `his report`: its author
        return people.referent("he" if own[1].lower() == "his" else "she", pos)
    if member := _P["party_member"].fullmatch(described.strip()):
        return _member_of(institutions.canonical(member["party"]), people, pos, previous)
    # `the former harbour master and Valby councillor`: one person, named by the last of the two.
    m = _P["definite"].fullmatch(re.sub(r"^([Tt]he\s+)[^,]*?\s+and\s+", r"\1", described.strip()))
    if m is not None and m.group(1).lower() in BODY_NOUNS:
        noun = m.group(1).lower()
        story = _main_body(people, pos) or _lead_body(people, pos)
        story = story if noun in _STORY_BODY_NOUNS else None
        body = body_before(people, pos)[0] or introduced_as(noun, people, pos)
        body = body or _body_by_last_word(noun, people, pos)
        body = body or _former_body(described, noun, people, pos)
        # Neither of another kind (`the company` is no `Valby Council`, however often named).
        return next((b for b in (body, story) if b and not _kind_clash(noun, b)), None)
    if m is not None and m.group(1).lower() in DOCUMENT_NOUNS:
        return author(people, pos)  # `the memo says`: the body that wrote it
    if m is not None and m.group(1).lower() in _RULING_NOUNS:
        return _court_of_ruling(people, pos)  # `"…," said the ruling`: the court's
    if m is not None and m.group(1).lower() in _PRESS_PIECE_NOUNS:
        return _paper_of_piece(people, pos)  # `a Valby Post article…. "…," the article read`
    if m is not None and m.group(1).lower() in _BOOK_NOUNS:
        return _book_writer(people, pos)  # `Park wrote a memoir…. "…," the book said`
    if m is not None and (writer := _named_author(people, pos, m.group(1).lower())):
        return writer  # `the paper's co-author Jo Park…. "…," the paper concludes`
    head = m.group(1) if m is not None else None
    if (head is None or noun_gender(head) is None) and described[:1].isupper():
        # `The double Olympic champion said:` opening its sentence, its subject; not after a
        # quote (`"…," the senior minister told reporters` may be anyone).
        wide = _P["described_role_opening"].fullmatch(described.strip())
        head = wide["head"] if wide is not None else None
    if head is None or (gender := noun_gender(head)) is None:
        return None
    persons = [a for a in people.actors if a.type == "person"]
    noun = head.lower()
    if _introduced_unnamed(people.text, pos, noun):
        return None  # `Park asked an official. "No," said the official.`: not Park
    # "The judge" is the one person the story gave that office (`Judge Ana Berg`).
    holders = {a.name for a in persons for r in a.roles if noun in r.lower().split()}
    holders = {n for n in holders if _office_beside(people, n, noun)}
    if noun in OFFICES and len(holders) == 1:
        holder = holders.pop()
        return None if _serves_other(people, holder, described) else holder
    # `Jo Park, a spokesman for the mayor…. Ana Lund sent her spokesman, Tim Holm…. "…," the
    # spokesman said`: of several the story gives that very role, the one named last (not
    # "the president" for a vice president).
    several = {a.name for a in persons if noun in (r.lower() for r in a.roles)}
    if described.strip().lower() == f"the {noun}" and len(several) > 1:
        return previous if previous in several else people.named_last(several, pos)
    # `Jo Park met the minister. "…," the minister said`: the one met, not Park.
    met = _P["definite_unnamed"].finditer(people.text, _sentences_back(people.text, pos, 2), pos)
    if any(m["words"].lower() == noun for m in met):
        return None
    if not holders and _introduced_unnamed(people.text, pos, noun, wide=True):
        return None  # `a fashion designer watched…. "…," said the designer`: no one named
    if not any(a.name == previous for a in persons):
        previous = people.subject_before(pos, gender)
    if previous is None:
        return _sole_holder(people, noun, described, pos)
    held = {w for a in persons if a.name == previous for r in a.roles for w in r.lower().split()}
    held = {w for w in held if w not in OFFICES or _office_beside(people, previous or "", w)}
    # "The judge" is nobody not known to be the judge, nor one holding another office (a lawyer);
    # "the filmmaker" is no one the story gives another trade (`a fighter pilot`).
    other = held & OFFICES - {noun} or noun in TRADES and held & TRADES - {noun}
    if other and not held & OFFICES - {noun}:
        return _tradesman_beside(people, previous or "", noun, pos)
    if noun in OFFICES - held or other or _serves_other(people, previous or "", described):
        return None
    misfit = _asked_not_asking(people, previous, noun) or _team_side_misfit(people, previous, noun)
    # `the father-of-two` is no woman (`"…," she said. "…," the father-of-two added`).
    sex = people.gender(previous) or shared_name_gender(previous)
    misfit = misfit or gender in ("m", "f") and sex in ("m", "f") and sex != gender
    return None if misfit or _office_misfit(people, previous, noun, described, pos) else previous


# The office each word of an office writes (`sen` -> senator), from office_equivalents.txt.
_OFFICE_OF = {
    w: office for office, forms in lexicons.forms("office_equivalents").items() for w in forms
}
_ROLE_QUALIFIER = re.compile(r"\s+(?:of|for|to|at)\s+")  # `Secretary of State`: head before


def _office_head(role: str) -> str | None:
    """The listed office a role names by its head word (`Florida Sen.`: senator, `general
    secretary of the union`: secretary); None for a role no office heads (`candidate`)."""
    words = _ROLE_QUALIFIER.split(role.strip(), maxsplit=1)[0].split()
    return _OFFICE_OF.get(words[-1].lower().rstrip(".")) if words else None


def _holders(people: People, office: str, pos: int, former: bool) -> set[str]:
    """The persons named before `pos` whom the story gives `office`; one who held it once
    (`former New Jersey governor`) only for a description of a former holder."""

    def holds(role: str) -> bool:
        return _office_head(role) == office and (former or not _former(role))

    return _role_holders(people, pos, holds)


def _role_holders(people: People, pos: int, holds: Callable[[str], bool]) -> set[str]:
    """The persons named before `pos` with a role that `holds` (an office, a seat)."""
    holding = [a for a in people.actors if a.type == "person" and any(map(holds, a.roles))]
    return {a.name for a in holding if any(e.start < pos for e in a.evidence)}


_ASKING_ROLES = lexicons.words("asking_roles")  # "moderator", "host", "interviewer"
_TEAM_SIDES = lexicons.groups("team_sides")  # "staff": boss, coach; "player": winger, striker


def _team_side_misfit(people: People, name: str | None, noun: str) -> bool:
    """Whether `the boss` (or `the striker`) cannot be `name`: the story gives them roles of
    the team's other side only (`Valby winger Jo Park went off injured. "…," the boss said`:
    the manager speaks, not Park)."""
    if (side := next((k for k, words in _TEAM_SIDES.items() if noun in words), None)) is None:
        return False
    held = {w for a in people.actors if a.name == name for r in a.roles for w in r.lower().split()}
    sides = {k for k, words in _TEAM_SIDES.items() if held & words}
    return bool(sides) and side not in sides


def _asked_not_asking(people: People, name: str | None, noun: str) -> bool:
    """Whether `the moderator` (one who asks) cannot be `name`: the story gives them roles,
    none of them that one (`candidate Jo Park was asked…. "…," the moderator said`)."""
    if noun not in _ASKING_ROLES:
        return False
    roles = [r.lower().split() for a in people.actors if a.name == name for r in a.roles]
    return bool(roles) and not any(noun in words for words in roles)


def _tradesman_beside(people: People, subject: str, noun: str, pos: int) -> str | None:
    """The person `the filmmaker` stands for when the subject before plies another trade (`Jo
    Park, a pilot, tells his tale. It is Ana Berg's films that last. "…," the filmmaker says`):
    the one other person named in the sentence before, with no other trade or office."""
    starts = people.sentence_starts
    own = starts[max(sentence_index(starts, pos), 0)]
    before = starts[max(sentence_index(starts, own - 1), 0)]
    named = {n for _, _, n in people.between(before, own)} - {subject}
    one = _one(named & {a.name for a in people.actors if a.type == "person"})
    held = {w for a in people.actors if a.name == one for r in a.roles for w in r.lower().split()}
    return one if one and not (held & (OFFICES | TRADES)) - {noun} else None


def _sole_holder(people: People, noun: str, described: str, pos: int) -> str | None:
    """The person a bare `the minister` stands for when no speaker or subject is near (`…,"
    said Transport Minister Ana Berg.` paragraphs before): the one person the story gives
    that office, named before `pos`; None when it names two holders, past or present."""
    office = _OFFICE_OF.get(noun)
    bare = all(w.lower() in _BARE_MODIFIERS for w in described.split()[1:-1])
    if office is None or not bare or described.split()[0].lower() != "the":
        return None
    sole = _one(_holders(people, office, len(people.text) + 1, former=True))
    return sole if sole in _holders(people, office, pos, _former(described)) else None


def _former(role: str) -> bool:
    """Whether a role is one held once (`former governor`, `ex-minister`)."""
    return any(w.lower() in ("former", "ex") for w in re.split(r"[\s-]+", role))


def _office_misfit(people: People, name: str | None, noun: str, described: str, pos: int) -> bool:
    """Whether a description by office (`the minister`) cannot stand for the person `name`:
    the story gives them another listed office only (a union's general secretary), or, for a
    bare description (`the minister`, nothing to tell two apart), gives that office to
    someone else named since the sentence that last named `name` (`Transport Minister Ana
    Berg and Health Minister Jo Park visited…`)."""
    if (office := _OFFICE_OF.get(noun)) is None or name is None:
        return False
    # A former office (`the former first lady and Valby senator`) is no other office's rival.
    held = {_office_head(r) for a in people.actors if a.name == name for r in a.roles}
    if office not in held and held - {None} and not _former(described):
        return True
    bare = all(w.lower() in _BARE_MODIFIERS for w in described.split()[1:-1])
    rivals = _holders(people, office, pos, _former(described)) - {name}
    return bare and _named_since(people, rivals, _sentence_start(people, name, pos), pos)


def _sentence_start(people: People, name: str, pos: int) -> int:
    """Where the sentence of the last mention of `name` before `pos` starts."""
    starts = [e.start for a in people.actors if a.name == name for e in a.evidence]
    last = max((s for s in starts if s < pos), default=0)
    return max(people.text.rfind("\n", 0, last), people.text.rfind(". ", 0, last), 0)


def _named_since(people: People, names: set[str], start: int, end: int) -> bool:
    """Whether one of `names` is mentioned in [start, end): a rival for a bare `the minister`
    as close as the person read for it (`Transport Minister Ana Berg and Health Minister
    Jo Park visited…`); one named paragraphs before is no rival."""
    return any(start <= e.start < end for a in people.actors if a.name in names for e in a.evidence)


_BARE_MODIFIERS = lexicons.words("bare_role_modifiers")  # `the former minister`: still bare
_MEMBER_TITLES = lexicons.words("member_titles")  # "MP", "TD", "MSP"
_SEAT_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?P<title>" + "|".join(sorted(_MEMBER_TITLES)) + r")"
)


def _seat_holder(described: str, people: People, pos: int) -> str | None:
    """The member a description by seat stands for (`the Valby MP`, `the Kilbeg TD`): the
    one person named before `pos` whose role ends in that title; None when two or none."""
    if (m := _SEAT_DESCRIPTION.fullmatch(described.strip())) is None:
        return None
    title = m["title"]
    return _one(_role_holders(people, pos, lambda r: r.split()[-1:] == [title]))


def _company_by_trade(described: str, people: People, pos: int) -> str | None:
    """The firm a description by trade stands for (`The Valby, Norland, electronics maker
    said`): business copy's second mention of the one organisation opening the sentence
    before (`Holmvik Systems fell 2 to 10.`); None for an indefinite source (`an electronics
    maker`) or another opening."""
    if _P["company_by_trade"].fullmatch(described.strip()) is None:
        return None
    body = body_before(people, pos)[0]
    organisations = {a.name for a in people.actors if a.type == "organization"}
    return None if body not in organisations or _kind_clash("company", body) else body


def introduced_as(noun: str, people: People, pos: int) -> str | None:
    """The one organisation the story brought in before `pos` with `noun` just before its name
    (`private school Instituto Norte`, `the club Harbour FC`), whom `the school said` then
    stands for; None when none is, or when two bodies were brought in so."""
    ends = {m.end() for m in _P["introduced_as"].finditer(people.text, 0, pos) if m[1] == noun}
    return _one(named_at(people.actors, ends))


def _body_by_last_word(noun: str, people: People, pos: int) -> str | None:
    """The one organisation named before `pos` whose name ends in `noun` after words of its own
    (`the board said` for the Harbour Licensing Board, `the department` for the Transit
    Department): the story's short name for it; None when two are, or none."""
    named = tuple(a for a in people.actors if any(e.start < pos for e in a.evidence))
    return _one_ending(named, [noun.capitalize()], fold=False)


def _former_body(described: str, noun: str, people: People, pos: int) -> str | None:
    """The one organisation named in the sentences before `pos`'s own that call something `the
    former` `noun` (`BT's rivals accuse it of abusing its status as the former telecoms
    monopoly.`), whom `"…," the former monopoly said` stands for; None for a description
    without `former`, or when those sentences name two bodies, or none."""
    if not re.match(r"[Tt]he\s+former\s", described.strip()):
        return None
    starts = people.sentence_starts
    own = starts[max(sentence_index(starts, pos), 0)]
    found: set[str] = set()
    for m in _P["former_body"].finditer(people.text, 0, own):
        if noun not in m["words"].split():
            continue
        k = sentence_index(starts, m.start())
        lo, hi = starts[max(k, 0)], starts[k + 1] if k + 1 < len(starts) else own
        sentence = people.text[lo:hi]  # `BT's rivals`: an owner's name counts
        found |= {a.name for a in people.actors if a.type == "organization" and _names(a, sentence)}
    return _one(found)


def _kind(word: str) -> str | None:
    """The kind of body (`_BODY_KINDS`) a noun (`company`) or a name's last word stands for."""
    return next((k for k, items in _BODY_KINDS.items() if word in items), None)


def _kind_clash(noun: str, body: str) -> bool:
    """Whether `the company` (a noun of one kind) cannot stand for `body`, a name of another
    kind (`Valby Council`, the `Valby Post`, a party); a name of no known kind fits."""
    last = body.split()[-1]
    paper = body in NEWSPAPERS or last in NEWSPAPER_TAILS
    named = "newspaper" if paper else "party" if body in PARTIES else _kind(last)
    return (wanted := _kind(noun)) is not None and named is not None and wanted != named


def _serves_other(people: People, name: str, described: str) -> bool:
    """Whether a description naming a body (`the Norbank spokeswoman`) cannot stand for the
    person `name`, whose roles tie them to other bodies only (`a Valby Council spokeswoman`)."""
    words = described.split()[1:-1]  # between the article and the head noun
    named = {w for w in words if w[:1].isupper()}
    roles = [r for a in people.actors if a.name == name for r in (*a.roles, a.affiliation or "")]
    bodies = [a.name for a in people.actors if a.type == "organization"]
    served = {b for b in bodies for r in roles if _whole(b, r)}
    return bool(named and served) and not any(named & set(b.split()) for b in served)


def _office_beside(people: People, name: str, office: str) -> bool:
    """Whether the text writes `office` beside a mention of the person `name` (`Judge Jo
    Park`, `Jo Park, the judge`): a role the actors may have read from a bare `the judge`
    later is no sign that the judge is that person."""
    text = people.text
    spans = [e for a in people.actors if a.name == name for e in a.evidence]
    before = [
        _P["office_before"].search(text, max(0, e.start - 40), e.start)
        or _P["office_owned"].search(text, max(0, e.start - 40), e.start)
        for e in spans
    ]
    near = [b or _P["office_after"].match(text, e.end) for b, e in zip(before, spans, strict=True)]
    written = [m["office"] for m in near if m] + [text[e.start : e.end] for e in spans]
    return any(office in w.lower().split() for w in written)


def _member_of(party: str | None, people: People, pos: int, previous: str | None) -> str | None:
    """The person `the top-ranking Democrat on the panel` stands for: the previous quote's
    speaker (given when recent), else the subject of the sentence before, only when the story
    gives them that party (`Democratic Sen. Ana Berg`); else nobody."""
    if party is None:
        return None
    if previous not in persons(people.actors):
        previous = people.subject_before(pos, "")
    own = {institutions.canonical(a.affiliation or "") for a in people.actors if a.name == previous}
    return previous if previous is not None and own == {party} else None


def newspaper(described: str) -> str | None:
    """The newspaper a description read as a role is the title of (`The Economist called it
    "…"`: the paper, not an economist); written with its capitals only."""
    title = re.sub(r"^[Tt]he\s+", "", described.strip())
    return next((n for n, forms in NEWSPAPERS.items() if title in (n, *forms)), None)


def _body_ending(described: str, actors: Actors) -> str | None:
    """The one organisation whose name ends in the common words of a definite description
    of two words or more (`his foreign ministry` for the Norland Foreign Ministry)."""
    words = described.lower().split()
    if len(words) < 3 or words[0] not in _DEFINITE_OPENERS or not described[-1:].islower():
        return None
    return _one_ending(actors, words[1:])


def _body_of_named_document(described: str, people: People, pos: int) -> str | None:
    """The one organisation named before `pos` whose name holds every capitalised word of a
    document description (`the Halvard report` for the Halvard Research Center): written
    words are the body's that wrote them; None for another description, or two such bodies."""
    m = _P["named_document"].fullmatch(described.strip())
    if m is None or m["noun"].lower() not in DOCUMENT_NOUNS:
        return None
    words = set(m["names"].split())
    named = (a for a in people.actors if a.type == "organization")
    before = (a for a in named if any(e.start < pos for e in a.evidence))
    return _one({a.name for a in before if words <= set(a.name.split())})


def _it_opening_body(people: People, pos: int) -> str | None:
    """The body "it" before a weaving verb at `pos` stands for (`Moreover, the company now
    sees a way back in what it calls "…"`): the subject opening its sentence, past a
    connective, when that is a body by name (`Norbank now sees…`) or by its noun (`the
    company`, the body it stands for); else None (a person, or anything else, opens it)."""
    text, starts = people.text, people.sentence_starts
    start = starts[max(sentence_index(starts, pos), 0)]
    opening = text[start:pos].split(",", 1)
    if len(opening) == 2 and opening[0].strip().lower() in _CONNECTIVES:
        start = pos - len(opening[1])
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    lead = start + 4 * text.startswith(("The ", "the "), start)
    if named := _one(named_at(people.actors, {start, lead})):
        return named
    noun = _P["it_body_opening"].match(text, start, pos)
    if noun is None or noun["noun"].lower() not in BODY_NOUNS:
        return None
    body = antecedent(noun.group().strip(), people, start, None)
    return body if body in {a.name for a in people.actors if a.type == "organization"} else None


def _it_sentence_body(before: str, people: People, pos: int) -> str | None:
    """The body "it" opening a sentence (`before`, the words before its weaving verb at `pos`)
    stands for: the one body the sentence before has opening or speaking (`In its filing,
    Norbank said the port was "…" ⏎ It also said the court should keep out of "…"`), as for
    `it said, "…"`; None when `before` is more than "It", or a person opens that sentence, or
    that sentence quotes nobody (`Norbank said there was no deal. It added that "…"` may go
    back to a source quoted before it)."""
    if _P["it_sentence_opening"].fullmatch(before.strip()) is None:
        return None
    starts = people.sentence_starts
    k = sentence_index(starts, pos)
    if k < 1 or not _P["mark"].search(people.text, starts[k - 1], starts[k]):
        return None
    body, _ = body_before(people, pos)
    return body


def _sanctioning_body(people: People, pos: int) -> str | None:
    """The body a source named by its governing role stands for (`"…," the sport's governing
    body said`): the one organisation named before `pos`, outside quotes, right before a verb
    of punishing or ordering (`The Norland Handball Union has fined Valby`); None when none
    or several are (a club named before is never the body that rules it)."""
    text, outside = people.text, people.outside_quotes
    return _one(
        {
            a.name
            for a in people.actors
            if a.type == "organization"
            for e in a.evidence
            if e.end <= pos and outside(e.start) and _P["sanction_after"].match(text, e.end)
        }
    )


def _one_ending(actors: Actors, tail: list[str], fold: bool = True) -> str | None:
    """The one organisation whose name's last words are `tail` after a word of its own
    (compared in lower case when `fold`); None when two are, or none."""
    names = [a.name for a in actors if a.type == "organization"]
    ends = [(n, (n.lower() if fold else n).split()) for n in names]
    return _one({n for n, w in ends if len(w) > len(tail) and w[-len(tail) :] == tail})


def _main_body(people: People, pos: int) -> str | None:
    """The organisation a story is about (`"…," the company said` where Norbank is named three
    times or more, twice as often as any other body, and in this paragraph or the one
    before), else None."""
    orgs = [a for a in people.actors if a.type == "organization"]
    bodies = sorted(orgs, key=lambda a: a.mentions, reverse=True)
    if not bodies or bodies[0].mentions < 3 or institutions.canonical(bodies[0].name):
        return None  # nor a party, a ministry or a paper: no business
    if len(bodies) > 1 and bodies[1].mentions * 2 > bodies[0].mentions:
        return None
    text, actor = people.text, bodies[0]
    return actor.name if _names(actor, text[paragraph_before(text, pos) : pos]) else None


def _lead_body(people: People, pos: int) -> str | None:
    """The organisation a business story opens on (`Norbank reported a loss…`), when it is
    the only one named before `pos`: `"…," the company said` is its second mention."""
    orgs = [a for a in people.actors if a.type == "organization"]
    before = [a for a in orgs if any(e.start < pos for e in a.evidence)]
    if len(before) != 1 or institutions.canonical(before[0].name):
        return None  # nor a party, a ministry or a paper: no business
    first = min(e.start for e in before[0].evidence)
    return before[0].name if first in people.sentence_starts[:2] else None


def _introduced_unnamed(text: str, pos: int, noun: str, wide: bool = False) -> bool:
    """Whether the sentence at `pos` or the one before (anywhere before, when `wide`) brings
    in someone unnamed with `noun` (`asked an official`), whom a description of that noun
    then stands for."""
    key, start = ("indefinite_wide", 0) if wide else ("indefinite", _sentences_back(text, pos, 2))
    found = _P[key].finditer(text, start, pos)
    return any(noun in m["words"].lower().split() for m in found)


def author(people: People, pos: int) -> str | None:
    """The one organisation named before `pos` as the author of a document (`a report
    released by Norbank`, `In a statement, Norbank said`, `the authors of the study, which
    include Norbank and…`: the first named; `the report from Norbank found`; `Norbank said
    in a report`)."""
    keys = ("written_by", "document_lead", "authors_of", "document_source", "subject_in_document")
    ends = {m.end() for k in keys for m in _P[k].finditer(people.text, 0, pos)}
    return _one(named_at(people.actors, ends))


def _court_of_ruling(people: People, pos: int) -> str | None:
    """The one court named before `pos` (`the Norland Court of Appeals for the Second
    District`), whose words `"…," said the ruling` gives; None when two are, or a judge is
    named before (the ruling may be the judge's, named as a person)."""
    courts = _BODY_KINDS["court"]
    named = {a.name for a in people.actors if any(e.start < pos for e in a.evidence)}
    judged = any(
        a.type == "person" and a.name in named and _P["judge_role"].search(" ".join(a.roles))
        for a in people.actors
    )
    found = {
        a.name
        for a in people.actors
        if a.type == "organization" and a.name in named and courts & set(a.name.split())
    }
    return None if judged else _one(found)


def _paper_of_piece(people: People, pos: int) -> str | None:
    """The paper whose piece the text named last before `pos` by the paper's title (`a Valby
    Post article hailed Park`), when that title is a body the story names; else None."""
    if not (pieces := list(_P["paper_piece"].finditer(people.text, max(0, pos - 1500), pos))):
        return None
    title = pieces[-1]["paper"]
    text = people.text
    # The body the story calls by that title (`Times` for the New York Times named before).
    bodies = [a for a in people.actors if a.type != "person"]
    called = {a.name for a in bodies if any(text[e.start : e.end] == title for e in a.evidence)}
    return _one(called | {a.name for a in bodies if title in (a.name, *a.aliases)})


def _book_writer(people: People, pos: int) -> str | None:
    """The one person named before `pos` as writing a book (`Jo Park wrote a memoir of her
    years at sea`), whose words `"…," the book says` gives: the name right before the verb;
    None when two are, or none."""
    found = _P["book_written"].finditer(people.text, 0, pos)
    ends = {m.start() for m in found}
    writers = {
        n
        for s, e, n in people.named_in(0, pos)
        if e in ends and any(a.name == n and a.type == "person" for a in people.actors)
    }
    return _one(writers)


def _named_author(people: People, pos: int, noun: str) -> str | None:
    """The one person named before `pos` as the writer of a document of that noun (`the
    paper's co-author Jo Park`), whose words `the paper concludes` then gives."""
    found = _P["named_author"].finditer(people.text, 0, pos)
    ends = {m.end() for m in found if m["noun"] == noun}
    return _one(named_at(people.actors, ends, "person"))


def body_before(people: People, pos: int) -> Source:
    """(organisation, description) opening the sentence before the one at `pos` (maybe after
    a fronted document, or acting in it), for `it said` and `the agency said` (`The Harbour
    Authority called it regrettable. "…," the agency said`); (None, None) when a person or
    anything else opens it."""
    starts, text = people.sentence_starts, people.text
    if (k := sentence_index(starts, pos)) < 1:
        return None, None
    lead = starts[k - 1] + 4 * text.startswith(("The ", "the "), starts[k - 1])
    # Or after a fronted document (`In a statement on Friday, the Harbour Trust called…`).
    if fronted := _P["document_lead"].match(text, starts[k - 1], starts[k]):
        lead = fronted.end()
    # Or, in a sentence that names no person, a body acting (`Lack of checks The Harbour
    # Authority called it regrettable.`: a headline run into the sentence).
    span = range(starts[k - 1], starts[k])
    alone = not people.between(span.start, span.stop)
    every = [(a.name, e) for a in people.actors for e in a.evidence if e.start in span]
    acting = {e.start for _, e in every if alone and _P["acts"].match(text, e.end)}
    # Or, beside a person, the one body reporting (`…met Jo Park. Norbank says it has…`).
    saying = {e.start for _, e in every if _P["body_says"].match(text, e.end)}
    # Or, first, the body of a group opening it (`A spokesman for the Harbour Trust said`).
    group = _P["group_of"].match(text, starts[k - 1], starts[k])
    if group and group.group(1).lower() in GROUP_NOUNS:
        lead = group.end() + 4 * text.startswith("the ", group.end())
    # Or the body whose full name is set off after a short name (one the tagger may miss)
    # opening the sentence, and then acts (`Trawlnet, the Valby Association of Trawler
    # Owners, agrees.`), as when the name itself opens it.
    opened = _P["opening_apposition"].match(text, starts[k - 1], starts[k])
    after = opened.end(1) if opened else -1
    acts = _P["apposition_acts"]
    apposed = {e.start for _, e in every if e.start == after and acts.match(text, e.end, starts[k])}
    bodies = named_at(people.actors, {lead}) or named_at(people.actors, acting)
    bodies = bodies or named_at(people.actors, saying) or named_at(people.actors, apposed)
    # Or the one body the sentence says what it is (`…run by Norbank, a Valby tech company.`).
    # The tagger may take it for a person: what the sentence says it is settles it.
    bodies = bodies or {n for n, e in every if _P["apposed_body"].match(text, e.end)}
    if len(bodies) == 1:
        return bodies.pop(), None
    m = _P["body_opening"].match(text, starts[k - 1], starts[k])
    if not (m and m.group(2) in BODY_NOUNS | DOCUMENT_NOUNS):
        m = _P["document_clause"].search(text, starts[k - 1], starts[k])
    return None, m.group(1) if m and m.group(2) in BODY_NOUNS | DOCUMENT_NOUNS else None


def said_before(scan: str, span: Span, people: People) -> str | None:
    """The one person the sentence right before a quote has speaking (`…, Corley said. "You
    can see it…"`): news gives a paraphrase, then the words, of one source."""
    starts = people.sentence_starts
    if (k := sentence_index(starts, span.open)) < 1 or scan[starts[k] : span.open].strip():
        return None  # the quote does not open a sentence
    # The sentence before, or the two before when the nearer names nobody.
    back = k - 1 - (k >= 2 and not people.named_in(starts[k - 1], span.open))
    before = scan[starts[back] : span.open]
    # Or, for a quote opening its paragraph, the last sentence of the paragraph before when
    # it has the one person speaking, and what they said (`Lim proposed that a panel be set
    # up…. ⏎ "If bail-outs…"`).
    last = scan[starts[k - 1] : span.open]
    apart = last.rstrip().endswith(".") and last.count("\n\n") == 1 and not last.startswith("\n")
    back, before = (k - 1, last) if apart and not _P["mark"].search(last) else (back, before)
    if not before.rstrip().endswith(".") or "\n\n" in before and not apart:
        return None  # no whole sentence of this paragraph
    if _P["mark"].search(before):
        return None  # one quoting (its voice goes on)
    named = people.named_in(starts[back], span.open)
    speaking = {n for _, e, n in named if cues.P["speaking"].match(scan, e)}
    if "\n\n" in before:
        said = [m.end() for _, e, n in named if (m := cues.P["speaking"].match(scan, e))]
        paraphrase = len(speaking) == 1 and len(scan[said[0] : span.open].split()) >= 4
        return speaking.pop() if paraphrase else None
    # `Mr Park wants a new pier but conceded this was costly. "…"`: the one person named,
    # opening the sentence, with a reporting verb further on.
    if not speaking and len({n for *_, n in named}) == 1:
        opening = scan[starts[back] : named[0][0]].split()
        # (maybe after a conjunction: `But Mr Park made clear…`)
        lead = [w for w in opening if w.lower().strip(".") not in _TITLES | {"but", "and", "so"}]
        # (or after a description the name is set off from: `Her old partner, Jo Park, called`)
        set_off = _P["described_apposed"].fullmatch(scan, starts[back], named[0][0]) is not None
        lead = [] if set_off and scan[named[0][1] : named[0][1] + 1] == "," else lead
        quiet = not people.voices(starts[back], span.open)
        # Not when a pronoun of the other sex opens a clause since (`Ana Berg has run the port
        # for years. He said the pier would open soon. "…"`): someone else speaks.
        other = _other_sex_since(people, named[0][2], scan[named[0][1] : span.open])
        cue = cues.ANY_CUE.search(scan, named[0][1], span.open) or _weaving_next(scan, named[0][1])
        # `Mr Ojo pressed the minister again. "Will you…?"`: the one asking asks it.
        asking = _P["asking"].search(scan, named[0][1], span.open)
        question = char_before(scan, span.end) == "?"
        # (not `Ojo was asked: "…?"`)
        asked = question and asking is not None and not _passive(scan, asking.end())
        # Not a name owning the subject (`Park's mother, Ana, said the family…`): not Park.
        owner = scan[named[0][1] : named[0][1] + 1] in ("'", "’")
        if not lead and quiet and not other and not owner and (cue or asked):
            speaking = {named[0][2]}
    return _one(speaking)


def _weaving_next(scan: str, end: int) -> bool:
    """Whether the verb right after a subject ending at `end` (past a comma) weaves the
    subject's words (`Jo Park, his partner, called him a master`): what they said."""
    return (m := _P["next_word"].match(scan, end)) is not None and m["word"] in _WEAVING


def _other_sex_since(people: People, name: str, since: str) -> bool:
    """Whether `since` holds a subject pronoun ("He", "she") of the other sex than the person
    `name`, whose sex the article settles."""
    own = people.gender(name)
    said = {pronoun_gender(p) for p in _P["gendered_pronoun"].findall(since)}
    return own is not None and bool(said - {own, None})


def perspective(scan: str, start: int, span: Span, people: People) -> str | None:
    """The person a sentence opens on as whose view it gives (`To Jo Park, a guard hurt in the
    fire, the verdict shows that "…"`), when nobody else is named and nothing reports
    speech before the quote (not `To Ana, her father wrote: "…"`)."""
    named = people.named_in(start, span.open)
    if not named or not _P["to_whom"].fullmatch(scan, start, named[0][0]):
        return None
    name, end = named[0][2], named[0][1]
    others = {n for *_, n in named} - {name}
    gap = scan[end : span.open]
    return None if others or not gap.startswith(",") or cues.ANY_CUE.search(gap) else name


def described_before(scan: str, span: Span, people: People) -> str | None:
    """The person only described who opens the sentence right before a quote opening its own
    and names nobody else (`His father met him at the dock. "…"`, `His manager was less
    pleased. "…"`): the quote's source."""
    before = _sentences_back(scan, span.open, 1)
    if char_before(scan, span.open) not in ".!?" or people.named_in(before, span.open):
        return None
    m = _P["unnamed_opening"].match(scan, before, span.open)
    m = m or _P["role_opening"].match(scan, before, span.open)
    return m["who"] if m and not _P["mark"].search(scan[before : span.open - 1]) else None


def described_in_quote(clause: str) -> str | None:
    """The person only described who opens `clause`, a sentence inside a quotation that
    brings in a quotation of its own (`Our neighbour yelled to us, 'Run!'`): its source."""
    return m["who"] if (m := _P["quoted_describer"].match(clause)) else None


def named_in_quote(clause: str, actors: Actors, clause_at: int) -> str | None:
    """The person named opening `clause`, a sentence inside a quotation that brings in a
    quotation of its own (`Then Per Lund told me, '…'`): its source, when the story knows
    them as a person; `clause_at`: where the clause starts in the text."""
    m = _P["quoted_namer"].match(clause)
    return known_person(m["who"], actors, clause_at + m.start("who")) if m else None


def people_saying(clause: str) -> str | None:
    """People in general ending `clause`, a sentence inside a quotation, with a verb of saying
    (`because people kept saying to me, '…'`): the source of the quotation it brings in, a
    description; None when the clause ends otherwise."""
    return m["who"] if (m := _P["people_saying"].search(clause)) else None


def other_voice(span: Span, people: People, previous: str | None, since: int) -> bool:
    """Whether someone other than `previous` speaks since `since` (the end of the previous
    quote's sentence) or in the quote's own clauses (`Replied Jo Park, "…"`, `"…," said
    four-star Gen. Jo Park`), a cue missed: the previous voice must not carry on then;
    unattributed is better than the wrong person."""
    text = people.text
    # `His father met him at the dock. "…"`: a person only described opens the sentence before.
    before = _sentences_back(text, span.open, 1)
    opens = char_before(text, span.open) in ".!?" and before >= since
    if _introduced_apart(text, span, people) or opens and _P["unnamed_opening"].match(text, before):
        return True
    tail = _own_clause(text, span)
    if led_by_other(span, people, previous, tail):
        return True
    pieces = ((since, span.open), (span.close, span.close + len(tail)))
    # A quote that ended its sentence has no clause after it: the next sentence is another's.
    ended = char_before(text, span.end) in ".!?" and tail.lstrip()[:1].isupper()
    for lo, hi in pieces[:1] if ended else pieces:
        for s, e, n in people.named_in(lo, hi):
            said_before = cues.ANY_CUE.search(text[max(lo, s - 60) : s].lower())
            if n != previous and (said_before or cues.P["speaking"].match(text, e)):
                return True
    return False


def quoted_topic(people: People, said: str, who: str, pronoun: str, topic: tuple[int, int]) -> bool:
    """Whether `who`, found for a quote by `pronoun` ("he said"), is the topic the sentence
    `topic` alone names, reporting nothing (`Lind, 21, was named player of the year.`, `Statues
    have been linked to Queen Ada.`), while the quote, `said`, speaks of someone of `who`'s sex
    in the third person and never of the speaker as object or owner (`"It's his first year and
    he was superb"`): words about `who`, not theirs."""
    sex = pronoun_gender(pronoun)
    if sex not in ("m", "f") or not _P[f"third_person_{sex}"].search(said):
        return False
    lo, hi = topic
    named = people.named_in(lo, hi)
    if _P["first_person_object"].search(said) or cues.ANY_CUE.search(people.text, lo, hi):
        return False
    return {n for *_, n in named} == {who}


def topic_reporter(people: People, topic: str, report: tuple[int, int]) -> str | None:
    """The person who reports on `topic` in the sentence `report` (`Coach Jo Park warned that
    Lind needed a rest.`): a reporting verb and `that` right after their name, `topic` named
    after it, or the sentence opening on their name and a reporting verb; else None."""
    named = people.named_in(*report)
    # `Jo Park says when the queen ruled…`: the one opening the sentence as a reporting
    # verb's subject reports on the topic the next sentence names.
    opening = named and not people.text[report[0] : named[0][0]].strip()
    if opening and named[0][2] != topic and cues.P["speaking"].match(people.text, named[0][1]):
        return named[0][2]
    for _, end, name in named:
        if name == topic or not _P["reports_that"].match(people.text, end):
            continue
        return name if any(n == topic for s, _, n in named if s > end) else None
    return None


def comma_closed(text: str, span: Span) -> bool:
    """Whether the quote closes on a comma, inside the mark or after it (`"…," she said`,
    `"…", she said`): the sentence goes on into a clause of its own."""
    return char_before(text, span.end) == "," or text[span.close :].lstrip()[:1] == ","


def _own_clause(text: str, span: Span) -> str:
    """The clause right after the quote's closing mark, on its line (`, she said`)."""
    return tail_clause(text[span.close : span.close + 150]).split("\n")[0]


def _runs_on(text: str, span: Span) -> bool:
    """Whether the quote's sentence goes on after it: closed on a comma, or on a question or
    exclamation mark before a lower-case word (`"…?" reacted Jo Park`)."""
    asks = char_before(text, span.end) in "?!" and text[span.close :].lstrip()[:1].islower()
    return asks or comma_closed(text, span)


def led_by_other(span: Span, people: People, previous: str | None, tail: str = "") -> bool:
    """Whether the quote runs on into a clause naming another person (`"…," affirms
    palaeontologist Jo Park`, `"…?" reacted Jo Park`): its reporting clause, whatever the
    verb, so that person speaks, not `previous`. `tail`: that clause, when the caller has it."""
    if not _runs_on(people.text, span):
        return _asked_by_other(span, people, previous)
    tail = tail or _own_clause(people.text, span)
    return any(n != previous for _, _, n in people.named_in(span.close, span.close + len(tail)))


def _asked_by_other(span: Span, people: People, previous: str | None) -> bool:
    """Whether a question or exclamation is followed at once by another person and a
    lower-case verb (`"…right?" Jo Park went on`): that person's clause, whatever the verb."""
    text = people.text
    first = people.named_in(span.close, span.close + 60)[:1]
    if char_before(text, span.end) not in "?!" or not first:
        return False
    start, end, name = first[0]
    # Not a name opening the next paragraph (`"…today?"` then `Reyes said she…`): the writer's.
    at_once = not text[span.close : start].strip() and not breaks_in(text, span.close, start)
    return at_once and name != previous and re.match(r"\s+[a-z]", text[end:]) is not None


def _introduced_apart(text: str, span: Span, people: People) -> bool:
    """Whether a sentence of the quote's own opens before it with a source the rules could not
    read and that names nobody: a label (`Remedial drill: "…"`) or a subject of common words
    and a reporting verb (`One memo says of her: "…"`), not a definite description, which may
    stand for the previous speaker (`The former coach added:`). That source is not the
    previous quote's."""
    head = re.split(r"[“”\"«»]", head_clause(text[max(0, span.open - 250) : span.open]))[-1]
    at = span.open - len(head)
    words = [w.strip(",:;").lower() for w in head.split()]
    opens = text[:at].rstrip(' \n”"»')[-1:] in ".!?" and head.lstrip()[:1].isupper()
    if not opens or people.named_in(at, span.open):
        return False
    if head.rstrip().endswith(":") and len(words) <= 4:
        # a label, not a topic (`On it:`)
        return not any(w in cues.VERBS or w in _PREPOSITIONS for w in words)
    verb = any(w in cues.VERBS and w not in cues.ING for w in words[1:])
    return verb and words[0] in COMMON and words[0] not in _DEFINITE_OPENERS


def _dash_line(scan: str, span: Span) -> str | None:
    """The name on a dash line right under a paragraph that is only the quote."""
    opens_line = scan[span.open - 1 : span.open] in ("", "\n")
    only_quote = _P["quote_only_end"].match(scan, span.close) if opens_line else None
    m = _P["dash_line"].match(scan, only_quote.end()) if only_quote else None
    return m.group("who") if m else None

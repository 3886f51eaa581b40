"""Organisation spans the tagger got wrong by reading one sentence at a time, repaired with
the words around them and the rest of the article:
- a member's letters: "MacDonald QC" is a person, "Bolton West MP" and "MP for Witney" a
  seat (a place), "Labour MP" the party;
- a person inside the span: "Labour peer Baroness Kennedy", "Capital Radio DJ Margherita
  Taylor", "Attorney General Lord Goldsmith";
- an office after the name ("Conservative Party Co-Chairman"), or a portfolio before an
  office word ("Lib Dem Home Affairs spokesman", "BBC Political Correspondent");
- names joined by "and" or "&" that are each a person, a place or a known body ("Blair and
  Brown", "Aberystwyth and Wrexham");
- a person the article names elsewhere ("Sion Simon" beside "Mr Simon"; "Reid" beside
  "John Reid"), or beside a person in "X and Y";
- a sentence-opening word swept into the name ("If Mr Blair", "Across Wales");
- a place: after "the island of" or "the town of", before "'s" ("London's Labour"), a town
  or a seat the gazetteer knows ("Middlesbrough mayor", "Leeds North West"), or one item
  of a list of places ("Bristol West, Cardiff Central, Manchester Gorton"); not where the
  article reports scores, as teams bear the names of towns;
- the tail of a convention or charter ("the European Convention on Human Rights").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from briefing import lexicons
from briefing.facts import gazetteer, institutions, literals, untagged
from briefing.facts.untagged import place_name
from briefing.facts.words import (
    BODY_NAME_LINKS,
    BODY_WORDS,
    COMMON,
    FIRM_TRADES,
    JOB_TITLES,
    MEMBER_WORDS,
    OFFICE_WORDS,
    ORG_NAME_WORDS,
    PERSON_TITLES,
    PORTFOLIOS,
    ROLE_NOUNS,
    SEAT_NOUNS,
    capitalised,
    clean_name,
    is_initial,
    name_word,
)
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import resources
from briefing.nlp.text import POSSESSIVE_MARKS

# The word lists the repairs read together (resources/lexicons/org_span_words.txt says what
# each key's words do, with examples): sentence openers, offices, roles after a name,
# levels, law heads, place nouns, civic nouns, words of no person's name.
_WORDS = lexicons.groups("org_span_words")
_OFFICES = JOB_TITLES | _WORDS["office"]
# Words of an office cut from a body's name: "Senate Minority Leader" is the Senate.
_OFFICE_RUN = _OFFICES | {w.capitalize() for w in lexicons.words("role_words")}
# A seat is any name before a seat noun (SEAT_NOUNS); a town, before a civic noun, or before
# the compass words of a seat ("Leeds North West"; read by kinds too).
COMPASS = lexicons.words("compass_words")
# (a title's first letter looked ahead for first: the alternation is tried at few places)
_TITLED = re.compile(
    r"\b(?=["
    + "".join(sorted({re.escape(t[0]) for t in PERSON_TITLES}))
    + r"])(?:"
    + "|".join(sorted(PERSON_TITLES))
    + r")\.?\s+([A-Z][\w'-]+)"
)
_WORDS_OF_BODIES = BODY_WORDS
_BODY = ORG_NAME_WORDS | _WORDS_OF_BODIES
# A place's last words ("Park", "Stadium") and the possessive marks a venue's name may hold.
_PLACE_TAILS = lexicons.words("place_tails")
_COMPANY_ENDS = lexicons.words("company_ends")  # "Co", "Inc": a legal form, no name of its own
_TAILS = lexicons.words("body_tails")  # "Exchange", "Church": a head two bodies may share
_SITE_TAILS = _PLACE_TAILS | lexicons.words("church_tails")  # "St Ann's Church": a building
COURTESY = lexicons.words("courtesy_titles")  # "Mr.", "Ms."
# Words no person's name holds: body words, and others ("Airport", "Royal").
_NOT_IN_NAMES = _BODY | _WORDS["not_in_name"]


# The entity before an organisation span in its sentence and the one a word after it.
_Beside = tuple[Entity | None, Entity | None]
# A test of two entities of a sentence, the one right before the other: the label of the two
# read as one name, or None.
_Joiner = Callable[[Doc, Entity, Entity], str | None]


def repair(doc: Doc, entities: list[Entity], places: bool) -> list[Entity]:
    """`entities` with the organisation spans above relabelled, cut or dropped; `places` is
    False in an article with scores, where a town may be a team."""
    tagged = {(x.sentence, x.first_token) for x in entities}
    entities = _nicknamed(doc, [_titled_run(doc, e, tagged) for e in entities])
    entities = [x for e in entities for x in _couple(doc, e)]
    entities = [x for e in entities for x in _venue_comma_town(doc, e)]
    entities = [_town_after_at(doc, e) for e in entities]
    entities = join_cut(doc, join_cut(doc, entities, _possessive_site), _partnership)
    entities = _saint_bodies(doc, entities)
    entities = _comma_firms(doc, _portfolio_list_bodies(doc, entities))
    entities = _titled_of(doc, entities)
    entities = _place_led_bodies(doc, _two_area_bodies(doc, entities))
    entities = _region_services(doc, entities)
    entities = _numbered_bodies(doc, entities)
    entities = _city_banks(doc, entities)
    surnames = {m.group(1) for m in _TITLED.finditer(doc.text)} - _OFFICES - OFFICE_WORDS
    full = (clean_name(e.text).split() for e in entities if e.label == "PERSON")
    surnames |= {words[-1] for words in full if len(words) > 1}
    # players of a line-up are people wherever the article names them ("Park (Lind 70)")
    players = _line_ups(doc, surnames | {e.text for e in entities if e.label == "PERSON"})
    surnames |= {x.text for x in players}

    lower = {t.text for s in doc.sentences for t in s.tokens if t.text.islower()}
    starts = {(x.sentence, x.first_token): x for x in doc.entities}  # the tagger's, by first token
    out: list[Entity] = []
    for e in entities:
        if e.label != "ORGANIZATION":
            out.append(e)
            continue
        previous = out[-1] if out and out[-1].sentence == e.sentence else None
        following = starts.get((e.sentence, e.end_token + 1))  # "X and Jo Park": Jo Park
        out.extend(_repaired(doc, e, surnames, lower, (previous, following), places))
    out = join_cut(doc, join_cut(doc, out, _given_name_joined), _named_for_person)
    out = _spelt_out(doc, [_owned_service(doc, _newspaper(doc, e)) for e in out])
    out = [_members_cut(doc, _hyphen_opened(doc, e, out)) for e in out]
    out = _joined_at_and(doc, _joined_at_and(doc, out, _subject_run), _joint_run)
    if places:
        out = _list_places(doc, out)
    return _people_by_form(doc, out, surnames, players)


_NEVER_SURNAMES = lexicons.words("not_actors")  # "Mr Lind Monday": a day, no surname


def _titled_run(doc: Doc, e: Entity, starts: set[tuple[int, int]]) -> Entity:
    """ "Dr Nia" + "Evans", "Prof Seren" + "Lloyd": a person's title and one name, which the
    tagger ends before a capitalised word it left untagged (a given name it does not know),
    run on over that word: one person."""
    s, k = doc.sentences[e.sentence], e.end_token
    toks = s.tokens[e.first_token : k]
    titled = len(toks) == 2 and toks[0].text.rstrip(".") in PERSON_TITLES
    after = s.tokens[k] if titled and k < len(s.tokens) else None
    if after is None or (e.sentence, k) in starts or after.tag != "NNP":
        return e
    name = after.text.istitle() and after.text.isalpha() and toks[1].text.isalpha()
    return (
        s.entity("PERSON", e.first_token, k + 1)
        if name and after.text.lower() not in _NEVER_SURNAMES
        else e
    )


_NICK_MARKS = {"'": "'", "‘": "’", '"': '"', "“": "”", "``": "''"}


def _nicknamed(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Kerry-Ann 'Kez' Doyle", "Ronnie 'The Rocket' Lind": a given name, a nickname of up
    to three capitalised words in quote marks and a surname are one person, where the tagger
    read pieces of it (the nickname is no quote and no one else)."""
    found: list[tuple[int, int, int]] = []  # sentence, first token, end token
    for i in sorted({e.sentence for e in entities}):
        w = [t.text for t in doc.sentences[i].tokens] + [""]
        for k in range(len(w) - 4):
            close = _NICK_MARKS.get(w[k + 1])
            end = next((j for j in range(k + 3, min(k + 6, len(w))) if w[j] == close), 0)
            nick = end and all(x.istitle() for x in w[k + 2 : end])
            given = w[k][:1].isupper() and w[k].replace("-", "").isalpha()
            surname = end and w[end + 1][:1].isupper() and w[end + 1].replace("'", "").isalpha()
            if nick and given and surname:
                found.append((i, k, end + 2))
    if not found:
        return entities
    inside = [
        e
        for e in entities
        if not any(e.sentence == i and a <= e.first_token < b for i, a, b in found)
    ]
    named = [doc.sentences[i].entity("PERSON", a, b) for i, a, b in found]
    return sorted(inside + named, key=lambda e: e.start)


def _couple(doc: Doc, e: Entity) -> list[Entity]:
    """One span read as a person, "Sarah and Tom Lind": two first names that share the one
    surname after them are two people, the first named by her given name alone."""
    s, k = doc.sentences[e.sentence], e.first_token
    words = [t.text for t in s.tokens[k : e.end_token]]
    given = len(words) == 4 and words[1] == "and" and words[3].istitle()
    if e.label == "PERSON" and given and all(map(gazetteer.first_name, words[0:3:2])):
        return [s.entity("PERSON", k, k + 1), s.entity("PERSON", k + 2, k + 4)]
    return [e]


def _comma_firms(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A firm named for its partners with commas and no "&" ("Holt, Vask, Marsh Inc."): one
    capitalised word each, set off by commas, the last before a legal form, are one firm,
    which the tagger cuts into persons, places and a body. Not after a comma (the end of a
    list), no word a country, a region or a city of 100,000 ("Dallas, Valco Inc."), nor the
    end of a longer name ("said Jo Lind, Valco Inc. research director")."""
    out: list[Entity] = []
    for e in entities:
        s = doc.sentences[e.sentence]
        first = _partners_start(s, e, entities)
        if first is None:
            out.append(e)
            continue
        while out and out[-1].sentence == e.sentence and out[-1].end_token > first:
            out.pop()
        out.append(s.entity("ORGANIZATION", first, e.end_token))
    return out


# heads of departments ("Department", "Ministry"), as kinds and actors read them
DEPARTMENT_HEADS = lexicons.groups("joined_name_words")["department"]


def department_for(words: list[str], i: int) -> bool:
    """Word i heads a department named for its field: "Department for", "Ministry of"."""
    return words[i] in DEPARTMENT_HEADS and words[i + 1 : i + 2] in (["for"], ["of"])


def _portfolio_list_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Department for Harbours, Media and Sport": a ministry named for a comma list of
    portfolios is one body, which the tagger cuts at the commas into a body, a place and a
    person ("Sport"). Every item capitalised words that name no place and no given name."""
    found: list[Entity] = []
    for s in doc.sentences:
        words = [t.text for t in s.tokens]
        for i, word in enumerate(words[:-2]):
            if word in DEPARTMENT_HEADS and words[i + 1] in ("for", "of"):
                end = _portfolio_list_end(words, i + 2)
                if end:
                    found.append(s.entity("ORGANIZATION", i, end))
    if not found:
        return entities
    held = {(x.sentence, k) for x in found for k in range(x.first_token, x.end_token)}
    kept = [e for e in entities if (e.sentence, e.first_token) not in held]
    kept = [e for e in kept if (e.sentence, e.end_token - 1) not in held]
    return sorted(kept + found, key=lambda e: e.start)


def _portfolio_list_end(words: list[str], k: int) -> int | None:
    """Where the portfolio list opening at token k ends ("Harbours, Media and Sport"), or None
    if it is no such list (an item not `_portfolio_word`s, no comma, no "and")."""
    commas, last = 0, False
    while True:
        j = k
        while j < len(words) and _portfolio_word(words[j]):
            j += 1
        if j == k:
            return None
        if last:
            return j  # the item after "and" ends the list
        sep = words[j] if j < len(words) else ""
        if sep == "," and j + 1 < len(words) and words[j + 1] == "and":
            sep, j = "and", j + 1  # the serial comma
        if sep == "and" and commas:
            last = True
        elif sep == ",":
            commas += 1
        else:
            return None
        k = j + 1


def _portfolio_word(word: str) -> bool:
    """A capitalised word of a portfolio ("Culture", "Rural"): no place's, no given name."""
    plain = word.istitle() and word.isalpha()
    return plain and not place_name(word) and not gazetteer.first_name(word)


def _partners_start(s: Sentence, e: Entity, entities: list[Entity]) -> int | None:
    """Where the comma-joined partners' names ending at `e` ("Holt, Vask, Marsh Inc.") start,
    or None, as `_comma_firms` says (`inside`: the tokens of names of several words)."""
    k = e.first_token
    if e.end_token - k != 2 or s.tokens[e.end_token - 1].text not in _COMPANY_ENDS:
        return None  # "Marsh Inc.": one name and the legal form
    words = [t.text for t in s.tokens]
    longer = [x for x in entities if x.sentence == e.sentence and x.end_token > x.first_token + 1]
    inside = {j for x in longer for j in range(x.first_token, x.end_token)}
    while k >= 2 and words[k - 1] == "," and _partner_name(words[k - 2]) and k - 2 not in inside:
        k -= 2
    listed = k > 0 and words[k - 1] == "," or k - 1 in inside
    # one word alone before the firm a common noun ("after the Inquiry, Valco Ltd could"): a
    # clause's end, no partner's name
    listed |= k == e.first_token - 2 and words[k].lower() in COMMON
    return k if k < e.first_token and not listed else None


def _partner_name(word: str) -> bool:
    """One capitalised word that may be a partner's surname: no big town, region or country."""
    big = any(k.type != "city" or k.population >= 100_000 for k in gazetteer.candidates(word))
    return word.istitle() and word.isalpha() and not big


def _titled_of(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Mr. Lind of Norbank", "Ms. Berg of T. Rowe Price": after a courtesy title, a surname
    and "of" name the person and then the firm (or the place) the person speaks for, which
    the tagger reads as one body ("Lind of Norbank and") or as a second person."""
    out: list[Entity] = []
    of_titled: set[tuple[int, int]] = set()  # (sentence, token) right after "Mr. Lind of"
    for e in entities:
        s, first, end = doc.sentences[e.sentence], e.first_token, e.end_token
        titled = first > 0 and s.tokens[first - 1].text.lower() in COURTESY
        named = _named_of(s, e, out[-1] if out else None)
        if named:
            lo, hi = named
            if lo < first:  # the given name the tagger left apart joins the surname
                out.pop()
            out.append(s.entity("PERSON", lo, hi))
            of_titled.add((e.sentence, hi + 1))
            first, end = hi + 1, end - (s.tokens[end - 1].text in ("and", "or"))
            e = s.entity(e.label, first, end)
        elif titled and end - first > 2 and s.tokens[first + 1].text == "of":
            out.append(s.entity("PERSON", first, first + 1))
            of_titled.add((e.sentence, first + 2))
            first, end = first + 2, end - (s.tokens[end - 1].text in ("and", "or"))
            e = s.entity(e.label, first, end)
        elif titled and end - first == 1 and end + 1 < len(s.tokens) and s.tokens[end].text == "of":
            of_titled.add((e.sentence, end + 1))
        if (e.sentence, first) in of_titled and e.label != "LOCATION":
            place = gazetteer.candidates(clean_name(e.text))
            e = replace(e, label="LOCATION" if place else "ORGANIZATION")
        out.append(e)
    return out


def _named_of(s: Sentence, e: Entity, previous: Entity | None) -> tuple[int, int] | None:
    """ "Jo Lind of Norbank said": a person's full name and "of" before a body's name say who
    speaks for which body, and the tagger reads the whole as one body ("Jo Lind of Norbank")
    or leaves the given name apart ("Jo", "Lind of Norbank"). The person's tokens, if so."""
    k, words = e.first_token, [t.text for t in s.tokens[e.first_token : e.end_token]]
    titled = len(words) > 4 and _title_word(words[0]) and words[3] == "of"
    if titled:  # "Dr Jo Lind of Valby University": a title says a person, given name or not
        k, words = k + 1, words[1:]
    if e.label != "ORGANIZATION" or len(words) < 3 or not _plain_word(words[0]):
        return None
    if any(w in _TAILS or w in untagged.HEADS for w in words[:2]):
        return None  # "Maxwell School of …", "Royal Academy of …": a body's own name
    if len(words) > 3 and words[2] == "of" and _name_like(words[:2]):
        return (k, k + 2) if titled or gazetteer.first_name(words[0]) else None
    apart = previous is not None and previous.label == "PERSON" and previous.sentence == e.sentence
    if not apart or words[1] != "of" or not _name_like(words[:1]):
        return None
    assert previous is not None
    given = previous.end_token == k and previous.first_token == k - 1
    return (k - 1, k + 1) if given and gazetteer.first_name(s.tokens[k - 1].text) else None


def _title_word(word: str) -> bool:
    """A courtesy or professional title before a name ("Dr", "Prof.", "Mr")."""
    return word.lower() in COURTESY or word.rstrip(".") in PERSON_TITLES


def _plain_word(word: str) -> bool:
    """A capitalised word of letters (a hyphen inside allowed): "Lind", "Ward-Park"."""
    return word.istitle() and word.replace("-", "").isalpha()


_TWO_AREA_ENDS = lexicons.words("two_area_body_ends")


def _two_area_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Avon and Somerset Police": a public body serving two areas is named after both, so
    one capitalised word and "and" right before a body's name that ends in a public body's
    word open that name, when one of the two areas is a place the gazetteer knows, or the
    first is a word no other name holds and no given name ("Argyll and Bute Council"); the
    tagger keeps only "Somerset Police" and may read "Avon" as a person."""
    out: list[Entity] = []
    held = untagged.tokens_of(entities)
    for e in entities:
        s, first = doc.sentences[e.sentence], e.first_token
        if e.label != "ORGANIZATION" or first < 2:
            out.append(e)  # most names: no body after "and", no sentence's words to copy
            continue
        words = [t.text for t in s.tokens]
        area = words[first - 1] == "and" and words[first - 2].istitle()
        area = area and words[e.end_token - 1] in _TWO_AREA_ENDS
        area = area and e.end_token - first >= 2 and words[first - 2].isalpha()
        # one word, not the end of a list or a longer name ("Kent, Avon and Somerset Police")
        listed = first >= 3 and (words[first - 3][:1].isupper() or words[first - 3] == ",")
        area = area and not listed
        if not area:
            out.append(e)
            continue
        loose = (e.sentence, first - 2) not in held and not gazetteer.first_name(words[first - 2])
        if place_name(words[first - 2]) or place_name(words[first]) or loose:
            while out and out[-1].sentence == e.sentence and out[-1].end_token > first - 2:
                out.pop()
            e = s.entity("ORGANIZATION", first - 2, e.end_token)
        out.append(e)
    return out


_COUNCIL_HEADS = lexicons.words("council_heads")  # "Shire", "Borough", "Council"


def _place_led_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Thames Valley Police", "Tarrong Shire mayor": a body's name never opens with a
    place's last word ("Valley", "County"), nor is a council's head word alone ("Shire") a
    body's name, so a capitalised word right before it that no other name holds opens the
    body (the tagger keeps only "Valley Police", "Shire"); so does a compass word that with
    the body's first word names a place ("West Yorkshire Police", read as "Yorkshire
    Police")."""
    out: list[Entity] = []
    held = untagged.tokens_of(entities)
    for e in entities:
        s, first, size = doc.sentences[e.sentence], e.first_token, e.end_token - e.first_token
        head = s.tokens[first].text
        led = size >= 2 and head in _PLACE_TAILS or size == 1 and head in _COUNCIL_HEADS
        compass = first >= 1 and size >= 2 and s.tokens[first - 1].text in COMPASS
        led = led or compass and bool(gazetteer.candidates(f"{s.tokens[first - 1].text} {head}"))
        led = led and e.label == "ORGANIZATION" and first >= 1
        word = s.tokens[first - 1].text if led else ""
        led = led and s.tokens[first - 1].tag == "NNP" and (e.sentence, first - 1) not in held
        if led and word.istitle() and word.isalpha():
            e = s.entity("ORGANIZATION", first - 1, e.end_token)
        out.append(e)
    return out


# words of a public service's name ("Police Department", "Sheriff's Office", "Highway Patrol")
_SERVICES = lexicons.words("local_service_words")
SERVICE_WORDS = _SERVICES | lexicons.words("org_heads") | _WORDS_OF_BODIES


def _region_services(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Vermont State Police", "the Oregon Highway Patrol": a state's or county's name
    and then words of a public service (SERVICE_WORDS, "State" inside) is the service; the
    tagger reads the run as the place or leaves the service's words out."""
    out: list[Entity] = []
    held = untagged.tokens_of(entities)
    for e in entities:
        s, end = doc.sentences[e.sentence], e.end_token
        if e.label != "LOCATION":
            out.append(e)  # only a place's name runs into a service's
            continue
        while end < len(s.tokens) and s.tokens[end].text in SERVICE_WORDS:
            end += 1 if (e.sentence, end) not in held else len(s.tokens)
        end = min(end, len(s.tokens))
        after = s.tokens[end].text if end < len(s.tokens) else ""
        region = not after[:1].isupper() and not after[:1].isdigit()
        words = [t.text for t in s.tokens[e.first_token : end]]
        cut = next((j for j in range(1, 4) if j < len(words) and _region(words[:j])), 0)
        rest = words[cut:]
        region = region and cut > 0 and rest[-1] in SERVICE_WORDS and rest[-1] != "State"
        if region and all(w in SERVICE_WORDS or w == "State" for w in rest):
            e = s.entity("ORGANIZATION", e.first_token, end)
        out.append(e)
    return out


def _region(words: list[str]) -> bool:
    """ "Louisiana", "New South Wales": a state, province or county the gazetteer knows."""
    return any(k.type == "region" for k in gazetteer.candidates(" ".join(words)))


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SPELT_LINKS = BODY_NAME_LINKS | {"to", "on", *POSSESSIVE_MARKS}  # "Committee to Protect ..."


def _spelt_out(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Harbour Action Unit (HAU)", "Valby Network for Ferry Sharing, or VNFS": a body's
    name the tagger cut runs as far as the initials written after it spell (its capitalised
    words' first letters; small words inside count none)."""
    held = untagged.tokens_of(entities)
    out, names = [], set()
    for e in entities:
        s = doc.sentences[e.sentence]
        span = _spelt(s, e, held) if e.label == "ORGANIZATION" else None
        out.append(s.entity(e.label, *span) if span else e)
        if span:  # the same name cut the same way with no acronym after it: `_written_whole`
            names.add(tuple(t.text for t in s.tokens[out[-1].first_token : out[-1].end_token]))
    return [_written_whole(doc.sentences[e.sentence], e, names, held) for e in out]


def _written_whole(
    s: Sentence, e: Entity, names: set[tuple[str, ...]], held: set[tuple[int, int]]
) -> Entity:
    """`e` with the words before it that make it one of `names` (an acronym's spelt names)."""
    if e.label != "ORGANIZATION":
        return e
    for name in names:
        k = e.end_token - len(name)
        lead = [(s.index, i) not in held for i in range(max(k, 0), e.first_token)]
        words = tuple(t.text for t in s.tokens[max(k, 0) : e.end_token])
        if 0 <= k < e.first_token and all(lead) and words == name:
            return s.entity(e.label, k, e.end_token)
    return e


def _spelt(s: Sentence, e: Entity, held: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The tokens of `e`'s name as its acronym spells it, when longer than `e`; else None."""
    if not any(_ACRONYM.fullmatch(t.text) for t in s.tokens[e.end_token : e.end_token + 6]):
        return None  # no initials within reach (most names): no sentence's words to copy
    words = [t.text for t in s.tokens]
    free = [(s.index, i) not in held or e.first_token <= i < e.end_token for i in range(len(words))]
    j = e.end_token
    while j < len(words) and j - e.end_token < 3 and free[j] and _spelt_word(words[j]):
        j += 1  # "Sharing" of "Valby Network for Ferry Sharing, or VNFS"
    after = words[j : j + 3]
    acronym = after[1] if after[:1] == ["("] else after[2] if after[:2] == [",", "or"] else ""
    if len(after) < 2 or not _ACRONYM.fullmatch(acronym):
        return None
    for k in range(e.first_token, max(e.first_token - 4, 0) - 1, -1):
        run = words[k:j]
        named = run[0][:1].isupper() and all(map(_spelt_word, run))
        if named and all(free[k:j]) and "".join(w[0] for w in run if w[:1].isupper()) == acronym:
            return (k, j) if (k, j) != (e.first_token, e.end_token) else None
    return None


def _spelt_word(word: str) -> bool:
    """A word of a name an acronym spells: capitalised, a small word inside or a possessive."""
    return word[:1].isupper() or word in _SPELT_LINKS


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _numbered_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the 12th U.S. Circuit Court of Appeals", "the 101st Airborne Division": an ordinal in
    figures right before a body's name is part of it (one circuit or division of many); the
    tagger often leaves it out. Only after "the", a possessive or at a sentence's start, not
    a rank in a race ("finished 3rd Valby Rovers")."""
    out: list[Entity] = []
    held = untagged.tokens_of(entities)
    for e in entities:
        s, first = doc.sentences[e.sentence], e.first_token
        ordinal = first >= 1 and ORDINAL.fullmatch(s.tokens[first - 1].text) is not None
        lead = s.tokens[first - 2] if first >= 2 else None
        ordinal = ordinal and (lead is None or lead.tag in ("DT", "POS", "PRP$"))
        ordinal = ordinal and numbers_body(s, e.end_token)
        if ordinal and e.label == "ORGANIZATION" and (e.sentence, first - 1) not in held:
            e = s.entity("ORGANIZATION", first - 1, e.end_token)
        out.append(e)
    return out


CITY_BANKS = lexicons.words("city_bank_short_names")  # "Fed"
_HOUSING_TAILS = lexicons.words("housing_block_tails")  # "Apartments"


def _city_banks(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Dallas Fed", "Dallas Fed President Jo Park": a city's name right before "Fed"
    names that city's reserve bank, a body; the tagger keeps the city alone, or reads the
    two words as a person's name. And a name right before "Apartments" (housing_block_tails.txt)
    names the building with it, a place ("the Alder Court Apartments")."""
    out: list[Entity] = []
    held = untagged.tokens_of(entities)
    for e in entities:
        s, end, words = doc.sentences[e.sentence], e.end_token, e.text.split()
        bank = end < len(s.tokens) and s.tokens[end].text in CITY_BANKS
        home = end < len(s.tokens) and s.tokens[end].text in _HOUSING_TAILS
        if home and (e.sentence, end) not in held:
            e = s.entity("LOCATION", e.first_token, end + 1)  # "the Alder Court Apartments"
        elif bank and e.label in ("ORGANIZATION", "LOCATION") and (e.sentence, end) not in held:
            e = s.entity("ORGANIZATION", e.first_token, end + 1)
        elif len(words) > 1 and words[-1] in CITY_BANKS and e.label != "ORGANIZATION":
            town = gazetteer.candidates(" ".join(words[:-1]))
            e = s.entity("ORGANIZATION", e.first_token, end) if town else e
        out.append(e)
    return out


_MODIFIED = frozenset({"NN", "NNS", "JJ", "VBG"})  # "annual", "meeting", "opening"


def numbers_body(s: Sentence, end: int) -> bool:
    """An ordinal before a body's name ending at token `end` numbers the body, not a noun
    after it ("the 11th Valby Chamber of Trade annual meeting": the meeting's)."""
    after = s.tokens[end] if end < len(s.tokens) else None
    modifies = after is not None and after.text.islower() and after.tag in _MODIFIED
    return not modifies


def join_cut(doc: Doc, entities: list[Entity], kind: _Joiner) -> list[Entity]:
    """`entities` with each one joined to the one kept before it in its sentence where `kind`
    gives the label of the two as one name: the tagger may have cut one name in two."""
    out: list[Entity] = []
    for e in entities:
        label = kind(doc, out[-1], e) if out and out[-1].sentence == e.sentence else None
        if label:
            out[-1] = doc.sentences[e.sentence].entity(label, out[-1].first_token, e.end_token)
        else:
            out.append(e)
    return out


def _venue_comma_town(doc: Doc, e: Entity) -> list[Entity]:
    """ "St Ann's Church, Valby": a venue's last word after a possessive mark, a comma and a
    capitalised word, tagged as one name, are the venue's end and its town (copy gives a
    building's town after a comma)."""
    s, k = doc.sentences[e.sentence], e.first_token
    toks = s.tokens[k : e.end_token]
    mark = s.tokens[k - 1].text if k else ""
    town = len(toks) == 3 and toks[1].text == "," and toks[2].text.istitle()
    if town and toks[0].text in _SITE_TAILS and mark in POSSESSIVE_MARKS:
        return [s.entity(e.label, k, k + 1), s.entity("LOCATION", k + 2, k + 3)]
    return [e]


_TOWN_OPENERS = lexicons.words("town_openers")  # "Port", "Fort"
_AT_PLACE = lexicons.words("town_place_prepositions")


def _town_after_at(doc: Doc, e: Entity) -> Entity:
    """ "the harbour at Port Valby": a body's name of two words opening with a town's first
    word, after a preposition of place and before no more of a name, is the town."""
    s, k = doc.sentences[e.sentence], e.first_token
    toks = s.tokens[k : e.end_token]
    at = k > 0 and s.tokens[k - 1].text in _AT_PLACE
    after = s.tokens[e.end_token].text if e.end_token < len(s.tokens) else ""
    town = len(toks) == 2 and toks[0].text in _TOWN_OPENERS and toks[1].text.istitle()
    if e.label == "ORGANIZATION" and at and town and not after[:1].isupper():
        return s.entity("LOCATION", k, e.end_token)
    return e


def _possessive_site(doc: Doc, before: Entity, e: Entity) -> str | None:
    """A venue named with a possessive, which the tagger cuts at the mark ("St Ann's" +
    "Stadium", "St James'" + "Park"), is one place: a name, the mark, and a place's last
    word (resources/lexicons/place_tails.txt)."""
    mark = doc.sentences[e.sentence].tokens[e.first_token - 1].text if e.first_token else ""
    tail = e.end_token - e.first_token == 1 and e.text in _SITE_TAILS and mark in POSSESSIVE_MARKS
    return "LOCATION" if before.end_token + 1 == e.first_token and tail else None


_SAINT_HEADS = lexicons.words("saint_body_heads")  # "Hospice" of "St Ann's Hospice"
SAINTS = frozenset({"St", "St.", "Saint"})


def _saint_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "St Ann's Hospice": a saint's name the tagger ends at its possessive mark, then up to
    three capitalised words ending in a body's head (saint_body_heads.txt), is one body; the
    saint alone names none, and the head alone ("Hospice said", read as a person) no one."""
    out: list[Entity] = []
    taken: list[tuple[int, int, int]] = []  # (sentence, first, end) of the words a body took in
    for e in entities:
        s, end = doc.sentences[e.sentence], e.end_token
        saint = s.tokens[e.first_token].text in SAINTS and end - e.first_token == 2
        words = [t.text for t in s.tokens[end : end + 4]] if saint else []  # (most: no saint)
        k = next((i for i, w in enumerate(words[1:], 1) if w in _SAINT_HEADS), 0)
        owned = saint and k and words[0] in POSSESSIVE_MARKS
        if owned and all(w.istitle() for w in words[1 : k + 1]):
            e = s.entity("ORGANIZATION", e.first_token, end + k + 1)
            taken.append((e.sentence, end + 1, end + k + 1))
        out.append(e)
    return [e for e in out if not any(_inside_tokens(e, *t) for t in taken)]


def _inside_tokens(e: Entity, sentence: int, first: int, end: int) -> bool:
    """Entity `e` lies wholly in tokens [first, end) of the sentence."""
    return e.sentence == sentence and first <= e.first_token and e.end_token <= end


def _partnership(doc: Doc, before: Entity, e: Entity) -> str | None:
    """A partnership named for its founders writes a comma after the first name and "&"
    before the last ("Brenner, Holt & Marsh"): one word, a comma, then names up to "&" are
    one firm, which the tagger cuts at the comma; not a known place ("in Valby, Holt &
    Marsh said"), and not a list ("Holt & Marsh and Lind").
    """
    words = [t.text for t in doc.sentences[e.sentence].tokens]
    first, end = before.first_token, e.first_token
    one = before.end_token - first == 1 and words[first].istitle() and words[first].isalpha()
    if not (one and end == first + 2 and words[first + 1] == "," and e.label == "ORGANIZATION"):
        return None
    listed = first > 0 and words[first - 1] in (",", "and", "or")
    after = words[e.end_token] if e.end_token < len(words) else ""
    # "Lind, Holt & Marsh's chief": a person, then the firm owning a role
    ends = listed or after in ("and", "or", "&", "'s", "’s") or place_name(words[first])
    named = partners(words[first + 2 : e.end_token])
    named = named or cued_partners(words, first, end - 1, e.end_token)  # "Tarrow, Quade in"
    return None if ends or not named else "ORGANIZATION"


_PARTNER_CUES = ("with", "at", "of")  # "an analyst with Tarrow, Quade in Valby"
_PARTNER_ENDS = ("in", ",", ".", ")", "said", "says")  # what follows such a firm's name


def cued_partners(words: list[str], first: int, comma: int, end: int) -> bool:
    """Words [first, end) with a comma at `comma` are a firm named for two partners and no "&"
    ("an analyst with Tarrow, Quade in Valby"), as brokers' names are written: one name of
    one word after "with", "at" or "of", a comma, and one or two capitalised words before
    "in", a comma or the sentence's end; not a town or its county ("of Valby, Norland", "of
    Eastwick, Kent"), which copy writes the same way."""
    if first == 0 or comma != first + 1 or not 1 <= end - comma - 1 <= 2:
        return False
    after = words[end] if end < len(words) else "."
    names = [words[first], *words[comma + 1 : end]]
    named = all(w.istitle() and w.isalpha() and w != "The" for w in names)
    cued = words[first - 1] in _PARTNER_CUES and after in _PARTNER_ENDS
    return named and cued and not (place_name(words[first]) or place_name(names[-1]))


def partners(rest: list[str]) -> bool:
    """The words after a comma finish a partnership's name, "Sachs & Co." of "Goldman, Sachs
    & Co.": capitalised names (and commas) up to an "&" and a name after it, or names set off
    by commas up to a legal form ("Vask, Marsh Inc." of "Holt, Vask, Marsh Inc.")."""
    amp = rest.index("&") if "&" in rest else 0
    names = [w for w in rest if w not in ("&", ",")]
    if len(rest) > 1 and rest[-1] in _COMPANY_ENDS and all(w == "," for w in rest[1:-2:2]):
        return all(map(_partner_name, rest[0:-1:2]))  # "Vask, Marsh Inc." of "Holt, Vask, ..."
    return 0 < amp < len(rest) - 1 and all(w[:1].isupper() for w in names)


def _given_name_joined(doc: Doc, before: Entity, e: Entity) -> str | None:
    """A lone first name read as a person and the one word right after it read as a body
    ("Health Secretary John" + "Reid", cut from "Reid and Labour") are one person."""
    sizes = [x.end_token - x.first_token for x in (before, e)]
    surname = sizes == [1, 1] and e.text.istitle() and not institutions.canonical(e.text)
    given = surname and gazetteer.first_name(before.text)
    return "PERSON" if touching(before, e, ("PERSON", "ORGANIZATION")) and given else None


# The first token of the words before "and" that open the body an organisation span ends,
# read from the document and every entity, or None: `_subject_run`, `_joint_run`.
_AndRun = Callable[[Doc, Entity, list[Entity]], int | None]


def _joined_at_and(doc: Doc, entities: list[Entity], run: _AndRun) -> list[Entity]:
    """`entities` with each organisation span the tagger cut at "and" joined to the words
    before it that `run` finds, and the entities among those words dropped."""
    joined, dropped = dict[int, Entity](), set[int]()  # by index into `entities`
    for i, e in enumerate(entities):
        first = run(doc, e, entities) if e.label == "ORGANIZATION" else None
        if first is None:
            continue
        dropped.update(j for j, x in enumerate(entities) if x in _inside_run(entities, e, first))
        joined[i] = doc.sentences[e.sentence].entity("ORGANIZATION", first, e.end_token)
    if not joined:
        return entities
    return [joined.get(i, x) for i, x in enumerate(entities) if i not in dropped]


def _inside_run(entities: list[Entity], e: Entity, first: int) -> list[Entity]:
    """The entities between token `first` and the "and" before `e`."""
    return [
        x
        for x in entities
        if x.sentence == e.sentence and first <= x.first_token and x.end_token < e.first_token
    ]


def _subject_run(doc: Doc, e: Entity, entities: list[Entity]) -> int | None:
    """ "the Valby Fisheries and the Coast Committee", "Seed Testing and Soil Services": a
    body's name joining two subjects, which the tagger cuts at "and", is one body where the
    words before "and" end in a subject (a portfolio or a common noun, no body's word) and
    the words after it end in a body's word; not two firms ("Norbank and Valco Holdings").
    The first token of those subject words, or None."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    last = tokens[e.end_token - 1].text
    if e.end_token - k < 2 or not (last in ORG_NAME_WORDS or last in _TAILS):
        return None
    k -= 1 if k > 0 and tokens[k - 1].text == "the" else 0
    if k < 2 or tokens[k - 1].text != "and":
        return None
    subject = tokens[k - 2].text
    if subject in ORG_NAME_WORDS or not (subject in PORTFOLIOS or subject.lower() in COMMON):
        return None
    if subject.endswith("s") and subject not in PORTFOLIOS:
        return None  # a plural ends a firm's name: "Norvik Technologies and Valby School"
    first = k - 1
    while first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].tag != "DT":
        first -= 1
    if first == k - 1 or not capitalised([t.text for t in tokens[first : k - 1]]):
        return None
    # not the last fields of a longer name: "Valby School for Public and Harbour Affairs"
    if first > 0 and tokens[first - 1].text in ("for", "of"):
        return None
    inside = _inside_run(entities, e, first)
    if any(x.label in ("PERSON", "ORGANIZATION") for x in inside):
        return None  # "Jo Park and Valby Holdings", "the Federal Government and Valby Council"
    if not inside and subject not in PORTFOLIOS:
        return None  # an untagged run joins by a portfolio only, not "Federal Government"
    return first


_JOINT_HEADS = lexicons.words("joint_body_heads")  # "Project", "Coalition"


def _joint_run(doc: Doc, e: Entity, entities: list[Entity]) -> int | None:
    """ "the Norvale Media and Tarrish Life Project": a project's or coalition's name may join
    two fields or areas with "and", and the tagger cuts it there (read as two bodies, or a
    place and a body) when the second opens with a demonym or a compass word. After "the",
    capitalised words, "and" and a body ending in such a head are one body, when the words
    before "and" hold no body's word, name no person nor known body and are written nowhere
    else in the story without the rest (two bodies are each named alone too). The first
    token of those capitalised words, or None."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if e.end_token - k < 2 or tokens[e.end_token - 1].text not in _JOINT_HEADS:
        return None
    if k < 3 or tokens[k - 1].text != "and":
        return None
    first = k - 1
    while first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].tag != "DT":
        first -= 1
    if first == k - 1 or tokens[first - 1].text.lower() != "the":
        return None
    words = [t.text for t in tokens[first : k - 1]]
    # fields, not a body's name of their own ("the Valco Group and ...", "Norco Labs and ...",
    # "the NVB and ...", "the College for Nursing and ...")
    if not all(w.isalpha() and w.istitle() for w in words) or words[-1].endswith("s"):
        return None
    if any(w in ORG_NAME_WORDS or w in _TAILS for w in words):
        return None
    left = " ".join(words)  # nor a body known by name ("the Oxfam and ...")
    if clean_name(left) in untagged.ORG_NAMES or institutions.canonical(left):
        return None
    if any(x.label == "PERSON" for x in _inside_run(entities, e, first)):
        return None
    whole = " ".join(t.text for t in tokens[first : e.end_token])
    if len(re.findall(rf"\b{re.escape(left)}\b", doc.text)) > doc.text.count(whole):
        return None  # "Valco" named alone too: two bodies
    return first


# A capitalised hyphened word: "Norberg-Lind" of "Norberg-Lind Cancer Institute".
_HYPHENED = lexicons.pattern("hyphened_name_word")


def _hyphen_opened(doc: Doc, e: Entity, entities: list[Entity]) -> Entity:
    """ "at Valby's Norberg-Lind Cancer Institute": a capitalised hyphened word right before a
    body's name of two words or more opens it, where no other name holds the word; the tagger
    starts the name after it."""
    k = e.first_token
    if e.label != "ORGANIZATION" or k == 0 or e.end_token - k < 2:
        return e
    if not _HYPHENED.match(doc.sentences[e.sentence].tokens[k - 1].text):
        return e
    if any(x.sentence == e.sentence and x.first_token < k <= x.end_token for x in entities):
        return e  # "Jo Norberg-Lind Institute": a person's name before it
    return doc.sentences[e.sentence].entity("ORGANIZATION", k - 1, e.end_token)


# Plural nouns of people a body's letters may go before ("NCB Investigators").
_MEMBER_PLURALS = lexicons.words("plural_source_nouns")


def _members_cut(doc: Doc, e: Entity) -> Entity:
    """ "NCB Investigators obtained a warrant": a body's letters and a capitalised plural noun
    of its people name the body, whose people the noun describes; the tagger reads both as
    one name."""
    words = e.text.split()
    if e.label != "ORGANIZATION" or len(words) != 2 or not words[0].isupper():
        return e
    if not (words[1].istitle() and words[1].lower() in _MEMBER_PLURALS):
        return e
    # "NSW Farmers": an Australian state's short form and a plural of the people an association
    # gathers name that state's association (the farm lobby), not the state.
    if words[0] in gazetteer.STATE_FORMS and words[1] in ASSOCIATION_PLURALS:
        return e
    return doc.sentences[e.sentence].entity("ORGANIZATION", e.first_token, e.end_token - 1)


# Plurals of the people an association gathers, the last word of its name ("Valby Farmers"):
# read here and by kinds (a name ending in one is the association).
ASSOCIATION_PLURALS = lexicons.words("member_plural_bodies")


# A body's own service written after its name: "iNews" of "Norcast iNews".
_OWNED_SERVICE = lexicons.pattern("owned_service_shape")


def _owned_service(doc: Doc, e: Entity) -> Entity:
    """ "Share your photos with Norcast iNews": a body's service named with its owner is one
    organisation, which the tagger cuts before the lower-case "i"."""
    tokens = doc.sentences[e.sentence].tokens
    if e.label != "ORGANIZATION" or e.end_token >= len(tokens):
        return e
    if not _OWNED_SERVICE.match(tokens[e.end_token].text):
        return e
    return doc.sentences[e.sentence].entity("ORGANIZATION", e.first_token, e.end_token + 1)


def _newspaper(doc: Doc, e: Entity) -> Entity:
    """A name after "the" that ends in a newspaper's last word, or that the tagger cut right
    before one, is the paper ("according to the Valby Mercury", "the Valby" + "Register"),
    however the tagger read its town."""
    tokens = doc.sentences[e.sentence].tokens
    if e.first_token == 0 or tokens[e.first_token - 1].text not in ("the", "The"):
        return e
    words = clean_name(e.text).split()
    end = e.end_token
    if end < len(tokens) and tokens[end].text in institutions.NEWSPAPER_TAILS:
        end += 1  # "the Valby" + "Register"
    elif len(words) < 2 or words[-1] not in institutions.NEWSPAPER_TAILS:
        return e
    return doc.sentences[e.sentence].entity("ORGANIZATION", e.first_token, end)


def _named_for_person(doc: Doc, before: Entity, e: Entity) -> str | None:
    """A body named for a person ("Jo Marsh Foundation", "Ann Lind Society"), which the tagger
    cuts into the person and the rest: a person's name right before a name of two words or
    more that ends in a body's word is that body's name."""
    words = clean_name(e.text).split()
    body = len(words) > 1 and words[-1] in _BODY
    return "ORGANIZATION" if touching(before, e, ("PERSON", "ORGANIZATION")) and body else None


def touching(a: Entity, b: Entity, labels: tuple[str, str]) -> bool:
    """Entity `a` ends right where `b` begins in one sentence, labelled `labels`: the tagger
    may have cut one name in two."""
    return (a.label, b.label) == labels and (a.sentence, a.end_token) == (b.sentence, b.first_token)


# A name with a nickname in quotation marks: 'Jo "Sunny" Lind', 'A.B. "The Hammer" Lind'.
_NICKNAMED = lexicons.pattern("nicknamed_names")


# A team sheet's list of names (resources/lexicons/team_sheets.txt) and a name on it.
_SHEET = lexicons.pattern("team_sheets")
_SHEET_NAME = lexicons.pattern("sheet_names")
# The marks each needs (a quote mark after a space, ": "): a sentence holding none is not scanned
# (marks have no case: the sentence is read as written, not folded).
_FORM_NEEDS = {p: literals.needed(p) for p in (_NICKNAMED, _SHEET)}


def _people_by_form(
    doc: Doc, entities: list[Entity], surnames: set[str], players: list[Entity]
) -> list[Entity]:
    """People the tagger cuts or mislabels, found by the form of the text: a nickname inside a
    name, cut at the marks (one person when a part is tagged as a person or the name opens
    with a first name or initials), and every name on a team sheet ("Harbour: Park, Lind
    (Holm 70), Berg") with one name read as a person or after a sheet in its paragraph, and
    the `players` of line-ups printed as sentences."""
    joined, sheets = list[Entity](), set[int]()  # sheets: their paragraphs
    people = {(x.sentence, x.first_token) for x in entities if x.label == "PERSON"}
    names = surnames | {x.text for x in entities if x.label == "PERSON"}
    for s in doc.sentences:
        scan = {p: p.finditer(s.text) for p, w in _FORM_NEEDS.items() if literals.holds(w, s.text)}
        for m in scan.get(_NICKNAMED, ()):
            a, b = s.token_span(s.start + m.start(), s.start + m.end())
            tagged = any((s.index, k) in people for k in range(a, b))  # a part read as a person
            if "." in m[1] or gazetteer.first_name(m[1]) or tagged:
                joined.append(s.entity("PERSON", a, b))
        for m in scan.get(_SHEET, ()):
            listed = _persons(s, s.start + m.start(), _SHEET_NAME.finditer(m[0]))
            if {x.text for x in listed} & names or s.paragraph in sheets:  # "Subs: Lind, ..."
                joined += listed
                sheets.add(s.paragraph)
    on_sheets = untagged.tokens_of(joined)
    joined += [x for x in players if (x.sentence, x.first_token) not in on_sheets]
    taken = untagged.tokens_of(joined)
    kept = [x for x in entities if (x.sentence, x.first_token) not in taken]  # "Bobby" ...
    return sorted((_initialled(doc, x) for x in kept + joined), key=lambda x: x.start)


def _persons(s: Sentence, at: int, names: Iterable[re.Match[str]]) -> list[Entity]:
    """The persons named by `names`, matches in a text that starts at offset `at` of the doc."""
    return [s.entity("PERSON", *s.token_span(at + n.start(), at + n.end())) for n in names]


def _initialled(doc: Doc, e: Entity) -> Entity:
    """A person printed with a bare initial, as team sheets and officials' lines print them
    ("Referee: J Park"), holds the initial the tagger left out; not a letter ending a name
    ("Plan B Lind") nor "A" or "I" (tagged as words). So does a name with a particle the
    tagger cut at it: "Os du Lind", not "Rio de" of a place before it."""
    s, k = doc.sentences[e.sentence], e.first_token
    named = e.label in ("PERSON", "ORGANIZATION")  # "a Halvor K. Brennet analyst": a firm
    if named and k > 0 and e.end_token - k > 1 and _given_left_out(s, k):
        return s.entity(e.label, k - 1, e.end_token)
    if e.label != "PERSON" or k == 0:
        return e
    letter = s.tokens[k - 1]
    named = k > 1 and s.tokens[k - 2].text[:1].isupper()
    if len(letter.text) == 1 and letter.text.isupper() and letter.tag[:2] == "NN" and not named:
        return s.entity("PERSON", k - 1, e.end_token)
    given = s.tokens[k - 2] if k > 1 else None
    if letter.text in INNER_PARTICLES and given and given.tag == "NNP" and given.text.istitle():
        named = k > 2 and s.tokens[k - 3].text[:1].isupper()
        return e if named else s.entity("PERSON", k - 2, e.end_token)
    return e


def _given_left_out(s: Sentence, k: int) -> bool:
    """ "the Halvor K. Brennet unit": a person's name the tagger opens at a middle initial
    leaves out the capitalised word before it, the given name, where that word is no title,
    office, body word or known place and no other capitalised word comes before it."""
    if not is_initial(s.tokens[k].text) or k == 0:
        return False
    given = s.tokens[k - 1]
    before = s.tokens[k - 2] if k > 1 else None
    opener = k == 2 and before is not None and before.tag in ("DT", "IN")  # "The", "In"
    run = before is not None and before.text[:1].isupper() and not opener
    plain = given.tag == "NNP" and given.text.isalpha() and given.text.istitle()
    held = given.text in _OFFICE_RUN | _NOT_IN_NAMES or given.text in PERSON_TITLES
    placed = bool(gazetteer.candidates(given.text)) and not gazetteer.first_name(given.text)
    return plain and not (run or held or placed)


# A line-up standing as a sentence (resources/lexicons/line_ups.txt), headed or not.
_LINE_UP = lexicons.keyed("line_ups")
# Lower-case particles inside a person's name ("de", "van").
INNER_PARTICLES = lexicons.words("inner_name_particles")


def _line_ups(doc: Doc, names: set[str]) -> list[Entity]:
    """Every name of a match report's line-ups printed as sentences of their own ("Park,
    Lind (Holm 70), Berg; Sand, Lund."): sheets of four or more names, one of them a person
    the article names, then any such sentence of the article's, and a short one ("Subs Not
    Used: Krane, Lund.") in a sheet's paragraph."""
    found: list[tuple[Sentence, list[Entity]]] = []
    for s in doc.sentences:
        if (", " in s.text or "; " in s.text) and _LINE_UP["line_up"].fullmatch(s.text):
            body = s.text.split(": ", 1)[-1]  # past a sheet's label
            at = s.start + len(s.text) - len(body)
            found.append((s, _persons(s, at, _LINE_UP["name"].finditer(body))))
    full = [(s, listed) for s, listed in found if len(listed) > 3]
    sheets = {s.paragraph for s, listed in full if names & {x.text for x in listed}}
    if not sheets:
        return []
    return [x for s, listed in found if len(listed) > 3 or s.paragraph in sheets for x in listed]


def _lower_field(t: Token) -> bool:
    """A portfolio written in lower case ("agriculture"), as a department's field."""
    return t.text.islower() and t.text.capitalize() in PORTFOLIOS


_INQUIRY_NOUNS = lexicons.words("chaired_inquiry_nouns")  # "report" of "the Vance report"


def _chair_after_letters(s: Sentence, words: list[str], end: int) -> bool:
    """A body's letters, then one capitalised word before an inquiry's or report's noun
    ("the UN Vance report"): the word names the report for its author, no part of the body."""
    after = s.tokens[end].text if end < len(s.tokens) else ""
    letters = words[0].isalpha() and words[0].isupper() and 1 < len(words[0]) < 6
    named = words[-1].istitle() and words[-1] not in BODY_WORDS
    return len(words) == 2 and letters and named and after in _INQUIRY_NOUNS


def _repaired(
    doc: Doc, e: Entity, surnames: set[str], lower: set[str], beside: _Beside, places: bool
) -> list[Entity]:
    """`e`, an organisation span, as the module docstring repairs it: relabelled, cut in the
    names it holds, or dropped (no entity). `beside`: the entity before it in its sentence,
    if any, and the one a word after it."""
    s = doc.sentences[e.sentence]
    previous, following = beside
    words = [t.text for t in s.tokens[e.first_token : e.end_token]]
    first, end = e.first_token, e.end_token
    if _known(words):
        return [e]
    field = end  # "the Valby department of agriculture": the tagger left the field, lower case
    while words[-1] in ("of", "for") and field < len(s.tokens) and _lower_field(s.tokens[field]):
        field += 1
    if field > end:
        return _repaired(doc, s.entity(e.label, first, field), surnames, lower, beside, places)
    if _chair_after_letters(s, words, end):
        return [s.entity(e.label, first, first + 1)]  # "the UN Vance report": the UN
    if (named := _before_common_noun(s, first, end)) < end:
        # "Valco Corp., a Valby bank,": a description, whose place or name inside counts
        if named == first:
            return []
        if _kind(words[: named - first], surnames) == "LOCATION":
            return [s.entity("LOCATION", first, named)]
        return _repaired(doc, s.entity(e.label, first, named), surnames, lower, beside, places)
    names = e.text.split("/")  # "a Norwire/ORB poll": the known outlet and its partner
    if len(words) == 1 and len(names) > 1 and untagged.ORG_NAMES.intersection(names):
        return _slashed(e, names)
    if len(names) == 2 and (partners := _poll_partners(s, e)):
        return partners
    # "Rival Valco Motors": a firm's kind opening the sentence is no part of its name
    firm_kind = first == 0 and words[0] in _WORDS["firm_opener"]
    if len(words) > 1 and (words[0] in _WORDS["opener"] or firm_kind):
        if _kind(words[1:], surnames) == "LOCATION":
            return [s.entity("LOCATION", first + 1, end)]
        rest = s.entity(e.label, first + 1, end)
        return _repaired(doc, rest, surnames, lower, (None, following), places)
    before = [t.text for t in s.tokens[max(0, first - 2) : first]]
    if len(before) == 2 and before[1] in ("on", "of"):
        if before[0] in _WORDS["law_head"]:
            return []
        if before[0] in _WORDS["place_noun"]:
            return [s.entity("LOCATION", first, end)]
    member = next((i for i, w in enumerate(words) if w in MEMBER_WORDS), None)
    if member is not None:
        return _member(s, e, member, surnames)
    title = next((i for i, w in enumerate(words[1:], 1) if w in PERSON_TITLES or w in _OFFICES), 0)
    if title and _name_like(words[title + 1 :]) and words[title - 1] not in ("of", "the"):
        person = title if words[title] in PERSON_TITLES else title + 1
        if words[title - 1] == ",":  # "London School of Economics, Mr Kennedy": two names
            body = [s.entity("ORGANIZATION", first, first + title - 1)]
        else:  # "Senate Minority Leader Jo Lind": the Senate, without the office's words
            keep = next((j for j in range(title, 1, -1) if words[j - 1] not in _OFFICE_RUN), 1)
            body = _body(s, first, first + field_before_office(words, keep))
        return [*body, s.entity("PERSON", first + person, end)]
    if len(words) > 1 and words[-1] in _OFFICES:  # "Senate Minority Leader": the Senate
        cut = (j for j in range(len(words) - 1, 0, -1) if words[j - 1] not in _OFFICE_RUN)
        return _body(s, first, first + field_before_office(words, next(cut, len(words) - 1)))
    after = s.tokens[end].text if end < len(s.tokens) else ""
    # the body before a portfolio: "Lib Dem" of "Lib Dem Home Affairs"; not a name ending in
    # a body word ("Valby Area Growers Service spokesman")
    # nor an association named by its members' plural ("Valby Canegrowers chairman")
    if after in _WORDS["role_after"] and words[-1] not in _BODY | ASSOCIATION_PLURALS:
        stretches = (k for k in range(len(words) - 1, 0, -1) if _kind(words[:k], set(), whole=True))
        # a portfolio or a common word follows: "Home Affairs", not "Valby River" of a firm
        k = next(stretches, 0)
        if k and (words[k] in PORTFOLIOS or _common(words[k], lower)):
            return [s.entity("ORGANIZATION", first, first + k)]
    parts = _parts(words)
    if len(parts) > 1:
        labels = [_kind(words[a:b], surnames, whole=True) for a, b in parts]
        # "Douglas & Lomason Co": a body word ending only the last part ends one name
        one_name = words[-1] in _BODY and not all(words[b - 1] in _BODY for a, b in parts)
        named = all(labels) and not one_name and (places or "LOCATION" not in labels)
        if named and (set(labels) != {"ORGANIZATION"} or all(_known(words[a:b]) for a, b in parts)):
            pairs = zip(parts, labels, strict=True)
            return [s.entity(part or "", first + a, first + b) for (a, b), part in pairs]
        # "banks A and B"; "X, A and B" or "X's, A and B" after a body X
        listed = previous and _listed_after(s, previous.end_token, first)
        cued = first and (s.tokens[first - 1].text in _WORDS["kinds"] or listed)
        if cued and "&" not in words or _two_names(words, parts, lower):
            return [s.entity(e.label, first + a, first + b) for a, b in parts]
    lower_before = first > 0 and s.tokens[first - 1].text.islower()
    level = after.isdigit() or after in _WORDS["level"]
    if places and lower_before and level and not _has_body(words + [after]):
        return []  # a level or a grade: "Key Stage 2", "Objective One"
    owner = _possessive(s, first, end)
    if owner == 1 and _common(words[0], lower) and _kind(words[:1], surnames) is None:
        return []  # the title of a programme or a scheme: "Woman's Hour", "Dragon's Den"
    if "'s" in words[1:-1] or "’s" in words[1:-1]:
        j = next(i for i, w in enumerate(words) if w in ("'s", "’s"))
        tail = words[j + 1 :]
        named_person = _name_like(tail) and gazetteer.first_name(tail[0])
        if places and _kind(words[:j], surnames) == "LOCATION":
            label = "PERSON" if named_person else "ORGANIZATION"
            return [s.entity("LOCATION", first, first + j), s.entity(label, first + j + 1, end)]
        # not a club or a site named for a title's holder ("Queen's Park Rangers")
        titled = words[0] in PERSON_TITLES or tail[-1] in untagged.ORG_NAMES
        if named_person and len(tail) > 1 and not titled and _acts_or_set_off(s, end):
            return _owner_and_member(s, e, j, surnames)
    if _has_body(words) or _acronym(words):
        return [e]
    if _work_after_persons_possessive(s, e, previous) and not _firm_named(words):
        return []
    if len(words) == 1 and first == 0 and _common(words[0], lower):
        return []  # a common word opening a sentence: "Public accounts committee chairman"
    # "Ban Ki-moon, the secretary general of": a person, described by a role
    described = [t.text.lower() for t in s.tokens[end : end + 3]][:2] in ([",", "the"], [",", "a"])
    described = described and end + 2 < len(s.tokens) and s.tokens[end + 2].text in ROLE_NOUNS
    # but not a name ending in a body's last word: "Valco International, a producer of games"
    described = described and not (len(words) > 1 and words[-1] in untagged.HEADS)
    if _person(words, surnames) or _beside_person(s, e, previous, following) or described:
        return [s.entity("PERSON", first, end)]
    civic = _town(words) and (after in _WORDS["civic"] or _after_place(doc, previous, e))
    if places and (after in SEAT_NOUNS or civic):
        return [s.entity("LOCATION", first, end)]
    return [e]


# The last words of a firm's name: "Holdings", "Records", "Inc" ("Jo Lind's Valco Holdings").
_FIRM_LAST_WORDS = lexicons.words("body_name_ends") | _COMPANY_ENDS | _TAILS | FIRM_TRADES


def _firm_named(words: list[str]) -> bool:
    """A firm's name by its last word or a name the lists know as a body's ("Norpress")."""
    return words[-1] in _FIRM_LAST_WORDS or " ".join(words) in untagged.ORG_NAMES


def _work_after_persons_possessive(s: Sentence, e: Entity, previous: Entity | None) -> bool:
    """A name right after a person's "'s" with no body word, known body or acronym in it
    (checked before this): the person's work, a film, an album or a book ("Ann Lind's Silver
    Harbour"), as a person owns no organisation a body word does not name. Only plain
    capitalised words that name no place and modify no noun after them: "Lind's Valby team
    mate" is the player's club, "Lind's League for Reform" a body, "Lind's F.P." a club's
    letters."""
    if previous is None or previous.label != "PERSON" or e.first_token < 1:
        return False
    words = [t.text for t in s.tokens[e.first_token : e.end_token]]
    if not all(w.istitle() and w.isalpha() for w in words) or gazetteer.candidates(" ".join(words)):
        return False
    if e.end_token < len(s.tokens) and s.tokens[e.end_token].tag in ("NN", "NNS"):
        return False  # a modifier of a noun: "Lind's White House aides"
    mark = s.tokens[e.first_token - 1].text
    return mark in POSSESSIVE_MARKS[:2] and previous.end_token == e.first_token - 1


_LOWER_HEADS = lexicons.groups("joined_name_words")["lower_head"]


def _before_common_noun(s: Sentence, first: int, end: int) -> int:
    """Where the lower-case nouns ending a span begin ("bank" of "Valby bank", "litigation" of
    "Valby Court litigation"): no name ends in a common noun, so they describe (`end`: none)."""
    k = end
    while k > first and s.tokens[k - 1].text.isalpha() and s.tokens[k - 1].text.islower():
        k -= 1
    nouns = k < end and all(t.tag in ("NN", "NNS") for t in s.tokens[k:end])
    # "the Harbour Workers union": a lower-case head that completes a name (`kinds._joined`)
    return k if nouns and s.tokens[end - 1].text not in _LOWER_HEADS else end


def _slashed(e: Entity, names: list[str]) -> list[Entity]:
    """The names of a one-word span "A/B", each over the word's token."""
    starts = [e.start + len("/".join(names[:i])) + (i > 0) for i in range(len(names))]
    return [replace(e, text=n, start=a, end=a + len(n)) for a, n in zip(starts, names, strict=True)]


def _poll_partners(s: Sentence, e: Entity) -> list[Entity]:
    """ "Valby Herald/Norbank Post Daybreak": two bodies joined by a slash inside a word, the
    second's body word followed by a name of what they made together (a poll's); the
    second cut after that word. No such name: one body ("Radio Free Valby/Radio Norland",
    "Lind/Berg Pictures Co")."""
    slash = next(i for i in range(e.first_token, e.end_token) if "/" in s.tokens[i].text)
    left, right = s.tokens[slash].text.split("/")
    after = [right] + [t.text for t in s.tokens[slash + 1 : e.end_token]]
    body = [k for k, w in enumerate(after) if w in _BODY or w in _COMPANY_ENDS]
    # the body word ends a name ("Norbank Post"), not opens one ("Radio Norland")
    named = left and body and 0 < body[-1] < len(after) - 1
    if not named or not all(w[:1].isupper() for w in after):
        return []
    cut = s.tokens[slash].start + len(left)
    first = replace(s.entity(e.label, e.first_token, slash + 1), end=cut)
    second = replace(s.entity(e.label, slash, slash + body[-1] + 1), start=cut + 1)
    return [replace(x, text=s.text[x.start - s.start : x.end - s.start]) for x in (first, second)]


def _listed_after(s: Sentence, end: int, first: int) -> bool:
    """A comma, after a possessive mark or not, is all between a name ending at `end` and a
    span opening at `first` ("Norland Credit's, Valby Grade's and Sundby")."""
    return [t.text for t in s.tokens[end:first]] in ([","], *([m, ","] for m in POSSESSIVE_MARKS))


def _acts_or_set_off(s: Sentence, end: int) -> bool:
    """The name ending before token `end` is a sentence's subject (a verb follows) or set off
    by a comma: a person's place in a sentence, not a club's ("Queen's Park Rangers on")."""
    after = s.tokens[end] if end < len(s.tokens) else None
    return after is not None and (after.text == "," or after.tag in ("VBD", "VBZ", "VBP", "MD"))


def _owner_and_member(s: Sentence, e: Entity, j: int, surnames: set[str]) -> list[Entity]:
    """ "Norbank's Ana Berg", one span of the tagger's: the body that owns the person (its
    name, or one capitalised word), then the person, a given name and a surname; an owner
    that names no body ("the Green group's") leaves the person alone."""
    owner = [t.text for t in s.tokens[e.first_token : e.first_token + j]]
    person = s.entity("PERSON", e.first_token + j + 1, e.end_token)
    one_word = len(owner) == 1 and owner[0].istitle() and owner[0].isalpha()
    if one_word or _kind(owner, surnames) == "ORGANIZATION":
        return [s.entity("ORGANIZATION", e.first_token, e.first_token + j), person]
    return [person]


def _possessive(s: Sentence, first: int, end: int) -> int:
    """Where "'s" joins an owner to a capitalised name in or right after the span ("Woman's
    Hour", "Dragon" + "'s Den"): the owner's length in words, else 0."""
    texts = [t.text for t in s.tokens]
    for k in range(first + 1, min(end + 1, len(texts) - 1)):
        following = texts[k + 1]
        if texts[k] in ("'s", "’s") and following[:1].isupper() and following not in _BODY:
            return k - first
    return 0


def field_before_office(words: list[str], keep: int) -> int:
    """Where a body's name ends before an office's words that start at `keep`: one word
    earlier where that word is a field, a common noun after the body's last word ("Valby
    Harbour Board Research Director": the board, and its research director); not "Norbank
    International Director" (no common noun)."""
    if keep < 3 or words[keep - 2] not in _BODY or words[keep - 1] in _BODY:
        return keep
    field = words[keep - 1]
    tag = resources.pos_tagger().tagdict.get(field.lower(), "")
    common = field.istitle() and field.isalpha() and (tag in ("NN", "NNS") or field in PORTFOLIOS)
    return keep - 1 if common else keep


def _common(word: str, lower: set[str]) -> bool:
    """A common noun or adjective written with a capital: the article writes it in lower
    case too (`lower`: "Public" beside "public"), or the tagger knows it as one ("Woman")."""
    plain = word.lower()
    tagged_common = resources.pos_tagger().tagdict.get(plain, "NNP")[:3] not in ("NNP", "NNPS")
    return tagged_common or plain in lower or plain + "s" in lower


def _member(s: Sentence, e: Entity, member: int, surnames: set[str]) -> list[Entity]:
    """ "MP for Witney": the seat; "Bolton West MP": the seat; "MacDonald QC": the person;
    "Labour MP": the party; "Bolton West MP Jo Lind": the seat and the person."""
    first, end = e.first_token, e.end_token
    words = [t.text for t in s.tokens[first:end]]
    if member == 0 and len(words) > 2 and words[1] == "for":
        return [s.entity("LOCATION", first + 2, end)]
    if 0 < member < len(words) - 1 and _name_like(words[member + 1 :]):  # "Valby MP Jo Lind"
        seat = _member(s, s.entity(e.label, first, first + member + 1), member, surnames)
        return [*seat, s.entity("PERSON", first + member + 1, end)]
    if member != len(words) - 1 or member == 0:
        return [e]
    rest = words[:member]
    label = _kind(rest, surnames) or ("LOCATION" if gazetteer.candidates(rest[0]) else None)
    return [s.entity(label, first, first + member)] if label else []


def _body(s: Sentence, first: int, end: int) -> list[Entity]:
    """The organisation before a role or a person, when it is one: a known body or a name
    with a body word ("Labour peer" -> "Labour"; "Attorney General" is no body)."""
    while end > first and not s.tokens[end - 1].text[:1].isupper():
        end -= 1
    words = [t.text for t in s.tokens[first:end]]
    named = words and (_known(words) or _has_body(words) or _acronym(words))
    return [s.entity("ORGANIZATION", first, end)] if named else []


def _parts(words: list[str]) -> list[tuple[int, int]]:
    """Word ranges of the names in "A and B", "A, B and C", "A & B"."""
    parts, start = [], 0
    for i, w in enumerate(words):
        if w in ("and", "&", ","):
            parts.append((start, i))
            start = i + 1
    parts.append((start, len(words)))
    return parts if all(b > a and words[a][:1].isupper() for a, b in parts) else []


def _two_names(words: list[str], parts: list[tuple[int, int]], lower: set[str]) -> bool:
    """ "A and B" names two bodies: each part like a body's name (`_body_like`: "Voice of
    Norland and Radio Free Valby"), the first ending in a proper word (not "Valby Securities
    and Exchange Commission"); no legal form after "and" ("Lind Berg and Co"), nor a head the
    parts share (`_shared_head`)."""
    if len(parts) != 2 or words[parts[0][1]] != "and":
        return False
    (_, b), (c, _) = parts
    named = all(_body_like(words[x:y]) for x, y in parts)
    proper = not _common(words[b - 1], lower)
    return named and proper and words[c] not in _COMPANY_ENDS and not _shared_head(words, b, lower)


def _body_like(words: list[str]) -> bool:
    """Two or more capitalised words, not a place's name nor written as a person's (opened by a
    title or a first name, or plain capitalised words: "Tevka Vask"; people and places are
    left to the repairs above), and no lower-case word but "of" before a place's name ("Bank
    of Norland")."""
    person = words[0] in PERSON_TITLES or gazetteer.first_name(words[0]) or _name_like(words)
    cased = [k for k, w in enumerate(words) if not w[:1].isupper()]
    of_place = all(words[k] == "of" and place_name(" ".join(words[k + 1 :])) for k in cased)
    return len(words) - len(cased) > 1 and not (person or place_name(" ".join(words))) and of_place


def _shared_head(words: list[str], b: int, lower: set[str]) -> bool:
    """The parts of "A and B" share the head ending B: a body word A (ending at word b) lacks
    ("Valby Oceanic and Atmospheric Administration"), or a plural of a body word or of a
    common noun ("the Valby and Norland Stock Exchanges")."""
    heads = _BODY | _COMPANY_ENDS | _TAILS
    ended = words[-1] in heads and words[b - 1] not in heads
    plural = {words[-1].removesuffix("s"), words[-1].removesuffix("es")} & heads
    return ended or words[-1].endswith("s") and (bool(plural) or _common(words[-1], lower))


def _kind(words: list[str], surnames: set[str], whole: bool = False) -> str | None:
    """What a stretch of words names on its own: a known body, a person or a place. With
    `whole`, a body must be known or end in its body word, so that "Douglas & Lomason Co"
    stays one company while "Johnson Controls Inc and Lear Corp" are two."""
    body = words[-1] in _BODY if whole else _has_body(words)
    if _known(words) or body or _acronym(words):
        return "ORGANIZATION"
    if _person(words, surnames) or words[0] in PERSON_TITLES:
        return "PERSON"
    return "LOCATION" if gazetteer.country_name(" ".join(words)) or _town(words) else None


def _person(words: list[str], surnames: set[str]) -> bool:
    """One to three capitalised words ending in the surname of a person the article names
    with a title or a full name."""
    named = 1 <= len(words) <= 3 and capitalised(words) and words[-1] in surnames
    return named and not gazetteer.candidates(" ".join(words))


def _beside_person(s: Sentence, e: Entity, previous: Entity | None, nxt: Entity | None) -> bool:
    """ "Robert Light and Sayeeda Warsi", "Trayvon Lind and Mia Brown": two or three
    capitalised words joined by "and" to a person (`nxt`: the entity one word after `e`)."""
    words = [t.text for t in s.tokens[e.first_token : e.end_token]]
    named = 2 <= len(words) <= 3 and all(map(name_word, words))
    if not named or gazetteer.candidates(words[0]) or _NOT_IN_NAMES.intersection(words):
        return False
    pairs = [(previous, e)] if previous and previous.end_token + 1 == e.first_token else []
    # a following person by a first name, not "Chittagong Cement and Atlas Bangladesh"
    pairs += [(e, nxt)] if nxt and gazetteer.first_name(nxt.text.split()[0]) else []
    ands = [a.end_token for a, b in pairs if "PERSON" in (a.label, b.label)]
    return any(s.tokens[k].text == "and" for k in ands)


def _name_like(words: list[str]) -> bool:
    """One to three capitalised words that could be a person's name, not another office."""
    cased = all(w.istitle() and w.replace("-", "").isalpha() for w in words)
    office = any(w in _OFFICES or w in _BODY or w == "Prime" for w in words)
    return 1 <= len(words) <= 3 and cased and not office


def _after_place(doc: Doc, previous: Entity | None, e: Entity) -> bool:
    """ "Bromsgrove, Worcestershire": a town right after a place and a comma."""
    if previous is None or previous.label != "LOCATION":
        return False
    return doc.text[previous.end : e.start].strip() == ","


def _town(words: list[str]) -> bool:
    """A town, region or seat the gazetteer knows (not a country: a country that acts is a
    state actor): "Middlesbrough", "Isle of Wight", "Leeds North West"."""
    name = " ".join(words)
    if gazetteer.country_name(name):
        return False
    if known := gazetteer.candidates(name):
        return not any(k.type == "country" for k in known)
    head = [w for w in words if w not in COMPASS]
    return len(head) < len(words) and bool(head) and _town(head)


def _known(words: list[str]) -> bool:
    return institutions.canonical(" ".join(words)) is not None


def _has_body(words: list[str]) -> bool:
    return any(w in _BODY for w in words)


def _acronym(words: list[str]) -> bool:
    return len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) > 1


def _list_places(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """In a list of three or more names joined by commas and "and" where places outnumber
    organisations, an organisation that is no known body is a place too, and so is a
    "person" whose first word is a town (a seat: "Birmingham Yardley")."""
    out = list(entities)
    chain: list[int] = []
    for i in range(len(out) + 1):
        e = out[i] if i < len(out) else None
        if e is not None and chain and _listed(doc, out[chain[-1]], e):
            chain.append(i)
            continue
        labels = [out[j].label for j in chain]
        located = labels.count("LOCATION")
        if len(chain) >= 3 and located >= 2 and located > labels.count("ORGANIZATION"):
            for j in chain:
                words = clean_name(out[j].text).split()
                body = out[j].label == "ORGANIZATION" and _kind(words, set()) != "ORGANIZATION"
                body = body and not _common_noun_inside(doc, out[j])  # "Baltic countries Estonia"
                if body or (out[j].label == "PERSON" and _seat(words, out, j)):  # "Bolton West"
                    out[j] = replace(out[j], label="LOCATION")

        chain = [i] if e is not None else []
    return out


def _common_noun_inside(doc: Doc, e: Entity) -> bool:
    """A lower-case noun inside the span: no place's name holds one, so the span is two
    names run together ("the Baltic countries Estonia")."""
    tokens = doc.sentences[e.sentence].tokens[e.first_token : e.end_token]
    return any(t.text.islower() and t.tag in ("NN", "NNS") for t in tokens)


def _seat(words: list[str], entities: list[Entity], j: int) -> bool:
    """A town and more, unless the town is also a first name and another person mention
    ends in the same surname ("Chelsea Clinton" ... "Mrs Clinton" stays a person)."""
    if len(words) < 2 or not _town(words[:1]):
        return False
    others = (e for k, e in enumerate(entities) if k != j and e.label == "PERSON")
    namesakes = (clean_name(e.text).split()[-1:] == words[-1:] for e in others)
    return not gazetteer.first_name(words[0]) or not any(namesakes)


_LIST_LINKS = lexicons.words("list_links")


def _listed(doc: Doc, a: Entity, b: Entity) -> bool:
    return a.sentence == b.sentence and doc.text[a.end : b.start].strip() in _LIST_LINKS

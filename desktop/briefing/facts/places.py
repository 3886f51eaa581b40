"""Locations: one row per place, resolved against the gazetteer with the article's context.

Mentions come from LOCATION entities, country names the tagger missed, and demonyms
("Syrian", "Russian-backed"), which count as mentions of their country. An ambiguous name
goes to the candidate in a country the article talks about most, else the most populous.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from briefing import lexicons
from briefing.facts import brands, gazetteer, institutions, untagged, words
from briefing.facts.gazetteer import Known
from briefing.facts.kinds import (
    COMPANY_ENDS,
    LANDFORM_NOUNS,
    STREET_WORDS,
    TOWN_LINK,
    Kinds,
    classify,
    club_names,
    lookup_name,
    postal_state_after_place,
    seat_list_item,
    state_form,
    word_after,
    word_before,
    words_before,
)
from briefing.model import Actor, Article, Doc, Entity, Evidence, Place, Sentence, Token
from briefing.sources.clutter import parse_stamp

# Last and first words that make a known place's name a part of it ("Dallas County", "New
# York State", "North Texas"), a region noun among the last.
_TAILS = lexicons.words("place_tails") | {w.capitalize() for w in words.REGION_NOUNS}
_PREFIXES = lexicons.words("region_prefixes")
_PLACE_ONLY_TAILS = lexicons.words("place_only_tails")  # "Valley": no person's last word
NOT_PLACES = lexicons.words("not_places")
_RANKS = lexicons.words("name_titles")  # "Gen", "Maj": a title before a name, no place
_PLACE_OFFICES = lexicons.words("place_offices")  # "Queensland Premier Jo Lind"
_TOWN_TRADES = lexicons.words("town_trade_nouns")  # "Valby architect Jo Lind"
_US_STATE_CUES = lexicons.words("us_state_cues")  # "Georgia Democrat": the state, not the country
_US_LEGISLATURE = lexicons.words("us_legislature_words")  # "Congress": a story of US lawmakers
# Titles and role nouns that open a person's name ("Ambassador Lind", "Congresswoman Park");
# the ranks are among the person titles
_TITLES = words.PERSON_TITLES | words.JOB_TITLES | lexicons.words("titles_before_names")
_NAME_OPENERS = {w.lower() for w in _TITLES | words.ROLE_NOUNS | lexicons.words("elected_titles")}
# Words that keep a titled name a place: streets, landforms, counties ("Senator Park")
_PLACE_WORDS = lexicons.words("place_tails") | lexicons.words("area_nouns")
_PLACE_TAIL_WORDS = frozenset(w.lower() for w in STREET_WORDS | LANDFORM_NOUNS | _PLACE_WORDS)
_BODY_OPENERS = lexicons.words("body_name_continuations")  # "U.S. Air Force"
_NAME_END_COUNTRIES = lexicons.words("country_name_ends")  # "Veterans of America"
# common words and legal forms in lower case: "any", "inc."
_PLAIN = {w.lower() for w in words.COMMON | lexicons.words("company_ends")}
_BEARING = re.compile(rf" (?:{lexicons.alternatives('bearings')}) of ")  # "northwest of"
# "US-based", "Norland-led": a country before a participle is a location
_LED = re.compile(rf"([A-Z][\w.]*)-(?:{lexicons.alternatives('place_led_ends')})$")
_LANGUAGE_CUES = lexicons.words("language_cues")  # "in English": a language, no place
_SOVEREIGNS = lexicons.words("sovereign_titles")  # "Shah" of "the Shah of Norland"
_QUALIFIERS = lexicons.words("region_qualifiers")  # "western" of "western Norland"
_SPREAD = lexicons.words("region_spread_prepositions")  # "across" of "across Devon"
_PARTY_WORDS = institutions.one_word_forms(institutions.PARTIES)  # "Tory"
# "US-German carmaker": a country before a hyphen and a demonym is named too
_JOINT = re.compile(r"([A-Z][\w.]*)-(?:" + "|".join(map(re.escape, gazetteer.DEMONYMS)) + ")$")
FORMER_STATES = lexicons.table("former_states")  # "USSR" -> "Soviet Union": no country today
_ADDRESS = re.compile(r"\d+(?:st|nd|rd|th)?|[A-Z][a-z]+")  # "131", "23rd", "West"
_VERSUS = ("v.", "vs.")  # "Brown v. Board": a party to a case or a title (not "Oslo v Bergen")


# Seas, rivers and regions by name, longest first; the last word of a longer name may be
# written in lower case ("the Persian gulf").
_FEATURE_NAMES = {n.lower(): n for n in sorted(gazetteer.FEATURES, key=len, reverse=True)}
_FORMS = (re.sub(r" (\w+)$", r" (?i:\1)", re.escape(n)) for n in _FEATURE_NAMES.values())
# (the look-ahead tries the names only where a word opens with one of their first letters)
_FIRSTS = re.escape("".join(sorted({n[0] for n in _FEATURE_NAMES.values()})))
_FEATURES = re.compile(rf"\b(?=[{_FIRSTS}])(?:" + "|".join(_FORMS) + r")\b")


@dataclass(frozen=True)
class PlaceMention:
    name: str  # as written, cleaned of "the" and possessive
    evidence: Evidence
    region: bool = False  # followed by "province", "region", ...
    landmark: bool = False  # "the Dome is": a town's name after "the", not that town


# Tags of capitalised words that open a sentence's noun phrase, not a name: "This", "Our",
# "Every" (a quotation mark before them hides the sentence's start).
_DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "WDT", "WP$"})


def place_mentions(doc: Doc, kinds: Kinds | None = None) -> list[PlaceMention]:
    """Every reference to a place, in text order (`kinds`: `classify(doc)` if known)."""
    out: list[PlaceMention] = []
    covered: set[tuple[int, int]] = set()
    # Seas, rivers and regions by name first: the tagger may split or miss them
    # ("the Gulf of Bothnia", "the Russian Black Sea resort").
    kinds = kinds or classify(doc)
    entities = kinds.entities
    by_sentence = untagged.by_sentence(entities)
    for s in doc.sentences:
        for match in _FEATURES.finditer(s.text):
            start, end = s.start + match.start(), s.start + match.end()
            if _inside_longer_name(s, start, end, by_sentence.get(s.index, [])):
                continue
            covered.update((s.index, i) for i in range(*s.token_span(start, end)))  # "America"
            feature = _FEATURE_NAMES[match.group().lower()]
            out.append(PlaceMention(feature, Evidence(s.index, start, end)))
    # surnames of persons and names of bodies ("Ann Lind", "Lind"; "Valby" the club)
    surnames = {e.text.split()[-1] for e in entities if e.label == "PERSON"}
    others = surnames | {e.text for e in entities if e.label == "ORGANIZATION"}
    people = {e.text for e in entities if e.label == "PERSON" and " " in e.text}
    # surnames read as places before a reporting verb ("Chad said"): the person's throughout
    said = {e.text for e in entities if word_after(doc, e) in untagged.REPORTING_VERBS}
    people |= surnames & said
    # a name in commas after a relation ("his brother, Aden, died"): the person's throughout
    people |= {e.text for e in entities if e.label == "LOCATION" and _named_relation(doc, e)}
    # a name no gazetteer knows that the article gives a person ("Nehru's troops" beside
    # "Nehru, Tito and Sukarno"): the person's at every mention
    unknown_people = {n for n in surnames if n.isalpha() and not gazetteer.candidates(n)}
    lone_people = {e.text for e in entities if e.label == "PERSON" and e.text.isalpha()}
    for e in entities:
        e = _with_and_country(doc, e)
        e = _with_street(doc, _with_seat_pair(doc, _with_next_word(doc, e)))
        e = _with_owned_tail(doc, _with_word_before(doc, e, covered))
        tokens = {(e.sentence, i) for i in range(e.first_token, e.end_token)}
        in_feature = bool(tokens & covered)  # a sea or region's name holds it, or it holds one
        covered |= tokens
        # a party and state after a legislator's name: "R-S.C.", "D-South Carolina"
        full = bool(words.PARTY_STATE.match(e.text) and gazetteer.candidates(e.text[2:]))
        party_state = full or bool(words.PARTY_STATE.fullmatch(e.text))
        if e.label == "PERSON" and (owner := _office_owner(doc, e)):
            out.append(owner)  # "Queensland Premier Jo Lind", tagged as one person's name
        s, one = doc.sentences[e.sentence], e.end_token - e.first_token == 1
        if one and (state := _postal_state_after_town(s, e.first_token, by_sentence)):
            out.append(PlaceMention(state, Evidence(e.sentence, e.start, e.end)))
            continue  # "Valby, LA": the town's state, however the tagger read the code
        unknown = words.clean_name(e.text) in unknown_people or _surname_alone(e.text, lone_people)
        if e.label != "LOCATION" or party_state or unknown or _not_place(doc, e, others, people):
            continue
        # the "(Vt.)" of "Hale (Vt.)": a state in brackets; "Bono, The Edge and Larry Mullen Jr":
        # the band's members
        held = in_feature or doc.text[e.start - 1 : e.start] == "(" and state_form(doc, e)
        if held or _listed_before_person(doc, e, by_sentence.get(e.sentence, [])):
            continue
        # "Valby-based Norbank", "Norway's Arctic coast" (a name the gazetteer lacks): the town
        own = e.text.find("'s ") if not gazetteer.candidates(e.text) else -1
        own = own if own > 0 and gazetteer.candidates(e.text[:own]) else -1
        if (far := _BEARING.search(e.text)) and far.start():  # "Valby Park northwest of Oslo"
            where = Evidence(e.sentence, e.start + far.end(), e.end)
            out.append(PlaceMention(e.text[far.end() :], where))  # "Oslo" (and "Valby Park")
        party = e.text.rfind(" ") if e.text.split()[-1] in _PARTY_WORDS else -1  # "Valby Tory"
        party = party if party > 0 and gazetteer.candidates(e.text[:party]) else -1
        run_on = _person_run_on(e.text)  # "at Valby Jo Park scores": a lost caption boundary
        if (cut := max(e.text.find("-based"), own, party, run_on, far.start() if far else -1)) > 0:
            e = replace(e, text=e.text[:cut], end=e.start + cut)
        e = _without_group_word_lead(e)  # "the Catholic Garvaghy Road": the road
        name = gazetteer.with_article(e.text) or state_form(doc, e)
        name = name or lookup_name(words.clean_name(e.text))
        # "Oslo-Bergen", and "Podgorica Russia" of a lost caption boundary: two places
        sep = " " if "-" not in e.text and gazetteer.country_name(e.text.split()[-1]) else "-"
        pair, cut = e.text.split(sep), e.start + e.text.find(sep)
        two = len(pair) == 2 and all(map(gazetteer.candidates, pair))
        if not two and (cut := _state_before_landform(e.text)) > 0:
            # "the Norland Green Valley region": the state, then the valley
            pair, cut, two = [lookup_name(e.text[:cut]), e.text[cut + 1 :]], e.start + cut, True
        if two and not gazetteer.candidates(name):
            for part, span in zip(pair, ((e.start, cut), (cut + 1, e.end)), strict=True):
                out.append(PlaceMention(part, Evidence(e.sentence, *span)))
            continue
        after = word_after(doc, e)
        region = after.lower() in words.REGION_NOUNS
        # "Valby county": the lower-case region word is read with a region's name, which stays
        # bare (not a country's: "the Norland state of Valby")
        tail = region and after.islower() and doc.text[e.end] == " "
        end = e.end + (len(after) + 1) * (tail and not gazetteer.country_name(name))
        name = gazetteer.demonym_country(name) or name  # "Syrian": Syria
        landmark = _town_as_noun(doc, e)
        out.append(PlaceMention(name, Evidence(e.sentence, e.start, end), region, landmark))
    lower, starts = words.lower_case_words(doc.text), {m.evidence.start for m in out}
    for s in doc.sentences:
        for i, t in enumerate(s.tokens):
            # "US-funded Radio Valby": the US
            led = (_LED.match(t.text) or _JOINT.match(t.text)) if "-" in t.text else None
            place = _led_place(s, i, led[1]) if led and t.start not in starts else None
            if led and place and place[1] not in starts:  # not the tagger's ("West Valby")
                where = Evidence(s.index, place[1], t.start + len(led[1]))
                out.append(PlaceMention(place[0], where))
            for part, start, end in joined_places(s, i, by_sentence.get(s.index, [])):
                if start not in starts:  # not a part the tagger's own pair gave ("Oslo-Bergen")
                    out.append(PlaceMention(part, Evidence(s.index, start, end)))
            if (s.index, i) in covered or not t.text[:1].isupper():
                continue
            noun, then = [*s.tokens[i + 1 : i + 3], None, None][:2]
            # "French said" where the article names Lotte French: the surname of one of its
            # people, not before a noun ("French troops"), is the person, no country
            surname = t.text in surnames and not (noun and noun.tag.startswith("NN"))
            demonym = t.tag in ("JJ", "NNP", "NNPS", "NNS") and gazetteer.demonym_country(t.text)
            described = noun and noun.text in (_DESCRIBED if noun.tag == "NN" else _SUBJECTS)
            other = demonym and (_language(s, i) or described or _region_demonym(s, i))
            demonym = None if surname or other else demonym
            untagged_place = t.text not in people and _untagged_place(s, i, lower)
            untagged_place = untagged_place or _heads_place_list(s, i, by_sentence.get(s.index, []))
            if demonym or untagged_place:  # "Syrian": Syria
                out.append(PlaceMention(demonym or t.text, Evidence(s.index, t.start, t.end)))
            # "Tulsa, Okla., police" and "Tulsa, OK, police": Oklahoma
            elif state := _state_after_town(s, i) or _postal_state_after_town(s, i, by_sentence):
                out.append(PlaceMention(state, Evidence(s.index, t.start, t.end)))
            # "the Valbian peninsula": a name the tagger left out before a landform noun
            # not "the Valbian island of Loxa", nor "This valley" after a quotation mark
            free = (not then or then.text != "of") and t.tag not in _DETERMINER_TAGS
            if not demonym and i and noun and noun.text in LANDFORM_NOUNS and free:
                where = Evidence(s.index, t.start, noun.end)
                out.append(PlaceMention(f"{t.text} {noun.text}", where))
    # "Scottish" is Scotland's where the article names Scotland, else the United Kingdom's
    spans = {m.evidence: doc.text[m.evidence.start : m.evidence.end] for m in out}
    adjective = {at: gazetteer.demonym_country(text) for at, text in spans.items()}
    named = {m.name for m in out if not adjective[m.evidence]}
    uk = {n: "United Kingdom" for n in gazetteer.UK_NATIONS if n not in named}
    out = [replace(m, name=uk[m.name]) if adjective[m.evidence] in uk else m for m in out]
    clubs = _clubs(doc.text, out)
    if kinds.scored:
        clubs |= _club_rows_at_sites(doc.text, out, kinds)
    # not clubs, nor a currency's country ("US$5")
    out = [m for m in out if m.name not in clubs and not doc.text.startswith("$", m.evidence.end)]
    return sorted(out, key=lambda m: m.evidence.start)


def _state_before_landform(text: str) -> int:
    """Where a state's or country's name ends when a named landform of two words or more
    follows it in one span ("New South Wales Murray Valley": the state and the valley, two
    places), else -1; not a name whose rest is one word ("Victoria River") or opens with a
    place's noun ("Missouri River Valley")."""
    parts = text.split()
    if len(parts) < 3 or parts[-1].lower() not in LANDFORM_NOUNS:
        return -1
    for k in range(len(parts) - 2, 0, -1):  # the longest state first: "New South Wales"
        head, rest = " ".join(parts[:k]), parts[k:]
        known = gazetteer.candidates(head)[:1]
        # the rest a name of its own, not the state's river's ("Missouri River Valley")
        own = all(w.istitle() for w in rest) and rest[0].lower() not in _PLACE_TAIL_WORDS
        if known and known[0].type in ("region", "country") and own:
            return len(head)
    return -1


def _without_group_word_lead(e: Entity) -> Entity:
    """The street without a faith's or a people's word before it ("Portadown's Catholic
    Garvaghy Road"): the word says who lives there and is no part of the street's name (a
    district keeps it, as CoNLL-2003 does: "Arab East Valby")."""
    first, _, rest = e.text.partition(" ")
    if " " not in rest or not gazetteer.group_word(first) or rest.split()[-1] not in STREET_WORDS:
        return e
    return replace(e, text=rest, start=e.start + len(first) + 1, first_token=e.first_token + 1)


def _surname_alone(name: str, lone_people: set[str]) -> bool:
    """A full name of plain capitalised words that no gazetteer knows, its last word a person
    named alone elsewhere ("Ana Sol Vidal" beside "Vidal said"): the person's, no place."""
    parts = name.split()
    plain = len(parts) > 1 and all(w.isalpha() and w.istitle() for w in parts)
    return plain and parts[-1] in lone_people and not gazetteer.candidates(name)


def _town_as_noun(doc: Doc, e: Entity) -> bool:
    """ "the Dome is", "the Americana in her novel": a one-word name after a lower-case "the"
    that ends its noun phrase, which the gazetteer knows only as towns, names no such town:
    a town takes "the" only before a noun it qualifies ("the Glasgow clubs"); the names
    written with it are of landmarks, troupes and regions ("the Kirov", "the Delta"), or
    common nouns."""
    tokens = doc.sentences[e.sentence].tokens
    if e.label != "LOCATION" or e.end_token - e.first_token != 1 or e.first_token == 0:
        return False
    # the token after ends the noun phrase: a verb, a preposition, a relative pronoun or a full
    # stop ("the Kirov is", "the Americana in"), not a noun, an adjective, "and", "to" or a
    # comma, which may run on ("the Houston public schools", "the Peoria, Ill., bank")
    after = tokens[e.end_token] if e.end_token < len(tokens) else None
    ends = not after or after.tag[:2] == "VB" or after.tag in ("MD", "IN", "WDT", "WP", ".", ":")
    if tokens[e.first_token - 1].text != "the" or after and after.text[:1].isupper() or not ends:
        return False
    known = gazetteer.candidates(words.clean_name(e.text))
    return bool(known) and all(k.type == "city" for k in known)


def _person_run_on(text: str) -> int:
    """Where a person's full name (a first name and a surname at least) starts after a place
    the gazetteer knows, in a span it does not ("Valby Jo Park" of a caption run into the
    text), else -1; never before a last word only places end in ("San Jose Valley": "Jose"
    is a first name, but no person's name ends in "Valley")."""
    parts = text.split()
    if len(parts) < 3 or parts[-1] in _PLACE_ONLY_TAILS or gazetteer.candidates(text):
        return -1
    for k in range(1, len(parts) - 1):
        if gazetteer.first_name(parts[k]) and gazetteer.candidates(" ".join(parts[:k])):
            return len(" ".join(parts[:k]))
    return -1


def _led_place(s: Sentence, i: int, name: str) -> tuple[str, int] | None:
    """The place before the hyphen of token i ("Valby-based", "New Valby-bound") and where it
    starts: a country, a US state or its abbreviation ("Fla.-based"), a region or a city of
    100,000 the gazetteer knows, with a capitalised word before it when the two name one
    ("New York-based"; a capitalised determiner or a sentence's first word aside: "The
    US-based", "A Valby-based"; not "Valby Hall-" of a longer name); so too any place it
    knows by two words ("New Valby-based") and a compass word before a major place."""
    start, before = s.tokens[i].start, s.tokens[i - 1] if i else None
    two = before and before.text[:1].isupper() and f"{before.text} {name}"
    if before and two and (gazetteer.candidates(two) or before.tag != "DT" and i > 1):
        name, start = two, before.start
    # "a New Valby-based bank": two words the gazetteer knows as one place, however small;
    # "a South Norland-based firm": a compass word and a major place
    whole = name == two and any(k.name == two for k in gazetteer.candidates(two))
    part = name == two and two.split()[0] in _PREFIXES and _major(two.split(maxsplit=1)[1])
    return (name, start) if _major(name) or whole or part else None


def joined_places(s: Sentence, i: int, entities: list[Entity]) -> list[tuple[str, int, int]]:
    """The places joined by hyphens in token i before a lower-case noun ("the U.S.-Japan
    talks", "the Soviet Union-China summit"), each with where it starts and ends: every part
    a country, a former state, a region or a city of 100,000 the gazetteer knows, the whole
    no name of its own ("Guinea-Bissau") nor a person's or a body's."""
    t = s.tokens[i]  # (a token without a hyphen: no token after it is read)
    after = s.tokens[i + 1] if "-" in t.text and i + 1 < len(s.tokens) else None
    if not after or not after.text.islower() or after.tag[:2] != "NN":
        return []
    # a person's or a body's name the tagger found holds it
    inside = any(e.label != "LOCATION" and e.start < t.end and t.start < e.end for e in entities)
    if gazetteer.candidates(t.text) or inside:
        return []
    out, end = [], t.start - 1
    for k, text in enumerate(t.text.split("-")):
        start, end = end + 1, end + 1 + len(text)
        before = s.tokens[i - 1] if i and k == 0 else None
        if before and before.text.istitle() and _major_place(f"{before.text} {text}"):
            text, start = f"{before.text} {text}", before.start  # "Soviet Union-China"
        if not (name := _major_place(text)):
            return []
        out.append((name, start, end))
    return out if len(out) > 1 else []


def joined_place_entities(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Each place of a hyphenated compound before a noun (`joined_places`) as a LOCATION
    entity on the tokens that hold it, so that a rule for a plain mention reads it alike."""
    by_sentence, out = untagged.by_sentence(entities), []
    for s in doc.sentences:
        for i, t in enumerate(s.tokens):
            if "-" not in t.text:
                continue  # no hyphen, no places joined (`joined_places` reads none)
            for name, start, end in joined_places(s, i, by_sentence.get(s.index, [])):
                first = i - (start < t.start)  # "Soviet Union" of "Soviet Union-China"
                out.append(Entity("LOCATION", name, start, end, s.index, first, i + 1))
    return out


def _major_place(name: str) -> str | None:
    """The name by which a joined part names a place ("U.S.", "Soviet Union" for "USSR"): a
    country, a former state (none a country of today), a region or a city of 100,000 the
    gazetteer knows."""
    if name in FORMER_STATES and gazetteer.candidates(FORMER_STATES[name]):
        return FORMER_STATES[name]
    return name if _major(name) else None


def _major(name: str) -> bool:
    """A country, a region or a city of 100,000 the gazetteer knows: a place a compound's
    part or a "-based" names alone."""
    known = gazetteer.candidates(name)[:1]
    big = any(k.type == "region" or k.type == "city" and k.population >= 100_000 for k in known)
    return bool(gazetteer.country_name(name)) or big


def _with_next_word(doc: Doc, e: Entity) -> Entity:
    """A place's name with the capitalised word after it that the tagger left out, when the
    two name a place the gazetteer knows ("Valby Springs", its last word read as a verb)."""
    after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 1]
    text = f"{e.text} {after[0].text}" if after else ""
    street = bool(after) and after[0].text in STREET_WORDS  # "Pennsylvania Avenue": no state
    if e.label != "LOCATION" or not text or not (street or gazetteer.candidates(text)):
        return e
    return replace(e, text=text, end=after[0].end, end_token=e.end_token + 1)


def _with_and_country(doc: Doc, e: Entity) -> Entity:
    """A country whose name joins two names with "and" ("Serbia and Montenegro", "Saint
    Vincent and the Grenadines"), which the tagger splits in two (the first part at times a
    person): the name, "and" and up to four words after it, when the whole is a country's
    name the gazetteer knows as written, one place; its second part, held by it, no other."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if k + 1 >= len(tokens) or tokens[k].text != "and" or not e.text[:1].isupper():
        return e
    for end in range(min(k + 5, len(tokens)), k + 1, -1):
        text = doc.text[e.start : tokens[end - 1].end]
        if gazetteer.country_name(text) == text:
            return replace(e, label="LOCATION", text=text, end=tokens[end - 1].end, end_token=end)
    return e


def _with_word_before(doc: Doc, e: Entity, covered: set[tuple[int, int]]) -> Entity:
    """A place's name with the capitalised word before it that the tagger left out, when the
    two name a place the gazetteer knows ("a New Valby company" read as "Valby"), or the place
    is a venue's last word alone ("the Quayside Stadium" read as "Stadium"), and the word is no
    part of another name."""
    i = e.first_token
    before = doc.sentences[e.sentence].tokens[i - 1] if i else None
    if e.label != "LOCATION" or not before or not before.text.istitle():
        return e
    text = f"{before.text} {e.text}"
    venue = e.text in _TAILS and before.tag == "NNP"
    if (e.sentence, i - 1) in covered or not (venue or gazetteer.candidates(text)):
        return e
    return replace(e, text=text, start=before.start, first_token=i - 1)


_OWNED_TAILS = lexicons.words("possessive_place_tails")  # "Brook" of "Becher's Brook"


def _with_owned_tail(doc: Doc, e: Entity) -> Entity:
    """ "Becher's Brook", "Martha's Vineyard": a name, "'s" and a last word of a place's name
    that ends the name, split in two by the tagger, is one place; not a major place's
    ("Norland's Bay area": the country's)."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    owned = [t.text for t in tokens[k : k + 3]]
    if e.label != "LOCATION" or owned[:1] not in (["'s"], ["’s"]) or owned[1:2] == []:
        return e
    tail = owned[1] in _OWNED_TAILS and not (owned[2:3] and owned[2][:1].isupper())
    if not tail or not _weak_place(e.text):
        return e
    end = tokens[k + 1].end
    return replace(e, text=doc.text[e.start : end], end=end, end_token=k + 2)


def _with_seat_pair(doc: Doc, e: Entity) -> Entity:
    """A seat after a member ("MP for Valby and Upton Hill", "the member for Valby and Lund")
    with the capitalised words after its "and" up to the clause's end: constituencies are
    named by two places joined, one seat; not a person or a body joined to the place ("the
    MP for Valby and Jo Park"), nor words before an apposition ("…, the MP for Lund")."""
    tokens, i, k = doc.sentences[e.sentence].tokens, e.first_token, e.end_token
    seat = [t.text for t in tokens[max(0, i - 2) : i]]
    member = seat[1:] == ["for"] and bool({seat[0], seat[0].title()} & words.MEMBER_WORDS)
    listed = seat_list_item(tokens, i)  # a list of seats names no one: "are: Holm and Lund,"
    seated = e.label == "LOCATION" and (member or listed)
    if not seated or k >= len(tokens) or tokens[k].text != "and":
        return e
    end = k + 1
    while end < len(tokens) and tokens[end].text[:1].isupper():
        end += 1
    closed = end == len(tokens) or tokens[end].text in (",", ".", ";", ")")
    person = not listed and _names_a_person(doc, e.sentence, tokens[k + 1 : end + 2])
    if end == k + 1 or not closed or person:
        return e
    text = doc.text[e.start : tokens[end - 1].end]
    return replace(e, text=text, end=tokens[end - 1].end, end_token=end)


def _names_a_person(doc: Doc, sentence: int, after: tuple[Token, ...]) -> bool:
    """Whether the capitalised words after a seat's "and" (then the two tokens past them)
    name a person or a body: the tagger's PERSON or ORGANIZATION there, a known first name
    opening two words or more ("Jo Park") or an apposition after them (", the MP for Lund");
    unless the tagger or the gazetteer knows the words as a place ("Upton Hill", "Chelsea")."""
    words = [t for t in after if t.text[:1].isupper()]
    start, end = words[0].start, words[-1].end
    here = (x for x in doc.entities if x.sentence == sentence)
    labels = {x.label for x in here if x.start < end and x.end > start}
    tagged = bool(labels & {"PERSON", "ORGANIZATION"})
    rest = [t.tag for t in after[len(words) :]]
    apposition = rest[:1] == [","] and rest[1:] == ["DT"]
    named = len(words) > 1 and gazetteer.first_name(words[0].text)
    if not (tagged or named or apposition) or "LOCATION" in labels:
        return False
    return not gazetteer.candidates(" ".join(t.text for t in words))


def _with_street(doc: Doc, e: Entity) -> Entity:
    """A lone street word the tagger read as a place with the address before it: "131 West
    23rd Street" (the numbers and capitalised words before it, not a sentence's first word)."""
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    if e.label != "LOCATION" or e.text not in STREET_WORDS:
        return e
    while i > 1 and _ADDRESS.fullmatch(tokens[i - 1].text):
        i -= 1
    return replace(e, text=doc.text[tokens[i].start : e.end], start=tokens[i].start, first_token=i)


# "Valby-based": no club's or university's name is written so.
_HOME_LED_ENDS = tuple(sorted(lexicons.words("home_led_ends")))


def _clubs(text: str, mentions: list[PlaceMention]) -> set[str]:
    """Towns (or names the gazetteer lacks) the article writes as clubs' ("Valby boss", "beat
    Valby", "Valby City" and so "Valby") or in a university's name ("the University of
    Valby"): every mention of one is the body, unless one follows "in" or "at" ("a pub in
    Valby", not "at home to Valby"). Countries and regions stay places."""
    clubs = {name for m in club_names(text) for name in m.groups() if name}  # its groups
    for p in mentions:
        start, end = p.evidence.start, p.evidence.end
        word = _lead_word(text, start).lower()
        # "in Valby", not "in Valby's 2-1 win"; "the Valby-based maker": where a firm is, no club
        locative = word in words.LOCATIVES and word != "to" and text[end : end + 1] not in "'’"
        if locative or text.startswith(_HOME_LED_ENDS, end):
            clubs.discard(p.name)
    # countries, regions and known names of several words ("Mexico City") are places
    known = {c: gazetteer.candidates(c)[:1] for c in clubs}
    return {c for c, k in known.items() if all(x.type == "city" and " " not in c for x in k)}


def _club_rows_at_sites(text: str, places: list[PlaceMention], kinds: Kinds) -> set[str]:
    """In sports copy, a name the kinds read as a body at one mention and as a place only
    after "at" or "the" ("Valby" the club beside "he plays at Valby", "won the Loxa League"
    beside "in the Loxa League"): the club or league at every
    mention, as the guideline makes one form one entity unless the story uses it for two.
    Not where the text writes it after "in" or "to" anywhere ("a pub in Valby", "we go to
    Valby": the town or ground too), nor a dateline's town. Countries stay places (a
    national team is its country's row)."""
    starts = {p.evidence.start for p in places}
    bodies = {e.text for e in kinds.entities if e.label == "ORGANIZATION" and e.start not in starts}
    named = {p.name for p in places} & bodies
    for p in places:
        start = p.evidence.start
        if text[start - 1 : start] != " " or _lead_word(text, start).lower() not in ("at", "the"):
            named.discard(p.name)
    # not where the text writes it after "in" or "to" ("in Valby", "went to Valby")
    named -= {n for n in named if f"in {n}" in text or f"to {n}" in text}
    return {n for n in named if not gazetteer.country_name(n)}


def _lead_word(text: str, start: int) -> str:
    """The last word in the dozen characters before `start`: the clubs', the sites' and the
    brands' cue ("at Valby", "in Valby")."""
    return words.word_before_offset(text, start, 12)


# Heads taking a place after "of" inside their name: "the Duchy of Lund" (see the file).
_OF_HEADS = lexicons.words("of_place_heads")


def _inside_of_name(doc: Doc, e: Entity, head: str) -> bool:
    """A place inside another name after its head and "of" ("the Duchy of Lund", "the Order
    of the Lund"), unless the copy places it by a region or country after a comma ("the
    Archbishop of Lund, Norland": where the see is)."""
    if head not in _OF_HEADS:  # the word before "of"
        return False
    places = (x for x in doc.entities if x.label == "LOCATION" and x.sentence == e.sentence)
    # a place right after a comma after it
    return not (word_after(doc, e) == "," and any(x.first_token == e.end_token + 1 for x in places))


# "dollars" after a country's name: its currency (currency_place_nouns.txt).
_CURRENCY_NOUNS = lexicons.words("currency_place_nouns")
_DEITY_NOUNS = lexicons.words("deity_nouns")  # "the goddess Vala": a deity, no place
_EDITIONS = lexicons.words("edition_adjectives")  # "original" of "the original Vista"


def _not_place(doc: Doc, e: Entity, others: set[str], people: set[str]) -> bool:
    """A people, faith or region word the tagger read as a place ("Hindu", "Sunni Muslims",
    "Western") unless the gazetteer knows it, a name of NOT_PLACES, a party to a case or a
    title ("Brown v. Board", "Dune v. Zeta"), a place inside an office's title ("Governor of
    Valby", as the guideline reads it), the unknown end of a name cut after "of" ("Hall of
    Fame"), a town under 100,000 named like a person or a body
    of the article (`others`: "Lind" beside "Ann Lind", a company or club), or a person
    (`people`: full names of several words) by name or surname, or a
    leader's before "administration" (a town's name, not a capital's), or a publication's
    after "copies of" (`_PUBLICATION_ITEMS`)."""
    name = words.clean_name(e.text)
    known = gazetteer.candidates(name)
    # the name or the words before one of its spaces ("Hall" of "Hall Street"), looked up
    listed = any(name[:k] in NOT_PLACES for k, c in enumerate(f"{name} ") if c == " ")
    listed |= e.text in words.NAME_SUFFIXES  # "Rose, Jr., will": a name's "Jr."
    town = bool(known) and all(k.type == "city" and k.population < 100_000 for k in known)
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    # a person of the article the tagger read as a place: a full name, its first words ("Ana
    # Berg" beside "Ana Berg Lund"), or a surname the article writes before a reporting verb
    # ("Chad said" beside "Ana Chad"; a country that speaks is named without a person's
    # surname), unless after a preposition ("in Chad", "from Chad")
    full = " " in name and any(p == name or p.startswith(name + " ") for p in people)
    placed = i > 0 and tokens[i - 1].tag in ("IN", "TO")
    person = name in others and name.isalpha() and town or full or name in people and not placed
    # a people or faith word, alone or before a demonym ("Islamic Saudi" of a school's name)
    run = [gazetteer.group_word(w) or bool(gazetteer.demonym_country(w)) for w in e.text.split()]
    group = gazetteer.group_word(e.text.split()[-1]) or len(run) > 1 and all(run)
    group = group and not gazetteer.candidates(e.text)
    before = [t.text for t in tokens[:i] if t.text != "the"]
    # the word before an "of" right before the name ("Governor of Valby", "copies of Lindale")
    head = before[-2] if len(before) > 1 and before[-1] == "of" else ""
    # the end of a longer name the tagger cut after "of", a name no gazetteer knows ("the
    # Valby Hall of Fame")
    cut = len(before) > 2 and head.istitle()  # not "Parts of"
    cut = cut and not known and name not in gazetteer.FEATURES and not _of_person(doc, e)
    title = head in words.JOB_TITLES or name in _RANKS or name.split(" of ")[0] in _SOVEREIGNS
    title = title or _inside_of_name(doc, e, head)  # "Shah of Iran", "Duchy of Lund"
    # "the original Vista", "the latest Galaxy": a product's model or release, no town
    edition = i >= 2 and tokens[i - 1].text.lower() in _EDITIONS and tokens[i - 2].text == "the"
    # a word or legal form in capitals the gazetteer lacks: "IN ANY MEDIA", "FDCH, INC."
    shouted = name.isupper() and name.lower() in _PLAIN
    shouted = shouted and not gazetteer.candidates(lookup_name(name))
    after = word_after(doc, e)  # a party to a case, or a newspaper's town ("the Valby Times")
    # a compass word cut from the name after it: "the South Sudanese army", "Valby's North End"
    compass = name in _PREFIXES and after[:1].isupper() and after not in untagged.CALENDAR
    # "the Bush administration": a leader's name, which towns bear too ("Bush", Egypt)
    leader = all(k.type == "city" and k.population < 500_000 for k in known)
    leader = leader and after == "administration"
    named = listed or person or group or title or cut or shouted or compass or leader
    # a US court's district ("the Eastern District of Valby"): the district and the state after
    # it name the court, no place of the story
    parts = name.split()
    court = parts[1:] == ["District"] and after == "of" and parts[0] in _PREFIXES
    court = court or head == "District" and len(before) > 2 and before[-3] in _PREFIXES
    named = named or court or _opens_a_named_body(doc, e) or _person_shaped(doc, e, name, known)
    # "America" or "USA" ending a body's or show's name ("Veterans of America": `_name_end`)
    named = named or e.text in _NAME_END_COUNTRIES and _name_end(tokens, i)
    named = named or _speaker_label(doc, e) or _disease_named(doc, e) or _work_subtitle(doc, e)
    named = named or head in _PUBLICATION_ITEMS or edition  # "copies of Lindale": a magazine
    # "the Vance inquiry": one word the gazetteer lacks between "the" and an inquiry's noun
    # names the inquiry's chair, no place; "the Norland inquiry" (a known country) stays one
    chair = after in _INQUIRY_NOUNS and " " not in e.text and e.text.istitle() and not known
    # "a billion US dollars": which money, no place
    named = named or chair and word_before(doc, e).lower() == "the" or after in _CURRENCY_NOUNS
    named = named or _firm_owner_named(doc, e, known)
    named = named or bool(before) and before[-1].lower() in _DEITY_NOUNS  # "the sun god Ra"
    return named or after in (*_VERSUS, *institutions.NEWSPAPER_TAILS)


def _firm_owner_named(doc: Doc, e: Entity, known: tuple[Known, ...]) -> bool:
    """ "Jo Park of Lind's Norhaven Transport": one word the gazetteer lacks or knows only as a
    small town, owning a name that ends in a firm's trade or legal form, is the family firm's
    founder, no place."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    large = any(x.type != "city" or x.population >= 100_000 for x in known)
    if large or " " in e.text or k + 1 >= len(tokens) or tokens[k].text not in ("'s", "’s"):
        return False
    run = list(takewhile(lambda t: t.text[:1].isupper(), tokens[k + 1 : k + 5]))
    return len(run) > 1 and (run[-1].text in words.FIRM_TRADES or run[-1].text in COMPANY_ENDS)


_INQUIRY_NOUNS = lexicons.words("chaired_inquiry_nouns")  # "inquiry" of "the Vance inquiry"


# "copies of Lindale": the magazine's name, no place
_PUBLICATION_ITEMS = lexicons.words("publication_item_nouns")
_DISEASES = lexicons.words("eponymous_diseases")  # "Huntington" of "Huntington's"
_DISEASE_NOUNS = lexicons.words("disease_nouns")  # "disease", "syndrome"


def _disease_named(doc: Doc, e: Entity) -> bool:
    """ "Parkinson's and Huntington's", "Huntington's disease": a surname of an
    eponymous disease with an owner's "'s", then a disease noun or no noun at all, names the
    disease; a town's possessive runs on into a noun ("Huntington's mayor")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if words.clean_name(e.text) not in _DISEASES:
        return False
    if not e.text.endswith(("'s", "’s")):
        if k >= len(tokens) or tokens[k].text not in ("'s", "’s"):
            return False
        k += 1
    after = tokens[k] if k < len(tokens) else None
    return after is None or after.text in _DISEASE_NOUNS or not after.tag.startswith(("NN", "JJ"))


def _work_subtitle(doc: Doc, e: Entity) -> bool:
    """ "to scrap Star Trek: Enterprise", "Snipes' Blade: Trinity": one word after a colon
    that follows capitalised words inside a sentence (after a lower-case word or an owner's
    mark), or two or more opening one, is a film's or show's subtitle, unless a major place
    (see `_weak_place`); one word opening a sentence is a label ("Venue: Lund"); so is a
    title's first word before one, after a lower-case word, with two capitalised words or more
    after it ("while Lund: Some Kind Of Story won")."""
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    if e.end_token - i == 1 and i > 0 and e.end_token + 2 < len(tokens):
        lead, _, colon, *after = tokens[i - 1 : e.end_token + 3]
        opens = colon.text == ":" and lead.text.isalpha() and lead.text.islower()
        if opens and all(t.text.istitle() for t in after):
            return _weak_place(e.text)
    if e.end_token - i != 1 or i < 3 or tokens[i - 1].text != ":":
        return False
    j = i - 2
    while j >= 0 and tokens[j].text.istitle():
        j -= 1
    if j == i - 2 or j < 0 and i < 4:
        return False  # a sentence's first word alone is a label ("Venue:"), not a title
    opener = tokens[j].text if j >= 0 else ""
    inside = opener.isalpha() and opener.islower() or opener in ("", "'", "’", "'s", "’s")
    return inside and _weak_place(e.text)


def _speaker_label(doc: Doc, e: Entity) -> bool:
    """ "LIND: Thank you.": a name in capitals opening a paragraph before a colon, that no
    gazetteer knows, labels a speaker's turn in a transcript."""
    if not (e.text.isupper() and doc.text.startswith(":", e.end)):
        return False  # (no label: the text before it is not read, which costs its length)
    j = e.start  # back over the spaces and quote marks before it, not copying the text
    while j and doc.text[j - 1] in " \"“'‘\t":
        j -= 1
    return (not j or doc.text[j - 1] == "\n") and not gazetteer.candidates(lookup_name(e.text))


def _person_shaped(doc: Doc, e: Entity, name: str, known: tuple[Known, ...]) -> bool:
    """A name (`name`, cleaned) of two words or more that no gazetteer knows, written as a
    person's: opening with a person's title or role noun ("Ambassador Lind warned", "write to
    Congresswoman Park"), or of a given name and a surname, up to three words, that owns
    something and follows no locative ("Jo Tower's victory"). A street or area word keeps it
    a place ("Senator Lind Avenue")."""
    parts = name.split()
    if known or len(parts) < 2 or any(p.lower() in _PLACE_TAIL_WORDS for p in parts[1:]):
        return False
    if parts[0].rstrip(".").lower() in _NAME_OPENERS:
        return True
    owner = word_after(doc, e) in ("'s", "’s") and len(parts) <= 3
    placed = word_before(doc, e).lower() in words.LOCATIVES or parts[0].lower() in _PLACE_TAIL_WORDS
    return owner and not placed and gazetteer.first_name(parts[0])


def _name_end(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether token `i`, "America" or "USA", right after a proper noun, or after "of" and
    one, ends a body's or show's name ("Veterans of America", "Trending Now USA"), unless a
    demonym or compass word makes a region of it ("Latin America")."""
    if tokens[i].text not in _NAME_END_COUNTRIES or i == 0:
        return False
    owner = tokens[i - 2] if i > 1 and tokens[i - 1].text == "of" else tokens[i - 1]
    proper = owner.tag in ("NNP", "NNPS") and owner.text[:1].isupper()
    return proper and not gazetteer.demonym_country(owner.text) and owner.text not in _PREFIXES


def _opens_a_named_body(doc: Doc, e: Entity) -> bool:
    """Places opening a body's name that ends in a country's short name ("Valby and Norland
    Veterans of America"): the name's, no place of the story. Places joined by "and" or a
    comma, then a capitalised word, more and "of" up to the end; not a list of a place and a
    body ("Norland and Bank of America"), nor "the United States of America"."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    while k + 1 < len(tokens) and tokens[k].text in (",", "and") and tokens[k + 1].tag == "NNP":
        if not gazetteer.candidates(tokens[k + 1].text):
            return False
        k += 2
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False  # "the United States of America": a place's own "of"
    while k < len(tokens) and (tokens[k].text[:1].isupper() or tokens[k].text == "of"):
        if _name_end(tokens, k):
            return True
        k += 1
    return False


def _listed_before_person(doc: Doc, e: Entity, entities: list[Entity]) -> bool:
    """A name listed before a person's full name ("Lind and Jo Park", "Lind, Berg and Jo
    Park") that names no major place (see `_weak_place`): the list is of people. Not after a
    preposition ("of Dale and Jo Park of Lindale"), nor one name and ", and" before the person
    ("Dale, and Jo Park said": two clauses), nor a list running on after the person ("Jo
    Park, Dale, and Ann Berg, Lindale": a person's town)."""
    tokens, starts = doc.sentences[e.sentence].tokens, {x.first_token: x for x in entities}
    before = tokens[e.first_token - 1] if e.first_token else None
    placed = before and (before.tag in ("IN", "TO") or before.text.lower() in words.LOCATIVES)
    if placed or not _weak_place(e.text):
        return False
    j, items = e.end_token, 1
    while j < len(tokens) and tokens[j].text in (",", "and", "or"):
        joined = [t.text for t in tokens[j : j + 2]] in ([",", "and"], [",", "or"])  # ", and"
        j += 1 + joined
        item = starts.get(j)
        if item is None or item.label not in ("PERSON", "LOCATION"):
            return False
        if item.label == "PERSON":
            after = [t.text for t in tokens[item.end_token : item.end_token + 2]]
            runs_on = after[:1] == [","] and after[1:2] != [] and after[1][:1].isupper()
            clause, full = joined and items == 1, " " in item.text
            return tokens[j - 1].text in ("and", "or") and full and not runs_on and not clause
        if not _weak_place(item.text):
            return False
        j, items = item.end_token, items + 1
    return False


def _weak_place(name: str) -> bool:
    """A name the gazetteer does not know as a country, a US state, a region named alone, a
    water or a city of 100,000: as likely a person's ("Bono", "Bush")."""
    forms = {name, words.clean_name(name)}  # "Miss." is a state, "Miss" none
    for k in (k for form in forms for k in gazetteer.candidates(form)):
        big = k.type in ("country", "water") or k.population >= 100_000
        if big or gazetteer.us_state(k) or k.type == "region" and named_alone(k):
            return False
    return True


_RELATIONS = lexicons.words("unnamed_people")  # "brother", "friend"
_OWNERS = ("his", "her", "their", "my", "our", "your", "'s", "’s")


def _named_relation(doc: Doc, e: Entity) -> bool:
    """ "his brother, Lindale, died": a one-word name in commas right after someone's relation
    ("his brother", "Jo's friend") names that person."""
    before, after = words_before(doc, e, 3), word_after(doc, e)
    related = len(before) == 3 and before[0].lower() in _OWNERS and before[1] in _RELATIONS
    return related and before[2] == "," and " " not in e.text and after in (",", ".")


def _of_person(doc: Doc, e: Entity) -> bool:
    """A person named by first name and surname just before "of" and the place ("Jo Park of
    Valby"): the place is where the person comes from, not the end of a longer name."""
    end = doc.sentences[e.sentence].tokens[e.first_token - 2].end
    persons = (x for x in doc.entities if x.label == "PERSON" and x.end == end)
    return any(gazetteer.first_name(x.text.split()[0]) for x in persons)


# The tags a language's name is followed by: a preposition, "to", a conjunction, a modal,
# an adverb, a determiner or punctuation ("in English for most classes", "in French.").
_AFTER_LANGUAGE = frozenset(["IN", "TO", "CC", "MD", "RB", "DT", "WDT", ",", ".", ":"])


def _language(s: Sentence, i: int) -> bool:
    """A people's word used as a noun for its language: after a language cue ("said it in
    English", "speaks Spanish") or joined to a school subject ("math or English"); only
    before a function word or a stop, never a noun ("in English waters", "and German referee
    Jo Lind", the noun tagged a verb), or joined to a cue ("English-speaking countries")."""
    head, joined, tail = s.tokens[i].text.rpartition("-")
    if joined and head and tail.lower() in _LANGUAGE_CUES:
        return True
    after = s.tokens[i + 1].tag if i + 1 < len(s.tokens) else "."
    if after not in _AFTER_LANGUAGE:
        return False
    before = [t.text for t in s.tokens[max(0, i - 2) : i]]
    subject = len(before) == 2 and before[1] in ("and", "or") and before[0].islower()
    return bool(before) and before[-1].lower() in _LANGUAGE_CUES or subject


_SUBJECTS = lexicons.words("language_subject_nouns")  # "English literature"
# Nouns of persons, less a state's agents ("the Syrian president"), and of subjects: a
# people's word before one, a noun ("NN"), describes one person ("the English novelist Jo
# Park") or names a language's subject; the country is no place of the story.
_DESCRIBED = words.ROLE_NOUNS | lexicons.words("person_nouns") | lexicons.words("rare_role_nouns")
_DESCRIBED = _DESCRIBED - lexicons.words("state_office_nouns") | _SUBJECTS


def _region_demonym(s: Sentence, i: int) -> bool:
    """ "Central American", "Latin American": a demonym after a capitalised word that names,
    with the demonym's stem, a region ("Central America") is the region's demonym, not the
    country's ("American" alone is the United States); the guideline lists no demonym."""
    if not i or not s.tokens[i - 1].text[:1].isupper() or not s.tokens[i].text.endswith("n"):
        return False
    return bool(gazetteer.candidates(f"{s.tokens[i - 1].text} {s.tokens[i].text[:-1]}"))


def _untagged_place(s: Sentence, i: int, lower: frozenset[str] | set[str]) -> bool:
    """A country's name the tagger left out, or a lone capitalised word that names a town:
    before "constituency", "seat" or "by-election" ("whose Finchley constituency"), or a
    city of 100,000 people ("the Glasgow clubs", "the MP for Birkenhead"), a region before a
    region's noun ("the Valby region"), or any place the
    gazetteer knows after a lower-case region word ("western Valby") or before a title
    ("Valby Sen. Jo Park"). Not a word the
    article also writes in lower case, a first name, or part of a longer name ("Perm 35")."""
    t, before = s.tokens[i], s.tokens[i - 1].text if i else ""
    # not a part of a longer name joined by a hyphen: "then-New England"
    if gazetteer.country_name(t.text) and t.tag.startswith("NNP"):
        hyphened = "-" in before and before.split("-")[-1][:1].isupper()
        # before a word that opens one of its forces' or courts' names ("a U.S. Air Force
        # general", "the U.S. Circuit Court"): the body's, not a place
        body = any(t.text in _BODY_OPENERS for t in s.tokens[i + 1 : i + 2])
        return not (body or _name_end(s.tokens, i) or hyphened)
    qualified = before in _QUALIFIERS  # "western Norland", "northern Virginia"
    spread = before.lower() in _SPREAD  # "across Devon": a region's name, not a given name
    common = t.text.lower() in lower or gazetteer.first_name(t.text) and not (qualified or spread)
    # "Queensland Premier Jo Lind", opening the sentence too; "Valby architect Jo Lind said"
    office = _place_office(s, i) or _place_office(s, i, _TOWN_TRADES)
    if t.tag != "NNP" or i == 0 and not office or not t.text.istitle() or len(t.text) < 4 or common:
        return False
    after = s.tokens[i + 1].text if i + 1 < len(s.tokens) else ""
    titled = after.rstrip(".") in _RANKS or office  # "Valby Sen. Jo Park": the senator's state
    capitalised = before[:1].isupper() or after[:1].isupper() and not titled
    if capitalised or after[:1].isdigit() or after in ("'s", *_VERSUS):
        return False
    towns = [k for k in gazetteer.candidates(t.text) if k.type in ("city", "region")]
    big = bool(towns) and (qualified or titled or towns[0].population >= 100_000)
    # "the Emilia-Romagna region": a region the gazetteer knows before a region's noun, or
    # spread over ("homeowners across Devon between March and June")
    region = after.lower() in words.REGION_NOUNS or spread
    region = region and any(k.type == "region" for k in towns)
    return after.lower() in words.SEAT_NOUNS or big or region


def _heads_place_list(s: Sentence, i: int, entities: list[Entity]) -> bool:
    """ "Norland, Valby and Loxa have ...": a country, a region or a city of 100,000 the
    gazetteer knows that opens a list whose other items the tagger read as places (commas, then
    "and" or "or"), the sentence's first word too; the tagger misses it there for want of a
    word before it."""
    t = s.tokens[i]
    if not (t.text.istitle() and t.text.isalpha()) or gazetteer.first_name(t.text):
        return False
    if not any(k.type != "city" or k.population >= 100_000 for k in gazetteer.candidates(t.text)):
        return False
    places = {e.first_token: e.end_token for e in entities if e.label == "LOCATION"}
    k, joined = i + 1, False
    while k < len(s.tokens) and s.tokens[k].text == "," and not joined:
        k += 1
        if k < len(s.tokens) and s.tokens[k].text in ("and", "or"):
            joined, k = True, k + 1  # the serial comma
        if k not in places:
            return False
        k = places[k]
    if not joined and k < len(s.tokens) and s.tokens[k].text in ("and", "or"):
        joined = k + 1 in places
    return joined


def _office_owner(doc: Doc, e: Entity) -> PlaceMention | None:
    """The state or town opening a person's tagged name before an office it owns and the
    holder's name ("Queensland Premier Jo Lind"): the place the office governs."""
    s, k = doc.sentences[e.sentence], e.first_token
    t = s.tokens[k]
    if e.end_token - k < 4 or not _place_office(s, k) or not t.text.istitle():
        return None
    known = any(c.type in ("city", "region") for c in gazetteer.candidates(t.text))
    return PlaceMention(t.text, Evidence(s.index, t.start, t.end)) if known else None


def _place_office(s: Sentence, i: int, posts: frozenset[str] = _PLACE_OFFICES) -> bool:
    """Token i is followed by an office a place owns and a capitalised name: "Queensland
    Premier Jo Lind", where the state's name is the office's place; with `posts` the town
    trades, "Valby architect Jo Lind", local copy's way of saying where a person is from (not
    "Valby manager Jo Lind", where the club owns the post)."""
    after = [t.text for t in s.tokens[i + 1 : i + 3]]
    return len(after) == 2 and after[0] in posts and after[1][:1].isupper()


def _state_after_town(s: Sentence, i: int) -> str | None:
    """ "Okla." of "a Tulsa, Okla., officer" that the tagger left out: a US state's wire
    abbreviation after a capitalised name and a comma, not before a capitalised word nor, for
    a title's form, at a sentence's end ("Miss. Park"), names the town's state."""
    form = gazetteer.stopped(s.tokens[i].text)
    dot = not form.endswith(".") and s.tokens[i + 1 : i + 2] and s.tokens[i + 1].text == "."
    form += "." * bool(dot)  # "Tex" and the sentence's full stop
    if form not in gazetteer.US_STATE_ABBREVIATIONS or i < 2 or s.tokens[i - 1].text != ",":
        return None
    after = s.tokens[i + 1 + bool(dot)].text if i + 1 + bool(dot) < len(s.tokens) else ""
    title = form[:-1].lower() in _NAME_OPENERS and not after  # "Miss." ending a sentence
    name = s.tokens[i - 2].text  # not a party's initial: "(D., Mo.)" is the lawmaker's state
    town = name[:1].isupper() and not re.fullmatch(r"[A-Z]\.?", name)
    return form if town and not after[:1].isupper() and not title else None


def _postal_state_after_town(
    s: Sentence, i: int, by_sentence: dict[int, list[Entity]]
) -> str | None:
    """The state of a two-letter postal code right after a place the fact sheet keeps and a
    comma ("Valby, LA, said"; `kinds.postal_state_after_place`); not after a person ("Jo Lind,
    MD"), which is no place."""
    if s.tokens[i].text not in gazetteer.US_POSTAL_CODES:
        return None  # most tokens: the cheap test before the scan of the sentence's places
    town = any(e.label == "LOCATION" and e.end_token == i - 1 for e in by_sentence.get(s.index, []))
    return postal_state_after_place(s, i, town)


def _inside_longer_name(s: Sentence, start: int, end: int, entities: list[Entity]) -> bool:
    """ "Africa" in "South Africa", "Pacific" in "CITIC Pacific", "Europe" in an organisation.

    A feature name is part of a longer name when a capitalised word other than a demonym
    touches it, or when a tagged name other than a place holds it.
    """
    for e in entities:
        if e.start <= start and end <= e.end and (e.start, e.end) != (start, end):
            extra = (s.text[e.start - s.start : start - s.start]).split()
            if e.label != "LOCATION" or not all(gazetteer.demonym_country(w) for w in extra):
                return True
    i, j = s.token_span(start, end)
    before = s.tokens[i - 1].text if i > 0 else ""
    after = s.tokens[j].text if j < len(s.tokens) else ""
    joined = before[:1].isupper() and i > 1 and not gazetteer.demonym_country(before)
    # a state's short form after any name but "The" ("Palestinian Territory", not "The Territory")
    short = s.text[start - s.start : end - s.start] in gazetteer.STATE_FORMS
    return joined or after[:1].isupper() or (short and before[:1].isupper() and before != "The")


def resolve(
    names: list[str],
    regions: set[str],
    placed: dict[str, str],
    homes: frozenset[str] = frozenset(),
    hints: frozenset[str] = frozenset(),
) -> dict[str, Known | None]:
    """The best gazetteer entry for each name, using the countries the article mentions.

    `placed`: a name -> the place written right after it ("Moscow, Idaho"), which says where;
    `homes`: names written once as a US state's in its politics ("a Georgia Democrat");
    `hints`: countries shown only weakly (`_countries_shown_in_passing`)."""
    context, scene = Counter[str](), Counter[str]()  # scene: places inside each country
    towns = Counter[str]()  # small towns of one country: a tie-break where no place votes
    # each name's own part of `context`; whether the name before is a city that voted
    alone, voted = Counter[str](), False
    for i, name in enumerate(names):
        qualifier = voted and placed.get(names[i - 1]) == name
        voted = False  # (never in a list of countries: "Egypt, Turkey, Georgia" each vote)
        if qualifier:
            continue  # "Austin, Texas": the state placing a town that voted is one place with it
        found = gazetteer.candidates(name)
        # Countries, cities big enough to be unambiguous and regions of one name ("New South
        # Wales") say where the story is.
        one = len({k.country for k in found}) == 1  # "New York": a state and a city, one country
        big = one and (found[0].population >= 100_000 or found[0].type == "region")
        big = big or _world_capital(found)
        if found and (found[0].type == "country" or big) and found[0].country:
            context[found[0].country] += 1
            scene[found[0].country] += found[0].type != "country"
            alone[name] += 1
            voted = found[0].type == "city"
        elif one and found and found[0].country:
            towns[found[0].country] += 1  # "from Hartlepool": one country's, too small to vote
    states = {n for n in names for k in gazetteer.candidates(n)[:1] if gazetteer.us_state(k)}
    out: dict[str, Known | None] = dict.fromkeys(names)

    def rank(k: Known) -> tuple[bool, bool, int, bool, bool, bool, bool, int]:
        """A country first, then a place in the countries the story names most (a capital of
        one before all: "Athens" beside "Greece"), a US state or a city of 100,000 ("Florida"
        is not a town in Cuba), where nothing votes a country with a small town of one
        country alone ("Stockton" beside "Hartlepool"), a US state before a city abroad named
        after it ("Virginia"), a town of a state the story names before its namesakes in
        other states, the most populous."""
        n, big = context[k.country or ""], k.population >= 100_000
        n += 1000 * (n > 0 and gazetteer.capital_country(k.name) == k.country)
        state = gazetteer.us_state(k)
        namesake = k.type == "city" and k.country != "United States" and k.name in states
        named_state = k.state in states
        town = n == 0 and towns[k.country or ""] > 0
        ahead = (k.type == "country", n > 0, n, town)
        return *ahead, big or state, not namesake, named_state, k.population

    for name, found in {n: gazetteer.candidates(n) or _within(n, context) for n in names}.items():
        # the place after it as the story places it ("Kasai" beside "Congo": not a town in Japan)
        after = sorted(_areas_first(gazetteer.candidates(placed.get(name, ""))), key=rank)[-1:]
        if not found or after and _town_of_written_us_state(found, after[0]):
            # "Kennebunkport, Maine": a town the gazetteer lacks (or a US town it lacks, written
            # with its state: "Springvale, Ore.") is in the country of what follows; not when
            # that is a small town of a country the story never names ("Tolvik, Norland": a
            # town of 20,000 in Florida), which places nothing
            unsure = after and after[0].type == "city" and after[0].population < 50_000
            unsure = unsure and not context[after[0].country or ""]
            out[name] = Known(name, "other", after[0].country) if after and not unsure else None
            continue
        best = max(found, key=rank)
        where = [k for k in found if after and k.country == after[0].country]
        # "Princeton, N.J.": the town of the state written after it, not a namesake elsewhere
        where = [k for k in where if k.state == after[0].name] or where
        world = max(found, key=lambda k: k.population)
        # "Moscow, Idaho" is Idaho's; "Moscow" alone the world city, not a small namesake at
        # home, and "Geneva" of a country the story names but sets nothing in, the Swiss city;
        # so too at home in a story naming two other countries ("a Geneva conference on Laos")
        domestic = scene[best.country or ""] and len(set(context) - {best.country}) < 2
        floor = 5 * max(best.population, 100_000 if domestic else 20_000)
        small = best.type == "city" and best.population < 100_000 and world.population >= floor
        best = max(where, key=rank) if where else world if small else best
        best = _region_over_town(found, best, context) if not where else best
        best = best if where else _area_of_placed(name, found, best, placed, rank)
        # "Georgia" named beside more US states than foreign countries, or beside American
        # places and no foreign country ("Atlanta"), is the state; never beside places of the
        # country ("Tbilisi"); in a list of countries it is one ("Egypt, Georgia, Mali"); so
        # too when written once as a state's in its politics ("Georgia's governor")
        home = [k for k in found if gazetteer.us_state(k)]
        foreign = set(context) - {"United States", best.country}
        american = len(states) > len(foreign) or context["United States"] > 0 and not foreign
        american = (american or name in homes) and not scene[best.country or ""]
        best = home[0] if best.type == "country" and home and american else best
        elsewhere = best.type == "city" and not context[best.country or ""] and not where
        rivals = [k.population for k in found if k.country != best.country]
        abroad = best.population < 1_000_000 and 5 * max(rivals, default=0) >= best.population
        if elsewhere and (best.population < 50_000 or (context and abroad)):
            # a small town elsewhere, or a name of several countries none of which the story
            # is about ("Victoria" in a story about Australia): too uncertain to state
            continue
        # a town abroad below `_TOWN`, in a story naming no country nor any other known place
        # (the context the other names give) but showing one other country in passing ("Welsh
        # side", "Castleford Rovers"): the story is likely set there, and the town that
        # country's namesake, or one the gazetteer lacks (then no country is stated)
        hinted = len(hints) == 1 and best.country not in hints and best.type == "city"
        if not where and hinted and best.population < _TOWN and not context.total() - alone[name]:
            # the namesake of the country shown, if the gazetteer holds one, else no country
            shown = [k for k in found if k.country in hints and k.type == "city"]
            if not shown:
                continue
            best = max(shown, key=lambda k: k.population)
        # "Kent county": a region, never at the spot of a town of its name
        region = name in regions and best.type == "city"
        out[name] = replace(best, type="region", latitude=None, longitude=None) if region else best
    return out


def _world_capital(found: tuple[Known, ...]) -> bool:
    """A country's capital of a million people or more, first of its entries, beside which
    every namesake abroad is under a tenth of its size ("London", not London in Canada;
    "Moscow"): it says which country the story touches as an unambiguous name does."""
    top = found[0] if found else None
    if top is None or top.type != "city" or top.population < 1_000_000:
        return False
    if gazetteer.capital_country(top.name) != top.country:
        return False
    return all(k.country == top.country or 10 * k.population < top.population for k in found)


def _town_of_written_us_state(found: tuple[Known, ...], area: Known) -> bool:
    """ "Springvale, Ore.": a US state written after a name the gazetteer holds only as
    towns abroad places a US town it lacks, not the namesake (Springvale in Australia)."""
    abroad = all(k.type == "city" and k.country != area.country for k in found)
    return gazetteer.us_state(area) and abroad


# How `resolve` ranks a name's entries: the best is the greatest.
_Rank = Callable[[Known], tuple[bool, bool, int, bool, bool, bool, bool, int]]


def _area_of_placed(
    name: str, found: tuple[Known, ...], best: Known, placed: dict[str, str], rank: _Rank
) -> Known:
    """ "Harlow, Essex": a name written after a town the gazetteer knows, to place it, is the
    area the town lies in, as the town was read (`_areas_first`): the county of the town's
    country, not a namesake town abroad, unless no town of that name lies in that country."""
    areas = _areas_first(found)
    if areas == list(found) or best in areas:
        return best
    area = max(areas, key=rank)
    towns = [t for a, b in placed.items() if b == name for t in [gazetteer.candidates(a)] if t]
    if area.country == best.country or not towns:
        return best  # (a town no gazetteer knows says nothing: "Wells, Canterbury" of a list)
    return area if all(any(k.country == area.country for k in t) for t in towns) else best


def _countries_shown_in_passing(doc: Doc) -> frozenset[str]:
    """Countries a story shows only weakly: by a nationality word ("a Welsh side") or by a
    town of one country opening a body's name ("Castleford Rovers", a club)."""
    shown = set()
    for e in doc.entities:
        words_ = e.text.split()
        if e.label == "ORGANIZATION" and len(words_) > 1:
            found = gazetteer.candidates(words_[0])
            lands = {k.country for k in found}
            if found and len(lands) == 1 and all(k.type == "city" for k in found):
                shown |= lands
    for s in doc.sentences:
        for t in s.tokens:
            land = t.text[:1].isupper() and gazetteer.demonym_country(t.text)
            shown |= {k.country for k in gazetteer.candidates(land)[:1]} if land else set()
    return frozenset(c for c in shown if c)


def _areas_first(found: tuple[Known, ...]) -> list[Known]:
    """Of the entries for the place that places a town ("Arden, Kent"), its regions and
    countries, if any: a town is placed by the area it lies in, not by a namesake city."""
    return [k for k in found if k.type in ("region", "country")] or list(found)


# A city below this many people is no match for a region or island of another country
# of its name ("Bali": Indonesia's, not the Indian town) unless the story names its country.
_TOWN = 300_000
# ISO 3166-2 types of the regions news names by themselves ("Province", "State")
_NAMED_ALONE = lexicons.words("regions_named_alone")


def _region_over_town(found: tuple[Known, ...], best: Known, context: Counter[str]) -> Known:
    """A region (a province, a state, an island) of another country before `best`, a town of a
    country the story does not name: news names a region by itself, a town with its country;
    not a district or a council ("Savannah" is no Ghanaian region), which news names with it,
    nor a province named after its own town ("Toledo"), where the name is the towns'."""
    if best.type != "city" or context[best.country or ""] or best.population >= _TOWN:
        return best
    towns = {k.country for k in found if k.type == "city"}
    regions = [k for k in found if k.type == "region" and k.country not in towns]
    return next((k for k in regions if named_alone(k)), best)


def named_alone(k: Known) -> bool:
    """A region news names without its country: one of our own tables (no ISO type, "Darfur",
    "Yorkshire") or an ISO subdivision of a type in `_NAMED_ALONE` ("Bali", a province)."""
    return k.subdivision is None or k.subdivision in _NAMED_ALONE


def _us_state_home(doc: Doc, m: PlaceMention, congress: bool) -> bool:
    """ "a Georgia Democrat", "Georgia's governor", "Georgia's Jo Park, a House veteran", and
    in a story of the US Congress (`congress`) "Georgia's Jo Park": a name followed by a word
    of a US state's politics, its person's aside holding one, or a lawmaker's home, is written
    as a US state (a legislator's home, the state's own offices), not the country."""
    s = doc.sentences[m.evidence.sentence]
    after = [t.text for t in s.tokens if t.start >= m.evidence.end]
    owner = after[:1] == ["'s"]
    after = after[owner:]
    if _lawmaker_of(s, m.evidence.start) or after[:1] and after[0] in _US_STATE_CUES:
        return True
    name = next((i for i, w in enumerate(after) if not w[:1].isupper()), len(after))
    if not owner or name < 2:
        return False  # only "Georgia's Jo Park" is a person's home
    aside = after[name + 1 : name + 8] if after[name : name + 1] == [","] else []
    cue = any(w in _US_STATE_CUES and aside[i - 1 : i] != ["White"] for i, w in enumerate(aside))
    return cue or congress


def _lawmaker_of(s: Sentence, start: int) -> bool:
    """ "Sen. Ann Lind of Georgia", "Rep. Lind of Georgia": a name after a US lawmaker's or
    governor's title, then "of" and the place, which is the lawmaker's state."""
    before = [t.text for t in s.tokens if t.end <= start][-6:]
    if before[-1:] != ["of"]:
        return False
    named = list(takewhile(lambda w: w[:1].isupper() and w not in _US_STATE_CUES, before[-2::-1]))
    title = before[-2 - len(named) : -1 - len(named)]
    return 0 < len(named) <= 3 and bool(title) and title[0] in _US_STATE_CUES


def _state_and_country(name: str) -> bool:
    """Whether the gazetteer holds `name` both as a US state and as a country: the only names
    `resolve` reads the story's `homes` for."""
    found = gazetteer.candidates(name)
    return any(k.type == "country" for k in found) and any(gazetteer.us_state(k) for k in found)


def _within(name: str, context: Counter[str]) -> tuple[Known, ...]:
    """ "Dallas County", "North Texas": a name the gazetteer lacks, a place it knows and a tail
    or a compass word, is a region of that place's country when the story names that country
    (not "Murray River" of Utah's Murray in a story about Australia, nor "South America")."""
    w = name.split()
    head = " ".join(w[:-1] if w[-1] in _TAILS else w[1:] if w[0] in _PREFIXES else [])
    most = max(context.values(), default=1)  # a town's: only in the story's main country
    found = [k for k in gazetteer.candidates(head) if k.name == head and k.country]
    found = [k for k in found if context[k.country or ""] >= (most if k.type == "city" else 1)]
    if not found and len(w) > 1:
        # a region named after a state's short form ("NSW Southern Highlands", "Qld Central
        # Highlands"): the short forms name nothing else (state_forms.txt)
        led = [k.country for k in gazetteer.candidates(w[0]) if k.country]
        led = led if w[0] in gazetteer.STATE_FORMS else []
        # "Harris County" after a name the gazetteer lacks, in a story whose places are mostly
        # American: a US county (the word after the name is US usage, "County Cork" Irish)
        us = w[-1] == "County" and context and context.most_common(1)[0][0] == "United States"
        if country := led[0] if led else "United States" if us else None:
            return (Known(name, "region", country),)  # no spot
    return tuple(Known(name, "region", k.country) for k in found[:1])  # no spot


def extract_places(doc: Doc, kinds: Kinds | None = None) -> tuple[Place, ...]:
    """One row per place, with type, country and coordinates where known, most mentioned first.

    `kinds` is `classify(doc)` when the caller has it already (actors read it too)."""
    mentions = place_mentions(doc, kinds)
    regions = {m.name for m in mentions if m.region}
    names = [gazetteer.stopped(m.name) for m in mentions]
    pairs = pairwise(zip(names, [m.evidence for m in mentions], strict=True))
    placed = {a: b for (a, x), (b, y) in pairs if _placed_by(doc.text[x.end : y.start], a, b)}
    # only a name both a US state and a country ("Georgia") can be written as the state's
    ambiguous = [(n, m) for n, m in zip(names, mentions, strict=True) if _state_and_country(n)]
    legislature = (t.text in _US_LEGISLATURE for s in doc.sentences for t in s.tokens)
    congress = bool(ambiguous) and any(legislature)
    homes = frozenset(n for n, m in ambiguous if _us_state_home(doc, m, congress))
    # "the Dome is", "the Americana in her novel": a landmark or a word at every mention,
    # no town of the gazetteer, and no country of the story
    landmarks = {n for n, m in zip(names, mentions, strict=True) if m.landmark}
    unmarked, hints = [n for n in names if n not in landmarks], _countries_shown_in_passing(doc)
    known = dict.fromkeys(names) | resolve(unmarked, regions, placed, homes, hints)
    # one row for two names of one spot ("Pacific", "Pacific Ocean"); countries have none
    located = [k for k in reversed(known.values()) if k and k.latitude is not None]
    spots = {(k.type, k.latitude, k.longitude): k for k in located}
    known = {n: k and spots.get((k.type, k.latitude, k.longitude), k) for n, k in known.items()}
    keys = [(k.name if k else n) for n in names for k in [known[n]]]
    keys = _qualified_as_written(doc, mentions, keys)
    spans = [(m.evidence.start, m.evidence.end, i) for i, m in enumerate(mentions)]
    joins = {keys[b]: keys[a] for b, a in words.renames(doc.text, spans).items()}  # "X, formerly Y"
    joins |= _compass_aliases(keys, known) | _landform_short_forms(keys, known)
    joins |= _state_head_short_forms(names, keys)
    rows: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        rows.setdefault(joins.get(key, key), []).append(i)
    bodies, listed = _firm_forms(doc, kinds), brands.listed_brand_names(doc.text)
    owned = _demonym_landform_countries(doc.text)
    places = []
    for key, group in rows.items():
        unknown = known[names[group[0]]] is None
        firm = unknown and _names_a_firm(doc.text, key, bodies)
        if firm or unknown and key in listed or _cigarette_brand_never_placed(doc.text, key):
            continue  # "such brands as Valflakes": a product
        k = known[names[group[0]]] or Known(key, "other", owned.get(key))
        evidence = tuple(mentions[i].evidence for i in group)
        places.append(Place(key, k.type, k.country, k.latitude, k.longitude, len(group), evidence))
    return tuple(sorted(places, key=lambda p: (-p.mentions, p.evidence[0].start)))


# "the Greek island of Paros": a people's word, a landform's noun, "of", then the name
_DEMONYM_LANDFORM = re.compile(
    r"\b(?P<people>[A-Z][a-z]+) (?:" + "|".join(sorted(LANDFORM_NOUNS)) + r") of "
    r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)*)"
)


def _demonym_landform_countries(text: str) -> dict[str, str]:
    """Names written after a people's word, a landform's noun and "of" ("the Greek island of
    Paros"), with that people's country: where a place the gazetteer lacks lies."""
    found = [(m["name"], m["people"]) for m in _DEMONYM_LANDFORM.finditer(text)]
    return {name: land for name, people in found if (land := gazetteer.demonym_country(people))}


_LANDFORM_TAILS = _PLACE_ONLY_TAILS | {t for t in _TAILS if t.lower() in LANDFORM_NOUNS}
# Last words of a firm's name ("Qwest Communications", "Valco Inc."): its first word alone
# is the firm's short form.
_FIRM_ENDS = COMPANY_ENDS | words.FIRM_TRADES | lexicons.words("firm_short_form_ends")


def _firm_forms(doc: Doc, kinds: Kinds | None) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the article's organisations, and the first word of each that ends in a
    firm's last word ("Qwest" of "Qwest Communications"): that firm's short form."""
    names = {e.text for e in (kinds or classify(doc)).entities if e.label == "ORGANIZATION"}
    # (not "Valby Institute of Engineering", an institute's)
    split = [w for n in names if len(w := n.split()) > 1 and w[-1] in _FIRM_ENDS]
    return frozenset(names), frozenset(w[0] for w in split if all(x[0].isupper() for x in w))


_STAFF_NOUNS = lexicons.words("firm_staff_nouns")


_CIGARETTE_NOUNS = lexicons.words("cigarette_brand_nouns")
# Words before a name that write it as a place ("in Valby", "the people of Valby").
_PLACE_LEADS_OF_BRANDS = words.LOCATIVES | {"from", "of", "In", "At", "From"}


def _cigarette_brand_never_placed(text: str, name: str) -> bool:
    """A name the text writes before "cigarettes" ("Valby cigarettes") and never after a
    locative ("in Valby", "from Valby"): the brand, as many cigarette brands bear a town's
    name; no place row."""
    brand = False
    for at in words.starts_of(text, name):
        end = at + len(name)
        if _lead_word(text, at) in _PLACE_LEADS_OF_BRANDS:
            return False
        after = text[end : end + 16].split()[:1] if text[end : end + 1] == " " else []
        brand |= bool(after) and after[0].rstrip(".,;:") in _CIGARETTE_NOUNS
    return brand


def _names_a_firm(text: str, name: str, bodies: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A name no gazetteer knows that names a firm or its goods, not a place: a firm's short
    form (`_firm_forms`), its plural ("Saabs" beside "Saab"), a website's ("Valco.com"), or a
    firm's branch in a continent or country ("Valco Europe"), or an employer
    (`_staff_employer`)."""
    names, short = bodies
    first, _, rest = name.partition(" ")
    areas = gazetteer.candidates(rest) if rest and first in names else ()
    branch = bool(areas) and areas[0].type in ("country", "other")  # "Europe", not "Union"
    plural = name.endswith("s") and name[:-1] in names
    return name in short or plural or f"{name}.com" in text or branch or _staff_employer(text, name)


def _staff_employer(text: str, name: str) -> bool:
    """A name the story writes after a job noun and "at" or "with" ("a mobile analyst at
    Brightline"): an employer, so no place where the tagger reads one ("Analysts Brightline
    said"). Only names no gazetteer knows come here."""
    return any(f"{noun} {link} {name}" in text for noun in _STAFF_NOUNS for link in ("at", "with"))


def _qualified_as_written(doc: Doc, mentions: list[PlaceMention], keys: list[str]) -> list[str]:
    """ "western Europe" beside "Western Europe": a place after a lower-case region word is
    read bare ("Europe"), unless the article also writes the two as one capitalised name,
    which is then the row of both."""
    full, out = set(keys), list(keys)
    for i, m in enumerate(mentions):
        before = _word_before_at(doc.text, m.evidence.start)
        whole = f"{before.capitalize()} {keys[i]}"
        if before in _QUALIFIERS and whole in full:
            out[i] = whole
    return out


def _word_before_at(text: str, start: int) -> str:
    """The text between the last space before `start` (past the spaces right before it) and
    those spaces: `text[:start].rstrip(" ").rpartition(" ")[2]` without copying the text
    before `start`, which made reading every mention's word grow with the article's square."""
    end = start
    while end and text[end - 1] == " ":
        end -= 1
    return text[text.rfind(" ", 0, end) + 1 : end]


def _landform_short_forms(keys: list[str], known: dict[str, Known | None]) -> dict[str, str]:
    """ "Bab al-Sahar" beside "Bab al-Sahar Strait": a name no gazetteer knows, written also
    with a landform's last word that no person's name holds, is that landform's short form."""
    full = set(keys)
    unknown = [k for k in full if known.get(k) is None]
    return {k: f"{k} {t}" for k in unknown for t in _LANDFORM_TAILS if f"{k} {t}" in full}


_STATE_HEADS = lexicons.words("state_short_heads")  # "Republic", "Kingdom"


def _state_head_short_forms(names: list[str], keys: list[str]) -> dict[str, str]:
    """ "the Republic" beside "the Republic of Norland": a state's head word written alone
    is the short form of the one place whose written name holds it (not with two such)."""
    out = {}
    for head in {k for k in keys if k in _STATE_HEADS}:
        full = {key for n, key in zip(names, keys, strict=True) if n != head and head in n.split()}
        if len(full) == 1:
            out[head] = full.pop()
    return out


# "in", "near" and the other locatives but "to", between spaces (`_placed_by`).
_NEAR = {f" {w} " for w in words.LOCATIVES - {"to"}}


def _placed_by(link: str, name: str, area: str = "") -> bool:
    """The text between a name and the next, `link`, puts the name in the next one's place:
    a comma ("Kennebunkport, Maine"), or "in" or "near" after a name the gazetteer lacks
    ("Loxley Square in Oslo", a landmark or harbour): it is in that place's country; or "in"
    between a town and a region of the town's country ("Truro in Cornwall", where the county
    shares its name with a Canadian town): each says where the other is."""
    # "Dunford, a small town in Kenya": a place noun in apposition to an unlisted town
    near = (link in _NEAR or bool(TOWN_LINK.match(link))) and not gazetteer.candidates(name)
    return link == ", " or near or link == " in " and _town_in_region(name, area)


def _town_in_region(town: str, area: str) -> bool:
    """`town` has a city of a country in which `area` names a region."""
    lands = {k.country for k in gazetteer.candidates(area) if k.type == "region"}
    return any(k.type == "city" and k.country in lands for k in gazetteer.candidates(town))


def _compass_aliases(keys: list[str], known: dict[str, Known | None]) -> dict[str, str]:
    """ "the North" in a story naming one country or nation of that compass adjective
    ("Northern Norland") and no other place of it: the short form of its name (not "North
    Valby", whose "the North" the annotations of CoNLL list apart)."""
    types = {(k.name if k else n): k and k.type for n, k in known.items()}
    out = {}
    for key in set(keys) & _PREFIXES:
        whole = {k for k in keys if k.split()[0].removesuffix("ern") == key and " " in k}
        named = all(w.startswith(key + "ern ") for w in whole)
        if len(whole) == 1 and named and types.get(next(iter(whole))) == "country":
            out[key] = whole.pop()
    return out


# "BEIJING (AP) _", "PRISTINA, Yugoslavia (AP) _", "Baghdad, Iraq (CNN)", "HEMPSTEAD, N.Y.,
# Sept. 26 (UPI) —": the place before the outlet or the dash, and what follows its comma.
_DATELINE = lexicons.pattern("outlet_datelines")


def without_body_short_forms(
    places: tuple[Place, ...], actors: tuple[Actor, ...]
) -> tuple[Place, ...]:
    """`places` less a name no table knows that a body of the story goes by, its last word
    ("City" of Harbour City: "City, who are fourth, travel to Sudby"): the club, no place."""
    bodies = (a for a in actors if a.type == "organization" and " " in a.name)
    ends = {end for a in bodies if (end := a.name.split()[-1]) in a.aliases}
    return tuple(p for p in places if p.name not in ends or p.country or p.latitude is not None)


def with_dateline(places: tuple[Place, ...], article: Article) -> tuple[Place, ...]:
    """`places` and the places a dateline names, where the story was filed (a city and its
    country or state): the dateline is kept out of the analysed text as page furniture, so
    no mention there finds them."""
    lines = (c.text.strip() for c in article.clutter if c.kind == "dateline")
    # The first that names a place: a publication stamp ("Tuesday 3 March 2026") names none.
    found = (_DATELINE.match(x) for x in lines if not parse_stamp(x))
    if (m := next((x for x in found if x), None)) is None:
        return places
    name, where = (g.title() if g and g.isupper() else g for g in m.group("name", "where"))
    known = resolve([name, where] if where else [name], set(), {name: where} if where else {})
    added = [(name, known[name] or Known(name, "other", None))]
    if where and (k := known[where]) and k.type in ("country", "region"):
        added.append((where, k))
    out = list(places)
    for written, k in added:
        # A row listed already, under the name's first word ("Vatican", "Vatican City") or at
        # its spot ("Washington D.C."), gains a mention without evidence in the text; else a
        # new row.
        forms = {k.name.casefold(), written.casefold(), written.casefold().split()[0]}
        at = k.latitude is not None and (k.latitude, k.longitude)
        same = [i for i, p in enumerate(out) if (p.latitude, p.longitude) == at]
        same += [i for i, p in enumerate(out) if p.name.casefold() in forms]
        if same:
            out[same[0]] = replace(out[same[0]], mentions=out[same[0]].mentions + 1)
        else:
            out.append(Place(k.name, k.type, k.country, k.latitude, k.longitude, 1))
    return tuple(out)

"""Names of bodies the entity tagger leaves untagged.

The tagger misses capitalised names it has not seen, most often at the start of a sentence
("Strathclyde Police asked…", "Amnesty International has called…"). A run of capitalised
words that ends in a word only bodies end in is such a name, wherever the tagger was silent.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing import lexicons
from briefing.facts import gazetteer
from briefing.facts.words import (
    BODY_HEADS,
    BODY_WORDS,
    COMMON,
    FIRM_TRADES,
    JOB_TITLES,
    PERSON_TITLES,
    ROLE_WORDS,
    lower_case_words,
)
from briefing.model import Doc, Entity, Sentence

# Last words of bodies' names: the body heads of `words` except "Office", the nouns of
# forces, companies and schools (our own list), and the name ends of organisations in the
# NER training data (training/org_name_ends.py).
HEADS = BODY_HEADS - {"Office"} | lexicons.words("body_name_ends") | lexicons.words("org_name_ends")
# Small words inside a name ("Standards Board of England", "Ernst & Young"), and words that
# open a sentence without being part of the name after them ("The").
_RUNS = lexicons.groups("body_runs")
_NO_START = _RUNS["opener"] | PERSON_TITLES  # no body's first word: "The", "Mr"
# Names the NER training corpora tag as organisations (training/org_names.py), and our own
# list of bodies known world-wide (known_bodies.txt).
KNOWN_BODIES = lexicons.words("known_bodies")
# and national sides known by a nickname alone ("the Wallabies"; round 37)
ORG_NAMES = lexicons.words("org_names") | KNOWN_BODIES | lexicons.words("national_side_nicknames")
# Lower-case nouns of bodies: "the journal Valby Letters", "the company Norbank".
BODY_NOUNS = lexicons.words("body_nouns")
# "analysts Norvex": plurals before a research firm's plain name, with no "the" (technology
# and business copy); not BODY_NOUNS, which also reads tagged names and "the" runs
_FIRM_PLURALS = lexicons.groups("technology_nouns")["analysts"]


def missed_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Organisations named by an untagged run of capitalised words ending in a body word
    (`HEADS`), or by such a run with its "of…" complement ("Standards Board of England"), or
    by a run that is one of `ORG_NAMES` ("Reuters")."""
    tagged = tokens_of(entities)
    tagged_ends = {(e.sentence, e.first_token): e.end_token for e in entities}
    # the last tokens of tagged bodies' names: "University of Valby" of a longer name
    org_lasts = {(e.sentence, e.end_token - 1) for e in entities if e.label == "ORGANIZATION"}
    found: list[Entity] = []
    for s in doc.sentences:
        if s.text.isupper():
            continue  # a headline in capitals
        k = 0
        while k < len(s.tokens):
            word = s.tokens[k].text
            if not (word[:1].isupper() or word in KNOWN_BODIES):
                k += 1  # no capital (most words): no run from k (`_capital`)
                continue
            end = _run_end(s, k, tagged)
            # no run from k (most tokens): no body ("" is no name of ORG_NAMES)
            own = _body(s, k, end) if end > k else None  # read once: the hot path of runs
            body = own or end > k and _after_body_noun(s, k, end)
            body = None if body and _glued_to_tagged_body(s, body[0], org_lasts) else body
            body = body or end > k and retail_chain_before_shops(s, k, end)
            if body and not own:
                body = (body[0], _cued_run_goes_on(s, body[1], tagged_ends))
            found += [s.entity("ORGANIZATION", *body)] if body else []
            k = max(end, k + 1)
    return found


def _glued_to_tagged_body(s: Sentence, first: int, org_lasts: set[tuple[int, int]]) -> bool:
    """ "the University of Valby School of Medicine", the tagger's name ending at "Valby": a
    run opened by a body's head right after a tagged body's name, with no word between, is
    part of that name, no body standing alone."""
    return s.tokens[first].text in HEADS and (s.index, first - 1) in org_lasts


def _cued_run_goes_on(s: Sentence, end: int, tagged_ends: dict[tuple[int, int], int]) -> int:
    """Where a name cued by a body noun ends: on through a tagged name right after its run
    that ends in a body word ("security firm Saint Bernard Software", the tagger's name
    starting at "Bernard"), else at the run's end."""
    after = tagged_ends.get((s.index, end), end)
    return after if after > end and s.tokens[after - 1].text in HEADS else end


def _after_body_noun(s: Sentence, first: int, end: int) -> tuple[int, int] | None:
    """A run of up to four words after "the" and a body noun ("the journal Valby Letters"),
    common words too: a journal may be named "Nature"; after a body noun with no "the", a
    plain name (`_plain_name`)."""
    before = [t.text.lower() for t in s.tokens[max(0, first - 2) : first]]
    named = end > first and s.tokens[first].text not in _NO_START
    cued = len(before) == 2 and before[0] == "the" and before[1] in BODY_NOUNS
    cued = cued or len(before) == 2 and before[1] in BODY_NOUNS and _plain_name(s, first)
    cued = cued or bool(before) and before[-1] in _FIRM_PLURALS and _plain_name(s, first)
    cued = cued or _after_trade_giant(s, first) or _after_trade_cue_noun(s, first)
    ok = end - first <= 4 if named and cued else _music_act_named(s, first, end)
    return (first, end) if ok else None


# "retailer Norshop", "trade body Valour": cues before a firm's or a trade body's name.
_TRADE_CUES = lexicons.groups("trade_cues_before_names")


def _after_trade_cue_noun(s: Sentence, first: int) -> bool:
    """A name right after a cue of trade_cues_before_names.txt: after "retailer" a plain name
    (`_plain_name`), after "trade body" any capitalised word ("trade body Valour")."""
    before = [t.text.lower() for t in s.tokens[max(0, first - 2) : first]]
    if " ".join(before) in _TRADE_CUES["pair"]:
        return s.tokens[first].text[:1].isupper()
    return bool(before) and before[-1] in _TRADE_CUES["single"] and _plain_name(s, first)


# "chip giant Quellix": nouns heading a trade compound before a firm (trade_giant_nouns.txt).
_GIANT_NOUNS = lexicons.words("trade_giant_nouns")


def _after_trade_giant(s: Sentence, first: int) -> bool:
    """A plain name right after a trade noun and "giant" ("net domain giant Norvane"): a
    firm; not after "a giant" ("a giant Zorbic wheel", an adjective)."""
    if first < 2 or s.tokens[first - 1].text not in _GIANT_NOUNS:
        return False
    trade = s.tokens[first - 2]
    noun = trade.tag.startswith("NN") or trade.tag == "VBG"  # "chip", "telecoms", "banking"
    return noun and trade.text.islower() and _plain_name(s, first)


# Plurals of a chain's shops after its name: "forty Zorblam stores" (retail_shop_plurals.txt).
_SHOP_PLURALS = lexicons.words("retail_shop_plurals")


def retail_chain_before_shops(s: Sentence, first: int, end: int) -> tuple[int, int] | None:
    """One or two capitalised words between a count and a plural of shops ("Five Zorblam
    megastores", "150 Quellix shops"): the chain that owns them, even a common word ("Game");
    not a place ("three Valby stores"), a first name or a day."""
    if end >= len(s.tokens) or s.tokens[end].text.lower() not in _SHOP_PLURALS:
        return None
    start = first + (s.tokens[first].tag == "CD")  # "Five Zorblam megastores" opening
    if not 0 < start < end <= start + 2 or s.tokens[start - 1].tag != "CD":
        return None
    words = [t.text for t in s.tokens[start:end]]
    place = any(gazetteer.candidates(w) for w in [*words, " ".join(words)])
    person = gazetteer.first_name(words[0]) or words[0] in CALENDAR or words[0] in PERSON_TITLES
    return None if place or person or not words[0][:1].isupper() else (start, end)


# Nouns of music acts ("rock band", "support act"), whose names may be common words or titles.
_ACT_NOUNS = lexicons.words("music_act_nouns")


def _music_act_named(s: Sentence, first: int, end: int) -> bool:
    """A run of up to three words right after a music act's noun, or after it and "the"
    ("rock band Crown", "soul group the Wayfarers"): a band, even named by a common word or a
    lone title ("Crown", "Queen"), as bands are; not a first name, role or day ("band singer
    Jo Lind"), nor a title before a name."""
    if not 0 < end - first <= 3 or not after_music_act_noun(s, first):
        return False
    word = s.tokens[first].text
    # a lone title or role is the band's name ("rock band Queen"); before a name it is the
    # person's ("band Drummer Jo Lind")
    titled = end - first > 1 and (word in PERSON_TITLES or word.lower() in _PERSON_ROLES)
    person = gazetteer.first_name(word) or word in CALENDAR or titled
    return not (person or word in _RUNS["opener"] or len(word) < 2)


def after_music_act_noun(s: Sentence, first: int) -> bool:
    """Token `first` follows a music act's noun, or one and "the" ("rock band Crown", "soul
    group the Wayfarers"): a name there is a band's, even a title's or a body word's."""
    before = [t.text for t in s.tokens[max(0, first - 2) : first]]
    noun = before[-1:] == ["the"] and len(before) == 2 and before[0] in _ACT_NOUNS
    return noun or bool(before) and before[-1] in _ACT_NOUNS


def _plain_name(s: Sentence, first: int) -> bool:
    """After a body noun with no "the" ("rock band Valby", "fitness company Norfit"), a name
    that opens with no first name, role, day or common word ("the band singer Jo Lind")."""
    word = s.tokens[first].text
    common = word.lower() in COMMON or word in CALENDAR or len(word) < 2
    return not (common or gazetteer.first_name(word) or word.lower() in _PERSON_ROLES)


def tokens_of(entities: Iterable[Entity]) -> set[tuple[int, int]]:
    """(sentence, token) of every token the entities cover."""
    return {(e.sentence, i) for e in entities for i in range(e.first_token, e.end_token)}


def by_sentence(entities: Iterable[Entity]) -> dict[int, list[Entity]]:
    """The entities of each sentence, in their order, by the sentence's index: found once
    (a long text has many), not searched for each sentence."""
    out: dict[int, list[Entity]] = {}
    for e in entities:
        out.setdefault(e.sentence, []).append(e)
    return out


def _capital(s: Sentence, k: int, tagged: set[tuple[int, int]]) -> bool:
    """Token k is a capitalised word the tagger left untagged ("O'Neill", "Anglo-Irish")."""
    word = s.tokens[k].text
    # a known body written in lower case first ("eBay") is as capitalised
    if not (word[:1].isupper() or word in KNOWN_BODIES):
        return False  # most words: the cheapest test first
    return (s.index, k) not in tagged and word.replace("-", "").replace("'", "").isalpha()


def _run_end(s: Sentence, k: int, tagged: set[tuple[int, int]]) -> int:
    """The end of the run of capitalised words (and links between them) from token k."""
    end = j = k + 1 if _capital(s, k, tagged) else k
    while end > k and j < len(s.tokens):
        if "\n" in s.text[s.tokens[j - 1].end - s.start : s.tokens[j].start - s.start]:
            break  # a name never runs over a line break ("About Valco\nValco plc employs")
        if _capital(s, j, tagged):
            end = j = j + 1
        elif s.tokens[j].text in _RUNS["link"] and (s.index, j) not in tagged:
            j += 1
        else:
            break
    return end


def _body(s: Sentence, first: int, end: int) -> tuple[int, int] | None:
    """Tokens [first, end) cut to the body they name, if they name one."""
    words = [t.text for t in s.tokens[first:end]]
    while words and words[0] in _NO_START:
        words.pop(0)
    # "Chief Executive of Valco Foods": an office before "of", then the body it heads
    cut = words.index("of") if "of" in words else 0
    if cut and all(w.lower() in _PERSON_ROLES for w in words[:cut]):
        words = words[cut + 1 :]
        while words and words[0] in _RUNS["link"]:
            words.pop(0)
    model = end < len(s.tokens) and any(c.isdigit() for c in s.tokens[end].text)
    known = " ".join(words) in ORG_NAMES and not model  # not the maker of "an Airbus A320"
    named = known or _national_service(words) or _agency_programme(words)
    if named or _trade_named_agent(s, first, words):
        return end - len(words), end  # (a national service: two words)
    # a head opens the run only before its "of"/"for" complement ("Institute for Open Markets")
    opens = len(words) > 2 and words[1] in ("of", "for")
    heads = [i for i, w in enumerate(words) if w in HEADS and (i > 0 or opens)] or [len(words)]
    after = words[heads[-1] + 1 : heads[-1] + 2]
    # "Home Secretary Charles Clarke's Labour Party" is no run of one body; in "Police
    # Chief" and "Party Conference" the head is not the last word. A run always ends in a
    # capitalised word: only their count is checked.
    if heads[-1] == len(words) or words[0] in JOB_TITLES or after not in ([], ["of"], ["for"]):
        return None
    if _strait_named(words[: heads[-1] + 1]):
        return None
    # the tokens left after the openers: [end - len(words), end)
    return (end - len(words), end) if sum(w not in _RUNS["link"] for w in words) > 1 else None


_AGENCY_OPENERS = lexicons.groups("not_a_name_words")["agency_opener"]  # "World", "UN"
_AGENCY_PROGRAMMES = lexicons.words("agency_programme_heads")  # "Programme"


def _agency_programme(words: list[str]) -> bool:
    """ "World Food Programme": an agency's first word, then capitalised words and its
    programme's last word, a body however the tagger left it (no scheme: those open otherwise)."""
    named = len(words) >= 3 and words[0] in _AGENCY_OPENERS and words[-1] in _AGENCY_PROGRAMMES
    return named and all(w[:1].isupper() for w in words)


def _trade_named_agent(s: Sentence, first: int, words: list[str]) -> bool:
    """ "distributed in Britain by Arrowhead Films": two capitalised words after "by", the
    second a firm's trade that ends no person's name, the passive's agent, a firm."""
    by = first > 0 and s.tokens[first - 1].text == "by"
    return by and len(words) == 2 and words[0].isalpha() and words[1] in FIRM_TRADES


def _national_service(words: list[str]) -> bool:
    """ "Police Norland": a body's word and a country's name after it name the country's
    service (as "Police Scotland" is built), no place of its own."""
    national = len(words) == 2 and words[0] in HEADS and words[0] not in JOB_TITLES
    return national and bool(gazetteer.country_name(words[1]))


# Body name ends that also end waters' names ("Channel"): see `_strait_named`.
_AMBIGUOUS_ENDS = lexicons.words("ambiguous_body_ends")


def _strait_named(words: list[str]) -> bool:
    """A name ending in a word of bodies and waters ("Channel") opened by a place or a
    people's adjective: a strait ("the Valby Channel"), not a broadcaster ("the Comedy
    Channel")."""
    first = words[0]
    placed = bool(gazetteer.candidates(first)) or bool(gazetteer.demonym_country(first))
    return words[-1] in _AMBIGUOUS_ENDS and placed


_ROADS = lexicons.words("road_words")
# A road's number after its road word: "40", "1A" (resources/lexicons/road_numbers.txt).
_ROAD_NUMBER = lexicons.pattern("road_numbers")


def roads(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Numbered roads the tagger left untagged: a road word and its number ("Interstate 40",
    "Highway 1"), as places."""
    tagged = tokens_of(entities)
    found: list[Entity] = []
    for s in doc.sentences:
        for k, t in enumerate(s.tokens[:-1]):
            # the road word first: most tokens are none, and have no number to read
            numbered = t.text in _ROADS and _ROAD_NUMBER.fullmatch(s.tokens[k + 1].text)
            if numbered and not tagged & {(s.index, k), (s.index, k + 1)}:
                found.append(s.entity("LOCATION", k, k + 2))
    return found


# The reporting verbs of PolNeAR (see the file's header; kinds and actors read them too);
# after one of them or a verb of media ("follow her on Twitter"), "on X" names the medium
# words went out on.
REPORTING_VERBS = lexicons.words("reporting_verbs")
_REPORTING = REPORTING_VERBS | lexicons.words("medium_verbs")
# Days and months: "Council on Friday" is no name.
CALENDAR = lexicons.words("calendar_words")
NOT_OPENING = _NO_START | CALENDAR  # no body's first word, nor a day's ("Monday Valco Group")
_MEDIA_NOUNS = lexicons.words("media_nouns")
_OUTLET = lexicons.groups("outlet_cues")  # "Valbyline reported", "told Valbyline:"
# Any one of them makes a spot `media` reads: a sentence with none is passed over.
_MEDIA_CUES = _MEDIA_NOUNS | _OUTLET["before"] | _OUTLET["after"] | {"on"}


def media(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Websites and outlets named as where words went out: one capitalised word after a
    reporting verb and "on" ("posted on Facebook", "follow him on Facebook and Twitter"),
    before a social-media noun ("her Twitter feed") or as an outlet (`_outlet_cued`); no day,
    place, person or common word."""
    other, lower = tokens_of(e for e in entities if e.label == "PERSON"), lower_case_words(doc.text)
    found: list[Entity] = []
    for s in doc.sentences:
        w = [t.text for t in s.tokens] + ["", ""]
        # only the words beside a cue may be a spot (most words: none, nothing to read)
        near = {k for j, x in enumerate(w) if x in _MEDIA_CUES for k in (j - 1, j, j + 1)}
        for k in sorted(k for k in near if 0 <= k < len(s.tokens)):
            # "a Facebook page", not "his New Year message"
            noun = k and w[k + 1] in _MEDIA_NOUNS
            named = noun and k > 1 and w[k - 1][:1].isupper() and w[k - 1] not in _RUNS["opener"]
            spots = [k] if noun and not named else []
            if w[k] == "on" and _REPORTING & {*w[max(0, k - 3) : k]}:
                spots = [k + 1, k + 3] if w[k + 2] in ("and", "or") else [k + 1]
            # the cue word first (`_outlet_cued` needs one): most words have none
            cue = w[k + 1] in _OUTLET["before"] or w[k - 1] in _OUTLET["after"]
            spots += [k] if cue and _outlet_cued(w, k) else []
            if not spots:
                continue  # most words: no spot to read
            named_here = [j for j in spots if (s.index, j) not in other and _medium(w, j, lower)]
            found += [s.entity("ORGANIZATION", j, j + 1) for j in named_here]
    return found


def _outlet_cued(words: list[str], k: int) -> bool:
    """Word k is where an outlet's name goes: before "reported" (not opening the sentence,
    where any word is capitalised), or after "told" and before a stop or a colon, no common
    word there (a programme: "told Today."); no first name ("told Jo.")."""
    # one word: not the last of a longer name ("Valby Magazine reported")
    reported = k > 0 and words[k + 1] in _OUTLET["before"] and not words[k - 1][:1].isupper()
    told = k > 0 and words[k - 1] in _OUTLET["after"] and words[k + 1] in _OUTLET["end"]
    told = told and words[k].lower() not in COMMON  # "told Today.": a programme's name
    return (reported or told) and not gazetteer.first_name(words[k])


def _medium(words: list[str], j: int, lower: frozenset[str] | set[str]) -> bool:
    """Word j names a website: one capitalised word, no day, place or common word."""
    name = words[j]
    alone = name.isalpha() and name[:1].isupper() and not words[j + 1][:1].isupper()
    return alone and not (name in CALENDAR or name.lower() in lower) and not place_name(name)


def place_name(name: str) -> bool:
    """A place the gazetteer knows by this name: a town, a region or a country."""
    return bool(gazetteer.candidates(name) or gazetteer.country_name(name))


# Nouns that name what a person is or does, as before a name ("singer Jo", "the star,
# Jo,"): the role lists of `actors` and its nouns of persons (resources/lexicons).
_PERSON_ROLES = ROLE_WORDS | lexicons.words("rare_role_nouns") | lexicons.words("person_nouns")
LIST_CUES = lexicons.words("list_cues")  # "contributors include Jo, Ann Lind and ..."
_GROUP_PLURAL = lexicons.pattern("group_plurals")  # "the Valbans": a group, no person


def missed_persons(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """One-word names the tagger left untagged (a stage name, a surname): after a role noun
    ("singer Jo", "the star, Jo,", "singers Jo and Bo"), or opening a list of people ("...
    include Jo, Ann Lind and Al Berg"). No common word of the story, day or place; no word
    the tagger tags elsewhere (that mention gives the row), nor a group ("the Valbans")."""
    tagged = tokens_of([*entities, *doc.entities])  # one set, grown in place below
    starts = {(e.sentence, e.first_token) for e in entities if e.label == "PERSON"}
    lower = lower_case_words(doc.text) | {e.text.lower() for e in doc.entities}
    lower |= {w.lower() for w in _GROUP_PLURAL.findall(doc.text)}
    found: list[Entity] = []
    for s in doc.sentences:
        w = ["", ""] + [t.text for t in s.tokens] + ["", "", ""]
        nouns = [False] * 2 + [t.tag in ("NN", "NNS") for t in s.tokens] + [False] * 3
        # a role noun or a list's cue first: most sentences have none, and no name to read
        nouned = [t.text for t in s.tokens if t.tag in ("NN", "NNS")]
        cued = any(x in _PERSON_ROLES or x[:-1] in _PERSON_ROLES for x in nouned)
        for k in range(len(s.tokens)) if cued or not LIST_CUES.isdisjoint(w) else ():
            i = k + 2  # k's place in `w`
            r = i - 1 if w[i - 1] != "," or w[i - 3] not in ("the", "a") else i - 2
            role = nouns[r] and w[r] in _PERSON_ROLES
            plural = nouns[r] and w[r][:-1] in _PERSON_ROLES
            listed = w[i - 1] in LIST_CUES and w[i + 1] == "," and (s.index, k + 2) in starts
            if role and _first_and_surname(s, k, tagged):
                found.append(s.entity("PERSON", k, k + 2))  # "leader Gareth Price called"
                continue
            if not (role or listed or plural) or not _lone_name(s, k, tagged, lower):
                continue  # the cue first: the name's tests read the gazetteer
            if role or listed:
                found.append(s.entity("PERSON", k, k + 1))
            elif plural and w[i + 1] == "and" and _lone_name(s, k + 2, tagged, lower):
                found += [s.entity("PERSON", k, k + 1), s.entity("PERSON", k + 2, k + 3)]
    tagged |= tokens_of(found)
    found += _titled_names(doc, tagged)
    tagged |= tokens_of(found)
    return _everywhere(doc, found, tagged)


def _first_and_surname(s: Sentence, k: int, tagged: set[tuple[int, int]]) -> bool:
    """Tokens k and k + 1, untagged, are a known first name and a capitalised surname, and no
    capitalised word follows ("Opposition leader Gareth Price called ..."): after a role
    noun, a person the tagger missed."""
    if k + 1 >= len(s.tokens) or {(s.index, k), (s.index, k + 1)} & tagged:
        return False
    first, last = s.tokens[k], s.tokens[k + 1]
    after = s.tokens[k + 2].text if k + 2 < len(s.tokens) else ""
    named = gazetteer.first_name(first.text) and first.tag == last.tag == "NNP"
    return bool(named) and last.text.istitle() and last.text.isalpha() and not after[:1].isupper()


def _titled_names(doc: Doc, tagged: set[tuple[int, int]]) -> list[Entity]:
    """A known first name and a capitalised word the tagger left untagged right after a
    capitalised title of two words ("Detective Constable Jo Lind said") name a person: a
    title written before a name is followed by that name."""
    found: list[Entity] = []
    for s in doc.sentences:
        toks = s.tokens
        titled = [t.text.istitle() and t.text.lower() in ROLE_WORDS for t in toks]  # once a word
        for k in range(2, len(toks) - 1):
            if not (titled[k - 2] and titled[k - 1]):
                continue
            first, last = toks[k].text, toks[k + 1].text
            after = toks[k + 2].text if k + 2 < len(toks) else ""
            untagged = not {(s.index, k), (s.index, k + 1)} & tagged
            named = gazetteer.first_name(first) and last.istitle() and last.isalpha()
            if untagged and named and toks[k + 1].tag == "NNP" and not after[:1].isupper():
                found.append(s.entity("PERSON", k, k + 2))
    return found


def _everywhere(doc: Doc, found: list[Entity], tagged: set[tuple[int, int]]) -> list[Entity]:
    """The names found, and their other untagged mentions written alone ("Jo, whose real
    name is Jo Lind,": the mention that joins the two names)."""
    names = {e.text for e in found}
    for s in doc.sentences if names else ():  # most articles: no name found, none to look for
        for k, t in enumerate(s.tokens):
            after = s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
            if t.text in names and (s.index, k) not in tagged and not after[:1].isupper():
                found.append(s.entity("PERSON", k, k + 1))
    return found


def _lone_name(
    s: Sentence, k: int, tagged: set[tuple[int, int]], lower: frozenset[str] | set[str]
) -> bool:
    """Token k is a one-word proper noun the tagger missed: capitalised letters, then no
    capitalised word; no common word of the story (`lower`), title, day or place."""
    if k >= len(s.tokens):
        return False
    word, after = s.tokens[k].text, s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
    named = len(word) > 1 and word.isalpha() and s.tokens[k].tag == "NNP"
    # no common word of the story, day, opener, nor a body's word alone ("the state Legislature")
    common = word.lower() in lower or word in CALENDAR or word in _NO_START or word in BODY_WORDS
    if not named or after[:1].isupper() or common or not _capital(s, k, tagged):
        return False
    group = gazetteer.demonym_country(word) or gazetteer.group_word(word)  # "Islamic"
    return not place_name(word) and not group


# Plurals after a town that end places' names or name parties' members ("Beverly Hills",
# "Ohio Democrats"): no club's nickname.
_NICKNAME_STOPS = lexicons.words("nickname_club_stops")


def town_nickname_clubs(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Untagged clubs named by a town and a capitalised plural nickname ("Harlow Hawks")
    that act ("Harlow Hawks have sacked…") or come back as "the Hawks": every mention. The
    tagger leaves such names untagged; sports copy writes a club so, a place never acts so."""
    tagged = tokens_of(entities)
    pairs: dict[str, list[Entity]] = {}
    acting: set[str] = set()
    for s in doc.sentences:
        for k in range(len(s.tokens) - 1):
            nick = s.tokens[k + 1].text  # a capitalised plural (most tokens are not): no call
            if not (nick.endswith("s") and nick[:1].isupper()) or not _nickname_pair(s, k, tagged):
                continue
            name = s.text[s.tokens[k].start - s.start : s.tokens[k + 1].end - s.start]
            pairs.setdefault(name, []).append(s.entity("ORGANIZATION", k, k + 2))
            after = s.tokens[k + 2].tag if k + 2 < len(s.tokens) else ""
            if after.startswith(("VB", "MD")):
                acting.add(name)
    back = {n for n in pairs if any(f"{a} {n.split()[-1]}" in doc.text for a in ("the", "The"))}
    return [e for name, found in pairs.items() if name in acting or name in back for e in found]


def _nickname_pair(s: Sentence, k: int, tagged: set[tuple[int, int]]) -> bool:
    """Tokens k, k+1 are an untagged run of just two capitalised words, a town the gazetteer
    knows (no country, no month) and a plural that names no place, party, event or people
    ("Valby Vikings")."""
    nick = s.tokens[k + 1].text
    if not (nick.endswith("s") and nick[:1].isupper() and _capital(s, k, tagged)):
        return False  # most tokens: the cheapest tests first
    alone = (k == 0 or not _capital(s, k - 1, tagged)) and _run_end(s, k, tagged) == k + 2
    town, plain = s.tokens[k].text, nick[1:].islower() and not nick.endswith("ss")
    if not (alone and plain and nick not in _NICKNAME_STOPS and not gazetteer.group_word(nick)):
        return False
    known = () if town in CALENDAR else gazetteer.candidates(town)  # "March" of a date
    people = gazetteer.demonym_country(nick) is not None or nick.lower() in COMMON
    own_place = bool(gazetteer.candidates(f"{town} {nick}"))  # "Palm Springs"
    return bool(known) and known[0].type != "country" and not (people or own_place)

"""Actors: one row per real-world person or organisation, with roles and aliases.

Mentions come from the entity tagger, corrected by what news style makes reliable: a
"group"/"party"/"agency" after a name makes it an organisation; a bare surname the tagger
called an organisation is a person when the article names that person in full.
A surname alone joins the person with that surname named most recently before it, so two
people who share a surname stay apart; of those, not one of the other sex than the pronoun
after it ("Berg said she").

States as actors: a country or capital that is the subject of a verb ("Ankara would
oppose", "Turkey has bolstered") stays a place and is also listed as an actor of kind
"state" named for the country, linked to the country's place row, with the capital among
its aliases.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from briefing import lexicons
from briefing.facts import brands, gazetteer, institutions, kinds, spans, untagged, words
from briefing.facts.kinds import Kinds, classify, national_body, word_after, word_before
from briefing.facts.literals import matches_in
from briefing.facts.places import FORMER_STATES, joined_place_entities, resolve
from briefing.facts.quotes.genders import (
    FEMALE,
    MALE,
    name_gender,
    pronoun_after,
    shared_name_gender,
    title_gender,
)
from briefing.facts.quotes.marks import quoted_in
from briefing.facts.words import (
    COMMON,
    FIRM_TRADES,
    MEMBER_WORDS,
    NAME_SUFFIXES,
    PARTY_STATE,
    PERSON_TITLES,
    PLACE_NOUNS,
    clean_name,
    is_initial,
    sentence_index,
)
from briefing.model import Actor, Doc, Entity, Evidence, Sentence, Token
from briefing.nlp import analyse, resources
from briefing.nlp.text import POSSESSIVE_MARKS

_ARTICLES = lexicons.words("articles")  # "a", "an", "the"
# Words naming a role or office (resources/lexicons: our own list and the nouns derived from
# appositions and premodifiers of names in the NER corpora).
ROLE_WORDS = words.ROLE_WORDS
ROLE_WORDS |= {w.lower() for w in words.JOB_TITLES}  # "Secretary-General Ann Lind"
ROLE_WORDS |= {w.lower() for w in lexicons.words("elected_titles")}  # "Assemblyman Jo Lind"
ROLE_WORDS |= {w + "-elect" for w in ROLE_WORDS}  # "President-elect Ann Lind"
# Nouns seen as roles in the corpora too rarely to count alone: enough before ", Jo Lind,".
_RARE_ROLES = lexicons.words("rare_role_nouns")
# Nouns that name a person (one the tagger may read as an adjective: "skipper"), and endings
# of such nouns ("kite flyer", "saxophonist").
_PERSON_NOUNS = lexicons.words("person_nouns")
_PERSON_HEADS = _RARE_ROLES | _PERSON_NOUNS
_DISTANCE = lexicons.pattern("event_distances")  # "400m", "4km", "5,000m"
_RANKS = lexicons.words("rank_nouns")  # "world number one Jo Lind"
_AGENT = re.compile(rf"(?:{lexicons.alternatives('agent_noun_ends')})$")
# Nouns before or after a name that are no role ("his wife Ann", "Ann Lind, a mother"), and
# the particles of names ("Vicente del Bosque").
NOT_ROLE_NOUNS = lexicons.words("not_role_nouns") | lexicons.words("name_particles")
# Words that give a role next to a name, never junk alone ("Forward" may be a party).
ROLE_NEAR_NAMES = ROLE_WORDS | lexicons.words("team_positions")
_LABEL_NOUNS = ROLE_NEAR_NAMES | _PERSON_HEADS  # a list's label: "Defenders", "Pilots"
# Titles that are courtesy forms, not roles worth listing; tokens a role's text leaves out.
COURTESY = spans.COURTESY
_NOT_IN_ROLES = COURTESY | {"”", "''"}
_LIST_CUES = untagged.LIST_CUES  # "contributors include Jo Lind, Al Berg and ..."
_TITLE_ROLES = ROLE_WORDS - COURTESY  # "Sen." of "Sens. Ann Lind and Jo Park"
# Noble and courtesy titles written as part of a name ("Professor Ann Vale", "Lord Lind").
_NOBLE = lexicons.words("person_titles")
NOT_ACTORS = lexicons.words("not_actors")
# Last words of the names of events, contests and treaties (our own list, wire style):
# "UEFA Cup", "British Masters", "Peking Protocol" are not organisations. `kinds` cuts
# names before its EVENT_TAILS; these add the tails that only end a name here.
EVENT_WORDS = kinds.EVENT_TAILS | lexicons.words("event_words")
_HONORIFICS = lexicons.words("honorifics")
# Modifiers that make no role alone ("former Jo Smith").
_NOT_ROLES = lexicons.words("lone_modifiers")
_DROP = lexicons.words("dropped_role_modifiers")  # "genial manager", "new chairman"
# Unions read word by word, joined once here, not once a word: a role's dropped lead words,
# the lead words of a body's name before a role, and the plural titles of a list.
_DROPPED_OR_ROLE = _DROP | ROLE_WORDS
_LEAD_MODIFIERS = ROLE_WORDS | _NOT_ROLES | {"retired"}
_PLURAL_TITLE_ROLES = _TITLE_ROLES - _NOT_ROLES
_ROLE_MODIFIERS = lexicons.words("role_time_modifiers")  # "former", "acting"
_OFFICE_ADJECTIVES = lexicons.words("office_adjectives")  # "regional officer", "financial"
_PARTICIPLES = lexicons.words("role_participles")  # "a retired cleaner" ("retired" as VBN)
_COURT_SIDES = lexicons.table("court_sides")  # "Defending, Jo Lind said" -> "defence"
# Royal titles that name one person with "of" and a place ("Prince of Wales").
_ROYAL = lexicons.words("royal_titles")
_NAME_LINKS = lexicons.words("name_links")
_APPOINTED = lexicons.words("appointment_verbs")
_PARTICLES = lexicons.words("verb_particles")  # "took over as chairman"
_LINKING = lexicons.words("linking_verbs")
_APPOSITION_ENDS = lexicons.words("apposition_ends")
_FAMILY_LEADS = lexicons.words("family_plural_leads")  # "the Bergs": a family, not a people
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Prepositions whose object is no subject ("experts in Norway have said"), as for speakers.
_PREPOSITIONS = lexicons.words("subject_prepositions") - {"by"}
# ... and the locatives ("stores around Norland opened"): a place after one is no subject.
_PHRASE_HEADS = _PREPOSITIONS | words.LOCATIVES
_LOWER_WORD = re.compile(r"[a-z-]+")  # the words of a lower-cased text (`_sports_copy`)
_ELECTION_WORDS = kinds.SPORTS_WORDS["politics"]
# Organs through which a state acts ("Norway's government said", "police in Norway are"):
# the body words, lower case.
_ORGANS = {w.lower() for w in words.BODY_WORDS}
# Words by which a state acts: "is" (a copula), "invasion" (an act), "talks" (a relation),
# "leaders" (an agent).
_STATE = lexicons.groups("state_words")
_STATE_LINE = _STATE["agent"] | _STATE["body"] | _STATE["pact"]  # a state's sentence
_OTHERS = ("JJ", "NN", "NNS", "VBN")  # the words of "other developed countries"
# Auxiliaries before a main verb ("has seen", "is going to change"), and tags of no object.
_AUX = _STATE["have"] | _STATE["copula"] | _STATE["auxiliary"]
_NO_OBJECT = frozenset({".", "IN", ",", "CC"})
# A copular clause about a person ("is", "was", "will be"): inside quotes, a speaker's verdict.
_QUOTED_COPULAS = _STATE["copula"] | {"be"}


@dataclass
class _Row:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    last_seen: int = 0
    place: str | None = None  # a state's place row
    sex: str | None = None  # "m" or "f" from a courtesy title or a given name

    def add(self, surface: str, e: Evidence) -> None:
        if surface != self.name:
            self.aliases.add(surface)
        self.evidence.append(e)
        self.last_seen = e.start

    def absorb(self, other: _Row, whole: bool = True) -> None:
        """Joins `other`, the same actor under another name: its name and mentions, and when
        `whole` (a rename, a short name of a person) its other forms and roles too; a body's
        short form, misprint or family's name gives only its name."""
        self.aliases |= {other.name} | (other.aliases if whole else set())
        self.evidence += other.evidence
        self.roles += [r for r in other.roles if whole and r not in self.roles]

    def add_role(self, role: str | None) -> None:
        if not role:
            return  # most calls: no role found (an empty one adds none below either)
        words = role.split()  # "genial manager" -> "manager", not "former manager"
        # (but "New York lawyer": a capitalised word before another opens a place's name)
        # but not before a title in capitals: "Local MP" at a sentence's start is "MP"
        named = [w.istitle() and _name_goes_on(words[i + 1]) for i, w in enumerate(words[:-1])]
        kept = next((i for i, w in enumerate(words[:-1]) if w.lower() not in _DROP or named[i]), -1)
        role = " ".join(words[kept:])
        # "president and chief operating officer": two roles, each ending in a role word
        parts = (role or "").split(" and ")
        both = len(parts) == 2 and all(_holder_noun(_role_noun(p)) for p in parts if p)
        for part in parts if both else [role]:
            if part and part not in self.roles:
                self.roles.append(part)


def _role_noun(role: str) -> str:
    """A role's own noun, lower case: its last word before a field after "of" ("manager" of
    "manager of bond trading"), else its last word."""
    return role.split(" of ")[0].split()[-1].lower()


def _name_goes_on(word: str) -> bool:
    """A capitalised word after a capitalised modifier that carries a name on ("New York"),
    not a title in capitals ("Local MP", "New CEO"), which leaves the modifier a modifier."""
    return word[:1].isupper() and not (word.isupper() and len(word) > 1)


def _role_before(
    s: Sentence, first: int, end: int, bodies: frozenset[str] | set[str] = frozenset()
) -> tuple[str | None, str | None]:
    """The role words right before a name and whose they are: "Kremlin spokesman",
    "Deputy Transport Minister", "Harbour FC striker" (role "striker", affiliation
    "Harbour FC"), "the club's coach" (role "coach", affiliation "club"), "his senior
    adviser, Jo Lind,"."""
    if office := _office_before(s, first, end):
        return office
    if side := _court_side(s, first):
        return side, None
    if first > 2 and s.tokens[first - 1].text == "]":  # "[Valby coach] Jo Lind"
        return _bracketed_role(s, first - 1)
    if first > 2 and s.tokens[first - 1].text == "in" and (role := _role_in(s, first - 1, end)):
        return role, None
    first -= _glued_noun(s, first)  # "prosecutor Advocate Jo Lind": the role is "prosecutor"
    title, prev = (s.tokens[first - 1].text, s.tokens[first - 2].text) if first > 1 else ("", "")
    # "club manager Sir Jo Lind", "financier Sir Jo Lind", "its correspondent, Dr. Jo Lind,"
    set_off = prev == "," and end < len(s.tokens) and s.tokens[end].text == ","
    mister = title.rstrip(".") in _HONORIFICS or title.lower() in COURTESY and set_off
    if mister and not (_role_word(prev.lower()) or prev.lower() in _PERSON_HEADS or set_off):
        return None, None  # "a bill Mr. Lind had tried to pass", not "Tory leader Mr Lind"
    first -= mister  # "club manager Sir Jo Lind": the honorific is the name's
    if first >= 2 and s.tokens[first - 1].text == ",":  # "his senior adviser, Jo Lind,"
        _plural = s.tokens[first - 2].text if s.tokens[first - 2].tag == "NNS" else ""
        j = k = _role_start(s, first - 1 - _role_word(_singular(_plural)))
        if j > 1 and s.tokens[j - 1].text == "and" and _role_start(s, j - 1) < j - 1:
            j = k = _role_start(s, j - 1)  # "the firm's chairman and chief executive, Jo Lind,"
        # past a name or "the" after "in" or "of": "the correspondent in Jakarta, Jo Lind,"
        p = next((i for i in range(j, 1, -1) if s.tokens[i - 1].tag not in _OF_TAGS), j)
        if p > 1 and s.tokens[p - 1].text in _OF_WORDS and _role_start(s, p - 1) < p - 1:
            j = k = _role_start(s, p - 1)  # "the editor in chief, Jo Lind," "chief of staff, ..."
        o = _opening_mark(s.tokens)
        # "The former head of sales at Norbank, Lind ...": opening the sentence, a role headed
        # before its first preposition (none: no role to cut)
        q = next((i for i in range(o + 1, first) if s.tokens[i].tag in ("IN", "TO", ",")), 0)
        opens = j == first - 1 and s.tokens[o].text in ("The", "A", "An")
        if opens and q and s.tokens[q].tag != ",":
            j = k = min(j, _role_start(s, q) if _role_word(s.tokens[q - 1].text.lower()) else j)
        # "another Norbank TV host, Jo Lind," "his Democratic opponent, ...": whose role it is
        while k > 0 and s.tokens[k - 1].text[:1].isupper() and s.tokens[k - 1].tag[0] in "NJ":
            k -= 1
        d = k  # "a second Valbian blogger, Jo Lind,", "the previous Blue presidential nominee, ..."
        while d > 1 and (s.tokens[d - 1].tag, s.tokens[d - 1].text.islower()) in _BEFORE_OWNED:
            d -= 1
        closed = end == len(s.tokens) or s.tokens[end].text in (",", ".", ")")
        # a credit between semicolons: "...; director of photography, Jo Lind; edited by ..."
        credit = not closed and d > 1 and s.tokens[d - 1].text == s.tokens[end].text == ";"
        closed |= credit
        # opening the sentence, past a quotation mark: "As a Norbank host, Jo Lind", "A poet, Jo",
        # "Norland's technical director, Jo Lind is"
        opening = s.tokens[d - 1].tag == "POS" and all(t.tag == "NNP" for t in s.tokens[o : d - 1])
        closed |= s.tokens[o].text == "As" or k == o + 1 or d > 1 and opening
        nouns = [t.text.lower() for t in s.tokens[j : first - 1]]
        # "one of its lawyers, Jo Lind,": a plural role after "one of" names one of them
        many = _one_of_owned(s, d) and nouns == [_plural.lower()]
        nouns[-1:] = [_singular(n) for n in nouns[-1:] if many] or nouns[-1:]
        ranked = s.tokens[first - 2].tag == "CD" and len(nouns) > 1 and nouns[-2] in _RANKS
        # not "her admiration, Jo Lind": a role or a ranking ("the world number one, Jo Lind,")
        closed &= (
            ranked
            or any(_role_word(w) or w in _RARE_ROLES for w in nouns)
            or _doer_set_off(s, d, first - 1)
        )
        # "Head of"; "Norco, whose chief executive, Jo Lind, said"
        owned = d > 0 and s.tokens[d - 1].tag in ("DT", "PRP$", "POS", "WP$") or j == k == o
        # "Conservative MP for Valby, Jo Lind," opening the sentence: the party's member
        owned |= k == o < j and _party(" ".join(t.text for t in s.tokens[k:j]))
        owned |= credit
        if j < first - 1 and owned and closed:
            role = _role_text(s, j, first - 1)
            role = _one_of_many(role, nouns[-1]) if many and role else role
            return role, " ".join(t.text for t in s.tokens[k:j]) or None
        return None, None
    if _plural_verb(s, first - 1):
        return None, None
    j = _role_start(s, first)  # not "whose sentence Jo Lind commuted": the noun is unowned
    j = _joined_role_start(s, j, first)  # "former MP and campaigner Jo Lind": both roles
    affiliation, k = None, j  # a run of proper nouns before the role names whose role it is
    while k > 0 and (_proper(s.tokens[k - 1]) or _initials(s.tokens[k - 1].text)):
        k -= 1  # "U.N. Secretary General" (initials read as a common noun)
        if k > 1 and s.tokens[k - 1].text == "of" and _proper(s.tokens[k - 2]):
            k -= 1  # "Bureau of Meteorology forecaster": the body's name runs past its "of"
    k += k == 0 < j and s.tokens[0].text.lower() in kinds.CONNECTIVES  # "Meanwhile Valby Party"
    # a body's name keeps an opening word that may open an office ("State Emergency Service
    # spokesman"); only a modifier of the role goes ("Former Norbank Council chief")
    # "General Motors spokesman": no rank "General"
    body = k < j and s.tokens[j - 1].text in words.ORG_NAME_WORDS or _tagged_body(s, k, j, bodies)
    run = k  # where the capitalised run began, role words and all ("Deputy Fire Chief")
    while k < j and (low := s.tokens[k].text.lower()) in ROLE_WORDS:  # "Former Norbank chief"
        if body and low not in _ROLE_MODIFIERS:
            break
        k += 1
    if j < first and k < j:
        word = s.tokens[j - 1].text
        country = _nation(word)
        if k == j - 1:  # a country, or an organisation word before the office: "Kremlin spokesman"
            # "Stocks analyst Jo Lind", "Fire Marshal Jo Lind", "New CEO Jo Lind": a common word
            # or an adjective names no body ("Labour" does)
            common = _plain_word(s.tokens[j - 1]) and not institutions.canonical(word)
            common |= word.lower() in untagged.BODY_NOUNS  # "Party leader Eva Lind": no body
            brief = _portfolio_word(s, j, first, bodies)  # "Harbour Minister": no body
            affiliation, j = (country, j) if country else (None if common or brief else word, j - 1)
            j = run if common else j  # "Deputy Fire Chief": the rank opens the whole office
        elif j - k <= 4:
            affiliation = " ".join(t.text for t in s.tokens[k:j])  # "Harbour FC striker"
    if j >= 2 and s.tokens[j - 1].text in ("'s", "’s"):  # "Turkey's Erdogan"
        owner = s.tokens[j - 2].text
        affiliation = gazetteer.country_name(owner) or owner
    owned = k < j
    while 0 < j < first and s.tokens[j - 1].text.lower() in _ROLE_MODIFIERS:
        j -= 1  # "former Harbour Minister Jo Lind": the time of the office stays in the role
    return _role_text(s, j, first, owned=owned), affiliation


_TWO_HOLDER_CUES = lexicons.words("two_holder_cues")  # "between the coach and striker Jo"


def _joined_role_start(s: Sentence, j: int, first: int) -> int:
    """Where the roles before a name begin when a role joined by "and" comes before the one
    at token j: "former MP and campaigner Jo Lind", "Valby Opera president and CEO Jo Lind"
    name one person's two roles (add_role splits them); not "between the coach and striker
    Jo Lind" (two people) nor "the chairman and Deputy Mayor Jo Lind" (a title in capitals
    after a lower-case role: another office holder)."""
    if not (1 < j < first and s.tokens[j - 1].text == "and"):
        return j
    if not _holder_noun(s.tokens[j - 2].text.lower()):
        return j
    i = _role_start(s, j - 1)
    if i == j - 1 or any(t.text.lower() in _TWO_HOLDER_CUES for t in s.tokens[max(0, i - 3) : i]):
        return j
    titled = s.tokens[j].text.istitle() and not s.tokens[j - 2].text.istitle()
    return j if titled else i


_TITLE_WORDS = COMMON | _ROLE_MODIFIERS  # joined once, not per token


def _plain_word(t: Token) -> bool:
    """A capitalised word that news writes in lower case ("Fire", "Police") or an
    adjective ("New"): a word of a title, not a body's name."""
    return t.text.lower() in _TITLE_WORDS or t.tag == "JJ"


def _doer_set_off(s: Sentence, d: int, comma: int) -> bool:
    """A person's calling set off before a name with an article or an owner: "a railway
    signalman, Jo Lind,", "the club's plumber, Jo Lind," (a doer's noun, as "Jo Lind, a
    railway signalman," reads after one); not a relation ("her partner, Jo Lind,") nor a
    time or thing after a preposition of place or time ("in the winter, Jo Lind,")."""
    if d < 1 or comma < 1 or s.tokens[d - 1].tag not in ("DT", "PRP$", "POS"):
        return False
    head = s.tokens[comma - 1]
    if head.tag != "NN" or not head.text.islower() or not _doer(head.text):
        return False
    lead = d - 1  # the article, or the owner's words before its "'s" ("the club's")
    while s.tokens[d - 1].tag == "POS" and lead > 0 and s.tokens[lead - 1].tag in _OWNER_TAGS:
        lead -= 1
    before = s.tokens[lead - 1] if lead > 0 else None
    return before is None or before.tag not in ("IN", "TO") or before.text.lower() in _CALLING_OF


# Prepositions after which an article and a doer's noun describe a person ("the daughter of a
# signalman, Jo Lind,", "a portrait by a local painter, Jo Lind,"), unlike "in", "at" or "after".
_CALLING_OF = frozenset({"of", "by"})


def _one_of_owned(s: Sentence, d: int) -> bool:
    """Whether "one of" and an owner open the plural role at token `d` set off before a name:
    "one of its lawyers, Jo Lind,", "one of the family's lawyers, Jo Lind," (one of many)."""
    if [t.text.lower() for t in s.tokens[max(d - 3, 0) : d - 1]] == ["one", "of"]:
        return True
    if d < 4 or s.tokens[d - 1].tag != "POS":
        return False
    i = d - 2  # back over the owner's words to the "of" before them
    while i > max(d - 5, 1) and s.tokens[i].tag in _OWNER_TAGS:
        i -= 1
    return i < d - 2 and [t.text.lower() for t in s.tokens[i - 1 : i + 1]] == ["one", "of"]


_OWNER_TAGS = frozenset({"DT", "NN", "NNP", "JJ"})  # "the club's", "the Valby club's"


def _court_side(s: Sentence, first: int) -> str | None:
    """The side an advocate argues for when a court report opens the sentence with it:
    "Prosecuting, Jo Lind told the court" (prosecutor), "Defending, Ann Vale said"."""
    o = _opening_mark(s.tokens)
    if first != o + 2 or s.tokens[first - 1].text != ",":
        return None
    return _COURT_SIDES.get(s.tokens[o].text)


_PORTFOLIO_OFFICES = lexicons.words("portfolio_offices")  # "minister" of "Harbour Minister"


def _portfolio_word(s: Sentence, j: int, first: int, bodies: frozenset[str] | set[str]) -> bool:
    """ "Former Harbour Minister Jo Lind": the one capitalised word before a minister's or
    secretary's office names the brief, not a body, unless it is a party or institution
    the tables know ("Tory Minister"), a body's initials ("VHS Secretary") or a body the
    story names ("Valco Secretary")."""
    word = s.tokens[j - 1].text
    office = j + 1 == first and s.tokens[j].text.lower() in _PORTFOLIO_OFFICES
    known = institutions.canonical(word) or _initials(word) or word.isupper()  # "HHS Secretary"
    return office and not known and not _tagged_body(s, j - 1, j, bodies)


def _tagged_body(s: Sentence, k: int, j: int, bodies: frozenset[str] | set[str]) -> bool:
    """The capitalised run [k, j) before an office is a body the story names whole ("General
    Motors spokesman"): a rank or office word opening it is the body's, not the role's."""
    return k < j and " ".join(t.text for t in s.tokens[k:j]) in bodies


def _proper(t: Token) -> bool:
    return t.tag.startswith("NNP") and t.text[:1].isupper()


_INITIALS = lexicons.pattern("acronym_shape")
_NOT_BODIES = lexicons.words("role_acronyms")  # "TV presenter", "PR chief"


def _initials(word: str) -> bool:
    """A body's initials ("NYPD", "U.N.", "AFL-CIO"), not letters naming a trade ("TV")."""
    return bool(_INITIALS.match(word)) and word not in _NOT_BODIES


def _body_in_role(
    doc: Doc,
    s: Sentence,
    first: int,
    role: str | None,
    owner: str | None,
    people: set[str],
    bodies: set[str],
) -> Evidence | None:
    """Where a role before a name (token `first`) names the body the person serves, the
    body's mention: by its initials ("NYPD Commissioner Jo Park", "Valby AFL-CIO President
    Sam Hill": the place with the initials is the body's name) or by a name that is no
    place's and no person's ("Norbank boss Jo Lind"); not a place's letters ("U.S. Sen. Jo
    Lind") nor a place ("Valby Mayor Eva Holm"). `people`: the article's persons' names."""
    if not role or not owner:
        return None
    letters = owner.split()[-1]
    if _nation(owner) or gazetteer.candidates(owner) or _nation(letters):
        return None
    phrase = role if role.startswith(owner + " ") else f"{owner} {role}"
    before = doc.text[: s.tokens[first].start].rstrip()
    band = role.split()[-1].lower() in kinds.BAND_MEMBER_ROLES  # "Kestrelzone singer"
    opener = _band_role_lead(role, owner) if band else 0
    phrase = role if opener else phrase
    if not before.endswith(phrase) and not (opener and before.lower().endswith(phrase.lower())):
        return None
    end = len(before) - len(phrase) + opener + len(owner)
    if not _initials(letters):
        name = _served_body(owner, people, bodies, band)
        return Evidence(s.index, end - len(name), end) if name else None
    # a known body's initials stand alone ("London UKIP candidate": the party); a modifier
    # opening the role is no part of the body's name ("Retired AFL-CIO President")
    lead = owner.split()[:-1]
    while lead and (lead[0].lower() in _DROPPED_OR_ROLE or lead[0].lower() in COMMON):
        lead.pop(0)
    name = letters if institutions.canonical(letters) else " ".join([*lead, letters])
    return Evidence(s.index, end - len(name), end)


def _band_role_lead(role: str, owner: str) -> int:
    """The length of a modifier opening a band member's role before the band's name
    ("former Kestrelzone singer", written "Former Kestrelzone singer" as a sentence opens),
    with its space, else 0: the band's name then starts after it."""
    first = role.split(" ", 1)[0]
    led = first.lower() in _LEAD_MODIFIERS and role[len(first) + 1 :].startswith(owner + " ")
    return len(first) + 1 if led else 0


def _served_body(owner: str, people: set[str], bodies: set[str], band: bool = False) -> str | None:
    """The name of a body that a run of capitalised names before a role gives, when the
    article names it as a body elsewhere (`bodies`: names read as organisations), it ends
    in a body's word ("Valby Harbour Authority chief") or the role is a band member's
    (`band`: "Kestrelzone singer", a band named once), and it is no place's and no person's
    name ("Vale campaign chief" is Jo Vale's; `people`: the words of persons' names)."""
    parts = owner.split()
    while parts and parts[0].lower() in _LEAD_MODIFIERS:
        parts.pop(0)  # "Former Norbank chief", "Retired Valby Harbour Authority chief"
    if not parts or not all(w[:1].isupper() for w in parts) or people.intersection(parts):
        return None
    name = " ".join(parts)
    body = name in bodies or band or len(parts) > 1 and parts[-1] in words.ORG_WORDS  # not "Party"
    event = parts[-1] in EVENT_WORDS  # "Valby Cup captain": a contest, no body
    if not body or event or gazetteer.first_name(parts[0]) or gazetteer.candidates(name):
        return None
    return name


def _bracketed_role(s: Sentence, close: int) -> tuple[str | None, str | None]:
    """ "[Valby coach] Jo Lind", an editor's insertion in a quote: the role words ending the
    brackets (closed at token `close`), with the name before them whose role it is."""
    texts = [t.text for t in s.tokens]
    b = next((i for i in range(close - 1, max(close - 8, -1), -1) if texts[i] == "["), -1)
    j = _role_start(s, close)
    if b < 0 or not b < j < close or not _role_word(texts[close - 1].lower()):
        return None, None
    return _role_text(s, j, close), " ".join(texts[b + 1 : j]) or None


_CAPTAIN_MARKS = lexicons.words("sheet_captain_marks")


def _sheet_captain_role(s: Sentence, end: int) -> str | None:
    """ "J Park (capt)": the captain's mark a team sheet prints in brackets right after a name
    (the name ends before token `end`) is the player's role, as printed."""
    texts = [t.text for t in s.tokens[end : end + 3]]
    marked = len(texts) == 3 and texts[0] == "(" and texts[2] == ")"
    return texts[1] if marked and texts[1].lower() in _CAPTAIN_MARKS else None


# "Park's normal position is right-back", "Park will captain", "Lind, in his first game as
# coach," (see the file)
_PLAYER_POST = lexicons.pattern("player_post_phrases")


_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*)\Z")  # the capitalised word ending a slice


def _player_posts(text: str, people: list[_Row]) -> None:
    """The posts sports copy gives right after a player's or coach's name, tagged or not
    ("Park's normal position is right-back", "Park will captain", "Lind, in his first game as
    coach,"), to the one person whose name or surname that word is: a position or post only
    where the word is one (team_positions.txt, the role words). One scan of the text."""
    for m in matches_in(_PLAYER_POST, text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        post = m["captain"] or m["position"] or m["post"]
        known = post in _POSITIONS if m["position"] else bool(m["captain"]) or _role_word(post)
        rows = [r for r in people if name and r.name.split()[-1] == name[1]] if known else []
        if len(rows) == 1:
            rows[0].add_role(post)


_TEAM_PLURAL_ROLES = lexicons.words("team_plural_roles")


def _team_after_plural_role(s: Sentence, first: int, text: str) -> bool:
    """ "eventual winners Valby", "hosts Norster": a one-word name right after a plural that
    only a side can be (team_plural_roles.txt) names the team, not a player."""
    before = s.tokens[first - 1].text.lower() if first > 0 else ""
    return " " not in text and before in _TEAM_PLURAL_ROLES


def _ranked_name(s: Sentence, first: int, text: str) -> bool:
    """ "upset world number seven Jo Lind", "beat second seed Jo Lind": a name of two or three
    words opening with a given name right after a ranking ("number" and a numeral) or a seed
    is a player, whatever label the tagger gave it."""
    before = [t for t in s.tokens[max(0, first - 2) : first]]
    ranked = len(before) == 2 and before[0].text.lower() in _RANKS and before[1].tag == "CD"
    seeded = bool(before) and before[-1].text.lower() == "seed"
    words = text.split()
    return (ranked or seeded) and len(words) in (2, 3) and gazetteer.first_name(words[0])


def _role_in(s: Sentence, at: int, end: int) -> str | None:
    """ "They have a fine manager in Jo Lind": the role after "a" that the name after "in" (at
    token `at`) fills; not "a coach in Jo Lind's mould"."""
    owned = end < len(s.tokens) and s.tokens[end].tag == "POS"
    j = _role_start(s, at)
    if owned or not 0 < j < at or s.tokens[j - 1].text.lower() not in ("a", "an"):
        return None
    return _role_text(s, j, at) if _role_word(s.tokens[at - 1].text.lower()) else None


def _plural_verb(s: Sentence, k: int) -> bool:
    """ "The film stars Jo Park": a plural noun after "the" and a singular noun, in a sentence
    with no other verb, is the sentence's verb ("stars", "features"), no role of the names."""
    tokens = s.tokens
    if k < 2 or tokens[k].tag != "NNS" or tokens[k - 1].tag != "NN":
        return False
    d = k - 2
    while d > 0 and tokens[d].tag == "JJ":
        d -= 1  # "The new film stars"
    return tokens[d].tag == "DT" and not any(t.tag in _VERB_TAGS for t in tokens)


_NO_LABEL_ROLES = NOT_ROLE_NOUNS | _NOT_ROLES  # joined once, not per label line


def _label_line(s: Sentence, first: int, end: int) -> str | None:
    """A line that is a role, a colon and one name, as match reports and credits list their
    officials: "Referee: Ann Lind.", "Head coach: Jo Park" -> "Referee", "Head coach"; the
    label's last word a role noun (not "Man of the match: Jo Park", "Attendance: 6,412")."""
    if not first or s.tokens[first - 1].text != ":":
        return None  # most names: no label line, no sentence's words to copy
    texts = [t.text for t in s.tokens]
    o = _opening_mark(s.tokens)
    if first < o + 2 or texts[first - 1] != ":" or texts[end:] not in ([], ["."]):
        return None
    label = texts[o : first - 1]
    if len(label) > 3 or not label[0][:1].isupper() or not all(w.isalpha() for w in label):
        return None
    head = label[-1].lower()
    if not (_role_word(head) or head in _PERSON_HEADS) or head in _NO_LABEL_ROLES:
        return None
    return " ".join(label)


def _list_word(word: str) -> bool:
    """A word a list of names holds: a comma, a bracket, "and", a list's cue or a capital."""
    return word in (",", "(", ")", "and") or word in _LIST_CUES or word[:1].isupper()


def _list_label(s: Sentence, first: int) -> str | None:
    """The role a team sheet or list gives the names after its label: "Defenders: Ann Lind
    (Valby), Jo Park (Norbank)" and "three first-team players — Ann Lind, Jo Park and ..."
    -> "defender", "first-team player"."""
    texts = [t.text for t in s.tokens]
    # back from the name while the words are the list's ("R of Ohio, and": "of" after one),
    # each read once there, not every word of the sentence at each name (texts[-1] at i = 1)
    back = (
        _list_word(texts[i - 1]) or texts[i - 1] == "of" and _list_word(texts[i - 2])
        for i in range(first, 0, -1)
    )
    k = next((first - n for n, ok in enumerate(back) if not ok), 0)
    words = texts[k:first]
    for i in range(len(words) - 2):  # "(Coaches) Ann Lind and Jo Park"
        if words[i] == "(" and words[i + 2] == ")" and _singular(words[i + 1]) in ROLE_NEAR_NAMES:
            return _singular(words[i + 1])
    for w in words:  # "Sens. Ann Lind (D-Ore.) and Jo Park": a plural title before the names
        if w.endswith("s.") and w[:-2].lower() + "." in _TITLE_ROLES:
            return w[:-2] + "."
        # "Senators Ann Lind and ...", not "in the United States, Ann Lind": no lone modifier
        if w[:1].isupper() and _singular(w) in _PLURAL_TITLE_ROLES:
            return w[: len(_singular(w))]
    end = first
    while end < len(texts) and (texts[end] in (",", "and") or texts[end][:1].isupper()):
        end += 1
    # "aides Ann Lind and Jo Park", "two aides, Ann Lind and Jo Park," (not "aides, Lind said")
    listed = texts[k] != "," or {"and", *_LIST_CUES} & {*texts[k:end]}  # "models, including"
    plural = k and (s.tokens[k - 1].tag == "NNS" or "-" in texts[k - 1]) and listed  # tagged JJ
    plural = plural and not _plural_verb(s, k - 1)
    noun = _singular(texts[k - 1])
    # not "the evening's other honorees include Ann Lind": a list's cue after the group's noun
    doers = not _LIST_CUES & {*texts[k:first]} and _owned_doers(s, k - 1, noun)
    if plural and (_role_word(noun) or doers):  # "co-founders Ann Lind and ..."
        return noun
    if k < 2 or texts[k - 1] not in (":", "—", "–", "-"):
        return None
    # "players at Valby —", "dancers at the Valby Ballet -"
    at = [i for i in range(max(k - 5, 1), k - 2) if texts[i] in ("at", "for", "of")]
    tied = at and all(x == "the" or x[:1].isupper() for x in texts[at[-1] + 1 : k - 1])
    j = at[-1] if tied else k - 1
    heading = texts[max(j - 3, 0) : j]  # "Subs Not Used: Ann Lind, Jo Park"
    label = next((x for x in heading if _singular(x) in ROLE_NEAR_NAMES), texts[j - 1])
    if (noun := _singular(label)) not in _LABEL_NOUNS:
        return None
    noun = label[: len(noun)]  # as written: "Defenders" -> "Defender"
    start = _role_start(s, j - 1) if j >= 2 else j - 1
    words = texts[start : j - 1] + [noun]
    return " ".join(words) if words[0][:1].islower() else " ".join(words).lower()


def _owned_doers(s: Sentence, k: int, noun: str) -> bool:
    """ "Valby's young attackers Ann Lind and Jo Park": a plural noun of people at token k,
    owned (past one adjective), names a group the names after it belong to."""
    d = k - (k >= 2 and s.tokens[k - 1].tag == "JJ")
    owned = d >= 1 and s.tokens[d - 1].tag in ("POS", "PRP$")
    return owned and _doer(noun)


def _doer(word: str) -> bool:
    """A noun of a person by what they do: listed ("skipper") or an agent noun ("foreman"),
    not a relation ("grandfather")."""
    word = word.split("-in-")[0]  # "writer-in-residence"
    return (word in _PERSON_HEADS or bool(_AGENT.search(word))) and word not in NOT_ROLE_NOUNS


def _listed_under(s: Sentence, first: int) -> str | None:
    """The plural label of a list whose names carry roles of their own: "other patrons include
    actors Jo Lind and Al Berg, and writer Tom Vale" gives Tom Vale "patron" too (his
    "writer" is read first)."""
    k = first
    while k > 1 and s.tokens[k - 1].text not in _LIST_CUES:
        t = s.tokens[k - 1]
        item = t.text in (",", "and") or t.text[:1].isupper() or t.tag in _LISTED_TAGS
        item |= t.tag == "VBP" and s.tokens[k].tag == "NN"  # "football legend", tagged a verb
        item |= t.text == "of" and s.tokens[k].text[:1].isupper()  # "Al Berg of The Norbands"
        if not item:
            return None
        k -= 1
    k -= _passive_before_cue(s, k - 1)  # "other stars being approached include"
    label = s.tokens[k - 2] if k > 1 else None
    listed = label and label.tag == "NNS" and _role_word(_singular(label.text))
    return _singular(label.text) if label and listed else None


def _among_the_label(s: Sentence, end: int) -> str | None:
    """The plural label a list of names is said to be among, read forward from a name ending
    at token `end`: "Jo Lind, Al Berg and Ana Holm were among the performers" (or "among the
    line-up of performers") gives each "performer"; one name among a group ("was among the
    students") is only a member, no role."""
    if "among" not in s.text:
        return None  # most sentences: no "were among the", no words to copy
    texts = [t.text for t in s.tokens]
    k = end
    while k < len(texts) and (texts[k] in (",", "and") or texts[k][:1].isupper()):
        k += 1
    listed = "and" in texts[:k]  # several names, not "Jo Lind was among the students"
    if not listed or texts[k : k + 3] != ["were", "among", "the"]:
        return None
    k += 3
    if texts[k : k + 2] == ["line-up", "of"]:
        k += 2
    label = s.tokens[k] if k < len(texts) else None
    noun = _singular(label.text) if label and label.tag == "NNS" else ""
    return noun if noun and (_role_word(noun) or _doer(noun)) else None


def _passive_before_cue(s: Sentence, cue: int) -> int:
    """How many words of a passive ("being approached", "approached") stand between a list's
    plural label and its cue at token `cue` ("other singers being asked include Jo Lind"):
    the label is the noun before them; 0 where there is none."""
    being = cue >= 3 and s.tokens[cue - 2].text.lower() == "being"
    if being and s.tokens[cue - 1].tag in ("VBN", "JJ"):  # "being approached", tagged JJ
        return 2
    return int(cue >= 2 and s.tokens[cue - 1].tag == "VBN")


# Tags of the lower-case words of a list's items: "actors", "soccer legend", "young".
_LISTED_TAGS = frozenset({"NN", "NNS", "JJ"})


def _singular(label: str) -> str:
    """ "Coaches" -> "coach", "Defenders" -> "defender", "actresses" -> "actress" (a plural
    label of a list)."""
    word = label.lower()
    return word[: -1 - word.endswith(("ches", "shes", "sses"))] if word[-1:] == "s" else ""


def _one_of_many(role: str, singular: str) -> str:
    """The role of one of several: "kite flyers" -> "kite flyer" ("one of the kite flyers")."""
    return role.rsplit(" ", 1)[0] + " " + singular if " " in role else singular


def _role_start(s: Sentence, end: int) -> int:
    """Where the role words ending at token `end` begin: role and office words, portfolios
    inside an office ("Deputy Transport Minister"), common nouns ("critic Jo Lind",
    "fertility specialist Dr Lind") and, once a role is seen, adjectives ("retired general").
    An unlisted last noun must name a person or be owned: "kite flyer", "our guide"."""
    j = _field_before_name(s, end)  # "director of telecoms research Jo Lind"
    while j > 0:
        t, word = s.tokens[j - 1], s.tokens[j - 1].text
        quote = j == end > 2 and word in ("”", "''") and _role_word(s.tokens[j - 2].text.lower())
        pair = f"{s.tokens[j - 2].text}-{word}" if j >= 2 else ""  # "full-back", "400m-man"
        event = _DISTANCE.match(pair) and (_AGENT.search(word) or _role_word(word))  # "4km winner"
        rank = t.tag == "CD" and j >= 2 and s.tokens[j - 2].text.lower() in _RANKS
        if quote or pair.lower() in ROLE_NEAR_NAMES or event or rank:
            j -= 2 - quote  # "full back Jo Lind" ("full-back"), "400m man"; its "fixer" Jo Lind
            continue  # "world number one Jo Lind": a ranking
        # "a retired cleaner, Jo Lind,": a participle of the post's state, tagged as a verb
        described = t.tag == "JJ" or t.tag == "VBN" and word.lower() in _PARTICIPLES
        # but "and praised striker Jo Lind": a past tense after "and", tagged as an adjective
        verb = word.endswith("ed") and word.lower() not in _PARTICIPLES
        described &= not (verb and j >= 2 and s.tokens[j - 2].tag == "CC")
        adjective = j < end and described and (j == 1 or s.tokens[j - 2].tag in _OPENERS)
        # "skipper" as JJR, "referee" as VBP, "speed-skater" as JJ
        compound = "-" in word and word.split("-")[-1] in _PERSON_HEADS
        tag = "NN" if word in _PERSON_NOUNS or compound else t.tag
        # "Hairdresser Ann Lind": a sentence's first word, tagged in lower case
        if j == 1 == end and word.istitle() and tag == "NNP" and not gazetteer.first_name(word):
            word = word.lower()
            tag = resources.pos_tagger().tag([word, s.tokens[1].text])[0][1]
        common = word.islower() and word.replace("-", "").isalpha() and word not in NOT_ROLE_NOUNS
        common &= len(word) > 1  # "Ngāti Kahu o Waitohu": a letter (Māori "of") is no role
        known = _role_word(word.lower()) or (word in words.PORTFOLIOS and j < end)
        known |= word in _TITLE_LEADS and j < end  # "Group" of "Group Managing Director"
        known |= j == end and word.isupper() and word.lower() in _PERSON_NOUNS  # "DJ Jo Lind"
        # "Chief Financial Officer Jo Lind", "Valby Harbour Board Research Director"
        known |= _chief_office_field(s, j - 1, end) | _body_office_field(s, j - 1, end)
        known |= j == end and _firm_named_office(s, j - 1)  # "Harbour Ventures partner Jo Lind"
        # "to demand Lind's": a verb; but "linked to supermodel Ann Lind": a noun of people
        people = word in _PERSON_NOUNS and not words.verb_in(word, COMMON, ("d", "ed"))
        common &= j < end or j < 2 or s.tokens[j - 2].text != "to" or people
        # the head names a person ("kite flyer") or is owned ("our guide", "MSNBC personality"),
        # unlike "sanctions force Lind to", "an apology Lind made" (a comma: the caller checks)
        owner = s.tokens[j - 2] if j >= 2 else None  # not a first name: "a Boris bike Jo Lind"
        owned = owner is not None and owner.tag in ("POS", "PRP$", "NNP")
        owned &= not (owner and owner.tag == "NNP" and gazetteer.first_name(owner.text))
        # "minister of sport Jo Lind": the portfolio of an office
        portfolio = j >= 3 and s.tokens[j - 2].text == "of"
        owned |= portfolio and _role_word(s.tokens[j - 3].text.lower())
        person = _PERSON_HEADS & {word, word.split("-")[-1]} or _AGENT.search(word)  # "co-pilot"
        common &= j < end or owned or bool(person) or s.tokens[end].text == ","
        common &= j == end or s.tokens[j].text.lower() != "former"  # "the election former"
        # "benefits chief Jo Lind": a plural noun before a role word; "secretary of state"
        plural = tag == "NNS" and j < end and s.tokens[j].text in ROLE_WORDS
        tied = word == "of" and j + 1 == end and j >= 2 and _role_word(s.tokens[j - 2].text.lower())
        after = s.tokens[j].text.lower()
        tied &= not _role_word(after) or after in _NOT_ROLES  # not "head of chairman"
        known |= _office_adjective(s, j - 1, end) | _jurisdiction_lead(s, j - 1, end)
        if not (known or tied or common and (tag == "NN" or adjective or plural)):
            return j
        j -= 1
    return j


_JURISDICTION_LEADS = lexicons.words("jurisdiction_office_leads")  # "state", "Federal"


def _jurisdiction_lead(s: Sentence, i: int, end: int) -> bool:
    """Token i is a government's level right before a portfolio or a capitalised role word
    ("The Federal Environment Minister, Jo Lind,", "the Federal Treasurer, Jo Lind,"): the
    office's word, not a body owning it."""
    nxt = s.tokens[i + 1].text if i + 1 < end else ""
    office = nxt in words.PORTFOLIOS or nxt.istitle() and _role_word(nxt.lower())
    return s.tokens[i].text.lower() in _JURISDICTION_LEADS and office


def _field_before_name(s: Sentence, end: int) -> int:
    """Where "of" stands when one to three lower-case nouns before token `end` are the field
    of an office that takes it after "of" ("director of telecoms research Jo Lind", "head of
    communications Jo Lind": the role's words go on before "of"), else `end`."""
    k = end
    while k > max(0, end - 3) and s.tokens[k - 1].tag in ("NN", "NNS"):
        if not (s.tokens[k - 1].text.isalpha() and s.tokens[k - 1].text.islower()):
            return end
        k -= 1
    if k == end or k < 2 or s.tokens[k - 1].text != "of":
        return end
    return k - 1 if s.tokens[k - 2].text.lower() in _FIELD_HEADS else end


def _office_adjective(s: Sentence, i: int, end: int) -> bool:
    """Token i is a grade or field of the post after it, kept in the role even after a
    body's name, a rank or an owner: "Unite regional officer Jo Lind", "Chief financial
    officer", "the union's national officer for finance, Jo Lind,"."""
    if i + 1 >= end or s.tokens[i].text not in _OFFICE_ADJECTIVES:
        return False
    before = s.tokens[i - 1] if i else None
    owner = before is not None and before.tag in _OWNER_MARKS
    return before is None or owner or _proper(before) or _role_word(before.text.lower())


_OWNER_MARKS = frozenset({"POS", "PRP$", "DT"})  # "the union's", "its", "the"


def _chief_office_field(s: Sentence, i: int, end: int) -> bool:
    """Token i, capitalised, between "Chief" and a role word, is the field of the office
    ("Chief Financial Officer", "Chief Operating Officer"), not a body owning the role."""
    if i < 1 or i + 1 >= end or not s.tokens[i].text.istitle():
        return False
    return s.tokens[i - 1].text == "Chief" and _role_word(s.tokens[i + 1].text.lower())


_FIRM_RELATION_OFFICES = lexicons.words("firm_relation_offices")


def _firm_named_office(s: Sentence, i: int) -> bool:
    """Token i, a relation noun that is also a firm's office ("partner"), right after a
    capitalised name that is neither a first name nor a nationality: the firm's office
    ("Harbour Ventures partner Jo Lind"), not a relation ("her partner", "his Dutch partner")."""
    if i < 1 or s.tokens[i].text not in _FIRM_RELATION_OFFICES:
        return False
    before = s.tokens[i - 1]
    nation = gazetteer.demonym_country(before.text) or gazetteer.first_name(before.text)
    return _proper(before) and not nation


def _body_office_field(s: Sentence, i: int, end: int) -> bool:
    """Token i, a capitalised common noun between a body's last word and a role word, is the
    field of the office ("Valby Harbour Board Research Director": its research director), as
    the body's name ends before it (spans.field_before_office)."""
    if i < 2 or i + 1 >= end or not _role_word(s.tokens[i + 1].text.lower()):
        return False
    return spans.field_before_office([t.text for t in s.tokens[: i + 2]], i + 1) == i


def _holder_noun(word: str) -> bool:
    """A noun that names what a person is, a role word or a listed person noun ("painter"):
    the head each of two joined roles must have to be split ("singer and painter")."""
    return _role_word(word) or word in _PERSON_HEADS


# The marks between the parts of a compound role ("co-founder", "singer/songwriter"),
# compiled once: asked of some two hundred words a document.
_ROLE_PART_MARKS = re.compile(r"[-/]")


def _role_word(word: str) -> bool:
    """A role word or a compound of one: "co-founder", "singer/songwriter",
    "writer-in-residence"."""
    heads = (word.split("/")[0], _ROLE_PART_MARKS.split(word)[-1], word.split("-in-")[0])
    return word in ROLE_NEAR_NAMES or not ROLE_WORDS.isdisjoint(heads)  # (no generator)


# Marks that open an apposition after a name: "Jo Lind, the club's coach," "Jo Lind - the coach -".
_ASIDE_MARKS = frozenset({",", "-", "–", "—", "--"})

# Words between an owner and a role before a comma: lower-case adjectives, capitalised names.
_BEFORE_OWNED = frozenset({("JJ", True), ("NNP", False)})

# Tags of the words between an office and the comma before a name, "of" and "in" passed:
# "the correspondent in Jakarta, Jo Lind,", "the White House chief of staff, Jo Lind,",
# "a spokesman for its water ministry, Jo Lind,".
_OF_TAGS = frozenset({"NNP", "DT", "NN", "NNS", "PRP$"})
# "a lecturer at Valby University, Jo Lind,", "the Valbian ambassador to Norland, Jo Lind,"
_OF_WORDS = lexicons.words("role_place_links")

# Tags of the words that can stand before a role's adjective: "his senior adviser", "with new
# chairman", not "the ruling pleased specialist" (a mistagged verb).
_OPENERS = frozenset({"DT", "PRP$", "POS", "IN", "CC", "JJ", ",", "``", "''"})


_THEN = re.compile(r"^then-", flags=re.I)  # compiled once, not per role


def _role_text(s: Sentence, start: int, end: int, owned: bool = False) -> str | None:
    """The role words of tokens [start, end) without courtesy titles or nationalities;
    `owned`: a body's name before them makes a modifier a noun ("UK Athletics chief")."""
    kept = [t for t in s.tokens[start:end] if t.text.lower() not in _NOT_IN_ROLES]
    # "a buoyant Gen. Lind": an adjective before a title is a mood, not part of the rank
    mood = len(kept) > 1 and kept[0].tag == "JJ" and kept[1].text.istitle()
    level = mood and kept[0].text.lower() in _JURISDICTION_LEADS and kept[1].text in _FIELDS
    mood = mood and not level  # "federal Health Minister": the office's level, no mood
    words = [t.text for t in kept[mood and not _role_word(kept[0].text.lower()) :]]
    words = [w for w in words if not _nation(w)]
    # "party leader Lord Lind", "neurogeneticist Professor Vale": the title is the name's (a
    # role or a specialist's noun before it, not "a honeybee Professor Vale said": captions)
    before = words[-2] if len(words) > 1 else ""
    if before.islower() and words[-1] in _NOBLE and (_role_word(before) or before.endswith("ist")):
        words.pop()
    if len(words) > 1 and words[0].istitle() and words[0].lower() in _ROLE_MODIFIERS:
        words[0] = words[0].lower()  # "Former Harbour Minister" opening a sentence: "former"
    role = _THEN.sub("", " ".join(words).strip())  # "Then-premier"
    return None if not role or role.lower() in _NOT_ROLES and not owned or _party(role) else role


def _party(role: str) -> bool:
    """A bare party label is no role: "Democrat Ann Lind", "Ann Lind, Republican of Valby"."""
    return any(institutions.canonical(x) in institutions.PARTIES for x in (role, role + "s"))


def _office_before(s: Sentence, first: int, end: int) -> tuple[str, str | None] | None:
    """ "US Secretary of State John Kerry", "Commissioner for Transport Ingrid Holm", "the
    Chief Minister of Valby, Jo Lind,": an office with its portfolio as the role, a country
    before it as the affiliation."""
    # "the Member for Trade, Ms Jo Lind,": a courtesy title after the comma is the name's
    titled = first > 1 and s.tokens[first - 1].text.lower() in COURTESY
    first -= titled and s.tokens[first - 2].text == ","
    comma = first > 0 and s.tokens[first - 1].text == ","
    if comma and not (end == len(s.tokens) or s.tokens[end].text in (",", ".")):
        return None
    first -= comma
    k = first = first - (first > 0 and s.tokens[first - 1].text.lower() in COURTESY)  # "Datuk"
    # the portfolio's words, with "and" between them ("Minister of Trade and Industry Jo Lind")
    while k > 0 and (s.tokens[k - 1].text[:1].isupper() or _joined(s.tokens, k - 1)):
        if s.tokens[k - 1].text in _TITLES:
            break
        k -= 1
    k -= k > 2 and k < first and s.tokens[k - 1].text == "the"  # "Secretary of the Treasury"
    linked = 2 <= k < first and s.tokens[k - 1].text in ("for", "of")
    linked = linked and not _joined(s.tokens, first - 1)
    if not linked or not _office_title(s.tokens[k - 2].text):
        return None
    k = _role_start(s, k - 1)  # "Chief Minister of Valby"
    owner = s.tokens[k - 1].text if k >= 1 else ""
    return " ".join(t.text for t in s.tokens[k:first]), _nation(owner) or _body_before(s, k)


def _office_title(word: str) -> bool:
    """A capitalised word that opens an office with its portfolio: "Secretary" of "Secretary
    of State", "Chancellor" of "Chancellor of the Exchequer", "Chief" of "Chief of Staff"."""
    return word in _TITLES or word.istitle() and word.lower() in _TITLE_ROLES


def _body_before(s: Sentence, k: int) -> str | None:
    """A body's name ending in a body's word right before an office: "County Executive
    Committee" of "County Executive Committee Member for Trade", whose member the holder is."""
    if k < 2 or s.tokens[k - 1].text not in words.ORG_NAME_WORDS:
        return None
    j = k - 1
    while j > 0 and _proper(s.tokens[j - 1]):
        j -= 1
    return " ".join(t.text for t in s.tokens[j:k])


def _glued_noun(s: Sentence, first: int) -> bool:
    """A capitalised noun of people between a lower-case role word and the name ("State
    prosecutor Advocate Jo Lind"): a description the name's span lost (`kinds`), no part of
    the role before it."""
    if first < 2 or not _role_word(s.tokens[first - 2].text):
        return False  # not "a meeting with Premier Li Peng"
    word = s.tokens[first - 1].text
    noun = word.lower() in _PERSON_HEADS and not _role_word(word.lower())  # no title
    return word.istitle() and noun and not gazetteer.first_name(word)


def _joined(tokens: tuple[Token, ...], k: int) -> bool:
    """Token k is "and" or "&" between two capitalised words ("Trade and Industry")."""
    inner = 0 < k < len(tokens) - 1 and tokens[k].text in ("and", "&")
    return inner and tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()


def _name_run(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The capitalised proper nouns opening `tokens`, an "&" between two of them too ("S&P",
    "AT&T", which the tokenizer splits)."""
    k = 0
    while k < len(tokens):
        amp = k > 0 and tokens[k - 1].text == "&"  # "P" of "S&P", whatever its tag
        proper = (amp or tokens[k].tag[:3] == "NNP") and tokens[k].text[:1].isupper()
        joined = tokens[k].text == "&" and k > 0 and k + 1 < len(tokens)
        if not (proper or joined and tokens[k + 1].text[:1].isupper()):
            break
        k += 1
        if k > 1 and tokens[k - 1].text in kinds.COMPANY_ENDS:
            break  # "Merrill Lynch & Co." ends at its legal form ("Oy Norvala" opens with one)
    return tokens[:k]


def _according_opening(tokens: tuple[Token, ...], first: int, comma: int) -> bool:
    """The name at token `first` ends a sentence's opening "According to" phrase and the comma
    at token `comma` after it is not closed by a second one within ten words: what follows is
    the main clause ("According to Jo Lind, the plan reeks of panic"), not an apposition
    ("According to Jo Lind, the club's coach, the plan ...")."""
    opening = [t.text.lower() for t in tokens[:2]] == ["according", "to"]
    if not opening or tokens[comma].text != "," or any(t.text == "," for t in tokens[2:first]):
        return False
    return not any(t.text in _ASIDE_MARKS for t in tokens[comma + 1 : comma + 11])


def _set_off_copula(tokens: tuple[Token, ...], first: int, k: int) -> bool:
    """A name set off by commas as another phrase's apposition, then "is" or "was" (a comma at
    token k): "A refugee in Valby, Jo Lind, is a senior aide of the group" describes the
    person as "Jo Lind is" does."""
    if not 0 < first < k < len(tokens) - 1:
        return False
    commas = tokens[first - 1].text == tokens[k].text == ","
    return commas and tokens[k + 1].text in ("is", "was")


def _role_after(s: Sentence, e: Entity) -> tuple[str | None, str | None]:
    """A role in apposition after a name, with whose it is: "Jo Park, chief economist at
    Norbank," -> ("chief economist", "Norbank"); "Dmitry Peskov, the Kremlin's spokesman"
    -> "Kremlin's spokesman"; "Lund, who is the port's director" -> "port's director"."""
    tokens = s.tokens
    k = _past_seat(tokens, e.end_token)
    aside = k < len(tokens) and tokens[k].text in _ASIDE_MARKS  # "Lind - the club's coach -"
    who = aside and k + 1 < len(tokens) and tokens[k + 1].text == "who"
    k += 2 * who  # "Lund, who is the port's director", "Lind, who was appointed chairman"
    # "Lind will be confirmed as the club's coach", "the departure of Lind as coach", "Lind,
    # set to step down as chairman,"
    # "Lind, recently named Norbank president,": an adverb before the participle too
    adverb = k + 2 < len(tokens) and tokens[k + 1].tag == "RB"
    verb = k + 1 + adverb < len(tokens) and tokens[k + 1 + adverb].tag in ("VBN", "VBD")
    j = k + (aside and not who and verb)
    stop = min(len(tokens), k + 4)  # the verbs, four tokens at most from k
    while j < stop and (tokens[j].tag[:2] in _VERBAL or _to(tokens, j, k, aside)):
        j += 1
        if j > k + 1 and tokens[j - 1].text.lower() in _APPOINTED:
            break  # "Lind was named acting chief"
    # a verb's particle before "as": "Lind, who took over as chairman", "stayed on as coach"
    particle = j < len(tokens) and tokens[j].text.lower() in _PARTICLES
    j += j > k and particle and [t.text for t in tokens[j + 1 : j + 2]] == ["as"]
    j += [t.text for t in tokens[j : j + 2]] == ["to", "be"]  # "Lind was named to be coach"
    link = tokens[j - 1].text.lower() if j > k else ""
    # "Lind was elected mayor", "Lind became chairman", "the board named Lind its chairman"
    chosen = j > k + 1 and link in _APPOINTED or link in _LINKING
    picked = e.first_token > 0 and tokens[e.first_token - 1].text.lower() in _APPOINTED
    chosen |= picked and j == k == e.end_token < len(tokens) and tokens[k].text != ","
    k = j if j < len(tokens) and tokens[j].text in ("as", "be") else j - 1 if chosen else k
    copular = k < len(tokens) and tokens[k].text in ("is", "was", "as", "be") or chosen
    if j == e.end_token and [t.text for t in tokens[j : j + 2]] in (["as", "a"], ["as", "an"]):
        return None, None  # "described Lind as a climate sceptic": a description
    opens = k < len(tokens) and (tokens[k].text in _ASIDE_MARKS or who and tokens[k].text == "'s")
    if not who and _set_off_copula(tokens, e.first_token, k):
        k, copular, opens = k + 1, True, False  # "A refugee in Valby, Jo Lind, is a senior aide"
    if not (opens or copular and k < len(tokens)):
        return None, None
    if opens and not who and _according_opening(tokens, e.first_token, k):
        return None, None  # "According to Jo Lind, the move reeks of fear": the main clause
    copular &= chosen or not who  # "Ann Lind, who is a beekeeper": described, as after a comma
    k += 1
    plural = [t.text.lower() for t in tokens[k : k + 2]] == ["one", "of"]  # "one of his aides"
    k += 2 * plural
    while k < len(tokens) and (tokens[k].tag in ("RB", "PRP$") or tokens[k].text.endswith("self")):
        k += 1  # "Jo Lind, now his deputy,", "Jo Lind - himself a former mayor -"
    determined = k < len(tokens) and tokens[k].text.lower() in _ARTICLES
    k += determined
    age = determined and k < len(tokens) and re.fullmatch(r"\d+-year-old", tokens[k].text)
    k += bool(age)  # "Jo Lind, a 31-year-old police officer"
    k = _past_home_town(tokens, k) if determined else k  # "Jo Lind, a Valby, Ore., lawyer"
    k += plural and k < len(tokens) and tokens[k].tag == "CD"  # "one of the three kite flyers"
    start, head, owned = k, 0, False
    # "Lind is playwright-in-residence at": an office with no article after "is" or "was", not
    # "acting as pacemaker" nor "is no longer a suspect"
    bare = copular and k < len(tokens) and tokens[k - 1].text in ("is", "was")
    bare = bare and tokens[k].tag[:2] in ("NN", "JJ")
    while k < len(tokens) and k - start < 8:
        t = tokens[k]
        owner = tokens[k + 1 : k + 2] and tokens[k + 1].tag == "POS"  # "7-Eleven's", "Kings'"
        nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        # "ranking member", "chief operating officer"
        verb = t.tag.startswith("VB") and not (t.tag == "VBG" and (k == start or _role_word(nxt)))
        verb &= not _role_word(t.text.lower())  # "an elections analyst" (tagged VBP)
        ends = verb or t.text.lower() in _APPOSITION_ENDS or t.tag in ("IN", "CC", "TO")
        ends |= _second_determiner(tokens, k, start)  # "Lind - the only time a head of state"
        # "a lawyer and former mayor", "the most famous and recognisable host"
        also = t.text == "and" and k < len(tokens) - 1 and (head == k or tokens[k - 1].tag == "JJ")
        ends &= not (also and tokens[k + 1].tag in ("JJ", "NN"))
        ends &= not _fields_before_role(tokens, k)  # "technology and broadband analyst"
        # "a University of Utah history professor": the name of a body before the role
        linked = t.text in ("of", "and", "&") and not head and tokens[k - 1].tag == "NNP"
        name = tokens[k + 1].text if k + 1 < len(tokens) else ""  # not "Jo Lind and Ann Berg star"
        linked &= nxt == "the" or name[:1].isupper() and not gazetteer.first_name(name)
        ends &= not linked
        # "the 2000 Olympic 200m champion", not "the 1973 decision"
        number = determined and t.tag == "CD" and (k > start or name[:1].isupper())
        if ends or not (t.text[:1].isalpha() or t.tag == "POS" or owner or number):
            break
        head = 0 if t.tag == "POS" else head  # "the director's wife": no director
        owned |= t.tag == "POS"
        word = _singular(t.text) if plural and t.tag == "NNS" else t.text.lower()
        # "a family friend": a relation after the noun, which only modifies it
        head = 0 if head == k and t.tag.startswith("NN") and word in NOT_ROLE_NOUNS else head
        compound = f"{tokens[k - 1].text}-{word}".lower() in ROLE_WORDS  # "her running mate"
        noun = t.tag == "NN" or word in _PERSON_NOUNS  # "an Iowa operative", tagged JJ
        # "one of the best interviewers", "one of the kite flyers": a noun of people
        kind = plural and (word in _PERSON_HEADS or t.tag == "NNS" and bool(_AGENT.search(word)))
        # "associate dean of": a noun of people right after a role word goes on with the role
        grade = head == k > start and t.tag == "NN" and word in _PERSON_NOUNS
        if (_role_word(word) or compound or kind or grade) and word not in COURTESY:
            head = k + 1  # "co-founder" too
        elif (chosen or bare) and link != "been" and noun and _doer(word):
            # "Lind became a foreman", "Lind was named a steward", "Lind is playwright-in-residence
            # at": an office with no article
            head = k + 1
        elif copular or plural:
            pass  # only a known role noun: "Lind was a victim" gives no role
        elif determined and noun and t.text.islower() and word not in NOT_ROLE_NOUNS:
            # "Ann Lind, a historian who ...": a described person's role; not "an officer
            # shot" (a verb read as a noun after a role word), but "a chief accountant"
            known = head and _role_word(tokens[head - 1].text.lower())
            head = head if known and not (_AGENT.search(word) or word in _PERSON_HEADS) else k + 1
        elif t.tag == "CD" and k > start and tokens[k - 1].text.lower() in _RANKS:
            head = k + 1  # "Jo Lind, the world number one,"
        elif owned and word in _PERSON_HEADS and t.text.istitle():
            head = k + 1  # "Jo Lind, the venue's Events Coordinator,": an owned post, capitalised
        elif (t.tag == "NN" or head and t.tag == "NNP") and _AGENT.search(word):
            tied = [x.text for x in tokens[k + 1 : k + 2]] in (["of"], ["for"], ["at"])
            # "Jo Lind, creator of Valby Days,": a doer's noun
            head = k + 1 if tied and word not in NOT_ROLE_NOUNS else head
        k += 1
    last = tokens[k - 1]  # "Ann Lind, the co-pilot on ...": a compound tagged JJ ends the role
    if determined and k > start and head < k and last.tag == "JJ" and last.text.islower():
        head = k if "-" in last.text and not any(c.isdigit() for c in last.text) else head
    if k < len(tokens) and tokens[k].text == "of" and not gazetteer.first_name(tokens[start].text):
        titled = [t.tag == "NNP" and t.text not in _NOT_PERSON_WORDS for t in tokens[start:k]]
        head = k if titled and all(titled) else head  # "Jo Park, Senior Superintendent of"
    # "Led by Lind, the board is ...": an unknown noun before a verb starts a new clause
    clause = head == k < len(tokens) and tokens[k].text.lower() not in _APPOSITION_ENDS
    clause = clause and tokens[k].tag in _VERB_TAGS and not _role_word(tokens[k - 1].text.lower())
    run_on = head < len(tokens) and tokens[head].tag.startswith("NNP")  # a name goes on
    if clause or not head or run_on or _source_aside(tokens, head):
        return None, None
    noun_end = head  # the role's own noun, before a field after "of"
    head = _field_after_of(tokens, head, k)  # "chief of staff", "head of research"
    role = re.sub(r" ['’](s?)(?!\w)", r"'\1", " ".join(t.text for t in tokens[start:head]))
    if plural:
        role = _one_of_many(role, _singular(tokens[head - 1].text))
    after = tokens[head + 1 : head + 6]
    named = _name_run(after)
    at = after and tokens[head].text in ("at", "of", "for")  # "chief economist at Norbank"
    affiliation = s.text[named[0].start - s.start : named[-1].end - s.start] if named else None
    affiliation = affiliation if at else None
    # "Varnia, the seceded province": a place noun heads no role
    # (the role's noun, not its field: "secretary of state" is a role)
    no_role = role.lower() in _NOT_ROLES or tokens[noun_end - 1].text.lower() in PLACE_NOUNS
    return (None, None) if no_role or _party(role) else (role, affiliation)


_FIELD_HEADS = lexicons.words("field_office_heads")


def _field_after_of(tokens: tuple[Token, ...], head: int, k: int) -> int:
    """The end of a role whose head word before token `head` takes its field after "of" in
    lower-case nouns ("chief of staff", "head of research", "director of telecoms research"),
    up to three; `head` itself when no field follows (a body: "head of Norbank")."""
    if not (head == k < len(tokens) - 1 and tokens[k].text == "of"):
        return head
    if tokens[k - 1].text.lower() not in _FIELD_HEADS:
        return head
    end = k + 1
    while end < min(len(tokens), k + 4) and tokens[end].tag in ("NN", "NNS"):
        if not tokens[end].text.isalpha() or not tokens[end].text.islower():
            break
        end += 1
    return end if end > k + 1 else head


def _past_home_town(tokens: tuple[Token, ...], k: int) -> int:
    """The token after a town and its state set off by commas before a role, as news copy in
    the US writes a source's home ("Jo Lind, a Valby, Ore., money manager"); else k."""
    i = k
    while i < len(tokens) and tokens[i].tag == "NNP":
        i += 1
    if not (k < i < len(tokens) - 2 and tokens[i].text == ","):
        return k
    j = i + 1  # the state, an abbreviation too ("N.M.", tagged as a common noun)
    while j < len(tokens) and tokens[j].text[:1].isupper():
        j += 1
    role = j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text.islower()
    return j + 1 if i + 1 < j and role else k


def _second_determiner(tokens: tuple[Token, ...], k: int, start: int) -> bool:
    """Token k is an article inside an apposition's words, after a noun: a new phrase starts
    ("Lind - the only time a head of state ..."), as "a lawyer and a mayor" does not."""
    article = tokens[k].text.lower() in _ARTICLES  # not "No" of "the Norland No 1"
    return k > start and article and tokens[k - 1].tag not in ("CC", "DT", "PDT")


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch inside quotation marks, full or partial, in text order:
    the words there are a speaker's, paired as the quotes of the fact sheet pair them."""
    return [(q.start, q.end) for q in quoted_in(text)[1]]


def _role_said_in_quote(s: Sentence, quoted: list[tuple[int, int]], e: Entity, role: str) -> bool:
    """Whether a role read after a name is a speaker's verdict inside quotation marks: a
    copular clause ("'Lind is the best player in the world,' said Berg"; "Lind, who is a
    leader who ...") or a superlative ("'Lind, the finest keeper we have, ...'"), praise a
    source gives, not a role the story states. An apposition in a quoted document ("'Ms Lind,
    the developer who ...,' the report read") and an appointment ("'Lind was named
    chairman'") stay; so does a role the story also gives outside quotes."""
    word = re.split(r"[\s'’]", role)[0]  # "Kremlin's spokesman": the token "Kremlin"
    first = next((t for t in s.tokens if t.start >= e.end and t.text == word), None)
    at = first.start if first else -1
    i = bisect.bisect_left(quoted, (at + 1, 0)) - 1  # the last stretch opening by `at`
    if not (first and i >= 0 and quoted[i][0] <= at < quoted[i][1]):
        return False
    between = {t.text.lower() for t in s.tokens if e.end <= t.start < at}
    copular = bool(between & _QUOTED_COPULAS) and not between & _APPOINTED
    return copular or first.tag in ("JJS", "RBS")  # "the best", "the most gifted"


def _fields_before_role(tokens: tuple[Token, ...], k: int) -> bool:
    """ "and" between two nouns of fields that a role noun closes within two words ("Jo Lind,
    games and broadband analyst at Norbank"): one role, as technology and business copy
    writes an analyst's beat; not "an expert on games and broadband". The first field may be a
    plural ("operations and safety editor", "sales and marketing director": round 43, bbcb5)."""
    if tokens[k].text != "and" or not 0 < k < len(tokens) - 2:
        return False
    fields = tokens[k - 1].tag in ("NN", "NNS") and tokens[k + 1].tag == "NN"
    return fields and any(_role_word(t.text.lower()) for t in tokens[k + 2 : k + 4])


# Tags (their first two letters) of the verbs between a name and "as" or an office.
_VERBAL = ("VB", "MD", "RB")


def _to(tokens: tuple[Token, ...], j: int, k: int, aside: bool) -> bool:
    """Token j is the "to" of an infinitive after a verb, before "as", in an aside: "Lind, who
    is set to step down as chairman,", "Lind, expected to retire as coach,"; not in a clause
    of its own ("Lind hopes to serve as coach")."""
    after = [t.text.lower() for t in tokens[j + 2 : j + 4]]  # "step down as", "retire as"
    led = after[:1] == ["as"] or after[:1] != [] and after[0] in _PARTICLES and after[1:] == ["as"]
    return aside and led and j > k and tokens[j].text == "to" and tokens[j + 1].tag == "VB"


def _source_aside(tokens: tuple[Token, ...], head: int) -> bool:
    """ "Tom Vale, the label said, will tour": the noun after the name is the source of an
    aside (a reporting verb straight after it, then a comma or the sentence's end), no role."""
    said = head < len(tokens) and _reports(tokens[head].text)
    after = tokens[head + 1].text if head + 1 < len(tokens) else "."
    return said and after in (",", ".")


def _reports(word: str) -> bool:
    """A reporting verb, or its present that the tagger reads as a plural noun ("the ad
    charges", "the report claims"): a form in -s whose past in -d or -ed is one."""
    verbs = untagged.REPORTING_VERBS
    present = word.endswith("s") and word.islower()
    return word in verbs or present and words.verb_in(word[:-1], verbs, ("d", "ed"))


def _past_seat(tokens: tuple[Token, ...], k: int) -> int:
    """The token after what may follow a name before its apposition: a bracket ("Nils Lund
    (D-Ore.), ranking member") or a seat ("Senator Tom Hale of Oregon, the majority leader")."""
    if (close := kinds.bracket_end(tokens, k)) > k:
        return close
    if k + 1 < len(tokens) and tokens[k].text == "of" and tokens[k + 1].tag == "NNP":
        j = next((j for j in range(k + 1, len(tokens)) if tokens[j].tag != "NNP"), len(tokens))
        return j if j < len(tokens) and tokens[j].text == "," else k
    # "Ann Lind, 45, a lawyer"
    return k + 2 if [t.tag for t in tokens[k : k + 3]] == [",", "CD", ","] else k


@lru_cache(maxsize=4096)  # asked of each mention, and most mentions repeat a name
def _strip_titles(text: str) -> str:
    words = text.split()
    # "Prince of Wales" is the title a person is known by: nothing to strip.
    while len(words) > 1 and words[0].lower() in ROLE_WORDS and words[1] not in ("of", "for"):
        words.pop(0)
    # "Senate Majority Leader Mitch McConnell": an office with its body, then a full name;
    # "Trade Affairs Datuk J. Lind": a courtesy title, then the name, initials too
    cut = max((i for i, w in enumerate(words[:-2]) if w.lower() in ROLE_WORDS), default=-1)
    named = cut > 0 and (gazetteer.first_name(words[cut + 1]) or words[cut].lower() in COURTESY)
    if named and "of" not in words[:cut]:
        words = words[cut + 1 :]
    return " ".join(words)


# Playing positions and occupations that open a name in sports and arts copy: "Winger Lind".
_POSITIONS = lexicons.words("team_positions") | _RARE_ROLES


def _position_lead(text: str, surnames: set[str]) -> str:
    """ "Winger Lind dropped the ball": a capitalised playing position or occupation opening a
    name, before a surname the story gives in full or before a first name ("Guitarist Jo
    Lind"), is the person's role, not part of the name."""
    lead, _, rest = text.partition(" ")
    if lead.lower() not in _POSITIONS or gazetteer.first_name(lead) or not rest:
        return text
    first = " " in rest and gazetteer.first_name(rest.split()[0])
    return rest if rest in surnames or first else text


def _body_name(text: str) -> bool:
    """ "Foreign Office", "Police Federation", "State Department": a known institution or
    a name ending in a body word, whose first word is no title to strip."""
    last = text.split()[-1] if text else ""
    return bool(institutions.canonical(text)) or last in words.ORG_NAME_WORDS


def _body_head_before_of(text: str, bare: str) -> bool:
    """ "Police Service of Valby": a body word before "of" heads the name, so the title word
    that stripping took from its front ("Police") is the body's own."""
    head = text.partition(" of ")[0].split()[-1] if " of " in text else ""
    return len(bare.split()) < len(text.split()) and head in words.ORG_NAME_WORDS


def _owned_speaker(s: Sentence, e: Entity, text: str) -> bool:
    """ "Norbank's Jo Parkova says": two plain capitalised words after a name's possessive and
    before a reporting verb are that body's person, whatever the tagger read."""
    k, end = e.first_token, e.end_token
    owned = k > 1 and s.tokens[k - 1].text in ("'s", "’s") and s.tokens[k - 2].tag == "NNP"
    said = end < len(s.tokens) and s.tokens[end].text in untagged.REPORTING_VERBS
    name = text.split()
    return owned and said and len(name) == 2 and not _BODY_ENDS & set(name) and text.istitle()


def _acronym(name: str, spelt: bool = False, lettered: bool = False) -> str:
    """A name's initials ("Department of Veterans Affairs" -> "DVA"); `spelt`: a word in
    capitals gives all its letters ("US Anti-Doping Agency" -> "USADA"); `lettered`: a word
    of `acronym_letters.txt` gives its letters ("Valby Central Television" -> "VCTV")."""
    words = [p for p in re.split(r"[\s-]+", name) if p[:1].isupper()]
    if lettered:
        return "".join(_ACRONYM_LETTERS.get(p, p[0]) for p in words)
    return "".join(p if spelt and p.isalpha() and p.isupper() else p[0] for p in words)


_ACRONYM_LETTERS = lexicons.table("acronym_letters")  # "Television" -> "TV"


_PARTY_SEAT = lexicons.pattern("party_seats")  # "(D-Valby Falls)"


def _junk(
    doc: Doc, e: Entity, text: str, lower_words: frozenset[str] | set[str], people: set[str]
) -> bool:
    """No actor: a word of another kind, a piece of a name or of a table, a group, an event.
    `people`: the persons' names found inside a sentence, which stay persons opening one."""
    s = doc.sentences[e.sentence]
    words, tokens = text.split(), s.tokens
    # "Mr. King": a surname (the token before, not the sentence's last when the name opens it)
    mister = e.first_token > 0 and tokens[e.first_token - 1].text.rstrip(".") in _HONORIFICS
    # "DJ", a "Marine" found as a body: a person's noun ("Cook" found as a name stays)
    person_noun = text.lower() in _PERSON_NOUNS and (text.isupper() or e.label != "PERSON")
    role = (text.lower() in ROLE_WORDS or person_noun) and not mister
    # "rock band Queen": a band named by a role word
    role = role and not (e.label != "PERSON" and untagged.after_music_act_noun(s, e.first_token))
    # "Saturday.", "Obesity?": a word of another kind, or a question, ending a sentence
    if not words or text.lower().rstrip(".") in NOT_ACTORS or role or text in kinds.NOT_NAMES:
        return True
    if e.label == "PERSON" and _non_actor_headed(words):
        return True
    last, many = words[-1], len(words) > 1
    if text[-1] in "?!" or e.label == "PERSON" and many and last.lower() in kinds.PROGRAMME_WORDS:
        return True  # "the Jo Lind Show": a programme
    named = e.label == "PERSON" and many and gazetteer.first_name(words[0])
    # "singer Kiki Dane": a name after a person's role word, its given name unknown
    named = named or (e.label == "PERSON" and many and word_before(doc, e).lower() in ROLE_WORDS)
    # "Smart Tags", "Life Begins": a title or a product in common words, and no given name
    common = e.label == "PERSON" and many and not named and all(w.lower() in COMMON for w in words)
    # "Male MPs" are members, not a name ("Margaret Moran MP" stays); "World Cup" an event
    event = last in EVENT_WORDS and not _given_name_and_event_surname(e, words)
    members = many and (last in MEMBER_WORDS and last.endswith("s") or event)
    # "Joseph R. Biden, Jr.": the suffix cut off the name; "Sen. Ann Lind, R-Ky.": party and
    # state, not a body; "of Unison": the end of a name cut in two
    cut = text in NAME_SUFFIXES or PARTY_STATE.fullmatch(text) or words[0] in ("of", "for", "and")
    cut = cut or bool(PARTY_STATE.match(text) and gazetteer.candidates(text[2:]))  # "R-Bakersfield"
    seat = _PARTY_SEAT.fullmatch(text) and doc.text[e.start - 1 : e.end + 1] == f"({text})"
    # "Syrian", "Iraqi Kurdish", "American Catholics": groups, not actors; not a body the
    # tables know ("Pathet Lao", a movement)
    group = (gazetteer.demonym_country(last) and not named) or gazetteer.group_word(last)
    group = group and not institutions.canonical(text)
    # "El", "Z", "N)": a piece of a name or of a table
    piece = len(text) == 1 or (len(text) == 2 and not text.isupper())
    award = e.label == "PERSON" and not many and _award_modifier(doc, e, tokens)
    award |= e.label == "PERSON" and _thing_before_which(tokens, e)
    unpaired = text.count("(") != text.count(")")
    award |= _in_ticker(doc, e)  # "(NYSE: VLC)": a listing, no actor
    award |= not many and _taxon_rank_name(text)  # "Norvidae": a family of animals
    if cut or seat or group or members or piece or unpaired or award or common:
        return True
    if text.istitle() and " " not in text and text.lower() in lower_words:
        # "Company", "Flight": a common word the story also writes in lower case ("the Sun"
        # found as a newspaper stays), nor a chain named before its shops ("150 Quellix shops")
        chain = untagged.retail_chain_before_shops(s, e.first_token, e.end_token)
        cued = e.label == "ORGANIZATION" and _named_after_the_body_noun(tokens, e.first_token)
        return not (institutions.canonical(text) or chain or cued)
    # A lone capitalised sentence opener the tagger did not see as a proper noun; a known body
    # stays ("Labour leader Jo Park": institutions reads the opener), and a person named so
    # inside a sentence ("singer Jo ... Jo, whose real name is")
    opener = e.first_token == 0 and not many and not tokens[0].tag.startswith("NNP")
    if not many and _list_item_opener(tokens, e.first_token, text):
        return True
    opener = opener or not many and _common_opener(doc, e, text)
    return opener and not institutions.canonical(text) and text not in people


# Endings of taxonomic ranks' one-word names ("Norvidae", "Sudaceae"; taxon_name_ends.txt).
_TAXON_ENDS = tuple(lexicons.words("taxon_name_ends"))


def _taxon_rank_name(word: str) -> bool:
    """ "the family Norvidae": a capitalised Latin name of a family, subfamily or order,
    living things the guideline leaves out, not a body the tagger may read it as."""
    return word[:1].isupper() and word.isalpha() and len(word) > 6 and word.endswith(_TAXON_ENDS)


def _named_after_the_body_noun(tokens: tuple[Token, ...], first: int) -> bool:
    """ "the journal Nature": a common word named by "the" and a body noun right before it
    is that body's name, even where the story also writes the word in lower case ("the
    nature of the planet")."""
    before = [t.text.lower() for t in tokens[max(0, first - 2) : first]]
    return before[:1] == ["the"] and len(before) == 2 and before[1] in untagged.BODY_NOUNS


# Event words that are surnames too ("Day"), and the holidays a given name may open ("May Day").
_EVENT_SURNAMES = lexicons.words("surname_event_words")
_HOLIDAY_NAMES = lexicons.words("holidays")


def _given_name_and_event_surname(e: Entity, words: list[str]) -> bool:
    """A person tagged "Tom Day": a given name and a surname that also ends events' names
    ("Valby Field Day"), so a person's name, not a holiday ("May Day")."""
    pair = len(words) == 2 and e.label == "PERSON" and words[1] in _EVENT_SURNAMES
    return pair and gazetteer.first_name(words[0]) and " ".join(words) not in _HOLIDAY_NAMES


def _non_actor_headed(words: list[str]) -> bool:
    """ "Hebrew God", "Black Friday": capitalised words before a word that is never an actor
    (a deity, a weekday), and no given name first ("Joe Friday" stays a person)."""
    capitalised = all(w[:1].isupper() for w in words)
    head = len(words) > 1 and words[-1].lower() in NOT_ACTORS
    return head and capitalised and not gazetteer.first_name(words[0])


def _list_item_opener(tokens: tuple[Token, ...], k: int, text: str) -> bool:
    """ "4. Garages asked to repair such damage": a plural of a common noun right after a
    numbered list item's number is capitalised for opening the item, not for being a name
    (a surname there, "2. Smith", stays)."""
    number = k == 1 and tokens[0].tag == "CD" and tokens[0].text[-1:] in (".", ")")
    plural = text.endswith("s") and text[:-1].lower() in COMMON
    return number and plural and not gazetteer.first_name(text)


# A firm's exchange and ticker in brackets (resources/lexicons/ticker_brackets.txt).
_TICKER = lexicons.pattern("ticker_brackets")


def _in_ticker(doc: Doc, e: Entity) -> bool:
    """The entity is the exchange or the code of a listing in brackets: "(NASDAQ: NRVS)"."""
    open_at = doc.text.rfind("(", max(0, e.start - 12), e.start + 1)
    m = _TICKER.match(doc.text, open_at) if open_at >= 0 else None
    return m is not None and m.end() >= e.end


def _common_opener(doc: Doc, e: Entity, text: str) -> bool:
    """A lone capitalised word opening a sentence before a comma and a subject pronoun
    ("Whichever, she won") or before "and" and an adjective ("Sleet and driving winds"),
    written nowhere else in the story and no first name or place: a common word, not a
    person (not "Lind, who...", "Lind and his crew")."""
    tokens = doc.sentences[e.sentence].tokens
    if e.first_token or e.label != "PERSON" or e.end_token + 1 >= len(tokens):
        return False
    link, nxt = tokens[e.end_token].text, tokens[e.end_token + 1]
    adverb = link == "," and nxt.tag == "PRP"
    joined = link in ("and", "or") and nxt.text.isalpha() and nxt.text.islower()
    joined = joined and nxt.tag in ("JJ", "VBG")  # not "Lind and colleagues"
    once = doc.text.count(text) == 1
    known = gazetteer.first_name(text) or gazetteer.candidates(text)
    return (adverb or joined) and once and not known


def _award_modifier(doc: Doc, e: Entity, tokens: tuple[Token, ...]) -> bool:
    """ "Jo Park, an Oscar nominee,": one capitalised word between "a" and a noun, named
    nowhere else in the story, modifies the noun (a prize, a brand) and is no person."""
    before = tokens[e.first_token - 1].text.lower() if e.first_token else ""
    after = tokens[e.end_token] if e.end_token < len(tokens) else None
    noun = after is not None and after.tag in ("NN", "NNS") and after.text.islower()
    return before in ("a", "an") and noun and doc.text.count(e.text) == 1


def _thing_before_which(tokens: tuple[Token, ...], e: Entity) -> bool:
    """ "Nightfall, which cost $7m, ...": a name opening its sentence, then ", which", is a
    thing (a film, a book); a person opening one takes "who"."""
    k = e.end_token
    which = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text == "which"
    return e.first_token == 0 and which


# Page furniture: the text before and after "(CNN)" in a dateline ("LAGOS, Nigeria (AP) _
# ..."), a copyright notice; the phrases of a credit line ("CNN's Ann Lind and Jo Park
# contributed to this report") and calls to action ("Scroll down for video").
_OUTLET = lexicons.keyed("outlet_patterns")
_PAGE = lexicons.groups("outlet_phrases")
_FURNITURE = tuple(_PAGE["furniture"])  # one `startswith` for all, not one call per phrase


_BRACKETED = re.compile(r"\(([^()\n]{1,40})\)")


def _dateline_outlet(text: str) -> str | None:
    """The outlet in brackets that signs the story's dateline ("VALBY, Dec 4 (Nordwire) -"),
    listed or not: wherever the story names it again ("polled by Nordwire"), a body, as a
    listed agency the story talks about stays one."""
    for m in _BRACKETED.finditer(text, 0, 200):
        closed = _OUTLET["closer"].match(text, m.end() - 1)
        if closed and _OUTLET["opener"].search(text, 0, m.start() + 1):
            return m.group(1)
    return None


def _outlet_credit(doc: Doc, e: Entity) -> bool:
    """Page furniture, not an actor the story is about: the outlet of a dateline or a credit
    line ("(CNN)", "WASHINGTON (AP) —", "CNN's Jo Park contributed to this report"), a
    copyright notice and calls to action left in the text ("Scroll down for video")."""
    text = doc.text
    before = text[max(0, e.start - 64) : e.start]
    outlet = _OUTLET["closer"].match(text, e.end) and _OUTLET["opener"].search(before)
    if outlet or text.startswith(_FURNITURE, e.start):
        return True  # "(CNN)", "WASHINGTON (AP) —"; "Scroll down for video"
    # a broadcast's hand-over and closing sign-off: "Here's Norcast's Ann Lind.", "Norcast's Ann
    # Lind has details."; "Ann Lind, Norcast, Valby." (a body's name there: not a list of players)
    s = doc.sentences[e.sentence]
    last = s.index == len(doc.sentences) - 1
    for key in ("handover", "handover_told", "signoff") if e.label == "ORGANIZATION" else ():
        m = (key != "signoff" or last) and _OUTLET[key].fullmatch(s.text)
        if m and m.start("outlet") <= e.start - s.start and e.end - s.start <= m.end("outlet"):
            return True
    # a copyright notice, and the lines in capitals that run on from it
    notice, k = _OUTLET["notice"], e.sentence
    while k > 0 and doc.sentences[k].text.isupper() and not notice.match(doc.sentences[k].text):
        k -= 1
    owned = text[e.end : e.end + 2] in ("'s", "’s")  # lower-cased only then: most names are not
    sentence = doc.sentences[e.sentence].text.lower() if owned else ""
    credit = owned and any(c in sentence for c in _PAGE["credit"])
    return credit or bool(notice.match(doc.sentences[k].text))


# Hyphenated words that end a place adjective before a name: "Hong Kong-based Citic".
_PLACE_ADJECTIVE = re.compile(rf"-(?:{lexicons.alternatives('place_adjective_ends')})$")
# Titles that end an organisation and start a person: "Federal Reserve Governor Lindsey".
_TITLES = lexicons.words("titles_before_names")
_TITLE_LEADS = lexicons.words("title_leads")  # "Group" of "Group Managing Director"
# Words that no person's name holds: body words, event words ("Alzheimer's Society").
_NOT_PERSON_WORDS = words.ORG_NAME_WORDS | EVENT_WORDS
# "Nan", "Mum": words a family calls its members by, no name (see the file)
_FAMILY_ADDRESS = lexicons.words("family_address_words")
# "Valby Coroner's Court": an office whose possessive stands inside a court's name
_COURT_OFFICES = lexicons.groups("joined_name_words")["court_office"]
# Words that make the name after "of" a body's: "Joel Naroff of First Union"; company
# suffixes end a name ("Johnson Controls Inc and Lear Corp").
_BODY_ENDS = words.ORG_NAME_WORDS | kinds.COMPANY_ENDS
# Capitalised words that name no person: "Affairs" of "Minister for Harbour Affairs"
_UNNAMING = _BODY_ENDS | words.PORTFOLIOS | kinds.BODY_TAILS | ROLE_WORDS


# Portfolios, the fields a committee's or a department's name joins ("Fisheries and the Coast").
_FIELDS = words.PORTFOLIOS


# Cues that open a list of bodies before "Valco and Orbix" ("rivals including", "firms such
# as", "companies like"), and words that keep a joined name one body ("Valco and Sons").
_PAIRED_CUES = lexicons.words("paired_name_cues")
_PAIRED_KEEPERS = lexicons.words("paired_name_keepers") | _BODY_ENDS | FIRM_TRADES


def _paired_bodies(doc: Doc, s: Sentence, left: list[str], right: list[str], at: int) -> bool:
    """A capitalised "A and B" (the span opening at token `at`) that names two bodies: after
    a list cue ("rivals including Valco and Orbix") or when each part stands alone elsewhere
    in the story. Never a name written with "&" or holding a body word ("Valco and Sons"),
    nor one the lists know, since those are one body ("Marks and Spencer"-like)."""
    both = [*left, *right]
    if not left or not right or len(both) > 4 or _PAIRED_KEEPERS & {*both}:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in both):
        return False
    one, two = " ".join(left), " ".join(right)
    if institutions.canonical(f"{one} and {two}") or institutions.canonical(f"{one} & {two}"):
        return False
    if _fielded_national_body(left, right):
        return False
    before = [t.text.lower() for t in s.tokens[max(0, at - 2) : at]]
    last = before[-1] if before else ""
    cue = next((c for c in (" ".join(before), last) if c in _PAIRED_CUES), "")
    if cue and (cue != "like" or at >= 2 and s.tokens[at - 2].tag == "NNS"):
        return True  # "rivals including ...", "companies like ..." (not "looks like ...")
    return _stands_alone(doc, left) and _stands_alone(doc, right)


def _fielded_national_body(left: list[str], right: list[str]) -> bool:
    """One industry body named for two fields and the country it serves ("Meat and Wool
    Norland", as the kinds module joins it), not two bodies: a common word, "and", then a
    field and a country's name."""
    common = len(left) == 1 and left[0].lower() in COMMON
    return common and len(right) >= 2 and bool(gazetteer.country_name(right[-1]))


def _stands_alone(doc: Doc, part: list[str]) -> bool:
    """The name `part` written somewhere in the story without "and" on either side."""
    n = len(part)
    for s in doc.sentences:
        ws = [t.text for t in s.tokens]
        for i in range(len(ws) - n + 1):
            if ws[i : i + n] != part:
                continue
            edge = ws[i - 1 : i] + ws[i + n : i + n + 1]
            if "and" not in edge and "&" not in edge:
                return True
    return False


def _joint_place_body(left: str, rest: list[str]) -> bool:
    """ "Devon and Cornwall Police", "Avon and Somerset Fire": one body named for two places,
    not the place named alone elsewhere in the story and a second body."""
    places = gazetteer.candidates(left) and gazetteer.candidates(" ".join(rest[:-1]))
    return len(rest) >= 2 and bool(places) and not gazetteer.candidates(" ".join(rest))


def _sibling_firm_pair(left: list[str], right: list[str]) -> bool:
    """Two names of two words or more opening with the same word ("Norco Air and Norco
    Ground", the firms a group splits into): two bodies, not one; not a place's name
    ("New Valby and New Norland Port Authority")."""
    if len(left) < 2 or len(right) < 2 or left[0] != right[0] or not left[0][:1].isupper():
        return False
    return not gazetteer.candidates(" ".join(left))


def _seated_body_then_name(left: list[str], right: list[str]) -> bool:
    """ "Tenants Union of Valby and Kestrel": a body's name ends with the place it serves, so
    a short name after "and" that is no place is a second body; not "Church of Valby and
    Sudby" (one body named for two places)."""
    of = len(left) - 1 - left[::-1].index("of") if "of" in left else 0
    seated = of > 0 and left[of - 1] in _BODY_ENDS
    seated = seated and bool(gazetteer.candidates(" ".join(left[of + 1 :])))
    named = 1 <= len(right) <= 3 and all(w[:1].isupper() and w.isalpha() for w in right)
    return seated and named and not gazetteer.candidates(" ".join(right))


def _shared_plural_pair(span: list[str], names: set[str]) -> bool:
    """ "Valby and Norland Grain Exchanges": two bodies sharing a plural last word, each
    tagged by its own name elsewhere in the story ("Valby Grain Exchange"), no third body."""
    if "and" not in span or not span[-1].endswith("s"):
        return False
    k = span.index("and")
    shared = [*span[k + 2 : -1], span[-1][:-1]]  # "Grain Exchange"
    left, right = [*span[:k], *shared], [*span[k + 1 : k + 2], *shared]
    return k > 0 and len(span) - k > 2 and {" ".join(left), " ".join(right)} <= names


def _split_names(doc: Doc, e: Entity, names: set[str]) -> list[Entity]:
    """An organisation span cut into the names it holds.

    "Johnson Controls Inc and Lear Corp" and "Mercantile or Commerce" (each also named on
    its own) -> two; "Mo.-based Commerce Bancshares" -> the bank; "Federal Reserve
    Governor Lawrence Lindsey" -> the Fed, and the governor as a person; "SK Rapid's
    Dietmar Kuehbauer" and "Joel Naroff of First Union" -> the club or bank and a person.
    """
    s = doc.sentences[e.sentence]
    words = [t.text for t in s.tokens]
    if _shared_plural_pair(words[e.first_token : e.end_token], names):
        return []
    parts: list[tuple[int, int, str]] = []
    start, label = e.first_token, e.label
    # "Valby Queen Cheese Factory": a title inside a firm's name opens no person's name
    ends_body = words[e.end_token - 1] in _BODY_ENDS | FIRM_TRADES
    ends_body = ends_body or words[e.end_token - 1].lower() in _ORGANS  # "Inverness Sheriff Court"
    # "St Ann's Hospice": the saint's possessive mark is the name's own
    saint = words[e.first_token] in spans.SAINTS
    for k in range(e.first_token, e.end_token):
        word, nxt, rest = words[k], words[k + 1 : k + 2], words[k + 1 : e.end_token]
        org = label == "ORGANIZATION"
        # words that open no name: "Hong Kong-based", a number not after a name, "The"
        number = word[:1].isdigit() and not (k > start and words[k - 1][:1].isupper())
        # but an ordinal opens a body's name: "4th Circuit Court of Appeals"
        ordinal = org and k == start and spans.ORDINAL.fullmatch(word) is not None
        number = number and not (ordinal and spans.numbers_body(s, e.end_token))
        junk = _PLACE_ADJECTIVE.search(word) or number or k == start and word in ("A", "An", "The")
        titled = org and k > start and word in _TITLES and nxt not in (["'s"], ["’s"])
        cut: tuple[str, int, str] | None = None  # the kind of [start, k), the next's start and kind
        if word in ("and", "or", ",") and start < k < e.end_token - 1:
            left, right = " ".join(words[start:k]), " ".join(rest)
            # names hardly hold "or" or a comma ("Mobil, Shell"), nor "and the" ("Wales Tourist
            # Board and the Welsh ... Agency"); "Urban Institute and Brookings Institution"
            both = words[e.end_token - 1] in _BODY_ENDS and _BODY_ENDS & {*words[start:k]}
            ends = words[k - 1] in _BODY_ENDS or both
            # "South Wales Police and West Mercia Police": two names with one last word
            ends = ends or k - start >= 2 and len(rest) >= 2 and words[k - 1] == rest[-1]
            ends = ends or _sibling_firm_pair(words[start:k], rest)  # "Norco Air and Norco Ground"
            ends = ends or _seated_body_then_name(words[start:k], rest)
            first = right.split(" and ")[0]  # "Green Party and Respect": a known body
            # not a department's second field: "Department of Health and Ageing"
            # ("Department of Health and Human Services": a second field of two words too)
            other = " ".join(rest)
            lone = len(rest) <= 2 and other not in names and not institutions.canonical(other)
            field = words[start] in spans.DEPARTMENT_HEADS and lone
            known = left in names or first in names or institutions.canonical(left) and not field
            known = known and not (word == "and" and _joint_place_body(left, rest))
            # "Heart, Lung, and"; a department's portfolios: "Department for Harbours, Media and"
            listed = spans.department_for(words, start)
            series = word == "," and _series(rest, ends_body and not ends or listed)
            # a name joining with "&" joins no other name with "and": "Standard & Poor's and
            # Duff & Phelps"; but "Goldman, Sachs & Co." is one partnership
            amp = word == "and" and "&" in words[start : e.end_token]
            # but a portfolio before "and the" opens a committee's name with its first field:
            # "the House Fisheries and the Coast Committee"
            the = words[k + 1] == "the" and (known or words[k - 1] not in _FIELDS)
            if word == "," and spans.partners(rest):
                continue
            if word == "," and spans.cued_partners(words, start, k, e.end_token):
                continue  # "an analyst with Tarrow, Quade in Valby": one firm
            if word == "," and kinds.state_university_campus(words, start, k, e.end_token):
                continue  # "University of Norland, Sudby": one campus's name
            if word == "and" and _person_like(words[start:k]) and _person_like(right.split()):
                cut = ("PERSON", k + 1, "PERSON")  # "Mr Brown and Tony Blair"
            elif word != "and" and not series or the or ends or known or amp:
                cut = (label, k + 2 if words[k + 1] == "the" else k + 1, label)
            elif (
                word == "and"
                and start == e.first_token
                and _paired_bodies(doc, s, words[start:k], words[k + 1 : e.end_token], start)
            ):
                cut = (label, k + 1, label)  # "rivals including Valco and Orbix"
        elif junk:
            cut = ("", k + 1, label)
        elif k > start and _legal_end(words[k - 1], word):
            cut = (label, k, label)  # "Norco Ltd. Valby" of "... Norco Ltd. Valby's shares fell"
        elif titled and not ends_body:
            # "Federal Reserve Governor ...", not "Sheriff's Office" nor "Valby Prince Jo Hospital"
            office = nxt in (["for"], ["of"])  # "US Secretary of State ..."
            # "Valby County Sheriff Jo Lind": the sheriff's county, a place
            area = _area(words[start:k])
            # "Group Managing Director of Okonta": the words before are the title's own
            own = all(w.lower() in ROLE_WORDS or w in _TITLE_LEADS for w in words[start:k])
            kind = "" if own else area or label
            cut = (kind, k, "") if office else (kind, k + 1, "PERSON")
        elif word in ("'s", "’s") and start < k < e.end_token - 1 and org and not saint:
            # Not "Queen's Speech", not "Alzheimer's Society", not "St Ann's Hospice"
            plain = all(w.istitle() and w.isalpha() and w not in _NOT_PERSON_WORDS for w in rest)
            office = words[k - 1].lower() in ROLE_WORDS or words[k - 1] in _COURT_OFFICES
            if len(rest) <= 3 and not office and plain:
                # "SK Rapid's Dietmar Kuehbauer": a full name is a person; one word may be a
                # programme ("the BBC's Newsnight"), so it is left out.
                # "'s X Division", "'s Media Labs" (a common noun opening no person's name)
                common = _noun(rest[0].lower()) and not _person_like(rest)
                body = rest[-1] in kinds.BODY_TAILS or common
                kind = "ORGANIZATION" if body else "PERSON"
                cut = (label, k + 1, kind if len(rest) > 1 else "")
        elif start < k and rest and s.tokens[k].tag in ("NN", "NNS") and _noun(word):
            if _middle_initial(words, k):
                continue  # "Halvor C. Brennet": the tagger's "c." (circa) is no common noun
            # "Norbank University security and Valby police": a common noun ends a name;
            # "Norbank star Jo Lind": a role noun, then a person's name
            cut = (label, k + 1, "PERSON" if word in ROLE_WORDS else "")
        elif word == "of" and org and _looks_like_person(words[start:k]) and _BODY_ENDS & {*rest}:
            # "Joel Naroff of First Union" ("Maxwell School of Valby University": two bodies)
            cut = ("ORGANIZATION" if words[k - 1] in kinds.BODY_TAILS else "PERSON", k + 1, label)
        if cut:
            parts.append((start, k, cut[0]))
            start, label = cut[1:]
    holder = _office_holder(words, start, e.end_token) if label == "ORGANIZATION" else None
    if holder is not None:  # "Minister for Crown Relations Tamsin Orvell"
        parts.append((start, holder, ""))
        start, label = holder, "PERSON"
    for size in (2, 3) if holder is None else ():  # "the BBC Michael Howard has...": a body,
        # then a person
        tail = e.end_token - size
        head = words[start : start + 2]  # nothing may be left after "X and the"
        office = len(head) == 2 and head[0] in _TITLES and head[1] in ("for", "of")
        person = _looks_like_person(words[tail : e.end_token])
        last = words[tail - 1] if tail > start else ""  # the body's last word
        if person and label in ("ORGANIZATION", "") and office and tail > start + 1:
            parts.append((start, tail, ""))  # "Commissioner for Transport Ingrid Holm"
        elif not (person and label == "ORGANIZATION" and last):
            continue
        elif is_initial(last):
            continue  # "T. Rowe Price": an initial opens the name, no body ends before it
        elif last.isupper() or last in _BODY_ENDS or last in kinds.BODY_TAILS:
            parts.append((start, tail, label))  # "Norbank International"
        elif last.lower() in ROLE_WORDS or tail == start + 1 and last.lower() in _PERSON_HEADS:
            # "Air Force general Lloyd Newton", "Guitarist Jo Lind" (a rarer noun alone)
            roles = (i for i in range(tail, start, -1) if words[i - 1].lower() not in ROLE_WORDS)
            parts.append((start, next(roles, start), label))
        else:
            continue
        start, label = tail, "PERSON"
        break
    parts.append((start, e.end_token, label))
    if parts == [(e.first_token, e.end_token, e.label)]:
        return [e]
    # (a trailing "'s" goes with `clean_name`)
    out = [s.entity(x, a, b) for a, b, x in parts if a < b and x and words[a][:1].isupper()]
    # "Mexico's Manuel Medina": the country is no body here
    return [p for p in out if not (p.label == "ORGANIZATION" and gazetteer.country_name(p.text))]


def _office_holder(words: list[str], start: int, end: int) -> int | None:
    """Where a name with an unknown given name begins after an office's portfolio: "Crown
    Relations Tamsin Orvell" after "Minister for" (or "Secretary for Rural Roads Tamsin
    Orvell"): the last two words, unknown as common, portfolio, body or place words, after at
    least one more."""
    if end - start < 3:
        return None  # a portfolio word and a name of two at least
    lead = (
        start + 2
        if words[start] in _TITLES and words[start + 1 : start + 2] in (["for"], ["of"])
        else start
    )
    office = (
        lead > start
        or start >= 2
        and words[start - 2] in _TITLES
        and words[start - 1] in ("for", "of")
    )
    at = end - 2 - (end - 3 > lead and is_initial(words[end - 2]))  # "Tamsin W. Orvell"
    if not office or at <= lead:
        return None
    name = [w for w in words[at:end] if not is_initial(w)]
    plain = all(w.istitle() and w.isalpha() and len(w) > 1 for w in name)
    known = any(w.lower() in COMMON or w in _UNNAMING or w.lower() in ROLE_WORDS for w in name)
    known = known or any(gazetteer.candidates(x) for x in (*name, " ".join(name)))
    # a given name a list knows is read as the other person spans are (`_split_names`)
    known = known or gazetteer.first_name(name[0]) or gazetteer.first_name(words[at - 1])
    return at if plain and not known else None


def _area(words: list[str]) -> str | None:
    """ "LOCATION" for the words before an office's title that name a county, a region or a
    town ("Valby County" of "Valby County Sheriff Jo Lind"): the place the office serves, no
    body's name."""
    known = gazetteer.candidates(" ".join(words))
    town = bool(known) and not any(x.type == "country" for x in known)
    return "LOCATION" if words[-1:] == ["County"] or town else None


def _middle_initial(words: list[str], k: int) -> bool:
    """ "Jo K. Lind", "Halvor C. Brennet & Co.": a capital letter with its full stop between two
    capitalised words is an initial inside the name, whatever the tagger calls it."""
    around = words[k - 1 : k] + words[k + 1 : k + 2]
    return is_initial(words[k]) and len(around) == 2 and all(w[:1].isupper() for w in around)


def _series(rest: list[str], body: bool) -> bool:
    """Fields listed with commas up to the "and" before a body's head (`body`): the words
    after a comma in "Valby Heart, Lung, and Blood Institute", "Control, Ethics and Board"."""
    i = 0
    while body and i + 1 < len(rest) and rest[i][:1].isupper() and rest[i + 1] == ",":
        i += 2  # "Lung,"
    i += i + 1 < len(rest) and rest[i][:1].isupper() and rest[i + 1] == "and"
    return body and rest[i : i + 1] == ["and"]


def _legal_end(word: str, nxt: str) -> bool:
    """A legal form with its full stop ends a firm's name: a capitalised word after it opens
    the next sentence, which the tagger ran on ("Ltd. Valby's"), unless another legal form
    ("Co. Ltd.")."""
    legal = word in kinds.COMPANY_ENDS and word.endswith(".")
    return legal and nxt[:1].isupper() and nxt not in _BODY_ENDS


def _cut_label(s: Sentence, e: Entity) -> Entity:
    """A team sheet run together: "Ann Lind Strikers: Jo Park" holds the next heading; a
    preposition opening the sentence is no part of a name ("To Jo Lind, a nurse, ...")."""
    if e.first_token == 0 < e.end_token - 1 and s.tokens[0].tag in ("IN", "TO"):
        e = s.entity(e.label, 1, e.end_token)
    # a caption run into the next sentence: "... against Valby Also on Saturday"
    tag = s.tokens[e.end_token - 1].tag
    if e.label == "PERSON" and e.end_token - e.first_token > 1 and tag in ("RB", "CC", "DT"):
        e = s.entity(e.label, e.first_token, e.end_token - 1)
    last, k = s.tokens[e.end_token - 1].text, e.end_token
    label = last.istitle() and _singular(last) in ROLE_NEAR_NAMES and k - e.first_token > 1
    if label and [t.text for t in s.tokens[k : k + 1]] == [":"]:
        return s.entity(e.label, e.first_token, k - 1)
    return e


def _noun(word: str) -> bool:
    """A role noun or a word the tagger knows as a common noun ("security", not "della")."""
    return word in ROLE_WORDS or resources.pos_tagger().tagdict.get(word, "")[:2] == "NN"


def _person_like(words: list[str]) -> bool:
    """ "Mr Brown", "Lord Falconer", "Tony Blair": a courtesy title and a name, or a first
    name and a surname."""
    titled = len(words) in (2, 3) and words[0] in PERSON_TITLES and words[1][:1].isupper()
    return titled or _looks_like_person(words)


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")  # "W" or "W." of "Tom W. Vale", compiled once


def _looks_like_person(words: list[str]) -> bool:
    """ "Joel Naroff": a first name and one or two more capitalised words, no body word; the
    middle one may be an initial ("Tom W Vale", "Tom W. Vale")."""
    initial = len(words) == 3 and _MIDDLE_INITIAL.fullmatch(words[1])
    named = [w for i, w in enumerate(words) if not (initial and i == 1)]
    cased = all(w[:1].isupper() and w[1:].islower() and w not in _BODY_ENDS for w in named)
    return 2 <= len(words) <= 3 and cased and gazetteer.first_name(words[0])


_SMALL = lexicons.words("title_small_words")
# A word of a heading, compiled once: every sentence is read for a heading.
_HEADING_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _headline(text: str, lower: frozenset[str] | set[str]) -> bool:
    """A headline in capitals ("MARLINS BEAT REDS") or title case ("Lind Was Headed to
    Court", most words written in lower case elsewhere), not a table's line."""
    # the words read only up to one in lower case (most sentences: no headline, none to count)
    found = (m[0] for m in _HEADING_WORD.finditer(text))
    if not text.isupper() and not all(w[0].isupper() for w in found if w.lower() not in _SMALL):
        return False
    words = [w for w in _HEADING_WORD.findall(text) if w.lower() not in _SMALL]
    common = sum(w.lower() in lower or w.lower() in COMMON for w in words) * 2 > len(words) > 1
    titled = common and all(w[0].isupper() for w in words)
    return (text.isupper() or titled) and not any(c.isdigit() for c in text)


def _unheaded(text: str, lower: frozenset[str] | set[str]) -> str:
    """A sentence with its headline blanked: all of it, a heading in title case run in
    before a colon ("The Wait Goes On: Then it was ..."), or a heading in capitals run in
    before a dash ("HER OWN BOARD WANTS HER OUT — The chair of ...")."""
    head = text.split(":")[0]
    run_in = head != text and not head.isupper() and _headline(head, lower)  # not "PENCE:"
    if not run_in:
        head = _DASH.split(text)[0]
        run_in = head != text and _capitals_heading(head, lower)
    return "" if _headline(text, lower) else " " * len(head) + text[len(head) :] if run_in else text


def _capitals_heading(head: str, lower: frozenset[str] | set[str]) -> bool:
    """Words in capitals before a dash that read as a clause, not a dateline ("VALBY (AP) —"):
    four words or more, most of them words written in lower case elsewhere."""
    words = [w for w in _HEADING_WORD.findall(head) if w.lower() not in _SMALL]
    common = sum(w.lower() in lower or w.lower() in COMMON for w in words) * 2 > len(words)
    return head.isupper() and len(head.split()) >= 4 and common and "(" not in head


def _in_capitals_only(doc: Doc, e: Entity, texts: list[str]) -> bool:
    """A name found only in a headline: the tagger cannot read capitals, so the name counts
    only when the story repeats it, in title case as a whole name ("Mental Issues", not
    "mental issues" nor "Mental Issues Board")."""
    at = e.start - doc.sentences[e.sentence].start
    if _runs_out_of_heading(texts[e.sentence], at, e.text):
        return True  # "… WITH HIM — Jo": a heading's words run into the story's
    if texts[e.sentence][at : at + len(e.text)].strip():
        return False  # not blanked as a headline's: no pattern to build (most names)
    name = re.compile(rf"(?<!\w){re.escape(e.text)}(?!\w|\s(?-i:[A-Z]))", re.I)
    return not any(m[0][0].isupper() or e.text.isupper() for x in texts for m in name.finditer(x))


def _runs_out_of_heading(unheaded: str, at: int, name: str) -> bool:
    """A name that opens in a blanked heading and ends in the story after it."""
    seen = unheaded[at : at + len(name)]
    return bool(seen) and not seen[0].strip() and bool(seen.strip()) and seen[-1] == name[-1]


_EDITOR_BRACKETS = re.compile(r"[][{}]")  # compiled once, not per name


def extract_actors(doc: Doc, kinds: Kinds | None = None, captions: str = "") -> tuple[Actor, ...]:
    """One row per real-world person or organisation, ranked by salience.

    `kinds` is `classify(doc)` when the caller has it already (places read it too);
    `captions`, the photo captions cut from the text, may give a person's role ("Valby
    midfielder Jo Lind is set to sign"): only the role of one person the story names."""
    kinds = kinds or classify(doc)
    people: list[_Row] = []
    orgs: dict[str, _Row] = {}
    tagged = list(kinds.entities)
    names = {clean_name(e.text) for e in tagged}
    lower_words = words.lower_case_words(doc.text)
    texts = [_unheaded(x.text, lower_words) for x in doc.sentences]
    found = [*tagged, *_place_cued_out(doc, tagged, _cued_organisations(doc, tagged))]
    found = [e for e in found if e.label == "LOCATION" or not _in_capitals_only(doc, e, texts)]
    found = [_cut_label(doc.sentences[e.sentence], e) for e in found]
    split = (_split_names(doc, e, names) if e.label == "ORGANIZATION" else [e] for e in found)
    entities = sorted((part for parts in split for part in parts), key=lambda e: e.start)
    stripped = [_strip_titles(clean_name(e.text)).split() for e in entities if e.label == "PERSON"]
    surnames = {_surname(name) for name in stripped if len(name) > 1}
    full = {_surname(n) for n in stripped if len(n) > 1 and n[0].lower() not in _POSITIONS}
    glued = _glued_leads(entities, stripped, doc.text)
    inside = {e.text for e in entities if e.label == "PERSON" and e.first_token > 0}
    named = {w for name in stripped for w in name}  # every word of a person's name
    bodies = {clean_name(e.text) for e in tagged if e.label == "ORGANIZATION"}
    quoted = quoted_stretches(doc.text)
    person_starts = [e.start for e in entities if e.label == "PERSON"]
    outlet = _dateline_outlet(doc.text)  # read once for the story, not once per mention
    for e in (x for x in entities if x.label != "LOCATION"):
        s = doc.sentences[e.sentence]
        text = clean_name(_EDITOR_BRACKETS.sub("", e.text))  # "[Jo] Lind", an editor's insertion
        if e.label == "PERSON":  # "Jo — USA": no name runs across a dash
            text = _DASH.split(text)[0].strip() or text
        titled = len(text.split())
        # not "Foreign Office" -> "Office", nor "General Motors" -> "Motors" (no one's surname)
        bare = _strip_titles(text)
        lone = " " not in bare and bare.istitle() and bare.lower() not in ROLE_WORDS
        lone = lone and bare not in surnames and not institutions.canonical(bare)
        if e.label == "PERSON" or not (
            _body_name(text) or lone or _body_head_before_of(text, bare)
        ):
            text = bare
        if e.label == "PERSON":
            text = _position_lead(text, full)
            text = glued.get(run := _run_in(text), run)
            if " " in text and _spouse(f"{word_before(doc, e)} {text.split()[0]}"):
                text = text.split(" ", 1)[1]  # "First Lady Ann Lind": the title's second word
        # The name's first token: after "the" and the titles stripped ("Mayor Ann Lind").
        name_start = e.first_token + e.text.lower().startswith("the ") + titled - len(text.split())
        if _junk(doc, e, text, lower_words, inside) or _outlet_credit(doc, e):
            continue
        if e.label == "PERSON" and _firm_partner(doc, e):
            continue
        # "Ward 7", "Gate 4": one word and its number name a room or a gate, not a person
        # (not sports copy's "Lind 45" or "(Lind 70)", a goal's or a substitute's minute, nor
        # a surname the story gives in full)
        numbered = " " not in text and text not in surnames and not kinds.sports
        numbered = numbered and word_before(doc, e) != "("
        if e.label == "PERSON" and numbered and word_after(doc, e).isdigit():
            continue
        known = institutions.named_at(s, name_start, text)
        surname = len(text.split()) == 1 and text in surnames
        # "Prince of Wales", "Duke of Edinburgh": a title that designates one person, not in
        # sports copy ("Queen of the South" FC)
        title, of, place = (text.split(" ", 2) + ["", ""])[:3]
        royal = title in _ROYAL and of == "of" and gazetteer.candidates(place) and not kinds.sports
        after = word_after(doc, e).lower()
        # "X group", "National Front for Liberation"; not "the Lind group" of Ann Lind's backers
        body = after in words.ORG_CUES and not surname
        body |= not words.ORG_WORDS.isdisjoint(text.split())
        body |= national_body(text.split()) or "&" in text.split()  # "Vale Brown & Lind"
        body |= text == outlet  # "polled by Nordwire" of "(Nordwire) -"
        body |= kinds.sports and _team_after_plural_role(s, name_start, text)
        person = e.label == "PERSON" or surname or royal or _owned_speaker(s, e, text)
        person |= e.label == "ORGANIZATION" and _ranked_name(s, name_start, text)
        if person and not known and not body:
            role, affiliation = _role_before(s, name_start, e.end_token, bodies)
            mention = _body_in_role(doc, s, name_start, role, affiliation, named, bodies)
            sex = _mention_sex(s, e, text)
            text = _husbands_name(s, e, text)
            if _wife_of(people, text, sex):
                continue
            # the pronoun after a mention decides only between holders of a bare surname
            said = _pronoun_of(doc, e, person_starts) if " " not in text else None
            row = _person_row(people, text, role, sex, said)
            row.add_role(
                role
                or _list_label(s, name_start)
                or _listed_under(s, name_start)
                or _label_line(s, name_start, e.end_token)
                or _among_the_label(s, e.end_token)
            )
            role, owner = _role_after(s, e)
            role = None if role and _role_said_in_quote(s, quoted, e, role) else role
            owner = owner if role else None
            row.add_role(None if _next_persons_title(role, e, entities) else role)
            row.add_role(_sheet_captain_role(s, e.end_token))
            row.affiliation = row.affiliation or affiliation or owner
            if mention:  # "NYPD Commissioner Jo Park": the NYPD is listed too
                body_name = doc.text[mention.start : mention.end]
                key = institutions.canonical(body_name) or body_name
                orgs.setdefault(key.lower(), _Row(key, "organization")).add(body_name, mention)
        else:
            town = None if known else _town_state_lead(s, e, text)
            if town is not None:  # "the Marlow, Vermont, Police Department": Marlow's
                text = f"{town[0]} {text}"
                e = s.entity(e.label, town[1], e.end_token)
            # One row per party or institution whatever form names it ("Tories", "Tory").
            row = orgs.setdefault((known or text).lower(), _Row(known or text, "organization"))
            row.aliases |= _uncoded(text)
        row.add(text, Evidence(e.sentence, e.start, e.end))
    if not kinds.sports:  # "Australia beat Pakistan": a team, not the state
        _add_states(doc, tagged, orgs, surnames)
    _merge_aliased_bodies(doc.text, orgs)
    _merge_bracketed_acronyms(doc.text, orgs)
    _merge_short_forms(orgs, doc)
    _merge_team_nicknames(orgs)
    _club_towns(people, orgs)
    _merge_transposed(orgs)
    _body_last_word_mentions(doc, people, orgs)
    _whole_affiliations(people, orgs)
    _merge_renamed(doc.text, people)
    _merge_short_names(people, doc.text)
    _regnal_titled_names(doc.text, people)
    for row, firm in [(r, _partners_firm(r, orgs)) for r in people]:
        if firm:  # "Lind" of "Lind & Vale", whatever role a writer gives the firm
            firm.absorb(row, whole=False)
            people.remove(row)
    for row in [r for r in people if not r.roles]:
        # "the Bergs": the family's "Berg group"; a body found as often as a person or more
        plural = row.name[-1:] == "s" and " " not in row.name
        family = orgs.get(row.name[:-1].lower()) if plural else None
        twin = orgs.get(row.name.lower())
        twin = twin if twin and len(twin.evidence) >= len(row.evidence) else None
        if firm := family or twin:
            firm.absorb(row, whole=False)
            people.remove(row)
        elif _a_people(row, doc.text) or row.name in _FAMILY_ADDRESS:
            people.remove(row)  # "Nan's records" in a quote: a family's word, no one named
    _persons_read_as_bodies(people, orgs)
    _possessive_firms_read_as_persons(doc, people, orgs)
    _branch_places_read_as_persons(doc.text, people, orgs)
    _sheet_players_read_as_bodies(people, orgs)
    _firm_short_persons(people, orgs)
    if not kinds.sports:
        _product_names_read_as_persons(doc.text, people)
        _product_names_read_as_bodies(doc.text, orgs)
        _treasury_debt_read_as_bodies(doc.text, orgs)
    _described_later(doc, people)
    _titled_appositions(doc, people, untagged.tokens_of(entities))
    _player_posts(doc.text, people)
    _appositive_titles_read_as_bodies(doc.text, people, orgs)
    _school_leads_read_as_persons(people, orgs)
    for a in extract_actors(analyse(captions)) if captions.strip() else ():
        same = [r for r in people if _same_person(r.name.split(), a.name.split())]
        # "Emma Hartley" of a caption is not the "Mr Hartley" of the story: sexes must agree
        same = [r for r in same if not _other_sex_in_heading(r, a.name)]
        for role in a.roles if a.type == "person" and len(same) == 1 else ():
            if role.lower() not in {r.lower() for r in same[0].roles}:  # "Reality star" opening
                same[0].add_role(role)
        if a.type == "person" and len(same) == 1:
            _full_name_from_heading(same[0], a.name)
    rows = people + list(orgs.values())
    return tuple(sorted((_actor(r) for r in rows), key=lambda a: _salience(doc, a), reverse=True))


def _other_sex_in_heading(row: _Row, name: str) -> bool:
    """Whether the headline's or a caption's full name states the other sex than the story's
    row ("Mrs Park" in the story, "Tom Park" over it): a relative, not the same person."""
    sex = name_gender(name) if " " in name else None
    return bool(row.sex and sex and sex != row.sex)


def _appositive_titles_read_as_bodies(text: str, people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Jo Park, Norland Trade Representative, said": an office the tagger read as a body,
    named only after a comma as a listed person's role, is that person's title, not a body
    (a body's row with no role whose name is a person's role and each of whose mentions
    follows a comma)."""
    roles = {role for row in people for role in row.roles}
    for key, body in list(orgs.items()):
        if body.type != "organization" or body.name not in roles or not body.evidence:
            continue
        if all(text[max(e.start - 2, 0) : e.start] == ", " for e in body.evidence):
            del orgs[key]


def _school_leads_read_as_persons(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Valby" beside "Valby School of Law": a person's row of one word, with no role, title
    or other form, no word of another person's name, that opens one body's name holding a
    school word (body_noun_kinds.txt, "school") is the university the school belongs to, a
    body of its own (the multi-source guideline lists a university and its named school apart)."""
    named = {w for row in people if " " in row.name for w in row.name.split()}
    for row in list(people):
        if " " in row.name or row.roles or row.sex or row.aliases or row.name in named:
            continue  # (not "Ana" of "Ana Lind")
        schools = [
            b
            for b in orgs.values()
            if b.name.startswith(row.name + " ")
            and not _SCHOOL_WORDS.isdisjoint(b.name.partition(" of ")[0].split()[1:])
        ]
        if len(schools) == 1 and row.name.lower() not in orgs:
            people.remove(row)
            body = _Row(row.name, "organization")
            body.absorb(row, whole=False)
            body.aliases.discard(row.name)
            orgs[row.name.lower()] = body


_SCHOOL_WORDS = lexicons.groups("body_noun_kinds")["school"]


def _full_name_from_heading(row: _Row, name: str) -> None:
    """A person the story names by surname alone whom the headline or a caption names in
    full ("Tributes paid to former MP Jo Park" over "Park died on Friday"): the full name."""
    words = name.split()
    surname = " " not in row.name and len(words) == 2 and words[1] == row.name
    if surname and gazetteer.first_name(words[0]):
        row.aliases.add(row.name)
        row.name = name


_DASH = re.compile(r"\s(?:—|–|--)\s")

_LISTED_BODIES = lexicons.words("org_names") | lexicons.words("known_bodies")


def _branch_places_read_as_persons(text: str, people: list[_Row], orgs: dict[str, _Row]) -> None:
    """A one-word "person" written only right after a body's name that opens a sentence
    ("Age Concern Penwick said"): the town of the body's branch, part of its name, no one.
    Not a person with a role, a title or a sex a mention states, nor one after a body named
    mid-sentence, where a caption may run into the text ("an interview with Valby News Ana,")."""
    names = [r.name for r in orgs.values() if r.type == "organization"]

    def opens_after_body(start: int) -> bool:
        # read back from the mention (no copy of the text before it: mentions are many)
        end = start
        while end and text[end - 1] == " ":
            end -= 1
        for n in names:
            if end < len(n) or not text.startswith(n, end - len(n)):
                continue
            k = end - len(n)
            while k and text[k - 1].isspace():
                k -= 1
            if k == 0 or text[k - 1] in ".!?":
                return True
        return False

    for row in [r for r in people if " " not in r.name and not (r.roles or r.sex)]:
        if row.evidence and all(opens_after_body(e.start) for e in row.evidence):
            people.remove(row)


def _persons_read_as_bodies(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Jesus", or "Ana" of "Ana Lind", tagged once as a body beside the person's own row:
    a body's row of one word that one listed person is named, when the person's row names it
    twice as often and has a role, a title or a given name ("Mr. Bush"), or the given name of
    one person's full name, named once, is that person's mention (the rows left after a body
    took its twins in; "the Herald", a paper the tagger read as both, keeps its row); not a
    body the lists of bodies know ("Ford")."""
    named: dict[str, list[_Row]] = {}
    for row in people:
        words = row.name.split()
        for form in {row.name, *row.aliases, *words[:1] * (len(words) > 1)}:
            named.setdefault(form, []).append(row)
    for key, body in list(orgs.items()):
        same = named.get(body.name, [])
        listed = body.name in _LISTED_BODIES or " " in body.name
        if len(same) != 1 or listed or body.roles:
            continue
        given = body.name != same[0].name and body.name not in same[0].aliases
        # a one-word twin: a person's row with a role, a title or a given name ("Mr. Bush")
        often = len(same[0].evidence) >= 2 * len(body.evidence)
        if len(body.evidence) == 1 if given else often and bool(same[0].sex or same[0].roles):
            same[0].absorb(body, whole=False)
            del orgs[key]


def _possessive_firms_read_as_persons(doc: Doc, people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Valmont's sold the painting": a name of one word whose every mention is written with
    "'s" right before a verb in the past tense names a firm by its founder's possessive (an
    auction house, a magazine), not a person; not a row with a role, a title or a given name."""
    for row in [r for r in people if " " not in r.name and not (r.roles or r.sex or r.aliases)]:
        if all(_possessive_before_verb(doc, e) for e in row.evidence):
            people.remove(row)
            orgs.setdefault(row.name.lower(), _Row(row.name, "organization")).absorb(row)


def _possessive_before_verb(doc: Doc, e: Evidence) -> bool:
    """Whether the mention `e` is followed by "'s" and a verb in the past tense."""
    tokens = doc.sentences[e.sentence].tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= e.end), len(tokens))
    after = tokens[k : k + 2]
    return len(after) == 2 and after[0].text in POSSESSIVE_MARKS and after[1].tag == "VBD"


def _sheet_players_read_as_bodies(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Jo Park" tagged as a body in the report beside "J Park" on the team sheet: a body's
    row of capitalised words, with no role, whose name one person's sheet form alone prints
    with initials (`_sheet_initials_of`) is that player, named in full."""
    for key, body in list(orgs.items()):
        words = body.name.split()
        if body.roles or not 1 < len(words) < 4 or not all(w[:1].isupper() for w in words):
            continue
        same = [r for r in people if _sheet_initials_of(words, r.name.split())]
        if len(same) == 1:
            row = same[0]
            row.absorb(body, whole=False)
            row.name, row.aliases = body.name, (row.aliases | {row.name}) - {body.name}
            del orgs[key]


def _firm_short_persons(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """A person's row of one word, with no role, title, given name or other form, that is
    the short form of one body is that body's, as business copy writes a firm after its
    first mention: first the last word of one body's name of several words, its legal form
    left out ("Edison" beside "Commonwealth Edison Co.": "ordered Edison to pay"); then the
    first word of one body of two words whose last is a firm's trade ("Quillmere said" beside
    "Quillmere Films": no person's name ends in the trade)."""
    ends = _bodies_by_end_word(orgs.values(), _bare)
    heads: dict[str, list[_Row]] = {}
    for body in orgs.values():
        parts = body.name.split()
        if len(parts) == 2 and parts[1] in FIRM_TRADES:
            heads.setdefault(parts[0], []).append(body)
    for forms in ({w: [b for b in bs if " " in _bare(b.name)] for w, bs in ends.items()}, heads):
        for row in list(people):
            if " " in row.name or row.roles or row.sex or row.aliases:
                continue
            if len(forms.get(row.name, [])) == 1 and not gazetteer.first_name(row.name):
                forms[row.name][0].absorb(row, whole=False)
                people.remove(row)


_TECHNOLOGY_NOUNS = lexicons.groups("technology_nouns")


def _product_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """One-word names right before one of `nouns`, or two coordinated ("a Valmac or Norbox
    version"), not after a possessive."""
    name = r"(?<![\w'’-])([A-Z][\w-]*)"
    return re.compile(rf"{name}(?: (?:and|or) ([A-Z][\w-]*))? (?:{'|'.join(nouns)})\b")


# A one-word name right before a noun of programs, viruses, networks or devices ("the Norvex
# program", "a Valmac version"): a thing the guideline leaves out, never a person's name;
# before a noun of programs and viruses ("the Zibble virus"), no body's either.
_PRODUCT_NAMED = _product_pattern(_TECHNOLOGY_NOUNS["product"])
_THING_NAMED = _product_pattern(_TECHNOLOGY_NOUNS["thing"])


def _names_before(pattern: re.Pattern[str], text: str) -> set[str]:
    """The names `pattern` finds, both of a coordinated pair."""
    pairs = (m.groups() for m in matches_in(pattern, text))
    return {name for pair in pairs for name in pair if name}


def _product_names_read_as_persons(text: str, people: list[_Row]) -> None:
    """Drops a person's row with no role that names a product: one word with no title that
    the text writes right before a product noun ("the Zibble worm", "Quorbit file-sharing
    systems": technology copy names programs, networks and viruses like people, and nobody
    writes a person's surname so), or a name in a list of brands ("such core brands as
    Valflakes, Norpuffs and Oatrings", which the tagger may read as a name, a first word
    like a given name too: "Rice Puffs")."""
    products = _names_before(_PRODUCT_NAMED, text)
    listed = brands.listed_brand_names(text)
    for row in [r for r in people if not r.roles]:
        if row.name in listed or (row.name in products and not row.sex):
            people.remove(row)


def _product_names_read_as_bodies(text: str, orgs: dict[str, _Row]) -> None:
    """Drops a body's row of one word that the text writes right before a noun of programs
    and viruses ("the Zibble virus", "a Valmac or Norbox version") and never with a
    possessive: a program the tagger read as its maker; not a body the lists or the
    institutions know, nor one in capitals ("the UN version")."""
    things = _names_before(_THING_NAMED, text)
    for key, row in list(orgs.items()):
        if row.name not in things or row.name in _LISTED_BODIES or row.roles:
            continue
        if row.name.isupper() or institutions.canonical(row.name):
            continue
        if not re.search(rf"\b{re.escape(row.name)}['’]s\b", text):
            del orgs[key]


_DEBT_NOUNS = lexicons.words("government_debt_nouns")  # "bills", "bond", "securities"


def _treasury_debt_read_as_bodies(text: str, orgs: dict[str, _Row]) -> None:
    """Drops a treasury's row when every mention is right before a noun of its debt ("yields
    on six-month Treasury bills"): market copy names the debt, not the department."""
    for key, row in list(orgs.items()):
        if row.name.split()[-1] != "Treasury" or row.roles:
            continue
        after = (text[e.end :].split(maxsplit=1)[:1] for e in row.evidence)
        if all(a and a[0].lower() in _DEBT_NOUNS for a in after):
            del orgs[key]


_SERVICE_WORDS = spans.SERVICE_WORDS


def _town_state_lead(s: Sentence, e: Entity, text: str) -> tuple[str, int] | None:
    """ "the Marlow, Vermont, Police Department": a body named by service words alone
    (`_SERVICE_WORDS`) right after a town, a comma, a US state and a comma is the town's
    (US copy's way to say which town); the town's name and its first token, else None."""
    k = e.first_token
    names = [w[:-2] if w.endswith(("'s", "’s")) else w for w in text.split()]
    if k < 4 or not all(w in _SERVICE_WORDS for w in names) or s.tokens[k - 1].text != ",":
        return None
    for size in (1, 2):  # "Ohio", "New Mexico"
        comma = k - 1 - size
        state = " ".join(t.text for t in s.tokens[comma + 1 : k - 1])
        us = state in gazetteer.US_STATE_ABBREVIATIONS
        us = us or any(map(gazetteer.us_state, gazetteer.candidates(state)))
        if comma >= 1 and us and s.tokens[comma].text == ",":
            first = comma
            while first > 0 and comma - first < 3 and _town_word(s.tokens[first - 1]):
                first -= 1
            if first < comma:
                return " ".join(t.text for t in s.tokens[first:comma]), first
    return None


def _town_word(t: Token) -> bool:
    """A capitalised word of a town's name, not "The" opening a sentence."""
    return t.text.istitle() and t.tag != "DT"


def _firm_partner(doc: Doc, e: Entity) -> bool:
    """A name joined by "&" to another ("Lind & Vale", "Lind & Vale Partners"): partners'
    names in a firm's, never a person's row (people are joined by "and")."""
    tokens = doc.sentences[e.sentence].tokens
    before = e.first_token > 1 and tokens[e.first_token - 1].text == "&"
    before = before and tokens[e.first_token - 2].text[:1].isupper()
    after = e.end_token + 1 < len(tokens) and tokens[e.end_token].text == "&"
    after = after and tokens[e.end_token + 1].text[:1].isupper()
    return before or after


def _partners_firm(row: _Row, orgs: dict[str, _Row]) -> _Row | None:
    """The firm a lone surname opens before "&" ("Lind" of "Lind & Vale"): its short name."""
    lead = f"{row.name.lower()} & " if " " not in row.name else None
    return next((o for key, o in orgs.items() if lead and key.startswith(lead)), None)


def _next_persons_title(role: str | None, e: Entity, entities: list[Entity]) -> bool:
    """ "a rout of Tom Vale, GOP Gov. Ola Marten of Norland appeared": what follows the comma
    is the next person's title and name, a new subject, not the first person's role."""
    later = (x for x in entities if x.sentence == e.sentence and x.start > e.end)
    named = (clean_name(x.text) for x in later if x.label == "PERSON")
    return bool(role) and any(str(role).endswith(f" {name}") for name in named)


def _a_people(row: _Row, text: str) -> bool:
    """A one-word name the article also counts in the plural ("moderate Hutus", "500 Kurds")
    names a people or a group's members, not a person; not a family ("the Bergs", "their
    Linds": after "the", "both" or a possessive)."""
    if " " in row.name or row.sex or not row.name.isalpha():
        return False
    # the word before starts at a space (never inside a word), so one endless word is read
    # once, not from each of its letters
    plural = rf"(?<!\S)(\S+)\s+{re.escape(row.name)}(?:s|es)\b"
    return any(_counted(m.group(1)) for m in re.finditer(plural, text))


def _counted(word: str) -> bool:
    """A word that counts or qualifies a plural noun, not "the", "both" or a possessive."""
    word = word.strip("(\"“‘'")
    plain = word.isalpha() and word.islower() and word not in _FAMILY_LEADS
    return plain or word.replace(",", "").isdigit()


def _opening_mark(tokens: tuple[Token, ...]) -> int:
    """1 when a quotation mark opens the sentence (its words start after it), else 0."""
    return int(bool(tokens) and tokens[0].tag in ("``", "''"))


def _described_later(doc: Doc, people: list[_Row]) -> None:
    """A role the story gives a person later, as the subject of a sentence: "Jo
    Lind signed in May. The Valby midfielder scored twice" -> "midfielder" (affiliation
    "Valby"): the person opening the story and the nearest earlier sentence that names
    anyone (a description elsewhere may set another person apart: "the rival candidate")."""
    opening = {e.start: r for r in people for e in r.evidence}
    named = {e.sentence for r in people for e in r.evidence}
    lead = opening.get(_subject_start(doc.sentences[0].tokens)) if doc.sentences else None
    for s in doc.sentences:
        w = s.tokens
        o = _opening_mark(w)
        if [t.text for t in w[o : o + 1]] != ["The"]:
            continue  # most sentences: no "The" opening them, no verbs to read
        # the verb, or a verb read as a plural after the role ("the midfielder poses with")
        verb = [t.tag[:2] in ("VB", "MD") or t.tag == "NNS" and t.text[-1] == "s" for t in w]
        v = next((i for i in range(o + 2, len(w)) if verb[i]), 0)
        # names after the verb are others: "The Valby midfielder has chosen Jo Park"
        if not (v and w[o].text == "The" and v - o <= 5):
            continue
        head = w[v - 1].text.lower()
        run = all(t.tag[:2] in ("JJ", "NN", "CD") for t in w[o + 1 : v])
        # "The Prime Minister said": a capitalised title too
        noun = w[v - 1].tag == "NN" or w[v - 1].tag == "NNP" and _role_word(head)
        if not (run and (_role_word(head) or head in _PERSON_HEADS) and noun):
            continue
        earlier = (i for i in range(s.index - 1, max(s.index - 4, -1), -1) if i in named)
        i = next(earlier, None)
        row = opening.get(_subject_start(doc.sentences[i].tokens)) if i is not None else None
        if row and row is lead and not row.roles:
            role, affiliation = _role_before(s, v, v)
            row.add_role(role)
            row.affiliation = row.affiliation or affiliation


def _subject_start(tokens: tuple[Token, ...]) -> int:
    """Where a sentence's opening name starts, past its owner: "Valby's Jo Park scored"."""
    owned = len(tokens) > 2 and tokens[0].tag == "NNP" and tokens[1].tag == "POS"
    return tokens[2 * owned].start


def _titled_appositions(doc: Doc, people: list[_Row], tagged: set[tuple[int, int]]) -> None:
    """The role of an apposition after a courtesy title and a surname the tagger missed ("Ms
    Lind, an interfaith minister,"), for the one person named in full with that surname."""
    named = [r.name.split()[-1] for r in people if " " in r.name]
    rows = {r.name.split()[-1]: r for r in people if " " in r.name}
    rows = {surname: r for surname, r in rows.items() if named.count(surname) == 1}
    for s in doc.sentences:
        for k, t in enumerate(s.tokens[:-2], 1):
            row = rows.get(s.tokens[k].text) if t.text.rstrip(".") in _HONORIFICS else None
            if row and (s.index, k) not in tagged and s.tokens[k + 1].text == ",":
                row.add_role(_role_after(s, s.entity("PERSON", k, k + 1))[0])


@lru_cache(maxsize=4096)  # asked of each person's mention: most repeat a name
def _run_in(text: str) -> str:
    """A person's name without a role and its owner run into it: "Valby wideman Lind"; not a
    particle of the name that ends as an agent noun does ("der" of "Jan van der Berg")."""
    words = text.split()
    agent = [bool(_AGENT.search(w)) and w not in spans.INNER_PARTICLES for w in words[:-1]]
    role = [w.islower() and (_role_word(w) or a) for w, a in zip(words[:-1], agent, strict=True)]
    cut = [i for i, r in enumerate(role) if r]
    return " ".join(words[cut[-1] + 1 :] if cut else words)


def _glued_leads(entities: list[Entity], people: list[list[str]], text: str) -> dict[str, str]:
    """Person names with a caption's last words run into them ("... beat Valby Lind rolls on
    the grass" beside Ann Lind) -> their surname: a lead that is no given name but a place, or
    a name the article tags as another kind or writes after "the" ("ahead of the Tarsk Cup
    Lind smiles" beside "won the Tarsk Cup": an event's, no given name), before a surname
    another person is named by in full. `people`:
    the words of the persons' names, titles stripped (the caller has them)."""
    others = {clean_name(e.text) for e in entities if e.label != "PERSON"}
    given: dict[str, set[str]] = {}  # surname -> the given names it follows
    for name in (n for n in people if len(n) > 1 and gazetteer.first_name(n[0])):
        given.setdefault(name[-1], set()).add(name[0])
    out = {}
    for name in (n for n in people if len(n) > 1 and given.get(n[-1], set()) - {n[0]}):
        lead = " ".join(name[:-1])
        # a lead the article tags as a place or body elsewhere, even one that is a given name
        # too ("Valencia": the club beside its coach Luis Enrique)
        # nor one that opens with a given name ("the Hans Christian Anderson School")
        given_lead = gazetteer.first_name(name[0])
        placed = not given_lead and gazetteer.candidates(lead)
        if lead in others or placed or not given_lead and _named_after_the(lead, name[-1], text):
            out[" ".join(name)] = name[-1]
    return out


def _named_after_the(lead: str, surname: str, text: str) -> bool:
    """The lead of a glued name is written after a lower-case "the" elsewhere, not run into
    the surname ("won the Tarsk Cup." beside "the Tarsk Cup Lind smiles"): a thing's name."""
    ends = (at + len(lead) + 5 for at in words.starts_of(text, f" the {lead}"))
    return any(
        not text[e : e + 1].isalnum() and not text.startswith(f" {surname}", e) for e in ends
    )


_FUNCTION_TAGS = frozenset({"PRP", "PRP$", "DT", "WP$"})  # "Our", "Its", "This", "Whose"


def _cued_organisations(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Proper-noun runs the tagger missed right before an organisation cue ("X group"),
    with the cue when it is capitalised and so part of the name ("X Alliance")."""
    tagged = untagged.tokens_of(entities)
    places = untagged.tokens_of([e for e in entities if e.label == "LOCATION"])
    people = untagged.tokens_of([e for e in entities if e.label == "PERSON"])
    found = []
    for s in doc.sentences:
        w = [t.text for t in s.tokens]
        cues = [k for k, x in enumerate(w) if k and x.lower() in words.ORG_CUES]
        if not cues:
            continue  # most sentences: no cue, no words of names to read
        # Words a name may hold: capitalised ones and links ("Hayat Tahrir al-Sham")
        part = [x[:1].isupper() or x.split("-")[0].lower() in _NAME_LINKS for x in w]
        for k in cues:
            cue = w[k]
            if (s.index, k - 1) in tagged:
                continue
            if w[k - 1] in kinds.BROADCAST_MEDIA and (s.index, k - 2) in places:
                continue  # "US TV network Norcast": a place and a medium, no body
            j = next((i for i in range(k, 0, -1) if not part[i - 1]), 0)
            # not back over "of" into a person's name ("Dr Jo Lind of University of Valby")
            after = (i + 1 for i in range(j, k) if w[i] == "of" and (s.index, i - 1) in people)
            j = max(after, default=j)
            j = next((i for i in range(j, k) if w[i][:1].isupper()), k)
            j += j < k - 1 and w[j].lower() in kinds.QUANTIFIERS  # "Another Valco unit"
            if " ".join(w[j:k]) in kinds.NOT_NAMES:
                continue  # "an OTC bank": capitals of a kind of market, no body
            if all(s.tokens[i].tag in _FUNCTION_TAGS for i in range(j, k)):
                continue  # '"Our company has ...': a pronoun opening a quotation, no name
            if j < k and not (j == 0 and k - j == 1):
                # with the cue when it is capitalised: "Making Decisions Alliance"
                found.append(s.entity("ORGANIZATION", j, k + cue[:1].isupper()))
    return found


def _place_cued_out(doc: Doc, tagged: list[Entity], cued: list[Entity]) -> list[Entity]:
    """Cued runs less those before a lower-case cue that the article tags as a place elsewhere:
    "Valby council" where "in Valby" is tagged is the place's council, the place already a row
    (a capitalised cue makes a body's own name: "Valby Council")."""
    places = {clean_name(e.text) for e in tagged if e.label == "LOCATION"}
    return [e for e in cued if not (_before_cue(doc, e) and _placed_name(doc, e, places))]


def _placed_name(doc: Doc, e: Entity, places: set[str]) -> bool:
    """A run before a lower-case cue that names a place: one tagged so elsewhere, or a known
    place after an indefinite article ("a Valby company": where an unnamed body is)."""
    name = clean_name(e.text)
    described = word_before(doc, e).lower() in ("a", "an") and bool(gazetteer.candidates(name))
    return name in places or described


def _before_cue(doc: Doc, e: Entity) -> bool:
    """The entity is right before a lower-case organisation cue ("Valby council")."""
    return word_after(doc, e) in words.ORG_CUES


def _holders(people: list[_Row], text: str) -> list[_Row]:
    """The people `text` may name (`_same_person`, or one of their aliases)."""
    return [r for r in people if text in r.aliases or _same_names(r.name, text)]


@lru_cache(maxsize=4096)
def _same_names(name: str, text: str) -> bool:
    """`_same_person` on two names as written; cached, as every mention is read against
    every row and most mentions repeat a name."""
    return _same_person(name.split(), text.split())


def _wife_of(people: list[_Row], text: str, sex: str | None) -> bool:
    """A woman's title on a surname only men hold so far ("Mrs Berg" beside Tom Berg alone:
    a wife, widow or mother): her words are not his, and the mention joins no one. Not the
    converse: the names corpus files men's names of other languages as women's ("Philippe")."""
    same = _holders(people, text) if sex == FEMALE and " " not in text else []
    return bool(same) and all(r.sex == MALE for r in same)


def _her_surname(row: _Row, words: list[str], sex: str | None) -> bool:
    """A man's full name after a woman's title on his surname alone ("Mrs Berg", then "Tom
    Berg": her husband or son), the converse of `_wife_of`: he is not her."""
    # nor is he "Mrs. Tom Berg", his wife (`_husbands_name`)
    wife = row.name.split()[0].rstrip(".") == "Mrs"
    return sex == MALE and len(words) > 1 and row.sex == FEMALE and (" " not in row.name or wife)


def _mention_sex(s: Sentence, e: Entity, text: str) -> str | None:
    """The sex a mention states: its courtesy title ("Mrs Berg", the title in the entity or
    just before it), else the given name of a full name ("Ana Berg")."""
    opening = clean_name(e.text).split()[:1]
    before = s.tokens[e.first_token - 1].text if e.first_token else ""
    title = opening[0] if opening and opening[0] != text.split()[0] else before
    if title.rstrip(".") in _HONORIFICS:
        return title_gender(title)
    return name_gender(text) if " " in text else None


def _husbands_name(s: Sentence, e: Entity, text: str) -> str:
    """ "Mrs. Tom Berg": a wife named by her husband's full name, as society and club news
    write it, keeps the title, or the row would show a man's name for her."""
    before = s.tokens[e.first_token - 1].text if e.first_token else ""
    wife = before.rstrip(".") == "Mrs" and " " in text and name_gender(text) == MALE
    return f"{before} {text}" if wife and clean_name(e.text) == text else text


def _person_row(
    people: list[_Row], text: str, role: str | None, sex: str | None, said: str | None = None
) -> _Row:
    """The person `text` refers to (`_same_person`): one with that name first, else the latest
    when `text` is one word (of those with the role before it, if any has: "Minister Berg"
    beside two Bergs). A titled surname beside two or more holders goes to the one of its sex
    when one alone is ("Mrs Berg" beside Tom and Ana Berg); a bare one, to those not of the
    other sex than the pronoun `said` after it ("Berg said she", `pronoun_after`)."""
    words = text.split()
    same = [r for r in _holders(people, text) if not _her_surname(r, words, sex)]
    if words[0].rstrip(".") == "Mrs":  # "Mrs. Tom Berg" (`_husbands_name`) is not Tom Berg
        same = [r for r in same if r.sex != MALE]
    fit = [r for r in same if sex and r.sex == sex]
    same = fit if len(words) == 1 and len(same) > 1 and len(fit) == 1 else same
    shared = len(words) == 1 and len(same) > 1 and all(r.name.endswith(f" {text}") for r in same)
    if shared and said:  # "Berg said she": not Tom Berg; not Berg Lund, whose given name it is
        same = [r for r in same if (r.sex or _given_sex(r.name)) in (None, said)] or same
    same = [r for r in same if r.name.lower() == text.lower() or text in r.aliases] or same
    if role:  # "President Lind" is not "First Lady Ann Lind", nor she him
        same = [r for r in same if not r.roles or _spouse(r.roles[0]) == _spouse(role)]
    # "King Hussein" is named by a given name: not by Saddam Hussein's surname, nor he by his
    same = [r for r in same if not (_king(text, [role], r.name) or _king(r.name, r.roles, text))]
    if len(words) == 1 and same:
        head = role.split()[-1].lower() if role else ""
        same = [r for r in same if any(x.split()[-1].lower() == head for x in r.roles)] or same
        same = [max(same, key=lambda r: r.last_seen)]
    people += [] if same else [_Row(text, "person")]
    row = same[0] if same else people[-1]
    row.sex = row.sex or sex
    if len(words) > len(row.name.split()):
        row.name, row.aliases = text, row.aliases | {row.name}
    return row


def _pronoun_of(doc: Doc, e: Entity, person_starts: list[int]) -> str | None:
    """The sex of the pronoun after a mention (`pronoun_after`, up to the next person named),
    not of a name read as a modifier ("a Berg aide", "the Berg campaign"): no antecedent."""
    tokens, later = doc.sentences[e.sentence].tokens, bisect.bisect_right(person_starts, e.end)
    noun = e.end_token < len(tokens) and tokens[e.end_token].tag.startswith("NN")
    if noun or word_before(doc, e).lower() in ("a", "an", "the"):
        return None
    following = person_starts[later] if later < len(person_starts) else len(doc.text)
    return pronoun_after(doc.text, e.end, following)


def _given_sex(name: str) -> str | None:
    """The sex a full name's given name tells (`name_gender`), that of the formal name a
    familiar one shortens ("Bill" of William), or that our copy settles ("Hillary")."""
    given = name.split()[0].lower() if " " in name else ""
    formal = (name_gender(f) for f, forms in _NICKNAMES.items() if given in forms)
    sex = name_gender(name) if given else None
    return sex or next((x for x in formal if x), None) or shared_name_gender(name)


def _king(name: str, roles: list[str | None] | list[str], other: str) -> bool:
    """`name` is a monarch's given name ("Hussein" as "King") that ends `other` as a surname
    ("Saddam Hussein", not "Crown Prince Hussein"): two people."""
    crowned = " " not in name and any(w in _ROYAL for r in roles if r for w in r.split()[-1:])
    return crowned and other.endswith(" " + name) and other.split()[-2] not in _ROYAL


_SPOUSE_TITLES = lexicons.words("spouse_titles")


def _spouse(role: str) -> bool:
    return role.lower() in _SPOUSE_TITLES


_MARKS = str.maketrans({"’": "'", '"': None, "“": None, "”": None})  # 'Jo "Sunny" Lind'


_NICKNAMES = lexicons.forms("nicknames")  # "joseph" -> "joe", "joey", ...


def _same_person(names: list[str], words: list[str]) -> bool:
    """Two names of one person, case and apostrophes aside: a surname or a first name alone
    ("Lind" of "Ann Lind"), one ending the other ("De Vries" of "Ann de Vries"), the surname
    and a given name shared ("Tayyip Erdogan", "Recep Tayyip Erdogan") or a misspelt surname
    ("Ann Lindqvist", "Ann Lindquist"), or a first name alone before the full name ("his son
    Jo" and later "Jo Lind")."""
    # "Lord Goldsmith" is a surname: "Peter Goldsmith" is the same man
    names, words = (x[1:] if len(x) > 1 and x[0] in PERSON_TITLES else x for x in (names, words))
    a, b = (" ".join(x).lower().translate(_MARKS).split() for x in (names, words))
    if len(b) == 1 or a[-len(b) :] == b or b[-len(a) :] == a:
        # "López" of "Jorge López Amores": a first of two surnames
        double = len(a) > 2 and b[0] == a[-2] and a[-1] not in COMMON  # not "Ann Lind Goes"
        misprint = len(b) == 1 and _letter_left_out(b[0], _surname(a))  # "McLenney"
        misprint |= len(b) == 1 and _letters_moved(b[0], _surname(a))  # "Kordovsky"
        return b[-1] in (a[0], a[-1], _surname(a)) or len(b) > 1 or double or misprint
    if _surname(a) != _surname(b):
        lone = a == b[:1] and gazetteer.first_name(names[0])  # "Ann", then "Ann Lind"
        return lone or a[:-1] == b[:-1] and SequenceMatcher(None, a[-1], b[-1]).ratio() > 0.8
    familiar = b[0] in _NICKNAMES.get(a[0], ()) or a[0] in _NICKNAMES.get(b[0], ())  # "Joe"
    sheet = _sheet_initials_of(names, words) or _sheet_initials_of(words, names)  # "J Park"
    return len(a) == 1 or bool(set(a[:-1]) & set(b[:-1]) - _NAME_LINKS) or familiar or sheet


def _sheet_initials_of(full: list[str], short: list[str]) -> bool:
    """`short` is `full` as a team sheet prints it, the given names cut to their capital
    initials with no full stop ("J Park", "TA de Berg" of "Tomas Anders de Berg"), the rest
    written alike: one person, the sheet form an alias of the name the report gives."""
    letters, rest = short[0], short[1:]
    if not (rest and 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper()):
        return False
    given = full[: len(full) - len(rest)]
    initials = "".join(w[:1] for w in given)
    whole = all(w[:1].isupper() and w[1:].islower() and len(w) > 1 for w in given)
    return bool(given) and whole and full[len(given) :] == rest and initials.startswith(letters)


def _letter_left_out(word: str, surname: str) -> bool:
    """A surname written alone with one letter inside it left out, a misprint ("McLenney" of
    "Tyra McClenney", its doubled "c" lost); not its first or last letter. A Gaelic surname
    at any length; another of seven letters or more, where a letter may also be added
    ("Bornsten" of "Ana Bornstein", "Lindquisst" of "Jo Lindquist"): a short one may be
    another family's ("Hart" and "Harte")."""
    shortened = (surname[:i] + surname[i + 1 :] for i in range(1, len(surname) - 1))
    if surname.startswith(("mc", "mac")):
        return word in shortened
    if min(len(word), len(surname)) < 7 or not word.isalpha():
        return False
    added = (word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
    return word in shortened or surname in added


def _letters_moved(word: str, surname: str) -> bool:
    """A long surname written alone with its inner letters in another order, a misprint
    ("Khordovansky" of "Ivo Khodrovansky"): the same letters, the same first and last, and
    eight or more of them, as two families' names seldom are."""
    if word == surname or len(word) < 8 or len(word) != len(surname) or not word.isalpha():
        return False
    ends = word[0] == surname[0] and word[-1] == surname[-1]
    return ends and sorted(word) == sorted(surname)


def _surname(words: list[str]) -> str:
    """The last word of a name that is not a generational suffix or a member's letters
    ("Biden" of "… Biden Jr.", "Kelly" of "Ruth Kelly MP")."""
    kept = [w for w in words[1:] if w not in NAME_SUFFIXES and w.upper() not in MEMBER_WORDS]
    return (kept or words[:1] or [""])[-1]


def _add_states(doc: Doc, entities: list[Entity], orgs: dict[str, _Row], people: set[str]) -> None:
    """Countries and capitals that speak or act, as state actors (module docstring)."""
    places = [e for e in entities if e.label == "LOCATION"]
    # each place of "the U.S.-Japan talks", read as a plain mention of it
    places = sorted(places + joined_place_entities(doc, entities), key=lambda e: e.start)
    known = resolve([clean_name(e.text) for e in places], set(), {})
    in_sentence = untagged.by_sentence(places)  # the places of each sentence
    named = {(e.sentence, e.end_token) for e in entities if e.label != "LOCATION"}  # no places
    before = [word_before(doc, e) for e in places]  # "" at a sentence's start
    placed = {clean_name(e.text) for e, b in zip(places, before, strict=True) if b in _PREPOSITIONS}
    # places that end a longer name the tagger cut, seen mid-sentence after a capitalised word
    # ("hit show Little Norway") or after a capitalised plural, so also at a sentence's start
    cut = set()
    for e, b in zip(places, before, strict=True):
        two = doc.sentences[e.sentence].tokens[max(e.first_token - 2, 0) : e.first_token]
        titled = len(two) == 2 and two[1].tag == "NNP" and two[0].tag[0].isalpha()
        if b.istitle() and (titled or b[-1] == "s" and two[-1].tag[:2] == "NN"):
            cut.add((b, clean_name(e.text)))  # (the plural: "Statistics Norway")
    # each sentence of a place read once for a state's organ or a game, not once per place
    lines = {i: doc.sentences[i] for i in in_sentence}
    said = {i: {t.text.lower() for t in s.tokens} for i, s in lines.items()}  # lowered once
    # a sentence naming a state's organ, agent or pact ("the ministry said", "Norland's
    # government", "the accord"): a country there is no team (state_words.txt)
    state_lines = {i for i in lines if not _STATE_LINE.isdisjoint(said[i])}
    sports_lines = {i for i, s in lines.items() if _sports_line(s, said[i])}
    place_ends = {(x.sentence, x.end_token) for x in doc.entities if x.label == "LOCATION"}
    teams = {clean_name(e.text) for e in places if _team_verb(doc, e, state_lines, place_ends)}
    sports_copy = _sports_copy(doc.text)
    for e, b in zip(places, before, strict=True):
        name = clean_name(e.text)
        if (sports_copy or name in teams) and not _state_mention(doc, e, state_lines):
            continue  # "Ireland have a good pack": a national team all through the article
        country = gazetteer.country_name(name) or gazetteer.capital_country(name)
        country = country or FORMER_STATES.get(name)
        legal = _legal_person(name) or _legal_person_before(doc, e, name)  # the state itself
        name = legal or name
        k = known.get(name) or (resolve([name], set(), {}).get(name) if legal else None)
        # "Plymouth" the story places in England is no capital of Montserrat
        abroad = k is not None and k.country is not None and k.country != country
        if abroad and not gazetteer.country_name(name) and gazetteer.capital_country(name):
            continue
        us_state = country is None and k is not None and k.name == name and gazetteer.us_state(k)
        us_state = us_state and (bool(legal) or _state_organ_acts(doc, e, in_sentence[e.sentence]))
        country = name if us_state else country
        # not a US state of a country's name ("Georgia" beside Alabama and Texas)
        state = country == name and k and k.type != "country" and not us_state
        state = state and name not in FORMER_STATES
        # a listed person's surname never used as a place ("Jo Jordan ... Jordan said")
        state = state or name in people and name == country and name not in placed
        # "Little Norway"; "Norway won the toss"
        state = state or (b, name) in cut or e.sentence in sports_lines
        if country is None or state:
            continue
        acts = us_state or _acts(doc, e, in_sentence[e.sentence])
        if not (acts or gazetteer.country_name(name) is not None and _pact(doc, e, named)):
            continue
        row = orgs.setdefault(country.lower(), _Row(country, "state"))
        row.add(name, Evidence(e.sentence, e.start, e.end))
        if row.name == country:  # the country named as a body ("Norway" tagged so) acts too
            row.type, row.place = "state", country
    for key, body in list(orgs.items()):
        # "Valby Government said": a government under its place's name is the place acting
        place, _, head = body.name.rpartition(" ")
        if head == "Government" and place not in people and gazetteer.candidates(place):
            place = gazetteer.country_name(place) or place
            row = orgs.setdefault(place.lower(), _Row(place, "state"))
            row.type, row.place = "state", place
            row.evidence += orgs.pop(key).evidence


def _team_verb(
    doc: Doc, e: Entity, state_lines: set[int], place_ends: set[tuple[int, int]]
) -> bool:
    """A singular place alone as the subject of a plural verb ("Ireland have a good pack",
    "Norland were deemed the best side"): British sports copy's team, not a state, which
    takes a singular verb (state_words.txt, "plural"); not in a sentence of a state's organ
    or pact ("Norland have agreed to cut quotas, the ministry said"). `state_lines`: the
    sentences that name one (`_add_states`); `place_ends`: (sentence, end token) of each place."""
    if e.sentence in state_lines:
        return False
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    verb = k + 1 < len(tokens) and tokens[k].text in _STATE["plural"] and tokens[k + 1].text != "to"
    first = e.first_token
    while first and tokens[first - 1].tag in ("DT", "JJ", "NNP"):
        first -= 1  # "a resurgent Norland"
    # not listed nor a preposition's object ("Norland and Sudland have", "police in Norland are")
    alone = not first or tokens[first - 1].tag not in ("IN", "TO", "CC", ",")
    alone = alone or _after_fronted_clause(doc, e.sentence, first, place_ends)
    return verb and alone and not e.text.endswith("s")


def _after_fronted_clause(
    doc: Doc, sentence: int, first: int, place_ends: set[tuple[int, int]]
) -> bool:
    """A comma before the name that closes a fronted phrase ("After two wins in November,
    Norland were"), not a list's ("Sudland, Norland and Westland were"): no place's name
    ends right before the comma."""
    if first < 2 or doc.sentences[sentence].tokens[first - 1].text != ",":
        return False
    return (sentence, first - 1) not in place_ends


def _state_mention(doc: Doc, e: Entity, state_lines: set[int]) -> bool:
    """A mention of a country another sentence makes a team that still reads as the state: its
    sentence names an organ or pact, or a singular verb follows it ("Sweden has also asked the
    EU for aid", which a team's plural never is)."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    singular = k < len(tokens) and tokens[k].tag == "VBZ"
    return singular or e.sentence in state_lines


def _pact(doc: Doc, e: Entity, named: set[tuple[int, int]]) -> bool:
    """A country's name before a pact or talks it is party to, perhaps with one adjective
    between ("the Norland deal", "the Norland nuclear accord"); not a capital's ("the Valby
    accords" are named for where they were signed) (state_words.txt, "pact"). Not a firm's
    deal (`Norbank's Norland deal`), nor the object of a verb a named non-place does (`Nike
    signed the Jordan deal`; `named`: the sentence and end token of each such name): the
    name there is a product's or a market's as often as a party's."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    k += k + 1 < len(tokens) and tokens[k].tag == "JJ"
    if k >= len(tokens) or tokens[k].text not in _STATE["pact"]:
        return False
    lead = e.first_token - (e.first_token > 0 and tokens[e.first_token - 1].tag == "DT")
    verb = lead - 1 if lead and tokens[lead - 1].tag.startswith("VB") else None
    # (not a clause's subject after a reporting verb: `Jo Park said the Norland deal was…`)
    subject = k + 1 < len(tokens) and tokens[k + 1].tag.startswith(("VB", "MD"))
    by_other = verb is not None and (e.sentence, verb) in named and not subject
    return not by_other and (lead == 0 or tokens[lead - 1].tag != "POS")


def _state_organ_acts(doc: Doc, e: Entity, places: list[Entity]) -> bool:
    """A US state acts through an organ it owns or its officers ("Valby's legislature has
    put", "Valby officials felt") or as the author of an act ("a complaint by Valby"), not as
    a bare subject (state_words.txt, "officers")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if k + 1 < len(tokens) and tokens[k].text.lower() in _STATE["officers"]:
        return _verb(tokens, k + 1) and _acting(tokens, k + 1)
    first = e.first_token
    by_act = first > 1 and tokens[first - 1].text == "by" and _act(tokens[first - 2].text.lower())
    owner = k < len(tokens) and tokens[k].tag == "POS"
    start, end = _coordination(tokens, e, places)  # "Valby and Upton, where …, allow"
    verb = _inserted(tokens, end, plural=(start, end) != (first, k))
    law = _main_verb(tokens, verb) in _STATE["law"] and not _in_phrase(tokens, start)
    return (by_act or owner or law) and _acts(doc, e, places)  # "a complaint by Valby"


def _main_verb(tokens: tuple[Token, ...], k: int) -> str:
    """The main verb right after a subject ending before token k, past modals, adverbs and
    auxiliaries ("Valby will soon approve" gives "approve"), lower case, or a bare noun the
    tagger read for it ("Valby and Upton, where …, allow"); "" when none."""
    while k < len(tokens) - 1 and (tokens[k].tag in ("MD", "RB") or tokens[k].text in _AUX):
        k += 1
    verb = k < len(tokens) and (tokens[k].tag.startswith("VB") or _bare_noun(tokens, k))
    return tokens[k].text.lower() if verb else ""


def _legal_person(name: str) -> str | None:
    """The US state of "State of Valby" or "Commonwealth of Valby", the state as a legal
    person, which acts wherever it is named so (state_words.txt, "legal_person")."""
    head, of, rest = name.partition(" of ")
    known = resolve([rest], set(), {}).get(rest) if of and head in _STATE["legal_person"] else None
    return rest if known is not None and gazetteer.us_state(known) else None


def _legal_person_before(doc: Doc, e: Entity, name: str) -> str | None:
    """A US state's name the tagger cut from "State of" before it ("by the State of Valby",
    only "Valby" tagged a place): the state as a legal person all the same."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    lead = k >= 2 and tokens[k - 1].text == "of" and tokens[k - 2].text in _STATE["legal_person"]
    return _legal_person(f"{tokens[k - 2].text} of {name}") if lead else None


def _sports_copy(text: str) -> bool:
    """A sports preview or interview with no scores to make it a sports report ("Norland can
    win the cup"): six sports words or more, two games or contests and no election words
    (sports_words.txt, "national_side"); a country there is its national side."""
    said = set(_LOWER_WORD.findall(text.lower()))
    sports = len(said & kinds.SPORTS_WORDS["sports"]) >= 6 and not said & _ELECTION_WORDS
    return sports and len(said & kinds.SPORTS_WORDS["national_side"]) >= 2


def _sports_line(s: Sentence, said: set[str] | None = None) -> bool:
    """A sentence of sports copy, where a country is its national team: a game word
    ("cricket", "wickets") or a result ("Norway drew 2-2 with Sweden"). `said`: its words in
    lower case, when the caller has them."""
    said = {t.text.lower() for t in s.tokens} if said is None else said
    # the sports word first: most sentences have none, and then no score is looked for
    scored = bool(said & kinds.SPORTS_WORDS["sports"]) and kinds.SCORE.search(s.text) is not None
    return bool(said & _STATE["sport"] or scored)


def _country_of_town(tokens: tuple[Token, ...], e: Entity, places: list[Entity]) -> bool:
    """A country after a comma that closes a pair of places ("between Arden and Holm, Wales,"):
    the last town's country, no party to the relation."""
    k = e.first_token
    if k < 2 or tokens[k - 1].text != ",":
        return False
    town = [p for p in places if p.end_token == k - 1 and p.first_token > 0]
    return bool(town) and tokens[town[0].first_token - 1].text == "and"


def _acts(doc: Doc, e: Entity, places: list[Entity]) -> bool:
    """A place acts (`places`: those of its sentence): the subject of a verb ("Ankara would
    oppose", "Oslo also said") but not inside a prepositional phrase, one of listed subjects
    ("Oslo and Bern have rejected"), the owner of an act ("Oslo's decision to leave"), the
    agent of a passive ("a hoax perpetrated by Oslo"), the subject of an infinitive ("led Oslo
    to withdraw") or one side of a relation ("talks between Oslo and Bern")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if e.first_token and tokens[e.first_token - 1].text.lower() in ("a", "an"):
        return False  # "Norbank, a Valby, Norland-based lender, said": it qualifies a noun
    the = e.first_token and tokens[e.first_token - 1].text.lower() == "the"
    if the and not (gazetteer.country_name(name := clean_name(e.text)) or name in FORMER_STATES):
        return False  # "the London shows sell out": a city after "the" qualifies a noun
    k += k < len(tokens) and tokens[k].text in _STATE["body"]  # "the Norway government said"
    k = _inserted(tokens, k, tokens[e.first_token - 1].text != "," if e.first_token else True)
    start, end = _coordination(tokens, e, places)
    if _included_subjects_act(tokens, start, end):
        return True  # "several members, including Oslo and Bern, have breached the rules"
    if start and tokens[start - 1].text == "between" and not _country_of_town(tokens, e, places):
        return True  # "the treaty between Oslo and Bern was signed"
    # the object of a verb before a participle read as a past tense: "to hit Oslo armed forces"
    taken = e.first_token and tokens[e.first_token - 1].tag == "VB"
    taken = taken and [t.tag for t in tokens[k : k + 2]] == ["VBD", "NNS"]
    # (not the object of a verb before it: "entering Norland markets any time soon")
    lead = e.first_token - (e.first_token > 0 and tokens[e.first_token - 1].text == "the")
    subject = not lead or tokens[lead - 1].tag not in ("VB", "VBG", "VBN", "JJ", "POS")
    aside = k > e.end_token and tokens[k - 1].text == ","  # "Oslo, which has gas, plans to"
    verb = _verb(tokens, k) or subject and _verb_read_as_noun(tokens, k, aside)
    if verb and not _in_phrase(tokens, e.first_token) and not taken:
        return _acting(tokens, k)  # (after a preposition, the relations below decide)
    if _listed_as_members(tokens, start):
        return True  # "Participants will include Oslo and Bern"
    if k < len(tokens) and tokens[k].tag == "POS":
        return _possessor_acts(tokens, k + 1)
    first = e.first_token - (e.first_token > 0 and tokens[e.first_token - 1].text == "the")
    lead = start - (start > 0 and tokens[start - 1].text == "the")
    if lead >= 2 and tokens[lead - 1].text == "by":  # "a deal signed by Oslo and Bern"
        i = lead - 2  # past adverbs: "ruled directly by Oslo", "a plan drawn up jointly by"
        while i > 0 and tokens[i].tag in ("RB", "RP"):
            i -= 1
        passive = tokens[i].text.lower()  # the verb past the adverbs: "followed closely by"
        # "followed by": a ranking, no act
        done = (tokens[i].tag in ("VBN", "VBD") or _act(passive)) and passive not in _STATE["rank"]
        return done and not _modifier(tokens, end)  # (an act's: "an invasion by Oslo")
    according = [t.text.lower() for t in tokens[max(lead - 2, 0) : lead]] == ["according", "to"]
    if according and tokens[end : end + 1] and tokens[end].tag[:2] != "NN":
        return True  # "according to Oslo": the source speaks (not "to Oslo growers")
    if first and tokens[first - 1].text == "with" and k < len(tokens) and tokens[k].tag == "VBG":
        return True  # "with Oslo backing the plan": the subject of an absolute clause
    if lead >= 2 and tokens[lead - 1].text == "with":
        return _related_with(tokens, lead - 1)  # "relations with Oslo and Bern"
    if _listed_infinitive_object(tokens, start, end, e):
        return True  # "urged Oslo and Bern to act", "monitoring Oslo, Bern and Rome to ensure"
    if first and [t.tag for t in tokens[e.end_token : e.end_token + 2]] == ["TO", "VB"]:
        return tokens[first - 1].tag.startswith("VB") or tokens[first - 1].text in ("for", "on")
    owner = [t.tag[:2] for t in tokens[end : end + 1]] == ["NN"]  # "the office of Oslo bankers"
    if lead >= 2 and tokens[lead - 1].text in ("of", "from") and not owner:  # "the leaders of Oslo"
        before, i = tokens[lead - 2].text.lower(), lead - 2  # "warnings from Oslo"
        while i > 1 and tokens[i].tag in ("DT", "JJ", "NN", "IN", ":"):
            i -= 1  # a participle phrase: "negotiators working on the deal -- from Oslo"
        agent = tokens[i].tag in ("VBG", "VBN") and tokens[i - 1].text.lower() in _STATE["agent"]
        from_ = tokens[lead - 1].text == "from"
        market = before in _STATE["market"]  # "demand from Oslo cooled": a market, no act
        ruled = before in _STATE["ruled_from"]  # "ruled from Oslo for centuries"
        acted = agent or _act(before) or ruled
        return before in _STATE["agent"] or from_ and acted and not market
    # a plural verb the tagger read as a noun: "Oslo and Bern support the plan", "Oslo and
    # Bern, for instance, spar over it" (no noun follows an aside after the subject)
    listed = (start, end) != (e.first_token, e.end_token)  # (the last one too: "and Bern")
    end = _inserted(tokens, end, plural=True) if listed else end
    tags = [t.tag for t in tokens[end : end + 2]] or [""]
    bare = tokens[end - 1].text == "," and _bare_noun(tokens, end)
    verb = (_verb(tokens, end) or tags == ["NN", "DT"] or bare) and listed
    return verb and _acting(tokens, end) and not _in_phrase(tokens, start)


def _related_with(tokens: tuple[Token, ...], k: int) -> bool:
    """A relation between states before "with" (token k): its noun right before it ("talks
    with Oslo") or a few words before, past no verb nor comma ("negotiations well under way
    with Oslo")."""
    i = k - 1
    while i > max(k - 4, 0) and tokens[i].tag in ("RB", "IN", "NN", "JJ"):
        if tokens[i].text.lower() in _STATE["relation"]:
            return True
        i -= 1
    return tokens[i].text.lower() in _STATE["relation"]


def _included_subjects_act(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """The list of places [start, end) set off after a plural of states and ", including"
    before the verb ("several members, including Oslo and Bern, have breached the rules"):
    the places are the verb's subjects (state_words.txt, "included_in")."""
    if start < 3 or tokens[start - 1].text != "including" or tokens[start - 2].text != ",":
        return False
    if tokens[start - 3].text.lower() not in _STATE["included_in"] or end >= len(tokens):
        return False
    end -= tokens[end - 1].text == ","  # (the list may take the closing comma)
    if tokens[end].text != "," or end + 1 >= len(tokens):
        return False
    return _verb(tokens, end + 1) and _acting(tokens, end + 1)


def _listed_infinitive_object(tokens: tuple[Token, ...], start: int, end: int, e: Entity) -> bool:
    """A list of places [start, end) holding `e`, right after a verb and right before an
    infinitive, is the subject of that infinitive ("urged Oslo and Bern to act", "will watch
    Oslo, Bern and Rome to ensure they act"), as one place alone is: each is made to act."""
    if (start, end) == (e.first_token, e.end_token) or not start:
        return False
    infinitive = [t.tag for t in tokens[end : end + 2]] == ["TO", "VB"]
    return infinitive and tokens[start - 1].tag.startswith("VB")


def _verb_read_as_noun(tokens: tuple[Token, ...], k: int, aside: bool = False) -> bool:
    """A present tense the tagger read as a plural noun after a country, before its object
    ("Norland imports most of its oil"), or after an `aside` before an infinitive ("Norland,
    which has reserves, plans to buy"); not a noun after the country as modifier ("Norland
    imports rose", "Norland cities to ban plastic" in a headline)."""
    if k + 2 >= len(tokens) or tokens[k].tag != "NNS" or not tokens[k].text.islower():
        return False
    infinitive = aside and [t.tag for t in tokens[k + 1 : k + 3]] == ["TO", "VB"]
    return tokens[k + 1].tag in ("DT", "PRP$", "JJS", "PDT") or infinitive


def _listed_as_members(tokens: tuple[Token, ...], start: int) -> bool:
    """The list of places starting at token `start` names the members of a body or a meeting:
    after a membership noun and "include" ("Participants will include Oslo and Bern") or a
    dash or colon ("its six members -- Oslo, Bern and Rome") (state_words.txt, "member")."""
    i = start - (start > 0 and tokens[start - 1].text == "the")
    if i < 2 or tokens[i - 1].text.lower() not in _STATE["member_lead"]:
        return False
    dash = not tokens[i - 1].text.isalpha()
    before = tokens[max(i - 9, 0) : i - 1] if dash else tokens[max(i - 3, 0) : i - 1]
    return any(t.text.lower() in _STATE["member"] for t in before)


def _modifier(tokens: tuple[Token, ...], k: int) -> bool:
    """The places ending before token k qualify a noun after them, perhaps with more names
    and nationality words ("secured by Oslo airport", "patrolled by Norland, Valbian and
    Sudland planes"): the noun is the agent, not the places."""
    listed = (",", "and", "NNP", "NNPS")
    while k < len(tokens) and (
        {tokens[k].text, tokens[k].tag} & set(listed) or gazetteer.demonym_country(tokens[k].text)
    ):
        k += 1
    return k < len(tokens) and tokens[k].tag in ("NN", "NNS")


def _inserted(tokens: tuple[Token, ...], k: int, asides: bool = True, plural: bool = False) -> int:
    """The token after what may stand between a subject ending before token k and its verb: an
    adverb ("Oslo also said"), a time ("Oslo on Monday said", "Oslo last week said") or words
    in commas with no verb or opening a relative clause ("Oslo, however, said", "Oslo, a close
    ally, has", "Oslo, which denies it, has"), but not a person's ("Victoria, 30, a nurse,"),
    nor, unless `asides`, after a place and a comma ("Valby, Norway, the main port, was");
    after a `plural` subject a bare noun after the aside is its verb ("spar")."""
    while k < len(tokens) - 1:
        t, after = tokens[k], tokens[k + 1]
        # a day or month, a time word or a number: "Norway on Monday said"
        time = after.text in untagged.CALENDAR or after.text in _STATE["time"] or after.tag == "CD"
        if t.tag == "RB" or t.text.lower() in _STATE["time_lead"] and time:
            k += 1 + (t.tag != "RB")
            continue
        if t.text != "," or not asides:
            break  # no adverb, time nor aside (most subjects): no commas to read
        close = next((j for j, x in enumerate(tokens[k + 1 : k + 16], k + 1) if x.text == ","), 0)
        inside = tokens[k + 1 : close]
        person = any(x.tag == "CD" or _role_word(x.text.lower()) for x in inside)
        # (a relative clause: "Oslo, which denies it,", "Oslo, where the talks are held,")
        aside = after.tag in ("WDT", "WRB") or not (_VERB_TAGS & {x.tag for x in inside} or person)
        verb = _verb(tokens, close + 1) or plural and _bare_noun(tokens, close + 1)
        verb = verb or _verb_read_as_noun(tokens, close + 1, aside=True)  # "Oslo, which … plans to"
        if not (close and aside and verb):
            break
        k = close + 1
    return k


def _coordination(tokens: tuple[Token, ...], e: Entity, places: list[Entity]) -> tuple[int, int]:
    """The tokens of the list of places joined by "and" or "or" that holds `e` ("the United
    States, Britain and France", "Oslo and other world powers"); `e`'s own when there is none
    ("Oslo, Norway")."""
    if {"and", "or", "nor", "well"}.isdisjoint(t.text for t in tokens):
        return e.first_token, e.end_token  # no word that joins a list (the test below): none
    ok = {k for x in places if x.sentence == e.sentence for k in range(x.first_token, x.end_token)}
    other = False  # "and other powers", "and its allies": the adjectives and nouns after "other"
    tail: set[int] = set()  # those words alone: they may close a fronted phrase ("For their part,")
    others, links = _STATE["others"], (",", "and", "or", "nor", "the")  # read once a sentence
    for k, t in enumerate(tokens):
        other = t.text in others or t.tag == "CD" or other and t.tag in _OTHERS
        # "Oslo, as well as"
        both = t.text == "as" and [x.text for x in tokens[k : k + 3]] == ["as", "well", "as"]
        if other or t.text in links or both:
            ok.update((k, k + 1, k + 2) if both else (k,))
            tail.update((k,) if other and t.text not in links else ())
    start, end = e.first_token, e.end_token
    while start - 1 in ok:
        start -= 1
    fronted = start
    while fronted < e.first_token and fronted in tail:
        fronted += 1
    # "For their part, Oslo and Bern": a phrase opening the sentence, no member (but "talks
    # between their two neighbours, Oslo and Bern," lists them)
    if start <= 1 and start < fronted < e.first_token and tokens[fronted].text == ",":
        start = fronted + 1
    while end in ok:
        end += 1
    while tokens[start].text in (",", "and", "or"):
        start += 1
    while tokens[end - 1].text in (",", "and", "or", "the"):
        end -= 1
    joined = {"and", "or", "nor", "well"} & {t.text for t in tokens[start:end]}
    return (start, end) if joined else (e.first_token, e.end_token)


def _possessor_acts(tokens: tuple[Token, ...], k: int) -> bool:
    """A possessor acts through the noun at token k: an intent ("Norway's decision to leave",
    "its bid to join") or an organ of state that acts ("Norway's government said")."""
    if k >= len(tokens):
        return False  # the possessive ends the text: "the points were Norway's"
    while k < len(tokens) - 1:
        t, after = tokens[k], tokens[k + 1]
        adjective = t.tag == "JJ" and after.tag not in _VERB_TAGS  # not "military said"
        noun = t.tag == "NN" and after.tag in ("NN", "JJ") and not _past(after)
        if not (t.tag == "NNP" or adjective or noun):
            break
        k += 1  # "Norway's new decision", "Norway's UN envoy", "Norway's deputy trade minister"
    word = tokens[k].text.lower()
    if _act(word):
        return True  # "Norway's invasion of", "Oslo's proposal"
    organ = word in _STATE["agent"] or word.removesuffix("s") in _ORGANS
    if k + 2 >= len(tokens) or not (tokens[k].tag.startswith("NN") or organ):
        return False  # (an organ the tagger read as an adjective: "Norway's military said")
    if tokens[k + 1].text == "to" and tokens[k + 2].tag == "VB":
        return True
    # a past tense the tagger read as an adjective: "Norway's government urged citizens"
    past = _past(tokens[k + 1]) and tokens[k + 2].tag in ("DT", "NNS", "PRP")
    if organ and (tokens[k + 1].tag in _VERB_TAGS or past):
        return _acting(tokens, k + 1)
    # an aside, an adverb or a time between: "Norway's minister, Jo Park, said", "Norway's
    # government on Monday said"
    j = _inserted(tokens, k + 1)
    return organ and j > k + 1 and _verb(tokens, j) and _acting(tokens, j)


def _verb(tokens: tuple[Token, ...], k: int) -> bool:
    """Token k is a finite verb, or a past tense the tagger read as an adjective before its
    object ("Norway annexed the island", "Oslo and Bern re-established diplomatic ties")."""
    tags = [t.tag for t in tokens[k : k + 2]] + ["", ""]
    past = tags[0] == "JJ" and _past(tokens[k]) and tags[1] in ("DT", "NNP", "PRP", "PRP$", "JJ")
    return tags[0] in _VERB_TAGS or past


def _bare_noun(tokens: tuple[Token, ...], k: int) -> bool:
    """Token k is a lower-case singular noun, which after a plural subject and an aside can
    only be its verb, read as a noun by the tagger ("Oslo and Bern, for instance, spar")."""
    return k < len(tokens) and tokens[k].tag == "NN" and tokens[k].text.islower()


def _past(t: Token) -> bool:
    """A past tense the tagger may read as an adjective ("proposal angered voters")."""
    return t.text.endswith("ed")


def _act(word: str) -> bool:
    """An act noun, or its plural ("demands")."""
    return word in _STATE["act"] or word.removesuffix("s") in _STATE["act"]


def _in_phrase(tokens: tuple[Token, ...], k: int) -> bool:
    """The name starting at token k is the object of a preposition, alone or in a list
    ("officials from Oslo and Bern were", "parts of Asia, Norway and Peru will"), but not
    after an organ of state ("police in Norway are")."""
    listed = False
    while k > 0 and (
        (t := tokens[k - 1]).tag in ("NNP", "NNPS", "DT", "JJ", "VBG", "CC", ",")
        or _lower_camel_name(t.text)  # "in some eBay UK auctions"
    ):
        if t.text == "," and not listed:
            return False  # "In Oslo, Norway said": a clause, not a list
        listed, k = listed or t.tag == "CC", k - 1
    organ = k > 1 and tokens[k - 2].text.lower().removesuffix("s") in _ORGANS
    return k > 0 and tokens[k - 1].text.lower() in _PHRASE_HEADS and not organ


def _lower_camel_name(word: str) -> bool:
    """A brand written with a small first letter and a capital inside ("eBay", "iPod"): a name
    the tagger may read as a common noun, never a common noun itself."""
    return word[:1].islower() and any(c.isupper() for c in word[1:])


def _acting(tokens: tuple[Token, ...], k: int) -> bool:
    """The verb at token k is an act, not a state of being or a passive: "Oslo is sending
    ships", "Oslo is expected to send ships" (also with a quotation mark between: 'Oslo was
    "prepared to respond"'), not "Oslo is cold", "Oslo was hit by a storm"
    or "trips to Oslo are cheap"."""
    if _befalls(tokens, k):
        return False
    after = [t.tag for t in tokens[k + 1 : k + 4] if t.tag != "RB"]
    if tokens[k].tag == "MD" and (be := _modal_be(tokens, k)) is not None:
        return _acting_after_modal_be(tokens, be)
    copula = tokens[k].text.lower() in _STATE["copula"]
    if copula and _member_next(tokens, k + 1):
        return True  # "Oslo is a member of the council": it takes part
    have = tokens[k].text.lower() in _STATE["have"]
    if have and [t.text for t in tokens[k + 1 : k + 2]] == ["been"]:
        return _acting(tokens, k + 1)  # as after "is": "Oslo has been hit", "has been sending"
    # "Oslo has the highest rate": a ranking, the country only its scene; "Oslo has no
    # jurisdiction", "Norland has the opportunity": it holds, no act
    if have and (after[:2] == ["DT", "JJS"] or after[:1] and after[0] in _STATE["possessed"]):
        return False
    # "Valby was warned of sanctions": the place stands for its government; "Valby remained
    # committed to the pact": its government's stance
    if copula and (_pressed_passive(tokens, k + 1) or _stance_before_to(tokens, k + 1)):
        return True
    tags = [t.tag for t in tokens[k + 1 : k + 5] if t.tag not in ("``", "''")][:3]
    participle = tags[:1] == ["VBG"] or tags == ["VBN", "TO", "VB"] or tags[:2] == ["TO", "VB"]
    return not copula or participle


def _modal_be(tokens: tuple[Token, ...], k: int) -> int | None:
    """The index of "be" after the modal at token k, past adverbs ("Oslo will also be"), or
    None when no "be" follows."""
    k += 1
    while k < len(tokens) and tokens[k].tag == "RB":
        k += 1
    return k if k < len(tokens) and tokens[k].text == "be" else None


def _acting_after_modal_be(tokens: tuple[Token, ...], k: int) -> bool:
    """After a modal and "be" at token k: an act unless a state of being follows, an adjective
    ("Oslo will be too cold") or a noun phrase ("Oslo will also be strong players", "Oslo
    should be favourites") that is no membership ("Oslo will be a member of the pact")."""
    after = [t.tag for t in tokens[k + 1 : k + 4] if t.tag != "RB"]
    if after[:1] == ["JJ"]:
        return False
    return after[:1] not in (["NN"], ["NNS"], ["DT"]) or _member_next(tokens, k + 1)


def _pressed_passive(tokens: tuple[Token, ...], k: int) -> bool:
    """From token k on, past adverbs, a participle of pressure one state or body puts on
    another ("warned", "urged", "threatened"), after a form of "be": the place that is so
    pressed is its government (state_words.txt, "pressed"), not a scene that befalls."""
    while k < len(tokens) and tokens[k].tag == "RB":
        k += 1
    participle = k < len(tokens) and tokens[k].tag in ("VBN", "VBD")
    return participle and tokens[k].text in _STATE["pressed"]


def _stance_before_to(tokens: tuple[Token, ...], k: int) -> bool:
    """From token k on, adverbs, then a stance a government holds and "to" ("still committed
    to", "firmly opposed to") (state_words.txt, "stance"): after a form of "be" the place
    holding it stands for its state, as when it acts."""
    while k < len(tokens) and tokens[k].tag == "RB":
        k += 1
    stance = k + 1 < len(tokens) and tokens[k].text.lower() in _STATE["stance"]
    return stance and tokens[k + 1].text == "to"


def _member_next(tokens: tuple[Token, ...], k: int) -> bool:
    """A membership noun from token k on, past determiners, numbers and adjectives, before
    "of" or "to" ("a founding member of", "signatories to") (state_words.txt, "member")."""
    while k < len(tokens) and tokens[k].tag in ("DT", "CD", "JJ", "RB", "VBG"):
        k += 1
    noun = k + 1 < len(tokens) and tokens[k].text.lower() in _STATE["member"]
    return noun and tokens[k + 1].text in ("of", "to")


def _befalls(tokens: tuple[Token, ...], k: int) -> bool:
    """The verb at token k, past auxiliaries, modals and adverbs, tells what befalls the place,
    not what it does: "Oslo has seen a boom", "Oslo can't afford to", "Oslo is going to
    change" (no object)."""
    while k < len(tokens) - 1 and (tokens[k].tag in ("MD", "RB") or tokens[k].text in _AUX):
        k += 1
    verb, alone = tokens[k].text.lower(), k + 1 == len(tokens) or tokens[k + 1].tag in _NO_OBJECT
    return verb in _STATE["scene"] or alone and verb in _STATE["scene_alone"]


def _merge_short_forms(orgs: dict[str, _Row], doc: Doc) -> None:
    """One row for a body the article names in full and by a short form that fits no other:
    its initials ("HTS" of "Hayat Tahrir al-Sham", "NH" of "Norbank Holdings Corp.", "CDC" of
    the name before "and ..."), its last word or last three or more ("Kings" of "Valby Kings",
    "Tax Policy Office" of "Valby Tax Policy Office"), its words after a country or a chamber
    ("Coast Guard", "Budget Committee" of "Senate Budget Committee"), the first words of a
    company's legal name ("Norbank" of "Norbank Holdings Corp."), a founder's possessive
    ("Moody's" of "Moody's Investors Service") or the name without full stops."""
    for key, row in sorted(orgs.items(), key=lambda x: -len(x[0])):  # "U.N." before "U.N"
        longer = [r for r in orgs.values() if len(r.name) > len(row.name)]
        forms = [(r, (r.name, *r.aliases)) for r in longer]
        shorts = _written_forms(row, doc)  # (read against the full names only)
        longer = [
            r
            for r, names in forms
            if any(_shortens(row.name, x) for x in names)
            or any(_shortens(y, r.name) for y in shorts)
        ]
        # a paper named for its place, by the rest of its name, where no other body fits
        longer = longer or [r for r, names in forms if any(_placed(row.name, x) for x in names)]
        if longer and _alone(row, doc):  # "The House will vote": not the "White House"
            longer = [r for r in longer if not _own_body(row.name, _bare(r.name))]
        school = [r for r in longer if _school_of(row.name, r.name)]  # not "Emory Wheel"
        club = [r for r in longer if _club_of(row.name, r.name)]  # not "Radio Harbour"
        town = [r for r in longer if _town_club(row.name, r.name)]  # not "Real Sociedad"
        longer = school or club or town or _singular_of(longer)
        # "United" beside "Valby United" and "Holm United": the club the story names first
        if len(longer) > 1 and row.name in _CLUB_TAILS:
            longer = [min(longer, key=lambda r: min(e.start for e in r.evidence))]
        if len(longer) == 1 and (row.name.isupper() or "state" not in (row.type, longer[0].type)):
            longer[0].absorb(row, whole=False)
            del orgs[key]


# Between a body's full name and its second name: "Valby Mortgage Association, or Valmae".
_BODY_ALIAS = lexicons.pattern("body_alias_links", re.IGNORECASE)


def _merge_aliased_bodies(text: str, orgs: dict[str, _Row]) -> None:
    """ "the Valby Mortgage Association, or Valmae", "Lind & Berg (now Lind Vale)": the second
    name right after the first is the same body (one row); after ", or" only a shorter name
    (two bodies may be offered as alternatives, "Valco, or Norbank")."""
    rows = list(orgs.items())
    spans = sorted((e.start, e.end, i) for i, (_, r) in enumerate(rows) for e in r.evidence)
    joined: dict[int, int] = {}
    for (first, end, a), (start, stop, b) in zip(spans, spans[1:], strict=False):
        link = _BODY_ALIAS.fullmatch(text, end, start)
        a = joined.get(a, a)
        if a == b or b in joined or not link or text[stop : stop + 2] in ("'s", "’s"):
            continue
        if rows[a][1].type != rows[b][1].type:
            continue  # a state and a body
        if link[0].lstrip(" ,")[:2].lower() == "or" and stop - start >= end - first:
            continue  # "Valco, or Norbank": two bodies offered
        joined[b] = a
    for b, a in joined.items():
        rows[a][1].absorb(rows[b][1])
        del orgs[rows[b][0]]


def _singular_of(rows: list[_Row]) -> list[_Row]:
    """Of a body named in the singular and the plural ("Valco Soup", "the Valco Soups of the
    world"), the singular: a short form ("Valco") then fits one body."""
    names = {r.name for r in rows}
    return [r for r in rows if not (r.name.endswith("s") and r.name[:-1] in names)]


def _written_forms(row: _Row, doc: Doc) -> tuple[str, ...]:
    """The forms a row's short name may be read in: its name, or, where the article never
    writes that name (a known body's full name given for "Premiership"), the forms it writes."""
    written = sorted({doc.text[e.start : e.end] for e in row.evidence})
    return (row.name,) if row.name in written else tuple(written)


def _whole_affiliations(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """An affiliation read up to a comma inside a firm's name ("an economist at Brenner, Holt &
    Marsh") is that firm's whole name, where one row's name goes on from it."""
    for row in (r for r in people if r.affiliation):
        whole = [r.name for r in orgs.values() if r.name.startswith(f"{row.affiliation},")]
        # or past an "and" ("Bute Council" of "Argyll and Bute Council leader Jo Lind")
        second = f" and {row.affiliation}"
        whole = whole or [r.name for r in orgs.values() if r.name.endswith(second)]
        row.affiliation = whole[0] if len(whole) == 1 else row.affiliation


def _bare(name: str) -> str:
    """ "Norbank Holdings Corp." -> "Norbank Holdings", "U.N." -> "UN"."""
    words = name.replace(".", "").split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in kinds.COMPANY_ENDS else words)


_KIND_TAILS = lexicons.words("body_kind_tails")  # "Football Club" of "Valby United Football Club"
_SHORT_NAMES = lexicons.forms("body_short_names")  # "Fed" of "Federal Reserve"
_UNION_LETTERS = lexicons.words("union_body_letters")  # "UN" of "U.N. Security Council"


def _shortens(short: str, name: str) -> bool:
    """`short` is a short form of `name` (`_merge_short_forms`)."""
    s, n, full = _bare(short), _bare(name), name.replace(".", "")
    if s in spans.CITY_BANKS and n.endswith(" " + s):
        return False  # "the Fed" is the national bank, not "the Valby Fed"
    if s in _SHORT_NAMES.get(n, ()):
        return True  # a known short name, no word of the full one: "Fed" of "Federal Reserve"
    # the name's initials read only for a short form in capitals (few are)
    initials = s.isalpha() and s.isupper() and 2 <= len(s) <= 6 and s in _name_initials(name)
    # "Kings", "Tax Policy Office"; "Coast Guard" of "US Coast Guard", the body of the country
    # named before it; "Transportation Committee" of "House Transportation Committee", a
    # chamber's committee
    before = n[: -len(s)].strip() if n.endswith(" " + s) else None
    known = before is not None and bool(_nation(before) or institutions.canonical(before))
    known |= before in _UNION_LETTERS  # "Security Council" of "U.N. Security Council"
    known |= before is not None and _regional_body(before, s)
    ends = before is not None and (s.count(" ") != 1 or known)
    # "Blue Bell" of "Blue Bell Creameries", neither a body's name ("Norbank Foundation" may be
    # another body than "Norbank"), nor the short form an acronym or an institution
    plain = not (s.isupper() or institutions.canonical(short) or _body_name(short))
    plain = plain and not _body_name(name)
    # "TimeWarner" of "Time Warner": the name run together
    same = s == n or _misprint(s, n) or (" " in n and s == n.replace(" ", ""))
    # "Lind & Berg" of "Lind & Berg's Corp.": the founders' possessive before a legal form
    legal = " " in name and name.split()[-1] in kinds.COMPANY_ENDS
    same |= legal and n in (s + "'s", s + "’s")
    starts = n.startswith(s + " ") and (n != full or plain or n[len(s) + 1 :] in _KIND_TAILS)
    # "Moody's" of "Moody's Investors Service": a firm named for its founder, by the possessive
    # (an acronym's is its owner's: "the NRC's Valby unit")
    starts |= n.startswith((s + "'s ", s + "’s ")) and " " not in s and not s.isupper()
    # "NTX" of "NTX Controls": a firm's letters before its trade
    lettered = s.isupper() and s.isalpha() and n.startswith(s + " ")
    starts |= lettered and n[len(s) + 1 :] in FIRM_TRADES
    starts |= _numbered_unit(s, name)
    initials |= _linked_initials(s, n)  # "S&P" of "Standard & Poor", "BoE"
    if initials or ends or same or starts or _plural(s, n) or _head_of(s, n):
        return True
    return _school_of(short, name) or _club_of(short, name) or _founder(s, name)


def _linked_initials(short: str, name: str) -> bool:
    """`short` is `name`'s initials with its links kept as business copy writes them: an "&"
    as itself and an "of" as a small "o" ("S&P" of "Standard & Poor", "BoE" of "Bank of
    Norland"); read only for a short form that has such a link, exactly as written."""
    if not ("&" in short or "o" in short[1:-1]) or not 3 <= len(short) <= 6:
        return False
    letters = [w if w in ("&", "of") else w[:1] for w in name.split()]
    if any(not x[:1].isupper() and x not in ("&", "of") for x in letters):
        return False
    return short == "".join("o" if x == "of" else x for x in letters)


def _title_case_acronym(short: str, name: str) -> bool:
    """`short` is `name`'s initials written in title case, as British house style writes an
    acronym read as a word ("Vitpa" of "Valby Institute for Trade Policy Aims"); four to six
    letters, fewer being too often a word or a given name."""
    if not (short.isalpha() and short.istitle() and 4 <= len(short) <= 6):
        return False
    return short.upper() in _name_initials(name)


def _merge_bracketed_acronyms(text: str, orgs: dict[str, _Row]) -> None:
    """ "the Valby Institute for Trade Policy Aims (Vitpa)": a title-case acronym in brackets
    right after the body's name it spells is that body's short form (one row); only so
    introduced, since a title-case word elsewhere may be a word or a name."""
    ends = {e.end: key for key, row in orgs.items() for e in row.evidence}
    for key, row in list(orgs.items()):
        if key not in orgs or row.type != "organization":
            continue
        for e in row.evidence:
            full = ends.get(e.start - 2)
            bracketed = text[e.start - 2 : e.start] == " (" and text[e.end : e.end + 1] == ")"
            if full is None or full == key or full not in orgs or not bracketed:
                continue
            if orgs[full].type == "organization" and _title_case_acronym(row.name, orgs[full].name):
                orgs[full].absorb(row, whole=False)
                del orgs[key]
                break


@lru_cache(maxsize=1024)
def _name_initials(name: str) -> tuple[str, ...]:
    """The initials a short form of `name` may be (`_shortens`); cached, as the rows of an
    article are read in pairs, each long name against every shorter one."""
    n, full = _bare(name), name.replace(".", "")
    # "VA" of "Department of Veterans Affairs"; "SEC" of "US Securities Exchange Commission"
    of, coded = full.split(" of ", 1)[-1], re.sub("^[A-Z]+ ", "", full)
    parts = (full, n, full.split(" and ")[0], of, coded)
    acronyms = [_acronym(x) for x in parts] + ["".join(w[0] for w in n.split()).upper()]  # ROC
    acronyms.append(_acronym(full, spelt=True))  # "USADA" of "US Anti-Doping Agency"
    acronyms.append(_acronym(full, lettered=True))  # "CCTV" of "China Central Television"
    # "USDA" of "US department of agriculture", a lower-case field's initial too
    fields = " ".join(w[:1].upper() + w[1:] for w in full.split() if w not in ("of", "and", "for"))
    acronyms.append(_acronym(fields, spelt=True))
    return tuple(acronyms)


def _numbered_unit(short: str, name: str) -> bool:
    """ "12th Circuit" of "12th U.S. Circuit Court of Appeals": a numbered court, circuit or
    division goes by its ordinal and its next word, its country's letters left out."""
    if short.count(" ") != 1 or spans.ORDINAL.fullmatch(short.split()[0]) is None:
        return False  # no ordinal and its word (most short forms): no name to read
    words = [w for w in name.split() if not (_INITIALS.match(w) and gazetteer.country_name(w))]
    return " ".join(words).startswith(short + " ")


def _plural(short: str, name: str) -> bool:
    """ "Falcon" of "Falcons": a team's one-word name in the singular, as a modifier ("a
    Falcon jersey", "the Falcon infielders"); not of several words ("an All Black" is a
    player)."""
    return " " not in short and short.isalpha() and short.istitle() and name == short + "s"


def _head_of(short: str, name: str) -> bool:
    """ "Tribunal" of "Northern Tribunal of Fisheries": one word, the head of a name that goes
    on with "of", as "Commission" is of "Valby Commission"."""
    return " " not in short and short.istitle() and f" {short} of " in f" {name}"


def _founder(short: str, name: str) -> bool:
    """A firm named for its founder by initials and surname is called by the surname: "Lind"
    of "K.J. Lind Group" or "K.J. Lind & Co."; not "Army" of "U.S. Army" (a place's or a body's
    letters), nor a common noun ("Television" of "E.C. Television")."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if not re.fullmatch(r"(?:[A-Z]\.)+", w)), 0)
    if k == 0 or words[k] != short:
        return False  # no initials, or not the surname after them (most pairs)
    letters = " ".join(words[:k])
    coded = _nation(letters) or gazetteer.candidates(letters) or institutions.canonical(letters)
    named = short.istitle() and short.isalpha() and not _noun(short.lower())
    return named and not coded


def _placed(short: str, name: str) -> bool:
    """ "The Times" of "The New York Times": a paper named for its place, called by the rest of
    its name with its article; not "The Times" of "The Sunday Times" (no place), nor a body's
    kind alone ("Supreme Court" beside the "Valby Supreme Court" may be the country's)."""
    rest = short.removeprefix("The ")
    if rest == short or " " in rest or not name.endswith(" " + rest):
        return False
    place = name[: -len(rest)].strip().removeprefix("The ")
    return bool(place) and bool(gazetteer.candidates(place))


def _alone(row: _Row, doc: Doc) -> bool:
    """Some mention of the row names the body itself, not a noun's modifier ("The House will
    vote", not "House editor" or "House Speaker Ana Berg")."""
    for e in row.evidence:
        after = [t for t in doc.sentences[e.sentence].tokens if t.start >= e.end][:1]
        if not (after and after[0].tag.startswith("NN")):
            return True
    return False


def _own_body(last: str, name: str) -> bool:
    """The last word of a two-word name that opens with no place names a body of its own:
    "House" is not "White House" (but "Senate" may be "Ohio Senate", "Kings" "Valby Kings")."""
    first, _, rest = name.partition(" ")
    known = institutions.canonical(last)
    placed = gazetteer.candidates(first) or _nation(first)
    return rest == last and bool(known) and known != institutions.canonical(name) and not placed


def _uncoded(name: str) -> set[str]:
    """A body's name opening with its country's letters goes by the rest too ("Federal
    Reserve" of "U.S. Federal Reserve", "Treasury" of "U.S. Treasury"); not a demonym's
    ("British Airways"), nor the rest one word no table knows as a body ("News" of "U.S.
    News")."""
    letters, _, rest = name.partition(" ")
    coded = bool(_INITIALS.match(letters)) and bool(gazetteer.country_name(letters))
    named = " " in rest or bool(institutions.canonical(rest))  # "Treasury", not "News"
    return {rest} if coded and rest[:1].isupper() and named else set()


def _nation(words: str) -> str | None:
    """The country that a country's name, letters or demonym names: "US", "British"."""
    return gazetteer.country_name(words) or gazetteer.demonym_country(words)


def _school_of(short: str, name: str) -> bool:
    """ "Emory" of "Emory University": a school's first word alone is its short name."""
    return name.split()[-1] in kinds.SCHOOLS and name.startswith(short + " ") and " " not in short


_CLUB_TAILS = lexicons.groups("club_place_tails")["club"]  # "Athletic", "Rovers", "FC"


def _club_towns(people: list[_Row], orgs: dict[str, _Row]) -> None:
    """A lone word read as a person that is a club's short name elsewhere in the story
    ("Valby levelled" beside "Valby Athletic" and "Valby visit Rovers"; "watched Valby since"
    beside "Valby United") is the club: no person's name ends in a club's word."""
    for row in [r for r in people if " " not in r.name and not r.roles]:
        clubs = [o for o in orgs.values() if _club_of(row.name, o.name)]
        if len(clubs) == 1:
            clubs[0].absorb(row, whole=False)
            people.remove(row)


# A team's nickname and the towns it may stand for: "Tigers" -> "Leicester", "Hull", ...
_TEAM_NICKNAMES = lexicons.forms("team_nicknames")


def _merge_team_nicknames(orgs: dict[str, _Row]) -> None:
    """ "Valby" and "the Tigers" in one match report are one team: a body's row named by a
    listed nickname joins the one body's row named by a town the nickname may stand for (none
    where the story names two such towns, nor where the town is no body of the story)."""
    for key, row in list(orgs.items()):
        towns = {t.lower() for t in _TEAM_NICKNAMES.get(row.name.title(), ())}
        teams = [
            r
            for r in orgs.values()
            if r is not row
            and r.type == row.type
            and ({r.name.lower()} | {a.lower() for a in r.aliases}) & towns
        ]
        if len(teams) == 1:
            teams[0].absorb(row, whole=False)
            del orgs[key]


# "the Hawks", "Hawks captain": a body's last word after "the" or before a role's word
# (the word's match is checked against the story's bodies in `_body_last_word_mentions`).
_LAST_WORD_USE = re.compile(
    r"(?<![\w-])(?:(?<=\b[Tt]he )([A-Z]\w+)(?![\w'’-]| [A-Z])|([A-Z]\w+) (?=([a-z]+)\b))"
)


def _body_last_word_mentions(doc: Doc, people: list[_Row], orgs: dict[str, _Row]) -> None:
    """ "Valby Hawks … The Hawks, who sit bottom … former Hawks captain Jo Lind": a body's
    last word (no body word like "Council", no role) written after "the" or before a role's
    word is that body's mention where exactly one body of the story ends in it (the tagger
    leaves the nickname untagged), and a person's affiliation read as that word names it."""
    ends = _bodies_by_end_word(orgs.values())
    lone = {w: rows[0] for w, rows in ends.items() if len(rows) == 1 and _called_by_end(rows[0])}
    if not lone:
        return
    spans = {(e.start, e.end) for r in [*people, *orgs.values()] for e in r.evidence}
    starts = [s.start for s in doc.sentences]
    for m in _LAST_WORD_USE.finditer(doc.text):
        word = m[1] or m[2]
        found = lone.get(word)
        if found is None or (m[2] and m[3] not in ROLE_WORDS):
            continue
        start, end = m.span(1 if m[1] else 2)
        longer = [f for f in (found.name, *found.aliases) if " " in f]
        if any(doc.text[max(0, end - len(f)) : end] == f for f in longer):
            continue  # the full name itself ("Valby Hawks captain")
        if any(a < end and start < b for a, b in spans):
            continue  # inside a name already read
        found.add(word, Evidence(sentence_index(starts, start), start, end))
    for row in people:
        body = lone.get(row.affiliation or "")
        row.affiliation = body.name if body else row.affiliation


def _bodies_by_end_word(
    bodies: Iterable[_Row], form: Callable[[str], str] = str
) -> dict[str, list[_Row]]:
    """Bodies by the last word of their names (of `form` of them), in order: how a short
    mention ("the Hawks", "ordered Edison to pay") finds the one body it can stand for."""
    ends: dict[str, list[_Row]] = {}
    for row in bodies:
        ends.setdefault((form(row.name).split() or [""])[-1], []).append(row)
    return ends


def _called_by_end(row: _Row) -> bool:
    """A body's name of capitalised words whose last may stand for it ("Hawks" of "Valby
    Hawks"): not a body word ("Council"), a role, a common word, nor a place ("England" of
    "Church of England", the country where written alone)."""
    words = row.name.split()
    end = words[-1]
    named = row.type == "organization" and len(words) > 1 and all(w[:1].isupper() for w in words)
    plain = end.isalpha() and end.istitle() and end not in untagged.HEADS
    plain = plain and end.lower() not in ROLE_WORDS and end.lower() not in COMMON
    return named and plain and not gazetteer.candidates(end)


def _club_of(short: str, name: str) -> bool:
    """ "Valby" of "Valby Athletic": a club is called by its town alone, the name before its
    club word (sports copy writes "Valby levelled" for the club)."""
    words = name.split()
    return len(words) == 2 and words[0] == short and words[1] in _CLUB_TAILS


def _town_club(short: str, name: str) -> bool:
    """ "Atletico" of "Atletico Madrid": a club named by a word and its town is called by the
    word, where other names also open with it ("Atletico Madrid" before "Atletico Valby
    Rovers"; not "Real Sociedad", whose second word is no town)."""
    first, _, town = name.partition(" ")
    return first == short and " " not in town and kinds.known_city(town)


_NAMESAKES = lexicons.groups("national_namesakes")  # "Supreme Court": the nation's, bare


def _regional_body(region: str, rest: str) -> bool:
    """ "Commerce Commission" of "Illinois Commerce Commission": a body of a state or province
    goes by its name without the region's; not a body the nation has by the same name
    ("Supreme Court" beside "Ohio Supreme Court"), nor one news names alone ("Senate"), nor
    a party (a region's is a branch: "Unionist Party" of "Ulster Unionist Party")."""
    regional = any(k.type == "region" for k in gazetteer.candidates(region))
    county = region.split()  # "Valby County Superior Court": the county's court
    regional |= county[-1:] == ["County"] and bool(gazetteer.candidates(" ".join(county[:-1])))
    national = rest in _NAMESAKES["name"] or rest.split()[-1] in _NAMESAKES["last"]
    national = national or bool(institutions.canonical(rest))
    return regional and not national


def _misprint(short: str, name: str) -> bool:
    """A name of two words or more misprinted by one letter left out inside one word
    ("Trussel Trust" of "Trussell Trust"; not a plural's: "All Black" of "All Blacks"), or
    by the plural's "s" of the field word opening a longer name ("Trade Union Congress" of
    "Trades Union Congress")."""
    if not short.count(" ") == name.count(" ") > 0:
        return False
    pairs = [(a, b) for a, b in zip(short.split(), name.split(), strict=True) if a != b]
    if len(pairs) != 1 or len(pairs[0][0]) < 4:
        return False
    a, b = pairs[0]
    field = name.count(" ") > 1 and name.startswith(b + " ")
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b) - (not field)))


def _merge_transposed(orgs: dict[str, _Row]) -> None:
    """One row for a body's letters and the same letters with two neighbours swapped, a
    misprint ("NRBK" beside "NBRK"): the rarer joins the other (the later, if as rare)."""
    first = {key: min((e.start for e in row.evidence), default=0) for key, row in orgs.items()}
    rows = sorted(orgs.items(), key=lambda x: (len(x[1].evidence), -first[x[0]]))
    for key, row in rows:
        other = [r for r in orgs.values() if r is not row and _transposed(row.name, r.name)]
        if len(other) == 1:
            other[0].absorb(row, whole=False)
            del orgs[key]


def _transposed(a: str, b: str) -> bool:
    """Letters in capitals, four or more, that differ by two neighbours swapped."""
    capitals = len(a) == len(b) >= 4 and a.isalpha() and a.isupper() and b.isupper()
    swaps = (a[:i] + a[i + 1] + a[i] + a[i + 2 :] for i in range(len(a) - 1))
    return capitals and b in swaps


def _merge_renamed(text: str, people: list[_Row]) -> None:
    """ "Ann Lind, 30, also known as Jo Vale": one row (`words.renames`)."""
    spans = sorted((e.start, e.end, i) for i, r in enumerate(people) for e in r.evidence)
    joins = words.renames(text, spans)
    for b, a in joins.items():
        people[a].absorb(people[b])
    people[:] = [r for i, r in enumerate(people) if i not in joins]


def _merge_short_names(people: list[_Row], text: str = "") -> None:
    """A row that only shortens one full name the story gives joins it, whatever came first
    (`_person_row` reads a lone first name as someone's only when the name list knows it):
    a given name alone ("Teo" beside "Teo Marlan"), a familiar form of it ("Bill" of "William
    Marlan"), a full name of which the story also gives a longer form ("Teo Marlan Vell").
    A longer form written after a courtesy title ("Datuk Ali Hassan Omar") is one person's
    whole name, whatever its last word ("Omar" is a given name too)."""
    titled = {r.name for r in people if text and _courtesy_titled(text, r)}
    for row in list(people):
        longer = [
            r
            for r in people
            if r is not row
            and (_shortened(row.name, r.name, people) or _titled_longer(row.name, r.name, titled))
        ]
        if len(longer) == 1:
            _join(longer[0], row)
            people.remove(row)


_REGNAL_TITLES = lexicons.words("regnal_titles")
# A regnal number after a monarch's or pope's name: "II", "XVI" (a valid Roman numeral).
_REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _regnal_titled_names(text: str, people: list[_Row]) -> None:
    """A monarch or pope named with title and number ("Queen Ana II", "Pope Leo X") is listed
    under that whole name, the bare name an alias: the title is part of how a reigning one is
    named, and the number shows it is no surname."""
    for row in people:
        parts = row.name.split()
        if len(parts) < 2 or not _REGNAL_NUMBER.fullmatch(parts[-1]):
            continue
        titles = {words.word_before_offset(text, e.start, 40) for e in row.evidence}
        titles &= _REGNAL_TITLES
        if len(titles) == 1:
            row.aliases.add(row.name)
            row.name = f"{titles.pop()} {row.name}"


def _join(into: _Row, row: _Row) -> None:
    """`row`'s forms and mentions join `into`, named by the full name the story uses more
    ("Teo Marlan" twice, "Teo Marlan Vell" once in a credit)."""
    into.aliases.add(into.name)
    if " " in row.name and len(row.evidence) > len(into.evidence):
        into.name = row.name
    into.absorb(row)


def _shortened(short: str, name: str, people: list[_Row]) -> bool:
    """`short` is one of the shortened forms `_merge_short_names` joins to `name`."""
    words, full = short.lower().split(), name.lower().split()
    kin, _, given = short.partition(" ")
    if kin in _FAMILY_ADDRESS and " " not in given and gazetteer.first_name(given):
        words = words[1:]  # "Grandpa Tom" of "Tom Marlan", as a family calls him
    if 1 < len(words) < len(full):
        return full[: len(words)] == words and all(map(_surname_like, name.split()[len(words) :]))
    if len(words) > 1 or len(full) < 2:
        return False
    word, full_names = words[0], [r.name.lower().split() for r in people if " " in r.name]
    full_names = [n for n in full_names if n != short.lower().split()]  # not "Uncle Teo" itself
    if any(w[:1] in "'\"‘“" and w.strip("'\"‘’“”") == word for w in full):
        return True  # "Kez" of "Kerry-Ann 'Kez' Doyle": the nickname alone
    ends = {n[-1] for n in full_names}
    if word == full[0]:
        return word not in ends
    return word in _NICKNAMES.get(full[0], ()) and word not in {n[0] for n in full_names} | ends


def _courtesy_titled(text: str, row: _Row) -> bool:
    """A person's name written right after a courtesy title once ("Datuk Ali Hassan Omar")."""
    before = (words.word_before_offset(text, e.start, 40).lower() for e in row.evidence)
    return any(word in COURTESY for word in before)


def _titled_longer(short: str, name: str, titled: set[str]) -> bool:
    """`short` is a name of two words or more that opens `name`, a name written after a
    courtesy title, one capitalised word longer ("Ali Hassan" of "Datuk Ali Hassan Omar")."""
    parts, full = short.split(), name.split()
    extra = full[len(parts) :]
    shaped = len(extra) == 1 and extra[0].isalpha() and extra[0].istitle()
    return name in titled and len(parts) > 1 and full[: len(parts)] == parts and shaped


def _surname_like(word: str) -> bool:
    """A word that may end a name: capitalised, neither a common noun nor a body's word
    ("Films"), nor a given name (a pet's, "Rex Vale Bo"), nor a suffix ("Teo Marlan Jr")."""
    cased = word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in _BODY_ENDS
    suffix = word in NAME_SUFFIXES or word.upper() in MEMBER_WORDS  # "Jr", "MP": another man
    return cased and not suffix and not _noun(word.lower()) and not gazetteer.first_name(word)


def _actor(row: _Row) -> Actor:
    aliases = tuple(sorted(a for a in row.aliases if a != row.name))
    # one mention per place in the text: a body named before a role is found there twice
    evidence = tuple(sorted(set(row.evidence), key=lambda e: e.start))
    roles, n = tuple(row.roles), len(evidence)
    return Actor(row.name, row.type, aliases, roles, row.affiliation, n, evidence, row.place)


def _holds_quote_mark(text: str) -> bool:
    """A sentence holding a double quotation mark: a quoted actor counts more."""
    return '"' in text or "“" in text


def _salience(doc: Doc, a: Actor) -> tuple[float, int]:
    total = max(1, len(doc.sentences))
    first = a.evidence[0].sentence if a.evidence else total
    quoted = sum(_holds_quote_mark(doc.sentences[e.sentence].text) for e in a.evidence)
    return (a.mentions + (1 - first / total) + 0.5 * quoted + 0.5 * (a.type == "person"), -first)

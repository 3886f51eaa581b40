"""Actors merged across articles: one person however each article names them.

A person named in full ("Ana Berg") is keyed by first name and surname, so two people who
share a surname but not a first name never merge. A bare surname ("Berg", or "Minister
Berg" once the title is read as a role) joins the only full name with that surname; when
several people share it, the roles decide ("Minister" → the minister), and failing that it
stays apart, unresolved. Bodies merge on their names and aliases ("UN", "United Nations").
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from briefing.dossier.model import Appearance, DossierActor, DossierQuote, RoleMention
from briefing.facts.words import JOB_TITLES, PERSON_TITLES
from briefing.model import Actor, Briefing

_TITLES = frozenset(w.casefold() for w in PERSON_TITLES | JOB_TITLES) | {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
}
_ARTICLE_WORDS = frozenset(["the", "a", "an"])


@dataclass(frozen=True)
class Source:
    """One article as the dossier reads it: its id, date and briefing."""

    id: str
    published: date | None
    briefing: Briefing


def fold(text: str) -> str:
    """A comparison key: case, accents, possessives and spacing ignored ("Bérg's" → "berg")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'")
    words = [w.removesuffix("'s").strip(".,;:'\"") for w in text.split()]
    return " ".join(w for w in words if w)


def name_words(name: str) -> list[str]:
    """The folded words of a person's name without titles ("Minister Ana Berg" → ana, berg)."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _role_heads(roles: Sequence[str]) -> set[str]:
    """The head word of each role ("Transport minister" → minister)."""
    return {fold(r).split()[-1] for r in roles if fold(r)}


@dataclass
class _Mention:
    """One actor of one article."""

    source: Source
    actor: Actor

    @property
    def kind(self) -> str:
        return "person" if self.actor.type == "person" else "body"


@dataclass
class _Group:
    mentions: list[_Mention] = field(default_factory=list)
    resolved: bool = True
    candidates: list[_Group] = field(default_factory=list)


class _Union:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _person_keys(actor: Actor) -> set[tuple[str, str]]:
    """(first name, surname) of the name and of each full-name alias the article gave."""
    keys = set()
    for form in (actor.name, *actor.aliases):
        words = name_words(form)
        if len(words) >= 2 and not _is_initial(words[0]):
            keys.add((words[0], words[-1]))
    return keys


def _groups(sources: Sequence[Source]) -> list[_Group]:
    mentions = [_Mention(s, a) for s in sources for a in s.briefing.facts.actors]
    union = _Union(len(mentions))
    by_key: dict[tuple[str, ...], int] = {}

    def link(i: int, key: tuple[str, ...]) -> None:
        if key in by_key:
            union.join(by_key[key], i)
        else:
            by_key[key] = i

    bare: list[int] = []  # people named by a surname (or an initial) only
    for i, m in enumerate(mentions):
        if m.kind == "person":
            keys = _person_keys(m.actor)
            for key in keys:
                link(i, ("person", *key))
            if not keys:
                bare.append(i)
        else:
            for form in (m.actor.name, *m.actor.aliases):
                words = [w for w in fold(form).split() if w not in _ARTICLE_WORDS]
                if words:
                    link(i, ("body", " ".join(words)))

    full: dict[int, _Group] = {}
    for i, m in enumerate(mentions):
        if i not in bare:
            full.setdefault(union.find(i), _Group()).mentions.append(m)
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for group in full.values():
        if group.mentions[0].kind == "person":
            surnames = {k[1] for m in group.mentions for k in _person_keys(m.actor)}
            for surname in surnames:
                by_surname[surname].append(group)

    unresolved: dict[str, _Group] = {}
    alone: dict[str, _Group] = {}
    for i in bare:
        m = mentions[i]
        words = name_words(m.actor.name)
        surname = words[-1] if words else fold(m.actor.name)
        candidates = by_surname.get(surname, [])
        if words and _is_initial(words[0]) and len(words) > 1:  # "A. Berg": first letter
            candidates = [g for g in candidates if any(k[0][0] == words[0][0] for k in _keys(g))]
        if len(candidates) > 1:  # several people share the surname: the roles decide
            heads = _role_heads(m.actor.roles)
            fitting = [g for g in candidates if heads & _role_heads(_roles(g))]
            candidates = fitting if len(fitting) == 1 else candidates
        if len(candidates) == 1:
            candidates[0].mentions.append(m)
        elif candidates:
            group = unresolved.setdefault(surname, _Group(resolved=False, candidates=candidates))
            group.mentions.append(m)
        else:
            alone.setdefault(surname, _Group()).mentions.append(m)
    return [*full.values(), *alone.values(), *unresolved.values()]


def _keys(group: _Group) -> set[tuple[str, str]]:
    return {k for m in group.mentions for k in _person_keys(m.actor)}


def _roles(group: _Group) -> list[str]:
    return [r for m in group.mentions for r in m.actor.roles]


def _canonical(group: _Group) -> str:
    """The form most articles use; among people, a full name before a bare surname."""
    counts: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for m in group.mentions:
        counts[m.actor.name] += 1
        mentions[m.actor.name] += m.actor.mentions
    return min(
        counts,
        key=lambda n: (
            (-len(name_words(n)), -counts[n], -mentions[n], -len(n), n)
            if group.mentions[0].kind == "person"
            else (-counts[n], fold(n).split()[0] in _ARTICLE_WORDS, -mentions[n], -len(n), n)
        ),
    )


def _type(group: _Group) -> str:
    return Counter(m.actor.type for m in group.mentions).most_common(1)[0][0]


def merge_actors(
    sources: Sequence[Source], quotes: dict[tuple[str, str], list[DossierQuote]]
) -> tuple[DossierActor, ...]:
    """Actors of every article merged; `quotes` maps (article id, speaker as the article
    names them) to their quotes, which each actor collects under its own name and id."""
    order = {s.id: n for n, s in enumerate(sources)}
    groups = _groups(sources)
    ranked = sorted(
        groups,
        key=lambda g: (
            not g.resolved,
            -len({m.source.id for m in g.mentions}),
            -sum(m.actor.mentions for m in g.mentions),
            _canonical(g).casefold(),
        ),
    )
    ids = {id(g): f"a{n}" for n, g in enumerate(ranked, 1)}
    actors = []
    for g in ranked:
        name = _canonical(g)
        mentions = sorted(g.mentions, key=lambda m: order[m.source.id])
        appearances: dict[str, Appearance] = {}
        for m in mentions:  # one article may name a bare surname and a full name apart
            a = m.actor
            before = appearances.get(m.source.id)
            sentences = tuple(sorted({e.sentence for e in a.evidence}))
            if before:
                roles = tuple(dict.fromkeys(before.roles + a.roles))
                sentences = tuple(sorted(set(before.sentences) | set(sentences)))
                appearances[m.source.id] = Appearance(
                    m.source.id, before.name, roles, before.mentions + a.mentions, sentences
                )
            else:
                appearances[m.source.id] = Appearance(
                    m.source.id, a.name, tuple(a.roles), a.mentions, sentences
                )
        role_mentions = tuple(
            RoleMention(role, m.source.id, m.source.published)
            for m in mentions
            for role in m.actor.roles
        )
        aliases = sorted(
            {f for m in mentions for f in (m.actor.name, *m.actor.aliases)} - {name},
            key=str.casefold,
        )
        actor_id = ids[id(g)]
        said = sorted(
            (q for m in mentions for q in quotes.get((m.source.id, m.actor.name), [])),
            key=lambda q: (order[q.article], q.start),
        )
        said_here = tuple(
            DossierQuote(
                q.text,
                name,
                actor_id,
                q.article,
                q.published,
                q.sentence,
                q.start,
                q.end,
                q.cue,
                q.confidence,
            )
            for q in dict.fromkeys(said)
        )
        actors.append(
            DossierActor(
                actor_id,
                name,
                _type(g),
                tuple(aliases),
                tuple(appearances.values()),
                role_mentions,
                said_here,
                g.resolved,
                tuple(ids[id(c)] for c in g.candidates),
            )
        )
    return tuple(actors)

"""Which person nearby said a quote whose reporting clause names nobody ("he said", an
unattributed paragraph): a logistic regression over features of the quote, its cue and each
candidate, trained on PolNeAR train and our annotated development articles (`python -m
training.quote_speakers`, which reports out-of-source figures). Named clauses stay
with the rules, and so does a pronoun the gender rules resolved; the model re-decides the
other pronoun and continuation guesses among candidates of the pronoun's gender, and leaves
the quote unattributed when no candidate is likely enough.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache

from briefing import lexicons
from briefing.facts.quotes import cues
from briefing.facts.quotes.genders import pronoun_gender
from briefing.facts.quotes.marks import Span
from briefing.facts.quotes.speakers import Found, How, People
from briefing.nlp.resources import RESOURCES

MODEL_FILE = RESOURCES / "models" / "quote_speaker.json"
# Speakers found this way are the ones the model re-decides.
WEAK = frozenset([How.PRONOUN, How.PREVIOUS_PARAGRAPH, None])
Candidates = list[tuple[str, list[float]]]  # (name, features) of each person
WINDOW = 3  # paragraphs back where candidates are looked for


@dataclass(frozen=True)
class Context:
    """What the features read: where the quote is and what the rules found."""

    span: Span
    paragraph: int  # index of the quote's paragraph
    found: Found  # the rules' answer
    previous: str | None  # the previous quote's speaker


def feature_names() -> list[str]:
    """The features' names, which the shipped model must list in the same order."""
    return list(lexicons.lines("quote_speaker_features"))


def candidates(scan: str, people: People, ctx: Context, paragraph_starts: list[int]) -> Candidates:
    """(name, features) for each person named near the quote, outside quotes."""
    first_para = paragraph_starts[max(0, ctx.paragraph - WINDOW)]
    before = people.between(first_para, ctx.span.open)
    para_end = scan.find("\n\n", ctx.span.close)
    para_end = len(scan) if para_end < 0 else para_end
    after = people.between(ctx.span.close, min(para_end, ctx.span.close + 200))
    extras = (ctx.previous, ctx.found.speaker, *(n for _, _, n in after))
    names = list(dict.fromkeys([*(n for _, _, n in reversed(before)), *filter(None, extras)]))
    quoted = scan[ctx.span.open : ctx.span.close]
    names = [n for n in names if n in extras[:2] or not _named_in(n, quoted)]
    if (wanted := pronoun_gender(ctx.found.pronoun or "")) is not None:  # `she said`: never a man
        names = [n for n in names if people.gender(n) in (wanted, None)]
        names = [n for n in names if not people.other_sex(n, wanted)]
    top = max(people.counts.values(), default=0)
    sentence_start = max(scan.rfind(". ", 0, ctx.span.open), scan.rfind("\n", 0, ctx.span.open))
    how = ctx.found.how
    pronoun = how == How.PRONOUN  # the clause has a pronoun subject ("he said")
    hows = [how == h for h in (How.PRONOUN, How.SAME_PARAGRAPH, How.PREVIOUS_PARAGRAPH, None)]
    out = []
    for rank, name in enumerate(names):
        last, last_end = max(((p, e) for p, e, n in before if n == name), default=(-1, -1))
        at = bisect.bisect_right(paragraph_starts, last) - 1  # the paragraph last named in
        back = ctx.paragraph - at if last >= 0 else WINDOW + 1
        is_rule = float(name == ctx.found.speaker)
        is_previous = float(name == ctx.previous)
        is_last = float(rank == 0 and last >= 0)
        mentioned = people.counts.get(name, 0)
        # In the order of `feature_names`, a group a line.
        feats = [1.0, is_rule, *[is_rule * h for h in hows]]
        feats += [is_previous, is_previous * pronoun, is_previous * (ctx.found.cue is None)]
        feats += [is_last, is_last * pronoun]
        feats += [1.0 / (1 + rank), float(back == 0), min(back, WINDOW + 1) / (WINDOW + 1)]
        feats += [float(last > sentence_start), math.log1p(mentioned), float(mentioned == top > 0)]
        feats += [float(any(n == name for _, _, n in after)), float(len(names) == 1)]
        # `Kaljus said the ferries…`: named as the subject of a reporting verb.
        feats.append(float(last >= 0 and bool(cues.P["speaking"].match(scan, last_end))))
        out.append((name, feats))
    return out


def _named_in(name: str, quoted: str) -> bool:
    """Whether a word of `name` stands in the quote's own words (`"Ana will always be our
    star," Berg said`): speakers rarely name themselves, so one named there is the quote's
    subject, no rival of its speaker (the rules' own answer and the previous speaker stay)."""
    return any(re.search(rf"\b{re.escape(w)}\b", quoted) for w in name.split() if len(w) > 2)


@cache
def _weights() -> tuple[list[float], float, float] | None:
    """(weights, pick threshold, keep threshold), or None when the model is not shipped. (A
    lock would not stop two threads reading the file at once on the first call, and that does
    no harm.)"""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if data.get("features") != feature_names():
        return None
    return list(data["weights"]), float(data["pick"]), float(data["keep"])


def re_decides(found: Found) -> bool:
    """Whether the model re-decides this answer of the rules: a weak one with no description,
    but not a pronoun already resolved by gender, recency and no rival (the model knows
    neither)."""
    return weak(found) and not (found.how == How.PRONOUN and found.speaker is not None)


def weak(found: Found) -> bool:
    """A weak answer with no description, and no `they said` or `it states` (a group or a
    body, never one person): what the model is trained on."""
    group = found.pronoun is not None and pronoun_gender(found.pronoun) is None
    return found.how in WEAK and not found.description and not group


def probability(weights: list[float], feats: list[float]) -> float:
    """The logistic model's probability that a candidate said the quote (z clipped)."""
    z = sum(w * f for w, f in zip(weights, feats, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decide(scan: str, people: People, ctx: Context, paragraph_starts: list[int]) -> Found:
    """The rules' weak answer confirmed, replaced by a likelier candidate, or withdrawn."""
    if (model := _weights()) is None or not re_decides(ctx.found):
        return ctx.found
    weights, pick, keep = model
    named = candidates(scan, people, ctx, paragraph_starts)
    if not (scored := [(probability(weights, f), name) for name, f in named]):
        return ctx.found
    best_p, best = max(scored)
    rule_p = next((p for p, n in scored if n == ctx.found.speaker), 0.0)
    confirmed = ctx.found.speaker is not None and rule_p >= keep
    if confirmed and best == ctx.found.speaker:
        return ctx.found
    here = people.in_sentence_before(ctx.span.open)
    # A quote never closed (marks left open at the end) gets no speaker from the model, nor
    # one named elsewhere when its own sentence names others (`That prompted Ana Berg to
    # reply: "…"`).
    if best_p >= pick and ctx.span.close > ctx.span.end and (not here or best in here):
        return Found(best, ctx.found.cue, How.MODEL)
    return ctx.found if confirmed else Found(None, ctx.found.cue)

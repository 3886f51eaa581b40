"""PolNeAR attributions read from the shared archive: text and linked Source/Cue/Content spans."""

from __future__ import annotations

import re
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from evaluation.shared import CORPORA

POLNEAR = CORPORA / "polnear_quotes.tar.gz"
_MARKS = "\"“”«»„'‘’"


@dataclass(frozen=True)
class Attribution:
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    direct: bool  # the content sits inside quotation marks


def _span(field: str) -> tuple[int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", field)]
    return min(numbers), max(numbers)


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start + 1]
    after = text[end - 1 : end + 3]
    return any(c in _MARKS[:8] for c in before) and any(c in _MARKS[:8] for c in after)


def articles(split: str) -> Iterator[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) per article of `split`, first annotator's file only."""
    texts: dict[str, str] = {}
    anns: dict[str, list[str]] = defaultdict(list)
    with tarfile.open(POLNEAR) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            parts = member.name.split("/")
            if len(parts) != 4 or parts[1] != split or not member.isfile():
                continue
            data = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            if parts[2] == "text":
                texts[parts[3].removesuffix(".txt")] = data
            elif parts[2] == "attributions":
                anns[parts[3].rsplit("_", 1)[0]].append(data)
    for name, text in sorted(texts.items()):
        if not anns.get(name):
            continue
        spans: dict[str, tuple[int, int]] = {}
        out = []
        for line in anns[name][0].splitlines():
            cols = line.split("\t")
            if line.startswith("T") and len(cols) >= 2:
                spans[cols[0]] = _span(cols[1].partition(" ")[2])
            elif line.startswith("E") and len(cols) >= 2:
                roles = dict(r.split(":") for r in cols[1].split() if ":" in r)
                content = spans.get(roles.get("Content", ""))
                if content is None:
                    continue
                out.append(
                    Attribution(
                        content,
                        spans.get(roles.get("Source", "")),
                        spans.get(roles.get("Cue", "")),
                        _quoted(text, *content),
                    )
                )
        yield name, text, out


def attribution_of(start: int, end: int, direct: list[Attribution]) -> Attribution | None:
    """The gold direct quote a found quote [start, end) stands for: the first whose content
    covers at least half of it."""
    return next(
        (
            a
            for a in direct
            if min(end, a.content[1]) - max(start, a.content[0]) >= 0.5 * (end - start)
        ),
        None,
    )

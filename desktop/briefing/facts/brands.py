"""Product names a story lists after a noun of brands ("such core brands as Valflakes,
Norpuffs and Oatrings"): goods, which the tagger may read as persons or places."""

from __future__ import annotations

import re

from briefing import lexicons
from briefing.facts.literals import matches_in

_BRAND_LIST = lexicons.pattern("brand_list")
_LIST_SEPARATOR = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def listed_brand_names(text: str) -> frozenset[str]:
    """The names of every brand list in `text` (brand_list.txt): a product in a list of
    products is no person and no place, whatever its words."""
    lists = (m["list"] for m in matches_in(_BRAND_LIST, text))
    return frozenset(name for found in lists for name in _LIST_SEPARATOR.split(found) if name)

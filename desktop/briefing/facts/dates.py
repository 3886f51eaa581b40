"""Date expressions, resolved to the calendar against the article's published date.

Values follow TimeML TIMEX3: `2018-09-17`, `2018-09`, `2018`, `199` (the 1990s),
`2018-W37` (an ISO week), `2018-W37-WE` (its weekend); a month (and day) without a year and
without a published date is `XXXX-09` (`XXXX-09-17`), a quarter `XXXX-Q4`. Resolution rules:

- The tense is the clause's: the verb nearest the expression before the next clause
  ("said Thursday that it will" is past), else the sentence's. A participle that shares a
  future auxiliary ("will be closed Thursday and then closed") is no past; a weekday beside a
  present verb of a plan ("makes his first start Saturday") is ahead.
- A weekday is the nearest such day in that tense: "will meet Monday" is that day or
  ahead, "said on Monday" is that day or behind; with no tense cue, the nearest. A part of
  the day is kept ("Wednesday night" -> `2018-09-12TNI`).
- "last/this/next week|month|year" shift the published date's week, month or year;
  "this weekend" is the last weekend up to the published date in a past-tense sentence,
  else the coming one; "N days/weeks/months/years ago" count back.
- A month or month-and-day without a year takes the year nearest the published date on the
  side its tense says ("was closed in November", read in September, is last year's);
  "last May" is the latest May before the published month; "June last year" shifts;
  "next fall", said before the fall starts, is this year's.
- "in/over the last week|month" is a duration, not a date; in a report of quarterly
  results, "a year ago" beside figures is the year-ago quarter.
- "two years later", "the next day", "that night" count from the last date the story gave
  (its anchor), not from publication; none given, no value ("that day" is then no date).
  "a year earlier" beside figures ($, %) is their period, left out unless a year (in an
  undated story, listed without a value). "Sunday's race" is the nearest Sunday, whatever
  the verb's tense ("a June hearing" the nearest June).
- Without a published date, relative expressions keep `value` None.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate, pairwise

from briefing import lexicons
from briefing.facts.literals import fold, holds_each, matches_in, needed_sets
from briefing.facts.untagged import REPORTING_VERBS
from briefing.model import Article, DateMention, Doc, Sentence, Token
from briefing.sources.clutter import parse_stamp
from briefing.timex import MONTH_NUMBERS, WEEKDAYS, shifted

_NUMBER_WORDS = lexicons.table("number_words")  # "two" -> "2", "hundred" -> "x100"
NUMBERS = {w: int(n) for w, n in _NUMBER_WORDS.items() if n.isdigit()}
_MULTIPLIERS = {w: int(n[1:]) for w, n in _NUMBER_WORDS.items() if n.startswith("x")}
_QUARTERS = lexicons.table("quarter_ordinals")
# "the last quarter of 2031": the closing quarter's words, before "quarter of" and a year only
_CLOSING_QUARTERS = lexicons.table("closing_quarter_words")
_QUARTER_NUMBERS = _QUARTERS | _CLOSING_QUARTERS
_PARTS = lexicons.table("parts_of_day")  # "night" -> "TNI" (TIMEX3)
_SEASONS = lexicons.table("season_codes")  # "fall" -> "FA"
_SEASON_STARTS = {c: int(m) for c, m in lexicons.table("season_starts").items()}  # "FA" -> 9
_UNDATED_SEASONS = lexicons.words("undated_season_words")  # "fall": XXXX-FA undated
_NAMED = lexicons.table("named_dates")  # "9/11" -> "2001-09-11"
_HOLIDAY_DAYS = lexicons.table("holiday_days")  # "Christmas" -> "12-25"
# The fixed-day holidays as alternatives, longest first, an apostrophe either way.
_HOLIDAY_DAY = "|".join(
    re.escape(h).replace("'", "['’]") for h in sorted(_HOLIDAY_DAYS, key=len, reverse=True)
)

# resources/lexicons/date_patterns.txt: (kind, pattern), with the shared parts of
# date_pattern_parts.txt and these word lists in file order ("Wednesday night": the day keeps
# its part, TIMEX3 "TNI").
PATTERNS = lexicons.patterns(
    "date_patterns",
    "date_pattern_parts",
    PARTS_OF_DAY="|".join(_PARTS),
    NUMBER="|".join(_NUMBER_WORDS),
    ORDINAL="|".join(_QUARTERS),
    CLOSING_QUARTER="|".join(_CLOSING_QUARTERS),
    NAMED_DATE="|".join(map(re.escape, _NAMED)),
    HOLIDAY_DAY=_HOLIDAY_DAY,
)
# Each pattern with the sets of words it cannot match without (a sentence without a word of
# each is not scanned).
_NEEDING = [(kind, p, needed_sets(p)) for kind, p in PATTERNS]
# A counted expression with no value yet ("two years later") at its start: (match, figures)
_Pending = dict[int, tuple[re.Match[str], bool]]
# A month-day of a sentence, for lists: (its row in the output, start, end, match, tense)
_Day = tuple[int, int, int, re.Match[str], int]
# The patterns read around a date (resources/lexicons/date_rules.txt): "future", "quarter"...
_RULES = lexicons.keyed("date_rules")


def _month(name: str) -> int:
    return MONTH_NUMBERS[name[:3].lower()]


def _tense(s: Sentence, lo: int = 0, hi: int = 10**9) -> int:
    """+1 future, -1 past, 0 unknown, from the words and POS tags of the sentence, or of its
    text [lo, hi): a quotation's own words."""
    if _RULES["future"].search(s.text, lo, hi):
        return 1
    return -any(t.tag in ("VBD", "VBN") for t in s.tokens if lo <= t.start - s.start < hi)


def _quotation(s: Sentence, start: int) -> tuple[int, int] | None:
    """The span (sentence offsets) of the quotation an expression at `start` is in, else None:
    a speaker's words keep their own tense ("'The shelves are empty by Friday,' she said" is
    no past Friday)."""
    opened = [m.end() for m in _RULES["opening"].finditer(s.text, 0, start)]
    if not opened or _RULES["closing"].search(s.text, opened[-1], start):
        return None
    close = _RULES["closing"].search(s.text, start)
    return opened[-1], close.start() if close else len(s.text)


def _clause_tense(
    s: Sentence, start: int, end: int, purpose: bool, within: tuple[int, int], fallback: int
) -> int:
    """+1 future, -1 past, 0 unknown, from the verb nearest the expression in its clause
    ("said Thursday that it will ..." is past: "said" governs Thursday), else `fallback`, the
    tense of the text `within` (a quotation's own, or the sentence's); the clause ends at its
    edges."""
    tokens = s.tokens
    inside = [i for i, t in enumerate(tokens) if start <= t.start - s.start < end]
    if not inside:
        return fallback
    lo, hi = within
    aside = _in_participle_aside(s, inside[0], lo, hi)
    # (distance, side, tense) of the verb on each side: the nearer wins, on a tie the one before
    found: list[tuple[int, int, int]] = []
    for step, edge in ((-1, inside[0]), (1, inside[-1])):
        i = edge + step
        while 0 <= i < len(tokens) and _in_clause(s, i, lo, hi):
            # after the date, a word opening another clause, or the comma closing an aside (the
            # main verb after is not the date's); before it, a coordinator after a comma
            # ("decided to act, and on July 10 sent": not "to act"'s)
            word = tokens[i].text.lower()
            opener = word in _TENSE["clause_opener"] or aside and word == ","
            joined = i > 0 and word in _TENSE["coordinator"] and tokens[i - 1].text == ","
            if opener if step > 0 else joined:
                break
            if step < 0 and (ahead := _looks_ahead(tokens, i, edge)) is not None:
                found.append((ahead, step, 1))
                break
            if tense := _token_tense(tokens, i, purpose):
                found.append((abs(i - edge), step, tense))
                break
            i += step
    return min(found)[2] if found else fallback


def _in_participle_aside(s: Sentence, first: int, lo: int, hi: int) -> bool:
    """ "The decision, taken at a meeting on Tuesday, means ...": the date stands in an
    aside that a comma and a past participle open, whose own verb gives its tense."""
    i = first - 1
    while i > 0 and _in_clause(s, i, lo, hi) and s.tokens[i].text != ",":
        i -= 1
    after = s.tokens[i + 1] if i > 0 and s.tokens[i].text == "," else None
    return after is not None and after.tag == "VBN" and i + 1 < first


def _looks_ahead(tokens: tuple[Token, ...], i: int, edge: int) -> int | None:
    """How far before the date (at `edge`) token i puts it ahead, whatever the verb's own
    tense, else None: a verb of a wish or a plan, with the "that" or "to" of what it asks for
    before the date ("demanding that the bridge be repaired before May", "urged the board to
    vote in June"), at its distance; a journey or dispatch in the past progressive ("was
    sending a team to the bridge on Monday"), an arrangement told in the past, the trip still
    ahead, at 0 (over a reporting verb after: "..., his office said")."""
    t, word = tokens[i], tokens[i].text.lower()
    wish = t.tag.startswith("VB") and word in _TENSE["ahead_clause"]
    if wish and any(x.text.lower() in _TENSE["ahead_clause_link"] for x in tokens[i + 1 : edge]):
        return edge - i
    past = t.tag == "VBG" and i > 0 and tokens[i - 1].text.lower() in _TENSE["past_be"]
    return 0 if past and word in _TENSE["progressive_ahead"] else None


def _in_clause(s: Sentence, i: int, lo: int, hi: int) -> bool:
    """Token i is inside the text [lo, hi) and ends no clause."""
    return lo <= s.tokens[i].start - s.start < hi and s.tokens[i].text not in _TENSE["clause_end"]


# Tokens that end a clause, words that open another clause after the expression ("said
# Monday that it will"), the future's auxiliaries and words of a scheduled event ("payable
# Jan. 2") that put a date ahead, and the auxiliaries of a passive ("is expected").
_TENSE = lexicons.groups("tense_words")
# Present forms that set no timetable: auxiliaries ("is", "has") and reporting verbs ("says").
_PRESENT_NEUTRAL = _TENSE["passive"] | _TENSE["present_auxiliary"] | REPORTING_VERBS
# The words between a past perfect's "had" and a timetable word ("had been due", "had been set to").
_PLUPERFECT_RUN = _TENSE["pluperfect"] | _TENSE["ahead"] | {"to"}


def _token_tense(tokens: tuple[Token, ...], i: int, purpose: bool) -> int:
    t = tokens[i]
    # "after losing a vote Tuesday night": an event already over; "it had been due to lapse on
    # Friday": a deadline already behind
    done = t.tag == "VBG" and i and tokens[i - 1].text.lower() in _TENSE["done_before"]
    if done or _schedules(tokens, i) and _pluperfect_timetable(tokens, i):
        return -1
    if _schedules(tokens, i) or t.tag in ("VBD", "VBN") and _shares_future(tokens, i):
        return 1
    passive = i and tokens[i - 1].text.lower() in _TENSE["passive"]  # "is expected"
    if t.tag == "VBD" or (t.tag == "VBN" and i and not passive):
        return -1
    # "makes his first start Saturday": a timetable's present; "an agreement to acquire ... in
    # January" (not for weekdays: "fell on Friday to close at $20")
    present = not purpose and t.tag in ("VBZ", "VBP") and t.text.lower() not in _PRESENT_NEUTRAL
    if present or purpose and t.tag == "VB" and i and tokens[i - 1].text.lower() == "to":
        return 1
    return 0


def _schedules(tokens: tuple[Token, ...], i: int) -> bool:
    """A word of a timetable ("set for December", "due in May", the verb "plan"), unless a
    particle makes it a verb of its own ("he set off in December", "set up the firm in May":
    done)."""
    # a particle, or "set" after a level (a high, a record), makes it no timetable's word:
    # "its record low set on Sept. 9" is a mark already made
    word = tokens[i].text.lower()
    level = word == "set" and i > 0 and tokens[i - 1].text.lower() in _TENSE["level_set"]
    particle = i + 1 < len(tokens) and tokens[i + 1].tag == "RP" or level
    verb = tokens[i].tag in ("VB", "VBP", "VBZ") and word in _TENSE["ahead_verb"]
    return (word in _TENSE["ahead"] or verb) and not particle


def _pluperfect_timetable(tokens: tuple[Token, ...], i: int) -> bool:
    """ "It had been due to lapse on Friday", "had been set for May": a timetable word in a past
    perfect (its "had", at most four words back in the clause) told a deadline the story has
    passed; the date is behind, not ahead."""
    k = i - 1
    while k >= 0 and i - k <= 4 and tokens[k].text not in _TENSE["clause_end"]:
        if tokens[k].text.lower() == "had":
            return all(t.text.lower() in _PLUPERFECT_RUN for t in tokens[k + 1 : i])
        k -= 1
    return False


def _shares_future(tokens: tuple[Token, ...], i: int) -> bool:
    """ "will be closed on Thursday and then closed for the holiday": a participle after a
    coordinator that shares the future auxiliary of the participle before it (no subject of
    its own) is no past tense."""
    k = i - 1
    while k > 0 and tokens[k].tag == "RB":  # "and then", "but soon"
        k -= 1
    if k <= 0 or tokens[k].text.lower() not in _TENSE["coordinator"]:
        return False
    k -= 1
    while k >= 0 and not tokens[k].tag.startswith(("VB", "MD")):
        if tokens[k].text in _TENSE["clause_end"]:
            return False
        k -= 1
    if k < 0 or tokens[k].tag not in ("VB", "VBD", "VBN"):  # "shut" read as a bare verb
        return False
    while k > 0 and tokens[k - 1].tag.startswith(("VB", "MD", "RB")):  # "will also be"
        k -= 1
        if tokens[k].tag == "MD":
            return tokens[k].text.lower() in _TENSE["ahead"]
    return False


def _weekday(target: int, p: date, tense: int, which: str | None) -> date:
    ahead, behind = (target - p.weekday()) % 7, (p.weekday() - target) % 7
    if which == "next":
        return p + timedelta(days=ahead or 7)
    if which in ("last", "previous"):
        return p - timedelta(days=behind or 7)
    forward = tense > 0 or (tense == 0 and ahead <= behind)
    return p + timedelta(days=ahead) if forward else p - timedelta(days=behind)


def _relative(which: str, unit: str, p: date, tense: int) -> str | None:
    step = _STEPS[which]
    if unit == "weekend":
        # the Saturday of p's ISO week, or of the week before or after
        back = step < 0 or (step == 0 and tense < 0 and p.weekday() < 5)
        weeks = -1 if back else 1 if step > 0 and p.weekday() >= 5 else 0
        saturday = p + timedelta(days=5 - p.weekday() + 7 * weeks)
        return "{}-W{:02d}-WE".format(*saturday.isocalendar()[:2])
    return shifted(p.isoformat(), unit, step, False)


def _century_year(short: int, published: date | None) -> int:
    """The year a two-figure "'57" stands for: the latest ending so, up to the published year
    ("in '03", read in 2015, is 2003; "since '57" is 1957); undated, the 1900s, as the '90s."""
    if published is None:
        return 1900 + short
    year = published.year // 100 * 100 + short
    return year if year <= published.year else year - 100


_STEPS = {w: int(n) for w, n in lexicons.table("date_steps").items()}  # "last" -> -1


def resolve(kind: str, m: re.Match[str], published: date | None, tense: int) -> str | None:
    """TIMEX3 value of one matched expression."""
    g = m.groupdict()
    try:
        if kind == "named":
            return _NAMED[m.group()]
        if kind == "holiday_year":  # "Christmas 2004": the holiday's day of that year
            return g["year"] + "-" + _HOLIDAY_DAYS[g["holiday"].replace("’", "'")]
        if kind in ("iso", "dmy", "mdy"):
            month = int(g["m"]) if kind == "iso" else _month(g["month"])
            return date(int(g["year"]), month, int(g["day"])).isoformat()
        if kind in ("md", "dm"):
            month, day = _month(g["month"]), int(g["day"])
            date(2000, month, day)  # validates the day
            year = f"{_year_of(month, day, published, tense)}" if published else "XXXX"
            if g.get("shift") and published:  # "June 16th of last year"
                year = str(published.year + _STEPS[g["shift"]])
            return f"{year}-{month:02d}-{day:02d}"
    except ValueError:
        return None
    if kind == "my":
        return f"{g.get('year') or _spoken_year(g['spoken'])}-{_month(g['month']):02d}"
    if kind == "m":
        return _bare_month(g, published, tense)
    if kind == "century":  # "the 20th century" is TIMEX3 19; "the next century" counts on
        if g.get("century"):
            return str(int(g["century"]) - 1)
        return str(published.year // 100 + _STEPS[g["which"].lower()]) if published else None
    if kind == "decade" and g.get("spelled"):  # "nineties" -> "ninety": the latest such
        tens = count(g["spelled"].lower()[:-3] + "y")  # decade begun by the published year
        return str(_century_year(tens, published))[:3] if tens else None
    if kind == "decade":
        return g["decade"][:3] if g["decade"] else "19" + g["short"][0]
    if kind == "bc":  # "2000 B.C." (TIMEX3 BC2000)
        return f"BC{int(g['year']):04d}"
    if kind == "year":
        return g.get("year") or _spoken_year(g["spoken"])
    if kind == "short_year":  # "since '57": the latest year up to the published one
        return str(_century_year(int(g["short"]), published))
    if kind in ("ref", "now"):  # "recently", "recent years", "in the past" are past, "now"
        ref = g["ref"].lower()  # present, "into the future" future
        past = ref.startswith("recent") or ref == "past"
        return "FUTURE_REF" if ref == "future" else "PAST_REF" if past else "PRESENT_REF"
    if kind in ("quarter", "season"):  # "last summer" shifts the year as "last year" does
        shift = g.get("which") or g.get("shift")  # "last summer", "the first quarter of next year"
        step = -1 if g.get("ago") else _STEPS[(shift or "this").lower()]
        season = _SEASONS[g["season"].lower()] if kind == "season" else ""  # "Spring 2005": SP
        quarter = 0 if season else int(_QUARTER_NUMBERS[g["ordinal"].lower()])
        if not shift and tense < 0 and published:  # told in the past tense, a quarter or a
            # season not yet begun is last year's ("fourth-quarter revenue rose", "shut in the
            # autumn", read in March)
            step -= (_SEASON_STARTS.get(season, 0) if season else 3 * quarter - 2) > published.month
        if season and step > 0 and published:  # "next fall", said in April: this one
            step -= _SEASON_STARTS.get(season, 0) > published.month
        # "the fourth quarter": year unknown ("of next year", undated: unknowable)
        unknown = "XXXX" if kind == "quarter" and not g.get("shift") else None
        if kind == "season" and g["season"].lower() in _UNDATED_SEASONS:
            unknown = "XXXX"  # "this fall", no published date: XXXX-FA (not "this summer")
        when: str | int | None = g.get("year") or _spoken_year(g.get("spoken"))
        when = when or (published.year + step if published else unknown)
        part = f"Q{quarter}" if kind == "quarter" else season
        return f"{when}-{part}" if when else None
    if published is None:
        return None
    if kind in ("ago", "ahead"):  # "six weeks from now"; "in two years" is no calendar point
        n = count(g["n"]) if kind == "ago" or g.get("dir") else None  # "years ago": no count
        by = -n if n and kind == "ago" else n
        return shifted(published.isoformat(), g["unit"].lower(), by, False) if by else None
    if kind == "rel":
        return _relative(g["which"].lower(), g["unit"].lower(), published, tense)
    part = _PARTS.get((g.get("part") or "").lower(), "")
    if kind == "deictic":
        # "yesterday", "last night", "tonight"
        return (published + timedelta(days=_STEPS.get(g["word"].lower(), 0))).isoformat() + part
    if kind == "weekday":
        # "SATURDAY" in a fixtures list, "Thurs." in a wire dateline
        target = [d[:3] for d in WEEKDAYS].index(g["weekday"][:3].title())
        return _weekday(target, published, tense, g["which"]).isoformat() + part
    return None


def _spoken_year(words: str | None) -> str | None:
    """The year a transcript writes in words: "nineteen ninety-six" is 1996 (its first word
    the hundreds), "two thousand" 2000."""
    if not words:
        return None
    first, rest = re.split(r"[-\s]+", words.lower(), maxsplit=1)
    if rest == "thousand":
        return str(NUMBERS[first] * 1000)
    tail = count(rest)
    return f"{NUMBERS[first] * 100 + tail}" if tail else None


def count(words: str | None) -> int | None:
    """The number a count writes ("22", "twenty-two", "a dozen", "two hundred and fifty"),
    None for none ("a few") or a run of number words that is no number ("twelve two",
    "twenty thirty"): tens take only a unit after them, a unit or a teen only a multiplier
    ("hundred", "dozen"), and a multiplier what is smaller than itself."""
    if not words or words.isdigit():
        return int(words) if words else None
    total, limit, scaled = 0, 10**9, False  # limit: what the next added word must be below
    for i, word in enumerate(re.findall(r"[a-z]+", words.lower())):
        if word in _MULTIPLIERS:
            if total >= 10 or scaled:
                return None
            total, limit, scaled = (total or 1) * _MULTIPLIERS[word], _MULTIPLIERS[word], True
        elif word != "and":
            value = NUMBERS.get(word)
            if value is None or value >= limit or (i and word in ("a", "an")):
                return None
            total, limit = total + value, 10 if value >= 20 and value % 10 == 0 else 0
    return total or None


def _year_of(month: int, day: int, published: date, tense: int) -> int:
    """The year of a month and day written without one: the year that puts the day nearest
    the published date, a day on the wrong side of the clause's tense counting nine months
    farther ("was closed in November", read in September, is last year's; "payable Jan. 2"
    in November is next year's; "extended to Dec. 7", said in October, this year's); a day
    firmly behind (`_BEHIND`) is never after the published date."""
    years = (published.year, published.year - 1, published.year + 1)
    return min(years, key=lambda year: _day_cost(year, month, day, published, tense))


def _day_cost(year: int, month: int, day: int, published: date, tense: int) -> int:
    days = (date(year, month, min(day, 28 if month == 2 else day)) - published).days
    wrong = 270 if days * tense < 0 else 0  # the wrong side of the tense: nine months farther
    return abs(days) + wrong + (10**6 if tense == _BEHIND and days > 0 else 0)


# The tense of a day that cannot lie after the published date ("the attacks of Sept. 11 changed").
_BEHIND = -2


def _firmly_behind(kind: str, before: str, tense: int) -> int:
    """ "since Sept. 11", "last Dec. 7", and "the attacks of Sept. 11" or "after Oct. 3" in a
    past clause, are days already over: never the coming one (`_BEHIND`); "struck out one
    Tuesday night", an anecdote's indefinite weekday, is behind unless its clause is future."""
    last = next((w for w in reversed(before.lower().split()) if w != "the"), "")
    behind = last in _TENSE["behind_always"] or last in _TENSE["behind"] and tense < 0
    if kind in ("md", "dm") and behind:
        return _BEHIND
    return -1 if kind == "weekday" and last in _TENSE["anecdote"] and tense <= 0 else tense


def _share_list_years(out: list[DateMention], days: list[_Day], text: str, published: date) -> None:
    """ "on Oct. 2, Oct. 9 and Oct. 16": the month-days of one list in a sentence share one
    reading: the year of the first is the one that puts the whole list nearest the published
    date on the side of its first member's tense, a later month before an earlier one ("Dec. 28
    and Jan. 4") passing to the next year."""
    days = sorted(days, key=lambda d: d[1])
    runs: list[list[_Day]] = []
    for d in days:
        if runs and _RULES["list_gap"].fullmatch(text[runs[-1][-1][2] : d[1]]):
            runs[-1].append(d)
        else:
            runs.append([d])
    for run in (r for r in runs if len(r) > 1):
        md = [(_month(m["month"]), int(m["day"])) for _, _, _, m, _ in run]
        tense = _BEHIND if any(r[4] == _BEHIND for r in run) else run[0][4]
        for (i, *_), value in zip(run, _list_values(md, published, tense), strict=True):
            out[i] = replace(out[i], value=value)


def _list_values(md: list[tuple[int, int]], published: date, tense: int) -> list[str]:
    """The values of a list's (month, day)s: one year for all, a month below the one before
    it passing to the next year; the year whose days cost least (`_day_cost`) in sum."""
    # how many times the month has gone down by each day: the years it passes to the next
    steps = list(accumulate((a > b for (a, _), (b, _) in pairwise(md)), initial=0))
    dated = list(zip(md, steps, strict=True))  # each day, and its year less the first's

    def cost(first: int) -> int:
        return sum(_day_cost(first + n, mo, dy, published, tense) for (mo, dy), n in dated)

    first = min((published.year, published.year - 1, published.year + 1), key=cost)
    return [f"{first + n}-{mo:02d}-{dy:02d}" for (mo, dy), n in dated]


def _bare_month(g: dict[str, str], published: date | None, tense: int) -> str | None:
    """ "in October" resolved as `_year_of` resolves a day; "last May" is the latest May
    before the month before the published one, "next May" the first
    after; "June last year" shifts."""
    month, cue, shift = _month(g["month"]), (g.get("cue") or "").lower(), g.get("shift")
    if published is None:
        return f"XXXX-{month:02d}"  # "in January", "December last year": year unknown
    year = published.year
    if shift:
        year += _STEPS[shift.lower()]
    elif cue in ("last", "since"):
        # "last <month>" is a year back from the published month on, and for the month just
        # before it ("last February" in a March story: the month just ended is "last month",
        # so the writer means the February a year before); a January story's "last December"
        # stays the December just ended
        year -= month >= published.month - 1 if cue == "last" else month > published.month
    elif cue == "next":
        year += month <= published.month
    elif cue != "this":  # "through January": ahead
        year = _year_of(month, 15, published, 1 if cue in _TENSE["deadline"] else tense)
    return f"{year}-{month:02d}"


def dateline_dates(article: Article, published: date | None = None) -> tuple[DateMention, ...]:
    """The dates the article's datelines state; a dateline is kept out of the analysed text
    as page furniture, yet it is the one date every reader looks for. A wire dateline's
    month and day ("KERICHO, Kenya, March 4 (Reuters) -") take the year of `published`."""
    out = []
    for c in (c for c in article.clutter if c.kind == "dateline"):
        if stamp := parse_stamp(c.text):
            out.append(DateMention(c.text.strip(), stamp.isoformat(), None, None, None))
        elif found := _wire_dateline_day(c.text, published):
            out.append(found)
    return tuple(out)


def _wire_dateline_day(text: str, published: date | None) -> DateMention | None:
    """The month-day a wire dateline gives ("LAGOS, Norland, May 2 (Reuters) -"), its year the
    one that puts it nearest `published` as a day filed up to then (a story is filed before it
    is out; a day after it, a time zone's, stays in that year), else unknown (XXXX); None if
    the dateline names no day."""
    for kind, pattern in PATTERNS:
        if kind in ("mdy", "dmy", "md", "dm") and (m := pattern.search(text)):  # a month-day
            value = resolve(kind, m, published, -1)
            return DateMention(m.group(), value, None, None, None) if value else None
    return None


def extract_dates(
    doc: Doc, published: date | None, adverbs: bool = True
) -> tuple[DateMention, ...]:
    """Date mentions in article order, with TIMEX3-style values where resolvable; without
    `adverbs`, not "now", "currently", "recently", "in the past" (TimeML dates; not on a fact
    sheet), and "recent years" without TimeML's PAST_REF (the fact sheet gives a vague date no
    value)."""
    out: list[DateMention] = []
    pending: _Pending = {}
    quarterly = len(list(matches_in(_RULES["quarter"], doc.text))) >= 2
    whole = fold("\n".join(s.text for s in doc.sentences))
    in_whole: dict[frozenset[str], bool] = {}  # patterns share sets of words: the months
    wanted = (x for x in _NEEDING if adverbs or x[0] != "now")
    patterns = [(k, p, n) for k, p, n in wanted if holds_each(n, whole, in_whole)]
    for s in doc.sentences:
        # weekly schedules ("open Tuesday to Saturday") and year-less ranges of birth months
        # ("those born between July and December"): weekdays and months that name no day on
        # the calendar (generic, a sample split), so no date is read inside them
        taken = [m.span("days") for m in _RULES["schedule"].finditer(s.text)]
        born = _RULES["birth_months"].finditer(s.text) if "born" in s.text else ()
        taken, rota = taken + [m.span("months") for m in born], False
        sentence_tense: int | None = None  # read at the first match: most sentences have none
        folded = fold(s.text)
        held: dict[frozenset[str], bool] = {}  # patterns share words: the months
        fits: dict[tuple[frozenset[str], ...], bool] = {}  # and whole sets of sets
        days: list[_Day] = []  # month-days, for lists
        yearless: list[int] = []  # months of no year (no published date), by row in `out`
        for kind, pattern, needs in patterns:
            if (ok := fits.get(needs)) is None:
                ok = fits[needs] = holds_each(needs, folded, held)
            if not ok:
                continue  # no word the pattern needs: "two years ago" without "ago"
            for m in pattern.finditer(s.text):
                start, end = m.start(), m.end()
                sentence_tense = _tense(s) if sentence_tense is None else sentence_tense
                tense = sentence_tense  # each match its own: "Sunday's race" sets none for the next
                cue = _RULES["leading_cue"].match(m.group())
                if cue and kind in ("m", "year"):  # "in 2015" -> "2015"
                    start += cue.end()
                if any(a < end and start < b for a, b in taken) or _is_name(s.text, m, kind):
                    continue
                taken.append((start, end))
                if kind in _TENSED:
                    # a quotation keeps its own tense; elsewhere the sentence's, read once above
                    quoted = _quotation(s, start)
                    own = _tense(s, *quoted) if quoted else sentence_tense
                    within = quoted or (0, len(s.text))
                    tense = _clause_tense(s, start, end, kind != "weekday", within, own)
                    since = bool(_RULES["since"].search(s.text[:start]))
                    tense = -1 if since else tense  # "since Monday": behind, whatever the verb
                    tense = _firmly_behind(kind, s.text[:start], tense)
                    if _RULES["moved_to"].search(s.text[:start]):
                        # "postponed to July 21": the day moved to, nearest on either side;
                        # "adjourned until Monday": the coming one
                        tense = 1 if kind == "weekday" else 0
                if kind == "quarter":
                    tense = _results_tense(s, start, end, sentence_tense)
                if m.groupdict().get("noun") is not None and not (kind in _TENSED and since):
                    tense = 0  # "Sunday's race": the noun's day, the nearest, not the verb's
                value = resolve(kind, m, published, tense) if adverbs or kind != "ref" else None
                if kind == "weekday" and not m["which"] and rota:
                    value = None  # "each Saturday, except Sunday and Monday": days of a rota
                rota |= kind == "recurring" and m.group()[0] in "Ee"  # "every", "each"
                if m.group().lower() == "today" and _is_present_state(s, start, end):
                    value = "PRESENT_REF"
                if quarterly and published and m.group().lower() == "a year ago":
                    value = _year_ago_quarter(s, published) or value
                if kind == "fiscal" and (ends := _span_ends(m)):
                    for group, year in ends:
                        where = (s.index, s.start + m.start(group), s.start + m.end(group))
                        out.append(DateMention(m[group], year, *where))
                    continue
                where = (s.index, s.start + start, s.start + end)
                out.append(DateMention(s.text[start:end], value, *where))
                if kind == "md" and (second := _second_day(s, end, value)):
                    out.append(second)
                    taken.append((end, (second.end or 0) - s.start))
                if kind in ("md", "dm") and value and published and not m.groupdict().get("shift"):
                    days.append((len(out) - 1, start, end, m, tense))
                if kind == "anchored" and not value:
                    pending[s.start + start] = (m, bool(_RULES["figures"].search(s.text)))
                if kind == "m" and value and value.startswith("XXXX") and _year_open(m):
                    yearless.append(len(out) - 1)
        _sentence_year(out, yearless)
        if published:
            _share_list_years(out, days, s.text, published)
            _range_years(out, s, back=True)
            _range_years(out, s, back=False)
            _weekday_ranges(out, s, published)
    return tuple(_anchored(sorted(out, key=lambda d: d.start or 0), pending, published))


def _year_open(m: re.Match[str]) -> bool:
    """A month whose words leave its year open ("in March", "by the end of March"), not one
    they place against the unknown published date ("last March", "March next year")."""
    g = m.groupdict()
    return not g.get("shift") and (g.get("cue") or "").lower() not in _STEPS


_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # a year, a month or a day


def _sentence_year(out: list[DateMention], yearless: list[int]) -> None:
    """ "In the first three months of 2031 the harbour board will spend what it holds at the
    end of March": a month without a year, in a story with no published date, takes the
    year of the nearest date before it in its sentence (the Wall Street Journal and fifth CNN
    guidelines), whatever their months' order ("17% in October 1989, against 18% in
    September" is 1989's September, a series told backwards)."""
    if not yearless:
        return
    sentence = out[yearless[0]].sentence  # one pass over the dates for the sentence's years
    ours = [e for e in out if e.sentence == sentence and _CALENDAR_VALUE.fullmatch(e.value or "")]
    dated = [(e.end or 0, (e.value or "")[:4]) for e in ours]
    for i in yearless:
        if before := [y for y in dated if y[0] <= (out[i].start or 0)]:
            out[i] = replace(out[i], value=max(before)[1] + (out[i].value or "")[4:])


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _range_years(out: list[DateMention], s: Sentence, back: bool) -> None:
    """The months of a range or pair, the first a bare month, share a year, whatever each
    one's verb read alone. `back`: a bare first month takes the year of the second month's
    own ("between May and June 2030", "from March to May last year"; "from November to
    February 2031" starts the year before). Else the second of two bare months follows the
    first: "between June and August" (same year), "from November to February" (the year
    after); the first carries the cue ("between", "from") that placed it."""
    ours = sorted((d.start, k) for k, d in enumerate(out) if d.sentence == s.index and d.start)
    for (a, i), (b, j) in pairwise(ours):
        first, second = out[i], out[j]
        if not (first.value and second.value and first.end and b > a):
            continue
        # "between June and August 2024": the second month written with its year
        dated = _RULES["bare_month"].fullmatch(second.text) is None
        if not _RULES["bare_month"].fullmatch(first.text) or back != dated:
            continue  # "from May of 1961 until June of this year": each has its year
        months = _MONTH_VALUE.fullmatch(first.value) and _MONTH_VALUE.fullmatch(second.value)
        gap = s.text[first.end - s.start : b - s.start]
        if not months or not _RULES["range_link"].fullmatch(gap):
            continue
        month, later = int(first.value[5:]), int(second.value[5:])
        if back:
            out[i] = replace(first, value=f"{int(second.value[:4]) - (month > later)}-{month:02d}")
        else:
            out[j] = replace(second, value=f"{int(first.value[:4]) + (later < month)}-{later:02d}")


_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(T[A-Z]{2})?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")


def _weekday_ranges(out: list[DateMention], s: Sentence, published: date) -> None:
    """ "from Monday to Friday": the two ends of a weekday range fall in one week, in order,
    whatever each one's verb read alone ("worked from Monday to Friday", read on a Thursday,
    is last week's Monday to Friday, not this Monday and last Friday); a week named right
    after it ("from Monday to Wednesday next week") holds both ends."""
    ours = sorted((d.start, k) for k, d in enumerate(out) if d.sentence == s.index and d.start)
    for (a, i), (b, j) in pairwise(ours):
        first, second = out[i], out[j]
        if not (first.end and first.value and second.value and b > a):
            continue
        if not (_RULES["weekday_range"].fullmatch(s.text[first.end - s.start : b - s.start])):
            continue
        one, two = _DAY_VALUE.fullmatch(first.value), _DAY_VALUE.fullmatch(second.value)
        bare = all(_RULES["bare_weekday"].fullmatch(d.text) for d in (first, second))
        if not (one and two and bare):
            continue  # both ends a weekday's value, each written as a weekday alone
        start, end = date.fromisoformat(one[1]), date.fromisoformat(two[1])
        span = (end.weekday() - start.weekday()) % 7
        week = _week_after(out, j, s)
        if week is not None:
            start = date.fromisocalendar(week[0], week[1], start.weekday() + 1)
        elif 0 <= (end - start).days <= 6:
            continue  # already one week, in order
        elif start <= published and end <= published:
            start = end - timedelta(days=span)  # both behind: the week that ends with the end
        end = start + timedelta(days=span)
        out[i] = replace(first, value=start.isoformat() + (one[2] or ""))
        out[j] = replace(second, value=end.isoformat() + (two[2] or ""))


def _week_after(out: list[DateMention], j: int, s: Sentence) -> tuple[int, int] | None:
    """The ISO (year, week) of a week named right after a range's end, row j of `out`, in
    sentence s ("to Friday last week"), else None."""
    ours = sorted((d.start, k) for k, d in enumerate(out) if d.sentence == s.index and d.start)
    k = next((n for n, (_, m) in enumerate(ours) if m == j), len(ours)) + 1
    if k >= len(ours):
        return None
    after, end = out[ours[k][1]], out[j].end or 0
    gap = s.text[end - s.start : (after.start or 0) - s.start]
    week = _WEEK_VALUE.fullmatch(after.value or "")
    return None if week is None or gap.strip(" ,") else (int(week[1]), int(week[2]))


def _second_day(s: Sentence, end: int, value: str | None) -> DateMention | None:
    """ "scheduled for April 17 and 18": the bare day after a month and day is a date of that
    month too (the multi-source guideline: two dates), with the first one's year."""
    m = _RULES["second_day"].match(s.text, end)
    if m is None or value is None or len(value) != 10:
        return None
    day = int(m["day"])
    try:
        date(2000, int(value[5:7]), day)  # validates the day
    except ValueError:
        return None
    where = (s.index, s.start + m.start("day"), s.start + m.end("day"))
    return DateMention(m["day"], f"{value[:8]}{day:02d}", *where)


def _span_ends(m: re.Match[str]) -> list[tuple[str, str]]:
    """ "his 1973-90 rule": years more than one apart are the two ends of a span, two dates
    (1973, 1990), as "1973-1990" is; consecutive ones ("2017-18") are a fiscal year or a
    season, one date. The groups of the ends, with their years."""
    if m["last"] is None:
        return []  # "2000/2001"
    first = int(m["first"])
    last = first // 100 * 100 + int(m["last"])
    last += 100 if last < first else 0  # "1995-03"
    return [] if last - first < 2 else [("first", str(first)), ("last", str(last))]


def _anchored(
    mentions: list[DateMention], pending: _Pending, published: date | None = None
) -> list[DateMention]:
    """ "two years later", "the next day": counted from the last date with a calendar value
    before it (its anchor), else no value ("in 2010 ... two years later" is 2012). Beside
    figures ($, %) only a year counts: the figures' period is the anchor's ("$5m in 2010, from
    $4m the previous year" is 2009; beside a quarter's, left out: a period we cannot date);
    a year long before the published one is no period a report gives figures for ("founded
    in 2011 ... profit rose 4% from a year earlier", read in 2026): left out. A modifier
    ("the year-earlier period") counts from a year only in its own sentence ("net for the nine
    months of 2025 fell from the year-earlier period"): a year named elsewhere is as often a
    look back ("the banks merged in 2015") as the period reported, a month anywhere; one it
    cannot count is left out, as figures' "a year earlier" is; in an undated story, kept
    without a value."""
    out, anchor, anchor_in = [], None, None
    for k, d in enumerate(mentions):
        if (got := pending.get(d.start or -1)) is None:
            if anchor and d.value and d.text.endswith(" same year"):  # "December of the same year"
                d = replace(d, value=anchor[:4] + d.value[4:])
            if d.value and shifted(d.value, "year", 0, True):
                anchor, anchor_in = d.value, d.sentence  # not a counted one: "a year earlier"
                # twice is one year back
            out.append(d)
            continue
        (m, figures), value = got, None
        g = m.groupdict()
        n, part = count(g["n"]) if "n" in g else 1, g["unit"].lower()  # "a few": no count
        unit = "day" if part in _PARTS else part
        modifier = g.get("keep") is not None  # "the year-earlier period"
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        # an anchor finer than a year, or a year more than two before the published one (a
        # founding year: an annual report out in March gives last year's figures, a look back
        # the year before's), cannot be the period figures beside "a year earlier" are for
        old = bool(published and anchor and int(anchor[:4]) < published.year - 2)
        period = not (figures and anchor and (len(anchor) > 4 or old))
        near = not modifier or anchor_in == d.sentence or _MONTH_VALUE.fullmatch(anchor or "")
        if after and after.value and 0 <= (after.start or 0) - (d.end or 0) <= 5:
            value = shifted(after.value, unit, 0, False)  # "a year earlier, in May 2012"
        elif anchor and n is not None and period and near:
            back = (g["dir"] or "").lower() in _TENSE["back"]
            same = g.get("that") or g["dir"].lower() == "same"
            # kept as counted ("n") or by a modifier: "year-earlier" is "a year earlier", and a
            # quarter's is one
            value = shifted(anchor, unit, 0 if same else -n if back else n, "n" in g or modifier)
        dropped = g.get("that") or (figures or modifier) and published is not None
        if value or not dropped:  # "redemptions that day": no day given; undated, figures'
            # "a year earlier" is a date the text gives no way to place (the multi-source
            # guideline: null)
            value = value + _PARTS.get(part, "") if value and len(value) == 10 else value
            out.append(replace(d, value=value))
    return out


def _year_ago_quarter(s: Sentence, published: date) -> str | None:
    """In a report of quarterly results, "a year ago" beside a quarter's figures is the
    year-ago quarter: "profit rose to $5 million from $4 million a year ago" published in
    October 2019 (the third quarter just reported) is 2018-Q3."""
    if not (_RULES["quarter"].search(s.text) or _RULES["figures"].search(s.text)):
        return None
    back = published.year * 12 + published.month - 16  # the last whole quarter, a year back
    return f"{back // 12}-Q{back % 12 // 3 + 1}"


def _results_tense(s: Sentence, start: int, end: int, sentence_tense: int) -> int:
    """-1 where a quarter's results are told in the past ("Fourth-quarter revenue rose 8%"),
    else 0: an outlook or a future ("expects fourth-quarter revenue to rise", "will report")
    is no result."""
    if _RULES["outlook"].search(s.text) or _RULES["future"].search(s.text):
        return 0
    return min(0, _clause_tense(s, start, end, True, (0, len(s.text)), sentence_tense))


def _is_present_state(s: Sentence, start: int, end: int) -> bool:
    """ "Commerce is small today", "where are they today": a state of the present (TimeML
    PRESENT_REF), not the day's news ("was pictured today"); so too "in today's world", "when
    today's babies are taxpayers": "today" before a noun of an era (present_era_nouns.txt) is
    the present age, not the day's news ("today's vote")."""
    era = _RULES["possessive_noun"].match(s.text, end)
    if era is not None and era[1].lower() in _PRESENT_ERA_NOUNS:
        return True
    before = [t for t in s.tokens if t.start - s.start < start]
    after = [t for t in s.tokens if t.start - s.start > start]
    if (after and after[0].tag == "VBG") or (before and before[-1].text in _TENSE["today_day"]):
        return False  # "is today opening", "enthusiastic by today": the day
    if before and before[-1].text.lower() in _TENSE["today_news"]:
        return False  # "is published today in the journal": the day's news
    # nothing but a clause's edge before the word: the sentence's start, a comma, or a
    # coordinator after one ("and, today, ...")
    edge = not before or before[-1].text == "," or before[-1].text.lower() in _TENSE["coordinator"]
    if after and after[0].text == "," and edge:
        return _present_after(after[1:])  # "Today, the house is owned by a trust"
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.tag == "VBG" and k and before[k - 1].tag == "IN":
            continue  # "other ways of diagnosing it today": a gerund, not the clause's verb
        if t.text in _TENSE["clause_end"] or (t.tag.startswith(("VB", "MD")) and t.tag != "VBN"):
            return t.text.lower() in _TENSE["present_be"] and t.tag in ("VBZ", "VBP")
    return False


_PRESENT_ERA_NOUNS = lexicons.words("present_era_nouns")


def _present_after(after: list[Token]) -> bool:
    """ "Today, the house is owned by a trust", "today, 900 troops are deployed": the clause a
    fronted "today," opens is a lasting state, a present passive (not "Today, the port is
    calm", nor news told in the present, "Today, the minister says ...": the day)."""
    for t, following in zip(after, after[1:], strict=False):
        if t.text in _TENSE["clause_end"]:
            return False
        if t.tag.startswith(("VB", "MD")):
            present = t.text.lower() in _TENSE["present_be"] and t.tag in ("VBZ", "VBP")
            return present and following.tag == "VBN"
    return False


# Expressions whose direction the clause's tense decides.
_TENSED = frozenset(["md", "dm", "m", "weekday"])


def _is_name(text: str, m: re.Match[str], kind: str) -> bool:
    """ "Black Friday", "Good Friday", "Bloody Sunday", "Sunday Night Live", a programme's
    "This Week" are names, not dates; so is a capitalised "Today" after a capitalised word
    ("Norland Today") or before a programme's noun ("Radio 4's Today programme"). A decade
    that is a reading is no date either: "temperatures in the 90's", "aged in the 80's",
    "highs in the nineties", a two-figure or spelled decade up to six words after a word of a
    temperature or an age."""
    if kind == "decade":
        scale = re.findall(r"[a-z]+", text[: m.start()].lower())[-6:]
        written = m.groupdict().get("short") or m.groupdict().get("spelled")
        return bool(written) and any(w in _SCALE_WORDS for w in scale)
    before = text[: m.start()].split() or [""]
    if kind == "deictic" and m.group().lower() == "tomorrow":  # "a brighter tomorrow"
        owner = text[m.end() : m.end() + 2] in ("'s", "’s")  # "the start of tomorrow's show"
        return not owner and bool(_RULES["generic_tomorrow"].search(text[: m.start()]))
    if kind == "deictic":  # also a capitalised one in quote marks: the "Today" show
        after = (text[m.end() : m.end() + 2] + "  ")[:2]
        quoted = all(c in _QUOTE_MARKS for c in before[-1][-1:] + after[0])
        quoted &= not after[1].isalpha()  # not "Today's vote"
        # before a programme's noun: "Radio 4's Today programme"
        show = text[m.end() :].split(maxsplit=1)[:1] in ([w] for w in _PROGRAMME_WORDS)
        return m.group()[0].isupper() and (before[-1][:1].isupper() or quoted or show)
    if kind == "rel":
        return m["unit"][0].isupper()  # a programme: ABC's "This Week"
    if kind == "year" and _RULES["catalogue_designation"].match(text, m.end()):
        return True  # "the asteroid 2009 QX12": a designation
    if kind in ("year", "named") and m.group()[0].isdigit() and len(before) > 1:
        # "Euro 2016", "Supply Act 1997", "the documentary Fahrenheit 9/11": a year or a date in
        # figures after a capitalised word inside the sentence ends a title; not a date after a
        # preposition of time or a word a title leaves in lower case ("Life After 9/11")
        lead = kind == "named" and before[-1].lower() in _FIGURE_DATE_LEADS
        return bool(_RULES["titled_word"].fullmatch(before[-1])) and not lead
    papers = _PAPERS.finditer(text)  # "The Mail on Sunday", "the Sunday Times"
    named = before[-1] in _NAMED_DAY_WORDS or any(p.start() <= m.start() < p.end() for p in papers)
    titled = text[m.end() :].split(maxsplit=1)[:1] in ([p.title()] for p in _PARTS)
    return kind == "weekday" and (named or titled)  # "Saturday Night Live": a show


_SCALE_WORDS = lexicons.words("scale_words")
# "After 9/11", "On 9/11": a date may follow a preposition of time or a title's small word
_FIGURE_DATE_LEADS = lexicons.words("date_cues") | lexicons.words("title_small_words")
_NAMED_DAY_WORDS = lexicons.words("named_day_words")
_PROGRAMME_WORDS = lexicons.words("programme_words")  # "the Today programme": a show's name
_QUOTE_MARKS = "\"“”'‘’"
_PAPER_FORMS = [f for n, fs in lexicons.forms("newspapers").items() for f in (n, *fs)]
_PAPERS = re.compile("|".join(re.escape(f) for f in _PAPER_FORMS if any(d in f for d in WEEKDAYS)))

"""Web-paste clean-up: headline, standfirst, byline, dateline, captions and agency lines.

Text pasted from a news page carries page furniture around the story. Each rule below
recognises one kind of line; what it recognises becomes metadata (title, standfirst,
byline, published date) or `Clutter` kept for the source view, never analysis text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from briefing import lexicons
from briefing.model import Clutter
from briefing.timex import MONTH_NUMBERS

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?\s+)?"
)
_LEAD = (
    r"^(?:(?P<label>published|updated|posted|last (?:updated|modified)|first published|modified)"
    r"(?: on| at)?"  # "Posted at 5:42 PM, Aug 9, 2026" (US local TV sites)
    r"(?:\s*:\s*|\s+))?"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_TIME = r"(?:[\s,|-]+(?:at\s+)?" + _CLOCK + r")?"
# A stamp may give the time first: "14:02 GMT, 3 March 2026", "2:02 PM EST, Tue March 3, 2026".
_TIME_FIRST = r"(?:" + _CLOCK + r",?\s+)?"

# A line that is only a date: "17 September, 2018", "September 17, 2018", "Sept. 17, 2018",
# "2018-09-17", "Published 17 Sep 2018", "Monday 17 September 2018 10:31 BST".
DATELINE = re.compile(
    _LEAD
    + _WEEKDAY
    + _TIME_FIRST
    + _WEEKDAY
    + r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>"
    + _MONTHS
    + r"),?\s+(?P<y1>\d{4})"
    + r"|(?P<m2>"
    + _MONTHS
    + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    + _TIME
    + r"\s*$",
    re.I,
)
# "2 min read", "5-minute read", "Reading time: 3 minutes".
READING_TIME = re.compile(
    r"^(?:\d+\s*-?\s*min(?:ute)?s?\.?\s+read|reading time:?\s*\d+\s*min(?:ute)?s?)$", re.I
)
# "Updated 3 hours ago", "Last updated: 20 mins ago", "2 days ago".
RELATIVE_STAMP = re.compile(
    r"^(?:(?:last\s+)?updated:?\s+)?\d+\s+"
    r"(?:seconds?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?)\s+ago$",
    re.I,
)
# "By Jane Smith", "By Jane Smith and Ali Reza, Reuters".
BYLINE = re.compile(r"^[Bb]y\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:.*)?)$")
# News agencies and outlets that sign bylines and photo credits (common wire services).
AGENCIES = (
    "AFP",
    "AP",
    "Associated Press",
    "Reuters",
    "Bloomberg",
    "EPA",
    "Anadolu",
    "Anadolu Agency",
    "dpa",
    "Xinhua",
    "PA Media",
    "BBC News",
    "Al Jazeera",
)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
# A name signed with its agency, alone on a header line: "Jane Smith, Reuters".
AGENCY_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+" + _AGENCY + r"$"
)
# A header line signed without "By": "Jo Park, Transport Correspondent", "Jo Park @jopark",
# "Jo Park | Tuesday 3 March 2026 14:02" (its stamp gives the published date); a leading "By"
# is not part of the name ("By Jo Park, Chief Football Writer").
_NAME = r"(?:[Bb]y\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
SIGNED_LINE = re.compile(
    _NAME + r"(?:,\s+(?:[A-Za-z-]+\s+){0,3}(?i:correspondent|editor|reporter|writer|columnist)"
    r"|\s+@\w+|\s+and\s+agencies|\s+\|\s+(?P<stamp>.+))$"
)
# A page's topic tags after the story, a line each under a heading: one to three words and no
# stop ("Topics", "Ferries", "Strikes"; not a team sheet's last line, "C Thomson").
_TAGS_HEAD = re.compile(r"^(?:related )?(?:topics|tags)\s*:?$", re.I)
_TAG_LINE = re.compile(r"^[\w'’&-]+(?:\s+[\w'’&-]+){0,2}$")
# A label over a list of links to other stories ("Read more:", "Related"), and a line under it
# that reads as one of their headlines: short, with no closing stop (link_list_heads.txt).
_LINKS_HEAD = re.compile(
    "^(?:" + "|".join(f"(?:{x})" for x in lexicons.lines("link_list_heads")) + ")$", re.I
)
_LINK_MAX_WORDS = 16
# What follows the names in a byline: "…, Reuters", "… | BBC News", "… - AFP".
_BYLINE_TAIL = re.compile(r"\s*[,|–—-]\s*" + _AGENCY + r"\b.*$")
# The outlet a writer filed for: "Jo Park for MailOnline", "JO PARK FOR THE DAILY MAIL".
_FILED_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}$", re.I)
# A photo caption ends with its credit: "Turkey has bolstered its positions [AFP]",
# "Ministers at the signing (Reuters)", "… near Can Tho. Photo: Getty Images",
# "AP Photo/Jane Doe", "… in Sochi / AFP", "… for Valby United (Image: Getty)".
CAPTION_CREDIT = re.compile(
    r"(?:\[(?:" + _AGENCY + r"|Getty(?: Images)?|File|Agencies)\]"
    r"|\((?:" + _AGENCY + r"|Getty Images)(?: Photo)?\)"
    r"|\(?(?:Photo|Image|Picture)(?: credit)?:\s*[\w/ .,-]+\)?"
    r"|AP Photo/[\w .-]+|Getty Images|/\s*" + _AGENCY + r")\s*$"
)
# Caption labels some sites print before the caption: "Image caption, Ministers at the talks",
# "Media caption: The ferry leaves Valby", "Image source, Getty Images"; tabloids' "Pictured:
# Jo Park outside her home", "Pictured left: …"; a caption led by its label alone: "Photo: The
# mayor at the opening. Credit: Jo Park".
CAPTION_LABEL = re.compile(
    r"^(?:(?:image|media|photo|video)\s+(?:caption|source)\s*[,:]|\[(?:photo|image|picture|video)s?\]"
    r"|pictured(?:\s+(?:above|below|left|right))?\s*:|(?:photo|picture|image)s?\s*:)",
    re.I,
)
# Any other bracketed credit, e.g. a photo agency we do not list: "Boats in Valby [Nordic Press]".
# Only for lines without quotation marks: a quote may end with an editor's "[Russia]".
OTHER_CAPTION_CREDIT = re.compile(r"\[[A-Z][\w ]{0,25}\]\s*$")
_QUOTE_MARKS = '"“”'
# Who wrote, reported or owns the story: "Agencies contributed to this story.",
# "Reporting by Helen Marsh; Editing by Tom Aalto", "Additional reporting by …", "© 2018 Reuters".
CREDIT = re.compile(
    r"^(?:agencies contributed to this (?:story|report)\.?"
    r"|(?:additional )?reporting by .+|editing by .+|writing by .+"
    r"|(?:©|\(c\))\s*.+|copyright\s+(?:©\s*)?\d{4}.*)$",
    re.I,
)
# Page furniture pasted along with the story on lines of its own: "Follow us on Twitter",
# "Advertisement", "Media playback is unsupported on your device", "Comments (12)"
# (resources/lexicons/furniture_lines.txt).
BOILERPLATE = re.compile(
    "^(?:" + "|".join(f"(?:{x})" for x in lexicons.lines("furniture_lines")) + ")$", re.I
)
# A reporter's post on a header line of its own ("Staff Reporter"), and the writer's name on
# the line above it ("Aroha Lind" over "Local Democracy Reporter"): the byline.
_REPORTER_POST = lexicons.pattern("reporter_posts", re.I)
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
# A header line of the place a story was filed from and its date: "Dharampur, February 12,
# 2026" (Indian and South Asian papers print it apart from the lede).
_PLACE_DATED = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+(?P<date>.+)$")


def place_dated(line: str) -> bool:
    """A line that is only the place a story was filed from and its date ("Dharampur,
    February 12, 2026"): kept in the text for its place, never a sentence to show alone."""
    placed = _PLACE_DATED.match(line.strip())
    return placed is not None and parse_stamp(placed["date"]) is not None


# Wire markup and editors' notes on lines of their own: "<ANNOTATION>", "</ANNOTATION>",
# "(STORY MAY STOP HERE)" (a note in capitals, in brackets).
MARKUP_LINE = re.compile(r"^</?[A-Za-z][^<>]*>$")
# A typesetter's dot command on a line of its own, as archive and corpus files open a story
# (".START", ".TEXT"): a markup line, never the headline.
DOT_COMMAND = re.compile(r"^\.[A-Z]{2,}$")
EDITORS_NOTE = re.compile(r"^\((?=[^a-z()]*[A-Z]{3})[^a-z()]+\)$")
# A note in brackets above the dateline, in the wire's codes or not: "&UR; (Jo Park is a staff
# writer for the Valby (Nor.) Post. This story was distributed by …) &LR;".
NOTE_ABOVE_DATELINE = re.compile(r"^(?:&[A-Z]{2};\s*)?\((?:[^()]|\([^()]*\))*\)\s*(?:&[A-Z]{2};)?$")
# Credit and boilerplate lines are short; a longer paragraph that starts the same way
# ("Reporting by the BBC found that …") is story text.
FURNITURE_MAX_WORDS = 20
# Hard-wrapped text (e-mail, terminal copy at 72 or 80 columns) is this wide; a line shorter
# than _SHORT_LINE of the longest ends a paragraph ("…officials said." then "A second…").
_WRAP_WIDTHS = (50, 100)
_SHORT_LINE = 0.6
# Headlines run to about 15 words; a first line longer than this is story text.
HEADLINE_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?\"”’:)\]]$")


@dataclass(frozen=True)
class Cleaned:
    """An article's story paragraphs and metadata, with what was set aside as clutter."""

    title: str
    paragraphs: tuple[str, ...]
    standfirst: str | None
    byline: str | None
    published: date | None
    clutter: tuple[Clutter, ...]
    raw_text: str = ""


def parse_dateline(line: str) -> date | None:
    """The date of a line that is only a date, else None."""
    m = DATELINE.match(line.strip())
    return _date_of(m) if m else None


def _date_of(m: re.Match[str]) -> date | None:
    """The calendar date a DATELINE match names, else None (no such day)."""
    g = m.groupdict()
    try:
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        day, month, year = (g["d1"], g["m1"], g["y1"]) if g["y1"] else (g["d2"], g["m2"], g["y2"])
        return date(int(year), MONTH_NUMBERS[month.lower()[:3]], int(day))
    except (ValueError, KeyError):
        return None


# The pieces of a header line of stamps: "Published: 14:02 GMT, 3 March 2026 | Updated: …",
# "March 3, 2026 / 2:02 PM / Updated 2 hours ago".
_STAMP_PIECES = re.compile(r"\s+[|/]\s+|\s*\|\s*")
_CLOCK_ONLY = re.compile(_CLOCK + r"$", re.I)


def parse_stamp(line: str) -> date | None:
    """The publication date of a header line made only of dates, times and stamps, else
    None: the first piece not labelled as an update, else the first (an article updated on
    the 4th was still published on the 3rd)."""
    pieces = [p for p in _STAMP_PIECES.split(line.strip()) if p]
    dated: list[tuple[bool, date]] = []
    for piece in pieces:
        if len(piece.split()) > 10:
            return None
        m = DATELINE.match(piece)
        if m and (when := _date_of(m)):
            label = (m.group("label") or "").lower()
            dated.append((label.endswith(("updated", "modified")), when))
        elif not (
            READING_TIME.match(piece) or RELATIVE_STAMP.match(piece) or _CLOCK_ONLY.match(piece)
        ):
            return None
    first = [when for updated, when in dated if not updated] or [when for _, when in dated]
    return first[0] if first else None


def parse_date(value: str | None) -> date | None:
    """A metadata date ("2024-03-12T10:00:00Z", "12 March 2024"), else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return parse_dateline(value)


def is_caption(line: str) -> bool:
    """A short line that ends with a photo or agency credit."""
    if len(line.split()) > 30:
        return False
    if CAPTION_CREDIT.search(line) or CAPTION_LABEL.match(line):
        return True
    return bool(OTHER_CAPTION_CREDIT.search(line)) and not any(q in line for q in _QUOTE_MARKS)


def _link_headline(line: str) -> bool:
    """A line under a "Read more:" label that reads as another story's headline, not as story
    text: short and without a closing stop ("Why sitting all day could hurt you")."""
    return len(line.split()) <= _LINK_MAX_WORDS and not _SENTENCE_END.search(line)


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def units(blocks: list[list[str]]) -> list[str]:
    """Paragraph units from blank-line blocks of lines.

    A line ending mid-sentence and followed by a lower-case start is a wrapped line and is
    joined to the next, and so is a line leaving a quotation open that the next line closes
    (copy laid out a sentence a line); any other line break inside a block separates units
    (pasted pages put headline, standfirst and dateline on consecutive lines). A block that
    is hard-wrapped (an e-mail, a terminal copy) is joined back into paragraphs.
    """
    out: list[str] = []
    for block in blocks:
        indented = _indented_starts([ln for ln in block if ln.strip()])
        lines = [ln.strip() for ln in block if ln.strip()]
        if _hard_wrapped(lines):
            out += _unwrap(lines, indented)
            continue
        current = ""
        for line in lines:
            wrapped = not _SENTENCE_END.search(current) and line[:1].islower()
            if current and (wrapped or _quote_runs_on(current, line)):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def _quote_runs_on(current: str, line: str) -> bool:
    """A quotation opened in `current` and closed in `line`: "…she thinks that "the levy is
    blunt." then "It hurts growers." she said." (a sentence a line): the last mark of
    `current` opens, the first of `line` closes. A next line opening with a mark of its own
    starts a paragraph (the continued-quote convention), and so does one whose first mark
    opens a quotation ("…cracked." then "- The coach: "We won."")."""
    marks = [m for m in _MARK.finditer(current)]
    first = _MARK.search(line)
    if not marks or first is None or line[:1] in _QUOTE_MARKS:
        return False
    return _opens(current, marks[-1].start()) and not _opens(line, first.start())


_MARK = re.compile('["“”]')


def _opens(text: str, at: int) -> bool:
    """Whether the mark at `at` opens a quotation: "“", or a straight mark after a space (or
    at the start) and before a word."""
    if text[at] != '"':
        return text[at] == "“"
    return (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isalnum()


def _hard_wrapped(lines: list[str]) -> bool:
    """Four or more lines, at most 100 characters wide, half of them about as long as the
    longest (a pasted web page puts a whole paragraph on each line instead, and a header
    block mixes a headline with short reading-time and date lines)."""
    if len(lines) < 4:
        return False
    longest = max(len(ln) for ln in lines)
    full = sum(len(ln) >= _SHORT_LINE * longest for ln in lines)
    return _WRAP_WIDTHS[0] <= longest <= _WRAP_WIDTHS[1] and 2 * full >= len(lines)


def _indented_starts(lines: list[str]) -> frozenset[int]:
    """The lines that open a paragraph by their indent, when the block marks paragraphs so
    (wire copy: "\t   TOKYO _ Borrowers…" then flush-left lines): at least two indented
    lines, fewer than half of them."""
    indented = frozenset(i for i, ln in enumerate(lines) if ln[:1] in (" ", "\t"))
    return indented if 2 <= len(indented) < len(lines) / 2 else frozenset()


def _unwrap(lines: list[str], indented: frozenset[int] = frozenset()) -> list[str]:
    """Join a hard-wrapped block; a short line still ends its paragraph, an indented line
    starts one, and a markup tag is a line of its own."""
    longest = max(len(ln) for ln in lines)
    out: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if current and (
            MARKUP_LINE.match(line) or (i in indented and not _ends_on_initial(current[-1]))
        ):
            out.append(" ".join(current))
            current = []
        current.append(line)
        if len(line) < _SHORT_LINE * longest or MARKUP_LINE.match(line):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _ends_on_initial(line: str) -> bool:
    """A line that ends on a name's initial ("…Trade Minister Datuk S."): an indent after it
    is a slip of the wire, not a new paragraph."""
    return bool(_INITIAL_END.search(line))


_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")


def split_blocks(text: str) -> list[list[str]]:
    """Blank-line-separated blocks, each a list of lines."""
    return [b.split("\n") for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]


def _typographic(paragraph: str) -> str:
    """Wire and Treebank copy writes double marks as ``two backticks'' and two apostrophes; a
    reader sees them as the curly marks they stand for."""
    return paragraph.replace("``", "“").replace("''", "”")


def clean(paragraphs: list[str], title: str | None = None) -> Cleaned:
    """Separate metadata and clutter from story paragraphs.

    `title` is given when the format carries it (HTML, DOCX); otherwise the first
    paragraph is the headline, unless it reads as story text (pasted without a headline):
    then it stays in the story and its opening words name the article.
    """
    from briefing.sources.inline import strip_inline, strip_leading

    items = [" ".join(p.split()) for p in paragraphs if p.strip()]
    if any("``" in p for p in items):
        items = [_typographic(p) for p in items]
    # A dateline or stamp glued to the first words ("(CNN)The mayor…") goes before the
    # headline is chosen; furniture and captions inside paragraphs after the line rules.
    items, clutter, stamped = strip_leading(items)
    while items and (MARKUP_LINE.match(items[0]) or DOT_COMMAND.match(items[0])):
        clutter.append(Clutter("boilerplate", items.pop(0)))  # "<ANNOTATION>", ".START"
    if title is None:
        clutter += _leading_furniture(items)
    if title is None and items:
        title = _opening_words(items[0]) if _is_story_text(items[0]) else items.pop(0)
    title = title or ""
    standfirst = byline = None
    published: date | None = stamped
    if items and title and _same(items[0], title):
        clutter.append(Clutter("repeated-headline", items.pop(0)))
    body: list[str] = []
    tags = False  # after a "Topics" line: the page's topic tags, a line each
    links = False  # after a bare "Read more:" line: other stories' headlines, a line each
    for i, item in enumerate(items):
        header = i < 6 and not body
        tags = bool(body) and (bool(_TAGS_HEAD.match(item)) or tags and bool(_TAG_LINE.match(item)))
        links = links and _link_headline(item)
        if tags or links:
            clutter.append(Clutter("boilerplate", item))
            continue
        links = bool(_LINKS_HEAD.match(item))
        when = parse_stamp(item)
        if header and not when and (placed := _PLACE_DATED.match(item)):
            published = published or parse_stamp(placed["date"])  # the line stays: its place
        signed = SIGNED_LINE.match(item) if header and not when else None
        if signed and signed["stamp"] and not (stamp := parse_stamp(signed["stamp"])):
            signed = None  # "Jo Park | Harbour news": no stamp after the bar
        if when and (header or published is None):
            published = published or when
            clutter.append(Clutter("dateline", item))
        elif signed:
            byline = byline or _writer(signed["name"])
            published = published or (stamp if signed["stamp"] else None)
            clutter.append(Clutter("byline", item))
        elif READING_TIME.match(item) or RELATIVE_STAMP.match(item):
            clutter.append(Clutter("reading-time", item))
        elif (
            header
            and (m := BYLINE.match(item) or AGENCY_BYLINE.match(item))
            and (len(item.split()) <= 12)
        ):
            byline = byline or _writer(m.group("name"))
            clutter.append(Clutter("byline", item))
        elif header and (_REPORTER_POST.fullmatch(item) or _over_post(items, i)):
            byline = byline or (None if _REPORTER_POST.fullmatch(item) else item)
            clutter.append(Clutter("byline", item))
        elif is_caption(item):
            clutter.append(Clutter("caption", item))
        elif len(item.split()) <= FURNITURE_MAX_WORDS and CREDIT.match(item):
            clutter.append(Clutter("credit", item))
        elif (
            (len(item.split()) <= FURNITURE_MAX_WORDS and BOILERPLATE.match(item))
            or MARKUP_LINE.match(item)
            or EDITORS_NOTE.match(item)
        ):
            clutter.append(Clutter("boilerplate", item))
        elif header and NOTE_ABOVE_DATELINE.match(item) and _opens_on_dateline(items[i + 1 :]):
            clutter.append(Clutter("credit", item))
        elif header and standfirst is None and i == 0 and _followed_by_meta(items[1:4]):
            standfirst = item
            clutter.append(Clutter("standfirst", item))
        else:
            body.append(item)
    if body:  # a long header (standfirst, byline, stamp) pushed the lede past the first three
        lede, cut, when = strip_leading(body[:1])
        body[:1], published = lede, published or when
        clutter += cut
    body, inline = strip_inline(body)
    if len(body) > 1 and byline and _writers_note(body[-1], byline):
        clutter.append(Clutter("credit", body.pop()))
    return Cleaned(title, tuple(body), standfirst, byline, published, (*clutter, *inline))


def _leading_furniture(items: list[str]) -> list[Clutter]:
    """Furniture lines above the headline, taken out of `items`: a press release opens on "FOR
    IMMEDIATE RELEASE", a pasted page on "Advertisement", and neither is the headline."""
    out: list[Clutter] = []
    while len(items) > 1 and len(items[0].split()) <= FURNITURE_MAX_WORDS:
        if not BOILERPLATE.match(items[0]):
            break
        out.append(Clutter("boilerplate", items.pop(0)))
    return out


# What a note on the writer says after the name: "Ana Berg covers Congress for …", "Jo Park
# is a reporter at …".
_WRITER_VERBS = re.compile(
    r"\s+(?:covers|writes|reports|is\s+(?:a|an|the)\s+[\w\s,-]{0,40}?"
    r"(?:correspondent|reporter|writer|editor|columnist|journalist|contributor))\b"
)


def _over_post(items: list[str], i: int) -> bool:
    """Item i is a writer's name on the line right above a reporter's post ("Aroha Lind",
    then "Local Democracy Reporter")."""
    below = items[i + 1] if i + 1 < len(items) else ""
    return bool(_NAME_LINE.match(items[i]) and _REPORTER_POST.fullmatch(below))


def _writers_note(paragraph: str, byline: str) -> bool:
    """The story's last paragraph is a note on its writer ("Ana Berg covers Congress for The
    Harbor Times."): the byline's name, then what the writer covers or is."""
    first = re.split(r"\s+and\s+|,\s*", byline)[0].strip()
    return (
        len(first.split()) >= 2
        and paragraph.startswith(first)
        and bool(_WRITER_VERBS.match(paragraph, len(first)))
        and len(paragraph.split()) <= 40
    )


def field_byline(value: str | None) -> str | None:
    """A page's or front matter's author field as a byline: the views write "By" before it,
    so a field's own "By Jo Park" would show twice."""
    return re.sub(r"^[Bb]y\s+", "", (value or "").strip()) or None


def _writer(name: str) -> str:
    """The byline's names without the agency or outlet, in title case when set in capitals
    ("JO PARK FOR MAILONLINE" -> "Jo Park"); an agency's letters stay ("AP", "AFP")."""
    name = _FILED_FOR.sub("", _BYLINE_TAIL.sub("", name)).strip()
    words = name.split()
    capitals = [w for w in words if w.lower() not in ("and", "&")]
    if len(capitals) < 2 or not all(w.isupper() for w in capitals):
        return name
    agencies = {a.upper() for a in AGENCIES}
    return " ".join(w.title() if w in capitals and w not in agencies else w for w in words)


def _opens_on_dateline(items: list[str]) -> bool:
    """The next paragraph opens on a dateline ("FLORENCE, Ala. _ From…", "VALBY (AP) -- …")."""
    from briefing.sources.inline import LEADING_DATELINE, LEADING_PLACE, WIRE_DATELINE

    return bool(items) and any(
        p.match(items[0]) for p in (WIRE_DATELINE, LEADING_DATELINE, LEADING_PLACE)
    )


def _followed_by_meta(items: list[str]) -> bool:
    """A standfirst sits between the headline and the byline/dateline/reading time."""
    return any(
        parse_stamp(x)
        or READING_TIME.match(x)
        or RELATIVE_STAMP.match(x)
        or BYLINE.match(x)
        or AGENCY_BYLINE.match(x)
        for x in items
    )


def _is_story_text(line: str) -> bool:
    """Too long for a headline, a full sentence longer than headlines usually run, or a lede
    in the capitals-lead style ("HARBOUR FEES rose again in May.")."""
    words = len(line.split())
    long = words > HEADLINE_MAX_WORDS or (words > 12 and line.endswith("."))
    return long or bool(_CAPITALS_LEDE.match(line))


# A lede whose opening words are set in capitals, then lower case, ending in a full stop (a
# headline is set all in capitals or in title case, and ends in no full stop)
_CAPITALS_LEDE = re.compile(r"[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&.-]*)+\s+[a-z].*\.$")


@cache
def _abbreviated() -> re.Pattern[str]:
    """A full stop that ends no clause: "approval of Gov. Jo Park's plan"."""
    forms = [lexicons.alternatives(x) for x in ("full_stop_abbreviations", "name_titles")]
    return re.compile(r"\b(?:" + "|".join(forms) + r")\.$", re.I)


def _opening_words(line: str) -> str:
    """A stand-in title from the lede: its first sentence when short, else its opening
    clause, else its first twelve words."""
    ends = (
        m.start()
        for m in _FIRST_SENTENCE.finditer(line)
        if not _abbreviated().search(line, 0, m.start())
    )
    first = line[: next(ends, len(line))].rstrip(".")
    words = first.split()
    if len(words) <= HEADLINE_WORDS:
        return first
    clause = re.split(r",\s|\s[-–—]\s|;\s|:\s", first, maxsplit=1)[0]
    if 5 <= len(clause.split()) <= HEADLINE_WORDS:
        return clause + "…"
    return " ".join(words[:12]) + "…"


# A sentence end inside a lede: "…on Friday. An announcement…" (not "U.S. Army").
_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[\"'‘“]?[A-Z])")
HEADLINE_WORDS = 16

"""The briefing's two typefaces (DejaVu Serif and Sans, shipped in resources/fonts) and a
per-character fallback, so names in any script reach the page instead of empty boxes.

DejaVu covers Latin with every accent, Greek and Cyrillic; DejaVu Sans also covers Arabic
and Hebrew, which `visual_order` joins and puts right to left (reportlab shapes nothing).
Chinese, Japanese and Korean fall back to Droid Sans Fallback. Fonts are embedded as subsets.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing import shipped

FONT_DIR = shipped.path("fonts")

SERIF = "BriefingSerif"
SERIF_BOLD = "BriefingSerif-Bold"
SERIF_ITALIC = "BriefingSerif-Italic"
SANS = "BriefingSans"
SANS_BOLD = "BriefingSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

# Droid Sans Fallback covers Chinese, Japanese and Korean; loaded only when a text needs it.
CJK = "BriefingCJK"
_CJK_FILE = "DroidSansFallback.ttf"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped typefaces with reportlab, once per process."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        for family, regular, bold, italic in (
            (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC),
            (SANS, SANS, SANS_BOLD, SANS),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        _registered = True


def _register_cjk() -> None:
    with _lock:
        if CJK not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(CJK, str(FONT_DIR / _CJK_FILE)))


@cache
def _coverage(font: str) -> frozenset[int]:
    register_fonts()
    if font == CJK:
        _register_cjk()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@cache
def _fallback(font: str, char: str) -> str | None:
    """The font to draw `char` in when `font` lacks it; None when `font` will do, MISSING
    when no shipped font has it."""
    code = ord(char)
    if code < 0x20 or code in _coverage(font):
        return None
    if font != SANS and code in _coverage(SANS):
        return SANS
    if code in _coverage(CJK):
        return CJK
    return MISSING


# What `_fallback` says of a character no shipped font has: `visible()` replaces it.
MISSING = "missing"
# Characters that change another one, never drawn alone: variation selectors ("☎\ufe0f"),
# emoji skin tones, combining marks and format characters.
_MODIFIERS = re.compile("[\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f]")


def _replacement(char: str) -> str:
    """A character no shipped font draws, in words rather than as an empty box: "⚽" ->
    "[soccer ball]"; a modifier or mark with nothing to draw goes."""
    if _MODIFIERS.match(char) or unicodedata.category(char) in ("Mn", "Me", "Cf", "Co", "Cn"):
        return ""
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else "\ufffd"


# Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def visual_order(text: str, base: str = "L") -> str:
    """`text` as it is drawn left to right: Arabic letters joined (reshaped into their
    initial, medial and final forms) and right-to-left runs reversed by the Unicode bidi
    algorithm in a left-to-right line ("in مرحبا today" keeps "in" first). reportlab draws
    characters in the order given and shapes nothing. A run broken across two lines keeps
    the order of one line; a right-to-left paragraph's own lines pass `base` "R", which puts
    its closing punctuation at the left end."""
    if not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text), base_dir=base))


def visible(text: str, font: str = SERIF) -> str:
    """`text` with every character that neither `font` nor a fallback can draw replaced, and
    no emoji modifiers (they choose colour emoji, which no shipped font has)."""
    text = _MODIFIERS.sub("", text)
    if _coverage(font).issuperset(map(ord, text)):
        return text
    return "".join(_replacement(c) if _fallback(font, c) == MISSING else c for c in text)


# reportlab wraps a word too long for a line character by character, re-measuring it and
# re-queuing the rest each time: minutes for a 200 KB "word". No word or URL runs to 200
# characters; such a run is spaced into pieces short enough for any line.
_LONG_RUN = re.compile(r"\S{200,}")
_PIECE = 30


def _spaced(run: re.Match[str]) -> str:
    text = run.group()
    return " ".join(text[i : i + _PIECE] for i in range(0, len(text), _PIECE))


def markup(text: str, font: str = SERIF, base: str = "L") -> str:
    """`text` as Paragraph markup: escaped (article text is data, never markup), with runs of
    characters `font` lacks wrapped in a <font> tag naming a font that has them."""
    text = visible(visual_order(_LONG_RUN.sub(_spaced, text), base), font)
    if _coverage(font).issuperset(map(ord, text)):
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None
    for char in text:
        fb = _fallback(font, char)
        if fb != run_font and run:
            out.append(_wrap("".join(run), run_font))
            run = []
        run_font = fb
        run.append(char)
    if run:
        out.append(_wrap("".join(run), run_font))
    return "".join(out)


def _wrap(text: str, font: str | None) -> str:
    return escape(text) if font in (None, MISSING) else f'<font name="{font}">{escape(text)}</font>'


def font_for(text: str, font: str = SANS) -> str:
    """One font to draw a short label in (charts): `font` unless it lacks a character."""
    for char in text:
        fb = _fallback(font, char)
        if fb not in (None, MISSING):
            return fb
    return font


# No printing character is narrower than this share of the font size (DejaVu's narrowest,
# the hair space, is 0.08 em); zero-width marks are rare enough to ignore here.
_NARROWEST_EM = 0.05


def clip_to_width(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, cut with an ellipsis to fit `width` points. The longest fitting
    prefix is found by bisection: cutting one character per measure is quadratic, and a
    200 KB name without spaces would take minutes."""
    text = visible(visual_order(" ".join(text.split())), font)
    longest = int(width / (size * _NARROWEST_EM)) + 1  # more characters never fit
    if len(text) <= longest and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    text = text[:longest]
    fits, too_long = 0, len(text)  # prefix lengths: the first fits with "…", the second not
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if pdfmetrics.stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            fits = middle
        else:
            too_long = middle
    return text[:fits].rstrip() + "…"

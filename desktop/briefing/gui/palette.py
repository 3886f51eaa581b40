"""Colours the window paints with, taken from the palette so light and dark themes both read
well: every mark sets its text colour with its background (WCAG contrast >= 4.5:1, tested)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# (light theme, dark theme) backgrounds of each kind of mark.
MARKS = {
    "summary": ("#fff0a6", "#5b4a00"),
    "evidence": ("#b9dcff", "#1d4f80"),
    "find": ("#ffd2a1", "#7a3d00"),
    "find-current": ("#ff9f43", "#9a4c00"),
    "error": ("#fde8e7", "#4d1414"),
}
MIN_CONTRAST = 4.5


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def mark(palette: QPalette, kind: str) -> tuple[QColor, QColor]:
    """(background, text) of a mark: its theme's background and whichever of black-ish or
    white-ish text reads better on it."""
    background = QColor(MARKS[kind][1 if is_dark(palette) else 0])
    dark, light = QColor("#1a1a1a"), QColor("#f5f5f5")
    text = dark if contrast(dark, background) >= contrast(light, background) else light
    return background, text


def muted(palette: QPalette) -> QColor:
    """Secondary text (standfirst, captions): the text colour a little towards the background,
    never below the contrast a reader needs."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for share in (0.35, 0.25, 0.15, 0.0):
        colour = blend(text, base, share)
        if contrast(colour, base) >= MIN_CONTRAST:
            return colour
    return text


def accent(palette: QPalette) -> QColor:
    """Links and markers: the palette's link colour when it reads on the background."""
    link = palette.color(QPalette.ColorRole.Link)
    base = palette.color(QPalette.ColorRole.Base)
    if contrast(link, base) >= MIN_CONTRAST:
        return link
    return QColor("#7fb8ff") if is_dark(palette) else QColor("#1f5f8b")


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - share_of_b) + b.redF() * share_of_b,
        a.greenF() * (1 - share_of_b) + b.greenF() * share_of_b,
        a.blueF() * (1 - share_of_b) + b.blueF() * share_of_b,
    )


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes (for screenshots and tests offscreen)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#7fb8ff",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette

"""The visible paragraphs of a web page, read by the standard library's parser: the fallback
when trafilatura finds nothing, as on pages nested deeper than libxml2's 256 levels."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose text is never article text: code, navigation and page furniture.
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "menu",
        "button",
        "select",
        "iframe",
        "object",
        "figure",
        "figcaption",
    ]
)
# Elements that start a new paragraph ("<p>", "<li>", "<br>").
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "main",
        "blockquote",
        "tr",
        "td",
        "th",
        "table",
        "dd",
        "dt",
        "pre",
        "hr",
        "body",
        "html",
    ]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    ]
)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []  # open skipped elements, innermost last
        self.title: list[str] = []
        self.heading: list[str] = []
        self.in_title = self.in_h1 = False
        self.paragraphs: list[str] = []
        self.current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED and tag not in _VOID:
            self.skipping.append(tag)
        elif tag in _BLOCKS:
            self._end_paragraph()
        self.in_title = self.in_title or tag == "title"
        self.in_h1 = self.in_h1 or (tag == "h1" and not self.skipping)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag in _SKIPPED:
            while self.skipping and self.skipping.pop() != tag:  # unclosed inner ones too
                pass
        elif tag in _BLOCKS:
            self._end_paragraph()
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.current.append(data)
            if self.in_h1 and not self.paragraphs:
                self.heading.append(data)

    def _end_paragraph(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []


def page_blocks(html: str) -> tuple[str | None, list[str]]:
    """(title, paragraphs) of a page: the text of its block elements, in order, outside
    scripts, navigation, headers, footers and forms."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser._end_paragraph()
    title = " ".join("".join(parser.heading or parser.title).split()) or None
    paragraphs = parser.paragraphs
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return title, paragraphs

"""Printing the briefing on show: the headline, the summary and the fact tables, laid out
by a QTextDocument (the PDF export remains the designed briefing)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from briefing.gui.views.factsheet import FACT_HEADERS, fact_rows
from briefing.model import Briefing
from briefing.timex import day_words


def briefing_html(briefing: Briefing) -> str:
    """The briefing as simple HTML, every piece of text escaped."""
    a = briefing.article
    parts = [f"<h1>{html.escape(a.title)}</h1>"]
    source = Path(a.source).name if a.source not in ("-", "pasted") else ""
    meta = [m for m in (a.byline and f"By {a.byline}", source) if m]
    if briefing.published:
        meta.append(f"published {day_words(briefing.published)}")
    if meta:
        parts.append(f"<p><i>{html.escape(' · '.join(meta))}</i></p>")
    parts.append("<h2>Summary</h2><ol>")
    parts += [f"<li>{html.escape(s.text)}</li>" for s in briefing.summary.sentences]
    parts.append("</ol>")
    for name, rows in fact_rows(briefing).items():
        if not rows:
            continue
        parts.append(f"<h2>{html.escape(name)}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>')
        parts += [f"<th align=left>{html.escape(h)}</th>" for h in FACT_HEADERS[name]]
        parts.append("</tr>")
        for cells, _ in rows:
            parts.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells))
            parts.append("</tr>")
        parts.append("</table>")
    return "".join(parts)


def print_briefing(briefing: Briefing, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(briefing_html(briefing))
    document.print_(printer)

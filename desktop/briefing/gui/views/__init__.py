"""The views of one briefing: article and source text, summary, fact tables."""

from briefing.gui.views.article import ArticleView, SourceView
from briefing.gui.views.factsheet import FACT_HEADERS, FactSheetView, FactTable, fact_rows
from briefing.gui.views.summary import SummaryView

__all__ = [
    "FACT_HEADERS",
    "ArticleView",
    "FactSheetView",
    "FactTable",
    "SourceView",
    "SummaryView",
    "fact_rows",
]

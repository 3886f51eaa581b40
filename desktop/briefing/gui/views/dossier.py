"""The dossier of the open articles: who appears across them (with article counts), one
timeline, quotes by speaker, the places on the map, and the articles in date order.

Choosing an actor lists the articles they appear in; activating a row (double-click or
Enter) anywhere opens its article with the mentions marked (`opened` carries a Target).
The view only shows a Dossier it is given; building one is the window's job, off this thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.counts import counted
from briefing.dossier import Appearance, Dossier, DossierActor, DossierArticle
from briefing.gui import palette as colours
from briefing.gui.dates import in_words
from briefing.gui.views.article import reading_font
from briefing.gui.views.factsheet import Coded, FactTable, Row
from briefing.gui.views.places_map import PlacesMap
from briefing.model import Briefing, Evidence, Place
from briefing.timex import day_words
from briefing.world_map import markers, shades

TARGET_ROLE = Qt.ItemDataRole.UserRole + 2

ACTOR_HEADERS = ("Name", "Type", "Roles", "Articles", "Mentions", "Quotes")
APPEARANCE_HEADERS = ("Article", "Published", "Named as", "Roles", "Mentions")
TIMELINE_HEADERS = ("Date", "Article", "What the article says")
PLACE_HEADERS = ("Name", "Type", "Country", "Articles", "Mentions")
ARTICLE_HEADERS = ("Published", "Title", "Summary", "Actors", "Places", "Quotes")


@dataclass(frozen=True)
class Target:
    """Where activating a row leads: an article of the dossier and what to mark in it."""

    article: str  # the dossier's article id
    evidence: tuple[Evidence, ...]


class LinkTable(FactTable):
    """A fact table whose rows lead somewhere: activating a row emits `opened`."""

    opened = Signal(object)  # Target

    def __init__(self, headers: Sequence[str], stretch: int, name: str) -> None:
        super().__init__(headers, stretch, name)
        self.setAccessibleDescription(
            "Double-click or press Enter on a row to open its article; Ctrl+C copies rows"
        )
        self.activated.connect(self._activated)

    def fill_linked(self, rows: Sequence[tuple[Sequence[str | int | Coded], object]]) -> None:
        """Rows of cells, each with what it leads to (a Target, or a key such as an actor id)."""
        plain: list[Row] = [(cells, ()) for cells, _ in rows]
        self.fill(plain)
        for r, (_, target) in enumerate(rows):
            item = self.item(r, 0)
            if item is not None:
                item.setData(TARGET_ROLE, target)

    def target_at(self, row: int) -> object:
        item = self.item(row, 0)
        return item.data(TARGET_ROLE) if item is not None else None

    def open_row(self, row: int) -> None:
        target = self.target_at(row)
        if isinstance(target, Target):
            self.opened.emit(target)

    def _activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def context_menu(self, pos: QPoint) -> QMenu:
        menu = super().context_menu(pos)
        for action in menu.actions():
            if action.text() == "Show in the article":
                action.setText("Open the article")
                action.triggered.disconnect()
                action.triggered.connect(lambda *_: self.open_row(self.currentRow()))
        return menu


def _day(day: date | None) -> str:
    return day_words(day, short=True) if day else "undated"


class DossierView(QWidget):
    """Heading, the story in a paragraph, and one tab per cross-article table."""

    opened = Signal(object)  # Target

    def __init__(self) -> None:
        super().__init__()
        self.dossier: Dossier | None = None
        self.briefings: dict[str, Briefing] = {}
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setAccessibleName("Dossier heading")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colours.muted(self.palette()).name()};")
        self.story = QLabel()
        self.story.setWordWrap(True)
        self.story.setFont(reading_font(1))
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.story.setAccessibleName("The story in a paragraph")

        self.actors = LinkTable(ACTOR_HEADERS, 2, "People and organisations")
        self.actors.itemSelectionChanged.connect(self._actor_chosen)
        self.actors.activated.connect(lambda *_: self._open_actor_first())
        self.appearances_label = QLabel("Choose a person or organisation to see their articles.")
        self.appearances_label.setWordWrap(True)
        self.appearances = LinkTable(APPEARANCE_HEADERS, 0, "Their articles")
        self.appearances.opened.connect(self.opened)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.appearances_label)
        lower_layout.addWidget(self.appearances, 1)
        actors_page = QSplitter(Qt.Orientation.Vertical)
        actors_page.setChildrenCollapsible(False)
        actors_page.addWidget(self.actors)
        actors_page.addWidget(lower)
        actors_page.setSizes([320, 200])

        self.timeline = LinkTable(TIMELINE_HEADERS, 2, "Timeline")
        self.timeline.opened.connect(self.opened)

        self.quotes = QTreeWidget()
        self.quotes.setColumnCount(2)
        self.quotes.setHeaderLabels(["Speaker and quote", "Article"])
        self.quotes.setAccessibleName("Quotes by speaker")
        self.quotes.setAccessibleDescription(
            "Each speaker with their quotes; double-click or Enter on a quote opens its article"
        )
        self.quotes.setWordWrap(True)
        self.quotes.setAlternatingRowColors(True)
        self.quotes.setUniformRowHeights(False)
        header = self.quotes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.quotes.itemActivated.connect(self._quote_activated)

        self.places_map = PlacesMap()
        self.places_map.setAccessibleDescription(
            "The dossier's places on a world map; click a marker to choose its row"
        )
        self.places_map.place_chosen.connect(self._place_marker_chosen)
        self.places = LinkTable(PLACE_HEADERS, 0, "Places")
        self.places.opened.connect(self.opened)
        places_page = QSplitter(Qt.Orientation.Vertical)
        places_page.setChildrenCollapsible(False)
        places_page.addWidget(self.places_map)
        places_page.addWidget(self.places)
        places_page.setSizes([300, 220])

        self.articles = LinkTable(ARTICLE_HEADERS, 2, "Articles")
        self.articles.opened.connect(self.opened)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for page, name in (
            (actors_page, "People and organisations"),
            (self.timeline, "Timeline"),
            (self.quotes, "Quotes by speaker"),
            (places_page, "Places"),
            (self.articles, "Articles"),
        ):
            self.tabs.addTab(page, name)
        self.tab_names = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self._unfilled: dict[int, Callable[[], None]] = {}
        self._labels: dict[str, str] = {}
        self.tabs.currentChanged.connect(self._fill_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.story)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

    # --- showing ------------------------------------------------------------------------

    def show_dossier(
        self, dossier: Dossier, briefings: Mapping[str, Briefing], note: str = ""
    ) -> None:
        """Show `dossier`; `briefings` (by article id) give each mention's place in its text."""
        self.dossier, self.briefings = dossier, dict(briefings)
        self._labels = {a.id: f"{n}. {a.title}" for n, a in enumerate(dossier.articles, 1)}
        self.heading.setText(dossier.heading(short=True))
        self.set_note(note)
        self.story.setText(dossier.overview or "The articles are too short to summarise.")
        counts = (
            len(dossier.actors),
            len(dossier.timeline),
            sum(len(g.quotes) for g in dossier.quotes),
            len(dossier.places),
            len(dossier.articles),
        )
        for i, (name, n) in enumerate(zip(self.tab_names, counts, strict=True)):
            self.tabs.setTabText(i, f"{name} ({n})")
        self.actors.fill_linked(
            [
                (
                    [
                        self._actor_name(a),
                        a.type,
                        ", ".join(a.role_names),
                        len(a.articles),
                        a.mentions,
                        len(a.quotes),
                    ],
                    a.id,
                )
                for a in dossier.actors
            ]
        )
        self.appearances.fill_linked([])
        self.appearances_label.setText("Choose a person or organisation to see their articles.")
        # A table is filled when its tab is first shown (a long timeline takes a while).
        self._unfilled = {
            1: lambda: self._fill_timeline(dossier),
            2: lambda: self._fill_quotes(dossier),
            3: lambda: self._fill_places(dossier),
            4: lambda: self._fill_articles(dossier),
        }
        places = [
            Place(p.name, p.type, p.country, p.latitude, p.longitude, p.mentions)
            for p in dossier.places
        ]
        self.places_map.show_markers(markers(places), "these articles", shades(places))
        self._fill_current()

    def _fill_current(self, *_: object) -> None:
        fill = self._unfilled.pop(self.tabs.currentIndex(), None)
        if fill is not None:
            fill()

    def fill_all(self) -> None:
        for index in list(self._unfilled):
            self._unfilled.pop(index)()

    def _fill_timeline(self, dossier: Dossier) -> None:
        self.timeline.fill_linked(
            [
                (
                    [
                        Coded(in_words(e.value), e.value or ""),
                        self._article_label(e.article),
                        " ".join(e.context.split()),
                    ],
                    Target(e.article, (Evidence(e.sentence, e.start, e.end),)),
                )
                for e in dossier.timeline
            ]
        )

    def _fill_places(self, dossier: Dossier) -> None:
        self.places.fill_linked(
            [
                (
                    [p.name, p.type, p.country or "", len(p.articles), p.mentions],
                    Target(p.articles[0], self._place_evidence(p.articles[0], p.name)),
                )
                for p in dossier.places
            ]
        )

    def _fill_articles(self, dossier: Dossier) -> None:
        self.articles.fill_linked(
            [
                (
                    [
                        Coded(_day(a.published), a.published.isoformat() if a.published else "~"),
                        a.title,
                        a.summary,
                        a.actors,
                        a.places,
                        a.quotes,
                    ],
                    Target(a.id, self._summary_evidence(a)),
                )
                for a in dossier.articles
            ]
        )

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _actor_name(self, actor: DossierActor) -> str:
        if actor.resolved or self.dossier is None:
            return actor.name
        maybe = " or ".join(self.dossier.actor(c).name for c in actor.candidates)
        return f"{actor.name} (could be {maybe})"

    def _article_label(self, article_id: str) -> str:
        """ "2. Dock workers doubt the ferry plan": the article's number in date order."""
        return self._labels.get(article_id, article_id)

    def _fill_quotes(self, dossier: Dossier) -> None:
        self.quotes.clear()
        for group in dossier.quotes:
            speaker = group.speaker or "Unattributed"
            if group.actor:
                speaker = self._actor_name(dossier.actor(group.actor))
            n = len(group.quotes)
            top = QTreeWidgetItem([f"{speaker} ({counted(n, 'quote')})", ""])
            font = QFont(top.font(0))
            font.setWeight(QFont.Weight.DemiBold)
            top.setFont(0, font)
            for q in group.quotes:
                child = QTreeWidgetItem([f"“{q.text}”", self._article_label(q.article)])
                child.setToolTip(0, q.text)
                child.setToolTip(1, _day(q.published))
                child.setData(
                    0, TARGET_ROLE, Target(q.article, (Evidence(q.sentence, q.start, q.end),))
                )
                top.addChild(child)
            self.quotes.addTopLevelItem(top)
        self.quotes.expandAll()

    # --- where things are in their article ------------------------------------------------

    def _mention_evidence(self, actor: DossierActor, seen: Appearance) -> tuple[Evidence, ...]:
        """Where the article names the actor: the evidence of its actors that are this one
        (by any of the actor's forms) in the sentences of the appearance."""
        briefing = self.briefings.get(seen.article)
        if briefing is None:
            return ()
        forms = {f.casefold() for f in (actor.name, *actor.aliases, seen.name)}
        sentences = set(seen.sentences)
        found = [
            e
            for a in briefing.facts.actors
            if {f.casefold() for f in (a.name, *a.aliases)} & forms
            for e in a.evidence
            if not sentences or e.sentence in sentences
        ]
        if not found:  # the sentences at least
            doc = briefing.doc.sentences
            found = [Evidence(i, doc[i].start, doc[i].end) for i in seen.sentences if i < len(doc)]
        return tuple(sorted(set(found), key=lambda e: e.start))

    def _place_evidence(self, article_id: str, name: str) -> tuple[Evidence, ...]:
        briefing = self.briefings.get(article_id)
        if briefing is None:
            return ()
        return next(
            (p.evidence for p in briefing.facts.locations if p.name.casefold() == name.casefold()),
            (),
        )

    def _summary_evidence(self, article: DossierArticle) -> tuple[Evidence, ...]:
        briefing = self.briefings.get(article.id)
        if briefing is None:
            return ()
        return tuple(Evidence(s.index, s.start, s.end) for s in briefing.summary.sentences)

    # --- choosing -----------------------------------------------------------------------

    def current_actor(self) -> DossierActor | None:
        row = self.actors.currentRow()
        key = self.actors.target_at(row) if row >= 0 else None
        if self.dossier is None or not isinstance(key, str):
            return None
        return self.dossier.actor(key)

    def choose_actor(self, name: str) -> None:
        """Select the actor called `name` (as the user would by clicking its row)."""
        for row in range(self.actors.rowCount()):
            item = self.actors.item(row, 0)
            if item is not None and item.text().split(" (could be ")[0] == name:
                self.tabs.setCurrentIndex(0)
                self.actors.selectRow(row)
                return

    def _actor_chosen(self) -> None:
        actor = self.current_actor()
        if actor is None:
            return
        n = len(actor.articles)
        self.appearances_label.setText(
            f"{actor.name} appears in {counted(n, 'article')}: "
            "double-click one (or press Enter) to open it with the mentions marked."
        )
        self.appearances.fill_linked(
            [
                (
                    [
                        self._article_label(seen.article),
                        _day(self.dossier.article(seen.article).published) if self.dossier else "",
                        seen.name,
                        ", ".join(seen.roles),
                        seen.mentions,
                    ],
                    Target(seen.article, self._mention_evidence(actor, seen)),
                )
                for seen in actor.appearances
            ]
        )

    def _open_actor_first(self) -> None:
        """Enter on an actor opens the first article they appear in."""
        if self.appearances.rowCount():
            self.appearances.open_row(0)

    def _quote_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, Target):
            self.opened.emit(target)

    def _place_marker_chosen(self, name: str) -> None:
        for row in range(self.places.rowCount()):
            item = self.places.item(row, 0)
            if item is not None and item.text() == name:
                self.places.selectRow(row)
                self.places.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)
                return

"""PositionsView: what each party stated, side by side — one card (column) per party.

For a selected event the cards hold that event's statements; for a selected zone, the statements
made about the events related to it up to the as-of date. Quotes are in curly quotes and italic;
paraphrases are labelled; every statement shows its sources as links.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.panel.format import (
    EVENT_SCHEME,
    esc,
    fmt_date,
    internal_link,
    party_colour,
    party_name,
    zone_title,
)
from desktop.retranslate import Retranslated
from desktop.state import AppState
from geodata.model import Event, Statement

# The view is made before the window's first paint (with no selection: one line of text); the
# cards' HTML and the link router are imported with the first card.
CARD_WIDTH = 170  # four cards side by side under the map on a 1400-pixel-wide window


class PartyCard(QFrame):
    """One party's column: a coloured header, then its statements newest first."""

    link_clicked = Signal(str)

    def __init__(
        self, atlas, party_id: str, statements: list[Statement], show_event: bool, parent=None
    ):
        super().__init__(parent)
        self.party_id = party_id
        self.statements = statements
        # the name the party had when it spoke (the newest statement first)
        spoke = next((s.date for s in statements if s.date), None)
        name = party_name(atlas, party_id, spoke)
        colour = party_colour(atlas, party_id)
        self.setObjectName(f"positionCard_{party_id}")
        self.setAccessibleName(self.tr("Positions of {name}").format(name=name))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"PartyCard {{ background: #fffdf8; border: 1px solid #d8d2c4;"
            f" border-top: 4px solid {colour}; border-radius: 4px; }}"
        )
        self.setMinimumWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        count = len(statements)
        quotes = sum(1 for s in statements if s.verbatim)
        header = QLabel(
            "<b>{name}</b> <span style='color:#6b665c'>· {count}{quoted}</span>".format(
                name=esc(name),
                count=self.tr("1 statement")
                if count == 1
                else self.tr("%n statements", None, count),
                quoted=self.tr(", {n} quoted").format(n=quotes) if quotes else "",
            ),
            self,
        )
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        layout.addWidget(header)
        from desktop.panel.detail_html import STYLE, statement_html  # (not before a card)

        parts = [STYLE]
        last_event = None
        for statement in statements:
            if show_event and statement.event_id != last_event:
                # Statements come grouped by event, newest first: one heading per event.
                last_event = statement.event_id
                event = atlas.event(statement.event_id)
                when = fmt_date(statement.date or (event.date if event else None))
                about = internal_link(EVENT_SCHEME, event.id, event.title) if event else ""
                parts.append(f'<p style="margin:6px 0 2px 0"><b>{esc(when)}</b> · {about}</p>')
            parts.append(statement_html(atlas, statement, with_party=False))
        body = QLabel("".join(parts), self)
        body.setObjectName("positionText")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setOpenExternalLinks(False)
        body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.linkActivated.connect(self.link_clicked.emit)
        body.setAccessibleName(self.tr("Statements by {name}").format(name=name))
        self.body = body
        layout.addWidget(body)
        layout.addStretch(1)


class PositionsView(Retranslated, QScrollArea):
    event_link_clicked = Signal(str)
    zone_link_clicked = Signal(str)

    def __init__(self, state: AppState, atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("positionsView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._state = state
        self._atlas = atlas
        self.cards: dict[str, PartyCard] = {}
        self.mode = ""  # "row": every party side by side; "tabs": one party at a time
        self.title = ""
        state.changed.connect(self._on_state_changed)
        self.setAccessibleName(self.tr("Positions each party stated"))
        self.refresh()

    def retranslate(self) -> None:
        """The cards written again in the new language; the party shown stays shown."""
        self.setAccessibleName(self.tr("Positions each party stated"))
        switcher = getattr(self, "switcher", None)
        tab = switcher.currentIndex() if self.cards and switcher is not None else -1
        scroll = self.verticalScrollBar().value()
        self.refresh()
        if tab >= 0 and self.mode == "tabs":
            self.switcher.setCurrentIndex(tab)
        self.verticalScrollBar().setValue(scroll)

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if "dataset" in parts:
            self._atlas = self._state.atlas
        # An event's statements do not depend on the date; a zone's do (events up to it).
        if parts & {"selection", "dataset"} or ("date" in parts and self._state.view.selected_zone):
            self.refresh()

    def _statements(self) -> tuple[str, list[Statement], bool]:
        """The heading, the statements, and whether each card names its event (a zone's)."""
        if self._atlas is None:
            return "", [], False
        subject, statements = self._atlas.positions_on(self._state.view)
        if isinstance(subject, Event):
            title = self.tr("What each party said — {title} ({date})").format(
                title=subject.title, date=fmt_date(subject.date)
            )
            return title, statements, False
        if subject is not None:
            return (
                self.tr("What each party said about events concerning {name}").format(
                    name=zone_title(self._atlas, subject)  # in the interface language
                ),
                statements,
                True,
            )
        return "", [], False

    def refresh(self, *_args) -> None:
        title, statements, show_event = self._statements()
        self.title = title
        container = QWidget(self)
        outer = QVBoxLayout(container)
        outer.setContentsMargins(8, 6, 8, 8)
        outer.setSpacing(6)
        heading = QLabel(container)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; color: #3d3a35;")
        outer.addWidget(heading)
        self.cards = {}
        if not statements:
            heading.setText(
                title + self.tr(": no statements recorded.")
                if title
                else self.tr(
                    "Select an event (or a zone) to compare what each party stated, side by side."
                )
            )
            heading.setStyleSheet("color: #6b665c;")
            outer.addStretch(1)
            self.setWidget(container)
            return
        heading.setText(title)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(8)
        # Too narrow for every party side by side: a switcher, one party at a time, rather
        # than cards stacked in rows to scroll through.
        self.switcher = QTabWidget(container)
        self.switcher.setObjectName("positionsSwitcher")
        self.switcher.setAccessibleName(self.tr("Party whose statements are shown"))
        self.switcher.setDocumentMode(True)
        for party_id, party_statements in self._by_party(statements).items():
            card = PartyCard(self._atlas, party_id, party_statements, show_event, container)
            card.link_clicked.connect(self._on_link)
            self.cards[party_id] = card
        self.mode = ""
        outer.addLayout(self._grid, 1)
        outer.addWidget(self.switcher, 1)
        self._arrange()
        self.setWidget(container)

    def fits_side_by_side(self) -> bool:
        room = self.viewport().width() - 16
        return room >= len(self.cards) * (CARD_WIDTH + 8) - 8

    def _arrange(self) -> None:
        if not self.cards:
            return
        mode = "row" if self.fits_side_by_side() else "tabs"
        if mode == self.mode:
            return
        self.mode = mode
        while self.switcher.count():
            self.switcher.removeTab(0)
        for card in self.cards.values():
            self._grid.removeWidget(card)
        if mode == "row":
            self.switcher.hide()
            for index, card in enumerate(self.cards.values()):
                self._grid.addWidget(card, 0, index, Qt.AlignmentFlag.AlignTop)
                self._grid.setColumnStretch(index, 1)
                card.show()
            return
        for party_id, card in self.cards.items():
            self.switcher.addTab(card, party_name(self._atlas, party_id))
        self.switcher.show()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.cards:
            self._arrange()

    def _by_party(self, statements: list[Statement]) -> dict[str, list[Statement]]:
        """Parties in the event's own order (participants first), statements newest first."""
        view, atlas = self._state.view, self._atlas
        event = atlas.event(view.selected_event) if view.selected_event else None
        order = list(event.participants) if event is not None else []
        groups: dict[str, list[Statement]] = {}
        for statement in statements:
            groups.setdefault(statement.party, []).append(statement)
        ranked = sorted(
            groups,
            key=lambda p: (order.index(p) if p in order else len(order), -len(groups[p]), p),
        )

        def newest_quotes_first(s: Statement):
            e = atlas.event(s.event_id)
            day = s.date or (e.date if e else None) or view.as_of
            return (-day.toordinal(), s.event_id, not s.verbatim)

        return {p: sorted(groups[p], key=newest_quotes_first) for p in ranked}

    def _on_link(self, url: str) -> None:
        from desktop.panel.links import route_link

        route_link(url, self.event_link_clicked.emit, self.zone_link_clicked.emit)

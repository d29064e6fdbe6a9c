"""Home screen until the case list arrives: where the cases stand today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.overview import Overview


class _Tile(QFrame):
    """A number with a caption; coloured when it needs attention."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int, *, alert: bool = False) -> None:
        self.value.setText(f"{value:,}")
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)


class OverviewPage(QWidget):
    STYLE = """
        QFrame#tile { background: palette(base); border-radius: 6px; }
        QLabel#tileValue { font-size: 22pt; font-weight: 600; }
        QFrame#tile[alert="true"] { background: #fde2e1; }
        QFrame#tile[alert="true"] QLabel { color: #8a1c1c; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(self.STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.date_label = QLabel()
        layout.addWidget(self.date_label)

        attention = QGridLayout()
        self.overdue = _Tile(self.tr("Past the internal target"))
        self.past_legal = _Tile(self.tr("Past the legal two-week line"))
        self.due_soon = _Tile(self.tr("Due within 3 business days"))
        self.awaiting_reply = _Tile(self.tr("Awaiting a reply"))
        for column, tile in enumerate(
            (self.awaiting_reply, self.due_soon, self.overdue, self.past_legal)
        ):
            attention.addWidget(tile, 0, column)
        layout.addLayout(attention)

        section = QLabel(self.tr("Cases by status"))
        section.setStyleSheet("font-weight: 600; margin-top: 16px;")
        layout.addWidget(section)
        grid = QGridLayout()
        self.status_tiles: dict[CaseStatus, _Tile] = {}
        for index, status in enumerate(CaseStatus):
            tile = _Tile(self.status_caption(status))
            self.status_tiles[status] = tile
            grid.addWidget(tile, index // 5, index % 5)
        layout.addLayout(grid)
        layout.addStretch(1)

    def status_caption(self, status: CaseStatus) -> str:
        captions = {
            CaseStatus.RECEIVED: self.tr("Received"),
            CaseStatus.AWAITING_DOCUMENTS: self.tr("Awaiting documents"),
            CaseStatus.VERIFIED: self.tr("Identity verified"),
            CaseStatus.IN_PROGRESS: self.tr("In progress"),
            CaseStatus.DECIDED: self.tr("Decided"),
            CaseStatus.REPLIED: self.tr("Replied"),
            CaseStatus.CLOSED: self.tr("Closed"),
            CaseStatus.WITHDRAWN: self.tr("Withdrawn"),
            CaseStatus.REJECTED_INCOMPLETE: self.tr("Rejected as incomplete"),
        }
        return captions[status]

    def show_overview(self, overview: Overview) -> None:
        self.heading.setText(
            self.tr("Cases in the register: %1").replace("%1", f"{overview.total:,}")
        )
        day = overview.as_of
        self.date_label.setText(f"{day.isoformat()}（{format_japanese(day)}）")
        self.awaiting_reply.set_value(overview.awaiting_reply)
        self.due_soon.set_value(overview.due_soon, alert=False)
        self.overdue.set_value(overview.overdue, alert=overview.overdue > 0)
        self.past_legal.set_value(overview.past_legal_line, alert=overview.past_legal_line > 0)
        for status, tile in self.status_tiles.items():
            tile.set_value(overview.by_status.get(status, 0))

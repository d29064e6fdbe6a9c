"""Today: what is due, what is late, what has waited too long, what expires.

The page reads its figures when it is shown, and again on :meth:`TodayPage.refresh`
while it is shown; a refresh while it is hidden (another tab is in front) only marks
them stale. The reading runs off the GUI thread (``ui/tasks.py``): over 100,000 cases it
takes about 0.2 s, which neither the start nor the saving of a case waits for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.services import retention
from privacy_desk.services.context import DeskContext
from privacy_desk.services.overview import Overview, overview
from privacy_desk.services.today import MoneyOrderRow, Today, today_view
from privacy_desk.ui import labels, messages, tasks
from privacy_desk.ui.models.case_rows_model import CaseRowsModel
from privacy_desk.ui.models.case_table_model import AnyIndex, CaseTableModel
from privacy_desk.ui.style import link_button
from privacy_desk.ui.table_export import add_export_action
from privacy_desk.ui.widgets.tile import Tile

#: Rows a section looks at to fit its columns to their texts (Qt's default is 1,000).
FIT_ROWS = 100

CASE_COLUMNS = (
    CaseTableModel.COL_REFERENCE,
    CaseTableModel.COL_REQUESTER,
    CaseTableModel.COL_TYPES,
    CaseTableModel.COL_STATUS,
    CaseTableModel.COL_ASSIGNEE,
    CaseTableModel.COL_TARGET,
    CaseTableModel.COL_DAYS_LEFT,
)


class MoneyOrderModel(QAbstractTableModel):
    """Postal money orders of open cases that expire soon (valid six months)."""

    COL_REFERENCE, COL_REQUESTER, COL_NUMBER, COL_ISSUED, COL_EXPIRES = range(5)
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MoneyOrderRow] = []
        self.as_of = None

    def set_rows(self, rows: list[MoneyOrderRow], as_of: object) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.as_of = as_of
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Reference"),
            self.tr("Requester"),
            self.tr("Money order no."),
            self.tr("Issued"),
            self.tr("Valid until"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.RecordRole:
            return row.case
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.case.reference,
                row.case.requester_name,
                row.number,
                row.issued_on.isoformat(),
                row.expires_on.isoformat(),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_EXPIRES:
            return labels.day_long(row.expires_on)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self.as_of is not None
            and row.expires_on < self.as_of  # type: ignore[operator]
        ):
            from PySide6.QtGui import QColor

            return QColor(198, 40, 40)
        return None


class _Section(QGroupBox):
    """A titled, compact table with its count in the title."""

    def __init__(self, title: str, model: QAbstractTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.base_title = title
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        #: "Export This List…" in the table's context menu (None for a role that may not).
        self.export_action: QAction | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def current_reference(self) -> str:
        """The case of the selected row ("" for none)."""
        row = self.view.currentIndex().data(CaseTableModel.RecordRole)
        return row.reference if row is not None else ""

    def select_reference(self, reference: str) -> None:
        """Put the cursor back on a case's row, if it is still listed (not scrolled to)."""
        for number in range(self.model.rowCount()) if reference else ():
            index = self.model.index(number, 0)
            row = index.data(CaseTableModel.RecordRole)
            if row is not None and row.reference == reference:
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def update_title(self, empty_text: str) -> None:
        count = self.model.rowCount()
        self.setTitle(f"{self.base_title}（{count}）")
        self.view.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.empty.setText(empty_text)
        self.view.resizeColumnsToContents()


@dataclass(frozen=True)
class _Figures:
    today: Today
    counts: Overview
    records: retention.RecordsSummary


def _read_figures(ctx: DeskContext) -> _Figures:
    """Everything the page shows (runs off the GUI thread: no widgets here)."""
    return _Figures(today_view(ctx), overview(ctx), retention.records_summary(ctx))


class TodayPage(QWidget):
    """The first screen of the day."""

    openCase = Signal(str)  # noqa: N815 - Qt signal naming
    openRetention = Signal()  # noqa: N815
    openLedger = Signal()  # noqa: N815

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The figures shown are out of date (or were never read): read them when shown.
        self.stale = True
        self._reading = 0  # the latest reading asked for; older ones are dropped
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.date_label = QLabel(self)
        self.date_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.date_label)

        tiles = QHBoxLayout()
        self.awaiting_reply = Tile(self.tr("Awaiting a reply"))
        self.due_soon = Tile(self.tr("Due within 3 business days"))
        self.overdue_tile = Tile(self.tr("Past the internal target"))
        self.past_legal = Tile(self.tr("Past the legal two-week line"))
        for tile in (self.awaiting_reply, self.due_soon, self.overdue_tile, self.past_legal):
            tiles.addWidget(tile)
        layout.addLayout(tiles)

        self.due_today_model = CaseRowsModel(ctx, self)
        self.overdue_model = CaseRowsModel(ctx, self)
        self.waiting_model = CaseRowsModel(ctx, self)
        self.money_model = MoneyOrderModel(self)
        self.due_today = _Section(self.tr("Due today"), self.due_today_model, self)
        self.overdue = _Section(self.tr("Overdue"), self.overdue_model, self)
        self.waiting = _Section("", self.waiting_model, self)
        self.money_orders = _Section(
            self.tr("Money orders expiring within 30 days"), self.money_model, self
        )
        grid = QGridLayout()
        grid.addWidget(self.due_today, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        grid.addWidget(self.waiting, 1, 0)
        grid.addWidget(self.money_orders, 1, 1)
        layout.addLayout(grid, 1)

        # retention and the ledger: a line of links to the windows that deal with them
        records = QHBoxLayout()
        self.records_label = QLabel(self.tr("Records:"), self)
        self.disposal_link = link_button("")
        self.approval_link = link_button("")
        self.reviews_link = link_button("")
        self.disposal_link.clicked.connect(self.openRetention)
        self.approval_link.clicked.connect(self.openRetention)
        self.reviews_link.clicked.connect(self.openLedger)
        records.addWidget(self.records_label)
        for link in (self.disposal_link, self.approval_link, self.reviews_link):
            records.addWidget(link)
        records.addStretch(1)
        layout.addLayout(records)
        for section in (self.due_today, self.overdue, self.waiting):
            for column in range(CaseTableModel.COL_DAYS_LEFT + 1):
                section.view.setColumnHidden(column, column not in CASE_COLUMNS)
        for section in (self.due_today, self.overdue, self.waiting, self.money_orders):
            section.view.doubleClicked.connect(self._open)
            section.view.activated.connect(self._open)
        for section, what in (
            (self.due_today, "today-due"),
            (self.overdue, "today-overdue"),
            (self.waiting, "today-awaiting-documents"),
            (self.money_orders, "today-money-orders"),
        ):
            section.export_action = add_export_action(
                section.view, ctx, lambda section=section: section.base_title, what
            )

    def refresh(self, *, failed: Callable[[UserError], None] | None = None) -> None:
        """Read the figures again: now if the page is shown, else when it next is.
        ``failed`` takes a reading's sentence instead of a message box (the automatic
        refresh says it in the status bar)."""
        self.stale = True
        if self.isVisible():
            self._read(failed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self._read()

    def _read(self, quietly: Callable[[UserError], None] | None = None) -> None:
        self.stale = False
        self._reading += 1
        reading = self._reading
        ctx = self.ctx

        def done(figures: _Figures) -> None:
            if shiboken6.isValid(self) and reading == self._reading:
                self.show_today(figures.today, figures.counts)
                self.show_records(figures.records)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or reading != self._reading:
                return
            self.stale = True  # try again when next shown
            if not isinstance(error, UserError):
                raise error
            if quietly is not None:
                quietly(error)
                return
            messages.error(self, self.tr("Today"), str(error))

        tasks.run_task(lambda: _read_figures(ctx), done, failed)

    def show_records(self, summary: retention.RecordsSummary) -> None:
        self.disposal_link.setText(
            self.tr("Due for disposal: %1").replace("%1", f"{summary.due:,}")
        )
        self.approval_link.setText(
            self.tr("Disposals awaiting approval: %1").replace(
                "%1", f"{summary.awaiting_approval:,}"
            )
        )
        self.reviews_link.setText(
            self.tr("Ledger reviews due: %1").replace("%1", f"{summary.reviews_due:,}")
        )
        for link, count in (
            (self.disposal_link, summary.due),
            (self.approval_link, summary.awaiting_approval),
            (self.reviews_link, summary.reviews_due),
        ):
            font = link.font()
            font.setBold(count > 0)
            link.setFont(font)

    def show_today(self, today: Today, counts: Overview) -> None:
        self.date_label.setText(labels.day_long(today.as_of))
        self.awaiting_reply.set_value(counts.awaiting_reply)
        self.due_soon.set_value(counts.due_soon)
        self.overdue_tile.set_value(counts.overdue, alert=counts.overdue > 0)
        self.past_legal.set_value(counts.past_legal_line, alert=counts.past_legal_line > 0)
        sections = (self.due_today, self.overdue, self.waiting, self.money_orders)
        selected = [section.current_reference() for section in sections]
        self.due_today_model.set_rows(today.due_today)
        self.overdue_model.set_rows(today.overdue)
        self.waiting_model.set_rows(today.waiting_long)
        self.money_model.set_rows(today.expiring_money_orders, today.as_of)
        self.waiting.base_title = self.tr("Awaiting documents for more than %1 days").replace(
            "%1", str(today.waiting_days)
        )
        self.due_today.update_title(self.tr("Nothing is due today."))
        self.overdue.update_title(self.tr("No case is past its target."))
        self.waiting.update_title(self.tr("No case has waited that long."))
        self.money_orders.update_title(self.tr("No money order expires soon."))
        for section, reference in zip(sections, selected, strict=True):
            section.select_reference(reference)  # read again: the same rows stay selected

    def _open(self, index: QModelIndex) -> None:
        row = index.data(CaseTableModel.RecordRole)
        if row is not None:
            self.openCase.emit(row.reference)

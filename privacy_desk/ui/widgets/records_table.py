"""A sorted, read-only table of one :class:`~privacy_desk.ui.models.records_model.RecordsModel`:
the tables of the ledger, the provision records and the retention window.

Rows are selected whole, one at a time or several. Every column is as wide as its text (up
to a limit); one column, the one with the long texts, stretches over the room left, so that
the table is filled but that column never squeezed (the table scrolls sideways instead).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from privacy_desk.ui.models.records_model import RecordsModel

R = TypeVar("R")
MIN_COLUMN = 40
SORT_ARROW = 14  # room for the sort indicator beside the title


@dataclass(frozen=True)
class ColumnFit:
    """How wide a :class:`RecordsTable` makes its columns."""

    #: Room beside the widest text of a column.
    padding: int = 12
    #: No column is made wider than this to fit its text.
    max_width: int = 190
    #: The stretching column takes the room left, and at least this much (or as much as its
    #: text needs, when that is less).
    min_stretch: int = 140
    #: Columns (of names) that give up width, down to ``min_narrowed`` each, when the table is
    #: too narrow to leave the stretching column ``min_stretch``.
    narrowable: tuple[int, ...] = ()
    min_narrowed: int = 90
    #: Keep room for the sort arrow beside every title (as the header's own size hint
    #: does), not only beside the sorted column's.
    arrow_room_everywhere: bool = False


DEFAULT_FIT = ColumnFit()


class RecordsTable(QTableView, Generic[R]):
    """A sorted, read-only table of one :class:`RecordsModel`; rows are selected whole, one at
    a time (``single``) or several."""

    def __init__(
        self,
        model: RecordsModel[R],
        stretch: int,
        *,
        single: bool = True,
        fit: ColumnFit = DEFAULT_FIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.records_model = model
        self.stretch = stretch
        self.fit = fit
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(model.SortRole)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if single
            else QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch_width = 0
        #: Each column's width as fitted to its text.
        self._fitted: dict[int, int] = {}
        self._sorted_column = header.sortIndicatorSection()
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(self._sorted)
        self.fit_columns()

    # -- the records -------------------------------------------------------------

    def selected_records(self) -> list[R]:
        """The selected records, in the order the table shows them."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        return [self.records_model.record(self.proxy.mapToSource(i).row()) for i in rows]

    def selected(self) -> R | None:
        """The selected record; the first shown when several are."""
        chosen = self.selected_records()
        return chosen[0] if chosen else None

    def select_source_row(self, row: int) -> bool:
        """Select (only) the model's ``row`` and scroll to it; False when there is none."""
        if not 0 <= row < self.records_model.rowCount():
            return False
        index = self.proxy.mapFromSource(self.records_model.index(row, 0))
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def show_records(self, records: Sequence[R], key: Callable[[R], object]) -> None:
        """Show ``records``; the rows selected before stay selected when still there."""
        wanted = {key(record) for record in self.selected_records()}
        self.records_model.set_records(records)
        self.fit_columns()
        selection = QItemSelection()
        for row, record in enumerate(self.records_model.records()):
            if key(record) in wanted:
                index = self.proxy.mapFromSource(self.records_model.index(row, 0))
                selection.select(index, index)
        self.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # -- the columns -------------------------------------------------------------

    def fit_columns(self) -> None:
        """Every column as wide as its text (up to a limit); the stretching one also
        takes the room left over, so that the table is filled but never squeezed."""
        for column in range(self.records_model.COLUMN_COUNT):
            self._fit_column(column)
        self._share()

    def _fit_column(self, column: int) -> None:
        width = max(self.sizeHintForColumn(column), self._title_width(column)) + self.fit.padding
        width = max(width, MIN_COLUMN)
        if column == self.stretch:
            self._stretch_width = min(width, self.fit.min_stretch)
        self._fitted[column] = min(width, self.fit.max_width)
        self.horizontalHeader().resizeSection(column, self._fitted[column])

    def _title_width(self, column: int) -> int:
        header = self.horizontalHeader()
        if self.fit.arrow_room_everywhere:
            return header.sectionSizeHint(column)
        # the header's own size hint keeps room for a sort arrow in every column; only
        # the sorted one shows it, so the others need only their title's width
        title = self.records_model.headerData(column, Qt.Orientation.Horizontal)
        width = header.fontMetrics().size(0, str(title or "")).width()
        width += 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        if column == header.sortIndicatorSection():
            width += SORT_ARROW
        return width

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """The arrow moved to ``column``: make room for it there, take it back where it was."""
        if self.fit.arrow_room_everywhere:
            return
        for each in {self._sorted_column, column}:
            if 0 <= each < self.records_model.COLUMN_COUNT:
                self._fit_column(each)
        self._sorted_column = column
        self._share()

    def _share(self) -> None:
        """When the table is tight, narrow the narrowable columns (from their fitted width,
        the wider ones more) to leave the stretching one its room; then fill."""
        narrowable = [c for c in self.fit.narrowable if c in self._fitted and c != self.stretch]
        if narrowable:
            header = self.horizontalHeader()
            others = sum(
                header.sectionSize(column)
                for column in range(self.records_model.COLUMN_COUNT)
                if column != self.stretch and column not in narrowable
            )
            widths = {column: self._fitted[column] for column in narrowable}
            excess = others + sum(widths.values()) + self.fit.min_stretch - self.viewport().width()
            slack = {
                column: max(0, width - self.fit.min_narrowed) for column, width in widths.items()
            }
            total = sum(slack.values())
            for column in narrowable:
                if excess > 0 and total:
                    widths[column] -= min(slack[column], excess * slack[column] // total + 1)
                header.resizeSection(column, widths[column])
        self._fill()

    def _fill(self) -> None:
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(self.records_model.COLUMN_COUNT)
            if column != self.stretch
        )
        room = self.viewport().width() - others
        header.resizeSection(self.stretch, max(self._stretch_width, room))

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.stretch:
            self._fill()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._share()
        return super().viewportEvent(event)

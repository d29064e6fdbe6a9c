"""A read-only table model over a list of records (frozen dataclasses): the base of the
ledger's, the provision records' and the retention window's tables.

A subclass says its headers, each cell's text, and, where they differ from the text, its
sort key and tooltip; it may also colour a cell, set it in bold or align a column. The
model serves the text for display, :attr:`RecordsModel.SortRole` for a sort proxy,
:attr:`RecordsModel.RecordRole` for the record itself and, for an export, a cell's value
where it is not the text (:meth:`RecordsModel.value`: a number).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from privacy_desk.services.tables import Cell
from privacy_desk.ui.table_export import VALUE_ROLE

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
#: Rows that need no action (retired, disposed of, not due yet): quieter.
QUIET_COLOR = QColor("#6b6b6b")


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record; subclasses say the headers, texts and sort keys."""

    COLUMN_COUNT = 0
    SortRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def row_of(self, record_id: int) -> int:
        """The row of the record whose ``id`` is ``record_id``; -1 when not listed."""
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    # -- what subclasses say ----------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str | None:
        return None

    def text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: R, column: int) -> object:
        return self.text(record, column)

    def tooltip(self, record: R, column: int) -> str:
        return self.text(record, column)

    def value(self, record: R, column: int) -> Cell:
        """The cell's value in a spreadsheet where it is not the text (a number); None for
        the text (a day shown as 2026-11-24 becomes a day anyway)."""
        return None

    def color(self, record: R, column: int) -> QColor | None:
        return None

    def bold(self, record: R, column: int) -> bool:
        return False

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    # -- the model ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == self.RecordRole:
            return record
        if role == self.SortRole:
            return self.sort_key(record, column)
        if role == VALUE_ROLE:
            return self.value(record, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.color(record, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and self.bold(record, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return align | Qt.AlignmentFlag.AlignVCenter if align is not None else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

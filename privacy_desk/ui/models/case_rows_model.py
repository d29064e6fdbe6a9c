"""A short, fixed list of cases (the Today view's lists) shown like the case list."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QObject, Qt

from privacy_desk.services.case_list import CaseRow, Counts, QuickFilter
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.models.case_table_model import AnyIndex, CaseTableModel


class CaseRowsModel(CaseTableModel):
    """The case list's columns and colours over rows already read; sorts in memory."""

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        self._rows: list[CaseRow] = []
        super().__init__(ctx, parent=parent)

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def _load_counts(self) -> None:  # nothing to count in SQL
        total = len(getattr(self, "_rows", []))
        self._counts = Counts(total=total, by_quick=dict.fromkeys(QuickFilter, total))

    def record(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def find_row(self, reference: str, *, hint: int = -1, max_pages: int = 5) -> int:
        return next((i for i, r in enumerate(self._rows) if r.reference == reference), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._rows.sort(
            key=lambda row: cast(Any, self._sort_value(row, column)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

"""The tables of the Retention and Disposal window, and the names of retention's enums.

Four read-only models over what :mod:`privacy_desk.services.retention` returns:
items due for disposal, requests awaiting a second manager's approval, items
kept until their purpose is achieved, and the record of disposals done. Each has
``COL_*`` constants, a raw-value :attr:`SortRole` and a :attr:`RecordRole`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from privacy_desk.services.retention import DisposalRecord, DueItem, KeptItem
from privacy_desk.ui import labels
from privacy_desk.ui.models.history_model import local_time

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
#: Rows shown ahead of time (within the horizon, not due yet): quieter.
NOT_YET_COLOR = QColor("#6b6b6b")


def japanese_ui() -> bool:
    return QLocale().language() == QLocale.Language.Japanese


def description(record: DueItem | KeptItem | DisposalRecord) -> str:
    """What the item is, in Japanese when the screens are (the records carry both)."""
    return record.description_ja if japanese_ui() and record.description_ja else record.description


def rule_text(record: DueItem | KeptItem | DisposalRecord) -> str:
    """The rule the item is (or was) kept under, in the language of the screens."""
    return record.rule_ja if japanese_ui() and record.rule_ja else record.rule


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

    # -- what subclasses say ----------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: R, column: int) -> object:
        return self.text(record, column)

    def tooltip(self, record: R, column: int) -> str:
        return self.text(record, column)

    def quiet(self, record: R) -> bool:
        """Whether the row is shown greyed."""
        return False

    def bold(self, record: R) -> bool:
        return False

    # -- the model ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return self.headers()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == self.RecordRole:
            return record
        if role == self.SortRole:
            return self.sort_key(record, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and self.quiet(record):
            return QBrush(NOT_YET_COLOR)
        if role == Qt.ItemDataRole.FontRole and self.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


class DueItemsModel(RecordsModel[DueItem]):
    """``retention.due_items``: what is due, and what falls due within the horizon (greyed)."""

    COL_DUE_ON, COL_KIND, COL_REFERENCE, COL_WHAT, COL_RULE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Items due after this day are shown but cannot be requested yet.
        self.today = date.today()

    def set_items(self, items: Sequence[DueItem], today: date) -> None:
        self.today = today
        self.set_records(items)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due on"),
            self.tr("Kind"),
            self.tr("Reference"),
            self.tr("What"),
            self.tr("Rule"),
        )

    def text(self, record: DueItem, column: int) -> str:
        if column == self.COL_DUE_ON:
            return _day(record.due_on)
        if column == self.COL_KIND:
            return labels.retained_kind(record.kind)
        if column == self.COL_REFERENCE:
            return record.reference
        if column == self.COL_WHAT:
            return description(record)
        if column == self.COL_RULE:
            return rule_text(record)
        return ""

    def quiet(self, record: DueItem) -> bool:
        return record.due_on > self.today

    def tooltip(self, record: DueItem, column: int) -> str:
        if self.quiet(record):
            return self.tr("Not due yet: it can be requested from %1.").replace(
                "%1", _day(record.due_on)
            )
        return self.text(record, column)

    def sort_key(self, record: DueItem, column: int) -> object:
        if column == self.COL_DUE_ON:
            return f"{_day(record.due_on)} {record.reference} {record.id:09d}"
        return self.text(record, column)


class PendingDisposalsModel(RecordsModel[DisposalRecord]):
    """Disposals requested and not yet approved; the acting user's own requests in bold."""

    COL_REQUESTED_AT, COL_REQUESTED_BY, COL_WHAT, COL_METHOD, COL_WITNESS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, me: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The acting user's login: their own requests are for another manager to approve.
        self.me = me

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Requested at"),
            self.tr("Requested by"),
            self.tr("What"),
            self.tr("Method"),
            self.tr("Witness"),
        )

    def text(self, record: DisposalRecord, column: int) -> str:
        if column == self.COL_REQUESTED_AT:
            return local_time(record.requested_at)
        if column == self.COL_REQUESTED_BY:
            if record.requested_by == self.me:
                return self.tr("%1 (you)").replace("%1", record.requested_by)
            return record.requested_by
        if column == self.COL_WHAT:
            return description(record)
        if column == self.COL_METHOD:
            method = labels.disposal_method(record.method)
            if record.certificate_number:
                return (
                    self.tr("%1, certificate %2")
                    .replace("%1", method)
                    .replace("%2", record.certificate_number)
                )
            return method
        if column == self.COL_WITNESS:
            return record.witness
        return ""

    def bold(self, record: DisposalRecord) -> bool:
        return record.requested_by == self.me

    def tooltip(self, record: DisposalRecord, column: int) -> str:
        if record.requested_by == self.me:
            return self.tr("You requested this; another manager must approve it.")
        return self.text(record, column)

    def sort_key(self, record: DisposalRecord, column: int) -> object:
        if column == self.COL_REQUESTED_AT:
            return f"{record.requested_at} {record.id:09d}"
        return self.text(record, column)


class DisposalRecordsModel(RecordsModel[DisposalRecord]):
    """Disposals carried out: what went, how, and the two managers."""

    (
        COL_DONE_AT,
        COL_WHAT,
        COL_METHOD,
        COL_CERTIFICATE,
        COL_WITNESS,
        COL_REQUESTED_BY,
        COL_APPROVED_BY,
    ) = range(7)
    COLUMN_COUNT = 7

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Done at"),
            self.tr("What"),
            self.tr("Method"),
            self.tr("Certificate"),
            self.tr("Witness"),
            self.tr("Requester"),
            self.tr("Approver"),
        )

    def text(self, record: DisposalRecord, column: int) -> str:
        if column == self.COL_DONE_AT:
            return local_time(record.done_at) if record.done_at else ""
        if column == self.COL_WHAT:
            return description(record)
        if column == self.COL_METHOD:
            return labels.disposal_method(record.method)
        if column == self.COL_CERTIFICATE:
            return record.certificate_number
        if column == self.COL_WITNESS:
            return record.witness
        if column == self.COL_REQUESTED_BY:
            return record.requested_by
        if column == self.COL_APPROVED_BY:
            return record.approved_by
        return ""

    def sort_key(self, record: DisposalRecord, column: int) -> object:
        if column == self.COL_DONE_AT:
            return f"{record.done_at or ''} {record.id:09d}"
        return self.text(record, column)


class KeptItemsModel(RecordsModel[KeptItem]):
    """``retention.kept_until_purpose``: kept until someone records the purpose achieved."""

    COL_KIND, COL_REFERENCE, COL_WHAT, COL_RULE = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Reference"), self.tr("What"), self.tr("Rule"))

    def text(self, record: KeptItem, column: int) -> str:
        if column == self.COL_KIND:
            return labels.retained_kind(record.kind)
        if column == self.COL_REFERENCE:
            return record.reference
        if column == self.COL_WHAT:
            return description(record)
        if column == self.COL_RULE:
            return rule_text(record)
        return ""

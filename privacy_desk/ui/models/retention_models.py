"""The tables of the Retention and Disposal window, and the names of retention's enums.

Four read-only models over what :mod:`privacy_desk.services.retention` returns:
items due for disposal, requests awaiting a second manager's approval, items
kept until their purpose is achieved, and the record of disposals done. Each has
``COL_*`` constants, a raw-value :attr:`SortRole` and a :attr:`RecordRole`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from privacy_desk.services.retention import DisposalRecord, DueItem, KeptItem
from privacy_desk.ui import labels
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.models.records_model import QUIET_COLOR, RecordsModel


def description(record: DueItem | KeptItem | DisposalRecord) -> str:
    """What the item is, in Japanese when the screens are (the records carry both)."""
    return (
        record.description_ja
        if labels.japanese_ui() and record.description_ja
        else record.description
    )


def rule_text(record: DueItem | KeptItem | DisposalRecord) -> str:
    """The rule the item is (or was) kept under, in the language of the screens."""
    return record.rule_ja if labels.japanese_ui() and record.rule_ja else record.rule


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
            return labels.day_short(record.due_on)
        if column == self.COL_KIND:
            return labels.retained_kind(record.kind)
        if column == self.COL_REFERENCE:
            return record.reference
        if column == self.COL_WHAT:
            return description(record)
        if column == self.COL_RULE:
            return rule_text(record)
        return ""

    def not_yet(self, record: DueItem) -> bool:
        """Shown ahead of time (within the horizon): it cannot be requested yet."""
        return record.due_on > self.today

    def color(self, record: DueItem, column: int) -> QColor | None:
        return QUIET_COLOR if self.not_yet(record) else None

    def tooltip(self, record: DueItem, column: int) -> str:
        if self.not_yet(record):
            return self.tr("Not due yet: it can be requested from %1.").replace(
                "%1", labels.day_short(record.due_on)
            )
        return self.text(record, column)

    def sort_key(self, record: DueItem, column: int) -> object:
        if column == self.COL_DUE_ON:
            return f"{labels.day_short(record.due_on)} {record.reference} {record.id:09d}"
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

    def bold(self, record: DisposalRecord, column: int) -> bool:
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

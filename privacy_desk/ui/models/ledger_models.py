"""The tables of the Personal Information Ledger window (個人情報管理台帳, issue 7).

Three read-only models over what :mod:`privacy_desk.services.ledger` returns: the
ledger's entries, one entry's yearly reviews, and one entry's batches. Each has
``COL_*`` constants, a raw-value :attr:`SortRole` and a :attr:`RecordRole`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from privacy_desk.domain.ledger import LedgerRetention
from privacy_desk.domain.retention import PeriodUnit
from privacy_desk.services.ledger import BatchInfo, LedgerEntryInfo, PurposeInfo, ReviewInfo
from privacy_desk.services.tables import Cell
from privacy_desk.ui import labels
from privacy_desk.ui.models.history_model import local_time
from privacy_desk.ui.models.records_model import QUIET_COLOR, RecordsModel

#: A review that is due: the colour of ERROR_STYLE (ui.style).
DUE_COLOR = QColor("#a61b1b")
CHECK = "✓"


def purpose_text(purpose: PurposeInfo) -> str:
    """The purpose in the language of the screens."""
    return purpose.text_ja if labels.japanese_ui() else purpose.text_en


def purpose_other_text(purpose: PurposeInfo) -> str:
    """The purpose in the other language (for a tooltip)."""
    return purpose.text_en if labels.japanese_ui() else purpose.text_ja


def retention_text(retention: LedgerRetention) -> str:
    """The retention in words, the unit translated: 3 years after the end of the contract."""
    if retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return labels.period_unit(retention.unit)
    event = retention.event.strip()
    if retention.count == 1:
        one = {
            PeriodUnit.MONTHS: QCoreApplication.translate("LedgerModels", "1 month after %1"),
            PeriodUnit.YEARS: QCoreApplication.translate("LedgerModels", "1 year after %1"),
        }.get(retention.unit)
        if one is not None:
            return one.replace("%1", event)
    return (
        QCoreApplication.translate("LedgerModels", "%1 %2 after %3")
        .replace("%1", str(retention.count))
        .replace("%2", labels.period_unit(retention.unit))
        .replace("%3", event)
    )


def sharing_text(entry: LedgerEntryInfo) -> str:
    """Whether the set goes to third parties or is jointly used, in a few words."""
    third_party, joint_use = entry.data.third_party, entry.data.joint_use
    if third_party and joint_use:
        return QCoreApplication.translate("LedgerModels", "Third parties and joint use")
    if third_party:
        return QCoreApplication.translate("LedgerModels", "Third parties")
    if joint_use:
        return QCoreApplication.translate("LedgerModels", "Joint use")
    return ""


class LedgerEntriesModel(RecordsModel[LedgerEntryInfo]):
    """The ledger's entries; a review that is due shows in the error colour, in bold."""

    (
        COL_NO,
        COL_NAME,
        COL_PURPOSES,
        COL_MEDIUM,
        COL_DEPARTMENT,
        COL_RETENTION,
        COL_SPECIAL_CARE,
        COL_SHARING,
        COL_NEXT_REVIEW,
        COL_OPEN_BATCHES,
    ) = range(10)
    COLUMN_COUNT = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Reviews on or before this day are due.
        self.today = date.today()
        #: The policy's purposes by code, for the tooltip of the purposes column.
        self.purposes: dict[str, PurposeInfo] = {}

    def set_entries(
        self,
        entries: Sequence[LedgerEntryInfo],
        today: date,
        purposes: Sequence[PurposeInfo] = (),
    ) -> None:
        self.today = today
        if purposes:
            self.purposes = {p.code: p for p in purposes}
        self.set_records(entries)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Name"),
            self.tr("Purposes"),
            self.tr("Medium"),
            self.tr("Department"),
            self.tr("Retention"),
            self.tr("Special\ncare"),
            self.tr("Third parties /\njoint use"),
            self.tr("Next\nreview"),
            self.tr("Open\nbatches"),
        )

    def text(self, record: LedgerEntryInfo, column: int) -> str:
        data = record.data
        if column == self.COL_NO:
            return str(record.id)
        if column == self.COL_NAME:
            return data.name
        if column == self.COL_PURPOSES:
            return ", ".join(data.purposes)
        if column == self.COL_MEDIUM:
            return labels.medium(data.medium)
        if column == self.COL_DEPARTMENT:
            return data.department
        if column == self.COL_RETENTION:
            return retention_text(data.retention)
        if column == self.COL_SPECIAL_CARE:
            return CHECK if data.special_care else ""
        if column == self.COL_SHARING:
            return sharing_text(record)
        if column == self.COL_NEXT_REVIEW:
            if record.retired_on is not None:
                return self.tr("Retired")
            return labels.day_short(record.next_review_on)
        if column == self.COL_OPEN_BATCHES:
            return str(record.open_batches)
        return ""

    def tooltip(self, record: LedgerEntryInfo, column: int) -> str:
        if column == self.COL_PURPOSES:
            return "\n".join(
                f"{code} {purpose_text(self.purposes[code])}" if code in self.purposes else code
                for code in record.data.purposes
            )
        if column == self.COL_SPECIAL_CARE and record.data.special_care:
            return record.data.special_care_items
        if column == self.COL_SHARING and (record.data.third_party or record.data.joint_use):
            return record.data.recipients
        if column == self.COL_NEXT_REVIEW and record.retired_on is not None:
            return self.tr("Retired on %1; no more reviews.").replace(
                "%1", labels.day_short(record.retired_on)
            )
        if column == self.COL_NEXT_REVIEW and record.review_due(self.today):
            return self.tr("The yearly review is due.")
        return self.text(record, column)

    def color(self, record: LedgerEntryInfo, column: int) -> QColor | None:
        if record.retired_on is not None:
            return QUIET_COLOR
        if column == self.COL_NEXT_REVIEW and record.review_due(self.today):
            return DUE_COLOR
        return None

    def bold(self, record: LedgerEntryInfo, column: int) -> bool:
        return column == self.COL_NEXT_REVIEW and record.review_due(self.today)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (self.COL_NO, self.COL_OPEN_BATCHES):
            return Qt.AlignmentFlag.AlignRight
        if column == self.COL_SPECIAL_CARE:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def value(self, record: LedgerEntryInfo, column: int) -> Cell:
        if column == self.COL_NO:
            return record.id
        if column == self.COL_OPEN_BATCHES:
            return record.open_batches
        return None

    def sort_key(self, record: LedgerEntryInfo, column: int) -> object:
        if column == self.COL_NO:
            return record.id
        if column == self.COL_OPEN_BATCHES:
            return record.open_batches
        if column == self.COL_SPECIAL_CARE:
            return int(record.data.special_care)
        if column == self.COL_NEXT_REVIEW:  # retired entries after every review date
            retired = record.retired_on is not None
            return f"{int(retired)} {labels.day_short(record.retired_on or record.next_review_on)}"
        if column == self.COL_RETENTION:
            unit_order = {PeriodUnit.MONTHS: 1, PeriodUnit.YEARS: 12}
            months = record.data.retention.count * unit_order.get(record.data.retention.unit, 0)
            until = record.data.retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
            return f"{int(until)} {months:06d} {record.data.retention.event}"
        return self.text(record, column)


class ReviewsModel(RecordsModel[ReviewInfo]):
    """One entry's yearly reviews."""

    COL_REVIEWED_ON, COL_REVIEWED_BY, COL_NOTE = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reviewed on"), self.tr("By"), self.tr("Note"))

    def text(self, record: ReviewInfo, column: int) -> str:
        if column == self.COL_REVIEWED_ON:
            return labels.day_short(record.reviewed_on)
        if column == self.COL_REVIEWED_BY:
            return record.reviewed_by
        if column == self.COL_NOTE:
            return record.note
        return ""

    def sort_key(self, record: ReviewInfo, column: int) -> object:
        if column == self.COL_REVIEWED_ON:
            return f"{labels.day_short(record.reviewed_on)} {record.id:09d}"
        return self.text(record, column)


class BatchesModel(RecordsModel[BatchInfo]):
    """One entry's batches: when each comes due, and where it stands."""

    COL_LABEL, COL_EVENT_ON, COL_DUE_ON, COL_ACHIEVED_ON, COL_STATE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        #: The entry is kept until its purpose is achieved (no event date needed).
        self.until_achieved = False

    def set_batches(
        self, batches: Sequence[BatchInfo], today: date, *, until_achieved: bool
    ) -> None:
        self.today = today
        self.until_achieved = until_achieved
        self.set_records(batches)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Batch"),
            self.tr("Event date"),
            self.tr("Due on"),
            self.tr("Purpose achieved on"),
            self.tr("State"),
        )

    def due(self, record: BatchInfo) -> bool:
        return (
            record.disposed_at is None
            and not record.disposal_requested
            and record.due_on is not None
            and record.due_on <= self.today
        )

    def state(self, record: BatchInfo) -> str:
        if record.disposed_at is not None:
            return self.tr("Disposed of %1").replace("%1", local_time(record.disposed_at))
        if record.disposal_requested:
            return self.tr("Disposal requested")
        if self.due(record):
            return self.tr("Due for disposal")
        if record.due_on is not None:
            return self.tr("Kept")
        if self.until_achieved:
            return self.tr("Kept until the purpose is achieved")
        return self.tr("Kept; no event date yet")

    def text(self, record: BatchInfo, column: int) -> str:
        if column == self.COL_LABEL:
            return record.label
        if column == self.COL_EVENT_ON:
            return labels.day_short(record.event_on)
        if column == self.COL_DUE_ON:
            return labels.day_short(record.due_on)
        if column == self.COL_ACHIEVED_ON:
            return labels.day_short(record.purpose_achieved_on)
        if column == self.COL_STATE:
            return self.state(record)
        return ""

    def color(self, record: BatchInfo, column: int) -> QColor | None:
        if record.disposed_at is not None:
            return QUIET_COLOR
        if column in (self.COL_DUE_ON, self.COL_STATE) and self.due(record):
            return DUE_COLOR
        return None

    def bold(self, record: BatchInfo, column: int) -> bool:
        return column in (self.COL_DUE_ON, self.COL_STATE) and self.due(record)

    def sort_key(self, record: BatchInfo, column: int) -> object:
        if column in (self.COL_EVENT_ON, self.COL_DUE_ON, self.COL_ACHIEVED_ON):
            value = {
                self.COL_EVENT_ON: record.event_on,
                self.COL_DUE_ON: record.due_on,
                self.COL_ACHIEVED_ON: record.purpose_achieved_on,
            }[column]
            return f"{int(value is None)} {labels.day_short(value)} {record.id:09d}"
        return self.text(record, column)

"""The complaints and inquiries log (APPI Art. 40; issue 8) as a table.

A read-only model over what :func:`privacy_desk.services.complaints.complaints` returns,
with ``COL_*`` constants, a raw-value :attr:`ComplaintsModel.SortRole` and a
:attr:`ComplaintsModel.RecordRole` giving the :class:`ComplaintInfo`. An open record
that came in more than :data:`PROMPT_DAYS` days ago shows in the colour of a due review.

The translated names of :class:`ContactKind` and :class:`Channel` live here (context
"Labels", as in :mod:`privacy_desk.ui.labels`), each a literal so that lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.services.complaints import ComplaintInfo
from privacy_desk.ui import labels
from privacy_desk.ui.models.ledger_models import DUE_COLOR
from privacy_desk.ui.models.records_model import QUIET_COLOR, RecordsModel

#: A complaint is to be handled promptly (APPI Art. 40): one open longer than this is late.
PROMPT_DAYS = 14


def contact_kind(value: ContactKind) -> str:
    return {
        ContactKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        ContactKind.INQUIRY: QCoreApplication.translate("Labels", "Inquiry"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.MAIL: QCoreApplication.translate("Labels", "Mail"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def one_line(text: str) -> str:
    """A multi-line text on one line, for a table cell."""
    return " ".join(text.split())


def days_open(record: ComplaintInfo, today: date) -> int:
    """How many days the record has been open (0 when closed)."""
    if not record.is_open:
        return 0
    return max(0, (today - record.data.received_on).days)


def is_late(record: ComplaintInfo, today: date) -> bool:
    """Open for longer than :data:`PROMPT_DAYS` days."""
    return days_open(record, today) > PROMPT_DAYS


class ComplaintsModel(RecordsModel[ComplaintInfo]):
    """Complaints and inquiries as rows, in the order given (the service: newest first)."""

    (
        COL_NO,
        COL_RECEIVED_ON,
        COL_KIND,
        COL_CHANNEL,
        COL_PERSON,
        COL_SUBJECT,
        COL_CASE,
        COL_STATE,
        COL_HANDLED_BY,
    ) = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Open records received more than PROMPT_DAYS before this day are late.
        self.today = date.today()

    def set_complaints(self, records: Sequence[ComplaintInfo], today: date) -> None:
        self.today = today
        self.set_records(records)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Received"),
            self.tr("Kind"),
            self.tr("Channel"),
            self.tr("Person"),
            self.tr("Subject"),
            self.tr("Case"),
            self.tr("State"),
            self.tr("Handled by"),
        )

    def header_tooltip(self, column: int) -> str | None:
        return {
            self.COL_RECEIVED_ON: self.tr("The day the complaint or inquiry came in"),
            self.COL_PERSON: self.tr("Who made the complaint or inquiry"),
            self.COL_CASE: self.tr("The case it is about, if any"),
            self.COL_STATE: self.tr(
                "Open records that came in more than %1 days ago are shown in red."
            ).replace("%1", str(PROMPT_DAYS)),
        }.get(column)

    # -- texts ----------------------------------------------------------------

    def state(self, record: ComplaintInfo) -> str:
        if record.is_open:
            return self.tr("Open")
        return self.tr("Closed on %1").replace("%1", labels.day_short(record.data.closed_on))

    def text(self, record: ComplaintInfo, column: int) -> str:
        data = record.data
        if column == self.COL_NO:
            return str(record.id)
        if column == self.COL_RECEIVED_ON:
            return labels.day_short(data.received_on)
        if column == self.COL_KIND:
            return contact_kind(data.kind)
        if column == self.COL_CHANNEL:
            return channel(data.channel)
        if column == self.COL_PERSON:
            return data.person_name
        if column == self.COL_SUBJECT:
            return one_line(data.subject)
        if column == self.COL_CASE:
            return data.case_reference
        if column == self.COL_STATE:
            return self.state(record)
        if column == self.COL_HANDLED_BY:
            return data.handled_by
        return ""

    def tooltip(self, record: ComplaintInfo, column: int) -> str:
        data = record.data
        if column == self.COL_SUBJECT:
            return data.subject
        if column == self.COL_PERSON and data.person_contact:
            return f"{data.person_name}\n{data.person_contact}"
        if column == self.COL_RECEIVED_ON:
            return labels.day_long(data.received_on)
        if column == self.COL_STATE and record.is_open:
            days = days_open(record, self.today)
            if days == 1:
                return self.tr("Open for 1 day")
            return self.tr("Open for %1 days").replace("%1", str(days))
        if column == self.COL_STATE and data.response:
            return data.response
        return self.text(record, column)

    def color(self, record: ComplaintInfo, column: int) -> QColor | None:
        if not record.is_open:
            return QUIET_COLOR if column == self.COL_STATE else None
        if column in (self.COL_RECEIVED_ON, self.COL_STATE) and is_late(record, self.today):
            return DUE_COLOR
        return None

    def bold(self, record: ComplaintInfo, column: int) -> bool:
        return column in (self.COL_RECEIVED_ON, self.COL_STATE) and is_late(record, self.today)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.COL_NO else None

    def sort_key(self, record: ComplaintInfo, column: int) -> object:
        data = record.data
        if column == self.COL_NO:
            return record.id
        if column == self.COL_RECEIVED_ON:  # same day: the later record first when descending
            return f"{data.received_on.isoformat()}#{record.id:012d}"
        if column == self.COL_STATE:  # the open ones together, the oldest first
            if record.is_open:
                return f"0 {data.received_on.isoformat()}#{record.id:012d}"
            return f"1 {labels.day_short(data.closed_on)}#{record.id:012d}"
        return self.text(record, column)

"""The two tables of an import's preview: the cases to be created and the rows that cannot
be read (:mod:`privacy_desk.services.importing`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from privacy_desk.services.importing import Refused, ToCreate
from privacy_desk.ui import labels
from privacy_desk.ui.models.records_model import RecordsModel


class ToCreateModel(RecordsModel[ToCreate]):
    """One row per case to be created, in the file's order."""

    (
        COL_ROW,
        COL_RECEIVED,
        COL_NAME,
        COL_TYPES,
        COL_STATUS,
        COL_CLOSED,
        COL_OLD_REFERENCE,
    ) = range(7)
    COLUMN_COUNT = 7

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportModels", "Row"),
            QCoreApplication.translate("ImportModels", "Received"),
            QCoreApplication.translate("ImportModels", "Requester"),
            QCoreApplication.translate("ImportModels", "Request types"),
            QCoreApplication.translate("ImportModels", "Status"),
            QCoreApplication.translate("ImportModels", "Closed on"),
            QCoreApplication.translate("ImportModels", "Old reference"),
        )

    def text(self, record: ToCreate, column: int) -> str:
        if column == self.COL_ROW:
            return str(record.row_number)
        if column == self.COL_RECEIVED:
            return labels.day_short(record.received_on)
        if column == self.COL_NAME:
            return record.requester_name
        if column == self.COL_TYPES:
            return "・".join(labels.request_type_short(t) for t in record.request_types)
        if column == self.COL_STATUS:
            return labels.status(record.status)
        if column == self.COL_CLOSED:
            return labels.day_short(record.closed_on)
        if column == self.COL_OLD_REFERENCE:
            return record.old_reference
        return ""

    def tooltip(self, record: ToCreate, column: int) -> str:
        if column == self.COL_TYPES:
            return "\n".join(labels.request_type(t) for t in record.request_types)
        return self.text(record, column)

    def sort_key(self, record: ToCreate, column: int) -> object:
        if column == self.COL_ROW:
            return record.row_number
        if column == self.COL_RECEIVED:
            return record.received_on.toordinal()
        if column == self.COL_CLOSED:
            return record.closed_on.toordinal() if record.closed_on else 0
        return self.text(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.COL_ROW else None


class RefusedModel(RecordsModel[Refused]):
    """One row per row of the file that cannot be read, with the reason."""

    COL_ROW, COL_REASON = range(2)
    COLUMN_COUNT = 2

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportModels", "Row"),
            QCoreApplication.translate("ImportModels", "Why it cannot be read"),
        )

    def text(self, record: Refused, column: int) -> str:
        if column == self.COL_ROW:
            return str(record.row_number)
        if column == self.COL_REASON:
            reason = record.reason.rstrip(".") + "."
            return reason[:1].upper() + reason[1:]
        return ""

    def sort_key(self, record: Refused, column: int) -> object:
        if column == self.COL_ROW:
            return record.row_number
        return self.text(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.COL_ROW else None

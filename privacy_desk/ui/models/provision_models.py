"""The third-party provision records (APPI Art. 29/30) as a table.

A read-only model over what :func:`privacy_desk.services.ledger.provisions` and
:func:`~privacy_desk.services.ledger.provisions_for_case` return, with ``COL_*``
constants, a raw-value :attr:`ProvisionsModel.SortRole` and a
:attr:`ProvisionsModel.RecordRole` giving the :class:`ProvisionInfo`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from privacy_desk.domain.era import DateInputError
from privacy_desk.domain.ledger import ProvisionBasis, ProvisionDirection
from privacy_desk.services.ledger import ProvisionInfo
from privacy_desk.ui import labels
from privacy_desk.ui.models.records_model import RecordsModel


def direction_short(value: ProvisionDirection) -> str:
    """For the table's narrow direction column (the long form is in the tooltip)."""
    return {
        ProvisionDirection.PROVIDED: QCoreApplication.translate("ProvisionsModel", "Provided"),
        ProvisionDirection.RECEIVED: QCoreApplication.translate("ProvisionsModel", "Received"),
    }[value]


def basis_short(value: ProvisionBasis) -> str:
    """For the table's basis column (the long form is in the tooltip and the details)."""
    return {
        ProvisionBasis.CONSENT: QCoreApplication.translate("ProvisionsModel", "Consent"),
        ProvisionBasis.LAW: QCoreApplication.translate("ProvisionsModel", "Laws and regulations"),
        ProvisionBasis.LIFE_BODY_PROPERTY: QCoreApplication.translate(
            "ProvisionsModel", "Life, body or property"
        ),
        ProvisionBasis.PUBLIC_HEALTH: QCoreApplication.translate(
            "ProvisionsModel", "Public health"
        ),
        ProvisionBasis.GOVERNMENT: QCoreApplication.translate("ProvisionsModel", "Government body"),
        ProvisionBasis.OTHER: QCoreApplication.translate("ProvisionsModel", "Other"),
    }[value]


def entry_text(entry_id: int, name: str) -> str:
    """How a ledger entry is named everywhere here: ``No. 3 Seminar attendees``."""
    return (
        QCoreApplication.translate("ProvisionsModel", "No. %1 %2")
        .replace("%1", str(entry_id))
        .replace("%2", name)
    )


def long_day(value: date | None) -> str:
    """The date with its Japanese era (:func:`labels.day_long`); plain before Meiji."""
    try:
        return labels.day_long(value)
    except DateInputError:
        return labels.day_short(value)


class ProvisionsModel(RecordsModel[ProvisionInfo]):
    """Provision records as rows, in the order given (the services give newest first)."""

    (
        COL_PROVIDED_ON,
        COL_DIRECTION,
        COL_ENTRY,
        COL_COUNTERPARTY,
        COL_PERSON,
        COL_KANA,
        COL_BIRTH_DATE,
        COL_ITEMS,
        COL_BASIS,
    ) = range(9)
    COLUMN_COUNT = 9

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("Ledger entry"),
            self.tr("Counterparty"),
            self.tr("Person"),
            self.tr("Kana"),
            self.tr("Born"),
            self.tr("Data items"),
            self.tr("Basis"),
        )

    def header_tooltip(self, column: int) -> str | None:
        return {
            self.COL_PROVIDED_ON: self.tr("The day the data was provided or received"),
            self.COL_COUNTERPARTY: self.tr("The recipient, or who provided the data"),
            self.COL_PERSON: self.tr("The person the data is about"),
            self.COL_BIRTH_DATE: self.tr("The person's date of birth"),
            self.COL_BASIS: self.tr("The basis of the provision"),
        }.get(column)

    # -- texts ----------------------------------------------------------------

    def text(self, record: ProvisionInfo, column: int) -> str:
        data = record.data
        if column == self.COL_PROVIDED_ON:
            return labels.day_short(data.provided_on)
        if column == self.COL_DIRECTION:
            return direction_short(data.direction)
        if column == self.COL_ENTRY:
            return record.entry_name
        if column == self.COL_COUNTERPARTY:
            return data.counterparty
        if column == self.COL_PERSON:
            return data.subject_name
        if column == self.COL_KANA:
            return data.subject_kana
        if column == self.COL_BIRTH_DATE:
            return labels.day_short(data.subject_birth_date)
        if column == self.COL_ITEMS:
            return data.items
        if column == self.COL_BASIS:
            return basis_short(data.basis)
        return ""

    def tooltip(self, record: ProvisionInfo, column: int) -> str:
        data = record.data
        if column in (self.COL_PROVIDED_ON, self.COL_BIRTH_DATE):
            day = data.provided_on if column == self.COL_PROVIDED_ON else data.subject_birth_date
            return long_day(day)
        if column == self.COL_DIRECTION:
            return labels.provision_direction(data.direction)
        if column == self.COL_ENTRY:
            return entry_text(data.entry_id, record.entry_name)
        if column == self.COL_BASIS:
            return labels.provision_basis(data.basis)
        if column == self.COL_COUNTERPARTY and data.counterparty_address:
            return f"{data.counterparty}\n{data.counterparty_address}"
        return self.text(record, column)

    def sort_key(self, record: ProvisionInfo, column: int) -> object:
        data = record.data
        if column == self.COL_PROVIDED_ON:  # same day: the later record first when descending
            return f"{data.provided_on.isoformat()}#{record.id:012d}"
        if column == self.COL_BIRTH_DATE:
            return labels.day_short(data.subject_birth_date)
        return self.text(record, column)

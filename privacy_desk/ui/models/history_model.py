"""A case's history as a table: when, who, what, from, to; newest first."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.identity_documents import DocumentType, Holder, MaskRequirement
from privacy_desk.domain.letters import LetterKind, MailKind
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.context import DeskContext
from privacy_desk.services.history import HistoryEntry, case_history
from privacy_desk.ui import labels

NONE_SHOWN = "—"

_Index = QModelIndex | QPersistentModelIndex


def field_label(name: str) -> str:
    """The translated name of a case field (``services.cases.EDITABLE_FIELDS`` and a few more)."""
    names = {
        "received_on": QCoreApplication.translate("HistoryModel", "Received on"),
        "postmarked_on": QCoreApplication.translate("HistoryModel", "Postmark date"),
        "requester_kind": QCoreApplication.translate("HistoryModel", "Requester kind"),
        "requester_name": QCoreApplication.translate("HistoryModel", "Requester's name"),
        "requester_kana": QCoreApplication.translate("HistoryModel", "Requester's name in kana"),
        "requester_birth_date": QCoreApplication.translate(
            "HistoryModel", "Requester's date of birth"
        ),
        "requester_postal_code": QCoreApplication.translate(
            "HistoryModel", "Requester's postal code"
        ),
        "requester_address": QCoreApplication.translate("HistoryModel", "Requester's address"),
        "requester_phone": QCoreApplication.translate("HistoryModel", "Requester's phone"),
        "requester_email": QCoreApplication.translate("HistoryModel", "Requester's e-mail"),
        "agent_name": QCoreApplication.translate("HistoryModel", "Agent's name"),
        "agent_kana": QCoreApplication.translate("HistoryModel", "Agent's name in kana"),
        "agent_postal_code": QCoreApplication.translate("HistoryModel", "Agent's postal code"),
        "agent_address": QCoreApplication.translate("HistoryModel", "Agent's address"),
        "agent_phone": QCoreApplication.translate("HistoryModel", "Agent's phone"),
        "agent_email": QCoreApplication.translate("HistoryModel", "Agent's e-mail"),
        "agent_qualification": QCoreApplication.translate("HistoryModel", "Agent's qualification"),
        "agent_registration_number": QCoreApplication.translate(
            "HistoryModel", "Agent's registration number"
        ),
        "disclosure_method": QCoreApplication.translate("HistoryModel", "Disclosure method"),
        "fee_amount": QCoreApplication.translate("HistoryModel", "Fee amount"),
        "fee_payment": QCoreApplication.translate("HistoryModel", "Fee payment"),
        "money_order_number": QCoreApplication.translate("HistoryModel", "Money order number"),
        "money_order_issued_on": QCoreApplication.translate(
            "HistoryModel", "Money order issue date"
        ),
        "language": QCoreApplication.translate("HistoryModel", "Language of the letters"),
        "assigned_to": QCoreApplication.translate("HistoryModel", "Assigned to"),
        "notes": QCoreApplication.translate("HistoryModel", "Notes"),
        "status": QCoreApplication.translate("HistoryModel", "Status"),
        "target_on": QCoreApplication.translate("HistoryModel", "Target date"),
    }
    if name in names:
        return names[name]
    # request.<type>.data_concerned / request.<type>.reasons
    _, kind, attribute = [*name.split("."), "", ""][:3]
    if name.startswith("request.") and attribute in ("data_concerned", "reasons"):
        try:
            type_label = labels.request_type(RequestType(kind))
        except ValueError:
            return name
        if attribute == "data_concerned":
            return QCoreApplication.translate("HistoryModel", "%1: data concerned").replace(
                "%1", type_label
            )
        return QCoreApplication.translate("HistoryModel", "%1: reasons").replace("%1", type_label)
    return name


def document_field(name: str) -> str:
    """The translated name of a field recorded about an identity document."""
    return {
        "doc_type": QCoreApplication.translate("HistoryModel", "kind of document"),
        "holder": QCoreApplication.translate("HistoryModel", "whose document"),
        "issued_on": QCoreApplication.translate("HistoryModel", "issue date"),
        "received_on": QCoreApplication.translate("HistoryModel", "arrival date"),
        "masked": QCoreApplication.translate("HistoryModel", "areas confirmed blacked out"),
        "shows_individual_number": QCoreApplication.translate(
            "HistoryModel", "shows an Individual Number"
        ),
        "is_my_number_back": QCoreApplication.translate("HistoryModel", "back of a My Number card"),
        "seal_matches_certificate": QCoreApplication.translate(
            "HistoryModel", "seal matches the certificate"
        ),
        "rekeyed_name": QCoreApplication.translate("HistoryModel", "name on the document"),
        "rekeyed_birth_date": QCoreApplication.translate(
            "HistoryModel", "date of birth on the document"
        ),
        "rekeyed_address": QCoreApplication.translate("HistoryModel", "address on the document"),
        "rekeyed_agent_name": QCoreApplication.translate(
            "HistoryModel", "agent's name on the document"
        ),
        "differences": QCoreApplication.translate("HistoryModel", "differences explained"),
        "note": QCoreApplication.translate("HistoryModel", "note"),
    }.get(name, name)


def document_value(name: str, value: object) -> str:
    if value is None or value == "" or value == "[]" or value == "{}":
        return NONE_SHOWN
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("HistoryModel", "yes")
            if value
            else QCoreApplication.translate("HistoryModel", "no")
        )
    if name == "doc_type":
        return _enum_label(DocumentType, labels.document_type)(value)
    if name == "holder":
        return _enum_label(Holder, labels.holder)(value)
    if name == "masked" and isinstance(value, str):
        try:
            shown = [labels.mask_requirement(MaskRequirement(v)) for v in json.loads(value)]
        except ValueError:
            return value
        return ", ".join(shown) or NONE_SHOWN
    return readable_value(name, value)


def _language(value: str) -> str:
    return {
        "ja": QCoreApplication.translate("HistoryModel", "Japanese"),
        "en": QCoreApplication.translate("HistoryModel", "English"),
    }.get(value, value)


def _enum_label(enum: type[StrEnum], label: Callable[[Any], str]) -> Callable[[object], str]:
    def show(value: object) -> str:
        try:
            return label(enum(str(value)))
        except ValueError:  # a value from an older version of the program
            return str(value)

    return show


_FIELD_SHOWN: dict[str, Callable[[object], str]] = {
    "requester_kind": _enum_label(RequesterKind, labels.requester_kind),
    "disclosure_method": _enum_label(DisclosureMethod, labels.disclosure_method),
    "fee_payment": _enum_label(FeePayment, labels.fee_payment),
    "status": _enum_label(CaseStatus, labels.status),
    "fee_amount": lambda value: f"¥{value:,}" if isinstance(value, int) else str(value),
    "language": lambda value: _language(str(value)),
}
_outcome_shown = _enum_label(Outcome, labels.outcome)
_ground_shown = _enum_label(RefusalGround, labels.refusal_ground)


def readable_value(field: str, value: object) -> str:
    """A stored value as the office reads it: translated labels, ISO dates, — for nothing."""
    if value is None or value == "" or value == {}:
        return NONE_SHOWN
    if field.startswith("request.") and isinstance(value, Mapping):
        parts = []
        if value.get("outcome"):
            parts.append(_outcome_shown(value["outcome"]))
        if value.get("refusal_ground"):
            parts.append(_ground_shown(value["refusal_ground"]))
        if value.get("explanation"):
            parts.append(str(value["explanation"]))
        return " / ".join(parts) or NONE_SHOWN
    shown = _FIELD_SHOWN.get(field)
    if shown is not None:
        return shown(value)
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def local_time(recorded_at: str) -> str:
    """``YYYY-MM-DD HH:MM`` in the computer's time zone, from a stored UTC time."""
    try:
        moment = datetime.fromisoformat(recorded_at)
    except ValueError:
        return recorded_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryModel(QAbstractTableModel):
    """``case_history`` of one case, newest first; read-only."""

    COL_WHEN, COL_WHO, COL_WHAT, COL_FROM, COL_TO = range(5)
    COLUMN_COUNT = 5
    SortRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = ""
        self._entries: list[HistoryEntry] = []
        # (what, from, to) per entry, made once per load
        self._texts: list[tuple[str, str, str]] = []

    # -- loading --------------------------------------------------------------

    def set_reference(self, reference: str) -> None:
        """Load the history of case ``reference`` ("" empties the table)."""
        self.reference = reference
        self.reload()

    def reload(self) -> None:
        entries = case_history(self.ctx, self.reference) if self.reference else []
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self._texts = [self._describe(e) for e in self._entries]
        self.endResetModel()

    def actors(self) -> set[str]:
        """Who made the entries shown."""
        return {entry.actor for entry in self._entries}

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    # -- the model ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("From"), self.tr("To"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == self.RecordRole:
            return entry
        if role == self.SortRole:
            if column == self.COL_WHEN:
                return entry.recorded_at
            return self._text(index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), column)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- texts ----------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        entry = self._entries[row]
        if column == self.COL_WHEN:
            return local_time(entry.recorded_at)
        if column == self.COL_WHO:
            return entry.actor
        what, old, new = self._texts[row]
        return {self.COL_WHAT: what, self.COL_FROM: old, self.COL_TO: new}.get(column, "")

    def _describe(self, entry: HistoryEntry) -> tuple[str, str, str]:
        old = readable_value(entry.field, entry.old_value)
        new = readable_value(entry.field, entry.new_value)
        reason = str(entry.details.get("reason", "")).strip()
        action = entry.action
        if action == "case.create":
            return self.tr("Request logged"), NONE_SHOWN, NONE_SHOWN
        if action == "case.change":
            return self.tr("Changed %1").replace("%1", field_label(entry.field)), old, new
        if action == "case.status":
            what = self.tr("Status changed")
            on = entry.details.get("on")
            if isinstance(on, str) and on != local_time(entry.recorded_at)[:10]:
                what = self.tr("Status changed, effective %1").replace("%1", on)
            return self._with_reason(what, reason), old, new
        if action == "case.decide":
            kind = entry.field.removeprefix("request.")
            try:
                type_label = labels.request_type(RequestType(kind))
            except ValueError:
                type_label = kind
            return self.tr("Decided: %1").replace("%1", type_label), old, new
        if action == "case.enclosure":
            kind = entry.new_value
            shown = (
                labels.enclosure(EnclosureKind(kind))
                if kind in {k.value for k in EnclosureKind}
                else str(kind)
            )
            return self.tr("Enclosure received"), NONE_SHOWN, shown
        if action == "case.extend":
            return self._with_reason(self.tr("Target date extended"), reason), old, new
        if action.startswith("document."):
            return self._document(entry, old, new, reason)
        if action.startswith("letter.") or action == "form.print":
            return self._letter(entry)
        if action == "provision.lookup":
            found = entry.details.get("found", 0)
            return (
                self.tr("Provision records looked up: %1 found").replace("%1", str(found)),
                NONE_SHOWN,
                NONE_SHOWN,
            )
        what = action if not entry.field else f"{action}: {field_label(entry.field)}"
        return what, old, new

    def _document(
        self, entry: HistoryEntry, old: str, new: str, reason: str
    ) -> tuple[str, str, str]:
        """Identity documents: added, looked at, re-keyed, masked, turned, removed."""
        kind = str(entry.details.get("type", ""))
        try:
            shown = labels.document_type(DocumentType(kind))
        except ValueError:
            shown = kind
        page = entry.details.get("page")
        on_page = (
            self.tr("%1, page %2").replace("%1", shown).replace("%2", str(page))
            if page is not None
            else shown
        )
        action = entry.action
        if action == "document.add":
            pages = self.tr("%1 page(s)").replace("%1", str(entry.details.get("pages", "")))
            return self.tr("Document added: %1").replace("%1", shown), NONE_SHOWN, pages
        if action == "document.view":
            if entry.details.get("what") == "thumbnails":
                return self.tr("Thumbnails viewed: %1").replace("%1", shown), NONE_SHOWN, NONE_SHOWN
            return self.tr("Document viewed: %1").replace("%1", on_page), NONE_SHOWN, NONE_SHOWN
        if action == "document.change":
            what = self.tr("%1: %2").replace("%1", shown).replace("%2", document_field(entry.field))
            return (
                what,
                document_value(entry.field, entry.old_value),
                document_value(entry.field, entry.new_value),
            )
        if action == "document.mask":
            return self.tr("Areas blacked out: %1").replace("%1", on_page), NONE_SHOWN, NONE_SHOWN
        if action == "document.rotate":
            return self.tr("Page turned: %1").replace("%1", shown), f"{old}°", f"{new}°"
        if action == "document.reorder":
            return self.tr("Page moved: %1").replace("%1", shown), old, new
        if action == "document.page.remove":
            return self.tr("Page removed: %1").replace("%1", on_page), NONE_SHOWN, NONE_SHOWN
        if action == "document.remove":
            what = self.tr("Document removed: %1").replace("%1", shown)
            return self._with_reason(what, reason), NONE_SHOWN, NONE_SHOWN
        return f"{action}: {shown}", old, new

    def _letter(self, entry: HistoryEntry) -> tuple[str, str, str]:
        """Letters issued, printed, saved, sent and returned; the request form printed."""
        number = str(entry.details.get("letter", ""))
        kind = str(entry.details.get("kind", ""))
        try:
            shown = labels.letter_kind(LetterKind(kind))
        except ValueError:
            shown = kind
        action = entry.action
        if action == "form.print":
            return self.tr("Request form printed"), NONE_SHOWN, NONE_SHOWN
        if action == "letter.issue":
            return self.tr("Letter issued: %1").replace("%1", shown), NONE_SHOWN, number
        if action == "letter.print":
            return self.tr("Letter printed: %1").replace("%1", number), NONE_SHOWN, NONE_SHOWN
        if action == "letter.save":
            return self.tr("Letter saved as PDF: %1").replace("%1", number), NONE_SHOWN, NONE_SHOWN
        if action == "letter.send":
            try:
                mail = labels.mail_kind(MailKind(str(entry.details.get("mail", ""))))
            except ValueError:
                mail = str(entry.details.get("mail", ""))
            tracking = str(entry.details.get("tracking", ""))
            sent = f"{mail} {tracking}".strip()
            return self.tr("Letter sent: %1").replace("%1", number), NONE_SHOWN, sent
        if action == "letter.returned":
            return self.tr("Letter returned: %1").replace("%1", number), NONE_SHOWN, NONE_SHOWN
        return f"{action}: {number}", NONE_SHOWN, NONE_SHOWN

    def _with_reason(self, what: str, reason: str) -> str:
        if not reason:
            return what
        return self.tr("%1 (reason: %2)").replace("%1", what).replace("%2", reason)

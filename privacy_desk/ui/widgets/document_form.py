"""What staff record about one copy of an identity document.

Staff type the name, date of birth and address *as the document shows them*;
the checklist then compares them with the request form. The form's values are
deliberately not shown here: copying them over would prove nothing. Only the
fields the kind of document carries are offered, and only the areas that kind
must have blacked out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.identity_documents import (
    DocumentType,
    Holder,
    MaskRequirement,
    RekeyField,
)
from privacy_desk.services.documents import DocumentInfo
from privacy_desk.ui import labels
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.document_type_box import DocumentTypeBox


class DocumentForm(QWidget):
    """Edits one :class:`DocumentInfo`; :meth:`changes` gives what differs from it."""

    #: Something was typed or ticked (the Save button follows it).
    edited = Signal()
    saveRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: DocumentInfo | None = None
        self._loading = False
        self._differing: frozenset[RekeyField] = frozenset()

        self.kind_box = DocumentTypeBox(self)
        self.holder_box = QComboBox(self)
        for holder in Holder:
            self.holder_box.addItem(labels.holder(holder), holder.value)
        self.issued_edit = DateEdit(self)
        self.issued_edit.set_allow_empty(True)
        self.received_edit = DateEdit(self)

        self.rekey_note = QLabel(
            self.tr(
                "Type what the document itself shows; the checklist compares it with the "
                "request form."
            ),
            self,
        )
        self.rekey_note.setWordWrap(True)
        self.rekey_note.setStyleSheet(NOTE_STYLE)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.birth_edit = DateEdit(self)
        self.birth_edit.set_allow_empty(True)
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(400)
        self.agent_name_edit = QLineEdit(self)
        self.agent_name_edit.setMaxLength(200)
        self.rekey_edits: dict[RekeyField, QWidget] = {
            RekeyField.NAME: self.name_edit,
            RekeyField.BIRTH_DATE: self.birth_edit,
            RekeyField.ADDRESS: self.address_edit,
            RekeyField.AGENT_NAME: self.agent_name_edit,
        }
        self.explain_edits: dict[RekeyField, QLineEdit] = {}
        for field in RekeyField:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("Only if it differs: why it is still the same person"))
            edit.setMaxLength(200)
            self.explain_edits[field] = edit

        self.mask_group = QGroupBox(self.tr("Blacked out on the stored copy"), self)
        self.mask_boxes: dict[MaskRequirement, QCheckBox] = {}
        mask_layout = QVBoxLayout(self.mask_group)
        for requirement in MaskRequirement:
            box = QCheckBox(labels.mask_requirement(requirement), self.mask_group)
            self.mask_boxes[requirement] = box
            mask_layout.addWidget(box)
        self.mask_note = QLabel(
            self.tr("Black out these areas in the viewer first, then tick them here."), self
        )
        self.mask_note.setWordWrap(True)
        self.mask_note.setStyleSheet(NOTE_STYLE)
        mask_layout.addWidget(self.mask_note)

        self.number_box = QCheckBox(self.tr("The copy shows an Individual Number"), self)
        self.back_box = QCheckBox(self.tr("This is the back of a My Number card"), self)
        self.seal_box = QCheckBox(
            self.tr("The seal matches the seal registration certificate"), self
        )
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(400)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Save Document Details"), self)
        self.save_button.clicked.connect(self.saveRequested)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind:"), self.kind_box)
        self.form.addRow(self.tr("Whose:"), self.holder_box)
        self.form.addRow(self.tr("Issued on:"), self.issued_edit)
        self.form.addRow(self.tr("Arrived on:"), self.received_edit)
        self.form.addRow(self.rekey_note)
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow("", self.explain_edits[RekeyField.NAME])
        self.form.addRow(self.tr("Date of birth:"), self.birth_edit)
        self.form.addRow("", self.explain_edits[RekeyField.BIRTH_DATE])
        self.form.addRow(self.tr("Address:"), self.address_edit)
        self.form.addRow("", self.explain_edits[RekeyField.ADDRESS])
        self.form.addRow(self.tr("Agent's name:"), self.agent_name_edit)
        self.form.addRow("", self.explain_edits[RekeyField.AGENT_NAME])
        self.form.addRow(self.mask_group)
        self.form.addRow(self.number_box)
        self.form.addRow(self.back_box)
        self.form.addRow(self.seal_box)
        self.form.addRow(self.tr("Note:"), self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in (self.name_edit, self.address_edit, self.agent_name_edit, self.note_edit):
            edit.textChanged.connect(self._edited)
        for edit in self.explain_edits.values():
            edit.textChanged.connect(self._edited)
        for date_edit in (self.issued_edit, self.received_edit, self.birth_edit):
            date_edit.dateChanged.connect(self._edited)
        for box in (*self.mask_boxes.values(), self.number_box, self.back_box, self.seal_box):
            box.toggled.connect(self._edited)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.holder_box.currentIndexChanged.connect(self._edited)
        self.set_document(None)

    # -- showing -------------------------------------------------------------------

    def set_document(self, document: DocumentInfo | None) -> None:
        self._loading = True
        try:
            self.document = document
            self.setEnabled(document is not None and not document.disposed)
            if document is None:
                return
            self.kind_box.set_document_type(document.doc_type)
            self.holder_box.setCurrentIndex(self.holder_box.findData(document.holder.value))
            self.issued_edit.setDate(document.issued_on)
            self.received_edit.setDate(document.received_on)
            self.name_edit.setText(document.rekeyed.name)
            self.birth_edit.setDate(document.rekeyed.birth_date)
            self.address_edit.setText(document.rekeyed.address)
            self.agent_name_edit.setText(document.rekeyed.agent_name)
            for field, edit in self.explain_edits.items():
                edit.setText(document.differences.get(field, ""))
            for requirement, box in self.mask_boxes.items():
                box.setChecked(requirement in document.masked)
            self.number_box.setChecked(document.shows_individual_number)
            self.back_box.setChecked(document.is_my_number_back)
            self.seal_box.setChecked(document.seal_matches_certificate)
            self.note_edit.setText(document.note)
            self.show_error("")
        finally:
            self._loading = False
        self._arrange()
        self._edited()

    def set_differing(self, fields: frozenset[RekeyField]) -> None:
        """The checklist found these fields different from the form: ask why, if it is so."""
        self._differing = fields
        self._arrange()

    def _kind_changed(self) -> None:
        self._arrange()
        self._edited()

    def _arrange(self) -> None:
        """Offer only what the chosen kind carries."""
        kind = self.kind_box.document_type()
        fields = kind.rekey_fields
        for field, edit in self.rekey_edits.items():
            shown = field in fields
            self.form.setRowVisible(edit, shown)
            explain = self.explain_edits[field]
            self.form.setRowVisible(
                explain, shown and (field in self._differing or bool(explain.text()))
            )
        needed = kind.masks | (
            {MaskRequirement.INDIVIDUAL_NUMBER} if self.number_box.isChecked() else set()
        )
        for requirement, box in self.mask_boxes.items():
            box.setVisible(requirement in needed)
        self.form.setRowVisible(self.mask_group, bool(needed))
        self.form.setRowVisible(
            self.number_box,
            kind in (DocumentType.CERTIFICATE_OF_RESIDENCE, DocumentType.OTHER)
            or self.number_box.isChecked(),
        )
        self.form.setRowVisible(
            self.back_box, kind is DocumentType.MY_NUMBER_CARD_FRONT or self.back_box.isChecked()
        )
        self.form.setRowVisible(self.seal_box, kind is DocumentType.POWER_OF_ATTORNEY)
        self.form.setRowVisible(
            self.issued_edit, kind.must_be_fresh or kind is DocumentType.PASSPORT
        )

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._arrange()
        self.save_button.setEnabled(bool(self.changes()))
        self.edited.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- reading -------------------------------------------------------------------

    def problem(self) -> str | None:
        """A date that cannot be read, said in a sentence; None when all is readable."""
        for edit in (self.issued_edit, self.received_edit, self.birth_edit):
            if edit.error():
                return edit.error()
        return None

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the document shown, as ``update_document`` takes them."""
        document = self.document
        if document is None or self.problem():
            return {}
        now: dict[str, Any] = {
            "doc_type": self.kind_box.document_type(),
            "holder": Holder(self.holder_box.currentData()),
            "issued_on": self.issued_edit.date(),
            "received_on": self.received_edit.date() or document.received_on,
            "rekeyed_name": self.name_edit.text().strip(),
            "rekeyed_birth_date": self.birth_edit.date(),
            "rekeyed_address": self.address_edit.text().strip(),
            "rekeyed_agent_name": self.agent_name_edit.text().strip(),
            "masked": frozenset(r for r, box in self.mask_boxes.items() if box.isChecked()),
            "differences": {
                field: edit.text().strip()
                for field, edit in self.explain_edits.items()
                if edit.text().strip()
            },
            "shows_individual_number": self.number_box.isChecked(),
            "is_my_number_back": self.back_box.isChecked(),
            "seal_matches_certificate": self.seal_box.isChecked(),
            "note": self.note_edit.text().strip(),
        }
        before: dict[str, Any] = {
            "doc_type": document.doc_type,
            "holder": document.holder,
            "issued_on": document.issued_on,
            "received_on": document.received_on,
            "rekeyed_name": document.rekeyed.name,
            "rekeyed_birth_date": document.rekeyed.birth_date,
            "rekeyed_address": document.rekeyed.address,
            "rekeyed_agent_name": document.rekeyed.agent_name,
            "masked": document.masked,
            "differences": dict(document.differences),
            "shows_individual_number": document.shows_individual_number,
            "is_my_number_back": document.is_my_number_back,
            "seal_matches_certificate": document.seal_matches_certificate,
            "note": document.note,
        }
        return {name: value for name, value in now.items() if before[name] != value}

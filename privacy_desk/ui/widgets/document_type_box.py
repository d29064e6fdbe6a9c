"""Choosing the kind of an identity document: identity documents first, then proofs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.ui import labels

#: Offered in this order: what proves who someone is, then what proves agency.
#: The abolished alien registration certificate is not offered for new copies.
OFFERED = (
    DocumentType.DRIVERS_LICENSE,
    DocumentType.MY_NUMBER_CARD_FRONT,
    DocumentType.PASSPORT,
    DocumentType.RESIDENCE_CARD,
    DocumentType.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
    DocumentType.HEALTH_INSURANCE,
    DocumentType.CERTIFICATE_OF_RESIDENCE,
    DocumentType.FAMILY_REGISTER,
    DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS,
    DocumentType.GUARDIANSHIP_RULING,
    DocumentType.POWER_OF_ATTORNEY,
    DocumentType.SEAL_REGISTRATION_CERTIFICATE,
    DocumentType.PROFESSIONAL_QUALIFICATION,
    DocumentType.OTHER,
)


class DocumentTypeBox(QComboBox):
    """A combo box of document kinds; :meth:`document_type` is the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for kind in OFFERED:
            self.addItem(labels.document_type(kind), kind.value)
        self.insertSeparator(OFFERED.index(DocumentType.FAMILY_REGISTER))
        self.setMaxVisibleItems(len(OFFERED) + 1)

    def document_type(self) -> DocumentType:
        return DocumentType(self.currentData())

    def set_document_type(self, kind: DocumentType) -> None:
        index = self.findData(kind.value)
        if index < 0:  # a stored kind no longer offered (alien registration certificate)
            self.addItem(labels.document_type(kind), kind.value)
            index = self.count() - 1
        self.setCurrentIndex(index)

"""The office as letters present it: company, address, privacy office, signatory.

Used by the first-start set-up and by Administration ▸ Office and Settings.
Japanese beside English; the company's name, address and a 7-digit postal
code are required, and their messages show under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from privacy_desk.services import users
from privacy_desk.store.models import OfficeProfile
from privacy_desk.ui.style import NOTE_STYLE, error_label, show_message
from privacy_desk.ui.widgets.postal_code_edit import PostalCodeEdit


class OfficeForm(QWidget):
    """The office profile's fields; ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_name_edit = self._edit(200)
        self.company_name_en_edit = self._edit(200)
        self.postal_code_edit = PostalCodeEdit()
        self.address_edit = self._edit(400)
        self.address_en_edit = self._edit(400)
        self.phone_edit = self._edit(40)
        self.contact_edit = self._edit(200)
        self.contact_en_edit = self._edit(200)
        self.signatory_name_edit = self._edit(100)
        self.signatory_title_edit = self._edit(200)
        self.company_name_error = error_label()
        self.postal_code_error = error_label()
        self.address_error = error_label()

        self.signatory_name_edit.setPlaceholderText(self.tr("The person who signs the letters"))
        self.postal_code_edit.setFixedWidth(
            self.postal_code_edit.fontMetrics().horizontalAdvance("0000-00000") + 24
        )

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._heading(self.tr("Japanese")), 0, 1)
        grid.addWidget(self._heading(self.tr("English")), 0, 2)
        rows: list[tuple[str, QWidget, QWidget | None, QLabel | None]] = [
            (
                self.tr("Company name:"),
                self.company_name_edit,
                self.company_name_en_edit,
                self.company_name_error,
            ),
            (self.tr("Address:"), self.address_edit, self.address_en_edit, self.address_error),
            (self.tr("Privacy office:"), self.contact_edit, self.contact_en_edit, None),
            (self.tr("Postal code:"), self.postal_code_edit, None, self.postal_code_error),
            (self.tr("Phone:"), self.phone_edit, None, None),
            (self.tr("Signatory's name:"), self.signatory_name_edit, None, None),
            (self.tr("Signatory's title:"), self.signatory_title_edit, None, None),
        ]
        row = 1
        for label, first, english, error in rows:
            caption = QLabel(label)
            caption.setBuddy(first)
            grid.addWidget(caption, row, 0)
            if first is self.postal_code_edit:
                grid.addWidget(first, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(first, row, 1)
            if english is not None:
                grid.addWidget(english, row, 2)
            row += 1
            if error is not None:
                grid.addWidget(error, row, 1, 1, 2)
                row += 1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        self.set_profile(users.default_office_profile())
        for edit in (self.company_name_edit, self.address_edit, self.postal_code_edit):
            edit.textChanged.connect(self._changed)
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self.changed)
        self._changed()

    @staticmethod
    def _edit(max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(NOTE_STYLE)
        return label

    def set_profile(self, profile: OfficeProfile) -> None:
        self.company_name_edit.setText(profile.company_name)
        self.company_name_en_edit.setText(profile.company_name_en)
        self.postal_code_edit.set_digits(profile.postal_code)
        self.address_edit.setText(profile.address)
        self.address_en_edit.setText(profile.address_en)
        self.phone_edit.setText(profile.phone)
        self.contact_edit.setText(profile.contact)
        self.contact_en_edit.setText(profile.contact_en)
        self.signatory_name_edit.setText(profile.signatory_name)
        self.signatory_title_edit.setText(profile.signatory_title)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long addresses show their beginning

    def profile(self) -> OfficeProfile:
        """The office profile as typed (the one row, id 1)."""
        return OfficeProfile(
            id=1,
            company_name=self.company_name_edit.text().strip(),
            company_name_en=self.company_name_en_edit.text().strip(),
            postal_code=self.postal_code_edit.digits(),
            address=self.address_edit.text().strip(),
            address_en=self.address_en_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            contact_en=self.contact_en_edit.text().strip(),
            signatory_name=self.signatory_name_edit.text().strip(),
            signatory_title=self.signatory_title_edit.text().strip(),
        )

    def office_name(self) -> str:
        """The name printed on the recovery sheet."""
        return self.company_name_edit.text().strip() or self.company_name_en_edit.text().strip()

    def _problems(self) -> tuple[str, str, str]:
        company = (
            ""
            if self.company_name_edit.text().strip()
            else self.tr("Enter the company name as letters show it.")
        )
        address = "" if self.address_edit.text().strip() else self.tr("Enter the office's address.")
        postal = self.postal_code_edit.text().strip()
        postal_problem = (
            ""
            if not postal or self.postal_code_edit.is_complete()
            else self.tr("A postal code has 7 digits, like 617-0002.")
        )
        return company, address, postal_problem

    def _changed(self) -> None:
        company, address, postal = self._problems()
        show_message(self.company_name_error, company)
        show_message(self.address_error, address)
        show_message(self.postal_code_error, postal)

    def problems(self) -> tuple[str, str, str]:
        return self._problems()

    def is_complete(self) -> bool:
        return not any(self._problems())

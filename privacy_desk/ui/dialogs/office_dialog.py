"""Administration ▸ Office and Settings: the profile letters carry, and the folder's settings.

Everything typed is checked before anything is saved; each change goes to the
audit trail (``services/office.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import settings as S
from privacy_desk.errors import UserError
from privacy_desk.services import office
from privacy_desk.services.context import DeskContext
from privacy_desk.services.database_address import check_address
from privacy_desk.ui import messages
from privacy_desk.ui.preferences import preferences
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from privacy_desk.ui.widgets.database_address import DatabaseAddressField, shown_address
from privacy_desk.ui.widgets.office_form import OfficeForm


class OfficeDialog(QDialog):
    """The office profile and the settings, for an administrator."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Office and Settings"))
        self.office_form = OfficeForm(self)
        self.profile = office.office_profile(ctx)
        self.office_form.set_profile(self.profile)  # type: ignore[arg-type]

        office_tab = QWidget(self)
        office_layout = QVBoxLayout(office_tab)
        note = QLabel(self.tr("Letters and request forms carry these details."), office_tab)
        note.setStyleSheet(NOTE_STYLE)
        office_layout.addWidget(note)
        office_layout.addWidget(self.office_form)
        office_layout.addStretch(1)

        self.editors: dict[str, QWidget] = {}
        settings_page = QWidget(self)
        settings_layout = QVBoxLayout(settings_page)
        for title, group in self._groups():
            box = QGroupBox(title, settings_page)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for setting in group:
                editor = self._editor(setting)
                self.editors[setting.key] = editor
                field: QWidget = editor
                if setting.folder:
                    field = self._with_browse(editor, setting)
                if setting is S.DATABASE_URL:
                    assert isinstance(editor, QLineEdit)
                    field = self.address = DatabaseAddressField(ctx, editor, box)
                form.addRow(self._label(setting.key), field)
                explanation = QLabel(self._explanation(setting.key), box)
                explanation.setStyleSheet(NOTE_STYLE)
                explanation.setWordWrap(True)
                form.addRow("", explanation)
                if setting is S.DATABASE_URL:
                    self._add_address_lines(form)
            settings_layout.addWidget(box)
        settings_layout.addWidget(self._retention_box(settings_page))
        settings_layout.addStretch(1)
        settings_tab = QScrollArea(self)
        settings_tab.setWidgetResizable(True)
        settings_tab.setFrameShape(QFrame.Shape.NoFrame)
        settings_tab.setWidget(settings_page)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(office_tab, self.tr("Office"))
        self.tabs.addTab(settings_tab, self.tr("Settings"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(820, 560)

    # -- building ------------------------------------------------------------------

    def _retention_box(self, parent: QWidget) -> QGroupBox:
        """The retention rules are kept in the database, with their own window."""
        box = QGroupBox(self.tr("Retention"), parent)
        row = QHBoxLayout(box)
        note = QLabel(
            self.tr(
                "How long each kind of file is kept, and what happens at the end: the "
                "retention rules, which managers keep."
            ),
            box,
        )
        note.setStyleSheet(NOTE_STYLE)
        note.setWordWrap(True)
        self.retention_button = QPushButton(self.tr("Retention Rules…"), box)
        self.retention_button.setAutoDefault(False)
        self.retention_button.clicked.connect(self.retention_rules)
        row.addWidget(note, 1)
        row.addWidget(self.retention_button)
        return box

    def _add_address_lines(self, form: QFormLayout) -> None:
        """Under the database address: the database this desk works with, when it is not
        the one the setting names (a --database run, or the address just changed), and
        the outcome of a connection test."""
        if self.ctx.paths.database_url is not None:
            in_use = shown_address(self.ctx) or self.tr("the database file on this computer")
            self.in_use = QLabel(self.tr("In use until the next start: %1").replace("%1", in_use))
            self.in_use.setStyleSheet(NOTE_STYLE)
            self.in_use.setWordWrap(True)
            form.addRow("", self.in_use)
        form.addRow("", self.address.outcome)

    def retention_rules(self) -> QDialog:
        from privacy_desk.ui.dialogs.retention_window import RetentionRulesDialog

        dialog = RetentionRulesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _groups(self) -> list[tuple[str, tuple[S.Setting[Any], ...]]]:
        groups = [
            (
                self.tr("Deadlines and requests"),
                (
                    S.TARGET_BUSINESS_DAYS,
                    S.OFFICE_CLOSURES,
                    S.AWAITING_DOCUMENTS_DAYS,
                    S.CERTIFICATE_MAX_AGE_MONTHS,
                    S.FEE_YEN,
                ),
            ),
            (
                self.tr("Scanner"),
                (S.SCAN_SOURCE, S.SCAN_FOLDER, S.SCAN_DEVICE, S.SCAN_DPI, S.SCAN_COLOUR),
            ),
            (self.tr("Printing"), (S.PRINTER, S.PRINT_COPIES, S.PRINT_SIDES)),
            (
                self.tr("Security and backups"),
                (S.LOCK_AFTER_MINUTES, S.BACKUP_FOLDER, S.BACKUP_REMINDER_DAYS, S.BACKUPS_KEEP),
            ),
            (self.tr("Database and other desks"), (S.DATABASE_URL, S.LIST_REFRESH_SECONDS)),
            (self.tr("Language"), (S.UI_LANGUAGE,)),
        ]
        grouped = {setting.key for _title, group in groups for setting in group}
        missing = [s.key for s in office.EDITABLE_SETTINGS if s.key not in grouped]
        assert not missing, f"settings without a place on the screen: {missing}"
        return groups

    def _label(self, key: str) -> str:
        return {
            S.TARGET_BUSINESS_DAYS.key: self.tr("Reply target (business days):"),
            S.OFFICE_CLOSURES.key: self.tr("Office closures:"),
            S.BACKUPS_KEEP.key: self.tr("Automatic backups kept:"),
            S.AWAITING_DOCUMENTS_DAYS.key: self.tr("Waiting for documents is long after (days):"),
            S.LOCK_AFTER_MINUTES.key: self.tr("Lock the screen after (minutes, 0 never):"),
            S.CERTIFICATE_MAX_AGE_MONTHS.key: self.tr("Certificates issued within (months):"),
            S.FEE_YEN.key: self.tr("Fee per request (yen):"),
            S.SCAN_SOURCE.key: self.tr("Scans come from:"),
            S.SCAN_FOLDER.key: self.tr("Scanner folder:"),
            S.SCAN_DEVICE.key: self.tr("Scanner (empty: the first found):"),
            S.SCAN_DPI.key: self.tr("Scan resolution (dpi):"),
            S.SCAN_COLOUR.key: self.tr("Scan in:"),
            S.PRINTER.key: self.tr("Printer:"),
            S.PRINT_COPIES.key: self.tr("Copies:"),
            S.PRINT_SIDES.key: self.tr("Sides of the paper:"),
            S.BACKUP_FOLDER.key: self.tr("Backup copies go to:"),
            S.BACKUP_REMINDER_DAYS.key: self.tr("Remind after (days without a copy, 0 never):"),
            S.UI_LANGUAGE.key: self.tr("Language of the screens:"),
            S.DATABASE_URL.key: self.tr("Database address:"),
            S.LIST_REFRESH_SECONDS.key: self.tr("Look for changes every (seconds, 0 never):"),
        }.get(key, key)

    def _explanation(self, key: str) -> str:
        """One line under each field: what it does."""
        return {
            S.TARGET_BUSINESS_DAYS.key: self.tr(
                "The internal reply target, in business days after arrival; the legal line "
                "stays 14 days."
            ),
            S.OFFICE_CLOSURES.key: self.tr(
                "One closure a line: 12-29..01-03 every year, or 2027-05-06 once; weekends "
                "and public holidays are known."
            ),
            S.AWAITING_DOCUMENTS_DAYS.key: self.tr(
                "Today lists the cases that have waited longer than this for documents."
            ),
            S.CERTIFICATE_MAX_AGE_MONTHS.key: self.tr(
                "Certificates sent with a request must be this recent when they arrive."
            ),
            S.FEE_YEN.key: self.tr(
                "The fee for a disclosure or a notice of purpose; fee letters compare with it."
            ),
            S.SCAN_SOURCE.key: self.tr(
                "The scanner folder of the multifunction printer, or a scanner on this computer."
            ),
            S.SCAN_FOLDER.key: self.tr(
                "Where the printer saves scans; imported files are removed from it."
            ),
            S.SCAN_DEVICE.key: self.tr("Only for a scanner on this computer."),
            S.SCAN_DPI.key: self.tr("300 keeps the small print of identity documents legible."),
            S.SCAN_COLOUR.key: self.tr("How the scan window starts; it can be changed per scan."),
            S.PRINTER.key: self.tr("The printer the print window chooses first."),
            S.PRINT_COPIES.key: self.tr(
                "How many copies the print window proposes; it can be changed per print."
            ),
            S.PRINT_SIDES.key: self.tr(
                "Letters are usually printed on one side; the print window can change it."
            ),
            S.LOCK_AFTER_MINUTES.key: self.tr(
                "Personal data leaves the screen when no one is at the desk."
            ),
            S.BACKUP_FOLDER.key: self.tr(
                "A USB drive or a network share, off this computer: File ▸ Back Up… saves there."
            ),
            S.BACKUP_REMINDER_DAYS.key: self.tr(
                "A reminder once a day when no copy has been saved off this computer for so long."
            ),
            S.BACKUPS_KEEP.key: self.tr(
                "Daily copies on this computer, and those made before an update."
            ),
            S.UI_LANGUAGE.key: self.tr(
                "Taken at the next start. Letters have their own language, per case."
            ),
            S.DATABASE_URL.key: self.tr(
                "Empty: the file on this computer. A shared server: "
                "postgresql://USER@HOST/DATABASE. Taken at the next start."
            ),
            S.LIST_REFRESH_SECONDS.key: self.tr(
                "The case list and Today show what other desks saved; View ▸ Refresh does "
                "it at once."
            ),
        }.get(key, "")

    def _editor(self, setting: S.Setting[Any]) -> QWidget:
        value = self.ctx.settings.get(setting)
        if setting is S.SCAN_SOURCE:
            box = QComboBox(self)
            names = {
                S.SCAN_FROM_FOLDER: self.tr("The multifunction printer's scanner folder"),
                S.SCAN_WITH_SANE: self.tr("A scanner attached to this computer (Linux, SANE)"),
                S.SCAN_WITH_WIA: self.tr("A scanner attached to this computer (Windows, WIA)"),
            }
            for source in S.SCAN_SOURCES:
                box.addItem(names[source], source)
            box.setCurrentIndex(box.findData(value))
            return box
        if setting.choices or setting is S.PRINTER:
            return self._choice(setting, value)
        if setting.kind is int:
            spin = QSpinBox(self)
            spin.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
            spin.setValue(int(value))
            spin.setMaximumWidth(120)
            return spin
        if setting.kind is list:
            text = QPlainTextEdit(self)
            text.setPlainText("\n".join(value))
            text.setMaximumHeight(90)
            return text
        line = QLineEdit(self)
        line.setText(str(value))
        return line

    def _choice_names(self, setting: S.Setting[Any]) -> dict[str, str]:
        """What the box shows for each of a setting's choices."""
        if setting is S.SCAN_COLOUR:
            return {"colour": self.tr("Colour"), "grey": self.tr("Grey")}
        if setting is S.PRINT_SIDES:
            return {
                "printer": self.tr("As the printer is set up"),
                "one": self.tr("One side"),
                "two": self.tr("Both sides (long edge)"),
            }
        assert setting is S.UI_LANGUAGE, setting.key
        return {
            "system": self.tr("As the system (Japanese on a Japanese system)"),
            "ja": "日本語",
            "en": "English",
        }

    def _choice(self, setting: S.Setting[Any], value: object) -> QComboBox:
        box = QComboBox(self)
        if setting.choices:
            names = self._choice_names(setting)
            for choice in setting.choices:
                box.addItem(names[choice], choice)
        else:
            from PySide6.QtPrintSupport import QPrinterInfo

            box.addItem(self.tr("The system's default printer"), "")
            for name in QPrinterInfo.availablePrinterNames():
                box.addItem(name, name)
            if value and box.findData(value) < 0:  # set on a computer that had it
                box.addItem(
                    self.tr("%1 (not found on this computer)").replace("%1", str(value)), value
                )
        box.setCurrentIndex(max(box.findData(value), 0))
        return box

    def _with_browse(self, editor: QWidget, setting: S.Setting[Any]) -> QWidget:
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        browse = QPushButton(self.tr("Browse…"), box)
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse_folder(editor, setting))
        row.addWidget(browse)
        return box

    def _browse_folder(self, editor: QWidget, setting: S.Setting[Any]) -> None:
        assert isinstance(editor, QLineEdit)
        start = editor.text() or str(Path.home())
        title = self.tr("Scanner Folder") if setting is S.SCAN_FOLDER else self.tr("Backup Folder")
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            editor.setText(chosen)

    # -- saving --------------------------------------------------------------------

    def setting_values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[key] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                values[key] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                values[key] = [
                    line.strip() for line in editor.toPlainText().splitlines() if line.strip()
                ]
            elif isinstance(editor, QLineEdit):
                values[key] = editor.text().strip()
        return values

    def profile_changes(self) -> dict[str, str]:
        typed = self.office_form.profile()
        return {
            name: getattr(typed, name)
            for name in office.PROFILE_FIELDS
            if getattr(typed, name) != getattr(self.profile, name)
        }

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def save(self) -> None:
        if not self.office_form.is_complete():
            self.tabs.setCurrentIndex(0)
            self.show_error(self.tr("Correct the office details marked in red first."))
            return
        if not self._address_agreed():
            return
        try:
            changes = self.profile_changes()
            if changes:
                self.profile = office.update_office_profile(self.ctx, changes)
            office.change_settings(self.ctx, self.setting_values())
            preferences.take_from(self.ctx.settings)
        except UserError as error:
            self.show_error(self._said_of_a_field(error))
            return
        self.accept()

    def _address_agreed(self) -> bool:
        """The database address: checked (its password taken out) and, when it changes,
        agreed to, knowing that it is taken at the next start and moves no records."""
        try:
            address = check_address(self.address.editor.text())
        except UserError as error:
            self._show_field(S.DATABASE_URL.key)
            self.show_error(str(error))
            return False
        self.address.checked()  # the password out of the field, and the user told
        if address.text == self.ctx.settings.get(S.DATABASE_URL):
            return True
        where = (
            self.tr("the database at %1").replace("%1", address.text)
            if address.text
            else self.tr("the database file on this computer")
        )
        return messages.confirm(
            self,
            self.tr("Database Address"),
            self.tr(
                "From the next start, Privacy Desk will use %1; until then it goes on with "
                "the database it has open. No records are moved: to move this office onto a "
                "server, run “privacy-desk migrate-to ADDRESS” on this computer instead.\n\n"
                "Change the database address?"
            ).replace("%1", where),
        )

    def _show_field(self, key: str) -> None:
        """Put the cursor in a setting's field, on the settings tab."""
        self.tabs.setCurrentIndex(1)
        editor = self.editors[key]
        scroll = self.tabs.widget(1)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _said_of_a_field(self, error: UserError) -> str:
        """The error's sentence, naming a setting by its label rather than its key, with
        the cursor put in that setting's field."""
        text = str(error)
        key = next((key for key in self.editors if key in error.message), None)
        if key is None:
            return text
        self._show_field(key)
        name = self._label(key).rstrip(":：")
        return text.replace(key, self.tr("“%1”").replace("%1", name))

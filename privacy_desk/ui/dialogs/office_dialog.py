"""Administration ▸ Office and Settings: the profile letters carry, and the folder's settings.

Everything typed is checked before anything is saved; each change goes to the
audit trail (``services/office.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
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
        settings_tab = QWidget(self)
        settings_layout = QVBoxLayout(settings_tab)
        form = QFormLayout()
        settings_layout.addLayout(form)
        settings_layout.addStretch(1)
        for setting in office.EDITABLE_SETTINGS:
            editor = self._editor(setting)
            editor.setToolTip(setting.doc)
            self.editors[setting.key] = editor
            field: QWidget = editor
            if setting is S.SCAN_FOLDER:
                field = self._with_browse(editor)
            form.addRow(self._label(setting.key), field)
            if setting is S.OFFICE_CLOSURES:
                closures_note = QLabel(
                    self.tr("One closure a line: 12-29..01-03 every year, or 2027-05-06 once."),
                    settings_tab,
                )
                closures_note.setStyleSheet(NOTE_STYLE)
                form.addRow("", closures_note)

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
        }.get(key, key)

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

    def _with_browse(self, editor: QWidget) -> QWidget:
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        browse = QPushButton(self.tr("Browse…"), box)
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse_folder(editor))
        row.addWidget(browse)
        return box

    def _browse_folder(self, editor: QWidget) -> None:
        assert isinstance(editor, QLineEdit)
        start = editor.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Scanner Folder"), start)
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
        try:
            changes = self.profile_changes()
            if changes:
                self.profile = office.update_office_profile(self.ctx, changes)
            office.change_settings(self.ctx, self.setting_values())
        except UserError as error:
            self.show_error(str(error))
            return
        self.accept()

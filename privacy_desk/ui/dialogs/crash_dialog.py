"""What the user sees after an error Privacy Desk did not expect.

It says what happened in plain words, what to do, and offers the problem report
(:mod:`privacy_desk.crash_report`: versions and the log's last lines, no personal data)
to save, to a USB drive say, for whoever looks after the program. The user may go on
working or close the program.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import crash_report
from privacy_desk.errors import UserError
from privacy_desk.ui import messages
from privacy_desk.ui.style import error_label, note_label

#: The width the explanation is set to, in pixels.
TEXT_WIDTH = 600


class CrashDialog(QDialog):
    """Continue, or close the program; and the report to save or look at."""

    #: done() with this: the user chose to close Privacy Desk.
    CLOSE_PROGRAM = 2

    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Privacy Desk: an unexpected problem"))
        self.report = crash_report.report_text(
            log_file, versions={"qt": qVersion(), "pyside6": PySide6.__version__}
        )

        headline = QLabel(self.tr("Privacy Desk met a problem it did not expect."))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        steps = QLabel(
            self.tr(
                "What was saved is safe: every change is stored the moment it is saved. "
                "A change not saved yet (a case form being filled in) may not have been "
                "kept; look at it again.\n\n"
                "1. Save the problem report, for instance to a USB drive. It holds the "
                "program's versions and the last lines of its log, and no personal data.\n"
                "2. Give it to whoever looks after Privacy Desk, with what you were doing.\n"
                "3. If the problem comes back, close Privacy Desk and start it again."
            )
        )
        steps.setWordWrap(True)
        self.status = note_label("")
        self.status.hide()
        self.error = error_label()

        self.details = QPlainTextEdit(self.report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(TEXT_WIDTH, 220)
        self.details.hide()

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save Problem Report…"))
        self.details_button = QPushButton(self.tr("Show Report"))
        self.close_button = QPushButton(self.tr("Close Privacy Desk"))
        self.continue_button = QPushButton(self.tr("Continue Working"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save_report)
        self.details_button.clicked.connect(self._toggle_details)
        self.close_button.clicked.connect(lambda: self.done(self.CLOSE_PROGRAM))
        self.continue_button.clicked.connect(self.accept)
        self.continue_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(steps)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        # Wrapped text gets the height it needs at this width, whatever the language.
        for label in (headline, steps):
            label.setMinimumWidth(TEXT_WIDTH)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def save_report(self) -> Path | None:
        """Ask where, and write the report there; a full or removed drive is said here."""
        target = messages.choose_save_file(
            self,
            self.tr("Save Problem Report"),
            Path.home() / crash_report.suggested_name(),
            self.tr("Text files (*.txt)"),
        )
        if target is None:
            return None
        try:
            crash_report.save_report(self.report, target)
        except UserError as error:
            self.status.hide()
            self.error.setText(
                self.tr("The report was not saved: %1 Choose another place.").replace(
                    "%1", str(error)
                )
            )
            self.error.show()
            return None
        self.saved_to = target
        self.error.hide()
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        self.status.show()
        return target

    def _toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide Report") if shown else self.tr("Show Report"))
        self.adjustSize()


def show_crash_dialog(log_file: Path, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the user chose to close the program."""
    dialog = CrashDialog(log_file, parent)
    closing = dialog.exec() == CrashDialog.CLOSE_PROGRAM
    dialog.deleteLater()
    return closing

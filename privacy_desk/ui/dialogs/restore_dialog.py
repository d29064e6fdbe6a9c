"""Replacing the database with a backup.

Two ways in. A logged-in administrator restores with the office's own key
(File ▸ Restore from Backup…). Where no one can log in, the printed recovery
key opens the backup instead: on a new computer (from the set-up wizard; the
backup's key file ``NAME.keys`` must lie beside it) or when the database is too
damaged to open (from the login dialog). Either way the current database is
kept in ``backups/`` first, and the restore runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import LoginThrottled
from privacy_desk.security.recovery import parse_recovery_key
from privacy_desk.services import maintenance
from privacy_desk.services.context import DeskContext
from privacy_desk.store import backup
from privacy_desk.ui import messages, tasks
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE


class RestoreDialog(QDialog):
    """Choose a backup (and give the recovery key where no one is logged in), then restore.

    After ``Accepted``, :attr:`restored` says how many cases came back and where
    the previous database was kept. With ``ctx``, its database connections are
    closed for the restore: the caller logs the user out afterwards, since the
    backup may hold other users and roles.
    """

    def __init__(
        self, paths: DataPaths, ctx: DeskContext | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.ctx = ctx
        self.restored: maintenance.RestoreResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Restore from Backup"))

        if ctx is None:
            intro_text = self.tr(
                "Restore the office from a backup with the recovery key printed at the set-up. "
                "The backup's key file (the backup's name with .keys added) must lie beside it; "
                "copy both from the backup medium. Afterwards everyone logs in with their usual "
                "password."
            )
        else:
            intro_text = self.tr(
                "The database is replaced with the backup: everything recorded since the backup "
                "was made is lost. The current database is kept in the backups folder first. "
                "Everyone logs in again afterwards."
            )
        intro = QLabel(intro_text)
        intro.setWordWrap(True)

        self.file_edit = QLineEdit()
        self.file_edit.setMinimumWidth(380)
        self.file_edit.setPlaceholderText(self.tr("the backup file (*.sqlite3)"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.recovery_key_edit = QLineEdit()
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.recovery_key_edit.setFont(key_font)
        self.recovery_key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), file_row)
        if ctx is None:
            form.addRow(self.tr("Recovery key:"), self.recovery_key_edit)
        else:
            self.recovery_key_edit.hide()
        form.addRow("", self.message_label)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    # -- input -----------------------------------------------------------------------

    def browse(self) -> None:
        current = self.file_edit.text().strip()
        folder = Path(current).parent if current else self.paths.backups
        chosen = messages.choose_open_file(
            self,
            self.tr("Choose a Backup"),
            folder,
            self.tr("Database backup (*.sqlite3);;All files (*)"),
        )
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self.show_message("")

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style)
        self.message_label.setVisible(bool(text))

    def _chosen_file(self) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            self.show_message(self.tr("Choose the backup file to restore."))
            self.file_edit.setFocus()
            return None
        path = Path(text).expanduser()
        if not path.is_file():
            self.show_message(self.tr("There is no file %1.").replace("%1", str(path)))
            self.file_edit.setFocus()
            return None
        if self.ctx is None and not backup.keys_beside(path).is_file():
            self.show_message(
                self.tr(
                    "The key file %1 is not beside the backup. Copy it from the backup medium "
                    "into the same folder."
                ).replace("%1", backup.keys_beside(path).name)
            )
            self.file_edit.setFocus()
            return None
        return path

    # -- restoring -------------------------------------------------------------------

    def restore(self) -> None:
        if self._busy:
            return
        source = self._chosen_file()
        if source is None:
            return
        ctx = self.ctx
        if ctx is None:
            key = self.recovery_key_edit.text().strip()
            if not key:
                self.show_message(self.tr("Type the recovery key from the printed sheet."))
                self.recovery_key_edit.setFocus()
                return
            try:
                parse_recovery_key(key)  # a typo is told at once
            except UserError as error:
                self.show_message(str(error))
                self.recovery_key_edit.setFocus()
                return
            paths = self.paths

            def work() -> maintenance.RestoreResult:
                return maintenance.restore_with_recovery_key(paths, source, key)

        else:
            if not messages.confirm(
                self,
                self.tr("Restore from Backup"),
                self.tr(
                    "Replace the database with %1? Everything recorded since that backup is lost."
                ).replace("%1", source.name),
            ):
                return
            data_key, actor, role = ctx.db.key_for_copies(), ctx.actor, ctx.role

            def work() -> maintenance.RestoreResult:
                ctx.db.dispose()  # no connection of ours stays open on the old content
                return maintenance.restore(ctx.paths, source, actor=actor, key=data_key, role=role)

        self._set_busy(True)
        self.show_message(self.tr("Restoring the backup…"), NOTE_STYLE)
        tasks.run_task(work, self._restored, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.file_edit,
            self.browse_button,
            self.recovery_key_edit,
            self.restore_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def is_busy(self) -> bool:
        return self._busy

    def _restored(self, result: maintenance.RestoreResult) -> None:
        self._set_busy(False)
        self.recovery_key_edit.clear()
        self.restored = result
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            self.show_message("")
            raise error
        if isinstance(error, LoginThrottled):
            self.show_message(
                self.tr("Too many wrong recovery keys; wait %1 seconds and try again.").replace(
                    "%1", str(error.seconds)
                )
            )
            return
        self.show_message(str(error))

    def summary(self) -> str:
        """What the user is told after a successful restore."""
        if self.restored is None:
            return ""
        return (
            self.tr("Restored %1 cases from the backup. The previous database is kept as %2.")
            .replace("%1", f"{self.restored.cases:,}")
            .replace("%2", str(self.restored.kept_as))
        )

    def accept(self) -> None:  # Enter: restore, never a bare accept
        self.restore()

    def reject(self) -> None:
        if self._busy:  # the restore finishes either way; its result is what counts
            return
        self.recovery_key_edit.clear()
        super().reject()

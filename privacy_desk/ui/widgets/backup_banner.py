"""The reminder, once a day, to save a copy of the database off this computer.

A band above the tabs, not a dialog: it asks nothing while the clerk works, and stays
until acted on. "Back Up Now…" opens File ▸ Back Up… (the band goes once a copy is
saved); "Later" puts it away until the next day. Only those who may back up see it;
``services.maintenance.backup_reminder`` says when it is due (the
``backups.remind_after_days`` setting). The day it was put away is kept per user and
computer (QSettings), so that the program started again that day does not ask again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services import maintenance
from privacy_desk.services.context import DeskContext

#: QSettings key: the last day the reminder was put away ("Later") or acted on.
DISMISSED_KEY = "reminders/backup_dismissed_on"


def reminder_store() -> QSettings:
    return QSettings("PrivacyDesk", "Privacy Desk")


class BackupBanner(QFrame):
    backUpRequested = Signal()  # noqa: N815 - Qt signal naming

    STYLE = """
        QFrame#backupBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }
        QFrame#backupBanner QLabel { color: #3d3000; }
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_on = date.today()
        self.setObjectName("backupBanner")
        self.setStyleSheet(self.STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back Up Now…"))
        self.later_button = QPushButton(self.tr("Later"))
        self.back_up_button.clicked.connect(self._back_up)
        self.later_button.clicked.connect(self._later)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.back_up_button)
        row.addWidget(self.later_button)
        self.hide()

    def check(self, today: date | None = None) -> bool:
        """Show the reminder if it is due and was not put away today; True if shown."""
        today = today or date.today()
        role = self.ctx.role
        if role is None or not may(role, Permission.BACKUP):
            return False
        if reminder_store().value(DISMISSED_KEY, "") == today.isoformat():
            return False
        try:
            due = maintenance.backup_reminder(self.ctx, today)
        except UserError:
            return False  # the database cannot be read: said where it is used
        if due is None:
            self.hide()
            return False
        if due.ever:
            text = self.tr(
                "No copy of the database has been saved off this computer for %1 days. "
                "Save one to a USB drive or a network share."
            ).replace("%1", str(due.days))
        else:
            text = self.tr(
                "No copy of the database has been saved off this computer yet. Save one to "
                "a USB drive or a network share: a broken or lost computer would take every "
                "case with it."
            )
        self.text.setText(text)
        self._shown_on = today
        self.show()
        return True

    def _later(self) -> None:
        reminder_store().setValue(DISMISSED_KEY, self._shown_on.isoformat())
        self.hide()

    def _back_up(self) -> None:
        # stays until a copy is saved: the window checks again after a backup
        self.backUpRequested.emit()

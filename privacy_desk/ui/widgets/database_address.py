"""The database address in the settings, with its Test Connection button (issue 11).

The address is checked as the program will use it (``services/database_address.py``):
a PostgreSQL database, with TLS for a server on another computer. A password typed into
it is taken out as soon as the field is left, and the user told where it belongs. The
test connects off the GUI thread, as the next start would, with a short timeout.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from privacy_desk.errors import UserError
from privacy_desk.services import database_address
from privacy_desk.services.context import DeskContext
from privacy_desk.services.database_address import Address, ConnectionReport, Contents
from privacy_desk.store.database import without_password
from privacy_desk.ui import tasks
from privacy_desk.ui.style import DONE_STYLE, ERROR_STYLE, NOTE_STYLE, show_message


def shown_address(ctx: DeskContext) -> str:
    """The database this desk works with, as a person reads it (no password)."""
    url = ctx.db.url
    if url.get_backend_name() != "postgresql":
        return ""
    return without_password(url.set(drivername="postgresql"))


class DatabaseAddressField(QWidget):
    """``editor`` (the setting's line) with a Test Connection button beside it; the
    :attr:`outcome` line, for under the field, says what a test found."""

    def __init__(self, ctx: DeskContext, editor: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        editor.setPlaceholderText(self.tr("Empty: the database file on this computer"))
        self.test_button = QPushButton(self.tr("Test Connection"), self)
        self.test_button.setAutoDefault(False)
        self.test_button.setToolTip(
            self.tr("Connect to the database server as the next start would, and say what it holds")
        )
        self.test_button.clicked.connect(self.test)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        row.addWidget(self.test_button)
        self.outcome = QLabel(parent)
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        #: Said above a test's outcome until the address is typed again: its password went.
        self._note = ""
        self._testing = 0  # the latest test asked for; an earlier one's outcome is dropped
        self._setting = False
        editor.textChanged.connect(self._typed)
        editor.editingFinished.connect(self.checked)
        self._typed(editor.text())

    def _typed(self, text: str) -> None:
        self.test_button.setEnabled(bool(text.strip()))
        if not self._setting:  # what was said was about another address
            self._testing += 1
            self._note = ""
            self._say("")

    def _say(self, text: str, style: str = NOTE_STYLE) -> None:
        show_message(self.outcome, "\n".join(part for part in (self._note, text) if part), style)

    def checked(self) -> Address | None:
        """The address as it may be kept, its password taken out (and the user told);
        None, with the sentence said under the field, when it cannot be used."""
        try:
            address = database_address.check_address(self.editor.text())
        except UserError as error:
            self._say(str(error), ERROR_STYLE)
            return None
        if address.had_password:
            self._setting = True
            try:
                self.editor.setText(address.text)
            finally:
                self._setting = False
            self._note = self.tr(
                "The password was taken out of the address: Privacy Desk never keeps it. "
                "Put it in PostgreSQL's password file (pgpass.conf in %APPDATA%\\postgresql on "
                "Windows, ~/.pgpass elsewhere) or in PGPASSWORD."
            )
            self._say("")
        return address

    def test(self) -> None:
        """Connect off the GUI thread; the outcome comes under the field."""
        address = self.checked()
        if address is None or address.url is None:
            return
        self._testing += 1
        testing = self._testing
        ctx = self.ctx
        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting…"))

        def done(report: ConnectionReport) -> None:
            if shiboken6.isValid(self) and testing == self._testing:
                self.test_button.setEnabled(True)
                self._say(*self.described(report))

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or testing != self._testing:
                return
            self.test_button.setEnabled(True)
            if not isinstance(error, UserError):
                raise error
            self._say(str(error), ERROR_STYLE)

        tasks.run_task(lambda: database_address.try_connection(ctx, address), done, failed)

    def described(self, report: ConnectionReport) -> tuple[str, str]:
        """What a test found, in a sentence or two, and the style to say it in."""
        connected = self.tr("Connected to PostgreSQL %1.").replace("%1", report.server_version)
        cases = f"{report.cases or 0:,}"
        said, style = {
            Contents.EMPTY: (
                self.tr(
                    "The database is empty: at the next start a new, empty office begins "
                    "there. To move this office's records onto it, run “privacy-desk "
                    "migrate-to ADDRESS” on this computer instead."
                ),
                DONE_STYLE,
            ),
            Contents.OFFICE: (
                self.tr("It holds a Privacy Desk office with %1 cases.").replace("%1", cases),
                DONE_STYLE,
            ),
            Contents.OLDER_OFFICE: (
                self.tr(
                    "It holds a Privacy Desk office of an earlier version with %1 cases; it is "
                    "brought up to date when it is first opened."
                ).replace("%1", cases),
                DONE_STYLE,
            ),
            Contents.NEWER_OFFICE: (
                self.tr(
                    "It holds a Privacy Desk office of a newer version, which this version "
                    "cannot open."
                ),
                ERROR_STYLE,
            ),
            Contents.OTHER: (
                self.tr("It holds another program's tables: Privacy Desk cannot use it."),
                ERROR_STYLE,
            ),
        }[report.contents]
        return f"{connected} {said}", style

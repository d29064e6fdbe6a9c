"""The first start: the office profile, the first administrator, the recovery key.

Three pages. The office page is prefilled from section 10 of the privacy
policy. Leaving the administrator page (a commit page: there is no way back)
sets the office up: the database is encrypted and the administrator created.
The recovery page shows the recovery key once, prints it on one sheet, and
lets the wizard finish only when the user says the key is kept.

Neither the key nor a password is ever logged, put in a tooltip or kept on disk
by this module; the password fields are cleared once the set-up has run.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextLayout,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from privacy_desk.errors import UserError
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams
from privacy_desk.services import auth, users
from privacy_desk.services.maintenance import RestoreResult
from privacy_desk.store.models import OfficeProfile
from privacy_desk.ui import labels, messages, tasks
from privacy_desk.ui.style import error_label, link_button, show_message, with_notes
from privacy_desk.ui.widgets.office_form import OfficeForm

OFFICE_PAGE = 0
ADMIN_PAGE = 1
RECOVERY_PAGE = 2

NOTE_STYLE = "color: palette(placeholder-text);"
NOTICE_STYLE = (
    "QLabel { background: #fff4e0; border: 1px solid #e0b060; border-radius: 4px; padding: 8px; }"
)
KEY_STYLE = (
    "QLabel { background: palette(base); border: 2px solid #1f3b63; border-radius: 4px; "
    "padding: 10px 14px; }"
)
KEY_GROUPS_ON_FIRST_LINE = 4
SHEET_MARGIN_MM = 20.0


def key_font(point_size: float) -> QFont:
    """A monospace font for the recovery key (every character as wide as the next)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(True)
    return font


def key_lines(key: str) -> list[str]:
    """The key on two lines for paper; the first ends with its hyphen, so nothing is lost."""
    groups = key.split("-")
    if len(groups) <= KEY_GROUPS_ON_FIRST_LINE:
        return [key]
    return [
        "-".join(groups[:KEY_GROUPS_ON_FIRST_LINE]) + "-",
        "-".join(groups[KEY_GROUPS_ON_FIRST_LINE:]),
    ]


def recovery_warning() -> str:
    return QCoreApplication.translate(
        "RecoverySheet",
        "This recovery key is the only way back into the database if every password is "
        "lost. Print it or write it down, and keep it locked away. It will not be shown again.",
    )


# --- Printing ---------------------------------------------------------------


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The printer the user picks in the print dialog; None if cancelled (tests patch this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "Privacy Desk recovery key"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print the Recovery Key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_recovery_sheet(device: QPagedPaintDevice, office_name: str, key: str, when: date) -> None:
    """One sheet on ``device`` (a printer or a PDF writer); UserError if it cannot print."""
    device.setPageMargins(
        QMarginsF(SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(
            QCoreApplication.translate(
                "RecoverySheet", "The printer could not be opened; check it and try again."
            )
        )
    try:
        dpi = device.logicalDpiX()
        paint_rect = device.pageLayout().paintRectPixels(dpi)
        page_rect = QRectF(QPointF(0, 0), QSizeF(paint_rect.size()))
        render_recovery_sheet(painter, page_rect, office_name, key, when)
    finally:
        painter.end()


def render_recovery_sheet(
    painter: QPainter, page_rect: QRectF, office_name: str, key: str, when: date
) -> None:
    """Paint the recovery sheet into ``page_rect``: office, date, the key large, the warning.

    Sizes are in points, so the sheet looks the same on a printer, a PDF or an
    image. The key's type shrinks if a line would not fit the width, and the
    whole sheet is scaled down if it would not fit the height: it is one page.
    """
    rect = QRectF(page_rect)
    needed = _paint_sheet(_Sheet(painter, rect, draw=False), office_name, key, when)
    factor = min(1.0, rect.height() / needed) if needed > 0 else 1.0
    painter.save()
    try:
        if factor < 1.0:
            painter.translate(rect.topLeft())
            painter.scale(factor, factor)
            rect = QRectF(0, 0, rect.width() / factor, rect.height() / factor)
        _paint_sheet(_Sheet(painter, rect, draw=True), office_name, key, when)
    finally:
        painter.restore()


def _paint_sheet(sheet: _Sheet, office_name: str, key: str, when: date) -> float:
    """Lay the sheet out (painting it if ``sheet.draw``); returns the height used."""
    day = when.date() if isinstance(when, datetime) else when
    sheet.paragraph(
        QCoreApplication.translate("RecoverySheet", "Privacy Desk — Recovery Key"),
        20,
        bold=True,
        gap_after=0.6,
    )
    sheet.paragraph(office_name, 13, bold=True, gap_after=0.2)
    sheet.paragraph(
        QCoreApplication.translate("RecoverySheet", "Made on %1").replace(
            "%1", labels.day_long(day)
        ),
        11,
        gap_after=1.5,
    )
    sheet.key_box(key_lines(key), gap_after=1.5)
    sheet.paragraph(recovery_warning(), 13, bold=True, gap_after=1.0)
    sheet.paragraph(
        QCoreApplication.translate(
            "RecoverySheet",
            "Privacy Desk asks for this key when an administrator has to get back in "
            "without a password. Spaces, hyphens and upper or lower case do not matter "
            "when it is typed.",
        ),
        11,
        gap_after=2.5,
    )
    sheet.blank(QCoreApplication.translate("RecoverySheet", "Kept by:"), gap_after=1.5)
    sheet.blank(QCoreApplication.translate("RecoverySheet", "Kept where:"), gap_after=0)
    return sheet.y - sheet.rect.top()


class _Sheet:
    """Lays blocks out down a page; paints them (each line through ``painter.drawText``)
    only when ``draw``, so that a first pass can measure the height they need."""

    LEADING = 1.3  # line pitch as a multiple of the font's height: easier to read on paper

    def __init__(self, painter: QPainter, rect: QRectF, *, draw: bool) -> None:
        self.painter = painter
        self.rect = rect
        self.draw = draw
        self.y = rect.top()
        self.base = QFont(QGuiApplication.font())
        self.unit = QFontMetricsF(self._font(11), painter.device()).height()

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def paragraph(self, text: str, points: float, *, bold: bool = False, gap_after: float) -> None:
        font = self._font(points, bold=bold)
        device = self.painter.device()
        metrics = QFontMetricsF(font, device)
        layout = QTextLayout(text, font, device)
        layout.beginLayout()
        pieces: list[str] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.rect.width())
            pieces.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        self.painter.setFont(font)
        pitch = metrics.height() * self.LEADING
        for piece in pieces:
            box = QRectF(self.rect.left(), self.y, self.rect.width(), metrics.height())
            if self.draw:
                self.painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), piece)
            self.y += pitch
        self.y += metrics.height() * (1 - self.LEADING) + self.unit * gap_after

    def key_box(self, lines: list[str], *, gap_after: float) -> None:
        """The key in large monospace type in a box, shrunk only if a line would not fit."""
        device = self.painter.device()
        padding = self.unit
        room = self.rect.width() - 2 * padding
        font = key_font(28)
        metrics = QFontMetricsF(font, device)
        widest = max(metrics.horizontalAdvance(text) for text in lines)
        if widest > room:
            font = key_font(max(8.0, 28 * room / widest * 0.98))
            metrics = QFontMetricsF(font, device)
        height = metrics.lineSpacing() * len(lines) + 2 * padding
        box = QRectF(self.rect.left(), self.y, self.rect.width(), height)
        self.y = box.bottom() + self.unit * gap_after
        if not self.draw:
            return
        self.painter.save()
        self.painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, self.unit / 10)))
        self.painter.drawRect(box)
        self.painter.restore()
        self.painter.setFont(font)
        for index, text in enumerate(lines):
            line_box = QRectF(
                box.left() + padding,
                box.top() + padding + index * metrics.lineSpacing(),
                room,
                metrics.lineSpacing(),
            )
            self.painter.drawText(line_box, int(Qt.AlignmentFlag.AlignCenter), text)

    def blank(self, caption: str, *, gap_after: float) -> None:
        """A caption and a line to write on, to the right edge."""
        font = self._font(11)
        metrics = QFontMetricsF(font, self.painter.device())
        top = self.y
        self.y += metrics.height() + self.unit * gap_after
        if not self.draw:
            return
        self.painter.setFont(font)
        box = QRectF(self.rect.left(), top, self.rect.width(), metrics.height())
        self.painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), caption)
        start = self.rect.left() + metrics.horizontalAdvance(caption) + self.unit / 2
        baseline = top + metrics.ascent() + metrics.descent() / 2
        self.painter.save()
        self.painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, self.unit / 20)))
        self.painter.drawLine(QPointF(start, baseline), QPointF(self.rect.right(), baseline))
        self.painter.restore()


# --- Pages ------------------------------------------------------------------


class OfficePage(QWizardPage):
    """The office as letters present it, prefilled from the privacy policy's section 10."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Privacy Desk"))
        intro = QLabel(
            self.tr(
                "Three short steps: the office as letters present it, the first administrator, "
                "and the recovery key. The details below come from section 10 of the privacy "
                "policy; change whatever has changed. You can edit them later too."
            )
        )
        intro.setWordWrap(True)
        self.form = OfficeForm(self)
        self.restore_link = link_button(
            self.tr("Moving from another computer? Restore the office from a backup…")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.restore_link)
        self.form.changed.connect(self.completeChanged)

    def profile(self) -> OfficeProfile:
        return self.form.profile()

    def office_name(self) -> str:
        return self.form.office_name()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.form.is_complete()


class AdministratorPage(QWizardPage):
    """The first administrator; leaving this page encrypts the database (no way back)."""

    def __init__(self, paths: DataPaths, kdf: KdfParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.setTitle(self.tr("The First Administrator"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set Up and Encrypt"))
        intro = QLabel(
            self.tr(
                "This is your own account. Administrators add the other users and can change "
                "everything; you will log in with this user name and password."
            )
        )
        intro.setWordWrap(True)

        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(32)
        self.login_edit.setPlaceholderText(self.tr("for example m.tanaka"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setMaxLength(100)
        self.display_name_edit.setPlaceholderText(self.tr("Your name as colleagues know it"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_error = error_label()
        self.display_name_error = error_label()
        self.password_error = error_label()
        self.repeat_error = error_label()
        password_hint = QLabel(
            self.tr(
                "At least %1 characters. A short sentence is easier to remember than a jumble."
            ).replace("%1", str(users.PASSWORD_MIN_LENGTH))
        )
        password_hint.setWordWrap(True)
        password_hint.setStyleSheet(NOTE_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("User name:"), with_notes(self.login_edit, self.login_error))
        form.addRow(
            self.tr("Your name:"), with_notes(self.display_name_edit, self.display_name_error)
        )
        form.addRow(
            self.tr("Password:"),
            with_notes(self.password_edit, password_hint, self.password_error),
        )
        form.addRow(self.tr("Repeat password:"), with_notes(self.repeat_edit, self.repeat_error))

        self.encryption_note = QLabel(self._encryption_text())
        self.encryption_note.setWordWrap(True)
        self.encryption_note.setStyleSheet(NOTICE_STYLE)
        self.setup_error = error_label()
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet(NOTE_STYLE)
        self.progress_label.hide()
        self.busy = False

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.encryption_note)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.setup_error)

        self._touched: set[QLineEdit] = set()
        for edit in (self.login_edit, self.display_name_edit, self.password_edit, self.repeat_edit):
            edit.textEdited.connect(lambda _text, edit=edit: self._touched.add(edit))
            edit.textChanged.connect(self._changed)

    def _encryption_text(self) -> str:
        if self.paths.database.exists():
            existing = self.tr(
                "The cases already kept in this data folder, and its automatic backups, are "
                "encrypted too; nothing of them stays readable without a password."
            )
        else:
            existing = self.tr("The cases you log from now on are kept encrypted.")
        return (
            self.tr(
                "When you press Set Up and Encrypt, Privacy Desk makes a new key and encrypts "
                "the database with it."
            )
            + " "
            + existing
            + " "
            + self.tr(
                "From then on only a user's password or the recovery key (next page) opens it. "
                "This step cannot be undone."
            )
        )

    def login(self) -> str:
        return self.login_edit.text().strip().lower()

    def display_name(self) -> str:
        return self.display_name_edit.text().strip()

    def _problems(self) -> tuple[str, str, str, str]:
        """Messages for user name, name, password, repeat ("" when fine or not typed yet)."""
        login_problem = ""
        if self.login_edit.text().strip():
            try:
                users.check_login_name(self.login_edit.text())
            except UserError as error:
                login_problem = str(error)
        name_problem = ""
        if not self.display_name() and self.display_name_edit in self._touched:
            name_problem = self.tr("Enter your name as colleagues know it.")
        password = self.password_edit.text()
        password_problem = ""
        if password:
            try:
                users.check_password(password, self.login())
            except UserError as error:
                password_problem = str(error)
        repeat = self.repeat_edit.text()
        repeat_problem = ""
        if repeat and repeat != password:
            repeat_problem = self.tr("The two passwords differ.")
        return login_problem, name_problem, password_problem, repeat_problem

    def _changed(self) -> None:
        login, name, password, repeat = self._problems()
        show_message(self.login_error, login)
        show_message(self.display_name_error, name)
        show_message(self.password_error, password)
        show_message(self.repeat_error, repeat)
        show_message(self.setup_error, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and wizard.result_setup is not None:
            return True
        filled = all(
            edit.text().strip()
            for edit in (self.login_edit, self.display_name_edit, self.password_edit)
        )
        same = self.repeat_edit.text() == self.password_edit.text()
        return filled and same and not any(self._problems())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Leaving the page runs the set-up, off the GUI thread; the page waits for it."""
        wizard = self.wizard()
        if not isinstance(wizard, SetupWizard):
            return False
        if wizard.result_setup is not None:
            return True
        if self.busy or not self.isComplete():
            return False
        profile, login, name = wizard.office_page.profile(), self.login(), self.display_name()
        password, paths, kdf = self.password_edit.text(), self.paths, self.kdf
        self._set_busy(True)
        show_message(self.setup_error, "")
        self.progress_label.setText(
            self.tr("Setting up: making the keys and encrypting the database…")
        )
        self.progress_label.show()
        tasks.run_task(
            lambda: auth.set_up_office(
                paths,
                profile=profile,
                admin_login=login,
                admin_name=name,
                admin_password=password,
                kdf=kdf,
            ),
            self._set_up,
            self._set_up_failed,
        )
        return False  # the wizard moves on when the set-up is done

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        wizard = self.wizard()
        for widget in (
            self.login_edit,
            self.display_name_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            widget.setEnabled(not busy)
        if wizard is not None:
            for button in (
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.CancelButton,
            ):
                wizard.button(button).setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
            self.progress_label.hide()

    def _set_up(self, result: auth.SetUp) -> None:
        self._set_busy(False)
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        wizard.result_setup = result
        for edit in (self.password_edit, self.repeat_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        wizard.next()

    def _set_up_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            raise error
        show_message(self.setup_error, str(error))


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown once; Finish only once the user says it is kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The Recovery Key"))
        intro = QLabel(self.tr("The office is set up. Privacy Desk made this recovery key:"))
        intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFont(key_font(max(16.0, self.font().pointSizeF() * 1.8)))
        self.key_label.setStyleSheet(KEY_STYLE)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.warning_label = QLabel(recovery_warning())
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(NOTICE_STYLE + " QLabel { font-weight: 600; }")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_error = error_label()
        self.kept_check = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.kept_check.toggled.connect(self._kept_toggled)
        self.finish_note = QLabel()
        self.finish_note.setWordWrap(True)
        self.finish_note.setStyleSheet(NOTE_STYLE)

        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.print_status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addSpacing(4)
        layout.addWidget(self.warning_label)
        layout.addSpacing(4)
        layout.addLayout(print_row)
        layout.addWidget(self.print_error)
        layout.addSpacing(12)
        layout.addWidget(self.kept_check)
        layout.addWidget(self.finish_note)
        layout.addStretch(1)

    def _setup_wizard(self) -> SetupWizard | None:
        wizard = self.wizard()
        return wizard if isinstance(wizard, SetupWizard) else None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self._setup_wizard()
        if wizard is None or wizard.result_setup is None:
            return
        # The key exists now: no way back, and no cancelling either (see SetupWizard.reject).
        wizard.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        self.key_label.setText(wizard.result_setup.recovery_key)
        self.finish_note.setText(
            self.tr("Finish opens Privacy Desk; you are logged in as %1.").replace(
                "%1", wizard.result_setup.ctx.actor
            )
        )

    def key(self) -> str:
        return self.key_label.text()

    def print_sheet(self) -> bool:
        """Print the recovery sheet on a printer the user picks; True when it was sent."""
        wizard = self._setup_wizard()
        if wizard is None or wizard.result_setup is None:
            return False
        show_message(self.print_error, "")
        printer = choose_printer(self)
        if printer is None:
            return False
        try:
            print_recovery_sheet(
                printer,
                wizard.office_page.office_name(),
                wizard.result_setup.recovery_key,
                wizard.result_setup.ctx.today(),
            )
        except UserError as error:
            show_message(self.print_error, str(error))
            return False
        wizard.result_setup.ctx.record_event("print", "recovery-sheet")  # never the key
        self.print_status.setText(
            self.tr("The sheet was sent to the printer. Check that it came out readable.")
        )
        return True

    def _kept_toggled(self) -> None:
        show_message(self.print_error, "")
        self.completeChanged.emit()

    def remind(self) -> None:
        """Leaving without keeping the key is refused; say why."""
        show_message(
            self.print_error,
            self.tr(
                "The recovery key will not be shown again: print it or write it down, "
                "tick the box, then press Finish."
            ),
        )
        self.kept_check.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.kept_check.isChecked()


class SetupWizard(QWizard):
    """The first start. After ``Accepted``, :attr:`result_setup` holds the logged-in context
    and the recovery key; the caller owns ``result_setup.ctx`` (and disposes of it)."""

    def __init__(
        self, paths: DataPaths, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.result_setup: auth.SetUp | None = None
        self.setWindowTitle(self.tr("Set Up Privacy Desk"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.office_page = OfficePage()
        self.admin_page = AdministratorPage(paths, kdf)
        self.recovery_page = RecoveryKeyPage()
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(ADMIN_PAGE, self.admin_page)
        self.setPage(RECOVERY_PAGE, self.recovery_page)
        self.setStartId(OFFICE_PAGE)
        self.setMinimumSize(780, 600)
        #: Set when the office came back from a backup instead: log in next.
        self.restored: RestoreResult | None = None
        self.office_page.restore_link.clicked.connect(self.restore_from_backup)

    def restore_from_backup(self) -> None:
        """A new computer: the office comes from a backup and the recovery key, not a set-up."""
        from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.paths, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.restored = dialog.restored
            messages.information(
                self,
                self.tr("Office restored"),
                dialog.summary() + "\n\n" + self.tr("Log in with your usual password."),
            )
            QWizard.reject(self)  # no set-up: nothing was set up here
        dialog.deleteLater()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: only before the set-up has run."""
        if self.admin_page.busy:
            return  # the set-up is running: it finishes, then the recovery key is shown
        if self.result_setup is None:
            super().reject()
        elif self.recovery_page.isComplete():
            self.accept()
        else:
            self.recovery_page.remind()

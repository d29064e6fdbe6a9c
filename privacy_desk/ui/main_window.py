"""The main window: the case list as home, Today, and a tab per open case.

What the first screen does not need (the dialogs, a case's page, printing, letters,
exports) is imported when it is first asked for: the window appears sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import settings as S
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.security.keys import DEFAULT_KDF, KdfParams
from privacy_desk.services import maintenance
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import auto_refresh, messages, startup_probe, tasks
from privacy_desk.ui.pages.case_list_page import CaseListPage
from privacy_desk.ui.pages.today_page import TodayPage
from privacy_desk.ui.style import unelided
from privacy_desk.ui.widgets.backup_banner import BackupBanner

if TYPE_CHECKING:
    from privacy_desk.ui.dialogs.log_request_dialog import LogRequestDialog
    from privacy_desk.ui.dialogs.office_dialog import OfficeDialog
    from privacy_desk.ui.dialogs.password_dialog import ChangePasswordDialog
    from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog
    from privacy_desk.ui.dialogs.users_dialog import UsersDialog
    from privacy_desk.ui.pages.case_detail_page import CaseDetailPage

T = TypeVar("T")


class MainWindow(QMainWindow):
    #: The user asked to log out (or must log in again after a restore).
    logoutRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf  # the cost of new password slots (tests pass a fast one)
        self.busy = False
        self.log_dialog: LogRequestDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.windows: dict[str, QDialog] = {}  # the records windows, one of each
        self._asking = True
        self.setWindowTitle(self.tr("Privacy Desk"))
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width()), min(900, screen.height()))

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        seen = auto_refresh.last_entry(ctx)  # before the list is read: nothing is missed
        self.case_list = CaseListPage(ctx, self)
        self.today = TodayPage(ctx, self)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.tabs.addTab(self.today, self.tr("Today"))
        for fixed in (0, 1):  # the list and Today stay
            self.tabs.tabBar().setTabButton(
                fixed, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.backup_banner = BackupBanner(ctx, self)
        self.backup_banner.backUpRequested.connect(self.back_up)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.backup_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # the reminder is looked at again each hour: the program may run for days
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(60 * 60 * 1000)
        self._reminder_timer.timeout.connect(self.backup_banner.check)
        self.case_list.openCase.connect(self.open_case)
        self.today.openCase.connect(self.open_case)
        self.today.openRetention.connect(self.retention_window)
        self.today.openLedger.connect(self.ledger_window)

        self.folder_label = QLabel(self.tr("Data folder: %1").replace("%1", str(ctx.paths.root)))
        self.statusBar().addPermanentWidget(self.folder_label)
        # what other desks save comes into the list and Today by itself (issue 11)
        self.auto_refresh = auto_refresh.AutoRefresh(
            ctx,
            self.case_list,
            self.today,
            self.statusBar(),
            may_read=self._may_read_again,
            seen=seen,
            parent=self,
        )
        self._build_actions()
        # the start-up benchmark only (PRIVACY_DESK_BENCH_READY_FILE); None otherwise
        self.startup_probe = startup_probe.watch_case_list(
            self.case_list.table, self.close_without_asking
        )
        # Paused cases' deadlines move a day each day: they are brought up to today once
        # the list is on screen, off the GUI thread, not before the window may appear.
        self._after_start = startup_probe.FirstPaint(
            self.case_list.table, lambda _view: True, self._after_first_paint
        )

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.log_action = self._action(
            self.tr("&Log Mailed Request…"), self.log_request, QKeySequence.StandardKey.New
        )
        self.import_action = self._action(self.tr("&Import Earlier Records…"), self.import_records)
        self.backup_action = self._action(self.tr("&Back Up Database…"), self.back_up)
        self.export_json_action = self._action(
            self.tr("Export Cases as &JSON…"), lambda: self.export("json")
        )
        self.export_csv_action = self._action(
            self.tr("Export Cases as &CSV…"), lambda: self.export("csv")
        )
        self.check_action = self._action(self.tr("C&heck Database"), self.check_database)
        self.blank_form_action = self._action(
            self.tr("Print &Blank Request Form…"), self.print_blank_form
        )
        self.acknowledgements_action = self._action(
            self.tr("Print Today's &Acknowledgements…"), self.print_acknowledgements
        )
        self.password_action = self._action(
            self.tr("Change My &Password…"), self.change_my_password
        )
        self.users_action = self._action(self.tr("&Users…"), self.manage_users)
        self.office_action = self._action(self.tr("Office and &Settings…"), self.office_settings)
        self.restore_action = self._action(self.tr("&Restore from Backup…"), self.restore)
        self.ledger_action = self._action(
            self.tr("Personal Information &Ledger…"), self.ledger_window
        )
        self.provisions_action = self._action(
            self.tr("Third-Party &Provision Records…"), self.provisions_window
        )
        self.retention_action = self._action(
            self.tr("&Retention and Disposal…"), self.retention_window
        )
        self.complaints_action = self._action(
            self.tr("&Complaints and Inquiries…"), self.complaints_window
        )
        self.reports_action = self._action(self.tr("Repor&ts and Audit Pack…"), self.reports)
        self.logout_action = self._action(self.tr("&Log Out"), self.log_out)
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.cases_action = self._action(self.tr("&Cases"), lambda: self.show_tab(0), "Ctrl+1")
        self.today_action = self._action(self.tr("&Today"), lambda: self.show_tab(1), "Ctrl+2")
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.close_case_action = self._action(
            self.tr("Close Case &Tab"),
            lambda: self.close_tab(self.tabs.currentIndex()),
            QKeySequence.StandardKey.Close,
        )

        file_menu = unelided(self.menuBar().addMenu(self.tr("&File")))
        file_menu.addAction(self.log_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.acknowledgements_action)
        file_menu.addAction(self.blank_form_action)
        file_menu.addSeparator()
        for action in (
            self.backup_action,
            self.restore_action,
            self.export_json_action,
            self.export_csv_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = unelided(self.menuBar().addMenu(self.tr("&View")))
        for action in (self.cases_action, self.today_action, self.close_case_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

        records_menu = unelided(self.menuBar().addMenu(self.tr("&Records")))
        records_menu.addAction(self.ledger_action)
        records_menu.addAction(self.provisions_action)
        records_menu.addAction(self.complaints_action)
        records_menu.addSeparator()
        records_menu.addAction(self.retention_action)
        records_menu.addSeparator()
        records_menu.addAction(self.reports_action)

        self.admin_menu = unelided(self.menuBar().addMenu(self.tr("&Administration")))
        self.admin_menu.addAction(self.users_action)
        self.admin_menu.addAction(self.office_action)

        help_menu = unelided(self.menuBar().addMenu(self.tr("&Help")))
        self.guide_action = self._action(self.tr("&User Guide…"), self.user_guide, "F1")
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts…"), self.keyboard_shortcuts
        )
        self.about_action = self._action(self.tr("&About Privacy Desk"), self.about)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        # toolbar buttons carry no mnemonic: "受付(&L)" would read "受付(L)"
        self.log_action.setIconText(self.tr("Log Request"))
        self.cases_action.setIconText(self.tr("Cases"))
        self.today_action.setIconText(self.tr("Today"))
        self.refresh_action.setIconText(self.tr("Refresh"))
        # what the user's role may not do is not offered (the services refuse it too)
        role = self.ctx.role
        if role is not None:
            self.backup_action.setVisible(may(role, Permission.BACKUP))
            for action in (self.export_json_action, self.export_csv_action):
                action.setVisible(may(role, Permission.EXPORT))
            self.log_action.setVisible(may(role, Permission.LOG_REQUESTS))
            self.import_action.setVisible(may(role, Permission.LOG_REQUESTS))
            self.acknowledgements_action.setVisible(may(role, Permission.PROCESS_CASES))
            self.reports_action.setVisible(may(role, Permission.REPORTS))
        # users and passwords exist only with a login (a role)
        self.password_action.setVisible(role is not None)
        self.logout_action.setVisible(role is not None)
        self.restore_action.setVisible(role is not None and may(role, Permission.RESTORE))
        manages_users = role is not None and may(role, Permission.MANAGE_USERS)
        manages_settings = role is not None and may(role, Permission.SETTINGS)
        self.users_action.setVisible(manages_users)
        self.office_action.setVisible(manages_settings)
        self.admin_menu.menuAction().setVisible(manages_users or manages_settings)
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.log_action)
        toolbar.addSeparator()
        toolbar.addAction(self.cases_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    # -- navigation ----------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def case_pages(self) -> list[CaseDetailPage]:
        """The open cases' tabs (after the list and Today)."""
        if self.tabs.count() <= 2:
            return []  # none open: the page's module need not be loaded to know it
        from privacy_desk.ui.pages.case_detail_page import CaseDetailPage

        return [
            page
            for index in range(2, self.tabs.count())
            if isinstance(page := self.tabs.widget(index), CaseDetailPage)
        ]

    def case_page(self, reference: str) -> CaseDetailPage | None:
        for page in self.case_pages():
            if page.reference == reference:
                return page
        return None

    def open_case(self, reference: str) -> CaseDetailPage:
        from privacy_desk.ui.pages.case_detail_page import CaseDetailPage

        page = self.case_page(reference)
        if page is None:
            page = CaseDetailPage(self.ctx, reference, self)
            page.caseChanged.connect(self._case_changed)
            self.tabs.addTab(page, reference)
        self.tabs.setCurrentWidget(page)
        return page

    def close_tab(self, index: int) -> None:
        page = next((p for p in self.case_pages() if p is self.tabs.widget(index)), None)
        if page is None:
            return
        if page.has_unsaved_changes() and not messages.confirm(
            self,
            self.tr("Close Case"),
            self.tr("Case %1 has unsaved changes. Close it and lose them?").replace(
                "%1", page.reference
            ),
        ):
            return
        self.tabs.removeTab(index)
        page.deleteLater()

    def _after_first_paint(self) -> None:
        self._refresh_paused_deadlines()
        if self.startup_probe is None:  # the start-up benchmark measures and closes
            self.backup_banner.check()
            self._reminder_timer.start()
            self.auto_refresh.start()

    def _refresh_paused_deadlines(self) -> None:
        from privacy_desk.services.cases import refresh_paused_deadlines

        ctx = self.ctx
        tasks.run_task(
            lambda: refresh_paused_deadlines(ctx),
            self._paused_deadlines_refreshed,
            self._paused_deadlines_failed,
        )

    def _paused_deadlines_refreshed(self, moved: int) -> None:
        if moved:
            self.refresh()

    def _paused_deadlines_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.statusBar().showMessage(
            self.tr(
                "The deadlines of cases awaiting documents could not be brought up to today: %1"
            ).replace("%1", str(error))
        )

    def _case_changed(self, reference: str) -> None:
        self._read_list_again()
        self.today.refresh()

    def refresh(self) -> None:
        self._read_list_again()
        self.today.refresh()
        current = self.tabs.currentWidget()
        for page in self.case_pages():
            if page is current and not page.has_unsaved_changes():
                page.reload()

    def _read_list_again(self) -> None:
        """Read the list now, on the GUI thread; the automatic refresh looks on from the
        audit trail's newest entry, read first."""
        self.auto_refresh.list_read(auto_refresh.last_entry(self.ctx))
        self.case_list.refresh()

    def _may_read_again(self) -> bool:
        """The automatic refresh may read: no task runs, the screen is not locked (its
        curtain hides the tabs) and the window is not minimised."""
        return not (self.busy or self.isMinimized() or self.centralWidget().isHidden())

    # -- actions -------------------------------------------------------------------

    def log_request(self) -> LogRequestDialog:
        """Open the intake form (one at a time; it stays open for the next envelope)."""
        from privacy_desk.ui.dialogs.log_request_dialog import LogRequestDialog

        if self.log_dialog is None:
            self.log_dialog = LogRequestDialog(self.ctx, self)
            self.log_dialog.logged.connect(self._case_changed)
            self.log_dialog.finished.connect(self._log_dialog_closed)
        self.log_dialog.open()
        self.log_dialog.raise_()
        return self.log_dialog

    def _log_dialog_closed(self) -> None:
        if self.log_dialog is not None:
            self.log_dialog.deleteLater()
            self.log_dialog = None

    def import_records(self) -> QDialog:
        """Import the office's earlier records from CSV or Excel (a preview first)."""
        from privacy_desk.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(lambda _count: self._case_changed(""))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def manage_users(self) -> UsersDialog:
        """Open the Users dialog (one at a time)."""
        from privacy_desk.ui.dialogs.users_dialog import UsersDialog

        if self.users_dialog is None:
            self.users_dialog = UsersDialog(self.ctx, self, kdf=self.kdf)
            self.users_dialog.finished.connect(self._users_dialog_closed)
        self.users_dialog.open()
        self.users_dialog.raise_()
        return self.users_dialog

    def _users_dialog_closed(self) -> None:
        if self.users_dialog is not None:
            self.users_dialog.deleteLater()
            self.users_dialog = None

    def _window(self, name: str, make: Callable[[], QDialog]) -> QDialog:
        """Show the records window ``name``, made on first use; one of each at a time."""
        window = self.windows.get(name)
        if window is None:
            window = make()
            self.windows[name] = window
            window.finished.connect(lambda _result: self._window_closed(name))
            changed = getattr(window, "changed", None)
            if changed is not None:
                changed.connect(self.today.refresh)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _window_closed(self, name: str) -> None:
        window = self.windows.pop(name, None)
        if window is not None:
            window.deleteLater()

    def ledger_window(self) -> QDialog:
        from privacy_desk.ui.dialogs.ledger_window import LedgerWindow

        return self._window("ledger", lambda: LedgerWindow(self.ctx, self))

    def provisions_window(self) -> QDialog:
        from privacy_desk.ui.dialogs.provisions_window import ProvisionsWindow

        return self._window("provisions", lambda: ProvisionsWindow(self.ctx, self))

    def reports(self) -> QDialog:
        from privacy_desk.ui.dialogs.reports_dialog import ReportsDialog

        return self._window("reports", lambda: ReportsDialog(self.ctx, self))

    def complaints_window(self) -> QDialog:
        from privacy_desk.ui.dialogs.complaints_window import ComplaintsWindow

        return self._window("complaints", lambda: ComplaintsWindow(self.ctx, self))

    def retention_window(self) -> QDialog:
        from privacy_desk.ui.dialogs.retention_window import RetentionWindow

        return self._window("retention", lambda: RetentionWindow(self.ctx, self))

    def office_settings(self) -> OfficeDialog:
        from privacy_desk.ui.dialogs.office_dialog import OfficeDialog

        dialog = OfficeDialog(self.ctx, self)
        dialog.accepted.connect(self.refresh)  # closures change target dates
        dialog.accepted.connect(
            lambda: self.auto_refresh.set_seconds(self.ctx.settings.get(S.LIST_REFRESH_SECONDS))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def change_my_password(self) -> ChangePasswordDialog:
        from privacy_desk.ui.dialogs.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, self, kdf=self.kdf)
        dialog.accepted.connect(
            lambda: messages.information(
                self, self.tr("Change My Password"), self.tr("Your password was changed.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_blank_form(self) -> None:
        """The empty request form, to mail to someone who phoned."""
        from privacy_desk.services import letters
        from privacy_desk.ui import printing

        printer = printing.choose_printer(self, self.tr("Request form"))
        if printer is None:
            return
        try:
            printing.print_pdf(letters.request_form_pdf(self.ctx, None), printer)
        except UserError as error:
            messages.error(self, self.tr("Request Form"), str(error))

    def print_acknowledgements(self) -> int:
        """Issue and print an acknowledgement for each case that arrived today without one."""
        from privacy_desk.domain.letters import LetterKind
        from privacy_desk.services import letters
        from privacy_desk.ui import printing

        due = letters.acknowledgements_due(self.ctx)
        if not due:
            messages.information(
                self,
                self.tr("Acknowledgements"),
                self.tr("Every case that arrived today has its acknowledgement."),
            )
            return 0
        if not messages.confirm(
            self,
            self.tr("Acknowledgements"),
            self.tr("Issue and print acknowledgements for %1 cases that arrived today?").replace(
                "%1", str(len(due))
            ),
        ):
            return 0
        printer = printing.choose_printer(self, self.tr("Acknowledgements"))
        if printer is None:
            return 0
        progress = QProgressDialog(
            self.tr("Printing acknowledgements…"), self.tr("Stop"), 0, len(due), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        done = 0
        try:
            for reference in due:
                if progress.wasCanceled():
                    break
                progress.setLabelText(self.tr("Case %1…").replace("%1", reference))
                issued = letters.issue_letter(self.ctx, reference, LetterKind.ACKNOWLEDGEMENT)
                pdf = letters.letter_pdf(self.ctx, issued.id, purpose="print")
                printing.print_pdf(pdf, printer)
                done += 1
                progress.setValue(done)
        except UserError as error:
            messages.error(self, self.tr("Acknowledgements"), str(error))
        finally:
            progress.close()
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Acknowledgements printed: %1.").replace("%1", str(done)), 5000
        )
        return done

    def back_up(self) -> None:
        folder = self.ctx.settings.get(S.BACKUP_FOLDER)
        base = Path(folder) if folder else Path.home()
        if folder and not base.is_dir():
            self.statusBar().showMessage(
                self.tr("The backup folder %1 is not there: is the USB drive plugged in?").replace(
                    "%1", folder
                ),
                10000,
            )
            base = Path.home()
        suggested = base / f"privacy-desk-{date.today():%Y-%m-%d}.sqlite3"
        target = messages.choose_save_file(
            self, self.tr("Back Up Database"), suggested, self.tr("Database backup (*.sqlite3)")
        )
        if target is None:
            return

        def written(path: Path) -> None:
            self.backup_banner.check()  # a copy saved: the reminder goes
            messages.information(
                self,
                self.tr("Backup written"),
                self.tr("The backup was written to %1.").replace("%1", str(path)),
            )

        self._run(
            lambda: maintenance.make_backup(self.ctx, target),
            written,
            self.tr("Writing the backup…"),
        )

    def restore(self) -> RestoreDialog | None:
        """Replace the database with a backup; everyone logs in again afterwards."""
        from privacy_desk.ui.dialogs.restore_dialog import RestoreDialog

        if self.busy:
            self.statusBar().showMessage(
                self.tr("Please wait for the current task to finish."), 3000
            )
            return None
        unsaved = self._unsaved_cases()
        if unsaved:
            messages.warning(
                self,
                self.tr("Restore from Backup"),
                self.tr("Save or close the cases with unsaved changes first: %1.").replace(
                    "%1", ", ".join(unsaved)
                ),
            )
            return None
        dialog = RestoreDialog(self.ctx.paths, self.ctx, self)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            messages.information(
                self,
                self.tr("Backup restored"),
                dialog.summary() + "\n\n" + self.tr("Log in again to go on."),
            )
            self.log_out()
        dialog.deleteLater()
        return dialog

    def log_out(self) -> None:
        """Back to the login; unsaved edits are asked about first."""
        unsaved = self._unsaved_cases()
        if unsaved and not messages.confirm(
            self,
            self.tr("Log Out"),
            self.tr("Cases with unsaved changes: %1. Log out and lose them?").replace(
                "%1", ", ".join(unsaved)
            ),
        ):
            return
        self.logoutRequested.emit()

    def export(self, fmt: str) -> None:
        from privacy_desk.services.export import export_cases

        suggested = Path.home() / f"privacy-desk-cases-{date.today():%Y-%m-%d}.{fmt}"
        file_filter = (
            self.tr("JSON file (*.json)") if fmt == "json" else self.tr("CSV file (*.csv)")
        )
        target = messages.choose_save_file(self, self.tr("Export Cases"), suggested, file_filter)
        if target is None:
            return
        self._run(
            lambda: export_cases(self.ctx, fmt, target),
            lambda count: messages.information(
                self,
                self.tr("Export finished"),
                self.tr("Cases written to %1: %2.")
                .replace("%1", str(target))
                .replace("%2", f"{count:,}"),
            ),
            self.tr("Exporting cases…"),
        )

    def check_database(self) -> None:
        def done(report: maintenance.CheckReport) -> None:
            lines = "\n".join(
                f"{'✓' if item.ok else '✗'} {item.name}: {item.detail}" for item in report.items
            )
            if report.ok:
                messages.information(
                    self,
                    self.tr("Database check"),
                    self.tr("The database is sound.") + "\n\n" + lines,
                )
            else:
                messages.warning(
                    self,
                    self.tr("Database check"),
                    self.tr("The database has problems.") + "\n\n" + lines,
                )

        self._run(
            lambda: maintenance.check(self.ctx.paths, self.ctx.db.key_for_copies()),
            done,
            self.tr("Checking the database…"),
        )

    def user_guide(self) -> QDialog:
        from privacy_desk.ui.dialogs.help_dialog import GuideDialog

        return self._window("guide", lambda: GuideDialog(self))

    def keyboard_shortcuts(self) -> QDialog:
        from privacy_desk.ui.dialogs.help_dialog import ShortcutsDialog

        return self._window("shortcuts", lambda: ShortcutsDialog(self, self))

    def about(self) -> QDialog:
        from privacy_desk.ui.dialogs.help_dialog import AboutDialog

        return self._window("about", lambda: AboutDialog(self))

    # -- plumbing --------------------------------------------------------------------

    def _run(self, work: Callable[[], T], on_done: Callable[[T], None], busy_text: str) -> None:
        if self.busy:
            self.statusBar().showMessage(
                self.tr("Please wait for the current task to finish."), 3000
            )
            return
        self.busy = True
        self.statusBar().showMessage(busy_text)

        def done(result: T) -> None:
            self.busy = False
            self.statusBar().clearMessage()
            on_done(result)

        tasks.run_task(work, done, self._task_failed)

    def _task_failed(self, error: BaseException) -> None:
        self.busy = False
        self.statusBar().clearMessage()
        if isinstance(error, UserError):
            messages.error(self, self.tr("Privacy Desk"), str(error))
            return
        raise error

    def _unsaved_cases(self) -> list[str]:
        return [page.reference for page in self.case_pages() if page.has_unsaved_changes()]

    def close_without_asking(self) -> None:
        """Log out: close at once; unsaved edits are given up."""
        self._asking = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._asking:
            tasks.wait_for_all(30000)
            event.accept()
            return
        unsaved = self._unsaved_cases()
        if unsaved and not messages.confirm(
            self,
            self.tr("Quit"),
            self.tr("Cases with unsaved changes: %1. Quit and lose them?").replace(
                "%1", ", ".join(unsaved)
            ),
        ):
            event.ignore()
            return
        if self.busy and not messages.confirm(
            self,
            self.tr("Quit"),
            self.tr("A task is still running. Quit anyway? Nothing half-written will be kept."),
        ):
            event.ignore()
            return
        tasks.wait_for_all(30000)
        event.accept()

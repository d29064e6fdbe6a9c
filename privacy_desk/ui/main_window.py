"""The main window: menus, the current page, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from privacy_desk.cli import program_version
from privacy_desk.errors import UserError
from privacy_desk.services import maintenance
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import export_cases
from privacy_desk.services.overview import Overview, overview
from privacy_desk.ui import messages, tasks
from privacy_desk.ui.pages.overview_page import OverviewPage

T = TypeVar("T")


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Privacy Desk"))
        self.resize(1100, 700)
        self.overview_page = OverviewPage(self)
        self.setCentralWidget(self.overview_page)
        self.folder_label = QLabel(self.tr("Data folder: %1").replace("%1", str(ctx.paths.root)))
        self.statusBar().addPermanentWidget(self.folder_label)
        self._build_menus()
        self.refresh()

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back Up Database…"), self.back_up)
        self.export_json_action = self._action(
            self.tr("Export Cases as &JSON…"), lambda: self.export("json")
        )
        self.export_csv_action = self._action(
            self.tr("Export Cases as &CSV…"), lambda: self.export("csv")
        )
        self.check_action = self._action(self.tr("C&heck Database"), self.check_database)
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.backup_action, self.export_json_action, self.export_csv_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Privacy Desk"), self.about))

    # -- actions -------------------------------------------------------------

    def refresh(self) -> None:
        self._run(lambda: overview(self.ctx), self._show_overview, self.tr("Loading cases…"))

    def _show_overview(self, result: Overview) -> None:
        self.overview_page.show_overview(result)
        self.statusBar().showMessage(self.tr("Up to date."), 3000)

    def back_up(self) -> None:
        suggested = Path.home() / f"privacy-desk-{date.today():%Y-%m-%d}.sqlite3"
        target = messages.choose_save_file(
            self, self.tr("Back Up Database"), suggested, self.tr("Database backup (*.sqlite3)")
        )
        if target is None:
            return
        self._run(
            lambda: maintenance.make_backup(self.ctx, target),
            lambda path: messages.information(
                self,
                self.tr("Backup written"),
                self.tr("The backup was written to %1.").replace("%1", str(path)),
            ),
            self.tr("Writing the backup…"),
        )

    def export(self, fmt: str) -> None:
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
            lambda: maintenance.check(self.ctx.paths), done, self.tr("Checking the database…")
        )

    def about(self) -> None:
        messages.information(
            self,
            self.tr("About Privacy Desk"),
            self.tr(
                "Privacy Desk %1\nFor the privacy office: requests under the APPI, by mail."
            ).replace("%1", program_version()),
        )

    # -- plumbing --------------------------------------------------------------

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy and not messages.confirm(
            self,
            self.tr("Quit"),
            self.tr("A task is still running. Quit anyway? Nothing half-written will be kept."),
        ):
            event.ignore()
            return
        tasks.wait_for_all(30000)
        event.accept()

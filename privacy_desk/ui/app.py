"""Starting the desktop app: one instance per data folder, errors as plain sentences."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from privacy_desk import crash_report, errors
from privacy_desk import settings as S
from privacy_desk.errors import UserError
from privacy_desk.log import get_logger, log_unexpected
from privacy_desk.paths import DataPaths, resources_dir
from privacy_desk.store.instance_lock import InstanceLock
from privacy_desk.ui.dialogs.login_dialog import LoginDialog
from privacy_desk.ui.preferences import preferences
from privacy_desk.ui.startup_probe import ready_file

if TYPE_CHECKING:
    from privacy_desk.services.context import DeskContext

log = get_logger("ui")
I18N_DIR = resources_dir() / "i18n"
FONTS_DIR = resources_dir() / "fonts"
UI_FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Japanese (or another available language) for our strings and Qt's own."""
    locale = locale or QLocale()
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "privacy_desk", "_", str(I18N_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
        QLocale.setDefault(locale)  # the language shown is the one the screens ask about
    elif locale.language() == QLocale.Language.English:
        QLocale.setDefault(locale)  # the source language: nothing to load, but asked about
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def screen_locale(paths: DataPaths) -> QLocale:
    """The language of the screens: the ``ui.language`` setting, else the system's."""
    try:
        language = S.Settings(paths.settings_file).get(S.UI_LANGUAGE)
    except UserError:  # a damaged settings file: said when the desk opens
        language = "system"
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale()


def install_fonts(app: QApplication) -> str | None:
    """Use the bundled Japanese UI font everywhere; returns its family if loaded.

    Kept at the platform's point size. Without it, Qt falls back to whatever the
    system has, which may lack Japanese glyphs.
    """
    family = None
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family is None:
        log.warning("bundled UI font not found; using the system font")
        return None
    font = QFont(app.font())
    font.setFamily(family)
    app.setFont(font)
    return family


def _title() -> str:
    return QCoreApplication.translate("App", "Privacy Desk")


#: The exit status after the user closed the program from the crash dialog.
EXIT_AFTER_CRASH = 70


def install_excepthook(log_file: Path | None = None) -> None:
    """Unexpected errors: logged with their traceback (never their message: it may carry
    data), then the crash dialog, which offers a problem report to save and lets the user
    go on or close the program. A user error (one the program foresaw) is its sentence."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, UserError):
            from privacy_desk.ui import messages

            messages.error(None, _title(), str(error))
            return
        error.__traceback__ = tb
        log_unexpected(log, "unexpected error", error)
        if log_file is None:
            from privacy_desk.ui import messages

            messages.error(
                None,
                _title(),
                QCoreApplication.translate(
                    "App",
                    "Something went wrong that Privacy Desk did not expect. Your saved work "
                    "is safe. The details were written to the log file in the data folder; "
                    "please pass it on to whoever looks after Privacy Desk.",
                ),
            )
            return
        from privacy_desk.ui.dialogs.crash_dialog import show_crash_dialog

        # no parent: the window the error came from may be half torn down
        if show_crash_dialog(log_file):
            QApplication.exit(EXIT_AFTER_CRASH)

    sys.excepthook = hook


_fatal_log: list[object] = []  # the open file, kept for the life of the process


def _record_fatal_errors(target: Path) -> None:
    """A crash that takes the process down (in Qt or a scanner driver) leaves where it
    happened (files, lines, functions: no data) in ``target`` for the problem report."""
    import faulthandler

    if faulthandler.is_enabled():  # a developer's -X faulthandler, or the test runner's
        return
    try:
        stream = target.open("a", encoding="utf-8")
    except OSError:
        return  # the log folder is unusable: the program says so elsewhere
    _fatal_log.append(stream)
    faulthandler.enable(file=stream, all_threads=True)


def run_gui(paths: DataPaths, argv: list[str] | None = None) -> int:
    from privacy_desk.ui import messages

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Privacy Desk")
    app.setOrganizationName("PrivacyDesk")
    install_translators(app, screen_locale(paths))
    errors.translate_with(QCoreApplication.translate)  # the core's sentences too
    install_fonts(app)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except UserError as error:
        messages.error(None, _title(), str(error))
        return error.exit_code
    try:
        install_excepthook(paths.log_file)
        _record_fatal_errors(paths.log_file.with_name(crash_report.FATAL_LOG))
        last_user = ""
        while True:  # Log Out (and a restore) come back to the login
            try:
                ctx = _sign_in(paths, last_user)
                if ctx is None:
                    return 0
            except UserError as error:
                messages.error(None, _title(), str(error))
                return error.exit_code
            last_user = ctx.actor
            code, again = _work(app, ctx)
            if not again:
                return code
    finally:
        lock.release()


def _work(app: QApplication, ctx: DeskContext) -> tuple[int, bool]:
    """The main window until it closes; True as well when the user logged out."""
    from privacy_desk.ui import messages
    from privacy_desk.ui.idle_lock import IdleLock
    from privacy_desk.ui.main_window import MainWindow

    preferences.take_from(ctx.settings)
    window = MainWindow(ctx)
    idle = IdleLock(window, ctx, ctx.settings.get(S.LOCK_AFTER_MINUTES))
    logged_out = False

    def log_out() -> None:
        nonlocal logged_out
        logged_out = True
        idle.shutdown()
        window.close_without_asking()

    idle.logoutRequested.connect(log_out)
    window.logoutRequested.connect(log_out)
    window.show()
    for warning in ctx.db.warnings:
        messages.warning(window, _title(), str(warning))
    code = app.exec()
    ctx.db.dispose()
    window.deleteLater()
    return code, logged_out


def _server_has_users(paths: DataPaths) -> bool:
    """An office on a database server keeps its users' keys there (one PC: ``keys.json``)."""
    from privacy_desk import settings as S

    if not (paths.database_url or S.Settings(paths.settings_file).get(S.DATABASE_URL)):
        return False
    from privacy_desk.services import auth

    return auth.is_set_up(paths)


def _sign_in(paths: DataPaths, last_user: str = "") -> DeskContext | None:
    """Log in, or on the first start set the office up; None when the user gives up.

    The login window comes up before the database layer is loaded (it loads while the
    user types): nothing of it is imported here first.
    """
    if paths.is_set_up or _server_has_users(paths):
        login = LoginDialog(paths, last_user=last_user)
        return login.ctx if login.exec() and login.ctx is not None else None
    from privacy_desk.services.maintenance import open_desk

    if ready_file() is not None:
        # The start-up benchmark (ui/startup_probe.py): an office without users opens
        # as on the command line. An office with users never gets here: it logs in.
        return open_desk(paths)
    # A folder used before users existed: make sure its database can be opened
    # (a newer version's, a foreign file) before the set-up encrypts it.
    open_desk(paths).db.dispose()
    from privacy_desk.ui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(paths)
    wizard.exec()
    if wizard.restored is not None:  # the office came from a backup: its users log in
        return _sign_in(paths)
    return wizard.result_setup.ctx if wizard.result_setup is not None else None

"""The start-up benchmark's probe (PRIVACY_DESK_BENCH_READY_FILE): inert without the
variable; with it, the main window reports once the case list shows its first row, an
office without users opens without the set-up, and an office with users still logs in.
No timings are asserted here (bench/startup.py measures them)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from privacy_desk.paths import DataPaths
from privacy_desk.services import demo
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import app as app_module
from privacy_desk.ui import startup_probe
from privacy_desk.ui.dialogs.login_dialog import LoginDialog
from privacy_desk.ui.dialogs.setup_wizard import SetupWizard
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.cases import log_case
from tests.helpers.offices import set_up_office


@pytest.fixture
def ready(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "ready.json"
    monkeypatch.setenv(startup_probe.READY_FILE_ENV, str(target))
    return target


def test_without_the_variable_nothing_watches(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(startup_probe.READY_FILE_ENV, raising=False)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert startup_probe.ready_file() is None
    assert window.startup_probe is None


def test_the_window_reports_once_the_list_shows_its_first_row_then_closes(
    qtbot: QtBot, desk: DeskContext, ready: Path
) -> None:
    reference = log_case(desk, received_on=date(2026, 11, 20))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.startup_probe is not None and not ready.exists()
    window.show()
    qtbot.waitUntil(ready.exists)
    report = json.loads(ready.read_text(encoding="utf-8"))
    assert set(report) == {"ready_at", "peak_rss"}
    assert isinstance(report["ready_at"], float) and report["peak_rss"] > 0
    assert window.case_list.table.model().index(0, 0).data() == reference
    qtbot.waitUntil(lambda: not window.isVisible())  # and the program ends


def test_an_empty_list_is_not_reported_until_it_has_a_row(
    qtbot: QtBot, desk: DeskContext, ready: Path
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.case_list.table.viewport().repaint()  # a paint of the empty list, now
    for _ in range(3):  # and the checks queued after it (one is enough to report)
        QApplication.processEvents()
    assert not ready.exists() and window.isVisible()
    log_case(desk, received_on=date(2026, 11, 20))
    window.case_list.refresh()
    qtbot.waitUntil(ready.exists)


def test_an_office_without_users_opens_without_the_set_up(
    data_paths: DataPaths, ready: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SetupWizard, "exec", lambda self: pytest.fail("the set-up ran"))
    ctx = app_module._sign_in(data_paths)
    assert ctx is not None
    ctx.db.dispose()


def test_an_office_with_users_still_asks_for_the_login(
    data_paths: DataPaths, ready: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_office(data_paths).ctx.db.dispose()
    asked: list[LoginDialog] = []

    def give_up(self: LoginDialog) -> int:
        asked.append(self)
        return 0

    monkeypatch.setattr(LoginDialog, "exec", give_up)
    assert app_module._sign_in(data_paths) is None
    assert asked


def test_peak_memory_is_this_process_s_own() -> None:
    assert startup_probe.peak_rss() > 10 * 2**20  # Python with Qt: tens of MB


LEAN_START = """
import sys
from privacy_desk.cli import run

code = run(["--data-dir", sys.argv[1]])
heavy = ("alembic", "openpyxl", "reportlab", "jinja2", "pypdfium2", "PIL", "cryptography")
print(code, sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
"""


def test_the_program_starts_to_its_filled_list_without_the_heavy_libraries(
    data_paths: DataPaths, ready: Path
) -> None:
    """The real start, in a fresh interpreter: the list filled (the probe reported), and
    neither Alembic, openpyxl, ReportLab, Jinja, pypdfium2, Pillow nor cryptography loaded
    on the way (they load when first needed)."""
    from privacy_desk.services.maintenance import open_desk

    ctx = open_desk(data_paths)  # made and migrated here: the start finds it at HEAD
    demo.add_demo_cases(ctx, 20, seed=1)
    ctx.db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", LEAN_START, str(data_paths.root)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "0 []", done.stderr
    assert ready.exists()


FLOOR_IMPORTS = """
import sys
sys.path.insert(0, sys.argv[1])
import bare_window

probe = bare_window.load_probe()
program = {"privacy_desk", "sqlalchemy"}
print(probe.READY_FILE_ENV, sorted({m.split(".")[0] for m in sys.modules} & program))
"""


def test_the_floor_uses_the_same_probe_and_nothing_of_the_program() -> None:
    """bench/bare_window.py (the bare window the start is measured against) loads the
    probe from its file: by its name it would bring the program's core along."""
    from bench import startup as bench_startup

    done = subprocess.run(
        [sys.executable, "-c", FLOOR_IMPORTS, str(bench_startup.BARE_WINDOW.parent)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.split() == [bench_startup.READY_FILE_ENV, "[]"], done.stderr
    assert bench_startup.READY_FILE_ENV == startup_probe.READY_FILE_ENV

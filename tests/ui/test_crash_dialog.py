"""After an unexpected error: the crash dialog, and its problem report without personal data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from privacy_desk import crash_report
from privacy_desk.ui import messages
from privacy_desk.ui.dialogs.crash_dialog import CrashDialog
from tests.helpers.disks import fill, tmpfs


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    log = tmp_path / "logs" / "privacy-desk.log"
    log.parent.mkdir()
    lines = [
        f"2026-11-25 10:{i % 60:02d}:00 INFO privacy_desk.cases: case 2026-{i:04d} saved"
        for i in range(400)
    ]
    lines.append(
        f"2026-11-25 11:00:00 CRITICAL privacy_desk.app: unexpected error: builtins.KeyError\n"
        f'  File "{Path.home()}/privacy-desk/privacy_desk/ui/main_window.py", line 12, in open'
    )
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return log


def test_the_report_holds_the_versions_and_the_log_tail_and_no_home_folder(
    qtbot: QtBot, log_file: Path
) -> None:
    dialog = CrashDialog(log_file)
    qtbot.addWidget(dialog)
    report = dialog.report
    assert report.startswith("Privacy Desk problem report\n")
    assert "\nprogram: " in report and "\nqt: " in report and "\npyside6: " in report
    assert "case 2026-0399 saved" in report
    assert "case 2026-0050 saved" not in report  # the last lines only
    assert "builtins.KeyError" in report
    assert str(Path.home()) not in report
    assert '"~/privacy-desk/privacy_desk/ui/main_window.py"' in report

    dialog.show()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == report


def test_the_report_is_saved_where_the_user_says(
    qtbot: QtBot, log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / crash_report.suggested_name()
    target.parent.mkdir()
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: target)
    dialog = CrashDialog(log_file)
    qtbot.addWidget(dialog)
    assert dialog.save_report() == target
    assert target.read_text(encoding="utf-8") == dialog.report
    assert str(target) in dialog.status.text()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no partial file


def test_a_full_drive_is_said_and_another_place_can_be_chosen(
    qtbot: QtBot, log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "small-usb", size_kib=64) as drive:
        fill(drive)
        chosen = [drive / "report.txt", tmp_path / "report.txt"]
        monkeypatch.setattr(messages, "choose_save_file", lambda *_args: chosen.pop(0))
        dialog = CrashDialog(log_file)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.save_report() is None
        assert dialog.error.isVisible()
        assert "full" in dialog.error.text()
        assert not (drive / "report.txt").exists()
        assert dialog.save_report() == tmp_path / "report.txt"
        assert not dialog.error.isVisible()


@pytest.mark.parametrize("close", [False, True])
def test_an_unexpected_error_shows_the_dialog_and_the_user_may_close_the_program(
    qtbot: QtBot, log_file: Path, monkeypatch: pytest.MonkeyPatch, close: bool
) -> None:
    from privacy_desk.ui import app

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook(log_file)
    seen: list[CrashDialog] = []

    def answer() -> None:
        shown = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, CrashDialog) and widget.isVisible() and widget not in seen
        ]
        if not shown:  # not on screen yet
            QTimer.singleShot(10, answer)
            return
        seen.append(shown[0])
        (shown[0].close_button if close else shown[0].continue_button).click()

    QTimer.singleShot(0, answer)
    try:
        raise KeyError("試験　花子")
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert len(seen) == 1
    assert "試験" not in seen[0].report
    assert exits == ([app.EXIT_AFTER_CRASH] if close else [])


def test_a_crash_of_the_process_itself_leaves_its_stack_for_the_next_report(
    tmp_path: Path, log_file: Path
) -> None:
    import subprocess

    fatal = log_file.with_name(crash_report.FATAL_LOG)
    code = (
        "import faulthandler, pathlib\n"
        "from privacy_desk.ui.app import _record_fatal_errors\n"
        f"_record_fatal_errors(pathlib.Path({str(fatal)!r}))\n"
        "def open_the_scanner():\n"
        "    faulthandler._sigsegv()\n"
        "open_the_scanner()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode != 0
    written = fatal.read_text(encoding="utf-8")
    assert "Segmentation fault" in written and "open_the_scanner" in written
    report = crash_report.report_text(log_file)
    assert f"last lines of {crash_report.FATAL_LOG}:" in report
    assert "open_the_scanner" in report

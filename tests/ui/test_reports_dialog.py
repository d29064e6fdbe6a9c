"""Reports ▸ Reports and Audit Pack…: a report saved as a PDF, and the audit pack (issue 8)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from privacy_desk.domain.roles import Role
from privacy_desk.services import demo, statistics
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.dialogs.reports_dialog import MONTHLY, OPEN, YEARLY, ReportsDialog
from privacy_desk.ui.main_window import MainWindow
from tests.ui.conftest import Messages


@pytest.fixture
def manager(desk: DeskContext) -> DeskContext:
    demo.add_demo_cases(desk, 150, seed=8)
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_monthly_report_of_last_month_is_offered_and_saved(
    qtbot: QtBot, manager: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    dialog = ReportsDialog(manager)
    qtbot.addWidget(dialog)
    assert (dialog.year.value(), dialog.month.currentData()) == (2026, 10)  # "today" 2026-11-24
    assert dialog.kind() == MONTHLY and dialog.month.isEnabled()
    shown.next_file = tmp_path / "october.pdf"
    assert dialog.save_report() == tmp_path / "october.pdf"
    october = statistics.figures(manager, statistics.month_period(2026, 10))
    text = text_of(tmp_path / "october.pdf")
    assert "2026年10月" in text and str(october.received) in text
    assert "Saved to" in dialog.message.text()

    dialog.set_kind(YEARLY)
    assert not dialog.month.isEnabled() and dialog.year.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.year.setValue(2025)
    shown.next_file = tmp_path / "2025.pdf"
    dialog.save_report()
    assert "2025" in text_of(tmp_path / "2025.pdf")

    dialog.set_kind(OPEN)
    assert not dialog.year.isEnabled()
    shown.next_file = tmp_path / "open.pdf"
    dialog.save_report()
    assert (tmp_path / "open.pdf").read_bytes().startswith(b"%PDF")
    assert shown.shown == []


def test_the_audit_pack_is_written_as_a_zip(
    qtbot: QtBot, manager: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    dialog = ReportsDialog(manager)
    qtbot.addWidget(dialog)
    shown.next_file = tmp_path / "pack.zip"
    dialog.write_pack()
    with zipfile.ZipFile(tmp_path / "pack.zip") as archive:
        assert "pack/1_requests/handling-records.csv" in archive.namelist()
    assert "was written to" in dialog.message.text()
    dialog.pack_from.setText("2026-13-01")
    assert dialog.write_pack() is None
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()


def test_only_managers_see_the_reports(qtbot: QtBot, manager: DeskContext) -> None:
    window = MainWindow(manager)
    qtbot.addWidget(window)
    assert window.reports_action.isVisible()
    assert isinstance(window.reports(), ReportsDialog)
    manager.role = Role.STAFF
    staff_window = MainWindow(manager)
    qtbot.addWidget(staff_window)
    assert not staff_window.reports_action.isVisible()

"""A full disk under the database: the user is told in a sentence and loses nothing typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from privacy_desk.paths import DataPaths
from privacy_desk.services import cases
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from tests.conftest import TODAY
from tests.helpers.cases import log_case
from tests.helpers.disks import fill, removable_drive, tmpfs
from tests.ui.conftest import Messages


@pytest.fixture
def desk_on_a_small_drive(tmp_path: Path) -> Iterator[DeskContext]:
    with tmpfs(tmp_path / "usb", size_kib=8192) as drive:
        ctx = open_desk(DataPaths(drive / "data").prepare(), actor="clerk")
        ctx.today = lambda: TODAY
        try:
            yield ctx
        finally:
            ctx.db.dispose()


def test_a_change_that_meets_a_full_disk_stays_in_the_form_until_it_can_be_saved(
    qtbot: QtBot, desk_on_a_small_drive: DeskContext, shown: Messages
) -> None:
    desk = desk_on_a_small_drive
    reference = log_case(desk)
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    typed = "京都府向日市寺戸町試験9-9 メゾン試験101号"
    page.form.requester_address.setText(typed)
    assert page.has_unsaved_changes()

    drive = desk.paths.root.parent
    fill(drive)
    assert not page.save()
    [said] = shown.texts("error")
    assert "full" in said and "free some space" in said
    assert page.form.requester_address.text() == typed  # nothing typed is lost
    assert page.has_unsaved_changes()
    assert cases.get_case(desk, reference).requester_address != typed

    (drive / "filler").unlink()
    assert page.save()
    assert cases.get_case(desk, reference).requester_address == typed
    assert not page.has_unsaved_changes()


def test_a_change_saved_after_the_drive_was_pulled_out_is_kept_and_the_user_told(
    qtbot: QtBot, tmp_path: Path, shown: Messages
) -> None:
    with removable_drive(tmp_path / "usb") as (drive, pull_out):
        desk = open_desk(DataPaths(drive / "data").prepare(), actor="clerk")
        desk.today = lambda: TODAY
        try:
            reference = log_case(desk)
            page = CaseDetailPage(desk, reference)
            qtbot.addWidget(page)
            typed = "京都府向日市寺戸町試験9-9"
            page.form.requester_address.setText(typed)
            pull_out()
            assert not page.save()
            [said] = shown.texts("error")
            assert "removed" in said and "reconnect the drive" in said
            assert "Traceback" not in said and "OperationalError" not in said
            assert page.form.requester_address.text() == typed
            assert page.has_unsaved_changes()
        finally:
            desk.db.dispose()

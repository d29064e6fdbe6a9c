"""File ▸ Import Earlier Records… (privacy_desk/ui/dialogs/import_dialog.py). Invented people."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from privacy_desk.domain.roles import Role
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui.dialogs.import_dialog import ImportDialog, template_file
from privacy_desk.ui.models.import_models import RefusedModel, ToCreateModel
from tests.ui.conftest import Messages

HEADER = "旧受付番号,受付日,請求者区分,請求内容,氏名,生年月日,状況,完了日"
ROWS = [
    "K-1,R6.5.13,本人,開示、利用停止・消去,試験　一子,S50.1.1,完了,R6.5.31",
    "K-2,２０２６／１１／０２,本人,訂正,試験　二郎,,,",
    "K-3,2026-13-01,本人,開示,試験　三子,,,",
]


def records(tmp_path: Path, rows: list[str] = ROWS) -> Path:
    path = tmp_path / "old.csv"
    path.write_bytes("\r\n".join([HEADER, *rows]).encode("utf-8-sig"))
    return path


def cases(desk: DeskContext) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(Case.id))) or 0


@pytest.fixture
def dialog(qtbot: QtBot, desk: DeskContext) -> ImportDialog:
    desk.role = Role.STAFF
    made = ImportDialog(desk)
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_preview_shows_what_will_be_created_and_what_cannot_be_read(
    dialog: ImportDialog, shown: Messages, desk: DeskContext, tmp_path: Path
) -> None:
    assert not dialog.import_button.isEnabled()
    shown.next_file = records(tmp_path)
    dialog.choose_button.click()
    assert dialog.file_edit.text() == str(shown.next_file)
    assert dialog.tabs.tabText(0) == "To Be Created (2)"
    assert dialog.tabs.tabText(1) == "Cannot Be Read (1)"
    assert dialog.already_label.text() == "Already imported: 0"
    assert dialog.summary_label.text() == "old.csv (UTF-8 (BOM)): 3 rows."
    model = dialog.create_model
    assert [model.text(model.record(r), ToCreateModel.COL_NAME) for r in range(2)] == [
        "試験 一子",
        "試験 二郎",
    ]
    first = model.record(0)
    assert model.text(first, ToCreateModel.COL_RECEIVED) == "2024-05-13"
    assert model.text(first, ToCreateModel.COL_TYPES) == "Disclosure・Erasure"
    assert model.text(first, ToCreateModel.COL_STATUS) == "Closed"
    assert model.text(first, ToCreateModel.COL_CLOSED) == "2024-05-31"
    assert model.text(first, ToCreateModel.COL_OLD_REFERENCE) == "K-1"
    refused = dialog.refused_model
    assert refused.text(refused.record(0), RefusedModel.COL_ROW) == "4"
    assert refused.text(refused.record(0), RefusedModel.COL_REASON) == (
        "The date of receipt (受付日) “2026-13-01” is not a date: Month 13 does not exist."
    )
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 Cases"
    assert cases(desk) == 0  # nothing before the button


def test_importing_creates_the_cases_says_so_and_a_second_time_nothing(
    qtbot: QtBot, dialog: ImportDialog, shown: Messages, desk: DeskContext, tmp_path: Path
) -> None:
    path = records(tmp_path)
    dialog.read_file(path)
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args == [2]
    assert shown.texts("information") == ["Imported 2 cases, 2024-0001 to 2026-0001."]
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert cases(desk) == 2

    again = ImportDialog(desk)
    qtbot.addWidget(again)
    again.read_file(path)
    assert again.tabs.tabText(0) == "To Be Created (0)"
    assert again.already_label.text() == "Already imported: 2"
    assert "Row 2: case 2024-0001" in again.already_label.toolTip()
    assert not again.import_button.isEnabled()
    again.import_button.click()
    assert cases(desk) == 2


def test_a_file_that_cannot_be_read_is_said_and_nothing_can_be_imported(
    dialog: ImportDialog, shown: Messages, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"\x81\x7f,\xff")
    shown.next_file = odd
    dialog.choose_button.click()
    assert dialog.message_label.isVisible()
    assert "neither UTF-8 nor Shift_JIS" in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()
    # every row unreadable: the reasons are shown first
    dialog.read_file(records(tmp_path, ROWS[2:]))
    assert not dialog.message_label.isVisible()
    assert dialog.tabs.currentIndex() == 1 and not dialog.import_button.isEnabled()


def test_cancelling_the_chooser_changes_nothing(
    dialog: ImportDialog, shown: Messages, tmp_path: Path
) -> None:
    dialog.read_file(records(tmp_path))
    shown.next_file = None
    dialog.choose_button.click()
    assert dialog.preview is not None and len(dialog.preview.to_create) == 2


def test_the_template_is_saved_where_the_user_says(
    dialog: ImportDialog, shown: Messages, tmp_path: Path
) -> None:
    shown.next_file = tmp_path / "my template.csv"
    dialog.template_button.click()
    assert shown.next_file.read_bytes() == template_file().read_bytes()
    assert shown.next_file.read_bytes().startswith(b"\xef\xbb\xbf")
    assert dialog.message_label.text().startswith("The template was saved as ")
    dialog.read_file(shown.next_file)  # the template itself imports
    assert dialog.tabs.tabText(0) == "To Be Created (2)"
    assert dialog.tabs.tabText(1) == "Cannot Be Read (0)"


def test_the_preview_models_pass_the_model_tester(
    qtmodeltester: object, dialog: ImportDialog, tmp_path: Path
) -> None:
    dialog.read_file(records(tmp_path))
    qtmodeltester.check(dialog.create_model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.refused_model)  # type: ignore[attr-defined]

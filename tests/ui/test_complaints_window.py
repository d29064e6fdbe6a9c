"""The Complaints and Inquiries window (APPI Art. 40; issue 8): recording one, finding it
however the name was typed, closing it with a response, the filters, the log of one case,
and who may act.

All people are invented.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.roles import Role
from privacy_desk.services import complaints
from privacy_desk.services.complaints import ComplaintData
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.dialogs.complaint_dialog import ComplaintDialog
from privacy_desk.ui.dialogs.complaints_window import ComplaintsWindow
from privacy_desk.ui.models.complaints_model import ComplaintsModel
from privacy_desk.ui.models.ledger_models import DUE_COLOR
from tests.helpers.cases import log_case
from tests.ui.conftest import Messages

CALL = ComplaintData(
    kind=ContactKind.COMPLAINT,
    received_on=date(2026, 11, 20),
    channel=Channel.PHONE,
    subject="返信が遅いとの苦情",
    person_name="苦情　申出子",
    person_contact="075-000-0000",
)


@pytest.fixture
def staff(desk: DeskContext) -> DeskContext:
    desk.role, desk.actor = Role.STAFF, "k.tanaka"
    return desk


def record(ctx: DeskContext, **fields: Any) -> int:
    """A record straight through the service; its number."""
    return complaints.record_complaint(ctx, replace(CALL, **fields)).id


def open_window(qtbot: QtBot, ctx: DeskContext, **kwargs: Any) -> ComplaintsWindow:
    window = ComplaintsWindow(ctx, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, window: ComplaintsWindow, button: QWidget) -> ComplaintDialog:
    click(qtbot, button)
    dialogs = [d for d in window.findChildren(ComplaintDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def listed(window: ComplaintsWindow) -> list[int]:
    return [info.id for info in window.records()]


def rows(window: ComplaintsWindow) -> list[list[str]]:
    model = window.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def search(qtbot: QtBot, window: ComplaintsWindow, text: str) -> None:
    """Type into the search field (setText: keyClicks aborts on Japanese) and wait for the
    search that follows a moment later."""
    with qtbot.waitSignal(window.search_timer.timeout, timeout=2000):
        window.search_edit.setText(text)
        assert window.search_timer.isActive()  # not at once: a short pause first


# -- recording and finding ---------------------------------------------------------------------


def test_a_complaint_recorded_in_the_dialog_is_listed_and_found_by_name_or_subject(
    qtbot: QtBot, staff: DeskContext, shown: Messages
) -> None:
    window = open_window(qtbot, staff)
    assert window.windowTitle() == "Complaints and Inquiries"
    assert not window.isModal()
    assert window.count_label.text() == "No complaints or inquiries yet."
    assert not window.edit_button.isEnabled()

    dialog = open_dialog(qtbot, window, window.record_button)
    assert dialog.windowTitle() == "Record Complaint or Inquiry"
    assert dialog.received_edit.date() == staff.today()  # today unless said otherwise
    assert dialog.handled_by_edit.text() == "k.tanaka"  # the user at the desk
    assert dialog.case_edit.text() == "" and dialog.closed_edit.date() is None
    dialog.set_kind(ContactKind.INQUIRY)
    dialog.set_channel(Channel.MAIL)
    dialog.received_edit.setDate(date(2026, 11, 16))
    dialog.name_edit.setText("ヤマダ　ハナコ")
    dialog.contact_edit.setText("hanako@example.com")
    dialog.subject_edit.setPlainText("ダイレクトメールの停止方法について\n電話がつながらない")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)

    assert dialog.result() == ComplaintDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None and saved.is_open
    assert saved.recorded_by == "k.tanaka"
    assert saved.data.person_contact == "hanako@example.com"
    assert window.message_label.text() == f"No. {saved.id} was recorded."
    assert window.selected_record() == saved
    assert window.count_label.text() == "1 record, 1 open"
    assert rows(window) == [
        [
            str(saved.id),
            "2026-11-16",
            "Inquiry",
            "Mail",
            "ヤマダ　ハナコ",
            "ダイレクトメールの停止方法について 電話がつながらない",  # on one line
            "",
            "Open",
            "k.tanaka",
        ]
    ]
    assert (
        window.details.text("subject") == "ダイレクトメールの停止方法について\n電話がつながらない"
    )
    assert window.details.text("state") == "Open for 8 days"

    other = record(staff, person_name="試験　太郎")
    window.refresh()
    assert listed(window) == [other, saved.id]  # newest first
    search(qtbot, window, "ﾔﾏﾀﾞ")  # half-width katakana for the name in katakana
    assert listed(window) == [saved.id]
    search(qtbot, window, "停止方法")  # a part of the subject
    assert listed(window) == [saved.id]
    search(qtbot, window, "ﾀﾅｶ")
    assert listed(window) == []
    assert window.count_label.text() == "No records match the search."
    assert window.details.text("subject") == ""
    assert shown.shown == []


def test_closing_without_a_response_shows_the_service_sentence_and_keeps_every_value(
    qtbot: QtBot, staff: DeskContext, shown: Messages
) -> None:
    number = record(staff)
    window = open_window(qtbot, staff)
    assert window.selected_record() is not None
    index = window.table.model().index(0, ComplaintsModel.COL_SUBJECT)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [dialog] = [d for d in window.findChildren(ComplaintDialog) if d.isVisible()]
    assert dialog.windowTitle() == f"Complaint or Inquiry No. {number}"
    assert dialog.ok_button.text() == "Save"
    assert dialog.subject_edit.toPlainText() == CALL.subject

    click(qtbot, dialog.close_today_button)
    assert dialog.closed_edit.date() == staff.today()
    assert not dialog.close_today_button.isEnabled()
    dialog.contact_edit.setText("075-111-1111")
    dialog.handled_by_edit.setText("m.sato")
    click(qtbot, dialog.ok_button)

    assert dialog.isVisible()  # still open, nothing saved
    assert dialog.saved is None
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "Write the response before closing it."
    assert dialog.focusWidget() is dialog.response_edit
    assert dialog.closed_edit.date() == staff.today()
    assert dialog.contact_edit.text() == "075-111-1111"
    assert dialog.handled_by_edit.text() == "m.sato"
    assert complaints.complaint(staff, number).is_open

    dialog.received_edit.setText("2026-13-40")  # an unreadable date is said before saving
    click(qtbot, dialog.ok_button)
    assert dialog.message_label.text().startswith("Received on: ")
    assert dialog.focusWidget() is dialog.received_edit
    dialog.received_edit.setDate(CALL.received_on)

    dialog.response_edit.setPlainText("経過を説明し謝罪した")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    stored = complaints.complaint(staff, number)
    assert stored.data.closed_on == staff.today()
    assert stored.data.response == "経過を説明し謝罪した"
    assert stored.data.person_contact == "075-111-1111"
    assert stored.data.handled_by == "m.sato"
    assert window.message_label.text() == f"No. {number} was saved."
    assert rows(window)[0][ComplaintsModel.COL_STATE] == "Closed on 2026-11-24"
    assert window.count_label.text() == "1 record"
    assert window.details.text("response") == "経過を説明し謝罪した"
    assert shown.shown == []


def test_a_case_that_does_not_exist_is_said_in_the_dialog(qtbot: QtBot, staff: DeskContext) -> None:
    window = open_window(qtbot, staff)
    dialog = open_dialog(qtbot, window, window.record_button)
    dialog.name_edit.setText("試験　太郎")
    dialog.case_edit.setText("2026-9999")
    click(qtbot, dialog.ok_button)
    # the service checks the case only once the rest is right
    assert dialog.message_label.text() == "Say what the complaint or inquiry is about."
    assert dialog.focusWidget() is dialog.subject_edit
    dialog.subject_edit.setPlainText("返信が遅い")
    click(qtbot, dialog.ok_button)
    assert dialog.message_label.text() == "There is no case 2026-9999 to link it to."
    assert dialog.focusWidget() is dialog.case_edit
    assert dialog.name_edit.text() == "試験　太郎"
    assert complaints.complaints(staff) == []


# -- the filters -------------------------------------------------------------------------------


def test_the_filters_open_only_kind_and_period(qtbot: QtBot, staff: DeskContext) -> None:
    early = record(staff, received_on=date(2026, 3, 1))
    closed = record(
        staff,
        kind=ContactKind.INQUIRY,
        received_on=date(2026, 9, 1),
        response="案内した",
        closed_on=date(2026, 9, 2),
    )
    late = record(staff, kind=ContactKind.INQUIRY, received_on=date(2026, 11, 1))
    window = open_window(qtbot, staff)
    assert listed(window) == [late, closed, early]
    assert window.count_label.text() == "3 records, 2 open"

    window.open_box.setChecked(True)
    assert listed(window) == [late, early]
    window.set_kind(ContactKind.INQUIRY)
    assert listed(window) == [late]
    window.open_box.setChecked(False)
    assert listed(window) == [late, closed]
    window.set_kind(ContactKind.COMPLAINT)
    assert listed(window) == [early]
    window.set_kind(None)
    window.since_edit.setDate(date(2026, 6, 1))
    assert listed(window) == [late, closed]
    window.until_edit.setDate(date(2026, 10, 1))
    assert listed(window) == [closed]
    window.until_edit.setDate(date(2026, 5, 1))  # before the From date
    assert window.message_label.text() == "The From date is after the To date."
    window.until_edit.setDate(None)
    assert not window.message_label.isVisible()
    assert listed(window) == [late, closed]


def test_open_complaints_older_than_two_weeks_show_in_the_due_colour(
    qtbot: QtBot, staff: DeskContext
) -> None:
    today = staff.today()
    overdue = record(staff, received_on=today - timedelta(days=15))
    in_time = record(staff, received_on=today - timedelta(days=14))
    answered = record(
        staff, received_on=today - timedelta(days=40), response="謝罪した", closed_on=today
    )
    window = open_window(qtbot, staff)
    model = window.model

    def colour(number: int, column: int) -> Any:
        brush = model.index(model.row_of(number), column).data(Qt.ItemDataRole.ForegroundRole)
        return brush.color() if brush is not None else None

    assert colour(overdue, ComplaintsModel.COL_STATE) == DUE_COLOR
    assert colour(overdue, ComplaintsModel.COL_RECEIVED_ON) == DUE_COLOR
    assert colour(in_time, ComplaintsModel.COL_STATE) != DUE_COLOR
    assert colour(answered, ComplaintsModel.COL_RECEIVED_ON) != DUE_COLOR
    assert window.select_record(overdue)
    assert window.details.text("state") == "Open for 15 days"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, staff: DeskContext) -> None:
    record(staff)
    record(staff, kind=ContactKind.INQUIRY, response="案内した", closed_on=staff.today())
    model = ComplaintsModel()
    model.set_complaints(complaints.complaints(staff), staff.today())
    assert model.rowCount() == 2
    qtmodeltester.check(model)


# -- the log of one case -----------------------------------------------------------------------


def test_for_a_case_only_its_records_are_listed_and_new_ones_are_linked_to_it(
    qtbot: QtBot, staff: DeskContext, shown: Messages
) -> None:
    reference = log_case(staff)
    other_case = log_case(staff)
    linked = record(staff, case_reference=reference)
    record(staff, case_reference=other_case)
    record(staff)  # about no case
    window = open_window(qtbot, staff, case_reference=reference)
    assert window.windowTitle() == f"Complaints and inquiries about case {reference}"
    assert listed(window) == [linked]

    dialog = open_dialog(qtbot, window, window.record_button)
    assert dialog.case_edit.text() == reference
    dialog.subject_edit.setPlainText("本人確認書類の返却について")
    click(qtbot, dialog.ok_button)
    assert dialog.saved is not None
    assert dialog.saved.data.case_reference == reference
    assert listed(window) == [dialog.saved.id, linked]
    assert window.count_label.text() == "2 records, 2 open"
    assert shown.shown == []


def test_for_a_case_without_records_the_window_says_so(qtbot: QtBot, staff: DeskContext) -> None:
    reference = log_case(staff)
    record(staff)
    window = open_window(qtbot, staff, case_reference=reference)
    assert listed(window) == []
    assert window.count_label.text() == "No complaints or inquiries about this case."


# -- who may act -------------------------------------------------------------------------------


def test_staff_may_record_and_edit(qtbot: QtBot, staff: DeskContext) -> None:
    record(staff)
    window = open_window(qtbot, staff)
    assert window.record_button.isVisible()
    assert window.edit_button.isVisible() and window.edit_button.isEnabled()
    assert window.edit_complaint() is not None


def test_without_a_role_the_refusal_is_said_and_nothing_can_be_recorded(
    qtbot: QtBot, staff: DeskContext
) -> None:
    record(staff)
    staff.role = None  # as before logins are switched on
    window = open_window(qtbot, staff)
    assert not window.record_button.isVisible()
    assert not window.edit_button.isVisible()
    assert window.record_complaint() is None
    assert window.edit_complaint() is None
    assert window.message_label.text() == "Log in first: this needs a user with a role."
    assert listed(window) == []
    assert window.count_label.text() == ""


def test_the_listed_records_export_to_a_spreadsheet(
    qtbot: QtBot, staff: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    complaints.record_complaint(staff, CALL)
    complaints.record_complaint(
        staff, replace(CALL, kind=ContactKind.INQUIRY, subject="手続の問合せ")
    )
    window = ComplaintsWindow(staff)
    qtbot.addWidget(window)
    shown.next_file = tmp_path / "log.xlsx"
    assert window.export_list() == tmp_path / "log.xlsx"
    sheet = load_workbook(tmp_path / "log.xlsx").active
    assert sheet is not None
    subjects = {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert subjects == {CALL.subject, "手続の問合せ"}

"""Logging a mailed request through the real form: typing, checking, saving, the next one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.services import cases
from privacy_desk.services.case_list import CaseQuery, count_cases
from privacy_desk.services.context import DeskContext
from privacy_desk.store.database import Database, sqlite_url
from privacy_desk.ui import messages
from privacy_desk.ui.dialogs.log_request_dialog import LogRequestDialog
from privacy_desk.ui.widgets.case_form import CaseForm
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.postal_code_edit import PostalCodeEdit
from tests.conftest import TODAY
from tests.helpers.cases import new_case
from tests.ui.conftest import Messages

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# -- helpers -----------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, desk: DeskContext, shown: Messages) -> LogRequestDialog:
    """An open, active dialog; ``shown`` answers its questions (also when closed at the end)."""
    opened = LogRequestDialog(desk)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    return opened


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, shown: Messages) -> list[str]:
    """The questions put to the clerk, answered with ``shown.confirm_answer``."""
    questions: list[str] = []

    def confirm(_parent: QWidget | None, title: str, text: str) -> bool:
        questions.append(f"{title}\n{text}")
        return shown.confirm_answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return questions


def case_count(desk: DeskContext) -> int:
    return count_cases(desk, CaseQuery()).total


def replace_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Select what is in a field and type ASCII over it, as a clerk would."""
    edit.setFocus()
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key on whatever has the cursor (shortcuts act on the active window)."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def leave(qtbot: QtBot, edit: QWidget) -> None:
    """Put the cursor in a field and Tab out of it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def fill_person(
    qtbot: QtBot,
    form: CaseForm,
    *,
    name: str = "試験　花子",
    birth: str = "1980-04-01",
    address: str = "京都府向日市寺戸町試験1-2",
) -> None:
    """The least a letter gives: a name, a date of birth, an address, one request."""
    form.requester_name.setText(name)
    form.requester_kana.setText("シケン　ハナコ")
    qtbot.keyClicks(form.requester_birth_date, birth)
    form.requester_postal_code.setText("６１７０００２")
    form.requester_address.setText(address)
    qtbot.keyClicks(form.requester_phone, "075-000-0000")
    qtbot.keyClick(form.request_checks[RequestType.DISCLOSURE], Qt.Key.Key_Space)
    form.request_data[RequestType.DISCLOSURE].setText("会員登録情報")


def choose_kind(qtbot: QtBot, form: CaseForm, kind: RequesterKind) -> None:
    """Click the round button of a requester kind."""
    button = form.kind_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert form.requester_kind() is kind


def below(message: QWidget, field: QWidget, form: CaseForm) -> bool:
    """The message sits right under the field, starting where it starts."""
    field_bottom_left = field.mapTo(form, QPoint(0, field.height()))
    message_top_left = message.mapTo(form, QPoint(0, 0))
    return (
        0 <= message_top_left.y() - field_bottom_left.y() <= 12
        and abs(message_top_left.x() - field_bottom_left.x()) <= 6
    )


# -- the widgets on their own ------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["2026-11-24", "2026/11/24", "R8.11.24", "r8.11.24", "令和8年11月24日", "２０２６／１１／２４"],
)
def test_a_date_is_read_in_every_usual_form(qtbot: QtBot, typed: str) -> None:
    edit = DateEdit(today=lambda: TODAY)
    qtbot.addWidget(edit)
    hint = edit.hint_label()
    if typed.isascii():
        qtbot.keyClicks(edit, typed)
    else:
        edit.setText(typed)  # the house rule: no keyClicks with Japanese
    assert hint.text() == "令和8年11月24日"  # shown while typing
    with qtbot.waitSignal(edit.dateChanged) as changed:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert changed.args == [date(2026, 11, 24)]
    assert edit.text() == "2026-11-24"
    assert edit.date() == date(2026, 11, 24)
    assert edit.error() is None
    assert hint.text() == "令和8年11月24日"
    assert "令和8年11月24日" in edit.toolTip()


def test_an_impossible_date_keeps_the_text_and_says_why(qtbot: QtBot) -> None:
    edit = DateEdit(allow_empty=False)
    qtbot.addWidget(edit)
    assert edit.error() == "Enter a date."
    qtbot.keyClicks(edit, "2026-13-01")
    with qtbot.assertNotEmitted(edit.dateChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2026-13-01"
    assert edit.date() is None
    assert edit.error() == "Month 13 does not exist."
    assert edit.hint_label().text() == ""
    edit.setText("令和8年2月30日")
    assert edit.error() == "February 30 does not exist; February has at most 29 days."


def test_up_and_down_move_the_date_by_a_day(qtbot: QtBot) -> None:
    edit = DateEdit(today=lambda: TODAY)
    qtbot.addWidget(edit)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == TODAY  # an empty field starts at today
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "2026-11-23"  # yesterday's mail
    edit.setText("R8.12.31")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "2027-01-01"
    assert edit.hint_label().text() == "令和9年1月1日"
    edit.setText("2026-13-01")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "2026-13-01"  # nothing typed is lost


@pytest.mark.parametrize(
    ("typed", "shown_as"),
    [
        ("６１７０００２", "617-0002"),
        ("〒６１７－０００２", "617-0002"),
        ("6170002", "617-0002"),
        ("617 0002", "617-0002"),
        ("61700", "61700"),
        ("617-0002 向日市", "617-0002 向日市"),
    ],
)
def test_a_postal_code_formats_itself(qtbot: QtBot, typed: str, shown_as: str) -> None:
    edit = PostalCodeEdit()
    qtbot.addWidget(edit)
    edit.setText(typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown_as
    assert edit.digits() == "".join(c for c in shown_as if c.isdigit())


# -- logging a request -------------------------------------------------------------


def test_a_typed_request_is_saved_with_every_field(
    qtbot: QtBot, desk: DeskContext, dialog: LogRequestDialog, shown: Messages
) -> None:
    form = dialog.form
    assert form.received_on.text() == "2026-11-24"  # arrival defaults to today
    assert QApplication.focusWidget() is form.received_on
    qtbot.keyClicks(form.postmarked_on, "R8.11.20")
    qtbot.keyClick(form.language, Qt.Key.Key_Down)  # English
    choose_kind(qtbot, form, RequesterKind.APPOINTED_AGENT)
    form.requester_name.setText("試験　花子")
    form.requester_kana.setText("シケン　ハナコ")
    qtbot.keyClicks(form.requester_birth_date, "S55.4.1")
    form.requester_postal_code.setText("６１７０００２")
    form.requester_address.setText("京都府向日市寺戸町試験1-2")
    qtbot.keyClicks(form.requester_phone, "075-000-0000")
    qtbot.keyClicks(form.requester_email, "hanako@example.com")
    form.agent_name.setText("代理　太郎")
    qtbot.keyClicks(form.agent_postal_code, "6008001")
    form.agent_qualification.setText("親族")
    for kind in (RequestType.DISCLOSURE, RequestType.SUSPENSION_OR_ERASURE):
        qtbot.keyClick(form.request_checks[kind], Qt.Key.Key_Space)
    form.request_data[RequestType.DISCLOSURE].setText("会員登録情報")
    form.request_reasons[RequestType.SUSPENSION_OR_ERASURE].setText("退会したため")
    assert form.disclosure_method.isEnabled()
    qtbot.keyClick(form.disclosure_method, Qt.Key.Key_Down)  # paper
    replace_text(qtbot, form.fee_amount, "1000")
    assert not form.money_order_number.isEnabled()
    qtbot.keyClick(form.fee_payment, Qt.Key.Key_Down)  # money order
    assert form.money_order_number.isEnabled()
    qtbot.keyClicks(form.money_order_number, "12-345678")
    qtbot.keyClicks(form.money_order_issued_on, "2026/11/01")
    for kind in (EnclosureKind.REQUEST_FORM, EnclosureKind.IDENTITY_DOCUMENT):
        qtbot.keyClick(form.enclosure_checks[kind], Qt.Key.Key_Space)
    form.enclosure_notes[EnclosureKind.IDENTITY_DOCUMENT].setText("運転免許証")
    qtbot.keyClicks(form.assigned_to, "suzuki")
    qtbot.keyClicks(form.notes, "Envelope was torn.")

    with qtbot.waitSignal(dialog.logged) as logged:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert logged.args == ["2026-0001"]
    assert shown.texts("information") == ["The request was logged as 2026-0001."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = cases.get_case(desk, "2026-0001")
    assert (case.received_on, case.postmarked_on) == (TODAY, date(2026, 11, 20))
    assert case.language == "en"
    assert case.requester_kind is RequesterKind.APPOINTED_AGENT
    assert (case.requester_name, case.requester_kana) == ("試験　花子", "シケン　ハナコ")
    assert case.requester_birth_date == date(1980, 4, 1)
    assert case.requester_postal_code == "6170002"
    assert case.requester_address == "京都府向日市寺戸町試験1-2"
    assert (case.requester_phone, case.requester_email) == ("075-000-0000", "hanako@example.com")
    assert (case.agent_name, case.agent_postal_code) == ("代理　太郎", "6008001")
    assert case.agent_qualification == "親族"
    assert [(r.request_type, r.data_concerned, r.reasons) for r in case.requests] == [
        (RequestType.DISCLOSURE, "会員登録情報", ""),
        (RequestType.SUSPENSION_OR_ERASURE, "", "退会したため"),
    ]
    assert case.disclosure_method is DisclosureMethod.PAPER
    assert (case.fee_amount, case.fee_payment) == (1000, FeePayment.POSTAL_MONEY_ORDER)
    assert (case.money_order_number, case.money_order_issued_on) == ("12-345678", date(2026, 11, 1))
    assert [(e.kind, e.description) for e in case.enclosures] == [
        (EnclosureKind.REQUEST_FORM, ""),
        (EnclosureKind.IDENTITY_DOCUMENT, "運転免許証"),
    ]
    assert (case.assigned_to, case.notes) == ("suzuki", "Envelope was torn.")


def test_dates_typed_in_the_form_are_normalised_on_leaving_the_field(
    qtbot: QtBot, dialog: LogRequestDialog
) -> None:
    form = dialog.form
    form.postmarked_on.setText("令和8年11月20日")
    leave(qtbot, form.postmarked_on)
    assert form.postmarked_on.text() == "2026-11-20"
    assert form.postmarked_on.hint_label().text() == "令和8年11月20日"
    assert QApplication.focusWidget() is form.language
    replace_text(qtbot, form.received_on, "2026-13-01")
    qtbot.keyClick(form.received_on, Qt.Key.Key_Tab)
    assert form.received_on.text() == "2026-13-01"
    assert form.message_for("received_on") == "Month 13 does not exist."


Fault = Callable[[QtBot, CaseForm], None]


def _bad_postal_code(qtbot: QtBot, form: CaseForm) -> None:
    replace_text(qtbot, form.requester_postal_code, "61700")


def _future_birth(qtbot: QtBot, form: CaseForm) -> None:
    replace_text(qtbot, form.requester_birth_date, "2030-01-01")


def _agent_without_name(qtbot: QtBot, form: CaseForm) -> None:
    choose_kind(qtbot, form, RequesterKind.MINOR_AGENT)


def _no_request_type(qtbot: QtBot, form: CaseForm) -> None:
    qtbot.keyClick(form.request_checks[RequestType.DISCLOSURE], Qt.Key.Key_Space)


def _impossible_arrival(qtbot: QtBot, form: CaseForm) -> None:
    replace_text(qtbot, form.received_on, "2026-13-01")


def _no_name(qtbot: QtBot, form: CaseForm) -> None:
    form.requester_name.clear()


def _postmark_after_arrival(qtbot: QtBot, form: CaseForm) -> None:
    replace_text(qtbot, form.received_on, "2026-11-20")
    replace_text(qtbot, form.postmarked_on, "2026-11-21")


def _fee_without_payment(qtbot: QtBot, form: CaseForm) -> None:
    replace_text(qtbot, form.fee_amount, "500")


@pytest.mark.parametrize(
    ("fault", "field", "message"),
    [
        (_bad_postal_code, "requester_postal_code", "A postal code has 7 digits, like 617-0002."),
        (_future_birth, "requester_birth_date", "The date of birth is in the future."),
        (
            _agent_without_name,
            "agent_name",
            "The request comes from an agent: enter the agent's name.",
        ),
        (_no_request_type, "request_types", "Tick at least one request type."),
        (_impossible_arrival, "received_on", "Month 13 does not exist."),
        (_no_name, "requester_name", "Enter the requester's name."),
        (_postmark_after_arrival, "postmarked_on", "The postmark is later than the arrival date."),
        (_fee_without_payment, "fee_payment", "Say how the fee was paid (money order or stamps)."),
    ],
)
def test_a_problem_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    desk: DeskContext,
    dialog: LogRequestDialog,
    shown: Messages,
    fault: Fault,
    field: str,
    message: str,
) -> None:
    form = dialog.form
    fill_person(qtbot, form)
    assert form.problems() == {}
    fault(qtbot, form)
    form.notes.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)

    assert case_count(desk) == 0
    assert shown.shown == []
    assert form.problems() == {field: message}
    label = form.message_label(field)
    assert label.text() == message and label.isVisible()
    assert label.objectName() == "fieldProblem"  # red
    editor = form.editor_for(field)
    framed = form.request_grid if field == "request_types" else editor
    if field == "fee_payment":
        framed = editor.parentWidget()
    assert framed.property("problem") is True  # red border
    assert below(label, framed, form)
    assert QApplication.focusWidget() is editor  # the cursor waits in the bad field
    assert "Nothing was saved" in dialog.status_line.text()
    assert dialog.isVisible()


def test_problems_show_when_the_clerk_leaves_a_field_and_go_when_fixed(
    qtbot: QtBot, dialog: LogRequestDialog
) -> None:
    form = dialog.form
    form.requester_postal_code.setFocus()
    qtbot.keyClicks(form.requester_postal_code, "617")
    assert form.message_for("requester_postal_code") == ""  # not while typing
    assert form.message_for("requester_name") == ""
    qtbot.keyClick(form.requester_postal_code, Qt.Key.Key_Tab)
    assert form.message_for("requester_postal_code") == "A postal code has 7 digits, like 617-0002."
    leave(qtbot, form.requester_name)
    assert form.message_for("requester_name") == ""  # tabbing past a blank is no mistake yet
    form.requester_postal_code.setFocus()  # back with Shift+Tab
    qtbot.keyClicks(form.requester_postal_code, "0002")  # appended after the 617
    assert form.message_for("requester_postal_code") == ""  # gone at once
    assert form.requester_postal_code.property("problem") is False
    qtbot.keyClick(form.requester_postal_code, Qt.Key.Key_Tab)
    assert form.requester_postal_code.text() == "617-0002"


def test_the_agent_section_is_for_agents_only(
    qtbot: QtBot, desk: DeskContext, dialog: LogRequestDialog
) -> None:
    form = dialog.form
    assert not form.agent_box.isEnabled()
    assert not form.agent_name.isEnabled()
    for kind in [*reversed(RequesterKind), RequesterKind.MINOR_AGENT]:
        choose_kind(qtbot, form, kind)
        assert form.agent_name.isEnabled() is kind.is_agent
        assert form.agent_registration_number.isEnabled() is kind.is_agent
    choose_kind(qtbot, form, RequesterKind.PROFESSIONAL_AGENT)
    leave(qtbot, form.requester_email)
    assert QApplication.focusWidget() is form.agent_name
    form.agent_name.setText("弁護　士郎")
    choose_kind(qtbot, form, RequesterKind.PRINCIPAL)
    fill_person(qtbot, form)
    press(qtbot, Qt.Key.Key_S, CTRL)
    case = cases.get_case(desk, "2026-0001")
    assert case.requester_kind is RequesterKind.PRINCIPAL
    assert case.agent_name == ""  # what was typed for an agent no longer writing is dropped


def test_a_possible_duplicate_is_shown_before_saving(
    qtbot: QtBot,
    desk: DeskContext,
    dialog: LogRequestDialog,
    shown: Messages,
    asked: list[str],
) -> None:
    first = cases.log_request(desk, new_case(requester_name="試験　花子"))
    form = dialog.form
    fill_person(qtbot, form, name="試験 花子", address="大阪府大阪市北区試験1-1")
    shown.confirm_answer = False
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert case_count(desk) == 1
    [question] = asked
    assert first.reference in question
    assert "2026-11-09" in question and "Received" in question
    assert form.requester_name.text() == "試験 花子"  # nothing lost
    assert dialog.isVisible()
    assert "duplicate" in dialog.status_line.text()

    shown.confirm_answer = True
    with qtbot.waitSignal(dialog.logged) as logged:
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert len(asked) == 2
    assert logged.args == ["2026-0002"]
    assert case_count(desk) == 2
    assert cases.get_case(desk, "2026-0002").requester_address == "大阪府大阪市北区試験1-1"


def test_the_same_address_is_a_possible_duplicate_too(
    qtbot: QtBot,
    desk: DeskContext,
    dialog: LogRequestDialog,
    shown: Messages,
    asked: list[str],
) -> None:
    first = cases.log_request(desk, new_case(requester_name="別人　一郎"))
    fill_person(qtbot, dialog.form, name="試験 花子", address="京都府向日市寺戸町試験1-2")
    shown.confirm_answer = False
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert len(asked) == 1 and first.reference in asked[0]
    assert case_count(desk) == 1


def test_save_and_log_next_keeps_the_arrival_date_and_clears_the_rest(
    qtbot: QtBot,
    desk: DeskContext,
    dialog: LogRequestDialog,
    shown: Messages,
    asked: list[str],
) -> None:
    form = dialog.form
    replace_text(qtbot, form.received_on, "2026-11-20")  # yesterday's mail
    fill_person(qtbot, form)
    choose_kind(qtbot, form, RequesterKind.MINOR_AGENT)
    form.agent_name.setText("試験　一郎")
    qtbot.keyClick(form.enclosure_checks[EnclosureKind.REQUEST_FORM], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.logged) as logged:
        press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    assert logged.args == ["2026-0001"]
    assert "2026-0001" in dialog.status_line.text()
    assert dialog.isVisible()
    assert shown.shown == []

    assert form.received_on.text() == "2026-11-20"
    assert form.requester_name.text() == form.requester_birth_date.text() == ""
    assert form.requester_postal_code.text() == form.agent_name.text() == ""
    assert form.requester_kind() is RequesterKind.PRINCIPAL
    assert form.request_types() == []
    assert not any(check.isChecked() for check in form.enclosure_checks.values())
    assert all(form.message_for(name) == "" for name in form.problems())  # a fresh form
    assert not form.has_input()
    assert QApplication.focusWidget() is form.received_on

    fill_person(qtbot, form, name="見本　次郎", birth="1990-02-03", address="京都府京都市試験2")
    with qtbot.waitSignal(dialog.logged) as logged:
        press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    assert logged.args == ["2026-0002"]
    assert "2026-0002" in dialog.status_line.text()
    second = cases.get_case(desk, "2026-0002")
    assert second.received_on == date(2026, 11, 20)
    assert second.agent_name == "" and second.enclosures == []
    assert asked == []  # different people: no duplicate question
    qtbot.keyClick(form.received_on, Qt.Key.Key_Escape)  # nothing typed since: no question
    assert not dialog.isVisible()
    assert asked == []


def test_tab_goes_through_the_sections_in_order(qtbot: QtBot, dialog: LogRequestDialog) -> None:
    form = dialog.form

    def tab_from(widget: QWidget) -> QWidget | None:
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    principal = form.kind_buttons[RequesterKind.PRINCIPAL]
    hops = [
        (form.received_on, form.postmarked_on),
        (form.postmarked_on, form.language),
        (form.language, principal),  # one stop for the kinds; arrows choose
        (principal, form.requester_name),
        (form.requester_name, form.requester_kana),
        (form.requester_birth_date, form.requester_postal_code),
        (form.requester_email, form.request_checks[RequestType.PURPOSE_OF_USE]),  # no agent
        (form.request_checks[RequestType.SUSPENSION_OF_PROVISION], form.fee_amount),
        (form.fee_amount, form.fee_payment),
        (form.fee_payment, form.enclosure_checks[EnclosureKind.REQUEST_FORM]),
        (form.enclosure_checks[EnclosureKind.OTHER], form.assigned_to),
        (form.assigned_to, form.notes),
        (form.notes, dialog.save_next_button),
    ]
    for start, expected in hops:
        assert tab_from(start) is expected, (start, expected)

    qtbot.keyClick(form.request_checks[RequestType.DISCLOSURE], Qt.Key.Key_Space)
    assert (
        tab_from(form.request_checks[RequestType.DISCLOSURE])
        is (form.request_data[RequestType.DISCLOSURE])
    )
    assert (
        tab_from(form.request_data[RequestType.DISCLOSURE])
        is (form.request_reasons[RequestType.DISCLOSURE])
    )
    assert tab_from(form.request_checks[RequestType.SUSPENSION_OF_PROVISION]) is (
        form.disclosure_method
    )
    principal.setFocus()
    qtbot.keyClick(principal, Qt.Key.Key_Right)
    assert form.requester_kind() is not RequesterKind.PRINCIPAL
    assert tab_from(form.requester_email) is form.agent_name


def test_ctrl_s_and_ctrl_return_save(
    qtbot: QtBot, desk: DeskContext, dialog: LogRequestDialog, shown: Messages
) -> None:
    fill_person(qtbot, dialog.form)
    dialog.form.requester_phone.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert shown.texts("information") == ["The request was logged as 2026-0001."]
    assert not dialog.isVisible()

    again = LogRequestDialog(desk)
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    fill_person(qtbot, again.form, name="見本　次郎", birth="1990-02-03", address="")
    again.form.notes.setFocus()
    qtbot.keyClicks(again.form.notes, "ok")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # even from the notes box
    assert case_count(desk) == 2
    assert cases.get_case(desk, "2026-0002").notes == "ok"


def test_enter_in_a_field_does_not_save(
    qtbot: QtBot, desk: DeskContext, dialog: LogRequestDialog
) -> None:
    fill_person(qtbot, dialog.form)
    qtbot.keyClick(dialog.form.requester_address, Qt.Key.Key_Return)
    assert case_count(desk) == 0
    assert dialog.isVisible()


def wheel(widget: QWidget) -> None:
    """One notch of the mouse wheel over a widget."""
    where = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        where,
        widget.mapToGlobal(where),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_does_not_change_a_field_it_passes_over(
    qtbot: QtBot, dialog: LogRequestDialog
) -> None:
    form = dialog.form
    form.requester_name.setFocus()
    wheel(form.fee_amount)
    wheel(form.fee_payment)
    assert form.fee_amount.value() == 0
    assert form.fee_payment.currentIndex() == 0
    form.fee_amount.setFocus()
    wheel(form.fee_amount)
    assert form.fee_amount.value() == 100  # a field with the cursor does take the wheel


def test_a_warning_is_amber_and_does_not_stop_saving(
    qtbot: QtBot, desk: DeskContext, dialog: LogRequestDialog, shown: Messages
) -> None:
    form = dialog.form
    fill_person(qtbot, form)
    qtbot.keyClick(form.request_checks[RequestType.DISCLOSURE], Qt.Key.Key_Space)
    qtbot.keyClick(form.request_checks[RequestType.CORRECTION], Qt.Key.Key_Space)
    replace_text(qtbot, form.fee_amount, "500")
    qtbot.keyClick(form.fee_payment, Qt.Key.Key_Down)
    qtbot.keyClick(form.fee_payment, Qt.Key.Key_Down)  # stamps
    assert form.message_for("fee_amount").startswith("No fee is due for these request types")
    assert form.message_label("fee_amount").objectName() == "fieldWarning"
    assert form.fee_amount.property("problem") is not True
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert shown.texts("information") == ["The request was logged as 2026-0001."]
    assert cases.get_case(desk, "2026-0001").fee_payment is FeePayment.STAMPS


def test_an_expired_money_order_is_pointed_out(qtbot: QtBot, dialog: LogRequestDialog) -> None:
    form = dialog.form
    qtbot.keyClick(form.fee_payment, Qt.Key.Key_Down)
    qtbot.keyClicks(form.money_order_issued_on, "R8.5.1")
    qtbot.keyClick(form.money_order_issued_on, Qt.Key.Key_Tab)
    assert form.message_for("money_order_issued_on") == (
        "This money order expired on 2026-11-01（令和8年11月1日）, before the letter arrived; "
        "it cannot be cashed."
    )
    replace_text(qtbot, form.money_order_issued_on, "2026-06-01")
    qtbot.keyClick(form.money_order_issued_on, Qt.Key.Key_Tab)
    assert form.message_for("money_order_issued_on") == ""


def test_a_service_error_is_shown_and_the_form_kept(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    impatient = Database(sqlite_url(desk.paths.database), busy_timeout_ms=50)
    dialog = LogRequestDialog(replace(desk, db=impatient))
    qtbot.addWidget(dialog)
    fill_person(qtbot, dialog.form)
    try:
        with desk.db.write():  # another program holds the database
            assert not dialog.save()
        assert shown.texts("error") == [
            "The database is busy with another program; try again in a moment."
        ]
        assert dialog.form.requester_name.text() == "試験　花子"
        assert dialog.save()
    finally:
        impatient.dispose()
    assert case_count(desk) == 1


def test_cancel_asks_only_when_something_was_typed(
    qtbot: QtBot, dialog: LogRequestDialog, shown: Messages, asked: list[str]
) -> None:
    qtbot.keyClicks(dialog.form.requester_phone, "075")
    shown.confirm_answer = False
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Discard" in asked[0]
    assert dialog.isVisible()
    assert dialog.form.requester_phone.text() == "075"

    dialog.form.requester_phone.clear()
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert len(asked) == 1  # back to an empty form: nothing to lose
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


# -- editing a stored case ---------------------------------------------------------


def test_the_form_edits_a_stored_case(qtbot: QtBot, desk: DeskContext) -> None:
    stored = cases.log_request(
        desk,
        new_case(
            requester_kind=RequesterKind.APPOINTED_AGENT,
            agent_name="代理　太郎",
            agent_postal_code="600-8001",
            notes="初回",
        ),
    )
    form = CaseForm(desk)
    qtbot.addWidget(form)
    form.set_case(cases.get_case(desk, stored.reference))
    assert form.is_editing()
    assert form.received_on.text() == "2026-11-09"
    assert form.requester_name.text() == "試験　花子"
    assert form.requester_postal_code.text() == "617-0002"
    assert form.agent_postal_code.text() == "600-8001"
    assert form.requester_kind() is RequesterKind.APPOINTED_AGENT
    assert form.fee_payment.currentData() == FeePayment.POSTAL_MONEY_ORDER.value
    assert form.money_order_issued_on.text() == "2026-11-01"
    assert form.request_checks[RequestType.DISCLOSURE].isChecked()
    assert not form.request_checks[RequestType.DISCLOSURE].isEnabled()  # requests stay as logged
    assert not form.request_data[RequestType.DISCLOSURE].isReadOnly()  # texts can be corrected
    assert form.enclosure_notes[EnclosureKind.IDENTITY_DOCUMENT].text() == "運転免許証"
    assert form.enclosure_notes[EnclosureKind.IDENTITY_DOCUMENT].isReadOnly()  # received
    assert form.changes() == {}
    assert not form.has_input()

    with qtbot.waitSignal(form.edited):
        qtbot.keyClicks(form.requester_phone, "9")
    form.requester_postal_code.setText("６１７０８３３")
    assert form.changes() == {
        "requester_phone": "075-000-00009",
        "requester_postal_code": "6170833",
    }
    cases.update_case(desk, stored.reference, form.changes())
    assert cases.get_case(desk, stored.reference).requester_postal_code == "6170833"

    form.clear_for_next(keep_arrival=False)
    assert not form.is_editing()
    assert form.request_checks[RequestType.DISCLOSURE].isEnabled()
    assert form.received_on.date() == TODAY


def test_the_form_can_stand_in_one_column(qtbot: QtBot, desk: DeskContext) -> None:
    form = CaseForm(desk)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.right_panel.x() > form.left_panel.x()
    form.set_columns(1)
    qtbot.waitUntil(lambda: form.right_panel.y() > form.left_panel.y())
    assert form.right_panel.x() == form.left_panel.x()
    form.set_columns(2)
    qtbot.waitUntil(lambda: form.right_panel.x() > form.left_panel.x())

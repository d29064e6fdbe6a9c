"""The parts of the case detail screen, driven like a clerk would: status buttons,
decisions, the extension dialog, the history table and the assignment box."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.requests import DisclosureMethod, RequestType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.cases import (
    EDITABLE_FIELDS,
    RequestInput,
    extend_target,
    get_case,
    log_request,
    move_status,
    update_case,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.decisions import record_decision
from privacy_desk.services.history import case_history
from privacy_desk.store.models import Case
from privacy_desk.ui.dialogs.extend_dialog import ExtendTargetDialog
from privacy_desk.ui.models.history_model import HistoryModel, field_label
from privacy_desk.ui.widgets.assign_box import AssignBox
from privacy_desk.ui.widgets.decisions_panel import DecisionsPanel
from privacy_desk.ui.widgets.status_actions import StatusActions
from tests.conftest import TODAY
from tests.helpers.cases import new_case
from tests.helpers.documents import add_licence, verify_identity
from tests.ui.conftest import Messages

S = CaseStatus


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def status_actions(qtbot: QtBot, desk: DeskContext, case: Case) -> StatusActions:
    actions = StatusActions(desk)
    qtbot.addWidget(actions)
    actions.set_case(case)
    actions.show()
    qtbot.waitExposed(actions)
    return actions


def status_of(desk: DeskContext, reference: str) -> CaseStatus:
    return get_case(desk, reference).status


# -- status moves -------------------------------------------------------------------


def test_a_case_goes_through_its_whole_life_by_the_status_buttons(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    case = log_request(desk, new_case())
    ref = case.reference
    actions = status_actions(qtbot, desk, case)
    moved: list[str] = []
    actions.changed.connect(moved.append)
    buttons = actions.buttons

    def press(key: str, expect: CaseStatus) -> None:
        click(qtbot, buttons[key])
        assert status_of(desk, ref) is expect
        assert actions.case is not None and actions.case.status is expect

    assert actions.visible_actions() == ["request_documents", "verify", "withdraw", "reject"]
    assert actions.move_date() == TODAY

    # Asking for documents: the reason is required, and Cancel moves nothing.
    click(qtbot, buttons["request_documents"])
    dialog = actions.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    click(qtbot, dialog.button_box.button(dialog.button_box.StandardButton.Cancel))
    assert actions.reason_dialog is None
    assert status_of(desk, ref) is S.RECEIVED
    assert moved == []

    # ...dated the day after arrival, with what is missing.
    actions.date_edit.clear()
    qtbot.keyClicks(actions.date_edit, "R8.11.10")  # typed the Japanese way
    click(qtbot, buttons["request_documents"])
    dialog = actions.reason_dialog
    assert dialog is not None
    dialog.reason_edit.setText("住民票の写し（発行後3か月以内）")
    click(qtbot, dialog.ok_button)
    stored = get_case(desk, ref)
    assert stored.status is S.AWAITING_DOCUMENTS
    assert [(p.started_on, p.reason) for p in stored.pauses] == [
        (date(2026, 11, 10), "住民票の写し（発行後3か月以内）")
    ]
    assert actions.reason_dialog is None
    assert moved == [ref]
    assert actions.move_date() == TODAY  # each move starts again from today
    assert actions.visible_actions() == [
        "documents_arrived",
        "verify",
        "start_work",
        "withdraw",
        "reject",
    ]

    press("documents_arrived", S.RECEIVED)
    assert get_case(desk, ref).pauses[0].ended_on == TODAY
    assert actions.visible_actions() == ["request_documents", "verify", "withdraw", "reject"]

    click(qtbot, buttons["request_documents"])
    assert actions.reason_dialog is not None
    actions.reason_dialog.reason_edit.setText("委任状")
    click(qtbot, actions.reason_dialog.ok_button)
    assert status_of(desk, ref) is S.AWAITING_DOCUMENTS

    add_licence(desk, ref)  # the documents panel's work, done through the service here
    actions.set_case(get_case(desk, ref))  # and the page shows the case with it
    press("verify", S.VERIFIED)
    assert actions.visible_actions() == ["request_documents", "start_work", "withdraw"]

    press("start_work", S.IN_PROGRESS)
    assert actions.visible_actions() == ["request_documents", "record_decision", "withdraw"]

    # Not yet: the disclosure has no outcome. The service's sentence is shown.
    click(qtbot, buttons["record_decision"])
    assert shown.texts("error") == ["Record a decision for every request type first: Disclosure."]
    assert status_of(desk, ref) is S.IN_PROGRESS
    assert actions.visible_actions() == ["request_documents", "record_decision", "withdraw"]

    record_decision(desk, ref, 0, Outcome.DONE)  # the decisions panel's work
    actions.set_case(get_case(desk, ref))
    press("record_decision", S.DECIDED)
    assert actions.visible_actions() == ["reopen", "mark_replied", "withdraw"]

    press("reopen", S.IN_PROGRESS)
    assert actions.visible_actions() == ["request_documents", "record_decision", "withdraw"]
    press("record_decision", S.DECIDED)
    press("mark_replied", S.REPLIED)
    assert actions.visible_actions() == ["close"]
    assert actions.final_label.isHidden()

    press("close", S.CLOSED)
    assert get_case(desk, ref).closed_on == TODAY
    assert actions.visible_actions() == []
    assert actions.final_label.isVisible()
    assert not actions.date_edit.isVisible()

    statuses = [e.new_value for e in case_history(desk, ref) if e.action == "case.status"]
    assert statuses == [
        "awaiting_documents",
        "received",
        "awaiting_documents",
        "verified",
        "in_progress",
        "decided",
        "in_progress",
        "decided",
        "replied",
        "closed",
    ]
    assert len(moved) == len(statuses)
    assert len(shown.texts("error")) == 1


def test_withdrawing_and_rejecting_ask_first(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    first = log_request(desk, new_case())
    actions = status_actions(qtbot, desk, first)
    moved: list[str] = []
    actions.changed.connect(moved.append)

    shown.confirm_answer = False
    click(qtbot, actions.buttons["withdraw"])
    assert status_of(desk, first.reference) is S.RECEIVED
    assert moved == []

    shown.confirm_answer = True
    click(qtbot, actions.buttons["withdraw"])
    assert status_of(desk, first.reference) is S.WITHDRAWN
    assert actions.visible_actions() == []
    assert moved == [first.reference]

    second = move_status(
        desk, log_request(desk, new_case()).reference, S.AWAITING_DOCUMENTS, reason="委任状"
    )
    actions.set_case(second)
    assert "reject" in actions.visible_actions()
    click(qtbot, actions.buttons["reject"])
    stored = get_case(desk, second.reference)
    assert stored.status is S.REJECTED_INCOMPLETE
    assert stored.closed_on == TODAY
    assert stored.pauses[0].ended_on == TODAY
    assert shown.texts("error") == []


def test_the_date_of_a_move_must_be_readable_and_between_arrival_and_today(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    case = log_request(desk, new_case())
    actions = status_actions(qtbot, desk, case)
    moved: list[str] = []
    actions.changed.connect(moved.append)

    actions.date_edit.setDate(date(2026, 11, 1))  # before the letter arrived
    click(qtbot, actions.buttons["verify"])
    assert shown.texts("error") == [
        "The date of a status change must lie between arrival and today."
    ]
    actions.date_edit.setDate(date(2026, 11, 25))  # tomorrow
    click(qtbot, actions.buttons["verify"])
    assert len(shown.texts("error")) == 2

    actions.date_edit.setText("11月31日")
    click(qtbot, actions.buttons["request_documents"])
    assert actions.reason_dialog is None  # no question before the date can be read
    assert len(shown.texts("error")) == 3
    assert shown.texts("error")[-1] == actions.date_edit.error()
    assert status_of(desk, case.reference) is S.RECEIVED
    assert moved == []


# -- decisions ------------------------------------------------------------------


def decisions_panel(qtbot: QtBot, desk: DeskContext, case: Case) -> DecisionsPanel:
    panel = DecisionsPanel(desk)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_refusal_needs_its_ground_and_its_explanation(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    case = log_request(
        desk,
        new_case(
            requests=[
                RequestInput(RequestType.DISCLOSURE, "会員登録情報と購入履歴", "内容の確認のため"),
                RequestInput(RequestType.CORRECTION, "登録住所", "転居したため"),
            ]
        ),
    )
    ref = case.reference
    panel = decisions_panel(qtbot, desk, case)
    saved: list[str] = []
    panel.changed.connect(saved.append)
    disclosure, correction = panel.rows
    assert disclosure.title() == "Disclosure"
    assert disclosure.asked_label.text() == "会員登録情報と購入履歴"
    assert disclosure.asked_label.toolTip() == "会員登録情報と購入履歴"
    assert disclosure.reasons_label.text() == "内容の確認のため"
    assert disclosure.decided_label.text() == "Not decided yet."
    assert not disclosure.save_button.isEnabled()  # undecided
    assert not disclosure.ground_combo.isEnabled()
    assert not disclosure.explanation_edit.isEnabled()

    # A refused correction takes an explanation but no statutory ground.
    correction.outcome_combo.setCurrentIndex(correction.outcome_combo.findData(Outcome.REFUSED))
    assert correction.explanation_edit.isEnabled()
    assert not correction.ground_combo.isEnabled()

    disclosure.outcome_combo.setCurrentIndex(disclosure.outcome_combo.findData(Outcome.REFUSED))
    assert disclosure.ground_combo.isEnabled()
    assert disclosure.explanation_edit.isEnabled()
    click(qtbot, disclosure.save_button)
    assert disclosure.error_label.isVisible()
    assert disclosure.error_label.text() == (
        "A refusal of disclosure needs its statutory ground (APPI Art. 33(2) items 1–3)."
    )
    assert disclosure.outcome() is Outcome.REFUSED  # what was chosen stays
    assert get_case(desk, ref).requests[0].outcome is None
    assert saved == []

    disclosure.ground_combo.setCurrentIndex(
        disclosure.ground_combo.findData(RefusalGround.HARM_TO_RIGHTS)
    )
    click(qtbot, disclosure.save_button)
    assert disclosure.error_label.text() == (
        "Explain the reasons for the refusal; the letter must carry them (APPI Art. 36)."
    )
    assert disclosure.ground() is RefusalGround.HARM_TO_RIGHTS
    assert get_case(desk, ref).requests[0].outcome is None

    explanation = "第三者の権利利益を害するおそれがあるため、購入履歴の一部を開示できません。"
    disclosure.explanation_edit.setPlainText(explanation)
    click(qtbot, disclosure.save_button)
    assert not disclosure.error_label.isVisible()
    stored = get_case(desk, ref).requests[0]
    assert (stored.outcome, stored.refusal_ground, stored.explanation) == (
        Outcome.REFUSED,
        RefusalGround.HARM_TO_RIGHTS,
        explanation,
    )
    assert (stored.decided_by, stored.decided_on) == ("clerk", TODAY)
    assert disclosure.decided_label.text() == "Decided by clerk on 2026-11-24."
    assert saved == [ref]
    # The other row keeps what was chosen there and has saved nothing.
    assert correction.outcome() is Outcome.REFUSED
    assert get_case(desk, ref).requests[1].outcome is None
    assert shown.shown == []  # sentences under the rows, no message boxes

    # Partly done: the ground stays enabled; "done" drops what no longer belongs.
    disclosure.outcome_combo.setCurrentIndex(disclosure.outcome_combo.findData(Outcome.DONE))
    assert not disclosure.ground_combo.isEnabled()
    click(qtbot, disclosure.save_button)
    stored = get_case(desk, ref).requests[0]
    assert (stored.outcome, stored.refusal_ground, stored.explanation) == (Outcome.DONE, None, "")


def test_decisions_are_read_only_once_the_reply_went_out(qtbot: QtBot, desk: DeskContext) -> None:
    ref = log_request(desk, new_case()).reference
    verify_identity(desk, ref)
    move_status(desk, ref, S.IN_PROGRESS)
    record_decision(desk, ref, 0, Outcome.NO_SUCH_DATA)
    move_status(desk, ref, S.DECIDED)
    panel = decisions_panel(qtbot, desk, get_case(desk, ref))
    (row,) = panel.rows
    assert row.outcome_combo.isEnabled() and row.save_button.isVisible()
    assert not panel.note_label.isVisible()

    panel.set_case(move_status(desk, ref, S.REPLIED))
    (row,) = panel.rows
    assert row.outcome() is Outcome.NO_SUCH_DATA
    assert not row.outcome_combo.isEnabled()
    assert not row.save_button.isVisible()
    assert panel.note_label.isVisible()


# -- extension ------------------------------------------------------------------


def extend_dialog(qtbot: QtBot, desk: DeskContext, case: Case) -> ExtendTargetDialog:
    dialog = ExtendTargetDialog(desk, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_extension_dialog_wants_a_later_date_and_a_reason(
    qtbot: QtBot, desk: DeskContext
) -> None:
    case = log_request(desk, new_case())
    target = case.target_on
    dialog = extend_dialog(qtbot, desk, case)
    assert dialog.current_label.text().startswith(target.isoformat())
    assert "令和8年" in dialog.current_label.text()
    assert dialog.new_target() == desk.calendar.add_business_days(target, 5)

    legal = case.legal_line_on
    dialog.date_edit.setDate(legal)
    assert not dialog.legal_warning.isVisible()
    dialog.date_edit.setDate(legal + timedelta(days=1))
    assert dialog.legal_warning.isVisible()

    dialog.date_edit.setDate(target - timedelta(days=1))
    dialog.reason_edit.setPlainText("開示対象の確認に時間を要するため")
    click(qtbot, dialog.ok_button)
    assert dialog.error_label.isVisible()
    assert target.isoformat() in dialog.error_label.text()
    assert dialog.isVisible() and dialog.updated_case is None
    assert get_case(desk, case.reference).extensions == []

    later = target + timedelta(days=7)
    dialog.date_edit.setText("12月32日")
    click(qtbot, dialog.ok_button)
    assert dialog.error_label.text() == dialog.date_edit.error()
    assert get_case(desk, case.reference).extensions == []

    dialog.date_edit.setDate(later)
    assert dialog.new_date_era.text() == format_japanese(later)
    dialog.reason_edit.setPlainText("  ")
    click(qtbot, dialog.ok_button)
    assert dialog.error_label.text() == "Give the reason for the extension."
    assert get_case(desk, case.reference).extensions == []

    dialog.reason_edit.setPlainText("開示対象の確認に時間を要するため")
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.updated_case is not None and dialog.updated_case.target_on == later
    stored = get_case(desk, case.reference)
    assert stored.target_on == later
    assert [(e.previous_target_on, e.new_target_on, e.reason) for e in stored.extensions] == [
        (target, later, "開示対象の確認に時間を要するため")
    ]


def test_the_extension_dialog_shows_the_services_refusal(qtbot: QtBot, desk: DeskContext) -> None:
    ref = log_request(desk, new_case()).reference
    case = move_status(desk, ref, S.WITHDRAWN)
    dialog = extend_dialog(qtbot, desk, case)
    dialog.reason_edit.setPlainText("確認中")
    click(qtbot, dialog.ok_button)
    assert dialog.error_label.text() == f"Case {ref} is 'Withdrawn'; nothing to extend."
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


# -- history --------------------------------------------------------------------


def table(model: HistoryModel) -> list[tuple[Any, ...]]:
    return [
        tuple(model.index(row, column).data() for column in range(2, 5))
        for row in range(model.rowCount())
    ]


def test_the_history_shows_who_changed_what_newest_first(
    qtbot: QtBot, desk: DeskContext, qtmodeltester: Any
) -> None:
    case = log_request(desk, new_case())
    ref = case.reference
    model = HistoryModel(desk)
    model.set_reference(ref)
    qtmodeltester.check(model)
    assert table(model) == [("Request logged", "—", "—")]

    desk.actor = "tanaka"
    update_case(
        desk, ref, {"assigned_to": "佐藤", "disclosure_method": DisclosureMethod.ELECTRONIC_MAIL}
    )
    model.reload()
    assert model.rowCount() == 3
    desk.actor = "clerk"
    move_status(desk, ref, S.AWAITING_DOCUMENTS, on=date(2026, 11, 10), reason="住民票")
    verify_identity(desk, ref)
    record_decision(
        desk, ref, 0, Outcome.REFUSED, ground=RefusalGround.OTHER_LAW, explanation="法令による"
    )
    update_case(desk, ref, {"postmarked_on": None, "fee_amount": 500})
    target = get_case(desk, ref).target_on
    later = target + timedelta(days=10)
    extend_target(desk, ref, later, "確認に時間を要するため")

    model.set_reference(ref)
    qtmodeltester.check(model)
    # The day a move took effect is said when it differs from the day it was recorded.
    verified_on = model.index(4, HistoryModel.COL_WHEN).data()[:10]  # the same day either way
    verified_what = (
        "Status changed" if verified_on == "2026-11-24" else "Status changed, effective 2026-11-24"
    )
    # The day a move took effect is said when it differs from the day it was recorded.
    verified_on = model.index(4, HistoryModel.COL_WHEN).data()[:10]  # the same day either way
    verified_what = (
        "Status changed" if verified_on == "2026-11-24" else "Status changed, effective 2026-11-24"
    )
    assert table(model) == [
        (
            "Target date extended (reason: 確認に時間を要するため)",
            target.isoformat(),
            later.isoformat(),
        ),
        ("Changed Fee amount", "¥1,000", "¥500"),
        ("Changed Postmark date", "2026-11-07", "—"),
        (
            "Decided: Disclosure",
            "—",
            "Refused / Art. 33(2)(iii): would violate another law / 法令による",
        ),
        (verified_what, "Awaiting documents", "Identity verified"),
        ("Driver's license: address on the document", "—", "京都府向日市寺戸町試験1-2"),
        ("Driver's license: date of birth on the document", "—", "1980-04-01"),
        ("Driver's license: name on the document", "—", "試験 花子"),
        ("Document added: Driver's license", "—", "1 page(s)"),
        ("Status changed, effective 2026-11-10 (reason: 住民票)", "Received", "Awaiting documents"),
        ("Changed Disclosure method", "Paper copy by mail", "Electronic file by e-mail"),
        ("Changed Assigned to", "—", "佐藤"),
        ("Request logged", "—", "—"),
    ]
    whos = [model.index(row, HistoryModel.COL_WHO).data() for row in range(model.rowCount())]
    assert whos == ["clerk"] * 10 + ["tanaka", "tanaka", "clerk"]

    newest = model.index(0, HistoryModel.COL_WHEN)
    entry = newest.data(HistoryModel.RecordRole)
    assert entry.action == "case.extend"
    assert newest.data(HistoryModel.SortRole) == entry.recorded_at
    local = datetime.fromisoformat(entry.recorded_at).astimezone()
    assert newest.data() == local.strftime("%Y-%m-%d %H:%M")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", newest.data())
    whens = [
        model.index(row, HistoryModel.COL_WHEN).data(HistoryModel.SortRole)
        for row in range(model.rowCount())
    ]
    assert whens == sorted(whens, reverse=True)
    assert model.headerData(HistoryModel.COL_FROM, Qt.Orientation.Horizontal) == "From"

    model.set_reference("")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_every_editable_field_has_a_name_in_the_history() -> None:
    for name in EDITABLE_FIELDS:
        assert field_label(name) != name, name


# -- assignment -----------------------------------------------------------------


def test_assigning_a_colleague(qtbot: QtBot, desk: DeskContext, shown: Messages) -> None:
    log_request(desk, new_case(assigned_to="山田"))
    case = log_request(desk, new_case())
    box = AssignBox(desk)
    qtbot.addWidget(box)
    box.set_case(case)
    box.show()
    qtbot.waitExposed(box)
    assigned: list[str] = []
    box.changed.connect(assigned.append)
    names = [box.combo.itemText(i) for i in range(box.combo.count())]
    assert names == ["clerk", "山田"]
    assert box.name() == ""
    assert not box.assign_button.isEnabled()

    box.combo.setCurrentIndex(names.index("山田"))
    click(qtbot, box.assign_button)
    assert get_case(desk, case.reference).assigned_to == "山田"
    assert assigned == [case.reference]
    assert not box.assign_button.isEnabled()

    box.combo.setEditText("")
    qtbot.keyClicks(box.name_edit, "suzuki")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert get_case(desk, case.reference).assigned_to == "suzuki"
    assert "suzuki" in [box.combo.itemText(i) for i in range(box.combo.count())]
    assert assigned == [case.reference, case.reference]
    history = [e for e in case_history(desk, case.reference) if e.action == "case.change"]
    assert [(e.field, e.old_value, e.new_value) for e in history] == [
        ("assigned_to", "", "山田"),
        ("assigned_to", "山田", "suzuki"),
    ]
    assert shown.shown == []


def test_a_purpose_of_use_notice_states_the_purposes_the_letter_carries(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from privacy_desk.domain.letters import LetterKind
    from privacy_desk.services import letters

    case = log_request(
        desk, new_case(requests=[RequestInput(RequestType.PURPOSE_OF_USE, "会員情報", "")])
    )
    panel = decisions_panel(qtbot, desk, case)
    (row,) = panel.rows
    row.outcome_combo.setCurrentIndex(row.outcome_combo.findData(Outcome.NO_SUCH_DATA))
    assert not row.explanation_edit.isEnabled()
    row.outcome_combo.setCurrentIndex(row.outcome_combo.findData(Outcome.DONE))
    assert row.explanation_edit.isEnabled()
    assert "purposes of use" in row.explanation_edit.placeholderText()
    row.explanation_edit.setPlainText("製品の保守サービスの提供のため")
    row.save_button.click()
    data = letters.letter_data(desk, case.reference, LetterKind.PURPOSE_OF_USE)
    assert [d.explanation for d in data.decisions] == ["製品の保守サービスの提供のため"]

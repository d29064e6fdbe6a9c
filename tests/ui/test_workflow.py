"""A day at the desk, end to end through the main window's real widgets:
log an envelope, find it by kana, open it, move it to the end, with a refusal
refused until it has its reasons, an extension, and the lists kept current."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.case_list import QuickFilter
from privacy_desk.services.cases import get_case
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.documents import add_licence
from tests.ui.conftest import Messages


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_request_from_the_envelope_to_the_closed_case(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # -- the envelope: logged through the form (Ctrl+N opens it)
    window.log_action.trigger()
    dialog = window.log_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    form = dialog.form
    assert form.received_on.date() == date(2026, 11, 24)  # arrival defaults to today
    form.received_on.setText("R8.11.9")
    form.received_on.editingFinished.emit()
    form.requester_name.setText("向日　一郎")
    form.requester_kana.setText("ムコウ　イチロウ")
    form.requester_birth_date.setText("昭和55年4月1日")
    form.requester_postal_code.setText("6170002")
    form.requester_address.setText("京都府向日市寺戸町試験9-9")
    qtbot.keyClick(form.request_checks[RequestType.DISCLOSURE], Qt.Key.Key_Space)
    assert dialog.save()
    reference = dialog.last_reference
    assert reference == "2026-0001"
    dialog.reject()
    qtbot.waitUntil(lambda: window.log_dialog is None)

    # -- found in the list by its reading typed in hiragana, already overdue-free
    page = window.case_list
    page.search.setText("むこう いちろう")
    page.search.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).reference == reference
    assert page.model.counts().by_quick[QuickFilter.OVERDUE] == 0

    # -- opened in its own tab
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.openCase) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [reference]
    detail = window.case_page(reference)
    assert detail is not None and window.tabs.currentWidget() is detail
    actions = detail.actions_bar

    # -- identity checked (a matching licence on file), work started
    add_licence(desk, reference)
    detail.reload()  # as the identity panel has the page do once it added a document
    click(qtbot, actions.buttons["verify"])
    click(qtbot, actions.buttons["start_work"])
    assert get_case(desk, reference).status is CaseStatus.IN_PROGRESS

    # -- more time, with a reason
    from privacy_desk.ui.dialogs.extend_dialog import ExtendTargetDialog

    extend = ExtendTargetDialog(desk, detail.case, detail)
    qtbot.addWidget(extend)
    extend.reason_edit.setPlainText("対象記録が複数部署にわたるため")
    extend.accept()
    assert get_case(desk, reference).target_on > date(2026, 11, 24)

    # -- a refusal without reasons is refused; with them it stands
    detail.reload()
    detail.tabs.setCurrentIndex(2)  # Decisions
    row = detail.decisions.row_for(0)
    row.outcome_combo.setCurrentIndex(row.outcome_combo.findData(Outcome.REFUSED.value))
    click(qtbot, row.save_button)
    assert row.error_label.text()
    assert get_case(desk, reference).requests[0].outcome is None
    row = detail.decisions.row_for(0)
    row.ground_combo.setCurrentIndex(
        row.ground_combo.findData(RefusalGround.BUSINESS_INTERFERENCE.value)
    )
    row.explanation_edit.setPlainText("調査の適正な遂行に著しい支障を及ぼすおそれがあるため")
    click(qtbot, row.save_button)
    assert get_case(desk, reference).requests[0].outcome is Outcome.REFUSED

    # -- the two-person rule: a second manager approves the refusal
    row = detail.decisions.row_for(0)
    assert not row.approval_label.isHidden() and row.approve_button.isHidden()  # not by the clerk
    desk.actor, desk.role = "suzuki", Role.MANAGER
    detail.reload()
    detail.tabs.setCurrentIndex(2)  # Decisions
    approve = detail.decisions.row_for(0).approve_button
    qtbot.waitUntil(approve.isVisible)
    click(qtbot, approve)
    assert get_case(desk, reference).requests[0].approved_by == "suzuki"
    desk.actor, desk.role = "clerk", Role.ADMINISTRATOR
    detail.reload()

    # -- decided, replied, closed: the list follows
    for key in ("record_decision", "mark_replied", "close"):
        click(qtbot, detail.actions_bar.buttons[key])
    case = get_case(desk, reference)
    assert case.status is CaseStatus.CLOSED and case.closed_on == date(2026, 11, 24)
    assert page.model.rowCount() == 0  # "Open cases" no longer shows it
    actions_seen = [
        detail.history_model.entry(r).action for r in range(detail.history_model.rowCount())
    ]
    assert "case.extend" in actions_seen and "case.decide" in actions_seen
    assert shown.texts("error") == []

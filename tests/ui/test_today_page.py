"""The Today page: the day's lists, their counts, and opening a case from them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import cases, demo
from privacy_desk.services.context import DeskContext
from privacy_desk.services.today import today_view
from privacy_desk.ui.models.case_rows_model import CaseRowsModel
from privacy_desk.ui.pages import today_page
from privacy_desk.ui.pages.today_page import MoneyOrderModel, TodayPage
from tests.helpers.cases import log_case


def test_the_day_in_four_lists(qtbot: QtBot, desk: DeskContext) -> None:
    due = log_case(desk, received_on=date(2026, 11, 9))
    late = log_case(desk, received_on=date(2026, 11, 2))
    waiting = log_case(desk, received_on=date(2026, 11, 2))
    cases.move_status(desk, waiting, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 4))
    expiring = log_case(
        desk, received_on=date(2026, 11, 24), money_order_issued_on=date(2026, 6, 10)
    )
    page = TodayPage(desk)
    qtbot.addWidget(page)
    page.show()

    def refs(model: Any) -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert refs(page.due_today_model) == [due]
    assert refs(page.overdue_model) == [late]
    assert refs(page.waiting_model) == [waiting]
    assert refs(page.money_model) == [expiring]
    assert page.money_model.index(0, MoneyOrderModel.COL_EXPIRES).data() == "2026-12-10"
    assert page.overdue.title().startswith("Overdue") and "1" in page.overdue.title()
    assert "14 days" in page.waiting.title()
    assert page.overdue_tile.value.text() == "1" and page.overdue_tile.property("alert")
    assert page.overdue.view.isVisible() and not page.overdue.empty.isVisible()

    with qtbot.waitSignal(page.openCase) as opened:
        page.overdue.view.doubleClicked.emit(page.overdue_model.index(0, 0))
    assert opened.args == [late]
    with qtbot.waitSignal(page.openCase) as opened:
        page.money_orders.view.activated.emit(page.money_model.index(0, 1))
    assert opened.args == [expiring]


def test_the_figures_are_read_when_the_page_is_shown_not_while_it_is_hidden(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[DeskContext] = []
    read = today_page._read_figures

    def counted(ctx: DeskContext) -> Any:
        reads.append(ctx)
        return read(ctx)

    monkeypatch.setattr(today_page, "_read_figures", counted)
    page = TodayPage(desk)  # as the main window makes it, behind the case list
    qtbot.addWidget(page)
    page.refresh()  # a case changed while the page is hidden: nothing is read
    assert reads == [] and page.stale
    page.show()
    assert len(reads) == 1 and not page.stale
    log_case(desk, received_on=date(2026, 11, 2))
    page.refresh()  # shown: read at once
    assert len(reads) == 2 and page.overdue_model.rowCount() == 1
    page.hide()
    page.refresh()
    assert len(reads) == 2 and page.stale


def test_an_empty_day_says_so(qtbot: QtBot, desk: DeskContext) -> None:
    page = TodayPage(desk)
    qtbot.addWidget(page)
    page.show()
    assert not page.due_today.view.isVisible()
    assert page.due_today.empty.text() == "Nothing is due today."


def test_the_today_models_pass_the_model_tester(qtmodeltester: Any, desk: DeskContext) -> None:
    demo.add_demo_cases(desk, 300, seed=3)
    log_case(desk, received_on=date(2026, 11, 24), money_order_issued_on=date(2026, 6, 10))
    view = today_view(desk)
    rows = CaseRowsModel(desk)
    rows.set_rows(view.overdue + view.due_today)
    assert rows.rowCount() == len(view.overdue) + len(view.due_today)
    qtmodeltester.check(rows)
    rows.sort(CaseRowsModel.COL_TARGET, Qt.SortOrder.DescendingOrder)
    targets = [rows.record(r).target_on for r in range(rows.rowCount())]
    assert targets == sorted(targets, reverse=True)
    money = MoneyOrderModel()
    money.set_rows(view.expiring_money_orders, view.as_of)
    assert money.rowCount() == 1
    qtmodeltester.check(money)

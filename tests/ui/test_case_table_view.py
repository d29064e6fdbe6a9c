"""The case list's view paints exactly what a plain QTableView and its delegate paint."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.case_list import QuickFilter, Urgency
from privacy_desk.services.cases import move_status
from privacy_desk.services.context import DeskContext
from privacy_desk.services.demo import add_demo_cases
from privacy_desk.ui.models.case_table_model import CaseTableModel
from privacy_desk.ui.pages.case_list_page import CaseListPage
from privacy_desk.ui.widgets.case_table_view import CaseTableView
from tests.conftest import TODAY
from tests.helpers.cases import log_case

NAMES = ("山田　太郎", "佐藤　花子", "Smith John Alexander Fitzgerald-Montgomery", "田中　一")


@pytest.fixture
def page(qtbot: QtBot, desk: DeskContext) -> CaseListPage:
    """Open cases received over eight weeks up to today: overdue, due soon, on time, and
    some awaiting documents (paused); with closed ones from the demo office."""
    add_demo_cases(desk, 200, seed=5)
    for number in range(48):
        reference = log_case(
            desk,
            received_on=TODAY - timedelta(days=number + 1),
            requester_name=NAMES[number % len(NAMES)],
        )
        if number % 7 == 3:
            move_status(desk, reference, CaseStatus.AWAITING_DOCUMENTS, reason="本人確認書類")
    shown = CaseListPage(desk)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def painted(view: CaseTableView, *, fast: bool) -> QImage:
    view.fast_paint = fast
    return view.viewport().grab().toImage()


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(
        first.pixel(x, y) != second.pixel(x, y)
        for y in range(first.height())
        for x in range(first.width())
    )


def shown_rows(table: CaseTableView) -> range:
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(table.rowAt(0), (bottom if bottom >= 0 else table.model().rowCount() - 1) + 1)


def urgencies_shown(page: CaseListPage) -> set[Urgency]:
    found = set()
    for row in shown_rows(page.table):
        record = page.model.record(row)
        if record is not None:
            found.add(record.urgency)
    return found


def select(page: CaseListPage, row: int) -> None:
    page.table.selectionModel().setCurrentIndex(
        page.model.index(row, CaseTableModel.COL_REQUESTER),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


@pytest.mark.parametrize(
    ("quick", "urgencies"),
    [
        (QuickFilter.ALL, {Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.NONE}),  # the tints end
        (QuickFilter.OVERDUE, {Urgency.OVERDUE}),  # tinted, days left in bold
        (QuickFilter.AWAITING_DOCUMENTS, {Urgency.PAUSED}),  # faded text
    ],
)
def test_rows_paint_as_the_delegate_paints_them(
    qtbot: QtBot, page: CaseListPage, quick: QuickFilter, urgencies: set[Urgency]
) -> None:
    page.quick_buttons[quick].click()
    qtbot.waitUntil(lambda: page.model.query.quick is quick)
    if quick is QuickFilter.ALL:
        page.model.sort(CaseTableModel.COL_TARGET, Qt.SortOrder.AscendingOrder)
        model = page.model
        first_due_soon = next(
            row
            for row in range(model.rowCount())
            if (record := model.record(row)) is not None and record.urgency is Urgency.DUE_SOON
        )
        page.table.scrollTo(
            model.index(first_due_soon, 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )
    assert urgencies <= urgencies_shown(page)
    page.table.setFocus()
    select(page, shown_rows(page.table)[1])
    qtbot.waitUntil(page.table.hasFocus)
    assert differing_pixels(painted(page.table, fast=True), painted(page.table, fast=False)) == 0


def test_a_narrow_scrolled_list_paints_as_the_delegate_paints_it(
    qtbot: QtBot, page: CaseListPage
) -> None:
    page.resize(640, 420)
    page.search.setText("田")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.query.search == "田")
    assert page.model.rowCount() > 10
    page.table.horizontalScrollBar().setValue(page.table.horizontalScrollBar().maximum() // 2)
    page.table.verticalScrollBar().setValue(3)
    select(page, 5)
    fast = painted(page.table, fast=True)
    assert differing_pixels(fast, painted(page.table, fast=False)) == 0
    assert len({fast.pixel(x, 10) for x in range(fast.width())}) > 2  # text, not blank


def test_an_empty_list_paints_nothing_but_its_background(qtbot: QtBot, page: CaseListPage) -> None:
    page.search.setText("no such person anywhere")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert differing_pixels(painted(page.table, fast=True), painted(page.table, fast=False)) == 0


def test_under_another_style_the_style_paints_the_rows(qtbot: QtBot, page: CaseListPage) -> None:
    assert page.table.paints_itself()  # the tests run under Fusion, as the figures do
    windows = QStyleFactory.create("Windows")
    page.table.setStyle(windows)
    assert not page.table.paints_itself()
    page.table.setStyle(QApplication.style())
    page.table.fast_paint = False
    assert not page.table.paints_itself()

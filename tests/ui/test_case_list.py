"""The case list: a lazy, SQL-backed table model and the page that searches and filters it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import case_list
from privacy_desk.services.case_list import (
    OPEN,
    CaseQuery,
    CaseRow,
    Counts,
    QuickFilter,
    SortKey,
    Urgency,
    count_cases,
    fetch_cases,
)
from privacy_desk.services.cases import log_request, move_status, update_case
from privacy_desk.services.context import DeskContext
from privacy_desk.services.demo import add_demo_cases
from privacy_desk.ui import tasks
from privacy_desk.ui.models.case_table_model import CaseTableModel
from privacy_desk.ui.pages.case_list_page import CaseListPage
from tests.helpers.cases import new_case

M = CaseTableModel
EVERY_COLUMN_KEY = {
    M.COL_REFERENCE: SortKey.REFERENCE,
    M.COL_RECEIVED: SortKey.RECEIVED_ON,
    M.COL_REQUESTER: SortKey.REQUESTER,
    M.COL_KIND: SortKey.KIND,
    M.COL_TYPES: SortKey.REQUEST_TYPES,
    M.COL_STATUS: SortKey.STATUS,
    M.COL_ASSIGNEE: SortKey.ASSIGNEE,
    M.COL_TARGET: SortKey.TARGET_ON,
    M.COL_DAYS_LEFT: SortKey.TARGET_ON,
}
OPEN_CASES = CaseQuery(statuses=frozenset(OPEN))


# -- helpers ----------------------------------------------------------------------------


class Calls:
    """Records the calls of a service function; the real function still runs."""

    def __init__(self) -> None:
        self.args: list[tuple[Any, ...]] = []

    def __len__(self) -> int:
        return len(self.args)


def spy(monkeypatch: pytest.MonkeyPatch, name: str) -> Calls:
    calls = Calls()
    real: Callable[..., Any] = getattr(case_list, name)

    def through(*args: Any) -> Any:
        calls.args.append(args)
        return real(*args)

    monkeypatch.setattr(case_list, name, through)
    return calls


def offsets(calls: Calls) -> list[int]:
    return [args[2] for args in calls.args]


def cell(model: CaseTableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def references(model: CaseTableModel) -> list[str]:
    return [cell(model, row, M.COL_REFERENCE) for row in range(model.rowCount())]


def records(model: CaseTableModel) -> list[CaseRow]:
    return [cell(model, row, 0, M.RecordRole) for row in range(model.rowCount())]


def service_references(desk: DeskContext, query: CaseQuery) -> list[str]:
    return [row.reference for row in fetch_cases(desk, query, 0, 100_000)]


def open_page(qtbot: QtBot, desk: DeskContext) -> CaseListPage:
    page = CaseListPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def search_for(qtbot: QtBot, page: CaseListPage, text: str) -> None:
    """Type (ASCII) or paste (Japanese, the house rule) a search, then press Enter."""
    page.search.clear()
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:
        page.search.setText(text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def log(desk: DeskContext, **overrides: Any) -> str:
    return log_request(desk, new_case(**overrides)).reference


@pytest.fixture
def demo300(desk: DeskContext) -> DeskContext:
    add_demo_cases(desk, 300, seed=1)
    return desk


# -- the model ----------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo300: DeskContext) -> None:
    model = CaseTableModel(demo300, OPEN_CASES)
    assert model.rowCount() == count_cases(demo300, OPEN_CASES).total > 0
    qtmodeltester.check(model)
    # The tester keeps watching while the model is sorted, filtered and refreshed.
    model.sort(M.COL_REQUESTER, Qt.SortOrder.AscendingOrder)
    model.set_query(model.query.with_(quick=QuickFilter.OVERDUE))
    model.set_query(CaseQuery())
    model.refresh()
    assert model.rowCount() == 300


def test_the_model_passes_the_model_tester_on_an_empty_database(
    qtmodeltester: Any, desk: DeskContext
) -> None:
    model = CaseTableModel(desk)
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    assert model.counts().by_quick == dict.fromkeys(QuickFilter, 0)
    assert cell(model, 0, 0) is None


def test_rows_are_read_a_page_at_a_time(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_demo_cases(desk, 3000, seed=2)
    fetches = spy(monkeypatch, "fetch_cases")
    model = CaseTableModel(desk)
    assert model.rowCount() == 3000
    assert len(fetches) == 0  # counting reads no rows

    expected = fetch_cases(desk, CaseQuery(), 0, 3000)
    fetches.args.clear()
    size = M.PAGE_SIZE
    last_page = 2999 // size * size
    assert cell(model, 0, M.COL_REFERENCE) == expected[0].reference
    assert cell(model, size - 1, M.COL_REFERENCE) == expected[size - 1].reference
    assert offsets(fetches) == [0]
    assert cell(model, last_page, M.COL_REFERENCE) == expected[last_page].reference
    assert cell(model, 2999, M.COL_REFERENCE) == expected[2999].reference
    assert offsets(fetches) == [0, last_page]  # nothing read in between
    assert {args[3] for args in fetches.args} == {M.PAGE_SIZE}

    # A few pages stay in memory, least recently used go first.
    for row in range(0, 3000, M.PAGE_SIZE):
        cell(model, row, 0)
    assert len(model.cached_pages()) == M.MAX_PAGES
    fetches.args.clear()
    cell(model, 0, 0)
    assert offsets(fetches) == [0]


def test_a_view_reads_only_the_rows_it_shows(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_demo_cases(desk, 3000, seed=2)
    fetches = spy(monkeypatch, "fetch_cases")
    page = CaseListPage(desk)
    qtbot.addWidget(page)
    page.status_combo.setCurrentIndex(1)  # all statuses
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 3000
    qtbot.waitUntil(lambda: 0 in offsets(fetches))
    assert set(offsets(fetches)) == {0}

    def page_of(row: int) -> int:
        return row // M.PAGE_SIZE * M.PAGE_SIZE

    page.table.scrollTo(page.model.index(2900, 0))
    qtbot.waitUntil(lambda: page_of(2900) in offsets(fetches))
    table = page.table
    bottom = table.rowAt(table.viewport().height() - 1)
    shown = range(table.rowAt(0), (bottom if bottom >= 0 else 2999) + 1)
    assert 2900 in shown
    assert set(offsets(fetches)) == {0} | {page_of(row) for row in shown}


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_every_column_gives_the_service_order(
    demo300: DeskContext, order: Qt.SortOrder
) -> None:
    model = CaseTableModel(demo300, CaseQuery())
    descending = order == Qt.SortOrder.DescendingOrder
    for column, key in EVERY_COLUMN_KEY.items():
        model.sort(column, order)
        assert model.query.sort is key and model.query.descending is descending
        expected = service_references(demo300, CaseQuery(sort=key, descending=descending))
        assert references(model) == expected, key
        if column in (M.COL_RECEIVED, M.COL_TARGET, M.COL_DAYS_LEFT, M.COL_STATUS):
            keys = [cell(model, row, column, M.SortRole) for row in range(model.rowCount())]
            assert keys == sorted(keys, reverse=descending), key


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, demo300: DeskContext) -> None:
    page = open_page(qtbot, demo300)
    assert page.model.query.sort is SortKey.RECEIVED_ON and page.model.query.descending
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(M.COL_DAYS_LEFT) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query.sort is SortKey.TARGET_ON
    query = page.model.query
    assert references(page.model) == service_references(demo300, query)
    targets = [row.target_on for row in records(page.model)]
    assert targets == sorted(targets, reverse=query.descending)


def test_the_display_of_a_row(desk: DeskContext) -> None:
    reference = log(
        desk,
        received_on=date(2026, 11, 24),
        postmarked_on=date(2026, 11, 21),
        requests=[
            new_case().requests[0],
            type(new_case().requests[0])(RequestType.SUSPENSION_OR_ERASURE, "会員情報", "退会"),
        ],
        assigned_to="yamada",
    )
    model = CaseTableModel(desk)
    [row] = records(model)
    assert row.reference == reference
    assert cell(model, 0, M.COL_RECEIVED) == "2026-11-24"
    assert cell(model, 0, M.COL_REQUESTER) == "試験　花子"
    assert cell(model, 0, M.COL_REQUESTER, Qt.ItemDataRole.ToolTipRole) == "シケン　ハナコ"
    assert cell(model, 0, M.COL_KIND) == "Principal"
    assert cell(model, 0, M.COL_TYPES) == "Disclosure・Erasure"
    assert cell(model, 0, M.COL_STATUS) == "Received"
    assert cell(model, 0, M.COL_ASSIGNEE) == "yamada"
    assert cell(model, 0, M.COL_TARGET) == row.target_on.isoformat()
    assert cell(model, 0, M.COL_DAYS_LEFT) == str(row.days_left)
    assert row.days_left is not None and row.days_left > 3
    assert cell(model, 0, M.COL_DAYS_LEFT, Qt.ItemDataRole.BackgroundRole) is None
    right = cell(model, 0, M.COL_DAYS_LEFT, Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight.value
    left = cell(model, 0, M.COL_REQUESTER, Qt.ItemDataRole.TextAlignmentRole)
    assert not left & Qt.AlignmentFlag.AlignRight.value
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[M.COL_REFERENCE] == "Reference" and headers[M.COL_DAYS_LEFT] == "Days left"


def test_overdue_rows_are_red_due_soon_amber_paused_grey(desk: DeskContext) -> None:
    overdue = log(desk, received_on=date(2026, 10, 1), postmarked_on=date(2026, 9, 30))
    soon = log(desk, received_on=date(2026, 11, 11), postmarked_on=date(2026, 11, 10))
    fresh = log(desk, received_on=date(2026, 11, 24), postmarked_on=date(2026, 11, 21))
    paused = log(desk, received_on=date(2026, 10, 2), postmarked_on=date(2026, 10, 1))
    move_status(desk, paused, CaseStatus.AWAITING_DOCUMENTS, reason="本人確認書類")
    model = CaseTableModel(desk)
    rows = {row.reference: index for index, row in enumerate(records(model))}
    assert set(rows) == {overdue, soon, fresh, paused}

    def background(reference: str) -> QColor | None:
        return cell(model, rows[reference], M.COL_REQUESTER, Qt.ItemDataRole.BackgroundRole)

    assert cell(model, rows[overdue], 0, M.UrgencyRole) is Urgency.OVERDUE
    red = background(overdue)
    assert red is not None and red.alpha() > 0
    assert red.red() > red.green() + 100 and red.red() > red.blue() + 100
    days = cell(model, rows[overdue], M.COL_DAYS_LEFT)
    assert days.startswith("−") and int(days[1:]) > 0

    assert cell(model, rows[soon], 0, M.UrgencyRole) is Urgency.DUE_SOON
    amber = background(soon)
    assert amber is not None and amber != red
    assert amber.red() > amber.blue() + 100 and amber.green() > amber.blue() + 100

    assert cell(model, rows[fresh], 0, M.UrgencyRole) is Urgency.NONE
    assert background(fresh) is None

    assert cell(model, rows[paused], 0, M.UrgencyRole) is Urgency.PAUSED
    assert background(paused) is None
    assert cell(model, rows[paused], M.COL_DAYS_LEFT) == "paused"
    grey = cell(model, rows[paused], M.COL_REQUESTER, Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.alpha() < 255
    assert cell(model, rows[fresh], M.COL_REQUESTER, Qt.ItemDataRole.ForegroundRole) is None


def test_finished_cases_have_no_days_left(desk: DeskContext) -> None:
    reference = log(desk, received_on=date(2026, 11, 2), postmarked_on=date(2026, 10, 31))
    move_status(desk, reference, CaseStatus.WITHDRAWN)
    model = CaseTableModel(desk)
    assert cell(model, 0, M.COL_STATUS) == "Withdrawn"
    assert cell(model, 0, M.COL_DAYS_LEFT) == ""
    assert cell(model, 0, 0, M.UrgencyRole) is Urgency.NONE


# -- the page: search -----------------------------------------------------------------------


@pytest.fixture
def hanako(demo300: DeskContext) -> str:
    return log(demo300, requester_phone="075-931-2468", received_on=date(2026, 11, 20))


@pytest.mark.parametrize(
    "typed", ["しけん", "ｼｹﾝ", "シケン　ハナコ", "試験 花子", "0759312468", "075-931-2468"]
)
def test_search_finds_a_case_however_it_is_typed(
    qtbot: QtBot, demo300: DeskContext, hanako: str, typed: str
) -> None:
    page = open_page(qtbot, demo300)
    assert page.model.rowCount() > 1
    search_for(qtbot, page, typed)
    assert page.model.query.search == typed.strip()
    assert references(page.model) == [hanako]
    assert page.result_label.text() == "Cases: 1"


def test_search_by_reference_and_escape_clears(
    qtbot: QtBot, demo300: DeskContext, hanako: str
) -> None:
    page = open_page(qtbot, demo300)
    before = page.model.rowCount()
    search_for(qtbot, page, hanako)
    assert references(page.model) == [hanako]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.model.rowCount() == before


def test_typing_queries_once_after_a_pause(
    qtbot: QtBot, demo300: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo300)
    counts = spy(monkeypatch, "count_cases")
    qtbot.keyClicks(page.search, "2026-0")
    assert len(counts) == 0 and page.search_timer.isActive()
    qtbot.waitUntil(lambda: len(counts) > 0)
    assert not page.search_timer.isActive()  # nothing else is pending
    assert len(counts) == 1
    assert counts.args[0][1].search == "2026-0"
    assert all(ref.startswith("2026-0") for ref in references(page.model))


def test_ctrl_f_focuses_the_search_and_down_moves_into_the_table(
    qtbot: QtBot, demo300: DeskContext
) -> None:
    page = open_page(qtbot, demo300)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.current_reference() == cell(page.model, 0, M.COL_REFERENCE)


# -- the page: filters and counts ---------------------------------------------------------


def test_quick_filters_and_their_counts_match_the_service(
    qtbot: QtBot, demo300: DeskContext
) -> None:
    # one of each kind the buttons count, whatever the demo drew
    log_request(demo300, new_case(received_on=date(2026, 11, 2), postmarked_on=None))
    waiting = log_request(demo300, new_case(received_on=date(2026, 11, 20), postmarked_on=None))
    move_status(demo300, waiting.reference, CaseStatus.AWAITING_DOCUMENTS)
    page = open_page(qtbot, demo300)
    base = page.model.query.with_(quick=QuickFilter.ALL)
    assert base.statuses == frozenset(OPEN)
    expected = count_cases(demo300, base).by_quick
    assert expected[QuickFilter.OVERDUE] > 0 and expected[QuickFilter.AWAITING_DOCUMENTS] > 0
    assert page.quick_buttons[QuickFilter.OVERDUE].text() == (
        f"Overdue ({expected[QuickFilter.OVERDUE]})"
    )
    assert page.quick_buttons[QuickFilter.ALL].isChecked()
    for quick, button in page.quick_buttons.items():
        assert f"({expected[quick]:,})" in button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
        assert sum(b.isChecked() for b in page.quick_buttons.values()) == 1
        assert page.model.query.quick is quick
        assert page.model.rowCount() == expected[quick]
        assert references(page.model) == service_references(demo300, base.with_(quick=quick))
        assert page.result_label.text() == f"Cases: {expected[quick]:,}"
    assert page.quick_buttons[QuickFilter.OVERDUE].property("alert") is True


def test_the_status_combo_filters(qtbot: QtBot, demo300: DeskContext) -> None:
    page = open_page(qtbot, demo300)
    combo = page.status_combo
    assert combo.currentText() == "Open cases"
    open_rows = records(page.model)
    assert open_rows and all(not row.status.is_final for row in open_rows)
    combo.setCurrentIndex(combo.findText("All statuses"))
    assert page.model.rowCount() == 300
    for status, label in [(CaseStatus.CLOSED, "Closed"), (CaseStatus.IN_PROGRESS, "In progress")]:
        combo.setCurrentIndex(combo.findText(label))
        rows = records(page.model)
        assert rows and {row.status for row in rows} == {status}
        assert len(rows) == count_cases(demo300, CaseQuery(statuses=frozenset({status}))).total


def test_the_type_combo_filters(qtbot: QtBot, demo300: DeskContext) -> None:
    page = open_page(qtbot, demo300)
    page.status_combo.setCurrentIndex(1)  # all statuses
    combo = page.type_combo
    assert combo.currentText() == "All types"
    combo.setCurrentIndex(combo.findText("Suspension of use or erasure"))
    rows = records(page.model)
    assert 0 < len(rows) < 300
    assert all(RequestType.SUSPENSION_OR_ERASURE in row.request_types for row in rows)
    query = CaseQuery(request_type=RequestType.SUSPENSION_OR_ERASURE)
    assert len(rows) == count_cases(demo300, query).total


def test_the_assignee_combo_filters(qtbot: QtBot, demo300: DeskContext) -> None:
    log_request(demo300, new_case(postmarked_on=None))  # nobody assigned yet
    page = open_page(qtbot, demo300)
    page.status_combo.setCurrentIndex(1)  # all statuses
    combo = page.assignee_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[:2] == ["Anyone", "Unassigned"]
    assert items[2:] == case_list.assignees(demo300)
    combo.setCurrentIndex(items.index("nakamura"))
    rows = records(page.model)
    assert rows and {row.assigned_to for row in rows} == {"nakamura"}
    combo.setCurrentIndex(1)
    rows = records(page.model)
    assert rows and {row.assigned_to for row in rows} == {""}
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 301


# -- the page: opening and keeping the cursor ----------------------------------------------


def test_enter_and_double_click_open_the_case(qtbot: QtBot, demo300: DeskContext) -> None:
    page = open_page(qtbot, demo300)
    second = cell(page.model, 1, M.COL_REFERENCE)
    page.table.setFocus()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.openCase) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [second]

    third = page.model.index(2, M.COL_REQUESTER)
    rect = page.table.visualRect(third)
    # QTest's double-click alone does not set the view's pressed index: click first.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.openCase) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cell(page.model, 2, M.COL_REFERENCE)]


def test_select_reference_and_refresh_keep_the_cursor(
    qtbot: QtBot, demo300: DeskContext, hanako: str
) -> None:
    page = open_page(qtbot, demo300)
    assert not page.select_reference("1999-0001")
    with qtbot.waitSignal(page.currentCaseChanged) as changed:
        assert page.select_reference(hanako)
    assert changed.args == [hanako]
    assert page.current_reference() == hanako

    update_case(demo300, hanako, {"assigned_to": "tanaka"})
    page.refresh()
    assert page.current_reference() == hanako
    row = page.table.currentIndex().row()
    assert cell(page.model, row, M.COL_ASSIGNEE) == "tanaka"
    assert "tanaka" in [page.assignee_combo.itemText(i) for i in range(page.assignee_combo.count())]

    # Sorting keeps the cursor on the case when it is still in the first page.
    page.set_sort(SortKey.REFERENCE, descending=True)
    assert page.current_reference() == hanako


def test_a_new_filter_that_hides_the_case_clears_the_cursor(
    qtbot: QtBot, demo300: DeskContext, hanako: str
) -> None:
    page = open_page(qtbot, demo300)
    page.select_reference(hanako)
    with qtbot.waitSignal(page.currentCaseChanged) as changed:
        qtbot.mouseClick(
            page.quick_buttons[QuickFilter.AWAITING_DOCUMENTS], Qt.MouseButton.LeftButton
        )
    assert changed.args == [""]
    assert not page.table.currentIndex().isValid()
    assert page.table.currentIndex() == QModelIndex()


# -- a search over every status: the rows first, the count of every case after ------------


EVERY_STATUS_SEARCH = CaseQuery(search="田")


def expected_count(ctx: DeskContext, query: CaseQuery) -> int:
    return len(fetch_cases(ctx, query, 0, 100_000))


def test_a_search_over_every_status_shows_its_first_rows_before_the_count(
    qtbot: QtBot, desk: DeskContext, qtmodeltester: Any
) -> None:

    add_demo_cases(desk, 700, seed=4)
    total = expected_count(desk, EVERY_STATUS_SEARCH)
    assert total > M.PAGE_SIZE
    assert case_list.total_takes_a_scan(EVERY_STATUS_SEARCH)
    tasks.set_immediate(False)  # the count runs in the thread pool, as in the app
    try:
        model = CaseTableModel(desk, OPEN_CASES)
        qtmodeltester.check(model)
        counted: list[Counts] = []
        model.countsChanged.connect(counted.append)
        inserted: list[tuple[int, int]] = []
        model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

        model.set_query(EVERY_STATUS_SEARCH)
        assert model.counting  # the first page is shown, the count not taken yet
        assert model.rowCount() == M.PAGE_SIZE
        assert cell(model, 0, M.COL_REFERENCE) == service_references(desk, EVERY_STATUS_SEARCH)[0]
        qtbot.waitUntil(lambda: bool(counted))
        assert not model.counting
        assert model.rowCount() == total == counted[0].by_quick[QuickFilter.ALL]
        assert inserted == [(M.PAGE_SIZE, total - 1)]
        assert references(model) == service_references(desk, EVERY_STATUS_SEARCH)
        assert counted[0] == case_list.count_cases(desk, EVERY_STATUS_SEARCH)
        qtmodeltester.check(model)
    finally:
        tasks.set_immediate(True)


def test_a_count_for_an_earlier_search_is_dropped(qtbot: QtBot, desk: DeskContext) -> None:

    add_demo_cases(desk, 700, seed=4)
    tasks.set_immediate(False)
    try:
        model = CaseTableModel(desk, OPEN_CASES)
        counted: list[Counts] = []
        model.countsChanged.connect(counted.append)
        model.set_query(EVERY_STATUS_SEARCH)
        model.set_query(OPEN_CASES.with_(search="田"))  # typed on, then chose open cases
        assert not model.counting
        tasks.wait_for_all()
        qtbot.wait(50)  # the earlier count's answer, if it were not dropped
        open_found = expected_count(desk, OPEN_CASES.with_(search="田"))
        assert model.rowCount() == open_found
        assert [c.by_quick[QuickFilter.ALL] for c in counted] == [open_found]
    finally:
        tasks.set_immediate(True)


def test_a_short_search_over_every_status_is_counted_at_once(desk: DeskContext) -> None:
    add_demo_cases(desk, 300, seed=4)
    query = CaseQuery(search="0759")  # a phone's area code: a few cases
    found = expected_count(desk, query)
    assert 0 < found < M.PAGE_SIZE
    model = CaseTableModel(desk, query)
    assert not model.counting
    assert model.rowCount() == found == model.counts().by_quick[QuickFilter.ALL]

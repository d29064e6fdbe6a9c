"""Exporting the lists as they are shown: the case list (all of it, not only the rows read
so far), a Today section from its context menu, the ledger and the other windows' lists."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain import roles
from privacy_desk.domain.ledger import LedgerRetention, Medium
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit
from privacy_desk.domain.roles import Permission, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import case_list, cases, ledger
from privacy_desk.services.case_list import CaseQuery, SortKey, Urgency, fetch_cases
from privacy_desk.services.context import DeskContext
from privacy_desk.services.demo import add_demo_cases
from privacy_desk.services.ledger import LedgerEntryData
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.dialogs.ledger_window import LedgerWindow
from privacy_desk.ui.dialogs.provisions_window import ProvisionsWindow
from privacy_desk.ui.dialogs.retention_window import RetentionWindow
from privacy_desk.ui.dialogs.users_dialog import UsersDialog
from privacy_desk.ui.models import case_table_model
from privacy_desk.ui.models.case_table_model import CaseTableModel
from privacy_desk.ui.models.ledger_models import LedgerEntriesModel
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from privacy_desk.ui.pages.case_list_page import CaseListPage
from privacy_desk.ui.pages.today_page import TodayPage
from tests.helpers.cases import log_case
from tests.helpers.offices import set_up_office
from tests.ui.conftest import Messages

M = CaseTableModel


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sheet_rows(path: Path) -> list[list[Any]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def exports(ctx: DeskContext) -> list[dict[str, Any]]:
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.table"))
        return [json.loads(entry.details) for entry in entries]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# -- the case list ----------------------------------------------------------------------------


def test_the_case_list_exports_every_filtered_case_in_the_sorted_order(
    qtbot: QtBot,
    desk: DeskContext,
    shown: Messages,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_demo_cases(desk, 1500, seed=4)
    monkeypatch.setattr(case_table_model, "EXPORT_CHUNK", 250)  # several reads
    page = CaseListPage(desk)
    page.resize(1200, 700)
    show(qtbot, page)
    page.status_combo.setCurrentIndex(1)  # all statuses
    page.type_combo.setCurrentIndex(1 + list(RequestType).index(RequestType.DISCLOSURE))
    page.set_sort(SortKey.REQUESTER, descending=True)
    page.table.setColumnHidden(M.COL_KIND, True)
    query = page.model.query
    assert query.request_type is RequestType.DISCLOSURE and query.sort is SortKey.REQUESTER
    expected = fetch_cases(desk, query, 0, 100_000)
    # the view has read a page or two of the list: the export reads the rest
    assert len(page.model.cached_pages()) * M.PAGE_SIZE < len(expected) - M.PAGE_SIZE

    shown.next_file = out / "cases.xlsx"
    click(qtbot, page.export_button)

    assert shown.texts("error") == []
    assert shown.texts("information") == [f"{len(expected):,} rows written to {out}/cases.xlsx."]
    rows = sheet_rows(out / "cases.xlsx")
    assert rows[0] == [
        "Reference",
        "Received",
        "Requester",
        "Requests",
        "Status",
        "Assigned to",
        "Target",
        "Days left",
    ]
    assert [row[0] for row in rows[1:]] == [case.reference for case in expected]
    assert [row[2] for row in rows[1:]] == [case.requester_name for case in expected]
    first, shown_first = expected[0], rows[1]
    assert shown_first[1] == datetime.combine(first.received_on, datetime.min.time())
    assert shown_first[6] == datetime.combine(first.target_on, datetime.min.time())
    for case, row in zip(expected, rows[1:], strict=True):
        assert row[7] == ("paused" if case.urgency is Urgency.PAUSED else case.days_left)
    assert exports(desk) == [{"what": "cases", "rows": len(expected), "format": "xlsx"}]


def test_the_case_list_as_csv_has_the_texts_as_shown(
    qtbot: QtBot, desk: DeskContext, shown: Messages, out: Path
) -> None:
    late = log_case(desk, received_on=date(2026, 11, 2))
    waiting = log_case(desk, received_on=date(2026, 11, 2), requester_name="=待機　次郎")
    cases.move_status(desk, waiting, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 4))
    page = CaseListPage(desk)
    show(qtbot, page)
    page.set_sort(SortKey.REFERENCE, descending=False)
    shown.next_file = out / "cases"  # no suffix: a workbook
    assert page.export() == out / "cases.xlsx"
    shown.next_file = out / "cases.csv"
    assert page.export() == out / "cases.csv"
    rows = csv_rows(out / "cases.csv")
    assert [row[0] for row in rows[1:]] == [late, waiting]
    assert rows[1][1] == "2026-11-02" and rows[1][8] == "-4"
    assert rows[2][2] == "'=待機　次郎" and rows[2][8] == "paused"
    assert len(sheet_rows(out / "cases.xlsx")) == 3


def test_a_case_logged_while_the_list_is_read_does_not_repeat_a_row(
    desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(5):
        log_case(desk, received_on=date(2026, 11, 2))
    real = case_list.fetch_cases
    offsets: list[int] = []

    def fetch_and_log(ctx: DeskContext, query: Any, offset: int, limit: int) -> Any:
        rows = real(ctx, query, offset, limit)
        offsets.append(offset)
        if offset == 0:  # a colleague logs a case: it comes first, the rest move down one
            log_case(desk, received_on=date(2026, 11, 24))
        return rows

    monkeypatch.setattr(case_list, "fetch_cases", fetch_and_log)
    read = list(case_table_model.every_row(desk, CaseQuery(), chunk=2))
    assert offsets == [0, 2, 4, 6]
    assert len(read) == len({row.id for row in read}) == 5


def test_cancelling_or_a_wrong_name_writes_nothing(
    qtbot: QtBot, desk: DeskContext, shown: Messages, out: Path
) -> None:
    log_case(desk)
    page = CaseListPage(desk)
    show(qtbot, page)
    shown.next_file = None
    assert page.export() is None
    shown.next_file = out / "cases.txt"
    assert page.export() is None
    assert shown.texts("error") == [
        "“cases.txt” is neither an Excel workbook nor a CSV file; give a name ending in "
        ".xlsx or .csv."
    ]
    assert list(out.iterdir()) == [] and exports(desk) == []


# -- Today ---------------------------------------------------------------------------------------


def test_a_today_section_exports_from_its_context_menu(
    qtbot: QtBot, desk: DeskContext, shown: Messages, out: Path
) -> None:
    first = log_case(desk, received_on=date(2026, 11, 2))
    second = log_case(desk, received_on=date(2026, 10, 30), requester_name="試験　太郎")
    log_case(desk, received_on=date(2026, 11, 9))  # due today: another list
    page = TodayPage(desk)
    show(qtbot, page)
    view = page.overdue.view
    view.sortByColumn(M.COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(M.COL_DAYS_LEFT), 0)  # as if dragged first
    action = page.overdue.export_action
    assert action is not None and action.text() == "Export This List…"
    assert action in view.actions()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu

    shown.next_file = out / "overdue.csv"
    action.trigger()

    assert shown.texts("information") == [f"2 rows written to {out}/overdue.csv."]
    rows = csv_rows(out / "overdue.csv")
    assert rows[0] == [
        "Days left",
        "Reference",
        "Requester",
        "Requests",
        "Status",
        "Assigned to",
        "Target",
    ]
    assert [row[1] for row in rows[1:]] == [second, first]
    assert rows[1][2] == "試験　太郎" and rows[1][6] == "2026-11-16"
    assert int(rows[1][0]) < int(rows[2][0]) < 0
    assert exports(desk) == [{"what": "today-overdue", "rows": 2, "format": "csv"}]

    shown.next_file = out / "money.xlsx"
    assert page.money_orders.export_action is not None
    page.money_orders.export_action.trigger()
    rows = sheet_rows(out / "money.xlsx")
    assert rows[0] == ["Reference", "Requester", "Money order no.", "Issued", "Valid until"]
    assert len(rows) == 1  # none expires soon: the header alone


# -- the ledger and the other windows ----------------------------------------------------------


def entry(name: str, department: str) -> LedgerEntryData:
    return LedgerEntryData(
        name=name,
        data_items="氏名、住所",
        purposes=("P1",),
        medium=Medium.PAPER,
        retention=LedgerRetention(1, PeriodUnit.YEARS, "the event"),
        disposal_method=DisposalMethod.SHREDDING,
        department=department,
    )


def test_the_ledger_entries_export_as_listed(
    qtbot: QtBot, desk: DeskContext, shown: Messages, out: Path
) -> None:
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    ledger.add_entry(desk, entry("Seminar lists", "Sales"), first_review_on=date(2027, 1, 10))
    ledger.add_entry(desk, entry("顧客名簿", "総務部"), first_review_on=date(2026, 12, 1))
    desk.role, desk.actor = Role.STAFF, "s.ito"  # staff read the ledger, and may export it
    window = LedgerWindow(desk)
    show(qtbot, window)
    window.entries_table.sortByColumn(LedgerEntriesModel.COL_NAME, Qt.SortOrder.DescendingOrder)

    shown.next_file = out / "ledger.xlsx"
    click(qtbot, window.export_button)

    rows = sheet_rows(out / "ledger.xlsx")
    assert rows[0][:3] == ["No.", "Name", "Purposes"]
    assert "Special care" in rows[0] and "Next review" in rows[0]
    assert [row[1] for row in rows[1:]] == ["顧客名簿", "Seminar lists"]
    assert [row[0] for row in rows[1:]] == [2, 1]  # numbers as numbers
    review = rows[0].index("Next review")
    assert rows[1][review] == datetime(2026, 12, 1)
    assert exports(desk) == [{"what": "ledger-entries", "rows": 2, "format": "xlsx"}]


def test_retention_provisions_and_history_export_their_lists(
    qtbot: QtBot, desk: DeskContext, shown: Messages, out: Path
) -> None:
    reference = log_case(desk)
    retention_window = RetentionWindow(desk)
    show(qtbot, retention_window)
    retention_window.tabs.setCurrentIndex(RetentionWindow.TAB_RECORDS)
    shown.next_file = out / "records.csv"
    click(qtbot, retention_window.export_button)
    assert csv_rows(out / "records.csv")[0][:2] == ["Done at", "What"]

    provisions = ProvisionsWindow(desk)
    show(qtbot, provisions)
    shown.next_file = out / "provisions.csv"
    click(qtbot, provisions.export_button)
    assert len(csv_rows(out / "provisions.csv")) == 1

    case_page = CaseDetailPage(desk, reference)
    show(qtbot, case_page)
    shown.next_file = out / "history.xlsx"
    click(qtbot, case_page.export_history_button)
    history = load_workbook(out / "history.xlsx").active
    assert history is not None and history.title == f"History of {reference}"
    assert history.max_row == 1 + case_page.history_model.rowCount() > 1

    assert [e["what"] for e in exports(desk)] == [
        "disposal-records",
        "provision-records",
        "case-history",
    ]


def test_the_users_dialog_exports_the_users(
    qtbot: QtBot, data_paths: Any, shown: Messages, out: Path
) -> None:
    ctx = set_up_office(data_paths).ctx
    try:
        dialog = UsersDialog(ctx)
        show(qtbot, dialog)
        shown.next_file = out / "users.csv"
        click(qtbot, dialog.export_button)
        rows = csv_rows(out / "users.csv")
        assert rows[0] == ["User name", "Name", "Role", "Status", "Last login"]
        assert rows[1][:3] == ["admin (you)", "管理　花子", "Administrator"]
    finally:
        ctx.db.dispose()


# -- who may export --------------------------------------------------------------------------


@pytest.fixture
def without_export(monkeypatch: pytest.MonkeyPatch, desk: DeskContext) -> Iterator[DeskContext]:
    """Staff without the export permission (no role lacks it today)."""
    monkeypatch.setitem(
        roles.PERMISSIONS, Role.STAFF, roles.PERMISSIONS[Role.STAFF] - {Permission.EXPORT}
    )
    desk.role = Role.STAFF
    yield desk


def test_a_role_that_may_not_export_sees_no_export(
    qtbot: QtBot, without_export: DeskContext
) -> None:
    ctx = without_export
    reference = log_case(ctx, received_on=date(2026, 11, 2))
    page = CaseListPage(ctx)
    show(qtbot, page)
    assert page.export_button.isHidden() and page.export() is None
    today = TodayPage(ctx)
    show(qtbot, today)
    assert today.overdue.export_action is None and today.overdue.view.actions() == []
    assert today.overdue.view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
    ledger_window = LedgerWindow(ctx)
    show(qtbot, ledger_window)
    assert ledger_window.export_button.isHidden()
    retention_window = RetentionWindow(ctx)
    show(qtbot, retention_window)
    assert retention_window.export_button.isHidden()
    provisions = ProvisionsWindow(ctx)
    show(qtbot, provisions)
    assert provisions.export_button.isHidden()
    case_page = CaseDetailPage(ctx, reference)
    show(qtbot, case_page)
    assert case_page.export_history_button.isHidden()


def test_staff_see_every_export(qtbot: QtBot, desk: DeskContext) -> None:
    desk.role = Role.STAFF
    page = CaseListPage(desk)
    show(qtbot, page)
    assert page.export_button.isVisible()
    today = TodayPage(desk)
    show(qtbot, today)
    assert today.due_today.export_action is not None
    ledger_window = LedgerWindow(desk)
    show(qtbot, ledger_window)
    assert ledger_window.export_button.isVisible()

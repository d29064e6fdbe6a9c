"""The Records menu, the Today page's line about retention and the ledger, and the case
page's way to the provision records (issue 7)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from privacy_desk.domain.ledger import LedgerRetention, Medium
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit
from privacy_desk.domain.roles import Role
from privacy_desk.services import ledger, retention
from privacy_desk.services.cases import RequestInput
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import LedgerEntryData
from privacy_desk.ui.dialogs.complaints_window import ComplaintsWindow
from privacy_desk.ui.dialogs.ledger_window import LedgerWindow
from privacy_desk.ui.dialogs.provisions_window import ProvisionsWindow
from privacy_desk.ui.dialogs.retention_window import RetentionWindow
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.cases import log_case
from tests.ui.conftest import Messages

ENTRY = LedgerEntryData(
    name="Seminar attendance lists",
    data_items="Name, company, e-mail address",
    purposes=("P3",),
    medium=Medium.PAPER,
    retention=LedgerRetention(1, PeriodUnit.YEARS, "the seminar"),
    disposal_method=DisposalMethod.SHREDDING,
)


def manager(desk: DeskContext, name: str = "m.sato") -> DeskContext:
    desk.role, desk.actor = Role.MANAGER, name
    return desk


def open_window(qtbot: QtBot, desk: DeskContext) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_today_tells_what_is_due_and_opens_the_windows(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    manager(desk)
    entry = ledger.add_entry(desk, ENTRY, first_review_on=date(2026, 11, 1))
    ledger.add_batch(desk, entry.id, "Seminar 2025-01-31", date(2025, 1, 31))
    ledger.add_batch(desk, entry.id, "Seminar 2025-06-30", date(2025, 6, 30))
    (first, _second) = retention.due_items(desk, desk.today())
    retention.request_disposal(desk, [first], DisposalMethod.SHREDDING)
    window = open_window(qtbot, desk)
    window.show_tab(1)
    today = window.today
    assert today.disposal_link.text() == "Due for disposal: 1"
    assert today.approval_link.text() == "Disposals awaiting approval: 1"
    assert today.reviews_link.text() == "Ledger reviews due: 1"
    assert today.reviews_link.font().bold()

    today.reviews_link.click()
    ledger_window = window.windows["ledger"]
    assert isinstance(ledger_window, LedgerWindow) and ledger_window.isVisible()
    today.approval_link.click()
    retention_window = window.windows["retention"]
    assert isinstance(retention_window, RetentionWindow) and retention_window.isVisible()
    # one of each: asking again raises the same window
    window.retention_action.trigger()
    assert window.windows["retention"] is retention_window

    ledger.record_review(desk, entry.id)
    window.refresh()
    assert today.reviews_link.text() == "Ledger reviews due: 0"
    assert not today.reviews_link.font().bold()
    retention_window.close()
    qtbot.waitUntil(lambda: "retention" not in window.windows)
    assert shown.shown == []


def test_the_case_page_opens_the_provision_records_of_its_requester(
    qtbot: QtBot, desk: DeskContext
) -> None:
    manager(desk)
    plain = log_case(desk, received_on=date(2026, 11, 20))
    asking = log_case(
        desk,
        received_on=date(2026, 11, 20),
        requests=[RequestInput(RequestType.PROVISION_RECORDS, "", "")],
    )
    window = open_window(qtbot, desk)
    assert not window.open_case(plain).provisions_button.isVisible()
    page = window.open_case(asking)
    assert page.provisions_button.isVisible()
    shown_window = page.show_provisions()
    qtbot.addWidget(shown_window)
    assert isinstance(shown_window, ProvisionsWindow)
    assert asking in shown_window.windowTitle()
    window.provisions_action.trigger()
    assert isinstance(window.windows["provisions"], ProvisionsWindow)
    about = page.show_complaints()
    qtbot.addWidget(about)
    assert isinstance(about, ComplaintsWindow) and asking in about.windowTitle()
    window.complaints_action.trigger()
    assert isinstance(window.windows["complaints"], ComplaintsWindow)


def test_file_import_opens_the_import_dialog(qtbot: QtBot, desk: DeskContext) -> None:
    from privacy_desk.ui.dialogs.import_dialog import ImportDialog

    window = open_window(qtbot, desk)
    assert window.import_action.isVisible()
    dialog = window.import_records()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.close()

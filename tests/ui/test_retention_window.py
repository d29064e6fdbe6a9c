"""The Retention and Disposal window: the due list, two managers disposing, rules (issue 7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from privacy_desk import settings as S
from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.retention import (
    DisposalMethod,
    PeriodUnit,
    RetainedKind,
    RetentionEvent,
    RetentionRule,
)
from privacy_desk.domain.roles import Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import cases, decisions, retention
from privacy_desk.services.context import DeskContext
from privacy_desk.services.retention import DisposalRecord, DueItem, KeptItem
from privacy_desk.store.models import AuditEntry, DocumentPage
from privacy_desk.ui import messages, printing, tasks
from privacy_desk.ui.dialogs.retention_window import (
    RequestDisposalDialog,
    RetentionRulesDialog,
    RetentionWindow,
)
from privacy_desk.ui.models.retention_models import (
    DisposalRecordsModel,
    DueItemsModel,
    KeptItemsModel,
    PendingDisposalsModel,
)
from privacy_desk.ui.widgets.records_table import RecordsTable
from tests.helpers.cases import log_case
from tests.helpers.documents import verify_identity
from tests.ui.conftest import Messages

NAME = "廃棄　確認子"
REFUSED = "The person who recorded it cannot also approve it; another manager must."


def replied_case(ctx: DeskContext, *, close: bool = False) -> str:
    """A case answered on 2026-09-05 (its ID copy due 2026-10-05), closed on 09-06."""
    ref = log_case(ctx, received_on=date(2026, 9, 1), requester_name=NAME)
    verify_identity(ctx, ref, on=date(2026, 9, 2))
    cases.move_status(ctx, ref, CaseStatus.IN_PROGRESS, on=date(2026, 9, 3))
    decisions.record_decision(ctx, ref, 0, Outcome.DONE)
    cases.move_status(ctx, ref, CaseStatus.DECIDED, on=date(2026, 9, 4))
    cases.move_status(ctx, ref, CaseStatus.REPLIED, on=date(2026, 9, 5))
    if close:
        cases.move_status(ctx, ref, CaseStatus.CLOSED, on=date(2026, 9, 6))
    return ref


def as_manager(ctx: DeskContext, name: str) -> DeskContext:
    ctx.role, ctx.actor = Role.MANAGER, name
    return ctx


def open_window(qtbot: QtBot, ctx: DeskContext) -> RetentionWindow:
    window = RetentionWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows(table: RecordsTable[Any]) -> list[list[str]]:
    """What the table shows, row by row, in its own order."""
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def choose(table: RecordsTable[Any], wanted: Callable[[Any], bool] = lambda _r: True) -> int:
    """Select the rows whose record is ``wanted``; the number selected."""
    model = table.model()
    table.clearSelection()
    chosen = 0
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if wanted(index.data(DueItemsModel.RecordRole)):
            table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            chosen += 1
    return chosen


def page_count(ctx: DeskContext) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(DocumentPage)) or 0


def request_in_window(qtbot: QtBot, window: RetentionWindow, **fields: str) -> None:
    """Select every due item and request its disposal through the dialog (Deletion)."""
    assert choose(window.due_table)
    dialog = window.request_disposal()
    assert dialog is not None
    dialog.witness_edit.setText(fields.get("witness", ""))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click(qtbot, dialog.ok_button)


def audit_actions(ctx: DeskContext) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def done_disposal(ctx: DeskContext) -> tuple[str, DisposalRecord]:
    """An ID copy destroyed by m.one (request) and m.two (approval), through the services."""
    ref = replied_case(ctx)
    (item,) = retention.due_items(ctx, ctx.today())
    (request,) = retention.request_disposal(
        as_manager(ctx, "m.one"), [item], DisposalMethod.SHREDDING, witness="W. Sato"
    )
    done = retention.approve_disposal(as_manager(ctx, "m.two"), request.id)
    return ref, done


# -- the due list ------------------------------------------------------------------------------


def test_the_due_list_shows_an_item_due(qtbot: QtBot, desk: DeskContext) -> None:
    ref = replied_case(desk)
    desk.settings.set(S.BACKUPS_KEEP, 5)
    window = open_window(qtbot, as_manager(desk, "m.one"))
    assert window.windowTitle() == "Retention and Disposal"
    assert not window.isModal()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Due for Disposal",
        "Awaiting Approval",
        "Kept Until Purpose Achieved",
        "Disposal Records",
    ]
    assert window.as_of_label.text().startswith("2026-11-24")
    assert window.horizon_spin.value() == 0 and window.horizon_spin.suffix() == " days"
    headers = [window.due_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Due on", "Kind", "Reference", "What", "Rule"]
    assert rows(window.due_table) == [
        [
            "2026-10-05",
            "ID copy",
            ref,
            f"ID copy: Driver's license of the principal of case {ref}, 1 page",
            "30 days after the reply",
        ]
    ]
    assert NAME not in str(rows(window.due_table))
    assert window.due_summary.text() == "1 item due"
    assert not window.later_note.isVisible()  # nothing greyed to explain
    assert not window.request_button.isEnabled()  # nothing selected yet
    choose(window.due_table)
    assert window.request_button.isEnabled()
    note = window.backup_note.text()
    assert "removes the data from the database at once" in note
    assert "the newest 5 are kept" in note and "deleted by hand" in note
    assert window.backup_note.isVisible() and not window.viewer_note.isVisible()
    assert rows(window.pending_table) == rows(window.records_table) == []


def test_two_managers_dispose_of_an_id_copy_through_the_window(
    qtbot: QtBot, desk: DeskContext, shown: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = replied_case(desk)
    window = open_window(qtbot, as_manager(desk, "m.one"))
    assert choose(window.due_table) == 1
    click(qtbot, window.request_button)
    [dialog] = [d for d in window.findChildren(RequestDisposalDialog) if d.isVisible()]
    assert dialog.windowTitle() == "Request Disposal" and dialog.isModal()
    assert dialog.summary_label.text() == "1 item"
    assert dialog.items_list.item(0).text().startswith("ID copy: Driver's license")
    assert [dialog.method_box.itemText(i) for i in range(3)] == [
        "Shredding",
        "Deletion",
        "Disposal contractor",
    ]
    assert dialog.method() is DisposalMethod.DELETION
    assert not dialog.certificate_edit.isEnabled()
    dialog.witness_edit.setText("W. Sato")
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert rows(window.due_table) == []
    assert "requested for disposal" in window.message_label.text()
    [pending] = rows(window.pending_table)
    assert pending[1:] == [
        "m.one (you)",
        f"ID copy: Driver's license of the principal of case {ref}, 1 page",
        "Deletion",
        "W. Sato",
    ]
    assert len(pending[0]) == len("2026-11-24 10:30")

    # the requester cannot approve: the button says so, and the service refuses
    window.tabs.setCurrentIndex(window.TAB_PENDING)
    assert choose(window.pending_table) == 1
    assert not window.approve_button.isEnabled()
    assert "another manager must approve" in window.approve_button.toolTip()
    assert window.withdraw_button.isEnabled()
    assert window.approve()
    assert shown.texts("error") == [REFUSED]
    assert page_count(desk) == 1 and len(rows(window.pending_table)) == 1

    # a second manager approves, after a warning about backups
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    as_manager(desk, "m.two")
    window.refresh()
    assert window.selected_pending()  # the selection survives a refresh
    assert rows(window.pending_table)[0][1] == "m.one"  # no longer "(you)"
    assert window.approve_button.isEnabled() and window.approve_button.toolTip() == ""
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, window.approve_button)
    [question] = asked
    assert question.startswith("Approve the disposal of ID copy: Driver's license")
    assert "The data is destroyed now and cannot be recovered." in question
    assert "Backups made before now still contain it until they age out" in question
    assert "newest 14 automatic backups" in question
    assert page_count(desk) == 0
    assert shown.texts("error") == [REFUSED]  # nothing new
    assert rows(window.pending_table) == []
    [record] = rows(window.records_table)
    assert record[1:] == [
        f"ID copy: Driver's license of the principal of case {ref}, 1 page",
        "Deletion",
        "",
        "W. Sato",
        "m.one",
        "m.two",
    ]
    assert window.message_label.text() == (
        "1 item was destroyed; its record is under Disposal Records."
    )
    (done,) = retention.disposals(desk)
    assert done.done and done.approved_by == "m.two"


def test_approving_runs_as_a_task_and_the_window_waits_for_it(
    qtbot: QtBot, desk: DeskContext, shown: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    replied_case(desk)
    (item,) = retention.due_items(desk, desk.today())
    retention.request_disposal(as_manager(desk, "m.one"), [item], DisposalMethod.DELETION)
    window = open_window(qtbot, as_manager(desk, "m.two"))
    started: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
    monkeypatch.setattr(tasks, "run_task", lambda work, done, _failed: started.append((work, done)))
    choose(window.pending_table)
    assert window.approve()
    assert window.is_busy() and window.busy_bar.isVisible()
    assert "Destroying" in window.message_label.text()
    buttons = [
        window.request_button,
        window.approve_button,
        window.withdraw_button,
        window.purpose_button,
        window.print_button,
        window.save_button,
        window.rules_button,
        window.refresh_button,
        window.close_button,
    ]
    assert not any(button.isEnabled() for button in buttons)
    assert not window.approve() and window.edit_rules() is None  # one at a time
    window.close()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()  # the work finishes anyway: the window waits
    assert page_count(desk) == 1  # nothing touched on the GUI thread

    [(work, done)] = started
    done(work())
    assert not window.is_busy() and not window.busy_bar.isVisible()
    assert window.close_button.isEnabled() and window.refresh_button.isEnabled()
    assert page_count(desk) == 0 and len(rows(window.records_table)) == 1
    assert shown.texts("error") == []


def test_a_withdrawn_request_returns_the_item_to_the_due_list(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    replied_case(desk)
    window = open_window(qtbot, as_manager(desk, "m.one"))
    request_in_window(qtbot, window)
    assert rows(window.due_table) == []
    choose(window.pending_table)
    shown.confirm_answer = False
    assert not window.withdraw()
    assert len(rows(window.pending_table)) == 1
    shown.confirm_answer = True
    window.tabs.setCurrentIndex(window.TAB_PENDING)
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, window.withdraw_button)
    assert rows(window.pending_table) == []
    assert [r[1] for r in rows(window.due_table)] == ["ID copy"]
    assert window.message_label.text() == "1 request was withdrawn."
    assert retention.disposals(desk) == []
    assert page_count(desk) == 1


def test_a_contractor_needs_a_certificate_number_and_nothing_typed_is_lost(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    replied_case(desk)
    window = open_window(qtbot, as_manager(desk, "m.one"))
    choose(window.due_table)
    dialog = window.request_disposal()
    assert dialog is not None
    dialog.set_method(DisposalMethod.CONTRACTOR)
    assert dialog.certificate_edit.isEnabled()
    assert "Required" in dialog.certificate_edit.placeholderText()
    dialog.witness_edit.setText("W. Sato")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert shown.texts("error") == ["A contractor's disposal needs the number of its certificate."]
    assert dialog.method() is DisposalMethod.CONTRACTOR
    assert dialog.witness_edit.text() == "W. Sato"
    assert retention.disposals(desk) == []

    dialog.certificate_edit.setText("C-2026-118")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click(qtbot, dialog.ok_button)
    [pending] = rows(window.pending_table)
    assert pending[3:] == ["Disposal contractor, certificate C-2026-118", "W. Sato"]
    (record,) = retention.disposals(desk)
    assert (record.method, record.certificate_number) == (
        DisposalMethod.CONTRACTOR,
        "C-2026-118",
    )


def test_the_horizon_shows_items_falling_due_later_that_cannot_be_requested(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    replied_case(desk)
    retention.change_rule(as_manager(desk, "m.one"), RetainedKind.ID_COPY, 90, PeriodUnit.DAYS)
    window = open_window(qtbot, desk)
    assert rows(window.due_table) == []
    window.horizon_spin.setValue(10)
    [row] = rows(window.due_table)
    assert row[0] == "2026-12-04" and row[4] == "90 days after the reply"
    assert window.due_summary.text() == "0 items due, 1 later"
    assert window.later_note.isVisible()
    index = window.due_table.model().index(0, DueItemsModel.COL_WHAT)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "2026-12-04" in index.data(Qt.ItemDataRole.ToolTipRole)
    choose(window.due_table)
    assert window.request_disposal() is None
    [warning] = shown.texts("warning")
    assert "Only items due today or earlier can be requested" in warning
    assert "the first on 2026-12-04" in warning
    assert not [d for d in window.findChildren(RequestDisposalDialog) if d.isVisible()]
    assert retention.disposals(desk) == []
    window.horizon_spin.setValue(9)
    assert rows(window.due_table) == []


# -- kept until the purpose is achieved -------------------------------------------------------


def test_an_achieved_purpose_brings_the_item_onto_the_due_list(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    ref = replied_case(desk)
    retention.change_rule(
        as_manager(desk, "m.one"), RetainedKind.ID_COPY, 0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED
    )
    window = open_window(qtbot, desk)
    assert rows(window.due_table) == []
    [kept] = rows(window.kept_table)
    assert kept[:2] == ["ID copy", ref]
    assert kept[3] == "until the purpose of use is achieved"
    assert not window.purpose_button.isEnabled()
    choose(window.kept_table)
    dialog = window.purpose_achieved()
    assert dialog is not None and dialog.isModal()
    assert dialog.date_edit.date() == date(2026, 11, 24)
    assert dialog.era_label.text() == "令和8年11月24日"
    dialog.date_edit.setText("2026-12-01")  # still to come: refused
    dialog.note_edit.setText("Reply sent; no complaint")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and len(shown.texts("error")) == 1
    assert dialog.note_edit.text() == "Reply sent; no complaint"
    dialog.date_edit.setText("R8.11.20")
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert rows(window.kept_table) == []
    [due] = rows(window.due_table)
    assert due[:3] == ["2026-11-20", "ID copy", ref]


# -- the rules -------------------------------------------------------------------------------


def test_the_rules_dialog_changes_a_rule(qtbot: QtBot, desk: DeskContext, shown: Messages) -> None:
    replied_case(desk, close=True)
    window = open_window(qtbot, as_manager(desk, "m.one"))
    click(qtbot, window.rules_button)  # under every tab
    [dialog] = [d for d in window.findChildren(RetentionRulesDialog) if d.isVisible()]
    assert dialog.windowTitle() == "Retention Rules" and not dialog.read_only
    assert list(dialog.rows) == [
        RetainedKind.CASE_RECORD,
        RetainedKind.ID_COPY,
        RetainedKind.LETTER,
    ]
    copy = dialog.rows[RetainedKind.ID_COPY]
    assert (copy.count_spin.value(), copy.unit(), copy.event()) == (
        30,
        PeriodUnit.DAYS,
        RetentionEvent.REPLY,
    )
    assert [copy.unit_box.itemText(i) for i in range(4)] == [
        "days",
        "months",
        "years",
        "until the purpose of use is achieved",
    ]
    copy.count_spin.setValue(14)
    record = dialog.rows[RetainedKind.CASE_RECORD]
    record.unit_box.setCurrentIndex(3)  # until the purpose is achieved
    assert not record.count_spin.isEnabled() and not record.event_box.isEnabled()
    letter = dialog.rows[RetainedKind.LETTER]
    letter.unit_box.setCurrentIndex(0)  # days: at most 3660
    assert letter.count_spin.maximum() == 3660
    letter.unit_box.setCurrentIndex(2)  # back to years: unchanged, not saved
    assert letter.count_spin.maximum() == 100 and not letter.changed()
    assert dialog.ok_button is not None
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert dialog.changed_kinds == [RetainedKind.CASE_RECORD, RetainedKind.ID_COPY]
    now = retention.rules(desk)
    assert now[RetainedKind.ID_COPY] == RetentionRule(14, PeriodUnit.DAYS, RetentionEvent.REPLY)
    assert now[RetainedKind.CASE_RECORD].unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
    assert now[RetainedKind.LETTER] == RetentionRule(3, PeriodUnit.YEARS, RetentionEvent.CLOSING)
    assert [r[:2] for r in rows(window.due_table)] == [["2026-09-19", "ID copy"]]
    assert [r[0] for r in rows(window.kept_table)] == ["Case record"]
    assert "rules were changed" in window.message_label.text()
    assert shown.shown == []


# -- who may act -----------------------------------------------------------------------------


def test_staff_see_the_lists_but_no_acting_buttons(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    ref, _done = done_disposal(desk)
    second = replied_case(desk)
    (item,) = retention.due_items(desk, desk.today())
    retention.request_disposal(as_manager(desk, "m.one"), [item], DisposalMethod.DELETION)
    desk.role, desk.actor = Role.STAFF, "s.staff"
    window = open_window(qtbot, desk)
    assert [r[2] for r in rows(window.pending_table)] == [item.description]
    assert second in item.description
    assert len(rows(window.records_table)) == 1 and ref in rows(window.records_table)[0][1]
    for button in (
        window.request_button,
        window.approve_button,
        window.withdraw_button,
        window.purpose_button,
    ):
        assert not button.isVisible()
    window.tabs.setCurrentIndex(window.TAB_RECORDS)
    assert window.save_button.isVisible() and window.print_button.isVisible()  # reading only
    assert window.viewer_note.isVisible()
    assert window.rules_button.isVisible()  # to look at
    dialog = window.edit_rules()
    assert isinstance(dialog, RetentionRulesDialog) and dialog.read_only
    assert dialog.ok_button is None
    assert not any(r.count_spin.isEnabled() or r.unit_box.isEnabled() for r in dialog.rows.values())
    dialog.accept()
    assert retention.rules(desk)[RetainedKind.ID_COPY].count == 30


# -- certificates ----------------------------------------------------------------------------


def test_a_certificate_is_saved_as_a_pdf(
    qtbot: QtBot, desk: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    import pypdf

    ref, _done = done_disposal(desk)
    window = open_window(qtbot, desk)
    assert not window.save_button.isEnabled()
    window.tabs.setCurrentIndex(window.TAB_RECORDS)
    choose(window.records_table)
    shown.next_file = None
    assert window.save_certificate() is None  # cancelled: nothing made
    assert "disposal.certificate" not in audit_actions(desk)
    shown.next_file = tmp_path / "certificate.pdf"
    click(qtbot, window.save_button)
    assert shown.texts("error") == []
    reader = pypdf.PdfReader(shown.next_file)
    text = "".join(page.extract_text() for page in reader.pages)
    assert ref in text and "W. Sato" in text
    assert window.message_label.text() == f"The certificate was saved to {shown.next_file}."
    assert audit_actions(desk).count("disposal.certificate") == 1


def test_a_certificate_is_printed(
    qtbot: QtBot,
    desk: DeskContext,
    shown: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done_disposal(desk)
    window = open_window(qtbot, desk)
    target = tmp_path / "printed.pdf"

    def pdf_printer(_parent: Any, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                printer.pageLayout().margins(),
            )
        )
        return printer

    monkeypatch.setattr(printing, "choose_printer", pdf_printer)
    choose(window.records_table)
    assert window.print_certificate() >= 1
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert shown.texts("error") == []


# -- the models ------------------------------------------------------------------------------

DUE = DueItem(RetainedKind.ID_COPY, 1, "R-1", "ID copy one", date(2026, 10, 5), "30 days")
LATER = DueItem(RetainedKind.LETTER, 2, "R-2", "Letter two", date(2026, 12, 1), "3 years")
PENDING = DisposalRecord(
    id=1,
    kind=RetainedKind.ID_COPY,
    item_id=1,
    reference="R-1",
    description="ID copy one",
    due_on=date(2026, 10, 5),
    rule="30 days",
    method=DisposalMethod.CONTRACTOR,
    certificate_number="C-1",
    witness="W",
    requested_by="m.one",
    requested_at="2026-11-24T01:30:00+00:00",
    approved_by="",
    approved_at=None,
    done_at=None,
)


def test_the_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    due = DueItemsModel()
    due.set_items([DUE, LATER], date(2026, 11, 24))
    qtmodeltester.check(due)
    assert due.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert due.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert due.index(1, 0).data(DueItemsModel.RecordRole) is LATER
    pending = PendingDisposalsModel("m.one")
    pending.set_records([PENDING])
    qtmodeltester.check(pending)
    assert pending.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    done = DisposalRecordsModel()
    done.set_records(
        [
            DisposalRecord(
                **{
                    **PENDING.__dict__,
                    "approved_by": "m.two",
                    "approved_at": "2026-11-24T02:00:00+00:00",
                    "done_at": "2026-11-24T02:00:00+00:00",
                }
            )
        ]
    )
    qtmodeltester.check(done)
    assert done.index(0, DisposalRecordsModel.COL_CERTIFICATE).data() == "C-1"
    kept = KeptItemsModel()
    kept.set_records([KeptItem(RetainedKind.LEDGER_BATCH, 3, "", "Batch", "until achieved")])
    qtmodeltester.check(kept)
    assert kept.index(0, KeptItemsModel.COL_KIND).data() == "Ledger batch"


@pytest.fixture
def japanese_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(before)


def test_descriptions_follow_the_language_of_the_screens(japanese_locale: None) -> None:
    model = DueItemsModel()
    item = DueItem(
        RetainedKind.ID_COPY, 1, "R-1", "ID copy one", date(2026, 10, 5), "30 days", "写し", "30日"
    )
    model.set_items([item], date(2026, 11, 24))
    assert model.index(0, DueItemsModel.COL_WHAT).data() == "写し"
    assert model.index(0, DueItemsModel.COL_RULE).data() == "30日"

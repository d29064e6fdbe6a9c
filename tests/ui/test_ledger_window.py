"""The Personal Information Ledger window: entries, yearly reviews and batches (issue 7),
driven like a manager would, on a real desk database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain.ledger import POLICY_PURPOSES, LedgerRetention, Medium
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit
from privacy_desk.domain.roles import Role
from privacy_desk.services import ledger
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import (
    BatchInfo,
    LedgerEntryData,
    LedgerEntryInfo,
    PurposeInfo,
    ReviewInfo,
)
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from privacy_desk.ui.dialogs.ledger_window import LedgerWindow
from privacy_desk.ui.models.ledger_models import (
    DUE_COLOR,
    BatchesModel,
    LedgerEntriesModel,
    ReviewsModel,
)
from tests.ui.conftest import Messages

TODAY = date(2026, 11, 24)  # the desk fixture's today


@pytest.fixture
def manager(desk: DeskContext) -> DeskContext:
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


def seminar_list(**changes: Any) -> LedgerEntryData:
    data = LedgerEntryData(
        name="Seminar attendance lists",
        data_items="Name, company, e-mail address",
        purposes=("P3", "P4"),
        medium=Medium.PAPER,
        retention=LedgerRetention(1, PeriodUnit.YEARS, "the event"),
        disposal_method=DisposalMethod.SHREDDING,
        department="Sales Promotion",
    )
    return replace(data, **changes)


def add(ctx: DeskContext, first_review_on: date | None = None, **changes: Any) -> LedgerEntryInfo:
    return ledger.add_entry(ctx, seminar_list(**changes), first_review_on=first_review_on)


def open_window(qtbot: QtBot, ctx: DeskContext) -> LedgerWindow:
    window = LedgerWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows(window: LedgerWindow) -> list[list[str]]:
    model = window.entries_table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def batch_rows(window: LedgerWindow) -> list[list[str]]:
    model = window.batches_table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def changes_audited(ctx: DeskContext) -> list[tuple[str, str, object, object]]:
    with ctx.db.read() as session:
        found = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "ledger.change").order_by(AuditEntry.id)
        )
        return [
            (
                e.entity_id,
                e.field,
                json.loads(e.old_value or "null"),
                json.loads(e.new_value or "null"),
            )
            for e in found
        ]


# -- adding an entry ----------------------------------------------------------------------------


def test_an_entry_added_in_the_dialog_is_in_the_ledger(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    window = open_window(qtbot, manager)
    assert window.windowTitle() == "Personal Information Ledger"
    assert not window.isModal() and window.width() >= 1000
    assert rows(window) == [] and not window.banner.isVisible()
    dialog = window.add_entry()
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Add Ledger Entry"
    assert list(dialog.purposes_box.boxes) == [p.code for p in POLICY_PURPOSES]
    assert dialog.first_review_edit is not None
    assert dialog.first_review_edit.date() == date(2027, 11, 24)  # a year from today
    assert not dialog.special_care_items_edit.isEnabled()
    assert not dialog.recipients_edit.isEnabled()

    dialog.name_edit.setText("採用応募者")
    dialog.data_items_edit.setPlainText("氏名、住所、履歴書、健康状態の申告")
    click(qtbot, dialog.purposes_box.boxes["P8"])
    dialog.purposes_box.boxes["P3"].setChecked(True)
    click(qtbot, dialog.special_care_box)
    assert dialog.special_care_items_edit.isEnabled()
    dialog.special_care_items_edit.setText("病歴")
    dialog.acquisition_edit.setText("Web form")
    dialog.storage_place_edit.setText("HR file server")
    dialog.medium_box.setCurrentIndex(dialog.medium_box.findData(Medium.ELECTRONIC.value))
    dialog.department_edit.setText("Human Resources")
    dialog.access_edit.setText("HR staff")
    dialog.period_of_use_edit.setText("Until the hiring decision")
    dialog.count_spin.setValue(6)
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData(PeriodUnit.MONTHS.value))
    dialog.event_edit.setText("the hiring decision")
    dialog.disposal_box.setCurrentIndex(dialog.disposal_box.findData(DisposalMethod.DELETION.value))
    click(qtbot, dialog.joint_use_box)
    assert dialog.recipients_edit.isEnabled()
    dialog.recipients_edit.setText("Group company HR")
    dialog.note_edit.setPlainText("Checked by the privacy office")
    dialog.first_review_edit.setDate(date(2027, 4, 1))
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    (entry,) = ledger.entries(manager)
    assert entry.data == LedgerEntryData(
        name="採用応募者",
        data_items="氏名、住所、履歴書、健康状態の申告",
        purposes=("P3", "P8"),
        medium=Medium.ELECTRONIC,
        retention=LedgerRetention(6, PeriodUnit.MONTHS, "the hiring decision"),
        disposal_method=DisposalMethod.DELETION,
        special_care=True,
        special_care_items="病歴",
        acquisition="Web form",
        storage_place="HR file server",
        department="Human Resources",
        access="HR staff",
        period_of_use="Until the hiring decision",
        third_party=False,
        joint_use=True,
        recipients="Group company HR",
        note="Checked by the privacy office",
    )
    assert entry.next_review_on == date(2027, 4, 1) and entry.created_by == "m.sato"
    assert rows(window) == [
        [
            str(entry.id),
            "採用応募者",
            "P3, P8",
            "Electronic",
            "Human Resources",
            "6 months after the hiring decision",
            "✓",
            "Joint use",
            "2027-04-01",
            "0",
        ]
    ]
    assert window.selected_entry() == entry
    assert window.message_label.text() == f"No. {entry.id} “採用応募者” was added to the ledger."
    assert window.details.text("special_care") == "Yes: 病歴"
    assert shown.shown == []


def test_missing_fields_are_said_in_the_dialog_and_nothing_typed_is_lost(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    window = open_window(qtbot, manager)
    dialog = window.add_entry()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Visitor log")
    click(qtbot, dialog.special_care_box)
    click(qtbot, dialog.third_party_box)
    dialog.count_spin.setValue(3)

    click(qtbot, dialog.ok_button)  # no event named for the period
    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert "Name the event the retention period is counted from" in dialog.message_label.text()
    assert dialog.focusWidget() is dialog.event_edit

    dialog.event_edit.setText("the visit")
    click(qtbot, dialog.ok_button)  # the service's sentence
    assert dialog.isVisible()
    text = dialog.message_label.text()
    for problem in (
        "List the data items it holds.",
        "Pick at least one purpose of use.",
        "Say which special-care-required information it includes.",
        "Name the third parties or joint users it goes to.",
    ):
        assert problem in text
    assert "Give the set of personal information a name." not in text
    assert ledger.entries(manager) == []
    # every value stays as typed
    assert dialog.name_edit.text() == "Visitor log"
    assert dialog.event_edit.text() == "the visit" and dialog.count_spin.value() == 3
    assert dialog.special_care_box.isChecked() and dialog.third_party_box.isChecked()

    # kept until the purpose is achieved: no count, no event
    dialog.unit_box.setCurrentIndex(
        dialog.unit_box.findData(PeriodUnit.UNTIL_PURPOSE_ACHIEVED.value)
    )
    assert not dialog.count_spin.isEnabled() and not dialog.event_edit.isEnabled()
    dialog.special_care_items_edit.setText("病歴")
    dialog.recipients_edit.setText("Venue operator")
    click(qtbot, dialog.special_care_box)  # unticked: what was typed under them is not kept
    click(qtbot, dialog.third_party_box)
    assert not dialog.special_care_items_edit.isEnabled()
    assert not dialog.recipients_edit.isEnabled()
    dialog.data_items_edit.setPlainText("Name, company, time of visit")
    dialog.purposes_box.boxes["P7"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        click(qtbot, dialog.ok_button)
    (entry,) = ledger.entries(manager)
    assert entry.data.retention == LedgerRetention(0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)
    assert entry.data.special_care_items == "" and entry.data.recipients == ""
    assert rows(window)[0][5] == "until the purpose of use is achieved"
    assert shown.shown == []


def test_a_taken_name_is_refused_with_the_service_s_sentence(
    qtbot: QtBot, manager: DeskContext
) -> None:
    first = add(manager)
    window = open_window(qtbot, manager)
    dialog = window.add_entry()
    assert dialog is not None
    dialog.name_edit.setText(first.name)
    dialog.data_items_edit.setPlainText("Name")
    dialog.purposes_box.boxes["P1"].setChecked(True)
    dialog.event_edit.setText("the event")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message_label.text() == (
        f"The ledger already has an entry named “{first.name}” (No. {first.id})."
    )
    assert len(ledger.entries(manager)) == 1


# -- changing an entry --------------------------------------------------------------------------


def test_editing_an_entry_changes_the_field_and_the_audit_trail_names_it(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    entry = add(manager)
    window = open_window(qtbot, manager)
    assert window.select_entry(entry.id)
    # a double-click opens the entry for editing
    table = window.entries_table
    rect = table.visualRect(table.model().index(0, LedgerEntriesModel.COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in window.findChildren(LedgerEntryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == f"Ledger Entry No. {entry.id}"
    assert dialog.first_review_edit is None
    assert dialog.name_edit.text() == entry.name
    assert dialog.purposes_box.codes() == ("P3", "P4")
    assert dialog.event_edit.text() == "the event" and dialog.count_spin.value() == 1

    dialog.department_edit.setText("Marketing")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)

    assert ledger.entry(manager, entry.id).data == replace(entry.data, department="Marketing")
    assert changes_audited(manager) == [
        (str(entry.id), "department", "Sales Promotion", "Marketing")
    ]
    assert rows(window)[0][LedgerEntriesModel.COL_DEPARTMENT] == "Marketing"
    assert window.details.text("department") == "Marketing"
    assert window.details.text("changed").endswith(" by m.sato")
    assert shown.shown == []


# -- reviews --------------------------------------------------------------------------------------


def test_a_review_recorded_moves_the_next_review_a_year_and_clears_the_banner(
    qtbot: QtBot, manager: DeskContext
) -> None:
    entry = add(manager, first_review_on=date(2026, 11, 1))
    window = open_window(qtbot, manager)
    assert window.banner.isVisible()
    assert window.banner.text() == "1 entry is due for its yearly review."
    cell = window.entries_table.model().index(0, LedgerEntriesModel.COL_NEXT_REVIEW)
    assert cell.data() == "2026-11-01"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == DUE_COLOR
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert window.details.text("next_review").endswith(", due")

    review = window.record_review()
    assert review is not None and review.date_edit.date() == TODAY
    assert review.windowTitle() == "Record Review" and review.isModal()
    assert review.next_label.text() == "The next review falls due on 2027-11-24."
    review.date_edit.setText("2026-12-01")  # a day still to come: refused
    click(qtbot, review.ok_button)
    assert review.isVisible()
    assert review.message_label.text() == "A review cannot be recorded for a day still to come."
    review.date_edit.setDate(TODAY)
    review.note_edit.setText("Still matches the seminar files")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, review.ok_button)

    assert ledger.entry(manager, entry.id).next_review_on == date(2027, 11, 24)
    assert not window.banner.isVisible()
    cell = window.entries_table.model().index(0, LedgerEntriesModel.COL_NEXT_REVIEW)
    assert cell.data() == "2027-11-24"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.tabs.tabText(window.TAB_REVIEWS) == "Reviews (1)"
    model = window.reviews_table.model()
    assert [model.index(0, c).data() for c in range(3)] == [
        "2026-11-24",
        "m.sato",
        "Still matches the seminar files",
    ]
    assert window.details.text("last_review").startswith("2026-11-24")
    assert window.details.text("last_review").endswith(" by m.sato")


def test_the_banner_counts_the_entries_due_for_review(qtbot: QtBot, manager: DeskContext) -> None:
    add(manager, first_review_on=date(2026, 10, 1), name="A")
    add(manager, first_review_on=TODAY, name="B")  # due today
    add(manager, first_review_on=date(2026, 11, 25), name="C")  # tomorrow: not yet
    window = open_window(qtbot, manager)
    assert window.banner.isVisible()
    assert window.banner.text() == "2 entries are due for their yearly review."
    assert "A" in window.banner.toolTip() and "C" not in window.banner.toolTip()
    due = [row[LedgerEntriesModel.COL_NAME] for row in rows(window)]
    assert due == ["A", "B", "C"]


# -- batches --------------------------------------------------------------------------------------


def test_a_batch_added_shows_when_it_falls_due(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    entry = add(manager)  # kept 1 year after "the event"
    window = open_window(qtbot, manager)
    window.tabs.setCurrentIndex(window.TAB_BATCHES)
    assert not window.event_button.isEnabled()  # no batch chosen
    dialog = window.add_batch()
    assert dialog is not None
    dialog.label_edit.setText("Applications 2025")
    dialog.event_edit.setText("2025-01-31")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert batch_rows(window) == [
        ["Applications 2025", "2025-01-31", "2026-01-31", "", "Due for disposal"]
    ]
    assert window.message_label.text() == (
        "The batch “Applications 2025” was added; it falls due on 2026-01-31."
    )

    dialog = window.add_batch()
    assert dialog is not None
    dialog.label_edit.setText("Applications 2026")  # its event has not happened yet
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert batch_rows(window)[1] == ["Applications 2026", "", "", "", "Kept; no event date yet"]
    assert window.tabs.tabText(window.TAB_BATCHES) == "Batches (2)"
    assert rows(window)[0][LedgerEntriesModel.COL_OPEN_BATCHES] == "2"

    selected = window.selected_batch()
    assert selected is not None and selected.label == "Applications 2026"
    event = window.set_batch_event()
    assert event is not None
    event.date_edit.setText("2026-06-30")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, event.ok_button)
    assert batch_rows(window)[1] == ["Applications 2026", "2026-06-30", "2027-06-30", "", "Kept"]
    (_first, second) = ledger.batches(manager, entry.id)
    assert second.event_on == date(2026, 6, 30) and second.due_on == date(2027, 6, 30)
    assert shown.shown == []


def test_retiring_is_refused_while_a_batch_is_kept(qtbot: QtBot, manager: DeskContext) -> None:
    kept = add(manager, name="Kept list")
    ledger.add_batch(manager, kept.id, "Applications 2025", date(2025, 1, 31))
    gone = add(manager, name="Old list")
    window = open_window(qtbot, manager)

    assert window.select_entry(kept.id)
    dialog = window.retire_entry()
    assert dialog is not None
    dialog.reason_edit.setText("No longer collected")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message_label.text() == (
        "Batches of this set are still kept: Applications 2025. Dispose of them first."
    )
    assert dialog.reason_edit.text() == "No longer collected"
    assert ledger.entry(manager, kept.id).retired_on is None
    dialog.reject()

    assert window.select_entry(gone.id)
    dialog = window.retire_entry()
    assert dialog is not None
    dialog.reason_edit.setText("All of it was shredded")
    with qtbot.waitSignal(window.changed, timeout=2000):
        click(qtbot, dialog.ok_button)
    assert ledger.entry(manager, gone.id).retired_on == TODAY
    assert [row[LedgerEntriesModel.COL_NAME] for row in rows(window)] == ["Kept list"]
    window.retired_box.setChecked(True)
    assert [row[LedgerEntriesModel.COL_NEXT_REVIEW] for row in rows(window)] == [
        "2027-11-24",
        "Retired",
    ]
    assert window.select_entry(gone.id)
    assert window.edit_button.isEnabled()
    assert not window.review_button.isEnabled() and not window.retire_button.isEnabled()
    assert not window.add_batch_button.isEnabled()
    assert window.record_review() is None and window.add_batch() is None


# -- who may act ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMINISTRATOR])
def test_anyone_else_reads_the_ledger_without_acting_buttons(
    qtbot: QtBot, manager: DeskContext, role: Role
) -> None:
    entry = add(manager)
    ledger.add_batch(manager, entry.id, "Applications 2025", date(2025, 1, 31))
    manager.role, manager.actor = role, "m.tanaka"
    window = open_window(qtbot, manager)
    assert rows(window)[0][LedgerEntriesModel.COL_NAME] == entry.name
    assert len(batch_rows(window)) == 1
    for button in window.acting_buttons():
        assert not button.isVisible(), button.text()
    assert window.viewer_note.isVisible()
    assert window.refresh_button.isVisible() and window.close_button.isVisible()
    assert window.add_entry() is None and window.edit_entry() is None
    assert window.record_review() is None and window.retire_entry() is None
    assert window.add_batch() is None
    table = window.entries_table
    rect = table.visualRect(table.model().index(0, LedgerEntriesModel.COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not [d for d in window.findChildren(LedgerEntryDialog) if d.isVisible()]


def test_a_manager_sees_the_acting_buttons(qtbot: QtBot, manager: DeskContext) -> None:
    add(manager)
    window = open_window(qtbot, manager)
    window.tabs.setCurrentIndex(window.TAB_BATCHES)
    assert all(button.isVisible() for button in window.acting_buttons())
    assert not window.viewer_note.isVisible()


# -- the details and the models --------------------------------------------------------------


@pytest.fixture
def japanese_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(before)


def test_the_details_give_the_purposes_in_full(qtbot: QtBot, manager: DeskContext) -> None:
    add(manager)
    window = open_window(qtbot, manager)
    purposes = window.details.text("purposes").splitlines()
    assert purposes == [f"{p.code}  {p.text_en}" for p in POLICY_PURPOSES if p.code in ("P3", "P4")]
    assert window.details.text("retention") == "1 year after the event"
    assert window.details.text("medium") == "Paper"
    assert window.details.text("recipients") == "—"


def test_the_purposes_are_in_japanese_when_the_screens_are(
    qtbot: QtBot, manager: DeskContext, japanese_locale: None
) -> None:
    add(manager)
    window = open_window(qtbot, manager)
    (p3, _p4) = window.details.text("purposes").splitlines()
    assert p3 == f"P3  {POLICY_PURPOSES[2].text_ja}"
    dialog = window.edit_entry()
    assert dialog is not None
    box = dialog.purposes_box.boxes["P3"]
    assert box.toolTip() == POLICY_PURPOSES[2].text_en  # the other language
    assert POLICY_PURPOSES[2].text_ja in box.accessibleName()


def test_the_ledger_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    data = seminar_list()
    entries = [
        LedgerEntryInfo(1, data, date(2026, 11, 1), None, None, "a", "t", "a", "t", 2),
        LedgerEntryInfo(
            2,
            replace(data, name="B", special_care=True, special_care_items="x"),
            date(2027, 1, 1),
            None,
            date(2026, 5, 1),
            "a",
            "t",
            "a",
            "t",
            0,
        ),
    ]
    model = LedgerEntriesModel()
    purposes = [PurposeInfo(p.code, p.text_en, p.text_ja) for p in POLICY_PURPOSES]
    model.set_entries(entries, TODAY, purposes)
    qtmodeltester.check(model)
    assert model.index(0, LedgerEntriesModel.COL_NEXT_REVIEW).data(Qt.ItemDataRole.FontRole).bold()
    retired = model.index(1, LedgerEntriesModel.COL_NEXT_REVIEW)
    assert retired.data() == "Retired"
    assert retired.data(Qt.ItemDataRole.ToolTipRole) == "Retired on 2026-05-01; no more reviews."
    assert "Management of contracts" in model.index(0, LedgerEntriesModel.COL_PURPOSES).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(0, LedgerEntriesModel.COL_NO).data(LedgerEntriesModel.SortRole) == 1

    reviews = ReviewsModel()
    reviews.set_records([ReviewInfo(1, date(2026, 1, 5), "m.sato", "ok")])
    qtmodeltester.check(reviews)

    batches = BatchesModel()
    batches.set_batches(
        [
            BatchInfo(1, 1, "2024", date(2024, 1, 1), date(2025, 1, 1), None, False, None),
            BatchInfo(2, 1, "2025", date(2025, 1, 1), date(2026, 1, 1), None, True, None),
            BatchInfo(3, 1, "2023", None, None, None, False, "2026-01-05T01:00:00+00:00"),
        ],
        TODAY,
        until_achieved=False,
    )
    qtmodeltester.check(batches)
    states = [batches.index(r, BatchesModel.COL_STATE).data() for r in range(3)]
    assert states[:2] == ["Due for disposal", "Disposal requested"]
    assert states[2].startswith("Disposed of 2026-01-05")

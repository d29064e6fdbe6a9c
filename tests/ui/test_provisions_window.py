"""The Third-Party Provision Records window (APPI Art. 29/30; issue 7): logging a record,
finding it however the name was typed, and the look-up for a case (Art. 33(5)).

All people, companies and addresses are invented.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain.ledger import (
    LedgerRetention,
    Medium,
    ProvisionBasis,
    ProvisionDirection,
)
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit
from privacy_desk.domain.roles import Role
from privacy_desk.services import ledger
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import LedgerEntryData, LedgerEntryInfo, ProvisionData
from privacy_desk.store.models import AuditEntry
from privacy_desk.ui.dialogs.provisions_window import (
    ProvisionDetailsDialog,
    ProvisionDialog,
    ProvisionsWindow,
)
from privacy_desk.ui.models.provision_models import ProvisionsModel
from tests.helpers.cases import log_case
from tests.ui.conftest import Messages

HANAKO = "山田　花子"
HANAKO_KANA = "やまだ はなこ"  # full-width hiragana, as a clerk might type it
HANAKO_BORN = date(1985, 6, 15)
NO_ENTRY_HINT = (
    "No ledger entry is provided to third parties or jointly used; "
    "a manager marks that in the ledger."
)


@pytest.fixture
def manager(desk: DeskContext) -> DeskContext:
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


def add_entry(ctx: DeskContext, name: str, **flags: Any) -> LedgerEntryInfo:
    return ledger.add_entry(
        ctx,
        LedgerEntryData(
            name=name,
            data_items="氏名、住所、電話番号",
            purposes=("P1",),
            medium=Medium.ELECTRONIC,
            retention=LedgerRetention(5, PeriodUnit.YEARS, "契約終了"),
            disposal_method=DisposalMethod.DELETION,
            **flags,
        ),
    )


def delivered(ctx: DeskContext) -> LedgerEntryInfo:
    """A ledger entry whose data goes to a delivery company."""
    return add_entry(ctx, "修理受付顧客リスト", third_party=True, recipients="試験配送株式会社")


def provide(ctx: DeskContext, entry_id: int, **fields: Any) -> int:
    """A provision record straight through the service; its number."""
    values: dict[str, Any] = {
        "entry_id": entry_id,
        "direction": ProvisionDirection.PROVIDED,
        "provided_on": date(2026, 10, 1),
        "counterparty": "試験配送株式会社",
        "subject_name": HANAKO,
        "subject_kana": HANAKO_KANA,
        "subject_birth_date": HANAKO_BORN,
        "items": "氏名、住所、電話番号",
        "basis": ProvisionBasis.CONSENT,
    }
    values.update(fields)
    return ledger.record_provision(ctx, ProvisionData(**values)).id


def open_window(qtbot: QtBot, ctx: DeskContext, **kwargs: Any) -> ProvisionsWindow:
    window = ProvisionsWindow(ctx, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def listed(window: ProvisionsWindow) -> list[int]:
    return [record.id for record in window.records()]


def rows(window: ProvisionsWindow) -> list[list[str]]:
    model = window.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def open_log_dialog(qtbot: QtBot, window: ProvisionsWindow) -> ProvisionDialog:
    click(qtbot, window.log_button)
    dialogs = [d for d in window.findChildren(ProvisionDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def search(qtbot: QtBot, window: ProvisionsWindow, text: str) -> None:
    """Type into the person field (setText: keyClicks aborts on Japanese) and wait for the
    search that follows a moment later."""
    with qtbot.waitSignal(window.search_timer.timeout, timeout=2000):
        window.search_edit.setText(text)
        assert window.search_timer.isActive()  # not at once: a short pause first


def audit_lookups(ctx: DeskContext) -> list[dict[str, Any]]:
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "provision.lookup"))
        return [{"reference": e.entity_id, **json.loads(e.details)} for e in entries]


# -- logging and finding -----------------------------------------------------------------------


def test_a_provision_logged_in_the_dialog_is_found_by_half_width_katakana(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    entry = delivered(manager)
    provide(manager, entry.id, subject_name="鈴木　一郎", subject_kana="すずき いちろう")
    window = open_window(qtbot, manager)
    assert window.windowTitle() == "Third-Party Provision Records"
    assert not window.isModal()
    assert window.count_label.text() == "1 record"

    dialog = open_log_dialog(qtbot, window)
    assert dialog.entry_box.currentText() == f"No. {entry.id} 修理受付顧客リスト"
    assert dialog.date_edit.date() == manager.today()  # today unless said otherwise
    dialog.date_edit.setDate(date(2026, 11, 2))
    dialog.counterparty_edit.setText("試験配送株式会社")
    dialog.address_edit.setText("東京都試験区見本町1-2-3")
    dialog.name_edit.setText(HANAKO)
    dialog.kana_edit.setText(HANAKO_KANA)
    dialog.birth_edit.setDate(HANAKO_BORN)
    dialog.items_edit.setText("氏名、住所、電話番号、修理品の型番")
    click(qtbot, dialog.ok_button)

    assert dialog.result() == ProvisionDialog.DialogCode.Accepted
    recorded = dialog.recorded
    assert recorded is not None
    assert recorded.data.subject_kana == HANAKO_KANA
    assert recorded.data.direction is ProvisionDirection.PROVIDED
    assert recorded.recorded_by == "m.sato"
    assert window.message_label.text() == f"Provision record No. {recorded.id} was logged."
    assert window.selected_record() == recorded
    assert window.count_label.text() == "2 records"

    search(qtbot, window, "ﾔﾏﾀﾞ")  # half-width katakana for the hiragana やまだ
    assert listed(window) == [recorded.id]
    assert rows(window) == [
        [
            "2026-11-02",
            "Provided",
            "修理受付顧客リスト",
            "試験配送株式会社",
            HANAKO,
            HANAKO_KANA,
            "1985-06-15",
            "氏名、住所、電話番号、修理品の型番",
            "Consent",
        ]
    ]
    search(qtbot, window, "山田花子")  # the name without the space
    assert listed(window) == [recorded.id]
    search(qtbot, window, "ﾀﾅｶ")
    assert listed(window) == []
    assert window.count_label.text() == "No records match the search."
    assert shown.shown == []


def test_missing_fields_show_the_service_sentence_and_keep_every_value(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    delivered(manager)
    window = open_window(qtbot, manager)
    dialog = open_log_dialog(qtbot, window)
    dialog.set_direction(ProvisionDirection.RECEIVED)
    assert dialog.counterparty_label.text() == "Provided by:"
    dialog.set_basis(ProvisionBasis.OTHER)
    dialog.name_edit.setText(HANAKO)
    dialog.kana_edit.setText(HANAKO_KANA)
    dialog.address_edit.setText("大阪府試験市見本町4-5-6")
    click(qtbot, dialog.ok_button)

    assert dialog.isVisible()  # still open, nothing recorded
    assert dialog.recorded is None
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == (
        "Name who provided it. List the data items provided. Explain the basis in the note."
    )
    assert dialog.focusWidget() is dialog.counterparty_edit  # the first field named
    assert (dialog.name_edit.text(), dialog.kana_edit.text()) == (HANAKO, HANAKO_KANA)
    assert dialog.address_edit.text() == "大阪府試験市見本町4-5-6"
    assert dialog.direction() is ProvisionDirection.RECEIVED
    assert dialog.basis() is ProvisionBasis.OTHER
    assert ledger.provisions(manager) == []

    dialog.counterparty_edit.setText("見本データ株式会社")
    dialog.items_edit.setText("氏名、メールアドレス")
    click(qtbot, dialog.ok_button)
    assert dialog.message_label.text() == "Explain the basis in the note."
    assert dialog.focusWidget() is dialog.note_edit
    dialog.note_edit.setText("共同利用の通知済み")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    [stored] = ledger.provisions(manager)
    assert stored.data.counterparty == "見本データ株式会社"
    assert stored.data.counterparty_address == "大阪府試験市見本町4-5-6"
    assert stored.data.note == "共同利用の通知済み"
    assert listed(window) == [stored.id]
    assert rows(window)[0][1] == "Received"
    assert shown.shown == []


def test_an_unreadable_date_is_refused_in_the_dialog(
    qtbot: QtBot, manager: DeskContext, shown: Messages
) -> None:
    delivered(manager)
    window = open_window(qtbot, manager)
    dialog = open_log_dialog(qtbot, window)
    dialog.counterparty_edit.setText("試験配送株式会社")
    dialog.name_edit.setText(HANAKO)
    dialog.items_edit.setText("氏名")
    dialog.birth_edit.setText("1985-13-40")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Date of birth: ")
    assert dialog.birth_edit.text() == "1985-13-40"
    assert dialog.focusWidget() is dialog.birth_edit
    assert ledger.provisions(manager) == []
    assert shown.shown == []


# -- who may log, and against what -------------------------------------------------------------


def test_staff_may_log_but_only_against_entries_that_go_to_third_parties(
    qtbot: QtBot, manager: DeskContext
) -> None:
    provided = delivered(manager)
    joint = add_entry(manager, "セミナー参加者名簿", joint_use=True, recipients="試験グループ各社")
    kept = add_entry(manager, "社内連絡網")  # neither provided nor jointly used
    manager.role, manager.actor = Role.STAFF, "k.tanaka"
    window = open_window(qtbot, manager)
    assert window.log_button.isVisible()

    dialog = open_log_dialog(qtbot, window)
    offered = [dialog.entry_box.itemData(i) for i in range(dialog.entry_box.count())]
    assert offered == [provided.id, joint.id]
    assert not dialog.set_entry(kept.id)
    assert dialog.entry_hint.text() == (
        "Only entries provided to third parties or jointly used are listed."
    )
    assert dialog.ok_button.isEnabled()
    # Data received from a third party (Art. 30) may belong to any set; the choice stays.
    dialog.set_entry(joint.id)
    dialog.set_direction(ProvisionDirection.RECEIVED)
    offered = [dialog.entry_box.itemData(i) for i in range(dialog.entry_box.count())]
    assert offered == [provided.id, joint.id, kept.id] and dialog.entry_id() == joint.id
    assert dialog.counterparty_label.text() == "Provided by:"
    dialog.set_direction(ProvisionDirection.PROVIDED)
    assert dialog.entry_box.count() == 2 and dialog.entry_id() == joint.id
    # The search may still filter by every entry.
    searchable = [window.entry_box.itemData(i) for i in range(window.entry_box.count())]
    assert searchable == [None, provided.id, joint.id, kept.id]


def test_without_an_entry_for_third_parties_the_dialog_says_who_marks_one(
    qtbot: QtBot, manager: DeskContext
) -> None:
    add_entry(manager, "社内連絡網")
    window = open_window(qtbot, manager)
    dialog = open_log_dialog(qtbot, window)
    assert dialog.entry_box.count() == 0
    assert dialog.entry_hint.isVisible()
    assert dialog.entry_hint.text() == NO_ENTRY_HINT
    assert not dialog.ok_button.isEnabled()
    dialog.set_direction(ProvisionDirection.RECEIVED)
    assert dialog.entry_box.count() == 1 and dialog.ok_button.isEnabled()


def test_without_a_role_nothing_is_shown_and_nothing_can_be_logged(
    qtbot: QtBot, desk: DeskContext
) -> None:
    desk.role = None  # as before logins are switched on
    window = open_window(qtbot, desk)
    assert not window.log_button.isVisible()
    assert window.log_provision() is None
    assert window.message_label.text() == "Log in first: this needs a user with a role."


# -- searching ---------------------------------------------------------------------------------


def test_the_search_filters_by_entry_and_period(qtbot: QtBot, manager: DeskContext) -> None:
    first = delivered(manager)
    second = add_entry(manager, "セミナー参加者名簿", joint_use=True, recipients="試験グループ各社")
    early = provide(manager, first.id, provided_on=date(2026, 3, 1))
    late = provide(manager, first.id, provided_on=date(2026, 9, 1))
    other = provide(manager, second.id, provided_on=date(2026, 9, 2))
    window = open_window(qtbot, manager)
    assert listed(window) == [other, late, early]  # newest first

    assert window.set_entry(first.id)
    assert listed(window) == [late, early]
    window.since_edit.setDate(date(2026, 6, 1))
    assert listed(window) == [late]
    assert window.set_entry(None)
    assert listed(window) == [other, late]
    window.until_edit.setDate(date(2026, 9, 1))
    assert listed(window) == [late]

    window.until_edit.setDate(date(2026, 5, 1))  # before the From date
    assert window.message_label.text() == "The From date is after the To date."
    window.until_edit.setDate(None)
    assert not window.message_label.isVisible()
    assert listed(window) == [other, late]


def test_double_click_shows_the_whole_record(qtbot: QtBot, manager: DeskContext) -> None:
    entry = delivered(manager)
    number = provide(
        manager,
        entry.id,
        counterparty_address="東京都試験区見本町1-2-3",
        note="本人の同意書あり",
        basis=ProvisionBasis.CONSENT,
    )
    window = open_window(qtbot, manager)
    assert not window.details_button.isEnabled()
    index = window.table.model().index(0, ProvisionsModel.COL_PERSON)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.details_button.isEnabled()
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    [details] = [d for d in window.findChildren(ProvisionDetailsDialog) if d.isVisible()]
    assert details.windowTitle() == f"Provision Record No. {number}"
    values = {title: label.text() for title, label in details.values.items()}
    assert values["Recipient's address:"] == "東京都試験区見本町1-2-3"
    assert values["Note:"] == "本人の同意書あり"
    assert values["Recorded by:"] == "m.sato"
    assert values["Date of birth:"] == "1985-06-15（昭和60年6月15日）"
    assert values["Basis:"] == "The person's prior consent"
    assert values["Ledger entry:"] == f"No. {entry.id} 修理受付顧客リスト"


# -- the look-up for a case --------------------------------------------------------------------


def test_the_case_look_up_lists_the_requesters_records_not_a_namesakes(
    qtbot: QtBot, manager: DeskContext
) -> None:
    entry = delivered(manager)
    hers = provide(manager, entry.id, provided_on=date(2026, 9, 1))
    by_kana = provide(  # the name written another way; the kana in katakana, half-width
        manager, entry.id, subject_name="山田 はな子", subject_kana="ﾔﾏﾀﾞ ﾊﾅｺ"
    )
    provide(manager, entry.id, subject_birth_date=date(1990, 1, 2))  # a namesake
    provide(manager, entry.id, subject_name="山田　花", subject_kana="やまだ はな")  # another
    reference = log_case(
        manager,
        requester_name=HANAKO,
        requester_kana="ヤマダ　ハナコ",
        requester_birth_date=HANAKO_BORN,
    )
    assert audit_lookups(manager) == []

    window = open_window(qtbot, manager, case_reference=reference)
    assert window.windowTitle() == (f"Provision records about the requester of case {reference}")
    assert sorted(listed(window)) == sorted([hers, by_kana])
    assert window.count_label.text() == "2 records"
    assert HANAKO in window.requester_label.text()
    assert not hasattr(window, "search_edit")  # no search row: the case decides
    assert not window.log_button.isVisible()
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert any("APPI Art. 33(5)" in text for text in texts)

    [lookup] = audit_lookups(manager)
    assert lookup == {"reference": reference, "found": 2}
    window.refresh()
    assert len(audit_lookups(manager)) == 2  # each look-up is on the record


def test_the_case_look_up_says_when_there_is_nothing(qtbot: QtBot, manager: DeskContext) -> None:
    entry = delivered(manager)
    provide(manager, entry.id)
    reference = log_case(manager, requester_name="佐藤　次郎", requester_kana="サトウ　ジロウ")
    window = open_window(qtbot, manager, case_reference=reference)
    assert listed(window) == []
    assert window.count_label.text() == "No provision records about this requester."
    assert audit_lookups(manager) == [{"reference": reference, "found": 0}]


def test_an_unknown_case_is_said_in_the_window(qtbot: QtBot, manager: DeskContext) -> None:
    window = open_window(qtbot, manager, case_reference="2026-9999")
    assert window.message_label.isVisible()
    assert window.message_label.text() == "There is no case 2026-9999."
    assert listed(window) == []


# -- the model ---------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: Any, manager: DeskContext) -> None:
    entry = delivered(manager)
    provide(manager, entry.id)
    provide(manager, entry.id, subject_birth_date=None, basis=ProvisionBasis.GOVERNMENT)
    model = ProvisionsModel()
    model.set_records(ledger.provisions(manager))
    qtmodeltester.check(model)
    record = model.index(1, 0).data(ProvisionsModel.RecordRole)
    assert record == model.record(1)
    assert model.index(0, ProvisionsModel.COL_BIRTH_DATE).data() == ""
    assert model.index(0, ProvisionsModel.COL_BASIS).data() == "Government body"
    tip = model.index(0, ProvisionsModel.COL_BASIS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Cooperation with a government body"

"""The case list and Today bring themselves up to date when another desk saves (issue 11).

The timer's slot (``AutoRefresh.tick``) is called directly; tasks run at once.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from privacy_desk import settings as S
from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError
from privacy_desk.services import cases, changes, demo
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.cases import another_desk, log_case
from tests.ui.conftest import Messages


class Resets:
    """Counts the list model's resets (each a reading of the list shown)."""

    def __init__(self, window: MainWindow) -> None:
        self.count = 0
        window.case_list.model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def open_window(qtbot: QtBot, desk: DeskContext) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.auto_refresh.timer.isActive)  # started after the first paint
    return window


def test_the_timer_shows_another_desks_change_keeping_selection_and_scroll(
    qtbot: QtBot, desk: DeskContext
) -> None:
    demo.add_demo_cases(desk, 300, seed=5)
    window = open_window(qtbot, desk)
    page = window.case_list
    assert window.auto_refresh.timer.interval() == 30_000  # list.refresh_seconds
    page.status_combo.setCurrentIndex(1)  # all statuses: a filter the user chose
    table = page.table
    table.verticalScrollBar().setValue(100)
    top = table.rowAt(0)
    top_reference = page.model.record(top).reference
    chosen = page.model.record(top + 3).reference
    assert page.select_reference(chosen)
    resets = Resets(window)
    total = page.model.rowCount()

    with another_desk(desk) as other:  # a letter arrived today at the next desk
        new = log_case(other, received_on=date(2026, 11, 24))
    window.auto_refresh.tick()

    assert resets.count == 1
    assert page.model.rowCount() == total + 1
    assert page.model.record(0).reference == new  # newest first, as sorted
    assert page.current_reference() == chosen  # the selection stays
    assert page.status_combo.currentIndex() == 1  # and the filter
    assert page.model.record(table.rowAt(0)).reference == top_reference  # the rows on screen
    assert table.verticalScrollBar().value() == 101


def test_nothing_is_read_again_when_nothing_changed(qtbot: QtBot, desk: DeskContext) -> None:
    reference = log_case(desk)
    window = open_window(qtbot, desk)
    resets = Resets(window)
    window.auto_refresh.tick()
    window.auto_refresh.tick()
    with another_desk(desk) as other:  # a look at another desk is recorded, but changes nothing
        other.record_event("export.table", "table", what="cases", rows=1, format="csv")
    window.auto_refresh.tick()
    assert resets.count == 0

    window.case_list.select_reference(reference)
    with another_desk(desk) as other:
        cases.update_case(other, reference, {"assigned_to": "sato"})
    window.auto_refresh.tick()
    window.auto_refresh.tick()
    assert resets.count == 1  # read once, for the one change
    assert window.case_list.model.record(0).assigned_to == "sato"
    assert window.case_list.current_reference() == reference
    assert "sato" in [
        window.case_list.assignee_combo.itemText(i)
        for i in range(window.case_list.assignee_combo.count())
    ]


def test_a_save_at_this_desk_is_not_read_twice(qtbot: QtBot, desk: DeskContext) -> None:
    reference = log_case(desk)
    window = open_window(qtbot, desk)
    page = window.open_case(reference)
    page.form.requester_phone.setText("075-222-2222")
    assert page.save()  # the list is read again at once (caseChanged)
    resets = Resets(window)
    window.auto_refresh.tick()
    assert resets.count == 0


def test_a_search_being_typed_is_left_alone(qtbot: QtBot, desk: DeskContext) -> None:
    log_case(desk)
    window = open_window(qtbot, desk)
    page = window.case_list
    resets = Resets(window)
    page.search.setText("2026")  # typed: the search waits for a pause
    assert page.user_at_work()
    with another_desk(desk) as other:
        log_case(other)
    window.auto_refresh.tick()
    assert resets.count == 0 and page.search.text() == "2026"

    qtbot.waitUntil(lambda: not page.search_timer.isActive())  # the search ran
    count = resets.count
    window.auto_refresh.tick()  # and now the change comes
    assert resets.count == count + 1
    assert page.model.rowCount() == 2 and page.model.query.search == "2026"


def test_today_is_read_again_when_it_shows(qtbot: QtBot, desk: DeskContext) -> None:
    reference = log_case(desk)  # arrived 2026-11-09: due today
    window = open_window(qtbot, desk)
    window.show_tab(1)
    today = window.today
    before = int(today.awaiting_reply.value.text())
    today.due_today.select_reference(reference)
    with another_desk(desk) as other:
        log_case(other)
    window.auto_refresh.tick()
    assert int(today.awaiting_reply.value.text()) == before + 1
    assert today.due_today_model.rowCount() == 2
    assert today.due_today.current_reference() == reference  # the selection stays


def test_a_new_day_reads_the_list_again(qtbot: QtBot, desk: DeskContext) -> None:
    log_case(desk)
    window = open_window(qtbot, desk)
    resets = Resets(window)
    days_left = window.case_list.model.record(0).days_left
    today = desk.today()
    desk.today = lambda: today + timedelta(days=1)  # the program ran past midnight
    window.auto_refresh.tick()
    assert resets.count == 1
    assert window.case_list.model.record(0).days_left == days_left - 1
    assert window.auto_refresh.day == today + timedelta(days=1)


def test_an_unreadable_database_is_said_once_in_the_status_bar(
    qtbot: QtBot, desk: DeskContext, shown: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_case(desk)
    window = open_window(qtbot, desk)
    refresh = window.auto_refresh
    looks: list[int | None] = []

    def unreachable(_ctx: DeskContext, seen: int | None) -> changes.Changes:
        looks.append(seen)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server cannot be reached: check that it is running and that "
                "this computer is on the office network, then try again. Nothing was changed.",
            )
        )

    real = changes.changes_since
    monkeypatch.setattr(changes, "changes_since", unreachable)
    refresh.tick()
    refresh.tick()  # tried again at each tick, said once
    assert len(looks) == 2
    assert not refresh.problem.isHidden()
    assert "out of date" in refresh.problem.text()
    assert "cannot be reached" in refresh.problem.toolTip()
    assert shown.shown == []  # no message box
    assert refresh.timer.isActive()

    with another_desk(desk) as other:
        log_case(other)
    monkeypatch.setattr(changes, "changes_since", real)
    refresh.tick()
    assert refresh.problem.isHidden()
    assert window.case_list.model.rowCount() == 2  # what was missed comes in


def test_nothing_is_looked_at_while_the_screen_is_locked_or_with_no_interval(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, desk)
    looks: list[int | None] = []
    monkeypatch.setattr(
        changes, "changes_since", lambda _ctx, seen: looks.append(seen) or changes.Changes(0, False)
    )
    window.centralWidget().hide()  # the idle lock's curtain
    window.auto_refresh.tick()
    window.centralWidget().show()
    window.busy = True  # a backup is being written
    window.auto_refresh.tick()
    window.busy = False
    assert looks == []
    window.auto_refresh.tick()
    assert len(looks) == 1

    desk.settings.set(S.LIST_REFRESH_SECONDS, 0)
    window.auto_refresh.start()
    assert not window.auto_refresh.timer.isActive()


def test_the_timer_runs_the_look_off_the_gui_thread(qtbot: QtBot, desk: DeskContext) -> None:
    from privacy_desk.ui import tasks

    log_case(desk)
    window = open_window(qtbot, desk)
    window.auto_refresh.set_seconds(1)
    tasks.set_immediate(False)
    try:
        with another_desk(desk) as other:
            log_case(other)
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 2, timeout=10_000)
        qtbot.waitUntil(lambda: not window.auto_refresh.looking)
    finally:
        window.auto_refresh.set_seconds(0)
        tasks.wait_for_all()
        tasks.set_immediate(True)

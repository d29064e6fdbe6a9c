"""The case page when another desk saved the same case first (issue 11): the save is
refused with who changed it, the page shows the case as it is now, and nothing typed is
lost. (The services' side, on SQLite and PostgreSQL: tests/services/test_several_desks.py.)"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from privacy_desk.services import cases
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from tests.helpers.cases import another_desk, log_case
from tests.ui.conftest import Messages


def test_a_save_after_another_desks_change_is_refused_and_the_typing_kept(
    qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    reference = log_case(desk)
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    typed = "京都府向日市寺戸町試験9-9"
    page.form.requester_address.setText(typed)

    with another_desk(desk) as other:
        cases.update_case(other, reference, {"requester_phone": "075-111-1111"})

    assert not page.save()
    [said] = shown.texts("error")
    assert reference in said and "sato" in said and "not saved" in said
    stored = cases.get_case(desk, reference)
    assert stored.requester_address != typed and stored.requester_phone == "075-111-1111"
    assert page.form.requester_address.text() == typed  # nothing typed is lost
    assert page.form.requester_phone.text() == "075-111-1111"  # not touched: the case's now
    assert page.has_unsaved_changes()  # the typing still waits to be saved
    assert page.case is not None and page.case.version == stored.version  # shown as it is now
    assert page.history_model.actors() >= {"sato"}

    assert page.save()  # looked over, saved again: the other's change stays
    saved = cases.get_case(desk, reference)
    assert saved.requester_address == typed and saved.requester_phone == "075-111-1111"

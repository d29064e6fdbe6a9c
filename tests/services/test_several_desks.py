"""Several desks on one database (issue 11): a save over another desk's change is
refused with what changed, and references stay unique and sequential."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import ChangedElsewhere
from privacy_desk.services import cases, letters
from privacy_desk.services.context import DeskContext
from privacy_desk.store.audit import verify_chain
from tests.helpers.cases import another_desk, log_case


@pytest.fixture
def other_desk(desk: DeskContext) -> Iterator[DeskContext]:
    with another_desk(desk) as other:
        yield other


def test_a_save_over_a_change_made_elsewhere_is_refused_with_what_changed(
    desk: DeskContext, other_desk: DeskContext
) -> None:
    reference = log_case(desk)
    seen = cases.get_case(desk, reference)  # the clerk opens the case …
    cases.update_case(  # … the other desk changes it meanwhile …
        other_desk, reference, {"requester_phone": "075-111-1111"}, seen_version=seen.version
    )
    with pytest.raises(ChangedElsewhere) as refused:  # … and the clerk saves
        cases.update_case(
            desk,
            reference,
            {"requester_address": "京都府向日市寺戸町試験9"},
            seen_version=seen.version,
        )
    assert "sato" in refused.value.message and reference in refused.value.message
    assert [(c.actor, c.action, c.field) for c in refused.value.changes] == [
        ("sato", "case.change", "requester_phone")
    ]
    now = cases.get_case(desk, reference)
    assert now.requester_phone == "075-111-1111"  # the other's change stands
    assert now.requester_address == seen.requester_address  # nothing of the refused save
    assert now.version == seen.version + 1
    with desk.db.read() as session:
        assert verify_chain(session).ok


def test_the_refusal_lists_the_change_though_someone_printed_the_form_after_it(
    desk: DeskContext, other_desk: DeskContext
) -> None:
    reference = log_case(desk)
    seen = cases.get_case(desk, reference)
    cases.update_case(other_desk, reference, {"notes": "電話あり"}, seen_version=seen.version)
    letters.request_form_pdf(other_desk, reference)  # audited, but no save of the case
    with pytest.raises(ChangedElsewhere) as refused:
        cases.update_case(desk, reference, {"notes": "別の話"}, seen_version=seen.version)
    assert [(c.actor, c.field) for c in refused.value.changes] == [("sato", "notes")]
    assert "sato" in refused.value.message


def test_a_save_of_the_version_seen_goes_through_and_counts_up(desk: DeskContext) -> None:
    reference = log_case(desk)
    first = cases.get_case(desk, reference)
    assert first.version == 1
    saved = cases.update_case(desk, reference, {"notes": "電話あり"}, seen_version=first.version)
    assert saved.version == 2
    # a change of a request's texts alone is a new version of the case too
    request_type = first.requests[0].request_type
    again = cases.update_case(
        desk, reference, {}, request_texts={request_type: ("全部", "")}, seen_version=2
    )
    assert again.version == 3
    moved = cases.move_status(desk, reference, CaseStatus.AWAITING_DOCUMENTS, seen_version=3)
    assert moved.version == 4
    with pytest.raises(ChangedElsewhere):
        cases.move_status(desk, reference, CaseStatus.RECEIVED, seen_version=3)
    assert cases.get_case(desk, reference).status is CaseStatus.AWAITING_DOCUMENTS


def test_desks_logging_at_once_get_unique_sequential_references(
    desk: DeskContext, other_desk: DeskContext
) -> None:
    per_desk = 15
    made: dict[str, list[str]] = {"clerk": [], "sato": []}
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def log_many(ctx: DeskContext) -> None:
        try:
            start.wait()
            for _ in range(per_desk):
                made[ctx.actor].append(log_case(ctx))
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=log_many, args=(ctx,)) for ctx in (desk, other_desk)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    references = sorted(made["clerk"] + made["sato"])
    assert references == [f"2026-{n:04d}" for n in range(1, 2 * per_desk + 1)]
    for mine in made.values():
        assert mine == sorted(mine)  # each desk's own in the order it logged them
    with desk.db.read() as session:
        assert verify_chain(session).ok

"""Retention rules, the due list, and disposal by two managers (issue 7)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select, update

from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit, RetainedKind
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.paths import DataPaths
from privacy_desk.services import cases, decisions, documents, retention
from privacy_desk.services.context import DeskContext
from privacy_desk.settings import Settings
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.lifecycle import open_database
from privacy_desk.store.models import AuditEntry, Case, DocumentPage
from tests.helpers.cases import log_case
from tests.helpers.documents import small_page, verify_identity

NAME = "廃棄　確認子"


def replied_case(ctx: DeskContext, *, close: bool = False) -> str:
    """A case answered on 2026-09-05 (its ID copy due 2026-10-05), closed on 09-06."""
    ref = log_case(ctx, received_on=date(2026, 9, 1), requester_name=NAME, notes="memo")
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


def test_an_answered_case_s_id_copy_is_due_30_days_after_the_reply(desk: DeskContext) -> None:
    ref = replied_case(desk)
    assert retention.due_items(desk, date(2026, 10, 4)) == []
    (item,) = retention.due_items(desk, date(2026, 10, 5))
    assert (item.kind, item.due_on, item.rule) == (
        RetainedKind.ID_COPY,
        date(2026, 10, 5),
        "30 days after the reply",
    )
    assert item.description == f"ID copy: Driver's license of the principal of case {ref}, 1 page"
    assert NAME not in item.description
    # the horizon looks ahead
    assert len(retention.due_items(desk, date(2026, 10, 1), horizon_days=4)) == 1


def test_case_records_are_due_after_closing_and_drop_out_when_reopened(
    desk: DeskContext,
) -> None:
    ref = replied_case(desk, close=True)
    kinds = {i.kind for i in retention.due_items(desk, date(2029, 9, 6))}
    assert kinds == {RetainedKind.ID_COPY, RetainedKind.CASE_RECORD}
    assert {i.kind for i in retention.due_items(desk, date(2029, 9, 5))} == {RetainedKind.ID_COPY}
    # the status machine has no way back from 'closed' yet: a reopening is simulated
    with desk.db.write() as session:
        session.execute(
            update(Case)
            .where(Case.reference == ref)
            .values(status=CaseStatus.IN_PROGRESS, closed_on=None)
        )
    kinds = {i.kind for i in retention.due_items(desk, date(2040, 1, 1))}
    assert kinds == {RetainedKind.ID_COPY}


def test_two_managers_dispose_of_an_id_copy_and_the_record_remains(desk: DeskContext) -> None:
    ref = replied_case(desk)
    (item,) = retention.due_items(desk, desk.today())
    with pytest.raises(NotAllowed):  # an administrator is not a manager
        retention.request_disposal(desk, [item], DisposalMethod.DELETION)
    desk.role, desk.actor = Role.STAFF, "staff1"
    with pytest.raises(NotAllowed):
        retention.request_disposal(desk, [item], DisposalMethod.DELETION)
    as_manager(desk, "manager1")
    with pytest.raises(InvalidInput, match="certificate"):
        retention.request_disposal(desk, [item], DisposalMethod.CONTRACTOR)
    (request,) = retention.request_disposal(desk, [item], DisposalMethod.DELETION, witness="W")
    assert retention.due_items(desk, desk.today()) == []  # requested: off the list
    with pytest.raises(InvalidInput, match="already requested"):
        retention.request_disposal(desk, [item], DisposalMethod.DELETION)
    with pytest.raises(NotAllowed, match="cannot also approve"):
        retention.approve_disposal(desk, request.id)
    (document,) = documents.list_documents(desk, ref)
    assert not document.disposed
    as_manager(desk, "manager2")
    done = retention.approve_disposal(desk, request.id)
    assert done.done and done.approved_by == "manager2" and done.requested_by == "manager1"
    (document,) = documents.list_documents(desk, ref)
    assert document.disposed and document.disposed_by == "manager2"
    assert document.pages == () and document.page_count == 1
    with desk.db.read() as session:
        assert session.scalars(select(DocumentPage)).all() == []
        actions = [e.action for e in session.scalars(select(AuditEntry))]
        assert verify_chain(session).ok
    assert {"disposal.request", "disposal.approve"} <= set(actions)
    (record,) = retention.disposals(desk)
    assert record.description == item.description and record.witness == "W"
    with pytest.raises(InvalidInput, match="approved this disposal already"):
        retention.approve_disposal(desk, request.id)


def test_a_rule_changed_after_a_request_keeps_the_requested_due_date(
    desk: DeskContext,
) -> None:
    first = replied_case(desk, close=True)
    second = replied_case(desk, close=True)
    as_manager(desk, "manager1")
    assert [i.kind for i in retention.due_items(desk, desk.today())] == [
        RetainedKind.ID_COPY,
        RetainedKind.ID_COPY,
    ]
    # shortened: the case records fall due now, counted from their closing
    retention.change_rule(desk, RetainedKind.CASE_RECORD, 1, PeriodUnit.MONTHS)
    records = [
        i for i in retention.due_items(desk, desk.today()) if i.kind is RetainedKind.CASE_RECORD
    ]
    assert [(i.reference, i.due_on, i.rule) for i in records] == [
        (first, date(2026, 10, 6), "1 month after closing"),
        (second, date(2026, 10, 6), "1 month after closing"),
    ]
    (requested,) = retention.request_disposal(desk, [records[0]], DisposalMethod.DELETION)
    # lengthened again: the open item leaves the list, the request keeps its record
    retention.change_rule(desk, RetainedKind.CASE_RECORD, 3, PeriodUnit.YEARS)
    assert RetainedKind.CASE_RECORD not in {i.kind for i in retention.due_items(desk, desk.today())}
    (kept,) = retention.disposals(desk)
    assert (kept.due_on, kept.rule) == (date(2026, 10, 6), "1 month after closing")
    as_manager(desk, "manager2")
    assert retention.approve_disposal(desk, requested.id).done
    desk.role = Role.STAFF
    with pytest.raises(NotAllowed):
        retention.change_rule(desk, RetainedKind.ID_COPY, 7, PeriodUnit.DAYS)
    with desk.db.read() as session:
        rules = [e for e in session.scalars(select(AuditEntry)) if e.action == "retention.rule"]
    assert len(rules) == 2


def test_a_case_record_keeps_its_handling_and_loses_the_person(desk: DeskContext) -> None:
    ref = replied_case(desk, close=True)
    as_manager(desk, "manager1")
    retention.change_rule(desk, RetainedKind.CASE_RECORD, 1, PeriodUnit.MONTHS)
    (record,) = [
        i for i in retention.due_items(desk, desk.today()) if i.kind is RetainedKind.CASE_RECORD
    ]
    (request,) = retention.request_disposal(desk, [record], DisposalMethod.DELETION)
    as_manager(desk, "manager2")
    retention.approve_disposal(desk, request.id)
    case = cases.get_case(desk, ref)
    assert case.requester_name == "" and case.requester_address == "" and case.notes == ""
    assert case.requester_birth_date is None and case.requester_email == ""
    assert case.status is CaseStatus.CLOSED and case.closed_on == date(2026, 9, 6)
    assert [r.outcome for r in case.requests] == [Outcome.DONE]
    assert all(r.data_concerned == "" for r in case.requests)
    (document,) = documents.list_documents(desk, ref)
    assert document.disposed and document.rekeyed.name == ""
    assert retention.due_items(desk, date(2040, 1, 1)) == []


def test_a_reopened_case_cannot_be_disposed_of_on_an_old_request(desk: DeskContext) -> None:
    ref = replied_case(desk, close=True)
    as_manager(desk, "manager1")
    retention.change_rule(desk, RetainedKind.CASE_RECORD, 0, PeriodUnit.DAYS)
    (record,) = [
        i for i in retention.due_items(desk, desk.today()) if i.kind is RetainedKind.CASE_RECORD
    ]
    (request,) = retention.request_disposal(desk, [record], DisposalMethod.SHREDDING)
    with desk.db.write() as session:
        session.execute(update(Case).where(Case.reference == ref).values(closed_on=None))
    as_manager(desk, "manager2")
    with pytest.raises(InvalidInput, match="not closed now"):
        retention.approve_disposal(desk, request.id)
    assert cases.get_case(desk, ref).requester_name == NAME
    retention.withdraw_disposal(desk, request.id)
    assert retention.disposals(desk) == []


# --- nothing left in the file ---------------------------------------------------------------


def _decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted with the raw key, free pages too.

    Defaults: 4096-byte pages; each ends in a 16-byte IV and a 64-byte HMAC; the
    first page starts with the 16-byte salt.
    """
    raw = path.read_bytes()
    page_size, reserve = 4096, 80
    assert len(raw) % page_size == 0
    plain = bytearray()
    for number in range(len(raw) // page_size):
        page = raw[number * page_size : (number + 1) * page_size]
        start = 16 if number == 0 else 0
        iv = page[page_size - reserve : page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(page[start : page_size - reserve]) + decryptor.finalize()
    return bytes(plain)


@pytest.fixture
def encrypted(data_paths: DataPaths) -> Iterator[tuple[DeskContext, bytes]]:
    key = secrets.token_bytes(32)
    settings = Settings(data_paths.settings_file)
    db = open_database(data_paths, settings, key=key)
    ctx = DeskContext(db=db, settings=settings, paths=data_paths, actor="clerk", role=Role.MANAGER)
    ctx.today = lambda: date(2026, 11, 24)
    yield ctx, key
    db.dispose()


@pytest.mark.sqlite_only
def test_disposed_images_are_nowhere_in_the_decrypted_file(
    encrypted: tuple[DeskContext, bytes], data_paths: DataPaths
) -> None:
    ctx, key = encrypted
    replied_case(ctx)
    stored = small_page()
    needles = [stored.data[1000:1032], stored.data[-64:-32], stored.thumbnail[500:532]]
    database = ctx.db.embedded_file
    assert database is not None
    ctx.db.forget_deleted()  # everything in the main file, to show the method sees it
    before = _decrypted_pages(database, key)
    assert b"SQLite format 3" not in database.read_bytes()[:16]
    assert all(n in before for n in needles)  # the decryption works: the image is there

    (item,) = retention.due_items(ctx, ctx.today())
    (request,) = retention.request_disposal(
        as_manager(ctx, "manager1"), [item], DisposalMethod.DELETION
    )
    retention.approve_disposal(as_manager(ctx, "manager2"), request.id)

    after = _decrypted_pages(database, key)
    assert not any(n in after for n in needles)
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert len(after) < len(before)  # vacuumed: the freed pages are gone from the file
    assert item.description.encode() in after  # the record of the disposal is there
    (record,) = retention.disposals(ctx)
    assert record.done

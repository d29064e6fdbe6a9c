"""The personal information ledger, its reviews and batches, provision records, purposes
achieved, and the certificate of disposal (issue 7)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from privacy_desk.domain.ledger import (
    POLICY_PURPOSES,
    LedgerRetention,
    Medium,
    ProvisionBasis,
    ProvisionDirection,
)
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit, RetainedKind
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services import ledger, retention
from privacy_desk.services.context import DeskContext
from privacy_desk.services.ledger import LedgerEntryData, ProvisionData
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import log_case

SEMINARS = LedgerEntryData(
    name="Seminar attendance lists",
    data_items="Name, company, e-mail address, phone number",
    purposes=("P3",),
    medium=Medium.PAPER_AND_ELECTRONIC,
    retention=LedgerRetention(1, PeriodUnit.YEARS, "the seminar"),
    disposal_method=DisposalMethod.SHREDDING,
    acquisition="Registration forms at the reception",
    storage_place="Muko site, cabinet B-2; file server /seminars",
    department="Marketing",
    access="Marketing staff",
    period_of_use="Until the follow-up of the seminar",
)

PARTNERS = LedgerEntryData(
    name="Maintenance customers shared with the group",
    data_items="Name, address, products purchased",
    purposes=("P1", "P3"),
    medium=Medium.ELECTRONIC,
    retention=LedgerRetention(0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED),
    disposal_method=DisposalMethod.DELETION,
    joint_use=True,
    third_party=True,
    recipients="OMRON Corporation and its affiliated companies",
)


def manager(ctx: DeskContext, name: str = "m.sato") -> DeskContext:
    ctx.role, ctx.actor = Role.MANAGER, name
    return ctx


def audit_actions(ctx: DeskContext) -> list[AuditEntry]:
    with ctx.db.read() as session:
        assert verify_chain(session).ok
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_the_policy_purposes_ship_with_the_database(desk: DeskContext) -> None:
    manager(desk)
    shipped = ledger.purposes(desk)
    assert [p.code for p in shipped] == [f"P{n}" for n in range(1, 9)]
    assert shipped[6].text_en == POLICY_PURPOSES[6].text_en and "入退館" in shipped[6].text_ja


def test_a_manager_keeps_an_entry_and_each_change_is_audited(desk: DeskContext) -> None:
    desk.role = Role.STAFF
    with pytest.raises(NotAllowed):
        ledger.add_entry(desk, SEMINARS)
    manager(desk)
    added = ledger.add_entry(desk, SEMINARS)
    assert added.next_review_on == date(2027, 11, 24)  # a year from "today"
    assert added.data == SEMINARS
    with pytest.raises(InvalidInput, match="already has an entry named"):
        ledger.add_entry(desk, SEMINARS)
    changed = ledger.change_entry(
        desk, added.id, replace(SEMINARS, department="Sales", purposes=("P3", "P4"))
    )
    assert changed.data.department == "Sales" and changed.data.purposes == ("P3", "P4")
    fields = {
        (e.field, json.loads(e.old_value or ""), json.loads(e.new_value or ""))
        for e in audit_actions(desk)
        if e.action == "ledger.change"
    }
    assert fields == {("department", "Marketing", "Sales"), ("purposes", "P3", "P3, P4")}
    # nothing changed: nothing recorded
    ledger.change_entry(desk, added.id, changed.data)
    assert sum(e.action == "ledger.change" for e in audit_actions(desk)) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "Give the set"),
        ({"purposes": ()}, "at least one purpose"),
        ({"purposes": ("P9",)}, "Unknown purpose of use: P9"),
        ({"special_care": True}, "special-care-required"),
        ({"third_party": True}, "Name the third parties"),
        ({"data_items": ""}, "List the data items"),
    ],
)
def test_an_incomplete_entry_is_refused_with_what_is_missing(
    desk: DeskContext, change: dict[str, object], message: str
) -> None:
    manager(desk)
    with pytest.raises(InvalidInput, match=message):
        ledger.add_entry(desk, replace(SEMINARS, **change))  # type: ignore[arg-type]
    assert ledger.entries(desk) == []


def test_a_retention_needs_its_event_and_ledger_units() -> None:
    with pytest.raises(ValueError, match="Name the event"):
        LedgerRetention(2, PeriodUnit.YEARS, " ")
    with pytest.raises(ValueError, match="months or years"):
        LedgerRetention(30, PeriodUnit.DAYS, "the event")
    assert LedgerRetention(1, PeriodUnit.YEARS, "the seminar").text == "1 year after the seminar"
    assert LedgerRetention(6, PeriodUnit.MONTHS, "契約終了").text_ja == "契約終了から6か月"


def test_yearly_reviews_come_due_and_are_recorded(desk: DeskContext) -> None:
    manager(desk)
    leap = ledger.add_entry(desk, SEMINARS, first_review_on=date(2024, 2, 29))
    later = ledger.add_entry(desk, PARTNERS, first_review_on=date(2026, 12, 10))
    assert [e.id for e in ledger.reviews_due(desk, desk.today())] == [leap.id]
    assert [e.id for e in ledger.reviews_due(desk, desk.today(), 16)] == [leap.id, later.id]
    with pytest.raises(InvalidInput, match="still to come"):
        ledger.record_review(desk, leap.id, date(2026, 11, 25))
    reviewed = ledger.record_review(desk, leap.id, date(2026, 11, 20), "Items unchanged.")
    assert reviewed.next_review_on == date(2027, 11, 20)
    assert reviewed.last_review is not None and reviewed.last_review.reviewed_by == "m.sato"
    assert ledger.reviews_due(desk, desk.today()) == []
    # a review on a leap day is next due on 02-28
    again = ledger.record_review(desk, later.id, date(2024, 2, 29))
    assert again.next_review_on == date(2025, 2, 28)
    assert [r.note for r in ledger.reviews(desk, leap.id)] == ["Items unchanged."]


def test_batches_come_due_by_the_entry_s_rule_and_are_disposed_of_by_two(
    desk: DeskContext,
) -> None:
    manager(desk)
    entry = ledger.add_entry(desk, SEMINARS)
    month_end = ledger.add_batch(desk, entry.id, "Seminar 2025-01-31", date(2025, 1, 31))
    leap = ledger.add_batch(desk, entry.id, "Seminar 2028-02-29", date(2028, 2, 29))
    undated = ledger.add_batch(desk, entry.id, "Next seminar")
    assert (month_end.due_on, leap.due_on, undated.due_on) == (
        date(2026, 1, 31),
        date(2029, 2, 28),
        None,
    )
    (item,) = retention.due_items(desk, desk.today())
    assert (item.kind, item.id, item.rule) == (
        RetainedKind.LEDGER_BATCH,
        month_end.id,
        "1 year after the seminar",
    )
    assert item.description == f"Ledger No. {entry.id} Seminar attendance lists: Seminar 2025-01-31"
    assert item.rule_ja == "the seminarから1年"
    with pytest.raises(InvalidInput, match="still kept: Seminar 2025-01-31"):
        ledger.retire_entry(desk, entry.id, desk.today(), "All gone")
    # the rule changed after the fact: a longer one moves what is not yet requested
    ledger.change_entry(
        desk, entry.id, replace(SEMINARS, retention=LedgerRetention(2, PeriodUnit.YEARS, "it"))
    )
    assert retention.due_items(desk, desk.today()) == []
    ledger.change_entry(desk, entry.id, SEMINARS)
    (request,) = retention.request_disposal(
        desk, retention.due_items(desk, desk.today()), DisposalMethod.SHREDDING, witness="K. Ito"
    )
    with pytest.raises(NotAllowed, match="cannot also approve"):
        retention.approve_disposal(desk, request.id)
    manager(desk, "m.kato")
    assert retention.approve_disposal(desk, request.id).done
    states = {b.label: b for b in ledger.batches(desk, entry.id)}
    assert states["Seminar 2025-01-31"].disposed_at is not None
    assert ledger.entry(desk, entry.id).open_batches == 2


def test_a_retired_entry_takes_no_batches_reviews_or_records(desk: DeskContext) -> None:
    manager(desk)
    entry = ledger.add_entry(desk, PARTNERS)
    with pytest.raises(InvalidInput, match="Say why"):
        ledger.retire_entry(desk, entry.id, desk.today(), " ")
    retired = ledger.retire_entry(desk, entry.id, desk.today(), "Service ended")
    assert retired.retired_on == desk.today() and not retired.review_due(date(2099, 1, 1))
    assert ledger.entries(desk) == [] and len(ledger.entries(desk, include_retired=True)) == 1
    with pytest.raises(InvalidInput, match="retired"):
        ledger.add_batch(desk, entry.id, "Late batch")
    with pytest.raises(InvalidInput, match="retired"):
        ledger.record_review(desk, entry.id)
    with pytest.raises(InvalidInput, match="retired"):
        ledger.record_provision(
            desk,
            ProvisionData(
                entry_id=entry.id,
                direction=ProvisionDirection.PROVIDED,
                provided_on=date(2026, 3, 2),
                counterparty="OMRON Corporation",
                subject_name="山田　花子",
                items="Name",
                basis=ProvisionBasis.CONSENT,
            ),
        )


def test_until_purpose_achieved_waits_for_the_record(desk: DeskContext) -> None:
    manager(desk)
    entry = ledger.add_entry(desk, PARTNERS)
    batch = ledger.add_batch(desk, entry.id, "Contracts of 2020")
    (kept,) = retention.kept_until_purpose(desk)
    assert (kept.kind, kept.id, kept.rule) == (
        RetainedKind.LEDGER_BATCH,
        batch.id,
        "until the purpose of use is achieved",
    )
    assert retention.due_items(desk, date(2099, 12, 31)) == []
    with pytest.raises(InvalidInput, match="still to come"):
        retention.mark_purpose_achieved(desk, kept.kind, kept.id, date(2026, 11, 25))
    retention.mark_purpose_achieved(desk, kept.kind, kept.id, date(2026, 11, 1), "Contracts ended")
    assert retention.kept_until_purpose(desk) == []
    (due,) = retention.due_items(desk, desk.today())
    assert (due.id, due.due_on) == (batch.id, date(2026, 11, 1))
    assert ledger.batches(desk, entry.id)[0].purpose_achieved_on == date(2026, 11, 1)
    with pytest.raises(InvalidInput, match="recorded as achieved already"):
        retention.mark_purpose_achieved(desk, kept.kind, kept.id, date(2026, 11, 2))
    assert "retention.purpose_achieved" in {e.action for e in audit_actions(desk)}


def test_the_office_s_own_files_can_be_kept_until_the_purpose_is_achieved(
    desk: DeskContext,
) -> None:
    from tests.services.test_retention import replied_case

    ref = replied_case(desk, close=True)
    manager(desk)
    retention.change_rule(desk, RetainedKind.CASE_RECORD, 0, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)
    assert RetainedKind.CASE_RECORD not in {
        i.kind for i in retention.due_items(desk, date(2099, 1, 1))
    }
    (kept,) = [k for k in retention.kept_until_purpose(desk) if k.kind is RetainedKind.CASE_RECORD]
    assert kept.reference == ref
    retention.mark_purpose_achieved(desk, kept.kind, kept.id, desk.today())
    due = [i for i in retention.due_items(desk, desk.today()) if i.kind is RetainedKind.CASE_RECORD]
    assert [(i.reference, i.due_on) for i in due] == [(ref, desk.today())]


def test_provision_records_are_found_by_the_person_however_typed(desk: DeskContext) -> None:
    manager(desk)
    seminars = ledger.add_entry(desk, SEMINARS)
    partners = ledger.add_entry(desk, PARTNERS)
    record = ProvisionData(
        entry_id=partners.id,
        direction=ProvisionDirection.PROVIDED,
        provided_on=date(2026, 3, 2),
        counterparty="OMRON Corporation",
        subject_name="山田　花子",
        subject_kana="やまだ はなこ",
        subject_birth_date=date(1980, 5, 6),
        items="Name, address",
        basis=ProvisionBasis.CONSENT,
    )
    with pytest.raises(InvalidInput, match="not provided to third parties"):
        ledger.record_provision(desk, replace(record, entry_id=seminars.id))
    with pytest.raises(InvalidInput, match="Name the person"):
        ledger.record_provision(desk, replace(record, subject_name=" "))
    with pytest.raises(InvalidInput, match="Explain the basis"):
        ledger.record_provision(desk, replace(record, basis=ProvisionBasis.OTHER))
    with pytest.raises(InvalidInput, match="date of birth is after"):
        ledger.record_provision(desk, replace(record, subject_birth_date=date(2026, 3, 3)))
    # Art. 30: data received from a third party may belong to any set
    received = ledger.record_provision(
        desk,
        replace(
            record,
            entry_id=seminars.id,
            direction=ProvisionDirection.RECEIVED,
            subject_name="川口　一郎",
            subject_kana="かわぐち いちろう",
        ),
    )
    assert received.entry_name == "Seminar attendance lists"
    first = ledger.record_provision(desk, record)
    namesake = ledger.record_provision(
        desk, replace(record, subject_birth_date=date(1990, 1, 1), provided_on=date(2026, 4, 1))
    )
    other = ledger.record_provision(
        desk, replace(record, subject_name="山田　太郎", subject_kana="やまだ たろう")
    )
    assert {r.id for r in ledger.provisions(desk, subject="ﾔﾏﾀﾞ")} == {
        first.id,
        namesake.id,
        other.id,
    }
    assert [r.id for r in ledger.provisions(desk, subject="山田花子")] == [namesake.id, first.id]
    assert [r.id for r in ledger.provisions(desk, since=date(2026, 4, 1))] == [namesake.id]
    assert [r.id for r in ledger.provisions(desk, entry_id=seminars.id)] == [received.id]
    # Art. 33(5): from the case, by whole name and date of birth
    ref = log_case(
        desk,
        received_on=date(2026, 11, 2),
        requester_name="山田 花子",
        requester_kana="ヤマダ ハナコ",
        requester_birth_date=date(1980, 5, 6),
    )
    assert [r.id for r in ledger.provisions_for_case(desk, ref)] == [first.id]
    actions = audit_actions(desk)
    lookups = [e for e in actions if e.action == "provision.lookup"]
    assert len(lookups) == 1 and "花子" not in (lookups[0].details or "")
    assert (lookups[0].entity_type, lookups[0].entity_id) == ("case", ref)
    assert all("花子" not in (e.details or "") for e in actions if e.action == "provision.record")


def test_a_certificate_names_the_disposals_done(desk: DeskContext) -> None:
    manager(desk)
    entry = ledger.add_entry(desk, SEMINARS)
    ledger.add_batch(desk, entry.id, "Seminar 2025-01-31", date(2025, 1, 31))
    (request,) = retention.request_disposal(
        desk,
        retention.due_items(desk, desk.today()),
        DisposalMethod.CONTRACTOR,
        certificate_number="KY-2026-0815",
        witness="K. Ito",
    )
    with pytest.raises(InvalidInput, match="still awaiting approval"):
        retention.disposal_certificate_pdf(desk, [request.id])
    manager(desk, "m.kato")
    retention.approve_disposal(desk, request.id)
    pdf = retention.disposal_certificate_pdf(desk, [request.id])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "個人情報廃棄証明書",
        "Certificate of Disposal",
        "Seminar 2025-01-31",
        "廃棄業者への委託",
        "KY-2026-0815",
        "K. Ito",
        "m.sato",
        "m.kato",
        "令和8年11月24日",
    ):
        assert expected in text, expected
    assert "disposal.certificate" in {e.action for e in audit_actions(desk)}


def test_dates_that_would_defeat_the_review_or_move_a_requested_batch_are_refused(
    desk: DeskContext,
) -> None:
    manager(desk)
    with pytest.raises(InvalidInput, match="within a year"):
        ledger.add_entry(desk, SEMINARS, first_review_on=date(2099, 1, 1))
    entry = ledger.add_entry(desk, SEMINARS)
    ledger.record_review(desk, entry.id, date(2026, 11, 20))
    with pytest.raises(InvalidInput, match="before the last one"):
        ledger.record_review(desk, entry.id, date(2026, 1, 1))
    with pytest.raises(InvalidInput, match="still to come"):
        ledger.retire_entry(desk, entry.id, date(2027, 1, 1), "Ends next year")
    batch = ledger.add_batch(desk, entry.id, "Seminar 2025-01-31", date(2025, 1, 31))
    retention.request_disposal(
        desk, retention.due_items(desk, desk.today()), DisposalMethod.SHREDDING
    )
    with pytest.raises(InvalidInput, match="withdraw the request"):
        ledger.set_batch_event(desk, batch.id, date(2026, 1, 31))

"""Synthetic demo cases: realistic in shape, invented in every detail.

Reproducible: the same seed, the same "today" and the same starting database
give the same cases. Uses bulk inserts so that 100,000 cases take seconds.
People come from :mod:`privacy_desk.services.demo_people` (never real ones).
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, insert, select

from privacy_desk.domain import deadlines
from privacy_desk.domain.decisions import Outcome, RefusalGround, needs_approval
from privacy_desk.domain.identity_documents import DocumentType, Holder, RekeyField, disposal_date
from privacy_desk.domain.reference import format_reference
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import case_search_text
from privacy_desk.domain.status import CaseStatus
from privacy_desk.scanning.pages import Page
from privacy_desk.services.context import DeskContext
from privacy_desk.services.demo_people import (
    SyntheticPerson,
    make_agent_office,
    make_minor,
    make_person,
)
from privacy_desk.store import audit
from privacy_desk.store.models import (
    Case,
    CaseExtension,
    CasePause,
    CaseRequest,
    Document,
    DocumentPage,
    Enclosure,
    ReferenceCounter,
)

T = TypeVar("T")
Progress = Callable[[int, int], None]

STAFF = ("yamada", "nakamura", "kobayashi", "inoue")
YEARS_BACK = 3
CHUNK = 5000

KINDS: Sequence[tuple[RequesterKind, int]] = (
    (RequesterKind.PRINCIPAL, 80),
    (RequesterKind.APPOINTED_AGENT, 7),
    (RequesterKind.PROFESSIONAL_AGENT, 5),
    (RequesterKind.MINOR_AGENT, 5),
    (RequesterKind.ADULT_WARD_AGENT, 3),
)
TYPES: Sequence[tuple[RequestType, int]] = (
    (RequestType.DISCLOSURE, 45),
    (RequestType.PURPOSE_OF_USE, 12),
    (RequestType.SUSPENSION_OR_ERASURE, 20),
    (RequestType.CORRECTION, 10),
    (RequestType.PROVISION_RECORDS, 6),
    (RequestType.SUSPENSION_OF_PROVISION, 7),
)
DATA_CONCERNED = (
    "製品保守サービスの記録",
    "修理受付の記録",
    "メールマガジン配信先の情報",
    "ユーザー登録・会員登録の情報",
    "セミナー参加申込の記録",
    "お問い合わせ対応の記録",
    "キャンペーン応募の情報",
    "アンケートの回答",
    "来訪時の入館記録",
    "採用選考に提出した書類",
    "ポイントサービスの利用履歴",
)
REASONS = {
    RequestType.CORRECTION: ("転居により住所が変わったため", "氏名の漢字に誤りがあるため"),
    RequestType.SUSPENSION_OR_ERASURE: (
        "サービスを退会し、利用の必要がなくなったため",
        "同意した覚えのない広告メールが届くため",
        "採用選考が終了したため",
    ),
    RequestType.SUSPENSION_OF_PROVISION: ("第三者への提供に同意していないため",),
}
QUALIFICATIONS = ("弁護士", "司法書士", "行政書士")
REFUSALS = (
    (
        RefusalGround.BUSINESS_INTERFERENCE,
        "ご請求の記録は社内の不正調査に関するものであり、開示により調査の適正な遂行に"
        "著しい支障を及ぼすおそれがあるため",
    ),
    (
        RefusalGround.HARM_TO_RIGHTS,
        "記録に第三者の個人情報が含まれ、開示によりその方の権利利益を害するおそれがあるため",
    ),
)
PARTLY_EXPLANATION = "第三者に関する記載部分を除いて対応いたしました"
DECIDED_STATUSES = frozenset({CaseStatus.DECIDED, CaseStatus.REPLIED, CaseStatus.CLOSED})
# Identity verified (by the checklist of domain/identity.py) from here on.
VERIFIED_STATUSES = DECIDED_STATUSES | {CaseStatus.VERIFIED, CaseStatus.IN_PROGRESS}
# What proves an agent's authority (policy §9.2), beside the agent's own ID.
PROOFS: dict[RequesterKind, tuple[DocumentType, ...]] = {
    RequesterKind.MINOR_AGENT: (DocumentType.FAMILY_REGISTER,),
    RequesterKind.ADULT_WARD_AGENT: (DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS,),
    RequesterKind.APPOINTED_AGENT: (
        DocumentType.POWER_OF_ATTORNEY,
        DocumentType.SEAL_REGISTRATION_CERTIFICATE,
    ),
    RequesterKind.PROFESSIONAL_AGENT: (DocumentType.PROFESSIONAL_QUALIFICATION,),
}
OFFICE_NAME_EXPLAINED = "書類は個人名のみ（事務所名の記載なし）"
EXTENSION_REASON = "対象となる記録が複数部署にわたり、確認に時間を要するため"

# Status by how long ago the letter arrived: (max age in days, weights)
_OPEN_MIX: Sequence[tuple[CaseStatus, int]] = (
    (CaseStatus.RECEIVED, 25),
    (CaseStatus.AWAITING_DOCUMENTS, 15),
    (CaseStatus.VERIFIED, 20),
    (CaseStatus.IN_PROGRESS, 20),
    (CaseStatus.DECIDED, 8),
    (CaseStatus.REPLIED, 10),
    (CaseStatus.WITHDRAWN, 2),
)
_MIDDLE_MIX: Sequence[tuple[CaseStatus, int]] = (
    (CaseStatus.CLOSED, 45),
    (CaseStatus.REPLIED, 30),
    (CaseStatus.DECIDED, 5),
    (CaseStatus.IN_PROGRESS, 5),
    (CaseStatus.AWAITING_DOCUMENTS, 8),
    (CaseStatus.WITHDRAWN, 4),
    (CaseStatus.REJECTED_INCOMPLETE, 3),
)
_OLD_MIX: Sequence[tuple[CaseStatus, int]] = (  # an office closes what it answered
    (CaseStatus.CLOSED, 92),
    (CaseStatus.WITHDRAWN, 4),
    (CaseStatus.REJECTED_INCOMPLETE, 4),
)


@dataclass(frozen=True)
class DemoResult:
    cases: int
    first_reference: str
    last_reference: str


def _pick(rng: random.Random, table: Sequence[tuple[T, int]]) -> T:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _status_for(rng: random.Random, age_days: int) -> CaseStatus:
    if age_days <= 15:
        return _pick(rng, _OPEN_MIX)
    if age_days <= 45:
        return _pick(rng, _MIDDLE_MIX)
    return _pick(rng, _OLD_MIX)


def add_demo_cases(
    ctx: DeskContext, count: int, *, seed: int = 0, progress: Progress | None = None
) -> DemoResult:
    """Add ``count`` synthetic cases arriving over the last three years."""
    ctx.require(Permission.DEMO)
    rng = random.Random(seed)
    today = ctx.today()
    calendar = ctx.calendar
    first_day = date(today.year - YEARS_BACK, today.month, min(today.day, 28))
    span = (today - first_day).days
    arrivals = sorted(
        calendar.next_business_day(first_day + timedelta(days=rng.randrange(span + 1)))
        for _ in range(count)
    )
    arrivals = [min(day, today) for day in arrivals]
    # Every status at least once: the newest cases cycle through them.
    forced = list(CaseStatus)[: min(count, len(CaseStatus))]
    stamp = audit.now_utc()

    with ctx.db.write() as session:
        next_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        next_document_id = (session.scalar(select(func.max(Document.id))) or 0) + 1
        counters = {c.year: c for c in session.scalars(select(ReferenceCounter))}
        builder = _Builder(
            ctx,
            rng,
            today,
            stamp,
            next_document_id=next_document_id,
            seed=seed,
            small_pages=count > SMALL_PAGES_ABOVE,
        )
        references: list[str] = []
        for start in range(0, count, CHUNK):
            batch = arrivals[start : start + CHUNK]
            for offset, received_on in enumerate(batch):
                index = start + offset
                counter = counters.get(received_on.year)
                if counter is None:
                    counter = ReferenceCounter(year=received_on.year, last_sequence=0)
                    session.add(counter)
                    counters[received_on.year] = counter
                counter.last_sequence += 1
                reference = format_reference(received_on.year, counter.last_sequence)
                status = forced[count - 1 - index] if index >= count - len(forced) else None
                builder.add(next_id + index, reference, counter.last_sequence, received_on, status)
                references.append(reference)
            builder.flush(session)
            if progress:
                progress(min(start + CHUNK, count), count)
        audit.append(
            session,
            [
                audit.AuditRecord(
                    actor=ctx.actor,
                    action="case.create",
                    entity_type="case",
                    entity_id=reference,
                    details={"demo": True},
                )
                for reference in references
            ]
            + [
                audit.AuditRecord(
                    actor=ctx.actor,
                    action="demo",
                    details={"cases": count, "seed": seed},
                )
            ],
            at=stamp,
        )
    return DemoResult(count, references[0], references[-1])


class _Builder:
    """Collects rows for one bulk insert per table."""

    def __init__(
        self,
        ctx: DeskContext,
        rng: random.Random,
        today: date,
        stamp: str,
        *,
        next_document_id: int = 1,
        seed: int = 0,
        small_pages: bool = False,
    ) -> None:
        self.ctx = ctx
        self.rng = rng
        # documents draw from their own stream: the cases stay what they were before
        self.doc_rng = random.Random(f"documents-{seed}")
        self.today = today
        self.stamp = stamp
        self.next_document_id = next_document_id
        self.small_pages = small_pages
        self.documents: list[dict[str, Any]] = []
        self.pages: list[dict[str, Any]] = []
        self.cases: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.enclosures: list[dict[str, Any]] = []
        self.pauses: list[dict[str, Any]] = []
        self.extensions: list[dict[str, Any]] = []

    def flush(self, session: Any) -> None:
        for model, rows in (
            (Case, self.cases),
            (CaseRequest, self.requests),
            (Enclosure, self.enclosures),
            (CasePause, self.pauses),
            (CaseExtension, self.extensions),
            (Document, self.documents),
            (DocumentPage, self.pages),
        ):
            if rows:
                session.execute(insert(model), rows)
                rows.clear()

    def _day(self, after: date, low: int, high: int) -> date:
        return min(after + timedelta(days=self.rng.randint(low, high)), self.today)

    def add(
        self,
        case_id: int,
        reference: str,
        sequence: int,
        received_on: date,
        status: CaseStatus | None,
    ) -> None:
        rng = self.rng
        kind = _pick(rng, KINDS)
        requester, agent, qualification, registration = self._people(kind, received_on)
        n_types = rng.choices((1, 2, 3), weights=(75, 20, 5))[0]
        types: list[RequestType] = []
        while len(types) < n_types:
            t = _pick(rng, TYPES)
            if t not in types:
                types.append(t)
        age = (self.today - received_on).days
        status = status or _status_for(rng, age)

        pauses: list[tuple[date, date | None]] = []
        closed_on: date | None = None
        if status is CaseStatus.AWAITING_DOCUMENTS:
            pauses.append((self._day(received_on, 1, 3), None))
        elif status is CaseStatus.REJECTED_INCOMPLETE:
            started = self._day(received_on, 1, 3)
            closed_on = self._day(started, 30, 45)
            pauses.append((started, closed_on))
        elif status is not CaseStatus.RECEIVED and age > 10 and rng.random() < 0.15:
            started = self._day(received_on, 1, 3)
            pauses.append((started, self._day(started, 3, 20)))
        paused = sum(((end or self.today) - start).days for start, end in pauses)
        if status is CaseStatus.CLOSED:
            closed_on = self._day(received_on, 5 + paused, 18 + paused)
        elif status is CaseStatus.WITHDRAWN:
            closed_on = self._day(received_on, 1, 20)

        computed = deadlines.compute_deadlines(
            received_on,
            calendar=self.ctx.calendar,
            target_business_days=self.ctx.target_business_days,
            pauses=[deadlines.Pause(s, e) for s, e in pauses],
            as_of=self.today,
        )
        target_on = computed.target_on
        if status not in (CaseStatus.RECEIVED, CaseStatus.AWAITING_DOCUMENTS) and (
            rng.random() < 0.03
        ):
            new_target = self.ctx.calendar.add_business_days(target_on, 5)
            self.extensions.append(
                {
                    "case_id": case_id,
                    "granted_on": self._day(received_on, 5, 9),
                    "previous_target_on": target_on,
                    "new_target_on": new_target,
                    "reason": EXTENSION_REASON,
                    "granted_by": rng.choice(STAFF),
                }
            )
            target_on = new_target

        # the reply: mostly by the target, one case in seven a few days late (no draw from
        # the generator, so the other values of a seed stay as they were)
        replied_on: date | None = None
        if status in (CaseStatus.REPLIED, CaseStatus.CLOSED):
            replied_on = target_on + timedelta(days=case_id % 7 - 4)
            replied_on = max(received_on, min(replied_on, closed_on or self.today))

        fee_types = any(t.fee_allowed for t in types)
        payment = FeePayment.NONE
        if fee_types:
            payment = rng.choices(
                (FeePayment.POSTAL_MONEY_ORDER, FeePayment.STAMPS, FeePayment.NONE),
                weights=(80, 15, 5),
            )[0]
        fee_amount = 1000 if payment is not FeePayment.NONE else 0
        discloses = RequestType.DISCLOSURE in types or RequestType.PROVISION_RECORDS in types
        method = None
        if discloses:
            method = rng.choices(
                (
                    DisclosureMethod.PAPER,
                    DisclosureMethod.ELECTRONIC_MEDIA,
                    DisclosureMethod.ELECTRONIC_MAIL,
                ),
                weights=(70, 15, 15),
            )[0]

        row: dict[str, Any] = {
            "id": case_id,
            "reference": reference,
            "reference_year": received_on.year,
            "reference_sequence": sequence,
            "received_on": received_on,
            "postmarked_on": received_on - timedelta(days=rng.randint(1, 3)),
            "requester_kind": kind,
            "requester_name": requester.name,
            "requester_kana": requester.name_kana,
            "requester_birth_date": requester.birth_date,
            "requester_postal_code": requester.postal_code,
            "requester_address": requester.address,
            "requester_phone": requester.phone,
            "requester_email": requester.email or "",
            "agent_name": agent.name if agent else "",
            "agent_kana": agent.name_kana if agent else "",
            "agent_postal_code": agent.postal_code if agent else "",
            "agent_address": agent.address if agent else "",
            "agent_phone": agent.phone if agent else "",
            "agent_email": (agent.email or "") if agent else "",
            "agent_qualification": qualification,
            "agent_registration_number": registration,
            "disclosure_method": method,
            "fee_amount": fee_amount,
            "fee_payment": payment,
            "money_order_number": (
                f"{rng.randint(10, 99)}-{rng.randint(0, 999999):06d}"
                if payment is FeePayment.POSTAL_MONEY_ORDER
                else ""
            ),
            "money_order_issued_on": (
                received_on - timedelta(days=rng.randint(3, 30))
                if payment is FeePayment.POSTAL_MONEY_ORDER
                else None
            ),
            "language": "en" if rng.random() < 0.02 else "ja",
            "assigned_to": ""
            if status is CaseStatus.RECEIVED and rng.random() < 0.5
            else rng.choice(STAFF),
            "status": status,
            "notes": "",
            "target_on": target_on,
            "legal_line_on": computed.legal_line_on,
            "paused_days": computed.paused_days,
            "closed_on": closed_on,
            "replied_on": replied_on,
            "import_key": None,
            "created_at": self.stamp,
            "created_by": self.ctx.actor,
            "updated_at": self.stamp,
        }
        row["search_text"] = case_search_text(row)
        self.cases.append(row)
        for position, t in enumerate(types):
            request: dict[str, Any] = {
                "case_id": case_id,
                "position": position,
                "request_type": t,
                "data_concerned": rng.choice(DATA_CONCERNED),
                "reasons": rng.choice(REASONS[t]) if t in REASONS else "",
                "outcome": None,
                "refusal_ground": None,
                "explanation": "",
                "decided_on": None,
                "decided_by": "",
                "approved_on": None,
                "approved_by": "",
            }
            if status in DECIDED_STATUSES:
                request.update(self._decision(t, received_on, closed_on))
            self.requests.append(request)
        enclosures = [EnclosureKind.REQUEST_FORM]
        if status is not CaseStatus.REJECTED_INCOMPLETE or rng.random() < 0.5:
            enclosures.append(EnclosureKind.IDENTITY_DOCUMENT)
        if kind.is_agent and rng.random() < 0.9:
            enclosures.append(EnclosureKind.AGENT_PROOF)
        if payment is not FeePayment.NONE:
            enclosures.append(EnclosureKind.FEE)
        if rng.random() < 0.4:
            enclosures.append(EnclosureKind.RETURN_ENVELOPE)
        self.enclosures.extend(
            {"case_id": case_id, "kind": k, "description": "", "received_on": received_on}
            for k in enclosures
        )
        self.pauses.extend(
            {
                "case_id": case_id,
                "started_on": started,
                "ended_on": ended,
                "reason": "本人確認書類の不足",
            }
            for started, ended in pauses
        )
        self._documents(case_id, kind, status, requester, agent, received_on, closed_on)

    # -- identity documents ------------------------------------------------------------

    def _documents(
        self,
        case_id: int,
        kind: RequesterKind,
        status: CaseStatus,
        principal: SyntheticPerson,
        agent: SyntheticPerson | None,
        received_on: date,
        closed_on: date | None,
    ) -> None:
        """Copies as the office would hold them: checked from 'verified' on, destroyed
        30 days after the reply, incomplete while documents are awaited."""
        if status in (CaseStatus.WITHDRAWN, CaseStatus.REJECTED_INCOMPLETE):
            return
        rng = self.doc_rng
        checked = status in VERIFIED_STATUSES
        wanted: list[tuple[DocumentType, Holder]] = []
        if status is CaseStatus.AWAITING_DOCUMENTS:
            if agent is None:  # a certificate too old to count
                wanted.append((DocumentType.CERTIFICATE_OF_RESIDENCE, Holder.PRINCIPAL))
            else:  # the agent's ID came, the proof of agency did not
                wanted.append((DocumentType.DRIVERS_LICENSE, Holder.AGENT))
        else:
            holder = Holder.PRINCIPAL if agent is None else Holder.AGENT
            wanted.append((DocumentType.DRIVERS_LICENSE, holder))
            wanted.extend((proof, proof.usual_holder) for proof in PROOFS.get(kind, ()))
        dispose_after: date | None = None
        if status is CaseStatus.REPLIED:
            dispose_after = self.today + timedelta(days=rng.randint(1, 30))
        elif status is CaseStatus.CLOSED and closed_on is not None:
            dispose_after = disposal_date(closed_on)
        disposed = dispose_after is not None and dispose_after < self.today
        for doc_type, holder in wanted:
            self._document(
                case_id,
                doc_type,
                holder,
                principal,
                agent,
                received_on,
                checked=checked,
                dispose_after=dispose_after,
                disposed=disposed,
                professional=kind is RequesterKind.PROFESSIONAL_AGENT,
            )

    def _document(
        self,
        case_id: int,
        doc_type: DocumentType,
        holder: Holder,
        principal: SyntheticPerson,
        agent: SyntheticPerson | None,
        received_on: date,
        *,
        checked: bool,
        dispose_after: date | None,
        disposed: bool,
        professional: bool,
    ) -> None:
        rng = self.doc_rng
        person = agent if holder is Holder.AGENT and agent is not None else principal
        fields = doc_type.rekey_fields if checked else frozenset()
        name = person.name
        differences: dict[str, str] = {}
        if professional and person is agent:
            name = name.split("　", 1)[1]  # a professional's ID shows no office name
            differences[RekeyField.NAME.value] = OFFICE_NAME_EXPLAINED
        issued_on = None
        if doc_type.must_be_fresh:
            stale = doc_type is DocumentType.CERTIFICATE_OF_RESIDENCE and not checked
            issued_on = received_on - timedelta(
                days=rng.randint(120, 200) if stale else rng.randint(5, 60)
            )
        pages = 2 if doc_type is DocumentType.FAMILY_REGISTER else 1
        document_id = self.next_document_id
        self.next_document_id += 1
        disposed_on = (
            dispose_after + timedelta(days=rng.randint(0, 5))
            if disposed and dispose_after is not None
            else None
        )
        self.documents.append(
            {
                "id": document_id,
                "case_id": case_id,
                "doc_type": doc_type,
                "holder": holder,
                "received_on": received_on,
                "issued_on": issued_on,
                "source": "folder",
                "masked": "[]",
                "shows_individual_number": False,
                "is_my_number_back": False,
                "seal_matches_certificate": checked and doc_type is DocumentType.POWER_OF_ATTORNEY,
                "rekeyed_name": name if RekeyField.NAME in fields else "",
                "rekeyed_birth_date": (
                    person.birth_date if RekeyField.BIRTH_DATE in fields else None
                ),
                "rekeyed_address": person.address if RekeyField.ADDRESS in fields else "",
                "rekeyed_agent_name": (
                    agent.name if agent is not None and RekeyField.AGENT_NAME in fields else ""
                ),
                "differences": json.dumps(differences, ensure_ascii=False),
                "note": "",
                "page_count": pages,
                "added_at": self.stamp,
                "added_by": self.ctx.actor,
                "dispose_after": dispose_after,
                "disposed_at": None if disposed_on is None else f"{disposed_on}T09:00:00+09:00",
                "disposed_by": rng.choice(STAFF) if disposed_on is not None else "",
            }
        )
        if disposed_on is not None:
            return  # destroyed: the record stays, the images are gone
        for position in range(pages):
            page = _demo_page(position, self.small_pages)
            self.pages.append(
                {
                    "document_id": document_id,
                    "position": position,
                    "mime": page.mime,
                    "width": page.width,
                    "height": page.height,
                    "dpi": page.dpi,
                    "rotation": 0,
                    "byte_size": len(page.data),
                    "masked": False,
                    "image": page.data,
                    "thumbnail": page.thumbnail,
                }
            )

    def _decision(
        self, request_type: RequestType, received_on: date, closed_on: date | None
    ) -> dict[str, Any]:
        rng = self.rng
        discloses = request_type in (RequestType.DISCLOSURE, RequestType.PROVISION_RECORDS)
        roll = rng.random()
        outcome, ground, explanation = Outcome.DONE, None, ""
        if roll < 0.10 and (discloses or request_type is RequestType.PURPOSE_OF_USE):
            outcome = Outcome.NO_SUCH_DATA
        elif roll < 0.13 and discloses:
            outcome, ground, explanation = Outcome.REFUSED, *rng.choice(REFUSALS)
        elif roll < 0.15:
            outcome, explanation = Outcome.PARTLY, PARTLY_EXPLANATION
            if discloses:
                ground = RefusalGround.HARM_TO_RIGHTS
        decided_on = self._day(received_on, 4, 10)
        if closed_on is not None:
            decided_on = min(decided_on, closed_on)
        decided_by = rng.choice(STAFF)
        approved = needs_approval(request_type, outcome)
        return {
            "outcome": outcome,
            "refusal_ground": ground,
            "explanation": explanation,
            "decided_on": decided_on,
            "decided_by": decided_by,
            "approved_on": decided_on if approved else None,
            "approved_by": rng.choice([s for s in STAFF if s != decided_by]) if approved else "",
        }

    def _people(
        self, kind: RequesterKind, on: date
    ) -> tuple[SyntheticPerson, SyntheticPerson | None, str, str]:
        rng = self.rng
        if kind is RequesterKind.PRINCIPAL:
            return make_person(rng, on=on), None, "", ""
        if kind is RequesterKind.MINOR_AGENT:
            parent = make_person(rng, on=on, min_age=25, max_age=55)
            return make_minor(rng, on=on, surname_of=parent), parent, "親権者", ""
        if kind is RequesterKind.ADULT_WARD_AGENT:
            ward = make_person(rng, on=on, min_age=65, max_age=95)
            return ward, make_person(rng, on=on, min_age=35, max_age=70), "成年後見人", ""
        if kind is RequesterKind.APPOINTED_AGENT:
            return make_person(rng, on=on), make_person(rng, on=on), "", ""
        office, registration = make_agent_office(rng)
        lawyer = make_person(rng, on=on, min_age=30, max_age=70)
        qualification = rng.choice(QUALIFICATIONS)
        agent = SyntheticPerson(
            name=f"{office}　{lawyer.name}",
            name_kana=lawyer.name_kana,
            sex=lawyer.sex,
            birth_date=lawyer.birth_date,
            postal_code=lawyer.postal_code,
            address=lawyer.address,
            phone=lawyer.phone,
            email=None,
        )
        return make_person(rng, on=on), agent, qualification, registration


#: Above this many cases (a benchmark's data set) the demo's scans are made at
#: 50 dpi instead of 100, so that 100,000 cases stay a few hundred megabytes.
SMALL_PAGES_ABOVE = 2000


@functools.cache
def _demo_page(variant: int, small: bool = False) -> Page:
    """A synthetic A4 scan (never a real document), made once per run."""
    from privacy_desk.scanning.pages import page_from_image
    from privacy_desk.scanning.synthetic import synthetic_page

    size, dpi = ((413, 584), 50) if small else ((827, 1169), 100)
    return page_from_image(synthetic_page(size, seed=100 + variant), dpi=dpi)

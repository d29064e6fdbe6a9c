"""Demo data: synthetic, reproducible, and covering everything the office meets."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.paths import DataPaths
from privacy_desk.services import demo
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import case_record, iter_cases
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store.check import check_database
from privacy_desk.store.models import AuditEntry, Case, CaseRequest
from tests.conftest import TODAY

VOLATILE = {"created_at", "updated_at"}


def _records(ctx: DeskContext) -> list[dict[str, object]]:
    return [
        {k: v for k, v in case_record(case).items() if k not in VOLATILE}
        for case in iter_cases(ctx)
    ]


def _desk(root: Path) -> DeskContext:
    ctx = open_desk(DataPaths(root).prepare(), actor="demo")
    ctx.today = lambda: TODAY
    return ctx


def test_the_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    first, second, other = (_desk(tmp_path / n) for n in ("a", "b", "c"))
    try:
        demo.add_demo_cases(first, 150, seed=7)
        demo.add_demo_cases(second, 150, seed=7)
        demo.add_demo_cases(other, 150, seed=8)
        assert _records(first) == _records(second)
        assert _records(first) != _records(other)
    finally:
        for ctx in (first, second, other):
            ctx.db.dispose()


def test_demo_cases_cover_the_whole_office(desk: DeskContext) -> None:
    result = demo.add_demo_cases(desk, 400, seed=1)
    assert result.cases == 400
    with desk.db.read() as session:
        statuses = set(session.scalars(select(Case.status).distinct()))
        kinds = set(session.scalars(select(Case.requester_kind).distinct()))
        types = set(session.scalars(select(CaseRequest.request_type).distinct()))
        first, last = session.execute(
            select(func.min(Case.received_on), func.max(Case.received_on))
        ).one()
        names = session.scalars(select(Case.requester_name).limit(50)).all()
        agents = session.scalars(
            select(Case).where(Case.requester_kind != RequesterKind.PRINCIPAL).limit(20)
        ).all()
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
    assert statuses == set(CaseStatus)
    assert kinds == set(RequesterKind)
    assert types == set(RequestType)
    assert TODAY - timedelta(days=3 * 366) <= first and last <= TODAY
    assert (last - first).days > 2 * 365  # spread over the three years
    assert all("\u3000" in name for name in names)  # surname, full-width space, given name
    assert all(case.agent_name for case in agents)
    assert audits == 401  # one creation per case and one for the demo run
    assert check_database(desk.db).ok


def test_awaiting_cases_have_an_open_pause(desk: DeskContext) -> None:
    demo.add_demo_cases(desk, 300, seed=2)
    for record in (r for r in _records(desk) if r["status"] == "awaiting_documents"):
        pauses = record["pauses"]
        assert isinstance(pauses, list) and pauses[-1]["ended_on"] is None
        assert record["paused_days"] == (TODAY - date.fromisoformat(pauses[-1]["started_on"])).days


def test_demo_continues_the_references_of_existing_cases(desk: DeskContext) -> None:
    demo.add_demo_cases(desk, 50, seed=1)
    demo.add_demo_cases(desk, 50, seed=1)
    with desk.db.read() as session:
        references = session.scalars(select(Case.reference)).all()
    assert len(set(references)) == 100

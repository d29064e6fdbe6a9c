"""The Privacy Mark audit pack (issue 8)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services import audit_pack, demo, statistics
from privacy_desk.services.context import DeskContext
from privacy_desk.services.demo_ledger import add_demo_complaints, add_demo_ledger
from privacy_desk.store.models import AuditEntry, Case

SINCE, UNTIL = date(2025, 11, 25), date(2026, 11, 24)


@pytest.fixture
def office(desk: DeskContext) -> DeskContext:
    demo.add_demo_cases(desk, 200, seed=5)
    add_demo_ledger(desk, seed=5)
    add_demo_complaints(desk, seed=5)
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_the_pack_holds_what_the_auditor_asks_for(office: DeskContext, tmp_path: Path) -> None:
    target = tmp_path / "pack"
    result = audit_pack.build_audit_pack(office, SINCE, UNTIL, target)
    assert result.chain_ok
    names = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    assert (
        names
        == set(result.files)
        == {
            "README.txt",
            "manifest.json",
            "1_requests/handling-records.csv",
            "1_requests/handling-records.pdf",
            "2_complaints/complaints.csv",
            "2_complaints/complaints.pdf",
            "3_disposals/disposals.csv",
            "3_disposals/disposals.pdf",
            "4_ledger/ledger.csv",
            "4_ledger/ledger.pdf",
            "4_ledger/reviews.csv",
            "5_statistics/monthly.csv",
            "5_statistics/monthly.pdf",
            "6_audit_trail/verification.txt",
        }
    )
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    for name, digest in manifest["sha256"].items():
        assert hashlib.sha256((target / name).read_bytes()).hexdigest() == digest

    handled = read_csv(target / "1_requests/handling-records.csv")
    with office.db.read() as session:
        cases = session.scalars(select(Case)).all()
        expected = {
            c.reference
            for c in cases
            if any(
                d is not None and SINCE <= d <= UNTIL
                for d in (c.received_on, c.replied_on, c.closed_on)
            )
            or any(r.decided_on and SINCE <= r.decided_on <= UNTIL for r in c.requests)
        }
        names_ = {c.requester_name for c in cases}
    assert {row["Reference"] for row in handled} == expected
    assert len(handled) == result.requests
    # no requester's name anywhere in the pack
    for path in target.rglob("*.csv"):
        text = path.read_text(encoding="utf-8-sig")
        assert not any(name in text for name in names_ if name)
    months = read_csv(target / "5_statistics/monthly.csv")
    assert (months[0]["Month"], months[-1]["Month"]) == ("2025-11", "2026-11")
    october = statistics.figures(office, statistics.month_period(2026, 10))
    assert int(months[-2]["Received"]) == october.received
    assert len(read_csv(target / "4_ledger/ledger.csv")) == 6
    assert "Intact" in (target / "6_audit_trail/verification.txt").read_text(encoding="utf-8")
    pdf = PdfReader(target / "1_requests/handling-records.pdf")
    first = pdf.pages[0].extract_text()
    assert "開示等の請求の対応記録" in first and f"1 / {len(pdf.pages)}" in first
    with office.db.read() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "audit_pack"))
    assert json.loads(entry.details)["requests"] == result.requests


def test_a_broken_chain_is_reported_and_a_zip_can_be_made(
    office: DeskContext, tmp_path: Path
) -> None:
    with office.db.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(actor="mallory"))
    result = audit_pack.build_audit_pack(office, SINCE, UNTIL, tmp_path / "pack.zip", as_zip=True)
    assert not result.chain_ok
    with zipfile.ZipFile(tmp_path / "pack.zip") as archive:
        verification = archive.read("pack/6_audit_trail/verification.txt").decode("utf-8")
        assert "PROBLEMS" in verification and "3" in verification
        assert "pack/1_requests/handling-records.csv" in archive.namelist()


def test_the_pack_refuses_bad_periods_places_and_roles(office: DeskContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="end before"):
        audit_pack.build_audit_pack(office, UNTIL, SINCE, tmp_path / "a")
    with pytest.raises(InvalidInput, match="past today"):
        audit_pack.build_audit_pack(office, SINCE, date(2027, 1, 1), tmp_path / "a")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(InvalidInput, match="exists already"):
        audit_pack.build_audit_pack(office, SINCE, UNTIL, tmp_path / "full")
    assert audit_pack.default_period(date(2026, 11, 24)) == (date(2024, 11, 25), date(2026, 11, 24))
    office.role = Role.STAFF
    with pytest.raises(NotAllowed):
        audit_pack.build_audit_pack(office, SINCE, UNTIL, tmp_path / "b")
    assert not (tmp_path / "b").exists() and not list(tmp_path.glob(".*partial"))

"""Exports: every case with its fields, complete files only, audited."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from privacy_desk.errors import DiskFull, InvalidInput
from privacy_desk.services import cases, demo
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import CSV_COLUMNS, export_cases
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import new_case
from tests.helpers.disks import fill, tmpfs

REQUIRED = {
    "reference",
    "received_on",
    "status",
    "request_types",
    "requester_kind",
    "target_on",
    "legal_line_on",
    "paused_days",
    "closed_on",
}


def test_json_export_carries_every_case_with_iso_dates(desk: DeskContext, tmp_path: Path) -> None:
    demo.add_demo_cases(desk, 120, seed=3)
    out = tmp_path / "cases.json"
    assert export_cases(desk, "json", out) == 120
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["count"] == 120 and len(data["cases"]) == 120
    for record in data["cases"]:
        assert record.keys() >= REQUIRED
        assert len(record["received_on"]) == 10 and record["received_on"][4] == "-"
        assert isinstance(record["request_types"], list) and record["request_types"]
        assert isinstance(record["paused_days"], int)
    closed = [r for r in data["cases"] if r["status"] == "closed"]
    assert closed and all(r["closed_on"] for r in closed)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_csv_export_opens_in_a_spreadsheet(desk: DeskContext, tmp_path: Path) -> None:
    cases.log_request(desk, new_case(requester_name='=HYPERLINK("x")', notes="@SUM(1)"))
    cases.log_request(desk, new_case())
    out = tmp_path / "cases.csv"
    export_cases(desk, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    assert [r["reference"] for r in rows] == ["2026-0001", "2026-0002"]
    assert rows[0]["requester_name"] == '\'=HYPERLINK("x")'  # never run as a formula
    assert rows[0]["notes"] == "'@SUM(1)"
    assert rows[1]["requester_name"] == "試験　花子"
    assert rows[1]["requester_postal_code"] == "6170002"
    assert rows[1]["request_types"] == "disclosure"


def test_exports_are_audited(desk: DeskContext, tmp_path: Path) -> None:
    cases.log_request(desk, new_case())
    export_cases(desk, "csv", tmp_path / "a.csv")
    with desk.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.actor == "clerk"
    assert json.loads(entry.details) == {"cases": 1, "file": "a.csv", "format": "csv"}


def test_export_to_a_full_disk_leaves_no_half_file(desk: DeskContext, tmp_path: Path) -> None:
    demo.add_demo_cases(desk, 200, seed=1)
    with tmpfs(tmp_path / "small", size_kib=64) as small:
        fill(small)
        with pytest.raises(DiskFull):
            export_cases(desk, "json", small / "cases.json")
        assert [p.name for p in small.iterdir()] == ["filler"]
    with desk.db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []


def test_unknown_format_and_folder_targets_are_refused(desk: DeskContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="Unknown export format 'xml'"):
        export_cases(desk, "xml", tmp_path / "x.xml")
    with pytest.raises(InvalidInput, match="is a folder"):
        export_cases(desk, "json", tmp_path)

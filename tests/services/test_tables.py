"""Any list to CSV or Excel: read back as a spreadsheet would, formulas never run, audited."""

from __future__ import annotations

import csv
import io
import json
import stat
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl.worksheet._writer
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from privacy_desk.domain import roles
from privacy_desk.domain.roles import NotAllowed, Permission, Role
from privacy_desk.errors import DiskFull, InvalidInput
from privacy_desk.services.context import DeskContext
from privacy_desk.services.tables import Table, sheet_title, write_table
from privacy_desk.store.models import AuditEntry
from tests.helpers.disks import fill, tmpfs

NAME = "試験　花子"
DAY = date(2026, 11, 24)
TABLE = Table(
    title="Due today",
    headers=("Reference", "Requester", "Target", "Days left", "Notes"),
    rows=[
        ("2026-0001", NAME, DAY, -3, "=1+1"),
        ("2026-0002", "+81 75 000 0000", date(2026, 12, 1), 4, "@SUM(A1)"),
        ("2026-0003", "-", None, None, "\tTab first"),
        ("2026-0004", "#N/A", DAY, 0, "line one\nline two"),
    ],
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the files (the data folder is beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def audit_entries(desk: DeskContext) -> list[AuditEntry]:
    with desk.db.read() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "export.table")).all()
        )


# -- CSV ----------------------------------------------------------------------------------------


def test_csv_opens_in_excel_as_shown(desk: DeskContext, tmp_path: Path) -> None:
    out = tmp_path / "due.csv"
    assert write_table(desk, TABLE, out, what="today-due") == 4
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Japanese Windows reads UTF-8
    assert raw.count(b"\r\n") == 5  # every line ends in CRLF
    assert raw.replace(b"\r\n", b"").count(b"\n") == 1  # the line break inside a cell
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(TABLE.headers)
    assert rows[1] == ["2026-0001", NAME, "2026-11-24", "-3", "'=1+1"]
    assert rows[2] == ["2026-0002", "'+81 75 000 0000", "2026-12-01", "4", "'@SUM(A1)"]
    assert rows[3] == ["2026-0003", "'-", "", "", "'\tTab first"]
    assert rows[4] == ["2026-0004", "#N/A", "2026-11-24", "0", "line one\nline two"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# -- Excel --------------------------------------------------------------------------------------


def test_xlsx_has_a_bold_frozen_filtered_header_and_real_dates(
    desk: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "due.xlsx"
    assert write_table(desk, TABLE, out, what="today-due") == 4
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.title == "Due today"
    header = next(sheet.iter_rows(min_row=1, max_row=1))
    assert [cell.value for cell in header] == list(TABLE.headers)
    assert all(cell.font.b for cell in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E5"
    target = sheet["C2"]
    assert target.is_date and target.value == datetime(2026, 11, 24)
    assert target.number_format == "yyyy-mm-dd"
    assert sheet["C4"].value is None
    assert sheet["D2"].value == -3 and sheet["D2"].data_type == "n"
    assert sheet["B2"].value == NAME
    assert sheet["E5"].value == "line one\nline two"


def test_xlsx_never_holds_a_formula(desk: DeskContext, tmp_path: Path) -> None:
    out = tmp_path / "due.xlsx"
    write_table(desk, TABLE, out, what="today-due")
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet["E2"].value == "=1+1" and sheet["E2"].data_type == "s"
    assert sheet["E2"].quotePrefix  # editing it in Excel keeps it text
    assert sheet["E3"].value == "@SUM(A1)" and sheet["E3"].data_type == "s"
    assert sheet["B5"].value == "#N/A" and sheet["B5"].data_type == "s"  # not an error cell
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml


def test_xlsx_columns_fit_their_texts_cjk_counting_double(
    desk: DeskContext, tmp_path: Path
) -> None:
    table = Table("Widths", ("A", "B", "C"), [("x" * 20, "国" * 10, "y")])
    out = tmp_path / "widths.xlsx"
    write_table(desk, table, out, what="test")
    sheet = load_workbook(out).active
    assert sheet is not None
    widths = {key: sheet.column_dimensions[key].width for key in "ABC"}
    assert widths["A"] == widths["B"] == 22  # ten CJK characters are as wide as twenty
    assert widths["C"] < widths["A"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Due today", "Due today"),
        ("Cases: open [2026] a/b\\c?*", "Cases_ open _2026_ a_b_c__"),
        ("'quoted'", "quoted"),
        ("History", "History_"),
        ("", "Sheet1"),
        ("個人情報管理台帳" * 5, "個人情報管理台帳" * 3 + "個人情報管理台"),
        ("x" * 40, "x" * 31),
    ],
)
def test_sheet_titles_are_what_excel_accepts(title: str, expected: str) -> None:
    assert sheet_title(title) == expected


def test_the_sheet_is_named_after_the_title_as_excel_allows(
    desk: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "x.xlsx"
    write_table(desk, Table("Retention: due [30 days] / all? " * 2, ("A",), []), out, what="t")
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.title == "Retention_ due _30 days_ _ all_"
    assert sheet.max_row == 1


def test_xlsx_is_put_together_without_temporary_files(
    desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def refuse(*_args: object, **_kwargs: object) -> None:
        made.append("temporary file")
        raise AssertionError("a temporary file was made")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    # openpyxl imported the function itself: its own sheet writer would call it
    monkeypatch.setattr(openpyxl.worksheet._writer, "NamedTemporaryFile", refuse)
    write_table(desk, TABLE, tmp_path / "due.xlsx", what="today-due")
    assert made == []
    assert load_workbook(tmp_path / "due.xlsx").active is not None


# -- refusals and the audit trail ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["due.txt", "due", "due.xls", "due.csv.gz"])
def test_a_file_that_is_neither_csv_nor_xlsx_is_refused(
    desk: DeskContext, out: Path, name: str
) -> None:
    with pytest.raises(InvalidInput, match=r"neither an Excel workbook nor a CSV file.*\.xlsx"):
        write_table(desk, TABLE, out / name, what="today-due")
    assert list(out.iterdir()) == []
    assert audit_entries(desk) == []


def test_a_folder_is_refused(desk: DeskContext, tmp_path: Path) -> None:
    folder = tmp_path / "list.csv"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="is a folder"):
        write_table(desk, TABLE, folder, what="today-due")


def test_staff_may_export(desk: DeskContext, tmp_path: Path) -> None:
    assert Permission.EXPORT in roles.PERMISSIONS[Role.STAFF]
    desk.role, desk.actor = Role.STAFF, "s.ito"
    assert write_table(desk, TABLE, tmp_path / "due.csv", what="today-due") == 4


def test_a_role_without_the_export_permission_is_refused(
    desk: DeskContext, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every role may export today; a role without it (as the office may one day have) may not
    monkeypatch.setitem(
        roles.PERMISSIONS, Role.STAFF, roles.PERMISSIONS[Role.STAFF] - {Permission.EXPORT}
    )
    desk.role = Role.STAFF
    with pytest.raises(NotAllowed, match="may not do this"):
        write_table(desk, TABLE, out / "due.xlsx", what="today-due")
    desk.role = None  # nobody logged in
    with pytest.raises(NotAllowed, match="Log in first"):
        write_table(desk, TABLE, out / "due.xlsx", what="today-due")
    assert list(out.iterdir()) == []
    assert audit_entries(desk) == []


def test_each_export_is_audited_without_its_content(desk: DeskContext, tmp_path: Path) -> None:
    write_table(desk, TABLE, tmp_path / "due.xlsx", what="today-due")
    write_table(desk, TABLE, tmp_path / "due.csv", what="today-due")
    entries = audit_entries(desk)
    assert [json.loads(entry.details) for entry in entries] == [
        {"what": "today-due", "rows": 4, "format": "xlsx"},
        {"what": "today-due", "rows": 4, "format": "csv"},
    ]
    for entry in entries:
        assert entry.actor == "clerk"
        recorded = " ".join(
            str(value)
            for value in (
                entry.entity_type,
                entry.entity_id,
                entry.field,
                entry.old_value,
                entry.new_value,
                entry.details,
            )
        )
        for content in (NAME, "2026-0001", "=1+1", "Due today", "due.xlsx", "due.csv"):
            assert content not in recorded


def test_a_full_disk_leaves_no_half_file_and_no_audit_entry(
    desk: DeskContext, tmp_path: Path
) -> None:
    rows = [(f"2026-{n:04d}", NAME * 20, DAY, n, "x" * 200) for n in range(2000)]
    with tmpfs(tmp_path / "small", size_kib=64) as small:
        fill(small)
        with pytest.raises(DiskFull):
            write_table(desk, Table("Cases", TABLE.headers, rows), small / "c.csv", what="cases")
        assert [p.name for p in small.iterdir()] == ["filler"]
    assert audit_entries(desk) == []

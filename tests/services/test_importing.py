"""Importing the office's earlier records from CSV and XLSX (issue 8). Invented people only."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from privacy_desk.domain import deadlines
from privacy_desk.domain.import_layout import COLUMNS, import_key, read_header
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.services import importing
from privacy_desk.services.cases import get_case
from privacy_desk.services.context import DeskContext
from privacy_desk.services.history import case_history
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry, Case

JA_HEADER = [
    "旧受付番号",
    "受付日",
    "請求者区分",
    "請求内容",
    "氏名",
    "フリガナ",
    "生年月日",
    "郵便番号",
    "住所",
    "電話番号",
    "メールアドレス",
    "代理人氏名",
    "状況",
    "完了日",
    "備考",
]
HANAKO = [
    "A-1",
    "令和8年11月2日",
    "本人",
    "開示、利用停止・消去",
    "試験　花子",
    "シケン　ハナコ",
    "S55.4.1",
    "６１７－０００２",
    "京都府向日市寺戸町試験１－２",
    "075-000-0000",
    "hanako@example.com",
    "",
    "",
    "",
    "会員登録について\n  ２回目の請求",
]
JIRO = [
    "A-2",
    "2026/11/10",
    "任意代理人",
    "訂正",
    "試験　次郎",
    "",
    "",
    "",
    "",
    "",
    "",
    "見本　代理",
    "",
    "",
    "",
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    lines = [",".join(_quoted(cell) for cell in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _quoted(cell: str) -> str:
    return f'"{cell}"' if any(c in cell for c in ',"\n') else cell


def count(desk: DeskContext, model: type[Case] | type[AuditEntry]) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(model.id))) or 0


@pytest.fixture
def staff(desk: DeskContext) -> DeskContext:
    desk.role, desk.actor = Role.STAFF, "k.tanaka"
    return desk


def test_a_utf8_csv_with_a_bom_and_japanese_headings_is_read_and_nothing_is_written(
    staff: DeskContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "records.csv", [JA_HEADER, HANAKO, JIRO])
    cases, entries = count(staff, Case), count(staff, AuditEntry)
    preview = importing.read_import(staff, path)
    assert preview.encoding == "UTF-8 (BOM)" and preview.file_name == "records.csv"
    assert preview.refused == () and preview.already_imported == ()
    hanako, jiro = preview.to_create
    assert (hanako.row_number, jiro.row_number) == (2, 3)
    assert hanako.received_on == date(2026, 11, 2)
    assert hanako.request_types == [RequestType.DISCLOSURE, RequestType.SUSPENSION_OR_ERASURE]
    assert hanako.status is CaseStatus.RECEIVED and hanako.closed_on is None
    new = hanako.new_case
    assert new.requester_name == "試験 花子"  # NFKC: the full-width space is an ordinary one
    assert new.requester_birth_date == date(1980, 4, 1)
    assert new.requester_postal_code == "6170002"
    assert new.requester_address == "京都府向日市寺戸町試験1-2"
    assert new.notes == "旧受付番号: A-1\n会員登録について\n2回目の請求"
    assert jiro.new_case.requester_kind is RequesterKind.APPOINTED_AGENT
    assert jiro.new_case.agent_name == "見本 代理"
    # reading wrote nothing
    assert (count(staff, Case), count(staff, AuditEntry)) == (cases, entries)


def test_a_shift_jis_csv_saved_by_excel_is_read(staff: DeskContext, tmp_path: Path) -> None:
    # 髙 and ① exist in Windows' CP932 but not in plain Shift_JIS
    row = [
        "",
        "R8.11.9",
        "本人",
        "開示",
        "髙見　試験",
        "タカミ　シケン",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "①",
    ]
    path = write_csv(tmp_path / "excel.csv", [JA_HEADER, row], encoding="cp932")
    preview = importing.read_import(staff, path)
    assert preview.encoding == "Shift_JIS (CP932)"
    (only,) = preview.to_create
    assert only.requester_name == "髙見 試験"
    assert only.new_case.requester_kana == "タカミ シケン"
    assert only.new_case.notes == "1"  # NFKC


def test_a_file_in_another_encoding_is_refused_with_a_sentence(
    staff: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes("受付日,氏名,請求内容\n".encode() + b"2026-11-02,\x81\x7f,\xff\xfe\n")
    with pytest.raises(InvalidInput, match="neither UTF-8 nor Shift_JIS"):
        importing.read_import(staff, path)
    pdf = tmp_path / "scan.csv"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01\x02")
    with pytest.raises(InvalidInput, match="neither UTF-8 nor Shift_JIS"):
        importing.read_import(staff, pdf)
    with pytest.raises(InvalidInput, match=r"old Excel workbook \(\.xls\)"):
        importing.read_import(staff, tmp_path / "book.xls")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput, match="cannot be opened as an Excel workbook"):
        importing.read_import(staff, broken)


def test_an_xlsx_with_english_keys_date_cells_and_numbers_is_read(
    staff: DeskContext, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "received_on",
            "Requester Name",
            "request_types",
            "requester_birth_date",
            "requester_postal_code",
            "requester_phone",
            "status",
            "closed_on",
        ]
    )
    sheet.append(
        [datetime(2025, 6, 2), "Sample Taro", "disclosure; correction", "H2.1.15", 6170002,
         750000000, "closed", datetime(2025, 6, 20)]
    )  # fmt: skip
    sheet.append([])  # an empty row is skipped
    sheet.append(
        ["R7.6.3", "Sample Jiro", "Purpose of use", date(1990, 2, 3), 600001, "", "", None]
    )
    path = tmp_path / "records.xlsx"
    workbook.save(path)
    preview = importing.read_import(staff, path)
    assert preview.encoding == "Excel workbook" and preview.refused == ()
    taro, jiro = preview.to_create
    assert (taro.row_number, jiro.row_number) == (2, 4)
    assert taro.received_on == date(2025, 6, 2)
    assert taro.request_types == [RequestType.DISCLOSURE, RequestType.CORRECTION]
    assert taro.new_case.requester_birth_date == date(1990, 1, 15)
    assert taro.new_case.requester_postal_code == "6170002"
    assert taro.new_case.requester_phone == "0750000000"  # Excel dropped the leading 0
    assert (taro.status, taro.closed_on) == (CaseStatus.CLOSED, date(2025, 6, 20))
    assert jiro.received_on == date(2025, 6, 3)
    assert jiro.request_types == [RequestType.PURPOSE_OF_USE]
    assert jiro.new_case.requester_birth_date == date(1990, 2, 3)
    assert jiro.new_case.requester_postal_code == "0600001"  # Sapporo's leading 0


def test_an_xlsx_claiming_a_wrong_size_is_read_whole(staff: DeskContext, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["受付日", "氏名", "請求内容"])
    sheet.append(["R7.6.2", "試験　一", "開示"])
    sheet.append(["R7.6.3", "試験　二", "訂正"])
    written = tmp_path / "written.xlsx"
    workbook.save(written)
    # as some programs write it: the sheet says it is one cell big
    path = tmp_path / "odd size.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:C3" />' in data
                data = data.replace(b'<dimension ref="A1:C3" />', b'<dimension ref="A1"/>')
            target.writestr(item, data)
    preview = importing.read_import(staff, path)
    assert [c.requester_name for c in preview.to_create] == ["試験 一", "試験 二"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("令和8年11月24日", date(2026, 11, 24)),
        ("R8.11.24", date(2026, 11, 24)),
        ("Ｒ８．１１．２４", date(2026, 11, 24)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成17年4月1日", date(2005, 4, 1)),
        ("２０２６／１１／２４", date(2026, 11, 24)),
        ("2026年11月24日", date(2026, 11, 24)),
        ("2026-11-24 00:00:00", date(2026, 11, 24)),
        ("20261124", date(2026, 11, 24)),
    ],
)
def test_dates_in_the_japanese_era_and_full_width(
    staff: DeskContext, tmp_path: Path, written: str, read: date
) -> None:
    path = write_csv(
        tmp_path / "d.csv", [["受付日", "氏名", "請求内容"], [written, "試験　一", "開示"]]
    )
    (only,) = importing.read_import(staff, path).to_create
    assert only.received_on == read


def _refusals(desk: DeskContext, tmp_path: Path, rows: list[list[str]]) -> list[str]:
    header = ["旧受付番号", "受付日", "請求者区分", "請求内容", "氏名", "生年月日", "郵便番号",
              "代理人氏名", "状況", "完了日"]  # fmt: skip
    path = write_csv(tmp_path / "bad.csv", [header, *rows])
    preview = importing.read_import(desk, path)
    assert preview.to_create == ()
    return [r.sentence for r in preview.refused]


def test_every_row_that_cannot_be_read_is_said_with_its_reason(
    staff: DeskContext, tmp_path: Path
) -> None:
    ok = ["", "2026-11-02", "本人", "開示", "試験　一", "", "", "", "", ""]

    def row(**changes: str) -> list[str]:
        names = ["ref", "received", "kind", "types", "name", "birth", "postal", "agent",
                 "status", "closed"]  # fmt: skip
        return [changes.get(n, v) for n, v in zip(names, ok, strict=True)]

    sentences = _refusals(
        staff,
        tmp_path,
        [
            row(name=""),
            row(received="2026-13-01"),
            row(types="返金"),
            row(received=""),
            row(received="2026-11-25"),
            row(received="26/11/02"),
            row(types=""),
            row(kind="親戚"),
            row(kind="任意代理人"),
            row(kind="法定代理人"),
            row(postal="617-00"),
            row(status="対応中"),
            row(status="完了"),
            row(status="受付", closed="2026-11-20"),
            row(closed="2026-11-01"),
            row(birth="R9.1.1"),
            [*ok, "extra"],
        ],
    )
    assert sentences == [
        "Row 2: the requester's name (氏名) is empty.",
        "Row 3: the date of receipt (受付日) “2026-13-01” is not a date: Month 13 does not exist.",
        "Row 4: the request type “返金” is not known; use 利用目的の通知, 開示, "
        "第三者提供記録の開示, 訂正・追加・削除, 利用停止・消去 or 第三者提供の停止.",
        "Row 5: the date of receipt (受付日) is empty.",
        "Row 6: the date of receipt 2026-11-25 is in the future.",
        "Row 7: the date of receipt (受付日) “26/11/02” is not a date: "
        "two-digit years are not accepted. Write the full year (2026/11/24) or an era year "
        "(R8.11.24).",
        "Row 8: no request type (請求内容) is given.",
        "Row 9: the requester kind “親戚” is not known; use 本人, 未成年者の法定代理人, "
        "成年被後見人の法定代理人, 法定代理人, 任意代理人 or 専門職の代理人 (or principal, "
        "minor_agent, adult_ward_agent, appointed_agent, professional_agent).",
        "Row 10: the request comes from an agent (任意代理人): give the agent's name (代理人氏名).",
        "Row 11: the requester kind “法定代理人” may be the statutory agent of a minor or of an "
        "adult ward, and without a date of birth (生年月日) it cannot be told which; write "
        "未成年者の法定代理人 or 成年被後見人の法定代理人.",
        "Row 12: the postal code “617-00” does not have 7 digits.",
        "Row 13: the status “対応中” cannot be imported: an open case comes in as 受付 (received) "
        "and is moved on in Privacy Desk, where identity and decisions are checked; an ended one "
        "as 完了 (closed) with its 完了日.",
        "Row 14: a case that is “完了” needs its closing date (完了日).",
        "Row 15: a case that is still 受付 (received) has no closing date (完了日); leave it "
        "empty, or give the status 完了 (closed).",
        "Row 16: the closing date 2026-11-01 is before the date of receipt 2026-11-02.",
        "Row 17: the date of birth 2027-01-01 is after the date of receipt.",
        "Row 18: it has 11 or more cells, but the first row names only 10 columns (a comma too "
        "many, or a cell out of place?).",
    ]


def test_a_csv_row_with_a_stray_quote_is_refused_and_the_rest_read(
    staff: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        '受付日,氏名,請求内容\n2026-11-02,"試験"一,開示\n2026-11-03,試験　二,開示\n',
        encoding="utf-8",
    )
    preview = importing.read_import(staff, path)
    assert [r.sentence for r in preview.refused] == [
        "Row 2: it cannot be read as CSV (',' expected after '\"')."
    ]
    assert [c.requester_name for c in preview.to_create] == ["試験 二"]


def test_the_statutory_agent_is_told_by_the_principals_age(
    staff: DeskContext, tmp_path: Path
) -> None:
    header = ["受付日", "請求者区分", "請求内容", "氏名", "生年月日", "代理人氏名"]
    rows = [
        ["2024-05-01", "法定代理人", "開示", "試験　子", "2008-01-01", "試験　親"],  # 16
        ["2024-05-01", "法定代理人", "開示", "試験　成", "2005-01-01", "試験　後見"],  # 19
        ["2021-05-01", "法定代理人", "開示", "試験　旧", "2002-01-01", "試験　親"],  # 19 then
        ["2024-05-01", "弁護士", "開示", "試験　依", "", "見本　弁護"],
    ]
    preview = importing.read_import(staff, write_csv(tmp_path / "a.csv", [header, *rows]))
    kinds = [c.new_case.requester_kind for c in preview.to_create]
    assert kinds == [
        RequesterKind.MINOR_AGENT,
        RequesterKind.ADULT_WARD_AGENT,
        RequesterKind.MINOR_AGENT,  # majority was 20 before 2022-04-01
        RequesterKind.PROFESSIONAL_AGENT,
    ]
    assert preview.to_create[3].new_case.agent_qualification == "弁護士"


def test_the_first_row_must_name_the_required_columns(staff: DeskContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["受付日", "名前"], ["2026-11-02", "試験　一"]])
    with pytest.raises(InvalidInput, match=r"missing: request_types or 請求内容\."):
        importing.read_import(staff, path)
    path = write_csv(tmp_path / "h2.csv", [["受付日", "氏名", "名前", "請求内容"]])
    with pytest.raises(InvalidInput, match="columns 2 and 3"):
        importing.read_import(staff, path)
    path = write_csv(
        tmp_path / "h3.csv", [["受付日 *", "ＲＥＱＵＥＳＴ　ＴＹＰＥＳ", "氏名（必須）", "担当者"]]
    )
    preview = importing.read_import(staff, path)
    assert preview.ignored_columns == ("担当者",) and preview.rows == 0
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n,,\r\n")
    with pytest.raises(InvalidInput, match="has no rows"):
        importing.read_import(staff, empty)


def test_no_two_columns_share_a_heading() -> None:
    seen: dict[str, str] = {}
    for column in COLUMNS:
        for name in (column.key, column.heading, *column.aliases):
            assert seen.setdefault(name.casefold(), column.key) == column.key, name
            assert read_header([name, *_required_except(column.key)]).positions[column.key] == 0


def _required_except(key: str) -> list[str]:
    return [c.key for c in COLUMNS if c.required and c.key != key]


def test_a_row_twice_in_the_file_is_refused_as_the_same(staff: DeskContext, tmp_path: Path) -> None:
    header = ["旧受付番号", "受付日", "氏名", "生年月日", "請求内容"]
    rows = [
        ["A-7", "2026-11-02", "試験　一", "", "開示"],
        ["", "2026-11-03", "試験　二", "1990-01-01", "開示、訂正"],
        ["a7", "2026-11-05", "別人　三", "", "訂正"],  # the same old reference, folded
        ["", "R8.11.3", "試験二", "H2.1.1", "訂正、開示"],  # the same without one
        ["", "2026-11-03", "試験　二", "1990-01-01", "開示"],  # other request types
    ]
    preview = importing.read_import(staff, write_csv(tmp_path / "d.csv", [header, *rows]))
    assert [c.row_number for c in preview.to_create] == [2, 3, 6]
    assert [r.sentence for r in preview.refused] == [
        "Row 4: the same as row 2 (the same old reference “A-7”); a case is imported once.",
        "Row 5: the same as row 3 (the same date of receipt, name, date of birth and request "
        "types); a case is imported once.",
    ]


def test_the_key_is_documented() -> None:
    by_reference = import_key(" Ａ－1 ", date(2026, 11, 2), "x", None, [RequestType.DISCLOSURE])
    assert by_reference == hashlib.sha256(b"ref|a1").hexdigest()
    by_row = import_key(
        "", date(2026, 11, 2), "試験　ハナコ", date(1980, 4, 1),
        [RequestType.DISCLOSURE, RequestType.CORRECTION],
    )  # fmt: skip
    text = "row|2026-11-02|試験はなこ|1980-04-01|correction,disclosure"
    assert by_row == hashlib.sha256(text.encode()).hexdigest()


def test_importing_twice_creates_nothing_the_second_time(
    staff: DeskContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "records.csv", [JA_HEADER, HANAKO, JIRO])
    first = importing.read_import(staff, path)
    result = importing.apply_import(staff, first)
    assert result.created == ("2026-0001", "2026-0002") and result.already_imported == 0
    assert count(staff, Case) == 2
    second = importing.read_import(staff, path)
    assert second.to_create == ()
    assert [(a.row_number, a.reference) for a in second.already_imported] == [
        (2, "2026-0001"),
        (3, "2026-0002"),
    ]
    assert importing.apply_import(staff, second).created == ()
    # a preview read before the first import: its rows were imported meanwhile
    again = importing.apply_import(staff, first)
    assert again.created == () and again.already_imported == 2
    assert count(staff, Case) == 2
    assert [e.action for e in _entries(staff, "import")] == ["import"]


def _entries(desk: DeskContext, action: str) -> list[AuditEntry]:
    with desk.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_cases_come_through_the_case_services_with_one_import_entry(
    staff: DeskContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "records.csv", [JA_HEADER, JIRO, [""] * 5, HANAKO, ["", "", "", "", "試験　空"]]
    )
    preview = importing.read_import(staff, path)
    result = importing.apply_import(staff, preview)
    # created in the order of arrival: Hanako (11-02) before Jiro (11-10)
    assert result.created == ("2026-0001", "2026-0002")
    hanako = get_case(staff, "2026-0001")
    assert hanako.requester_name == "試験 花子" and hanako.created_by == "k.tanaka"
    assert hanako.import_key == preview.to_create[1].key
    assert "|しけんはなこ|" in hanako.search_text
    expected = deadlines.compute_deadlines(
        date(2026, 11, 2),
        calendar=staff.calendar,
        target_business_days=staff.target_business_days,
        as_of=staff.today(),
    )
    assert (hanako.target_on, hanako.legal_line_on) == (expected.target_on, expected.legal_line_on)
    (created,) = case_history(staff, "2026-0001")
    assert created.action == "case.create"
    assert created.details["imported_from"] == "records.csv" and created.details["row"] == 4
    (entry,) = _entries(staff, "import")
    details = json.loads(entry.details)
    assert details == {
        "file": "records.csv",
        "rows": 3,
        "created": 2,
        "already_imported": 0,
        "refused": 1,
        "first_reference": "2026-0001",
        "last_reference": "2026-0002",
    }
    assert entry.actor == "k.tanaka"
    assert "試験" not in entry.details and "hanako" not in entry.details  # no personal data
    with staff.db.read() as session:
        assert verify_chain(session).ok


def test_an_old_closed_case_ends_closed_on_its_day(staff: DeskContext, tmp_path: Path) -> None:
    header = ["受付日", "氏名", "請求内容", "状況", "回答日", "完了日"]
    rows = [
        ["R6.5.13", "試験　終", "開示", "完了", "R6.5.24", "R6.5.31"],
        ["R6.7.1", "試験　取", "訂正", "取下げ", "", "R6.7.5"],
        ["R6.8.1", "試験　日", "開示", "", "", "R6.8.9"],  # a closing day alone: closed
    ]
    preview = importing.read_import(staff, write_csv(tmp_path / "old.csv", [header, *rows]))
    assert preview.refused == ()
    result = importing.apply_import(staff, preview)
    assert result.created == ("2024-0001", "2024-0002", "2024-0003")
    closed = get_case(staff, "2024-0001")
    assert closed.status is CaseStatus.CLOSED
    assert (closed.closed_on, closed.replied_on) == (date(2024, 5, 31), date(2024, 5, 24))
    expected = deadlines.compute_deadlines(
        date(2024, 5, 13),
        calendar=staff.calendar,
        target_business_days=staff.target_business_days,
        as_of=staff.today(),
    )
    assert closed.target_on == expected.target_on == date(2024, 5, 27)
    created, moved = case_history(staff, "2024-0001")
    assert (created.action, moved.action) == ("case.create", "case.status")
    assert (moved.old_value, moved.new_value) == ("received", "closed")
    assert moved.details["on"] == "2024-05-31"
    assert moved.details["reason"] == "Imported from the office's earlier records (old.csv, row 2)"
    withdrawn = get_case(staff, "2024-0002")
    assert (withdrawn.status, withdrawn.closed_on) == (CaseStatus.WITHDRAWN, date(2024, 7, 5))
    assert withdrawn.replied_on is None
    third = get_case(staff, "2024-0003")
    assert (third.status, third.closed_on, third.replied_on) == (
        CaseStatus.CLOSED,
        date(2024, 8, 9),
        date(2024, 8, 9),
    )


def test_a_reply_date_must_lie_between_receipt_and_closing(
    staff: DeskContext, tmp_path: Path
) -> None:
    header = ["受付日", "氏名", "請求内容", "状況", "回答日", "完了日"]
    rows = [
        ["R6.5.13", "試験　終", "開示", "完了", "R6.6.24", "R6.5.31"],
        ["R6.5.13", "試験　取", "開示", "取下げ", "R6.5.20", "R6.5.31"],
        ["R6.5.13", "試験　前", "開示", "完了", "R6.5.24", "R6.5.10"],
    ]
    preview = importing.read_import(staff, write_csv(tmp_path / "old.csv", [header, *rows]))
    assert [r.sentence for r in preview.refused] == [
        "Row 2: the date of the reply 2024-06-24 is after the closing date 2024-05-31.",
        "Row 3: a case that is “取下げ” has no date of the reply (回答日); a replied case is "
        "imported as 完了 (closed) with its 完了日.",
        "Row 4: the closing date 2024-05-10 is before the date of receipt 2024-05-13; the date "
        "of the reply 2024-05-24 is after the closing date 2024-05-10.",
    ]


def test_one_case_that_cannot_be_created_stops_the_whole_import(
    staff: DeskContext, tmp_path: Path
) -> None:
    preview = importing.read_import(
        staff, write_csv(tmp_path / "records.csv", [JA_HEADER, HANAKO, JIRO])
    )
    jiro = preview.to_create[1]
    broken = replace(jiro, new_case=replace(jiro.new_case, agent_name=""))
    with pytest.raises(InvalidInput, match=r"^Row 3: .*agent's name.* Nothing was imported\.$"):
        importing.apply_import(staff, replace(preview, to_create=(preview.to_create[0], broken)))
    assert count(staff, Case) == 0 and _entries(staff, "import") == []


def test_importing_needs_a_role_that_logs_requests(desk: DeskContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "records.csv", [JA_HEADER, HANAKO])
    preview = importing.read_import(desk, path)
    desk.role = None
    with pytest.raises(NotAllowed):
        importing.read_import(desk, path)
    with pytest.raises(NotAllowed):
        importing.apply_import(desk, preview)
    assert count(desk, Case) == 0

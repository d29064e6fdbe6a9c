"""The command line end to end, in a separate process, as an administrator runs it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_desk.paths import DataPaths
from privacy_desk.store.lifecycle import InstanceLock
from tests.helpers.disks import tmpfs

SCHEMAS = Path(__file__).parents[1] / "fixtures" / "schemas"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    """Errors are one line on stderr, never a traceback."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("privacy-desk 0.")


def test_demo_check_export_round(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(data, "demo", "--cases", "300", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "Added 300 synthetic cases (seed 5)" in result.stdout
    assert (data / "privacy-desk.sqlite3").exists()
    assert {p.name for p in data.iterdir()} >= {"backups", "logs", "privacy-desk.sqlite3"}

    check = run(data, "check")
    assert check.returncode == 0, check.stdout
    assert "The database is sound (300 cases)." in check.stdout

    out = tmp_path / "cases.json"
    export = run(data, "export", "--format", "json", "--out", str(out))
    assert export.returncode == 0, export.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["count"] == 300
    csv_out = tmp_path / "cases.csv"
    assert run(data, "export", "--format", "csv", "--out", str(csv_out)).returncode == 0
    assert len(csv_out.read_text(encoding="utf-8-sig").splitlines()) == 301


def test_data_dir_may_follow_the_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "demo", "--cases", "3", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "privacy-desk.sqlite3").exists()


def test_check_fails_on_tampering(tmp_path: Path) -> None:
    assert run(tmp_path, "demo", "--cases", "20").returncode == 0
    with sqlite3.connect(tmp_path / "privacy-desk.sqlite3") as connection:
        connection.execute("UPDATE audit_entries SET actor = 'nobody' WHERE id = 4")
    connection.close()
    result = run(tmp_path, "check")
    assert result.returncode == 1
    assert "FAILED  Audit trail: Audit entry 4 was changed" in result.stdout
    assert "The database has problems" in result.stdout


def test_check_without_a_database(tmp_path: Path) -> None:
    result = run(tmp_path, "check")
    assert result.returncode == 1
    assert "There is no database yet" in one_sentence(result)


def test_backup_and_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "30").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    backup = run(data, "backup", str(copy))
    assert backup.returncode == 0, backup.stderr
    assert run(data, "demo", "--cases", "5", "--seed", "9").returncode == 0
    restore = run(data, "restore", str(copy))
    assert restore.returncode == 0, restore.stderr
    assert "Restored 30 cases" in restore.stdout
    assert "The database is sound (30 cases)." in run(data, "check").stdout


def test_restore_refuses_garbage_with_one_sentence(tmp_path: Path) -> None:
    assert run(tmp_path / "data", "demo", "--cases", "3").returncode == 0
    garbage = tmp_path / "holiday.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    result = run(tmp_path / "data", "restore", str(garbage))
    assert result.returncode == 3
    assert "is not a Privacy Desk backup" in one_sentence(result)
    assert "The database is sound (3 cases)." in run(tmp_path / "data", "check").stdout


def test_a_second_instance_is_refused(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).prepare()
    with InstanceLock(paths.lock_file):
        result = run(tmp_path, "demo", "--cases", "3")
    assert result.returncode == 3
    assert "already running with the data folder" in one_sentence(result)
    assert not paths.database.exists()


def test_a_database_from_a_newer_version(tmp_path: Path) -> None:
    shutil.copyfile(SCHEMAS / "0001.sqlite3", tmp_path / "privacy-desk.sqlite3")
    with sqlite3.connect(tmp_path / "privacy-desk.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    result = run(tmp_path, "export", "--out", str(tmp_path / "x.json"))
    assert result.returncode == 3
    assert "written by a newer version of Privacy Desk" in one_sentence(result)
    assert not (tmp_path / "x.json").exists()


def test_a_read_only_data_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        result = run(folder / "data", "demo", "--cases", "3")
    assert result.returncode == 3
    assert "read-only" in one_sentence(result)


@pytest.mark.parametrize(
    "args", [["demo", "--cases", "0"], ["export", "--format", "xml", "--out", "x"]]
)
def test_bad_arguments(tmp_path: Path, args: list[str]) -> None:
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_logs_hold_no_personal_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "50").returncode == 0
    assert run(data, "export", "--out", str(tmp_path / "x.json")).returncode == 0
    cases = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["cases"]
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log*"))
    for case in cases:
        assert case["requester"]["name"] not in log
        assert case["requester"]["address"] not in log


def test_the_app_without_a_screen_says_so(tmp_path: Path) -> None:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "No screen to show the window on" in one_sentence(result)


def test_print_letters_and_forms(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = tmp_path / "data"
    made = run(data, "demo", "--cases", "5", "--seed", "2")
    assert made.returncode == 0, made.stderr
    reference = made.stdout.split(" to ")[1].split(",")[0]  # the newest case
    out = tmp_path / "ack.pdf"
    result = run(data, "print", "letter", reference, "acknowledgement", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Letter {reference}-01 (Acknowledgement of receipt) written to" in result.stdout
    assert reference in "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    form = tmp_path / "form.pdf"
    assert run(data, "print", "form", reference, "--out", str(form)).returncode == 0
    blank = tmp_path / "blank.pdf"
    assert run(data, "print", "form", "--blank", "--out", str(blank)).returncode == 0
    assert len(PdfReader(blank).pages) >= 1
    both = run(data, "print", "form", reference, "--blank", "--out", str(blank))
    assert both.returncode == 2 and "not both" in one_sentence(both)
    unknown = run(data, "print", "letter", reference, "thanks", "--out", str(out))
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    listed = run(data, "print", "letter", "--help")
    assert "missing_documents" in listed.stdout and "fee_notice" in listed.stdout
    missing = run(data, "print", "letter", "2030-0001", "acknowledgement", "--out", str(out))
    assert missing.returncode == 1 and "2030-0001" in one_sentence(missing)


def test_retention_due_lists_what_is_due(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "60", "--seed", "3").returncode == 0
    result = run(data, "retention", "due", "--as-of", "2040-01-01", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(set(row) == {"kind", "id", "description", "due_on", "rule"} for row in rows)
    assert {row["kind"] for row in rows} <= {"id_copy", "case_record", "letter", "ledger_batch"}
    assert {"case_record", "ledger_batch"} <= {row["kind"] for row in rows}
    assert rows == sorted(rows, key=lambda r: r["due_on"])
    early = run(data, "retention", "due", "--as-of", "2000-01-01", "--format", "json")
    assert json.loads(early.stdout) == []
    text = run(data, "retention", "due", "--as-of", "2040-01-01", "--horizon", "30")
    assert text.returncode == 0 and "due on or before" in text.stdout
    bad = run(data, "retention", "due", "--as-of", "someday")
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_retention_certificate_and_disposals_from_the_command_line(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from privacy_desk.domain.retention import DisposalMethod
    from privacy_desk.domain.roles import Role
    from privacy_desk.services import retention
    from privacy_desk.services.maintenance import open_desk

    data = tmp_path / "data"
    assert run(data, "demo", "--cases", "20", "--seed", "2").returncode == 0
    ctx = open_desk(DataPaths(data).prepare(), actor="m.one")
    try:
        ctx.role = Role.MANAGER
        item = retention.due_items(ctx, ctx.today())[0]
        (request,) = retention.request_disposal(ctx, [item], DisposalMethod.SHREDDING)
        ctx.actor = "m.two"
        retention.approve_disposal(ctx, request.id)
    finally:
        ctx.db.dispose()
    listed = run(data, "retention", "disposals")
    assert listed.returncode == 0, listed.stderr
    (record,) = json.loads(listed.stdout)
    assert (record["id"], record["method"], record["approved_by"]) == (
        request.id,
        "shredding",
        "m.two",
    )
    out = tmp_path / "certificate.pdf"
    made = run(data, "retention", "certificate", str(request.id), "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "個人情報廃棄証明書" in text and item.description_ja.split(":")[0] in text
    missing = run(data, "retention", "certificate", "999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode != 0 and "no disposal number 999" in one_sentence(missing)
    assert not (tmp_path / "x.pdf").exists()

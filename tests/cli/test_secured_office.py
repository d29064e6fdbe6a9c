"""The command line in an office with users: who acts, with which password and role."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF, KeyStore
from privacy_desk.services import users
from privacy_desk.store import backup
from tests.helpers.offices import PASSWORD, set_up_office


@pytest.fixture
def office(tmp_path: Path) -> Path:
    paths = DataPaths(tmp_path / "office").prepare()
    ctx = set_up_office(paths).ctx
    keys = KeyStore.load(paths.keys_file, kdf=FAST_KDF)
    users.create_user(
        ctx,
        keys,
        keys.unlock("user:admin", PASSWORD),
        login="staff1",
        display_name="担当　一郎",
        role=Role.STAFF,
        password=PASSWORD,
    )
    users.create_user(
        ctx,
        keys,
        keys.unlock("user:admin", PASSWORD),
        login="boss",
        display_name="室長　次郎",
        role=Role.MANAGER,
        password=PASSWORD,
    )
    ctx.db.dispose()
    return paths.root


def run(
    data: Path, *args: str, password: str | None = PASSWORD, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PRIVACY_DESK_")},
        **(env or {}),
    }
    if password is not None:
        env["PRIVACY_DESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_commands_need_a_user_and_the_password(office: Path, tmp_path: Path) -> None:
    result = run(office, "export", "--out", str(tmp_path / "x.json"))
    assert result.returncode == 2 and "give --user NAME" in result.stderr
    result = run(
        office, "export", "--user", "admin", "--out", str(tmp_path / "x.json"), password=None
    )
    assert result.returncode == 2 and "PRIVACY_DESK_PASSWORD" in result.stderr
    result = run(
        office, "export", "--user", "admin", "--out", str(tmp_path / "x.json"), password="nope"
    )
    assert result.returncode == 5
    assert result.stderr.strip() == "privacy-desk: The user name or password is wrong."
    assert "nope" not in result.stderr and not (tmp_path / "x.json").exists()


def test_the_administrator_works_on_the_encrypted_database(office: Path, tmp_path: Path) -> None:
    assert run(office, "demo", "--cases", "30", "--user", "admin").returncode == 0
    check = run(office, "check", "--user", "admin")
    assert check.returncode == 0 and "The database is sound (30 cases)." in check.stdout
    copy = tmp_path / "copy.sqlite3"
    assert run(office, "backup", str(copy), "--user", "admin").returncode == 0
    assert copy.exists() and not backup.is_plaintext(copy)
    assert run(office, "demo", "--cases", "5", "--seed", "3", "--user", "admin").returncode == 0
    restored = run(office, "restore", str(copy), "--user", "admin")
    assert restored.returncode == 0, restored.stderr
    assert "Restored 30 cases" in restored.stdout
    assert not backup.is_plaintext(office / "privacy-desk.sqlite3")


def test_the_recovery_key_restores_a_backup_into_a_new_data_folder(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "office").prepare()
    setup = set_up_office(paths)
    setup.ctx.db.dispose()
    assert run(paths.root, "demo", "--cases", "12", "--user", "admin").returncode == 0
    copy = tmp_path / "stick" / "copy.sqlite3"
    copy.parent.mkdir()
    assert run(paths.root, "backup", str(copy), "--user", "admin").returncode == 0
    new = tmp_path / "new-computer"
    env = {"PRIVACY_DESK_RECOVERY_KEY": setup.recovery_key}
    restored = run(new, "restore", str(copy), "--recovery-key", password=None, env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Restored 12 cases" in restored.stdout
    check = run(new, "check", "--user", "admin")
    assert check.returncode == 0 and "(12 cases)" in check.stdout
    asked = run(tmp_path / "third", "restore", str(copy), "--recovery-key", password=None)
    assert asked.returncode == 2 and "PRIVACY_DESK_RECOVERY_KEY" in asked.stderr


def test_roles_limit_the_commands(office: Path, tmp_path: Path) -> None:
    refused = run(office, "backup", str(tmp_path / "copy.sqlite3"), "--user", "staff1")
    assert refused.returncode == 4 and "may not do this" in refused.stderr
    allowed = run(office, "export", "--user", "staff1", "--out", str(tmp_path / "x.csv"))
    assert allowed.returncode == 0
    due = run(office, "retention", "due", "--as-of", "2026-11-24", "--user", "staff1")
    assert due.returncode == 4 and "may not do this" in due.stderr  # managers' work


def test_a_manager_writes_the_audit_pack_and_staff_may_not(office: Path, tmp_path: Path) -> None:
    assert run(office, "demo", "--cases", "40", "--user", "admin").returncode == 0
    refused = run(office, "audit-pack", "--user", "staff1", "--out", str(tmp_path / "p"))
    assert refused.returncode == 4 and "may not" in refused.stderr
    assert not (tmp_path / "p").exists()
    made = run(office, "audit-pack", "--user", "boss", "--out", str(tmp_path / "p"))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "p" / "1_requests" / "handling-records.csv").exists()
    assert "Intact" in (tmp_path / "p/6_audit_trail/verification.txt").read_text(encoding="utf-8")
    zipped = run(
        office,
        "audit-pack",
        "--user",
        "boss",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--out",
        str(tmp_path / "half.zip"),
    )
    assert zipped.returncode == 0 and "2026-01-01 to 2026-06-30" in zipped.stdout
    late = run(
        office, "audit-pack", "--user", "boss", "--to", "2099-01-01", "--out", str(tmp_path / "x")
    )
    assert late.returncode == 2 and "past today" in late.stderr


def test_a_manager_prints_the_reports_from_the_command_line(office: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert run(office, "demo", "--cases", "60", "--user", "admin").returncode == 0
    out = tmp_path / "october.pdf"
    made = run(
        office,
        "print",
        "report",
        "monthly",
        "--month",
        "2026-10",
        "--user",
        "boss",
        "--out",
        str(out),
    )
    assert made.returncode == 0, made.stderr
    assert "月次報告" in "".join(p.extract_text() for p in PdfReader(out).pages)
    yearly = run(
        office,
        "print",
        "report",
        "yearly",
        "--year",
        "2025",
        "--language",
        "en",
        "--user",
        "boss",
        "--out",
        str(tmp_path / "2025.pdf"),
    )
    assert yearly.returncode == 0 and (tmp_path / "2025.pdf").exists()
    missing = run(office, "print", "report", "monthly", "--user", "boss", "--out", str(out))
    assert missing.returncode == 2 and "--month 2026-10" in missing.stderr
    bad = run(
        office, "print", "report", "monthly", "--month", "Oct", "--user", "boss", "--out", str(out)
    )
    assert bad.returncode == 2 and "not a month" in bad.stderr
    staff = run(
        office, "print", "report", "overdue", "--user", "staff1", "--out", str(tmp_path / "o.pdf")
    )
    assert staff.returncode == 4 and not (tmp_path / "o.pdf").exists()

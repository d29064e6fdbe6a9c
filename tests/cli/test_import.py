"""``privacy-desk import FILE`` (privacy_desk/cli_import.py). Invented people only.

The command is driven in-process through its own argument parser (cli.py adds it to the
program's commands); the end-to-end run in a separate process is at the bottom.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from privacy_desk import cli, cli_import
from privacy_desk.errors import UserError
from privacy_desk.paths import DataPaths
from privacy_desk.services import auth
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store.models import AuditEntry, Case
from tests.helpers.offices import ADMIN, PASSWORD, set_up_office

HEADER = "旧受付番号,受付日,請求者区分,請求内容,氏名,生年月日,状況,完了日"
ROWS = [
    "K-1,R6.5.13,本人,開示,試験　一子,S50.1.1,完了,R6.5.31",
    "K-2,２０２５／０６／０２,本人,訂正、利用停止,試験　二郎,,,",
    "K-3,2025-13-01,本人,開示,試験　三子,,,",
    "K-4,2025/06/03,本人,返金,試験　四郎,,,",
]


def records(tmp_path: Path, rows: list[str] = ROWS, name: str = "old.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join([HEADER, *rows]).encode("cp932"))
    return path


def run_import(data: Path, *argv: str) -> int:
    """Parse ``import …`` as the program does and run the command; errors as ``run`` says them."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    common.add_argument("--user", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="privacy-desk", parents=[common])
    commands = parser.add_subparsers(dest="command")
    cli_import.add_parser(commands, common)
    args = parser.parse_args(["import", *argv])
    try:
        return cli_import.cmd_import(DataPaths(data).prepare(), args)
    except UserError as error:
        print(f"privacy-desk: {error}", file=sys.stderr)
        return error.exit_code


def cases_in(data: Path) -> int:
    ctx = open_desk(DataPaths(data).prepare())
    try:
        with ctx.db.read() as session:
            return session.scalar(select(func.count(Case.id))) or 0
    finally:
        ctx.db.dispose()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_dry_run_shows_the_preview_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run_import(data, str(records(tmp_path)), "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "old.csv (Shift_JIS (CP932)): 4 rows",
        "  to be created:    2",
        "  already imported: 0",
        "  cannot be read:   2",
        "Row 4: the date of receipt (受付日) “2025-13-01” is not a date: Month 13 does not exist.",
        "Row 5: the request type “返金” is not known; use 利用目的の通知, 開示, "
        "第三者提供記録の開示, 訂正・追加・削除, 利用停止・消去 or 第三者提供の停止.",
        "Dry run: nothing was imported.",
    ]
    assert cases_in(data) == 0


def test_yes_imports_and_a_second_run_finds_nothing_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = records(tmp_path)
    assert run_import(data, str(path), "--yes") == 0
    out = capsys.readouterr().out
    assert out.endswith("Imported 2 cases, 2024-0001 to 2025-0001.\n")
    assert cases_in(data) == 2
    assert run_import(data, str(path), "--yes") == 0
    out = capsys.readouterr().out
    assert "  already imported: 2\n" in out and out.endswith("Nothing new to import.\n")
    assert cases_in(data) == 2


def test_without_a_terminal_it_imports_only_with_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    assert run_import(data, str(records(tmp_path))) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "privacy-desk: Nothing was imported: there is no terminal to ask in. "
        "Check the list above, then run the command again with --yes."
    )
    assert cases_in(data) == 0


@pytest.mark.parametrize(("answer", "code", "cases"), [("y\n", 0, 2), ("\n", 1, 0), ("no\n", 1, 0)])
def test_in_a_terminal_it_asks_first(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
    cases: int,
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    assert run_import(data, str(records(tmp_path))) == code
    assert "Import 2 cases? [y/N] " in capsys.readouterr().out
    assert cases_in(data) == cases


def test_a_file_without_a_readable_row_exits_with_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run_import(data, str(records(tmp_path, ROWS[2:])), "--yes") == 2
    assert capsys.readouterr().out.endswith(
        "No row of old.csv can be read; nothing was imported.\n"
    )
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"\x81\x7f,\xff")
    assert run_import(data, str(odd), "--yes") == 2
    assert "neither UTF-8 nor Shift_JIS" in capsys.readouterr().err
    assert run_import(data, str(tmp_path / "missing.csv"), "--yes") == 1
    assert cases_in(data) == 0


def test_in_a_secured_office_the_user_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "office").prepare()
    set_up_office(paths).ctx.db.dispose()
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    path = records(tmp_path)
    assert run_import(paths.root, str(path), "--yes") == 2
    assert (
        capsys.readouterr().err.strip() == "privacy-desk: This office has users: give --user NAME."
    )
    assert run_import(paths.root, str(path), "--yes", "--user", ADMIN) == 0
    ctx = auth.log_in(paths, ADMIN, PASSWORD)
    try:
        with ctx.db.read() as session:
            assert session.scalar(select(func.count(Case.id))) == 2
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
            assert entry.actor == ADMIN
    finally:
        ctx.db.dispose()


def test_the_program_runs_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = records(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--data-dir", str(data), "import", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2 and "run the command again with --yes" in result.stderr
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "privacy_desk",
            "import",
            str(path),
            "--yes",
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Imported 2 cases" in result.stdout

"""The demo office: set up once, with the documented accounts and synthetic cases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF
from privacy_desk.services import auth
from privacy_desk.services.case_list import CaseQuery, count_cases
from privacy_desk.services.demo_office import (
    DEMO_ACCOUNTS,
    DEMO_CASES,
    demo_data_paths,
    ensure_demo_office,
)


def test_the_demo_office_has_the_documented_accounts(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "demo").prepare()
    assert ensure_demo_office(paths, kdf=FAST_KDF)
    assert not ensure_demo_office(paths, kdf=FAST_KDF)  # made once
    for login, _name, role, password in DEMO_ACCOUNTS:
        ctx = auth.log_in(paths, login, password)
        try:
            assert ctx.role is role
            assert count_cases(ctx, CaseQuery()).total == DEMO_CASES
        finally:
            ctx.db.dispose()
    assert {role for *_, role, _ in DEMO_ACCOUNTS} == set(Role)


def test_the_demo_folder_sits_beside_the_real_one(tmp_path: Path) -> None:
    assert (
        demo_data_paths(DataPaths(tmp_path / "PrivacyDesk")).root == tmp_path / "PrivacyDesk-demo"
    )


def test_the_command_line_opens_the_demo_office(tmp_path: Path) -> None:
    env = {**os.environ, "PRIVACY_DESK_PASSWORD": DEMO_ACCOUNTS[0][3]}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "privacy_desk",
            "--demo",
            "--data-dir",
            str(tmp_path),
            "check",
            "--user",
            "admin",
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"The database is sound ({DEMO_CASES} cases)." in result.stdout
    assert "the demo office was made" in result.stderr

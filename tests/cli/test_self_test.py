"""``privacy-desk --self-test``: the installation checked with real parts."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from privacy_desk import self_test
from privacy_desk.store.migrate import HEAD


def test_the_self_test_passes_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "office"
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    env.pop("QT_QPA_PLATFORM", None)  # it finds its way to render without a screen
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--data-dir", str(data), "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = ["database", "letter", "PDF page", "PostgreSQL driver"]
    assert [line.split(":")[1].strip() for line in lines[:4]] == steps
    assert all(": ok, " in line for line in lines[:4])
    assert f"schema {HEAD}" in lines[0]
    # no server is needed: the driver and its libpq are loaded, nothing connects
    assert f"psycopg {metadata.version('psycopg')} (binary) with libpq " in lines[3]
    assert lines[-1].startswith("self-test: passed")
    assert not data.exists()  # the office's folder is never made or touched
    assert list((tmp_path / "tmp").iterdir()) == []  # nothing left behind


def test_the_driver_step_fails_without_psycopgs_compiled_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from psycopg import pq

    monkeypatch.setattr(pq, "__impl__", "python")  # as if psycopg_binary were left out
    with pytest.raises(self_test.SelfTestFailed, match="its python implementation"):
        self_test._postgresql_driver()

"""SANE's ``test`` device, switched on for a test through SANE_CONFIG_DIR.

The system's ``dll.conf`` leaves the test backend off; a test points
SANE_CONFIG_DIR at a folder whose ``dll.conf`` names only ``test`` (so no
network or USB scanner is probed) and whose ``test.conf`` makes one device.
Each scan initialises SANE afresh, so the variable is read every time.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

TEST_CONF = """\
number_of_devices 1
mode Gray
depth 8
resolution 75
"""


def _sane_missing() -> str | None:
    try:
        importlib.import_module("sane")
    except ImportError as error:
        return f"python-sane or libsane is not installed ({error}); .ci/run installs libsane-dev"
    return None


SANE_MISSING = _sane_missing()

needs_sane = pytest.mark.skipif(SANE_MISSING is not None, reason=SANE_MISSING or "")


@pytest.fixture
def sane_test_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Switch SANE's test device on for this test; returns its name."""
    config = tmp_path / "sane.d"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    (config / "test.conf").write_text(TEST_CONF)
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    return "test:0"

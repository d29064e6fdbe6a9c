"""Shared fixtures: a private data folder, an opened desk, synthetic cases.

Every test gets its own data folder under pytest's tmp_path; nothing touches
the user's real data folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("PRIVACY_DESK_DATA_DIR", None)

from privacy_desk.paths import DataPaths
from privacy_desk.services.context import DeskContext

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").prepare()


@pytest.fixture
def desk(data_paths: DataPaths) -> Iterator[DeskContext]:
    from privacy_desk.services.maintenance import open_desk

    ctx = open_desk(data_paths, actor="clerk")
    ctx.today = lambda: TODAY
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def today() -> date:
    return TODAY

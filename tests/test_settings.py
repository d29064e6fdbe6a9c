"""Settings: defaults, validation, atomic writes, damaged files left alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy_desk import settings as S
from privacy_desk.errors import InvalidInput, StorageError
from privacy_desk.paths import ENV_DATA_DIR, DataPaths, default_data_dir


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = S.Settings(tmp_path / "settings.json")
    assert settings.get(S.TARGET_BUSINESS_DAYS) == 10
    assert settings.get(S.OFFICE_CLOSURES) == ["12-29..01-03"]
    assert settings.get(S.BACKUPS_KEEP) == 14
    assert settings.get(S.DATABASE_URL) == ""
    assert settings.get(S.SCAN_SOURCE) == "folder"
    assert settings.get(S.SCAN_FOLDER) == ""
    assert settings.get(S.SCAN_DEVICE) == ""
    assert settings.get(S.SCAN_DPI) == 300
    assert not (tmp_path / "settings.json").exists()


def test_a_change_is_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    S.Settings(path).set(S.OFFICE_CLOSURES, ["12-29..01-03", "2027-08-12..2027-08-16"])
    assert S.Settings(path).get(S.OFFICE_CLOSURES)[1] == "2027-08-12..2027-08-16"
    assert json.loads(path.read_text(encoding="utf-8"))["deadlines.office_closures"]
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        (S.TARGET_BUSINESS_DAYS, 0, "between 1 and 60"),
        (S.TARGET_BUSINESS_DAYS, "10", "whole number"),
        (S.TARGET_BUSINESS_DAYS, True, "whole number"),
        (S.BACKUPS_KEEP, -3, "between 1 and 1000"),
        (S.OFFICE_CLOSURES, ["12-32"], "names a day that does not exist"),
        (S.OFFICE_CLOSURES, "12-29..01-03", "list of texts"),
        (S.DATABASE_URL, 5, "must be a text"),
        (S.SCAN_SOURCE, "twain", "'folder', 'sane' \\(Linux\\) or 'wia'"),
        (S.SCAN_FOLDER, "scans", "full folder path"),
        (S.SCAN_DPI, 100, "between 150 and 600"),
        (S.SCAN_DPI, 1200, "between 150 and 600"),
    ],
)
def test_bad_values_are_refused(
    tmp_path: Path, setting: S.Setting, value: object, message: str
) -> None:
    settings = S.Settings(tmp_path / "settings.json")
    with pytest.raises(InvalidInput, match=message):
        settings.set(setting, value)
    assert not (tmp_path / "settings.json").exists()


def test_the_scanning_settings_take_sound_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = S.Settings(path)
    settings.set(S.SCAN_SOURCE, "sane")
    settings.set(S.SCAN_FOLDER, str(tmp_path / "scans"))
    settings.set(S.SCAN_FOLDER, "")  # none set again
    settings.set(S.SCAN_DEVICE, "test:0")
    settings.set(S.SCAN_DPI, 150)
    again = S.Settings(path)
    assert (again.get(S.SCAN_SOURCE), again.get(S.SCAN_FOLDER)) == ("sane", "")
    assert (again.get(S.SCAN_DEVICE), again.get(S.SCAN_DPI)) == ("test:0", 150)
    assert {setting.key for setting in S.ALL_SETTINGS} >= {
        "scanning.source",
        "scanning.folder",
        "scanning.device",
        "scanning.dpi",
    }


def test_a_damaged_file_is_named_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"backups.keep": 14,\n "deadlines.target_business_days": }', encoding="utf-8")
    with pytest.raises(StorageError, match=r"settings.json is damaged \(line 2"):
        S.Settings(path)
    path.write_text('{"deadlines.office_closures": ["08-16..08-12"]}', encoding="utf-8")
    with pytest.raises(StorageError, match="would close the office"):
        S.Settings(path)
    assert "08-16" in path.read_text(encoding="utf-8")


def test_the_data_folder_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "portable"))
    assert default_data_dir() == tmp_path / "portable"
    monkeypatch.delenv(ENV_DATA_DIR)
    assert default_data_dir().name == "PrivacyDesk"


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").prepare()
    for folder in (paths.root, paths.backups, paths.logs):
        assert folder.is_dir() and folder.stat().st_mode & 0o077 == 0

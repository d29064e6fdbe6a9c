from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from privacy_desk.ui import messages, tasks


@pytest.fixture(autouse=True)
def immediate_tasks() -> Iterator[None]:
    tasks.set_immediate(True)
    yield
    tasks.set_immediate(False)


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A dialog a test opened and left open is hidden: the next test starts with none."""
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()


class Messages:
    """Records what the app would have shown; answers file choosers with ``next_file(s)``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.next_file: Path | None = None
        self.next_files: list[Path] = []
        self.confirm_answer = True

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Messages:
    record = Messages()
    for kind in ("error", "warning", "information"):

        def show(_parent: Any, title: str, text: str, kind: str = kind) -> None:
            record.shown.append((kind, title, text))

        monkeypatch.setattr(messages, kind, show)
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: record.next_file)
    monkeypatch.setattr(messages, "choose_open_file", lambda *_a: record.next_file)
    monkeypatch.setattr(messages, "choose_open_files", lambda *_a: list(record.next_files))
    monkeypatch.setattr(messages, "confirm", lambda *_a: record.confirm_answer)
    return record


@pytest.fixture(autouse=True, scope="session")
def qsettings_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the program keeps per user and computer (QSettings) goes to a test folder,
    never to the account running the tests."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(kind, QSettings.Scope.SystemScope, str(folder / "system"))
    yield


@pytest.fixture(autouse=True)
def error_sentences_in_english() -> Iterator[None]:
    """A test that ran the GUI's start (which makes errors speak the UI's language) leaves
    the next one with the core's English sentences."""
    from privacy_desk import errors

    yield
    errors.translate_with(None)


@pytest.fixture(autouse=True)
def printing_preferences_as_shipped() -> Iterator[None]:
    """A test that saved printing settings (``ui/preferences.py``, one per program) leaves
    the next one with the defaults."""
    from privacy_desk.ui.preferences import preferences

    yield
    vars(preferences).clear()  # what was taken from settings: back to the class's defaults

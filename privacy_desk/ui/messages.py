"""Every message box and file chooser goes through here: the one seam tests patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def choose_open_file(
    parent: QWidget | None, title: str, folder: Path, file_filter: str
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None


def choose_open_files(
    parent: QWidget | None, title: str, folder: Path, file_filter: str
) -> list[Path]:
    """Several files at once, in the order the chooser gives them; empty when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), file_filter)
    return [Path(name) for name in names]

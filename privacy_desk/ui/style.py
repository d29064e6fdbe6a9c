"""Looks shared by every screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

#: A sentence saying what went wrong, under the field or in the dialog.
ERROR_STYLE = "color: #a61b1b; font-weight: 600;"
#: A quiet sentence: a hint, a rule, "Opening the database…".
NOTE_STYLE = "color: #555555;"
#: A sentence saying what was just done.
DONE_STYLE = "color: #1d6b2f;"
LINK_STYLE = "QPushButton { border: none; color: palette(link); text-align: left; padding: 0; }"


def note_label(text: str) -> QLabel:
    """A quiet line: what goes in a field, what a window or a dialog does."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def push_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A button that calls ``slot``; never the default, so that Enter in a field does not
    press it (nor close the window)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def line_edit(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def count_text(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with %1 replaced by ``n``."""
    return one if n == 1 else many.replace("%1", str(n))


def link_button(text: str) -> QPushButton:
    """A button that reads like a link: for a way out of the usual path."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    return button


def error_label() -> QLabel:
    """A message line for under a field or a form; hidden (and taking no room) while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    """Say ``text`` on ``label`` (hidden when empty)."""
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


def with_notes(field: QWidget, *notes: QLabel) -> QWidget:
    """A field with its hint and message lines right under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    for note in notes:
        column.addWidget(note)
    return box


def unelided(menu: QMenu) -> QMenu:
    """``menu``, made a little wider than Qt sizes it each time it opens.

    Qt 6's Fusion style lays a menu's text out in a rectangle narrower than the one the
    menu's width was measured for, and shortens the longest item in the middle:
    「個人情報管…(L)…」 for 「個人情報管理台帳(L)…」 (Japanese, with a mnemonic in brackets,
    hits it). One line's height of room is more than the difference.
    """

    def widen() -> None:
        menu.setMinimumWidth(0)
        menu.setMinimumWidth(menu.sizeHint().width() + menu.fontMetrics().height())

    menu.aboutToShow.connect(widen)
    return menu


def field_said_first(message: str, fields: list[tuple[str, QWidget]]) -> QWidget | None:
    """The field whose sentence (``(english, field)``) comes first in an error's English
    ``message``; the user reads the error in the app's language."""
    found = [(at, field) for english, field in fields if (at := message.find(english)) >= 0]
    return min(found, key=lambda pair: pair[0])[1] if found else None

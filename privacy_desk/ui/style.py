"""Looks shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

#: A sentence saying what went wrong, under the field or in the dialog.
ERROR_STYLE = "color: #a61b1b; font-weight: 600;"
#: A quiet sentence: a hint, a rule, "Opening the database…".
NOTE_STYLE = "color: #555555;"
LINK_STYLE = "QPushButton { border: none; color: palette(link); text-align: left; padding: 0; }"


def link_button(text: str) -> QPushButton:
    """A button that reads like a link: for a way out of the usual path."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    return button

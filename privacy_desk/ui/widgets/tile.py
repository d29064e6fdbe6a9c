"""A number with a caption, tinted when it needs attention."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

STYLE = """
    Tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
    Tile QLabel#tileValue { font-size: 20pt; font-weight: 600; }
    Tile[alert="true"] { background: #fde2e1; border-color: #e57373; }
    Tile[alert="true"] QLabel { color: #8a1c1c; }
"""


class Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int, *, alert: bool = False) -> None:
        self.value.setText(f"{value:,}")
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)

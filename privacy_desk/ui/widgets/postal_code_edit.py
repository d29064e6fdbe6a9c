"""A Japanese postal code field: ６１７０００２, 〒617-0002 or 6170002 all become 617-0002."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from privacy_desk.domain.intake import format_postal_code, normalize_postal_code

# What may surround the digits and still be a postal code: the mark, spaces, dashes.
_DECORATION = re.compile(r"[〒\s\-‐‑‒–—―−ー]")


class PostalCodeEdit(QLineEdit):
    """Formats itself as ``617-0002`` when the clerk leaves it; other text is kept as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("617-0002")
        self.setToolTip(self.tr("Seven digits; full-width digits, a hyphen or 〒 are fine."))
        self.setMaxLength(16)
        self.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.editingFinished.connect(self._format)

    def digits(self) -> str:
        """The digits typed (``6170002``), full-width ones folded to ASCII."""
        return normalize_postal_code(self.text())

    def set_digits(self, digits: str) -> None:
        self.setText(format_postal_code(normalize_postal_code(digits)))

    def is_complete(self) -> bool:
        """Seven digits and nothing else but the 〒 mark, spaces or a hyphen."""
        bare = _DECORATION.sub("", unicodedata.normalize("NFKC", self.text()))
        return len(bare) == 7 and bare.isascii() and bare.isdigit()

    def _format(self) -> None:
        if self.is_complete():
            formatted = format_postal_code(self.digits())
            if formatted != self.text():
                self.setText(formatted)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._format()

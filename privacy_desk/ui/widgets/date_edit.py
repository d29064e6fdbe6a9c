"""A date typed the way letters are dated: 2026-11-24, 2026/11/24, R8.11.24, 令和8年11月24日.

The text is read with :func:`privacy_desk.domain.era.parse_date`. When the clerk leaves the
field, a readable date is rewritten as ``2026-11-24`` and its Japanese era form is shown in
a small label beside it (:meth:`DateEdit.hint_label`); an unreadable one stays exactly as
typed and :meth:`DateEdit.error` says what is wrong. Up and Down move the date by a day.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from privacy_desk.domain.era import DateInputError, format_japanese, parse_date


class DateEdit(QLineEdit):
    """A line edit for one date; ``date()`` is None while it is empty or unreadable."""

    #: The date now shown (a ``datetime.date``) or None; emitted only when it changes.
    dateChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._today = today
        self._last: date | None = None
        self._hint: QLabel | None = None
        self.setPlaceholderText(self.tr("2026-11-24 / R8.11.24"))
        self._help = self.tr(
            "Type 2026-11-24, 2026/11/24, R8.11.24 or 令和8年11月24日.\n"
            "Up and Down move the date by one day."
        )
        self.setToolTip(self._help)
        self.setMaxLength(40)
        self.editingFinished.connect(self._finish)
        self.textChanged.connect(self._show_era)

    # -- reading and writing ----------------------------------------------------

    def date(self) -> date | None:
        """The date typed, or None when the field is empty or cannot be read."""
        try:
            return self._parse()
        except DateInputError:
            return None

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        self.setText(value.isoformat() if value is not None else "")
        self._finish()

    def error(self) -> str | None:
        """Why the text cannot be used as a date, or None when it can."""
        try:
            self._parse()
        except DateInputError as problem:
            return str(problem)
        return None

    def allow_empty(self) -> bool:
        return self._allow_empty

    def set_allow_empty(self, allow: bool) -> None:
        self._allow_empty = allow

    def era_text(self) -> str:
        """The Japanese era form of the date (令和8年11月24日), or "" when there is none."""
        value = self.date()
        if value is None:
            return ""
        try:
            return format_japanese(value)
        except DateInputError:  # before Meiji: no era to show
            return ""

    def hint_label(self) -> QLabel:
        """A small label showing the era form; the host places it beside the field."""
        if self._hint is None:
            self._hint = QLabel()
            self._hint.setObjectName("dateHint")
            self._hint.setStyleSheet("color: palette(placeholder-text);")
            self._hint.setMinimumWidth(
                self._hint.fontMetrics().horizontalAdvance("令和88年88月88日")
            )
            self._hint.setText(self.era_text())
        return self._hint

    # -- behaviour ----------------------------------------------------------------

    def _parse(self) -> date | None:
        if not self.text().strip():
            if self._allow_empty:
                return None
            raise DateInputError(self.tr("Enter a date."), "")
        return parse_date(self.text())

    def _finish(self) -> None:
        """Rewrite a readable date as ISO, show its era form, tell listeners if it changed."""
        value = self.date()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())
        self._show_era()
        if value != self._last:
            self._last = value
            self.dateChanged.emit(value)

    def _show_era(self) -> None:
        """The era form beside the field, live while typing; nothing while unreadable."""
        era = self.era_text()
        if self._hint is not None:
            self._hint.setText(era)
        self.setToolTip(f"{era}\n\n{self._help}" if era else self._help)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if self.text().strip():
            current = self.date()
            if current is None:  # keep what was typed; the error says why
                event.accept()
                return
        else:
            current = self._today() - timedelta(days=step)  # first press lands on today
        with contextlib.suppress(OverflowError):  # beyond year 1 or 9999: stay put
            self.setDate(current + timedelta(days=step))
        self.selectAll()
        event.accept()

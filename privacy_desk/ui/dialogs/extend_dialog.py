"""Moving the internal target date of a case later, with the reason on record."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.services.cases import extend_target
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui import labels
from privacy_desk.ui.style import ERROR_STYLE
from privacy_desk.ui.widgets.date_edit import DateEdit

DEFAULT_EXTENSION_BUSINESS_DAYS = 5
WARNING_STYLE = "color: #8a4b00;"


class ExtendTargetDialog(QDialog):
    """Asks for a later target date and the reason; OK records the extension.

    After ``Accepted``, :attr:`updated_case` holds the case as stored.
    """

    def __init__(self, ctx: DeskContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.updated_case: Case | None = None
        self.setWindowTitle(self.tr("Extend Target Date"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Case %1: the internal target moves later. The legal two-week line does not move."
            ).replace("%1", case.reference)
        )
        intro.setWordWrap(True)
        self.current_label = QLabel(labels.day_long(case.target_on))
        self.legal_label = QLabel(labels.day_long(case.legal_line_on))
        self.date_edit = DateEdit(allow_empty=False, today=ctx.today)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.new_date_era = self.date_edit.hint_label()
        self.legal_warning = QLabel(
            self.tr(
                "The new target is after the legal two-week line; from then on the requester "
                "may take the company to court (APPI Art. 39)."
            )
        )
        self.legal_warning.setWordWrap(True)
        self.legal_warning.setStyleSheet(WARNING_STYLE)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Why the office needs more time (this stays in the case's history)")
        )
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Extend"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Current target:"), self.current_label)
        form.addRow(self.tr("Legal line:"), self.legal_label)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.new_date_era, 1)
        form.addRow(self.tr("New target:"), date_row)
        form.addRow("", self.legal_warning)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

        self.date_edit.setDate(self.default_new_target())
        self._date_changed()

    def default_new_target(self) -> date:
        return self.ctx.calendar.add_business_days(
            self.case.target_on, DEFAULT_EXTENSION_BUSINESS_DAYS
        )

    def new_target(self) -> date | None:
        """The new target as typed; None while it cannot be read."""
        return self.date_edit.date()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _date_changed(self) -> None:
        new_target = self.new_target()
        self.legal_warning.setVisible(
            new_target is not None and new_target > self.case.legal_line_on
        )

    def accept(self) -> None:
        new_target = self.new_target()
        if new_target is None:
            self.show_error(self.date_edit.error() or self.tr("Enter a date."))
            self.date_edit.setFocus()
            return
        if new_target <= self.case.target_on:
            self.show_error(
                self.tr("The new target must be later than the current one (%1).").replace(
                    "%1", self.case.target_on.isoformat()
                )
            )
            self.date_edit.setFocus()
            return
        if not self.reason():
            self.show_error(self.tr("Give the reason for the extension."))
            self.reason_edit.setFocus()
            return
        try:
            self.updated_case = extend_target(
                self.ctx, self.case.reference, new_target, self.reason()
            )
        except UserError as error:
            self.show_error(str(error))
            return
        super().accept()

"""The letters of a case: those issued, and writing, reprinting and mailing them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.letters import MailKind
from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services import letters
from privacy_desk.services.context import DeskContext
from privacy_desk.services.letters import LetterInfo
from privacy_desk.store.models import Case
from privacy_desk.ui import labels, messages, printing
from privacy_desk.ui.dialogs.letter_dialog import LetterDialog, output_letter
from privacy_desk.ui.style import ERROR_STYLE
from privacy_desk.ui.widgets.date_edit import DateEdit


class SendingDialog(QDialog):
    """How a letter went out: the kind of mail, its tracking number, the day."""

    def __init__(self, letter: LetterInfo, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record Sending — %1").replace("%1", letter.document_number))
        self.mail_box = QComboBox(self)
        for kind in MailKind:
            self.mail_box.addItem(labels.mail_kind(kind), kind.value)
        self.mail_box.setCurrentIndex(self.mail_box.findData(MailKind.REGISTERED.value))
        self.tracking_edit = QLineEdit(self)
        self.tracking_edit.setPlaceholderText(self.tr("from the post office receipt"))
        self.date_edit = DateEdit(self)
        self.date_edit.setDate(today)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sent by:"), self.mail_box)
        form.addRow(self.tr("Tracking number:"), self.tracking_edit)
        form.addRow(self.tr("Sent on:"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def mail_kind(self) -> MailKind:
        return MailKind(self.mail_box.currentData())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class LettersPanel(QWidget):
    """Issued letters in a table, with what can be done with them."""

    changed = Signal(str)  # the case's reference

    COLUMNS = 6

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.letters: list[LetterInfo] = []
        self.may_process = ctx.role is None or may(ctx.role, Permission.PROCESS_CASES)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Letter"),
                self.tr("Date"),
                self.tr("By"),
                self.tr("Sent"),
                self.tr("Returned"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New Letter…"), self)
        self.print_button = QPushButton(self.tr("Print Again…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.sent_button = QPushButton(self.tr("Record Sending…"), self)
        self.returned_button = QPushButton(self.tr("Record Return…"), self)
        self.form_button = QPushButton(self.tr("Print Request Form…"), self)
        self.new_button.clicked.connect(self.new_letter)
        self.print_button.clicked.connect(lambda: self._output("print"))
        self.save_button.clicked.connect(lambda: self._output("save"))
        self.sent_button.clicked.connect(self.record_sending)
        self.returned_button.clicked.connect(self.record_returned)
        self.form_button.clicked.connect(self.print_request_form)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.print_button,
            self.save_button,
            self.sent_button,
            self.returned_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.form_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialog: LetterDialog | None = None
        self._update_buttons()

    def set_case(self, case: Case) -> None:
        self.case = case
        self.reload()

    def reload(self) -> None:
        if self.case is None:
            return
        try:
            self.letters = letters.list_letters(self.ctx, self.case.reference)
        except UserError as error:
            messages.error(self, self.tr("Letters"), str(error))
            return
        self.table.setRowCount(len(self.letters))
        for row, letter in enumerate(self.letters):
            sent = ""
            if letter.mail_kind is not None and letter.sent_on is not None:
                sent = f"{letter.sent_on.isoformat()} {labels.mail_kind(letter.mail_kind)}"
                if letter.tracking_number:
                    sent += f" {letter.tracking_number}"
            returned = ""
            if letter.returned_on is not None:
                returned = f"{letter.returned_on.isoformat()} {letter.returned_note}".strip()
            values = [
                letter.document_number,
                labels.letter_kind(letter.kind) + ("" if letter.language == "ja" else " (EN)"),
                letter.issued_on.isoformat(),
                letter.issued_by,
                sent,
                returned,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, letter.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> LetterInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.letters[rows[0].row()]

    def _update_buttons(self) -> None:
        letter = self.selected()
        self.new_button.setVisible(self.may_process)
        for button in (self.print_button, self.save_button):
            button.setEnabled(letter is not None)
        for button in (self.sent_button, self.returned_button):
            button.setVisible(self.may_process)
        self.sent_button.setEnabled(letter is not None)
        self.returned_button.setEnabled(letter is not None and letter.sent_on is not None)

    # -- actions -------------------------------------------------------------------

    def new_letter(self) -> LetterDialog | None:
        if self.case is None:
            return None
        reference = self.case.reference
        try:
            dialog = LetterDialog(self.ctx, reference, self)
        except UserError as error:
            messages.error(self, self.tr("New Letter"), str(error))
            return None
        dialog.issued.connect(lambda _id: self.changed.emit(reference))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _output(self, how: str) -> None:
        letter = self.selected()
        if letter is not None:
            output_letter(self, self.ctx, letter, how)
            self.changed.emit(letter.reference)  # the print is in the history

    def record_sending(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        dialog = SendingDialog(letter, self.ctx.today(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                letters.record_sending(
                    self.ctx,
                    letter.id,
                    dialog.mail_kind(),
                    tracking_number=dialog.tracking_edit.text(),
                    sent_on=dialog.date_edit.date(),
                )
            except UserError as error:
                dialog.show_error(str(error))
                continue
            self.changed.emit(letter.reference)
            break
        dialog.deleteLater()

    def record_returned(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getText(
            self,
            self.tr("Record Return"),
            self.tr("Letter %1 came back. Why (as the post office marked it)?").replace(
                "%1", letter.document_number
            ),
        )
        if not ok:
            return
        try:
            letters.record_returned(self.ctx, letter.id, note=note)
        except UserError as error:
            messages.error(self, self.tr("Record Return"), str(error))
            return
        self.changed.emit(letter.reference)

    def print_request_form(self) -> None:
        if self.case is None:
            return
        reference = self.case.reference
        printer = printing.choose_printer(self, self.tr("Request form %1").replace("%1", reference))
        if printer is None:
            return
        try:
            printing.print_pdf(letters.request_form_pdf(self.ctx, reference), printer)
        except UserError as error:
            messages.error(self, self.tr("Request Form"), str(error))
            return
        self.changed.emit(reference)

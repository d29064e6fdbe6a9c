"""Writing a letter for a case: choose it, adjust its free text, look at it, issue it.

The letter that fits the case's state and decisions is proposed first. The
preview is the PDF itself (QtPdf), made again a moment after each change.
Issuing records the letter on the case with the exact PDF; then it is
printed (Qt's print dialog) or saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import UserError
from privacy_desk.letters.data import LetterData
from privacy_desk.paths import write_whole
from privacy_desk.services import letters
from privacy_desk.services.context import DeskContext
from privacy_desk.services.letters import LetterInfo
from privacy_desk.ui import labels, messages, printing
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE

#: Editable parts of a letter: (name, default text) for the letter's facts.
PartsProvider = Callable[[LetterData], list[tuple[str, str]]]


def template_parts(data: LetterData) -> list[tuple[str, str]]:
    """The passages the letter's template declares editable, with their default wording."""
    from privacy_desk.letters.templates import editable_parts

    return [(part.name, part.default) for part in editable_parts(data)]


def part_label(name: str) -> str:
    """What staff call a passage the templates declare editable (forms/README.md)."""
    return {
        "body": QCoreApplication.translate("LetterDialog", "Main text:"),
        "closing": QCoreApplication.translate("LetterDialog", "Closing paragraph:"),
        "pending": QCoreApplication.translate("LetterDialog", "What is still pending:"),
        "reason": QCoreApplication.translate("LetterDialog", "Reason:"),
        "payment": QCoreApplication.translate("LetterDialog", "How to pay:"),
        "refund": QCoreApplication.translate("LetterDialog", "How the refund is made:"),
    }.get(name, name + ":")


def save_pdf(parent: QWidget, data: bytes, suggested: str) -> Path | None:
    """Ask where, then write ``data`` whole (or not at all)."""
    target = messages.choose_save_file(
        parent,
        QCoreApplication.translate("LetterDialog", "Save PDF"),
        Path.home() / suggested,
        QCoreApplication.translate("LetterDialog", "PDF document (*.pdf)"),
    )
    if target is None:
        return None
    return write_whole(target, data)


class LetterDialog(QDialog):
    """Compose, preview and issue one letter of a case."""

    issued = Signal(int)  # the letter's id

    def __init__(
        self,
        ctx: DeskContext,
        reference: str,
        parent: QWidget | None = None,
        *,
        parts: PartsProvider = template_parts,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.parts_provider = parts
        self.letter: LetterInfo | None = None
        self.preview_bytes = b""
        self.setWindowTitle(self.tr("New Letter — %1").replace("%1", reference))

        self.kind_box = QComboBox(self)
        proposals = letters.propose_letters(ctx, reference)
        for number, kind in enumerate(proposals):
            text = labels.letter_kind(kind)
            if number == 0:
                text = self.tr("%1 (proposed)").replace("%1", text)
            self.kind_box.addItem(text, kind.value)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Japanese"), "ja")
        self.language_box.addItem(self.tr("English"), "en")
        case_language = letters.letter_data(ctx, reference, proposals[0]).language
        self.language_box.setCurrentIndex(self.language_box.findData(case_language))
        self.parts_form = QFormLayout()
        self.part_edits: dict[str, QPlainTextEdit] = {}
        self.defaults: dict[str, str] = {}
        parts_note = QLabel(self.tr("The wording below may be changed for this letter only."), self)
        parts_note.setWordWrap(True)
        parts_note.setStyleSheet(NOTE_STYLE)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.issue_print_button = QPushButton(self.tr("Issue and Print…"), self)
        self.issue_save_button = QPushButton(self.tr("Issue and Save PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.issue_print_button.clicked.connect(lambda: self.issue(then="print"))
        self.issue_save_button.clicked.connect(lambda: self.issue(then="save"))
        self.close_button.clicked.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        form = QFormLayout()
        form.addRow(self.tr("Letter:"), self.kind_box)
        form.addRow(self.tr("Language:"), self.language_box)
        left_layout.addLayout(form)
        left_layout.addWidget(parts_note)
        left_layout.addLayout(self.parts_form)
        left_layout.addStretch(1)
        left_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_print_button)
        buttons.addWidget(self.issue_save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left_layout.addLayout(buttons)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(400)
        self.refresh_timer.timeout.connect(self.refresh_preview)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.language_box.currentIndexChanged.connect(self._kind_changed)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(820, screen.height() - 40))
        self._kind_changed()

    # -- composing -----------------------------------------------------------------

    def kind(self) -> LetterKind:
        return LetterKind(self.kind_box.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def _kind_changed(self) -> None:
        while self.parts_form.rowCount():
            self.parts_form.removeRow(0)
        self.part_edits.clear()
        self.defaults.clear()
        try:
            data = letters.letter_data(
                self.ctx, self.reference, self.kind(), language=self.language()
            )
            parts = self.parts_provider(data)
        except UserError as error:
            self.show_message(str(error), ERROR_STYLE)
            parts = []
        for name, default in parts:
            edit = QPlainTextEdit(default, self)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self.refresh_timer.start)
            self.part_edits[name] = edit
            self.defaults[name] = default
            self.parts_form.addRow(part_label(name), edit)
        self.refresh_preview()

    def overrides(self) -> dict[str, str]:
        """The parts changed from their default wording."""
        return {
            name: edit.toPlainText()
            for name, edit in self.part_edits.items()
            if edit.toPlainText().strip() != self.defaults[name].strip()
        }

    def refresh_preview(self) -> None:
        from privacy_desk.letters.render import render_letter

        try:
            data = letters.letter_data(
                self.ctx,
                self.reference,
                self.kind(),
                language=self.language(),
                overrides=self.overrides(),
            )
            self.preview_bytes = render_letter(data)
        except UserError as error:
            self.show_message(str(error), ERROR_STYLE)
            return
        self.show_message("")
        self._show_pdf(self.preview_bytes)

    def _show_pdf(self, data: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def show_message(self, text: str, style: str = NOTE_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # -- issuing -------------------------------------------------------------------

    def issue(self, *, then: str) -> None:
        """Record the letter on the case, then print or save the exact PDF kept."""
        if self.letter is not None:
            return
        try:
            self.letter = letters.issue_letter(
                self.ctx,
                self.reference,
                self.kind(),
                language=self.language(),
                overrides=self.overrides(),
            )
        except UserError as error:
            self.show_message(str(error), ERROR_STYLE)
            return
        self.issued.emit(self.letter.id)
        for widget in (self.kind_box, self.language_box, *self.part_edits.values()):
            widget.setEnabled(False)
        self.issue_print_button.setEnabled(False)
        self.issue_save_button.setEnabled(False)
        self.show_message(
            self.tr("Letter %1 was issued and recorded on the case.").replace(
                "%1", self.letter.document_number
            )
        )
        output_letter(self, self.ctx, self.letter, then)


def output_letter(parent: QWidget, ctx: DeskContext, letter: LetterInfo, how: str) -> bool:
    """Print or save an issued letter's kept PDF; True when it went out."""
    try:
        if how == "print":
            printer = printing.choose_printer(parent, letter.document_number)
            if printer is None:
                return False
            printing.print_pdf(letters.letter_pdf(ctx, letter.id, purpose="print"), printer)
            return True
        data = letters.letter_pdf(ctx, letter.id, purpose="save")
        return save_pdf(parent, data, f"{letter.document_number}.pdf") is not None
    except UserError as error:
        messages.error(parent, QCoreApplication.translate("LetterDialog", "Letter"), str(error))
        return False

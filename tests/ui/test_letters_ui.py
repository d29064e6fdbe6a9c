"""Letters from the app: compose with a preview, issue, print, save, record the mailing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from privacy_desk.domain.letters import LetterKind, MailKind
from privacy_desk.services import letters
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import printing
from privacy_desk.ui.main_window import MainWindow
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from privacy_desk.ui.widgets.letters_panel import SendingDialog
from tests.helpers.cases import log_case
from tests.ui.conftest import Messages


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Print dialogs answered with a PDF printer writing to a new file each time."""
    files: list[Path] = []

    def to_file(_parent: object, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(150)  # enough to test, faster than 300
        printer.setFullPage(True)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        files.append(tmp_path / f"printed-{len(files)}.pdf")
        printer.setOutputFileName(str(files[-1]))
        return printer

    monkeypatch.setattr(printing, "choose_printer", to_file)
    return files


def _page(qtbot: QtBot, desk: DeskContext, reference: str) -> CaseDetailPage:
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.letters)
    return page


def test_a_letter_is_previewed_issued_and_printed(
    qtbot: QtBot, desk: DeskContext, printed: list[Path]
) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    dialog = page.letters.new_letter()
    assert dialog is not None
    assert dialog.kind() is LetterKind.ACKNOWLEDGEMENT
    assert dialog.kind_box.currentText().endswith("(proposed)")
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert b"%PDF" in dialog.preview_bytes[:8]
    assert letters.list_letters(desk, ref) == []  # a preview issues nothing
    dialog.issue_print_button.click()
    (issued,) = letters.list_letters(desk, ref)
    assert issued.kind is LetterKind.ACKNOWLEDGEMENT
    assert not dialog.issue_print_button.isEnabled()
    (out,) = printed
    assert len(PdfReader(out).pages) == issued.pages
    dialog.reject()
    assert page.letters.table.rowCount() == 1
    assert page.letters.table.item(0, 0).text() == issued.document_number


def test_edited_wording_goes_into_this_letter_only(
    qtbot: QtBot, desk: DeskContext, shown: Messages, tmp_path: Path
) -> None:
    ref = log_case(desk)
    page = _page(qtbot, desk, ref)
    dialog = page.letters.new_letter()
    assert dialog is not None and dialog.part_edits, "the template declares editable parts"
    name, edit = next(iter(dialog.part_edits.items()))
    edit.setPlainText("この度は特別なご案内を申し上げます。")
    dialog.refresh_preview()
    assert dialog.overrides() == {name: "この度は特別なご案内を申し上げます。"}
    shown.next_file = tmp_path / "letter.pdf"
    dialog.issue_save_button.click()
    text = "".join((p.extract_text() or "") for p in PdfReader(tmp_path / "letter.pdf").pages)
    assert "特別なご案内" in "".join(text.split())
    (issued,) = letters.list_letters(desk, ref)
    assert issued.edited_parts == (name,)


def test_sending_and_return_are_recorded_from_the_tab(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = log_case(desk)
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    page = _page(qtbot, desk, ref)
    panel = page.letters
    panel.table.selectRow(0)
    assert panel.sent_button.isEnabled() and not panel.returned_button.isEnabled()
    answers = iter([("", QDialog.DialogCode.Accepted), ("1234-5678-9012", 1), (None, 0)])

    def typing_exec(self: SendingDialog) -> int:
        tracking, code = next(answers)
        if tracking is not None:
            self.mail_box.setCurrentIndex(
                self.mail_box.findData(MailKind.RESTRICTED_DELIVERY.value)
            )
            self.tracking_edit.setText(tracking)
        return int(code)

    monkeypatch.setattr(SendingDialog, "exec", typing_exec)
    panel.sent_button.click()  # first without a tracking number: asked again, then stored
    (letter,) = letters.list_letters(desk, ref)
    assert letter.id == issued.id and letter.tracking_number == "123456789012"
    assert letter.mail_kind is MailKind.RESTRICTED_DELIVERY
    assert "123456789012" in panel.table.item(0, 4).text()


def test_todays_acknowledgements_in_one_go(
    qtbot: QtBot, desk: DeskContext, printed: list[Path], shown: Messages
) -> None:
    today = date(2026, 11, 24)
    first = log_case(desk, received_on=today)
    second = log_case(desk, received_on=today)
    log_case(desk, received_on=date(2026, 11, 20))  # not today's
    letters.issue_letter(desk, first, LetterKind.ACKNOWLEDGEMENT)  # already done
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.print_acknowledgements() == 1
    assert [x.kind for x in letters.list_letters(desk, second)] == [LetterKind.ACKNOWLEDGEMENT]
    assert len(printed) == 1
    assert window.print_acknowledgements() == 0
    assert "has its acknowledgement" in shown.texts("information")[-1]


def test_the_blank_request_form_is_printed_from_the_file_menu(
    qtbot: QtBot, desk: DeskContext, printed: list[Path]
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.blank_form_action.trigger()
    (out,) = printed
    assert len(PdfReader(out).pages) >= 1


def test_the_history_tells_of_letters_in_words(qtbot: QtBot, desk: DeskContext) -> None:
    from privacy_desk.ui.models.history_model import HistoryModel

    ref = log_case(desk)
    issued = letters.issue_letter(desk, ref, LetterKind.ACKNOWLEDGEMENT)
    letters.letter_pdf(desk, issued.id)
    letters.record_sending(desk, issued.id, MailKind.REGISTERED, tracking_number="123")
    letters.request_form_pdf(desk, ref)
    model = HistoryModel(desk)
    model.set_reference(ref)
    what = [model.index(row, HistoryModel.COL_WHAT).data() for row in range(model.rowCount())]
    assert what[:4] == [
        "Request form printed",
        f"Letter sent: {issued.document_number}",
        f"Letter printed: {issued.document_number}",
        "Letter issued: Acknowledgement of receipt",
    ]
    assert model.index(1, HistoryModel.COL_TO).data() == "Registered mail 123"

"""Reports ▸ Reports…: the monthly and yearly reports, the open and overdue lists, and the
Privacy Mark audit pack, printed or saved (managers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import UserError
from privacy_desk.paths import write_whole
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import messages, printing, tasks
from privacy_desk.ui.style import DONE_STYLE, error_label, note_label, push_button, show_message
from privacy_desk.ui.widgets.date_edit import DateEdit

MONTHLY, YEARLY, OPEN, OVERDUE = range(4)


class ReportsDialog(QDialog):
    """Choose a report and a period; print it or save it as a PDF."""

    done = Signal(str)  # what was printed or saved, in words

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Reports"))
        today = ctx.today()
        last_month = date(today.year, today.month, 1).toordinal() - 1
        previous = date.fromordinal(last_month)

        self.kinds = QButtonGroup(self)
        kinds_box = QGroupBox(self.tr("Report"), self)
        kinds_layout = QVBoxLayout(kinds_box)
        for number, text in (
            (MONTHLY, self.tr("Monthly report (for the management review)")),
            (YEARLY, self.tr("Yearly report")),
            (OPEN, self.tr("Open cases (for the weekly meeting)")),
            (OVERDUE, self.tr("Overdue cases")),
        ):
            button = QRadioButton(text, kinds_box)
            self.kinds.addButton(button, number)
            kinds_layout.addWidget(button)
        self.kinds.button(MONTHLY).setChecked(True)

        self.year = QSpinBox(self)
        self.year.setRange(2000, today.year)
        self.year.setValue(previous.year)
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(m), m)
        self.month.setCurrentIndex(previous.month - 1)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Japanese"), "ja")
        self.language.addItem(self.tr("English"), "en")
        period = QHBoxLayout()
        period.addWidget(self.year)
        period.addWidget(self.month)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Year and month:"), period)
        form.addRow(self.tr("Language:"), self.language)
        self.note = note_label(
            self.tr(
                "The monthly and yearly reports compare each figure with the period before. "
                "The lists of cases show the requesters' names: keep the print-outs confidential."
            )
        )
        self.message = error_label()
        self.print_button = push_button(self.tr("Print…"), self.print_report)
        self.save_button = push_button(self.tr("Save PDF…"), self.save_report)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.print_button)
        report_buttons.addWidget(self.save_button)

        pack_box = QGroupBox(self.tr("Privacy Mark audit pack"), self)
        from privacy_desk.services.audit_pack import default_period

        since, until = default_period(today)
        self.pack_from = DateEdit(self)
        self.pack_from.setDate(since)
        self.pack_to = DateEdit(self)
        self.pack_to.setDate(until)
        pack_form = QFormLayout(pack_box)
        pack_form.addRow(
            note_label(
                self.tr(
                    "Handling records of every request, complaints, disposals, the ledger with "
                    "its reviews, monthly statistics and the audit trail's verification, in one "
                    "ZIP file. Requesters' names are left out."
                )
            )
        )
        pack_form.addRow(self.tr("From:"), self.pack_from)
        pack_form.addRow(self.tr("To:"), self.pack_to)
        self.pack_button = push_button(self.tr("Write Audit Pack…"), self.write_pack)
        pack_form.addRow("", self.pack_button)
        close = push_button(self.tr("Close"), self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(kinds_box)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(report_buttons)
        layout.addWidget(pack_box)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.kinds.idToggled.connect(self._kind_changed)
        self._kind_changed()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # -- choices ------------------------------------------------------------------------

    def kind(self) -> int:
        return self.kinds.checkedId()

    def set_kind(self, kind: int) -> None:
        self.kinds.button(kind).setChecked(True)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        self.year.setEnabled(kind in (MONTHLY, YEARLY))
        self.month.setEnabled(kind == MONTHLY)

    def _title(self) -> str:
        return self.kinds.button(self.kind()).text()

    def _make(self) -> Callable[[], bytes]:
        """The work that makes the chosen report (run off the GUI thread)."""
        from privacy_desk.services import reports, statistics

        ctx, kind, language = self.ctx, self.kind(), str(self.language.currentData())
        year, month = self.year.value(), int(self.month.currentData())
        if kind == MONTHLY:
            period = statistics.month_period(year, month)
            return lambda: reports.period_report_pdf(ctx, period, language=language)
        if kind == YEARLY:
            whole = statistics.year_period(year)
            return lambda: reports.period_report_pdf(ctx, whole, language=language)
        if kind == OPEN:
            return lambda: reports.open_cases_pdf(ctx, language=language)
        return lambda: reports.overdue_pdf(ctx, language=language)

    def _suggested_name(self) -> str:
        kind = self.kind()
        if kind == MONTHLY:
            return f"report-{self.year.value()}-{int(self.month.currentData()):02d}.pdf"
        if kind == YEARLY:
            return f"report-{self.year.value()}.pdf"
        return f"{'open' if kind == OPEN else 'overdue'}-cases-{self.ctx.today():%Y-%m-%d}.pdf"

    # -- doing ------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: Callable[[object], None], text: str) -> None:
        if self.busy:
            return
        self.busy = True
        for button in (self.print_button, self.save_button, self.pack_button):
            button.setEnabled(False)
        show_message(self.message, text, DONE_STYLE)

        def finish(result: object) -> None:
            self._idle()
            done(result)

        tasks.run_task(work, finish, self._failed)

    def _idle(self) -> None:
        self.busy = False
        for button in (self.print_button, self.save_button, self.pack_button):
            button.setEnabled(True)
        show_message(self.message, "")

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, UserError):
            show_message(self.message, str(error))
            return
        raise error

    def print_report(self) -> None:
        try:
            make = self._make()
        except UserError as error:
            show_message(self.message, str(error))
            return
        printer = printing.choose_printer(self, self._title())
        if printer is None:
            return

        def printed(pdf: object) -> None:
            assert isinstance(pdf, bytes)
            try:
                pages = printing.print_pdf(pdf, printer)
            except UserError as error:
                show_message(self.message, str(error))
                return
            show_message(
                self.message,
                self.tr("Printed: %1 pages.").replace("%1", str(pages)),
                DONE_STYLE,
            )
            self.done.emit(self._title())

        self._run(make, printed, self.tr("Making the report…"))

    def save_report(self) -> Path | None:
        try:
            make = self._make()
        except UserError as error:
            show_message(self.message, str(error))
            return None
        target = messages.choose_save_file(
            self,
            self.tr("Save PDF"),
            Path.home() / self._suggested_name(),
            self.tr("PDF document (*.pdf)"),
        )
        if target is None:
            return None

        def write() -> Path:
            return write_whole(target, make(), mode=0o600)

        def saved(path: object) -> None:
            show_message(self.message, self.tr("Saved to %1.").replace("%1", str(path)), DONE_STYLE)
            self.done.emit(self._title())

        self._run(write, saved, self.tr("Making the report…"))
        return target

    def write_pack(self) -> Path | None:
        since, until = self.pack_from.date(), self.pack_to.date()
        if since is None or until is None:
            problem = self.pack_from.error() or self.pack_to.error()
            show_message(
                self.message, problem or self.tr("Enter both dates of the audit pack's period.")
            )
            return None
        target = messages.choose_save_file(
            self,
            self.tr("Write Audit Pack"),
            Path.home() / f"audit-pack-{since:%Y-%m-%d}_{until:%Y-%m-%d}.zip",
            self.tr("ZIP archive (*.zip)"),
        )
        if target is None:
            return None
        from privacy_desk.services import audit_pack

        ctx = self.ctx

        def write() -> object:
            return audit_pack.build_audit_pack(ctx, since, until, target, as_zip=True)

        def written(result: object) -> None:
            assert isinstance(result, audit_pack.AuditPackResult)
            text = (
                self.tr("The audit pack was written to %1.").replace("%1", str(result.path))
                if result.chain_ok
                else self.tr(
                    "The audit pack was written to %1, but the audit trail does NOT verify: "
                    "see 6_audit_trail/verification.txt in it."
                ).replace("%1", str(result.path))
            )
            if result.chain_ok:
                show_message(self.message, text, DONE_STYLE)
            else:
                show_message(self.message, text)
            self.done.emit(self.tr("Audit pack"))

        self._run(write, written, self.tr("Writing the audit pack…"))
        return target

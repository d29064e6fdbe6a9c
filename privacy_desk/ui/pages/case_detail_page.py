"""One case: its fields to edit, its decisions, status moves, and its history beside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import ChangedElsewhere, UserError
from privacy_desk.services import cases
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case
from privacy_desk.ui import labels, messages
from privacy_desk.ui.dialogs.extend_dialog import ExtendTargetDialog
from privacy_desk.ui.models.history_model import HistoryModel
from privacy_desk.ui.style import push_button
from privacy_desk.ui.table_export import export_view, may_export
from privacy_desk.ui.widgets.assign_box import AssignBox
from privacy_desk.ui.widgets.case_form import CaseForm
from privacy_desk.ui.widgets.decisions_panel import DecisionsPanel
from privacy_desk.ui.widgets.identity_panel import IdentityPanel
from privacy_desk.ui.widgets.letters_panel import LettersPanel
from privacy_desk.ui.widgets.status_actions import StatusActions


def _unbroken(text: str) -> str:
    """``text`` that a line never breaks inside: its spaces no-break spaces, and a word
    joiner (U+2060) between its characters, for Japanese breaks between any two."""
    return "\u2060".join(text.replace(" ", "\u00a0"))


class CaseDetailPage(QWidget):
    """Shows and edits one case; every change goes through the services."""

    #: The case was changed here (lists elsewhere should re-read it).
    caseChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: DeskContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.case: Case | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadlines = QLabel(self)
        self.deadlines.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("Extend Target…"), self)
        self.extend_button.clicked.connect(self.extend_target)
        # a request for disclosure of provision records (APPI Art. 33(5)) is answered from them
        self.provisions_button = QPushButton(self.tr("Provision Records…"), self)
        self.provisions_button.setToolTip(
            self.tr("Records of provision to and from third parties about this requester")
        )
        self.provisions_button.clicked.connect(self.show_provisions)
        self.complaints_button = QPushButton(self.tr("Complaints…"), self)
        self.complaints_button.setToolTip(
            self.tr("Complaints and inquiries about this case: record or look them up")
        )
        self.complaints_button.clicked.connect(self.show_complaints)
        self.assign = AssignBox(ctx, self)
        self.actions_bar = StatusActions(ctx, self)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.deadlines)
        header.addLayout(titles, 1)
        header.addWidget(self.provisions_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.complaints_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.extend_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.assign, 0, Qt.AlignmentFlag.AlignTop)

        self.form = CaseForm(ctx, self)
        self.form.set_field_shown("assigned_to", False)  # the header's assign box does it
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Save Changes"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        self.unsaved = QLabel(self)
        buttons.addWidget(self.unsaved, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(scroll, 1)
        details_layout.addLayout(buttons)

        self.decisions = DecisionsPanel(ctx, self)
        decisions_scroll = QScrollArea(self)
        decisions_scroll.setWidgetResizable(True)
        decisions_scroll.setWidget(self.decisions)
        self.identity = IdentityPanel(ctx, self)
        self.letters = LettersPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.identity, self.tr("Identity"))
        self.tabs.addTab(decisions_scroll, self.tr("Decisions"))
        self.tabs.addTab(self.letters, self.tr("Letters"))

        self.history_model = HistoryModel(ctx, self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        head = self.history.horizontalHeader()
        # Sized from the texts, not measured row by row: a case's history grows with every
        # view of its documents, and measuring every row would slow each opening of it.
        head.setSectionResizeMode(HistoryModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (
            HistoryModel.COL_WHEN,
            HistoryModel.COL_WHO,
            HistoryModel.COL_FROM,
            HistoryModel.COL_TO,
        ):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(column, 130)
        self.history_model.modelReset.connect(self._size_history)
        head.setStretchLastSection(False)
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_title = QLabel(self.tr("History"), self)
        history_title.setStyleSheet("font-weight: 600;")
        self.export_history_button = push_button(self.tr("Export…"), self.export_history)
        self.export_history_button.setToolTip(
            self.tr("Save the history, as shown, as an Excel workbook or a CSV file")
        )
        self.export_history_button.setVisible(may_export(ctx))
        history_head = QHBoxLayout()
        history_head.addWidget(history_title, 1)
        history_head.addWidget(self.export_history_button)
        history_layout.addLayout(history_head)
        history_layout.addWidget(self.history)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.actions_bar)
        layout.addWidget(splitter, 1)

        for part in (self.actions_bar, self.decisions, self.assign, self.identity, self.letters):
            part.changed.connect(self._changed_elsewhere)
        self.form.edited.connect(self._update_unsaved)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reload()

    # -- loading -------------------------------------------------------------------

    def reload(self, *, keep_form: bool = False) -> None:
        try:
            case = cases.get_case(self.ctx, self.reference)
        except UserError as error:
            messages.error(self, self.tr("Case"), str(error))
            return
        self.show_case(case, keep_form=keep_form)

    def show_case(self, case: Case, *, keep_form: bool = False) -> None:
        """Show ``case``; ``keep_form`` keeps what the clerk typed, put on the case as it
        is now (the fields the clerk did not touch show the case's values)."""
        self.case = case
        self.title.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", case.reference)
            .replace("%2", case.requester_name)
            .replace("%3", labels.status(case.status))
        )
        self.deadlines.setText(self._deadline_text(case))
        self.extend_button.setEnabled(case.status.awaits_reply)
        self.provisions_button.setVisible(
            any(r.request_type is RequestType.PROVISION_RECORDS for r in case.requests)
        )
        if keep_form:
            self.form.rebase(case)
        else:
            self.form.set_case(case)
        self.actions_bar.set_case(case)
        self.decisions.set_case(case)
        self.identity.set_case(case)
        self.letters.set_case(case)
        self.assign.set_case(case)
        self.history_model.set_reference(case.reference)
        self._update_unsaved()

    def _size_history(self) -> None:
        """The time and user columns as wide as their texts: a time's width is that of
        any time, the users are a few."""
        metrics = self.history.fontMetrics()
        head = self.history.horizontalHeader()
        padding = 16

        def title_width(column: int) -> int:
            title = self.history_model.headerData(column, Qt.Orientation.Horizontal)
            return metrics.horizontalAdvance(str(title)) + padding + 8

        when = metrics.horizontalAdvance("0000-00-00 00:00") + padding
        head.resizeSection(HistoryModel.COL_WHEN, max(when, title_width(HistoryModel.COL_WHEN)))
        users = self.history_model.actors()
        who = max((metrics.horizontalAdvance(user) for user in users), default=0) + padding
        head.resizeSection(HistoryModel.COL_WHO, max(who, title_width(HistoryModel.COL_WHO)))

    def _deadline_text(self, case: Case) -> str:
        parts = [
            self.tr("Received %1").replace("%1", labels.day_long(case.received_on)),
            self.tr("target %1").replace("%1", labels.day_long(case.target_on)),
            self.tr("legal line %1").replace("%1", labels.day_long(case.legal_line_on)),
        ]
        if case.paused_days:
            parts.append(self.tr("clock paused %1 days").replace("%1", str(case.paused_days)))
        if case.extensions:
            parts.append(self.tr("extended"))
        if case.closed_on:
            parts.append(self.tr("ended %1").replace("%1", labels.day_long(case.closed_on)))
        # a line breaks between the parts, never inside a date: 「（令和8年 / 12月9日）」
        return " · ".join(_unbroken(part) for part in parts)

    # -- changes -------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        form = self.form
        return self.case is not None and bool(
            form.changes() or form.request_text_changes() or form.new_enclosures()
        )

    def _update_unsaved(self) -> None:
        dirty = self.has_unsaved_changes()
        self.unsaved.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        if self.case is None:
            return False
        if not self.form.validate():
            self.tabs.setCurrentIndex(0)
            self.form.focus_first_problem()
            return False
        if not self.has_unsaved_changes():
            return True
        try:
            case = cases.update_case(
                self.ctx,
                self.reference,
                self.form.changes(),
                request_texts=self.form.request_text_changes(),
                new_enclosures=self.form.new_enclosures(),
                seen_version=self.case.version,
            )
        except ChangedElsewhere as error:
            # the case as it is now, with the other desk's change in its history; what
            # the clerk typed stays in the form, to be saved again once looked over
            messages.error(self, self.tr("Case"), str(error))
            self.reload(keep_form=True)
            return False
        except UserError as error:
            messages.error(self, self.tr("Case"), str(error))
            return False
        self.show_case(cases.get_case(self.ctx, case.reference))
        self.caseChanged.emit(self.reference)
        return True

    def export_history(self) -> Path | None:
        """The case's history, as shown, to a spreadsheet."""
        if not may_export(self.ctx):
            return None
        title = self.tr("History of %1").replace("%1", self.reference)
        return export_view(self, self.ctx, self.history, title, "case-history")

    def show_provisions(self) -> QDialog:
        """The provision records about this case's requester, in a window of their own."""
        from privacy_desk.ui.dialogs.provisions_window import ProvisionsWindow

        window = ProvisionsWindow(self.ctx, self, case_reference=self.reference)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_complaints(self) -> QDialog:
        """The complaints and inquiries about this case, in a window of their own."""
        from privacy_desk.ui.dialogs.complaints_window import ComplaintsWindow

        window = ComplaintsWindow(self.ctx, self, case_reference=self.reference)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def extend_target(self) -> None:
        if self.case is None:
            return
        dialog = ExtendTargetDialog(self.ctx, self.case, self)
        if dialog.exec():
            self._changed_elsewhere(self.reference)

    def _changed_elsewhere(self, reference: str) -> None:
        try:
            case = cases.get_case(self.ctx, self.reference)
        except UserError as error:
            messages.error(self, self.tr("Case"), str(error))
            return
        self.show_case(case, keep_form=self.has_unsaved_changes())
        self.caseChanged.emit(reference)

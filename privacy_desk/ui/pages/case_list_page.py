"""The case list: every case, searched, filtered and sorted in SQL.

Embedding: ``CaseListPage(ctx, parent)``. It emits ``openCase(reference)`` when a
row is opened (Enter or double-click) and ``currentCaseChanged(reference)`` ("" for
none) when the selection moves. Call :meth:`refresh` after another screen changed
a case and :meth:`select_reference` to put the cursor on one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import UserError
from privacy_desk.services import case_list
from privacy_desk.services.case_list import (
    OPEN,
    CaseQuery,
    CaseRow,
    Counts,
    QuickFilter,
    SortKey,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.tables import Table
from privacy_desk.ui import labels
from privacy_desk.ui.models.case_table_model import (
    SORT_COLUMNS,
    CaseTableModel,
    cell_value,
    every_row,
)
from privacy_desk.ui.style import push_button
from privacy_desk.ui.table_export import column_titles, export_view, may_export, visible_columns
from privacy_desk.ui.widgets.case_table_view import CaseTableView

_DIGIT = re.compile(r"\d")
#: Qt's largest widget size (QWIDGETSIZE_MAX, not exported by PySide6).
QWIDGETSIZE_MAX = (1 << 24) - 1


@dataclass(frozen=True)
class ListReading:
    """The list as read off the GUI thread for the automatic refresh (:func:`read_list`)."""

    query: CaseQuery
    counts: Counts
    pages: dict[int, list[CaseRow]]  # by page number, of the model's page size
    assignees: list[str]


def read_list(
    ctx: DeskContext, query: CaseQuery, page_numbers: Iterable[int], page_size: int
) -> ListReading:
    """Read what the list shows: the counts, the pages given (those on screen) and the
    names to filter by. Runs off the GUI thread: no widgets here."""
    counts = case_list.count_cases(ctx, query)
    last = (counts.total - 1) // page_size
    pages = {
        number: case_list.fetch_cases(ctx, query, number * page_size, page_size)
        for number in sorted(set(page_numbers))
        if 0 <= number <= last
    }
    return ListReading(query, counts, pages, case_list.assignees(ctx))


class CaseListPage(QWidget):
    openCase = Signal(str)  # noqa: N815 - Qt signal naming
    currentCaseChanged = Signal(str)  # noqa: N815

    SEARCH_DELAY_MS = 200
    #: Columns that take the spare width, with their shares.
    FLEXIBLE_COLUMNS: ClassVar[dict[int, int]] = {
        CaseTableModel.COL_REQUESTER: 2,
        CaseTableModel.COL_KIND: 1,
        CaseTableModel.COL_TYPES: 1,
    }

    STYLE = """
        QToolButton#quickFilter { padding: 3px 10px; }
        QToolButton#quickFilter:checked {
            background: palette(highlight); color: palette(highlighted-text);
            border: 1px solid palette(highlight); border-radius: 3px;
        }
        QToolButton#quickFilter[alert="true"] { font-weight: 600; }
        QLabel#resultLabel[error="true"] { color: #e53935; font-weight: 600; }
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._refreshing = False
        self._keeping_scroll = False  # the automatic refresh: the rows on screen stay
        self._kept: tuple[str, int] = ("", -1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, name, kana, address, phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_DELAY_MS)

        self.status_combo = QComboBox()
        self.status_combo.setToolTip(self.tr("Status"))
        self._status_choices: list[frozenset[CaseStatus]] = [frozenset(OPEN), frozenset()]
        self.status_combo.addItem(self.tr("Open cases"))
        self.status_combo.addItem(self.tr("All statuses"))
        for status in CaseStatus:
            self.status_combo.addItem(labels.status(status))
            self._status_choices.append(frozenset({status}))

        self.type_combo = QComboBox()
        self.type_combo.setToolTip(self.tr("Request type"))
        self._type_choices: list[RequestType | None] = [None]
        self.type_combo.addItem(self.tr("All types"))
        for request_type in RequestType:
            self.type_combo.addItem(labels.request_type(request_type))
            self._type_choices.append(request_type)

        self.assignee_combo = QComboBox()
        self.assignee_combo.setToolTip(self.tr("Assigned to"))
        self._assignee_choices: list[str | None] = []
        self._load_assignees()

        self.quick_group = QButtonGroup(self)
        self.quick_group.setExclusive(True)
        self.quick_buttons: dict[QuickFilter, QToolButton] = {}
        for quick in QuickFilter:
            button = QToolButton()
            button.setObjectName("quickFilter")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(self._quick_tooltip(quick))
            self.quick_group.addButton(button)
            self.quick_buttons[quick] = button
        self.quick_buttons[QuickFilter.ALL].setChecked(True)

        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = push_button(self.tr("Export…"), self.export)
        self.export_button.setToolTip(
            self.tr("Save the cases listed, as shown, as an Excel workbook or a CSV file")
        )
        self.export_button.setVisible(may_export(ctx))

        self.table = CaseTableView()
        self.model = CaseTableModel(ctx, self._query_from_widgets(CaseQuery()), self)
        self._set_up_table()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.type_combo, 1)
        filters.addWidget(self.assignee_combo, 1)
        # The style sheet is the quick filters' row's alone: under a style sheet the
        # table would be painted by Qt's style-sheet style, not the one it paints alike.
        quick_bar = QWidget()
        quick_bar.setStyleSheet(self.STYLE)
        quick_row = QHBoxLayout(quick_bar)
        quick_row.setContentsMargins(0, 0, 0, 0)
        quick_row.setSpacing(4)
        for button in self.quick_buttons.values():
            quick_row.addWidget(button)
        quick_row.addStretch(1)
        quick_row.addWidget(self.result_label)
        quick_row.addSpacing(8)
        quick_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(quick_bar)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._search_now)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        for combo in (self.status_combo, self.type_combo, self.assignee_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.quick_group.buttonClicked.connect(self._quick_clicked)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self.model.countsChanged.connect(self._show_counts)
        self.model.loadFailed.connect(self._show_error)
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._lay_out_now)
        self.model.modelReset.connect(self._restore_current)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._show_counts(self.model.counts())
        if self.model.last_error:
            self._show_error(self.model.last_error)

    # -- building ------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        # Always there: a search that finds a screenful or less would hide it, and the
        # columns would jump (and the whole list be laid out and painted again) as one types.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        rows = table.verticalHeader()
        rows.hide()
        # Uniform row heights: a QTableView over 100,000 rows never measures them.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        # The text columns share the spare width (see _fit_columns): a stretched last
        # column would put the days left far away from the target date.
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setMinimumSectionSize(40)
        query = self.model.query
        header.setSortIndicator(
            SORT_COLUMNS[query.sort],
            Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)  # calls model.sort with the indicator: no re-query
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()

        def width(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + 24

        def header_width(column: int) -> int:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return metrics.horizontalAdvance(text) + 36  # room for the sort arrow

        m = CaseTableModel
        widths = {
            m.COL_REFERENCE: width("2026-30043"),
            m.COL_RECEIVED: width("2026-11-24"),
            m.COL_REQUESTER: width("国" * 8),
            m.COL_KIND: min(width(*(labels.requester_kind(k) for k in RequesterKind)), 170),
            m.COL_TYPES: width(
                labels.request_type_short(RequestType.DISCLOSURE)
                + "・"
                + labels.request_type_short(RequestType.SUSPENSION_OR_ERASURE)
            ),
            m.COL_STATUS: min(width(*(labels.status(s) for s in CaseStatus)), 180),
            m.COL_ASSIGNEE: width("kobayashi"),
            m.COL_TARGET: width("2026-11-24"),
            m.COL_DAYS_LEFT: width(QCoreApplication.translate("CaseTableModel", "paused"), "−99"),
        }
        for column, size in widths.items():
            header.resizeSection(column, max(size, header_width(column)))
        self._text_widths = {c: header.sectionSize(c) for c in self.FLEXIBLE_COLUMNS}

    def _fit_columns(self) -> None:
        """Share the width the other columns leave among the text columns."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(c) for c in range(header.count()) if c not in self._text_widths
        )
        spare = self.table.viewport().width() - fixed - sum(self._text_widths.values())
        weights = self.FLEXIBLE_COLUMNS
        total = sum(weights.values())
        for column, base in self._text_widths.items():
            header.resizeSection(column, base + max(spare, 0) * weights[column] // total)

    def _load_assignees(self) -> None:
        """(Re)fill the assignee choices, keeping the current one."""
        try:
            names = case_list.assignees(self.ctx)
        except UserError as error:
            names = []
            self._show_error(str(error))
        self._set_assignees(names)

    def _set_assignees(self, names: list[str]) -> None:
        """Fill the assignee choices with ``names``, keeping the current one."""
        current = (
            self._assignee_choices[self.assignee_combo.currentIndex()]
            if self.assignee_combo.currentIndex() >= 0
            else None
        )
        choices: list[str | None] = [None, "", *names]
        if current and current not in choices:
            choices.append(current)
        if choices == self._assignee_choices:
            return  # the same names: the box is left alone
        blocked = self.assignee_combo.blockSignals(True)
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("Anyone"))
        self.assignee_combo.addItem(self.tr("Unassigned"))
        for name in choices[2:]:
            self.assignee_combo.addItem(name or "")
        self._assignee_choices = choices
        self.assignee_combo.setCurrentIndex(choices.index(current))
        self.assignee_combo.blockSignals(blocked)

    def _quick_label(self, quick: QuickFilter) -> str:
        return {
            QuickFilter.ALL: self.tr("All (%1)"),
            QuickFilter.OVERDUE: self.tr("Overdue (%1)"),
            QuickFilter.DUE_SOON: self.tr("Due within 3 business days (%1)"),
            QuickFilter.AWAITING_DOCUMENTS: self.tr("Awaiting documents (%1)"),
        }[quick]

    def _quick_tooltip(self, quick: QuickFilter) -> str:
        return {
            QuickFilter.ALL: self.tr("Every case the search and filters find"),
            QuickFilter.OVERDUE: self.tr("Cases past their internal target, clock running"),
            QuickFilter.DUE_SOON: self.tr("Cases whose target falls within 3 business days"),
            QuickFilter.AWAITING_DOCUMENTS: self.tr(
                "Cases waiting for documents from the requester (clock paused)"
            ),
        }[quick]

    # -- the query -------------------------------------------------------------------

    def current_quick(self) -> QuickFilter:
        for quick, button in self.quick_buttons.items():
            if button.isChecked():
                return quick
        return QuickFilter.ALL

    def _query_from_widgets(self, base: CaseQuery) -> CaseQuery:
        return base.with_(
            search=self.search.text().strip(),
            statuses=self._status_choices[max(self.status_combo.currentIndex(), 0)],
            request_type=self._type_choices[max(self.type_combo.currentIndex(), 0)],
            assignee=self._assignee_choices[max(self.assignee_combo.currentIndex(), 0)],
            quick=self.current_quick(),
        )

    def apply_filters(self) -> None:
        """Query with what the search box, combos and quick filters say now."""
        self.search_timer.stop()
        query = self._query_from_widgets(self.model.query)
        if query != self.model.query:
            self.model.set_query(query)

    def _schedule_search(self, _text: str) -> None:
        self.search_timer.start()  # restarts: one query once typing pauses

    def _search_now(self) -> None:
        self.apply_filters()

    def _quick_clicked(self, _button: QAbstractButton) -> None:
        self.apply_filters()

    def set_sort(self, key: SortKey, *, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(SORT_COLUMNS[key], order)

    def refresh(self) -> None:
        """Read the cases again (another screen changed one), keeping the cursor."""
        self._load_assignees()
        self._refreshing = True
        try:
            self.model.refresh()
        finally:
            self._refreshing = False

    # -- the automatic refresh (ui/auto_refresh.py) -----------------------------------

    def user_at_work(self) -> bool:
        """The user is typing into the search, has a list or menu open, or is dragging
        the list: reading the list again now would get in the way."""
        return (
            self.search_timer.isActive()
            or self._query_from_widgets(self.model.query) != self.model.query
            or QApplication.activePopupWidget() is not None
            or self.table.verticalScrollBar().isSliderDown()
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton
        )

    def pages_shown(self) -> list[int]:
        """The model's pages with the rows on screen, the current row's and the first:
        what :meth:`show_read` needs to show the list again without reading."""
        size = self.model.page_size
        rows = max(self.model.rowCount() - 1, 0)
        top = max(self.table.rowAt(0), 0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        if bottom < 0:  # the rows end above the bottom of the view
            bottom = rows
        numbers = {0, *range(top // size, bottom // size + 1)}
        current = self.table.currentIndex()
        if current.isValid():
            numbers.add(current.row() // size)
        return sorted(numbers)

    def show_read(self, reading: ListReading) -> bool:
        """Show the list read again off the GUI thread, as the user left it: the same
        search, filters and order, the same case selected, the rows on screen where they
        were (at the top of the list, new rows come into view). False when the user is at
        work in it (see :meth:`user_at_work`): nothing is shown, to be read again later."""
        if self.user_at_work():
            return False
        if reading.query != self.model.query:
            return True  # read again for another query meanwhile: up to date
        down = self.table.verticalScrollBar()
        across = self.table.horizontalScrollBar()
        value, sideways = down.value(), across.value()
        top = self.table.rowAt(0)
        top_case = self.model.cached_record(top) if top >= 0 and value > 0 else None
        self._set_assignees(reading.assignees)
        self._refreshing = self._keeping_scroll = True
        try:
            self.model.show_read(reading.query, reading.counts, reading.pages)
        finally:
            self._refreshing = self._keeping_scroll = False
        if top_case is not None:  # scrolled down: the case at the top stays at the top
            moved = self.model.find_row(top_case.reference, hint=top, max_pages=0)
            if moved >= 0:
                per_item = (
                    self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
                )
                value += (moved - top) * (1 if per_item else self.table.rowHeight(moved))
        down.setValue(value)
        across.setValue(sideways)
        return True

    def export(self) -> Path | None:
        """Export the list as shown: every case the search and filters find, not only the
        rows read so far, in the list's order and columns.

        The rows come from the service, a few thousand at a time, off the GUI thread:
        walking the model instead would read 100,000 cases a page of 200 at a time
        through its small page cache, on the GUI thread.
        """
        if not may_export(self.ctx):
            return None
        ctx, query = self.ctx, self.model.query
        columns = visible_columns(self.table)
        headers = column_titles(self.table, columns)
        title = self.tr("Cases")

        def build() -> Table:
            rows = every_row(ctx, query)
            cells = [[cell_value(row, column) for column in columns] for row in rows]
            return Table(title=title, headers=headers, rows=cells)

        return export_view(self, ctx, self.table, title, "cases", build=build)

    # -- the cursor ------------------------------------------------------------------

    def current_reference(self) -> str:
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        return row.reference if row is not None else ""

    def select_reference(self, reference: str) -> bool:
        """Put the cursor on a case if the list shows it near the top (or cached)."""
        row = self.model.find_row(reference)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not self._keeping_scroll:
            self.table.scrollTo(index)

    def _lay_out_now(self) -> None:
        """Lay the rows out before the view paints them: left to the view, the layout runs
        on a timer after the first paint and the whole list is painted twice."""
        self.table.doItemsLayout()

    def _keep_current(self) -> None:
        index = self.table.currentIndex()
        self._kept = (self.current_reference(), index.row() if index.isValid() else -1)

    def _restore_current(self) -> None:
        reference, row = self._kept
        self._kept = ("", -1)
        # Looks only in the page the view is about to show anyway: no extra reads.
        found = self.model.find_row(reference, hint=row, max_pages=1) if reference else -1
        if found >= 0:
            self._select_row(found)
        elif not self._refreshing:
            self.table.scrollToTop()
        if found < 0:
            self.currentCaseChanged.emit("")

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.record(current.row()) if current.isValid() else None
        self.currentCaseChanged.emit(row.reference if row is not None else "")

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.record(index.row()) if index.isValid() else None
        if row is not None:
            self.openCase.emit(row.reference)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- showing -------------------------------------------------------------------

    def _show_counts(self, counts: Counts) -> None:
        # While a search narrows the list, the counts only shrink as one types: the
        # widths stay (see _show_count) and the row of buttons does not jump about.
        keep_width = bool(self.model.query.search)
        for quick, button in self.quick_buttons.items():
            count = counts.by_quick.get(quick, 0)
            alert = quick is QuickFilter.OVERDUE and count > 0
            if button.property("alert") != alert:
                button.setProperty("alert", alert)
                button.setStyleSheet(
                    f"QToolButton:!checked {{ color: {self._alert_colour()}; }}" if alert else ""
                )
                self._repolish(button)
            text = self._quick_label(quick).replace("%1", f"{count:,}")
            self._show_count(button, text, keep_width=keep_width)
        if self.result_label.property("error") is not False:
            self.result_label.setProperty("error", False)
            self._repolish(self.result_label)
        text = self.tr("Cases: %1").replace("%1", f"{counts.total:,}")
        self._show_count(self.result_label, text, keep_width=keep_width)

    @staticmethod
    def _show_count(widget: QLabel | QToolButton, text: str, *, keep_width: bool) -> None:
        """Show a text with a count in it without laying out the window again.

        A widget whose size may change asks its parents to lay out anew, up to the main
        window's tabs, which then paint the whole window, at every key typed into the
        search. So the widget keeps a fixed size: that of the text with every digit a 0,
        which changes only when the count gains or loses a digit, or (``keep_width``)
        the widest such size so far.
        """
        widget.setText(_DIGIT.sub("0", text))
        size = widget.sizeHint()
        widget.setText(text)
        size = size.expandedTo(widget.sizeHint())
        fixed = widget.minimumSize() == widget.maximumSize()
        if keep_width and fixed:
            size.setWidth(max(size.width(), widget.minimumWidth()))
        if not fixed or widget.minimumSize() != size:
            widget.setFixedSize(size)

    def _show_error(self, text: str) -> None:
        self.result_label.setMinimumSize(0, 0)  # a sentence, not a count: any size
        self.result_label.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self.result_label.setProperty("error", True)
        self._repolish(self.result_label)
        self.result_label.setText(text)

    def _alert_colour(self) -> str:
        """A red that reads on this palette's buttons, light or dark."""
        dark = self.palette().color(QPalette.ColorRole.Button).lightness() < 128
        return "#ff8a80" if dark else "#c62828"

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- keys ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.search and plain:
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filters()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self._select_row(0)
                return True
        if watched is self.table and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

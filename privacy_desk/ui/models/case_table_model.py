"""The case list as a table model: filtering, sorting and paging happen in SQL.

``rowCount`` is the query's count; rows are read one page at a time when a view
asks for a row that is not cached, and only a few pages are kept, so a view over
100,000 cases reads only the rows it shows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import UserError
from privacy_desk.services import case_list
from privacy_desk.services.case_list import (
    CaseQuery,
    CaseRow,
    Counts,
    QuickFilter,
    SortKey,
    Urgency,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.tables import Cell
from privacy_desk.ui import labels
from privacy_desk.ui.table_export import VALUE_ROLE
from privacy_desk.ui.tasks import run_task

AnyIndex = QModelIndex | QPersistentModelIndex

COL_REFERENCE = 0
COL_RECEIVED = 1
COL_REQUESTER = 2
COL_KIND = 3
COL_TYPES = 4
COL_STATUS = 5
COL_ASSIGNEE = 6
COL_TARGET = 7
COL_DAYS_LEFT = 8
COLUMN_COUNT = 9

SORT_KEYS: dict[int, SortKey] = {
    COL_REFERENCE: SortKey.REFERENCE,
    COL_RECEIVED: SortKey.RECEIVED_ON,
    COL_REQUESTER: SortKey.REQUESTER,
    COL_KIND: SortKey.KIND,
    COL_TYPES: SortKey.REQUEST_TYPES,
    COL_STATUS: SortKey.STATUS,
    COL_ASSIGNEE: SortKey.ASSIGNEE,
    COL_TARGET: SortKey.TARGET_ON,
    COL_DAYS_LEFT: SortKey.TARGET_ON,  # fewer days left = an earlier target
}
#: The column that shows the header's sort arrow for a sort key.
SORT_COLUMNS: dict[SortKey, int] = {
    key: column for column, key in reversed(list(SORT_KEYS.items()))
}

#: Row tints, translucent so that they sit on the light or dark base colour and
#: keep the palette's text colour readable on both.
OVERDUE_TINT = QColor(229, 57, 53, 80)
DUE_SOON_TINT = QColor(255, 171, 0, 80)
_STATUS_ORDER = {status: i for i, status in enumerate(CaseStatus)}
_MINUS = "\u2212"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column == COL_DAYS_LEFT else Qt.AlignmentFlag.AlignLeft
    )
    return horizontal | Qt.AlignmentFlag.AlignVCenter


_ALIGNMENTS = tuple(int(_alignment(column).value) for column in range(COLUMN_COUNT))
#: The columns whose text is a translated label of the row's attribute.
_LABELLED_COLUMNS = {COL_KIND: "requester_kind", COL_TYPES: "request_types", COL_STATUS: "status"}
#: The roles a delegate paints with that :class:`_Look` answers.
_DRAWN_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _FONT})


@dataclass(frozen=True, slots=True)
class _Look:
    """How one row is drawn, worked out once while its page is cached (a view asks for
    every role of every cell at each repaint): per column, the value of each role a
    delegate paints with that has one."""

    cells: tuple[dict[int, Any], ...]


def _reference_key(reference: str) -> int:
    """2026-0615 before 2026-30043: year, then the sequence as a number."""
    year, _, sequence = reference.partition("-")
    try:
        return int(year) * 1_000_000 + int(sequence)
    except ValueError:
        return 0


def display_text(row: CaseRow, column: int) -> str:
    """A cell's text as the list shows it."""
    if column == COL_REFERENCE:
        return row.reference
    if column == COL_RECEIVED:
        return row.received_on.isoformat()
    if column == COL_REQUESTER:
        return row.requester_name
    if column == COL_KIND:
        return labels.requester_kind(row.requester_kind)
    if column == COL_TYPES:
        return "・".join(labels.request_type_short(t) for t in row.request_types)
    if column == COL_STATUS:
        return labels.status(row.status)
    if column == COL_ASSIGNEE:
        return row.assigned_to
    if column == COL_TARGET:
        return row.target_on.isoformat()
    if column != COL_DAYS_LEFT:
        return ""
    if row.urgency is Urgency.PAUSED:
        return QCoreApplication.translate("CaseTableModel", "paused")
    if row.days_left is None:
        return ""
    if row.days_left < 0:
        return f"{_MINUS}{-row.days_left}"
    return str(row.days_left)


def cell_value(row: CaseRow, column: int) -> Cell:
    """A cell for a spreadsheet: days as days, the days left as a number, else the text
    shown. Needs no model: an export builds its rows off the GUI thread."""
    if column == COL_RECEIVED:
        return row.received_on
    if column == COL_TARGET:
        return row.target_on
    if column == COL_DAYS_LEFT and row.urgency is not Urgency.PAUSED:
        return row.days_left
    return display_text(row, column)


#: How many rows :func:`every_row` reads at a time.
EXPORT_CHUNK = 10_000


def every_row(ctx: DeskContext, query: CaseQuery, chunk: int | None = None) -> Iterator[CaseRow]:
    """Every case the query finds, in its order, read ``chunk`` (:data:`EXPORT_CHUNK`) rows
    at a time, past the model's page cache: an export of 100,000 rows reads each once. A
    case that moves between two reads (another user logged one) is given once."""
    chunk = chunk or EXPORT_CHUNK
    seen: set[int] = set()
    offset = 0
    while True:
        rows = case_list.fetch_cases(ctx, query, offset, chunk)
        for row in rows:
            if row.id not in seen:
                seen.add(row.id)
                yield row
        if len(rows) < chunk:
            return
        offset += chunk


class CaseTableModel(QAbstractTableModel):
    COL_REFERENCE = COL_REFERENCE
    COL_RECEIVED = COL_RECEIVED
    COL_REQUESTER = COL_REQUESTER
    COL_KIND = COL_KIND
    COL_TYPES = COL_TYPES
    COL_STATUS = COL_STATUS
    COL_ASSIGNEE = COL_ASSIGNEE
    COL_TARGET = COL_TARGET
    COL_DAYS_LEFT = COL_DAYS_LEFT

    SortRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2
    UrgencyRole = Qt.ItemDataRole.UserRole + 3

    PAGE_SIZE = 64
    MAX_PAGES = 24
    #: The roles :meth:`data` answers besides those a delegate draws with.
    _OTHER_ROLES = frozenset(
        {int(Qt.ItemDataRole.ToolTipRole), SortRole, RecordRole, UrgencyRole, VALUE_ROLE}
    )

    #: The :class:`Counts` of the last count query (after every re-query).
    countsChanged = Signal(object)  # noqa: N815 - Qt signal naming
    #: A page could not be read; the sentence to show.
    loadFailed = Signal(str)  # noqa: N815

    def __init__(
        self,
        ctx: DeskContext,
        query: CaseQuery | None = None,
        parent: QObject | None = None,
        *,
        page_size: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size or self.PAGE_SIZE
        self._query = query or CaseQuery()
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._looks: dict[int, _Look] = {}  # by row, for the rows of the cached pages
        # translated texts, worked out once per query: the view asks again at every paint
        self._labels: dict[tuple[int, object], str] = {}
        self._header_texts: list[str] | None = None
        self._counts = Counts(total=0, by_quick=dict.fromkeys(QuickFilter, 0))
        #: The sentence of the last read that failed (None once a count succeeds).
        self.last_error: str | None = None
        #: True while the "All" count is being taken off the GUI thread (see _requery).
        self.counting = False
        self._generation = 0  # of the counts: one for an earlier query is dropped
        if self._load_counts():
            self._count_all_later()

    # -- the query -------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    def counts(self) -> Counts:
        return self._counts

    def set_query(self, query: CaseQuery) -> None:
        """Show another selection of cases (from the first row)."""
        # Another order alone finds the same cases: the counts stand.
        same_cases = query.with_(sort=self._query.sort, descending=self._query.descending)
        recount = same_cases != self._query or self.last_error is not None
        self._query = query
        self._requery(recount=recount)

    def refresh(self) -> None:
        """Read the cases again with the same query (after a case changed)."""
        self._requery()

    def show_read(
        self, query: CaseQuery, counts: Counts, pages: Mapping[int, list[CaseRow]]
    ) -> bool:
        """Show what was read off the GUI thread for ``query`` (the automatic refresh):
        its counts and pages (of :attr:`page_size` rows), in one reset, with no reading
        here. False, and nothing shown, when the query changed since."""
        if query != self._query:
            return False
        self._generation += 1  # an "All" count under way counted the rows before
        self.beginResetModel()
        self._forget_rows()
        self._pages.update(pages)
        self._counts = counts
        self.last_error = None
        self.counting = False
        self.endResetModel()
        self.countsChanged.emit(counts)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(self._query.with_(sort=key, descending=descending))

    def _requery(self, *, recount: bool = True) -> None:
        if recount:
            self._generation += 1
        self.beginResetModel()
        self._forget_rows()
        self._labels.clear()
        self._header_texts = None
        later = self._load_counts() if recount else False
        self.endResetModel()
        if later:
            self._count_all_later()
        elif recount:
            self.countsChanged.emit(self._counts)

    def _forget_rows(self) -> None:
        """Drop the cached pages and how their rows look (they are read again)."""
        self._pages.clear()
        self._looks.clear()

    def _load_counts(self) -> bool:
        """Count what the query finds; True when the "All" count is left for later.

        A search over every status would make each key wait for a count of every case
        in the office (:func:`case_list.total_takes_a_scan`). Then the quick filters are
        counted (open cases only) and the first page read; a short page is the whole
        list, else the list shows that page while :meth:`_count_all_later` counts the
        rest off the GUI thread and adds the rows (the counts are announced then).
        """
        self.counting = False
        try:
            if not case_list.total_takes_a_scan(self._query):
                self._counts = case_list.count_cases(self.ctx, self._query)
                self.last_error = None
                return False
            by_quick = case_list.count_quick(self.ctx, self._query)
            if self._query.quick is not QuickFilter.ALL:
                total = by_quick[self._query.quick]
            else:
                first = case_list.fetch_cases(self.ctx, self._query, 0, self.page_size)
                self._pages[0] = first
                total = len(first)
                if total < self.page_size:
                    by_quick[QuickFilter.ALL] = total
                    self._counts = Counts(total=total, by_quick=by_quick)
                    self.last_error = None
                    return False
        except UserError as error:
            self._counts = Counts(total=0, by_quick=dict.fromkeys(QuickFilter, 0))
            self._failed(error)
            return False
        by_quick[QuickFilter.ALL] = self._counts.by_quick.get(QuickFilter.ALL, 0)
        self._counts = Counts(total=total, by_quick=by_quick)
        self.last_error = None
        self.counting = True
        return True

    def _count_all_later(self) -> None:
        ctx, query, generation = self.ctx, self._query, self._generation
        run_task(
            lambda: case_list.count_all(ctx, query),
            lambda total: self._counted_all(generation, total),
            lambda error: self._count_failed(generation, error),
        )

    def _counted_all(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # the query changed since
        self.counting = False
        by_quick = {**self._counts.by_quick, QuickFilter.ALL: total}
        shown = self._counts.total
        if self._query.quick is not QuickFilter.ALL or total == shown:
            self._counts = Counts(total=shown, by_quick=by_quick)
        elif total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self._counts = Counts(total=total, by_quick=by_quick)
            self.endInsertRows()
        else:  # fewer than the first page showed: cases went meanwhile; read them again
            self.beginResetModel()
            self._forget_rows()
            self._counts = Counts(total=total, by_quick=by_quick)
            self.endResetModel()
        self.countsChanged.emit(self._counts)

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.counting = False
        if not isinstance(error, UserError):
            raise error
        self._failed(error)

    # -- rows --------------------------------------------------------------------

    def record(self, row: int) -> CaseRow | None:
        """The case shown in ``row``, reading its page if it is not cached."""
        if not 0 <= row < self._counts.total:
            return None
        number, within = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(number)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def cached_record(self, row: int) -> CaseRow | None:
        """The case shown in ``row`` if its page is in memory; never reads."""
        page = self._pages.get(row // self.page_size) if row >= 0 else None
        within = row % self.page_size
        return page[within] if page is not None and within < len(page) else None

    def _fetch_page(self, number: int) -> list[CaseRow]:
        try:
            page = case_list.fetch_cases(
                self.ctx, self._query, number * self.page_size, self.page_size
            )
        except UserError as error:
            page = []
            self._failed(error)
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            gone, rows = self._pages.popitem(last=False)
            for row in range(gone * self.page_size, gone * self.page_size + len(rows)):
                self._looks.pop(row, None)
        return page

    def _failed(self, error: UserError) -> None:
        self.last_error = str(error)
        self.loadFailed.emit(self.last_error)

    def cached_pages(self) -> list[int]:
        """Page numbers held in memory, least recently used first."""
        return list(self._pages)

    def find_row(self, reference: str, *, hint: int = -1, max_pages: int = 5) -> int:
        """The row showing ``reference``, or -1.

        Looks in the cached pages, then in the page of ``hint``, then in the first
        ``max_pages`` pages; it never reads the whole list.
        """
        for number, page in self._pages.items():
            for within, row in enumerate(page):
                if row.reference == reference:
                    return number * self.page_size + within
        candidates = [hint // self.page_size] if hint >= 0 else []
        candidates += [n for n in range(max_pages) if n not in candidates]
        last_page = (self._counts.total - 1) // self.page_size
        for number in candidates:
            if number > last_page or number in self._pages:
                continue
            for within, row in enumerate(self._fetch_page(number)):
                if row.reference == reference:
                    return number * self.page_size + within
        return -1

    # -- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._counts.total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._header_texts is None:
                self._header_texts = self._headers()
            return self._header_texts[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Received"),
            self.tr("Requester"),
            self.tr("Kind"),
            self.tr("Requests"),
            self.tr("Status"),
            self.tr("Assigned to"),
            self.tr("Target"),
            self.tr("Days left"),
        ]

    # flags(): QAbstractTableModel's own (enabled, selectable, never has children) is
    # what the list needs, and answered without a call into Python for every cell painted.

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= COLUMN_COUNT:
            return None
        row = self.record(index.row())
        if row is None:
            return None
        column = index.column()
        if role in _DRAWN_ROLES:
            return self._look(index.row(), row).cells[column].get(role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == self.SortRole:
            return self._sort_value(row, column)
        if role == self.RecordRole:
            return row
        if role == self.UrgencyRole:
            return row.urgency
        if role == VALUE_ROLE:
            return cell_value(row, column)
        return None

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803
        """Every role a delegate asks for to paint a cell, in one call (Qt 6 asks this way;
        the default asks :meth:`data` once per role, each a call into Python)."""
        if not index.isValid() or index.column() >= COLUMN_COUNT:
            return
        cells = self.cells(index.row())
        if cells is None:
            return
        cell = cells[index.column()]
        for role_data in roleDataSpan:
            role = role_data.role()
            value = cell.get(role)
            if value is None and role in self._OTHER_ROLES:
                value = self.data(index, role)
            if value is not None:
                role_data.setData(value)
            else:
                # The span may come with the last cell's values in it: a role this cell
                # has no value for must be cleared, or it paints with that cell's colour.
                role_data.clearData()

    def cells(self, number: int) -> tuple[dict[int, Any], ...] | None:
        """How row ``number`` is drawn: per column, the value of each role a delegate
        paints with (display, alignment, background, foreground, font) that it has;
        its page is read if it is not cached. None past the end or when it failed."""
        look = self._looks.get(number)
        if look is None:
            row = self.record(number)
            if row is None:
                return None
            look = self._look(number, row)
        return look.cells

    def _look(self, number: int, row: CaseRow) -> _Look:
        look = self._looks.get(number)
        if look is None:
            background = self._background(row)
            foreground = self._foreground(row)
            cells = []
            for column in range(COLUMN_COUNT):
                cell: dict[int, Any] = {
                    _DISPLAY: self._text(row, column),
                    _ALIGNMENT: _ALIGNMENTS[column],
                }
                if background is not None:
                    cell[_BACKGROUND] = background
                if foreground is not None:
                    cell[_FOREGROUND] = foreground
                font = self._font(row, column)
                if font is not None:
                    cell[_FONT] = font
                cells.append(cell)
            look = _Look(tuple(cells))
            self._looks[number] = look
        return look

    def _text(self, row: CaseRow, column: int) -> str:
        """:func:`display_text`, the translated labels of a kind, status or request types
        remembered (a page shows the same few)."""
        attribute = _LABELLED_COLUMNS.get(column)
        if attribute is None:
            return display_text(row, column)
        key = (column, getattr(row, attribute))
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = display_text(row, column)
        return text

    # -- how a row looks ----------------------------------------------------------

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == COL_REQUESTER:
            return row.requester_kana or None
        if column == COL_KIND:
            return labels.requester_kind(row.requester_kind)
        if column == COL_TYPES:
            return "\n".join(labels.request_type(t) for t in row.request_types) or None
        if column in (COL_TARGET, COL_DAYS_LEFT):
            return self._deadline_tip(row)
        return None

    def _deadline_tip(self, row: CaseRow) -> str:
        lines = [
            self.tr("Internal target: %1").replace("%1", labels.day_long(row.target_on)),
            self.tr("Legal line: %1").replace("%1", labels.day_long(row.legal_line_on)),
        ]
        if row.urgency is Urgency.OVERDUE:
            lines.insert(0, self.tr("Past the internal target"))
        elif row.urgency is Urgency.DUE_SOON:
            lines.insert(0, self.tr("Due within 3 business days"))
        elif row.urgency is Urgency.PAUSED:
            lines.insert(0, self.tr("The clock is paused while documents are awaited"))
        return "\n".join(lines)

    @staticmethod
    def _background(row: CaseRow) -> QColor | None:
        if row.urgency is Urgency.OVERDUE:
            return QColor(OVERDUE_TINT)
        if row.urgency is Urgency.DUE_SOON:
            return QColor(DUE_SOON_TINT)
        return None

    @staticmethod
    def _foreground(row: CaseRow) -> QColor | None:
        if row.urgency is not Urgency.PAUSED:
            return None
        # The palette's text colour, half faded: grey on light and on dark bases.
        text = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        text.setAlpha(140)
        return text

    @staticmethod
    def _font(row: CaseRow, column: int) -> QFont | None:
        if column == COL_DAYS_LEFT and row.urgency is Urgency.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _sort_value(row: CaseRow, column: int) -> object:
        values: dict[int, object] = {
            COL_REFERENCE: _reference_key(row.reference),
            COL_RECEIVED: row.received_on,
            COL_REQUESTER: row.requester_kana or row.requester_name,
            COL_KIND: row.requester_kind.value,
            COL_TYPES: row.request_types[0].value if row.request_types else "",
            COL_STATUS: _STATUS_ORDER[row.status],
            COL_ASSIGNEE: row.assigned_to,
            COL_TARGET: row.target_on,
            COL_DAYS_LEFT: row.target_on,
        }
        value = values[column]
        return value if not isinstance(value, date) else value.isoformat()

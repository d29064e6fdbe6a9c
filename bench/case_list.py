"""The case list and the case page on the large office, with real Qt widgets (issue 9).

Measured in this process on the offscreen platform: the real ``CaseListPage`` in a
window of an office PC's size (tabs, as in the main window) with the app's bundled font,
driven through the real event loop. A figure ends when the window has settled: the view
painted with the new rows and whatever layout and repaint that set off done, not when a
function returns. Each run waits for the window to settle before it starts.

``search_key``: one more character typed into the search box of the list as it opens
(the open cases, newest first; a few thousand of the office's cases). Words a clerk
types, one character per run: 山, 山田, then the box is cleared (not measured) and the
next word starts; Japanese arrives as an input method's commit, digits and references as
key presses. After a key the page waits ``CaseListPage.SEARCH_DELAY_MS`` for the next
one before it queries, so that a fast typist is not slowed by a query per key: that
pause is the design's, not work, and is not counted (the benchmark sets the timer to
0 ms). The figure is what the user waits for once the pause is over: the key handled,
the counts and the first page read, the model reset and the list painted with the rows
found. The list is on screen ``SEARCH_DELAY_MS`` plus this figure after the last key.
Floor: the SQL the service runs for the first page (``case_list.page_statement``, same
filter, same order), executed on its own straight on the database's driver connection.
``search_key_all``: the same on every status (all the office's cases). There the list
shows the rows found before the count of every case they are among is taken (off the
GUI thread; ``CaseTableModel._load_counts``): the figure ends with the rows painted, the
counts follow a few tens of milliseconds later.

``sort_column``: a click on another column's header (every column with a sort of its
own in turn) until the list is painted in the new order; ``sort_column_all`` on every
status.

``open_case``: Enter on a case in the list (its ``openCase``) until the case is open:
its tab, made as the main window makes it (a ``CaseDetailPage`` added to the tabs and
made current), is on screen and painted, and its Identity tab holds the thumbnails of
the case's identity copy, 4 scanned 300 dpi A4 pages (added in the setup), so that the
clerk who turns to it sees them at once. The tab is closed again (not measured) before
the next run.

Each figure is also measured with the office on a PostgreSQL server (issue 11), when
the run is given one (``bench/postgresql.py``): ``search_key_postgresql`` and so on,
the same subject with the same desk opened on the office's copy there, and, for the
search, the same first-page SQL run directly on the server's driver connection
(Psycopg's) as the floor. Without a server they are reported as skipped.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QWidget
from sqlalchemy import exists, select

from bench import Benchmark, Target, office, postgresql
from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.status import CLOSING_STATUSES, CaseStatus
from privacy_desk.paths import DataPaths, resources_dir
from privacy_desk.scanning.pages import read_pages
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import case_list, cases, documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store.database import Database
from privacy_desk.store.models import Case, Document
from privacy_desk.ui import tasks
from privacy_desk.ui.models.case_table_model import CaseTableModel
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from privacy_desk.ui.pages.case_list_page import CaseListPage

#: What a clerk types, one character per run: names, kana readings, a phone number, a
#: place, a reference (the search finds any part of any of them).
WORDS = ("山田", "やまもと", "佐々木", "0759", "京都市", "2026-3", "いしかわ", "中村")
#: The window, as the app opens it on an office PC.
WINDOW = (1280, 800)
#: Pages of the identity copy opened by ``open_case``.
PAGES = 4
#: Seconds a step may take before the benchmark gives up (a hang, not a slow figure).
TIMEOUT = 60.0
_UI_FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")


def application() -> QApplication:
    """The QApplication (made once, offscreen, with the app's font, when there is none)."""
    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["privacy-desk-bench"])
    app.setFont(_house_font(app))
    return app


def _house_font(app: QApplication) -> QFont:
    """The app's bundled Japanese UI font (as ``ui.app.install_fonts`` sets it). Our
    windows get it when the QApplication is not ours: the smoke test shares one with the
    UI tests, whose font stays as it is."""
    font = QFont(app.font())
    family = _house_family()
    if family is not None:
        font.setFamily(family)
    return font


@cache
def _house_family() -> str | None:
    for name in _UI_FONT_FILES:
        found = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
        if families:
            return families[0]
    return None


class _Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle(deadline: float | None = None) -> None:
    """Run the event loop until it has nothing left to do (layouts, repaints, timers due)."""
    dispatcher = QAbstractEventDispatcher.instance()
    deadline = deadline or time.perf_counter() + TIMEOUT
    idle = 0
    while idle < 2 and time.perf_counter() < deadline:
        busy = dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        idle = 0 if busy else idle + 1


def wait_until(done: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``done()``, then until the window has settled: what the
    change set off (a layout, the repaints after it) is part of it."""
    deadline = time.perf_counter() + TIMEOUT
    while True:
        QCoreApplication.processEvents()
        if done():
            settle(deadline)
            return
        if time.perf_counter() > deadline:
            raise TimeoutError(f"bench: {what} did not happen within {TIMEOUT:.0f} s")


def _desk(database_url: str | None) -> DeskContext:
    """The shared office: its SQLite file, or (``database_url``) its copy on a server."""
    paths = DataPaths(office.data_folder(), database_url=database_url).prepare()
    return open_desk(paths, actor="bench")


@dataclass
class ListState:
    """The case list page in a window like the main window's tabs."""

    ctx: DeskContext
    window: QTabWidget
    page: CaseListPage
    paints: _Paints
    resets: int = 0
    painted_at_reset: int = 0
    word: int = -1
    typed: int = 0
    columns: list[int] = field(default_factory=list)
    detail: CaseDetailPage | None = None
    detail_paints: _Paints | None = None

    @property
    def model(self) -> CaseTableModel:
        return self.page.model

    def _reset(self) -> None:
        self.resets += 1
        self.painted_at_reset = self.paints.count

    def updated_since(self, resets: int) -> Callable[[], bool]:
        """True once the model was reset after ``resets`` and the view painted since."""
        return lambda: self.resets > resets and self.paints.count > self.painted_at_reset


def _list_state(*, every_status: bool, database_url: str | None) -> ListState:
    app = application()
    ctx = _desk(database_url)
    window = QTabWidget()
    window.setFont(_house_font(app))
    window.setDocumentMode(True)
    page = CaseListPage(ctx, window)
    window.addTab(page, "Cases")
    window.resize(*WINDOW)
    window.show()
    QTest.qWaitForWindowExposed(window)
    state = ListState(ctx, window, page, _Paints(page.table.viewport()))
    page.model.modelReset.connect(state._reset)
    # The pause after a key is the design's, not work: see the module's doc.
    page.search_timer.setInterval(0)
    page.search.setFocus()
    if every_status:
        page.status_combo.setCurrentIndex(1)  # all statuses: every case in the office
        wait_until(state.updated_since(0), "the list of every status")
    settle()
    return state


def list_as_it_opens(database_url: str | None = None) -> ListState:
    """The list as the app shows it: open cases, newest first."""
    return _list_state(every_status=False, database_url=database_url)


def list_of_every_status(database_url: str | None = None) -> ListState:
    """The list with "All statuses" chosen: every case in the office."""
    return _list_state(every_status=True, database_url=database_url)


def _close(state: ListState) -> None:
    _close_detail(state)
    # A count of every case still running off the GUI thread reports to the model when
    # it ends: let it, before the model goes (else its callback finds the model deleted).
    tasks.wait_for_all()
    settle()
    state.window.close()
    state.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    state.ctx.db.dispose()


# -- search_key ------------------------------------------------------------------------


def _type(edit: QLineEdit, char: str) -> None:
    """One character as the keyboard gives it: a key press, or an IME's commit."""
    if char.isascii():
        QTest.keyClicks(edit, char)
    else:
        commit = QInputMethodEvent()
        commit.setCommitString(char)
        QCoreApplication.sendEvent(edit, commit)


def type_one_more(state: ListState) -> float:
    """Seconds from one more key to the list painted with the rows it finds."""
    page = state.page
    if state.word < 0 or state.typed == len(WORDS[state.word]):
        state.word = (state.word + 1) % len(WORDS)
        state.typed = 0
        if page.search.text():  # a new word: clear the box (not measured)
            resets = state.resets
            page.search.clear()
            wait_until(state.updated_since(resets), "clearing the search")
    char = WORDS[state.word][state.typed]
    expected = WORDS[state.word][: state.typed + 1]
    settle()
    resets = state.resets
    started = time.perf_counter()
    _type(page.search, char)
    wait_until(state.updated_since(resets), f"the list for {expected!r}")
    took = time.perf_counter() - started
    state.typed += 1
    if page.model.query.search != expected:
        raise AssertionError(f"bench: searched {page.model.query.search!r}, not {expected!r}")
    return took


@contextmanager
def _driver_connection(db: Database) -> Iterator[Any]:
    """The database's own driver connection (sqlite3's, Psycopg's), past SQLAlchemy."""
    if db.is_sqlite:
        with db.raw_sqlite() as connection:
            yield connection
        return
    pooled = db.engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()  # the pool rolls back the transaction the query began


def direct_query(state: ListState) -> float:
    """Seconds the service's first-page SQL takes alone, straight on the driver."""
    statement = case_list.page_statement(state.ctx, state.model.query, 0, state.model.page_size)
    compiled = statement.compile(
        dialect=state.ctx.db.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    sql = str(compiled)
    with _driver_connection(state.ctx.db) as connection:
        started = time.perf_counter()
        connection.execute(sql).fetchall()
        return time.perf_counter() - started


SEARCH_KEY = Benchmark(
    name="search_key",
    description=(
        f"type one more character into the case list's search ({office.CASES:,} cases, "
        "open ones listed) until the list is painted with the rows found"
    ),
    floor_description="the service's first-page SQL for the same filter, run directly",
    setup=list_as_it_opens,
    subject=type_one_more,
    floor=direct_query,
    teardown=_close,
    target=Target(median=0.030, worst=0.100),
    measures="value",
)

SEARCH_KEY_ALL = replace(
    SEARCH_KEY,
    name="search_key_all",
    description=(
        f"type one more character into the case list's search ({office.CASES:,} cases, "
        "every status listed) until the list is painted with the rows found"
    ),
    setup=list_of_every_status,
)


# -- sort_column -------------------------------------------------------------------------

#: Every column with a sort of its own, in turn (Days left sorts as Target does).
SORTED_COLUMNS = tuple(
    column
    for column in range(CaseTableModel.COL_DAYS_LEFT + 1)
    if column != CaseTableModel.COL_DAYS_LEFT
)


def sort_by_another_column(state: ListState) -> float:
    """Seconds from a click on the next column's header to the view painted in its order."""
    if not state.columns:
        state.columns = list(SORTED_COLUMNS)
    column = state.columns.pop(0)
    header = state.page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    if not 0 <= x < header.viewport().width():
        raise AssertionError(f"bench: column {column} is not on screen")
    settle()
    resets = state.resets
    started = time.perf_counter()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_until(state.updated_since(resets), f"the list sorted by column {column}")
    took = time.perf_counter() - started
    if header.sortIndicatorSection() != column:
        raise AssertionError(f"bench: the header shows column {header.sortIndicatorSection()}")
    return took


SORT = Benchmark(
    name="sort_column",
    description=(
        f"click another column's header ({office.CASES:,} cases, open ones listed) until "
        "the list is painted in its order"
    ),
    floor_description="—",
    setup=list_as_it_opens,
    subject=sort_by_another_column,
    teardown=_close,
    target=Target(median=0.100),
    measures="value",
)

SORT_ALL = replace(
    SORT,
    name="sort_column_all",
    description=(
        f"click another column's header ({office.CASES:,} cases, every status listed) "
        "until the list is painted in its order"
    ),
    setup=list_of_every_status,
)


# -- open_case ---------------------------------------------------------------------------


def _case_without_documents(ctx: DeskContext) -> str:
    """The newest case that still takes documents and has none (else a new one)."""
    takes_documents = [
        s for s in CaseStatus if s is not CaseStatus.REPLIED and s not in CLOSING_STATUSES
    ]
    with ctx.db.read() as session:
        reference = session.scalars(
            select(Case.reference)
            .where(
                Case.status.in_(takes_documents),
                ~exists().where(Document.case_id == Case.id),
            )
            .order_by(Case.received_on.desc(), Case.id.desc())
            .limit(1)
        ).first()
    if reference is not None:
        return reference
    new = cases.log_request(
        ctx,
        cases.NewCase(
            received_on=ctx.today(),
            requester_kind=RequesterKind.PRINCIPAL,
            requester_name="試験　花子",
            requester_kana="シケン　ハナコ",
            requester_address="京都府向日市寺戸町試験1-2",
            requests=[cases.RequestInput(RequestType.DISCLOSURE, "会員登録情報", "")],
        ),
    )
    return new.reference


def _open_case_state(database_url: str | None = None) -> ListState:
    state = list_as_it_opens(database_url)
    ctx = state.ctx
    reference = _case_without_documents(ctx)
    scan = io.BytesIO()
    synthetic_page(seed=PAGES).save(scan, "JPEG", quality=95, dpi=(300, 300))
    pages = read_pages(scan.getvalue())
    if pages[0].dpi != 300 or pages[0].width < 2400:
        raise AssertionError(f"bench: {pages[0]!r} is not a 300 dpi A4 page")
    documents.add_document(ctx, reference, DocumentType.CERTIFICATE_OF_RESIDENCE, pages * PAGES)
    # The 4 pages just stored fill the write-ahead log: were it left to a checkpoint in
    # the middle of the runs, one of them would pay for the setup's writes. (A server
    # checkpoints on its own, in its own processes.)
    if ctx.db.is_sqlite:
        with ctx.db.raw_sqlite() as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = state.page
    page.model.refresh()
    page.search.setText(reference)
    page.apply_filters()
    if page.model.rowCount() != 1:
        raise AssertionError(f"bench: the list does not find {reference}")
    page.table.setFocus()
    page.table.selectRow(0)
    state.page.openCase.connect(lambda reference: _open_in_tab(state, reference))
    settle()
    return state


def _open_in_tab(state: ListState, reference: str) -> None:
    """What the main window does with the list's ``openCase``."""
    detail = CaseDetailPage(state.ctx, reference, state.window)
    state.detail = detail
    state.detail_paints = _Paints(detail.title)
    state.window.addTab(detail, reference)
    state.window.setCurrentWidget(detail)


def _close_detail(state: ListState) -> None:
    detail = state.detail
    if detail is None:
        return
    state.window.removeTab(state.window.indexOf(detail))
    detail.deleteLater()
    state.detail = state.detail_paints = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _opened(state: ListState) -> bool:
    detail, paints = state.detail, state.detail_paints
    return (
        detail is not None
        and paints is not None
        and paints.count > 0
        and detail.identity.thumbnails.count() == PAGES
    )


def open_a_case(state: ListState) -> float:
    """Seconds from Enter on the case in the list to its tab painted, thumbnails loaded."""
    _close_detail(state)
    state.window.setCurrentWidget(state.page)
    state.page.table.setFocus()
    settle()
    started = time.perf_counter()
    QTest.keyClick(state.page.table, Qt.Key.Key_Return)
    wait_until(lambda: _opened(state), "the case's tab")
    return time.perf_counter() - started


OPEN_CASE = Benchmark(
    name="open_case",
    description=(
        f"open a case with {PAGES} scanned 300 dpi pages from the list until its tab is "
        "painted with the identity copy's thumbnails loaded"
    ),
    floor_description="—",
    setup=_open_case_state,
    subject=open_a_case,
    teardown=_close,
    target=Target(median=0.100),
    measures="value",
)


# -- the same on PostgreSQL ----------------------------------------------------------------


def on_postgresql(benchmark: Benchmark, setup: Callable[[str | None], ListState]) -> Benchmark:
    """``benchmark`` with the office on a PostgreSQL server: ``setup`` opens its desk on
    the office's copy there (``bench/postgresql.py``); skipped without a server."""
    return replace(
        benchmark,
        name=f"{benchmark.name}_postgresql",
        description=f"{benchmark.description}; the office on a PostgreSQL server",
        floor_description=(
            f"{benchmark.floor_description} (on the server)"
            if benchmark.floor is not None
            else benchmark.floor_description
        ),
        setup=lambda: setup(postgresql.database_url()),
        unavailable=postgresql.unavailable,
    )


SEARCH_KEY_POSTGRESQL = on_postgresql(SEARCH_KEY, list_as_it_opens)
SEARCH_KEY_ALL_POSTGRESQL = on_postgresql(SEARCH_KEY_ALL, list_of_every_status)
SORT_POSTGRESQL = on_postgresql(SORT, list_as_it_opens)
SORT_ALL_POSTGRESQL = on_postgresql(SORT_ALL, list_of_every_status)
OPEN_CASE_POSTGRESQL = on_postgresql(OPEN_CASE, _open_case_state)

"""The case list and Today bring themselves up to date (several desks, issue 11).

Every ``list.refresh_seconds`` (30 by default) a look runs off the GUI thread
(``ui/tasks.py``): one read of the audit trail's head (``services/changes.py``) says
whether anything was saved since the last look, at this desk or another. Only then is
the list read again, still off the GUI thread (its counts, the pages on screen, the
names to filter by), and shown in one go as the user left it: search, filters, order,
the case selected, the rows on screen; Today is read again if it is showing. A new day
(the program runs for days) reads both again, the paused cases' deadlines first.

Why a timer and not PostgreSQL's LISTEN/NOTIFY: a notification needs a connection of
its own held open by every desk, a thread waiting on it, triggers or a NOTIFY in every
write, and its own reconnecting when the network drops, and SQLite has nothing like it;
one read of one row by its key every half minute costs the server next to nothing, and
the same look serves the single-PC office, where it also catches the new day and this
desk's own changes made in windows that do not tell the list. A few seconds' delay
is fine for a list of mailed requests.

Nothing is read while the user is at work in the list (typing a search, a list or menu
open, dragging), while a task runs, or while the screen is locked or the window
minimised: the next tick looks again. Open case pages are left as they are, with what
is typed in them (a save over another desk's change is refused and shown,
``ui/pages/case_detail_page.py``). A database that cannot be read is said once, in the
status bar, and looked at again at each tick; no message box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar
from sqlalchemy.exc import DBAPIError

from privacy_desk import settings as S
from privacy_desk.errors import UserError
from privacy_desk.log import get_logger
from privacy_desk.services import changes
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import tasks
from privacy_desk.ui.pages.case_list_page import CaseListPage, ListReading, read_list
from privacy_desk.ui.pages.today_page import TodayPage
from privacy_desk.ui.style import ERROR_STYLE

log = get_logger("ui.refresh")


@dataclass(frozen=True)
class _Look:
    last_entry: int
    changed: bool
    reading: ListReading | None  # the list read again, when something changed


def _look(
    ctx: DeskContext,
    seen: int | None,
    new_day: bool,
    read: Callable[[], ListReading],
) -> _Look:
    """Off the GUI thread: what changed since entry ``seen``, and the list read again if
    anything did. The trail's head is read before the list: what is saved meanwhile is
    found at the next look."""
    if new_day:
        from privacy_desk.services.cases import refresh_paused_deadlines

        refresh_paused_deadlines(ctx)
    found = changes.changes_since(ctx, seen)
    changed = found.changed or new_day
    return _Look(found.last_entry, changed, read() if changed else None)


def last_entry(ctx: DeskContext) -> int | None:
    """The audit trail's newest entry, read before the list is (None: not readable)."""
    try:
        return changes.last_entry(ctx)
    except (UserError, DBAPIError):
        return None  # the list says what is wrong; the next look reads everything


class AutoRefresh(QObject):
    """Looks for changes on a timer and shows them in the case list and Today."""

    #: The list was read again and shown (after a change).
    refreshed = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        case_list: CaseListPage,
        today: TodayPage,
        status_bar: QStatusBar,
        *,
        may_read: Callable[[], bool],
        seen: int | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_list = case_list
        self.today = today
        self.status_bar = status_bar
        self.may_read = may_read
        #: The audit entry the list was last read after (None: not known).
        self.seen = seen
        self.day = ctx.today()
        self.looking = False  # a look is under way: a slow server gets no second one
        self._generation = 0  # raised when the list is read on the GUI thread meanwhile
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.problem = QLabel(status_bar)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        status_bar.insertPermanentWidget(0, self.problem)

    @property
    def failing(self) -> bool:
        return not self.problem.isHidden()

    def start(self) -> None:
        """Look every ``list.refresh_seconds`` (none when 0)."""
        self.set_seconds(self.ctx.settings.get(S.LIST_REFRESH_SECONDS))

    def set_seconds(self, seconds: int) -> None:
        if seconds > 0:
            self.timer.start(seconds * 1000)
        else:
            self.timer.stop()

    def list_read(self, seen: int | None) -> None:
        """The list is being read on the GUI thread (F5, a save at this desk), after
        entry ``seen``: a look under way is out of date."""
        self._generation += 1
        self.seen = seen

    def tick(self) -> None:
        """Look for changes, off the GUI thread, unless it would get in the way."""
        if self.looking or not self.may_read() or self.case_list.user_at_work():
            return
        ctx, seen, generation = self.ctx, self.seen, self._generation
        today = ctx.today()
        model = self.case_list.model
        query, pages, size = model.query, self.case_list.pages_shown(), model.page_size
        self.looking = True
        tasks.run_task(
            lambda: _look(ctx, seen, today != self.day, lambda: read_list(ctx, query, pages, size)),
            lambda look: self._looked(generation, today, look),
            self._failed,
        )

    def _looked(self, generation: int, today: date, look: _Look) -> None:
        if not shiboken6.isValid(self):
            return
        self.looking = False
        self._reachable()
        if generation != self._generation:
            return  # read on the GUI thread meanwhile: what it read is newer
        if look.reading is not None:
            if not self.case_list.show_read(look.reading):
                return  # the user is at work in the list: the next tick reads again
            self.today.refresh(failed=self._said)
            self.refreshed.emit()
        self.seen, self.day = look.last_entry, today

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.looking = False
        if not isinstance(error, UserError | DBAPIError):
            self.timer.stop()  # a bug: said once (the crash dialog), not at every tick
            raise error
        self._said(error)

    def _said(self, error: BaseException) -> None:
        """Say once, in the status bar, that the list may be out of date, and why."""
        if self.failing:
            return
        log.warning("the list could not be brought up to date: %s", type(error).__name__)
        sentence = str(error) if isinstance(error, UserError) else type(error).__name__
        self.problem.setText(self.tr("The list may be out of date: the database cannot be read."))
        seconds = self.ctx.settings.get(S.LIST_REFRESH_SECONDS)
        self.problem.setToolTip(
            sentence
            + "\n"
            + self.tr("Privacy Desk tries again every %1 seconds.").replace("%1", str(seconds))
        )
        self.problem.show()

    def _reachable(self) -> None:
        if self.failing:
            log.info("the database can be read again")
            self.problem.hide()
            self.status_bar.showMessage(self.tr("The database can be read again."), 10000)

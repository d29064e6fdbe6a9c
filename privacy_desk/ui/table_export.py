"""Export any list view to an Excel workbook or a CSV file, as the user sees it.

:func:`table_from_view` reads a view: its visible columns in their on-screen order, its
rows in the order shown (the proxy's sort and filter), the texts as displayed. A model
may answer :data:`VALUE_ROLE` with a cell's value for a spreadsheet (a day, a number);
otherwise a text that is exactly a day as the app shows one (``2026-11-24``) becomes a
day, and any other text stays as it is.

:func:`export_view` asks for the file, reads the view (or calls ``build`` for a list too
long to read through its view, such as the case list) and writes it with
:func:`privacy_desk.services.tables.write_table` through :mod:`privacy_desk.ui.tasks`:
a long list does not freeze the window. :func:`add_export_action` puts "Export This
List…" in a view's context menu. Both are for a role with the export permission only
(:func:`may_export`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget
from shiboken6 import isValid

from privacy_desk.domain.roles import Permission, may
from privacy_desk.errors import UserError
from privacy_desk.services.context import DeskContext
from privacy_desk.services.tables import Cell, Table, table_format, write_table
from privacy_desk.ui import messages, tasks

#: The role a model may answer with a cell's value for a spreadsheet: a ``date`` or an
#: ``int`` where the text shows one ("−3" days left is the number -3). ``None``: the text.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 32
#: A day as the app shows one (``labels.day_short``).
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def may_export(ctx: DeskContext) -> bool:
    """Whether the acting user's role may export (the export actions are hidden if not)."""
    return ctx.role is not None and may(ctx.role, Permission.EXPORT)


# -- reading a view ---------------------------------------------------------------------


def visible_columns(view: QTableView) -> list[int]:
    """The model's columns the view shows, in their on-screen order."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [column for column in logical if column >= 0 and not header.isSectionHidden(column)]


def column_titles(view: QTableView, columns: list[int]) -> tuple[str, ...]:
    """The headers of ``columns`` on one line each ("Next\\nreview" → "Next review")."""
    model = view.model()
    titles = []
    for column in columns:
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        titles.append(" ".join(str(title or "").split()))
    return tuple(titles)


def cell_of(index: QModelIndex) -> Cell:
    """One cell for a spreadsheet: the model's :data:`VALUE_ROLE`, else the displayed text
    (a day shown as ``2026-11-24`` as a day)."""
    value = index.data(VALUE_ROLE)
    if isinstance(value, date | int) and not isinstance(value, bool):
        return value
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return None
    text = str(text)
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


def table_from_view(view: QTableView, title: str) -> Table:
    """The list as ``view`` shows it: visible columns in on-screen order, rows in the
    order shown (a model that fetches more on demand is made to fetch everything)."""
    model = view.model()
    root = QModelIndex()
    while model.canFetchMore(root):
        model.fetchMore(root)
    columns = visible_columns(view)
    rows = [
        [cell_of(model.index(row, column)) for column in columns] for row in range(model.rowCount())
    ]
    return Table(title=title, headers=column_titles(view, columns), rows=rows)


# -- exporting ---------------------------------------------------------------------------


def suggested_path(ctx: DeskContext, what: str) -> Path:
    return Path.home() / f"privacy-desk-{what}-{ctx.today():%Y-%m-%d}.xlsx"


def export_view(
    parent: QWidget,
    ctx: DeskContext,
    view: QTableView,
    title: str,
    what: str,
    *,
    build: Callable[[], Table] | None = None,
) -> Path | None:
    """Ask for a file and export the list to it; the file's path, or None when the user
    cancels or names a file that is neither .xlsx nor .csv.

    ``title`` names the sheet and ``what`` the list in the audit trail. ``build`` makes
    the table instead of reading ``view`` (off the GUI thread, so it must not touch
    widgets). The file is written by a task: the path comes back at once, and success
    (or the error's sentence) is said when the task ends.
    """
    file_filter = ";;".join(
        (
            QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)"),
            QCoreApplication.translate("TableExport", "CSV file (*.csv)"),
        )
    )
    target = messages.choose_save_file(
        parent,
        QCoreApplication.translate("TableExport", "Export “%1”").replace("%1", title),
        suggested_path(ctx, what),
        file_filter,
    )
    if target is None:
        return None
    if not target.suffix:  # the file chooser does not always add one
        target = target.with_name(target.name + ".xlsx")
    try:
        table_format(target)  # a wrong name is said at once, not after reading the list
    except UserError as error:
        messages.error(parent, QCoreApplication.translate("TableExport", "Export"), str(error))
        return None
    make = build if build is not None else _ready(table_from_view(view, title))

    def work() -> int:
        return write_table(ctx, make(), target, what=what)

    def done(count: int) -> None:
        QGuiApplication.restoreOverrideCursor()
        if count == 1:
            text = QCoreApplication.translate("TableExport", "1 row written to %1.").replace(
                "%1", str(target)
            )
        else:
            text = (
                QCoreApplication.translate("TableExport", "%1 rows written to %2.")
                .replace("%1", f"{count:,}")
                .replace("%2", str(target))
            )
        messages.information(
            _alive(parent), QCoreApplication.translate("TableExport", "Export finished"), text
        )

    def failed(error: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        if isinstance(error, UserError):
            messages.error(
                _alive(parent), QCoreApplication.translate("TableExport", "Export"), str(error)
            )
            return
        raise error

    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    tasks.run_task(work, done, failed)
    return target


def _ready(table: Table) -> Callable[[], Table]:
    return lambda: table


def _alive(widget: QWidget) -> QWidget | None:
    """``widget`` while it still exists (a window may be closed while a task runs)."""
    return widget if isValid(widget) else None


def add_export_action(
    view: QTableView, ctx: DeskContext, title: Callable[[], str], what: str
) -> QAction | None:
    """Put "Export This List…" in ``view``'s context menu; None (and no menu) for a role
    that may not export. ``title`` is asked when the action runs."""
    if not may_export(ctx):
        return None
    action = QAction(QCoreApplication.translate("TableExport", "Export This List…"), view)
    action.triggered.connect(lambda: export_view(view, ctx, view, title(), what))
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action

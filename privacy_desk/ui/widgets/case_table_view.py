"""The case list's table view: it paints the rows on screen in one pass.

A ``QTableView`` paints each cell through its delegate, which asks the model for every
role of the cell: for the case list that is three calls into Python per cell (the
model's ``rowCount``, ``columnCount`` and ``multiData``) and a text layout, some 270
cells at every key typed into the search, a third of the time the list may take
(issue 9). This view paints what the style and the delegate would, from the rows'
looks the model keeps (:meth:`CaseTableModel.cells`), in one Python call: the
alternating and selected rows' panels, a row's tint, each cell's text in its colour,
font and alignment, elided as the delegate elides it, the grid, and the focus frame.

Anything else the view does (selection, keyboard, scrolling, tooltips, the header)
is ``QTableView``'s own. It paints as the Fusion style does, pixel for pixel, and only
under that style; under another, or with :attr:`fast_paint` set to False, it paints as a
plain ``QTableView`` does. The tests compare the two.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QTableView

from privacy_desk.ui.models.case_table_model import CaseTableModel

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_RIGHT = int(Qt.AlignmentFlag.AlignRight.value)
#: The styles whose item views this view paints as they would (by QStyle.name()).
_STYLES_PAINTED_ALIKE = frozenset({"fusion"})
#: Texts set remembered, at most (a screenful needs a few hundred).
_FITTED_KEPT = 4096


class _Fitted(NamedTuple):
    """A cell's text as set on one line."""

    text: str  # elided if it did not fit
    width: float
    ascent: float
    height: int


class CaseTableView(QTableView):
    """A ``QTableView`` for a :class:`CaseTableModel` that paints its rows itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: False: paint as ``QTableView`` does (for comparison).
        self.fast_paint = True
        self._fitted_texts: dict[tuple[str, int, bool], _Fitted] = {}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        if not self.paints_itself() or not isinstance(model, CaseTableModel):
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        try:
            self._paint_rows(painter, model, event.rect())
        finally:
            painter.end()

    def paints_itself(self) -> bool:
        """True when this view paints its rows: :attr:`fast_paint` is on, and the style
        paints item views as Qt's common style does (Fusion). Under another style (the
        Windows ones draw hover and rounded selections) the style paints them."""
        return self.fast_paint and self.style().name().lower() in _STYLES_PAINTED_ALIKE

    # -- painting ------------------------------------------------------------------

    def _paint_rows(self, painter: QPainter, model: CaseTableModel, area: QRect) -> None:
        first = self.rowAt(area.top())
        if first < 0:
            return  # no rows, or none down there: the viewport's own background
        last = self.rowAt(area.bottom())
        if last < 0:
            last = model.rowCount() - 1
        columns = self._columns_in(area)
        if not columns:
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        palette = option.palette
        group = self._colour_group()
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        grid = 1 if self.showGrid() else 0
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        height = self.verticalHeader().defaultSectionSize()
        cell_height = height - grid
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        selection = self.selectionModel()
        root = QModelIndex()
        font = self.font()
        alternating = self.alternatingRowColors()
        painter.setFont(font)
        for row in range(first, last + 1):
            cells = model.cells(row)
            if cells is None:
                continue
            top = self.rowViewportPosition(row)
            selected = selection is not None and selection.isRowSelected(row, root)
            if selected:
                painter.fillRect(left, top, right - left, cell_height, highlight)
            elif alternating and row % 2:
                painter.fillRect(left, top, right - left, cell_height, alternate)
            for column, x, width in columns:
                cell = cells[column]
                cell_width = width - grid
                if not selected:
                    tint = cell.get(_BACKGROUND)
                    if tint is not None:
                        painter.fillRect(x, top, cell_width, cell_height, tint)
                text = cell.get(_DISPLAY)
                if not text:
                    continue
                cell_font: QFont | None = cell.get(_FONT)
                if cell_font is not None:
                    painter.setFont(cell_font)
                room = cell_width - 2 * margin
                fitted = self._fitted(text, room, cell_font or font, cell_font is not None)
                colour: QColor | None = None if selected else cell.get(_FOREGROUND)
                painter.setPen(highlighted_text if selected else (colour or text_colour))
                left_edge = x + margin
                if cell[_ALIGNMENT] & _RIGHT:
                    left_edge += room - fitted.width
                # centred as QStyle.alignedRect centres the line, on its baseline
                baseline = top + (cell_height - fitted.height) // 2 + fitted.ascent
                painter.drawText(QPointF(left_edge, baseline), fitted.text)
                if cell_font is not None:
                    painter.setFont(font)
        if grid:
            self._paint_grid(painter, option, columns, first, last, height)
        self._paint_focus(painter, option, columns, first, last, cell_height)

    def _columns_in(self, area: QRect) -> list[tuple[int, int, int]]:
        """(column, left, width) of the columns shown in ``area``, left to right."""
        header = self.horizontalHeader()
        found = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            x = self.columnViewportPosition(column)
            width = header.sectionSize(column)
            if x + width > area.left() and x <= area.right():
                found.append((column, x, width))
        return found

    def _colour_group(self) -> QPalette.ColorGroup:
        if not self.isEnabled():
            return QPalette.ColorGroup.Disabled
        return QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive

    def _fitted(self, text: str, room: int, font: QFont, own_font: bool) -> _Fitted:
        """The text as the style sets it in ``room`` pixels: elided as the view elides it,
        and measured as a line (with the fonts that fill in for missing characters,
        whose heights the line takes). Remembered: a list shows the same texts again."""
        key = (text, room, own_font)
        found = self._fitted_texts.get(key)
        if found is None:
            if len(self._fitted_texts) >= _FITTED_KEPT:
                self._fitted_texts.clear()
            shown = QFontMetricsF(font).elidedText(text, self.textElideMode(), room)
            layout = QTextLayout(shown, font)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(room)
            layout.endLayout()
            found = _Fitted(shown, line.naturalTextWidth(), line.ascent(), round(line.height()))
            self._fitted_texts[key] = found
        return found

    def _paint_grid(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        columns: list[tuple[int, int, int]],
        first: int,
        last: int,
        height: int,
    ) -> None:
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        painter.setPen(QColor.fromRgba(hint & 0xFFFFFFFF))
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2] - 1
        top = self.rowViewportPosition(first)
        bottom = self.rowViewportPosition(last) + height - 1
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row) + height - 1
            painter.drawLine(left, y, right, y)
        for _column, x, width in columns:
            painter.drawLine(x + width - 1, top, x + width - 1, bottom)

    def _paint_focus(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        columns: list[tuple[int, int, int]],
        first: int,
        last: int,
        height: int,
    ) -> None:
        """The current cell's focus frame while the view has the focus, as the delegate
        draws it."""
        current = self.currentIndex()
        focused = self.hasFocus() or self.viewport().hasFocus()
        if not focused or not current.isValid() or not first <= current.row() <= last:
            return
        grid = 1 if self.showGrid() else 0
        for column, x, width in columns:
            if column != current.column():
                continue
            selection = self.selectionModel()
            selected = selection is not None and selection.isSelected(current)
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = QRect(x, self.rowViewportPosition(current.row()), width - grid, height)
            frame.state = (
                option.state
                | QStyle.StateFlag.State_HasFocus
                | QStyle.StateFlag.State_KeyboardFocusChange
                | QStyle.StateFlag.State_Item
            )
            if selected:
                frame.state |= QStyle.StateFlag.State_Selected
            role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
            frame.backgroundColor = option.palette.color(self._colour_group(), role)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, self
            )

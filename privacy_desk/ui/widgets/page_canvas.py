"""The document viewer's page widgets: the page list of thumbnails, and the page canvas.

The canvas shows one page: zoom, the display rotation, and areas marked to black out.

The stored image is never rotated; a page carries a rotation to show it with
(degrees clockwise). The canvas draws the stored pixels turned by that much, and
the areas the user drags out are kept as children of the page's picture, in the
stored image's own pixels: whatever the zoom and the rotation, :meth:`regions`
gives them back in the coordinates :func:`privacy_desk.services.documents.mask_regions`
expects.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from privacy_desk.scanning.masking import Region

MIN_ZOOM = 0.02
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
#: A drag shorter than this (screen pixels) is a click, not an area.
DRAG_THRESHOLD = 4
MARK_FILL = QColor(0, 0, 0, 150)
MARK_OUTLINE = QColor(220, 30, 30)
BACKGROUND = QColor(96, 96, 96)
THUMBNAIL_SIZE = 120
#: What Qt's item views put on the clipboard of a drag inside a list.
ITEM_LIST_MIME = "application/x-qabstractitemmodeldatalist"


def display_transform(width: int, height: int, rotation: int) -> QTransform:
    """Stored pixels → shown pixels: turned ``rotation`` degrees clockwise, top-left at 0, 0."""
    turn = QTransform().rotate(rotation % 360)
    bounds = turn.mapRect(QRectF(0, 0, width, height))
    return turn * QTransform.fromTranslate(-bounds.x(), -bounds.y())


def region_of(rect: QRectF) -> Region:
    """The smallest whole-pixel region that covers ``rect`` (stored-image pixels)."""
    left, top = math.floor(rect.left()), math.floor(rect.top())
    right, bottom = math.ceil(rect.right()), math.ceil(rect.bottom())
    return Region(left, top, right - left, bottom - top)


class _Mark(QGraphicsRectItem):
    """An area to black out: a see-through black box with a red outline."""

    def __init__(self, rect: QRectF, parent: QGraphicsItem) -> None:
        super().__init__(rect, parent)
        pen = QPen(MARK_OUTLINE, 2)
        pen.setCosmetic(True)  # two screen pixels at any zoom
        self.setPen(pen)
        self.setBrush(QBrush(MARK_FILL))

    def set_chosen(self, chosen: bool) -> None:
        pen = self.pen()
        pen.setWidth(4 if chosen else 2)
        pen.setStyle(Qt.PenStyle.DashLine if chosen else Qt.PenStyle.SolidLine)
        self.setPen(pen)


class PageCanvas(QGraphicsView):
    """Shows one page image, fitted to the window unless zoomed; marks areas in marking mode."""

    #: The zoom changed (:meth:`zoom` and :meth:`is_fitted` tell how).
    zoom_changed = Signal()
    #: An area was marked, removed or chosen.
    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._picture: QGraphicsPixmapItem | None = None
        self._size = (0, 0)
        self._rotation = 0
        self._fitted = True
        self._marking = False
        self._marks: list[_Mark] = []
        self._chosen: _Mark | None = None
        self._press_view: QPoint | None = None
        self._press_at: QPointF | None = None
        self._drawing: _Mark | None = None

    # -- the page ----------------------------------------------------------------------

    def set_page(self, image: QImage | None, rotation: int = 0) -> None:
        """Show ``image`` (stored pixels) turned by ``rotation``; marked areas are dropped."""
        self._end_drag()
        self._marks.clear()
        self._chosen = None
        self.scene().clear()
        self._picture = None
        self._size = (0, 0)
        if image is None or image.isNull():
            self.scene().setSceneRect(QRectF())
            self.marks_changed.emit()
            return
        self._picture = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self._picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._picture)
        self._size = (image.width(), image.height())
        self.set_rotation(rotation)
        self.marks_changed.emit()

    def clear_page(self) -> None:
        self.set_page(None)

    def has_page(self) -> bool:
        return self._picture is not None

    def image(self) -> QImage:
        """The page shown, in its stored pixels (a null image without a page)."""
        return self._picture.pixmap().toImage() if self._picture is not None else QImage()

    def image_size(self) -> tuple[int, int]:
        """The stored image's width and height (0, 0 without a page)."""
        return self._size

    def rotation(self) -> int:
        return self._rotation

    def set_rotation(self, rotation: int) -> None:
        """Turn the shown page; marked areas turn with it."""
        self._rotation = rotation % 360
        if self._picture is None:
            return
        self._picture.setTransform(display_transform(*self._size, self._rotation))
        self.scene().setSceneRect(self._picture.sceneBoundingRect())
        self._apply_zoom()

    # -- zoom ---------------------------------------------------------------------------

    def zoom(self) -> float:
        """Screen pixels per stored pixel."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        return self._fitted

    def fit(self) -> None:
        self._fitted = True
        self._apply_zoom()

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def set_zoom(self, factor: float) -> None:
        self._fitted = False
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor, factor))
        self.zoom_changed.emit()

    def _apply_zoom(self) -> None:
        if self._fitted:
            if self._picture is not None:
                self.resetTransform()
                self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._apply_zoom()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- marking areas to black out ------------------------------------------------------

    def is_marking(self) -> bool:
        return self._marking

    def set_marking(self, on: bool) -> None:
        """In marking mode a drag marks an area; otherwise it moves the page. Marks stay."""
        self._marking = on
        self._end_drag()
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        if on:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()

    def marks(self) -> list[QRectF]:
        """The marked areas in stored-image pixels, in the order they were drawn."""
        return [mark.rect() for mark in self._marks]

    def regions(self) -> list[Region]:
        """The marked areas as regions of the stored image, for ``mask_regions``."""
        return [region_of(rect) for rect in self.marks()]

    def add_mark(self, rect: QRectF) -> bool:
        """Mark an area given in stored-image pixels (cut to the page); False if nothing is left."""
        if self._picture is None:
            return False
        inside = rect.normalized().intersected(QRectF(0, 0, *self._size))
        if inside.width() < 1 or inside.height() < 1:
            return False
        self._marks.append(_Mark(inside, self._picture))
        self.marks_changed.emit()
        return True

    def chosen_mark(self) -> int | None:
        """The index of the mark clicked last, if any."""
        return None if self._chosen is None else self._marks.index(self._chosen)

    def choose_mark(self, index: int | None) -> None:
        if self._chosen is not None:
            self._chosen.set_chosen(False)
        self._chosen = None if index is None else self._marks[index]
        if self._chosen is not None:
            self._chosen.set_chosen(True)
        self.marks_changed.emit()

    def remove_mark(self) -> bool:
        """Remove the chosen mark, or else the last one drawn; False if there is none."""
        if not self._marks:
            return False
        mark = self._chosen or self._marks[-1]
        self._chosen = None
        self._marks.remove(mark)
        self.scene().removeItem(mark)
        self.marks_changed.emit()
        return True

    def clear_marks(self) -> None:
        for mark in self._marks:
            self.scene().removeItem(mark)
        self._marks.clear()
        self._chosen = None
        self.marks_changed.emit()

    def _stored_point(self, view_point: QPoint) -> QPointF:
        assert self._picture is not None
        point = self._picture.mapFromScene(self.mapToScene(view_point))
        width, height = self._size
        return QPointF(min(max(point.x(), 0.0), width), min(max(point.y(), 0.0), height))

    def _mark_under(self, view_point: QPoint) -> _Mark | None:
        for item in self.items(view_point):
            if isinstance(item, _Mark) and item is not self._drawing:
                return item
        return None

    def _end_drag(self) -> None:
        if self._drawing is not None:
            self.scene().removeItem(self._drawing)
        self._drawing = None
        self._press_view = None
        self._press_at = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._marking and self._picture is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._press_view = event.position().toPoint()
                self._press_at = self._stored_point(self._press_view)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press_view is not None and self._press_at is not None:
            here = event.position().toPoint()
            if self._drawing is None:
                if (here - self._press_view).manhattanLength() < DRAG_THRESHOLD:
                    event.accept()
                    return
                assert self._picture is not None
                self._drawing = _Mark(QRectF(self._press_at, self._press_at), self._picture)
            self._drawing.setRect(QRectF(self._press_at, self._stored_point(here)).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press_view is not None and self._press_at is not None:
            if event.button() != Qt.MouseButton.LeftButton:
                event.accept()
                return
            here = event.position().toPoint()
            dragged = (here - self._press_view).manhattanLength() >= DRAG_THRESHOLD
            area = QRectF(self._press_at, self._stored_point(here)).normalized()
            clicked = None if dragged else self._mark_under(here)
            self._end_drag()
            if dragged:
                self.add_mark(area)
            else:
                self.choose_mark(None if clicked is None else self._marks.index(clicked))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if (
            self._marking
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.remove_mark()
        ):
            event.accept()
            return
        super().keyPressEvent(event)


# -- the page list ---------------------------------------------------------------------


def thumbnail_icon(picture: QPixmap, rotation: int, scale: float = 1.0) -> QIcon:
    """A page's thumbnail turned as the page is shown, centred in a square with a page edge."""
    side = round(THUMBNAIL_SIZE * scale)
    square = QPixmap(side, side)
    square.fill(Qt.GlobalColor.transparent)
    if not picture.isNull():
        turned = picture.transformed(QTransform().rotate(rotation % 360))
        small = turned.scaled(
            side - 2,
            side - 2,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        left, top = (side - small.width()) // 2, (side - small.height()) // 2
        painter = QPainter(square)
        painter.drawPixmap(left, top, small)
        painter.setPen(QColor(150, 150, 150))
        painter.drawRect(left - 1, top - 1, small.width() + 1, small.height() + 1)
        painter.end()
    square.setDevicePixelRatio(scale)
    icon = QIcon(square)
    icon.addPixmap(square, QIcon.Mode.Selected)  # not tinted: the page stays readable
    return icon


class _ThumbnailDelegate(QStyledItemDelegate):
    """The page number under its picture, centred."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


class PageList(QListWidget):
    """The pages as thumbnails, one under the other. Dropping a dragged page asks to move it;
    the list itself changes nothing (the viewer moves the page in the database, then redraws).
    """

    #: (the dragged page's row, its new 0-based position)
    page_dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.setItemDelegate(_ThumbnailDelegate(self))
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFixedWidth(THUMBNAIL_SIZE + 48)
        self.set_reorderable(False)

    def set_reorderable(self, on: bool) -> None:
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if on
            else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def drop_row(self, point: QPoint) -> int:
        """Where a page dropped at ``point`` (viewport coordinates) goes: 0 … count."""
        index = self.indexAt(point)
        if not index.isValid():
            first = self.item(0)
            if first is not None and point.y() < self.visualItemRect(first).top():
                return 0
            return self.count()
        below = point.y() >= self.visualRect(index).center().y()
        return index.row() + (1 if below else 0)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        row = self.currentRow()
        if (
            self.dragDropMode() != QAbstractItemView.DragDropMode.InternalMove
            or event.source() not in (self, None)
            or not event.mimeData().hasFormat(ITEM_LIST_MIME)
            or row < 0
        ):
            event.ignore()
            return
        target = self.drop_row(event.position().toPoint())
        new_position = target - 1 if target > row else target
        # Accepted as "nothing to do here", so that Qt does not take the dragged row out.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.stopAutoScroll()
        self.viewport().update()
        if new_position != row:
            self.page_dropped.emit(row, new_position)

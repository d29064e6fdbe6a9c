"""The pages of one identity document: look at them, put them in order, turn and black out.

Every look at a page image is written to the audit trail
(:func:`privacy_desk.services.documents.page_image`), so the viewer fetches each
page once while it is open and keeps the bytes in memory (never on disk); closing
it forgets them. The thumbnails are fetched once as well: after a change they are
redrawn here from what the viewer already holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain import roles
from privacy_desk.domain.identity_documents import MaskRequirement
from privacy_desk.errors import UserError
from privacy_desk.scanning.masking import Region
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo, PageInfo
from privacy_desk.ui import labels, messages, tasks
from privacy_desk.ui.style import ERROR_STYLE, NOTE_STYLE
from privacy_desk.ui.widgets.page_canvas import PageCanvas, PageList, thumbnail_icon

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole
MARKING_BAR_STYLE = "QWidget#markingBar { background: #fff4e5; border: 1px solid #e0b070; }"


class DocumentViewer(QDialog):
    """The pages of one document; staff who may process cases also turn, order, black out
    and remove pages. Not modal: ``show()`` it; make a new one for each opening (closing
    forgets the images).
    """

    #: A page was turned, moved, blacked out or removed: lists of documents should re-read.
    changed = Signal()

    def __init__(self, ctx: DeskContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = document_id
        self.info: DocumentInfo | None = None
        self.may_edit = ctx.role is not None and roles.may(ctx.role, roles.Permission.PROCESS_CASES)
        self._images: dict[int, bytes] = {}  # page id → the stored image, fetched once
        self._thumbnails: dict[int, QPixmap] = {}  # page id → unturned thumbnail
        self._shown_id: int | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Document"))
        self.setSizeGripEnabled(True)

        self._build()
        self.finished.connect(self._forget_images)
        self._fit_to_screen()
        self._load()

    # -- building --------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[..., object], *shortcuts: str) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(key) for key in shortcuts]
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if keys:
            shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _build(self) -> None:
        self.canvas = PageCanvas()
        self.canvas.zoom_changed.connect(self._zoom_changed)
        self.canvas.marks_changed.connect(self._update_actions)
        self.rotate_left_action = self._action(
            self.tr("Rotate Left"), lambda: self.rotate(-1), "Ctrl+L"
        )
        self.rotate_right_action = self._action(
            self.tr("Rotate Right"), lambda: self.rotate(1), "Ctrl+R"
        )
        self.zoom_out_action = self._action(self.tr("Zoom Out"), self.canvas.zoom_out, "Ctrl+-")
        self.zoom_in_action = self._action(
            self.tr("Zoom In"), self.canvas.zoom_in, "Ctrl++", "Ctrl+="
        )
        self.actual_size_action = self._action(self.tr("100%"), self.canvas.actual_size, "Ctrl+1")
        self.fit_action = self._action(self.tr("Fit to Window"), self.canvas.fit, "Ctrl+0")
        self.marking_action = self._action(
            self.tr("Black Out Areas"), self._marking_toggled, "Ctrl+B"
        )
        self.marking_action.setCheckable(True)
        self.remove_action = self._action(self.tr("Remove Page…"), self.remove_page)
        self.previous_action = self._action(
            self.tr("Previous Page"), lambda: self.go_to_page(self.current_row() - 1), "PgUp"
        )
        self.next_action = self._action(
            self.tr("Next Page"), lambda: self.go_to_page(self.current_row() + 1), "PgDown"
        )
        self.move_up_action = self._action(
            self.tr("Move Up"), lambda: self.move_current_page(-1), "Alt+Up"
        )
        self.move_down_action = self._action(
            self.tr("Move Down"), lambda: self.move_current_page(1), "Alt+Down"
        )

        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editing_tools = QWidget()
        editing = QHBoxLayout(self.editing_tools)
        editing.setContentsMargins(0, 0, 0, 0)
        for action in (self.rotate_left_action, self.rotate_right_action):
            editing.addWidget(self._button(action))
        editing.addSpacing(16)
        tools = QHBoxLayout()
        tools.addWidget(self.editing_tools)
        for action in (self.zoom_out_action, self.zoom_in_action):
            tools.addWidget(self._button(action))
        tools.addWidget(self.zoom_label)
        for action in (self.actual_size_action, self.fit_action):
            tools.addWidget(self._button(action))
        tools.addStretch(1)
        self.marking_button = self._button(self.marking_action)
        self.remove_button = self._button(self.remove_action)
        tools.addWidget(self.marking_button)
        tools.addSpacing(16)
        tools.addWidget(self.remove_button)

        self.requirements_label = QLabel()
        self.requirements_label.setWordWrap(True)
        self.requirements_label.setStyleSheet(NOTE_STYLE)
        self.requirements_label.hide()

        self.marking_bar = QWidget()
        self.marking_bar.setObjectName("markingBar")
        self.marking_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.marking_bar.setStyleSheet(MARKING_BAR_STYLE)
        self.marking_hint = QLabel(
            self.tr(
                "Drag over each area to black out. Click an area to choose it; Delete removes "
                "the chosen area, Esc the last one."
            )
        )
        self.marking_hint.setWordWrap(True)
        self.remove_mark_button = QPushButton(self.tr("Remove Area"))
        self.remove_mark_button.clicked.connect(self.canvas.remove_mark)
        self.clear_marks_button = QPushButton(self.tr("Clear"))
        self.clear_marks_button.clicked.connect(self.canvas.clear_marks)
        self.apply_button = QPushButton(self.tr("Apply…"))
        self.apply_button.clicked.connect(self.apply_marks)
        for button in (self.remove_mark_button, self.clear_marks_button, self.apply_button):
            button.setAutoDefault(False)
        marking = QHBoxLayout(self.marking_bar)
        marking.setContentsMargins(8, 6, 8, 6)
        marking.addWidget(self.marking_hint, 1)
        marking.addWidget(self.remove_mark_button)
        marking.addWidget(self.clear_marks_button)
        marking.addWidget(self.apply_button)
        self.marking_bar.hide()

        self.page_list = PageList()
        self.page_list.currentRowChanged.connect(self._row_chosen)
        self.page_list.page_dropped.connect(self._move_page)
        self.move_up_button = self._button(self.move_up_action)
        self.move_down_button = self._button(self.move_down_action)
        self.order_tools = QWidget()
        order = QHBoxLayout(self.order_tools)
        order.setContentsMargins(0, 0, 0, 0)
        order.addWidget(self.move_up_button)
        order.addWidget(self.move_down_button)
        side = QVBoxLayout()
        side.addWidget(self.page_list, 1)
        side.addWidget(self.order_tools)

        middle = QHBoxLayout()
        middle.addLayout(side)
        middle.addWidget(self.canvas, 1)

        self.status_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label)
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(tools)
        layout.addWidget(self.requirements_label)
        layout.addWidget(self.marking_bar)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

        self._apply_permissions()

    def _apply_permissions(self) -> None:
        """What a role may not do is not shown."""
        for widget in (
            self.editing_tools,
            self.marking_button,
            self.remove_button,
            self.order_tools,
        ):
            widget.setVisible(self.may_edit)
        self.page_list.set_reorderable(self.may_edit)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1100, 800
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        try:
            info = documents.get_document(self.ctx, self.document_id)
        except UserError as error:
            self.show_error(str(error))
            self._update_actions()
            return
        self.info = info
        self.setWindowTitle(
            self.tr("%1 — %2")
            .replace("%1", labels.document_type(info.doc_type))
            .replace("%2", info.reference)
        )
        self._show_requirements(info)
        if info.disposed:
            self.may_edit = False
            self._apply_permissions()
        try:
            pictures = documents.thumbnails(self.ctx, self.document_id)
        except UserError as error:
            self.show_error(str(error))
            self._update_actions()
            return
        for page, data in zip(info.pages, pictures, strict=False):
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self._thumbnails[page.id] = pixmap
        self._fill_list(info.pages[0].id if info.pages else None)

    def _show_requirements(self, info: DocumentInfo) -> None:
        required = set(info.doc_type.masks)
        if info.shows_individual_number:
            required.add(MaskRequirement.INDIVIDUAL_NUMBER)
        names = [labels.mask_requirement(m) for m in MaskRequirement if m in required]
        self.requirements_label.setText(self.tr("Cover: %1").replace("%1", ", ".join(names)))
        self.requirements_label.setVisible(bool(names))

    def _reload_info(self, keep_page: int | None) -> None:
        """Read the document again (not a view) and redraw the list around ``keep_page``."""
        try:
            self.info = documents.get_document(self.ctx, self.document_id)
        except UserError as error:
            self.show_error(str(error))
            return
        self._fill_list(keep_page)

    def _fill_list(self, current_page: int | None) -> None:
        pages = self.pages()
        scale = self.page_list.devicePixelRatioF()
        self.page_list.blockSignals(True)
        self.page_list.clear()
        chosen = 0
        for row, page in enumerate(pages):
            text = self.tr("Page %1").replace("%1", str(page.position + 1))
            if page.masked:
                text = self.tr("%1 · masked").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(PAGE_ID_ROLE, page.id)
            thumbnail = self._thumbnails.get(page.id, QPixmap())
            item.setIcon(thumbnail_icon(thumbnail, page.rotation, scale))
            self.page_list.addItem(item)
            if page.id == current_page:
                chosen = row
        if pages:
            self.page_list.setCurrentRow(chosen)
        self.page_list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        page = self.current_page()
        if page is None:
            self._shown_id = None
            self.canvas.clear_page()
        elif page.id != self._shown_id:
            data = self._image(page)
            self._shown_id = page.id
            image = QImage.fromData(data) if data is not None else QImage()
            if data is not None and image.isNull():
                self.show_error(self.tr("This page's image cannot be read."))
            self.canvas.set_page(image, page.rotation)
        elif page.rotation != self.canvas.rotation():
            self.canvas.set_rotation(page.rotation)
        self._update_status()
        self._update_actions()

    def _image(self, page: PageInfo) -> bytes | None:
        """The page's stored image: fetched (and audited) only the first time."""
        if page.id not in self._images:
            try:
                _info, data = documents.page_image(self.ctx, page.id)
            except UserError as error:
                self.show_error(str(error))
                return None
            self._images[page.id] = data
        return self._images[page.id]

    def _forget_images(self) -> None:
        self._images.clear()
        self._thumbnails.clear()
        self._shown_id = None
        self.canvas.clear_page()

    # -- what is shown -----------------------------------------------------------------

    def pages(self) -> tuple[PageInfo, ...]:
        """The document's pages in order (as last read)."""
        return self.info.pages if self.info is not None else ()

    def current_row(self) -> int:
        return self.page_list.currentRow()

    def current_page(self) -> PageInfo | None:
        row = self.current_row()
        pages = self.pages()
        return pages[row] if 0 <= row < len(pages) else None

    def go_to_page(self, row: int) -> None:
        """Show the page at ``row`` (0-based) if there is one."""
        if 0 <= row < self.page_list.count():
            self.page_list.setCurrentRow(row)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update_status(self) -> None:
        page = self.current_page()
        if page is None:
            self.status_label.setText("")
            return
        parts = [
            self.tr("Page %1 of %2")
            .replace("%1", str(page.position + 1))
            .replace("%2", str(len(self.pages()))),
            self.tr("%1 dpi").replace("%1", str(page.dpi)),
        ]
        if page.masked:
            parts.append(self.tr("masked"))
        self.status_label.setText(" · ".join(parts))

    def _update_actions(self) -> None:
        row, count = self.current_row(), self.page_list.count()
        shown = self.canvas.has_page() and not self._busy
        edit = shown and self.may_edit
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(shown)
        self.actual_size_action.setEnabled(shown)
        self.fit_action.setEnabled(shown)
        self.rotate_left_action.setEnabled(edit)
        self.rotate_right_action.setEnabled(edit)
        self.marking_action.setEnabled(edit)
        self.remove_action.setEnabled(edit)
        self.move_up_action.setEnabled(edit and row > 0)
        self.move_down_action.setEnabled(edit and 0 <= row < count - 1)
        self.previous_action.setEnabled(not self._busy and row > 0)
        self.next_action.setEnabled(not self._busy and 0 <= row < count - 1)
        self.page_list.setEnabled(not self._busy)
        marks = bool(self.canvas.marks()) and not self._busy
        self.remove_mark_button.setEnabled(marks)
        self.clear_marks_button.setEnabled(marks)
        self.apply_button.setEnabled(marks)

    def _zoom_changed(self) -> None:
        self.zoom_label.setText(f"{round(self.canvas.zoom() * 100)}%")

    # -- choosing a page ----------------------------------------------------------------

    def _discard_marks(self, question: str = "") -> bool:
        """True when there are no unapplied marks or the user lets them go."""
        if not self.canvas.marks():
            return True
        question = question or self.tr(
            "The marked areas have not been blacked out yet. Discard them?"
        )
        if not messages.confirm(self, self.tr("Black Out Areas"), question):
            return False
        self.canvas.clear_marks()
        return True

    def _row_chosen(self, row: int) -> None:
        page = self.current_page()
        if page is not None and page.id != self._shown_id and not self._discard_marks():
            back = next((n for n, p in enumerate(self.pages()) if p.id == self._shown_id), row)
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(back)
            self.page_list.blockSignals(False)
            return
        self.show_error("")
        self._show_current()

    # -- changes ------------------------------------------------------------------------

    def _changed(self, keep_page: int | None) -> None:
        self.show_error("")
        self.changed.emit()
        self._reload_info(keep_page)

    def rotate(self, quarter_turns: int) -> None:
        """Turn the shown page (clockwise quarter turns) and keep it so."""
        page = self.current_page()
        if page is None or not self.may_edit or self._busy:
            return
        try:
            documents.rotate_page(self.ctx, page.id, quarter_turns)
        except UserError as error:
            self.show_error(str(error))
            return
        self._changed(page.id)

    def move_current_page(self, steps: int) -> None:
        """Move the shown page up (-1) or down (+1) in the document."""
        row = self.current_row()
        self._move_page(row, row + steps)

    def _move_page(self, row: int, new_position: int) -> None:
        pages = self.pages()
        if (
            not self.may_edit
            or self._busy
            or not 0 <= row < len(pages)
            or not 0 <= new_position < len(pages)
            or new_position == row
        ):
            return
        page = pages[row]
        if page.id != self._shown_id and not self._discard_marks():
            return
        try:
            documents.move_page(self.ctx, page.id, new_position)
        except UserError as error:
            self.show_error(str(error))
            return
        self._changed(page.id)

    def remove_page(self) -> None:
        page = self.current_page()
        if page is None or not self.may_edit or self._busy:
            return
        if not messages.confirm(
            self,
            self.tr("Remove Page"),
            self.tr(
                "Remove page %1 from this document? The page's image is deleted for good."
            ).replace("%1", str(page.position + 1)),
        ):
            return
        try:
            documents.remove_page(self.ctx, page.id)
        except UserError as error:
            self.show_error(str(error))
            return
        row = self.current_row()
        self._images.pop(page.id, None)
        self._thumbnails.pop(page.id, None)
        pages = self.pages()
        neighbour = pages[row + 1] if row + 1 < len(pages) else pages[row - 1]
        self._changed(neighbour.id)

    # -- blacking out ---------------------------------------------------------------------

    def _marking_toggled(self, on: bool) -> None:
        if not on and not self._discard_marks():
            self.marking_action.setChecked(True)
            return
        self.set_marking(on)

    def set_marking(self, on: bool) -> None:
        """Switch the marking mode (the button's state follows)."""
        on = on and self.may_edit
        self.marking_action.setChecked(on)
        self.canvas.set_marking(on)
        self.marking_bar.setVisible(on)
        if on:
            self.canvas.setFocus()
        self._update_actions()

    def apply_marks(self) -> None:
        """Black out the marked areas in the stored image, after a confirmation."""
        page = self.current_page()
        regions: list[Region] = self.canvas.regions()
        if page is None or not regions or not self.may_edit or self._busy:
            return
        if not messages.confirm(
            self,
            self.tr("Black Out Areas"),
            self.tr(
                "The covered areas are replaced with black in the stored image; "
                "this cannot be undone."
            ),
        ):
            return
        ctx, page_id = self.ctx, page.id

        def work() -> bytes:
            documents.mask_regions(ctx, page_id, regions)
            return documents.page_image(ctx, page_id)[1]  # a new view of the new pixels

        self._set_busy(True)
        self.status_label.setText(self.tr("Blacking out…"))
        tasks.run_task(
            work,
            lambda data: self._masked(page_id, data),
            self._mask_failed,
        )

    def _masked(self, page_id: int, data: bytes) -> None:
        self._set_busy(False)
        self._images[page_id] = data
        image = QImage.fromData(data)
        if not image.isNull():
            self._thumbnails[page_id] = QPixmap.fromImage(
                image.scaled(
                    200,
                    200,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self._shown_id = None  # show the new pixels
        self.set_marking(False)
        self._changed(page_id)

    def _mask_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._update_status()
        if not isinstance(error, UserError):
            raise error
        self.show_error(str(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_actions()

    def is_busy(self) -> bool:
        return self._busy

    # -- keys and closing --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.canvas.is_marking() and event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
        ):
            if event.key() == Qt.Key.Key_Escape and self.canvas.chosen_mark() is not None:
                self.canvas.choose_mark(None)  # Esc takes the last one, not the chosen one
            if self.canvas.remove_mark() or event.key() != Qt.Key.Key_Escape:
                event.accept()
                return
            self.set_marking(False)  # Esc with nothing marked leaves the marking mode
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._busy:  # the masking finishes either way; its result is shown
            return
        if not self._discard_marks(
            self.tr("The marked areas have not been blacked out. Close without blacking them out?")
        ):
            return
        super().reject()

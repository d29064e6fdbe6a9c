"""The page viewer of an identity document: pages, order, rotation, blacking out, removal."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from PIL import Image, ImageStat
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain import roles
from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.roles import Permission, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo
from privacy_desk.store.models import AuditEntry, Document, DocumentPage
from privacy_desk.ui.dialogs.document_viewer import DocumentViewer
from privacy_desk.ui.widgets.page_canvas import ITEM_LIST_MIME, PageCanvas
from tests.helpers.cases import log_case
from tests.helpers.documents import small_page
from tests.ui.conftest import Messages

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
WIDTH, HEIGHT = 620, 877  # small_page's stored pixels

Opener = Callable[[DocumentInfo], DocumentViewer]


# -- helpers ---------------------------------------------------------------------------


@pytest.fixture
def document(desk: DeskContext) -> DocumentInfo:
    """A health insurance card copy of three synthetic pages."""
    reference = log_case(desk)
    pages = [small_page(1), small_page(2), small_page(3)]
    return documents.add_document(desk, reference, DocumentType.HEALTH_INSURANCE, pages)


@pytest.fixture
def open_viewer(qtbot: QtBot, desk: DeskContext, shown: Messages) -> Opener:
    """Opens a shown, active viewer; ``shown`` answers its questions."""

    def opener(document: DocumentInfo) -> DocumentViewer:
        viewer = DocumentViewer(desk, document.id)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitExposed(viewer)
        viewer.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
        return viewer

    return opener


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key on whatever has the cursor (shortcuts act on the active window)."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def views(desk: DeskContext) -> list[int | None]:
    """The audited looks at images: the page number, None for the thumbnails."""
    with desk.db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.view").order_by(AuditEntry.id)
        ).all()
        return [json.loads(entry.details).get("page") for entry in entries]


def stored_bytes(desk: DeskContext, page_id: int) -> bytes:
    with desk.db.read() as session:
        data = session.scalar(select(DocumentPage.image).where(DocumentPage.id == page_id))
    assert data is not None
    return data


def stored_image(desk: DeskContext, page_id: int) -> Image.Image:
    return Image.open(io.BytesIO(stored_bytes(desk, page_id))).convert("L")


def page_ids(desk: DeskContext, document: DocumentInfo) -> list[int]:
    return [page.id for page in documents.get_document(desk, document.id).pages]


def drag(qtbot: QtBot, canvas: PageCanvas, start: QPointF, end: QPointF) -> None:
    """Drag the mouse across the canvas between two points of the page as shown."""
    viewport = canvas.viewport()
    a, b = canvas.mapFromScene(start), canvas.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, NONE, a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, NONE, b)


def wheel(canvas: PageCanvas, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = canvas.viewport()
    at = QPointF(viewport.rect().center())
    event = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def shown_page_id(viewer: DocumentViewer) -> int:
    page = viewer.current_page()
    assert page is not None
    return page.id


def list_texts(viewer: DocumentViewer) -> list[str]:
    return [viewer.page_list.item(row).text() for row in range(viewer.page_list.count())]


def error_shown(viewer: DocumentViewer) -> str:
    return viewer.error_label.text() if viewer.error_label.isVisible() else ""


# -- looking at pages ---------------------------------------------------------------------


def test_pages_are_listed_and_shown_one_at_a_time(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    viewer = open_viewer(document)

    assert viewer.windowTitle() == (
        f"Health insurance card or eligibility certificate — {document.reference}"
    )
    assert list_texts(viewer) == ["Page 1", "Page 2", "Page 3"]
    assert viewer.status_label.text() == "Page 1 of 3 · 75 dpi"
    assert viewer.canvas.image() == QImage.fromData(stored_bytes(desk, document.pages[0].id))
    assert viewer.requirements_label.isVisible()
    assert viewer.requirements_label.text() == (
        "Cover: Insurer number, Insured person's symbol and number, QR code"
    )

    viewer.page_list.setCurrentRow(1)
    assert viewer.status_label.text() == "Page 2 of 3 · 75 dpi"
    assert viewer.canvas.image() == QImage.fromData(stored_bytes(desk, document.pages[1].id))

    viewer.page_list.setCurrentRow(0)
    viewer.page_list.setFocus()
    press(qtbot, Qt.Key.Key_PageDown)  # one page on, not one screenful of the list
    assert viewer.current_page() == document.pages[1]
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)  # no page after the last
    assert viewer.current_page() == document.pages[2]
    viewer.canvas.setFocus()
    press(qtbot, Qt.Key.Key_PageUp)
    assert viewer.current_page() == document.pages[1]
    press(qtbot, Qt.Key.Key_PageUp)
    assert viewer.status_label.text() == "Page 1 of 3 · 75 dpi"
    assert viewer.canvas.image() == QImage.fromData(stored_bytes(desk, document.pages[0].id))


def test_a_type_with_nothing_to_cover_shows_no_note(desk: DeskContext, open_viewer: Opener) -> None:
    reference = log_case(desk)
    licence = documents.add_document(desk, reference, DocumentType.DRIVERS_LICENSE, [small_page()])
    viewer = open_viewer(licence)
    assert viewer.windowTitle() == f"Driver's license — {reference}"
    assert not viewer.requirements_label.isVisible()
    assert viewer.status_label.text() == "Page 1 of 1 · 75 dpi"


def test_each_page_image_is_fetched_once_while_the_viewer_is_open(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    viewer = open_viewer(document)
    assert views(desk) == [None, 1]  # the thumbnails, the first page

    for row in (1, 2, 0, 1, 2, 0):
        viewer.go_to_page(row)
    viewer.rotate(1)
    viewer.move_current_page(1)
    assert views(desk) == [None, 1, 2, 3]

    viewer.close()
    assert not viewer.isVisible()
    assert not viewer.canvas.has_page()  # the images are forgotten

    again = open_viewer(document)  # a new session is a new look
    again.go_to_page(2)
    assert views(desk) == [None, 1, 2, 3, None, 1, 3]


def test_zoom_fits_the_window_by_default_and_follows_the_keys(
    qtbot: QtBot, document: DocumentInfo, open_viewer: Opener
) -> None:
    viewer = open_viewer(document)
    canvas = viewer.canvas
    fitted = canvas.zoom()
    assert canvas.is_fitted()
    assert canvas.viewport().height() * 0.9 < HEIGHT * fitted <= canvas.viewport().height()
    assert viewer.zoom_label.text() == f"{round(fitted * 100)}%"

    canvas.setFocus()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert canvas.zoom() == pytest.approx(fitted * 1.25)
    assert not canvas.is_fitted()
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert canvas.zoom() == pytest.approx(fitted / 1.25)
    wheel(canvas, 2, CTRL)
    assert canvas.zoom() == pytest.approx(fitted * 1.25)
    wheel(canvas, -1, NONE)  # without Ctrl the wheel scrolls
    assert canvas.zoom() == pytest.approx(fitted * 1.25)
    viewer.actual_size_action.trigger()
    assert canvas.zoom() == 1.0
    assert viewer.zoom_label.text() == "100%"
    viewer.fit_action.trigger()
    assert canvas.zoom() == pytest.approx(fitted)


# -- changes -------------------------------------------------------------------------------


def test_rotating_turns_the_shown_page_and_is_kept(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    viewer = open_viewer(document)
    page = document.pages[0]
    assert (viewer.canvas.sceneRect().width(), viewer.canvas.sceneRect().height()) == (
        WIDTH,
        HEIGHT,
    )

    with qtbot.waitSignal(viewer.changed):
        viewer.rotate_right_action.trigger()
    assert documents.get_document(desk, document.id).pages[0].rotation == 90
    rect = viewer.canvas.sceneRect()
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (0, 0, HEIGHT, WIDTH)

    viewer.canvas.setFocus()
    press(qtbot, Qt.Key.Key_L, CTRL)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert documents.get_document(desk, document.id).pages[0].rotation == 270
    assert viewer.canvas.rotation() == 270
    assert shown_page_id(viewer) == page.id
    # The thumbnail is turned as well: it is wider than tall in its square.
    icon = viewer.page_list.item(0).icon().pixmap(120, 120).toImage()
    assert icon.pixelColor(60, 5).alpha() == 0  # above the turned page: nothing
    assert icon.pixelColor(5, 60).alpha() == 255


def test_move_buttons_and_keys_reorder_the_pages(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    first, second, third = (page.id for page in document.pages)
    viewer = open_viewer(document)
    assert not viewer.move_up_action.isEnabled()

    with qtbot.waitSignal(viewer.changed):
        qtbot.mouseClick(viewer.move_down_button, Qt.MouseButton.LeftButton)
    assert page_ids(desk, document) == [second, first, third]
    assert shown_page_id(viewer) == first
    assert viewer.status_label.text() == "Page 2 of 3 · 75 dpi"
    assert viewer.canvas.image() == QImage.fromData(stored_bytes(desk, first))

    viewer.page_list.setFocus()
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert page_ids(desk, document) == [second, third, first]
    assert not viewer.move_down_action.isEnabled()
    viewer.move_up_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the button, from the keyboard
    assert page_ids(desk, document) == [second, first, third]


def _drop(viewer: DocumentViewer, row: int, lower_half: bool) -> None:
    """What the list receives when the dragged page is let go over ``row``.

    Handed to the list directly: Qt routes a drop event only to the target of a drag
    in progress, and a real drag runs its own event loop.
    """
    pages = viewer.page_list
    rect = pages.visualRect(pages.model().index(row, 0))
    point = rect.center() + QPoint(0, rect.height() // 4 if lower_half else -rect.height() // 4)
    data = pages.model().mimeData([pages.model().index(pages.currentRow(), 0)])
    assert data.hasFormat(ITEM_LIST_MIME)
    event = QDropEvent(
        QPointF(point), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, NONE
    )
    pages.dropEvent(event)


def test_dropping_a_page_elsewhere_in_the_list_moves_it(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    first, second, third = (page.id for page in document.pages)
    viewer = open_viewer(document)

    with qtbot.waitSignal(viewer.changed):
        _drop(viewer, 2, lower_half=True)  # page 1 under page 3
    assert page_ids(desk, document) == [second, third, first]
    assert viewer.page_list.count() == 3
    assert list_texts(viewer) == ["Page 1", "Page 2", "Page 3"]
    assert shown_page_id(viewer) == first

    _drop(viewer, 0, lower_half=False)  # and back above the first
    assert page_ids(desk, document) == [first, second, third]

    with qtbot.assertNotEmitted(viewer.changed):
        _drop(viewer, 0, lower_half=True)  # onto itself: nothing moves
    assert page_ids(desk, document) == [first, second, third]


def test_removing_a_page_asks_first(
    qtbot: QtBot,
    desk: DeskContext,
    document: DocumentInfo,
    open_viewer: Opener,
    shown: Messages,
) -> None:
    first, second, third = (page.id for page in document.pages)
    viewer = open_viewer(document)
    viewer.go_to_page(1)

    shown.confirm_answer = False
    with qtbot.assertNotEmitted(viewer.changed):
        viewer.remove_action.trigger()
    assert page_ids(desk, document) == [first, second, third]

    shown.confirm_answer = True
    with qtbot.waitSignal(viewer.changed):
        viewer.remove_action.trigger()
    assert page_ids(desk, document) == [first, third]
    assert list_texts(viewer) == ["Page 1", "Page 2"]
    assert shown_page_id(viewer) == third
    assert viewer.status_label.text() == "Page 2 of 2 · 75 dpi"


def test_the_last_page_is_not_removed_and_the_reason_is_shown(
    qtbot: QtBot, desk: DeskContext, open_viewer: Opener
) -> None:
    reference = log_case(desk)
    licence = documents.add_document(desk, reference, DocumentType.DRIVERS_LICENSE, [small_page()])
    viewer = open_viewer(licence)
    with qtbot.assertNotEmitted(viewer.changed):
        viewer.remove_action.trigger()
    assert error_shown(viewer) == "This is the document's only page; remove the document instead."
    assert len(documents.get_document(desk, licence.id).pages) == 1
    viewer.rotate(1)  # the next change clears the sentence
    assert error_shown(viewer) == ""


def test_a_destroyed_copy_shows_why_there_is_nothing_to_see(
    desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    with desk.db.write() as session:
        stored = session.get(Document, document.id)
        assert stored is not None
        stored.disposed_at = "2026-11-20T09:00:00+00:00"
    viewer = open_viewer(document)
    assert error_shown(viewer) == (
        f"This copy of case {document.reference} was destroyed on 2026-11-20; "
        "only the record of it is kept."
    )
    assert viewer.page_list.count() == 0
    assert not viewer.canvas.has_page()
    assert not viewer.marking_button.isVisible() and not viewer.zoom_in_action.isEnabled()
    assert views(desk) == []


# -- blacking out --------------------------------------------------------------------------


def test_an_area_drawn_on_a_turned_page_is_blacked_out_where_it_lies_in_the_stored_image(
    qtbot: QtBot, desk: DeskContext, document: DocumentInfo, open_viewer: Opener
) -> None:
    page_id = document.pages[0].id
    viewer = open_viewer(document)
    viewer.rotate(1)  # shown turned 90° clockwise: stored (x, y) is shown at (HEIGHT - y, x)
    views_before = len(views(desk))
    viewer.marking_action.trigger()
    assert viewer.marking_bar.isVisible()

    # Shown area x 100…300, y 60…160 → stored x 60…160, y HEIGHT-300 … HEIGHT-100.
    drag(qtbot, viewer.canvas, QPointF(100, 60), QPointF(300, 160))
    [region] = viewer.canvas.regions()
    assert region.left == pytest.approx(60, abs=3)
    assert region.top == pytest.approx(HEIGHT - 300, abs=3)
    assert region.width == pytest.approx(100, abs=4)
    assert region.height == pytest.approx(200, abs=4)

    with qtbot.waitSignal(viewer.changed):
        viewer.apply_button.click()

    image = stored_image(desk, page_id)
    covered = image.crop((66, HEIGHT - 294, 154, HEIGHT - 106))
    assert ImageStat.Stat(covered).extrema[0][1] < 40  # black through and through
    # Where the area would lie had the rotation been ignored, and far away: untouched.
    unturned = image.crop((100, 60, 300, 160))
    assert ImageStat.Stat(unturned).mean[0] > 150
    beside = image.crop((200, HEIGHT - 300, 300, HEIGHT - 100))
    assert ImageStat.Stat(beside).mean[0] > 150

    page = documents.get_document(desk, document.id).pages[0]
    assert page.masked and page.rotation == 90
    assert viewer.status_label.text() == "Page 1 of 3 · 75 dpi · masked"
    assert list_texts(viewer)[0] == "Page 1 · masked"
    assert viewer.canvas.image() == QImage.fromData(stored_bytes(desk, page_id))
    assert viewer.canvas.regions() == []
    assert not viewer.marking_action.isChecked()
    assert len(views(desk)) == views_before + 1  # the new pixels, looked at once


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot,
    desk: DeskContext,
    document: DocumentInfo,
    open_viewer: Opener,
    shown: Messages,
) -> None:
    page_id = document.pages[0].id
    before = stored_bytes(desk, page_id)
    viewer = open_viewer(document)
    viewer.set_marking(True)
    drag(qtbot, viewer.canvas, QPointF(50, 50), QPointF(200, 120))

    shown.confirm_answer = False
    with qtbot.assertNotEmitted(viewer.changed):
        viewer.apply_button.click()
    assert stored_bytes(desk, page_id) == before
    assert not documents.get_document(desk, document.id).pages[0].masked
    assert len(viewer.canvas.regions()) == 1  # still there to adjust or apply


def test_a_refused_masking_is_told_and_the_areas_stay(
    qtbot: QtBot,
    desk: DeskContext,
    document: DocumentInfo,
    open_viewer: Opener,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object) -> None:
        raise InvalidInput("The database is busy; try again.")

    monkeypatch.setattr(documents, "mask_regions", refuse)
    viewer = open_viewer(document)
    viewer.set_marking(True)
    drag(qtbot, viewer.canvas, QPointF(50, 50), QPointF(200, 120))
    with qtbot.assertNotEmitted(viewer.changed):
        viewer.apply_button.click()
    assert error_shown(viewer) == "The database is busy; try again."
    assert not viewer.is_busy() and viewer.apply_button.isEnabled()
    assert len(viewer.canvas.regions()) == 1
    assert viewer.status_label.text() == "Page 1 of 3 · 75 dpi"


def test_marked_areas_can_be_taken_back_before_applying(
    qtbot: QtBot, document: DocumentInfo, open_viewer: Opener, shown: Messages
) -> None:
    viewer = open_viewer(document)
    canvas = viewer.canvas
    assert not viewer.apply_button.isEnabled()
    viewer.set_marking(True)
    drag(qtbot, canvas, QPointF(20, 20), QPointF(120, 80))
    drag(qtbot, canvas, QPointF(200, 300), QPointF(400, 360))
    drag(qtbot, canvas, QPointF(300, 500), QPointF(500, 600))
    assert len(canvas.regions()) == 3
    assert viewer.apply_button.isEnabled()
    first, second, _third = canvas.marks()

    # A click chooses an area; Delete removes it.
    middle = canvas.mapFromScene(QPointF(300, 330))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, NONE, middle)
    assert canvas.chosen_mark() == 1
    canvas.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert canvas.marks()[0] == first and len(canvas.marks()) == 2
    # Esc removes the last one drawn; the viewer stays open.
    press(qtbot, Qt.Key.Key_Escape)
    assert canvas.marks() == [first]
    assert viewer.isVisible()
    drag(qtbot, canvas, QPointF(200, 300), QPointF(400, 360))
    assert canvas.marks() == [first, second]
    viewer.clear_marks_button.click()
    assert canvas.marks() == []
    assert not viewer.apply_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)  # with nothing marked, Esc leaves the marking mode
    assert not canvas.is_marking() and not viewer.marking_bar.isVisible()
    assert viewer.isVisible()


def test_unapplied_areas_are_not_dropped_without_asking(
    qtbot: QtBot, document: DocumentInfo, open_viewer: Opener, shown: Messages
) -> None:
    viewer = open_viewer(document)
    viewer.set_marking(True)
    drag(qtbot, viewer.canvas, QPointF(20, 20), QPointF(120, 80))

    shown.confirm_answer = False
    viewer.go_to_page(1)
    assert viewer.current_page() == document.pages[0]
    assert len(viewer.canvas.marks()) == 1
    viewer.close()
    assert viewer.isVisible()

    shown.confirm_answer = True
    viewer.go_to_page(1)
    assert viewer.current_page() == document.pages[1]
    assert viewer.canvas.marks() == []


# -- who may change pages -----------------------------------------------------------------


def test_a_role_that_may_not_process_cases_only_looks(
    qtbot: QtBot,
    desk: DeskContext,
    document: DocumentInfo,
    open_viewer: Opener,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every role may process cases today; a role that may not is made up here.
    monkeypatch.setattr(
        roles, "may", lambda _role, permission: permission is not Permission.PROCESS_CASES
    )
    desk.role = Role.STAFF
    viewer = open_viewer(document)

    assert viewer.status_label.text() == "Page 1 of 3 · 75 dpi"
    assert viewer.canvas.has_page()
    for widget in (
        viewer.editing_tools,
        viewer.marking_button,
        viewer.remove_button,
        viewer.move_up_button,
        viewer.move_down_button,
    ):
        assert not widget.isVisible()
    for action in (
        viewer.rotate_right_action,
        viewer.marking_action,
        viewer.remove_action,
        viewer.move_down_action,
    ):
        assert not action.isEnabled()
    assert viewer.page_list.dragDropMode() == viewer.page_list.DragDropMode.NoDragDrop
    assert viewer.zoom_in_action.isEnabled()

    viewer.canvas.setFocus()
    press(qtbot, Qt.Key.Key_R, CTRL)
    press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_Down, ALT)
    viewer.set_marking(True)
    assert not viewer.canvas.is_marking()
    with qtbot.assertNotEmitted(viewer.changed):
        _drop(viewer, 2, lower_half=True)
    info = documents.get_document(desk, document.id)
    assert [p.id for p in info.pages] == [p.id for p in document.pages]
    assert info.pages[0].rotation == 0
    assert error_shown(viewer) == ""
    press(qtbot, Qt.Key.Key_PageDown)  # looking through the pages still works
    assert viewer.current_page() == document.pages[1]

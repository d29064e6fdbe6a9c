"""The first-start set-up, driven like the office's first administrator would:
the office profile, the administrator, the recovery key shown once and printed."""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.roles import Role
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import FAST_KDF
from privacy_desk.services import auth, users
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store import backup
from privacy_desk.store.models import AuditEntry, OfficeProfile, User
from privacy_desk.ui.dialogs import setup_wizard
from privacy_desk.ui.dialogs.setup_wizard import (
    ADMIN_PAGE,
    OFFICE_PAGE,
    RECOVERY_PAGE,
    SetupWizard,
    key_lines,
    recovery_warning,
    render_recovery_sheet,
)

PASSWORD = "kyoto muko 2026"
B = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot: QtBot, data_paths: DataPaths) -> Iterator[SetupWizard]:
    dialog = SetupWizard(data_paths, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.result_setup is not None:
        dialog.result_setup.ctx.db.dispose()


def usable(wizard: SetupWizard, which: QWizard.WizardButton) -> bool:
    button = wizard.button(which)
    return button.isVisible() and button.isEnabled()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (the widget is wider than its text)."""
    assert box.isVisible() and box.isEnabled()
    checked = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked() is not checked


def to_admin_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard.button(B.NextButton))
    assert wizard.currentId() == ADMIN_PAGE


def fill_admin(qtbot: QtBot, wizard: SetupWizard, password: str = PASSWORD) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.login_edit, "m.tanaka")
    page.display_name_edit.setText("田中　美咲")
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClicks(page.repeat_edit, password)


def run_set_up(qtbot: QtBot, wizard: SetupWizard) -> None:
    to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard.button(B.CommitButton))
    assert wizard.currentId() == RECOVERY_PAGE
    assert wizard.result_setup is not None


# --- the office page --------------------------------------------------------------


def test_the_office_page_is_prefilled_from_the_privacy_policy(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    page = wizard.office_page.form
    assert wizard.currentId() == OFFICE_PAGE
    assert page.company_name_edit.text() == "オムロン ソフトウェア株式会社"
    assert page.company_name_en_edit.text() == "OMRON SOFTWARE Co., Ltd."
    assert page.postal_code_edit.digits() == "6170002"
    assert page.postal_code_edit.text() == "617-0002"
    assert page.address_edit.text() == "京都府向日市寺戸町53"
    assert page.contact_edit.text() == "個人情報保護管理者"
    assert page.profile().phone == "075-925-0064"
    assert usable(wizard, B.NextButton)
    assert not wizard.button(B.BackButton).isVisible()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("company_name_edit", "  ", "company name"),
        ("address_edit", "", "address"),
        ("postal_code_edit", "617-00", "7 digits"),
    ],
)
def test_the_office_page_needs_a_company_name_an_address_and_a_good_postal_code(
    qtbot: QtBot, wizard: SetupWizard, field: str, text: str, message: str
) -> None:
    page = wizard.office_page.form
    getattr(page, field).setText(text)
    errors = [page.company_name_error, page.address_error, page.postal_code_error]
    shown = [label.text() for label in errors if label.isVisible()]
    assert len(shown) == 1 and message in shown[0]
    assert not usable(wizard, B.NextButton)
    page.set_profile(users.default_office_profile())
    assert not any(label.isVisible() for label in errors)
    assert usable(wizard, B.NextButton)


# --- the administrator page -----------------------------------------------------------


def test_a_bad_user_name_a_short_password_and_different_passwords_block_the_set_up(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    to_admin_page(qtbot, wizard)
    page = wizard.admin_page
    commit = wizard.button(B.CommitButton)
    assert commit.isVisible() and commit.text() == "Set Up and Encrypt"
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    assert page.repeat_edit.echoMode() == page.repeat_edit.EchoMode.Password
    assert not commit.isEnabled()  # nothing typed yet, and no message shouted
    assert not any(
        label.isVisible()
        for label in (page.login_error, page.password_error, page.repeat_error, page.setup_error)
    )

    qtbot.keyClicks(page.login_edit, "M Tanaka")
    page.display_name_edit.setText("田中　美咲")
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClicks(page.repeat_edit, PASSWORD)
    assert page.login_error.isVisible() and "2 to 32 letters" in page.login_error.text()
    assert "a61b1b" in page.login_error.styleSheet()  # red
    assert not commit.isEnabled()

    page.login_edit.setText("m.tanaka")
    assert not page.login_error.isVisible()
    assert commit.isEnabled()

    page.password_edit.setText("short")
    assert page.password_error.isVisible() and "at least 10 characters" in (
        page.password_error.text()
    )
    assert page.repeat_error.isVisible()  # the repeat no longer matches either
    assert not commit.isEnabled()

    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD + "!")
    assert not page.password_error.isVisible()
    assert page.repeat_error.text() == "The two passwords differ."
    assert not commit.isEnabled()

    page.repeat_edit.setText(PASSWORD)
    page.display_name_edit.setText("")
    assert not commit.isEnabled()

    page.display_name_edit.setText("田中　美咲")
    assert commit.isEnabled()
    assert not any(
        label.isVisible() for label in (page.login_error, page.password_error, page.repeat_error)
    )
    assert not data_paths.keys_file.exists()  # nothing happens before the button


def test_the_password_must_not_be_the_user_name(qtbot: QtBot, wizard: SetupWizard) -> None:
    to_admin_page(qtbot, wizard)
    page = wizard.admin_page
    fill_admin(qtbot, wizard, password="m.tanaka99")
    assert wizard.button(B.CommitButton).isEnabled()
    page.login_edit.setText("m.tanaka99")
    assert page.password_error.text() == "The password must not be the user name."
    assert not wizard.button(B.CommitButton).isEnabled()


def test_the_page_says_that_existing_cases_will_be_encrypted(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    fresh = SetupWizard(data_paths, kdf=FAST_KDF)
    qtbot.addWidget(fresh)
    assert "from now on are kept encrypted" in fresh.admin_page.encryption_note.text()
    open_desk(data_paths).db.dispose()  # an office that used the program without logins
    kept = SetupWizard(data_paths, kdf=FAST_KDF)
    qtbot.addWidget(kept)
    note = kept.admin_page.encryption_note.text()
    assert "cases already kept in this data folder" in note and "encrypted too" in note


# --- the whole set-up -------------------------------------------------------------------


def test_a_full_set_up_encrypts_the_database_and_creates_the_administrator(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    office = wizard.office_page.form
    office.signatory_name_edit.setText("山田　太郎")
    office.address_edit.setText("京都府向日市寺戸町53　本館2階")
    office.postal_code_edit.setText("６１７－０００２")
    office.phone_edit.setText("075-925-0000")
    run_set_up(qtbot, wizard)

    assert data_paths.keys_file.exists()
    assert not backup.is_plaintext(data_paths.database)
    setup = wizard.result_setup
    assert setup is not None
    assert setup.ctx.role is Role.ADMINISTRATOR and setup.ctx.actor == "m.tanaka"
    # the passwords do not linger in the widgets
    assert wizard.admin_page.password_edit.text() == ""
    assert wizard.admin_page.repeat_edit.text() == ""
    assert "m.tanaka" in wizard.recovery_page.finish_note.text()

    wizard.recovery_page.kept_check.setChecked(True)
    click(qtbot, wizard.button(B.FinishButton))
    assert wizard.result() == QDialog.DialogCode.Accepted
    setup.ctx.db.dispose()

    ctx = auth.log_in(data_paths, "m.tanaka", PASSWORD)
    try:
        assert ctx.role is Role.ADMINISTRATOR
        with ctx.db.read() as session:
            profile = session.get(OfficeProfile, 1)
            user = session.scalar(select(User).where(User.login == "m.tanaka"))
            assert profile is not None and user is not None
            assert profile.company_name == "オムロン ソフトウェア株式会社"
            assert profile.company_name_en == "OMRON SOFTWARE Co., Ltd."
            assert profile.address == "京都府向日市寺戸町53　本館2階"
            assert profile.postal_code == "6170002"
            assert profile.phone == "075-925-0000"
            assert profile.signatory_name == "山田　太郎"
            assert profile.signatory_title == "個人情報保護管理者"
            assert user.display_name == "田中　美咲"
    finally:
        ctx.db.dispose()


def test_the_recovery_key_shown_is_the_one_that_opens_the_database(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    run_set_up(qtbot, wizard)
    label = wizard.recovery_page.key_label
    shown_key = label.text()
    assert wizard.result_setup is not None and shown_key == wizard.result_setup.recovery_key
    assert label.isVisible()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.font().fixedPitch() or label.font().styleHint() == QFont.StyleHint.Monospace
    assert label.font().pointSizeF() >= 16
    assert label.toolTip() == ""
    warning = wizard.recovery_page.warning_label.text()
    assert "only way back" in warning and "will not be shown again" in warning
    wizard.result_setup.ctx.db.dispose()

    ctx = auth.recover(data_paths, shown_key.lower(), "m.tanaka", "a new password 42")
    ctx.db.dispose()
    auth.log_in(data_paths, "m.tanaka", "a new password 42").db.dispose()


def test_finish_waits_for_the_box_and_there_is_no_way_back_or_out(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    run_set_up(qtbot, wizard)
    page = wizard.recovery_page
    assert not usable(wizard, B.BackButton)
    assert not usable(wizard, B.CancelButton)
    assert wizard.button(B.FinishButton).isVisible()
    assert not wizard.button(B.FinishButton).isEnabled()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc (and the close button) are refused
    wizard.reject()
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    assert page.print_error.isVisible() and "will not be shown again" in page.print_error.text()

    tick(qtbot, page.kept_check)
    assert not page.print_error.isVisible()
    assert usable(wizard, B.FinishButton)
    tick(qtbot, page.kept_check)
    assert not wizard.button(B.FinishButton).isEnabled()
    tick(qtbot, page.kept_check)
    wizard.reject()  # once the key is kept, closing the window finishes
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_a_set_up_that_fails_shows_why_on_the_page(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    # meanwhile someone else set this data folder up
    auth.set_up_office(
        data_paths,
        profile=users.default_office_profile(),
        admin_login="other",
        admin_name="他の人",
        admin_password="another password",
        kdf=FAST_KDF,
    ).ctx.db.dispose()
    click(qtbot, wizard.button(B.CommitButton))
    page = wizard.admin_page
    assert wizard.currentId() == ADMIN_PAGE and wizard.result_setup is None
    assert page.setup_error.isVisible() and "already set up" in page.setup_error.text()
    assert page.password_edit.text() == PASSWORD  # nothing lost: the user can act on it


@pytest.mark.parametrize("on_page", [OFFICE_PAGE, ADMIN_PAGE])
def test_cancelling_before_the_set_up_changes_nothing(
    qtbot: QtBot, data_paths: DataPaths, on_page: int
) -> None:
    open_desk(data_paths).db.dispose()  # a plaintext database kept so far
    before = sorted(p.name for p in data_paths.root.rglob("*"))
    wizard = SetupWizard(data_paths, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    if on_page == ADMIN_PAGE:
        to_admin_page(qtbot, wizard)
        fill_admin(qtbot, wizard)
    click(qtbot, wizard.button(B.CancelButton))
    assert wizard.result() == QDialog.DialogCode.Rejected and not wizard.isVisible()
    assert wizard.result_setup is None
    assert not data_paths.keys_file.exists()
    assert backup.is_plaintext(data_paths.database)
    assert sorted(p.name for p in data_paths.root.rglob("*")) == before


def test_neither_the_key_nor_the_password_reaches_the_log(
    qtbot: QtBot, wizard: SetupWizard, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="privacy_desk")
    run_set_up(qtbot, wizard)
    assert wizard.result_setup is not None
    key = wizard.result_setup.recovery_key
    assert caplog.records  # the set-up does log (that it happened)
    assert key not in caplog.text and key.replace("-", "") not in caplog.text
    assert PASSWORD not in caplog.text


# --- printing ---------------------------------------------------------------------------


def pdf_text(path: Path) -> str | None:
    """The PDF's text through pypdf or pdftotext, or None when neither is available."""
    if importlib.util.find_spec("pypdf") is not None:
        import pypdf

        return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


def test_printing_goes_through_the_print_dialog_and_gives_one_sheet_with_the_key(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_set_up(qtbot, wizard)
    page = wizard.recovery_page
    output = tmp_path / "recovery.pdf"
    asked: list[Any] = []

    def pdf_printer(parent: QWidget | None) -> QPrinter:
        asked.append(parent)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(setup_wizard, "choose_printer", lambda parent: None)
    click(qtbot, page.print_button)  # the print dialog cancelled: nothing printed
    assert not output.exists() and page.print_status.text() == ""

    monkeypatch.setattr(setup_wizard, "choose_printer", pdf_printer)
    click(qtbot, page.print_button)
    assert asked == [page]
    assert "sent to the printer" in page.print_status.text()
    assert not page.print_error.isVisible()
    data = output.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") == 1  # one sheet
    assert wizard.result_setup is not None
    key = wizard.result_setup.recovery_key
    with wizard.result_setup.ctx.db.read() as session:
        printed = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert [(e.actor, e.entity_type) for e in printed] == [("m.tanaka", "recovery-sheet")]
        assert key not in printed[0].details
    text = pdf_text(output)
    if text is not None:
        flat = "".join(unicodedata.normalize("NFKC", text).split())
        # readers may drop a hyphen at the end of a line (they take it for hyphenation)
        assert key.replace("-", "") in flat.replace("-", "")
        made_on = date.today()  # the sheet says when it was really printed
        # NFKC: half-width brackets
        assert f"{made_on.isoformat()}({format_japanese(made_on)})" in flat
        assert "オムロンソフトウェア株式会社" in flat
        assert "onlywaybackintothedatabase" in flat
    assert not wizard.button(B.FinishButton).isEnabled()  # printing is not ticking the box


@dataclass(frozen=True)
class Drawn:
    text: str
    box: QRectF  # as the sheet asked, in its own coordinates
    on_page: QRectF  # where that box lands on the page (the sheet may be scaled to fit)
    font: QFont
    points_on_page: float  # the type size as printed


class RecordingPainter(QPainter):
    """A painter that remembers every text it draws (it still draws them)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.drawn: list[Drawn] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        rect, _flags, text = args
        transform = self.worldTransform()
        font = QFont(self.font())
        self.drawn.append(
            Drawn(
                text,
                QRectF(rect),
                transform.mapRect(QRectF(rect)),
                font,
                font.pointSizeF() * transform.m22(),
            )
        )
        super().drawText(*args)

    def texts(self) -> list[str]:
        return [d.text for d in self.drawn]


def render(width_mm: float, height_mm: float, key: str) -> tuple[RecordingPainter, QRectF, QImage]:
    """The sheet on a page of that size at 150 dpi, 15 mm margins."""
    dpi = 150
    image = QImage(
        round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    margin = 15 / 25.4 * dpi
    page = QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin)
    painter = RecordingPainter(image)
    render_recovery_sheet(painter, page, "オムロン ソフトウェア株式会社", key, date(2026, 11, 24))
    painter.end()
    return painter, page, image


KEY = "BWEQY-VRT9T-QZGAV-RBPZG-DY2VK-VMYEX-HASTY"


@pytest.mark.parametrize(("width_mm", "height_mm"), [(210, 297), (215.9, 279.4), (105, 148)])
def test_the_sheet_holds_the_key_the_office_the_date_and_the_warning_inside_the_page(
    qtbot: QtBot, width_mm: float, height_mm: float
) -> None:
    """A4, US Letter and A6: everything is drawn, and drawn inside the page."""
    painter, page, image = render(width_mm, height_mm, KEY)
    texts = painter.texts()
    lines = key_lines(KEY)
    assert len(lines) == 2 and "".join(lines) == KEY
    assert lines[0] in texts and lines[1] in texts
    assert "オムロン ソフトウェア株式会社" in texts
    assert "2026-11-24（令和8年11月24日）" in "".join(texts)  # may wrap on a narrow page
    assert " ".join(texts).count("It will not be shown again.") == 1
    assert "".join("".join(texts).split()).count("".join(recovery_warning().split())) == 1
    for drawn in painter.drawn:
        assert page.adjusted(-0.5, -0.5, 0.5, 0.5).contains(drawn.on_page), drawn.text
        advance = QFontMetricsF(drawn.font, image).horizontalAdvance(drawn.text)
        assert advance <= drawn.box.width() + 1, drawn.text
    key_sizes = [d.points_on_page for d in painter.drawn if d.text in lines]
    assert min(key_sizes) >= (20 if width_mm > 200 else 10)  # large type (on A4: 28 pt)


def test_the_key_is_the_largest_type_on_the_sheet(qtbot: QtBot) -> None:
    painter, _page, _image = render(210, 297, KEY)
    sizes = {d.text: d.points_on_page for d in painter.drawn}
    assert sizes[key_lines(KEY)[0]] == max(sizes.values())


def test_the_set_up_runs_off_the_gui_thread_and_the_page_waits_for_it(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    from privacy_desk.ui import tasks

    to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    tasks.set_immediate(False)
    try:
        click(qtbot, wizard.button(B.CommitButton))
        # the window stays alive while the keys are made; nothing can be pressed twice
        assert wizard.admin_page.busy and wizard.admin_page.progress_label.isVisible()
        assert not wizard.button(B.CommitButton).isEnabled()
        assert not wizard.button(B.CancelButton).isEnabled()
        wizard.reject()  # Esc while it runs: ignored
        assert wizard.isVisible()
        qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY_PAGE, timeout=20000)
    finally:
        tasks.set_immediate(True)
    assert not wizard.admin_page.busy and wizard.result_setup is not None
    assert auth.is_set_up(data_paths)

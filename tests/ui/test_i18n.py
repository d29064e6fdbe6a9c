"""The Japanese translation is complete, up to date with the code, compiled, and used."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import documents
from privacy_desk.services.context import DeskContext
from privacy_desk.ui import labels
from privacy_desk.ui.app import I18N_DIR, install_fonts, install_translators
from privacy_desk.ui.main_window import MainWindow
from privacy_desk.ui.models.case_table_model import CaseTableModel
from privacy_desk.ui.pages.case_detail_page import CaseDetailPage
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = "privacy_desk"  # relative to ROOT, as in resources/i18n/README.md
TS_FILE = I18N_DIR / "privacy_desk_ja.ts"
QM_FILE = I18N_DIR / "privacy_desk_ja.qm"
PLACEHOLDER = re.compile(r"%\d+|\{\w+\}")  # Qt's %1, and an error sentence's {name}
STALE = "run the commands in resources/i18n/README.md and commit both files"

Message = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, or the binaries inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    pytest.fail(f"neither pyside6-{name} nor {bundled} was found")


def run(*args: str) -> None:
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True)


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    """Each message's <translation> element, keyed by (context, source)."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            found[(name, message.findtext("source") or "")] = translation
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_committed_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, fresh)
    run(
        tool("lupdate"),
        *("-extensions", "py", "-no-obsolete", "-locations", "none"),
        UI_SOURCES,
        *("-ts", str(fresh)),
    )
    committed, current = set(messages(TS_FILE)), set(messages(fresh))
    assert not current - committed, f"strings new in the code: {STALE}"
    assert not committed - current, f"strings gone from the code: {STALE}"


def test_every_message_has_a_finished_translation_with_the_same_placeholders() -> None:
    found = messages(TS_FILE)
    assert found
    for (context, source), translation in found.items():
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        assert (translation.text or "").strip(), f"{where} has no translation"
        assert placeholders(translation.text or "") == placeholders(source), where


def test_the_committed_qm_file_is_compiled_from_the_committed_ts_file(tmp_path: Path) -> None:
    compiled = tmp_path / QM_FILE.name
    run(tool("lrelease"), str(TS_FILE), "-qm", str(compiled))
    assert compiled.read_bytes() == QM_FILE.read_bytes(), f"the .qm file is stale: {STALE}"


JAPAN = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)  # no .Territory in PySide6


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    installed = install_translators(qapp, JAPAN)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_japanese_translators_are_installed(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_translators(qapp, JAPAN)
    try:
        assert QLocale().language() == QLocale.Language.Japanese  # screens ask it
        assert len(installed) == 2  # ours and Qt's own (qtbase)
        assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
        assert QCoreApplication.translate("Labels", "Closed") == "完了"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_chosen_on_a_japanese_system_is_the_language_screens_ask_about(
    qapp: QApplication,
) -> None:
    before = QLocale()
    QLocale.setDefault(JAPAN)
    installed = install_translators(qapp, QLocale(QLocale.Language.English))
    try:
        assert QLocale().language() == QLocale.Language.English
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_identity_checklist_in_japanese(
    japanese: None, qtbot: QtBot, desk: DeskContext
) -> None:
    reference = log_case(desk)
    page = CaseDetailPage(desk, reference)
    qtbot.addWidget(page)
    assert page.tabs.tabText(1) == "本人確認"
    missing = page.identity.findings.text()
    assert "不足（請求者に送付を求めるもの）" in missing
    assert "本人確認書類" in missing and "identity document" not in missing
    licence = add_licence(desk, reference)
    documents.update_document(desk, licence.id, {"rekeyed_address": "京都府向日市別の町9-9"})
    page.reload()
    to_do = page.identity.findings.text()
    assert "書類1（運転免許証）の住所" in to_do and "differs" not in to_do


def test_no_menu_item_is_shortened_in_japanese(
    japanese: None, qapp: QApplication, qtbot: QtBot, desk: DeskContext
) -> None:
    """Qt draws the longest item of a menu cut in the middle (「個人情報管…(L)…」) when the
    menu is only as wide as Qt measured it: each item must look the same as in a menu
    far wider than it needs."""
    before = QFont(qapp.font())
    install_fonts(qapp)  # the bundled font, as the program uses it
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        compared: list[str] = []
        for top in window.menuBar().actions():
            menu = top.menu()
            assert isinstance(menu, QMenu)
            menu.popup(window.mapToGlobal(window.rect().center()))
            qtbot.waitExposed(menu)
            shown = menu.grab().toImage()
            rows = {  # a shortcut is drawn at the right edge, which moves
                action.text(): menu.actionGeometry(action).adjusted(0, 0, -4, 0)
                for action in menu.actions()
                if action.isVisible() and not action.isSeparator() and action.shortcut().isEmpty()
            }
            menu.hide()
            menu.setMinimumWidth(menu.width() + 200)
            menu.popup(window.mapToGlobal(window.rect().center()))
            qtbot.waitExposed(menu)
            roomy = menu.grab().toImage()
            menu.hide()
            for text, row in rows.items():
                assert shown.copy(row) == roomy.copy(row), text
                compared.append(text)
        assert "個人情報管理台帳(&L)…" in compared
    finally:
        qapp.setFont(before)


def test_the_main_window_in_japanese(japanese: None, qtbot: QtBot, desk: DeskContext) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text() == "ファイル(&F)"
    assert window.tabs.tabText(0) == "案件一覧"
    assert window.tabs.tabText(1) == "今日"
    today = window.today
    assert today.awaiting_reply.caption.text() == "回答待ち"
    assert today.due_soon.caption.text() == "3営業日以内に期限"
    assert today.overdue_tile.caption.text() == "社内目標日超過"
    assert today.past_legal.caption.text() == "法定2週間超過"
    model = window.case_list.table.model()
    header = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert header[CaseTableModel.COL_REFERENCE] == "案件番号"
    assert header[CaseTableModel.COL_STATUS] == "ステータス"
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) for text in header), header


def test_enum_labels_in_japanese(japanese: None) -> None:
    assert labels.status(CaseStatus.AWAITING_DOCUMENTS) == "書類待ち"
    assert labels.status(CaseStatus.CLOSED) == "完了"


def test_error_sentences_are_shown_in_japanese_once_the_gui_translates(
    qapp: QApplication,
) -> None:
    import errno

    from privacy_desk import errors
    from privacy_desk.errors import InvalidInput, StorageError
    from privacy_desk.paths import os_error_to_user_error
    from privacy_desk.services.users import PASSWORD_MIN_LENGTH, check_password
    from privacy_desk.store.database import user_error_for

    before = QLocale()
    installed = install_translators(qapp, JAPAN)
    with pytest.raises(InvalidInput) as short:
        check_password("short", "m.tanaka")
    full = os_error_to_user_error(OSError(errno.ENOSPC, "No space"), Path("/media/usb/office"))
    busy = user_error_for(RuntimeError("database is locked"), "the case database")
    assert busy is not None
    from privacy_desk.domain.status import CaseStatus, check_move
    from privacy_desk.errors import IllegalTransition

    with pytest.raises(IllegalTransition) as move:
        check_move(CaseStatus.RECEIVED, CaseStatus.REPLIED)
    try:
        errors.translate_with(QCoreApplication.translate)
        # the statuses it may become: each named as the screens name it, listed the
        # Japanese way
        assert "変更できるのは次のステータスです：「書類待ち」、「本人確認済み」" in str(move.value)
        assert "/media/usb/office" in str(full) and "いっぱい" in str(full)
        # an error inside another: translated with it; its English stays the English
        nested = StorageError("Today's automatic backup could not be made: {error}", error=full)
        assert nested.message == f"Today's automatic backup could not be made: {full.message}"
        assert str(nested).startswith("本日の自動バックアップを作成できませんでした。")
        assert "いっぱい" in str(nested)
        # the database's name is translated with the sentence
        assert str(short.value) == f"パスワードは {PASSWORD_MIN_LENGTH} 文字以上にしてください。"
        said = str(busy)
        assert said.startswith("案件データベースは別のプログラムが使用中です。")
        assert said.endswith("もう一度お試しください。")
    finally:
        errors.translate_with(None)
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
    assert str(full) == full.message  # the command line's English
    assert str(full).startswith("The disk holding /media/usb/office is full")


def test_a_service_refusal_is_said_in_japanese_at_its_field(
    japanese: None, qtbot: QtBot, desk: DeskContext
) -> None:
    """The complaint service's sentence is shown translated, and the cursor still goes to
    the field it is about (found from the English sentence)."""
    from privacy_desk import errors
    from privacy_desk.domain.roles import Role
    from privacy_desk.ui.dialogs.complaint_dialog import ComplaintDialog

    desk.role, desk.actor = Role.STAFF, "k.tanaka"
    errors.translate_with(QCoreApplication.translate)
    dialog = ComplaintDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("試験　太郎")
    dialog.subject_edit.setPlainText("返信が遅い")
    dialog.case_edit.setText("2026-9999")
    dialog.accept()
    said = dialog.message_label.text()
    assert "2026-9999" in said and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", said), said
    assert "There is no case" not in said
    assert dialog.focusWidget() is dialog.case_edit

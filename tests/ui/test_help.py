"""The Help menu (issue 10): the user guide, the keyboard shortcuts and About Privacy Desk."""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from privacy_desk.cli import program_version
from privacy_desk.services.context import DeskContext
from privacy_desk.ui.app import install_translators
from privacy_desk.ui.dialogs import help_dialog
from privacy_desk.ui.dialogs.document_viewer import DocumentViewer
from privacy_desk.ui.dialogs.help_dialog import (
    FONT_LICENCES,
    HELP_DIR,
    ONLY_ON,
    SOFTWARE_LICENCES,
    THIRD_PARTY_FILE,
    AboutDialog,
    BundledLicence,
    GuideDialog,
    LicenceText,
    PackageLicences,
    ShortcutsDialog,
    bundled_software,
    heading_anchor,
    licence_texts,
    licences_dir,
    python_licence_paths,
)
from privacy_desk.ui.dialogs.log_request_dialog import LogRequestDialog
from privacy_desk.ui.main_window import MainWindow
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence
from tests.ui.conftest import Messages

ROOT = Path(__file__).resolve().parents[2]
JAPAN = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
NATIVE = QKeySequence.SequenceFormat.NativeText
GUIDES = ("guide.en.md", "guide.ja.md")
CONTENTS_LINK = re.compile(r"^- \[(?P<text>[^\]]+)\]\((?P<target>[^)]*)\)$", re.M)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The screens in English, whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(ENGLISH)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    yield
    QLocale.setDefault(before)


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    """The Japanese translation installed as the app installs it."""
    before = QLocale()
    installed = install_translators(qapp, JAPAN)
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def open_window(qtbot: QtBot, desk: DeskContext) -> MainWindow:
    """The main window, shown and active (its shortcuts act on the active window)."""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press_f1(qtbot: QtBot, window: MainWindow) -> GuideDialog:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.windows.get("guide")
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    return guide


def contents(guide: Path) -> list[tuple[str, str]]:
    """The table of contents' entries: (text, link)."""
    return [(m["text"], m["target"]) for m in CONTENTS_LINK.finditer(guide.read_text("utf-8"))]


def section_headings(guide: Path) -> list[str]:
    """The guide's "## " headings after the contents heading."""
    headings = re.findall(r"^## (.+)$", guide.read_text("utf-8"), re.M)
    return headings[1:]


def third_party_components() -> dict[str, str]:
    """The table in third-party.md: component → licence."""
    rows = {}
    for line in THIRD_PARTY_FILE.read_text("utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and not set(cells[0]) <= {"-"}:
            rows[cells[0]] = cells[1]
    rows.pop("Component")  # the header
    return rows


# -- the menu ---------------------------------------------------------------------------


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(
    english: None, qtbot: QtBot, desk: DeskContext
) -> None:
    window = open_window(qtbot, desk)
    help_item = window.menuBar().actions()[-1]
    assert help_item.text() == "&Help"
    menu = help_item.menu()
    assert menu is not None
    entries = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert entries == ["&User Guide…", "&Keyboard Shortcuts…", "&About Privacy Desk"]
    assert window.guide_action.shortcut() == QKeySequence("F1")

    window.shortcuts_action.trigger()
    assert isinstance(window.windows["shortcuts"], ShortcutsDialog)
    window.about_action.trigger()
    assert isinstance(window.windows["about"], AboutDialog)
    window.shortcuts_action.trigger()  # one of each: the same window again
    assert len(window.windows) == 2


def test_the_help_menu_in_japanese(japanese: None, qtbot: QtBot, desk: DeskContext) -> None:
    window = open_window(qtbot, desk)
    menu = window.menuBar().actions()[-1].menu()
    assert menu is not None
    entries = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert entries == [
        "操作ガイド(&U)…",
        "キーボードショートカット(&K)…",
        "Privacy Desk について(&A)",
    ]


# -- the guide --------------------------------------------------------------------------


def test_f1_opens_the_english_guide(english: None, qtbot: QtBot, desk: DeskContext) -> None:
    window = open_window(qtbot, desk)
    guide = press_f1(qtbot, window)
    assert guide.source == HELP_DIR / "guide.en.md"
    assert guide.windowTitle() == "Privacy Desk User Guide"
    text = guide.browser.toPlainText()
    assert text.startswith("Privacy Desk user guide")
    assert "1. Log a mailed request" in text and "Log Mailed Request" in text
    assert "目次" not in text


def test_f1_opens_the_japanese_guide_under_the_japanese_translation(
    japanese: None, qtbot: QtBot, desk: DeskContext
) -> None:
    window = open_window(qtbot, desk)
    guide = press_f1(qtbot, window)
    assert guide.source == HELP_DIR / "guide.ja.md"
    assert guide.windowTitle() == "Privacy Desk 操作ガイド"
    text = guide.browser.toPlainText()
    assert text.startswith("Privacy Desk 操作ガイド")
    assert "目次" in text and "1. 郵送で届いた請求を受け付ける" in text
    assert "Log a mailed request" not in text


@pytest.mark.parametrize("name", GUIDES)
def test_every_heading_in_the_contents_exists_and_is_reached(
    name: str, qtbot: QtBot, english: None
) -> None:
    path = HELP_DIR / name
    guide = GuideDialog(japanese=name.endswith(".ja.md"))
    qtbot.addWidget(guide)
    guide.resize(700, 400)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.source == path
    entries = contents(path)
    assert [text for text, _link in entries] == section_headings(path)  # every section listed
    bar = guide.browser.verticalScrollBar()
    layout = guide.browser.document().documentLayout()
    for text, link in entries:
        assert link == f"#{heading_anchor(text)}", (text, link)
        anchor = link.removeprefix("#")
        assert guide.headings.get(anchor) == text, f"{name}: no heading for {link}"
        guide.browser.anchorClicked.emit(QUrl(link))
        block = guide.browser.document().findBlockByNumber(0)
        while block.isValid() and not (
            block.text() == text and block.blockFormat().headingLevel() == 2
        ):
            block = block.next()
        assert block.isValid(), f"{name}: no heading {text!r}"
        top = int(layout.blockBoundingRect(block).top())
        assert abs(bar.value() - min(top, bar.maximum())) <= 2, f"{name}: {link} not shown"
    assert bar.value() > 0  # the last sections are further down
    assert not guide.go_to("no-such-heading")


@pytest.mark.parametrize("name", GUIDES)
def test_the_guides_are_offline_and_alike(name: str) -> None:
    text = (HELP_DIR / name).read_text("utf-8")
    assert "://" not in text and "www." not in text  # nothing leads to the internet
    assert all(link.startswith("#") for _text, link in contents(HELP_DIR / name))
    english = section_headings(HELP_DIR / "guide.en.md")
    assert len(section_headings(HELP_DIR / name)) == len(english) == 6
    numbered = re.findall(r"^\d+\. ", text, re.M)
    assert len(numbered) == len(re.findall(r"^\d+\. ", (HELP_DIR / GUIDES[0]).read_text(), re.M))


# Commands the guides name, as (context, source): each guide names them in its language.
NAMED_COMMANDS = (
    ("MainWindow", "&Log Mailed Request…"),
    ("MainWindow", "Print Today's &Acknowledgements…"),
    ("MainWindow", "&Retention and Disposal…"),
    ("MainWindow", "Repor&ts and Audit Pack…"),
    ("LogRequestDialog", "Save and Log Next"),
    ("IdentityPanel", "Scan or Import…"),
    ("IdentityPanel", "Ask for Missing Documents…"),
    ("ScanDialog", "Import Files…"),
    ("ScanDialog", "Wait for Scanner Folder"),
    ("DocumentForm", "Save Document Details"),
    ("DocumentViewer", "Black Out Areas"),
    ("StatusActions", "Mark Verified"),
    ("StatusActions", "Documents Arrived"),
    ("StatusActions", "Mark Replied"),
    ("LettersPanel", "New Letter…"),
    ("LetterDialog", "Issue and Print…"),
    ("LettersPanel", "Record Sending…"),
    ("ReportsDialog", "Monthly report (for the management review)"),
    ("RetentionWindow", "Request Disposal…"),
    ("RetentionWindow", "Approve and Destroy…"),
    ("RetentionWindow", "Print Certificate…"),
)


def named_in(guide: str) -> list[str]:
    """The commands of NAMED_COMMANDS as the screens show them (no accelerator) that the
    guide does not name."""
    text = (HELP_DIR / guide).read_text("utf-8")
    shown = [
        re.sub(r"\(&.\)|&", "", QCoreApplication.translate(context, source))
        for context, source in NAMED_COMMANDS
    ]
    return [command for command in shown if command not in text]


def test_the_english_guide_names_the_commands_as_the_screens_do(english: None) -> None:
    assert named_in("guide.en.md") == []


def test_the_japanese_guide_names_the_commands_as_the_screens_do(japanese: None) -> None:
    assert named_in("guide.ja.md") == []
    text = (HELP_DIR / "guide.ja.md").read_text("utf-8")
    assert "Retention" not in text and "Log Mailed" not in text


# -- the keyboard shortcuts -------------------------------------------------------------


def test_the_shortcuts_dialog_lists_every_action_of_the_window_with_keys(
    english: None, qtbot: QtBot, desk: DeskContext
) -> None:
    window = open_window(qtbot, desk)
    dialog = window.keyboard_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    with_keys = [
        action
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and action.isVisible()
    ]
    assert len(with_keys) >= 5
    for action in with_keys:
        text = action.text().replace("&", "").removesuffix("…")
        keys = action.shortcut().toString(NATIVE)
        assert any(row[1] == text and keys in row[2].split(", ") for row in rows), (text, keys)
    in_menus = [row for row in rows if row[0].endswith(" menu")]
    assert len(in_menus) == len(with_keys)
    assert ("File menu", "Log Mailed Request", "Ctrl+N") in rows
    assert ("Help menu", "User Guide", "F1") in rows
    assert ("View menu", "Today", "Ctrl+2") in rows


def test_the_shortcuts_are_read_from_the_window_when_the_dialog_opens(
    english: None, qtbot: QtBot, desk: DeskContext
) -> None:
    window = open_window(qtbot, desk)
    window.log_action.setVisible(False)  # as for a role that may not log requests
    extra = QAction("&Brand New Command…", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.menuBar().actions()[1].menu().addAction(extra)  # the View menu
    loose = QAction("Window-only Command", window)
    loose.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(loose)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert not any(row[1] == "Log Mailed Request" for row in rows)  # hidden: its keys do nothing
    assert ("View menu", "Brand New Command", "Ctrl+Alt+J") in rows
    assert ("Main window", "Window-only Command", "Ctrl+Alt+K") in rows


def test_the_shortcuts_in_japanese(japanese: None, qtbot: QtBot, desk: DeskContext) -> None:
    window = open_window(qtbot, desk)
    dialog = window.keyboard_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.windowTitle() == "キーボードショートカット"
    rows = dialog.rows()
    assert ("ファイルメニュー", "郵送請求の受付", "Ctrl+N") in rows
    assert ("ヘルプメニュー", "操作ガイド", "F1") in rows
    assert ("案件一覧", "検索欄に移動", "Ctrl+F") in rows
    assert ("書類のビューアー", "黒塗り", "Ctrl+B") in rows


def group_keys(dialog: ShortcutsDialog, key: str) -> set[str]:
    group = next(group for group in dialog.groups if group.key == key)
    return {seq.toString(NATIVE) for sequences, _text in group.rows for seq in sequences}


def shortcut_keys(widget: QWidget) -> set[str]:
    return {s.key().toString(NATIVE) for s in widget.findChildren(QShortcut)}


def test_the_other_shortcuts_are_those_the_screens_handle(
    english: None, qtbot: QtBot, desk: DeskContext, shown: Messages
) -> None:
    reference = log_case(desk)
    window = open_window(qtbot, desk)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)

    assert shortcut_keys(window.case_list) <= group_keys(dialog, "case_list")
    assert "Ctrl+F" in group_keys(dialog, "case_list")
    page = window.open_case(reference)
    assert shortcut_keys(page) == group_keys(dialog, "case")

    intake = LogRequestDialog(desk)
    qtbot.addWidget(intake)
    assert shortcut_keys(intake) == group_keys(dialog, "log_request") - {"Esc"}

    viewer = DocumentViewer(desk, add_licence(desk, reference).id)
    qtbot.addWidget(viewer)
    viewer_keys = {seq.toString(NATIVE) for a in viewer.actions() for seq in a.shortcuts()}
    assert viewer_keys == group_keys(dialog, "viewer") - {"Del", "Backspace", "Esc"}
    viewer_texts = {a.text() for a in viewer.actions() if a.shortcuts()}
    listed = {text for group in dialog.groups if group.key == "viewer" for _k, text in group.rows}
    assert viewer_texts - {"Move Up", "Move Down"} <= listed


# -- about ------------------------------------------------------------------------------


def test_about_shows_the_versions_the_bundled_software_and_the_licence_texts(
    english: None, qtbot: QtBot, desk: DeskContext
) -> None:
    window = open_window(qtbot, desk)
    about = window.about()
    assert isinstance(about, AboutDialog)
    assert about.windowTitle() == "About Privacy Desk"
    assert about.title.text() == f"Privacy Desk {program_version()}"
    assert [about.tabs.tabText(i) for i in range(about.tabs.count())] == [
        "Privacy Desk",
        "Bundled Software",
        "Licence Texts",
    ]
    about_page = about.tabs.widget(0)
    shown_text = " ".join(label.text() for label in about_page.findChildren(QLabel))
    for version in (PySide6.__version__, qVersion(), platform.python_version()):
        assert version in shown_text
    assert "SIL Open Font License 1.1" in shown_text
    assert "(see Licence Texts)" in shown_text

    listed = about.third_party.toPlainText()
    components = third_party_components()
    assert len(components) >= 25
    for component in components:
        assert component in listed, component

    # the software in the table's order, a separator, then the fonts
    about.tabs.setCurrentIndex(2)
    box = about.licence_box
    entries = [box.itemText(i) for i in range(box.count())]
    software = bundled_software()
    fonts = [family for family, _path in FONT_LICENCES]
    assert entries == [*software, "", *fonts]
    assert box.currentText() == "Python"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in about.licence_text.toPlainText()
    box.setCurrentIndex(entries.index("BIZ UDPGothic"))
    gothic = (ROOT / "resources" / "fonts" / "OFL.txt").read_text("utf-8")
    assert about.licence_text.toPlainText() == gothic
    assert "SIL OPEN FONT LICENSE Version 1.1" in gothic
    box.setCurrentIndex(entries.index("BIZ UDMincho, BIZ UDPMincho"))
    mincho = (ROOT / "resources" / "fonts" / "OFL-BIZUDMincho.txt").read_text("utf-8")
    assert about.licence_text.toPlainText() == mincho
    assert "BIZ UDMincho Project Authors" in about.licence_text.toPlainText()


def test_about_in_japanese(japanese: None, qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.windowTitle() == "Privacy Desk について"
    assert [about.tabs.tabText(i) for i in range(3)] == [
        "Privacy Desk",
        "同梱ソフトウェア",
        "ライセンス全文",
    ]


# -- the licence texts ------------------------------------------------------------------


def choose(about: AboutDialog, name: str) -> str:
    """Show the Licence Texts tab, choose ``name`` and return the text shown."""
    about.tabs.setCurrentWidget(about.licence_page)
    index = about.licence_box.findText(name)
    assert index >= 0, name
    about.licence_box.setCurrentIndex(index)
    return about.licence_text.toPlainText()


def test_the_licence_texts_follow_the_bundled_software_table() -> None:
    assert list(SOFTWARE_LICENCES) == list(third_party_components())
    assert set(ONLY_ON) <= set(SOFTWARE_LICENCES)
    assert set(bundled_software()) == set(SOFTWARE_LICENCES) - {
        name for name, system in ONLY_ON.items() if not sys.platform.startswith(system)
    }


@pytest.mark.parametrize("component", list(third_party_components()))
def test_every_bundled_component_has_its_full_licence_text(component: str) -> None:
    if component not in bundled_software():
        pytest.skip(f"{component} is bundled on {ONLY_ON[component]} only")
    sources = SOFTWARE_LICENCES[component]
    if component == "PyInstaller bootloader" and not installed("pyinstaller"):
        pytest.skip("PyInstaller (uv's build group) is not installed; a build carries it")
    for source in sources:  # each one, so that a missing file fails, not only all
        texts = source.texts()
        assert texts, f"{component}: nothing found for {source}"
        assert all(text.text.strip() for text in texts), (component, source)
    # a full text, not a line pointing to one (the shortest, zlib's, is some 880 characters)
    assert len("".join(text.text for text in licence_texts(component))) > 800, component


def installed(distribution: str) -> bool:
    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_the_licences_folder_holds_the_verbatim_texts() -> None:
    folder = ROOT / "resources" / "licences"
    assert licences_dir() == folder
    titles = {
        "LGPL-3.0.txt": ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"),
        "GPL-3.0.txt": ("GNU GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"),
        "Apache-2.0.txt": ("Apache License", "Version 2.0, January 2004"),
    }
    debian = {"LGPL-3.0.txt": "LGPL-3", "GPL-3.0.txt": "GPL-3", "Apache-2.0.txt": "Apache-2.0"}
    for name, (title, version) in titles.items():
        text = (folder / name).read_text("utf-8")
        assert title in text[:200] and version in text[:300]
        assert len(text) > 7000  # the whole text (the LGPL's is the shortest)
        original = Path("/usr/share/common-licenses") / debian[name]
        if original.exists():  # where they were copied from (Debian)
            assert (folder / name).read_bytes() == original.read_bytes()
    assert "ZETETIC LLC" in (folder / "SQLCipher.txt").read_text("utf-8")
    assert "The OpenSSL Project" in (folder / "OpenSSL.txt").read_text("utf-8")
    assert not (folder / "Python").exists()  # the build adds the interpreter's own


# The texts of the libraries psycopg-binary bundles, copied unchanged from Debian 12: the
# copyright file of its package of each library (README.md of the folder says which).
DEBIAN_COPIES = {
    "LGPL-2.1.txt": "/usr/share/common-licenses/LGPL-2.1",
    "PostgreSQL.txt": "/usr/share/doc/libpq5/copyright",
    "MIT-Kerberos.txt": "/usr/share/doc/libkrb5-3/copyright",
    "OpenLDAP.txt": "/usr/share/doc/libldap-2.5-0/copyright",
    "Cyrus-SASL.txt": "/usr/share/doc/libsasl2-2/copyright",
    "keyutils.txt": "/usr/share/doc/libkeyutils1/copyright",
    "libxcrypt.txt": "/usr/share/doc/libcrypt1/copyright",
}


@pytest.mark.parametrize("name", sorted(DEBIAN_COPIES))
def test_the_libraries_texts_are_debians_unchanged(name: str) -> None:
    copy = ROOT / "resources" / "licences" / name
    words = {
        "LGPL-2.1.txt": "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1",
        "PostgreSQL.txt": "PostgreSQL Global Development Group",
        "MIT-Kerberos.txt": "Massachusetts Institute of Technology",
        "OpenLDAP.txt": "The OpenLDAP Public License",
        "Cyrus-SASL.txt": "Computing Services\n     at Carnegie Mellon University",
        "keyutils.txt": "License: LGPL-2+",
        "libxcrypt.txt": "GNU Lesser General Public\nLicense, version 2.1",
    }
    assert words[name] in copy.read_text("utf-8")
    original = Path(DEBIAN_COPIES[name])
    if not original.exists():
        pytest.skip(f"{original} is not on this machine (Debian 12 has it)")
    assert copy.read_bytes() == original.read_bytes()


# The libraries of psycopg-binary's wheel (psycopg_binary.libs/), by the name before the
# hash delvewheel or auditwheel gives each: the component whose licence covers it.
PSYCOPG_BINARY_LIBRARIES = {
    "libpq": "libpq (inside psycopg-binary)",
    "libssl": "OpenSSL (inside sqlcipher3, cryptography and psycopg-binary)",
    "libcrypto": "OpenSSL (inside sqlcipher3, cryptography and psycopg-binary)",
    "libgssapi_krb5": "MIT Kerberos (inside psycopg-binary)",
    "libkrb5": "MIT Kerberos (inside psycopg-binary)",
    "libk5crypto": "MIT Kerberos (inside psycopg-binary)",
    "libkrb5support": "MIT Kerberos (inside psycopg-binary)",
    "libldap": "OpenLDAP (inside psycopg-binary)",
    "liblber": "OpenLDAP (inside psycopg-binary)",
    "libsasl2": "Cyrus SASL (inside psycopg-binary)",
    "libcom_err": "com_err (inside psycopg-binary)",
    "libkeyutils": "keyutils (inside psycopg-binary)",
    "libcrypt": "libxcrypt (inside psycopg-binary)",
}


def test_every_library_psycopg_binary_bundles_has_its_licence() -> None:
    files = metadata.distribution("psycopg-binary").files or []
    libraries = [file.name for file in files if file.parts[0] == "psycopg_binary.libs"]
    assert libraries, "psycopg-binary bundles no libraries here: check the table"
    for library in libraries:
        name = re.match(r"lib[a-z0-9_]+?(?=[-.])", library)
        assert name and name[0] in PSYCOPG_BINARY_LIBRARIES, f"{library}: not in the table"
        assert PSYCOPG_BINARY_LIBRARIES[name[0]] in bundled_software(), library


def test_psycopg_shows_the_lgpl_notice_then_its_licence_then_the_gpl(
    english: None, qtbot: QtBot
) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    licence = metadata.distribution("psycopg").read_text("licenses/LICENSE.txt")
    assert licence and "GNU LESSER GENERAL PUBLIC LICENSE" in licence
    for component in ("psycopg", "psycopg-binary"):
        shown = choose(about, component)
        assert shown.startswith("psycopg-LGPL-notice.txt\n")
        assert "_internal/psycopg_binary.libs/" in shown  # where the replaceable files are
        assert "https://github.com/psycopg/psycopg" in shown  # and the source
        _notice, rest = shown.split("\nLICENSE.txt\n", 1)
        assert licence.strip() in rest
        assert rest.index("GNU LESSER GENERAL") < rest.index("\nGPL-3.0.txt\n")
    keyutils = choose(about, "keyutils (inside psycopg-binary)")
    assert "License: LGPL-2+" in keyutils and "Version 2.1, February 1999" in keyutils


def test_qt_shows_the_lgpl_then_the_gpl(english: None, qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    lgpl = (ROOT / "resources" / "licences" / "LGPL-3.0.txt").read_text("utf-8")
    gpl = (ROOT / "resources" / "licences" / "GPL-3.0.txt").read_text("utf-8")
    for component in ("Qt 6", "PySide6", "shiboken6"):
        shown = choose(about, component)
        assert shown.startswith("LGPL-3.0.txt\n============\n")
        assert lgpl.strip() in shown and gpl.strip() in shown
        assert shown.index("GNU LESSER GENERAL PUBLIC LICENSE") < shown.index("\nGPL-3.0.txt\n")


def test_choosing_a_component_shows_its_licence_texts(english: None, qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    sqlalchemy = metadata.distribution("SQLAlchemy")
    licence = next(f for f in sqlalchemy.files or [] if f.parts[-2:] == ("licenses", "LICENSE"))
    shown = choose(about, "SQLAlchemy")
    assert shown.startswith("LICENSE\n=======\n")
    assert licence.read_text("utf-8").strip() in shown
    assert "AUTHORS" in shown  # the MIT text points to it

    shown = choose(about, "cryptography")
    for name in ("LICENSE", "LICENSE.APACHE", "LICENSE.BSD"):
        assert f"\n{name}\n{'=' * len(name)}\n" in f"\n{shown}"
    assert "Apache License" in shown and "Redistribution and use in source" in shown

    assert choose(about, "Alembic") == metadata.distribution("alembic").read_text(
        "licenses/LICENSE"
    )  # one file: its text as it is
    assert "ZETETIC LLC" in choose(about, "SQLCipher (inside sqlcipher3)")
    openssl = choose(about, "OpenSSL (inside sqlcipher3, cryptography and psycopg-binary)")
    assert openssl.index("The OpenSSL Project") < openssl.index("Apache License")
    pdfium = choose(about, "PDFium (inside pypdfium2)")
    assert pdfium.startswith("pdfium.txt\n") and "freetype.txt" in pdfium
    assert "BUILD_LICENSES" not in pdfium and "CC-BY-4.0.txt" not in pdfium
    assert "CC-BY-4.0.txt" in choose(about, "pypdfium2")
    python = choose(about, "Python")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in python
    assert any(path.is_file() for path in python_licence_paths())


def test_the_licence_texts_are_read_only_when_shown(
    english: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []

    def counted(component: str) -> list[LicenceText]:
        read.append(component)
        return licence_texts(component)

    monkeypatch.setattr(help_dialog, "licence_texts", counted)
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    assert read == [] and about.licence_text.toPlainText() == ""  # the box opens at once
    about.tabs.setCurrentWidget(about.licence_page)
    assert read == ["Python"]
    about.licence_box.setCurrentIndex(about.licence_box.findText("Pillow"))
    about.tabs.setCurrentIndex(0)
    about.licence_box.setCurrentIndex(about.licence_box.findText("Python"))
    about.tabs.setCurrentWidget(about.licence_page)
    assert read == ["Python", "Pillow"]  # each read once while the dialog lives
    assert "PYTHON SOFTWARE FOUNDATION" in about.licence_text.toPlainText()


def test_a_licence_text_that_cannot_be_found_says_so(
    english: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(SOFTWARE_LICENCES, "Qt 6", (BundledLicence("no-such-licence.txt"),))
    monkeypatch.setitem(SOFTWARE_LICENCES, "Mako", (PackageLicences("no-such-distribution"),))
    monkeypatch.setattr(help_dialog, "python_licence_paths", lambda: [tmp_path / "LICENSE.txt"])
    about = AboutDialog()
    qtbot.addWidget(about)
    for name in ("Qt 6", "Mako", "Python"):
        assert choose(about, name) == (
            f"The licence text of {name} was not found in this installation."
        )
    assert choose(about, "SQLAlchemy").startswith("LICENSE\n")  # the others are found


# What each installed package's own metadata says of its licence (License-Expression,
# License, classifiers): the words the table must use for it.
METADATA_LICENCES = {
    "PySide6": ("PySide6-Essentials", ("LGPL-3.0-only",)),
    "shiboken6": ("shiboken6", ("LGPL-3.0-only",)),
    "SQLAlchemy": ("SQLAlchemy", ("MIT",)),
    "Alembic": ("alembic", ("MIT",)),
    "Mako": ("Mako", ("MIT",)),
    "Jinja2": ("Jinja2", ("BSD",)),
    "MarkupSafe": ("MarkupSafe", ("BSD-3-Clause",)),
    "typing_extensions": ("typing_extensions", ("PSF-2.0",)),
    "cryptography": ("cryptography", ("Apache-2.0 OR BSD-3-Clause",)),
    "argon2-cffi": ("argon2-cffi", ("MIT",)),
    "argon2-cffi-bindings": ("argon2-cffi-bindings", ("MIT",)),
    "cffi": ("cffi", ("MIT-0",)),
    "pycparser": ("pycparser", ("BSD-3-Clause",)),
    "ReportLab": ("reportlab", ("BSD",)),
    "charset-normalizer": ("charset-normalizer", ("MIT",)),
    "Pillow": ("pillow", ("MIT-CMU",)),
    "pypdfium2": ("pypdfium2", ("Apache-2.0", "BSD-3-Clause")),
    "openpyxl": ("openpyxl", ("MIT",)),
    "et_xmlfile": ("et_xmlfile", ("MIT",)),
    "jpholiday": ("jpholiday", ("MIT",)),
    "platformdirs": ("platformdirs", ("MIT",)),
    "filelock": ("filelock", ("MIT",)),
    "psycopg": ("psycopg", ("LGPL-3.0-only",)),
    "psycopg-binary": ("psycopg-binary", ("LGPL-3.0-only",)),
    "tzdata": ("tzdata", ("Apache-2.0",)),
}


@pytest.mark.parametrize("component", sorted(METADATA_LICENCES))
def test_the_bundled_software_table_agrees_with_the_installed_metadata(component: str) -> None:
    distribution, words = METADATA_LICENCES[component]
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{distribution} is not installed here")
    declared = " ".join(
        [meta.get("License-Expression") or "", meta.get("License") or ""]
        + [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    )
    table = third_party_components()[component]
    for word in words:
        assert word in declared, f"{distribution} declares {declared!r}"
        assert word in table, f"third-party.md says {table!r} for {component}"


def test_the_build_bundles_the_help_files() -> None:
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert '(str(ROOT / "resources" / "help"), "resources/help")' in spec


def test_the_build_bundles_the_licence_texts() -> None:
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert '(str(ROOT / "resources" / "licences"), "resources/licences")' in spec
    # every package the About box reads a licence from has its metadata copied
    copied = re.search(r"^BUNDLED_DISTRIBUTIONS = \[(.*?)^\]", spec, re.M | re.S)
    platform_only = re.search(r"^PLATFORM_DISTRIBUTIONS = \{(.*?)\}", spec, re.M)
    assert copied and platform_only
    names = set(re.findall(r'"([^"]+)"', copied[1]))
    only_on = dict(re.findall(r'"([^"]+)": "([^"]+)"', platform_only[1]))
    assert only_on == {"python-sane": "linux", "pywin32": "win32", "tzdata": "win32"}
    assert not names & set(only_on)
    for component, sources in SOFTWARE_LICENCES.items():
        for source in sources:
            if isinstance(source, PackageLicences):
                assert source.distribution in names | set(only_on), component
                if source.distribution in only_on:
                    assert ONLY_ON[component] == only_on[source.distribution]
    assert {"PySide6-Essentials", "PySide6-Addons", "shiboken6"} <= names
    # the PostgreSQL driver, loaded by name, and its files kept apart (the LGPL's notice)
    assert {"psycopg", "psycopg-binary"} <= names
    for module in ("sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary.pq"):
        assert f'"{module}",' in spec
    assert 'module_collection_mode={"psycopg": "py", "psycopg_binary": "py"}' in spec
    # Python's licence: the building interpreter's, where the About box looks in a build
    assert '"resources/licences/Python"' in spec
    assert python_licence_paths()[0] == licences_dir() / "Python" / "LICENSE.txt"

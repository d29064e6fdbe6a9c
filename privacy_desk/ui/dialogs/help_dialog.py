"""The Help menu: the user guide, the keyboard shortcuts and About Privacy Desk.

Everything shown is bundled with the program and read offline: the guide from
``resources/help/guide.<ja|en>.md`` in the language of the screens, the table of bundled
software from ``resources/help/third-party.md``, and the full licence texts: the Python
packages' from their installed metadata (the licence files of each ``.dist-info`` folder,
which build.spec copies into a build), Python's from its ``LICENSE.txt``, the rest from
``resources/licences/`` and the fonts' from ``resources/fonts/``. The shortcuts are read
from the main window's actions when the dialog opens, so the list cannot go stale; the
few keys that are not menu commands come from :func:`other_shortcuts`, which a test holds
to the widgets that handle them.
"""

from __future__ import annotations

import platform
import re
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Protocol

import PySide6
from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.cli import program_version
from privacy_desk.paths import resources_dir
from privacy_desk.ui.labels import japanese_ui
from privacy_desk.ui.style import note_label

HELP_DIR = resources_dir() / "help"
FONTS_DIR = resources_dir() / "fonts"
THIRD_PARTY_FILE = HELP_DIR / "third-party.md"
# The bundled fonts and the licence file each comes with.
FONT_LICENCES = (
    ("BIZ UDPGothic", FONTS_DIR / "OFL.txt"),
    ("BIZ UDMincho, BIZ UDPMincho", FONTS_DIR / "OFL-BIZUDMincho.txt"),
)


# -- the licence texts -----------------------------------------------------------------

# A .dist-info file that holds a licence: a path part naming a LICENSE, LICENCE, COPYING or
# NOTICE (PEP 639's ``licenses/`` folder counts, so everything in it is taken).
LICENCE_FILE = re.compile(r"licen[cs]e|copying|notice", re.IGNORECASE)


def licences_dir() -> Path:
    """``resources/licences/``: the texts no package brings (see its README.md)."""
    return resources_dir() / "licences"


def read_licence(path: Path) -> str:
    """A licence file's text; "" when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@dataclass(frozen=True)
class LicenceText:
    """One licence file: its name (shown above it when there are several) and its text."""

    name: str
    text: str


class LicenceSource(Protocol):
    def texts(self) -> list[LicenceText]:
        """The texts found, in reading order; none when nothing is found."""
        ...


@dataclass(frozen=True)
class PackageLicences:
    """The licence files in an installed package's ``.dist-info`` folder, or only those
    under ``folder`` of it (pypdfium2 keeps its own apart from PDFium's); ``first`` is read
    before the rest."""

    distribution: str
    folder: str = ""
    first: str = ""

    def texts(self) -> list[LicenceText]:
        try:
            files = metadata.distribution(self.distribution).files or []
        except metadata.PackageNotFoundError:
            return []
        found: list[tuple[tuple[bool, bool, str], LicenceText]] = []
        for file in files:
            if len(file.parts) < 2 or not file.parts[0].endswith(".dist-info"):
                continue
            inside = PurePosixPath(*file.parts[1:])
            if not any(LICENCE_FILE.search(part) for part in inside.parts):
                continue
            if self.folder:
                if not inside.is_relative_to(self.folder):
                    continue
                shown = inside.relative_to(self.folder)
            elif len(inside.parts) > 1 and inside.parts[0] == "licenses":
                shown = inside.relative_to("licenses")
            else:
                shown = inside
            text = read_licence(Path(str(file.locate())))
            if text.strip():
                # the named first file, then LICENSE-like names (before AUTHORS), by path
                order = (
                    str(shown) != self.first,
                    not LICENCE_FILE.match(shown.name),
                    str(shown).casefold(),
                )
                found.append((order, LicenceText(str(shown), text)))
        return [text for _order, text in sorted(found, key=lambda entry: entry[0])]


@dataclass(frozen=True)
class BundledLicence:
    """A text kept in ``resources/licences/``."""

    name: str

    def texts(self) -> list[LicenceText]:
        text = read_licence(licences_dir() / self.name)
        return [LicenceText(self.name, text)] if text.strip() else []


def python_licence_paths() -> list[Path]:
    """Where Python's ``LICENSE.txt`` is: the copy a build carries (build.spec takes the
    building interpreter's); run from source, the interpreter's own (beside its standard
    library, or in its folder as the Windows installer puts it)."""
    paths = [licences_dir() / "Python" / "LICENSE.txt"]
    if not getattr(sys, "frozen", False):
        paths.append(Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt")
        paths.append(Path(sys.base_prefix) / "LICENSE.txt")
    return paths


@dataclass(frozen=True)
class PythonLicence:
    """Python's licence (PSF-2.0, with those of the libraries built into Python)."""

    def texts(self) -> list[LicenceText]:
        for path in python_licence_paths():
            text = read_licence(path)
            if text.strip():
                return [LicenceText(path.name, text)]
        return []


def _package(distribution: str) -> tuple[LicenceSource, ...]:
    return (PackageLicences(distribution),)


# Qt, PySide6 and shiboken6 are used under the LGPL-3.0, which is the GPL-3.0 with
# additional permissions; their wheels carry no licence file.
_QT = (BundledLicence("LGPL-3.0.txt"), BundledLicence("GPL-3.0.txt"))


def _psycopg(distribution: str) -> tuple[LicenceSource, ...]:
    """Psycopg's LGPL-3.0: the notice the licence asks for (how to replace it, where its
    source is), its package's LICENSE.txt, and the GPL-3.0 the LGPL-3.0 builds on."""
    return (
        BundledLicence("psycopg-LGPL-notice.txt"),
        PackageLicences(distribution),
        BundledLicence("GPL-3.0.txt"),
    )


# keyutils and libxcrypt, two of the libraries psycopg-binary bundles on Linux, are LGPL-2.x:
# their copyright files (from Debian, as the others') are followed by the LGPL-2.1.
_LGPL_2_1 = BundledLicence("LGPL-2.1.txt")

# The full licence texts of the bundled software, by the names and in the order of
# third-party.md's table (tests/ui/test_help.py holds the two together).
SOFTWARE_LICENCES: dict[str, tuple[LicenceSource, ...]] = {
    "Python": (PythonLicence(),),
    "Qt 6": _QT,
    "PySide6": _QT,
    "shiboken6": _QT,
    "SQLAlchemy": _package("SQLAlchemy"),
    "Alembic": _package("alembic"),
    "Mako": _package("Mako"),
    "Jinja2": _package("Jinja2"),
    "MarkupSafe": _package("MarkupSafe"),
    "typing_extensions": _package("typing_extensions"),
    "sqlcipher3": _package("sqlcipher3"),
    "SQLCipher (inside sqlcipher3)": (BundledLicence("SQLCipher.txt"),),
    "OpenSSL (inside sqlcipher3, cryptography and psycopg-binary)": (
        BundledLicence("OpenSSL.txt"),
        BundledLicence("Apache-2.0.txt"),
    ),
    "cryptography": _package("cryptography"),
    "psycopg": _psycopg("psycopg"),
    "psycopg-binary": _psycopg("psycopg-binary"),
    "libpq (inside psycopg-binary)": (BundledLicence("PostgreSQL.txt"),),
    "MIT Kerberos (inside psycopg-binary)": (BundledLicence("MIT-Kerberos.txt"),),
    "OpenLDAP (inside psycopg-binary)": (BundledLicence("OpenLDAP.txt"),),
    "Cyrus SASL (inside psycopg-binary)": (BundledLicence("Cyrus-SASL.txt"),),
    "com_err (inside psycopg-binary)": (BundledLicence("com_err.txt"),),
    "keyutils (inside psycopg-binary)": (BundledLicence("keyutils.txt"), _LGPL_2_1),
    "libxcrypt (inside psycopg-binary)": (BundledLicence("libxcrypt.txt"), _LGPL_2_1),
    "argon2-cffi": _package("argon2-cffi"),
    "argon2-cffi-bindings": _package("argon2-cffi-bindings"),
    "cffi": _package("cffi"),
    "pycparser": _package("pycparser"),
    "ReportLab": _package("reportlab"),
    "charset-normalizer": _package("charset-normalizer"),
    "Pillow": _package("pillow"),
    "pypdfium2": (PackageLicences("pypdfium2", "licenses/LICENSES"),),
    "PDFium (inside pypdfium2)": (
        PackageLicences("pypdfium2", "licenses/BUILD_LICENSES", first="pdfium.txt"),
    ),
    "openpyxl": _package("openpyxl"),
    "et_xmlfile": _package("et_xmlfile"),
    "jpholiday": _package("jpholiday"),
    "platformdirs": _package("platformdirs"),
    "filelock": _package("filelock"),
    "tzdata": _package("tzdata"),
    "python-sane": _package("python-sane"),
    "pywin32": _package("pywin32"),
    "PyInstaller bootloader": _package("pyinstaller"),
}
# Components bundled on one system only (sys.platform's prefix). psycopg-binary's wheel for
# Windows bundles libpq and OpenSSL only.
ONLY_ON = {
    "MIT Kerberos (inside psycopg-binary)": "linux",
    "OpenLDAP (inside psycopg-binary)": "linux",
    "Cyrus SASL (inside psycopg-binary)": "linux",
    "com_err (inside psycopg-binary)": "linux",
    "keyutils (inside psycopg-binary)": "linux",
    "libxcrypt (inside psycopg-binary)": "linux",
    "tzdata": "win32",
    "python-sane": "linux",
    "pywin32": "win32",
}


def bundled_software() -> list[str]:
    """The components of SOFTWARE_LICENCES bundled on this system, in the table's order."""
    return [name for name in SOFTWARE_LICENCES if sys.platform.startswith(ONLY_ON.get(name, ""))]


def licence_texts(component: str) -> list[LicenceText]:
    """A component's full licence texts as found now (read each time: callers keep them)."""
    return [text for source in SOFTWARE_LICENCES.get(component, ()) for text in source.texts()]


def joined_texts(texts: list[LicenceText]) -> str:
    """One text as it is; several each under its name (the blank lines around each text
    dropped, not the indent of a centred title)."""
    if len(texts) == 1:
        return texts[0].text
    parts = []
    for text in texts:
        body = text.text.strip("\r\n").rstrip()
        parts.append(f"{text.name}\n{'=' * len(text.name)}\n\n{body}\n")
    return "\n\n".join(parts)


def guide_file(japanese: bool | None = None) -> Path:
    """The guide in the language of the screens (Japanese when the translation is on)."""
    if japanese is None:
        japanese = japanese_ui()
    return HELP_DIR / ("guide.ja.md" if japanese else "guide.en.md")


def heading_anchor(text: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as
    hyphens ("1. Log a mailed request" → "1-log-a-mailed-request"); Japanese stays."""
    kept = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return kept.replace(" ", "-")


def plain_command(text: str) -> str:
    """A menu command's text without its accelerator ("受付(&L)…" → "受付…", "&Quit" →
    "Quit") and without a trailing ellipsis."""
    text = re.sub(r"\s*\(&[^)]\)", "", text)  # the Japanese way: 終了(&Q)
    text = re.sub(r"&(.)", r"\1", text)  # "&&" stays one "&"
    return text.rstrip("…").strip()


def keys_text(sequences: list[QKeySequence]) -> str:
    """The keys as the system writes them, several separated by commas."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(seq.toString(native) for seq in sequences if not seq.isEmpty())


# -- the user guide --------------------------------------------------------------------


class GuideDialog(QDialog):
    """The user guide: a table of contents whose entries jump to their headings."""

    def __init__(self, parent: QWidget | None = None, *, japanese: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy Desk User Guide"))
        self.setSizeGripEnabled(True)
        self.source = guide_file(japanese)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # only the contents' own anchors are followed
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setMarkdown(self.source.read_text(encoding="utf-8"))
        self.headings = self._mark_headings()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def _mark_headings(self) -> dict[str, str]:
        """Give each heading its anchor name and some room, and every line a little air;
        returns anchor → heading text."""
        found: dict[str, str] = {}
        self.browser.document().setDocumentMargin(14)
        block = self.browser.document().begin()
        while block.isValid():
            cursor = QTextCursor(block)
            spacing = QTextBlockFormat(block.blockFormat())
            spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if block.blockFormat().headingLevel() > 0:
                spacing.setTopMargin(16 if block.blockNumber() else 0)
                spacing.setBottomMargin(6)
                anchor = heading_anchor(block.text())
                found[anchor] = block.text()
                named = QTextCursor(block)  # the heading's text only, not the break before
                named.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([anchor])
                named.mergeCharFormat(mark)
            else:
                spacing.setBottomMargin(4)
            cursor.setBlockFormat(spacing)
            block = block.next()
        return found

    def follow(self, url: QUrl) -> None:
        """A contents entry: scroll its heading to the top. Nothing else is opened."""
        if not url.scheme() and url.fragment():
            self.go_to(url.fragment())

    def go_to(self, anchor: str) -> bool:
        if anchor not in self.headings:
            return False
        self.browser.scrollToAnchor(anchor)
        return True


# -- the keyboard shortcuts ------------------------------------------------------------


@dataclass(frozen=True)
class ShortcutGroup:
    """Keys that work in one place: ``rows`` are (keys, what they do)."""

    key: str  # "menu:<n>", "window", or one of the places in other_shortcuts()
    title: str
    rows: list[tuple[list[QKeySequence], str]]


def _seqs(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The keys; a standard key as its main binding on this system (as QShortcut uses it)."""
    return [QKeySequence(key) for key in keys]


def other_shortcuts() -> list[ShortcutGroup]:
    """The keys that are no command of the main window's menus (QShortcut, key handling,
    the document viewer's own window). tests/ui/test_help.py compares them with the
    widgets; a key added there belongs here too."""
    return [
        ShortcutGroup(
            "case_list",
            QCoreApplication.translate("ShortcutsDialog", "The case list"),
            [
                (
                    _seqs(QKeySequence.StandardKey.Find),
                    QCoreApplication.translate("ShortcutsDialog", "Go to the search box"),
                ),
                (
                    _seqs("Down"),
                    QCoreApplication.translate(
                        "ShortcutsDialog", "In the search box: go down into the list"
                    ),
                ),
                (
                    _seqs("Esc"),
                    QCoreApplication.translate("ShortcutsDialog", "In the search box: clear it"),
                ),
                (
                    _seqs("Return", "Enter"),
                    QCoreApplication.translate("ShortcutsDialog", "Open the selected case"),
                ),
            ],
        ),
        ShortcutGroup(
            "case",
            QCoreApplication.translate("ShortcutsDialog", "An open case"),
            [
                (
                    _seqs(QKeySequence.StandardKey.Save),
                    QCoreApplication.translate("ShortcutsDialog", "Save the changes"),
                ),
            ],
        ),
        ShortcutGroup(
            "log_request",
            QCoreApplication.translate("ShortcutsDialog", "Log Mailed Request"),
            [
                (
                    _seqs("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"),
                    QCoreApplication.translate("ShortcutsDialog", "Save the request"),
                ),
                (
                    _seqs("Ctrl+Shift+S"),
                    QCoreApplication.translate(
                        "ShortcutsDialog", "Save and clear the form for the next envelope"
                    ),
                ),
                (_seqs("Esc"), QCoreApplication.translate("ShortcutsDialog", "Cancel")),
            ],
        ),
        ShortcutGroup(
            "date",
            QCoreApplication.translate("ShortcutsDialog", "Date fields"),
            [
                (_seqs("Up"), QCoreApplication.translate("ShortcutsDialog", "One day later")),
                (
                    _seqs("Down"),
                    QCoreApplication.translate("ShortcutsDialog", "One day earlier"),
                ),
            ],
        ),
        ShortcutGroup(
            "viewer",
            QCoreApplication.translate("ShortcutsDialog", "Document viewer"),
            [
                # the viewer's own commands, with its own words (context DocumentViewer)
                (_seqs("PgUp"), QCoreApplication.translate("DocumentViewer", "Previous Page")),
                (_seqs("PgDown"), QCoreApplication.translate("DocumentViewer", "Next Page")),
                (_seqs("Ctrl+-"), QCoreApplication.translate("DocumentViewer", "Zoom Out")),
                (
                    _seqs("Ctrl++", "Ctrl+="),
                    QCoreApplication.translate("DocumentViewer", "Zoom In"),
                ),
                (_seqs("Ctrl+1"), QCoreApplication.translate("DocumentViewer", "100%")),
                (_seqs("Ctrl+0"), QCoreApplication.translate("DocumentViewer", "Fit to Window")),
                (_seqs("Ctrl+L"), QCoreApplication.translate("DocumentViewer", "Rotate Left")),
                (_seqs("Ctrl+R"), QCoreApplication.translate("DocumentViewer", "Rotate Right")),
                (
                    _seqs("Alt+Up"),
                    QCoreApplication.translate("ShortcutsDialog", "Move the page up the list"),
                ),
                (
                    _seqs("Alt+Down"),
                    QCoreApplication.translate("ShortcutsDialog", "Move the page down the list"),
                ),
                (
                    _seqs("Ctrl+B"),
                    QCoreApplication.translate("DocumentViewer", "Black Out Areas"),
                ),
                (
                    _seqs("Del", "Backspace"),
                    QCoreApplication.translate(
                        "ShortcutsDialog",
                        "Blacking out: remove the chosen area, or else the last one",
                    ),
                ),
                (
                    _seqs("Esc"),
                    QCoreApplication.translate(
                        "ShortcutsDialog",
                        "Blacking out: remove the last area; with none left, stop",
                    ),
                ),
            ],
        ),
    ]


def window_shortcuts(window: QMainWindow) -> list[ShortcutGroup]:
    """The main window's commands that have keys and are offered to this user, by menu in
    the menus' order; any other action of the window with keys comes last."""

    def row(action: QAction) -> tuple[list[QKeySequence], str] | None:
        sequences = [seq for seq in action.shortcuts() if not seq.isEmpty()]
        if not sequences or not action.isVisible():  # a hidden action's keys do nothing
            return None
        return sequences, plain_command(action.text())

    groups: list[ShortcutGroup] = []
    in_menus: set[QAction] = set()
    for number, top in enumerate(window.menuBar().actions()):
        menu = top.menu()
        if menu is None or not top.isVisible():
            continue
        title = QCoreApplication.translate("ShortcutsDialog", "%1 menu").replace(
            "%1", plain_command(top.text())
        )
        group = ShortcutGroup(f"menu:{number}", title, [])
        for action in menu.actions():
            in_menus.add(action)
            if (found := row(action)) is not None:
                group.rows.append(found)
        if group.rows:
            groups.append(group)
    elsewhere = ShortcutGroup(
        "window", QCoreApplication.translate("ShortcutsDialog", "Main window"), []
    )
    for action in window.findChildren(QAction):
        if action not in in_menus and (found := row(action)) is not None:
            elsewhere.rows.append(found)
    return [*groups, elsewhere] if elsewhere.rows else groups


class _RoomyRows(QStyledItemDelegate):
    """Rows with a little air between them: the list is read, not worked in."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class ShortcutsDialog(QDialog):
    """Every key: the main window's menu commands, then the keys of the other places."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setSizeGripEnabled(True)
        self.groups = [*window_shortcuts(window), *other_shortcuts()]
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        bold = QFont(self.font())
        bold.setBold(True)
        for group in self.groups:
            heading = QTreeWidgetItem(self.tree, [group.title])
            heading.setFont(0, bold)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for sequences, text in group.rows:
                row = QTreeWidgetItem(heading, [text, keys_text(sequences)])
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        # wide enough for the longest row, as far as the screen allows
        wanted = self.tree.sizeHintForColumn(0) + self.tree.sizeHintForColumn(1) + 80
        room = self.screen().availableGeometry()
        self.resize(min(max(560, wanted), room.width() - 40), min(680, room.height() - 60))

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) as shown, in order."""
        shown: list[tuple[str, str, str]] = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            for child in range(heading.childCount()):
                item = heading.child(child)
                shown.append((heading.text(0), item.text(0), item.text(1)))
        return shown


# -- about -----------------------------------------------------------------------------


class AboutDialog(QDialog):
    """The program, its versions, and the licences of what it bundles.

    The Licence Texts tab reads a text only when it is shown (the dialog opens at once)
    and keeps what it has read while the dialog lives.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Privacy Desk"))
        self.setSizeGripEnabled(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(), self.tr("Privacy Desk"))
        self.tabs.addTab(self._third_party_page(), self.tr("Bundled Software"))
        self.licence_page = self._licence_page()
        self.tabs.addTab(self.licence_page, self.tr("Licence Texts"))
        self.tabs.currentChanged.connect(self._tab_shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        self.title = QLabel(self.tr("Privacy Desk %1").replace("%1", program_version()), page)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        description = QLabel(
            self.tr("For the privacy office: requests under the APPI, by mail."), page
        )
        description.setWordWrap(True)
        self.versions = QFormLayout()
        for name, value in (
            ("Python:", platform.python_version()),
            ("Qt:", qVersion()),
            ("PySide6:", PySide6.__version__),
        ):
            label = QLabel(value, page)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.versions.addRow(name, label)
        fonts = note_label(
            self.tr(
                "The screens use the BIZ UDPGothic font; letters and forms are set in BIZ "
                "UDMincho and BIZ UDPMincho (Morisawa). The fonts are licensed under the SIL "
                "Open Font License 1.1 (see Licence Texts)."
            )
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(description)
        layout.addSpacing(12)
        layout.addLayout(self.versions)
        layout.addSpacing(12)
        layout.addWidget(fonts)
        layout.addStretch(1)
        return page

    def _third_party_page(self) -> QWidget:
        page = QWidget(self)
        intro = note_label(
            self.tr(
                "Privacy Desk includes this software; each is used under its licence. The "
                "full licence texts are on the Licence Texts tab."
            )
        )
        self.third_party = QTextBrowser(page)
        self.third_party.setOpenLinks(False)
        self.third_party.setMarkdown(THIRD_PARTY_FILE.read_text(encoding="utf-8"))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.third_party, 1)
        return page

    def _licence_page(self) -> QWidget:
        """A combo of the bundled software (the table's order), then the fonts, and the
        chosen one's full licence text."""
        page = QWidget(self)
        self.licence_box = QComboBox(page)
        self.licence_box.setMaxVisibleItems(20)
        for name in bundled_software():
            self.licence_box.addItem(name, name)
        self.licence_box.insertSeparator(self.licence_box.count())
        self.font_files = dict(FONT_LICENCES)
        for family in self.font_files:
            self.licence_box.addItem(family, family)
        self.licence_text = QPlainTextEdit(page)
        self.licence_text.setReadOnly(True)
        # plain-text files laid out in a fixed-width font (centred titles, tables)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())
        self.licence_text.setFont(fixed)
        self._read: dict[str, str] = {}  # name → the text shown for it
        self.licence_shown: str | None = None  # whose text is in licence_text
        # connected once filled: nothing is read before the tab is shown
        self.licence_box.currentIndexChanged.connect(self._show_licence)
        form = QFormLayout()
        form.addRow(self.tr("Software or font:"), self.licence_box)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.licence_text, 1)
        return page

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.licence_page:
            self._show_licence()

    def _show_licence(self) -> None:
        name = self.licence_box.currentData()
        if not isinstance(name, str) or name == self.licence_shown:
            return
        if name not in self._read:
            self._read[name] = self._licence_of(name)
        self.licence_text.setPlainText(self._read[name])
        self.licence_shown = name

    def _licence_of(self, name: str) -> str:
        """The full text(s), or one line saying none was found."""
        if name in self.font_files:
            path = self.font_files[name]
            text = read_licence(path)
            texts = [LicenceText(path.name, text)] if text.strip() else []
        else:
            texts = licence_texts(name)
        if texts:
            return joined_texts(texts)
        return self.tr("The licence text of %1 was not found in this installation.").replace(
            "%1", name
        )

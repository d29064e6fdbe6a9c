"""The request form's layout engine: markup lines → boxes on A4 pages → a PDF.

The office writes the form as a template (``forms/request_form/``) whose output is a
small line-based markup, described in ``forms/request_form/README.md``. This module
parses that markup (:func:`parse_markup`), places every row, box and checkbox on A4
portrait pages and fits each text into its box (:func:`layout`: pure, testable, no
drawing), and finally draws the result with ReportLab (:func:`draw`).

Fitting (:func:`fit_text`): a text is set at the largest size between the box's maximum
and minimum that lets its wrapped lines fit the box; if even the minimum size does not
fit, the box shows what fits and says so, and the whole text is printed on a
continuation sheet (別紙) after the form. Nothing is ever drawn outside its box.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from privacy_desk.paths import resources_dir

# -- fonts -------------------------------------------------------------------------

MINCHO = "BIZUDPMincho"  # proportional: English reads as English, not as typewriter
GOTHIC = "BIZUDPGothic"
GOTHIC_BOLD = "BIZUDPGothic-Bold"
_FONT_FILES = {
    MINCHO: "BIZUDPMincho-Regular.ttf",
    GOTHIC: "BIZUDPGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDPGothic-Bold.ttf",
}
FONT_STYLES = {"mincho": MINCHO, "gothic": GOTHIC, "bold": GOTHIC_BOLD}


def register_fonts(folder: Path | None = None) -> None:
    """Register the bundled TrueType fonts once (ReportLab embeds the used subset)."""
    fonts = folder or resources_dir() / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts / filename)))


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


# -- markup ------------------------------------------------------------------------


class MarkupError(ValueError):
    """A layout line the engine does not understand; ``line`` is its number in the output."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


DIRECTIVES = frozenset(
    {
        "page",
        "title",
        "text",
        "section",
        "row",
        "field",
        "sign",
        "checks",
        "option",
        "space",
        "footer",
        "continuation",
    }
)
_OPTION = re.compile(r"^([a-z]+)=(\S*)$")


@dataclass(frozen=True)
class MarkupLine:
    number: int  # 1-based line of the template's output
    directive: str
    options: dict[str, str]
    parts: tuple[str, ...]

    def number_option(self, key: str, default: float) -> float:
        raw = self.options.get(key)
        if raw is None or raw == "*":
            return default
        try:
            return float(raw)
        except ValueError:
            raise MarkupError(f"{key}={raw} is not a number", self.number) from None

    def part(self, index: int) -> str:
        return self.parts[index] if index < len(self.parts) else ""


def escape_value(value: object) -> str:
    """How a value enters the markup: ``\\``, ``|`` and line breaks cannot break it."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _split_parts(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append({"n": "\n", "|": "|", "\\": "\\"}.get(nxt, "\\" + nxt))
        elif ch == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse_markup(text: str) -> list[MarkupLine]:
    """``directive key=value … | part | part …`` per line; ``#`` comments, blank lines."""
    lines: list[MarkupLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        head, _, rest = stripped.partition("|")
        words = head.split()
        directive = words[0]
        if directive not in DIRECTIVES:
            raise MarkupError(f"unknown directive {directive!r}", number)
        options: dict[str, str] = {}
        loose: list[str] = []  # an option's tick: "option True | 開示 | Disclosure"
        for word in words[1:]:
            match = _OPTION.match(word)
            if match is not None:
                options[match.group(1)] = match.group(2)
            elif directive == "option":
                loose.append(word)
            else:
                raise MarkupError(f"{word!r} is not a key=value option", number)
        # ASCII spaces only: full-width spaces (　) are the office's blanks to write in
        parts = tuple(p.strip(" \t") for p in _split_parts(rest)) if "|" in stripped else ()
        if directive == "option":
            parts = (" ".join(loose), *parts)
        lines.append(MarkupLine(number, directive, options, parts))
    return lines


# -- fitting -----------------------------------------------------------------------

_NO_LINE_START = frozenset(
    "、。，．,.:;!?)]}）〕］｝〉》」』】〙〗・ー～…‥々ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ？！：；"
)
_NO_LINE_END = frozenset("([{（〔［｛〈《「『【〘〖")
LEADING = 1.25  # line height / font size
OVERFLOW_MARK = "（続きは別紙 / continued on the attached sheet）"
OVERFLOW_MARK_SHORT = "→別紙"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F", "A") and ord(ch) > 0x2000


def _is_space(token: str) -> bool:
    """An ASCII space: a break between words (a full-width space is a blank to write in)."""
    return token.isascii() and token.isspace()


def _tokens(paragraph: str) -> list[str]:
    """Break opportunities: every wide (CJK) character, and spaces between words."""
    raw: list[str] = []
    word = ""
    for ch in paragraph:
        if ch == " " or _is_wide(ch):
            if word:
                raw.append(word)
                word = ""
            raw.append(ch)
        else:
            word += ch
    if word:
        raw.append(word)
    tokens: list[str] = []
    for token in raw:
        glue = tokens and not _is_space(token) and not _is_space(tokens[-1])
        if glue and (token[0] in _NO_LINE_START or tokens[-1][-1] in _NO_LINE_END):
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (a single too-wide glyph excepted)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if _is_space(token):
                if line:
                    line += " "
                continue
            if text_width((line + token).rstrip(), font, size) <= width:
                line += token
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = ""
            if text_width(token, font, size) <= width:
                line = token
                continue
            for ch in token:  # a word longer than the line: break it anywhere
                if line and text_width(line + ch, font, size) > width:
                    lines.append(line)
                    line = ""
                line += ch
        lines.append(line.rstrip())
    return lines


@dataclass(frozen=True)
class Fit:
    """A text set in a box: the size chosen, its lines, and whether all of it is there."""

    size: float
    lines: tuple[str, ...]
    complete: bool
    leading: float = LEADING

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * self.leading


def fit_text(
    text: str,
    *,
    font: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    step: float = 0.25,
) -> Fit:
    """The largest size in [min_size, max_size] whose wrapped lines fit the box.

    At the minimum size a text that still does not fit keeps the lines that do, the last
    one replaced by a note that the text continues on the attached sheet.
    """
    text = text.strip("\n")
    if not text.strip():
        return Fit(max_size, (), True)
    steps = max(0, math.floor((max_size - min_size) / step + 1e-9))
    for i in range(steps + 1):
        size = max_size - i * step
        lines = wrap_text(text, font, size, width)
        widest = max(text_width(line, font, size) for line in lines)
        if len(lines) * size * LEADING <= height + 1e-6 and widest <= width + 1e-6:
            return Fit(size, tuple(lines), True)
    size = min_size
    room = math.floor(height / (size * LEADING) + 1e-6)
    if room <= 0:
        return Fit(size, (), False)
    lines = wrap_text(text, font, size, width)[: room - 1]
    for mark in (OVERFLOW_MARK, OVERFLOW_MARK_SHORT, "→"):
        if text_width(mark, font, size) <= width:
            lines.append(mark)
            break
    return Fit(size, tuple(lines), False)


# -- layout ------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm
FOOTER_Y = 8 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
PAD_X = 1.2 * mm
PAD_Y = 0.7 * mm
LABEL_WIDTH = 30  # mm, the default width of a box's label cell
LABEL_FILL = 0.92  # grey of label cells and section headings
CHECK_SIDE = 3.2 * mm


@dataclass(frozen=True)
class Rect:
    x: float  # points, from the page's bottom-left corner
    y: float
    w: float
    h: float

    def inset(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def contains(self, other: Rect) -> bool:
        e = 1e-6
        return (
            other.x >= self.x - e
            and other.y >= self.y - e
            and other.x + other.w <= self.x + self.w + e
            and other.y + other.h <= self.y + self.h + e
        )


@dataclass(frozen=True)
class Frame:
    rect: Rect
    fill: float | None = None  # grey level, None for no fill
    stroke: float = 0.6  # line width in points; 0 for none


@dataclass(frozen=True)
class TextBlock:
    """A fitted text; ``box`` is the cell it belongs to, ``rect`` the area it may use."""

    name: str  # the box's label, e.g. "氏名 Name"
    box: Rect
    rect: Rect
    fit: Fit
    font: str
    align: str = "left"  # left, center, right
    valign: str = "top"  # top, middle
    role: str = "value"  # value, label, option, title, text, footer
    text: str = ""  # the whole text before fitting

    def baselines(self) -> list[float]:
        block = self.fit.height
        top = self.rect.y + self.rect.h
        if self.valign == "middle":
            top -= (self.rect.h - block) / 2
        line = self.fit.size * self.fit.leading
        # the glyphs' em box sits centred in each line; BIZ UD's descent is 0.12 em
        return [
            top - i * line - (line - self.fit.size) / 2 - 0.88 * self.fit.size
            for i in range(len(self.fit.lines))
        ]


@dataclass(frozen=True)
class CheckBox:
    """One option of a checkbox group: ticked or not, with its label beside it."""

    group: str  # the group's label, e.g. "請求の種類 Request types"
    label: str  # "開示 Disclosure"
    square: Rect
    ticked: bool


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    dash: tuple[float, ...] = ()


Item = Frame | TextBlock | CheckBox | Line


@dataclass
class Page:
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Overflow:
    name: str
    text: str


@dataclass(frozen=True)
class FormLayout:
    pages: tuple[Page, ...]
    title: str
    overflows: tuple[Overflow, ...]

    def items(self, kind: type[Item]) -> list[Item]:
        return [item for page in self.pages for item in page.items if isinstance(item, kind)]

    def text_blocks(self) -> list[TextBlock]:
        return [i for p in self.pages for i in p.items if isinstance(i, TextBlock)]

    def check_boxes(self) -> list[CheckBox]:
        return [i for p in self.pages for i in p.items if isinstance(i, CheckBox)]


def _tick(value: str) -> bool:
    return value.strip().lower() in ("true", "x", "1", "yes", "☒", "✓", "✔")


def _option_text(option: MarkupLine) -> str:
    label = _label(option.part(1), option.part(2))
    return f"{label}　{option.part(3)}" if option.part(3) else label


def _label(ja: str, en: str) -> str:
    return f"{ja} {en}".strip()


class _Builder:
    """Walks the markup top to bottom, placing rows on pages."""

    def __init__(self, lines: Sequence[MarkupLine]) -> None:
        self.lines = list(lines)
        self.pages: list[Page] = [Page()]
        self.y = PAGE_HEIGHT - MARGIN_TOP
        self.footer: tuple[str, str] = ("", "")
        self.continuation = ("別紙", "Continuation sheet")
        self.title = ""
        self.section = ""  # the heading the boxes below belong to
        self.overflows: list[Overflow] = []

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = PAGE_HEIGHT - MARGIN_TOP

    def take(self, height: float) -> float:
        """Room for a block ``height`` tall: returns its top, breaking the page if needed."""
        if self.y - height < MARGIN_BOTTOM and self.y < PAGE_HEIGHT - MARGIN_TOP:
            self.new_page()
        top = self.y
        self.y -= height
        return top

    def add_text(
        self,
        name: str,
        text: str,
        box: Rect,
        *,
        font: str,
        max_size: float,
        min_size: float,
        align: str = "left",
        valign: str = "top",
        role: str = "value",
        pad_x: float = PAD_X,
        pad_y: float = PAD_Y,
    ) -> TextBlock:
        area = box.inset(pad_x, pad_y)
        fit = fit_text(
            text, font=font, width=area.w, height=area.h, max_size=max_size, min_size=min_size
        )
        if not fit.complete:
            where = f"{self.section} ／ {name}" if self.section else name
            self.overflows.append(Overflow(where, text))
        block = TextBlock(name, box, area, fit, font, align, valign, role, text)
        self.page.items.append(block)
        return block

    def run(self) -> FormLayout:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            i += 1
            d = line.directive
            if d == "page":
                if self.page.items:
                    self.new_page()
            elif d == "footer":
                self.footer = (line.part(0), line.part(1))
            elif d == "continuation":
                self.continuation = (line.part(0), line.part(1))
            elif d == "space":
                self.y -= line.number_option("h", 3) * mm
            elif d == "title":
                self.add_title(line)
            elif d == "text":
                self.add_paragraph(line)
            elif d == "section":
                self.add_section(line)
            elif d == "row":
                cells = []
                while i < len(self.lines) and self.lines[i].directive in (
                    "field",
                    "sign",
                    "checks",
                    "option",
                ):
                    cells.append(self.lines[i])
                    i += 1
                self.add_row(line, cells)
            else:
                raise MarkupError(f"{d!r} must follow a row or a checks line", line.number)
        self.add_continuation()
        self.add_footers()
        return FormLayout(tuple(self.pages), self.title, tuple(self.overflows))

    def add_title(self, line: MarkupLine) -> None:
        ja, en = line.part(0), line.part(1)
        self.title = _label(ja, en)
        height = line.number_option("h", 16) * mm
        top = self.take(height)
        box_ja = Rect(MARGIN_X, top - height * 0.62, CONTENT_WIDTH, height * 0.62)
        box_en = Rect(MARGIN_X, top - height, CONTENT_WIDTH, height * 0.38)
        self.add_text(
            self.title,
            ja,
            box_ja,
            font=GOTHIC_BOLD,
            max_size=16,
            min_size=10,
            align="center",
            valign="middle",
            role="title",
        )
        self.add_text(
            self.title,
            en,
            box_en,
            font=GOTHIC,
            max_size=10,
            min_size=7,
            align="center",
            valign="middle",
            role="title",
        )

    def add_paragraph(self, line: MarkupLine) -> None:
        size = line.number_option("size", 9)
        font = FONT_STYLES.get(line.options.get("font", "mincho"), MINCHO)
        align = line.options.get("align", "left")
        indent = line.number_option("indent", 0) * mm
        width = CONTENT_WIDTH - indent
        for index, part in enumerate(p for p in line.parts if p or len(line.parts) == 1):
            part_size = size if index == 0 else max(5.0, size * 0.85)
            n = len(wrap_text(part, font, part_size, width - 2 * PAD_X))
            height = n * part_size * LEADING + 2 * PAD_Y
            top = self.take(height)
            box = Rect(MARGIN_X + indent, top - height, width, height)
            self.add_text(
                f"text line {line.number}",
                part,
                box,
                font=font,
                max_size=part_size,
                min_size=part_size,
                align=align,
                role="text",
            )

    def add_section(self, line: MarkupLine) -> None:
        height = line.number_option("h", 6) * mm
        self.y -= line.number_option("above", 1.5) * mm
        top = self.take(height)
        box = Rect(MARGIN_X, top - height, CONTENT_WIDTH, height)
        self.page.items.append(Frame(box, fill=0.82, stroke=0.8))
        name = _label(line.part(0), line.part(1))
        self.section = line.part(0)
        self.add_text(
            name,
            name,
            box.inset(1 * mm, 0),
            font=GOTHIC_BOLD,
            max_size=9.5,
            min_size=6,
            valign="middle",
            role="section",
        )

    def add_row(self, row: MarkupLine, cells: list[MarkupLine]) -> None:
        height = row.number_option("h", 9) * mm
        top = self.take(height)
        boxes = [c for c in cells if c.directive != "option"]
        fixed = sum(c.number_option("w", 0) * mm for c in boxes if c.options.get("w", "*") != "*")
        flexible = [c for c in boxes if c.options.get("w", "*") == "*"]
        rest = max(0.0, CONTENT_WIDTH - fixed) / max(1, len(flexible))
        x = MARGIN_X
        index = 0
        while index < len(cells):
            cell = cells[index]
            index += 1
            if cell.directive == "option":
                raise MarkupError("an option must follow a checks line", cell.number)
            width = rest if cell.options.get("w", "*") == "*" else cell.number_option("w", 0) * mm
            box = Rect(x, top - height, min(width, MARGIN_X + CONTENT_WIDTH - x), height)
            x += width
            options = []
            while index < len(cells) and cells[index].directive == "option":
                options.append(cells[index])
                index += 1
            self.add_cell(cell, box, options)

    def add_cell(self, cell: MarkupLine, box: Rect, options: list[MarkupLine]) -> None:
        label_w = min(cell.number_option("lw", LABEL_WIDTH) * mm, box.w)
        ja, en = cell.part(0), cell.part(1)
        name = _label(ja, en)
        self.page.items.append(Frame(box))
        value_box = Rect(box.x + label_w, box.y, box.w - label_w, box.h)
        if label_w > 0:
            label_box = Rect(box.x, box.y, label_w, box.h)
            self.page.items.append(Frame(label_box, fill=LABEL_FILL))
            self.add_label(name, ja, en, label_box)
        if cell.directive == "field":
            tall = value_box.h > 14 * mm
            self.add_text(
                name,
                cell.part(2),
                value_box,
                font=FONT_STYLES.get(cell.options.get("font", "mincho"), MINCHO),
                max_size=cell.number_option("size", 10.5),
                min_size=cell.number_option("min", 6),
                align=cell.options.get("align", "left"),
                valign=cell.options.get("valign", "top" if tall else "middle"),
            )
        elif cell.directive == "sign":
            self.add_signature(name, cell, value_box)
        else:
            self.add_checks(name, cell, value_box, options)

    def add_label(self, name: str, ja: str, en: str, box: Rect) -> None:
        """Japanese over English, shrunk together until both fit the label cell."""
        area = box.inset(PAD_X * 0.8, PAD_Y)
        size = 8.5
        while True:
            ja_lines = wrap_text(ja, GOTHIC, size, area.w) if ja else []
            en_lines = wrap_text(en, GOTHIC, size * 0.78, area.w) if en else []
            need = (len(ja_lines) * size + len(en_lines) * size * 0.78) * LEADING
            if need <= area.h or size <= 4.5:
                break
            size -= 0.25
        ja_h = len(ja_lines) * size * LEADING
        en_h = len(en_lines) * size * 0.78 * LEADING
        top = area.y + area.h - max(0.0, (area.h - ja_h - en_h) / 2)
        ja_rect = Rect(area.x, max(area.y, top - ja_h), area.w, min(ja_h, area.h))
        en_rect = Rect(area.x, max(area.y, top - ja_h - en_h), area.w, min(en_h, area.h))
        for text, rect, s in ((ja, ja_rect, size), (en, en_rect, size * 0.78)):
            if text:
                fit = fit_text(
                    text, font=GOTHIC, width=rect.w, height=rect.h, max_size=s, min_size=min(s, 4.0)
                )
                self.page.items.append(
                    TextBlock(name, box, rect, fit, GOTHIC, role="label", text=text)
                )

    def add_signature(self, name: str, cell: MarkupLine, box: Rect) -> None:
        """A line to sign on (and a seal mark), left blank on every form."""
        y = box.y + max(2.5 * mm, box.h * 0.28)
        seal = cell.part(2)
        right = box.x + box.w - (10 * mm if seal else 3 * mm)
        self.page.items.append(Line(box.x + 3 * mm, y, right, y, width=0.5))
        if seal:
            seal_box = Rect(right + 1.5 * mm, y, 7 * mm, min(6 * mm, box.h - (y - box.y) - PAD_Y))
            self.add_text(
                name,
                seal,
                seal_box,
                font=MINCHO,
                max_size=9,
                min_size=5,
                align="center",
                valign="middle",
                role="seal",
                pad_x=0,
                pad_y=0,
            )

    def add_checks(self, name: str, cell: MarkupLine, box: Rect, options: list[MarkupLine]) -> None:
        if not options:
            return
        cols = max(1, int(cell.number_option("cols", 1)))
        rows = math.ceil(len(options) / cols)
        area = box.inset(PAD_X, PAD_Y)
        cell_w, cell_h = area.w / cols, area.h / rows
        side = min(CHECK_SIDE, cell_h * 0.8, cell_w * 0.3)
        max_size = cell.number_option("size", 8.5)
        text_w = cell_w - side - 1.6 * mm
        # one size for the whole group: the largest at which every option fits
        for option in options:
            shown = _option_text(option)
            max_size = fit_text(
                shown, font=MINCHO, width=text_w, height=cell_h, max_size=max_size, min_size=5
            ).size
        for n, option in enumerate(options):
            col, row = (
                (n // rows, n % rows)
                if cell.options.get("order") == "down"
                else (n % cols, n // cols)
            )
            x = area.x + col * cell_w
            y = area.y + area.h - (row + 1) * cell_h
            square = Rect(x, y + (cell_h - side) / 2, side, side)
            label = _label(option.part(1), option.part(2))
            self.page.items.append(CheckBox(name, label, square, _tick(option.part(0))))
            text_box = Rect(x + side + 1 * mm, y, cell_w - side - 1 * mm, cell_h)
            shown = _option_text(option)
            self.add_text(
                f"{name}: {label}",
                shown,
                text_box,
                font=MINCHO,
                max_size=max_size,
                min_size=5,
                valign="middle",
                role="option",
                pad_x=0.3 * mm,
                pad_y=0,
            )

    def add_continuation(self) -> None:
        """After the form: the full text of every box that could not hold it."""
        if not self.overflows:
            return
        self.new_page()
        heading = _label(*self.continuation)
        top = self.take(10 * mm)
        self.add_text(
            heading,
            heading,
            Rect(MARGIN_X, top - 10 * mm, CONTENT_WIDTH, 10 * mm),
            font=GOTHIC_BOLD,
            max_size=13,
            min_size=9,
            valign="middle",
            role="title",
        )
        size = 9.5
        width = CONTENT_WIDTH - 2 * PAD_X
        for overflow in list(self.overflows):
            self.y -= 2 * mm
            lines = wrap_text(overflow.text, MINCHO, size, width)
            first = True
            while lines:
                self.add_sheet_heading(overflow.name if first else f"{overflow.name}（続き）")
                first = False
                room = math.floor((self.y - MARGIN_BOTTOM - 2 * PAD_Y) / (size * LEADING))
                chunk, lines = lines[:room], lines[room:]
                height = len(chunk) * size * LEADING + 2 * PAD_Y
                top = self.take(height)
                box = Rect(MARGIN_X, top - height, CONTENT_WIDTH, height)
                self.page.items.append(Frame(box))
                area = box.inset(PAD_X, PAD_Y)
                fit = Fit(size, tuple(chunk), True)
                self.page.items.append(
                    TextBlock(
                        overflow.name,
                        box,
                        area,
                        fit,
                        MINCHO,
                        role="continuation",
                        text="\n".join(chunk),
                    )
                )
                if lines:
                    self.new_page()

    def add_sheet_heading(self, name: str) -> None:
        """The label of a text on the continuation sheet, kept with its first lines."""
        height = 6 * mm
        self.take(height + 4 * 9.5 * LEADING + 2 * PAD_Y)  # room for the heading and 4 lines
        self.y += 4 * 9.5 * LEADING + 2 * PAD_Y
        box = Rect(MARGIN_X, self.y - height, CONTENT_WIDTH, height)
        self.y -= height
        self.page.items.append(Frame(box, fill=LABEL_FILL))
        self.add_text(
            name, name, box, font=GOTHIC, max_size=8.5, min_size=5, valign="middle", role="label"
        )

    def add_footers(self) -> None:
        total = len(self.pages)
        left, right = self.footer
        for number, page in enumerate(self.pages, start=1):
            box = Rect(MARGIN_X, FOOTER_Y - 1.5 * mm, CONTENT_WIDTH, 5 * mm)
            half = Rect(box.x, box.y, box.w * 0.6, box.h)
            page.items.append(
                TextBlock(
                    "footer",
                    box,
                    half,
                    fit_text(
                        left, font=GOTHIC, width=half.w, height=half.h, max_size=7, min_size=4
                    ),
                    GOTHIC,
                    role="footer",
                    text=left,
                )
            )
            other = Rect(box.x + box.w * 0.6, box.y, box.w * 0.4, box.h)
            text = f"{right}　{number} / {total}".strip()
            page.items.append(
                TextBlock(
                    "footer",
                    box,
                    other,
                    fit_text(
                        text, font=GOTHIC, width=other.w, height=other.h, max_size=7, min_size=4
                    ),
                    GOTHIC,
                    align="right",
                    role="footer",
                    text=text,
                )
            )


def layout(lines: Sequence[MarkupLine]) -> FormLayout:
    """Place the markup on A4 pages, fitting every text into its box (pure; no drawing)."""
    register_fonts()
    return _Builder(lines).run()


# -- drawing -----------------------------------------------------------------------


def _draw_item(canvas: Canvas, item: Item) -> None:
    if isinstance(item, Frame):
        r = item.rect
        if item.fill is not None:
            canvas.setFillGray(item.fill)
        canvas.setLineWidth(item.stroke)
        canvas.rect(
            r.x,
            r.y,
            r.w,
            r.h,
            stroke=1 if item.stroke else 0,
            fill=1 if item.fill is not None else 0,
        )
        canvas.setFillGray(0)
    elif isinstance(item, Line):
        canvas.setLineWidth(item.width)
        canvas.setDash(list(item.dash) if item.dash else [])
        canvas.line(item.x1, item.y1, item.x2, item.y2)
        canvas.setDash([])
    elif isinstance(item, CheckBox):
        s = item.square
        canvas.setLineWidth(0.7)
        canvas.rect(s.x, s.y, s.w, s.h, stroke=1, fill=0)
        if item.ticked:
            inset = s.w * 0.18
            canvas.setLineWidth(1.1)
            canvas.line(s.x + inset, s.y + inset, s.x + s.w - inset, s.y + s.h - inset)
            canvas.line(s.x + inset, s.y + s.h - inset, s.x + s.w - inset, s.y + inset)
    else:
        _draw_text(canvas, item)


def _draw_text(canvas: Canvas, block: TextBlock) -> None:
    if not block.fit.lines:
        return
    canvas.saveState()
    clip = canvas.beginPath()
    b = block.box
    clip.rect(b.x, b.y, b.w, b.h)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillGray(0.25 if block.role == "label" and block.fit.size < 7 else 0)
    canvas.setFont(block.font, block.fit.size)
    r = block.rect
    for text, y in zip(block.fit.lines, block.baselines(), strict=True):
        if block.align == "center":
            canvas.drawCentredString(r.x + r.w / 2, y, text)
        elif block.align == "right":
            canvas.drawRightString(r.x + r.w, y, text)
        else:
            canvas.drawString(r.x, y, text)
    canvas.restoreState()


def draw(form: FormLayout, *, title: str = "", author: str = "", subject: str = "") -> bytes:
    """The PDF of a laid-out form: fonts embedded as subsets, byte-identical each time."""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        # no unembedded Helvetica in the resources (the stubs mistype this as a float)
        initialFontName=MINCHO,  # type: ignore[arg-type]
    )
    canvas.setTitle(title or form.title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Privacy Desk")
    canvas.setStrokeGray(0)
    for page in form.pages:
        canvas.setStrokeGray(0)
        for item in page.items:
            _draw_item(canvas, item)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def all_text(form: FormLayout) -> Iterable[str]:
    for block in form.text_blocks():
        yield from block.fit.lines

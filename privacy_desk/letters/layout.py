"""Where things sit on a letter: read from ``forms/letters/layout.toml``.

The office aligns letters with its own window envelopes and letter paper by
editing that file, not the code. Every value is in millimetres from the
sheet's top-left corner (A4 portrait). A key the program does not know, a value
that is not a number, or one out of its range is refused when the file is
read, with the file, the line and the key.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from reportlab.lib.units import mm

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

LAYOUT_FILE = "letters/layout.toml"


class LayoutProblem(InvalidInput):
    """The letter layout file cannot be used as it is."""


@dataclass(frozen=True)
class Layout:
    """The letter's geometry, in millimetres (``pt`` gives PDF points)."""

    margin_left: float = 25.0
    margin_right: float = 20.0
    margin_top: float = 20.0  # pages after the first
    margin_bottom: float = 22.0  # the page number sits below this line
    window_left: float = 23.0
    window_top: float = 14.0
    window_width: float = 90.0
    window_height: float = 45.0
    window_inset: float = 4.0  # the recipient's text keeps this far inside the window
    reference_top: float = 15.0  # document number and date, right of the window
    sender_top: float = 32.0  # the sender block, below them
    body_gap: float = 7.0  # between the window (or sender block) and the letter body

    def pt(self, name: str) -> float:
        value: float = getattr(self, name) * mm
        return value

    @property
    def sender_left_mm(self) -> float:
        return self.window_left + self.window_width + 7.0


#: Sensible bounds (mm) so that a typo cannot put text off the sheet.
_RANGES = {
    "margin_left": (5, 60),
    "margin_right": (5, 60),
    "margin_top": (5, 60),
    "margin_bottom": (10, 60),
    "window_left": (5, 60),
    "window_top": (5, 120),
    "window_width": (40, 120),
    "window_height": (20, 80),
    "window_inset": (0, 15),
    "reference_top": (5, 60),
    "sender_top": (10, 120),
    "body_gap": (0, 40),
}

DEFAULT_LAYOUT = Layout()


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 1


def load_layout(path: Path) -> Layout:
    """The layout in ``path``; the defaults for what it leaves out (or if there is no file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DEFAULT_LAYOUT
    except OSError as error:
        raise LayoutProblem(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({reason})."),
            path=path,
            reason=error.strerror,
        ) from None
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LayoutProblem(
            QT_TRANSLATE_NOOP("Errors", "{path}: {problem}."), path=path, problem=str(error)
        ) from None
    known = {f.name for f in fields(Layout)}
    changes: dict[str, float] = {}
    for key, value in values.items():
        line = _line_of(text, key)
        if key not in known:
            raise LayoutProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}, line {line}: there is no layout value '{key}' (known: {known}).",
                ),
                path=path,
                line=line,
                key=key,
                known=", ".join(sorted(known)),
            )
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise LayoutProblem(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path}, line {line}: '{key}' must be a number of millimetres."
                ),
                path=path,
                line=line,
                key=key,
            )
        low, high = _RANGES[key]
        if not low <= value <= high:
            raise LayoutProblem(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path}, line {line}: '{key}' must lie between {low} and {high} mm."
                ),
                path=path,
                line=line,
                key=key,
                low=low,
                high=high,
            )
        changes[key] = float(value)
    layout = replace(DEFAULT_LAYOUT, **changes)
    if layout.sender_top <= layout.reference_top:
        raise LayoutProblem(
            QT_TRANSLATE_NOOP("Errors", "{path}: 'sender_top' must lie below 'reference_top'."),
            path=path,
        )
    return layout


_CACHE: dict[Path, tuple[float, Layout]] = {}


def layout_for(forms: Path) -> Layout:
    """The layout of a forms folder, read again when the file changes."""
    path = (forms / LAYOUT_FILE).resolve()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    cached = _CACHE.get(path)
    if cached is None or cached[0] != stamp:
        cached = _CACHE[path] = (stamp, load_layout(path))
    return cached[1]

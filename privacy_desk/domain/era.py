"""Japanese era (和暦) dates: the five modern eras, display formats and a forgiving parser.

Letters and requests arrive dated either way ("令和8年11月24日", "R8.11.24", "2026/11/24"),
so :func:`parse_date` accepts all the usual forms, full-width or not, and rejects impossible
dates with a plain English sentence saying exactly what is wrong. Pure standard library.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date


class DateInputError(ValueError):
    """A typed date cannot be used; ``str(error)`` explains why and ``.text`` is the input."""

    def __init__(self, message: str, text: str = "") -> None:
        super().__init__(message)
        self.text = text


@dataclass(frozen=True)
class Era:
    """One Japanese era; ``end`` is None for the current one."""

    name_ja: str
    name_en: str
    letter: str
    start: date
    end: date | None


ERAS: tuple[Era, ...] = (
    Era("明治", "Meiji", "M", date(1868, 10, 23), date(1912, 7, 29)),
    Era("大正", "Taisho", "T", date(1912, 7, 30), date(1926, 12, 24)),
    Era("昭和", "Showa", "S", date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", "Heisei", "H", date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", "Reiwa", "R", date(2019, 5, 1), None),
)
_BY_LETTER = {e.letter: e for e in ERAS}
_BY_NAME = {e.name_ja: e for e in ERAS}
# Fixed English names: calendar.month_name follows the process locale.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")  # fmt: skip

_Y = r"(?P<y>[0-9]{1,3}|元)"  # era year
_MD_SEP = r"(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
_MD_JA = r"\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})(?:\s*日)?"
_WESTERN = [
    re.compile(r"(?P<y>[0-9]{4})" + _MD_SEP),
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"),
    re.compile(r"(?P<y>[0-9]{4})" + _MD_JA),
]
_ERA_SHORT = re.compile(r"(?P<era>[A-Za-z])\s*" + _Y + _MD_SEP)
_ERA_LONG = re.compile(r"(?P<era>[^0-9\s]+?)\s*" + _Y + _MD_JA)
_TWO_DIGIT_YEAR = re.compile(r"[0-9]{2}(?:(?P<sep>[-/.])[0-9]{1,2}(?P=sep)[0-9]{1,2}|年.*)")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))


def era_of(d: date) -> Era:
    """The era ``d`` falls in; dates before Meiji have none."""
    for era in reversed(ERAS):
        if d >= era.start:
            return era
    raise DateInputError(
        f"{d.isoformat()} is before the Meiji era, which began on {ERAS[0].start.isoformat()}.",
        d.isoformat(),
    )


def era_year(d: date) -> int:
    """Year of ``d`` within its era, 1 for the first (元年)."""
    return d.year - era_of(d).start.year + 1


def format_japanese(d: date) -> str:
    """``令和8年11月24日``; the first year of an era is written ``元年``."""
    y = era_year(d)
    return f"{era_of(d).name_ja}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def format_japanese_short(d: date) -> str:
    """``R8.11.24``, without zero padding."""
    return f"{era_of(d).letter}{era_year(d)}.{d.month}.{d.day}"


def format_western_ja(d: date) -> str:
    """``2026年11月24日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_english(d: date) -> str:
    """``24 November 2026``."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def parse_date(text: str, *, today: date | None = None) -> date:
    """Read a typed date in Western or era form; raise :class:`DateInputError` if impossible.

    ``today`` is reserved for relative input (two-digit years are deliberately not accepted).
    """
    del today
    s = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    if not s:
        raise DateInputError("Enter a date.", text)
    for pattern in _WESTERN:
        if m := pattern.fullmatch(s):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            _check_month_day(mo, d, text)
            if y == 0:
                raise DateInputError("Year 0 does not exist.", text)
            return _make(y, mo, d, str(y), text)
    if m := _ERA_SHORT.fullmatch(s) or _ERA_LONG.fullmatch(s):
        name = m["era"]
        era = _BY_LETTER.get(name.upper()) or _BY_NAME.get(name)
        if era is None:
            if len(name) == 1 and name.isascii():
                hint = "use M, T, S, H or R"
            else:
                hint = "use 明治, 大正, 昭和, 平成 or 令和"
            raise DateInputError(f"Unknown era '{name}'; {hint}.", text)
        ey = 1 if m["y"] == "元" else int(m["y"])
        return _era_date(era, ey, int(m["m"]), int(m["d"]), text)
    shown = text.strip()
    if _TWO_DIGIT_YEAR.fullmatch(s):
        raise DateInputError(
            f"Cannot read '{shown}': two-digit years are not accepted. "
            "Write the full year (2026/11/24) or an era year (R8.11.24).",
            text,
        )
    raise DateInputError(
        f"Cannot read '{shown}' as a date. "
        "Use 2026-11-24, 2026/11/24, R8.11.24 or 令和8年11月24日.",
        text,
    )


def _era_date(era: Era, ey: int, mo: int, d: int, text: str) -> date:
    _check_month_day(mo, d, text)
    if ey == 0:
        raise DateInputError(
            f"{era.name_en} has no year 0; its first year (元年) is {era.letter}1.", text
        )
    y = era.start.year + ey - 1
    if era.end is not None and y > era.end.year:
        last = era.end.year - era.start.year + 1
        raise DateInputError(
            f"{era.name_en} has no year {ey}; it ended in {era.end.year} ({era.letter}{last}).",
            text,
        )
    result = _make(y, mo, d, f"{era.letter}{ey} ({y})", text)
    short = f"{era.letter}{ey}.{mo}.{d}"
    if result < era.start:
        raise DateInputError(
            f"{era.name_en} began on {era.start.isoformat()}; {short} is before it.", text
        )
    if era.end is not None and result > era.end:
        raise DateInputError(
            f"{era.name_en} ended on {era.end.isoformat()}; "
            f"{short} is {era_of(result).name_en} {era_year(result)}.",
            text,
        )
    return result


def _check_month_day(mo: int, d: int, text: str) -> None:
    if not 1 <= mo <= 12:
        raise DateInputError(f"Month {mo} does not exist.", text)
    if not 1 <= d <= 31:
        raise DateInputError(f"Day {d} does not exist.", text)


def _make(y: int, mo: int, d: int, year_label: str, text: str) -> date:
    days = calendar.monthrange(y, mo)[1]
    if d > days:
        name = _MONTHS[mo - 1]
        if mo == 2 and d == 29:
            raise DateInputError(
                f"{year_label} is not a leap year, so February 29 does not exist.", text
            )
        most = 29 if mo == 2 else days
        raise DateInputError(f"{name} {d} does not exist; {name} has at most {most} days.", text)
    return date(y, mo, d)

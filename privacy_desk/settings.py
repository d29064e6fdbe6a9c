"""Settings, each declared once with its key, type, default and meaning.

Values live in ``settings.json`` in the data folder. A key missing from the
file has its default; the file is only written when a setting changes, and
then atomically. A damaged file is never overwritten: the program says where
it is and what is wrong.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from privacy_desk.domain.calendar import Closure
from privacy_desk.domain.identity_documents import DEFAULT_CERTIFICATE_MAX_AGE_MONTHS
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError
from privacy_desk.paths import os_error_to_user_error

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type
    default: T
    doc: str
    minimum: int | None = None
    maximum: int | None = None
    #: The values a text setting may take (empty: any).
    choices: tuple[str, ...] = ()
    #: A text setting that is a folder: a full path, or empty for none.
    folder: bool = False
    check: Callable[[Any], object] | None = None  # raises InvalidInput for a bad value

    def validate(self, value: object) -> T:
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Setting {key} must be a whole number."),
                    key=self.key,
                )
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Setting {key} must lie between {minimum} and {maximum}."
                    ),
                    key=self.key,
                    minimum=self.minimum,
                    maximum=self.maximum,
                )
        if self.kind is list and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Setting {key} must be a list of texts."), key=self.key
            )
        if self.kind is str and not isinstance(value, str):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Setting {key} must be a text."), key=self.key
            )
        if self.choices and value not in self.choices:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Setting {key} must be one of: {allowed}."),
                key=self.key,
                allowed=", ".join(self.choices),
            )
        if self.folder and value and not Path(str(value)).expanduser().is_absolute():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Setting {key} must be a full folder path (or empty for none).",
                ),
                key=self.key,
            )
        if self.check is not None:
            self.check(value)
        return cast(T, value)


DATABASE_URL: Setting[str] = Setting(
    "database.url",
    str,
    "",
    "SQLAlchemy URL of the case database; empty means the SQLite file in the data folder. "
    "Never with a password in it (PostgreSQL's password file or PGPASSWORD gives it); "
    "taken at the next start.",
)
LIST_REFRESH_SECONDS: Setting[int] = Setting(
    "list.refresh_seconds",
    int,
    30,
    "How often, in seconds, the case list and Today look whether anything was saved (at "
    "another desk, on a shared server) and show it; 0 never (View > Refresh still does).",
    minimum=0,
    maximum=3600,
)
TARGET_BUSINESS_DAYS: Setting[int] = Setting(
    "deadlines.target_business_days",
    int,
    10,
    "Internal target for a reply, in business days after the request arrived "
    "(paused days not counted). The legal line is 14 calendar days (APPI Art. 39).",
    minimum=1,
    maximum=60,
)
OFFICE_CLOSURES: Setting[list[str]] = Setting(
    "deadlines.office_closures",
    list,
    ["12-29..01-03"],
    "Days the office is closed besides weekends and public holidays: "
    "'MM-DD..MM-DD' every year, or 'YYYY-MM-DD[..YYYY-MM-DD]' once.",
    check=lambda texts: [Closure.parse(text) for text in texts],
)
BACKUPS_KEEP: Setting[int] = Setting(
    "backups.keep",
    int,
    14,
    "How many automatic backups (daily and before migrations) are kept.",
    minimum=1,
    maximum=1000,
)

AWAITING_DOCUMENTS_DAYS: Setting[int] = Setting(
    "today.awaiting_documents_days",
    int,
    14,
    "The Today view lists cases that have waited for documents longer than this many days.",
    minimum=1,
    maximum=365,
)

LOCK_AFTER_MINUTES: Setting[int] = Setting(
    "security.lock_after_minutes",
    int,
    10,
    "The screen locks after this many minutes without input; 0 never locks.",
    minimum=0,
    maximum=240,
)

CERTIFICATE_MAX_AGE_MONTHS: Setting[int] = Setting(
    "identity.certificate_max_age_months",
    int,
    DEFAULT_CERTIFICATE_MAX_AGE_MONTHS,
    "Certificates sent with a request (certificate of residence, family register, certificate "
    "of registered matters, seal registration certificate) must have been issued within this "
    "many months of the day they arrived.",
    minimum=1,
    maximum=12,
)

FEE_YEN: Setting[int] = Setting(
    "fees.amount_yen",
    int,
    1000,
    "The fee the company charges per request for a notice of purpose of use or a disclosure "
    "(APPI Art. 38); letters about a shortfall or a refund compare what was sent with this.",
    minimum=0,
    maximum=100_000,
)

#: Where scans come from (``scanning.source``).
SCAN_FROM_FOLDER = "folder"
SCAN_WITH_SANE = "sane"
SCAN_WITH_WIA = "wia"
SCAN_SOURCES = (SCAN_FROM_FOLDER, SCAN_WITH_SANE, SCAN_WITH_WIA)


def _scan_source(value: object) -> None:
    if value not in SCAN_SOURCES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Setting scanning.source must be 'folder', 'sane' (Linux) or 'wia' (Windows).",
            )
        )


SCAN_SOURCE: Setting[str] = Setting(
    "scanning.source",
    str,
    SCAN_FROM_FOLDER,
    "Where scans come from: 'folder' (the multifunction printer saves its scans into the "
    "folder of scanning.folder), 'sane' (a scanner attached to this Linux computer) or "
    "'wia' (a scanner attached to this Windows computer).",
    check=_scan_source,
)
SCAN_FOLDER: Setting[str] = Setting(
    "scanning.folder",
    str,
    "",
    "The folder the multifunction printer saves its scans to, as a full path (a folder on "
    "this computer or a network share); empty: none set yet. A scan imported into a case is "
    "deleted from it; a file that cannot be imported is moved to its not-imported subfolder.",
    folder=True,
)
SCAN_DEVICE: Setting[str] = Setting(
    "scanning.device",
    str,
    "",
    "The scanner to use with the 'sane' or 'wia' source, by the name SANE or WIA gives it "
    "(on Linux, `scanimage -L` lists them); empty: the first scanner found.",
)
SCAN_DPI: Setting[int] = Setting(
    "scanning.dpi",
    int,
    300,
    "Scan resolution in dots per inch with the 'sane' or 'wia' source; 300 keeps the small "
    "print of identity documents legible.",
    minimum=150,
    maximum=600,
)

SCAN_COLOUR: Setting[str] = Setting(
    "scanning.colour",
    str,
    "colour",
    "How the scan window starts: 'colour' (identity documents as they are) or 'grey' "
    "(smaller files, for black-and-white copies).",
    choices=("colour", "grey"),
)

#: The languages of the program's screens (``ui.language``).
LANGUAGES = ("system", "ja", "en")
UI_LANGUAGE: Setting[str] = Setting(
    "ui.language",
    str,
    "system",
    "The language of the screens: 'system' (Japanese on a Japanese system, else English), "
    "'ja' or 'en'; taken at the next start. Letters have their own language per case.",
    choices=LANGUAGES,
)

BACKUP_FOLDER: Setting[str] = Setting(
    "backups.folder",
    str,
    "",
    "Where File > Back Up... offers to save a copy, as a full path: a USB drive or a network "
    "share, off this computer; empty: ask each time.",
    folder=True,
)
BACKUP_REMINDER_DAYS: Setting[int] = Setting(
    "backups.remind_after_days",
    int,
    7,
    "Remind, once a day, when no backup has been saved off this computer (File > Back Up...) "
    "for this many days; 0 never reminds.",
    minimum=0,
    maximum=90,
)

PRINTER: Setting[str] = Setting(
    "printing.printer",
    str,
    "",
    "The printer the print window chooses first, by its name on this computer; empty: the "
    "system's default printer.",
)

PRINT_COPIES: Setting[int] = Setting(
    "printing.copies",
    int,
    1,
    "How many copies of a letter or form the print window proposes (1 to 5).",
    minimum=1,
    maximum=5,
)

#: How pages go on paper: as the printer is set up, or forced.
PRINT_SIDES: Setting[str] = Setting(
    "printing.sides",
    str,
    "printer",
    "'printer' (as the printer is set up), 'one' (one-sided) or 'two' (both sides, turned "
    "on the long edge).",
    choices=("printer", "one", "two"),
)


ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DATABASE_URL,
    LIST_REFRESH_SECONDS,
    TARGET_BUSINESS_DAYS,
    OFFICE_CLOSURES,
    BACKUPS_KEEP,
    AWAITING_DOCUMENTS_DAYS,
    LOCK_AFTER_MINUTES,
    CERTIFICATE_MAX_AGE_MONTHS,
    FEE_YEN,
    SCAN_SOURCE,
    SCAN_FOLDER,
    SCAN_DEVICE,
    SCAN_DPI,
    SCAN_COLOUR,
    UI_LANGUAGE,
    BACKUP_FOLDER,
    BACKUP_REMINDER_DAYS,
    PRINTER,
    PRINT_COPIES,
    PRINT_SIDES,
)


class Settings:
    """The settings of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, object] = self._load()

    def _load(self) -> dict[str, object]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise os_error_to_user_error(error, self.path) from None
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The settings file {path} is damaged (line {line}: {detail}); "
                    "correct or remove it.",
                ),
                path=self.path,
                line=error.lineno,
                detail=error.msg,
            ) from None
        if not isinstance(values, dict):
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The settings file {path} does not hold settings."),
                path=self.path,
            )
        for setting in ALL_SETTINGS:
            if setting.key in values:
                try:
                    setting.validate(values[setting.key])
                except InvalidInput as error:
                    # the setting's own sentence, in the app's language where it has one
                    raise StorageError(
                        QT_TRANSLATE_NOOP("Errors", "In {path}: {problem}"),
                        path=self.path,
                        problem=error,
                    ) from None
        return values

    def get(self, setting: Setting[T]) -> T:
        if setting.key in self._values:
            return cast(T, self._values[setting.key])
        default = setting.default
        return cast(T, list(default)) if isinstance(default, list) else default

    def set(self, setting: Setting[T], value: T) -> None:
        values = dict(self._values)
        values[setting.key] = setting.validate(value)
        self._write(values)
        self._values = values

    def _write(self, values: dict[str, object]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            with tmp.open("w", encoding="utf-8") as f:
                json.dump(values, f, ensure_ascii=False, indent=2, sort_keys=True)
                f.write("\n")
                f.flush()
                os.fsync(f.fileno())
            tmp.replace(self.path)
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise os_error_to_user_error(error, self.path) from None

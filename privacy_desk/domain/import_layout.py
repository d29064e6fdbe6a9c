"""The column layout of the office's earlier records, and how each cell is read.

Pure rules, no I/O: :mod:`privacy_desk.services.importing` reads the file and asks
these functions what a heading or a cell means. The layout is documented for the
office in ``forms/import/README.md``; keep the two in step.

Every cell is read in its NFKC form (full-width digits, letters and spaces become
ordinary ones), so "２０２６／１１／２４" and "〒６１７－０００２" read as expected.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from privacy_desk.domain.era import DateInputError, parse_date
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.search import fold
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Phrase


@dataclass(frozen=True)
class Column:
    """One column the import understands: its English key, its Japanese heading, the
    other headings it is known by, and what it holds (for the documentation)."""

    key: str
    heading: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    max_length: int = 0  # 0: no limit


COLUMNS: tuple[Column, ...] = (
    Column(
        "reference", "旧受付番号", ("受付番号", "旧番号", "管理番号", "old reference"), False, 64
    ),
    Column("received_on", "受付日", ("受付年月日", "受領日", "received"), True),
    Column("requester_kind", "請求者区分", ("請求者の区分", "区分", "requester kind")),
    Column("request_types", "請求内容", ("請求の種類", "請求種別", "request type"), True),
    Column("requester_name", "氏名", ("請求者氏名", "本人氏名", "名前", "name"), True, 200),
    Column(
        "requester_kana", "フリガナ", ("ふりがな", "氏名カナ", "氏名フリガナ", "kana"), False, 200
    ),
    Column("requester_birth_date", "生年月日", ("birth date", "date of birth")),
    Column("requester_postal_code", "郵便番号", ("〒", "postal code"), False, 7),
    Column("requester_address", "住所", ("address",), False, 400),
    Column("requester_phone", "電話番号", ("電話", "phone"), False, 40),
    Column("requester_email", "メールアドレス", ("メール", "email", "e-mail"), False, 200),
    Column("agent_name", "代理人氏名", ("代理人名", "agent"), False, 200),
    Column("agent_kana", "代理人フリガナ", ("代理人ふりがな",), False, 200),
    Column("status", "状況", ("状態", "ステータス", "対応状況")),
    Column("replied_on", "回答日", ("回答年月日", "通知日", "replied")),
    Column("closed_on", "完了日", ("完結日", "終了日", "closed")),
    Column("notes", "備考", ("メモ", "note")),
)
BY_KEY = {c.key: c for c in COLUMNS}

#: What a cell in the named column is called in a sentence (translated with the sentence
#: of an error, as a :class:`~privacy_desk.errors.Phrase`).
FIELD_NAMES = {
    "reference": QT_TRANSLATE_NOOP("Errors", "the old reference (旧受付番号)"),
    "received_on": QT_TRANSLATE_NOOP("Errors", "the date of receipt (受付日)"),
    "requester_kind": QT_TRANSLATE_NOOP("Errors", "the requester kind (請求者区分)"),
    "request_types": QT_TRANSLATE_NOOP("Errors", "the request types (請求内容)"),
    "requester_name": QT_TRANSLATE_NOOP("Errors", "the requester's name (氏名)"),
    "requester_kana": QT_TRANSLATE_NOOP("Errors", "the name in kana (フリガナ)"),
    "requester_birth_date": QT_TRANSLATE_NOOP("Errors", "the date of birth (生年月日)"),
    "requester_postal_code": QT_TRANSLATE_NOOP("Errors", "the postal code (郵便番号)"),
    "requester_address": QT_TRANSLATE_NOOP("Errors", "the address (住所)"),
    "requester_phone": QT_TRANSLATE_NOOP("Errors", "the phone number (電話番号)"),
    "requester_email": QT_TRANSLATE_NOOP("Errors", "the e-mail address (メールアドレス)"),
    "agent_name": QT_TRANSLATE_NOOP("Errors", "the agent's name (代理人氏名)"),
    "agent_kana": QT_TRANSLATE_NOOP("Errors", "the agent's name in kana (代理人フリガナ)"),
    "status": QT_TRANSLATE_NOOP("Errors", "the status (状況)"),
    "replied_on": QT_TRANSLATE_NOOP("Errors", "the date of the reply (回答日)"),
    "closed_on": QT_TRANSLATE_NOOP("Errors", "the closing date (完了日)"),
    "notes": QT_TRANSLATE_NOOP("Errors", "the notes (備考)"),
}

_SPACES = re.compile(r"\s+")
_NAME_DROP = re.compile(r"[\s_\-]+")
_HEADING_MARKS = re.compile(r"[*＊※]|\(必須\)|\(任意\)|\(required\)|\(optional\)")


def clean(text: str) -> str:
    """NFKC, runs of white space as one space, no space at either end."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _name_key(text: str) -> str:
    """How names of columns and values are compared: NFKC, case, spaces, _ and - ignored."""
    return _NAME_DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


_Kind = TypeVar("_Kind", bound=StrEnum)  # RequestType, RequesterKind


def _by_name(names: dict[_Kind, tuple[str, ...]]) -> dict[str, _Kind]:
    """Each kind under its value and every name it goes by, compared as :func:`_name_key`."""
    found: dict[str, _Kind] = {}
    for kind, others in names.items():
        for name in (kind.value, *others):
            found[_name_key(name)] = kind
    return found


def _heading_key(text: str) -> str:
    return _name_key(_HEADING_MARKS.sub("", unicodedata.normalize("NFKC", text).casefold()))


_HEADINGS: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.key, _column.heading, *_column.aliases):
        _HEADINGS[_heading_key(_name)] = _column.key
del _column, _name


@dataclass(frozen=True)
class HeaderMap:
    """Which cell of a row holds which column, and the headings that were not understood."""

    positions: dict[str, int]
    ignored: tuple[str, ...]
    width: int


def read_header(cells: Sequence[str]) -> HeaderMap:
    """Understand the first row; refuse a row that lacks a required column or names one twice."""
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        heading = clean(cell)
        if not heading:
            continue
        key = _HEADINGS.get(_heading_key(heading))
        if key is None:
            ignored.append(heading)
            continue
        if key in positions:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Two columns of the first row mean {field}: columns {first} and {second}. "
                    "Keep one.",
                ),
                field=Phrase(FIELD_NAMES[key]),
                first=positions[key] + 1,
                second=index + 1,
            )
        positions[key] = index
    missing = [c for c in COLUMNS if c.required and c.key not in positions]
    if missing:
        names = ", ".join(f"{c.key} or {c.heading}" for c in missing)
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The first row must name the columns, and these are missing: {names}. "
                "See forms/import/README.md for the layout.",
            ),
            names=names,
        )
    return HeaderMap(positions, tuple(ignored), len(cells))


# -- values --------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[、,;/\n]+")
_TYPE_SUFFIXES = ("の請求", "請求", "の求め", "等")

_REQUEST_TYPE_NAMES: dict[RequestType, tuple[str, ...]] = {
    RequestType.PURPOSE_OF_USE: (
        "notification of purpose of use",
        "purpose of use",
        "purpose",
        "利用目的の通知",
        "利用目的通知",
        "利用目的",
    ),
    RequestType.DISCLOSURE: ("disclosure", "開示"),
    RequestType.PROVISION_RECORDS: (
        "disclosure of third-party provision records",
        "provision records",
        "第三者提供記録の開示",
        "第三者提供記録",
        "提供記録の開示",
        "提供記録",
    ),
    RequestType.CORRECTION: (
        "correction",
        "addition or deletion",
        "addition",
        "deletion",
        "訂正・追加・削除",
        "訂正",
        "追加",
        "削除",
    ),
    RequestType.SUSPENSION_OR_ERASURE: (
        "suspension of use or erasure",
        "suspension of use",
        "erasure",
        "利用停止・消去",
        "利用停止",
        "消去",
    ),
    RequestType.SUSPENSION_OF_PROVISION: (
        "suspension of third-party provision",
        "stop provision",
        "第三者提供の停止",
        "第三者提供停止",
        "提供停止",
    ),
}
_REQUEST_TYPES = _by_name(_REQUEST_TYPE_NAMES)
REQUEST_TYPE_HEADINGS = (
    "利用目的の通知, 開示, 第三者提供記録の開示, "
    "訂正・追加・削除, 利用停止・消去 or 第三者提供の停止"
)


def _type_key(text: str) -> str:
    key = _name_key(text)
    for suffix in _TYPE_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key.removesuffix(suffix)
    return key


def parse_request_types(text: str) -> tuple[list[RequestType], list[str]]:
    """The request types named in a cell (in order, each once) and the names not understood."""
    found: list[RequestType] = []
    unknown: list[str] = []
    for part in _SEPARATORS.split(unicodedata.normalize("NFKC", text)):
        name = clean(part)
        if not name:
            continue
        kind = _REQUEST_TYPES.get(_name_key(name)) or _REQUEST_TYPES.get(_type_key(name))
        if kind is None:
            unknown.append(name)
        elif kind not in found:
            found.append(kind)
    return found, unknown


#: Kinds written the way the office's books write them; the professions name the agent's
#: qualification too.
_REQUESTER_KIND_NAMES: dict[RequesterKind, tuple[str, ...]] = {
    RequesterKind.PRINCIPAL: ("principal", "本人"),
    RequesterKind.MINOR_AGENT: (
        "statutory agent of a minor",
        "未成年者の法定代理人",
        "法定代理人(未成年者)",
        "親権者",
        "未成年後見人",
    ),
    RequesterKind.ADULT_WARD_AGENT: (
        "statutory agent of an adult ward",
        "成年被後見人の法定代理人",
        "法定代理人(成年被後見人)",
        "成年後見人",
    ),
    RequesterKind.APPOINTED_AGENT: ("appointed agent", "任意代理人", "委任による代理人"),
    RequesterKind.PROFESSIONAL_AGENT: (
        "professional agent",
        "専門職の代理人(弁護士等)",
        "専門職の代理人",
        "弁護士",
        "司法書士",
        "行政書士",
    ),
}
_REQUESTER_KINDS = _by_name(_REQUESTER_KIND_NAMES)
QUALIFICATIONS = frozenset({"弁護士", "司法書士", "行政書士"})
_STATUTORY = frozenset({_name_key(n) for n in ("法定代理人", "statutory agent")})
REQUESTER_KIND_HEADINGS = (
    "本人, 未成年者の法定代理人, 成年被後見人の法定代理人, 法定代理人, 任意代理人 or 専門職の代理人"
)
#: The age of majority became 18 on 2022-04-01 (Civil Code, as amended in 2018).
_MAJORITY_18_FROM = date(2022, 4, 1)


def is_minor(birth_date: date, on: date) -> bool:
    majority = 18 if on >= _MAJORITY_18_FROM else 20
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    return age < majority


class CellError(ValueError):
    """A cell cannot be read; ``str(error)`` is the part of the sentence after "Row N: "."""


def parse_requester_kind(
    text: str, birth_date: date | None, received_on: date | None
) -> RequesterKind:
    """The kind named in a cell; empty is the principal.

    A bare "法定代理人" (statutory agent) is the minor's when the principal was a
    minor on the day of receipt, else the adult ward's; without a date of birth it
    cannot be told and is refused.
    """
    name = clean(text)
    if not name:
        return RequesterKind.PRINCIPAL
    key = _name_key(name)
    kind = _REQUESTER_KINDS.get(key)
    if kind is not None:
        return kind
    if key in _STATUTORY:
        if birth_date is None or received_on is None:
            raise CellError(
                f"the requester kind “{name}” may be the statutory agent of a minor or of an "
                "adult ward, and without a date of birth (生年月日) it cannot be told which; "
                "write 未成年者の法定代理人 or 成年被後見人の法定代理人"
            )
        return (
            RequesterKind.MINOR_AGENT
            if is_minor(birth_date, received_on)
            else RequesterKind.ADULT_WARD_AGENT
        )
    raise CellError(
        f"the requester kind “{name}” is not known; use {REQUESTER_KIND_HEADINGS} "
        "(or principal, minor_agent, adult_ward_agent, appointed_agent, professional_agent)"
    )


#: The statuses an imported case may take: still to handle, or ended. A case in between
#: (identity verified, decided, replied) is imported as received and moved on in Privacy
#: Desk, where its identity check and decisions are recorded as the office works.
IMPORTABLE_STATUSES = frozenset(
    {
        CaseStatus.RECEIVED,
        CaseStatus.CLOSED,
        CaseStatus.WITHDRAWN,
        CaseStatus.REJECTED_INCOMPLETE,
    }
)
_STATUS_NAMES: dict[CaseStatus, tuple[str, ...]] = {
    CaseStatus.RECEIVED: ("received", "受付", "受付済", "受付済み", "未対応"),
    CaseStatus.AWAITING_DOCUMENTS: ("awaiting documents", "書類待ち", "書類不備", "補正待ち"),
    CaseStatus.VERIFIED: ("identity verified", "verified", "本人確認済み", "本人確認済"),
    CaseStatus.IN_PROGRESS: ("in progress", "対応中", "処理中"),
    CaseStatus.DECIDED: ("decided", "決定済み", "決定済"),
    CaseStatus.REPLIED: ("replied", "回答済み", "回答済", "通知済み", "通知済"),
    CaseStatus.CLOSED: ("closed", "完了", "完結", "終了", "対応済み", "対応済"),
    CaseStatus.WITHDRAWN: ("withdrawn", "取下げ", "取り下げ", "取下", "取下げ済み"),
    CaseStatus.REJECTED_INCOMPLETE: ("rejected as incomplete", "不備により不受理", "不受理"),
}
_STATUSES = {
    _name_key(name): status
    for status, names in _STATUS_NAMES.items()
    for name in (status.value, *names)
}
STATUS_HEADINGS = "受付, 完了, 取下げ or 不受理 (received, closed, withdrawn, rejected_incomplete)"


def parse_status(text: str, closed_on: date | None) -> CaseStatus:
    """The status named in a cell; empty is received, or closed when a closing date is given."""
    name = clean(text)
    if not name:
        return CaseStatus.CLOSED if closed_on is not None else CaseStatus.RECEIVED
    status = _STATUSES.get(_name_key(name))
    if status is None:
        raise CellError(f"the status “{name}” is not known; use {STATUS_HEADINGS}")
    if status not in IMPORTABLE_STATUSES:
        raise CellError(
            f"the status “{name}” cannot be imported: an open case comes in as 受付 (received) "
            "and is moved on in Privacy Desk, where identity and decisions are checked; an ended "
            "one as 完了 (closed) with its 完了日"
        )
    return status


_TIME_PART = re.compile(r"(?P<day>.+?)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
_CANNOT_READ = re.compile(r"^Cannot read '.*?'(?:: | as a date\.)\s*", re.DOTALL)


def parse_cell_date(text: str, field: str) -> date:
    """A date written in any of the forms of :func:`privacy_desk.domain.era.parse_date`
    (also with a time of 00:00, as some programs write them)."""
    value = clean(text)
    if m := _TIME_PART.fullmatch(value):
        value = m["day"]
    try:
        return parse_date(value)
    except DateInputError as error:
        message = _CANNOT_READ.sub("", str(error)).rstrip(".")
        if not message or message.startswith(("Use ", "Enter")):  # nothing more specific
            raise CellError(
                f"{FIELD_NAMES[field]} “{clean(text)}” is not a date; write it like "
                "2026-11-24, 2026/11/24, R8.11.24 or 令和8年11月24日"
            ) from None
        if _CANNOT_READ.search(str(error)):  # "two-digit years are not accepted. …"
            message = message[:1].lower() + message[1:]
        raise CellError(f"{FIELD_NAMES[field]} “{clean(text)}” is not a date: {message}") from None


# -- the import key ------------------------------------------------------------------


def import_key(
    reference: str,
    received_on: date,
    requester_name: str,
    birth_date: date | None,
    request_types: Iterable[RequestType],
) -> str:
    """The key that recognises a row imported before (``Case.import_key``).

    SHA-256 (hex) of ``ref|`` and the folded old reference when the row has one, else of
    ``row|`` + the date of receipt, the folded name, the date of birth (or nothing) and
    the request types (sorted values), joined by ``|``. Folded: NFKC, lower case,
    katakana as hiragana, without spaces and dashes (:func:`privacy_desk.domain.search.fold`),
    so the same row typed with full-width digits or another space is the same row.
    """
    if fold(reference):
        text = f"ref|{fold(reference)}"
    else:
        types = ",".join(sorted(t.value for t in request_types))
        birth = birth_date.isoformat() if birth_date else ""
        text = f"row|{received_on.isoformat()}|{fold(requester_name)}|{birth}|{types}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

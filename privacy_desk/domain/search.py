"""How the office searches: the same text however it was typed.

Full-width and half-width forms are folded (NFKC), Latin letters lower-cased,
katakana turned into hiragana (シケン and しけん match), and spaces, hyphens
and dashes dropped (山田 太郎 = 山田太郎, 075-931-1234 = 0759311234).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# "|" separates the fields of a search text, so it is dropped from the fields.
_DROP = re.compile(r"[\s\-‐‑‒–—―−－ｰ・･|]+")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def fold(text: str) -> str:
    """The searchable form of a text (see the module doc)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.translate(_KATAKANA_TO_HIRAGANA)
    return _DROP.sub("", folded)


def search_text(*parts: str) -> str:
    """One searchable text for a record: ``|part|part|``, each part folded.

    The separators keep a search from matching across two fields and let an
    exact field match be written as ``|value|``.
    """
    return "|" + "|".join(fold(part) for part in parts if part) + "|"


#: The case fields a search box looks in.
CASE_SEARCH_FIELDS = (
    "reference",
    "requester_name",
    "requester_kana",
    "requester_address",
    "requester_phone",
    "requester_postal_code",
    "agent_name",
    "agent_kana",
)


def case_search_text(values: Mapping[str, object]) -> str:
    """The searchable text of a case from its field values."""
    return search_text(*(str(values.get(name) or "") for name in CASE_SEARCH_FIELDS))

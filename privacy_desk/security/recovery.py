"""Recovery keys: the one way back when every password is lost.

160 random bits and three check characters in Crockford base32, printed in
groups of five (no I, L, O or U to misread). The check characters form a
linear code over 32 symbols: any one or two wrong characters, and any swap of
two characters, are always caught.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Sequence

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

RECOVERY_KEY_TYPO_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "That recovery key has a typo; check it against the printed sheet."
)

#
# 160 random bits as 32 Crockford base32 symbols, then 3 check symbols: a
# linear code over GF(32) whose 35 parity-check columns are pairwise
# independent. Any one or two wrong characters, and any two characters
# swapped (anywhere), are therefore always detected; other errors slip
# through once in 32768.

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_RANDOM_BYTES = 20
_RECOVERY_DATA_SYMBOLS = 32
_RECOVERY_SYMBOLS = _RECOVERY_DATA_SYMBOLS + 3
_GROUP = 5
_TYPED_ALIASES = {"O": "0", "I": "1", "L": "1"}
# Separators people type between groups: spaces, hyphens and dashes, and the
# Japanese long vowel mark an IME gives for "-".
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014\u2212\u30fc\uff70")


def _gf32_tables() -> tuple[list[int], list[int]]:
    """Powers and logarithms of GF(32) built on the primitive x^5 + x^2 + 1."""
    exp, log = [0] * 31, [0] * 32
    value = 1
    for power in range(31):
        exp[power], log[value] = value, power
        value <<= 1
        if value & 0b100000:
            value ^= 0b100101
    return exp, log


_GF_EXP, _GF_LOG = _gf32_tables()


def _gf_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _GF_EXP[(_GF_LOG[a] + _GF_LOG[b]) % 31]


# Parity-check columns of the data symbols: (1, x, x^2) for the 31 non-zero x,
# and (1, 0, 1). The check symbols have the unit columns, so the checks are
# simply the sums below. All 35 columns are distinct and pairwise independent.
_CHECK_COLUMNS: tuple[tuple[int, int, int], ...] = (
    *((1, _GF_EXP[i], _GF_EXP[2 * i % 31]) for i in range(31)),
    (1, 0, 1),
)


def _check_symbols(data: Sequence[int]) -> list[int]:
    checks = [0, 0, 0]
    for symbol, column in zip(data, _CHECK_COLUMNS, strict=True):
        for row in range(3):
            checks[row] ^= _gf_mul(symbol, column[row])
    return checks


def _render_recovery_key(raw: bytes) -> str:
    """The recovery key for 20 random bytes, grouped for paper."""
    number = int.from_bytes(raw, "big")
    data = [(number >> (5 * (31 - i))) & 31 for i in range(_RECOVERY_DATA_SYMBOLS)]
    return _grouped([*data, *_check_symbols(data)])


def _grouped(symbols: Sequence[int]) -> str:
    text = "".join(_ALPHABET[s] for s in symbols)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def new_recovery_key() -> str:
    """A new recovery key (160 random bits), e.g. ``7Q2KD-...-M4R0X``, to print."""
    return _render_recovery_key(secrets.token_bytes(_RECOVERY_RANDOM_BYTES))


def parse_recovery_key(text: str) -> str:
    """The canonical form of a typed recovery key: the secret that opens its slot.

    Case, spaces, hyphens and full-width characters do not matter, and O, I
    and L are read as 0, 1 and 1. A wrong length or a failed check raises
    :class:`InvalidInput`.
    """
    typed = unicodedata.normalize("NFKC", text).upper()
    symbols: list[int] = []
    for char in typed:
        if char in _SEPARATORS:
            continue
        index = _ALPHABET.find(_TYPED_ALIASES.get(char, char))
        if index < 0:
            raise InvalidInput(RECOVERY_KEY_TYPO_MESSAGE)
        symbols.append(index)
    if len(symbols) != _RECOVERY_SYMBOLS:
        raise InvalidInput(RECOVERY_KEY_TYPO_MESSAGE)
    data = symbols[:_RECOVERY_DATA_SYMBOLS]
    if _check_symbols(data) != symbols[_RECOVERY_DATA_SYMBOLS:]:
        raise InvalidInput(RECOVERY_KEY_TYPO_MESSAGE)
    return _grouped(symbols)

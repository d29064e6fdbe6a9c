"""Columns the program encrypts itself before they leave the PC (issue 11).

On one PC the whole SQLite file is encrypted (SQLCipher) and these columns are stored
as they are. On a database server the file is the server's, so the program seals each
value of a personal column with the office's data key before sending it: AES-256-GCM
under a key derived from the data key (HKDF), a fresh nonce per value, and the table
and column as associated data, so a sealed value cannot be moved to another column
unnoticed. The server never holds the key: it sees ciphertext.

What is sealed is what SQL never has to look into: ID images, their thumbnails,
issued letters, notes, request texts, re-keyed identity details, contacts and the
audit trail's old and new values. Names, kana and the folded search text stay
readable to the server for searching, sorting and duplicate checks (see the README).

A sealed value starts with a marker (``SEALED_BYTES``, ``SEALED_TEXT``); a value
without one is read as it is (written before the office had a key).
"""

from __future__ import annotations

import base64
import secrets
from datetime import date
from typing import Any

from sqlalchemy import Date, Dialect, LargeBinary, Text
from sqlalchemy.types import TypeDecorator, TypeEngine

from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError, WrongKey

SEALED_BYTES = b"PDS1"
SEALED_TEXT = "pds1:"
_NONCE_BYTES = 12
_KEY_LABEL = b"privacy-desk/sealed-columns/v1"
_DIALECT_ATTRIBUTE = "privacy_desk_sealer"


class Sealer:
    """Seals and opens column values with one office's key; ``repr`` shows no key."""

    def __init__(self, data_key: bytes) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        column_key = HKDF(hashes.SHA256(), length=32, salt=None, info=_KEY_LABEL).derive(data_key)
        self._aead = AESGCM(column_key)

    def __repr__(self) -> str:
        return "Sealer()"

    def seal(self, plain: bytes, where: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return SEALED_BYTES + nonce + self._aead.encrypt(nonce, plain, where.encode())

    def open(self, sealed: bytes, where: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        body = sealed[len(SEALED_BYTES) :]
        try:
            return self._aead.decrypt(body[:_NONCE_BYTES], body[_NONCE_BYTES:], where.encode())
        except InvalidTag:
            raise WrongKey(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A record in the database cannot be decrypted with this office's key: it "
                    "was changed on the server, or it belongs to another office.",
                )
            ) from None


def install(dialect: Dialect, data_key: bytes | None) -> None:
    """Seal this engine's personal columns with ``data_key`` (None: store them as they are)."""
    setattr(dialect, _DIALECT_ATTRIBUTE, None if data_key is None else Sealer(data_key))


def sealer_of(dialect: Dialect) -> Sealer | None:
    sealer: Sealer | None = getattr(dialect, _DIALECT_ATTRIBUTE, None)
    return sealer


def _locked() -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The office's records on the server are encrypted: log in to read them.",
        )
    )


class Sealed(TypeDecorator[Any]):
    """Common ground: the column's name (set by :func:`name_sealed_columns`)."""

    cache_ok = True
    #: ``table.column``: the associated data every sealed value of the column carries.
    where = ""


class SealedBytes(Sealed):
    """Bytes (an image, a PDF), sealed on a server."""

    cache_ok = True
    impl = LargeBinary

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = sealer_of(dialect)
        if value is None or sealer is None:
            return value
        return sealer.seal(bytes(value), self.where)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = bytes(value)
        if not value.startswith(SEALED_BYTES):
            return value
        sealer = sealer_of(dialect)
        if sealer is None:
            raise _locked()
        return sealer.open(value, self.where)


class SealedText(Sealed):
    """Text, sealed on a server. ``SealedText(String(400))`` keeps the length on SQLite;
    a server stores every such column as TEXT (a sealed value is longer than its text)."""

    cache_ok = True
    impl = Text

    def __init__(self, kind: TypeEngine[str] | None = None) -> None:
        super().__init__()
        self.kind = kind

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        # the plain type: SQLAlchemy adapts it to the driver (psycopg's adaptation of
        # Text would name it VARCHAR in DDL and in Alembic's comparison)
        if dialect.name == "sqlite" and self.kind is not None:
            return self.kind
        return Text()

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else _seal_text(str(value), dialect, self.where)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else _open_text(value, dialect, self.where)


class SealedDate(Sealed):
    """A date (a birth date read off an ID), sealed on a server: there it is TEXT, as an
    ISO date when the office has no key yet."""

    cache_ok = True
    impl = Date

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return Date() if dialect.name == "sqlite" else Text()

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name == "sqlite":
            return value
        return _seal_text(value.isoformat(), dialect, self.where)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name == "sqlite":
            return value
        return date.fromisoformat(_open_text(value, dialect, self.where))


def _seal_text(value: str, dialect: Dialect, where: str) -> str:
    sealer = sealer_of(dialect)
    if sealer is None:
        return value
    sealed = sealer.seal(value.encode("utf-8"), where)
    return SEALED_TEXT + base64.b64encode(sealed[len(SEALED_BYTES) :]).decode("ascii")


def _open_text(value: str, dialect: Dialect, where: str) -> str:
    if not value.startswith(SEALED_TEXT):
        return value
    sealer = sealer_of(dialect)
    if sealer is None:
        raise _locked()
    raw = SEALED_BYTES + base64.b64decode(value[len(SEALED_TEXT) :])
    return sealer.open(raw, where).decode("utf-8")


def name_sealed_columns(tables: Any) -> None:
    """Give every sealed column its ``table.column`` (the values' associated data)."""
    for table in tables:
        for column in table.columns:
            if isinstance(column.type, Sealed):
                column.type.where = f"{table.name}.{column.name}"

"""Encryption at rest (SQLCipher): nothing readable in the file, its WAL or its backups.

The key comes from the key slots of ``security/keys.py``; these tests give the
store a random key directly.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from privacy_desk.domain.roles import Role
from privacy_desk.errors import NotADatabase, WrongKey
from privacy_desk.paths import DataPaths
from privacy_desk.services import cases
from privacy_desk.services.context import DeskContext
from privacy_desk.settings import Settings
from privacy_desk.store import backup
from privacy_desk.store.check import check_database
from privacy_desk.store.lifecycle import open_database
from tests.helpers.cases import new_case
from tests.helpers.documents import add_licence, small_page

DISTINCTIVE = "暗号化　確認太郎"
DISTINCTIVE_LATIN = "Zyxwvutsrq Encryptiontest"

pytestmark = pytest.mark.sqlite_only  # SQLCipher


def _encodings(text: str) -> list[bytes]:
    return [text.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def encrypted(data_paths: DataPaths, key: bytes) -> Iterator[DeskContext]:
    settings = Settings(data_paths.settings_file)
    db = open_database(data_paths, settings, key=key)
    ctx = DeskContext(db=db, settings=settings, paths=data_paths, actor="clerk", role=Role.STAFF)
    ctx.today = lambda: date(2026, 11, 24)
    yield ctx
    db.dispose()


def test_nothing_personal_is_readable_in_the_file_the_wal_or_a_backup(
    encrypted: DeskContext, data_paths: DataPaths, tmp_path: Path
) -> None:
    case = cases.log_request(
        encrypted,
        new_case(
            requester_name=DISTINCTIVE,
            requester_kana="アンゴウカ　カクニンタロウ",
            requester_address="京都府向日市暗号町1-2-3",
            notes=DISTINCTIVE_LATIN,
        ),
    )
    # an ID scan too: no run of its bytes (nor of its thumbnail) may be found
    scan = add_licence(encrypted, case.reference)
    stored = small_page()
    copy = tmp_path / "copy.sqlite3"
    backup.backup_to(encrypted.db, copy)
    files = [
        p
        for p in [*data_paths.root.iterdir(), *data_paths.backups.iterdir(), copy]
        if p.is_file() and "sqlite3" in p.name
    ]
    assert any(p.name.endswith("-wal") for p in files)  # the WAL was checked too
    for path in files:
        raw = path.read_bytes()
        for needle in [
            *_encodings(DISTINCTIVE),
            *_encodings(DISTINCTIVE_LATIN),
            b"SQLite format",
            stored.data[1000:1032],
            stored.thumbnail[500:532],
            b"JFIF",
        ]:
            assert needle not in raw, path.name
    assert scan.page_count == 1


def test_sqlite_alone_cannot_open_the_file(encrypted: DeskContext, data_paths: DataPaths) -> None:
    cases.log_request(encrypted, new_case())
    connection = sqlite3.connect(data_paths.database)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT * FROM cases").fetchall()
    finally:
        connection.close()


def test_a_wrong_key_is_one_sentence_without_the_key(
    encrypted: DeskContext, data_paths: DataPaths, key: bytes
) -> None:
    cases.log_request(encrypted, new_case())
    encrypted.db.dispose()
    wrong = secrets.token_bytes(32)
    with pytest.raises(WrongKey, match="cannot be opened with this key") as raised:
        open_database(data_paths, Settings(data_paths.settings_file), key=wrong)
    assert wrong.hex() not in str(raised.value) and key.hex() not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_an_encrypted_backup_opens_only_with_its_key(
    encrypted: DeskContext, key: bytes, tmp_path: Path
) -> None:
    cases.log_request(encrypted, new_case())
    copy = tmp_path / "copy.sqlite3"
    backup.backup_to(encrypted.db, copy)
    report = backup.inspect_backup(copy, key)
    assert report.ok and report.cases == 1
    with pytest.raises(NotADatabase, match="not a database file"):
        backup.inspect_backup(copy)
    with pytest.raises(WrongKey):
        backup.inspect_backup(copy, secrets.token_bytes(32))


def test_restoring_an_encrypted_backup(encrypted: DeskContext, tmp_path: Path) -> None:
    first = cases.log_request(encrypted, new_case()).reference
    copy = tmp_path / "copy.sqlite3"
    backup.backup_to(encrypted.db, copy)
    cases.log_request(encrypted, new_case())
    backup.restore_from(
        encrypted.db,
        copy,
        encrypted.paths.backups,
        keep=5,
        now=__import__("datetime").datetime.now(),
    )
    report = check_database(encrypted.db)
    assert report.ok and report.cases == 1
    assert cases.get_case(encrypted, first).requester_name


def test_a_plaintext_database_and_its_backups_are_encrypted_in_place(
    data_paths: DataPaths, key: bytes
) -> None:
    settings = Settings(data_paths.settings_file)
    db = open_database(data_paths, settings)
    ctx = DeskContext(db=db, settings=settings, paths=data_paths, actor="clerk", role=Role.STAFF)
    ctx.today = lambda: date(2026, 11, 24)
    reference = cases.log_request(ctx, new_case(requester_name=DISTINCTIVE)).reference
    saved = backup.automatic_backup(
        db, data_paths.backups, "daily", keep=5, now=__import__("datetime").datetime.now()
    )
    db.dispose()
    for path in (data_paths.database, saved):
        assert backup.is_plaintext(path)
        backup.encrypt_in_place(path, key)
        assert not backup.is_plaintext(path)
        assert not any(n in path.read_bytes() for n in _encodings(DISTINCTIVE))
    assert not data_paths.database.with_name("privacy-desk.sqlite3-wal").exists()
    encrypted = open_database(data_paths, settings, key=key)
    try:
        ctx.db = encrypted
        assert cases.get_case(ctx, reference).requester_name == DISTINCTIVE
        assert check_database(encrypted).ok
    finally:
        encrypted.dispose()
    assert backup.inspect_backup(saved, key).cases == 1

"""An office with users on a PostgreSQL server (issue 11): its key slots live in the
server's database, its personal columns leave the PC sealed with the office's key, and
the server never holds the key. Needs the test server (``PRIVACY_DESK_TEST_POSTGRESQL``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text

from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import StorageError, WrongKey
from privacy_desk.paths import DataPaths
from privacy_desk.services import auth, cases, documents, letters, server
from privacy_desk.services.maintenance import open_desk
from privacy_desk.settings import DATABASE_URL, Settings
from privacy_desk.store import backup
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.database import Database, server_url
from privacy_desk.store.models import Case
from privacy_desk.store.sealed import SEALED_BYTES, SEALED_TEXT
from tests.conftest import TODAY
from tests.helpers.cases import log_case
from tests.helpers.documents import add_licence
from tests.helpers.offices import ADMIN, PASSWORD, set_up_office
from tests.helpers.postgres import TestServer

TODAY_MOMENT = datetime(2026, 11, 24, 9, 0).astimezone()
NOTE = "電話で本人から問い合わせあり（試験）"
EMAIL = "hanako@example.com"


@pytest.fixture
def url(postgres_server: TestServer) -> Iterator[str]:
    made = postgres_server.new_database(empty=True)  # as the server's administrator made it
    yield made
    postgres_server.drop(made)


@pytest.fixture
def raw(url: str) -> Iterator[Engine]:
    """The server's rows as its administrator (or a thief of its disks) sees them."""
    engine = create_engine(server_url(url))
    yield engine
    engine.dispose()


def _on_server(tmp_path: Path, url: str) -> DataPaths:
    paths = DataPaths(tmp_path / "data").prepare()
    Settings(paths.settings_file).set(DATABASE_URL, url)
    return paths


def _column(raw: Engine, sql: str) -> list[object]:
    with raw.connect() as connection:
        return list(connection.execute(text(sql)).scalars())


def test_an_office_set_up_on_a_server_keeps_its_keys_there_and_seals_personal_data(
    tmp_path: Path, url: str, raw: Engine
) -> None:
    paths = _on_server(tmp_path, url)
    ctx = set_up_office(paths).ctx
    try:
        ctx.today = lambda: TODAY
        reference = log_case(ctx, notes=NOTE, requester_email=EMAIL)
        add_licence(ctx, reference)
        issued = letters.issue_letter(ctx, reference, LetterKind.ACKNOWLEDGEMENT)
        cases.update_case(ctx, reference, {"requester_phone": "075-111-2222"})
        page = documents.list_documents(ctx, reference)[0].pages[0]
        _, image = documents.page_image(ctx, page.id)
        pdf = letters.letter_pdf(ctx, issued.id)
    finally:
        ctx.db.dispose()
    assert not paths.keys_file.exists()  # the slots are on the server, for every desk
    assert auth.is_set_up(paths)

    # what the server holds: ciphertext for every personal column, never the key
    (notes,) = _column(raw, "SELECT notes FROM cases")
    (email,) = _column(raw, "SELECT requester_email FROM cases")
    for value in (notes, email):
        assert isinstance(value, str) and value.startswith(SEALED_TEXT)
        assert NOTE not in value and EMAIL not in value
    (stored_image,) = _column(raw, "SELECT image FROM document_pages")
    (stored_pdf,) = _column(raw, "SELECT pdf FROM letters")
    for stored, plain in ((stored_image, image), (stored_pdf, pdf)):
        assert bytes(stored).startswith(SEALED_BYTES) and plain[:64] not in bytes(stored)
    birth_dates = _column(raw, "SELECT rekeyed_birth_date FROM documents")
    assert all(str(d).startswith(SEALED_TEXT) for d in birth_dates)
    changed = _column(raw, "SELECT new_value FROM audit_entries WHERE field = 'requester_phone'")
    assert changed and all(str(v).startswith(SEALED_TEXT) for v in changed)
    (document,) = _column(raw, "SELECT document FROM office_keys")
    assert "slots" in str(document)

    # a desk logs in with the server's slots and reads it all back
    ctx = auth.log_in(paths, ADMIN, PASSWORD)
    try:
        case = cases.get_case(ctx, reference)
        assert (case.notes, case.requester_email) == (NOTE, EMAIL)
        assert documents.page_image(ctx, page.id)[1] == image
        assert letters.letter_pdf(ctx, issued.id) == pdf
        with ctx.db.read() as session:
            assert verify_chain(session).ok  # hashed over the values, not the ciphertext
    finally:
        ctx.db.dispose()


def test_an_office_that_moved_without_users_is_sealed_when_it_is_set_up(
    tmp_path: Path, url: str, raw: Engine
) -> None:
    paths = _on_server(tmp_path, url)
    plain = open_desk(paths)
    plain.today = lambda: TODAY
    reference = log_case(plain, notes=NOTE)
    plain.db.dispose()
    assert _column(raw, "SELECT notes FROM cases") == [NOTE]  # no key yet: as it is
    assert not auth.is_set_up(paths)

    set_up_office(paths).ctx.db.dispose()

    (notes,) = _column(raw, "SELECT notes FROM cases")
    assert str(notes).startswith(SEALED_TEXT) and NOTE not in str(notes)
    ctx = auth.log_in(paths, ADMIN, PASSWORD)
    try:
        assert cases.get_case(ctx, reference).notes == NOTE
    finally:
        ctx.db.dispose()


def test_without_the_key_or_with_a_value_moved_the_records_are_not_read(
    tmp_path: Path, url: str, raw: Engine
) -> None:
    paths = _on_server(tmp_path, url)
    ctx = set_up_office(paths).ctx
    ctx.today = lambda: TODAY
    reference = log_case(ctx, notes=NOTE)
    ctx.db.dispose()

    keyless = Database(url)  # a desk that did not log in
    try:
        with pytest.raises(StorageError, match="log in to read them"), keyless.read() as session:
            session.scalars(select(Case.notes)).all()
    finally:
        keyless.dispose()

    # someone with the server's rights moves a sealed value into another column
    with raw.begin() as connection:
        connection.execute(text("UPDATE cases SET requester_email = notes"))
    ctx = auth.log_in(paths, ADMIN, PASSWORD)
    try:
        with pytest.raises(WrongKey, match="cannot be decrypted"):
            cases.get_case(ctx, reference)
    finally:
        ctx.db.dispose()


def test_an_encrypted_office_moves_to_the_server_with_its_users(
    tmp_path: Path, postgres_server: TestServer
) -> None:
    paths = DataPaths(tmp_path / "data").prepare()
    ctx = set_up_office(paths).ctx
    ctx.today = lambda: TODAY
    reference = log_case(ctx, notes=NOTE)
    url = postgres_server.new_database(empty=True)
    engine = create_engine(server_url(url))
    try:
        moved = server.migrate_to(ctx, url)

        assert moved.copied.cases == 1
        assert not paths.keys_file.exists() and not paths.database.exists()
        assert backup.keys_beside(moved.kept_as).exists()  # the backup opens as it did
        with engine.connect() as connection:
            notes = connection.execute(text("SELECT notes FROM cases")).scalar_one()
        assert str(notes).startswith(SEALED_TEXT)
        ctx = auth.log_in(paths, ADMIN, PASSWORD)  # the same password, now on the server
        try:
            assert cases.get_case(ctx, reference).notes == NOTE
        finally:
            ctx.db.dispose()
    finally:
        engine.dispose()
        postgres_server.drop(url)


def test_a_server_office_is_backed_up_encrypted_and_restored_keeping_its_users(
    tmp_path: Path, url: str
) -> None:
    paths = _on_server(tmp_path, url)
    ctx = set_up_office(paths).ctx
    ctx.today = lambda: TODAY
    reference = log_case(ctx, notes=NOTE)
    saved = tmp_path / "usb" / "office.sqlite3"
    saved.parent.mkdir()
    key = ctx.db.key_for_copies()
    try:
        backup.backup_to(ctx.db, saved)
        cases.update_case(ctx, reference, {"notes": "後で変えた"})
    finally:
        ctx.db.dispose()
    assert not backup.is_plaintext(saved) and NOTE.encode() not in saved.read_bytes()
    assert backup.keys_beside(saved).exists()  # the slots travel with it
    assert backup.inspect_backup(saved, key).ok

    report, _ = backup.restore_database(
        url, saved, paths.backups, keep=5, now=TODAY_MOMENT, key=key
    )

    assert report.ok
    ctx = auth.log_in(paths, ADMIN, PASSWORD)  # the server's slots were kept
    try:
        assert cases.get_case(ctx, reference).notes == NOTE
    finally:
        ctx.db.dispose()

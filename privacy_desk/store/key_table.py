"""The key document of an office on a database server, kept in its ``office_keys`` row.

One PC keeps the document in ``keys.json`` beside its encrypted file. On a server every
desk must find the slots to log in, so they are in the database; what the server holds
of them is only the data key wrapped by each password (security/keys.py). Each change
locks the row (``SELECT … FOR UPDATE``), reads it again and writes it in the same
transaction: two desks counting failed logins or adding users at once lose nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, inspect, select, update

from privacy_desk.errors import QT_TRANSLATE_NOOP, Phrase
from privacy_desk.security.keys import UNCHANGED, Unchanged
from privacy_desk.store import audit
from privacy_desk.store.database import CASE_DATABASE, Database, translate_errors
from privacy_desk.store.models import OfficeKeys
from privacy_desk.store.sql import insert_if_missing

ROW_ID = 1
#: The document as sentences name it (a key file's path elsewhere).
WHERE = Phrase(QT_TRANSLATE_NOOP("Errors", "(in the database)"))


class KeyTable:
    """:class:`~privacy_desk.security.keys.KeyStorage` in a server's database.

    ``db`` is the office's database, opened with or without the key (the row is never
    sealed: it holds only wrapped keys); or its URL, for a connection made and closed
    for each read and change (logging in, before the office's database is opened).
    """

    label: object = WHERE

    def __init__(self, db: Database | str) -> None:
        self._db = db
        self._locked: Connection | None = None
        self._written = False

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        db = self._db if isinstance(self._db, Database) else Database(self._db, label=CASE_DATABASE)
        try:
            with translate_errors(db.label), db.engine.connect() as connection:
                yield connection
        finally:
            if db is not self._db:
                db.dispose()

    def __repr__(self) -> str:
        return "KeyTable()"

    @property
    def path(self) -> Path | None:
        return None

    def read(self) -> bytes | None:
        with self._connection() as connection:
            if not inspect(connection).has_table(OfficeKeys.__tablename__):
                return None  # a database not yet at this program's schema: no office yet
            document = connection.scalar(select(OfficeKeys.document).where(OfficeKeys.id == ROW_ID))
        return None if document is None else document.encode("utf-8")

    @contextmanager
    def changing(self) -> Iterator[bytes | Unchanged | None]:
        if self._locked is not None:  # a change within a change: the row is locked already
            yield UNCHANGED
            return
        with self._connection() as connection:
            transaction = connection.begin()
            self._written = False
            try:
                insert_if_missing(
                    connection, OfficeKeys.__table__, id=ROW_ID, document=None, changed_at=""
                )
                document = connection.scalar(
                    select(OfficeKeys.document).where(OfficeKeys.id == ROW_ID).with_for_update()
                )
                self._locked = connection
                yield None if document is None else document.encode("utf-8")
            finally:
                self._locked = None
                # what was written stays, even when the change ends in an error (a failed
                # login is counted, then refused)
                if self._written:
                    transaction.commit()
                else:
                    transaction.rollback()

    def write(self, document: bytes) -> None:
        if self._locked is None:
            with self.changing():
                self.write(document)
            return
        self._locked.execute(
            update(OfficeKeys)
            .where(OfficeKeys.id == ROW_ID)
            .values(document=document.decode("utf-8"), changed_at=audit.now_utc())
        )
        self._written = True

    def remove(self) -> None:
        with self._connection() as connection, connection.begin():
            connection.execute(
                update(OfficeKeys)
                .where(OfficeKeys.id == ROW_ID)
                .values(document=None, changed_at=audit.now_utc())
            )


def has_keys(db: Database | str) -> bool:
    """Whether the office on this server is set up (its key document is there)."""
    return KeyTable(db).read() is not None

"""The address of the office's database as an administrator sets it (issue 11).

Empty means this computer's database file; otherwise a PostgreSQL database
(``postgresql://USER@HOST:PORT/DATABASE``), reached with TLS when it is on another
computer (``store/database.py`` ``server_url``). A password is never kept: it is
taken out of the address, and PostgreSQL's password file or ``PGPASSWORD`` gives it.
The address is taken at the next start; a running desk keeps its database.

:func:`try_connection` connects as the next start would, with a short timeout, and
says what the database holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NewerSchema, StorageError
from privacy_desk.services.context import DeskContext
from privacy_desk.store import migrate
from privacy_desk.store.database import (
    Database,
    password_removed,
    server_url,
    user_error_for,
    without_password,
)
from privacy_desk.store.lifecycle import has_tables

#: How long a connection test waits for the server (libpq's ``connect_timeout``).
CONNECT_TIMEOUT_SECONDS = 5
#: The name the database at the address goes by in sentences.
AT_THE_ADDRESS = QT_TRANSLATE_NOOP("Errors", "the server's database")


@dataclass(frozen=True)
class Address:
    #: As it may be kept (settings, audit trail): never with a password; "" for the file.
    text: str
    #: The address as typed carried a password, which was taken out.
    had_password: bool
    #: As the program connects to it (TLS asked for); None for this computer's file.
    url: URL | None


def check_address(typed: str) -> Address:
    """The address as it may be kept; refuses what is not a PostgreSQL database's, and a
    server on another computer without TLS (``server_url``'s sentence)."""
    typed = typed.strip()
    if not typed:
        return Address("", had_password=False, url=None)
    url = server_url(typed)
    if url.get_backend_name() != "postgresql":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only a PostgreSQL database can be named here, as "
                "postgresql://USER@HOST:PORT/DATABASE; leave it empty for this computer's "
                "database file.",
            )
        )
    if not url.database:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Name the database at the end of the address: "
                "postgresql://USER@HOST:PORT/DATABASE.",
            )
        )
    # libpq also takes a password as a parameter (?password=…): out with it too
    had_password = bool(url.password) or "password" in url.query
    if not had_password:
        return Address(typed, had_password=False, url=url)
    return Address(without_password(typed), had_password=True, url=password_removed(url))


class Contents(StrEnum):
    """What a database holds, for Privacy Desk."""

    EMPTY = "empty"  # no tables: a new office begins there, or migrate-to moves one in
    OFFICE = "office"  # an office at this version's schema
    OLDER_OFFICE = "older_office"  # an office of an earlier version: brought up to date
    NEWER_OFFICE = "newer_office"  # written by a newer version: this one cannot open it
    OTHER = "other"  # another program's tables


@dataclass(frozen=True)
class ConnectionReport:
    server_version: str  # "15.6"
    contents: Contents
    schema: str | None  # the Privacy Desk schema found, if any
    cases: int | None  # the cases of an office


def try_connection(
    ctx: DeskContext, address: Address, *, timeout: int = CONNECT_TIMEOUT_SECONDS
) -> ConnectionReport:
    """Connect to the address as the next start would (no password but the password
    file's or ``PGPASSWORD``), waiting ``timeout`` seconds at most, and read what the
    database holds. Changes nothing. Runs off the GUI thread."""
    ctx.require(Permission.SETTINGS)
    if address.url is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the address of a database server to test.")
        )
    url = address.url
    if "connect_timeout" not in url.query:
        url = url.update_query_dict({"connect_timeout": str(timeout)})
    db = Database(url.render_as_string(hide_password=False), label=AT_THE_ADDRESS)
    try:
        schema: str | None = None
        cases: int | None = None
        try:
            plan = migrate.plan(db, what=AT_THE_ADDRESS)
        except NewerSchema:
            contents = Contents.NEWER_OFFICE
        else:
            schema = plan.current
            if plan.fresh:
                contents = Contents.OTHER if has_tables(db) else Contents.EMPTY
            else:
                contents = Contents.OLDER_OFFICE if plan.needed else Contents.OFFICE
                with db.engine.connect() as connection:
                    cases = int(connection.execute(text("SELECT count(*) FROM cases")).scalar_one())
        version = db.engine.dialect.server_version_info or ()
        return ConnectionReport(".".join(str(part) for part in version), contents, schema, cases)
    except DBAPIError as error:
        mapped = user_error_for(error, AT_THE_ADDRESS)
        if mapped is not None:
            raise mapped from None
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The connection to the database server failed: {detail}"),
            detail=detail[0] if detail else type(error).__name__,
        ) from None
    finally:
        db.dispose()

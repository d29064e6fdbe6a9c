"""Setting up an office, logging in, and getting back in with the recovery key.

The database is encrypted with one random data key. Each user's password opens
that user's copy of the key, and the recovery key opens one more copy: in
``keys.json`` on one PC, in the database's ``office_keys`` row on a server (where
the program seals the personal columns itself, store/sealed.py). Logging in
therefore needs no readable database: the password opens the key, the key opens
the database, and the user's row says whether the user
is still active and which role they have.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk import settings as S
from privacy_desk.domain.roles import Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.log import get_logger
from privacy_desk.paths import DataPaths
from privacy_desk.security.keys import (
    DEFAULT_KDF,
    RECOVERY_SLOT,
    UNKNOWN_USER,
    FailedAttempt,
    KdfParams,
    KeyStore,
    WrongSecret,
    new_data_key,
    user_slot,
)
from privacy_desk.security.recovery import new_recovery_key, parse_recovery_key
from privacy_desk.services import users
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk
from privacy_desk.store import audit, backup, sealing
from privacy_desk.store.database import server_url
from privacy_desk.store.key_table import KeyTable, has_keys
from privacy_desk.store.lifecycle import database_url
from privacy_desk.store.models import OfficeProfile, User

log = get_logger("auth")


@dataclass(frozen=True)
class SetUp:
    ctx: DeskContext  # logged in as the first administrator
    recovery_key: str  # shown once, printed, never stored


def is_set_up(paths: DataPaths) -> bool:
    """The office has users: a login comes first. On one PC its key file says so; on a
    server, the key document in its database."""
    if paths.is_set_up:
        return True
    url = server_address(paths)
    return url is not None and has_keys(url)


def server_address(paths: DataPaths) -> str | None:
    """The office's database server, or None for the SQLite file of this PC."""
    url = database_url(paths, S.Settings(paths.settings_file))
    return None if server_url(url).get_backend_name() == "sqlite" else url


def office_keys(paths: DataPaths, *, kdf: KdfParams = DEFAULT_KDF) -> KeyStore:
    """The office's key slots: ``keys.json`` on one PC, the database's on a server."""
    url = server_address(paths)
    if url is None:
        return KeyStore.load(paths.keys_file, kdf=kdf)
    return KeyStore.open(KeyTable(url), kdf=kdf)


def set_up_office(
    paths: DataPaths,
    *,
    profile: OfficeProfile,
    admin_login: str,
    admin_name: str,
    admin_password: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> SetUp:
    """First start: key, recovery key, encrypted database, first administrator, profile.

    A database kept so far without encryption (and its automatic backups) is
    encrypted in place, so nothing of it stays readable.
    """
    if is_set_up(paths):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This data folder is already set up; log in instead.")
        )
    # everything that can be checked is checked before anything is written
    login = users.check_login_name(admin_login)
    users.check_password(admin_password, login)
    if not admin_name.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the administrator's name as colleagues know it.")
        )
    if not profile.company_name.strip() or not profile.address.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the company's name and address; letters carry them.")
        )
    data_key = new_data_key()
    recovery_key = new_recovery_key()
    if server_address(paths) is not None:
        # a new server database gets this program's tables (office_keys among them) first
        open_desk(paths).db.dispose()
    keys = office_keys(paths, kdf=kdf)
    if keys.exists:  # a server's office that another desk set up meanwhile
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This data folder is already set up; log in instead.")
        )
    keys.set_secret(RECOVERY_SLOT, data_key, recovery_key)
    if keys.path is None:
        ctx = _seal_server_office(paths, keys, data_key, login)
    else:
        ctx = _encrypt_files(paths, data_key, login)
    try:
        users.create_user(
            ctx,
            keys,
            data_key,
            login=login,
            display_name=admin_name,
            role=Role.ADMINISTRATOR,
            password=admin_password,
            first=True,
        )
        with ctx.db.write() as session:
            session.merge(profile)
        ctx.record_event("setup", "office")
        if keys.path is not None:
            for path in backup.automatic_backups(paths.backups):  # encrypted above
                backup.copy_keys_beside(paths.keys_file, path)
    except BaseException:
        ctx.db.dispose()
        raise
    log.info("office set up; database encrypted")
    return SetUp(ctx=ctx, recovery_key=recovery_key)


def _encrypt_files(paths: DataPaths, data_key: bytes, login: str) -> DeskContext:
    """One PC: the database kept so far without encryption (and its automatic backups)
    is encrypted in place, so nothing of it stays readable."""
    try:
        for path in [paths.database, *backup.automatic_backups(paths.backups)]:
            if path.exists() and backup.is_plaintext(path):
                backup.encrypt_in_place(path, data_key)
        return open_desk(paths, key=data_key, actor=login, role=Role.ADMINISTRATOR)
    except BaseException:
        # nothing was encrypted without a way back: undo the key file only when
        # no file depends on it yet
        if not any(
            p.exists() and not backup.is_plaintext(p)
            for p in [paths.database, *backup.automatic_backups(paths.backups)]
        ):
            paths.keys_file.unlink(missing_ok=True)
        raise


def _seal_server_office(
    paths: DataPaths, keys: KeyStore, data_key: bytes, login: str
) -> DeskContext:
    """A server: what the office stored before it had users is sealed with the key."""
    try:
        ctx = open_desk(paths, key=data_key, actor=login, role=Role.ADMINISTRATOR)
    except BaseException:
        keys.forget()  # nothing was sealed: the office stays as it was, not set up
        raise
    try:
        sealing.seal_all(ctx.db)
    except BaseException:
        ctx.db.dispose()
        keys.forget()
        raise
    return ctx


def log_in(paths: DataPaths, login: str, password: str, *, now: float | None = None) -> DeskContext:
    """Open the database as ``login``; the same sentence for every kind of wrong."""
    login = login.strip().lower()
    keys = office_keys(paths)
    data_key = keys.unlock(user_slot(login), password, now=now)
    ctx = open_desk(paths, key=data_key, actor=login, daily_backup=True)
    try:
        with ctx.db.write() as session:
            user = session.scalar(select(User).where(User.login == login))
            if (
                user is None
                or not user.active
                or not users.password_matches(user.password_hash, password)
            ):
                raise WrongSecret()
            user.last_login_at = audit.now_utc()
            ctx.role = user.role
            flushed = _audit_failed_attempts(session, keys)
            audit.record(
                session,
                audit.AuditRecord(actor=login, action="login", entity_type="user", entity_id=login),
            )
        keys.clear_pending_failures(flushed)
    except BaseException:
        ctx.db.dispose()
        raise
    return ctx


def _audit_failed_attempts(session: Session, keys: KeyStore) -> list[FailedAttempt]:
    """Write the failed attempts kept in the key file to the audit trail.

    A failed attempt cannot open the database, so it waits in ``keys.json``
    until the next successful login or recovery. Returns what was written, for
    the caller to clear once the transaction has committed.
    """
    attempts, dropped = keys.pending_failures()
    records = []
    for attempt in attempts:
        recovery = attempt.slot == RECOVERY_SLOT
        who = attempt.slot.removeprefix("user:") if attempt.slot != UNKNOWN_USER else UNKNOWN_USER
        records.append(
            audit.AuditRecord(
                actor="(recovery key)" if recovery else who,
                action="recovery.failed" if recovery else "login.failed",
                entity_type="user",
                entity_id="" if recovery or who == UNKNOWN_USER else who,
                details={"attempted_at": _utc(attempt.at)},
            )
        )
    if dropped:
        records.append(
            audit.AuditRecord(
                actor="(system)",
                action="login.failed.dropped",
                entity_type="user",
                details={"count": dropped},
            )
        )
    if records:
        audit.record(session, *records)
    return attempts


def _utc(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def recover(paths: DataPaths, recovery_key: str, login: str, new_password: str) -> DeskContext:
    """Every password lost: the recovery key sets a new password for an administrator."""
    keys = office_keys(paths)
    data_key = keys.unlock(RECOVERY_SLOT, parse_recovery_key(recovery_key))
    login = users.check_login_name(login)
    ctx = open_desk(paths, key=data_key, actor=login)
    try:
        with ctx.db.read() as session:
            user = session.scalar(select(User).where(User.login == login))
        ctx.role = Role.ADMINISTRATOR
        if user is None and not users.has_users(ctx):
            # a set-up stopped after the encryption, before the administrator was stored
            users.create_user(
                ctx,
                keys,
                data_key,
                login=login,
                display_name=login,
                role=Role.ADMINISTRATOR,
                password=new_password,
                first=True,
            )
        elif user is None or not user.active or user.role is not Role.ADMINISTRATOR:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{login} is not an active administrator of this office."
                ),
                login=login,
            )
        else:
            users.reset_password(ctx, keys, data_key, login, new_password)
        with ctx.db.write() as session:
            flushed = _audit_failed_attempts(session, keys)
            audit.record(
                session,
                audit.AuditRecord(
                    actor=ctx.actor, action="recovery", entity_type="user", details={"login": login}
                ),
            )
        keys.clear_pending_failures(flushed)
    except BaseException:
        ctx.db.dispose()
        raise
    return ctx

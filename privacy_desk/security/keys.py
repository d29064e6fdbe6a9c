"""The keys of the encrypted case database.

The database is encrypted (SQLCipher) with ONE random data key. Every user
holds a copy of it in a *slot*: the data key encrypted with AES-256-GCM under
a key derived from the user's password by argon2id, with the slot name as
associated data so a slot cannot be moved to another user. One more slot is
opened by the printed recovery key. A password change re-wraps one slot;
nothing is re-encrypted.

The slots live in a JSON file beside the database (the database cannot hold
them: it is encrypted with the key they protect), together with a check value
that tells the right data key from a wrong one and the login throttle, so that
restarting the program does not reset it.

Nothing of a key or a password ever reaches a log, an exception message or
``repr()``.

``cryptography`` (7 MB in memory) is loaded when a slot is first opened or made, not
when the program starts.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import hashlib
import hmac
import json
import math
import os
import secrets
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, StorageError, UserError
from privacy_desk.paths import os_error_to_user_error

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_TAG_BYTES = 16
FORMAT_VERSION = 1
_FORMAT_NAME = "privacy-desk-keys"
RECOVERY_SLOT = "recovery"

WRONG_SECRET_MESSAGE = QT_TRANSLATE_NOOP("Errors", "The user name or password is wrong.")
WRONG_RECOVERY_KEY_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "That recovery key does not open this database."
)

# The login throttle: this many failures are free, then each attempt waits
# 2, 4, 8 ... seconds (at most MAX_WAIT_SECONDS) after the last failure.
FREE_ATTEMPTS = 5
MAX_WAIT_SECONDS = 300
# Failed attempts wait here for the next login to write them to the audit
# trail (the trail is in the database, which a failed attempt cannot open).
# Past this many, the oldest are dropped and counted.
MAX_PENDING_FAILURES = 500
UNKNOWN_USER = "(unknown user)"

_KEY_CHECK_LABEL = b"privacy-desk/key-check/v1"
_SLOT_AAD_PREFIX = b"privacy-desk/key-slot/v1:"
_UNKNOWN_PREFIX = "unknown:"


class WrongSecret(UserError):
    """A password or recovery key does not open a slot (or the name is unknown)."""

    exit_code = 5

    def __init__(self, message: str = WRONG_SECRET_MESSAGE) -> None:
        super().__init__(message)


class LoginThrottled(UserError):
    """Too many failed attempts: the next one must wait ``seconds``."""

    exit_code = 5

    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, math.ceil(seconds))
        if self.seconds == 1:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors", "Too many failed attempts; wait 1 second and try again."
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors", "Too many failed attempts; wait {seconds} seconds and try again."
                ),
                seconds=self.seconds,
            )


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _changes(
    method: Callable[Concatenate[KeyStore, _P], _R],
) -> Callable[Concatenate[KeyStore, _P], _R]:
    """A :class:`KeyStore` method that changes the document: run inside ``_changing``."""

    @functools.wraps(method)
    def changing(self: KeyStore, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._changing():
            return method(self, *args, **kwargs)

    return changing


def user_slot(login: str) -> str:
    """The slot name of a user's password."""
    return f"user:{login}"


def new_data_key() -> bytes:
    """A fresh random data key for the database."""
    return secrets.token_bytes(DATA_KEY_BYTES)


# --- Slots ------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost; ``memory_cost`` is in KiB, as argon2-cffi counts it."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 2

    def __post_init__(self) -> None:
        for value in (self.time_cost, self.memory_cost, self.parallelism):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("argon2 parameters must be whole numbers")
        # The upper bounds keep a damaged file from asking for hours or 64 GiB.
        if not 1 <= self.time_cost <= 100:
            raise ValueError("argon2 time_cost out of range")
        if not 1 <= self.parallelism <= 64:
            raise ValueError("argon2 parallelism out of range")
        if not 8 * self.parallelism <= self.memory_cost <= 4 * 1024 * 1024:
            raise ValueError("argon2 memory_cost out of range")

    def to_json(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_cost": self.memory_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Raises ValueError (without any value in the message) when malformed."""
        if not isinstance(data, dict) or set(data) != {"time_cost", "memory_cost", "parallelism"}:
            raise ValueError("kdf must hold time_cost, memory_cost and parallelism")
        return cls(data["time_cost"], data["memory_cost"], data["parallelism"])


DEFAULT_KDF = KdfParams()
# For tests only: a slot wrapped with these falls to a guessing attack at once.
FAST_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(data: Mapping[str, object], field: str, length: int) -> bytes:
    value = data.get(field)
    if not isinstance(value, str):
        raise ValueError(f"{field} is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise ValueError(f"{field} is not base64") from None
    if len(raw) != length:
        raise ValueError(f"{field} must be {length} bytes")
    return raw


@dataclass(frozen=True, repr=False)
class KeySlot:
    """One wrapped copy of the data key; ``repr`` shows the name only."""

    name: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams

    def __repr__(self) -> str:
        return f"KeySlot({self.name!r})"

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "kdf": self.kdf.to_json(),
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        """Raises ValueError (without any value in the message) when malformed."""
        if not isinstance(data, dict):
            raise ValueError("a slot is not an object")
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError("a slot has no name")
        return cls(
            name=name,
            salt=_unb64(data, "salt", SALT_BYTES),
            nonce=_unb64(data, "nonce", NONCE_BYTES),
            wrapped=_unb64(data, "wrapped", DATA_KEY_BYTES + _TAG_BYTES),
            kdf=KdfParams.from_json(data.get("kdf")),
        )


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # loaded on first use

    # NFC: the same password typed on another system (or IME) gives the same bytes.
    return hash_secret_raw(
        unicodedata.normalize("NFC", secret).encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _aad(name: str) -> bytes:
    return _SLOT_AAD_PREFIX + name.encode("utf-8")


def wrap(data_key: bytes, secret: str, name: str, kdf: KdfParams = DEFAULT_KDF) -> KeySlot:
    """A slot named ``name`` holding ``data_key``, opened by ``secret``."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key has {DATA_KEY_BYTES} bytes")
    if not name:
        raise ValueError("a slot needs a name")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, data_key, _aad(name))
    return KeySlot(name=name, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf)


def unwrap(slot: KeySlot, secret: str) -> bytes:
    """The data key in ``slot``; :class:`WrongSecret` if ``secret`` does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, _aad(slot.name)
        )
    except InvalidTag:
        raise WrongSecret from None


def _key_check(data_key: bytes) -> bytes:
    return hmac.new(data_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def throttle_wait(failures: int) -> int:
    """Seconds to wait after the last of ``failures`` consecutive failures."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(1 << min(failures - FREE_ATTEMPTS + 1, 16), MAX_WAIT_SECONDS)


# --- The key file -------------------------------------------------------------


@dataclass(frozen=True)
class _Failures:
    count: int
    last: float


@dataclass(frozen=True)
class FailedAttempt:
    """A failed login or recovery attempt not yet in the audit trail.

    ``slot`` is the slot tried, or :data:`UNKNOWN_USER` for a name that has
    none (which may be a password typed into the name field: it is not kept).
    """

    slot: str
    at: float


@dataclass(frozen=True)
class _State:
    slots: Mapping[str, KeySlot]
    key_check: bytes | None
    failures: Mapping[str, _Failures]
    pending: tuple[FailedAttempt, ...] = ()
    dropped: int = 0  # pending attempts dropped for room since the last flush


class KeyStore:
    """The slots, key check and login throttle kept in one JSON document.

    On one PC the document is a file (:class:`KeyFile`); an office on a database server
    keeps it in the database (``store/key_table.py``), where every desk finds it. Every
    change is written at once; a failed write leaves the document and the object as they
    were. A damaged document is never overwritten. Two programs never change it at once:
    on one PC the data folder's lock keeps a second program out; on a server each change
    re-reads the document under a row lock first (:meth:`_changing`).
    """

    def __init__(
        self, storage: KeyStorage, state: _State, *, on_disk: bool, kdf: KdfParams
    ) -> None:
        self.storage = storage
        self.kdf = kdf  # for new slots (and the work done for an unknown name)
        self._state = state
        self._on_disk = on_disk

    def __repr__(self) -> str:
        return f"KeyStore({self.storage!r}, slots={self.names()!r})"

    @property
    def path(self) -> Path | None:
        """The key file; None when the document is kept in a database."""
        return self.storage.path

    @classmethod
    def load(cls, path: Path, *, kdf: KdfParams = DEFAULT_KDF) -> KeyStore:
        """The key file at ``path``; an empty store when there is none yet."""
        return cls.open(KeyFile(path), kdf=kdf)

    @classmethod
    def open(cls, storage: KeyStorage, *, kdf: KdfParams = DEFAULT_KDF) -> KeyStore:
        """The document ``storage`` keeps; an empty store when there is none yet."""
        raw = storage.read()
        if raw is None:
            return cls(storage, _State({}, None, {}), on_disk=False, kdf=kdf)
        return cls(storage, _read_state(raw, storage.label), on_disk=True, kdf=kdf)

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """Around every change: where other desks share the document, it is locked and
        read again first, so that no desk's change (a slot, a failed attempt) is lost."""
        with self.storage.changing() as fresh:
            if not isinstance(fresh, Unchanged):
                if fresh is None:
                    self._state, self._on_disk = _State({}, None, {}), False
                else:
                    self._state, self._on_disk = _read_state(fresh, self.storage.label), True
            yield

    @property
    def exists(self) -> bool:
        """Whether the key file is on disk (read by :meth:`load` or written since)."""
        return self._on_disk

    def names(self) -> list[str]:
        return sorted(self._state.slots)

    def verify_data_key(self, data_key: bytes) -> bool:
        """Whether ``data_key`` is the key this file protects (False if none yet)."""
        stored = self._state.key_check
        return stored is not None and hmac.compare_digest(stored, _key_check(data_key))

    def save(self) -> None:
        with self.storage.changing():
            self._write(self._state)

    def forget(self) -> None:
        """Remove the document (a set-up undone before anything depended on it)."""
        self.storage.remove()
        self._state, self._on_disk = _State({}, None, {}), False

    def portable(self) -> bytes:
        """The slots and key check as a key file holds them, without failure records:
        what travels beside a backup."""
        return _document(_State(self._state.slots, self._state.key_check, {}))

    def copy_to(self, path: Path) -> KeyStore:
        """This document's slots and key check, written to ``path`` (no failure records)."""
        state = _State(self._state.slots, self._state.key_check, {})
        copy = KeyStore(KeyFile(path), state, on_disk=False, kdf=self.kdf)
        copy.save()
        return copy

    @_changes
    def add(self, slot: KeySlot) -> None:
        """Add ``slot``, replacing one of the same name, and clear its failures."""
        slots = {**self._state.slots, slot.name: slot}
        failures = {k: v for k, v in self._state.failures.items() if k != slot.name}
        self._commit(replace(self._state, slots=slots, failures=failures))

    @_changes
    def remove(self, name: str) -> None:
        if name not in self._state.slots:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no key slot named {name}."), name=name
            )
        if len(self._state.slots) == 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The last key slot cannot be removed: nobody could open the database.",
                )
            )
        slots = {k: v for k, v in self._state.slots.items() if k != name}
        failures = {k: v for k, v in self._state.failures.items() if k != name}
        self._commit(replace(self._state, slots=slots, failures=failures))

    @_changes
    def set_secret(self, name: str, data_key: bytes, secret: str) -> None:
        """Give ``name`` a slot opened by ``secret`` (a new user, or a reset password).

        The first call records the key check; later calls refuse a data key
        that is not the one already protected (a bug: it would lock the user out).
        """
        if len(data_key) != DATA_KEY_BYTES:
            raise ValueError(f"a data key has {DATA_KEY_BYTES} bytes")
        key_check = self._state.key_check
        if key_check is None:
            key_check = _key_check(data_key)
        elif not self.verify_data_key(data_key):
            raise ValueError("that data key is not the one this key file protects")
        slot = wrap(data_key, secret, name, self.kdf)
        slots = {**self._state.slots, name: slot}
        failures = {k: v for k, v in self._state.failures.items() if k != name}
        self._commit(replace(self._state, slots=slots, key_check=key_check, failures=failures))

    @_changes
    def unlock(self, name: str, secret: str, *, now: float | None = None) -> bytes:
        """The data key from slot ``name``, through the login throttle.

        After :data:`FREE_ATTEMPTS` failures each attempt must wait (see
        :func:`throttle_wait`) after the last failure, else
        :class:`LoginThrottled` is raised before anything is tried. An unknown
        name costs the same work, counts and fails exactly like a wrong password.
        """
        moment = time.time() if now is None else now
        record_key = self._throttle_key(name)
        record = self._state.failures.get(record_key)
        if record is not None:
            if moment < record.last:  # the clock went back: count from now, not from then
                record = _Failures(record.count, moment)
                self._commit(self._with_failure(record_key, record))
            remaining = record.last + throttle_wait(record.count) - moment
            if remaining > 0:
                raise LoginThrottled(remaining)
        message = WRONG_RECOVERY_KEY_MESSAGE if name == RECOVERY_SLOT else WRONG_SECRET_MESSAGE
        slot = self._state.slots.get(name)
        try:
            if slot is None:
                _derive(secret, bytes(SALT_BYTES), self.kdf)  # as slow as a real slot
                raise WrongSecret
            data_key = unwrap(slot, secret)
        except WrongSecret:
            count = 1 if record is None else record.count + 1
            state = self._with_failure(record_key, _Failures(count, moment))
            attempt = FailedAttempt(name if slot is not None else UNKNOWN_USER, moment)
            self._commit(_with_pending(state, attempt))
            raise WrongSecret(message) from None
        if self._state.key_check is not None and not self.verify_data_key(data_key):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file {path} holds a slot for another database; "
                    "restore the key file from a backup.",
                ),
                path=self.storage.label,
            )
        if record is not None:
            failures = {k: v for k, v in self._state.failures.items() if k != record_key}
            self._commit(replace(self._state, failures=failures))
        return data_key

    def pending_failures(self) -> tuple[list[FailedAttempt], int]:
        """Failed attempts not yet audited, oldest first, and how many were dropped."""
        return list(self._state.pending), self._state.dropped

    @_changes
    def clear_pending_failures(self, attempts: list[FailedAttempt]) -> None:
        """Forget ``attempts`` (now in the audit trail); later ones stay."""
        done = set(attempts)
        pending = tuple(a for a in self._state.pending if a not in done)
        if pending != self._state.pending or self._state.dropped:
            self._commit(replace(self._state, pending=pending, dropped=0))

    @_changes
    def rewrap(
        self, name: str, old_secret: str, new_secret: str, *, now: float | None = None
    ) -> None:
        """Change a password: the same data key, wrapped under ``new_secret``."""
        data_key = self.unlock(name, old_secret, now=now)
        slots = {**self._state.slots, name: wrap(data_key, new_secret, name, self.kdf)}
        self._commit(replace(self._state, slots=slots))

    def _throttle_key(self, name: str) -> str:
        if name in self._state.slots:
            return name
        # An unknown name may be a password typed into the name field: keep only
        # 12 bits of its hash, enough to count attempts, useless for guessing.
        digest = hashlib.sha256(b"privacy-desk/unknown-name\0" + name.encode("utf-8"))
        return _UNKNOWN_PREFIX + digest.hexdigest()[:3]

    def _with_failure(self, record_key: str, record: _Failures) -> _State:
        return replace(self._state, failures={**self._state.failures, record_key: record})

    def _commit(self, state: _State) -> None:
        self._write(state)
        self._state = state

    def _write(self, state: _State) -> None:
        self.storage.write(_document(state))
        self._on_disk = True


def _document(state: _State) -> bytes:
    document = {
        "format": _FORMAT_NAME,
        "version": FORMAT_VERSION,
        "key_check": None if state.key_check is None else _b64(state.key_check),
        "slots": [state.slots[name].to_json() for name in sorted(state.slots)],
        "failures": {
            key: {"count": record.count, "last": record.last}
            for key, record in sorted(state.failures.items())
        },
        "unaudited_failures": [{"slot": a.slot, "at": a.at} for a in state.pending],
        "dropped_failures": state.dropped,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class Unchanged:
    """What :meth:`KeyStorage.changing` yields when the document need not be read again."""


UNCHANGED = Unchanged()


class KeyStorage(Protocol):
    """Where a key document is kept."""

    #: The ``{path}`` of sentences about the document: a file's path, or a phrase.
    label: object

    @property
    def path(self) -> Path | None: ...

    def read(self) -> bytes | None:
        """The document; None when there is none yet."""

    def write(self, document: bytes) -> None:
        """Replace the document, whole or not at all."""

    def remove(self) -> None:
        """Remove the document (there is none afterwards)."""

    def changing(self) -> contextlib.AbstractContextManager[bytes | Unchanged | None]:
        """Around a change: yields the document read afresh under a lock (or
        :data:`UNCHANGED` where no one else can change it meanwhile)."""


class KeyFile:
    """A key document kept as a file: written atomically (temporary file, fsync,
    replace; mode 0600). Callers hold the data folder's lock."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.label: object = path

    def __repr__(self) -> str:
        return f"KeyFile({str(self._path)!r})"

    @property
    def path(self) -> Path:
        return self._path

    def read(self) -> bytes | None:
        try:
            return self._path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise os_error_to_user_error(error, self._path) from None

    @contextlib.contextmanager
    def changing(self) -> Iterator[bytes | Unchanged | None]:
        yield UNCHANGED  # the data folder's lock keeps other programs out

    def remove(self) -> None:
        try:
            self._path.unlink(missing_ok=True)
        except OSError as error:
            raise os_error_to_user_error(error, self._path) from None

    def write(self, document: bytes) -> None:
        tmp: Path | None = None
        try:
            fd, tmp_name = tempfile.mkstemp(  # mode 0600
                prefix=self._path.name + ".", suffix=".tmp", dir=self._path.parent
            )
            tmp = Path(tmp_name)
            with os.fdopen(fd, "wb") as f:
                f.write(document)
                f.flush()
                os.fsync(f.fileno())
            tmp.replace(self._path)
            tmp = None
        except OSError as error:
            raise os_error_to_user_error(error, self._path) from None
        finally:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
        _fsync_folder(self._path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make a replace durable (POSIX; Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    # The file is already in place: a folder that cannot be synced is no failure.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _with_pending(state: _State, attempt: FailedAttempt) -> _State:
    pending = (*state.pending, attempt)
    dropped = state.dropped
    if len(pending) > MAX_PENDING_FAILURES:
        dropped += len(pending) - MAX_PENDING_FAILURES
        pending = pending[-MAX_PENDING_FAILURES:]
    return replace(state, pending=pending, dropped=dropped)


def _read_state(raw: bytes, where: object) -> _State:
    """The state in a key document's bytes; a damaged one is a :class:`StorageError`."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except json.JSONDecodeError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {path} is damaged (line {line}: {detail}); restore it from a backup.",
            ),
            path=where,
            line=error.lineno,
            detail=error.msg,
        ) from None
    except UnicodeDecodeError:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {path} is damaged (not UTF-8 text); restore it from a backup.",
            ),
            path=where,
        ) from None
    try:
        return _parse(data)
    except _NewerFormat:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {path} was written by a newer version of Privacy Desk; "
                "update the program.",
            ),
            path=where,
        ) from None
    except ValueError as error:
        # what is wrong stays English: the file's fields are named as they are written
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The key file {path} is damaged ({detail}); restore it from a backup."
            ),
            path=where,
            detail=str(error),
        ) from None


class _NewerFormat(Exception):
    pass


def _parse(data: object) -> _State:
    """The state in a key file's JSON; ValueError (no values in it) when malformed."""
    if not isinstance(data, dict) or data.get("format") != _FORMAT_NAME:
        raise ValueError("it does not hold database keys")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError("no valid format version")
    if version > FORMAT_VERSION:
        raise _NewerFormat
    key_check = None if data.get("key_check") is None else _unb64(data, "key_check", 32)
    slot_list = data.get("slots")
    if not isinstance(slot_list, list):
        raise ValueError("slots is not a list")
    slots: dict[str, KeySlot] = {}
    for number, entry in enumerate(slot_list, start=1):
        try:
            slot = KeySlot.from_json(entry)
        except ValueError as error:
            raise ValueError(f"slot {number}: {error}") from None
        if slot.name in slots:
            raise ValueError(f"slot {number}: the name is used twice")
        slots[slot.name] = slot
    failure_map = data.get("failures", {})
    if not isinstance(failure_map, dict):
        raise ValueError("failures is not an object")
    failures: dict[str, _Failures] = {}
    for key, entry in failure_map.items():
        count = entry.get("count") if isinstance(entry, dict) else None
        last = entry.get("last") if isinstance(entry, dict) else None
        if (
            isinstance(count, bool)
            or not isinstance(count, int)
            or count < 1
            or isinstance(last, bool)
            or not isinstance(last, int | float)
            or not math.isfinite(last)
        ):
            raise ValueError("a failure record is malformed")
        failures[key] = _Failures(count, float(last))
    pending_list = data.get("unaudited_failures", [])
    if not isinstance(pending_list, list):
        raise ValueError("unaudited_failures is not a list")
    pending: list[FailedAttempt] = []
    for entry in pending_list:
        tried = entry.get("slot") if isinstance(entry, dict) else None
        at = entry.get("at") if isinstance(entry, dict) else None
        if (
            not isinstance(tried, str)
            or isinstance(at, bool)
            or not isinstance(at, int | float)
            or not math.isfinite(at)
        ):
            raise ValueError("an unaudited failure is malformed")
        pending.append(FailedAttempt(tried, float(at)))
    dropped = data.get("dropped_failures", 0)
    if isinstance(dropped, bool) or not isinstance(dropped, int) or dropped < 0:
        raise ValueError("dropped_failures is malformed")
    return _State(slots, key_check, failures, tuple(pending), dropped)

"""Database keys: slots, recovery keys, the key file and the login throttle."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from privacy_desk.errors import InvalidInput, NotFound, StorageError
from privacy_desk.security import keys as K
from privacy_desk.security import recovery as R
from privacy_desk.security.keys import FAST_KDF, KeySlot, KeyStore, LoginThrottled, WrongSecret

PASSWORD = "correct horse 馬 battery"
OTHER_PASSWORD = "Tr0ub4dor&3 staple"
WRONG = "The user name or password is wrong."
T0 = 1_800_000_000.0
RECOVERY_PATTERN = re.compile(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){6}")


@pytest.fixture
def data_key() -> bytes:
    return K.new_data_key()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    return tmp_path / "keys.json"


@pytest.fixture
def store(key_file: Path, data_key: bytes) -> KeyStore:
    store = KeyStore.load(key_file, kdf=FAST_KDF)
    store.set_secret("user:tanaka", data_key, PASSWORD)
    store.set_secret("user:sato", data_key, OTHER_PASSWORD)
    return store


def fail(store: KeyStore, times: int, *, at: float, name: str = "user:tanaka") -> None:
    for _ in range(times):
        with pytest.raises(WrongSecret):
            store.unlock(name, "not the password", now=at)


# --- Slots ----------------------------------------------------------------


def test_a_data_key_is_32_fresh_random_bytes() -> None:
    assert len(K.new_data_key()) == K.DATA_KEY_BYTES == 32
    assert K.new_data_key() != K.new_data_key()


def test_wrap_and_unwrap_give_back_the_data_key(data_key: bytes) -> None:
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    assert (len(slot.salt), len(slot.nonce), len(slot.wrapped)) == (16, 12, 48)
    assert slot.kdf == FAST_KDF
    assert K.unwrap(slot, PASSWORD) == data_key
    # The same key and password wrap differently each time (fresh salt and nonce).
    assert K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF).wrapped != slot.wrapped


def test_a_slot_survives_json(data_key: bytes) -> None:
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    again = KeySlot.from_json(json.loads(json.dumps(slot.to_json())))
    assert again == slot
    assert K.unwrap(again, PASSWORD) == data_key


def test_the_defaults_are_the_strong_ones(data_key: bytes, key_file: Path) -> None:
    strong = K.KdfParams()
    assert (strong.time_cost, strong.memory_cost, strong.parallelism) == (3, 64 * 1024, 2)
    assert KeyStore.load(key_file).kdf == strong
    slot = K.wrap(data_key, PASSWORD, "user:tanaka")
    assert slot.kdf == strong
    assert K.unwrap(slot, PASSWORD) == data_key


def test_the_password_is_read_in_one_unicode_form(data_key: bytes) -> None:
    decomposed = "\u30cf\u309a\u30b9\u30ef\u30fc\u30c9"  # ハ + combining ゜ (macOS style)
    composed = "\u30d1\u30b9\u30ef\u30fc\u30c9"  # パスワード
    assert decomposed != composed
    slot = K.wrap(data_key, decomposed, "user:tanaka", FAST_KDF)
    assert K.unwrap(slot, composed) == data_key


def test_a_wrong_password_and_an_unknown_user_read_the_same(store: KeyStore) -> None:
    with pytest.raises(WrongSecret) as wrong_password:
        store.unlock("user:tanaka", "guess", now=T0)
    with pytest.raises(WrongSecret) as unknown_user:
        store.unlock("user:nobody", PASSWORD, now=T0)
    assert str(wrong_password.value) == str(unknown_user.value) == WRONG
    assert wrong_password.value.__cause__ is None and unknown_user.value.__cause__ is None
    assert wrong_password.value.__suppress_context__


def test_unwrap_with_a_wrong_password_raises_wrong_secret(data_key: bytes) -> None:
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    with pytest.raises(WrongSecret, match=re.escape(WRONG)) as caught:
        K.unwrap(slot, OTHER_PASSWORD)
    assert caught.value.__suppress_context__


def test_a_slot_moved_to_another_name_does_not_open(data_key: bytes) -> None:
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    moved = replace(slot, name="user:sato")
    with pytest.raises(WrongSecret):
        K.unwrap(moved, PASSWORD)
    assert K.unwrap(replace(moved, name="user:tanaka"), PASSWORD) == data_key


@pytest.mark.parametrize("field", ["wrapped", "nonce", "salt"])
def test_tampered_slots_do_not_open(data_key: bytes, field: str) -> None:
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    value: bytes = getattr(slot, field)
    changes: dict[str, Any] = {field: bytes([value[0] ^ 1]) + value[1:]}
    tampered = replace(slot, **changes)
    with pytest.raises(WrongSecret):
        K.unwrap(tampered, PASSWORD)


# --- Recovery keys -------------------------------------------------------------


def test_a_recovery_key_is_35_crockford_symbols_in_groups_of_five() -> None:
    key = R.new_recovery_key()
    assert RECOVERY_PATTERN.fullmatch(key), key
    assert R.parse_recovery_key(key) == key
    assert R.new_recovery_key() != key


def test_a_recovery_key_carries_160_random_bits() -> None:
    raw = bytes(range(1, 21))
    key = R._render_recovery_key(raw)
    symbols = key.replace("-", "")[:32]
    number = 0
    for char in symbols:
        number = number * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".index(char)
    assert number.to_bytes(20, "big") == raw


def test_a_typed_recovery_key_is_normalised() -> None:
    key = R._render_recovery_key(bytes(range(20)))
    assert "0" in key and "1" in key
    typed = key.lower().replace("-", " ").replace("0", "o")
    assert R.parse_recovery_key(typed) == key
    assert R.parse_recovery_key(key.replace("-", "").replace("1", "I")) == key
    assert R.parse_recovery_key(" " + key.replace("1", "l").replace("-", " - ") + "\n") == key
    full_width = key.translate(str.maketrans("0123456789-", "０１２３４５６７８９ー"))
    assert R.parse_recovery_key(full_width) == key


@pytest.mark.parametrize(
    "raw", [bytes(range(20)), bytes(20), b"\xff" * 20, b"recovery-key-example"]
)
def test_every_single_wrong_character_is_caught(raw: bytes) -> None:
    symbols = R._render_recovery_key(raw).replace("-", "")
    missed = []
    for position, original in enumerate(symbols):
        for char in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if char == original:
                continue
            typo = symbols[:position] + char + symbols[position + 1 :]
            try:
                R.parse_recovery_key(typo)
            except InvalidInput:
                continue
            missed.append(typo)
    assert missed == []


@pytest.mark.parametrize("raw", [bytes(range(20)), b"recovery-key-example"])
def test_every_swap_of_two_characters_is_caught(raw: bytes) -> None:
    symbols = list(R._render_recovery_key(raw).replace("-", ""))
    missed, tried = [], 0
    for i in range(len(symbols)):
        for j in range(i + 1, len(symbols)):
            if symbols[i] == symbols[j]:
                continue
            swapped = symbols.copy()
            swapped[i], swapped[j] = swapped[j], swapped[i]
            tried += 1
            try:
                R.parse_recovery_key("".join(swapped))
            except InvalidInput:
                continue
            missed.append((i, j))
    assert tried > 400
    assert missed == []


def test_two_wrong_characters_are_caught() -> None:
    symbols = R._render_recovery_key(b"recovery-key-example").replace("-", "")
    shifts = ("1", "9", "Z")  # added to a symbol's value, modulo 32
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    missed = []
    for i in range(len(symbols)):
        for j in range(i + 1, len(symbols)):
            for a in shifts:
                for b in shifts:
                    typo = list(symbols)
                    typo[i] = alphabet[(alphabet.index(typo[i]) + alphabet.index(a)) % 32]
                    typo[j] = alphabet[(alphabet.index(typo[j]) + alphabet.index(b)) % 32]
                    try:
                        R.parse_recovery_key("".join(typo))
                    except InvalidInput:
                        continue
                    missed.append((i, j, a, b))
    assert missed == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda key: key[:-1],  # a character left out
        lambda key: key + "7",  # one too many
        lambda key: key[:6] + key[7:],  # a character inside left out
        lambda key: "U" + key[1:],  # not in the alphabet
        lambda key: key.replace("-", "*", 1),
        lambda key: "",
    ],
)
def test_a_recovery_key_of_the_wrong_shape_is_refused(damage: object) -> None:
    key = R.new_recovery_key()
    assert callable(damage)
    typo = damage(key)
    with pytest.raises(InvalidInput) as caught:
        R.parse_recovery_key(typo)
    assert str(caught.value) == "That recovery key has a typo; check it against the printed sheet."


def test_the_recovery_key_opens_its_slot(store: KeyStore, data_key: bytes) -> None:
    recovery = R.new_recovery_key()
    store.set_secret(K.RECOVERY_SLOT, data_key, recovery)
    typed = recovery.lower().replace("-", " ")
    assert store.unlock(K.RECOVERY_SLOT, R.parse_recovery_key(typed), now=T0) == data_key
    with pytest.raises(WrongSecret, match="recovery key does not open"):
        store.unlock(K.RECOVERY_SLOT, R.new_recovery_key(), now=T0)


# --- The key file ---------------------------------------------------------------


def test_a_missing_file_is_an_empty_store(key_file: Path, data_key: bytes) -> None:
    store = KeyStore.load(key_file, kdf=FAST_KDF)
    assert not store.exists
    assert store.names() == []
    assert not store.verify_data_key(data_key)
    assert not key_file.exists()


def test_the_store_is_written_and_read_back(
    store: KeyStore, key_file: Path, data_key: bytes
) -> None:
    assert store.exists
    again = KeyStore.load(key_file, kdf=FAST_KDF)
    assert again.exists
    assert again.names() == ["user:sato", "user:tanaka"]
    assert again.unlock("user:sato", OTHER_PASSWORD, now=T0) == data_key
    assert json.loads(key_file.read_text(encoding="utf-8"))["version"] == K.FORMAT_VERSION
    assert [p.name for p in key_file.parent.iterdir()] == ["keys.json"]


def test_the_key_check_tells_the_right_data_key(store: KeyStore, data_key: bytes) -> None:
    assert store.verify_data_key(data_key)
    assert not store.verify_data_key(K.new_data_key())
    assert not store.verify_data_key(data_key[:-1] + bytes([data_key[-1] ^ 1]))


def test_a_foreign_data_key_is_refused(store: KeyStore, key_file: Path) -> None:
    before = key_file.read_bytes()
    foreign = K.new_data_key()
    with pytest.raises(ValueError, match="not the one") as caught:
        store.set_secret("user:suzuki", foreign, PASSWORD)
    assert foreign.hex() not in str(caught.value)
    assert key_file.read_bytes() == before
    assert "user:suzuki" not in store.names()


def test_a_slot_of_another_database_is_reported(store: KeyStore) -> None:
    store.add(K.wrap(K.new_data_key(), "intruder", "user:mallory", FAST_KDF))
    with pytest.raises(StorageError, match="slot for another database"):
        store.unlock("user:mallory", "intruder", now=T0)


def test_add_replaces_and_remove_drops_a_slot(
    store: KeyStore, key_file: Path, data_key: bytes
) -> None:
    store.add(K.wrap(data_key, "new one", "user:tanaka", FAST_KDF))
    with pytest.raises(WrongSecret):
        store.unlock("user:tanaka", PASSWORD, now=T0)
    assert store.unlock("user:tanaka", "new one", now=T0) == data_key
    store.remove("user:sato")
    assert KeyStore.load(key_file, kdf=FAST_KDF).names() == ["user:tanaka"]
    with pytest.raises(NotFound):
        store.remove("user:sato")
    with pytest.raises(InvalidInput, match="last key slot"):
        store.remove("user:tanaka")
    assert KeyStore.load(key_file, kdf=FAST_KDF).names() == ["user:tanaka"]


def test_a_password_change_keeps_the_data_key(
    store: KeyStore, key_file: Path, data_key: bytes
) -> None:
    wrapped_before = KeyStore.load(key_file, kdf=FAST_KDF)
    store.rewrap("user:tanaka", PASSWORD, "a brand new passphrase", now=T0)
    again = KeyStore.load(key_file, kdf=FAST_KDF)
    assert again.unlock("user:tanaka", "a brand new passphrase", now=T0) == data_key
    with pytest.raises(WrongSecret):
        again.unlock("user:tanaka", PASSWORD, now=T0)
    # Other slots are untouched.
    assert again.unlock("user:sato", OTHER_PASSWORD, now=T0) == data_key
    assert wrapped_before.unlock("user:tanaka", PASSWORD, now=T0) == data_key


def test_a_password_change_needs_the_old_password(store: KeyStore, data_key: bytes) -> None:
    with pytest.raises(WrongSecret):
        store.rewrap("user:tanaka", "guess", "taken over", now=T0)
    assert store.unlock("user:tanaka", PASSWORD, now=T0) == data_key


def test_an_administrator_resets_a_password(store: KeyStore, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    store.set_secret("user:tanaka", data_key, "reset by admin")  # also clears the failures
    assert store.unlock("user:tanaka", "reset by admin", now=T0) == data_key
    with pytest.raises(WrongSecret):
        store.unlock("user:tanaka", PASSWORD, now=T0)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_key_file_is_private(store: KeyStore, key_file: Path) -> None:
    os.chmod(key_file, 0o644)
    store.save()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_a_failed_write_leaves_file_and_store_as_they_were(
    store: KeyStore, key_file: Path, data_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = key_file.read_bytes()

    def no_space(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(StorageError, match="full"):
        store.set_secret("user:suzuki", data_key, PASSWORD)
    monkeypatch.undo()
    assert key_file.read_bytes() == before
    assert store.names() == ["user:sato", "user:tanaka"]
    assert [p.name for p in key_file.parent.iterdir()] == ["keys.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "privacy-desk-keys",\n "version": }', r"keys.json is damaged \(line 2"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (b'{"backups.keep": 14}', "does not hold database keys"),
        (
            b'{"format": "privacy-desk-keys", "version": 1, "key_check": null,'
            b' "slots": [{"name": "user:x", "salt": "AAAA"}]}',
            "slot 1: salt must be 16 bytes",
        ),
        (
            b'{"format": "privacy-desk-keys", "version": 1, "slots": [],'
            b' "failures": {"user:x": {"count": "many", "last": 0}}}',
            "failure record",
        ),
        (b'{"format": "privacy-desk-keys", "version": 2, "slots": []}', "newer version"),
    ],
)
def test_a_damaged_file_is_named_and_left_alone(
    key_file: Path, content: bytes, message: str
) -> None:
    key_file.write_bytes(content)
    with pytest.raises(StorageError, match=message) as caught:
        KeyStore.load(key_file, kdf=FAST_KDF)
    assert str(key_file) in str(caught.value)
    assert key_file.read_bytes() == content
    assert [p.name for p in key_file.parent.iterdir()] == ["keys.json"]


def test_absurd_argon2_costs_in_a_file_are_refused(store: KeyStore, key_file: Path) -> None:
    document = json.loads(key_file.read_text(encoding="utf-8"))
    document["slots"][0]["kdf"]["memory_cost"] = 1 << 40
    key_file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(StorageError, match="memory_cost out of range"):
        KeyStore.load(key_file, kdf=FAST_KDF)


# --- The login throttle --------------------------------------------------------


def test_five_failures_are_free_then_the_sixth_waits(store: KeyStore, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    with pytest.raises(LoginThrottled) as caught:
        store.unlock("user:tanaka", PASSWORD, now=T0 + 0.7)  # even the right password
    assert caught.value.seconds == 2
    assert str(caught.value) == "Too many failed attempts; wait 2 seconds and try again."
    with pytest.raises(LoginThrottled) as caught:
        store.unlock("user:tanaka", PASSWORD, now=T0 + 1.5)
    assert caught.value.seconds == 1
    assert "wait 1 second " in str(caught.value)
    # Another user is not held up.
    assert store.unlock("user:sato", OTHER_PASSWORD, now=T0 + 1) == data_key


def test_after_the_wait_the_attempt_is_tried(store: KeyStore, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    fail(store, 1, at=T0 + 2)  # tried (and wrong): now the wait is 4 s from T0 + 2
    with pytest.raises(LoginThrottled) as caught:
        store.unlock("user:tanaka", PASSWORD, now=T0 + 3)
    assert caught.value.seconds == 3
    assert store.unlock("user:tanaka", PASSWORD, now=T0 + 6) == data_key


def test_the_wait_doubles_up_to_five_minutes(store: KeyStore) -> None:
    fail(store, 5, at=T0)
    now, waits = T0, []
    for _ in range(10):
        with pytest.raises(LoginThrottled) as caught:
            store.unlock("user:tanaka", "guess", now=now)
        waits.append(caught.value.seconds)
        now += caught.value.seconds
        fail(store, 1, at=now)
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def test_success_resets_the_count(store: KeyStore, key_file: Path, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    assert store.unlock("user:tanaka", PASSWORD, now=T0 + 2) == data_key
    assert json.loads(key_file.read_text(encoding="utf-8"))["failures"] == {}
    fail(store, 5, at=T0 + 3)  # free again
    with pytest.raises(LoginThrottled):
        store.unlock("user:tanaka", PASSWORD, now=T0 + 3)


def test_the_throttle_survives_a_restart(store: KeyStore, key_file: Path, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    restarted = KeyStore.load(key_file, kdf=FAST_KDF)
    with pytest.raises(LoginThrottled):
        restarted.unlock("user:tanaka", PASSWORD, now=T0 + 1)
    assert restarted.unlock("user:tanaka", PASSWORD, now=T0 + 2) == data_key
    # The reset is written too.
    again = KeyStore.load(key_file, kdf=FAST_KDF)
    fail(again, 5, at=T0 + 3)
    with pytest.raises(LoginThrottled):
        again.unlock("user:tanaka", PASSWORD, now=T0 + 3)


def test_an_unknown_name_is_throttled_like_a_known_one(store: KeyStore, key_file: Path) -> None:
    fail(store, 5, at=T0, name="user:nobody")
    with pytest.raises(LoginThrottled) as caught:
        KeyStore.load(key_file, kdf=FAST_KDF).unlock("user:nobody", PASSWORD, now=T0 + 1)
    assert caught.value.seconds == 1
    with pytest.raises(WrongSecret, match=re.escape(WRONG)):
        store.unlock("user:nobody", PASSWORD, now=T0 + 2)


def test_an_unknown_name_costs_the_same_work(
    store: KeyStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The time an answer takes must not tell whether the name exists.
    calls: list[K.KdfParams] = []
    derive = K._derive

    def counting(secret: str, salt: bytes, kdf: K.KdfParams) -> bytes:
        calls.append(kdf)
        return derive(secret, salt, kdf)

    monkeypatch.setattr(K, "_derive", counting)
    fail(store, 1, at=T0, name="user:tanaka")
    fail(store, 1, at=T0, name="user:nobody")
    assert calls == [FAST_KDF, FAST_KDF]


def test_a_clock_set_back_does_not_lock_a_user_out(store: KeyStore, data_key: bytes) -> None:
    fail(store, 5, at=T0)
    year_ago = T0 - 365 * 24 * 3600
    with pytest.raises(LoginThrottled) as caught:
        store.unlock("user:tanaka", PASSWORD, now=year_ago)
    assert caught.value.seconds == 2
    assert store.unlock("user:tanaka", PASSWORD, now=year_ago + 2) == data_key


# --- Nothing secret shows --------------------------------------------------------


def test_secrets_never_show(store: KeyStore, key_file: Path, data_key: bytes) -> None:
    recovery = R.new_recovery_key()
    store.set_secret(K.RECOVERY_SLOT, data_key, recovery)
    slot = K.wrap(data_key, PASSWORD, "user:tanaka", FAST_KDF)
    assert repr(slot) == "KeySlot('user:tanaka')"
    assert PASSWORD not in repr(store) and data_key.hex() not in repr(store)

    messages: list[str] = []
    with pytest.raises(WrongSecret) as wrong:
        store.unlock("user:tanaka", OTHER_PASSWORD, now=T0)
    messages.append(str(wrong.value))
    # A password typed into the name field must not be written down either.
    fail(store, 5, at=T0, name=PASSWORD)
    with pytest.raises(LoginThrottled) as throttled:
        store.unlock(PASSWORD, PASSWORD, now=T0)
    messages.append(str(throttled.value))
    with pytest.raises(InvalidInput) as typo:
        R.parse_recovery_key(recovery[:-1] + ("0" if recovery[-1] != "0" else "1"))
    messages.append(str(typo.value))
    with pytest.raises(ValueError) as foreign:
        store.set_secret("user:x", K.new_data_key(), PASSWORD)
    messages.append(str(foreign.value))

    file_bytes = key_file.read_bytes()
    key_text = base64.b64encode(data_key)
    for secret in (PASSWORD, OTHER_PASSWORD, recovery, recovery.replace("-", "")):
        assert secret.encode() not in file_bytes
        assert all(secret not in m and secret not in repr(m) for m in messages)
    for form in (data_key.hex(), data_key.hex().upper(), key_text.decode()):
        assert form.encode() not in file_bytes
        assert all(form not in m for m in messages)
    assert data_key not in file_bytes
    # The file says who failed how often, nothing more.
    failures = sorted(json.loads(file_bytes)["failures"])
    assert len(failures) == 2 and failures[1] == "user:tanaka"
    assert re.fullmatch(r"unknown:[0-9a-f]{3}", failures[0])


def test_failed_attempts_wait_in_the_file_until_cleared(
    store: KeyStore, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(K, "MAX_PENDING_FAILURES", 3)
    for n in range(5):
        with pytest.raises(WrongSecret):
            store.unlock("user:tanaka" if n % 2 else "m.tanaka?", "nope", now=T0 + 1000 * n)
    attempts, dropped = KeyStore.load(key_file, kdf=FAST_KDF).pending_failures()
    assert [(a.slot, a.at) for a in attempts] == [
        ("(unknown user)", T0 + 2000),
        ("user:tanaka", T0 + 3000),
        ("(unknown user)", T0 + 4000),
    ]
    assert dropped == 2
    store.clear_pending_failures(attempts[:2])
    attempts, dropped = KeyStore.load(key_file, kdf=FAST_KDF).pending_failures()
    assert [a.at for a in attempts] == [T0 + 4000] and dropped == 0


@pytest.mark.parametrize(
    "entry", [{"slot": 3, "at": T0}, {"slot": "user:a"}, {"slot": "user:a", "at": "x"}, "x"]
)
def test_a_malformed_unaudited_failure_is_a_damaged_file(
    store: KeyStore, key_file: Path, entry: object
) -> None:
    data = json.loads(key_file.read_text())
    data["unaudited_failures"] = [entry]
    key_file.write_text(json.dumps(data))
    with pytest.raises(StorageError, match="unaudited failure is malformed"):
        KeyStore.load(key_file)

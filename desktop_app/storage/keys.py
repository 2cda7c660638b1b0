"""The database key and its wrappings: ``berdaya.db.kunci`` beside the database.

An encrypted database (SQLCipher) is opened with a random 256-bit key. That key is never stored in
the clear: for each user it is wrapped (AES-256-GCM) with a key derived from the user's password
by Argon2id, and once more with a recovery key that is printed for the administrator. A wrong
password fails the wrapping's authentication tag, so it is told apart from a damaged database
(right key, unreadable file).

The file also counts failed attempts per user so the five-wrong-passwords wait works before the
database can be opened. It holds nothing secret in the clear; losing it makes the database
unreadable, so backups copy it too (``copy_for_backup``).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.storage.errors import StorageError

FORMAT = 1
SUFFIX = ".kunci"
KDF = {"type": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}
MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back


class KeyProblem(StorageError):
    """Base for key problems (named with an underscore: ``KeyError`` is a builtin)."""


class WrongPassword(KeyProblem):
    def __init__(self, remaining: int | None = None) -> None:
        text = "Nama pengguna atau kata sandi salah."
        if remaining is not None and 0 < remaining < MAX_ATTEMPTS:
            text += f" Sisa percobaan: {remaining}."
        super().__init__(text)
        self.remaining = remaining


class Locked(KeyProblem):
    def __init__(self, minutes: int) -> None:
        super().__init__(
            f"Terlalu banyak kata sandi salah. Akun ini dikunci; coba lagi dalam {minutes} menit."
        )


class KeyFileMissing(KeyProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Database ini terenkripsi, tetapi berkas kuncinya tidak ada: {path}. Salin berkas "
            f"'{path.name}' dari cadangan ke samping database, atau pulihkan dari cadangan."
        )


class WrongRecoveryKey(KeyProblem):
    def __init__(self) -> None:
        super().__init__("Kunci pemulihan salah.")


def key_path(db_path: Path | str) -> Path:
    return Path(str(db_path) + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


class _BadTag(Exception):
    """The wrapped key did not open: a wrong password or recovery key."""


# argon2 and cryptography are imported where keys are wrapped or unwrapped: most starts (a
# plain database) never need them, and they cost start-up time.


def derive(secret: str, salt: bytes, kdf: dict[str, Any] | None = None) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    params = kdf or KDF
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def _wrap(key: bytes, secret: str, label: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(derive(secret, salt)).encrypt(nonce, key, label.encode("utf-8"))
    return {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(entry: dict[str, str], secret: str, label: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive(secret, _unb64(entry["salt"]), kdf)
    try:
        return AESGCM(kek).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), label.encode("utf-8")
        )
    except InvalidTag as exc:
        raise _BadTag() from exc


def normalise_recovery(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(24))
    return "-".join(raw[i : i + 4] for i in range(0, 24, 4))


@dataclass
class KeyFile:
    path: Path
    data: dict[str, Any]

    @classmethod
    def load(cls, db_path: Path | str) -> KeyFile:
        path = key_path(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise KeyFileMissing(path) from exc
        except (OSError, ValueError) as exc:
            raise StorageError(f"Berkas kunci database rusak atau tidak terbaca: {path}") from exc
        return cls(path, data)

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(self.data, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    @property
    def kdf(self) -> dict[str, Any]:
        return self.data.get("kdf", KDF)

    def users(self) -> list[str]:
        return sorted(self.data.get("users", {}))


def exists(db_path: Path | str) -> bool:
    return key_path(db_path).exists()


def create(db_path: Path | str, username: str, password: str) -> tuple[bytes, str]:
    """A new random database key wrapped for ``username`` and for a recovery code.

    Returns (key, recovery code). The recovery code is shown once, for printing.
    """
    key = secrets.token_bytes(32)
    code = new_recovery_code()
    data = {
        "format": FORMAT,
        "kdf": KDF,
        "users": {username: _wrap(key, password, f"user:{username}")},
        "recovery": _wrap(key, normalise_recovery(code), "recovery"),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    KeyFile(key_path(db_path), data).save()
    return key, code


def add_user(db_path: Path | str, key: bytes, username: str, password: str) -> None:
    """Wrap ``key`` for ``username`` (new user or new password)."""
    kf = KeyFile.load(db_path)
    kf.data.setdefault("users", {})[username] = _wrap(key, password, f"user:{username}")
    kf.data.setdefault("attempts", {}).pop(username, None)
    kf.save()


def remove_user(db_path: Path | str, username: str) -> None:
    kf = KeyFile.load(db_path)
    if kf.data.get("users", {}).pop(username, None) is not None:
        kf.save()


def unlock(db_path: Path | str, username: str, password: str, *,
           now: dt.datetime | None = None) -> bytes:  # fmt: skip
    """The database key for ``username``; counts failures and waits after ``MAX_ATTEMPTS``."""
    kf = KeyFile.load(db_path)
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    attempts = kf.data.setdefault("attempts", {})
    state = attempts.get(username, {"failed": 0, "locked_until": None})
    if state.get("locked_until"):
        until = dt.datetime.fromisoformat(state["locked_until"])
        if until > now:
            raise Locked(max(1, int((until - now).total_seconds() + 59) // 60))
    entry = kf.data.get("users", {}).get(username)
    if entry is None:
        raise WrongPassword()
    try:
        key = _unwrap(entry, password, f"user:{username}", kf.kdf)
    except _BadTag:
        state["failed"] = int(state.get("failed", 0)) + 1
        remaining = MAX_ATTEMPTS - state["failed"]
        if remaining <= 0:
            state = {
                "failed": 0,
                "locked_until": (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(),
            }
            attempts[username] = state
            kf.save()
            raise Locked(LOCK_MINUTES) from None
        attempts[username] = state
        kf.save()
        raise WrongPassword(remaining) from None
    if username in attempts:
        attempts.pop(username)
        kf.save()
    return key


def unlock_recovery(db_path: Path | str, code: str) -> bytes:
    kf = KeyFile.load(db_path)
    entry = kf.data.get("recovery")
    if entry is None:
        raise WrongRecoveryKey()
    try:
        return _unwrap(entry, normalise_recovery(code), "recovery", kf.kdf)
    except _BadTag:
        raise WrongRecoveryKey() from None


def copy_for_backup(db_path: Path | str, backup_path: Path | str) -> Path | None:
    """Put a copy of the key file beside an encrypted backup (it opens with the same passwords)."""
    source = key_path(db_path)
    if not source.exists():
        return None
    target = key_path(backup_path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(source.read_bytes())
    os.replace(tmp, target)
    return target

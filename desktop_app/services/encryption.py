"""The database encrypted at rest, and signing in to an encrypted database.

- ``enable``: converts the open plain database (a demo, or a file from an earlier release) into an
  encrypted one. A backup is taken first; the encrypted copy is written beside it, verified
  (integrity and row counts) and renamed over the plain file. After that the plain backups in the
  automatic folder are removed (they would be readable copies of everything) and one encrypted
  backup is taken. Returns the recovery key, shown once for printing.
- ``open_encrypted``: unwraps the key with the user's password (a wrong password is told apart
  from a damaged file), quick-checks the file read-only, opens it and signs in (audited).
- ``reset_with_recovery``: the administrator forgot the password: the printed recovery key opens
  the database and sets a new password.

Other accounts can open an encrypted database once the key is wrapped for them: creating a user
or setting a password (``services.auth``) does that while the database is open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from desktop_app.services import audit, auth, backup
from desktop_app.services.context import Actor, set_setting
from desktop_app.storage import cipher, database, keys
from desktop_app.storage.backup import table_counts, verify
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import database_proxy

SETTING = "encryption"  # "1" wanted/on, "0" explicitly off (a demo database)
REASON = "sebelum-enkripsi"


class EncryptionFailed(StorageError):
    pass


@dataclass
class Enabled:
    db: pw.SqliteDatabase
    recovery_code: str
    accounts_without_key: list[str]


def enable(db: pw.SqliteDatabase, db_path: Path, username: str, password: str) -> Enabled:
    """Encrypt the open plain database; ``db`` is closed and a new, encrypted one returned."""
    db_path = Path(db_path)
    if backup.key_of(db) is not None:
        raise EncryptionFailed("Database ini sudah terenkripsi.")
    if not auth.check_password(username, password):
        raise auth.WrongPassword(auth.MAX_ATTEMPTS)
    actor = Actor.local(db, username)
    others = [u.username for u in auth.list_users() if u.active and u.username != username]
    set_setting(SETTING, "1")
    safety = backup.backup_now(db, db_path, REASON)  # the plain state, in case anything fails
    counts = table_counts(db.connection())
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    key, code = keys.create(db_path, username, password)
    tmp = db_path.with_name(db_path.name + ".enkripsi.tmp")
    try:
        cipher.encrypt_copy(db_path, tmp, key)
        verify(tmp, expected=counts, key=key)
    except (StorageError, *cipher.database_errors(), OSError) as exc:
        tmp.unlink(missing_ok=True)
        keys.key_path(db_path).unlink(missing_ok=True)
        db.connect()  # back to the plain database, as it was
        database_proxy.initialize(db)
        raise EncryptionFailed(f"Enkripsi gagal; database tetap seperti semula: {exc}") from exc
    os.replace(tmp, db_path)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    new_db = database.connect(db_path, create=False, key=key)
    for info in backup.list_backups(db_path):
        if cipher.is_plain(info.path) and info.path != safety:
            info.path.unlink(missing_ok=True)
    backup.backup_now(new_db, db_path, backup.REASON_MANUAL)
    safety.unlink(missing_ok=True)  # the encrypted backup above replaces the plain safety copy
    audit.record("encrypt", actor, detail="database dienkripsi (SQLCipher); kunci pemulihan dibuat")
    return Enabled(new_db, code, others)


def open_encrypted(db_path: Path, username: str, password: str, *,
                   source: str = "aplikasi") -> tuple[pw.SqliteDatabase, auth.Session]:  # fmt: skip
    """Unlock, check read-only, open and sign in. Raises ``keys.WrongPassword``/``keys.Locked``
    (password), ``database.DatabaseDamaged``/``database.KeyDoesNotOpen`` (file)."""
    name = username.strip().lower()
    key = keys.unlock(db_path, name, password)
    database.quick_check_file(db_path, key)
    db = database.connect(db_path, create=False, key=key)
    try:
        session = auth.sign_in(name, password, source=source)
    except BaseException:
        db.close()
        raise
    return db, session


def unlock_key(db_path: Path, username: str, password: str) -> bytes:
    return keys.unlock(db_path, username.strip().lower(), password)


def reset_with_recovery(db_path: Path, code: str, username: str,
                        new_password: str) -> pw.SqliteDatabase:  # fmt: skip
    """Open with the recovery key and give ``username`` a new password (key wrapped anew)."""
    auth.validate_password(new_password)
    key = keys.unlock_recovery(db_path, code)
    db = database.connect(db_path, create=False, key=key)
    try:
        actor = Actor.local(db, username.strip().lower())
        auth.set_password(username, new_password, actor)
        audit.record("password_change", actor, detail="kata sandi baru dengan kunci pemulihan")
    except BaseException:
        db.close()
        raise
    return db

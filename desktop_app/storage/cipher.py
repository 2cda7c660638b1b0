"""SQLCipher plumbing: raw-key connections and turning a plain database into an encrypted one.

The key is 32 random bytes given to SQLCipher as a raw key (``x'…'``), so SQLCipher skips its own
passphrase derivation (the password work is done once, by Argon2id, in ``storage.keys``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import peewee as pw

SQLITE_HEADER = b"SQLite format 3\x00"


def _module() -> Any:
    from sqlcipher3 import dbapi2  # imported only when an encrypted database is used

    return dbapi2


def raw_key(key: bytes) -> str:
    return f"x'{key.hex()}'"


def apply_key(conn: Any, key: bytes) -> None:
    conn.execute(f'PRAGMA key = "{raw_key(key)}"')


def open_raw(path: Path | str, key: bytes | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection: ``sqlite3`` for a plain file, ``sqlcipher3`` with the key otherwise."""
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly)
    conn = _module().connect(target, uri=readonly, factory=_keyed_connection_class())
    apply_key(conn, key)
    conn.berdaya_key = key
    return conn


def database_errors() -> tuple[type[BaseException], ...]:
    try:
        return (sqlite3.Error, _module().Error)
    except ImportError:  # pragma: no cover - sqlcipher3 missing: only plain databases
        return (sqlite3.Error,)


_connection_class: Any = None


def _keyed_connection_class() -> Any:
    """A sqlcipher3 connection that remembers its key (``berdaya_key``), so code holding only the
    raw connection (``storage.backup.backup_connection``) writes encrypted backups too."""
    global _connection_class
    if _connection_class is None:

        class KeyedConnection(_module().Connection):
            berdaya_key: bytes | None = None

        _connection_class = KeyedConnection
    return _connection_class


def key_of_connection(conn: Any) -> bytes | None:
    return getattr(conn, "berdaya_key", None)


def cipher_database(path: Path | str, key: bytes, **kwargs: Any) -> pw.SqliteDatabase:
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    class KeyedDatabase(SqlCipherDatabase):
        def _connect(self) -> Any:
            conn = super()._connect()
            conn.berdaya_key = key
            return conn

    # playhouse doubles single quotes: PRAGMA key='x''<hex>''' is the raw-key form x'<hex>'.
    return KeyedDatabase(str(path), passphrase=raw_key(key), factory=_keyed_connection_class(),
                         **kwargs)  # fmt: skip


def is_plain(path: Path | str) -> bool:
    with open(path, "rb") as fh:
        header = fh.read(16)
    return header == SQLITE_HEADER or header == b""


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``target`` (fsynced)."""
    target.unlink(missing_ok=True)
    conn = _module().connect(str(plain))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f'ATTACH DATABASE ? AS enc KEY "{raw_key(key)}"', (str(target),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())

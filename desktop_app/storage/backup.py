"""Backups with SQLite's online backup API: never a file copy of a live database.

Each backup is written under a temporary name, synced, verified (integrity check and row counts),
then renamed into place, so a power cut never leaves a half-written file under the final name.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from desktop_app.storage.cipher import database_errors, key_of_connection, open_raw
from desktop_app.storage.errors import StorageError


class BackupFailed(StorageError):
    pass


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open directories; rename is durable enough there
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_connection(source: Any, target: Path, key: bytes | None = None,
                      progress: Any = None) -> Path:  # fmt: skip
    """Copy the database behind ``source`` to ``target`` and verify it.

    ``key``: the database is encrypted (SQLCipher); the backup is encrypted with the same key.
    ``progress(done, total, text)``: called as pages are copied; an exception it raises (the
    user's Batal) stops the copy and leaves no file behind.
    """
    if key is None:
        key = key_of_connection(source)  # a connection of an encrypted database knows its key
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        dest = open_raw(tmp, key)
        try:
            if progress is None:
                source.backup(dest)
            else:
                source.backup(dest, pages=4096, progress=lambda _status, remaining, total: progress(
                    total - remaining, total, "Menyalin database…"))  # fmt: skip
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if progress is not None:
            progress(0, 0, "Memeriksa cadangan…")
        verify(tmp, expected=table_counts(source), key=key)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except database_errors() as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(f"Cadangan gagal: {exc}") from exc
    except BaseException:  # cancelled by the user: no half-written backup stays
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(f"Cadangan gagal ditulis ke {target}: {exc.strerror or exc}") from exc
    return target


def backup_file(db_path: Path, target: Path, key: bytes | None = None) -> Path:
    source = open_raw(db_path, key, readonly=True)
    try:
        return backup_connection(source, target, key)
    finally:
        source.close()


def table_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def verify(path: Path, expected: dict[str, int] | None = None, key: bytes | None = None) -> None:
    conn = open_raw(path, key, readonly=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupFailed(f"Cadangan rusak: {result}")
        if expected is not None and table_counts(conn) != expected:
            raise BackupFailed("Cadangan tidak lengkap: jumlah baris berbeda dari database.")
    finally:
        conn.close()


def timestamped_name(db_path: Path, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{Path(db_path).stem}-{stamp}-{reason}.db"

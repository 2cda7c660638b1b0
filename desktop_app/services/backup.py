"""Backups and restore: automatic (before import and migration, on exit at most daily, rotated),
manual to any folder, and restore with a backup of the current state first.

All copies use SQLite's online backup API (``storage.backup``): written under a temporary name,
synced, verified (integrity check and row counts), then renamed. A live database file is never
copied byte by byte.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.storage import cipher, keys, migrations
from desktop_app.storage.backup import (
    BackupFailed,
    backup_connection,
    timestamped_name,
    verify,
)
from desktop_app.storage.database import backups_dir

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 3  # several imports on one day each keep their own "before" copy

REASON_IMPORT = "sebelum-impor"
REASON_EXIT = "harian"
REASON_MANUAL = "manual"
REASON_RESTORE = "sebelum-pemulihan"

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database in ``folder`` (the automatic folder by default), newest first."""
    folder = Path(folder) if folder else backups_dir(db_path)
    stem = Path(db_path).stem
    found = []
    if not folder.is_dir():
        return []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(entry, taken, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _unique(target: Path) -> Path:
    """Two backups within one second get distinct names."""
    if not target.exists():
        return target
    for n in range(2, 100):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise BackupFailed(f"Terlalu banyak cadangan dengan nama yang sama: {target}")


def backup_now(db: pw.SqliteDatabase, db_path: Path, reason: str, *,
               folder: Path | None = None, actor: Actor | None = None,
               progress: Any = None) -> Path:  # fmt: skip
    """One verified backup of the open database; rotated when it goes to the automatic folder."""
    folder = Path(folder) if folder else backups_dir(db_path)
    target = _unique(folder / timestamped_name(Path(db_path), reason))
    _copy(db, db_path, target, progress)
    if actor is not None:
        audit.record("backup", actor, detail=f"{reason}: {target.name}")
    if folder == backups_dir(db_path):
        rotate(db_path)
    return target


def key_of(db: pw.SqliteDatabase) -> bytes | None:
    """The key of an encrypted database (``storage.database.connect(key=…)``), else None."""
    return getattr(db, "cipher_key", None)


def _copy(db: pw.SqliteDatabase, db_path: Path, target: Path, progress: Any = None) -> None:
    """Backup API copy; an encrypted database gives an encrypted backup plus its key file."""
    key = key_of(db)
    backup_connection(db.connection(), target, key, progress)
    if key is not None:
        keys.copy_for_backup(db_path, target)


def backup_before_import(db: pw.SqliteDatabase, db_path: Path) -> Path:
    """Call before applying an import: the previous state is kept whatever happens next."""
    return backup_now(db, db_path, REASON_IMPORT)


def backup_on_exit(db: pw.SqliteDatabase, db_path: Path, *,
                   now: dt.datetime | None = None) -> Path | None:  # fmt: skip
    """On closing the app: one backup, unless one was already taken in the last day."""
    now = now or dt.datetime.now()
    newest = list_backups(db_path)
    if newest and now - newest[0].taken_at < dt.timedelta(days=1):
        return None
    return backup_now(db, db_path, REASON_EXIT)


def manual_backup(db: pw.SqliteDatabase, db_path: Path, destination: Path,
                  actor: Actor | None = None, progress: Any = None) -> Path:  # fmt: skip
    """A backup to any folder (a USB stick) or to an exact file name ending in ``.db``."""
    destination = Path(destination).expanduser()
    if destination.suffix.lower() == ".db" and not destination.is_dir():
        if destination.exists():
            raise BackupFailed(f"Berkas sudah ada, pilih nama lain: {destination}")
        _copy(db, db_path, destination, progress)
        target = destination
    else:
        if destination.exists() and not destination.is_dir():
            raise BackupFailed(f"Bukan folder: {destination}")
        target = _unique(destination / timestamped_name(Path(db_path), REASON_MANUAL))
        _copy(db, db_path, target, progress)
    if actor is not None:
        audit.record("backup", actor, detail=f"manual: {target.name}")
    return target


def rotate(db_path: Path, *, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
           keep_newest: int = KEEP_NEWEST) -> list[Path]:  # fmt: skip
    """Keep the newest backups, the newest of each of the last ``keep_daily`` days and of each of
    the last ``keep_weekly`` weeks; delete the rest. Returns the deleted files."""
    backups = list_backups(db_path)
    keep: set[Path] = {b.path for b in backups[:keep_newest]}
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in backups:  # newest first: the first seen of a day or week is its newest
        day = b.taken_at.date()
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(b.path)
        week = tuple(b.taken_at.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            keys.key_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    # A backup killed halfway leaves its temporary file; one older than an hour is stale.
    folder = backups_dir(db_path)
    cutoff = dt.datetime.now().timestamp() - 3600
    for tmp in folder.glob("*.tmp") if folder.is_dir() else ():
        if tmp.stat().st_mtime < cutoff:
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def check_backup(path: Path, key: bytes | None = None) -> int:
    """Verify a backup file before restoring it; returns its schema version.

    ``key``: the current database is encrypted; the backup must open with the same key.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupFailed(f"Berkas cadangan tidak ditemukan: {path}")
    plain = cipher.is_plain(path)
    if plain and key is not None:
        raise BackupFailed(
            "Cadangan ini tidak terenkripsi, sedangkan database ini terenkripsi. Pulihkan cadangan "
            "yang dibuat setelah enkripsi diaktifkan."
        )
    if not plain and key is None:
        raise BackupFailed(
            f"Berkas ini bukan cadangan Berdaya atau terenkripsi dengan kunci lain: {path}"
        )
    try:
        verify(path, key=key)
        conn = cipher.open_raw(path, key, readonly=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "person" not in tables or migrations.TABLE not in tables:
                raise BackupFailed(f"Berkas ini bukan cadangan Berdaya: {path}")
            version = conn.execute(f'SELECT MAX(number) FROM "{migrations.TABLE}"').fetchone()[0]
        finally:
            conn.close()
    except cipher.database_errors() as exc:
        text = str(exc).lower()
        if "not a database" in text:
            raise BackupFailed(
                f"Berkas ini bukan cadangan Berdaya"
                f"{' atau terenkripsi dengan kunci lain' if key is not None else ''}: {path}"
            ) from exc
        raise BackupFailed(f"Cadangan tidak dapat dibaca: {exc}") from exc
    if (version or 0) > migrations.latest_number():
        raise BackupFailed(
            "Cadangan ini dibuat oleh versi Berdaya yang lebih baru. Perbarui aplikasi."
        )
    return int(version or 0)


def restore(db: pw.SqliteDatabase, db_path: Path, source: Path, actor: Actor) -> Path:
    """Replace the open database's content with ``source``.

    The current state is backed up first (returned path), the copy goes through the online backup
    API into the live connection (one step for SQLite: all or nothing), then the schema is brought
    up to date and the restore is recorded in the (restored) audit log.
    """
    key = key_of(db)
    check_backup(source, key)
    before = backup_now(db, db_path, REASON_RESTORE)
    src = cipher.open_raw(source, key, readonly=True)
    try:
        src.backup(db.connection())
    except cipher.database_errors() as exc:
        raise BackupFailed(f"Pemulihan gagal, database tetap seperti semula: {exc}") from exc
    finally:
        src.close()
    migrations.migrate(db)
    audit.record("restore_backup", actor,
                 detail=f"dari {Path(source).name}; keadaan sebelumnya: {before.name}")  # fmt: skip
    return before


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way, keeping it for inspection."""
    db_path = Path(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}-rusak-{stamp}{db_path.suffix}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    return aside


def restore_damaged(db_path: Path, source: Path, key: bytes | None = None) -> Path:
    """The database cannot be opened: put it aside and copy ``source`` in its place.

    Returns where the damaged file went. The caller opens the database normally afterwards (the
    migrations run then, and the caller records the restore in the audit log).
    """
    check_backup(source, key)
    db_path = Path(db_path)
    aside = set_aside(db_path) if db_path.exists() else db_path
    tmp = db_path.with_name(db_path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = cipher.open_raw(source, key, readonly=True)
    try:
        dest = cipher.open_raw(tmp, key)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    verify(tmp, key=key)
    os.replace(tmp, db_path)
    return aside


def newest_good_backup(db_path: Path, key: bytes | None = None) -> BackupInfo | None:
    for info in list_backups(db_path):
        try:
            check_backup(info.path, key)
        except BackupFailed:
            continue
        return info
    return None

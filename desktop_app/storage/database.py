"""Opening the SQLite file: checks, pragmas, migrations and reference data.

One connection library per process (Python's ``sqlite3`` through Peewee). QtSql must never open this
file: two SQLite libraries in one process do not see each other's POSIX locks.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import peewee as pw

from desktop_app.paths import resource_path
from desktop_app.storage import cipher, keys, migrations
from desktop_app.storage.backup import backup_connection, timestamped_name
from desktop_app.storage.errors import (
    DatabaseMissing,
    DatabaseUnreadable,
    NewerSchema,
    NotADatabase,
    StorageError,
    translate,
)
from desktop_app.storage.models import Kelurahan, database_proxy

SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: laptops lose power; a committed edit must survive it
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB
}


def _check_file(path: Path, create: bool, encrypted: bool = False) -> None:
    if not path.exists():
        if not create:
            raise DatabaseMissing(path)
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnreadable(path, exc.strerror or str(exc)) from exc
        return
    if path.is_dir():
        raise NotADatabase(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseUnreadable(path, exc.strerror or str(exc)) from exc
    if header and header != SQLITE_HEADER and not encrypted:
        if keys.exists(path):
            raise EncryptedDatabase(path)
        raise NotADatabase(path)


def read_snapshot(db: pw.Database):  # noqa: ANN201 - a peewee transaction context
    """A read-only transaction: one consistent view without taking the write lock."""
    return db.atomic("DEFERRED")


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


class EncryptedDatabase(StorageError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Database ini terenkripsi: masuk dengan nama pengguna dan kata sandi. ({path})"
        )


class KeyDoesNotOpen(StorageError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Kata sandi benar, tetapi database tidak dapat dibaca dengan kuncinya: berkas rusak "
            f"atau bukan pasangan berkas kunci ini ({path}). Pulihkan dari cadangan."
        )


def is_encrypted(path: Path | str) -> bool:
    """An existing file that is not plain SQLite and has a key file beside it."""
    path = Path(path)
    if not path.is_file() or not keys.exists(path):
        return False
    try:
        return not cipher.is_plain(path)
    except OSError:
        return False


def connect(path: Path | str, *, create: bool = True, migrate: bool = True,
            backup_before_migrate: bool = True, key: bytes | None = None) -> pw.SqliteDatabase:  # fmt: skip
    """Open (and when allowed, create) the database, bring its schema up to date, bind the models.

    ``key``: the database key of an encrypted database (``storage.keys.unlock``); the returned
    database keeps it as ``cipher_key`` so backups are encrypted alike.
    Raises ``StorageError`` subclasses with a user-facing message, never a bare sqlite3 error.
    """
    path = Path(path).expanduser()
    if str(path) != ":memory:":
        _check_file(path, create, encrypted=key is not None)
    # Transactions take the write lock when they begin (BEGIN IMMEDIATE): a write that first
    # reads inside a deferred transaction fails at once with "database is locked" when a worker
    # thread wrote meanwhile, while an immediate one waits its turn (busy_timeout). Read-only
    # snapshots use ``read_snapshot(db)``.
    if key is not None:
        db = cipher.cipher_database(path, key, pragmas=PRAGMAS, check_same_thread=False,
                                    lock_type="IMMEDIATE")  # fmt: skip
    else:
        db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False,
                               lock_type="IMMEDIATE")  # fmt: skip
    db.cipher_key = key  # type: ignore[attr-defined]
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate:
            _migrate(db, path, backup_before_migrate)
    except StorageError:
        db.close()
        raise
    except (*cipher.database_errors(), pw.PeeweeException) as exc:
        db.close()
        err = translate(exc)
        if key is not None and isinstance(err, NotADatabase):
            raise KeyDoesNotOpen(path) from exc
        if isinstance(err, StorageError):
            raise err from exc
        raise DatabaseUnreadable(path, str(exc)) from exc
    database_proxy.initialize(db)
    return db


def _migrate(db: pw.SqliteDatabase, path: Path, backup_first: bool) -> None:
    current = migrations.schema_version(db)
    known = migrations.latest_number()
    if current > known:
        raise NewerSchema(current, known)
    todo = migrations.pending(db)
    if not todo:
        return
    if current > 0 and backup_first and str(path) != ":memory:":
        # A user's data is about to be rewritten: keep the file as it was.
        target = backups_dir(path) / timestamped_name(path, f"sebelum-migrasi-{current}")
        backup_connection(db.connection(), target, getattr(db, "cipher_key", None))
    migrations.migrate(db)
    _load_reference_data(db)


def _load_reference_data(db: pw.SqliteDatabase) -> None:
    with open(resource_path("reference", "kelurahan_alak.csv"), encoding="utf-8") as fh:
        rows = [(r["kode"], r["kelurahan"]) for r in csv.DictReader(fh)]
    with db.atomic():
        db.execute_sql('DELETE FROM "kelurahan"')
        db.cursor().executemany('INSERT INTO "kelurahan" (code, name) VALUES (?, ?)', rows)


def integrity(db: pw.SqliteDatabase, quick: bool = False) -> str:
    """ "ok", or a short description of what is damaged (never raises for a damaged file)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
        fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        return f"database rusak: {exc}"
    problems = [r for r in rows if r != "ok"]
    if fk:
        problems.append(f"{len(fk)} pelanggaran foreign key")
    return "ok" if not problems else "; ".join(problems[:5])


def kelurahan_names() -> dict[str, str]:
    return {k.code: k.name for k in Kelurahan.select()}


class DatabaseDamaged(StorageError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"Database rusak dan tidak dibuka untuk menulis: {path} ({detail}). "
            "Pulihkan dari cadangan terbaru yang baik; berkas yang rusak disimpan di samping."
        )
        self.detail = detail


def check_marker(path: Path | str) -> Path:
    """Left beside a database whose check found damage while it was open: the next start checks
    it before opening and offers a backup."""
    path = Path(path)
    return path.with_name(path.name + ".perlu-diperiksa")


def must_check_before_open(path: Path | str) -> bool:
    """Whether the start-up check must finish before the file is opened for writing.

    True after an unclean end (SQLite removes the WAL file when the last connection closes
    cleanly), when a check found damage earlier, or when migrations will rewrite the file.
    Otherwise the check may run in the background while writes wait for it (``services.
    integrity_gate``): on a district-scale file it takes most of a second.
    """
    path = Path(path)
    wal = Path(str(path) + "-wal")
    if (wal.exists() and wal.stat().st_size > 0) or check_marker(path).exists():
        return True
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            done = {r[0] for r in conn.execute(f'SELECT number FROM "{migrations.TABLE}"')}
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # unreadable here: let the full check say why
    return any(m.number not in done for m in migrations.available())


def quick_check_file(path: Path | str, key: bytes | None = None) -> None:
    """Before opening for writing: a read-only quick integrity check of an existing file.

    Raises ``NotADatabase``, ``DatabaseUnreadable``, ``DatabaseDamaged`` (or ``KeyDoesNotOpen``
    for an encrypted file the key does not open); never writes.
    """
    path = Path(path).expanduser()
    _check_file(path, create=False, encrypted=key is not None)
    errors = cipher.database_errors()
    try:
        conn = cipher.open_raw(path, key, readonly=True)
    except errors as exc:
        raise DatabaseUnreadable(path, str(exc)) from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except errors as exc:
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            raise (KeyDoesNotOpen(path) if key is not None else NotADatabase(path)) from exc
        if "malformed" in text or "corrupt" in text:
            raise DatabaseDamaged(path, str(exc)) from exc
        raise DatabaseUnreadable(path, str(exc)) from exc
    finally:
        conn.close()
    problems = [r for r in rows if r != "ok"]
    if problems:
        raise DatabaseDamaged(path, "; ".join(problems[:3]))

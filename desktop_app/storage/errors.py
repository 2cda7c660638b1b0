"""Storage errors with a message a facilitator understands (Indonesian first)."""

from __future__ import annotations

import sqlite3

import peewee as pw


class StorageError(Exception):
    """Base class; ``str(error)`` is the one-line message shown to the user."""


class DatabaseMissing(StorageError):
    def __init__(self, path: object) -> None:
        super().__init__(f"Berkas database tidak ditemukan: {path}")


class NotADatabase(StorageError):
    def __init__(self, path: object) -> None:
        super().__init__(f"Berkas ini bukan database Berdaya atau sudah rusak: {path}")


class DatabaseUnreadable(StorageError):
    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"Database tidak dapat dibuka: {path} ({reason})")


class DiskFull(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Penyimpanan penuh: data tidak tersimpan dan database tetap seperti semula. "
            "Kosongkan ruang disk lalu coba lagi."
        )


class ReadOnlyDatabase(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Database hanya-baca (read-only) atau media penyimpanan dilepas: perubahan tidak tersimpan."
        )


class NewerSchema(StorageError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"Database ini dibuat oleh versi Berdaya yang lebih baru (skema {found}, "
            f"aplikasi ini mengenal sampai {known}). Perbarui aplikasi."
        )


def root_cause(exc: BaseException) -> BaseException:
    """The first database error in the chain.

    When a write fails (disk full) Peewee's rollback can fail too, and the second error hides the
    first in ``__context__``; the user must see the real cause.
    """
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    for candidate in reversed(seen):
        text = str(candidate).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return candidate
        if "readonly" in text or "read-only" in text:
            return candidate
    return exc


def translate(exc: BaseException) -> BaseException:
    """Map a low-level database exception to a ``StorageError`` where we know its meaning."""
    if isinstance(exc, StorageError):
        return exc
    cause = root_cause(exc)
    text = str(cause).lower()
    sqlcipher = type(cause).__module__.startswith("sqlcipher3")  # the encrypted database's driver
    if sqlcipher or isinstance(cause, (sqlite3.Error, pw.PeeweeException, OSError)):
        if "full" in text:
            return DiskFull()
        if "readonly" in text or "read-only" in text:
            return ReadOnlyDatabase()
        if "disk i/o error" in text:
            return DatabaseUnreadable("(database)", "kesalahan baca/tulis disk")
        if "not a database" in text or "malformed" in text:
            return NotADatabase("(database)")
    return exc

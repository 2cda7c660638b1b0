"""Password-protected workbooks (the "Encrypt with password" of Excel and LibreOffice).

A workbook sent over WhatsApp or on a USB stick is unreadable without its password. Encryption is
Office's Agile Encryption (AES) through ``msoffcrypto-tool``; Excel, LibreOffice and WPS open the
file after asking for the password.

- ``encrypt_file(path, password)`` encrypts an ``.xlsx`` in place (temporary file, then rename);
- ``is_encrypted(path)`` tells whether a workbook needs a password;
- ``decrypt_to_temp(path, password)`` writes the plain workbook to a temporary file for the
  reader and returns its path (delete it when done: ``path.unlink()``).

Errors say what is wrong in Indonesian: ``PasswordRequired`` (encrypted, no password given),
``WrongWorkbookPassword``, ``NotEncrypted``, ``NotAWorkbook``.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import (
    DecryptionError,
    EncryptionError,
    FileFormatError,
    InvalidKeyError,
    ParseError,
)
from msoffcrypto.format.ooxml import OOXMLFile

MIN_PASSWORD = 6


class WorkbookCryptoError(ValueError):
    """A problem with a workbook's password, with a message for the user."""


class PasswordRequired(WorkbookCryptoError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Buku kerja ini dilindungi kata sandi: {Path(path).name}. Masukkan kata sandinya."
        )


class WrongWorkbookPassword(WorkbookCryptoError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Kata sandi buku kerja salah: {Path(path).name}.")


class NotEncrypted(WorkbookCryptoError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Buku kerja ini tidak dilindungi kata sandi: {Path(path).name}.")


class NotAWorkbook(WorkbookCryptoError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Berkas ini bukan buku kerja Excel (.xlsx): {Path(path).name}.")


def is_encrypted(path: Path | str) -> bool:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except (FileFormatError, ParseError, ValueError, KeyError, IndexError) as exc:
        raise NotAWorkbook(path) from exc


def encrypt_file(path: Path | str, password: str, out: Path | str | None = None) -> Path:
    """Encrypt the workbook ``path`` (in place, or to ``out``); returns the encrypted file."""
    path = Path(path)
    target = Path(out) if out else path
    if len(password) < MIN_PASSWORD:
        raise WorkbookCryptoError(f"Kata sandi buku kerja minimal {MIN_PASSWORD} karakter.")
    if is_encrypted(path):
        raise WorkbookCryptoError(f"Buku kerja ini sudah dilindungi kata sandi: {path.name}.")
    tmp = target.with_name(target.name + ".tmp")
    try:
        with open(path, "rb") as src, open(tmp, "wb") as dst:
            OOXMLFile(src).encrypt(password, dst)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except (EncryptionError, FileFormatError, ParseError) as exc:
        tmp.unlink(missing_ok=True)
        raise NotAWorkbook(path) from exc
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return target


def decrypt_bytes(path: Path | str, password: str) -> bytes:
    path = Path(path)
    if not is_encrypted(path):
        raise NotEncrypted(path)
    if not password:
        raise PasswordRequired(path)
    with open(path, "rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        try:
            office.load_key(password=password, verify_password=True)
            buffer = io.BytesIO()
            office.decrypt(buffer)
        except (InvalidKeyError, DecryptionError) as exc:
            raise WrongWorkbookPassword(path) from exc
    return buffer.getvalue()


def decrypt_to_temp(path: Path | str, password: str) -> Path:
    """The plain workbook in a private temporary file (mode 0600); the caller deletes it."""
    data = decrypt_bytes(path, password)
    fd, name = tempfile.mkstemp(prefix="berdaya-", suffix=".xlsx")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return Path(name)

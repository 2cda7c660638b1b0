"""The database encrypted at rest: conversion with a backup first, wrapped keys per user, wrong
password told apart from a damaged file, recovery key, encrypted backups and restore, CLI."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.cli import main
from desktop_app.services import audit, auth, backup, encryption, records
from desktop_app.storage import database, keys
from desktop_app.storage.models import AuditLog, Person
from tests.trust_fixtures import fast_argon2  # noqa: F401 - autouse fixture

PASSWORD = "rahasia-123"


@pytest.fixture
def encrypted(db, db_path):
    """A set-up device with people, converted to an encrypted database."""
    auth.setup_device(auth.DeviceSetup("Maria", "53.71.01.1001", "Laptop", "maria", PASSWORD))
    actor = auth_actor(db)
    auth.create_user("sari", "Sari", "fasilitator", "kerja-keras-1", actor)
    records.save(Person(name="Yohana Sabu", sex="P", nik="5371014501900001"), actor)
    result = encryption.enable(db, db_path, "maria", PASSWORD)
    yield result
    result.db.close()


def auth_actor(db):
    from desktop_app.services.context import Actor

    return Actor.local(db, "maria")


def test_conversion_encrypts_the_file_and_keeps_everything(encrypted, db_path):
    assert [p.name for p in Person.select()] == ["Yohana Sabu"]
    assert audit.verify_chain() == (True, None)
    assert AuditLog.select().order_by(AuditLog.seq.desc()).first().action == "encrypt"
    encrypted.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Yohana" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM person").fetchall()
    assert database.is_encrypted(db_path)
    code = encrypted.recovery_code
    assert len(keys.normalise_recovery(code)) == 24
    assert encrypted.accounts_without_key == ["sari"]
    # No readable copy is left behind in the automatic backups.
    found = backup.list_backups(db_path)
    assert found and all(not b.path.read_bytes().startswith(b"SQLite format 3") for b in found)
    assert all(keys.key_path(b.path).exists() for b in found)


def test_wrong_password_is_told_apart_from_a_damaged_file(encrypted, db_path):
    encrypted.db.close()
    with pytest.raises(keys.WrongPassword, match="salah"):
        encryption.open_encrypted(db_path, "maria", "bukan-sandinya")
    with pytest.raises(keys.WrongPassword):
        encryption.open_encrypted(db_path, "sari", "kerja-keras-1")  # no key for her yet
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 4] = bytes(4096 * 2)
    db_path.write_bytes(bytes(data))
    with pytest.raises((database.DatabaseDamaged, database.KeyDoesNotOpen)) as info:
        encryption.open_encrypted(db_path, "maria", PASSWORD)
    assert "Kata sandi benar" in str(info.value) or "rusak" in str(info.value)


def test_five_wrong_passwords_wait_even_before_the_database_opens(encrypted, db_path):
    encrypted.db.close()
    for _ in range(4):
        with pytest.raises(keys.WrongPassword):
            encryption.open_encrypted(db_path, "maria", "bukan-sandinya")
    with pytest.raises(keys.Locked):
        encryption.open_encrypted(db_path, "maria", "bukan-sandinya")
    with pytest.raises(keys.Locked):
        encryption.open_encrypted(db_path, "maria", PASSWORD)


def test_new_password_and_new_user_open_the_encrypted_database(encrypted, db_path):
    actor = auth_actor(encrypted.db)
    auth.set_password("sari", "baru-sekali-1", actor)
    auth.create_user("budi", "Budi", "pengamat", "lihat-saja-1", actor)
    encrypted.db.close()
    db, session = encryption.open_encrypted(db_path, "sari", "baru-sekali-1")
    assert session.role == "fasilitator" and Person.select().count() == 1
    db.close()
    db, session = encryption.open_encrypted(db_path, "budi", "lihat-saja-1")
    assert session.role == "pengamat"
    db.close()


def test_recovery_key_sets_a_new_admin_password(encrypted, db_path):
    encrypted.db.close()
    with pytest.raises(keys.WrongRecoveryKey):
        encryption.reset_with_recovery(
            db_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "maria", "baru-12345"
        )
    db = encryption.reset_with_recovery(
        db_path, encrypted.recovery_code.lower(), "maria", "baru-12345"
    )
    db.close()
    db, session = encryption.open_encrypted(db_path, "maria", "baru-12345")
    assert session.username == "maria"
    db.close()


def test_encrypted_backup_and_restore(encrypted, db_path, tmp_path):
    db = encrypted.db
    actor = auth_actor(db)
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = backup.manual_backup(db, db_path, usb, actor)
    assert not saved.read_bytes().startswith(b"SQLite format 3")
    assert keys.key_path(saved).exists()
    records.save(Person(name="Sesudah", sex="L"), actor)
    backup.restore(db, db_path, saved, actor)
    assert [p.name for p in Person.select()] == ["Yohana Sabu"]
    plain = tmp_path / "plain.db"
    database.connect(plain).close()
    with pytest.raises(backup.BackupFailed, match="tidak terenkripsi"):
        backup.restore(db, db_path, plain, actor)


def test_cli_signs_in_to_an_encrypted_database(encrypted, db_path, monkeypatch, capsys):
    encrypted.db.close()
    assert main(["--db", str(db_path), "check"]) == 1
    assert "terenkripsi" in capsys.readouterr().err
    monkeypatch.setenv("BERDAYA_PASSWORD", "bukan-sandinya")
    assert main(["--db", str(db_path), "--user", "maria", "check"]) == 1
    assert "salah" in capsys.readouterr().err
    monkeypatch.setenv("BERDAYA_PASSWORD", PASSWORD)
    assert main(["--db", str(db_path), "--user", "maria", "audit", "verify"]) == 0
    assert "utuh" in capsys.readouterr().out
    assert main(["--db", str(db_path), "--user", "maria", "check"]) == 0


def test_any_backup_of_an_encrypted_connection_is_encrypted(encrypted, db_path, tmp_path):
    """Code that holds only the raw connection (the importer's own backup) stays encrypted."""
    from desktop_app.storage.backup import backup_connection, verify

    target = backup_connection(encrypted.db.connection(), tmp_path / "sebelum-impor.db")
    assert not target.read_bytes().startswith(b"SQLite format 3")
    verify(target, key=encrypted.db.cipher_key)

"""Backups: verified copies, rotation, manual backup, restore (with a backup first, audited), the
command line with sign-in, and refusal to write while the app holds the database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop_app.cli import main
from desktop_app.services import audit, auth, backup, records
from desktop_app.storage import database
from desktop_app.storage.backup import BackupFailed
from desktop_app.storage.models import AuditLog, Person
from tests.trust_fixtures import fast_argon2  # noqa: F401 - autouse fixture


def _person(actor, name="Maria Bria"):
    p = Person(name=name, sex="P")
    records.save(p, actor)
    return p


def _names(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def test_backup_is_verified_and_complete(db, db_path, actor, tmp_path):
    _person(actor)
    target = backup.backup_now(db, db_path, backup.REASON_IMPORT)
    assert target.parent == database.backups_dir(db_path)
    assert _names(target) == ["Maria Bria"]
    assert not list(target.parent.glob("*.tmp"))
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert backup.list_backups(db_path)[0].reason == backup.REASON_IMPORT


def _fake(db_path, when: dt.datetime, reason="harian"):
    folder = database.backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{reason}.db"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_and_4_weekly(db_path):
    start = dt.datetime(2026, 1, 1, 18, 0)
    made = [_fake(db_path, start + dt.timedelta(days=d)) for d in range(60)]
    extra_same_day = _fake(db_path, start + dt.timedelta(days=59, hours=-3))
    backup.rotate(db_path, keep_newest=1)
    kept = {b.path for b in backup.list_backups(db_path)}
    assert set(made[-7:]) <= kept  # the last seven days
    assert extra_same_day not in kept  # only the newest of a day
    assert len(kept) <= 7 + 4
    weeks = {b.taken_at.isocalendar()[:2] for b in backup.list_backups(db_path)}
    assert len(weeks) >= 2 and min(kept) != made[0]


def test_backup_on_exit_at_most_daily(db, db_path, actor):
    now = dt.datetime.now()
    assert backup.backup_on_exit(db, db_path, now=now) is not None
    assert backup.backup_on_exit(db, db_path, now=now + dt.timedelta(hours=2)) is None
    assert backup.backup_on_exit(db, db_path, now=now + dt.timedelta(days=1, hours=1)) is not None


def test_restore_backs_up_first_and_is_audited(db, db_path, actor):
    _person(actor, "Sebelum")
    saved = backup.backup_now(db, db_path, backup.REASON_MANUAL)
    _person(actor, "Sesudah")
    before = backup.restore(db, db_path, saved, actor)
    assert [p.name for p in Person.select()] == ["Sebelum"]
    assert _names(before) == ["Sebelum", "Sesudah"]
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "restore_backup" and saved.name in last.detail
    assert audit.verify_chain() == (True, None)


def test_restore_refuses_a_file_that_is_not_a_backup(db, db_path, actor, tmp_path):
    _person(actor)
    bogus = tmp_path / "foto.db"
    bogus.write_bytes(b"\x89PNG not a database at all" * 10)
    with pytest.raises(BackupFailed, match="bukan cadangan"):
        backup.restore(db, db_path, bogus, actor)
    assert Person.select().count() == 1


def test_restore_damaged_sets_the_file_aside(db, db_path, actor):
    _person(actor)
    saved = backup.backup_now(db, db_path, backup.REASON_MANUAL)
    db.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 500)
    with pytest.raises(Exception):  # noqa: B017 - damaged on purpose
        database.connect(db_path, create=False)
    good = backup.newest_good_backup(db_path)
    assert good is not None and good.path == saved
    aside = backup.restore_damaged(db_path, good.path)
    assert aside.exists() and "rusak" in aside.name
    assert _names(db_path) == ["Maria Bria"]


def test_manual_backup_to_a_folder_and_cli(db, db_path, actor, tmp_path, capsys):
    _person(actor)
    usb = tmp_path / "usb"
    usb.mkdir()
    target = backup.manual_backup(db, db_path, usb, actor)
    assert target.parent == usb and _names(target) == ["Maria Bria"]
    db.close()
    assert main(["--db", str(db_path), "backup", str(tmp_path / "salinan.db")]) == 0
    assert _names(tmp_path / "salinan.db") == ["Maria Bria"]
    assert main(["--db", str(db_path), "restore", str(target), "--ya"]) == 0
    assert "dipulihkan" in capsys.readouterr().out


def test_cli_signs_in_once_the_database_has_accounts(db, db_path, tmp_path, monkeypatch, capsys):
    auth.setup_device(auth.DeviceSetup("Maria", "53.71.01.1001", "Laptop", "maria", "rahasia-123"))
    auth.create_user("budi", "Budi", "pengamat", "lihat-saja-1", auth_actor(db))
    db.close()
    out = str(tmp_path / "b.db")
    assert main(["--db", str(db_path), "backup", out]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("BERDAYA_PASSWORD", "salah-salah")
    assert main(["--db", str(db_path), "--user", "maria", "backup", out]) == 1
    assert "salah" in capsys.readouterr().err
    monkeypatch.setenv("BERDAYA_PASSWORD", "rahasia-123")
    assert main(["--db", str(db_path), "--user", "maria", "backup", out]) == 0
    conn = database.connect(db_path, create=False)
    try:
        rows = list(AuditLog.select().order_by(AuditLog.seq.desc()).limit(2))
        assert [(r.action, r.user) for r in rows] == [("backup", "maria"), ("sign_in", "maria")]
        assert rows[1].detail == "baris perintah"
    finally:
        conn.close()
    monkeypatch.setenv("BERDAYA_PASSWORD", "lihat-saja-1")
    assert main(["--db", str(db_path), "--user", "budi", "restore", out, "--ya"]) == 1
    assert "tidak boleh" in capsys.readouterr().err


def auth_actor(db):
    from desktop_app.services.context import Actor

    return Actor.local(db, "maria")


def test_cli_refuses_writes_while_the_app_holds_the_database(db, db_path, actor, tmp_path, capsys):
    _person(actor)
    saved = backup.backup_now(db, db_path, backup.REASON_MANUAL)
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom PySide6.QtCore import QLockFile\n"
         "lock = QLockFile(sys.argv[1] + '.lock'); assert lock.tryLock(1000)\n"
         "print('locked', flush=True); time.sleep(30)", str(db_path)],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert main(["--db", str(db_path), "restore", str(saved), "--ya"]) == 1
        assert "sedang membuka" in capsys.readouterr().err
        assert time.monotonic() - started < 1.0
        # Reading stays allowed while the app is open.
        assert main(["--db", str(db_path), "backup", str(tmp_path / "r.db")]) == 0
    finally:
        holder.kill()
        holder.wait()

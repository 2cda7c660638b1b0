"""Faults the app must survive: disk full, read-only file, not a database, removable or network
location, damaged file (quick check before any write), with clear messages and data unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from desktop_app.services import demo, records
from desktop_app.storage import database, location
from desktop_app.storage.errors import DiskFull, NotADatabase, ReadOnlyDatabase, translate
from desktop_app.storage.models import AuditLog, Person


def test_disk_full_during_an_edit_keeps_the_database_as_it_was(db, actor):
    records.save(Person(name="Ada", sex="P"), actor)
    audit_before = AuditLog.select().count()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull, match="Penyimpanan penuh"):
        records.save(Person(name="Besar", sex="L", notes="x" * 300_000), actor)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert [p.name for p in Person.select()] == ["Ada"]
    assert AuditLog.select().count() == audit_before
    assert database.integrity(db) == "ok"
    records.save(Person(name="Sesudah", sex="P"), actor)  # still usable once there is room
    assert Person.select().count() == 2


def test_disk_full_during_a_bulk_write_shows_the_real_cause(db, actor):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(Exception) as info:  # noqa: B017 - whatever the bulk path raises
        demo.generate(db, actor, people=300)
    assert isinstance(translate(info.value), DiskFull)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert Person.select().count() == 0
    assert database.integrity(db) == "ok"


@pytest.fixture
def read_only_file(db_path):
    conn = database.connect(db_path)
    conn.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if os.geteuid() == 0:  # root ignores file modes: make the file immutable instead
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(db_path)]).returncode:
            pytest.skip("cannot make a file read-only for root here")
        yield db_path
        subprocess.run(["chattr", "-i", str(db_path)])
    else:
        db_path.chmod(0o444)
        yield db_path
        db_path.chmod(0o644)


def test_read_only_file_reads_and_refuses_writes_clearly(read_only_file):
    from desktop_app.services.context import Actor

    conn = database.connect(read_only_file, create=False)
    try:
        with pytest.raises(ReadOnlyDatabase, match="hanya-baca"):
            records.save(Person(name="Tidak", sex="P"), Actor("u", "d"))
        assert Person.select().count() == 0
    finally:
        conn.close()


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ, **(env or {})})  # fmt: skip


def test_not_a_database_missing_and_damaged_files_give_one_line_messages(tmp_path, db_path):
    junk = tmp_path / "foto.db"
    junk.write_bytes(b"\xff\xd8\xff\xe0 JPEG " * 100)
    result = _cli("--db", str(junk), "check")
    assert result.returncode == 1 and "bukan database Berdaya" in result.stderr
    assert "Traceback" not in result.stderr
    gone = tmp_path / "usb-dicabut" / "berdaya.db"
    result = _cli("--db", str(gone), "check")
    assert result.returncode == 1 and "tidak ditemukan" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(NotADatabase):
        database.quick_check_file(junk)


def test_damaged_file_is_caught_before_any_write(db, db_path, actor):
    for i in range(200):
        records.save(Person(name=f"Orang {i}", sex="P", notes="catatan " * 20), actor)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):  # scribble over a few b-tree pages
        data[offset] = 0x5A
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(database.DatabaseDamaged, match="rusak"):
        database.quick_check_file(db_path)
    assert db_path.read_bytes() == before  # the check never writes


def test_removable_and_network_locations_are_refused(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/maria/FLASHDISK vfat rw 0 0\n"
        "//kantor/data /mnt/kantor cifs rw 0 0\n"
        "/dev/sdc1 /srv/data\\040lain exfat rw 0 0\n"
    )
    monkeypatch.setattr(location, "MOUNTS_FILE", str(mounts))
    assert location.unsafe_kind("/home/maria/berdaya.db") is None
    assert "flashdisk" in location.unsafe_kind("/media/maria/FLASHDISK/berdaya.db")
    assert location.unsafe_kind("/mnt/kantor/berdaya.db") == "folder jaringan"
    assert "flashdisk" in location.unsafe_kind("/srv/data lain/berdaya.db")
    with pytest.raises(location.UnsafeLocation, match="Salin berkasnya ke laptop"):
        location.check_live_location("/mnt/kantor/berdaya.db")

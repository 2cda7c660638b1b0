"""The start-up integrity check: before opening after an unclean end, beside the open app after
a clean one, and no write ever reaches a damaged file."""

import sqlite3
import threading

import pytest

from desktop_app.services import records
from desktop_app.services.integrity_gate import IntegrityGate
from desktop_app.storage import database
from desktop_app.storage.database import DatabaseDamaged
from desktop_app.storage.models import Person


def _damage(path):
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person_name'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * 64)


def test_clean_shutdown_allows_a_background_check(db, db_path):
    db.close()
    assert not database.must_check_before_open(db_path)


def test_unclean_end_or_found_damage_checks_first(db, db_path, actor):
    records.save(Person(name="Orpa Benu", sex="P"), actor)
    assert database.must_check_before_open(db_path)  # the WAL holds data: as after a power cut
    db.close()
    database.check_marker(db_path).touch()
    assert database.must_check_before_open(db_path)


def test_writes_wait_for_the_check_and_pass_when_healthy(db, db_path, actor):
    gate = IntegrityGate(db_path)
    remove = records.add_write_guard(gate.guard)
    try:
        worker = threading.Thread(target=gate.run)
        worker.start()
        records.save(Person(name="Yuliana Tefa", sex="P"), actor)  # waits, then is written
        worker.join()
        assert gate.error is None and Person.select().count() == 1
    finally:
        remove()


def test_damage_found_by_the_check_refuses_every_write(db, db_path, actor):
    for i in range(50):
        records.save(Person(name=f"Orang {i}", sex="L"), actor)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db_path)
    gate = IntegrityGate(db_path)
    remove = records.add_write_guard(gate.guard)
    try:
        assert isinstance(gate.run(), DatabaseDamaged)
        with pytest.raises(DatabaseDamaged):
            records.save(Person(name="Tidak tersimpan", sex="P"), actor)
        assert database.check_marker(db_path).exists()  # the next start checks before opening
    finally:
        remove()

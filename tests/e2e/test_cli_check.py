"""``berdaya check`` and ``berdaya demo``: the contract offices script against."""

import json
import sqlite3

from tests.e2e.helpers import berdaya

KEYS = {"people", "households", "programs", "enrollments", "activities", "attendance", "services",
        "outcomes", "groups"}  # fmt: skip


def test_demo_then_check_json(tmp_path):
    db = tmp_path / "demo.db"
    made = berdaya("--db", str(db), "demo", "--people", "200")
    assert made.returncode == 0, made.stderr
    assert "200 penduduk" in made.stdout
    result = berdaya("--db", str(db), "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok"
    assert report["schema_version"] >= 1
    assert set(report["counts"]) == KEYS
    assert report["counts"]["people"] == 200

    # Tombstoned records are not counted.
    conn = sqlite3.connect(db)
    conn.execute("UPDATE person SET deleted_at = '2026-11-01 00:00:00' WHERE id IN "
                 "(SELECT id FROM person LIMIT 5)")  # fmt: skip
    conn.commit()
    conn.close()
    again = json.loads(berdaya("--db", str(db), "check", "--json").stdout)
    assert again["counts"]["people"] == 195


def test_bberdaya_db_env_chooses_the_database(tmp_path):
    db = tmp_path / "env.db"
    assert berdaya("demo", "--people", "20", env={"BERDAYA_DB": str(db)}).returncode == 0
    report = json.loads(berdaya("check", "--json", env={"BERDAYA_DB": str(db)}).stdout)
    assert report["counts"]["people"] == 20


def test_missing_database_is_one_line_and_exit_1(tmp_path):
    result = berdaya("--db", str(tmp_path / "none.db"), "check", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "tidak ditemukan" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_not_a_database_is_one_line_and_exit_1(tmp_path):
    bogus = tmp_path / "foto.db"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    result = berdaya("--db", str(bogus), "check")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "bukan database" in result.stderr


def test_damaged_database_fails_integrity_with_exit_1(tmp_path):
    db = tmp_path / "rusak.db"
    assert berdaya("--db", str(db), "demo", "--people", "300").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person_name'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as fh:  # scribble over an index page's header: the table stays readable
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 64)
    result = berdaya("--db", str(db), "check", "--json")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if result.stdout:
        assert json.loads(result.stdout)["integrity"] != "ok"


def test_usage_errors_exit_2(tmp_path):
    result = berdaya("--db", str(tmp_path / "x.db"), "demo", "--people", "banyak")
    assert result.returncode == 2


def test_demo_refuses_a_filled_database(tmp_path):
    db = tmp_path / "d.db"
    assert berdaya("--db", str(db), "demo", "--people", "10").returncode == 0
    again = berdaya("--db", str(db), "demo", "--people", "10")
    assert again.returncode == 1 and "sudah berisi" in again.stderr

"""Schema migrations: numbered, recorded, upgrade without loss, models and schema agree."""

import sqlite3

import peewee as pw
import pytest

from desktop_app.storage import database, migrations
from desktop_app.storage.errors import DatabaseMissing, NewerSchema, NotADatabase
from desktop_app.storage.models import ALL_MODELS, Person


def test_new_database_is_at_the_latest_schema(db):
    assert migrations.schema_version(db) == migrations.latest_number()
    assert migrations.pending(db) == []
    assert database.integrity(db) == "ok"


def test_models_and_migrated_schema_agree(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert columns == expected, table


def test_pragmas_for_durability(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2


def test_database_at_migration_one_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.db"
    old = pw.SqliteDatabase(str(path))
    migrations.migrate(old, upto=1)
    old.execute_sql(
        "INSERT INTO person (id, version, created_at, updated_at, name, sex, indigenous, has_ktp, "
        "has_kk, has_birth_certificate, has_bpjs, consent_given, nik) "
        "VALUES ('11111111-1111-4111-8111-111111111111', 3, '2025-01-01 00:00:00', "
        "'2025-02-01 00:00:00', 'Orpa Benu', 'P', 0, 1, 1, 0, 0, 1, '5371014101700001')"
    )
    old.close()
    upgraded = database.connect(path, create=False)
    try:
        assert migrations.schema_version(upgraded) == migrations.latest_number()
        person = Person.get_by_id("11111111-1111-4111-8111-111111111111")
        assert (person.name, person.version, person.nik) == ("Orpa Benu", 3, "5371014101700001")
        if migrations.latest_number() > 1:
            backups = list(database.backups_dir(path).glob("*.db"))
            assert backups, "the old file is backed up before migrating"
    finally:
        upgraded.close()


def test_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "x.db"
    database.connect(path).close()

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    real = migrations.available()
    fake = migrations.Migration(real[-1].number + 1, "broken", type("M", (), {"up": staticmethod(broken)}))
    monkeypatch.setattr(migrations, "available", lambda: [*real, fake])
    conn = pw.SqliteDatabase(str(path))
    before = migrations.schema_version(conn)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn)
    assert "half_done" not in conn.get_tables()
    assert migrations.schema_version(conn) == before
    conn.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    database.connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO schema_migration VALUES (99999, 'future', '2030-01-01')")
    raw.commit()
    raw.close()
    with pytest.raises(NewerSchema):
        database.connect(path)


def test_missing_and_foreign_files_give_clear_errors(tmp_path):
    with pytest.raises(DatabaseMissing) as missing:
        database.connect(tmp_path / "nope.db", create=False)
    assert "tidak ditemukan" in str(missing.value)
    text = tmp_path / "notes.db"
    text.write_text("ini bukan database")
    with pytest.raises(NotADatabase):
        database.connect(text)

"""The bulk writer of an import: multi-row statements and snapshot hashes computed once."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.exchange import apply_write as exw
from desktop_app.exchange import basis
from desktop_app.exchange.apply import RowPlan, _fields_of
from desktop_app.exchange.types import IncomingRecord
from desktop_app.services import exchange_import as imp
from desktop_app.services.context import Actor
from desktop_app.storage import database
from desktop_app.storage.bulk import json_value
from desktop_app.storage.models import Person, database_proxy
from tests.unit.exchange_helpers import nik_for, person, workbook

BIRTH = dt.date(1980, 5, 12)
KEL = "53.71.01.1001"
NAMES = ["Maria Bria", "Yohanis Bélo", "Ana Tefa", "Daniel Lede", "Fransiska Ñoña", "Petrus Seran",
         "Agustina Mau"]  # fmt: skip
INSERT_SQL = exw._insert_sql
IDS = [f"0000000{i}-0000-4000-8000-000000000000" for i in range(len(NAMES))]


def _rows():
    out = [person(i + 2, IDS[i], 1, name=name, sex="P", birth_date=BIRTH, kelurahan=KEL,
                  nik=nik_for(BIRTH, "P", i + 1), phone=f"08123456{i:04d}", rt="4", rw="2")
           for i, name in enumerate(NAMES)]  # fmt: skip
    # A deletion of a person never seen here is kept as a tombstone (created deleted).
    out[3].delete = True
    return out


def _imported(path, monkeypatch, actor, variables):
    """Import the same rows into a new database, at most ``variables`` ``?`` per statement."""
    monkeypatch.setattr(exw, "_max_variables", lambda db: variables)
    sizes = []

    def spy(table, columns, width, rows):
        sizes.append((table, rows))
        return INSERT_SQL(table, columns, width, rows)

    monkeypatch.setattr(exw, "_insert_sql", spy)
    db = database.connect(path, create=True)
    database_proxy.initialize(db)
    outcome = imp.apply(db, imp.preview(db, workbook(*_rows())), actor, backup=False)
    out = {"counts": outcome.counts, "statements": sizes}
    for table, skip in (("person", ("created_at", "updated_at", "deleted_at")),
                        ("person_search", ("sid",)),
                        ("record_version", ("id", "at"))):  # fmt: skip
        cols = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")') if r[1] not in skip]
        sql = f'SELECT {", ".join(cols)} FROM "{table}"'
        out[table] = sorted(map(tuple, db.execute_sql(sql).fetchall()), key=repr)
    out["deleted"] = [r[0] for r in db.execute_sql(
        "SELECT id FROM person WHERE deleted_at IS NOT NULL")]  # fmt: skip
    for query in ("bria", "belo", "nona", "0812345600", "537101", "lede"):
        out[query] = sorted(r[0] for r in db.execute_sql(
            "SELECT s.person_id FROM person_fts f JOIN person_search s ON s.sid = f.rowid "
            "WHERE person_fts MATCH ?", [f'"{query}"']))  # fmt: skip
    db.execute_sql("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
    db.close()
    return out


def test_rows_in_multi_row_statements_are_written_as_one_statement_per_row_would(
    tmp_path, monkeypatch
):
    width = 7 + len(_fields_of(Person))  # system columns + content
    setup = database.connect(tmp_path / "setup.db", create=True)
    actor = Actor.local(setup, "tester")  # one device for both imports
    setup.close()
    one_per_row = _imported(tmp_path / "a.db", monkeypatch, actor, width)
    three_per_row = _imported(tmp_path / "b.db", monkeypatch, actor, 3 * width)
    assert one_per_row["counts"]["created"] == len(NAMES) - 1
    assert one_per_row["counts"]["deleted"] == 1
    assert len(one_per_row["person"]) == len(one_per_row["record_version"]) == len(NAMES)
    assert one_per_row["deleted"] == [IDS[3]]
    assert one_per_row["belo"] == [IDS[1]] and one_per_row["nona"] == [IDS[4]]
    assert one_per_row.pop("statements") == [("person", 1)] * len(NAMES)
    assert three_per_row.pop("statements") == [("person", 3), ("person", 3), ("person", 1)]
    assert three_per_row == one_per_row


@pytest.mark.parametrize(
    "values",
    [
        {"name": "Yohanis Bélo", "sex": "L", "birth_date": BIRTH, "consent_date": BIRTH,
         "has_ktp": True, "indigenous": False, "wg_seeing": 2, "notes": "a, b: c"},
        {"name": "Ana", "sex": "P", "nik": "", "notes": "", "indigenous": None,
         "has_kk": None, "birth_date": None, "birth_year": 1970},
        {"name": "", "sex": "P", "birth_date": "1980-05-12",
         "consent_date": dt.datetime(2026, 1, 5, 10, 30)},
    ],
)  # fmt: skip
def test_snapshot_text_and_hash_are_those_of_records_and_basis(values):
    rec = IncomingRecord("person", "Penduduk", 2, dict(values), set(values))
    row = RowPlan(rec, "create", record_id="x", values=values, new_version=1)
    wctx = exw.WriteContext("tester", "device", "batch", "kiriman.xlsx")
    snap = exw._snapshot_tuple(Person, row, 1, wctx)
    content = _fields_of(Person)
    records_text = json.dumps({f: json_value(values.get(f)) for f in content}, sort_keys=True,
                              ensure_ascii=False)  # fmt: skip
    assert snap[3] == records_text
    assert snap[6] == basis.content_hash(Person, values)
    assert snap[6] == basis.snapshot_hash(Person, snap[3])

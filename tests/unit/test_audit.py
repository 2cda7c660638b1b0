"""The audit log: hash chain, tamper detection by ``berdaya audit verify``, search, append-only."""

from __future__ import annotations

import json
import sqlite3

import peewee as pw
import pytest

from desktop_app.cli import main
from desktop_app.services import audit, records
from desktop_app.storage.models import AuditLog, Person


def _people(actor, n=3):
    made = []
    for i in range(n):
        p = Person(name=f"Orang {i}", sex="P", nik=f"53710145019000{i:02d}")
        records.save(p, actor)
        made.append(p)
    return made


def test_writes_are_audited_with_user_and_old_new_values(db, actor):
    (p,) = _people(actor, 1)
    p.name = "Orang Baru"
    records.save(p, actor)
    records.delete(p, actor)
    rows = list(AuditLog.select().order_by(AuditLog.seq))
    assert [r.action for r in rows] == ["create", "update", "delete"]
    assert all(r.user == "tester" and r.record_id == p.id for r in rows)
    assert json.loads(rows[1].changes) == {"name": ["Orang 0", "Orang Baru"]}
    assert audit.verify_chain() == (True, None)


def test_app_connection_cannot_edit_or_delete_entries(db, actor):
    _people(actor, 1)
    with pytest.raises(pw.IntegrityError):
        AuditLog.update(user="someone-else").execute()
    with pytest.raises(pw.IntegrityError):
        AuditLog.delete().execute()
    assert AuditLog.select().count() == 1


def test_tampering_with_sqlite3_is_detected_with_the_entry_number(db, db_path, actor, capsys):
    _people(actor, 3)
    seqs = [r.seq for r in AuditLog.select().order_by(AuditLog.seq)]
    db.close()
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    assert "utuh" in capsys.readouterr().out

    conn = sqlite3.connect(db_path)  # an outsider with the file: drops the guard and edits
    conn.execute('DROP TRIGGER "audit_log_no_update"')
    conn.execute("UPDATE audit_log SET user = ? WHERE seq = ?", ("penyusup", seqs[1]))
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "TIDAK utuh" in out and f"nomor {seqs[1]}" in out
    assert main(["--db", str(db_path), "audit", "verify", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["first_broken"] == seqs[1]


def test_deleting_an_entry_in_the_middle_is_detected(db, db_path, actor):
    _people(actor, 3)
    seqs = [r.seq for r in AuditLog.select().order_by(AuditLog.seq)]
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute('DROP TRIGGER "audit_log_no_delete"')
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (seqs[1],))
    conn.commit()
    conn.close()
    from desktop_app.storage import database

    db2 = database.connect(db_path, create=False)
    try:
        assert audit.verify_chain() == (False, seqs[2])
    finally:
        db2.close()


def test_search_by_text_user_and_action(db, actor):
    people = _people(actor, 3)
    audit.record("export", actor, detail="ekspor kantor distrik")
    assert [r.action for r in audit.search(action="export")] == ["export"]
    assert len(audit.search(people[1].id)) == 1
    assert len(audit.search("Orang 2")) == 1
    assert audit.search(user="tester")[0].action == "export"  # newest first
    assert audit.users() == ["tester"]

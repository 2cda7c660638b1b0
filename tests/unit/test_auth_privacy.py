"""UU 27/2022: a person's data export and erasure leaving only a tombstone."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.services import audit, privacy, records
from desktop_app.storage.models import AuditLog, Person, RecordVersion, Service


def test_subject_summary_holds_everything_and_is_audited(demo_db, tmp_path):
    from desktop_app.services.context import Actor

    actor = Actor.local(demo_db, "tester")
    person = Service.alive().first().person
    out = privacy.write_subject_summary(person.id, tmp_path / "data-pribadi.html", actor)
    text = out.read_text(encoding="utf-8")
    assert person.name in text and (person.nik or "") in text
    assert "Layanan" in text and "Riwayat pencatatan" in text
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert (last.action, last.record_id) == ("subject_export", person.id)


def test_erase_leaves_a_tombstone_and_no_personal_data(db, db_path, actor):
    p = Person(name="Yohana Sabu", sex="P", nik="5371014501900001", phone="081234567890",
               notes="tinggal dekat pasar")  # fmt: skip
    records.save(p, actor)
    p.phone = "081299990000"
    records.save(p, actor)
    s = Service(person=p, kind="beasiswa", date="2026-01-05", amount=500000,
                description="untuk Yohana")  # fmt: skip
    records.save(s, actor)
    version_before = Person.get_by_id(p.id).version
    with pytest.raises(ValueError):
        privacy.erase_person(p.id, actor, "  ")
    privacy.erase_person(p.id, actor, "permintaan pemilik data")

    gone = Person.get_by_id(p.id)
    assert gone.name == privacy.ERASED_NAME and gone.nik is None and gone.phone is None
    assert gone.deleted_at is not None and gone.version == version_before + 1
    assert privacy.is_erased(gone)
    assert audit.verify_chain() == (True, None)
    with pytest.raises(ValueError):
        privacy.erase_person(p.id, actor, "lagi")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    conn = sqlite3.connect(db_path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    for secret in ("Yohana", "5371014501900001", "081234567890", "081299990000", "dekat pasar"):
        assert secret not in dump, secret
    assert b"5371014501900001" not in raw and b"Yohana" not in raw  # secure_delete: no leftovers
    assert Service.get_by_id(s.id).description is None
    snaps = [
        json.loads(v.data) for v in RecordVersion.select().where(RecordVersion.record_id == p.id)
    ]
    assert all(v["name"] == privacy.ERASED_NAME for v in snaps)
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "erase" and last.user == "tester"

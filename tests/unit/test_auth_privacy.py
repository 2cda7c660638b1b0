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


def test_export_can_leave_out_people_without_consent(demo_db, tmp_path):
    import openpyxl

    from desktop_app.services import exchange_export
    from desktop_app.services.context import Actor

    actor = Actor.local(demo_db, "tester")
    blocked = list(Person.select().where(Person.consent_given == False))  # noqa: E712
    assert blocked, "the demo data has people without consent"
    secrets = {p.id for p in blocked} | {p.nik for p in blocked if p.nik}
    out = tmp_path / "distrik.xlsx"
    opts = exchange_export.ExportOptions(consented_only=True)
    result = exchange_export.export(demo_db, out, actor, opts)
    wb = openpyxl.load_workbook(out, read_only=True)
    seen = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
            if v is not None}  # fmt: skip
    wb.close()
    assert not secrets & seen, "no id or NIK of a person without consent anywhere in the workbook"
    consenting = Person.select().where(Person.consent_given == True).first()  # noqa: E712
    assert consenting.id in seen
    detail = json.loads(AuditLog.select().order_by(AuditLog.seq.desc()).first().detail)
    assert detail["consented_only"] is True
    full = exchange_export.export(demo_db, tmp_path / "semua.xlsx", actor)
    assert full.total - result.total >= len(blocked)

"""Apply side of the exchange: preview, matching, merge, conflicts, deletions, idempotence."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.exchange import apply as ex
from desktop_app.exchange.apply_write import ChangedMeanwhile
from desktop_app.services import exchange_import as imp
from desktop_app.services import records, sync_conflicts
from desktop_app.storage.models import AuditLog, ImportBatch, Person, RecordVersion, SyncConflict
from tests.unit.exchange_helpers import dump, nik_for, person, workbook

BIRTH = dt.date(1980, 5, 12)
NIK = nik_for(BIRTH, "P", 1)
KEL = "53.71.01.1001"


def local_person(actor, **kw) -> Person:
    values = {"name": "Maria Bria", "sex": "P", "birth_date": BIRTH, "nik": NIK, "kelurahan": KEL}
    values.update(kw)
    p = Person(**values)
    records.save(p, actor)
    return p


def run(db, actor, *recs, **kw):
    plan = imp.preview(db, workbook(*recs, **kw))
    return plan, imp.apply(db, plan, actor, backup=False)


def test_preview_writes_nothing_and_shows_the_field_difference(db, actor):
    p = local_person(actor)
    before = dump(db)
    plan = imp.preview(db, workbook(person(2, p.id, 1, occupation="Penenun"),
                                    person(3, name="Yohanis Lede", sex="L")))  # fmt: skip
    assert dump(db) == before
    counts = plan.counts_by_sheet()["Penduduk"]
    assert counts["updated"] == 1 and counts["created"] == 1
    update = next(r for r in plan.rows if r.action == ex.UPDATE)
    assert update.changes == {"occupation": (None, "Penenun")}


def test_update_with_the_same_version_bumps_it_with_snapshot_and_one_audit_entry(db, actor):
    p = local_person(actor)
    audit_before = AuditLog.select().count()
    plan, outcome = run(db, actor, person(2, p.id, 1, occupation="Penenun", name="Maria Bria"))
    assert outcome.counts["updated"] == 1
    got = Person.get_by_id(p.id)
    assert (got.occupation, got.version) == ("Penenun", 2)
    snap = RecordVersion.get((RecordVersion.record_id == p.id) & (RecordVersion.version == 2))
    assert json.loads(snap.data)["occupation"] == "Penenun"
    entries = list(AuditLog.select().where(AuditLog.seq > 0).order_by(AuditLog.seq))
    assert len(entries) == audit_before + 1 and entries[-1].action == "import"
    batch = ImportBatch.get()
    assert batch.file_name == "kiriman.xlsx" and batch.status == "applied"
    assert json.loads(batch.counts)["updated"] == 1


def test_fields_changed_on_different_sides_merge(db, actor):
    p = local_person(actor)  # version 1 exported
    p.phone = "081234567890"
    records.save(p, actor)  # local edit -> version 2
    plan, outcome = run(db, actor, person(2, p.id, 1, occupation="Penenun", phone=None))
    got = Person.get_by_id(p.id)
    assert got.phone == "081234567890"  # our edit kept (the workbook did not change it)
    assert got.occupation == "Penenun"  # theirs merged
    assert got.version == 3
    assert outcome.counts["updated"] == 1 and SyncConflict.select().count() == 0


def test_same_field_changed_on_both_sides_is_queued_and_resolved(db, actor):
    p = local_person(actor)
    p.occupation = "Petani"
    records.save(p, actor)
    plan, outcome = run(db, actor, person(7, p.id, 1, occupation="Nelayan", notes="baru"))
    assert outcome.counts["conflicts"] == 1
    got = Person.get_by_id(p.id)
    assert got.occupation == "Petani"  # nothing overwritten silently
    assert got.notes == "baru"  # the other field merged
    (c,) = sync_conflicts.open_conflicts()
    assert (c.field, c.mine, c.theirs, c.row) == ("occupation", "Petani", "Nelayan", 7)
    sync_conflicts.resolve(c.id, "theirs", actor)
    assert Person.get_by_id(p.id).occupation == "Nelayan"
    assert sync_conflicts.open_conflicts() == []
    # The same workbook again: the decided difference is not queued a second time.
    run(db, actor, person(7, p.id, 1, occupation="Nelayan", notes="baru"))
    assert SyncConflict.select().count() == 1


def test_edit_resolution_and_keep_mine(db, actor):
    p = local_person(actor)
    p.occupation, p.phone = "Petani", "0811"
    records.save(p, actor)
    run(db, actor, person(2, p.id, 1, occupation="Nelayan", phone="0822"))
    by_field = {c.field: c for c in sync_conflicts.open_conflicts()}
    sync_conflicts.resolve(by_field["occupation"].id, "mine", actor)
    sync_conflicts.resolve(by_field["phone"].id, "edit", actor, value="0833")
    got = Person.get_by_id(p.id)
    assert (got.occupation, got.phone) == ("Petani", "0833")


def test_missing_rows_never_delete_and_hapus_does(db, actor):
    a = local_person(actor)
    b = local_person(actor, name="Yakob Bria", sex="L", nik=None)
    run(db, actor, person(2, a.id, 1, name="Maria Bria"))  # b missing from the workbook
    assert Person.alive().count() == 2
    plan, outcome = run(db, actor, person(2, b.id, 1, delete=True))
    assert outcome.counts["deleted"] == 1
    got = Person.get_by_id(b.id)
    assert got.deleted_at is not None and got.version == 2


def test_deleted_here_edited_there_is_a_conflict_not_a_resurrection(db, actor):
    p = local_person(actor)
    records.delete(p, actor)
    plan, outcome = run(db, actor, person(2, p.id, 1, occupation="Penenun"))
    assert outcome.counts["conflicts"] == 1
    assert Person.get_by_id(p.id).deleted_at is not None
    (c,) = sync_conflicts.open_conflicts()
    assert c.kind == "delete"
    sync_conflicts.resolve(c.id, "theirs", actor)  # bring it back with their edit
    got = Person.get_by_id(p.id)
    assert got.deleted_at is None and got.occupation == "Penenun"


def test_edited_here_deleted_there_is_a_conflict_not_a_loss(db, actor):
    p = local_person(actor)
    p.occupation = "Petani"
    records.save(p, actor)
    plan, outcome = run(db, actor, person(2, p.id, 1, delete=True))
    assert outcome.counts["conflicts"] == 1 and outcome.counts["deleted"] == 0
    assert Person.get_by_id(p.id).deleted_at is None
    (c,) = sync_conflicts.open_conflicts()
    sync_conflicts.resolve(c.id, "theirs", actor)
    assert Person.get_by_id(p.id).deleted_at is not None


def test_importing_the_same_workbook_twice_changes_nothing_the_second_time(db, actor):
    p = local_person(actor)
    p.occupation = "Petani"
    records.save(p, actor)
    recs = lambda: [  # noqa: E731
        person(2, p.id, 1, occupation="Nelayan", notes="x"),
        person(3, name="Yohanis Lede", sex="L", birth_date=dt.date(1990, 1, 2), kelurahan=KEL),
        person(4, "0b0c9a52-7c1a-4a4e-9a8e-1f3f7c0d1e2f", 3, name="Dari HP lain", sex="P"),
    ]
    run(db, actor, *recs())
    first = dump(db)
    plan, outcome = run(db, actor, *recs())
    after = dump(db)
    assert outcome.counts["created"] == 0 and outcome.counts["updated"] == 0
    for table in ("person", "record_version", "sync_conflict"):
        assert after[table] == first[table], table


def test_unknown_id_from_another_device_is_created_with_that_id_and_version(db, actor):
    rid = "0b0c9a52-7c1a-4a4e-9a8e-1f3f7c0d1e2f"
    run(db, actor, person(2, rid, 4, name="Dari HP lain", sex="P"),
        meta={"device_id": "hp-lain"})  # fmt: skip
    got = Person.get_by_id(rid)
    assert got.version == 4
    snap = RecordVersion.get((RecordVersion.record_id == rid) & (RecordVersion.version == 4))
    assert snap.device_id == "hp-lain"


def test_a_wrong_clock_changes_nothing(db, actor):
    p = local_person(actor)
    db.execute_sql("UPDATE person SET updated_at = '2099-01-01 00:00:00' WHERE id = ?", [p.id])
    run(db, actor, person(2, p.id, 1, occupation="Penenun"))
    assert Person.get_by_id(p.id).occupation == "Penenun"


def test_matching_by_nik_fills_blanks_and_never_overwrites(db, actor):
    p = local_person(actor, occupation="Petani")
    plan, outcome = run(db, actor, person(2, nik=NIK, name="Maria Bria", sex="P",
                                          phone="0812", occupation="Nelayan"))  # fmt: skip
    got = Person.get_by_id(p.id)
    assert Person.select().count() == 1
    assert got.phone == "0812" and got.occupation == "Petani"
    assert [c.field for c in sync_conflicts.open_conflicts()] == ["occupation"]


def test_matching_by_name_birth_date_and_kelurahan(db, actor):
    p = local_person(actor, nik=None, name="Maria Bria")
    run(db, actor, person(2, name="MARIA  BRIA", sex="P", birth_date=BIRTH, kelurahan="Kel. Namosain",
                          phone="0812"))  # fmt: skip
    assert Person.select().count() == 1
    assert Person.get_by_id(p.id).phone == "0812"


def test_a_near_match_is_offered_for_confirmation_never_merged(db, actor):
    p = local_person(actor, nik=None, name="Maria Bria")
    plan, outcome = run(db, actor, person(2, name="Mariah Bria", sex="P", birth_date=BIRTH,
                                          kelurahan=KEL, phone="0812"))  # fmt: skip
    assert outcome.counts["conflicts"] == 1 and outcome.counts["created"] == 0
    assert Person.select().count() == 1 and Person.get_by_id(p.id).phone is None
    (c,) = sync_conflicts.open_conflicts()
    assert c.kind == "match"
    sync_conflicts.resolve(c.id, "same", actor)
    assert Person.select().count() == 1 and Person.get_by_id(p.id).phone == "0812"


def test_a_near_match_confirmed_as_another_person_is_created(db, actor):
    local_person(actor, nik=None, name="Maria Bria")
    run(db, actor, person(2, name="Mariah Bria", sex="P", birth_date=BIRTH, kelurahan=KEL))
    (c,) = sync_conflicts.open_conflicts()
    sync_conflicts.resolve(c.id, "new", actor)
    assert sorted(p.name for p in Person.select()) == ["Maria Bria", "Mariah Bria"]


def test_a_record_changed_after_the_preview_is_not_overwritten(db, actor):
    p = local_person(actor)
    plan = imp.preview(db, workbook(person(2, p.id, 1, occupation="Penenun")))
    p.occupation = "Petani"
    records.save(p, actor)  # someone edits between preview and apply
    before = dump(db)
    with pytest.raises(ChangedMeanwhile):
        imp.apply(db, plan, actor, backup=False)
    after = dump(db)
    assert (
        after["person"] == before["person"] and after["record_version"] == before["record_version"]
    )


def test_a_masked_workbook_never_overwrites_nik_or_phone(db, actor):
    p = local_person(actor, phone="081234567890")
    run(db, actor, person(2, p.id, 1, nik="************0001", phone="********7890", notes="ok"),
        meta={"masked": "ya"})  # fmt: skip
    got = Person.get_by_id(p.id)
    assert (got.nik, got.phone, got.notes) == (NIK, "081234567890", "ok")


def test_participants_by_nik_and_program_name_are_matched_on_reimport(db, actor):
    from desktop_app.exchange.types import IncomingRecord
    from desktop_app.storage.models import Enrollment, Program

    p = local_person(actor)
    prog = Program(name="Pelatihan Tenun", kind="pelatihan")
    records.save(prog, actor)

    def row():
        return IncomingRecord("enrollment", "Peserta", 2, {"status": "aktif"}, {"status"},
                              refs={"person": {"nik": NIK, "name": "Maria Bria"},
                                    "program": {"name": "pelatihan  tenun"}})  # fmt: skip

    plan, outcome = run(db, actor, row())
    assert outcome.counts["created"] == 1
    e = Enrollment.get()
    assert (e.person_id, e.program_id, e.status) == (p.id, prog.id, "aktif")
    plan, outcome = run(db, actor, row())
    assert outcome.counts["unchanged"] == 1 and Enrollment.select().count() == 1


def test_own_workbook_merges_against_the_exported_version(db, actor):
    p = local_person(actor, occupation="Petani")
    p.notes = "v2"
    records.save(p, actor)  # version 2: exported to the office
    p.phone = "0811"
    records.save(p, actor)  # version 3: edited here after the export
    row = person(2, p.id, 2, occupation="Penenun", notes="v2", phone=None)
    run(db, actor, row, meta={"device_id": actor.device_id})
    got = Person.get_by_id(p.id)
    assert (got.occupation, got.notes, got.phone) == ("Penenun", "v2", "0811")
    assert SyncConflict.select().count() == 0


def test_two_laptops_with_the_same_version_number_never_lose_an_edit(db, actor):
    """Laptop A and this laptop both edited version 1 into their own "version 2"."""
    rid = "0b0c9a52-7c1a-4a4e-9a8e-1f3f7c0d1e2f"
    base = dict(name="Maria Bria", sex="P", occupation="Petani", phone="0811")
    run(db, actor, person(2, rid, 1, **base), meta={"device_id": "laptop-a"})
    p = Person.get_by_id(rid)
    p.phone = "0822"
    records.save(p, actor)  # our version 2: the phone
    theirs = {**base, "occupation": "Penenun"}  # their version 2: the occupation
    run(db, actor, person(2, rid, 2, **theirs), meta={"device_id": "laptop-a"})
    got = Person.get_by_id(rid)
    assert (got.occupation, got.phone) == ("Penenun", "0822")  # both edits kept
    assert SyncConflict.select().count() == 0


def test_a_deletion_of_a_record_never_seen_here_is_kept_and_blocks_older_copies(db, actor):
    rid = "0b0c9a52-7c1a-4a4e-9a8e-1f3f7c0d1e2f"
    row = dict(name="Maria Bria", sex="P", occupation="Petani")
    meta = {"device_id": "laptop-a"}
    plan, outcome = run(db, actor, person(2, rid, 3, delete=True, **row), meta=meta)
    assert outcome.counts["deleted"] == 1 and outcome.counts["created"] == 0
    got = Person.get_by_id(rid)
    assert got.deleted_at is not None and got.version == 3
    plan, outcome = run(db, actor, person(2, rid, 3, delete=True, **row), meta=meta)
    assert outcome.counts["unchanged"] == 1
    # An older workbook still holding the record alive does not bring it back.
    plan, outcome = run(db, actor, person(2, rid, 2, **row), meta=meta)
    assert Person.get_by_id(rid).deleted_at is not None
    assert outcome.counts["created"] == 0 and outcome.counts["updated"] == 0


def test_a_deletion_with_a_higher_version_number_does_not_erase_an_edit_made_here(db, actor):
    rid = "0b0c9a52-7c1a-4a4e-9a8e-1f3f7c0d1e2f"
    base = dict(name="Maria Bria", sex="P", occupation="Petani")
    run(db, actor, person(2, rid, 1, **base), meta={"device_id": "laptop-a"})
    p = Person.get_by_id(rid)
    p.phone = "0822"
    records.save(p, actor)  # our version 2, never seen by laptop A
    # Laptop A edited (its version 2) and then deleted (its version 3).
    plan, outcome = run(db, actor, person(2, rid, 3, delete=True, **base),
                        meta={"device_id": "laptop-a"})  # fmt: skip
    assert outcome.counts["conflicts"] == 1 and outcome.counts["deleted"] == 0
    assert Person.get_by_id(rid).deleted_at is None

"""Apply side: validation with located messages, all-or-nothing, cancel, disk full, backups."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.exchange.error_workbook import write_error_workbook
from desktop_app.services import exchange_import as imp
from desktop_app.services import records
from desktop_app.services.progress import Cancelled
from desktop_app.storage.errors import DiskFull
from desktop_app.storage.models import ImportBatch, Person
from tests.unit.exchange_helpers import dump, nik_for, person, workbook

BIRTH = dt.date(1980, 5, 12)
KEL = "53.71.01.1001"


def valid(row: int, serial: int, **kw):
    values = {"name": f"Orang {serial}", "sex": "P", "birth_date": BIRTH, "kelurahan": KEL,
              "nik": nik_for(BIRTH, "P", serial)}  # fmt: skip
    values.update(kw)
    return person(row, **values)


def findings(plan, row):
    (r,) = [r for r in plan.rows if r.incoming.row == row]
    return [(f.severity, f.column, f.message) for f in r.incoming.findings]


def test_each_rule_rejects_the_row_with_sheet_row_column_and_value(db, actor):
    taken = Person(name="Sudah Ada", sex="P", nik=nik_for(BIRTH, "P", 99))
    records.save(taken, actor)
    future = dt.date.today() + dt.timedelta(days=3)
    other_device = valid(8, 7, nik=nik_for(BIRTH, "P", 99))
    other_device.record_id = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
    plan = imp.preview(db, workbook(
        valid(2, 1),
        valid(3, 2, nik="53710112"),                       # too short
        valid(4, 3, wg_seeing=5),                          # WG-SS 1–4
        valid(5, 4, birth_date=future, nik=None),          # in the future
        valid(6, 5, name=None),                            # required
        valid(7, 6, sex="X"),                              # code
        other_device,                                      # NIK of another living person
        valid(9, 8, kelurahan="Atlantis"),                 # unknown kelurahan
        valid(10, 9, birth_date=dt.date(1981, 1, 1)),      # NIK/birth mismatch: warning only
    ))  # fmt: skip
    assert findings(plan, 2) == []
    assert findings(plan, 3)[0][:2] == ("error", "NIK")
    assert findings(plan, 4) == [("error", "Melihat", "Jawaban WG-SS harus 1–4.")]
    assert findings(plan, 5)[0][:2] == ("error", "Tanggal Lahir")
    assert "masa depan" in findings(plan, 5)[0][2]
    assert findings(plan, 6) == [("error", "Nama", "Kolom wajib kosong: Nama.")]
    assert findings(plan, 7) == [("error", "Jenis Kelamin", "Kode tidak dikenal: X.")]
    assert "Sudah Ada" in findings(plan, 8)[0][2]
    assert findings(plan, 9)[0][:2] == ("error", "Kelurahan")
    assert [f[0] for f in findings(plan, 10)] == ["warning"]
    counts = plan.counts()
    assert (counts["created"], counts["rejected"], counts["warnings"]) == (2, 7, 1)
    f = next(f for f in plan.findings if f.row == 4)
    assert f.as_dict() == {"file": "kiriman.xlsx", "sheet": "Penduduk", "row": 4,
                           "column": "Melihat", "value": 5, "message": "Jawaban WG-SS harus 1–4.",
                           "severity": "error"}  # fmt: skip


def test_two_rows_with_one_nik_are_not_both_created(db, actor):
    plan = imp.preview(db, workbook(valid(2, 1), valid(3, 1, name="Orang Lain")))
    assert [r.action for r in plan.rows] == ["create", "reject"]


def test_a_reference_that_resolves_nowhere_rejects_the_row(db, actor):
    rec = valid(2, 1)
    rec.values["household"] = "11111111-2222-3333-4444-555555555555"
    rec.present_fields.add("household")
    plan = imp.preview(db, workbook(rec))
    assert plan.rows[0].action == "reject"
    assert "Rujukan tidak ditemukan" in plan.rows[0].incoming.findings[0].message


def test_valid_rows_apply_while_rejected_rows_are_reported(db, actor):
    plan = imp.preview(db, workbook(valid(2, 1), valid(3, 2, wg_seeing=9)))
    outcome = imp.apply(db, plan, actor, backup=False)
    assert outcome.status == "applied" and Person.select().count() == 1


def test_strict_is_all_or_nothing(db, actor):
    before = dump(db)
    plan = imp.preview(db, workbook(valid(2, 1), valid(3, 2, wg_seeing=9)))
    outcome = imp.apply(db, plan, actor, strict=True, backup=False)
    assert outcome.status == "refused"
    assert dump(db) == before


def test_cancelling_at_any_moment_leaves_the_database_as_it_was(db, actor):
    p = Person(name="Maria", sex="P")
    records.save(p, actor)
    recs = [valid(i + 2, i + 1) for i in range(30)] + [person(40, p.id, 1, occupation="Guru")]
    before = dump(db)
    calls = 0

    def count(done, total, text=""):
        nonlocal calls
        calls += 1

    plan = imp.preview(db, workbook(*recs))
    imp.apply(db, plan, actor, backup=False, progress=count)
    assert calls >= 2
    for stop_at in range(1, calls + 1):
        db_state = dump(db)
        seen = 0

        def cancel(done, total, text="", stop_at=stop_at):
            nonlocal seen
            seen += 1
            if seen == stop_at:
                raise Cancelled()

        plan = imp.preview(db, workbook(*[valid(i + 2, i + 100) for i in range(30)]))
        with pytest.raises(Cancelled):
            imp.apply(db, plan, actor, backup=False, progress=cancel)
        assert dump(db) == db_state
    assert before != dump(db)  # the first, uncancelled apply did write


def test_disk_full_shows_that_cause_and_changes_nothing(db, actor):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    before = dump(db)
    recs = [valid(i + 2, i + 1, notes="x" * 400) for i in range(300)]
    plan = imp.preview(db, workbook(*recs))
    with pytest.raises(DiskFull) as info:
        imp.apply(db, plan, actor, backup=False)
    assert "Penyimpanan penuh" in str(info.value)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert dump(db) == before


def test_apply_keeps_a_backup_first(db, actor, db_path):
    plan = imp.preview(db, workbook(valid(2, 1)))
    outcome = imp.apply(db, plan, actor)
    assert outcome.backup is not None and outcome.backup.exists()
    assert outcome.backup.parent == db_path.parent / "backups"
    assert ImportBatch.select().count() == 1


def test_error_workbook_repeats_the_layout_with_a_kesalahan_column(db, tmp_path):
    bad = valid(5, 2, wg_seeing=9, notes='=HYPERLINK("http://x")')
    wb = workbook(valid(4, 1), bad)
    wb.sheets[0].header_row = 3
    plan = imp.preview(db, wb)
    out = tmp_path / "kesalahan.xlsx"
    assert write_error_workbook([plan], out) == 1
    ws = load_workbook(out)["Penduduk"]
    assert ws.cell(3, 1).value == "ID" and ws.cell(3, 15).value == "Kesalahan"
    assert ws.cell(4, 5).value == "Orang 2"
    assert ws.cell(4, 14).value == '=HYPERLINK("http://x")'  # text, never a formula
    assert ws.cell(4, 14).data_type == "s"
    assert "WG-SS" in ws.cell(4, 15).value


def test_one_record_on_two_rows_rejects_the_second_instead_of_failing(db, actor):
    p = Person(name="Maria", sex="P")
    records.save(p, actor)
    plan = imp.preview(db, workbook(
        person(2, p.id, 1, occupation="Penenun"),
        person(3, p.id, 1, occupation="Petani"),                       # same ID
        person(4, name="Ana Nope", sex="P", birth_date=BIRTH, kelurahan=KEL),
        person(5, name="ANA  NOPE", sex="P", birth_date=BIRTH, kelurahan=KEL),  # same new person
    ))  # fmt: skip
    assert [r.action for r in plan.rows] == ["update", "reject", "create", "reject"]
    assert "baris 2" in plan.rows[1].incoming.findings[0].message
    imp.apply(db, plan, actor, backup=False)
    assert Person.select().count() == 2 and Person.get_by_id(p.id).occupation == "Penenun"


def test_a_read_only_role_cannot_import(db, actor):
    from desktop_app.services import auth

    plan = imp.preview(db, workbook(valid(2, 1)))
    remove = records.add_write_guard(lambda: auth.require("pengamat", "write"))
    try:
        with pytest.raises(auth.PermissionDenied):
            imp.apply(db, plan, actor, backup=False)
    finally:
        remove()
    assert Person.select().count() == 0


def test_rows_that_refer_to_a_rejected_row_are_rejected_too(db, actor):
    from desktop_app.exchange.types import IncomingRecord

    h, p, q = (f"{c * 8}-0000-4000-8000-000000000000" for c in "abc")
    kk = "5371011203900001"
    household = IncomingRecord("household", "Keluarga", 2, {"no_kk": kk, "head": p},
                               {"no_kk", "head"}, h, 1)  # fmt: skip
    head = person(2, p, 1, name="Kepala", sex="L", wg_seeing=9)  # rejected for itself
    head.values["household"] = h
    head.present_fields.add("household")
    member = person(3, q, 1, name="Anggota", sex="P")
    member.values["household"] = h
    member.present_fields.add("household")
    plan = imp.preview(db, workbook(household, head, member))
    assert {r.incoming.row: r.action for r in plan.rows if r.kind == "person"} == {2: "reject",
                                                                                 3: "reject"}  # fmt: skip
    assert [r.action for r in plan.rows if r.kind == "household"] == ["reject"]
    imp.apply(db, plan, actor, backup=False)  # no dangling reference reaches the database
    assert Person.select().count() == 0


def test_participants_of_people_not_registered_yet_say_what_to_do(db, actor):
    # An OpenSID participant list before its residents: the rows are rejected with a message that
    # tells the facilitator to bring the people in first; after that the same file imports whole.
    from tests.unit.test_exchange_read_sheets import SAMPLES

    participants = SAMPLES / "opensid" / "format_impor_program_bantuan.xlsx"
    plan = imp.preview(db, imp.read(participants))
    rejected = [r for r in plan.rows if r.action == "reject"]
    assert [r.incoming.row for r in rejected] == [2, 3]
    message = rejected[0].incoming.findings[0].message
    assert message.startswith("Orang tidak ditemukan di Berdaya: 5201142005716996, AHLUL")
    assert "lebih dulu" in message
    imp.apply(db, imp.preview(db, imp.read(SAMPLES / "opensid" / "contoh_penduduk.xlsx")), actor,
              backup=False)  # fmt: skip
    plan = imp.preview(db, imp.read(participants))
    assert plan.counts()["rejected"] == 0 and plan.counts()["created"] == 3


def test_a_deletion_of_a_row_whose_person_is_rejected_in_the_end_is_not_kept(db, actor):
    # The household is rejected, so its member is rejected after being planned; the enrollment's
    # deletion (a tombstone for a record this laptop never had) referred to that member. It must
    # follow, or the commit fails on the foreign key and the valid rows are lost with it.
    from desktop_app.exchange.types import IncomingRecord
    from desktop_app.storage.models import Enrollment, Program

    hh, pid = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
    prog, enr = "33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"
    rows = [
        IncomingRecord("household", "Keluarga", 2, {"kelurahan": "Atlantis"}, {"kelurahan"}, hh, 1),
        person(2, pid, 1, name="Orang", sex="P", birth_date=BIRTH, kelurahan=KEL,
               nik=nik_for(BIRTH, "P", 1), household=hh),  # fmt: skip
        IncomingRecord("program", "Program", 2, {"name": "Menjahit", "kind": "pelatihan"},
                       {"name", "kind"}, prog, 1),  # fmt: skip
        IncomingRecord("enrollment", "Peserta Program", 2, {"person": pid, "program": prog},
                       {"person", "program"}, enr, 2, delete=True),  # fmt: skip
    ]
    plan = imp.preview(db, workbook(*rows))
    assert [r.action for r in plan.rows if r.kind in ("household", "person")] == ["reject"] * 2
    imp.apply(db, plan, actor, backup=False)
    assert Program.select().count() == 1  # the valid row is applied
    assert Enrollment.select().count() == 0 and Person.select().count() == 0

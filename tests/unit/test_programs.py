"""Programs: eligibility, enrollment, status, attendance, services, outcomes."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.formatting import format_rupiah
from desktop_app.domain.programs import (
    EligibilityRule,
    Measurement,
    PersonAttributes,
    attendance_rate,
    birth_date_bounds,
    is_eligible,
    person_change,
    summarize_outcomes,
)
from desktop_app.services import programs as svc
from desktop_app.services import records
from desktop_app.storage.models import Attendance, AuditLog, Enrollment, Household, Person, Service

ON = dt.date(2026, 10, 31)
KEL = "53.71.01.1001"


def person(actor, name, sex="P", birth=dt.date(1990, 5, 1), decile=None, kel=KEL, **kw) -> Person:
    hh = None
    if decile is not None:
        hh = Household(kelurahan=kel, welfare_decile=decile)
        records.save(hh, actor)
    p = Person(
        name=name, sex=sex, birth_date=birth, household=hh.id if hh else None, kelurahan=kel, **kw
    )
    records.save(p, actor)
    return p


def program(actor, name="Pelatihan Menjahit", rule: EligibilityRule | None = None) -> str:
    rule = rule or EligibilityRule()
    return svc.save_program(actor, svc.ProgramInput(name=name, kind="pelatihan", rule=rule)).id


def attrs(**kw) -> PersonAttributes:
    base = dict(sex="P", birth_date=dt.date(1990, 1, 1), birth_year=None, decile=3, kelurahan=KEL,
                disability=False, indigenous=False, has_scholarship=False, has_nik=True)  # fmt: skip
    base.update(kw)
    return PersonAttributes(**base)


# --- eligibility ------------------------------------------------------------------------------

WOMEN_POOR = EligibilityRule(sex="P", age_min=18, age_max=55, decile_min=1, decile_max=4)
SCHOOL_NO_SCHOLARSHIP = EligibilityRule(age_min=7, age_max=18, no_scholarship=True)


def test_women_18_to_55_in_decile_1_to_4():
    assert is_eligible(WOMEN_POOR, attrs(), ON)
    assert not is_eligible(WOMEN_POOR, attrs(sex="L"), ON)
    assert not is_eligible(WOMEN_POOR, attrs(decile=5), ON)
    assert not is_eligible(WOMEN_POOR, attrs(decile=None), ON)  # unknown decile never qualifies
    assert not is_eligible(WOMEN_POOR, attrs(birth_date=None), ON)  # nor unknown age
    # age limits are inclusive, on the birthday itself
    assert is_eligible(WOMEN_POOR, attrs(birth_date=dt.date(2008, 10, 31)), ON)  # 18 today
    assert not is_eligible(WOMEN_POOR, attrs(birth_date=dt.date(2008, 11, 1)), ON)  # 17
    assert is_eligible(WOMEN_POOR, attrs(birth_date=dt.date(1970, 11, 1)), ON)  # 55
    assert not is_eligible(WOMEN_POOR, attrs(birth_date=dt.date(1970, 10, 31)), ON)  # 56 today
    assert is_eligible(WOMEN_POOR, attrs(birth_date=None, birth_year=1980), ON)  # estimated year


def test_school_age_without_scholarship():
    child = attrs(sex="L", birth_date=dt.date(2014, 3, 3), decile=None)
    assert is_eligible(SCHOOL_NO_SCHOLARSHIP, child, ON)
    assert not is_eligible(
        SCHOOL_NO_SCHOLARSHIP, attrs(birth_date=dt.date(2014, 3, 3), has_scholarship=True), ON
    )
    assert not is_eligible(SCHOOL_NO_SCHOLARSHIP, attrs(birth_date=dt.date(2021, 3, 3)), ON)


def test_rule_json_round_trip_and_bad_rules():
    rule = EligibilityRule(sex="P", age_min=18, kelurahan=(KEL,), disability=True)
    assert EligibilityRule.from_json(rule.to_json()) == rule
    assert EligibilityRule().to_json() is None
    assert rule.describe().startswith("Perempuan, umur 18+")
    with pytest.raises(ValueError, match="tidak dikenal"):
        EligibilityRule.from_json('{"hair": "long"}')
    with pytest.raises(ValueError, match="minimum"):
        EligibilityRule.from_json('{"age_min": 60, "age_max": 20}')
    with pytest.raises(ValueError, match="JSON"):
        EligibilityRule.from_json("{not json")


def test_birth_date_bounds_on_leap_day():
    latest, earliest = birth_date_bounds(
        EligibilityRule(age_min=18, age_max=55), dt.date(2028, 2, 29)
    )
    assert latest == dt.date(2010, 2, 28)
    assert earliest == dt.date(1972, 2, 29)


@pytest.mark.parametrize(
    "rule",
    [
        WOMEN_POOR,
        SCHOOL_NO_SCHOLARSHIP,
        EligibilityRule(age_min=60),
        EligibilityRule(disability=True, kelurahan=("53.71.01.1001", "53.71.01.1005")),
        EligibilityRule(no_nik=True, indigenous=True),
        EligibilityRule(sex="L", age_max=4, decile_max=2),
    ],
)
def test_sql_list_agrees_with_domain_rule(demo_db, rule):
    # The demo's people were born relative to 31/10/2026; a leap day checks the date arithmetic.
    for on in (ON, dt.date(2028, 2, 29)):
        in_python = svc.eligible_ids(rule, on, use_sql=False)
        assert svc.eligible_ids(rule, on, use_sql=True) == in_python
        assert svc.count_eligible(rule, on) == len(in_python)
    assert in_python  # each rule admits somebody in the demo, so the comparison means something


def test_eligible_not_enrolled_lists_only_the_rule_and_skips_enrolled(db, actor):
    ana = person(actor, "Ana Ndoen", decile=2)
    person(actor, "Beni Ndoen", sex="L", decile=2)
    person(actor, "Carla Rich", decile=8)
    dina = person(actor, "Dina Ndoen", decile=1)
    pid = program(actor, rule=WOMEN_POOR)
    assert [r.name for r in svc.eligible_not_enrolled(pid, ON)] == ["Ana Ndoen", "Dina Ndoen"]
    svc.enroll(actor, pid, [ana.id], ON)
    assert [r.id for r in svc.eligible_not_enrolled(pid, ON)] == [dina.id]


def test_people_filter_by_kelurahan_sex_age_and_search(db, actor):
    person(actor, "Ana", birth=dt.date(2000, 1, 1))
    person(actor, "Ani", birth=dt.date(1950, 1, 1))
    person(actor, "Budi", sex="L", birth=dt.date(2000, 1, 1))
    person(actor, "Anto", sex="L", birth=dt.date(2000, 1, 1), kel="53.71.01.1002")
    flt = svc.PeopleFilter(search="an", kelurahan=KEL, age_min=18, age_max=40)
    assert [r.name for r in svc.search_people(flt, ON)] == ["Ana"]
    assert [r.name for r in svc.search_people(svc.PeopleFilter(sex="L"), ON)] == ["Anto", "Budi"]
    with pytest.raises(ValueError, match="minimum"):
        svc.search_people(svc.PeopleFilter(age_min=50, age_max=10), ON)


# --- enrollment -------------------------------------------------------------------------------


def test_double_enrollment_refused_with_a_clear_message(db, actor):
    ana = person(actor, "Ana Ndoen")
    pid = program(actor)
    svc.enroll_one(actor, pid, ana.id, ON)
    before = AuditLog.select().count()
    with pytest.raises(ValueError, match="Ana Ndoen sudah terdaftar"):
        svc.enroll_one(actor, pid, ana.id, ON)
    assert AuditLog.select().count() == before
    assert Enrollment.alive().count() == 1


def test_bulk_enrollment_skips_those_already_enrolled(db, actor):
    people = [person(actor, f"Orang {i}") for i in range(4)]
    pid = program(actor)
    svc.enroll(actor, pid, [people[0].id], ON)
    result = svc.enroll(actor, pid, [p.id for p in people], ON)
    assert result.enrolled == [p.id for p in people[1:]]
    assert result.already == ["Orang 0"]
    assert Enrollment.alive().where(Enrollment.program == pid).count() == 4


def test_bulk_enrollment_is_all_or_nothing(db, actor):
    ana = person(actor, "Ana")
    pid = program(actor)
    with pytest.raises(ValueError, match="tidak ditemukan"):
        svc.enroll(actor, pid, [ana.id, "no-such-person"], ON)
    assert Enrollment.select().count() == 0


def test_reenrol_after_the_enrollment_was_deleted(db, actor):
    ana = person(actor, "Ana")
    pid = program(actor)
    e = svc.enroll_one(actor, pid, ana.id, ON)
    records.delete(e, actor)
    assert svc.enroll_one(actor, pid, ana.id, ON).id != e.id


def test_status_transitions(db, actor):
    ana = person(actor, "Ana")
    pid = program(actor)
    e = svc.enroll_one(actor, pid, ana.id, ON)
    assert e.status == "terdaftar"
    with pytest.raises(ValueError, match="tidak dapat diubah"):
        svc.change_status(actor, e.id, "selesai", ON)
    with pytest.raises(ValueError, match="sebelum tanggal pendaftaran"):
        svc.change_status(actor, e.id, "aktif", ON - dt.timedelta(days=1))
    e = svc.change_status(actor, e.id, "aktif", ON + dt.timedelta(days=1))
    assert (e.status, e.started_on) == ("aktif", ON + dt.timedelta(days=1))
    with pytest.raises(ValueError, match="Alasan keluar"):
        svc.change_status(actor, e.id, "keluar", ON + dt.timedelta(days=5), "  ")
    e = svc.change_status(actor, e.id, "keluar", ON + dt.timedelta(days=5), "Pindah ke Atambua")
    assert (e.ended_on, e.exit_reason) == (ON + dt.timedelta(days=5), "Pindah ke Atambua")
    e = svc.change_status(actor, e.id, "aktif", ON + dt.timedelta(days=9))  # came back
    assert (e.ended_on, e.exit_reason, e.started_on) == (None, None, ON + dt.timedelta(days=1))
    e = svc.change_status(actor, e.id, "selesai", ON + dt.timedelta(days=30))
    with pytest.raises(ValueError):
        svc.change_status(actor, e.id, "aktif", ON + dt.timedelta(days=31))
    assert Enrollment.get_by_id(e.id).status == "selesai"


# --- sessions and attendance ------------------------------------------------------------------


def test_attendance_rates_per_person_session_and_program(db, actor):
    a, b, c = (person(actor, n) for n in ("Ana", "Beti", "Citra"))
    pid = program(actor)
    svc.enroll(actor, pid, [a.id, b.id, c.id], ON)
    s1 = svc.save_activity(actor, pid, svc.ActivityInput(ON, "09:00", "12:00", topic="Pola"))
    s2 = svc.save_activity(actor, pid, svc.ActivityInput(ON + dt.timedelta(days=7), topic="Potong"))
    svc.save_attendance(actor, s1.id, {a.id: True, b.id: True, c.id: False})
    svc.save_attendance(actor, s2.id, {a.id: True, b.id: False, c.id: False})
    assert svc.person_attendance_rate(a.id, pid) == 1.0
    assert svc.person_attendance_rate(b.id, pid) == 0.5
    assert svc.person_attendance_rate(c.id, pid) == 0.0
    sessions = {r.id: r for r in svc.list_activities(pid)}
    assert (sessions[s1.id].present, sessions[s1.id].expected) == (2, 3)
    assert sessions[s2.id].rate == pytest.approx(1 / 3)
    assert svc.program_attendance_rate(pid) == pytest.approx(3 / 6)
    # changing one mark updates the record, not a second row
    assert svc.save_attendance(actor, s2.id, {b.id: True, a.id: True}) == 1
    assert Attendance.alive().count() == 6
    assert svc.program_attendance_rate(pid) == pytest.approx(4 / 6)
    assert {r.name: r.rate for r in svc.list_enrollments(pid)} == {
        "Ana": 1.0,
        "Beti": 1.0,
        "Citra": 0.0,
    }
    # a person's rate over all programs counts the sessions of every program they attend
    other = program(actor, "Diskusi")
    svc.enroll(actor, other, [c.id], ON)
    s3 = svc.save_activity(actor, other, svc.ActivityInput(ON, topic="Hak"))
    svc.save_attendance(actor, s3.id, {c.id: True})
    assert svc.person_attendance_rate(c.id) == pytest.approx(1 / 3)
    assert svc.person_attendance_rate(c.id, pid) == 0.0
    # a deleted session no longer counts
    assert svc.attendance_by_person(pid)[a.id] == (2, 2)
    records.delete(s2, actor)
    assert svc.attendance_by_person(pid)[a.id] == (1, 1)
    assert [r.id for r in svc.list_activities(pid)] == [s1.id]


def test_attendance_rate_without_records_is_unknown():
    assert attendance_rate(0, 0) is None
    with pytest.raises(ValueError):
        attendance_rate(3, 2)


def test_session_validation(db, actor):
    pid = program(actor)
    with pytest.raises(ValueError, match="JJ:MM"):
        svc.save_activity(actor, pid, svc.ActivityInput(ON, "9 pagi", topic="x"))
    with pytest.raises(ValueError, match="sebelum jam mulai"):
        svc.save_activity(actor, pid, svc.ActivityInput(ON, "12:00", "09:00", topic="x"))
    with pytest.raises(ValueError, match="Topik"):
        svc.save_activity(actor, pid, svc.ActivityInput(ON))


def test_walk_in_is_registered_enrolled_and_present(db, actor):
    pid = program(actor)
    act = svc.save_activity(actor, pid, svc.ActivityInput(ON, topic="Pola"))
    bad = svc.WalkIn(name="", sex="P", kelurahan=KEL, birth_year=1985)
    assert set(svc.validate_walk_in(bad)) == {"name", "nik"}
    with pytest.raises(ValueError):
        svc.register_walk_in(actor, act.id, bad)
    assert Person.select().count() == 0
    walk = svc.WalkIn(name="Maria Tefa", sex="P", kelurahan="Namosain", birth_year=1985,
                      no_nik_reason="belum_rekam")  # fmt: skip
    new_id = svc.register_walk_in(actor, act.id, walk)
    lines = svc.attendance_sheet_lines(act.id)
    assert [(x.person_id, x.present) for x in lines] == [(new_id, True)]
    assert Enrollment.get(Enrollment.person == new_id).status == "aktif"


# --- services ---------------------------------------------------------------------------------


def test_service_totals_per_program_and_person(db, actor):
    a, b = person(actor, "Ana"), person(actor, "Beti")
    pid = program(actor, "Beasiswa")
    other = program(actor, "Kesehatan")
    for who, amount in ((a, 1_500_000), (a, 750_000), (b, 750_000)):
        svc.record_service(
            actor, svc.ServiceInput(who.id, "beasiswa", ON, amount, pid, "SMPN 9", "8")
        )
    svc.record_service(actor, svc.ServiceInput(a.id, "kesehatan", ON, 0, other, health_type="imunisasi",
                                               provider="Puskesmas Alak"))  # fmt: skip
    totals = svc.program_service_totals(pid)
    assert (totals.count, totals.amount) == (3, 3_000_000)
    assert format_rupiah(totals.amount) == "Rp 3.000.000"
    assert svc.service_totals_per_person(pid) == {a.id: 2_250_000, b.id: 750_000}
    mine = svc.person_service_totals(a.id)
    assert mine.by_kind == {"beasiswa": (2, 2_250_000), "kesehatan": (1, 0)}
    # a deleted payment no longer counts
    records.delete(Service.get(Service.amount == 1_500_000), actor)
    assert svc.program_service_totals(pid).amount == 1_500_000


def test_service_validation_leaves_database_unchanged(db, actor):
    a = person(actor, "Ana")
    before = AuditLog.select().count()
    errors = svc.validate_service(svc.ServiceInput(a.id, "beasiswa", ON, 0))
    assert set(errors) == {"amount", "school", "grade"}
    with pytest.raises(ValueError, match="jenis layanan kesehatan"):
        svc.record_service(actor, svc.ServiceInput(a.id, "kesehatan", ON))
    with pytest.raises(ValueError, match="negatif"):
        svc.record_service(actor, svc.ServiceInput(a.id, "paket_pelatihan", ON, -5))
    assert AuditLog.select().count() == before


# --- outcomes ---------------------------------------------------------------------------------


def m(day: int, value: float | None, base: bool = False) -> Measurement:
    return Measurement(dt.date(2026, 1, day), base, value)


def test_outcome_change_arithmetic_with_missing_baselines():
    by_person = {
        "improved": [m(1, 500_000, True), m(10, 600_000), m(20, 900_000)],  # latest follow-up
        "same": [m(1, 300_000, True), m(15, 300_000)],
        "worse": [m(1, 200_000, True), m(15, 100_000)],
        "no_baseline": [m(15, 800_000)],
        "no_follow_up": [m(1, 800_000, True)],
        "nothing": [m(1, None, True)],
    }
    assert person_change(by_person["improved"]) == 400_000
    assert person_change(by_person["no_baseline"]) is None
    s = summarize_outcomes(by_person)
    assert (s.people, s.compared, s.missing_baseline, s.missing_follow_up) == (5, 3, 1, 1)
    assert (s.improved, s.unchanged, s.worsened) == (1, 1, 1)
    assert s.median_change == 0
    lower = summarize_outcomes(by_person, higher_is_better=False)
    assert (lower.improved, lower.worsened) == (1, 1)
    assert summarize_outcomes({}).median_change is None


def test_outcomes_recorded_through_the_service(db, actor):
    a, b, c = (person(actor, n) for n in ("Ana", "Beti", "Citra"))
    pid = program(actor)
    income = svc.save_indicator(
        actor, pid, name="Pendapatan per bulan", kind="angka", unit="Rp/bulan"
    )
    for who, base, follow in ((a, 500_000, 1_000_000), (b, 700_000, 800_000)):
        svc.record_outcome(actor, income.id, who.id, ON, base, is_baseline=True)
        svc.record_outcome(actor, income.id, who.id, ON + dt.timedelta(days=90), follow)
    svc.record_outcome(actor, income.id, c.id, ON + dt.timedelta(days=90), 400_000)  # no baseline
    s = svc.outcome_summary(income.id)
    assert (s.improved, s.compared, s.missing_baseline) == (2, 2, 1)
    assert s.median_change == 300_000
    rows = {r.name: r for r in svc.person_outcomes(income.id)}
    assert (rows["Ana"].baseline, rows["Ana"].latest) == ("Rp 500.000", "Rp 1.000.000")
    assert rows["Citra"].change is None
    with pytest.raises(ValueError, match="Baseline"):
        svc.record_outcome(actor, income.id, a.id, ON, 1, is_baseline=True)
    with pytest.raises(ValueError, match="angka"):
        svc.record_outcome(actor, income.id, a.id, ON, "banyak")
    with pytest.raises(ValueError, match="sebelum tanggal baseline"):
        svc.record_outcome(actor, income.id, a.id, ON - dt.timedelta(days=1), 1)

    level = svc.save_indicator(
        actor, pid, name="Jenjang", kind="pilihan", choices=["SD", "SMP", "SMA"]
    )
    svc.record_outcome(actor, level.id, a.id, ON, "SD", is_baseline=True)
    svc.record_outcome(actor, level.id, a.id, ON + dt.timedelta(days=365), "SMP")
    assert svc.outcome_summary(level.id).median_change == 1
    with pytest.raises(ValueError, match="pilihan"):
        svc.record_outcome(actor, level.id, b.id, ON, "Kuliah")
    business = svc.save_indicator(actor, pid, name="Memulai usaha", kind="ya_tidak")
    svc.record_outcome(actor, business.id, b.id, ON, False, is_baseline=True)
    svc.record_outcome(actor, business.id, b.id, ON + dt.timedelta(days=60), True)
    assert svc.outcome_summary(business.id).improved == 1


def test_program_validation(db, actor):
    with pytest.raises(ValueError, match="Nama program"):
        svc.save_program(actor, svc.ProgramInput(name=" ", kind="pelatihan"))
    with pytest.raises(ValueError, match="Tanggal selesai"):
        svc.save_program(actor, svc.ProgramInput(name="X", kind="pelatihan", start_date=ON,
                                                 end_date=ON - dt.timedelta(days=1)))  # fmt: skip
    with pytest.raises(ValueError, match="minimum"):
        svc.save_program(actor, svc.ProgramInput(name="X", kind="pelatihan",
                                                 rule=EligibilityRule(age_min=50, age_max=20)))  # fmt: skip
    org = svc.save_organization(actor, name="Puskesmas Alak", kind="puskesmas", contact_person="dr. Petrus",
                                phone="0812 3456 7890")  # fmt: skip
    p = svc.save_program(actor, svc.ProgramInput(name="Posyandu Lansia", kind="kesehatan",
                                                 organizer_id=org.id, budget=15_000_000,
                                                 rule=EligibilityRule(age_min=60)))  # fmt: skip
    assert svc.program_input(p).rule == EligibilityRule(age_min=60)
    assert svc.list_programs("lansia")[0].organizer == "Puskesmas Alak"
    with pytest.raises(ValueError, match="telepon"):
        svc.save_organization(actor, name="X", kind="lsm", phone="call me")

"""Report tables against counts computed here from the raw records; Excel output; NIK masking."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.domain.disability import has_disability
from desktop_app.domain.people import age_on, life_stage
from desktop_app.services import dashboard as d
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.services.reports import excel, kelurahan, monthly, program
from desktop_app.services.reports.common import DISAGG_TITLE
from desktop_app.storage import models as m

MONTH = "2026-10"
START, END = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


@pytest.fixture
def shaken(demo_db):
    """Two people who attended in October: one tombstoned, one moved out of Alak."""
    actor = Actor.local(demo_db, "tester")
    attended = (
        m.Attendance.alive()
        .join(m.Activity)
        .where(m.Activity.date.between(START, END), m.Attendance.present == True)  # noqa: E712
        .order_by(m.Attendance.id)
    )
    people = list(dict.fromkeys(a.person_id for a in attended))[:2]
    records.delete(m.Person.get_by_id(people[0]), actor)
    moved = m.Person.get_by_id(people[1])
    moved.kelurahan = "53.71.02.1001"
    records.save(moved, actor)
    return demo_db


def _in_scope(person: m.Person) -> bool:
    alak = {k.code for k in m.Kelurahan.select()}
    return person.deleted_at is None and (person.kelurahan is None or person.kelurahan in alak)


def _row(table, label):
    return next(r for r in table.rows if r[0] == label)


def test_monthly_report_tables_match_raw_records(shaken):
    report = monthly.build(MONTH, facilitator="Maria Ndoen", today=dt.date(2026, 11, 2))
    people = {p.id: p for p in m.Person.select()}
    programs = {p.id for p in m.Program.alive()}
    sessions = [
        a for a in m.Activity.alive() if START <= a.date <= END and a.program_id in programs
    ]
    session_ids = {a.id for a in sessions}
    att = [
        t
        for t in m.Attendance.alive()
        if t.activity_id in session_ids and _in_scope(people[t.person_id])
    ]
    present = [t for t in att if t.present]
    services = [
        s for s in m.Service.alive() if START <= s.date <= END and _in_scope(people[s.person_id])
    ]
    assert sessions and present and services  # the month is not empty in the demo

    assert dict(report.header)["Fasilitator"] == "Maria Ndoen"
    assert "Oktober 2026" in dict(report.header)["Periode"]
    summary = report.table("Ringkasan")
    assert _row(summary, "Kegiatan dilaksanakan")[1] == len(sessions)
    assert _row(summary, "Kehadiran tercatat (baris daftar hadir)")[1] == len(att)
    assert _row(summary, "Hadir")[1] == len(present)
    assert _row(summary, "Peserta yang hadir (orang)")[1] == len({t.person_id for t in present})
    assert _row(summary, "Layanan diberikan")[1] == len(services)
    assert _row(summary, "Nilai layanan")[1] == sum(s.amount for s in services)

    activities = report.table("Kegiatan yang dilaksanakan")
    assert len(activities.rows) == len(sessions) + 1 and activities.total_row
    assert activities.rows[-1][3:5] == [len(att), len(present)]
    svc = report.table("Layanan yang diberikan")
    assert svc.rows[-1][1:] == [len(services), len({s.person_id for s in services}),
                                sum(s.amount for s in services)]  # fmt: skip

    # the disaggregation, person by person with the domain rules
    dis = report.table(DISAGG_TITLE)
    row = _row(dis, "Peserta yang hadir")
    who = [people[i] for i in {t.person_id for t in present}]
    stages = [life_stage(age_on(p.birth_date, p.birth_year, END)) for p in who]
    disabled = sum(has_disability([getattr(p, f) for p in [p] for f in m.Person.WG_FIELDS])
                   for p in who)  # fmt: skip
    assert row[1:] == [len(who), sum(p.sex == "L" for p in who), sum(p.sex == "P" for p in who),
                       stages.count("anak"), stages.count("dewasa"), stages.count("lansia"),
                       stages.count("tidak_diketahui"), disabled, len(who) - disabled]  # fmt: skip
    for r in dis.rows:  # every count splits completely three ways
        assert r[2] + r[3] == r[1] and sum(r[4:8]) == r[1] and r[8] + r[9] == r[1]
    assert report.empty_message is None


def test_new_registrations_count_people_created_in_the_month(demo_db):
    created = m.Person.select().first().created_at.date()
    month = f"{created:%Y-%m}"
    report = monthly.build(month)
    expected = sum(1 for p in m.Person.alive() if p.created_at.strftime("%Y-%m") == month)
    assert _row(report.table("Ringkasan"), "Penduduk baru terdaftar")[1] == expected > 0
    assert report.table("Penduduk baru terdaftar").rows[-1][-1] == expected


def test_a_month_without_activity_gives_a_report_that_says_so(demo_db):
    report = monthly.build("2019-03")
    assert report.empty_message and "Tidak ada kegiatan" in report.empty_message
    assert _row(report.table("Ringkasan"), "Kegiatan dilaksanakan")[1] == 0
    assert "Tidak ada kegiatan" in report.table("Kegiatan yang dilaksanakan").note


def test_monthly_report_for_one_kelurahan_only_counts_its_people(demo_db):
    whole = monthly.build(MONTH)
    kel = "53.71.01.1009"
    one = monthly.build(MONTH, kelurahan=kel)
    assert dict(one.header)["Kelurahan"] == "Batu Plat"  # where October's sessions were
    ids = {p.id for p in m.Person.alive().where(m.Person.kelurahan == kel)}
    dis_whole, dis_one = whole.table(DISAGG_TITLE), one.table(DISAGG_TITLE)
    assert _row(dis_one, "Peserta yang hadir")[1] <= _row(dis_whole, "Peserta yang hadir")[1]
    present = {
        t.person_id
        for t in m.Attendance.alive().join(m.Activity).where(m.Activity.date.between(START, END))
        if t.present and t.person_id in ids
    }
    assert _row(dis_one, "Peserta yang hadir")[1] == len(present) > 0


def test_excel_workbook_holds_the_same_numbers(demo_db, tmp_path):
    report = monthly.build(MONTH, facilitator="Maria Ndoen")
    path = excel.write(report, tmp_path / "bulanan.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Ringkasan" and "Disagregasi" in wb.sheetnames
    cover = wb["Ringkasan"]
    values = [[c.value for c in row] for row in cover.iter_rows()]
    assert ["Fasilitator", "Maria Ndoen"] in [v[:2] for v in values]
    summary = report.table("Ringkasan")
    money_row = next(v for v in values if v[0] == "Nilai layanan")
    assert money_row[1] == _row(summary, "Nilai layanan")[1]
    money_cell = next(r[1] for r in cover.iter_rows() if r[0].value == "Nilai layanan")
    assert "Rp" in money_cell.number_format
    act = wb["Kegiatan yang dilaksanakan"]
    dates = [r[0].value for r in act.iter_rows() if isinstance(r[0].value, dt.datetime)]
    assert len(dates) == len(report.table("Kegiatan yang dilaksanakan").rows) - 1
    assert not list(tmp_path.glob("*.tmp*"))


def test_program_report_lists_participants_with_masked_nik(demo_db):
    prog = m.Program.alive().order_by(m.Program.name).first()
    report = program.build(prog.id)
    enrolled = [e for e in m.Enrollment.alive().where(m.Enrollment.program == prog)]
    people = report.table("Peserta")
    assert len(people.rows) == len(enrolled)
    niks = {p.nik for p in m.Person.select() if p.nik}
    shown = [r[1] for r in people.rows if r[1]]
    assert shown and not any(n in niks for n in shown)
    assert all(s.startswith("****") for s in shown)
    full = program.build(prog.id, show_nik=True)
    assert any(r[1] in niks for r in full.table("Peserta").rows)
    sessions = m.Activity.alive().where(m.Activity.program == prog).count()
    assert len(report.table("Kegiatan").rows) == sessions
    assert _row(report.table("Ringkasan"), "Peserta terdaftar")[1] == len(enrolled)


def test_find_program_by_name(demo_db):
    prog = m.Program.alive().order_by(m.Program.name).first()
    assert program.find_program(prog.name.upper()).id == prog.id
    with pytest.raises(program.UnknownProgram, match="tidak ditemukan"):
        program.find_program("Program Yang Tidak Ada")


def test_kelurahan_profile_matches_the_dashboard(demo_db):
    kel = "53.71.01.1001"
    report = kelurahan.build(kel)
    data = d.compute(d.default_filters().with_(kelurahan=kel))
    summary = report.table("Ringkasan")
    assert (
        _row(summary, "Penduduk terdaftar")[1]
        == data.people
        == m.Person.alive().where(m.Person.kelurahan == kel).count()
    )
    pyramid = report.table("Penduduk menurut kelompok umur")
    assert pyramid.rows[-1][3] == data.people
    with pytest.raises(ValueError, match="kelurahan tidak dikenal"):
        kelurahan.build("99.99")


def test_program_report_tables_match_raw_records(shaken):
    """Participants, sessions, services and outcomes of one program, from the rows."""
    prog = next(
        p
        for p in m.Program.alive().order_by(m.Program.name)
        if m.Service.alive().where(m.Service.program == p).exists()
        and m.Outcome.alive()
        .join(m.OutcomeIndicator)
        .where(m.OutcomeIndicator.program == p, m.Outcome.is_baseline == False)  # noqa: E712
        .exists()
    )
    report = program.build(prog.id, today=dt.date(2026, 11, 2))
    people = {p.id: p for p in m.Person.select()}
    enrolled = [
        e for e in m.Enrollment.alive().where(m.Enrollment.program == prog)
        if _in_scope(people[e.person_id])
    ]  # fmt: skip
    sessions = list(m.Activity.alive().where(m.Activity.program == prog).order_by(m.Activity.date))
    att = [t for t in m.Attendance.alive() if t.activity_id in {a.id for a in sessions}
           and _in_scope(people[t.person_id])]  # fmt: skip
    rows = {r[0]: r for r in report.table("Peserta").rows}
    assert len(report.table("Peserta").rows) == len(enrolled)
    for e in enrolled:
        mine = [t for t in att if t.person_id == e.person_id]
        row = rows[people[e.person_id].name]
        assert row[6] == f"{sum(t.present for t in mine)} / {len(mine)}"
        paid = sum(s.amount for s in m.Service.alive().where(m.Service.person == e.person_id,
                                                             m.Service.program == prog))  # fmt: skip
        assert row[8] == paid
    act = report.table("Kegiatan").rows
    assert [r[3] for r in act] == [sum(1 for t in att if t.activity_id == a.id) for a in sessions]
    assert [r[4] for r in act] == [
        sum(1 for t in att if t.activity_id == a.id and t.present) for a in sessions
    ]
    services = [s for s in m.Service.alive().where(m.Service.program == prog)
                if _in_scope(people[s.person_id])]  # fmt: skip
    assert sum(r[3] for r in report.table("Layanan").rows) == sum(s.amount for s in services)
    outcomes = [o for o in m.Outcome.alive().join(m.OutcomeIndicator)
                .where(m.OutcomeIndicator.program == prog) if _in_scope(people[o.person_id])]  # fmt: skip
    measured = {o.person_id for o in outcomes if o.is_baseline} & {
        o.person_id for o in outcomes if not o.is_baseline
    }
    assert sum(r[2] for r in report.table("Perubahan capaian").rows) == len(measured) > 0
    dis = _row(report.table(DISAGG_TITLE), "Peserta terdaftar")
    assert dis[1] == len({e.person_id for e in enrolled})


def test_kelurahan_profile_tables_match_raw_records(demo_db):
    from desktop_app.domain.disability import DOMAIN_LABELS, DOMAINS

    kel = "53.71.01.1005"
    report = kelurahan.build(kel, MONTH)
    local = list(m.Person.alive().where(m.Person.kelurahan == kel))
    for domain in DOMAINS:
        expected = sum(1 for p in local if (getattr(p, f"wg_{domain}") or 0) >= 3)
        assert (
            _row(report.table("Disabilitas menurut ranah WG-SS"), DOMAIN_LABELS[domain])[1]
            == expected
        )
    women = sum(1 for p in local if p.sex == "P")
    assert _row(report.table("Kelompok rentan"), "Perempuan")[1] == women
    assert report.table("Penduduk menurut kelompok umur").rows[-1][2] == women
    programs = report.table("Program yang menjangkau warga pada periode ini").rows
    reached = {
        e.person_id
        for e in m.Enrollment.alive()
        if e.person_id in {p.id for p in local}
        and (e.enrolled_on is None or e.enrolled_on <= END)
        and (e.ended_on is None or e.ended_on >= START)
    }
    assert _row(report.table("Ringkasan"), "Terjangkau program pada periode ini")[1] == len(reached)
    assert sum(r[1] for r in programs) >= len(reached) > 0

"""Program report: participants, sessions, attendance, services and outcomes of one program."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.codes import ENROLLMENT_STATUS, PROGRAM_KIND, SERVICE_KIND, label
from desktop_app.domain.formatting import format_date, format_rupiah
from desktop_app.domain.nik import mask
from desktop_app.services import dashboard as d
from desktop_app.services.reports.common import (
    disaggregate,
    disaggregation_table,
    kelurahan_label,
    person_facts,
)
from desktop_app.services.reports.model import Money, Percent, Report, Table
from desktop_app.services.reports.monthly import outcome_table
from desktop_app.storage.models import Organization, Program

EARLIEST = dt.date(1900, 1, 1)


class UnknownProgram(ValueError):
    pass


def find_program(name: str) -> Program:
    """A living program by exact name (case-insensitive), else by unique partial name."""
    text = name.strip().lower()
    programs = list(Program.alive().order_by(Program.name))
    exact = [p for p in programs if p.name.lower() == text]
    if len(exact) == 1:
        return exact[0]
    partial = [p for p in programs if text and text in p.name.lower()]
    if len(partial) == 1:
        return partial[0]
    if len(exact) > 1 or len(partial) > 1:
        raise UnknownProgram(f"nama program {name!r} cocok dengan {len(exact) or len(partial)} "
                             "program; tulis nama lengkapnya")  # fmt: skip
    raise UnknownProgram(f"program tidak ditemukan: {name!r}")


def build(program_id: str, show_nik: bool = False, today: dt.date | None = None) -> Report:
    today = today or dt.date.today()
    with d._db().atomic():
        return _build(Program.get_by_id(program_id), show_nik, today)


def _build(program: Program, show_nik: bool, today: dt.date) -> Report:
    organizer = Organization.get_or_none(Organization.id == program.organizer_id)
    end = max(today, program.end_date or today)
    f = d.Filters(EARLIEST, end, program=program.id)
    report = Report(
        "program",
        "Laporan Program",
        [
            ("Program", program.name),
            ("Jenis", label(PROGRAM_KIND, program.kind)),
            ("Penyelenggara", organizer.name if organizer else "–"),
            ("Kelurahan", kelurahan_label(program.kelurahan)),
            (
                "Periode program",
                f"{format_date(program.start_date) or '…'} – "
                f"{format_date(program.end_date) or '…'}",
            ),  # fmt: skip
            ("Anggaran", format_rupiah(program.budget) if program.budget is not None else "–"),
            ("Dibuat", f"{today:%d/%m/%Y}"),
        ],
        generated_on=today,
    )
    pred, p_params = d.scope_pred(f, "e.person_id")
    enrollments = d._rows(
        "SELECT e.person_id, e.status, e.enrolled_on FROM enrollment e WHERE e.deleted_at IS NULL "
        f"AND e.program_id = ? AND {pred}",
        [program.id, *p_params],
    )
    a_sql, a_params = d.attendance_rows_sql(f)
    att = d._rows(f"SELECT activity_id, person_id, present FROM ({a_sql})", a_params)
    sv_sql, sv_params = d.services_sql(f)
    services = d._rows(f"SELECT person_id, kind, amount FROM ({sv_sql})", sv_params)
    outcomes = d.outcome_rows(f)
    ids = [e[0] for e in enrollments]
    facts = person_facts(ids + [a[1] for a in att] + [s[0] for s in services], today)

    per_person: dict[str, list[int]] = {}
    for _a, pid, present in att:
        counts = per_person.setdefault(pid, [0, 0])
        counts[0] += present
        counts[1] += 1
    money: dict[str, int] = {}
    for pid, _kind, amount in services:
        money[pid] = money.get(pid, 0) + amount

    sessions = d._rows(
        "SELECT a.id, a.date, a.topic, a.place FROM activity a WHERE a.deleted_at IS NULL "
        "AND a.program_id = ? ORDER BY a.date, a.id",
        [program.id],
    )
    present = sum(a[2] for a in att)
    summary = Table("Ringkasan", ["Uraian", "Jumlah"])
    status_count = {code: sum(e[1] == code for e in enrollments) for code in ENROLLMENT_STATUS}
    summary.rows = [["Peserta terdaftar", len(enrollments)]]
    summary.rows += [[f"Status: {label(ENROLLMENT_STATUS, c)}", n] for c, n in status_count.items()]
    summary.rows += [
        ["Kegiatan dilaksanakan", len(sessions)],
        ["Tingkat kehadiran", Percent(present / len(att)) if att else None],
        ["Layanan diberikan", len(services)],
        ["Nilai layanan", Money(sum(s[2] for s in services))],
    ]
    report.tables.append(summary)

    people = Table("Peserta", ["Nama", "NIK", "L/P", "Umur", "Kelurahan", "Status", "Hadir",
                               "Kehadiran", "Nilai layanan"])  # fmt: skip
    for pid, status, _on in sorted(enrollments, key=lambda e: facts[e[0]].name.lower()):
        p = facts[pid]
        hadir, recorded = per_person.get(pid, [0, 0])
        people.rows.append([p.name, (p.nik or "") if show_nik else mask(p.nik)[-8:], p.sex, p.age,
                            p.kelurahan, label(ENROLLMENT_STATUS, status),
                            f"{hadir} / {recorded}",
                            Percent(hadir / recorded) if recorded else None,
                            Money(money.get(pid, 0))])  # fmt: skip
    if not people.rows:
        people.note = "Belum ada peserta."
    report.tables.append(people)

    by_session: dict[str, list[int]] = {}
    for activity, _pid, here in att:
        counts = by_session.setdefault(activity, [0, 0])
        counts[0] += here
        counts[1] += 1
    act = Table("Kegiatan", ["Tanggal", "Topik", "Tempat", "Tercatat", "Hadir", "Kehadiran"])
    for sid, date, topic, place in sessions:
        here, recorded = by_session.get(sid, [0, 0])
        act.rows.append([dt.date.fromisoformat(str(date)[:10]), topic or "", place or "", recorded,
                         here, Percent(here / recorded) if recorded else None])  # fmt: skip
    if not act.rows:
        act.note = "Belum ada kegiatan."
    report.tables.append(act)

    svc = Table("Layanan", ["Jenis layanan", "Jumlah layanan", "Penerima (orang)", "Nilai"])
    per_kind: dict[str, list] = {}
    for pid, kind, amount in services:
        entry = per_kind.setdefault(kind, [0, set(), 0])
        entry[0] += 1
        entry[1].add(pid)
        entry[2] += amount
    for kind, (count, who, amount) in sorted(per_kind.items()):
        svc.rows.append([label(SERVICE_KIND, kind), count, len(who), Money(amount)])
    if not svc.rows:
        svc.note = "Program ini belum mencatat layanan."
    report.tables.append(svc)
    report.tables.append(outcome_table(outcomes, "Belum ada pengukuran capaian dengan data awal."))
    report.tables.append(
        disaggregation_table(
            [
                disaggregate("Peserta terdaftar", ids, facts),
                disaggregate("Peserta yang pernah hadir", [a[1] for a in att if a[2]], facts),
                disaggregate("Penerima layanan", [s[0] for s in services], facts),
            ]
        )
    )
    if not enrollments and not sessions:
        report.empty_message = "Program ini belum memiliki peserta maupun kegiatan."
    return report

"""Laporan Bulanan: the monthly facilitator report for the district office."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.codes import SERVICE_KIND, label
from desktop_app.services import dashboard as d
from desktop_app.services.progress import Progress, no_progress
from desktop_app.services.reports.common import (
    disaggregate,
    disaggregation_table,
    kelurahan_label,
    person_facts,
)
from desktop_app.services.reports.model import Money, Percent, Report, Table

EMPTY = "Tidak ada kegiatan, pendaftaran, layanan, atau perubahan capaian pada periode ini."


def _rate(present: int, recorded: int) -> Percent | None:
    return Percent(present / recorded) if recorded else None


def build(month: str, kelurahan: str | None = None, facilitator: str | None = None,
          today: dt.date | None = None, progress: Progress | None = None) -> Report:  # fmt: skip
    """The report for ``month`` (``YYYY-MM``), optionally for one kelurahan (code).

    ``progress(done, total, text)`` is told each part; raising from it (Batal) stops the work.
    """
    start, end = d.parse_month(month)
    f = d.Filters(start, end, kelurahan=kelurahan)
    db = d._db()
    with db.atomic():
        return _build(f, facilitator, today or dt.date.today(), progress or no_progress)


def _build(f: d.Filters, facilitator: str | None, today: dt.date,
           progress: Progress = no_progress) -> Report:  # fmt: skip
    report = Report(
        "monthly",
        "Laporan Bulanan Fasilitator",
        [
            ("Fasilitator", facilitator or "–"),
            ("Kelurahan", kelurahan_label(f.kelurahan)),
            (
                "Periode",
                f"{d.period_label(f.start, f.end)} ({f.start:%d/%m/%Y} – {f.end:%d/%m/%Y})",
            ),
            ("Dibuat", f"{today:%d/%m/%Y}"),
        ],
        generated_on=today,
    )
    progress(0, 5, "Kegiatan dan kehadiran…")
    # sessions with attendance
    a_sql, a_params = d.attendance_rows_sql(f)
    att = d._rows(f"SELECT activity_id, person_id, present FROM ({a_sql})", a_params)
    s_sql, s_params = d.sessions_sql(f)
    sessions = d._rows(
        f"SELECT s.id, s.date, pr.name, a.topic, a.place FROM ({s_sql}) s "
        "JOIN activity a ON a.id = s.id JOIN program pr ON pr.id = s.program_id "
        "ORDER BY s.date, pr.name, s.id",
        s_params,
    )
    new_sql, new_params = d.base_where(f)
    new_ids = [
        r[0]
        for r in d._rows(
            f"SELECT p.id FROM person p WHERE {new_sql} AND date(p.created_at) BETWEEN ? AND ?",
            [*new_params, f.start.isoformat(), f.end.isoformat()],
        )
    ]
    sv_sql, sv_params = d.services_sql(f)
    services = d._rows(f"SELECT person_id, kind, amount FROM ({sv_sql})", sv_params)
    outcomes = d.outcome_rows(f, followup_since=f.start)
    present_ids = [pid for _a, pid, present in att if present]
    measured_ids = [pid for row in outcomes for pid in row.people]
    improved_ids = [pid for row in outcomes for pid, c in row.people.items() if c == "membaik"]
    facts = person_facts(
        [pid for _a, pid, _p in att] + new_ids + [s[0] for s in services] + measured_ids, f.end
    )

    present_total = len(present_ids)
    recorded_total = len(att)
    summary = Table("Ringkasan", ["Uraian", "Jumlah"])
    summary.rows = [
        ["Kegiatan dilaksanakan", len(sessions)],
        ["Kehadiran tercatat (baris daftar hadir)", recorded_total],
        ["Hadir", present_total],
        ["Tingkat kehadiran", _rate(present_total, recorded_total)],
        ["Peserta yang hadir (orang)", len(set(present_ids))],
        ["Penduduk baru terdaftar", len(new_ids)],
        ["Layanan diberikan", len(services)],
        ["Penerima layanan (orang)", len({s[0] for s in services})],
        ["Nilai layanan", Money(sum(s[2] for s in services))],
        ["Peserta dengan perubahan capaian diukur", len(set(measured_ids))],
        ["Peserta dengan capaian membaik", len(set(improved_ids))],
    ]
    report.tables.append(summary)
    progress(1, 5, "Kegiatan yang dilaksanakan…")

    by_session: dict[str, list[tuple[str, int]]] = {}
    for activity, pid, present in att:
        by_session.setdefault(activity, []).append((pid, present))
    act = Table("Kegiatan yang dilaksanakan", ["Tanggal", "Program", "Topik dan tempat", "Tercatat",
                                                "Hadir", "Hadir L", "Hadir P", "Hadir disabilitas",
                                                "Kehadiran"])  # fmt: skip
    for sid, date, program, topic, place in sessions:
        rows = by_session.get(sid, [])
        here = [facts[p] for p, present in rows if present and p in facts]
        where = ", ".join(x for x in (topic, place) if x)
        act.rows.append([dt.date.fromisoformat(str(date)[:10]), program, where, len(rows), len(here), sum(p.sex == "L" for p in here),
                         sum(p.sex == "P" for p in here), sum(p.disability for p in here),
                         _rate(len(here), len(rows))])  # fmt: skip
    if sessions:
        act.rows.append(["Jumlah", "", "", recorded_total, present_total,
                         sum(r[5] for r in act.rows), sum(r[6] for r in act.rows),
                         sum(r[7] for r in act.rows), _rate(present_total, recorded_total)])  # fmt: skip
        act.total_row = True
    else:
        act.note = "Tidak ada kegiatan pada periode ini."
    report.tables.append(act)
    progress(2, 5, "Penduduk baru terdaftar…")

    reg = Table("Penduduk baru terdaftar", ["Kelurahan", "Laki-laki", "Perempuan", "Jumlah"])
    per_kel: dict[str, list[int]] = {}
    for pid in new_ids:
        p = facts[pid]
        counts = per_kel.setdefault(p.kelurahan, [0, 0])
        counts[0 if p.sex == "L" else 1] += 1
    for kel, (men, women) in sorted(per_kel.items()):
        reg.rows.append([kel, men, women, men + women])
    if reg.rows:
        reg.rows.append(["Jumlah", sum(r[1] for r in reg.rows), sum(r[2] for r in reg.rows),
                         len(new_ids)])  # fmt: skip
        reg.total_row = True
    else:
        reg.note = "Tidak ada pendaftaran baru pada periode ini."
    report.tables.append(reg)
    progress(3, 5, "Layanan…")

    svc = Table("Layanan yang diberikan", ["Jenis layanan", "Jumlah layanan", "Penerima (orang)",
                                           "Nilai"])  # fmt: skip
    per_kind: dict[str, list] = {}
    for pid, kind, amount in services:
        entry = per_kind.setdefault(kind, [0, set(), 0])
        entry[0] += 1
        entry[1].add(pid)
        entry[2] += amount
    for kind, (count, people, amount) in sorted(per_kind.items()):
        svc.rows.append([label(SERVICE_KIND, kind), count, len(people), Money(amount)])
    if svc.rows:
        svc.rows.append(["Jumlah", len(services), len({s[0] for s in services}),
                         Money(sum(s[2] for s in services))])  # fmt: skip
        svc.total_row = True
    else:
        svc.note = "Tidak ada layanan pada periode ini."
    report.tables.append(svc)
    progress(4, 5, "Perubahan capaian…")

    report.tables.append(outcome_table(outcomes, "Tidak ada pengukuran lanjutan pada periode ini."))

    report.tables.append(
        disaggregation_table(
            [
                disaggregate("Peserta yang hadir", present_ids, facts),
                disaggregate("Penduduk baru terdaftar", new_ids, facts),
                disaggregate("Penerima layanan", [s[0] for s in services], facts),
                disaggregate("Peserta dengan capaian diukur", measured_ids, facts),
                disaggregate("Peserta dengan capaian membaik", improved_ids, facts),
            ],
            note="Umur dihitung pada hari terakhir periode; disabilitas menurut WG-SS "
            "(ada ranah dengan jawaban 3 atau 4).",
        )
    )
    if not (sessions or new_ids or services or outcomes):
        report.empty_message = EMPTY
    return report


def outcome_table(rows: list[d.OutcomeRow], empty_note: str) -> Table:
    table = Table("Perubahan capaian", ["Program", "Indikator", "Diukur", "Membaik", "Tetap",
                                        "Memburuk", "Rata-rata awal", "Rata-rata terakhir"])  # fmt: skip
    for r in sorted(rows, key=lambda r: (r.program, r.indicator)):
        table.rows.append([r.program, r.indicator + (f" ({r.unit})" if r.unit else ""), r.measured,
                           r.membaik, r.tetap, r.memburuk, _mean(r, r.baseline_mean),
                           _mean(r, r.latest_mean)])  # fmt: skip
    if not table.rows:
        table.note = empty_note
    return table


def _mean(row: d.OutcomeRow, value: float | None) -> object:
    if value is None:
        return None
    if row.kind == "ya_tidak":
        return Percent(value)
    if row.unit and row.unit.lower().startswith("rp"):
        return Money(round(value))
    return round(value, 1)

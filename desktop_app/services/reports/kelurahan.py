"""Kelurahan profile: population, vulnerability, disability and program reach of one kelurahan."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.disability import DOMAIN_LABELS, DOMAINS
from desktop_app.domain.people import VULNERABILITY
from desktop_app.services import dashboard as d
from desktop_app.services.reports.model import Percent, Report, Table


def build(kelurahan: str, month: str | None = None, today: dt.date | None = None) -> Report:
    """Profile of ``kelurahan`` (code); program figures for ``month`` (default: latest activity)."""
    today = today or dt.date.today()
    names = d.kelurahan_names()
    if kelurahan not in names:
        raise ValueError(f"kelurahan tidak dikenal: {kelurahan!r}")
    start, end = d.parse_month(month) if month else d.latest_activity_month(today)
    f = d.Filters(start, end, kelurahan=kelurahan)
    data = d.compute(f)
    report = Report(
        "kelurahan",
        "Profil Kelurahan",
        [
            ("Kelurahan", names[kelurahan]),
            ("Periode", d.period_label(start, end)),
            ("Dibuat", f"{today:%d/%m/%Y}"),
        ],
        generated_on=today,
    )
    share = lambda n: Percent(n / data.people) if data.people else None  # noqa: E731
    summary = Table("Ringkasan", ["Uraian", "Jumlah"])
    summary.rows = [
        ["Penduduk terdaftar", data.people],
        ["Keluarga", data.households],
        ["Penduduk rentan (paling sedikit satu kategori)", data.vulnerable],
        ["Terjangkau program pada periode ini", data.reached],
        ["Penduduk rentan yang terjangkau", data.reached_vulnerable],
        [
            "Bagian penduduk rentan yang terjangkau",
            data.reached_share and Percent(data.reached_share),
        ],
        ["Kegiatan pada periode ini", data.sessions],
    ]
    report.tables.append(summary)
    cats = Table("Kelompok rentan", ["Kategori", "Jumlah", "Bagian dari penduduk"])
    cats.rows = [[VULNERABILITY[c], n, share(n)] for c, n in data.by_category.items()]
    report.tables.append(cats)
    pyramid = Table("Penduduk menurut kelompok umur", ["Umur", "Laki-laki", "Perempuan", "Jumlah"])
    for band in d.BANDS:
        sexes = data.pyramid.get(band, {"L": 0, "P": 0})
        if band == "?" and not sum(sexes.values()):
            continue
        pyramid.rows.append([band if band != "?" else "Tidak diketahui", sexes["L"], sexes["P"],
                             sexes["L"] + sexes["P"]])  # fmt: skip
    pyramid.rows.append(["Jumlah", sum(r[1] for r in pyramid.rows), sum(r[2] for r in pyramid.rows),
                         sum(r[3] for r in pyramid.rows)])  # fmt: skip
    pyramid.total_row = True
    report.tables.append(pyramid)
    dis = Table("Disabilitas menurut ranah WG-SS", ["Ranah", "Jumlah orang"], sheet="Disabilitas")
    dis.rows = [[DOMAIN_LABELS[x], data.disability[x]] for x in DOMAINS]
    dis.rows.append(["Penyandang disabilitas (ranah mana pun)", data.by_category["disabilitas"]])
    report.tables.append(dis)
    programs = d._rows(
        "SELECT pr.name, COUNT(DISTINCT e.person_id) FROM enrollment e JOIN program pr "
        "ON pr.id = e.program_id AND pr.deleted_at IS NULL JOIN person p ON p.id = e.person_id "
        "WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL AND p.kelurahan = ? "
        "AND (e.enrolled_on IS NULL OR e.enrolled_on <= ?) "
        "AND (e.ended_on IS NULL OR e.ended_on >= ?) GROUP BY pr.id ORDER BY 2 DESC, pr.name",
        [kelurahan, end.isoformat(), start.isoformat()],
    )
    prog = Table("Program yang menjangkau warga pada periode ini", ["Program", "Peserta (orang)"],
                 sheet="Program")  # fmt: skip
    prog.rows = [[name, n] for name, n in programs]
    if not prog.rows:
        prog.note = "Tidak ada program yang menjangkau warga kelurahan ini pada periode ini."
    report.tables.append(prog)
    groups = d._rows(
        "SELECT g.name, g.kind, (SELECT COUNT(*) FROM group_membership gm WHERE gm.group_id = g.id "
        "AND gm.deleted_at IS NULL AND gm.status = 'aktif') FROM community_group g "
        "WHERE g.deleted_at IS NULL AND g.kelurahan = ? ORDER BY g.name",
        [kelurahan],
    )
    grp = Table("Kelompok masyarakat", ["Kelompok", "Jenis", "Anggota aktif"])
    from desktop_app.domain.codes import GROUP_KIND, label

    grp.rows = [[name, label(GROUP_KIND, kind), n] for name, kind, n in groups]
    if not grp.rows:
        grp.note = "Belum ada kelompok tercatat di kelurahan ini."
    report.tables.append(grp)
    if not data.people:
        report.empty_message = "Belum ada penduduk terdaftar di kelurahan ini."
    return report

"""Read-only summaries shown before an area's full screens exist, and reused by them."""

from __future__ import annotations

import json

import peewee as pw

from desktop_app.domain.codes import GROUP_KIND, PROGRAM_KIND, label
from desktop_app.storage.models import (
    Activity,
    Enrollment,
    Group,
    GroupMembership,
    Household,
    ImportBatch,
    Kelurahan,
    Person,
    Program,
)

Table = tuple[list[str], list[list[object]]]


def people_by_kelurahan() -> Table:
    people = dict(
        Person.alive().select(Person.kelurahan, pw.fn.COUNT(Person.id)).group_by(Person.kelurahan).tuples()
    )
    women = dict(
        Person.alive()
        .select(Person.kelurahan, pw.fn.COUNT(Person.id))
        .where(Person.sex == "P")
        .group_by(Person.kelurahan)
        .tuples()
    )
    no_nik = dict(
        Person.alive()
        .select(Person.kelurahan, pw.fn.COUNT(Person.id))
        .where(Person.nik.is_null())
        .group_by(Person.kelurahan)
        .tuples()
    )
    households = dict(
        Household.alive()
        .select(Household.kelurahan, pw.fn.COUNT(Household.id))
        .group_by(Household.kelurahan)
        .tuples()
    )
    rows = [
        [k.name, households.get(k.code, 0), people.get(k.code, 0), women.get(k.code, 0),
         no_nik.get(k.code, 0)]
        for k in Kelurahan.select().order_by(Kelurahan.code)
    ]  # fmt: skip
    return ["Kelurahan", "Keluarga", "Penduduk", "Perempuan", "Tanpa NIK"], rows


def programs_summary() -> Table:
    enrolled = (
        Enrollment.alive()
        .select(Enrollment.program, pw.fn.COUNT(Enrollment.id))
        .group_by(Enrollment.program)
        .tuples()
    )
    sessions = (
        Activity.alive().select(Activity.program, pw.fn.COUNT(Activity.id)).group_by(Activity.program).tuples()
    )
    enrolled_by, sessions_by = dict(enrolled), dict(sessions)
    rows = [
        [p.name, label(PROGRAM_KIND, p.kind), p.start_date, p.end_date, enrolled_by.get(p.id, 0),
         sessions_by.get(p.id, 0)]
        for p in Program.alive().order_by(Program.name)
    ]  # fmt: skip
    return ["Program", "Jenis", "Mulai", "Selesai", "Peserta", "Kegiatan"], rows


def groups_summary() -> Table:
    members = dict(
        GroupMembership.alive()
        .select(GroupMembership.group, pw.fn.COUNT(GroupMembership.id))
        .where(GroupMembership.status == "aktif")
        .group_by(GroupMembership.group)
        .tuples()
    )
    names = {k.code: k.name for k in Kelurahan.select()}
    rows = [
        [g.name, label(GROUP_KIND, g.kind), names.get(g.kelurahan, g.kelurahan or ""),
         g.meeting_schedule or "", members.get(g.id, 0)]
        for g in Group.alive().order_by(Group.name)
    ]  # fmt: skip
    return ["Kelompok", "Jenis", "Kelurahan", "Jadwal pertemuan", "Anggota aktif"], rows


def import_history() -> Table:
    rows = []
    for batch in ImportBatch.select().order_by(ImportBatch.at.desc()):
        counts = json.loads(batch.counts or "{}")
        rows.append([batch.at, batch.file_name, batch.user or "", batch.status,
                     counts.get("created", 0), counts.get("updated", 0),
                     counts.get("rejected", 0)])  # fmt: skip
    return ["Waktu", "Berkas", "Pengguna", "Status", "Baru", "Diperbarui", "Ditolak"], rows

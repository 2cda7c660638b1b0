"""Use cases of community groups: the group, its officers and members, its meetings.

Members may come from outside Kecamatan Alak: ``register_outside_person`` adds such a person to the
registry (no kelurahan of Alak; where they come from is kept in the address) straight from the
group screen. Every write goes through ``records.save``; several writes share one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from desktop_app.domain import codes
from desktop_app.domain.nik import mask
from desktop_app.domain.wilayah import find_kelurahan, kelurahan_list
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage.models import (
    ArisanContribution,
    ArisanCycle,
    ArisanRound,
    ArisanShare,
    Group,
    GroupMeeting,
    GroupMeetingAttendance,
    GroupMembership,
    Person,
)

OFFICER_ROLES = ("ketua", "wakil", "sekretaris", "bendahara")
OUTSIDE_NOTE = "Anggota kelompok dari luar Kecamatan Alak"


def _db() -> pw.Database:
    return Group._meta.database


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def kelurahan_name(code: str | None) -> str:
    if not code:
        return "Luar Alak / tidak diketahui"
    for k in kelurahan_list():
        if k.code == code:
            return k.name
    return code


# --- groups -----------------------------------------------------------------------------------


@dataclass
class GroupRow:
    id: str
    name: str
    kind: str
    kind_label: str
    kelurahan: str
    meeting_schedule: str
    active_members: int


def list_groups(kind: str | None = None) -> list[GroupRow]:
    counts = dict(
        GroupMembership.alive()
        .select(GroupMembership.group, pw.fn.COUNT(GroupMembership.id))
        .where(GroupMembership.status == "aktif")
        .group_by(GroupMembership.group)
        .tuples()
    )
    query = Group.alive().order_by(Group.name)
    if kind:
        query = query.where(Group.kind == kind)
    return [GroupRow(g.id, g.name, g.kind, codes.label(codes.GROUP_KIND, g.kind),
                     kelurahan_name(g.kelurahan), g.meeting_schedule or "", counts.get(g.id, 0))
            for g in query]  # fmt: skip


def get_group(group_id: str) -> Group:
    group = Group.alive().where(Group.id == group_id).first()
    if group is None:
        raise ValueError("Kelompok tidak ditemukan (mungkin sudah dihapus).")
    return group


def save_group(actor: Actor, *, name: str, kind: str, kelurahan: str | None = None,
               meeting_schedule: str | None = None, founded_on: dt.date | None = None,
               description: str | None = None, group_id: str | None = None) -> Group:  # fmt: skip
    name_ = _text(name)
    if not name_:
        raise ValueError("Nama kelompok wajib diisi.")
    if kind not in codes.GROUP_KIND:
        raise ValueError("Pilih jenis kelompok.")
    code = None
    if _text(kelurahan):
        found = find_kelurahan(kelurahan)
        if found is None:
            raise ValueError(f"Kelurahan tidak dikenal di Kecamatan Alak: {kelurahan}")
        code = found.code
    group = get_group(group_id) if group_id else Group()
    group.name, group.kind, group.kelurahan = name_, kind, code
    group.meeting_schedule = _text(meeting_schedule)
    group.founded_on = founded_on
    group.description = _text(description)
    records.save(group, actor)
    return group


def delete_group(actor: Actor, group_id: str) -> None:
    """Tombstone a group created by mistake; a group whose arisan books hold money stays."""
    group = get_group(group_id)
    money = (
        ArisanContribution.alive()
        .join(ArisanRound)
        .join(ArisanCycle)
        .where(
            (ArisanCycle.group == group.id)
            & ArisanCycle.deleted_at.is_null()
            & ((ArisanContribution.paid > 0) | (ArisanContribution.penalty > 0))
        )  # fmt: skip
        .exists()
    )
    if money:
        raise ValueError(
            "Kelompok ini punya buku arisan yang mencatat uang; kelompok tidak dapat dihapus."
        )
    records.delete(group, actor)


# --- people and members -----------------------------------------------------------------------


@dataclass
class PersonHit:
    id: str
    name: str
    nik: str
    kelurahan: str
    birth_year: int | None


def find_people(text: str, limit: int = 30) -> list[PersonHit]:
    """People by part of the name or NIK (registry and outside members alike), through the
    registry's search index (accent-folded, fast on 100,000 people)."""
    from desktop_app.services import registry
    from desktop_app.storage.search import PersonFilter

    text = (text or "").strip()
    if len(text) < 2:
        return []
    rows, _next = registry.page(PersonFilter(text=text), limit=limit)
    return [PersonHit(r["id"], r["name"], mask(r["nik"]), kelurahan_name(r["kelurahan"]),
                      r["birth_date"].year if r["birth_date"] else r["birth_year"])
            for r in rows]  # fmt: skip


def register_outside_person(actor: Actor, *, name: str, sex: str, origin: str | None = None,
                            phone: str | None = None, birth_year: int | None = None) -> Person:  # fmt: skip
    """A member who lives outside Alak (or whose kelurahan is unknown): the few facts a group knows."""
    name_ = _text(name)
    if not name_:
        raise ValueError("Nama wajib diisi.")
    if sex not in ("L", "P"):
        raise ValueError("Pilih jenis kelamin (L/P).")
    if birth_year is not None and not 1900 <= birth_year <= dt.date.today().year:
        raise ValueError("Tahun lahir tidak masuk akal.")
    found = find_kelurahan(origin) if _text(origin) else None
    person = Person(name=name_, sex=sex, phone=_text(phone), birth_year=birth_year,
                    no_nik_reason="belum diketahui")  # fmt: skip
    if found is not None:  # typed an Alak kelurahan after all
        person.kelurahan = found.code
    else:
        person.address = _text(origin)
        person.notes = OUTSIDE_NOTE
    records.save(person, actor)
    return person


@dataclass
class MemberRow:
    id: str  # membership id
    person_id: str
    name: str
    sex: str
    kelurahan: str
    outside: bool
    role: str
    role_label: str
    joined_on: dt.date | None
    left_on: dt.date | None
    status: str


def members(group_id: str, include_left: bool = True) -> list[MemberRow]:
    query = (
        GroupMembership.alive()
        .select(GroupMembership, Person)
        .join(Person)
        .where(GroupMembership.group == group_id)
    )
    if not include_left:
        query = query.where(GroupMembership.status == "aktif")
    order = {r: i for i, r in enumerate(codes.GROUP_ROLE)}
    rows = [MemberRow(m.id, m.person.id, m.person.name, m.person.sex,
                      kelurahan_name(m.person.kelurahan), m.person.kelurahan is None, m.role,
                      codes.label(codes.GROUP_ROLE, m.role), m.joined_on, m.left_on, m.status)
            for m in query]  # fmt: skip
    rows.sort(key=lambda r: (r.status != "aktif", order.get(r.role, 99), r.name))
    return rows


def officers(group_id: str) -> dict[str, str]:
    """role -> name of the active holder."""
    return {
        r.role: r.name for r in members(group_id, include_left=False) if r.role in OFFICER_ROLES
    }


def _check_officer(group_id: str, role: str, membership_id: str | None) -> None:
    if role not in OFFICER_ROLES:
        return
    holder = (
        GroupMembership.alive()
        .join(Person)
        .where(
            (GroupMembership.group == group_id)
            & (GroupMembership.role == role)
            & (GroupMembership.status == "aktif")
        )  # fmt: skip
        .first()
    )
    if holder is not None and holder.id != membership_id:
        raise ValueError(
            f"Kelompok ini sudah punya {codes.label(codes.GROUP_ROLE, role)}: "
            f"{holder.person.name}. Ubah dulu peran orang itu."
        )


def _check_no_running_arisan(m: GroupMembership) -> None:
    """A member holding shares in a running cycle keeps paying until it ends, so cannot leave."""
    running = (
        ArisanCycle.alive()
        .join(ArisanShare)
        .where(
            (ArisanShare.membership == m.id)
            & ArisanShare.deleted_at.is_null()
            & (ArisanCycle.status == "berjalan")
        )  # fmt: skip
        .first()
    )
    if running is not None:
        raise ValueError(
            f"Anggota ini masih memegang bagian arisan '{running.name}' yang sedang berjalan dan "
            "tetap membayar sampai siklus selesai. Catat keluarnya setelah siklus selesai."
        )


def add_member(actor: Actor, group_id: str, person_id: str, *, role: str = "anggota",
               joined_on: dt.date | None = None) -> GroupMembership:  # fmt: skip
    get_group(group_id)
    if role not in codes.GROUP_ROLE:
        raise ValueError("Peran dalam kelompok tidak dikenal.")
    if Person.alive().where(Person.id == person_id).count() == 0:
        raise ValueError("Orang ini tidak ada di data penduduk.")
    active = (
        GroupMembership.alive()
        .where(
            (GroupMembership.group == group_id)
            & (GroupMembership.person == person_id)
            & (GroupMembership.status == "aktif")
        )  # fmt: skip
        .exists()
    )
    if active:
        raise ValueError("Orang ini sudah menjadi anggota aktif kelompok ini.")
    _check_officer(group_id, role, None)
    membership = GroupMembership(group=group_id, person=person_id, role=role,
                                 joined_on=joined_on or dt.date.today(), status="aktif")  # fmt: skip
    records.save(membership, actor)
    return membership


def update_member(actor: Actor, membership_id: str, *, role: str, joined_on: dt.date | None,
                  left_on: dt.date | None = None) -> GroupMembership:  # fmt: skip
    m = GroupMembership.alive().where(GroupMembership.id == membership_id).first()
    if m is None:
        raise ValueError("Keanggotaan tidak ditemukan.")
    if role not in codes.GROUP_ROLE:
        raise ValueError("Peran dalam kelompok tidak dikenal.")
    if left_on is not None and joined_on is not None and left_on < joined_on:
        raise ValueError("Tanggal keluar tidak boleh sebelum tanggal bergabung.")
    status = "keluar" if left_on is not None else "aktif"
    if status == "aktif":
        _check_officer(m.group_id, role, m.id)
    elif m.status == "aktif":
        _check_no_running_arisan(m)
    m.role, m.joined_on, m.left_on, m.status = role, joined_on, left_on, status
    records.save(m, actor)
    return m


# --- meetings ---------------------------------------------------------------------------------


@dataclass
class MeetingRow:
    id: str
    date: dt.date
    place: str
    topics: str
    decisions: str
    present: int
    recorded: int


def meetings(group_id: str) -> list[MeetingRow]:
    present = dict(
        GroupMeetingAttendance.alive()
        .select(GroupMeetingAttendance.meeting, pw.fn.SUM(GroupMeetingAttendance.present))
        .join(GroupMeeting)
        .where(GroupMeeting.group == group_id)
        .group_by(GroupMeetingAttendance.meeting)
        .tuples()
    )
    recorded = dict(
        GroupMeetingAttendance.alive()
        .select(GroupMeetingAttendance.meeting, pw.fn.COUNT(GroupMeetingAttendance.id))
        .join(GroupMeeting)
        .where(GroupMeeting.group == group_id)
        .group_by(GroupMeetingAttendance.meeting)
        .tuples()
    )
    query = (
        GroupMeeting.alive()
        .where(GroupMeeting.group == group_id)
        .order_by(GroupMeeting.date.desc())
    )
    return [MeetingRow(m.id, m.date, m.place or "", m.topics or "", m.decisions or "",
                       int(present.get(m.id) or 0), recorded.get(m.id, 0))
            for m in query]  # fmt: skip


def meeting_attendance(meeting_id: str) -> dict[str, bool]:
    return {a.person_id: a.present for a in GroupMeetingAttendance.alive()
            .where(GroupMeetingAttendance.meeting == meeting_id)}  # fmt: skip


def delete_meeting(actor: Actor, meeting_id: str) -> None:
    """Tombstone a meeting recorded by mistake, with its attendance, in one transaction."""
    meeting = GroupMeeting.alive().where(GroupMeeting.id == meeting_id).first()
    if meeting is None:
        raise ValueError("Pertemuan tidak ditemukan.")
    with _db().atomic():
        for row in GroupMeetingAttendance.alive().where(
            GroupMeetingAttendance.meeting == meeting.id
        ):
            records.delete(row, actor)
        records.delete(meeting, actor)


def save_meeting(actor: Actor, group_id: str, *, date: dt.date | None, place: str | None,
                 topics: str | None, decisions: str | None, present: Iterable[str],
                 absent: Iterable[str] = (), meeting_id: str | None = None) -> GroupMeeting:  # fmt: skip
    """A meeting with its minutes and attendance (person ids present / absent), all at once."""
    get_group(group_id)
    if date is None:
        raise ValueError("Tanggal pertemuan wajib diisi.")
    if date > dt.date.today() + dt.timedelta(days=366):
        raise ValueError("Tanggal pertemuan terlalu jauh di masa depan.")
    marks = {p: False for p in absent} | {p: True for p in present}
    with _db().atomic():
        if meeting_id:
            meeting = GroupMeeting.alive().where(GroupMeeting.id == meeting_id).first()
            if meeting is None:
                raise ValueError("Pertemuan tidak ditemukan.")
        else:
            meeting = GroupMeeting(group=group_id)
        meeting.date, meeting.place = date, _text(place)
        meeting.topics, meeting.decisions = _text(topics), _text(decisions)
        records.save(meeting, actor)
        existing = {a.person_id: a for a in GroupMeetingAttendance.alive()
                    .where(GroupMeetingAttendance.meeting == meeting.id)}  # fmt: skip
        for person_id, is_present in marks.items():
            row = existing.get(person_id) or GroupMeetingAttendance(meeting=meeting.id,
                                                                    person=person_id)  # fmt: skip
            row.present = is_present
            records.save(row, actor)
    return meeting

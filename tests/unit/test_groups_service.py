"""Groups: officers, members from outside Alak, meetings with attendance and minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services import groups
from desktop_app.storage.models import GroupMeetingAttendance, GroupMembership, Person


def _person(actor, name, sex="P"):
    return groups.register_outside_person(actor, name=name, sex=sex, origin="Namosain")


def test_group_with_officers_and_an_outside_member(db, actor):
    g = groups.save_group(actor, name="Arisan Mawar", kind="arisan", kelurahan="alak",
                          meeting_schedule="Sabtu kedua")  # fmt: skip
    assert g.kelurahan == "53.71.01.1008"
    ketua = _person(actor, "Yuliana Bano")  # Namosain is in Alak: kelurahan is set
    assert ketua.kelurahan == "53.71.01.1001" and ketua.notes is None
    outsider = groups.register_outside_person(actor, name="Maria Lake", sex="P",
                                              origin="Oesapa, Kec. Kelapa Lima")  # fmt: skip
    assert outsider.kelurahan is None and outsider.address == "Oesapa, Kec. Kelapa Lima"
    groups.add_member(actor, g.id, ketua.id, role="ketua", joined_on=dt.date(2026, 1, 5))
    groups.add_member(actor, g.id, outsider.id, role="bendahara")
    rows = groups.members(g.id)
    assert [(r.name, r.role_label, r.outside) for r in rows] == [
        ("Yuliana Bano", "Ketua", False), ("Maria Lake", "Bendahara", True)]  # fmt: skip
    assert groups.officers(g.id) == {"ketua": "Yuliana Bano", "bendahara": "Maria Lake"}
    assert groups.list_groups()[0].active_members == 2


def test_one_holder_per_office_and_no_double_membership(db, actor):
    g = groups.save_group(actor, name="KUBE Tenun", kind="kube")
    a, b = _person(actor, "Ana"), _person(actor, "Bety")
    groups.add_member(actor, g.id, a.id, role="ketua")
    before = GroupMembership.select().count()
    with pytest.raises(ValueError, match="sudah punya Ketua: Ana"):
        groups.add_member(actor, g.id, b.id, role="ketua")
    with pytest.raises(ValueError, match="sudah menjadi anggota"):
        groups.add_member(actor, g.id, a.id)
    assert GroupMembership.select().count() == before


def test_member_leaves_with_a_date(db, actor):
    g = groups.save_group(actor, name="Diskusi", kind="diskusi")
    a = _person(actor, "Ana")
    m = groups.add_member(actor, g.id, a.id, joined_on=dt.date(2026, 1, 1))
    with pytest.raises(ValueError, match="sebelum tanggal bergabung"):
        groups.update_member(actor, m.id, role="anggota", joined_on=dt.date(2026, 1, 1),
                             left_on=dt.date(2025, 12, 1))  # fmt: skip
    groups.update_member(actor, m.id, role="anggota", joined_on=dt.date(2026, 1, 1),
                         left_on=dt.date(2026, 6, 1))  # fmt: skip
    assert groups.members(g.id)[0].status == "keluar"
    assert groups.list_groups()[0].active_members == 0


def test_meeting_minutes_and_attendance(db, actor):
    g = groups.save_group(actor, name="Posyandu", kind="posyandu")
    a, b = _person(actor, "Ana"), _person(actor, "Bety")
    m = groups.save_meeting(actor, g.id, date=dt.date(2026, 2, 7), place="Rumah ketua",
                            topics="Gizi balita", decisions="Timbang bulan depan",
                            present=[a.id], absent=[b.id])  # fmt: skip
    row = groups.meetings(g.id)[0]
    assert (row.present, row.recorded, row.topics) == (1, 2, "Gizi balita")
    groups.save_meeting(actor, g.id, date=dt.date(2026, 2, 7), place="Rumah ketua", topics="Gizi",
                        decisions="", present=[a.id, b.id], meeting_id=m.id)  # fmt: skip
    assert groups.meeting_attendance(m.id) == {a.id: True, b.id: True}
    assert GroupMeetingAttendance.select().count() == 2


def test_bad_input_is_refused_and_nothing_is_written(db, actor):
    count = Person.select().count()
    with pytest.raises(ValueError, match="Nama wajib"):
        groups.register_outside_person(actor, name=" ", sex="P")
    with pytest.raises(ValueError, match="Kelurahan tidak dikenal"):
        groups.save_group(actor, name="X", kind="arisan", kelurahan="Atlantis")
    with pytest.raises(ValueError, match="jenis"):
        groups.save_group(actor, name="X", kind="")
    assert Person.select().count() == count
    assert groups.list_groups() == []


def test_find_people_by_name_or_nik(db, actor):
    _person(actor, "Yuliana Bano")
    assert [h.name for h in groups.find_people("liana")] == ["Yuliana Bano"]
    assert groups.find_people("x") == []


def test_delete_meeting_and_group(db, actor):
    g = groups.save_group(actor, name="Salah ketik", kind="diskusi")
    a = _person(actor, "Ana")
    m = groups.save_meeting(actor, g.id, date=dt.date(2026, 2, 7), place=None, topics=None,
                            decisions=None, present=[a.id])  # fmt: skip
    groups.delete_meeting(actor, m.id)
    assert groups.meetings(g.id) == [] and groups.meeting_attendance(m.id) == {}
    groups.delete_group(actor, g.id)
    assert groups.list_groups() == []


def test_group_with_arisan_money_cannot_be_deleted(db, actor):
    from desktop_app.services import arisan

    g = groups.save_group(actor, name="Arisan", kind="arisan")
    m = groups.add_member(actor, g.id, _person(actor, "Ana").id)
    c = arisan.create_cycle(actor, g.id, name="S", contribution=10_000, frequency="bulanan",
                            winners_per_round=1, method="urutan", start_date=dt.date(2026, 1, 1),
                            shares={m.id: 1})  # fmt: skip
    rnd = arisan.open_round(actor, c.id)
    arisan.record_payment(actor, arisan.round_sheet(rnd.id)[0].id, paid=10_000,
                          paid_on=dt.date(2026, 1, 1))  # fmt: skip
    with pytest.raises(ValueError, match="tidak dapat dihapus"):
        groups.delete_group(actor, g.id)
    assert [r.name for r in groups.list_groups()] == ["Arisan"]

"""Registry use cases: validation, saving, households, recycle bin, undo, profile, duplicates and
merge."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.domain.nik import build_nik
from desktop_app.services import duplicates, registry
from desktop_app.storage.models import (
    Attendance,
    AuditLog,
    Enrollment,
    GroupMembership,
    Household,
    Person,
    Program,
    Service,
)

BIRTH = dt.date(1990, 5, 2)
NIK = build_nik("537101", BIRTH, "P", 7)


def _data(**kw):
    base = {"name": "Maria Ndoen", "sex": "P", "birth_date": BIRTH, "nik": NIK}
    base.update(kw)
    return base


def _codes(exc):
    return {(i.field, i.code) for i in exc.value.issues}


def test_validation_messages_by_field(db, actor):
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, {"name": "", "sex": None, "nik": "123"})
    assert {("name", "required"), ("sex", "required"), ("birth_date", "required"),
            ("nik", "nik_length")} <= _codes(exc)  # fmt: skip
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, _data(birth_date=dt.date.today() + dt.timedelta(days=3)))
    assert ("birth_date", "future") in _codes(exc)
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, _data(birth_date=None, birth_year=1850))
    assert ("birth_year", "age") in _codes(exc)
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, _data(nik=None))
    assert ("no_nik_reason", "no_nik_reason") in _codes(exc)
    assert Person.select().count() == 0  # nothing written on bad input


def test_nik_mismatch_is_a_warning_that_can_be_accepted(db, actor):
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, _data(sex="L"))
    assert all(i.severity == "warning" for i in exc.value.issues)
    person, changes = registry.save_person(actor, _data(sex="L"), accept_warnings=True)
    assert person.sex == "L" and changes[0].action == "create"


def test_duplicate_nik_is_an_error_linking_to_the_holder(db, actor):
    first, _ = registry.save_person(actor, _data(nik="5371.0142.0590.0007"))
    assert first.nik == NIK  # stored as digits only
    with pytest.raises(registry.ValidationFailed) as exc:
        registry.save_person(actor, _data(name="Maria N."), accept_warnings=True)
    dup = [i for i in exc.value.issues if i.code == "nik_duplicate"]
    assert dup and dup[0].link == first.id and "Maria Ndoen" in dup[0].message
    # editing the holder itself is no duplicate; a tombstoned holder frees the NIK
    registry.save_person(actor, {"phone": "0812"}, first.id)
    registry.delete_person(actor, first.id)
    second, _ = registry.save_person(actor, _data(name="Maria N."))
    assert second.nik == NIK


def test_without_nik_with_reason_and_found_later(db, actor):
    person, _ = registry.save_person(
        actor, _data(nik="", no_nik_reason="adat", name="Obed Tefa", sex="L")
    )
    assert person.nik is None and person.no_nik_reason == "adat"
    assert person.id in registry.matching_ids(registry.PersonFilter(has_nik=False))
    assert person.id in registry.matching_ids(registry.PersonFilter(vulnerability="tanpa_nik"))
    registry.save_person(actor, {"nik": build_nik("537101", BIRTH, "L", 3)}, person.id)
    assert Person.get_by_id(person.id).no_nik_reason is None


def test_households_create_add_head_move_remove(db, actor):
    head, _ = registry.save_person(actor, _data(kelurahan="53.71.01.1001", rw="001", rt="002"))
    child, _ = registry.save_person(actor, _data(name="Obed Ndoen", sex="L", nik=None,
                                                 no_nik_reason="anak", birth_date=dt.date(2020, 1, 1)))  # fmt: skip
    hh, _ = registry.create_household_from_person(actor, head.id, {"no_kk": "5371012010130001"})
    assert hh.head_id == head.id and hh.kelurahan == "53.71.01.1001" and hh.rt == "002"
    registry.add_member(actor, hh.id, child.id, "4")
    assert [p.id for p in registry.members(hh.id)] == [head.id, child.id]
    registry.set_head(actor, hh.id, child.id)
    assert Household.get_by_id(hh.id).head_id == child.id
    assert Person.get_by_id(head.id).relationship == "11"
    other, _ = registry.create_household_from_person(actor, head.id)
    assert Person.get_by_id(head.id).household_id == other.id
    # moving kept the history: the person's versions show both households
    hist = registry.history(head.id)
    moves = [h.changes["household"] for h in hist if "household" in h.changes]
    assert [hh.id, other.id] in moves
    registry.remove_member(actor, child.id)
    assert (
        Household.get_by_id(hh.id).head_id is None
        and Person.get_by_id(child.id).household_id is None
    )
    with pytest.raises(registry.ValidationFailed):
        registry.save_household(actor, {"no_kk": "123"})


def test_delete_restore_and_undo(db, actor):
    person, created = registry.save_person(actor, _data())
    _, edited = registry.save_person(
        actor, {"name": "Maria Magdalena Ndoen", "phone": "0812"}, person.id
    )
    deleted = registry.delete_person(actor, person.id)
    assert person.id in registry.matching_ids(registry.PersonFilter(deleted=True))
    assert person.id not in registry.matching_ids(registry.PersonFilter())
    registry.undo(actor, deleted)
    assert Person.get_by_id(person.id).deleted_at is None
    registry.undo(actor, edited)
    p = Person.get_by_id(person.id)
    assert (p.name, p.phone) == ("Maria Ndoen", None)
    registry.undo(actor, created)
    assert Person.get_by_id(person.id).deleted_at is not None  # undoing a create tombstones it
    registry.restore_person(actor, person.id)
    assert Person.get_by_id(person.id).deleted_at is None


def test_profile_collects_programs_services_outcomes_groups_history(demo_db):
    e = Enrollment.alive().join(Service, on=(Service.person == Enrollment.person)).first()
    prof = registry.profile(e.person_id)
    assert prof.programs and prof.household is not None and prof.members
    services = Service.alive().where(Service.person == e.person_id)
    assert prof.service_total == sum(s.amount for s in services) and prof.services
    assert sum(p.sessions for p in prof.programs) >= Attendance.alive().where(
        Attendance.person == e.person_id).count()  # fmt: skip
    assert all(0 <= (p.rate or 0) <= 1 for p in prof.programs)
    with_outcomes = [o for o in prof.outcomes if o.baseline is not None and o.latest is not None]
    for o in with_outcomes:
        assert o.change == o.latest - o.baseline


# --- duplicates ---------------------------------------------------------------------------------


def test_scoring_tolerates_ntt_spelling_and_rejects_strangers(db, actor):
    def p(name, **kw):
        d = {
            "name": name,
            "sex": "L",
            "birth_date": BIRTH,
            "nik": None,
            "no_nik_reason": "belum_rekam",
            "kelurahan": "53.71.01.1001",
        }
        d.update(kw)
        return registry.save_person(actor, d, accept_warnings=True)[0]

    a = p("Yohanes Fanggidae")
    b = p("Johanis Fanggidaej", birth_date=BIRTH + dt.timedelta(days=3))
    c = p("Marthen Ndoen", birth_date=dt.date(1960, 1, 1))
    d = p("Marten Ndun", birth_date=None, birth_year=1960)
    e = p("Yohanes Fanggidae", kelurahan="53.71.01.1002")  # other kelurahan: not compared
    stranger = p("Petrus Lado")
    s_ab, _ = duplicates.score_pair(a, b)
    s_astr, _ = duplicates.score_pair(a, stranger)
    assert s_ab >= duplicates.MIN_SCORE > s_astr and s_ab - s_astr > 25
    found = {(c_.a, c_.b): c_.score for c_ in duplicates.find()}
    assert tuple(sorted((a.id, b.id))) in found and tuple(sorted((c.id, d.id))) in found
    assert tuple(sorted((a.id, e.id))) not in found
    assert all(stranger.id not in k for k in found)
    # the same NIK is always a candidate with the top score
    nik = build_nik("537101", BIRTH, "L", 9)
    x = p("Daniel Lado", nik=nik)
    Person.update(nik=nik).where(Person.id == stranger.id).execute()
    top = duplicates.find()[0]
    assert {top.a, top.b} == {x.id, stranger.id} and top.score == 100


def test_merge_moves_everything_and_resolves_collisions(demo_db, actor_demo):
    actor = actor_demo
    busy = Enrollment.alive().first()
    program_ids = [
        e.program_id for e in Enrollment.alive().where(Enrollment.person == busy.person_id)
    ]
    keep = busy.person
    other, _ = registry.save_person(actor, {"name": keep.name + "a", "sex": keep.sex,
                                            "birth_date": keep.birth_date, "birth_year": keep.birth_year,
                                            "nik": None, "no_nik_reason": "belum_rekam",
                                            "phone": "081299998888"}, accept_warnings=True)  # fmt: skip
    from desktop_app.services import records

    # other: one program shared with keep (collision) and one of its own
    shared = Enrollment(person=other.id, program=program_ids[0], status="aktif")
    records.save(shared, actor)
    own_program = Program.alive().where(Program.id.not_in(program_ids)).first()
    own = Enrollment(person=other.id, program=own_program.id, status="terdaftar")
    records.save(own, actor)
    svc = Service(person=other.id, kind="lainnya", date=dt.date(2026, 1, 5), amount=50_000)
    records.save(svc, actor)
    before = Enrollment.alive().where(Enrollment.person == keep.id).count()
    diffs = {f for f, _, _ in duplicates.differences(keep.id, other.id)}
    assert {"name", "phone"} <= diffs
    result = duplicates.merge(actor, keep.id, other.id, take_from_other=["phone"])
    assert result.moved["enrollment"] == 1 and result.collisions["enrollment"] == 1
    survivor = Person.get_by_id(keep.id)
    assert survivor.phone == "081299998888" and survivor.name == keep.name
    assert Enrollment.alive().where(Enrollment.person == keep.id).count() == before + 1
    assert Enrollment.alive().where(Enrollment.person == other.id).count() == 0
    assert Service.get_by_id(svc.id).person_id == keep.id
    assert Person.get_by_id(other.id).deleted_at is not None
    entry = AuditLog.select().where(AuditLog.action == "merge").get()
    assert json.loads(entry.detail)["merged"] == other.id
    assert GroupMembership.alive().where(GroupMembership.person == other.id).count() == 0


@pytest.fixture
def actor_demo(demo_db):
    from desktop_app.services.context import Actor

    return Actor.local(demo_db, "tester")


def test_merge_when_both_are_in_one_group_keeps_the_arisan_shares(db, actor):
    from desktop_app.services import records
    from desktop_app.storage.models import ArisanCycle, ArisanShare, Group

    def p(name):
        return registry.save_person(actor, {"name": name, "sex": "P", "birth_date": BIRTH, "nik": None,
                                            "no_nik_reason": "belum_rekam"})[0]  # fmt: skip

    keep, other = p("Sarlota Kana"), p("Sarlotha Kanna")
    group = Group(name="Arisan Mama-Mama", kind="arisan")
    records.save(group, actor)
    cycle = ArisanCycle(group=group.id, name="Siklus 1", contribution=100_000, start_date=BIRTH)
    records.save(cycle, actor)
    memberships = {}
    for who in (keep, other):
        ms = GroupMembership(group=group.id, person=who.id)
        records.save(ms, actor)
        memberships[who.id] = ms.id
        records.save(ArisanShare(cycle=cycle.id, membership=ms.id, number=len(memberships)), actor)
    result = duplicates.merge(actor, keep.id, other.id)
    assert result.collisions["group_membership"] == 1 and result.moved["arisan_share"] == 1
    shares = ArisanShare.alive().where(ArisanShare.cycle == cycle.id)
    assert [s.membership_id for s in shares] == [memberships[keep.id]] * 2  # no share orphaned
    assert GroupMembership.alive().where(GroupMembership.group == group.id).count() == 1


def test_a_merge_can_be_undone(demo_db, actor_demo):
    actor = actor_demo
    keep = Enrollment.alive().first().person
    before = {e.id for e in Enrollment.alive().where(Enrollment.person == keep.id)}
    other, _ = registry.save_person(actor, {"name": keep.name, "sex": keep.sex, "birth_date": keep.birth_date,
                                            "birth_year": keep.birth_year, "nik": None,
                                            "no_nik_reason": "hilang"}, accept_warnings=True)  # fmt: skip
    from desktop_app.services import records

    own = Enrollment(person=other.id, program=Program.alive().where(Program.id.not_in(
        [e.program_id for e in Enrollment.alive().where(Enrollment.person == keep.id)])).first().id)  # fmt: skip
    records.save(own, actor)
    result = duplicates.merge(actor, keep.id, other.id)
    assert Enrollment.get_by_id(own.id).person_id == keep.id
    registry.undo(actor, result.changes)
    assert Person.get_by_id(other.id).deleted_at is None
    assert Enrollment.get_by_id(own.id).person_id == other.id
    assert {e.id for e in Enrollment.alive().where(Enrollment.person == keep.id)} == before


def test_a_household_in_the_recycle_bin_is_not_shown_on_its_members_profiles(db, actor):
    head, _ = registry.save_person(actor, _data())
    child, _ = registry.save_person(actor, _data(name="Yohana Ndoen", nik=None, no_nik_reason="1",
                                                 birth_date=dt.date(2015, 1, 9)))  # fmt: skip
    hh, _ = registry.create_household_from_person(actor, head.id, {"no_kk": "5371010101150001"})
    registry.add_member(actor, hh.id, child.id, "4")
    assert [m.id for m in registry.profile(child.id).members] == [head.id, child.id]

    registry.delete_household(actor, hh.id)
    for pid in (head.id, child.id):
        prof = registry.profile(pid)
        assert prof.household is None and prof.members == []
        assert prof.deleted_household.id == hh.id  # said on the profile: "tanpa keluarga"
        row = registry.page(registry.PersonFilter(text=Person.get_by_id(pid).name))[0][0]
        assert row["no_kk"] is None
    # the person's history is kept (they joined the household), and the link too
    assert any("household" in h.changes for h in registry.profile(child.id).history)
    assert Person.get_by_id(child.id).household_id == hh.id
    # joining another household does not write to the one in the bin
    versions = Household.get_by_id(hh.id).version
    other, _ = registry.create_household_from_person(actor, child.id)
    assert registry.profile(child.id).household.id == other.id
    assert Household.get_by_id(hh.id).version == versions
    # restoring the household shows it again on the members who stayed
    registry.restore_household(actor, hh.id)
    prof = registry.profile(head.id)
    assert prof.household.id == hh.id and prof.deleted_household is None
    assert [m.id for m in prof.members] == [head.id]


def test_change_history_masks_nik_kk_and_phone_for_a_pengamat(db, actor):
    from desktop_app.storage import masking

    p, _ = registry.save_person(actor, _data(phone="081234567890"))
    new_nik = build_nik("537101", BIRTH, "P", 8)
    registry.save_person(actor, {"nik": new_nik, "phone": "085298765432", "name": "Maria N."}, p.id,
                         accept_warnings=True)  # fmt: skip
    hh, _ = registry.create_household_from_person(actor, p.id, {"no_kk": "5371010101150001"})

    def values(lines):  # the newest change of each field
        out = {}
        for h in lines:
            for name, v in h.changes.items():
                out.setdefault(name, tuple(v))
        return out

    plain = values(registry.history(p.id))
    assert plain["nik"] == (NIK, new_nik) and plain["phone"] == ("081234567890", "085298765432")
    assert values(registry.history(p.id, role="fasilitator")) == plain
    seen = values(registry.history(p.id, role="pengamat"))
    assert seen["nik"] == ("537101**********", "537101**********")
    assert seen["phone"] == ("0812******90", "0852******32")
    assert seen["name"] == plain["name"]  # only identifiers are hidden
    assert values(registry.history(hh.id, role="pengamat"))["no_kk"] == (None, "537101**********")
    # a Pengamat session masks at the connection: the profile's history is masked without a role
    masking.enable(db)
    text = json.dumps([h.changes for h in registry.profile(p.id).history])
    assert "537101**********" in text
    for raw in (NIK, new_nik, "081234567890", "085298765432"):
        assert raw not in text


def test_duplicates_by_nik_compare_real_numbers_when_identifiers_are_masked(db, actor):
    from desktop_app.storage import masking

    a, _ = registry.save_person(actor, _data())
    b, _ = registry.save_person(actor, _data(name="Obed Nubatonis", sex="L",
                                             nik=build_nik("537101", dt.date(1970, 3, 3), "L", 1),
                                             birth_date=dt.date(1970, 3, 3)))  # fmt: skip
    twin = Person(name="Maria Ndoen", sex="P", birth_date=BIRTH, nik=NIK)  # as an import can
    from desktop_app.services import records

    records.save(twin, actor)
    masking.enable(db)
    assert Person.get_by_id(a.id).nik == Person.get_by_id(b.id).nik == "537101**********"
    pairs = {frozenset((c.a, c.b)): c.reasons for c in duplicates.find()}
    assert pairs.get(frozenset((a.id, twin.id))) == ["NIK sama"]
    assert frozenset((a.id, b.id)) not in pairs and frozenset((b.id, twin.id)) not in pairs

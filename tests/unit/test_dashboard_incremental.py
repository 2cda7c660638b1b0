"""The Beranda's reused work (facts patched in memory, results stored in the database) always gives
what a computation from scratch gives, whatever is written and however it is written."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services import dashboard as d
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage import bulk
from desktop_app.storage import models as m
from tests.unit.test_dashboard import Raw

OUTSIDE = "53.71.02.1001"  # another kecamatan: the person moved out of Alak
KEL = "53.71.01.1009"


_CACHES = ("_people_cache", "_memo_cache", "_attendance_cache", "_by_person_cache")


def _fresh(f: d.Filters) -> d.Dashboard:
    """From scratch, leaving the caches under test untouched."""
    saved = {name: dict(getattr(d, name)) for name in _CACHES}
    d.clear_caches()
    try:
        with d._db().atomic():
            return d._compute(f)
    finally:
        d.clear_caches()
        for name, content in saved.items():
            getattr(d, name).update(content)


def _pick(rng: random.Random, model, alive: bool | None = None):
    query = model.select()
    if alive is True:
        query = query.where(model.deleted_at.is_null())
    elif alive is False:
        query = query.where(model.deleted_at.is_null(False))
    ids = [r.id for r in query.order_by(model.id)]
    return model.get_by_id(rng.choice(ids)) if ids else None


def _toggle_tombstone(rng, actor, model):
    rec = _pick(rng, model)
    if rec.deleted_at is None:
        records.delete(rec, actor)
    else:
        records.restore(rec, actor)


def edit_person(rng, actor):
    p = _pick(rng, m.Person, alive=True)
    choice = rng.randrange(6)
    if choice == 0:
        p.indigenous = not p.indigenous
    elif choice == 1:
        p.sex = "L" if p.sex == "P" else "P"  # heads of household too: members' flags follow
    elif choice == 2:
        p.kelurahan = rng.choice([OUTSIDE, KEL, None, "53.71.01.1004"])
    elif choice == 3:
        p.birth_date, p.birth_year = dt.date(rng.randint(1940, 2024), 11, rng.randint(1, 28)), None
    elif choice == 4:
        p.wg_walking = rng.choice([None, 1, 3, 4])
    else:
        p.nik = None if p.nik else "5371011234560001"
    records.save(p, actor)


def edit_household(rng, actor):
    h = _pick(rng, m.Household, alive=True)
    choice = rng.randrange(3)
    if choice == 0:
        h.welfare_decile = rng.choice([None, 1, 3, 7])
    elif choice == 1:
        member = _pick(rng, m.Person, alive=True)
        h.head = member.id
    else:
        records.delete(h, actor)
        return
    records.save(h, actor)


def edit_enrollment(rng, actor):
    if rng.random() < 0.5:
        e = _pick(rng, m.Enrollment, alive=True)
        e.enrolled_on = dt.date(2026, rng.randint(1, 10), 1)
        e.ended_on = rng.choice([None, dt.date(2026, 9, 30)])
        records.save(e, actor)
    else:
        _toggle_tombstone(rng, actor, m.Enrollment)


def edit_attendance(rng, actor):
    choice = rng.randrange(3)
    if choice == 0:
        t = _pick(rng, m.Attendance, alive=True)
        t.present = not t.present
        records.save(t, actor)
    elif choice == 1:
        _toggle_tombstone(rng, actor, m.Attendance)
    else:
        session = _pick(rng, m.Activity, alive=True)
        taken = {t.person_id for t in m.Attendance.select().where(m.Attendance.activity == session)}
        person = next(p for p in m.Person.select().order_by(m.Person.id) if p.id not in taken)
        records.save(m.Attendance(activity=session.id, person=person.id, present=True), actor)


def edit_activity_or_program(rng, actor):
    choice = rng.randrange(3)
    if choice == 0:
        a = _pick(rng, m.Activity, alive=True)
        a.date = a.date - dt.timedelta(days=rng.choice([1, 20, 40]))
        records.save(a, actor)
    elif choice == 1:
        _toggle_tombstone(rng, actor, m.Activity)
    else:
        _toggle_tombstone(rng, actor, m.Program)


def edit_outcome(rng, actor):
    if rng.random() < 0.5:
        o = _pick(rng, m.Outcome, alive=True)
        if o.value_number is not None:
            o.value_number += rng.choice([-2, 1, 5])
        o.date = o.date + dt.timedelta(days=rng.choice([-30, 10]))
        records.save(o, actor)
    else:
        _toggle_tombstone(rng, actor, m.Outcome)


def bulk_import(rng, actor):
    """People and attendance inserted the way the demo and the Excel import do."""
    db = m.Person._meta.database
    now = m.utcnow()
    sys_fields = ["id", "version", "created_at", "updated_at", "updated_by", "device_id"]
    people = [
        (str(uuid.uuid4()), 1, now, now, "impor", None, f"Impor {k}", "LP"[k % 2],
         rng.randint(1940, 2020), rng.choice([KEL, None, OUTSIDE]), k % 2 == 0,
         False, False, False, False, False)
        for k in range(rng.randint(1, 30))
    ]  # fmt: skip
    session = _pick(rng, m.Activity, alive=True)
    with db.atomic():
        bulk.insert_rows(db, m.Person, [*sys_fields, "name", "sex", "birth_year", "kelurahan",
                         "indigenous", "has_ktp", "has_kk", "has_birth_certificate", "has_bpjs",
                         "consent_given"], people)  # fmt: skip
        bulk.insert_rows(db, m.Attendance, [*sys_fields, "activity", "person", "present"],
                         [(str(uuid.uuid4()), 1, now, now, "impor", None, session.id, p[0],
                           i % 3 != 0) for i, p in enumerate(people)])  # fmt: skip


EDITS = [edit_person, edit_household, edit_enrollment, edit_attendance, edit_activity_or_program,
         edit_outcome, bulk_import]  # fmt: skip


def _filters() -> list[d.Filters]:
    f = d.default_filters()
    program = m.Program.alive().order_by(m.Program.name).first()
    return [f, f.with_(kelurahan=KEL), d.Filters(d.shift_month(f.start, -2), f.end),
            f.with_(program=program.id)]  # fmt: skip


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(steps=st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 2**32)), min_size=3,
                      max_size=6))  # fmt: skip
def test_patched_figures_equal_a_computation_from_scratch(demo_db, steps):
    actor = Actor.local(demo_db, "tester")
    filters = _filters()
    for f in filters:
        d.compute(f)  # facts in memory and results stored, then patched below
    for edit, seed in steps:
        edit(random.Random(seed), actor)
        for f in filters:
            assert d.compute(f) == _fresh(f), (edit.__name__, f)


def test_a_reopened_app_loads_the_stored_result_until_something_changes(demo_db):
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    first = d.compute(f)
    d.clear_caches()  # the app closed and opened again
    again = d.compute(f)
    assert again.from_store and again == first
    assert d.needs_warming()
    d.warm(f)
    assert not d.needs_warming()
    person = m.Person.alive().where(m.Person.sex == "L", m.Person.indigenous == False).first()  # noqa: E712
    person.indigenous = True
    records.save(person, actor)
    after = d.compute(f)
    assert not after.from_store
    assert after.by_category["adat"] == first.by_category["adat"] + 1
    d.clear_caches()
    assert d.compute(f) == after  # the new result was stored


def test_a_raw_write_outside_the_services_is_seen(demo_db):
    """Triggers see every writer: an UPDATE by hand invalidates the stored result."""
    f = d.default_filters()
    first = d.compute(f)
    d.clear_caches()
    pid = m.Person.alive().where(m.Person.kelurahan == KEL).first().id
    demo_db.execute_sql("UPDATE person SET deleted_at = '2026-01-01 00:00:00' WHERE id = ?", [pid])
    got = d.compute(f)
    assert not got.from_store and got.people == first.people - 1


@pytest.mark.parametrize("case", ["all", "kelurahan"])
def test_after_a_bulk_import_the_figures_equal_an_independent_recount(demo_db, case):
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    if case == "kelurahan":
        f = f.with_(kelurahan=KEL)
    d.compute(f)
    bulk_import(random.Random(7), actor)
    got = d.compute(f)
    raw = Raw(f)
    assert got.people == len(raw.scope)
    assert got.vulnerable == len(raw.vulnerable)
    assert got.reached == len(raw.reached)
    assert (got.attendance_present, got.attendance_recorded) == (raw.present, raw.recorded)
    assert got.sessions == raw.sessions


def test_facts_behind_a_pruned_change_log_are_read_again(demo_db):
    from desktop_app.storage import dashboard_state

    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    before = d.compute(f)
    person = m.Person.alive().where(m.Person.kelurahan == KEL).first()
    records.delete(person, actor)
    # another process pruned the log past what this one holds in memory
    assert dashboard_state.prune(demo_db, dashboard_state.last_change(demo_db), least=1)
    got = d.compute(f)
    assert got.people == before.people - 1
    assert got == _fresh(f)
    # the log numbers on after pruning, so what is in memory now keeps being patched
    records.save(m.Person(name="Baru", sex="P", kelurahan=KEL), actor)
    assert dashboard_state.changes_since(demo_db, dashboard_state.pruned_upto(demo_db),
                                         ("person",), 10)[1]  # fmt: skip
    assert d.compute(f).people == before.people


def test_a_restored_backup_is_never_patched_as_if_it_continued(demo_db, tmp_path):
    """The backup API copies pages (no trigger fires): what is in memory must be dropped."""
    from pathlib import Path

    from desktop_app.services import backup
    from desktop_app.storage.backup import backup_connection

    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    before = d.compute(f)
    source = backup_connection(demo_db.connection(), tmp_path / "cadangan.db")
    people = list(m.Person.alive().where(m.Person.kelurahan == KEL).order_by(m.Person.id))
    for person in people[:3]:
        records.delete(person, actor)
    assert d.compute(f).people == before.people - 3
    backup.restore(demo_db, Path(demo_db.database), source, actor)
    for person in people[3:8]:  # the log numbers on past what was patched in before
        records.delete(m.Person.get_by_id(person.id), actor)
    got = d.compute(f)
    assert got.people == before.people - 5
    assert got == _fresh(f)


def test_models_match_the_migrated_tables(db):
    for model in (m.DashboardGen, m.DashboardChange, m.DashboardCache):
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}


def test_a_stored_result_never_waits_for_a_warm_up(demo_db):
    import threading

    f = d.default_filters()
    expected = d.compute(f)
    got: list[d.Dashboard] = []

    def refresh() -> None:
        try:
            got.append(d.compute(f))
        finally:
            demo_db.close()  # the worker thread's own connection

    with d._lock:  # a warm-up (or another refresh) is computing
        worker = threading.Thread(target=refresh)
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive()
    assert got[0].from_store and got[0] == expected

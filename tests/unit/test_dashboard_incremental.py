"""The Beranda's facts kept in the file (migration 0057) stay exactly what a rebuild from the
records gives, and the figures what a computation on that rebuild gives, whatever is written and
however it is written (services, bulk inserts, raw UPDATEs, hard deletes with their cascades,
INSERT OR REPLACE). Stored results are reused only while nothing they read changed."""

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
from desktop_app.storage import bulk, dashboard_state
from desktop_app.storage import models as m
from tests.unit.test_dashboard import Raw

OUTSIDE = "53.71.02.1001"  # another kecamatan: the person moved out of Alak
KEL = "53.71.01.1009"


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


def _delete_or_restore(rng, actor, model):
    dead = _pick(rng, model, alive=False)
    if dead is not None and rng.random() < 0.5:
        records.restore(dead, actor)
    else:
        records.delete(_pick(rng, model, alive=True), actor)


def edit_person(rng, actor):
    p = _pick(rng, m.Person, alive=True)
    choice = rng.randrange(7)
    if choice == 6:  # tombstoned or restored, with their attendance, enrollments, outcomes
        _delete_or_restore(rng, actor, m.Person)
        return
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
    """The members' poverty and female-headed flags follow their household."""
    h = _pick(rng, m.Household, alive=True)
    choice = rng.randrange(3)
    if choice == 0:  # poor <-> not poor, or unknown
        poor = h.welfare_decile is not None and h.welfare_decile <= 4
        h.welfare_decile = rng.choice([None, 8]) if poor else rng.choice([1, 3])
    elif choice == 1:
        member = _pick(rng, m.Person, alive=True)
        h.head = member.id
    else:
        _delete_or_restore(rng, actor, m.Household)
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


def raw_writes(rng, actor):
    """UPDATEs by hand, past the services (an import's raw writes, a merge)."""
    db = m.Person._meta.database
    person = _pick(rng, m.Person, alive=True)
    choice = rng.randrange(6)
    if choice == 0:
        db.execute_sql("UPDATE person SET kelurahan = ?, sex = ? WHERE id = ?",
                       [rng.choice([KEL, OUTSIDE, None, ""]), rng.choice("LP"), person.id])  # fmt: skip
    elif choice == 1:
        row = _pick(rng, m.Attendance, alive=True)
        db.execute_sql("UPDATE attendance SET present = 1 - present WHERE id = ?", [row.id])
    elif choice == 2:
        row = _pick(rng, m.Attendance, alive=True)
        taken = {
            t.person_id
            for t in m.Attendance.select().where(m.Attendance.activity == row.activity_id)
        }
        other = next(p.id for p in m.Person.select().order_by(m.Person.id) if p.id not in taken)
        db.execute_sql("UPDATE attendance SET person_id = ? WHERE id = ?", [other, row.id])
    elif choice == 3:
        row = _pick(rng, m.Activity, alive=True)
        db.execute_sql("UPDATE activity SET date = date(date, ?) WHERE id = ?",
                       [rng.choice(["-35 days", "+3 days", "-400 days"]), row.id])  # fmt: skip
    elif choice == 4:
        household = _pick(rng, m.Household, alive=True)
        db.execute_sql("UPDATE household SET head_id = ?, welfare_decile = ? WHERE id = ?",
                       [person.id, rng.choice([None, 2, 9]), household.id])  # fmt: skip
    else:
        row = _pick(rng, m.Outcome, alive=True)
        db.execute_sql("UPDATE outcome SET is_baseline = 1 - is_baseline, person_id = ? "
                       "WHERE id = ?", [person.id, row.id])  # fmt: skip


def hard_deletes(rng, actor):
    """Rows deleted for real, with their foreign-key cascades, and a row replaced in place."""
    db = m.Person._meta.database
    choice = rng.randrange(5)
    if choice == 0:  # its attendance goes with it
        db.execute_sql("DELETE FROM activity WHERE id = ?", [_pick(rng, m.Activity).id])
    elif choice == 1:  # its enrollments, sessions, attendance, indicators and outcomes too
        db.execute_sql("DELETE FROM program WHERE id = ?", [_pick(rng, m.Program).id])
    elif choice == 2:  # attendance, enrollments, outcomes; a household loses its head
        db.execute_sql("DELETE FROM person WHERE id = ?", [_pick(rng, m.Person).id])
    elif choice == 3:
        db.execute_sql("DELETE FROM household WHERE id = ?", [_pick(rng, m.Household).id])
    else:  # INSERT OR REPLACE: the old row goes without a DELETE trigger (kept per record or
        # per (indicator, person): counted again from the records, not by difference)
        row = _pick(rng, m.Outcome, alive=True)
        db.execute_sql(
            "INSERT OR REPLACE INTO outcome (id, version, created_at, updated_at, indicator_id, "
            "person_id, date, is_baseline, value_number) VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?)",
            [row.id, row.created_at, m.utcnow(), row.indicator_id, row.person_id,
             row.date + dt.timedelta(days=rng.choice([-60, 30])), row.is_baseline,
             rng.choice([None, 0, 7])],
        )  # fmt: skip
        row = _pick(rng, m.Enrollment, alive=True)
        db.execute_sql(
            "INSERT OR REPLACE INTO enrollment (id, version, created_at, updated_at, person_id, "
            "program_id, status, enrolled_on, ended_on) VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?)",
            [row.id, row.created_at, m.utcnow(), row.person_id, row.program_id, row.status,
             dt.date(2026, rng.randint(1, 12), 1), rng.choice([None, dt.date(2026, 10, 2)])],
        )  # fmt: skip


EDITS = [edit_person, edit_household, edit_enrollment, edit_attendance, edit_activity_or_program,
         edit_outcome, bulk_import, raw_writes, hard_deletes]  # fmt: skip


def _filters() -> list[d.Filters]:
    f = d.default_filters()
    program = m.Program.alive().order_by(m.Program.name).first()
    older = d.shift_month(f.start, -4)  # outcomes measured after its end are read from the rows
    return [f, f.with_(kelurahan=KEL), d.Filters(d.shift_month(f.start, -2), f.end),
            f.with_(program=program.id), f.with_(program=program.id, kelurahan=KEL),
            d.Filters(f.start.replace(day=5), f.start.replace(day=20), kelurahan=KEL),
            d.Filters(older, d.month_bounds(older.year, older.month)[1])]  # fmt: skip


def _same_as_rebuilt(db, filters: list[d.Filters]) -> None:
    kept = dashboard_state.facts(db)
    got = [d.compute(f) for f in filters]
    dashboard_state.rebuild_facts(db)
    rebuilt = dashboard_state.facts(db)
    for table in dashboard_state.FACT_TABLES:
        assert kept[table] == rebuilt[table], table
    d.clear_caches(persisted=True)
    assert [d.compute(f) for f in filters] == got


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(steps=st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 2**32)), min_size=3,
                      max_size=6))  # fmt: skip
def test_kept_facts_and_figures_equal_a_rebuild_after_any_writes(demo_db, steps):
    actor = Actor.local(demo_db, "tester")
    filters = _filters()
    for f in filters:
        d.compute(f)  # results stored: each must be replaced once something it read changes
    for edit, seed in steps:
        edit(random.Random(seed), actor)
        _same_as_rebuilt(demo_db, filters)
    f = d.default_filters()
    got, raw = d.compute(f), Raw(f)  # and the figures are those of the raw records
    assert (got.people, got.vulnerable, got.reached) == (len(raw.scope), len(raw.vulnerable),
                                                         len(raw.reached))  # fmt: skip
    assert (got.attendance_present, got.attendance_recorded, got.sessions) == (
        raw.present, raw.recorded, raw.sessions)  # fmt: skip


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: e.__name__)
def test_every_kind_of_write_keeps_the_facts_equal_to_a_rebuild(demo_db, edit):
    """Each writer several times in a row (seeds fixed: every branch of each is taken)."""
    actor = Actor.local(demo_db, "tester")
    filters = _filters()[:3]
    for seed in range(20):
        edit(random.Random(seed), actor)
        _same_as_rebuilt(demo_db, filters)


def test_a_person_tombstoned_then_restored_counts_again_everywhere(demo_db):
    """Their enrollments and attendance cells lose the person's facts and get them back."""
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    month = f"{f.end:%Y-%m}"
    attended = {t.person_id for t in m.Attendance.alive().join(m.Activity)
                .where(m.Activity.date >= f.start, m.Attendance.present == True)}  # noqa: E712  # fmt: skip
    reached = {e.person_id for e in m.Enrollment.alive().where(m.Enrollment.ended_on.is_null())}
    person = m.Person.alive().where(m.Person.id.in_(sorted(attended & reached))).first()
    before = d.compute(f)
    records.delete(person, actor)
    gone = d.compute(f)
    assert gone.people == before.people - 1 and gone.reached == before.reached - 1
    assert gone.attendees_by_month[month] == before.attendees_by_month[month] - 1
    _same_as_rebuilt(demo_db, [f])
    records.restore(m.Person.get_by_id(person.id), actor)
    d.clear_caches(persisted=True)
    assert d.compute(f) == before
    _same_as_rebuilt(demo_db, [f])


def test_the_migration_fills_the_facts_as_a_rebuild_does(demo_db):
    """The demo was generated after migrating: its facts were kept by the triggers only."""
    _same_as_rebuilt(demo_db, _filters())
    assert dashboard_state.facts(demo_db)["dashboard_person"]


def test_frozen_constants_of_migration_0057_are_the_domains(db):
    """The facts' flags are computed in SQL frozen in the migration: a change of these rules
    needs a new migration that refills them."""
    from desktop_app.domain import disability, people
    from desktop_app.storage.migrations import m0057_dashboard_facts as m0057

    assert m0057.DOMAINS == disability.DOMAINS == d.DOMAINS
    assert m0057.THRESHOLD == disability.DISABILITY_THRESHOLD
    assert m0057.POOR_DECILE_MAX == people.POOR_DECILE_MAX
    assert d._STATIC_CATEGORIES == ("adat", "tanpa_nik", "miskin", "kk_perempuan")


def test_every_trigger_of_migration_0057_is_as_written_there(db):
    """0059 created again the recount triggers of a file migrated with 0057's first text."""
    from desktop_app.storage.migrations import m0057_dashboard_facts as m0057
    from desktop_app.storage.migrations import m0059_dashboard_recount_fix as m0059

    def stored() -> dict[str, str]:
        return dict(db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))

    expected = m0057.trigger_statements()
    assert [stored()[name] for name in m0057.triggers()] == expected
    # a file migrated with the first text: the cells named twice were counted twice
    name = "dashboard_facts_program_update"
    first = stored()[name].replace("FROM (SELECT DISTINCT pid, m FROM (", "FROM ((")
    assert first != stored()[name]
    db.execute_sql(f'DROP TRIGGER "{name}"')
    db.execute_sql(first)
    m0059.up(db)
    assert [stored()[name] for name in m0057.triggers()] == expected


def test_choice_indicators_compare_the_rank_of_the_chosen_text(demo_db):
    actor = Actor.local(demo_db, "tester")
    program = m.Program.alive().order_by(m.Program.name).first()
    indicator = m.OutcomeIndicator(program=program.id, name="Kondisi rumah", kind="pilihan",
                                   choices='["buruk", "sedang", "baik"]', higher_is_better=True)  # fmt: skip
    records.save(indicator, actor)
    people = list(m.Person.alive().where(m.Person.kelurahan == KEL).order_by(m.Person.id)[:3])
    f = d.default_filters()
    day = f.start
    for person, (base, later) in zip(people, [("buruk", "baik"), ("baik", "sedang"),
                                              ("sedang", "tidak tercatat")], strict=True):  # fmt: skip
        records.save(m.Outcome(indicator=indicator.id, person=person.id, date=day - dt.timedelta(days=40),
                               is_baseline=True, value_text=base), actor)  # fmt: skip
        records.save(m.Outcome(indicator=indicator.id, person=person.id, date=day,
                               is_baseline=False, value_text=later), actor)  # fmt: skip
    row = next(r for r in d.compute(f).outcomes if r.indicator_id == indicator.id)
    # the third follow-up is no choice of the list: that person is not measured
    assert (row.measured, row.membaik, row.memburuk) == (2, 1, 1)
    assert row.people == {people[0].id: "membaik", people[1].id: "memburuk"}
    _same_as_rebuilt(demo_db, [f])


def test_a_period_before_the_latest_measurements_reads_them_up_to_its_end(demo_db):
    """A summary kept per (indicator, person) holds the newest measurement; an earlier period
    must compare the follow-up of its own time."""
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    pair = next(o for o in m.Outcome.alive().where(m.Outcome.is_baseline == False)  # noqa: E712
                .order_by(m.Outcome.date, m.Outcome.id) if o.date < f.start)  # fmt: skip
    before = {r.indicator_id: r.people.get(pair.person_id) for r in d.compute(f).outcomes}
    later = f.end + dt.timedelta(days=40)  # a follow-up after the period: not seen in it
    records.save(m.Outcome(indicator=pair.indicator_id, person=pair.person_id, date=later,
                           is_baseline=False, value_number=-999), actor)  # fmt: skip
    after = d.compute(f)
    assert {r.indicator_id: r.people.get(pair.person_id) for r in after.outcomes} == before
    _same_as_rebuilt(demo_db, [f])


def test_a_reopened_app_loads_the_stored_result_until_something_changes(demo_db):
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    first = d.compute(f)
    d.clear_caches()  # the app closed and opened again
    again = d.compute(f)
    assert again.from_store and again == first
    assert not d.needs_warming()  # nothing to read in the background
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


def test_a_restored_backup_gives_its_own_figures(demo_db, tmp_path):
    """The backup API copies pages (no trigger fires): the restored file's facts are its own."""
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
    assert d.compute(f).people == before.people
    for person in people[3:8]:
        records.delete(m.Person.get_by_id(person.id), actor)
    assert d.compute(f).people == before.people - 5
    _same_as_rebuilt(demo_db, [f])


def test_models_match_the_migrated_tables(db):
    for model in (m.DashboardGen, m.DashboardChange, m.DashboardCache):
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}


def test_writes_no_longer_fill_the_change_log(demo_db):
    actor = Actor.local(demo_db, "tester")
    person = m.Person.alive().first()
    person.indigenous = not person.indigenous
    records.save(person, actor)
    bulk_import(random.Random(3), actor)
    assert m.DashboardChange.select().count() == 0


def test_a_refresh_in_a_worker_thread_loads_the_stored_result(demo_db):
    import threading

    f = d.default_filters()
    expected = d.compute(f)
    got: list[d.Dashboard] = []

    def refresh() -> None:
        try:
            got.append(d.compute(f))
        finally:
            demo_db.close()  # the worker thread's own connection

    worker = threading.Thread(target=refresh)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert got[0].from_store and got[0] == expected

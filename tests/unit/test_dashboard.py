"""Every Beranda figure against counts computed here, independently, from the raw records."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from desktop_app.domain.disability import DOMAINS
from desktop_app.domain.people import PersonFacts, age_on, vulnerability_categories
from desktop_app.services import dashboard as d
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage import models as m

OUTSIDE = "53.71.02.1001"  # a kelurahan of another kecamatan: the person moved out of Alak


@pytest.fixture
def shaken(demo_db):
    """Demo data with a few people tombstoned and a few moved out of Alak (all through the write
    path), among them program participants, so both must visibly drop out of every figure."""
    actor = Actor.local(demo_db, "tester")
    participants = [e.person for e in m.Enrollment.alive().order_by(m.Enrollment.id).limit(12)]
    others = list(m.Person.alive().order_by(m.Person.id).limit(6))
    for person in participants[:4] + others[:3]:
        records.delete(person, actor)
    for person in participants[6:10] + others[3:6]:
        person = m.Person.get_by_id(person.id)
        if person.deleted_at is None:
            person.kelurahan = OUTSIDE
            records.save(person, actor)
    return demo_db


def _facts(person: m.Person, households: dict[str, m.Household], people: dict[str, m.Person]):
    hh = households.get(person.household_id)
    head = people.get(hh.head_id) if hh is not None and hh.head_id else None
    return PersonFacts(
        sex=person.sex,
        birth_date=person.birth_date,
        birth_year=person.birth_year,
        nik=person.nik,
        wg=tuple(getattr(person, f) for f in m.Person.WG_FIELDS),
        indigenous=bool(person.indigenous),
        household_decile=hh.welfare_decile if hh is not None else None,
        female_headed_household=head is not None and head.sex == "P",
    )


class Raw:
    """The expected figures, straight from the rows, with plain Python."""

    def __init__(self, f: d.Filters) -> None:
        alak = {k.code for k in m.Kelurahan.select()}
        all_people = {p.id: p for p in m.Person.select()}
        alive_people = {k: p for k, p in all_people.items() if p.deleted_at is None}
        households = {h.id: h for h in m.Household.select() if h.deleted_at is None}
        programs = {p.id for p in m.Program.select() if p.deleted_at is None}
        enrollments = [e for e in m.Enrollment.select() if e.deleted_at is None]
        in_program = {e.person_id for e in enrollments if e.program_id == f.program}
        self.scope = {
            pid: p
            for pid, p in alive_people.items()
            if (p.kelurahan is None or p.kelurahan in alak)
            and (not f.kelurahan or p.kelurahan == f.kelurahan)
            and (not f.program or pid in in_program)
        }
        self.cats = {
            pid: vulnerability_categories(_facts(p, households, alive_people), f.end)
            for pid, p in self.scope.items()
        }
        self.vulnerable = {pid for pid, c in self.cats.items() if c}
        self.reached = {
            e.person_id
            for e in enrollments
            if e.person_id in self.scope
            and e.program_id in programs
            and (not f.program or e.program_id == f.program)
            and (e.enrolled_on is None or e.enrolled_on <= f.end)
            and (e.ended_on is None or e.ended_on >= f.start)
        }
        activities = {
            a.id: a
            for a in m.Activity.select()
            if a.deleted_at is None
            and a.program_id in programs
            and f.start <= a.date <= f.end
            and (not f.program or a.program_id == f.program)
        }
        rows = [t for t in m.Attendance.select() if t.deleted_at is None]
        if f.kelurahan:
            program_kel = {p.id: p.kelurahan for p in m.Program.select()}
            attended_from_kel = {
                t.activity_id
                for t in rows
                if alive_people.get(t.person_id) is not None
                and alive_people[t.person_id].kelurahan == f.kelurahan
            }
            activities = {
                k: a
                for k, a in activities.items()
                if program_kel[a.program_id] == f.kelurahan or k in attended_from_kel
            }
        self.sessions = len(activities)
        att = [t for t in rows if t.activity_id in activities and t.person_id in self.scope]
        self.present = sum(1 for t in att if t.present)
        self.recorded = len(att)
        services = [
            s
            for s in m.Service.select()
            if s.deleted_at is None
            and s.person_id in self.scope
            and f.start <= s.date <= f.end
            and (not f.program or s.program_id == f.program)
        ]
        self.services = (len(services), sum(s.amount for s in services))
        self.households = sum(
            1
            for h in households.values()
            if (h.kelurahan is None or h.kelurahan in alak)
            and (not f.kelurahan or h.kelurahan == f.kelurahan)
            and (not f.program or any(p.household_id == h.id for p in self.scope.values()))
        )


FILTER_CASES = ["all", "kelurahan", "program", "quarter"]


def _filters(case: str) -> d.Filters:
    f = d.default_filters()
    if case == "kelurahan":
        return f.with_(kelurahan="53.71.01.1009")  # Batu Plat: sessions in October
    if case == "program":
        prog = m.Program.alive().order_by(m.Program.name).first()
        return f.with_(program=prog.id)
    if case == "quarter":
        return d.Filters(d.shift_month(f.start, -2), f.end)
    return f


def test_default_period_is_the_latest_month_with_sessions(demo_db):
    latest = max(a.date for a in m.Activity.alive())
    f = d.default_filters()
    assert f.start == latest.replace(day=1)
    assert f.end.month == latest.month and (f.end + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("case", FILTER_CASES)
def test_headline_figures_match_raw_records(shaken, case):
    f = _filters(case)
    raw = Raw(f)
    got = d.compute(f)
    assert got.people == len(raw.scope)
    assert got.households == raw.households
    assert got.vulnerable == len(raw.vulnerable)
    expected = Counter(c for cats in raw.cats.values() for c in cats)
    assert got.by_category == {c: expected.get(c, 0) for c in d.CATEGORIES}
    assert got.reached == len(raw.reached)
    assert got.reached_vulnerable == len(raw.reached & raw.vulnerable)
    assert got.sessions == raw.sessions
    assert (got.attendance_present, got.attendance_recorded) == (raw.present, raw.recorded)
    assert (got.services_count, got.services_amount) == raw.services
    if case in ("all", "quarter", "kelurahan"):  # the comparison above must not be vacuous
        assert got.people > 0 and got.sessions > 0 and got.attendance_recorded > 0


def test_tombstoned_and_moved_out_people_are_left_out(demo_db, shaken):
    f = d.default_filters()
    gone = {p.id for p in m.Person.select() if p.deleted_at is not None or p.kelurahan == OUTSIDE}
    assert len(gone) >= 10
    everyone = set(d.people_ids_for(d.Selection("people", f)))
    assert not everyone & gone
    assert len(everyone) == m.Person.select().count() - len(gone)
    assert not set(d.people_ids_for(d.Selection("reached", f))) & gone


def test_sql_categories_agree_with_the_domain_function_person_by_person(shaken):
    f = d.default_filters()
    raw = Raw(f)
    for code in d.CATEGORIES:
        ids = set(d.people_ids_for(d.Selection("category", f, (code,))))
        assert ids == {pid for pid, cats in raw.cats.items() if code in cats}, code


@pytest.mark.parametrize("case", ["all", "kelurahan"])
def test_charts_match_raw_records_and_drill_downs_give_the_same_people(shaken, case):
    f = _filters(case)
    raw = Raw(f)
    got = d.compute(f)
    for kel, cats in got.vulnerable_by_kel.items():
        for code, n in cats.items():
            expected = {
                pid for pid, c in raw.cats.items() if code in c and raw.scope[pid].kelurahan == kel
            }
            assert n == len(expected)
            ids = d.people_ids_for(d.Selection("kel_category", f, (kel, code)))
            assert set(ids) == expected and len(ids) == n
    pyramid = Counter(
        (d.band_of(age_on(p.birth_date, p.birth_year, f.end)), p.sex) for p in raw.scope.values()
    )
    for band, sexes in got.pyramid.items():
        for sex, n in sexes.items():
            assert n == pyramid.get((band, sex), 0)
    assert (
        len(d.people_ids_for(d.Selection("pyramid", f, ("30-34", "P"))))
        == got.pyramid["30-34"]["P"]
    )
    for domain in DOMAINS:
        expected = {pid for pid, p in raw.scope.items() if (getattr(p, f"wg_{domain}") or 0) >= 3}
        assert got.disability[domain] == len(expected)
        assert set(d.people_ids_for(d.Selection("disability", f, (domain,)))) == expected
    for kel, cov in got.coverage.items():
        local = {pid for pid, p in raw.scope.items() if p.kelurahan == kel}
        assert cov["terjangkau"] == len(local & raw.reached)
        assert cov["rentan_belum"] == len((local & raw.vulnerable) - raw.reached)
        ids = d.people_ids_for(d.Selection("coverage", f, (kel, "rentan_belum")))
        assert len(ids) == cov["rentan_belum"]


def test_time_series_and_outcome_changes_match_raw_records(shaken):
    f = d.default_filters()
    raw = Raw(f)
    got = d.compute(f)
    programs = {p.id for p in m.Program.alive()}
    for month, n in got.new_enrollees.items():
        expected = {
            e.person_id
            for e in m.Enrollment.alive()
            if e.person_id in raw.scope
            and e.program_id in programs
            and e.enrolled_on is not None
            and f"{e.enrolled_on:%Y-%m}" == month
        }
        assert n == len(expected), month
        assert set(d.people_ids_for(d.Selection("new_enrollees", f, (month,)))) == expected
    assert sum(n for n in got.new_enrollees.values()) > 0
    assert got.attendance_by_month[f"{f.end:%Y-%m}"] == (raw.present, raw.recorded)
    # outcome change: earliest baseline vs latest follow-up, per indicator and person
    measurements: dict[tuple[str, str], list[m.Outcome]] = {}
    for o in m.Outcome.alive().order_by(m.Outcome.date, m.Outcome.id):
        if o.person_id in raw.scope and o.date <= f.end:
            measurements.setdefault((o.indicator_id, o.person_id), []).append(o)
    expected_changes: dict[str, Counter] = {}
    for (ind, _person), rows in measurements.items():
        bases = [r for r in rows if r.is_baseline]
        later = [r for r in rows if not r.is_baseline]
        if bases and later:
            diff = later[-1].value_number - bases[0].value_number
            change = "membaik" if diff > 0 else "memburuk" if diff < 0 else "tetap"
            expected_changes.setdefault(ind, Counter())[change] += 1
    assert {r.indicator_id for r in got.outcomes} == set(expected_changes)
    for row in got.outcomes:
        exp = expected_changes[row.indicator_id]
        assert (row.membaik, row.tetap, row.memburuk) == (exp["membaik"], exp["tetap"],
                                                          exp["memburuk"])  # fmt: skip
        ids = d.people_ids_for(d.Selection("outcome", f, (row.indicator_id, "membaik")))
        assert len(ids) == row.membaik


def test_arisan_cash_follows_the_ledger_invariant(demo_db):
    f = d.default_filters()
    paid = sum(c.paid + c.penalty for c in m.ArisanContribution.alive())
    out = sum(p.net + p.arrears_deducted for p in m.ArisanPayout.alive() if p.void_reason is None)
    assert paid > 0 and out > 0
    assert d.compute(f).arisan_cash == paid - out
    # payouts (gross) + cash = contributions + penalties + fees kept: fees stay in the box
    fees = sum(p.fee + p.arrears_deducted for p in m.ArisanPayout.alive())
    assert out + d.arisan_cash(f) == paid
    assert sum(p.gross for p in m.ArisanPayout.alive()) - fees == out
    before = d.arisan_cash(d.Filters(dt.date(2000, 1, 1), dt.date(2000, 1, 31)))
    assert before == 0


def test_arisan_cash_equals_the_ledgers_cash_after_a_voided_payout(demo_db):
    from desktop_app.services import arisan, arisan_corrections
    from desktop_app.services.context import Actor

    actor = Actor.local(demo_db, "bendahara")
    payout = m.ArisanPayout.alive().first()
    arisan_corrections.void_payout(actor, payout.round_id, payout.share_id,
                                   reason="Salah penerima", on=payout.paid_on)  # fmt: skip
    cycles = [c.id for c in m.ArisanCycle.alive()]
    ledger_cash = sum(arisan.summary(c).cash_on_hand for c in cycles)
    f = d.default_filters(today=dt.date.today())
    assert d.arisan_cash(f) == ledger_cash
    assert d.compute(f).arisan_cash == ledger_cash


def test_a_filter_changes_the_figures(demo_db):
    f = d.default_filters()
    whole = d.compute(f)
    one = d.compute(f.with_(kelurahan="53.71.01.1004"))
    assert 0 < one.people < whole.people
    assert one.sessions <= whole.sessions
    assert list(one.vulnerable_by_kel) == ["53.71.01.1004"]


def test_parse_month():
    assert d.parse_month("2026-02") == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    for bad in ("2026-13", "26-01", "Oktober", ""):
        with pytest.raises(ValueError, match="bulan tidak sah"):
            d.parse_month(bad)


def test_figures_follow_edits_made_after_a_refresh(demo_db):
    """The in-memory part of the person figures is refreshed when data changes."""
    actor = Actor.local(demo_db, "tester")
    f = d.default_filters()
    before = d.compute(f)
    woman = m.Person.alive().where(m.Person.sex == "P", m.Person.indigenous == False).first()  # noqa: E712
    woman.indigenous = True
    records.save(woman, actor)
    after_edit = d.compute(f)
    assert after_edit.by_category["adat"] == before.by_category["adat"] + 1
    records.delete(m.Person.get_by_id(woman.id), actor)
    after_delete = d.compute(f)
    assert after_delete.people == before.people - 1
    assert after_delete.by_category["adat"] == before.by_category["adat"]


def test_attendees_per_month_drill_down_gives_the_same_people(shaken):
    f = d.default_filters()
    got = d.compute(f)
    month = max(got.attendees_by_month, key=got.attendees_by_month.get)
    ids = d.people_ids_for(d.Selection("attendees", f, (month,)))
    assert len(ids) == len(set(ids)) == got.attendees_by_month[month] > 0
    gone = {p.id for p in m.Person.select() if p.deleted_at is not None or p.kelurahan == OUTSIDE}
    assert not set(ids) & gone


def test_attendance_counts_read_the_covering_index(db):
    """Without ANALYZE statistics (a facilitator's database never has them) the plan must still
    walk the period's sessions and read attendance from the covering index."""
    f = d.Filters(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    sql, params = d.attendance_rows_sql(f)
    plan = " ".join(str(row) for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "COVERING INDEX attendance_activity_id_deleted_at_present_person_id" in plan
    assert "activity_date" in plan

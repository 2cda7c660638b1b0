"""People search and filters in SQL: partial names, word order, accents, filters that agree with
the domain's own rules."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.people import (
    VULNERABILITY,
    age_band,
    age_on,
    life_stage,
    vulnerability_categories,
)
from desktop_app.services import registry
from desktop_app.storage import search
from desktop_app.storage.migrations import m0010_person_search as m0010
from desktop_app.storage.models import Household, Person

ON = dt.date(2026, 10, 31)


def _person(actor, name, **kw):
    data = {
        "name": name,
        "sex": kw.pop("sex", "P"),
        "birth_date": kw.pop("birth_date", dt.date(1990, 5, 2)),
        "no_nik_reason": "belum_rekam",
    }
    data.update(kw)
    person, _ = registry.save_person(actor, data, accept_warnings=True)
    return person


def test_search_partial_any_order_case_and_accents(db, actor):
    a = _person(actor, "Maria Magdalena Ndoën", phone="081234567890")
    b = _person(actor, "Yohanes Fanggidae")
    hh, _ = registry.save_household(
        actor, {"no_kk": "5371012010130001", "kelurahan": "53.71.01.1001"}
    )
    registry.add_member(actor, hh.id, b.id, "1")

    def ids(text):
        return registry.matching_ids(registry.PersonFilter(text=text), ON)

    assert ids("ndoen") == {a.id}  # accent typed without accent
    assert ids("NDOËN maria") == {a.id}  # any order, case and accent-insensitive
    assert ids("magda") == {a.id}  # partial word
    assert ids("ri nd") == {a.id}  # short fragments (below the trigram size) still match
    assert ids("fanggi yoh") == {b.id}
    assert ids("4567") == {a.id}  # phone
    assert ids("5371.0120.1013") == {b.id}  # KK typed with dots
    assert ids("maria yohanes") == set()  # every word must match
    # the index follows edits: new name, new KK
    a.name = "Maria Bessie"
    from desktop_app.services import records

    records.save(a, actor)
    assert ids("ndoen") == set() and ids("bessie") == {a.id}
    # counts and pages remember a search's matches; any write makes them read again
    assert registry.count(registry.PersonFilter(text="bessie")) == 1
    c = _person(actor, "Bessie Tallo")
    assert registry.count(registry.PersonFilter(text="bessie")) == 2
    assert [r["id"] for r in registry.page(registry.PersonFilter(text="bessie"))[0]] == [c.id, a.id]
    registry.delete_person(actor, c.id)
    assert registry.count(registry.PersonFilter(text="bessie")) == 1
    assert registry.count(registry.PersonFilter(text="bessie", deleted=True)) == 1
    # the trigram index still agrees with the lines it indexes after all these writes
    a.name = "Élisabeth Ndoën"
    records.save(a, actor)
    assert ids("elisabeth ndoen") == {a.id}
    db.execute_sql("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
    hh.no_kk = "5371019999990002"
    records.save(hh, actor)
    assert ids("99999") == {b.id}


@pytest.mark.parametrize("broad", [False, True])
def test_broad_and_selective_plans_agree(demo_db, monkeypatch, broad):
    """A query matching most people scans in sort order; a selective one lists matches. Both
    must find the same people and count them alike (with and without other filters)."""
    if broad:
        monkeypatch.setattr(search, "BROAD", 0)
    some = Person.alive().where(Person.nik.is_null(False)).first()
    kk = {h.id: h.no_kk or "" for h in Household.select()}
    people = list(Person.alive())
    line = {
        p.id: search.fold(f"{p.name} {p.nik or ''} {kk.get(p.household_id, '')} {p.phone or ''}")
        for p in people
    }
    name = {p.id: p.name for p in people}
    for text in ("537", "ma", "a ri", some.name.split()[0].lower(), some.nik[-6:]):
        f = registry.PersonFilter(text=text)
        ids = registry.matching_ids(f, ON)
        tokens = search.query_tokens(text)
        assert ids == {pid for pid, text_ in line.items() if all(t in text_ for t in tokens)}, text
        assert registry.count(f, ON) == len(ids)
        g = f.with_(sex="P")
        assert registry.count(g, ON) == len(registry.matching_ids(g, ON))
        rows, _ = registry.page(f, limit=50)
        assert [r["id"] for r in rows] == sorted(ids, key=lambda i: (name[i], i))[:50]
    # a person in the recycle bin is counted there, not in the list
    registry.delete_person(
        __import__("desktop_app.services.context", fromlist=["Actor"]).Actor("t", "d"), some.id
    )
    assert registry.count(registry.PersonFilter(text=some.nik)) == 0
    assert registry.count(registry.PersonFilter(text=some.nik, deleted=True)) == 1


def test_python_fold_matches_sql_fold_for_every_listed_letter(db):
    for letter, plain in zip(m0010.ACCENTED, m0010.PLAIN, strict=True):
        assert search.fold(letter) == plain
    # And the stored line folds the same letters through the triggers' SQL.
    db.execute_sql(
        "INSERT INTO person (id, version, created_at, updated_at, name, sex, indigenous, has_ktp, "
        "has_kk, has_birth_certificate, has_bpjs, consent_given) VALUES "
        "('x', 1, '2026-01-01', '2026-01-01', ?, 'L', 0, 0, 0, 0, 0, 0)",
        (m0010.ACCENTED,),
    )
    body = db.execute_sql("SELECT body FROM person_search WHERE person_id = 'x'").fetchone()[0]
    assert body.strip() == m0010.PLAIN


def test_keyset_pages_cover_everyone_once_in_order(demo_db):
    f = registry.PersonFilter()
    seen, after = [], None
    for sort, desc in (("name", False), ("birth", True)):
        seen, after = [], None
        while True:
            rows, after = registry.page(f, sort=sort, descending=desc, after=after, limit=97)
            seen += rows
            if after is None:
                break
        assert len(seen) == registry.count(f) == len({r["id"] for r in seen})
        keys = [(r["sort_value"] or "", r["id"]) for r in seen]
        assert keys == sorted(keys, reverse=desc)


def _domain_view(on):
    """Every living person's categories, age band and life stage by the domain functions."""
    out = {}
    households = {h.id: h for h in Household.alive()}
    sex = {p.id: p.sex for p in Person.select(Person.id, Person.sex)}
    for p in Person.alive():
        h = households.get(p.household_id)
        facts = registry.facts({**{f: getattr(p, f) for f in ("sex", "birth_date", "birth_year", "nik",
                                                             "indigenous", *Person.WG_FIELDS)},
                                "welfare_decile": h.welfare_decile if h else None,
                                "head_sex": sex.get(h.head_id) if h else None})  # fmt: skip
        age = age_on(p.birth_date, p.birth_year, on)
        out[p.id] = (set(vulnerability_categories(facts, on)), age_band(age), life_stage(age))
    return out


@pytest.mark.parametrize("on", [ON, dt.date(2028, 2, 29), dt.date(2027, 1, 1)])
def test_sql_filters_agree_with_domain_rules(demo_db, on):
    view = _domain_view(on)
    for code in VULNERABILITY:
        got = registry.matching_ids(registry.PersonFilter(vulnerability=code), on)
        assert got == {pid for pid, (cats, _, _) in view.items() if code in cats}, code
    for band in search.AGE_BANDS:
        got = registry.matching_ids(registry.PersonFilter(age_band=band), on)
        assert got == {pid for pid, (_, b, _) in view.items() if b == band}, band
    for stage in search.LIFE_STAGES:
        got = registry.matching_ids(registry.PersonFilter(age_band=stage), on)
        assert got == {pid for pid, (_, _, s) in view.items() if s == stage}, stage


def test_filters_combine_and_clear(demo_db):
    everyone = registry.count(registry.PersonFilter(), ON)
    kel = Person.alive().first().kelurahan
    f = registry.PersonFilter(kelurahan=kel, sex="P", has_nik=False, consent=True)
    got = registry.matching_ids(f, ON)
    expected = {
        p.id
        for p in Person.alive().where(
            (Person.kelurahan == kel)
            & (Person.sex == "P")
            & Person.nik.is_null()
            & (Person.consent_given == True)  # noqa: E712
        )
    }
    assert got == expected and 0 < len(got) < everyone
    assert registry.count(f.cleared(), ON) == everyone
    assert not f.cleared().active and f.active
    with_dis = registry.matching_ids(registry.PersonFilter(disability=True), ON)
    without = registry.matching_ids(registry.PersonFilter(disability=False), ON)
    assert with_dis and not (with_dis & without) and len(with_dis | without) == everyone
    rw = Person.alive().where(Person.kelurahan == kel).first()
    got = registry.matching_ids(registry.PersonFilter(kelurahan=kel, rw=rw.rw, rt=rw.rt), ON)
    assert rw.id in got and all(
        (p.rw, p.rt) == (rw.rw, rw.rt) for p in Person.select().where(Person.id.in_(list(got)))
    )


def test_program_filter_lists_enrolled_people(demo_db):
    from desktop_app.storage.models import Enrollment

    e = Enrollment.alive().first()
    got = registry.matching_ids(registry.PersonFilter(program_id=e.program_id), ON)
    assert got == {
        x.person_id for x in Enrollment.alive().where(Enrollment.program == e.program_id)
    }
    assert Household.select().count() > 0


@pytest.mark.parametrize("broad", [False, True])
def test_a_pengamat_finds_a_whole_number_but_no_digits_of_a_hidden_one(
    db, actor, monkeypatch, broad
):
    """Masked identifiers: typing part of a NIK, KK or phone would reveal hidden digits by which
    people stay in the list; only the whole number (known from a paper card) finds a person."""
    from desktop_app.domain.nik import build_nik
    from desktop_app.storage import masking

    if broad:
        monkeypatch.setattr(search, "BROAD", 0)
    nik = build_nik("537101", dt.date(1990, 5, 2), "P", 7)
    a = _person(actor, "Maria Ndoen", nik=nik, no_nik_reason=None, phone="081234567890")
    b = _person(actor, "Maria Sabu", phone="085298765432")

    def found(text):
        f = registry.PersonFilter(text=text)
        ids = {r["id"] for r in registry.page(f, limit=50)[0]}
        assert registry.count(f, ON) == len(ids) == len(registry.matching_ids(f, ON)), text
        return ids

    assert found(nik[:10]) == {a.id} and found("0812345") == {a.id}  # everyone else may
    masking.enable(db)
    for part in (nik[:10], nik[6:12], "0812345", "4567", "12"):
        assert found(part) == set(), part
    assert found(nik) == {a.id} and found("maria " + nik) == {a.id}
    assert found("085298765432") == {b.id}
    assert found("maria") == {a.id, b.id}  # names are found as before


def test_the_kk_number_of_a_household_in_the_recycle_bin_finds_nobody(db, actor):
    a = _person(actor, "Maria Ndoen")
    hh, _ = registry.create_household_from_person(actor, a.id, {"no_kk": "5371010101150001"})

    def found(text):
        return registry.matching_ids(registry.PersonFilter(text=text), ON)

    assert found("5371010101150001") == {a.id}
    registry.delete_household(actor, hh.id)
    assert found("5371010101150001") == set()  # the row and profile show no household either
    assert found("maria ndoen") == {a.id}
    registry.restore_household(actor, hh.id)
    assert found("5371010101150001") == {a.id}


def test_migration_0014_rewrites_lines_of_households_already_in_the_bin(db, actor):
    from desktop_app.storage.migrations import m0014_person_search_live_household as m0014

    a = _person(actor, "Yohana Sabu")
    hh, _ = registry.create_household_from_person(actor, a.id, {"no_kk": "5371010101150002"})
    db.execute_sql('DROP TRIGGER "person_search_household_au"')  # as before 0014: line kept
    db.execute_sql('UPDATE "household" SET "deleted_at" = \'2026-01-01T00:00:00\' WHERE "id" = ?',
                   (hh.id,))  # fmt: skip
    db.execute_sql('CREATE TRIGGER "person_search_household_au" AFTER UPDATE ON "household" '
                   "BEGIN SELECT 1; END")  # fmt: skip
    assert registry.matching_ids(registry.PersonFilter(text="5371010101150002"), ON) == {a.id}
    m0014.up(db)
    assert registry.matching_ids(registry.PersonFilter(text="5371010101150002"), ON) == set()

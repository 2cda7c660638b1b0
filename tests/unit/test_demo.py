"""The demo generator: realistic counts, determinism, and every NIK valid and consistent."""

import pytest

from desktop_app.domain.codes import PROGRAM_KIND
from desktop_app.domain.nik import check_nik
from desktop_app.services import demo
from desktop_app.services.context import Actor
from desktop_app.services.stats import record_counts
from desktop_app.storage import database
from desktop_app.storage.models import (
    ArisanContribution,
    ArisanPayout,
    Group,
    Household,
    Kelurahan,
    Person,
    Program,
)


def test_default_demo_is_realistic(demo_db):
    counts = record_counts()
    assert counts["people"] == demo.DEFAULT_PEOPLE
    assert 120 <= counts["households"] <= 200
    for key in ("programs", "enrollments", "activities", "attendance", "services", "outcomes"):
        assert counts[key] > 0, key
    assert {p.kind for p in Program.select()} == set(PROGRAM_KIND)
    assert {p.kelurahan for p in Person.select()} == {k.code for k in Kelurahan.select()}
    assert Group.select().where(Group.kind == "arisan").count() == 1
    no_nik = Person.select().where(Person.nik.is_null())
    assert no_nik.count() > 0 and all(p.no_nik_reason for p in no_nik)
    assert Person.select().where(Person.birth_date.is_null() & Person.birth_year.is_null(False)).count() > 0
    assert Household.select().where(Household.head.is_null()).count() == 0


def test_no_date_lies_in_the_future(demo_db):
    from desktop_app.storage.models import Activity, Outcome, Service

    assert Person.select().where(Person.birth_date > demo.REFERENCE_DATE).count() == 0
    for model in (Activity, Service, Outcome):
        assert model.select().where(model.date > demo.REFERENCE_DATE).count() == 0, model


def test_every_nik_is_valid_unique_and_matches_the_person(demo_db):
    niks = []
    for person in Person.select().where(Person.nik.is_null(False)):
        result = check_nik(person.nik, birth_date=person.birth_date, birth_year=person.birth_year,
                           sex=person.sex)  # fmt: skip
        assert result.ok and result.findings == [], (person.nik, result.findings)
        niks.append(person.nik)
    assert len(niks) == len(set(niks))


def test_arisan_ledger_reconciles(demo_db):
    collected = sum(c.paid + c.penalty for c in ArisanContribution.select())
    paid_out = sum(p.net for p in ArisanPayout.select())
    fees = sum(p.fee for p in ArisanPayout.select())
    assert collected - paid_out == fees  # what stays in the cash box is the fee


def _fingerprint(path):
    conn = database.connect(path)
    try:
        demo.generate(conn, Actor.local(conn, "demo"), people=120, seed=7)
        return [(p.id, p.nik, p.name, p.birth_date) for p in Person.select().order_by(Person.id)]
    finally:
        conn.close()


def test_same_seed_gives_the_same_data(tmp_path):
    assert _fingerprint(tmp_path / "a.db") == _fingerprint(tmp_path / "b.db")


def test_demo_refuses_a_database_with_people(demo_db):
    with pytest.raises(demo.DemoError):
        demo.generate(demo_db, Actor.local(demo_db), people=10)
    assert record_counts()["people"] == demo.DEFAULT_PEOPLE

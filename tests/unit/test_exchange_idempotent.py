"""Importing the same workbook twice changes nothing the second time — for every sample list the
offices actually send, and for people who have no NIK and only an age (an estimated birth year)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.exchange.types import IncomingRecord, ParsedWorkbook
from desktop_app.services import exchange_import as imp
from desktop_app.storage.models import Person, SyncConflict

SAMPLES = sorted(Path("/work/shared/samples").rglob("*.xlsx"))


def _counts(db, actor, path):
    result = imp.import_workbooks(db, [imp.read(path)], actor)
    return result.plans[0].counts()


@pytest.mark.skipif(not SAMPLES, reason="sample workbooks not available")
@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_sample_imported_twice_changes_nothing_the_second_time(db, actor, path):
    first = _counts(db, actor, path)
    people = Person.select().count()
    second = _counts(db, actor, path)
    assert (second["created"], second["updated"], second["deleted"]) == (0, 0, 0), (first, second)
    assert second["conflicts"] == 0
    assert Person.select().count() == people


def _row(row, name, year, kel="Naioni", sex="L"):
    values = {"name": name, "birth_year": year, "kelurahan": kel, "sex": sex}
    return IncomingRecord("person", "Daftar", row, values, set(values))


def _wb(*rows):
    return ParsedWorkbook(Path("daftar.xlsx"), "h", "foreign", {}, [], list(rows))


def _apply(db, actor, *rows):
    p = imp.preview(db, _wb(*rows))
    imp.apply(db, p, actor, backup=False)
    return p.counts()


def test_person_with_only_a_birth_year_is_matched_by_name_year_and_kelurahan(db, actor):
    assert _apply(db, actor, _row(2, "Benyamin Lado", 1950))["created"] == 1
    again = _apply(db, actor, _row(2, "Benyamin Lado", 1950))
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 1)
    # Written differently (case, spaces) is still the same name: matched, never created again.
    assert _apply(db, actor, _row(2, "benyamin  LADO", 1950))["created"] == 0
    assert Person.select().count() == 1


def test_person_with_only_a_birth_year_near_match_is_asked_not_merged_or_duplicated(db, actor):
    _apply(db, actor, _row(2, "Magdalena Nalle", 1948, sex="P"))
    # One year off (an age written a year later), or a close spelling: a person decides.
    for row in (
        _row(3, "Magdalena Nalle", 1949, sex="P"),
        _row(4, "Magdalena Nale", 1948, sex="P"),
    ):
        counts = _apply(db, actor, row)
        assert (counts["created"], counts["conflicts"]) == (0, 1)
    assert Person.select().count() == 1
    assert {c.kind for c in SyncConflict.select()} == {"match"}


def test_same_name_and_year_in_another_kelurahan_is_another_person(db, actor):
    _apply(db, actor, _row(2, "Benyamin Lado", 1950))
    assert _apply(db, actor, _row(2, "Benyamin Lado", 1950, kel="Fatufeto"))["created"] == 1
    assert Person.select().count() == 2


def _household(row, address="Jl. Timor Raya 5", rt="1"):
    values = {"kelurahan": "Naioni", "rw": "2", "rt": rt, "address": address}
    return IncomingRecord("household", "Keluarga", row, values, set(values))


def test_household_without_no_kk_is_offered_for_confirmation_not_duplicated(db, actor):
    from desktop_app.storage.models import Household

    first = _apply(db, actor, _household(2), _household(3, "Jl. Alak 1"))
    assert (first["created"], first["rejected"]) == (2, 0)  # two households without KK in one list
    again = _apply(
        db, actor, _household(2, "JL.  timor raya 5"), _household(3, "Jl. Alak 1", rt="3")
    )
    assert (again["created"], again["conflicts"]) == (1, 1)  # same address asked; another RT is new
    assert Household.select().count() == 3
    assert {c.kind for c in SyncConflict.select()} == {"match"}

import datetime as dt

import pytest

from desktop_app.domain.disability import from_regsosek, has_disability
from desktop_app.domain.formatting import format_date, format_number, format_rupiah
from desktop_app.domain.people import PersonFacts, age_band, age_on, vulnerability_categories
from desktop_app.domain.wilayah import find_kelurahan, kelurahan_list, rt_rw

TODAY = dt.date(2026, 11, 29)


def facts(**kw):
    base = dict(sex="L", birth_date=dt.date(1990, 1, 1), birth_year=None, nik="5371010101900001",
                wg=(1, 1, 1, 1, 1, 1), indigenous=False, household_decile=None,
                female_headed_household=False)  # fmt: skip
    base.update(kw)
    return PersonFacts(**base)


def test_age_counts_whole_years_and_estimated_years():
    assert age_on(dt.date(2008, 11, 30), None, TODAY) == 17
    assert age_on(dt.date(2008, 11, 29), None, TODAY) == 18
    assert age_on(None, 1950, TODAY) == 76
    assert age_on(None, None, TODAY) is None


def test_vulnerability_categories_are_derived():
    assert vulnerability_categories(facts(), TODAY) == []
    child = facts(birth_date=dt.date(2015, 5, 1), sex="P", nik=None)
    assert vulnerability_categories(child, TODAY) == ["anak", "perempuan", "tanpa_nik"]
    elder = facts(birth_date=None, birth_year=1960, wg=(1, 3, 1, 1, 1, 1), household_decile=4)
    assert vulnerability_categories(elder, TODAY) == ["lansia", "disabilitas", "miskin"]
    assert vulnerability_categories(facts(household_decile=5), TODAY) == []
    assert "adat" in vulnerability_categories(facts(indigenous=True), TODAY)
    assert "kk_perempuan" in vulnerability_categories(facts(female_headed_household=True), TODAY)


def test_disability_threshold_and_regsosek_reversal():
    assert not has_disability([1, 2, 2, None, 1, 1])
    assert has_disability([1, 1, 4, 1, 1, 1])
    assert from_regsosek(1) == 4 and from_regsosek(4) == 1
    with pytest.raises(ValueError):
        from_regsosek(5)


def test_age_bands():
    assert age_band(0) == "0-4" and age_band(17) == "15-19" and age_band(80) == "75+"


def test_indonesian_formats():
    assert format_rupiah(1_500_000) == "Rp 1.500.000"
    assert format_rupiah(-25_000) == "-Rp 25.000"
    assert format_number(12.5, 1) == "12,5"
    assert format_date(dt.date(1950, 5, 12)) == "12/05/1950"


def test_kelurahan_lookup_is_forgiving():
    assert len(kelurahan_list()) == 12
    assert find_kelurahan("FATUFETO").code == "53.71.01.1005"
    assert find_kelurahan("Kel. Batu Plat").name == "Batu Plat"
    assert find_kelurahan("Manulai 2").name == "Manulai II"
    assert find_kelurahan("1011").name == "Naioni"
    assert find_kelurahan("Oebobo") is None


def test_rt_rw_are_three_digits():
    assert rt_rw("4") == "004" and rt_rw(12.0) == "012" and rt_rw("-") is None
    with pytest.raises(ValueError):
        rt_rw("1234")

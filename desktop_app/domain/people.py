"""Age and vulnerability categories, derived from a person's attributes (never typed in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.disability import has_disability

CHILD_MAX_AGE = 17  # under 18 (UU 35/2014)
ELDERLY_MIN_AGE = 60  # 60 and over (UU 13/1998)
POOR_DECILE_MAX = 4  # DTSEN desil 1–4 (PKH)

VULNERABILITY = {
    "anak": "Anak",
    "lansia": "Lansia",
    "perempuan": "Perempuan",
    "disabilitas": "Disabilitas",
    "adat": "Masyarakat adat",
    "tanpa_nik": "Tanpa NIK",
    "miskin": "Desil 1–4",
    "kk_perempuan": "KK perempuan",
}


def age_on(birth_date: dt.date | None, birth_year: int | None, on: dt.date) -> int | None:
    """Age in whole years on ``on``; with only an estimated year, the age reached that year."""
    if birth_date is not None:
        years = on.year - birth_date.year
        if (on.month, on.day) < (birth_date.month, birth_date.day):
            years -= 1
        return years
    if birth_year is not None:
        return on.year - birth_year
    return None


def age_band(age: int | None, width: int = 5) -> str:
    """Five-year band label: 0-4, 5-9, …, 75+."""
    if age is None:
        return "?"
    if age >= 75:
        return "75+"
    low = (age // width) * width
    return f"{low}-{low + width - 1}"


def life_stage(age: int | None) -> str:
    if age is None:
        return "tidak_diketahui"
    if age <= CHILD_MAX_AGE:
        return "anak"
    if age >= ELDERLY_MIN_AGE:
        return "lansia"
    return "dewasa"


@dataclass(frozen=True)
class PersonFacts:
    """What the categories depend on; storage builds it from a row."""

    sex: str | None
    birth_date: dt.date | None
    birth_year: int | None
    nik: str | None
    wg: tuple[int | None, ...]
    indigenous: bool
    household_decile: int | None
    female_headed_household: bool


def vulnerability_categories(facts: PersonFacts, on: dt.date) -> list[str]:
    """Category codes in the order of ``VULNERABILITY``."""
    age = age_on(facts.birth_date, facts.birth_year, on)
    found: set[str] = set()
    if age is not None and age <= CHILD_MAX_AGE:
        found.add("anak")
    if age is not None and age >= ELDERLY_MIN_AGE:
        found.add("lansia")
    if facts.sex == "P":
        found.add("perempuan")
    if has_disability(facts.wg):
        found.add("disabilitas")
    if facts.indigenous:
        found.add("adat")
    if not facts.nik:
        found.add("tanpa_nik")
    if facts.household_decile is not None and 1 <= facts.household_decile <= POOR_DECILE_MAX:
        found.add("miskin")
    if facts.female_headed_household:
        found.add("kk_perempuan")
    return [code for code in VULNERABILITY if code in found]

"""Program rules: eligibility, enrollment status transitions, attendance rates, outcome change.

Pure functions over plain values, so the services, the list queries and the tests share one
definition of "eligible", "improved" and "attendance rate".
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.people import age_on

# --- Eligibility ------------------------------------------------------------------------------

SCHOOL_AGE = (7, 18)  # wajib belajar 12 tahun: SD to SMA

RULE_KEYS = ("sex", "age_min", "age_max", "decile_min", "decile_max", "kelurahan",
             "disability", "indigenous", "no_scholarship", "no_nik")  # fmt: skip


@dataclass(frozen=True)
class EligibilityRule:
    """Every condition that is set must hold; an empty rule admits everyone."""

    sex: str | None = None  # "L" / "P"
    age_min: int | None = None
    age_max: int | None = None
    decile_min: int | None = None
    decile_max: int | None = None
    kelurahan: tuple[str, ...] = ()  # Kelurahan codes; empty = all
    disability: bool | None = None  # True = only people with a disability (WG-SS)
    indigenous: bool | None = None
    no_scholarship: bool = False  # only people who never received a scholarship payment
    no_nik: bool | None = None  # True = only people without NIK (document assistance)

    def is_empty(self) -> bool:
        return self == EligibilityRule()

    def to_json(self) -> str | None:
        data: dict[str, Any] = {}
        for key in RULE_KEYS:
            value = getattr(self, key)
            if value in (None, (), False):
                continue
            data[key] = list(value) if isinstance(value, tuple) else value
        return json.dumps(data, sort_keys=True) if data else None

    @classmethod
    def from_json(cls, text: str | None) -> EligibilityRule:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError("Aturan kelayakan program rusak (bukan JSON yang sah).") from exc
        if not isinstance(data, dict):
            raise ValueError("Aturan kelayakan program harus berupa objek JSON.")
        unknown = set(data) - set(RULE_KEYS)
        if unknown:
            raise ValueError(
                f"Aturan kelayakan memuat syarat yang tidak dikenal: {', '.join(sorted(unknown))}."
            )
        values = dict(data)
        if "kelurahan" in values:
            values["kelurahan"] = tuple(values["kelurahan"])
        rule = cls(**values)
        rule.validate()
        return rule

    def validate(self) -> None:
        if self.sex not in (None, "L", "P"):
            raise ValueError("Jenis kelamin dalam aturan harus L atau P.")
        for name in ("age_min", "age_max"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 120:
                raise ValueError("Batas umur harus antara 0 dan 120 tahun.")
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("Umur minimum tidak boleh lebih besar dari umur maksimum.")
        for name in ("decile_min", "decile_max"):
            value = getattr(self, name)
            if value is not None and not 1 <= value <= 10:
                raise ValueError("Desil harus antara 1 dan 10.")
        if (self.decile_min is not None and self.decile_max is not None
                and self.decile_min > self.decile_max):  # fmt: skip
            raise ValueError("Desil minimum tidak boleh lebih besar dari desil maksimum.")

    def describe(self, tr: Callable[[str], str] = str) -> str:
        """Indonesian one-line summary, e.g. ``Perempuan, umur 18–55, desil 1–4``. ``tr`` turns each
        Indonesian template into the interface language (the UI passes its translator)."""
        parts: list[str] = []
        if self.sex:
            parts.append(tr("Perempuan") if self.sex == "P" else tr("Laki-laki"))
        if self.age_min is not None or self.age_max is not None:
            if self.age_max is None:
                parts.append(tr("umur {min}+").format(min=self.age_min))
            elif self.age_min is None:
                parts.append(tr("umur ≤ {max}").format(max=self.age_max))
            else:
                parts.append(tr("umur {min}–{max}").format(min=self.age_min, max=self.age_max))
        if self.decile_min is not None or self.decile_max is not None:
            parts.append(tr("desil {min}–{max}").format(min=self.decile_min or 1,
                                                       max=self.decile_max or 10))  # fmt: skip
        if self.kelurahan:
            parts.append(tr("{n} kelurahan").format(n=len(self.kelurahan)))
        if self.disability is True:
            parts.append(tr("penyandang disabilitas"))
        if self.indigenous is True:
            parts.append(tr("masyarakat adat"))
        if self.no_scholarship:
            parts.append(tr("belum menerima beasiswa"))
        if self.no_nik is True:
            parts.append(tr("belum punya NIK"))
        return ", ".join(parts) if parts else tr("Semua penduduk")


@dataclass(frozen=True)
class PersonAttributes:
    """What an eligibility rule looks at; the service builds it from a person row."""

    sex: str | None
    birth_date: dt.date | None
    birth_year: int | None
    decile: int | None
    kelurahan: str | None
    disability: bool
    indigenous: bool
    has_scholarship: bool
    has_nik: bool


def is_eligible(rule: EligibilityRule, person: PersonAttributes, on: dt.date) -> bool:
    """Unknown values never satisfy a condition that asks about them (no age -> not 18–55)."""
    if rule.sex and person.sex != rule.sex:
        return False
    if rule.age_min is not None or rule.age_max is not None:
        age = age_on(person.birth_date, person.birth_year, on)
        if age is None:
            return False
        if rule.age_min is not None and age < rule.age_min:
            return False
        if rule.age_max is not None and age > rule.age_max:
            return False
    if rule.decile_min is not None or rule.decile_max is not None:
        if person.decile is None:
            return False
        if rule.decile_min is not None and person.decile < rule.decile_min:
            return False
        if rule.decile_max is not None and person.decile > rule.decile_max:
            return False
    if rule.kelurahan and person.kelurahan not in rule.kelurahan:
        return False
    if rule.disability is not None and person.disability != rule.disability:
        return False
    if rule.indigenous is not None and person.indigenous != rule.indigenous:
        return False
    if rule.no_scholarship and person.has_scholarship:
        return False
    return not (rule.no_nik is not None and person.has_nik == rule.no_nik)


def years_before(on: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier; 29 Feb falls back to 28 Feb in a common year."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:
        return on.replace(year=on.year - years, day=28)


def birth_date_bounds(rule: EligibilityRule, on: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(latest, earliest-exclusive) birth dates for the age limits, for SQL filters.

    age >= age_min  <=>  birth_date <= years_before(on, age_min)
    age <= age_max  <=>  birth_date >  years_before(on, age_max + 1)
    """
    latest = years_before(on, rule.age_min) if rule.age_min is not None else None
    earliest = years_before(on, rule.age_max + 1) if rule.age_max is not None else None
    return latest, earliest


# --- Enrollment status ------------------------------------------------------------------------

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "terdaftar": ("aktif", "keluar"),
    "aktif": ("selesai", "keluar"),
    "keluar": ("aktif",),  # someone who left may come back
    "selesai": (),
}


def check_transition(current: str, new: str, on: dt.date, enrolled_on: dt.date | None,
                     reason: str | None) -> None:  # fmt: skip
    """Raise ``ValueError`` (Indonesian) when the change of status is not allowed."""
    if new not in TRANSITIONS:
        raise ValueError(f"Status kepesertaan tidak dikenal: {new}.")
    if new == current:
        raise ValueError("Status kepesertaan sudah seperti itu.")
    if new not in TRANSITIONS.get(current, ()):
        raise ValueError(f"Status tidak dapat diubah dari '{current}' menjadi '{new}'.")
    if enrolled_on is not None and on < enrolled_on:
        raise ValueError("Tanggal perubahan status tidak boleh sebelum tanggal pendaftaran.")
    if new == "keluar" and not (reason or "").strip():
        raise ValueError("Alasan keluar wajib diisi.")


# --- Attendance -------------------------------------------------------------------------------


def attendance_rate(present: int, expected: int) -> float | None:
    """Share of recorded places that were present; None when nothing was recorded."""
    if expected < 0 or present < 0 or present > expected:
        raise ValueError("Jumlah hadir tidak boleh lebih dari jumlah yang tercatat.")
    return present / expected if expected else None


# --- Outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    date: dt.date
    is_baseline: bool
    value: float | None  # numbers, yes/no as 1/0, a choice as its position in the list


@dataclass
class OutcomeSummary:
    people: int = 0  # people with any measurement
    compared: int = 0  # with a baseline and at least one follow-up
    missing_baseline: int = 0  # follow-up recorded, baseline missing
    missing_follow_up: int = 0  # baseline only
    improved: int = 0
    unchanged: int = 0
    worsened: int = 0
    median_change: float | None = None
    changes: list[float] = field(default_factory=list)


def choice_value(choices: Sequence[str], text: str | None) -> float | None:
    """A choice's position in the list (ordered worst to best); None when not in the list."""
    if text is None or text not in choices:
        return None
    return float(list(choices).index(text))


def person_change(measurements: Iterable[Measurement]) -> float | None:
    """Latest follow-up minus the baseline; None when either is missing.

    With several baselines the earliest counts (a baseline is taken before the program).
    """
    items = [m for m in measurements if m.value is not None]
    baselines = sorted((m for m in items if m.is_baseline), key=lambda m: m.date)
    follow_ups = sorted((m for m in items if not m.is_baseline), key=lambda m: m.date)
    if not baselines or not follow_ups:
        return None
    assert baselines[0].value is not None and follow_ups[-1].value is not None
    return follow_ups[-1].value - baselines[0].value


def summarize_outcomes(
    by_person: dict[str, list[Measurement]], higher_is_better: bool = True
) -> OutcomeSummary:
    out = OutcomeSummary()
    for items in by_person.values():
        valued = [m for m in items if m.value is not None]
        if not valued:
            continue
        out.people += 1
        has_base = any(m.is_baseline for m in valued)
        has_follow = any(not m.is_baseline for m in valued)
        if not has_base:
            if has_follow:
                out.missing_baseline += 1
            continue
        if not has_follow:
            out.missing_follow_up += 1
            continue
        change = person_change(valued)
        assert change is not None
        out.compared += 1
        out.changes.append(change)
        better = change > 0 if higher_is_better else change < 0
        if change == 0:
            out.unchanged += 1
        elif better:
            out.improved += 1
        else:
            out.worsened += 1
    if out.changes:
        out.median_change = float(statistics.median(out.changes))
    return out

"""Pieces every report uses: the standard disaggregation, people facts, lookups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.disability import has_disability
from desktop_app.domain.people import age_on, life_stage
from desktop_app.services.dashboard import UNKNOWN_KEL, _rows, kelurahan_names
from desktop_app.services.reports.model import Table

DISAGG_HEADERS = ["Uraian", "Jumlah", "Laki-laki", "Perempuan", "Anak (0–17)", "Dewasa (18–59)",
                  "Lansia (60+)", "Umur tidak diketahui", "Disabilitas",
                  "Tanpa disabilitas"]  # fmt: skip
DISAGG_TITLE = "Disagregasi menurut jenis kelamin, kelompok umur dan disabilitas"


@dataclass(frozen=True)
class Facts:
    id: str
    name: str
    nik: str | None
    sex: str
    age: int | None
    disability: bool
    kelurahan: str


def person_facts(ids: Iterable[str], on: dt.date) -> dict[str, Facts]:
    """Sex, age on ``on`` and disability (domain rules) for the given people."""
    names = kelurahan_names()
    wanted = list(dict.fromkeys(ids))
    out: dict[str, Facts] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for row in _rows(
            "SELECT id, name, nik, sex, birth_date, birth_year, kelurahan, wg_seeing, wg_hearing, "
            f"wg_walking, wg_cognition, wg_selfcare, wg_communication FROM person WHERE id IN ({marks})",
            chunk,
        ):
            pid, name, nik, sex, birth, year, kel = row[:7]
            birth_date = dt.date.fromisoformat(str(birth)[:10]) if birth else None
            out[pid] = Facts(pid, name, nik, sex, age_on(birth_date, year, on),
                             has_disability(row[7:]), names.get(kel, kel or UNKNOWN_KEL))  # fmt: skip
    return out


def disaggregate(label: str, ids: Iterable[str], facts: dict[str, Facts]) -> list[object]:
    """One row of the standard table: total, by sex, by age group, by disability."""
    people = [facts[i] for i in dict.fromkeys(ids) if i in facts]
    stages = [life_stage(p.age) for p in people]
    return [
        label,
        len(people),
        sum(p.sex == "L" for p in people),
        sum(p.sex == "P" for p in people),
        stages.count("anak"),
        stages.count("dewasa"),
        stages.count("lansia"),
        stages.count("tidak_diketahui"),
        sum(p.disability for p in people),
        sum(not p.disability for p in people),
    ]


def disaggregation_table(rows: list[list[object]], note: str = "") -> Table:
    return Table(DISAGG_TITLE, list(DISAGG_HEADERS), rows, note=note, sheet="Disagregasi")


def kelurahan_label(code: str | None) -> str:
    if not code:
        return "Semua kelurahan (Kecamatan Alak)"
    return kelurahan_names().get(code, code)

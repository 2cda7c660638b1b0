"""Excel 97–2003 (.xls) and OpenDocument (.ods) lists from offices import like .xlsx ones.

The fixtures were made by LibreOffice from an office-style list: a title row, a blank row, a
numbering column, NIK as text (one with a leading apostrophe, one "-"), dates as a real date,
as dd-mm-yyyy text and as "12 Mei 1948", RT/RW in one column, and a JUMLAH row.
"""

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.exchange.parse import parse_workbook
from desktop_app.services.exchange_import import import_workbooks, read_all
from desktop_app.storage.models import Person

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = [
    ("Magdalena Lay", "5371014404500001", dt.date(1950, 4, 4), "002", "001"),
    ("Yohanes Benu", "5371010101450002", dt.date(1945, 1, 1), "003", "001"),
    ("Orpa Ratu", None, dt.date(1948, 5, 12), "001", "002"),
]


@pytest.mark.parametrize("name", ["daftar_lansia_naioni.xls", "daftar_lansia_naioni.ods"])
def test_legacy_formats_parse_like_xlsx(name):
    workbook = parse_workbook(FIXTURES / name)
    got = [(r.values.get("name"), r.values.get("nik"), r.values.get("birth_date"), r.values.get("rt"),
            r.values.get("rw")) for r in workbook.records]  # fmt: skip
    assert got == EXPECTED  # the JUMLAH row and the title rows are not people
    assert all(r.values.get("kelurahan") == "53.71.01.1011" for r in workbook.records)


def _import(db, actor, *names):
    workbooks, unreadable = read_all([FIXTURES / n for n in names])
    assert unreadable == []
    return import_workbooks(db, workbooks, actor).plans


def test_xls_list_imports_and_reimports_without_duplicates(db, actor):
    (first,) = _import(db, actor, "daftar_lansia_naioni.xls")
    assert first.counts()["created"] == 3 and first.counts()["rejected"] == 0
    (second,) = _import(db, actor, "daftar_lansia_naioni.xls")
    assert second.counts()["created"] == 0 and second.counts()["unchanged"] == 3
    assert Person.alive().count() == 3


def test_the_same_people_in_two_files_of_one_import_are_created_once(db, actor):
    _import(db, actor, "daftar_lansia_naioni.xls", "daftar_lansia_naioni.ods")
    assert Person.alive().count() == 3

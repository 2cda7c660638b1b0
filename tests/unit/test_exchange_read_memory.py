"""Reading a big workbook without holding it all: one sheet's cells at a time, repeated cells and
references shared between rows (the district import's memory, see docs/benchmarks.md)."""

from __future__ import annotations

import shutil
from functools import partial

import pytest

from desktop_app.exchange import parse, reading
from desktop_app.exchange.parse import parse_workbook
from desktop_app.exchange.reading import read_workbook
from desktop_app.exchange.types import ExchangeFileError


@pytest.fixture(scope="module")
def exported(demo_template, tmp_path_factory):
    """The demo database's full export (people, attendance, enrollments …), made once."""
    from desktop_app.services.context import Actor
    from desktop_app.services.exchange_export import export
    from desktop_app.storage import database

    folder = tmp_path_factory.mktemp("ekspor_memori")
    shutil.copy(demo_template, folder / "demo.db")
    conn = database.connect(folder / "demo.db", create=False)
    path = folder / "ekspor.xlsx"
    export(conn, path, Actor.local(conn, "tester"))
    conn.close()
    return path


def test_sheets_are_loaded_one_at_a_time_while_parsing(exported, monkeypatch):
    opened: list[list[reading.RawSheet]] = []
    loads: list[tuple[str, list[str]]] = []
    real_read, real_load = parse.read_workbook, reading._load_sheet

    def read(*args, **kwargs):
        raw = real_read(*args, **kwargs)
        opened.append(list(raw.sheets))
        # Nothing is loaded yet: the extent scan gave every sheet's height.
        assert not [s.name for s in raw.sheets if s._sheet is not None]
        assert {s.name: s.height for s in raw.sheets}["Penduduk"] > 1
        return raw

    def load(book, name, file_name, kind):
        held = [s.name for s in opened[0] if s._sheet is not None]
        loads.append((name, held))
        return real_load(book, name, file_name, kind)

    monkeypatch.setattr(parse, "read_workbook", read)
    monkeypatch.setattr(reading, "_load_sheet", load)
    wb = parse_workbook(exported)
    assert {"Penduduk", "Kehadiran", "Peserta Program"} <= {name for name, _ in loads}
    assert all(held == [] for _, held in loads), loads  # no other sheet held at each load
    assert len({name for name, _ in loads}) == len(loads)  # each sheet read once
    # Helper sheets of our own workbook (drop-down lists, hidden) are never loaded.
    hidden = [s.name for s in opened[0] if s.hidden and s.name != "_meta"]
    assert hidden and not {name for name, _ in loads} & set(hidden)
    assert len([r for r in wb.records if r.kind == "attendance"]) > 100


def test_a_released_sheet_reads_again_the_same(exported):
    raw = read_workbook(exported)
    sheet = raw.sheet("Penduduk")
    first = list(sheet.rows())
    sheet.release()
    assert sheet._sheet is None
    assert list(sheet.rows()) == first
    assert sheet.height == len(first)


def test_repeated_cells_and_references_are_shared_between_rows(exported):
    wb = parse_workbook(exported)
    attendance = [r for r in wb.records if r.kind == "attendance"]
    by_session: dict[str, list] = {}
    for rec in attendance:
        by_session.setdefault(rec.values["activity"], []).append(rec)
    a, b = next(rows for rows in by_session.values() if len(rows) >= 2)[:2]
    assert a.values["activity"] is b.values["activity"]  # one string for the activity ID
    assert a.refs["activity"] == b.refs["activity"] and a.refs["activity"] is b.refs["activity"]
    people = [r for r in wb.records if r.kind == "person"]
    kel = next(i for i, h in enumerate(wb.sheets[[s.name for s in wb.sheets].index("Penduduk")]
                                       .headers) if h == "Kelurahan")  # fmt: skip
    same = [r for r in people if r.raw[kel] == people[0].raw[kel]]
    assert len(same) >= 2
    # The original cells (for the error workbook) are equal and shared, not one copy per row.
    assert all(r.raw[kel] is same[0].raw[kel] for r in same)
    assert all(r.values["kelurahan"] == same[0].values["kelurahan"] for r in same)


def test_a_sheet_calamine_cannot_read_is_refused_when_parsed(exported):
    class BrokenBook:  # what calamine does with a sheet whose XML is damaged
        def get_sheet_by_name(self, name):
            raise ValueError("XmlError: unexpected end of stream")

    raw = read_workbook(exported)
    sheet = raw.sheet("Penduduk")
    sheet._load = partial(reading._load_sheet, BrokenBook(), "Penduduk", "ekspor.xlsx", "xlsx")
    with pytest.raises(ExchangeFileError, match="ekspor.xlsx rusak dan tidak dapat dibaca"):
        list(sheet.rows())

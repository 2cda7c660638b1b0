"""The arrears report in Excel: exact integer Rupiah, the same figures as the tab, and a cancelled
export leaves no file (an older file of that name stays as it was)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop_app.services import arisan, arisan_export, groups
from desktop_app.services.progress import Cancelled

DAY = dt.date(2026, 3, 7)


@pytest.fixture
def cycle(db, actor):
    g = groups.save_group(actor, name="Arisan Mawar", kind="arisan")
    ms = [groups.add_member(actor, g.id, groups.register_outside_person(actor, name=n, sex="P").id)
          for n in ("Ana", "Bety", "Cici")]  # fmt: skip
    c = arisan.create_cycle(actor, g.id, name="S", contribution=150_000, frequency="bulanan",
                            winners_per_round=1, method="urutan", late_penalty=2_500,
                            start_date=DAY, shares={ms[0].id: 2, ms[1].id: 1, ms[2].id: 1})  # fmt: skip
    rnd = arisan.open_round(actor, c.id)
    for row in arisan.round_sheet(rnd.id):
        paid = {"Ana": 150_000, "Bety": 100_000, "Cici": 0}[row.name]
        arisan.record_payment(actor, row.id, paid=paid, paid_on=DAY + dt.timedelta(days=1) if paid
                              else None, late=row.name == "Bety")  # fmt: skip
    return c


def test_workbook_has_the_tabs_figures_in_integer_rupiah(cycle, tmp_path):
    steps = []
    path = arisan_export.export_arrears(cycle.id, tmp_path / "t.xlsx",
                                        lambda d, t, text="": steps.append((d, t)),
                                        today=dt.date(2026, 3, 9))  # fmt: skip
    wb = openpyxl.load_workbook(path)
    ws = wb["Tunggakan"]
    assert "dicetak 09/03/2026" in ws["A2"].value
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 8)]
            for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value}  # fmt: skip
    expected = {r.name: [r.shares, r.due, r.paid, r.penalties, r.arrears, r.won or None]
                for r in arisan.arrears(cycle.id)}  # fmt: skip
    for name, values in expected.items():
        assert rows[name] == values, name
    assert rows["Cici"][4] == 150_000 and rows["Bety"][3] == 2_500
    assert rows["Jumlah"][4] == 200_000 and all(
        isinstance(v, int) for v in rows["Jumlah"][1:5])  # fmt: skip
    assert rows["Kas di tangan"][4] == arisan.summary(cycle.id).cash_on_hand == 402_500
    detail = [[c.value for c in row] for row in wb["Rincian per putaran"].iter_rows(min_row=2)]
    assert [(r[2], r[6]) for r in detail] == [("Bety", 50_000), ("Cici", 150_000)]
    assert steps[-1][0] == steps[-1][1] and len(steps) >= 3


def test_a_cancelled_export_writes_nothing_and_keeps_the_older_file(cycle, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "t.xlsx"
    target.write_bytes(b"older report")

    def cancel_midway(done, total, text=""):
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        arisan_export.export_arrears(cycle.id, target, cancel_midway)
    assert target.read_bytes() == b"older report"
    assert sorted(p.name for p in out.iterdir()) == ["t.xlsx"]  # no half-written .tmp left

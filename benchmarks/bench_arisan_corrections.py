"""Arisan corrections, recap PDF and arrears Excel on a large cycle.

    python benchmarks/bench_arisan_corrections.py [--shares 30] [--runs 5]

A cycle of ``--shares`` shares (one winner per round) is played through the services up to its
last round (every round paid, drawn and paid out; some arrears left). Then, on that full ledger:
void the last payout, pay it again, void it and the draw, draw again, pass a share on; the refresh
of the tab with the corrections history; the arrears workbook (openpyxl) and the round recap PDF
(Qt, offscreen). Each correction loads and re-checks the whole ledger, like every use case.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services import arisan, arisan_export, groups  # noqa: E402
from desktop_app.services import arisan_corrections as fix  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.storage import database  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def timed(fn):
    s = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shares", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    n = args.shares
    tmp = Path(tempfile.mkdtemp())
    db = database.connect(tmp / "arisan.db", create=True)
    actor = Actor.local(db, "bench")
    g = groups.save_group(actor, name="Arisan Besar", kind="arisan")
    ms_ = [groups.add_member(actor, g.id, groups.register_outside_person(
        actor, name=f"Anggota {i}", sex="P").id) for i in range(n + 1)]  # fmt: skip
    cycle = arisan.create_cycle(actor, g.id, name="Besar", contribution=100_000,
                                frequency="mingguan", winners_per_round=1, method="undian",
                                cash_fee=5_000, start_date=dt.date(2026, 1, 3),
                                shares={m.id: 1 for m in ms_[:n]})  # fmt: skip
    t0 = time.perf_counter()
    for number in range(1, n + 1):
        rnd = arisan.open_round(actor, cycle.id)
        sheet = arisan.round_sheet(rnd.id)
        paying = sheet[1:] if number == n else sheet  # one share owes the last round
        arisan.record_full_payments(actor, rnd.id, [r.id for r in paying], paid_on=rnd.date)
        draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi")
        winner = json.loads(draw.winners)[0]
        if number < n:
            arisan.record_payout(actor, rnd.id, winner, paid_on=rnd.date, received_by="x")
    print(f"cycle of {n} shares played to round {n} in {time.perf_counter() - t0:.1f} s "
          f"({n * n} contributions)")  # fmt: skip

    arisan.record_payout(actor, rnd.id, winner, paid_on=rnd.date, received_by="Salah orang")
    day = rnd.date
    _, t_void = timed(lambda: fix.void_payout(actor, rnd.id, winner, reason="Salah penerima",
                                              on=day))  # fmt: skip
    _, t_repay = timed(lambda: arisan.record_payout(actor, rnd.id, winner, paid_on=day,
                                                    received_by="Benar"))  # fmt: skip
    fix.void_payout(actor, rnd.id, winner, reason="Undian diulang", on=day)
    _, t_vdraw = timed(lambda: fix.void_draw(actor, rnd.id, reason="Tanpa saksi", on=day))
    _, t_redraw = timed(lambda: arisan.run_draw(actor, rnd.id, witnesses="Ketua; Lurah"))
    share = arisan.round_sheet(rnd.id)[0].share_id
    _, t_transfer = timed(lambda: fix.transfer_share(actor, share, ms_[n].id, on=day,
                                                     reason="Pindah rumah"))  # fmt: skip
    print(f"void payout {ms(t_void)}, pay again {ms(t_repay)}, void draw {ms(t_vdraw)}, "
          f"re-draw {ms(t_redraw)}, pass a share on {ms(t_transfer)}")  # fmt: skip

    tab, hist, xlsx, html_t, pdf = [], [], [], [], []
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts for the PDF
    from desktop_app.ui.pages.groups.recap_pdf import write_pdf

    for _ in range(args.runs):
        view, t = timed(lambda: arisan.tab_view(cycle.id, rnd.id))
        tab.append(t)
        hist.append(timed(lambda view=view: fix.corrections(view.loaded))[1])
        xlsx.append(timed(lambda: arisan_export.export_arrears(cycle.id, tmp / "t.xlsx"))[1])
        page, t = timed(lambda: arisan.round_recap_html(rnd.id))
        html_t.append(t)
        pdf.append(timed(lambda page=page: write_pdf(page, tmp / "r.pdf"))[1])
    med = statistics.median
    print(f"tab refresh (tab_view, one load) {ms(med(tab))} + corrections history from that "
          f"load {ms(med(hist))}")  # fmt: skip
    print(f"arrears workbook {ms(med(xlsx))} ({(tmp / 't.xlsx').stat().st_size // 1024} KB); "
          f"recap: HTML {ms(med(html_t))}, PDF rendering {ms(med(pdf))}")  # fmt: skip
    db.close()
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

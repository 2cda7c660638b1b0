"""Arisan ledger and group page queries.

    python benchmarks/bench_arisan.py [--shares 60] [--runs 5] [--district DB]

1. A large arisan played to the end through the services on a fresh database: ``--shares`` shares
   (one winner per round, so as many rounds), every contribution paid, a draw and a payout each
   round. Reports the time of each use case (each loads and re-checks the whole ledger) and of
   one refresh of the arisan tab (``tab_view``: one load for summary, schedule, arrears, sheet).
2. With ``--district`` (a copy is used), the queries of the group page on the district database:
   the group list and the people search of the add-member dialog.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services import arisan, groups  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.storage import database  # noqa: E402


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def play(shares: int, runs: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    db = database.connect(tmp / "arisan.db", create=True)
    actor = Actor.local(db, "bench")
    g = groups.save_group(actor, name="Arisan Besar", kind="arisan")
    ms = [groups.add_member(actor, g.id, groups.register_outside_person(
        actor, name=f"Anggota {i}", sex="P").id) for i in range(shares)]  # fmt: skip
    cycle = arisan.create_cycle(actor, g.id, name="Besar", contribution=100_000,
                                frequency="mingguan", winners_per_round=1, method="undian",
                                cash_fee=5_000, late_penalty=1_000,
                                start_date=dt.date(2026, 1, 3), shares={m.id: 1 for m in ms})  # fmt: skip
    t_open, t_pay, t_draw, t_out = [], [], [], []
    t0 = time.perf_counter()
    for _ in range(shares):
        s = time.perf_counter()
        rnd = arisan.open_round(actor, cycle.id)
        t_open.append(time.perf_counter() - s)
        for row in arisan.round_sheet(rnd.id):
            s = time.perf_counter()
            arisan.record_payment(actor, row.id, paid=100_000, paid_on=rnd.date)
            t_pay.append(time.perf_counter() - s)
        s = time.perf_counter()
        draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi")
        t_draw.append(time.perf_counter() - s)
        s = time.perf_counter()
        arisan.record_payout(actor, rnd.id, json.loads(draw.winners)[0], paid_on=rnd.date,
                             received_by="x")  # fmt: skip
        t_out.append(time.perf_counter() - s)
    total = time.perf_counter() - t0
    refresh, five = [], []
    for _ in range(runs):
        s = time.perf_counter()
        arisan.tab_view(cycle.id, rnd.id)
        refresh.append(time.perf_counter() - s)
        s = time.perf_counter()
        for fn in (arisan.summary, arisan.schedule, arisan.arrears):
            fn(cycle.id)
        arisan.round_sheet(rnd.id)
        arisan.round_info(rnd.id)
        five.append(time.perf_counter() - s)
    summary = arisan.summary(cycle.id)
    print(f"cycle: {shares} shares x {shares} rounds = {shares * shares} contributions, "
          f"played in {total:.1f} s; cash on hand {summary.cash_on_hand}, status {summary.status}")  # fmt: skip
    print(f"  open round (creates {shares} contributions): {median_ms(t_open)} (last "
          f"{t_open[-1] * 1000:.0f} ms)")  # fmt: skip
    print(f"  record payment: {median_ms(t_pay)} (last round {median_ms(t_pay[-shares:])})")
    print(
        f"  draw: {median_ms(t_draw)}   payout: {median_ms(t_out)} (last {t_out[-1] * 1000:.0f} ms)"
    )
    print(
        f"  arisan tab refresh at the end, tab_view (1 load): {median_ms(refresh)}; "
        f"same figures through 5 separate loads: {median_ms(five)}"
    )
    db.close()
    shutil.rmtree(tmp)


def district(path: Path, runs: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    copy = tmp / "district.db"
    shutil.copy(path, copy)
    db = database.connect(copy, create=False)
    for label, fn in (("group list", groups.list_groups),
                      ("people search 'ma'", lambda: groups.find_people("ma")),
                      ("people search 'yuliana'", lambda: groups.find_people("yuliana"))):  # fmt: skip
        samples = []
        for _ in range(runs):
            s = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - s)
        print(f"district {label}: {median_ms(samples)}")
    db.close()
    shutil.rmtree(tmp)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shares", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--district", type=Path)
    args = parser.parse_args()
    play(args.shares, args.runs)
    if args.district:
        district(args.district, args.runs)


if __name__ == "__main__":
    main()

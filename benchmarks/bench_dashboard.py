"""Beranda refresh on the district-scale database (100,000 people).

    python benchmarks/bench_dashboard.py [DB] [--runs 7]

Times ``services.dashboard.compute`` — every headline figure and all six charts — the way the
page runs it: a fresh worker connection per refresh. Reported separately: the first refresh after
opening (or after any edit: the static person facts and the unfiltered attendance and outcome
results are computed again), a refresh after each kind of filter change, and each part (the
cached parts measured from cold). Works on a copy of the database so a benchmark never
migrates or writes the shared file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import DEFAULT_PATH, build  # noqa: E402
from desktop_app.services import dashboard as d  # noqa: E402
from desktop_app.storage import database  # noqa: E402


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms, best {min(samples) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "district.db"
        shutil.copy(args.db, copy)
        # the copy is brought to the current schema (migration 0050 adds the attendance index)
        db = database.connect(copy, create=False, backup_before_migrate=False)
        f = d.default_filters()
        kel = next(iter(d.kelurahan_names()))
        kel_f = f.with_(kelurahan=kel)
        quarter = d.Filters(d.shift_month(f.start, -2), f.end)
        program = d.program_choices()[0][0]
        variants = {"kelurahan": kel_f, "3 bulan": quarter, "program": f.with_(program=program),
                    "semua (lagi)": f}  # fmt: skip
        cold: list[float] = []
        warm: dict[str, list[float]] = {name: [] for name in variants}
        for _run in range(args.runs):
            d.clear_caches()  # as after opening the app or after an edit
            db.close()
            start = time.perf_counter()
            data = d.compute(f)
            cold.append(time.perf_counter() - start)
            for name, variant in variants.items():
                db.close()  # each refresh runs on a new worker connection
                start = time.perf_counter()
                d.compute(variant)
                warm[name].append(time.perf_counter() - start)
        print(f"people in scope: {data.people}, sessions in {d.period_label(f.start, f.end)}: "
              f"{data.sessions}, outcome indicators: {len(data.outcomes)}")  # fmt: skip
        print(f"first refresh (reads static person facts): {_ms(cold)}")
        for name, samples in warm.items():
            print(f"refresh, filter {name:<14}           {_ms(samples)}")
        out = d.Dashboard(f)
        parts = {
            "static person facts": lambda: (d.clear_caches(), d._static_people()),
            "person figures (facts cached)": lambda: d._person_figures(out, f),
            "time series + attendance": lambda: (d.clear_caches(), d._time_series(out, f)),
            "sessions + services": lambda: d._activity_figures(out, f),
            "outcomes": lambda: (d.clear_caches(), d.outcome_rows(f)),
            "arisan cash": lambda: d.arisan_cash(f),
        }
        for name, fn in parts.items():
            samples = []
            for _ in range(max(3, args.runs // 2)):
                start = time.perf_counter()
                fn()
                samples.append(time.perf_counter() - start)
            print(f"  {name:<30} {_ms(samples)}")
        db.close()


if __name__ == "__main__":
    main()

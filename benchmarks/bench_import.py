"""Import of 100,000 people against the bare floor, each in its own process for peak memory
(``ru_maxrss``).

    python benchmarks/bench_import.py [--people 100000] [--runs 1]
    python benchmarks/bench_import.py --workbook district.xlsx   # any workbook: import, re-import

- **import**: ``services.exchange_import`` as ``berdaya import`` runs it — read (``parse_workbook``:
  safety checks, hash, calamine, header detection, typed values), plan (validation with the domain
  rules, matching, merge decisions) and apply (backup, one transaction: rows, ``record_version``
  snapshots, ``ImportBatch``, one audit entry) — into a new, empty database.
- **re-import**: the same workbook again into that database: every row matched by ID, compared and
  found unchanged (the upsert path; nothing written but the batch and audit entry).
- **floor**: python-calamine reading the same workbook into Python lists, plus ``sqlite3``
  ``executemany`` inserting the same 100,000 rows (all person columns) into a new database with
  the same schema (the search-index triggers included).

The workbook is the reading benchmark's (``benchmarks/out/read_<people>.xlsx``, written by the
exchange writer with every ``Penduduk`` column).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_import(xlsx: Path, db_path: Path) -> dict:
    from desktop_app.services import exchange_import as imp
    from desktop_app.services.context import Actor
    from desktop_app.storage import database

    db = database.connect(db_path, create=True)
    actor = Actor.local(db, "benchmark")
    wall, cpu = time.perf_counter(), _cpu()
    wb = imp.read(xlsx)
    t_read = time.perf_counter() - wall
    plan = imp.preview(db, wb)
    t_plan = time.perf_counter() - wall - t_read
    outcome = imp.apply(db, plan, actor)
    seconds = time.perf_counter() - wall
    cpu = _cpu() - cpu
    db.close()
    return {"seconds": seconds, "cpu": cpu, "read": t_read, "plan": t_plan,
            "apply": seconds - t_read - t_plan, "peak_mb": _rss_mb(), "counts": outcome.counts}  # fmt: skip


def run_floor(xlsx: Path, db_path: Path) -> dict:
    import python_calamine

    from desktop_app.storage import database
    from desktop_app.storage.models import Person

    database.connect(db_path, create=True).close()  # the same schema, made before the clock
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=2")
    cols = [f.column_name for f in Person._meta.sorted_fields]
    wall, cpu = time.perf_counter(), _cpu()
    wb = python_calamine.CalamineWorkbook.from_path(str(xlsx))
    rows = wb.get_sheet_by_name("Penduduk").to_python()[1:]
    width = len(cols)
    now = "2026-11-29 00:00:00"
    data = []
    for r in rows:  # the same number of values per row, as raw as they were read
        vals = list(r[:width]) + [None] * (width - len(r[:width]))
        vals[2] = vals[3] = now  # created_at / updated_at: NOT NULL
        data.append(vals)
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO person ({', '.join(cols)}) VALUES ({', '.join('?' * width)})", data
    )
    conn.execute("COMMIT")
    seconds = time.perf_counter() - wall
    cpu = _cpu() - cpu
    conn.close()
    return {"seconds": seconds, "cpu": cpu, "peak_mb": _rss_mb(), "rows": len(data)}


def run_reimport(xlsx: Path, db_path: Path) -> dict:
    from desktop_app.services import exchange_import as imp
    from desktop_app.services.context import Actor
    from desktop_app.storage import database

    db = database.connect(db_path, create=False)
    actor = Actor.local(db, "benchmark")
    wall, cpu = time.perf_counter(), _cpu()
    plan = imp.preview(db, imp.read(xlsx))
    outcome = imp.apply(db, plan, actor, backup=False)
    seconds = time.perf_counter() - wall
    cpu = _cpu() - cpu
    db.close()
    return {"seconds": seconds, "cpu": cpu, "peak_mb": _rss_mb(), "counts": outcome.counts}


RUNNERS = {"import": run_import, "floor": run_floor, "reimport": run_reimport}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--workbook", type=Path,
                        help="import this workbook (e.g. a district export) instead; no floor")  # fmt: skip
    parser.add_argument("--one", choices=tuple(RUNNERS), help=argparse.SUPPRESS)
    parser.add_argument("--xlsx", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(RUNNERS[args.one](args.xlsx, args.db)))
        return

    from benchmarks.bench_exchange_read import build

    xlsx = args.workbook or OUT / f"read_{args.people}.xlsx"
    if args.workbook and not xlsx.exists():
        parser.error(f"{xlsx} not found")
    if not xlsx.exists():
        build(xlsx, args.people)
    order = ("import", "reimport") if args.workbook else ("floor", "import", "reimport")
    results: dict[str, list[dict]] = {k: [] for k in order}
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        for n in range(args.runs):
            for which in order:
                db = Path(tmp) / (f"floor{n}.db" if which == "floor" else f"import{n}.db")
                proc = subprocess.run(
                    [sys.executable, __file__, "--one", which, "--xlsx", str(xlsx), "--db", str(db)],
                    capture_output=True, text=True, check=True)  # fmt: skip
                results[which].append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(which, results[which][-1], flush=True)
    med = {k: statistics.median(r["seconds"] for r in v) for k, v in results.items()}
    cpu = {k: statistics.median(r["cpu"] for r in v) for k, v in results.items()}
    peak = {k: max(r["peak_mb"] for r in v) for k, v in results.items()}
    print(f"\n{xlsx.name} ({xlsx.stat().st_size / 1e6:.1f} MB)")
    for k in order:
        print(f"{k:9} wall {med[k]:7.1f} s   cpu {cpu[k]:7.1f} s   peak {peak[k]:6.0f} MB")
    if args.workbook:
        return
    print(f"ratio     {med['import'] / med['floor']:7.2f}× wall, {cpu['import'] / cpu['floor']:.2f}× "
          "cpu  (target ≤ 2×; memory target < 500 MB)")  # fmt: skip


if __name__ == "__main__":
    main()

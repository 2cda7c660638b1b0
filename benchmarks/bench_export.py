"""Export of the 100,000-person database against the bare floor, each in its own process for peak
memory (``ru_maxrss``), alternating, median of ``--runs``.

    python benchmarks/bench_export.py [--people 100000] [--runs 2]

- **export**: ``services.exchange_export.export`` on a copy of the district database (from
  ``benchmarks/generate.py``): every sheet, lookups (NIK/Nama Penduduk…), formats, quotePrefix
  checks, drop-downs, Petunjuk, _meta, atomic rename, export mark and audit entry.
- **bare**: the same cells (taken from the export's own row stream, already converted to their
  final Python types before the clock starts) written with the fastest bare writer, XlsxWriter in
  constant-memory mode with typed ``write_string``/``write_number``/``write_datetime`` calls and no
  formats. Its peak memory includes the cells it holds; the time is the writing alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
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


def run_export(db_path: Path, out: Path) -> dict:
    from desktop_app.services.context import Actor
    from desktop_app.services.exchange_export import export
    from desktop_app.storage import database

    db = database.connect(db_path, create=False)
    actor = Actor.local(db, "benchmark")
    start = time.perf_counter()
    result = export(db, out, actor)
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": seconds, "peak_mb": _rss_mb(), "rows": result.total,
            "cells": _cells(result.counts), "bytes": out.stat().st_size}  # fmt: skip


def _cells(counts: dict[str, int]) -> int:
    from desktop_app.exchange import format as f

    return sum(len(f.SHEET_BY_NAME[name].columns) * n for name, n in counts.items())


def run_bare(db_path: Path, out: Path) -> dict:
    import xlsxwriter

    from desktop_app.exchange import format as f
    from desktop_app.services.exchange_export import _Lookups, _sheet_rows
    from desktop_app.storage import database
    from desktop_app.storage.database import kelurahan_names

    db = database.connect(db_path, create=False)
    names = kelurahan_names()
    lookups = _Lookups(db)
    sheets = []
    for spec in f.SHEETS:  # the same cells, in their final types, before the clock starts
        rows = []
        for raw in _sheet_rows(db, spec, None, lookups):
            row = []
            for col, value in zip(spec.columns, raw, strict=True):
                if value is None or value == "":
                    row.append(None)
                elif col.kind in (f.DATE, f.DATETIME) and isinstance(value, str):
                    row.append(dt.datetime.fromisoformat(value))
                elif col.kind == f.BOOL:
                    row.append(f.TRUE_TEXT if value else f.FALSE_TEXT)
                elif col.kind == f.STATUS:
                    row.append(f.STATUS_DELETE)
                elif col.kind == f.KELURAHAN:
                    row.append(names.get(value, value))
                elif col.kind == f.CODE and not col.write_codes:
                    row.append(col.encode_code(value))
                else:
                    row.append(value)
            rows.append(row)
        sheets.append((spec, rows))
    db.close()
    start = time.perf_counter()
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    for spec, rows in sheets:
        ws = wb.add_worksheet(spec.name)
        ws.write_row(0, 0, spec.headers)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                elif isinstance(value, (dt.date, dt.datetime)):
                    ws.write_datetime(r, c, value)
                else:
                    ws.write_number(r, c, value)
    wb.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _rss_mb(), "rows": sum(len(r) for _s, r in sheets),
            "bytes": out.stat().st_size}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--one", choices=("export", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        fn = run_export if args.one == "export" else run_bare
        print(json.dumps(fn(args.db, args.out)))
        return

    from benchmarks.generate import DEFAULT_PATH, build

    source = DEFAULT_PATH if args.people == 100_000 else OUT / f"district_{args.people}.db"
    build(source, args.people)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        db_copy = Path(tmp) / "export.db"
        shutil.copy(source, db_copy)  # the export writes a mark and an audit entry
        results: dict[str, list[dict]] = {"export": [], "bare": []}
        for _ in range(args.runs):
            for which in ("bare", "export"):
                out = Path(tmp) / f"{which}.xlsx"
                proc = subprocess.run(
                    [sys.executable, __file__, "--one", which, "--db", str(db_copy), "--out", str(out)],
                    capture_output=True, text=True, check=True)  # fmt: skip
                results[which].append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(which, results[which][-1], flush=True)
    export_s = statistics.median(r["seconds"] for r in results["export"])
    bare_s = statistics.median(r["seconds"] for r in results["bare"])
    export_mb = max(r["peak_mb"] for r in results["export"])
    bare_mb = max(r["peak_mb"] for r in results["bare"])
    first = results["export"][0]
    print(f"\n{first['rows']:,} rows, {first['cells']:,} cells, {first['bytes'] / 1e6:.1f} MB file")
    print(f"export  {export_s:7.1f} s   peak {export_mb:6.0f} MB")
    print(f"bare    {bare_s:7.1f} s   peak {bare_mb:6.0f} MB (holds the cells in memory)")
    print(f"ratio   {export_s / bare_s:7.2f}×  (target ≤ 1.5×; memory target < 500 MB)")


if __name__ == "__main__":
    main()

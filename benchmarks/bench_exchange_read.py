"""Reading side of the import: ``parse_workbook`` on a 100,000-person exchange workbook against the
bare floor (python-calamine iterating the same cells), each in its own process for peak memory.

    python benchmarks/bench_exchange_read.py [--people 100000]

The workbook (all Penduduk columns, values like the demo's) is written once with the exchange
writer to ``benchmarks/out/read_<people>.xlsx`` and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"


def build(path: Path, people: int) -> None:
    from desktop_app.domain import codes
    from desktop_app.domain.nik import build_nik
    from desktop_app.domain.wilayah import kelurahan_list
    from desktop_app.exchange import format as f
    from desktop_app.exchange.writer import write_workbook

    rng = random.Random(7)
    kels = kelurahan_list()
    names = ["Maria", "Yohanis", "Ruth", "Petrus", "Ester", "Daniel", "Naomi", "Simon", "Dorkas"]
    family = ["Tefa", "Ndoen", "Ratu", "Mooy", "Bessie", "Lado", "Kana", "Pello", "Nalle"]

    def rows():
        for i in range(people):
            sex = rng.choice("LP")
            birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(30000))
            kel = rng.choice(kels)
            values = {
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
                "version": rng.randint(1, 4),
                "nik": build_nik("537101", birth, sex, i % 9999 + 1),
                "household": None,
                "name": f"{rng.choice(names)} {rng.choice(family)}",
                "sex": sex,
                "birth_place": "Kupang",
                "birth_date": birth,
                "relationship": rng.choice(list(codes.SHDK)),
                "marital_status": rng.choice(list(codes.MARITAL)),
                "religion": rng.choice(list(codes.RELIGION)),
                "education": rng.choice(list(codes.EDUCATION)),
                "occupation": "Petani",
                "phone": f"08{rng.randrange(10**9, 10**10)}",
                "kelurahan": kel.code,
                "rw": f"{rng.randint(1, 9):03d}",
                "rt": f"{rng.randint(1, 30):03d}",
                "address": f"Jl. Alak No. {i % 300}",
                "has_ktp": rng.random() < 0.8,
                "wg_seeing": rng.choice([1, 1, 1, 2, 3, None]),
                "wg_walking": rng.choice([1, 1, 2, 4, None]),
                "consent_given": True,
                "consent_date": dt.date(2026, 1, 5),
                "consent_method": "tanda_tangan",
            }
            out = []
            for col in f.PENDUDUK.columns:
                if col.kind == f.LOOKUP:
                    out.append("5371011203900001" if col.attr == "no_kk" else None)
                else:
                    out.append(values.get(col.field) if col.field else None)
            yield out

    write_workbook(path, [(f.PENDUDUK, rows())], f.Meta(device_id="bench", facilitator="bench"),
                   kelurahan_names={k.code: k.name for k in kels})  # fmt: skip


def _floor(path: str) -> dict:
    from python_calamine import CalamineWorkbook

    start, cpu = time.perf_counter(), time.process_time()
    book = CalamineWorkbook.from_path(path)
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            cells += len(row)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "cells": cells,
    }


def _parse(path: str) -> dict:
    from desktop_app.exchange.parse import parse_workbook

    start, cpu = time.perf_counter(), time.process_time()
    wb = parse_workbook(path)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "records": len(wb.records),
            "rejected": sum(r.rejected for r in wb.records)}  # fmt: skip


def _child(kind: str, path: str) -> None:
    import resource

    result = {"floor": _floor, "parse": _parse}[kind](path)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    OUT.mkdir(exist_ok=True)
    path = OUT / f"read_{args.people}.xlsx"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.people)
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s")
    results = {}
    for kind in ("floor", "parse"):
        proc = subprocess.run([sys.executable, __file__, "--child", kind, str(path)],
                              capture_output=True, text=True, check=True)  # fmt: skip
        results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
    floor, parse = results["floor"], results["parse"]
    print(f"file: {path.stat().st_size / 1e6:.1f} MB, {floor['cells']:,} cells")
    print(
        f"calamine floor: {floor['seconds']:.1f} s wall, {floor['cpu']:.1f} s CPU, "
        f"peak {floor['peak_mb']:.0f} MB"
    )
    print(
        f"parse_workbook: {parse['seconds']:.1f} s wall, {parse['cpu']:.1f} s CPU, "
        f"peak {parse['peak_mb']:.0f} MB, {parse['records']:,} records, "
        f"{parse['rejected']} rejected, {parse['cpu'] / floor['cpu']:.2f}x the floor (CPU)"
    )


if __name__ == "__main__":
    main()

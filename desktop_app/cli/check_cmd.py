"""``berdaya check [--json]``: integrity check and record counts."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import open_db, print_json
from desktop_app.services.stats import COUNTED, check

LABELS = {
    "people": "Penduduk",
    "households": "Keluarga",
    "programs": "Program",
    "enrollments": "Peserta program",
    "activities": "Kegiatan",
    "attendance": "Kehadiran",
    "services": "Layanan",
    "outcomes": "Capaian",
    "groups": "Kelompok",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="periksa keutuhan database dan hitung catatan")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        result = check(db)
    finally:
        db.close()
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"Keutuhan database: {result.integrity}")
        print(f"Versi skema: {result.schema_version}")
        for key in COUNTED:
            print(f"{LABELS[key]:<16} {result.counts[key]:>8}")
    return 0 if result.ok else 1

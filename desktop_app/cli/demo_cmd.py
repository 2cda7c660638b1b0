"""``berdaya demo [--people N]``: fill a new database with realistic demo data."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import CliError, db_path, open_db
from desktop_app.services.context import Actor
from desktop_app.services.demo import DEFAULT_PEOPLE, DemoError, generate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="isi database baru dengan data demo")
    p.add_argument("--people", type=int, default=DEFAULT_PEOPLE, metavar="N",
                   help=f"jumlah penduduk (bawaan {DEFAULT_PEOPLE})")  # fmt: skip
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    try:
        summary = generate(db, Actor.local(db, "demo"), people=args.people, seed=args.seed)
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(
        f"Data demo dibuat di {db_path(args)}: {summary.people} penduduk, "
        f"{summary.households} keluarga, {summary.programs} program, "
        f"{summary.activities} kegiatan, {summary.attendance} catatan kehadiran."
    )
    return 0

"""``berdaya backup OUT``: a verified backup to a folder (a USB stick) or an exact ``.db`` file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import db_path
from desktop_app.cli.session import open_signed_in
from desktop_app.services import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help="buat cadangan database (terverifikasi) ke folder atau berkas"
    )
    p.add_argument("out", metavar="TUJUAN", help="folder tujuan, atau nama berkas .db")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_signed_in(args, create=False, action="backup") as (db, actor):
        target = backup.manual_backup(db, db_path(args), Path(args.out), actor)
    print(f"Cadangan tersimpan dan terverifikasi: {target}")
    return 0

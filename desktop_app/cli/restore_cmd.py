"""``berdaya restore IN``: replace the database with a backup, after backing up the current state.

Asks for confirmation on a terminal (``--ya`` for scripts). Refused while the app is open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import CliError, db_path
from desktop_app.cli.session import open_signed_in
from desktop_app.services import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore", help="pulihkan database dari cadangan (keadaan kini dicadangkan dulu)"
    )
    p.add_argument("source", metavar="CADANGAN", help="berkas cadangan .db")
    p.add_argument("--ya", "--yes", dest="yes", action="store_true", help="jangan tanya konfirmasi")
    p.set_defaults(handler=run)


def _confirm(source: Path, target: Path) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            "Pemulihan mengganti seluruh isi database: tambahkan --ya untuk melanjutkan."
        )
    answer = input(
        f"Isi {target} akan diganti dengan cadangan {source}.\n"
        "Keadaan sekarang dicadangkan dulu. Lanjutkan? [y/N] "
    )
    return answer.strip().lower() in {"y", "ya", "yes"}


def run(args: argparse.Namespace) -> int:
    source = Path(args.source).expanduser()
    backup.check_backup(source)
    target = db_path(args)
    with open_signed_in(args, create=False, action="restore") as (db, actor):
        if not args.yes and not _confirm(source, target):
            print("Dibatalkan; database tidak berubah.")
            return 1
        before = backup.restore(db, target, source, actor)
    print(f"Database dipulihkan dari {source}.")
    print(f"Keadaan sebelumnya disimpan di {before}")
    return 0

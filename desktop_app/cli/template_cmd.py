"""``berdaya template OUT.xlsx``: an empty exchange workbook for offices to fill."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import CliError
from desktop_app.services.exchange_export import write_template


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help="buat templat Excel kosong untuk diisi kantor")
    p.add_argument("out", metavar="OUT.xlsx", help="berkas tujuan (ditimpa bila sudah ada)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        write_template(args.out)  # needs no database
    except OSError as exc:
        raise CliError(f"Tidak dapat menulis {args.out}: {exc.strerror or exc}") from exc
    print(f"Templat kosong ditulis ke {args.out}.")
    return 0

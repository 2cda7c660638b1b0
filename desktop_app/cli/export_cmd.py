"""``berdaya export OUT.xlsx``: write the exchange workbook for the district office."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import CliError, open_db, print_json, workbook_password
from desktop_app.exchange import crypto
from desktop_app.services.context import Actor
from desktop_app.services.exchange_export import (
    DEFAULT_OFFICE,
    ExportError,
    ExportOptions,
    export,
)

ENV_PASSWORD = "BERDAYA_EXPORT_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="ekspor buku kerja Excel untuk kantor")
    p.add_argument("out", metavar="OUT.xlsx", help="berkas tujuan (ditimpa bila sudah ada)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--kelurahan", metavar="NAMA", help="hanya satu kelurahan")
    scope.add_argument("--program", metavar="NAMA", help="hanya satu program (nama atau ID)")
    p.add_argument("--changed-since-last", action="store_true",
                   help="hanya yang berubah sejak ekspor terakhir ke kantor ini")  # fmt: skip
    p.add_argument("--office", metavar="NAMA", default=DEFAULT_OFFICE,
                   help=f"kantor tujuan, untuk --changed-since-last (bawaan: {DEFAULT_OFFICE})")
    p.add_argument("--mask", action="store_true",
                   help="samarkan NIK, No KK dan No HP (buku kerja hanya untuk dibaca)")  # fmt: skip
    p.add_argument("--hanya-persetujuan", dest="consented_only", action="store_true",
                   help="tinggalkan penduduk yang belum memberi persetujuan penggunaan data")  # fmt: skip
    p.add_argument("--kata-sandi", dest="encrypt", action="store_true",
                   help=f"lindungi buku kerja dengan kata sandi (ditanya, atau {ENV_PASSWORD})")  # fmt: skip
    p.add_argument("--json", action="store_true", help="cetak jumlah baris per lembar (JSON)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    password = None
    if args.encrypt:
        password = workbook_password(ENV_PASSWORD, confirm=True,
                                     refused="Kata sandi tidak sama; tidak ada yang diekspor.")
    db = open_db(args, create=False, action="export")
    try:
        options = ExportOptions(kelurahan=args.kelurahan, program=args.program,
                                changed_since_last=args.changed_since_last, office=args.office,
                                mask=args.mask, consented_only=args.consented_only,
                                password=password)  # fmt: skip
        try:
            result = export(db, args.out, getattr(args, "actor", None) or Actor.local(db), options)
        except (ExportError, crypto.WorkbookCryptoError) as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise CliError(f"Tidak dapat menulis {args.out}: {exc.strerror or exc}") from exc
    finally:
        db.close()
    if args.json:
        print_json(result.counts)
    else:
        print(f"Diekspor ke {result.path}: {result.total} baris ({result.scope}).")
        if password is not None:
            print("  Buku kerja dilindungi kata sandi; kirim kata sandinya lewat jalur lain.")
        for sheet, count in result.counts.items():
            if count:
                print(f"  {sheet:<22} {count:>8}")
    return 0

"""``berdaya import FILE [FILE ...] [--dry-run] [--strict] [--mapping FILE] [--report OUT.xlsx] [--json]``.

Exit status: 0 every row accepted; 3 some rows rejected (the rest applied unless ``--strict``);
4 conflicts wait for a person; 1 a file could not be read at all (nothing written); 2 wrong usage.
All files are read before anything is written. ``--dry-run`` reports the same figures and writes
nothing (not even a new database file). Importing into a database file that does not exist yet
creates it: a new laptop receiving its first workbook from the office.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import db_path, fail, print_json, workbook_password
from desktop_app.cli.session import open_signed_in
from desktop_app.exchange.types import ExchangeFileError
from desktop_app.services import exchange_import as imp
from desktop_app.services.context import Actor
from desktop_app.storage import database

LABELS = (("created", "baru"), ("updated", "diperbarui"), ("unchanged", "tetap"),
          ("conflicts", "konflik"), ("rejected", "ditolak"), ("deleted", "dihapus"),
          ("warnings", "peringatan"))  # fmt: skip
MAX_LINES = 50
USAGE = 2  # exit status for wrong usage
ENV_PASSWORD = "BERDAYA_WORKBOOK_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="impor buku kerja Excel (pertukaran atau daftar kantor)")
    p.add_argument("files", nargs="+", metavar="BERKAS", help="berkas .xlsx/.xlsm/.xls/.ods")
    p.add_argument("--dry-run", action="store_true", help="hanya pratinjau: tidak menulis apa pun")
    p.add_argument("--strict", action="store_true",
                   help="semua atau tidak sama sekali: bila ada baris ditolak, tidak ada yang disimpan")  # fmt: skip
    p.add_argument("--mapping", metavar="BERKAS", help="pemetaan kolom yang disimpan (JSON)")
    p.add_argument("--report", metavar="OUT.xlsx",
                   help="simpan baris yang ditolak ke buku kerja dengan kolom Kesalahan")  # fmt: skip
    p.add_argument("--kata-sandi", dest="password", action="store_true",
                   help=f"buku kerja dilindungi kata sandi (ditanya, atau {ENV_PASSWORD})")  # fmt: skip
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the reading side and openpyxl are not needed by other commands.
    from desktop_app.exchange import mapping as mapping_mod
    from desktop_app.exchange.error_workbook import write_error_workbook

    mapping = None
    if args.mapping:
        mapping = Path(args.mapping).expanduser()
        if not mapping.is_file():
            return fail(f"Berkas pemetaan tidak ditemukan: {mapping}", USAGE)
        try:
            mapping = mapping_mod.load(mapping)
        except ExchangeFileError as exc:
            return fail(str(exc), USAGE)
    if args.report and not str(args.report).lower().endswith(".xlsx"):
        return fail("Laporan kesalahan harus berkas .xlsx.", USAGE)
    password = workbook_password(ENV_PASSWORD, confirm=False, refused="") if args.password else None
    workbooks, unreadable = imp.read_all([Path(f).expanduser() for f in args.files], mapping,
                                         password=password)  # fmt: skip
    if unreadable:
        result = imp.ImportResult(unreadable=unreadable)
        _print(args, result)
        return result.exit_code
    if args.dry_run and not db_path(args).exists():
        db = database.connect(":memory:")  # a dry run never creates the file
        try:
            result = imp.import_workbooks(db, workbooks, Actor.local(db, None), dry_run=True,
                                          strict=args.strict)  # fmt: skip
        finally:
            db.close()
    else:
        action = "read" if args.dry_run else "import"
        with open_signed_in(args, create=not args.dry_run, action=action) as (db, actor):
            result = imp.import_workbooks(db, workbooks, actor, dry_run=args.dry_run,
                                          strict=args.strict)  # fmt: skip
    if args.report:
        write_error_workbook(result.plans, Path(args.report).expanduser())
    _print(args, result)
    return result.exit_code


def _print(args: argparse.Namespace, result: imp.ImportResult) -> None:
    if args.json:
        print_json(result.as_dict())
        return
    for name, message in result.unreadable:
        print(f"{name}: tidak dapat dibaca — {message}")
    for p in result.plans:
        counts = p.counts()
        print(f"{p.file_name}: " + ", ".join(f"{counts[k]} {label}" for k, label in LABELS))
    lines = [f for f in result.findings() if f["row"] is not None or f["sheet"]]
    for f in lines[:MAX_LINES]:
        where = f"{f['sheet']} baris {f['row']}" if f["row"] else f["sheet"]
        col = f", kolom {f['column']}" if f["column"] else ""
        kind = "kesalahan" if f["severity"] == "error" else "peringatan"
        print(f"  [{kind}] {f['file']} {where}{col}: {f['message']}")
    if len(lines) > MAX_LINES:
        print(f"  … dan {len(lines) - MAX_LINES} lagi (pakai --json atau --report).")
    if args.dry_run:
        print("Pratinjau saja: database tidak diubah.")
    elif result.status == imp.REFUSED:
        print("Mode --strict: ada baris ditolak, tidak ada yang disimpan.")
    if result.counts()["conflicts"]:
        print("Ada konflik yang menunggu keputusan: buka Impor/Ekspor › Konflik di aplikasi.")

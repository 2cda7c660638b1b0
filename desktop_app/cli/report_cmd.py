"""``berdaya report monthly|program|kelurahan … OUT.pdf|OUT.xlsx``: reports for batch use.

The output's kind follows its extension. Excel is written with openpyxl; PDF is laid out by Qt
(``ui/report_pdf.py``), which is imported only in the PDF branch so the other commands stay free
of Qt. A month without activity still gives a report that says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import CliError, open_db
from desktop_app.domain.wilayah import find_kelurahan
from desktop_app.services.dashboard import parse_month
from desktop_app.services.reports import excel, kelurahan, monthly, program
from desktop_app.services.reports.model import Report

KINDS = (".pdf", ".xlsx")


def _out_path(text: str) -> Path:
    """The output file; a wrong extension is a usage error (exit 2), found by argparse."""
    path = Path(text).expanduser()
    if path.suffix.lower() not in KINDS:
        raise argparse.ArgumentTypeError(
            f"jenis berkas keluaran harus .pdf atau .xlsx, bukan {path.name!r}"
        )
    return path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="buat laporan (PDF atau Excel)")
    kinds = p.add_subparsers(dest="report_kind", metavar="JENIS", required=True,
                             parser_class=type(p))  # fmt: skip
    m = kinds.add_parser("monthly", help="Laporan Bulanan fasilitator")
    m.add_argument("--month", required=True, metavar="TTTT-BB", help="bulan laporan, mis. 2026-10")
    m.add_argument("--kelurahan", metavar="NAMA", help="satu kelurahan (bawaan: semua)")
    m.add_argument("--fasilitator", metavar="NAMA", help="nama fasilitator di kepala laporan")
    m.add_argument("out", metavar="OUT.pdf|OUT.xlsx", type=_out_path)
    m.set_defaults(handler=run)
    pr = kinds.add_parser("program", help="laporan satu program")
    pr.add_argument("--program", required=True, metavar="NAMA", help="nama program")
    pr.add_argument("--nik-lengkap", action="store_true",
                    help="tampilkan NIK lengkap (bawaan: disamarkan)")  # fmt: skip
    pr.add_argument("out", metavar="OUT.pdf|OUT.xlsx", type=_out_path)
    pr.set_defaults(handler=run)
    k = kinds.add_parser("kelurahan", help="profil satu kelurahan")
    k.add_argument("--kelurahan", required=True, metavar="NAMA")
    k.add_argument("--month", metavar="TTTT-BB", help="bulan untuk angka program")
    k.add_argument("out", metavar="OUT.pdf|OUT.xlsx", type=_out_path)
    k.set_defaults(handler=run)


def _kelurahan_code(name: str | None) -> str | None:
    if not name:
        return None
    found = find_kelurahan(name)
    if found is None:
        raise CliError(f"kelurahan tidak dikenal di Kecamatan Alak: {name!r}")
    return found.code


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if not out.parent.exists():
        raise CliError(f"folder keluaran tidak ada: {out.parent}")
    month = getattr(args, "month", None)
    if month:
        try:
            parse_month(month)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    kel = _kelurahan_code(getattr(args, "kelurahan", None))
    db = open_db(args, create=False)
    try:
        report = _build(args, month, kel)
    finally:
        db.close()
    if suffix == ".xlsx":
        excel.write(report, out)
    else:
        from desktop_app.ui.report_pdf import write_pdf  # Qt only for PDF

        write_pdf(report, out)
    print(f"{report.title} disimpan: {out}")
    if report.empty_message:
        print(report.empty_message)
    return 0


def _build(args: argparse.Namespace, month: str | None, kel: str | None) -> Report:
    if args.report_kind == "monthly":
        return monthly.build(month or "", kel, facilitator=args.fasilitator)
    if args.report_kind == "program":
        try:
            found = program.find_program(args.program)
        except program.UnknownProgram as exc:
            raise CliError(str(exc)) from exc
        return program.build(found.id, show_nik=args.nik_lengkap)
    return kelurahan.build(kel or "", month)

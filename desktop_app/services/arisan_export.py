"""The arrears report of an arisan cycle as an Excel workbook (openpyxl), for the treasurer to print
or share: one sheet per member (totals), one with every unpaid contribution, round by round.

Long work: takes ``progress(done, total, text)``; a cancel (or any failure) leaves no file behind,
and an existing file of that name is only replaced once the new one is complete.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_app.domain.formatting import format_date, format_rupiah
from desktop_app.services.arisan import _member_names, arrears, load, summary
from desktop_app.services.groups import get_group
from desktop_app.services.progress import Progress, no_progress

MONEY = '#,##0;-#,##0;"-"'
HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
BOLD = Font(bold=True)


def _header(ws, row: int, titles: list[str], widths: list[int]) -> None:
    for col, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=title)
        cell.font, cell.fill = BOLD, HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = width


def export_arrears(cycle_id: str, path: Path | str, progress: Progress = no_progress,
                   today: dt.date | None = None) -> Path:  # fmt: skip
    """Write the arrears report of ``cycle_id`` to ``path`` (.xlsx); returns the path."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        _write(cycle_id, tmp, progress, today or dt.date.today())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _write(cycle_id: str, tmp: Path, progress: Progress, today: dt.date) -> None:
    loaded = load(cycle_id)
    led = loaded.ledger
    s = summary(loaded)
    group = get_group(loaded.cycle.group_id)
    rows = arrears(loaded)
    names = _member_names(loaded)
    unpaid = [(rnd, sh, rnd.contributions[sh.id]) for rnd in led.rounds
              for sh in sorted(led.shares.values(), key=lambda x: x.number)
              if rnd.contributions[sh.id].outstanding > 0]  # fmt: skip
    total = len(rows) + len(unpaid) + 1
    done = 0
    progress(done, total, "Menyiapkan laporan tunggakan…")

    wb = Workbook()
    ws = wb.active
    ws.title = "Tunggakan"
    ws["A1"] = f"Laporan Tunggakan Arisan — {group.name}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"{s.name} · iuran {format_rupiah(s.contribution)} per bagian · "
                f"{s.rounds_opened} dari {s.rounds_total} putaran dibuka · dicetak "
                f"{format_date(today)}")  # fmt: skip
    ws["A3"] = ("Tunggakan dihitung dari putaran yang sudah dibuka, termasuk anggota yang sudah "
                "menerima arisan. Bagian yang dialihkan: tunggakan putaran sebelumnya tetap "
                "tercatat pada anggota semula. Jumlah dalam Rupiah.")  # fmt: skip
    titles = ["Anggota", "Bagian", "Iuran jatuh tempo", "Dibayar", "Denda", "Tunggakan",
              "Sudah menang"]  # fmt: skip
    _header(ws, 5, titles, [30, 8, 16, 14, 12, 14, 16])
    r = 5
    for row in rows:
        r += 1
        values = [row.name, row.shares, row.due, row.paid, row.penalties, row.arrears, row.won]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            if 3 <= col <= 6:
                cell.number_format = MONEY
        done += 1
        progress(done, total, f"Anggota {done} dari {len(rows)}")
    r += 1
    ws.cell(row=r, column=1, value="Jumlah").font = BOLD
    for col, attr in ((3, "due"), (4, "paid"), (5, "penalties"), (6, "arrears")):
        cell = ws.cell(row=r, column=col, value=sum(getattr(x, attr) for x in rows))
        cell.number_format, cell.font = MONEY, BOLD
    r += 2
    for label, value in (("Setoran terkumpul", s.collected), ("Denda terkumpul", s.penalties),
                         ("Sudah dibayarkan kepada pemenang", s.paid_out),
                         ("Kas di tangan", s.cash_on_hand)):  # fmt: skip
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=6, value=value).number_format = MONEY
        r += 1
    ws.cell(row=r - 1, column=1).font = BOLD
    ws.freeze_panes = "A6"

    detail = wb.create_sheet("Rincian per putaran")
    _header(detail, 1, ["Putaran", "Tanggal", "Anggota", "No. bagian", "Iuran", "Dibayar",
                        "Tunggakan"], [9, 12, 30, 10, 14, 14, 14])  # fmt: skip
    for i, (rnd, sh, c) in enumerate(unpaid, start=2):
        values = [rnd.number, rnd.date, names.get(sh.holder_at(rnd.number), "?"), sh.number,
                  c.due, c.paid, c.outstanding]  # fmt: skip
        for col, value in enumerate(values, start=1):
            cell = detail.cell(row=i, column=col, value=value)
            if col == 2:
                cell.number_format = "DD/MM/YYYY"
            elif col >= 5:
                cell.number_format = MONEY
        done += 1
        if done % 50 == 0 or done == total - 1:
            progress(done, total, f"Rincian {i - 1} dari {len(unpaid)}")
    detail.freeze_panes = "A2"
    progress(total - 1, total, "Menyimpan berkas…")
    wb.save(tmp)
    progress(total, total, "Selesai")

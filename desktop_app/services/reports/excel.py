"""A report as an Excel workbook (openpyxl): a cover sheet, then one sheet per table.

Numbers stay numbers (Rupiah with a ``Rp`` number format, shares as percentages) so the district
office can add them up; the header block repeats on every sheet so a printed sheet is complete.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_app.services.reports.model import Money, Percent, Report, Table

RUPIAH_FORMAT = '"Rp" #,##0'
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "dd/mm/yyyy"
_BAD = re.compile(r"[\[\]:*?/\\]")
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD.sub("", title)[:28].strip() or "Tabel"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:26]} {n}"
        n += 1
    used.add(name.lower())
    return name


def _header(ws, report: Report) -> int:
    ws.cell(1, 1, report.title).font = Font(bold=True, size=14)
    row = 2
    for key, value in report.header:
        ws.cell(row, 1, key).font = Font(bold=True)
        ws.cell(row, 2, value)
        row += 1
    if report.empty_message:
        ws.cell(row, 1, report.empty_message).font = Font(italic=True, color="9C0006")
        row += 1
    return row + 1


def _write_table(ws, table: Table, row: int) -> int:
    ws.cell(row, 1, table.title).font = Font(bold=True, size=12)
    row += 1
    if table.note:
        ws.cell(row, 1, table.note).font = Font(italic=True)
        row += 1
    for c, text in enumerate(table.headers, start=1):
        cell = ws.cell(row, c, text)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    row += 1
    for r_index, values in enumerate(table.rows):
        bold = table.total_row and r_index == len(table.rows) - 1
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row, c)
            if isinstance(value, Money):
                cell.value = int(value)
                cell.number_format = RUPIAH_FORMAT
            elif isinstance(value, Percent):
                cell.value = float(value)
                cell.number_format = PERCENT_FORMAT
            elif isinstance(value, dt.date):
                cell.value = value
                cell.number_format = DATE_FORMAT
            else:
                cell.value = value
            if bold:
                cell.font = Font(bold=True)
        row += 1
    return row + 1


def write(report: Report, path: Path | str) -> Path:
    """Write the workbook next to ``path`` and move it in place (no half-written file)."""
    path = Path(path)
    wb = Workbook()
    cover = wb.active
    cover.title = "Ringkasan"
    used = {"ringkasan"}
    row = _header(cover, report)
    first, rest = (report.tables[0], report.tables[1:]) if report.tables else (None, [])
    if first is not None:
        _write_table(cover, first, row)
    for table in rest:
        ws = wb.create_sheet(_sheet_name(table.sheet or table.title, used))
        _write_table(ws, table, _header(ws, report))
    for ws in wb.worksheets:
        ws.column_dimensions["A"].width = 42
        for col in range(2, ws.max_column + 1):
            ws.column_dimensions[get_column_letter(col)].width = 16
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent if path.parent.exists() else None)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

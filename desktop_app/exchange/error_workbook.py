"""The error workbook: rejected rows in their original layout, plus a ``Kesalahan`` column.

The office fixes the rows and sends the file back; the header sits on the same row as in the
file they sent (title rows above it stay blank), columns keep their order and headers, and each
row says what was wrong in Indonesian. Values that look like formulas are written as text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from desktop_app.exchange.apply import ImportPlan
from desktop_app.exchange.types import ERROR, SheetLayout

ERROR_HEADER = "Kesalahan"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = {i for i in range(32) if i not in (9, 10, 13)}


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(ch for ch in value if ord(ch) not in _ILLEGAL)
    return value


def _sheet_title(name: str, taken: set[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Lembar"
    title, n = base, 1
    while title in taken:
        n += 1
        title = f"{base[:28]}~{n}"
    taken.add(title)
    return title


def write_error_workbook(plans: Sequence[ImportPlan], out: Path | str) -> int:
    """Write every rejected row of ``plans`` to ``out``; returns the number of rows written."""
    out = Path(out)
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    red = PatternFill("solid", fgColor="FFF2CC")
    written = 0
    several = len(plans) > 1
    for import_plan in plans:
        layouts = {s.name: s for s in import_plan.workbook.sheets}
        by_sheet: dict[str, list] = {}
        for row in import_plan.rejected:
            by_sheet.setdefault(row.incoming.sheet, []).append(row)
        for sheet_name, rows in by_sheet.items():
            layout = layouts.get(sheet_name) or SheetLayout(sheet_name, 1, [], None)
            title = f"{import_plan.workbook.path.stem[:12]}-{sheet_name}" if several else sheet_name
            ws = wb.create_sheet(_sheet_title(title, taken))
            header_row = max(1, layout.header_row)
            width = max([len(layout.headers)] + [len(r.incoming.raw) for r in rows])
            headers = list(layout.headers) + [""] * (width - len(layout.headers))
            for col, text in enumerate([*headers, ERROR_HEADER], start=1):
                cell = ws.cell(row=header_row, column=col, value=_clean(text))
                cell.font = bold
            ws.column_dimensions[ws.cell(row=header_row, column=width + 1).column_letter].width = 60
            for i, row in enumerate(sorted(rows, key=lambda r: r.incoming.row), start=1):
                r = header_row + i
                for col, value in enumerate(row.incoming.raw, start=1):
                    _write_value(ws.cell(row=r, column=col), value)
                messages = [
                    (f"{f.column}: " if f.column else "") + f.message
                    for f in row.incoming.findings
                    if f.severity == ERROR
                ]
                cell = ws.cell(row=r, column=width + 1, value=_clean("; ".join(messages)))
                cell.fill = red
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                written += 1
            ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if not wb.sheetnames:
        ws = wb.create_sheet("Kesalahan")
        ws["A1"] = "Tidak ada baris yang ditolak."
    tmp = out.with_name(out.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, out)
    return written


def _write_value(cell: Any, value: Any) -> None:
    value = _clean(value)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, even when it starts with "="
        cell.number_format = "@"
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    elif isinstance(value, (dt.date, dt.datetime)):
        cell.value = value
        cell.number_format = "dd/mm/yyyy"
    else:
        cell.value = value

"""What a report is, independent of its output: a title, header lines and tables of typed cells.

The PDF (Qt, in ``ui/report_pdf.py``) and the workbook (openpyxl, ``reports/excel.py``) both render
this structure, so the two never disagree.  Cells are plain values; ``Money`` and ``Percent`` mark
the two kinds that need their own presentation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.domain.formatting import format_date, format_number, format_percent, format_rupiah


class Money(int):
    """Integer Rupiah in a cell."""


class Percent(float):
    """A share 0–1 in a cell."""


Cell = object


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""  # shown under the title, e.g. why the table is empty
    total_row: bool = False  # the last row is a total (shown bold)
    sheet: str = ""  # short sheet name in the workbook (Excel allows 31 characters)


@dataclass
class Report:
    kind: str  # monthly / program / kelurahan
    title: str
    header: list[tuple[str, str]]  # (label, value) lines under the title
    tables: list[Table] = field(default_factory=list)
    empty_message: str | None = None  # set when the period had nothing to report
    generated_on: dt.date = field(default_factory=dt.date.today)

    def table(self, title: str) -> Table:
        for t in self.tables:
            if t.title == title:
                return t
        raise KeyError(title)


def cell_text(value: Cell) -> str:
    """A cell as the PDF shows it (Indonesian formats)."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_rupiah(int(value))
    if isinstance(value, Percent):
        return format_percent(float(value))
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, float):
        return format_number(value, 1)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)

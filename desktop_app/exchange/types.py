"""Data passed between the reading side (files -> records) and the apply side (records -> database).

Reading (``reading``, ``detect``, ``values``, ``mapping``, ``opensid``) turns any workbook, ours or
an office's own list, into a ``ParsedWorkbook``. Applying (``apply``) validates, matches, merges and
writes it in one transaction. The sheet format of our own exchange workbook is in ``format``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ERROR = "error"
WARNING = "warning"


@dataclass(slots=True)  # one per problem: hundreds of thousands in a bad district workbook
class Finding:
    """One problem, located as the spreadsheet shows it; ``message`` is in Indonesian."""

    severity: str  # ERROR (row rejected) or WARNING (row accepted)
    message: str
    file: str = ""
    sheet: str = ""
    row: int | None = None  # spreadsheet row number (1-based), None for file/sheet problems
    column: str = ""  # the header text as written in the file
    value: Any = None

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        if value is not None and not isinstance(value, (str, int, float, bool)):
            value = str(value)
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": value,
            "message": self.message,
            "severity": self.severity,
        }


@dataclass(slots=True)  # one per row: no per-instance dict (75 MB less for 500,000 rows)
class IncomingRecord:
    """One row of a sheet, parsed into model field values."""

    kind: str  # model table name: "person", "household", "program", "enrollment", …
    sheet: str
    row: int  # spreadsheet row number
    values: dict[str, Any]  # model field name -> parsed Python value (FKs: the referenced UUID)
    present_fields: set[
        str
    ]  # fields the sheet had a column for: a missing column never blanks a field
    record_id: str | None = None  # the ID column (UUID), when present
    base_version: int | None = None  # the Versi column: the version the row was based on
    delete: bool = False  # Status HAPUS, or a tombstone row of an exchange workbook
    # The hidden Basis column: "h:" + the exported content hash, then the ids of the states the
    # row already includes, newest first (``exchange.basis``); None for office lists and
    # workbooks from before the column.
    base_hash: str | None = None
    # References given by natural keys instead of UUIDs, e.g. {"person": {"nik": …, "name": …,
    # "birth_date": …}, "program": {"name": …}}; the apply side resolves them.
    refs: dict[str, dict[str, Any]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    raw: list[Any] = field(default_factory=list)  # the original cells, for the error workbook

    @property
    def rejected(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)


@dataclass
class SheetLayout:
    """Where a sheet's table was found, so an error workbook can repeat its layout."""

    name: str
    header_row: int  # spreadsheet row number of the header
    headers: list[str]
    kind: str | None  # the record kind it maps to, None when not recognised
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> model field
    unmapped: list[str] = field(default_factory=list)  # headers that matched no field


@dataclass
class ParsedWorkbook:
    path: Path
    file_hash: str  # SHA-256 of the file's bytes: the same file imported twice is recognised
    source: str  # "exchange" (a Berdaya workbook), "opensid", or "foreign"
    meta: dict[str, Any] = field(default_factory=dict)  # the _meta sheet of an exchange workbook
    sheets: list[SheetLayout] = field(default_factory=list)
    records: list[IncomingRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # file- and sheet-level problems

    @property
    def needs_mapping(self) -> bool:
        """True when a sheet's headers were not recognised well enough to import without a person."""
        return any(s.kind is None and s.headers for s in self.sheets)


class ExchangeFileError(Exception):
    """The file cannot be read at all (corrupt, encrypted, not a spreadsheet, a zip bomb…).

    ``str(error)`` is a one-line Indonesian message; nothing has been written.
    """

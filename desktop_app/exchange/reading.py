"""Open a workbook safely and hand out its sheets as rows of plain Python values.

``safety.check_file`` runs first (hash, refusals, formula scan); then python-calamine reads the
cells, which is 10-20x faster than openpyxl and also reads ``.xls`` and ``.ods``. Calamine gives a
formula's cached value, so the formula cells found by the scan are reported with a warning.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from desktop_app.exchange import safety
from desktop_app.exchange.types import WARNING, ExchangeFileError, Finding

FORMULA_WARNING = "Sel ini berisi rumus; rumus dipakai nilai terakhirnya (nilai yang tersimpan)."


def require_defusedxml() -> None:
    """openpyxl parses XML through defusedxml only when it is installed: insist on it."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl.xml import DEFUSEDXML
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise ExchangeFileError(
            "Pustaka defusedxml tidak terpasang; buku kerja tidak dibaca demi keamanan."
        ) from exc
    if not DEFUSEDXML:  # pragma: no cover - a broken installation
        raise ExchangeFileError(
            "openpyxl tidak memakai defusedxml; buku kerja tidak dibaca demi keamanan."
        )


def column_letter(index: int) -> str:
    """1 -> A, 28 -> AB."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class RawSheet:
    """One sheet: ``rows()`` yields (spreadsheet row number, values from column A).

    The cells are loaded on first use and dropped by ``release()``: calamine holds a whole sheet
    in memory (about 200 MB for 100,000 people x 39 columns), so a workbook with many big sheets
    is read one sheet at a time instead of all of them at once.
    """

    name: str
    hidden: bool
    _sheet: Any = field(default=None, repr=False)
    formula_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    formula_count: int = 0
    dropped_cells: int = 0
    _load: Any = field(default=None, repr=False)  # () -> CalamineSheet, when not loaded yet
    _height: int | None = field(default=None, repr=False)  # known without loading (extent scan)
    _merged: Any = field(default=None, repr=False)

    def _cells(self) -> Any:
        if self._sheet is None:
            if self._load is None:
                raise ExchangeFileError(f"Lembar {self.name} sudah ditutup.")
            self._sheet = self._load()
        return self._sheet

    def release(self) -> None:
        """Free the sheet's cells; ``rows()`` loads them again if asked."""
        self._sheet = None

    @property
    def merged(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        if self._merged is None:
            self._merged = list(self._cells().merged_cell_ranges or [])
        return self._merged

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        sheet = self._cells()
        start = sheet.start
        if start is None:
            return
        pad = [""] * start[1]
        for index, values in enumerate(sheet.iter_rows()):
            if index < start[0]:
                continue
            yield index + 1, (pad + values) if pad else values

    def head(self, count: int = 20) -> list[tuple[int, list[Any]]]:
        out = []
        for item in self.rows():
            out.append(item)
            if len(out) >= count:
                break
        return out

    @property
    def height(self) -> int:
        if self._sheet is None and self._height is not None:
            return self._height
        end = self._cells().end
        return 0 if end is None else end[0] + 1


@dataclass
class RawWorkbook:
    path: Path
    kind: str  # xlsx / xls / ods
    file_hash: str
    sheets: list[RawSheet]
    findings: list[Finding] = field(default_factory=list)

    def sheet(self, name: str) -> RawSheet | None:
        for s in self.sheets:
            if s.name == name:
                return s
        return None


def _sheet_parts(data: bytes) -> dict[str, str]:
    """Sheet name -> worksheet part name, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    zf = zipfile.ZipFile(io.BytesIO(data))
    try:
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id")] = target
    out = {}
    sheets = book.find(f"{ns_main}sheets")
    for sheet in sheets if sheets is not None else []:
        rid = sheet.get(f"{ns_rel}id")
        if rid in targets:
            out[sheet.get("name", "")] = targets[rid]
    return out


def _unreadable(exc: Exception, file_name: str, kind: str) -> ExchangeFileError:
    """Calamine's error, as the Indonesian message the user sees."""
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return ExchangeFileError(
            f"Buku kerja {file_name} dilindungi kata sandi dan belum dapat dibaca. "
            "Hapus kata sandinya di Excel, simpan, lalu impor lagi."
        )
    if "limit" in text:  # calamine's own guard against huge sheets
        return ExchangeFileError(
            f"File {file_name} ditolak: satu lembar terlalu besar untuk dibaca."
        )
    hint = " " + safety.SAVE_AS_XLSX if kind in ("xls", "ods") else ""
    return ExchangeFileError(
        f"File {file_name} rusak dan tidak dapat dibaca ({type(exc).__name__}).{hint}"
    )


def _load_sheet(book: Any, name: str, file_name: str, kind: str) -> Any:
    try:
        return book.get_sheet_by_name(name)
    except Exception as exc:  # noqa: BLE001 - see read_workbook
        raise _unreadable(exc, file_name, kind) from exc


def read_workbook(path: Path | str, password: str | None = None) -> RawWorkbook:
    """Check and open ``path``; raise ``ExchangeFileError`` (Indonesian) when it cannot be read."""
    require_defusedxml()
    path = Path(path)
    check = safety.check_file(path, password=password)
    findings: list[Finding] = []
    source: Any = check.data
    parts: dict[str, str] = {}
    if check.kind == "xlsx":
        parts = _sheet_parts(check.data)
        if check.needs_filtering:
            source = safety.filtered_xlsx(check)
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(source))
        del source  # calamine keeps its own copy of the bytes
        metas = {m.name: m for m in book.sheets_metadata}
        sheets = []
        for name in book.sheet_names:
            meta = metas.get(name)
            if meta is not None and str(meta.typ).endswith("ChartSheet"):
                continue
            scan = check.sheets.get(parts.get(name, ""))
            raw = RawSheet(
                name=name,
                hidden=meta is not None and not str(meta.visible).endswith(".Visible"),
                _load=partial(_load_sheet, book, name, path.name, check.kind),
            )
            if scan is not None:
                # The extent scan knows the sheet's height: its cells are loaded when parsed.
                raw._height = scan.max_row
            else:  # .xls / .ods: no scan, read now (as before, a broken sheet is refused here)
                raw._sheet = raw._cells()
            if check.kind != "xlsx":
                raw._merged = []
            if scan is not None:
                raw.formula_cells = scan.formula_cells
                raw.formula_count = scan.formula_count
                raw.dropped_cells = scan.out_of_bounds
                if scan.out_of_bounds:
                    findings.append(
                        Finding(
                            WARNING,
                            "Isi di luar batas tabel (setelah kolom "
                            f"{column_letter(safety.MAX_COLUMNS)} atau setelah baris "
                            f"{safety.MAX_ROWS:,}) diabaikan.".replace(",", "."),
                            file=path.name,
                            sheet=name,
                        )
                    )
            sheets.append(raw)
    except ExchangeFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises several types; all mean "unreadable"
        raise _unreadable(exc, path.name, check.kind) from exc
    if check.kind == "ods" and check.ods_formulas:
        findings.append(
            Finding(
                WARNING,
                f"Buku kerja berisi {check.ods_formulas} sel rumus; rumus dipakai nilai terakhirnya.",
                file=path.name,
            )
        )
    return RawWorkbook(path, check.kind, check.file_hash, sheets, findings)

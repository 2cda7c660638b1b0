"""Refuse files that cannot or must not be read, before any parser touches them.

Every check here runs on the raw bytes and the zip directory, so a hostile or broken file costs at
most a streaming pass over its (size-limited) parts:

* empty, PDF, text and other non-spreadsheet files, and zips that are not workbooks (a ``.docx``);
* encrypted workbooks: Office stores them as an OLE compound file holding an ``EncryptedPackage``;
* corrupt or truncated zips (the directory is missing, or a part fails its CRC);
* zip bombs: declared uncompressed sizes and compression ratios are checked before inflating, and
  inflating stops at the declared size;
* XML with a DTD (``<!DOCTYPE``/``<!ENTITY``): no workbook part needs one, and entity expansion is
  how "billion laughs" files exhaust memory;
* cells far outside any real table (a single value at ``XFD1048576`` makes a dense reader allocate
  hundreds of gigabytes): such cells are dropped with a warning, and a sheet whose remaining area
  is still too large is refused.

The same streaming pass notes formula cells (``<f>`` in xlsx, ``table:formula`` in ods), because
calamine returns a formula's cached value without saying it was a formula.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.exchange.types import ExchangeFileError

# Limits. A district's exchange workbook (100,000 people x ~50 columns) inflates to ~400 MB of XML
# and compresses 10-30x; zip bombs compress 1000x and more.
MAX_PART_SIZE = 800 * 1024 * 1024  # one part, uncompressed
MAX_TOTAL_SIZE = 1200 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 150  # uncompressed / compressed, checked for parts above RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_COLUMNS = 256  # column IV; cells further right are ignored
MAX_ROWS = 499_999  # rows further down are ignored
MAX_CELLS = 12_000_000  # rows x columns a sheet may span after the bounds above

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 4 * 1024 * 1024

SAVE_AS_XLSX = (
    "Buka file itu di Excel atau LibreOffice lalu simpan sebagai .xlsx (Buku Kerja Excel)."
)


@dataclass
class SheetScan:
    """What the streaming pass saw in one sheet part."""

    part: str
    formula_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    formula_count: int = 0
    out_of_bounds: int = 0  # cells beyond MAX_COLUMNS / MAX_ROWS (dropped before reading)
    max_row: int = 0
    max_col: int = 0


@dataclass
class FileCheck:
    """The outcome of ``check_file``: what kind of file it is and what the scan found."""

    kind: str  # "xlsx" (also xlsm), "xls", "ods"
    file_hash: str
    data: bytes
    sheets: dict[str, SheetScan] = field(default_factory=dict)  # by zip part name (xlsx)
    ods_formulas: int = 0

    @property
    def needs_filtering(self) -> bool:
        return any(s.out_of_bounds for s in self.sheets.values())


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file(
    path: Path, *, password: str | None = None, max_bytes: int = 400 * 1024 * 1024
) -> FileCheck:
    """Read ``path`` once, hash it, and raise ``ExchangeFileError`` if it must not be parsed.

    An encrypted workbook is refused unless ``password`` is given; then the decrypted workbook
    goes through every other check (the hash stays the one of the file as received).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeFileError(f"File tidak dapat dibuka: {path.name} ({exc.strerror}).") from exc
    if size == 0:
        raise ExchangeFileError(f"File {path.name} kosong (0 bita); tidak ada yang dapat dibaca.")
    if size > max_bytes:
        raise ExchangeFileError(
            f"File {path.name} terlalu besar ({size // (1024 * 1024)} MB) untuk dibaca."
        )
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    head = data[:8]
    if head.startswith(OLE_MAGIC):
        if password and _is_encrypted_ole(data):
            from desktop_app.exchange import crypto

            try:
                plain = crypto.decrypt_bytes(path, password)
            except (crypto.WorkbookCryptoError, OSError) as exc:
                raise ExchangeFileError(str(exc)) from exc
            if not plain.startswith(ZIP_MAGIC):
                raise ExchangeFileError(f"Isi buku kerja {path.name} yang dibuka bukan .xlsx.")
            return _check_zip(path, plain, digest)
        return _check_ole(path, data, digest)
    if head.startswith(ZIP_MAGIC):
        return _check_zip(path, data, digest)
    if head.startswith(b"%PDF"):
        raise ExchangeFileError(
            f"File {path.name} adalah dokumen PDF, bukan buku kerja Excel. "
            "Mintalah file Excel (.xlsx) aslinya."
        )
    if data.startswith(b"PK"):
        raise ExchangeFileError(f"File {path.name} rusak: arsip zip-nya tidak lengkap.")
    raise ExchangeFileError(
        f"File {path.name} bukan buku kerja Excel atau LibreOffice (isinya bukan spreadsheet). "
        "Pilih file .xlsx, .xlsm, .xls atau .ods."
    )


def _is_encrypted_ole(data: bytes) -> bool:
    # Directory entry names in an OLE file are UTF-16LE.
    return (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    )


def _check_ole(path: Path, data: bytes, digest: str) -> FileCheck:
    if _is_encrypted_ole(data):
        raise ExchangeFileError(
            f"Buku kerja {path.name} dilindungi kata sandi (terenkripsi) dan belum dapat dibaca. "
            "Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja), simpan, lalu "
            "impor lagi."
        )
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return FileCheck("xls", digest, data)
    raise ExchangeFileError(
        f"File {path.name} adalah dokumen Office lama, tetapi bukan buku kerja Excel. "
        + SAVE_AS_XLSX
    )


def _check_zip(path: Path, data: bytes, digest: str) -> FileCheck:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExchangeFileError(
            f"File {path.name} rusak atau terpotong (arsip zip tidak utuh); "
            "mintalah salinan file yang baru."
        ) from exc
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        kind = "xlsx"
        if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
            raise ExchangeFileError(
                f"Buku kerja {path.name} berformat biner (.xlsb) yang tidak didukung. "
                + SAVE_AS_XLSX
            )
    elif "content.xml" in names and b"opendocument.spreadsheet" in _read_small(zf, "mimetype"):
        kind = "ods"
    elif "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise ExchangeFileError(
            f"File {path.name} adalah dokumen Word/PowerPoint, bukan buku kerja Excel."
        )
    else:
        raise ExchangeFileError(
            f"File {path.name} adalah arsip zip, tetapi bukan buku kerja Excel atau LibreOffice."
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_SIZE
            or total > MAX_TOTAL_SIZE
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise ExchangeFileError(
                f"File {path.name} ditolak: isinya mengembang menjadi "
                f"{info.file_size // (1024 * 1024)} MB (rasio {ratio:.0f}x). File seperti ini "
                "dibuat untuk menghabiskan memori (zip bomb), bukan data biasa."
            )
    check = FileCheck(kind, digest, data)
    name = ""
    try:
        for info in infos:
            name = info.filename
            if not name.endswith((".xml", ".rels")) and name != "mimetype":
                continue
            if kind == "xlsx" and name.startswith("xl/worksheets/") and name.endswith(".xml"):
                check.sheets[name] = _scan_sheet(path, zf, info)
            elif kind == "ods" and name == "content.xml":
                check.ods_formulas = _scan_ods(path, zf, info)
            else:
                _scan_plain(path, zf, info)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError, NotImplementedError,
            zlib.error, ElementTree.ParseError) as exc:  # fmt: skip
        raise ExchangeFileError(
            f"File {path.name} rusak atau terpotong (bagian {name} tidak dapat dibaca); "
            "mintalah salinan file yang baru."
        ) from exc
    return check


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        with zf.open(name) as fh:
            return fh.read(200)
    except (KeyError, zipfile.BadZipFile, OSError):
        return b""


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _refuse_dtd(path: Path, part: str, head: bytes) -> None:
    if _DTD.search(head):
        raise ExchangeFileError(
            f"File {path.name} ditolak: bagian {part} memuat deklarasi DTD/ENTITY yang dapat "
            "dipakai untuk menghabiskan memori. Buku kerja biasa tidak memuatnya."
        )


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    """Inflate a part in chunks, never beyond its declared size (zipfile enforces it and the CRC)."""
    read = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            read += len(chunk)
            if read > info.file_size:
                raise ValueError("part larger than declared")
            yield chunk


def _scan_plain(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    first = True
    for chunk in _chunks(zf, info):
        if first:
            _refuse_dtd(path, info.filename, chunk[:4096])
            first = False
        elif b"<!" in chunk:
            _refuse_dtd(path, info.filename, chunk)


# Patterns per namespace prefix of the sheet's elements ("" or e.g. "x:"), so that every pattern
# starts with a literal and the regex engine can skip ahead quickly.
@functools.cache
def _patterns(prefix: bytes) -> dict[str, re.Pattern[bytes]]:
    p = re.escape(prefix)
    return {
        "row": re.compile(rb"<" + p + rb'row r="([0-9]+)"'),
        "col": re.compile(rb"<" + p + rb'c r="([A-Z]{1,3})[0-9]'),
        "formula_tag": re.compile(rb"<" + p + rb"f[\s>/]"),
        "formula_cell": re.compile(
            rb"<" + p + rb'c r="([A-Z]+)([0-9]+)"[^>]*>\s*<' + p + rb"f[\s>/]"
        ),
    }


@functools.cache
def _columns_above(prefix: bytes, m: int) -> re.Pattern[bytes]:
    """A pattern for cell references whose column is greater than ``m`` (1-based)."""
    alts = [b"[A-Z]{3}"]
    if m < 26:
        alts.append(b"[A-Z]{2}")
        alts.append(b"[%c-Z]" % (65 + m))
    elif m < 702:
        first, second = (m - 1) // 26, (m - 1) % 26 + 1  # m = 26 * first + second
        if second < 26:
            alts.append(b"%c[%c-Z]" % (64 + first, 65 + second))
        if first < 26:
            alts.append(b"[%c-Z][A-Z]" % (65 + first))
    return re.compile(rb"<" + re.escape(prefix) + rb'c r="(?:' + b"|".join(alts) + rb")[0-9]")


_PREFIX = re.compile(rb"<(\w+:)?sheetData[\s>/]")


def _scan_sheet(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> SheetScan:
    """One streaming pass: the used extent (rows, columns), far cells, formula cells.

    The column extent is kept up to date cheaply: each chunk is searched for a cell beyond the
    widest column seen so far (normally no match), and only a chunk with one is examined cell by
    cell.
    """
    scan = SheetScan(info.filename)
    tail = b""
    first = True
    prefix = b""
    pats = _patterns(prefix)
    for chunk in _chunks(zf, info):
        if first:
            _refuse_dtd(path, info.filename, chunk[:4096])
            m = _PREFIX.search(chunk)
            prefix = (m.group(1) or b"") if m else b""
            pats = _patterns(prefix)
            first = False
        # Keep the end of the previous chunk so a tag split between chunks is still seen
        # (a tag seen twice does not change a maximum; counts below skip the overlap).
        buf = tail + chunk
        skip = len(tail)
        rows = pats["row"].findall(buf)
        if rows:
            top = max(map(int, rows))
            if top > MAX_ROWS:
                scan.out_of_bounds += sum(1 for r in rows if int(r) > MAX_ROWS)
                top = max([int(r) for r in rows if int(r) <= MAX_ROWS] or [0])
            scan.max_row = max(scan.max_row, top)
        if _columns_above(prefix, min(scan.max_col, MAX_COLUMNS)).search(buf):
            for m in pats["col"].finditer(buf):
                col = _col_number(m.group(1))
                if col > MAX_COLUMNS:
                    if m.end() > skip:
                        scan.out_of_bounds += 1
                elif col > scan.max_col:
                    scan.max_col = col
        if pats["formula_tag"].search(buf, max(skip - 16, 0)):
            for m in pats["formula_cell"].finditer(buf):
                if m.end() > skip:
                    scan.formula_count += 1
                    if len(scan.formula_cells) < 100_000:
                        scan.formula_cells.add((int(m.group(2)), _col_number(m.group(1))))
        tail = buf[-400:]
    if scan.max_row * max(scan.max_col, 1) > MAX_CELLS:
        raise ExchangeFileError(
            f"File {path.name} ditolak: satu lembar mencakup {scan.max_row:,} baris x ".replace(
                ",", "."
            )
            + f"{scan.max_col} kolom, terlalu besar untuk dibaca. Bagi datanya ke beberapa file."
        )
    return scan


def _scan_ods(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    count = 0
    first = True
    for chunk in _chunks(zf, info):
        if first:
            _refuse_dtd(path, info.filename, chunk[:4096])
            first = False
        count += chunk.count(b"table:formula=")
    _check_ods_extent(path, zf, info)
    return count


_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _check_ods_extent(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose *content* spans too many cells once repeats are expanded.

    ODS compresses "the same cell 16,384 times" into one element; calamine expands what lies
    before a cell with content, so a value behind a million repeated rows costs gigabytes.
    """
    from defusedxml.ElementTree import iterparse

    table, row, cell = f"{_TABLE_NS}table", f"{_TABLE_NS}table-row", f"{_TABLE_NS}table-cell"
    covered = f"{_TABLE_NS}covered-table-cell"
    rows_rep, cols_rep = f"{_TABLE_NS}number-rows-repeated", f"{_TABLE_NS}number-columns-repeated"
    value_type = f"{_OFFICE_NS}value-type"
    with zf.open(info) as fh:
        row_no = max_row = max_col = 0
        col_no = 0
        row_has_content = False
        for event, elem in iterparse(fh, events=("start", "end")):
            tag = elem.tag
            if event == "start":
                if tag == table:
                    row_no = max_row = max_col = 0
                elif tag == row:
                    col_no, row_has_content = 0, False
                continue
            if tag in (cell, covered):
                repeat = int(elem.get(cols_rep, "1") or 1)
                col_no += repeat
                if elem.get(value_type) or len(elem):
                    max_col = max(max_col, col_no)
                    row_has_content = True
                elem.clear()
            elif tag == row:
                repeat = int(elem.get(rows_rep, "1") or 1)
                row_no += repeat
                if row_has_content:
                    max_row = row_no
                    if max_row * max(max_col, 1) > MAX_CELLS:
                        raise ExchangeFileError(
                            f"File {path.name} ditolak: satu lembar mencakup {max_row:,} baris x ".replace(
                                ",", "."
                            )  # thousands: 1.048.576, not the sentence's comma
                            + f"{max_col} kolom, terlalu besar untuk dibaca."
                        )
                elem.clear()


_FAR_CELL_ELEMENT = re.compile(
    rb'<(?:\w+:)?c r="(?:[A-Z]{3}|I[W-Z]|[J-Z][A-Z])[0-9]+"[^>]*?(?:/>|>.*?</(?:\w+:)?c>)', re.S
)
_FAR_ROW_ELEMENT = re.compile(
    rb'<(?:\w+:)?row r="(?:[0-9]{7,}|[5-9][0-9]{5})"[^>]*?(?:/>|>.*?</(?:\w+:)?row>)', re.S
)
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension [^>]*/>")


def filtered_xlsx(check: FileCheck) -> bytes:
    """A copy of the workbook without the cells beyond the bounds, for the dense reader."""
    src = zipfile.ZipFile(io.BytesIO(check.data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            scan = check.sheets.get(info.filename)
            if scan is not None and scan.out_of_bounds:
                data = _FAR_CELL_ELEMENT.sub(b"", data)
                data = _FAR_ROW_ELEMENT.sub(b"", data)
                data = _DIMENSION.sub(b"", data)
            dst.writestr(info, data)
    return out.getvalue()

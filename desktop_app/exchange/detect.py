"""Find a sheet's table: the header row, what each column holds, and which rows are data.

The header row is looked for among the first 20 rows: title rows (often merged across the table),
blank rows and notes above it are skipped. Headers are matched case-, space- and
punctuation-insensitively (``format.normalize_header``) against the exchange format's headers and
synonyms (Indonesian, English, OpenSID snake_case). Numbering columns (``No``, ``No.``, ``NO
URUT``) are recognised and ignored; total rows (``JUMLAH``, ``TOTAL``) and blank rows are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop_app.exchange import format as fmt
from desktop_app.exchange.values import clean_text, is_blank

HEADER_SEARCH_ROWS = 20

# Column roles beyond the spec's fields.
NUMBERING = "@number"  # a "No" column: ignored
RT_RW = "@rt_rw"  # "006/002" -> rt, rw
PLACE_DATE = "@place_date"  # "Kupang, 12-05-1950" -> birth_place, birth_date
AGE = "@age"  # "Umur" -> estimated birth_year
DISABILITY_CATEGORY = "@disability"  # old Indonesian category (Netra, Rungu/Wicara, …)
SEX_MARK_L = "@sex_l"  # "Jenis Kelamin" over "L" | "P": a tick in the L column
SEX_MARK_P = "@sex_p"
SPECIAL_ROLES = (NUMBERING, RT_RW, PLACE_DATE, AGE, DISABILITY_CATEGORY, SEX_MARK_L, SEX_MARK_P)

# Headers the reader understands for people beyond the format's own synonyms.
EXTRA_PERSON_HEADERS: dict[str, str] = {
    **{fmt.normalize_header(h): AGE for h in ("Umur", "Usia", "Age", "Umur (th)", "Umur (tahun)")},
    **{
        fmt.normalize_header(h): DISABILITY_CATEGORY
        for h in (
            "Jenis Disabilitas",
            "Disabilitas",
            "Kategori Disabilitas",
            "Jenis Cacat",
            "Cacat",
            "cacat_id",
            "Ragam Disabilitas",
            "Jenis Kecacatan",
        )
    },  # fmt: skip
    **{key: PLACE_DATE for key in fmt.COMBINED_HEADERS},
    **{key: RT_RW for key in fmt.RT_RW_HEADERS},
    **{key: NUMBERING for key in fmt.NUMBERING_HEADERS},
    fmt.normalize_header("NO URUT"): NUMBERING,
    **{
        fmt.normalize_header(f"{parent}: {mark}"): SEX_MARK_L if mark in ("L", "Lk") else SEX_MARK_P
        for parent in ("Jenis Kelamin", "JK", "L/P", "Kelamin", "Sex")
        for mark in ("L", "Lk", "P", "Pr")
    },
    fmt.normalize_header("Nmr"): NUMBERING,
}

# Prefix fallbacks for a field no column matched exactly: "Nama Pasien" -> name.
PREFIX_FALLBACKS: tuple[tuple[str, str], ...] = (
    ("nama", "name"),
    ("nik", "nik"),
    ("tanggallahir", "birth_date"),
    ("tgllahir", "birth_date"),
    ("alamat", "address"),
)

TOTAL_WORDS = frozenset({"jumlah", "total", "jumlahtotal", "grandtotal", "subtotal", "totalkeseluruhan",
                         "jumlahseluruhnya", "jml"})  # fmt: skip
END_MARKERS = ("###",)
_TOTAL_STARTS = ("jumla", "total", "jml", "grand", "sub", "sub t", "sub-t")


@dataclass
class Column:
    index: int  # 0-based column index in the row
    header: str  # as written
    role: str  # a model field name, a LOOKUP key "ref:<field>.<attr>", or a SPECIAL_ROLES value
    spec: fmt.ColumnSpec | None = None


@dataclass
class Table:
    header_row: int  # spreadsheet row number
    headers: list[str]  # all header cells, as written ("" for blank ones)
    columns: list[Column]
    unmapped: list[str] = field(default_factory=list)
    title_text: str = ""  # text of the rows above the header (titles), for context
    last_header_row: int = 0  # the sub-header row of a two-row header, else header_row

    def __post_init__(self) -> None:
        self.last_header_row = max(self.last_header_row, self.header_row)

    def roles(self) -> set[str]:
        return {c.role for c in self.columns}


def role_of(spec: fmt.ColumnSpec) -> str:
    if spec.kind == fmt.LOOKUP:
        attr = ".".join((*spec.via, spec.attr or ""))
        return f"ref:{spec.ref}.{attr}"
    if spec.kind == fmt.STATUS:
        return "@status"
    if spec.kind == fmt.BASIS:
        return "@basis"
    return spec.field or ""


def header_keys(sheet_spec: fmt.SheetSpec | None) -> dict[str, tuple[str, fmt.ColumnSpec | None]]:
    """Normalised header -> (role, column spec) for one exchange sheet, or for foreign people lists."""
    out: dict[str, tuple[str, fmt.ColumnSpec | None]] = {}
    spec = sheet_spec or fmt.PENDUDUK
    # Own headers first, then synonyms: a header equal to one column's name wins over another's
    # synonym ("Nama Penduduk" is Peserta's lookup, not Penduduk's name, on the Peserta sheet).
    for col in spec.columns:
        out.setdefault(fmt.normalize_header(col.header), (role_of(col), col))
    for col in spec.columns:
        for key in col.keys:
            out.setdefault(key, (role_of(col), col))
    if sheet_spec is None or sheet_spec is fmt.PENDUDUK:
        for key, role in EXTRA_PERSON_HEADERS.items():
            out.setdefault(key, (role, None))
    else:
        for key in fmt.NUMBERING_HEADERS:
            out.setdefault(key, (NUMBERING, None))
    return out


def _row_texts(values: list[Any]) -> list[str]:
    return [clean_text(v) if isinstance(v, str) else "" for v in values]


def map_headers(
    headers: list[str], sheet_spec: fmt.SheetSpec | None, forced: dict[str, str] | None = None
) -> tuple[list[Column], list[str]]:
    """Columns recognised in ``headers`` and the headers left over (``unmapped``)."""
    keys = header_keys(sheet_spec)
    spec_by_role = {role: col for role, col in keys.values()}
    forced_keys = {fmt.normalize_header(k): v for k, v in (forced or {}).items()}
    columns: list[Column] = []
    unmapped: list[str] = []
    taken: set[str] = set()
    pending: list[tuple[int, str, str]] = []
    for index, header in enumerate(headers):
        key = fmt.normalize_header(header)
        if not key:
            continue
        if key in forced_keys:
            role = forced_keys[key]
            if role in ("", "-", "@skip"):
                continue
            columns.append(Column(index, header, role, spec_by_role.get(role)))
            taken.add(role)
            continue
        hit = keys.get(key)
        if hit is None or (hit[0] in taken and hit[0] not in (NUMBERING,)):
            pending.append((index, header, key))
            continue
        role, spec = hit
        columns.append(Column(index, header, role, spec))
        taken.add(role)
    for index, header, key in pending:
        role = next(
            (r for prefix, r in PREFIX_FALLBACKS if key.startswith(prefix) and r not in taken
             and r in spec_by_role),
            None,
        )  # fmt: skip
        if role is None or forced:
            unmapped.append(header)
            continue
        columns.append(Column(index, header, role, spec_by_role.get(role)))
        taken.add(role)
    columns.sort(key=lambda c: c.index)
    return columns, unmapped


def find_table(
    head: list[tuple[int, list[Any]]],
    sheet_spec: fmt.SheetSpec | None,
    forced: dict[str, str] | None = None,
    header_row: int | None = None,
) -> Table | None:
    """The header among ``head`` (the first rows): the row whose cells match most known headers.

    Returns None when no row looks like a header (a notes sheet).
    """
    keys = header_keys(sheet_spec)
    forced_keys = {fmt.normalize_header(k) for k in (forced or {})}
    best: tuple[int, int, list[str]] | None = None
    for number, values in head[:HEADER_SEARCH_ROWS]:
        texts = _row_texts(values)
        filled = [t for t in texts if t]
        if header_row is not None:
            if number == header_row:
                best = (99, number, texts)
                break
            continue
        if len(filled) < 2:
            continue
        score = sum(1 for t in filled if fmt.normalize_header(t) in keys)
        score += sum(2 for t in filled if fmt.normalize_header(t) in forced_keys)
        if best is None or score > best[0]:
            best = (score, number, texts)
    if best is None:
        return None
    score, number, texts = best
    if score == 0 and not forced:
        # Text in two or more cells but nothing recognised: still offer it for mapping, unless it
        # looks like prose (a notes sheet has sentences, a header has short labels).
        if sum(len(t) for t in texts if t) / max(1, sum(1 for t in texts if t)) > 40:
            return None
    last = number
    below = next((v for n, v in head if n == number + 1), None)
    combined = _with_sub_headers(texts, _row_texts(below)) if below is not None else None
    if combined is not None:
        texts, last = combined, number + 1
    while texts and not texts[-1]:
        texts.pop()
    columns, unmapped = map_headers(texts, sheet_spec, forced)
    title = " ".join(t for n, v in head if n < number for t in _row_texts(v) if t)
    return Table(number, texts, columns, unmapped, title, last)


_SUB_PLACE = ("tempat",)
_SUB_DATE = ("tgl", "tanggal", "tgllahir", "tanggallahir")


def _with_sub_headers(top: list[str], sub: list[str]) -> list[str] | None:
    """Two-row headers: a group label merged over sub-labels ("TTL" over "Tempat" | "Tgl").

    The row under the header is a sub-header when it has a label under an empty (merged) header
    cell and all its cells are short labels without digits (a data row has numbers, NIKs, dates).
    Returns the combined header per column, or None.
    """
    width = max(len(top), len(sub))
    top = top + [""] * (width - len(top))
    sub = sub + [""] * (width - len(sub))
    filled = [t for t in sub if t]
    if not filled or any(len(t) > 30 or any(ch.isdigit() for ch in t) for t in filled):
        return None
    if not any(sub[j] and not top[j] for j in range(width)):
        return None
    # Every sub-label must sit in a group: a label over two or more columns (merged, so the
    # header cells right of it are empty). A data row has values under single-column headers.
    for j in range(width):
        if not sub[j]:
            continue
        start = j
        while start > 0 and not top[start]:
            start -= 1
        end = start + 1
        while end < width and not top[end]:
            end += 1
        if end - start < 2 or not top[start]:
            return None
    out: list[str] = []
    parent = ""
    for j in range(width):
        if top[j]:
            parent = top[j]
        if not sub[j]:
            out.append(top[j])
            continue
        out.append(_sub_header_name(parent, sub[j]))
    return out


def _sub_header_name(parent: str, sub: str) -> str:
    pkey, skey = fmt.normalize_header(parent), fmt.normalize_header(sub)
    role = EXTRA_PERSON_HEADERS.get(pkey) or fmt.PERSON_HEADER_KEYS.get(pkey)
    role_name = role if isinstance(role, str) else getattr(role, "field", None)
    if role_name == PLACE_DATE:
        if skey.startswith(_SUB_PLACE):
            return "Tempat Lahir"
        if skey.startswith(_SUB_DATE):
            return "Tanggal Lahir"
    if role_name == "sex" and skey in ("l", "lk", "p", "pr"):
        return f"{parent}: {sub}"  # a tick column per sex, see SEX_MARK
    if skey in fmt.PERSON_HEADER_KEYS or skey in EXTRA_PERSON_HEADERS:
        return sub
    return f"{parent} {sub}"


def is_total_row(values: list[Any], columns: list[Column]) -> bool:
    """A row labelled JUMLAH/TOTAL in one of its first text cells."""
    for value in values[:6]:
        if isinstance(value, str) and value.strip():
            if not value.lstrip()[:5].lower().startswith(_TOTAL_STARTS):
                return False
            key = re.sub(r"[^a-z]", "", value.lower())
            if key in TOTAL_WORDS or key.startswith(("jumlah", "total")) and len(key) < 20:
                return True
            return False
    return False


def is_end_marker(values: list[Any]) -> bool:
    first = next((v for v in values if not is_blank(v)), None)
    return isinstance(first, str) and first.strip().startswith(END_MARKERS)


def is_note_row(values: list[Any], columns: list[Column]) -> bool:
    """A sentence in the first cell and nothing else: a note under or inside the table."""
    filled = [(i, v) for i, v in enumerate(values) if not is_blank(v)]
    if len(filled) != 1 or not isinstance(filled[0][1], str):
        return False
    text = filled[0][1].strip()
    return text.lower().startswith(("catatan", "keterangan:", "note")) or (
        len(text) > 40 and len(columns) >= 3
    )

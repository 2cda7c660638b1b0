"""A column mapping a person confirmed, saved as JSON and re-applied to files of the same shape.

When a sheet's headers are not recognised well enough, ``parse_workbook`` leaves the sheet's
``kind`` as None and lists its headers in ``SheetLayout.unmapped``; the import dialog (or
``berdaya import --mapping FILE``) supplies a ``Mapping``: per sheet, the record kind, optionally
the header row, and header text -> target (a model field, or one of ``detect.SPECIAL_ROLES``; an
empty target ignores the column). The JSON file looks like::

    {"format": "berdaya-mapping", "version": 1,
     "sheets": {"Kunjungan 14 Nov": {"kind": "person", "header_row": 1,
                                     "columns": {"Nama Pasien": "name", "Umur": "@age",
                                                 "Tanda Tangan": ""}}}}

The sheet name ``"*"`` applies to any sheet without its own entry (a file of the same shape whose
sheet is named differently).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.exchange import detect
from desktop_app.exchange import format as fmt
from desktop_app.exchange.types import ExchangeFileError, ParsedWorkbook

MAPPING_FORMAT = "berdaya-mapping"
MAPPING_VERSION = 1
ANY_SHEET = "*"
IGNORE = ""

SPECIAL_LABELS = {
    detect.NUMBERING: "Nomor urut (diabaikan)",
    detect.RT_RW: "RT/RW dalam satu kolom",
    detect.PLACE_DATE: "Tempat/Tanggal Lahir dalam satu kolom",
    detect.AGE: "Umur (menjadi perkiraan tahun lahir)",
    detect.DISABILITY_CATEGORY: "Jenis disabilitas (kategori lama)",
    detect.SEX_MARK_L: "Tanda laki-laki (kolom L)",
    detect.SEX_MARK_P: "Tanda perempuan (kolom P)",
    "@dusun": "Dusun (OpenSID; disimpan di Alamat)",
}


@dataclass
class SheetMapping:
    kind: str = "person"
    columns: dict[str, str] = field(default_factory=dict)  # header as written -> target
    header_row: int | None = None


@dataclass
class Mapping:
    sheets: dict[str, SheetMapping] = field(default_factory=dict)

    def for_sheet(self, name: str) -> SheetMapping | None:
        return self.sheets.get(name) or self.sheets.get(ANY_SHEET)

    def as_json(self) -> dict:
        return {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "sheets": {
                name: {"kind": s.kind, "header_row": s.header_row, "columns": dict(s.columns)}
                for name, s in self.sheets.items()
            },
        }


def targets(kind: str = "person") -> list[tuple[str, str]]:
    """(target, Indonesian label) a column of a sheet of ``kind`` may be mapped to."""
    spec = fmt.SHEET_BY_KIND.get(kind)
    if spec is None:
        raise ValueError(f"Jenis data tidak dikenal: {kind}")
    out: list[tuple[str, str]] = [(IGNORE, "(abaikan kolom ini)")]
    for col in spec.columns:
        if col.kind in (fmt.ID, fmt.VERSION):
            continue
        out.append((detect.role_of(col), col.header))
    if kind == "person":
        out.extend(SPECIAL_LABELS.items())
    return out


def validate(mapping: Mapping) -> None:
    for name, sheet in mapping.sheets.items():
        if sheet.kind not in fmt.SHEET_BY_KIND:
            raise ExchangeFileError(
                f"Pemetaan lembar {name!r}: jenis data {sheet.kind!r} tidak dikenal."
            )
        allowed = {t for t, _ in targets(sheet.kind)} | {"id", "version"}
        for header, target in sheet.columns.items():
            if target not in allowed:
                raise ExchangeFileError(
                    f"Pemetaan lembar {name!r}: kolom {header!r} diarahkan ke {target!r}, "
                    "yang bukan kolom Berdaya."
                )


def load(path: Path | str) -> Mapping:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeFileError(f"Berkas pemetaan {path.name} tidak dapat dibaca: {exc}.") from exc
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
        raise ExchangeFileError(f"Berkas {path.name} bukan berkas pemetaan kolom Berdaya.")
    if int(data.get("version", 0)) > MAPPING_VERSION:
        raise ExchangeFileError(
            f"Berkas pemetaan {path.name} dibuat oleh versi Berdaya yang lebih baru."
        )
    mapping = Mapping()
    sheets = data.get("sheets")
    if not isinstance(sheets, dict):
        raise ExchangeFileError(f"Berkas pemetaan {path.name} tidak berisi lembar.")
    for name, raw in sheets.items():
        if not isinstance(raw, dict) or not isinstance(raw.get("columns", {}), dict):
            raise ExchangeFileError(f"Berkas pemetaan {path.name}: lembar {name!r} tidak sah.")
        header_row = raw.get("header_row")
        mapping.sheets[str(name)] = SheetMapping(
            kind=str(raw.get("kind") or "person"),
            columns={str(k): str(v or "") for k, v in raw.get("columns", {}).items()},
            header_row=int(header_row) if header_row else None,
        )
    validate(mapping)
    return mapping


def save(mapping: Mapping, path: Path | str) -> None:
    validate(mapping)
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(mapping.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def suggest(workbook: ParsedWorkbook) -> Mapping:
    """The mapping the reader would use now, as a starting point for the mapping step.

    Recognised columns carry their target; unrecognised ones are set to be ignored, so a person
    only has to pick targets for the columns that matter.
    """
    mapping = Mapping()
    for layout in workbook.sheets:
        if not layout.headers:
            continue
        columns: dict[str, str] = {}
        for index, header in enumerate(layout.headers):
            if not header:
                continue
            columns[header] = layout.mapping.get(index, IGNORE)
        mapping.sheets[layout.name] = SheetMapping(
            kind=layout.kind or "person", columns=columns, header_row=layout.header_row
        )
    return mapping

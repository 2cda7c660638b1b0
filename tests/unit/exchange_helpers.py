"""Hand-made workbooks for the apply side: what the reading side would hand over."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.exchange.types import IncomingRecord, ParsedWorkbook, SheetLayout

PERSON_HEADERS = ["ID", "Versi", "Status", "NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir",
                  "Kelurahan", "RT", "RW", "Pekerjaan", "Telepon", "Melihat", "Catatan"]  # fmt: skip
PERSON_FIELDS = {3: "nik", 4: "name", 5: "sex", 6: "birth_date", 7: "kelurahan", 8: "rt", 9: "rw",
                 10: "occupation", 11: "phone", 12: "wg_seeing", 13: "notes"}  # fmt: skip


def person(row: int, record_id: str | None = None, version: int | None = None, *,
           delete: bool = False, **values: Any) -> IncomingRecord:  # fmt: skip
    raw: list[Any] = [record_id, version, "HAPUS" if delete else None]
    for idx in range(3, len(PERSON_HEADERS)):
        raw.append(values.get(PERSON_FIELDS[idx]))
    return IncomingRecord("person", "Penduduk", row, dict(values), set(values), record_id,
                          version, delete, raw=raw)  # fmt: skip


def workbook(*records: IncomingRecord, name: str = "kiriman.xlsx",
             meta: dict[str, Any] | None = None) -> ParsedWorkbook:  # fmt: skip
    digest = hashlib.sha256(repr([(r.row, r.values, r.record_id) for r in records]).encode())
    layouts = [SheetLayout("Penduduk", 1, list(PERSON_HEADERS), "person", dict(PERSON_FIELDS))]
    return ParsedWorkbook(Path(name), digest.hexdigest(), "exchange", meta or {}, layouts,
                          list(records))  # fmt: skip


def nik_for(birth: dt.date, sex: str, serial: int) -> str:
    from desktop_app.domain.nik import build_nik

    return build_nik("537101", birth, sex, serial)


def dump(db: pw.Database) -> dict[str, list[tuple]]:
    """Everything an import may touch, to compare 'before' with 'after'."""
    out = {}
    for table in ("person", "household", "program", "enrollment", "record_version",
                  "sync_conflict", "import_batch", "audit_log"):  # fmt: skip
        out[table] = sorted(map(tuple, db.execute_sql(f'SELECT * FROM "{table}"').fetchall()),
                            key=repr)  # fmt: skip
    return out

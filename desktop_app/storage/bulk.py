"""Bulk inserts through the connection's ``executemany``.

Peewee's ``insert_many`` builds one query object per batch and is about 6× slower for large loads
(measured: 4.9k rows/s against 31k rows/s). The caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from desktop_app.storage.models import RecordVersion, SyncModel, utcnow


def columns_for(model: type[pw.Model], fields: Sequence[str]) -> list[str]:
    return [model._meta.fields[f].column_name for f in fields]


def insert_rows(
    db: pw.Database,
    model: type[pw.Model],
    fields: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> int:
    cols = columns_for(model, fields)
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name,
        ", ".join(f'"{c}"' for c in cols),
        ", ".join("?" for _ in cols),
    )
    cursor = db.cursor()
    converters = [model._meta.fields[f].db_value for f in fields]
    prepared = (tuple(conv(v) for conv, v in zip(converters, row, strict=True)) for row in rows)
    cursor.executemany(sql, prepared)
    return cursor.rowcount


def json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def snapshot_rows(
    db: pw.Database, model: type[SyncModel], fields: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Record version-1 snapshots for rows inserted in bulk (history and merge base)."""
    content = model.content_fields()
    index = {f: i for i, f in enumerate(fields)}
    table = model._meta.table_name
    at = utcnow()
    out = []
    for row in rows:
        data = {f: json_value(row[index[f]]) if f in index else None for f in content}
        out.append((table, row[index["id"]], row[index["version"]] if "version" in index else 1,
                    json.dumps(data, sort_keys=True, ensure_ascii=False),
                    row[index["device_id"]] if "device_id" in index else None, at))  # fmt: skip
    insert_rows(db, RecordVersion,
                ["table_name", "record_id", "version", "data", "device_id", "at"], out)  # fmt: skip

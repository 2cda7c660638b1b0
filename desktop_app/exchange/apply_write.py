"""The writing half of applying an import: one plan, in bulk, inside the caller's transaction.

Rows go in with ``executemany`` (about 6× faster than one ORM save per row); every written record
gets its ``record_version`` snapshot, updates and deletions check the version they were planned
against (a record changed since the preview is never overwritten), and conflicts are queued once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import peewee as pw

from desktop_app.exchange import basis
from desktop_app.exchange.apply import (
    CREATE,
    DELETE,
    KIND_ORDER,
    ImportPlan,
    Progress,
    RowPlan,
    _fields_of,
    no_progress,
    to_json,
)
from desktop_app.storage.bulk import json_value
from desktop_app.storage.models import MODEL_BY_TABLE, SyncModel, new_uuid, utcnow

CHUNK = 500
WRITE_CHUNK = 20  # rows written between progress reports (each may cancel)


@cache
def _converters(model: type[SyncModel], fields: tuple[str, ...]) -> tuple:
    """Per field: None when sqlite3 stores the Python value as is, else the field's db_value."""
    out = []
    for name in fields:
        f = model._meta.fields[name]
        plain = isinstance(f, (pw.CharField, pw.TextField, pw.IntegerField, pw.ForeignKeyField))
        out.append(None if plain and not isinstance(f, pw.BooleanField) else f.db_value)
    return tuple(out)


@dataclass
class WriteContext:
    user: str | None
    device_id: str
    batch_id: str
    file_name: str


def _row_tuple(model: type[SyncModel], fields: Sequence[str], values: dict[str, Any]) -> list:
    convs = _converters(model, tuple(fields))
    return [v if conv is None or v is None else conv(v)
            for conv, v in zip(convs, map(values.get, fields), strict=True)]  # fmt: skip


def write_plan(db: pw.Database, import_plan: ImportPlan, wctx: WriteContext,
               progress: Progress | None = None) -> dict[str, int]:  # fmt: skip
    """Write the accepted rows of ``import_plan``; the caller owns the transaction.

    Returns the counts actually written. Each write checks the version it was planned against,
    so a record changed between preview and apply is not overwritten.
    """
    progress = progress or no_progress
    now = utcnow()
    cursor = db.cursor()
    by_kind: dict[str, list[RowPlan]] = defaultdict(list)
    for row in import_plan.rows:
        if row.writes or row.conflicts or row.basis:
            by_kind[row.kind].append(row)
    total = sum(len(v) for v in by_kind.values()) or 1
    done = 0
    snapshots: list[tuple] = []
    learned: list[tuple] = []  # (Basis, table, id, version): knowledge of rows that wrote nothing
    for kind in KIND_ORDER:
        rows = by_kind.get(kind)
        if not rows:
            continue
        model = MODEL_BY_TABLE[kind]
        content = _fields_of(model)
        sys_fields = ["id", "version", "created_at", "updated_at", "updated_by", "device_id",
                      "deleted_at"]  # fmt: skip
        ins_fields = [*sys_fields, *content]
        ins_cols = ", ".join(f'"{model._meta.fields[f].column_name}"' for f in ins_fields)
        ins_sql = (f'INSERT INTO "{kind}" ({ins_cols}) VALUES '
                   f'({", ".join("?" * len(ins_fields))})')  # fmt: skip
        for start in range(0, len(rows), WRITE_CHUNK):
            chunk = rows[start : start + WRITE_CHUNK]
            inserts, updates, deletes = [], defaultdict(list), []
            for row in chunk:
                if row.action == CREATE:
                    vals = {**row.values, "id": row.record_id, "version": row.new_version,
                            "created_at": now, "updated_at": now, "updated_by": wctx.user,
                            "device_id": wctx.device_id,
                            "deleted_at": now if row.tombstone else None}  # fmt: skip
                    inserts.append(_row_tuple(model, ins_fields, vals))
                    snapshots.append(_snapshot_tuple(model, row, row.new_version, wctx))
                elif row.action == DELETE:
                    deletes.append((now, row.new_version, now, wctx.user, wctx.device_id,
                                    row.record_id, row.local_version))  # fmt: skip
                    snapshots.append(_snapshot_tuple(model, row, row.new_version, wctx))
                elif row.changes:  # UPDATE, or CONFLICT with merged fields
                    key = tuple(sorted(row.changes))
                    params = [model._meta.fields[f].db_value(row.values[f]) for f in key]
                    updates[key].append((*params, row.new_version, now, wctx.user,
                                         wctx.device_id, row.record_id, row.local_version))  # fmt: skip
                    snapshots.append(_snapshot_tuple(model, row, row.new_version, wctx))
                elif row.basis and row.local_version is not None:
                    learned.append((row.basis, row.received, kind, row.record_id,
                                    row.local_version))  # fmt: skip
            if inserts:
                cursor.executemany(ins_sql, inserts)
            for key, params in updates.items():
                sets = ", ".join(f'"{model._meta.fields[f].column_name}" = ?' for f in key)
                sql = (f'UPDATE "{kind}" SET {sets}, version = ?, updated_at = ?, updated_by = ?, '
                       "device_id = ? WHERE id = ? AND version = ?")  # fmt: skip
                _execute_checked(cursor, sql, params)
            if deletes:
                sql = (f'UPDATE "{kind}" SET deleted_at = ?, version = ?, updated_at = ?, '
                       "updated_by = ?, device_id = ? WHERE id = ? AND version = ? "
                       "AND deleted_at IS NULL")  # fmt: skip
                _execute_checked(cursor, sql, deletes)
            if len(snapshots) >= 1000 or start + WRITE_CHUNK >= len(rows):
                cursor.executemany(
                    "INSERT OR REPLACE INTO record_version (table_name, record_id, version, data, "
                    "device_id, basis, content_hash, received, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(*snap, now) for snap in snapshots],
                )
                snapshots = []
            done += len(chunk)
            progress(done, total, f"Menyimpan {chunk[0].incoming.sheet}…")
    if learned:
        cursor.executemany("UPDATE record_version SET basis = ?, received = coalesce(?, received) "
                           "WHERE table_name = ? AND record_id = ? AND version = ?",
                           learned)  # fmt: skip
    _queue_conflicts(db, import_plan, wctx, now)
    return import_plan.counts()


class ChangedMeanwhile(Exception):
    def __init__(self) -> None:
        super().__init__("Data berubah sejak pratinjau dibuat; buat pratinjau baru lalu coba lagi.")


def _execute_checked(cursor: Any, sql: str, params: list[tuple]) -> None:
    cursor.executemany(sql, params)
    if cursor.rowcount != len(params):  # rowcount sums the rows each statement changed
        raise ChangedMeanwhile()


def _snapshot_tuple(model: type[SyncModel], row: RowPlan, version: int | None,
                    wctx: WriteContext) -> tuple:  # fmt: skip
    values = row.values
    data = {f: values.get(f) for f in _sorted_fields(model)}  # sorted: same text as records.py
    # The device that authored this version: the workbook's device when we took its row as is
    # at its own version number (the base of later merges with that device), else this one.
    device = wctx.device_id
    if row.source_device and row.as_is:
        device = row.source_device
    return (model._meta.table_name, row.record_id, version,
            json.dumps(data, ensure_ascii=False, default=json_value), device, row.basis,
            basis.content_hash(model, data), row.received)  # fmt: skip


@cache
def _sorted_fields(model: type[SyncModel]) -> tuple[str, ...]:
    return tuple(sorted(_fields_of(model)))


def _queue_conflicts(db: pw.Database, import_plan: ImportPlan, wctx: WriteContext,
                     now: dt.datetime) -> None:  # fmt: skip
    items = [(row, c) for row in import_plan.rows for c in row.conflicts]
    if not items:
        return
    existing: set[tuple] = set()
    ids = list({c.record_id for _, c in items if c.record_id})
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for r in db.execute_sql(
            "SELECT kind, table_name, record_id, field, theirs_value FROM sync_conflict "
            f"WHERE record_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            existing.add(tuple(r))
    out = []
    for row, c in items:
        theirs = to_json(c.theirs)
        key = (c.kind, c.table_name, c.record_id, c.field, theirs)
        if key in existing:
            continue  # the same difference from the same workbook: already queued or decided
        existing.add(key)
        out.append((new_uuid(), c.kind, c.table_name, c.record_id, c.field, c.base_version,
                    to_json(c.base), to_json(c.mine), theirs, wctx.file_name, row.incoming.sheet,
                    row.incoming.row, wctx.batch_id, "open", now))  # fmt: skip
    db.cursor().executemany(
        "INSERT INTO sync_conflict (id, kind, table_name, record_id, field, base_version, "
        "base_value, mine_value, theirs_value, source_file, sheet, row, batch, status, "
        "created_at) VALUES (" + ", ".join("?" * 15) + ")",
        out,
    )

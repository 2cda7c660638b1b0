"""The writing half of applying an import: one plan, in bulk, inside the caller's transaction.

New rows go in with multi-row ``INSERT … VALUES (…), (…), …`` statements of up to
``INSERT_ROWS`` rows: one statement for many rows, not one per row. Their triggers (the people
search index, the dashboard's change log) still run once per row, but the FTS5 index only writes
its pending terms to disk at the end of a statement: with one statement per row (``executemany``)
every person became its own index segment, to be merged again later (measured on 100,000 people:
14.4 s one per row, 6.9 s in statements of 2,000 rows, for the same rows and the same index).
Every written record gets its ``record_version`` snapshot, updates and deletions check the version
they were planned against (a record changed since the preview is never overwritten), and
conflicts are queued once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
WRITE_CHUNK = 20  # rows prepared between progress reports (each may cancel)
INSERT_ROWS = 2000  # new rows per INSERT statement (fewer when SQLite allows fewer variables)
SQLITE_LIMIT_VARIABLE_NUMBER = 9
DEFAULT_MAX_VARIABLES = 32766  # SQLite's default since 3.32 (when the driver cannot tell)


@cache
def _converters(model: type[SyncModel], fields: tuple[str, ...]) -> tuple:
    """Per field: None when sqlite3 stores the Python value as is, else the field's db_value."""
    out = []
    for name in fields:
        f = model._meta.fields[name]
        plain = isinstance(f, (pw.CharField, pw.TextField, pw.IntegerField, pw.ForeignKeyField))
        out.append(None if plain and not isinstance(f, pw.BooleanField) else f.db_value)
    return tuple(out)


@cache
def _converted(model: type[SyncModel], fields: tuple[str, ...]) -> tuple[tuple[int, Any], ...]:
    """(position, db_value) of the fields whose values need converting (dates, booleans)."""
    return tuple((i, conv) for i, conv in enumerate(_converters(model, fields)) if conv)


@dataclass
class WriteContext:
    user: str | None
    device_id: str
    batch_id: str
    file_name: str


def _max_variables(db: pw.Database) -> int:
    """How many ``?`` one statement may hold on this connection."""
    getlimit = getattr(db.connection(), "getlimit", None)  # sqlite3 (3.11+); not sqlcipher3
    if getlimit is None:
        return DEFAULT_MAX_VARIABLES
    return getlimit(SQLITE_LIMIT_VARIABLE_NUMBER)


@cache
def _insert_sql(table: str, columns: str, width: int, rows: int) -> str:
    """``INSERT`` of ``rows`` rows in one statement (one string per size: SQLite's statement
    cache then prepares it once)."""
    one = f"({', '.join('?' * width)})"
    return f'INSERT INTO "{table}" ({columns}) VALUES {", ".join([one] * rows)}'


class _Inserts:
    """New rows of one table, written as multi-row ``INSERT`` statements of ``per_statement``."""

    def __init__(self, cursor: Any, table: str, columns: str, width: int,
                 per_statement: int) -> None:  # fmt: skip
        self.cursor, self.table, self.columns, self.width = cursor, table, columns, width
        self.per_statement = max(1, per_statement)
        self.params: list[Any] = []
        self.rows = 0

    def add(self, values: Sequence[Any]) -> None:
        self.params.extend(values)
        self.rows += 1
        if self.rows >= self.per_statement:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            sql = _insert_sql(self.table, self.columns, self.width, self.rows)
            self.cursor.execute(sql, self.params)
            self.params, self.rows = [], 0


def write_plan(db: pw.Database, import_plan: ImportPlan, wctx: WriteContext,
               progress: Progress | None = None) -> dict[str, int]:  # fmt: skip
    """Write the accepted rows of ``import_plan``; the caller owns the transaction.

    Returns the counts actually written. Each write checks the version it was planned against,
    so a record changed between preview and apply is not overwritten.
    """
    progress = progress or no_progress
    now = utcnow()
    cursor = db.cursor()
    max_variables = _max_variables(db)
    by_kind: dict[str, list[RowPlan]] = defaultdict(list)
    for row in import_plan.rows:
        if row.writes or row.conflicts or row.basis:
            by_kind[row.kind].append(row)
    total = sum(len(v) for v in by_kind.values()) or 1
    done = 0
    snapshots: list[tuple] = []
    learned: list[tuple] = []  # (Basis, received, table, id, version): rows that wrote nothing
    for kind in KIND_ORDER:
        rows = by_kind.get(kind)
        if not rows:
            continue
        model = MODEL_BY_TABLE[kind]
        content = _fields_of(model)
        sys_fields = ["id", "version", "created_at", "updated_at", "updated_by", "device_id",
                      "deleted_at"]  # fmt: skip
        ins_fields = (*sys_fields, *content)
        converted = [(len(sys_fields) + i, conv) for i, conv in _converted(model, content)]
        ins_cols = ", ".join(f'"{model._meta.fields[f].column_name}"' for f in ins_fields)
        at = model._meta.fields["created_at"].db_value(now)  # also updated_at, deleted_at
        inserts = _Inserts(cursor, kind, ins_cols, len(ins_fields),
                           min(INSERT_ROWS, max_variables // len(ins_fields)))  # fmt: skip
        for start in range(0, len(rows), WRITE_CHUNK):
            chunk = rows[start : start + WRITE_CHUNK]
            updates, deletes = defaultdict(list), []
            for row in chunk:
                if row.action == CREATE:
                    vals = [row.record_id, row.new_version, at, at, wctx.user, wctx.device_id,
                            at if row.tombstone else None, *map(row.values.get, content)]  # fmt: skip
                    for i, conv in converted:
                        if (v := vals[i]) is not None:
                            vals[i] = conv(v)
                    inserts.add(vals)
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
            if updates or deletes:
                inserts.flush()  # statements in the order of the rows, as planned
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
            if start + WRITE_CHUNK >= len(rows):
                inserts.flush()
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
    fields, dates, defaults, not_null = _snapshot_shape(model)
    data = dict(zip(fields, map(row.values.get, fields), strict=True))  # sorted, as records.py
    for f in dates:  # as json_value would (the default= hook below is then rarely called)
        if isinstance(v := data[f], (dt.date, dt.datetime)):
            data[f] = v.isoformat()
    # The device that authored this version: the workbook's device when we took its row as is
    # at its own version number (the base of later merges with that device), else this one.
    device = wctx.device_id
    if row.source_device and row.as_is:
        device = row.source_device
    return (model._meta.table_name, row.record_id, version,
            json.dumps(data, ensure_ascii=False, default=json_value), device, row.basis,
            row.content_hash or _content_hash(data, defaults, not_null), row.received)  # fmt: skip


@cache
def _snapshot_shape(model: type[SyncModel]) -> tuple[tuple[str, ...], tuple[str, ...], tuple,
                                                     tuple[str, ...]]:  # fmt: skip
    """Content fields sorted, the date fields among them, per sorted field the value
    ``basis.content_hash`` puts for an empty one, and the fields where that is not None."""
    fields = tuple(sorted(_fields_of(model)))
    dates = tuple(f for f in fields
                  if isinstance(model._meta.fields[f], (pw.DateField, pw.DateTimeField)))  # fmt: skip
    empty = dict(basis._defaults(model))
    defaults = tuple((f, empty[f]) for f in fields)
    return fields, dates, defaults, tuple(f for f, d in defaults if d is not None)


def _content_hash(data: dict[str, Any], defaults: tuple, not_null: tuple[str, ...]) -> str:
    """``basis.content_hash`` of a snapshot's data (already sorted, dates already ISO text):
    the same canonical JSON, without converting the values a second time."""
    canon = data
    if "" in data.values() or any(data[f] is None for f in not_null):  # else: nothing to replace
        canon = {f: d if (v := data[f]) is None or v == "" else v for f, d in defaults}
    text = json.dumps(canon, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=basis._json_default)  # fmt: skip
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[: basis.HASH_CHARS]


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

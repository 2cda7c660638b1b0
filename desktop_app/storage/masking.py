"""Masked identifiers for read-only roles, enforced by SQLite itself.

For a Pengamat session every connection gets TEMP views named like the tables they cover
(``person``, ``household``, ``record_version``). SQLite resolves an unqualified name to the temp
schema first, so every read — Peewee models, raw SQL in lists, dashboards, reports and exports —
sees NIK, KK and phone numbers masked the same way as ``services.auth.mask_value``, and writes
to those tables fail. Connections opened later (worker threads) get the views too.

The search index (``person_search``) still matches a typed NIK; it shows nothing unmasked.
"""

from __future__ import annotations

import types
from typing import Any

import peewee as pw

STARS = "*" * 32


def nik_sql(col: str) -> str:
    """SQL for ``services.auth.mask_nik``: the first 6 digits (region code), then stars."""
    return (f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} "
            f"ELSE substr({col}, 1, 6) || substr('{STARS}', 1, max(length({col}) - 6, 0)) END")  # fmt: skip


def phone_sql(col: str) -> str:
    """SQL for ``services.auth.mask_phone``."""
    return (f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} "
            f"WHEN length({col}) <= 6 THEN substr({col}, 1, 2) || substr('{STARS}', 1, length({col}) - 2) "
            f"ELSE substr({col}, 1, 4) || substr('{STARS}', 1, length({col}) - 6) || substr({col}, -2) END")  # fmt: skip


MASKED = {"person": {"nik": nik_sql, "phone": phone_sql}, "household": {"no_kk": nik_sql}}


def _columns(conn: Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")').fetchall()]


def _json_masked(table: str) -> str:
    """record_version.data (JSON snapshots) with the same fields masked."""
    parts = []
    for field, fn in MASKED[table].items():
        value = f"json_extract(data, '$.{field}')"
        parts.append(f"'$.{field}', {fn(value)}")
    return f"json_set(data, {', '.join(parts)})"


def create_views(conn: Any) -> None:
    for table, fields in MASKED.items():
        cols = _columns(conn, table)
        select = ", ".join(f'{fields[c](chr(34) + c + chr(34))} AS "{c}"' if c in fields else f'"{c}"'
                           for c in cols)  # fmt: skip
        conn.execute(f'DROP VIEW IF EXISTS temp."{table}"')
        conn.execute(f'CREATE TEMP VIEW "{table}" AS SELECT {select} FROM main."{table}"')
    cols = _columns(conn, "record_version")
    data = (f"CASE table_name WHEN 'person' THEN {_json_masked('person')} "
            f"WHEN 'household' THEN {_json_masked('household')} ELSE data END")  # fmt: skip
    select = ", ".join(f'{data} AS "data"' if c == "data" else f'"{c}"' for c in cols)
    conn.execute('DROP VIEW IF EXISTS temp."record_version"')
    conn.execute(f'CREATE TEMP VIEW "record_version" AS SELECT {select} FROM main."record_version"')


def enable(db: pw.SqliteDatabase) -> None:
    """Mask identifiers on this connection and on every connection ``db`` opens from now on."""
    original = db._initialize_connection

    def initialize(self: pw.SqliteDatabase, conn: Any) -> None:
        original(conn)
        create_views(conn)

    db._initialize_connection = types.MethodType(initialize, db)  # type: ignore[method-assign]
    db.masked_identifiers = True  # type: ignore[attr-defined]
    if not db.is_closed():
        create_views(db.connection())


def is_enabled(db: pw.SqliteDatabase) -> bool:
    return bool(getattr(db, "masked_identifiers", False))

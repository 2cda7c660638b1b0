"""The Beranda's write counters, result store and kept facts (migrations 0055, 0057, 0058).

Triggers bump a counter per table on every write (0055, 0058) and keep the facts tables of 0057
exact, whoever writes — so the services never have to remember to invalidate anything.
"""

from __future__ import annotations

import peewee as pw

# the tables of migration 0057, kept by its triggers
FACT_TABLES = (
    "dashboard_person", "dashboard_people", "dashboard_flags", "dashboard_enrollment",
    "dashboard_attendance", "dashboard_attendance_month", "dashboard_outcome",
)  # fmt: skip
# rows that only hold zero counts are left in place by the triggers (a rebuild has none)
_NONZERO = {
    "dashboard_people": '"n" != 0',
    "dashboard_flags": '"n" != 0',
    "dashboard_attendance_month": '"present" != 0 OR "recorded" != 0 OR "people" != 0',
}


def generations(db: pw.Database) -> dict[str, object]:
    """Write counter per table read by the Beranda, and the content of the ``kelurahan``
    reference table (reloaded, not edited); empty before migration 0055."""
    try:
        out: dict[str, object] = dict(
            db.execute_sql('SELECT "tbl", "gen" FROM "dashboard_gen"').fetchall()
        )
    except pw.OperationalError:
        return {}
    out["kelurahan"] = db.execute_sql(
        "SELECT group_concat(code || '=' || name, ';') FROM "
        '(SELECT "code", "name" FROM "kelurahan" ORDER BY "code")'
    ).fetchone()[0]
    return out


def load(db: pw.Database, key: str) -> tuple[str, str] | None:
    """(token, payload) stored under ``key``."""
    try:
        row = db.execute_sql(
            'SELECT "token", "payload" FROM "dashboard_cache" WHERE "key" = ?', [key]
        ).fetchone()
    except pw.OperationalError:
        return None
    return (row[0], row[1]) if row else None


def store(db: pw.Database, key: str, token: str, payload: str, keep: int = 8) -> bool:
    """Keep a result; best effort (False when the database is busy or read-only: the result is
    only a shortcut). Keeps the ``keep`` entries written last."""
    try:
        with db.atomic():
            db.execute_sql(
                'INSERT OR REPLACE INTO "dashboard_cache" ("key", "token", "payload") '
                "VALUES (?, ?, ?)",
                [key, token, payload],
            )
            db.execute_sql(
                'DELETE FROM "dashboard_cache" WHERE rowid NOT IN (SELECT rowid FROM '
                '"dashboard_cache" ORDER BY rowid DESC LIMIT ?)',
                [keep],
            )
    except (pw.OperationalError, pw.DatabaseError):
        return False
    return True


def clear(db: pw.Database) -> None:
    """Forget the stored results (benchmarks measure a cold start with it)."""
    try:
        with db.atomic():
            db.execute_sql('DELETE FROM "dashboard_cache"')
    except pw.OperationalError:
        pass


def facts(db: pw.Database) -> dict[str, list[tuple[object, ...]]]:
    """The content of the facts tables, sorted, without rows of zero counts (tests compare it
    with ``rebuild_facts``)."""
    out = {}
    for table in FACT_TABLES:
        where = f" WHERE {_NONZERO[table]}" if table in _NONZERO else ""
        rows = db.execute_sql(f'SELECT * FROM "{table}"{where}').fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def rebuild_facts(db: pw.Database) -> None:
    """Fill the facts tables again from the records, as migration 0057 did (a repair; tests check
    the triggers against it)."""
    from desktop_app.storage.migrations import m0057_dashboard_facts as m0057

    with db.atomic():
        for name in m0057.triggers():
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        for table in FACT_TABLES:
            db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
        for statement in m0057.statements():
            db.execute_sql(statement)

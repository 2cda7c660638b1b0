"""The Beranda's change tracking and result store (tables and triggers of migration 0055).

Triggers bump a counter per table on every write and log the ids of people and households
written, whoever writes — so the services never have to remember to invalidate anything.
"""

from __future__ import annotations

import peewee as pw

PRUNED = "__pruned"  # dashboard_gen row: the change log was dropped up to this seq


def generations(db: pw.Database) -> dict[str, object]:
    """Write counter per table read by the Beranda, and the content of the ``kelurahan``
    reference table (reloaded, not edited); empty before migration 0055."""
    try:
        out: dict[str, object] = dict(
            db.execute_sql(
                f'SELECT "tbl", "gen" FROM "dashboard_gen" WHERE "tbl" != \'{PRUNED}\''
            ).fetchall()
        )
    except pw.OperationalError:
        return {}
    out["kelurahan"] = db.execute_sql(
        "SELECT group_concat(code || '=' || name, ';') FROM "
        '(SELECT "code", "name" FROM "kelurahan" ORDER BY "code")'
    ).fetchone()[0]
    return out


def lineage_mark(db: pw.Database) -> tuple[str, int, str]:
    """The file and its newest audit entry (hash-chained): while that entry is still there with
    the same hash, the database is a continuation of the one seen (not restored from a backup
    or another file — the backup API copies pages, which no trigger sees)."""
    row = db.execute_sql(
        'SELECT "seq", "hash" FROM "audit_log" ORDER BY "seq" DESC LIMIT 1'
    ).fetchone()
    return (str(db.database), int(row[0]), str(row[1])) if row else (str(db.database), 0, "")


def same_lineage(db: pw.Database, mark: tuple[str, int, str] | None) -> bool:
    if mark is None or mark[0] != str(db.database):
        return False
    if mark[1] == 0:  # the audit log was empty: still empty (a restore writes to it)
        return db.execute_sql('SELECT 1 FROM "audit_log" LIMIT 1').fetchone() is None
    row = db.execute_sql('SELECT "hash" FROM "audit_log" WHERE "seq" = ?', [mark[1]]).fetchone()
    return row is not None and row[0] == mark[2]


def last_change(db: pw.Database) -> int:
    row = db.execute_sql('SELECT MAX("seq") FROM "dashboard_change"').fetchone()
    return int(row[0] or 0)


def changes_since(
    db: pw.Database, seq: int, tables: tuple[str, ...], limit: int
) -> tuple[int, list[tuple[str, str]] | None]:
    """(newest seq, [(table, logged id)] of ``tables`` written after ``seq``). None instead of the
    list when more than ``limit`` were written (re-reading everything is then cheaper) or when
    the log is behind ``seq`` (another file at the same path)."""
    newest = last_change(db)
    if newest < seq or seq < pruned_upto(db):
        return newest, None
    marks = ",".join("?" * len(tables))
    rows = db.execute_sql(
        f'SELECT "tbl", "rid" FROM "dashboard_change" WHERE "seq" > ? AND "seq" <= ? '
        f'AND "tbl" IN ({marks}) LIMIT ?',
        [seq, newest, *tables, limit + 1],
    ).fetchall()
    if len(rows) > limit:
        return newest, None
    return newest, [(tbl, rid) for tbl, rid in rows]


def pruned_upto(db: pw.Database) -> int:
    row = db.execute_sql('SELECT "gen" FROM "dashboard_gen" WHERE "tbl" = ?', [PRUNED]).fetchone()
    return int(row[0]) if row else 0


def prune(db: pw.Database, upto: int, least: int = 20000) -> bool:
    """Drop the change log up to ``upto`` once it holds at least ``least`` such entries (best
    effort). Whoever is behind the mark reads everything again instead of patching."""
    try:
        row = db.execute_sql(
            'SELECT COUNT(*) FROM "dashboard_change" WHERE "seq" <= ?', [upto]
        ).fetchone()
        if row[0] < least:
            return False
        with db.atomic():
            # the newest entry stays: new entries number on from it (no AUTOINCREMENT)
            db.execute_sql(
                'DELETE FROM "dashboard_change" WHERE "seq" <= ? '
                'AND "seq" < (SELECT MAX("seq") FROM "dashboard_change")',
                [upto],
            )
            db.execute_sql(
                'INSERT OR REPLACE INTO "dashboard_gen" ("tbl", "gen") VALUES (?, ?)',
                [PRUNED, upto],
            )
    except (pw.OperationalError, pw.DatabaseError):
        return False
    return True


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


def members_of(db: pw.Database, household_ids: list[str], head_ids: list[str]) -> set[str]:
    """People of these households and of the households these people head (a person's household
    flags follow the household and its head's sex and tombstone)."""
    out: set[str] = set()
    for ids, sql in (
        (household_ids, 'SELECT "id" FROM "person" WHERE "household_id" IN ({})'),
        (head_ids, 'SELECT p."id" FROM "household" h JOIN "person" p ON p."household_id" = h."id" '
                   'WHERE h."head_id" IN ({})'),
    ):  # fmt: skip
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = db.execute_sql(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
            out.update(r[0] for r in rows)
    return out

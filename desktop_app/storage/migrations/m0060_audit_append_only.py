"""Migration 0060: the audit log is append-only inside SQLite itself.

The app never updates or deletes audit entries; these triggers make any such statement fail, so a
bug or a plug-in cannot rewrite history through the app's connection. (Someone editing the file
with another tool can drop the triggers; the hash chain and ``berdaya audit verify`` catch that.)
"""

NAME = "audit log append-only"

STATEMENTS = [
    """CREATE TRIGGER IF NOT EXISTS "audit_log_no_update" BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS "audit_log_no_delete" BEFORE DELETE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]


def up(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)

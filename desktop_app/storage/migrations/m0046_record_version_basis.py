"""What each merged version already contained from other devices: the ``Basis`` hashes of the rows
an import merged into it (space-separated), so a later export passes that knowledge on and the
receiving device finds the exact common base. Empty for local edits; no backfill needed (the
hashes of a record's own snapshots are computed from ``data``)."""

NAME = "record_version_basis"

STATEMENTS = [
    """ALTER TABLE "record_version" ADD COLUMN "basis" TEXT""",
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)

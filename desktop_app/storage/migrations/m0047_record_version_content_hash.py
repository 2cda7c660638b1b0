"""The content hash of each ``record_version`` snapshot (``exchange.basis.content_hash``), stored so
an export of the whole district does not hash 500,000 snapshots again (7 s). Filled for existing
snapshots here; imports store it with their snapshots; a snapshot written without it (the single
write path) is hashed when an export or import needs it."""

NAME = "record_version_content_hash"

STATEMENTS = [
    """ALTER TABLE "record_version" ADD COLUMN "content_hash" VARCHAR(255)""",
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    from desktop_app.exchange.basis import snapshot_hash
    from desktop_app.storage.models import MODEL_BY_TABLE

    last = 0
    while True:
        rows = db.execute_sql(
            'SELECT id, table_name, data FROM "record_version" WHERE id > ? ORDER BY id LIMIT 5000',
            [last],
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        updates = [(snapshot_hash(MODEL_BY_TABLE[table], data), rid)
                   for rid, table, data in rows if table in MODEL_BY_TABLE]  # fmt: skip
        db.cursor().executemany(
            'UPDATE "record_version" SET content_hash = ? WHERE id = ?', updates
        )

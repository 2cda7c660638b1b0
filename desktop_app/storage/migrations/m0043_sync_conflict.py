"""Migration 0043: the queue of import conflicts a person resolves (keep mine / take theirs / edit)."""

NAME = "sync conflict queue"

STATEMENTS = [
    """CREATE TABLE "sync_conflict" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "record_id" VARCHAR(255), "field" VARCHAR(255), "base_version" INTEGER, "base_value" TEXT, "mine_value" TEXT, "theirs_value" TEXT, "source_file" VARCHAR(255), "sheet" VARCHAR(255), "row" INTEGER, "batch" VARCHAR(255), "status" VARCHAR(255) NOT NULL, "resolution" VARCHAR(255), "resolved_value" TEXT, "created_at" DATETIME NOT NULL, "resolved_at" DATETIME, "resolved_by" VARCHAR(255))""",
    """CREATE INDEX "sync_conflict_record_id" ON "sync_conflict" ("record_id")""",
    """CREATE INDEX "sync_conflict_status" ON "sync_conflict" ("status")""",
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)

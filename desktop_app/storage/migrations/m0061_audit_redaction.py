"""Migration 0061: audit entries whose personal values can be erased without breaking the chain.

UU 27/2022 lets a person have their data erased, and the audit log holds old and new values. New
entries store ``changes_sha`` (SHA-256 of the ``changes`` text); the hash chain covers that digest
instead of the text, so erasure may blank the values (``[dihapus]``) while every other column, and
the chain, stay verifiable. The update trigger allows exactly that and nothing else.
"""

NAME = "audit log redaction of erased personal data"

STATEMENTS = [
    """ALTER TABLE "audit_log" ADD COLUMN "changes_sha" VARCHAR(255)""",
    """DROP TRIGGER IF EXISTS "audit_log_no_update\"""",
    """CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log" WHEN NOT (OLD."changes_sha" IS NOT NULL AND NEW."changes_sha" IS OLD."changes_sha" AND NEW."changes" LIKE '%[dihapus]%' AND NEW."seq" IS OLD."seq" AND NEW."at" IS OLD."at" AND NEW."user" IS OLD."user" AND NEW."device_id" IS OLD."device_id" AND NEW."action" IS OLD."action" AND NEW."table_name" IS OLD."table_name" AND NEW."record_id" IS OLD."record_id" AND NEW."detail" IS OLD."detail" AND NEW."prev_hash" IS OLD."prev_hash" AND NEW."hash" IS OLD."hash") BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]


def up(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)

"""Export marks: which records were sent to which office, for "only what changed since"."""

NAME = "export_mark"

STATEMENTS = [
    """CREATE TABLE "export_mark" ("id" INTEGER NOT NULL PRIMARY KEY, "office" VARCHAR(255) NOT NULL, "scope" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "user" VARCHAR(255), "device_id" VARCHAR(255), "file_name" VARCHAR(255) NOT NULL, "version_seq" INTEGER NOT NULL, "masked" INTEGER NOT NULL, "counts" TEXT NOT NULL)""",
    """CREATE INDEX "export_mark_office_scope" ON "export_mark" ("office", "scope")""",
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)

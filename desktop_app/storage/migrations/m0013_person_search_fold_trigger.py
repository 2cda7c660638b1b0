"""Migration 0013: skip the accent-folding statements when the person's name is plain ASCII.

Every insert or edit of a person ran the nine accent-folding UPDATEs of migration 0010, each an
index lookup that found nothing to do for a plain-ASCII line: about a quarter of the search
index's cost per person in bulk imports.  Each UPDATE now starts with a condition on the new
name alone, which SQLite evaluates once before looking anything up.  (Folding stays inside the
person triggers, after the line is inserted into the FTS index, so the index always sees the old
line it deletes; a separate trigger on ``person_search`` could fire before the FTS insert.)
"""

from desktop_app.storage.migrations.m0010_person_search import body_sql, fold_updates

NAME = "person search folding only for non-ASCII names"

NAME_NON_ASCII = """new."name" GLOB '*[^ -~]*'"""


def statements() -> list[str]:
    one = f'{NAME_NON_ASCII} AND new."id" = "person_id"'
    fold = " ".join(fold_updates(one))
    return [
        'DROP TRIGGER "person_search_person_ai"',
        'CREATE TRIGGER "person_search_person_ai" AFTER INSERT ON "person" BEGIN '
        'INSERT OR REPLACE INTO "person_search" ("person_id", "body", "alive", "name") VALUES '
        f'(new."id", {body_sql("new")}, new."deleted_at" IS NULL, new."name"); {fold} END',
        'DROP TRIGGER "person_search_person_au"',
        'CREATE TRIGGER "person_search_person_au" AFTER UPDATE OF "name", "nik", "phone", '
        f'"household_id" ON "person" BEGIN UPDATE "person_search" SET "body" = {body_sql("new")} '
        f'WHERE new."id" = "person_id"; {fold} END',
    ]


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

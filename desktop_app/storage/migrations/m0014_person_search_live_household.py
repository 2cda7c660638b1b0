"""Migration 0014: a household in the recycle bin no longer lends its KK number to the search.

The search line of a person (migration 0010) held the KK number of their household even after
the household was tombstoned, so typing the old KK number found people whose list row and
profile show no household ("tanpa keluarga").  The line now takes the KK number of a living
household only, and tombstoning or restoring a household rewrites its members' lines.

Frozen SQL: the statements below are this migration's own copy (migrations 0010–0013 are left
as they were); change the triggers again in a new migration.
"""

from desktop_app.storage.migrations.m0010_person_search import fold_updates

NAME = "person search: KK number of living households only"

NAME_NON_ASCII = """new."name" GLOB '*[^ -~]*'"""


def body_sql(row: str) -> str:
    """The lower-cased search line of a person row alias; KK only from a living household."""
    kk = f'(SELECT "no_kk" FROM "household" WHERE "id" = {row}."household_id" AND "deleted_at" IS NULL)'
    return (
        f"lower(coalesce({row}.\"name\", '') || ' ' || coalesce({row}.\"nik\", '') || ' ' || "
        f"coalesce({kk}, '') || ' ' || coalesce({row}.\"phone\", ''))"
    )


def statements() -> list[str]:
    one = f'{NAME_NON_ASCII} AND new."id" = "person_id"'
    fold = " ".join(fold_updates(one))
    members = '"person_id" IN (SELECT "id" FROM "person" WHERE "household_id" = new."id")'
    refresh_members = (
        f'UPDATE "person_search" SET "body" = (SELECT {body_sql("p")} FROM "person" p '
        f'WHERE p."id" = "person_search"."person_id") WHERE {members}; '
        + " ".join(fold_updates(members))
    )
    stale = ('"person_id" IN (SELECT p."id" FROM "person" p JOIN "household" h '
             'ON h."id" = p."household_id" WHERE h."deleted_at" IS NOT NULL)')  # fmt: skip
    return [
        'DROP TRIGGER "person_search_person_ai"',
        'CREATE TRIGGER "person_search_person_ai" AFTER INSERT ON "person" BEGIN '
        'INSERT OR REPLACE INTO "person_search" ("person_id", "body", "alive", "name") VALUES '
        f'(new."id", {body_sql("new")}, new."deleted_at" IS NULL, new."name"); {fold} END',
        'DROP TRIGGER "person_search_person_au"',
        'CREATE TRIGGER "person_search_person_au" AFTER UPDATE OF "name", "nik", "phone", '
        f'"household_id" ON "person" BEGIN UPDATE "person_search" SET "body" = {body_sql("new")} '
        f'WHERE new."id" = "person_id"; {fold} END',
        'DROP TRIGGER "person_search_household_au"',
        'CREATE TRIGGER "person_search_household_au" AFTER UPDATE OF "no_kk", "deleted_at" '
        f'ON "household" BEGIN {refresh_members} END',
        'DROP TRIGGER "person_search_household_ai"',
        f'CREATE TRIGGER "person_search_household_ai" AFTER INSERT ON "household" BEGIN {refresh_members} END',
        # Lines of people whose household is already in the recycle bin.
        f'UPDATE "person_search" SET "body" = (SELECT {body_sql("p")} FROM "person" p '
        f'WHERE p."id" = "person_search"."person_id") WHERE {stale}',
        *(u.rstrip(";") for u in fold_updates(stale)),
    ]


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

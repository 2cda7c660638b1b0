"""Migration 0055: what the Beranda needs to reuse its work across refreshes and app restarts.

* ``dashboard_gen`` — one generation counter per table the Beranda reads, bumped by triggers on
  every insert, update and delete, whoever writes (the single write path, bulk inserts of the
  demo and the Excel import, an import's raw UPDATEs, a merge). A cached figure is still right
  exactly when the counters of the tables it read are unchanged.
  (``kelurahan`` is reference data reloaded at every opening: readers fingerprint its content.)
* ``dashboard_change`` — in order (``seq``), the ids of the people, households, sessions and
  programs written and the people whose attendance was written (old and new), so in-memory facts
  are patched for those records only instead of re-reading 100,000 people or a year of attendance.
* ``dashboard_cache`` — finished results (JSON) with the counters they were computed at, so a
  reopened app shows the Beranda of an unchanged database without recomputing it.

Frozen: never edit; add a new migration instead.
"""

NAME = "dashboard cache"

TABLES = (
    "person", "household", "program", "enrollment", "activity", "attendance",
    "service", "outcome_indicator", "outcome", "community_group", "arisan_cycle",
    "arisan_round", "arisan_contribution", "arisan_payout",
)  # fmt: skip
# table -> the column logged in dashboard_change: the record's id, or for attendance the person
LOGGED = {"person": "id", "household": "id", "attendance": "person_id", "activity": "id",
          "program": "id"}  # fmt: skip


def statements() -> list[str]:
    out = [
        'CREATE TABLE "dashboard_gen" ("tbl" TEXT NOT NULL PRIMARY KEY, '
        '"gen" INTEGER NOT NULL DEFAULT 0)',
        'CREATE TABLE "dashboard_change" ("seq" INTEGER NOT NULL PRIMARY KEY, '
        '"tbl" TEXT NOT NULL, "rid" TEXT NOT NULL)',
        'CREATE TABLE "dashboard_cache" ("key" TEXT NOT NULL PRIMARY KEY, '
        '"token" TEXT NOT NULL, "payload" TEXT NOT NULL)',
    ]
    for table in TABLES:
        out.append(f'INSERT INTO "dashboard_gen" ("tbl", "gen") VALUES (\'{table}\', 0)')
        key = LOGGED.get(table, "id")
        for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            body = f'UPDATE "dashboard_gen" SET "gen" = "gen" + 1 WHERE "tbl" = \'{table}\';'
            if table in LOGGED:
                body += (
                    ' INSERT INTO "dashboard_change" ("tbl", "rid") '
                    f"VALUES ('{table}', {row}.\"{key}\");"
                )
                if event == "UPDATE":  # the old value changed too (a person merged into another)
                    body += (
                        ' INSERT INTO "dashboard_change" ("tbl", "rid") '
                        f'SELECT \'{table}\', old."{key}" WHERE old."{key}" IS NOT new."{key}";'
                    )
            out.append(
                f'CREATE TRIGGER "dashboard_{table}_{event.lower()}" AFTER {event} ON "{table}" '
                f"BEGIN {body} END"
            )
    return out


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

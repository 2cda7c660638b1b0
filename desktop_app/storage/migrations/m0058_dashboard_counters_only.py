"""Migration 0058: the Beranda no longer reads the change log of migrations 0055–0056.

Its facts are kept in the file by the triggers of 0057, so nothing is patched in memory from
``dashboard_change`` any more. The triggers of 0055 keep only the write counter per table (stored
results are reused while the counters of what they read are unchanged); those of 0056 go. Every
written row then costs one statement less. The log's rows are dropped; the table stays (empty).

Frozen: never edit; add a new migration instead.
"""

NAME = "dashboard counters only"

TABLES = (
    "person", "household", "program", "enrollment", "activity", "attendance",
    "service", "outcome_indicator", "outcome", "community_group", "arisan_cycle",
    "arisan_round", "arisan_contribution", "arisan_payout",
)  # fmt: skip
EVENTS = ("insert", "update", "delete")


def statements() -> list[str]:
    out = []
    for table in ("enrollment", "outcome"):
        for event in EVENTS:
            out.append(f'DROP TRIGGER IF EXISTS "dashboard_log_{table}_{event}"')
    for table in TABLES:
        for event in EVENTS:
            out.append(f'DROP TRIGGER IF EXISTS "dashboard_{table}_{event}"')
            out.append(
                f'CREATE TRIGGER "dashboard_{table}_{event}" AFTER {event.upper()} ON "{table}" '
                f'BEGIN UPDATE "dashboard_gen" SET "gen" = "gen" + 1 WHERE "tbl" = \'{table}\'; END'
            )
    out.append('DELETE FROM "dashboard_change"')
    out.append('DELETE FROM "dashboard_gen" WHERE "tbl" = \'__pruned\'')
    return out


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

"""Migration 0056: the Beranda's change log (0055) also names the people whose enrollments or
outcome measurements were written (old and new person), so reach, new participants and outcome
changes are re-read for those people only.

Frozen: never edit; add a new migration instead.
"""

NAME = "dashboard person log"

LOGGED = {"enrollment": "person_id", "outcome": "person_id"}


def statements() -> list[str]:
    out = []
    for table, column in LOGGED.items():
        for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            body = (
                'INSERT INTO "dashboard_change" ("tbl", "rid") '
                f"VALUES ('{table}', {row}.\"{column}\");"
            )
            if event == "UPDATE":
                body += (
                    ' INSERT INTO "dashboard_change" ("tbl", "rid") '
                    f"SELECT '{table}', old.\"{column}\" "
                    f'WHERE old."{column}" IS NOT new."{column}";'
                )
            out.append(
                f'CREATE TRIGGER "dashboard_log_{table}_{event.lower()}" AFTER {event} '
                f'ON "{table}" BEGIN {body} END'
            )
    return out


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

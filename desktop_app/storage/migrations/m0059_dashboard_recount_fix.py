"""Migration 0059: the triggers of 0057 that recount attendance cells, created again.

Migration 0057 was first committed with a recount that took a (person, month) cell once per
session of it named by the write: a person at two sessions of one program in one month was
counted twice when that program was tombstoned or restored (also a session's or a row's update,
in rarer cases). 0057 was corrected the same day; a file migrated in between keeps the first
triggers, so they are created again here from 0057's corrected text (the same text on every
other file: nothing changes there). A file whose facts may have drifted meanwhile is refilled by
``storage.dashboard_state.rebuild_facts``.

Frozen: never edit; add a new migration instead.
"""

from desktop_app.storage.migrations import m0057_dashboard_facts as m0057

NAME = "dashboard recount fix"

TRIGGERS = (
    "dashboard_facts_program_insert", "dashboard_facts_program_update",
    "dashboard_facts_program_delete", "dashboard_facts_attendance_update",
    "dashboard_facts_attendance_delete", "dashboard_facts_activity_insert",
    "dashboard_facts_activity_update", "dashboard_facts_activity_delete",
)  # fmt: skip


def statements() -> list[str]:
    out = []
    for name, (event, when, body) in m0057.triggers().items():
        if name in TRIGGERS:
            cond = f" WHEN {when}" if when else ""
            out.append(f'DROP TRIGGER IF EXISTS "{name}"')
            out.append(f'CREATE TRIGGER "{name}" {event}{cond} BEGIN {"; ".join(body)}; END')
    return out


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

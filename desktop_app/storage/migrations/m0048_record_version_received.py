"""The rows an import merged into a version, as they arrived (``record_version.received``): a JSON
list of ``{"id": state id, "basis": [state ids it contains], "data": {content}}``. A later row from
the same office or laptop names such a state as its base (``exchange.basis``); without its content
this device could only fall back to an older base and ask about fields nobody changed twice.
Empty for local edits and for rows taken unchanged; nothing to backfill."""

NAME = "record_version_received"

STATEMENTS = [
    """ALTER TABLE "record_version" ADD COLUMN "received" TEXT""",
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)

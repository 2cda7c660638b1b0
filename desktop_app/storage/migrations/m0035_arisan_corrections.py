"""Migration 0035: arisan corrections (see ``domain.arisan``, "Corrections").

* a payout or a draw recorded by mistake is voided with a reason and a date, never deleted;
* a payout keeps which arrears it settled by deduction (JSON), so voiding it can unsettle them;
* a share keeps the history of the members who held it (JSON), when it is passed on.
"""

NAME = "arisan corrections: voided payouts and draws, share history"

STATEMENTS = [
    """ALTER TABLE "arisan_payout" ADD COLUMN "settled" TEXT""",
    """ALTER TABLE "arisan_payout" ADD COLUMN "void_reason" VARCHAR(255)""",
    """ALTER TABLE "arisan_payout" ADD COLUMN "voided_on" DATE""",
    """ALTER TABLE "arisan_draw" ADD COLUMN "void_reason" VARCHAR(255)""",
    """ALTER TABLE "arisan_draw" ADD COLUMN "voided_on" DATE""",
    """ALTER TABLE "arisan_share" ADD COLUMN "history" TEXT""",
]


def up(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)

"""Migration 0030: arisan bidding (lelang).

The bids of a draw are kept with the draw (JSON ``{share id: discount}``, as they were at the
draw), and each payout records the discount its winner bid; the discount stays in the group's cash
box (see ``domain.arisan``).
"""

NAME = "arisan bids and payout discount"

STATEMENTS = [
    """ALTER TABLE "arisan_draw" ADD COLUMN "bids" TEXT""",
    """ALTER TABLE "arisan_payout" ADD COLUMN "discount" INTEGER NOT NULL DEFAULT 0""",
]


def up(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)

"""Migration 0012: the search lines' sort index also covers the line itself.

A broad search ("ma", "537") walks people in name order and checks each line until a page is
full; with ``body`` in the index that walk never leaves the index (no table lookup per person).
"""

NAME = "person search covering sort index"

STATEMENTS = [
    'DROP INDEX "person_search_sort"',
    'CREATE INDEX "person_search_sort" ON "person_search" ("alive", "name", "person_id", "body")',
]


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)

"""Numbered schema migrations.

Each module ``mNNNN_*.py`` has ``NAME`` and ``up(db)``.  Applied numbers are recorded in the
``schema_migration`` table; any migration not yet applied runs, in number order, inside one
transaction each, after a backup of the file (when it already held data).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType

import peewee as pw

TABLE = "schema_migration"


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    module: ModuleType


def available() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(info.name[1:5]), module.NAME, module))
    return sorted(found, key=lambda m: m.number)


def latest_number() -> int:
    return available()[-1].number


def ensure_table(db: pw.Database) -> None:
    db.execute_sql(
        f'CREATE TABLE IF NOT EXISTS "{TABLE}" ('
        '"number" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "applied_at" TEXT NOT NULL)'
    )


def applied(db: pw.Database) -> set[int]:
    ensure_table(db)
    return {row[0] for row in db.execute_sql(f'SELECT number FROM "{TABLE}"')}


def schema_version(db: pw.Database) -> int:
    done = applied(db)
    return max(done) if done else 0


def pending(db: pw.Database, upto: int | None = None) -> list[Migration]:
    done = applied(db)
    return [m for m in available() if m.number not in done and (upto is None or m.number <= upto)]


def migrate(db: pw.Database, upto: int | None = None) -> list[Migration]:
    """Apply what is pending; each migration is all-or-nothing."""
    ran = []
    for migration in pending(db, upto):
        with db.atomic():
            migration.module.up(db)
            db.execute_sql(
                f'INSERT INTO "{TABLE}" (number, name, applied_at) '
                "VALUES (?, ?, datetime('now'))",
                (migration.number, migration.name),
            )
        ran.append(migration)
    return ran

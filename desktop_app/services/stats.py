"""Record counts and the integrity check behind ``berdaya check``."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from desktop_app.storage import migrations
from desktop_app.storage.database import integrity
from desktop_app.storage.models import (
    Activity,
    Attendance,
    Enrollment,
    Group,
    Household,
    Outcome,
    Person,
    Program,
    Service,
    SyncModel,
)

COUNTED: dict[str, type[SyncModel]] = {
    "people": Person,
    "households": Household,
    "programs": Program,
    "enrollments": Enrollment,
    "activities": Activity,
    "attendance": Attendance,
    "services": Service,
    "outcomes": Outcome,
    "groups": Group,
}


def record_counts() -> dict[str, int]:
    """Living records per kind; tombstoned records are not counted."""
    return {key: model.alive().count() for key, model in COUNTED.items()}


@dataclass
class CheckResult:
    integrity: str
    schema_version: int
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"

    def as_dict(self) -> dict[str, object]:
        return {
            "integrity": self.integrity,
            "schema_version": self.schema_version,
            "counts": self.counts,
        }


def check(db: pw.SqliteDatabase) -> CheckResult:
    state = integrity(db)
    try:
        counts = record_counts()
    except pw.DatabaseError:
        if state == "ok":
            raise
        counts = {}  # a damaged file may not even count; the integrity text says why
    return CheckResult(state, migrations.schema_version(db), counts)

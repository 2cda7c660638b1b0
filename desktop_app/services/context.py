"""Who is acting, on which device: stamped on every change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import peewee as pw

from desktop_app.storage.models import Setting

DEVICE_ID_KEY = "device_id"
DEMO_DATABASE_KEY = "demo_database"  # set by the demo generator: such a database needs no setup


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_setting(key: str, value: str | None) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def device_id() -> str:
    """A random ID created once per database file; it names this laptop in exchanges."""
    value = get_setting(DEVICE_ID_KEY)
    if not value:
        value = str(uuid.uuid4())
        set_setting(DEVICE_ID_KEY, value)
    return value


@dataclass
class Actor:
    user: str | None
    device_id: str

    @classmethod
    def local(cls, db: pw.Database, user: str | None = None) -> Actor:
        with db.atomic():
            return cls(user=user, device_id=device_id())

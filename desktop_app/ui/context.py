"""What every page needs: the open database, who is acting, and a signal that data changed."""

from __future__ import annotations

from pathlib import Path

import peewee as pw
from PySide6.QtCore import QObject, Signal

from desktop_app.services import records
from desktop_app.services.context import Actor


class AppContext(QObject):
    """Shared by the main window and its pages.

    ``data_changed`` fires after any write through ``services.records`` (one record) and after
    bulk work (import, demo) that calls ``notify_changed``; pages refresh from it.
    """

    data_changed = Signal(str)  # table name, or "" for "anything may have changed"

    def __init__(self, db: pw.SqliteDatabase, db_path: Path, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.db_path = Path(db_path)
        self.actor = actor
        # Who signed in (``services.auth.Session``); None for a database without accounts (demo).
        self.session = None
        self._unsubscribe = records.subscribe(
            lambda change: self.data_changed.emit(change.table_name)
        )

    @property
    def role(self) -> str | None:
        """For ``services.auth.can(ctx.role, action)`` and ``auth.mask_value(field, v, ctx.role)``."""
        return self.session.role if self.session is not None else None

    def notify_changed(self, table: str = "") -> None:
        self.data_changed.emit(table)

    def close(self) -> None:
        self._unsubscribe()

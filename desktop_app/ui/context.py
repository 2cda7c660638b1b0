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
        self._unsubscribe = records.subscribe(lambda change: self.data_changed.emit(change.table_name))

    def notify_changed(self, table: str = "") -> None:
        self.data_changed.emit(table)

    def close(self) -> None:
        self._unsubscribe()

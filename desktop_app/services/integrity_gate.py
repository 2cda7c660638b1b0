"""The start-up integrity check, run beside the open app while every write waits for it.

A damaged database must never be written to. Checking a district-scale file takes most of a
second, so after a clean shutdown the app opens at once and checks in the background; the single
write path and the import ask ``guard()`` first, which waits for the verdict and refuses every
write once damage was found. After an unclean end the check runs before opening instead
(``storage.database.must_check_before_open``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.storage import database
from desktop_app.storage.errors import StorageError

WAIT_SECONDS = 60


class CheckStillRunning(StorageError):
    def __init__(self) -> None:
        super().__init__("Pemeriksaan keutuhan database belum selesai; simpan lagi sebentar lagi.")


class IntegrityGate:
    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = Path(path)
        self.key = key
        self.error: StorageError | None = None
        self._done = threading.Event()

    def run(self, _progress: object = None) -> StorageError | None:
        """The check itself (in a worker thread); returns the damage found, if any."""
        try:
            database.quick_check_file(self.path, self.key)
        except StorageError as exc:
            self.error = exc
            database.check_marker(self.path).touch()
        finally:
            self._done.set()
        return self.error

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def guard(self) -> None:
        """Before a write: wait for the check; refuse when it found damage."""
        if not self._done.wait(WAIT_SECONDS):
            raise CheckStillRunning()
        if self.error is not None:
            raise self.error

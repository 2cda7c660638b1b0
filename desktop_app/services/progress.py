"""Progress reporting and cancellation for long services, without Qt.

Services take an optional ``progress(done, total, text)`` callable; the UI's implementation raises
``Cancelled`` when the user pressed Batal, which unwinds the service's transaction.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[..., None]


class Cancelled(Exception):
    def __init__(self) -> None:
        super().__init__("Dibatalkan oleh pengguna; database tidak berubah.")


def no_progress(done: int, total: int, text: str = "") -> None:
    """The default: report nothing, never cancel."""

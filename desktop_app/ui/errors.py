"""One place that turns an exception into a message a facilitator understands."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.storage.errors import StorageError, translate

log = logging.getLogger("berdaya")


def user_message(exc: BaseException) -> str:
    err = translate(exc)
    if isinstance(err, StorageError):
        return str(err)
    if isinstance(err, (ValueError, PermissionError, FileNotFoundError, OSError)) and str(err):
        return str(err)
    return "Terjadi kesalahan yang tidak terduga. Data tidak berubah. Rincian ada di berkas log."


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    # The log keeps the traceback but no personal data: exception text may hold names, so only
    # the type and the stack go there.
    log.error("%s: %s\n%s", title, type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    QMessageBox.critical(parent, title, user_message(exc))

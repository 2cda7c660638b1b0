"""One place that turns an exception into a message a facilitator understands."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.exchange.types import ExchangeFileError
from desktop_app.storage.errors import StorageError, translate
from desktop_app.ui.messages import is_known, translate_message

log = logging.getLogger("berdaya")

# Exceptions whose text is written for the user (Indonesian, translated by ui.messages).
_USER_ERRORS = (StorageError, ExchangeFileError, ValueError, PermissionError, FileNotFoundError,
                OSError)  # fmt: skip


def user_message(exc: BaseException) -> str:
    """The exception's message in the interface language; a generic one for a bug."""
    err = translate(exc)
    text = str(err)
    if text and (isinstance(err, _USER_ERRORS) or is_known(text)):
        return translate_message(text)
    return QCoreApplication.translate(
        "errors",
        "Terjadi kesalahan yang tidak terduga. Data tidak berubah. Rincian ada di berkas log.",
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    # The log keeps the traceback but no personal data: exception text may hold names, so only
    # the type and the stack go there.
    log.error(
        "%s: %s\n%s", title, type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__))
    )
    QMessageBox.critical(parent, title, user_message(exc))

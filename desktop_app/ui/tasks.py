"""Long work off the GUI thread: one path with progress, cancel and one error handler.

A task is a plain function ``fn(progress) -> result`` from the services; it runs in a worker
thread with its own SQLite connection. ``progress(done, total, text)`` updates the dialog and
raises ``Cancelled`` once the user pressed Batal, so the service's transaction rolls back and the
database stays as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services.progress import Cancelled
from desktop_app.ui.errors import show_error
from desktop_app.ui.messages import translate_message


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after run() returned: the runnable may be let go


# Runnables in flight. The widget that started a task may be destroyed (and its Task with it)
# while the worker still runs; without this reference Python could free the runnable under the
# running thread. Released on the GUI thread once ``ended`` arrives, after run() has returned.
_running: set[_Runnable] = set()


def _release(runnable: _Runnable) -> None:
    _running.discard(runnable)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], db: Any, cancel: threading.Event) -> None:
        super().__init__()
        self.fn = fn
        self.db = db
        self.cancel = cancel
        self.signals = _Signals()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.progress)
            except BaseException as exc:  # noqa: BLE001 - every failure reaches the one handler
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody is left to tell
        finally:
            if self.db is not None and not self.db.is_closed():
                self.db.close()  # the worker thread's own connection
            self.signals.ended.emit()


# Tasks in flight, kept here rather than as Qt children of the widget that started them: a
# Python-made QObject whose wrapper dies before its C++ object (a child outliving a collected
# parent wrapper, or one deleted later by Qt) crashes PySide when Qt calls into it. A task is let
# go from a timer once its result is delivered, never inside its own slot.
_tasks: set[Task] = set()


class Task(QObject):
    """A running task; keeps its dialog and runnable alive until it ends."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., Any], db: Any = None,
                 *, show_dialog: bool = True) -> None:  # fmt: skip
        super().__init__()
        self._cancel = threading.Event()
        self.runnable = _Runnable(fn, db, self._cancel)
        self.runnable.setAutoDelete(False)
        runnable = self.runnable
        runnable.signals.ended.connect(lambda: _release(runnable))
        self.parent_alive = parent is not None
        if parent is not None:
            parent.destroyed.connect(self._parent_gone)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Batal"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        sig = self.runnable.signals
        sig.progress.connect(self._on_progress)
        sig.finished.connect(self._on_finished)
        sig.failed.connect(self._on_failed)
        self.title = title
        self.parent_widget = parent
        self.finished_flag = False
        self.on_error: Callable[[BaseException], None] | None = None

    def _parent_gone(self) -> None:
        """The widget that asked was destroyed (its dialog with it): stop and tell nobody."""
        self.parent_alive = False
        self.dialog = None
        self._cancel.set()

    def start(self) -> Task:
        _tasks.add(self)
        _running.add(self.runnable)
        QThreadPool.globalInstance().start(self.runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Membatalkan…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog  # setValue() processes events: the task may finish meanwhile
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        if text:
            dialog.setLabelText(translate_message(text))  # the service's text, in Indonesian
        dialog.setValue(min(done, total) if total else 0)

    def _close_dialog(self) -> None:
        self.finished_flag = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        QTimer.singleShot(0, lambda task=self: _tasks.discard(task))

    def _on_finished(self, result: object) -> None:
        self._close_dialog()
        if self.parent_alive or self.parent_widget is None:
            self.done.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._close_dialog()
        if self.parent_widget is not None and not self.parent_alive:
            return
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            show_error(self.parent_widget, self.title, exc)
        self.failed.emit(exc)


def run_task(parent: QWidget | None, title: str, fn: Callable[..., Any], db: Any = None, *,
             on_done: Callable[[Any], None] | None = None,
             on_cancel: Callable[[], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             show_dialog: bool = True) -> Task:  # fmt: skip
    """Start ``fn`` in a worker; failures go to ``on_error`` or to the standard error dialog."""
    task = Task(parent, title, fn, db, show_dialog=show_dialog)
    task.on_error = on_error
    if on_done is not None:
        task.done.connect(on_done)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    return task.start()

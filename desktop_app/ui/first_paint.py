"""Work that waits until a widget is on screen: start-up queries and workers begin after the
window's first paint, so the user sees the window (with its pages visibly loading) as early as
possible and the first frame does not compete with background threads for the interpreter.

The watcher is an event filter on that one widget only, removed at the first paint, so nothing
stays on the path of later events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(
        self, widget: QWidget, callback: Callable[[], None], at_latest_ms: int | None
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # a window that is never shown (or hidden at start) still gets its work
        if at_latest_ms is not None:
            QTimer.singleShot(at_latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            # the paint is flushed to the screen when this event is done: start in the next turn
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], *,
                      at_latest_ms: int | None = None) -> None:  # fmt: skip
    """Call ``callback`` once, in the event-loop turn after ``widget`` is first painted (or after
    ``at_latest_ms`` when given, whichever comes first). Nothing is called once the widget is
    destroyed."""
    _FirstPaint(widget, callback, at_latest_ms)

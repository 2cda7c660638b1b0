"""Idle lock: after the configured idle time the app covers its windows and asks for the password.

Nothing is closed: open dialogs and half-typed forms stay exactly as they were underneath the
cover, so no unsaved work is lost. While locked, keyboard and mouse input reaches only the unlock
form (shortcuts included). Locking and unlocking are audited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import audit, auth
from desktop_app.services.context import Actor
from desktop_app.ui.messages import translate_message

_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}  # fmt: skip


class Cover(QFrame):
    """An opaque cover over one window; the main window's cover holds the unlock form."""

    def __init__(self, window: QWidget, with_form: bool, full_name: str) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: palette(window); }")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Berdaya terkunci"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.password: QLineEdit | None = None
        self.error: QLabel | None = None
        self.unlock_button: QPushButton | None = None
        if with_form:
            who = QLabel(self.tr("Pekerjaan yang belum disimpan tetap aman. Masukkan kata sandi "
                                 "{name} untuk melanjutkan.").format(name=full_name))  # fmt: skip
            who.setWordWrap(True)
            who.setAlignment(Qt.AlignmentFlag.AlignCenter)
            who.setMaximumWidth(420)
            layout.addWidget(who)
            self.password = QLineEdit()
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setPlaceholderText(self.tr("Kata sandi"))
            self.password.setMaximumWidth(320)
            layout.addWidget(self.password, alignment=Qt.AlignmentFlag.AlignCenter)
            self.error = QLabel()
            self.error.setStyleSheet("color: #b00020;")
            self.error.setWordWrap(True)
            self.error.setMaximumWidth(420)
            self.error.hide()
            layout.addWidget(self.error, alignment=Qt.AlignmentFlag.AlignCenter)
            self.unlock_button = QPushButton(self.tr("Buka kunci"))
            layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class IdleLock(QObject):
    """Watches the application's input; locks ``window`` after ``minutes`` without any."""

    running: set[IdleLock] = set()  # locks watching the app now (stopped ones leave)

    def __init__(self, window: QWidget, session: auth.Session, actor: Actor,
                 minutes: int | None = None,
                 on_locked: Callable[[bool], None] | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.session = session
        self.actor = actor
        self.on_locked = on_locked
        self.covers: list[Cover] = []
        self.form: Cover | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if minutes is not None else auth.idle_minutes())
        QApplication.instance().installEventFilter(self)
        IdleLock.running.add(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if self.covers:
            if kind in _INPUT and not self._inside_form(obj):
                return True  # swallowed: the app is locked
            return False
        if kind in _ACTIVITY:
            self.timer.start()
        return False

    def _inside_form(self, obj: QObject) -> bool:
        if self.form is None or not isinstance(obj, QWidget):
            return False
        return obj is self.form or self.form.isAncestorOf(obj)

    def lock(self) -> None:
        if self.covers:
            return
        self.timer.stop()
        # The form goes where input is possible: an open modal dialog blocks the main window.
        host = QApplication.activeModalWidget() or self.window
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not (w.windowFlags() & Qt.WindowType.Popup)
                   and w is not host]  # fmt: skip
        for w in windows:
            self.covers.append(Cover(w, False, self.session.full_name))
        self.form = Cover(host, True, self.session.full_name)
        self.covers.append(self.form)
        for cover in self.covers:
            cover.show()
            cover.raise_()
        assert self.form.password is not None and self.form.unlock_button is not None
        self.form.password.returnPressed.connect(self._try_unlock)
        self.form.unlock_button.clicked.connect(self._try_unlock)
        host.activateWindow()
        self.form.password.setFocus()
        audit.record("lock", self.actor, detail="kunci otomatis")
        if self.on_locked:
            self.on_locked(True)

    def _try_unlock(self) -> None:
        assert self.form is not None and self.form.password is not None
        try:
            auth.sign_in(self.session.username, self.form.password.text(), source="buka kunci")
        except auth.AuthError as exc:
            self.form.password.clear()
            assert self.form.error is not None
            self.form.error.setText(translate_message(str(exc)))
            self.form.error.show()
            return
        self.unlock()

    def unlock(self) -> None:
        for cover in self.covers:
            cover.parentWidget().removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers = []
        self.form = None
        self.timer.start()
        if self.on_locked:
            self.on_locked(False)

    def stop(self) -> None:
        IdleLock.running.discard(self)
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

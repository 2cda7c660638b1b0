"""Qt fixtures: an app context over a database and a main window, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext


@pytest.fixture
def qsettings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "berdaya.ini"), QSettings.Format.IniFormat)


def _finish_workers(qapp) -> None:
    """Let every worker (counts, Beranda, lists) end and deliver its result before the test's
    database closes and the next test binds another one, as the app does on exit."""
    QThreadPool.globalInstance().waitForDone(30_000)
    qapp.processEvents()


@pytest.fixture
def ctx(qapp, demo_db, tmp_path):
    context = AppContext(demo_db, tmp_path / "demo.db", Actor.local(demo_db, "tester"))
    yield context
    _finish_workers(qapp)
    context.close()


@pytest.fixture
def empty_ctx(qapp, db, db_path):
    context = AppContext(db, db_path, Actor.local(db, "tester"))
    yield context
    _finish_workers(qapp)
    context.close()


@pytest.fixture
def main_window(qtbot, ctx, qsettings):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(autouse=True)
def _no_leaked_write_guards():
    """A window a test opened without closing it must not leave its write guards (sign-in role,
    start-up check) on the next test's database."""
    from desktop_app.services import records

    before = list(records._guards)
    yield
    records._guards[:] = before


@pytest.fixture(autouse=True)
def _idle_locks_stop():
    """An idle lock a test started (directly or by opening a signed-in window) must not lock a
    later test's windows and swallow its clicks."""
    yield
    from desktop_app.ui.auth.lock import IdleLock

    for lock in list(IdleLock.running):
        lock.stop()

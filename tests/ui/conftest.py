"""Qt fixtures: an app context over a database and a main window, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext


@pytest.fixture
def qsettings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "berdaya.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qapp, demo_db, tmp_path):
    context = AppContext(demo_db, tmp_path / "demo.db", Actor.local(demo_db, "tester"))
    yield context
    context.close()


@pytest.fixture
def empty_ctx(qapp, db, db_path):
    context = AppContext(db, db_path, Actor.local(db, "tester"))
    yield context
    context.close()


@pytest.fixture
def main_window(qtbot, ctx, qsettings):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window

"""The start-up integrity check runs once, after the window's first paint; a write that comes
before it started runs it first, and every write waits for its verdict."""

from __future__ import annotations

import threading

import pytest

from desktop_app.services.integrity_gate import IntegrityGate
from desktop_app.storage.errors import StorageError
from desktop_app.ui import app as app_module


class CountingGate(IntegrityGate):
    def __init__(self, path, damage: StorageError | None = None) -> None:
        super().__init__(path)
        self.runs: list[str] = []
        self.damage = damage

    def run(self, _progress: object = None) -> StorageError | None:
        self.runs.append(threading.current_thread().name)
        self.error = self.damage
        self._done.set()
        return self.error


def test_a_write_before_the_check_started_runs_it_there_once(qtbot, main_window, tmp_path,
                                                              monkeypatch):  # fmt: skip
    verdicts = []
    monkeypatch.setattr(app_module, "_check_finished", lambda w, g, damage: verdicts.append(damage))
    gate = CountingGate(tmp_path / "x.db")
    check = app_module.BackgroundCheck(gate)
    check.guard()  # a write before the window started the check: it runs here, in this thread
    assert gate.runs == [threading.current_thread().name]
    check.start(main_window)  # the window's start: waits for that verdict, does not run again
    qtbot.waitUntil(lambda: bool(verdicts), timeout=5000)
    assert verdicts == [None] and len(gate.runs) == 1
    check.guard()
    assert len(gate.runs) == 1


def test_the_check_runs_in_a_worker_and_damage_refuses_writes(qtbot, main_window, tmp_path,
                                                              monkeypatch):  # fmt: skip
    verdicts = []
    monkeypatch.setattr(app_module, "_check_finished", lambda w, g, damage: verdicts.append(damage))
    damage = StorageError("rusak")
    gate = CountingGate(tmp_path / "x.db", damage)
    check = app_module.BackgroundCheck(gate)
    check.start(main_window)
    qtbot.waitUntil(lambda: bool(verdicts), timeout=5000)
    assert verdicts == [damage] and gate.runs != [threading.current_thread().name]
    with pytest.raises(StorageError) as refused:
        check.guard()
    assert refused.value is damage
    assert len(gate.runs) == 1


def test_the_window_starts_the_check_after_its_first_paint(qtbot, ctx, qsettings, tmp_path,
                                                           monkeypatch):  # fmt: skip
    from desktop_app.ui.main_window import MainWindow

    verdicts = []
    monkeypatch.setattr(app_module, "_check_finished", lambda w, g, damage: verdicts.append(damage))
    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    gate = CountingGate(tmp_path / "x.db")
    app_module.start_background_check(window, gate)
    try:
        assert gate.runs == []  # nothing before the window is on screen
        window.show()
        qtbot.waitUntil(lambda: bool(verdicts), timeout=5000)
        assert verdicts == [None] and len(gate.runs) == 1
    finally:
        window.integrity_guard()


def test_a_start_that_must_check_or_upgrade_first_says_so_until_the_file_is_open(qtbot, tmp_path,
                                                                                  monkeypatch):  # fmt: skip
    # After an unclean end (or before migrations) the file is checked before the window can
    # open: seconds on a district-scale file, so the start shows what it is waiting for.
    from desktop_app.storage import database

    class Notice:
        closed = False

        def close(self) -> None:
            Notice.closed = True

        def deleteLater(self) -> None:  # noqa: N802 - Qt's name
            pass

    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_busy", lambda text: shown.append(text) or Notice())
    path = tmp_path / "berdaya.db"
    database.connect(path, create=True).close()
    opened = app_module.open_database(path)  # closed cleanly, schema current: no wait, no notice
    assert opened is not None and opened[1] is not None and shown == []
    opened[0].close()
    database.check_marker(path).touch()  # as after a check that has not finished
    opened = app_module.open_database(path)
    assert opened is not None and opened[1] is None  # checked before opening
    assert len(shown) == 1 and "memperbarui" in shown[0] and Notice.closed
    opened[0].close()


def test_the_start_notice_is_a_real_window_with_the_text(qtbot):
    notice = app_module.show_busy("Memeriksa database…")
    qtbot.addWidget(notice)
    assert notice.isVisible()
    from PySide6.QtWidgets import QLabel

    assert any("Memeriksa database" in label.text() for label in notice.findChildren(QLabel))
    notice.close()

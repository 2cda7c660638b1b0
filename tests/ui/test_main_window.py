"""The main window opens offscreen, shows every area, and remembers its geometry."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import PAGES


def test_title_names_the_app_and_database(main_window):
    assert main_window.windowTitle() == "Berdaya — demo.db"


def test_sidebar_lists_every_area_in_indonesian(main_window):
    titles = [main_window.sidebar.item(i).text() for i in range(main_window.sidebar.count())]
    assert titles[0] == "Beranda"
    for expected in ("Penduduk & Keluarga", "Program & Kegiatan", "Kelompok & Arisan",
                     "Impor/Ekspor", "Laporan", "Pengaturan"):  # fmt: skip
        assert expected in titles


def test_every_area_opens_with_real_content(main_window, qtbot):
    # the first area is built in the event-loop turn after the window's first paint
    qtbot.waitUntil(lambda: main_window.built_page(PAGES[0].key) is not None, timeout=3000)
    for index, spec in enumerate(PAGES):
        main_window.sidebar.setCurrentRow(index)
        page = main_window.stack.currentWidget()
        assert page is main_window.page(spec.key)
        assert page.findChildren(QLabel), spec.key  # a page shows something, never a blank


def test_the_first_frame_comes_before_the_first_page_and_the_background_work(qtbot, ctx, qsettings,
                                                                          monkeypatch):  # fmt: skip
    """Start-up order (docs/benchmarks.md, "Start-up"): the window is painted with "Memuat…"
    where the page goes; the page, the status counts and other background work start in the
    event-loop turn after that paint."""
    from PySide6.QtCore import QEvent, QObject

    counted = []
    monkeypatch.setattr(MainWindow, "refresh_status", lambda self: counted.append(1))
    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    later = []
    window.when_started(lambda: later.append(window.built_page("beranda")))
    assert window.built_page("beranda") is None and not counted
    placeholder = window.stack.currentWidget()
    assert [label.text() for label in placeholder.findChildren(QLabel)] == ["Memuat…"]

    at_first_paint = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                at_first_paint.append((window.built_page("beranda"), list(counted)))
            return False

    spy = Spy()
    window.installEventFilter(spy)
    window.show()
    qtbot.waitUntil(lambda: bool(later), timeout=3000)
    assert at_first_paint[0] == (None, [])  # the first frame: no page built, no worker started
    assert later[0] is not None and window.stack.currentWidget() is later[0]
    assert counted == [1]
    window.when_started(lambda: later.append("at once"))  # after the start: runs at once
    assert later[-1] == "at once"


def test_a_window_closed_before_its_first_paint_starts_no_work(qtbot, ctx, qsettings, monkeypatch):
    counted = []
    monkeypatch.setattr(MainWindow, "refresh_status", lambda self: counted.append(1))
    monkeypatch.setattr(MainWindow, "START_AT_LATEST_MS", 50)
    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    window.cancel_start()  # what app.close_window does
    qtbot.wait(200)
    assert window.built_page("beranda") is None and not counted


def test_a_window_never_shown_still_starts_its_work(qtbot, ctx, qsettings, monkeypatch):
    counted = []
    monkeypatch.setattr(MainWindow, "refresh_status", lambda self: counted.append(1))
    monkeypatch.setattr(MainWindow, "START_AT_LATEST_MS", 50)
    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(counted), timeout=3000)
    assert window.built_page("beranda") is not None


def test_keyboard_shortcut_switches_area(main_window, qtbot):
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.sidebar.currentRow() == 2


def test_status_bar_shows_database_and_counts(main_window, qtbot):
    assert "demo.db" in main_window.db_label.text()
    qtbot.waitUntil(lambda: "600 penduduk" in main_window.counts_label.text(), timeout=3000)


def test_geometry_is_remembered(qtbot, ctx, qsettings):
    first = MainWindow(ctx, qsettings)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(10, 20, 780, 520))
    first.close()
    second = MainWindow(ctx, qsettings)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (780, 520)


def test_about_dialog(main_window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    main_window.show_about()
    assert shown["title"] == "Tentang Berdaya" and "Kecamatan Alak" in shown["text"]


def test_status_counts_follow_changes(main_window, qtbot, ctx):
    from desktop_app.services import records
    from desktop_app.storage.models import Person

    person = Person.alive().first()
    records.delete(person, ctx.actor)
    qtbot.waitUntil(lambda: "599 penduduk" in main_window.counts_label.text(), timeout=2000)


def test_a_demo_database_opens_without_device_setup(qtbot, demo_template, tmp_path, qsettings,
                                                    monkeypatch):  # fmt: skip
    import shutil

    from desktop_app.ui import app as app_module

    path = tmp_path / "demo-copy.db"
    shutil.copy(demo_template, path)
    monkeypatch.setattr(app_module, "ask_setup", lambda: pytest.fail("setup asked for a demo"))
    window, lock = app_module.open_window(str(path), qsettings)
    try:
        qtbot.addWidget(window)
        assert window.windowTitle() == "Berdaya — demo-copy.db"
    finally:
        app_module.close_window(window, lock)

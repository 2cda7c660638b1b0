"""Starting the desktop app: one instance per database, open it, offer demo data, show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.paths import default_db_path
from desktop_app.services.context import Actor, get_setting, set_setting
from desktop_app.storage import database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import Person
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import run_task

ONBOARDED = "onboarding_done"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app  # type: ignore[return-value]


def acquire_lock(db_path: Path) -> QLockFile | None:
    """A second copy on the same database is refused within a second (stale locks are taken over)."""
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if not lock.tryLock(1000):
        return None
    return lock


def needs_onboarding(db_is_new: bool) -> bool:
    if db_is_new:
        return True
    return get_setting(ONBOARDED) is None and not Person.select().exists()


def offer_demo(parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle("Selamat datang di Berdaya")
    box.setIcon(QMessageBox.Icon.Question)
    box.setText("Database ini masih kosong.")
    box.setInformativeText(
        "Isi dengan data demo (600 penduduk fiktif di 12 kelurahan Alak) untuk mencoba aplikasi, "
        "atau mulai kosong untuk pekerjaan sungguhan."
    )
    demo_button = box.addButton("Isi data demo", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Mulai kosong", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo_button)
    box.exec()
    return box.clickedButton() is demo_button


def open_window(db_arg: str | None, settings: QSettings | None = None,
                ask_demo: bool = True) -> tuple[MainWindow, QLockFile] | None:  # fmt: skip
    path = Path(db_arg).expanduser() if db_arg else default_db_path()
    is_new = not path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, f"Folder database tidak dapat dibuat: {exc}")
        return None
    lock = acquire_lock(path)
    if lock is None:
        QMessageBox.warning(
            None,
            APP_NAME,
            f"Berdaya sudah terbuka untuk database ini:\n{path}\n\n"
            "Tutup jendela Berdaya yang lain dulu. Dua jendela pada satu database bisa merusak data.",
        )
        return None
    try:
        db = database.connect(path, create=True)
    except StorageError as exc:
        lock.unlock()
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None
    actor = Actor.local(db)
    ctx = AppContext(db, path, actor)
    window = MainWindow(ctx, settings)
    if ask_demo and needs_onboarding(is_new):
        set_setting(ONBOARDED, "1")
        if offer_demo(window):
            from desktop_app.services import demo  # only a first start needs the generator

            run_task(window, "Membuat data demo…",
                     lambda progress: demo.generate(db, Actor(actor.user, actor.device_id),
                                                    progress=progress),
                     db, on_done=lambda _summary: ctx.notify_changed())  # fmt: skip
    return window, lock


def run_gui(db_arg: str | None) -> int:
    app = make_app()
    opened = open_window(db_arg)
    if opened is None:
        return 1
    window, lock = opened
    window.show()
    try:
        return app.exec()
    finally:
        window.ctx.close()
        window.ctx.db.close()
        lock.unlock()

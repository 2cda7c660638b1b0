"""``berdaya --self-test``: open the main window offscreen on a temporary demo database, visit
every area, and report failure through the exit status. Run by installers and the bundle test."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool

    from desktop_app.services import demo
    from desktop_app.services.context import Actor
    from desktop_app.storage import database
    from desktop_app.ui.app import make_app, open_window
    from desktop_app.ui.pages import PAGES

    failures: list[str] = []
    previous_hook = sys.excepthook

    def record(exc_type, exc, tb):  # exceptions raised inside Qt slots land here
        failures.append("".join(traceback.format_exception(exc_type, exc, tb)))

    sys.excepthook = record
    with tempfile.TemporaryDirectory(prefix="berdaya-selftest-") as tmp:
        path = Path(tmp) / "selftest.db"
        db = database.connect(path, create=True)
        demo.generate(db, Actor.local(db, "self-test"), people=120)
        db.close()
        app = make_app([sys.argv[0]])
        opened = open_window(str(path), QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
                             ask_demo=False)  # fmt: skip
        if opened is None:
            print("self-test: jendela utama tidak dapat dibuka", file=sys.stderr)
            return 1
        window, lock = opened
        try:
            window.show()
            for spec in PAGES:
                window.show_area(spec.key)
                app.processEvents()
                QThreadPool.globalInstance().waitForDone(10_000)
                app.processEvents()
            window.close()
        except Exception:  # noqa: BLE001 - a self-test reports, it does not crash
            failures.append(traceback.format_exc())
        finally:
            window.ctx.close()
            window.ctx.db.close()
            lock.unlock()
    sys.excepthook = previous_hook
    if failures:
        print("self-test GAGAL:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print(f"self-test ok: {len(PAGES)} area dibuka")
    return 0

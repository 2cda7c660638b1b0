"""Screenshots for docs/user-guide.md, taken from the real app on a fresh demo database.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py            # both languages
    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py --lang en  # one language

Writes docs/screenshots/<lang>/<name>.png at 1366×768 (dialogs at their own size). The demo data is
deterministic, so the pictures only change when the screens do.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_SCREEN = Path(__file__).resolve().parents[1] / "tests" / "ui" / "screen_1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a 1366×768 laptop screen
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
SAMPLE = Path("/work/shared/samples/district/data_disabilitas_fatufeto.xlsx")


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_until(check: Callable[[], bool], timeout: float = 20) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if check():
            return True
        time.sleep(0.05)
    return False


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    path = folder / f"{name}.png"
    image.save(str(path), "PNG", 0)  # 0 = smallest file
    print(path.relative_to(OUT.parent), f"{path.stat().st_size // 1024} KB")


def show_dialog(dialog: QDialog, folder: Path, name: str) -> None:
    dialog.show()
    settle(0.5)
    save(dialog, folder, name)
    dialog.reject()
    dialog.deleteLater()


def shoot(language: str, work: Path) -> None:
    from desktop_app.services import demo
    from desktop_app.services.context import Actor
    from desktop_app.storage import database
    from desktop_app.storage import models as m
    from desktop_app.ui import i18n
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    db_path = work / language / "berdaya.db"
    db_path.parent.mkdir(parents=True)
    db = database.connect(db_path, create=True)
    demo.generate(db, Actor.local(db, "demo"))
    i18n.install(language)
    ctx = AppContext(db, db_path, Actor.local(db, "maria"))
    window = MainWindow(ctx, QSettings(str(work / f"{language}.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    settle(1)

    window.show_area("beranda")
    settle(1.5)
    save(window, folder, "main-window")

    registry = window.show_area("penduduk")
    settle(1)
    save(window, folder, "people-list")

    from desktop_app.ui.pages.registry.person_form import PersonDialog
    from desktop_app.ui.pages.registry.profile import ProfileDialog

    person = (m.Person.alive().where(m.Person.nik.is_null(False), m.Person.household.is_null(False))
              .order_by(m.Person.name).first())  # fmt: skip
    show_dialog(PersonDialog(ctx, person.id, registry), folder, "person-form")
    show_dialog(ProfileDialog(ctx, person.id, registry), folder, "profile")

    programs = window.show_area("program")
    settle(1)
    save(window, folder, "program-page")
    programs.tabs.setCurrentWidget(programs.sessions)
    settle(0.5)
    from desktop_app.ui.pages.programs.attendance import AttendanceDialog

    activity = (m.Activity.alive().where(m.Activity.program == programs.program_id)
                .order_by(m.Activity.date.desc()).first())  # fmt: skip
    if activity is None:
        activity = m.Activity.alive().order_by(m.Activity.date.desc()).first()
    show_dialog(AttendanceDialog(ctx, activity.id, programs), folder, "attendance")

    groups = window.show_area("kelompok")
    settle(0.5)
    arisan_group = m.Group.alive().where(m.Group.kind == "arisan").first()
    groups.select_group(arisan_group.id)
    groups.tabs.setCurrentWidget(groups.arisan)
    settle(1)
    save(window, folder, "arisan-ledger")

    window.show_area("pertukaran")
    settle(0.5)
    from desktop_app.ui.pages.exchange_import import ImportDialog

    if SAMPLE.exists():
        dialog = ImportDialog(ctx, window)
        dialog.resize(1100, 700)
        dialog.show()
        dialog.load_file(SAMPLE)
        wait_until(
            lambda: dialog.steps.currentWidget() in (dialog.mapping_step, dialog.preview_page)
        )
        if dialog.steps.currentWidget() is dialog.mapping_step:
            save(dialog, folder, "import-mapping")
            dialog.next_button.click()
            wait_until(lambda: dialog.steps.currentWidget() is dialog.preview_page)
        save(dialog, folder, "import-preview")
        dialog.reject()
        dialog.deleteLater()

    reports = window.show_area("laporan")
    settle(0.5)
    reports.preview_button.click()
    wait_until(lambda: bool(reports.browser.toPlainText().strip())
               and "Tampilkan" not in reports.browser.toPlainText()[:80], 20)  # fmt: skip
    settle(1)
    save(window, folder, "reports")

    window.show_area("pengaturan")
    settle(0.5)
    save(window, folder, "settings")

    window.close()
    ctx.close()
    i18n.install("id")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], action="append")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("BerdayaScreenshots")  # keep the user's own settings untouched
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        for language in args.lang or ["id", "en"]:
            shoot(language, Path(tmp))
    total = sum(p.stat().st_size for p in OUT.rglob("*.png"))
    print(f"total {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

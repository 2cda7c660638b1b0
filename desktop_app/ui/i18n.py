"""Language of the interface: Indonesian (the source texts) or English, switchable at run time.

Dates, money and numbers keep the Indonesian formats in both languages (dd/mm/yyyy, Rp 1.500.000),
as facilitators and offices expect; the locale for Qt's own widgets (calendars) is set to match.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop_app.paths import resource_path
from desktop_app.ui import messages

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
SETTING = "ui/language"
log = logging.getLogger("berdaya")

_installed: list[QTranslator] = []


# The catalogue files (``desktop_app.tools.translations`` keeps the same names; a test checks).
EN_CATALOGUE = "berdaya_en.ts"
QT_ID_CATALOGUE = "qt_id.ts"


def _stale(folder: Path) -> bool:
    """Whether a .ts file has no .qm or a newer one (checked without importing the tool)."""
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        try:
            if qm.stat().st_mtime < ts.stat().st_mtime:
                return True
        except FileNotFoundError:
            return True
    return False


def language_from(settings: QSettings) -> str:
    value = settings.value(SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTING, language)
    settings.sync()


def install(language: str) -> str:
    """Install the translators for ``language``; returns the language actually in force."""
    in_force = _install(language)
    messages.set_language(in_force)  # service messages follow (ui.messages)
    return in_force


def _install(language: str) -> str:
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    folder = resource_path("translations")
    if _stale(folder):  # a source checkout after editing a .ts; installs ship them built
        from desktop_app.tools import translations  # the tool (ast, xml) only when needed

        try:
            translations.build()
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("translations not compiled: %s", type(exc).__name__)
    names = [EN_CATALOGUE] if language == "en" else [QT_ID_CATALOGUE]
    for name in names:
        translator = QTranslator(app)
        qm = (folder / name).with_suffix(".qm")
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation catalogue missing: %s", qm.name)
            return DEFAULT_LANGUAGE if language == "en" else language
    return language

"""Language of the interface: Indonesian (the source texts) or English, switchable at run time.

Dates, money and numbers keep the Indonesian formats in both languages (dd/mm/yyyy, Rp 1.500.000),
as facilitators and offices expect; the locale for Qt's own widgets (calendars) is set to match.
"""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop_app.tools import translations
from desktop_app.ui import messages

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
SETTING = "ui/language"
log = logging.getLogger("berdaya")

_installed: list[QTranslator] = []


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
    try:
        translations.build()
    except (OSError, subprocess.CalledProcessError) as exc:  # installs ship their .qm files built
        log.warning("translations not compiled: %s", type(exc).__name__)
    names = []
    if language == "en":
        names.append(translations.CATALOGUES["en"])
    else:
        names.extend(translations.QT_CATALOGUES.values())
    for name in names:
        translator = QTranslator(app)
        qm = translations.qm_path(translations.translations_dir() / name)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation catalogue missing: %s", qm.name)
            return DEFAULT_LANGUAGE if language == "en" else language
    return language

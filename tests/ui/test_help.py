"""The built-in guide covers the field tasks in both languages and lists the real shortcuts."""

import re

from PySide6.QtCore import QSettings

from desktop_app.ui import i18n
from desktop_app.ui.help import SHORTCUTS_ANCHOR, HelpDialog, guide_html

TOPICS = ["kunjungan-pertama", "mendaftar-keluarga", "kegiatan-kehadiran", "kirim-terima", "arisan"]


def test_both_languages_have_every_topic():
    for language in i18n.LANGUAGES:
        anchors = re.findall(r'<h2 id="([^"]+)">', guide_html(language))
        assert anchors == TOPICS, language
    assert "Putaran arisan" in guide_html("id") and "An arisan round" in guide_html("en")


def test_guide_lists_the_window_shortcuts(main_window, qtbot):
    dialog = HelpDialog(main_window, SHORTCUTS_ANCHOR)
    qtbot.addWidget(dialog)
    assert dialog.anchors() == [*TOPICS, SHORTCUTS_ANCHOR]
    text = dialog.browser.toPlainText()
    assert "Ctrl+1" in text and "Beranda" in text and "F1" in text
    assert "Penduduk & Keluarga" in text  # the menu's doubled && shown as one &


def test_guide_follows_the_language(main_window, qtbot):
    QSettings().setValue(i18n.SETTING, "en")
    try:
        dialog = HelpDialog(main_window)
        qtbot.addWidget(dialog)
        assert "First visit" in dialog.browser.toPlainText()
    finally:
        QSettings().remove(i18n.SETTING)

"""Pengaturan: what this device and database are."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.storage import migrations
from desktop_app.ui import i18n
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets import page_header


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Pengaturan"),
                                     self.tr("Perangkat dan database yang sedang dipakai.")))  # fmt: skip
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, caption in (
            ("version", self.tr("Versi aplikasi")),
            ("db", self.tr("Berkas database")),
            ("schema", self.tr("Versi skema")),
            ("device", self.tr("ID perangkat")),
        ):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            form.addRow(caption, label)
        layout.addLayout(form)

        language_box = QGroupBox(self.tr("Bahasa tampilan"))
        row = QHBoxLayout(language_box)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.language_from(QSettings())))
        self.apply_language = QPushButton(self.tr("Terapkan bahasa"))
        self.apply_language.clicked.connect(self.change_language)
        note = QLabel(self.tr("Tanggal dan uang tetap ditulis cara Indonesia: 31/12/2026, Rp 1.500.000."))
        note.setWordWrap(True)
        row.addWidget(self.language)
        row.addWidget(self.apply_language)
        row.addWidget(note, 1)
        layout.addWidget(language_box)
        layout.addStretch(1)
        self.refresh()

    def change_language(self) -> None:
        """Switch at once: saved work is in the database, and screens are rebuilt in the new language."""
        code = self.language.currentData()
        settings = QSettings()
        i18n.save_language(settings, code)
        i18n.install(code)
        window = self.window()
        if hasattr(window, "retranslate"):
            window.retranslate()

    def refresh(self) -> None:
        self.labels["version"].setText(__version__)
        self.labels["db"].setText(str(self.ctx.db_path))
        self.labels["schema"].setText(str(migrations.schema_version(self.ctx.db)))
        self.labels["device"].setText(self.ctx.actor.device_id)

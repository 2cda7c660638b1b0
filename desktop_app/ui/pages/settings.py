"""Pengaturan: what this device and database are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.storage import migrations
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
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.labels["version"].setText(__version__)
        self.labels["db"].setText(str(self.ctx.db_path))
        self.labels["schema"].setText(str(migrations.schema_version(self.ctx.db)))
        self.labels["device"].setText(self.ctx.actor.device_id)

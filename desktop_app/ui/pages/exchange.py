"""Impor/Ekspor: export and template buttons, the import entry point, import and export history."""

from __future__ import annotations

import importlib
import importlib.util
import json
from types import ModuleType

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services import overview
from desktop_app.storage.models import ExportMark
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.pages.exchange_export import ExportDialog, save_template
from desktop_app.ui.widgets import ReadOnlyTable, page_header

IMPORT_MODULE = "desktop_app.ui.pages.exchange_import"  # provides open_import_dialog(ctx, parent)


def _import_module() -> ModuleType | None:
    if importlib.util.find_spec(IMPORT_MODULE) is None:
        return None
    module = importlib.import_module(IMPORT_MODULE)
    return module if hasattr(module, "open_import_dialog") else None


def export_history() -> overview.Table:
    rows = []
    for mark in ExportMark.select().order_by(ExportMark.id.desc()).limit(200):
        counts = json.loads(mark.counts or "{}")
        rows.append([mark.at, mark.file_name, mark.office, mark.scope.split(":")[0],
                     mark.user or "", sum(counts.values())])  # fmt: skip
    return ["Waktu", "Berkas", "Kantor", "Cakupan", "Pengguna", "Baris"], rows


class ExchangePage(QWidget):
    TABLES = ("import_batch", "export_mark")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(
            self.tr("Impor/Ekspor"),
            self.tr("Bertukar data dengan kantor kelurahan dan kecamatan lewat buku kerja Excel.")))  # fmt: skip
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setToolTip(self.tr("Tulis buku kerja Excel untuk dikirim ke kantor."))
        self.template_button = QPushButton(self.tr("Templat kosong…"))
        self.template_button.setToolTip(self.tr("Buku kerja kosong dengan petunjuk untuk diisi kantor."))
        self.import_button = QPushButton(self.tr("Impor…"))
        self.import_button.setToolTip(self.tr("Baca buku kerja dari kantor atau perangkat lain."))
        self.export_button.clicked.connect(self.open_export_dialog)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.open_import_dialog)
        # Never a dead button: Impor… shows only once the import dialog exists.
        self.import_button.setVisible(_import_module() is not None)
        self.conflicts_button = QPushButton(self.tr("Konflik…"))
        self.conflicts_button.setToolTip(self.tr("Data yang diubah di dua tempat: putuskan nilainya."))
        self.conflicts_button.clicked.connect(self.open_conflicts_dialog)
        self.conflicts_button.setVisible(_import_module() is not None)
        for button in (self.import_button, self.conflicts_button, self.export_button,
                       self.template_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Riwayat impor")))
        self.imports = ReadOnlyTable()
        layout.addWidget(self.imports, 2)
        layout.addWidget(QLabel(self.tr("Riwayat ekspor")))
        self.exports = ReadOnlyTable()
        layout.addWidget(self.exports, 1)
        ctx.data_changed.connect(self._maybe_refresh)
        self.refresh()

    def _maybe_refresh(self, table: str) -> None:
        if not table or table in self.TABLES:
            self.refresh()

    def _headers(self, headers: list[str]) -> list[str]:
        names = {
            "Waktu": self.tr("Waktu"), "Berkas": self.tr("Berkas"), "Pengguna": self.tr("Pengguna"),
            "Status": self.tr("Status"), "Baru": self.tr("Baru"), "Diperbarui": self.tr("Diperbarui"),
            "Ditolak": self.tr("Ditolak"), "Kantor": self.tr("Kantor"), "Cakupan": self.tr("Cakupan"),
            "Baris": self.tr("Baris"),
        }  # fmt: skip
        return [names.get(h, h) for h in headers]

    def refresh(self) -> None:
        headers, rows = overview.import_history()
        self.imports.set_rows(self._headers(headers), rows)
        headers, rows = export_history()
        self.exports.set_rows(self._headers(headers), rows)
        module = _import_module()
        if module is not None:
            count = module.open_conflict_count()
            self.conflicts_button.setText(self.tr("Konflik ({0})…").format(count) if count
                                          else self.tr("Konflik…"))  # fmt: skip

    def open_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self, folder=self.ctx.db_path.parent)
        dialog.exported.connect(lambda result: self.status.setText(
            self.tr("Ekspor terakhir: {path}").format(path=result.path)))  # fmt: skip
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_import_dialog(self) -> QWidget | None:
        """The import dialog (``exchange_import.open_import_dialog``)."""
        module = _import_module()
        if module is None:
            return None
        self.dialog = module.open_import_dialog(self.ctx, self)
        return self.dialog

    def open_conflicts_dialog(self) -> QWidget | None:
        """The conflict queue (``exchange_import.open_conflicts_dialog``)."""
        module = _import_module()
        if module is None:
            return None
        self.dialog = module.open_conflicts_dialog(self.ctx, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        return self.dialog

    def save_template(self) -> None:
        try:
            path = save_template(self, self.ctx.db_path.parent)
        except OSError as exc:
            show_error(self, self.tr("Templat kosong"), exc)
            return
        if path is not None:
            self.status.setText(self.tr("Templat kosong ditulis ke {path}").format(path=path))

"""The export dialog: scope, masking, target file; runs the export with progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_number
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import exchange_export as ex
from desktop_app.storage.models import Program
from desktop_app.ui.context import AppContext
from desktop_app.ui.tasks import Task, run_task

XLSX_FILTER = "Buku kerja Excel (*.xlsx)"


def default_export_name(today: dt.date | None = None) -> str:
    return f"berdaya-ekspor-{(today or dt.date.today()).strftime('%Y%m%d')}.xlsx"


def with_xlsx_suffix(path: str) -> str:
    path = path.strip()
    return path if not path or path.lower().endswith(".xlsx") else path + ".xlsx"


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs in a worker (``ui.tasks``)."""

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.result: ex.ExportResult | None = None
        self.setWindowTitle(self.tr("Ekspor ke Excel"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        scope_box = QGroupBox(self.tr("Cakupan"))
        scope = QFormLayout(scope_box)
        self.scope_all = QRadioButton(self.tr("Semua data"))
        self.scope_kelurahan = QRadioButton(self.tr("Satu kelurahan"))
        self.scope_program = QRadioButton(self.tr("Satu program"))
        self.scope_all.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_all, self.scope_kelurahan, self.scope_program):
            self.scope_group.addButton(button)
        self.kelurahan = QComboBox()
        for kel in kelurahan_list():
            self.kelurahan.addItem(kel.name, kel.code)
        self.program = QComboBox()
        for program in Program.alive().order_by(Program.name):
            self.program.addItem(program.name, program.id)
        scope.addRow(self.scope_all)
        scope.addRow(self.scope_kelurahan, self.kelurahan)
        scope.addRow(self.scope_program, self.program)
        if self.program.count() == 0:
            self.scope_program.setEnabled(False)
        self.changed_only = QCheckBox(self.tr("Hanya yang berubah sejak ekspor terakhir ke kantor ini"))
        self.office = QLineEdit(ex.DEFAULT_OFFICE)
        scope.addRow(self.changed_only)
        scope.addRow(self.tr("Kantor tujuan"), self.office)
        layout.addWidget(scope_box)

        self.mask = QCheckBox(self.tr("Samarkan NIK, No KK dan No HP (buku kerja hanya untuk dibaca)"))
        layout.addWidget(self.mask)
        self.consented_only = QCheckBox(self.tr("Tanpa penduduk yang belum memberi persetujuan data"))
        layout.addWidget(self.consented_only)
        # Password protection (exchange/crypto): unreadable without it on WhatsApp or a USB stick.
        self.protect = QCheckBox(self.tr("Lindungi dengan kata sandi"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kata sandi"))
        self.password.setToolTip(self.tr("Minimal {n} karakter").format(n=ex.MIN_WORKBOOK_PASSWORD))
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2.setPlaceholderText(self.tr("Ulangi kata sandi"))
        protect_row = QHBoxLayout()
        protect_row.addWidget(self.protect)
        protect_row.addWidget(self.password, 1)
        protect_row.addWidget(self.password2, 1)
        layout.addLayout(protect_row)

        file_row = QHBoxLayout()
        start = folder or Path.home()
        self.path = QLineEdit(str(start / default_export_name()))
        self.browse = QPushButton(self.tr("Pilih…"))
        self.browse.clicked.connect(self.choose_file)
        file_row.addWidget(QLabel(self.tr("Berkas")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        layout.addLayout(file_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("exportSummary")
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Ekspor"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.close_button = self.buttons.addButton(self.tr("Tutup"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        for widget in (self.scope_all, self.scope_kelurahan, self.scope_program, self.mask,
                       self.protect):  # fmt: skip
            widget.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.kelurahan.setEnabled(self.scope_kelurahan.isChecked())
        self.program.setEnabled(self.scope_program.isChecked())
        # A masked workbook is for reading only and does not count as an export to the office.
        self.changed_only.setEnabled(not self.mask.isChecked())
        self.office.setEnabled(not self.mask.isChecked())
        self.password.setEnabled(self.protect.isChecked())
        self.password2.setEnabled(self.protect.isChecked())

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan ekspor sebagai"),
                                                    self.path.text(), XLSX_FILTER)  # fmt: skip
        if path:
            self.path.setText(with_xlsx_suffix(path))

    def options(self) -> ex.ExportOptions:
        masked = self.mask.isChecked()
        return ex.ExportOptions(
            kelurahan=self.kelurahan.currentData() if self.scope_kelurahan.isChecked() else None,
            program=self.program.currentData() if self.scope_program.isChecked() else None,
            changed_since_last=self.changed_only.isChecked() and not masked,
            office=self.office.text().strip() or ex.DEFAULT_OFFICE,
            mask=masked,
            consented_only=self.consented_only.isChecked(),
        )

    def start_export(self) -> None:
        target = with_xlsx_suffix(self.path.text())
        if not target:
            self.summary.setText(self.tr("Pilih berkas tujuan lebih dulu."))
            return
        self.path.setText(target)
        password = None
        if self.protect.isChecked():
            password = self.password.text()
            if len(password) < ex.MIN_WORKBOOK_PASSWORD:
                self.summary.setText(self.tr("Kata sandi minimal {n} karakter.").format(
                    n=ex.MIN_WORKBOOK_PASSWORD))  # fmt: skip
                self.password.setFocus()
                return
            if password != self.password2.text():
                self.summary.setText(self.tr("Kata sandi tidak sama."))
                self.password2.setFocus()
                return
        options = self.options()
        options.password = password
        db, actor = self.ctx.db, self.ctx.actor
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Mengekspor…"))

        def work(progress):
            return ex.export(db, target, actor, options, progress)

        self.task = run_task(self, self.tr("Mengekspor ke Excel…"), work, db,
                             on_done=self._done, on_cancel=self._cancelled,
                             on_error=self._failed)  # fmt: skip

    def _done(self, result: ex.ExportResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        lines = [self.tr("Selesai: {n} baris diekspor ke {path}.").format(
            n=format_number(result.total), path=result.path)]  # fmt: skip
        if result.since is not None:
            lines.append(self.tr("Perubahan sejak {at}.").format(
                at=result.since.strftime("%d/%m/%Y %H:%M")))  # fmt: skip
        filled = [f"{sheet}: {format_number(count)}" for sheet, count in result.counts.items() if count]
        if filled:
            lines.append(", ".join(filled))
        if result.masked:
            lines.append(self.tr("NIK, No KK dan No HP disamarkan."))
        if self.protect.isChecked():
            lines.append(self.tr("Dilindungi kata sandi: kirim kata sandinya lewat jalur lain, "
                                 "bukan di percakapan yang sama dengan berkasnya."))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.adjustSize()  # the summary may be several lines: grow rather than squeeze the form
        self.ctx.notify_changed("export_mark")
        self.exported.emit(result)

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis."))

    def _failed(self, exc: BaseException) -> None:
        from desktop_app.ui.errors import user_message

        self.export_button.setEnabled(True)
        self.summary.setText(self.tr("Ekspor gagal: {msg}").format(msg=user_message(exc)))


def save_template(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask where, then write the empty exchange workbook; returns the path written."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QDialog.tr("Simpan templat kosong"),
        str((start or Path.home()) / "berdaya-templat.xlsx"),
        XLSX_FILTER,
    )
    if not path:
        return None
    target = Path(with_xlsx_suffix(path))
    ex.write_template(target)
    return target

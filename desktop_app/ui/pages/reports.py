"""Laporan: build the monthly, program and kelurahan reports, preview, print, save PDF or Excel.

The report is assembled by ``services.reports`` in a worker (``run_task``); the preview shows the
same HTML the PDF and the printer get, so what the facilitator sees is what is printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import MONTHS_ID
from desktop_app.services import dashboard as d
from desktop_app.services.context import get_setting, set_setting
from desktop_app.services.reports import excel, kelurahan, monthly, program
from desktop_app.services.reports.html import to_html
from desktop_app.services.reports.model import Report
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import page_header

KINDS = (("monthly", "Laporan Bulanan"), ("program", "Laporan Program"),
         ("kelurahan", "Profil Kelurahan"))  # fmt: skip
FACILITATOR_KEY = "report_facilitator"


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: Report | None = None
        self.task = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Laporan"),
                                     self.tr("Laporan bulanan untuk kantor distrik, laporan program "
                                             "dan profil kelurahan: pratinjau, cetak, simpan PDF "
                                             "atau Excel.")))  # fmt: skip
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind = QComboBox()
        for key, text in KINDS:
            self.kind.addItem(self.tr(text), key)
        self.month = QComboBox()
        start, _end = d.latest_activity_month()
        last = max(start, dt.date.today().replace(day=1))
        for i in range(36):
            first = d.shift_month(last, -i)
            self.month.addItem(f"{MONTHS_ID[first.month - 1]} {first.year}", f"{first:%Y-%m}")
        self.month.setCurrentIndex(max(0, self.month.findData(f"{start:%Y-%m}")))
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("Semua kelurahan"), None)
        for code, name in d.kelurahan_names().items():
            self.kelurahan.addItem(name, code)
        self.program = QComboBox()
        self.program.setEditable(True)
        self.program.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.program.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.program.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.program.setMinimumWidth(380)
        self.facilitator = QLineEdit(get_setting(FACILITATOR_KEY) or (ctx.actor.user or ""))
        self.facilitator.setMinimumWidth(380)
        self.facilitator.setPlaceholderText(self.tr("nama fasilitator di kepala laporan"))
        self.show_nik = QCheckBox(self.tr("Tampilkan NIK lengkap (bawaan: disamarkan)"))
        self.error = QLabel("")
        self.error.setStyleSheet("color: #9c0006;")
        self.error.setWordWrap(True)
        form.addRow(self.tr("&Jenis laporan:"), self.kind)
        form.addRow(self.tr("&Bulan:"), self.month)
        form.addRow(self.tr("&Kelurahan:"), self.kelurahan)
        form.addRow(self.tr("&Program:"), self.program)
        form.addRow(self.tr("&Fasilitator:"), self.facilitator)
        form.addRow("", self.show_nik)
        form.addRow("", self.error)
        self.form = form
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Tampilkan"))
        self.print_button = QPushButton(self.tr("Pratinjau &cetak…"))
        self.pdf_button = QPushButton(self.tr("Simpan P&DF…"))
        self.excel_button = QPushButton(self.tr("Simpan &Excel…"))
        self.preview_button.setDefault(True)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.excel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.browser = QTextBrowser()
        self.browser.setPlaceholderText(self.tr("Pilih laporan lalu tekan Tampilkan."))
        layout.addWidget(self.browser, 1)

        self.preview_button.clicked.connect(lambda: self.build())
        self.print_button.clicked.connect(lambda: self.build(self._print))
        self.pdf_button.clicked.connect(lambda: self.build(self._ask_pdf))
        self.excel_button.clicked.connect(lambda: self.build(self._ask_excel))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        ctx.data_changed.connect(lambda _t: self._programs())
        self._programs()
        self._kind_changed()

    def _programs(self) -> None:
        current = self.program.currentData()
        self.program.clear()
        for pid, name in d.program_choices():
            self.program.addItem(name, pid)
        if current:
            self.program.setCurrentIndex(max(0, self.program.findData(current)))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        visible = {
            self.month: kind in ("monthly", "kelurahan"),
            self.kelurahan: kind in ("monthly", "kelurahan"),
            self.program: kind == "program",
            self.facilitator: kind == "monthly",
            self.show_nik: kind == "program",
        }
        for widget, show in visible.items():
            widget.setVisible(show)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(show)
        if kind == "kelurahan" and self.kelurahan.currentData() is None:
            self.kelurahan.setCurrentIndex(1)
        self.error.setText("")

    # --- building ------------------------------------------------------------------------

    def _job(self):  # noqa: ANN202 - returns a worker function or None (with the error shown)
        kind = self.kind.currentData()
        month = self.month.currentData()
        kel = self.kelurahan.currentData()
        if kind == "monthly":
            who = self.facilitator.text().strip()
            set_setting(FACILITATOR_KEY, who or None)
            return lambda progress: monthly.build(month, kel, facilitator=who or None,
                                                  progress=progress)
        if kind == "program":
            index = self.program.findText(self.program.currentText(), Qt.MatchFlag.MatchFixedString)
            if index < 0:
                self.error.setText(self.tr("Pilih program dari daftar."))
                self.program.setFocus()
                return None
            pid = self.program.itemData(index)
            show = self.show_nik.isChecked()
            return lambda progress: program.build(pid, show_nik=show)
        if not kel:
            self.error.setText(self.tr("Pilih satu kelurahan untuk profil kelurahan."))
            self.kelurahan.setFocus()
            return None
        return lambda progress: kelurahan.build(kel, month)

    def build(self, then=None) -> None:  # noqa: ANN001 - optional callback(report)
        self.error.setText("")
        job = self._job()
        if job is None:
            return
        self.task = run_task(self, self.tr("Menyusun laporan…"), job, self.ctx.db,
                             on_done=lambda report: self._built(report, then))  # fmt: skip

    def _built(self, report: Report, then) -> None:  # noqa: ANN001
        self.report = report
        self.browser.setHtml(to_html(report))
        if then is not None:
            then(report)

    # --- output --------------------------------------------------------------------------

    def _default_name(self, report: Report, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = {"monthly": "laporan_bulanan", "program": "laporan_program",
                "kelurahan": "profil_kelurahan"}[report.kind]  # fmt: skip
        if report.kind == "monthly":
            stem += "_" + (self.month.currentData() or "")
        return str(Path(folder) / f"{stem}{suffix}")

    def _ask_pdf(self, report: Report) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan sebagai PDF"),
                                              self._default_name(report, ".pdf"), "PDF (*.pdf)")  # fmt: skip
        if path:
            self.save_pdf(report, Path(path).with_suffix(".pdf"))

    def _ask_excel(self, report: Report) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan sebagai Excel"),
                                              self._default_name(report, ".xlsx"),
                                              "Excel (*.xlsx)")  # fmt: skip
        if path:
            self.save_excel(report, Path(path).with_suffix(".xlsx"))

    def save_pdf(self, report: Report, path: Path) -> None:
        from desktop_app.ui.report_pdf import write_pdf

        try:
            write_pdf(report, path)
        except OSError as exc:
            show_error(self, self.tr("Simpan PDF"), exc)
            return
        self._saved(path)

    def save_excel(self, report: Report, path: Path) -> None:
        try:
            excel.write(report, path)
        except OSError as exc:
            show_error(self, self.tr("Simpan Excel"), exc)
            return
        self._saved(path)

    def _saved(self, path: Path) -> None:
        self.error.setText("")
        QMessageBox.information(self, self.tr("Laporan"),
                                self.tr("Laporan disimpan:\n{path}").replace("{path}", str(path)))  # fmt: skip

    def _print(self, report: Report) -> None:
        from desktop_app.ui.report_pdf import print_preview

        print_preview(report, self)

"""The import dialog (file → column mapping → preview → apply → result) and the conflict view.

Reading, previewing and applying run through ``ui.tasks.run_task`` with progress and cancel;
the database changes only when the person presses "Terapkan", in one transaction, after a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exchange import apply as ex
from desktop_app.exchange import mapping as mapping_mod
from desktop_app.exchange.error_workbook import write_error_workbook
from desktop_app.services import exchange_import as imp
from desktop_app.services import sync_conflicts
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.messages import translate_message
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import ReadOnlyTable

MAX_FINDINGS_SHOWN = 5000
FILE_FILTER = "Buku kerja (*.xlsx *.xlsm *.xls *.ods);;Semua berkas (*)"
COUNT_COLUMNS = (("created", "Baru"), ("updated", "Diperbarui"), ("unchanged", "Tetap"),
                 ("conflicts", "Konflik"), ("rejected", "Ditolak"), ("deleted", "Dihapus"),
                 ("warnings", "Peringatan"))  # fmt: skip
KIND_CHOICES = (("person", "Penduduk"), ("household", "Keluarga"), ("enrollment", "Peserta Program"),
                ("service", "Layanan"))  # fmt: skip


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class MappingStep(QWidget):
    """One table per unrecognised sheet: header, first values, and what the column means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrap(self.tr(
            "Judul kolom berkas ini tidak dikenali. Pilih arti tiap kolom; kolom yang tidak "
            "dipakai biarkan \"(abaikan kolom ini)\". Contoh isi diambil dari baris pertama."
        )))  # fmt: skip
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan pemetaan…"))
        self.save_button.setToolTip(self.tr("Simpan agar berkas berbentuk sama bisa diimpor lagi "
                                            "(juga: berdaya import --mapping BERKAS)"))  # fmt: skip
        self.load_button = QPushButton(self.tr("Muat pemetaan…"))
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.mapping = mapping_mod.Mapping()
        self._combos: dict[str, list[tuple[str, QComboBox]]] = {}
        self._kinds: dict[str, QComboBox] = {}

    def show_workbook(self, workbook: Any, samples: dict[str, list[list[Any]]],
                      mapping: mapping_mod.Mapping) -> None:  # fmt: skip
        self.mapping = mapping
        self.tabs.clear()
        self._combos.clear()
        self._kinds.clear()
        for layout in workbook.sheets:
            if not layout.headers or layout.name not in mapping.sheets:
                continue
            sheet_map = mapping.sheets[layout.name]
            page = QWidget()
            v = QVBoxLayout(page)
            top = QHBoxLayout()
            top.addWidget(QLabel(self.tr("Isi lembar ini:")))
            kind_box = QComboBox()
            for kind, label in KIND_CHOICES:
                kind_box.addItem(self.tr(label), kind)
            kind_box.setCurrentIndex(max(0, kind_box.findData(sheet_map.kind)))
            kind_box.currentIndexChanged.connect(lambda _i, n=layout.name: self._kind_changed(n))
            top.addWidget(kind_box)
            top.addStretch(1)
            v.addLayout(top)
            table = QTableWidget()
            table.setColumnCount(3)
            table.setHorizontalHeaderLabels([self.tr("Kolom di berkas"), self.tr("Contoh isi"),
                                             self.tr("Artinya")])  # fmt: skip
            headers = [h for h in layout.headers if h]
            table.setRowCount(len(headers))
            combos = []
            rows = samples.get(layout.name, [])
            for r, header in enumerate(headers):
                table.setItem(r, 0, QTableWidgetItem(header))
                idx = layout.headers.index(header)
                shown = [
                    str(row[idx]) for row in rows if idx < len(row) and row[idx] not in (None, "")
                ]
                table.setItem(r, 1, QTableWidgetItem(" | ".join(shown[:3])))
                combo = QComboBox()
                combo.setAccessibleName(header)
                table.setCellWidget(r, 2, combo)
                combos.append((header, combo))
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
            table.horizontalHeader().setSectionResizeMode(
                2, QHeaderView.ResizeMode.ResizeToContents
            )
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            v.addWidget(table, 1)
            self._combos[layout.name] = combos
            self._kinds[layout.name] = kind_box
            self._fill_targets(layout.name)
            self.tabs.addTab(page, layout.name)

    def _fill_targets(self, sheet: str) -> None:
        kind = self._kinds[sheet].currentData()
        current = self.mapping.sheets[sheet].columns
        for header, combo in self._combos[sheet]:
            combo.blockSignals(True)
            combo.clear()
            for target, label in mapping_mod.targets(kind):
                combo.addItem(label, target)
            combo.setCurrentIndex(max(0, combo.findData(current.get(header, ""))))
            combo.blockSignals(False)

    def _kind_changed(self, sheet: str) -> None:
        self.mapping.sheets[sheet].kind = self._kinds[sheet].currentData()
        self._fill_targets(sheet)

    def current_mapping(self) -> mapping_mod.Mapping:
        for sheet, combos in self._combos.items():
            sm = self.mapping.sheets[sheet]
            sm.kind = self._kinds[sheet].currentData()
            sm.columns = {header: combo.currentData() or "" for header, combo in combos}
        return self.mapping

    def set_target(self, sheet: str, header: str, target: str) -> None:
        for h, combo in self._combos[sheet]:
            if h == header:
                combo.setCurrentIndex(combo.findData(target))


class ImportDialog(QDialog):
    """Choose a file → (map columns) → preview → apply → result."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Impor dari Excel"))
        self.resize(960, 640)
        self.path: Path | None = None
        self.workbook: Any = None
        self.plan: ex.ImportPlan | None = None
        self.outcome: imp.ApplyOutcome | None = None
        self.task: Any = None
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self.status = _wrap("")
        self.status.setObjectName("importStatus")
        layout.addWidget(self.status)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self._build_choose()
        self.mapping_step = MappingStep()
        self.mapping_step.save_button.clicked.connect(self.save_mapping)
        self.mapping_step.load_button.clicked.connect(self.load_mapping)
        self.steps.addWidget(self.mapping_step)
        self._build_preview()
        self._build_result()
        self.back_button = QPushButton(self.tr("Kembali"))
        self.next_button = QPushButton(self.tr("Lanjut"))
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.mapping_done)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addWidget(self.back_button)
        self.buttons.addStretch(1)
        for b in (self.next_button, self.apply_button, self.close_button):
            self.buttons.addWidget(b)
        self._show_step(self.choose_page)

    # -- pages
    def _build_choose(self) -> None:
        self.choose_page = QWidget()
        v = QVBoxLayout(self.choose_page)
        v.addWidget(_wrap(self.tr(
            "Pilih buku kerja pertukaran Berdaya atau daftar dari kantor (.xlsx, .xlsm, .xls, "
            ".ods). Berkas dibaca dan diperiksa dulu; database baru berubah setelah Anda menekan "
            "Terapkan, dan sebelumnya dibuat cadangan otomatis."
        )))  # fmt: skip
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Pilih berkas…"))
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Belum ada berkas dipilih."))
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        v.addLayout(row)
        v.addStretch(1)
        self.steps.addWidget(self.choose_page)

    def _build_preview(self) -> None:
        self.preview_page = QWidget()
        v = QVBoxLayout(self.preview_page)
        self.preview_title = _wrap("")
        self.preview_title.setStyleSheet("font-weight: 600;")
        v.addWidget(self.preview_title)
        self.counts_table = ReadOnlyTable()
        self.counts_table.setMaximumHeight(150)
        v.addWidget(self.counts_table)
        tabs = QTabWidget()
        self.diff_tree = QTreeWidget()
        self.diff_tree.setHeaderLabels([self.tr("Baris / kolom"), self.tr("Sekarang"),
                                        self.tr("Dari berkas")])  # fmt: skip
        self.diff_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.diff_tree.header().setStretchLastSection(False)
        for col in (1, 2):  # both values get the same room
            self.diff_tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.findings_table = ReadOnlyTable()
        tabs.addTab(self.diff_tree, self.tr("Perubahan"))
        tabs.addTab(self.findings_table, self.tr("Masalah"))
        self.preview_tabs = tabs
        v.addWidget(tabs, 1)
        self.strict_box = QCheckBox(self.tr(
            "Semua atau tidak sama sekali: bila ada baris ditolak, jangan simpan apa pun"))  # fmt: skip
        v.addWidget(self.strict_box)
        self.steps.addWidget(self.preview_page)

    def _build_result(self) -> None:
        self.result_page = QWidget()
        v = QVBoxLayout(self.result_page)
        self.result_label = _wrap("")
        self.result_label.setStyleSheet("font-size: 12pt;")
        v.addWidget(self.result_label)
        self.result_table = ReadOnlyTable()
        v.addWidget(self.result_table, 1)
        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Simpan laporan kesalahan…"))
        self.report_button.clicked.connect(self.save_report)
        self.conflicts_button = QPushButton(self.tr("Selesaikan konflik…"))
        self.conflicts_button.clicked.connect(self.open_conflicts)
        row.addWidget(self.report_button)
        row.addWidget(self.conflicts_button)
        row.addStretch(1)
        v.addLayout(row)
        self.steps.addWidget(self.result_page)

    def _show_step(self, page: QWidget) -> None:
        self.steps.setCurrentWidget(page)
        self.back_button.setVisible(page in (self.mapping_step, self.preview_page))
        self.next_button.setVisible(page is self.mapping_step)
        self.apply_button.setVisible(page is self.preview_page)
        self.close_button.setText(
            self.tr("Tutup") if page is self.result_page else self.tr("Batal")
        )

    # -- step 1: read
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih buku kerja"), "", FILE_FILTER)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path, mapping: mapping_mod.Mapping | None = None,
                  password: str | None = None) -> None:  # fmt: skip
        self.path = path
        self.file_label.setText(path.name)
        if password is None and imp.needs_password(path):
            password = self.ask_password(path, retry=False)
            if password is None:
                self.status.setText(self.tr("Dibatalkan; database tidak berubah."))
                return
        self.status.setText(self.tr("Membaca {0}…").format(path.name))
        self.task = run_task(self, self.tr("Membaca berkas…"),
                             lambda progress: imp.read(path, mapping, progress, password),
                             on_done=self._read_done,
                             on_error=lambda exc: self._read_failed(path, mapping, password, exc),
                             on_cancel=self._cancelled)  # fmt: skip

    def ask_password(self, path: Path, retry: bool) -> str | None:
        """A password-protected workbook: ask for its password (None when cancelled)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text = self.tr("Kata sandi salah. Coba lagi — kata sandi untuk {0}:") if retry else \
            self.tr("Buku kerja {0} dilindungi kata sandi. Kata sandinya:")  # fmt: skip
        password, ok = QInputDialog.getText(self, self.tr("Kata sandi buku kerja"),
                                            text.format(path.name), QLineEdit.EchoMode.Password)  # fmt: skip
        return password if ok and password else None

    def _read_failed(self, path: Path, mapping: mapping_mod.Mapping | None,
                     password: str | None, exc: BaseException) -> None:  # fmt: skip
        if password is not None and "salah" in str(exc):
            again = self.ask_password(path, retry=True)
            if again is not None:
                self.load_file(path, mapping, again)
                return
        self._failed(exc)

    def _read_done(self, workbook: Any) -> None:
        self.workbook = workbook
        if workbook.needs_mapping:
            mapping = mapping_mod.suggest(workbook)
            samples = {}
            for layout in workbook.sheets:
                if layout.name in mapping.sheets:
                    try:
                        samples[layout.name] = imp.sample_rows(workbook.path, layout.name,
                                                               layout.header_row)  # fmt: skip
                    except Exception:  # noqa: BLE001 - a preview of values is only a help
                        samples[layout.name] = []
            self.mapping_step.show_workbook(workbook, samples, mapping)
            self.status.setText(self.tr("Pilih arti kolom, lalu tekan Lanjut."))
            self._show_step(self.mapping_step)
            return
        self.make_preview()

    def mapping_done(self) -> None:
        assert self.path is not None
        self.load_file(self.path, self.mapping_step.current_mapping())

    def save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan pemetaan kolom"),
                                              "pemetaan.json", "Pemetaan (*.json)")  # fmt: skip
        if not name:
            return
        try:
            mapping_mod.save(self.mapping_step.current_mapping(), Path(name))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Simpan pemetaan"), exc)
            return
        self.status.setText(self.tr("Pemetaan disimpan: {0}").format(Path(name).name))

    def load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Muat pemetaan kolom"), "",
                                              "Pemetaan (*.json)")  # fmt: skip
        if not name or self.path is None:
            return
        try:
            mapping = mapping_mod.load(Path(name))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Muat pemetaan"), exc)
            return
        self.load_file(self.path, mapping)

    # -- step 2: preview
    def make_preview(self) -> None:
        wb = self.workbook
        self.status.setText(self.tr("Memeriksa baris…"))
        self.task = run_task(self, self.tr("Membuat pratinjau…"),
                             lambda progress: imp.preview(self.ctx.db, wb, progress), self.ctx.db,
                             on_done=self._preview_done, on_error=self._failed,
                             on_cancel=self._cancelled)  # fmt: skip

    def _preview_done(self, import_plan: ex.ImportPlan) -> None:
        self.plan = import_plan
        counts = import_plan.counts()
        self.preview_title.setText(self.tr(
            "Pratinjau {0}: belum ada yang disimpan. Periksa perubahan, lalu tekan Terapkan."
        ).format(import_plan.file_name))  # fmt: skip
        self._fill_counts(self.counts_table, import_plan)
        self._fill_diffs(import_plan)
        # Errors first; a table of 100,000 warnings helps nobody (the error report has them all).
        found = sorted(import_plan.findings, key=lambda f: f.severity != "error")
        # Messages are Indonesian (the error workbook keeps them so); shown in the UI language.
        rows = [[f.sheet, f.row, f.column, _value(f.value), translate_message(f.message),
                 self.tr("Kesalahan") if f.severity == "error" else self.tr("Peringatan")]
                for f in found[:MAX_FINDINGS_SHOWN]]  # fmt: skip
        self.findings_table.set_rows([self.tr("Lembar"), self.tr("Baris"), self.tr("Kolom"),
                                      self.tr("Nilai"), self.tr("Pesan"), self.tr("Jenis")], rows)  # fmt: skip
        self.findings_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)  # fmt: skip
        self.preview_tabs.setTabText(1, self.tr("Masalah ({0})").format(len(found)))
        writes = any(r.writes or r.conflicts for r in import_plan.rows)
        self.apply_button.setEnabled(writes)
        self.status.setText(
            self.tr("{0} baru, {1} diperbarui, {2} konflik, {3} ditolak.").format(
                counts["created"], counts["updated"], counts["conflicts"], counts["rejected"])
            if writes else self.tr("Tidak ada yang perlu disimpan: semua baris sudah sama.")
        )  # fmt: skip
        self._show_step(self.preview_page)

    def _fill_counts(self, table: ReadOnlyTable, import_plan: ex.ImportPlan) -> None:
        by_sheet = import_plan.counts_by_sheet()
        rows = [[sheet] + [c[k] for k, _ in COUNT_COLUMNS] for sheet, c in by_sheet.items()]
        table.set_rows([self.tr("Lembar")] + [self.tr(label) for _, label in COUNT_COLUMNS], rows)

    def _fill_diffs(self, import_plan: ex.ImportPlan) -> None:
        tree = self.diff_tree
        tree.clear()
        shown = 0
        for row in import_plan.rows:
            if row.action not in (ex.CREATE, ex.UPDATE, ex.CONFLICT, ex.DELETE, ex.CONFIRM) \
                    or shown > 2000:  # fmt: skip
                continue
            shown += 1
            name = (row.values or row.incoming.values).get("name")
            label = {
                ex.CREATE: self.tr("baru"),
                ex.UPDATE: self.tr("diperbarui"),
                ex.CONFLICT: self.tr("konflik"),
                ex.DELETE: self.tr("dihapus"),
                ex.CONFIRM: self.tr("perlu dipastikan"),
            }[row.action]
            if row.tombstone:
                label = self.tr("dihapus (belum pernah ada di sini)")  # fmt: skip
            top = QTreeWidgetItem([
                self.tr("{0} baris {1}: {2} — {3}").format(row.incoming.sheet, row.incoming.row,
                                                          name or (row.record_id or "")[:8], label),
                "", ""])  # fmt: skip
            for f, (old, new) in [] if row.action == ex.CREATE else row.changes.items():
                QTreeWidgetItem(top, [imp.field_label(row.kind, f), _shown(row.kind, f, old),
                                      _shown(row.kind, f, new)])  # fmt: skip
            for c in row.conflicts:
                what = (
                    imp.field_label(row.kind, c.field) if c.field else self.tr("(seluruh catatan)")
                )
                item = QTreeWidgetItem(top, [self.tr("Konflik: {0}").format(what),
                                             _shown(row.kind, c.field, c.mine),
                                             _shown(row.kind, c.field, c.theirs)])  # fmt: skip
                item.setForeground(0, Qt.GlobalColor.darkRed)
            tree.addTopLevelItem(top)
            top.setExpanded(shown <= 50)

    # -- step 3: apply
    def apply(self) -> None:
        import_plan = self.plan
        assert import_plan is not None
        strict = self.strict_box.isChecked()
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Menyimpan…"))
        self.task = run_task(self, self.tr("Menerapkan impor…"),
                             lambda progress: imp.apply(self.ctx.db, import_plan, self.ctx.actor,
                                                        strict=strict, progress=progress),
                             self.ctx.db, on_done=self._applied, on_error=self._failed,
                             on_cancel=self._cancelled)  # fmt: skip

    def _applied(self, outcome: imp.ApplyOutcome) -> None:
        self.outcome = outcome
        counts = outcome.counts
        if outcome.status == imp.REFUSED:
            text = self.tr("Tidak ada yang disimpan: {0} baris ditolak dan Anda memilih semua atau "
                           "tidak sama sekali.").format(counts["rejected"])  # fmt: skip
        else:
            text = self.tr("Impor selesai: {0} baru, {1} diperbarui, {2} dihapus, {3} konflik "
                           "menunggu keputusan, {4} ditolak.").format(
                counts["created"], counts["updated"], counts["deleted"], counts["conflicts"],
                counts["rejected"])  # fmt: skip
            self.ctx.notify_changed()
        self.result_label.setText(text)
        self._fill_counts(self.result_table, outcome.plan)
        self.report_button.setEnabled(bool(outcome.plan.rejected))
        self.conflicts_button.setEnabled(sync_conflicts.open_count() > 0)
        self.status.setText(
            self.tr("Cadangan sebelum impor: {0}").format(outcome.backup.name)
            if outcome.backup else "")  # fmt: skip
        self._show_step(self.result_page)

    def save_report(self) -> None:
        if self.outcome is None:
            return
        default = f"{self.outcome.plan.workbook.path.stem}-kesalahan.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan kesalahan"), default,
                                              "Buku kerja (*.xlsx)")  # fmt: skip
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            n = write_error_workbook([self.outcome.plan], Path(name))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Simpan laporan kesalahan"), exc)
            return
        self.status.setText(self.tr("{0} baris yang ditolak disimpan ke {1}.").format(
            n, Path(name).name))  # fmt: skip

    def open_conflicts(self) -> None:
        ConflictsDialog(self.ctx, self).exec()
        self.conflicts_button.setEnabled(sync_conflicts.open_count() > 0)

    # -- navigation and failures
    def go_back(self) -> None:
        if self.steps.currentWidget() is self.preview_page and self.workbook is not None \
                and self.workbook.needs_mapping:  # fmt: skip
            self._show_step(self.mapping_step)
        else:
            self._show_step(self.choose_page)
        self.status.setText("")

    def _failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("Impor"), exc)
        self.status.setText(self.tr("Gagal: database tidak berubah."))
        self.apply_button.setEnabled(self.plan is not None)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Dibatalkan; database tidak berubah."))
        self.apply_button.setEnabled(self.plan is not None)


class ConflictsDialog(QDialog):
    """The queue: for each conflict the field, this device's value and the workbook's value."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Konflik impor"))
        self.resize(960, 560)
        v = QVBoxLayout(self)
        v.addWidget(_wrap(self.tr(
            "Data yang diubah di dua tempat. Pilih untuk tiap baris: pertahankan nilai di laptop "
            "ini, ambil nilai dari berkas, atau ketik nilai yang benar."
        )))  # fmt: skip
        self.table = ReadOnlyTable()
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        v.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Tidak ada konflik yang menunggu keputusan."))
        v.addWidget(self.empty_label)
        box = QGroupBox(self.tr("Keputusan"))
        row = QHBoxLayout(box)
        self.mine_button = QPushButton(self.tr("Pertahankan milik saya"))
        self.theirs_button = QPushButton(self.tr("Ambil dari berkas"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.same_button = QPushButton(self.tr("Orang yang sama"))
        self.new_button = QPushButton(self.tr("Orang berbeda"))
        for b, choice in ((self.mine_button, "mine"), (self.theirs_button, "theirs"),
                          (self.edit_button, "edit"), (self.same_button, "same"),
                          (self.new_button, "new")):  # fmt: skip
            b.clicked.connect(lambda _c=False, ch=choice: self.resolve(ch))
            row.addWidget(b)
        row.addStretch(1)
        v.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        v.addWidget(buttons)
        self.conflicts: list[sync_conflicts.ConflictView] = []
        self.refresh()

    def refresh(self) -> None:
        self.conflicts = sync_conflicts.open_conflicts()
        rows = []
        for c in self.conflicts:
            if c.kind == "match":
                what = self.tr("Mirip orang yang sudah ada")
            elif c.kind == "delete":
                what = self.tr("Dihapus di satu sisi, diubah di sisi lain")
            else:
                what = imp.field_label(c.table_name, c.field)
            rows.append([imp.kind_label(c.table_name), c.record_label, what, c.shown("mine"),
                         c.shown("theirs"), (f"{c.source_file or ''} {c.sheet or ''} "
                         + self.tr("baris {0}").format(c.row or "")).strip()])  # fmt: skip
        self.table.set_rows([self.tr("Data"), self.tr("Catatan"), self.tr("Kolom"),
                             self.tr("Di laptop ini"), self.tr("Dari berkas"), self.tr("Asal")],
                            rows)  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        if self.conflicts:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self.conflicts)
        self._update_buttons()

    def selected(self) -> sync_conflicts.ConflictView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        c = self.selected()
        kind = c.kind if c else None
        for b in (self.mine_button, self.theirs_button):
            b.setVisible(kind != "match")
            b.setEnabled(kind in ("field", "delete"))
        self.edit_button.setVisible(kind != "match")
        self.edit_button.setEnabled(kind == "field")
        self.same_button.setVisible(kind == "match")
        self.new_button.setVisible(kind == "match")

    def resolve(self, choice: str) -> None:
        c = self.selected()
        if c is None:
            return
        value = None
        label = imp.field_label(c.table_name, c.field)
        choices = sync_conflicts.edit_choices(c.table_name, c.field) if choice == "edit" else None
        text = ""
        if choices:
            labels = [shown for _code, shown in choices]
            current = next((i for i, (code, _s) in enumerate(choices) if code == c.mine), 0)
            picked, ok = QInputDialog.getItem(self, self.tr("Ubah nilai"), label, labels,
                                              current, False)  # fmt: skip
            if not ok:
                return
            value = choices[labels.index(picked)][0]
        elif choice == "edit":
            text, ok = QInputDialog.getText(self, self.tr("Ubah nilai"), label,
                                            text=c.shown("mine") if c.mine is not None else "")  # fmt: skip
            if not ok:
                return
        try:
            if choice == "edit" and not choices:
                value = sync_conflicts.parse_edit(c.table_name, c.field, text)
            sync_conflicts.resolve(c.id, choice, self.ctx.actor, value=value)
        except Exception as exc:  # noqa: BLE001 - one place shows errors
            show_error(self, self.tr("Konflik"), exc)
            return
        self.ctx.notify_changed(c.table_name)
        self.refresh()
        if not self.conflicts:
            QMessageBox.information(
                self, self.tr("Konflik"), self.tr("Semua konflik sudah selesai.")
            )


def _value(value: Any) -> str:
    """A finding's cell value: ``describe_value`` with its own words in the interface language."""
    if value is None or value == "":
        return QCoreApplication.translate("ImportDialog", "(kosong)")
    if value is True:
        return QCoreApplication.translate("ImportDialog", "Ya")
    if value is False:
        return QCoreApplication.translate("ImportDialog", "Tidak")
    return ex.describe_value(value)


def _shown(kind: str, field: str | None, value: Any) -> str:
    if isinstance(value, dict):
        return imp.describe_fields(kind, value)
    if value == "dihapus":
        return QCoreApplication.translate("ImportDialog", "(dihapus)")
    if value == "diubah":
        return QCoreApplication.translate("ImportDialog", "(diubah)")
    return imp.describe_field(field, value)


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None) -> ImportDialog:
    dialog = ImportDialog(ctx, parent)
    dialog.open()
    return dialog


def open_conflicts_dialog(ctx: AppContext, parent: QWidget | None = None) -> ConflictsDialog:
    dialog = ConflictsDialog(ctx, parent)
    dialog.open()
    return dialog


def open_conflict_count() -> int:
    return sync_conflicts.open_count()

"""Attendance entry for one session, built for speed: keyboard only.

Arrows move, Space toggles "hadir", Ctrl+N registers a walk-in, Ctrl+S saves. People not marked
present are saved as absent, so a saved session always has a full record.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date
from desktop_app.domain.nik import mask
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import programs as svc
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import codes
from desktop_app.ui.pages.programs.common import FieldErrors, date_edit, get_date

ABSENT = "—"


class AttendanceTable(QTableWidget):
    """Space toggles the current row's presence; everything else is a normal table."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            self.parent_dialog.toggle(self.currentRow())
            return
        # The dialog's shortcuts, also when the key reaches the grid itself (it has the focus).
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() == Qt.Key.Key_N:
                self.parent_dialog.add_walk_in()
                return
            if event.key() == Qt.Key.Key_S:
                self.parent_dialog.accept()
                return
        super().keyPressEvent(event)

    parent_dialog: AttendanceDialog


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        act = svc.get_activity(activity_id)
        program = svc.get_program(act.__data__["program"])
        self.setWindowTitle(self.tr("Daftar hadir"))
        self.resize(900, 600)
        header = QLabel(
            f"<b>{program.name}</b><br>{format_date(act.date)} {act.start_time or ''} · "
            f"{act.topic or ''} · {act.place or ''}"
        )
        header.setWordWrap(True)
        help_text = QLabel(self.tr("Panah atas/bawah: pindah baris · Spasi: hadir/tidak · "
                                   "Ctrl+N: peserta datang langsung · Ctrl+S: simpan"))  # fmt: skip
        help_text.setStyleSheet("color: #505050;")
        self.table = AttendanceTable(0, 4)
        self.table.parent_dialog = self
        self.table.setHorizontalHeaderLabels(
            [self.tr("Hadir"), self.tr("Nama"), self.tr("NIK"), self.tr("Kelurahan")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.toggle(row))
        self.count = QLabel()
        walk_in = QPushButton(self.tr("Peserta datang langsung… (Ctrl+N)"))
        walk_in.clicked.connect(self.add_walk_in)
        all_present = QPushButton(self.tr("Tandai semua hadir"))
        all_present.clicked.connect(self.mark_all)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(all_present)
        row.addWidget(walk_in)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_walk_in)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(help_text)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.present: dict[str, bool] = {}
        self.person_ids: list[str] = []
        self.load()
        self._saved = dict(self.present)
        self.table.setFocus()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 1)  # on the name: typing letters jumps to a person

    def load(self, focus_person: str | None = None) -> None:
        lines = svc.attendance_sheet_lines(self.activity_id)
        for line in lines:
            self.present.setdefault(line.person_id, bool(line.present))
        self.person_ids = [line.person_id for line in lines]
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            values = [
                "",
                line.name,
                mask(line.nik) if line.nik else self.tr("(tanpa NIK)"),
                line.kelurahan,
            ]
            for c, value in enumerate(values):
                self.table.setItem(i, c, QTableWidgetItem(value))
            self._paint(i)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if focus_person in self.person_ids:
            self.table.setCurrentCell(self.person_ids.index(focus_person), 1)
        self._count()

    def _paint(self, row: int) -> None:
        present = self.present[self.person_ids[row]]
        item = self.table.item(row, 0)
        item.setText(self.tr("✔ Hadir") if present else ABSENT)
        item.setForeground(Qt.GlobalColor.darkGreen if present else Qt.GlobalColor.gray)

    def _count(self) -> None:
        n = sum(self.present.get(pid, False) for pid in self.person_ids)
        self.count.setText(self.tr("{0} dari {1} hadir").format(n, len(self.person_ids)))

    def is_dirty(self) -> bool:
        return self.present != self._saved

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Daftar hadir"),
                self.tr("Kehadiran yang sudah ditandai belum disimpan. Simpan sekarang?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
        super().reject()

    def toggle(self, row: int) -> None:
        pid = self.person_ids[row]
        self.present[pid] = not self.present[pid]
        self._paint(row)
        self._count()

    def mark_all(self) -> None:
        for i, pid in enumerate(self.person_ids):
            self.present[pid] = True
            self._paint(i)
        self._count()

    def add_walk_in(self) -> None:
        dialog = WalkInDialog(self.ctx, self.activity_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id:
            self.present[dialog.person_id] = True
            self._saved[dialog.person_id] = True  # already recorded present by the service
            self.load(focus_person=dialog.person_id)
            self.table.setFocus()

    def accept(self) -> None:
        svc.save_attendance(
            self.ctx.actor, self.activity_id, {pid: self.present[pid] for pid in self.person_ids}
        )
        super().accept()


class WalkInDialog(QDialog):
    """Register someone who came without being enrolled: person + enrollment + present."""

    def __init__(self, ctx: AppContext, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Peserta datang langsung"))
        self.resize(520, 380)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("— pilih —"), None)
        for code, text in codes.SEX.items():
            self.sex.addItem(self.tr(text), code)
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("— pilih —"), None)
        for kel in kelurahan_list():
            self.kelurahan.addItem(kel.name, kel.code)
        self.birth_date = date_edit(optional=True)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1899, dt.date.today().year)
        self.birth_year.setSpecialValueText("—")
        self.birth_year.setValue(1899)
        birth = QHBoxLayout()
        birth.setContentsMargins(0, 0, 0, 0)
        birth.addWidget(self.birth_date)
        birth.addWidget(QLabel(self.tr("atau perkiraan tahun")))
        birth.addWidget(self.birth_year)
        birth_box = QWidget()
        birth_box.setLayout(birth)
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka; kosongkan bila belum punya"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— alasan tanpa NIK —"), None)
        for code, text in codes.NO_NIK_REASON.items():
            self.reason.addItem(self.tr(text), code)
        self.errors.add_row(form, "name", self.tr("Nama"), self.name)
        self.errors.add_row(form, "sex", self.tr("Jenis kelamin"), self.sex)
        self.errors.add_row(form, "birth", self.tr("Tanggal lahir"), birth_box)
        self.errors.add_row(form, "kelurahan", self.tr("Kelurahan"), self.kelurahan)
        self.errors.add_row(form, "nik", self.tr("NIK"), self.nik)
        form.addRow(self.tr("Alasan tanpa NIK"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Daftarkan dan tandai hadir")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.name.setFocus()

    def walk_in(self) -> svc.WalkIn:
        year = self.birth_year.value()
        return svc.WalkIn(name=self.name.text(), sex=self.sex.currentData(), kelurahan=self.kelurahan.currentData(),
                          birth_date=get_date(self.birth_date),
                          birth_year=None if year == self.birth_year.minimum() else year,
                          nik=self.nik.text(), no_nik_reason=self.reason.currentData())  # fmt: skip

    def accept(self) -> None:
        w = self.walk_in()
        errors = svc.validate_walk_in(w)
        self.errors.show(errors)
        if errors:
            return
        self.person_id = svc.register_walk_in(self.ctx.actor, self.activity_id, w)
        super().accept()

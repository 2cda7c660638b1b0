"""A household: its KK data and its members (add, remove, head, relationship)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import auth, records, registry
from desktop_app.storage.models import Household
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import codes
from desktop_app.ui.pages.registry.model import PeopleModel
from desktop_app.ui.pages.registry.widgets import CodeCombo, FieldMessage


class PersonPicker(QDialog):
    """Find one person by typing (the same lazy list as the registry)."""

    def __init__(self, parent: QWidget | None = None, title: str = "Pilih penduduk") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(title))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik nama, NIK, No. KK atau telepon…"))
        layout.addWidget(self.search)
        self.model = PeopleModel(self)
        self.model.reload()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.view, 1)
        self.relationship = CodeCombo(codes.SHDK, None)
        self.relationship.set_code("4")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Hubungan dalam keluarga:")))
        row.addWidget(self.relationship)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pilih"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(
            lambda t: self.model.set_filter(self.model.filter.with_(text=t))
        )

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None


class HouseholdDialog(QDialog):
    """Edits apply at once through the services; each one is announced by ``changed`` (for the
    page's undo) and collected in ``changes``."""

    changed = Signal(object)  # list of records.Change

    def __init__(
        self, ctx: AppContext, household_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.changes: list[records.Change] = []
        self.setWindowTitle(self.tr("Keluarga"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Data Kartu Keluarga"))
        f = QFormLayout(box)
        self.no_kk = QLineEdit()
        self.no_kk.setObjectName("no_kk")
        self.msg_kk = FieldMessage()
        kk_box = QWidget()
        v = QVBoxLayout(kk_box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.no_kk)
        v.addWidget(self.msg_kk)
        f.addRow(self.tr("No. KK"), kk_box)
        self.kelurahan = CodeCombo({k.code: k.name for k in kelurahan_list()}, self.tr("(pilih)"))
        f.addRow(self.tr("Kelurahan"), self.kelurahan)
        rwrt = QHBoxLayout()
        self.rw = QLineEdit()
        self.rt = QLineEdit()
        for label, w in (("RW", self.rw), ("RT", self.rt)):
            w.setMaximumWidth(60)
            rwrt.addWidget(QLabel(label))
            rwrt.addWidget(w)
        rwrt.addStretch(1)
        f.addRow(self.tr("RW / RT"), rwrt)
        self.address = QLineEdit()
        f.addRow(self.tr("Alamat"), self.address)
        self.decile = CodeCombo({i: str(i) for i in range(1, 11)}, self.tr("(tidak diketahui)"))
        f.addRow(self.tr("Desil kesejahteraan (DTSEN)"), self.decile)
        self.income = QLineEdit()
        self.income.setPlaceholderText(self.tr("Rupiah per bulan, mis. 1500000"))
        f.addRow(self.tr("Penghasilan per bulan"), self.income)
        self.housing = QLineEdit()
        f.addRow(self.tr("Kondisi rumah"), self.housing)
        self.save_button = QPushButton(self.tr("Simpan data keluarga"))
        self.save_button.clicked.connect(self.save)
        f.addRow("", self.save_button)
        layout.addWidget(box)

        mem = QGroupBox(self.tr("Anggota keluarga"))
        v = QVBoxLayout(mem)
        self.table = QTableWidget()
        self.table.setObjectName("members")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah anggota…"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Keluarkan dari keluarga"))
        self.remove_button.clicked.connect(self.remove_member)
        self.head_button = QPushButton(self.tr("Jadikan kepala keluarga"))
        self.head_button.clicked.connect(self.make_head)
        self.rel_combo = CodeCombo(codes.SHDK, None)
        self.rel_button = QPushButton(self.tr("Ubah hubungan"))
        self.rel_button.clicked.connect(self.change_relationship)
        for w in (
            self.add_button,
            self.remove_button,
            self.head_button,
            self.rel_combo,
            self.rel_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        v.addLayout(row)
        layout.addWidget(mem, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.accept)
        layout.addWidget(close)
        if household_id:
            self._load()
        self._refresh_members()

    def _load(self) -> None:
        hh = Household.get_by_id(self.household_id)
        self.no_kk.setText(hh.no_kk or "")
        self.kelurahan.set_code(hh.kelurahan)
        self.rw.setText(hh.rw or "")
        self.rt.setText(hh.rt or "")
        self.address.setText(hh.address or "")
        self.decile.set_code(hh.welfare_decile)
        self.income.setText(str(hh.monthly_income) if hh.monthly_income is not None else "")
        self.housing.setText(hh.housing_notes or "")

    def _refresh_members(self) -> None:
        members = registry.members(self.household_id) if self.household_id else []
        head_id = Household.get_by_id(self.household_id).head_id if self.household_id else None
        headers = [
            self.tr("Nama"),
            self.tr("NIK"),
            self.tr("Hubungan"),
            self.tr("Lahir"),
            self.tr("Kepala"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(members))
        for r, p in enumerate(members):
            values = [p.name, p.nik or self.tr("(tanpa NIK)"), codes.label(codes.SHDK, p.relationship),
                      format_date(p.birth_date) or str(p.birth_year or ""), "✓" if p.id == head_id else ""]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        writable = auth.can(self.ctx.role, "write")  # a Pengamat only looks
        for w in (self.add_button, self.remove_button, self.head_button, self.rel_button):
            w.setEnabled(self.household_id is not None and writable)
        self.save_button.setEnabled(writable)

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _apply(self, fn: Any, *args: Any) -> None:
        try:
            done = fn(self.ctx.actor, *args)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Keluarga"), exc)
        else:
            self.changes += done
            self.changed.emit(done)
        self._refresh_members()

    def save(self) -> None:
        income_text = self.income.text().replace(".", "").replace("Rp", "").strip()
        if income_text and not income_text.isdigit():
            self.msg_kk.show_messages([("error", self.tr("Penghasilan harus angka Rupiah."), None)])
            return
        data = {"no_kk": self.no_kk.text(), "kelurahan": self.kelurahan.code(), "rw": self.rw.text(),
                "rt": self.rt.text(), "address": self.address.text(), "welfare_decile": self.decile.code(),
                "monthly_income": int(income_text) if income_text else None,
                "housing_notes": self.housing.text()}  # fmt: skip
        try:
            hh, changes = registry.save_household(
                self.ctx.actor, data, self.household_id, accept_warnings=True
            )
        except registry.ValidationFailed as exc:
            self.msg_kk.show_messages([(i.severity, i.message, None) for i in exc.issues])
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Keluarga"), exc)
            return
        self.msg_kk.show_messages([])
        self.household_id = hh.id
        self.changes += changes
        self.changed.emit(changes)
        self._refresh_members()

    def add_member(self) -> None:
        picker = PersonPicker(self, "Tambah anggota keluarga")
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.selected_id():
            return
        self._apply(
            registry.add_member, self.household_id, picker.selected_id(), picker.relationship.code()
        )

    def remove_member(self) -> None:
        pid = self._selected()
        if pid:
            self._apply(registry.remove_member, pid)

    def make_head(self) -> None:
        pid = self._selected()
        if pid:
            self._apply(registry.set_head, self.household_id, pid)

    def change_relationship(self) -> None:
        pid = self._selected()
        if pid:
            self._apply(registry.add_member, self.household_id, pid, self.rel_combo.code())

    def member_ids(self) -> list[str]:
        return [p.id for p in registry.members(self.household_id)] if self.household_id else []

"""Dialogs of the program page: organizations, program, people picker, session, status,
service, indicator and measurement. Each validates through the services and shows the message
beside the field; nothing is written until the whole form is valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_number
from desktop_app.domain.nik import mask
from desktop_app.domain.programs import SCHOOL_AGE, EligibilityRule
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import programs as svc
from desktop_app.storage.models import OutcomeIndicator
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import VULNERABILITY, codes, tr_label
from desktop_app.ui.messages import translate_message
from desktop_app.ui.pages.programs.common import (
    FieldErrors,
    date_edit,
    error_label,
    get_date,
    money_edit,
    parse_rupiah,
)


def _combo(items: dict[str, str], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in items.items():
        combo.addItem(text, code)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Buttons", "Batal"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# --- Organizations ----------------------------------------------------------------------------


class OrganizationDialog(QDialog):
    """List of organizations with a form to add or change one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Organisasi penyelenggara"))
        self.resize(760, 460)
        self.current_id: str | None = None
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._load)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.kind = _combo(codes.ORGANIZATION_KIND)
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.errors.add_row(form, "name", self.tr("Nama"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Narahubung"), self.contact)
        self.errors.add_row(form, "phone", self.tr("Telepon"), self.phone)
        form.addRow(self.tr("Alamat"), self.address)
        self.message = error_label()
        new_btn = QPushButton(self.tr("Organisasi baru"))
        new_btn.clicked.connect(self.clear)
        save_btn = QPushButton(self.tr("Simpan organisasi"))
        save_btn.setDefault(True)
        save_btn.clicked.connect(self.save)
        close_btn = QPushButton(self.tr("Tutup"))
        close_btn.clicked.connect(self.accept)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(new_btn)
        row.addWidget(save_btn)
        row.addStretch(1)
        row.addWidget(close_btn)
        right.addStretch(1)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for org in svc.list_organizations():
            item = QListWidgetItem(f"{org.name} — {codes.label(codes.ORGANIZATION_KIND, org.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, org)
            self.list.addItem(item)

    def clear(self) -> None:
        self.list.setCurrentItem(None)
        self.current_id = None
        for edit in (self.name, self.contact, self.phone, self.address):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self.name.setFocus()

    def _load(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        org = item.data(Qt.ItemDataRole.UserRole)
        self.current_id = org.id
        self.name.setText(org.name)
        _select(self.kind, org.kind)
        self.contact.setText(org.contact_person or "")
        self.phone.setText(org.phone or "")
        self.address.setText(org.address or "")

    def save(self) -> None:
        try:
            svc.save_organization(self.ctx.actor, name=self.name.text(), kind=self.kind.currentData(),
                                  contact_person=self.contact.text(), phone=self.phone.text(),
                                  address=self.address.text(), org_id=self.current_id)  # fmt: skip
        except ValueError as exc:
            text = str(exc)
            key = "phone" if "telepon" in text else "name"
            self.errors.show({key: text})
            return
        self.errors.show({})
        self.refresh()
        self.clear()


# --- Program ----------------------------------------------------------------------------------


class ProgramDialog(QDialog):
    """Create or change a program, including its eligibility rule."""

    def __init__(
        self, ctx: AppContext, program_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.setWindowTitle(self.tr("Ubah program") if program_id else self.tr("Program baru"))
        self.resize(900, 600)
        data = svc.program_input(svc.get_program(program_id)) if program_id else None

        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.kind = _combo(codes.PROGRAM_KIND)
        self.organizer = QComboBox()
        self.organizer.addItem(self.tr("— belum ada —"), None)
        for org in svc.list_organizations():
            self.organizer.addItem(org.name, org.id)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.description.setTabChangesFocus(True)
        self.location = QLineEdit()
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("Seluruh kecamatan"), None)
        for kel in kelurahan_list():
            self.kelurahan.addItem(kel.name, kel.code)
        self.start = date_edit(optional=True)
        self.end = date_edit(optional=True)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.end)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        self.budget = money_edit()
        self.errors.add_row(form, "name", self.tr("Nama program"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Penyelenggara"), self.organizer)
        form.addRow(self.tr("Keterangan"), self.description)
        form.addRow(self.tr("Tempat"), self.location)
        form.addRow(self.tr("Kelurahan"), self.kelurahan)
        self.errors.add_row(form, "dates", self.tr("Mulai – selesai"), dates_box)
        self.errors.add_row(form, "budget", self.tr("Anggaran (Rp)"), self.budget)

        self.targets: dict[str, QCheckBox] = {}
        target_box = QGroupBox(self.tr("Kelompok sasaran"))
        grid = QGridLayout(target_box)
        for i, (code, text) in enumerate(VULNERABILITY.items()):
            box = QCheckBox(self.tr(text))
            self.targets[code] = box
            grid.addWidget(box, i // 2, i % 2)

        rule_box = QGroupBox(self.tr("Syarat peserta (kelayakan)"))
        rule_outer = QVBoxLayout(rule_box)
        rule_form = QFormLayout()
        rule_outer.addLayout(rule_form)
        rule_outer.addStretch(1)
        self.sex = _combo(codes.SEX, self.tr("Semua"))
        self.age_min = self._spin(0, 120)
        self.age_max = self._spin(0, 120)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("s.d.")))
        ages.addWidget(self.age_max)
        self.decile_min = self._spin(1, 10)
        self.decile_max = self._spin(1, 10)
        deciles = QHBoxLayout()
        deciles.addWidget(self.decile_min)
        deciles.addWidget(QLabel(self.tr("s.d.")))
        deciles.addWidget(self.decile_max)
        self.rule_kel = QListWidget()
        self.rule_kel.setFixedHeight(80)
        for kel in kelurahan_list():
            item = QListWidgetItem(kel.name)
            item.setData(Qt.ItemDataRole.UserRole, kel.code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.rule_kel.addItem(item)
        self.disability = QCheckBox(self.tr("Hanya penyandang disabilitas"))
        self.indigenous = QCheckBox(self.tr("Hanya masyarakat adat"))
        self.no_scholarship = QCheckBox(self.tr("Belum pernah menerima beasiswa"))
        self.no_nik = QCheckBox(self.tr("Belum punya NIK"))
        rule_form.addRow(self.tr("Jenis kelamin"), self.sex)
        rule_form.addRow(self.tr("Umur (tahun)"), ages)
        rule_form.addRow(self.tr("Desil kesejahteraan"), deciles)
        rule_form.addRow(self.tr("Kelurahan (kosong = semua)"), self.rule_kel)
        for box in (self.disability, self.indigenous, self.no_scholarship, self.no_nik):
            rule_form.addRow("", box)
        presets = QVBoxLayout()  # stacked: side by side they made the dialog wider than 910 px (150%)
        women = QPushButton(self.tr("Perempuan 18–55, desil 1–4"))
        women.clicked.connect(lambda: self.set_rule(EligibilityRule(sex="P", age_min=18, age_max=55,
                                                                    decile_min=1, decile_max=4)))  # fmt: skip
        school = QPushButton(self.tr("Usia sekolah tanpa beasiswa"))
        school.clicked.connect(lambda: self.set_rule(EligibilityRule(age_min=SCHOOL_AGE[0], age_max=SCHOOL_AGE[1],
                                                                     no_scholarship=True)))  # fmt: skip
        presets.addWidget(women)
        presets.addWidget(school)
        rule_form.addRow(self.tr("Contoh"), presets)
        self.preview = QLabel()
        self.preview.setObjectName("rulePreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: 600;")
        rule_form.addRow(self.tr("Jumlah"), self.preview)
        self.rule_error = error_label()
        rule_form.addRow("", self.rule_error)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.update_preview)
        restart = self._preview_timer.start
        self.sex.currentIndexChanged.connect(lambda _i: restart())
        for spin in (self.age_min, self.age_max, self.decile_min, self.decile_max):
            spin.valueChanged.connect(lambda _v: restart())
        self.rule_kel.itemChanged.connect(lambda _item: restart())
        for box in (self.disability, self.indigenous, self.no_scholarship, self.no_nik):
            box.toggled.connect(lambda _c: restart())

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(target_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(rule_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(_buttons(self, self.tr("Simpan")))
        if data:
            self._fill(data)
        self.update_preview()
        self.name.setFocus()

    def update_preview(self) -> None:
        """How many people the rule admits today, so a facilitator sees a rule that is too tight."""
        try:
            count = svc.count_eligible(self.rule())
        except ValueError as exc:
            self.preview.setText("")
            self.rule_error.setText(translate_message(str(exc)))
            self.rule_error.show()
            return
        self.rule_error.hide()
        self.preview.setText(
            self.tr("{0} orang di database memenuhi syarat ini ({1}).").format(
                format_number(count), self.rule().describe(tr_label)
            )
        )

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low - 1, high)
        spin.setSpecialValueText("—")  # the lowest value means "no limit"
        spin.setValue(low - 1)
        return spin

    @staticmethod
    def _spin_value(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()

    @staticmethod
    def _set_spin(spin: QSpinBox, value: int | None) -> None:
        spin.setValue(spin.minimum() if value is None else value)

    def _fill(self, data: svc.ProgramInput) -> None:
        self.name.setText(data.name)
        _select(self.kind, data.kind)
        _select(self.organizer, data.organizer_id)
        self.description.setPlainText(data.description or "")
        self.location.setText(data.location or "")
        _select(self.kelurahan, data.kelurahan)
        from desktop_app.ui.pages.programs.common import set_date

        set_date(self.start, data.start_date)
        set_date(self.end, data.end_date)
        self.budget.setText("" if data.budget is None else f"{data.budget:,}".replace(",", "."))
        for code, box in self.targets.items():
            box.setChecked(code in data.target_groups)
        self.set_rule(data.rule)

    def set_rule(self, rule: EligibilityRule) -> None:
        _select(self.sex, rule.sex)
        self._set_spin(self.age_min, rule.age_min)
        self._set_spin(self.age_max, rule.age_max)
        self._set_spin(self.decile_min, rule.decile_min)
        self._set_spin(self.decile_max, rule.decile_max)
        for i in range(self.rule_kel.count()):
            item = self.rule_kel.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in rule.kelurahan
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.disability.setChecked(rule.disability is True)
        self.indigenous.setChecked(rule.indigenous is True)
        self.no_scholarship.setChecked(rule.no_scholarship)
        self.no_nik.setChecked(rule.no_nik is True)

    def rule(self) -> EligibilityRule:
        kels = tuple(
            self.rule_kel.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.rule_kel.count())
            if self.rule_kel.item(i).checkState() == Qt.CheckState.Checked
        )
        return EligibilityRule(
            sex=self.sex.currentData(),
            age_min=self._spin_value(self.age_min),
            age_max=self._spin_value(self.age_max),
            decile_min=self._spin_value(self.decile_min),
            decile_max=self._spin_value(self.decile_max),
            kelurahan=kels,
            disability=True if self.disability.isChecked() else None,
            indigenous=True if self.indigenous.isChecked() else None,
            no_scholarship=self.no_scholarship.isChecked(),
            no_nik=True if self.no_nik.isChecked() else None,
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        try:
            budget = parse_rupiah(self.budget.text())
        except ValueError as exc:
            errors["budget"] = str(exc)
            budget = None
        data = svc.ProgramInput(
            name=self.name.text(), kind=self.kind.currentData(), organizer_id=self.organizer.currentData(),
            description=self.description.toPlainText(), location=self.location.text(),
            kelurahan=self.kelurahan.currentData(), start_date=get_date(self.start),
            end_date=get_date(self.end), budget=budget,
            target_groups=[c for c, box in self.targets.items() if box.isChecked()], rule=self.rule(),
        )  # fmt: skip
        self.rule_error.hide()
        if not errors:
            try:
                program = svc.save_program(self.ctx.actor, data, self.program_id)
            except ValueError as exc:
                text = str(exc)
                if "Nama" in text:
                    errors["name"] = text
                elif "Tanggal" in text:
                    errors["dates"] = text
                elif "Anggaran" in text:
                    errors["budget"] = text
                else:
                    self.rule_error.setText(translate_message(text))
                    self.rule_error.show()
            else:
                self.program_id = program.id
                super().accept()
                return
        self.errors.show(errors)


# --- People picker ----------------------------------------------------------------------------


class PeoplePickerDialog(QDialog):
    """Filter the people registry and pick one or many to enrol."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None,
                 exclude: set[str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude or set()
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama atau NIK…"))
        self.search.setClearButtonEnabled(True)
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("Semua kelurahan"), None)
        for kel in kelurahan_list():
            self.kelurahan.addItem(kel.name, kel.code)
        self.sex = _combo(codes.SEX, self.tr("Semua"))
        self.age_min = QSpinBox()
        self.age_max = QSpinBox()
        for spin, value in ((self.age_min, 0), (self.age_max, 120)):
            spin.setRange(0, 120)
            spin.setValue(value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kelurahan, 1)
        filters.addWidget(QLabel(self.tr("Jenis kelamin")))
        filters.addWidget(self.sex)
        filters.addWidget(QLabel(self.tr("Umur")))
        filters.addWidget(self.age_min)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.age_max)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("NIK"), self.tr("L/P"), self.tr("Umur"), self.tr("Kelurahan")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.count = QLabel()
        self.message = error_label()
        self.enrol_date = date_edit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Terdaftar"), "terdaftar")
        self.status.addItem(self.tr("Aktif"), "aktif")
        select_all = QPushButton(self.tr("Pilih semua"))
        select_all.clicked.connect(self.table.selectAll)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(select_all)
        bottom.addWidget(QLabel(self.tr("Tanggal daftar")))
        bottom.addWidget(self.enrol_date)
        bottom.addWidget(QLabel(self.tr("Status")))
        bottom.addWidget(self.status)
        self.buttons = _buttons(self, self.tr("Daftarkan"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for widget in (self.kelurahan, self.sex):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        for spin in (self.age_min, self.age_max):
            spin.valueChanged.connect(lambda _v: self._timer.start())
        self.refresh()
        self.search.setFocus()

    def people_filter(self) -> svc.PeopleFilter:
        age_min = self.age_min.value() or None
        age_max = self.age_max.value() if self.age_max.value() < 120 else None
        return svc.PeopleFilter(search=self.search.text(), kelurahan=self.kelurahan.currentData(),
                                sex=self.sex.currentData(), age_min=age_min, age_max=age_max)  # fmt: skip

    def refresh(self) -> None:
        try:
            rows = [r for r in svc.search_people(self.people_filter()) if r.id not in self.exclude]
        except ValueError as exc:
            self.message.setText(translate_message(str(exc)))
            self.message.show()
            return
        self.message.hide()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r.name, mask(r.nik) if r.nik else self.tr("(tanpa NIK)"), r.sex,
                      "" if r.age is None else str(r.age), r.kelurahan]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        limit = self.people_filter().limit
        more = (
            self.tr(" (ditampilkan {0} pertama; persempit pencarian)").format(limit)
            if len(rows) >= limit
            else ""
        )
        self.count.setText(self.tr("{0} orang cocok").format(len(rows)) + more)
        self._selection_changed()

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.ok.setEnabled(n > 0)
        self.ok.setText(self.tr("Daftarkan ({0})").format(n))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]


# --- Session ----------------------------------------------------------------------------------


class ActivityDialog(QDialog):
    def __init__(self, ctx: AppContext, program_id: str, parent: QWidget | None = None,
                 activity_id: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Kegiatan"))
        self.resize(520, 360)
        act = svc.get_activity(activity_id) if activity_id else None
        program = svc.get_program(program_id)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.date = date_edit(act.date if act else dt.date.today())
        self.start = QLineEdit(act.start_time if act and act.start_time else "09:00")
        self.end = QLineEdit(act.end_time if act and act.end_time else "12:00")
        for edit in (self.start, self.end):
            edit.setInputMask("99:99")
            edit.setMaximumWidth(80)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("s.d.")))
        times.addWidget(self.end)
        times.addStretch(1)
        times_box = QWidget()
        times.setContentsMargins(0, 0, 0, 0)
        times_box.setLayout(times)
        self.place = QLineEdit(act.place if act else (program.location or ""))
        self.topic = QLineEdit(act.topic if act else "")
        self.trainer = QLineEdit(act.trainer if act else "")
        self.trainer.setPlaceholderText(self.tr("Nama pelatih atau tim medis"))
        self.notes = QPlainTextEdit(act.notes if act and act.notes else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.errors.add_row(form, "date", self.tr("Tanggal"), self.date)
        self.errors.add_row(form, "time", self.tr("Jam"), times_box)
        form.addRow(self.tr("Tempat"), self.place)
        self.errors.add_row(form, "topic", self.tr("Topik"), self.topic)
        form.addRow(self.tr("Pelatih / tim medis"), self.trainer)
        form.addRow(self.tr("Catatan"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Simpan kegiatan")))
        self.topic.setFocus()

    @staticmethod
    def _time(edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        return None if text in ("", ":") else text

    def accept(self) -> None:
        data = svc.ActivityInput(date=get_date(self.date) or dt.date.today(),
                                 start_time=self._time(self.start), end_time=self._time(self.end),
                                 place=self.place.text(), topic=self.topic.text(),
                                 trainer=self.trainer.text(), notes=self.notes.toPlainText())  # fmt: skip
        try:
            act = svc.save_activity(self.ctx.actor, self.program_id, data, self.activity_id)
        except ValueError as exc:
            text = str(exc)
            self.errors.show(
                {"topic" if "Topik" in text else "time" if "Jam" in text else "date": text}
            )
            return
        self.activity_id = act.id
        super().accept()


# --- Enrollment status ------------------------------------------------------------------------


class StatusDialog(QDialog):
    def __init__(
        self, ctx: AppContext, row: svc.EnrollmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Ubah status peserta"))
        from desktop_app.domain.programs import TRANSITIONS

        form = QFormLayout()
        form.addRow(self.tr("Peserta"), QLabel(row.name))
        form.addRow(
            self.tr("Status sekarang"), QLabel(codes.label(codes.ENROLLMENT_STATUS, row.status))
        )
        self.status = QComboBox()
        for code in TRANSITIONS.get(row.status, ()):
            self.status.addItem(codes.label(codes.ENROLLMENT_STATUS, code), code)
        self.date = date_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. pindah domisili, bekerja, sakit"))
        self.errors = FieldErrors()
        form.addRow(self.tr("Status baru"), self.status)
        self.errors.add_row(form, "date", self.tr("Tanggal"), self.date)
        self.errors.add_row(form, "reason", self.tr("Alasan keluar"), self.reason)
        self.status.currentIndexChanged.connect(self._toggle)
        layout = QVBoxLayout(self)
        if self.status.count() == 0:
            layout.addWidget(
                QLabel(self.tr("Peserta yang sudah selesai tidak dapat diubah statusnya."))
            )
        layout.addLayout(form)
        self.buttons = _buttons(self, self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.status.count() > 0)
        layout.addWidget(self.buttons)
        self._toggle()

    def _toggle(self) -> None:
        self.reason.setEnabled(self.status.currentData() == "keluar")

    def accept(self) -> None:
        try:
            svc.change_status(self.ctx.actor, self.row.id, self.status.currentData(),
                              get_date(self.date) or dt.date.today(), self.reason.text())  # fmt: skip
        except ValueError as exc:
            text = str(exc)
            self.errors.show({"reason" if "Alasan" in text else "date": text})
            return
        super().accept()


# --- Services ---------------------------------------------------------------------------------


def _people_combo(program_id: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for row in svc.list_enrollments(program_id):
        combo.addItem(row.name, row.person_id)
    combo.setCurrentIndex(-1)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    return combo


def _combo_person(combo: QComboBox) -> str | None:
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 and combo.currentText().strip() else None


class ServiceDialog(QDialog):
    """Record a service delivered to an enrolled person."""

    def __init__(self, ctx: AppContext, program_id: str, parent: QWidget | None = None,
                 person_id: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.setWindowTitle(self.tr("Catat layanan"))
        self.resize(520, 420)
        program = svc.get_program(program_id)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.person = _people_combo(program_id)
        if person_id:
            _select(self.person, person_id)
        self.kind = _combo(codes.SERVICE_KIND)
        _select(self.kind, {"beasiswa": "beasiswa", "kesehatan": "kesehatan",
                            "pelatihan": "paket_pelatihan"}.get(program.kind, "lainnya"))  # fmt: skip
        self.date = date_edit()
        self.amount = money_edit()
        self.school = QLineEdit()
        self.grade = QLineEdit()
        self.health_type = _combo(codes.HEALTH_SERVICE_TYPE, self.tr("— pilih —"))
        self.provider = QLineEdit()
        self.description = QLineEdit()
        self.errors.add_row(form, "person", self.tr("Penerima"), self.person)
        self.errors.add_row(form, "kind", self.tr("Jenis layanan"), self.kind)
        self.errors.add_row(form, "date", self.tr("Tanggal"), self.date)
        self.errors.add_row(form, "amount", self.tr("Jumlah (Rp)"), self.amount)
        self.errors.add_row(form, "school", self.tr("Sekolah"), self.school)
        self.errors.add_row(form, "grade", self.tr("Kelas"), self.grade)
        self.errors.add_row(
            form, "health_type", self.tr("Jenis layanan kesehatan"), self.health_type
        )
        form.addRow(self.tr("Pemberi layanan"), self.provider)
        self.errors.add_row(form, "description", self.tr("Keterangan"), self.description)
        self.form = form
        self.kind.currentIndexChanged.connect(self._toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Simpan layanan")))
        self._toggle()
        self.person.setFocus()

    def _toggle(self) -> None:
        kind = self.kind.currentData()
        for widget, visible in ((self.school, kind == "beasiswa"), (self.grade, kind == "beasiswa"),
                                (self.health_type, kind == "kesehatan")):  # fmt: skip
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def service_input(self) -> tuple[svc.ServiceInput, dict[str, str]]:
        errors: dict[str, str] = {}
        person_id = _combo_person(self.person)
        if not person_id:
            errors["person"] = self.tr("Pilih peserta program ini.")
        try:
            amount = parse_rupiah(self.amount.text()) or 0
        except ValueError as exc:
            errors["amount"] = str(exc)
            amount = 0
        data = svc.ServiceInput(person_id=person_id or "", kind=self.kind.currentData(),
                                date=get_date(self.date) or dt.date.today(), amount=amount,
                                program_id=self.program_id, school=self.school.text(),
                                grade=self.grade.text(), health_type=self.health_type.currentData(),
                                provider=self.provider.text(), description=self.description.text())  # fmt: skip
        for key, text in svc.validate_service(data).items():
            errors.setdefault(key, text)
        return data, errors

    def accept(self) -> None:
        data, errors = self.service_input()
        self.errors.show(errors)
        if errors:
            return
        svc.record_service(self.ctx.actor, data)
        super().accept()


# --- Outcome indicators -----------------------------------------------------------------------


class IndicatorDialog(QDialog):
    """Define a new outcome indicator, or change an existing one (``indicator_id``)."""

    def __init__(self, ctx: AppContext, program_id: str, parent: QWidget | None = None,
                 indicator_id: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.indicator_id: str | None = indicator_id
        self.setWindowTitle(self.tr("Ubah indikator hasil") if indicator_id
                            else self.tr("Indikator hasil baru"))  # fmt: skip
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Pendapatan rumah tangga per bulan"))
        self.kind = _combo(codes.INDICATOR_KIND)
        self.unit = QLineEdit("Rp/bulan")
        self.choices = QLineEdit()
        self.choices.setPlaceholderText(
            self.tr("dipisah koma, dari terburuk ke terbaik: SD, SMP, SMA")
        )
        self.higher = QCheckBox(self.tr("Nilai lebih tinggi berarti lebih baik"))
        self.higher.setChecked(True)
        self.errors.add_row(form, "name", self.tr("Nama indikator"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Satuan"), self.unit)
        self.errors.add_row(form, "choices", self.tr("Pilihan"), self.choices)
        form.addRow("", self.higher)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Simpan indikator")))
        self.kind.currentIndexChanged.connect(self._toggle)
        self.form = form
        if indicator_id:
            self._load(next(i for i in svc.list_indicators(program_id) if i.id == indicator_id))
        self._toggle()

    def _load(self, ind: OutcomeIndicator) -> None:
        self.name.setText(ind.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(ind.kind)))
        self.unit.setText(ind.unit or "")
        self.choices.setText(", ".join(svc.indicator_choices(ind)))
        self.higher.setChecked(bool(ind.higher_is_better))

    def _toggle(self) -> None:
        kind = self.kind.currentData()
        self.unit.setEnabled(kind == "angka")
        self.choices.setEnabled(kind == "pilihan")

    def accept(self) -> None:
        kind = self.kind.currentData()
        try:
            ind = svc.save_indicator(self.ctx.actor, self.program_id, name=self.name.text(), kind=kind,
                                     unit=self.unit.text() if kind == "angka" else None,
                                     choices=self.choices.text().split(",") if kind == "pilihan" else None,
                                     higher_is_better=self.higher.isChecked(),
                                     indicator_id=self.indicator_id)  # fmt: skip
        except ValueError as exc:
            text = str(exc)
            self.errors.show({"name" if "Nama" in text else "choices": text})
            return
        self.indicator_id = ind.id
        super().accept()


class MeasurementDialog(QDialog):
    """Record a baseline or follow-up value of an indicator for one enrolled person."""

    def __init__(self, ctx: AppContext, program_id: str, indicator_id: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.indicator = next(i for i in svc.list_indicators(program_id) if i.id == indicator_id)
        self.setWindowTitle(self.tr("Catat pengukuran: {0}").format(self.indicator.name))
        self.resize(480, 300)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.person = _people_combo(program_id)
        self.date = date_edit()
        self.baseline = QComboBox()
        self.baseline.addItem(self.tr("Tindak lanjut"), False)
        self.baseline.addItem(self.tr("Baseline (sebelum program)"), True)
        kind = self.indicator.kind
        if kind == "angka":
            self.value: QWidget = (
                money_edit()
                if (self.indicator.unit or "").lower().startswith("rp")
                else QLineEdit()
            )
        else:
            combo = QComboBox()
            if kind == "ya_tidak":
                combo.addItem(self.tr("Ya"), True)
                combo.addItem(self.tr("Tidak"), False)
            else:
                for choice in svc.indicator_choices(self.indicator):
                    combo.addItem(choice, choice)
            self.value = combo
        caption = self.tr("Nilai") + (
            f" ({self.indicator.unit})" if kind == "angka" and self.indicator.unit else ""
        )
        self.errors.add_row(form, "person", self.tr("Peserta"), self.person)
        form.addRow(self.tr("Jenis pengukuran"), self.baseline)
        self.errors.add_row(form, "date", self.tr("Tanggal"), self.date)
        self.errors.add_row(form, "value", caption, self.value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Simpan pengukuran")))
        self.person.setFocus()

    def accept(self) -> None:
        person_id = _combo_person(self.person)
        if not person_id:
            self.errors.show({"person": self.tr("Pilih peserta program ini.")})
            return
        value: int | bool | str | None
        if isinstance(self.value, QLineEdit):
            try:
                value = parse_rupiah(self.value.text())
            except ValueError as exc:
                self.errors.show({"value": str(exc)})
                return
            if value is None:
                self.errors.show({"value": self.tr("Isi nilainya.")})
                return
        else:
            assert isinstance(self.value, QComboBox)
            value = self.value.currentData()
        try:
            svc.record_outcome(self.ctx.actor, self.indicator.id, person_id, get_date(self.date) or dt.date.today(),
                               value, is_baseline=bool(self.baseline.currentData()))  # fmt: skip
        except ValueError as exc:
            text = str(exc)
            self.errors.show({"date" if "Tanggal" in text else "value": text})
            return
        super().accept()

"""Dialogs of the groups area: the group, members (also people from outside Alak), meetings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import groups
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import codes
from desktop_app.ui.pages.groups.common import FormDialog, date_edit, get_date


def _combo(
    items: dict[str, str], current: str | None = None, empty: str | None = None
) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in items.items():
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class GroupDialog(FormDialog):
    ERROR_FIELDS = (("Nama kelompok", "name"), ("jenis", "kind"), ("Kelurahan", "kelurahan"))

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, group_id: str | None = None
    ) -> None:
        super().__init__(parent, self.tr("Ubah kelompok") if group_id else self.tr("Kelompok baru"))
        self.ctx, self.group_id = ctx, group_id
        g = groups.get_group(group_id) if group_id else None
        self.name = self.add_field("name", self.tr("Nama kelompok"), QLineEdit(g.name if g else ""))
        self.kind = self.add_field("kind", self.tr("Jenis"),
                                   _combo(codes.GROUP_KIND, g.kind if g else None,
                                          empty=self.tr("— pilih —")))  # fmt: skip
        kel = {k.code: k.name for k in kelurahan_list()}
        self.kelurahan = self.add_field("kelurahan", self.tr("Kelurahan"),
                                        _combo(kel, g.kelurahan if g else None,
                                               empty=self.tr("— tidak ada / luar Alak —")))  # fmt: skip
        self.schedule = self.add_field("schedule", self.tr("Jadwal pertemuan"),
                                       QLineEdit(g.meeting_schedule or "" if g else ""))  # fmt: skip
        self.schedule.setPlaceholderText(self.tr("mis. Setiap Sabtu pertama, pukul 16.00"))
        self.has_founded = QCheckBox(self.tr("Diketahui"))
        self.founded = date_edit(g.founded_on if g and g.founded_on else None)
        self.has_founded.setChecked(bool(g and g.founded_on))
        self.founded.setEnabled(self.has_founded.isChecked())
        self.has_founded.toggled.connect(self.founded.setEnabled)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.has_founded)
        lay.addWidget(self.founded, 1)
        self.add_field("founded", self.tr("Tanggal berdiri"), row)
        self.description = self.add_field("description", self.tr("Keterangan"), QPlainTextEdit())
        self.description.setPlainText(g.description or "" if g else "")
        self.description.setFixedHeight(70)
        self.finish_layout()

    def save(self) -> object:
        return groups.save_group(
            self.ctx.actor, name=self.name.text(), kind=self.kind.currentData() or "",
            kelurahan=self.kelurahan.currentData(), meeting_schedule=self.schedule.text(),
            founded_on=get_date(self.founded) if self.has_founded.isChecked() else None,
            description=self.description.toPlainText(), group_id=self.group_id,
        )  # fmt: skip


class OutsidePersonDialog(FormDialog):
    """Register quickly a member who lives outside Alak (or whose kelurahan is not known)."""

    ERROR_FIELDS = (("Nama", "name"), ("kelamin", "sex"), ("Tahun lahir", "year"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, name: str = "") -> None:
        super().__init__(parent, self.tr("Daftarkan orang dari luar Alak"))
        self.ctx = ctx
        note = QLabel(self.tr("Untuk anggota yang tinggal di luar Kecamatan Alak atau belum "
                              "terdaftar. Data lengkap bisa dilengkapi nanti di Penduduk."))  # fmt: skip
        note.setWordWrap(True)
        self.form.addRow(note)
        self.name = self.add_field("name", self.tr("Nama lengkap"), QLineEdit(name))
        self.sex = self.add_field("sex", self.tr("Jenis kelamin"),
                                  _combo({"P": "Perempuan", "L": "Laki-laki"}))  # fmt: skip
        self.origin = self.add_field("origin", self.tr("Asal (kelurahan/desa, kecamatan)"),
                                     QLineEdit())  # fmt: skip
        self.origin.setPlaceholderText(self.tr("mis. Oesapa, Kec. Kelapa Lima"))
        self.phone = self.add_field("phone", self.tr("Telepon"), QLineEdit())
        self.year = self.add_field("year", self.tr("Tahun lahir (boleh kosong)"), QSpinBox())
        self.year.setRange(0, dt.date.today().year)
        self.year.setSpecialValueText(self.tr("tidak diketahui"))
        self.finish_layout()

    def save(self) -> object:
        return groups.register_outside_person(
            self.ctx.actor, name=self.name.text(), sex=self.sex.currentData(),
            origin=self.origin.text(), phone=self.phone.text(),
            birth_year=self.year.value() or None,
        )  # fmt: skip


class AddMemberDialog(FormDialog):
    """Find a person in the registry (or register one from outside Alak) and add them."""

    ERROR_FIELDS = (("Pilih orang", "person"), ("sudah", "person"), ("punya", "role"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, group_id: str) -> None:
        super().__init__(parent, self.tr("Tambah anggota"))
        self.ctx, self.group_id = ctx, group_id
        self.setMinimumWidth(520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIK (minimal 2 huruf)"))
        self.search.setClearButtonEnabled(True)
        self.add_field("search", self.tr("Cari penduduk"), self.search)
        self.results = QListWidget()
        self.results.setMinimumHeight(160)
        self.add_field("person", self.tr("Pilih orang"), self.results)
        self.outside_button = QPushButton(self.tr("Orang dari luar Alak / belum terdaftar…"))
        self.outside_button.clicked.connect(self.register_outside)
        self.form.addRow("", self.outside_button)
        self.role = self.add_field("role", self.tr("Peran"), _combo(codes.GROUP_ROLE, "anggota"))
        self.joined = self.add_field("joined", self.tr("Tanggal bergabung"), date_edit())
        self.finish_layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh_results)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.outside_dialog: OutsidePersonDialog | None = None

    def refresh_results(self) -> None:
        self.results.clear()
        for hit in groups.find_people(self.search.text()):
            detail = ", ".join(filter(None, [hit.nik, hit.kelurahan,
                                             str(hit.birth_year or "")]))  # fmt: skip
            item = QListWidgetItem(f"{hit.name} — {detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def register_outside(self) -> None:
        dialog = OutsidePersonDialog(self, self.ctx, self.search.text())
        self.outside_dialog = dialog

        def done() -> None:
            person = dialog.result_value
            self.search.blockSignals(True)
            self.search.setText(person.name)
            self.search.blockSignals(False)
            self.results.clear()
            outside = self.tr("luar Alak (baru didaftarkan)")
            item = QListWidgetItem(f"{person.name} — {outside}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
            self.results.setCurrentRow(0)

        dialog.accepted.connect(done)
        dialog.open()

    def save(self) -> object:
        item = self.results.currentItem()
        if item is None:
            raise ValueError(self.tr("Pilih orang dari hasil pencarian."))
        return groups.add_member(self.ctx.actor, self.group_id, item.data(Qt.ItemDataRole.UserRole),
                                 role=self.role.currentData(), joined_on=get_date(self.joined))  # fmt: skip


class MemberDialog(FormDialog):
    """Change a member's role, join date, or record that they left."""

    ERROR_FIELDS = (("keluar", "left"), ("punya", "role"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, row: groups.MemberRow) -> None:
        super().__init__(parent, self.tr("Ubah anggota: {name}").format(name=row.name))
        self.ctx, self.row = ctx, row
        self.role = self.add_field("role", self.tr("Peran"), _combo(codes.GROUP_ROLE, row.role))
        self.joined = self.add_field(
            "joined", self.tr("Tanggal bergabung"), date_edit(row.joined_on)
        )
        self.has_left = QCheckBox(self.tr("Sudah keluar pada"))
        self.left = date_edit(row.left_on)
        self.has_left.setChecked(row.left_on is not None)
        self.left.setEnabled(self.has_left.isChecked())
        self.has_left.toggled.connect(self.left.setEnabled)
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.has_left)
        lay.addWidget(self.left, 1)
        self.add_field("left", self.tr("Keluar"), box)
        self.finish_layout()

    def save(self) -> object:
        return groups.update_member(
            self.ctx.actor, self.row.id, role=self.role.currentData(),
            joined_on=get_date(self.joined),
            left_on=get_date(self.left) if self.has_left.isChecked() else None,
        )  # fmt: skip


class MeetingDialog(FormDialog):
    ERROR_FIELDS = (("Tanggal", "date"),)

    def __init__(self, parent: QWidget | None, ctx: AppContext, group_id: str,
                 meeting: groups.MeetingRow | None = None) -> None:  # fmt: skip
        super().__init__(
            parent, self.tr("Ubah pertemuan") if meeting else self.tr("Catat pertemuan")
        )
        self.ctx, self.group_id, self.meeting = ctx, group_id, meeting
        self.setMinimumWidth(560)
        self.date = self.add_field(
            "date", self.tr("Tanggal"), date_edit(meeting.date if meeting else None)
        )
        self.place = self.add_field(
            "place", self.tr("Tempat"), QLineEdit(meeting.place if meeting else "")
        )
        self.topics = self.add_field("topics", self.tr("Topik yang dibahas"), QPlainTextEdit())
        self.decisions = self.add_field("decisions", self.tr("Keputusan"), QPlainTextEdit())
        for edit, text in ((self.topics, meeting.topics if meeting else ""),
                           (self.decisions, meeting.decisions if meeting else "")):  # fmt: skip
            edit.setPlainText(text)
            edit.setFixedHeight(60)
            edit.setTabChangesFocus(True)
        self.attendance = QListWidget()
        self.attendance.setMinimumHeight(150)
        marks = groups.meeting_attendance(meeting.id) if meeting else {}
        for m in groups.members(group_id):
            if m.status != "aktif" and m.person_id not in marks:
                continue
            item = QListWidgetItem(f"{m.name} ({m.role_label})")
            item.setData(Qt.ItemDataRole.UserRole, m.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = marks.get(m.person_id, meeting is None)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.add_field("attendance", self.tr("Hadir (centang)"), self.attendance)
        self.finish_layout()

    def save(self) -> object:
        present, absent = [], []
        for i in range(self.attendance.count()):
            item = self.attendance.item(i)
            pid = item.data(Qt.ItemDataRole.UserRole)
            (present if item.checkState() == Qt.CheckState.Checked else absent).append(pid)
        return groups.save_meeting(
            self.ctx.actor, self.group_id, date=get_date(self.date), place=self.place.text(),
            topics=self.topics.toPlainText(), decisions=self.decisions.toPlainText(),
            present=present, absent=absent, meeting_id=self.meeting.id if self.meeting else None,
        )  # fmt: skip

"""Program & Kegiatan: the catalog on the left, the chosen program's work on the right.

Tabs: participants (with status and attendance rate), eligible people not yet enrolled,
sessions (attendance entry and the printable attendance sheet), services delivered, outcomes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date, format_number, format_percent, format_rupiah
from desktop_app.domain.nik import mask
from desktop_app.domain.programs import EligibilityRule
from desktop_app.services import attendance_sheet
from desktop_app.services import programs as svc
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import codes, tr_label
from desktop_app.ui.pages.programs.attendance import AttendanceDialog
from desktop_app.ui.pages.programs.dialogs import (
    ActivityDialog,
    IndicatorDialog,
    MeasurementDialog,
    OrganizationDialog,
    PeoplePickerDialog,
    ProgramDialog,
    ServiceDialog,
    StatusDialog,
)
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import ReadOnlyTable, page_header

ELIGIBLE_SHOWN = 1000
_TABLES = ("program", "organization", "enrollment", "activity", "attendance", "service",
           "outcome_indicator", "outcome", "person", "household")  # fmt: skip


class _Tab(QWidget):
    """A table with a row of buttons above it; the table keeps row keys in UserRole."""

    def __init__(self, buttons: list[QPushButton]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table)
        self.keys: list[str] = []

    def set_rows(self, headers: list[str], rows: list[list[object]], keys: list[str]) -> None:
        self.table.setSortingEnabled(False)
        self.table.set_rows(headers, rows)
        self.table.setSortingEnabled(False)  # keys follow the row order
        self.keys = keys

    def current_key(self) -> str | None:
        row = self.table.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.keys[r] for r in rows if r < len(self.keys)]


class ProgramsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.program_id: str | None = None
        self._enrollments: dict[str, svc.EnrollmentRow] = {}

        # Left: catalog
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari program…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._program_chosen)
        new_btn = QPushButton(self.tr("Program baru…"))
        new_btn.clicked.connect(self.new_program)
        orgs_btn = QPushButton(self.tr("Organisasi…"))
        orgs_btn.clicked.connect(self.edit_organizations)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(new_btn)
        buttons.addWidget(orgs_btn)
        left_layout.addLayout(buttons)

        # Right: the chosen program
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_btn = QPushButton(self.tr("Ubah program…"))
        self.edit_btn.clicked.connect(self.edit_program)
        self.delete_btn = QPushButton(self.tr("Hapus program…"))
        self.delete_btn.setObjectName("delete_program")
        self.delete_btn.clicked.connect(self.delete_program)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_btn)
        head.addWidget(self.delete_btn)

        self.tabs = QTabWidget()
        self._build_participants()
        self._build_eligible()
        self._build_sessions()
        self._build_services()
        self._build_outcomes()
        self._eligible_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.tabs, 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada program. Tekan \u201cProgram baru\u2026\u201d untuk membuat yang pertama."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.addWidget(self.empty)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([300, 900, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Program & Kegiatan"),
                                     self.tr("Program, peserta, kegiatan dan daftar hadir, layanan, serta hasil.")))  # fmt: skip
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

        # One refresh after a burst of changes (enrolling 30 people emits 30 changes).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_list)
        ctx.data_changed.connect(self._data_changed)
        self.refresh_list()

    # --- building the tabs --------------------------------------------------------------------

    def _button(self, text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_participants(self) -> None:
        self.enrol_btn = self._button(self.tr("Daftarkan peserta…"), self.enrol_people, "enrol")
        self.status_btn = self._button(self.tr("Ubah status…"), self.change_status, "status")
        self.unenrol_btn = self._button(self.tr("Hapus pendaftaran…"), self.remove_enrollment,
                                        "unenrol")  # fmt: skip
        self.participants = _Tab([self.enrol_btn, self.status_btn, self.unenrol_btn])
        self.participants.table.doubleClicked.connect(lambda _i: self.change_status())
        self.tabs.addTab(self.participants, self.tr("Peserta"))

    def _build_eligible(self) -> None:
        self.enrol_eligible_btn = self._button(self.tr("Daftarkan yang dipilih"), self.enrol_eligible,
                                               "enrol_eligible")  # fmt: skip
        self.eligible = _Tab([self.enrol_eligible_btn])
        self.eligible.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabs.addTab(self.eligible, self.tr("Memenuhi syarat"))

    def _build_sessions(self) -> None:
        self.new_session_btn = self._button(
            self.tr("Kegiatan baru…"), self.new_session, "new_session"
        )
        self.attendance_btn = self._button(
            self.tr("Isi daftar hadir…"), self.take_attendance, "attendance"
        )
        self.print_btn = self._button(
            self.tr("Cetak daftar hadir (PDF)…"), self.print_sheet, "print"
        )
        self.mask_nik = QCheckBox(self.tr("Samarkan NIK"))
        self.mask_nik.setChecked(True)
        self.edit_session_btn = self._button(
            self.tr("Ubah kegiatan…"), self.edit_session, "edit_session"
        )
        self.sessions = _Tab(
            [self.new_session_btn, self.edit_session_btn, self.attendance_btn, self.print_btn]
        )
        self.sessions.layout().itemAt(0).layout().addWidget(self.mask_nik)
        self.sessions.table.doubleClicked.connect(lambda _i: self.take_attendance())
        self.tabs.addTab(self.sessions, self.tr("Kegiatan"))

    def _build_services(self) -> None:
        self.service_btn = self._button(self.tr("Catat layanan…"), self.record_service, "service")
        self.services = _Tab([self.service_btn])
        self.tabs.addTab(self.services, self.tr("Layanan"))

    def _build_outcomes(self) -> None:
        self.indicator = QComboBox()
        self.indicator.setMinimumWidth(260)
        self.indicator.currentIndexChanged.connect(lambda _i: self._refresh_outcome_table())
        self.new_indicator_btn = self._button(
            self.tr("Indikator baru…"), self.new_indicator, "new_indicator"
        )
        self.measure_btn = self._button(
            self.tr("Catat pengukuran…"), self.record_measurement, "measure"
        )
        self.edit_indicator_btn = self._button(
            self.tr("Ubah indikator…"), self.edit_indicator, "edit_indicator"
        )
        self.outcomes = _Tab([self.new_indicator_btn, self.edit_indicator_btn, self.measure_btn])
        self.outcomes.layout().itemAt(0).layout().insertWidget(0, self.indicator)
        self.tabs.addTab(self.outcomes, self.tr("Hasil"))

    # --- refreshing ---------------------------------------------------------------------------

    def _data_changed(self, table: str) -> None:
        if not table or table in _TABLES:
            self._refresh_timer.start()

    def refresh_list(self) -> None:
        current = self.program_id
        self.list.blockSignals(True)
        self.list.clear()
        rows = svc.list_programs(self.search.text())
        for row in rows:
            dates = " – ".join(format_date(d) for d in (row.start_date, row.end_date) if d)
            item = QListWidgetItem(
                f"{row.name}\n"
                + self.tr("{kind} · {n} peserta").format(
                    kind=tr_label(row.kind, "codes.PROGRAM_KIND"), n=row.enrolled)
                + (f"\n{dates}" if dates else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        chosen = self.list.currentItem()
        self.show_program(chosen.data(Qt.ItemDataRole.UserRole) if chosen else None)

    def _program_chosen(self, item: QListWidgetItem | None) -> None:
        self.show_program(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def select_program(self, program_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == program_id:
                self.list.setCurrentRow(i)
                return

    def show_program(self, program_id: str | None) -> None:
        self.program_id = program_id
        self.right.setVisible(program_id is not None)
        self.empty.setVisible(program_id is None)
        if program_id is None:
            return
        program = svc.get_program(program_id)
        data = svc.program_input(program)
        org = next((o.name for o in svc.list_organizations() if o.id == data.organizer_id), "")
        self.title.setText(program.name)
        dates = " – ".join(format_date(d) for d in (data.start_date, data.end_date) if d) or "—"
        totals = svc.program_service_totals(program_id)
        rate = svc.program_attendance_rate(program_id)
        # tr() outside the f-strings: lupdate does not read calls inside f-string braces
        kind, organizer, when, place = self.tr("Jenis"), self.tr("Penyelenggara"), self.tr("Waktu"), self.tr("Tempat")
        budget, delivered = self.tr("Anggaran"), self.tr("Layanan tersalur")
        attendance, rule = self.tr("Kehadiran"), self.tr("Syarat peserta")
        lines = [
            f"<b>{kind}:</b> {codes.label(codes.PROGRAM_KIND, data.kind)} &nbsp; "
            f"<b>{organizer}:</b> {org or '—'} &nbsp; <b>{when}:</b> {dates} &nbsp; "
            f"<b>{place}:</b> {data.location or '—'}",
            f"<b>{budget}:</b> {format_rupiah(data.budget) or '—'} &nbsp; "
            f"<b>{delivered}:</b> {format_rupiah(totals.amount)} ({totals.count}) &nbsp; "
            f"<b>{attendance}:</b> {format_percent(rate)}",
            f"<b>{rule}:</b> {data.rule.describe(tr_label)}",
        ]
        if data.description:
            lines.append(data.description)
        self.details.setText("<br>".join(lines))
        self.refresh_tabs()

    def refresh_tabs(self) -> None:
        if not self.program_id:
            return
        pid = self.program_id
        enrollments = svc.list_enrollments(pid)
        self._enrollments = {e.id: e for e in enrollments}
        counts = {
            code: sum(e.status == code for e in enrollments) for code in codes.ENROLLMENT_STATUS
        }
        self.participants.info.setText(
            ", ".join(f"{codes.ENROLLMENT_STATUS[c]} {n}" for c, n in counts.items()) or ""
        )
        per_person = svc.service_totals_per_person(pid)
        self.participants.set_rows(
            [self.tr("Nama"), self.tr("NIK"), self.tr("Kelurahan"), self.tr("Status"), self.tr("Terdaftar"),
             self.tr("Selesai/keluar"), self.tr("Alasan keluar"), self.tr("Kehadiran"), self.tr("Layanan")],
            [[e.name, mask(e.nik) if e.nik else "—", e.kelurahan, codes.label(codes.ENROLLMENT_STATUS, e.status),
              e.enrolled_on, e.ended_on, e.exit_reason or "",
              f"{format_percent(e.rate, 0)} ({e.present}/{e.expected})" if e.expected else "–",
              format_rupiah(per_person[e.person_id]) if e.person_id in per_person else "–"]
             for e in enrollments],
            [e.id for e in enrollments],
        )  # fmt: skip

        self._eligible_stale = True
        if self.tabs.currentWidget() is self.eligible:
            self._refresh_eligible()

        sessions = svc.list_activities(pid)
        self.sessions.info.setText(self.tr("{0} kegiatan").format(len(sessions)))
        self.sessions.set_rows(
            [self.tr("Tanggal"), self.tr("Jam"), self.tr("Topik"), self.tr("Tempat"), self.tr("Pelatih/tim"),
             self.tr("Hadir"), self.tr("Kehadiran")],
            [[a.date, " – ".join(t for t in (a.start_time, a.end_time) if t), a.topic or "", a.place or "",
              a.trainer or "", f"{a.present}/{a.expected}" if a.expected else self.tr("belum diisi"),
              format_percent(a.rate, 0) if a.expected else "–"] for a in sessions],
            [a.id for a in sessions],
        )  # fmt: skip
        if sessions:
            self.sessions.table.selectRow(len(sessions) - 1)

        services = svc.list_services(program_id=pid)
        totals = svc.program_service_totals(pid)
        per_kind = "; ".join(
            f"{codes.label(codes.SERVICE_KIND, k)}: {n}× {format_rupiah(a)}"
            for k, (n, a) in totals.by_kind.items()
        )
        people = len({s.person_id for s in services})
        self.services.info.setText(
            self.tr("Total {0} untuk {1} orang").format(format_rupiah(totals.amount), people)
            + (f" — {per_kind}" if per_kind else "")
        )
        self.services.set_rows(
            [self.tr("Penerima"), self.tr("Tanggal"), self.tr("Jenis"), self.tr("Rincian"), self.tr("Jumlah")],
            [[s.name, s.date, codes.label(codes.SERVICE_KIND, s.kind), s.detail, format_rupiah(s.amount)]
             for s in services],
            [s.id for s in services],
        )  # fmt: skip

        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for ind in svc.list_indicators(pid):
            self.indicator.addItem(ind.name, ind.id)
        if current is not None:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(current)))
        self.indicator.blockSignals(False)
        self._refresh_outcome_table()
        self._update_buttons()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.eligible and self._eligible_stale:
            self._refresh_eligible()

    def _refresh_eligible(self) -> None:
        """Only when the tab is open: a broad rule over a district registry is the costly list."""
        if not self.program_id:
            return
        total, eligible = svc.eligible_list(self.program_id, limit=ELIGIBLE_SHOWN)
        rule = EligibilityRule.from_json(svc.get_program(self.program_id).eligibility)
        text = self.tr("{0} orang memenuhi syarat ({1}) dan belum terdaftar.").format(
            format_number(total), rule.describe(tr_label)
        )
        if total > len(eligible):
            text += " " + self.tr("Ditampilkan {0} pertama menurut nama.").format(
                format_number(len(eligible))
            )
        self.eligible.info.setText(text)
        self.eligible.set_rows(
            [
                self.tr("Nama"),
                self.tr("NIK"),
                self.tr("L/P"),
                self.tr("Umur"),
                self.tr("Kelurahan"),
                self.tr("Alamat"),
                self.tr("Telepon"),
            ],
            [
                [
                    r.name,
                    mask(r.nik) if r.nik else "—",
                    r.sex,
                    r.age,
                    r.kelurahan,
                    r.address,
                    r.phone or "—",
                ]
                for r in eligible
            ],
            [r.id for r in eligible],
        )
        self._eligible_stale = False
        self._update_buttons()

    def _refresh_outcome_table(self) -> None:
        ind_id = self.indicator.currentData()
        if not ind_id:
            self.outcomes.info.setText(self.tr("Belum ada indikator hasil untuk program ini."))
            self.outcomes.set_rows([], [], [])
            return
        ind = next(i for i in svc.list_indicators(self.program_id or "") if i.id == ind_id)
        s = svc.outcome_summary(ind_id)
        rows = svc.person_outcomes(ind_id)

        def change_text(value: float | None) -> str:
            if value is None:
                return "—"
            if ind.kind == "angka" and (ind.unit or "").lower().startswith("rp"):
                return ("+" if value > 0 else "") + format_rupiah(int(value))
            if ind.kind == "ya_tidak":
                return {1: self.tr("Tidak → Ya"), -1: self.tr("Ya → Tidak")}.get(
                    int(value), self.tr("tetap")
                )
            return ("+" if value > 0 else "") + format_number(
                value, 0 if float(value).is_integer() else 1
            )

        median = change_text(s.median_change) if s.median_change is not None else "—"
        self.outcomes.info.setText(
            self.tr("{0} dari {1} orang membaik (tetap {2}, memburuk {3}); median perubahan {4}. "
                    "Tanpa baseline: {5}; belum ada tindak lanjut: {6}.").format(
                s.improved, s.compared, s.unchanged, s.worsened, median, s.missing_baseline, s.missing_follow_up)
        )  # fmt: skip
        self.outcomes.set_rows(
            [self.tr("Nama"), self.tr("Baseline"), self.tr("Terakhir"), self.tr("Perubahan")],
            [[r.name, r.baseline or self.tr("(belum ada)"), r.latest or self.tr("(belum ada)"), change_text(r.change)]
             for r in rows],
            [r.person_id for r in rows],
        )  # fmt: skip

    def _update_buttons(self) -> None:
        has_sessions = bool(self.sessions.keys)
        self.attendance_btn.setEnabled(has_sessions)
        self.print_btn.setEnabled(has_sessions)
        self.edit_session_btn.setEnabled(has_sessions)
        self.status_btn.setEnabled(bool(self.participants.keys))
        self.unenrol_btn.setEnabled(bool(self.participants.keys))
        self.edit_indicator_btn.setEnabled(self.indicator.count() > 0)
        self.enrol_eligible_btn.setEnabled(bool(self.eligible.keys))
        has_people = bool(self.participants.keys)
        self.service_btn.setEnabled(has_people)
        self.measure_btn.setEnabled(has_people and self.indicator.count() > 0)

    # --- actions ------------------------------------------------------------------------------

    def _run(self, title: str, fn) -> bool:  # noqa: ANN001
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - one error path for the user
            show_error(self, title, exc)
            return False
        return True

    def new_program(self) -> None:
        dialog = ProgramDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.program_id:
            self.search.clear()
            self.refresh_list()
            self.select_program(dialog.program_id)

    def edit_program(self) -> None:
        if self.program_id:
            ProgramDialog(self.ctx, self.program_id, self).exec()

    def _undoable(self, title: str, text: str, record_change, undo) -> None:  # noqa: ANN001
        """Ask first; after the change offer to take it back at once (tombstones keep the data)."""
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes or not self._run(title, record_change):
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, self.tr("Sudah dihapus."),
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        undo_button = box.addButton(self.tr("Urungkan"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is undo_button:
            self._run(title, undo)

    def delete_program(self) -> None:
        if not self.program_id:
            return
        program = svc.get_program(self.program_id)
        self._undoable(
            self.tr("Hapus program"),
            self.tr("Hapus program “{name}”? Peserta, kegiatan dan layanannya tidak lagi "
                    "ditampilkan; datanya tetap tersimpan dan penghapusan ikut terkirim saat "
                    "ekspor.").format(name=program.name),
            lambda: svc.delete_program(self.ctx.actor, program.id),
            lambda: svc.restore_program(self.ctx.actor, program.id),
        )  # fmt: skip

    def remove_enrollment(self) -> None:
        key = self.participants.current_key()
        row = self._enrollments.get(key) if key else None
        if row is None:
            return
        self._undoable(
            self.tr("Hapus pendaftaran"),
            self.tr("Hapus {name} dari daftar peserta program ini? Gunakan ini untuk pendaftaran "
                    "yang keliru; peserta yang berhenti dicatat dengan status Keluar.").format(
                name=row.name),
            lambda: svc.remove_enrollment(self.ctx.actor, row.id),
            lambda: svc.restore_enrollment(self.ctx.actor, row.id),
        )  # fmt: skip

    def edit_indicator(self) -> None:
        ind_id = self.indicator.currentData()
        if self.program_id and ind_id:
            IndicatorDialog(self.ctx, self.program_id, self, ind_id).exec()
            self._refresh_outcome_table()

    def edit_organizations(self) -> None:
        OrganizationDialog(self.ctx, self).exec()

    def enrol_people(self) -> None:
        if not self.program_id:
            return
        enrolled = {e.person_id for e in self._enrollments.values()}
        dialog = PeoplePickerDialog(self.ctx, self.tr("Daftarkan peserta"), self, exclude=enrolled)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ids = dialog.selected_ids()
        from desktop_app.ui.pages.programs.common import get_date

        on = get_date(dialog.enrol_date) or dt.date.today()
        self._enrol(ids, on, dialog.status.currentData())

    def _enrol(self, ids: list[str], on: dt.date, status: str = "terdaftar") -> None:
        result: list[svc.EnrollResult] = []
        program_id = self.program_id or ""
        if not self._run(self.tr("Pendaftaran gagal"),
                         lambda: result.append(svc.enroll(self.ctx.actor, program_id, ids, on, status=status))):  # fmt: skip
            return
        done = result[0]
        message = self.tr("{0} orang didaftarkan.").format(len(done.enrolled))
        if done.already:
            message += " " + self.tr(
                "Sudah terdaftar sebelumnya (tidak didaftarkan dua kali): {0}."
            ).format(", ".join(done.already))
        self.last_message = message
        if done.already:
            QMessageBox.information(self, self.tr("Pendaftaran"), message)
        else:
            status_bar = getattr(self.window(), "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(message, 8000)

    def enrol_eligible(self) -> None:
        ids = self.eligible.selected_keys()
        if ids:
            self._enrol(ids, dt.date.today())

    def change_status(self) -> None:
        key = self.participants.current_key()
        if key and key in self._enrollments:
            StatusDialog(self.ctx, self._enrollments[key], self).exec()

    def edit_session(self) -> None:
        key = self.sessions.current_key()
        if self.program_id and key:
            ActivityDialog(self.ctx, self.program_id, self, activity_id=key).exec()

    def new_session(self) -> None:
        if self.program_id:
            ActivityDialog(self.ctx, self.program_id, self).exec()

    def take_attendance(self) -> None:
        key = self.sessions.current_key()
        if key:
            AttendanceDialog(self.ctx, key, self).exec()

    def print_sheet(self) -> None:
        key = self.sessions.current_key()
        if not key:
            return
        settings = QSettings()
        folder = settings.value("programs/pdf_folder", str(Path.home()))
        act = svc.get_activity(key)
        name = f"daftar-hadir-{act.date:%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan daftar hadir"), str(Path(folder) / name),
                                              self.tr("PDF (*.pdf)"))  # fmt: skip
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from desktop_app.ui.pages.programs.sheet_pdf import write_pdf

        sheet: list[attendance_sheet.AttendanceSheet] = []
        if not self._run(self.tr("Daftar hadir tidak dapat dibuat"),
                         lambda: sheet.append(attendance_sheet.build_sheet(key, mask_nik=self.mask_nik.isChecked()))):  # fmt: skip
            return
        settings.setValue("programs/pdf_folder", str(Path(path).parent))

        def done(result: Path) -> None:
            self.last_pdf = result
            QMessageBox.information(
                self,
                self.tr("Daftar hadir"),
                self.tr("Daftar hadir disimpan di {0}").format(result),
            )

        # The data is read here; only the rendering (no database) runs in the worker.
        self.pdf_task = run_task(self, self.tr("Membuat daftar hadir"),
                                 lambda progress: write_pdf(sheet[0], path, progress), on_done=done)  # fmt: skip

    def record_service(self) -> None:
        if self.program_id:
            person = None
            if self.tabs.currentWidget() is self.participants:
                key = self.participants.current_key()
                person = self._enrollments[key].person_id if key in self._enrollments else None
            ServiceDialog(self.ctx, self.program_id, self, person).exec()

    def new_indicator(self) -> None:
        if not self.program_id:
            return
        dialog = IndicatorDialog(self.ctx, self.program_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.indicator_id:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(dialog.indicator_id)))

    def record_measurement(self) -> None:
        ind_id = self.indicator.currentData()
        if self.program_id and ind_id:
            MeasurementDialog(self.ctx, self.program_id, ind_id, self).exec()

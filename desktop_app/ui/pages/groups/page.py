"""Kelompok & Arisan: the list of groups; per group its members and officers, meetings with
minutes and attendance, and the arisan ledger."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date
from desktop_app.services import groups
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import codes
from desktop_app.ui.pages.groups.arisan_panel import ArisanPanel
from desktop_app.ui.pages.groups.common import current_key, fill_table, make_table, open_dialog
from desktop_app.ui.pages.groups.dialogs import (
    AddMemberDialog,
    GroupDialog,
    MeetingDialog,
    MemberDialog,
)
from desktop_app.ui.widgets import page_header

GROUP_TABLES = ("community_group", "group_membership", "group_meeting",
                "group_meeting_attendance", "person")  # fmt: skip


class GroupsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog = None  # the open dialog (tests fill it in)
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Kelompok & Arisan"), self.tr(
            "Kelompok diskusi, arisan, KUBE dan kader posyandu: pengurus, anggota, pertemuan, dan "
            "buku arisan yang selalu seimbang.")))  # fmt: skip
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        # --- left: groups
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Semua jenis"), None)
        for code, text in codes.GROUP_KIND.items():
            self.kind_filter.addItem(text, code)
        self.kind_filter.currentIndexChanged.connect(self.refresh_groups)
        ll.addWidget(self.kind_filter)
        self.group_table = make_table()
        self.group_table.itemSelectionChanged.connect(self.group_selected)
        ll.addWidget(self.group_table, 1)
        gb = QHBoxLayout()
        self.new_group_button = QPushButton(self.tr("Kelompok baru…"))
        self.new_group_button.setToolTip("Ctrl+N")
        self.new_group_button.clicked.connect(self.new_group)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_group)
        self.edit_group_button = QPushButton(self.tr("Ubah…"))
        self.edit_group_button.clicked.connect(self.edit_group)
        self.delete_group_button = QPushButton(self.tr("Hapus…"))
        self.delete_group_button.clicked.connect(self.delete_group)
        gb.addWidget(self.new_group_button)
        gb.addWidget(self.edit_group_button)
        gb.addWidget(self.delete_group_button)
        ll.addLayout(gb)
        splitter.addWidget(left)

        # --- right: the selected group
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.group_title = QLabel()
        self.group_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        rl.addWidget(self.group_title)
        self.group_info = QLabel()
        self.group_info.setWordWrap(True)
        rl.addWidget(self.group_info)
        self.tabs = QTabWidget()
        rl.addWidget(self.tabs, 1)

        members = QWidget()
        ml = QVBoxLayout(members)
        mb = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Tambah anggota…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button = QPushButton(self.tr("Ubah peran / keluar…"))
        self.edit_member_button.clicked.connect(self.edit_member)
        mb.addWidget(self.add_member_button)
        mb.addWidget(self.edit_member_button)
        mb.addStretch(1)
        ml.addLayout(mb)
        self.member_table = make_table()
        self.member_table.doubleClicked.connect(lambda _i: self.edit_member())
        ml.addWidget(self.member_table, 1)
        self.tabs.addTab(members, self.tr("Pengurus && anggota"))

        meetings = QWidget()
        mtl = QVBoxLayout(meetings)
        mtb = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.tr("Catat pertemuan…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.edit_meeting_button = QPushButton(self.tr("Ubah pertemuan…"))
        self.edit_meeting_button.clicked.connect(self.edit_meeting)
        self.delete_meeting_button = QPushButton(self.tr("Hapus pertemuan…"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        mtb.addWidget(self.new_meeting_button)
        mtb.addWidget(self.edit_meeting_button)
        mtb.addWidget(self.delete_meeting_button)
        mtb.addStretch(1)
        mtl.addLayout(mtb)
        self.meeting_table = make_table()
        self.meeting_table.doubleClicked.connect(lambda _i: self.edit_meeting())
        mtl.addWidget(self.meeting_table, 1)
        self.tabs.addTab(meetings, self.tr("Pertemuan"))

        self.arisan = ArisanPanel(ctx)
        self.tabs.addTab(self.arisan, self.tr("Arisan"))
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 800])

        self._members: list[groups.MemberRow] = []
        self._meetings: list[groups.MeetingRow] = []
        self._refresh_timer = QTimer(self)  # one refresh after a burst of saves
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_groups)
        ctx.data_changed.connect(self._maybe_refresh)
        self.refresh_groups()

    # --- groups -----------------------------------------------------------------------------

    @property
    def group_id(self) -> str | None:
        key = current_key(self.group_table)
        return str(key) if key else None

    def _maybe_refresh(self, table: str) -> None:
        if not table or table in GROUP_TABLES:
            self._refresh_timer.start()

    def refresh_groups(self) -> None:
        rows = groups.list_groups(self.kind_filter.currentData())
        self.group_table.blockSignals(True)
        fill_table(self.group_table, [self.tr("Kelompok"), self.tr("Jenis"), self.tr("Anggota")],
                   [[r.name, codes.label(codes.GROUP_KIND, r.kind), r.active_members] for r in rows],
                   keys=[r.id for r in rows])  # fmt: skip
        self.group_table.blockSignals(False)
        if self.group_id is None and rows:
            self.group_table.selectRow(0)
        self.group_selected()

    def select_group(self, group_id: str) -> None:
        for r in range(self.group_table.rowCount()):
            if self.group_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == group_id:
                self.group_table.selectRow(r)
                return

    def group_selected(self) -> None:
        gid = self.group_id
        for w in (self.edit_group_button, self.delete_group_button, self.add_member_button,
                  self.edit_member_button, self.new_meeting_button, self.edit_meeting_button,
                  self.delete_meeting_button):  # fmt: skip
            w.setEnabled(gid is not None)
        if gid is None:
            self.group_title.setText(self.tr("Belum ada kelompok") if not self.group_table.rowCount()
                                     else self.tr("Pilih kelompok"))  # fmt: skip
            self.group_info.setText(self.tr("Buat kelompok baru dengan tombol 'Kelompok baru…'."))
            fill_table(self.member_table, [], [])
            fill_table(self.meeting_table, [], [])
            if self.arisan.group_id is not None:
                self.arisan.set_group(None)
            return
        g = groups.get_group(gid)
        heads = groups.officers(gid)
        self.group_title.setText(g.name)
        officer_text = ", ".join(
            f"{codes.label(codes.GROUP_ROLE, role)}: {heads[role]}"
            for role in groups.OFFICER_ROLES if role in heads) or self.tr("belum ada pengurus")  # fmt: skip
        self.group_info.setText(self.tr("{kind} · Kelurahan {kel} · Jadwal: {sched}\nPengurus: {off}").format(
            kind=codes.label(codes.GROUP_KIND, g.kind), kel=groups.kelurahan_name(g.kelurahan),
            sched=g.meeting_schedule or "-", off=officer_text))  # fmt: skip
        self._members = groups.members(gid)
        fill_table(self.member_table,
                   [self.tr("Nama"), self.tr("Peran"), self.tr("Kelurahan"), self.tr("Bergabung"),
                    self.tr("Keluar"), self.tr("Status")],
                   [[m.name, codes.label(codes.GROUP_ROLE, m.role), m.kelurahan, m.joined_on, m.left_on,
                     codes.label(codes.MEMBERSHIP_STATUS, m.status)] for m in self._members],
                   keys=[m.id for m in self._members])  # fmt: skip
        self._meetings = groups.meetings(gid)
        fill_table(self.meeting_table,
                   [self.tr("Tanggal"), self.tr("Tempat"), self.tr("Hadir"), self.tr("Topik"),
                    self.tr("Keputusan")],
                   [[m.date, m.place, f"{m.present}/{m.recorded}", m.topics.replace("\n", "; "),
                     m.decisions.replace("\n", "; ")] for m in self._meetings],
                   keys=[m.id for m in self._meetings], stretch=3)  # fmt: skip
        if self.arisan.group_id != gid:
            self.arisan.set_group(gid)

    def _show(self, dialog, on_done=None) -> None:
        open_dialog(self, dialog, on_done, self.refresh_groups)

    def new_group(self) -> None:
        self._show(GroupDialog(self, self.ctx), lambda g: self.select_group(g.id))

    def edit_group(self) -> None:
        if self.group_id:
            self._show(GroupDialog(self, self.ctx, self.group_id))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def delete_group(self) -> None:
        gid = self.group_id
        if gid is None:
            return
        name = groups.get_group(gid).name
        title = self.tr("Hapus kelompok")
        if not self.confirm(title, self.tr("Hapus kelompok '{name}'? Data tetap tersimpan di "
                                           "riwayat dan bisa dipulihkan.").format(name=name)):  # fmt: skip
            return
        try:
            groups.delete_group(self.ctx.actor, gid)
        except ValueError as exc:
            show_error(self, title, exc)
            return
        self.refresh_groups()

    # --- members and meetings ---------------------------------------------------------------

    def add_member(self) -> None:
        if self.group_id:
            self._show(AddMemberDialog(self, self.ctx, self.group_id))

    def edit_member(self) -> None:
        key = current_key(self.member_table)
        row = next((m for m in self._members if m.id == key), None)
        if row is not None:
            self._show(MemberDialog(self, self.ctx, row))

    def new_meeting(self) -> None:
        if self.group_id:
            self._show(MeetingDialog(self, self.ctx, self.group_id))

    def delete_meeting(self) -> None:
        key = current_key(self.meeting_table)
        row = next((m for m in self._meetings if m.id == key), None)
        if row is None:
            return
        title = self.tr("Hapus pertemuan")
        if self.confirm(title, self.tr("Hapus pertemuan tanggal {d} beserta daftar hadirnya?")
                        .format(d=format_date(row.date))):  # fmt: skip
            try:
                groups.delete_meeting(self.ctx.actor, row.id)
            except ValueError as exc:
                show_error(self, title, exc)
            self.refresh_groups()

    def edit_meeting(self) -> None:
        key = current_key(self.meeting_table)
        row = next((m for m in self._meetings if m.id == key), None)
        if row is not None and self.group_id:
            self._show(MeetingDialog(self, self.ctx, self.group_id, row))

"""Keamanan & Cadangan: accounts (Admin), backups and restore, the idle lock, the audit log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import USER_ROLE
from desktop_app.domain.formatting import format_number
from desktop_app.services import auth, backup, privacy
from desktop_app.storage.database import backups_dir, kelurahan_names
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import Person, utcnow
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.messages import translate_message
from desktop_app.ui.pages.audit import AuditPage
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import ReadOnlyTable, page_header

REASONS = {
    backup.REASON_IMPORT: "Sebelum impor",
    backup.REASON_EXIT: "Harian (saat keluar)",
    backup.REASON_MANUAL: "Manual",
    backup.REASON_RESTORE: "Sebelum pemulihan",
}


def _reason_label(reason: str) -> str:
    if reason.startswith("sebelum-migrasi"):
        return "Sebelum pembaruan skema"
    return REASONS.get(reason, REASONS.get(reason.rsplit("-", 1)[0], reason))


def _error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.role_box = QComboBox()
        for key in auth.ROLES:
            self.role_box.addItem(USER_ROLE[key], key)
        self.set_role_button = QPushButton(self.tr("Ubah peran"))
        self.set_role_button.clicked.connect(self.change_role)
        self.toggle_button = QPushButton(self.tr("Aktifkan / nonaktifkan"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Atur kata sandi…"))
        self.password_button.clicked.connect(self.reset_password)
        for w in (QLabel(self.tr("Pengguna terpilih:")), self.role_box, self.set_role_button,
                  self.toggle_button, self.password_button):  # fmt: skip
            actions.addWidget(w)
        actions.addStretch(1)
        layout.addLayout(actions)

        add = QGroupBox(self.tr("Tambah pengguna"))
        form = QFormLayout(add)
        self.new_username = QLineEdit()
        self.new_full_name = QLineEdit()
        self.new_role = QComboBox()
        for key in auth.ROLES:
            self.new_role.addItem(USER_ROLE[key], key)
        self.new_role.setCurrentIndex(auth.ROLES.index("fasilitator"))
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.new_username)
        form.addRow(self.tr("Nama lengkap"), self.new_full_name)
        form.addRow(self.tr("Peran"), self.new_role)
        form.addRow(self.tr("Kata sandi awal"), self.new_password)
        self.add_error = QLabel()
        self.add_error.setStyleSheet("color: #b00020;")
        self.add_error.hide()
        form.addRow("", self.add_error)
        self.add_button = QPushButton(self.tr("Tambah"))
        self.add_button.clicked.connect(self.add_user)
        form.addRow("", self.add_button)
        layout.addWidget(add)
        self.users: list = []
        self.refresh()

    def refresh(self) -> None:
        self.users = auth.list_users()
        now = utcnow()
        self.table.setSortingEnabled(False)
        self.table.set_rows(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")],
            [[u.username, u.full_name, USER_ROLE.get(u.role, u.role),
              self.tr("Terkunci sementara") if u.locked_until and u.locked_until > now
              else (self.tr("Aktif") if u.active else self.tr("Nonaktif"))] for u in self.users],
        )  # fmt: skip
        self.table.setSortingEnabled(False)  # rows stay in self.users order

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.users):
            QMessageBox.information(
                self, self.tr("Pengguna"), self.tr("Pilih pengguna di tabel dulu.")
            )
            return None
        return self.users[row].username

    def _run(self, fn) -> bool:
        try:
            fn()
        except auth.AuthError as exc:
            QMessageBox.warning(self, self.tr("Pengguna"), translate_message(str(exc)))
            return False
        self.refresh()
        return True

    def add_user(self) -> None:
        try:
            auth.create_user(self.new_username.text(), self.new_full_name.text(),
                             self.new_role.currentData(), self.new_password.text(),
                             self.ctx.actor)  # fmt: skip
        except auth.AuthError as exc:
            _error(self.add_error, translate_message(str(exc)))
            return
        _error(self.add_error, "")
        for field in (self.new_username, self.new_full_name, self.new_password):
            field.clear()
        self.refresh()

    def change_role(self) -> None:
        name = self._selected()
        if name:
            self._run(lambda: auth.set_role(name, self.role_box.currentData(), self.ctx.actor))

    def toggle_active(self) -> None:
        name = self._selected()
        if name:
            user = next(u for u in self.users if u.username == name)
            self._run(lambda: auth.set_active(name, not user.active, self.ctx.actor))

    def reset_password(self) -> None:
        name = self._selected()
        if not name:
            return
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Kata sandi"),
                                        self.tr("Kata sandi baru untuk {name}:").format(name=name),
                                        QLineEdit.EchoMode.Password)  # fmt: skip
        if ok and self._run(lambda: auth.set_password(name, text, self.ctx.actor)):
            QMessageBox.information(self, self.tr("Kata sandi"), self.tr("Kata sandi diganti."))


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Cadangan otomatis dibuat sebelum impor, sebelum pembaruan skema dan sekali sehari "
            "saat aplikasi ditutup; disimpan 7 harian dan 4 mingguan di {folder}."
        ).format(folder=backups_dir(ctx.db_path)))  # fmt: skip
        info.setWordWrap(True)
        layout.addWidget(info)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.now_button = QPushButton(self.tr("Cadangkan sekarang"))
        self.now_button.clicked.connect(self.backup_now)
        self.folder_button = QPushButton(self.tr("Cadangkan ke folder…"))
        self.folder_button.setToolTip(self.tr("Misalnya ke flashdisk"))
        self.folder_button.clicked.connect(self.backup_to_folder)
        self.restore_button = QPushButton(self.tr("Pulihkan cadangan terpilih…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Pulihkan dari berkas…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for b in (
            self.now_button,
            self.folder_button,
            self.restore_button,
            self.restore_file_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        can_restore = auth.can(ctx.role, "restore")
        for b in (self.restore_button, self.restore_file_button):
            b.setEnabled(can_restore)
            if not can_restore:
                b.setToolTip(self.tr("Hanya Admin yang boleh memulihkan cadangan."))
        can_backup = auth.can(ctx.role, "backup")
        self.now_button.setEnabled(can_backup)
        self.folder_button.setEnabled(can_backup)
        self.backups: list[backup.BackupInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.backups = backup.list_backups(self.ctx.db_path)
        self.table.set_rows(
            [self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Berkas")],
            [[b.taken_at.strftime("%d/%m/%Y %H:%M"), _reason_label(b.reason),
              f"{format_number(max(1, b.size // 1024))} KB", b.path.name] for b in self.backups],
        )  # fmt: skip
        self.table.setSortingEnabled(False)

    def _backup(self, folder: Path | None) -> None:
        ctx = self.ctx

        def work(progress):
            progress(0, 0, self.tr("Membuat dan memeriksa cadangan…"))
            if folder is None:
                return backup.backup_now(ctx.db, ctx.db_path, backup.REASON_MANUAL, actor=ctx.actor,
                                         progress=progress)  # fmt: skip
            return backup.manual_backup(ctx.db, ctx.db_path, folder, ctx.actor, progress=progress)

        def done(path: Path) -> None:
            self.refresh()
            QMessageBox.information(self, self.tr("Cadangan"),
                                    self.tr("Cadangan tersimpan dan terverifikasi:\n{path}").format(path=path))  # fmt: skip

        run_task(self, self.tr("Mencadangkan…"), work, ctx.db, on_done=done)

    def backup_now(self) -> None:
        self._backup(None)

    def backup_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan"))
        if folder:
            self._backup(Path(folder))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.backups):
            QMessageBox.information(
                self, self.tr("Pulihkan"), self.tr("Pilih cadangan di tabel dulu.")
            )
            return
        self.restore(self.backups[row].path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), "",
                                              self.tr("Database Berdaya (*.db)"))  # fmt: skip
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> None:
        try:
            backup.check_backup(source)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing changed
            show_error(self, self.tr("Pulihkan"), exc)
            return
        answer = QMessageBox.question(self, self.tr("Pulihkan cadangan"), self.tr(
            "Seluruh isi database akan diganti dengan cadangan:\n{name}\n\n"
            "Keadaan sekarang dicadangkan dulu, jadi langkah ini bisa dibatalkan dengan memulihkan "
            "cadangan 'Sebelum pemulihan'. Lanjutkan?").format(name=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.ctx

        def work(progress):
            progress(0, 0, self.tr("Memulihkan…"))
            return backup.restore(ctx.db, ctx.db_path, source, ctx.actor)

        def done(_before: Path) -> None:
            self.refresh()
            ctx.notify_changed()
            QMessageBox.information(self, self.tr("Pulihkan"),
                                    self.tr("Database dipulihkan dari {name}.").format(name=source.name))  # fmt: skip

        run_task(self, self.tr("Memulihkan cadangan…"), work, ctx.db, on_done=done)


class LockTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        form = QFormLayout(self)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" menit"))
        self.minutes.setValue(auth.idle_minutes())
        form.addRow(self.tr("Kunci otomatis setelah tidak dipakai"), self.minutes)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(auth.can(ctx.role, "settings"))
        form.addRow("", self.save_button)
        self.saved = QLabel()
        form.addRow("", self.saved)
        self.password_button = QPushButton(self.tr("Ganti kata sandi saya…"))
        self.password_button.clicked.connect(self.change_password)
        form.addRow(self.tr("Akun {name}").format(name=ctx.session.username if ctx.session else ""),
                    self.password_button)  # fmt: skip

    def change_password(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        session = self.ctx.session
        if session is None:
            return
        password = QLineEdit.EchoMode.Password
        current, ok = QInputDialog.getText(self, self.tr("Ganti kata sandi"),
                                           self.tr("Kata sandi sekarang:"), password)  # fmt: skip
        if not ok:
            return
        if not auth.check_password(session.username, current):
            QMessageBox.warning(
                self, self.tr("Ganti kata sandi"), self.tr("Kata sandi sekarang salah.")
            )
            return
        new, ok = QInputDialog.getText(self, self.tr("Ganti kata sandi"),
                                       self.tr("Kata sandi baru (minimal 8 karakter):"), password)  # fmt: skip
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("Ganti kata sandi"),
                                         self.tr("Ulangi kata sandi baru:"), password)  # fmt: skip
        if not ok:
            return
        if new != again:
            QMessageBox.warning(
                self, self.tr("Ganti kata sandi"), self.tr("Kata sandi tidak sama.")
            )
            return
        try:
            auth.set_password(session.username, new, self.ctx.actor)
        except auth.AuthError as exc:
            QMessageBox.warning(self, self.tr("Ganti kata sandi"), translate_message(str(exc)))
            return
        QMessageBox.information(self, self.tr("Ganti kata sandi"), self.tr("Kata sandi diganti."))

    def save(self) -> None:
        auth.set_idle_minutes(self.minutes.value(), self.ctx.actor)
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.set_minutes(self.minutes.value())
        self.saved.setText(
            self.tr("Tersimpan {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )


class PrivacyTab(QWidget):
    """UU 27/2022: find a person, print everything held about them, or erase them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Atas permintaan pemilik data: cetak semua data yang disimpan tentang seseorang, atau "
            "hapus datanya. Penghapusan mengosongkan semua isian; yang tersisa hanya penanda "
            "terhapus agar data tidak kembali lewat pertukaran Excel."
        ))  # fmt: skip
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nama atau NIK…"))
        self.search.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Cari"))
        self.find_button.clicked.connect(self.find)
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.summary_button = QPushButton(self.tr("Cetak ringkasan data pribadi…"))
        self.summary_button.clicked.connect(self.summary)
        self.erase_button = QPushButton(self.tr("Hapus data orang ini…"))
        self.erase_button.clicked.connect(self.erase)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.people: list = []

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.people = []
        else:
            like = f"%{text}%"
            self.people = list(Person.select().where((Person.name ** like) | (Person.nik ** like))
                               .order_by(Person.name).limit(100))  # fmt: skip
        names = kelurahan_names()
        self.table.set_rows(
            [self.tr("Nama"), self.tr("NIK"), self.tr("Kelurahan"), self.tr("Persetujuan"),
             self.tr("Status")],
            [[p.name, auth.mask_value("nik", p.nik, self.ctx.role) or "",
              names.get(p.kelurahan or "", p.kelurahan or ""),
              self.tr("Ya") if p.consent_given else self.tr("Belum"),
              self.tr("Dihapus") if privacy.is_erased(p)
              else (self.tr("Terhapus") if p.deleted_at else self.tr("Aktif"))] for p in self.people],
        )  # fmt: skip
        self.table.setSortingEnabled(False)

    def _selected(self):
        row = self.table.currentRow()
        if row < 0 or row >= len(self.people):
            QMessageBox.information(
                self, self.tr("Pemilik data"), self.tr("Pilih orangnya di tabel dulu.")
            )
            return None
        return self.people[row]

    def summary(self) -> None:
        person = self._selected()
        if person is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan ringkasan data pribadi"),
                                              "data-pribadi.html", self.tr("Halaman web (*.html)"))  # fmt: skip
        if not name:
            return
        try:
            path = privacy.write_subject_summary(person.id, Path(name), self.ctx.actor)
        except (OSError, ValueError) as exc:
            show_error(self, self.tr("Pemilik data"), exc)
            return
        QMessageBox.information(self, self.tr("Pemilik data"), self.tr(
            "Ringkasan tersimpan: {path}\nBuka di peramban lalu cetak.").format(path=path))  # fmt: skip

    def erase(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        person = self._selected()
        if person is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hapus data pribadi"), self.tr(
            "Alasan penghapusan (mis. permintaan pemilik data, masa simpan habis):"))  # fmt: skip
        if not ok:
            return
        answer = QMessageBox.question(self, self.tr("Hapus data pribadi"), self.tr(
            "Semua data pribadi {name} akan dihapus dan tidak dapat dikembalikan dari aplikasi. "
            "Lanjutkan?").format(name=person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            privacy.erase_person(person.id, self.ctx.actor, reason)
        except (ValueError, StorageError) as exc:
            show_error(self, self.tr("Hapus data pribadi"), exc)
            return
        self.ctx.notify_changed("person")
        self.find()


class SecurityPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        who = ctx.session
        subtitle = (self.tr("Masuk sebagai {name} ({role}).").format(name=who.full_name, role=who.role_label)
                    if who else self.tr("Database demo tanpa akun: siapa pun dapat mengubah data."))  # fmt: skip
        layout.addWidget(page_header(self.tr("Keamanan & Cadangan"), subtitle))
        self.tabs = QTabWidget()
        self.backup_tab = BackupTab(ctx)
        self.tabs.addTab(self.backup_tab, self.tr("Cadangan && pemulihan"))
        self.users_tab: UsersTab | None = None
        if ctx.session is not None and auth.can(ctx.role, "manage_users"):
            self.users_tab = UsersTab(ctx)
            self.tabs.addTab(self.users_tab, self.tr("Pengguna"))
        if ctx.session is not None:
            self.lock_tab = LockTab(ctx)
            self.tabs.addTab(self.lock_tab, self.tr("Akun && kunci otomatis"))
        self.privacy_tab: PrivacyTab | None = None
        if auth.can(ctx.role, "privacy"):
            self.privacy_tab = PrivacyTab(ctx)
            self.tabs.addTab(self.privacy_tab, self.tr("Hak pemilik data"))
        self.audit_page: AuditPage | None = None
        if auth.can(ctx.role, "view_audit"):
            self.audit_page = AuditPage(ctx, with_header=False)
            self.tabs.addTab(self.audit_page, self.tr("Log audit"))
        layout.addWidget(self.tabs, 1)

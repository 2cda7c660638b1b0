"""First-start device setup and the sign-in dialog."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import auth, encryption
from desktop_app.storage.database import DatabaseDamaged, KeyDoesNotOpen
from desktop_app.storage.errors import StorageError
from desktop_app.ui.messages import translate_message


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SetupDialog(QDialog):
    """First start on this laptop: who works here, where, and the administrator account.

    ``skipped`` is True when the user chose to try the app with demo data without accounts.
    """

    def __init__(self, parent: QWidget | None = None, allow_demo: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penyiapan perangkat — Berdaya"))
        self.session: auth.Session | None = None
        self.skipped = False
        self.encrypt_requested = False
        self.password_for_key: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Selamat datang. Siapkan laptop ini untuk pekerjaan pendataan: siapa fasilitatornya, "
            "di kelurahan mana, dan akun Admin yang melindungi data warga dengan kata sandi."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        def row(form: QFormLayout, key: str, caption: str, widget: QWidget) -> None:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(widget)
            self.errors[key] = _error_label()
            inner.addWidget(self.errors[key])
            form.addRow(caption, box)
            self.fields[key] = widget

        device = QGroupBox(self.tr("Perangkat"))
        form = QFormLayout(device)
        self.facilitator = QLineEdit()
        row(form, "facilitator_name", self.tr("Nama fasilitator"), self.facilitator)
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("— pilih kelurahan —"), "")
        for k in kelurahan_list():
            self.kelurahan.addItem(k.name, k.code)
        row(form, "kelurahan", self.tr("Kelurahan"), self.kelurahan)
        self.device_name = QLineEdit(socket.gethostname())
        row(form, "device_name", self.tr("Nama perangkat"), self.device_name)
        layout.addWidget(device)

        account = QGroupBox(self.tr("Akun Admin"))
        form = QFormLayout(account)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("mis. maria"))
        row(form, "admin_username", self.tr("Nama pengguna"), self.username)
        self.password = _password_field()
        row(form, "admin_password", self.tr("Kata sandi"), self.password)
        self.password2 = _password_field()
        row(form, "password2", self.tr("Ulangi kata sandi"), self.password2)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(auth.DEFAULT_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" menit"))
        row(form, "idle_minutes", self.tr("Kunci otomatis setelah"), self.idle)
        self.encrypt = QCheckBox(self.tr("Enkripsi database (disarankan untuk data sungguhan)"))
        self.encrypt.setChecked(True)
        form.addRow("", self.encrypt)
        layout.addWidget(account)

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Siapkan perangkat"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        if allow_demo:
            self.demo_button = QPushButton(self.tr("Coba dulu dengan data demo"))
            self.demo_button.setToolTip(
                self.tr("Tanpa akun dan tanpa enkripsi; hanya untuk mencoba.")
            )
            buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.demo_button.clicked.connect(self._skip)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.facilitator.setFocus()

    def _skip(self) -> None:
        self.skipped = True
        self.reject()

    def setup_values(self) -> auth.DeviceSetup:
        return auth.DeviceSetup(
            facilitator_name=self.facilitator.text(),
            kelurahan=self.kelurahan.currentData() or "",
            device_name=self.device_name.text(),
            admin_username=self.username.text(),
            admin_password=self.password.text(),
            idle_minutes=self.idle.value(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key)
            label.setText(translate_message(text or ""))  # the service's Indonesian text
            label.setVisible(bool(text))
        if problems:
            self.fields[next(k for k in self.errors if k in problems)].setFocus()

    def submit(self) -> None:
        values = self.setup_values()
        problems = values.problems()
        if self.password.text() != self.password2.text():
            problems["password2"] = self.tr("Kata sandi tidak sama.")
        self.show_problems(problems)
        if problems:
            return
        try:
            self.session = auth.setup_device(values)
        except auth.AuthError as exc:
            self.show_problems({"admin_username": str(exc)})
            return
        self.encrypt_requested = self.encrypt.isChecked()
        self.password_for_key = values.admin_password if self.encrypt_requested else None
        self.accept()


class SignInDialog(QDialog):
    """Who is working: user name and password. Wrong passwords and the lockout are shown inline.

    ``db_path`` given and encrypted: the password also unlocks the database key
    (``services.encryption.open_encrypted``); ``opened`` is then the open database. A damaged
    encrypted file (right password) ends the dialog with ``damaged`` set, so the caller can
    offer a backup.
    """

    def __init__(self, parent: QWidget | None = None, title: str | None = None,
                 username: str = "", source: str = "aplikasi",
                 db_path: Path | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Masuk — Berdaya"))
        self.session: auth.Session | None = None
        self.opened = None
        self.damaged: StorageError | None = None
        self.credentials: tuple[str, str] | None = None
        self.source = source
        self.db_path = db_path
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Masuk untuk membuka data warga."))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        if db_path is not None:
            note = QLabel(self.tr("Database ini terenkripsi; kata sandi Anda membuka kuncinya."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.username = QLineEdit(username)
        form.addRow(self.tr("Nama pengguna"), self.username)
        self.password = _password_field()
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.recovery_button: QPushButton | None = None
        if db_path is not None:
            self.recovery_button = QPushButton(self.tr("Lupa kata sandi…"))
            self.recovery_button.setToolTip(self.tr("Pakai kunci pemulihan yang dicetak Admin"))
            self.recovery_button.clicked.connect(self.recover)
            buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ResetRole)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if not self.username.text().strip():
            self._fail(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        name, password = self.username.text(), self.password.text()
        try:
            if self.db_path is not None:
                self.opened, self.session = encryption.open_encrypted(self.db_path, name, password,
                                                                      source=self.source)  # fmt: skip
            else:
                self.session = auth.sign_in(name, password, source=self.source)
        except (DatabaseDamaged, KeyDoesNotOpen) as exc:
            self.damaged = exc
            self.credentials = (name, password)
            self.reject()
            return
        except (auth.AuthError, StorageError) as exc:
            self._fail(translate_message(str(exc)))
            self.password.clear()
            self.password.setFocus()
            return
        self.credentials = (name, password)  # kept for switching encryption on at this sign-in
        self.accept()

    def recover(self) -> None:
        assert self.db_path is not None
        dialog = RecoveryDialog(self.db_path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.opened, self.session = dialog.opened, dialog.session
            self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class RecoveryDialog(QDialog):
    """Forgotten password on an encrypted database: the printed recovery key sets a new one."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.opened = None
        self.session: auth.Session | None = None
        self.setWindowTitle(self.tr("Kunci pemulihan"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        form.addRow(self.tr("Kunci pemulihan"), self.code)
        self.username = QLineEdit()
        form.addRow(self.tr("Nama pengguna"), self.username)
        self.password = _password_field()
        form.addRow(self.tr("Kata sandi baru"), self.password)
        self.password2 = _password_field()
        form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Atur kata sandi baru"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.ok_button.clicked.connect(self.submit)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("Kata sandi tidak sama."))
            self.error.show()
            return
        try:
            db = encryption.reset_with_recovery(self.db_path, self.code.text(),
                                                self.username.text(), self.password.text())  # fmt: skip
            try:
                self.session = auth.sign_in(self.username.text(), self.password.text(),
                                            source="kunci pemulihan")  # fmt: skip
            except BaseException:
                db.close()
                raise
        except (auth.AuthError, StorageError) as exc:
            self.error.setText(translate_message(str(exc)))
            self.error.show()
            return
        self.opened = db
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shown once after encryption is switched on: the recovery key, to print or write down."""

    def __init__(self, code: str, accounts_without_key: list[str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Kunci pemulihan database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Database sekarang terenkripsi. Bila kata sandi Admin lupa, hanya kunci pemulihan ini "
            "yang dapat membuka data. Cetak atau tulis, lalu simpan di tempat aman — bukan di "
            "laptop ini dan bukan di foto ponsel."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 18pt; font-weight: 600;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_label)
        if accounts_without_key:
            others = QLabel(self.tr(
                "Pengguna lain ({names}) perlu kata sandi baru dari Admin (Keamanan & Cadangan → "
                "Pengguna → Atur kata sandi) sebelum dapat masuk."
            ).format(names=", ".join(accounts_without_key)))  # fmt: skip
            others.setWordWrap(True)
            layout.addWidget(others)
        self.confirm = QCheckBox(self.tr("Saya sudah mencetak atau mencatat kunci ini"))
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Cetak…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_key)
        self.ok_button = buttons.addButton(
            self.tr("Selesai"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self.accept)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def document_html(self) -> str:
        return (
            "<h2>Berdaya — kunci pemulihan database</h2>"
            f"<p style='font-size:20pt;font-family:monospace'><b>{self.code}</b></p>"
            "<p>Simpan kertas ini di tempat aman. Kunci ini membuka database bila kata sandi Admin "
            "lupa. Siapa pun yang memegangnya bersama berkas database dapat membaca datanya.</p>"
        )

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setHtml(self.document_html())
            doc.print_(printer)

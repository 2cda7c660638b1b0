"""First-start device setup and the sign-in dialog."""

from __future__ import annotations

import socket

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
from desktop_app.services import auth


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
            label.setText(text or "")
            label.setVisible(bool(text))
        if problems:
            self.fields[next(k for k in self.errors if k in problems)].setFocus()

    def submit(self) -> None:
        values = self.setup_values()
        problems = values.problems()
        if self.password.text() != self.password2.text():
            problems["password2"] = "Kata sandi tidak sama."
        self.show_problems(problems)
        if problems:
            return
        try:
            self.session = auth.setup_device(values)
        except auth.AuthError as exc:
            self.show_problems({"admin_username": str(exc)})
            return
        self.encrypt_requested = self.encrypt.isChecked()
        self.accept()


class SignInDialog(QDialog):
    """Who is working: user name and password. Wrong passwords and the lockout are shown inline."""

    def __init__(self, parent: QWidget | None = None, title: str | None = None,
                 username: str = "", source: str = "aplikasi") -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Masuk — Berdaya"))
        self.session: auth.Session | None = None
        self.source = source
        self.password_ok: str | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Masuk untuk membuka data warga."))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
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
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(380)

    def submit(self) -> None:
        if not self.username.text().strip():
            self._fail(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        try:
            self.session = auth.sign_in(
                self.username.text(), self.password.text(), source=self.source
            )
        except auth.AuthError as exc:
            self._fail(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.password_ok = self.password.text()
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

"""Accounts, roles and sign-in.

Passwords are hashed with Argon2id (argon2-cffi). Three roles:

- ``admin``: everything, plus users, settings and restore;
- ``fasilitator``: all data work (create, edit, import, export, backup);
- ``pengamat``: read-only, and NIK, KK and phone numbers are masked everywhere.

Other areas ask ``can(role, action)`` before offering an action and call ``mask_value`` (or
``mask_nik``/``mask_kk``/``mask_phone``) before showing or exporting an identifier.

After ``MAX_ATTEMPTS`` wrong passwords in a row an account waits ``LOCK_MINUTES`` minutes. Every
sign-in, failed sign-in and account change is written to the audit log (never the password).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.codes import USER_ROLE
from desktop_app.services import audit
from desktop_app.services.context import Actor, device_id, get_setting, set_setting
from desktop_app.storage import masking
from desktop_app.storage.models import User, database_proxy, utcnow

ROLES = ("admin", "fasilitator", "pengamat")
MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 8
DEFAULT_IDLE_MINUTES = 10
ENV_PASSWORD = "BERDAYA_PASSWORD"

# Settings written by the first-start device setup.
FACILITATOR_NAME = "facilitator_name"
FACILITATOR_KELURAHAN = "facilitator_kelurahan"
DEVICE_NAME = "device_name"
IDLE_MINUTES = "idle_lock_minutes"
SETUP_DONE = "device_setup_done"

# What each role may do. ``see_identifiers`` is the right to see NIK, KK and phone unmasked.
ACTIONS = (
    "read", "write", "delete", "import", "export", "backup", "see_identifiers", "view_audit",
    "privacy", "manage_users", "settings", "restore",
)  # fmt: skip
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(ACTIONS),
    "fasilitator": frozenset(
        {
            "read",
            "write",
            "delete",
            "import",
            "export",
            "backup",
            "see_identifiers",
            "view_audit",
            "privacy",
        }  # fmt: skip
    ),
    "pengamat": frozenset({"read"}),
}
MASKED_FIELDS = frozenset({"nik", "no_kk", "kk", "phone"})

_hasher: Any = None  # argon2's PasswordHasher, made on first use (tests set cheaper parameters)


def _password_hasher() -> Any:
    """Argon2id with argon2-cffi's recommended parameters; imported lazily for a fast start."""
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


class AuthError(ValueError):
    """A sign-in or account problem, with an Indonesian message for the user."""


class WrongPassword(AuthError):
    def __init__(self, remaining: int) -> None:
        text = "Nama pengguna atau kata sandi salah."
        if 0 < remaining < MAX_ATTEMPTS:
            text += f" Sisa percobaan: {remaining}."
        super().__init__(text)
        self.remaining = remaining


class AccountLocked(AuthError):
    def __init__(self, until: dt.datetime, now: dt.datetime) -> None:
        minutes = max(1, int((until - now).total_seconds() + 59) // 60)
        super().__init__(
            f"Terlalu banyak kata sandi salah. Akun ini dikunci; coba lagi dalam {minutes} menit."
        )
        self.until = until


class PermissionDenied(AuthError):
    def __init__(self, role: str | None, action: str) -> None:
        super().__init__(
            f"Peran {USER_ROLE.get(role or '', role or '-')} tidak boleh melakukan ini ({action})."
        )


# --- roles and masking ------------------------------------------------------------------------


def can(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action``. ``None`` means a database without accounts (demo):
    everything is allowed, as before accounts existed."""
    if role is None:
        return True
    return action in PERMISSIONS.get(role, frozenset())


def apply_session(db: Any, session: Session | None) -> None:
    """After sign-in: for a role that may not see identifiers (Pengamat) the database itself
    masks NIK, KK and phone on every connection (``storage.masking``)."""
    if session is not None and not can(session.role, "see_identifiers"):
        masking.enable(db)


def require(role: str | None, action: str) -> None:
    if not can(role, action):
        raise PermissionDenied(role, action)


def mask_nik(value: str | None) -> str | None:
    """Keep the region code (first 6 digits, not personal) and hide the rest."""
    if not value:
        return value
    text = str(value)
    return text[:6] + "*" * max(0, len(text) - 6)


mask_kk = mask_nik


def mask_phone(value: str | None) -> str | None:
    if not value:
        return value
    text = str(value)
    if len(text) <= 6:
        return text[:2] + "*" * (len(text) - 2)
    return text[:4] + "*" * (len(text) - 6) + text[-2:]


def mask_value(field: str, value: object, role: str | None) -> object:
    """``value`` as ``role`` may see it: identifiers masked for roles without ``see_identifiers``."""
    if field not in MASKED_FIELDS or can(role, "see_identifiers") or value in (None, ""):
        return value
    return mask_phone(str(value)) if field == "phone" else mask_nik(str(value))


# --- accounts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    username: str
    full_name: str
    role: str

    def can(self, action: str) -> bool:
        return can(self.role, action)

    @property
    def role_label(self) -> str:
        return USER_ROLE.get(self.role, self.role)


def has_accounts() -> bool:
    return User.select().where(User.active == True).exists()  # noqa: E712 - SQL comparison


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")
    if password.strip() != password or not password.strip():
        raise AuthError("Kata sandi tidak boleh diawali atau diakhiri spasi.")


def _validate_username(username: str) -> str:
    name = username.strip().lower()
    if not name:
        raise AuthError("Nama pengguna wajib diisi.")
    if len(name) > 40 or not all(c.isalnum() or c in "._-" for c in name):
        raise AuthError(
            "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung."
        )
    return name


def create_user(username: str, full_name: str, role: str, password: str, actor: Actor) -> User:
    name = _validate_username(username)
    if role not in ROLES:
        raise AuthError(f"Peran tidak dikenal: {role}")
    if not full_name.strip():
        raise AuthError("Nama lengkap wajib diisi.")
    validate_password(password)
    with database_proxy.atomic():
        if User.select().where(User.username == name).exists():
            raise AuthError(f"Nama pengguna '{name}' sudah dipakai.")
        user = User.create(username=name, full_name=full_name.strip(), role=role,
                           password_hash=_password_hasher().hash(password))  # fmt: skip
        audit.append("user_create", user=actor.user, device_id=actor.device_id,
                     table_name="app_user", record_id=user.id,
                     changes={"username": [None, name], "role": [None, role]})  # fmt: skip
    _wrap_key(name, password)  # after the commit: the key file never names a user that is not
    return user


def set_password(username: str, password: str, actor: Actor) -> None:
    validate_password(password)
    with database_proxy.atomic():
        user = _user(username)
        user.password_hash = _password_hasher().hash(password)
        user.failed_attempts = 0
        user.locked_until = None
        user.save()
        audit.append("password_change", user=actor.user, device_id=actor.device_id,
                     table_name="app_user", record_id=user.id)  # fmt: skip
    _wrap_key(user.username, password)


def set_role(username: str, role: str, actor: Actor) -> None:
    if role not in ROLES:
        raise AuthError(f"Peran tidak dikenal: {role}")
    with database_proxy.atomic():
        user = _user(username)
        if user.role == role:
            return
        if user.role == "admin" and _active_admins() <= 1:
            raise AuthError("Harus ada paling sedikit satu Admin.")
        old, user.role = user.role, role
        user.save()
        audit.append("user_update", user=actor.user, device_id=actor.device_id,
                     table_name="app_user", record_id=user.id,
                     changes={"role": [old, role]})  # fmt: skip


def set_active(username: str, active: bool, actor: Actor) -> None:
    with database_proxy.atomic():
        user = _user(username)
        if user.active == active:
            return
        if not active and user.role == "admin" and _active_admins() <= 1:
            raise AuthError("Harus ada paling sedikit satu Admin.")
        user.active = active
        user.save()
        audit.append("user_update", user=actor.user, device_id=actor.device_id,
                     table_name="app_user", record_id=user.id,
                     changes={"active": [not active, active]})  # fmt: skip


def _wrap_key(username: str, password: str) -> None:
    """On an encrypted database, wrap its key for this user's (new) password too."""
    db = database_proxy.obj
    key = getattr(db, "cipher_key", None)
    if key is not None:
        from desktop_app.storage import keys  # only when encryption is in use

        keys.add_user(Path(db.database), key, username, password)


def list_users() -> list[User]:
    return list(User.select().order_by(User.username))


def _active_admins() -> int:
    return User.select().where((User.role == "admin") & (User.active == True)).count()  # noqa: E712


def _user(username: str) -> User:
    user = User.get_or_none(User.username == username.strip().lower())
    if user is None:
        raise AuthError(f"Pengguna tidak ditemukan: {username}")
    return user


def sign_in(username: str, password: str, *, source: str = "aplikasi",
            now: dt.datetime | None = None) -> Session:  # fmt: skip
    """Check the password; counts failures and locks the account after ``MAX_ATTEMPTS``.

    Raises ``WrongPassword`` (also for an unknown name, so names cannot be guessed),
    ``AccountLocked`` while the wait lasts. Both outcomes are audited.
    """
    now = now or utcnow()
    name = username.strip().lower()
    error: AuthError | None = None
    with database_proxy.atomic():  # the failure counter must be committed, so raise afterwards
        dev = device_id()
        user = User.get_or_none((User.username == name) & (User.active == True))  # noqa: E712
        if user is None or not user.password_hash:
            audit.append("sign_in_failed", user=name or None, device_id=dev, detail=source)
            error = WrongPassword(MAX_ATTEMPTS)
        elif user.locked_until is not None and user.locked_until > now:
            audit.append("sign_in_failed", user=user.username, device_id=dev,
                         detail=f"{source}: akun terkunci")  # fmt: skip
            error = AccountLocked(user.locked_until, now)
        elif not _verify(user.password_hash, password):
            user.failed_attempts += 1
            remaining = MAX_ATTEMPTS - user.failed_attempts
            if remaining <= 0:
                user.failed_attempts = 0
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                error = AccountLocked(user.locked_until, now)
            else:
                error = WrongPassword(remaining)
            user.save()
            audit.append("sign_in_failed", user=user.username, device_id=dev,
                         detail=f"{source}: kata sandi salah"
                         + (" (akun dikunci)" if remaining <= 0 else ""))  # fmt: skip
        else:
            user.failed_attempts = 0
            user.locked_until = None
            if _password_hasher().check_needs_rehash(user.password_hash):
                user.password_hash = _password_hasher().hash(password)
            user.save()
            audit.append("sign_in", user=user.username, device_id=dev, detail=source)
    if error is not None:
        raise error
    assert user is not None
    return Session(user.username, user.full_name, user.role)


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _password_hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password(username: str, password: str) -> bool:
    """Re-check the signed-in user's password (idle unlock) without touching the counters."""
    user = User.get_or_none(User.username == username.strip().lower())
    if user is None or not user.password_hash:
        return False
    return _verify(user.password_hash, password)


def password_from_env() -> str | None:
    return os.environ.get(ENV_PASSWORD) or None


# --- device setup -----------------------------------------------------------------------------


@dataclass
class DeviceSetup:
    facilitator_name: str
    kelurahan: str  # Kelurahan.code
    device_name: str
    admin_username: str
    admin_password: str
    admin_full_name: str = ""
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    def problems(self) -> dict[str, str]:
        """Field name -> message, for messages next to the fields."""
        found: dict[str, str] = {}
        if not self.facilitator_name.strip():
            found["facilitator_name"] = "Nama fasilitator wajib diisi."
        if not self.kelurahan:
            found["kelurahan"] = "Pilih kelurahan."
        if not self.device_name.strip():
            found["device_name"] = "Nama perangkat wajib diisi."
        try:
            _validate_username(self.admin_username)
        except AuthError as exc:
            found["admin_username"] = str(exc)
        try:
            validate_password(self.admin_password)
        except AuthError as exc:
            found["admin_password"] = str(exc)
        if not 1 <= self.idle_minutes <= 240:
            found["idle_minutes"] = "Kunci otomatis antara 1 dan 240 menit."
        return found


def device_is_set_up() -> bool:
    return get_setting(SETUP_DONE) == "1" or has_accounts()


def setup_device(setup: DeviceSetup) -> Session:
    """First start: record who works on this laptop and create the administrator account."""
    problems = setup.problems()
    if problems:
        raise AuthError(next(iter(problems.values())))
    actor = Actor(user=_validate_username(setup.admin_username), device_id=device_id())
    with database_proxy.atomic():
        if has_accounts():
            raise AuthError("Perangkat ini sudah disiapkan.")
        set_setting(FACILITATOR_NAME, setup.facilitator_name.strip())
        set_setting(FACILITATOR_KELURAHAN, setup.kelurahan)
        set_setting(DEVICE_NAME, setup.device_name.strip())
        set_setting(IDLE_MINUTES, str(setup.idle_minutes))
        set_setting(SETUP_DONE, "1")
        user = create_user(setup.admin_username, setup.admin_full_name or setup.facilitator_name,
                           "admin", setup.admin_password, actor)  # fmt: skip
        audit.append("device_setup", user=actor.user, device_id=actor.device_id,
                     detail=f"perangkat: {setup.device_name.strip()}")  # fmt: skip
    return Session(user.username, user.full_name, user.role)


def idle_minutes() -> int:
    try:
        value = int(get_setting(IDLE_MINUTES) or DEFAULT_IDLE_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(1, value)


def set_idle_minutes(minutes: int, actor: Actor) -> None:
    if not 1 <= minutes <= 240:
        raise AuthError("Kunci otomatis antara 1 dan 240 menit.")
    with database_proxy.atomic():
        old = get_setting(IDLE_MINUTES)
        set_setting(IDLE_MINUTES, str(minutes))
        audit.append("settings", user=actor.user, device_id=actor.device_id,
                     changes={IDLE_MINUTES: [old, str(minutes)]})  # fmt: skip

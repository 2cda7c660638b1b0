"""Accounts, roles, masking, lockout and device setup."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services import audit, auth
from desktop_app.storage.models import AuditLog, User, utcnow
from tests.trust_fixtures import fast_argon2  # noqa: F401 - autouse fixture


def _setup(username: str = "admin", password: str = "rahasia-123") -> auth.Session:
    return auth.setup_device(
        auth.DeviceSetup(
            facilitator_name="Maria Bria",
            kelurahan="53.71.01.1001",
            device_name="Laptop Alak 1",
            admin_username=username,
            admin_password=password,
        )
    )


def test_device_setup_creates_admin_with_argon2id_hash(db):
    assert not auth.device_is_set_up()
    session = _setup()
    assert session.role == "admin" and session.username == "admin"
    user = User.get(User.username == "admin")
    assert user.password_hash.startswith("$argon2id$")
    assert "rahasia-123" not in user.password_hash
    assert auth.device_is_set_up()
    actions = [e.action for e in AuditLog.select()]
    assert "device_setup" in actions and "user_create" in actions
    with pytest.raises(auth.AuthError):
        _setup("admin2")


def test_setup_problems_are_per_field(db):
    problems = auth.DeviceSetup("", "", "", "", "pendek").problems()
    assert set(problems) == {
        "facilitator_name",
        "kelurahan",
        "device_name",
        "admin_username",
        "admin_password",
    }
    assert not User.select().exists()


def test_sign_in_right_and_wrong(db, actor):
    _setup()
    assert auth.sign_in("ADMIN ", "rahasia-123").role == "admin"
    with pytest.raises(auth.WrongPassword) as info:
        auth.sign_in("admin", "salah-salah")
    assert info.value.remaining == 4
    with pytest.raises(auth.WrongPassword):
        auth.sign_in("tidak-ada", "rahasia-123")
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "sign_in_failed" and "rahasia" not in (last.detail or "")
    assert audit.verify_chain() == (True, None)


def test_five_wrong_passwords_lock_the_account_for_a_few_minutes(db):
    _setup()
    now = utcnow()
    for _ in range(4):
        with pytest.raises(auth.WrongPassword):
            auth.sign_in("admin", "keliru-keliru", now=now)
    with pytest.raises(auth.AccountLocked):
        auth.sign_in("admin", "keliru-keliru", now=now)
    # Even the right password waits while locked.
    with pytest.raises(auth.AccountLocked) as info:
        auth.sign_in("admin", "rahasia-123", now=now + dt.timedelta(minutes=1))
    assert "menit" in str(info.value)
    later = now + dt.timedelta(minutes=auth.LOCK_MINUTES, seconds=1)
    assert auth.sign_in("admin", "rahasia-123", now=later).username == "admin"


def test_roles_and_permissions(db, actor):
    _setup()
    auth.create_user("budi", "Budi Kolo", "pengamat", "lihat-saja-1", actor)
    auth.create_user("sari", "Sari Nenobais", "fasilitator", "kerja-keras-1", actor)
    assert auth.can("admin", "restore") and auth.can("admin", "manage_users")
    assert auth.can("fasilitator", "write") and not auth.can("fasilitator", "restore")
    assert not auth.can("fasilitator", "manage_users")
    assert auth.can("pengamat", "read")
    for action in ("write", "delete", "import", "export", "see_identifiers", "restore"):
        assert not auth.can("pengamat", action)
    assert auth.can(None, "write")  # a demo database without accounts
    with pytest.raises(auth.PermissionDenied):
        auth.require("pengamat", "write")
    with pytest.raises(auth.AuthError):
        auth.create_user("budi", "Lain", "pengamat", "lihat-saja-1", actor)
    with pytest.raises(auth.AuthError):
        auth.set_role("admin", "pengamat", actor)  # the last admin stays admin
    auth.set_role("budi", "fasilitator", actor)
    assert auth.sign_in("budi", "lihat-saja-1").role == "fasilitator"


def test_masking_for_observers():
    nik, kk, phone = "5371014501900001", "5371010101090001", "081234567890"
    assert auth.mask_value("nik", nik, "pengamat") == "537101**********"
    assert auth.mask_value("no_kk", kk, "pengamat") == "537101**********"
    assert auth.mask_value("phone", phone, "pengamat") == "0812******90"
    assert auth.mask_value("nik", nik, "fasilitator") == nik
    assert auth.mask_value("name", "Maria", "pengamat") == "Maria"
    assert auth.mask_value("nik", None, "pengamat") is None


def test_password_rules_and_change(db, actor):
    _setup()
    with pytest.raises(auth.AuthError):
        auth.set_password("admin", "pendek", actor)
    auth.set_password("admin", "baru-sekali-9", actor)
    assert auth.check_password("admin", "baru-sekali-9")
    assert not auth.check_password("admin", "rahasia-123")


def test_read_only_role_cannot_write_through_the_single_write_path(db, actor):
    from desktop_app.services import records
    from desktop_app.storage.models import Person

    _setup()
    auth.create_user("budi", "Budi Kolo", "pengamat", "lihat-saja-1", actor)
    session = auth.sign_in("budi", "lihat-saja-1")
    remove = records.add_write_guard(lambda: auth.require(session.role, "write"))
    try:
        with pytest.raises(auth.PermissionDenied):
            records.save(Person(name="Tidak Boleh", sex="P"), actor)
        assert not Person.select().exists()
    finally:
        remove()
    records.save(Person(name="Boleh", sex="P"), actor)
    assert Person.select().count() == 1


def test_observers_see_identifiers_masked_everywhere_in_the_database(db, db_path, actor):
    import sqlite3
    import threading

    from desktop_app.services import records
    from desktop_app.storage import masking
    from desktop_app.storage.models import Household, Person, RecordVersion

    _setup()
    hh = Household(no_kk="5371010101090001")
    records.save(hh, actor)
    p = Person(name="Yohana Sabu", sex="P", nik="5371014501900001", phone="081234567890",
               household=hh)  # fmt: skip
    records.save(p, actor)
    auth.create_user("budi", "Budi Kolo", "pengamat", "lihat-saja-1", actor)
    session = auth.sign_in("budi", "lihat-saja-1")
    auth.apply_session(db, session)
    assert masking.is_enabled(db)
    person = Person.get_by_id(p.id)
    assert person.nik == auth.mask_nik("5371014501900001") == "537101**********"
    assert person.phone == auth.mask_phone("081234567890") and person.name == "Yohana Sabu"
    assert Household.get_by_id(hh.id).no_kk == "537101**********"
    raw = db.execute_sql('SELECT nik, phone FROM "person"').fetchone()
    assert raw == ("537101**********", "0812******90")
    snap = RecordVersion.get(RecordVersion.record_id == p.id)
    assert "5371014501900001" not in snap.data and "537101**********" in snap.data
    seen = []

    def worker() -> None:  # a worker thread opens its own connection: masked too
        seen.append(Person.get_by_id(p.id).nik)
        db.close()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == ["537101**********"]
    with pytest.raises(Exception):  # noqa: B017 - the view refuses writes
        db.execute_sql("UPDATE person SET name = 'x'")
    plain = sqlite3.connect(db_path)  # the file itself is unchanged
    assert plain.execute("SELECT nik FROM person").fetchone()[0] == "5371014501900001"
    plain.close()
    # Masking in SQL agrees with the Python helpers for every length.
    for value in ("", "12", "123456", "1234567", "5371014501900001", "08123", "0812345678901"):
        sql = f"SELECT {masking.nik_sql('?')}, {masking.phone_sql('?')}"
        got = db.execute_sql(sql, (value,) * sql.count("?")).fetchone()
        assert got == (auth.mask_nik(value), auth.mask_phone(value)), value

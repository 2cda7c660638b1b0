"""Screens of issue 8: first-start setup, sign-in, idle lock, second copy, damaged database at
start, removable location, audit page, backup/restore tab, disk full while the app runs."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_app.services import audit, auth, backup, records
from desktop_app.services.context import Actor, set_setting
from desktop_app.storage import database
from desktop_app.storage.models import AuditLog, Person, User
from desktop_app.ui import app as app_module
from desktop_app.ui.auth.dialogs import SetupDialog, SignInDialog
from desktop_app.ui.auth.lock import IdleLock
from tests.trust_fixtures import fast_argon2  # noqa: F401 - autouse fixture


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []

    def fake(kind, answer=QMessageBox.StandardButton.Ok):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "critical", fake("critical"))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning"))
    monkeypatch.setattr(QMessageBox, "information", fake("information"))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.No))
    return shown


@pytest.fixture
def plain_home(monkeypatch):
    """Beranda's charts abort the interpreter on a nearly empty database (QBarSet.append in
    ui/dashboard_widgets.horizontal_stacked; reported, not this area). These tests are about
    opening and signing in, so Beranda is a plain page here."""
    from PySide6.QtWidgets import QWidget

    import desktop_app.ui.pages.home as home

    class PlainHome(QWidget):
        def __init__(self, ctx) -> None:
            super().__init__()

    monkeypatch.setattr(home, "HomePage", PlainHome)


def _close(qtbot, window, lock) -> None:
    """Let queued work of the window run (status counts start 0–150 ms after a change), then
    close like the app does on exit. A count firing later against the next test's database
    would leave a worker connection open on it."""
    qtbot.wait(300)
    app_module.close_window(window, lock)
    window.hide()


def _setup(username="maria", password="rahasia-123"):
    return auth.setup_device(auth.DeviceSetup("Maria Bria", "53.71.01.1001", "Laptop Alak",
                                              username, password))  # fmt: skip


def test_setup_dialog_shows_problems_next_to_fields_then_creates_admin(qtbot, db):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.device_name.clear()
    dialog.ok_button.click()
    for key in ("facilitator_name", "kelurahan", "device_name", "admin_username", "admin_password"):
        assert dialog.errors[key].isVisible(), key
    assert not User.select().exists() and dialog.result() == 0
    dialog.facilitator.setText("Maria Bria")
    dialog.kelurahan.setCurrentIndex(2)
    dialog.device_name.setText("Laptop Alak 1")
    dialog.username.setText("maria")
    dialog.password.setText("rahasia-123")
    dialog.password2.setText("rahasia-124")
    dialog.ok_button.click()
    assert dialog.errors["password2"].isVisible() and not User.select().exists()
    dialog.password2.setText("rahasia-123")
    dialog.ok_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.session.role == "admin"
    dialog.grab().save("/tmp/berdaya-setup.png")


def test_sign_in_dialog_wrong_password_inline_then_lockout(qtbot, db):
    _setup()
    dialog = SignInDialog(username="maria")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("salah-salah")
    dialog.ok_button.click()
    assert dialog.error.isVisible() and "Sisa percobaan: 4" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.session is None
    for _ in range(4):
        dialog.password.setText("salah-salah")
        dialog.ok_button.click()
    assert "dikunci" in dialog.error.text()
    dialog.password.setText("rahasia-123")
    dialog.ok_button.click()
    assert dialog.session is None  # still waiting
    dialog.grab().save("/tmp/berdaya-signin.png")


def test_first_start_sets_up_the_device_then_opens_signed_in(
    plain_home, qtbot, tmp_path, qsettings, monkeypatch, boxes
):
    monkeypatch.setattr(app_module, "ask_setup", lambda: (_setup(), False, None))
    opened = app_module.open_window(str(tmp_path / "baru.db"), qsettings)
    assert opened is not None
    window, lock = opened
    try:
        assert window.ctx.session.username == "maria" and window.ctx.actor.user == "maria"
        assert window.idle_lock is not None
        assert not [b for b in boxes if b[0] == "question"], "no demo offer on a real device"
    finally:
        _close(qtbot, window, lock)
    assert backup.list_backups(tmp_path / "baru.db"), "a backup is taken on exit"


def test_database_with_accounts_needs_sign_in(
    plain_home, qtbot, db, db_path, qsettings, monkeypatch, boxes
):
    _setup()
    set_setting("encryption", "0")
    db.close()
    monkeypatch.setattr(app_module, "ask_sign_in", lambda: (None, None))
    assert app_module.open_window(str(db_path), qsettings) is None
    lock = QLockFile(str(db_path) + ".lock")
    assert lock.tryLock(100), "the lock is released after a cancelled sign-in"
    lock.unlock()
    monkeypatch.setattr(
        app_module, "ask_sign_in", lambda: (auth.sign_in("maria", "rahasia-123"), "rahasia-123")
    )
    window, lock = app_module.open_window(str(db_path), qsettings)
    assert window.ctx.role == "admin"
    _close(qtbot, window, lock)


def test_second_copy_is_refused_within_a_second_without_writing(qtbot, db_path, qsettings, boxes):
    database.connect(db_path).close()
    before = db_path.read_bytes()
    holder = QLockFile(str(db_path) + ".lock")
    assert holder.tryLock(100)
    try:
        started = time.monotonic()
        assert app_module.open_window(str(db_path), qsettings) is None
        assert time.monotonic() - started < 1.5
    finally:
        holder.unlock()
    assert boxes and boxes[0][0] == "warning" and "sudah terbuka" in boxes[0][1]
    assert db_path.read_bytes() == before


def test_removable_or_network_location_is_refused(qtbot, tmp_path, qsettings, monkeypatch, boxes):
    from desktop_app.storage import location

    monkeypatch.setattr(location, "unsafe_kind", lambda _p: "folder jaringan")
    assert app_module.open_window(str(tmp_path / "share.db"), qsettings) is None
    assert "Salin berkasnya ke laptop" in boxes[0][1]
    assert not (tmp_path / "share.db").exists()


def test_damaged_database_at_start_restores_the_newest_good_backup(plain_home, qtbot, db, db_path, actor,
                                                                    qsettings, monkeypatch, boxes):  # fmt: skip
    for i in range(150):
        records.save(Person(name=f"Orang {i}", sex="P", notes="catatan " * 20), actor)
    backup.backup_now(db, db_path, backup.REASON_MANUAL)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 10] = b"\x5a" * (4096 * 7)
    db_path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(app_module, "ask_restore_damaged", lambda p, e, n: asked.append(n) or True)
    window, lock = app_module.open_window(str(db_path), qsettings, ask_demo=False)
    try:
        # After a clean shutdown the check runs beside the open window; writes wait for it.
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        assert asked[0] is not None
        qtbot.waitUntil(lambda: window.ctx.db.is_closed() is False and not
                        database.check_marker(db_path).exists(), timeout=10_000)  # fmt: skip
        assert Person.select().count() == 150
        assert list(db_path.parent.glob("*-rusak-*.db")), "the damaged file is kept aside"
        assert AuditLog.select().order_by(AuditLog.seq.desc()).first().action == "restore_backup"
    finally:
        _close(qtbot, window, lock)


def test_idle_lock_covers_the_window_and_keeps_unsaved_work(qtbot, main_window, ctx):
    _setup()
    session = auth.sign_in("maria", "rahasia-123")
    editor = QLineEdit(main_window)
    editor.setGeometry(300, 100, 200, 30)
    editor.show()
    editor.setText("belum disimpan")
    lock = IdleLock(main_window, session, Actor.local(ctx.db, "maria"), minutes=1)
    lock.timer.setInterval(50)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    try:
        assert lock.form.isVisible() and lock.form.geometry() == main_window.rect()
        qtbot.keyClicks(editor, "xyz")  # input to the covered window is swallowed
        assert editor.text() == "belum disimpan"
        main_window.grab().save("/tmp/berdaya-locked.png")
        lock.form.password.setText("salah-salah")
        lock.form.unlock_button.click()
        assert lock.locked and lock.form.error.isVisible()
        lock.form.password.setText("rahasia-123")
        lock.form.unlock_button.click()
        assert not lock.locked
        assert editor.text() == "belum disimpan" and main_window.isVisible()
        actions = [r.action for r in AuditLog.select().order_by(AuditLog.seq)][-3:]
        assert actions == ["lock", "sign_in_failed", "sign_in"]
    finally:
        lock.stop()


def test_audit_page_searches_and_verifies(qtbot, ctx, boxes):
    from desktop_app.ui.pages.audit import AuditPage

    person = Person.select().first()
    person.name = "Nama Baru Sekali"
    records.save(person, ctx.actor)
    audit.record("export", ctx.actor, detail="ekspor ke kantor distrik")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.search.setText("Nama Baru Sekali")
    page.search_button.click()
    assert page.table.rowCount() == 1
    assert "Nama Baru Sekali" in page.table.item(0, 6).text()
    page.action.setCurrentIndex(page.action.findData("export"))
    assert page.table.rowCount() == 0  # text and action filters combine
    page.search.clear()
    page.refresh()
    assert page.table.rowCount() == 1 and "kantor distrik" in page.table.item(0, 6).text()
    page.verify_button.click()
    assert boxes[-1][0] == "information" and "utuh" in boxes[-1][1]
    page.grab().save("/tmp/berdaya-audit.png")


def test_restore_asks_for_confirmation_and_is_audited(qtbot, ctx, boxes, monkeypatch):
    from desktop_app.ui.pages.security import SecurityPage

    saved = backup.backup_now(ctx.db, ctx.db_path, backup.REASON_MANUAL)
    first = Person.select().first()
    records.delete(first, ctx.actor)
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.backup_tab
    tab.table.selectRow(0)
    tab.restore_selected()  # the fake question answers No
    assert boxes[-1][0] == "question"
    assert Person.get_by_id(first.id).deleted_at is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.restore(saved)
    qtbot.waitUntil(lambda: any("dipulihkan" in b[1] for b in boxes), timeout=10000)
    assert Person.get_by_id(first.id).deleted_at is None
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "restore_backup" and saved.name in last.detail
    assert audit.verify_chain() == (True, None)
    page.grab().save("/tmp/berdaya-security.png")


def test_disk_full_while_running_shows_the_real_cause_and_the_app_goes_on(
    qtbot, main_window, ctx, boxes
):
    from desktop_app.ui.tasks import run_task

    before = Person.select().count()
    pages = ctx.db.execute_sql("PRAGMA page_count").fetchone()[0]

    def fill(progress):
        ctx.db.execute_sql(f"PRAGMA max_page_count = {pages}")
        try:
            with ctx.db.atomic():
                for i in range(2000):
                    Person.create(name=f"P{i}", sex="P", notes="x" * 2000, indigenous=False,
                                  has_ktp=False, has_kk=False, has_birth_certificate=False,
                                  has_bpjs=False, consent_given=False)  # fmt: skip
        finally:
            ctx.db.execute_sql("PRAGMA max_page_count = 1073741823")

    task = run_task(main_window, "Menyimpan…", fill, ctx.db)
    qtbot.waitUntil(lambda: task.finished_flag, timeout=10000)
    assert boxes[-1][0] == "critical" and "Penyimpanan penuh" in boxes[-1][1]
    assert Person.select().count() == before
    assert main_window.isVisible()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # the worker has closed its connection
    records.save(Person(name="Sesudahnya", sex="P"), ctx.actor)
    assert Person.select().count() == before + 1


def _sign_in_encrypted(path, username, password):
    dialog = SignInDialog(db_path=path)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.ok_button.click()
    return dialog.opened, dialog.session, dialog.damaged, dialog.credentials


def test_first_start_with_encryption_then_sign_in_to_the_encrypted_file(plain_home, qtbot, tmp_path, qsettings,
                                                                         monkeypatch, boxes):  # fmt: skip
    path = tmp_path / "kerja.db"
    shown = []
    monkeypatch.setattr(app_module, "ask_setup", lambda: (_setup(), False, "rahasia-123"))
    monkeypatch.setattr(app_module, "show_recovery_key", lambda code, others: shown.append(code))
    window, lock = app_module.open_window(str(path), qsettings)
    records.save(Person(name="Yohana Sabu", sex="P"), window.ctx.actor)
    _close(qtbot, window, lock)
    assert shown and database.is_encrypted(path)
    assert b"Yohana" not in path.read_bytes()

    monkeypatch.setattr(app_module, "ask_sign_in_encrypted",
                        lambda p: _sign_in_encrypted(p, "maria", "salah-salah"))  # fmt: skip
    assert app_module.open_window(str(path), qsettings) is None
    monkeypatch.setattr(app_module, "ask_sign_in_encrypted",
                        lambda p: _sign_in_encrypted(p, "maria", "rahasia-123"))  # fmt: skip
    window, lock = app_module.open_window(str(path), qsettings)
    try:
        assert window.ctx.session.username == "maria"
        assert [p.name for p in Person.select()] == ["Yohana Sabu"]
    finally:
        _close(qtbot, window, lock)


def test_recovery_key_dialog_needs_confirmation(qtbot):
    from desktop_app.ui.auth.dialogs import RecoveryKeyDialog

    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", ["sari"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert "ABCD-EFGH" in dialog.document_html()
    dialog.grab().save("/tmp/berdaya-recovery.png")


def test_privacy_tab_prints_a_summary_and_erases_a_person(qtbot, ctx, boxes, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from desktop_app.ui.pages.security import SecurityPage

    person = Person.select().where(Person.nik.is_null(False)).first()
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.privacy_tab
    page.tabs.setCurrentWidget(tab)
    tab.search.setText(person.nik)
    tab.find_button.click()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == person.name
    tab.table.selectRow(0)
    out = tmp_path / "ringkasan.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.summary_button.click()
    assert person.name in out.read_text(encoding="utf-8")
    page.grab().save("/tmp/berdaya-privacy.png")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("permintaan pemilik data", True))
    tab.erase_button.click()  # the fake question answers No
    assert Person.get_by_id(person.id).name == person.name
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.erase_button.click()
    gone = Person.get_by_id(person.id)
    assert gone.name == "[dihapus]" and gone.nik is None and gone.deleted_at is not None
    assert AuditLog.select().order_by(AuditLog.seq.desc()).first().action == "erase"


def test_signed_in_user_changes_own_password_and_idle_time(qtbot, ctx, boxes, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.ui.pages.security import SecurityPage

    _setup()
    auth.create_user("sari", "Sari Nenobais", "fasilitator", "kerja-keras-1", ctx.actor)
    ctx.session = auth.sign_in("sari", "kerja-keras-1")
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.users_tab is None, "only Admin manages users"
    answers = iter(["kerja-keras-1", "baru-sekali-2", "baru-sekali-2"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    page.lock_tab.password_button.click()
    assert boxes[-1] == ("information", "Kata sandi diganti.")
    assert auth.check_password("sari", "baru-sekali-2")
    answers = iter(["salah-salah"])
    page.lock_tab.password_button.click()
    assert boxes[-1][1] == "Kata sandi sekarang salah."
    assert not page.lock_tab.save_button.isEnabled(), "settings are for Admin"


def test_missing_folder_and_not_a_database_give_a_message_not_a_traceback(qtbot, tmp_path, qsettings,
                                                                          boxes):  # fmt: skip
    gone = tmp_path / "usb-dicabut" / "berdaya.db"
    assert app_module.open_window(str(gone), qsettings) is None
    assert "tidak ditemukan" in boxes[-1][1] and not gone.parent.exists()
    junk = tmp_path / "foto.db"
    junk.write_bytes(b"\xff\xd8\xff\xe0 JPEG " * 100)
    before = junk.read_bytes()
    assert app_module.open_window(str(junk), qsettings) is None
    assert "bukan database Berdaya" in boxes[-1][1]
    assert junk.read_bytes() == before
    lock = QLockFile(str(junk) + ".lock")
    assert lock.tryLock(100), "the lock is released"
    lock.unlock()


def test_export_dialog_protects_the_workbook_and_leaves_out_people_without_consent(qtbot, ctx,
                                                                                  tmp_path):  # fmt: skip
    from desktop_app.exchange import crypto
    from desktop_app.ui.pages.exchange_export import ExportDialog

    dialog = ExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    dialog.consented_only.setChecked(True)
    dialog.password.setText("kupang-2026")
    dialog.password2.setText("kupang-2027")
    dialog.export_button.click()
    assert "tidak sama" in dialog.summary.text() and dialog.task is None
    dialog.password2.setText("kupang-2026")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert crypto.is_encrypted(dialog.result.path)
    assert "kata sandi" in dialog.summary.text()
    detail = (
        AuditLog.select().where(AuditLog.action == "export").order_by(AuditLog.seq.desc()).first()
    )
    assert '"consented_only": true' in detail.detail and '"password": true' in detail.detail
    dialog.grab().save("/tmp/berdaya-export.png")


def test_import_dialog_asks_the_password_of_a_protected_workbook(qtbot, ctx, empty_ctx, tmp_path,
                                                                monkeypatch, boxes):  # fmt: skip
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.exchange import crypto
    from desktop_app.services import exchange_export
    from desktop_app.storage.models import database_proxy
    from desktop_app.ui.pages.exchange_import import ImportDialog

    # ``ctx`` (demo data) writes the workbook; ``empty_ctx`` is the laptop that imports it.
    database_proxy.initialize(ctx.db)
    out = exchange_export.export(ctx.db, tmp_path / "kiriman.xlsx", ctx.actor,
                                 exchange_export.ExportOptions(password="kupang-2026")).path  # fmt: skip
    assert crypto.is_encrypted(out)
    database_proxy.initialize(empty_ctx.db)
    asked = []
    answers = iter(["bukan-ini", "kupang-2026"])

    def fake_get_text(*args, **kwargs):
        asked.append(args[2])
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", fake_get_text)
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(out)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.preview_page, timeout=20000)
    assert len(asked) == 2 and "salah" in asked[1]
    assert dialog.plan is not None


def test_only_an_admin_sign_in_switches_encryption_on(qtbot, plain_home, db, db_path, qsettings,
                                                      monkeypatch, boxes):  # fmt: skip
    _setup()
    auth.create_user("budi", "Budi Kolo", "pengamat", "lihat-saja-1", Actor.local(db, "maria"))
    db.close()
    shown = []
    monkeypatch.setattr(app_module, "show_recovery_key", lambda code, others: shown.append(code))
    monkeypatch.setattr(app_module, "ask_sign_in",
                        lambda: (auth.sign_in("budi", "lihat-saja-1"), "lihat-saja-1"))  # fmt: skip
    window, lock = app_module.open_window(str(db_path), qsettings)
    assert window.ctx.role == "pengamat" and not database.is_encrypted(db_path) and not shown
    _close(qtbot, window, lock)
    monkeypatch.setattr(app_module, "ask_sign_in",
                        lambda: (auth.sign_in("maria", "rahasia-123"), "rahasia-123"))  # fmt: skip
    window, lock = app_module.open_window(str(db_path), qsettings)
    try:
        assert database.is_encrypted(db_path) and shown
    finally:
        _close(qtbot, window, lock)

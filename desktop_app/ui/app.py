"""Starting the desktop app: one instance per database, open it, offer demo data, show the window."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs  # noqa: F401 - for the log folder (paths.data_dir); see below

from desktop_app import APP_NAME
from desktop_app.paths import default_db_path

# Services needed only on some paths (a damaged or encrypted database, backups) are imported where
# used; the ones every start needs are imported here.
from desktop_app.services import applog, auth, records
from desktop_app.services.context import DEMO_DATABASE_KEY, Actor, get_setting, set_setting
from desktop_app.services.integrity_gate import IntegrityGate
from desktop_app.storage import database, location
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import Person

# isort: split
# PySide6 comes after everything above that does not need Qt: once PySide6 is loaded, its import
# hook (for ``__feature__``) reads the source of every module imported later; importing these
# first saves about 10 ms of every start.
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui import i18n
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    import peewee as pw
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.services import backup

ONBOARDED = "onboarding_done"
log = logging.getLogger("berdaya.app")


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    i18n.install(i18n.language_from(QSettings()))
    return app  # type: ignore[return-value]


def acquire_lock(db_path: Path) -> QLockFile | None:
    """A second copy on the same database is refused within a second (stale locks are taken over)."""
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if not lock.tryLock(1000):
        return None
    return lock


def needs_onboarding(db_is_new: bool) -> bool:
    if db_is_new:
        return True
    return get_setting(ONBOARDED) is None and not Person.select().exists()


# Start-up texts are shown before the main window exists: QCoreApplication.translate("Startup", …)


def message_box() -> type[QMessageBox]:
    """``QMessageBox``, imported when a message is shown: PySide sets up its enums on first use
    (~2 ms that a start without a message does not need)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def offer_demo(parent: QWidget | None) -> bool:
    QMessageBox = message_box()  # noqa: N806 - the class

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Selamat datang di Berdaya"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(QCoreApplication.translate("Startup", "Database ini masih kosong."))
    box.setInformativeText(QCoreApplication.translate("Startup",
        "Isi dengan data demo (600 penduduk fiktif di 12 kelurahan Alak) untuk mencoba aplikasi, "
        "atau mulai kosong untuk pekerjaan sungguhan."
    ))  # fmt: skip
    demo_button = box.addButton(QCoreApplication.translate("Startup", "Isi data demo"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Mulai kosong"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo_button)
    box.exec()
    return box.clickedButton() is demo_button


SETUP_SKIPPED = "device_setup_skipped"  # "try with demo data first": no accounts, no encryption


def ask_setup() -> tuple[auth.Session | None, bool, str | None]:
    """First start: (session, skipped, password when encryption was chosen). Tests replace it."""
    from desktop_app.ui.auth.dialogs import SetupDialog

    dialog = SetupDialog()
    dialog.exec()
    return dialog.session, dialog.skipped, dialog.password_for_key


def ask_sign_in_encrypted(path: Path) -> tuple[pw.SqliteDatabase | None, auth.Session | None,
                                               StorageError | None, tuple[str, str] | None]:  # fmt: skip
    """Sign in to an encrypted database: (db, session, damaged error, credentials)."""
    from desktop_app.ui.auth.dialogs import SignInDialog

    dialog = SignInDialog(db_path=path)
    dialog.exec()
    return dialog.opened, dialog.session, dialog.damaged, dialog.credentials


def show_recovery_key(code: str, others: list[str]) -> None:
    """The recovery key, once, to print. Tests replace this function."""
    from desktop_app.ui.auth.dialogs import RecoveryKeyDialog

    RecoveryKeyDialog(code, others).exec()


def ask_sign_in() -> tuple[auth.Session | None, str | None]:
    """The sign-in dialog: (session, password), (None, None) when cancelled. Tests replace it."""
    from desktop_app.ui.auth.dialogs import SignInDialog

    dialog = SignInDialog()
    dialog.exec()
    return dialog.session, dialog.credentials[1] if dialog.credentials else None


def _said(exc: BaseException) -> str:
    """The error's message in the interface language (``ui.errors``, imported only on error)."""
    from desktop_app.ui.errors import user_message

    return user_message(exc)


def ask_restore_damaged(path: Path, error: StorageError, newest: backup.BackupInfo | None) -> bool:
    """The database is damaged: offer the newest good backup. Tests replace this function."""
    QMessageBox = message_box()  # noqa: N806 - the class

    if newest is None:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "Startup", "{0}\n\nTidak ada cadangan yang baik di {1}. Hubungi koordinator."
        ).format(_said(error), database.backups_dir(path)))  # fmt: skip
        return False
    answer = QMessageBox.question(
        None, APP_NAME,
        QCoreApplication.translate(
            "Startup", "{0}\n\nPulihkan cadangan terbaik yang terakhir ({1})? Berkas yang rusak "
            "disimpan di sampingnya.").format(_said(error), f"{newest.taken_at:%d/%m/%Y %H:%M}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def show_busy(text: str) -> QWidget:
    """A small window that says what the start is waiting for (the check and upgrade of a big
    file take seconds before the main window can open). Tests replace this function."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

    notice = QFrame(None, Qt.WindowType.SplashScreen)
    notice.setFrameShape(QFrame.Shape.Box)  # a splash window has no frame of its own
    notice.setWindowTitle(APP_NAME)
    layout = QVBoxLayout(notice)
    layout.setContentsMargins(28, 22, 28, 22)
    title = QLabel(f"<b>{APP_NAME}</b>")
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(label)
    notice.setFixedWidth(420)
    notice.show()
    for _ in range(3):  # painted before the long, blocking work starts
        QApplication.processEvents()
    return notice


def open_database(path: Path) -> tuple[pw.SqliteDatabase, IntegrityGate | None] | None:
    """Open the plain database; a damaged database is never opened for writing.

    After a clean shutdown the integrity check runs beside the open app and every write waits
    for it (the returned gate); after an unclean end, a found damage or before migrations it runs
    first, and a damaged file is offered the newest good backup. None (after a message) when the
    database cannot be used."""
    gate = None
    notice = None
    if path.exists() and not database.must_check_before_open(path):
        gate = IntegrityGate(path)
    elif path.exists():
        notice = show_busy(QCoreApplication.translate(
            "Startup", "Memeriksa database dan, bila perlu, memperbaruinya ke versi aplikasi ini "
            "(cadangan dibuat lebih dulu). Pada data besar ini memerlukan beberapa detik."))  # fmt: skip
    try:
        return _open_database(path, gate, notice is not None)
    finally:
        if notice is not None:
            notice.close()
            notice.deleteLater()


def _open_database(path: Path, gate: IntegrityGate | None,
                   check_first: bool) -> tuple[pw.SqliteDatabase, IntegrityGate | None] | None:  # fmt: skip
    restored_from = None
    if check_first:
        try:
            database.quick_check_file(path)
        except database.DatabaseDamaged as exc:
            from desktop_app.services import backup

            log.error("database damaged at start")
            newest = backup.newest_good_backup(path)
            if not ask_restore_damaged(path, exc, newest):
                return None
            assert newest is not None
            try:
                aside = backup.restore_damaged(path, newest.path)
            except StorageError as err:
                message_box().critical(None, APP_NAME, _said(err))
                return None
            restored_from = (newest.path.name, aside.name)
        except StorageError as exc:
            message_box().critical(None, APP_NAME, _said(exc))
            return None
        database.check_marker(path).unlink(missing_ok=True)
    try:
        db = database.connect(path, create=True)
    except StorageError as exc:
        message_box().critical(None, APP_NAME, _said(exc))
        return None
    if restored_from is not None:
        from desktop_app.services import audit

        audit.record("restore_backup", Actor.local(db), detail=(
            f"otomatis saat mulai dari {restored_from[0]}; berkas rusak disimpan sebagai "
            f"{restored_from[1]}"))  # fmt: skip
    return db, gate


class BackgroundCheck:
    """The start-up integrity check of a cleanly closed database, run beside the open window.

    It reads the whole file (most of a second on a district database), so it starts once the
    window is on screen rather than competing with the first frame. Every write waits for the
    verdict; a write (or the exit) that comes before the check started runs it right there."""

    def __init__(self, gate: IntegrityGate) -> None:
        self.gate = gate
        self._lock = threading.Lock()
        self._started = False
        self._done = threading.Event()

    def _claim(self) -> bool:
        """True for the one caller that runs the check."""
        with self._lock:
            first, self._started = not self._started, True
        return first

    def _run(self, progress: object = None) -> StorageError | None:
        try:
            return self.gate.run(progress)
        finally:
            self._done.set()

    def _wait(self, _progress: object = None) -> StorageError | None:
        self._done.wait()
        return self.gate.error

    def ensure(self) -> None:
        """Run the check here unless it was started already (it may still be running)."""
        if self._claim():
            self._run()

    def guard(self) -> None:
        """Before a write, in any thread: wait for the verdict; damage refuses the write."""
        self.ensure()
        self.gate.guard()

    def start(self, window: MainWindow) -> None:
        """In a worker, from the GUI thread; the verdict goes to ``_check_finished``."""
        from desktop_app.ui.tasks import run_task

        run_task(window, QCoreApplication.translate("Startup", "Memeriksa keutuhan database…"),
                 self._run if self._claim() else self._wait, None, show_dialog=False,
                 on_done=lambda damage: _check_finished(window, self.gate, damage))  # fmt: skip


def start_background_check(window: MainWindow, gate: IntegrityGate) -> None:
    """Check the open database beside the window; writes wait for the verdict from now on."""
    check = BackgroundCheck(gate)
    window.integrity_guard = records.add_write_guard(check.guard)  # type: ignore[attr-defined]
    window.integrity_gate = gate  # type: ignore[attr-defined]
    window.integrity_check = check  # type: ignore[attr-defined]
    window.when_started(lambda: check.start(window))


def _check_finished(window: MainWindow, gate: IntegrityGate, damage: StorageError | None) -> None:
    if damage is None:
        window.integrity_guard()  # type: ignore[attr-defined]
        return
    from desktop_app.services import audit, backup

    log.error("database damaged, found by the background check")
    path = window.ctx.db_path
    newest = backup.newest_good_backup(path)
    if not ask_restore_damaged(path, damage, newest):
        message_box().warning(window, APP_NAME, QCoreApplication.translate(
            "Startup", "Database rusak: perubahan tidak akan disimpan sampai database dipulihkan "
            "dari cadangan (buka Berdaya lagi untuk memulihkan)."))  # fmt: skip
        return
    assert newest is not None
    QThreadPool.globalInstance().waitForDone(30_000)  # workers hold their own connections
    window.ctx.db.close()
    try:
        aside = backup.restore_damaged(path, newest.path)
        db = database.connect(path, create=False)
    except StorageError as err:
        message_box().critical(window, APP_NAME, _said(err))
        return
    database.check_marker(path).unlink(missing_ok=True)
    window.ctx.db = db
    window.integrity_guard()  # type: ignore[attr-defined]
    audit.record("restore_backup", window.ctx.actor, detail=(
        f"otomatis saat mulai dari {newest.path.name}; berkas rusak disimpan sebagai {aside.name}"))  # fmt: skip
    window.ctx.notify_changed()


def open_encrypted_database(path: Path) -> tuple[pw.SqliteDatabase, auth.Session] | None:
    """Sign in to an encrypted database; a damaged file (right password) offers a backup."""
    from desktop_app.services import audit, backup, encryption

    db, session, damaged, credentials = ask_sign_in_encrypted(path)
    if db is not None and session is not None:
        return db, session
    if damaged is None or credentials is None:
        return None
    key = encryption.unlock_key(path, *credentials)
    newest = backup.newest_good_backup(path, key)
    if not ask_restore_damaged(path, damaged, newest):
        return None
    assert newest is not None
    try:
        aside = backup.restore_damaged(path, newest.path, key)
        db, session = encryption.open_encrypted(path, *credentials)
    except (StorageError, auth.AuthError) as exc:
        message_box().critical(None, APP_NAME, _said(exc))
        return None
    audit.record("restore_backup", Actor.local(db, session.username), detail=(
        f"otomatis saat mulai dari {newest.path.name}; berkas rusak disimpan sebagai {aside.name}"))  # fmt: skip
    return db, session


def encrypt_now(db: pw.SqliteDatabase, path: Path, session: auth.Session,
                password: str) -> pw.SqliteDatabase:  # fmt: skip
    """Convert the plain database at this sign-in (a backup first); the recovery key is shown
    once. On failure the plain database stays open and the message says why."""
    from desktop_app.services import encryption

    try:
        result = encryption.enable(db, path, session.username, password)
    except (StorageError, auth.AuthError) as exc:
        message_box().critical(None, APP_NAME, _said(exc))
        return db
    show_recovery_key(result.recovery_code, result.accounts_without_key)
    return result.db


def open_window(db_arg: str | None, settings: QSettings | None = None,
                ask_demo: bool = True) -> tuple[MainWindow, QLockFile] | None:  # fmt: skip
    path = Path(db_arg).expanduser() if db_arg else default_db_path()
    is_new = not path.exists()
    kind = location.unsafe_kind(path)
    if kind:
        message_box().critical(None, APP_NAME, str(location.UnsafeLocation(path, kind)))
        return None
    if db_arg and not path.parent.is_dir():
        # A database named on purpose whose folder is gone (a USB stick pulled out, a typo):
        # say so instead of quietly starting an empty database somewhere else.
        message_box().critical(None, APP_NAME, QCoreApplication.translate("Startup", "Folder database tidak ditemukan: {folder}\n"
                                                 "Apakah flashdisk atau folder jaringan dilepas?")
                             .format(folder=path.parent))  # fmt: skip
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message_box().critical(None, APP_NAME,
                             QCoreApplication.translate("Startup", "Folder database tidak dapat dibuat: {error}").format(error=exc))  # fmt: skip
        return None
    lock = acquire_lock(path)
    if lock is None:
        message_box().warning(
            None,
            APP_NAME,
            QCoreApplication.translate("Startup", "Berdaya sudah terbuka untuk database ini:\n{path}\n\nTutup jendela Berdaya yang "
                "lain dulu. Dua jendela pada satu database bisa merusak data.").format(path=path),
        )
        return None
    session: auth.Session | None = None
    gate: IntegrityGate | None = None
    password: str | None = None  # set when this start switches encryption on
    if database.is_encrypted(path):
        opened = open_encrypted_database(path)
        if opened is None:
            lock.unlock()
            return None
        db, session = opened
    else:
        opened_plain = open_database(path)
        if opened_plain is None:
            lock.unlock()
            return None
        db, gate = opened_plain
        if auth.has_accounts():
            from desktop_app.services import encryption

            session, password = ask_sign_in()
            # A device with accounts does real work: encrypt it unless switched off on purpose,
            # at an Admin's sign-in (the Admin gets the recovery key; others' keys follow).
            if (
                get_setting(encryption.SETTING) == "0"
                or session is None
                or not auth.can(session.role, "settings")
            ):
                password = None
        elif (ask_demo and not auth.device_is_set_up() and get_setting(SETUP_SKIPPED) is None
              and get_setting(DEMO_DATABASE_KEY) is None):  # fmt: skip
            from desktop_app.services import encryption

            session, skipped, password = ask_setup()
            if skipped:
                set_setting(SETUP_SKIPPED, "1")
                set_setting(encryption.SETTING, "0")
            elif session is not None and password is None:
                set_setting(encryption.SETTING, "0")
            if session is None and not skipped:
                db.close()
                lock.unlock()
                return None
        if auth.has_accounts() and session is None:
            db.close()
            lock.unlock()
            return None
    if password is not None and session is not None:
        db = encrypt_now(db, path, session, password)
    auth.apply_session(db, session)
    actor = Actor.local(db, session.username if session else None)
    ctx = AppContext(db, path, actor)
    ctx.session = session
    window = MainWindow(ctx, settings)
    if gate is not None and not getattr(db, "cipher_key", None):
        start_background_check(window, gate)
    if session is not None:
        from desktop_app.ui.auth.lock import IdleLock

        window.idle_lock = IdleLock(window, session, actor)  # type: ignore[attr-defined]
        # A read-only role (Pengamat) cannot write through the single write path, whatever page.
        window.write_guard = records.add_write_guard(  # type: ignore[attr-defined]
            lambda: auth.require(session.role, "write"))  # fmt: skip
    elif ask_demo and needs_onboarding(is_new):
        set_setting(ONBOARDED, "1")
        if offer_demo(window):
            from desktop_app.services import demo  # only a first start needs the generator
            from desktop_app.ui.tasks import run_task

            run_task(window, QCoreApplication.translate("Startup", "Membuat data demo…"),
                     lambda progress: demo.generate(db, Actor(actor.user, actor.device_id),
                                                    progress=progress),
                     db, on_done=lambda _summary: ctx.notify_changed())  # fmt: skip
    return window, lock


def close_window(window: MainWindow, lock: QLockFile) -> None:
    """On exit: stop the idle lock, take the daily backup, close the database, free the lock."""
    window.cancel_start()
    idle = getattr(window, "idle_lock", None)
    if idle is not None:
        idle.stop()
    for name in ("write_guard", "integrity_guard"):
        remove_guard = getattr(window, name, None)
        if remove_guard is not None:
            remove_guard()
    from desktop_app.services import backup

    gate = getattr(window, "integrity_gate", None)
    check = getattr(window, "integrity_check", None)
    if check is not None:
        check.ensure()  # a window closed before its check started: no backup of an unchecked file
    # Workers (counts, dashboards) hold their own connections: let them finish before closing.
    QThreadPool.globalInstance().waitForDone(30_000)
    try:
        if gate is None or (gate.finished and gate.error is None):  # never back up damage
            backup.backup_on_exit(window.ctx.db, window.ctx.db_path)
    except StorageError:
        log.exception("backup on exit failed")
    window.ctx.close()
    window.ctx.db.close()
    lock.unlock()


def start_gui(db_arg: str | None, settings: QSettings | None = None,
              ask_demo: bool = True) -> tuple[MainWindow, QLockFile] | None:  # fmt: skip
    """What ``berdaya`` does before the window shows: the application, the log file, the
    database and the main window (``benchmarks/bench_startup.py`` times this path)."""
    # Start-up creates thousands of long-lived objects (Qt wrappers, models); collecting cycles
    # among them before the window is painted only costs time. The window turns the collector
    # back on after its first paint (``MainWindow._started``).
    gc.disable()
    opened = None
    try:
        opened = _start_gui(db_arg, settings, ask_demo)
    finally:
        if opened is None:
            gc.enable()  # no window to turn it back on
    return opened


def _start_gui(db_arg: str | None, settings: QSettings | None,
               ask_demo: bool) -> tuple[MainWindow, QLockFile] | None:  # fmt: skip
    make_app()
    try:
        applog.setup_logging()  # rotating file in the data folder, never personal data
    except OSError:
        pass  # a read-only profile: run without a log file rather than not at all
    return open_window(db_arg, settings, ask_demo)


def run_gui(db_arg: str | None) -> int:
    opened = start_gui(db_arg)
    if opened is None:
        return 1
    window, lock = opened
    app = QApplication.instance()
    window.show()
    try:
        return app.exec()
    finally:
        close_window(window, lock)

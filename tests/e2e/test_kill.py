"""SIGKILL at many moments during an import (bulk write), an edit loop and a backup loop.

Real subprocesses, killed without warning: afterwards the database passes ``PRAGMA
integrity_check`` and holds either all of the interrupted operation or none of it; every backup
under its final name is complete and verified.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage import database
from desktop_app.storage.models import Person

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

WORKER = Path(__file__).with_name("kill_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _kill_after(proc: subprocess.Popen, seconds: float) -> bool:
    """Kill after ``seconds``; True when the worker was still running (a real interruption)."""
    time.sleep(seconds)
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return running


def _check(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def _base(tmp_path: Path, with_person: bool) -> Path:
    path = tmp_path / "base.db"
    db = database.connect(path)
    if with_person:
        records.save(Person(name="Orpa Benu", sex="P"), Actor.local(db, "kill-test"))
    db.close()
    return path


def _copy(base: Path, tmp_path: Path, n: int) -> Path:
    from desktop_app.storage.backup import backup_file

    return backup_file(base, tmp_path / f"run{n}.db")


def test_killed_import_is_all_or_nothing(tmp_path):
    base = _base(tmp_path, with_person=False)
    interrupted = 0
    for n, delay in enumerate((0.0, 0.05, 0.12, 0.2, 0.3, 0.45, 0.6)):
        path = _copy(base, tmp_path, n)
        interrupted += _kill_after(_start(str(path), "import", "300"), delay)
        conn = _check(path)
        people = conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        demo_entries = conn.execute(
            "SELECT COUNT(*) FROM audit_log WHERE action='demo'"
        ).fetchone()[0]
        conn.close()
        assert people in (0, 300), (delay, people)
        assert demo_entries == (1 if people else 0)
    assert interrupted >= 2, "kills hit the import while it ran"
    path = _copy(base, tmp_path, 99)  # not killed: the bulk write itself works
    proc = _start(str(path), "import", "300")
    assert proc.wait(timeout=60) == 0
    conn = _check(path)
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 300
    conn.close()


def test_killed_edits_keep_versions_snapshots_and_audit_together(tmp_path):
    base = _base(tmp_path, with_person=True)
    for n, delay in enumerate((0.05, 0.2, 0.35, 0.6)):
        path = _copy(base, tmp_path, n)
        assert _kill_after(_start(str(path), "edit"), delay)
        conn = _check(path)
        (pid, version) = conn.execute("SELECT id, version FROM person").fetchone()
        snaps = conn.execute(
            "SELECT COUNT(*) FROM record_version WHERE record_id=?", (pid,)
        ).fetchone()[0]
        audits = conn.execute(
            "SELECT COUNT(*) FROM audit_log WHERE record_id=?", (pid,)
        ).fetchone()[0]
        conn.close()
        assert snaps == version and audits == version, (delay, version, snaps, audits)
        db = database.connect(path, create=False)
        try:
            from desktop_app.services import audit

            assert audit.verify_chain() == (True, None)
        finally:
            db.close()


def test_killed_backups_never_leave_a_bad_file_under_a_final_name(tmp_path):
    base = _base(tmp_path, with_person=True)
    out = tmp_path / "usb"
    out.mkdir()
    from desktop_app.storage.backup import verify

    for n, delay in enumerate((0.02, 0.1, 0.25, 0.4)):
        path = _copy(base, tmp_path, n)
        assert _kill_after(_start(str(path), "backup", str(out)), delay)
        _check(path).close()
    finals = list(out.glob("*.db"))
    assert finals, "some backups completed"
    for f in finals:
        verify(f)  # integrity check; raises when damaged
        conn = sqlite3.connect(f)
        assert conn.execute("SELECT name FROM person").fetchall() == [("Orpa Benu",)]
        conn.close()


def test_killed_real_import_of_a_workbook_is_all_or_nothing(tmp_path):
    """The real ``berdaya import`` of an exchange workbook, killed at many moments."""
    from desktop_app.services import demo, exchange_export

    src = database.connect(tmp_path / "kantor.db")
    actor = Actor.local(src, "kill-test")
    demo.generate(src, actor, people=300)
    workbook = exchange_export.export(src, tmp_path / "kiriman.xlsx", actor).path
    people = Person.select().count()
    src.close()
    base = _base(tmp_path, with_person=False)
    outcomes = set()
    for n, delay in enumerate((0.3, 0.5, 0.7, 0.9, 1.1, 1.4, 30.0)):
        path = _copy(base, tmp_path, n)
        proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(path), "import",
                                 str(workbook)], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
        if delay < 30:
            _kill_after(proc, delay)
        else:
            assert proc.wait(timeout=60) == 0
        conn = _check(path)
        count = conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        batches = conn.execute(
            "SELECT COUNT(*) FROM import_batch WHERE status='applied'"
        ).fetchone()[0]
        conn.close()
        assert (count, batches) in ((0, 0), (people, 1)), (delay, count, batches)
        outcomes.add(count)
    assert outcomes == {0, people}, "some kills hit before the commit, the last run completes"

"""A backup reports its progress page by page and can be cancelled without leaving a file."""

import pytest

from desktop_app.services import backup
from desktop_app.services.progress import Cancelled
from desktop_app.storage.database import backups_dir


def test_backup_reports_progress(demo_db, tmp_path):
    seen = []
    path = backup.backup_now(demo_db, tmp_path / "demo.db", backup.REASON_MANUAL,
                             progress=lambda done, total, text="": seen.append((done, total, text)))  # fmt: skip
    assert path.exists()
    copied = [s for s in seen if s[1] > 0]
    assert copied and copied[-1][0] == copied[-1][1]  # the last step copied every page
    assert any("Memeriksa" in s[2] for s in seen)


def test_cancelled_backup_leaves_nothing(demo_db, tmp_path):
    calls = []

    def cancel_on_second_step(done, total, text=""):
        calls.append(done)
        if len(calls) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backup.manual_backup(demo_db, tmp_path / "demo.db", tmp_path / "usb", progress=cancel_on_second_step)
    leftovers = list((tmp_path / "usb").glob("*")) if (tmp_path / "usb").exists() else []
    assert leftovers == []
    assert not list(backups_dir(tmp_path / "demo.db").glob("*.tmp"))

"""Trust at district scale: start-up integrity check, backup, encryption, consent filter.

    python benchmarks/bench_trust.py BIG.db     (BIG.db from benchmarks/generate.py; not changed)

Prints one line per measurement; results go to docs/benchmarks.md ("Trust").
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.services import auth, backup, encryption, privacy  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.storage import database  # noqa: E402


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<48} {time.perf_counter() - start:7.2f} s", flush=True)
    return result


def main(source: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="berdaya-bench-trust-"))
    try:
        path = work / "berdaya.db"
        shutil.copy(source, path)
        print(f"database: {path.stat().st_size / 1e6:.0f} MB")
        timed("quick check before opening (plain)", lambda: database.quick_check_file(path))
        db = database.connect(path, create=False)
        timed("backup (online API + integrity check + counts)",
              lambda: backup.backup_now(db, path, backup.REASON_MANUAL))  # fmt: skip
        ids = {m._meta.table_name: None for m in __import__("desktop_app.storage.models",
               fromlist=["SYNC_MODELS"]).SYNC_MODELS}  # fmt: skip
        timed("consent filter for a full export", lambda: privacy.only_consented(db, ids))
        if not auth.has_accounts():
            auth.setup_device(auth.DeviceSetup("Bench", "53.71.01.1001", "bench", "admin",
                                               "rahasia-123"))  # fmt: skip
        result = timed("encrypt (backup, export, verify, swap, backup)",
                       lambda: encryption.enable(db, path, "admin", "rahasia-123"))  # fmt: skip
        result.db.close()
        timed("sign in: unwrap key (Argon2id, 64 MiB)",
              lambda: encryption.unlock_key(path, "admin", "rahasia-123"))  # fmt: skip
        key = encryption.unlock_key(path, "admin", "rahasia-123")
        timed(
            "quick check before opening (encrypted)", lambda: database.quick_check_file(path, key)
        )
        db = database.connect(path, create=False, key=key)
        timed("backup (encrypted)", lambda: backup.backup_now(db, path, backup.REASON_MANUAL,
                                                              actor=Actor.local(db, "admin")))  # fmt: skip
        from desktop_app.storage.models import Person

        timed("count people (encrypted)", lambda: Person.select().count())
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))

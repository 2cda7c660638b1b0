"""Is the desktop app holding this database?

The app takes a ``QLockFile`` next to the database (``berdaya.db.lock``; first line the process
id, third the host name). The command line cannot use Qt, so it reads that file: while a living
process on this computer holds it, command-line writes are refused — two writers on one file is
how data gets lost. Reading (check, audit verify, backup) stays allowed: SQLite's WAL mode gives
readers a consistent snapshot.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(db_path: Path) -> int | None:
    """The process id of another living app holding the database, else None."""
    path = lock_path(db_path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0].strip())
    host = lines[2].strip() if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # held from another computer (a shared folder): we cannot check, assume held
    if pid == os.getpid() or not _alive(pid):
        return None
    return pid

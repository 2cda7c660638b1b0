"""Time from ``berdaya`` start to the main window shown and painted, on the district-scale
database, against a bare PySide6 window measured in the same run (target: within 2x of it).

    python benchmarks/bench_startup.py [DB] [--runs 9]

Each sample is a fresh interpreter, as a user starts the app. The Berdaya sample runs the real
start: the ``berdaya`` command line (``desktop_app.cli``) for ``berdaya --db DB``, then
``ui.app.start_gui`` (the application, the log file, opening and checking the database, the main
window: what ``run_gui`` does before its event loop), ``show()`` and the event loop until the
window has received its first paint event. The bare sample is a ``QMainWindow`` of the same size,
shown and timed to its first paint the same way. A sample's time is the moment of that paint
minus the moment the parent spawned the process (wall clock); the CPU time of the process up to
that moment is reported too (steadier on a loaded machine). After the first paint the Berdaya
sample keeps running until Beranda is on screen and has its figures (reported, not the target),
then closes the database cleanly, as a user's next start finds it.

Faithful to an installed app, not to this checkout:

- The database is a private copy of DB (SQLite backup API), made at the start of the run: other
  benchmarks write to the shared file, and a file left with an unfinished write-ahead log makes the
  app check it before opening (that start is not this benchmark).
- Python bytecode is cached (``PYTHONPYCACHEPREFIX`` in the output folder, filled by the warm-up
  sample): installs (pip, the PyInstaller bundle) ship compiled bytecode, while a checkout run
  with ``PYTHONDONTWRITEBYTECODE`` would compile every module of the app on every start.
  ``--no-bytecode-cache`` measures that case.
- The log file goes to a data folder inside the output folder (``XDG_DATA_HOME``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import DEFAULT_PATH, build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out" / "startup"

# The same first-paint wait for both samples; Qt is imported inside it, after the app's own start.
PAINTED = """
import os, sys, time

def wait_painted(app, window):
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                FirstPaint.painted = True
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    while not FirstPaint.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return time.time(), time.process_time()
"""

BARE = PAINTED + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 760)
w.setWindowTitle("bare")
painted, cpu = wait_painted(app, w)
print(painted, cpu, 0, 0)
os._exit(0)
"""

BERDAYA = PAINTED + """
from desktop_app.cli import build_parser, named_command  # the `berdaya` command line
argv = ["--db", sys.argv[1]]
args = build_parser([named_command(argv)]).parse_args(argv)
from desktop_app.ui.app import start_gui  # what run_gui does before its event loop
from PySide6.QtCore import QEventLoop, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
window, lock = start_gui(args.db, QSettings(sys.argv[2], QSettings.Format.IniFormat),
                         ask_demo=False)
app = QApplication.instance()
painted, cpu = wait_painted(app, window)
# Not the target: Beranda on screen (it starts loading after its own first paint), its figures.
beranda = figures = None
deadline = time.time() + 60
while figures is None and time.time() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    page = window.built_page("beranda")
    if beranda is None and page is not None and page.task is not None:
        beranda = time.time()
    if page is not None and page.data is not None:
        figures = time.time()
print(painted, cpu, beranda or 0, figures or 0)
sys.stdout.flush()
QThreadPool.globalInstance().waitForDone(120_000)  # workers hold their own connections
window.ctx.db.close()
lock.unlock()
os._exit(0)
"""


def private_copy(source: Path) -> Path:
    """A fresh copy of the database, closed cleanly (no write-ahead log left)."""
    if OUT.exists():
        shutil.rmtree(OUT / "backups", ignore_errors=True)  # a migration's backup, if any
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(OUT / "district.db") + suffix).unlink(missing_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "district.db"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()
    return target


def environment(bytecode_cache: bool) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_DATA_HOME": str(OUT / "data")}  # fmt: skip
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def sample(code: str, env: dict[str, str], *args: str) -> tuple[float, float, float, float]:
    """(first paint, CPU seconds to it, Beranda on screen, figures shown): times from spawn."""
    wal = Path(str(OUT / "district.db") + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        print("warning: the copy has a write-ahead log left: this start checks it first")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=300).stdout  # fmt: skip
    painted, cpu, beranda, figures = map(float, out.strip().splitlines()[-1].split())
    return (painted - start, cpu, beranda - start if beranda else float("nan"),
            figures - start if figures else float("nan"))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="let every start compile the app's modules (a checkout run with "
                             "PYTHONDONTWRITEBYTECODE)")  # fmt: skip
    args = parser.parse_args()
    counts = build(args.db)
    db = private_copy(args.db)
    ini = str(OUT / "bench.ini")
    env = environment(not args.no_bytecode_cache)
    load_before = os.getloadavg()
    sample(BARE, env)  # warm the OS file cache (and the bytecode cache) for both
    sample(BERDAYA, env, str(db), ini)
    bare, app = [], []
    for _ in range(args.runs):  # alternated, so both see the same machine load
        bare.append(sample(BARE, env))
        app.append(sample(BERDAYA, env, str(db), ini))
    load_after = os.getloadavg()

    def med(rows: list[tuple[float, ...]], i: int) -> float:
        return statistics.median(r[i] for r in rows)

    b, a = med(bare, 0), med(app, 0)
    print(f"database: {counts['people']} people, {counts['attendance']} attendance rows "
          f"(private copy {db})")  # fmt: skip
    print(f"bytecode cache: {'no' if args.no_bytecode_cache else 'yes'}; Qt platform: "
          f"{env['QT_QPA_PLATFORM']}; load average {load_before[0]:.2f} -> {load_after[0]:.2f}")
    print(f"bare PySide6 window: median {b:.3f} s  (min {min(r[0] for r in bare):.3f}, "
          f"max {max(r[0] for r in bare):.3f}), CPU {med(bare, 1):.3f} s")  # fmt: skip
    print(f"Berdaya main window: median {a:.3f} s  (min {min(r[0] for r in app):.3f}, "
          f"max {max(r[0] for r in app):.3f}), CPU {med(app, 1):.3f} s")  # fmt: skip
    print(f"ratio: {a / b:.2f}x wall, {med(app, 1) / med(bare, 1):.2f}x CPU (target <= 2x)")
    print(f"then (not the target): Beranda on screen {med(app, 2):.3f} s, "
          f"its figures {med(app, 3):.3f} s")  # fmt: skip


if __name__ == "__main__":
    main()

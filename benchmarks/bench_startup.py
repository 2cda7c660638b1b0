"""Time from process start to the main window shown, on the district-scale database, against a
bare PySide6 window measured in the same run (target: within 2x of the bare window).

    python benchmarks/bench_startup.py [DB] [--runs 7]

Each sample is a fresh interpreter (cold imports, as a user starts the app) that builds the
window, shows it and processes the first events, then prints the wall-clock time; the sample is
that moment minus the moment the parent spawned the process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import DEFAULT_PATH, build  # noqa: E402

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 760)
w.setWindowTitle("bare")
w.show()
app.processEvents()
import os, time
print(time.time())
os._exit(0)
"""

BERDAYA = """
import sys
from PySide6.QtCore import QSettings
from desktop_app.ui.app import make_app, open_window
app = make_app([])
window, lock = open_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat),
                           ask_demo=False)
window.show()
app.processEvents()
import os, time
print(time.time())  # shown; counts may still be loading in a worker, as in real use
lock.unlock()
os._exit(0)
"""


def sample(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    counts = build(args.db)
    ini = str(args.db.parent / "bench.ini")
    sample(BARE)  # warm the OS file cache for both
    sample(BERDAYA, str(args.db), ini)
    bare = [sample(BARE) for _ in range(args.runs)]
    app = [sample(BERDAYA, str(args.db), ini) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"database: {counts['people']} people, {counts['attendance']} attendance rows")
    print(f"bare PySide6 window: median {b:.3f} s  (min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"Berdaya main window: median {a:.3f} s  (min {min(app):.3f}, max {max(app):.3f})")
    print(f"ratio: {a / b:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()

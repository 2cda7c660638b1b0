"""Registry list on the district-scale database (100,000 people).

    python benchmarks/bench_registry.py [DB] [--runs 3]

Measures what a facilitator feels on the Penduduk page: the time until the list shows its first
rows (page built, counts and first page loaded), search-as-you-type (every prefix of typical
queries, as the debounced search box sends them: first page shown, plus the match count when it
is cheap; a broad search's count runs once typing pauses and is timed separately),
filter changes, scrolling (fetchMore of the next page), and the process memory with the list
open. Works on a copy of the database so the shared file is never migrated or written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import DEFAULT_PATH, build  # noqa: E402

QUERIES = ("maria ndoen", "yohanes fanggidae", "fanggidae yoh", "ndoën mar", "5371014",
           "537101120", "0812", "laga kaka", "obed nubatonis", "xyz")  # fmt: skip


TYPING_MS = (100, 200)  # a fast typist and a facilitator typing a name off a KK card
DEBOUNCE_MS = (0, 120)  # compared with the app's own search delay


def query_class(text: str) -> str:
    words = text.split()
    if all(w.isdigit() for w in words):
        return "digits (NIK, KK, phone)"
    if all(len(w) < 3 for w in words):
        return "words all under 3 letters (no trigram)"
    return "words of 3+ letters (trigram index)"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import registry
    from desktop_app.services.context import Actor
    from desktop_app.storage import database
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pages.registry.page import SEARCH_DELAY_MS

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "district.db"
        shutil.copy(args.db, path)
        t = time.perf_counter()
        db = database.connect(path, create=False, backup_before_migrate=False)
        migrate_s = time.perf_counter() - t
        ctx = AppContext(db, path, Actor.local(db, "bench"))
        window = MainWindow(ctx, QSettings(str(Path(tmp) / "b.ini"), QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        rss_before = rss_mb()
        t = time.perf_counter()
        page = window.show_area("penduduk")
        app.processEvents()
        first_rows_ms = (time.perf_counter() - t) * 1000
        tab = page.people
        assert tab.model.rowCount() > 0
        rss_open = rss_mb()

        times: list[float] = []
        counts: list[float] = []
        slowest: list[tuple[float, str]] = []
        cpu: list[float] = []  # CPU time: less disturbed than wall time on a shared machine
        by_class: dict[str, list[float]] = {}
        service: list[float] = []  # of each keystroke's time, the service calls (page + count)
        original_page, original_quick = registry.page, registry.quick_count

        def timed(fn):  # noqa: ANN001, ANN202
            def call(*a, **k):  # noqa: ANN002, ANN003, ANN202
                t0 = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    service[-1] += (time.perf_counter() - t0) * 1000

            return call

        registry.page, registry.quick_count = timed(original_page), timed(original_quick)
        for _ in range(args.runs):
            for query in QUERIES:
                for end in range(1, len(query) + 1):
                    tab.search.blockSignals(True)
                    tab.search.setText(query[:end])
                    tab.search.blockSignals(False)
                    service.append(0.0)
                    t, c = time.perf_counter(), time.process_time()
                    tab.apply_filter(typing=True)  # what the search box does per keystroke
                    app.processEvents()  # the rows painted
                    times.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                    slowest.append((times[-1], query[:end]))
                    by_class.setdefault(query_class(query[:end]), []).append(times[-1])
                    if tab.model.filtered_count is None:  # a broad search: counted on a pause
                        t = time.perf_counter()
                        tab._count_later()
                        counts.append((time.perf_counter() - t) * 1000)
        registry.page, registry.quick_count = original_page, original_quick
        tab.clear_filters()

        # What the user feels: keys typed at a steady pace through the real search box (its
        # debounce timer included), time from the last key until the final query's rows are
        # painted. Intermediate queries run or are dropped as the debounce decides.
        from PySide6.QtCore import QEventLoop

        def settle(ms: float) -> None:
            end = time.perf_counter() + ms / 1000
            while time.perf_counter() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

        typed: dict[tuple[int, int], list[float]] = {}
        for delay, interval in (
            (d, i) for d in sorted({SEARCH_DELAY_MS, *DEBOUNCE_MS}) for i in TYPING_MS
        ):
            tab._timer.setInterval(delay)
            for query in QUERIES * args.runs:
                tab.search.clear()
                settle(400)
                for ch in query[:-1]:
                    tab.search.insert(ch)  # as a key press types it (QTest knows ASCII only)
                    settle(interval)
                t = time.perf_counter()
                tab.search.insert(query[-1])
                while tab.model.filter.text != query:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
                app.processEvents()  # the rows painted
                typed.setdefault((delay, interval), []).append((time.perf_counter() - t) * 1000)
        tab._timer.setInterval(SEARCH_DELAY_MS)
        tab.clear_filters()

        filters: list[float] = []
        for combo, index in ((tab.kelurahan, 3), (tab.sex, 2), (tab.age, 3), (tab.vulnerability, 4),
                             (tab.has_nik, 2), (tab.disability, 1), (tab.consent, 2)):  # fmt: skip
            t = time.perf_counter()
            combo.setCurrentIndex(index)
            app.processEvents()
            filters.append((time.perf_counter() - t) * 1000)
        tab.clear_filters()

        scroll: list[float] = []
        for _ in range(20):
            t = time.perf_counter()
            tab.model.fetchMore()
            scroll.append((time.perf_counter() - t) * 1000)
        tab.view.scrollToBottom()
        app.processEvents()
        rss_scrolled = rss_mb()
        print(
            f"people: {tab.model.total_count}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        print(f"migrations on open (search index build when needed): {migrate_s:.1f} s")
        print(f"first rows shown: {first_rows_ms:.0f} ms")
        print(f"search-as-you-type ({len(times)} queries): median {statistics.median(times):.1f} ms, "
              f"p95 {pct(times, 0.95):.1f} ms, max {max(times):.1f} ms; CPU time median "
              f"{statistics.median(cpu):.1f} ms, p95 {pct(cpu, 0.95):.1f} ms")  # fmt: skip
        print(f"  of which service calls (plan, first page, cheap count): median "
              f"{statistics.median(service):.1f} ms, p95 {pct(service, 0.95):.1f} ms")  # fmt: skip
        for name, values in sorted(by_class.items()):
            print(f"  {name} ({len(values)}): median {statistics.median(values):.1f} ms, "
                  f"p95 {pct(values, 0.95):.1f} ms")  # fmt: skip
        for (delay, interval), values in typed.items():
            print(f"typed at {interval} ms a key, debounce {delay} ms{' (the app)' if delay == SEARCH_DELAY_MS else ''}: "
                  f"last key -> rows painted ({len(values)} queries): median {statistics.median(values):.1f} ms, "
                  f"p95 {pct(values, 0.95):.1f} ms, max {max(values):.1f} ms")  # fmt: skip
        worst = sorted(slowest, reverse=True)[:6]
        print("slowest keystrokes: " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in worst))
        if counts:
            print(f"deferred count of broad searches ({len(counts)}): median {statistics.median(counts):.1f} ms, "
                  f"max {max(counts):.1f} ms")  # fmt: skip
        print(f"filter change (7 combos, cumulative): median {statistics.median(filters):.1f} ms, "
              f"max {max(filters):.1f} ms")  # fmt: skip
        print(f"next page (fetchMore, 200 rows): median {statistics.median(scroll):.1f} ms, "
              f"max {max(scroll):.1f} ms; rows loaded {tab.model.rowCount()}")  # fmt: skip
        print(f"RSS: main window {rss_before:.0f} MB, list open {rss_open:.0f} MB, "
              f"after scrolling {rss_scrolled:.0f} MB")  # fmt: skip
        window.close()
        ctx.close()
        db.close()


if __name__ == "__main__":
    main()

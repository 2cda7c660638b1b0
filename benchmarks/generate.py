"""Build a district-scale database for benchmarks: 100,000 people, ~25,000 households, programs
and ~300,000 attendance rows, through the same demo generator the app uses (executemany in one
transaction).

    python benchmarks/generate.py OUT.db [--people 100000] [--programs 1650]

Reuses OUT.db when it already holds the requested number of people (benchmarks share it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services import demo  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.services.stats import record_counts  # noqa: E402
from desktop_app.storage import database  # noqa: E402

DEFAULT_PATH = Path(__file__).resolve().parent / "out" / "district.db"


def build(path: Path, people: int = 100_000, programs: int = 1650) -> dict[str, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        db = database.connect(path, create=False)
        try:
            counts = record_counts()
            if counts["people"] == people:
                return counts
        finally:
            db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = database.connect(path, create=True)
    try:
        demo.generate(db, Actor.local(db, "benchmark"), people=people, programs=programs)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute_sql("ANALYZE")
        return record_counts()
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--programs", type=int, default=1650)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = build(args.out, args.people, args.programs)
    print(f"{args.out}: {counts} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()

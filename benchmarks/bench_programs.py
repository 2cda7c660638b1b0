"""Program page queries on the district-scale database (100,000 people, 1,650 programs).

    python benchmarks/bench_programs.py [DB] [--runs 5]

Times what the program page runs when a facilitator opens a program: the catalog, participants
with attendance rates, sessions, services, outcome summary, the eligible-and-not-enrolled list
for typical rules (SQL prefilter + domain check), and the people picker search. Works on a copy
of the database so a benchmark never migrates or writes the shared file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import DEFAULT_PATH, build  # noqa: E402
from desktop_app.domain.programs import EligibilityRule  # noqa: E402
from desktop_app.services import programs as svc  # noqa: E402
from desktop_app.storage import database  # noqa: E402
from desktop_app.storage.models import OutcomeIndicator, Program  # noqa: E402

RULES = {
    "semua penduduk (tanpa syarat)": EligibilityRule(),
    "perempuan 18–55, desil 1–4": EligibilityRule(
        sex="P", age_min=18, age_max=55, decile_min=1, decile_max=4
    ),
    "usia sekolah tanpa beasiswa": EligibilityRule(age_min=7, age_max=18, no_scholarship=True),
    "disabilitas": EligibilityRule(disability=True),
}


def timed(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "district.db"
        shutil.copy(args.db, path)
        db = database.connect(path, create=False)
        program = (Program.alive().join(OutcomeIndicator, on=(OutcomeIndicator.program == Program.id))
                   .order_by(Program.name).first())  # fmt: skip
        pid = program.id
        ind = OutcomeIndicator.get(OutcomeIndicator.program == pid)
        rows: list[tuple[str, float, str]] = [
            ("catalog (list_programs)", timed(svc.list_programs, args.runs), f"{len(svc.list_programs())} programs"),
            ("participants + rates", timed(lambda: svc.list_enrollments(pid), args.runs),
             f"{len(svc.list_enrollments(pid))} rows"),
            ("sessions + rates", timed(lambda: svc.list_activities(pid), args.runs), ""),
            ("service totals", timed(lambda: svc.program_service_totals(pid), args.runs), ""),
            ("outcome summary", timed(lambda: svc.outcome_summary(ind.id), args.runs), ""),
            ("picker: search 'maria'", timed(lambda: svc.search_people(svc.PeopleFilter(search="maria")), args.runs),
             "limit 500"),
            ("picker: P, 18–55, one kelurahan",
             timed(lambda: svc.search_people(svc.PeopleFilter(kelurahan="53.71.01.1001", sex="P", age_min=18,
                                                              age_max=55)), args.runs), "limit 500"),
        ]  # fmt: skip
        for label, rule in RULES.items():
            program.eligibility = rule.to_json()
            program.save(only=[Program.eligibility])  # a throwaway copy: no audit needed
            total = svc.eligible_list(pid)[0]
            rows.append((f"eligible, not enrolled: {label}", timed(lambda: svc.eligible_list(pid), args.runs),
                         f"{total:,} people"))  # fmt: skip
        db.close()
    print("| query | median | result |\n|---|---|---|")
    for label, seconds, note in rows:
        print(f"| {label} | {seconds * 1000:.0f} ms | {note} |")


if __name__ == "__main__":
    main()

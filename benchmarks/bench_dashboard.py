"""Beranda refresh on the district-scale database (100,000 people).

    python benchmarks/bench_dashboard.py [DB] [--runs 5]

Times ``services.dashboard.compute`` — every headline figure and all six charts — the way the
page runs it: a fresh worker connection per refresh. Works on copies of the database so a
benchmark never migrates or writes the shared file. Reported (medians, best in brackets; CPU time
of the process beside the wall time):

* the upgrade that fills the Beranda's facts tables (migration 0057, once per file);
* the first refresh on a file (nothing stored: no result, no memo), the app reopened on unchanged
  data (the result stored in the file) and a filter chosen right after opening;
* each filter computed, and chosen again (stored result);
* after one edit of a person, a household, an enrollment, an attendance row, an outcome (through
  ``records.save``), after 500-row bulk imports of attendance and of people, and after 50,000
  people plus 50,000 attendance rows (``storage.bulk.insert_rows``, as the demo and the Excel
  import write), with a kelurahan filter after each;
* what the triggers cost writers: 50,000 attendance rows and 50,000 people inserted in bulk
  (one transaction, rolled back) on the schema before this work (0055–0056: counters and the
  change log) and after it (0057–0058: counters and the facts tables).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import peewee as pw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import DEFAULT_PATH, build  # noqa: E402
from desktop_app.services import dashboard as d  # noqa: E402
from desktop_app.services import records  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.storage import bulk, dashboard_state, database, migrations  # noqa: E402
from desktop_app.storage import models as m  # noqa: E402

SYS = ["id", "version", "created_at", "updated_at", "updated_by", "device_id", "deleted_at"]
PERSON_FIELDS = [*SYS, "name", "sex", "birth_year", "kelurahan", "indigenous", "has_ktp", "has_kk",
                 "has_birth_certificate", "has_bpjs", "consent_given"]  # fmt: skip
ATTENDANCE_FIELDS = [*SYS, "activity", "person", "present", "note"]


def _ms(samples: list[tuple[float, float]]) -> str:
    wall = [w for w, _c in samples]
    cpu = [c for _w, c in samples]
    return (f"{statistics.median(wall) * 1000:6.0f} ms ({min(wall) * 1000:.0f})"
            f"   cpu {statistics.median(cpu) * 1000:4.0f} ms")  # fmt: skip


class Clock:
    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    @property
    def sample(self) -> tuple[float, float]:
        return self.wall, self.cpu


def _timed(db: pw.Database, f: d.Filters) -> tuple[float, float]:
    db.close()  # each refresh runs on a new worker connection
    with Clock() as clock:
        d.compute(f)
    return clock.sample


def people_rows(count: int, tag: str, kel: str) -> list[tuple]:
    now = m.utcnow()
    return [
        (str(uuid.uuid4()), 1, now, now, "bench", None, None, f"Impor {tag} {k}", "LP"[k % 2],
         1950 + k % 70, kel, k % 7 == 0, False, False, False, False, False)
        for k in range(count)
    ]  # fmt: skip


def attendance_rows(sessions: list[str], people: list[str], taken: set[tuple[str, str]],
                    count: int) -> list[tuple]:  # fmt: skip
    now = m.utcnow()
    out: list[tuple] = []
    for session in sessions:
        for k, pid in enumerate(people):
            if (session, pid) not in taken:
                out.append((str(uuid.uuid4()), 1, now, now, "bench", None, None, session, pid,
                            k % 3 != 0, None))  # fmt: skip
                if len(out) == count:
                    return out
    return out


def write_cost(path: Path, runs: int) -> dict[str, list[tuple[float, float]]]:
    """50,000 attendance rows and 50,000 people inserted in one transaction, rolled back."""
    db = pw.SqliteDatabase(str(path), pragmas=database.PRAGMAS)
    db.connect()
    sessions = [
        r[0] for r in db.execute_sql("SELECT id FROM activity ORDER BY date DESC LIMIT 400")
    ]
    people = [r[0] for r in db.execute_sql("SELECT id FROM person ORDER BY id LIMIT 2000")]
    taken = set(db.execute_sql("SELECT activity_id, person_id FROM attendance").fetchall())
    kel = db.execute_sql("SELECT code FROM kelurahan ORDER BY code LIMIT 1").fetchone()[0]
    out: dict[str, list[tuple[float, float]]] = {}
    for run in range(runs):
        for name, model, fields, rows in (
            ("50,000 attendance rows", m.Attendance, ATTENDANCE_FIELDS,
             attendance_rows(sessions, people, taken, 50_000)),
            ("50,000 people", m.Person, PERSON_FIELDS, people_rows(50_000, f"w{run}", kel)),
        ):  # fmt: skip
            with db.atomic() as txn:
                with Clock() as clock:
                    bulk.insert_rows(db, model, fields, rows)
                txn.rollback()
            out.setdefault(name, []).append(clock.sample)
    db.close()
    return out


def big_import(pristine: Path, path: Path, f: d.Filters, by_kel: d.Filters,
               run: int) -> list[tuple[str, tuple[float, float]]]:  # fmt: skip
    """50,000 new people and 50,000 attendance rows of theirs at the period's sessions, in one
    transaction, then a refresh and a kelurahan filter."""
    shutil.copy(pristine, path)
    db = database.connect(path, create=False, backup_before_migrate=False)
    try:
        _timed(db, f)  # the result before the import is stored, as in the app
        kel = by_kel.kelurahan or ""
        sessions = [a.id for a in m.Activity.alive().where(m.Activity.date >= f.start).limit(50)]
        rows = people_rows(50_000, f"big{run}", kel)
        with Clock() as insert, db.atomic():
            bulk.insert_rows(db, m.Person, PERSON_FIELDS, rows)
            bulk.insert_rows(db, m.Attendance, ATTENDANCE_FIELDS,
                             attendance_rows(sessions, [r[0] for r in rows], set(), 50_000))  # fmt: skip
        return [
            ("50,000 people + 50,000 attendance rows inserted", insert.sample),
            ("after 50,000 people + 50,000 attendance imported", _timed(db, f)),
            ("  then filter kelurahan (after that import)", _timed(db, by_kel)),
        ]
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="the same database at the schema before "
                        "migrations 0057-0058, for the write cost (default: DB, if not migrated)")  # fmt: skip
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "district.db"
        shutil.copy(args.db, copy)
        raw = pw.SqliteDatabase(str(copy))
        upgraded = 57 in migrations.applied(raw)
        raw.close()
        with Clock() as upgrade:
            db = database.connect(copy, create=False, backup_before_migrate=False)
            if upgraded:  # the shared file was migrated already: the same work, on its own
                dashboard_state.rebuild_facts(db)
        results: dict[str, list[tuple[float, float]]] = {}

        def note(name: str, sample: tuple[float, float]) -> None:
            results.setdefault(name, []).append(sample)

        note("upgrade: facts tables filled (once per file)", upgrade.sample)
        db.close()
        pristine = Path(tmp) / "upgraded.db"
        shutil.copy(copy, pristine)
        db = database.connect(copy, create=False, backup_before_migrate=False)
        actor = Actor.local(db, "bench")
        f = d.default_filters()
        kel = next(iter(d.kelurahan_names()))
        program = d.program_choices()[0][0]
        variants = {
            "kelurahan": f.with_(kelurahan=kel),
            "3 bulan": d.Filters(d.shift_month(f.start, -2), f.end),
            "program": f.with_(program=program),
            "kelurahan + program": f.with_(kelurahan=kel, program=program),
            "semua (kembali)": f,
        }
        people = [p.id for p in m.Person.alive().order_by(m.Person.id).limit(2000)]
        attendance = [a.id for a in m.Attendance.alive().limit(2000)]
        outcomes = [o.id for o in m.Outcome.alive().limit(2000)]
        sessions = [a.id for a in m.Activity.alive().where(m.Activity.date >= f.start).limit(50)]
        enrollments = [e.id for e in m.Enrollment.alive().limit(2000)]
        households = [h.id for h in m.Household.alive().limit(2000)]

        def edit_person(i: int) -> None:
            person = m.Person.get_by_id(people[i])
            person.indigenous = not person.indigenous
            records.save(person, actor)

        def edit_enrollment(i: int) -> None:
            row = m.Enrollment.get_by_id(enrollments[i])
            row.ended_on = None if row.ended_on else f.start
            records.save(row, actor)

        def edit_household(i: int) -> None:
            row = m.Household.get_by_id(households[i])
            row.welfare_decile = 2 if row.welfare_decile != 2 else 8
            records.save(row, actor)

        def edit_attendance(i: int) -> None:
            row = m.Attendance.get_by_id(attendance[i])
            row.present = not row.present
            records.save(row, actor)

        def edit_outcome(i: int) -> None:
            row = m.Outcome.get_by_id(outcomes[i])
            row.value_number = (row.value_number or 0) + 1
            records.save(row, actor)

        def taken() -> set[tuple[str, str]]:
            return set(db.execute_sql("SELECT activity_id, person_id FROM attendance").fetchall())

        def import_attendance(i: int) -> None:
            rows = attendance_rows(sessions[i % len(sessions) :], people, taken(), 500)
            with db.atomic():
                bulk.insert_rows(db, m.Attendance, ATTENDANCE_FIELDS, rows)

        def import_people(i: int) -> None:
            with db.atomic():
                bulk.insert_rows(db, m.Person, PERSON_FIELDS, people_rows(500, str(i), kel))

        edits: dict[str, Callable[[int], None]] = {
            "one person edited": edit_person,
            "one household edited": edit_household,
            "one enrollment edited": edit_enrollment,
            "one attendance edited": edit_attendance,
            "one outcome edited": edit_outcome,
            "500 attendance rows imported": import_attendance,
            "500 people imported": import_people,
        }
        for run in range(args.runs):
            d.clear_caches(persisted=True)
            note("first refresh on the file (nothing stored)", _timed(db, f))
            d.clear_caches()  # the app reopened: the stored result is there
            note("reopened, unchanged data (stored result)", _timed(db, f))
            note("  then filter kelurahan (nothing stored)", _timed(db, variants["kelurahan"]))
            dashboard_state.clear(db)
            for name, variant in variants.items():
                note(f"filter {name} (computed)", _timed(db, variant))
            for name, variant in variants.items():
                note(f"filter {name} again (stored)", _timed(db, variant))
            for name, edit in edits.items():
                _timed(db, f)
                edit(run)
                note(f"after {name}", _timed(db, f))
                note("  then filter kelurahan", _timed(db, variants["kelurahan"]))
        db.close()
        for run in range(args.runs):  # each on a copy of the file as it was after the upgrade
            for sample in big_import(pristine, Path(tmp) / "big.db", f, variants["kelurahan"], run):
                note(*sample)
        db = database.connect(copy, create=False, backup_before_migrate=False)
        data = d.compute(f)
        print(f"people in scope: {data.people}, sessions in {d.period_label(f.start, f.end)}: "
              f"{data.sessions}, outcome indicators: {len(data.outcomes)}")  # fmt: skip
        for name, samples in results.items():
            print(f"{name:<52} {_ms(samples)}")
        db.close()
        # the triggers' cost to writers: the schema before this work against the one after it
        before = Path(tmp) / "before.db"
        shutil.copy(args.before or args.db, before)
        raw = pw.SqliteDatabase(str(before))
        if 57 in migrations.applied(raw):
            raw.close()
            print(
                "write cost: that file is already at migration 0057 (give --before), not measured"
            )
            return
        raw.close()
        print("bulk insert, one transaction (rolled back)")
        for label, path in (("before (0055-0056)", before), ("after (0057-0058)", copy)):
            for name, samples in write_cost(path, args.runs).items():
                print(f"  {label:<20} {name:<28} {_ms(samples)}")


if __name__ == "__main__":
    main()

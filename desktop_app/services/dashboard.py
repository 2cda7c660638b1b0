"""Beranda figures: every number and chart of the dashboard, computed in SQL, without Qt.

Definitions (shared by the dashboard, the reports and the drill-down, so their counts agree):

* **In scope** — a person counts when the record is alive (not tombstoned) and not transferred out.
  "Transferred out" means the person's kelurahan is set to a code outside Kecamatan Alak (not in the
  ``kelurahan`` reference table): the registry records a move out of the district that way. People
  with no kelurahan recorded stay in scope (shown as "Tidak diketahui"). The kelurahan filter keeps
  people of that kelurahan; the program filter keeps people with a living enrollment in the program.
* **Age** is taken on the last day of the period (``Filters.end``), as in ``domain.people.age_on``.
* **Vulnerability categories** are the SQL twin of ``domain.people.vulnerability_categories``
  (a test checks they agree person by person). Poverty and female-headed household read the
  person's living household and its living head.
* **Reached** — a living enrollment in a living program (the filtered one, when set) that overlaps
  the period: enrolled on or before its end and not ended before its start.
* **Sessions held** — living activities of living programs dated in the period; with a kelurahan
  filter, those of programs run in that kelurahan or attended (recorded) by someone from it.
* **Attendance rate** — present / recorded attendance rows of people in scope at those sessions.
* **Services delivered** — living services to people in scope dated in the period (Rupiah sum).
* **Arisan cash held** — on the last day of the period, for living groups/cycles/rounds:
  contributions paid + penalties − payouts handed over (``net``).  The cash-box fee and arrears
  deducted from a payout never leave the box, so this keeps issue 5's invariant
  "payouts + cash on hand = contributions collected + penalties".

Reuse (the < 300 ms target on 100,000 people; figures in ``docs/benchmarks.md``, "Beranda"):

* Plain SQL cannot meet it: one GROUP BY over the people, even over a narrow copy of their facts,
  takes 0.15–0.25 s on the loaded test machine and gives 25,000 groups (birth dates make ages
  nearly unique), and a year of attendance with a distinct count per month 0.5–1 s. So the costly
  parts are kept and patched rather than recomputed.
* Migration 0055 adds triggers on every table read here: a write counter per table
  (``dashboard_gen``) and a log of the people, households, sessions and programs written and of
  the people whose attendance was written (``dashboard_change``); 0056 logs the people whose
  enrollments or outcome measurements were written. Triggers see every writer — the
  single write path, bulk inserts (demo, Excel import), raw UPDATEs — with no service having to
  remember to invalidate anything.
* In memory: each person's static facts and the grouped counts per period end; each person's
  present/recorded attendance per month of the 12-month window with month totals; each session's
  attendees; the outcome pairs (baseline, latest) and enrollments of everyone before the scope.
  After a write, only the logged people (and the members of logged households, and of households
  headed by a logged person) are read again and patched in, and only the people whose attendance
  may have changed are recounted; reach, new participants and outcome pairs are kept per person
  and re-read for the logged people (``_by_person``); more than ``PATCH_LIMIT`` logged records
  read everything again. The scope (tombstoned, moved out, kelurahan, program) is applied to
  those in memory, so a person edit never re-reads outcomes, enrollments or attendance.
* The in-memory facts are dropped when the open file is not the continuation of the one they came
  from (a restored backup: its pages are copied, no trigger fires), checked on the newest entry
  of the hash-chained audit log.
* In the database: every finished result, with the counters of all tables it read
  (``dashboard_cache``). A reopened app shows the Beranda of unchanged data from it, then
  ``warm`` reads the facts in the background so the next filter or edit is answered from memory.
* A property test applies random edits through ``services.records`` and bulk inserts and checks
  every result equals a computation from scratch; ``tests/unit/test_dashboard.py`` checks a
  computation against counts from the raw records.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import peewee as pw

from desktop_app.domain.disability import DISABILITY_THRESHOLD, DOMAINS
from desktop_app.domain.formatting import MONTHS_ID
from desktop_app.domain.people import (
    CHILD_MAX_AGE,
    ELDERLY_MIN_AGE,
    POOR_DECILE_MAX,
    VULNERABILITY,
)
from desktop_app.storage import dashboard_state
from desktop_app.storage.models import Kelurahan, Program, database_proxy

UNKNOWN_KEL = "Tidak diketahui"
CATEGORIES = tuple(VULNERABILITY)
BANDS = tuple(f"{lo}-{lo + 4}" for lo in range(0, 75, 5)) + ("75+", "?")
OUTCOME_CHANGES = ("membaik", "tetap", "memburuk")
CHART_TOP = 10  # outcome chart: the program indicators with the most people measured


# --- Filters and periods --------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    kelurahan: str | None = None  # Kelurahan.code
    program: str | None = None  # Program.id

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def parse_month(text: str) -> tuple[dt.date, dt.date]:
    """``2026-10`` -> (1 Oct, 31 Oct); a clear Indonesian ValueError otherwise."""
    try:
        year_s, month_s = text.strip().split("-")
        year, month = int(year_s), int(month_s)
        if not (1900 <= year <= 2200 and 1 <= month <= 12) or len(year_s) != 4:
            raise ValueError
    except ValueError:
        raise ValueError(f"bulan tidak sah: {text!r} (tulis TTTT-BB, misalnya 2026-10)") from None
    return month_bounds(year, month)


def shift_month(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_label(start: dt.date, end: dt.date) -> str:
    if start.day == 1 and month_bounds(start.year, start.month)[1] == end:
        return f"{MONTHS_ID[start.month - 1]} {start.year}"
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"


def latest_activity_month(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The month of the latest session held (so the demo's Beranda is not empty), else this month."""
    today = today or dt.date.today()
    row = _one(
        "SELECT MAX(a.date) FROM activity a JOIN program pr ON pr.id = a.program_id "
        "AND pr.deleted_at IS NULL WHERE a.deleted_at IS NULL AND a.date <= ?",
        [today.isoformat()],
    )
    day = _date(row) or today
    return month_bounds(day.year, day.month)


def default_filters(months: int = 1, today: dt.date | None = None) -> Filters:
    start, end = latest_activity_month(today)
    return Filters(shift_month(start, -(months - 1)), end)


def kelurahan_names() -> dict[str, str]:
    return {k.code: k.name for k in Kelurahan.select().order_by(Kelurahan.code)}


def program_choices() -> list[tuple[str, str]]:
    return list(Program.alive().select(Program.id, Program.name).order_by(Program.name).tuples())


# --- SQL building blocks -----------------------------------------------------------------------


def _db() -> pw.Database:
    return database_proxy.obj


def _rows(sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(_db().execute_sql(sql, list(params)).fetchall())


def _one(sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
    row = _db().execute_sql(sql, list(params)).fetchone()
    return row[0] if row else None


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def age_sql(on: dt.date, alias: str = "p") -> str:
    """Age in whole years on ``on`` (SQL twin of ``domain.people.age_on``); NULL when unknown."""
    md = on.strftime("%m-%d")
    return (
        f"(CASE WHEN {alias}.birth_date IS NOT NULL THEN {on.year} - "
        f"CAST(substr({alias}.birth_date, 1, 4) AS INTEGER) - "
        f"(substr({alias}.birth_date, 6, 5) > '{md}') "
        f"WHEN {alias}.birth_year IS NOT NULL THEN {on.year} - {alias}.birth_year END)"
    )


EXCLUDED_SQL = (
    "SELECT id FROM person WHERE deleted_at IS NOT NULL "
    "OR kelurahan NOT IN (SELECT code FROM kelurahan)"
)


def base_where(f: Filters, alias: str = "p") -> tuple[str, list[Any]]:
    """The predicate over a ``person`` row that decides whether the person is in scope."""
    parts = [
        f"{alias}.deleted_at IS NULL",
        f"({alias}.kelurahan IS NULL OR {alias}.kelurahan IN (SELECT code FROM kelurahan))",
    ]
    params: list[Any] = []
    if f.kelurahan:
        parts.append(f"{alias}.kelurahan = ?")
        params.append(f.kelurahan)
    if f.program:
        parts.append(
            f"{alias}.id IN (SELECT pe.person_id FROM enrollment pe "
            "WHERE pe.deleted_at IS NULL AND pe.program_id = ?)"
        )
        params.append(f.program)
    return " AND ".join(parts), params


# What each cached part reads (see "Reuse" in the module docstring).
ALL_TABLES = (
    "person", "household", "kelurahan", "program", "enrollment", "activity", "attendance",
    "service", "outcome_indicator", "outcome", "community_group", "arisan_cycle",
    "arisan_round", "arisan_contribution", "arisan_payout",
)  # fmt: skip
SCOPE_TABLES = ("person", "kelurahan")
ATTENDANCE_TABLES = ("attendance", "activity", "program")
OUTCOME_TABLES = ("outcome", "outcome_indicator", "program")
RESULT_VERSION = 2  # bump when a figure's definition changes: stored results are then recomputed
# more records written than this since the last refresh: read everything again (patching 20,000
# logged records took 0.18 s on the district database, reading everything 1.8 s)
PATCH_LIMIT = 50_000


def _gens() -> dict[str, Any]:
    return dashboard_state.generations(_db())


_memo_cache: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}
# The caches are patched in place: one refresh at a time (the page may start a newer one while an
# older one still runs in another worker).
_lock = threading.RLock()


def _memo(name: str, key: tuple[Any, ...], compute_fn: Any,
          tables: tuple[str, ...] = ALL_TABLES) -> Any:  # fmt: skip
    """A result reused while the tables it reads are unchanged (same database, same write
    counters of those tables)."""
    gens = _gens()
    if not gens:
        return compute_fn()
    token = (str(_db().database), *(gens.get(t) for t in tables))
    full = (name, key)
    hit = _memo_cache.get(full)
    if hit is not None and hit[0] == token:
        return hit[1]
    if len(_memo_cache) > 64:
        _memo_cache.clear()
    value = compute_fn()
    _memo_cache[full] = (token, value)
    return value


@dataclass
class _ByPerson:
    seq: int  # dashboard_change.seq the values are current to
    token: tuple[Any, ...]  # counters of the tables read that are not logged per person
    values: dict[str, Any]  # person -> value (absent: nothing for that person)


_by_person_cache: dict[tuple[Any, ...], _ByPerson] = {}


def _by_person(name: str, key: tuple[Any, ...], logged: tuple[str, ...],
               tables: tuple[str, ...], read: Any) -> dict[str, Any]:  # fmt: skip
    """``read(people)`` -> {person: value} for the given people (None: everyone), kept and
    re-read only for the people ``dashboard_change`` names in the ``logged`` tables; read again
    whole when one of the other ``tables`` changed or too much was written."""
    db = _db()
    gens = _gens()
    token = (str(db.database), *(gens.get(t) for t in tables))
    st = _by_person_cache.get((name, key))
    if st is not None and st.token == token:
        newest, changes = dashboard_state.changes_since(db, st.seq, logged, PATCH_LIMIT)
        if changes is not None:
            people = sorted({rid for _tbl, rid in changes})
            if people:
                for pid in people:
                    st.values.pop(pid, None)
                for i in range(0, len(people), 500):
                    st.values.update(read(people[i : i + 500]))
            st.seq = newest
            return st.values
    seq = dashboard_state.last_change(db) if gens else -1
    values = read(None)
    if len(_by_person_cache) > 16:
        _by_person_cache.clear()
    if gens:
        _by_person_cache[(name, key)] = _ByPerson(seq, token, values)
    return values


def _people_in(column: str, people: list[str] | None) -> tuple[str, list[str]]:
    """`` AND column IN (…)`` for at most 500 people (None: no condition)."""
    if people is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(people))})", list(people)


_lineage: list[Any] = [None]  # lineage mark of the database the in-memory caches were built from


def _check_lineage() -> None:
    """Drop everything in memory when the open file is no longer the continuation of the one the
    caches came from (another file, a restored backup)."""
    db = _db()
    if not dashboard_state.same_lineage(db, _lineage[0]):
        clear_caches()
    _lineage[0] = dashboard_state.lineage_mark(db)


def _excluded_ids() -> list[str]:
    """Ids of the people out of scope (tombstoned or moved out): kept with the person facts when
    those are in memory, else read (and cached until people change)."""
    with _lock:  # reports reach here through scope_pred, outside compute
        if str(_db().database) in _people_cache:
            return sorted(_people().excluded)
        return _memo("excluded", (), lambda: [r[0] for r in _rows(EXCLUDED_SQL)], SCOPE_TABLES)


def scope_pred(f: Filters, column: str) -> tuple[str, list[Any]]:
    """The same scope as ``base_where`` for a column holding a person id, without joining
    ``person`` row by row (the excluded set — tombstoned and moved out — is small)."""
    excluded = _excluded_ids()
    if len(excluded) <= 500:  # the usual case: a short list beats a scan of every person
        parts = [f"{column} NOT IN ({','.join('?' * len(excluded))})"]
        params: list[Any] = list(excluded)
    else:
        parts, params = [f"{column} NOT IN ({EXCLUDED_SQL})"], []
    if f.kelurahan:
        parts.append(f"{column} IN (SELECT id FROM person WHERE kelurahan = ?)")
        params.append(f.kelurahan)
    if f.program:
        parts.append(
            f"{column} IN (SELECT pe.person_id FROM enrollment pe "
            "WHERE pe.deleted_at IS NULL AND pe.program_id = ?)"
        )
        params.append(f.program)
    return " AND ".join(parts), params


def people_cte(f: Filters) -> tuple[str, list[Any]]:
    """``WITH … flagged AS (…)``: one row per person in scope with derived columns.

    Columns: id, kel, sex, age, band, ``d_<domain>`` per WG-SS domain, the eight category flags,
    ``vulnerable`` and ``reached``.
    """
    where, params = base_where(f)
    wg = {d: f"COALESCE(p.wg_{d}, 0) >= {DISABILITY_THRESHOLD}" for d in DOMAINS}
    reach_params: list[Any] = [f.end.isoformat(), f.start.isoformat()]
    program_clause = ""
    if f.program:
        program_clause = " AND e.program_id = ?"
        reach_params.append(f.program)
    sql = f"""
    WITH female_headed AS (
      SELECT h.id FROM household h JOIN person hp ON hp.id = h.head_id
      WHERE h.deleted_at IS NULL AND hp.deleted_at IS NULL AND hp.sex = 'P'
    ), poor AS (
      SELECT id FROM household WHERE deleted_at IS NULL
      AND welfare_decile BETWEEN 1 AND {POOR_DECILE_MAX}
    ), reach AS (
      SELECT e.person_id FROM enrollment e JOIN program pr ON pr.id = e.program_id
      AND pr.deleted_at IS NULL WHERE e.deleted_at IS NULL
      AND (e.enrolled_on IS NULL OR e.enrolled_on <= ?)
      AND (e.ended_on IS NULL OR e.ended_on >= ?){program_clause}
    ), base AS MATERIALIZED (
      SELECT p.id AS id, p.kelurahan AS kel, p.sex AS sex, {age_sql(f.end)} AS age,
        {", ".join(f"({expr}) AS d_{d}" for d, expr in wg.items())},
        (p.indigenous = 1) AS adat,
        (p.nik IS NULL OR p.nik = '') AS tanpa_nik,
        COALESCE(p.household_id IN poor, 0) AS miskin,
        COALESCE(p.household_id IN female_headed, 0) AS kk_perempuan,
        (p.id IN reach) AS reached
      FROM person p WHERE {where}
    ), people AS (
      SELECT *,
        COALESCE(age <= {CHILD_MAX_AGE}, 0) AS anak,
        COALESCE(age >= {ELDERLY_MIN_AGE}, 0) AS lansia,
        (sex = 'P') AS perempuan,
        ({" OR ".join(f"d_{d}" for d in DOMAINS)}) AS disabilitas,
        CASE WHEN age IS NULL THEN '?' WHEN age >= 75 THEN '75+'
             WHEN age < 0 THEN '0-4'
             ELSE ((age / 5) * 5) || '-' || ((age / 5) * 5 + 4) END AS band
      FROM base
    ), flagged AS (
      SELECT *, ({" OR ".join(CATEGORIES)}) AS vulnerable FROM people
    )
    """
    return sql, reach_params + params


def band_of(age: int | None) -> str:
    """Five-year band as the SQL above computes it (negative ages — data errors — go to 0-4)."""
    if age is None:
        return "?"
    if age >= 75:
        return "75+"
    low = (max(age, 0) // 5) * 5
    return f"{low}-{low + 4}"


def sessions_sql(f: Filters, start: dt.date | None = None, end: dt.date | None = None,
                 by_kelurahan: bool = True) -> tuple[str, list[Any]]:  # fmt: skip
    """SELECT of the ids (and dates) of the sessions held, per the definition above.

    ``by_kelurahan=False`` leaves out the kelurahan condition for callers that only read the
    attendance of that kelurahan's people: their sessions meet it by definition."""
    start, end = start or f.start, end or f.end
    sql = (
        "SELECT a.id AS id, a.date AS date, a.program_id AS program_id FROM activity a "
        "JOIN program pr ON pr.id = a.program_id AND +pr.deleted_at IS NULL "
        "WHERE +a.deleted_at IS NULL AND a.date BETWEEN ? AND ?"
    )
    params: list[Any] = [start.isoformat(), end.isoformat()]
    if f.program:
        sql += " AND a.program_id = ?"
        params.append(f.program)
    if f.kelurahan and by_kelurahan:
        sql += (
            " AND (pr.kelurahan = ? OR a.id IN (SELECT t.activity_id FROM attendance t "
            "WHERE t.deleted_at IS NULL AND t.person_id IN (SELECT tp.id FROM person tp "
            "WHERE tp.kelurahan = ? AND tp.deleted_at IS NULL)))"
        )
        params += [f.kelurahan, f.kelurahan]
    return sql, params


# --- The figures -------------------------------------------------------------------------------


@dataclass
class Dashboard:
    filters: Filters
    people: int = 0
    households: int = 0
    vulnerable: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    reached: int = 0
    reached_vulnerable: int = 0
    sessions: int = 0
    attendance_present: int = 0
    attendance_recorded: int = 0
    services_count: int = 0
    services_amount: int = 0
    arisan_cash: int = 0
    # charts
    kelurahan: list[tuple[str | None, str]] = field(default_factory=list)  # (code, name) in order
    vulnerable_by_kel: dict[str | None, dict[str, int]] = field(default_factory=dict)
    pyramid: dict[str, dict[str, int]] = field(default_factory=dict)  # band -> {L, P}
    disability: dict[str, int] = field(default_factory=dict)  # WG-SS domain -> people
    months: list[str] = field(default_factory=list)  # YYYY-MM, 12 months up to the period end
    new_enrollees: dict[str, int] = field(default_factory=dict)
    attendance_by_month: dict[str, tuple[int, int]] = field(default_factory=dict)  # present, rec.
    attendees_by_month: dict[str, int] = field(default_factory=dict)  # distinct people present
    outcomes: list[OutcomeRow] = field(default_factory=list)
    coverage: dict[str | None, dict[str, int]] = field(default_factory=dict)  # kel -> reached/…
    from_store: bool = field(default=False, compare=False)  # loaded as stored, not recomputed

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_recorded:
            return None
        return self.attendance_present / self.attendance_recorded

    @property
    def reached_share(self) -> float | None:
        return self.reached_vulnerable / self.vulnerable if self.vulnerable else None


@dataclass
class OutcomeRow:
    indicator_id: str
    program_id: str
    program: str
    indicator: str
    kind: str
    unit: str | None
    measured: int = 0  # people with a baseline and a later measurement
    membaik: int = 0
    tetap: int = 0
    memburuk: int = 0
    baseline_mean: float | None = None
    latest_mean: float | None = None
    people: dict[str, str] = field(default_factory=dict)  # person id -> change


def compute(f: Filters, progress: Any = None) -> Dashboard:
    """All figures for the filters, one read transaction.

    A result is stored in the database with the write counters of every table it read; the same
    filters on unchanged data (a reopened app, a filter chosen again) load it instead."""
    db = _db()
    key = json.dumps([f.start.isoformat(), f.end.isoformat(), f.kelurahan, f.program])

    def stored_result() -> tuple[Dashboard | None, dict[str, Any], str]:
        gens = _gens()
        token = json.dumps([RESULT_VERSION, list(Dashboard.__dataclass_fields__),
                            sorted(gens.items())])  # fmt: skip
        stored = dashboard_state.load(db, key) if gens else None
        if stored is not None and stored[0] == token:
            try:
                return _decode(f, stored[1]), gens, token
            except (ValueError, KeyError, TypeError):
                pass  # an unreadable entry is recomputed and replaced
        return None, gens, token

    with db.atomic():  # a stored result needs no lock: it never waits for a warm-up
        hit, gens, token = stored_result()
    if hit is not None:
        return hit
    with _lock:
        with db.atomic():
            hit, gens, token = stored_result()  # stored meanwhile by the refresh we waited for
            if hit is not None:
                return hit
            _check_lineage()
            out = _compute(f, progress)
        if gens:
            dashboard_state.store(db, key, token, _encode(out))
            _prune()
    return out


def needs_warming() -> bool:
    """True when the person facts of the open database are not in memory yet (a result loaded
    from the database was shown): ``warm`` then prepares them, so that the next filter or edit
    is answered from memory."""
    return database_proxy.obj is not None and str(_db().database) not in _people_cache


def warm(f: Filters) -> None:
    """Read what ``compute(f)`` keeps in memory (run off the GUI thread after opening)."""
    with _lock:
        with _db().atomic():
            _check_lineage()
            _compute(f)
        _prune()


def _prune() -> None:
    """Drop the change log before what is in memory (it only serves other processes still behind
    it, and they read everything again); done once it holds 20,000 such entries."""
    states = (*_people_cache.values(), *_attendance_cache.values(), *_by_person_cache.values())
    seqs = [st.seq for st in states]
    if seqs and min(seqs) > 0:
        dashboard_state.prune(_db(), min(seqs))


def _encode(out: Dashboard) -> str:
    data = {
        k: getattr(out, k) for k in out.__dataclass_fields__ if k not in ("filters", "from_store")
    }
    for name in ("vulnerable_by_kel", "coverage"):
        data[name] = list(data[name].items())  # None (unknown kelurahan) is a key
    data["outcomes"] = [vars(row) for row in out.outcomes]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _decode(f: Filters, payload: str) -> Dashboard:
    data = json.loads(payload)
    for name in ("vulnerable_by_kel", "coverage"):
        data[name] = dict(data[name])
    data["kelurahan"] = [tuple(x) for x in data["kelurahan"]]
    data["attendance_by_month"] = {m: tuple(v) for m, v in data["attendance_by_month"].items()}
    data["outcomes"] = [OutcomeRow(**row) for row in data["outcomes"]]
    return Dashboard(f, **data, from_store=True)


def _compute(f: Filters, progress: Any = None) -> Dashboard:
    out = Dashboard(f)
    _person_figures(out, f)
    if progress:
        progress(1, 5, "")
    _time_series(out, f)
    if progress:
        progress(2, 5, "")
    _activity_figures(out, f)
    if progress:
        progress(3, 5, "")
    out.outcomes = outcome_rows(f)
    if progress:
        progress(4, 5, "")
    out.arisan_cash = arisan_cash(f)
    return out


# The person figures read every person in scope. What does not depend on the period or the
# filters (kelurahan, sex, birth, disability domains, adat, NIK, poverty, female-headed household)
# is read once into memory; afterwards only the people written since (``dashboard_change``, kept by
# triggers for every writer) are read again and patched in, with the grouped counts.
_STATIC_BITS = (*(f"d_{d}" for d in DOMAINS), "adat", "tanpa_nik", "miskin", "kk_perempuan")


@dataclass
class _People:
    seq: int  # dashboard_change.seq the facts are current to
    kel_fp: Any  # the kelurahan reference table's content
    rows: dict[str, tuple[Any, ...]]  # person id -> (kel, sex, birth year, birth mm-dd, bits)
    excluded: set[str]  # people out of scope: tombstoned or moved out
    groups: dict[tuple[int, str], tuple[_Slices, dict[str, tuple[Any, ...]]]] = field(
        default_factory=dict
    )


_people_cache: dict[str, _People] = {}
_PEOPLE_LOG = ("person", "household")


def clear_caches(persisted: bool = False) -> None:
    """Forget every cached fact and result (tests, benchmarks; never needed for correctness);
    with ``persisted`` also the results stored in the database."""
    for cache in (_people_cache, _memo_cache, _attendance_cache, _by_person_cache):
        cache.clear()
    if persisted and database_proxy.obj is not None:
        dashboard_state.clear(_db())


def _wg_bits_sql() -> str:
    return " + ".join(
        f"{1 << i} * (COALESCE(p.wg_{d}, 0) >= {DISABILITY_THRESHOLD})"
        for i, d in enumerate(DOMAINS)
    )


def _read_people() -> dict[str, tuple[Any, ...]]:
    n = len(DOMAINS)
    # household flags in a dict: cheaper than two SQL lookups per person
    household_bits = {
        hid: (1 << (n + 2)) * (decile is not None and 1 <= decile <= POOR_DECILE_MAX)
        + (1 << (n + 3)) * (head_sex == "P")
        for hid, decile, head_sex in _rows(
            "SELECT h.id, h.welfare_decile, hp.sex FROM household h LEFT JOIN person hp "
            "ON hp.id = h.head_id AND hp.deleted_at IS NULL WHERE h.deleted_at IS NULL"
        )
    }
    where, params = base_where(Filters(dt.date.min, dt.date.max))
    return {
        pid: (kel, sex, by, bmd, bits | household_bits.get(hid, 0))
        for pid, kel, sex, by, bmd, bits, hid in _rows(
            "SELECT p.id, p.kelurahan, p.sex, "
            "COALESCE(CAST(substr(p.birth_date, 1, 4) AS INTEGER), p.birth_year), "
            f"substr(p.birth_date, 6, 5), {_wg_bits_sql()} + {1 << n} * (p.indigenous = 1) "
            f"+ {1 << (n + 1)} * (p.nik IS NULL OR p.nik = ''), p.household_id "
            f"FROM person p WHERE {where}",
            params,
        )
    }


def _read_some_people(ids: list[str]) -> dict[str, tuple[Any, ...] | None]:
    """The same facts for the given people, None for those out of scope (the household flags
    joined here, for a few people)."""
    n = len(DOMAINS)
    where, params = base_where(Filters(dt.date.min, dt.date.max))
    out: dict[str, tuple[Any, ...] | None] = dict.fromkeys(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for pid, kel, sex, by, bmd, bits in _rows(
            "SELECT p.id, p.kelurahan, p.sex, "
            "COALESCE(CAST(substr(p.birth_date, 1, 4) AS INTEGER), p.birth_year), "
            f"substr(p.birth_date, 6, 5), {_wg_bits_sql()} + {1 << n} * (p.indigenous = 1) "
            f"+ {1 << (n + 1)} * (p.nik IS NULL OR p.nik = '') "
            f"+ {1 << (n + 2)} * COALESCE(h.welfare_decile BETWEEN 1 AND {POOR_DECILE_MAX}, 0) "
            f"+ {1 << (n + 3)} * COALESCE(hp.sex = 'P', 0) "
            "FROM person p LEFT JOIN household h ON h.id = p.household_id "
            "AND h.deleted_at IS NULL LEFT JOIN person hp ON hp.id = h.head_id "
            f"AND hp.deleted_at IS NULL WHERE {where} AND p.id IN ({','.join('?' * len(chunk))})",
            params + chunk,
        ):
            out[pid] = (kel, sex, by, bmd, bits)
    return out


def _people() -> _People:
    """Everyone's static facts, current to the last write (patched for what changed)."""
    db = _db()
    key = str(db.database)
    gens = _gens()
    st = _people_cache.get(key)
    if st is not None and gens and st.kel_fp == gens.get("kelurahan"):
        newest, changes = dashboard_state.changes_since(db, st.seq, _PEOPLE_LOG, PATCH_LIMIT)
        if changes is not None:
            if changes:
                _patch_people(st, changes)
            st.seq = newest
            return st
    seq = dashboard_state.last_change(db) if gens else -1
    st = _People(seq, gens.get("kelurahan"), _read_people(), {r[0] for r in _rows(EXCLUDED_SQL)})
    _people_cache.clear()  # one database at a time is plenty
    if gens:
        _people_cache[key] = st
    return st


def _patch_people(st: _People, changes: list[tuple[str, str]]) -> None:
    people = {rid for tbl, rid in changes if tbl == "person"}
    households = sorted({rid for tbl, rid in changes if tbl == "household"})
    people |= dashboard_state.members_of(_db(), households, sorted(people))
    fresh = _read_some_people(sorted(people))
    for (year, md), (slices, key_of) in st.groups.items():
        on_delta: Counter[tuple[Any, ...]] = Counter()
        for pid, facts in fresh.items():
            old = key_of.pop(pid, None)
            if old is not None:
                on_delta[old[:4]] -= 1
            if facts is not None:
                group = _group_of(facts, year, md)
                on_delta[group] += 1
                key_of[pid] = (*group, _person_info(*group)[1])
        _add_slices(slices, _slices(on_delta))
    for pid, facts in fresh.items():
        if facts is None:
            st.rows.pop(pid, None)
            st.excluded.add(pid)
        else:
            st.rows[pid] = facts
            st.excluded.discard(pid)


def _static_people() -> dict[str, tuple[Any, ...]]:
    """person id -> (kelurahan, sex, birth year, birth mm-dd or None, static bits), in scope."""
    return _people().rows


def reached_ids(f: Filters) -> dict[str, bool]:
    """People with an enrollment reaching the period (everyone, before the scope), as the keys."""

    def read(people: list[str] | None) -> dict[str, bool]:
        sql = (
            "SELECT DISTINCT e.person_id FROM enrollment e JOIN program pr "
            "ON pr.id = e.program_id AND pr.deleted_at IS NULL WHERE e.deleted_at IS NULL "
            "AND (e.enrolled_on IS NULL OR e.enrolled_on <= ?) "
            "AND (e.ended_on IS NULL OR e.ended_on >= ?)"
        )
        params: list[Any] = [f.end.isoformat(), f.start.isoformat()]
        if f.program:
            sql += " AND e.program_id = ?"
            params.append(f.program)
        clause, extra = _people_in("e.person_id", people)
        return {r[0]: True for r in _rows(sql + clause, params + extra)}

    return _by_person("reached", (f.start, f.end, f.program), ("enrollment",), ("program",), read)


@dataclass
class _Slices:
    """Person figures per kelurahan (None = unknown), before the period's reach."""

    people: Counter[Any] = field(default_factory=Counter)
    vulnerable: Counter[Any] = field(default_factory=Counter)
    by_category: dict[Any, Counter[str]] = field(default_factory=dict)
    pyramid: dict[Any, Counter[tuple[str, str]]] = field(default_factory=dict)
    disability: dict[Any, Counter[str]] = field(default_factory=dict)


def _person_info(kel: Any, sex: str, age: int | None, bits: int) -> tuple[list[str], bool]:
    """Category codes of a group and whether it is vulnerable (the SQL twin is ``people_cte``)."""
    n = len(DOMAINS)
    flags = {
        "anak": age is not None and age <= CHILD_MAX_AGE,
        "lansia": age is not None and age >= ELDERLY_MIN_AGE,
        "perempuan": sex == "P",
        "disabilitas": bool(bits & ((1 << n) - 1)),
        "adat": bool(bits & (1 << n)),
        "tanpa_nik": bool(bits & (1 << (n + 1))),
        "miskin": bool(bits & (1 << (n + 2))),
        "kk_perempuan": bool(bits & (1 << (n + 3))),
    }
    cats = [c for c in CATEGORIES if flags[c]]
    return cats, bool(cats)


def _slices(groups: Counter[tuple[Any, ...]]) -> _Slices:
    out = _Slices()
    info: dict[tuple[Any, ...], tuple[list[str], bool]] = {}
    for (kel, sex, age, bits), count in groups.items():
        key = (sex, age, bits)
        if key not in info:
            info[key] = _person_info(kel, sex, age, bits)
        cats, vulnerable = info[key]
        out.people[kel] += count
        if vulnerable:
            out.vulnerable[kel] += count
        by_cat = out.by_category.setdefault(kel, Counter())
        for c in cats:
            by_cat[c] += count
        if sex in ("L", "P"):
            out.pyramid.setdefault(kel, Counter())[(band_of(age), sex)] += count
        dis = out.disability.setdefault(kel, Counter())
        for i, domain in enumerate(DOMAINS):
            if bits & (1 << i):
                dis[domain] += count
    return out


def _group_of(facts: tuple[Any, ...], year: int, md: str) -> tuple[Any, ...]:
    kel, sex, by, bmd, bits = facts
    age = None if by is None else year - by - (bmd is not None and bmd > md)
    return (kel, sex, age, bits)


def _add_slices(into: _Slices, delta: _Slices) -> None:
    into.people.update(delta.people)
    into.vulnerable.update(delta.vulnerable)
    for mine, theirs in ((into.by_category, delta.by_category), (into.pyramid, delta.pyramid),
                         (into.disability, delta.disability)):  # fmt: skip
        for kel, counts in theirs.items():
            mine.setdefault(kel, Counter()).update(counts)


def _static_groups(on: dt.date) -> tuple[_Slices, dict[str, tuple[Any, ...]]]:
    """Everyone's figures for periods ending on ``on`` and each person's group
    (kelurahan, sex, age, bits, vulnerable). Kept with the static facts and patched with them."""
    st = _people()
    md = on.strftime("%m-%d")
    hit = st.groups.get((on.year, md))
    if hit is not None:
        return hit
    key_of: dict[str, tuple[Any, ...]] = {}
    vuln_of: dict[tuple[Any, ...], bool] = {}
    for pid, facts in st.rows.items():
        group = _group_of(facts, on.year, md)
        key_of[pid] = group
        if group not in vuln_of:
            vuln_of[group] = _person_info(*group)[1]
    slices = _slices(Counter(key_of.values()))
    key_of = {pid: (*g, vuln_of[g]) for pid, g in key_of.items()}
    if len(st.groups) >= 4:
        st.groups.clear()
    st.groups[(on.year, md)] = (slices, key_of)
    return slices, key_of


def _program_members(program: str) -> set[str]:
    """People with a living enrollment in the program (the program filter's scope)."""
    return {
        r[0]
        for r in _rows(
            "SELECT DISTINCT person_id FROM enrollment WHERE deleted_at IS NULL AND program_id = ?",
            [program],
        )
    }


def _person_figures(out: Dashboard, f: Filters) -> None:
    everyone, key_of = _static_groups(f.end)
    if f.program:
        members = _program_members(f.program)
        base = _slices(Counter(key_of[p][:4] for p in members if p in key_of))
    else:
        base = everyone
    reached: Counter[tuple[Any, bool]] = Counter(
        (key_of[p][0], key_of[p][4]) for p in reached_ids(f) if p in key_of
    )
    names = kelurahan_names()
    kels: list[tuple[str | None, str]] = [
        (code, name) for code, name in names.items() if not f.kelurahan or code == f.kelurahan
    ]
    if not f.kelurahan and base.people.get(None):
        kels.append((None, UNKNOWN_KEL))
    out.kelurahan = kels
    out.by_category = dict.fromkeys(CATEGORIES, 0)
    out.disability = dict.fromkeys(DOMAINS, 0)
    out.pyramid = {b: {"L": 0, "P": 0} for b in BANDS}
    out.vulnerable_by_kel = {}
    out.coverage = {}
    for kel, _name in kels:
        cats = base.by_category.get(kel, Counter())
        out.vulnerable_by_kel[kel] = {c: cats.get(c, 0) for c in CATEGORIES}
        for c in CATEGORIES:
            out.by_category[c] += cats.get(c, 0)
        for domain, count in base.disability.get(kel, Counter()).items():
            out.disability[domain] += count
        for (band, sex), count in base.pyramid.get(kel, Counter()).items():
            out.pyramid.setdefault(band, {"L": 0, "P": 0})[sex] += count
        hit, hit_vulnerable = reached[(kel, False)] + reached[(kel, True)], reached[(kel, True)]
        out.people += base.people.get(kel, 0)
        out.vulnerable += base.vulnerable.get(kel, 0)
        out.reached += hit
        out.reached_vulnerable += hit_vulnerable
        out.coverage[kel] = {
            "terjangkau": hit,
            "rentan_belum": base.vulnerable.get(kel, 0) - hit_vulnerable,
            "penduduk": base.people.get(kel, 0),
        }
    out.households = households(f)


def households(f: Filters) -> int:
    """Living households in Alak (or unknown kelurahan); with a program filter, those with a member
    in scope."""
    tables = ("household", "kelurahan") + (("person", "enrollment") if f.program else ())
    return _memo("households", (f.kelurahan, f.program), lambda: _households(f), tables)


def _households(f: Filters) -> int:
    sql = (
        "SELECT COUNT(*) FROM household h WHERE h.deleted_at IS NULL AND (h.kelurahan IS NULL "
        "OR h.kelurahan IN (SELECT code FROM kelurahan))"
    )
    params: list[Any] = []
    if f.kelurahan:
        sql += " AND h.kelurahan = ?"
        params.append(f.kelurahan)
    if f.program:
        where, wparams = base_where(f)
        sql += f" AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND {where})"
        params += wparams
    return int(_one(sql, params) or 0)


def _sessions_held(f: Filters) -> int:
    """The number of sessions held (``sessions_sql``). With a kelurahan filter, each session's
    attendees are kept in memory while attendance is unchanged, and matched against the person
    facts: a person written since does not make the sessions be read again."""
    if not f.kelurahan or f.kelurahan not in kelurahan_names():
        s_sql, s_params = sessions_sql(f)
        return int(_one(f"SELECT COUNT(*) FROM ({s_sql})", s_params) or 0)

    def read() -> dict[str, tuple[Any, list[str]]]:
        s_sql, s_params = sessions_sql(Filters(f.start, f.end, program=f.program))
        out: dict[str, tuple[Any, list[str]]] = {}
        for sid, kel, pid in _rows(
            f"SELECT s.id, pr.kelurahan, t.person_id FROM ({s_sql}) s JOIN program pr "
            "ON pr.id = s.program_id LEFT JOIN attendance t ON t.activity_id = s.id "
            "AND +t.deleted_at IS NULL",
            s_params,
        ):
            entry = out.setdefault(sid, (kel, []))
            if pid is not None:
                entry[1].append(pid)
        return out

    sessions = _memo("session_people", (f.start, f.end, f.program), read, ATTENDANCE_TABLES)
    rows = _static_people()  # alive and in Alak: a person of that kelurahan is in scope
    return sum(
        1
        for kel, people in sessions.values()
        if kel == f.kelurahan or any(p in rows and rows[p][0] == f.kelurahan for p in people)
    )


def _activity_figures(out: Dashboard, f: Filters) -> None:
    out.sessions = _sessions_held(f)
    period = [m for m in out.months if f"{f.start:%Y-%m}" <= m <= f"{f.end:%Y-%m}"]
    if f.start.day == 1 and out.months and f"{f.start:%Y-%m}" >= out.months[0]:
        # whole months inside the twelve already counted: no second pass over attendance
        present = sum(out.attendance_by_month[m][0] for m in period)
        recorded = sum(out.attendance_by_month[m][1] for m in period)
    else:
        present, recorded = attendance_totals(f)
    out.attendance_present, out.attendance_recorded = present, recorded
    count, amount = services_totals(f)
    out.services_count, out.services_amount = count, amount


def attendance_rows_sql(f: Filters, start: dt.date | None = None, end: dt.date | None = None
                        ) -> tuple[str, list[Any]]:  # fmt: skip
    """Attendance rows of people in scope at the sessions held: columns person_id, present, date
    (of the session), activity_id — all in the covering index of migration 0050. ``+`` keeps
    SQLite (without statistics) from walking the near-useless ``deleted_at`` index instead."""
    s_sql, s_params = sessions_sql(f, start, end, by_kelurahan=False)
    pred, p_params = scope_pred(f, "t.person_id")
    sql = (
        "SELECT t.person_id AS person_id, t.present AS present, s.date AS date, "
        f"s.id AS activity_id FROM ({s_sql}) s JOIN attendance t ON t.activity_id = s.id "
        f"WHERE +t.deleted_at IS NULL AND {pred}"
    )
    return sql, s_params + p_params


def attendance_totals(f: Filters) -> tuple[int, int]:
    sql, params = attendance_rows_sql(f)
    present, recorded = (
        _db()
        .execute_sql(f"SELECT COALESCE(SUM(present), 0), COUNT(*) FROM ({sql})", params)
        .fetchone()
    )
    return int(present), int(recorded)


def services_sql(f: Filters) -> tuple[str, list[Any]]:
    """Services delivered to people in scope in the period: id, person_id, kind, amount, date,
    program_id."""
    pred, p_params = scope_pred(f, "sv.person_id")
    sql = (
        "SELECT sv.id AS id, sv.person_id AS person_id, sv.kind AS kind, sv.amount AS amount, "
        "sv.date AS date, sv.program_id AS program_id FROM service sv "
        f"WHERE sv.deleted_at IS NULL AND sv.date BETWEEN ? AND ? AND {pred}"
    )
    params = [f.start.isoformat(), f.end.isoformat(), *p_params]
    if f.program:
        sql += " AND sv.program_id = ?"
        params.append(f.program)
    return sql, params


def services_totals(f: Filters) -> tuple[int, int]:
    sql, params = services_sql(f)
    count, amount = (
        _db()
        .execute_sql(f"SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM ({sql})", params)
        .fetchone()
    )
    return int(count), int(amount)


def month_keys(end: dt.date, count: int = 12) -> list[str]:
    first = shift_month(end, -(count - 1))
    return [f"{shift_month(first, i):%Y-%m}" for i in range(count)]


def new_enrollees_sql(f: Filters, start: dt.date, end: dt.date) -> tuple[str, list[Any]]:
    """Enrollments of people in scope in living programs, enrolled between start and end:
    columns person_id, month."""
    pred, p_params = scope_pred(f, "e.person_id")
    sql = (
        "SELECT e.person_id AS person_id, substr(e.enrolled_on, 1, 7) AS month FROM enrollment e "
        "JOIN program pr ON pr.id = e.program_id AND pr.deleted_at IS NULL "
        f"WHERE e.deleted_at IS NULL AND e.enrolled_on BETWEEN ? AND ? AND {pred}"
    )
    params = [start.isoformat(), end.isoformat(), *p_params]
    if f.program:
        sql += " AND e.program_id = ?"
        params.append(f.program)
    return sql, params


def _enrollee_months(start: dt.date, end: dt.date, program: str | None) -> dict[str, set[str]]:
    """Person -> the months (YYYY-MM) of their enrollments in living programs between start and
    end, for everyone (the scope is applied by the caller)."""

    def read(people: list[str] | None) -> dict[str, set[str]]:
        sql = (
            "SELECT e.person_id, substr(e.enrolled_on, 1, 7) FROM enrollment e "
            "JOIN program pr ON pr.id = e.program_id AND pr.deleted_at IS NULL "
            "WHERE e.deleted_at IS NULL AND e.enrolled_on BETWEEN ? AND ?"
        )
        params = [start.isoformat(), end.isoformat()]
        if program:
            sql += " AND e.program_id = ?"
            params.append(program)
        clause, extra = _people_in("e.person_id", people)
        out: dict[str, set[str]] = {}
        for pid, month in _rows(sql + clause, params + extra):
            out.setdefault(pid, set()).add(month)
        return out

    return _by_person("enrollees", (start, end, program), ("enrollment",), ("program",), read)


def _grouped_attendance(sql: str, params: list[Any]) -> dict[str, tuple[int, ...]]:
    return {
        m: (int(p), int(r), int(who))
        for m, p, r, who in _rows(
            f"SELECT substr(date, 1, 7), COALESCE(SUM(present), 0), COUNT(*), "
            f"COUNT(DISTINCT CASE WHEN present THEN person_id END) FROM ({sql}) GROUP BY 1",
            params,
        )
    }


def _attendance_by_month(f: Filters, start: dt.date, end: dt.date) -> dict[str, tuple[int, ...]]:
    """Per month: present, recorded, distinct people present — for people in scope.

    With a program filter, counted in SQL over that program's sessions. Otherwise from everyone's
    attendance per person and month, kept in memory and patched for the people whose attendance
    changed: the whole district is its totals less the few people out of scope (tombstoned,
    moved out); a kelurahan is the sum over its people.
    """
    if f.program:
        return _grouped_attendance(*attendance_rows_sql(f, start, end))
    st = _attendance_state(start, end)
    if not f.kelurahan:
        totals = {m: list(v) for m, v in st.totals.items()}
        for pid in _excluded_ids():
            for month, (present, recorded) in st.per_person.get(pid, {}).items():
                t = totals[month]
                t[0] -= present
                t[1] -= recorded
                t[2] -= present > 0
        return {m: tuple(v) for m, v in totals.items()}
    rows = _static_people()
    out: dict[str, list[int]] = {}
    for pid, months in st.per_person.items():
        facts = rows.get(pid)
        if facts is None or facts[0] != f.kelurahan:
            continue
        for month, (present, recorded) in months.items():
            t = out.setdefault(month, [0, 0, 0])
            t[0] += present
            t[1] += recorded
            t[2] += present > 0
    return {m: tuple(v) for m, v in out.items()}


@dataclass
class _Attendance:
    seq: int
    per_person: dict[str, dict[str, list[int]]]  # person -> month -> [present, recorded]
    totals: dict[str, list[int]] = field(default_factory=dict)  # month -> [present, rec., people]

    def add(self, month: str, present: int, recorded: int, sign: int = 1) -> None:
        t = self.totals.setdefault(month, [0, 0, 0])
        t[0] += sign * present
        t[1] += sign * recorded
        t[2] += sign * (present > 0)


_attendance_cache: dict[tuple[str, dt.date, dt.date], _Attendance] = {}
_ATTENDANCE_LOG = ("attendance", "activity", "program")


def _attendance_per_person(start: dt.date, end: dt.date, people: list[str] | None = None
                           ) -> list[tuple[Any, ...]]:  # fmt: skip
    """(person, month, present, recorded) of the sessions held between start and end, for
    everyone or, read through the person index, for the given people."""
    if people is None:
        s_sql, s_params = sessions_sql(Filters(start, end))
        return _rows(
            "SELECT t.person_id, substr(s.date, 1, 7), COALESCE(SUM(t.present), 0), COUNT(*) "
            f"FROM ({s_sql}) s JOIN attendance t ON t.activity_id = s.id "
            "WHERE +t.deleted_at IS NULL GROUP BY 1, 2",
            s_params,
        )
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(people), 500):
        chunk = people[i : i + 500]
        out += _rows(
            "SELECT t.person_id, substr(a.date, 1, 7), COALESCE(SUM(t.present), 0), COUNT(*) "
            "FROM attendance t CROSS JOIN activity a ON a.id = t.activity_id "
            "JOIN program pr ON pr.id = a.program_id AND +pr.deleted_at IS NULL "
            f"WHERE t.person_id IN ({','.join('?' * len(chunk))}) AND +t.deleted_at IS NULL "
            "AND +a.deleted_at IS NULL AND +a.date BETWEEN ? AND ? GROUP BY 1, 2",
            [*chunk, start.isoformat(), end.isoformat()],
        )
    return out


def _attendance_state(start: dt.date, end: dt.date) -> _Attendance:
    db = _db()
    key = (str(db.database), start, end)
    st = _attendance_cache.get(key)
    if st is not None:
        newest, changes = dashboard_state.changes_since(db, st.seq, _ATTENDANCE_LOG, PATCH_LIMIT)
        people = _attendance_people_touched(changes) if changes is not None else None
        if people is not None:
            if people:
                _patch_attendance(st, people, start, end)
            st.seq = newest
            return st
    gens = _gens()
    st = _Attendance(dashboard_state.last_change(db) if gens else -1, {})
    for pid, month, present, recorded in _attendance_per_person(start, end):
        st.per_person.setdefault(pid, {})[month] = [int(present), int(recorded)]
        st.add(month, int(present), int(recorded))
    if len(_attendance_cache) >= 3:
        _attendance_cache.clear()
    if gens:
        _attendance_cache[key] = st
    return st


def _attendance_people_touched(changes: list[tuple[str, str]]) -> list[str] | None:
    """The people whose attendance may count differently after these writes (None: too many)."""
    people = {rid for tbl, rid in changes if tbl == "attendance"}
    for tbl, sql in (
        ("activity", "SELECT DISTINCT person_id FROM attendance WHERE activity_id IN ({})"),
        ("program", "SELECT DISTINCT t.person_id FROM activity a JOIN attendance t "
                    "ON t.activity_id = a.id WHERE a.program_id IN ({})"),
    ):  # fmt: skip
        ids = sorted({rid for t, rid in changes if t == tbl})
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            people.update(r[0] for r in _rows(sql.format(",".join("?" * len(chunk))), chunk))
            if len(people) > PATCH_LIMIT:
                return None
    return sorted(people)


def _patch_attendance(st: _Attendance, people: list[str], start: dt.date, end: dt.date) -> None:
    for pid in people:
        for month, (present, recorded) in st.per_person.pop(pid, {}).items():
            st.add(month, present, recorded, -1)
    for pid, month, present, recorded in _attendance_per_person(start, end, people):
        st.per_person.setdefault(pid, {})[month] = [int(present), int(recorded)]
        st.add(month, int(present), int(recorded))


def _time_series(out: Dashboard, f: Filters) -> None:
    """Twelve months up to the end of the period: new participants and attendance per month."""
    out.months = month_keys(f.end)
    first = dt.date.fromisoformat(out.months[0] + "-01")
    rows = _static_people()
    who: dict[str, set[str]] = {}
    for pid, months in _enrollee_months(first, f.end, f.program).items():
        facts = rows.get(pid)  # in scope; with a program filter its enrollment makes it a member
        if facts is not None and (not f.kelurahan or facts[0] == f.kelurahan):
            for month in months:
                who.setdefault(month, set()).add(pid)
    out.new_enrollees = {m: len(who.get(m, ())) for m in out.months}
    att = _attendance_by_month(f, first, f.end)
    out.attendance_by_month = {m: att.get(m, (0, 0, 0))[:2] for m in out.months}
    people = {m: v[2] for m, v in att.items()}
    out.attendees_by_month = {m: int(people.get(m, 0)) for m in out.months}


def _choice_rank(choices: str | None) -> dict[str, int]:
    try:
        items = json.loads(choices) if choices else []
    except ValueError:
        items = []
    return {str(c): i for i, c in enumerate(items)}


def outcome_rows(f: Filters, followup_since: dt.date | None = None) -> list[OutcomeRow]:
    key = (f.end, f.kelurahan, f.program, followup_since)
    tables = OUTCOME_TABLES + SCOPE_TABLES + (("enrollment",) if f.program else ())
    with _lock:
        _check_lineage()
        return _memo("outcomes", key, lambda: _outcome_rows(f, followup_since), tables)


def _outcome_metas(program: str | None) -> list[tuple[Any, ...]]:
    """The living indicators of living programs (of one program)."""
    meta_sql = (
        "SELECT oi.id, oi.program_id, pr.name, oi.name, oi.kind, oi.unit, oi.choices, "
        "oi.higher_is_better FROM outcome_indicator oi JOIN program pr "
        "ON pr.id = oi.program_id AND pr.deleted_at IS NULL WHERE oi.deleted_at IS NULL"
    )
    meta_params: list[Any] = []
    if program:
        meta_sql += " AND oi.program_id = ?"
        meta_params.append(program)
    return _memo("outcome_metas", (program,), lambda: _rows(meta_sql, meta_params),
                 ("outcome_indicator", "program"))  # fmt: skip


def _outcome_series(end: dt.date, program: str | None) -> tuple[list[Any], list[Any]]:
    """Indicator rows and, per (indicator, person) measured — everyone, before the scope —
    (indicator, person, baseline, latest value, latest date, change), comparing the earliest
    baseline with the latest follow-up up to ``end``. Kept per person: re-read for the people
    whose measurements were written, whole when indicators or programs change."""
    metas = _outcome_metas(program)
    ranks = {m[0]: (m[4], _choice_rank(m[6])) for m in metas}
    hib = {m[0]: bool(m[7]) for m in metas}

    def read(people: list[str] | None) -> dict[str, list[tuple[Any, ...]]]:
        sql = (
            "SELECT o.indicator_id, o.person_id, o.is_baseline, o.date, o.id, o.value_number, "
            "o.value_text FROM outcome o WHERE +o.deleted_at IS NULL AND o.date <= ?"
        )
        params: list[Any] = [end.isoformat()]
        if program:
            sql += " AND o.indicator_id IN (SELECT id FROM outcome_indicator WHERE program_id = ?)"
            params.append(program)
        clause, extra = _people_in("o.person_id", people)
        series: dict[tuple[str, str], list[Any]] = {}
        for ind, person, is_base, date_v, oid, num, text in _rows(sql + clause, params + extra):
            meta = ranks.get(ind)
            if meta is None:
                continue
            value = meta[1].get(text) if meta[0] == "pilihan" else num
            if value is None:
                continue
            entry = series.setdefault((ind, person), [None, None])
            key = (str(date_v), oid, value)
            if is_base:
                if entry[0] is None or key[:2] < entry[0][:2]:
                    entry[0] = key
            elif entry[1] is None or key[:2] > entry[1][:2]:
                entry[1] = key
        out: dict[str, list[tuple[Any, ...]]] = {}
        for (ind, person), (first, last) in series.items():
            # only a follow-up measured after the baseline shows a change
            if first is None or last is None or last[:2] <= first[:2]:
                continue
            base, latest = first[2], last[2]
            diff = (latest - base) if hib[ind] else (base - latest)
            change = "membaik" if diff > 0 else ("memburuk" if diff < 0 else "tetap")
            out.setdefault(person, []).append((ind, person, base, latest, _date(last[0]), change))
        return out

    by_person = _by_person("outcomes", (end, program), ("outcome",),
                           ("outcome_indicator", "program"), read)  # fmt: skip
    return metas, [pair for pairs in by_person.values() for pair in pairs]


def _outcome_rows(f: Filters, followup_since: dt.date | None) -> list[OutcomeRow]:
    """Per program indicator: baseline vs the latest later measurement up to the period end.

    A person counts as measured when they have a baseline and at least one later (non-baseline)
    measurement; the earliest baseline and the latest follow-up are compared. ``membaik`` follows
    the indicator's direction (``higher_is_better``); choices compare by their order (worst first).
    With ``followup_since``, only people whose latest follow-up falls on or after that day count
    (the changes recorded in a monthly report's period).
    """
    metas, pairs = _outcome_series(f.end, f.program)
    indicators: dict[str, tuple[OutcomeRow, dict[str, int], bool]] = {
        ind: (OutcomeRow(ind, prog, pname, iname, kind, unit), {}, bool(hib))
        for ind, prog, pname, iname, kind, unit, _choices, hib in metas
    }
    rows = _static_people()  # the scope: in Alak, alive; then the filters
    members = _program_members(f.program) if f.program else None
    sums: dict[str, list[float]] = {}
    for ind, person, base, latest, latest_on, change in pairs:
        facts = rows.get(person)
        if (
            facts is None
            or (f.kelurahan and facts[0] != f.kelurahan)
            or (members is not None and person not in members)
            or (followup_since is not None and latest_on < followup_since)
        ):
            continue
        row = indicators[ind][0]
        row.people[person] = change
        row.measured += 1
        setattr(row, change, getattr(row, change) + 1)
        acc = sums.setdefault(ind, [0.0, 0.0])
        acc[0] += base
        acc[1] += latest
    result = []
    for ind, (row, _rank, _hib) in indicators.items():
        if row.measured:
            row.baseline_mean = sums[ind][0] / row.measured
            row.latest_mean = sums[ind][1] / row.measured
            result.append(row)
    result.sort(key=lambda r: (-r.measured, r.program, r.indicator))
    return result


def arisan_cash(f: Filters) -> int:
    """Cash held by the arisan boxes on ``f.end`` (see the module docstring)."""
    join = (
        "JOIN arisan_round r ON r.id = x.round_id AND r.deleted_at IS NULL "
        "JOIN arisan_cycle cy ON cy.id = r.cycle_id AND cy.deleted_at IS NULL "
        "JOIN community_group g ON g.id = cy.group_id AND g.deleted_at IS NULL "
        "WHERE x.deleted_at IS NULL AND (x.paid_on IS NULL OR x.paid_on <= ?)"
    )
    params: list[Any] = [f.end.isoformat()]
    if f.kelurahan:
        join += " AND g.kelurahan = ?"
        params.append(f.kelurahan)
    if f.program:
        join += " AND g.program_id = ?"
        params.append(f.program)
    collected = _one(
        f"SELECT COALESCE(SUM(x.paid + x.penalty), 0) FROM arisan_contribution x {join}", params
    )
    # As the ledger counts it (domain.arisan): a payout hands over its net and settles the
    # winner's deducted arrears; a voided payout hands over nothing.
    paid_out = _one(
        f"SELECT COALESCE(SUM(x.net + x.arrears_deducted), 0) FROM arisan_payout x {join} "
        "AND x.void_reason IS NULL", params,
    )  # fmt: skip
    return int(collected) - int(paid_out)


# --- Drill-down ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What the user clicked: ``figure`` and its keys, under ``filters``.

    figure / keys:
      ``people`` — everyone in scope; ``vulnerable``; ``category`` (category);
      ``reached``; ``reached_vulnerable``; ``kel_category`` (kel, category);
      ``pyramid`` (band, sex); ``disability`` (domain); ``coverage`` (kel, "terjangkau" |
      "rentan_belum"); ``new_enrollees`` (YYYY-MM); ``attendees`` (YYYY-MM: people present at
      least once that month); ``outcome`` (indicator id, change).
    """

    figure: str
    filters: Filters
    keys: tuple[Any, ...] = ()


def _flag_predicate(sel: Selection) -> tuple[str, list[Any]]:
    k = sel.keys
    if sel.figure == "people":
        return "1", []
    if sel.figure == "vulnerable":
        return "vulnerable", []
    if sel.figure == "category" and k[0] in CATEGORIES:
        return k[0], []
    if sel.figure == "reached":
        return "reached", []
    if sel.figure == "reached_vulnerable":
        return "reached AND vulnerable", []
    if sel.figure == "kel_category" and k[1] in CATEGORIES:
        return f"kel IS ? AND {k[1]}", [k[0]]
    if sel.figure == "pyramid":
        return "band = ? AND sex = ?", [k[0], k[1]]
    if sel.figure == "disability" and k[0] in DOMAINS:
        return f"d_{k[0]}", []
    if sel.figure == "coverage":
        if k[1] == "terjangkau":
            return "kel IS ? AND reached", [k[0]]
        if k[1] == "rentan_belum":
            return "kel IS ? AND vulnerable AND NOT reached", [k[0]]
    raise ValueError(f"pilihan grafik tidak dikenal: {sel.figure} {k}")


def people_ids_for(sel: Selection) -> list[str]:
    """Exactly the people behind a figure, bar or slice (the count equals the figure)."""
    with _lock:
        _check_lineage()
        return _people_ids_for(sel)


def _people_ids_for(sel: Selection) -> list[str]:
    f = sel.filters
    if sel.figure == "new_enrollees":
        start = dt.date.fromisoformat(sel.keys[0] + "-01")
        end = min(month_bounds(start.year, start.month)[1], f.end)
        e_sql, e_params = new_enrollees_sql(f, start, end)
        return [r[0] for r in _rows(f"SELECT DISTINCT person_id FROM ({e_sql})", e_params)]
    if sel.figure == "attendees":
        start = dt.date.fromisoformat(sel.keys[0] + "-01")
        end = min(month_bounds(start.year, start.month)[1], f.end)
        a_sql, a_params = attendance_rows_sql(f, start, end)
        return [r[0] for r in _rows(f"SELECT DISTINCT person_id FROM ({a_sql}) WHERE present",
                                    a_params)]  # fmt: skip
    if sel.figure == "outcome":
        ind, change = sel.keys
        for row in outcome_rows(f):
            if row.indicator_id == ind:
                return [p for p, c in row.people.items() if change in (None, c)]
        return []
    cte, params = people_cte(f)
    pred, p_params = _flag_predicate(sel)
    return [r[0] for r in _rows(f"{cte} SELECT id FROM flagged WHERE {pred}", params + p_params)]


@dataclass
class PersonLine:
    id: str
    name: str
    nik: str | None
    sex: str
    age: int | None
    kelurahan: str


def people_lines(ids: list[str], on: dt.date) -> list[PersonLine]:
    """Name, NIK, sex, age and kelurahan of the given people, sorted by name."""
    names = kelurahan_names()
    out: list[PersonLine] = []
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start : chunk_start + 900]
        marks = ",".join("?" * len(chunk))
        for pid, name, nik, sex, age, kel in _rows(
            f"SELECT p.id, p.name, p.nik, p.sex, {age_sql(on)}, p.kelurahan FROM person p "
            f"WHERE p.id IN ({marks})",
            chunk,
        ):
            out.append(PersonLine(pid, name, nik, sex, age, names.get(kel, kel or UNKNOWN_KEL)))
    out.sort(key=lambda line: (line.name.lower(), line.id))
    return out

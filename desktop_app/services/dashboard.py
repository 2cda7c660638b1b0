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

Speed (the < 300 ms target on 100,000 people, every refresh; figures in ``docs/benchmarks.md``,
"Beranda"):

* Counting over the records themselves takes about two seconds there (100,000 people's facts,
  a year of attendance per person and month, 33,000 outcome measurements), and keeping those
  facts in memory only helps once they have been read. So the facts live in the file, in tables
  that triggers keep exact on every write, whoever writes (migration 0057, described there):
  each living person's facts; living people counted per (kelurahan, sex, birth year, no static
  flag) and per (kelurahan, flags); enrollments with their person's facts; attendance per person
  and month and its totals per kelurahan and month; per outcome indicator and person the earliest
  baseline and the latest follow-up.
* A refresh reads those tables with a handful of indexed queries and sums a few thousand rows
  (ages on the period end: the birth year gives the age, and for the birth years on an age-band,
  child or elderly boundary the ``MM-DD`` index counts who has not had this year's birthday yet);
  the outcome chart reads one summary row per person measured. Nothing is kept in memory
  between refreshes: there is nothing to warm up, and no amount of writing makes a refresh read
  everything again (the writers pay instead: see "Cost on writes" in ``docs/benchmarks.md``).
* Every finished result is also stored in the file with the write counters of all tables it read
  (``dashboard_cache``): a reopened app, or a filter chosen again, on unchanged data loads it.
* ``tests/unit/test_dashboard.py`` checks the figures against counts from the raw records;
  ``tests/unit/test_dashboard_incremental.py`` applies random edits through every kind of writer
  and checks the tables equal a rebuild from the records and the figures equal a computation
  on that rebuild.
"""

from __future__ import annotations

import datetime as dt
import json
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


RESULT_VERSION = 3  # bump when a figure's definition changes: stored results are then recomputed


def clear_caches(persisted: bool = False) -> None:
    """Nothing is kept in memory any more; with ``persisted``, forget the results stored in the
    database (tests, benchmarks)."""
    if persisted and database_proxy.obj is not None:
        dashboard_state.clear(_db())


def _in_scope_kels() -> set[str]:
    """Kelurahan keys of ``dashboard_*`` tables that are in scope: the codes of Alak and ``''``
    (none recorded)."""
    return {"", *kelurahan_names()}


def _excluded_ids() -> list[str]:
    """Ids of the people out of scope: tombstoned, or moved out (their kelurahan key, found in
    the per-kelurahan counts, is not of Alak)."""
    gone = [r[0] for r in _rows("SELECT id FROM person WHERE deleted_at IS NOT NULL")]
    away = sorted({r[0] for r in _rows("SELECT kel FROM dashboard_flags WHERE n > 0")}
                  - _in_scope_kels())  # fmt: skip
    moved = [r[0] for r in _rows(
        f"SELECT id FROM dashboard_person WHERE kel IN ({','.join('?' * len(away))})", away
    )] if away else []  # fmt: skip
    return sorted({*gone, *moved})


def scope_pred(f: Filters, column: str) -> tuple[str, list[Any]]:
    """The same scope as ``base_where`` for a column holding a person id, without joining
    ``person`` row by row (the excluded set — tombstoned and moved out — is small)."""
    excluded = _excluded_ids()
    if len(excluded) <= 500:  # the usual case: a short list beats a scan of every person
        parts = [f"{column} NOT IN ({','.join('?' * len(excluded))})"]
        params: list[Any] = list(excluded)
    else:
        parts, params = [f"{column} NOT IN ({EXCLUDED_SQL})"], []
    if f.kelurahan:  # each row's person looked up (a kelurahan may hold most of the people)
        parts.append(
            f"EXISTS (SELECT 1 FROM dashboard_person dp WHERE dp.id = {column} AND dp.kel = ?)"
        )
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
    with db.atomic():
        gens = dashboard_state.generations(db)
        token = json.dumps([RESULT_VERSION, list(Dashboard.__dataclass_fields__),
                            sorted(gens.items())])  # fmt: skip
        stored = dashboard_state.load(db, key) if gens else None
        if stored is not None and stored[0] == token:
            try:
                return _decode(f, stored[1])
            except (ValueError, KeyError, TypeError):
                pass  # an unreadable entry is recomputed and replaced
        out = _compute(f, progress)
    if gens:
        dashboard_state.store(db, key, token, _encode(out))
    return out


def needs_warming() -> bool:
    """Always False: nothing is kept in memory that a refresh would need (the facts are in the
    file). Kept for callers written when a background warm-up followed a stored result."""
    return False


def warm(f: Filters) -> None:
    """Nothing to do (see ``needs_warming``)."""


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


# --- Person figures from the kept facts --------------------------------------------------------
#
# ``ages`` counts people per (kelurahan key, sex, age on the period end or None, no static flag)
# and ``flags`` per (kelurahan key, static bits: WG-SS domains, adat, no NIK, poor household,
# female-headed household — the bit order of migration 0057). Together they give every person
# figure: being vulnerable needs the joint view only for "no flag at all", which ``ages`` keeps.

_STATIC_CATEGORIES = ("adat", "tanpa_nik", "miskin", "kk_perempuan")  # bits after the domains


def _age_class(age: int | None) -> tuple[str, bool, bool]:
    """What an age decides here: the pyramid band, child, elderly."""
    if age is None:
        return "?", False, False
    return band_of(age), age <= CHILD_MAX_AGE, age >= ELDERLY_MIN_AGE


@dataclass
class _Kel:
    """The person figures of one kelurahan key, before the period's reach."""

    people: int = 0
    not_vulnerable: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    pyramid: Counter[tuple[str, str]] = field(default_factory=Counter)
    disability: Counter[str] = field(default_factory=Counter)


def _tally(ages: Counter[tuple[Any, ...]], flags: Counter[tuple[Any, ...]]) -> dict[str, _Kel]:
    out: dict[str, _Kel] = {}
    classes: dict[int | None, tuple[str, bool, bool]] = {}
    for (kel, sex, age, plain), n in ages.items():
        if not n:
            continue
        k = out.get(kel) or out.setdefault(kel, _Kel())
        cls = classes.get(age)
        if cls is None:
            cls = classes[age] = _age_class(age)
        band, child, elderly = cls
        k.people += n
        if sex in ("L", "P"):
            k.pyramid[(band, sex)] += n
        if child:
            k.categories["anak"] += n
        if elderly:
            k.categories["lansia"] += n
        if sex == "P":
            k.categories["perempuan"] += n
        elif plain and not child and not elderly:
            k.not_vulnerable += n
    nd = len(DOMAINS)
    for (kel, bits), n in flags.items():
        if not n or not bits:
            continue
        k = out.get(kel) or out.setdefault(kel, _Kel())
        if bits & ((1 << nd) - 1):
            k.categories["disabilitas"] += n
        for i, domain in enumerate(DOMAINS):
            if bits & (1 << i):
                k.disability[domain] += n
        for i, category in enumerate(_STATIC_CATEGORIES):
            if bits & (1 << (nd + i)):
                k.categories[category] += n
    return out


def _kel_clause(f: Filters, column: str = "kel") -> tuple[str, list[Any]]:
    return (f" AND {column} = ?", [f.kelurahan]) if f.kelurahan else ("", [])


def _everyone(f: Filters) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """``ages`` and ``flags`` of every living person (of the kelurahan filtered), from the counts
    per birth year; for the birth years where a birthday still to come this year changes the age's
    band, child or elderly status, those born after the period end's ``MM-DD`` are counted apart."""
    year, md = f.end.year, f.end.strftime("%m-%d")
    kel_sql, kel_params = _kel_clause(f)
    counts = _rows(
        f"SELECT kel, sex, known, by, plain, n FROM dashboard_people WHERE n != 0{kel_sql}",
        kel_params,
    )
    years = {by for _k, _s, known, by, _p, _n in counts if known}
    edge = sorted(by for by in years if _age_class(year - by) != _age_class(year - by - 1))
    later: dict[tuple[Any, ...], int] = {}
    kels = [f.kelurahan] if f.kelurahan else sorted(_in_scope_kels())  # out of scope: not shown
    if edge:
        later = {
            (kel, sex, by, plain): n
            for kel, sex, by, plain, n in _rows(
                "SELECT kel, sex, by, bits = 0, COUNT(*) FROM dashboard_person "
                f"INDEXED BY dashboard_person_kel_birth WHERE kel IN ({','.join('?' * len(kels))}) "
                f"AND by IN ({','.join('?' * len(edge))}) AND bmd > ? GROUP BY 1, 2, 3, 4",
                [*kels, *edge, md],
            )
        }
    ages: Counter[tuple[Any, ...]] = Counter()
    for kel, sex, known, by, plain, n in counts:
        if not known:
            ages[(kel, sex, None, plain)] += n
            continue
        late = later.get((kel, sex, by, plain), 0)
        ages[(kel, sex, year - by, plain)] += n - late
        if late:
            ages[(kel, sex, year - by - 1, plain)] += late
    flags: Counter[tuple[Any, ...]] = Counter(
        {(kel, bits): n for kel, bits, n in _rows(
            f"SELECT kel, bits, n FROM dashboard_flags WHERE n != 0{kel_sql}", kel_params)}
    )  # fmt: skip
    return ages, flags


def _members(f: Filters) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """``ages`` and ``flags`` of the living people enrolled (living enrollment) in the program."""
    year, md = f.end.year, f.end.strftime("%m-%d")
    kel_sql, kel_params = _kel_clause(f, "dp.kel")
    ages: Counter[tuple[Any, ...]] = Counter()
    flags: Counter[tuple[Any, ...]] = Counter()
    for kel, sex, by, bmd, bits in _rows(
        "SELECT dp.kel, dp.sex, dp.by, dp.bmd, dp.bits FROM dashboard_person dp WHERE dp.id IN "
        "(SELECT person_id FROM enrollment WHERE deleted_at IS NULL AND program_id = ?)"
        f"{kel_sql}",
        [f.program, *kel_params],
    ):
        age = None if by is None else year - by - (bmd is not None and bmd > md)
        ages[(kel, sex, age, int(bits == 0))] += 1
        flags[(kel, bits)] += 1
    return ages, flags


def _reach(f: Filters) -> dict[str, tuple[int, int]]:
    """kelurahan key -> (people reached, of whom vulnerable): living enrollments in living
    programs overlapping the period, with their person's facts (``dashboard_enrollment``)."""
    index = "" if f.program else " INDEXED BY dashboard_enrollment_reach"
    sql = (
        f"FROM dashboard_enrollment{index} WHERE (enrolled_on IS NULL OR enrolled_on <= ?) "
        "AND (ended_on IS NULL OR ended_on >= ?)"
    )
    params: list[Any] = [f.end.isoformat(), f.start.isoformat()]
    if f.program:
        sql += " AND program_id = ?"
        params.append(f.program)
    kel_sql, kel_params = _kel_clause(f)
    sql += kel_sql
    params += kel_params
    reached = _rows(f"SELECT kel, COUNT(DISTINCT person_id) {sql} GROUP BY kel", params)
    # not vulnerable: no static flag, not a woman, an age (if known) neither child nor elderly
    plain = dict(_rows(
        f"SELECT kel, COUNT(DISTINCT person_id) {sql} AND sex != 'P' AND plain "
        f"AND (by IS NULL OR {f.end.year} - by - COALESCE(bmd > ?, 0) "
        f"BETWEEN {CHILD_MAX_AGE + 1} AND {ELDERLY_MIN_AGE - 1}) GROUP BY kel",
        [*params, f.end.strftime("%m-%d")],
    ))  # fmt: skip
    return {kel: (n, n - plain.get(kel, 0)) for kel, n in reached if kel is not None}


def _person_figures(out: Dashboard, f: Filters) -> None:
    by_kel = _tally(*(_members(f) if f.program else _everyone(f)))
    reach = _reach(f)
    names = kelurahan_names()
    kels: list[tuple[str | None, str]] = [
        (code, name) for code, name in names.items() if not f.kelurahan or code == f.kelurahan
    ]
    none = _Kel()
    if not f.kelurahan and by_kel.get("", none).people:
        kels.append((None, UNKNOWN_KEL))
    out.kelurahan = kels
    out.by_category = dict.fromkeys(CATEGORIES, 0)
    out.disability = dict.fromkeys(DOMAINS, 0)
    out.pyramid = {b: {"L": 0, "P": 0} for b in BANDS}
    out.vulnerable_by_kel = {}
    out.coverage = {}
    for kel, _name in kels:
        k = by_kel.get(kel or "", none)
        out.vulnerable_by_kel[kel] = {c: k.categories.get(c, 0) for c in CATEGORIES}
        for c in CATEGORIES:
            out.by_category[c] += k.categories.get(c, 0)
        for domain, count in k.disability.items():
            out.disability[domain] += count
        for (band, sex), count in k.pyramid.items():
            out.pyramid.setdefault(band, {"L": 0, "P": 0})[sex] += count
        vulnerable = k.people - k.not_vulnerable
        hit, hit_vulnerable = reach.get(kel or "", (0, 0))
        out.people += k.people
        out.vulnerable += vulnerable
        out.reached += hit
        out.reached_vulnerable += hit_vulnerable
        out.coverage[kel] = {
            "terjangkau": hit,
            "rentan_belum": vulnerable - hit_vulnerable,
            "penduduk": k.people,
        }
    out.households = households(f)


def _program_members(program: str) -> set[str]:
    """People with a living enrollment in the program (the program filter's scope)."""
    return {
        r[0]
        for r in _rows(
            "SELECT DISTINCT person_id FROM enrollment WHERE deleted_at IS NULL AND program_id = ?",
            [program],
        )
    }


def households(f: Filters) -> int:
    """Living households in Alak (or unknown kelurahan); with a program filter, those with a member
    in scope."""
    sql = (
        "SELECT COUNT(*) FROM household h WHERE +h.deleted_at IS NULL AND (h.kelurahan IS NULL "
        "OR h.kelurahan IN (SELECT code FROM kelurahan))"
    )
    params: list[Any] = []
    if f.kelurahan:
        sql += " AND h.kelurahan = ?"
        params.append(f.kelurahan)
    if f.program:
        where, wparams = base_where(f)
        sql += f" AND h.id IN (SELECT p.household_id FROM person p WHERE {where})"
        params += wparams
    return int(_one(sql, params) or 0)


def _sessions_held(f: Filters) -> int:
    """The number of sessions held (``sessions_sql``); with a kelurahan filter, a session attended
    by someone of that kelurahan is found through each attendee's kept facts."""
    s_sql, s_params = sessions_sql(f, by_kelurahan=False)
    if f.kelurahan:
        s_sql += (
            " AND (pr.kelurahan = ? OR EXISTS (SELECT 1 FROM attendance t "
            "JOIN dashboard_person dp ON dp.id = t.person_id WHERE t.activity_id = a.id "
            "AND +t.deleted_at IS NULL AND dp.kel = ?))"
        )
        s_params += [f.kelurahan, f.kelurahan]
    return int(_one(f"SELECT COUNT(*) FROM ({s_sql})", s_params) or 0)


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
    """Per month from ``start`` (a first day) to ``end``: present, recorded, distinct people
    present — for people in scope.

    With a program filter, counted in SQL over that program's sessions. Otherwise read from the
    totals kept per kelurahan and month (``dashboard_attendance_month``); a last month cut short
    by ``end`` is counted in SQL."""
    if f.program:
        return _grouped_attendance(*attendance_rows_sql(f, start, end))
    whole = month_bounds(end.year, end.month)[1] == end
    last = f"{end:%Y-%m}" if whole else f"{shift_month(end, -1):%Y-%m}"
    kel_sql, kel_params = _kel_clause(f)
    scope = _in_scope_kels()
    out: dict[str, list[int]] = {}
    for kel, month, present, recorded, people in _rows(
        "SELECT kel, month, present, recorded, people FROM dashboard_attendance_month "
        f"WHERE month BETWEEN ? AND ?{kel_sql}",
        [f"{start:%Y-%m}", last, *kel_params],
    ):
        if kel in scope:
            t = out.setdefault(month, [0, 0, 0])
            t[0] += present
            t[1] += recorded
            t[2] += people
    result = {m: tuple(v) for m, v in out.items() if any(v)}
    if not whole:
        result.update(_grouped_attendance(*attendance_rows_sql(f, end.replace(day=1), end)))
    return result


def _new_enrollees(f: Filters, months: list[str]) -> dict[str, int]:
    """Per month: people in scope with an enrollment (living, in a living program) made that month,
    up to the period end (``dashboard_enrollment``)."""
    sql = (
        "SELECT month, kel, COUNT(DISTINCT person_id) FROM dashboard_enrollment "
        "WHERE month BETWEEN ? AND ? AND enrolled_on <= ?"
    )
    params: list[Any] = [months[0], months[-1], f.end.isoformat()]
    if f.program:
        sql += " AND program_id = ?"
        params.append(f.program)
    kel_sql, kel_params = _kel_clause(f)
    scope = _in_scope_kels()
    out: Counter[str] = Counter()
    for month, kel, n in _rows(f"{sql}{kel_sql} GROUP BY month, kel", params + kel_params):
        if kel in scope:
            out[month] += n
    return out


def _time_series(out: Dashboard, f: Filters) -> None:
    """Twelve months up to the end of the period: new participants and attendance per month."""
    out.months = month_keys(f.end)
    first = dt.date.fromisoformat(out.months[0] + "-01")
    enrolled = _new_enrollees(f, out.months)
    out.new_enrollees = {m: enrolled.get(m, 0) for m in out.months}
    att = _attendance_by_month(f, first, f.end)
    out.attendance_by_month = {m: att.get(m, (0, 0, 0))[:2] for m in out.months}
    out.attendees_by_month = {m: int(att.get(m, (0, 0, 0))[2]) for m in out.months}


def _choice_rank(choices: str | None) -> dict[str, int]:
    try:
        items = json.loads(choices) if choices else []
    except ValueError:
        items = []
    return {str(c): i for i, c in enumerate(items)}


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
    return _rows(meta_sql, meta_params)


def _outcome_series(f: Filters) -> tuple[list[Any], list[Any]]:
    """Indicator rows and, per (indicator, person) measured — everyone, or the people of the
    filtered kelurahan, before the rest of the scope — (indicator, person, baseline, latest value,
    latest date as text, change), comparing the earliest baseline with the latest follow-up up to
    ``f.end`` (by date, then id).

    For indicators compared by number, the pair's summary kept in ``dashboard_outcome`` is used
    when none of its measurements is dated after the period; the other pairs and the ``pilihan``
    indicators (compared by the rank of the chosen text) are read from the measurements."""
    metas = _outcome_metas(f.program)
    ranks = {m[0]: (m[4], _choice_rank(m[6])) for m in metas}
    hib = {m[0]: bool(m[7]) for m in metas}
    choice = sorted(ind for ind, (kind, _rank) in ranks.items() if kind == "pilihan")
    on = f.end.isoformat()
    scope, scope_params = "", []
    if f.program:
        scope += " AND {0}indicator_id IN (SELECT id FROM outcome_indicator WHERE program_id = ?)"
        scope_params.append(f.program)
    if f.kelurahan:
        scope += (
            " AND EXISTS (SELECT 1 FROM dashboard_person dp WHERE dp.id = {0}person_id "
            "AND dp.kel = ?)"
        )
        scope_params.append(f.kelurahan)
    pairs: list[tuple[Any, ...]] = []
    for ind, person, base, latest, latest_on in _rows(
        "SELECT indicator_id, person_id, base_value, last_value, last_date FROM dashboard_outcome "
        "WHERE +newest <= ? AND (last_date, last_id) > (base_date, base_id)"
        + scope.format("dashboard_outcome."),
        [on, *scope_params],
    ):
        meta = ranks.get(ind)
        if meta is not None and meta[0] != "pilihan":
            diff = (latest - base) if hib[ind] else (base - latest)
            change = "membaik" if diff > 0 else ("memburuk" if diff < 0 else "tetap")
            pairs.append((ind, person, base, latest, latest_on, change))
    columns = (
        "o.indicator_id, o.person_id, o.is_baseline, o.date, o.id, o.value_number, o.value_text"
    )
    raw = _rows(
        f"SELECT {columns} FROM dashboard_outcome d CROSS JOIN outcome o "
        "ON o.person_id = d.person_id AND o.indicator_id = d.indicator_id WHERE d.newest > ? "
        "AND +o.deleted_at IS NULL AND o.date <= ?" + scope.format("d."),
        [on, on, *scope_params],
    )
    raw = [r for r in raw if r[0] in ranks and ranks[r[0]][0] != "pilihan"]
    if choice:
        raw += _rows(
            f"SELECT {columns} FROM outcome o WHERE o.indicator_id IN "
            f"({','.join('?' * len(choice))}) AND +o.deleted_at IS NULL AND o.date <= ?"
            + scope.format("o."),
            [*choice, on, *scope_params],
        )
    series: dict[tuple[str, str], list[Any]] = {}
    for ind, person, is_base, date_v, oid, num, text in raw:
        meta = ranks[ind]
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
    for (ind, person), (first, last) in series.items():
        # only a follow-up measured after the baseline shows a change
        if first is not None and last is not None and last[:2] > first[:2]:
            base, latest = first[2], last[2]
            diff = (latest - base) if hib[ind] else (base - latest)
            change = "membaik" if diff > 0 else ("memburuk" if diff < 0 else "tetap")
            pairs.append((ind, person, base, latest, last[0], change))
    return metas, pairs


def outcome_rows(f: Filters, followup_since: dt.date | None = None) -> list[OutcomeRow]:
    """Per program indicator: baseline vs the latest later measurement up to the period end.

    A person counts as measured when they have a baseline and at least one later (non-baseline)
    measurement; the earliest baseline and the latest follow-up are compared. ``membaik`` follows
    the indicator's direction (``higher_is_better``); choices compare by their order (worst first).
    With ``followup_since``, only people whose latest follow-up falls on or after that day count
    (the changes recorded in a monthly report's period).
    """
    metas, pairs = _outcome_series(f)
    indicators: dict[str, OutcomeRow] = {
        ind: OutcomeRow(ind, prog, pname, iname, kind, unit)
        for ind, prog, pname, iname, kind, unit, _choices, _hib in metas
    }
    excluded = set(_excluded_ids())  # the scope: in Alak and alive, then the program
    members = _program_members(f.program) if f.program else None
    since = followup_since.isoformat() if followup_since else None
    sums: dict[str, list[Any]] = {}  # indicator -> [baseline sum, latest sum, Counter of changes]
    for ind, person, base, latest, latest_on, change in pairs:
        if (
            person in excluded
            or (members is not None and person not in members)
            or (since is not None and str(latest_on)[:10] < since)
        ):
            continue
        indicators[ind].people[person] = change
        acc = sums.get(ind) or sums.setdefault(ind, [0, 0, Counter()])
        acc[0] += base
        acc[1] += latest
        acc[2][change] += 1
    result = []
    for ind, row in indicators.items():
        if ind in sums:
            base_sum, latest_sum, changes = sums[ind]
            row.measured = sum(changes.values())
            row.membaik, row.tetap, row.memburuk = (changes[c] for c in OUTCOME_CHANGES)
            row.baseline_mean = base_sum / row.measured
            row.latest_mean = latest_sum / row.measured
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

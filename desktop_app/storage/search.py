"""People search and filtering in SQL: the registry list's queries, kept inside storage.

Everything SQLite-specific about finding people lives here (the FTS5 trigram index from migration
0010, row-value keyset paging), so the services and the UI speak only of ``PersonFilter`` and sort
keys.  Another database would need its own implementation of this module and nothing else.

Paging is keyset paging: each page continues after the (sort key, id) of the last row shown, so
page 500 costs the same as page 1 (no OFFSET that re-reads every skipped row).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

import peewee as pw

from desktop_app.domain import nik as nik_rules
from desktop_app.domain.disability import DISABILITY_THRESHOLD
from desktop_app.domain.people import CHILD_MAX_AGE, ELDERLY_MIN_AGE, POOR_DECILE_MAX, VULNERABILITY
from desktop_app.storage import masking
from desktop_app.storage.migrations import m0010_person_search as m0010
from desktop_app.storage.models import database_proxy

TRIGRAM = 3  # FTS5 trigram tokens: shorter words are matched with LIKE on the folded line


_ACCENT_TABLE = str.maketrans(m0010.ACCENTED, m0010.PLAIN)


def fold(text: str | None) -> str:
    """Lower case without accents: 'Fransiskus NDOÉN' -> 'fransiskus ndoen'.

    Letters of migration 0010's table fold exactly as the SQL triggers fold them; any other
    accented letter loses its accent through Unicode decomposition.
    """
    if not text:
        return ""
    text = text.translate(_ACCENT_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def query_tokens(text: str) -> list[str]:
    """Words of a typed query, folded; a number keeps only its digits (NIK typed with dots)."""
    out = []
    for word in fold(text).split():
        digits = nik_rules.strip_digits(word)
        if digits and len(digits) >= len(re.sub(r"[\W_]", "", word)):
            word = digits
        word = word.strip(".,;:'\"()")
        if word:
            out.append(word)
    return out


AGE_BANDS = tuple(f"{lo}-{lo + 4}" for lo in range(0, 75, 5)) + ("75+",)
LIFE_STAGES = ("anak", "dewasa", "lansia", "tidak_diketahui")


@dataclass(frozen=True)
class PersonFilter:
    """What the list shows. Empty fields do not filter; all the others combine (AND)."""

    text: str = ""
    kelurahan: str | None = None
    rw: str | None = None
    rt: str | None = None
    sex: str | None = None
    age_band: str | None = None  # one of AGE_BANDS or LIFE_STAGES
    vulnerability: str | None = None  # a code of domain.people.VULNERABILITY
    disability: bool | None = None
    has_nik: bool | None = None
    program_id: str | None = None
    consent: bool | None = None
    deleted: bool = False  # True: the recycle bin

    def cleared(self) -> PersonFilter:
        return PersonFilter(deleted=self.deleted)

    def with_(self, **changes: Any) -> PersonFilter:
        return replace(self, **changes)

    @property
    def active(self) -> bool:
        return self != self.cleared()


SORT_KEYS = {
    "name": 'p."name"',
    "nik": "coalesce(p.\"nik\", '')",
    "birth": "coalesce(p.\"birth_date\", p.\"birth_year\" || '-07-01', '')",
    "updated": 'p."updated_at"',
}

_COLUMNS = """p."id", p."name", p."nik", p."no_nik_reason", p."sex", p."birth_date", p."birth_year",
 p."kelurahan", p."rw", p."rt", p."phone", p."household_id", p."relationship", p."indigenous",
 p."consent_given", p."wg_seeing", p."wg_hearing", p."wg_walking", p."wg_cognition",
 p."wg_selfcare", p."wg_communication", p."deleted_at", h."no_kk", h."welfare_decile",
 hp."sex" AS head_sex, h."head_id" """
_JOINS = """LEFT JOIN "household" h ON h."id" = p."household_id" AND h."deleted_at" IS NULL
 LEFT JOIN "person" hp ON hp."id" = h."head_id" """
_FROM = 'FROM "person" p ' + _JOINS


def _source(plan: TextPlan | None) -> tuple[str, list[Any]]:
    """FROM clause: a selective search reads its few matches first and looks each person up
    (CROSS JOIN keeps that order in SQLite), then sorts them; otherwise people are read in sort
    order through the sort index and stop once a page is full."""
    if plan is None or plan.broad:
        return 'FROM "person" p', []
    return (
        f'FROM (SELECT s."person_id" AS pid FROM "person_search" s WHERE {plan.lines_sql}) m '
        'CROSS JOIN "person" p ON p."id" = m."pid"',
        list(plan.lines_params),
    )


_WG_ANY = " OR ".join(
    f'p."{c}" >= {DISABILITY_THRESHOLD}'
    for c in (
        "wg_seeing",
        "wg_hearing",
        "wg_walking",
        "wg_cognition",
        "wg_selfcare",
        "wg_communication",
    )  # fmt: skip
)


def _years_before(on: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier (28 Feb for 29 Feb): a person born on or before it is at
    least ``years`` old on ``on``, exactly as ``domain.people.age_on`` counts."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:
        return on.replace(year=on.year - years, day=28)


def age_between_sql(lo: int | None, hi: int | None, on: dt.date) -> tuple[str, list[Any]]:
    """People whose age (domain.people.age_on) lies in [lo, hi]; None means open."""
    date_parts, year_parts, params_d, params_y = [], [], [], []
    if lo is not None:
        date_parts.append('p."birth_date" <= ?')
        params_d.append(_years_before(on, lo).isoformat())
        year_parts.append('p."birth_year" <= ?')
        params_y.append(on.year - lo)
    if hi is not None:
        date_parts.append('p."birth_date" > ?')
        params_d.append(_years_before(on, hi + 1).isoformat())
        year_parts.append('p."birth_year" >= ?')
        params_y.append(on.year - hi)
    by_date = " AND ".join(['p."birth_date" IS NOT NULL', *date_parts])
    by_year = " AND ".join(['p."birth_date" IS NULL', 'p."birth_year" IS NOT NULL', *year_parts])
    return f"(({by_date}) OR ({by_year}))", params_d + params_y


def vulnerability_sql(code: str, on: dt.date) -> tuple[str, list[Any]]:
    """SQL twin of ``domain.people.vulnerability_categories`` for one category (tests compare)."""
    if code == "anak":
        return age_between_sql(None, CHILD_MAX_AGE, on)
    if code == "lansia":
        return age_between_sql(ELDERLY_MIN_AGE, None, on)
    if code == "perempuan":
        return "p.\"sex\" = 'P'", []
    if code == "disabilitas":
        return f"({_WG_ANY})", []
    if code == "adat":
        return 'p."indigenous" = 1', []
    if code == "tanpa_nik":
        return '(p."nik" IS NULL OR p."nik" = \'\')', []
    if code == "miskin":
        return 'h."welfare_decile" BETWEEN 1 AND ?', [POOR_DECILE_MAX]
    if code == "kk_perempuan":
        return "hp.\"sex\" = 'P'", []
    raise ValueError(f"Kategori kerentanan tidak dikenal: {code}")


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_PART = "s.\"body\" LIKE ? ESCAPE '\\'"
_WHOLE_WORD = "(' ' || s.\"body\" || ' ') LIKE ?"


def _pattern(token: str, whole: set[str]) -> str:
    return f"% {token} %" if token in whole else _like(token)


BROAD = 5000  # more matches than this: scan people in sort order instead of listing matches


@dataclass(frozen=True)
class TextPlan:
    """How to find the people matching typed words.

    A selective query lists its matches through the trigram index and keeps people in that list;
    a broad one ("53", "ma") would build a list of most of the district, so people are read in
    sort order and each is checked against its own search line until a page is full.
    """

    broad: bool
    lines_sql: str  # condition on person_search ``s``
    lines_params: list[Any]
    like_sql: str  # the same condition with LIKE only (usable per row)
    like_params: list[Any]
    match: str | None = None  # FTS5 query of the words of three letters or more
    short_sql: str = "1"  # LIKE conditions of the shorter words
    short_params: tuple[Any, ...] = ()

    def person_sql(self) -> tuple[str, list[Any]]:
        if self.broad:
            return (
                'EXISTS (SELECT 1 FROM "person_search" s WHERE s."person_id" = p."id" AND '
                f"{self.like_sql})",
                list(self.like_params),
            )
        return (
            f'p."id" IN (SELECT s."person_id" FROM "person_search" s WHERE {self.lines_sql})',
            list(self.lines_params),
        )


def text_plan(db: pw.Database, text: str, *, probe: bool = True) -> TextPlan | None:
    """The plan for ``text``. Without ``probe``, words all shorter than three letters ("y",
    "yo") are planned broad straight away: the trigram index cannot find them, and counting
    their matches to choose a plan meant scanning every line once more per keystroke; the walk
    in sort order finds the same people (only the count waits)."""
    tokens = query_tokens(text)
    if not tokens:
        return None
    # Masked identifiers (a Pengamat): a number finds only a whole NIK, KK or phone number.
    # Matching part of one would let a typed prefix reveal the hidden digits one by one.
    whole = {t for t in tokens if t.isdigit()} if masking.is_enabled(db) else set()
    long = [t for t in tokens if len(t) >= TRIGRAM]
    likes = [_WHOLE_WORD if t in whole else _PART for t in tokens]
    like_sql, like_params = " AND ".join(likes), [_pattern(t, whole) for t in tokens]
    if long:
        match = " ".join('"' + t.replace('"', '""') + '"' for t in long)
        extra = [t for t in tokens if len(t) < TRIGRAM or t in whole]
        lines = ['s."sid" IN (SELECT rowid FROM "person_fts" WHERE "person_fts" MATCH ?)']
        lines += [_WHOLE_WORD if t in whole else _PART for t in extra]
        extra_params = [_pattern(t, whole) for t in extra]
        lines_sql, lines_params = " AND ".join(lines), [match, *extra_params]
        short_sql = " AND ".join(lines[1:]) or "1"
        plan = TextPlan(False, lines_sql, lines_params, like_sql, like_params, match, short_sql,
                        tuple(extra_params))  # fmt: skip
    else:
        lines_sql, lines_params = like_sql, like_params
        plan = TextPlan(False, lines_sql, lines_params, like_sql, like_params)
        if not probe:
            return replace(plan, broad=True)
    # The probe reads the living matches (up to BROAD + 1): a selective query keeps them for its
    # count and pages (one read per keystroke); a broad one switches plan.
    found = _matches(db, plan, False)
    return replace(plan, broad=True) if found is None else plan


_match_cache: dict[tuple[Any, ...], list[tuple[str, str]] | None] = {}


def _data_stamp(db: pw.Database) -> tuple[int, int]:
    """Changes since the connection opened (own writes) and PRAGMA data_version (others')."""
    return db.connection().total_changes, db.execute_sql("PRAGMA data_version").fetchone()[0]


def _matches(db: pw.Database, plan: TextPlan, deleted: bool) -> list[tuple[str, str]] | None:
    """Sorted (name, id) of every matching line, or None when there are more than BROAD."""
    key = (id(db), threading.get_ident(), plan.lines_sql, tuple(plan.lines_params), deleted,
           _data_stamp(db))  # fmt: skip
    if key not in _match_cache:
        if len(_match_cache) > 32:
            _match_cache.clear()
        alive = 0 if deleted else 1
        if plan.match is not None:
            # The trigram index stops after BROAD + 1 hits: a broad word costs next to nothing.
            sids = [r[0] for r in db.execute_sql(
                'SELECT rowid FROM "person_fts" WHERE "person_fts" MATCH ? LIMIT ?',
                [plan.match, BROAD + 1])]  # fmt: skip
            if len(sids) > BROAD:
                rows = None
            else:
                listed = ", ".join(str(int(sid)) for sid in sids) or "NULL"
                sql = (f'SELECT s."name", s."person_id" FROM "person_search" s WHERE s."sid" IN ({listed}) '
                       f'AND +s."alive" = ? AND {plan.short_sql}')  # fmt: skip
                rows = db.execute_sql(sql, [alive, *plan.short_params]).fetchall()
        else:
            sql = (f'SELECT s."name", s."person_id" FROM "person_search" s '
                   f'WHERE +s."alive" = ? AND {plan.lines_sql} LIMIT ?')  # fmt: skip
            rows = db.execute_sql(sql, [alive, *plan.lines_params, BROAD + 1]).fetchall()
            rows = None if len(rows) > BROAD else rows
        _match_cache[key] = None if rows is None else sorted(rows)
    return _match_cache[key]


def where_sql(f: PersonFilter, on: dt.date, db: pw.Database | None = None,
              plan: TextPlan | None = None, *, driven: bool = False) -> tuple[str, list[Any]]:  # fmt: skip
    """The WHERE clause over person ``p`` (household ``h``, head ``hp``). With ``driven`` the
    query reads a selective plan's matches first (see ``_source``) and the words are left out."""
    parts = ['p."deleted_at" IS NOT NULL' if f.deleted else 'p."deleted_at" IS NULL']
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if plan is None and f.text.strip():
        plan = text_plan(db or database_proxy.obj, f.text)
    if plan is not None and not (driven and not plan.broad):
        sql, ps = plan.person_sql()
        add(sql, *ps)
    if f.kelurahan:
        add('p."kelurahan" = ?', f.kelurahan)
    if f.rw:
        add('p."rw" = ?', f.rw)
    if f.rt:
        add('p."rt" = ?', f.rt)
    if f.sex:
        add('p."sex" = ?', f.sex)
    if f.age_band:
        if f.age_band in LIFE_STAGES:
            if f.age_band == "anak":
                sql, ps = age_between_sql(None, CHILD_MAX_AGE, on)
            elif f.age_band == "lansia":
                sql, ps = age_between_sql(ELDERLY_MIN_AGE, None, on)
            elif f.age_band == "dewasa":
                sql, ps = age_between_sql(CHILD_MAX_AGE + 1, ELDERLY_MIN_AGE - 1, on)
            else:
                sql, ps = 'p."birth_date" IS NULL AND p."birth_year" IS NULL', []
        elif f.age_band == "75+":
            sql, ps = age_between_sql(75, None, on)
        elif f.age_band in AGE_BANDS:
            lo, hi = (int(x) for x in f.age_band.split("-"))
            sql, ps = age_between_sql(lo, hi, on)
        else:
            raise ValueError(f"Kelompok umur tidak dikenal: {f.age_band}")
        add(sql, *ps)
    if f.vulnerability:
        if f.vulnerability not in VULNERABILITY:
            raise ValueError(f"Kategori kerentanan tidak dikenal: {f.vulnerability}")
        sql, ps = vulnerability_sql(f.vulnerability, on)
        add(sql, *ps)
    if f.disability is not None:
        add(f"({_WG_ANY})" if f.disability else f"NOT coalesce({_WG_ANY}, 0)")
    if f.has_nik is not None:
        add("(p.\"nik\" IS NOT NULL AND p.\"nik\" != '')" if f.has_nik
            else "(p.\"nik\" IS NULL OR p.\"nik\" = '')")  # fmt: skip
    if f.program_id:
        add('EXISTS (SELECT 1 FROM "enrollment" e WHERE e."person_id" = p."id" '
            'AND e."program_id" = ? AND e."deleted_at" IS NULL)', f.program_id)  # fmt: skip
    if f.consent is not None:
        add('p."consent_given" = ?', 1 if f.consent else 0)
    return " AND ".join(parts), params


def _needs_joins(where: str) -> bool:
    return 'h."' in where or 'hp."' in where


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the sort value and id of the last row already shown."""

    value: Any
    id: str


def fetch_page(db: pw.Database, f: PersonFilter, *, sort: str = "name", descending: bool = False,
               after: PageKey | None = None, limit: int = 200,
               on: dt.date | None = None) -> tuple[list[dict[str, Any]], PageKey | None]:  # fmt: skip
    """One page of people in sort order; returns the rows and the key to continue after."""
    on = on or dt.date.today()
    key = SORT_KEYS[sort]
    words_only = f.with_(text="") == PersonFilter(deleted=f.deleted)
    plan = (
        text_plan(db, f.text, probe=not (words_only and sort == "name")) if f.text.strip() else None
    )
    source, source_params = _source(plan)
    where, params = where_sql(f, on, db, plan, driven=True)
    params = source_params + params
    if after is not None:
        op = "<" if descending else ">"
        where += f' AND ({key}, p."id") {op} (?, ?)'
        params += [after.value, after.id]
    direction = "DESC" if descending else "ASC"
    # First the page's ids in order (only what the filter and the sort need), then the columns
    # of those rows: the joins run for one page, not for every match being sorted.
    if plan is not None and sort == "name" and words_only:
        # Words only, by name: the search lines hold name and alive flag, no person lookups.
        found = None if plan.broad else _matches(db, plan, f.deleted)
        if found is not None:
            keys = _slice(found, after, descending, limit)
            return _details(db, keys, limit)
        cond = plan.like_sql if plan.broad else plan.lines_sql
        ps = [0 if f.deleted else 1, *(plan.like_params if plan.broad else plan.lines_params)]
        if after is not None:
            cond += f' AND (s."name", s."person_id") {"<" if descending else ">"} (?, ?)'
            ps += [after.value, after.id]
        # Broad: walk the sort index, checking lines until the page is full. Selective: read
        # the few matches through the trigram index and sort them (``+`` keeps SQLite off the
        # sort index there).
        plus = "" if plan.broad else "+"
        sql = (f'SELECT s."person_id", s."name" FROM "person_search" s WHERE {plus}s."alive" = ? AND {cond} '
               f'ORDER BY {plus}s."name" {direction}, {plus}s."person_id" {direction} LIMIT ?')  # fmt: skip
        keys = db.execute_sql(sql, [*ps, limit]).fetchall()
    else:
        joins = _JOINS if _needs_joins(where) else ""
        sql = (f'SELECT p."id", {key} {source} {joins} WHERE {where} '
               f'ORDER BY {key} {direction}, p."id" {direction} LIMIT ?')  # fmt: skip
        keys = db.execute_sql(sql, [*params, limit]).fetchall()
    return _details(db, keys, limit)


def _slice(found: list[tuple[str, str]], after: PageKey | None, descending: bool,
           limit: int) -> list[tuple[str, str]]:  # fmt: skip
    """One page of sorted (name, id) matches after ``after``, as (id, name)."""
    if descending:
        end = bisect.bisect_left(found, (after.value, after.id)) if after else len(found)
        chunk = found[max(0, end - limit) : end][::-1]
    else:
        start = bisect.bisect_right(found, (after.value, after.id)) if after else 0
        chunk = found[start : start + limit]
    return [(pid, name) for name, pid in chunk]


def _details(db: pw.Database, keys: list[tuple[str, Any]],
             limit: int) -> tuple[list[dict[str, Any]], PageKey | None]:  # fmt: skip
    """The list columns of the people in ``keys`` ((id, sort value), in page order)."""
    if not keys:
        return [], None
    marks = ", ".join("?" for _ in keys)
    cursor = db.execute_sql(
        f'SELECT {_COLUMNS} {_FROM} WHERE p."id" IN ({marks})', [k[0] for k in keys]
    )
    names = [d[0] for d in cursor.description]
    found = {r[0]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}
    rows = []
    for pid, value in keys:
        row = found[pid]
        row["sort_value"] = value
        for name in ("birth_date", "deleted_at"):
            text = row[name]
            if isinstance(text, str) and text:
                row[name] = (dt.date.fromisoformat(text) if name == "birth_date"
                             else dt.datetime.fromisoformat(text))  # fmt: skip
        rows.append(row)
    nxt = PageKey(rows[-1]["sort_value"], rows[-1]["id"]) if len(rows) == limit else None
    return rows, nxt


def quick_count(db: pw.Database, f: PersonFilter) -> int | None:
    """The count when it costs nothing more (no words, or a selective search only); else None."""
    if not f.text.strip():
        return count(db, f) if f == f.cleared() else None
    if f.with_(text="") != PersonFilter(deleted=f.deleted):
        return None
    plan = text_plan(db, f.text, probe=False)
    if plan is None or plan.broad:
        return None
    found = _matches(db, plan, f.deleted)
    return None if found is None else len(found)


def count(db: pw.Database, f: PersonFilter, on: dt.date | None = None) -> int:
    words_only = f.with_(text="") == PersonFilter(deleted=f.deleted)
    plan = text_plan(db, f.text, probe=not words_only) if f.text.strip() else None
    if plan is not None and words_only:
        # Words only: count search lines, without touching the person table. A broad query
        # scans the lines once (LIKE); a selective one counts its remembered matches.
        found = None if plan.broad else _matches(db, plan, f.deleted)
        if found is not None:
            return len(found)
        cond = plan.like_sql if plan.broad else plan.lines_sql
        ps = plan.like_params if plan.broad else plan.lines_params
        # (+alive: a full read of the lines beats walking the sort index row by row)
        sql = f'SELECT count(*) FROM "person_search" s WHERE +s."alive" = ? AND {cond}'
        return db.execute_sql(sql, [0 if f.deleted else 1, *ps]).fetchone()[0]
    source, source_params = _source(plan)
    where, params = where_sql(f, on or dt.date.today(), db, plan, driven=True)
    joins = _JOINS if _needs_joins(where) else ""
    sql = f"SELECT count(*) {source} {joins} WHERE {where}"
    return db.execute_sql(sql, source_params + params).fetchone()[0]


def matching_ids(db: pw.Database, f: PersonFilter, on: dt.date | None = None) -> set[str]:
    """All ids matching ``f`` (tests and small result sets; the UI pages instead)."""
    where, params = where_sql(f, on or dt.date.today(), db)
    return {r[0] for r in db.execute_sql(f'SELECT p."id" {_FROM} WHERE {where}', params)}

"""Migration 0057: the Beranda's facts kept in the file, current after every write.

The dashboard used to read 100,000 people and a year of attendance whenever nothing was in memory
(first refresh on a file, a filter chosen while the facts were being read, a large import): about
two seconds. These tables hold what it needs in a form one indexed ``SELECT`` reads in
milliseconds; triggers keep them exact, whoever writes (the single write path, bulk inserts of
the demo and the Excel import, raw UPDATEs, foreign-key cascades):

* ``dashboard_person`` — one row per living person: kelurahan key (``''`` when none is recorded,
  ``'-'`` for an empty text: out of Alak like any code not in ``kelurahan``), sex, birth year
  (from the birth date, else the recorded year), birth ``MM-DD`` (NULL when only the year is
  known) and the flags that do not depend on the period (``bits``: WG-SS domains 0–5, adat 6,
  no NIK 7, poor household 8, female-headed household 9).
* ``dashboard_people`` — living people counted per (kelurahan key, sex, birth year, no flag at
  all); ``dashboard_flags`` per (kelurahan key, bits). Ages on the period end follow from the birth
  year and, for the few birth years on an age boundary, the ``MM-DD`` index of ``dashboard_person``.
* ``dashboard_enrollment`` — each living enrollment in a living program with its person's facts
  (kelurahan key NULL when the person is tombstoned): reach and new participants per kelurahan.
* ``dashboard_attendance`` — per person and month (of the session date): present and recorded
  rows at living sessions of living programs, with the person's kelurahan key (NULL: tombstoned);
  ``dashboard_attendance_month`` the same summed per kelurahan key and month with the number of
  people present at least once.
* ``dashboard_outcome`` — per (indicator, person): the earliest baseline and the latest follow-up
  with a number (``value_number``), and the date of the newest such measurement. Valid for any
  period ending on or after that date; otherwise (and for ``pilihan`` indicators, which compare
  the text's rank) the dashboard reads the measurements themselves.

The scope (kelurahan in ``kelurahan``, filters, period) is applied when reading, so nothing here
depends on reference data or on the period. Triggers recompute what a write touched from the
source rows — a person's facts, an enrollment, an outcome pair, the attendance cells of an updated
or deleted row, of a session or a program — so a raw UPDATE, a cascade or an INSERT OR REPLACE
of those rows is followed exactly; the summed tables follow by differences. Two shortcuts keep
bulk inserts cheap (each trigger fired costs an executemany): a new attendance row is added to
its cell and month total without recounting, and a new person gets their facts without looking
for enrollments, attendance or households naming them (the foreign keys, always on, refuse such
rows before the person exists). So an attendance row must not be replaced in place with INSERT
OR REPLACE / OR IGNORE (SQLite fires no trigger for the row it drops; nothing here does it);
``storage.dashboard_state.rebuild_facts`` refills everything from the records if ever needed.

Constants frozen here (a test checks they still equal the domain's): WG-SS threshold 3, poor =
welfare decile 1–4, domain order seeing, hearing, walking, cognition, selfcare, communication.

Frozen: never edit; add a new migration instead.
"""

NAME = "dashboard facts"

DOMAINS = ("seeing", "hearing", "walking", "cognition", "selfcare", "communication")
THRESHOLD = 3
POOR_DECILE_MAX = 4

_PERSON_COLS = ("kel", "sex", "by", "bmd", "bits")


def kel_key(col: str) -> str:
    return f"CASE WHEN {col} IS NULL THEN '' WHEN {col} = '' THEN '-' ELSE {col} END"


def _bits(p: str = "p", h: str = "h", hp: str = "hp") -> str:
    parts = [
        f'{1 << i} * (COALESCE({p}."wg_{d}", 0) >= {THRESHOLD})' for i, d in enumerate(DOMAINS)
    ]
    n = len(DOMAINS)
    parts += [
        f'{1 << n} * ({p}."indigenous" = 1)',
        f'{1 << (n + 1)} * ({p}."nik" IS NULL OR {p}."nik" = \'\')',
        f'{1 << (n + 2)} * COALESCE({h}."welfare_decile" BETWEEN 1 AND {POOR_DECILE_MAX}, 0)',
        f"{1 << (n + 3)} * COALESCE({hp}.\"sex\" = 'P', 0)",
    ]
    return " + ".join(parts)


def _facts_of(p: str, source: str, where: str) -> str:
    return (
        f'SELECT {p}."id", {kel_key(f"{p}.kelurahan")}, {p}."sex", '
        f'COALESCE(CAST(substr({p}."birth_date", 1, 4) AS INTEGER), {p}."birth_year"), '
        f'substr({p}."birth_date", 6, 5), {_bits(p)} FROM {source} '
        f'LEFT JOIN "household" h ON h."id" = {p}."household_id" AND h."deleted_at" IS NULL '
        'LEFT JOIN "person" hp ON hp."id" = h."head_id" AND hp."deleted_at" IS NULL '
        f'WHERE {p}."deleted_at" IS NULL AND ({where})'
    )


def person_facts(where: str) -> str:
    """SELECT of dashboard_person rows for the living people matching ``where`` (over ``p``)."""
    return _facts_of("p", '"person" p', where)


def _upsert_people(select: str) -> str:
    cols = ", ".join(f'"{c}"' for c in _PERSON_COLS)
    sets = ", ".join(f'"{c}" = excluded."{c}"' for c in _PERSON_COLS)
    changed = " OR ".join(f'"{c}" IS NOT excluded."{c}"' for c in _PERSON_COLS)
    return (
        f'INSERT INTO "dashboard_person" ("id", {cols}) {select} '
        f'ON CONFLICT ("id") DO UPDATE SET {sets} WHERE {changed}'
    )


def refresh_people(where: str) -> str:
    """Upsert the facts of the living people matching ``where``; an unchanged row is not
    rewritten (its triggers do not fire)."""
    return _upsert_people(person_facts(where))


# the person row being written, without reading it again
REFRESH_NEW_PERSON = _upsert_people(_facts_of("new", "(SELECT 1)", "1"))


def enrollment_rows(where: str) -> str:
    """SELECT of dashboard_enrollment rows: living enrollments (``e``) of living programs."""
    return (
        'SELECT e."id", e."person_id", e."program_id", e."enrolled_on", '
        'substr(e."enrolled_on", 1, 7), e."ended_on", dp."kel", dp."sex", dp."bits" = 0, dp."by", '
        'dp."bmd" FROM "enrollment" e JOIN "program" pr ON pr."id" = e."program_id" '
        'AND pr."deleted_at" IS NULL LEFT JOIN "dashboard_person" dp ON dp."id" = e."person_id" '
        f'WHERE e."deleted_at" IS NULL AND ({where})'
    )


def insert_enrollments(where: str) -> str:
    return f'INSERT OR REPLACE INTO "dashboard_enrollment" {enrollment_rows(where)}'


def _cell_rows(pid: str, month: str) -> str:
    """FROM … WHERE over the attendance rows counted in the cell (``pid``, ``month``): living rows
    at living sessions of living programs (the join order is forced: the person's rows first)."""
    return (
        'FROM "attendance" t CROSS JOIN "activity" a CROSS JOIN "program" pr '
        f'WHERE t."person_id" = {pid} AND t."deleted_at" IS NULL AND a."id" = t."activity_id" '
        f'AND a."deleted_at" IS NULL AND substr(a."date", 1, 7) = {month} '
        'AND pr."id" = a."program_id" AND pr."deleted_at" IS NULL'
    )


def month_totals(cells: str, sign: str) -> str:
    """Add (``+``) or take away (``-``) the attendance cells matching ``cells`` (over ``e``) to
    or from the totals per kelurahan and month. The triggers that change cells call it before
    and after: the cells themselves have no trigger (each trigger fired costs a bulk insert)."""
    return (
        'INSERT INTO "dashboard_attendance_month" ("kel", "month", "present", "recorded", '
        f'"people") SELECT e."kel", e."month", {sign}SUM(e."present"), {sign}SUM(e."recorded"), '
        f'{sign}SUM(e."present" > 0) FROM "dashboard_attendance" e WHERE e."kel" IS NOT NULL '
        f'AND ({cells}) GROUP BY e."kel", e."month" ON CONFLICT ("kel", "month") DO UPDATE SET '
        '"present" = "present" + excluded."present", "recorded" = "recorded" + excluded."recorded", '
        '"people" = "people" + excluded."people"'
    )


def recount_attendance(pairs: str) -> list[str]:
    """Recompute the (person, month) cells listed by ``pairs`` (columns pid, m) from attendance,
    and the month totals with them."""
    cells = f'(e."person_id", e."month") IN (SELECT pid, m FROM ({pairs}))'
    return [
        month_totals(cells, "-"),
        'INSERT INTO "dashboard_attendance" ("person_id", "month", "present", "recorded", "kel") '
        'SELECT k.pid, k.m, SUM(t."present"), COUNT(*), '
        '(SELECT dp."kel" FROM "dashboard_person" dp WHERE dp."id" = k.pid) '
        f"FROM (SELECT DISTINCT pid, m FROM ({pairs})) k CROSS JOIN {_cell_rows('k.pid', 'k.m')[5:]} GROUP BY k.pid, k.m "
        'ON CONFLICT ("person_id", "month") DO UPDATE SET "present" = excluded."present", '
        '"recorded" = excluded."recorded" WHERE "present" IS NOT excluded."present" '
        'OR "recorded" IS NOT excluded."recorded"',
        'DELETE FROM "dashboard_attendance" WHERE ("person_id", "month") IN '
        f"(SELECT pid, m FROM ({pairs})) AND NOT EXISTS (SELECT 1 "
        f"{_cell_rows('dashboard_attendance.person_id', 'dashboard_attendance.month')})",
        month_totals(cells, "+"),
    ]


_NEW_SESSION = (  # the living session of a living program the new row belongs to
    '"activity" a CROSS JOIN "program" pr WHERE a."id" = new."activity_id" '
    'AND a."deleted_at" IS NULL AND pr."id" = a."program_id" AND pr."deleted_at" IS NULL'
)
# a new living row: added to its month's total (one more person present when their cell had
# nobody present yet), then to its cell — no recount (3x the cost in a bulk import)
ADD_ATTENDANCE = [
    'INSERT INTO "dashboard_attendance_month" ("kel", "month", "present", "recorded", "people") '
    'SELECT dp."kel", substr(a."date", 1, 7), new."present", 1, new."present" > 0 AND NOT EXISTS '
    '(SELECT 1 FROM "dashboard_attendance" e WHERE e."person_id" = new."person_id" '
    'AND e."month" = substr(a."date", 1, 7) AND e."present" > 0) '
    f'FROM "dashboard_person" dp CROSS JOIN {_NEW_SESSION} AND dp."id" = new."person_id" '
    'ON CONFLICT ("kel", "month") DO UPDATE SET "present" = "present" + excluded."present", '
    '"recorded" = "recorded" + 1, "people" = "people" + excluded."people"',
    'INSERT INTO "dashboard_attendance" ("person_id", "month", "present", "recorded", "kel") '
    'SELECT new."person_id", substr(a."date", 1, 7), new."present", 1, '
    '(SELECT dp."kel" FROM "dashboard_person" dp WHERE dp."id" = new."person_id") '
    f"FROM {_NEW_SESSION} "
    'ON CONFLICT ("person_id", "month") DO UPDATE SET "present" = "present" + excluded."present", '
    '"recorded" = "recorded" + 1',
]


def _outcome_pick(order: str, baseline: bool) -> str:
    return (
        'SELECT o."id" FROM "outcome" o WHERE o."person_id" = k0.pid AND o."indicator_id" = k0.ind '
        f'AND o."deleted_at" IS NULL AND {"" if baseline else "NOT "}o."is_baseline" '
        f'AND o."value_number" IS NOT NULL ORDER BY {order} LIMIT 1'
    )


def recount_outcomes(pairs: str) -> list[str]:
    """Recompute the (indicator, person) summaries listed by ``pairs`` (columns ind, pid)."""
    return [
        'INSERT OR REPLACE INTO "dashboard_outcome" SELECT k.ind, k.pid, b."date", b."id", '
        'b."value_number", l."date", l."id", l."value_number", k.newest FROM ('
        f"SELECT k0.ind, k0.pid, ({_outcome_pick('o.date, o.id', True)}) AS bid, "
        f"({_outcome_pick('o.date DESC, o.id DESC', False)}) AS lid, "
        '(SELECT MAX(o."date") FROM "outcome" o WHERE o."person_id" = k0.pid '
        'AND o."indicator_id" = k0.ind AND o."deleted_at" IS NULL '
        f'AND o."value_number" IS NOT NULL) AS newest FROM ({pairs}) k0) k '
        'LEFT JOIN "outcome" b ON b."id" = k.bid LEFT JOIN "outcome" l ON l."id" = k.lid '
        "WHERE k.newest IS NOT NULL",
        'DELETE FROM "dashboard_outcome" WHERE ("indicator_id", "person_id") IN '
        f'(SELECT ind, pid FROM ({pairs})) AND NOT EXISTS (SELECT 1 FROM "outcome" o '
        'WHERE o."person_id" = "dashboard_outcome"."person_id" '
        'AND o."indicator_id" = "dashboard_outcome"."indicator_id" AND o."deleted_at" IS NULL '
        'AND o."value_number" IS NOT NULL)',
    ]


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)


PERSON_READ = ("id", "deleted_at", "kelurahan", "sex", "birth_date", "birth_year", "indigenous",
               "nik", "household_id", *(f"wg_{d}" for d in DOMAINS))  # fmt: skip
HOUSEHOLD_READ = ("id", "deleted_at", "welfare_decile", "head_id")
ENROLLMENT_READ = ("id", "deleted_at", "person_id", "program_id", "enrolled_on", "ended_on")
ATTENDANCE_READ = ("id", "deleted_at", "person_id", "activity_id", "present")
ACTIVITY_READ = ("id", "deleted_at", "date", "program_id")
OUTCOME_READ = ("id", "deleted_at", "indicator_id", "person_id", "date", "is_baseline",
                "value_number")  # fmt: skip

TABLES = [
    'CREATE TABLE "dashboard_person" ("id" TEXT NOT NULL PRIMARY KEY, "kel" TEXT NOT NULL, '
    '"sex" TEXT NOT NULL, "by" INTEGER, "bmd" TEXT, "bits" INTEGER NOT NULL) WITHOUT ROWID',
    'CREATE INDEX "dashboard_person_kel_birth" ON "dashboard_person" '
    '("kel", "by", "bmd", "sex", "bits")',
    'CREATE TABLE "dashboard_people" ("kel" TEXT NOT NULL, "sex" TEXT NOT NULL, '
    '"known" INTEGER NOT NULL, "by" INTEGER NOT NULL, "plain" INTEGER NOT NULL, '
    '"n" INTEGER NOT NULL, PRIMARY KEY ("kel", "sex", "known", "by", "plain")) WITHOUT ROWID',
    'CREATE TABLE "dashboard_flags" ("kel" TEXT NOT NULL, "bits" INTEGER NOT NULL, '
    '"n" INTEGER NOT NULL, PRIMARY KEY ("kel", "bits")) WITHOUT ROWID',
    'CREATE TABLE "dashboard_enrollment" ("id" TEXT NOT NULL PRIMARY KEY, '
    '"person_id" TEXT NOT NULL, "program_id" TEXT NOT NULL, "enrolled_on" TEXT, "month" TEXT, '
    '"ended_on" TEXT, "kel" TEXT, "sex" TEXT, "plain" INTEGER, "by" INTEGER, "bmd" TEXT) '
    "WITHOUT ROWID",
    'CREATE INDEX "dashboard_enrollment_reach" ON "dashboard_enrollment" '
    '("kel", "person_id", "enrolled_on", "ended_on", "sex", "plain", "by", "bmd")',
    'CREATE INDEX "dashboard_enrollment_month" ON "dashboard_enrollment" '
    '("month", "kel", "person_id", "enrolled_on")',
    'CREATE INDEX "dashboard_enrollment_person" ON "dashboard_enrollment" ("person_id")',
    'CREATE INDEX "dashboard_enrollment_program" ON "dashboard_enrollment" ("program_id")',
    'CREATE TABLE "dashboard_attendance" ("person_id" TEXT NOT NULL, "month" TEXT NOT NULL, '
    '"present" INTEGER NOT NULL, "recorded" INTEGER NOT NULL, "kel" TEXT, '
    'PRIMARY KEY ("person_id", "month")) WITHOUT ROWID',
    'CREATE TABLE "dashboard_attendance_month" ("kel" TEXT NOT NULL, "month" TEXT NOT NULL, '
    '"present" INTEGER NOT NULL, "recorded" INTEGER NOT NULL, "people" INTEGER NOT NULL, '
    'PRIMARY KEY ("kel", "month")) WITHOUT ROWID',
    'CREATE TABLE "dashboard_outcome" ("indicator_id" TEXT NOT NULL, "person_id" TEXT NOT NULL, '
    '"base_date" TEXT, "base_id" TEXT, "base_value", "last_date" TEXT, "last_id" TEXT, '
    '"last_value", "newest" TEXT, PRIMARY KEY ("indicator_id", "person_id")) WITHOUT ROWID',
    'CREATE INDEX "dashboard_outcome_newest" ON "dashboard_outcome" ("newest")',
]


def _people_delta(row: str, sign: str) -> list[str]:
    key = (f'{row}."kel", {row}."sex", {row}."by" IS NOT NULL, COALESCE({row}."by", 0), '
           f'{row}."bits" = 0')  # fmt: skip
    return [
        'INSERT INTO "dashboard_people" ("kel", "sex", "known", "by", "plain", "n") '
        f'VALUES ({key}, {sign}1) ON CONFLICT ("kel", "sex", "known", "by", "plain") '
        f'DO UPDATE SET "n" = "n" {sign} 1',
        f'INSERT INTO "dashboard_flags" ("kel", "bits", "n") VALUES ({row}."kel", {row}."bits", '
        f'{sign}1) ON CONFLICT ("kel", "bits") DO UPDATE SET "n" = "n" {sign} 1',
    ]


def _follow_person(row: str, gone: bool, moved: str = "1") -> list[str]:
    """Copy a person's facts (or their absence) to their enrollments and attendance cells; the
    cells' month totals move with their kelurahan (``moved``: the condition that it changed)."""
    if gone:
        sets = '"kel" = NULL, "sex" = NULL, "plain" = NULL, "by" = NULL, "bmd" = NULL'
    else:
        sets = (f'"kel" = {row}."kel", "sex" = {row}."sex", "plain" = {row}."bits" = 0, '
                f'"by" = {row}."by", "bmd" = {row}."bmd"')  # fmt: skip
    kel = "NULL" if gone else f'{row}."kel"'
    out = [
        f'UPDATE "dashboard_enrollment" SET {sets} WHERE "person_id" = {row}."id"',
        month_totals(f'e."person_id" = {row}."id" AND e."kel" IS NOT {kel}', "-"),
        f'UPDATE "dashboard_attendance" SET "kel" = {kel} WHERE "person_id" = {row}."id" '
        f'AND "kel" IS NOT {kel}',
    ]
    if not gone:
        out.append(month_totals(f'e."person_id" = {row}."id" AND ({moved})', "+"))
    return out


def _follow_restored() -> list[str]:
    """In the person UPDATE trigger: a person alive again (or renumbered) gets their facts back on
    their enrollments and attendance cells (kept without a kelurahan while tombstoned)."""
    back = 'new."id" AND (old."deleted_at" IS NOT NULL OR old."id" IS NOT new."id")'
    facts = 'SELECT dp."{}" FROM "dashboard_person" dp WHERE dp."id" = new."id"'
    return [
        'UPDATE "dashboard_enrollment" SET ("kel", "sex", "plain", "by", "bmd") = '
        '(SELECT dp."kel", dp."sex", dp."bits" = 0, dp."by", dp."bmd" FROM "dashboard_person" dp '
        f'WHERE dp."id" = new."id") WHERE "person_id" = {back} AND new."deleted_at" IS NULL',
        f'UPDATE "dashboard_attendance" SET "kel" = ({facts.format("kel")}) '
        f'WHERE "person_id" = {back} AND new."deleted_at" IS NULL',
        month_totals(f'e."person_id" = {back} AND new."deleted_at" IS NULL', "+"),
    ]


def _has_rows(row: str) -> str:
    return (f'EXISTS (SELECT 1 FROM "dashboard_enrollment" WHERE "person_id" = {row}."id") '
            f'OR EXISTS (SELECT 1 FROM "dashboard_attendance" WHERE "person_id" = {row}."id")')  # fmt: skip


def _heads_members(ids: str) -> str:
    return f'p."household_id" IN (SELECT "id" FROM "household" WHERE "head_id" IN ({ids}))'


def _attendance_pair(row: str) -> str:
    return (f'SELECT {row}."person_id" AS pid, (SELECT substr(a."date", 1, 7) FROM "activity" a '
            f'WHERE a."id" = {row}."activity_id") AS m')  # fmt: skip


def _session_pairs(ids: str, date: str) -> str:
    return (f'SELECT t."person_id" AS pid, substr({date}, 1, 7) AS m FROM "attendance" t '
            f'WHERE t."activity_id" IN ({ids})')  # fmt: skip


def _program_pairs(ids: str) -> str:
    return ('SELECT t."person_id" AS pid, substr(a."date", 1, 7) AS m FROM "activity" a '
            f'JOIN "attendance" t ON t."activity_id" = a."id" WHERE a."program_id" IN ({ids})')  # fmt: skip


def _outcome_pair(row: str) -> str:
    return f'SELECT {row}."indicator_id" AS ind, {row}."person_id" AS pid'


def triggers() -> dict[str, tuple[str, str, list[str]]]:
    """name -> (event ON table, WHEN condition or '', body statements)."""
    old_new = 'old."id", new."id"'
    return {
        # people: their facts, and the members of the households they head
        # (a new person has no enrollment, attendance or household to head yet: the foreign
        # keys, always on, refuse rows naming a person who does not exist)
        "dashboard_facts_person_insert": ('AFTER INSERT ON "person"', "", [REFRESH_NEW_PERSON]),
        "dashboard_facts_person_update": ('AFTER UPDATE ON "person"', _changed(PERSON_READ), [
            'DELETE FROM "dashboard_person" WHERE "id" = old."id" '
            'AND (old."id" IS NOT new."id" OR new."deleted_at" IS NOT NULL)',
            REFRESH_NEW_PERSON,
            *_follow_restored(),
            refresh_people(f'{_heads_members(old_new)} AND (old."sex" IS NOT new."sex" '
                           'OR old."deleted_at" IS NOT new."deleted_at" OR old."id" IS NOT new."id")'),
        ]),
        "dashboard_facts_person_delete": ('AFTER DELETE ON "person"', "", [
            'DELETE FROM "dashboard_person" WHERE "id" = old."id"',
            refresh_people(_heads_members('old."id"')),
        ]),
        "dashboard_facts_household_insert": ('AFTER INSERT ON "household"', "", [
            refresh_people('p."household_id" = new."id"'),
        ]),
        "dashboard_facts_household_update": ('AFTER UPDATE ON "household"',
                                             _changed(HOUSEHOLD_READ), [
            refresh_people(f'p."household_id" IN ({old_new})'),
        ]),
        "dashboard_facts_household_delete": ('AFTER DELETE ON "household"', "", [
            refresh_people('p."household_id" = old."id"'),
        ]),
        # the counts follow dashboard_person, and so do the person's enrollments and attendance
        # cells (a trigger of its own, fired only when there are some: a new person has none)
        "dashboard_facts_count_insert": ('AFTER INSERT ON "dashboard_person"', "",
                                         _people_delta("new", "+")),
        "dashboard_facts_count_update": ('AFTER UPDATE ON "dashboard_person"', "",
                                         [*_people_delta("old", "-"), *_people_delta("new", "+")]),
        "dashboard_facts_count_delete": ('AFTER DELETE ON "dashboard_person"', "",
                                         _people_delta("old", "-")),
        "dashboard_facts_follow_update": ('AFTER UPDATE ON "dashboard_person"', _has_rows("new"),
            _follow_person("new", gone=False, moved='old."kel" IS NOT new."kel"')),
        "dashboard_facts_follow_delete": ('AFTER DELETE ON "dashboard_person"', _has_rows("old"),
                                          _follow_person("old", gone=True)),
        # enrollments
        "dashboard_facts_enrollment_insert": ('AFTER INSERT ON "enrollment"', "", [
            insert_enrollments('e."id" = new."id"'),
        ]),
        "dashboard_facts_enrollment_update": ('AFTER UPDATE ON "enrollment"',
                                              _changed(ENROLLMENT_READ), [
            f'DELETE FROM "dashboard_enrollment" WHERE "id" IN ({old_new})',
            insert_enrollments('e."id" = new."id"'),
        ]),
        "dashboard_facts_enrollment_delete": ('AFTER DELETE ON "enrollment"', "", [
            'DELETE FROM "dashboard_enrollment" WHERE "id" = old."id"',
        ]),
        # programs: their enrollments and the attendance at their sessions
        "dashboard_facts_program_insert": ('AFTER INSERT ON "program"', "", [
            insert_enrollments('e."program_id" = new."id"'),
            *recount_attendance(_program_pairs('new."id"')),
        ]),
        "dashboard_facts_program_update": ('AFTER UPDATE ON "program"',
                                           _changed(("id", "deleted_at")), [
            f'DELETE FROM "dashboard_enrollment" WHERE "program_id" IN ({old_new})',
            insert_enrollments('e."program_id" = new."id"'),
            *recount_attendance(_program_pairs(old_new)),
        ]),
        "dashboard_facts_program_delete": ('AFTER DELETE ON "program"', "", [
            'DELETE FROM "dashboard_enrollment" WHERE "program_id" = old."id"',
            *recount_attendance(_program_pairs('old."id"')),
        ]),
        # attendance cells, and the month totals following them
        # a new row is added to its cell (bulk imports: a recount of the cell costs 3x more)
        "dashboard_facts_attendance_insert": ('AFTER INSERT ON "attendance"',
                                              'new."deleted_at" IS NULL', ADD_ATTENDANCE),
        "dashboard_facts_attendance_update": ('AFTER UPDATE ON "attendance"',
                                              _changed(ATTENDANCE_READ),
            recount_attendance(f'{_attendance_pair("old")} UNION {_attendance_pair("new")}')),
        # a row deleted with its session (foreign-key cascade) no longer finds the session's
        # month: every month of that person is counted again (deleting is rare: tombstones)
        "dashboard_facts_attendance_delete": ('AFTER DELETE ON "attendance"', "",
            recount_attendance(f'{_attendance_pair("old")} UNION SELECT "person_id", "month" '
                               'FROM "dashboard_attendance" WHERE "person_id" = old."person_id"')),
        "dashboard_facts_activity_insert": ('AFTER INSERT ON "activity"', "",
            recount_attendance(_session_pairs('new."id"', 'new."date"'))),
        "dashboard_facts_activity_update": ('AFTER UPDATE ON "activity"', _changed(ACTIVITY_READ),
            recount_attendance(f'{_session_pairs(old_new, "old.date")} UNION '
                               f'{_session_pairs(old_new, "new.date")}')),
        "dashboard_facts_activity_delete": ('AFTER DELETE ON "activity"', "",
            recount_attendance(_session_pairs('old."id"', 'old."date"'))),
        # outcome pairs
        "dashboard_facts_outcome_insert": ('AFTER INSERT ON "outcome"', "",
                                           recount_outcomes(_outcome_pair("new"))),
        "dashboard_facts_outcome_update": ('AFTER UPDATE ON "outcome"', _changed(OUTCOME_READ),
            recount_outcomes(f'{_outcome_pair("old")} UNION {_outcome_pair("new")}')),
        "dashboard_facts_outcome_delete": ('AFTER DELETE ON "outcome"', "",
                                           recount_outcomes(_outcome_pair("old"))),
    }  # fmt: skip


def trigger_statements() -> list[str]:
    out = []
    for name, (event, when, body) in triggers().items():
        cond = f" WHEN {when}" if when else ""
        out.append(f'CREATE TRIGGER "{name}" {event}{cond} BEGIN {"; ".join(body)}; END')
    return out


def fill_statements() -> list[str]:
    """Fill the tables from the records (the migration; ``storage.dashboard_state.rebuild_facts``)."""
    return [
        f'INSERT INTO "dashboard_person" ("id", {", ".join(_PERSON_COLS)}) {person_facts("1")}',
        'INSERT INTO "dashboard_people" SELECT "kel", "sex", "by" IS NOT NULL, COALESCE("by", 0), '
        '"bits" = 0, COUNT(*) FROM "dashboard_person" GROUP BY 1, 2, 3, 4, 5',
        'INSERT INTO "dashboard_flags" SELECT "kel", "bits", COUNT(*) FROM "dashboard_person" '
        "GROUP BY 1, 2",
        f'INSERT INTO "dashboard_enrollment" {enrollment_rows("1")}',
        'INSERT INTO "dashboard_attendance" SELECT t."person_id", substr(a."date", 1, 7), '
        'SUM(t."present"), COUNT(*), (SELECT dp."kel" FROM "dashboard_person" dp '
        'WHERE dp."id" = t."person_id") FROM "attendance" t JOIN "activity" a '
        'ON a."id" = t."activity_id" AND a."deleted_at" IS NULL JOIN "program" pr '
        'ON pr."id" = a."program_id" AND pr."deleted_at" IS NULL WHERE t."deleted_at" IS NULL '
        "GROUP BY 1, 2",
        'INSERT INTO "dashboard_attendance_month" SELECT "kel", "month", SUM("present"), '
        'SUM("recorded"), SUM("present" > 0) FROM "dashboard_attendance" WHERE "kel" IS NOT NULL '
        "GROUP BY 1, 2",
        *recount_outcomes(
            'SELECT DISTINCT "indicator_id" AS ind, "person_id" AS pid '
            'FROM "outcome" WHERE "deleted_at" IS NULL AND "value_number" IS NOT NULL'
        ),
    ]


def statements() -> list[str]:
    return [*TABLES, *fill_statements(), *trigger_statements()]


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)

"""The apply side of the exchange: validate, match, merge and write a ``ParsedWorkbook``.

``plan(db, workbook)`` is the preview: it validates every row with the domain rules, matches it to a
local record and decides what would happen (create / update / unchanged / conflict / reject /
delete / confirm), with the field-by-field difference. It reads only. ``apply_plan`` writes one
plan in one transaction (bulk ``executemany``), keeping versions, ``record_version`` snapshots,
the conflict queue, one audit entry and the ``ImportBatch`` row consistent.

Decisions (also in ``docs/excel-apply.md``):

* Matching: ``ID``; without it, NIK (people), No. KK (households) or a natural key (names of
  programs, organisations and groups; person + program for participants …); people without ID and
  NIK by name + birth date (or estimated birth year) + kelurahan. A *near* match (similar name, or
  one year off where only a year is known; households without No. KK at the same address) is never
  merged and never duplicated: it becomes a ``match`` item in the conflict queue that a person
  confirms ("orang yang sama" merges, "orang berbeda" creates).
* Versions decide, never clocks: the merge base is the newest local snapshot the row's hidden
  ``Basis`` column names (``exchange.basis``; see ``base_by_hash``); without one (old workbooks),
  ``choose_base`` picks it from ``Versi``. A record that changed here since is merged three-way:
  a field changed on one side only merges, a field changed on both sides to different values is a
  conflict (the local value stays until a person decides). A row without ``Versi`` (an office's
  own list) only fills empty fields; a different non-empty value is a conflict.
* Deletions travel only explicitly (``delete``); deleted here and edited there (or the reverse)
  is a conflict. A row that is missing from a workbook never deletes anything.
* A row with conflicts still merges its other fields; it is counted as ``conflicts``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

import peewee as pw

from desktop_app.domain import codes
from desktop_app.domain.nik import check_kk, check_nik
from desktop_app.domain.wilayah import find_kelurahan, kelurahan_list, rt_rw
from desktop_app.exchange import basis as basis_mod
from desktop_app.exchange.types import ERROR, WARNING, Finding, IncomingRecord, ParsedWorkbook
from desktop_app.storage.bulk import json_value
from desktop_app.storage.models import (
    MODEL_BY_TABLE,
    SYNC_MODELS,
    Person,
    Setting,
    SyncModel,
    new_uuid,
)

Progress = Callable[..., None]  # progress(done, total, text); may raise to cancel


def no_progress(done: int, total: int, text: str = "") -> None:
    """Report nothing, never cancel."""


CREATE, UPDATE, UNCHANGED, CONFLICT, REJECT, DELETE, CONFIRM = (
    "create", "update", "unchanged", "conflict", "reject", "delete", "confirm",
)  # fmt: skip
KIND_ORDER = [m._meta.table_name for m in SYNC_MODELS]
NEAR_MATCH_RATIO = 0.8
CHUNK = 500

CODE_FIELDS: dict[tuple[str, str], dict[str, str]] = {
    ("person", "sex"): codes.SEX,
    ("person", "relationship"): codes.SHDK,
    ("person", "marital_status"): codes.MARITAL,
    ("person", "religion"): codes.RELIGION,
    ("person", "education"): codes.EDUCATION,
    ("person", "no_nik_reason"): codes.NO_NIK_REASON,
    ("person", "consent_method"): codes.CONSENT_METHOD,
    ("organization", "kind"): codes.ORGANIZATION_KIND,
    ("program", "kind"): codes.PROGRAM_KIND,
    ("enrollment", "status"): codes.ENROLLMENT_STATUS,
    ("service", "kind"): codes.SERVICE_KIND,
    ("service", "health_type"): codes.HEALTH_SERVICE_TYPE,
    ("outcome_indicator", "kind"): codes.INDICATOR_KIND,
    ("community_group", "kind"): codes.GROUP_KIND,
    ("group_membership", "role"): codes.GROUP_ROLE,
    ("group_membership", "status"): codes.MEMBERSHIP_STATUS,
    ("arisan_cycle", "frequency"): codes.ARISAN_FREQUENCY,
    ("arisan_cycle", "method"): codes.ARISAN_METHOD,
}
NOT_IN_FUTURE = {
    ("person", "birth_date"), ("person", "consent_date"), ("service", "date"),
    ("outcome", "date"), ("enrollment", "enrolled_on"), ("arisan_contribution", "paid_on"),
    ("arisan_payout", "paid_on"),
}  # fmt: skip
MONEY_FIELDS = {"amount", "budget", "monthly_income", "contribution", "due", "paid", "gross",
                "net", "fee", "cash_fee", "late_penalty", "penalty", "arrears_deducted"}  # fmt: skip
# Natural keys for rows without an ID (besides people, handled on their own).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "household": ("no_kk",),
    "organization": ("name",),
    "program": ("name",),
    "community_group": ("name",),
    "enrollment": ("person", "program"),
    "attendance": ("activity", "person"),
    "group_membership": ("group", "person"),
    "group_meeting_attendance": ("meeting", "person"),
    "activity": ("program", "date", "topic"),
    "outcome": ("indicator", "person", "date", "is_baseline"),
    "service": ("person", "kind", "date", "program"),
    "outcome_indicator": ("program", "name"),
}
MASKED_FIELDS = {"nik", "no_kk", "phone"}
TEXT_KEY_FIELDS = {"name", "topic"}  # compared case- and space-insensitively


# --- Result types -------------------------------------------------------------------------------


@dataclass
class ConflictItem:
    kind: str  # field / delete / match
    table_name: str
    record_id: str | None
    field: str | None
    base: Any = None
    mine: Any = None
    theirs: Any = None
    base_version: int | None = None


_NOTHING: Mapping[str, Any] = MappingProxyType({})  # shared by the many rows that change nothing


@dataclass(slots=True)
class RowPlan:
    incoming: IncomingRecord
    action: str
    record_id: str | None = None
    changes: Mapping[str, tuple[Any, Any]] = field(default_factory=lambda: _NOTHING)  # old -> new
    conflicts: Sequence[ConflictItem] = ()
    values: Mapping[str, Any] = field(default_factory=lambda: _NOTHING)  # content after import
    local_version: int | None = None
    new_version: int | None = None
    source_device: str | None = None
    as_is: bool = False  # the row's content taken unchanged at the row's own version number
    tombstone: bool = False  # created already deleted (a deletion from a device we never met)
    basis: str | None = None  # Basis state ids this import adds to the record's knowledge
    received: str | None = None  # record_version.received to store with them (JSON), if any
    content_hash: str | None = None  # of ``values`` when already computed (a created row's)

    @property
    def kind(self) -> str:
        return self.incoming.kind

    @property
    def writes(self) -> bool:
        return self.action in (CREATE, UPDATE, DELETE) or (
            self.action == CONFLICT and bool(self.changes)
        )


COUNT_KEYS = ("created", "updated", "unchanged", "conflicts", "rejected", "deleted", "warnings")
_ACTION_COUNT = {CREATE: "created", UPDATE: "updated", UNCHANGED: "unchanged",
                 CONFLICT: "conflicts", CONFIRM: "conflicts", REJECT: "rejected",
                 DELETE: "deleted"}  # fmt: skip


def empty_counts() -> dict[str, int]:
    return dict.fromkeys(COUNT_KEYS, 0)


@dataclass
class ImportPlan:
    workbook: ParsedWorkbook
    rows: list[RowPlan] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # every finding, file and rows

    @property
    def file_name(self) -> str:
        return self.workbook.path.name

    def counts_by_sheet(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for row in self.rows:
            counts = out.setdefault(row.incoming.sheet, empty_counts())
            counts["deleted" if row.tombstone else _ACTION_COUNT[row.action]] += 1
            counts["warnings"] += sum(1 for f in row.incoming.findings if f.severity == WARNING)
        return out

    def counts(self) -> dict[str, int]:
        total = empty_counts()
        for counts in self.counts_by_sheet().values():
            for k, v in counts.items():
                total[k] += v
        total["warnings"] += sum(1 for f in self.workbook.findings if f.severity == WARNING)
        return total

    @property
    def rejected(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == REJECT]

    @property
    def has_conflicts(self) -> bool:
        return any(r.action in (CONFLICT, CONFIRM) for r in self.rows)

    @property
    def file_errors(self) -> list[Finding]:
        return [f for f in self.workbook.findings if f.severity == ERROR]


# --- Value helpers --------------------------------------------------------------------------------


_NATIVE: dict[type, type] = {
    pw.CharField: str, pw.TextField: str, pw.IntegerField: int, pw.BooleanField: bool,
}  # fmt: skip


@cache
def _native_type(model: type[SyncModel], name: str) -> type | None:
    """The Python type a field's value already has when it needs no conversion."""
    return _NATIVE.get(type(model._meta.fields[name]))


@cache
def _native_types(model: type[SyncModel]) -> dict[str, type]:
    """``_native_type`` of every field that has one."""
    return {name: native for name, f in model._meta.fields.items()
            if (native := _NATIVE.get(type(f))) is not None}  # fmt: skip


# Fields ``_Planner._normalise_values`` checks or rewrites even when already typed.
_CHECKED_FIELDS = frozenset({"kelurahan", "rt", "rw", "nik", "no_kk"})


def normalise(model: type[SyncModel], name: str, value: Any) -> Any:
    """The value as the database gives it back (dates as dates, booleans as bools, FKs as ids)."""
    if value is None:
        return None
    native = _native_type(model, name)
    if native is not None and type(value) is native:
        if native is str and not value.strip():
            return None
        return value
    if isinstance(value, str) and not value.strip():
        return None
    if type(value) is dt.date and isinstance(model._meta.fields[name], pw.DateField):
        return value
    f = model._meta.fields[name]
    if isinstance(f, pw.ForeignKeyField):
        return str(value)
    try:
        return f.python_value(f.db_value(value))
    except (TypeError, ValueError):
        return value


def fold_name(text: Any) -> str:
    """Lower case, no accents, single spaces: ``Yohanis  BÉLO`` -> ``yohanis belo``."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def to_json(value: Any) -> str:
    return json.dumps(json_value(value), ensure_ascii=False, sort_keys=True, default=str)


def from_json(model: type[SyncModel] | None, name: str | None, text: str | None) -> Any:
    if text is None:
        return None
    value = json.loads(text)
    if model is not None and name and name in model._meta.fields:
        return normalise(model, name, value)
    return value


_KEL_CODES = {k.code for k in kelurahan_list()}


@cache
def _fields_tuple(model: type[SyncModel]) -> tuple[str, ...]:
    return tuple(model.content_fields())


def _fields_of(model: type[SyncModel]) -> tuple[str, ...]:
    return _fields_tuple(model)


def _select_rows(db: pw.Database, model: type[SyncModel], column: str,
                 keys: Iterable[Any], alive_only: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Rows whose ``column`` is in ``keys``, as {field name: python value}, in chunks."""
    keys = list(dict.fromkeys(k for k in keys if k is not None))
    fields = model._meta.sorted_fields
    names = [f.name for f in fields]
    convert = _readers(model)
    cols = ", ".join(f'"{f.column_name}"' for f in fields)
    out = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        sql = f'SELECT {cols} FROM "{model._meta.table_name}" WHERE "{column}" IN ({",".join("?" * len(chunk))})'
        if alive_only:
            # "+": look up by ``column``'s index; SQLite otherwise walks the deleted_at index over
            # every living row for each chunk (100,000 people: 35 ms a chunk instead of 5).
            sql += " AND +deleted_at IS NULL"
        for raw in db.execute_sql(sql, chunk):
            row = dict(zip(names, raw, strict=True))
            for name, conv in convert:
                if row[name] is not None:
                    row[name] = conv(row[name])
            out.append(row)
    return out


@cache
def _readers(model: type[SyncModel]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Fields whose stored value needs converting when read (dates, booleans); text, integers
    and foreign keys come back from sqlite3 as they are."""
    plain = (pw.CharField, pw.TextField, pw.IntegerField, pw.ForeignKeyField, pw.AutoField)
    return tuple((f.name, f.python_value) for f in model._meta.sorted_fields
                 if not isinstance(f, plain) or isinstance(f, pw.BooleanField))  # fmt: skip


def _histories(db: pw.Database, table: str, ids: Iterable[str]) -> dict[str, list[tuple]]:
    """Every snapshot of the given records: {id: [(version, author device, data JSON, merged
    Basis state ids, stored content hash, received rows JSON), …]}."""
    ids = list(dict.fromkeys(ids))
    out: dict[str, list[tuple]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        sql = ("SELECT record_id, version, device_id, data, basis, content_hash, received "
               "FROM record_version "
               f'WHERE table_name = ? AND record_id IN ({",".join("?" * len(chunk))})')  # fmt: skip
        for rid, ver, device, data, merged, stored, received in db.execute_sql(sql, [table, *chunk]):
            out[rid].append((ver, device, data, merged, stored, received))
    return out


def choose_base(history: list[tuple], base_version: int, local_version: int,
                source: str | None, here: str | None,
                same_content: Callable[[dict[str, Any]], bool] | None = None,
                ) -> dict[str, Any] | None:  # fmt: skip
    """The snapshot to merge against: the newest version both sides are known to share.

    A workbook this device exported: the snapshot at ``Versi``. A workbook from another device
    (or without ``_meta``): version numbers are counted per device, so our ``Versi``
    may be a different edit than theirs. The newest snapshot at or below ``Versi`` that the
    sending device wrote is shared for sure, and so is our snapshot at ``Versi`` when the row
    still carries exactly its content; without either, the oldest snapshot. An older base can
    only turn a change into a conflict a person decides, never lose an edit.
    """
    if not history:
        return None
    bound = min(base_version, local_version)
    if source is not None and source == here:
        for ver, _dev, data, *_ in history:
            if ver == bound:
                return json.loads(data)
        return None
    for ver, dev, data, *_ in sorted(history, key=lambda h: -h[0]):
        if ver > bound:
            continue
        snap = json.loads(data)
        if dev == source or (ver == base_version and same_content is not None
                             and same_content(snap)):  # fmt: skip
            return snap  # written by the sender, or the very content the row still carries
    return json.loads(min(history, key=lambda h: h[0])[2])


# --- Planning ------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, db: pw.Database, workbook: ParsedWorkbook, today: dt.date,
                 progress: Progress) -> None:  # fmt: skip
        self.db = db
        self.wb = workbook
        self.today = today
        self.progress = progress
        self.file = workbook.path.name
        self.source_device = (workbook.meta or {}).get("device_id") or None
        here = Setting.get_or_none(Setting.key == "device_id")
        self.here = here.value if here else None
        self.headers: dict[str, dict[str, str]] = {}
        for layout in workbook.sheets:
            labels: dict[str, str] = {}
            for idx, role in sorted(layout.mapping.items()):
                if not 0 <= idx < len(layout.headers):
                    continue
                labels.setdefault(role, layout.headers[idx])
                if role.startswith("ref:"):  # "ref:person.nik" names the column of "person"
                    labels.setdefault(role[4:].partition(".")[0], layout.headers[idx])
            self.headers[layout.name] = labels
        self.synthesized: list[RowPlan] = []  # households created for a new No. KK
        self._found: dict[tuple[str, tuple[Any, ...]], Any] = {}  # see _first_id
        self.claimed: dict[tuple, tuple[str, int]] = {}  # record or natural key -> first row
        self.unresolved: set[int] = set()  # deletion rows whose references are not all here
        self._unions: dict[tuple[int, str], tuple[Any, frozenset]] = {}
        # ids that exist after this import, per table (local + created here), for FK checks
        self.created: dict[str, dict[str, RowPlan]] = defaultdict(dict)
        self.created_nik: dict[str, str] = {}
        self.created_keys: dict[tuple, str] = {}
        self.known_ids: dict[str, set[str]] = defaultdict(set)
        self.incoming_ids: dict[str, set[str]] = defaultdict(set)
        for rec in workbook.records:
            if rec.record_id:  # deletion rows too: they may be kept as tombstones
                self.incoming_ids[rec.kind].add(rec.record_id)
        self.assumed: list[tuple[IncomingRecord, str, str, str]] = []

    # -- findings
    def finding(self, rec: IncomingRecord, severity: str, message: str, fname: str = "",
                value: Any = None) -> None:  # fmt: skip
        column = self._label(rec, fname) if fname else ""
        rec.findings.append(
            Finding(severity, message, self.file, rec.sheet, rec.row, column, value)
        )

    # -- main
    def run(self) -> ImportPlan:
        plan = ImportPlan(self.wb)
        by_kind: dict[str, list[IncomingRecord]] = defaultdict(list)
        for rec in self.wb.records:
            for f in rec.findings:
                f.file = f.file or self.file
                f.sheet = f.sheet or rec.sheet
                if f.row is None:
                    f.row = rec.row
            if rec.kind not in MODEL_BY_TABLE or rec.kind not in KIND_ORDER:
                self.finding(rec, ERROR, f"Jenis data tidak dikenal: {rec.kind}.")
                plan.rows.append(RowPlan(rec, REJECT))
                continue
            by_kind[rec.kind].append(rec)
        total = len(self.wb.records)
        done = 0
        for kind in KIND_ORDER:
            recs = by_kind.get(kind)
            if not recs:
                continue
            model = MODEL_BY_TABLE[kind]
            for start in range(0, len(recs), 2000):
                chunk = recs[start : start + 2000]
                plan.rows.extend(self._plan_chunk(model, chunk))
                done += len(chunk)
                self.progress(done, total, f"Memeriksa {chunk[0].sheet}…")
        plan.rows.extend(self.synthesized)
        self._reject_dangling(plan)
        for row in plan.rows:
            if row.action != REJECT:
                row.incoming.raw = []  # only rejected rows go to the error workbook
        rank = {kind: i for i, kind in enumerate(KIND_ORDER)}  # an unknown kind (rejected) last
        plan.rows.sort(key=lambda r: (r.incoming.sheet, r.incoming.row,
                                      rank.get(r.incoming.kind, len(rank))))  # fmt: skip
        for f in self.wb.findings:
            f.file = f.file or self.file
        plan.findings = list(self.wb.findings) + [f for r in plan.rows for f in r.incoming.findings]
        return plan

    def _plan_chunk(self, model: type[SyncModel], recs: list[IncomingRecord]) -> list[RowPlan]:
        table = model._meta.table_name
        fields = set(_fields_of(model))
        if str((self.wb.meta or {}).get("masked", "")).lower() in ("ya", "yes", "true", "1"):
            fields -= MASKED_FIELDS  # masked NIK/KK/phone never overwrite the real ones
        shared: dict[int, tuple] = {}
        for rec in recs:
            # Rows of a sheet share one set of present fields: keep sharing the filtered one.
            key = id(rec.present_fields)
            if key not in shared:
                shared[key] = (rec.present_fields, frozenset(rec.present_fields & fields))
            rec.present_fields = shared[key][1]  # type: ignore[assignment]
            if not rec.values.keys() <= fields:
                rec.values = {k: v for k, v in rec.values.items() if k in fields}
            self._normalise_values(model, rec)
            self._resolve_refs(model, rec)  # natural keys of participants need the references
        # Local records by id, then by natural keys.
        by_id = {r["id"]: r for r in _select_rows(self.db, model, "id",
                                                   (r.record_id for r in recs))}  # fmt: skip
        matched: dict[int, dict[str, Any] | None] = {}
        near: dict[int, dict[str, Any]] = {}
        self._match_without_id(model, recs, by_id, matched, near)
        # Duplicate-NIK lookups for people.
        nik_owner: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if table == "person":
            niks = [r.values.get("nik") for r in recs if r.values.get("nik")]
            for row in _select_rows(self.db, Person, "nik", niks, alive_only=True):
                nik_owner[row["nik"]].append(row)
        # Histories for the merge base.
        wanted = []
        for i, rec in enumerate(recs):
            local = by_id.get(rec.record_id) if rec.record_id else matched.get(i)
            if local is not None and rec.record_id and (rec.base_version is not None
                                                         or rec.base_hash):  # fmt: skip
                wanted.append(local["id"])
        histories = _histories(self.db, table, wanted)
        out = []
        for i, rec in enumerate(recs):
            local = by_id.get(rec.record_id) if rec.record_id else matched.get(i)
            self._validate(model, rec, local, nik_owner)
            target = local["id"] if local else rec.record_id
            key = None
            if target:
                key = (table, target)
            elif not rec.delete and table in NATURAL_KEYS:
                key = (table, tuple(self._key_value(k, rec.values.get(k))
                                    for k in NATURAL_KEYS[table]))  # fmt: skip
                if all(v in (None, "") for v in key[1]):
                    key = None  # no key at all (a household without No. KK): nothing to claim
            elif not rec.delete and table == "person" and rec.values.get("birth_date"):
                key = (table, fold_name(rec.values.get("name")), rec.values["birth_date"],
                       rec.values.get("kelurahan"))  # fmt: skip
            elif not rec.delete and table == "person" and rec.values.get("birth_year"):
                key = (table, fold_name(rec.values.get("name")), ("tahun", rec.values["birth_year"]),
                       rec.values.get("kelurahan"))  # fmt: skip
            if key is not None and not rec.rejected:
                first = self.claimed.setdefault(key, (rec.sheet, rec.row))
                if first != (rec.sheet, rec.row):  # one record, two rows: a person chooses
                    self.finding(rec, ERROR, f"Catatan yang sama sudah ada di {first[0]} baris "
                                 f"{first[1]}; satukan kedua baris.")  # fmt: skip
            if rec.rejected:
                out.append(RowPlan(rec, REJECT, record_id=rec.record_id))
                continue
            if i in near:
                cand = near[i]
                item = ConflictItem("match", table, cand["id"], None, None,
                                    _summary(cand, table), _jsonable_values(rec))  # fmt: skip
                out.append(RowPlan(rec, CONFIRM, record_id=cand["id"], conflicts=[item]))
                continue
            base: Any = None
            learned = received = None
            if local is not None and rec.record_id and rec.base_hash:
                base, learned, received = base_by_hash(model, rec, histories.get(local["id"], []),
                                                       local["version"])  # fmt: skip
            if (
                base is None
                and local is not None
                and rec.base_version is not None
                and rec.record_id
            ):
                base = choose_base(histories.get(local["id"], []), rec.base_version,
                                   local["version"], self.source_device, self.here,
                                   _same_as(model, rec))  # fmt: skip
            row_plan = self._decide(model, rec, local, base)
            row_plan.source_device = self.source_device
            if local is None and rec.record_id and rec.base_hash and row_plan.action == CREATE:
                # A record new here: what its row was based on (its own state first).
                learned, received, row_plan.content_hash = first_knowledge(model, rec)
            if (received is not None and row_plan.as_is and self.source_device
                    and received["id"] == received["basis"][0]):  # fmt: skip
                # Taken unchanged as the sender's own version: the local snapshot *is* that
                # state (same device, version and content), nothing to keep beside it.
                received = None
            row_plan.basis = learned
            if received is not None and row_plan.writes:
                received = json.dumps([received], ensure_ascii=False, default=json_value)
            elif received is not None:  # nothing written: added to the current version's list
                current = next((h[5] for h in histories.get(row_plan.record_id, ())
                                if h[0] == local["version"]), None)  # fmt: skip
                received = json.dumps([*(json.loads(current) if current else []), received],
                                      ensure_ascii=False, default=json_value)  # fmt: skip
            row_plan.received = received
            if row_plan.action == CREATE:
                self._remember_created(model, row_plan)
            out.append(row_plan)
        return out

    def _normalise_values(self, model: type[SyncModel], rec: IncomingRecord) -> None:
        table = model._meta.table_name
        natives = _native_types(model)
        for name in list(rec.values):
            value = rec.values[name]
            if value is None:
                continue  # normalise(None) is None
            native = natives.get(name)
            if native is not None and value.__class__ is native and name not in _CHECKED_FIELDS:
                # Already typed by the reader (most cells): what ``normalise`` would do, inline.
                if native is str and not value.strip():
                    rec.values[name] = None
                continue
            if name == "kelurahan" and value not in (None, "") and value not in _KEL_CODES:
                kel = find_kelurahan(str(value))
                if kel is None:
                    self.finding(rec, ERROR, f"Kelurahan tidak dikenal: {value}.", name, value)
                    continue
                value = kel.code
            elif name in ("rt", "rw") and value is not None:
                try:
                    value = rt_rw(value)
                except ValueError:
                    self.finding(rec, ERROR, f"{name.upper()} tidak sah: {value}.", name, value)
                    continue
            elif table == "person" and name == "nik" and value not in (None, ""):
                if value.__class__ is str and value.isdigit():
                    digits = value  # all digits already: the join below would give it back
                else:
                    digits = "".join(ch for ch in str(value) if ch.isdigit())
                value = digits or value
            elif table == "household" and name == "no_kk" and value not in (None, ""):
                value = "".join(ch for ch in str(value) if ch.isdigit()) or value
            try:
                rec.values[name] = normalise(model, name, value)
            except Exception:  # noqa: BLE001 - any unconvertible value is a row error
                self.finding(rec, ERROR, "Nilai tidak dapat dibaca.", name, value)

    # -- matching
    def _match_without_id(self, model: type[SyncModel], recs: list[IncomingRecord],
                          by_id: dict[str, dict[str, Any]],
                          matched: dict[int, dict[str, Any] | None],
                          near: dict[int, dict[str, Any]]) -> None:  # fmt: skip
        table = model._meta.table_name
        pending = [(i, r) for i, r in enumerate(recs) if not r.record_id]
        if not pending:
            return
        if table == "person":
            niks = [r.values.get("nik") for _, r in pending if r.values.get("nik")]
            found: dict[str, dict[str, Any]] = {}
            for row in _select_rows(self.db, Person, "nik", niks, alive_only=True):
                found.setdefault(row["nik"], row)
            rest = []
            for i, rec in pending:
                nik = rec.values.get("nik")
                if nik and nik in found:
                    matched[i] = found[nik]
                elif nik and nik in self.created_nik:
                    rec.record_id = self.created_nik[nik]  # a second row for a new person
                    self.finding(rec, ERROR, "NIK ini muncul dua kali dalam berkas.", "nik", nik)
                elif nik:
                    continue  # a NIK nobody has: a new person
                else:
                    rest.append((i, rec))
            self._match_person_by_name(rest, matched, near)
            return
        if table == "household":
            self._match_household_by_address(pending, near)
        keys = NATURAL_KEYS.get(table)
        if not keys:
            return
        for i, rec in pending:
            if any(rec.values.get(k) in (None, "") for k in keys if k not in ("topic", "program")):
                continue
            key = tuple(self._key_value(k, rec.values.get(k)) for k in keys)
            if (table, key) in self.created_keys:
                continue
            where = []
            params: list[Any] = []
            for k, v in zip(keys, key, strict=True):
                col = model._meta.fields[k].column_name
                if v is None:
                    where.append(f'"{col}" IS NULL')
                elif k in TEXT_KEY_FIELDS:
                    where.append(f'lower(trim("{col}")) = ?')
                    params.append(v)
                else:
                    where.append(f'"{col}" = ?')
                    params.append(model._meta.fields[k].db_value(v))
            sql = (f'SELECT id FROM "{table}" WHERE deleted_at IS NULL AND '
                   + " AND ".join(where) + " LIMIT 1")  # fmt: skip
            hit = self.db.execute_sql(sql, params).fetchone()
            if hit:
                rows = _select_rows(self.db, model, "id", [hit[0]])
                matched[i] = rows[0] if rows else None

    def _match_household_by_address(self, pending: list[tuple[int, IncomingRecord]],
                                     near: dict[int, dict[str, Any]]) -> None:  # fmt: skip
        """Households without ID and No. KK: a living household without No. KK at the same
        address (kelurahan, RW, RT, address text folded) is offered for confirmation — never
        merged silently (two families may share a house), never created again silently."""
        model = MODEL_BY_TABLE["household"]
        for i, rec in pending:
            if rec.values.get("no_kk") not in (None, ""):
                continue
            address = fold_name(rec.values.get("address"))
            if not address:
                continue
            sql = ("SELECT id, address FROM household WHERE deleted_at IS NULL AND "
                   "(no_kk IS NULL OR no_kk = '') AND kelurahan IS ? AND rw IS ? AND rt IS ?")  # fmt: skip
            params = [rec.values.get(k) for k in ("kelurahan", "rw", "rt")]
            for rid, other in self.db.execute_sql(sql, params):
                if fold_name(other) == address:
                    near[i] = _select_rows(self.db, model, "id", [rid])[0]
                    break

    @staticmethod
    def _key_value(name: str, value: Any) -> Any:
        if name in TEXT_KEY_FIELDS and value is not None:
            return " ".join(str(value).split()).lower()
        return value

    def _match_person_by_name(self, rest: list[tuple[int, IncomingRecord]],
                              matched: dict[int, dict[str, Any] | None],
                              near: dict[int, dict[str, Any]]) -> None:  # fmt: skip
        """People without ID and NIK: name + birth date (or, when only an age was written, the
        estimated birth year) + kelurahan.

        The same folded name with the same date, or the same year where one side knows only the
        year, is the same person. A similar name (ratio >= 0.8) on that date or year, or the same
        name one year off where a year is only estimated, is a near match a person confirms.
        """
        for i, rec in rest:
            name, birth, kel = (rec.values.get("name"), rec.values.get("birth_date"),
                                rec.values.get("kelurahan"))  # fmt: skip
            year = birth.year if isinstance(birth, dt.date) else rec.values.get("birth_year")
            if not name or (birth is None and not isinstance(year, int)):
                continue
            folded = fold_name(name)
            exact, best, best_ratio = None, None, 0.0
            for rid, other, obirth, oyear in self._person_candidates(birth, year, kel):
                if birth is not None and obirth is not None:
                    same = obirth == birth  # two full dates: only the same date is a candidate
                    if not same:
                        continue
                else:
                    other_year = obirth.year if obirth is not None else oyear
                    same = other_year == year
                other_folded = fold_name(other)
                if other_folded == folded and same:
                    exact = rid
                    break
                ratio = difflib.SequenceMatcher(None, folded, other_folded).ratio()
                if ratio > best_ratio:
                    best, best_ratio = rid, ratio
            if exact:
                matched[i] = _select_rows(self.db, Person, "id", [exact])[0]
            elif best and best_ratio >= NEAR_MATCH_RATIO:
                near[i] = _select_rows(self.db, Person, "id", [best])[0]

    def _person_candidates(self, birth: dt.date | None, year: int, kel: str | None,
                           ) -> list[tuple[str, str, dt.date | None, int | None]]:  # fmt: skip
        """Living people of ``kel`` born on ``birth``, or (where a side knows only the year)
        within one year of ``year``: (id, name, birth date, birth year)."""
        where_kel = "AND kelurahan = ?" if kel else "AND kelurahan IS NULL"
        kel_params = [kel] if kel else []
        base = f"SELECT id, name, birth_date, birth_year FROM person WHERE deleted_at IS NULL {where_kel} "
        queries = [(base + "AND birth_date IS NULL AND birth_year BETWEEN ? AND ?",
                    [*kel_params, year - 1, year + 1])]  # fmt: skip
        if birth is not None:
            queries.append((base + "AND birth_date = ?",
                            [*kel_params, Person.birth_date.db_value(birth)]))  # fmt: skip
        else:
            lo, hi = dt.date(max(year - 1, 1), 1, 1), dt.date(min(year + 1, 9999), 12, 31)
            queries.append((base + "AND birth_date BETWEEN ? AND ?",
                            [*kel_params, Person.birth_date.db_value(lo),
                             Person.birth_date.db_value(hi)]))  # fmt: skip
        out = []
        for sql, params in queries:
            for rid, other, obirth, oyear in self.db.execute_sql(sql, params):
                out.append((rid, other, Person.birth_date.python_value(obirth), oyear))
        return out

    # -- validation
    def _validate(self, model: type[SyncModel], rec: IncomingRecord,
                  local: dict[str, Any] | None,
                  nik_owner: dict[str, list[dict[str, Any]]]) -> None:  # fmt: skip
        table = model._meta.table_name
        if rec.delete:
            return  # a deletion needs no content
        values = rec.values

        def current(name: str) -> Any:
            if name in rec.present_fields or name in values:
                return values.get(name)
            return local.get(name) if local else None

        # Required fields (NOT NULL without a default) on create, and never blanked on update.
        for name in _required(model):
            if current(name) in (None, ""):
                label = self._label(rec, name)
                if not any(f.column == label for f in rec.findings):
                    self.finding(rec, ERROR, f"Kolom wajib kosong: {label}.", name)
        for name, allowed in _code_fields(table):
            if values.get(name) not in (None, "") and values[name] not in allowed:
                self.finding(rec, ERROR, f"Kode tidak dikenal: {values[name]}.", name, values[name])
        for name in _date_fields(table):
            v = values.get(name)
            if isinstance(v, dt.date) and _as_date(v) > self.today:
                self.finding(rec, ERROR, "Tanggal tidak boleh di masa depan: "
                             f"{_as_date(v).strftime('%d/%m/%Y')}.", name, v)  # fmt: skip
        for name in MONEY_FIELDS & set(values):
            v = values[name]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                self.finding(rec, ERROR, "Jumlah uang harus bilangan bulat Rupiah, tidak negatif.",
                             name, v)  # fmt: skip
        if table == "person":
            for name in Person.WG_FIELDS:
                v = values.get(name)
                if v is not None and v not in (1, 2, 3, 4):
                    self.finding(rec, ERROR, "Jawaban WG-SS harus 1–4.", name, v)
            nik = values.get("nik")
            if nik:
                checked = check_nik(nik, birth_date=current("birth_date"),
                                    birth_year=current("birth_year"), sex=current("sex"))  # fmt: skip
                for f in checked.findings:
                    self.finding(rec, f.severity, f.message, "nik", nik)
                own = local["id"] if local else rec.record_id
                others = [o for o in nik_owner.get(nik, []) if o["id"] != own]
                if checked.ok and others:
                    o = others[0]
                    self.finding(rec, ERROR, f"NIK ini sudah dipakai oleh {o['name']} "
                                 f"(ID {o['id'][:8]}).", "nik", nik)  # fmt: skip
                elif checked.ok and nik in self.created_nik and self.created_nik[nik] != own:
                    self.finding(rec, ERROR, "NIK ini muncul dua kali dalam berkas.", "nik", nik)
        if table == "household" and values.get("no_kk"):
            for f in check_kk(values["no_kk"]).findings:
                self.finding(rec, f.severity, f.message, "no_kk", values["no_kk"])

    def _label(self, rec: IncomingRecord, name: str) -> str:
        """The column as the file names it; else as our exchange workbook names it."""
        label = self.headers.get(rec.sheet, {}).get(name)
        if label:
            return label
        from desktop_app.exchange import format as fmt

        spec = fmt.SHEET_BY_KIND.get(rec.kind)
        column = spec.column_for_field(name) if spec else None
        return column.header if column else name

    def _resolve_refs(self, model: type[SyncModel], rec: IncomingRecord) -> None:
        if rec.delete:
            self._check_tombstone_refs(model, rec)
            return
        for name, f in _foreign_keys(model):
            target = f.rel_model
            ttable = target._meta.table_name
            value = rec.values.get(name)
            if value in (None, "") and name in rec.refs:
                value = self._resolve_natural(target, rec.refs[name])
                if value is None and ttable == "household" and rec.refs[name].get("no_kk"):
                    value = self._new_household(rec, rec.refs[name]["no_kk"])
                    if value is None:
                        continue
                if value is None:
                    shown = ", ".join(
                        str(v) for v in rec.refs[name].values() if v not in (None, "")
                    )
                    if ttable == "person":  # the usual case: a list of participants first
                        message = (f"Orang tidak ditemukan di Berdaya: {shown}. Impor atau "
                                   "daftarkan orangnya lebih dulu, lalu impor berkas ini lagi.")  # fmt: skip
                    else:
                        message = f"Rujukan tidak ditemukan: {shown}."
                    self.finding(rec, ERROR, message, name, shown)
                    continue
                rec.values[name] = value
                rec.present_fields = self._with_field(rec.present_fields, name)
            if value in (None, ""):
                continue
            if value in self.known_ids[ttable]:
                continue
            if value in self.created[ttable]:
                # Created by this import: re-checked at the end, in case that row is rejected.
                self.assumed.append((rec, name, ttable, value))
                continue
            hit = self.db.execute_sql(f'SELECT 1 FROM "{ttable}" WHERE id = ?', [value]).fetchone()
            if hit:
                self.known_ids[ttable].add(value)
            elif value in self.incoming_ids[ttable]:
                # A row of this import (perhaps later: a household's head is a person); checked
                # once every row is planned, see _reject_dangling.
                self.assumed.append((rec, name, ttable, value))
            else:
                self.finding(rec, ERROR, f"Rujukan tidak ditemukan (ID {str(value)[:8]}).", name,
                             value)  # fmt: skip

    def _check_tombstone_refs(self, model: type[SyncModel], rec: IncomingRecord) -> None:
        """A deletion row needs no references; one that can be kept as a tombstone (below) needs
        every reference to exist already. Never a finding: deleting is always allowed."""
        for name, f in _foreign_keys(model):
            ttable = f.rel_model._meta.table_name
            value = rec.values.get(name)
            if value in (None, ""):
                continue
            if value in self.known_ids[ttable]:
                continue
            if value in self.created[ttable]:
                # Created by this import: if that row is rejected in the end, this deletion is
                # not kept either (``_reject_dangling``), or the commit would fail on the key.
                self.assumed.append((rec, name, ttable, value))
                continue
            if self.db.execute_sql(f'SELECT 1 FROM "{ttable}" WHERE id = ?', [value]).fetchone():
                self.known_ids[ttable].add(value)
            else:
                self.unresolved.add(id(rec))

    def _with_field(self, present: Any, name: str) -> frozenset:
        """``present`` plus ``name``, shared between the rows that had the same set."""
        key = (id(present), name)
        hit = self._unions.get(key)
        if hit is None or hit[0] is not present:
            hit = (present, frozenset(present) | {name})
            self._unions[key] = hit
        return hit[1]

    def _reject_dangling(self, plan: ImportPlan) -> None:
        """Reject rows whose reference points to a row of this import that was itself rejected."""
        by_rec = {id(r.incoming): r for r in plan.rows}
        changed = True
        while changed:
            changed = False
            for rec, name, ttable, value in self.assumed:
                row = by_rec.get(id(rec))
                if row is None or row.action in (REJECT, UNCHANGED) or value in self.created[ttable]:
                    continue
                if row.tombstone:
                    # A deletion of a record this device never had, kept as a tombstone only
                    # while what it refers to exists: nothing to keep, nothing to report.
                    self.created[row.kind].pop(row.record_id, None)
                    row.action = UNCHANGED
                    changed = True
                    continue
                self.finding(rec, ERROR, f"Rujukan ke baris yang ditolak (ID {value[:8]}).", name,
                             value)  # fmt: skip
                if row.action == CREATE and row.record_id:
                    self.created[row.kind].pop(row.record_id, None)
                row.action, row.changes, row.conflicts = REJECT, {}, []
                changed = True

    def _resolve_natural(self, target: type[SyncModel], ref: dict[str, Any]) -> str | None:
        ttable = target._meta.table_name
        if ref.get("id"):
            return str(ref["id"])
        if ttable == "person":
            nik = "".join(ch for ch in str(ref.get("nik") or "") if ch.isdigit())
            if nik:
                if nik in self.created_nik:
                    return self.created_nik[nik]
                return self._first_id("SELECT id FROM person WHERE nik = ? AND deleted_at IS NULL",
                                      nik)  # fmt: skip
            name, birth = ref.get("name"), ref.get("birth_date")
            if name and birth:
                for rid, other in self.db.execute_sql(
                    "SELECT id, name FROM person WHERE deleted_at IS NULL AND birth_date = ?",
                    [Person.birth_date.db_value(birth)],
                ):
                    if fold_name(other) == fold_name(name):
                        return rid
            return None
        if ttable == "household" and ref.get("no_kk"):
            kk = "".join(ch for ch in str(ref["no_kk"]) if ch.isdigit())
            key = (ttable, (kk,))
            if key in self.created_keys:
                return self.created_keys[key]
            return self._first_id("SELECT id FROM household WHERE no_kk = ? AND deleted_at IS NULL",
                                  kk)  # fmt: skip
        if ref.get("name") and "name" in target._meta.fields:
            name = " ".join(str(ref["name"]).split()).lower()
            if (ttable, (name,)) in self.created_keys:
                return self.created_keys[(ttable, (name,))]
            return self._first_id(
                f'SELECT id FROM "{ttable}" WHERE deleted_at IS NULL AND lower(trim(name)) = ? '
                "ORDER BY created_at LIMIT 1", name)  # fmt: skip
        return None

    def _first_id(self, sql: str, *params: Any) -> str | None:
        """The first id ``sql`` finds, asked once per plan: planning only reads, inside one
        transaction, so the answer cannot change (every member of a household names its No. KK:
        100,000 rows of a re-import asked the same few questions one by one)."""
        key = (sql, params)
        if key not in self._found:
            hit = self.db.execute_sql(sql, list(params)).fetchone()
            self._found[key] = hit[0] if hit else None
        return self._found[key]

    def _new_household(self, rec: IncomingRecord, no_kk: Any) -> str | None:
        """A person's No. KK that no household has yet: the household is created with it."""
        checked = check_kk(no_kk)
        if not checked.ok:
            for f in checked.findings:
                self.finding(rec, f.severity, f.message, "household", no_kk)
            return None
        values = {"no_kk": checked.value}
        for name in ("kelurahan", "rw", "rt", "address"):
            values[name] = rec.values.get(name)
        raw = IncomingRecord("household", f"{rec.sheet} › KK baru", rec.row, values, set(values),
                             raw=list(rec.raw))  # fmt: skip
        model = MODEL_BY_TABLE["household"]
        row = self._decide(model, raw, None, None)
        row.source_device = self.source_device
        self._remember_created(model, row)
        self.synthesized.append(row)
        return row.record_id

    def _can_keep_tombstone(self, model: type[SyncModel], rec: IncomingRecord) -> bool:
        return bool(rec.record_id and rec.base_version and id(rec) not in self.unresolved
                    and all(rec.values.get(n) not in (None, "") for n in _required(model)))  # fmt: skip

    def _remember_created(self, model: type[SyncModel], row: RowPlan) -> None:
        table = model._meta.table_name
        assert row.record_id
        self.created[table][row.record_id] = row
        if table == "person" and row.values.get("nik"):
            self.created_nik[row.values["nik"]] = row.record_id
        keys = NATURAL_KEYS.get(table)
        if keys:
            key = tuple(self._key_value(k, row.values.get(k)) for k in keys)
            self.created_keys[(table, key)] = row.record_id

    # -- deciding
    def _decide(self, model: type[SyncModel], rec: IncomingRecord, local: dict[str, Any] | None,
                base: dict[str, Any] | None) -> RowPlan:  # fmt: skip
        table = model._meta.table_name
        content = _fields_of(model)
        fields = model._meta.fields
        # An empty cell never blanks a field that cannot be empty (Ya/Tidak columns left blank).
        present = [f for f in content if f in rec.present_fields
                   and (fields[f].null or rec.values.get(f) is not None)]  # fmt: skip
        theirs = {f: rec.values.get(f) for f in present}
        if local is None:
            if rec.delete:
                if not self._can_keep_tombstone(model, rec):
                    return RowPlan(rec, UNCHANGED, record_id=rec.record_id)
                # A record deleted elsewhere that this laptop never had: kept as a tombstone so
                # the deletion travels on and an older copy of the row cannot bring it back.
                values = rec.values
                for f in content:
                    if f not in values or (values[f] is None and not fields[f].null):
                        default = fields[f].default
                        values[f] = default() if callable(default) else default
                return RowPlan(rec, CREATE, record_id=rec.record_id, values=values,
                               new_version=rec.base_version, as_is=True, tombstone=True)  # fmt: skip
            rid = rec.record_id or new_uuid()
            values = rec.values  # completed in place: 100,000 rows need no second copy
            for f in content:
                if f not in theirs:
                    default = fields[f].default
                    values[f] = default() if callable(default) else default
            version = rec.base_version if (rec.record_id and rec.base_version) else 1
            return RowPlan(rec, CREATE, record_id=rid, values=values, new_version=version, as_is=bool(rec.record_id and rec.base_version))  # fmt: skip
        mine = {f: local.get(f) for f in content}
        rid = local["id"]
        lv = local["version"]
        # Each field's value in every merge base (usually one; several when both sides merged
        # each other's rows and no single common state contains all the others).
        base_values: dict[str, list[Any]] | None = None
        if base is not None:
            bases = base if isinstance(base, list) else [base]
            base_values = {f: [normalise(model, f, b.get(f)) for b in bases] for f in content}
        locally_changed = base_values is not None and any(
            mine[f] not in base_values[f] for f in content
        )
        deleted_here = local.get("deleted_at") is not None
        if rec.delete:
            if deleted_here:
                return RowPlan(rec, UNCHANGED, record_id=rid, local_version=lv)
            # Edited here since the version the deletion was based on (versions, not numbers:
            # another laptop's "version 3" may not include our version 2) -> a person decides.
            if (
                rec.base_version is not None
                and rec.record_id
                and (base_values is None or locally_changed)
            ):
                item = ConflictItem("delete", table, rid, None, None, "diubah", "dihapus",
                                    rec.base_version)  # fmt: skip
                return RowPlan(rec, CONFLICT, record_id=rid, conflicts=[item], local_version=lv,
                               values=mine)  # fmt: skip
            return RowPlan(rec, DELETE, record_id=rid, local_version=lv, new_version=lv + 1,
                           values=mine)  # fmt: skip
        # Field-level merge.
        changes: dict[str, tuple[Any, Any]] = {}
        conflicts: list[ConflictItem] = []
        for f in present:
            t, m_ = theirs[f], mine[f]
            if t == m_:
                continue
            if base_values is not None:
                bs = base_values[f]
                if t in bs:
                    continue  # only we changed it (or nobody)
                if m_ in bs:
                    changes[f] = (m_, t)
                    continue
                conflicts.append(ConflictItem("field", table, rid, f, bs[0], m_, t,
                                              rec.base_version))  # fmt: skip
            else:
                # No base (an office list without ID/Versi, or an unknown Versi): fill blanks only.
                if m_ is None or m_ == "" or (m_ is False and t is True):
                    changes[f] = (m_, t)
                elif t is None:
                    continue  # an empty cell in an office list never blanks a field
                else:
                    conflicts.append(ConflictItem("field", table, rid, f, None, m_, t,
                                                  rec.base_version))  # fmt: skip
        if deleted_here:
            if changes or conflicts:
                item = ConflictItem("delete", table, rid, None, None, "dihapus",
                                    _jsonable_values(rec), rec.base_version)  # fmt: skip
                return RowPlan(rec, CONFLICT, record_id=rid, conflicts=[item], local_version=lv,
                               values=mine)  # fmt: skip
            return RowPlan(rec, UNCHANGED, record_id=rid, local_version=lv)
        values = {**mine, **{f: new for f, (_, new) in changes.items()}}
        if not changes and not conflicts:
            return RowPlan(rec, UNCHANGED, record_id=rid, local_version=lv)
        new_version = lv + 1 if changes else lv
        as_is = False
        if changes and rec.base_version is not None and rec.base_version > lv and not conflicts:
            as_is = all(values[f] == theirs[f] for f in present)
            new_version = rec.base_version if as_is else rec.base_version + 1
        action = CONFLICT if conflicts else UPDATE
        return RowPlan(rec, action, record_id=rid, changes=changes, conflicts=conflicts,
                       values=values, local_version=lv, new_version=new_version, as_is=as_is)  # fmt: skip


def _row_state(model: type[SyncModel], rec: IncomingRecord
               ) -> tuple[list[str], str | None, dict[str, Any] | None, str | None, str | None]:  # fmt: skip
    """(state ids the row names, the row's own state id, its content, the exported content hash,
    the row's content hash) from its ``Basis`` cell. The own state is the exported one when the
    content still matches the ``h:`` hash, an office state when someone edited the row, unknown
    for a row with columns missing."""
    fields = _fields_of(model)
    listed = basis_mod.parse(rec.base_hash)
    exported = basis_mod.exported_content(rec.base_hash)
    if not listed or exported is None or not all(f in rec.present_fields for f in fields):
        return listed, None, None, exported, None
    content = {f: rec.values.get(f) for f in fields}
    own = basis_mod.content_hash(model, content)
    state = listed[0] if own == exported else basis_mod.office_state_id(listed[0], own)
    return listed, state, content, exported, own


def _received_entry(state: str, listed: list[str], content: dict[str, Any],
                    exported: str | None) -> dict[str, Any]:  # fmt: skip
    entry = {"id": state, "basis": listed[: basis_mod.MAX_HASHES], "data": content}
    if listed and state != listed[0] and exported:
        # An office's edit of a row: keep the hash of the row as exported, so that state's
        # content can be found again from a later row of the same record (``_reconstruct``).
        entry["exported"] = exported
    return entry


AMBIGUOUS_LIMIT = 12  # fields that may come from either side: at most 4,096 hashes tried


def _reconstruct(model: type[SyncModel], target: str, edited: dict[str, Any],
                 later: dict[str, Any]) -> dict[str, Any] | None:  # fmt: skip
    """The content an office started from, when this device holds only the office's edit of it
    (``edited``) and a later state of the same record (``later``) from the device that exported
    it: every field of the exported row is in one of the two (the office and the device rarely
    change the same field), and the exported content hash ``target`` says which. None when no
    combination gives that hash (both changed a field)."""
    fields = _fields_of(model)
    mine = {f: normalise(model, f, edited.get(f)) for f in fields}
    theirs = {f: normalise(model, f, later.get(f)) for f in fields}
    ambiguous = [f for f in fields if mine[f] != theirs[f]]
    if len(ambiguous) > AMBIGUOUS_LIMIT:
        return None
    for mask in range(1 << len(ambiguous)):
        candidate = dict(mine)
        for bit, f in enumerate(ambiguous):
            if mask >> bit & 1:
                candidate[f] = theirs[f]
        if basis_mod.content_hash(model, candidate) == target:
            return candidate
    return None


def first_knowledge(model: type[SyncModel], rec: IncomingRecord
                    ) -> tuple[str | None, dict[str, Any] | None, str | None]:  # fmt: skip
    """What a record created here from a row knows: the row's state and what it contained,
    and the row's content hash (its snapshot's: the writer need not hash it again)."""
    listed, state, content, exported, own = _row_state(model, rec)
    if not listed:
        return None, None, None
    learned = basis_mod.join([*([state] if state else []), *listed]) or None
    received = (_received_entry(state, listed, content, exported)
                if state and content is not None else None)  # fmt: skip
    return learned, received, own


def base_by_hash(model: type[SyncModel], rec: IncomingRecord, history: list[tuple],
                 local_version: int) -> tuple[Any, str | None, dict[str, Any] | None]:  # fmt: skip
    """The exact merge base named by the row's ``Basis``, the knowledge to remember, and the row
    to keep as a future base.

    The states this device knows the content of are its snapshots and the rows imports merged
    into them (``record_version.received``). Of those the row also contains, the newest — the
    ones no other common state contains — are the base: one dict, or a list when there are
    several (each field is then unchanged on a side whose value is any of theirs). A row whose
    own state is already contained here brings nothing new (base = the row itself). No common
    state: (None, …), the caller falls back to ``choose_base``. The second value is the
    ``Basis`` text to store with the version this import leaves (None when nothing is new); the
    third the row as ``record_version.received`` keeps it (None when not needed).
    """
    listed, state, content, exported, _own = _row_state(model, rec)
    contents: dict[str, Any] = {}  # state id -> data (JSON text or dict)
    office_edits: dict[str, dict[str, Any]] = {}  # exported state id -> the office's edit of it
    ancestors: dict[str, frozenset[str]] = {}
    known: set[str] = set()
    current_merged: list[str] = []
    for ver, dev, data, merged, stored, received in sorted(history, key=lambda h: h[0]):
        merged_list = basis_mod.parse(merged)
        for entry in json.loads(received) if received else ():
            contents[entry["id"]] = entry["data"]
            ancestors[entry["id"]] = frozenset(entry["basis"])
            if entry.get("exported"):
                office_edits[entry["basis"][0]] = entry
        known.update(merged_list)
        sid = basis_mod.state_id(dev, ver, stored or basis_mod.snapshot_hash(model, data))
        contents[sid] = data
        ancestors[sid] = frozenset(known)
        known.add(sid)
        if ver == local_version:
            current_merged = merged_list
    if state is not None and state in known:
        return content, None, None  # a row this device already contains: nothing in it is new
    if content is not None:
        # A state known here only as what an office edited: its content is the office's row
        # with the office's changes undone, which this later row of the same record shows.
        for s in listed:
            entry = office_edits.get(s)
            if s not in contents and entry is not None:
                found = _reconstruct(model, entry["exported"], entry["data"], content)
                if found is not None:
                    contents[s] = found
                    ancestors[s] = frozenset(entry["basis"][1:])
    common = [s for s in dict.fromkeys(listed) if s in contents]
    newest = [s for s in common
              if not any(s in ancestors[o] for o in common if o != s)]  # fmt: skip
    bases = [json.loads(d) if isinstance(d, str) else d for d in map(contents.get, newest)]
    incoming = ([state] if state else []) + listed
    if set(incoming) <= known:
        return (bases or None), None, None
    learned = basis_mod.join([*incoming, *current_merged])
    received = (_received_entry(state, listed, content, exported)
                if state and content is not None else None)  # fmt: skip
    return (bases or None), learned, received


def _same_as(model: type[SyncModel], rec: IncomingRecord) -> Callable[[dict[str, Any]], bool]:
    def check(snapshot: dict[str, Any]) -> bool:
        return all(normalise(model, f, snapshot.get(f)) == rec.values.get(f)
                   for f in rec.present_fields)  # fmt: skip

    return check


@cache
def _foreign_keys(model: type[SyncModel]) -> tuple[tuple[str, pw.ForeignKeyField], ...]:
    return tuple((n, f) for n, f in model._meta.fields.items()
                 if isinstance(f, pw.ForeignKeyField) and n not in SyncModel.SYSTEM_FIELDS)  # fmt: skip


@cache
def _required(model: type[SyncModel]) -> tuple[str, ...]:
    return tuple(n for n in _fields_of(model)
                 if not model._meta.fields[n].null and model._meta.fields[n].default is None)  # fmt: skip


@cache
def _code_fields(table: str) -> tuple[tuple[str, dict[str, str]], ...]:
    return tuple((name, allowed) for (t, name), allowed in CODE_FIELDS.items() if t == table)


@cache
def _date_fields(table: str) -> tuple[str, ...]:
    return tuple(name for t, name in NOT_IN_FUTURE if t == table)


def _as_date(v: dt.date) -> dt.date:
    return v.date() if isinstance(v, dt.datetime) else v


def _jsonable_values(rec: IncomingRecord) -> dict[str, Any]:
    return {k: json_value(v) for k, v in rec.values.items() if k in rec.present_fields}


def _summary(row: dict[str, Any], table: str = "person") -> dict[str, Any]:
    keys = (("no_kk", "address", "rt", "rw", "kelurahan") if table == "household"
            else ("name", "nik", "birth_date", "kelurahan", "sex"))  # fmt: skip
    return {k: json_value(row.get(k)) for k in keys}


def plan(db: pw.Database, workbook: ParsedWorkbook, *, today: dt.date | None = None,
         progress: Progress | None = None) -> ImportPlan:  # fmt: skip
    """The preview: validate, match and merge every row; nothing is written."""
    planner = _Planner(db, workbook, today or dt.date.today(), progress or no_progress)
    # Row plans pile up and live on: the cycle collector would only rescan them and the records
    # (a third of the planning time for 100,000 people). Paused meanwhile, as while reading.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return planner.run()
    finally:
        if collecting:
            gc.enable()


def describe_value(value: Any) -> str:
    """A value as the user reads it: dates dd/mm/yyyy, booleans Ya/Tidak, empty as '(kosong)'."""
    if value is None or value == "":
        return "(kosong)"
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        y, m, d = value.split("-")
        return f"{d}/{m}/{y}"
    if isinstance(value, dict):
        return ", ".join(
            f"{k}: {describe_value(v)}" for k, v in value.items() if v not in (None, "")
        )
    return str(value)

"""Export to an exchange workbook, and the empty template for offices.

Scopes (``ExportOptions``):

- everything: every record, tombstones included (as ``Status`` = ``HAPUS``);
- one kelurahan: the people living there (by their own kelurahan or their family's), their
  families, everything recorded about them (participations, attendance, services, outcomes,
  group memberships), the kelurahan's groups with their whole arisan ledger, the kelurahan's
  programs with their sessions and indicators, and every record these refer to, so each ``ID``
  in the workbook resolves at the office;
- one program: the program with its sessions, indicators, participants, attendance, services,
  outcomes and groups, and every record these refer to (the people and their families);
- only what changed since the last export of the same scope to the same office: the records of
  the scope with a ``record_version`` newer than that export's mark (a sequence number, not a
  clock: a wrong laptop clock never hides a change) or a later ``updated_at``.

Every export except a masked one records an ``ExportMark`` and an audit entry. The file is read
from one consistent snapshot and written atomically (``exchange.writer``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app import __version__
from desktop_app.domain.wilayah import find_kelurahan
from desktop_app.exchange import basis, crypto
from desktop_app.exchange import format as f
from desktop_app.exchange.writer import write_workbook
from desktop_app.services import audit, privacy
from desktop_app.services.context import Actor
from desktop_app.services.progress import Progress, no_progress
from desktop_app.storage import models as m
from desktop_app.storage.database import kelurahan_names

DEFAULT_OFFICE = "Kantor Kecamatan"
ALL = "semua"

# Sheet order inside a sheet: stable and independent of insertion order, so a round trip through
# another database gives the same workbook.
ORDER_BY: dict[str, str] = {
    "household": '"kelurahan", "rw", "rt", "no_kk", "id"',
    "person": '"kelurahan", "name", "birth_date", "id"',
    "organization": '"name", "id"',
    "program": '"name", "id"',
    "enrollment": '"program_id", "person_id", "id"',
    "activity": '"program_id", "date", "id"',
    "attendance": '"activity_id", "person_id", "id"',
    "service": '"date", "person_id", "id"',
    "outcome_indicator": '"program_id", "name", "id"',
    "outcome": '"indicator_id", "person_id", "date", "id"',
    "community_group": '"name", "id"',
    "group_membership": '"group_id", "person_id", "id"',
    "group_meeting": '"group_id", "date", "id"',
    "group_meeting_attendance": '"meeting_id", "person_id", "id"',
    "arisan_cycle": '"group_id", "start_date", "id"',
    "arisan_share": '"cycle_id", "number", "id"',
    "arisan_round": '"cycle_id", "number", "id"',
    "arisan_contribution": '"round_id", "share_id", "id"',
    "arisan_draw": '"round_id", "id"',
    "arisan_payout": '"round_id", "share_id", "id"',
}

# Tables whose rows belong to one person: in a kelurahan scope they come only through that person.
PERSON_TABLES = ("enrollment", "attendance", "service", "outcome", "group_membership",
                 "group_meeting_attendance")  # fmt: skip


@dataclass
class ExportOptions:
    kelurahan: str | None = None  # name or code, as typed
    program: str | None = None  # program name (case-insensitive) or ID
    changed_since_last: bool = False
    office: str = DEFAULT_OFFICE
    mask: bool = False
    consented_only: bool = False  # leave out people without recorded consent (services.privacy)
    password: str | None = None  # protect the workbook with this password (exchange.crypto)


MIN_WORKBOOK_PASSWORD = crypto.MIN_PASSWORD


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int]
    scope: str  # as written in _meta: "semua", "kelurahan:Alak", "program:…" (+ " +perubahan")
    since: dt.datetime | None = None  # the previous export's time, for changed-only exports
    masked: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class ExportError(ValueError):
    """A one-line Indonesian message: unknown kelurahan or program, and the like."""


@dataclass(frozen=True)
class Scope:
    key: str  # stored in ExportMark.scope: "semua", "kelurahan:<code>", "program:<id>"
    label: str  # written in _meta: "semua", "kelurahan:<name>", "program:<name>"
    kelurahan: str | None = None  # code
    program: str | None = None  # id


def resolve_scope(options: ExportOptions) -> Scope:
    if options.kelurahan and options.program:
        raise ExportError("Pilih satu cakupan saja: kelurahan atau program.")
    if options.kelurahan:
        kel = find_kelurahan(options.kelurahan)
        if kel is None:
            raise ExportError(f"Kelurahan tidak dikenal: {options.kelurahan}")
        return Scope(f"kelurahan:{kel.code}", f"kelurahan:{kel.name}", kelurahan=kel.code)
    if options.program:
        text = options.program.strip()
        matches = list(m.Program.select().where(
            (m.Program.id == text) | (pw.fn.lower(m.Program.name) == text.lower())))  # fmt: skip
        alive = [p for p in matches if p.deleted_at is None] or matches
        if not alive:
            raise ExportError(f"Program tidak ditemukan: {text}")
        if len(alive) > 1:
            raise ExportError(f"Ada {len(alive)} program bernama {text}; pakai ID programnya.")
        program = alive[0]
        return Scope(f"program:{program.id}", f"program:{program.name}", program=program.id)
    return Scope(ALL, ALL)


# --- which records ------------------------------------------------------------------------------

IdSets = dict[str, set[str] | None]  # table -> ids to export; None means every row


def _fk_fields(model: type[m.SyncModel]) -> list[pw.ForeignKeyField]:
    return [fl for fl in model._meta.sorted_fields if isinstance(fl, pw.ForeignKeyField)]


class _Graph:
    """The id and foreign keys of every synchronised row, loaded once per scoped export."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self._rows: dict[str, list[tuple[Any, ...]]] = {}

    def rows(self, table: str, *columns: str) -> list[tuple[Any, ...]]:
        key = f"{table}:{','.join(columns)}"
        if key not in self._rows:
            cols = ", ".join(f'"{c}"' for c in ("id", *columns))
            self._rows[key] = self.db.execute_sql(f'SELECT {cols} FROM "{table}"').fetchall()
        return self._rows[key]

    def children(self, table: str, fk_column: str, parents: set[str]) -> set[str]:
        return {row[0] for row in self.rows(table, fk_column) if row[1] in parents}


def scope_ids(db: pw.Database, scope: Scope) -> IdSets:
    """The ids to export per table for ``scope`` (see the module docstring)."""
    if scope.kelurahan is None and scope.program is None:
        return {model._meta.table_name: None for model in m.SYNC_MODELS}
    g = _Graph(db)
    ids: dict[str, set[str]] = {model._meta.table_name: set() for model in m.SYNC_MODELS}
    full_groups: set[str] = set()
    full_programs: set[str] = set()  # with their participants' records
    program_structure: set[str] = set()  # sessions and indicators only
    if scope.kelurahan is not None:
        code = scope.kelurahan
        ids["household"] = {r[0] for r in g.rows("household", "kelurahan") if r[1] == code}
        ids["person"] = {r[0] for r in g.rows("person", "kelurahan", "household_id")
                         if r[1] == code or r[2] in ids["household"]}  # fmt: skip
        full_groups = {r[0] for r in g.rows("community_group", "kelurahan") if r[1] == code}
        program_structure = {r[0] for r in g.rows("program", "kelurahan") if r[1] == code}
    else:
        assert scope.program is not None
        full_programs = {scope.program}
        program_structure = set(full_programs)
        full_groups = g.children("community_group", "program_id", full_programs)

    people = ids["person"]
    for table in PERSON_TABLES:
        ids[table] |= g.children(table, "person_id", people)
    # Programs: structure, and for a program scope everything recorded in them.
    ids["program"] |= program_structure
    ids["activity"] |= g.children("activity", "program_id", program_structure)
    ids["outcome_indicator"] |= g.children("outcome_indicator", "program_id", program_structure)
    if full_programs:
        ids["enrollment"] |= g.children("enrollment", "program_id", full_programs)
        ids["service"] |= g.children("service", "program_id", full_programs)
        ids["attendance"] |= g.children("attendance", "activity_id", ids["activity"])
        ids["outcome"] |= g.children("outcome", "indicator_id", ids["outcome_indicator"])
    # Groups of the scope come with their members, meetings and whole arisan ledger.
    ids["community_group"] |= full_groups
    ids["group_membership"] |= g.children("group_membership", "group_id", full_groups)
    ids["group_meeting"] |= g.children("group_meeting", "group_id", full_groups)
    ids["group_meeting_attendance"] |= g.children("group_meeting_attendance", "meeting_id",
                                                  ids["group_meeting"])  # fmt: skip
    cycles = g.children("arisan_cycle", "group_id", full_groups)
    ids["arisan_cycle"] |= cycles
    ids["arisan_share"] |= g.children("arisan_share", "cycle_id", cycles)
    rounds = g.children("arisan_round", "cycle_id", cycles)
    ids["arisan_round"] |= rounds
    for table in ("arisan_contribution", "arisan_draw", "arisan_payout"):
        ids[table] |= g.children(table, "round_id", rounds)
    # A member's own arisan shares in groups outside the scope, with their ledger lines.
    ids["arisan_share"] |= g.children("arisan_share", "membership_id", ids["group_membership"])
    for table in ("arisan_contribution", "arisan_payout"):
        ids[table] |= g.children(table, "share_id", ids["arisan_share"])
    _close_upwards(g, ids)
    return dict(ids)


def _close_upwards(g: _Graph, ids: dict[str, set[str]]) -> None:
    """Add every record that an exported record refers to, until nothing more is added."""
    edges = [(model._meta.table_name, fk.column_name, fk.rel_model._meta.table_name)
             for model in m.SYNC_MODELS for fk in _fk_fields(model)]  # fmt: skip
    changed = True
    while changed:
        changed = False
        for table, column, target in edges:
            chosen = ids[table]
            if not chosen:
                continue
            wanted = {row[1] for row in g.rows(table, column) if row[0] in chosen and row[1]}
            new = wanted - ids[target]
            if new:
                ids[target] |= new
                changed = True


def last_mark(office: str, scope: Scope) -> m.ExportMark | None:
    return (m.ExportMark.select()
            .where((m.ExportMark.office == office) & (m.ExportMark.scope == scope.key)
                   & (m.ExportMark.masked == False))  # noqa: E712 - SQL comparison
            .order_by(m.ExportMark.id.desc()).first())  # fmt: skip


def current_version_seq(db: pw.Database) -> int:
    return db.execute_sql('SELECT COALESCE(MAX(id), 0) FROM "record_version"').fetchone()[0]


def changed_ids(db: pw.Database, mark: m.ExportMark) -> dict[str, set[str]]:
    """Ids per table changed after ``mark``: by version sequence, and by time as a second net."""
    out: dict[str, set[str]] = {model._meta.table_name: set() for model in m.SYNC_MODELS}
    for table, record_id in db.execute_sql(
        'SELECT table_name, record_id FROM "record_version" WHERE id > ?', (mark.version_seq,)
    ):
        if table in out:
            out[table].add(record_id)
    since = mark.at.isoformat(sep=" ") if isinstance(mark.at, dt.datetime) else str(mark.at)
    for table in out:
        out[table].update(r[0] for r in db.execute_sql(
            f'SELECT id FROM "{table}" WHERE updated_at > ?', (since,)))  # fmt: skip
    return out


# --- rows ---------------------------------------------------------------------------------------


class _Lookups:
    """Values of referenced records for the read-only helper columns (NIK Penduduk, …)."""

    def __init__(self, db: pw.Database, hidden: dict[str, set[str]] | None = None) -> None:
        self.db = db
        self._maps: dict[tuple[str, str], dict[str, Any]] = {}
        self.hidden = hidden or {}  # records left out of the export show nowhere, not even here

    def column(self, model: type[m.SyncModel], field_name: str) -> dict[str, Any]:
        table = model._meta.table_name
        key = (table, field_name)
        if key not in self._maps:
            column = model._meta.fields[field_name].column_name
            values = dict(self.db.execute_sql(f'SELECT id, "{column}" FROM "{table}"'))
            for hidden_id in self.hidden.get(table, ()):
                values.pop(hidden_id, None)
            self._maps[key] = values
        return self._maps[key]

    def resolver(self, model: type[m.SyncModel], col: f.ColumnSpec) -> Callable[[Any], Any]:
        assert col.ref is not None and col.attr is not None
        hops: list[dict[str, Any]] = []
        current = model._meta.fields[col.ref].rel_model
        for hop in col.via:
            hops.append(self.column(current, hop))
            current = current._meta.fields[hop].rel_model
        final = self.column(current, col.attr)
        date_field = isinstance(current._meta.fields[col.attr], pw.DateField)

        def resolve(ref_id: Any) -> Any:
            for mapping in hops:
                if ref_id is None:
                    return None
                ref_id = mapping.get(ref_id)
            if ref_id is None:
                return None
            value = final.get(ref_id)
            if date_field and isinstance(value, str):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return value
            return value

        return resolve


def _sheet_rows(db: pw.Database, spec: f.SheetSpec, wanted: set[str] | None,
                lookups: _Lookups, with_basis: bool = True) -> Iterator[list[Any]]:  # fmt: skip
    """Rows of ``spec`` as stored (dates as ISO text, booleans as 0/1), lookups resolved.

    ``with_basis=False`` (masked exports) leaves the ``Basis`` cells blank: a hash of the whole
    content next to the masked NIK would let anyone find the NIK by trying the few thousand
    numbers that fit the row's birth date and region."""
    model = spec.model
    table = model._meta.table_name
    select: list[str] = []
    fill: list[tuple[int, int, Callable[[Any], Any]]] = []  # (target index, source index, resolve)
    for col in spec.columns:
        if col.kind == f.STATUS:
            select.append('"deleted_at"')
        elif col.kind == f.BASIS:
            select.append("NULL")
        elif col.kind == f.LOOKUP:
            select.append("NULL")
        else:
            assert col.field is not None
            select.append(f'"{model._meta.fields[col.field].column_name}"')
    for i, col in enumerate(spec.columns):
        if col.kind == f.LOOKUP:
            source = next(
                j for j, c in enumerate(spec.columns) if c.kind == f.REF and c.field == col.ref
            )
            fill.append((i, source, lookups.resolver(model, col)))
    # References to records left out of the export (people without consent) are blanked.
    hidden_refs = [(i, lookups.hidden[rel]) for i, col in enumerate(spec.columns)
                   if col.kind == f.REF and col.field is not None
                   and (rel := model._meta.fields[col.field].rel_model._meta.table_name)
                   in lookups.hidden]  # fmt: skip
    basis_index = next((i for i, c in enumerate(spec.columns) if c.kind == f.BASIS), None)
    bases = basis_cells(db, model, wanted) if basis_index is not None and with_basis else {}
    order = ORDER_BY.get(table, '"id"')
    cursor = db.execute_sql(f'SELECT {", ".join(select)} FROM "{table}" ORDER BY {order}')
    id_index = next(i for i, c in enumerate(spec.columns) if c.kind == f.ID)
    while True:
        batch = cursor.fetchmany(5000)
        if not batch:
            return
        for raw in batch:
            if wanted is not None and raw[id_index] not in wanted:
                continue
            row = list(raw)
            for index, hidden in hidden_refs:
                if row[index] in hidden:
                    row[index] = None
            for target, source, resolve in fill:
                row[target] = resolve(row[source])
            if basis_index is not None:
                row[basis_index] = bases.get(raw[id_index])
            yield row


def basis_cells(db: pw.Database, model: type[m.SyncModel],
                wanted: set[str] | None = None) -> dict[str, str]:  # fmt: skip
    """The ``Basis`` cell of every record of ``model`` (or of ``wanted``): ``h:`` + the content
    hash of its newest snapshot (what the row exports), then the state ids of its snapshots,
    newest first, each followed by what an import merged into it (``exchange.basis``)."""
    out: dict[str, str] = {}
    current: str | None = None
    content: str | None = None
    states: list[str] = []
    cursor = db.execute_sql(
        # The snapshot's text only where its hash was never stored (reading every text: +5 s
        # on the district export).
        "SELECT record_id, version, device_id, content_hash, "
        "CASE WHEN content_hash IS NULL THEN data END, basis FROM record_version "
        "WHERE table_name = ? ORDER BY record_id, version DESC", [model._meta.table_name])  # fmt: skip
    while True:
        batch = cursor.fetchmany(5000)
        if not batch:
            break
        for rid, version, device, stored, data, merged in batch:
            if rid != current:
                if current is not None and content is not None:
                    out[current] = basis.cell(content, states)
                current, content, states = rid, None, []
            if wanted is not None and rid not in wanted:
                continue
            if len(states) < basis.MAX_HASHES:
                chash = stored or basis.snapshot_hash(model, data)
                if content is None:
                    content = chash
                states.append(basis.state_id(device, version, chash))
                if merged:
                    states.extend(basis.parse(merged))
    if current is not None and content is not None:
        out[current] = basis.cell(content, states)
    return out


def export(db: pw.Database, path: Path | str, actor: Actor, options: ExportOptions | None = None,
           progress: Progress = no_progress) -> ExportResult:  # fmt: skip
    """Write the exchange workbook for ``options`` to ``path`` (atomically)."""
    options = options or ExportOptions()
    office = (options.office or DEFAULT_OFFICE).strip()
    path = Path(path)
    progress(0, 0, "Menyiapkan ekspor…")
    with db.atomic():  # one read snapshot for the whole workbook
        scope = resolve_scope(options)
        version_seq = current_version_seq(db)
        ids = scope_ids(db, scope)
        since: dt.datetime | None = None
        label = scope.label
        if options.changed_since_last:
            label += " +perubahan"
            mark = last_mark(office, scope)
            if mark is not None:
                since = mark.at
                changed = changed_ids(db, mark)
                ids = {t: (changed[t] if s is None else s & changed[t]) for t, s in ids.items()}
        excluded: dict[str, set[str]] = {}
        if options.consented_only:
            ids, excluded = privacy.only_consented(db, ids)
        total = 0
        for spec in f.SHEETS:
            wanted = ids[spec.kind]
            total += spec.model.select().count() if wanted is None else len(wanted)
        lookups = _Lookups(db, excluded)
        meta = f.Meta(app_version=__version__, device_id=actor.device_id,
                      facilitator=actor.user or "", office=office, scope=label,
                      exported_at=m.utcnow().isoformat(timespec="seconds") + "Z",
                      masked=options.mask)  # fmt: skip
        sheets = [(spec, _sheet_rows(db, spec, ids[spec.kind], lookups, not options.mask))
                  for spec in f.SHEETS]  # fmt: skip
        counts = write_workbook(path, sheets, meta, kelurahan_names=kelurahan_names(),
                                progress=progress, total=total)  # fmt: skip
    if options.password:
        progress(0, 0, "Mengunci buku kerja dengan kata sandi…")
        crypto.encrypt_file(path, options.password)
    with db.atomic():
        if not options.mask:
            m.ExportMark.create(office=office, scope=scope.key, user=actor.user,
                                device_id=actor.device_id, file_name=path.name,
                                version_seq=version_seq, masked=False,
                                counts=json.dumps(counts, ensure_ascii=False))  # fmt: skip
        audit.append("export", user=actor.user, device_id=actor.device_id,
                     detail=json.dumps({"file": path.name, "office": office, "scope": label,
                                        "masked": options.mask, "rows": sum(counts.values()),
                                        "consented_only": options.consented_only,
                                        "password": bool(options.password)},
                                       ensure_ascii=False))  # fmt: skip
    return ExportResult(path, counts, label, since=since, masked=options.mask, meta=meta.as_dict())


def write_template(path: Path | str, sheets: Sequence[f.SheetSpec] = f.SHEETS) -> dict[str, int]:
    """An empty exchange workbook (headers, Petunjuk, drop-downs) for offices to fill.

    Needs no database: kelurahan names come from the shipped reference list.
    """
    from desktop_app.domain.wilayah import kelurahan_list

    meta = f.Meta(app_version=__version__, template=True,
                  exported_at=m.utcnow().isoformat(timespec="seconds") + "Z")  # fmt: skip
    names = {k.code: k.name for k in kelurahan_list()}
    return write_workbook(path, [(spec, ()) for spec in sheets], meta, kelurahan_names=names)

"""Property: two devices and an office exchange workbooks in any order.

A model tracks, for every field, which edits each side has seen and the value each edit wrote.
After every import it finds the common base of the field — the newest edits both sides had seen,
newest by what each edit's writer had seen (causality, never clocks) — and predicts the result by
value: a side "changed" the field when its value differs from the base's (so an edit typed back,
A -> B -> A, is no change). Changed on one side: that side's value; changed on both to different
values: a conflict (ours kept, queued). A side's merge is a new state of the field (it has seen
both), so an edit made on top of it is newer than both merged edits. When both sides had seen two
concurrent edits of the field and no merge of them (each laptop kept its own in a conflict), the
base is both of them. Workbooks carry the hidden
``Basis`` column as the exporter writes it. The implementation must agree exactly, with office
edits relayed through the other device too: no accepted edit lost, nothing duplicated, no
conflict that the model does not predict and none missing.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.exchange.types import IncomingRecord, ParsedWorkbook
from desktop_app.services import exchange_export as exp
from desktop_app.services import exchange_import as imp
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage import database
from desktop_app.storage.models import Person, SyncConflict, database_proxy

FIELDS = ("occupation", "phone", "notes")
VALUES = ("a", "b", "c")
N = 2
_events = itertools.count(1)
VALUE_OF: dict[int, str | None] = {}  # event -> the value that edit wrote
LINEAGE_OF: dict[int, frozenset] = {}  # event -> every edit of the field its writer had seen


@dataclass
class Cell:
    value: str | None
    event: int
    lineage: frozenset  # every edit of this field the writer of ``event`` had seen


@dataclass
class Side:
    db: pw.SqliteDatabase
    actor: Actor
    cells: dict = field(default_factory=dict)  # (record index, field) -> Cell
    seen: dict = field(default_factory=dict)  # (record index, field) -> set of events


def use(side: Side) -> None:
    database_proxy.initialize(side.db)


def new_side(name: str) -> Side:
    db = database.connect(":memory:")
    side = Side(db, Actor.local(db, name))
    return side


def export(side: Side, ids: list[str]) -> tuple[ParsedWorkbook, dict]:
    use(side)
    recs = []
    bases = exp.basis_cells(side.db, Person)
    for i, rid in enumerate(ids):
        p = Person.get_by_id(rid)
        values = {f: records.field_value(p, f) for f in p.content_fields()}
        rec = IncomingRecord("person", "Penduduk", i + 2, values, set(values), rid, p.version)
        rec.base_hash = bases[rid]
        recs.append(rec)
    wb = ParsedWorkbook(Path(f"{side.actor.user}.xlsx"), "h", "exchange",
                        {"device_id": side.actor.device_id}, [], recs)  # fmt: skip
    carried = {k: (c, frozenset(side.seen[k])) for k, c in side.cells.items()}
    return wb, carried


def edit(side: Side, ids: list[str], idx: int, fname: str, value: str) -> None:
    use(side)
    key = (idx, fname)
    p = Person.get_by_id(ids[idx])
    if getattr(p, fname) == value:
        return
    setattr(p, fname, value)
    records.save(p, side.actor)
    e = next(_events)
    VALUE_OF[e] = value
    side.seen[key] = side.seen[key] | {e}
    side.cells[key] = Cell(value, e, frozenset(side.seen[key]))
    LINEAGE_OF[e] = side.cells[key].lineage


def receive(side: Side, ids: list[str], wb: ParsedWorkbook, carried: dict) -> None:
    use(side)
    before = {(c.record_id, c.field, c.theirs_value) for c in SyncConflict.select()}
    plan = imp.preview(side.db, copy.deepcopy(wb))
    imp.apply(side.db, plan, side.actor, backup=False)
    new_conflicts = {(c.record_id, c.field) for c in SyncConflict.select()
                     if (c.record_id, c.field, c.theirs_value) not in before}  # fmt: skip
    all_conflicts = {(c.record_id, c.field, c.theirs_value) for c in SyncConflict.select()}
    for (idx, fname), (theirs, their_seen) in carried.items():
        key = (idx, fname)
        mine = side.cells[key]
        sender = their_seen | theirs.lineage | {theirs.event}
        common = side.seen[key] & sender
        newest = {e for e in common if not any(e in LINEAGE_OF[o] for o in common - {e})}
        base = {VALUE_OF[e] for e in newest}  # the newest edits both sides had seen
        expect_conflict = False
        if theirs.value == mine.value or theirs.value in base:
            expected = mine  # same value, or they did not change it
        elif mine.value in base:
            expected = theirs  # only they changed it
        else:
            expected, expect_conflict = mine, True  # both changed it, to different values
        got = getattr(Person.get_by_id(ids[idx]), fname)
        rid = ids[idx]
        queued = (rid, fname, f'"{theirs.value}"') in all_conflicts
        if expect_conflict:
            assert got == expected.value, (idx, fname, got, expected, mine, theirs, base)
            assert queued, (idx, fname, mine, theirs, base)
        else:
            assert got == expected.value, (idx, fname, got, expected, mine, theirs, base)
            assert (rid, fname) not in new_conflicts, (idx, fname, mine, theirs, base)
        learned = side.seen[key] | their_seen | {theirs.event}
        if learned != side.seen[key]:
            # The merge is a new state of the field here, after everything both sides had: a
            # later edit made on top of it (an office editing this side's export) is newer than
            # both of the merged edits, as the record's merged version is in the implementation.
            m = next(_events)
            VALUE_OF[m] = expected.value
            LINEAGE_OF[m] = frozenset(learned | {m})
            side.seen[key] = set(LINEAGE_OF[m])
            side.cells[key] = Cell(expected.value, m, LINEAGE_OF[m])
        else:
            side.cells[key] = expected
    assert Person.select().count() == N  # nothing duplicated


op = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from("AB"),
        st.integers(0, N - 1),
        st.sampled_from(FIELDS),
        st.sampled_from(VALUES),
    ),  # fmt: skip
    st.tuples(st.just("export"), st.sampled_from("AB")),
    st.tuples(
        st.just("office"), st.integers(0, N - 1), st.sampled_from(FIELDS), st.sampled_from(VALUES)
    ),  # fmt: skip
    st.tuples(st.just("send"), st.sampled_from("AB")),
)


# Random examples on every run: this test found the merge bug of session 10 (a laptop that had
# merged another's row asked again about the other's next edit). 4,500 examples up to 30 steps pass.
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=14))
def test_two_devices_and_an_office_never_lose_or_duplicate(ops):
    sides = {"A": new_side("A"), "B": new_side("B")}
    try:
        a = sides["A"]
        use(a)
        ids = []
        for i in range(N):
            p = Person(name=f"Orang {i}", sex="P")
            records.save(p, a.actor)
            ids.append(p.id)
        e0 = next(_events)
        VALUE_OF[e0] = None
        LINEAGE_OF[e0] = frozenset({e0})
        for side in sides.values():
            for i in range(N):
                for f in FIELDS:
                    side.cells[(i, f)] = Cell(None, e0, frozenset({e0}))
                    side.seen[(i, f)] = {e0}
        wb, carried = export(a, ids)
        receive(sides["B"], ids, wb, carried)
        held = None
        for o in ops:
            if o[0] == "edit":
                edit(sides[o[1]], ids, o[2], o[3], o[4])
            elif o[0] == "export":
                held = export(sides[o[1]], ids)
                exported = dict(held[1])
                sent = False
            elif o[0] == "office" and held is not None and not sent:
                # Office edits happen before the workbook is sent; a workbook edited further after
                # it was imported somewhere is the one inexact case (docs/excel-apply.md), covered
                # by test_exchange_basis.py (never lost, may be asked).
                wb, carried = held
                idx, fname, value = o[1], o[2], o[3]
                cell, seen = carried[(idx, fname)]
                wb.records[idx].values[fname] = value
                if exported[(idx, fname)][0].value == value:
                    # Typed back to what was exported: a merge by content cannot tell this
                    # from "not touched" (the ABA case), so the model treats it as untouched.
                    carried[(idx, fname)] = exported[(idx, fname)]
                elif cell.value != value:
                    e = next(_events)
                    VALUE_OF[e] = value
                    lineage = seen | {cell.event, e}
                    LINEAGE_OF[e] = lineage
                    carried[(idx, fname)] = (Cell(value, e, lineage), lineage)
            elif o[0] == "send" and held is not None:
                sent = True
                receive(sides[o[1]], ids, *held)
    finally:
        for side in sides.values():
            side.db.close()

"""Probable duplicate people, and merging two records into one.

Candidates: the same NIK; or, when at least one of the two has no NIK, a similar name (spelling
variants common in NTT names folded away: Yohanes/Johanis, Marthen/Marten, Elisabeth/Elisabet,
Fransiscus/Fransiskus, Foeh/Fuh) with the same or a close birth date in the same kelurahan.

Merging keeps one identity (the survivor), with the fields the user picked from either record;
moves enrollments, attendance, services, outcomes, group memberships and group-meeting attendance
to the survivor (a program or session both were in keeps the survivor's row and tombstones the
other, since enrollment(person, program) and attendance(activity, person) are unique while alive);
tombstones the other person; and writes one ``merge`` entry in the audit log. All in one
transaction, every row through the single write path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from desktop_app.services import audit, records
from desktop_app.services.context import Actor
from desktop_app.storage.models import (
    ArisanShare,
    Attendance,
    Enrollment,
    GroupMeetingAttendance,
    GroupMembership,
    Household,
    Outcome,
    Person,
    Service,
    database_proxy,
)
from desktop_app.storage.search import fold

CLOSE_DAYS = 366  # birth dates this close (or the same estimated year ±1) count as "close"
MIN_SCORE = 70

# Spelling variants, applied in order to a folded name.
_VARIANT_TEXT: tuple[tuple[str, str], ...] = (
    (r"ph", "f"), (r"th", "t"), (r"dj", "j"), (r"tj", "c"), (r"sch", "s"), (r"ch", "k"),
    (r"ck", "k"), (r"c(?=[aou])", "k"), (r"q", "k"), (r"x", "ks"), (r"v", "f"), (r"z", "s"),
    (r"oe", "u"), (r"j", "y"), (r"ie", "i"), (r"ij", "i"), (r"ey", "i"), (r"ay", "ai"),
    (r"(?<=[aeiou])h(?![aeiou])", ""),
    (r"(.)\1+", r"\1"),
)  # fmt: skip
_VARIANTS = tuple((re.compile(pattern), repl) for pattern, repl in _VARIANT_TEXT)
_SPLIT = re.compile(r"[^a-z]+")
_FINAL_VOWEL = re.compile(r"(?<=[^aeiou])[aeiou](?=[^aeiou]$)")
_TITLES = {
    "bpk",
    "bapak",
    "ibu",
    "mama",
    "bapa",
    "nona",
    "nn",
    "ny",
    "sdr",
    "sdri",
    "tn",
    "dr",
    "ir",
}


@lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """A name with NTT spelling variants and titles folded away: 'Johanis Fanggidaej' and
    'Yohanes Fanggidae' come out close."""
    words = [w for w in _SPLIT.split(fold(name)) if w and w not in _TITLES]
    out = []
    for word in words:
        for pattern, repl in _VARIANTS:
            word = pattern.sub(repl, word)
        # unstressed final vowels vary (Yohanes/Yohanis, Agustina/Agustin): keep the skeleton
        word = _FINAL_VOWEL.sub("", word) if len(word) > 4 else word
        out.append(word)
    return " ".join(out)


def name_similarity(a: str | None, b: str | None) -> float:
    """0..1, tolerant of word order and spelling variants."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    matcher = SequenceMatcher(None, ka, kb)
    if matcher.real_quick_ratio() < 0.5:  # lengths alone rule out a similar name
        return matcher.real_quick_ratio()
    direct = matcher.ratio()
    sorted_a, sorted_b = " ".join(sorted(ka.split())), " ".join(sorted(kb.split()))
    return max(direct, SequenceMatcher(None, sorted_a, sorted_b).ratio())


def _birth_days_apart(a: Person | Any, b: Person | Any) -> int | None:
    if a.birth_date and b.birth_date:
        return abs((a.birth_date - b.birth_date).days)
    ya = a.birth_date.year if a.birth_date else a.birth_year
    yb = b.birth_date.year if b.birth_date else b.birth_year
    if ya is None or yb is None:
        return None
    return abs(ya - yb) * 365


def _year(p: Any) -> int | None:
    return p.birth_date.year if p.birth_date else p.birth_year


@dataclass
class Candidate:
    a: str  # person ids, a < b
    b: str
    score: int
    reasons: list[str] = field(default_factory=list)
    a_name: str = ""
    b_name: str = ""


def score_pair(a: Any, b: Any) -> tuple[int, list[str]]:
    """0–100 with the reasons, for two people (rows with name, nik, sex, birth, kelurahan…)."""
    reasons = []
    if a.nik and b.nik:
        if a.nik == b.nik:
            return 100, ["NIK sama"]
        return 0, ["NIK berbeda"]
    sim = name_similarity(a.name, b.name)
    score = sim * 60
    reasons.append(f"nama mirip {round(sim * 100)}%")
    days = _birth_days_apart(a, b)
    if days is not None:
        if days == 0:
            score += 25
            reasons.append("tanggal lahir sama")
        elif days <= 31:
            score += 18
            reasons.append("tanggal lahir berdekatan")
        elif days <= CLOSE_DAYS:
            score += 10
            reasons.append("tahun lahir berdekatan")
        else:
            score -= 30
    if a.sex != b.sex:
        score -= 20
        reasons.append("jenis kelamin berbeda")
    if a.kelurahan and a.kelurahan == b.kelurahan:
        score += 5
        if a.rw and a.rw == b.rw and a.rt == b.rt:
            score += 5
            reasons.append("RW/RT sama")
    if a.household_id and a.household_id == b.household_id:
        score += 5
        reasons.append("satu keluarga")
    return max(0, min(99, round(score))), reasons


_COLUMNS = (Person.id, Person.name, Person.nik, Person.sex, Person.birth_date, Person.birth_year,
            Person.kelurahan, Person.rw, Person.rt, Person.household)  # fmt: skip


def find(min_score: int = MIN_SCORE, progress: Callable[[int, int, str], None] | None = None,
         limit: int = 2000) -> list[Candidate]:  # fmt: skip
    """Probable duplicates among living people, best first."""
    found: dict[tuple[str, str], Candidate] = {}

    def add(a: Any, b: Any, score: int, reasons: list[str]) -> None:
        x, y = sorted((a, b), key=lambda p: p.id)
        key = (x.id, y.id)
        if key not in found or found[key].score < score:
            found[key] = Candidate(x.id, y.id, score, reasons, x.name, y.name)

    # Equal NIKs are found in the table itself (``main``): for a Pengamat the ``person`` view
    # masks NIKs, and every NIK of one kelurahan would look the same ("537101**********").
    # The rows read for display still come through the view (masked).
    same = database_proxy.obj.execute_sql(
        'SELECT "id", "nik" FROM main."person" WHERE "deleted_at" IS NULL AND "nik" IN '
        '(SELECT "nik" FROM main."person" WHERE "deleted_at" IS NULL AND "nik" IS NOT NULL '
        """AND "nik" != '' GROUP BY "nik" HAVING count(*) > 1)"""
    ).fetchall()
    nik_of = dict(same)
    by_nik: dict[str, list[Any]] = {}
    for row in Person.alive().select(*_COLUMNS).where(Person.id.in_(list(nik_of))).objects():
        by_nik.setdefault(nik_of[row.id], []).append(row)
    for group in by_nik.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                add(a, b, 100, ["NIK sama"])

    # Fuzzy: block by kelurahan, birth year and the starts of the first and last words of the
    # name key (variants are folded first, so Johanis/Yohanes start alike), so a person without
    # NIK is compared only with people of the same kelurahan born within a year whose name starts
    # alike: a handful, not the whole kelurahan.
    people = list(Person.alive().select(*_COLUMNS).objects())
    blocks: dict[tuple[str | None, str, int | None], list[Any]] = {}
    words: dict[str, set[str]] = {}
    for p in people:
        parts = name_key(p.name).split() or [""]
        words[p.id] = {f"{parts[0][:2]}/{parts[-1][:2]}", f"{parts[-1][:2]}/{parts[0][:2]}"}
        for prefix in words[p.id]:
            blocks.setdefault((p.kelurahan, prefix, _year(p)), []).append(p)
    probes = [p for p in people if not p.nik]
    compared: set[tuple[str, str]] = set()
    for n, a in enumerate(probes):
        if progress and n % 500 == 0:
            progress(n, len(probes), "Mencari kemungkinan data ganda…")
        year = _year(a)
        years = (year - 1, year, year + 1) if year is not None else (None,)
        for prefix in words[a.id]:
            for y in years:
                for b in blocks.get((a.kelurahan, prefix, y), ()):
                    pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                    if b.id == a.id or pair in compared:
                        continue
                    compared.add(pair)
                    days = _birth_days_apart(a, b)
                    if days is not None and days > CLOSE_DAYS:
                        continue
                    score, reasons = score_pair(a, b)
                    if score >= min_score:
                        add(a, b, score, reasons)
    out = sorted(found.values(), key=lambda c: (-c.score, c.a_name))
    return out[:limit]


# --- merge ------------------------------------------------------------------------------------

MERGE_FIELDS = tuple(Person.content_fields())


def differences(keep_id: str, other_id: str) -> list[tuple[str, Any, Any]]:
    """(field, survivor's value, other's value) for every content field that differs."""
    keep = records.content_of(Person.get_by_id(keep_id))
    other = records.content_of(Person.get_by_id(other_id))
    return [(f, keep[f], other[f]) for f in MERGE_FIELDS if keep[f] != other[f]]


@dataclass
class MergeResult:
    survivor: str
    removed: str
    moved: dict[str, int]
    collisions: dict[str, int]
    changes: list[records.Change]


def merge(actor: Actor, keep_id: str, other_id: str,
          take_from_other: list[str] | tuple[str, ...] = ()) -> MergeResult:  # fmt: skip
    """Merge ``other_id`` into ``keep_id``; ``take_from_other`` lists fields whose value the
    survivor takes from the other record (field-by-field review)."""
    if keep_id == other_id:
        raise ValueError("Tidak dapat menggabungkan data dengan dirinya sendiri.")
    db = database_proxy.obj
    changes: list[records.Change] = []
    moved: dict[str, int] = {}
    collisions: dict[str, int] = {}

    def record(change: records.Change | None) -> None:
        if change is not None:
            changes.append(change)

    with db.atomic():
        keep = Person.get_by_id(keep_id)
        other = Person.get_by_id(other_id)
        if keep.deleted_at or other.deleted_at:
            raise ValueError("Salah satu data sudah ada di tempat sampah; pulihkan dulu.")
        unknown = set(take_from_other) - set(MERGE_FIELDS)
        if unknown:
            raise ValueError(f"Kolom tidak dikenal: {', '.join(sorted(unknown))}")
        nik_taken = "nik" in take_from_other and other.nik
        # The other's NIK moves to the survivor: tombstone the other first (unique while alive).
        record(records.delete(other, actor))
        for name in take_from_other:
            keep.__data__[name] = other.__data__.get(name)
        if nik_taken:
            keep.no_nik_reason = None
        record(records.save(keep, actor))

        def move(model: Any, unique_on: str | None, label: str) -> None:
            rows = list(model.alive().where(model.person == other_id))
            for row in rows:
                clash = None
                if unique_on is not None:
                    col = getattr(model, unique_on)
                    clash = (model.alive().where((model.person == keep_id)
                                                 & (col == row.__data__[unique_on])).first())  # fmt: skip
                if clash is not None:
                    if model is GroupMembership:
                        # Both were members: the other's arisan shares go to the survivor's
                        # membership (a member may hold several shares), so no ledger is orphaned.
                        for share in ArisanShare.alive().where(ArisanShare.membership == row.id):
                            share.__data__["membership"] = clash.id
                            record(records.save(share, actor))
                            moved["arisan_share"] = moved.get("arisan_share", 0) + 1
                    record(records.delete(row, actor))
                    collisions[label] = collisions.get(label, 0) + 1
                else:
                    row.__data__["person"] = keep_id
                    record(records.save(row, actor))
                    moved[label] = moved.get(label, 0) + 1

        move(Enrollment, "program", "enrollment")
        move(Attendance, "activity", "attendance")
        move(Service, None, "service")
        move(Outcome, None, "outcome")
        move(GroupMembership, "group", "group_membership")
        move(GroupMeetingAttendance, "meeting", "group_meeting_attendance")
        for household in Household.select().where(Household.head == other_id):
            household.__data__["head"] = keep_id
            record(records.save(household, actor))
        audit.append("merge", user=actor.user, device_id=actor.device_id, table_name="person",
                     record_id=keep_id,
                     detail=json.dumps({"survivor": keep_id, "merged": other_id,
                                        "fields_from_merged": list(take_from_other),
                                        "moved": moved, "collisions": collisions},
                                       sort_keys=True))  # fmt: skip
    return MergeResult(keep_id, other_id, moved, collisions, changes)

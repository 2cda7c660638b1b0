"""People and households: list, validate, save, households, recycle bin, undo, profile.

Every single-record write goes through ``services.records`` (versions, audit, change events); each
use case returns the ``Change`` list it produced so the UI can undo it (reverting the changes in
reverse order, again through the write path, so undo itself is audited).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from desktop_app.domain import codes
from desktop_app.domain import nik as nik_rules
from desktop_app.domain.disability import ANSWERS
from desktop_app.domain.people import PersonFacts, age_on, vulnerability_categories
from desktop_app.services import auth, records
from desktop_app.services.context import Actor
from desktop_app.storage import masking, search
from desktop_app.storage.models import (
    Activity,
    Attendance,
    AuditLog,
    Enrollment,
    Group,
    GroupMembership,
    Household,
    Outcome,
    OutcomeIndicator,
    Person,
    Program,
    RecordVersion,
    Service,
    SyncModel,
    database_proxy,
)
from desktop_app.storage.search import AGE_BANDS, LIFE_STAGES, PageKey, PersonFilter  # noqa: F401

MAX_AGE = 120
Change = records.Change


def _db() -> pw.Database:
    return database_proxy.obj


# --- list ------------------------------------------------------------------------------------


def facts(row: dict[str, Any]) -> PersonFacts:
    """Facts for the vulnerability categories from a list row (see ``storage.search``)."""
    return PersonFacts(
        sex=row.get("sex"),
        birth_date=row.get("birth_date"),
        birth_year=row.get("birth_year"),
        nik=row.get("nik"),
        wg=tuple(row.get(f) for f in Person.WG_FIELDS),
        indigenous=bool(row.get("indigenous")),
        household_decile=row.get("welfare_decile"),
        female_headed_household=row.get("head_sex") == "P",
    )


def person_facts(person: Person) -> PersonFacts:
    household = None
    if person.household_id:
        household = Household.alive().where(Household.id == person.household_id).first()
    head_sex = None
    if household is not None and household.head_id:
        head = Person.get_or_none(Person.id == household.head_id)
        head_sex = head.sex if head else None
    return facts({
        "sex": person.sex, "birth_date": person.birth_date, "birth_year": person.birth_year,
        "nik": person.nik, **{f: getattr(person, f) for f in Person.WG_FIELDS},
        "indigenous": person.indigenous,
        "welfare_decile": household.welfare_decile if household else None, "head_sex": head_sex,
    })  # fmt: skip


def page(f: PersonFilter, *, sort: str = "name", descending: bool = False,
         after: PageKey | None = None, limit: int = 200,
         on: dt.date | None = None) -> tuple[list[dict[str, Any]], PageKey | None]:  # fmt: skip
    """A page of the people list; each row carries ``badges`` (vulnerability codes) and ``age``."""
    on = on or dt.date.today()
    rows, nxt = search.fetch_page(_db(), f, sort=sort, descending=descending, after=after,
                                  limit=limit, on=on)  # fmt: skip
    for row in rows:
        row["badges"] = vulnerability_categories(facts(row), on)
        row["age"] = age_on(row["birth_date"], row["birth_year"], on)
    return rows, nxt


def count(f: PersonFilter, on: dt.date | None = None) -> int:
    return search.count(_db(), f, on)


def quick_count(f: PersonFilter) -> int | None:
    """The count of ``f`` when it is as cheap as the page itself, else None (count later)."""
    return search.quick_count(_db(), f)


def total() -> int:
    return search.count(_db(), PersonFilter())


def matching_ids(f: PersonFilter, on: dt.date | None = None) -> set[str]:
    return search.matching_ids(_db(), f, on)


def rw_rt_values(kelurahan: str | None = None) -> tuple[list[str], list[str]]:
    q = Person.alive()
    if kelurahan:
        q = q.where(Person.kelurahan == kelurahan)
    rws = [
        r.rw
        for r in q.select(Person.rw).where(Person.rw.is_null(False)).distinct().order_by(Person.rw)
    ]
    rts = [
        r.rt
        for r in q.select(Person.rt).where(Person.rt.is_null(False)).distinct().order_by(Person.rt)
    ]
    return rws, rts


def programs() -> list[tuple[str, str]]:
    return list(Program.alive().select(Program.id, Program.name).order_by(Program.name).tuples())


# --- validation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issue:
    """A message shown next to a form field. ``link`` is the id of the person it refers to."""

    field: str
    severity: str  # error / warning
    code: str
    message: str
    link: str | None = None


class ValidationFailed(ValueError):
    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        first = next((i for i in issues if i.severity == "error"), issues[0])
        super().__init__(first.message)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def nik_holder(nik: str, exclude_id: str | None = None) -> Person | None:
    """The living person who already holds ``nik`` (other than ``exclude_id``)."""
    q = Person.alive().where(Person.nik == nik)
    if exclude_id:
        q = q.where(Person.id != exclude_id)
    return q.first()


def validate_person(data: dict[str, Any], person_id: str | None = None,
                    on: dt.date | None = None) -> list[Issue]:  # fmt: skip
    """Every problem of a person's data, errors and warnings, keyed by field."""
    on = on or dt.date.today()
    issues: list[Issue] = []
    if _blank(data.get("name")):
        issues.append(Issue("name", "error", "required", "Nama wajib diisi."))
    elif len(str(data["name"]).strip()) < 2:
        issues.append(Issue("name", "error", "name_short", "Nama terlalu pendek."))
    if data.get("sex") not in codes.SEX:
        issues.append(Issue("sex", "error", "required", "Pilih jenis kelamin."))
    birth_date = data.get("birth_date")
    birth_year = data.get("birth_year")
    if birth_date is None and birth_year is None:
        issues.append(Issue("birth_date", "error", "required",
                            "Isi tanggal lahir, atau perkiraan tahun lahir bila tidak diketahui."))  # fmt: skip
    if birth_date is not None and birth_date > on:
        issues.append(
            Issue("birth_date", "error", "future", "Tanggal lahir tidak boleh di masa depan.")
        )
    if birth_year is not None and birth_year > on.year:
        issues.append(
            Issue("birth_year", "error", "future", "Tahun lahir tidak boleh di masa depan.")
        )
    age = age_on(birth_date, birth_year, on)
    if age is not None and age > MAX_AGE:
        issues.append(Issue("birth_date" if birth_date else "birth_year", "error", "age",
                            f"Umur {age} tahun tidak masuk akal; periksa tanggal lahir."))  # fmt: skip
    raw_nik = data.get("nik")
    if _blank(raw_nik):
        if _blank(data.get("no_nik_reason")):
            issues.append(Issue("no_nik_reason", "error", "no_nik_reason",
                                "Tanpa NIK: pilih alasannya (mis. belum rekam, anak)."))  # fmt: skip
    else:
        check = nik_rules.check_nik(raw_nik, birth_date=birth_date, birth_year=birth_year,
                                    sex=data.get("sex"))  # fmt: skip
        for finding in check.findings:
            issues.append(Issue("nik", finding.severity, finding.code, finding.message))
        if check.value and check.ok:
            holder = nik_holder(check.value, person_id)
            if holder is not None:
                finding = nik_rules.duplicate_nik_finding(holder.name, holder.id)
                issues.append(Issue("nik", "error", finding.code, finding.message, holder.id))
    if data.get("consent_date") is not None and data["consent_date"] > on:
        issues.append(
            Issue(
                "consent_date", "error", "future", "Tanggal persetujuan tidak boleh di masa depan."
            )
        )
    if data.get("consent_given") and data.get("consent_date") is None:
        issues.append(
            Issue("consent_date", "error", "required", "Isi tanggal persetujuan diberikan.")
        )
    if data.get("consent_given") and _blank(data.get("consent_method")):
        issues.append(
            Issue("consent_method", "error", "required", "Pilih cara persetujuan diberikan.")
        )
    for f in Person.WG_FIELDS:
        if data.get(f) is not None and data[f] not in ANSWERS:
            issues.append(Issue(f, "error", "wg", "Jawaban WG-SS harus 1–4."))
    return issues


PERSON_FIELDS = tuple(f for f in Person.content_fields())


def _clean_person(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        if key not in PERSON_FIELDS:
            raise ValueError(f"Kolom tidak dikenal: {key}")
        if isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    if out.get("nik"):
        out["nik"] = nik_rules.strip_digits(out["nik"])
        out["no_nik_reason"] = None
    return out


def save_person(actor: Actor, data: dict[str, Any], person_id: str | None = None, *,
                accept_warnings: bool = False) -> tuple[Person, list[Change]]:  # fmt: skip
    """Create or update a person. Errors always stop; warnings stop unless accepted."""
    current = Person.get_by_id(person_id) if person_id else None
    merged = records.content_of(current) if current else {}
    merged.update(data)
    issues = validate_person(merged, person_id)
    blocking = [i for i in issues if i.severity == "error" or not accept_warnings]
    if blocking:
        raise ValidationFailed(issues)
    clean = _clean_person(data)
    person = current or Person()
    for key, value in clean.items():
        setattr(person, key, value)
    change = records.save(person, actor)
    return person, [change] if change else []


# --- households -------------------------------------------------------------------------------

HOUSEHOLD_FIELDS = tuple(f for f in Household.content_fields())


def validate_household(data: dict[str, Any]) -> list[Issue]:
    issues = []
    check = nik_rules.check_kk(data.get("no_kk"))
    for finding in check.findings:
        issues.append(Issue("no_kk", finding.severity, finding.code, finding.message))
    decile = data.get("welfare_decile")
    if decile is not None and not 1 <= decile <= 10:
        issues.append(Issue("welfare_decile", "error", "decile", "Desil harus 1 sampai 10."))
    income = data.get("monthly_income")
    if income is not None and income < 0:
        issues.append(
            Issue("monthly_income", "error", "income", "Penghasilan tidak boleh negatif.")
        )
    return issues


def save_household(actor: Actor, data: dict[str, Any], household_id: str | None = None,
                   *, accept_warnings: bool = False) -> tuple[Household, list[Change]]:  # fmt: skip
    issues = validate_household(data)
    if [i for i in issues if i.severity == "error" or not accept_warnings]:
        raise ValidationFailed(issues)
    household = Household.get_by_id(household_id) if household_id else Household()
    for key, value in data.items():
        if key not in HOUSEHOLD_FIELDS:
            raise ValueError(f"Kolom tidak dikenal: {key}")
        if isinstance(value, str):
            value = value.strip() or None
        if key == "no_kk" and value:
            value = nik_rules.strip_digits(value)
        setattr(household, key, value)
    change = records.save(household, actor)
    return household, [change] if change else []


def _set(record: SyncModel, actor: Actor, **values: Any) -> list[Change]:
    for key, value in values.items():
        setattr(record, key, value)
    change = records.save(record, actor)
    return [change] if change else []


def create_household_from_person(actor: Actor, person_id: str,
                                 data: dict[str, Any] | None = None) -> tuple[Household, list[Change]]:  # fmt: skip
    """A new household headed by this person, with their address unless ``data`` says otherwise."""
    with _db().atomic():
        person = Person.get_by_id(person_id)
        base = {"kelurahan": person.kelurahan, "rw": person.rw, "rt": person.rt,
                "address": person.address}  # fmt: skip
        base.update(data or {})
        household, changes = save_household(actor, base)
        changes += _set(household, actor, head=person.id)
        changes += _set(person, actor, household=household.id, relationship="1")
    return household, changes


def add_member(actor: Actor, household_id: str, person_id: str, relationship: str) -> list[Change]:
    """Put a person in a household (also moves them out of their current one; history is kept
    in the person's versions and the audit log)."""
    if relationship not in codes.SHDK:
        raise ValueError("Pilih hubungan dalam keluarga.")
    with _db().atomic():
        household = Household.get_by_id(household_id)
        person = Person.get_by_id(person_id)
        changes: list[Change] = []
        if person.household_id and person.household_id != household_id:
            changes += _leave(actor, person)
        changes += _set(person, actor, household=household.id, relationship=relationship)
        if relationship == "1":
            changes += _make_head(actor, household, person)
    return changes


move_person = add_member


def live_household(person: Person) -> Household | None:
    """The person's household unless it is in the recycle bin (a tombstoned household is shown
    nowhere: the person is "tanpa keluarga" until it is restored or they join another one; the
    link is kept so that restoring the household brings its members back)."""
    if not person.household_id:
        return None
    return Household.alive().where(Household.id == person.household_id).first()


def _leave(actor: Actor, person: Person) -> list[Change]:
    old = Household.get_or_none(Household.id == person.household_id)
    if old is not None and old.deleted_at is None and old.head_id == person.id:
        return _set(old, actor, head=None)
    return []


def remove_member(actor: Actor, person_id: str) -> list[Change]:
    with _db().atomic():
        person = Person.get_by_id(person_id)
        if not person.household_id:
            return []
        changes = _leave(actor, person)
        changes += _set(person, actor, household=None, relationship=None)
    return changes


def _make_head(actor: Actor, household: Household, person: Person) -> list[Change]:
    changes: list[Change] = []
    if household.head_id and household.head_id != person.id:
        old_head = Person.get_or_none(Person.id == household.head_id)
        if old_head is not None and old_head.relationship == "1":
            changes += _set(old_head, actor, relationship="11")  # Lainnya, until corrected
    changes += _set(household, actor, head=person.id)
    return changes


def set_head(actor: Actor, household_id: str, person_id: str) -> list[Change]:
    with _db().atomic():
        household = Household.get_by_id(household_id)
        person = Person.get_by_id(person_id)
        if person.household_id != household.id:
            raise ValueError("Orang ini bukan anggota keluarga tersebut.")
        changes = _make_head(actor, household, person)
        changes += _set(person, actor, relationship="1")
    return changes


def members(household_id: str) -> list[Person]:
    return list(Person.alive().where(Person.household == household_id)
                .order_by(Person.relationship.cast("INTEGER"), Person.birth_date))  # fmt: skip


def _household_query(text: str, deleted: bool) -> tuple[pw.ModelSelect, Any]:
    head = Person.alias()
    q = Household.select().join(head, pw.JOIN.LEFT_OUTER, on=(head.id == Household.head))
    q = q.where(Household.deleted_at.is_null(False) if deleted else Household.deleted_at.is_null())
    for token in search.query_tokens(text):
        like = f"%{token}%"
        q = q.where(Household.no_kk.contains(token) | (head.name**like) | (Household.address**like))
    return q, head


def household_page(text: str = "", *, sort: str = "head", descending: bool = False,
                   after: PageKey | None = None, limit: int = 200,
                   deleted: bool = False) -> tuple[list[dict[str, Any]], PageKey | None]:  # fmt: skip
    """A page of households (keyset paging on head's name or KK number, then id)."""
    q, head = _household_query(text, deleted)
    key = pw.fn.COALESCE(Household.no_kk if sort == "kk" else head.name, "")
    member = Person.alias()
    n = member.select(pw.fn.COUNT(member.id)).where(
        (member.household == Household.id) & member.deleted_at.is_null()
    )
    q = q.select(Household.id, Household.no_kk, Household.kelurahan, Household.rw, Household.rt,
                 Household.address, Household.deleted_at, head.name.alias("head_name"),
                 n.alias("members"), key.alias("sort_value"))  # fmt: skip
    if after is not None:
        left, right = pw.Tuple(key, Household.id), pw.Tuple(after.value, after.id)
        q = q.where(left < right if descending else left > right)
    order = (key.desc(), Household.id.desc()) if descending else (key.asc(), Household.id.asc())
    rows = list(q.order_by(*order).limit(limit).dicts())
    nxt = PageKey(rows[-1]["sort_value"], rows[-1]["id"]) if len(rows) == limit else None
    return rows, nxt


def household_count(deleted: bool = False, text: str = "") -> int:
    q, _ = _household_query(text, deleted)
    return q.count()


# --- delete, restore, undo --------------------------------------------------------------------


def delete_person(actor: Actor, person_id: str) -> list[Change]:
    change = records.delete(Person.get_by_id(person_id), actor)
    return [change] if change else []


def restore_person(actor: Actor, person_id: str) -> list[Change]:
    change = records.restore(Person.get_by_id(person_id), actor)
    return [change] if change else []


def delete_household(actor: Actor, household_id: str) -> list[Change]:
    change = records.delete(Household.get_by_id(household_id), actor)
    return [change] if change else []


def restore_household(actor: Actor, household_id: str) -> list[Change]:
    change = records.restore(Household.get_by_id(household_id), actor)
    return [change] if change else []


def _model(table: str) -> type[SyncModel]:
    from desktop_app.storage.models import MODEL_BY_TABLE

    return MODEL_BY_TABLE[table]  # type: ignore[return-value]


def undo(actor: Actor, changes: Iterable[Change]) -> list[Change]:
    """Revert ``changes`` (newest first) through the write path; returns the reverting changes."""
    out: list[Change] = []
    with _db().atomic():
        for change in reversed(list(changes)):
            model = _model(change.table_name)
            record = model.get_by_id(change.record_id)
            if change.action == "create" or change.action == "restore":
                done = records.delete(record, actor)
            elif change.action == "delete":
                done = records.restore(record, actor)
            else:
                for name, (old, _new) in change.changes.items():
                    if isinstance(model._meta.fields[name], pw.ForeignKeyField):
                        record.__data__[name] = old
                    else:
                        setattr(record, name, old)
                done = records.save(record, actor)
            if done:
                out.append(done)
    return out


# --- profile ---------------------------------------------------------------------------------


@dataclass
class ProgramLine:
    program: str
    status: str
    enrolled_on: dt.date | None
    present: int
    sessions: int

    @property
    def rate(self) -> float | None:
        return self.present / self.sessions if self.sessions else None


@dataclass
class OutcomeLine:
    program: str
    indicator: str
    unit: str | None
    baseline: int | None
    latest: int | None
    latest_date: dt.date | None

    @property
    def change(self) -> int | None:
        if self.baseline is None or self.latest is None:
            return None
        return self.latest - self.baseline


@dataclass
class HistoryLine:
    at: dt.datetime
    user: str | None
    action: str
    changes: dict[str, list[Any]]
    detail: str | None


@dataclass
class Profile:
    person: Person
    badges: list[str]
    age: int | None
    household: Household | None  # None also when the household is in the recycle bin
    members: list[Person]
    programs: list[ProgramLine] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    service_total: int = 0
    outcomes: list[OutcomeLine] = field(default_factory=list)
    groups: list[tuple[str, str, str]] = field(default_factory=list)  # name, role, status
    history: list[HistoryLine] = field(default_factory=list)
    deleted_household: Household | None = None  # the household it belongs to, in the recycle bin

    @property
    def sessions_present(self) -> int:
        return sum(p.present for p in self.programs)

    @property
    def sessions_total(self) -> int:
        return sum(p.sessions for p in self.programs)


def profile(person_id: str, on: dt.date | None = None, role: str | None = None) -> Profile:
    on = on or dt.date.today()
    person = Person.get_by_id(person_id)
    household = live_household(person)
    prof = Profile(person, vulnerability_categories(person_facts(person), on),
                   age_on(person.birth_date, person.birth_year, on), household,
                   members(household.id) if household else [])  # fmt: skip
    if household is None and person.household_id:
        prof.deleted_household = Household.get_or_none(Household.id == person.household_id)
    enrollments = (Enrollment.alive().where(Enrollment.person == person_id)
                   .join(Program).where(Program.deleted_at.is_null())
                   .select(Enrollment, Program).order_by(Enrollment.enrolled_on))  # fmt: skip
    for e in enrollments:
        sessions = Activity.alive().where(Activity.program == e.program_id)
        attended = (Attendance.alive().join(Activity)
                    .where((Attendance.person == person_id) & (Activity.program == e.program_id)
                           & Activity.deleted_at.is_null()))  # fmt: skip
        present = attended.where(Attendance.present == True).count()  # noqa: E712
        expected = attended.count()
        prof.programs.append(ProgramLine(e.program.name, codes.label(codes.ENROLLMENT_STATUS, e.status),
                                         e.enrolled_on, present, expected or sessions.count()))  # fmt: skip
    prof.services = list(Service.alive().where(Service.person == person_id).order_by(Service.date))
    prof.service_total = sum(s.amount or 0 for s in prof.services)
    measurements: dict[str, list[Outcome]] = {}
    for o in (Outcome.alive().where(Outcome.person == person_id)
              .order_by(Outcome.date)):  # fmt: skip
        measurements.setdefault(o.indicator_id, []).append(o)
    for indicator_id, values in measurements.items():
        ind = OutcomeIndicator.get_or_none(OutcomeIndicator.id == indicator_id)
        if ind is None:
            continue
        base = next((v for v in values if v.is_baseline), None)
        latest = next((v for v in reversed(values) if not v.is_baseline), None)
        program = Program.get_or_none(Program.id == ind.program_id)
        prof.outcomes.append(OutcomeLine(program.name if program else "", ind.name, ind.unit,
                                         base.value_number if base else None,
                                         latest.value_number if latest else None,
                                         latest.date if latest else None))  # fmt: skip
    for ms in (GroupMembership.alive().where(GroupMembership.person == person_id)
               .join(Group).select(GroupMembership, Group)):  # fmt: skip
        prof.groups.append((ms.group.name, codes.label(codes.GROUP_ROLE, ms.role),
                            codes.label(codes.MEMBERSHIP_STATUS, ms.status)))  # fmt: skip
    prof.history = history(person_id, role=role)
    return prof


def history(record_id: str, limit: int = 200, role: str | None = None) -> list[HistoryLine]:
    """Changes of a record, newest first, from the audit log. A record written in bulk (import,
    demo data) has no audit entry of its own creation: its first version stands in for it.

    The audit log keeps old and new values as they were written (the database's masking views
    do not cover it), so NIK, KK and phone are masked here for a role that may not see them
    (``role``) and whenever the connection itself masks identifiers (a Pengamat session)."""
    rows = (AuditLog.select().where(AuditLog.record_id == record_id)
            .order_by(AuditLog.seq.desc()).limit(limit))  # fmt: skip
    lines = [HistoryLine(r.at, r.user, r.action, json.loads(r.changes) if r.changes else {}, r.detail)
             for r in rows]  # fmt: skip
    if masking.is_enabled(_db()) or not auth.can(role, "see_identifiers"):
        see = "pengamat" if role is None or auth.can(role, "see_identifiers") else role
        for line in lines:
            line.changes = {name: [auth.mask_value(name, v, see) for v in values]
                            if isinstance(values, list) else values
                            for name, values in line.changes.items()}  # fmt: skip
    if not any(h.action == "create" for h in lines):
        first = (RecordVersion.select().where(RecordVersion.record_id == record_id)
                 .order_by(RecordVersion.version).first())  # fmt: skip
        if first is not None:
            lines.append(HistoryLine(first.at, None, "create", {},
                                     "Data awal (impor atau data massal)"))  # fmt: skip
    return lines


def attach_by_kk(
    actor: Actor, person_id: str, no_kk: str | None, relationship: str | None
) -> list[Change]:
    """Put a person in the household with this KK number, creating it when none exists yet.

    This is how a first visit is usually recorded: the facilitator copies the KK card.
    """
    digits = nik_rules.strip_digits(no_kk)
    if not digits:
        return []
    check = nik_rules.check_kk(digits)
    if not check.ok:
        raise ValidationFailed([Issue("no_kk", "error", f.code, f.message) for f in check.errors])
    relationship = relationship or "11"
    with _db().atomic():
        person = Person.get_by_id(person_id)
        household = Household.alive().where(Household.no_kk == digits).first()
        if household is None:
            household, changes = save_household(actor, {"no_kk": digits, "kelurahan": person.kelurahan,
                                                        "rw": person.rw, "rt": person.rt,
                                                        "address": person.address}, accept_warnings=True)  # fmt: skip
        else:
            changes = []
        if person.household_id == household.id and person.relationship == relationship:
            return changes
        changes += add_member(actor, household.id, person.id, relationship)
    return changes

"""Use cases of programs: organizations, the catalog, eligibility, enrollment, sessions and
attendance, services delivered and outcome indicators.

Every single-record write goes through ``records.save`` (versions, audit); a use case that writes
several records wraps them in one ``db.atomic()`` so it is all-or-nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import peewee as pw

from desktop_app.domain import codes
from desktop_app.domain.disability import has_disability
from desktop_app.domain.nik import check_nik
from desktop_app.domain.people import age_on
from desktop_app.domain.programs import (
    EligibilityRule,
    Measurement,
    OutcomeSummary,
    PersonAttributes,
    attendance_rate,
    birth_date_bounds,
    check_transition,
    choice_value,
    is_eligible,
    summarize_outcomes,
)
from desktop_app.domain.wilayah import find_kelurahan, kelurahan_list
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage.models import (
    Activity,
    Attendance,
    Enrollment,
    Household,
    Organization,
    Outcome,
    OutcomeIndicator,
    Person,
    Program,
    Service,
)

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _db() -> pw.Database:
    return Program._meta.database


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def kelurahan_name(code: str | None) -> str:
    if not code:
        return ""
    for kel in kelurahan_list():
        if kel.code == code:
            return kel.name
    return code


# --- Organizations ----------------------------------------------------------------------------


def list_organizations() -> list[Organization]:
    return list(Organization.alive().order_by(Organization.name))


def save_organization(actor: Actor, *, name: str, kind: str, contact_person: str | None = None,
                      phone: str | None = None, address: str | None = None,
                      notes: str | None = None, org_id: str | None = None) -> Organization:  # fmt: skip
    if not _text(name):
        raise ValueError("Nama organisasi wajib diisi.")
    if kind not in codes.ORGANIZATION_KIND:
        raise ValueError("Jenis organisasi tidak dikenal.")
    phone = _text(phone)
    if phone and not re.fullmatch(r"\+?[0-9 \-]{6,20}", phone):
        raise ValueError("Nomor telepon hanya boleh berisi angka, spasi, tanda - atau +.")
    org = Organization.get_by_id(org_id) if org_id else Organization()
    org.name, org.kind = _text(name), kind
    org.contact_person, org.phone = _text(contact_person), phone
    org.address, org.notes = _text(address), _text(notes)
    records.save(org, actor)
    return org


# --- Program catalog --------------------------------------------------------------------------


@dataclass
class ProgramInput:
    name: str
    kind: str
    organizer_id: str | None = None
    description: str | None = None
    location: str | None = None
    kelurahan: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    budget: int | None = None
    target_groups: list[str] = field(default_factory=list)
    rule: EligibilityRule = field(default_factory=EligibilityRule)


@dataclass
class ProgramRow:
    id: str
    name: str
    kind: str
    organizer: str
    start_date: dt.date | None
    end_date: dt.date | None
    enrolled: int


def save_program(actor: Actor, data: ProgramInput, program_id: str | None = None) -> Program:
    if not _text(data.name):
        raise ValueError("Nama program wajib diisi.")
    if data.kind not in codes.PROGRAM_KIND:
        raise ValueError("Jenis program tidak dikenal.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ValueError("Tanggal selesai tidak boleh sebelum tanggal mulai.")
    if data.budget is not None and data.budget < 0:
        raise ValueError("Anggaran tidak boleh negatif.")
    if (
        data.organizer_id
        and not Organization.alive().where(Organization.id == data.organizer_id).exists()
    ):
        raise ValueError("Penyelenggara tidak ditemukan.")
    from desktop_app.domain.people import VULNERABILITY

    unknown = [g for g in data.target_groups if g not in VULNERABILITY]
    if unknown:
        raise ValueError(f"Kelompok sasaran tidak dikenal: {', '.join(unknown)}.")
    data.rule.validate()
    program = Program.get_by_id(program_id) if program_id else Program()
    program.name, program.kind = _text(data.name), data.kind
    program.organizer = data.organizer_id
    program.description, program.location = _text(data.description), _text(data.location)
    program.kelurahan = data.kelurahan or None
    program.start_date, program.end_date = data.start_date, data.end_date
    program.budget = data.budget
    program.target_groups = ",".join(data.target_groups) or None
    program.eligibility = data.rule.to_json()
    records.save(program, actor)
    return program


def program_input(program: Program) -> ProgramInput:
    return ProgramInput(
        name=program.name, kind=program.kind, organizer_id=program.__data__.get("organizer"),
        description=program.description, location=program.location, kelurahan=program.kelurahan,
        start_date=program.start_date, end_date=program.end_date, budget=program.budget,
        target_groups=[g for g in (program.target_groups or "").split(",") if g],
        rule=EligibilityRule.from_json(program.eligibility),
    )  # fmt: skip


def get_program(program_id: str) -> Program:
    program = Program.alive().where(Program.id == program_id).first()
    if program is None:
        raise ValueError("Program tidak ditemukan (mungkin sudah dihapus).")
    return program


def list_programs(search: str = "") -> list[ProgramRow]:
    counts = dict(
        Enrollment.alive()
        .select(Enrollment.program, pw.fn.COUNT(Enrollment.id))
        .where(Enrollment.status != "keluar")
        .group_by(Enrollment.program)
        .tuples()
    )
    orgs = dict(Organization.select(Organization.id, Organization.name).tuples())
    query = Program.alive().order_by(Program.start_date.desc(nulls="LAST"), Program.name)
    if search.strip():
        query = query.where(Program.name.contains(search.strip()))
    return [
        ProgramRow(p.id, p.name, codes.label(codes.PROGRAM_KIND, p.kind),
                   orgs.get(p.__data__.get("organizer"), ""), p.start_date, p.end_date,
                   counts.get(p.id, 0))
        for p in query
    ]  # fmt: skip


def delete_program(actor: Actor, program_id: str) -> None:
    records.delete(get_program(program_id), actor)


def restore_program(actor: Actor, program_id: str) -> None:
    records.restore(Program.get_by_id(program_id), actor)


def remove_enrollment(actor: Actor, enrollment_id: str) -> None:
    """Take back an enrollment made by mistake (tombstone); people who stop are set to 'keluar'."""
    records.delete(Enrollment.get_by_id(enrollment_id), actor)


def restore_enrollment(actor: Actor, enrollment_id: str) -> None:
    enrollment = Enrollment.get_by_id(enrollment_id)
    taken = (Enrollment.alive()
             .where((Enrollment.person == enrollment.person_id)
                    & (Enrollment.program == enrollment.program_id))
             .exists())  # fmt: skip
    if taken:
        raise ValueError("Orang ini sudah terdaftar lagi di program ini; pendaftaran lama tidak dipulihkan.")
    records.restore(enrollment, actor)


# --- People lists (picker and eligibility) ----------------------------------------------------


@dataclass
class PeopleFilter:
    search: str = ""
    kelurahan: str | None = None
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    limit: int = 500


@dataclass
class PersonRow:
    id: str
    name: str
    nik: str | None
    sex: str
    age: int | None
    kelurahan: str  # name
    phone: str | None = None
    address: str = ""  # street, RT/RW: where to find them


def _age_condition(age_min: int | None, age_max: int | None, on: dt.date) -> pw.Expression | None:
    if age_min is None and age_max is None:
        return None
    latest, earliest = birth_date_bounds(EligibilityRule(age_min=age_min, age_max=age_max), on)
    by_date = Person.birth_date.is_null(False)
    by_year = Person.birth_date.is_null() & Person.birth_year.is_null(False)
    if latest is not None:
        by_date &= Person.birth_date <= latest
        by_year &= Person.birth_year <= on.year - age_min  # type: ignore[operator]
    if earliest is not None:
        by_date &= Person.birth_date > earliest
        by_year &= Person.birth_year >= on.year - age_max  # type: ignore[operator]
    return by_date | by_year


def _rows(query: pw.ModelSelect, on: dt.date) -> list[PersonRow]:
    names = {k.code: k.name for k in kelurahan_list()}
    out = []
    for pid, name, nik, sex, bd, by, kel, phone, address, rt, rw in query.tuples():
        where = ", ".join(p for p in (address, f"RT {rt}/RW {rw}" if rt and rw else "") if p)
        out.append(
            PersonRow(
                pid,
                name,
                nik,
                sex,
                age_on(bd, by, on),
                names.get(kel or "", kel or ""),
                phone,
                where,
            )
        )
    return out


def _person_columns() -> tuple[pw.Field, ...]:
    return (Person.id, Person.name, Person.nik, Person.sex, Person.birth_date, Person.birth_year,
            Person.kelurahan, Person.phone, Person.address, Person.rt, Person.rw)  # fmt: skip


def search_people(flt: PeopleFilter, on: dt.date | None = None) -> list[PersonRow]:
    """People for the enrollment picker, by name or NIK, kelurahan, sex and age range."""
    on = on or dt.date.today()
    query = Person.alive().select(*_person_columns())
    text = flt.search.strip()
    if text:
        digits = re.sub(r"\D", "", text)
        cond = Person.name.contains(text)
        if len(digits) >= 4:
            cond |= Person.nik.contains(digits)
        query = query.where(cond)
    if flt.kelurahan:
        query = query.where(Person.kelurahan == flt.kelurahan)
    if flt.sex:
        query = query.where(Person.sex == flt.sex)
    if flt.age_min is not None and flt.age_max is not None and flt.age_min > flt.age_max:
        raise ValueError("Umur minimum tidak boleh lebih besar dari umur maksimum.")
    cond = _age_condition(flt.age_min, flt.age_max, on)
    if cond is not None:
        query = query.where(cond)
    return _rows(query.order_by(Person.name, Person.id).limit(flt.limit), on)


def _scholarship_people() -> pw.ModelSelect:
    return Service.alive().select(Service.person).where(Service.kind == "beasiswa")


def _attributes_query() -> pw.ModelSelect:
    return (
        Person.alive()
        .select(
            Person.id,
            Person.sex,
            Person.birth_date,
            Person.birth_year,
            Household.welfare_decile,
            Person.kelurahan,
            Person.wg_seeing,
            Person.wg_hearing,
            Person.wg_walking,
            Person.wg_cognition,
            Person.wg_selfcare,
            Person.wg_communication,
            Person.indigenous,
            Person.nik,
        )  # fmt: skip
        .join(Household, pw.JOIN.LEFT_OUTER, on=(Person.household == Household.id))
    )


def _attributes(query: pw.ModelSelect) -> Iterable[tuple[str, PersonAttributes]]:
    rows = list(query.tuples())
    scholars = {pid for (pid,) in _scholarship_people().tuples()} if rows else set()
    for row in rows:
        pid, sex, bd, by, decile, kel, *wg, indigenous, nik = row
        yield pid, PersonAttributes(sex=sex, birth_date=bd, birth_year=by, decile=decile,
                                    kelurahan=kel, disability=has_disability(wg),
                                    indigenous=bool(indigenous), has_scholarship=pid in scholars,
                                    has_nik=bool(nik))  # fmt: skip


def _rule_prefilter(query: pw.ModelSelect, rule: EligibilityRule, on: dt.date) -> pw.ModelSelect:
    """The rule as SQL, so a district-scale list never loads 100,000 rows into Python.

    The domain check runs on the result again; a test keeps both in agreement.
    """
    if rule.sex:
        query = query.where(Person.sex == rule.sex)
    cond = _age_condition(rule.age_min, rule.age_max, on)
    if cond is not None:
        query = query.where(cond)
    if rule.decile_min is not None:
        query = query.where(Household.welfare_decile >= rule.decile_min)
    if rule.decile_max is not None:
        query = query.where(Household.welfare_decile <= rule.decile_max)
    if rule.kelurahan:
        query = query.where(Person.kelurahan.in_(list(rule.kelurahan)))
    if rule.indigenous is not None:
        query = query.where(Person.indigenous == rule.indigenous)
    if rule.no_scholarship:
        query = query.where(Person.id.not_in(_scholarship_people()))
    if rule.no_nik is True:
        query = query.where(Person.nik.is_null() | (Person.nik == ""))
    elif rule.no_nik is False:
        query = query.where(Person.nik.is_null(False) & (Person.nik != ""))
    if rule.disability is True:
        any_wg = None
        for name in Person.WG_FIELDS:
            part = getattr(Person, name) >= 3
            any_wg = part if any_wg is None else any_wg | part
        query = query.where(any_wg)
    return query


def eligible_ids(rule: EligibilityRule, on: dt.date, *, use_sql: bool = True) -> set[str]:
    """Ids of every living person the rule admits. ``use_sql=False`` checks all in Python."""
    query = _attributes_query()
    if use_sql:
        query = _rule_prefilter(query, rule, on)
    return {pid for pid, attrs in _attributes(query) if is_eligible(rule, attrs, on)}


def count_eligible(rule: EligibilityRule, on: dt.date | None = None) -> int:
    """How many living people the rule admits (for the live preview while editing a rule)."""
    rule.validate()
    return _rule_prefilter(_attributes_query(), rule, on or dt.date.today()).count()


def eligible_list(
    program_id: str, on: dt.date | None = None, limit: int = 1000
) -> tuple[int, list[PersonRow]]:
    """(how many, the first ``limit`` by name) of the people the program's rule admits who are
    not (alive) enrolled yet.

    Every condition of a rule has an exact SQL form, so the count and the page of names come from
    SQL (a district of 100,000 people is never loaded into Python); the domain rule re-checks the
    rows shown, and ``test_sql_list_agrees_with_domain_rule`` keeps the two definitions equal.
    """
    on = on or dt.date.today()
    program = get_program(program_id)
    rule = EligibilityRule.from_json(program.eligibility)
    enrolled = Enrollment.alive().select(Enrollment.person).where(Enrollment.program == program_id)
    query = _rule_prefilter(_attributes_query(), rule, on).where(Person.id.not_in(enrolled))
    total = query.count()
    page = query.order_by(Person.name, Person.id).limit(limit)
    shown = [pid for pid, attrs in _attributes(page) if is_eligible(rule, attrs, on)]
    total -= min(limit, total) - len(
        shown
    )  # never seen in tests; keeps the count honest if it happens
    rows: list[PersonRow] = []
    for start in range(0, len(shown), 500):
        chunk = shown[start : start + 500]
        rows.extend(_rows(Person.select(*_person_columns()).where(Person.id.in_(chunk)), on))
    order = {pid: i for i, pid in enumerate(shown)}
    rows.sort(key=lambda r: order[r.id])
    return total, rows


def eligible_not_enrolled(
    program_id: str, on: dt.date | None = None, limit: int = 1000
) -> list[PersonRow]:
    return eligible_list(program_id, on, limit)[1]


# --- Enrollment -------------------------------------------------------------------------------


@dataclass
class EnrollResult:
    enrolled: list[str] = field(default_factory=list)  # person ids
    already: list[str] = field(default_factory=list)  # names of people already enrolled


def _already_enrolled(program_id: str, person_ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        query = (Enrollment.alive().select(Person.id, Person.name).join(Person)
                 .where((Enrollment.program == program_id) & Person.id.in_(chunk)))  # fmt: skip
        found.update(query.tuples())
    return found


def enroll(actor: Actor, program_id: str, person_ids: Iterable[str], on: dt.date | None = None,
           *, status: str = "terdaftar") -> EnrollResult:  # fmt: skip
    """Enrol people; those already enrolled are skipped and named in the result.

    All new enrollments are written in one transaction.
    """
    on = on or dt.date.today()
    get_program(program_id)
    if status not in ("terdaftar", "aktif"):
        raise ValueError("Peserta baru berstatus terdaftar atau aktif.")
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValueError("Pilih paling sedikit satu orang untuk didaftarkan.")
    result = EnrollResult()
    already = _already_enrolled(program_id, ids)
    result.already = sorted(already.values())
    with _db().atomic():
        for pid in ids:
            if pid in already:
                continue
            if not Person.alive().where(Person.id == pid).exists():
                raise ValueError("Orang yang dipilih tidak ditemukan (mungkin sudah dihapus).")
            e = Enrollment(person=pid, program=program_id, status=status, enrolled_on=on,
                           started_on=on if status == "aktif" else None)  # fmt: skip
            try:
                records.save(e, actor)
            except pw.IntegrityError as exc:  # a concurrent enrollment slipped in
                raise ValueError("Orang ini sudah terdaftar di program ini.") from exc
            result.enrolled.append(pid)
    return result


def enroll_one(
    actor: Actor, program_id: str, person_id: str, on: dt.date | None = None
) -> Enrollment:
    result = enroll(actor, program_id, [person_id], on)
    if result.already:
        raise ValueError(
            f"{result.already[0]} sudah terdaftar di program ini; tidak didaftarkan dua kali."
        )
    return (
        Enrollment.alive()
        .where((Enrollment.program == program_id) & (Enrollment.person == person_id))
        .get()
    )


def change_status(actor: Actor, enrollment_id: str, new_status: str, on: dt.date,
                  reason: str | None = None) -> Enrollment:  # fmt: skip
    e = Enrollment.alive().where(Enrollment.id == enrollment_id).first()
    if e is None:
        raise ValueError("Kepesertaan tidak ditemukan.")
    check_transition(e.status, new_status, on, e.enrolled_on, reason)
    old, e.status = e.status, new_status
    if new_status == "aktif":
        if old == "terdaftar" or e.started_on is None:
            e.started_on = on
        e.ended_on, e.exit_reason = None, None  # back from keluar: the old exit no longer holds
    elif new_status in ("selesai", "keluar"):
        e.ended_on = on
        e.exit_reason = _text(reason) if new_status == "keluar" else None
    records.save(e, actor)
    return e


@dataclass
class EnrollmentRow:
    id: str
    person_id: str
    name: str
    nik: str | None
    sex: str
    kelurahan: str
    status: str
    enrolled_on: dt.date | None
    ended_on: dt.date | None
    exit_reason: str | None
    present: int
    expected: int

    @property
    def rate(self) -> float | None:
        return attendance_rate(self.present, self.expected)


def list_enrollments(program_id: str) -> list[EnrollmentRow]:
    rates = attendance_by_person(program_id)
    query = (
        Enrollment.alive()
        .select(
            Enrollment.id,
            Person.id,
            Person.name,
            Person.nik,
            Person.sex,
            Person.kelurahan,
            Enrollment.status,
            Enrollment.enrolled_on,
            Enrollment.ended_on,
            Enrollment.exit_reason,
        )  # fmt: skip
        .join(Person)
        .where(Enrollment.program == program_id)
        .order_by(Person.name)
    )
    out = []
    for eid, pid, name, nik, sex, kel, status, on, ended, reason in query.tuples():
        present, expected = rates.get(pid, (0, 0))
        out.append(EnrollmentRow(eid, pid, name, nik, sex, kelurahan_name(kel), status, on, ended,
                                 reason, present, expected))  # fmt: skip
    return out


# --- Sessions and attendance ------------------------------------------------------------------


@dataclass
class ActivityInput:
    date: dt.date
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    topic: str | None = None
    trainer: str | None = None
    notes: str | None = None


def save_activity(actor: Actor, program_id: str, data: ActivityInput,
                  activity_id: str | None = None) -> Activity:  # fmt: skip
    get_program(program_id)
    if data.date is None:
        raise ValueError("Tanggal kegiatan wajib diisi.")
    for value in (data.start_time, data.end_time):
        if value and not _TIME.match(value):
            raise ValueError("Jam harus ditulis JJ:MM, misalnya 09:00.")
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise ValueError("Jam selesai tidak boleh sebelum jam mulai.")
    if not _text(data.topic):
        raise ValueError("Topik kegiatan wajib diisi.")
    act = Activity.get_by_id(activity_id) if activity_id else Activity(program=program_id)
    act.date, act.start_time, act.end_time = data.date, _text(data.start_time), _text(data.end_time)
    act.place, act.topic, act.trainer = _text(data.place), _text(data.topic), _text(data.trainer)
    act.notes = _text(data.notes)
    records.save(act, actor)
    return act


@dataclass
class ActivityRow:
    id: str
    date: dt.date
    start_time: str | None
    end_time: str | None
    place: str | None
    topic: str | None
    trainer: str | None
    present: int
    expected: int

    @property
    def rate(self) -> float | None:
        return attendance_rate(self.present, self.expected)


def _attendance_counts(where: pw.Expression, key: pw.Field) -> dict[str, tuple[int, int]]:
    query = (
        Attendance.alive()
        .select(key, pw.fn.SUM(Attendance.present), pw.fn.COUNT(Attendance.id))
        .join(Activity)
        .where(where & Activity.deleted_at.is_null())
        .group_by(key)
    )
    return {k: (int(p or 0), int(n)) for k, p, n in query.tuples()}


def attendance_by_person(program_id: str) -> dict[str, tuple[int, int]]:
    """person id -> (sessions present, sessions recorded) in this program."""
    return _attendance_counts(Activity.program == program_id, Attendance.person)


def attendance_by_session(program_id: str) -> dict[str, tuple[int, int]]:
    return _attendance_counts(Activity.program == program_id, Attendance.activity)


def program_attendance_rate(program_id: str) -> float | None:
    counts = attendance_by_session(program_id).values()
    return attendance_rate(sum(p for p, _ in counts), sum(n for _, n in counts))


def person_attendance_rate(person_id: str, program_id: str | None = None) -> float | None:
    where = Attendance.person == person_id
    if program_id:
        where &= Activity.program == program_id
    counts = _attendance_counts(where, Attendance.person).get(person_id, (0, 0))
    return attendance_rate(*counts)


def list_activities(program_id: str) -> list[ActivityRow]:
    counts = attendance_by_session(program_id)
    query = (
        Activity.alive()
        .where(Activity.program == program_id)
        .order_by(Activity.date, Activity.start_time)
    )
    return [
        ActivityRow(a.id, a.date, a.start_time, a.end_time, a.place, a.topic, a.trainer,
                    *counts.get(a.id, (0, 0)))
        for a in query
    ]  # fmt: skip


def get_activity(activity_id: str) -> Activity:
    act = Activity.alive().where(Activity.id == activity_id).first()
    if act is None:
        raise ValueError("Kegiatan tidak ditemukan (mungkin sudah dihapus).")
    return act


@dataclass
class AttendanceLine:
    person_id: str
    name: str
    nik: str | None
    sex: str
    kelurahan: str
    present: bool | None  # None: not recorded yet


def attendance_sheet_lines(activity_id: str) -> list[AttendanceLine]:
    """The people expected at a session, plus anyone already recorded there.

    Expected: everyone still in the program on the session's day (terdaftar/aktif, or finished or
    left only after it). The enrollment date is not used: facilitators often enter last week's
    session after enrolling people today.
    """
    act = get_activity(activity_id)
    recorded = dict(
        Attendance.alive().select(Attendance.person, Attendance.present)
        .where(Attendance.activity == activity_id).tuples()
    )  # fmt: skip
    still_in = Enrollment.status.in_(["terdaftar", "aktif"]) | (Enrollment.ended_on >= act.date)
    enrolled = (
        Enrollment.alive().select(Enrollment.person)
        .where((Enrollment.program == act.__data__["program"]) & still_in)
    )  # fmt: skip
    query = (
        Person.select(Person.id, Person.name, Person.nik, Person.sex, Person.kelurahan)
        .where(Person.id.in_(enrolled) | Person.id.in_(list(recorded)))
        .where(Person.deleted_at.is_null())
        .order_by(Person.name, Person.id)
    )
    return [
        AttendanceLine(pid, name, nik, sex, kelurahan_name(kel),
                       bool(recorded[pid]) if pid in recorded else None)
        for pid, name, nik, sex, kel in query.tuples()
    ]  # fmt: skip


def save_attendance(actor: Actor, activity_id: str, present: Mapping[str, bool]) -> int:
    """Record present/absent for each person in one transaction; returns rows changed."""
    get_activity(activity_id)
    existing = {
        a.__data__["person"]: a
        for a in Attendance.alive().where(Attendance.activity == activity_id)
    }
    changed = 0
    with _db().atomic():
        for pid, is_present in present.items():
            row = existing.get(pid) or Attendance(activity=activity_id, person=pid)
            row.present = bool(is_present)
            if records.save(row, actor) is not None:
                changed += 1
    return changed


@dataclass
class WalkIn:
    name: str
    sex: str
    kelurahan: str | None
    birth_date: dt.date | None = None
    birth_year: int | None = None
    nik: str | None = None
    no_nik_reason: str | None = None


def validate_walk_in(w: WalkIn, today: dt.date | None = None) -> dict[str, str]:
    """Field -> Indonesian message; empty when the walk-in can be registered."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if not _text(w.name):
        errors["name"] = "Nama wajib diisi."
    if w.sex not in codes.SEX:
        errors["sex"] = "Pilih jenis kelamin."
    if not w.kelurahan or find_kelurahan(w.kelurahan) is None:
        errors["kelurahan"] = "Pilih kelurahan."
    if w.birth_date is None and w.birth_year is None:
        errors["birth"] = "Isi tanggal lahir atau perkiraan tahun lahir."
    elif w.birth_date is not None and w.birth_date > today:
        errors["birth"] = "Tanggal lahir tidak boleh di masa depan."
    elif w.birth_year is not None and not 1900 <= w.birth_year <= today.year:
        errors["birth"] = "Tahun lahir tidak masuk akal."
    if _text(w.nik):
        check = check_nik(w.nik, birth_date=w.birth_date, birth_year=w.birth_year, sex=w.sex)
        if check.errors:
            errors["nik"] = check.errors[0].message
        elif Person.alive().where(Person.nik == check.value).exists():
            other = Person.alive().where(Person.nik == check.value).get()
            errors["nik"] = f"NIK ini sudah dipakai oleh {other.name}; cari orang itu di daftar."
    elif w.no_nik_reason not in codes.NO_NIK_REASON:
        errors["nik"] = "Tanpa NIK: pilih alasannya."
    return errors


def register_walk_in(actor: Actor, activity_id: str, w: WalkIn) -> str:
    """Register a person who came without being enrolled: person, enrollment (aktif), present."""
    errors = validate_walk_in(w)
    if errors:
        raise ValueError(" ".join(errors.values()))
    act = get_activity(activity_id)
    kel = find_kelurahan(w.kelurahan)
    assert kel is not None
    nik = check_nik(w.nik).value if _text(w.nik) else None
    with _db().atomic():
        person = Person(name=_text(w.name), sex=w.sex, kelurahan=kel.code, nik=nik,
                        no_nik_reason=None if nik else w.no_nik_reason,
                        birth_date=w.birth_date, birth_year=None if w.birth_date else w.birth_year,
                        notes="Didaftarkan saat kegiatan (peserta datang langsung).")  # fmt: skip
        records.save(person, actor)
        records.save(Enrollment(person=person.id, program=act.__data__["program"], status="aktif",
                                enrolled_on=act.date, started_on=act.date), actor)  # fmt: skip
        records.save(Attendance(activity=activity_id, person=person.id, present=True), actor)
    return person.id


# --- Services delivered -----------------------------------------------------------------------


@dataclass
class ServiceInput:
    person_id: str
    kind: str
    date: dt.date
    amount: int = 0
    program_id: str | None = None
    school: str | None = None
    grade: str | None = None
    health_type: str | None = None
    provider: str | None = None
    description: str | None = None


def validate_service(s: ServiceInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if s.kind not in codes.SERVICE_KIND:
        errors["kind"] = "Pilih jenis layanan."
    if s.date is None:
        errors["date"] = "Tanggal wajib diisi."
    if s.amount is None or s.amount < 0:
        errors["amount"] = "Jumlah uang tidak boleh negatif."
    if s.kind == "beasiswa":
        if not s.amount:
            errors["amount"] = "Jumlah beasiswa wajib diisi (lebih dari Rp 0)."
        if not _text(s.school):
            errors["school"] = "Nama sekolah wajib diisi untuk beasiswa."
        if not _text(s.grade):
            errors["grade"] = "Kelas wajib diisi untuk beasiswa."
    if s.kind == "kesehatan" and s.health_type not in codes.HEALTH_SERVICE_TYPE:
        errors["health_type"] = "Pilih jenis layanan kesehatan."
    if s.kind == "lainnya" and not _text(s.description):
        errors["description"] = "Jelaskan layanan yang diberikan."
    return errors


def record_service(actor: Actor, s: ServiceInput) -> Service:
    errors = validate_service(s)
    if errors:
        raise ValueError(" ".join(errors.values()))
    if not Person.alive().where(Person.id == s.person_id).exists():
        raise ValueError("Penerima layanan tidak ditemukan.")
    if s.program_id:
        get_program(s.program_id)
    row = Service(person=s.person_id, program=s.program_id, kind=s.kind, date=s.date,
                  amount=int(s.amount), school=_text(s.school), grade=_text(s.grade),
                  health_type=s.health_type if s.kind == "kesehatan" else None,
                  provider=_text(s.provider), description=_text(s.description))  # fmt: skip
    records.save(row, actor)
    return row


@dataclass
class ServiceRow:
    id: str
    person_id: str
    name: str
    kind: str
    date: dt.date
    amount: int
    detail: str


def _service_detail(kind: str, school: str | None, grade: str | None, health: str | None,
                    provider: str | None, description: str | None) -> str:  # fmt: skip
    if kind == "beasiswa":
        parts = [school or "", f"kelas {grade}" if grade else ""]
    elif kind == "kesehatan":
        parts = [codes.label(codes.HEALTH_SERVICE_TYPE, health), provider or ""]
    else:
        parts = [description or "", provider or ""]
    return ", ".join(p for p in parts if p)


def list_services(program_id: str | None = None, person_id: str | None = None) -> list[ServiceRow]:
    query = (Service.alive()
             .select(Service.id, Person.id, Person.name, Service.kind, Service.date, Service.amount,
                     Service.school, Service.grade, Service.health_type, Service.provider,
                     Service.description)
             .join(Person).order_by(Service.date.desc(), Person.name))  # fmt: skip
    if program_id:
        query = query.where(Service.program == program_id)
    if person_id:
        query = query.where(Service.person == person_id)
    return [
        ServiceRow(sid, pid, name, kind, date, amount or 0, _service_detail(kind, *rest))
        for sid, pid, name, kind, date, amount, *rest in query.tuples()
    ]


@dataclass
class ServiceTotals:
    count: int
    amount: int
    by_kind: dict[str, tuple[int, int]]  # kind -> (count, amount)


def _totals(where: pw.Expression) -> ServiceTotals:
    query = (Service.alive()
             .select(Service.kind, pw.fn.COUNT(Service.id), pw.fn.SUM(Service.amount))
             .where(where).group_by(Service.kind).tuples())  # fmt: skip
    by_kind = {kind: (int(n), int(total or 0)) for kind, n, total in query}
    return ServiceTotals(
        sum(n for n, _ in by_kind.values()), sum(a for _, a in by_kind.values()), by_kind
    )


def program_service_totals(program_id: str) -> ServiceTotals:
    return _totals(Service.program == program_id)


def person_service_totals(person_id: str) -> ServiceTotals:
    return _totals(Service.person == person_id)


def service_totals_per_person(program_id: str) -> dict[str, int]:
    query = (Service.alive().select(Service.person, pw.fn.SUM(Service.amount))
             .where(Service.program == program_id).group_by(Service.person).tuples())  # fmt: skip
    return {pid: int(total or 0) for pid, total in query}


# --- Outcome indicators -----------------------------------------------------------------------


def save_indicator(actor: Actor, program_id: str, *, name: str, kind: str, unit: str | None = None,
                   choices: list[str] | None = None, higher_is_better: bool = True,
                   indicator_id: str | None = None) -> OutcomeIndicator:  # fmt: skip
    get_program(program_id)
    if not _text(name):
        raise ValueError("Nama indikator wajib diisi.")
    if kind not in codes.INDICATOR_KIND:
        raise ValueError("Jenis indikator tidak dikenal.")
    clean = [c.strip() for c in (choices or []) if c.strip()]
    if kind == "pilihan" and len(clean) < 2:
        raise ValueError(
            "Indikator pilihan memerlukan paling sedikit dua pilihan (urut dari terburuk)."
        )
    if len(set(clean)) != len(clean):
        raise ValueError("Pilihan tidak boleh ada yang sama.")
    ind = (
        OutcomeIndicator.get_by_id(indicator_id)
        if indicator_id
        else OutcomeIndicator(program=program_id)
    )
    ind.name, ind.kind, ind.unit = _text(name), kind, _text(unit)
    ind.choices = json.dumps(clean, ensure_ascii=False) if kind == "pilihan" else None
    ind.higher_is_better = bool(higher_is_better)
    records.save(ind, actor)
    return ind


def list_indicators(program_id: str) -> list[OutcomeIndicator]:
    return list(OutcomeIndicator.alive().where(OutcomeIndicator.program == program_id)
                .order_by(OutcomeIndicator.created_at, OutcomeIndicator.name))  # fmt: skip


def indicator_choices(ind: OutcomeIndicator) -> list[str]:
    return json.loads(ind.choices) if ind.choices else []


def record_outcome(actor: Actor, indicator_id: str, person_id: str, date: dt.date,
                   value: int | bool | str | None, *, is_baseline: bool = False,
                   note: str | None = None) -> Outcome:  # fmt: skip
    ind = OutcomeIndicator.alive().where(OutcomeIndicator.id == indicator_id).first()
    if ind is None:
        raise ValueError("Indikator tidak ditemukan.")
    if not Person.alive().where(Person.id == person_id).exists():
        raise ValueError("Orang tidak ditemukan.")
    if date is None:
        raise ValueError("Tanggal pengukuran wajib diisi.")
    row = Outcome(indicator=indicator_id, person=person_id, date=date, is_baseline=is_baseline,
                  note=_text(note))  # fmt: skip
    if ind.kind == "angka":
        if value is None or isinstance(value, (bool, str)):
            raise ValueError("Nilai indikator ini harus berupa angka.")
        row.value_number = int(value)
    elif ind.kind == "ya_tidak":
        if not isinstance(value, bool):
            raise ValueError("Nilai indikator ini harus Ya atau Tidak.")
        row.value_number = int(value)
    else:
        if value not in indicator_choices(ind):
            raise ValueError("Pilih salah satu pilihan yang tersedia untuk indikator ini.")
        row.value_text = str(value)
    measured = Outcome.alive().where(
        (Outcome.indicator == indicator_id) & (Outcome.person == person_id)
    )
    if is_baseline and measured.where(Outcome.is_baseline == True).exists():  # noqa: E712
        raise ValueError("Baseline orang ini untuk indikator ini sudah tercatat; ubah yang lama.")
    base = measured.where(Outcome.is_baseline == True).first()  # noqa: E712
    if base is not None and not is_baseline and date < base.date:
        raise ValueError("Tanggal tindak lanjut tidak boleh sebelum tanggal baseline.")
    records.save(row, actor)
    return row


def _measurements(ind: OutcomeIndicator) -> dict[str, list[Measurement]]:
    choices = indicator_choices(ind)
    out: dict[str, list[Measurement]] = defaultdict(list)
    query = (Outcome.alive()
             .select(Outcome.person, Outcome.date, Outcome.is_baseline, Outcome.value_number,
                     Outcome.value_text)
             .where(Outcome.indicator == ind.id).tuples())  # fmt: skip
    for pid, date, base, number, text in query:
        value = choice_value(choices, text) if ind.kind == "pilihan" else number
        out[pid].append(Measurement(date, bool(base), None if value is None else float(value)))
    return out


def outcome_summary(indicator_id: str) -> OutcomeSummary:
    ind = OutcomeIndicator.get_by_id(indicator_id)
    return summarize_outcomes(_measurements(ind), ind.higher_is_better)


@dataclass
class OutcomeRow:
    person_id: str
    name: str
    baseline: str
    latest: str
    change: float | None


def person_outcomes(indicator_id: str) -> list[OutcomeRow]:
    """Per person: baseline, latest follow-up and change, as displayed text."""
    from desktop_app.domain.programs import person_change

    ind = OutcomeIndicator.get_by_id(indicator_id)
    by_person = _measurements(ind)
    names = dict(
        Person.select(Person.id, Person.name).where(Person.id.in_(list(by_person))).tuples()
    )
    raw = {
        (pid, d, b): (n, t)
        for pid, d, b, n, t in Outcome.alive()
        .select(
            Outcome.person,
            Outcome.date,
            Outcome.is_baseline,
            Outcome.value_number,
            Outcome.value_text,
        )
        .where(Outcome.indicator == indicator_id)
        .tuples()
    }

    def shown(pid: str, m: Measurement | None) -> str:
        if m is None:
            return ""
        number, text = raw.get((pid, m.date, m.is_baseline), (None, None))
        return format_value(ind, number, text)

    rows = []
    for pid, items in by_person.items():
        bases = sorted((m for m in items if m.is_baseline), key=lambda m: m.date)
        follows = sorted((m for m in items if not m.is_baseline), key=lambda m: m.date)
        rows.append(OutcomeRow(pid, names.get(pid, ""), shown(pid, bases[0] if bases else None),
                               shown(pid, follows[-1] if follows else None), person_change(items)))  # fmt: skip
    rows.sort(key=lambda r: r.name)
    return rows


def format_value(ind: OutcomeIndicator, number: int | None, text: str | None) -> str:
    from desktop_app.domain.formatting import format_number, format_rupiah

    if ind.kind == "pilihan":
        return text or ""
    if number is None:
        return ""
    if ind.kind == "ya_tidak":
        return "Ya" if number else "Tidak"
    if (ind.unit or "").lower().startswith("rp"):
        return format_rupiah(number)
    return format_number(number)

"""Peewee models for the whole domain.

Every synchronised table derives from ``SyncModel``: a stable UUID primary key (text, so Excel rows
and other devices refer to records without id remapping), a ``version`` that increases by one on
every change, timestamps, who and which device changed it last, and a tombstone (``deleted_at``).
Rows are never removed: a delete sets ``deleted_at`` so the deletion can travel to other devices.

Money is integer Rupiah. Dates are ``DateField`` (ISO text in SQLite). The schema itself is created
by the numbered migrations in ``storage/migrations``; a test checks that models and migrations agree.
"""

from __future__ import annotations

import datetime as dt
import uuid

import peewee as pw

database_proxy = pw.DatabaseProxy()


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncModel(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36, default=new_uuid)
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    updated_by = pw.CharField(null=True)
    device_id = pw.CharField(null=True)
    deleted_at = pw.DateTimeField(null=True, index=True)

    # Fields that are bookkeeping, not content: excluded from diffs, audit and merges.
    SYSTEM_FIELDS = ("id", "version", "created_at", "updated_at", "updated_by", "device_id",
                     "deleted_at")  # fmt: skip

    @classmethod
    def alive(cls) -> pw.ModelSelect:
        return cls.select().where(cls.deleted_at.is_null())

    @classmethod
    def content_fields(cls) -> list[str]:
        return [n for n in cls._meta.sorted_field_names if n not in cls.SYSTEM_FIELDS]


# --- Wilayah and registry -------------------------------------------------------------------


class Kelurahan(BaseModel):
    """Reference data shipped with the app (not synchronised)."""

    code = pw.CharField(primary_key=True)  # 53.71.01.1001
    name = pw.CharField(unique=True)


class Household(SyncModel):
    no_kk = pw.CharField(null=True, index=True)
    head = pw.DeferredForeignKey("Person", null=True, on_delete="SET NULL", index=True)
    kelurahan = pw.CharField(null=True, index=True)  # Kelurahan.code
    rw = pw.CharField(null=True)
    rt = pw.CharField(null=True)
    address = pw.CharField(null=True)
    welfare_decile = pw.IntegerField(null=True)  # DTSEN desil 1–10
    monthly_income = pw.IntegerField(null=True)  # Rupiah
    housing_notes = pw.TextField(null=True)
    notes = pw.TextField(null=True)


class Person(SyncModel):
    nik = pw.CharField(null=True, index=True)
    no_nik_reason = pw.CharField(null=True)
    name = pw.CharField(index=True)
    sex = pw.CharField(max_length=1)  # L / P
    birth_place = pw.CharField(null=True)
    birth_date = pw.DateField(null=True, index=True)
    birth_year = pw.IntegerField(null=True)  # estimated year when the date is unknown
    household = pw.ForeignKeyField(Household, null=True, backref="members", on_delete="SET NULL")
    relationship = pw.CharField(null=True)  # SHDK code
    marital_status = pw.CharField(null=True)
    religion = pw.CharField(null=True)
    education = pw.CharField(null=True)
    occupation = pw.CharField(null=True)
    phone = pw.CharField(null=True)
    kelurahan = pw.CharField(null=True, index=True)
    rw = pw.CharField(null=True)
    rt = pw.CharField(null=True)
    address = pw.CharField(null=True)
    ethnicity = pw.CharField(null=True)
    indigenous = pw.BooleanField(default=False)
    wg_seeing = pw.IntegerField(null=True)
    wg_hearing = pw.IntegerField(null=True)
    wg_walking = pw.IntegerField(null=True)
    wg_cognition = pw.IntegerField(null=True)
    wg_selfcare = pw.IntegerField(null=True)
    wg_communication = pw.IntegerField(null=True)
    has_ktp = pw.BooleanField(default=False)
    has_kk = pw.BooleanField(default=False)
    has_birth_certificate = pw.BooleanField(default=False)
    has_bpjs = pw.BooleanField(default=False)
    consent_given = pw.BooleanField(default=False)
    consent_date = pw.DateField(null=True)
    consent_method = pw.CharField(null=True)
    consent_recorded_by = pw.CharField(null=True)
    notes = pw.TextField(null=True)

    WG_FIELDS = ("wg_seeing", "wg_hearing", "wg_walking", "wg_cognition", "wg_selfcare",
                 "wg_communication")  # fmt: skip


class PersonSearch(BaseModel):
    """One lower-cased, accent-free search line per person, kept by triggers (migration 0010) and
    indexed by the FTS5 table ``person_fts``; queried only through ``storage.search``."""

    sid = pw.AutoField()
    person_id = pw.CharField(max_length=36, unique=True)
    body = pw.TextField()
    alive = pw.BooleanField(default=True)  # migration 0011: mirrors person.deleted_at IS NULL
    name = pw.CharField(default="")  # migration 0011: person.name, the list's default sort key


class DashboardGen(BaseModel):
    """Per-table write counter bumped by triggers (migration 0055); see ``storage.dashboard_state``."""

    tbl = pw.CharField(primary_key=True)
    gen = pw.IntegerField(default=0)


class DashboardChange(BaseModel):
    """Ids of records written, in order (migration 0055). Empty since 0058: the Beranda's facts
    are kept in their own tables by triggers (0057); the table stays so older files upgrade."""

    seq = pw.AutoField()
    tbl = pw.CharField()
    rid = pw.CharField()


class DashboardCache(BaseModel):
    """A finished Beranda result (JSON) and the table counters it was computed at (0055)."""

    key = pw.CharField(primary_key=True)
    token = pw.TextField()
    payload = pw.TextField()


# --- Programs -----------------------------------------------------------------------------


class Organization(SyncModel):
    name = pw.CharField()
    kind = pw.CharField()  # codes.ORGANIZATION_KIND
    contact_person = pw.CharField(null=True)
    phone = pw.CharField(null=True)
    address = pw.CharField(null=True)
    notes = pw.TextField(null=True)


class Program(SyncModel):
    name = pw.CharField(index=True)
    kind = pw.CharField()  # codes.PROGRAM_KIND
    organizer = pw.ForeignKeyField(Organization, null=True, backref="programs",
                                   on_delete="SET NULL")  # fmt: skip
    description = pw.TextField(null=True)
    location = pw.CharField(null=True)
    kelurahan = pw.CharField(null=True)
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    budget = pw.IntegerField(null=True)  # Rupiah
    target_groups = pw.CharField(null=True)  # comma-separated vulnerability codes
    eligibility = pw.TextField(null=True)  # JSON rule, see domain.programs


class Enrollment(SyncModel):
    person = pw.ForeignKeyField(Person, backref="enrollments", on_delete="CASCADE")
    program = pw.ForeignKeyField(Program, backref="enrollments", on_delete="CASCADE")
    status = pw.CharField(default="terdaftar")  # codes.ENROLLMENT_STATUS
    enrolled_on = pw.DateField(null=True)
    started_on = pw.DateField(null=True)
    ended_on = pw.DateField(null=True)
    exit_reason = pw.CharField(null=True)


class Activity(SyncModel):
    """A session (kegiatan) of a program."""

    program = pw.ForeignKeyField(Program, backref="activities", on_delete="CASCADE")
    date = pw.DateField(index=True)
    start_time = pw.CharField(null=True)  # HH:MM
    end_time = pw.CharField(null=True)
    place = pw.CharField(null=True)
    topic = pw.CharField(null=True)
    trainer = pw.CharField(null=True)
    notes = pw.TextField(null=True)


class Attendance(SyncModel):
    activity = pw.ForeignKeyField(Activity, backref="attendance", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="attendance", on_delete="CASCADE")
    present = pw.BooleanField(default=True)
    note = pw.CharField(null=True)

    class Meta:
        # covering index for attendance counts per session (migration 0050)
        indexes = ((("activity", "deleted_at", "present", "person"), False),)


class Service(SyncModel):
    """A benefit delivered to a person: scholarship payment, health service, training kit…"""

    person = pw.ForeignKeyField(Person, backref="services", on_delete="CASCADE")
    program = pw.ForeignKeyField(Program, null=True, backref="services", on_delete="SET NULL")
    kind = pw.CharField()  # codes.SERVICE_KIND
    date = pw.DateField(index=True)
    amount = pw.IntegerField(default=0)  # Rupiah
    school = pw.CharField(null=True)
    grade = pw.CharField(null=True)
    health_type = pw.CharField(null=True)  # codes.HEALTH_SERVICE_TYPE
    provider = pw.CharField(null=True)
    description = pw.TextField(null=True)


class OutcomeIndicator(SyncModel):
    program = pw.ForeignKeyField(Program, backref="indicators", on_delete="CASCADE")
    name = pw.CharField()
    kind = pw.CharField()  # codes.INDICATOR_KIND: angka / ya_tidak / pilihan
    unit = pw.CharField(null=True)  # e.g. "Rp/bulan"
    choices = pw.TextField(null=True)  # JSON list for "pilihan", ordered worst to best
    higher_is_better = pw.BooleanField(default=True)


class Outcome(SyncModel):
    """One measurement of an indicator for a person: the baseline or a follow-up."""

    indicator = pw.ForeignKeyField(OutcomeIndicator, backref="measurements", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="outcomes", on_delete="CASCADE")
    date = pw.DateField()
    is_baseline = pw.BooleanField(default=False)
    value_number = pw.IntegerField(null=True)  # numbers and yes/no (1/0); Rupiah stay integers
    value_text = pw.CharField(null=True)  # a choice
    note = pw.CharField(null=True)


# --- Groups and arisan ----------------------------------------------------------------------


class Group(SyncModel):
    class Meta:
        table_name = "community_group"  # GROUP is an SQL keyword

    name = pw.CharField()
    kind = pw.CharField()  # codes.GROUP_KIND
    kelurahan = pw.CharField(null=True)
    meeting_schedule = pw.CharField(null=True)
    program = pw.ForeignKeyField(Program, null=True, backref="groups", on_delete="SET NULL")
    founded_on = pw.DateField(null=True)
    description = pw.TextField(null=True)


class GroupMembership(SyncModel):
    group = pw.ForeignKeyField(Group, backref="memberships", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="memberships", on_delete="CASCADE")
    role = pw.CharField(default="anggota")  # codes.GROUP_ROLE
    joined_on = pw.DateField(null=True)
    left_on = pw.DateField(null=True)
    status = pw.CharField(default="aktif")


class GroupMeeting(SyncModel):
    group = pw.ForeignKeyField(Group, backref="meetings", on_delete="CASCADE")
    date = pw.DateField()
    place = pw.CharField(null=True)
    topics = pw.TextField(null=True)
    decisions = pw.TextField(null=True)


class GroupMeetingAttendance(SyncModel):
    meeting = pw.ForeignKeyField(GroupMeeting, backref="attendance", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, on_delete="CASCADE")
    present = pw.BooleanField(default=True)


class ArisanCycle(SyncModel):
    group = pw.ForeignKeyField(Group, backref="arisan_cycles", on_delete="CASCADE")
    name = pw.CharField()
    contribution = pw.IntegerField()  # Rupiah per share per round
    frequency = pw.CharField(default="bulanan")  # codes.ARISAN_FREQUENCY
    winners_per_round = pw.IntegerField(default=1)
    method = pw.CharField(default="undian")  # codes.ARISAN_METHOD
    cash_fee = pw.IntegerField(default=0)  # Rupiah kept for the cash box per payout
    late_penalty = pw.IntegerField(default=0)  # Rupiah per late contribution
    start_date = pw.DateField()
    status = pw.CharField(default="berjalan")  # berjalan / selesai


class ArisanShare(SyncModel):
    cycle = pw.ForeignKeyField(ArisanCycle, backref="shares", on_delete="CASCADE")
    membership = pw.ForeignKeyField(GroupMembership, backref="shares", on_delete="CASCADE")
    number = pw.IntegerField()  # order in the cycle (fixed-order method)
    history = pw.TextField(null=True)  # JSON list of transfers to other members (migration 0035)


class ArisanRound(SyncModel):
    cycle = pw.ForeignKeyField(ArisanCycle, backref="rounds", on_delete="CASCADE")
    number = pw.IntegerField()
    date = pw.DateField(null=True)
    status = pw.CharField(default="dibuka")  # dibuka / diundi / selesai


class ArisanContribution(SyncModel):
    round = pw.ForeignKeyField(ArisanRound, backref="contributions", on_delete="CASCADE")
    share = pw.ForeignKeyField(ArisanShare, backref="contributions", on_delete="CASCADE")
    due = pw.IntegerField()
    paid = pw.IntegerField(default=0)
    paid_on = pw.DateField(null=True)
    collected_by = pw.CharField(null=True)
    late = pw.BooleanField(default=False)
    penalty = pw.IntegerField(default=0)


class ArisanDraw(SyncModel):
    round = pw.ForeignKeyField(ArisanRound, backref="draws", on_delete="CASCADE")
    method = pw.CharField()
    seed = pw.CharField(null=True)
    eligible = pw.TextField()  # JSON list of share ids as they were at the draw
    winners = pw.TextField()  # JSON list of share ids
    witnesses = pw.CharField(null=True)
    drawn_at = pw.DateTimeField(default=utcnow)
    bids = pw.TextField(null=True)  # JSON {share id: discount} for lelang (migration 0030)
    void_reason = pw.CharField(null=True)  # voided by mistake, kept (migration 0035)
    voided_on = pw.DateField(null=True)


class ArisanPayout(SyncModel):
    round = pw.ForeignKeyField(ArisanRound, backref="payouts", on_delete="CASCADE")
    share = pw.ForeignKeyField(ArisanShare, backref="payouts", on_delete="CASCADE")
    gross = pw.IntegerField()
    fee = pw.IntegerField(default=0)
    arrears_deducted = pw.IntegerField(default=0)
    net = pw.IntegerField()
    discount = pw.IntegerField(default=0)  # bid discount kept in the cash box (migration 0030)
    paid_on = pw.DateField(null=True)
    received_by = pw.CharField(null=True)
    settled = pw.TextField(null=True)  # JSON arrears settled by deduction (migration 0035)
    void_reason = pw.CharField(null=True)  # voided by mistake, kept (migration 0035)
    voided_on = pw.DateField(null=True)


# --- System tables (local to the device, not exchanged) --------------------------------------


class User(BaseModel):
    class Meta:
        table_name = "app_user"  # USER is a keyword in PostgreSQL

    id = pw.CharField(primary_key=True, max_length=36, default=new_uuid)
    username = pw.CharField(unique=True)
    full_name = pw.CharField()
    role = pw.CharField()  # codes.USER_ROLE
    password_hash = pw.CharField(null=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class AuditLog(BaseModel):
    """Append-only, hash-chained: each entry's hash covers the previous hash and its own content."""

    seq = pw.AutoField()
    at = pw.DateTimeField(default=utcnow)
    user = pw.CharField(null=True)
    device_id = pw.CharField(null=True)
    action = pw.CharField()  # create / update / delete / restore / merge / import / export / …
    table_name = pw.CharField(null=True)
    record_id = pw.CharField(null=True, index=True)
    changes = pw.TextField(null=True)  # JSON {field: [old, new]}
    detail = pw.TextField(null=True)
    prev_hash = pw.CharField()
    hash = pw.CharField()
    changes_sha = pw.CharField(null=True)  # SHA-256 of ``changes``; lets erasure blank the values


class RecordVersion(BaseModel):
    """A snapshot of a record's content at each version: the base for three-way merges and history."""

    table_name = pw.CharField()
    record_id = pw.CharField()
    version = pw.IntegerField()
    data = pw.TextField()  # JSON of content fields
    device_id = pw.CharField(null=True)
    at = pw.DateTimeField(default=utcnow)
    basis = pw.TextField(null=True)  # Basis hashes merged into this version by an import
    content_hash = pw.CharField(null=True)  # exchange.basis.content_hash of data
    received = pw.TextField(null=True)  # JSON: rows an import merged into this version (m0048)

    class Meta:
        indexes = ((("table_name", "record_id", "version"), True),)


class ImportBatch(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36, default=new_uuid)
    file_name = pw.CharField()
    file_hash = pw.CharField(index=True)
    user = pw.CharField(null=True)
    at = pw.DateTimeField(default=utcnow)
    counts = pw.TextField()  # JSON
    status = pw.CharField()  # applied / dry-run / failed


class SyncConflict(BaseModel):
    """A difference an import could not decide alone; a person resolves it (exchange, 0043).

    ``kind``: ``field`` (the same field changed on both sides), ``delete`` (deleted on one side,
    edited on the other) or ``match`` (a row that looks like an existing person, to confirm).
    Values are JSON so any field type fits; ``mine`` is the local value when the conflict arose.
    """

    id = pw.CharField(primary_key=True, max_length=36, default=new_uuid)
    kind = pw.CharField(default="field")
    table_name = pw.CharField()
    record_id = pw.CharField(null=True, index=True)
    field = pw.CharField(null=True)
    base_version = pw.IntegerField(null=True)
    base_value = pw.TextField(null=True)
    mine_value = pw.TextField(null=True)
    theirs_value = pw.TextField(null=True)
    source_file = pw.CharField(null=True)
    sheet = pw.CharField(null=True)
    row = pw.IntegerField(null=True)
    batch = pw.CharField(null=True)  # ImportBatch.id
    status = pw.CharField(default="open", index=True)  # open / resolved
    resolution = pw.CharField(null=True)  # mine / theirs / edit / same / new
    resolved_value = pw.TextField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    resolved_at = pw.DateTimeField(null=True)
    resolved_by = pw.CharField(null=True)


class ExportMark(BaseModel):
    """One export to an office (exchange, 0045): the base of "only what changed since the last".

    ``version_seq`` is the highest ``record_version`` row id when the export read the database:
    every change after it has a higher one, whatever the laptop's clock says.
    """

    office = pw.CharField()
    scope = pw.CharField()  # "semua", "kelurahan:<code>" or "program:<id>"
    at = pw.DateTimeField(default=utcnow)
    user = pw.CharField(null=True)
    device_id = pw.CharField(null=True)
    file_name = pw.CharField()
    version_seq = pw.IntegerField()
    masked = pw.BooleanField(default=False)
    counts = pw.TextField()  # JSON {sheet: rows}

    class Meta:
        indexes = ((("office", "scope"), False),)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField(null=True)


SYNC_MODELS: tuple[type[SyncModel], ...] = (
    Household, Person, Organization, Program, Enrollment, Activity, Attendance, Service,
    OutcomeIndicator, Outcome, Group, GroupMembership, GroupMeeting, GroupMeetingAttendance,
    ArisanCycle, ArisanShare, ArisanRound, ArisanContribution, ArisanDraw, ArisanPayout,
)  # fmt: skip

ALL_MODELS: tuple[type[BaseModel], ...] = (
    Kelurahan, *SYNC_MODELS, User, AuditLog, RecordVersion, ImportBatch, SyncConflict, ExportMark, Setting,
)  # fmt: skip

MODEL_BY_TABLE = {m._meta.table_name: m for m in ALL_MODELS}

"""Deterministic, realistic demo data for Kecamatan Alak.

The same seed and size always give the same database (except timestamps). Everything is written
with ``executemany`` in one transaction, so a district-scale database (100,000 people) builds in
seconds; the benchmark generator reuses this module.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from desktop_app.domain import arisan as arisan_rules
from desktop_app.domain.nik import build_nik
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import audit
from desktop_app.services import demo_names as names
from desktop_app.services.context import DEMO_DATABASE_KEY, Actor, set_setting
from desktop_app.storage import models as m
from desktop_app.storage.bulk import insert_rows, snapshot_rows

DEFAULT_PEOPLE = 600
REFERENCE_DATE = dt.date(2026, 10, 31)  # demo data is dated relative to a fixed day
Progress = Callable[[int, int], None]


class DemoError(Exception):
    pass


@dataclass
class _Buffer:
    """Rows per model in insertion order, with the field names they use."""

    fields: dict[type[m.SyncModel], list[str]] = field(default_factory=dict)
    rows: dict[type[m.SyncModel], list[list[Any]]] = field(default_factory=dict)

    def add(self, model: type[m.SyncModel], **values: Any) -> str:
        values.setdefault("id", self.uuid())
        if model not in self.fields:
            self.fields[model] = list(values)
            self.rows[model] = []
        self.rows[model].append([values.get(f) for f in self.fields[model]])
        return values["id"]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    rng: random.Random = field(default_factory=random.Random)


@dataclass
class DemoSummary:
    people: int
    households: int
    programs: int
    activities: int
    attendance: int


def generate(db: pw.Database, actor: Actor, people: int = DEFAULT_PEOPLE, seed: int = 2026,
             programs: int | None = None, progress: Progress | None = None) -> DemoSummary:  # fmt: skip
    """Fill an empty database. Refuses a database that already holds people."""
    if people < 1:
        raise DemoError("Jumlah penduduk harus paling sedikit 1.")
    if m.Person.select().exists():
        raise DemoError("Database ini sudah berisi data penduduk; data demo hanya untuk database baru.")
    rng = random.Random(seed)
    buf = _Buffer(rng=rng)
    person_rows = _households_and_people(buf, rng, people)
    n_programs = programs if programs is not None else max(len(_PROGRAM_SPECS), people // 40)
    stats = _programs(buf, rng, person_rows, n_programs)
    _groups(buf, rng, person_rows)
    now = m.utcnow()
    order = [m.Household, m.Person, m.Organization, m.Program, m.Enrollment, m.Activity,
             m.Attendance, m.Service, m.OutcomeIndicator, m.Outcome, m.Group, m.GroupMembership,
             m.GroupMeeting, m.GroupMeetingAttendance, m.ArisanCycle, m.ArisanShare,
             m.ArisanRound, m.ArisanContribution, m.ArisanDraw, m.ArisanPayout]  # fmt: skip
    total = sum(len(buf.rows.get(model, ())) for model in order)
    done = 0
    with db.atomic():
        # Household.head points at a person inserted after it: FKs are checked at commit.
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in order:
            rows = buf.rows.get(model)
            if not rows:
                continue
            stamp = ["version", "created_at", "updated_at", "updated_by", "device_id"]
            fields = buf.fields[model] + stamp
            full = [r + [1, now, now, actor.user, actor.device_id] for r in rows]
            for start in range(0, len(full), 20000):
                chunk = full[start : start + 20000]
                insert_rows(db, model, fields, chunk)
                snapshot_rows(db, model, fields, chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
        # A demo database opens straight into the app: no device setup, no accounts.
        set_setting(DEMO_DATABASE_KEY, "1")
        audit.append("demo", user=actor.user, device_id=actor.device_id,
                      detail=f"data demo: {len(person_rows)} penduduk, seed {seed}")  # fmt: skip
    return DemoSummary(len(person_rows), len(buf.rows[m.Household]), n_programs,
                       stats["activities"], stats["attendance"])  # fmt: skip


# --- People and households ------------------------------------------------------------------


@dataclass
class _P:
    id: str
    sex: str
    age: int
    kelurahan: str
    household: str
    decile: int | None


def _birth(rng: random.Random, age: int) -> dt.date:
    """A birth date that gives ``age`` on the reference day (never after it)."""
    latest = dt.date(REFERENCE_DATE.year - age, REFERENCE_DATE.month, REFERENCE_DATE.day)
    return latest - dt.timedelta(days=rng.randrange(365))


def _households_and_people(buf: _Buffer, rng: random.Random, target: int) -> list[_P]:
    kels = kelurahan_list()
    out: list[_P] = []
    serials: dict[str, int] = {}
    kk_serial = 0
    while len(out) < target:
        kel = kels[len(out) * 7 // 3 % len(kels)] if rng.random() < 0.5 else rng.choice(kels)
        family = rng.choice(names.FAMILY)
        decile = rng.choice([1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, None])
        rw, rt = f"{rng.randint(1, 8):03d}", f"{rng.randint(1, 20):03d}"
        address = f"{rng.choice(names.STREETS)} No. {rng.randint(1, 120)}"
        kk_serial += 1
        issue = REFERENCE_DATE - dt.timedelta(days=rng.randrange(200, 5000))
        has_kk = rng.random() > 0.08
        no_kk = f"537101{issue:%d%m%y}{kk_serial % 10000:04d}" if has_kk else None
        hh_id = buf.uuid()
        indigenous = rng.random() < 0.12
        ethnicity = names.INDIGENOUS_ETHNICITY if indigenous else rng.choice(names.ETHNICITY)
        members = _family_shape(rng, min(target - len(out), rng.choice([1, 2, 3, 4, 4, 5, 5, 6, 7])))
        head_id = None
        for relation, mf, age in members:
            pid = buf.uuid()
            sex = "L" if mf == "M" else "P"
            if relation == "1":
                head_id = pid
            birth = _birth(rng, age)
            estimated = age >= 60 and rng.random() < 0.35
            no_nik = (age < 5 and rng.random() < 0.6) or (indigenous and rng.random() < 0.3) or (
                rng.random() < 0.04
            )
            nik = None
            reason = None
            if no_nik:
                reason = "anak" if age < 5 else ("adat" if indigenous else "belum_rekam")
            else:
                region = rng.choice(names.NIK_REGIONS)
                key = f"{region}{birth:%d%m%y}{sex}"
                serials[key] = serials.get(key, 0) + 1
                nik = build_nik(region, birth, sex, serials[key])
            wg = _wg_answers(rng, age)
            given = rng.choice(names.MALE_GIVEN if sex == "L" else names.FEMALE_GIVEN)
            consent = rng.random() < 0.85
            buf.add(
                m.Person,
                id=pid,
                nik=nik,
                no_nik_reason=reason,
                name=f"{given} {family}",
                sex=sex,
                birth_place=rng.choice(names.BIRTH_PLACES),
                birth_date=None if estimated else birth,
                birth_year=birth.year if estimated else None,
                household=hh_id,
                relationship=relation,
                marital_status=_marital(rng, relation, age),
                religion=rng.choice(["kristen"] * 6 + ["katolik"] * 3 + ["islam"]),
                education=_education(rng, age),
                occupation=_occupation(rng, age, sex),
                phone=f"08{rng.choice(['12', '13', '21', '52', '53'])}{rng.randint(10**7, 10**8 - 1)}"
                if age >= 17 and rng.random() < 0.6
                else None,
                kelurahan=kel.code,
                rw=rw,
                rt=rt,
                address=address,
                ethnicity=ethnicity,
                indigenous=indigenous,
                **dict(zip(m.Person.WG_FIELDS, wg, strict=True)),
                has_ktp=bool(nik) and age >= 17,
                has_kk=has_kk,
                has_birth_certificate=rng.random() < 0.7,
                has_bpjs=rng.random() < 0.6,
                consent_given=consent,
                consent_date=REFERENCE_DATE - dt.timedelta(days=rng.randrange(30, 700)) if consent else None,
                consent_method=rng.choice(["tanda_tangan", "tanda_tangan", "cap_jempol", "lisan_saksi"])
                if consent
                else None,
                consent_recorded_by="Fasilitator Demo" if consent else None,
                notes=None,
            )
            out.append(_P(pid, sex, age, kel.code, hh_id, decile))
        income = rng.choice([0, 300_000, 500_000, 750_000, 1_000_000, 1_500_000, 2_000_000, 3_500_000])
        buf.add(m.Household, id=hh_id, no_kk=no_kk, head=head_id, kelurahan=kel.code, rw=rw,
                rt=rt, address=address, welfare_decile=decile, monthly_income=income,
                housing_notes=rng.choice([None, "Rumah semi permanen", "Atap bocor",
                                          "Lantai tanah", "Rumah permanen"]),
                notes=None)  # fmt: skip
    return out


def _family_shape(rng: random.Random, size: int) -> list[tuple[str, str, int]]:
    """(SHDK code, M/F, age) per member; about one household in five is headed by a woman."""
    if size == 1:
        sex = rng.choice("MF")
        return [("1", sex, rng.randint(55, 88) if rng.random() < 0.6 else rng.randint(20, 54))]
    female_head = rng.random() < 0.2
    head_age = rng.randint(24, 70)
    members = [("1", "F" if female_head else "M", head_age)]
    if not female_head:
        members.append(("3", "F", max(18, head_age - rng.randint(0, 8))))
    while len(members) < size:
        roll = rng.random()
        if roll < 0.12 and head_age < 55:
            members.append(("7", rng.choice("MF"), min(95, head_age + rng.randint(22, 32))))
        elif roll < 0.18 and head_age > 50:
            members.append(("6", rng.choice("MF"), rng.randint(0, 12)))
        else:
            members.append(("4", rng.choice("MF"), max(0, head_age - rng.randint(18, 40))))
    return members[:size]


def _wg_answers(rng: random.Random, age: int) -> list[int | None]:
    if age < 5:
        return [None] * 6
    risk = 0.04 + (0.2 if age >= 60 else 0)
    answers = []
    for _ in range(6):
        roll = rng.random()
        if roll < risk * 0.35:
            answers.append(rng.choice([3, 3, 4]))
        elif roll < risk:
            answers.append(2)
        else:
            answers.append(1)
    return answers


def _marital(rng: random.Random, relation: str, age: int) -> str:
    if relation in ("1", "2", "3") and age >= 18:
        return "kawin" if rng.random() < 0.8 else rng.choice(["cerai_hidup", "cerai_mati"])
    if age < 18:
        return "belum_kawin"
    return rng.choice(["belum_kawin", "kawin", "cerai_mati"])


def _education(rng: random.Random, age: int) -> str:
    if age < 7:
        return "tidak_sekolah"
    if age < 13:
        return "belum_tamat_sd"
    return rng.choice(["sd", "sd", "smp", "smp", "sma", "sma", "diploma", "s1", "tidak_sekolah"])


def _occupation(rng: random.Random, age: int, sex: str) -> str:
    if age < 18:
        return "Pelajar" if age >= 6 else "Belum/tidak bekerja"
    if sex == "P" and rng.random() < 0.3:
        return "Ibu rumah tangga"
    return rng.choice(names.OCCUPATIONS)


# --- Programs --------------------------------------------------------------------------------

_ORGS = (
    ("Dinas Sosial Kota Kupang", "pemerintah", "Ibu Maria Ndoen"),
    ("LSM Bengkel Perempuan NTT", "lsm", "Ibu Yuliana Fanggidae"),
    ("Puskesmas Alak", "puskesmas", "dr. Petrus Manafe"),
    ("SMP Negeri 9 Kupang", "sekolah", "Bpk. Daniel Lado"),
    ("Yayasan Tim Medis Relawan Flobamora", "lsm", "dr. Ester Bire"),
    ("Kelompok Tenun Ina Alak", "kelompok", "Mama Sarlota Kana"),
)  # fmt: skip

# name, kind, organizer index, eligible(p), sessions, service kind, indicator
_PROGRAM_SPECS: Sequence[tuple[str, str, int, Callable[[_P], bool], str | None,
                               tuple[str, str, str | None] | None]] = (
    ("Pelatihan Menjahit Perempuan", "pelatihan", 1, lambda p: p.sex == "P" and 18 <= p.age <= 55,
     "paket_pelatihan", ("Pendapatan rumah tangga per bulan", "angka", "Rp/bulan")),
    ("Pelatihan Tenun Ikat", "pelatihan", 5, lambda p: p.sex == "P" and 16 <= p.age <= 60,
     "paket_pelatihan", ("Memulai usaha", "ya_tidak", None)),
    ("Beasiswa Anak Keluarga Miskin", "beasiswa", 3,
     lambda p: 7 <= p.age <= 17 and (p.decile or 10) <= 4,
     "beasiswa", ("Melanjutkan ke jenjang berikutnya", "ya_tidak", None)),
    ("Kunjungan Tim Medis Relawan", "kesehatan", 4, lambda p: p.age >= 60 or p.age < 5,
     "kesehatan", None),
    ("Lokakarya Kewirausahaan Perempuan", "kewirausahaan", 1,
     lambda p: p.sex == "P" and 20 <= p.age <= 50,
     None, ("Pendapatan usaha per bulan", "angka", "Rp/bulan")),
    ("Kelompok Diskusi Hak Penyandang Disabilitas", "diskusi", 0, lambda p: p.age >= 15,
     None, None),
    ("Arisan Mama-Mama Alak", "arisan", 5, lambda p: p.sex == "P" and p.age >= 20, None, None),
    ("P2K2 Keluarga PKH", "p2k2", 0, lambda p: (p.decile or 10) <= 4 and p.age >= 18,
     None, None),
    ("Pendampingan Dokumen Kependudukan", "lainnya", 0, lambda p: p.age >= 17, None, None),
)  # fmt: skip

_TOPICS = {
    "pelatihan": ["Dasar menjahit", "Pola dan potong", "Menjahit seragam", "Tenun motif Rote",
                  "Pewarnaan alami", "Menghitung harga jual"],
    "beasiswa": ["Pertemuan orang tua", "Pembagian beasiswa", "Pemantauan belajar"],
    "kesehatan": ["Pemeriksaan lansia", "Imunisasi balita", "Cek gula darah", "Pemeriksaan mata"],
    "kewirausahaan": ["Ide usaha", "Pembukuan sederhana", "Pemasaran", "Akses modal"],
    "diskusi": ["Hak atas layanan publik", "Aksesibilitas", "Pendataan disabilitas"],
    "arisan": ["Pertemuan arisan"],
    "p2k2": ["Pengasuhan anak", "Kesehatan ibu hamil", "Pengelolaan keuangan", "Perlindungan anak"],
    "lainnya": ["Perekaman KTP-el", "Pengurusan akta lahir", "Pengurusan KK"],
}  # fmt: skip


def _programs(buf: _Buffer, rng: random.Random, people: list[_P], count: int) -> dict[str, int]:
    org_ids = [buf.add(m.Organization, name=n, kind=k, contact_person=c,
                       phone=f"0812{rng.randint(10**7, 10**8 - 1)}", address="Kupang",
                       notes=None) for n, k, c in _ORGS]  # fmt: skip
    kels = kelurahan_list()
    stats = {"activities": 0, "attendance": 0}
    by_kel: dict[str, list[_P]] = {}
    for p in people:
        by_kel.setdefault(p.kelurahan, []).append(p)
    for index in range(count):
        name, kind, org, eligible, service_kind, indicator = _PROGRAM_SPECS[index % len(_PROGRAM_SPECS)]
        kel = kels[index % len(kels)] if count > len(_PROGRAM_SPECS) else None
        batch = index // len(_PROGRAM_SPECS)
        title = name if count <= len(_PROGRAM_SPECS) else f"{name} {kel.name} {batch + 1}"
        start = REFERENCE_DATE - dt.timedelta(days=rng.randrange(60, 400))
        program_id = buf.add(m.Program, name=title, kind=kind, organizer=org_ids[org],
                             description=f"{name} bagi kelompok rentan di Kecamatan Alak.",
                             location=f"Aula Kelurahan {kel.name}" if kel else "Kantor Camat Alak",
                             kelurahan=kel.code if kel else None, start_date=start,
                             end_date=start + dt.timedelta(days=rng.randrange(90, 300)),
                             budget=rng.choice([15, 25, 40, 60, 100]) * 1_000_000,
                             target_groups=None, eligibility=None)  # fmt: skip
        pool = by_kel.get(kel.code, people) if kel else people
        candidates = [p for p in pool if eligible(p)]
        size = min(len(candidates), rng.randint(15, 35))
        enrolled = rng.sample(candidates, size)
        for p in enrolled:
            status = rng.choice(["aktif", "aktif", "aktif", "selesai", "terdaftar", "keluar"])
            buf.add(m.Enrollment, person=p.id, program=program_id, status=status,
                    enrolled_on=start, started_on=start if status != "terdaftar" else None,
                    ended_on=start + dt.timedelta(days=60) if status in ("selesai", "keluar") else None,
                    exit_reason="Pindah domisili" if status == "keluar" else None)  # fmt: skip
        sessions = rng.randint(5, 10)
        for s in range(sessions):
            date = start + dt.timedelta(days=14 * s + rng.randrange(3))
            if date > REFERENCE_DATE:
                break
            act = buf.add(m.Activity, program=program_id, date=date, start_time="09:00",
                          end_time="12:00", place=f"Aula Kelurahan {(kel or rng.choice(kels)).name}",
                          topic=rng.choice(_TOPICS[kind]), trainer=_ORGS[org][2],
                          notes=None)  # fmt: skip
            stats["activities"] += 1
            for p in enrolled:
                buf.add(m.Attendance, activity=act, person=p.id, present=rng.random() < 0.78,
                        note=None)  # fmt: skip
                stats["attendance"] += 1
        if service_kind:
            for p in enrolled:
                amount = {"beasiswa": 750_000, "paket_pelatihan": 350_000, "kesehatan": 0}[service_kind]
                buf.add(m.Service, person=p.id, program=program_id, kind=service_kind,
                        date=start + dt.timedelta(days=rng.randrange(10, 60)), amount=amount,
                        school="SMP Negeri 9 Kupang" if service_kind == "beasiswa" else None,
                        grade=str(rng.randint(7, 9)) if service_kind == "beasiswa" else None,
                        health_type=rng.choice(["pemeriksaan", "imunisasi", "obat", "rujukan"])
                        if service_kind == "kesehatan" else None,
                        provider=_ORGS[org][0], description=None)  # fmt: skip
        if indicator:
            ind_name, ind_kind, unit = indicator
            ind = buf.add(m.OutcomeIndicator, program=program_id, name=ind_name, kind=ind_kind,
                          unit=unit, choices=None, higher_is_better=True)  # fmt: skip
            for p in enrolled:
                base_date = start
                follow_date = start + dt.timedelta(days=120)
                if ind_kind == "angka":
                    base = rng.choice([0, 250_000, 500_000, 750_000, 1_000_000])
                    follow = max(0, base + rng.choice([-100_000, 0, 150_000, 300_000, 500_000]))
                else:
                    base, follow = 0, int(rng.random() < 0.45)
                buf.add(m.Outcome, indicator=ind, person=p.id, date=base_date, is_baseline=True,
                        value_number=base, value_text=None, note=None)  # fmt: skip
                if follow_date <= REFERENCE_DATE:
                    buf.add(m.Outcome, indicator=ind, person=p.id, date=follow_date,
                            is_baseline=False, value_number=follow, value_text=None,
                            note=None)  # fmt: skip
    return stats


# --- Groups and one arisan ---------------------------------------------------------------------


def _groups(buf: _Buffer, rng: random.Random, people: list[_P]) -> None:
    kels = kelurahan_list()
    adults = [p for p in people if p.age >= 18]
    specs = [("Kelompok Diskusi Perempuan Namosain", "diskusi", kels[0]),
             ("KUBE Tenun Fatufeto", "kube", kels[4]),
             ("Kader Posyandu Mantasi", "posyandu", kels[6]),
             ("Arisan Mama-Mama Batu Plat", "arisan", kels[8])]  # fmt: skip
    for name, kind, kel in specs:
        local = [p for p in adults if p.kelurahan == kel.code] or adults
        women = [p for p in local if p.sex == "P"] or local
        members = rng.sample(women, min(len(women), 10 if kind == "arisan" else 12))
        founded = REFERENCE_DATE - dt.timedelta(days=rng.randrange(200, 900))
        gid = buf.add(m.Group, name=name, kind=kind, kelurahan=kel.code,
                      meeting_schedule="Setiap Sabtu pertama, pukul 16.00", program=None,
                      founded_on=founded, description=None)  # fmt: skip
        roles = ["ketua", "wakil", "sekretaris", "bendahara"]
        memberships = []
        for i, p in enumerate(members):
            memberships.append(buf.add(m.GroupMembership, group=gid, person=p.id,
                                       role=roles[i] if i < len(roles) else "anggota",
                                       joined_on=founded, left_on=None, status="aktif"))  # fmt: skip
        for k in range(3):
            meeting = buf.add(m.GroupMeeting, group=gid,
                              date=REFERENCE_DATE - dt.timedelta(days=30 * (3 - k)),
                              place=f"Rumah ketua, {kel.name}",
                              topics="Laporan kegiatan; rencana bulan depan",
                              decisions="Pertemuan berikut di rumah bendahara")  # fmt: skip
            for p in members:
                buf.add(m.GroupMeetingAttendance, meeting=meeting, person=p.id,
                        present=rng.random() < 0.85)  # fmt: skip
        if kind == "arisan":
            _arisan(buf, rng, memberships, gid)


def _arisan(buf: _Buffer, rng: random.Random, memberships: list[str], gid: str) -> None:
    """A monthly cycle, three rounds played, every contribution paid: the ledger reconciles."""
    contribution, fee = 100_000, 10_000
    start = REFERENCE_DATE - dt.timedelta(days=95)
    cycle = buf.add(m.ArisanCycle, group=gid, name="Siklus 2026", contribution=contribution,
                    frequency="bulanan", winners_per_round=1, method="undian", cash_fee=fee,
                    late_penalty=5_000, start_date=start, status="berjalan")  # fmt: skip
    shares = [buf.add(m.ArisanShare, cycle=cycle, membership=ms, number=i + 1)
              for i, ms in enumerate(memberships)]  # fmt: skip
    won: list[str] = []
    for number in range(1, min(3, len(shares) - 1) + 1):
        date = start + dt.timedelta(days=30 * (number - 1))
        rnd = buf.add(m.ArisanRound, cycle=cycle, number=number, date=date, status="selesai")
        for share in shares:
            buf.add(m.ArisanContribution, round=rnd, share=share, due=contribution,
                    paid=contribution, paid_on=date, collected_by="Bendahara", late=False,
                    penalty=0)  # fmt: skip
        eligible = [s for s in shares if s not in won]
        seed = f"demo-{number}"
        winner = arisan_rules.draw(eligible, 1, seed)[0]  # the app's own fair draw
        won.append(winner)
        buf.add(m.ArisanDraw, round=rnd, method="undian", seed=seed, eligible=json.dumps(eligible),
                winners=json.dumps([winner]), witnesses="Ketua; Sekretaris",
                drawn_at=dt.datetime.combine(date, dt.time(16, 30)))  # fmt: skip
        gross = contribution * len(shares)
        buf.add(m.ArisanPayout, round=rnd, share=winner, gross=gross, fee=fee, arrears_deducted=0,
                net=gross - fee, paid_on=date, received_by="Pemenang")  # fmt: skip


"""A person's rights under UU 27/2022 (Pelindungan Data Pribadi).

- ``subject_data`` / ``write_subject_summary``: everything held about one person, as a printable
  page (HTML opens and prints in any browser), so the person can see it.
- ``erase_person``: on request or at the end of retention. The record stays only as a tombstone:
  every content field blanked, ``deleted_at`` set and the version raised, so an older copy in a
  workbook or on another laptop loses against it when it is exchanged and the data does not come
  back. Version snapshots and audit values of the person are blanked too; who did what and when
  stays in the audit log (the chain remains verifiable).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.domain.formatting import format_date
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.storage.bulk import json_value
from desktop_app.storage.models import (
    Attendance,
    AuditLog,
    Enrollment,
    GroupMembership,
    Household,
    Outcome,
    Person,
    RecordVersion,
    Service,
    utcnow,
)

ERASED_NAME = "[dihapus]"

PERSON_LABELS = {
    "nik": "NIK",
    "no_nik_reason": "Alasan tanpa NIK",
    "name": "Nama",
    "sex": "Jenis kelamin",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "birth_year": "Tahun lahir (perkiraan)",
    "relationship": "Hubungan dalam keluarga",
    "marital_status": "Status perkawinan",
    "religion": "Agama",
    "education": "Pendidikan",
    "occupation": "Pekerjaan",
    "phone": "Telepon",
    "kelurahan": "Kelurahan",
    "rw": "RW",
    "rt": "RT",
    "address": "Alamat",
    "ethnicity": "Suku",
    "indigenous": "Masyarakat adat",
    "wg_seeing": "Kesulitan melihat (WG)",
    "wg_hearing": "Kesulitan mendengar (WG)",
    "wg_walking": "Kesulitan berjalan (WG)",
    "wg_cognition": "Kesulitan mengingat (WG)",
    "wg_selfcare": "Kesulitan merawat diri (WG)",
    "wg_communication": "Kesulitan berkomunikasi (WG)",
    "has_ktp": "Punya KTP",
    "has_kk": "Punya KK",
    "has_birth_certificate": "Punya akta kelahiran",
    "has_bpjs": "Punya BPJS",
    "consent_given": "Persetujuan penggunaan data",
    "consent_date": "Tanggal persetujuan",
    "consent_method": "Cara persetujuan",
    "consent_recorded_by": "Dicatat oleh",
    "notes": "Catatan",
}
# Free text in related records may quote the person; blanked on erasure.
RELATED_TEXT = {Attendance: ("note",), Service: ("description",), Outcome: ("note",),
                Enrollment: ("exit_reason",)}  # fmt: skip


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _person(person_id: str) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise ValueError("Penduduk tidak ditemukan.")
    return person


def is_erased(person: Person) -> bool:
    return person.name == ERASED_NAME and person.deleted_at is not None


def subject_data(person_id: str) -> dict[str, list[tuple[str, str]] | list[list[str]]]:
    """Sections of label/value rows (or table rows) with everything held about the person."""
    p = _person(person_id)
    data: dict[str, Any] = {}
    data["Data pribadi"] = [(PERSON_LABELS.get(f, f), _shown(getattr(p, f))) for f in PERSON_LABELS]
    hh_id = p.__data__.get("household")
    if hh_id:
        hh = Household.get_or_none(Household.id == hh_id)
        if hh is not None:
            data["Keluarga"] = [("No. KK", _shown(hh.no_kk)), ("Alamat", _shown(hh.address)),
                                ("RT/RW", f"{hh.rt or '-'}/{hh.rw or '-'}"),
                                ("Desil kesejahteraan", _shown(hh.welfare_decile))]  # fmt: skip
    data["Program"] = [[e.program.name, e.status, _shown(e.enrolled_on), _shown(e.ended_on)]
                       for e in Enrollment.alive().where(Enrollment.person == p)]  # fmt: skip
    data["Kehadiran kegiatan"] = [
        [_shown(a.activity.date), a.activity.topic or "-", "Hadir" if a.present else "Tidak hadir"]
        for a in Attendance.alive().where(Attendance.person == p)
    ]
    data["Layanan"] = [[_shown(s.date), s.kind, _shown(s.amount), s.description or "-"]
                       for s in Service.alive().where(Service.person == p)]  # fmt: skip
    data["Capaian"] = [
        [
            _shown(o.date),
            o.indicator.name,
            _shown(o.value_number if o.value_text is None else o.value_text),
        ]  # fmt: skip
        for o in Outcome.alive().where(Outcome.person == p)
    ]
    data["Kelompok"] = [[m.group.name, m.role, m.status]
                        for m in GroupMembership.alive().where(GroupMembership.person == p)]  # fmt: skip
    data["Riwayat pencatatan"] = [
        [_shown(r.at), r.user or "-", audit.ACTION_LABELS.get(r.action, r.action)]
        for r in AuditLog.select().where(AuditLog.record_id == p.id).order_by(AuditLog.seq)
    ]
    return data


def write_subject_summary(person_id: str, path: Path, actor: Actor) -> Path:
    """A printable HTML page of everything held about the person; audited."""
    p = _person(person_id)
    sections = subject_data(person_id)
    parts = [
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>",
        f"<title>Data pribadi — {html.escape(p.name)}</title>",
        "<style>body{font-family:sans-serif;margin:2em;max-width:50em}"
        "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
        "td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#eee}h1{font-size:1.4em}</style></head><body>",
        f"<h1>Data pribadi yang disimpan Berdaya: {html.escape(p.name)}</h1>",
        f"<p>Dicetak {dt.datetime.now():%d/%m/%Y %H:%M} oleh {html.escape(actor.user or '-')}. "
        "Ringkasan ini dibuat atas permintaan pemilik data (UU 27/2022 tentang Pelindungan Data "
        "Pribadi).</p>",
    ]
    for title, rows in sections.items():
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if not rows:
            parts.append("<p>Tidak ada.</p>")
            continue
        parts.append("<table>")
        for row in rows:
            cells = "".join(f"<td>{html.escape(str(c))}</td>" for c in row)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(parts), encoding="utf-8")
    tmp.replace(path)
    db = Person._meta.database
    with db.atomic():
        audit.record("subject_export", actor, table_name="person", record_id=p.id,
                     detail="ringkasan data pribadi dicetak")  # fmt: skip
    return path


def _blank(model: type[pw.Model], field_name: str) -> Any:
    field = model._meta.fields[field_name]
    if field_name == "name":
        return ERASED_NAME
    if isinstance(field, pw.BooleanField):
        return False
    if not field.null:
        return ""
    return None


def _blank_snapshots(table: str, record_id: str, data: dict[str, Any]) -> None:
    RecordVersion.update(data=json.dumps(data, sort_keys=True, ensure_ascii=False)).where(
        (RecordVersion.table_name == table) & (RecordVersion.record_id == record_id)
    ).execute()


def erase_person(person_id: str, actor: Actor, reason: str) -> None:
    """Blank everything about the person, leaving a tombstone that sync respects."""
    if not reason.strip():
        raise ValueError(
            "Alasan penghapusan wajib diisi (permintaan pemilik data, masa simpan habis…)."
        )
    db = Person._meta.database
    # Overwrite freed space with zeros so the old values do not linger in the file's free pages.
    db.execute_sql("PRAGMA secure_delete = ON")
    with db.atomic():
        p = _person(person_id)
        if is_erased(p):
            raise ValueError("Data orang ini sudah dihapus.")
        now = utcnow()
        values = {name: _blank(Person, name) for name in Person.content_fields()}
        update: dict[Any, Any] = {Person._meta.fields[k]: v for k, v in values.items()}
        update.update({Person.version: p.version + 1, Person.deleted_at: p.deleted_at or now,
                       Person.updated_at: now, Person.updated_by: actor.user,
                       Person.device_id: actor.device_id})  # fmt: skip
        Person.update(update).where(Person.id == p.id).execute()
        blank = {k: json_value(v) for k, v in values.items()}
        _blank_snapshots("person", p.id, blank)
        RecordVersion.insert(table_name="person", record_id=p.id, version=p.version + 1,
                             data=json.dumps(blank, sort_keys=True, ensure_ascii=False),
                             device_id=actor.device_id).on_conflict_replace().execute()  # fmt: skip
        audit.redact("person", p.id)
        for model, fields in RELATED_TEXT.items():
            for row in model.select().where(model.person == p.id):
                changed = {f: None for f in fields if getattr(row, f)}
                if changed:
                    model.update({**{model._meta.fields[f]: v for f, v in changed.items()},
                                  model.version: row.version + 1, model.updated_at: now,
                                  model.updated_by: actor.user,
                                  model.device_id: actor.device_id}).where(
                        model.id == row.id).execute()  # fmt: skip
                    for version in RecordVersion.select().where(
                        (RecordVersion.table_name == model._meta.table_name)
                        & (RecordVersion.record_id == row.id)
                    ):
                        snap = json.loads(version.data)
                        snap.update({f: None for f in fields})
                        version.data = json.dumps(snap, sort_keys=True, ensure_ascii=False)
                        version.save()
                audit.redact(model._meta.table_name, row.id)
        audit.record("erase", actor, table_name="person", record_id=p.id,
                     detail=f"data pribadi dihapus: {reason.strip()}")  # fmt: skip


def only_consented(db: pw.Database, ids: dict[str, set[str] | None]
                   ) -> tuple[dict[str, set[str] | None], dict[str, set[str]]]:  # fmt: skip
    """Leave people without recorded consent out of an export.

    ``ids``: per table the ids to export (None: all), as ``services.exchange_export.scope_ids``
    gives them. Returns (the narrowed ids, the excluded ids per table). Records that cannot exist
    without an excluded person (enrolments, attendance, services, memberships, arisan shares
    through a membership…) are excluded with them; records that merely point at one (a
    household's head) stay, and their lookup columns must not show the excluded person — the
    exporter hides ``excluded`` from its lookups.
    """
    from desktop_app.storage.models import SYNC_MODELS

    blocked = {r[0] for r in db.execute_sql('SELECT id FROM "person" WHERE consent_given = 0')}
    if not blocked:
        return ids, {}
    excluded: dict[str, set[str]] = {"person": blocked}
    changed = True
    while changed:
        changed = False
        for model in SYNC_MODELS:
            table = model._meta.table_name
            for fk in model._meta.refs:
                target = fk.rel_model._meta.table_name
                if fk.null or target not in excluded:
                    continue
                gone = excluded[target]
                rows = {r[0] for r in db.execute_sql(
                    f'SELECT id, "{fk.column_name}" FROM "{table}"') if r[1] in gone}  # fmt: skip
                new = rows - excluded.get(table, set())
                if new:
                    excluded.setdefault(table, set()).update(new)
                    changed = True
    narrowed: dict[str, set[str] | None] = {}
    for table, wanted in ids.items():
        gone = excluded.get(table)
        if not gone:
            narrowed[table] = wanted
            continue
        if wanted is None:
            wanted = {r[0] for r in db.execute_sql(f'SELECT id FROM "{table}"')}
        narrowed[table] = wanted - gone
    return narrowed, excluded

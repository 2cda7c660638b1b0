"""The conflict queue of imports: list, and resolve through the single write path.

Kinds (``SyncConflict.kind``):

* ``field`` — the same field changed here and in the workbook. ``mine`` keeps the local value,
  ``theirs`` takes the workbook's, ``edit`` writes a value the person typed.
* ``delete`` — deleted on one side, edited on the other. ``mine`` keeps this device's state;
  ``theirs`` applies the workbook's (restores and applies the edit, or deletes).
* ``match`` — a row that looks like an existing person (similar name, same birth date and
  kelurahan). ``same`` merges it into that person (blank fields filled, differences queued as
  ``field`` conflicts), ``new`` registers it as another person.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from desktop_app.exchange.apply import from_json, normalise, to_json
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.storage.models import MODEL_BY_TABLE, SyncConflict, SyncModel, utcnow

CHOICES = {
    "field": ("mine", "theirs", "edit"),
    "delete": ("mine", "theirs"),
    "match": ("same", "new"),
}


@dataclass
class ConflictView:
    id: str
    kind: str
    table_name: str
    record_id: str | None
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    source_file: str | None
    sheet: str | None
    row: int | None
    record_label: str

    def shown(self, which: str) -> str:
        value = getattr(self, which)
        from desktop_app.services.exchange_import import describe_field, describe_fields

        if isinstance(value, dict):  # a whole row (a near match): labelled fields
            return describe_fields(self.table_name, value)
        return describe_field(self.field, value)


class ConflictError(ValueError):
    pass


def _label(model: type[SyncModel] | None, record_id: str | None) -> str:
    if model is None or not record_id:
        return ""
    rec = model.get_or_none(model.id == record_id)
    if rec is None:
        return record_id[:8]
    for attr in ("name", "topic", "no_kk"):
        if attr in model._meta.fields and getattr(rec, attr, None):
            return str(getattr(rec, attr))
    return record_id[:8]


def _view(row: SyncConflict) -> ConflictView:
    model = MODEL_BY_TABLE.get(row.table_name)
    field = row.field if row.kind == "field" else None
    return ConflictView(
        row.id, row.kind, row.table_name, row.record_id, row.field,
        from_json(model, field, row.base_value), from_json(model, field, row.mine_value),
        from_json(model, field, row.theirs_value), row.source_file, row.sheet, row.row,
        _label(model, row.record_id),
    )  # fmt: skip


def open_conflicts() -> list[ConflictView]:
    query = SyncConflict.select().where(SyncConflict.status == "open")
    return [_view(r) for r in query.order_by(SyncConflict.created_at, SyncConflict.sheet,
                                             SyncConflict.row, SyncConflict.field)]  # fmt: skip


def open_count() -> int:
    return SyncConflict.select().where(SyncConflict.status == "open").count()


def _apply_values(model: type[SyncModel], rec: SyncModel, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in model.content_fields():
            rec.__data__[name] = normalise(model, name, value)


def resolve(conflict_id: str, choice: str, actor: Actor, value: Any = None) -> None:
    """Decide one conflict; every change goes through ``records.save/delete/restore``."""
    row = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    if row is None or row.status != "open":
        raise ConflictError("Konflik ini sudah diselesaikan atau tidak ada lagi.")
    if choice not in CHOICES.get(row.kind, ()):
        raise ConflictError(f"Pilihan tidak dikenal untuk konflik ini: {choice}.")
    model = MODEL_BY_TABLE[row.table_name]
    db = model._meta.database
    with db.atomic():
        rec = model.get_or_none(model.id == row.record_id) if row.record_id else None
        resolved_value = None
        if row.kind == "field" and choice in ("theirs", "edit"):
            if rec is None:
                raise ConflictError("Catatan ini sudah tidak ada.")
            new = json.loads(row.theirs_value) if choice == "theirs" else value
            if choice == "edit" and row.field in model._meta.fields:
                f = model._meta.fields[row.field]
                if not f.null and new in (None, ""):
                    raise ConflictError("Kolom ini wajib diisi.")
            _apply_values(model, rec, {row.field: new})
            resolved_value = to_json(new)
            records.save(rec, actor)
        elif row.kind == "delete" and choice == "theirs" and rec is not None:
            if row.mine_value == to_json("dihapus"):  # deleted here, edited there
                records.restore(rec, actor)
                rec = model.get_by_id(rec.id)
                _apply_values(model, rec, json.loads(row.theirs_value))
                records.save(rec, actor)
            else:  # edited here, deleted there
                records.delete(rec, actor)
        elif row.kind == "match":
            theirs = json.loads(row.theirs_value)
            if choice == "new":
                new_rec = model()
                _apply_values(model, new_rec, theirs)
                records.save(new_rec, actor)
            elif rec is not None:
                _merge_fill(model, rec, theirs, row, actor)
        row.status = "resolved"
        row.resolution = choice
        row.resolved_value = resolved_value
        row.resolved_at = utcnow()
        row.resolved_by = actor.user
        row.save()


def _merge_fill(model: type[SyncModel], rec: SyncModel, theirs: dict[str, Any], row: SyncConflict,
                actor: Actor) -> None:  # fmt: skip
    """Same person: fill blank fields; a different non-empty value becomes a field conflict."""
    fill = {}
    for name, value in theirs.items():
        new = normalise(model, name, value)
        old = records.field_value(rec, name)
        if new is None or new == old:
            continue
        if old in (None, "") or (old is False and new is True):
            fill[name] = new
        else:
            SyncConflict.create(kind="field", table_name=row.table_name, record_id=rec.id,
                                field=name, base_value=to_json(None), mine_value=to_json(old),
                                theirs_value=to_json(new), source_file=row.source_file,
                                sheet=row.sheet, row=row.row, batch=row.batch)  # fmt: skip
    if fill:
        _apply_values(model, rec, fill)
        records.save(rec, actor)


def edit_choices(table_name: str, field: str | None) -> list[tuple[Any, str]] | None:
    """The values a person may pick for ``field`` (code lists, Ya/Tidak, kelurahan), or None
    when the value is typed."""
    from desktop_app.domain.wilayah import kelurahan_list
    from desktop_app.exchange.apply import CODE_FIELDS

    model = MODEL_BY_TABLE.get(table_name)
    if model is None or not field or field not in model._meta.fields:
        return None
    if isinstance(model._meta.fields[field], pw.BooleanField):
        return [(True, "Ya"), (False, "Tidak")]
    if field == "kelurahan":
        return [(k.code, k.name) for k in kelurahan_list()]
    codes = CODE_FIELDS.get((table_name, field))
    return list(codes.items()) if codes else None


def parse_edit(table_name: str, field: str | None, text: str) -> Any:
    """A typed value for ``field``: dates as dd/mm/yyyy, whole numbers (``1.500.000``), text."""
    text = text.strip()
    model = MODEL_BY_TABLE.get(table_name)
    if not text or model is None or not field or field not in model._meta.fields:
        return text or None
    f = model._meta.fields[field]
    if isinstance(f, pw.DateField):
        for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ConflictError(f"Tanggal tidak dikenali: {text} (tulis hh/bb/tttt).")
    if isinstance(f, pw.IntegerField) and not isinstance(f, pw.BooleanField):
        digits = text.replace("Rp", "").replace(".", "").replace(" ", "")
        if not digits.lstrip("-").isdigit():
            raise ConflictError(f"Harus angka bulat: {text}.")
        return int(digits)
    return text

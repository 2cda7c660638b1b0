"""The single write path for synchronised records.

Every create, update, delete (tombstone) and restore goes through here, and each produces one
``Change`` carrying the old and new value of every field that changed. That one stream feeds the
record's version (used by Excel sync), the version snapshots (the base of three-way merges), the
audit log, and listeners such as the UI's undo stack and refresh.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from desktop_app.exchange.basis import content_hash
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.storage.bulk import json_value
from desktop_app.storage.errors import translate
from desktop_app.storage.models import RecordVersion, SyncModel, utcnow


@dataclass
class Change:
    action: str  # create / update / delete / restore
    table_name: str
    record_id: str
    version: int
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


Listener = Callable[[Change], None]
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def _emit(change: Change) -> None:
    for listener in list(_listeners):
        listener(change)


def field_value(record: SyncModel, name: str) -> Any:
    """Plain value of a field; foreign keys as their id, without loading the related row."""
    f = record._meta.fields[name]
    if isinstance(f, pw.ForeignKeyField):
        return record.__data__.get(name)
    return getattr(record, name)


def content_of(record: SyncModel) -> dict[str, Any]:
    return {name: field_value(record, name) for name in record.content_fields()}


def _normalised(record: SyncModel, name: str, value: Any) -> Any:
    f = record._meta.fields[name]
    if value is None:
        return None
    try:
        return f.python_value(f.db_value(value))
    except (TypeError, ValueError):
        return value


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (old.get(k), new.get(k)) for k in new if old.get(k) != new.get(k)}


def _snapshot(record: SyncModel, actor: Actor) -> None:
    data = {k: json_value(v) for k, v in content_of(record).items()}
    RecordVersion.insert(
        table_name=record._meta.table_name,
        record_id=record.id,
        version=record.version,
        data=json.dumps(data, sort_keys=True, ensure_ascii=False),
        device_id=actor.device_id,
        # Stored now (15 µs) so that an export of the district does not hash every snapshot.
        content_hash=content_hash(type(record), data),
    ).on_conflict_replace().execute()


def _stamp(record: SyncModel, actor: Actor) -> None:
    record.updated_at = utcnow()
    record.updated_by = actor.user
    record.device_id = actor.device_id


def _jsonable(changes: dict[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
    return {k: [json_value(a), json_value(b)] for k, (a, b) in changes.items()}


def _audit(change: Change, actor: Actor) -> None:
    audit.append(
        change.action,
        user=actor.user,
        device_id=actor.device_id,
        table_name=change.table_name,
        record_id=change.record_id,
        changes=_jsonable(change.changes) if change.changes else None,
    )


_guards: list[Callable[[], None]] = []


def add_write_guard(guard: Callable[[], None]) -> Callable[[], None]:
    """``guard()`` runs before every write and raises to refuse it (a signed-in read-only role,
    see ``services.auth``). Returns a function that removes the guard."""
    _guards.append(guard)
    return lambda: _guards.remove(guard) if guard in _guards else None


def _run(db: pw.Database, fn: Callable[[], Change | None]) -> Change | None:
    for guard in list(_guards):
        guard()
    try:
        with db.atomic():
            change = fn()
    except Exception as exc:  # noqa: BLE001 - re-raised with the real cause
        err = translate(exc)
        if err is exc:
            raise
        raise err from exc
    if change is not None:
        _emit(change)
    return change


def save(record: SyncModel, actor: Actor) -> Change | None:
    """Insert or update ``record``; returns the change, or None when nothing changed."""
    model = type(record)
    db = model._meta.database

    def work() -> Change | None:
        for name in record.content_fields():
            record.__data__[name] = _normalised(record, name, field_value(record, name))
        current = model.get_or_none(model.id == record.id) if record.id else None
        if current is None:
            record.version = 1
            record.created_at = utcnow()
            _stamp(record, actor)
            record.save(force_insert=True)
            new = content_of(record)
            change = Change("create", model._meta.table_name, record.id, 1,
                            {k: (None, v) for k, v in new.items() if v is not None})  # fmt: skip
        else:
            changes = diff(content_of(current), content_of(record))
            if not changes:
                return None
            record.version = current.version + 1
            record.created_at = current.created_at
            record.deleted_at = current.deleted_at
            _stamp(record, actor)
            record.save(only=[*changes.keys(), "version", "updated_at", "updated_by", "device_id"])
            change = Change("update", model._meta.table_name, record.id, record.version, changes)
        _snapshot(record, actor)
        _audit(change, actor)
        return change

    return _run(db, work)


def _set_tombstone(record: SyncModel, actor: Actor, deleted: bool) -> Change | None:
    model = type(record)
    db = model._meta.database

    def work() -> Change | None:
        current = model.get_by_id(record.id)
        if (current.deleted_at is not None) == deleted:
            return None
        current.deleted_at = utcnow() if deleted else None
        current.version += 1
        _stamp(current, actor)
        current.save(only=["deleted_at", "version", "updated_at", "updated_by", "device_id"])
        record.__data__.update(current.__data__)
        _snapshot(current, actor)
        change = Change("delete" if deleted else "restore", model._meta.table_name, current.id,
                        current.version)  # fmt: skip
        _audit(change, actor)
        return change

    return _run(db, work)


def delete(record: SyncModel, actor: Actor) -> Change | None:
    """Tombstone: the row stays so that the deletion travels to other devices."""
    return _set_tombstone(record, actor, True)


def restore(record: SyncModel, actor: Actor) -> Change | None:
    return _set_tombstone(record, actor, False)


def history(model: type[SyncModel], record_id: str) -> list[RecordVersion]:
    return list(
        RecordVersion.select()
        .where(
            (RecordVersion.table_name == model._meta.table_name)
            & (RecordVersion.record_id == record_id)
        )
        .order_by(RecordVersion.version)
    )

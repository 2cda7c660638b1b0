"""The audit log: append-only and hash-chained, so tampering with the file is detectable.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own content. No NIK or
name ever goes to the application's log files; the audit log lives inside the database only.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from desktop_app.storage.models import AuditLog, utcnow

GENESIS = "0" * 64


def _digest(prev_hash: str, entry: dict[str, Any]) -> str:
    payload = json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _content(row: AuditLog) -> dict[str, Any]:
    content = {
        "at": row.at.isoformat() if hasattr(row.at, "isoformat") else str(row.at),
        "user": row.user,
        "device_id": row.device_id,
        "action": row.action,
        "table_name": row.table_name,
        "record_id": row.record_id,
        "changes": row.changes,
        "detail": row.detail,
    }
    if row.changes_sha:  # since migration 0061: the chain covers the digest of the values
        content["changes"] = None
        content["changes_sha"] = row.changes_sha
    return content


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


REDACTED = "[dihapus]"


def _is_redacted(changes: str | None) -> bool:
    if not changes:
        return False
    try:
        data = json.loads(changes)
    except ValueError:
        return False
    return (
        isinstance(data, dict)
        and bool(data)
        and all(v == [REDACTED, REDACTED] for v in data.values())
    )


def _values_intact(row: AuditLog) -> bool:
    if not row.changes_sha:
        return True
    return _is_redacted(row.changes) or (
        row.changes is not None and _sha(row.changes) == row.changes_sha
    )


def append(
    action: str,
    *,
    user: str | None,
    device_id: str | None,
    table_name: str | None = None,
    record_id: str | None = None,
    changes: dict[str, Any] | None = None,
    detail: str | None = None,
) -> AuditLog:
    last = AuditLog.select(AuditLog.hash).order_by(AuditLog.seq.desc()).first()
    prev_hash = last.hash if last else GENESIS
    changes_text = (
        json.dumps(changes, sort_keys=True, ensure_ascii=False, default=str)
        if changes is not None
        else None
    )
    row = AuditLog(
        at=utcnow(),
        user=user,
        device_id=device_id,
        action=action,
        table_name=table_name,
        record_id=record_id,
        changes=changes_text,
        changes_sha=_sha(changes_text) if changes_text is not None else None,
        detail=detail,
        prev_hash=prev_hash,
    )
    row.hash = _digest(prev_hash, _content(row))
    row.save(force_insert=True)
    return row


def verify_chain() -> tuple[bool, int | None]:
    """(True, None) when intact; otherwise (False, seq of the first broken entry)."""
    prev = GENESIS
    for row in AuditLog.select().order_by(AuditLog.seq).iterator():
        if (
            row.prev_hash != prev
            or row.hash != _digest(prev, _content(row))
            or not _values_intact(row)
        ):
            return False, row.seq
        prev = row.hash
    return True, None


def record(action: str, actor: Any, *, detail: str | None = None, table_name: str | None = None,
           record_id: str | None = None, changes: dict[str, Any] | None = None) -> AuditLog:  # fmt: skip
    """Append an event done by ``actor`` (a ``services.context.Actor``): import, export, backup…"""
    return append(action, user=actor.user, device_id=actor.device_id, table_name=table_name,
                  record_id=record_id, changes=changes, detail=detail)  # fmt: skip


ACTION_LABELS = {
    "create": "Buat",
    "update": "Ubah",
    "delete": "Hapus",
    "restore": "Pulihkan catatan",
    "merge": "Gabung",
    "import": "Impor",
    "export": "Ekspor",
    "sign_in": "Masuk",
    "sign_in_failed": "Gagal masuk",
    "sign_out": "Keluar",
    "lock": "Layar dikunci",
    "unlock": "Buka kunci",
    "user_create": "Akun dibuat",
    "user_update": "Akun diubah",
    "password_change": "Kata sandi diganti",
    "device_setup": "Penyiapan perangkat",
    "settings": "Pengaturan",
    "backup": "Cadangan",
    "restore_backup": "Pulihkan cadangan",
    "erase": "Hapus data pribadi",
    "subject_export": "Ekspor data pribadi",
    "encrypt": "Enkripsi database",
    "demo": "Data demo",
}


def search(text: str | None = None, *, user: str | None = None, action: str | None = None,
           table_name: str | None = None, since: Any = None, until: Any = None,
           limit: int = 500, offset: int = 0) -> list[AuditLog]:  # fmt: skip
    """Newest first. ``text`` matches the record id, the detail and the changed values."""
    query = AuditLog.select()
    if text:
        like = f"%{text.strip()}%"
        query = query.where(
            AuditLog.record_id**like
            | AuditLog.detail**like
            | AuditLog.changes**like
            | AuditLog.user**like
        )
    if user:
        query = query.where(AuditLog.user == user)
    if action:
        query = query.where(AuditLog.action == action)
    if table_name:
        query = query.where(AuditLog.table_name == table_name)
    if since is not None:
        query = query.where(AuditLog.at >= since)
    if until is not None:
        query = query.where(AuditLog.at < until)
    return list(query.order_by(AuditLog.seq.desc()).limit(limit).offset(offset))


def users() -> list[str]:
    return [r.user for r in AuditLog.select(AuditLog.user).where(AuditLog.user.is_null(False))
            .distinct().order_by(AuditLog.user)]  # fmt: skip


def count() -> int:
    return AuditLog.select().count()


def redact(table_name: str, record_id: str) -> int:
    """Blank the old and new values in a record's audit entries (erasure under UU 27/2022).

    Who did what and when stays, and so does the chain. Entries written before migration 0061 hold
    no digest and cannot be blanked without breaking the chain; they are left as they are.
    Returns the number of entries blanked.
    """
    count = 0
    rows = AuditLog.select().where(
        (AuditLog.table_name == table_name)
        & (AuditLog.record_id == record_id)
        & AuditLog.changes_sha.is_null(False)
    )
    for row in rows:
        fields = json.loads(row.changes) if row.changes else {}
        if _is_redacted(row.changes) or not fields:
            continue
        blank = json.dumps({k: [REDACTED, REDACTED] for k in fields}, sort_keys=True)
        AuditLog.update(changes=blank).where(AuditLog.seq == row.seq).execute()
        count += 1
    return count

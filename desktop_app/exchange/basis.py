"""The ``Basis`` column: which contents of a record an exported row already includes.

Version numbers are counted per device, so ``Versi`` alone cannot name the common base of a
three-way merge between laptops. Each exported row therefore carries, in the hidden ``Basis``
column, short content hashes (``content_hash``): first the row's content at export, then every
earlier content of that record on the exporting device, then what that device had merged in from
other devices' rows (``record_version.basis``), newest first, at most ``MAX_HASHES``.

On import the base is the newest local snapshot whose content hash is in the row's ``Basis``: the
newest state of this record that the row is known to contain. When the row's own content is
already contained here (a stale workbook sent again) the row itself is the base, so nothing in it
is new. Content, not clocks or version numbers, decides. No Qt here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from desktop_app.storage.bulk import json_value
from desktop_app.storage.models import SyncModel

MAX_HASHES = 32
HASH_CHARS = 16  # 64 bits of SHA-256: collisions between two contents of one record are negligible


@cache
def _defaults(model: type[SyncModel]) -> tuple[tuple[str, Any], ...]:
    """(field, value stored for None) per content field: a NOT NULL field's plain default (a
    bulk snapshot may hold None where the row holds the column default)."""
    out = []
    for name in model.content_fields():
        f = model._meta.fields[name]
        default = f.default if not f.null and not callable(f.default) else None
        out.append((name, json_value(default)))
    return tuple(out)


def content_hash(model: type[SyncModel], values: Mapping[str, Any]) -> str:
    """Hash of a record's content fields: canonical JSON (sorted keys, dates ISO, "" as None, a
    NOT NULL field's None as its default)."""
    data = {k: d if (v := values.get(k)) is None or v == "" else v for k, d in _defaults(model)}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_json_default)  # fmt: skip
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


def _json_default(value: Any) -> Any:
    converted = json_value(value)
    return str(converted) if converted is value else converted


def snapshot_hash(model: type[SyncModel], data: str) -> str:
    """``content_hash`` of a ``record_version.data`` JSON text."""
    return content_hash(model, json.loads(data))


def parse(text: Any) -> list[str]:
    """The hashes of a ``Basis`` cell (blank or garbled cells give none)."""
    if text is None:
        return []
    out = []
    for part in str(text).replace(",", " ").split():
        part = part.strip().lower()
        if len(part) == HASH_CHARS and all(ch in "0123456789abcdef" for ch in part):
            out.append(part)
    return out


def join(hashes: Iterable[str]) -> str:
    """Hashes as one cell: de-duplicated in order, at most ``MAX_HASHES``."""
    return " ".join(list(dict.fromkeys(h for h in hashes if h))[:MAX_HASHES])

"""The ``Basis`` column: which states of a record an exported row already includes.

Version numbers are counted per device, so ``Versi`` alone cannot name the common base of a
three-way merge between laptops. Every state of a record therefore has a short **state id**
(``state_id``: the device that wrote it, its version there and its content hash), and each
exported row carries, in the hidden ``Basis`` column, ``h:`` + the content hash of the row as
exported, then the ids of the states the row contains: its own, every earlier state on the
exporting device and the states that device merged in from other devices' rows
(``record_version.basis``), newest first, at most ``MAX_HASHES``.

A state is an edit, not a content: two laptops that type the same value write two states, so a
later revert on one of them is never taken for "nothing changed" on the other. A row an office
edited (its content no longer matches its ``h:`` hash) is a new state of its own
(``office_state_id``).

On import the merge base is the newest state that both sides contain and whose content this
device knows: its own snapshots and the rows it merged in (``record_version.received``). When
several such states are unrelated (two laptops merged each other's rows), each field is compared
with all of them (``apply.base_by_hash``). A row whose own state is already contained here (a
stale workbook sent again) brings nothing new. Content and ancestry, not clocks or version
numbers, decide. No Qt here.
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


CONTENT_PREFIX = "h:"


def state_id(device: str | None, version: int, content: str) -> str:
    """The id of one state of a record: written by ``device`` as its ``version`` with ``content``
    (a content hash). The content makes a version number reused after a restored backup a
    different state."""
    text = f"{device or ''}|{version}|{content}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


def office_state_id(exported_state: str, content: str) -> str:
    """The id of a row that an office edited after export: the same edited row sent to two
    laptops is one state on both."""
    text = f"office|{exported_state}|{content}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


def exported_content(text: Any) -> str | None:
    """The ``h:`` content hash of a ``Basis`` cell: the row's content when it was exported."""
    for part in str(text or "").replace(",", " ").split():
        part = part.strip().lower()
        if part.startswith(CONTENT_PREFIX) and len(part) == len(CONTENT_PREFIX) + HASH_CHARS:
            return part[len(CONTENT_PREFIX):]
    return None


def cell(content: str, states: Iterable[str]) -> str:
    """A ``Basis`` cell: the exported content hash, then the state ids."""
    return f"{CONTENT_PREFIX}{content} {join(states)}".strip()


def normalise(text: Any) -> str | None:
    """A ``Basis`` cell as read (spaces, commas, case tidied; garbled parts dropped), or None."""
    states = parse(text)
    content = exported_content(text)
    if content is None:
        return join(states) or None
    return cell(content, states)


def parse(text: Any) -> list[str]:
    """The state ids of a ``Basis`` cell (blank or garbled cells give none)."""
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

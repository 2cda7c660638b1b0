"""The import history as a table for the Impor/Ekspor page."""

from __future__ import annotations

import json

from desktop_app.storage.models import ImportBatch

Table = tuple[list[str], list[list[object]]]


def import_history() -> Table:
    rows = []
    for batch in ImportBatch.select().order_by(ImportBatch.at.desc()):
        counts = json.loads(batch.counts or "{}")
        rows.append([batch.at, batch.file_name, batch.user or "", batch.status,
                     counts.get("created", 0), counts.get("updated", 0),
                     counts.get("rejected", 0)])  # fmt: skip
    return ["Waktu", "Berkas", "Pengguna", "Status", "Baru", "Diperbarui", "Ditolak"], rows

"""Render the round recap (HTML from ``services.arisan``) to an A4 PDF with Qt.

Safe in a worker thread (no database, no widgets): ``ui.tasks.run_task`` runs it with progress and
Batal; on failure or cancel no half-written file is left and an older file of that name stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.services.progress import Progress, no_progress


def write_pdf(html: str, path: Path, title: str = "Rekap arisan",
              progress: Progress = no_progress) -> Path:  # fmt: skip
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        progress(0, 3, "Menyusun rekap…")
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Berdaya")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))  # fmt: skip
        writer.setResolution(300)
        doc = QTextDocument()
        doc.setHtml(html)
        progress(1, 3, "Mencetak ke PDF…")
        doc.print_(writer)
        del writer  # finishes the file
        progress(2, 3, "Menyimpan berkas…")
        tmp.replace(path)  # a half-written PDF never takes the real name
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress(3, 3, "Selesai")
    return path

"""Render an attendance sheet (``services.attendance_sheet``) to an A4 PDF with Qt.

The content comes from the service; this module only lays it out. A QTextDocument table with a
``<thead>`` repeats its header row on every page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop_app.services.attendance_sheet import AttendanceSheet
from desktop_app.services.progress import Progress, no_progress

_CSS = """
body { font-family: 'DejaVu Sans', 'Arial', sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; text-align: center; margin: 0; }
h2 { font-size: 12pt; text-align: center; margin: 0 0 6px 0; font-weight: normal; }
table.info td { padding: 1px 6px 1px 0; font-size: 9.5pt; }
table.list { border-collapse: collapse; }
table.list th { background-color: #e6e6e6; font-weight: bold; padding: 10px 6px; }
table.list td { padding: 16px 6px; }
"""


def sheet_html(sheet: AttendanceSheet) -> str:
    when = sheet.date + (
        QCoreApplication.translate("AttendanceSheet", ", pukul {0}").format(sheet.time)
        if sheet.time
        else ""
    )
    info = [
        (QCoreApplication.translate("AttendanceSheet", "Program"), sheet.program),
        (QCoreApplication.translate("AttendanceSheet", "Penyelenggara"), sheet.organizer or "—"),
        (QCoreApplication.translate("AttendanceSheet", "Hari/tanggal"), when),
        (QCoreApplication.translate("AttendanceSheet", "Tempat"), sheet.place or "—"),
        (QCoreApplication.translate("AttendanceSheet", "Topik"), sheet.topic or "—"),
        (QCoreApplication.translate("AttendanceSheet", "Pelatih/tim"), sheet.trainer or "—"),
    ]
    head = "".join(f"<tr><td>{escape(k)}</td><td>: {escape(v)}</td></tr>" for k, v in info)
    widths = ("6%", "32%", "22%", "6%", "14%", "20%")
    titles = (
        QCoreApplication.translate("AttendanceSheet", "No"),
        QCoreApplication.translate("AttendanceSheet", "Nama"),
        QCoreApplication.translate("AttendanceSheet", "NIK"),
        QCoreApplication.translate("AttendanceSheet", "L/P"),
        QCoreApplication.translate("AttendanceSheet", "Kelurahan"),
        QCoreApplication.translate("AttendanceSheet", "Tanda tangan"),
    )
    th = "".join(f'<th width="{w}">{escape(t)}</th>' for w, t in zip(widths, titles, strict=True))
    no_nik = escape(QCoreApplication.translate("AttendanceSheet", "(tanpa NIK)"))
    rows = []
    for r in sheet.rows:
        cells = (
            str(r.number),
            escape(r.name),
            escape(r.nik) or no_nik,
            r.sex,
            escape(r.kelurahan),
            "",
        )
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    start = len(sheet.rows)
    for i in range(sheet.blank_rows):
        rows.append(f"<tr><td>{start + i + 1}</td>" + "<td>&nbsp;</td>" * 5 + "</tr>")
    notes = (
        [
            QCoreApplication.translate(
                "AttendanceSheet",
                "NIK ditampilkan sebagian (disamarkan) untuk melindungi data pribadi.",
            )
        ]
        if sheet.masked
        else []
    )
    notes.append(
        QCoreApplication.translate(
            "AttendanceSheet", "Baris kosong untuk peserta yang datang langsung."
        )
    )
    title = QCoreApplication.translate("AttendanceSheet", "DAFTAR HADIR")
    return (
        f"<html><head><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><h2>{escape(sheet.program)}</h2>"
        f'<table class="info">{head}</table><br>'
        f'<table class="list" width="100%" border="1" cellspacing="0" cellpadding="5">'
        f"<thead><tr>{th}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p style="font-size:8pt">{escape(" ".join(notes))}</p>'
        "</body></html>"
    )


def write_pdf(sheet: AttendanceSheet, path: Path | str, progress: Progress = no_progress) -> Path:
    """Write the sheet; safe in a worker thread (no database, no widgets). On failure or cancel
    no half-written file is left behind."""
    path = Path(path)
    try:
        return _write(sheet, path, progress)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _write(sheet: AttendanceSheet, path: Path, progress: Progress) -> Path:
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Daftar hadir — {sheet.program}")
    writer.setCreator("Berdaya")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )  # fmt: skip
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    # Lay out at the writer's resolution, so 9pt text prints as 9pt (laid out at screen DPI it
    # would come out a third larger).
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(sheet_html(sheet))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = writer.resolution() // 4  # a quarter inch for "Halaman 1 dari 3"
    page = QSizeF(rect.width(), rect.height() - footer)
    doc.setPageSize(page)  # the layout repeats the <thead> row after each page break
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        painter.setFont(QFont("DejaVu Sans", 8))
        for index in range(pages):
            progress(index, pages, f"Halaman {index + 1} dari {pages}")
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            text = QCoreApplication.translate(
                "AttendanceSheet", "{0} · {1} — halaman {2} dari {3}"
            ).format(sheet.program, sheet.date, index + 1, pages)
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)  # fmt: skip
    finally:
        painter.end()
    return path

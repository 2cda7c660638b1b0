"""Reports on paper: PDF through QPdfWriter, print preview and printing through QPrinter.

The report itself is assembled without Qt (``services/reports``); this module only lays out its
HTML (``services.reports.html``) with QTextDocument.  The command line uses ``write_pdf`` too: it
needs a QGuiApplication for fonts, so ``ensure_gui_app`` creates an offscreen one when none is
running. The CLI imports this module only inside its PDF branch, so ``berdaya report … OUT.xlsx``
and every other command stay Qt-free.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.services.reports.html import to_html
from desktop_app.services.reports.model import Report


def ensure_gui_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["berdaya"])
    return app  # type: ignore[return-value]


def document(report: Report) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(to_html(report))
    return doc


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)  # fmt: skip


def write_pdf(report: Report, path: Path | str) -> Path:
    """Render to A4 PDF; written to a temporary file and moved in place when complete."""
    ensure_gui_app()
    path = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=path.parent if path.parent.exists() else None)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageLayout(_layout())
        writer.setResolution(300)
        writer.setTitle(report.title)
        writer.setCreator("Berdaya")
        # No page size on the document: print_() then lays it out at the screen's logical DPI and
        # scales to the writer, so 9pt text comes out as 9pt on paper.
        document(report).print_(writer)
        del writer  # flushes and closes the file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def print_preview(report: Report, parent=None) -> None:  # noqa: ANN001 - a QWidget
    """Qt's print preview dialog; its Print button sends the same document to a printer."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(report.title)
    doc = document(report)
    dialog.paintRequested.connect(doc.print_)
    dialog.exec()

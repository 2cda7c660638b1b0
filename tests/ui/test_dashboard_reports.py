"""Laporan page and the PDF: the monthly report's PDF text holds the expected totals."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.formatting import format_rupiah
from desktop_app.services.reports import monthly
from desktop_app.storage import models as m
from desktop_app.ui.pages.reports import ReportsPage
from desktop_app.ui.report_pdf import write_pdf

START, END = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_monthly_pdf_holds_the_expected_totals(ctx, tmp_path):
    programs = {p.id for p in m.Program.alive()}
    sessions = {
        a.id for a in m.Activity.alive() if START <= a.date <= END and a.program_id in programs
    }
    att = [t for t in m.Attendance.alive() if t.activity_id in sessions]
    present = sum(1 for t in att if t.present)
    money = sum(s.amount for s in m.Service.alive() if START <= s.date <= END)
    report = monthly.build("2026-10", facilitator="Maria Ndoen")
    path = write_pdf(report, tmp_path / "bulanan.pdf")
    text = _text(path)
    assert "Laporan Bulanan Fasilitator" in text and "Fasilitator : Maria Ndoen" in text
    assert "Oktober 2026" in text
    assert f"Kegiatan dilaksanakan {len(sessions)}" in text
    assert f"Kehadiran tercatat (baris daftar hadir) {len(att)} Hadir {present} " in text
    assert f"Nilai layanan {format_rupiah(money)}" in text
    assert "Disagregasi menurut jenis kelamin" in text
    niks = [p.nik for p in m.Person.alive() if p.nik]
    assert not any(n in text for n in niks)


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    return page


def test_page_builds_previews_and_saves(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page = _page(qtbot, ctx)
    assert page.month.currentData() == "2026-10"  # the latest month with activity
    page.facilitator.setText("Yuliana Fanggidae")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert "Yuliana Fanggidae" in page.browser.toPlainText()
    page.save_pdf(page.report, tmp_path / "a.pdf")
    page.save_excel(page.report, tmp_path / "a.xlsx")
    assert "Yuliana Fanggidae" in _text(tmp_path / "a.pdf")
    assert (tmp_path / "a.xlsx").stat().st_size > 0


def test_program_report_needs_a_program_from_the_list(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("program"))
    assert page.program.isVisible() and not page.month.isVisible()
    page.program.setEditText("bukan program")
    page.preview_button.click()
    assert "Pilih program" in page.error.text()
    assert page.report is None
    name = m.Program.alive().order_by(m.Program.name).first().name
    page.program.setEditText(name)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert name in page.browser.toPlainText()


def test_print_preview_uses_qt(qtbot, ctx, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    page = _page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("kelurahan"))
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert page.report.title == "Profil Kelurahan"

"""The attendance sheet (daftar hadir) as a PDF: text holds the program and every enrolled name,
the table header repeats on each page, NIKs are masked unless asked otherwise."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader

from desktop_app.domain.nik import build_nik
from desktop_app.services import attendance_sheet, records
from desktop_app.services import programs as svc
from desktop_app.storage.models import Person
from desktop_app.ui.pages.programs.sheet_pdf import write_pdf

GIVEN = [
    "Yuliana",
    "Maria",
    "Sarlota",
    "Ester",
    "Agustina",
    "Orpa",
    "Naomi",
    "Dorkas",
    "Yohana",
    "Ribka",
]
FAMILY = ["Tefa", "Ndoen", "Kana", "Bire", "Lian", "Manafe"]


def _setup(empty_ctx, count: int):
    actor = empty_ctx.actor
    org = svc.save_organization(actor, name="LSM Bengkel Perempuan NTT", kind="lsm")
    program = svc.save_program(actor, svc.ProgramInput(name="Pelatihan Menjahit Perempuan Alak",
                                                       kind="pelatihan", organizer_id=org.id))  # fmt: skip
    names = []
    ids = []
    for i in range(count):
        name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[i // len(GIVEN) % len(FAMILY)]}"
        born = dt.date(1980, 1, 1) + dt.timedelta(days=97 * i)
        nik = build_nik("537101", born, "P", i + 1) if i % 7 else None
        p = Person(name=name, sex="P", kelurahan="53.71.01.1001", birth_date=born, nik=nik,
                   no_nik_reason=None if nik else "belum_rekam")  # fmt: skip
        records.save(p, actor)
        names.append(name)
        ids.append(p.id)
    svc.enroll(actor, program.id, ids, dt.date(2026, 10, 1))
    act = svc.save_activity(actor, program.id, svc.ActivityInput(dt.date(2026, 10, 12), "09:00", "12:00",
                                                                 "Aula Kelurahan Alak", "Pola dan potong"))  # fmt: skip
    return act, names, ids


def _text(path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


def test_pdf_holds_program_and_every_enrolled_name_with_header_on_each_page(empty_ctx, tmp_path):
    act, names, _ids = _setup(empty_ctx, 45)
    sheet = attendance_sheet.build_sheet(act.id)
    path = write_pdf(sheet, tmp_path / "daftar-hadir.pdf")
    pages = _text(path)
    assert len(pages) >= 2
    everything = " ".join(pages)
    assert "Pelatihan Menjahit Perempuan Alak" in everything
    assert "LSM Bengkel Perempuan NTT" in everything
    assert "12 Oktober 2026" in everything and "Aula Kelurahan Alak" in everything
    for name in names:
        assert name in everything, name
    for number, page in enumerate(
        pages, start=1
    ):  # the table header repeats after every page break
        assert "Tanda tangan" in page
        assert f"halaman {number} dari {len(pages)}" in page
    assert "(tanpa NIK)" in everything
    assert not re.search(r"\b\d{16}\b", everything)  # masked by default


def test_sheet_content_masks_nik_unless_asked_and_leaves_rows_for_walk_ins(empty_ctx):
    act, names, ids = _setup(empty_ctx, 3)
    nik = Person.get_by_id(ids[1]).nik
    masked = attendance_sheet.build_sheet(act.id, blank_rows=8)
    assert [r.number for r in masked.rows] == [1, 2, 3]
    assert sorted(r.name for r in masked.rows) == sorted(names)
    row = next(r for r in masked.rows if r.name == names[1])
    assert row.nik == "*" * 12 + nik[-4:]
    assert masked.blank_rows == 8 and masked.organizer == "LSM Bengkel Perempuan NTT"
    full = attendance_sheet.build_sheet(act.id, mask_nik=False)
    assert next(r for r in full.rows if r.name == names[1]).nik == nik
    # someone who left the program is not expected on the sheet
    enrollment = svc.list_enrollments(act.__data__["program"])[0]
    svc.change_status(empty_ctx.actor, enrollment.id, "keluar", dt.date(2026, 10, 5), "Pindah")
    assert len(attendance_sheet.build_sheet(act.id).rows) == 2
    # ...but was expected at a session before leaving (also one entered before enrolling)
    program_id = act.__data__["program"]
    earlier = svc.save_activity(
        empty_ctx.actor, program_id, svc.ActivityInput(dt.date(2026, 10, 3), topic="Awal")
    )
    assert len(attendance_sheet.build_sheet(earlier.id).rows) == 3
    before = svc.save_activity(
        empty_ctx.actor, program_id, svc.ActivityInput(dt.date(2026, 9, 1), topic="Info")
    )
    assert len(attendance_sheet.build_sheet(before.id).rows) == 3


def test_rupiah_field_accepts_what_facilitators_type():
    from desktop_app.ui.pages.programs.common import parse_rupiah

    assert parse_rupiah("Rp 1.500.000") == 1_500_000
    assert parse_rupiah("1500000") == 1_500_000
    assert parse_rupiah("rp. 750.000") == 750_000
    assert parse_rupiah("  ") is None
    for bad in ("1,5 juta", "1.50.000", "Rp 12.500,50"):
        try:
            parse_rupiah(bad)
        except ValueError as exc:
            assert "Rupiah" in str(exc)
        else:
            raise AssertionError(bad)


def test_print_button_writes_the_pdf_in_the_background(qtbot, monkeypatch, empty_ctx, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop_app.ui.pages.programs import ProgramsPage

    act, names, _ids = _setup(empty_ctx, 5)
    page = ProgramsPage(empty_ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.sessions)
    page.sessions.table.selectRow(0)
    target = tmp_path / "hadir"  # typed without the extension
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.mask_nik.setChecked(False)
    page.print_sheet()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    pdf = tmp_path / "hadir.pdf"
    assert str(pdf) in shown[0]
    text = " ".join(_text(pdf))
    assert all(name in text for name in names)
    assert re.search(r"\b537101\d{10}\b", text)  # unmasked when the facilitator unticks the box

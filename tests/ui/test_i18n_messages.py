"""Messages from below the UI in the English interface: import problems, errors raised by the
services, progress texts. The Indonesian interface shows them exactly as written."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desktop_app.domain.nik import build_nik
from desktop_app.exchange import mapping as mapping_mod
from desktop_app.exchange.types import ExchangeFileError
from desktop_app.services import exchange_export, exchange_import, groups, records
from desktop_app.storage.errors import DiskFull
from desktop_app.storage.models import Person
from desktop_app.ui import i18n
from desktop_app.ui.errors import show_error, user_message
from desktop_app.ui.messages import Matcher, is_known, translate_message
from desktop_app.ui.tasks import run_task

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLES = Path("/work/shared/samples")
NIK = build_nik("537101", dt.date(1980, 5, 12), "P", 1)


@pytest.fixture
def english(qapp):
    assert i18n.install("en") == "en"
    yield
    i18n.install("id")


def office_list(path: Path) -> Path:
    """An office's list with the usual mistakes: impossible and unreadable dates, short and
    numeric NIKs, unknown codes and kelurahan, a formula, a hidden sheet, unknown columns."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar"
    ws.append(["NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Agama", "Kelurahan", "RT", "RW",
               "No HP", "Disabilitas", "Kolom Aneh"])  # fmt: skip
    for row in (
        [NIK, "Maria Bria", "P", "31/02/1985", "Islam", "Alak", "1", "2", 81234567, "Netra", "x"],
        ["123", "Budi", "X", "kemarin", "Jedi", "Atlantis", "abc", "2", "0812", "", ""],
        [5.37101e15, "Dewi", "L", "12/25/1990", "Islam", "Alak", "1", "2", "", "", ""],
        ["5371015205800000", "Eka", "L", "01/01/2090", "Islam", "Alak", "1", "2", "", "", ""],
        [NIK, "Fransiska", "L", "Maret 1980", "Islam", "Alak", "1", "2", "", "", ""],
        ["", "", "L", "1/1/85", "Katolik", "Alak", "1", "2", "", "", ""],
        ["0000001205800001", "Gabriel", "P", "12/05/80", "Islam", "Alak", "1", "2", "", "", ""],
        ["5371015205800001", "Ina", "P", "Desember 2001", "Islam", "Alak", "1", "2", "", "", ""],
    ):
        ws.append(row)
    ws["B10"] = "=1+1"
    hidden = wb.create_sheet("Rahasia")
    hidden.sheet_state = "hidden"
    hidden.append(["a"])
    wb.save(path)
    return path


def exchange_workbook(db, actor, path: Path) -> Path:
    """Our own workbook, exported and then edited badly: an ID, a version, a status, a date."""
    for day, name in enumerate(["Maria Bria", "Yohanis Lede", "Ana Tefa"], start=1):
        records.save(Person(name=name, sex="P", birth_date=dt.date(1980, 1, day)), actor)
    exchange_export.export(db, path, actor)
    wb = load_workbook(path)
    ws = wb["Penduduk"]
    col = {c.value: c.column for c in ws[1]}
    ws.cell(2, col["ID"]).value = "bukan-id"
    ws.cell(3, col["Versi"]).value = "abc"
    ws.cell(3, col["Status"]).value = "HILANG"
    ws.cell(4, col["Tanggal Lahir"]).value = "31/02/1985"
    ws.cell(4, col["Jenis Kelamin"]).value = "Z"
    wb.save(path)
    return path


def broken_files(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "kosong.xlsx").write_bytes(b"")
    (folder / "surat.xlsx").write_bytes(b"%PDF-1.4 bukan buku kerja")
    (folder / "catatan.xlsx").write_text("hanya teks", encoding="utf-8")
    with zipfile.ZipFile(folder / "arsip.xlsx", "w") as z:
        z.writestr("foto.txt", "bukan spreadsheet")
    return sorted(folder.iterdir())


def messages_of_imports(db, paths: list[Path]) -> tuple[list[str], list[str]]:
    """(findings and read errors, progress texts) of reading and previewing each file."""
    found: list[str] = []
    texts: list[str] = []

    def progress(done: int, total: int, text: str = "") -> None:
        if text:
            texts.append(text)

    for path in paths:
        try:
            wb = exchange_import.read(path, None, progress)
            if wb.needs_mapping:
                wb = exchange_import.read(path, mapping_mod.suggest(wb), progress)
            plan = exchange_import.preview(db, wb, progress)
        except ExchangeFileError as exc:
            found.append(str(exc))
            continue
        found += [f.message for f in plan.findings]
    return found, texts


def test_every_problem_of_real_imports_is_english(english, db, actor, tmp_path):
    paths = [office_list(tmp_path / "lansia.xlsx"),
             exchange_workbook(db, actor, tmp_path / "kiriman.xlsx"),
             *sorted(FIXTURES.glob("*.*")), *sorted(SAMPLES.rglob("*.xlsx")),
             *broken_files(tmp_path / "rusak")]  # fmt: skip
    found, texts = messages_of_imports(db, paths)
    assert len(set(found)) > 40 and len(texts) > 5
    left = sorted({m for m in found + texts if translate_message(m) == m})
    assert left == [], "\n".join(left)
    english = {m: translate_message(m) for m in found}
    assert english["Tanggal tidak mungkin: '31/02/1985'."] == "Impossible date: '31/02/1985'."
    assert english["NIK harus 16 angka, yang tertulis 3 angka."] == \
        "A NIK must have 16 digits; this one has 3."  # fmt: skip
    assert english["File kosong.xlsx kosong (0 bita); tidak ada yang dapat dibaca."] == \
        "File kosong.xlsx is empty (0 bytes); there is nothing to read."  # fmt: skip


def test_the_indonesian_interface_shows_messages_as_written(qapp):
    i18n.install("id")
    text = "Tanggal tidak mungkin: '31/02/1985'."
    assert translate_message(text) is text


def test_matching_picks_the_most_specific_template_and_keeps_unknown_text(english):
    assert translate_message("Maria Bria") == "Maria Bria"  # data, not a message
    assert translate_message("Berkas ini bukan cadangan Berdaya atau terenkripsi dengan kunci "
                             "lain: c.db") == \
        "This file is not a Berdaya backup, or it is encrypted with another key: c.db"  # fmt: skip
    assert translate_message("Berkas ini bukan cadangan Berdaya: c.db") == \
        "This file is not a Berdaya backup: c.db"  # fmt: skip
    # A value that is itself a message is translated too; several messages, sentence by sentence.
    assert translate_message("Database tidak dapat dibuka: (database) (kesalahan baca/tulis "
                             "disk)") == \
        "The database cannot be opened: (database) (disk read/write error)"  # fmt: skip
    assert translate_message("Nama wajib diisi. Pilih jenis kelamin.") == \
        "The name is required. Choose the sex."  # fmt: skip
    matcher = Matcher(["{0} tidak sah: {1}.", "NIK tidak sah: {0}."])
    assert matcher.match("NIK tidak sah: 12.") == ("NIK tidak sah: {0}.", ("12",))
    assert matcher.match("RT tidak sah: x.") == ("{0} tidak sah: {1}.", ("RT", "x"))
    assert matcher.match("sesuatu yang lain") is None


def test_service_errors_are_shown_in_english(english, db, actor, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    with pytest.raises(ValueError) as raised:
        groups.save_group(actor, name="", kind="")
    assert user_message(raised.value) == "The group name is required."
    show_error(None, "Kelompok", raised.value)
    show_error(None, "Simpan", DiskFull())
    show_error(None, "Impor", ExchangeFileError("File a.xlsx rusak: arsip zip-nya tidak lengkap."))
    show_error(None, "Bug", RuntimeError("internal state"))
    assert shown == [
        "The group name is required.",
        "Storage is full: the data was not saved and the database is unchanged. Free some disk "
        "space and try again.",
        "File a.xlsx is damaged: its zip archive is incomplete.",
        "An unexpected error occurred. No data was changed. Details are in the log file.",
    ]
    assert is_known("Nama kelompok wajib diisi.") and not is_known("internal state")


def test_progress_texts_and_cancel_button_are_english(english, qtbot):
    gate = threading.Event()

    def work(progress):
        progress(1, 2, "Menyimpan berkas…")
        gate.wait(10)
        return 1

    task = run_task(None, "Uji", work)
    try:
        qtbot.waitUntil(lambda: task.dialog.labelText() == "Saving the file…", timeout=10000)
        assert task.dialog.findChild(QPushButton).text() == "Cancel"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: task.finished_flag, timeout=10000)


def test_import_dialog_shows_problems_in_english(english, qtbot, empty_ctx, tmp_path,
                                                 monkeypatch):  # fmt: skip
    from desktop_app.ui.pages.exchange_import import ImportDialog

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    xlsx = office_list(tmp_path / "lansia.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xlsx), ""))
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.preview_page, timeout=15000)
    table = dialog.findings_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Sheet", "Row", "Column", "Value", "Message", "Type"]
    shown = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert "A NIK must have 16 digits; this one has 3." in shown
    assert "Impossible date: '31/02/1985'." in shown
    indonesian = [m for m in shown if translate_message(m) != m or "tidak" in m]
    assert indonesian == []
    values = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert "(kosong)" not in values

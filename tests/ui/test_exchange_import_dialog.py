"""The import dialog driven like a facilitator: choose file, map columns, preview, apply, conflicts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QTableWidget

from desktop_app.domain.nik import build_nik
from desktop_app.services import exchange_import as imp
from desktop_app.services import records, sync_conflicts
from desktop_app.storage.models import Person
from desktop_app.ui.pages.exchange_import import ConflictsDialog, ImportDialog
from tests.unit.exchange_helpers import person, workbook

NIK1 = build_nik("537101", dt.date(1980, 5, 12), "P", 1)
NIK2 = build_nik("537101", dt.date(1981, 6, 13), "L", 2)


def office_list(path, headers, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def no_popups(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def on_page(dialog, page):
    return lambda: dialog.steps.currentWidget() is page


def test_choose_preview_apply_and_save_the_error_report(qtbot, empty_ctx, tmp_path, monkeypatch,
                                                        no_popups):  # fmt: skip
    xlsx = office_list(tmp_path / "lansia.xlsx", ["NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir"], [
        [NIK1, "Maria Bria", "P", "12/05/1980"],
        [NIK2, "Yohanis Lede", "L", "13/06/1981"],
        ["123", "Salah NIK", "P", "01/01/1990"],
    ])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xlsx), ""))
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, qtbot_button())
    qtbot.waitUntil(on_page(dialog, dialog.preview_page), timeout=15000)
    assert Person.select().count() == 0  # the preview wrote nothing
    headers = [dialog.counts_table.horizontalHeaderItem(c).text()
               for c in range(dialog.counts_table.columnCount())]  # fmt: skip
    row = {h: dialog.counts_table.item(0, c).text() for c, h in enumerate(headers)}
    assert (row["Baru"], row["Ditolak"]) == ("2", "1")
    assert dialog.findings_table.rowCount() >= 1
    dialog.grab().save(str(tmp_path / "preview.png"))
    with qtbot.waitSignal(empty_ctx.data_changed, timeout=15000):
        dialog.apply_button.click()
    qtbot.waitUntil(on_page(dialog, dialog.result_page), timeout=15000)
    assert Person.select().count() == 2
    assert "2 baru" in dialog.result_label.text()
    assert dialog.report_button.isEnabled()
    out = tmp_path / "kesalahan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.report_button.click()
    ws = load_workbook(out).active
    assert ws.cell(1, 5).value == "Kesalahan" and ws.cell(2, 2).value == "Salah NIK"
    assert not no_popups


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_unrecognised_headers_go_through_the_mapping_step(qtbot, empty_ctx, tmp_path, monkeypatch,
                                                          no_popups):  # fmt: skip
    xlsx = office_list(tmp_path / "aneh.xlsx", ["Kolom A", "Kolom B", "Kolom C"], [
        ["Maria Bria", "P", NIK1],
        ["Yohanis Lede", "L", NIK2],
    ])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xlsx), ""))
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_button.click()
    qtbot.waitUntil(on_page(dialog, dialog.mapping_step), timeout=15000)
    step = dialog.mapping_step
    table = step.tabs.widget(0).findChild(QTableWidget)
    assert table.item(0, 1).text().startswith("Maria Bria")  # first values shown
    step.set_target("Daftar", "Kolom A", "name")
    step.set_target("Daftar", "Kolom B", "sex")
    step.set_target("Daftar", "Kolom C", "nik")
    dialog.resize(1366, 768)
    dialog.grab().save(str(tmp_path / "mapping.png"))
    saved = tmp_path / "pemetaan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    step.save_button.click()
    assert json.loads(saved.read_text())["sheets"]["Daftar"]["columns"]["Kolom C"] == "nik"
    dialog.next_button.click()
    qtbot.waitUntil(on_page(dialog, dialog.preview_page), timeout=15000)
    dialog.apply_button.click()
    qtbot.waitUntil(on_page(dialog, dialog.result_page), timeout=15000)
    assert sorted(p.nik for p in Person.select()) == sorted([NIK1, NIK2])
    # The saved mapping imports a file of the same shape without asking again.
    again = imp.read(xlsx, saved)
    assert not again.needs_mapping


def make_conflicts(db, actor):
    p = Person(name="Maria Bria", sex="P", occupation="Petani")
    records.save(p, actor)  # version 1 "exported"
    p.occupation, p.phone = "Penenun", "0811"
    records.save(p, actor)  # edited here since
    plan = imp.preview(db, workbook(person(4, p.id, 1, occupation="Nelayan", phone="0822")))
    imp.apply(db, plan, actor, backup=False)
    return p


def test_conflict_view_keep_mine_take_theirs_and_edit(qtbot, empty_ctx, monkeypatch, no_popups,
                                                      tmp_path):  # fmt: skip
    p = make_conflicts(empty_ctx.db, empty_ctx.actor)
    dialog = ConflictsDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    assert dialog.table.rowCount() == 2
    cells = {dialog.table.item(r, 2).text(): (dialog.table.item(r, 3).text(),
                                              dialog.table.item(r, 4).text()) for r in range(2)}  # fmt: skip
    assert cells["Pekerjaan"] == ("Penenun", "Nelayan")  # both values shown
    row_of = {dialog.table.item(r, 2).text(): r for r in range(2)}
    dialog.table.selectRow(row_of["Pekerjaan"])
    dialog.theirs_button.click()
    assert Person.get_by_id(p.id).occupation == "Nelayan"
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0833", True))
    dialog.edit_button.click()
    assert Person.get_by_id(p.id).phone == "0833"
    assert sync_conflicts.open_count() == 0
    assert no_popups == [("information", "Semua konflik sudah selesai.")]


def test_a_near_match_is_confirmed_in_the_conflict_view(qtbot, empty_ctx, no_popups):
    birth = dt.date(1980, 5, 12)
    Person.insert(id="p1", name="Maria Bria", sex="P", birth_date=birth,
                  kelurahan="53.71.01.1001").execute()  # fmt: skip
    records.save(Person.get_by_id("p1"), empty_ctx.actor)
    plan = imp.preview(empty_ctx.db, workbook(person(2, name="Mariah Bria", sex="P",
                                                     birth_date=birth, kelurahan="53.71.01.1001")))  # fmt: skip
    imp.apply(empty_ctx.db, plan, empty_ctx.actor, backup=False)
    dialog = ConflictsDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.same_button.isVisible() and not dialog.mine_button.isVisible()
    dialog.new_button.click()
    assert Person.select().count() == 2


def test_the_exchange_page_opens_the_import_dialog_and_the_conflicts(qtbot, empty_ctx, no_popups):
    from desktop_app.ui.pages.exchange import ExchangePage

    make_conflicts(empty_ctx.db, empty_ctx.actor)
    page = ExchangePage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible()
    assert page.conflicts_button.text() == "Konflik (2)…"
    page.import_button.click()
    assert isinstance(page.dialog, ImportDialog)
    page.dialog.close()
    page.conflicts_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.table.rowCount() == 2
    dialog.mine_button.click()
    dialog.mine_button.click()
    dialog.close()
    assert page.conflicts_button.text() == "Konflik…"


def test_cancelling_the_apply_leaves_the_database_as_it_was(qtbot, empty_ctx, monkeypatch,
                                                            no_popups):  # fmt: skip
    import threading

    from desktop_app.ui.pages import exchange_import as page_module
    from tests.unit.exchange_helpers import dump

    recs = [person(i + 2, name=f"Orang {i}", sex="P") for i in range(60)]
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.workbook = workbook(*recs)
    dialog.make_preview()
    qtbot.waitUntil(on_page(dialog, dialog.preview_page), timeout=15000)
    before = dump(empty_ctx.db)
    cancel_pressed = threading.Event()
    real_apply = imp.apply

    def slow_apply(db, plan, actor, **kw):
        progress = kw.pop("progress")

        def waiting(done, total, text=""):
            cancel_pressed.wait(10)  # the person presses Batal while rows are being written
            progress(done, total, text)

        return real_apply(db, plan, actor, progress=waiting, **kw)

    monkeypatch.setattr(page_module.imp, "apply", slow_apply)
    dialog.apply_button.click()
    dialog.task.cancel()
    cancel_pressed.set()
    qtbot.waitUntil(lambda: "Dibatalkan" in dialog.status.text(), timeout=15000)
    assert dump(empty_ctx.db) == before
    assert dialog.steps.currentWidget() is dialog.preview_page and dialog.apply_button.isEnabled()


def test_editing_a_coded_field_offers_its_choices(qtbot, empty_ctx, monkeypatch, no_popups):
    p = Person(name="Maria Bria", sex="P", marital_status="kawin")
    records.save(p, empty_ctx.actor)
    p.marital_status = "cerai_hidup"
    records.save(p, empty_ctx.actor)
    row = person(2, p.id, 1)
    row.values["marital_status"] = "cerai_mati"
    row.present_fields.add("marital_status")
    plan = imp.preview(empty_ctx.db, workbook(row))
    imp.apply(empty_ctx.db, plan, empty_ctx.actor, backup=False)
    dialog = ConflictsDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.append((list(items), current))
        return "Kawin", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    dialog.edit_button.click()
    # the labels of the code list, with this laptop's value preselected
    assert offered == [(["Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"], 2)]
    assert Person.get_by_id(p.id).marital_status == "kawin"


def test_typed_values_are_read_as_their_field_needs():
    from desktop_app.services.sync_conflicts import ConflictError, parse_edit

    assert parse_edit("person", "birth_date", "12/05/1980") == dt.date(1980, 5, 12)
    assert parse_edit("household", "monthly_income", "Rp 1.500.000") == 1500000
    assert parse_edit("person", "occupation", "  Penenun ") == "Penenun"
    with pytest.raises(ConflictError):
        parse_edit("person", "birth_date", "kemarin")

"""The arisan tab's corrections, driven through their buttons: change the terms before the first
round, void a payout and pay it again, void a draw and draw again before witnesses, pass a share
on, export the arrears to Excel and print the recap, both in a worker."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.services import arisan, groups
from desktop_app.storage.models import ArisanDraw, ArisanPayout, AuditLog
from desktop_app.ui.pages.groups import GroupsPage

DAY = dt.date(2026, 3, 7)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def panel(qtbot, empty_ctx):
    actor = empty_ctx.actor
    g = groups.save_group(actor, name="Arisan Kenanga", kind="arisan")
    ms = [groups.add_member(actor, g.id, groups.register_outside_person(actor, name=n, sex="P").id,
                            role=role)
          for n, role in (("Yuliana Bano", "ketua"), ("Orpa Benu", "bendahara"),
                          ("Maria Lake", "anggota"), ("Sarah Tefa", "anggota"))]  # fmt: skip
    arisan.create_cycle(actor, g.id, name="Siklus 2026", contribution=50_000,
                        frequency="bulanan", winners_per_round=1, method="undian", cash_fee=5_000,
                        start_date=DAY, shares={m.id: 1 for m in ms[:3]})  # fmt: skip
    page = GroupsPage(empty_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.arisan)
    qtbot.waitUntil(lambda: page.arisan.cycle_id is not None)
    return page.arisan


def _play_round(actor, cycle_id, received_by="Orang lain"):
    rnd = arisan.open_round(actor, cycle_id)
    for row in arisan.round_sheet(rnd.id):
        arisan.record_payment(actor, row.id, paid=50_000, paid_on=DAY)
    draw = arisan.run_draw(actor, rnd.id, witnesses="Yuliana Bano", seed="s")
    winner = json.loads(draw.winners)[0]
    arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by=received_by)
    return rnd, winner


def test_terms_change_before_the_first_round_then_the_button_says_why_not(qtbot, panel, empty_ctx):
    click(qtbot, panel.terms_button)
    dlg = panel.dialog
    dlg.contribution.setText("75,5")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "Rupiah tanpa sen" in dlg.field_errors["contribution"].text()
    dlg.contribution.setText("75.000")
    dlg.frequency.setCurrentIndex(dlg.frequency.findData("mingguan"))
    dlg.start.setDate(QDate(2026, 3, 14))
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()
    assert "Iuran Rp 75.000 per bagian, mingguan" in panel.terms_label.text()
    assert arisan.get_cycle(panel.cycle_id).start_date == dt.date(2026, 3, 14)
    arisan.open_round(empty_ctx.actor, panel.cycle_id)
    qtbot.waitUntil(lambda: panel.round_table.rowCount() == 3)
    assert not panel.terms_button.isEnabled()
    assert "tidak bisa diubah lagi" in panel.terms_button.toolTip()


def test_void_payout_pay_again_void_draw_and_redraw_before_witnesses(qtbot, panel, empty_ctx,
                                                                    tmp_path):  # fmt: skip
    rnd, winner = _play_round(empty_ctx.actor, panel.cycle_id)
    qtbot.waitUntil(lambda: panel.void_payout_button.isEnabled())
    assert not panel.void_draw_button.isEnabled()  # its payout must be voided first
    assert not panel.payout_button.isEnabled()

    # void the payout: a reason is required, nothing written without it
    before = AuditLog.select().count()
    click(qtbot, panel.void_payout_button)
    dlg = panel.dialog
    assert "Orang lain" in dlg.payout.currentText()
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "Alasan wajib" in dlg.field_errors["reason"].text()
    assert AuditLog.select().count() == before
    dlg.reason.setText("Salah penerima")
    dlg.date.setDate(QDate(2026, 3, 8))
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()
    assert "Pembayaran dibatalkan 08/03/2026: Salah penerima" in panel.draw_label.text()
    assert "Kas di tangan: Rp 150.000" in panel.cash_label.text().replace("\xa0", " ")
    assert panel.payout_button.isEnabled() and panel.void_draw_button.isEnabled()
    assert not panel.open_round_button.isEnabled()
    panel.tabs.setCurrentIndex(3)
    assert panel.history_table.item(0, 1).text() == "Pembayaran dibatalkan"
    assert panel.history_table.item(0, 4).text() == "Salah penerima"

    # void the draw: the winner may win again; the re-draw needs witnesses
    click(qtbot, panel.void_draw_button)
    dlg = panel.dialog
    dlg.reason.setText("Undian tanpa saksi")
    dlg.date.setDate(QDate(2026, 3, 8))
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()
    assert "Belum ditentukan pemenangnya. 3 bagian" in panel.draw_label.text()
    click(qtbot, panel.draw_button)
    dlg = panel.dialog
    dlg.witnesses.setText("")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "Undian ulang wajib disaksikan" in (
        dlg.field_errors["witnesses"].text())  # fmt: skip
    dlg.witnesses.setText("Yuliana Bano; Lurah Alak")
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()
    assert ArisanDraw.select().count() == 2
    assert "Diperiksa ulang: hasil cocok" in panel.draw_label.text()

    # pay the (new) winner, correctly this time
    click(qtbot, panel.payout_button)
    dlg = panel.dialog
    dlg.received.setText("Maria Lake")
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()
    assert "Kas di tangan: Rp 5.000" in panel.cash_label.text().replace("\xa0", " ")
    assert ArisanPayout.select().where(ArisanPayout.void_reason.is_null()).count() == 1
    assert ArisanPayout.select().count() == 2  # the voided one is kept
    assert panel.open_round_button.isEnabled()

    # the recap for the meeting shows the corrections, rendered in a worker
    panel.tabs.setCurrentIndex(0)
    panel.save_recap(str(tmp_path / "rekap.pdf"))
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=10_000)
    text = " ".join(pypdf.PdfReader(str(panel.last_file)).pages[0].extract_text().split())
    assert "Pembayaran dibatalkan 08/03/2026" in text and "Salah penerima" in text
    assert "Undian dibatalkan 08/03/2026" in text


def test_pass_a_share_on_and_export_arrears_to_excel(qtbot, panel, empty_ctx, tmp_path):
    actor = empty_ctx.actor
    rnd = arisan.open_round(actor, panel.cycle_id)
    qtbot.waitUntil(lambda: panel.round_table.rowCount() == 3)
    for row in arisan.round_sheet(rnd.id):
        if row.name != "Maria Lake":
            arisan.record_payment(actor, row.id, paid=50_000, paid_on=DAY)

    click(qtbot, panel.transfer_button)
    dlg = panel.dialog
    dlg.share.setCurrentIndex(next(i for i in range(dlg.share.count())
                                   if dlg.share.itemText(i).startswith("Maria Lake")))  # fmt: skip
    dlg.to.setCurrentIndex(next(i for i in range(dlg.to.count())
                                if dlg.to.itemText(i).startswith("Sarah Tefa")))  # fmt: skip
    assert "Tunggakan putaran 1 tetap tercatat" in "".join(
        w.text() for w in dlg.findChildren(type(dlg.error_label)))  # fmt: skip
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "Alasan wajib" in dlg.field_errors["reason"].text()
    dlg.reason.setText("Pindah ke Sumba")
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()

    panel.tabs.setCurrentIndex(2)
    table = panel.arrears_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)]
            for r in range(table.rowCount())}  # fmt: skip
    assert rows["Maria Lake"][1:] == ["0", "Rp 50.000", "Rp 0", "Rp 0", "Rp 50.000"]
    assert rows["Sarah Tefa"][1] == "1" and rows["Sarah Tefa"][5] == "Rp 0"
    assert "Riwayat" not in rows  # sanity: names only
    panel.tabs.setCurrentIndex(3)
    assert panel.history_table.item(0, 1).text() == "Bagian dialihkan"
    assert "Maria Lake → Sarah Tefa" in panel.history_table.item(0, 3).text()

    panel.tabs.setCurrentIndex(2)
    target = tmp_path / "tunggakan"
    panel.export_arrears(str(target))  # through the export button's code path, in a worker
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=10_000)
    assert panel.last_file.name == "tunggakan.xlsx"
    assert "Laporan tunggakan disimpan" in panel.file_label.text()
    wb = openpyxl.load_workbook(panel.last_file)
    ws = wb["Tunggakan"]
    body = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 7)]
            for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value}  # fmt: skip
    assert body["Maria Lake"] == [0, 50_000, 0, 0, 50_000]
    assert body["Jumlah"][4] == 50_000 and body["Kas di tangan"][4] == 100_000
    detail = wb["Rincian per putaran"]
    assert [c.value for c in detail[2]][2:] == ["Maria Lake", 3, 50_000, 0, 50_000]


def test_export_and_recap_buttons_ask_for_a_file_and_write_nothing_when_cancelled(
    qtbot, panel, monkeypatch, tmp_path
):
    from desktop_app.ui.pages.groups import arisan_panel

    monkeypatch.setattr(arisan_panel.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("", "")))  # fmt: skip
    panel.tabs.setCurrentIndex(2)
    click(qtbot, panel.export_button)
    assert panel.task is None and panel.last_file is None
    monkeypatch.setattr(arisan_panel.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "t.xlsx"), "")))  # fmt: skip
    click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=10_000)
    assert (tmp_path / "t.xlsx").exists()

    # the recap button too: asks where, then renders in a worker
    arisan.open_round(panel.ctx.actor, panel.cycle_id)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled())
    monkeypatch.setattr(arisan_panel.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "rekap"), "")))  # fmt: skip
    panel.tabs.setCurrentIndex(0)
    click(qtbot, panel.pdf_button)
    qtbot.waitUntil(lambda: panel.last_file == tmp_path / "rekap.pdf", timeout=10_000)
    text = " ".join(pypdf.PdfReader(str(panel.last_file)).pages[0].extract_text().split())
    assert text.startswith("Rekap Arisan — Arisan Kenanga") and "Putaran 1 dari 3" in text


def test_batal_during_the_export_leaves_no_file(qtbot, panel, monkeypatch, tmp_path):
    import time

    from desktop_app.services import arisan_export

    def slow(cycle_id, tmp, progress, today):  # a long export, cancelled by the user
        tmp.write_bytes(b"half")
        for i in range(200):
            progress(i, 200, "…")
            time.sleep(0.01)

    monkeypatch.setattr(arisan_export, "_write", slow)
    task = panel.export_arrears(str(tmp_path / "t.xlsx"))
    qtbot.waitUntil(
        lambda: task.dialog is not None and task.dialog.labelText() == "…", timeout=5000
    )
    from PySide6.QtWidgets import QPushButton

    batal = task.dialog.findChild(QPushButton)
    assert batal.text() == "Batal"
    qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dibatalkan" in panel.file_label.text(), timeout=5000)
    assert not list(tmp_path.glob("t.xlsx*")) and panel.last_file is None  # nor a .tmp

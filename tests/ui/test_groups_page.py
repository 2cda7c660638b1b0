"""Kelompok & Arisan page: a facilitator creates an arisan group with members, records a round's
contributions, runs the draw, pays the winner, reads the arrears and prints the recap."""

from __future__ import annotations

import datetime as dt
import json

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.services import arisan, records
from desktop_app.storage.models import ArisanDraw, AuditLog, Group, Person
from desktop_app.ui.pages.groups import GroupsPage


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot, empty_ctx):
    for name in ("Yuliana Bano", "Orpa Benu"):
        records.save(Person(name=name, sex="P", kelurahan="53.71.01.1008"), empty_ctx.actor)
    widget = GroupsPage(empty_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _add_member(qtbot, page, search, role):
    click(qtbot, page.add_member_button)
    dlg = page.dialog
    dlg.search.setText(search)
    dlg.refresh_results()
    dlg.role.setCurrentIndex(dlg.role.findData(role))
    click(qtbot, dlg.ok_button)
    assert not dlg.isVisible()


def test_arisan_group_round_draw_payout_and_arrears(qtbot, page, empty_ctx, tmp_path):
    # a group
    click(qtbot, page.new_group_button)
    dlg = page.dialog
    dlg.name.setText("Arisan Melati")
    dlg.kind.setCurrentIndex(dlg.kind.findData("arisan"))
    dlg.kelurahan.setCurrentIndex(dlg.kelurahan.findData("53.71.01.1008"))
    click(qtbot, dlg.ok_button)
    assert page.group_table.item(0, 0).text() == "Arisan Melati"
    assert page.group_title.text() == "Arisan Melati"

    # members: two from the registry, one registered on the spot from outside Alak
    _add_member(qtbot, page, "Yuliana", "ketua")
    _add_member(qtbot, page, "Orpa", "bendahara")
    click(qtbot, page.add_member_button)
    add = page.dialog
    add.register_outside()
    out = add.outside_dialog
    out.name.setText("Maria Lake")
    out.origin.setText("Oesapa, Kec. Kelapa Lima")
    click(qtbot, out.ok_button)
    assert add.results.currentItem().text().startswith("Maria Lake")
    click(qtbot, add.ok_button)
    assert page.member_table.rowCount() == 3
    names = {page.member_table.item(r, 0).text(): page.member_table.item(r, 2).text()
             for r in range(3)}  # fmt: skip
    assert names["Maria Lake"].startswith("Luar Alak") and names["Yuliana Bano"] == "Alak"
    assert "Ketua: Yuliana Bano" in page.group_info.text()

    # the cycle: Rp 50.000, monthly, one winner per round, draw, fee Rp 5.000
    page.tabs.setCurrentWidget(page.arisan)
    panel = page.arisan
    click(qtbot, panel.new_cycle_button)
    cyc = panel.dialog
    cyc.contribution.setText("50.000")
    cyc.fee.setText("5.000")
    cyc.penalty.setText("2.000")
    cyc.start.setDate(QDate(2026, 3, 7))
    assert "3 putaran" in cyc.rounds_label.text()
    click(qtbot, cyc.ok_button)
    assert "Rp 50.000" in panel.terms_label.text()

    # round 1: everybody pays in full
    click(qtbot, panel.open_round_button)
    click(qtbot, panel.dialog.ok_button)  # on the planned date
    assert panel.round_table.rowCount() == 3
    assert not panel.open_round_button.isEnabled()  # round 1 is not finished yet
    for r in range(3):
        panel.round_table.selectRow(r)
        click(qtbot, panel.pay_button)
        pay = panel.dialog
        pay.date.setDate(QDate(2026, 3, 7))
        click(qtbot, pay.ok_button)
    assert [panel.round_table.item(r, 3).text() for r in range(3)] == ["Rp 50.000"] * 3

    # the draw, with witnesses
    click(qtbot, panel.draw_button)
    draw = panel.dialog
    assert "Yuliana Bano" in draw.witnesses.text()  # the ketua is proposed as witness
    click(qtbot, draw.ok_button)
    stored = ArisanDraw.get()
    assert len(json.loads(stored.eligible)) == 3 and stored.seed
    winner = json.loads(stored.winners)[0]
    assert "Kode acak (seed)" in panel.draw_label.text()
    assert not panel.draw_button.isEnabled()

    # the payout: Rp 150.000 gross, Rp 5.000 to the cash box
    click(qtbot, panel.payout_button)
    pay_out = panel.dialog
    assert "dibayar bersih Rp 145.000" in pay_out.preview.text()
    click(qtbot, pay_out.ok_button)
    assert not panel.payout_button.isEnabled()
    assert "Kas di tangan: Rp 5.000" in panel.cash_label.text().replace("\xa0", " ")

    # round 2: the winner does not pay, the others pay Rp 20.000 of Rp 50.000
    click(qtbot, panel.open_round_button)
    opening = panel.dialog
    assert opening.date.date() == QDate(2026, 4, 7)  # the planned date of round 2
    opening.date.setDate(QDate(2026, 4, 8))  # the meeting was postponed by a day
    click(qtbot, opening.ok_button)
    sheet = arisan.round_sheet(panel.round_id)
    for r in range(3):
        panel.round_table.selectRow(r)
        share = next(
            x for x in sheet if x.id == panel.round_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        )
        if share.share_id == winner:
            continue
        click(qtbot, panel.pay_button)
        pay = panel.dialog
        pay.paid.setText("20.000")
        pay.date.setDate(QDate(2026, 4, 9))  # after the (postponed) round: late, with penalty
        assert pay.late.isChecked()
        click(qtbot, pay.ok_button)
    assert "Kas di tangan: Rp 49.000" in panel.cash_label.text().replace(
        "\xa0", " "
    )  # 5.000 + 2×20.000 + 2×2.000

    # arrears per member, the winner of round 1 included
    panel.tabs.setCurrentIndex(2)
    table = panel.arrears_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(7)]
            for r in range(table.rowCount())}  # fmt: skip
    winner_name = next(t for s, t in arisan.round_info(ArisanDraw.get().round_id).winners
                       if s == winner).rsplit(" (", 1)[0]  # fmt: skip
    assert rows[winner_name][5:] == ["Rp 50.000", "Putaran 1"]
    others = [n for n in rows if n != winner_name]
    assert all(rows[n][5:] == ["Rp 30.000", ""] and rows[n][4] == "Rp 2.000" for n in others)
    assert table.item(0, 0).text() == winner_name  # largest arrears first

    # the recap for the meeting
    panel.save_recap(str(tmp_path / "rekap.pdf"))  # rendered in a worker (progress, Batal)
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=10_000)
    pdf = panel.last_file
    assert "Rekap disimpan di" in panel.file_label.text()
    text = pypdf.PdfReader(str(pdf)).pages[0].extract_text()
    for needle in (
        "Rekap Arisan",
        "Arisan Melati",
        "Putaran 2 dari 3",
        "Orpa Benu",
        "Kas di tangan Rp 49.000",
        "Bendahara ( Orpa Benu )",
        f"{winner_name} Rp 50.000 Putaran 1",  # arrears of the winner, on paper too
    ):
        assert needle in " ".join(text.split()), needle


def test_bad_input_shows_a_message_beside_the_field_and_writes_nothing(qtbot, page):
    before = AuditLog.select().count()
    click(qtbot, page.new_group_button)
    dlg = page.dialog
    dlg.kind.setCurrentIndex(dlg.kind.findData("arisan"))
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert "Nama kelompok wajib" in dlg.field_errors["name"].text()
    assert not dlg.field_errors["name"].isHidden()
    dlg.reject()
    assert Group.select().count() == 0 and AuditLog.select().count() == before


def test_payment_above_the_due_is_refused_in_the_dialog(qtbot, page, empty_ctx):
    from desktop_app.services import groups

    g = groups.save_group(empty_ctx.actor, name="Arisan A", kind="arisan")
    person = Person.get(Person.name == "Orpa Benu")
    m = groups.add_member(empty_ctx.actor, g.id, person.id)
    cycle = arisan.create_cycle(empty_ctx.actor, g.id, name="S", contribution=10_000,
                                frequency="mingguan", winners_per_round=1, method="urutan",
                                start_date=dt.date(2026, 1, 3), shares={m.id: 1})  # fmt: skip
    arisan.open_round(empty_ctx.actor, cycle.id)
    page.tabs.setCurrentWidget(page.arisan)
    qtbot.waitUntil(lambda: page.arisan.round_table.rowCount() == 1)
    page.arisan.round_table.selectRow(0)
    click(qtbot, page.arisan.pay_button)
    dlg = page.arisan.dialog
    dlg.paid.setText("15.000")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "melebihi" in dlg.field_errors["paid"].text()
    dlg.paid.setText("10,5")
    click(qtbot, dlg.ok_button)
    assert "Rupiah tanpa sen" in dlg.field_errors["paid"].text()
    dlg.reject()
    assert arisan.summary(cycle.id).collected == 0


def test_page_in_the_main_window_lists_the_demo_groups(main_window):
    page = main_window.show_area("kelompok")
    assert isinstance(page, GroupsPage)
    assert page.group_table.rowCount() == Group.alive().count() > 0
    page.tabs.setCurrentWidget(page.arisan)
    for r in range(page.group_table.rowCount()):
        if page.group_table.item(r, 1).text() == "Arisan":
            page.group_table.selectRow(r)
    assert page.arisan.cycle_id is not None
    assert page.arisan.cash_label.text().startswith("Kas di tangan")

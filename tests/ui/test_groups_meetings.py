"""Kelompok page: meetings with minutes and attendance, a member leaving, bidding (lelang)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.services import arisan, groups, records
from desktop_app.storage.models import ArisanDraw, GroupMeeting, Person
from desktop_app.ui.pages.groups import GroupsPage


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def setup(qtbot, empty_ctx):
    actor = empty_ctx.actor
    g = groups.save_group(actor, name="KUBE Tenun", kind="kube", kelurahan="Fatufeto")
    people = []
    for name in ("Ana Tallo", "Bety Rohi", "Cici Manafe"):
        p = Person(name=name, sex="P", kelurahan="53.71.01.1005")
        records.save(p, actor)
        people.append(p)
    ms = [groups.add_member(actor, g.id, p.id, joined_on=dt.date(2026, 1, 2)) for p in people]
    page = GroupsPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    return page, g, people, ms


def test_meeting_with_minutes_and_attendance(qtbot, setup):
    page, g, people, _ms = setup
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.new_meeting_button)
    dlg = page.dialog
    dlg.date.setDate(QDate(2026, 2, 14))
    dlg.place.setText("Balai kelurahan")
    dlg.topics.setPlainText("Harga benang naik")
    dlg.decisions.setPlainText("Beli benang bersama")
    dlg.attendance.item(1).setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, dlg.ok_button)
    row = [page.meeting_table.item(0, c).text() for c in range(5)]
    assert row == ["14/02/2026", "Balai kelurahan", "2/3", "Harga benang naik",
                   "Beli benang bersama"]  # fmt: skip
    meeting = GroupMeeting.get()
    marks = groups.meeting_attendance(meeting.id)
    assert sum(marks.values()) == 2 and len(marks) == 3


def test_member_leaves_through_the_dialog(qtbot, setup):
    page, g, people, _ms = setup
    page.member_table.selectRow(0)
    click(qtbot, page.edit_member_button)
    dlg = page.dialog
    dlg.has_left.setChecked(True)
    dlg.left.setDate(QDate(2025, 12, 1))  # before joining: refused beside the field
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "sebelum tanggal bergabung" in dlg.field_errors["left"].text()
    dlg.left.setDate(QDate(2026, 6, 30))
    click(qtbot, dlg.ok_button)
    statuses = [page.member_table.item(r, 5).text() for r in range(3)]
    assert statuses.count("Keluar") == 1
    assert page.group_table.item(0, 2).text() == "2"


def test_ctrl_n_opens_a_new_group(qtbot, setup):
    page, *_ = setup
    page.activateWindow()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is not None and page.dialog.windowTitle() == "Kelompok baru"
    page.dialog.reject()


def test_bidding_round_through_the_dialogs(qtbot, setup, empty_ctx):
    page, g, people, ms = setup
    cycle = arisan.create_cycle(empty_ctx.actor, g.id, name="Lelang 2026", contribution=100_000,
                                frequency="bulanan", winners_per_round=1, method="lelang",
                                start_date=dt.date(2026, 3, 1),
                                shares={m.id: 1 for m in ms})  # fmt: skip
    rnd = arisan.open_round(empty_ctx.actor, cycle.id)
    for row in arisan.round_sheet(rnd.id):
        arisan.record_payment(empty_ctx.actor, row.id, paid=100_000, paid_on=dt.date(2026, 3, 1))
    page.tabs.setCurrentWidget(page.arisan)
    panel = page.arisan
    qtbot.waitUntil(lambda: panel.draw_button.isEnabled())
    click(qtbot, panel.draw_button)
    dlg = panel.dialog
    dlg.witnesses.setText("Ketua RT")
    shares = list(dlg.bid_edits)
    dlg.bid_edits[shares[2]].setText("500.000")  # more than the pot: refused
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "melebihi" in dlg.field_errors["bids"].text()
    dlg.bid_edits[shares[2]].setText("25.000")
    dlg.bid_edits[shares[0]].setText("10.000")
    click(qtbot, dlg.ok_button)
    assert json.loads(ArisanDraw.get().winners) == [shares[2]]
    click(qtbot, panel.payout_button)
    pay = panel.dialog
    assert "potongan lelang Rp 25.000" in pay.preview.text()
    click(qtbot, pay.ok_button)
    assert "Kas di tangan: Rp 25.000" in panel.cash_label.text().replace("\xa0", " ")
    assert "Diperiksa ulang: hasil cocok" in panel.draw_label.text()


def test_books_broken_by_a_merge_are_reported_not_shown(qtbot, setup, empty_ctx):
    page, g, people, ms = setup
    cycle = arisan.create_cycle(empty_ctx.actor, g.id, name="Siklus A", contribution=10_000,
                                frequency="mingguan", winners_per_round=1, method="urutan",
                                start_date=dt.date(2026, 3, 7), shares={m.id: 1 for m in ms})  # fmt: skip
    rnd = arisan.open_round(empty_ctx.actor, cycle.id)
    draw = arisan.run_draw(empty_ctx.actor, rnd.id, witnesses=None)
    ArisanDraw.create(round=rnd.id, method="urutan", eligible=draw.eligible, winners="[]")
    empty_ctx.notify_changed("arisan_draw")  # as an import does
    page.tabs.setCurrentWidget(page.arisan)
    panel = page.arisan
    qtbot.waitUntil(lambda: "diundi dua kali" in panel.terms_label.text())
    assert not any(b.isEnabled() for b in (panel.open_round_button, panel.pay_button,
                                           panel.draw_button, panel.payout_button))  # fmt: skip


def test_delete_a_meeting_and_a_group_after_confirming(qtbot, setup, monkeypatch):
    page, g, people, _ms = setup
    groups.save_meeting(page.ctx.actor, g.id, date=dt.date(2026, 2, 7), place="Balai",
                        topics=None, decisions=None, present=[people[0].id])  # fmt: skip
    page.refresh_groups()
    page.tabs.setCurrentIndex(1)
    page.meeting_table.selectRow(0)
    answers = iter([False, True, True])
    monkeypatch.setattr(page, "confirm", lambda *_a: next(answers))
    click(qtbot, page.delete_meeting_button)  # "No": nothing happens
    assert page.meeting_table.rowCount() == 1
    page.meeting_table.selectRow(0)
    click(qtbot, page.delete_meeting_button)
    assert page.meeting_table.rowCount() == 0
    click(qtbot, page.delete_group_button)
    assert page.group_table.rowCount() == 0 and page.group_title.text() == "Belum ada kelompok"


def test_all_paid_in_full_at_the_meeting(qtbot, setup, empty_ctx):
    page, g, people, ms = setup
    cycle = arisan.create_cycle(empty_ctx.actor, g.id, name="Siklus B", contribution=20_000,
                                frequency="bulanan", winners_per_round=1, method="undian",
                                late_penalty=1_000, start_date=dt.date(2026, 3, 7),
                                shares={m.id: 1 for m in ms})  # fmt: skip
    arisan.open_round(empty_ctx.actor, cycle.id)
    page.tabs.setCurrentWidget(page.arisan)
    panel = page.arisan
    qtbot.waitUntil(lambda: panel.full_button.isEnabled())
    click(qtbot, panel.full_button)
    dlg = panel.dialog
    assert dlg.list.count() == 3 and dlg.date.date() == QDate(2026, 3, 7)
    dlg.list.item(2).setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, dlg.ok_button)
    assert [panel.round_table.item(r, 3).text() for r in range(3)].count("Rp 20.000") == 2
    summary = arisan.summary(cycle.id)
    assert (summary.collected, summary.penalties, summary.arrears) == (40_000, 0, 20_000)

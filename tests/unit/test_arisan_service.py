"""Arisan ledger stored in the database: every step through the services, books reconcile."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.domain import arisan as A
from desktop_app.services import arisan, groups
from desktop_app.storage.models import ArisanContribution, ArisanDraw, ArisanPayout, AuditLog

DAY = dt.date(2026, 3, 7)


@pytest.fixture
def cycle(db, actor):
    g = groups.save_group(actor, name="Arisan Mawar", kind="arisan", kelurahan="Alak")
    ms = []
    for i, name in enumerate(["Ana", "Bety", "Cici"]):
        p = groups.register_outside_person(actor, name=name, sex="P")
        ms.append(groups.add_member(actor, g.id, p.id,
                                    role="bendahara" if i == 0 else "anggota"))  # fmt: skip
    shares = {ms[0].id: 2, ms[1].id: 1, ms[2].id: 1}  # Ana holds two shares
    return arisan.create_cycle(actor, g.id, name="Siklus 2026", contribution=100_000,
                               frequency="bulanan", winners_per_round=1, method="undian",
                               cash_fee=10_000, late_penalty=5_000, start_date=DAY,
                               shares=shares)  # fmt: skip


def test_a_round_from_contributions_to_payout(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    assert rnd.date == DAY
    sheet = arisan.round_sheet(rnd.id)
    assert [r.name for r in sheet] == ["Ana", "Ana", "Bety", "Cici"]
    for row in sheet[:3]:
        arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY, collected_by="Ana")
    arisan.record_payment(actor, sheet[3].id, paid=100_000, paid_on=DAY + dt.timedelta(days=3),
                          late=True, collected_by="Ana")  # fmt: skip
    draw = arisan.run_draw(actor, rnd.id, witnesses="Ketua RT; Sekretaris")
    eligible, winners = json.loads(draw.eligible), json.loads(draw.winners)
    assert len(eligible) == 4 and A.draw(eligible, 1, draw.seed) == winners
    payout = arisan.record_payout(actor, rnd.id, winners[0], paid_on=DAY, received_by="Pemenang")
    assert (payout.gross, payout.fee, payout.net) == (400_000, 10_000, 390_000)
    s = arisan.summary(cycle.id)
    assert (s.collected, s.penalties, s.paid_out, s.cash_on_hand) == (400_000, 5_000, 390_000,
                                                                      15_000)  # fmt: skip
    assert s.rounds_total == 4 and s.shares == 4 and s.members == 3
    sched = arisan.schedule(cycle.id)
    assert sched[0].status == "Selesai" and len(sched[0].winners) == 1
    assert [r.date for r in sched[1:]] == [dt.date(2026, 4, 7), dt.date(2026, 5, 7),
                                           dt.date(2026, 6, 7)]  # fmt: skip
    assert AuditLog.select().where(AuditLog.table_name == "arisan_payout").count() == 1


def test_winner_keeps_paying_and_arrears_include_winners(db, actor, cycle):
    r1 = arisan.open_round(actor, cycle.id)
    for row in arisan.round_sheet(r1.id):
        arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    win = json.loads(arisan.run_draw(actor, r1.id, witnesses="Saksi").winners)[0]
    arisan.record_payout(actor, r1.id, win, paid_on=DAY, received_by="x")
    r2 = arisan.open_round(actor, cycle.id)
    sheet = arisan.round_sheet(r2.id)
    assert any(r.share_id == win and r.due == 100_000 for r in sheet)  # the winner still owes
    report = arisan.arrears(cycle.id)
    winner_row = next(r for r in report if r.won)
    assert winner_row.arrears >= 100_000 and winner_row.won == "Putaran 1"
    assert sum(r.arrears for r in report) == 400_000


def test_refusals_leave_the_database_as_it_was(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    row = arisan.round_sheet(rnd.id)[0]
    count = AuditLog.select().count()
    with pytest.raises(A.ArisanError, match="melebihi"):
        arisan.record_payment(actor, row.id, paid=150_000, paid_on=DAY)
    with pytest.raises(A.ArisanError, match="belum selesai"):
        arisan.open_round(actor, cycle.id)
    with pytest.raises(A.ArisanError, match="saksi"):
        arisan.run_draw(actor, rnd.id, witnesses="  ")
    arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    count = AuditLog.select().count()
    draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi")
    count = AuditLog.select().count()
    winner = json.loads(draw.winners)[0]
    with pytest.raises(A.ArisanError, match="Kas tidak cukup"):
        arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="x",
                             deduct_arrears=False)  # fmt: skip
    with pytest.raises(A.ArisanError, match="sudah diundi"):
        arisan.run_draw(actor, rnd.id, witnesses="Saksi")
    assert AuditLog.select().count() == count
    assert ArisanPayout.select().count() == 0
    assert ArisanContribution.get_by_id(row.id).paid == 100_000


def test_payout_settles_the_winners_arrears(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    sheet = arisan.round_sheet(rnd.id)
    for row in sheet:
        arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi", seed="abc")
    winner = json.loads(draw.winners)[0]
    mine = next(r for r in sheet if r.share_id == winner)
    arisan.record_payment(actor, mine.id, paid=40_000, paid_on=DAY)  # correct it down
    plan = arisan.plan_payout(rnd.id, winner)
    assert (plan.arrears_deducted, plan.net) == (60_000, 400_000 - 10_000 - 60_000)
    arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="x")
    settled = ArisanContribution.get_by_id(mine.id)
    assert settled.paid == 100_000 and settled.collected_by == A.ARREARS_COLLECTOR
    s = arisan.summary(cycle.id)
    assert s.cash_on_hand == 10_000 and s.arrears == 0
    assert s.paid_out + s.cash_on_hand == s.collected + s.penalties


def test_bidding_cycle_stores_bids_and_discount(db, actor):
    g = groups.save_group(actor, name="Arisan Lelang", kind="arisan")
    ms = [groups.add_member(actor, g.id,
                            groups.register_outside_person(actor, name=n, sex="P").id)
          for n in ("Ana", "Bety")]  # fmt: skip
    c = arisan.create_cycle(actor, g.id, name="Lelang", contribution=50_000, frequency="mingguan",
                            winners_per_round=1, method="lelang", start_date=DAY,
                            shares={m.id: 1 for m in ms})  # fmt: skip
    rnd = arisan.open_round(actor, c.id)
    for row in arisan.round_sheet(rnd.id):
        arisan.record_payment(actor, row.id, paid=50_000, paid_on=DAY)
    bidder = arisan.round_info(rnd.id).eligible[1][0]
    draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi", bids={bidder: 7_500})
    assert json.loads(draw.winners) == [bidder] and json.loads(draw.bids) == {bidder: 7_500}
    p = arisan.record_payout(actor, rnd.id, bidder, paid_on=DAY, received_by="x")
    assert (p.discount, p.net) == (7_500, 92_500)
    assert arisan.summary(c.id).cash_on_hand == 7_500


def test_cycle_terms_are_validated(db, actor):
    g = groups.save_group(actor, name="A", kind="arisan")
    m = groups.add_member(actor, g.id, groups.register_outside_person(actor, name="A", sex="P").id)
    base = dict(name="S", contribution=10_000, frequency="bulanan", winners_per_round=1,
                method="undian", start_date=DAY, shares={m.id: 1})  # fmt: skip
    for bad, msg in ((dict(contribution=0), "Iuran"), (dict(shares={}), "minimal satu"),
                     (dict(winners_per_round=2), "melebihi"), (dict(start_date=None), "mulai"),
                     (dict(name=""), "Nama")):  # fmt: skip
        with pytest.raises(A.ArisanError, match=msg):
            arisan.create_cycle(actor, g.id, **{**base, **bad})
    assert arisan.cycles(g.id) == []


def test_round_recap_html_has_the_round(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    for row in arisan.round_sheet(rnd.id):
        arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    arisan.run_draw(actor, rnd.id, witnesses="Bu Lurah")
    text = arisan.round_recap_html(rnd.id)
    assert "Putaran 1 dari 4" in text and "Bu Lurah" in text and "Rp 400.000" in text


def test_demo_cycle_loads_and_reconciles(demo_db):
    from desktop_app.storage.models import ArisanCycle, ArisanRound

    for c in ArisanCycle.alive():
        s = arisan.summary(c.id)
        assert s.paid_out + s.cash_on_hand == s.collected + s.penalties and s.cash_on_hand >= 0
        for r in ArisanRound.alive().where(ArisanRound.cycle == c.id):
            assert arisan.round_info(r.id).verified  # the demo draws re-run to the same winner


def test_a_member_in_a_running_cycle_cannot_leave(db, actor, cycle):
    share = arisan.load(cycle.id).share_rows
    membership_id = next(iter(share.values())).membership_id
    with pytest.raises(ValueError, match="tetap membayar sampai siklus selesai"):
        groups.update_member(actor, membership_id, role="anggota", joined_on=DAY,
                             left_on=DAY + dt.timedelta(days=40))  # fmt: skip
    row = next(m for m in groups.members(cycle.group_id) if m.id == membership_id)
    assert (row.status, row.left_on) == ("aktif", None)


def test_check_books_finds_a_second_draw_merged_from_another_device(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    for row in arisan.round_sheet(rnd.id):
        arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    draw = arisan.run_draw(actor, rnd.id, witnesses="Saksi")
    assert arisan.check_books() == []
    other = [s for s in json.loads(draw.eligible) if s not in json.loads(draw.winners)][0]
    ArisanDraw.create(round=rnd.id, method="undian", seed="x", eligible=draw.eligible,
                      winners=json.dumps([other]))  # what a merge could bring  # fmt: skip
    ArisanDraw.create(round=rnd.id, method="undian", seed="y", eligible=draw.eligible,
                      winners=draw.winners)  # fmt: skip
    problems = arisan.check_books()
    assert len(problems) == 1 and "putaran 1 diundi dua kali" in problems[0]


def test_mark_several_shares_paid_in_full_at_once(db, actor, cycle):
    rnd = arisan.open_round(actor, cycle.id)
    sheet = arisan.round_sheet(rnd.id)
    arisan.record_payment(actor, sheet[0].id, paid=30_000, paid_on=DAY)
    n = arisan.record_full_payments(actor, rnd.id, [r.id for r in sheet[:3]], paid_on=DAY,
                                    collected_by="Ana")  # fmt: skip
    assert n == 3
    paid = [r.paid for r in arisan.round_sheet(rnd.id)]
    assert paid == [100_000, 100_000, 100_000, 0]
    late = arisan.record_full_payments(actor, rnd.id, [sheet[3].id],
                                       paid_on=DAY + dt.timedelta(days=2))  # fmt: skip
    assert late == 1 and arisan.summary(cycle.id).penalties == 5_000
    with pytest.raises(A.ArisanError, match="Tanggal"):
        arisan.record_full_payments(actor, rnd.id, [sheet[0].id], paid_on=None)

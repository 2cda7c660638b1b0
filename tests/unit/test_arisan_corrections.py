"""Corrections of the arisan books through the services: void a payout, void a draw and draw again
before witnesses, change a cycle's terms before its first round, pass a share to another member.
Every step keeps the books balanced and is visible (voided rows stay, audit log entries)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.domain import arisan as A
from desktop_app.services import arisan, groups
from desktop_app.services import arisan_corrections as fix
from desktop_app.storage.models import ArisanCycle, ArisanDraw, ArisanPayout, AuditLog

DAY = dt.date(2026, 3, 7)


@pytest.fixture
def setup(db, actor):
    g = groups.save_group(actor, name="Arisan Mawar", kind="arisan", kelurahan="Alak")
    ms = [groups.add_member(actor, g.id, groups.register_outside_person(actor, name=n, sex="P").id)
          for n in ("Ana", "Bety", "Cici", "Dina")]  # fmt: skip
    cycle = arisan.create_cycle(actor, g.id, name="S", contribution=100_000, frequency="bulanan",
                                winners_per_round=1, method="undian", cash_fee=10_000,
                                late_penalty=0, start_date=DAY,
                                shares={m.id: 1 for m in ms[:3]})  # fmt: skip
    return cycle, ms


def _books(cycle_id):
    led = arisan.load(cycle_id).ledger
    assert led.paid_out() + led.cash_on_hand() == led.collected() + led.penalties()
    assert led.cash_on_hand() >= 0
    return led


def _round_paid_and_drawn(actor, cycle, skip=None):
    rnd = arisan.open_round(actor, cycle.id)
    for row in arisan.round_sheet(rnd.id):
        if row.name != skip:
            arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    draw = arisan.run_draw(actor, rnd.id, witnesses="Ketua", seed="s1")
    return rnd, json.loads(draw.winners)[0]


def test_void_payout_keeps_it_visible_and_the_winner_is_paid_again(db, actor, setup):
    cycle, _ms = setup
    rnd, winner = _round_paid_and_drawn(actor, cycle)
    wrong = arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="Orang lain")
    assert _books(cycle.id).cash_on_hand() == 10_000
    with pytest.raises(A.ArisanError, match="Alasan wajib"):
        fix.void_payout(actor, rnd.id, winner, reason="", on=DAY)
    voided = fix.void_payout(actor, rnd.id, winner, reason="Salah penerima", on=DAY)
    assert voided.id == wrong.id and voided.void_reason == "Salah penerima"
    led = _books(cycle.id)
    assert led.cash_on_hand() == 300_000 and led.paid_out() == 0
    assert arisan.round_info(rnd.id).status == "Sudah diundi"
    with pytest.raises(A.ArisanError, match="belum selesai"):
        arisan.open_round(actor, cycle.id)  # the winner must be paid again first
    again = arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="Ana")
    assert _books(cycle.id).cash_on_hand() == 10_000
    rows = ArisanPayout.alive().where(ArisanPayout.round == rnd.id)
    assert {(p.id, p.void_reason) for p in rows} == {(wrong.id, "Salah penerima"), (again.id, None)}
    changes = [json.loads(a.changes) for a in AuditLog.select().where(
        (AuditLog.record_id == wrong.id) & (AuditLog.action == "update"))]  # fmt: skip
    assert changes and changes[-1]["void_reason"] == [None, "Salah penerima"]
    history = fix.corrections(cycle.id)
    assert [h.kind for h in history] == ["Pembayaran dibatalkan"]
    assert "Orang lain" in history[0].detail and history[0].reason == "Salah penerima"


def test_void_payout_unsettles_the_arrears_it_deducted(db, actor, setup):
    cycle, _ms = setup
    rnd = arisan.open_round(actor, cycle.id)
    sheet = arisan.round_sheet(rnd.id)
    for row in sheet:
        arisan.record_payment(actor, row.id, paid=100_000 if row.name != "Cici" else 40_000,
                              paid_on=DAY, collected_by="Ana")  # fmt: skip
    cici = next(r.share_id for r in sheet if r.name == "Cici")
    arisan.run_draw(actor, rnd.id, witnesses="Ketua", seed="x")
    ArisanDraw.update(winners=json.dumps([cici])).execute()  # Cici wins, for this example
    arisan.record_payout(actor, rnd.id, cici, paid_on=DAY + dt.timedelta(days=1), received_by="C")
    assert _books(cycle.id).arrears_of(cici) == 0
    with pytest.raises(A.ArisanError, match="tidak boleh sebelum tanggal pembayaran"):
        fix.void_payout(actor, rnd.id, cici, reason="Jumlah salah hitung", on=DAY)
    fix.void_payout(actor, rnd.id, cici, reason="Jumlah salah hitung", on=DAY + dt.timedelta(2))
    led = _books(cycle.id)
    c = led.round(1).contributions[cici]
    assert (c.paid, c.paid_on, c.collected_by) == (40_000, DAY, "Ana")  # as before the payout
    assert led.cash_on_hand() == 240_000


def test_void_draw_needs_the_payout_voided_first_then_redraw_needs_witnesses(db, actor, setup):
    cycle, _ms = setup
    rnd, winner = _round_paid_and_drawn(actor, cycle)
    arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="X")
    with pytest.raises(A.ArisanError, match="Batalkan dulu pembayarannya"):
        fix.void_draw(actor, rnd.id, reason="Undian tidak disaksikan", on=DAY)
    fix.void_payout(actor, rnd.id, winner, reason="Undian diulang", on=DAY)
    fix.void_draw(actor, rnd.id, reason="Undian tidak disaksikan", on=DAY)
    info = arisan.round_info(rnd.id)
    assert info.draw is None and winner in dict(info.eligible)  # eligible again
    with pytest.raises(A.ArisanError, match="Undian ulang wajib disaksikan"):
        arisan.run_draw(actor, rnd.id, witnesses=" ")
    draw = arisan.run_draw(actor, rnd.id, witnesses="Ketua; Lurah", seed="s2")
    assert arisan.round_info(rnd.id).verified and draw.witnesses == "Ketua; Lurah"
    assert ArisanDraw.alive().where(ArisanDraw.round == rnd.id).count() == 2
    kinds = sorted(h.kind for h in fix.corrections(cycle.id))
    assert kinds == ["Pembayaran dibatalkan", "Undian dibatalkan"]
    _books(cycle.id)


def test_terms_change_before_the_first_round_only(db, actor, setup):
    cycle, _ms = setup
    fix.change_terms(actor, cycle.id, contribution=50_000, frequency="mingguan",
                     winners_per_round=3, method="urutan", cash_fee=0, late_penalty=1_000,
                     start_date=DAY)  # fmt: skip
    c = ArisanCycle.get_by_id(cycle.id)
    assert (c.contribution, c.frequency, c.winners_per_round, c.method) == (50_000, "mingguan", 3,
                                                                           "urutan")  # fmt: skip
    with pytest.raises(A.ArisanError, match="melebihi jumlah bagian"):
        fix.change_terms(actor, cycle.id, contribution=50_000, frequency="mingguan",
                         winners_per_round=4, method="urutan", cash_fee=0, late_penalty=0,
                         start_date=DAY)  # fmt: skip
    arisan.open_round(actor, cycle.id)
    before = AuditLog.select().count()
    with pytest.raises(A.ArisanError, match="tidak bisa diubah lagi: putaran 1 sudah dibuka"):
        fix.change_terms(actor, cycle.id, contribution=60_000, frequency="mingguan",
                         winners_per_round=1, method="urutan", cash_fee=0, late_penalty=0,
                         start_date=DAY)  # fmt: skip
    assert ArisanCycle.get_by_id(cycle.id).contribution == 50_000
    assert AuditLog.select().count() == before


def test_passed_share_keeps_its_arrears_with_the_first_member(db, actor, setup):
    cycle, ms = setup
    rnd = arisan.open_round(actor, cycle.id)
    sheet = arisan.round_sheet(rnd.id)
    cici = next(r for r in sheet if r.name == "Cici")
    for row in sheet:
        if row is not cici:
            arisan.record_payment(actor, row.id, paid=100_000, paid_on=DAY)
    with pytest.raises(A.ArisanError, match="anggota kelompok ini"):
        fix.transfer_share(actor, cici.share_id, ms[0].group_id and "nope", on=DAY,
                           reason="Pindah ke Sumba")  # fmt: skip
    fix.transfer_share(actor, cici.share_id, ms[3].id, on=DAY, reason="Pindah ke Sumba")
    by_name = {r.name: r for r in arisan.arrears(cycle.id)}
    assert by_name["Cici"].arrears == 100_000 and by_name["Cici"].shares == 0
    assert by_name["Dina"].arrears == 0 and by_name["Dina"].shares == 1
    arisan.run_draw(actor, rnd.id, witnesses="Ketua", seed="a")
    arisan.record_payment(actor, cici.id, paid=100_000, paid_on=DAY)  # Cici settles round 1
    winner = json.loads(ArisanDraw.get().winners)[0]
    arisan.record_payout(actor, rnd.id, winner, paid_on=DAY, received_by="x")
    r2 = arisan.open_round(actor, cycle.id)
    by_name = {r.name: r for r in arisan.arrears(cycle.id)}
    assert by_name["Cici"].arrears == 0 and by_name["Dina"].arrears == 100_000
    assert [r.name for r in arisan.round_sheet(r2.id) if r.share_id == cici.share_id] == ["Dina"]
    history = fix.corrections(cycle.id)
    assert history[-1].kind == "Bagian dialihkan" and "Cici → Dina" in history[-1].detail
    assert "mulai putaran 2" in history[-1].detail and history[-1].reason == "Pindah ke Sumba"
    _books(cycle.id)

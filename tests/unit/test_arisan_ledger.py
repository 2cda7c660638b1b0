"""Arisan ledger rules (domain, no database): property tests over random cycles."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from desktop_app.domain import arisan as A

DAY = dt.date(2026, 3, 7)


def make(n: int = 5, winners: int = 1, method: str = "undian", contribution: int = 50_000,
         fee: int = 0, penalty: int = 0, members: int | None = None) -> A.Ledger:  # fmt: skip
    members = members or n
    shares = [A.Share(f"s{i:02d}", f"m{i % members}", i + 1) for i in range(n)]
    terms = A.Terms(contribution, winners, method, "bulanan", fee, penalty, DAY)
    return A.Ledger(terms, shares)


def test_rounds_follow_from_shares_and_winners_per_round():
    assert A.rounds_needed(10, 1) == 10
    assert A.rounds_needed(10, 3) == 4
    assert A.rounds_needed(9, 3) == 3
    assert make(7, winners=2).total_rounds == 4


def test_round_dates_follow_the_frequency():
    start = dt.date(2026, 1, 31)
    assert A.round_date(start, "bulanan", 2) == dt.date(2026, 2, 28)
    assert A.round_date(start, "bulanan", 13) == dt.date(2027, 1, 31)
    assert A.round_date(start, "mingguan", 3) == dt.date(2026, 2, 14)
    assert A.round_date(start, "dua_mingguan", 2) == dt.date(2026, 2, 14)


@given(st.lists(st.uuids().map(str), min_size=1, max_size=30, unique=True),
       st.integers(1, 4), st.text(min_size=1, max_size=40), st.randoms())  # fmt: skip
def test_same_seed_and_eligible_list_give_the_same_winner(eligible, k, seed, rnd):
    shuffled = list(eligible)
    rnd.shuffle(shuffled)
    first = A.draw(eligible, k, seed)
    assert first == A.draw(shuffled, k, seed)  # order of the list as typed does not matter
    assert len(first) == min(k, len(eligible)) and set(first) <= set(eligible)
    assert len(set(first)) == len(first)


def test_draw_is_spread_over_all_eligible_shares():
    eligible = [f"s{i}" for i in range(5)]
    counts = {s: 0 for s in eligible}
    for i in range(2000):
        counts[A.draw(eligible, 1, f"seed-{i}")[0]] += 1
    assert all(300 < c < 500 for c in counts.values()), counts


def test_bidding_highest_discount_wins_and_discount_stays_in_cash_box():
    ledger = make(4, method="lelang", fee=5_000)
    ledger.open_round()
    for s in ledger.shares:
        ledger.record_payment(1, s, 50_000, DAY)
    result = ledger.run_draw(1, bids={"s02": 20_000, "s01": 10_000}, witnesses="Ibu RT")
    assert result.winners == ["s02"] and result.seed
    plan = ledger.pay_out(1, "s02", DAY, "Ana")
    assert (plan.payout.gross, plan.payout.fee, plan.payout.discount, plan.payout.net) == (
        200_000, 5_000, 20_000, 175_000)  # fmt: skip
    assert ledger.cash_on_hand() == 25_000


def test_a_stored_draw_can_be_checked_and_tampering_shows():
    ledger = make(6)
    ledger.open_round()
    result = ledger.run_draw(1, witnesses="Ketua")
    assert ledger.verify_draw(1)
    result.winners = [s for s in result.eligible if s not in result.winners][:1]
    assert not ledger.verify_draw(1)


def test_bidding_ties_are_broken_by_the_recorded_seed():
    eligible = ["a", "b", "c", "d"]
    bids = {"b": 10, "c": 10}
    w = A.bidding(eligible, 1, bids, "x")
    assert w[0] in ("b", "c") and A.bidding(eligible, 1, bids, "x") == w


def test_fixed_order_follows_share_numbers_and_needs_no_witness():
    ledger = make(3, method="urutan")
    ledger.open_round()
    assert ledger.run_draw(1).winners == ["s00"]


def test_payout_deducts_fee_and_the_winners_arrears_and_settles_them():
    ledger = make(3, fee=10_000)
    ledger.open_round()
    ledger.record_payment(1, "s00", 50_000, DAY)
    ledger.record_payment(1, "s01", 50_000, DAY)
    ledger.record_payment(1, "s02", 20_000, DAY)
    ledger.run_draw(1, seed="fixed", witnesses="Ketua")
    ledger.rounds[0].draw.winners = ["s02"]  # make the debtor the winner for this example
    ledger.rounds[0].draw.eligible = ["s00", "s01", "s02"]
    plan = ledger.plan_payout(1, "s02")
    assert plan.payout.arrears_deducted == 30_000 and plan.payout.net == 150_000 - 10_000 - 30_000
    ledger.pay_out(1, "s02", DAY, "Maria")
    assert ledger.arrears_of("s02") == 0
    assert ledger.rounds[0].contributions["s02"].collected_by == A.ARREARS_COLLECTOR
    assert ledger.cash_on_hand() == 10_000


def test_nothing_is_paid_out_that_was_not_collected():
    ledger = make(4)
    ledger.open_round()
    ledger.record_payment(1, "s00", 50_000, DAY)
    winner = ledger.run_draw(1, witnesses="Ketua").winners[0]
    before = copy.deepcopy(ledger.rounds)
    with pytest.raises(A.ArisanError, match="Kas tidak cukup"):
        ledger.pay_out(1, winner, DAY, deduct_arrears=False)
    assert ledger.rounds == before and ledger.cash == 50_000


def test_share_wins_at_most_once_and_winners_keep_paying():
    ledger = make(3, winners=2)
    won = []
    for number in (1, 2):
        rnd = ledger.open_round()
        assert set(rnd.contributions) == set(ledger.shares)  # winners still owe
        for s in ledger.shares:
            ledger.record_payment(number, s, 50_000, DAY)
        result = ledger.run_draw(number, witnesses="Saksi")
        won += result.winners
        for w in result.winners:
            ledger.pay_out(number, w, DAY)
    assert sorted(won) == sorted(ledger.shares)  # 2 + 1 winners: each once
    assert ledger.finished
    with pytest.raises(A.ArisanError):
        ledger.open_round()


def test_a_member_with_two_shares_owes_for_both():
    ledger = make(4, members=3)  # m0 holds s00 and s03
    ledger.open_round()
    assert ledger.arrears_by_member()["m0"] == 100_000


@pytest.mark.parametrize(
    "kwargs",
    [dict(contribution=0), dict(contribution=-5), dict(winners_per_round=0), dict(cash_fee=-1),
     dict(method="tebak"), dict(frequency="tahunan"), dict(contribution=1.5)],
)  # fmt: skip
def test_bad_terms_are_refused_in_indonesian(kwargs):
    base = dict(contribution=10_000, winners_per_round=1, method="undian", frequency="bulanan")
    with pytest.raises(A.ArisanError):
        A.Terms(**{**base, **kwargs}).validate()


def test_overpayment_and_missing_date_are_refused():
    ledger = make(2)
    ledger.open_round()
    with pytest.raises(A.ArisanError, match="melebihi"):
        ledger.record_payment(1, "s00", 50_001, DAY)
    with pytest.raises(A.ArisanError, match="Tanggal"):
        ledger.record_payment(1, "s00", 10, None)
    assert ledger.collected() == 0


class LedgerMachine(RuleBasedStateMachine):
    """Random cycles, payments (on time, late, partial, corrections), draws and payouts."""

    @initialize(n=st.integers(1, 9), k=st.integers(1, 3), method=st.sampled_from(A.METHODS),
                contribution=st.integers(1, 200_000), fee=st.integers(0, 30_000),
                penalty=st.integers(0, 10_000), members=st.integers(1, 9))  # fmt: skip
    def setup(self, n, k, method, contribution, fee, penalty, members):
        shares = [A.Share(f"s{i}", f"m{i % members}", i + 1) for i in range(n)]
        self.ledger = A.Ledger(A.Terms(contribution, k, method, "mingguan", fee, penalty, DAY),
                               shares)  # fmt: skip
        self.money_in = 0  # our own tally of cash movements
        self.money_out = 0
        self.won: list[str] = []

    def _attempt(self, fn):
        """A refused change must leave the ledger exactly as it was."""
        before = (copy.deepcopy(self.ledger.rounds), self.ledger.cash)
        try:
            return fn()
        except A.ArisanError:
            assert (self.ledger.rounds, self.ledger.cash) == before
            return None

    @rule()
    def open_round(self):
        self._attempt(self.ledger.open_round)

    @precondition(lambda self: self.ledger.rounds)
    @rule(data=st.data(), frac=st.sampled_from([0, 0.3, 1, 1, 1, 1.2]), late=st.booleans())
    def pay(self, data, frac, late):
        rnd = data.draw(st.sampled_from(self.ledger.rounds))
        share = data.draw(st.sampled_from(sorted(self.ledger.shares)))
        c = rnd.contributions[share]
        amount = int(c.due * frac)
        old = c.paid + c.penalty
        result = self._attempt(
            lambda: self.ledger.record_payment(rnd.number, share, amount, DAY, late, "Bendahara")
        )
        if result is not None:
            self.money_in += result.paid + result.penalty - old
        else:
            assert (
                amount > c.due
                or old - (amount + (self.ledger.terms.late_penalty if late and amount else 0))
                > self.ledger.cash
            )  # noqa: E501

    @precondition(lambda self: self.ledger.rounds)
    @rule(
        seed=st.text(max_size=8),
        bid=st.integers(0, 50_000),
        witnesses=st.sampled_from(["", "Ketua"]),
    )
    def run_draw(self, seed, bid, witnesses):
        rnd = next((r for r in self.ledger.rounds if r.draw is None), self.ledger.rounds[-1])
        eligible = self.ledger.eligible()
        bids = {eligible[0]: bid} if (eligible and self.ledger.terms.method == "lelang") else None
        result = self._attempt(
            lambda: self.ledger.run_draw(rnd.number, seed or None, bids, witnesses)
        )
        if result is not None:
            assert not set(result.winners) & set(self.won)
            assert witnesses or not rnd.voided_draws  # a re-draw always has witnesses
            self.won += result.winners
            if result.method == "undian":
                assert A.draw(result.eligible, len(result.winners), result.seed) == result.winners
            assert self.ledger.verify_draw(rnd.number)

    @precondition(lambda self: any(r.draw and not r.finished for r in self.ledger.rounds))
    @rule(data=st.data(), deduct=st.booleans())
    def pay_out(self, data, deduct):
        rnd = next(r for r in self.ledger.rounds if r.draw and not r.finished)
        share = data.draw(st.sampled_from([w for w in rnd.draw.winners if w not in rnd.payouts]))
        plan = self._attempt(
            lambda: self.ledger.pay_out(rnd.number, share, DAY, "Pemenang", deduct)
        )
        if plan is not None:
            self.money_in += plan.payout.arrears_deducted
            self.money_out += plan.payout.net + plan.payout.arrears_deducted
            p = plan.payout
            assert p.gross - p.fee - p.discount - p.arrears_deducted == p.net >= 0

    @precondition(lambda self: any(r.payouts for r in self.ledger.rounds))
    @rule(data=st.data(), reason=st.sampled_from(["", "Salah penerima"]), late=st.booleans())
    def void_payout(self, data, reason, late):
        rnd = data.draw(st.sampled_from([r for r in self.ledger.rounds if r.payouts]))
        share = data.draw(st.sampled_from(sorted(rnd.payouts)))
        p = rnd.payouts[share]
        on = (p.paid_on or DAY) + dt.timedelta(days=-1 if late else 1)
        corrected = any(self.ledger.round(n).contributions[share].paid < amount
                        for n, amount, _, _ in p.settled or [])  # fmt: skip
        result = self._attempt(lambda: self.ledger.void_payout(rnd.number, share, reason, on))
        if result is not None:
            assert reason and not late and not corrected and result in rnd.voided_payouts
            assert share in rnd.draw.winners and share not in rnd.payouts  # still the winner
            self.money_in -= result.arrears_deducted  # the settled arrears are owed again
            self.money_out -= result.net + result.arrears_deducted
        else:  # no reason, a date before the payment, or a settled contribution corrected since
            assert not reason or late or corrected

    @precondition(lambda self: any(r.draw for r in self.ledger.rounds))
    @rule(data=st.data(), reason=st.sampled_from(["", "Tidak disaksikan"]))
    def void_draw(self, data, reason):
        """Void a draw: refused while its winners hold live payouts, so those are voided first."""
        rnd = data.draw(st.sampled_from([r for r in self.ledger.rounds if r.draw]))
        if rnd.payouts:
            assert self._attempt(lambda: self.ledger.void_draw(rnd.number, reason, DAY)) is None
            for share in sorted(rnd.payouts):
                p = rnd.payouts[share]
                done = self._attempt(lambda s=share, p=p: self.ledger.void_payout(
                    rnd.number, s, "Undian diulang", p.paid_on or DAY))  # fmt: skip
                if done is not None:
                    self.money_in -= done.arrears_deducted
                    self.money_out -= done.net + done.arrears_deducted
        had_payouts = bool(rnd.payouts)
        result = self._attempt(lambda: self.ledger.void_draw(rnd.number, reason, DAY))
        if result is not None:
            assert reason and not had_payouts and rnd.draw is None
            for w in result.winners:
                self.won.remove(w)
                assert w in self.ledger.eligible()  # may win again
        else:
            assert not reason or had_payouts

    @precondition(lambda self: self.ledger.rounds)
    @rule(seed=st.text(max_size=4))
    def play_round(self, seed):
        """A whole meeting: everybody pays the first undecided round in full, draw, pay out."""
        rnd = next((r for r in self.ledger.rounds if not r.finished), None)
        if rnd is None:
            self.open_round()
            rnd = self.ledger.rounds[-1]
        for share, c in rnd.contributions.items():
            old = c.paid + c.penalty
            done = self._attempt(lambda s=share, c=c: self.ledger.record_payment(
                rnd.number, s, c.due, DAY, False, "Bendahara"))  # fmt: skip
            if done is not None:
                self.money_in += done.paid + done.penalty - old
        if rnd.draw is None:
            result = self._attempt(lambda: self.ledger.run_draw(rnd.number, seed or None, None,
                                                                "Ketua"))  # fmt: skip
            if result is not None:
                assert not set(result.winners) & set(self.won)
                self.won += result.winners
        for share in list(rnd.draw.winners if rnd.draw else []):
            if share not in rnd.payouts:
                plan = self._attempt(lambda s=share: self.ledger.pay_out(rnd.number, s, DAY, "P"))
                if plan is not None:
                    self.money_in += plan.payout.arrears_deducted
                    self.money_out += plan.payout.net + plan.payout.arrears_deducted

    @rule(contribution=st.integers(1, 200_000), k=st.integers(1, 3))
    def change_terms(self, contribution, k):
        old = self.ledger.terms
        terms = A.Terms(contribution, k, old.method, old.frequency, old.cash_fee, old.late_penalty,
                        old.start_date)  # fmt: skip
        result = self._attempt(lambda: self.ledger.change_terms(terms) or True)
        if result is None:
            assert self.ledger.rounds or k > len(self.ledger.shares)
            assert self.ledger.terms == old
        else:
            assert not self.ledger.rounds and self.ledger.terms == terms

    @rule(data=st.data(), to=st.integers(0, 9))
    def transfer_share(self, data, to):
        share = data.draw(st.sampled_from(sorted(self.ledger.shares)))
        before = self.ledger.arrears_by_member()
        old_holder = self.ledger.shares[share].member
        opened = len(self.ledger.rounds)
        earlier = [self.ledger.shares[share].holder_at(n) for n in range(1, opened + 1)]
        result = self._attempt(
            lambda: self.ledger.transfer_share(share, f"m{to}", DAY, "Pindah rumah")
        )
        if result is not None:
            after = self.ledger.arrears_by_member()
            # the earlier rounds' arrears stay where they were; the new holder owes nothing yet
            assert {m: a for m, a in after.items() if a} == {m: a for m, a in before.items() if a}
            assert result.member == f"m{to}" != old_holder
            assert result.holder_at(opened + 1) == f"m{to}"  # owes from the next round on
            assert [result.holder_at(n) for n in range(1, opened + 1)] == earlier

    @invariant()
    def books_balance(self):
        if not hasattr(self, "ledger"):
            return
        led = self.ledger
        led.check()
        assert led.cash_on_hand() == self.money_in - self.money_out >= 0
        assert led.paid_out() + led.cash_on_hand() == led.collected() + led.penalties()
        assert len(self.won) == len(set(self.won)) == len(led.winners())
        for rnd in led.rounds:  # winners keep owing in every round
            assert all(rnd.contributions[s].due == led.terms.contribution for s in led.shares)
        assert sum(led.arrears_by_member().values()) == sum(
            c.outstanding for r in led.rounds for c in r.contributions.values()
        )


LedgerMachine.TestCase.settings = settings(max_examples=100, stateful_step_count=50, deadline=None)
TestLedgerMachine = LedgerMachine.TestCase


def test_a_round_may_move_later_but_not_before_the_previous_one():
    ledger = make(3, method="urutan")
    assert ledger.next_round_date() == DAY
    ledger.open_round(DAY + dt.timedelta(days=5))  # meeting postponed
    for s in ledger.shares:
        ledger.record_payment(1, s, 50_000, DAY)
    ledger.pay_out(1, ledger.run_draw(1).winners[0], DAY)
    with pytest.raises(A.ArisanError, match="tidak boleh sebelum putaran 1"):
        ledger.open_round(DAY)
    assert len(ledger.rounds) == 1

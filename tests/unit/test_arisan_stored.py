"""The arisan ledger as stored in SQLite: random cycles played through the services; after every
step the books are recomputed with plain SQL (not through the domain) and must balance, and every
refused step must leave the database exactly as it was."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desktop_app.domain import arisan as A
from desktop_app.services import arisan, groups
from desktop_app.services import arisan_corrections as fix
from desktop_app.services.context import Actor
from desktop_app.storage import database
from desktop_app.storage.models import (
    ArisanContribution,
    ArisanDraw,
    ArisanPayout,
    ArisanRound,
    ArisanShare,
    AuditLog,
)

DAY = dt.date(2026, 3, 7)


@cache
def _template() -> Path:
    path = Path(tempfile.mkdtemp()) / "template.db"
    db = database.connect(path, create=True)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


class StoredLedger(RuleBasedStateMachine):
    @initialize(members=st.integers(1, 4), extra=st.integers(0, 2), k=st.integers(1, 2),
                method=st.sampled_from(A.METHODS), fee=st.sampled_from([0, 1_000, 25_000]),
                penalty=st.sampled_from([0, 500]))  # fmt: skip
    def setup(self, members, extra, k, method, fee, penalty):
        self.dir = tempfile.TemporaryDirectory()
        path = Path(self.dir.name) / "a.db"
        shutil.copy(_template(), path)  # migrated once per session: examples stay fast
        self.db = database.connect(path, create=False)
        self.db.execute_sql("PRAGMA synchronous = OFF")  # a throw-away file: no fsync per step
        self.actor = Actor.local(self.db, "tester")
        g = groups.save_group(self.actor, name="Arisan", kind="arisan")
        ms = [groups.add_member(self.actor, g.id, groups.register_outside_person(
            self.actor, name=f"Anggota {i}", sex="P").id) for i in range(members)]  # fmt: skip
        shares = {m.id: 1 for m in ms}
        shares[ms[0].id] += extra  # one member holds several shares
        k = min(k, sum(shares.values()))
        self.cycle = arisan.create_cycle(self.actor, g.id, name="S", contribution=10_000,
                                         frequency="mingguan", winners_per_round=k, method=method,
                                         cash_fee=fee, late_penalty=penalty, start_date=DAY,
                                         shares=shares)  # fmt: skip
        self.shares = sum(shares.values())
        self.members = [m.id for m in ms]

    def teardown(self):
        if hasattr(self, "db"):
            self.db.close()
            self.dir.cleanup()

    def _attempt(self, fn):
        before = self._fingerprint()
        try:
            return fn()
        except A.ArisanError:
            assert self._fingerprint() == before
            return None

    def _fingerprint(self):
        return (AuditLog.select().count(),
                self.db.execute_sql("SELECT COALESCE(SUM(paid), 0), COALESCE(SUM(penalty), 0) "
                                    "FROM arisan_contribution").fetchone())  # fmt: skip

    def _last_round(self):
        return ArisanRound.alive().where(ArisanRound.cycle == self.cycle.id).order_by(
            ArisanRound.number.desc()).first()  # fmt: skip

    @rule()
    def open_round(self):
        self._attempt(lambda: arisan.open_round(self.actor, self.cycle.id))

    @rule(data=st.data(), amount=st.sampled_from([0, 4_000, 10_000, 10_000, 12_000]),
          late=st.booleans())  # fmt: skip
    def pay(self, data, amount, late):
        rows = list(ArisanContribution.alive())
        if not rows:
            return
        row = data.draw(st.sampled_from(rows))
        self._attempt(lambda: arisan.record_payment(self.actor, row.id, paid=amount, paid_on=DAY,
                                                    late=late, collected_by="B"))  # fmt: skip

    @rule(skip=st.integers(0, 3))
    def pay_round_but_one(self, skip):
        """Everybody pays the last round in full except (sometimes) one share."""
        rnd = self._last_round()
        if rnd is None:
            return
        for i, row in enumerate(arisan.round_sheet(rnd.id)):
            if i != skip:
                self._attempt(lambda r=row: arisan.record_payment(
                    self.actor, r.id, paid=10_000, paid_on=DAY))  # fmt: skip

    @rule(bid=st.sampled_from([0, 3_000]))
    def draw(self, bid):
        rnd = self._last_round()
        if rnd is None:
            return
        info = arisan.round_info(rnd.id)
        bids = (
            {info.eligible[0][0]: bid} if info.eligible and self.cycle.method == "lelang" else None
        )
        self._attempt(lambda: arisan.run_draw(self.actor, rnd.id, witnesses="Saksi", bids=bids))

    @rule(deduct=st.booleans())
    def payout(self, deduct):
        """Pay the first unpaid winner (of the last round, or of a round whose payout was voided)."""
        for rnd in ArisanRound.alive().where(ArisanRound.cycle == self.cycle.id).order_by(
                ArisanRound.number):  # fmt: skip
            info = arisan.round_info(rnd.id)
            for share, _label in info.winners:
                if share not in info.paid:
                    self._attempt(lambda s=share, r=rnd: arisan.record_payout(
                        self.actor, r.id, s, paid_on=DAY, received_by="x",
                        deduct_arrears=deduct))  # fmt: skip
                    return

    @rule()
    def play_round(self):
        """A whole meeting: open the next round, everybody pays, draw, pay the winners."""
        self.open_round()
        self.pay_round_but_one(99)
        rnd = self._last_round()
        if rnd is not None:
            self._attempt(lambda: arisan.run_draw(self.actor, rnd.id, witnesses="Saksi"))
        for _ in range(2):
            self.payout(True)

    @rule(data=st.data(), reason=st.sampled_from(["", "Salah penerima"]))
    def void_payout(self, data, reason):
        """A payout recorded by mistake is voided (kept, with its reason)."""
        rows = list(ArisanPayout.alive().where(ArisanPayout.void_reason.is_null()))
        if not rows:
            return
        row = data.draw(st.sampled_from(rows))
        result = self._attempt(lambda: fix.void_payout(self.actor, row.round_id, row.share_id,
                                                       reason=reason, on=DAY))  # fmt: skip
        if not reason:
            assert result is None
        else:
            assert ArisanPayout.get_by_id(row.id).void_reason == reason

    @rule(data=st.data(), reason=st.sampled_from(["", "Tanpa saksi"]))
    def void_draw(self, data, reason):
        """Void a draw; while its winners hold live payouts it is refused, so void those first."""
        rows = list(ArisanDraw.alive().where(ArisanDraw.void_reason.is_null()))
        if not rows:
            return
        row = data.draw(st.sampled_from(rows))

        def attempt():
            return self._attempt(lambda: fix.void_draw(self.actor, row.round_id, reason=reason,
                                                       on=DAY))  # fmt: skip

        live = list(ArisanPayout.alive().where((ArisanPayout.round == row.round_id)
                                               & ArisanPayout.void_reason.is_null()))  # fmt: skip
        if live:
            assert attempt() is None
            for p in live:
                self._attempt(lambda p=p: fix.void_payout(self.actor, row.round_id, p.share_id,
                                                          reason="Undian diulang", on=DAY))  # fmt: skip
        result = attempt()
        live_after = ArisanPayout.alive().where((ArisanPayout.round == row.round_id)
                                                & ArisanPayout.void_reason.is_null()).count()  # fmt: skip
        assert (result is not None) == (bool(reason) and live_after == 0)

    @rule(data=st.data())
    def redraw_voided_round(self, data):
        """A round whose draw was voided is drawn again, before witnesses."""
        voided = {
            d.round_id for d in ArisanDraw.alive().where(ArisanDraw.void_reason.is_null(False))
        }
        live = {d.round_id for d in ArisanDraw.alive().where(ArisanDraw.void_reason.is_null())}
        todo = sorted(voided - live)
        if not todo:
            return
        round_id = data.draw(st.sampled_from(todo))
        assert self._attempt(lambda: arisan.run_draw(self.actor, round_id, witnesses=" ")) is None
        self._attempt(lambda: arisan.run_draw(self.actor, round_id, witnesses="Ketua; Lurah"))

    @rule(data=st.data())
    def pass_share_on(self, data):
        shares = list(ArisanShare.alive().where(ArisanShare.cycle == self.cycle.id))
        share = data.draw(st.sampled_from(shares))
        member = data.draw(st.sampled_from(self.members))
        self._attempt(lambda: fix.transfer_share(self.actor, share.id, member, on=DAY,
                                                 reason="Pindah rumah"))  # fmt: skip

    @invariant()
    def books_balance_in_sql(self):
        if not hasattr(self, "db"):
            return
        q = self.db.execute_sql
        collected, penalties = q("SELECT COALESCE(SUM(paid),0), COALESCE(SUM(penalty),0) "
                                 "FROM arisan_contribution WHERE deleted_at IS NULL").fetchone()  # fmt: skip
        paid_out, fees = q("SELECT COALESCE(SUM(net + arrears_deducted),0), COALESCE(SUM(fee),0) "
                           "FROM arisan_payout WHERE deleted_at IS NULL AND void_reason IS NULL"
                           ).fetchone()  # fmt: skip
        cash = collected + penalties - paid_out
        collected_due = q("SELECT COALESCE(SUM(due),0) FROM arisan_contribution "
                          "WHERE deleted_at IS NULL").fetchone()[0]  # fmt: skip
        assert cash >= 0, "paid out more than was collected"
        s = arisan.summary(self.cycle.id)
        assert (s.collected, s.penalties, s.paid_out, s.cash_on_hand) == (
            collected, penalties, paid_out, cash)  # fmt: skip
        winners = [w for (ws,) in q("SELECT winners FROM arisan_draw WHERE void_reason IS NULL"
                                    ).fetchall() for w in json.loads(ws)]  # fmt: skip
        assert len(winners) == len(set(winners)), "a share won twice"
        per_round = q("SELECT round_id, COUNT(*), MIN(due), MAX(due) FROM arisan_contribution "
                      "GROUP BY round_id").fetchall()  # fmt: skip
        assert all(n == self.shares and lo == hi == 10_000 for _r, n, lo, hi in per_round)
        paid_shares = [s for (s,) in q("SELECT share_id FROM arisan_payout "
                                       "WHERE void_reason IS NULL").fetchall()]  # fmt: skip
        assert q("SELECT COUNT(*) FROM arisan_payout WHERE void_reason = ''").fetchone()[0] == 0
        # arrears per member (holders at each round) add up to what is unpaid
        assert sum(r.arrears for r in arisan.arrears(self.cycle.id)) == collected_due - collected
        assert set(paid_shares) <= set(winners) and len(paid_shares) == len(set(paid_shares))


StoredLedger.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
TestStoredLedger = StoredLedger.TestCase

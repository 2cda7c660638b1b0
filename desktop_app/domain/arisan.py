"""Arisan ledger rules: pure Python, no database, no Qt.

An arisan *cycle* has shares (a member may hold several). Every round every share owes the same
contribution; one or more shares win the round's pot. The rules hold at every step and are enforced
here, so the screen, the command line and the tests all get the same answer:

* a share wins at most once per cycle;
* a share that has won keeps owing its contribution in every later round (its due is never waived);
* payouts + cash on hand == contributions collected + penalties, where a payout counts what the
  winner received: cash (net) plus arrears settled from the pot (booked as the winner's paid
  contributions, so no cash moves for them);
* nothing is paid out that was not collected: cash on hand never goes below zero.

Methods of choosing winners
---------------------------
``undian`` (draw)
    The eligible shares (not yet won) are sorted by id; ``random.Random(seed).sample`` picks the
    winners. The seed comes from ``secrets`` and is stored with the eligible list, so anybody can
    re-run the draw and get the same winners.
``urutan`` (fixed order)
    The eligible shares with the lowest share numbers win.
``lelang`` (bidding)
    Each eligible share may bid a *discount* (potongan, integer Rupiah): the amount it gives up
    from its gross pot to win now. The highest discounts win; shares that did not bid count as
    bidding 0; ties are broken by a seeded shuffle (seed stored, as for a draw). The discount is
    **kept in the group's cash box** (kas kelompok) — it is not shared out to the other members —
    so it shows in cash on hand and the treasurer decides its use at the end of the cycle.

Money
-----
All amounts are integer Rupiah. A winner's gross is the round's total due divided by the number of
winners in that round (integer division; a remainder stays in the cash box). From the gross the
cycle's cash-box fee, the bid discount and (optionally) the winner's own arrears are deducted;
deducted arrears settle the winner's unpaid contributions, oldest first.

Corrections (a treasurer's mistakes are reversed, never erased)
----------------------------------------------------------------
Void a payout (``void_payout``)
    A payout recorded by mistake (wrong recipient, amount or date) is *voided* with a reason and a
    date. It stays in the round's ``voided_payouts`` (shown in the ledger and the audit log) and no
    longer counts: its net comes back into cash on hand and the arrears it settled by deduction
    are unsettled again (each settled contribution returns to what it was before). The winner
    stays the winner: the payout is then recorded again, correctly, with ``pay_out``. A round with
    a voided payout that is not yet paid again is unfinished, so no new round opens meanwhile.
Void a draw (``void_draw``)
    Only a draw whose payouts are all voided (none live) can be voided, with a reason. The draw
    stays in the round's ``voided_draws``; its winners become eligible again. The round is then
    drawn again, and a **re-draw always needs witnesses named**, whatever the method (also fixed
    order). So a voided payout's share becomes eligible again only when its draw is voided too.
Change the terms (``change_terms``)
    Contribution, frequency, winners per round, method, fee, penalty and start date may change
    while no round has been opened; after that they are fixed for the cycle.
Pass a share on (``transfer_share``)
    A share may pass to another member (e.g. the holder moves away) with a date and a reason. The
    rounds already opened stay with the previous holder: their arrears remain on that member's
    record until paid (whoever brings the money). The new holder owes from the next round on. The
    history of holders is kept on the share (``Share.history``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import secrets
from dataclasses import dataclass, field

FREQUENCY_DAYS = {"mingguan": 7, "dua_mingguan": 14}  # "bulanan": same day, next month
METHODS = ("undian", "urutan", "lelang")
ARREARS_COLLECTOR = "dipotong dari arisan"


class ArisanError(ValueError):
    """A rule of the ledger would be broken; the message is Indonesian and shown to the user."""


class InvariantBroken(AssertionError):
    """The ledger's books do not add up: a bug, never user input."""


def rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def rounds_needed(shares: int, winners_per_round: int) -> int:
    if winners_per_round < 1:
        raise ArisanError("Jumlah pemenang per putaran minimal 1.")
    return math.ceil(shares / winners_per_round) if shares > 0 else 0


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    next_first = dt.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def round_date(start: dt.date, frequency: str, number: int) -> dt.date:
    """Planned date of round ``number`` (1-based)."""
    if frequency == "bulanan":
        return add_months(start, number - 1)
    if frequency not in FREQUENCY_DAYS:
        raise ArisanError(f"Frekuensi arisan tidak dikenal: {frequency}")
    return start + dt.timedelta(days=FREQUENCY_DAYS[frequency] * (number - 1))


def new_seed() -> str:
    return secrets.token_hex(16)


def draw(eligible: list[str], winners: int, seed: str) -> list[str]:
    """Fair draw: same seed and same eligible list (in any order) give the same winners."""
    pool = sorted(eligible)
    return random.Random(seed).sample(pool, min(winners, len(pool)))


def bidding(eligible: list[str], winners: int, bids: dict[str, int], seed: str) -> list[str]:
    """Highest discount wins; ties (and non-bidders, who bid 0) are ordered by a seeded shuffle."""
    pool = sorted(eligible)
    random.Random(seed).shuffle(pool)
    pool.sort(key=lambda s: -bids.get(s, 0))  # stable: the shuffle breaks ties
    return pool[: min(winners, len(pool))]


def fixed_order(eligible: list[str], winners: int, numbers: dict[str, int]) -> list[str]:
    pool = sorted(eligible, key=lambda s: (numbers[s], s))
    return pool[: min(winners, len(pool))]


# --- the ledger ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    contribution: int
    winners_per_round: int = 1
    method: str = "undian"
    frequency: str = "bulanan"
    cash_fee: int = 0
    late_penalty: int = 0
    start_date: dt.date = dt.date(2026, 1, 1)

    def validate(self) -> None:
        for name, value in (("Iuran per putaran", self.contribution), ("Biaya kas", self.cash_fee),
                            ("Denda terlambat", self.late_penalty)):  # fmt: skip
            if not isinstance(value, int) or isinstance(value, bool):
                raise ArisanError(f"{name} harus bilangan bulat Rupiah.")
        if self.contribution <= 0:
            raise ArisanError("Iuran per putaran harus lebih dari Rp 0.")
        if self.cash_fee < 0 or self.late_penalty < 0:
            raise ArisanError("Biaya kas dan denda tidak boleh negatif.")
        if not isinstance(self.winners_per_round, int) or self.winners_per_round < 1:
            raise ArisanError("Jumlah pemenang per putaran minimal 1.")
        if self.method not in METHODS:
            raise ArisanError(f"Cara menentukan pemenang tidak dikenal: {self.method}")
        if self.frequency not in (*FREQUENCY_DAYS, "bulanan"):
            raise ArisanError(f"Frekuensi arisan tidak dikenal: {self.frequency}")


@dataclass(frozen=True)
class Transfer:
    """A share passed from one member to another; ``from_round`` is the first round the new holder
    owes (the rounds opened before stay with the previous holder)."""

    from_round: int
    from_member: str
    to_member: str
    date: dt.date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Share:
    id: str
    member: str  # membership id of the current holder: one member may hold several shares
    number: int
    history: tuple[Transfer, ...] = ()

    def holder_at(self, number: int) -> str:
        """The member who owes (and wins) for this share in round ``number``."""
        holder = self.history[0].from_member if self.history else self.member
        for t in self.history:
            if number >= t.from_round:
                holder = t.to_member
        return holder

    @property
    def members(self) -> list[str]:
        """Every member who has held this share, first holder first."""
        out = [self.history[0].from_member] if self.history else []
        out += [t.to_member for t in self.history]
        return out or [self.member]


@dataclass
class Contribution:
    share: str
    due: int
    paid: int = 0
    paid_on: dt.date | None = None
    collected_by: str | None = None
    late: bool = False
    penalty: int = 0

    @property
    def outstanding(self) -> int:
        return self.due - self.paid


@dataclass
class DrawResult:
    method: str
    seed: str | None
    eligible: list[str]
    winners: list[str]
    bids: dict[str, int] = field(default_factory=dict)
    witnesses: str | None = None
    void_reason: str | None = None
    voided_on: dt.date | None = None


@dataclass
class Payout:
    share: str
    gross: int
    fee: int
    discount: int
    arrears_deducted: int
    net: int
    paid_on: dt.date | None = None
    received_by: str | None = None
    # arrears settled by deduction: (round number, amount, paid_on before, collected_by before);
    # None for payouts recorded before corrections existed (then unknown)
    settled: list[tuple[int, int, dt.date | None, str | None]] | None = field(
        default_factory=list)  # fmt: skip
    void_reason: str | None = None
    voided_on: dt.date | None = None


@dataclass
class Round:
    number: int
    date: dt.date | None
    contributions: dict[str, Contribution]
    draw: DrawResult | None = None
    payouts: dict[str, Payout] = field(default_factory=dict)
    voided_draws: list[DrawResult] = field(default_factory=list)
    voided_payouts: list[Payout] = field(default_factory=list)

    @property
    def due_total(self) -> int:
        return sum(c.due for c in self.contributions.values())

    @property
    def finished(self) -> bool:
        return self.draw is not None and all(w in self.payouts for w in self.draw.winners)

    @property
    def status(self) -> str:
        if self.finished:
            return "selesai"
        return "diundi" if self.draw is not None else "dibuka"


@dataclass
class PayoutPlan:
    """What a payout would be, before it is made (shown to the treasurer, then applied)."""

    payout: Payout
    settles: list[tuple[int, str, int]]  # (round number, share, amount) arrears paid by deduction


class Ledger:
    """The state of one cycle, with every change checked against the rules."""

    def __init__(self, terms: Terms, shares: list[Share]) -> None:
        terms.validate()
        if not shares:
            raise ArisanError("Siklus arisan harus punya minimal satu bagian (peserta).")
        if len({s.id for s in shares}) != len(shares):
            raise ArisanError("Bagian arisan ganda.")
        self.terms = terms
        self.shares: dict[str, Share] = {s.id: s for s in shares}
        self.rounds: list[Round] = []
        self.cash = 0  # running balance, checked against the recomputed one

    # --- derived figures ----------------------------------------------------------------------

    @property
    def total_rounds(self) -> int:
        return rounds_needed(len(self.shares), self.terms.winners_per_round)

    def next_round_date(self) -> dt.date:
        """Planned date of the next round, from the start date and the frequency."""
        return round_date(self.terms.start_date, self.terms.frequency, len(self.rounds) + 1)

    def winners(self) -> dict[str, int]:
        """share id -> round number it won."""
        out: dict[str, int] = {}
        for rnd in self.rounds:
            if rnd.draw is not None:
                for w in rnd.draw.winners:
                    out[w] = rnd.number
        return out

    def eligible(self) -> list[str]:
        won = self.winners()
        return sorted(s for s in self.shares if s not in won)

    def collected(self) -> int:
        return sum(c.paid for r in self.rounds for c in r.contributions.values())

    def penalties(self) -> int:
        return sum(c.penalty for r in self.rounds for c in r.contributions.values())

    def paid_out(self) -> int:
        return sum(p.net + p.arrears_deducted for r in self.rounds for p in r.payouts.values())

    def cash_on_hand(self) -> int:
        return self.collected() + self.penalties() - self.paid_out()

    def arrears_of(self, share: str) -> int:
        return sum(r.contributions[share].outstanding for r in self.rounds
                   if share in r.contributions)  # fmt: skip

    def arrears_by_member(self) -> dict[str, int]:
        """Per member; a passed-on share's earlier rounds stay with the member who held it then."""
        out = {m: 0 for s in self.shares.values() for m in s.members}
        for s in self.shares.values():
            for r in self.rounds:
                c = r.contributions.get(s.id)
                if c is not None:
                    out[s.holder_at(r.number)] += c.outstanding
        return out

    @property
    def finished(self) -> bool:
        return len(self.rounds) == self.total_rounds and all(r.finished for r in self.rounds)

    def round(self, number: int) -> Round:
        if not 1 <= number <= len(self.rounds):
            raise ArisanError(f"Putaran {number} belum dibuka.")
        return self.rounds[number - 1]

    # --- changes ------------------------------------------------------------------------------

    def open_round(self, date: dt.date | None = None) -> Round:
        if len(self.rounds) >= self.total_rounds:
            raise ArisanError(
                f"Semua {self.total_rounds} putaran siklus ini sudah dibuka; siklus selesai."
            )
        unfinished = [r for r in self.rounds if not r.finished]
        if unfinished:
            raise ArisanError(
                f"Putaran {unfinished[0].number} belum selesai: undi dan bayar semua pemenangnya "
                "dulu sebelum membuka putaran berikutnya."
            )
        number = len(self.rounds) + 1
        if date is None:
            date = round_date(self.terms.start_date, self.terms.frequency, number)
        previous = self.rounds[-1].date if self.rounds else None
        if previous is not None and date < previous:
            raise ArisanError(
                f"Tanggal putaran {number} tidak boleh sebelum putaran {number - 1} "
                f"({previous.strftime('%d/%m/%Y')})."
            )
        # Every share owes, winners included: a member who has won keeps paying.
        contributions = {s: Contribution(s, self.terms.contribution) for s in sorted(self.shares)}
        rnd = Round(number, date, contributions)
        self.rounds.append(rnd)
        self.check()
        return rnd

    def record_payment(self, number: int, share: str, paid: int, paid_on: dt.date | None,
                       late: bool = False, collected_by: str | None = None) -> Contribution:  # fmt: skip
        """Set what a share has paid for a round (the total, so a mistake can be corrected)."""
        rnd = self.round(number)
        if share not in rnd.contributions:
            raise ArisanError("Bagian ini tidak ada dalam putaran tersebut.")
        if not isinstance(paid, int) or isinstance(paid, bool):
            raise ArisanError("Jumlah setoran harus bilangan bulat Rupiah.")
        c = rnd.contributions[share]
        if paid < 0:
            raise ArisanError("Jumlah setoran tidak boleh negatif.")
        if paid > c.due:
            raise ArisanError(
                f"Setoran {rupiah(paid)} melebihi iuran putaran ini ({rupiah(c.due)})."
            )
        if paid > 0 and paid_on is None:
            raise ArisanError("Tanggal bayar wajib diisi.")
        penalty = self.terms.late_penalty if (late and paid > 0) else 0
        delta = (paid - c.paid) + (penalty - c.penalty)
        if self.cash + delta < 0:
            raise ArisanError(
                "Koreksi ini membuat kas negatif: uangnya sudah dibayarkan kepada pemenang. "
                f"Kas saat ini {rupiah(self.cash)}."
            )
        c.paid, c.penalty, c.late = paid, penalty, bool(late and paid > 0)
        c.paid_on = paid_on if paid > 0 else None
        c.collected_by = collected_by if paid > 0 else None
        self.cash += delta
        self.check()
        return c

    def run_draw(self, number: int, seed: str | None = None, bids: dict[str, int] | None = None,
                 witnesses: str | None = None) -> DrawResult:  # fmt: skip
        rnd = self.round(number)
        if rnd.draw is not None:
            raise ArisanError(f"Putaran {number} sudah diundi.")
        eligible = self.eligible()
        if not eligible:
            raise ArisanError("Semua bagian sudah pernah menang dalam siklus ini.")
        k = self.terms.winners_per_round
        method = self.terms.method
        witnesses = (witnesses or "").strip() or None
        bids = {s: b for s, b in (bids or {}).items() if b}
        if rnd.voided_draws and not witnesses:
            raise ArisanError(
                "Undian ulang wajib disaksikan: tulis nama saksi (undian sebelumnya dibatalkan)."
            )
        if method in ("undian", "lelang") and not witnesses:
            raise ArisanError("Nama saksi undian wajib diisi.")
        if method == "lelang":
            for s, b in bids.items():
                if s not in eligible:
                    raise ArisanError("Hanya bagian yang belum menang boleh ikut lelang.")
                if not isinstance(b, int) or isinstance(b, bool) or b < 0:
                    raise ArisanError(
                        "Tawaran potongan harus bilangan bulat Rupiah, tidak negatif."
                    )
                if b > self.max_discount(rnd, min(k, len(eligible))):
                    raise ArisanError(
                        f"Tawaran potongan {rupiah(b)} melebihi hasil arisan yang bisa diterima."
                    )
        elif bids:
            raise ArisanError("Tawaran potongan hanya untuk arisan dengan cara lelang.")
        seed = seed or (None if method == "urutan" else new_seed())
        if method == "undian":
            chosen = draw(eligible, k, seed)
        elif method == "lelang":
            chosen = bidding(eligible, k, bids, seed)
        else:
            numbers = {s: self.shares[s].number for s in eligible}
            chosen = fixed_order(eligible, k, numbers)
        rnd.draw = DrawResult(method, seed, list(eligible), chosen, bids, witnesses)
        self.check()
        return rnd.draw

    def verify_draw(self, number: int) -> bool:
        """Re-run a stored draw from its seed, eligible list and bids: anyone can check it."""
        d = self.round(number).draw
        if d is None:
            return False
        k = len(d.winners)
        if d.method == "undian":
            again = draw(d.eligible, k, d.seed or "")
        elif d.method == "lelang":
            again = bidding(d.eligible, k, d.bids, d.seed or "")
        else:
            again = fixed_order(d.eligible, k, {s: self.shares[s].number for s in d.eligible})
        return again == d.winners

    def gross_for(self, rnd: Round, winners: int) -> int:
        return rnd.due_total // winners

    def max_discount(self, rnd: Round, winners: int) -> int:
        return max(0, self.gross_for(rnd, winners) - self.terms.cash_fee)

    def plan_payout(self, number: int, share: str, deduct_arrears: bool = True) -> PayoutPlan:
        rnd = self.round(number)
        if rnd.draw is None:
            raise ArisanError(f"Putaran {number} belum diundi.")
        if share not in rnd.draw.winners:
            raise ArisanError("Bagian ini bukan pemenang putaran tersebut.")
        if share in rnd.payouts:
            raise ArisanError("Pemenang ini sudah menerima pembayaran.")
        gross = self.gross_for(rnd, len(rnd.draw.winners))
        fee = min(self.terms.cash_fee, gross)
        discount = min(rnd.draw.bids.get(share, 0), gross - fee)
        room = gross - fee - discount
        settles: list[tuple[int, str, int]] = []
        deducted = 0
        if deduct_arrears:
            for r in self.rounds:
                c = r.contributions.get(share)
                if c is not None and c.outstanding > 0 and deducted < room:
                    amount = min(c.outstanding, room - deducted)
                    settles.append((r.number, share, amount))
                    deducted += amount
        net = room - deducted
        payout = Payout(share, gross, fee, discount, deducted, net)
        available = self.cash  # deducted arrears are settled from the pot: no cash moves for them
        if net > available:
            raise ArisanError(
                f"Kas tidak cukup untuk membayar pemenang: akan dibayar {rupiah(net)}, "
                f"uang yang sudah terkumpul {rupiah(available)}. Tagih setoran yang belum masuk dulu."
            )
        return PayoutPlan(payout, settles)

    def pay_out(self, number: int, share: str, paid_on: dt.date | None,
                received_by: str | None = None, deduct_arrears: bool = True) -> PayoutPlan:  # fmt: skip
        if paid_on is None:
            raise ArisanError("Tanggal pembayaran wajib diisi.")
        plan = self.plan_payout(number, share, deduct_arrears)
        plan.payout.settled = []
        for rnd_no, s, amount in plan.settles:
            c = self.rounds[rnd_no - 1].contributions[s]
            plan.payout.settled.append((rnd_no, amount, c.paid_on, c.collected_by))
            c.paid += amount
            c.paid_on = paid_on
            c.collected_by = ARREARS_COLLECTOR
            self.cash += amount
        plan.payout.paid_on = paid_on
        plan.payout.received_by = (received_by or "").strip() or None
        self.round(number).payouts[share] = plan.payout
        self.cash -= plan.payout.net + plan.payout.arrears_deducted
        self.check()
        return plan

    # --- corrections --------------------------------------------------------------------------

    @staticmethod
    def _reason(reason: str | None) -> str:
        reason = (reason or "").strip()
        if len(reason) < 5:
            raise ArisanError("Alasan wajib diisi (minimal 5 huruf), agar koreksi bisa diperiksa.")
        return reason

    def void_payout(self, number: int, share: str, reason: str | None,
                    on: dt.date | None) -> Payout:  # fmt: skip
        """Void a payout recorded by mistake: it is kept as voided, its money returns to the cash
        box and the arrears it settled are owed again. The winner may then be paid again."""
        rnd = self.round(number)
        p = rnd.payouts.get(share)
        if p is None:
            raise ArisanError(f"Tidak ada pembayaran yang berlaku untuk pemenang ini di putaran "
                              f"{number}.")  # fmt: skip
        reason = self._reason(reason)
        if on is None:
            raise ArisanError("Tanggal pembatalan wajib diisi.")
        if p.paid_on is not None and on < p.paid_on:
            raise ArisanError(
                f"Tanggal pembatalan tidak boleh sebelum tanggal pembayaran "
                f"({p.paid_on.strftime('%d/%m/%Y')})."
            )
        if p.settled is None and p.arrears_deducted:
            raise ArisanError(
                "Pembayaran ini memotong tunggakan dan dicatat sebelum fitur koreksi ada, sehingga "
                "setoran yang dilunasinya tidak diketahui pasti. Koreksi setorannya satu per satu."
            )
        settled = p.settled or []
        for rnd_no, amount, _on, _by in settled:
            c = self.rounds[rnd_no - 1].contributions[share]
            if c.paid < amount:
                raise ArisanError(
                    f"Setoran putaran {rnd_no} bagian ini sudah dikoreksi setelah pembayaran; "
                    "periksa setoran itu dulu."
                )
        for rnd_no, amount, prev_on, prev_by in settled:
            c = self.rounds[rnd_no - 1].contributions[share]
            c.paid -= amount
            c.paid_on, c.collected_by = (prev_on, prev_by) if c.paid else (None, None)
            self.cash -= amount
        del rnd.payouts[share]
        p.void_reason, p.voided_on = reason, on
        rnd.voided_payouts.append(p)
        self.cash += p.net + p.arrears_deducted
        self.check()
        return p

    def void_draw(self, number: int, reason: str | None, on: dt.date | None) -> DrawResult:
        """Void a draw with a reason (only when none of its winners holds a live payout): its
        winners may win again, and the round is drawn again before witnesses."""
        rnd = self.round(number)
        if rnd.draw is None:
            raise ArisanError(f"Putaran {number} belum diundi.")
        if rnd.payouts:
            raise ArisanError(
                f"Pemenang putaran {number} sudah dibayar. Batalkan dulu pembayarannya (dengan "
                "alasan), baru undiannya."
            )
        reason = self._reason(reason)
        if on is None:
            raise ArisanError("Tanggal pembatalan wajib diisi.")
        d = rnd.draw
        d.void_reason, d.voided_on = reason, on
        rnd.voided_draws.append(d)
        rnd.draw = None
        self.check()
        return d

    def change_terms(self, terms: Terms) -> None:
        """New terms for the cycle, only while no round has been opened."""
        if self.rounds:
            raise ArisanError(
                f"Syarat siklus tidak bisa diubah lagi: putaran 1 sudah dibuka "
                f"({len(self.rounds)} putaran berjalan). Syarat hanya bisa diubah sebelum putaran "
                "pertama dibuka."
            )
        terms.validate()
        if terms.winners_per_round > len(self.shares):
            raise ArisanError("Jumlah pemenang per putaran melebihi jumlah bagian.")
        self.terms = terms
        self.check()

    def transfer_share(self, share: str, to_member: str, on: dt.date | None,
                       reason: str | None) -> Share:  # fmt: skip
        """Pass a share to another member: rounds already opened stay with the previous holder."""
        s = self.shares.get(share)
        if s is None:
            raise ArisanError("Bagian arisan tidak ditemukan.")
        if not to_member:
            raise ArisanError("Pilih anggota penerima bagian.")
        if to_member == s.member:
            raise ArisanError("Bagian ini sudah dipegang anggota tersebut.")
        if self.finished:
            raise ArisanError("Siklus sudah selesai; bagian tidak bisa dialihkan lagi.")
        reason = self._reason(reason)
        if on is None:
            raise ArisanError("Tanggal pengalihan wajib diisi.")
        if s.history and s.history[-1].date and on < s.history[-1].date:
            raise ArisanError("Tanggal pengalihan tidak boleh sebelum pengalihan sebelumnya.")
        t = Transfer(len(self.rounds) + 1, s.member, to_member, on, reason)
        new = Share(s.id, to_member, s.number, (*s.history, t))
        self.shares[share] = new
        self.check()
        return new

    # --- invariants ---------------------------------------------------------------------------

    def check(self) -> None:
        """Raise ``InvariantBroken`` when the books do not add up (never for user input)."""
        seen: set[str] = set()
        for rnd in self.rounds:
            if set(rnd.contributions) != set(self.shares):
                raise InvariantBroken(f"round {rnd.number}: not every share owes")
            for c in rnd.contributions.values():
                if c.due != self.terms.contribution:
                    raise InvariantBroken("a contribution's due differs from the cycle's")
                if not 0 <= c.paid <= c.due or c.penalty < 0:
                    raise InvariantBroken("paid outside 0..due or negative penalty")
            if rnd.draw is not None:
                for w in rnd.draw.winners:
                    if w in seen:
                        raise InvariantBroken(f"share {w} won twice")
                    if w not in rnd.draw.eligible:
                        raise InvariantBroken("winner was not eligible")
                    seen.add(w)
            for s, p in rnd.payouts.items():
                if rnd.draw is None or s not in rnd.draw.winners:
                    raise InvariantBroken("payout to a non-winner")
                if p.gross - p.fee - p.discount - p.arrears_deducted != p.net or p.net < 0:
                    raise InvariantBroken("payout arithmetic")
                if p.settled is not None and sum(a for _, a, _, _ in p.settled) != (
                        p.arrears_deducted):  # fmt: skip
                    raise InvariantBroken("settled arrears differ from the deduction")
                if p.void_reason:
                    raise InvariantBroken("a voided payout still counts")
            if rnd.draw is not None and rnd.draw.void_reason:
                raise InvariantBroken("a voided draw still counts")
            if any(not d.void_reason for d in rnd.voided_draws) or any(
                    not p.void_reason for p in rnd.voided_payouts):  # fmt: skip
                raise InvariantBroken("voided without a reason")
        if self.cash != self.cash_on_hand():
            raise InvariantBroken(f"running cash {self.cash} != books {self.cash_on_hand()}")
        if self.paid_out() + self.cash_on_hand() != self.collected() + self.penalties():
            raise InvariantBroken("payouts + cash != collected + penalties")
        if self.cash < 0:
            raise InvariantBroken("paid out more than was collected")
        if len(self.rounds) > self.total_rounds:
            raise InvariantBroken("more rounds than the cycle has")
        for sh in self.shares.values():
            if sh.history and sh.history[-1].to_member != sh.member:
                raise InvariantBroken(f"share {sh.id}: holder differs from its history")

    @classmethod
    def restore(cls, terms: Terms, shares: list[Share], rounds: list[Round]) -> Ledger:
        """Rebuild from stored rows and check them: stored books that break a rule are refused."""
        ledger = cls(terms, shares)
        ledger.rounds = sorted(rounds, key=lambda r: r.number)
        if [r.number for r in ledger.rounds] != list(range(1, len(ledger.rounds) + 1)):
            raise InvariantBroken("round numbers are not 1..n")
        ledger.cash = ledger.cash_on_hand()
        ledger.check()
        return ledger

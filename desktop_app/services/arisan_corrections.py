"""Corrections a treasurer needs: void a payout or a draw (with a reason, kept in the books), change
a cycle's terms before its first round, pass a share to another member. The rules are in
``domain.arisan`` ("Corrections"); here each change is loaded, checked by the ``Ledger`` before
anything is written, then stored through ``records.save`` in one transaction (versions + audit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain import arisan as A
from desktop_app.domain.formatting import format_rupiah
from desktop_app.services import records
from desktop_app.services.arisan import (
    ArisanError,
    Loaded,
    _db,
    _history_json,
    _member_names,
    _round_row,
    cycle_of_round,
    load,
    share_labels,
)
from desktop_app.services.context import Actor
from desktop_app.storage.models import ArisanDraw, ArisanPayout, GroupMembership


def void_payout(actor: Actor, round_id: str, share_id: str, *, reason: str | None,
                on: dt.date | None) -> ArisanPayout:  # fmt: skip
    """Void the live payout of ``share_id`` in a round. The row stays, marked void with the reason;
    the arrears it settled by deduction are owed again; the winner can then be paid again."""
    with _db().atomic():
        loaded = load(cycle_of_round(round_id))
        row = _round_row(loaded, round_id)
        payout = loaded.ledger.round(row.number).payouts.get(share_id)
        settled = list(payout.settled or []) if payout else []
        loaded.ledger.void_payout(row.number, share_id, reason, on)
        stored = (ArisanPayout.alive()
                  .where((ArisanPayout.round == round_id) & (ArisanPayout.share == share_id)
                         & ArisanPayout.void_reason.is_null()).first())  # fmt: skip
        if stored is None:  # the ledger found it, so the row exists
            raise ArisanError("Pembayaran tidak ditemukan.")
        for number, _amount, _on, _by in settled:
            c = loaded.ledger.round(number).contributions[share_id]
            c_row = loaded.contributions[(number, share_id)]
            c_row.paid, c_row.paid_on, c_row.collected_by = c.paid, c.paid_on, c.collected_by
            records.save(c_row, actor)
        stored.void_reason, stored.voided_on = (reason or "").strip(), on
        records.save(stored, actor)
        row.status = loaded.ledger.round(row.number).status
        records.save(row, actor)
        if loaded.cycle.status == "selesai" and not loaded.ledger.finished:
            loaded.cycle.status = "berjalan"
            records.save(loaded.cycle, actor)
    return stored


def void_draw(actor: Actor, round_id: str, *, reason: str | None,
              on: dt.date | None) -> ArisanDraw:  # fmt: skip
    """Void a round's draw (its payouts must be voided first); the round is drawn again, before
    named witnesses."""
    with _db().atomic():
        loaded = load(cycle_of_round(round_id))
        row = _round_row(loaded, round_id)
        loaded.ledger.void_draw(row.number, reason, on)
        stored = (ArisanDraw.alive()
                  .where((ArisanDraw.round == round_id) & ArisanDraw.void_reason.is_null())
                  .first())  # fmt: skip
        if stored is None:
            raise ArisanError("Undian tidak ditemukan.")
        stored.void_reason, stored.voided_on = (reason or "").strip(), on
        records.save(stored, actor)
        row.status = loaded.ledger.round(row.number).status
        records.save(row, actor)
    return stored


def change_terms(actor: Actor, cycle_id: str, *, contribution: int, frequency: str,
                 winners_per_round: int, method: str, cash_fee: int, late_penalty: int,
                 start_date: dt.date | None):  # fmt: skip
    """New terms for a cycle whose first round has not been opened."""
    if start_date is None:
        raise ArisanError("Tanggal mulai wajib diisi.")
    with _db().atomic():
        loaded = load(cycle_id)
        terms = A.Terms(contribution, winners_per_round, method, frequency, cash_fee, late_penalty,
                        start_date)  # fmt: skip
        loaded.ledger.change_terms(terms)
        c = loaded.cycle
        c.contribution, c.frequency, c.method = contribution, frequency, method
        c.winners_per_round, c.cash_fee = winners_per_round, cash_fee
        c.late_penalty, c.start_date = late_penalty, start_date
        records.save(c, actor)
    return c


def transfer_share(actor: Actor, share_id: str, to_membership_id: str | None, *,
                   on: dt.date | None, reason: str | None):  # fmt: skip
    """Pass a share to another active member of the same group; earlier rounds (and their arrears)
    stay with the previous holder."""
    from desktop_app.storage.models import ArisanShare

    share = ArisanShare.alive().where(ArisanShare.id == share_id).first()
    if share is None:
        raise ArisanError("Bagian arisan tidak ditemukan.")
    with _db().atomic():
        loaded = load(share.cycle_id)
        if to_membership_id:
            member = GroupMembership.alive().where(GroupMembership.id == to_membership_id).first()
            if member is None or member.group_id != loaded.cycle.group_id:
                raise ArisanError("Penerima bagian harus anggota kelompok ini.")
            if member.status != "aktif":
                raise ArisanError("Penerima bagian harus anggota yang masih aktif.")
        new = loaded.ledger.transfer_share(share_id, to_membership_id or "", on, reason)
        row = loaded.share_rows[share_id]
        row.membership = new.member
        row.history = _history_json(new.history)
        records.save(row, actor)
    return row


# --- the history of corrections, for the ledger view and the recap ------------------------------


@dataclass
class CorrectionRow:
    date: dt.date | None
    kind: str  # "Pembayaran dibatalkan" / "Undian dibatalkan" / "Bagian dialihkan"
    round: int | None
    detail: str
    reason: str


def corrections(cycle: str | Loaded) -> list[CorrectionRow]:
    """Every voided payout and draw and every passed-on share of a cycle, oldest first."""
    loaded = cycle if isinstance(cycle, Loaded) else load(cycle)
    labels = share_labels(loaded)
    names = _member_names(loaded)
    out: list[CorrectionRow] = []
    for rnd in loaded.ledger.rounds:
        for d in rnd.voided_draws:
            won = "; ".join(labels.get(w, w) for w in d.winners)
            out.append(CorrectionRow(d.voided_on, "Undian dibatalkan", rnd.number,
                                     f"Pemenang semula: {won}. Saksi: {d.witnesses or '-'}",
                                     d.void_reason or ""))  # fmt: skip
        for p in rnd.voided_payouts:
            out.append(CorrectionRow(
                p.voided_on, "Pembayaran dibatalkan", rnd.number,
                f"{labels.get(p.share, p.share)}: bersih {format_rupiah(p.net)} pada "
                f"{p.paid_on.strftime('%d/%m/%Y') if p.paid_on else '-'}, diterima "
                f"{p.received_by or '-'}", p.void_reason or ""))  # fmt: skip
    for s in sorted(loaded.ledger.shares.values(), key=lambda s: s.number):
        for t in s.history:
            out.append(CorrectionRow(
                t.date, "Bagian dialihkan", None,
                f"Bagian {s.number}: {names.get(t.from_member, '?')} → "
                f"{names.get(t.to_member, '?')} (mulai putaran {t.from_round})", t.reason))  # fmt: skip
    return sorted(out, key=lambda r: (r.date or dt.date.min, r.round or 0))

"""Use cases of the arisan ledger. The rules live in ``domain.arisan``; this module loads a cycle
into a ``Ledger``, asks it to make the change (it refuses anything that breaks a rule, before any
write), then stores what changed through ``records.save`` in one transaction.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import peewee as pw

from desktop_app.domain import arisan as A
from desktop_app.domain import codes
from desktop_app.domain.formatting import (
    format_date,
    format_date_long,
    format_number,
    format_rupiah,
)
from desktop_app.services import records
from desktop_app.services.context import Actor
from desktop_app.services.groups import get_group, officers
from desktop_app.storage.models import (
    ArisanContribution,
    ArisanCycle,
    ArisanDraw,
    ArisanPayout,
    ArisanRound,
    ArisanShare,
    GroupMembership,
    Person,
)

ArisanError = A.ArisanError


def _db() -> pw.Database:
    return ArisanCycle._meta.database


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def get_cycle(cycle_id: str) -> ArisanCycle:
    cycle = ArisanCycle.alive().where(ArisanCycle.id == cycle_id).first()
    if cycle is None:
        raise ArisanError("Siklus arisan tidak ditemukan.")
    return cycle


def cycles(group_id: str) -> list[ArisanCycle]:
    return list(
        ArisanCycle.alive().where(ArisanCycle.group == group_id).order_by(ArisanCycle.start_date)
    )


def terms_of(cycle: ArisanCycle) -> A.Terms:
    return A.Terms(cycle.contribution, cycle.winners_per_round, cycle.method, cycle.frequency,
                   cycle.cash_fee, cycle.late_penalty, cycle.start_date)  # fmt: skip


def create_cycle(actor: Actor, group_id: str, *, name: str, contribution: int, frequency: str,
                 winners_per_round: int, method: str, cash_fee: int = 0, late_penalty: int = 0,
                 start_date: dt.date | None, shares: Mapping[str, int]) -> ArisanCycle:  # fmt: skip
    """``shares``: membership id -> number of shares that member holds (0 = not taking part)."""
    group = get_group(group_id)
    name_ = _text(name)
    if not name_:
        raise ArisanError("Nama siklus wajib diisi.")
    if start_date is None:
        raise ArisanError("Tanggal mulai wajib diisi.")
    terms = A.Terms(contribution, winners_per_round, method, frequency, cash_fee, late_penalty,
                    start_date)  # fmt: skip
    terms.validate()
    active = {m.id: m for m in GroupMembership.alive().where(
        (GroupMembership.group == group.id) & (GroupMembership.status == "aktif"))}  # fmt: skip
    ordered: list[str] = []
    for membership_id, count in shares.items():
        if count < 0 or count > 10:
            raise ArisanError("Jumlah bagian per anggota antara 0 dan 10.")
        if count and membership_id not in active:
            raise ArisanError("Hanya anggota aktif kelompok ini yang bisa ikut arisan.")
        ordered += [membership_id] * count
    if not ordered:
        raise ArisanError("Pilih minimal satu anggota yang ikut arisan.")
    if winners_per_round > len(ordered):
        raise ArisanError("Jumlah pemenang per putaran melebihi jumlah bagian.")
    with _db().atomic():
        cycle = ArisanCycle(group=group.id, name=name_, contribution=contribution,
                            frequency=frequency, winners_per_round=winners_per_round,
                            method=method, cash_fee=cash_fee, late_penalty=late_penalty,
                            start_date=start_date, status="berjalan")  # fmt: skip
        records.save(cycle, actor)
        for number, membership_id in enumerate(ordered, start=1):
            records.save(
                ArisanShare(cycle=cycle.id, membership=membership_id, number=number), actor
            )
    return cycle


# --- loading the ledger -------------------------------------------------------------------------


@dataclass
class Loaded:
    cycle: ArisanCycle
    ledger: A.Ledger
    rounds: dict[int, ArisanRound]
    contributions: dict[tuple[int, str], ArisanContribution]
    share_rows: dict[str, ArisanShare]
    names: dict[str, str] | None = None  # membership id -> person name, loaded when needed


def load(cycle_id: str) -> Loaded:
    """The cycle as a checked ``Ledger``. Stored rows that break a rule (e.g. a round drawn twice
    after merging another device's workbook) are refused with a message, never shown as if fine."""
    cycle = get_cycle(cycle_id)

    def broken(detail: str) -> ArisanError:
        return ArisanError(
            f"Buku arisan '{cycle.name}' tidak seimbang ({detail}). Periksa data yang diimpor."
        )

    share_rows = {s.id: s for s in ArisanShare.alive().where(ArisanShare.cycle == cycle.id)}
    shares = [A.Share(s.id, s.membership_id, s.number, _history(s.history))
              for s in share_rows.values()]  # fmt: skip
    round_rows: dict[int, ArisanRound] = {}
    for r in ArisanRound.alive().where(ArisanRound.cycle == cycle.id):
        if r.number in round_rows:
            raise broken(f"putaran {r.number} tercatat dua kali")
        round_rows[r.number] = r
    by_round_id = {r.id: r.number for r in round_rows.values()}
    contributions: dict[tuple[int, str], ArisanContribution] = {}
    domain_rounds = {n: A.Round(n, r.date, {}) for n, r in round_rows.items()}
    ids = list(by_round_id)
    for c in ArisanContribution.alive().where(ArisanContribution.round.in_(ids)):
        n = by_round_id[c.round_id]
        if (n, c.share_id) in contributions:
            raise broken(f"setoran bagian yang sama tercatat dua kali di putaran {n}")
        contributions[(n, c.share_id)] = c
        domain_rounds[n].contributions[c.share_id] = A.Contribution(
            c.share_id, c.due, c.paid, c.paid_on, c.collected_by, c.late, c.penalty)  # fmt: skip
    for d in ArisanDraw.alive().where(ArisanDraw.round.in_(ids)).order_by(ArisanDraw.drawn_at):
        rnd = domain_rounds[by_round_id[d.round_id]]
        result = A.DrawResult(
            d.method, d.seed, json.loads(d.eligible), json.loads(d.winners),
            {k: int(v) for k, v in json.loads(d.bids or "{}").items()}, d.witnesses,
            d.void_reason, d.voided_on)  # fmt: skip
        if d.void_reason:
            rnd.voided_draws.append(result)
            continue
        if rnd.draw is not None:
            raise broken(f"putaran {rnd.number} diundi dua kali")
        rnd.draw = result
    for p in ArisanPayout.alive().where(ArisanPayout.round.in_(ids)).order_by(
            ArisanPayout.created_at):  # fmt: skip
        rnd = domain_rounds[by_round_id[p.round_id]]
        payout = A.Payout(
            p.share_id, p.gross, p.fee, p.discount, p.arrears_deducted, p.net, p.paid_on,
            p.received_by, _settled(p.settled), p.void_reason, p.voided_on)  # fmt: skip
        if p.void_reason:
            rnd.voided_payouts.append(payout)
            continue
        if p.share_id in rnd.payouts:
            raise broken(f"pemenang putaran {rnd.number} dibayar dua kali")
        rnd.payouts[p.share_id] = payout
    try:
        ledger = A.Ledger.restore(terms_of(cycle), shares, list(domain_rounds.values()))
    except (A.InvariantBroken, A.ArisanError) as exc:
        raise broken(str(exc)) from exc
    return Loaded(cycle, ledger, round_rows, contributions, share_rows)


def _history(text: str | None) -> tuple[A.Transfer, ...]:
    out = []
    for t in json.loads(text or "[]"):
        day = dt.date.fromisoformat(t["date"]) if t.get("date") else None
        out.append(A.Transfer(int(t["from_round"]), t["from"], t["to"], day, t.get("reason", "")))
    return tuple(out)


def _history_json(history: tuple[A.Transfer, ...]) -> str | None:
    if not history:
        return None
    return json.dumps([{"from_round": t.from_round, "from": t.from_member, "to": t.to_member,
                        "date": t.date.isoformat() if t.date else None, "reason": t.reason}
                       for t in history], ensure_ascii=False)  # fmt: skip


def _settled(text: str | None) -> list[tuple[int, int, dt.date | None, str | None]] | None:
    if text is None:
        return None  # recorded before corrections existed: unknown
    return [(int(n), int(a), dt.date.fromisoformat(d) if d else None, by)
            for n, a, d, by in json.loads(text)]  # fmt: skip


def _settled_json(settled: list | None) -> str | None:
    if settled is None:
        return None
    return json.dumps([[n, a, d.isoformat() if d else None, by] for n, a, d, by in settled],
                      ensure_ascii=False)  # fmt: skip


def check_books(cycle_ids: list[str] | None = None) -> list[str]:
    """Re-check stored cycles against the ledger rules (after an import or merge from another
    device, which may bring e.g. a second draw of the same round); one Indonesian line per broken
    cycle, empty when all balance."""
    query = ArisanCycle.alive()
    if cycle_ids is not None:
        query = query.where(ArisanCycle.id.in_(cycle_ids))
    problems = []
    for cycle in query:
        try:
            load(cycle.id)
        except A.ArisanError as exc:
            problems.append(str(exc))
    return problems


def _round_row(loaded: Loaded, round_id: str) -> ArisanRound:
    for r in loaded.rounds.values():
        if r.id == round_id:
            return r
    raise ArisanError("Putaran tidak ditemukan.")


def cycle_of_round(round_id: str) -> str:
    row = ArisanRound.alive().where(ArisanRound.id == round_id).first()
    if row is None:
        raise ArisanError("Putaran tidak ditemukan.")
    return row.cycle_id


# --- changes ------------------------------------------------------------------------------------


def open_round(actor: Actor, cycle_id: str, date: dt.date | None = None) -> ArisanRound:
    with _db().atomic():
        loaded = load(cycle_id)
        rnd = loaded.ledger.open_round(date)
        row = ArisanRound(cycle=cycle_id, number=rnd.number, date=rnd.date, status=rnd.status)
        records.save(row, actor)
        for c in rnd.contributions.values():
            records.save(ArisanContribution(round=row.id, share=c.share, due=c.due, paid=0,
                                            late=False, penalty=0), actor)  # fmt: skip
    return row


def record_payment(actor: Actor, contribution_id: str, *, paid: int, paid_on: dt.date | None,
                   late: bool = False, collected_by: str | None = None) -> ArisanContribution:  # fmt: skip
    """Set what a share has paid for a round (the total for that round)."""
    row = ArisanContribution.alive().where(ArisanContribution.id == contribution_id).first()
    if row is None:
        raise ArisanError("Setoran tidak ditemukan.")
    with _db().atomic():
        loaded = load(cycle_of_round(row.round_id))
        number = next(n for n, r in loaded.rounds.items() if r.id == row.round_id)
        c = loaded.ledger.record_payment(number, row.share_id, paid, paid_on, late,
                                         _text(collected_by))  # fmt: skip
        row.paid, row.paid_on, row.collected_by = c.paid, c.paid_on, c.collected_by
        row.late, row.penalty = c.late, c.penalty
        records.save(row, actor)
    return row


def record_full_payments(actor: Actor, round_id: str, contribution_ids: list[str], *,
                         paid_on: dt.date | None, collected_by: str | None = None) -> int:  # fmt: skip
    """Mark several shares as paid in full for a round (the usual meeting): all or nothing."""
    if paid_on is None:
        raise ArisanError("Tanggal bayar wajib diisi.")
    with _db().atomic():
        loaded = load(cycle_of_round(round_id))
        row = _round_row(loaded, round_id)
        rnd = loaded.ledger.round(row.number)
        late = bool(paid_on and rnd.date and paid_on > rnd.date)
        stored = {c.id: c for c in loaded.contributions.values() if c.round_id == round_id}
        count = 0
        for cid in contribution_ids:
            c_row = stored.get(cid)
            if c_row is None:
                raise ArisanError("Setoran tidak ada dalam putaran ini.")
            c = rnd.contributions[c_row.share_id]
            if c.outstanding == 0:
                continue
            c = loaded.ledger.record_payment(row.number, c_row.share_id, c.due, paid_on, late,
                                             _text(collected_by))  # fmt: skip
            c_row.paid, c_row.paid_on, c_row.collected_by = c.paid, c.paid_on, c.collected_by
            c_row.late, c_row.penalty = c.late, c.penalty
            records.save(c_row, actor)
            count += 1
    return count


def run_draw(actor: Actor, round_id: str, *, witnesses: str | None,
             bids: Mapping[str, int] | None = None, seed: str | None = None) -> ArisanDraw:  # fmt: skip
    with _db().atomic():
        loaded = load(cycle_of_round(round_id))
        row = _round_row(loaded, round_id)
        result = loaded.ledger.run_draw(row.number, seed, dict(bids or {}), witnesses)
        draw = ArisanDraw(round=row.id, method=result.method, seed=result.seed,
                          eligible=json.dumps(result.eligible), winners=json.dumps(result.winners),
                          witnesses=result.witnesses,
                          bids=json.dumps(result.bids, sort_keys=True) if result.bids else None,
                          drawn_at=dt.datetime.now().replace(microsecond=0))  # fmt: skip
        records.save(draw, actor)
        row.status = loaded.ledger.round(row.number).status
        records.save(row, actor)
    return draw


def plan_payout(round_id: str, share_id: str, deduct_arrears: bool = True) -> A.Payout:
    loaded = load(cycle_of_round(round_id))
    row = _round_row(loaded, round_id)
    return loaded.ledger.plan_payout(row.number, share_id, deduct_arrears).payout


def record_payout(actor: Actor, round_id: str, share_id: str, *, paid_on: dt.date | None,
                  received_by: str | None, deduct_arrears: bool = True) -> ArisanPayout:  # fmt: skip
    with _db().atomic():
        loaded = load(cycle_of_round(round_id))
        row = _round_row(loaded, round_id)
        plan = loaded.ledger.pay_out(row.number, share_id, paid_on, received_by, deduct_arrears)
        for number, share, _amount in plan.settles:
            c = loaded.ledger.round(number).contributions[share]
            stored = loaded.contributions[(number, share)]
            stored.paid, stored.paid_on, stored.collected_by = c.paid, c.paid_on, c.collected_by
            records.save(stored, actor)
        p = plan.payout
        payout = ArisanPayout(round=row.id, share=share_id, gross=p.gross, fee=p.fee,
                              discount=p.discount, arrears_deducted=p.arrears_deducted, net=p.net,
                              paid_on=p.paid_on, received_by=p.received_by,
                              settled=_settled_json(p.settled))  # fmt: skip
        records.save(payout, actor)
        row.status = loaded.ledger.round(row.number).status
        records.save(row, actor)
        if loaded.ledger.finished and loaded.cycle.status != "selesai":
            loaded.cycle.status = "selesai"
            records.save(loaded.cycle, actor)
    return payout


# --- reports ------------------------------------------------------------------------------------


def _member_names(loaded: Loaded) -> dict[str, str]:
    """membership id -> person name."""
    if loaded.names is not None:
        return loaded.names
    ids = {m for s in loaded.ledger.shares.values() for m in s.members}
    query = (GroupMembership.select(GroupMembership.id, Person.name).join(Person)
             .where(GroupMembership.id.in_(list(ids))).tuples())  # fmt: skip
    loaded.names = dict(query)
    return loaded.names


def share_labels(loaded: Loaded, number: int | None = None) -> dict[str, str]:
    """share id -> "Nama (bagian 3)" so members with several shares are told apart; the holder in
    round ``number`` (a share may have been passed on since), else the current holder."""
    names = _member_names(loaded)
    shares = loaded.ledger.shares
    return {s.id: f"{names.get(shares[s.id].holder_at(number) if number else s.membership_id, '?')}"
                  f" (bagian {s.number})" for s in loaded.share_rows.values()}  # fmt: skip


@dataclass
class Summary:
    name: str
    method: str
    frequency: str
    contribution: int
    shares: int
    members: int
    winners_per_round: int
    rounds_total: int
    rounds_opened: int
    collected: int
    penalties: int
    paid_out: int
    cash_on_hand: int
    arrears: int
    status: str


def _loaded(cycle: str | Loaded) -> Loaded:
    return cycle if isinstance(cycle, Loaded) else load(cycle)


def summary(cycle: str | Loaded) -> Summary:
    loaded = _loaded(cycle)
    led, c = loaded.ledger, loaded.cycle
    return Summary(c.name, codes.label(codes.ARISAN_METHOD, c.method),
                   codes.label(codes.ARISAN_FREQUENCY, c.frequency), c.contribution,
                   len(led.shares), len({s.member for s in led.shares.values()}),
                   c.winners_per_round, led.total_rounds, len(led.rounds), led.collected(),
                   led.penalties(), led.paid_out(), led.cash_on_hand(),
                   sum(led.arrears_by_member().values()),
                   "Selesai" if led.finished else "Berjalan")  # fmt: skip


@dataclass
class ScheduleRow:
    number: int
    date: dt.date | None
    opened: bool
    status: str
    round_id: str | None
    winners: list[str]
    net_paid: int


STATUS_LABEL = {"dibuka": "Dibuka", "diundi": "Sudah diundi", "selesai": "Selesai",
                "belum": "Belum dibuka"}  # fmt: skip


def schedule(cycle: str | Loaded) -> list[ScheduleRow]:
    """Every round of the cycle, played or planned, and who won it."""
    loaded = _loaded(cycle)
    led = loaded.ledger
    rows = []
    for number in range(1, led.total_rounds + 1):
        if number <= len(led.rounds):
            rnd = led.round(number)
            labels = share_labels(loaded, number)
            winners = [labels.get(w, w) for w in (rnd.draw.winners if rnd.draw else [])]
            rows.append(ScheduleRow(number, rnd.date, True, STATUS_LABEL[rnd.status],
                                    loaded.rounds[number].id, winners,
                                    sum(p.net for p in rnd.payouts.values())))  # fmt: skip
        else:
            date = A.round_date(led.terms.start_date, led.terms.frequency, number)
            rows.append(ScheduleRow(number, date, False, STATUS_LABEL["belum"], None, [], 0))
    return rows


@dataclass
class ArrearsRow:
    membership_id: str
    name: str
    shares: int
    due: int
    paid: int
    penalties: int
    arrears: int
    won: str  # "Putaran 2" / "Putaran 2, 5" / ""


def arrears(cycle: str | Loaded) -> list[ArrearsRow]:
    """Per member, over the rounds opened so far; winners included (they keep paying)."""
    loaded = _loaded(cycle)
    led = loaded.ledger
    names = _member_names(loaded)
    winners = led.winners()
    out: dict[str, ArrearsRow] = {}

    def row_of(member: str) -> ArrearsRow:
        return out.setdefault(member, ArrearsRow(member, names.get(member, "?"), 0, 0, 0, 0, 0,
                                                 ""))  # fmt: skip

    for s in sorted(led.shares.values(), key=lambda s: s.number):
        row_of(s.member).shares += 1  # shares held now; earlier holders keep their rounds
        for rnd in led.rounds:
            c = rnd.contributions[s.id]
            row = row_of(s.holder_at(rnd.number))
            row.due += c.due
            row.paid += c.paid
            row.penalties += c.penalty
        if s.id in winners:
            row = row_of(s.holder_at(winners[s.id]))
            row.won = ", ".join(filter(None, [row.won, f"Putaran {winners[s.id]}"]))
    for row in out.values():
        row.arrears = row.due - row.paid
    return sorted(out.values(), key=lambda r: (-r.arrears, r.name))


@dataclass
class ContributionRow:
    id: str
    share_id: str
    share_number: int
    name: str
    due: int
    paid: int
    paid_on: dt.date | None
    collected_by: str
    late: bool
    penalty: int
    won_round: int | None


def round_sheet(round_id: str, loaded: Loaded | None = None) -> list[ContributionRow]:
    loaded = loaded or load(cycle_of_round(round_id))
    row = _round_row(loaded, round_id)
    names = _member_names(loaded)
    winners = loaded.ledger.winners()
    out = []
    for share_id, c in loaded.ledger.round(row.number).contributions.items():
        share = loaded.share_rows[share_id]
        stored = loaded.contributions[(row.number, share_id)]
        out.append(ContributionRow(stored.id, share_id, share.number,
                                   names.get(loaded.ledger.shares[share_id].holder_at(row.number),
                                             "?"), c.due, c.paid, c.paid_on,
                                   c.collected_by or "", c.late, c.penalty,
                                   winners.get(share_id)))  # fmt: skip
    return sorted(out, key=lambda r: r.share_number)


@dataclass
class RoundInfo:
    id: str
    number: int
    date: dt.date | None
    status: str
    winners: list[tuple[str, str]]  # (share id, label)
    paid: dict[str, A.Payout]
    draw: A.DrawResult | None
    eligible: list[tuple[str, str]]  # shares that may still win (for bids)
    verified: bool  # re-running the stored draw gives the stored winners
    voided_draws: list[A.DrawResult] = field(default_factory=list)
    voided_payouts: list[A.Payout] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # share id -> label, for voided rows


def round_info(round_id: str, loaded: Loaded | None = None) -> RoundInfo:
    loaded = loaded or load(cycle_of_round(round_id))
    row = _round_row(loaded, round_id)
    rnd = loaded.ledger.round(row.number)
    labels = share_labels(loaded, row.number)
    winners = [(w, labels.get(w, w)) for w in (rnd.draw.winners if rnd.draw else [])]
    current = share_labels(loaded)
    eligible = sorted(((s, current[s]) for s in loaded.ledger.eligible()),
                      key=lambda x: loaded.share_rows[x[0]].number)  # fmt: skip
    return RoundInfo(row.id, row.number, rnd.date, STATUS_LABEL[rnd.status], winners,
                     dict(rnd.payouts), rnd.draw, eligible, loaded.ledger.verify_draw(row.number),
                     list(rnd.voided_draws), list(rnd.voided_payouts), labels)  # fmt: skip


def next_round_date(cycle_id: str) -> dt.date:
    return load(cycle_id).ledger.next_round_date()


@dataclass
class TabView:
    """Everything the arisan tab shows, from one load of the ledger."""

    summary: Summary
    schedule: list[ScheduleRow]
    arrears: list[ArrearsRow]
    sheet: list[ContributionRow]
    info: RoundInfo | None
    loaded: Loaded | None = None  # the ledger these came from, for further figures without a load


def tab_view(cycle_id: str, round_id: str | None = None) -> TabView:
    """The tab of a cycle with ``round_id`` shown (the latest round when None or unknown)."""
    loaded = load(cycle_id)
    if round_id is not None and not any(r.id == round_id for r in loaded.rounds.values()):
        round_id = None
    if round_id is None and loaded.rounds:  # the latest round by default
        round_id = loaded.rounds[max(loaded.rounds)].id
    return TabView(summary(loaded), schedule(loaded), arrears(loaded),
                   round_sheet(round_id, loaded) if round_id else [],
                   round_info(round_id, loaded) if round_id else None, loaded)  # fmt: skip


# --- round recap (printable; the UI renders this HTML to PDF with Qt) ----------------------------


def round_recap_html(round_id: str) -> str:
    """A one-page recap of a round for the group's meeting: contributions, draw, payout, cash."""
    loaded = load(cycle_of_round(round_id))
    row = _round_row(loaded, round_id)
    led = loaded.ledger
    rnd = led.round(row.number)
    group = get_group(loaded.cycle.group_id)
    labels = share_labels(loaded, row.number)  # who held each share in this round
    heads = officers(group.id)
    e = html.escape
    rp = format_rupiah
    num = format_number
    lines = [
        "<html><head><meta charset='utf-8'><style>"
        "body{font-family:sans-serif;font-size:8pt} h1{font-size:13pt;margin:0}"
        "h2{font-size:11pt;margin-top:10px} table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #777;padding:2px 4px} td,th{white-space:nowrap} th{background:#ddd}"
        ".n{text-align:right} .w{white-space:normal}</style></head><body>",
        f"<h1>Rekap Arisan — {e(group.name)}</h1>",
        f"<p>{e(loaded.cycle.name)} · Putaran {rnd.number} dari {led.total_rounds} · "
        f"Tanggal {e(format_date_long(rnd.date))} · Iuran {e(rp(led.terms.contribution))} per bagian"
        f" · Cara: {e(codes.label(codes.ARISAN_METHOD, led.terms.method))}</p>",
        "<h2>Setoran <small>(jumlah dalam Rupiah)</small></h2><table width='100%' cellspacing='0'><tr><th>No.</th><th>Anggota</th><th>Iuran</th><th>Dibayar</th>"
        "<th>Tgl. bayar</th><th>Diterima oleh</th><th>Telat</th><th>Denda</th>"
        "<th>Tunggakan</th></tr>",
    ]
    for c in sorted(rnd.contributions.values(), key=lambda c: loaded.share_rows[c.share].number):
        lines.append(
            f"<tr><td class='n'>{loaded.share_rows[c.share].number}</td>"
            f"<td>{e(labels[c.share].rsplit(' (', 1)[0])}</td>"
            f"<td class='n'>{num(c.due)}</td>"
            f"<td class='n'>{num(c.paid)}</td><td>{format_date(c.paid_on)}</td>"
            f"<td>{e(c.collected_by or '')}</td><td>{'Ya' if c.late else ''}</td>"
            f"<td class='n'>{num(c.penalty) if c.penalty else ''}</td>"
            f"<td class='n'>{num(c.outstanding) if c.outstanding else ''}</td></tr>"
        )
    paid = sum(c.paid for c in rnd.contributions.values())
    lines.append(
        f"<tr><th colspan='2'>Jumlah</th><th class='n'>{num(rnd.due_total)}</th>"
        f"<th class='n'>{num(paid)}</th><th colspan='3'></th>"
        f"<th class='n'>{num(sum(c.penalty for c in rnd.contributions.values()))}</th>"
        f"<th class='n'>{num(rnd.due_total - paid)}</th></tr></table>"
    )
    lines.append("<h2>Penentuan pemenang</h2>")
    if rnd.draw is None:
        lines.append("<p>Belum diundi.</p>")
    else:
        d = rnd.draw
        winners = ", ".join(e(labels.get(w, w)) for w in d.winners)
        lines.append(
            f"<p>Pemenang: <b>{winners}</b><br>Cara: {e(codes.label(codes.ARISAN_METHOD, d.method))}"
            f" · Bagian yang berhak ikut: {len(d.eligible)} · Saksi: {e(d.witnesses or '-')}"
            + (f"<br>Kode acak (seed): {e(d.seed)}" if d.seed else "")
            + "</p>"
        )
    if rnd.payouts:
        lines.append(
            "<h2>Pembayaran kepada pemenang <small>(bersih = kotor − biaya kas − potongan lelang − "
            "potong tunggakan)</small></h2><table width='100%' cellspacing='0'><tr><th>Pemenang</th><th>Kotor</th>"
            "<th>Biaya kas</th><th>Lelang</th><th>Tunggakan</th>"
            "<th>Bersih</th><th>Tanggal</th><th>Penerima</th></tr>"
        )
        for p in rnd.payouts.values():
            lines.append(
                f"<tr><td>{e(labels.get(p.share, p.share))}</td>"
                f"<td class='n'>{num(p.gross)}</td>"
                f"<td class='n'>{num(p.fee)}</td><td class='n'>{num(p.discount)}</td>"
                f"<td class='n'>{num(p.arrears_deducted)}</td><td class='n'><b>{num(p.net)}</b></td>"
                f"<td>{format_date(p.paid_on)}</td><td>{e(p.received_by or '')}</td></tr>"
            )
        lines.append("</table>")
    if rnd.voided_draws or rnd.voided_payouts:
        lines.append("<h2>Koreksi (dibatalkan, tetap tercatat)</h2><p>")
        for d in rnd.voided_draws:
            won = ", ".join(e(labels.get(w, w)) for w in d.winners)
            lines.append(f"Undian dibatalkan {format_date(d.voided_on)} (pemenang semula {won}): "
                         f"{e(d.void_reason or '')}<br>")  # fmt: skip
        for p in rnd.voided_payouts:
            lines.append(f"Pembayaran dibatalkan {format_date(p.voided_on)} "
                         f"({e(labels.get(p.share, p.share))}, bersih {rp(p.net)}, diterima "
                         f"{e(p.received_by or '-')}): {e(p.void_reason or '')}<br>")  # fmt: skip
        lines.append("</p>")
    lines.append(
        "<h2>Kas siklus</h2><table width='60%' cellspacing='0'>"
        f"<tr><td>Setoran terkumpul</td><td class='n'>{rp(led.collected())}</td></tr>"
        f"<tr><td>Denda terkumpul</td><td class='n'>{rp(led.penalties())}</td></tr>"
        f"<tr><td>Sudah dibayarkan kepada pemenang</td><td class='n'>{rp(led.paid_out())}</td></tr>"
        f"<tr><th>Kas di tangan</th><th class='n'>{rp(led.cash_on_hand())}</th></tr></table>"
    )
    won = [r for r in schedule(loaded) if r.winners]
    lines.append("<h2>Pemenang dalam siklus ini</h2><p>" + "<br>".join(
        f"Putaran {r.number} ({format_date(r.date)}): {e('; '.join(r.winners))}" for r in won)
        + f"<br>Belum menang: {len(led.eligible())} bagian.</p>")  # fmt: skip
    owing = [r for r in arrears(loaded) if r.arrears > 0]
    lines.append("<h2>Tunggakan anggota (semua putaran yang sudah dibuka)</h2>")
    if owing:
        lines.append("<table width='60%' cellspacing='0'><tr><th>Anggota</th><th>Tunggakan</th>"
                     "<th>Sudah menang</th></tr>")  # fmt: skip
        for r in owing:
            lines.append(f"<tr><td>{e(r.name)}</td><td class='n'>{rp(r.arrears)}</td>"
                         f"<td>{e(r.won)}</td></tr>")  # fmt: skip
        lines.append("</table>")
    else:
        lines.append("<p>Tidak ada tunggakan.</p>")
    signers = [("Ketua", heads.get("ketua", "")), ("Bendahara", heads.get("bendahara", ""))]
    lines.append("<br><table width='100%' style='border:none'><tr>")
    for role, name in signers:
        lines.append(f"<td width='50%' style='border:none;text-align:center'>{role}<br><br><br><br>"
                     f"( {e(name) or '........................'} )</td>")  # fmt: skip
    lines.append("</tr></table></body></html>")
    return "\n".join(lines)

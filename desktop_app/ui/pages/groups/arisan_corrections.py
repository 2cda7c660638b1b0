"""Dialogs that correct the arisan books: void a payout, void a draw, change the terms of a cycle
before its first round, pass a share to another member. Each one asks for what the rules need
(a reason, a date) and shows a refusal beside the field; nothing is written until it is accepted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop_app.domain.formatting import format_date, format_rupiah
from desktop_app.services import arisan, groups
from desktop_app.services import arisan_corrections as fix
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.groups.arisan_dialogs import _combo, _money
from desktop_app.ui.pages.groups.common import FormDialog, date_edit, get_date, money_edit

try:  # the shared code lists with their translations, when the labels module is in place
    from desktop_app.ui.labels import codes
except ImportError:  # pragma: no cover - older tree
    from desktop_app.domain import codes


class _Grows(FormDialog):
    """Grows to fit a message shown beside a field (word-wrapped labels need the new height)."""

    def _fit(self) -> None:
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisible() and label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))
        self.adjustSize()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def accept(self) -> None:
        super().accept()
        if self.isVisible():
            self._fit()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #444;")
    return label


class VoidPayoutDialog(_Grows):
    """Void a payout recorded by mistake; the winner is then paid again with 'Bayar pemenang…'."""

    ERROR_FIELDS = (("Alasan", "reason"), ("Tanggal", "date"), ("setoran", "payout"),
                    ("tunggakan", "payout"))  # fmt: skip

    def __init__(self, parent: QWidget | None, ctx: AppContext, info: arisan.RoundInfo) -> None:
        super().__init__(parent, self.tr("Batalkan pembayaran putaran {n}").format(n=info.number))
        self.ctx, self.info = ctx, info
        self.setMinimumWidth(680)
        self.payout = QComboBox()
        for share, p in info.paid.items():
            self.payout.addItem(
                self.tr("{w} — bersih {net}, {d}, diterima {r}").format(
                    w=info.labels.get(share, share), net=format_rupiah(p.net),
                    d=format_date(p.paid_on), r=p.received_by or "-"), share)  # fmt: skip
        self.add_field("payout", self.tr("Pembayaran"), self.payout)
        self.reason = self.add_field("reason", self.tr("Alasan pembatalan"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("mis. salah penerima, salah jumlah, salah tanggal"))
        self.date = self.add_field("date", self.tr("Tanggal pembatalan"), date_edit())
        self.form.addRow(_note(self.tr(
            "Pembayaran tidak dihapus: tetap tercatat sebagai dibatalkan, dengan alasannya. "
            "Uangnya kembali ke kas, tunggakan yang dipotong darinya menjadi tunggakan lagi. "
            "Pemenang tetap pemenang putaran ini: catat lagi pembayarannya dengan benar lewat "
            "'Bayar pemenang…'.")))  # fmt: skip
        self.ok_button.setText(self.tr("Batalkan pembayaran"))
        self.finish_layout()

    def save(self) -> object:
        return fix.void_payout(self.ctx.actor, self.info.id, self.payout.currentData(),
                               reason=self.reason.text(), on=get_date(self.date))  # fmt: skip


class VoidDrawDialog(_Grows):
    """Void a round's draw (after its payouts are voided); the round is drawn again."""

    ERROR_FIELDS = (("Alasan", "reason"), ("Tanggal", "date"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, info: arisan.RoundInfo) -> None:
        super().__init__(parent, self.tr("Batalkan undian putaran {n}").format(n=info.number))
        self.ctx, self.info = ctx, info
        self.setMinimumWidth(560)
        names = "; ".join(t for _, t in info.winners)
        self.form.addRow(self.tr("Pemenang saat ini"), QLabel(names))
        self.reason = self.add_field("reason", self.tr("Alasan pembatalan"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("mis. undian tanpa saksi, salah daftar peserta"))
        self.date = self.add_field("date", self.tr("Tanggal pembatalan"), date_edit())
        self.form.addRow(_note(self.tr(
            "Undian tidak dihapus: tetap tercatat sebagai dibatalkan, dengan alasannya. "
            "Pemenangnya kembali berhak menang, lalu putaran ini diundi ulang; undian ulang "
            "wajib menyebut nama saksi (juga untuk urutan tetap).")))  # fmt: skip
        self.ok_button.setText(self.tr("Batalkan undian"))
        self.finish_layout()

    def save(self) -> object:
        return fix.void_draw(self.ctx.actor, self.info.id, reason=self.reason.text(),
                             on=get_date(self.date))  # fmt: skip


class TermsDialog(_Grows):
    """The terms of a cycle, while no round has been opened."""

    ERROR_FIELDS = (("Iuran", "contribution"), ("pemenang", "winners"), ("Biaya", "fee"),
                    ("denda", "penalty"), ("Tanggal", "start"), ("Syarat", ""))  # fmt: skip

    def __init__(self, parent: QWidget | None, ctx: AppContext, cycle_id: str) -> None:
        cycle = arisan.get_cycle(cycle_id)
        super().__init__(parent, self.tr("Ubah syarat siklus {name}").format(name=cycle.name))
        self.ctx, self.cycle_id = ctx, cycle_id
        self.setMinimumWidth(520)
        self.contribution = self.add_field("contribution", self.tr("Iuran per bagian per putaran"),
                                           money_edit(cycle.contribution))  # fmt: skip
        self.frequency = self.add_field("frequency", self.tr("Frekuensi"),
                                        _combo(codes.ARISAN_FREQUENCY, cycle.frequency))  # fmt: skip
        self.winners = self.add_field("winners", self.tr("Pemenang per putaran"), QSpinBox())
        self.winners.setRange(1, 20)
        self.winners.setValue(cycle.winners_per_round)
        self.method = self.add_field("method", self.tr("Cara menentukan pemenang"),
                                     _combo(codes.ARISAN_METHOD, cycle.method))  # fmt: skip
        self.fee = self.add_field("fee", self.tr("Biaya kas per pemenang (boleh 0)"),
                                  money_edit(cycle.cash_fee))  # fmt: skip
        self.penalty = self.add_field("penalty", self.tr("Denda terlambat (boleh 0)"),
                                      money_edit(cycle.late_penalty))  # fmt: skip
        self.start = self.add_field("start", self.tr("Tanggal putaran pertama"),
                                    date_edit(cycle.start_date))  # fmt: skip
        self.form.addRow(_note(self.tr(
            "Syarat hanya bisa diubah sebelum putaran pertama dibuka. Perubahan tercatat di log "
            "audit.")))  # fmt: skip
        self.finish_layout()

    def save(self) -> object:
        return fix.change_terms(
            self.ctx.actor, self.cycle_id, contribution=_money(self.contribution, "contribution"),
            frequency=self.frequency.currentData(), winners_per_round=self.winners.value(),
            method=self.method.currentData(), cash_fee=_money(self.fee, "fee"),
            late_penalty=_money(self.penalty, "penalty"), start_date=get_date(self.start))  # fmt: skip


class TransferDialog(_Grows):
    """Pass a share to another active member of the group."""

    ERROR_FIELDS = (("Alasan", "reason"), ("Tanggal", "date"), ("Penerima", "to"),
                    ("anggota", "to"))  # fmt: skip

    def __init__(self, parent: QWidget | None, ctx: AppContext, cycle_id: str,
                 group_id: str) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Alihkan bagian arisan"))
        self.ctx, self.cycle_id = ctx, cycle_id
        self.setMinimumWidth(560)
        loaded = arisan.load(cycle_id)
        labels = arisan.share_labels(loaded)
        self.share = QComboBox()
        for s in sorted(loaded.ledger.shares.values(), key=lambda s: s.number):
            self.share.addItem(labels[s.id], s.id)
        self.add_field("share", self.tr("Bagian"), self.share)
        self.to = QComboBox()
        for m in groups.members(group_id, include_left=False):
            self.to.addItem(f"{m.name} ({m.role_label})", m.id)
        self.add_field("to", self.tr("Dialihkan kepada"), self.to)
        self.holders = {s.id: s.member for s in loaded.ledger.shares.values()}
        self.share.currentIndexChanged.connect(self._other_member)
        self._other_member()
        self.date = self.add_field(
            "date", self.tr("Tanggal pengalihan"), date_edit(dt.date.today())
        )
        self.reason = self.add_field("reason", self.tr("Alasan"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("mis. pindah ke luar daerah"))
        opened = len(loaded.ledger.rounds)
        self.form.addRow(_note(self.tr(
            "Penerima membayar mulai putaran {n}. Tunggakan putaran {m} tetap tercatat pada "
            "anggota semula sampai dilunasi. Riwayat pengalihan disimpan.").format(
            n=opened + 1, m="1" if opened == 1 else f"1–{opened}") if opened else self.tr(
            "Belum ada putaran dibuka: penerima membayar sejak putaran 1. Riwayat pengalihan "
            "disimpan.")))  # fmt: skip
        self.finish_layout()

    def _other_member(self) -> None:
        """Propose somebody other than the share's holder."""
        holder = self.holders.get(self.share.currentData())
        if self.to.currentData() == holder and self.to.count() > 1:
            self.to.setCurrentIndex((self.to.currentIndex() + 1) % self.to.count())

    def save(self) -> object:
        return fix.transfer_share(self.ctx.actor, self.share.currentData(), self.to.currentData(),
                                  on=get_date(self.date), reason=self.reason.text())  # fmt: skip

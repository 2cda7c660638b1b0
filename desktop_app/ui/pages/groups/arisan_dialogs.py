"""Dialogs of the arisan ledger: a new cycle, a contribution, the draw, the payout."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.domain import arisan as A
from desktop_app.domain.formatting import format_rupiah
from desktop_app.services import arisan, groups
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import codes
from desktop_app.ui.messages import translate_message
from desktop_app.ui.pages.groups.common import (
    FormDialog,
    date_edit,
    get_date,
    money_edit,
    parse_money,
)


def _combo(items: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for code, text in items.items():
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _MoneyError(ValueError):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _money(edit: QLineEdit, key: str) -> int:
    try:
        return parse_money(edit.text())
    except ValueError as exc:
        raise _MoneyError(key, translate_message(str(exc))) from exc


class CycleDialog(FormDialog):
    ERROR_FIELDS = (("Iuran", "contribution"), ("Nama", "name"), ("anggota", "shares"),
                    ("bagian", "shares"), ("pemenang", "winners"), ("Biaya", "fee"))  # fmt: skip

    def __init__(self, parent: QWidget | None, ctx: AppContext, group_id: str) -> None:
        super().__init__(parent, self.tr("Siklus arisan baru"))
        self.ctx, self.group_id = ctx, group_id
        self.setMinimumWidth(560)
        self.name = self.add_field("name", self.tr("Nama siklus"),
                                   QLineEdit(f"Siklus {dt.date.today().year}"))  # fmt: skip
        self.contribution = self.add_field("contribution", self.tr("Iuran per bagian per putaran"),
                                           money_edit(100_000))  # fmt: skip
        self.frequency = self.add_field("frequency", self.tr("Frekuensi"),
                                        _combo(codes.ARISAN_FREQUENCY, "bulanan"))  # fmt: skip
        self.winners = self.add_field("winners", self.tr("Pemenang per putaran"), QSpinBox())
        self.winners.setRange(1, 20)
        self.method = self.add_field("method", self.tr("Cara menentukan pemenang"),
                                     _combo(codes.ARISAN_METHOD, "undian"))  # fmt: skip
        self.fee = self.add_field("fee", self.tr("Biaya kas per pemenang (boleh 0)"), money_edit())
        self.penalty = self.add_field("penalty", self.tr("Denda terlambat (boleh 0)"), money_edit())
        self.start = self.add_field("start", self.tr("Tanggal putaran pertama"), date_edit())
        self.shares = QTableWidget(0, 2)
        self.shares.setHorizontalHeaderLabels([self.tr("Anggota"), self.tr("Jumlah bagian")])
        self.shares.verticalHeader().setVisible(False)
        self.shares.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shares.setMinimumHeight(170)
        self.spins: dict[str, QSpinBox] = {}
        active = groups.members(group_id, include_left=False)
        self.shares.setRowCount(len(active))
        for r, m in enumerate(active):
            item = QTableWidgetItem(f"{m.name} ({m.role_label})")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.shares.setItem(r, 0, item)
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(1)
            spin.valueChanged.connect(self.update_rounds)
            self.shares.setCellWidget(r, 1, spin)
            self.spins[m.id] = spin
        self.add_field("shares", self.tr("Bagian per anggota"), self.shares)
        self.rounds_label = QLabel()
        self.form.addRow("", self.rounds_label)
        self.winners.valueChanged.connect(self.update_rounds)
        self.finish_layout()
        self.update_rounds()

    def update_rounds(self) -> None:
        total = sum(s.value() for s in self.spins.values())
        rounds = A.rounds_needed(total, self.winners.value())
        self.rounds_label.setText(
            self.tr("{shares} bagian, {winners} pemenang per putaran → {rounds} putaran").format(
                shares=total, winners=self.winners.value(), rounds=rounds
            )  # fmt: skip
        )

    def save(self) -> object:
        return arisan.create_cycle(
            self.ctx.actor, self.group_id, name=self.name.text(),
            contribution=_money(self.contribution, "contribution"),
            frequency=self.frequency.currentData(), winners_per_round=self.winners.value(),
            method=self.method.currentData(), cash_fee=_money(self.fee, "fee"),
            late_penalty=_money(self.penalty, "penalty"), start_date=get_date(self.start),
            shares={k: s.value() for k, s in self.spins.items()},
        )  # fmt: skip


class PaymentDialog(FormDialog):
    ERROR_FIELDS = (("Setoran", "paid"), ("Tanggal", "date"), ("kas", "paid"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, row: arisan.ContributionRow,
                 round_date: dt.date | None, late_penalty: int, collector: str = "") -> None:  # fmt: skip
        super().__init__(parent, self.tr("Catat setoran"))
        self.ctx, self.row, self.round_date = ctx, row, round_date
        self.form.addRow(self.tr("Anggota"), QLabel(f"{row.name} (bagian {row.share_number})"))
        self.form.addRow(self.tr("Iuran putaran ini"), QLabel(format_rupiah(row.due)))
        self.paid = self.add_field("paid", self.tr("Jumlah dibayar (total)"),
                                   money_edit(row.paid or row.due))  # fmt: skip
        # Contributions are usually written up from the meeting's paper list: the round's date is
        # the right default (today would mark every late entry "late" and charge a penalty).
        default = row.paid_on or (min(round_date, dt.date.today()) if round_date else None)
        self.date = self.add_field("date", self.tr("Tanggal bayar"), date_edit(default))
        self.collected = self.add_field("collected", self.tr("Diterima oleh"),
                                        QLineEdit(row.collected_by or collector))  # fmt: skip
        text = self.tr("Terlambat (denda {penalty})").format(penalty=format_rupiah(late_penalty))
        self.late = self.add_field("late", "", QCheckBox(text))
        self.late.setChecked(row.late)
        self.date.dateChanged.connect(self._auto_late)
        self._auto_late()
        self.finish_layout()
        self.paid.selectAll()

    def _auto_late(self) -> None:
        if self.round_date is not None:
            self.late.setChecked(get_date(self.date) > self.round_date)

    def save(self) -> object:
        return arisan.record_payment(
            self.ctx.actor, self.row.id, paid=_money(self.paid, "paid"),
            paid_on=get_date(self.date), late=self.late.isChecked(),
            collected_by=self.collected.text(),
        )  # fmt: skip


class OpenRoundDialog(FormDialog):
    """Open the next round on its planned date, or on the day the meeting really takes place."""

    ERROR_FIELDS = (("Tanggal", "date"), ("sebelum", "date"), ("selesai", "date"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, cycle_id: str) -> None:
        super().__init__(parent, self.tr("Buka putaran berikutnya"))
        self.ctx, self.cycle_id = ctx, cycle_id
        self.ok_button.setText(self.tr("Buka putaran"))
        planned = arisan.next_round_date(cycle_id)
        self.date = self.add_field("date", self.tr("Tanggal pertemuan"), date_edit(planned))
        note = QLabel(self.tr("Jadwal: {d}. Ubah bila pertemuan diundur; setoran sesudah tanggal "
                              "ini dicatat terlambat.").format(d=planned.strftime("%d/%m/%Y")))  # fmt: skip
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.finish_layout()

    def save(self) -> object:
        return arisan.open_round(self.ctx.actor, self.cycle_id, get_date(self.date))


class FullPaymentsDialog(FormDialog):
    """Tick the shares that paid in full at the meeting, record them all at once."""

    ERROR_FIELDS = (("Tanggal", "date"), ("kas", "shares"), ("Centang", "shares"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, round_id: str,
                 sheet: list[arisan.ContributionRow], round_date: dt.date | None,
                 collector: str = "") -> None:  # fmt: skip
        super().__init__(parent, self.tr("Catat setoran lunas"))
        self.ctx, self.round_id, self.round_date = ctx, round_id, round_date
        self.ok_button.setText(self.tr("Catat lunas"))
        self.list = QListWidget()
        self.list.setMinimumHeight(220)
        for r in sheet:
            if r.paid >= r.due:
                continue
            owed = format_rupiah(r.due - r.paid)
            item = QListWidgetItem(f"{r.name} (bagian {r.share_number}) — {owed}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.add_field("shares", self.tr("Lunas (centang)"), self.list)
        default = min(round_date, dt.date.today()) if round_date else None
        self.date = self.add_field("date", self.tr("Tanggal bayar"), date_edit(default))
        self.collected = self.add_field("collected", self.tr("Diterima oleh"), QLineEdit(collector))
        self.late_note = QLabel()
        self.form.addRow("", self.late_note)
        self.date.dateChanged.connect(self._late_note)
        self._late_note()
        self.finish_layout()

    def _late_note(self) -> None:
        late = self.round_date is not None and get_date(self.date) > self.round_date
        self.late_note.setText(self.tr("Setelah tanggal putaran: dicatat terlambat, dengan denda.")
                               if late else "")  # fmt: skip

    def checked_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def save(self) -> object:
        ids = self.checked_ids()
        if not ids:
            raise ValueError(self.tr("Centang minimal satu anggota."))
        return arisan.record_full_payments(self.ctx.actor, self.round_id, ids,
                                           paid_on=get_date(self.date),
                                           collected_by=self.collected.text())  # fmt: skip


class DrawDialog(FormDialog):
    """Draw (undian), fixed order or bidding (lelang) for one round."""

    ERROR_FIELDS = (("saksi", "witnesses"), ("potongan", "bids"), ("lelang", "bids"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, round_id: str,
                 method: str, witnesses: str = "") -> None:  # fmt: skip
        super().__init__(parent, self.tr("Tentukan pemenang"))
        self.ctx, self.round_id, self.method = ctx, round_id, method
        self.setMinimumWidth(520)
        info = arisan.round_info(round_id)
        self.ok_button.setText(
            self.tr("Undi sekarang") if method == "undian" else self.tr("Tetapkan")
        )
        explain = {
            "undian": self.tr("Undian di antara {n} bagian yang belum menang. Kode acak (seed) dan "
                              "daftar peserta undian disimpan sehingga hasilnya bisa diperiksa ulang."),
            "urutan": self.tr("Urutan tetap: {n} bagian belum menang; yang nomor urutnya terkecil "
                              "menerima putaran ini."),
            "lelang": self.tr("Lelang: bagian yang menawar potongan terbesar menang; potongan masuk "
                              "kas kelompok. Yang tidak menawar dihitung 0; hasil sama diundi."),
        }[method].format(n=len(info.eligible))  # fmt: skip
        label = QLabel(explain)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.witnesses = self.add_field("witnesses", self.tr("Saksi (nama, pisahkan dengan ;)"),
                                        QLineEdit(witnesses))  # fmt: skip
        self.bid_edits: dict[str, QLineEdit] = {}
        if method == "lelang":
            table = QTableWidget(len(info.eligible), 2)
            table.setHorizontalHeaderLabels([self.tr("Bagian"), self.tr("Potongan (Rp)")])
            table.setColumnWidth(1, 150)
            table.setWordWrap(False)
            self.setMinimumWidth(640)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for r, (share_id, text) in enumerate(info.eligible):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, 0, item)
                edit = money_edit()
                table.setCellWidget(r, 1, edit)
                self.bid_edits[share_id] = edit
            table.setMinimumHeight(160)
            self.add_field("bids", self.tr("Tawaran"), table)
        self.finish_layout()

    def save(self) -> object:
        bids = {s: _money(e, "bids") for s, e in self.bid_edits.items()}
        return arisan.run_draw(self.ctx.actor, self.round_id, witnesses=self.witnesses.text(),
                               bids={s: b for s, b in bids.items() if b} or None)  # fmt: skip


class PayoutDialog(FormDialog):
    ERROR_FIELDS = (("Kas", "preview"), ("Tanggal", "date"))

    def __init__(self, parent: QWidget | None, ctx: AppContext, info: arisan.RoundInfo) -> None:
        super().__init__(parent, self.tr("Bayar pemenang putaran {n}").format(n=info.number))
        self.ctx, self.info = ctx, info
        self.winner = QComboBox()
        for share_id, text in info.winners:
            if share_id not in info.paid:
                self.winner.addItem(text, share_id)
        self.add_field("winner", self.tr("Pemenang"), self.winner)
        self.deduct = self.add_field("deduct", "", QCheckBox(self.tr("Potong tunggakan pemenang")))
        self.deduct.setChecked(True)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.add_field("preview", self.tr("Rincian"), self.preview)
        default = min(info.date, dt.date.today()) if info.date else None
        self.date = self.add_field("date", self.tr("Tanggal dibayar"), date_edit(default))
        self.received = self.add_field("received", self.tr("Diterima oleh"), QLineEdit())
        self.received.setPlaceholderText(self.tr("nama yang menerima uang"))
        self.winner.currentIndexChanged.connect(self.update_preview)
        self.deduct.toggled.connect(self.update_preview)
        self.finish_layout()
        self.update_preview()

    def update_preview(self) -> None:
        share = self.winner.currentData()
        if share is None:
            self.preview.setText(self.tr("Semua pemenang sudah dibayar."))
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        self.received.setPlaceholderText(self.winner.currentText().rsplit(" (", 1)[0])
        try:
            p = arisan.plan_payout(self.info.id, share, self.deduct.isChecked())
        except ValueError as exc:
            self.preview.setText(f"<span style='color:#b00020'>{exc}</span>")
            return
        rp = format_rupiah
        self.preview.setText(
            self.tr(
                "Hasil kotor {g}<br>− biaya kas {f}<br>− potongan lelang {d}<br>"
                "− potong tunggakan {a}<br><b>= dibayar bersih {n}</b>"
            ).format(
                g=rp(p.gross), f=rp(p.fee), d=rp(p.discount), a=rp(p.arrears_deducted), n=rp(p.net)
            )  # fmt: skip
        )

    def save(self) -> object:
        received = self.received.text().strip() or self.received.placeholderText()
        return arisan.record_payout(self.ctx.actor, self.info.id, self.winner.currentData(),
                                    paid_on=get_date(self.date), received_by=received,
                                    deduct_arrears=self.deduct.isChecked())  # fmt: skip

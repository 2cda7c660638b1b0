"""The arisan ledger of one group: cycles, rounds with every share's contribution, the draw, the
payout, the schedule with winners, arrears per member and cash on hand."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date, format_rupiah
from desktop_app.services import arisan, arisan_export, groups
from desktop_app.services import arisan_corrections as fix
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import tr_label
from desktop_app.ui.messages import translate_message
from desktop_app.ui.pages.groups.arisan_corrections import (
    TermsDialog,
    TransferDialog,
    VoidDrawDialog,
    VoidPayoutDialog,
)
from desktop_app.ui.pages.groups.arisan_dialogs import (
    CycleDialog,
    DrawDialog,
    FullPaymentsDialog,
    OpenRoundDialog,
    PaymentDialog,
    PayoutDialog,
)
from desktop_app.ui.pages.groups.common import Rp, current_key, fill_table, make_table, open_dialog
from desktop_app.ui.pages.groups.recap_pdf import write_pdf
from desktop_app.ui.tasks import run_task

TABLES = ("arisan_cycle", "arisan_share", "arisan_round", "arisan_contribution", "arisan_draw",
          "arisan_payout", "group_membership", "person")  # fmt: skip

ROUND_STATUS = "arisan.STATUS_LABEL"  # context of the round status labels (ui/labels.py)


class ArisanPanel(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group_id: str | None = None
        self.dialog = None  # the open dialog (tests fill it in)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Siklus:")))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumWidth(220)
        self.cycle_combo.currentIndexChanged.connect(self.refresh_cycle)
        top.addWidget(self.cycle_combo)
        self.new_cycle_button = QPushButton(self.tr("Siklus baru…"))
        self.new_cycle_button.clicked.connect(self.new_cycle)
        top.addWidget(self.new_cycle_button)
        self.terms_button = QPushButton(self.tr("Ubah syarat…"))
        self.terms_button.clicked.connect(self.change_terms)
        top.addWidget(self.terms_button)
        self.transfer_button = QPushButton(self.tr("Alihkan bagian…"))
        self.transfer_button.setToolTip(
            self.tr("Bagian seorang anggota diteruskan ke anggota lain")
        )
        self.transfer_button.clicked.connect(self.transfer_share)
        top.addWidget(self.transfer_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.terms_label = QLabel()
        self.terms_label.setWordWrap(True)
        layout.addWidget(self.terms_label)
        self.cash_label = QLabel()
        self.cash_label.setObjectName("arisanCash")
        self.cash_label.setStyleSheet("font-weight: 600;")
        self.cash_label.setWordWrap(True)
        layout.addWidget(self.cash_label)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # --- rounds
        rounds = QWidget()
        rl = QVBoxLayout(rounds)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Putaran:")))
        self.round_combo = QComboBox()
        self.round_combo.setMinimumWidth(300)
        self.round_combo.currentIndexChanged.connect(self.refresh_round)
        row.addWidget(self.round_combo)
        self.open_round_button = QPushButton(self.tr("Buka putaran berikutnya"))
        self.open_round_button.clicked.connect(self.open_round)
        row.addWidget(self.open_round_button)
        row.addStretch(1)
        rl.addLayout(row)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Catat setoran…"))
        self.pay_button.setToolTip(self.tr("Atau klik dua kali baris anggota (Enter)"))
        self.pay_button.clicked.connect(self.record_payment)
        self.full_button = QPushButton(self.tr("Semua lunas…"))
        self.full_button.setToolTip(self.tr("Catat sekaligus anggota yang membayar penuh"))
        self.full_button.clicked.connect(self.record_full_payments)
        self.draw_button = QPushButton(self.tr("Tentukan pemenang…"))
        self.draw_button.clicked.connect(self.run_draw)
        self.payout_button = QPushButton(self.tr("Bayar pemenang…"))
        self.payout_button.clicked.connect(self.record_payout)
        self.pdf_button = QPushButton(self.tr("Cetak rekap (PDF)…"))
        self.pdf_button.clicked.connect(lambda: self.save_recap())
        self.void_payout_button = QPushButton(self.tr("Batalkan pembayaran…"))
        self.void_payout_button.setToolTip(self.tr("Pembayaran yang salah dicatat: dibatalkan "
                                                   "dengan alasan, lalu dicatat lagi"))  # fmt: skip
        self.void_payout_button.clicked.connect(self.void_payout)
        self.void_draw_button = QPushButton(self.tr("Batalkan undian…"))
        self.void_draw_button.setToolTip(self.tr("Undian dibatalkan dengan alasan, lalu diundi "
                                                 "ulang di depan saksi"))  # fmt: skip
        self.void_draw_button.clicked.connect(self.void_draw)
        for b in (self.pay_button, self.full_button, self.draw_button, self.payout_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        # corrections and the recap on a second row: one row of seven buttons made the page wider
        # than a 1366×768 screen
        corrections = QHBoxLayout()
        for b in (self.void_payout_button, self.void_draw_button, self.pdf_button):
            corrections.addWidget(b)
        corrections.addStretch(1)
        rl.addLayout(corrections)
        self.round_table = make_table()
        self.round_table.doubleClicked.connect(lambda _i: self.record_payment())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.round_table, self.record_payment,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        rl.addWidget(self.round_table, 1)
        self.draw_label = QLabel()
        self.draw_label.setWordWrap(True)
        # winner, witnesses, seed and check take three lines on a small screen (1366×768 at 150%);
        # the tab widgets above do not pass the wrapped height on, so the table gives way instead
        self.draw_label.setMinimumHeight(3 * self.draw_label.fontMetrics().lineSpacing() + 4)
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.draw_label)
        self.tabs.addTab(rounds, self.tr("Putaran && setoran"))

        # --- schedule
        self.schedule_table = make_table()
        self.tabs.addTab(self.schedule_table, self.tr("Jadwal && pemenang"))
        # --- arrears
        arrears = QWidget()
        al = QVBoxLayout(arrears)
        note = QLabel(self.tr("Tunggakan dihitung dari putaran yang sudah dibuka, termasuk anggota "
                              "yang sudah menerima arisan (mereka tetap membayar sampai siklus "
                              "selesai)."))  # fmt: skip
        note.setWordWrap(True)
        al.addWidget(note)
        self.arrears_table = make_table()
        al.addWidget(self.arrears_table, 1)
        export_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Ekspor tunggakan ke Excel…"))
        self.export_button.clicked.connect(lambda: self.export_arrears())
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        al.addLayout(export_row)
        self.tabs.addTab(arrears, self.tr("Tunggakan"))
        # --- corrections
        history = QWidget()
        hl = QVBoxLayout(history)
        hnote = QLabel(self.tr("Pembayaran dan undian yang dibatalkan tetap tercatat di sini, "
                               "dengan alasannya, begitu juga bagian yang dialihkan."))  # fmt: skip
        hnote.setWordWrap(True)
        hl.addWidget(hnote)
        self.history_table = make_table()
        hl.addWidget(self.history_table, 1)
        self.tabs.addTab(history, self.tr("Riwayat koreksi"))
        self.file_label = QLabel()  # where the last PDF or Excel file went
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.task = None  # the running PDF or Excel task
        self.last_file: Path | None = None

        # A use case saves many records; refresh once, after it, not once per record.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(lambda: self.set_group(self.group_id, self.cycle_id))
        ctx.data_changed.connect(self._maybe_refresh)
        self.set_group(None)

    # --- loading ----------------------------------------------------------------------------

    def _maybe_refresh(self, table: str) -> None:
        if self.group_id and (not table or table in TABLES):
            self._refresh_timer.start()

    def set_group(self, group_id: str | None, cycle_id: str | None = None) -> None:
        self.group_id = group_id
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        if group_id:
            for c in arisan.cycles(group_id):
                self.cycle_combo.addItem(f"{c.name} ({format_date(c.start_date)})", c.id)
            index = (
                self.cycle_combo.findData(cycle_id) if cycle_id else self.cycle_combo.count() - 1
            )
            self.cycle_combo.setCurrentIndex(max(index, 0) if self.cycle_combo.count() else -1)
        self.cycle_combo.blockSignals(False)
        self.new_cycle_button.setEnabled(group_id is not None)
        self.refresh_cycle()

    @property
    def cycle_id(self) -> str | None:
        return self.cycle_combo.currentData()

    @property
    def round_id(self) -> str | None:
        return self.round_combo.currentData()

    def refresh_cycle(self) -> None:
        cycle_id = self.cycle_id
        self.round_combo.blockSignals(True)
        keep = self.round_id
        self.round_combo.clear()
        if cycle_id is None:
            self.terms_label.setText(
                self.tr("Belum ada siklus arisan. Klik 'Siklus baru…' untuk memulai.")
                if self.group_id
                else self.tr("Pilih kelompok di sebelah kiri.")
            )
            self.cash_label.clear()
            self.open_round_button.setEnabled(False)
            self._enable_cycle_actions(None)
            fill_table(self.schedule_table, [], [])
            fill_table(self.arrears_table, [], [])
            fill_table(self.history_table, [], [])
            self.round_combo.blockSignals(False)
            self.show_round(None, [])
            return
        try:
            view = arisan.tab_view(cycle_id, keep)  # one load of the ledger for the whole tab
        except (
            ValueError
        ) as exc:  # books that break a rule (e.g. after a merge): say so, no actions
            self.round_combo.blockSignals(False)
            self.terms_label.setText(translate_message(str(exc)))
            self.cash_label.clear()
            self.open_round_button.setEnabled(False)
            self._enable_cycle_actions(None)
            self.show_round(None, [])
            return
        s, schedule, arrears = view.summary, view.schedule, view.arrears
        self.terms_label.setText(self.tr(
            "Iuran {c} per bagian, {freq}, {w} pemenang per putaran, cara: {m} · {shares} bagian "
            "dari {members} anggota · {rounds} putaran · {status}").format(
            c=format_rupiah(s.contribution), freq=tr_label(s.frequency, "codes.ARISAN_FREQUENCY").lower(),
            w=s.winners_per_round, m=tr_label(s.method, "codes.ARISAN_METHOD").lower(), shares=s.shares,
            members=s.members, rounds=s.rounds_total, status=tr_label(s.status)))  # fmt: skip

        def rp(amount: int) -> str:  # never break "Rp 200.000" over two lines
            return format_rupiah(amount).replace(" ", "\u00a0")

        self.cash_label.setText(self.tr(
            "Kas di tangan: {cash}  ·  Terkumpul {col} + denda {pen}  ·  "
            "Dibayarkan {out}  ·  Tunggakan {arr}").format(
            cash=rp(s.cash_on_hand), col=rp(s.collected), pen=rp(s.penalties), out=rp(s.paid_out),
            arr=rp(s.arrears)))  # fmt: skip
        for r in schedule:
            if r.opened:
                self.round_combo.addItem(
                    self.tr("Putaran {n} — {d} ({st})").format(n=r.number, d=format_date(r.date),
                                                               st=tr_label(r.status, ROUND_STATUS)), r.round_id)  # fmt: skip
        index = self.round_combo.findData(view.info.id) if view.info else -1
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        last = schedule[s.rounds_opened - 1] if s.rounds_opened else None
        can_open = s.rounds_opened < s.rounds_total and (last is None or last.status == "Selesai")
        self.open_round_button.setEnabled(can_open)
        self.open_round_button.setToolTip(
            ""
            if can_open
            else self.tr("Putaran terakhir belum selesai, atau siklus sudah selesai.")
        )
        fill_table(self.schedule_table,
                   [self.tr("Putaran"), self.tr("Tanggal"), self.tr("Status"), self.tr("Pemenang"),
                    self.tr("Dibayar bersih")],
                   [[r.number, r.date, tr_label(r.status, ROUND_STATUS), "; ".join(r.winners), Rp(r.net_paid)]
                    for r in schedule], stretch=3)  # fmt: skip
        fill_table(self.arrears_table,
                   [self.tr("Anggota"), self.tr("Bagian"), self.tr("Iuran jatuh tempo"),
                    self.tr("Dibayar"), self.tr("Denda"), self.tr("Tunggakan"),
                    self.tr("Sudah menang")],
                   [[r.name, r.shares, Rp(r.due), Rp(r.paid), Rp(r.penalties), Rp(r.arrears),
                     r.won] for r in arrears], keys=[r.membership_id for r in arrears])  # fmt: skip
        history = fix.corrections(view.loaded or cycle_id)
        fill_table(self.history_table,
                   [self.tr("Tanggal"), self.tr("Koreksi"), self.tr("Putaran"), self.tr("Rincian"),
                    self.tr("Alasan")],
                   [[h.date, h.kind, h.round, h.detail, h.reason] for h in history],
                   stretch=3)  # fmt: skip
        self._enable_cycle_actions(s)
        self.show_round(view.info, view.sheet)

    def refresh_round(self) -> None:
        """Another round picked in the list."""
        if self.cycle_id is None or self.round_id is None:
            self.show_round(None, [])
            return
        view = arisan.tab_view(self.cycle_id, self.round_id)
        self.show_round(view.info, view.sheet)

    def show_round(self, info: arisan.RoundInfo | None, sheet: list) -> None:
        has_round = info is not None
        fill_table(self.round_table,
                   [self.tr("No."), self.tr("Anggota"), self.tr("Iuran"), self.tr("Dibayar"),
                    self.tr("Tanggal bayar"), self.tr("Diterima oleh"), self.tr("Terlambat"),
                    self.tr("Denda"), self.tr("Tunggakan"), self.tr("Menang")],
                   [[r.share_number, r.name, Rp(r.due), Rp(r.paid), r.paid_on, r.collected_by,
                     r.late, Rp(r.penalty), Rp(r.due - r.paid),
                     self.tr("Putaran {n}").format(n=r.won_round) if r.won_round else ""]
                    for r in sheet], keys=[r.id for r in sheet], stretch=1)  # fmt: skip
        self.pay_button.setEnabled(has_round and bool(sheet))
        self.full_button.setEnabled(any(r.paid < r.due for r in sheet))
        self.draw_button.setEnabled(info is not None and info.draw is None and bool(info.eligible))
        unpaid = info is not None and any(w not in info.paid for w, _ in info.winners)
        self.payout_button.setEnabled(unpaid)
        self.pdf_button.setEnabled(has_round)
        self.void_payout_button.setEnabled(info is not None and bool(info.paid))
        self.void_draw_button.setEnabled(info is not None and info.draw is not None
                                         and not info.paid)  # fmt: skip
        if info is None:
            self.draw_label.setText(
                self.tr("Buka putaran pertama untuk mencatat setoran.") if self.cycle_id else ""
            )
            return
        if info.draw is None:
            text = self.tr("Belum ditentukan pemenangnya. {n} bagian masih berhak menang.").format(
                n=len(info.eligible)
            )
        else:
            names = "; ".join(t for _, t in info.winners)
            text = self.tr("Pemenang: {w}. Saksi: {s}.").format(
                w=names, s=info.draw.witnesses or "-"
            )
            if info.draw.seed:
                text += " " + self.tr("Kode acak (seed): {seed}").format(seed=info.draw.seed)
            text += " " + (self.tr("Diperiksa ulang: hasil cocok.") if info.verified
                           else self.tr("PERINGATAN: hasil tidak cocok bila diulang!"))  # fmt: skip
            for share, p in info.paid.items():
                label = dict(info.winners).get(share, share)
                text += "\n" + self.tr("Dibayar ke {w}: {net} pada {d}, diterima {r}.").format(
                    w=label, net=format_rupiah(p.net), d=format_date(p.paid_on),
                    r=p.received_by or "-")  # fmt: skip
        for d in info.voided_draws:
            text += "\n" + self.tr("Undian dibatalkan {d}: {why} (pemenang semula {w}).").format(
                d=format_date(d.voided_on), why=d.void_reason,
                w="; ".join(info.labels.get(w, w) for w in d.winners))  # fmt: skip
        for p in info.voided_payouts:
            text += "\n" + self.tr("Pembayaran dibatalkan {d}: {why} ({w}, {net}, diterima {r}).").format(
                d=format_date(p.voided_on), why=p.void_reason, w=info.labels.get(p.share, p.share),
                net=format_rupiah(p.net), r=p.received_by or "-")  # fmt: skip
        self.draw_label.setText(text)

    # --- actions ----------------------------------------------------------------------------

    def _show(self, dialog, on_done=None) -> None:
        open_dialog(self, dialog, on_done, self.refresh_cycle)

    def new_cycle(self) -> None:
        if not self.group_id:
            return
        if not groups.members(self.group_id, include_left=False):
            QMessageBox.information(self, self.tr("Siklus arisan baru"),
                                    self.tr("Tambahkan anggota kelompok dulu."))  # fmt: skip
            return
        self._show(CycleDialog(self, self.ctx, self.group_id),
                   lambda cycle: self.set_group(self.group_id, cycle.id))  # fmt: skip

    def open_round(self) -> None:
        if not self.cycle_id:
            return

        def opened(row) -> None:
            self.refresh_cycle()
            self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(row.id)))

        self._show(OpenRoundDialog(self, self.ctx, self.cycle_id), opened)

    def record_payment(self) -> None:
        key = current_key(self.round_table)
        if key is None:
            if self.round_table.rowCount():
                self.round_table.selectRow(0)
                key = current_key(self.round_table)
            if key is None:
                return
        row = next(r for r in arisan.round_sheet(self.round_id) if r.id == key)
        info = arisan.round_info(self.round_id)
        cycle = arisan.get_cycle(self.cycle_id)
        collector = groups.officers(self.group_id).get("bendahara", "") if self.group_id else ""
        self._show(PaymentDialog(self, self.ctx, row, info.date, cycle.late_penalty, collector))

    def record_full_payments(self) -> None:
        if not self.round_id:
            return
        view = arisan.tab_view(self.cycle_id, self.round_id)
        collector = groups.officers(self.group_id).get("bendahara", "") if self.group_id else ""
        self._show(FullPaymentsDialog(self, self.ctx, self.round_id, view.sheet,
                                      view.info.date if view.info else None, collector))  # fmt: skip

    def run_draw(self) -> None:
        if not self.round_id:
            return
        cycle = arisan.get_cycle(self.cycle_id)
        heads = groups.officers(self.group_id)
        witnesses = "; ".join(v for k, v in heads.items() if k in ("ketua", "sekretaris"))
        self._show(DrawDialog(self, self.ctx, self.round_id, cycle.method, witnesses))

    def record_payout(self) -> None:
        if not self.round_id:
            return
        self._show(PayoutDialog(self, self.ctx, arisan.round_info(self.round_id)))

    def recap_file_name(self) -> str:
        info = arisan.round_info(self.round_id)
        group = groups.get_group(self.group_id).name
        safe = re.sub(r"[^A-Za-z0-9]+", "_", group).strip("_")
        return f"Rekap_arisan_{safe}_putaran_{info.number}.pdf"

    def _run_file_task(self, title: str, work, path: Path, done_text: str):
        """Write a file in a worker (progress and Batal); the outcome is shown under the tabs."""

        def done(result: Path) -> None:
            self.last_file = Path(result)
            self.file_label.setText(done_text.format(path=result))

        def cancelled() -> None:
            self.file_label.setText(self.tr("Dibatalkan; tidak ada berkas yang ditulis."))

        self.task = run_task(self, title, work, self.ctx.db, on_done=done, on_cancel=cancelled)
        return self.task

    def save_recap(self, path: str | None = None):
        """Ask where (unless ``path`` is given), then render the round recap PDF in a worker;
        returns the running task."""
        if not self.round_id:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan rekap putaran"), str(Path.home() / self.recap_file_name()),
                self.tr("PDF (*.pdf)"))  # fmt: skip
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:  # the data is read here; only the rendering (no database) runs in the worker
            html = arisan.round_recap_html(self.round_id)
        except ValueError as exc:
            show_error(self, self.tr("Cetak rekap"), exc)
            return None
        title = self.recap_file_name()[:-4].replace("_", " ")
        return self._run_file_task(self.tr("Membuat rekap putaran (PDF)…"),
                                   lambda progress: write_pdf(html, Path(path), title, progress),
                                   Path(path), self.tr("Rekap disimpan di {path}"))  # fmt: skip

    def export_file_name(self) -> str:
        group = groups.get_group(self.group_id).name
        safe = re.sub(r"[^A-Za-z0-9]+", "_", group).strip("_")
        return f"Tunggakan_arisan_{safe}.xlsx"

    def export_arrears(self, path: str | None = None):
        """The arrears report as an Excel workbook, written in a worker; returns the task."""
        if not self.cycle_id:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan tunggakan"),
                str(Path.home() / self.export_file_name()), self.tr("Excel (*.xlsx)"))  # fmt: skip
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        cycle_id = self.cycle_id
        self.file_label.setText(self.tr("Mengekspor…"))
        return self._run_file_task(
            self.tr("Mengekspor tunggakan ke Excel…"),
            lambda progress: arisan_export.export_arrears(cycle_id, path, progress), Path(path),
            self.tr("Laporan tunggakan disimpan di {path}"))  # fmt: skip

    # --- corrections ------------------------------------------------------------------------

    def _enable_cycle_actions(self, s: arisan.Summary | None) -> None:
        has = s is not None
        self.export_button.setEnabled(has)
        self.transfer_button.setEnabled(has and s.status != "Selesai")
        can_change = has and s.rounds_opened == 0
        self.terms_button.setEnabled(can_change)
        self.terms_button.setToolTip(
            self.tr("Syarat siklus (iuran, frekuensi, pemenang, cara, biaya, denda, tanggal mulai)")
            if can_change or not has
            else self.tr("Syarat tidak bisa diubah lagi: putaran pertama sudah dibuka.")
        )

    def change_terms(self) -> None:
        if self.cycle_id:
            self._show(TermsDialog(self, self.ctx, self.cycle_id))

    def transfer_share(self) -> None:
        if self.cycle_id and self.group_id:
            self._show(TransferDialog(self, self.ctx, self.cycle_id, self.group_id))

    def void_payout(self) -> None:
        if self.round_id:
            self._show(VoidPayoutDialog(self, self.ctx, arisan.round_info(self.round_id)))

    def void_draw(self) -> None:
        if self.round_id:
            self._show(VoidDrawDialog(self, self.ctx, arisan.round_info(self.round_id)))

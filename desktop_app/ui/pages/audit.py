"""Log audit: search who did what, when, to which record, with old and new values. Read-only:
nothing on this page (or anywhere in the app) edits the log."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_number
from desktop_app.services import audit
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import ACTION_LABELS
from desktop_app.ui.widgets import ReadOnlyTable, page_header

LIMIT = 500


def local_time(value: dt.datetime) -> str:
    """Audit times are stored in UTC; shown in the laptop's time zone (WITA in Kupang)."""
    if not isinstance(value, dt.datetime):
        return str(value)
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")


def describe_changes(changes: str | None, detail: str | None) -> str:
    parts = []
    if changes:
        try:
            data = json.loads(changes)
        except ValueError:
            data = {}
        for field, pair in sorted(data.items()):
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            parts.append(f"{field}: {'' if old is None else old} → {'' if new is None else new}")
    if detail:
        parts.insert(0, detail)
    return "; ".join(parts)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, with_header: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if with_header:
            layout.addWidget(page_header(self.tr("Log audit"), self.tr(
                "Setiap masuk, perubahan, impor, ekspor dan pemulihan tercatat di sini dan tidak "
                "dapat diubah. Rantai hash menunjukkan bila berkas diubah dari luar aplikasi.")))  # fmt: skip
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari ID catatan, nilai atau rincian…"))
        self.search.returnPressed.connect(self.refresh)
        filters.addWidget(self.search, 2)
        self.user = QComboBox()
        filters.addWidget(QLabel(self.tr("Pengguna")))
        filters.addWidget(self.user)
        self.action = QComboBox()
        self.action.addItem(self.tr("Semua aksi"), "")
        for key, label in ACTION_LABELS.items():
            self.action.addItem(label, key)
        filters.addWidget(QLabel(self.tr("Aksi")))
        filters.addWidget(self.action)
        self.search_button = QPushButton(self.tr("Cari"))
        self.search_button.clicked.connect(self.refresh)
        filters.addWidget(self.search_button)
        self.verify_button = QPushButton(self.tr("Periksa keutuhan"))
        self.verify_button.clicked.connect(self.verify)
        filters.addWidget(self.verify_button)
        layout.addLayout(filters)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.user.currentIndexChanged.connect(lambda _i: self.refresh())
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.data_changed.connect(lambda _t: self.refresh() if self.isVisible() else None)
        self._fill_users()
        self.refresh()

    def _fill_users(self) -> None:
        self.user.blockSignals(True)
        current = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("Semua"), "")
        for name in audit.users():
            self.user.addItem(name, name)
        index = self.user.findData(current)
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)

    def refresh(self) -> None:
        rows = audit.search(self.search.text() or None, user=self.user.currentData() or None,
                            action=self.action.currentData() or None, limit=LIMIT)  # fmt: skip
        self.table.set_rows(
            [self.tr("No."), self.tr("Waktu"), self.tr("Pengguna"), self.tr("Aksi"),
             self.tr("Data"), self.tr("ID catatan"), self.tr("Perubahan / rincian")],
            [[r.seq, local_time(r.at), r.user or "-", ACTION_LABELS.get(r.action, r.action),
              r.table_name or "", r.record_id or "", describe_changes(r.changes, r.detail)]
             for r in rows],
        )  # fmt: skip
        total = audit.count()
        self.status.setText(
            self.tr("{shown} dari {total} entri ditampilkan (terbaru dulu).").format(
                shown=format_number(len(rows)), total=format_number(total))
        )  # fmt: skip

    def verify(self) -> None:
        ok, seq = audit.verify_chain()
        if ok:
            QMessageBox.information(self, self.tr("Log audit"), self.tr(
                "Log audit utuh: rantai hash cocok untuk semua {n} entri.").format(
                    n=format_number(audit.count())))  # fmt: skip
        else:
            QMessageBox.warning(self, self.tr("Log audit"), self.tr(
                "Log audit TIDAK utuh: entri nomor {seq} telah diubah atau dihapus di luar "
                "aplikasi. Laporkan ke koordinator dan simpan salinan berkas database ini.").format(
                    seq=seq))  # fmt: skip

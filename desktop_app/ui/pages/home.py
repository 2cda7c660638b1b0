"""Beranda: headline figures of the registry and program work."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.formatting import format_number
from desktop_app.services import overview
from desktop_app.services.stats import record_counts
from desktop_app.ui.context import AppContext
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import ReadOnlyTable, page_header

FIGURES = (
    ("people", "Penduduk terdaftar"),
    ("households", "Keluarga"),
    ("programs", "Program"),
    ("enrollments", "Peserta program"),
    ("activities", "Kegiatan"),
    ("services", "Layanan diberikan"),
    ("outcomes", "Pengukuran capaian"),
    ("groups", "Kelompok"),
)


class FigureCard(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class HomePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Beranda"),
                                     self.tr("Gambaran singkat data di database ini.")))  # fmt: skip
        grid = QGridLayout()
        self.cards: dict[str, FigureCard] = {}
        for i, (key, caption) in enumerate(FIGURES):
            card = FigureCard(self.tr(caption))
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)
        layout.addLayout(grid)
        self.table = ReadOnlyTable()
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(lambda _table: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Counting a district-scale database takes a while: do it off the GUI thread."""
        run_task(self, self.tr("Menghitung…"), _load, self.ctx.db, on_done=self._show,
                 show_dialog=False)  # fmt: skip

    def _show(self, data: tuple[dict[str, int], overview.Table]) -> None:
        counts, table = data
        for key, card in self.cards.items():
            card.value.setText(format_number(counts[key]))
        self.table.set_rows(*table)


def _load(_progress: object) -> tuple[dict[str, int], overview.Table]:
    return record_counts(), overview.people_by_kelurahan()

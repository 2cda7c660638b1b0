"""Beranda: headline figures of the registry and program work."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.formatting import format_number
from desktop_app.services import overview
from desktop_app.services.stats import record_counts
from desktop_app.ui.context import AppContext
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
        self.value = QLabel("0")
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
        counts = record_counts()
        for key, card in self.cards.items():
            card.value.setText(format_number(counts[key]))
        self.table.set_rows(*overview.people_by_kelurahan())

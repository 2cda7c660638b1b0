"""Pieces of the Beranda: figure cards, chart boxes that save as PNG, and the drill-down list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_number
from desktop_app.domain.nik import mask
from desktop_app.services.dashboard import PersonLine

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet

# QtCharts is imported where charts are built, not here: loading it costs about 25 ms, and the
# Beranda builds its charts only when the first figures arrive, after the window is shown.

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf"]  # fmt: skip


class FigureCard(QFrame):
    """A headline number; clicking it opens the people behind it when ``drillable``."""

    clicked = Signal()

    def __init__(self, caption: str, drillable: bool = False) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: palette(mid);")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.drillable = drillable
        if drillable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Klik untuk melihat daftar orangnya"))

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.drillable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChartBox(QFrame):
    """A titled chart with a "Simpan PNG" button."""

    def __init__(self, title: str, file_stem: str) -> None:
        from PySide6.QtCharts import QChart, QChartView

        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_stem = file_stem
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        small = QFont(self.chart.font())
        small.setPointSizeF(7.5)
        self.small_font = small
        self.chart.legend().setFont(small)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(300)
        self.save_button = QPushButton(self.tr("Simpan PNG…"))
        self.save_button.clicked.connect(self._ask_save)
        self.hint = QLabel(self.tr("Klik batang untuk melihat orangnya."))
        self.hint.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.sets: list[QBarSet] = []

    def save_png(self, path: Path | str) -> bool:
        return self.view.grab().save(str(path), "PNG")

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan grafik sebagai PNG"),
                                              f"{self.file_stem}.png", "PNG (*.png)")  # fmt: skip
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)

    def clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.sets = []

    def _add_sets(self, bars: Any, series: list[tuple[str, list[float]]],
                  on_click: Callable[[int, int], None] | None, *, reverse: bool) -> None:
        """One coloured bar set per series; ``reverse`` lists the categories bottom-up (the
        horizontal charts draw the first category on top), clicks report the original index."""
        from PySide6.QtCharts import QBarSet

        last = max((len(values) for _name, values in series), default=0) - 1
        for i, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.append([float(v) for v in (reversed(values) if reverse else values)])
            if on_click is not None:
                bar_set.clicked.connect(
                    lambda index, s=i: on_click(s, last - index if reverse else index))
            bars.append(bar_set)
            self.sets.append(bar_set)

    def horizontal_stacked(self, categories: list[str], series: list[tuple[str, list[float]]],
                           on_click: Callable[[int, int], None] | None = None,
                           value_title: str = "") -> None:  # fmt: skip
        """Stacked horizontal bars, the first category on top; ``on_click(set_index,
        category_index)`` with indexes into the lists given here."""
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QHorizontalStackedBarSeries,
            QValueAxis,
        )

        self.clear()
        categories = list(reversed(categories))
        bars = QHorizontalStackedBarSeries()
        self._add_sets(bars, series, on_click, reverse=True)
        bars.setBarWidth(0.7)
        self.chart.addSeries(bars)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setLabelsFont(self.small_font)
        axis_y.setTruncateLabels(False)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setLabelsFont(self.small_font)
        if value_title:
            axis_x.setTitleText(value_title)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        _nice_range(axis_x, series, stacked=True)
        self.chart.legend().setVisible(len(series) > 1)

    def grouped_columns(self, categories: list[str], series: list[tuple[str, list[float]]],
                        on_click: Callable[[int, int], None] | None = None) -> None:  # fmt: skip
        """Side-by-side vertical bars (a time line); ``on_click(set_index, category_index)``."""
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QValueAxis

        self.clear()
        bars = QBarSeries()
        self._add_sets(bars, series, on_click, reverse=False)
        self.chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_x.setLabelsFont(self.small_font)
        axis_x.setTruncateLabels(False)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setLabelsFont(self.small_font)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        _nice_range(axis_y, series, stacked=False)
        self.chart.legend().setVisible(len(series) > 1)


def _nice_range(axis: Any, series: list[tuple[str, list[float]]], *, stacked: bool) -> None:
    """Round the value axis; with nothing to show (an empty database) show 0–4, because an
    all-zero range makes Qt compute NaN limits."""
    if stacked:  # bars stack away from zero on each side (the pyramid's men are negative)
        columns = list(zip(*(values for _name, values in series), strict=False))
        low = min([0.0, *(sum(v for v in col if v < 0) for col in columns)])
        high = max([0.0, *(sum(v for v in col if v > 0) for col in columns)])
    else:
        flat = [v for _name, values in series for v in values]
        low, high = min([0.0, *flat]), max([0.0, *flat])
    if high <= low:
        axis.setRange(0, 4)  # whole-number ticks with the default five
        return
    axis.setRange(low, high)
    axis.applyNiceNumbers()


class PeopleModel(QAbstractTableModel):
    HEADERS = ("Nama", "NIK", "L/P", "Umur", "Kelurahan")

    def __init__(self, lines: list[PersonLine]) -> None:
        super().__init__()
        self.lines = lines
        self.full_nik = False

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if col == 0:
            return line.name
        if col == 1:
            return (line.nik or "") if self.full_nik else mask(line.nik)
        if col == 2:
            return line.sex
        if col == 3:
            return "" if line.age is None else str(line.age)
        return line.kelurahan

    def set_full_nik(self, on: bool) -> None:
        self.full_nik = on
        if self.lines:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.lines) - 1, 1))


class DrillDialog(QDialog):
    """The people behind a number: the count shown is the number of rows listed."""

    def __init__(self, title: str, lines: list[PersonLine], parent: QWidget | None = None,
                 open_person: Callable[[str], None] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.open_person = open_person
        self.setWindowTitle(title)
        self.resize(760, 520)
        self.model = PeopleModel(lines)
        self.count_label = QLabel(self.tr("{n} orang").replace("{n}", format_number(len(lines))))
        self.count_label.setStyleSheet("font-weight: 600;")
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        if open_person is not None:
            self.table.setToolTip(self.tr("Klik dua kali untuk membuka profil"))
        self.show_nik = QCheckBox(self.tr("Tampilkan NIK lengkap"))
        self.show_nik.toggled.connect(self.model.set_full_nik)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_nik)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def open_row(self, row: int) -> None:
        if self.open_person is not None and 0 <= row < len(self.model.lines):
            self.open_person(self.model.lines[row].id)

    @property
    def count(self) -> int:
        return self.model.rowCount()

"""Beranda: the dashboard — headline figures and six charts under one set of filters.

Every figure comes from ``services.dashboard.compute`` in a worker thread (``ui.tasks.run_task``
without a dialog), so the window stays responsive on a district-scale database; a newer refresh
makes an older result obsolete. Clicking a card or a bar opens the people behind it through
``services.dashboard.people_ids_for`` — the same SQL as the figure, so the counts agree.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.disability import DOMAINS
from desktop_app.domain.formatting import (
    MONTHS_ID,
    format_number,
    format_percent,
    format_rupiah,
)
from desktop_app.services import dashboard as d
from desktop_app.ui.context import AppContext
from desktop_app.ui.dashboard_widgets import ChartBox, DrillDialog, FigureCard
from desktop_app.ui.first_paint import after_first_paint
from desktop_app.ui.labels import DOMAIN_LABELS, VULNERABILITY
from desktop_app.ui.tasks import run_task
from desktop_app.ui.widgets import page_header

SPANS = ((1, "1 bulan"), (3, "3 bulan"), (6, "6 bulan"), (12, "12 bulan"))
CHANGE_LABELS = {"membaik": "Membaik", "tetap": "Tetap", "memburuk": "Memburuk"}


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HomePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: d.Dashboard | None = None
        self._generation = 0
        self.task = None
        self.warming = None  # background reading of the facts after a stored result was shown
        self.programs_task = None  # the program list of the filter bar, read in a worker
        self._program_ids: list[str | None] = [None]  # beside the program combo's items
        self.last_drill: DrillDialog | None = None

        outer = QVBoxLayout(self)
        outer.addWidget(page_header(self.tr("Beranda"),
                                    self.tr("Siapa yang rentan di mana, siapa yang sudah terjangkau, "
                                            "dan apa yang berubah.")))  # fmt: skip
        outer.addLayout(self._filter_bar())
        self.status = QLabel(self.tr("Menghitung…"))  # until the first figures arrive
        self.status.setStyleSheet("color: palette(mid);")
        outer.addWidget(self.status)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        grid = QGridLayout()
        self.cards: dict[str, FigureCard] = {}
        specs = [
            ("people", self.tr("Penduduk terdaftar"), True),
            ("households", self.tr("Keluarga"), False),
            ("vulnerable", self.tr("Penduduk rentan"), True),
            ("reached", self.tr("Terjangkau program"), True),
            ("sessions", self.tr("Kegiatan pada periode"), False),
            ("attendance", self.tr("Tingkat kehadiran"), False),
            ("services", self.tr("Layanan diberikan"), False),
            ("arisan", self.tr("Kas arisan"), False),
        ]
        for i, (key, caption, drill) in enumerate(specs):
            card = FigureCard(caption, drill)
            if drill:
                card.clicked.connect(lambda k=key: self.drill(d.Selection(k, self.filters())))
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)
        body.addLayout(grid)
        self.categories = QLabel("")
        self.categories.setWordWrap(True)
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.categories.linkActivated.connect(
            lambda code: self.drill(d.Selection("category", self.filters(), (code,)))
        )
        body.addWidget(self.categories)

        self.chart_grid = QGridLayout()  # the charts are built with the first figures
        self.charts: dict[str, ChartBox] = {}
        body.addLayout(self.chart_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.refresh)
        self._stale = False
        ctx.data_changed.connect(self._data_changed)
        # The page appears as a frame with its filters and empty cards; the figures (worker) and
        # the long program list are read once it is on screen, not before the window shows.
        after_first_paint(self, self._load)

    def _load(self) -> None:
        self._fill_programs()
        self.refresh()

    def _data_changed(self, table: str) -> None:
        if table in ("", "program"):
            self._fill_programs()
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True  # refreshed when the page is shown again, not behind the user's back

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._debounce.start()

    # --- filters ---------------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.month = QComboBox()
        start, _end = d.latest_activity_month()
        today = dt.date.today()
        last = max(start, today.replace(day=1))
        for i in range(36):
            first = d.shift_month(last, -i)
            self.month.addItem(f"{MONTHS_ID[first.month - 1]} {first.year}", first.isoformat())
        self.month.setCurrentIndex(max(0, self.month.findData(start.isoformat())))
        self.span = QComboBox()
        for months, text in SPANS:
            self.span.addItem(self.tr(text), months)
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("Semua kelurahan"), None)
        for code, name in d.kelurahan_names().items():
            self.kelurahan.addItem(name, code)
        self.program = QComboBox()
        self.program.setEditable(True)
        self.program.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.program.setMinimumWidth(260)
        self.program.addItem(self.tr("Semua program"))  # the programs follow (_fill_programs)
        completer = self.program.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        refresh = QPushButton(self.tr("Muat ulang"))
        refresh.clicked.connect(self.refresh)
        for label, widget in ((self.tr("&Periode:"), self.month), (self.tr("&Rentang:"), self.span),
                              (self.tr("&Kelurahan:"), self.kelurahan),
                              (self.tr("Pro&gram:"), self.program)):  # fmt: skip
            text = QLabel(label)
            text.setBuddy(widget)
            row.addWidget(text)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(refresh)
        for combo in (self.month, self.span, self.kelurahan):
            combo.currentIndexChanged.connect(self.refresh)
        self.program.activated.connect(self.refresh)
        self.program.lineEdit().editingFinished.connect(self._program_typed)
        return row

    def _fill_programs(self) -> None:
        """Read the program list in a worker (1,650 programs on a district database); the choice
        on show is kept when it still exists."""
        self.programs_task = run_task(self, self.tr("Beranda"), lambda _p: d.program_choices(),
                                      self.ctx.db, on_done=self._set_programs,
                                      show_dialog=False)  # fmt: skip

    def _set_programs(self, choices: list[tuple[str, str]]) -> None:
        current = self.program_id()
        self.program.blockSignals(True)
        self.program.clear()
        self.program.addItem(self.tr("Semua program"))
        self.program.addItems([name for _pid, name in choices])  # one call: fast for long lists
        self._program_ids = [None, *(pid for pid, _name in choices)]
        index = self._program_ids.index(current) if current in self._program_ids else 0
        self.program.setCurrentIndex(index)
        self.program.blockSignals(False)

    def program_id(self) -> str | None:
        """The program chosen in the filter bar (None: all programs)."""
        index = self.program.currentIndex()
        return self._program_ids[index] if 0 <= index < len(self._program_ids) else None

    def _program_typed(self) -> None:
        index = self.program.findText(self.program.currentText(), Qt.MatchFlag.MatchFixedString)
        self.program.setCurrentIndex(max(index, 0))
        self.refresh()

    def filters(self) -> d.Filters:
        first = dt.date.fromisoformat(self.month.currentData())
        months = self.span.currentData() or 1
        end = d.month_bounds(first.year, first.month)[1]
        return d.Filters(d.shift_month(first, -(months - 1)), end,
                         kelurahan=self.kelurahan.currentData(),
                         program=self.program_id())  # fmt: skip

    # --- refresh off the GUI thread --------------------------------------------------------

    def refresh(self) -> None:
        f = self.filters()
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Menghitung…"))
        self.task = run_task(self, self.tr("Beranda"), lambda progress: d.compute(f), self.ctx.db,
                             on_done=lambda data: self._show(generation, data),
                             show_dialog=False)  # fmt: skip

    @property
    def busy(self) -> bool:
        tasks = (self.task, self.warming, self.programs_task)
        return any(t is not None and not t.finished_flag for t in tasks)

    def _show(self, generation: int, data: d.Dashboard) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.data = data
        f = data.filters
        if data.from_store and d.needs_warming():
            # the figures came stored in the file: read the facts now, so that the next filter or
            # edit is answered in a blink instead of after a full read
            self.warming = run_task(self, self.tr("Beranda"), lambda progress: d.warm(f),
                                    self.ctx.db, show_dialog=False)  # fmt: skip
        self.status.setText(self.tr("Periode {p}").replace("{p}", d.period_label(f.start, f.end)))
        pct = format_percent
        self.cards["people"].set(format_number(data.people))
        self.cards["households"].set(format_number(data.households))
        self.cards["vulnerable"].set(format_number(data.vulnerable),
                                     self.tr("{s} dari penduduk").replace(
                                         "{s}", pct(data.vulnerable / data.people
                                                    if data.people else None)))  # fmt: skip
        self.cards["reached"].set(format_number(data.reached),
                                  self.tr("{s} penduduk rentan terjangkau").replace(
                                      "{s}", pct(data.reached_share)))  # fmt: skip
        self.cards["sessions"].set(format_number(data.sessions))
        self.cards["attendance"].set(pct(data.attendance_rate),
                                     self.tr("{p} hadir dari {r} tercatat")
                                     .replace("{p}", format_number(data.attendance_present))
                                     .replace("{r}", format_number(data.attendance_recorded)))  # fmt: skip
        self.cards["services"].set(format_rupiah(data.services_amount),
                                   self.tr("{n} layanan").replace(
                                       "{n}", format_number(data.services_count)))  # fmt: skip
        self.cards["arisan"].set(format_rupiah(data.arisan_cash),
                                 self.tr("iuran + denda − pembayaran"))  # fmt: skip
        links = " · ".join(
            f"<a href='{code}'>{VULNERABILITY[code]}</a>: {format_number(n)}"
            for code, n in data.by_category.items()
        )
        self.categories.setText(self.tr("Penduduk rentan menurut kategori: ") + links)
        self._draw_charts(data)

    def _build_charts(self) -> None:
        self.charts = {
            "vulnerable": ChartBox(self.tr("Penduduk rentan per kelurahan, menurut kategori"),
                                   "rentan_per_kelurahan"),
            "pyramid": ChartBox(self.tr("Piramida penduduk (laki-laki kiri, perempuan kanan)"),
                                "piramida_penduduk"),
            "disability": ChartBox(self.tr("Disabilitas menurut ranah WG-SS"),
                                   "disabilitas_wgss"),
            "time": ChartBox(self.tr("Peserta baru dan peserta hadir per bulan (12 bulan)"),
                             "peserta_kehadiran"),
            "outcomes": ChartBox(self.tr("Perubahan capaian per program (awal → terakhir)"),
                                 "perubahan_capaian"),
            "coverage": ChartBox(self.tr("Jangkauan program per kelurahan"),
                                 "jangkauan_per_kelurahan"),
        }  # fmt: skip
        for i, box in enumerate(self.charts.values()):
            box.setMinimumHeight(430)
            self.chart_grid.addWidget(box, i // 2, i % 2)
        self.charts["vulnerable"].chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def _draw_charts(self, data: d.Dashboard) -> None:
        if not self.charts:
            self._build_charts()
        f = data.filters
        kels = data.kelurahan
        cats = list(d.CATEGORIES)
        self.charts["vulnerable"].horizontal_stacked(
            [name for _c, name in kels],
            [(VULNERABILITY[c], [data.vulnerable_by_kel.get(k, {}).get(c, 0) for k, _n in kels])
             for c in cats],
            lambda s, i: self.drill(d.Selection("kel_category", f, (kels[i][0], cats[s]))),
        )  # fmt: skip
        # the oldest band on top, the youngest at the bottom, as a pyramid reads
        bands = [b for b in reversed(d.BANDS) if b != "?" or sum(data.pyramid.get(b, {}).values())]
        self.charts["pyramid"].horizontal_stacked(
            [b.replace("-", "–") if b != "?" else self.tr("tidak diketahui") for b in bands],
            [(self.tr("Laki-laki"), [-data.pyramid[b]["L"] for b in bands]),
             (self.tr("Perempuan"), [data.pyramid[b]["P"] for b in bands])],
            lambda s, i: self.drill(d.Selection("pyramid", f, (bands[i], "LP"[s]))),
        )  # fmt: skip
        self.charts["disability"].horizontal_stacked(
            [DOMAIN_LABELS[x] for x in DOMAINS],
            [(self.tr("Orang dengan banyak kesulitan / tidak bisa"),
              [data.disability[x] for x in DOMAINS])],
            lambda _s, i: self.drill(d.Selection("disability", f, (DOMAINS[i],))),
        )  # fmt: skip
        months = data.months
        labels = [f"{MONTHS_ID[int(m[5:]) - 1][:3]} {m[2:4]}" for m in months]
        figures = ("new_enrollees", "attendees")
        self.charts["time"].grouped_columns(
            labels,
            [(self.tr("Peserta baru (orang)"), [data.new_enrollees[m] for m in months]),
             (self.tr("Peserta yang hadir (orang)"), [data.attendees_by_month[m] for m in months])],
            lambda s, i: self.drill(d.Selection(figures[s], f, (months[i],))),
        )  # fmt: skip
        for axis in self.charts["time"].chart.axes(Qt.Orientation.Horizontal):
            axis.setLabelsAngle(-60)
        top = data.outcomes[: d.CHART_TOP]
        self.charts["outcomes"].horizontal_stacked(
            [_short(f"{r.program} – {r.indicator}", 32) for r in top],
            [(self.tr(CHANGE_LABELS[c]), [getattr(r, c) for r in top]) for c in d.OUTCOME_CHANGES],
            lambda s, i: self.drill(d.Selection("outcome", f, (top[i].indicator_id,
                                                                d.OUTCOME_CHANGES[s]))),
        )  # fmt: skip
        cov = ("terjangkau", "rentan_belum")
        self.charts["coverage"].horizontal_stacked(
            [name for _c, name in kels],
            [(self.tr("Terjangkau program"), [data.coverage[k]["terjangkau"] for k, _n in kels]),
             (self.tr("Rentan, belum terjangkau"),
              [data.coverage[k]["rentan_belum"] for k, _n in kels])],
            lambda s, i: self.drill(d.Selection("coverage", f, (kels[i][0], cov[s]))),
        )  # fmt: skip

    # --- drill-down ------------------------------------------------------------------------

    def drill(self, selection: d.Selection) -> None:
        """Open the people behind ``selection`` (loaded in a worker)."""
        title = self._title(selection)
        on = selection.filters.end

        def load(progress):  # noqa: ANN001, ANN202
            return d.people_lines(d.people_ids_for(selection), on)

        run_task(self, self.tr("Daftar penduduk"), load, self.ctx.db,
                 on_done=lambda lines: self._open_drill(title, lines))  # fmt: skip

    def _open_drill(self, title: str, lines: list) -> None:
        dialog = DrillDialog(title, lines, self, open_person=self._open_profile)
        self.last_drill = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _open_profile(self, person_id: str) -> None:
        from desktop_app.ui.pages.registry.profile import ProfileDialog  # the registry's profile

        ProfileDialog(self.ctx, person_id, self.last_drill or self).exec()

    def _title(self, sel: d.Selection) -> str:
        names = dict(self.data.kelurahan) if self.data else {}
        k = sel.keys
        fig = sel.figure
        if fig == "kel_category":
            text = f"{VULNERABILITY[k[1]]} — {names.get(k[0], d.UNKNOWN_KEL)}"
        elif fig == "category":
            text = VULNERABILITY[k[0]]
        elif fig == "pyramid":
            sex = self.tr("Laki-laki") if k[1] == "L" else self.tr("Perempuan")
            text = self.tr("{sex}, umur {age}").format(sex=sex, age=k[0])
        elif fig == "disability":
            text = self.tr("Kesulitan {what}").format(what=DOMAIN_LABELS[k[0]].lower())
        elif fig == "coverage":
            reached = k[1] == "terjangkau"
            what = self.tr("terjangkau program") if reached else self.tr("rentan, belum terjangkau")
            text = f"{names.get(k[0], d.UNKNOWN_KEL)}: {what}"
        elif fig in ("new_enrollees", "attendees"):
            what = "Peserta baru" if fig == "new_enrollees" else "Peserta yang hadir"
            text = f"{what} {MONTHS_ID[int(k[0][5:]) - 1]} {k[0][:4]}"
        elif fig == "outcome":
            row = next((r for r in (self.data.outcomes if self.data else [])
                        if r.indicator_id == k[0]), None)  # fmt: skip
            text = f"{row.program if row else ''} — {row.indicator if row else ''}: {k[1]}"
        else:
            text = {"people": "Penduduk terdaftar", "vulnerable": "Penduduk rentan",
                    "reached": "Terjangkau program",
                    "reached_vulnerable": "Penduduk rentan yang terjangkau"}.get(fig, fig)  # fmt: skip
        return f"{text} ({d.period_label(sel.filters.start, sel.filters.end)})"

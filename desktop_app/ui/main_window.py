"""The main window: sidebar of areas, pages built on first use, status bar with counts."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

# ``Qt`` (the namespace) is imported where used: PySide builds its ~90 enum classes on first touch,
# about 17 ms, which the window does not need before its first paint.
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.domain.formatting import format_number
from desktop_app.paths import resource_path
from desktop_app.services.stats import record_counts
from desktop_app.ui.context import AppContext
from desktop_app.ui.first_paint import after_first_paint
from desktop_app.ui.pages import PAGES, PageSpec

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent

# Qt's standard icons stand in for a missing SVG (QStyle is imported only then: touching it costs
# a few milliseconds of PySide enum building at start-up).
_FALLBACK_ICONS = {
    "home": "SP_DirHomeIcon",
    "people": "SP_FileDialogContentsView",
    "program": "SP_FileDialogDetailedView",
    "group": "SP_DirIcon",
    "exchange": "SP_BrowserReload",
    "report": "SP_FileIcon",
    "settings": "SP_ComputerIcon",
}


def area_icon(widget: QWidget, name: str) -> QIcon:
    svg = resource_path("icons", f"{name}.svg")
    if svg.exists():
        return QIcon(str(svg))
    from PySide6.QtWidgets import QStyle

    pixmap = getattr(QStyle.StandardPixmap, _FALLBACK_ICONS.get(name, "SP_FileIcon"))
    return widget.style().standardIcon(pixmap)


COMPACT_SIDEBAR_BELOW = 1100  # window width (logical px) below which the sidebar shows icons only


class FitDialogsToScreen(QObject):
    """Dialogs open no larger than the screen they appear on, and inside it.

    Dialogs choose a comfortable size for a 1366×768 screen; at 150% scaling that screen is only
    910×512, and a dialog taller than it would hide its Save/Cancel buttons below the taskbar.
    The layouts still keep every dialog's minimum size.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_to_screen(watched)
        return False


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = max(min(window.width(), room.width()), window.minimumWidth())
    height = max(min(window.height(), room.height()), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.left()), max(room.left(), room.right() + 1 - frame.width()))
    y = min(max(frame.y(), room.top()), max(room.top(), room.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class PageStack(QStackedWidget):
    """The stack of pages; it asks only for the room the page on show needs (a plain stack asks
    for the largest of all pages built so far)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return page.sizeHint() if page else QSize(0, 0)

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 - Qt override
        return -1  # the page fills the height it is given (at least its minimum), then scrolls


class MainWindow(QMainWindow):
    # The first page and the background work (status counts, the dialog fitter, the start-up
    # check) start after the first paint; a window that is never shown starts them this long
    # after it was built.
    START_AT_LATEST_MS = 500

    def __init__(self, ctx: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(f"{APP_NAME} — {ctx.db_path.name}")
        self.setMinimumSize(QSize(760, 480))  # 1366×768 at 150% leaves ~910×512
        self._fit_dialogs: FitDialogsToScreen | None = None
        self._start = "pending"  # "started" after the first paint, "cancelled" when closed before
        self._on_started: list[Callable[[], None]] = []
        self._icons: dict[str, QIcon] = {}  # one icon per area for the sidebar and the menu
        app_icon = resource_path("icons", "berdaya.svg")
        if app_icon.exists():
            self.setWindowIcon(QIcon(str(app_icon)))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.stack = PageStack()
        self._pages: dict[str, QWidget] = {}
        for spec in PAGES:
            item = QListWidgetItem(self._area_icon(spec.icon), self.tr(spec.title))
            item.setToolTip(f"{self.tr(spec.title)} ({spec.shortcut})")
            self.sidebar.addItem(item)
            self.stack.addWidget(self._placeholder())  # replaced by the real page on first visit
        self.sidebar.currentRowChanged.connect(self.show_area_index)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        # A page never gets less room than it needs: on a small screen (1366×768 at 150% leaves
        # 910×512) it scrolls instead of squeezing its buttons and fields until they are cut off.
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidget(self.stack)
        layout.addWidget(self.page_area, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db_path.name))
        self.db_label.setToolTip(str(self.ctx.db_path))
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)  # many changes in a burst -> one count query
        self._counts_timer.timeout.connect(self.refresh_status)
        # A bound method, not a lambda: Qt drops the connection when the window is destroyed
        # while the context lives on (tests and the self-test open several windows).
        ctx.data_changed.connect(self._schedule_counts)

        self._build_menus()
        self.restore_geometry()
        self._fit_sidebar()  # for the size the window opens at
        # The window appears first, with "Memuat…" where the page goes; the first page is built in
        # the event-loop turn after that paint, then Beranda reads its figures in a worker. On a
        # district-scale database this is what makes the window appear fast (benchmarks).
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(0)
        self.sidebar.blockSignals(False)
        after_first_paint(self, self._started, at_latest_ms=self.START_AT_LATEST_MS)

    def _placeholder(self) -> QWidget:
        """Where a page goes until it is built: "Memuat…" in the middle."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Memuat…")))
        row.addStretch(1)
        return box

    def _started(self) -> None:
        """After the first paint: the first page, then the work not needed to show the window."""
        gc.enable()  # paused by ``berdaya`` until the first paint (cli.main)
        if self._start != "pending":
            return  # cancelled: the window was closed before its start-up work ran
        self._start = "started"
        self._show_current_area()
        self._fit_dialogs = FitDialogsToScreen(self)
        QApplication.instance().installEventFilter(self._fit_dialogs)
        self.refresh_status()
        callbacks, self._on_started = self._on_started, []
        for callback in callbacks:
            callback()

    def cancel_start(self) -> None:
        """On closing: the start-up work that has not run yet never will (no worker is started
        on a database that is being closed)."""
        if self._start == "pending":
            self._start = "cancelled"
        self._on_started = []

    def when_started(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted and its first page built (at once
        when that happened already): background work that must not delay the first frame."""
        if self._start == "started":
            callback()
        elif self._start == "pending":
            self._on_started.append(callback)

    def _show_current_area(self) -> None:
        self.show_area_index(self.sidebar.currentRow())

    def built_page(self, key: str) -> QWidget | None:
        """The page of an area if it was built already (no building)."""
        return self._pages.get(key)

    def _area_icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = area_icon(self, name)
        return self._icons[name]

    # --- areas ----------------------------------------------------------------------------

    def spec(self, key: str) -> PageSpec:
        return next(s for s in PAGES if s.key == key)

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use."""
        if key not in self._pages:
            index = [s.key for s in PAGES].index(key)
            page = self.spec(key).build(self.ctx)
            placeholder = self.stack.widget(index)
            was_current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
            if was_current:
                self.stack.setCurrentWidget(page)
        return self._pages[key]

    def show_area(self, key: str) -> QWidget:
        index = [s.key for s in PAGES].index(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # calls show_area_index
        else:
            self.show_area_index(index)  # the first area may not be built yet
        return self.page(key)

    def retranslate(self) -> None:
        """Apply a new language: menus, sidebar and every page are rebuilt from their sources.

        Pages are rebuilt lazily like at start (the current one at once); records are saved as
        they are edited and dialogs are modal, so nothing in progress is lost.
        """
        current = self.sidebar.currentRow()
        self.menuBar().clear()
        self._build_menus()
        for index, spec in enumerate(PAGES):
            self.sidebar.item(index).setText(self.tr(spec.title))
            self.sidebar.item(index).setToolTip(f"{self.tr(spec.title)} ({spec.shortcut})")
            page = self._pages.pop(spec.key, None)
            if page is not None:
                placeholder = self._placeholder()
                self.stack.insertWidget(index, placeholder)
                self.stack.removeWidget(page)
                page.deleteLater()
        self._fit_sidebar()
        self.refresh_status()
        self.show_area_index(current)

    def _fit_sidebar(self) -> None:
        """As wide as the longest area name in the current language, no wider; in a narrow window
        (1366×768 at 150% is 910 px wide) icons only, the names in tool tips, so pages get the room."""
        compact = self.width() < COMPACT_SIDEBAR_BELOW
        metrics = self.sidebar.fontMetrics()
        for index, spec in enumerate(PAGES):
            item = self.sidebar.item(index)
            title = self.tr(spec.title)
            item.setText("" if compact else title)
            if compact:  # the name is no longer on show: screen readers read it from here
                from PySide6.QtCore import Qt

                item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if compact:
            self.sidebar.setFixedWidth(self.sidebar.iconSize().width() + 28)
            return
        widest = max(metrics.horizontalAdvance(self.tr(spec.title)) for spec in PAGES)
        self.sidebar.setFixedWidth(min(260, widest + self.sidebar.iconSize().width() + 36))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if (event.size().width() < COMPACT_SIDEBAR_BELOW) != (
            event.oldSize().width() < COMPACT_SIDEBAR_BELOW
        ):
            self._fit_sidebar()

    def show_area_index(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(PAGES[index].key)
        self.stack.setCurrentWidget(page)

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads by building the
        # enums of the whole Qt namespace (~17 ms), which the first frame does not need.
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Tampilan"))
        for spec in PAGES:
            # "&" in a menu text marks the mnemonic; "Penduduk & Keluarga" needs it doubled.
            action = QAction(
                self._area_icon(spec.icon), self.tr(spec.title).replace("&", "&&"), self
            )
            action.setShortcuts([QKeySequence(spec.shortcut)])
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_area(k))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        guide = QAction(self.tr("&Petunjuk"), self)
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction(self.tr("&Tentang Berdaya"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_help(self, topic: str | None = None) -> None:
        from desktop_app.ui.help import HelpDialog

        dialog = HelpDialog(self, topic if isinstance(topic, str) else None)
        dialog.exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # on use: its set-up costs ~2 ms at start

        QMessageBox.about(
            self,
            self.tr("Tentang Berdaya"),
            self.tr(
                "<h3>Berdaya {version}</h3>"
                "<p>Pendataan dan pemberdayaan kelompok masyarakat rentan di Kecamatan Alak, "
                "Kota Kupang: anak, perempuan, lansia, penyandang disabilitas dan masyarakat adat.</p>"
                "<p>Bekerja tanpa internet; data dipertukarkan dengan kantor distrik lewat buku kerja "
                "Excel.</p><p>Database: {db}</p>"
            ).format(version=__version__, db=self.ctx.db_path),
        )

    # --- status bar -------------------------------------------------------------------------

    def _schedule_counts(self, _table: str = "") -> None:
        self._counts_timer.start()

    def refresh_status(self) -> None:
        from desktop_app.ui.tasks import run_task  # after the first paint (it loads Qt's enums)

        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db_path.name))
        self.db_label.setToolTip(str(self.ctx.db_path))
        run_task(self, self.tr("Menghitung…"), lambda _p: record_counts(), self.ctx.db,
                 on_done=self._show_counts, show_dialog=False)  # fmt: skip

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(
            self.tr("{people} penduduk · {households} keluarga · {programs} program").format(
                people=format_number(counts["people"]),
                households=format_number(counts["households"]),
                programs=format_number(counts["programs"]),
            )
        )

    # --- geometry ---------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)

"""The main window: sidebar of areas, pages built on first use, status bar with counts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.domain.formatting import format_number
from desktop_app.paths import resource_path
from desktop_app.services.stats import record_counts
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages import PAGES, PageSpec
from desktop_app.ui.tasks import run_task

_FALLBACK_ICONS = {
    "home": QStyle.StandardPixmap.SP_DirHomeIcon,
    "people": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "program": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "group": QStyle.StandardPixmap.SP_DirIcon,
    "exchange": QStyle.StandardPixmap.SP_BrowserReload,
    "report": QStyle.StandardPixmap.SP_FileIcon,
    "settings": QStyle.StandardPixmap.SP_ComputerIcon,
}


def area_icon(widget: QWidget, name: str) -> QIcon:
    svg = resource_path("icons", f"{name}.svg")
    if svg.exists():
        return QIcon(str(svg))
    return widget.style().standardIcon(_FALLBACK_ICONS.get(name, QStyle.StandardPixmap.SP_FileIcon))


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
    def __init__(self, ctx: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(f"{APP_NAME} — {ctx.db_path.name}")
        self.setMinimumSize(QSize(760, 480))  # 1366×768 at 150% leaves ~910×512
        self._fit_dialogs = FitDialogsToScreen(self)
        QApplication.instance().installEventFilter(self._fit_dialogs)
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
            item = QListWidgetItem(area_icon(self, spec.icon), self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{self.tr(spec.title)} ({spec.shortcut})")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real page on first visit
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
        self._fit_sidebar()

        self.db_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)  # many changes in a burst -> one count query
        self._counts_timer.timeout.connect(self.refresh_status)
        # A bound method, not a lambda: Qt drops the connection when the window is destroyed
        # while the context lives on (tests and the self-test open several windows).
        ctx.data_changed.connect(self._schedule_counts)

        self._build_menus()
        self.restore_geometry()
        # The window appears first and Beranda is built in the next turn of the event loop: on a
        # district-scale database the window then shows in about half the time (benchmarks).
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(0)
        self.sidebar.blockSignals(False)
        QTimer.singleShot(0, self._show_current_area)
        QTimer.singleShot(0, self.refresh_status)

    def _show_current_area(self) -> None:
        self.show_area_index(self.sidebar.currentRow())

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
                placeholder = QWidget()
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
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Tampilan"))
        for spec in PAGES:
            # "&" in a menu text marks the mnemonic; "Penduduk & Keluarga" needs it doubled.
            action = QAction(
                area_icon(self, spec.icon), self.tr(spec.title).replace("&", "&&"), self
            )
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_area(k))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        guide = QAction(self.tr("&Petunjuk"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
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

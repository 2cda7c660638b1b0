"""Every main screen fits at 1366×768 and at 150% scaling: nothing visible is cut off.

The check walks the visible widget tree of the main window (every page, and every tab of every tab
widget on it) and reports:

- a child widget whose geometry sticks out of its parent's rectangle (it is drawn cut off);
- a single-line label whose text is wider than the label (``sizeHint().width() > width()``), or a
  word-wrapped label too short for its wrapped text (``heightForWidth(width()) > height()``);
- a button too narrow for its text (text advance + icon + the style's margins).

What is skipped, and why:

- the insides of item views (tables, lists, trees: header sections, editors, index widgets) — they
  scroll by design and Qt elides cell text itself;
- the widget inside a scroll area's viewport may be larger than the viewport (that is what scrolling
  is for); its own children are still checked against it;
- the insides of composite Qt controls (combo boxes, spin/date edits, tab bars, scroll bars), which
  Qt lays out itself; the controls themselves are checked against their parents;
- labels whose text is elided on purpose are marked with the dynamic property ``elided`` = True.

At 150% the check runs in a subprocess with ``QT_SCALE_FACTOR=1.5``, the window at the logical size
of a 1366×768 screen (910×512).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollBar,
    QStyle,
    QTabBar,
    QWidget,
)

from tests.ui.screens import every_view, settle

SCREEN = (1366, 768)
SCALE = float(os.environ.get("BERDAYA_LAYOUT_SCALE", "1"))
OPAQUE = (QAbstractItemView, QComboBox, QAbstractSpinBox, QTabBar, QScrollBar)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" {widget.text()[:40]!r}"
    return (
        f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}{text}"
    )


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parts.append(_name(widget))
        widget = widget.parentWidget()
    return " < ".join(parts)


def _scrolled(widget: QWidget) -> bool:
    """The widget sits in a scroll area's viewport: it may be larger than what shows."""
    parent = widget.parentWidget()
    owner = parent.parentWidget() if parent is not None else None
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent


def _button_needs(button: QAbstractButton) -> int:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    style = button.style()
    if isinstance(button, QPushButton):
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        return needed
    return max(needed, button.sizeHint().width())


def problems(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` that are cut off, with a readable path to each."""
    found: list[str] = []

    def visit(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=_DIRECT):
            if child.isWindow() or not child.isVisible():
                continue
            geometry = child.geometry()
            if not _scrolled(child) and not widget.rect().contains(geometry):
                found.append(
                    f"{_path(child, root)}: {_rect(geometry)} outside {_rect(widget.rect())}"
                )
            if isinstance(child, QLabel) and not child.property("elided") and child.text():
                if child.wordWrap():
                    if child.heightForWidth(child.width()) > child.height() + 1:
                        found.append(f"{_path(child, root)}: wrapped text needs "
                                     f"{child.heightForWidth(child.width())} px, has {child.height()}")  # fmt: skip
                elif child.pixmap().isNull() and child.sizeHint().width() > child.width() + 1:
                    found.append(f"{_path(child, root)}: text needs {child.sizeHint().width()} px, "
                                 f"has {child.width()}")  # fmt: skip
            if (
                isinstance(child, QAbstractButton)
                and child.text()
                and not isinstance(widget, QTabBar)
            ):
                if _button_needs(child) > child.width():
                    found.append(f"{_path(child, root)}: text needs {_button_needs(child)} px, "
                                 f"has {child.width()}")  # fmt: skip
            if not isinstance(child, OPAQUE):
                visit(child)

    visit(root)
    return found


_DIRECT = __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.FindChildOption.FindDirectChildrenOnly


def _rect(r: QRect) -> str:
    return f"({r.x()},{r.y()} {r.width()}×{r.height()})"


def _check_all(window, qtbot) -> list[str]:
    size = (round(SCREEN[0] / SCALE), round(SCREEN[1] / SCALE))
    window.resize(*size)
    settle(qtbot)
    assert (window.width(), window.height()) == size
    report = []
    for view in every_view(window, qtbot):
        report += [f"[{view}] {line}" for line in problems(window)]
        if SCALE == 1:  # at 1366×768 every page fits the window without scrolling
            area = window.page_area
            for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
                if bar.isVisible():
                    report.append(
                        f"[{view}] the page needs {bar.maximum()} px more than the window"
                    )
    return report


def test_checker_finds_a_cut_off_button_and_a_long_label(qtbot):
    """The check itself: a button and a label squeezed into a narrow box are reported."""
    box = QWidget()
    qtbot.addWidget(box)
    box.resize(200, 100)
    button = QPushButton("Daftarkan penduduk baru", box)
    button.setGeometry(0, 0, 60, 30)
    label = QLabel("Sebuah keterangan yang panjang sekali", box)
    label.setGeometry(0, 40, 60, 20)
    outside = QLabel("x", box)
    outside.setGeometry(180, 90, 40, 20)
    box.show()
    found = problems(box)
    assert any("Daftarkan" in line for line in found)
    assert any("keterangan" in line for line in found)
    assert any("outside" in line and "'x'" in line for line in found)
    button.setGeometry(0, 0, 190, 30)
    label.hide()
    outside.hide()
    assert problems(box) == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_screen_fits(main_window, qtbot, language):
    from desktop_app.ui import i18n

    if language != "id":
        assert i18n.install(language) == language
        main_window.retranslate()
    try:
        report = _check_all(main_window, qtbot)
    finally:
        if language != "id":
            i18n.install("id")
    assert report == [], "\n".join(report)


def _task_dialogs(window, ctx):
    from desktop_app.storage import models as m
    from desktop_app.ui.help import HelpDialog
    from desktop_app.ui.pages.exchange_export import ExportDialog
    from desktop_app.ui.pages.exchange_import import ImportDialog
    from desktop_app.ui.pages.groups.arisan_dialogs import CycleDialog
    from desktop_app.ui.pages.groups.dialogs import AddMemberDialog, GroupDialog
    from desktop_app.ui.pages.programs.attendance import AttendanceDialog
    from desktop_app.ui.pages.programs.dialogs import ActivityDialog, ProgramDialog, ServiceDialog
    from desktop_app.ui.pages.registry.person_form import PersonDialog
    from desktop_app.ui.pages.registry.profile import ProfileDialog

    person = (
        m.Person.alive().where(m.Person.household.is_null(False)).order_by(m.Person.name).first()
    )
    activity = m.Activity.alive().order_by(m.Activity.date.desc()).first()
    program, group = activity.program_id, m.Group.alive().first().id
    return (
        PersonDialog(ctx, person.id, window), ProfileDialog(ctx, person.id, window),
        AttendanceDialog(ctx, activity.id, window), ProgramDialog(ctx, program, window),
        ActivityDialog(ctx, program, window), ServiceDialog(ctx, program, window),
        GroupDialog(window, ctx, group), AddMemberDialog(window, ctx, group),
        CycleDialog(window, ctx, group), ImportDialog(ctx, window), ExportDialog(ctx, window),
        HelpDialog(window),
    )  # fmt: skip


@pytest.mark.skipif(SCALE == 1, reason="runs in the 150% subprocess, on a 1366×768 screen")
def test_task_dialogs_fit_the_screen(main_window, qtbot, ctx):
    """At 150% a dialog opens inside the 910×512 screen (its buttons reachable), nothing cut off."""
    report = []
    for dialog in _task_dialogs(main_window, ctx):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        room = dialog.screen().availableGeometry()
        if not room.contains(dialog.frameGeometry()):
            report.append(f"{type(dialog).__name__}: {_rect(dialog.frameGeometry())} outside "
                          f"the screen {_rect(room)}")  # fmt: skip
        report += [f"{type(dialog).__name__}: {line}" for line in problems(dialog)]
        dialog.reject()
    assert report == [], "\n".join(report)


@pytest.mark.skipif(SCALE != 1, reason="runs the same test at 150% in a subprocess")
def test_every_screen_fits_at_150_percent():
    screen = Path(__file__).with_name("screen_1366x768.json")  # an offscreen laptop screen
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", BERDAYA_LAYOUT_SCALE="1.5",
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
         str(Path(__file__)), "-k", "every_screen_fits or task_dialogs"],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_sidebar_shows_icons_only_in_a_narrow_window(main_window, qtbot):
    """At 910 px (1366×768 at 150%) the sidebar gives its room to the page; names stay in tool tips."""
    main_window.resize(1366, 768)
    settle(qtbot)
    wide = main_window.sidebar.width()
    assert main_window.sidebar.item(1).text() == "Penduduk & Keluarga"
    main_window.resize(910, 512)
    settle(qtbot)
    assert main_window.sidebar.width() < wide / 2
    assert main_window.sidebar.item(1).text() == ""
    assert main_window.sidebar.item(1).toolTip().startswith("Penduduk & Keluarga")
    main_window.resize(1366, 768)
    settle(qtbot)
    assert main_window.sidebar.item(1).text() == "Penduduk & Keluarga"

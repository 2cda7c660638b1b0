"""Walking the main window's screens in tests: every area, and every tab of every tab widget on it,
and collecting the texts a user reads there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from desktop_app.ui.pages import PAGES

_TAG = re.compile(r"<[^>]+>")


def settle(qtbot) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    qtbot.wait(30)


def every_view(window, qtbot) -> Iterator[str]:
    """Show each area, then each other tab of each visible tab widget; yield a name for the view."""
    for spec in PAGES:
        page = window.show_area(spec.key)
        settle(qtbot)
        yield spec.key
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                settle(qtbot)
                yield f"{spec.key} / {tabs.tabText(index)}"
            tabs.setCurrentIndex(current)
            settle(qtbot)


def _clean(text: str) -> str:
    text = _TAG.sub(" ", text) if "<" in text else text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def visible_texts(window: QWidget) -> set[str]:
    """Texts on show: window title, menus, and the visible labels, buttons, tabs, group boxes,
    placeholders, tool tips, table/list headers and combo box items (cells are data, not read)."""
    texts = {window.windowTitle()}

    def menu_texts(menu: QMenu) -> None:
        for action in menu.actions():
            texts.add(action.text())
            if action.menu():
                menu_texts(action.menu())

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.add(action.text())
            if action.menu():
                menu_texts(action.menu())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            if not header.isHidden():
                texts.update(str(widget.model().headerData(i, Qt.Orientation.Horizontal) or "")
                             for i in range(header.count()) if not header.isSectionHidden(i))  # fmt: skip
    return {_clean(t) for t in texts if t and _clean(t)}

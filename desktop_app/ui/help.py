"""Petunjuk: the built-in guide, in the interface's language, with the keyboard shortcuts taken
from the window's own menus (so the list is never out of date)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import resource_path
from desktop_app.ui import i18n

SHORTCUTS_ANCHOR = "pintasan"
_HEADING = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>')


def guide_html(language: str) -> str:
    path = resource_path("help", f"{language}.html")
    if not path.exists():
        path = resource_path("help", f"{i18n.DEFAULT_LANGUAGE}.html")
    return path.read_text(encoding="utf-8")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(shortcut, action text) for every menu action of ``window`` that has a shortcut."""
    rows = []
    for action in window.findChildren(QAction):
        key = action.shortcut()
        if key.isEmpty() or not action.text():
            continue
        rows.append((key.toString(QKeySequence.SequenceFormat.NativeText),
                     _without_mnemonic(action.text())))  # fmt: skip
    return sorted(set(rows), key=lambda r: (len(r[0]), r[0]))


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


class HelpDialog(QDialog):
    def __init__(self, window: QWidget, topic: str | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Petunjuk Berdaya"))
        self.resize(900, 600)
        language = i18n.language_from(QSettings())
        body = guide_html(language)
        title = self.tr("Pintasan keyboard")
        rows = "".join(
            f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(text)}</td></tr>"
            for key, text in shortcut_rows(window)
        )
        body += (f'<h2 id="{SHORTCUTS_ANCHOR}">{html.escape(title)}</h2>'
                 f'<table cellpadding="4">{rows}</table>')  # fmt: skip

        self.topics = QListWidget()
        self.topics.setFixedWidth(300)
        self.topics.setWordWrap(True)
        for anchor, heading in _HEADING.findall(body):
            item = QListWidgetItem(html.unescape(re.sub("<[^>]+>", "", heading)))
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.topics.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(body)
        self.topics.currentItemChanged.connect(
            lambda item, _prev: item and self.browser.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.show_topic(topic)

    def show_topic(self, anchor: str | None) -> None:
        for i in range(self.topics.count()):
            if anchor is None or self.topics.item(i).data(Qt.ItemDataRole.UserRole) == anchor:
                self.topics.setCurrentRow(i)
                return

    def anchors(self) -> list[str]:
        return [self.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.topics.count())]

"""Small form helpers for the registry: dates typed dd/mm/yyyy, code combos, field messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.ui.labels import VULNERABILITY
from desktop_app.ui.messages import translate_message
from desktop_app.ui.pages.registry.model import BADGE_COLORS


def parse_date(text: str) -> dt.date | None:
    """'05/03/1990', '5-3-1990' or '1990-03-05'; ValueError with a message for the user."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(QCoreApplication.translate(
        "DateEdit", "Tanggal tidak dikenali; tulis hh/bb/tttt, mis. 05/03/1990."))  # fmt: skip


class DateEdit(QLineEdit):
    """A date that may be empty, typed as dd/mm/yyyy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh/bb/tttt"))
        self.setMaximumWidth(130)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def date(self) -> dt.date | None:
        return parse_date(self.text())


class CodeCombo(QComboBox):
    """A combo over a code list with an optional empty choice; ``code()`` is the stored value."""

    def __init__(
        self, choices: dict[str, str], empty: str | None = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for code, label in choices.items():
            self.addItem(label, code)

    def code(self) -> object:
        return self.currentData()

    def set_code(self, code: object) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


class FieldMessage(QLabel):
    """The message under a form field: red for an error, amber for a warning; links clickable."""

    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self.link_clicked)
        self.hide()

    def show_messages(self, items: list[tuple[str, str, str | None]]) -> None:
        """(severity, message, link id or None); messages of the services are Indonesian and shown
        in the interface language."""
        if not items:
            self.clear()
            self.hide()
            return
        parts = []
        for severity, message, link in items:
            color = "#b00020" if severity == "error" else "#8a5a00"
            prefix = "" if severity == "error" else self.tr("Peringatan: ")
            text = f'<span style="color:{color}">{prefix}{translate_message(message)}</span>'
            if link:
                text += f' <a href="{link}">' + self.tr("Buka data orang itu") + "</a>"
            parts.append(text)
        self.setText("<br>".join(parts))
        self.show()


class BadgeRow(QWidget):
    """Vulnerability categories as coloured badges."""

    def __init__(self, codes_: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for code in codes_:
            badge = QLabel(VULNERABILITY[code])
            badge.setObjectName(f"badge_{code}")
            badge.setStyleSheet(
                f"background:{BADGE_COLORS[code]}; color:white; border-radius:8px; padding:2px 8px;"
            )
            layout.addWidget(badge)
        if not codes_:
            layout.addWidget(QLabel("–"))
        layout.addStretch(1)


class BadgeDelegate(QStyledItemDelegate):
    """Paints a row's vulnerability categories as small coloured pills.

    ``badges_role`` gives the codes alone (a short list crosses into Qt faster than the row).
    The pills of one set of categories at one size are drawn once into a pixmap and reused:
    a list has a few dozen distinct sets, and repainting the list after every keystroke drew
    each pill again (about a third of a millisecond per row)."""

    def __init__(self, badges_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badges_role = badges_role
        self._pills: dict[tuple[object, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        badges = index.data(self.badges_role)
        if not badges:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # Only the cell's background (selection, alternate rows): the view's option already
            # says which, so the model is not asked for the cell's text, font and colours.
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)  # fmt: skip
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (tuple(badges), option.rect.width(), option.rect.height(), option.font.key(),
               option.palette.text().color().rgba(), ratio)  # fmt: skip
        pills = self._pills.get(key)
        if pills is None:
            if len(self._pills) > 512:
                self._pills.clear()
            pills = self._pills[key] = self._draw(badges, option, ratio)
        painter.drawPixmap(option.rect.topLeft(), pills)

    @staticmethod
    def _draw(badges: list[str], option: QStyleOptionViewItem, ratio: float) -> QPixmap:
        pixmap = QPixmap(option.rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        metrics = option.fontMetrics
        x = 3.0
        height = metrics.height() + 2
        y = (option.rect.height() - height) / 2
        right = option.rect.width() - 3
        for code in badges:
            text = VULNERABILITY[code]
            width = metrics.horizontalAdvance(text) + 12
            if x + width > right:
                painter.setPen(option.palette.text().color())
                painter.drawText(QRectF(x, y, 16, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_COLORS[code]))
            painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x, y, width, height), Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.end()
        return pixmap

"""Small helpers of the groups area: date and money fields, a form dialog with messages beside
its fields, and tables whose money cells show ``Rp 1.500.000`` but sort as numbers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_date, format_number, format_rupiah
from desktop_app.storage.errors import StorageError
from desktop_app.ui.errors import user_message

ERROR_STYLE = "color: #b00020;"


class Rp(int):
    """An integer Rupiah cell: shown as money, sorted as a number."""


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(value or dt.date.today()))
    return edit


def get_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


_MONEY = re.compile(r"^(rp\.?)?\s*([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)$", re.IGNORECASE)


def parse_money(text: str) -> int:
    """``Rp 1.500.000``, ``1.500.000`` or ``1500000`` -> 1500000; anything else is refused."""
    cleaned = (text or "").strip().replace(" ", "")
    if not cleaned:
        return 0
    match = _MONEY.match(cleaned)
    if not match:
        raise ValueError(QCoreApplication.translate(
            "Money", "Tulis jumlah uang dalam Rupiah tanpa sen, misalnya 100.000."))  # fmt: skip
    return int(match.group(2).replace(".", ""))


def money_edit(value: int | None = None) -> QLineEdit:
    edit = QLineEdit(format_number(value) if value else "")
    edit.setPlaceholderText("0")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Rp):
        return format_rupiah(int(value))
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return "Ya" if value else ""
    if isinstance(value, int):
        return format_number(value)
    return str(value)


def make_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[object]],
               keys: list[object] | None = None, stretch: int = 0) -> None:  # fmt: skip
    """Fill ``table``; ``keys[i]`` is stored on the first cell of row i (Qt.UserRole)."""
    selected = current_key(table)
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(cell_text(value))
            if isinstance(value, int) and not isinstance(value, bool):
                item.setData(Qt.ItemDataRole.EditRole, int(value))
                item.setText(cell_text(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if headers:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if selected is not None and keys is not None and selected in keys:
        table.selectRow(keys.index(selected))


def current_key(table: QTableWidget) -> object | None:
    row = table.currentRow()
    if row < 0 or not table.selectionModel() or not table.selectionModel().hasSelection():
        return None
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class FormDialog(QDialog):
    """A dialog whose Simpan runs ``save()``; a refusal shows its message next to the field it is
    about (or at the bottom) and the dialog stays open with nothing written."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.field_errors: dict[str, QLabel] = {}
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value: object = None
        self._finished_layout = False

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.field_errors[key] = err
        self.form.addRow(label, box)
        return widget

    def finish_layout(self) -> None:
        self.outer.addWidget(self.error_label)
        self.outer.addWidget(self.buttons)

    def clear_errors(self) -> None:
        for label in (*self.field_errors.values(), self.error_label):
            label.clear()
            label.hide()

    def field_error(self, key: str, message: str) -> None:
        label = self.field_errors.get(key, self.error_label)
        label.setText(message)
        label.show()

    def save(self) -> object:  # pragma: no cover - overridden
        raise NotImplementedError

    # keys whose message is recognised by a word in it
    ERROR_FIELDS: tuple[tuple[str, str], ...] = ()

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.result_value = self.save()
        except (ValueError, StorageError) as exc:
            message = user_message(exc)
            key = getattr(exc, "key", None) or next(
                (k for word, k in self.ERROR_FIELDS if word.lower() in message.lower()), ""
            )
            self.field_error(key, message)
            return
        super().accept()


def connect_once(dialog: QDialog, on_accept: Callable[[], None]) -> None:
    dialog.accepted.connect(on_accept)
    dialog.finished.connect(dialog.deleteLater)


def open_dialog(owner: Any, dialog: Any, on_done: Any, refresh: Any) -> None:
    """Open ``dialog`` window-modal from ``owner`` (which keeps it in ``owner.dialog``): on
    acceptance ``on_done(dialog.result_value)`` then ``refresh()``. The previous dialog, once
    closed, is freed so that only one stays alive."""
    previous = owner.dialog
    if previous is not None and not previous.isVisible():
        previous.deleteLater()
    owner.dialog = dialog

    def done() -> None:
        if on_done is not None:
            on_done(dialog.result_value)
        refresh()

    dialog.accepted.connect(done)
    dialog.open()

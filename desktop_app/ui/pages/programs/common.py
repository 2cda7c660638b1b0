"""Small helpers shared by the program dialogs: dates, Rupiah fields, errors beside fields."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.formatting import format_number
from desktop_app.ui.messages import translate_message

EMPTY_DATE = QDate(1900, 1, 1)


class _OpenAtToday(QObject):
    """An empty optional date shows its calendar at this month, not at January 1900."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self.edit.date() == EMPTY_DATE:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def date_edit(value: dt.date | None = None, *, optional: bool = False) -> QDateEdit:
    """A dd/mm/yyyy date field with a calendar; ``optional`` shows "—" for no date."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText("—")
        popup = edit.calendarWidget().parentWidget() or edit.calendarWidget()
        popup.installEventFilter(_OpenAtToday(edit))
    set_date(edit, value if value or optional else dt.date.today())
    return edit


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY_DATE)


def get_date(edit: QDateEdit) -> dt.date | None:
    q = edit.date()
    if q == EMPTY_DATE and edit.specialValueText():
        return None
    return dt.date(q.year(), q.month(), q.day())


def parse_rupiah(text: str) -> int | None:
    """ "Rp 1.500.000", "1500000", "1.500.000" -> 1500000; "" -> None; junk -> ValueError."""
    clean = re.sub(r"^\s*rp\.?\s*", "", text.strip(), flags=re.IGNORECASE).replace(" ", "")
    if not clean:
        return None
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", clean):
        clean = clean.replace(".", "")
    if not re.fullmatch(r"-?\d+", clean):
        raise ValueError(QCoreApplication.translate(
            "Money", "Tulis jumlah uang dalam Rupiah tanpa sen, misalnya 1.500.000."))  # fmt: skip
    return int(clean)


def money_edit(value: int | None = None) -> QLineEdit:
    edit = QLineEdit(format_number(value) if value is not None else "")
    edit.setPlaceholderText(QCoreApplication.translate("ProgramForms", "mis. 1.500.000"))

    def tidy() -> None:
        try:
            amount = parse_rupiah(edit.text())
        except ValueError:
            return
        if amount is not None:
            edit.setText(format_number(amount))

    edit.editingFinished.connect(tidy)
    return edit


class FieldErrors:
    """A red message under each field of a form, shown only when that field is wrong."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> None:
        form.addRow(caption, widget)
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        form.addRow("", label)
        self.labels[key] = label

    def show(self, errors: dict[str, str]) -> None:
        for key, label in self.labels.items():
            message = translate_message(errors.get(key, ""))  # services write Indonesian
            label.setText(message)
            label.setVisible(bool(message))

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label

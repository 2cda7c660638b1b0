"""Date fields: dd/mm/yyyy, optional dates empty, and an empty date's calendar opens at today."""

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt

from desktop_app.ui.pages.programs.common import date_edit, get_date


def test_empty_optional_date_opens_the_calendar_at_this_month(qtbot):
    edit = date_edit(optional=True)
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    edit.show()
    assert get_date(edit) is None and edit.text() == "—"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(190, 15))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert get_date(edit) is None  # opening the calendar chose nothing


def test_date_field_shows_indonesian_order():
    edit = date_edit(dt.date(1950, 5, 12))
    assert edit.text() == "12/05/1950" and get_date(edit) == dt.date(1950, 5, 12)

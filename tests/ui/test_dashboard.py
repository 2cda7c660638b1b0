"""Beranda with the demo data: renders, filters change the figures, drill-downs agree."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop_app.domain.formatting import format_number
from desktop_app.services import dashboard as d
from desktop_app.storage import models as m
from desktop_app.ui.pages.home import HomePage


def _page(qtbot, ctx) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=10000)
    return page


def _drill(qtbot, page, trigger):
    page.last_drill = None
    trigger()
    qtbot.waitUntil(lambda: page.last_drill is not None, timeout=10000)
    return page.last_drill


def test_dashboard_renders_the_demo_figures(qtbot, ctx):
    page = _page(qtbot, ctx)
    people = m.Person.alive().count()
    assert page.cards["people"].value.text() == format_number(people)
    assert page.cards["households"].value.text() == format_number(m.Household.alive().count())
    # the default period is the latest month with sessions, so the page is not empty
    assert int(page.cards["sessions"].value.text()) > 0
    assert "%" in page.cards["attendance"].value.text()
    assert page.cards["services"].value.text().startswith("Rp ")
    for key, box in page.charts.items():
        assert box.sets and sum(s.sum() for s in box.sets) != 0, key


def test_a_filter_changes_the_figures(qtbot, ctx):
    page = _page(qtbot, ctx)
    before = page.cards["people"].value.text()
    kel = "53.71.01.1009"
    page.kelurahan.setCurrentIndex(page.kelurahan.findData(kel))
    qtbot.waitUntil(lambda: page.data.filters.kelurahan == kel and not page.busy, timeout=10000)
    expected = m.Person.alive().where(m.Person.kelurahan == kel).count()
    assert page.cards["people"].value.text() == format_number(expected) != before
    # every chart follows the filter: one kelurahan left in the per-kelurahan charts
    assert [s.count() for s in page.charts["coverage"].sets] == [1, 1]
    page.span.setCurrentIndex(page.span.findData(12))
    qtbot.waitUntil(lambda: page.data.filters.start.month != page.data.filters.end.month,
                    timeout=10000)  # fmt: skip
    assert page.data.sessions >= 1


def test_clicking_a_bar_opens_exactly_those_people(qtbot, ctx):
    page = _page(qtbot, ctx)
    box = page.charts["vulnerable"]
    cat = d.CATEGORIES.index("disabilitas")
    bar_set = box.sets[cat]
    # index 0 of the set is the last category given (bars are drawn top-down): Penkase Oeleta
    value = int(bar_set.at(0))
    assert value > 0
    dialog = _drill(qtbot, page, lambda: bar_set.clicked.emit(0))
    assert dialog.count == value
    assert format_number(value) in dialog.count_label.text()
    assert "Penkase Oeleta" in dialog.windowTitle()
    kelurahan = {dialog.model.data(dialog.model.index(r, 4)) for r in range(dialog.count)}
    assert kelurahan == {"Penkase Oeleta"}


def test_card_and_pyramid_drill_downs_agree_and_nik_stays_masked(qtbot, ctx):
    page = _page(qtbot, ctx)
    dialog = _drill(qtbot, page, page.cards["vulnerable"].clicked.emit)
    assert dialog.count == page.data.vulnerable
    niks = {p.nik for p in m.Person.alive() if p.nik}
    shown = {dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.count)}
    assert not shown & niks
    dialog.show_nik.setChecked(True)  # the user chooses to see them
    shown = {dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.count)}
    assert shown & niks
    pyramid = page.charts["pyramid"].sets[1]  # women
    index = next(i for i in range(pyramid.count()) if pyramid.at(i) > 0)
    dialog = _drill(qtbot, page, lambda: pyramid.clicked.emit(index))
    assert dialog.count == int(pyramid.at(index))
    assert {dialog.model.data(dialog.model.index(r, 2)) for r in range(dialog.count)} == {"P"}


def test_time_chart_drill_down(qtbot, ctx):
    page = _page(qtbot, ctx)
    present = page.charts["time"].sets[1]
    index = max(range(present.count()), key=present.at)
    dialog = _drill(qtbot, page, lambda: present.clicked.emit(index))
    assert dialog.count == int(present.at(index)) > 0


def test_every_chart_saves_as_png(qtbot, ctx, tmp_path):
    page = _page(qtbot, ctx)
    for key, box in page.charts.items():
        path = tmp_path / f"{key}.png"
        assert box.save_png(path)
        image = QImage(str(path))
        assert image.width() > 200 and image.height() > 200


def test_empty_database_shows_zeros_not_errors(qtbot, empty_ctx):
    page = _page(qtbot, empty_ctx)
    assert page.cards["people"].value.text() == "0"
    assert page.cards["attendance"].value.text() == "–"


def test_double_click_in_the_list_opens_the_profile(qtbot, ctx, monkeypatch):
    from desktop_app.ui.pages.registry import profile

    opened = []
    monkeypatch.setattr(profile.ProfileDialog, "exec", lambda self: opened.append(self) or 0)
    page = _page(qtbot, ctx)
    dialog = _drill(qtbot, page, page.cards["people"].clicked.emit)
    dialog.open_row(0)
    assert len(opened) == 1


def test_an_edit_elsewhere_refreshes_the_figures(qtbot, ctx):
    from desktop_app.services import records

    page = _page(qtbot, ctx)
    before = page.data.people
    person = m.Person.alive().first()
    records.delete(person, ctx.actor)  # emits data_changed, as every write does
    qtbot.waitUntil(lambda: page.data.people == before - 1, timeout=10000)
    assert page.cards["people"].value.text() == format_number(before - 1)


def test_program_list_arrives_after_the_page_shows_and_filters_the_figures(qtbot, ctx):
    """The filter bar's program list is read in a worker once the page is on screen (1,650
    programs on a district database); choosing one narrows the figures to its participants."""
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert page.program.count() == 1 and page.program_id() is None  # "Semua program" only
    assert page.data is None and page.task is None  # nothing is read before the page shows
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=10000)
    assert page.program.count() == 1 + m.Program.alive().count()
    program = next(e.program for e in m.Enrollment.alive() if e.program.deleted_at is None)
    enrolled = m.Enrollment.alive().where(m.Enrollment.program == program.id)
    page.program.setCurrentIndex(page.program.findText(program.name))
    page.program.activated.emit(page.program.currentIndex())
    chosen = program.id
    qtbot.waitUntil(lambda: page.data.filters.program == chosen and not page.busy, timeout=10000)
    assert page.program_id() == program.id
    assert 0 < page.data.reached <= enrolled.count()
    ctx.notify_changed("program")  # the list is read again; the choice on show is kept
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.program_id() == program.id

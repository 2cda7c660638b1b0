"""Beranda reopened on unchanged data: the stored figures show at once, with nothing to read in
the background (the facts are kept in the file), and the next filter is computed from them."""

from __future__ import annotations

from desktop_app.services import dashboard as d
from desktop_app.ui.pages.home import HomePage


def _page(qtbot, ctx) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=10000)
    return page


def test_reopened_page_shows_the_stored_figures_then_computes_the_next_filter(qtbot, ctx):
    first = _page(qtbot, ctx)
    assert not first.data.from_store and first.warming is None
    d.clear_caches()  # as after closing and opening the app
    page = _page(qtbot, ctx)
    assert page.data.from_store and page.data == first.data
    assert page.warming is None and not d.needs_warming()
    page.kelurahan.setCurrentIndex(page.kelurahan.findData("53.71.01.1009"))
    qtbot.waitUntil(lambda: page.data.filters.kelurahan == "53.71.01.1009" and not page.busy,
                    timeout=10000)  # fmt: skip
    assert not page.data.from_store
    assert page.data == d.compute(page.data.filters)

"""The Impor/Ekspor page and the export dialog, driven as a facilitator would."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog

from desktop_app.exchange import format as f
from desktop_app.storage.models import ExportMark, Person
from desktop_app.ui.pages.exchange import ExchangePage
from desktop_app.ui.pages.exchange_export import ExportDialog


def _wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.finished_flag, timeout=60000)


def test_export_dialog_exports_a_kelurahan_masked(qtbot, ctx, tmp_path, monkeypatch):
    target = tmp_path / "keluar" / "alak"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))  # fmt: skip
    dialog = ExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.kelurahan.isEnabled()
    dialog.scope_kelurahan.setChecked(True)
    assert dialog.kelurahan.isEnabled()
    dialog.kelurahan.setCurrentIndex(dialog.kelurahan.findText("Alak"))
    dialog.mask.setChecked(True)
    assert not dialog.changed_only.isEnabled()
    dialog.browse.click()
    assert dialog.path.text().endswith("alak.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as signal:
        dialog.export_button.click()
    result = signal.args[0]
    assert result.scope == "kelurahan:Alak" and result.masked
    out = target.with_suffix(".xlsx")
    assert out.exists()
    wb = openpyxl.load_workbook(out, read_only=True)
    meta = f.Meta.from_rows(list(wb[f.META_SHEET].iter_rows(values_only=True)))
    assert meta.masked and meta.scope == "kelurahan:Alak"
    niks = [r[2] for r in list(wb["Penduduk"].iter_rows(values_only=True))[1:] if r[2]]
    assert niks and all(n.startswith("*") for n in niks)
    assert "baris diekspor" in dialog.summary.text()
    assert dialog.export_button.isEnabled()


def test_export_dialog_cancel_leaves_no_file(qtbot, ctx, tmp_path, monkeypatch):
    from desktop_app.services import exchange_export as ex
    from desktop_app.services.progress import Cancelled

    real = ex.export

    def cancelled_export(db, path, actor, options, progress):
        def cancel_at_once(*_a, **_k):
            raise Cancelled()

        return real(db, path, actor, options, cancel_at_once)

    monkeypatch.setattr(ex, "export", cancelled_export)
    dialog = ExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "batal.xlsx"))
    dialog.export_button.click()
    _wait_done(qtbot, dialog)
    qtbot.waitUntil(lambda: "dibatalkan" in dialog.summary.text())
    assert not (tmp_path / "batal.xlsx").exists()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_exchange_page_export_template_and_history(qtbot, ctx, tmp_path, monkeypatch):
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.export_button.isVisible() and page.template_button.isVisible()
    # Impor… is shown only when the import dialog exists, and then it opens it.
    if page.import_button.isVisible():
        assert callable(page.open_import_dialog)
    template = tmp_path / "templat"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(template), "")))  # fmt: skip
    page.template_button.click()
    assert (tmp_path / "templat.xlsx").exists()
    assert "Templat kosong" in page.status.text()

    page.export_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.path.setText(str(tmp_path / "semua.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_button.click()
    assert ExportMark.select().count() == 1
    qtbot.waitUntil(lambda: page.exports.rowCount() == 1)
    assert page.exports.item(0, 1).text() == "semua.xlsx"
    rows = openpyxl.load_workbook(tmp_path / "semua.xlsx", read_only=True)["Penduduk"].max_row
    assert rows == Person.select().count() + 1
    dialog.close()


def test_exchange_page_is_the_impor_ekspor_area(main_window):
    assert isinstance(main_window.show_area("pertukaran"), ExchangePage)

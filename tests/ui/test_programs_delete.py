"""Deleting a program or an enrollment asks first, keeps the data (tombstone) and can be undone;
indicators can be changed after they were defined."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.services import programs as svc
from desktop_app.storage.models import Enrollment, OutcomeIndicator, Program
from desktop_app.ui.pages.programs import ProgramsPage
from desktop_app.ui.pages.programs.dialogs import IndicatorDialog


def answer(monkeypatch, reply, undo=False):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: reply)

    def fake_exec(box):
        for button in box.buttons():
            if undo and button.text() == "Urungkan":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.fixture
def page(qtbot, ctx):
    widget = ProgramsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_delete_program_asks_and_hides_it(page, monkeypatch, qtbot):
    program_id = page.program_id
    answer(monkeypatch, QMessageBox.StandardButton.No)
    page.delete_btn.click()
    assert Program.get_by_id(program_id).deleted_at is None  # "No" changes nothing
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.delete_btn.click()
    assert Program.get_by_id(program_id).deleted_at is not None  # a tombstone, not erased
    qtbot.waitUntil(lambda: page.program_id != program_id, timeout=2000)
    assert program_id not in [p.id for p in svc.list_programs()]


def test_delete_program_can_be_undone_at_once(page, monkeypatch):
    program_id = page.program_id
    answer(monkeypatch, QMessageBox.StandardButton.Yes, undo=True)
    page.delete_btn.click()
    assert Program.get_by_id(program_id).deleted_at is None


def test_remove_enrollment_made_by_mistake(page, monkeypatch, qtbot):
    page.participants.table.selectRow(0)
    enrollment_id = page.participants.current_key()
    before = Enrollment.alive().where(Enrollment.program == page.program_id).count()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.unenrol_btn.click()
    assert Enrollment.get_by_id(enrollment_id).deleted_at is not None
    qtbot.waitUntil(lambda: len(page.participants.keys) == before - 1, timeout=2000)


def test_indicator_can_be_changed(page, monkeypatch, qtbot):
    with_indicator = next(p for p in svc.list_programs() if svc.list_indicators(p.id))
    page.select_program(with_indicator.id)
    page.tabs.setCurrentWidget(page.outcomes)
    qtbot.waitUntil(lambda: page.indicator.count() > 0, timeout=2000)
    ind_id = page.indicator.currentData()

    def steps(dialog):
        assert dialog.name.text() == OutcomeIndicator.get_by_id(ind_id).name  # loaded for editing
        dialog.name.setText("Pendapatan bulanan (diperbarui)")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IndicatorDialog, "exec", steps)
    page.edit_indicator_btn.click()
    stored = OutcomeIndicator.get_by_id(ind_id)
    assert stored.name == "Pendapatan bulanan (diperbarui)" and stored.version == 2

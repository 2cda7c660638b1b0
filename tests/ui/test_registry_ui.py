"""The registry screens driven through their real widgets (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop_app.domain.nik import build_nik
from desktop_app.storage.models import Enrollment, Household, Person
from desktop_app.ui.pages.registry import person_form
from desktop_app.ui.pages.registry.duplicates import MergeDialog
from desktop_app.ui.pages.registry.page import RegistryPage
from desktop_app.ui.pages.registry.person_form import PersonDialog
from desktop_app.ui.pages.registry.profile import ProfileDialog


@pytest.fixture
def errors(monkeypatch):
    """Error boxes are recorded instead of blocking the test; none is expected unless asserted."""
    from desktop_app.ui import errors as ui_errors

    shown: list[str] = []
    monkeypatch.setattr(
        ui_errors.QMessageBox, "critical", lambda _p, title, text: shown.append(f"{title}: {text}")
    )
    yield shown
    assert not shown, shown


@pytest.fixture
def page(qtbot, ctx, monkeypatch, errors):
    monkeypatch.setattr(person_form, "confirm", lambda *a, **k: True)
    widget = RegistryPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _save(qtbot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _fill(
    qtbot, dialog: PersonDialog, name: str, nik: str = "", birth: str = "02/05/1990", sex: str = "P"
):
    dialog.show()
    qtbot.keyClicks(dialog.name, name)
    if nik:
        qtbot.keyClicks(dialog.nik, nik)
    dialog.sex.set_code(sex)
    qtbot.keyClicks(dialog.birth_date, birth)


def _names(view) -> list[str]:
    model = view.model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_register_with_and_without_nik_through_the_form(qtbot, page):
    before = page.people.model.total_count
    nik = build_nik("537101", dt.date(1990, 5, 2), "P", 77)
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "Imelda Ratu Pellokila", nik=nik)
    dialog.kelurahan.setCurrentIndex(3)
    qtbot.keyClicks(dialog.no_kk, "5371012010130999")
    dialog.relationship.set_code("1")
    dialog.wg["walking"].set_code("3")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = Person.get(Person.nik == nik)
    assert person.wg_walking == 3 and person.household_id
    assert Household.get_by_id(person.household_id).head_id == person.id

    # Without NIK: the reason is required, then it saves and is easy to find later.
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "Obed Nubatonis Kecil", birth="01/02/2024", sex="L")
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.messages["no_nik_reason"].isVisible()
    assert "alasan" in dialog.messages["no_nik_reason"].text()
    dialog.no_nik_reason.set_code("anak")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.push_undo(dialog.saved_changes)
    page.refresh()
    assert page.people.model.total_count == before + 2
    page.people.has_nik.setCurrentIndex(page.people.has_nik.findData(False))
    qtbot.keyClicks(page.people.search, "nubatonis kecil")
    qtbot.waitUntil(lambda: page.people.model.filter.text == "nubatonis kecil", timeout=2000)
    assert _names(page.people.view) == ["Obed Nubatonis Kecil"]
    # Ctrl+Z undoes the registration (the record goes to the recycle bin)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.people.view.setFocus()
    qtbot.keyClick(page.people.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(page.people.view) == [], timeout=2000)
    assert Person.get(Person.name == "Obed Nubatonis Kecil").deleted_at is not None


def test_validation_messages_bad_nik_and_duplicate_nik(qtbot, page):
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Maria Test", nik="53710142")
    count = Person.select().count()
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.messages["nik"].isVisible() and "16 angka" in dialog.messages["nik"].text()
    assert dialog.summary.isVisible()

    holder = Person.alive().where(Person.nik.is_null(False)).first()
    dialog.nik.setText(holder.nik)
    dialog.sex.set_code(holder.sex)
    dialog.birth_date.set_date(holder.birth_date or dt.date(1990, 1, 1))
    _save(qtbot, dialog)
    text = dialog.messages["nik"].text()
    assert "sudah dipakai" in text and holder.name in text and f'href="{holder.id}"' in text
    opened = []
    dialog.open_person.connect(opened.append)
    dialog.messages["nik"].linkActivated.emit(holder.id)
    assert opened == [holder.id]
    assert Person.select().count() == count  # nothing saved

    # A NIK that disagrees with the birth date is only a warning the facilitator can accept.
    dialog.nik.setText(build_nik("537101", dt.date(1985, 1, 1), "P", 55))
    dialog.birth_date.set_date(dt.date(1990, 1, 1))
    dialog.sex.set_code("P")
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Peringatan" in dialog.messages["nik"].text() and dialog.accept_warnings.isVisible()
    dialog.accept_warnings.setChecked(True)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_search_and_filters_combine_and_clear(qtbot, page):
    tab = page.people
    total = tab.model.total_count
    assert tab.count_label.text() == f"{total} penduduk"
    target = Person.alive().where(Person.nik.is_null(False)).order_by(Person.name).first()
    first, *rest = target.name.split()
    typed = f"{rest[-1].upper()} {first[:4].lower()}"  # any order, any case
    qtbot.keyClicks(tab.search, typed)
    qtbot.waitUntil(lambda: tab.model.filter.text == typed, timeout=2000)
    assert target.name in _names(tab.view)
    assert all(first[:4].lower() in n.lower() for n in _names(tab.view))
    qtbot.waitUntil(
        lambda: "cocok" in tab.count_label.text(), timeout=2000
    )  # counted once typing pauses
    assert tab.model.filtered_count == len(_names(tab.view))
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.filtered_count == total, timeout=2000)
    tab.kelurahan.setCurrentIndex(tab.kelurahan.findData(target.kelurahan))
    tab.sex.setCurrentIndex(tab.sex.findData(target.sex))
    tab.vulnerability.setCurrentIndex(
        tab.vulnerability.findData("perempuan" if target.sex == "P" else "tanpa_nik")
    )
    expected = Person.alive().where(
        (Person.kelurahan == target.kelurahan) & (Person.sex == target.sex)
    )
    if target.sex == "P":
        assert tab.model.filtered_count == expected.count() > 0
    else:
        assert tab.model.filtered_count == expected.where(Person.nik.is_null()).count()
    assert tab.clear_button.isEnabled()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.model.filtered_count == total and tab.kelurahan.currentIndex() == 0
    assert not tab.clear_button.isEnabled()
    # sorting happens in SQL: by age, youngest first, then oldest first
    tab.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    births = [r["sort_value"] for r in tab.model.rows]
    assert births == sorted(births, reverse=True)  # youngest (latest birth) first
    assert tab.model.rows[0]["age"] == min(r["age"] for r in tab.model.rows if r["age"] is not None)
    tab.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    births = [r["sort_value"] for r in tab.model.rows]
    assert births == sorted(births) and len(births) >= 60


def test_open_profile_shows_programs_services_and_history(qtbot, page, monkeypatch):
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: 0)
    person_id = Enrollment.alive().first().person_id
    dialog = page.open_profile(person_id)
    qtbot.addWidget(dialog)
    assert (
        dialog.programs.rowCount()
        == Enrollment.alive().where(Enrollment.person == person_id).count()
    )
    assert dialog.service_total.text().startswith("Total: Rp ")
    assert dialog.history.rowCount() >= 0
    assert dialog.windowTitle().endswith(Person.get_by_id(person_id).name)


def test_delete_and_restore_from_the_recycle_bin(qtbot, page):
    tab = page.people
    tab.view.selectRow(0)
    pid = tab.selected_id()
    total = tab.model.total_count
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert Person.get_by_id(pid).deleted_at is not None
    assert tab.model.total_count == total - 1 and pid not in [r["id"] for r in tab.model.rows]
    bin_ = page.recycle
    page.tabs.setCurrentWidget(bin_)
    assert bin_.people.filtered_count == 1
    bin_.view.selectRow(0)
    qtbot.mouseClick(bin_.restore_button, Qt.MouseButton.LeftButton)
    assert Person.get_by_id(pid).deleted_at is None
    assert bin_.people.filtered_count == 0
    page.tabs.setCurrentWidget(tab)
    assert tab.model.total_count == total and pid in [r["id"] for r in tab.model.rows]


def test_merge_two_duplicates_moves_enrollments_to_survivor(qtbot, page, monkeypatch):
    enrolled = Enrollment.alive().first().person
    programs = {e.program_id for e in Enrollment.alive().where(Enrollment.person == enrolled.id)}
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, enrolled.name, birth=(enrolled.birth_date or dt.date(enrolled.birth_year, 7, 1)).strftime("%d/%m/%Y"),
          sex=enrolled.sex)  # fmt: skip
    dialog.kelurahan.set_code(enrolled.kelurahan)
    dialog.no_nik_reason.set_code("hilang")
    dialog.accept_warnings.setChecked(True)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    twin = dialog.person_id
    # the twin joined a program of its own meanwhile
    from desktop_app.services import records
    from desktop_app.storage.models import Program

    extra = Program.alive().where(Program.id.not_in(list(programs))).first()
    records.save(Enrollment(person=twin, program=extra.id, status="aktif"), page.ctx.actor)

    tab = page.duplicates
    qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.find_button.isEnabled() and tab.table.rowCount() > 0, timeout=20000)
    row = next(i for i, c in enumerate(tab.candidates) if {c.a, c.b} == {enrolled.id, twin})
    assert tab.candidates[row].score >= 70
    tab.table.selectRow(row)

    def run(dlg):
        if dlg.keep_id != enrolled.id:
            dlg.swap()
        assert dlg.table.rowCount() > 0  # field-by-field review
        dlg.merge()
        return dlg.result()

    monkeypatch.setattr(MergeDialog, "exec", run)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    survivor = {e.program_id for e in Enrollment.alive().where(Enrollment.person == enrolled.id)}
    assert survivor == programs | {extra.id}
    assert Person.get_by_id(twin).deleted_at is not None
    assert all(twin not in (c.a, c.b) for c in tab.candidates)


def test_household_from_person_members_head_and_move(qtbot, page, monkeypatch):
    from desktop_app.ui.pages.registry import household_form
    from desktop_app.ui.pages.registry.household_form import HouseholdDialog, PersonPicker

    dialogs = []
    monkeypatch.setattr(HouseholdDialog, "exec", lambda self: dialogs.append(self) or 0)
    loner = Person.alive().where(Person.household.is_null(False)).first()
    # take the person out of their family first, through the household screen
    page.open_household(loner.household_id)
    old = dialogs[-1]
    row = next(
        r
        for r in range(old.table.rowCount())
        if old.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == loner.id
    )
    old.table.selectRow(row)
    qtbot.mouseClick(old.remove_button, Qt.MouseButton.LeftButton)
    assert Person.get_by_id(loner.id).household_id is None and loner.id not in old.member_ids()

    # "Keluarga…" on a person without household creates one headed by them
    page.person_household(loner.id)
    hh_id = Person.get_by_id(loner.id).household_id
    assert hh_id and Household.get_by_id(hh_id).head_id == loner.id
    dialog = dialogs[-1]
    assert dialog.member_ids() == [loner.id]

    # add a member through the picker (typing in its search box), then make them head
    other = Person.alive().where(Person.id != loner.id, Person.household.is_null(False)).first()

    def pick(picker: PersonPicker) -> int:
        qtbot.keyClicks(picker.search, other.name)
        picker.view.selectRow(
            next(i for i, r in enumerate(picker.model.rows) if r["id"] == other.id)
        )
        picker.relationship.set_code("3")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(household_form.PersonPicker, "exec", pick)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert set(dialog.member_ids()) == {loner.id, other.id}
    moved = Person.get_by_id(other.id)
    assert moved.household_id == hh_id and moved.relationship == "3"
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == other.id
    )
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.head_button, Qt.MouseButton.LeftButton)
    assert Household.get_by_id(hh_id).head_id == other.id
    # each household edit is an undo step: undo puts the previous head back, then the member out
    page.undo()
    assert Household.get_by_id(hh_id).head_id == loner.id
    assert Person.get_by_id(loner.id).relationship == "1"
    page.undo()
    assert Person.get_by_id(other.id).household_id == other.household_id


def _texts(widget) -> str:
    """Everything a user can read in ``widget``: labels, fields, table cells, window title."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit

    out = [widget.windowTitle()]
    out += [w.text() for w in widget.findChildren(QLabel)]
    out += [w.text() for w in widget.findChildren(QAbstractButton)]
    out += [w.text() for w in widget.findChildren(QLineEdit)]
    for view in widget.findChildren(QAbstractItemView):
        m = view.model()
        if m is None:
            continue
        out += [
            str(m.index(r, c).data() or "")
            for r in range(m.rowCount())
            for c in range(m.columnCount())
        ]
    return "\n".join(out)


def test_a_pengamat_sees_nik_kk_and_phone_masked_in_every_registry_view(qtbot, page, monkeypatch):
    from desktop_app.services import auth, registry
    from desktop_app.storage import masking
    from desktop_app.ui.pages.registry.household_form import HouseholdDialog

    p = (Person.alive().join(Household, on=(Person.household == Household.id))
         .where(Person.nik.is_null(False), Household.no_kk.is_null(False)).first())  # fmt: skip
    old_nik, kk = p.nik, Household.get_by_id(p.household_id).no_kk
    new_nik = build_nik(old_nik[:6], p.birth_date or dt.date(1990, 1, 1), p.sex, 99)
    registry.save_person(page.ctx.actor, {"nik": new_nik, "phone": "081234567890"}, p.id,
                         accept_warnings=True)  # fmt: skip
    twin = registry.save_person(page.ctx.actor, {"name": p.name, "sex": p.sex, "nik": None,
                                                 "no_nik_reason": "hilang", "phone": "085211112222",
                                                 "birth_date": p.birth_date, "birth_year": p.birth_year,
                                                 "kelurahan": p.kelurahan}, accept_warnings=True)[0]  # fmt: skip
    raw = (old_nik, new_nik, kk, "081234567890", "085211112222")
    masking.enable(page.ctx.db)  # what signing in as a Pengamat does (auth.apply_session)
    monkeypatch.setattr(page.ctx, "session", auth.Session("budi", "Budi", "pengamat"))
    page = RegistryPage(page.ctx)  # the page as a Pengamat opens it
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    # nothing offers a change the write path would refuse
    for button in (page.people.add_button, page.people.edit_button, page.people.delete_button,
                   page.people.household_button, page.households.new_button,
                   page.households.delete_button):  # fmt: skip
        assert not button.isEnabled()
    assert page.people.profile_button.isEnabled()

    def check(widget, *masked: str) -> None:
        text = _texts(widget)
        for value in raw:
            assert value not in text, (type(widget).__name__, value)
        for value in masked:
            assert value in text, (type(widget).__name__, value)

    tab = page.people
    tab.search.setText(new_nik[:10])  # part of a hidden number finds nobody, and says why
    tab.apply_filter()
    assert tab.model.rowCount() == 0 and "lengkap" in tab.count_label.text()
    tab.search.setText(p.name)
    tab.apply_filter()
    assert p.id in [r["id"] for r in tab.model.rows]
    check(tab, auth.mask_nik(new_nik), auth.mask_phone("081234567890"))

    monkeypatch.setattr(ProfileDialog, "exec", lambda self: 0)
    profile = page.open_profile(p.id)
    qtbot.addWidget(profile)
    check(profile, auth.mask_nik(kk), auth.mask_phone("081234567890"))
    assert not profile.edit_button.isEnabled()
    history = _texts(profile.history)
    assert f"NIK: {auth.mask_nik(old_nik)} → {auth.mask_nik(new_nik)}" in history

    monkeypatch.setattr(HouseholdDialog, "exec", lambda self: 0)
    household = page.open_household(p.household_id)
    check(household, auth.mask_nik(kk), auth.mask_nik(new_nik))
    assert not household.save_button.isEnabled() and not household.add_button.isEnabled()

    merge = MergeDialog(page.ctx, p.id, twin.id, page)
    qtbot.addWidget(merge)
    check(merge, auth.mask_nik(new_nik))
    assert not merge.merge_button.isEnabled()

    dup = page.duplicates
    qtbot.mouseClick(dup.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dup.find_button.isEnabled(), timeout=20000)
    check(dup)
    # equal masked numbers are not "NIK sama": only people whose real NIKs are equal
    real = {x.id: x for x in Person.alive()}  # masked here; compare through the raw file instead
    import sqlite3

    conn = sqlite3.connect(page.ctx.db_path)
    niks = dict(conn.execute("SELECT id, nik FROM person"))
    conn.close()
    for c in dup.candidates:
        if "NIK sama" in c.reasons:
            assert niks[c.a] == niks[c.b] and real[c.a].nik.endswith("*")


def test_profile_of_a_member_of_a_deleted_household_says_tanpa_keluarga(qtbot, page, monkeypatch):
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: 0)
    p = Person.alive().where(Person.household.is_null(False)).first()
    hh = Household.get_by_id(p.household_id)
    page.delete_household(hh.id)
    assert Household.get_by_id(hh.id).deleted_at is not None
    profile = page.open_profile(p.id)
    qtbot.addWidget(profile)
    assert not hasattr(profile, "members")
    assert (
        "tempat sampah" in profile.family_note.text()
        and (hh.no_kk or "–") in profile.family_note.text()
    )
    # "Keluarga…" offers a new household instead of opening the deleted one
    from desktop_app.ui.pages.registry.household_form import HouseholdDialog

    opened = []
    monkeypatch.setattr(HouseholdDialog, "exec", lambda self: opened.append(self) or 0)
    page.person_household(p.id)
    new = Person.get_by_id(p.id).household_id
    assert new != hh.id and Household.get_by_id(new).head_id == p.id
    assert opened and opened[-1].household_id == new

"""The program page as a facilitator uses it: create a program, enrol from a filtered list, add a
session, take attendance with the keyboard only, record a scholarship payment and an income
follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.services import programs as svc
from desktop_app.services import records
from desktop_app.storage.models import (
    Activity,
    Attendance,
    Enrollment,
    Outcome,
    OutcomeIndicator,
    Person,
    Program,
    Service,
)
from desktop_app.ui.pages.programs import ProgramsPage
from desktop_app.ui.pages.programs.attendance import AttendanceDialog, WalkInDialog
from desktop_app.ui.pages.programs.dialogs import (
    ActivityDialog,
    IndicatorDialog,
    MeasurementDialog,
    PeoplePickerDialog,
    ProgramDialog,
    ServiceDialog,
)

ALAK = "53.71.01.1001"
NAMOSAIN = "53.71.01.1003"


def drive(monkeypatch, cls, steps):
    """Replace ``cls.exec`` so the test drives the dialog the way a user would."""

    def fake_exec(self):
        self.show()
        steps(self)
        result = self.result()
        self.close()
        return result

    monkeypatch.setattr(cls, "exec", fake_exec)


@pytest.fixture
def people(empty_ctx):
    rows = [
        ("Yuliana Tefa", "P", ALAK, dt.date(1990, 2, 1)),
        ("Maria Ndoen", "P", ALAK, dt.date(1985, 6, 9)),
        ("Sarlota Kana", "P", ALAK, dt.date(1979, 1, 20)),
        ("Petrus Manafe", "L", ALAK, dt.date(1988, 3, 3)),
        ("Ester Bire", "P", NAMOSAIN, dt.date(1992, 4, 4)),
    ]
    out = {}
    for name, sex, kel, born in rows:
        p = Person(name=name, sex=sex, kelurahan=kel, birth_date=born)
        records.save(p, empty_ctx.actor)
        out[name] = p.id
    return out


@pytest.fixture
def page(qtbot, empty_ctx):
    widget = ProgramsPage(empty_ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 708)
    widget.show()
    return widget


def test_program_workflow_keyboard_attendance_services_outcomes(
    qtbot, monkeypatch, empty_ctx, people, page
):
    assert page.empty.isVisibleTo(page)  # no program yet: a hint, not an empty screen

    # 1. create a program; the first try without a name shows the message beside the field
    def fill_program(d: ProgramDialog) -> None:
        d.accept()
        assert "wajib" in d.errors.text("name")
        d.name.setText("Pelatihan Menjahit Perempuan")
        d.kind.setCurrentIndex(d.kind.findData("pelatihan"))
        d.budget.setText("Rp 25.000.000")
        d.sex.setCurrentIndex(d.sex.findData("P"))
        d.age_min.setValue(18)
        d.age_max.setValue(55)
        d.update_preview()  # normally after a short pause
        assert d.preview.text().startswith(
            "4 orang di database memenuhi syarat ini (Perempuan, umur 18–55)"
        )
        d.age_max.setValue(10)
        d.update_preview()
        assert "lebih besar" in d.rule_error.text() and not d.rule_error.isHidden()
        d.age_max.setValue(55)
        d.accept()

    drive(monkeypatch, ProgramDialog, fill_program)
    page.new_program()
    program = Program.get(Program.name == "Pelatihan Menjahit Perempuan")
    assert program.budget == 25_000_000
    assert page.program_id == program.id
    assert "Rp 25.000.000" in page.details.text()

    # 2. the eligible tab lists the four women and not the man
    page.tabs.setCurrentWidget(page.eligible)
    assert sorted(page.eligible.keys) == sorted(
        people[n] for n in ("Yuliana Tefa", "Maria Ndoen", "Sarlota Kana", "Ester Bire")
    )

    # 3. enrol from a filtered list: women in Alak only
    def pick(d: PeoplePickerDialog) -> None:
        d.kelurahan.setCurrentIndex(d.kelurahan.findData(ALAK))
        d.sex.setCurrentIndex(d.sex.findData("P"))
        names = sorted(d.table.item(r, 0).text() for r in range(d.table.rowCount()))
        assert names == ["Maria Ndoen", "Sarlota Kana", "Yuliana Tefa"]
        assert not d.ok.isEnabled()  # nothing picked yet
        d.table.selectAll()
        assert d.ok.text() == "Daftarkan (3)"
        d.accept()

    drive(monkeypatch, PeoplePickerDialog, pick)
    page.enrol_people()
    enrolled = {e.person_id for e in Enrollment.alive().where(Enrollment.program == program.id)}
    assert enrolled == {people["Yuliana Tefa"], people["Maria Ndoen"], people["Sarlota Kana"]}
    qtbot.waitUntil(lambda: len(page.participants.keys) == 3)

    # enrolling someone twice from the eligible list is refused with a message, not an error
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    page._enrol([people["Maria Ndoen"], people["Ester Bire"]], dt.date.today())
    assert "Maria Ndoen" in infos[-1] and "dua kali" in infos[-1]
    assert Enrollment.alive().where(Enrollment.program == program.id).count() == 4

    # 4. add a session
    def fill_session(d: ActivityDialog) -> None:
        d.topic.setText("Pola dan potong")
        d.place.setText("Aula Kelurahan Alak")
        d.trainer.setText("Ibu Yuliana Fanggidae")
        d.accept()

    drive(monkeypatch, ActivityDialog, fill_session)
    page.tabs.setCurrentWidget(page.sessions)
    page.new_session()
    activity = Activity.get(Activity.program == program.id)
    assert activity.start_time == "09:00" and activity.topic == "Pola dan potong"
    qtbot.waitUntil(lambda: page.sessions.keys == [activity.id])

    # 5. attendance with the keyboard only: Space, Down, Down, Space, Ctrl+N walk-in, Ctrl+S
    def walk_in(d: WalkInDialog) -> None:
        qtbot.keyClicks(d.name, "Agustina Lian")
        d.sex.setCurrentIndex(d.sex.findData("P"))
        d.kelurahan.setCurrentIndex(d.kelurahan.findData(ALAK))
        d.birth_year.setValue(1994)
        d.accept()
        assert "alasan" in d.errors.text("nik")  # no NIK needs a reason
        d.reason.setCurrentIndex(d.reason.findData("belum_rekam"))
        d.accept()

    drive(monkeypatch, WalkInDialog, walk_in)

    def keyboard(d: AttendanceDialog) -> None:
        d.activateWindow()
        d.table.setFocus()
        order = [d.table.item(r, 1).text() for r in range(d.table.rowCount())]
        assert order == ["Ester Bire", "Maria Ndoen", "Sarlota Kana", "Yuliana Tefa"]
        qtbot.keyClick(d.table, Qt.Key.Key_Space)  # Ester present
        qtbot.keyClick(d.table, Qt.Key.Key_Down)
        qtbot.keyClick(d.table, Qt.Key.Key_Down)
        qtbot.keyClick(d.table, Qt.Key.Key_Space)  # Sarlota present
        qtbot.keyClick(d.table, Qt.Key.Key_Down)
        qtbot.keyClick(d.table, Qt.Key.Key_Space)
        qtbot.keyClick(d.table, Qt.Key.Key_Space)  # toggled twice: Yuliana absent
        assert d.count.text() == "2 dari 4 hadir"
        qtbot.keyClick(d.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert d.count.text() == "3 dari 5 hadir"
        qtbot.keyClick(d.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    drive(monkeypatch, AttendanceDialog, keyboard)
    page.sessions.table.selectRow(0)
    page.take_attendance()
    marks = {
        a.person.name: a.present
        for a in Attendance.alive().where(Attendance.activity == activity.id)
    }
    assert marks == {"Ester Bire": True, "Maria Ndoen": False, "Sarlota Kana": True, "Yuliana Tefa": False,
                     "Agustina Lian": True}  # fmt: skip
    walk = Person.get(Person.name == "Agustina Lian")
    assert Enrollment.get(Enrollment.person == walk.id).status == "aktif"
    qtbot.waitUntil(lambda: "3/5" in page.sessions.table.item(0, 5).text())

    # 6. a scholarship payment: missing school and class are shown beside the fields
    def pay(d: ServiceDialog) -> None:
        d.person.setCurrentText("Maria Ndoen")
        d.kind.setCurrentIndex(d.kind.findData("beasiswa"))
        d.amount.setText("1.500.000")
        d.accept()
        assert "Sekolah" in d.errors.text("school") or "sekolah" in d.errors.text("school")
        d.school.setText("SMP Negeri 9 Kupang")
        d.grade.setText("8")
        d.accept()

    drive(monkeypatch, ServiceDialog, pay)
    page.tabs.setCurrentWidget(page.services)
    page.record_service()
    paid = Service.get(Service.person == people["Maria Ndoen"])
    assert (paid.kind, paid.amount, paid.school, paid.grade) == (
        "beasiswa",
        1_500_000,
        "SMP Negeri 9 Kupang",
        "8",
    )
    qtbot.waitUntil(lambda: "Rp 1.500.000" in page.services.info.text())

    # 7. an income indicator, a baseline and a follow-up
    def new_indicator(d: IndicatorDialog) -> None:
        d.name.setText("Pendapatan rumah tangga per bulan")
        d.accept()

    drive(monkeypatch, IndicatorDialog, new_indicator)
    page.tabs.setCurrentWidget(page.outcomes)
    page.new_indicator()
    indicator = OutcomeIndicator.get(OutcomeIndicator.program == program.id)
    qtbot.waitUntil(lambda: page.indicator.currentData() == indicator.id)

    measurements = iter(
        [(True, "500.000", dt.date.today() - dt.timedelta(days=90)), (False, "1.250.000", None)]
    )

    def measure(d: MeasurementDialog) -> None:
        baseline, value, when = next(measurements)
        d.person.setCurrentText("Yuliana Tefa")
        d.baseline.setCurrentIndex(d.baseline.findData(baseline))
        if when:
            d.date.setDate(when)
        d.value.setText(value)
        d.accept()

    drive(monkeypatch, MeasurementDialog, measure)
    page.record_measurement()
    page.record_measurement()
    values = sorted((o.is_baseline, o.value_number) for o in Outcome.alive())
    assert values == [(False, 1_250_000), (True, 500_000)]
    qtbot.waitUntil(lambda: "1 dari 1 orang membaik" in page.outcomes.info.text())
    assert "Rp 750.000" in page.outcomes.info.text()  # the median change


def test_bad_session_time_is_refused_beside_the_field(qtbot, empty_ctx):
    program = svc.save_program(empty_ctx.actor, svc.ProgramInput(name="Posyandu", kind="kesehatan"))
    d = ActivityDialog(empty_ctx, program.id)
    qtbot.addWidget(d)
    d.topic.setText("Imunisasi")
    d.start.setText("13:00")
    d.end.setText("10:00")
    d.accept()
    assert "sebelum jam mulai" in d.errors.text("time")
    assert d.result() != QDialog.DialogCode.Accepted
    assert Activity.select().count() == 0


def test_screenshot_of_page_and_attendance_grid(qtbot, ctx, tmp_path):
    """The demo database at 1366×768: the page and the attendance grid render with data."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_area_index(2)
    page = window.stack.currentWidget()
    assert isinstance(page, ProgramsPage)
    assert page.participants.keys  # the first program has participants
    assert not window.grab().isNull()
    dialog = AttendanceDialog(ctx, page.sessions.keys[0], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() > 0
    assert not dialog.grab().isNull()


def test_status_change_and_organizations_from_the_page(qtbot, monkeypatch, empty_ctx, people, page):
    from desktop_app.ui.pages.programs.dialogs import OrganizationDialog, StatusDialog

    def add_org(d: OrganizationDialog) -> None:
        d.name.setText("Puskesmas Alak")
        d.kind.setCurrentIndex(d.kind.findData("puskesmas"))
        d.contact.setText("dr. Petrus Manafe")
        d.phone.setText("telp kantor")
        d.save()
        assert "telepon" in d.errors.text("phone")
        d.phone.setText("0812 3456 7890")
        d.save()
        assert d.list.count() == 1
        d.accept()

    drive(monkeypatch, OrganizationDialog, add_org)
    page.edit_organizations()
    program = svc.save_program(
        empty_ctx.actor, svc.ProgramInput(name="Posyandu Lansia", kind="kesehatan")
    )
    svc.enroll(
        empty_ctx.actor, program.id, [people["Maria Ndoen"]], dt.date(2026, 10, 1), status="aktif"
    )
    qtbot.waitUntil(lambda: page.program_id == program.id and len(page.participants.keys) == 1)

    def leave(d: StatusDialog) -> None:
        d.status.setCurrentIndex(d.status.findData("keluar"))
        d.accept()
        assert "Alasan" in d.errors.text("reason")  # leaving needs a reason
        d.reason.setText("Pindah ke Soe")
        d.accept()

    drive(monkeypatch, StatusDialog, leave)
    page.participants.table.selectRow(0)
    page.change_status()
    e = Enrollment.get(Enrollment.program == program.id)
    assert (e.status, e.exit_reason) == ("keluar", "Pindah ke Soe")
    qtbot.waitUntil(lambda: "Keluar 1" in page.participants.info.text())


def test_closing_attendance_with_unsaved_marks_asks_first(qtbot, monkeypatch, empty_ctx, people):
    program = svc.save_program(empty_ctx.actor, svc.ProgramInput(name="Diskusi", kind="diskusi"))
    svc.enroll(empty_ctx.actor, program.id, list(people.values()), dt.date(2026, 10, 1))
    act = svc.save_activity(
        empty_ctx.actor, program.id, svc.ActivityInput(dt.date(2026, 10, 2), topic="Hak")
    )
    d = AttendanceDialog(empty_ctx, act.id)
    qtbot.addWidget(d)
    d.show()
    # typing a name's first letters jumps to that person, Space marks them
    qtbot.keyClicks(d.table, "Pet")
    qtbot.keyClick(d.table, Qt.Key.Key_Space)
    assert d.present[people["Petrus Manafe"]] is True
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    qtbot.keyClick(d.table, Qt.Key.Key_Escape)
    assert d.isVisible() and Attendance.select().count() == 0  # Batal: still open, nothing saved
    qtbot.keyClick(d.table, Qt.Key.Key_Escape)
    assert not d.isVisible()
    present = {a.person.name for a in Attendance.alive() if a.present}
    assert present == {"Petrus Manafe"} and Attendance.alive().count() == 5


def test_enrol_from_eligible_tab_and_picker_search(qtbot, empty_ctx, people, page):
    from desktop_app.domain.programs import EligibilityRule

    rule = EligibilityRule(sex="P", kelurahan=(ALAK,))
    program = svc.save_program(
        empty_ctx.actor, svc.ProgramInput(name="Tenun Ikat", kind="pelatihan", rule=rule)
    )
    qtbot.waitUntil(lambda: page.program_id == program.id)
    page.tabs.setCurrentWidget(page.eligible)
    assert "3 orang memenuhi syarat (Perempuan, 1 kelurahan)" in page.eligible.info.text()
    page.eligible.table.selectRow(0)
    page.enrol_eligible_btn.click()  # (a mouse click can land on a window left by another test)
    qtbot.waitUntil(lambda: len(page.eligible.keys) == 2 and len(page.participants.keys) == 1,
                    timeout=15_000)  # the lists reload in a worker; CI machines can be busy

    enrolled = {e.person_id for e in page._enrollments.values()}
    assert enrolled == {people["Maria Ndoen"]}  # first by name
    picker = PeoplePickerDialog(empty_ctx, "Daftarkan peserta", exclude=enrolled)
    qtbot.addWidget(picker)

    def names() -> list[str]:
        return [picker.table.item(r, 0).text() for r in range(picker.table.rowCount())]

    assert "Maria Ndoen" not in names()  # already enrolled people are not offered again
    qtbot.keyClicks(picker.search, "kana")
    qtbot.waitUntil(lambda: names() == ["Sarlota Kana"])  # after the typing pause
    picker.search.clear()
    from desktop_app.domain.people import age_on

    today = dt.date.today()
    limit = age_on(dt.date(1988, 3, 3), None, today)  # Petrus's age: he and Sarlota (1979) qualify
    picker.age_min.setValue(limit)
    qtbot.waitUntil(lambda: names() == ["Petrus Manafe", "Sarlota Kana"])

"""Register or edit a person: the groups of a first visit, messages next to each field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.disability import DOMAINS
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import records, registry
from desktop_app.storage.models import Household, Person
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import ANSWERS, QUESTIONS, codes
from desktop_app.ui.pages.registry.widgets import CodeCombo, DateEdit, FieldMessage

WG_FIELD = {d: f"wg_{d}" for d in DOMAINS}


class PersonDialog(QDialog):
    """``saved_changes`` holds the changes of the last successful save (for undo)."""

    open_person = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str | None = None, parent: QWidget | None = None,
                 household_id: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.saved_changes: list[records.Change] = []
        self.setWindowTitle(
            self.tr("Ubah data penduduk") if person_id else self.tr("Daftarkan penduduk")
        )
        self.resize(1100, 700)
        self.messages: dict[str, FieldMessage] = {}
        self._build()
        if person_id:
            self._load(Person.get_by_id(person_id))
        elif household_id:
            hh = Household.get_by_id(household_id)
            self.no_kk.setText(hh.no_kk or "")
            self.kelurahan.set_code(hh.kelurahan)
            self.rw.setText(hh.rw or "")
            self.rt.setText(hh.rt or "")
            self.address.setText(hh.address or "")
        self.name.setFocus()

    # --- layout ------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        msg = FieldMessage()
        msg.setObjectName(f"msg_{key}")
        msg.link_clicked.connect(self._open_link)
        v.addWidget(msg)
        self.messages[key] = msg
        form.addRow(label, box)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Identitas
        ident = QGroupBox(self.tr("1. Identitas"))
        f = QFormLayout(ident)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self._row(f, self.tr("Nama lengkap *"), self.name, "name")
        self.nik = QLineEdit()
        self.nik.setObjectName("nik")
        self.nik.setPlaceholderText(self.tr("16 angka; kosongkan bila belum punya"))
        self.nik.editingFinished.connect(self._check_live)
        self._row(f, self.tr("NIK"), self.nik, "nik")
        self.no_nik_reason = CodeCombo(codes.NO_NIK_REASON, self.tr("(punya NIK)"))
        self.no_nik_reason.setObjectName("no_nik_reason")
        self._row(f, self.tr("Alasan tanpa NIK"), self.no_nik_reason, "no_nik_reason")
        self.sex = CodeCombo(codes.SEX, self.tr("(pilih)"))
        self.sex.setObjectName("sex")
        self._row(f, self.tr("Jenis kelamin *"), self.sex, "sex")
        self.birth_place = QLineEdit()
        self._row(f, self.tr("Tempat lahir"), self.birth_place, "birth_place")
        births = QWidget()
        h = QHBoxLayout(births)
        h.setContentsMargins(0, 0, 0, 0)
        self.birth_date = DateEdit()
        self.birth_date.setObjectName("birth_date")
        self.birth_year = QLineEdit()
        self.birth_year.setObjectName("birth_year")
        self.birth_year.setPlaceholderText(self.tr("tttt"))
        self.birth_year.setMaximumWidth(70)
        h.addWidget(self.birth_date)
        h.addWidget(QLabel(self.tr("atau perkiraan tahun")))
        h.addWidget(self.birth_year)
        h.addStretch(1)
        self._row(f, self.tr("Tanggal lahir *"), births, "birth_date")
        self.messages["birth_year"] = self.messages["birth_date"]
        self.phone = QLineEdit()
        self._row(f, self.tr("Telepon/HP"), self.phone, "phone")
        self.religion = CodeCombo(codes.RELIGION)
        self._row(f, self.tr("Agama"), self.religion, "religion")
        self.marital = CodeCombo(codes.MARITAL)
        self._row(f, self.tr("Status perkawinan"), self.marital, "marital_status")
        self.education = CodeCombo(codes.EDUCATION)
        self._row(f, self.tr("Pendidikan"), self.education, "education")
        self.occupation = QLineEdit()
        self._row(f, self.tr("Pekerjaan"), self.occupation, "occupation")
        self.ethnicity = QLineEdit()
        self._row(f, self.tr("Suku"), self.ethnicity, "ethnicity")
        self.indigenous = QCheckBox(self.tr("Masyarakat adat"))
        self._row(f, "", self.indigenous, "indigenous")

        # Alamat
        addr = QGroupBox(self.tr("2. Alamat"))
        f = QFormLayout(addr)
        self.kelurahan = CodeCombo({k.code: k.name for k in kelurahan_list()}, self.tr("(pilih)"))
        self._row(f, self.tr("Kelurahan"), self.kelurahan, "kelurahan")
        rwrt = QWidget()
        h = QHBoxLayout(rwrt)
        h.setContentsMargins(0, 0, 0, 0)
        self.rw = QLineEdit()
        self.rw.setMaximumWidth(60)
        self.rt = QLineEdit()
        self.rt.setMaximumWidth(60)
        h.addWidget(QLabel("RW"))
        h.addWidget(self.rw)
        h.addWidget(QLabel("RT"))
        h.addWidget(self.rt)
        h.addStretch(1)
        self._row(f, self.tr("RW / RT"), rwrt, "rw")
        self.address = QLineEdit()
        self._row(f, self.tr("Jalan, nomor rumah"), self.address, "address")

        # Keluarga
        fam = QGroupBox(self.tr("3. Keluarga dan hubungan"))
        f = QFormLayout(fam)
        self.no_kk = QLineEdit()
        self.no_kk.setObjectName("no_kk")
        self.no_kk.setPlaceholderText(self.tr("No. KK: keluarga dicari atau dibuat"))
        self._row(f, self.tr("No. KK"), self.no_kk, "no_kk")
        self.relationship = CodeCombo(codes.SHDK)
        self._row(f, self.tr("Hubungan dalam keluarga"), self.relationship, "relationship")

        # WG-SS
        wg = QGroupBox(self.tr("4. Kesulitan fungsional (Washington Group)"))
        f = QFormLayout(wg)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.wg: dict[str, CodeCombo] = {}
        for n, domain in enumerate(DOMAINS, 1):
            combo = CodeCombo(
                {str(k): f"{k}. {v}" for k, v in ANSWERS.items()}, self.tr("(belum ditanyakan)")
            )
            combo.setObjectName(WG_FIELD[domain])
            self.wg[domain] = combo
            question = QLabel(f"{n}. {self.tr(QUESTIONS[domain])}")
            question.setWordWrap(True)
            f.addRow(question)
            f.addRow(combo)

        # Dokumen
        docs = QGroupBox(self.tr("5. Dokumen kependudukan"))
        v = QVBoxLayout(docs)
        self.has_ktp = QCheckBox(self.tr("Punya KTP-el"))
        self.has_kk = QCheckBox(self.tr("Tercantum di Kartu Keluarga"))
        self.has_birth_certificate = QCheckBox(self.tr("Punya akta kelahiran"))
        self.has_bpjs = QCheckBox(self.tr("Punya BPJS Kesehatan/KIS"))
        for w in (self.has_ktp, self.has_kk, self.has_birth_certificate, self.has_bpjs):
            v.addWidget(w)

        # Persetujuan
        cons = QGroupBox(self.tr("6. Persetujuan"))
        f = QFormLayout(cons)
        self.consent_given = QCheckBox(self.tr("Orang ini setuju datanya dicatat"))
        self.consent_given.setObjectName("consent_given")
        self._row(f, "", self.consent_given, "consent_given")
        self.consent_date = DateEdit()
        self._row(f, self.tr("Tanggal"), self.consent_date, "consent_date")
        self.consent_method = CodeCombo(codes.CONSENT_METHOD)
        self._row(f, self.tr("Cara"), self.consent_method, "consent_method")
        self.consent_recorded_by = QLineEdit(self.ctx.actor.user or "")
        self._row(f, self.tr("Dicatat oleh"), self.consent_recorded_by, "consent_recorded_by")
        self.consent_given.toggled.connect(self._consent_toggled)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self._row(f, self.tr("Catatan"), self.notes, "notes")

        left = QVBoxLayout()
        for box in (ident, addr, fam):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (wg, docs, cons):
            right.addWidget(box)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color:#b00020;")
        self.summary.hide()
        outer.addWidget(self.summary)
        self.accept_warnings = QCheckBox(
            self.tr("Saya sudah memeriksa peringatan di atas; simpan tetap")
        )
        self.accept_warnings.setObjectName("accept_warnings")
        self.accept_warnings.hide()
        outer.addWidget(self.accept_warnings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        outer.addWidget(buttons)

    def _consent_toggled(self, on: bool) -> None:
        if on and not self.consent_date.text():
            self.consent_date.set_date(dt.date.today())

    # --- data -----------------------------------------------------------------------------------

    def _load(self, p: Person) -> None:
        self.name.setText(p.name or "")
        self.nik.setText(p.nik or "")
        self.no_nik_reason.set_code(p.no_nik_reason)
        self.sex.set_code(p.sex)
        self.birth_place.setText(p.birth_place or "")
        self.birth_date.set_date(p.birth_date)
        self.birth_year.setText(str(p.birth_year) if p.birth_year else "")
        self.phone.setText(p.phone or "")
        self.religion.set_code(p.religion)
        self.marital.set_code(p.marital_status)
        self.education.set_code(p.education)
        self.occupation.setText(p.occupation or "")
        self.ethnicity.setText(p.ethnicity or "")
        self.indigenous.setChecked(bool(p.indigenous))
        self.kelurahan.set_code(p.kelurahan)
        self.rw.setText(p.rw or "")
        self.rt.setText(p.rt or "")
        self.address.setText(p.address or "")
        hh = registry.live_household(p)  # a household in the recycle bin is not shown
        if hh is not None:
            self.no_kk.setText(hh.no_kk or "")
        self.relationship.set_code(p.relationship)
        for domain, combo in self.wg.items():
            value = getattr(p, WG_FIELD[domain])
            combo.set_code(str(value) if value else None)
        for name in ("has_ktp", "has_kk", "has_birth_certificate", "has_bpjs"):
            getattr(self, name).setChecked(bool(getattr(p, name)))
        self.consent_given.setChecked(bool(p.consent_given))
        self.consent_date.set_date(p.consent_date)
        self.consent_method.set_code(p.consent_method)
        self.consent_recorded_by.setText(p.consent_recorded_by or "")
        self.notes.setPlainText(p.notes or "")

    def data(self) -> tuple[dict[str, Any], list[registry.Issue]]:
        """The form's values, and the problems found while reading them (bad dates, years)."""
        problems: list[registry.Issue] = []

        def date_of(edit: DateEdit, key: str) -> dt.date | None:
            try:
                return edit.date()
            except ValueError as exc:
                problems.append(registry.Issue(key, "error", "date", str(exc)))
                return None

        year_text = self.birth_year.text().strip()
        birth_year = None
        if year_text:
            if year_text.isdigit() and len(year_text) == 4:
                birth_year = int(year_text)
            else:
                problems.append(
                    registry.Issue(
                        "birth_year", "error", "year", self.tr("Tahun lahir harus 4 angka.")
                    )
                )
        birth_date = date_of(self.birth_date, "birth_date")
        data: dict[str, Any] = {
            "name": self.name.text(),
            "nik": self.nik.text() or None,
            "no_nik_reason": self.no_nik_reason.code(),
            "sex": self.sex.code(),
            "birth_place": self.birth_place.text(),
            "birth_date": birth_date,
            "birth_year": birth_year if birth_date is None else None,
            "phone": self.phone.text(),
            "religion": self.religion.code(),
            "marital_status": self.marital.code(),
            "education": self.education.code(),
            "occupation": self.occupation.text(),
            "ethnicity": self.ethnicity.text(),
            "indigenous": self.indigenous.isChecked(),
            "kelurahan": self.kelurahan.code(),
            "rw": self.rw.text(),
            "rt": self.rt.text(),
            "address": self.address.text(),
            "has_ktp": self.has_ktp.isChecked(),
            "has_kk": self.has_kk.isChecked(),
            "has_birth_certificate": self.has_birth_certificate.isChecked(),
            "has_bpjs": self.has_bpjs.isChecked(),
            "consent_given": self.consent_given.isChecked(),
            "consent_date": date_of(self.consent_date, "consent_date"),
            "consent_method": self.consent_method.code(),
            "consent_recorded_by": self.consent_recorded_by.text(),
            "notes": self.notes.toPlainText(),
        }
        for domain, combo in self.wg.items():
            code = combo.code()
            data[WG_FIELD[domain]] = int(code) if code else None
        if not data["consent_given"]:
            data.update(consent_date=None, consent_method=None)
        return data, problems

    def _issues(self) -> tuple[dict[str, Any], list[registry.Issue]]:
        data, problems = self.data()
        issues = problems + [
            i
            for i in registry.validate_person(data, self.person_id)
            if i.field not in {p.field for p in problems}
        ]
        kk = self.no_kk.text().strip()
        if kk:
            from desktop_app.domain.nik import check_kk

            for finding in check_kk(kk).findings:
                issues.append(
                    registry.Issue("no_kk", finding.severity, finding.code, finding.message)
                )
        return data, issues

    def show_issues(self, issues: list[registry.Issue]) -> None:
        by_field: dict[str, list[tuple[str, str, str | None]]] = {}
        for issue in issues:
            key = issue.field if issue.field in self.messages else "name"
            if key.startswith("wg_"):
                key = "name"
            by_field.setdefault(key, []).append((issue.severity, issue.message, issue.link))
        for key, msg in self.messages.items():
            if key == "birth_year":
                continue
            msg.show_messages(
                by_field.get(key, [])
                + (by_field.get("birth_year", []) if key == "birth_date" else [])
            )
        errors = [i for i in issues if i.severity == "error"]
        warnings = [i for i in issues if i.severity == "warning"]
        if errors:
            self.summary.setText(
                self.tr("Belum tersimpan: perbaiki {n} isian yang ditandai merah.").format(
                    n=len(errors)
                )
            )
            self.summary.show()
        else:
            self.summary.hide()
        self.accept_warnings.setVisible(bool(warnings) and not errors)
        if not warnings:
            self.accept_warnings.setChecked(False)

    def _check_live(self) -> None:
        _, issues = self._issues()
        self.show_issues([i for i in issues if i.field in ("nik", "no_nik_reason")])

    def _open_link(self, person_id: str) -> None:
        self.open_person.emit(person_id)

    def save(self) -> None:
        data, issues = self._issues()
        self.show_issues(issues)
        errors = [i for i in issues if i.severity == "error"]
        warnings = [i for i in issues if i.severity == "warning"]
        if errors or (warnings and not self.accept_warnings.isChecked()):
            return
        try:
            with self.ctx.db.atomic():
                person, changes = registry.save_person(
                    self.ctx.actor, data, self.person_id, accept_warnings=True
                )
                kk = self.no_kk.text().strip()
                if kk:
                    changes += registry.attach_by_kk(
                        self.ctx.actor, person.id, kk, self.relationship.code()
                    )
                elif registry.live_household(person) is None:
                    # No KK and no household yet: keep the relationship; it applies once the
                    # person joins a household ("Keluarga…").
                    changes += registry.save_person(
                        self.ctx.actor, {"relationship": self.relationship.code()}, person.id,
                        accept_warnings=True,
                    )[1]  # fmt: skip
                elif self.relationship.code() != person.relationship:
                    changes += registry.add_member(self.ctx.actor, person.household_id, person.id,
                                                   self.relationship.code() or "11")  # fmt: skip
        except registry.ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        except Exception as exc:  # noqa: BLE001 - one error path for the user
            show_error(self, self.tr("Data tidak tersimpan"), exc)
            return
        self.person_id = person.id
        self.saved_changes = changes
        self.accept()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QCoreApplication.translate("Buttons", "Ya"), QMessageBox.ButtonRole.YesRole)
    box.addButton(QCoreApplication.translate("Buttons", "Batal"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(QMessageBox.StandardButton.NoButton)
    box.exec()
    return box.clickedButton() is yes

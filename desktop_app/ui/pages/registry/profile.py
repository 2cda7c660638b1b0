"""One page per person: identity and badges, household, programs, services, outcomes, groups and
the change history of the record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.disability import DOMAINS, domains_with_difficulty
from desktop_app.domain.formatting import format_date, format_number, format_percent, format_rupiah
from desktop_app.services import auth, registry
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import ANSWERS, DOMAIN_LABELS, codes, tr_label
from desktop_app.ui.pages.registry.model import kelurahan_names
from desktop_app.ui.pages.registry.widgets import BadgeRow
from desktop_app.ui.widgets import ReadOnlyTable

FIELD_LABELS = {
    "name": "Nama", "nik": "NIK", "no_nik_reason": "Alasan tanpa NIK", "sex": "Jenis kelamin",
    "birth_place": "Tempat lahir", "birth_date": "Tanggal lahir", "birth_year": "Perkiraan tahun lahir",
    "household": "Keluarga", "relationship": "Hubungan", "marital_status": "Status perkawinan",
    "religion": "Agama", "education": "Pendidikan", "occupation": "Pekerjaan", "phone": "Telepon",
    "kelurahan": "Kelurahan", "rw": "RW", "rt": "RT", "address": "Alamat", "ethnicity": "Suku",
    "indigenous": "Masyarakat adat", "has_ktp": "KTP", "has_kk": "KK", "has_birth_certificate": "Akta lahir",
    "has_bpjs": "BPJS", "consent_given": "Persetujuan", "consent_date": "Tanggal persetujuan",
    "consent_method": "Cara persetujuan", "consent_recorded_by": "Dicatat oleh", "notes": "Catatan",
    "wg_seeing": "WG melihat", "wg_hearing": "WG mendengar", "wg_walking": "WG berjalan",
    "wg_cognition": "WG mengingat", "wg_selfcare": "WG mengurus diri", "wg_communication": "WG berkomunikasi",
}  # fmt: skip
ACTIONS = {"create": "Dibuat", "update": "Diubah", "delete": "Dihapus", "restore": "Dipulihkan",
           "merge": "Digabung"}  # fmt: skip


FIELD_CODES = {
    "sex": codes.SEX, "religion": codes.RELIGION, "marital_status": codes.MARITAL,
    "education": codes.EDUCATION, "relationship": codes.SHDK, "no_nik_reason": codes.NO_NIK_REASON,
    "consent_method": codes.CONSENT_METHOD,
}  # fmt: skip


def field_text(name: str, value: object) -> str:
    """A stored value as a facilitator reads it: labels for codes, Ya/Tidak, dd/mm/yyyy."""
    if value is None or value == "":
        return "–"
    if (
        isinstance(value, bool)
        or name.startswith("has_")
        or name in ("indigenous", "consent_given")
    ):
        return "Ya" if value in (True, 1, "1", "true", "True") else "Tidak"
    if name in FIELD_CODES:
        return codes.label(FIELD_CODES[name], str(value))
    if name == "kelurahan":
        return kelurahan_names().get(str(value), str(value))
    if name.startswith("wg_"):
        return ANSWERS.get(int(value), str(value)) if str(value).isdigit() else str(value)
    return _short(value)


def _short(value: object) -> str:
    if value is None or value == "":
        return "–"
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    if len(text) == 36 and text.count("-") == 4:
        return f"ID {text[:8]}"
    return text


class ProfileDialog(QDialog):
    edit_requested = Signal(str)
    open_person = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.resize(1200, 720)
        self.outer = QVBoxLayout(self)
        self.body: QWidget | None = None
        self.refresh()

    def refresh(self) -> None:
        prof = registry.profile(self.person_id, role=self.ctx.role)
        self.profile = prof
        p = prof.person
        self.setWindowTitle(self.tr("Profil: {name}").format(name=p.name))
        if self.body is not None:
            self.outer.removeWidget(self.body)
            self.body.deleteLater()
        self.body = QWidget()
        self.outer.insertWidget(0, self.body, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        title = QLabel(p.name)
        title.setObjectName("profileName")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        head.addWidget(title)
        if p.deleted_at:
            gone = QLabel(self.tr("(di tempat sampah)"))
            gone.setStyleSheet("color:#b00020;")
            head.addWidget(gone)
        head.addStretch(1)
        self.edit_button = QPushButton(self.tr("Ubah data…"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.person_id))
        self.edit_button.setEnabled(p.deleted_at is None and auth.can(self.ctx.role, "write"))
        head.addWidget(self.edit_button)
        layout.addLayout(head)
        self.badges = BadgeRow(prof.badges)
        layout.addWidget(self.badges)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)

        kel = kelurahan_names()
        ident = QGroupBox(self.tr("Identitas"))
        f = QFormLayout(ident)
        age = "" if prof.age is None else self.tr("{n} tahun").format(n=prof.age)
        born = (
            format_date(p.birth_date)
            if p.birth_date
            else (f"± {p.birth_year}" if p.birth_year else "–")
        )
        nik = p.nik or self.tr("Tanpa NIK ({reason})").format(
            reason=codes.label(codes.NO_NIK_REASON, p.no_nik_reason)
        )
        wg = domains_with_difficulty({d: getattr(p, f"wg_{d}") for d in DOMAINS})
        rows = [
            (self.tr("NIK"), nik),
            (self.tr("Jenis kelamin"), codes.label(codes.SEX, p.sex)),
            (self.tr("Lahir"), f"{p.birth_place or ''} {born} {age}".strip()),
            (self.tr("Alamat"), f"{p.address or ''}, RW {p.rw or '-'}/RT {p.rt or '-'}, {kel.get(p.kelurahan or '', '')}"),
            (self.tr("Telepon"), p.phone or "–"),
            (self.tr("Agama / pendidikan"), f"{codes.label(codes.RELIGION, p.religion) or '–'} / "
                                            f"{codes.label(codes.EDUCATION, p.education) or '–'}"),
            (self.tr("Pekerjaan"), p.occupation or "–"),
            (self.tr("Kesulitan fungsional"), ", ".join(DOMAIN_LABELS[d] for d in wg) or self.tr("Tidak ada")),
            (self.tr("Dokumen"), ", ".join(n for n, v in (("KTP", p.has_ktp), ("KK", p.has_kk),
                                                         ("Akta lahir", p.has_birth_certificate),
                                                         ("BPJS", p.has_bpjs)) if v) or "–"),
            (self.tr("Persetujuan"), (self.tr("Ya, {date} ({how})").format(
                date=format_date(p.consent_date), how=codes.label(codes.CONSENT_METHOD, p.consent_method))
                if p.consent_given else self.tr("Belum"))),
        ]  # fmt: skip
        for label, value in rows:
            v = QLabel(value)
            v.setWordWrap(True)
            f.addRow(label, v)

        fam = QGroupBox(self.tr("Keluarga"))
        v = QVBoxLayout(fam)
        if prof.household is not None:
            v.addWidget(QLabel(self.tr("No. KK: {kk}").format(kk=prof.household.no_kk or "–")))
            self.members = ReadOnlyTable()
            self.members.set_rows(
                [self.tr("Nama"), self.tr("Hubungan"), self.tr("Lahir")],
                [[m.name, codes.label(codes.SHDK, m.relationship), format_date(m.birth_date) or m.birth_year]
                 for m in prof.members],
            )  # fmt: skip
            _fit(self.members)
            v.addWidget(self.members)
        elif prof.deleted_household is not None:
            self.family_note = QLabel(
                self.tr("Tanpa keluarga: keluarganya (No. KK {kk}) ada di tempat sampah. "
                        "Pulihkan keluarga itu di tab Tempat sampah, atau masukkan ke keluarga lain "
                        "lewat \"Keluarga…\". Riwayatnya tetap tersimpan.").format(
                    kk=prof.deleted_household.no_kk or "–"))  # fmt: skip
            self.family_note.setObjectName("familyNote")
            self.family_note.setWordWrap(True)
            v.addWidget(self.family_note)
        else:
            v.addWidget(QLabel(self.tr("Belum masuk keluarga mana pun.")))

        progs = QGroupBox(self.tr("Program dan kehadiran"))
        v = QVBoxLayout(progs)
        rate = (prof.sessions_present / prof.sessions_total) if prof.sessions_total else None
        self.attendance_label = QLabel(self.tr("Hadir {p} dari {n} sesi ({rate})").format(
            p=prof.sessions_present, n=prof.sessions_total, rate=format_percent(rate)))  # fmt: skip
        v.addWidget(self.attendance_label)
        self.programs = ReadOnlyTable()
        self.programs.setObjectName("programs")
        self.programs.set_rows(
            [self.tr("Program"), self.tr("Status"), self.tr("Terdaftar"), self.tr("Hadir"), self.tr("Kehadiran")],
            [[x.program, tr_label(x.status, "codes.ENROLLMENT_STATUS"), format_date(x.enrolled_on), f"{x.present}/{x.sessions}", format_percent(x.rate)]
             for x in prof.programs],
        )  # fmt: skip
        _fit(self.programs)
        v.addWidget(self.programs)

        svc = QGroupBox(self.tr("Layanan diterima"))
        v = QVBoxLayout(svc)
        self.service_total = QLabel(
            self.tr("Total: {rp}").format(rp=format_rupiah(prof.service_total))
        )
        self.service_total.setObjectName("serviceTotal")
        v.addWidget(self.service_total)
        services = ReadOnlyTable()
        services.set_rows(
            [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Nilai"), self.tr("Pemberi")],
            [[format_date(s.date), codes.label(codes.SERVICE_KIND, s.kind), format_rupiah(s.amount), s.provider or ""]
             for s in prof.services],
        )  # fmt: skip
        _fit(services)
        v.addWidget(services)

        out = QGroupBox(self.tr("Hasil (capaian) sejak awal"))
        v = QVBoxLayout(out)
        outcomes = ReadOnlyTable()
        outcomes.set_rows(
            [self.tr("Indikator"), self.tr("Awal"), self.tr("Terakhir"), self.tr("Perubahan")],
            [[o.indicator, _value(o.baseline, o.unit), _value(o.latest, o.unit), _change(o.change, o.unit)]
             for o in prof.outcomes],
        )  # fmt: skip
        _fit(outcomes)
        v.addWidget(outcomes)

        grp = QGroupBox(self.tr("Kelompok"))
        v = QVBoxLayout(grp)
        v.addWidget(
            QLabel(
                "\n".join(f"{n} — {r} ({s})" for n, r, s in prof.groups) or self.tr("Tidak ada.")
            )
        )

        hist = QGroupBox(self.tr("Riwayat perubahan"))
        v = QVBoxLayout(hist)
        self.history = ReadOnlyTable()
        self.history.setObjectName("history")
        self.history.set_rows(
            [self.tr("Waktu"), self.tr("Oleh"), self.tr("Tindakan"), self.tr("Perubahan")],
            [
                [h.at, h.user or "", ACTIONS.get(h.action, h.action), _changes_text(h)]
                for h in prof.history
            ],
        )
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        _fit(self.history, 10)
        v.addWidget(self.history)

        left = QVBoxLayout()
        left.addWidget(ident)
        left.addWidget(fam)
        left.addWidget(grp)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(progs)
        right.addWidget(svc)
        right.addWidget(out)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(hist, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)


def _fit(table: ReadOnlyTable, max_rows: int = 8) -> None:
    """Height for the rows it has (1 to ``max_rows``), so short lists leave no empty boxes."""
    rows = max(1, min(table.rowCount(), max_rows))
    height = (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
    )
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def _value(value: int | None, unit: str | None) -> str:
    if value is None:
        return "–"
    if unit and unit.startswith("Rp"):
        return format_rupiah(value)
    return f"{format_number(value)} {unit or ''}".strip()


def _change(value: int | None, unit: str | None) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else ""
    return sign + _value(value, unit)


def _changes_text(h: registry.HistoryLine) -> str:
    if h.detail and not h.changes:
        return h.detail[:120]
    parts = []
    for name, (old, new) in list(h.changes.items())[:6]:
        parts.append(
            f"{FIELD_LABELS.get(name, name)}: {field_text(name, old)} → {field_text(name, new)}"
        )
    more = len(h.changes) - 6
    return "; ".join(parts) + (f" (+{more})" if more > 0 else "")

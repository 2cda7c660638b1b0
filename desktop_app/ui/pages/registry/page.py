"""Penduduk & Keluarga: the screen a facilitator works in every day."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.formatting import format_number
from desktop_app.services import auth, records, registry
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.labels import VULNERABILITY, codes, tr_label
from desktop_app.ui.pages.registry import person_form
from desktop_app.ui.pages.registry.duplicates import DuplicatesTab
from desktop_app.ui.pages.registry.household_form import HouseholdDialog
from desktop_app.ui.pages.registry.model import (
    HouseholdsModel,
    LazyTableModel,
    PeopleModel,
    kelurahan_names,
)
from desktop_app.ui.pages.registry.person_form import PersonDialog
from desktop_app.ui.pages.registry.profile import ProfileDialog
from desktop_app.ui.pages.registry.widgets import BadgeDelegate
from desktop_app.ui.widgets import page_header

# The people search runs as soon as the event loop is free (a zero timer): keys typed while a
# query runs are queued and the next query takes only the latest text, so intermediate queries
# are dropped without a fixed wait (benchmarks/bench_registry.py: last key -> rows painted).
SEARCH_DELAY_MS = 0
HOUSEHOLD_SEARCH_DELAY_MS = 120  # the households list (no trigram index) waits for a pause
COUNT_DELAY_MS = 300  # a broad search's count waits until typing pauses
UNDO_LIMIT = 30

AGE_CHOICES = [("anak", "Anak (0–17)"), ("dewasa", "Dewasa (18–59)"), ("lansia", "Lansia (60+)"),
               ("tidak_diketahui", "Umur tidak diketahui")] + [(b, f"{b} th") for b in registry.AGE_BANDS]  # fmt: skip


def _table(model: LazyTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def _combo(name: str, empty: str, items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.addItem(empty, None)
    for data, label in items:
        combo.addItem(tr_label(label), data)
    return combo


class PeopleTab(QWidget):
    def __init__(self, page: RegistryPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, No. KK atau telepon (Ctrl+F)…"))
        # Identifiers hidden from this role: a number is found only when typed whole.
        self.whole_numbers = not auth.can(page.ctx.role, "see_identifiers")
        if self.whole_numbers:
            self.search.setPlaceholderText(
                self.tr("Cari nama, atau NIK, No. KK atau telepon lengkap (Ctrl+F)…")
            )
        layout.addWidget(self.search)

        kel = kelurahan_names()
        self.kelurahan = _combo("f_kelurahan", self.tr("Semua kelurahan"), list(kel.items()))
        self.rw = _combo("f_rw", self.tr("Semua RW"), [])
        self.rt = _combo("f_rt", self.tr("Semua RT"), [])
        self.sex = _combo("f_sex", self.tr("L dan P"), list(codes.SEX.items()))
        self.age = _combo("f_age", self.tr("Semua umur"), AGE_CHOICES)
        self.vulnerability = _combo(
            "f_vulnerability", self.tr("Semua kategori"), list(VULNERABILITY.items())
        )
        self.disability = _combo("f_disability", self.tr("Disabilitas: semua"),
                                 [(True, self.tr("Dengan disabilitas")), (False, self.tr("Tanpa disabilitas"))])  # fmt: skip
        self.has_nik = _combo(
            "f_nik",
            self.tr("NIK: semua"),
            [(True, self.tr("Punya NIK")), (False, self.tr("Tanpa NIK"))],
        )
        self.program = _combo("f_program", self.tr("Semua program"), registry.programs())
        self.program.setEditable(True)
        self.program.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.program.lineEdit().setPlaceholderText(self.tr("Semua program"))
        self.consent = _combo("f_consent", self.tr("Persetujuan: semua"),
                              [(True, self.tr("Sudah setuju")), (False, self.tr("Belum setuju"))])  # fmt: skip
        self.clear_button = QPushButton(self.tr("Hapus semua filter"))
        self.clear_button.setObjectName("clear_filters")
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        first = (self.kelurahan, self.rw, self.rt, self.sex, self.age)
        second = (self.vulnerability, self.disability, self.has_nik, self.program, self.consent)
        for c, w in enumerate(first):
            grid.addWidget(w, 0, c)
        for c, w in enumerate(second):
            grid.addWidget(w, 1, c)
        grid.addWidget(self.clear_button, 0, len(first), 2, 1)
        for c in range(len(first)):
            grid.setColumnStretch(c, 1)
        layout.addLayout(grid)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setStyleSheet("font-weight:600;")
        actions.addWidget(self.count_label, 1)
        self.add_button = QPushButton(self.tr("Daftarkan penduduk (Ctrl+N)"))
        self.profile_button = QPushButton(self.tr("Profil (Enter)"))
        self.edit_button = QPushButton(self.tr("Ubah (F2)"))
        self.household_button = QPushButton(self.tr("Keluarga…"))
        self.delete_button = QPushButton(self.tr("Hapus (Del)"))
        self.undo_button = QPushButton(self.tr("Urungkan (Ctrl+Z)"))
        for b in (self.add_button, self.profile_button, self.edit_button, self.household_button,
                  self.delete_button, self.undo_button):  # fmt: skip
            actions.addWidget(b)
        layout.addLayout(actions)

        self.model = PeopleModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("people")
        layout.addWidget(self.view, 1)
        widths = (190, 130, 30, 56, 80, 105, 60, 130, 300)
        for c, w in enumerate(widths):
            self.view.setColumnWidth(c, w)
        self.badges = BadgeDelegate(LazyTableModel.BADGES_ROLE, self.view)
        self.view.setItemDelegateForColumn(PeopleModel.BADGES_COLUMN, self.badges)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.apply_filter(typing=True))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_later)
        self.search.textChanged.connect(lambda _t: self._count_timer.stop())
        for combo in (self.rw, self.rt, self.sex, self.age, self.vulnerability, self.disability,
                      self.has_nik, self.consent):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.program.activated.connect(lambda _i: self.apply_filter())
        self.program.lineEdit().editingFinished.connect(self._program_typed)
        self.kelurahan.currentIndexChanged.connect(self._kelurahan_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.add_button.clicked.connect(page.new_person)
        self.profile_button.clicked.connect(lambda: self._with_selected(page.open_profile))
        self.edit_button.clicked.connect(lambda: self._with_selected(page.edit_person))
        self.household_button.clicked.connect(lambda: self._with_selected(page.person_household))
        self.delete_button.clicked.connect(lambda: self._with_selected(page.delete_person))
        self.undo_button.clicked.connect(page.undo)
        self.view.doubleClicked.connect(lambda i: page.open_profile(self.model.row_id(i.row())))
        self.view.activated.connect(lambda i: page.open_profile(self.model.row_id(i.row())))
        for seq, fn in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                        (QKeySequence(Qt.Key.Key_F2), lambda: self._with_selected(page.edit_person)),
                        (QKeySequence(Qt.Key.Key_Delete), lambda: self._with_selected(page.delete_person))):  # fmt: skip
            sc = QShortcut(seq, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        self.apply_filter()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _with_selected(self, fn) -> None:  # noqa: ANN001
        pid = self.selected_id()
        if pid:
            fn(pid)

    def _kelurahan_changed(self) -> None:
        rws, rts = registry.rw_rt_values(self.kelurahan.currentData())
        for combo, values in ((self.rw, rws), (self.rt, rts)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Semua RW") if combo is self.rw else self.tr("Semua RT"), None)
            for v in values:
                combo.addItem(v, v)
            combo.blockSignals(False)
        self.apply_filter()

    def _program_typed(self) -> None:
        if not self.program.lineEdit().text().strip():
            self.program.setCurrentIndex(0)
        self.apply_filter()

    def current_filter(self) -> registry.PersonFilter:
        program = self.program.currentData() if self.program.lineEdit().text().strip() else None
        return registry.PersonFilter(
            text=self.search.text(), kelurahan=self.kelurahan.currentData(), rw=self.rw.currentData(),
            rt=self.rt.currentData(), sex=self.sex.currentData(), age_band=self.age.currentData(),
            vulnerability=self.vulnerability.currentData(), disability=self.disability.currentData(),
            has_nik=self.has_nik.currentData(), program_id=program, consent=self.consent.currentData(),
        )  # fmt: skip

    def apply_filter(self, typing: bool = False) -> None:
        """Rows first; while typing, a costly match count (a broad search) waits for a pause."""
        try:
            self.model.set_filter(self.current_filter(), count_now=not typing)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Daftar penduduk"), exc)
            return
        self.update_count()
        if self.model.filtered_count is None:
            self._count_timer.start()

    def _count_later(self) -> None:
        self.model.update_count()
        self.update_count()

    def refresh(self) -> None:
        self.model.reload()
        self.update_count()

    def update_count(self) -> None:
        m = self.model
        if m.filtered_count is None:
            text = self.tr("Menghitung… dari {total} penduduk").format(
                total=format_number(m.total_count)
            )
        elif m.filter.active:
            text = self.tr("{shown} dari {total} penduduk cocok").format(
                shown=format_number(m.filtered_count), total=format_number(m.total_count))  # fmt: skip
            if self.whole_numbers and any(ch.isdigit() for ch in m.filter.text):
                text += " " + self.tr("(nomor dicari utuh: ketik NIK, No. KK atau telepon lengkap)")
        else:
            text = self.tr("{total} penduduk").format(total=format_number(m.total_count))
        self.count_label.setText(text)
        self.clear_button.setEnabled(m.filter.active)

    def clear_filters(self) -> None:
        widgets = (self.search, self.kelurahan, self.rw, self.rt, self.sex, self.age, self.vulnerability,
                   self.disability, self.has_nik, self.program, self.consent)  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        self.program.lineEdit().clear()
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()


class HouseholdsTab(QWidget):
    def __init__(self, page: RegistryPage, deleted: bool = False) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("household_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari No. KK, nama kepala keluarga atau alamat…"))
        row.addWidget(self.search, 1)
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        self.open_button = QPushButton(self.tr("Buka/ubah keluarga"))
        self.new_button = QPushButton(self.tr("Keluarga baru…"))
        self.delete_button = QPushButton(self.tr("Hapus keluarga"))
        for b in (self.open_button, self.new_button, self.delete_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.model = HouseholdsModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("households")
        for c, w in enumerate((240, 160, 130, 80, 300)):
            self.view.setColumnWidth(c, w)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOUSEHOLD_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.open_button.clicked.connect(self.open_selected)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.new_button.clicked.connect(lambda: page.open_household(None))
        self.delete_button.clicked.connect(self.delete_selected)

    def refresh(self) -> None:
        self.model.text = self.search.text()
        self.model.reload()
        self.count_label.setText(
            self.tr("{n} keluarga").format(n=format_number(self.model.filtered_count))
        )

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        hid = self.selected_id()
        if hid:
            self.page.open_household(hid)

    def delete_selected(self) -> None:
        hid = self.selected_id()
        if hid:
            self.page.delete_household(hid)


class RecycleTab(QWidget):
    """Tombstoned people and households; restoring brings them back unchanged."""

    def __init__(self, page: RegistryPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.people_radio = QRadioButton(self.tr("Penduduk"))
        self.people_radio.setChecked(True)
        self.households_radio = QRadioButton(self.tr("Keluarga"))
        self.count_label = QLabel()
        self.restore_button = QPushButton(self.tr("Pulihkan"))
        self.restore_button.setObjectName("restore")
        row.addWidget(QLabel(self.tr("Data yang dihapus:")))
        row.addWidget(self.people_radio)
        row.addWidget(self.households_radio)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.people = PeopleModel(self)
        self.people.filter = registry.PersonFilter(deleted=True)
        self.households = HouseholdsModel(self, deleted=True)
        self.view = _table(self.people)
        self.view.setObjectName("recycle")
        layout.addWidget(self.view, 1)
        self.people_radio.toggled.connect(self.refresh)
        self.restore_button.clicked.connect(self.restore_selected)

    def refresh(self) -> None:
        model = self.people if self.people_radio.isChecked() else self.households
        if self.view.model() is not model:
            self.view.setModel(model)
        model.reload()
        n = model.filtered_count
        self.count_label.setText(self.tr("{n} di tempat sampah").format(n=format_number(n)))
        self.restore_button.setEnabled(n > 0 and not self.page.read_only)

    def restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        rid = self.view.model().row_id(rows[0].row())
        fn = (
            registry.restore_person if self.people_radio.isChecked() else registry.restore_household
        )
        self.page.run_edit(fn, rid)


class RegistryPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack: list[list[records.Change]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr("Penduduk & Keluarga"),
                                     self.tr("Cari, daftarkan dan perbarui data penduduk dan keluarga.")))  # fmt: skip
        self.tabs = QTabWidget()
        self.people = PeopleTab(self)
        self.households = HouseholdsTab(self)
        self.recycle = RecycleTab(self)
        self.duplicates = DuplicatesTab(ctx)
        self.duplicates.merged.connect(self.push_undo)
        self.tabs.addTab(self.people, self.tr("Penduduk"))
        self.tabs.addTab(self.households, self.tr("Keluarga"))
        self.tabs.addTab(self.recycle, self.tr("Tempat sampah"))
        self.tabs.addTab(self.duplicates, self.tr("Data ganda"))
        layout.addWidget(self.tabs, 1)
        self._stale: set[QWidget] = {self.households, self.recycle}
        self.tabs.currentChanged.connect(self._tab_changed)
        for seq, fn in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.New, self.new_person),
        ):
            sc = QShortcut(seq, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.data_changed.connect(self._data_changed)
        self._update_undo()
        if self.read_only:
            self._show_read_only()

    @property
    def read_only(self) -> bool:
        """A role that may only look (Pengamat): no button offers a change that would be refused."""
        return not auth.can(self.ctx.role, "write")

    def _show_read_only(self) -> None:
        tip = self.tr("Peran Anda hanya dapat melihat data.")
        for button in (self.people.add_button, self.people.edit_button, self.people.household_button,
                       self.people.delete_button, self.people.undo_button, self.households.new_button,
                       self.households.delete_button, self.recycle.restore_button):  # fmt: skip
            button.setEnabled(False)
            button.setToolTip(tip)

    # --- refresh and undo ---------------------------------------------------------------------

    def _data_changed(self, table: str) -> None:
        if table in ("", "person", "household", "enrollment"):
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Reload the visible tab now; the others when they are next shown."""
        current = self.tabs.currentWidget()
        for tab in (self.people, self.households, self.recycle):
            if tab is current:
                tab.refresh()
                self._stale.discard(tab)
            else:
                self._stale.add(tab)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            current.refresh()

    def push_undo(self, changes: list[records.Change]) -> None:
        if changes:
            self.undo_stack.append(list(changes))
            del self.undo_stack[:-UNDO_LIMIT]
        self._update_undo()

    def _update_undo(self) -> None:
        self.people.undo_button.setEnabled(bool(self.undo_stack) and not self.read_only)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        changes = self.undo_stack.pop()
        try:
            registry.undo(self.ctx.actor, changes)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Urungkan"), exc)
        self._update_undo()
        self.refresh()

    def run_edit(self, fn, *args) -> list[records.Change]:  # noqa: ANN001, ANN002
        try:
            changes = fn(self.ctx.actor, *args)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Penduduk & Keluarga"), exc)
            return []
        self.push_undo(changes)
        self.refresh()
        return changes

    # --- actions --------------------------------------------------------------------------------

    def new_person(self) -> PersonDialog:
        return self.edit_person(None)

    def edit_person(self, person_id: str | None, household_id: str | None = None) -> PersonDialog:
        dialog = PersonDialog(self.ctx, person_id, self, household_id)
        dialog.open_person.connect(self.open_profile)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.push_undo(dialog.saved_changes)
            self.refresh()
        return dialog

    def open_profile(self, person_id: str | None) -> ProfileDialog | None:
        if not person_id:
            return None
        dialog = ProfileDialog(self.ctx, person_id, self)
        self.last_profile = dialog

        def edit(pid: str) -> None:
            self.edit_person(pid)
            dialog.refresh()

        dialog.edit_requested.connect(edit)
        dialog.exec()
        return dialog

    def delete_person(self, person_id: str) -> None:
        from desktop_app.storage.models import Person

        name = Person.get_by_id(person_id).name
        if person_form.confirm(self, self.tr("Hapus penduduk"),
                               self.tr("Pindahkan {name} ke tempat sampah? Data dapat dipulihkan dari tab "
                                       "Tempat sampah, atau urungkan dengan Ctrl+Z.").format(name=name)):  # fmt: skip
            self.run_edit(registry.delete_person, person_id)

    def delete_household(self, household_id: str) -> None:
        if person_form.confirm(self, self.tr("Hapus keluarga"),
                               self.tr("Pindahkan keluarga ini ke tempat sampah? Anggotanya tetap terdaftar.")):  # fmt: skip
            self.run_edit(registry.delete_household, household_id)

    def person_household(self, person_id: str) -> None:
        from desktop_app.storage.models import Person

        person = Person.get_by_id(person_id)
        if registry.live_household(person) is not None:
            self.open_household(person.household_id)
            return
        if person_form.confirm(self, self.tr("Keluarga"),
                               self.tr("{name} belum masuk keluarga. Buat keluarga baru dengan {name} sebagai "
                                       "kepala keluarga?").format(name=person.name)):  # fmt: skip
            changes = self.run_edit(lambda actor, pid: registry.create_household_from_person(actor, pid)[1],
                                    person_id)  # fmt: skip
            if changes:
                self.open_household(registry.Person.get_by_id(person_id).household_id)

    def open_household(self, household_id: str | None) -> HouseholdDialog:
        dialog = HouseholdDialog(self.ctx, household_id, self)
        dialog.changed.connect(self.push_undo)
        self.last_household = dialog
        dialog.exec()
        self.refresh()
        return dialog

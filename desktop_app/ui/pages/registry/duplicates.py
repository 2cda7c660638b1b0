"""Review probable duplicates and merge two records, field by field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import auth, duplicates, records
from desktop_app.storage.models import Person
from desktop_app.ui.context import AppContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.pages.registry import person_form
from desktop_app.ui.pages.registry.profile import FIELD_LABELS, field_text
from desktop_app.ui.tasks import run_task


class MergeDialog(QDialog):
    """Pick the survivor and, for each differing field, whose value it keeps."""

    def __init__(
        self, ctx: AppContext, a_id: str, b_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id, self.other_id = a_id, b_id
        self.result_: duplicates.MergeResult | None = None
        self.setWindowTitle(self.tr("Gabungkan data ganda"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        swap = QPushButton(self.tr("Tukar: pertahankan yang lain"))
        swap.clicked.connect(self.swap)
        layout.addWidget(swap, 0, Qt.AlignmentFlag.AlignLeft)
        self.table = QTableWidget()
        self.table.setObjectName("fields")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("Program, kehadiran, layanan, capaian dan keanggotaan kelompok dipindahkan ke "
                              "data yang dipertahankan. Data yang lain masuk tempat sampah dan dapat dipulihkan."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Gabungkan"))
        if not auth.can(ctx.role, "write"):  # a Pengamat may compare, not merge
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(self.tr("Peran Anda hanya dapat melihat data."))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choices: dict[str, QButtonGroup] = {}
        self.fill()

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.fill()

    def fill(self) -> None:
        keep, other = Person.get_by_id(self.keep_id), Person.get_by_id(self.other_id)
        self.header.setText(self.tr("Dipertahankan: <b>{a}</b> — digabungkan ke dalamnya: <b>{b}</b>").format(
            a=keep.name, b=other.name))  # fmt: skip
        diffs = duplicates.differences(self.keep_id, self.other_id)
        self.table.clear()
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Isian"), self.tr("Nilai dipertahankan"), self.tr("Nilai lain")]
        )
        self.table.setRowCount(len(diffs))
        self.choices = {}
        for r, (name, mine, theirs) in enumerate(diffs):
            self.table.setItem(r, 0, QTableWidgetItem(FIELD_LABELS.get(name, name)))
            group = QButtonGroup(self)
            for c, value in ((1, mine), (2, theirs)):
                radio = QRadioButton(field_text(name, value))
                radio.setObjectName(f"{name}_{'keep' if c == 1 else 'other'}")
                group.addButton(radio, c)
                self.table.setCellWidget(r, c, radio)
            # Prefer a value over an empty one.
            take_other = (mine is None or mine == "") and theirs not in (None, "")
            group.button(2 if take_other else 1).setChecked(True)
            self.choices[name] = group
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def take_from_other(self) -> list[str]:
        return [name for name, group in self.choices.items() if group.checkedId() == 2]

    def merge(self) -> None:
        if not person_form.confirm(self, self.tr("Gabungkan"),
                                   self.tr("Gabungkan kedua data ini? Data yang lain dipindah ke tempat sampah.")):  # fmt: skip
            return
        try:
            self.result_ = duplicates.merge(
                self.ctx.actor, self.keep_id, self.other_id, self.take_from_other()
            )
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Gabungkan"), exc)
            return
        self.accept()


class DuplicatesTab(QWidget):
    merged = Signal(object)  # list of changes, for undo
    open_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidates: list[duplicates.Candidate] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kemungkinan data ganda: NIK sama, atau tanpa NIK dengan nama mirip (ejaan "
                               "berbeda pun dikenali) dan tanggal lahir sama/berdekatan di kelurahan yang sama."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Cari data ganda"))
        self.find_button.clicked.connect(self.find)
        self.review_button = QPushButton(self.tr("Tinjau dan gabungkan…"))
        self.review_button.clicked.connect(self.review)
        self.status = QLabel()
        row.addWidget(self.find_button)
        row.addWidget(self.review_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.table = QTableWidget()
        self.table.setObjectName("candidates")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.review())
        layout.addWidget(self.table, 1)
        self._show([])

    def find(self) -> None:
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Mencari…"))

        def work(progress):  # runs in a worker with its own connection
            return duplicates.find(progress=progress)

        def done(result) -> None:
            self.find_button.setEnabled(True)
            self._show(result)

        def failed(exc: BaseException) -> None:
            self.find_button.setEnabled(True)
            self.status.setText("")
            show_error(self, self.tr("Cari data ganda"), exc)

        self.task = run_task(self, self.tr("Mencari data ganda"), work, self.ctx.db, on_done=done,
                             on_error=failed, on_cancel=lambda: done(self.candidates))  # fmt: skip

    def _show(self, found: list[duplicates.Candidate]) -> None:
        self.candidates = found
        headers = [self.tr("Skor"), self.tr("Data 1"), self.tr("Data 2"), self.tr("Alasan")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(found))
        for r, c in enumerate(found):
            for col, value in enumerate([str(c.score), c.a_name, c.b_name, ", ".join(c.reasons)]):
                self.table.setItem(r, col, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status.setText(self.tr("{n} pasangan ditemukan").format(n=len(found)) if found else "")
        self.review_button.setEnabled(bool(found))

    def review(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        cand = self.candidates[rows[0].row()]
        dialog = MergeDialog(self.ctx, cand.a, cand.b, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            changes: list[records.Change] = dialog.result_.changes
            self.merged.emit(changes)
            self._show([c for c in self.candidates if dialog.result_.removed not in (c.a, c.b)])

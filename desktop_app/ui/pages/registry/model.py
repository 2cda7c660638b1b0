"""Lazy table models over the registry services.

The model keeps only the rows already shown and asks the service for the next page (keyset
paging) when the view scrolls near the end (``canFetchMore``/``fetchMore``).  Sorting and
filtering happen in SQL: changing either resets the model and loads the first page again.
The database is read through the app's own storage layer, never through QtSql.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.formatting import format_date
from desktop_app.domain.wilayah import kelurahan_list
from desktop_app.services import registry
from desktop_app.ui.labels import VULNERABILITY, codes, tr_label

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole

PAGE_SIZE = 200
FIRST_PAGE = 60  # a screenful and some: what each keystroke loads; scrolling fetches PAGE_SIZE
Index = QModelIndex | QPersistentModelIndex

BADGE_COLORS = {
    "anak": "#1d6fb8",
    "lansia": "#7b4fa3",
    "perempuan": "#b8326b",
    "disabilitas": "#b85d00",
    "adat": "#2e7d32",
    "tanpa_nik": "#8a6d00",
    "miskin": "#a12a2a",
    "kk_perempuan": "#6d4c41",
}


def kelurahan_names() -> dict[str, str]:
    return {k.code: k.name for k in kelurahan_list()}


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[dict[str, Any]], str]
    sort: str | None = None  # sort key understood by the fetch function
    align_right: bool = False
    inverted: bool = False  # ascending in the view is descending by the key (age vs birth date)


class LazyTableModel(QAbstractTableModel):
    """Rows fetched page by page from ``fetch(sort, descending, after, limit)``."""

    ID_ROLE = Qt.ItemDataRole.UserRole
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    BADGES_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's vulnerability codes (badge painter)

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self.display: list[list[str]] = []  # display strings, made once per fetched row
        self._after: Any = None
        self._more = False
        self.sort_key = next((c.sort for c in columns if c.sort), "")
        self.descending = False
        self.loaded = False

    # subclasses
    def fetch(self, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self.display, self._after, self._more = [], [], None, True
        self._load_page(notify=False)
        self.loaded = True
        self.endResetModel()

    def _load_page(self, notify: bool = True) -> None:
        rows, after = self.fetch(self._after, PAGE_SIZE if self.rows else FIRST_PAGE)
        if notify and rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.display.extend([c.value(r) for c in self.columns] for r in rows)
        self._after, self._more = after, after is not None
        if notify and rows:
            self.endInsertRows()

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._load_page()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called about eight times per visible cell and paint (one per role the delegate asks):
        # only lookups here, every string was made when the row was fetched.
        if role == _DISPLAY:
            return self.display[index.row()][index.column()]
        if role not in self._roles:
            return None
        if role == _ALIGN:
            return self._right if self.columns[index.column()].align_right else None
        if role == self.ID_ROLE:
            return self.rows[index.row()]["id"]
        if role == self.ROW_ROLE:
            return self.rows[index.row()]
        return self.rows[index.row()].get("badges")

    _right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    _roles = frozenset({Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, ROW_ROLE, BADGES_ROLE})

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if not key:
            return
        descending = (order == Qt.SortOrder.DescendingOrder) != self.columns[column].inverted
        if self.loaded and key == self.sort_key and self.descending == descending:
            return  # the view re-announcing the current order
        self.sort_key = key
        self.descending = descending
        if self.loaded:  # before the first load, only remember the order
            self.reload()

    def sortable_column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.sort == key)

    def row_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None


def badge_text(codes_: list[str]) -> str:
    return " · ".join(VULNERABILITY[c] for c in codes_)


class PeopleModel(LazyTableModel):
    BADGES_COLUMN = 8

    def __init__(self, parent: Any = None) -> None:
        kel = kelurahan_names()
        cols = [
            Column("Nama", lambda r: r["name"], "name"),
            Column("NIK", lambda r: r["nik"] or tr_label("(tanpa NIK)"), "nik"),
            Column("JK", lambda r: r["sex"] or ""),
            Column("Umur", lambda r: "" if r["age"] is None else f"{r['age']}{'' if r['birth_date'] else ' (±)'}", "birth", True, True),
            Column("Tgl. lahir", lambda r: format_date(r["birth_date"]) if r["birth_date"] else (f"± {r['birth_year']}" if r["birth_year"] else ""), "birth"),
            Column("Kelurahan", lambda r: kel.get(r["kelurahan"] or "", r["kelurahan"] or "")),
            Column("RW/RT", lambda r: f"{r['rw'] or '-'}/{r['rt'] or '-'}"),
            Column("No. KK", lambda r: r["no_kk"] or ""),
            Column("Kerentanan", lambda r: badge_text(r["badges"])),
            Column("Telepon", lambda r: r["phone"] or ""),
        ]  # fmt: skip
        super().__init__(cols, parent)
        self.filter = registry.PersonFilter()
        self.filtered_count: int | None = 0
        self.total_count = 0

    def set_filter(self, f: registry.PersonFilter, *, count_now: bool = True) -> None:
        """A new search or filter: the first page at once; the match count too when it is cheap
        or ``count_now``, otherwise ``filtered_count`` is None until ``update_count``."""
        self.filter = f
        if not self.loaded:
            self.total_count = registry.count(f.cleared())
        if not f.active:
            self.filtered_count = self.total_count
        elif count_now:
            self.filtered_count = registry.count(f)
        else:
            self.filtered_count = registry.quick_count(f)
        super().reload()

    def update_count(self) -> None:
        if self.filtered_count is None:
            self.filtered_count = registry.count(self.filter)

    def reload(self) -> None:
        """After data changed: recount everything and reload."""
        self.total_count = registry.count(self.filter.cleared())
        self.filtered_count = (
            registry.count(self.filter) if self.filter.active else self.total_count
        )
        super().reload()

    def fetch(self, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        return registry.page(self.filter, sort=self.sort_key or "name", descending=self.descending,
                             after=after, limit=limit)  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:
            return self.display[index.row()][index.column()]
        if role == _TOOLTIP:
            if index.column() == self.BADGES_COLUMN:
                return badge_text(self.rows[index.row()]["badges"])
            if index.column() == 1 and not self.rows[index.row()]["nik"]:
                reason = self.rows[index.row()]["no_nik_reason"]
                return f"{tr_label('Tanpa NIK')}: {codes.label(codes.NO_NIK_REASON, reason)}"
            return None
        if role == _FOREGROUND:
            if index.column() == 1 and not self.rows[index.row()]["nik"]:
                return self._amber
            return None
        return super().data(index, role)

    _amber = QColor("#8a6d00")


class HouseholdsModel(LazyTableModel):
    def __init__(self, parent: Any = None, deleted: bool = False) -> None:
        kel = kelurahan_names()
        cols = [
            Column("Kepala keluarga", lambda r: r["head_name"] or tr_label("(belum ada kepala)"), "head"),
            Column("No. KK", lambda r: r["no_kk"] or "", "kk"),
            Column("Kelurahan", lambda r: kel.get(r["kelurahan"] or "", r["kelurahan"] or "")),
            Column("RW/RT", lambda r: f"{r['rw'] or '-'}/{r['rt'] or '-'}"),
            Column("Alamat", lambda r: r["address"] or ""),
            Column("Anggota", lambda r: str(r["members"]), None, True),
        ]  # fmt: skip
        super().__init__(cols, parent)
        self.text = ""
        self.deleted = deleted
        self.filtered_count = 0

    def set_text(self, text: str) -> None:
        self.text = text
        self.reload()

    def reload(self) -> None:
        self.filtered_count = registry.household_count(deleted=self.deleted, text=self.text)
        super().reload()

    def fetch(self, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        return registry.household_page(self.text, sort=self.sort_key, descending=self.descending,
                                       after=after, limit=limit, deleted=self.deleted)  # fmt: skip

"""Summary pages for areas whose full screens build on these same services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.services import overview
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets import ReadOnlyTable, page_header


class SummaryPage(QWidget):
    TITLE = ""
    SUBTITLE = ""
    TABLES: tuple[str, ...] = ()  # tables whose change makes this page refresh

    def __init__(self, ctx: AppContext, source: Callable[[], overview.Table]) -> None:
        super().__init__()
        self.ctx = ctx
        self.source = source
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.tr(self.TITLE), self.tr(self.SUBTITLE)))
        self.table = ReadOnlyTable()
        layout.addWidget(self.table)
        ctx.data_changed.connect(self._maybe_refresh)
        self.refresh()

    def _maybe_refresh(self, table: str) -> None:
        if not table or table in self.TABLES:
            self.refresh()

    def refresh(self) -> None:
        headers, rows = self.source()
        self.table.set_rows(headers, rows)


class RegistryOverviewPage(SummaryPage):
    TITLE = "Penduduk & Keluarga"
    SUBTITLE = "Jumlah keluarga dan penduduk terdaftar per kelurahan di Kecamatan Alak."
    TABLES = ("person", "household")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, overview.people_by_kelurahan)


class ProgramOverviewPage(SummaryPage):
    TITLE = "Program & Kegiatan"
    SUBTITLE = "Program yang berjalan, jumlah peserta dan kegiatan yang sudah dicatat."
    TABLES = ("program", "enrollment", "activity")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, overview.programs_summary)


class GroupOverviewPage(SummaryPage):
    TITLE = "Kelompok & Arisan"
    SUBTITLE = "Kelompok masyarakat dan jumlah anggota aktif."
    TABLES = ("community_group", "group_membership")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, overview.groups_summary)


class ReportOverviewPage(SummaryPage):
    TITLE = "Laporan"
    SUBTITLE = "Ringkasan per kelurahan: dasar laporan bulanan untuk kantor distrik."
    TABLES = ("person", "household")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, overview.people_by_kelurahan)

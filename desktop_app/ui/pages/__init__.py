"""The app's areas, in sidebar order. Pages are imported and built only when first opened, so
the main window appears fast even on a district-scale database."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop_app.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Indonesian; translated through Qt like every visible string
    icon: str  # name of an SVG in resources/icons (a Qt standard icon stands in when missing)
    target: str  # "module:Class"
    shortcut: str

    def build(self, ctx: AppContext) -> QWidget:
        module_name, cls_name = self.target.split(":")
        cls = getattr(importlib.import_module(module_name), cls_name)
        return cls(ctx)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("beranda", "Beranda", "home", "desktop_app.ui.pages.home:HomePage", "Ctrl+1"),
    PageSpec("penduduk", "Penduduk & Keluarga", "people",
             "desktop_app.ui.pages.registry.page:RegistryPage", "Ctrl+2"),
    PageSpec("program", "Program & Kegiatan", "program",
             "desktop_app.ui.pages.programs:ProgramsPage", "Ctrl+3"),
    PageSpec("kelompok", "Kelompok & Arisan", "group",
             "desktop_app.ui.pages.groups:GroupsPage", "Ctrl+4"),
    PageSpec("pertukaran", "Impor/Ekspor", "exchange",
             "desktop_app.ui.pages.exchange:ExchangePage", "Ctrl+5"),
    PageSpec("laporan", "Laporan", "report",
             "desktop_app.ui.pages.reports:ReportsPage", "Ctrl+6"),
    PageSpec("pengaturan", "Pengaturan", "settings",
             "desktop_app.ui.pages.settings:SettingsPage", "Ctrl+7"),
    PageSpec("keamanan", "Keamanan & Cadangan", "security",
             "desktop_app.ui.pages.security:SecurityPage", "Ctrl+8"),
)  # fmt: skip

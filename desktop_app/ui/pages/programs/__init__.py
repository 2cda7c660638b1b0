"""Program & Kegiatan area: catalog, participants, sessions and attendance, services, outcomes."""

from desktop_app.ui.pages.programs.page import ProgramsPage

__all__ = ["ProgramsPage"]

"""The content of a session's attendance sheet (daftar hadir), without any rendering.

The UI turns this into an A4 PDF with Qt (``ui/pages/programs/sheet_pdf.py``); keeping the data
here lets the services run without PySide6 and lets tests check the content directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.formatting import format_date_long
from desktop_app.domain.nik import mask
from desktop_app.services import programs
from desktop_app.storage.models import Organization, Program


@dataclass
class SheetRow:
    number: int
    name: str
    nik: str  # masked when asked, empty when the person has none
    sex: str
    kelurahan: str


@dataclass
class AttendanceSheet:
    title: str
    program: str
    organizer: str
    date: str  # e.g. "12 Oktober 2026"
    time: str
    place: str
    topic: str
    trainer: str
    rows: list[SheetRow] = field(default_factory=list)
    blank_rows: int = 10  # room for walk-ins
    masked: bool = True


def build_sheet(
    activity_id: str, *, mask_nik: bool = True, blank_rows: int = 10
) -> AttendanceSheet:
    if not 0 <= blank_rows <= 200:
        raise ValueError("Jumlah baris kosong harus antara 0 dan 200.")
    act = programs.get_activity(activity_id)
    program = Program.get_by_id(act.__data__["program"])
    org_id = program.__data__.get("organizer")
    org = Organization.get_or_none(Organization.id == org_id) if org_id else None
    time = " – ".join(t for t in (act.start_time, act.end_time) if t)
    lines = programs.attendance_sheet_lines(activity_id)
    rows = [
        SheetRow(
            i, line.name, (mask(line.nik) if mask_nik else line.nik) or "", line.sex, line.kelurahan
        )
        for i, line in enumerate(lines, start=1)
    ]
    return AttendanceSheet(
        title="DAFTAR HADIR",
        program=program.name,
        organizer=org.name if org else "",
        date=format_date_long(act.date),
        time=time,
        place=act.place or program.location or "",
        topic=act.topic or "",
        trainer=act.trainer or "",
        rows=rows,
        blank_rows=blank_rows,
        masked=mask_nik,
    )

"""Both languages are complete: the English catalogue covers every source string, and a user who
switches to English sees no Indonesian interface text on any screen (data stays as entered)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from desktop_app.storage import models as m
from desktop_app.tools import translations
from desktop_app.ui import i18n
from desktop_app.ui.pages import PAGES
from tests.ui.screens import every_view, settle, visible_texts

# Common Indonesian interface words: none of them may remain once the interface is in English.
INDONESIAN_WORDS = (
    "Simpan", "Batal", "Tambah", "Hapus", "Cari", "Penduduk", "Keluarga", "Kegiatan", "Laporan",
    "Pengaturan", "Tanggal", "Semua", "Ubah", "Pilih", "Daftarkan", "Belum", "Kelompok", "Peserta",
    "Tutup", "Berkas", "Bantuan", "Petunjuk", "Keluar", "Cetak", "Tampilkan", "Jenis", "Umur",
)  # fmt: skip
_WORDS = re.compile(r"\b(" + "|".join(INDONESIAN_WORDS) + r")\b", re.IGNORECASE)

# Text the user typed or that comes from the database is shown as it is, in any language.
DATA_COLUMNS = (
    (m.Kelurahan, "name"), (m.Person, "name"), (m.Person, "birth_place"), (m.Person, "address"),
    (m.Household, "address"), (m.Organization, "name"), (m.Program, "name"),
    (m.Program, "description"), (m.Program, "location"), (m.Activity, "place"),
    (m.Activity, "topic"), (m.Activity, "trainer"), (m.OutcomeIndicator, "name"),
    (m.OutcomeIndicator, "unit"), (m.Group, "name"), (m.Group, "meeting_schedule"),
    (m.Group, "description"), (m.GroupMeeting, "place"), (m.GroupMeeting, "topics"),
    (m.ArisanCycle, "name"),
)  # fmt: skip


def _catalogue() -> dict[str, str]:
    """Source -> English for every finished message whose English differs from the source."""
    out = {}
    root = ET.parse(translations.translations_dir() / translations.CATALOGUES["en"]).getroot()
    for message in root.iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        if english and english != source:
            out[_plain(source)] = _plain(english)
    return out


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text) if "<" in text else text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _data_values() -> list[str]:
    values = set()
    for model, column in DATA_COLUMNS:
        field = getattr(model, column)
        values.update(v for (v,) in model.select(field).where(field.is_null(False)).tuples() if v)
    return sorted(values, key=len, reverse=True)


def _without_data(text: str, data: list[str]) -> str:
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def untranslated(texts: set[str], catalogue: dict[str, str], data: list[str]) -> list[str]:
    bad = []
    for text in sorted(texts):
        if text in catalogue:
            bad.append(f"{text!r} (English: {catalogue[text]!r})")
            continue
        word = _WORDS.search(_without_data(text, data))
        if word:
            bad.append(f"{text!r} (Indonesian word {word.group(0)!r})")
    return bad


@pytest.fixture
def english(main_window):
    assert i18n.install("en") == "en"
    main_window.retranslate()
    yield main_window
    i18n.install("id")


def test_catalogue_translates_every_source_string(tmp_path):
    """What `python -m desktop_app.tools.translations check` does: extract from all of
    desktop_app/ui into a copy of the catalogue and list what has no finished English."""
    copy = tmp_path / "berdaya_en.ts"
    shutil.copy(translations.translations_dir() / translations.CATALOGUES["en"], copy)
    translations.update(target=copy)
    missing = translations.unfinished(copy)
    assert missing == [], "\n".join(f"{context}: {source!r}" for context, source in missing)


def test_generated_label_list_follows_the_domain():
    """ui/labels_catalogue.py lists every code-list label for lupdate; a label added to the
    domain without `translations update` would reach the screen untranslated."""
    assert translations.LABELS_FILE.read_text(encoding="utf-8") == translations.labels_source(), (
        "run: python -m desktop_app.tools.translations update"
    )
    assert ("codes.SEX", "Perempuan") in translations.dynamic_strings()
    assert ("MainWindow", "Penduduk & Keluarga") in translations.dynamic_strings()


def test_english_catalogue_keeps_placeholders_and_mnemonics():
    root = ET.parse(translations.translations_dir() / translations.CATALOGUES["en"]).getroot()
    wrong = []
    for message in root.iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        marks = re.compile(r"\{[^}]*\}|%\d|<[^>]+>")
        if sorted(marks.findall(source)) != sorted(marks.findall(english)):
            wrong.append((source, english))
        if source.count("&&") != english.count("&&") or (
            ("&" in source.replace("&&", "")) != ("&" in english.replace("&&", ""))
        ):
            wrong.append((source, english))
        if source.endswith("…") != english.endswith("…"):
            wrong.append((source, english))
    assert wrong == []


def test_every_screen_is_english(english, qtbot):
    catalogue, data = _catalogue(), _data_values()
    report: dict[str, str] = {}  # problem -> first screen showing it
    for view in every_view(english, qtbot):
        for line in untranslated(visible_texts(english), catalogue, data):
            report.setdefault(line, view)
    assert report == {}, "\n".join(f"[{view}] {line}" for line, view in report.items())
    titles = [english.sidebar.item(i).text() for i in range(english.sidebar.count())]
    assert titles[:3] == ["Home", "People & Households", "Programs & Sessions"]


def test_dialogs_are_english(english, qtbot, ctx):
    """The dialogs of the guide's tasks: person form, profile, attendance, program, session,
    service, group, arisan cycle, import and export."""
    from desktop_app.ui.pages.exchange_export import ExportDialog
    from desktop_app.ui.pages.exchange_import import ImportDialog
    from desktop_app.ui.pages.groups.arisan_dialogs import CycleDialog
    from desktop_app.ui.pages.groups.dialogs import AddMemberDialog, GroupDialog
    from desktop_app.ui.pages.programs.attendance import AttendanceDialog
    from desktop_app.ui.pages.programs.dialogs import (
        ActivityDialog,
        IndicatorDialog,
        OrganizationDialog,
        ProgramDialog,
        ServiceDialog,
    )
    from desktop_app.ui.pages.registry.person_form import PersonDialog
    from desktop_app.ui.pages.registry.profile import ProfileDialog

    catalogue, data = _catalogue(), _data_values()
    person = (
        m.Person.alive().where(m.Person.household.is_null(False)).order_by(m.Person.name).first()
    )
    activity = m.Activity.alive().order_by(m.Activity.date.desc()).first()
    program, group = activity.program_id, m.Group.alive().first().id
    dialogs = (
        PersonDialog(ctx, person.id, english), PersonDialog(ctx, None, english),
        ProfileDialog(ctx, person.id, english), AttendanceDialog(ctx, activity.id, english),
        ProgramDialog(ctx, program, english), ActivityDialog(ctx, program, english),
        ServiceDialog(ctx, program, english), IndicatorDialog(ctx, program, english),
        OrganizationDialog(ctx, english), GroupDialog(english, ctx, group),
        AddMemberDialog(english, ctx, group), CycleDialog(english, ctx, group),
        ImportDialog(ctx, english), ExportDialog(ctx, english),
    )  # fmt: skip
    report = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        for line in untranslated(visible_texts(dialog), catalogue, data):
            report.setdefault(line, type(dialog).__name__)
        dialog.reject()
    assert report == {}, "\n".join(f"[{name}] {line}" for line, name in report.items())


def test_switching_back_restores_indonesian(english, qtbot):
    assert i18n.install("id") == "id"
    english.retranslate()
    root = ET.parse(translations.translations_dir() / translations.CATALOGUES["en"]).getroot()
    sources = {_plain(message.findtext("source") or "") for message in root.iter("message")}
    english_only = set(_catalogue().values()) - sources
    seen = set()
    for _view in every_view(english, qtbot):
        seen |= visible_texts(english)
    assert [english.sidebar.item(i).text() for i in range(len(PAGES))][:2] == [
        "Beranda", "Penduduk & Keluarga"]  # fmt: skip
    assert {"Daftarkan penduduk (Ctrl+N)", "Berkas", "Pengaturan"} <= seen
    leftovers = sorted(t for t in seen & english_only if not t.startswith(("Berdaya", "Database")))
    assert leftovers == []


def test_switching_language_keeps_work(main_window, qtbot, ctx):
    """The switch happens from Pengaturan with no dialog open (dialogs are modal): saved records
    are in the database and show in the new language at once; the window stays where it was.
    Pages are rebuilt, so a search typed in a page but not acted on is cleared (documented)."""
    from desktop_app.services import records

    person = m.Person.alive().order_by(m.Person.name).first()
    person.phone = "081234567890"
    records.save(person, ctx.actor)
    registry = main_window.show_area("penduduk")
    search = registry.findChild(QLineEdit)
    search.setText("Adolfina")
    settings = main_window.show_area("pengaturan")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    try:
        settings.apply_language.click()
        settle(qtbot)
        assert main_window.sidebar.currentRow() == [s.key for s in PAGES].index("pengaturan")
        assert main_window.page("pengaturan").language.currentData() == "en"
        assert main_window.page("pengaturan").apply_language.text() == "Apply language"
        assert m.Person.get_by_id(person.id).phone == "081234567890"
        registry = main_window.show_area("penduduk")
        settle(qtbot)
        assert registry.findChild(QLineEdit).text() == ""  # the page was rebuilt
        assert i18n.language_from(QSettings()) == "en"  # kept for the next start
    finally:
        i18n.install("id")


def test_the_catalogues_the_app_loads_are_the_ones_the_tool_builds():
    # i18n names the files itself so that start-up does not import the tool (ast, xml).
    from desktop_app.tools import translations
    from desktop_app.ui import i18n

    assert i18n.EN_CATALOGUE == translations.CATALOGUES["en"]
    assert [i18n.QT_ID_CATALOGUE] == list(translations.QT_CATALOGUES.values())
    assert not i18n._stale(translations.translations_dir())  # built by the test session

"""Messages from below the UI (findings, errors, validation and progress texts) are extracted as
templates for translation, and every template has a finished English translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from desktop_app.tools import translations

PLACEHOLDER = re.compile(r"\{\d+\}")


def english_messages() -> dict[str, str | None]:
    """Source -> finished English of the context "messages" (None when unfinished)."""
    root = ET.parse(translations.translations_dir() / translations.CATALOGUES["en"]).getroot()
    out: dict[str, str | None] = {}
    for context in root.iter("context"):
        if context.findtext("name") != translations.MESSAGE_CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            out[message.findtext("source") or ""] = translation.text if finished else None  # type: ignore[union-attr]
    return out


def test_every_message_template_has_an_english_translation_with_its_placeholders():
    templates = translations.message_templates()
    assert len(templates) > 300  # findings, errors and progress texts of all four packages
    english = english_messages()
    wrong = []
    for template in templates:
        text = english.get(template)
        if not text or not text.strip():
            wrong.append(f"{template!r}: no English")
        elif sorted(PLACEHOLDER.findall(template)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{template!r} -> {text!r}: placeholders differ")
    assert wrong == [], "\n".join(wrong)


def test_generated_message_catalogue_follows_the_source():
    """ui/messages_catalogue.py lists every template for lupdate and the runtime; a message added
    below the UI without `translations update` would reach the screen in Indonesian."""
    assert (
        translations.MESSAGES_FILE.read_text(encoding="utf-8") == translations.messages_source()
    ), "run: python -m desktop_app.tools.translations update"


def test_real_templates_are_found():
    templates = set(translations.message_templates())
    for expected in (
        "Tanggal tidak mungkin: {0}.",  # exchange/values.py: an (ERROR, f"…") issue
        "NIK harus 16 angka, yang tertulis {0} angka.",  # domain/nik.py: Finding(…, f"…")
        "Kolom wajib kosong: {0}.",  # exchange/apply.py: self.finding(…)
        "Berkas database tidak ditemukan: {0}",  # storage/errors.py: super().__init__ of an error
        "Menyiapkan ekspor…",  # services/exchange_export.py: progress(0, 0, "…")
        "Nama wajib diisi.",  # services/registry.py: Issue(…) and errors["name"] = "…"
        "Sel ini berisi rumus; rumus dipakai nilai terakhirnya (nilai yang tersimpan).",  # imported
        "Nama pengguna atau kata sandi salah. Sisa percobaan: {0}.",  # text += f"…"
    ):
        assert expected in templates, expected


SOURCE = """
from desktop_app.exchange.types import ERROR, WARNING, Finding
from messages_base import SAVE_AS

HINT = "Simpan lagi sebagai xlsx."


class BadThing(ValueError):
    pass


class Broken(BadThing):
    def __init__(self, path):
        super().__init__(f"Berkas rusak: {path}")


class Bug(AssertionError):
    pass


def read(value, rec, progress, kind):
    issues = [(ERROR, f"Tanggal aneh: {value!r}."), ("warning", "Dibaca sebagai tahun.")]
    findings = [Finding(ERROR, "Kolom kosong.", "file.xlsx", "Daftar", 2, "Nama Kolom")]
    findings.append(Finding("error", "nik_length", f"NIK pendek: {len(value)} angka."))
    rec.finding(rec, ERROR, f"Kode tidak dikenal: {value}.", "kode", value)
    progress(0, 1, f"Membaca {kind}…")
    message = f"Orang tidak ada: {value}." if kind else "Rujukan hilang."
    rec.finding(rec, ERROR, message, "x")
    errors = {}
    errors["name"] = "Nama kosong."
    hint = " " + SAVE_AS if kind == "xls" else ""
    if value is None:
        raise BadThing(f"File {kind} rusak ({value}).{hint}")
    if value == 0:
        raise BadThing("Nilai {} lebih dari {}.".format(value, kind))
    if value == 1:
        raise BadThing(f"Baris {value:,} x {kind} kolom.".replace(",", "."))
    if value == 2:
        raise Bug(f"books {value} != {kind}")  # a bug, not a user's message
    if value == 3:
        raise BadThing(f"Pakai {HINT}")
    raise BadThing(value)  # no text to see
"""


def test_extractor_reads_every_kind_of_message_site():
    found = translations.message_templates([
        ("messages_base", 'SAVE_AS = "Buka di Excel lalu simpan sebagai .xlsx."\n'),
        ("module", SOURCE),
    ])  # fmt: skip
    assert found == [
        "Berkas rusak: {0}",
        "Tanggal aneh: {0}.",
        "Dibaca sebagai tahun.",
        "Kolom kosong.",
        "NIK pendek: {0} angka.",
        "Kode tidak dikenal: {0}.",
        "Membaca {0}…",
        "Orang tidak ada: {0}.",
        "Rujukan hilang.",
        "Nama kosong.",
        "File {0} rusak ({1}). Buka di Excel lalu simpan sebagai .xlsx.",
        "File {0} rusak ({1}).",
        "Nilai {0} lebih dari {1}.",
        "Baris {0} x {1} kolom.",
        "Pakai Simpan lagi sebagai xlsx.",
    ]
    # Not messages: the code "nik_length", the column "Nama Kolom", the sheet "Daftar", the
    # English text of a bug (an AssertionError), a value passed through.

"""Indonesian labels that come from outside the UI code, translated at the UI boundary.

The domain and services stay Qt-free and keep their Indonesian labels (code lists, vulnerability
categories, WG-SS questions, audit actions, column titles built in services): the exchange workbooks
and reports for the district office are in Indonesian whatever the interface language. The UI
shows them through this module, so they follow the interface language:

    from desktop_app.ui.labels import codes           # instead of desktop_app.domain.codes
    codes.label(codes.SEX, "P")                        # "Perempuan" or "Female"
    from desktop_app.ui.labels import VULNERABILITY    # instead of desktop_app.domain.people

Each code list translates in its own context (``codes.SEX``, ``people.VULNERABILITY``…), so one
Indonesian word may have different English in different lists ("Keluar": left / signed out).
The strings reach lupdate through ``labels_catalogue.py``, generated from these lists by
``python -m desktop_app.tools.translations update`` (a test checks it is current).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain import codes as _codes
from desktop_app.domain import disability as _disability
from desktop_app.domain import people as _people
from desktop_app.services import audit as _audit

CONTEXT = "Labels"  # loose labels: column titles built in services, fixed choices


def tr_label(text: str, context: str = CONTEXT) -> str:
    """The interface-language form of an Indonesian label (unchanged when not in the catalogue)."""
    return QCoreApplication.translate(context, text) if text else text


class TranslatedDict(Mapping):
    """A read-only view of a code list whose labels are translated when read (so a language
    switch at run time shows at once)."""

    def __init__(self, source: Mapping[Any, str], context: str) -> None:
        self.source = source
        self.context = context

    def __getitem__(self, key: Any) -> str:
        return tr_label(self.source[key], self.context)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.source)

    def __len__(self) -> int:
        return len(self.source)

    def __repr__(self) -> str:
        return f"TranslatedDict({self.context})"


def is_label_list(value: object) -> bool:
    return (isinstance(value, dict) and bool(value)
            and all(isinstance(v, str) for v in value.values()))  # fmt: skip


class _Codes:
    """``desktop_app.domain.codes`` with every code list translated; functions pass through."""

    def __getattr__(self, name: str) -> Any:
        value = getattr(_codes, name)
        if name.isupper() and is_label_list(value):
            return TranslatedDict(value, f"codes.{name}")
        return value


codes = _Codes()
VULNERABILITY = TranslatedDict(_people.VULNERABILITY, "people.VULNERABILITY")
QUESTIONS = TranslatedDict(_disability.QUESTIONS, "disability.QUESTIONS")
DOMAIN_LABELS = TranslatedDict(_disability.DOMAIN_LABELS, "disability.DOMAIN_LABELS")
ANSWERS = TranslatedDict(_disability.ANSWERS, "disability.ANSWERS")
ACTION_LABELS = TranslatedDict(_audit.ACTION_LABELS, "audit.ACTION_LABELS")

# Lists outside domain.codes that the catalogue generator reads: (context, module, attribute).
SOURCES = (
    ("people.VULNERABILITY", "desktop_app.domain.people", "VULNERABILITY"),
    ("disability.QUESTIONS", "desktop_app.domain.disability", "QUESTIONS"),
    ("disability.DOMAIN_LABELS", "desktop_app.domain.disability", "DOMAIN_LABELS"),
    ("disability.ANSWERS", "desktop_app.domain.disability", "ANSWERS"),
    ("audit.ACTION_LABELS", "desktop_app.services.audit", "ACTION_LABELS"),
    ("arisan.STATUS_LABEL", "desktop_app.services.arisan", "STATUS_LABEL"),
)

# Loose labels translated with tr_label() (context "Labels"): column titles of the registry lists,
# the eligibility-rule summary (domain.programs.EligibilityRule.describe) and a few cell texts.
MANUAL = (
    QT_TRANSLATE_NOOP("Labels", "Nama"),
    QT_TRANSLATE_NOOP("Labels", "NIK"),
    QT_TRANSLATE_NOOP("Labels", "JK"),
    QT_TRANSLATE_NOOP("Labels", "Umur"),
    QT_TRANSLATE_NOOP("Labels", "Tgl. lahir"),
    QT_TRANSLATE_NOOP("Labels", "Kelurahan"),
    QT_TRANSLATE_NOOP("Labels", "RW/RT"),
    QT_TRANSLATE_NOOP("Labels", "No. KK"),
    QT_TRANSLATE_NOOP("Labels", "Kerentanan"),
    QT_TRANSLATE_NOOP("Labels", "Telepon"),
    QT_TRANSLATE_NOOP("Labels", "Kepala keluarga"),
    QT_TRANSLATE_NOOP("Labels", "Alamat"),
    QT_TRANSLATE_NOOP("Labels", "Anggota"),
    QT_TRANSLATE_NOOP("Labels", "Tanpa NIK"),
    QT_TRANSLATE_NOOP("Labels", "(tanpa NIK)"),
    QT_TRANSLATE_NOOP("Labels", "(belum ada kepala)"),
    QT_TRANSLATE_NOOP("Labels", "Perempuan"),
    QT_TRANSLATE_NOOP("Labels", "Laki-laki"),
    QT_TRANSLATE_NOOP("Labels", "umur {min}+"),
    QT_TRANSLATE_NOOP("Labels", "umur ≤ {max}"),
    QT_TRANSLATE_NOOP("Labels", "umur {min}–{max}"),
    QT_TRANSLATE_NOOP("Labels", "desil {min}–{max}"),
    QT_TRANSLATE_NOOP("Labels", "{n} kelurahan"),
    QT_TRANSLATE_NOOP("Labels", "penyandang disabilitas"),
    QT_TRANSLATE_NOOP("Labels", "masyarakat adat"),
    QT_TRANSLATE_NOOP("Labels", "belum menerima beasiswa"),
    QT_TRANSLATE_NOOP("Labels", "belum punya NIK"),
    QT_TRANSLATE_NOOP("Labels", "Semua penduduk"),
    QT_TRANSLATE_NOOP("Labels", "Berjalan"),  # arisan cycle status (services.arisan.summary)
    QT_TRANSLATE_NOOP("Labels", "Selesai"),
)

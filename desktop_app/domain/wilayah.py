"""The twelve kelurahan of Kecamatan Alak (Kemendagri codes), read from the shipped CSV."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop_app.paths import resource_path

KECAMATAN_CODE = "53.71.01"


@dataclass(frozen=True)
class Kelurahan:
    code: str  # 53.71.01.1001
    name: str


@cache
def kelurahan_list() -> tuple[Kelurahan, ...]:
    with open(resource_path("reference", "kelurahan_alak.csv"), encoding="utf-8") as fh:
        return tuple(Kelurahan(row["kode"], row["kelurahan"]) for row in csv.DictReader(fh))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def find_kelurahan(text: str | None) -> Kelurahan | None:
    """Match a kelurahan by code (full or last 4 digits) or by name, ignoring case and spacing.

    Accepts ``Kel. Fatufeto``, ``FATUFETO``, ``Manulai 2`` and ``1005``.
    """
    if not text:
        return None
    key = _key(str(text))
    for prefix in ("kelurahan", "kel"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix) :]
    for kel in kelurahan_list():
        code_digits = kel.code.replace(".", "")
        if key in (code_digits, code_digits[-4:], _key(kel.name)):
            return kel
        if kel.name.endswith(" II") and _key(kel.name[:-3]) + "2" == key:
            return kel  # "Manulai 2" is how many lists write Manulai II
    return None


def rt_rw(text: object) -> str | None:
    """Normalise an RT or RW to three digits (``4`` -> ``004``); ``-`` and blanks mean none."""
    if text is None:
        return None
    raw = str(text).strip()
    if raw.endswith(".0"):
        raw = raw[:-2]
    if raw in ("", "-", "0", "00", "000"):
        return None
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits or len(digits) > 3:
        raise ValueError(f"RT/RW tidak sah: {raw!r}")
    return digits.zfill(3)

"""NIK and No. KK rules, in one place.

A NIK is 16 digits: PP KK CC DDMMYY SSSS (province, regency/city, kecamatan, birth date with
40 added to the day for women, serial).  Civil-registry files carry dots, spaces and invisible
characters, so everything that is not a digit is stripped before validation.  A NIK that disagrees
with the recorded birth date or sex is only a *warning*: NIKs are not reissued when a birth date
is corrected.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

NIK_LENGTH = 16
KK_LENGTH = 16
_NON_DIGIT = re.compile(r"\D")


@dataclass(frozen=True)
class Finding:
    """One problem found in a value. ``code`` is stable for programs; ``message`` is Indonesian."""

    severity: str  # "error" or "warning"
    code: str
    message: str


@dataclass
class NikCheck:
    value: str | None  # normalised 16 digits, or None when the input was empty/invalid
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


def strip_digits(raw: object) -> str:
    """Keep only the digits of ``raw`` (dots, spaces, apostrophes and invisible chars go)."""
    if raw is None:
        return ""
    return _NON_DIGIT.sub("", str(raw))


@dataclass(frozen=True)
class NikParts:
    province: str
    regency: str
    district: str
    birth_date: dt.date | None  # None when the encoded date is impossible
    sex: str  # "L" or "P"
    serial: str


def parse_nik(nik: str) -> NikParts:
    """Split a normalised 16-digit NIK into its parts (the caller has validated the length)."""
    day = int(nik[6:8])
    month = int(nik[8:10])
    yy = int(nik[10:12])
    sex = "P" if day > 40 else "L"
    if day > 40:
        day -= 40
    birth = _century_date(day, month, yy)
    return NikParts(nik[0:2], nik[2:4], nik[4:6], birth, sex, nik[12:16])


def _century_date(day: int, month: int, yy: int, today: dt.date | None = None) -> dt.date | None:
    today = today or dt.date.today()
    year = 2000 + yy
    if year > today.year:
        year -= 100
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def check_nik(
    raw: object,
    *,
    birth_date: dt.date | None = None,
    birth_year: int | None = None,
    sex: str | None = None,
) -> NikCheck:
    """Validate a NIK and compare it with what is recorded about the person.

    Empty input is not an error here: whether a NIK is required is the caller's decision
    (many vulnerable people have none, with a reason recorded).
    """
    digits = strip_digits(raw)
    if not digits:
        return NikCheck(None)
    if len(digits) != NIK_LENGTH:
        return NikCheck(
            None,
            [
                Finding(
                    "error",
                    "nik_length",
                    f"NIK harus 16 angka, yang tertulis {len(digits)} angka.",
                )
            ],
        )
    findings: list[Finding] = []
    parts = parse_nik(digits)
    if parts.province == "00" or parts.regency == "00":
        findings.append(Finding("error", "nik_region", "Kode wilayah NIK tidak sah (00)."))
    if parts.birth_date is None:
        findings.append(
            Finding("error", "nik_date", "Tanggal lahir yang tersandi dalam NIK tidak mungkin.")
        )
    if parts.serial == "0000":
        findings.append(Finding("error", "nik_serial", "Nomor urut NIK tidak boleh 0000."))
    if parts.birth_date is not None:
        encoded = parts.birth_date
        if birth_date is not None and (encoded.day, encoded.month, encoded.year % 100) != (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        ):
            findings.append(
                Finding(
                    "warning",
                    "nik_birth_mismatch",
                    "Tanggal lahir di NIK ({}) berbeda dengan tanggal lahir tercatat ({}).".format(
                        encoded.strftime("%d/%m/%y"), birth_date.strftime("%d/%m/%Y")
                    ),
                )
            )
        elif birth_date is None and birth_year is not None and encoded.year % 100 != birth_year % 100:
            findings.append(
                Finding(
                    "warning",
                    "nik_birth_mismatch",
                    f"Tahun lahir di NIK berbeda dengan perkiraan tahun lahir ({birth_year}).",
                )
            )
    if sex in ("L", "P") and parts.birth_date is not None and parts.sex != sex:
        expected = "perempuan (tanggal + 40)" if sex == "P" else "laki-laki"
        findings.append(
            Finding(
                "warning",
                "nik_sex_mismatch",
                f"NIK tidak cocok dengan jenis kelamin tercatat: untuk {expected}.",
            )
        )
    return NikCheck(digits, findings)


def check_kk(raw: object) -> NikCheck:
    """Validate a No. KK: 16 digits, region (6) + issue date DDMMYY + serial (4)."""
    digits = strip_digits(raw)
    if not digits:
        return NikCheck(None)
    if len(digits) != KK_LENGTH:
        return NikCheck(
            None,
            [
                Finding(
                    "error",
                    "kk_length",
                    f"No. KK harus 16 angka, yang tertulis {len(digits)} angka.",
                )
            ],
        )
    findings: list[Finding] = []
    if _century_date(int(digits[6:8]), int(digits[8:10]), int(digits[10:12])) is None:
        findings.append(Finding("warning", "kk_date", "Tanggal terbit di No. KK tidak mungkin."))
    return NikCheck(digits, findings)


def duplicate_nik_finding(other_name: str, other_id: str) -> Finding:
    """The error for a NIK already held by another living person (the caller looks it up)."""
    return Finding(
        "error",
        "nik_duplicate",
        f"NIK ini sudah dipakai oleh {other_name} (ID {other_id[:8]}).",
    )


def build_nik(region6: str, birth: dt.date, sex: str, serial: int) -> str:
    """Compose a NIK (used by the demo generator and tests)."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{region6}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def mask(value: str | None, keep: int = 4) -> str:
    """Show only the last ``keep`` digits: 5371011203900001 -> ************0001."""
    if not value:
        return ""
    return "*" * max(0, len(value) - keep) + value[-keep:]

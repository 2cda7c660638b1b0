"""Cell values as people type them, parsed into model values.

Every parser takes one cell value (as python-calamine or openpyxl returns it: ``str``, ``float``,
``int``, ``bool``, ``date``/``datetime`` or empty) and returns ``Parsed(value, issues)``, where each
issue is ``(severity, Indonesian message)``. The caller turns issues into ``Finding``s with the
sheet, row and column the user sees. Parsers never raise on bad input.

Dates: real Excel dates, ``12/05/1950``, ``12-05-1950``, ``12.05.1950``, ``12 Mei 1950``,
``12 Mei 50``, ``1950-05-12``, a year alone (an estimated birth year), Indonesian and English month
names. Day-first, as in Indonesia; an impossible day-first date that is a valid month-first date is
accepted with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from desktop_app.domain import codes, wilayah
from desktop_app.domain import nik as nik_rules
from desktop_app.exchange import format as fmt

ERROR = "error"
WARNING = "warning"

Issue = tuple[str, str]


NO_EXTRA: dict[str, Any] = {}


class Parsed:
    """A parsed cell: the value, the issues found, and other fields the cell also gave.

    Shared between rows by the reader's caches: never modify one after it is made.
    """

    __slots__ = ("value", "issues", "extra")

    def __init__(self, value: Any = None, issues: Any = (), extra: dict[str, Any] | None = None):
        self.value = value
        self.issues: list[Issue] | tuple[Issue, ...] = issues
        self.extra: dict[str, Any] = extra if extra is not None else NO_EXTRA

    @property
    def ok(self) -> bool:
        return not any(sev == ERROR for sev, _ in self.issues)

    def __repr__(self) -> str:
        return f"Parsed({self.value!r}, {list(self.issues)!r}, {self.extra!r})"


# Zero-width and other invisible characters that civil-registry exports carry.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
_BLANKS = {"", "-", "--", "—", "–", "n/a", "na", "null", "none", "#n/a"}


def clean_text(value: Any) -> str:
    """Text of a cell: invisible characters gone, spaces collapsed, integral floats without .0."""
    if value is None:
        return ""
    if type(value) is str:
        # Fast path: plain ASCII without doubled or odd spaces is already clean.
        if value.isascii() and "  " not in value and "\t" not in value and "\n" not in value:
            return value.strip()
    elif isinstance(value, bool):
        return "Ya" if value else "Tidak"
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    elif isinstance(value, dt.datetime):
        if (value.hour, value.minute) != (0, 0):
            return value.strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")
    elif isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    elif isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")
    text = str(value).translate(_INVISIBLE).replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")


def is_blank(value: Any) -> bool:
    if value is None or value == "":
        return True
    if type(value) is str:
        if len(value) > 4 and value.isascii() and not value[0].isspace() and value[0] != "#":
            return False
        return clean_text(value).lower() in _BLANKS
    return False


def parse_text(value: Any) -> Parsed:
    if value.__class__ is str and value.isascii() and "  " not in value:
        if "\t" not in value and "\n" not in value:  # already clean: the common case
            text = value.strip()
            if len(text) > 4 or text.lower() not in _BLANKS:
                return Parsed(text)
            return Parsed(None)
    return Parsed(None if is_blank(value) else clean_text(value))


# --- dates -------------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip

_NUMERIC_DATE = re.compile(r"^(\d{1,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,4})$")
_NAMED_DATE = re.compile(r"^(\d{1,2})\s*[\s\-./]\s*([a-z]+)\.?\s*[\s\-./,]\s*(\d{2,4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s*[\s\-./,]\s*(\d{4})$")
_TIME_SUFFIX = re.compile(r"[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class DateValue:
    date: dt.date | None = None
    year: int | None = None  # only the year is known (an estimate)


def _year(yy: int, today: dt.date, issues: list[Issue]) -> int:
    """Two-digit year: the most recent past year with those digits (``50`` -> 1950)."""
    year = 2000 + yy
    if year > today.year:
        year -= 100
    issues.append((WARNING, f"Tahun dua angka ({yy:02d}) dibaca sebagai {year}; periksa."))
    return year


def _make_date(day: int, month: int, year: int, issues: list[Issue], text: str) -> DateValue:
    try:
        return DateValue(dt.date(year, month, day))
    except ValueError:
        issues.append((ERROR, f"Tanggal tidak mungkin: {text!r}."))
        return DateValue()


def parse_date(value: Any, *, allow_year: bool = True, today: dt.date | None = None) -> Parsed:
    """A date; with ``allow_year`` a year alone gives ``DateValue(year=…)``."""
    today = today or dt.date.today()
    issues: list[Issue] = []
    if is_blank(value):
        return Parsed(DateValue())
    if isinstance(value, dt.datetime):
        return Parsed(DateValue(value.date()))
    if isinstance(value, dt.date):
        return Parsed(DateValue(value))
    if isinstance(value, bool):
        return Parsed(DateValue(), [(ERROR, f"Bukan tanggal: {value!r}.")])
    if isinstance(value, (int, float)):
        number = float(value)
        if number.is_integer() and 1880 <= number <= today.year:
            if allow_year:
                return Parsed(DateValue(year=int(number)))
            return Parsed(DateValue(), [(ERROR, f"Hanya tahun ({int(number)}), bukan tanggal.")])
        if number.is_integer() and 1_011_880 <= number <= 31_129_999:
            return parse_date(f"{int(number):08d}", allow_year=allow_year, today=today)  # ddmmyyyy
        if 1 <= number < 2958466:  # an Excel serial date the cell format did not mark as date
            return Parsed(DateValue(EXCEL_EPOCH + dt.timedelta(days=int(number))))
        return Parsed(DateValue(), [(ERROR, f"Bukan tanggal: {clean_text(value)}.")])
    text = clean_text(value)
    low = _TIME_SUFFIX.sub("", text.lower()).strip()
    if re.fullmatch(r"\d{4}", low):
        year = int(low)
        if allow_year and 1880 <= year <= today.year:
            return Parsed(DateValue(year=year))
        return Parsed(DateValue(), [(ERROR, f"Bukan tanggal: {text!r}.")])
    if re.fullmatch(r"\d{8}", low):  # 12051950 or 19500512
        if 1880 <= int(low[:4]) <= today.year and int(low[4:6]) <= 12:
            return Parsed(
                _make_date(int(low[6:]), int(low[4:6]), int(low[:4]), issues, text), issues
            )
        return Parsed(_make_date(int(low[:2]), int(low[2:4]), int(low[4:]), issues, text), issues)
    m = _NUMERIC_DATE.match(low)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:  # 1950-05-12
            return Parsed(_make_date(int(c), int(b), int(a), issues, text), issues)
        day, month = int(a), int(b)
        year = int(c) if len(c) == 4 else _year(int(c), today, issues) if len(c) == 2 else -1
        if year < 0:
            return Parsed(DateValue(), [(ERROR, f"Tahun tidak jelas: {text!r}.")])
        if month > 12 and day <= 12:
            issues.append(
                (WARNING, f"{text!r} dibaca sebagai bulan/tanggal/tahun (format Amerika); periksa.")
            )
            day, month = month, day
        return Parsed(_make_date(day, month, year, issues, text), issues)
    m = _NAMED_DATE.match(low)
    if m:
        day_s, month_s, year_s = m.groups()
        month = MONTHS.get(month_s)
        if month is None:
            return Parsed(DateValue(), [(ERROR, f"Nama bulan tidak dikenal: {text!r}.")])
        year = int(year_s) if len(year_s) == 4 else _year(int(year_s[-2:]), today, issues)
        return Parsed(_make_date(int(day_s), month, year, issues, text), issues)
    m = _MONTH_YEAR.match(low)
    if m and m.group(1) in MONTHS and allow_year:
        issues.append(
            (WARNING, f"Hanya bulan dan tahun ({text}); dicatat sebagai perkiraan tahun.")
        )
        return Parsed(DateValue(year=int(m.group(2))), issues)
    return Parsed(
        DateValue(), [(ERROR, f"Tanggal tidak dapat dibaca: {text!r}. Tulis seperti 17/08/1985.")]
    )


def parse_datetime(value: Any) -> Parsed:
    if is_blank(value):
        return Parsed(None)
    if isinstance(value, dt.datetime):
        return Parsed(value.replace(microsecond=0))
    if isinstance(value, str):
        text = clean_text(value)
        for form in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                     "%Y-%m-%d %H:%M"):  # fmt: skip
            try:
                return Parsed(dt.datetime.strptime(text, form))
            except ValueError:
                continue
    parsed = parse_date(value, allow_year=False)
    date = parsed.value.date
    return Parsed(dt.datetime.combine(date, dt.time()) if date else None, parsed.issues)


# --- people ------------------------------------------------------------------------------------

_SEX = {
    "l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L", "m": "L", "male": "L",
    "man": "L", "cowok": "L", "1": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "w": "P", "f": "P", "female": "P",
    "woman": "P", "cewek": "P", "2": "P",
}  # fmt: skip


def parse_sex(value: Any) -> Parsed:
    if is_blank(value):
        return Parsed(None)
    key = re.sub(r"[^a-z0-9]", "", clean_text(value).lower())
    sex = _SEX.get(key)
    if sex is None:
        return Parsed(
            None, [(ERROR, f"Jenis kelamin tidak dikenal: {clean_text(value)!r} (pakai L atau P).")]
        )
    return Parsed(sex)


_SCIENTIFIC = re.compile(r"^\d[.,]\d+e\+?\d+$", re.IGNORECASE)


def parse_id_number(value: Any, what: str = "NIK") -> Parsed:
    """NIK or No. KK: dots, spaces, leading apostrophe and invisible characters are removed.

    A value that arrives as a *number* went through a spreadsheet's 15 significant digits: it is
    rejected when it cannot be 16 exact digits and flagged when it ends in 0 (the 16th digit may
    have been lost). See DOMAIN.md, "Excel and 16-digit numbers".
    """
    check = nik_rules.check_kk if what == "No KK" else nik_rules.check_nik
    if value.__class__ is str and len(value) == 16 and value.isdigit() and value.isascii():
        return Parsed(value)  # the common case, already clean
    if is_blank(value):
        return Parsed(None)
    issues: list[Issue] = []
    if isinstance(value, bool):
        return Parsed(None, [(ERROR, f"{what} tidak sah: {value!r}.")])
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (not value.is_integer() or value >= 2**53):
            return Parsed(
                None,
                [(ERROR, f"{what} tersimpan sebagai angka ({value:.15g}) dan angkanya sudah tidak "
                         "utuh. Tulis ulang sebagai teks (format sel @).")],
            )  # fmt: skip
        digits = str(int(value))
        if len(digits) != 16:
            return Parsed(
                None,
                [(ERROR, f"{what} tersimpan sebagai angka ({digits}, {len(digits)} angka) dan tidak "
                         "mungkin 16 angka yang utuh. Tulis ulang sebagai teks (format sel @).")],
            )  # fmt: skip
        if digits.endswith("0000"):
            # 5.37101E+15: only a few significant digits survived; a serial is never 0000.
            return Parsed(
                None,
                [(ERROR, f"{what} tersimpan sebagai angka ({value:.6g}) dan angka belakangnya "
                         "sudah hilang. Tulis ulang sebagai teks (format sel @).")],
            )  # fmt: skip
        if digits.endswith("0"):
            issues.append(
                (WARNING, f"{what} tersimpan sebagai angka; angka terakhirnya mungkin hilang "
                          "(Excel hanya menyimpan 15 angka). Periksa dengan KTP/KK.")
            )  # fmt: skip
        text = digits
    else:
        text = clean_text(value).lstrip("'’`").strip()
        if _SCIENTIFIC.match(text.replace(" ", "")):
            return Parsed(
                None,
                [(ERROR, f"{what} tertulis dalam notasi ilmiah ({text}); angkanya sudah hilang. "
                         "Ketik ulang sebagai teks.")],
            )  # fmt: skip
    result = check(text)
    length_errors = [f for f in result.findings if f.code.endswith("_length")]
    if length_errors:
        return Parsed(None, issues + [(ERROR, f.message) for f in length_errors])
    return Parsed(result.value, issues)


_NO_NIK_WORDS = {
    "belumrekam": "belum_rekam", "belumperekaman": "belum_rekam", "belumadanik": "belum_rekam",
    "hilang": "hilang", "ktphilang": "hilang", "anak": "anak", "adat": "adat",
    "pendatang": "pendatang",
}  # fmt: skip


def parse_nik_cell(value: Any) -> Parsed:
    """A NIK cell; words instead of digits may say why there is none ("BELUM REKAM")."""
    parsed = parse_id_number(value, "NIK")
    if parsed.value is None and isinstance(value, str) and not nik_rules.strip_digits(value):
        key = re.sub(r"[^a-z]", "", clean_text(value).lower())
        reason = _NO_NIK_WORDS.get(key) or fmt.decode_code(codes.NO_NIK_REASON, value)
        if reason:
            return Parsed(None, (), {"no_nik_reason": reason})
    return parsed


def parse_rt_rw(value: Any, what: str = "RT") -> Parsed:
    if is_blank(value):
        return Parsed(None)
    text = clean_text(value)
    text = re.sub(r"^(rt|rw)\.?\s*", "", text, flags=re.IGNORECASE)
    try:
        return Parsed(wilayah.rt_rw(text))
    except ValueError:
        return Parsed(None, [(ERROR, f"{what} tidak sah: {clean_text(value)!r} (contoh: 004).")])


_RT_RW_PAIR = re.compile(
    r"^(?:rt\.?\s*)?(\d{1,3}|-)\s*(?:/|\\|-|\s|rw\.?)\s*(?:rw\.?\s*)?(\d{1,3}|-)$"
)


def parse_rt_rw_pair(value: Any) -> Parsed:
    """``006/002`` or ``RT 6 RW 2`` -> value ``(rt, rw)``."""
    if is_blank(value):
        return Parsed((None, None))
    text = clean_text(value).lower()
    m = _RT_RW_PAIR.match(text)
    if not m:
        return Parsed((None, None), [(ERROR, f"RT/RW tidak dapat dibaca: {clean_text(value)!r} "
                                             "(contoh: 006/002).")])  # fmt: skip
    rt, rw = parse_rt_rw(m.group(1), "RT"), parse_rt_rw(m.group(2), "RW")
    return Parsed((rt.value, rw.value), [*rt.issues, *rw.issues])


_PLACE_DATE = re.compile(r"^(.*?)[,/;]\s*(.+)$")


def parse_place_date(value: Any, today: dt.date | None = None) -> Parsed:
    """``Kupang, 12-05-1950`` or ``Kupang/12 Mei 1950`` -> value ``(place, DateValue)``."""
    if is_blank(value):
        return Parsed((None, DateValue()))
    text = clean_text(value)
    if isinstance(value, (dt.date, int, float)):
        return Parsed((None, parse_date(value, today=today).value))
    m = _PLACE_DATE.match(text)
    if m is None:
        # "Kupang 12-05-1950": the date is the trailing part with digits.
        m = re.match(r"^(.*?)\s+(\d{1,2}[\s/\-.].*\d{2,4})$", text)
    if m is None:
        date = parse_date(text, today=today)
        if date.value.date or date.value.year:
            return Parsed((None, date.value), date.issues)
        return Parsed(
            (text, DateValue()), [(WARNING, "Tanggal lahir tidak ditemukan di kolom ini.")]
        )
    place = m.group(1).strip(" ,/") or None
    date = parse_date(m.group(2), today=today)
    return Parsed((place, date.value), date.issues)


# --- numbers, money, booleans, codes -------------------------------------------------------------


def parse_int(value: Any, what: str = "Angka") -> Parsed:
    if is_blank(value):
        return Parsed(None)
    if isinstance(value, bool):
        return Parsed(int(value))
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return Parsed(int(value))
        return Parsed(None, [(ERROR, f"{what} harus bilangan bulat: {clean_text(value)}.")])
    text = clean_text(value).replace(".", "").replace(" ", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return Parsed(int(text))
    if re.fullmatch(r"[+-]?\d+,0+", text):
        return Parsed(int(text.split(",")[0]))
    return Parsed(None, [(ERROR, f"{what} tidak dapat dibaca: {clean_text(value)!r}.")])


def parse_money(value: Any) -> Parsed:
    """Integer Rupiah from ``Rp 1.500.000``, ``1500000``, ``1.500.000,00``, ``1,500,000``."""
    if is_blank(value):
        return Parsed(None)
    if isinstance(value, bool):
        return Parsed(None, [(ERROR, f"Bukan jumlah uang: {value!r}.")])
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return Parsed(int(value))
        return Parsed(round(value), [(WARNING, f"Sen dibulatkan: {value} menjadi {round(value)}.")])
    text = clean_text(value).lower().replace(" ", "")
    text = re.sub(r"^(rp\.?|idr)", "", text).rstrip("-").rstrip(",").rstrip(".")
    negative = text.startswith("-")
    text = text.lstrip("+-")
    cents = 0
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", text) or re.fullmatch(r"\d+,\d{1,2}", text):
        whole, _, frac = text.partition(",")
        number, cents = int(whole.replace(".", "")), int(frac or 0)
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d{1,2})?", text) or re.fullmatch(r"\d+\.\d{1,2}", text):
        whole, _, frac = text.partition(".")
        number, cents = int(whole.replace(",", "")), int(frac or 0)
    elif re.fullmatch(r"\d+", text):
        number = int(text)
    else:
        return Parsed(
            None,
            [
                (
                    ERROR,
                    f"Jumlah uang tidak dapat dibaca: {clean_text(value)!r} (contoh: Rp 1.500.000).",
                )
            ],
        )
    issues: list[Issue] = []
    if cents:
        issues.append((WARNING, f"Sen diabaikan: {clean_text(value)}."))
    return Parsed(-number if negative else number, issues)


def parse_bool(value: Any) -> Parsed:
    if value is None or (isinstance(value, str) and not clean_text(value)):
        return Parsed(None)
    if isinstance(value, bool):
        return Parsed(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return Parsed(bool(value))
    key = clean_text(value).lower()
    if key in fmt.TRUE_WORDS:
        return Parsed(True)
    if key in fmt.FALSE_WORDS:
        return Parsed(False)
    return Parsed(None, [(ERROR, f"Harus Ya atau Tidak: {clean_text(value)!r}.")])


_WG_WORDS = {
    "tidakadakesulitan": 1, "tidaksulit": 1, "nodifficulty": 1,
    "sedikitkesulitan": 2, "adasedikitkesulitan": 2, "somedifficulty": 2,
    "banyakkesulitan": 3, "alotofdifficulty": 3, "sangatsulit": 3,
    "tidakbisasamasekali": 4, "tidakdapatsamasekali": 4, "cannotdoatall": 4, "cannotdo": 4,
}  # fmt: skip


def parse_wg(value: Any) -> Parsed:
    """A WG-SS answer 1-4, as the number or its words."""
    if is_blank(value):
        return Parsed(None)
    code = fmt.decode_code(fmt.WG_CODES, value)
    if code is None:
        code = _WG_WORDS.get(re.sub(r"[^a-z]", "", clean_text(value).lower()))
    if code is None:
        return Parsed(None, [(ERROR, f"Jawaban WG harus 1, 2, 3 atau 4: {clean_text(value)!r}.")])
    return Parsed(int(code))


def parse_code(codes: dict[Any, str], value: Any, what: str = "Nilai") -> Parsed:
    if is_blank(value):
        return Parsed(None)
    code = fmt.decode_code(codes, value)
    if code is None:
        allowed = ", ".join(str(v) for v in list(codes.values())[:12])
        return Parsed(
            None, [(ERROR, f"{what} tidak dikenal: {clean_text(value)!r}. Pilihan: {allowed}.")]
        )
    return Parsed(code)


def parse_kelurahan(value: Any) -> Parsed:
    if is_blank(value):
        return Parsed(None)
    kel = wilayah.find_kelurahan(clean_text(value))
    if kel is None:
        return Parsed(
            None,
            [(ERROR, f"Kelurahan {clean_text(value)!r} tidak dikenal di Kecamatan Alak.")],
        )
    return Parsed(kel.code)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def parse_uuid(value: Any) -> Parsed:
    if value.__class__ is str and _CANONICAL_UUID.fullmatch(value):
        return Parsed(value)  # as Berdaya writes them
    if is_blank(value):
        return Parsed(None)
    text = clean_text(value)
    try:
        return Parsed(str(uuid.UUID(text)))
    except ValueError:
        return Parsed(None, [(ERROR, f"ID tidak sah: {text!r}. ID tidak boleh diubah.")])


def parse_version(value: Any) -> Parsed:
    parsed = parse_int(value, "Versi")
    if parsed.value is not None and parsed.value < 1:
        return Parsed(None, [(ERROR, f"Versi tidak sah: {clean_text(value)!r}.")])
    return parsed


def parse_phone(value: Any) -> Parsed:
    """Phone numbers: a number cell lost its leading 0; put it back for Indonesian mobiles."""
    if is_blank(value):
        return Parsed(None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        if digits.startswith("8") and 9 <= len(digits) <= 12:
            return Parsed("0" + digits, [(WARNING, "No HP tersimpan sebagai angka; angka 0 di depan "
                                                   "ditambahkan kembali.")])  # fmt: skip
        return Parsed(digits)
    text = clean_text(value).lstrip("'’`").strip()
    return Parsed(text)


def parse_age(value: Any, today: dt.date | None = None) -> Parsed:
    """Age in years -> an estimated birth year."""
    today = today or dt.date.today()
    parsed = parse_int(re.sub(r"\s*(th|thn|tahun|years?)\.?$", "", clean_text(value), flags=re.I)
                       if isinstance(value, str) else value, "Umur")  # fmt: skip
    if parsed.value is None:
        return parsed
    if not 0 <= parsed.value <= 130:
        return Parsed(None, [(ERROR, f"Umur tidak masuk akal: {parsed.value}.")])
    return Parsed(today.year - parsed.value)

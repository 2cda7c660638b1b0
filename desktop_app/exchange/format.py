"""The exchange workbook: one declarative spec shared by the writer, the reader and the docs.

Every synchronised record type has one sheet (``SHEETS``) whose columns (``ColumnSpec``) say which
model field they carry and how the value is written (``kind``). The writer, the template, the
reader's header matching (``synonyms``) and ``docs/excel-format.md`` all follow this one list.

Rules of the format (format version ``FORMAT_VERSION``):

- ``ID`` is the record's UUID, ``Versi`` the version the row was exported at (the base of a
  three-way merge). Rows an office adds leave both blank.
- ``Status`` is blank, or ``HAPUS`` to delete the record (tombstoned records are exported with
  ``HAPUS`` so deletions travel). A row missing from a workbook never deletes anything.
- Coded columns (kind ``code``) are written as the **label** (``Kepala Keluarga``, ``Kawin``) so
  office staff can read them, except the columns with ``write_codes=True`` (``Jenis Kelamin`` L/P,
  the WG-SS answers 1–4), which are written as the code. On reading, both the code and the label are
  accepted, case- and space-insensitively (``decode_code``).
- ``bool`` columns are ``Ya``/``Tidak``; ``kelurahan`` columns hold the kelurahan's name; dates are
  real Excel dates shown dd/mm/yyyy; ``id_text`` (NIK, No KK, phone) are text cells (``@``).
- ``lookup`` columns (``NIK Penduduk``, ``Nama Penduduk``, ``Nama Program`` …) are read-only helpers
  copied from the referenced record so people can read the row; they never change that record. The
  reader passes those with ``natural_key`` on as ``IncomingRecord.refs[column.ref][column.attr]``
  (e.g. ``refs["person"]["nik"]``) so a row without the
  referenced ``ID`` can still be matched by natural key (NIK, name, program name…).

No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop_app.domain import codes as c
from desktop_app.domain.disability import ANSWERS as WG_ANSWERS
from desktop_app.storage import models as m

FORMAT_VERSION = 1
FORMAT_NAME = "berdaya-exchange"

ID_HEADER = "ID"
VERSION_HEADER = "Versi"
STATUS_HEADER = "Status"
BASIS_HEADER = "Basis"  # hidden: content hashes the row is based on (see exchange.basis)
STATUS_DELETE = "HAPUS"
INSTRUCTIONS_SHEET = "Petunjuk"
META_SHEET = "_meta"
LISTS_SHEET = "_daftar"  # hidden: the drop-down lists (labels may hold commas)
# Sheets whose name starts with "_" are system sheets, never data.

TRUE_TEXT = "Ya"
FALSE_TEXT = "Tidak"
TRUE_WORDS = ("ya", "y", "yes", "true", "benar", "1", "v", "x", "ada", "punya")
FALSE_WORDS = ("tidak", "t", "no", "n", "false", "salah", "0", "tidak ada", "belum", "-")

DATE_FORMAT = "dd/mm/yyyy"  # Excel number format of date cells
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MONEY_FORMAT = "#,##0"  # Excel shows it with the reader's own separators (1.500.000 in id-ID)
TEXT_FORMAT = "@"

# Keys of the hidden _meta sheet (column A key, column B value). Row counts are "rows.<Sheet>".
META_FORMAT = "format"
META_FORMAT_VERSION = "format_version"
META_APP_VERSION = "app_version"
META_DEVICE_ID = "device_id"
META_FACILITATOR = "facilitator"
META_EXPORTED_AT = "exported_at"  # ISO 8601, UTC
# "semua", "kelurahan:<nama>" or "program:<nama>", plus " +perubahan" when only changes were exported
META_SCOPE = "scope"
META_OFFICE = "office"
META_MASKED = "masked"  # "ya" when NIK/KK/phone are masked: such a workbook must not update them
META_TEMPLATE = "template"  # "ya" for an empty template
META_ROWS_PREFIX = "rows."

# Column kinds.
ID = "id"  # the record's UUID
VERSION = "version"  # integer version the row is based on
STATUS = "status"  # blank or HAPUS
TEXT = "text"
ID_TEXT = "id_text"  # digits that must stay text: NIK, No KK, phone
DATE = "date"
DATETIME = "datetime"
INT = "int"
MONEY = "money"  # integer Rupiah
BOOL = "bool"  # Ya / Tidak
CODE = "code"  # a code list from domain.codes
KELURAHAN = "kelurahan"  # a kelurahan name (stored as its code)
REF = "ref"  # UUID of another record
LOOKUP = "lookup"  # read-only helper copied from a referenced record
BASIS = "basis"  # hidden: content hashes the row already includes (the exact merge base)

KINDS = (ID, VERSION, STATUS, TEXT, ID_TEXT, DATE, DATETIME, INT, MONEY, BOOL, CODE, KELURAHAN,
         REF, LOOKUP, BASIS)  # fmt: skip

# Code lists that domain.codes does not (yet) hold.
ARISAN_CYCLE_STATUS = {"berjalan": "Berjalan", "selesai": "Selesai"}
ARISAN_ROUND_STATUS = {"dibuka": "Dibuka", "diundi": "Diundi", "selesai": "Selesai"}
WG_CODES: dict[Any, str] = dict(WG_ANSWERS)  # 1–4, written as the number


def normalize_header(text: object) -> str:
    """Header key for matching: lower case, accents dropped, only letters and digits.

    ``"No. NIK"``, ``"no nik"`` and ``"NO_NIK"`` all become ``"nonik"``.
    """
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]", "", folded.lower())


def _key(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    field: str | None  # model field; None for STATUS and LOOKUP columns
    kind: str
    codes: dict[Any, str] | None = None
    synonyms: tuple[str, ...] = ()  # other headers the reader accepts (foreign lists, OpenSID)
    write_codes: bool = False  # CODE columns: write the code (L/P, 1–4) instead of the label
    ref: str | None = None  # REF: table it points to; LOOKUP: the REF field it describes
    attr: str | None = None  # LOOKUP: attribute of the referenced record, e.g. "nik"
    via: tuple[str, ...] = ()  # LOOKUP: extra hops after ``ref`` (share -> membership -> person)
    required: bool = False  # a new row must have a value
    width: int = 14  # column width in characters
    note: str = ""  # Indonesian, for Petunjuk and the docs

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")

    @property
    def read_only(self) -> bool:
        return self.kind == LOOKUP

    @property
    def natural_key(self) -> bool:
        """A LOOKUP the reader passes on in ``refs`` (one hop: the referenced record's own value)."""
        return self.kind == LOOKUP and not self.via

    @property
    def keys(self) -> tuple[str, ...]:
        """Normalised header and synonyms."""
        return tuple(dict.fromkeys(normalize_header(h) for h in (self.header, *self.synonyms)))

    def choices(self) -> list[str]:
        """What the drop-down offers, as written in cells."""
        if self.kind == BOOL:
            return [TRUE_TEXT, FALSE_TEXT]
        if self.kind == STATUS:
            return [STATUS_DELETE]
        if self.kind == KELURAHAN:
            from desktop_app.domain.wilayah import kelurahan_list

            return [k.name for k in kelurahan_list()]
        if self.kind == CODE and self.codes:
            return [str(k) for k in self.codes] if self.write_codes else list(self.codes.values())
        return []

    def encode_code(self, code: Any) -> Any:
        """The cell value for a stored code (unknown codes are written as they are)."""
        if code is None or code == "":
            return None
        if self.write_codes or not self.codes:
            return code
        return self.codes.get(code, code)

    def decode_code(self, value: Any) -> Any:
        """The stored code for a cell value (code or label), or None when not recognised."""
        return decode_code(self.codes or {}, value)


def decode_code(codes: dict[Any, str], value: Any) -> Any:
    """Code for ``value`` given as code or label, ignoring case and spacing; None if unknown.

    Integer-keyed lists (WG-SS 1–4) accept ``3``, ``3.0`` and ``"3"``.
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _key(value)
    if not text:
        return None
    for code, label in codes.items():
        if text == _key(code) or text == _key(label):
            return code
    return None


def lookup(header: str, ref: str, attr: str, *, via: tuple[str, ...] = (), width: int = 22,
           synonyms: tuple[str, ...] = (), kind_note: str = "") -> ColumnSpec:  # fmt: skip
    return ColumnSpec(header, None, LOOKUP, ref=ref, attr=attr, via=via, width=width,
                      synonyms=synonyms, note=kind_note or "Hanya untuk dibaca.")  # fmt: skip


@dataclass(frozen=True)
class SheetSpec:
    name: str
    model: type[m.SyncModel]
    columns: tuple[ColumnSpec, ...]
    description: str = ""  # Indonesian, one line, for Petunjuk

    @property
    def kind(self) -> str:
        """The record kind (table name) used in ``IncomingRecord.kind``."""
        return self.model._meta.table_name

    @property
    def headers(self) -> list[str]:
        return [col.header for col in self.columns]

    @cached_property
    def _by_header(self) -> dict[str, ColumnSpec]:
        return {normalize_header(col.header): col for col in self.columns}

    def column(self, header: str) -> ColumnSpec | None:
        return self._by_header.get(normalize_header(header))

    def column_for_field(self, field_name: str) -> ColumnSpec | None:
        for col in self.columns:
            if col.field == field_name:
                return col
        return None

    @property
    def data_columns(self) -> list[ColumnSpec]:
        """Columns that carry a field of the record (not Status, not helpers)."""
        return [col for col in self.columns if col.field is not None]

    def __hash__(self) -> int:
        return hash(self.name)


def _common(*columns: ColumnSpec) -> tuple[ColumnSpec, ...]:
    return (
        ColumnSpec(ID_HEADER, "id", ID, width=38, synonyms=("uuid",),
                   note="Kode unik catatan. Biarkan kosong untuk baris baru; jangan diubah."),
        ColumnSpec(VERSION_HEADER, "version", VERSION, width=7, synonyms=("version",),
                   note="Versi catatan saat diekspor. Biarkan kosong untuk baris baru; jangan diubah."),
        *columns,
        ColumnSpec(STATUS_HEADER, None, STATUS, width=9,
                   note="Kosong, atau HAPUS untuk menghapus catatan ini."),
        ColumnSpec(BASIS_HEADER, None, BASIS, width=20,
                   note="Kolom tersembunyi: dasar penggabungan baris ini. Jangan diubah; "
                        "kosong untuk baris baru."),
    )  # fmt: skip


def _person_ref(field: str = "person", *, required: bool = True) -> tuple[ColumnSpec, ...]:
    return (
        ColumnSpec("ID Penduduk", field, REF, ref="person", width=38, required=required,
                   synonyms=("id orang", "person id"),
                   note="ID penduduk. Boleh kosong bila NIK Penduduk diisi."),
        lookup("NIK Penduduk", field, "nik", width=19, synonyms=("nik peserta", "nik anggota")),
        lookup("Nama Penduduk", field, "name", width=26, synonyms=("nama peserta", "nama anggota")),
    )  # fmt: skip


def _program_ref(*, required: bool = True) -> tuple[ColumnSpec, ...]:
    return (
        ColumnSpec("ID Program", "program", REF, ref="program", width=38, required=required,
                   note="ID program. Boleh kosong bila Nama Program diisi."),
        lookup("Nama Program", "program", "name", width=28),
    )  # fmt: skip


def _group_ref() -> tuple[ColumnSpec, ...]:
    return (
        ColumnSpec("ID Kelompok", "group", REF, ref="community_group", width=38, required=True,
                   note="ID kelompok. Boleh kosong bila Nama Kelompok diisi."),
        lookup("Nama Kelompok", "group", "name", width=28),
    )  # fmt: skip


def _kelurahan(field: str = "kelurahan") -> ColumnSpec:
    return ColumnSpec("Kelurahan", field, KELURAHAN, width=16,
                      synonyms=("kel", "kel.", "desa", "kelurahan/desa", "desa/kelurahan", "village"),
                      note="Nama kelurahan di Kecamatan Alak (pilih dari daftar).")  # fmt: skip


def _bool(header: str, field: str, *synonyms: str, note: str = "") -> ColumnSpec:
    return ColumnSpec(header, field, BOOL, width=max(9, len(header) + 2), synonyms=synonyms,
                      note=note or "Ya atau Tidak.")  # fmt: skip


_WG_COLUMNS = tuple(
    ColumnSpec(header, f"wg_{domain}", CODE, codes=WG_CODES, write_codes=True, width=len(header) + 2,
               synonyms=synonyms,
               note="Washington Group: 1 tidak ada kesulitan, 2 sedikit kesulitan, "
                    "3 banyak kesulitan, 4 tidak bisa sama sekali.")
    for domain, header, synonyms in (
        ("seeing", "WG Melihat", ("kesulitan melihat", "melihat", "seeing")),
        ("hearing", "WG Mendengar", ("kesulitan mendengar", "mendengar", "hearing")),
        ("walking", "WG Berjalan", ("kesulitan berjalan", "berjalan", "walking")),
        ("cognition", "WG Mengingat", ("kesulitan mengingat", "mengingat", "konsentrasi",
                                       "cognition", "remembering")),
        ("selfcare", "WG Mengurus Diri", ("kesulitan mengurus diri", "mengurus diri", "selfcare",
                                          "self-care", "self care")),
        ("communication", "WG Berkomunikasi", ("kesulitan berkomunikasi", "berkomunikasi",
                                               "communication", "communicating")),
    )
)  # fmt: skip


PENDUDUK = SheetSpec(
    "Penduduk",
    m.Person,
    _common(
        ColumnSpec("NIK", "nik", ID_TEXT, width=19,
                   synonyms=("No. NIK", "No NIK", "Nomor NIK", "Nomor Induk Kependudukan", "NIK KTP",
                             "nik penduduk", "national id", "id number", "nik_penduduk"),
                   note="16 angka, ditulis sebagai teks. Kosongkan bila tidak punya NIK."),
        ColumnSpec("Alasan Tanpa NIK", "no_nik_reason", CODE, codes=c.NO_NIK_REASON, width=30,
                   synonyms=("alasan tidak ada nik", "alasan tanpa nik"),
                   note="Wajib bila NIK kosong."),
        lookup("No KK", "household", "no_kk", width=19,
               synonyms=("No. KK", "Nomor KK", "Nomor Kartu Keluarga", "No Kartu Keluarga", "no_kk",
                         "kk", "family card number"),
               kind_note="No. KK keluarganya (dari lembar Keluarga). Dipakai untuk mencari keluarga "
                         "bila ID Keluarga kosong."),
        ColumnSpec("Nama", "name", TEXT, width=28, required=True,
                   synonyms=("Nama Lengkap", "Nama Penduduk", "Nama Warga", "Nama Anggota", "name",
                             "full name", "nama_lengkap"),
                   note="Nama lengkap sesuai KTP/KK."),
        ColumnSpec("Jenis Kelamin", "sex", CODE, codes=c.SEX, write_codes=True, width=8, required=True,
                   synonyms=("JK", "L/P", "Kelamin", "sex", "gender", "jenis_kelamin", "kelamin (l/p)"),
                   note="L (laki-laki) atau P (perempuan)."),
        ColumnSpec("Tempat Lahir", "birth_place", TEXT, width=16,
                   synonyms=("tempatlahir", "tempat_lahir", "place of birth", "birthplace")),
        ColumnSpec("Tanggal Lahir", "birth_date", DATE, width=12,
                   synonyms=("Tgl Lahir", "Tgl. Lahir", "tanggallahir", "tanggal_lahir", "date of birth",
                             "birth date", "dob"),
                   note="Tanggal (dd/mm/yyyy)."),
        ColumnSpec("Perkiraan Tahun Lahir", "birth_year", INT, width=10,
                   synonyms=("tahun lahir", "thn lahir", "birth year", "year of birth"),
                   note="Bila tanggal lahir tidak diketahui."),
        ColumnSpec("ID Keluarga", "household", REF, ref="household", width=38,
                   note="ID keluarga (lembar Keluarga). Boleh kosong bila No KK diisi."),
        ColumnSpec("Hubungan Keluarga", "relationship", CODE, codes=c.SHDK, width=18,
                   synonyms=("SHDK", "Hubungan dalam Keluarga", "Status Hubungan Dalam Keluarga",
                             "Hubungan", "kk_level", "relationship"),
                   note="Status hubungan dalam keluarga (SHDK)."),
        ColumnSpec("Status Kawin", "marital_status", CODE, codes=c.MARITAL, width=14,
                   synonyms=("Status Perkawinan", "status_kawin", "marital status", "kawin")),
        ColumnSpec("Agama", "religion", CODE, codes=c.RELIGION, width=16,
                   synonyms=("agama_id", "religion")),
        ColumnSpec("Pendidikan", "education", CODE, codes=c.EDUCATION, width=18,
                   synonyms=("Pendidikan Terakhir", "pendidikan_kk_id", "education",
                             "pendidikan dalam kk")),
        ColumnSpec("Pekerjaan", "occupation", TEXT, width=18,
                   synonyms=("pekerjaan_id", "occupation", "job")),
        ColumnSpec("No HP", "phone", ID_TEXT, width=15,
                   synonyms=("No. HP", "Nomor HP", "HP", "No Telepon", "No. Telp", "Telepon", "Telp",
                             "phone", "no_hp", "whatsapp", "no wa"),
                   note="Nomor telepon, ditulis sebagai teks."),
        _kelurahan(),
        ColumnSpec("RW", "rw", TEXT, width=6, synonyms=("rw",), note="Tiga angka, misalnya 002."),
        ColumnSpec("RT", "rt", TEXT, width=6, synonyms=("rt",), note="Tiga angka, misalnya 014."),
        ColumnSpec("Alamat", "address", TEXT, width=30,
                   synonyms=("Alamat Lengkap", "alamat_sekarang", "address", "jalan")),
        ColumnSpec("Suku", "ethnicity", TEXT, width=12, synonyms=("etnis", "ethnicity", "suku bangsa")),
        _bool("Masyarakat Adat", "indigenous", "adat", "indigenous", "komunitas adat"),
        *_WG_COLUMNS,
        _bool("Punya KTP", "has_ktp", "ktp", "ktp_el", "ada ktp"),
        _bool("Punya KK", "has_kk", "ada kk", "kartu keluarga"),
        _bool("Punya Akta Lahir", "has_birth_certificate", "akta lahir", "akta_lahir",
              "akta kelahiran", "ada akta lahir"),
        _bool("Punya BPJS", "has_bpjs", "bpjs", "jkn", "kis", "bpjs kesehatan"),
        _bool("Persetujuan", "consent_given", "setuju", "consent", "persetujuan data",
              note="Ya bila orang ini menyetujui datanya dicatat."),
        ColumnSpec("Tanggal Persetujuan", "consent_date", DATE, width=12,
                   synonyms=("tgl persetujuan", "consent date")),
        ColumnSpec("Cara Persetujuan", "consent_method", CODE, codes=c.CONSENT_METHOD, width=18,
                   synonyms=("consent method",)),
        ColumnSpec("Persetujuan Dicatat Oleh", "consent_recorded_by", TEXT, width=18,
                   synonyms=("dicatat oleh", "consent recorded by")),
        ColumnSpec("Catatan", "notes", TEXT, width=30,
                   synonyms=("Keterangan", "Ket", "Ket.", "notes", "remarks")),
    ),
    "Satu baris per orang.",
)  # fmt: skip

KELUARGA = SheetSpec(
    "Keluarga",
    m.Household,
    _common(
        ColumnSpec("No KK", "no_kk", ID_TEXT, width=19,
                   synonyms=("No. KK", "Nomor KK", "Nomor Kartu Keluarga", "no_kk"),
                   note="16 angka, ditulis sebagai teks."),
        ColumnSpec("ID Kepala Keluarga", "head", REF, ref="person", width=38),
        lookup("NIK Kepala Keluarga", "head", "nik", width=19),
        lookup("Nama Kepala Keluarga", "head", "name", width=26,
               synonyms=("kepala keluarga", "nama kk")),
        _kelurahan(),
        ColumnSpec("RW", "rw", TEXT, width=6),
        ColumnSpec("RT", "rt", TEXT, width=6),
        ColumnSpec("Alamat", "address", TEXT, width=30),
        ColumnSpec("Desil Kesejahteraan", "welfare_decile", INT, width=10,
                   synonyms=("desil", "desil dtsen"), note="DTSEN desil 1–10."),
        ColumnSpec("Penghasilan Bulanan", "monthly_income", MONEY, width=14,
                   synonyms=("penghasilan", "pendapatan"), note="Rupiah per bulan, angka bulat."),
        ColumnSpec("Catatan Rumah", "housing_notes", TEXT, width=24),
        ColumnSpec("Catatan", "notes", TEXT, width=30, synonyms=("keterangan",)),
    ),
    "Satu baris per Kartu Keluarga.",
)  # fmt: skip

ORGANISASI = SheetSpec(
    "Organisasi",
    m.Organization,
    _common(
        ColumnSpec("Nama", "name", TEXT, width=28, required=True, synonyms=("nama organisasi",)),
        ColumnSpec("Jenis", "kind", CODE, codes=c.ORGANIZATION_KIND, width=20, required=True),
        ColumnSpec("Narahubung", "contact_person", TEXT, width=20, synonyms=("kontak",)),
        ColumnSpec("No HP", "phone", ID_TEXT, width=15, synonyms=("telepon", "no telp")),
        ColumnSpec("Alamat", "address", TEXT, width=30),
        ColumnSpec("Catatan", "notes", TEXT, width=30),
    ),
    "Lembaga penyelenggara program.",
)  # fmt: skip

PROGRAM = SheetSpec(
    "Program",
    m.Program,
    _common(
        ColumnSpec("Nama", "name", TEXT, width=30, required=True, synonyms=("nama program",)),
        ColumnSpec("Jenis", "kind", CODE, codes=c.PROGRAM_KIND, width=22, required=True),
        ColumnSpec("ID Penyelenggara", "organizer", REF, ref="organization", width=38),
        lookup("Nama Penyelenggara", "organizer", "name", width=24),
        ColumnSpec("Deskripsi", "description", TEXT, width=30, synonyms=("keterangan",)),
        ColumnSpec("Lokasi", "location", TEXT, width=20),
        _kelurahan(),
        ColumnSpec("Tanggal Mulai", "start_date", DATE, width=12, synonyms=("mulai",)),
        ColumnSpec("Tanggal Selesai", "end_date", DATE, width=12, synonyms=("selesai",)),
        ColumnSpec("Anggaran", "budget", MONEY, width=14, note="Rupiah, angka bulat."),
        ColumnSpec("Kelompok Sasaran", "target_groups", TEXT, width=22,
                   note="Kode kerentanan dipisah koma: anak, lansia, perempuan, disabilitas, adat, "
                        "tanpa_nik, miskin, kk_perempuan."),
        ColumnSpec("Syarat Peserta", "eligibility", TEXT, width=22,
                   note="Aturan kelayakan (JSON). Biarkan seperti adanya."),
    ),
    "Program dan kegiatan pemberdayaan.",
)  # fmt: skip

PESERTA_PROGRAM = SheetSpec(
    "Peserta Program",
    m.Enrollment,
    _common(
        *_person_ref(),
        *_program_ref(),
        ColumnSpec("Status Peserta", "status", CODE, codes=c.ENROLLMENT_STATUS, width=12,
                   synonyms=("status kepesertaan",)),
        ColumnSpec("Tanggal Daftar", "enrolled_on", DATE, width=12),
        ColumnSpec("Tanggal Mulai", "started_on", DATE, width=12),
        ColumnSpec("Tanggal Keluar", "ended_on", DATE, width=12),
        ColumnSpec("Alasan Keluar", "exit_reason", TEXT, width=20),
    ),
    "Siapa terdaftar di program mana.",
)  # fmt: skip

KEGIATAN = SheetSpec(
    "Kegiatan",
    m.Activity,
    _common(
        *_program_ref(),
        ColumnSpec("Tanggal", "date", DATE, width=12, required=True),
        ColumnSpec("Jam Mulai", "start_time", TEXT, width=8, note="JJ:MM"),
        ColumnSpec("Jam Selesai", "end_time", TEXT, width=8, note="JJ:MM"),
        ColumnSpec("Tempat", "place", TEXT, width=20),
        ColumnSpec("Topik", "topic", TEXT, width=26),
        ColumnSpec("Pelatih", "trainer", TEXT, width=18, synonyms=("fasilitator", "narasumber")),
        ColumnSpec("Catatan", "notes", TEXT, width=30),
    ),
    "Sesi/pertemuan sebuah program.",
)  # fmt: skip

KEHADIRAN = SheetSpec(
    "Kehadiran",
    m.Attendance,
    _common(
        ColumnSpec("ID Kegiatan", "activity", REF, ref="activity", width=38, required=True),
        lookup("Tanggal Kegiatan", "activity", "date", width=12),
        lookup("Nama Program", "activity", "name", via=("program",), width=28),
        *_person_ref(),
        _bool("Hadir", "present", "kehadiran"),
        ColumnSpec("Keterangan", "note", TEXT, width=24, synonyms=("catatan",)),
    ),
    "Kehadiran peserta di kegiatan program.",
)  # fmt: skip

LAYANAN = SheetSpec(
    "Layanan",
    m.Service,
    _common(
        *_person_ref(),
        *_program_ref(required=False),
        ColumnSpec("Jenis Layanan", "kind", CODE, codes=c.SERVICE_KIND, width=20, required=True,
                   synonyms=("jenis", "layanan")),
        ColumnSpec("Tanggal", "date", DATE, width=12, required=True),
        ColumnSpec("Jumlah", "amount", MONEY, width=14, synonyms=("nominal", "jumlah (rp)"),
                   note="Rupiah, angka bulat."),
        ColumnSpec("Sekolah", "school", TEXT, width=20),
        ColumnSpec("Kelas", "grade", TEXT, width=8),
        ColumnSpec("Jenis Layanan Kesehatan", "health_type", CODE, codes=c.HEALTH_SERVICE_TYPE, width=16),
        ColumnSpec("Pemberi Layanan", "provider", TEXT, width=20),
        ColumnSpec("Keterangan", "description", TEXT, width=26, synonyms=("deskripsi", "catatan")),
    ),
    "Manfaat yang diterima seseorang: beasiswa, layanan kesehatan, paket pelatihan.",
)  # fmt: skip

INDIKATOR = SheetSpec(
    "Indikator",
    m.OutcomeIndicator,
    _common(
        *_program_ref(),
        ColumnSpec("Nama", "name", TEXT, width=28, required=True, synonyms=("nama indikator",)),
        ColumnSpec("Jenis", "kind", CODE, codes=c.INDICATOR_KIND, width=10, required=True),
        ColumnSpec("Satuan", "unit", TEXT, width=12),
        ColumnSpec("Pilihan", "choices", TEXT, width=22,
                   note="Untuk jenis Pilihan: daftar (JSON) dari terburuk ke terbaik."),
        _bool("Makin Tinggi Makin Baik", "higher_is_better"),
    ),
    "Indikator capaian program.",
)  # fmt: skip

CAPAIAN = SheetSpec(
    "Capaian",
    m.Outcome,
    _common(
        ColumnSpec("ID Indikator", "indicator", REF, ref="outcome_indicator", width=38, required=True),
        lookup("Nama Indikator", "indicator", "name", width=26),
        *_person_ref(),
        ColumnSpec("Tanggal", "date", DATE, width=12, required=True),
        _bool("Data Awal", "is_baseline", "baseline", note="Ya untuk pengukuran awal (baseline)."),
        ColumnSpec("Nilai Angka", "value_number", INT, width=12,
                   note="Angka bulat; untuk Ya/Tidak: 1 atau 0."),
        ColumnSpec("Nilai Pilihan", "value_text", TEXT, width=16),
        ColumnSpec("Keterangan", "note", TEXT, width=24),
    ),
    "Pengukuran indikator per orang: data awal dan tindak lanjut.",
)  # fmt: skip

KELOMPOK = SheetSpec(
    "Kelompok",
    m.Group,
    _common(
        ColumnSpec("Nama", "name", TEXT, width=28, required=True, synonyms=("nama kelompok",)),
        ColumnSpec("Jenis", "kind", CODE, codes=c.GROUP_KIND, width=18, required=True),
        _kelurahan(),
        ColumnSpec("Jadwal Pertemuan", "meeting_schedule", TEXT, width=20),
        *_program_ref(required=False),
        ColumnSpec("Tanggal Berdiri", "founded_on", DATE, width=12),
        ColumnSpec("Deskripsi", "description", TEXT, width=30),
    ),
    "Kelompok masyarakat: diskusi, arisan, KUBE, kader.",
)  # fmt: skip

ANGGOTA_KELOMPOK = SheetSpec(
    "Anggota Kelompok",
    m.GroupMembership,
    _common(
        *_group_ref(),
        *_person_ref(),
        ColumnSpec("Peran", "role", CODE, codes=c.GROUP_ROLE, width=12, synonyms=("jabatan",)),
        ColumnSpec("Tanggal Masuk", "joined_on", DATE, width=12),
        ColumnSpec("Tanggal Keluar", "left_on", DATE, width=12),
        ColumnSpec("Status Anggota", "status", CODE, codes=c.MEMBERSHIP_STATUS, width=10),
    ),
    "Anggota tiap kelompok.",
)  # fmt: skip

PERTEMUAN_KELOMPOK = SheetSpec(
    "Pertemuan Kelompok",
    m.GroupMeeting,
    _common(
        *_group_ref(),
        ColumnSpec("Tanggal", "date", DATE, width=12, required=True),
        ColumnSpec("Tempat", "place", TEXT, width=20),
        ColumnSpec("Topik", "topics", TEXT, width=28),
        ColumnSpec("Keputusan", "decisions", TEXT, width=28),
    ),
    "Pertemuan kelompok.",
)  # fmt: skip

KEHADIRAN_PERTEMUAN = SheetSpec(
    "Kehadiran Pertemuan",
    m.GroupMeetingAttendance,
    _common(
        ColumnSpec("ID Pertemuan", "meeting", REF, ref="group_meeting", width=38, required=True),
        lookup("Tanggal Pertemuan", "meeting", "date", width=12),
        lookup("Nama Kelompok", "meeting", "name", via=("group",), width=28),
        *_person_ref(),
        _bool("Hadir", "present"),
    ),
    "Kehadiran anggota di pertemuan kelompok.",
)  # fmt: skip


def _share_person() -> tuple[ColumnSpec, ...]:
    return (
        lookup("NIK Penduduk", "share", "nik", via=("membership", "person"), width=19),
        lookup("Nama Penduduk", "share", "name", via=("membership", "person"), width=26),
    )


ARISAN_SIKLUS = SheetSpec(
    "Arisan Siklus",
    m.ArisanCycle,
    _common(
        *_group_ref(),
        ColumnSpec("Nama", "name", TEXT, width=20, required=True, synonyms=("nama siklus",)),
        ColumnSpec("Iuran", "contribution", MONEY, width=12, required=True,
                   note="Rupiah per bagian per putaran."),
        ColumnSpec("Frekuensi", "frequency", CODE, codes=c.ARISAN_FREQUENCY, width=14),
        ColumnSpec("Pemenang per Putaran", "winners_per_round", INT, width=10),
        ColumnSpec("Cara", "method", CODE, codes=c.ARISAN_METHOD, width=14),
        ColumnSpec("Uang Kas", "cash_fee", MONEY, width=12, note="Rupiah untuk kas per pencairan."),
        ColumnSpec("Denda Telat", "late_penalty", MONEY, width=12),
        ColumnSpec("Tanggal Mulai", "start_date", DATE, width=12, required=True),
        ColumnSpec("Status Siklus", "status", CODE, codes=ARISAN_CYCLE_STATUS, width=12),
    ),
    "Siklus arisan sebuah kelompok.",
)  # fmt: skip

ARISAN_BAGIAN = SheetSpec(
    "Arisan Bagian",
    m.ArisanShare,
    _common(
        ColumnSpec("ID Siklus", "cycle", REF, ref="arisan_cycle", width=38, required=True),
        lookup("Nama Siklus", "cycle", "name", width=18),
        ColumnSpec("ID Anggota", "membership", REF, ref="group_membership", width=38, required=True),
        lookup("NIK Penduduk", "membership", "nik", via=("person",), width=19),
        lookup("Nama Penduduk", "membership", "name", via=("person",), width=26),
        ColumnSpec("Nomor Urut", "number", INT, width=8, required=True),
        ColumnSpec("Riwayat Pengalihan", "history", TEXT, width=24,
                   note="Pengalihan bagian ke anggota lain (JSON). Jangan diubah."),
    ),
    "Bagian (nomor) tiap anggota dalam siklus arisan.",
)  # fmt: skip

ARISAN_PUTARAN = SheetSpec(
    "Arisan Putaran",
    m.ArisanRound,
    _common(
        ColumnSpec("ID Siklus", "cycle", REF, ref="arisan_cycle", width=38, required=True),
        lookup("Nama Siklus", "cycle", "name", width=18),
        ColumnSpec("Putaran Ke", "number", INT, width=8, required=True),
        ColumnSpec("Tanggal", "date", DATE, width=12),
        ColumnSpec("Status Putaran", "status", CODE, codes=ARISAN_ROUND_STATUS, width=12),
    ),
    "Putaran arisan.",
)  # fmt: skip

ARISAN_SETORAN = SheetSpec(
    "Arisan Setoran",
    m.ArisanContribution,
    _common(
        ColumnSpec("ID Putaran", "round", REF, ref="arisan_round", width=38, required=True),
        lookup("Putaran Ke", "round", "number", width=8),
        ColumnSpec("ID Bagian", "share", REF, ref="arisan_share", width=38, required=True),
        *_share_person(),
        ColumnSpec("Wajib Setor", "due", MONEY, width=12, required=True),
        ColumnSpec("Dibayar", "paid", MONEY, width=12),
        ColumnSpec("Tanggal Bayar", "paid_on", DATE, width=12),
        ColumnSpec("Penerima Setoran", "collected_by", TEXT, width=18),
        _bool("Telat", "late"),
        ColumnSpec("Denda", "penalty", MONEY, width=10),
    ),
    "Setoran tiap bagian per putaran.",
)  # fmt: skip

ARISAN_UNDIAN = SheetSpec(
    "Arisan Undian",
    m.ArisanDraw,
    _common(
        ColumnSpec("ID Putaran", "round", REF, ref="arisan_round", width=38, required=True),
        lookup("Putaran Ke", "round", "number", width=8),
        ColumnSpec("Cara", "method", CODE, codes=c.ARISAN_METHOD, width=14, required=True),
        ColumnSpec("Benih Acak", "seed", TEXT, width=20),
        ColumnSpec("Peserta Undian", "eligible", TEXT, width=30,
                   note="Daftar ID bagian (JSON) saat undian. Jangan diubah."),
        ColumnSpec("Pemenang", "winners", TEXT, width=30, note="Daftar ID bagian (JSON). Jangan diubah."),
        ColumnSpec("Saksi", "witnesses", TEXT, width=20),
        ColumnSpec("Waktu Undian", "drawn_at", DATETIME, width=16),
        ColumnSpec("Tawaran Lelang", "bids", TEXT, width=24,
                   note="Untuk cara lelang: tawaran per ID bagian (JSON). Jangan diubah."),
        ColumnSpec("Alasan Batal", "void_reason", TEXT, width=24,
                   note="Diisi bila undian dibatalkan (tetap tercatat)."),
        ColumnSpec("Tanggal Batal", "voided_on", DATE, width=12),
    ),
    "Catatan undian tiap putaran.",
)  # fmt: skip

ARISAN_PEMBAYARAN = SheetSpec(
    "Arisan Pembayaran",
    m.ArisanPayout,
    _common(
        ColumnSpec("ID Putaran", "round", REF, ref="arisan_round", width=38, required=True),
        lookup("Putaran Ke", "round", "number", width=8),
        ColumnSpec("ID Bagian", "share", REF, ref="arisan_share", width=38, required=True),
        *_share_person(),
        ColumnSpec("Kotor", "gross", MONEY, width=12, required=True),
        ColumnSpec("Uang Kas", "fee", MONEY, width=12),
        ColumnSpec("Potongan Tunggakan", "arrears_deducted", MONEY, width=12),
        ColumnSpec("Potongan Lelang", "discount", MONEY, width=12,
                   note="Potongan tawaran lelang yang masuk kas."),
        ColumnSpec("Bersih", "net", MONEY, width=12, required=True),
        ColumnSpec("Tanggal Bayar", "paid_on", DATE, width=12),
        ColumnSpec("Diterima Oleh", "received_by", TEXT, width=18),
        ColumnSpec("Tunggakan Dilunasi", "settled", TEXT, width=24,
                   note="Setoran yang dilunasi dengan potongan (JSON). Jangan diubah."),
        ColumnSpec("Alasan Batal", "void_reason", TEXT, width=24,
                   note="Diisi bila pembayaran dibatalkan (tetap tercatat)."),
        ColumnSpec("Tanggal Batal", "voided_on", DATE, width=12),
    ),
    "Pencairan arisan kepada pemenang.",
)  # fmt: skip

# In workbook order: a record's sheet comes after the sheets of what it refers to.
SHEETS: tuple[SheetSpec, ...] = (
    KELUARGA, PENDUDUK, ORGANISASI, PROGRAM, PESERTA_PROGRAM, KEGIATAN, KEHADIRAN, LAYANAN,
    INDIKATOR, CAPAIAN, KELOMPOK, ANGGOTA_KELOMPOK, PERTEMUAN_KELOMPOK, KEHADIRAN_PERTEMUAN,
    ARISAN_SIKLUS, ARISAN_BAGIAN, ARISAN_PUTARAN, ARISAN_SETORAN, ARISAN_UNDIAN, ARISAN_PEMBAYARAN,
)  # fmt: skip

SHEET_BY_NAME: dict[str, SheetSpec] = {s.name: s for s in SHEETS}
SHEET_BY_KIND: dict[str, SheetSpec] = {s.kind: s for s in SHEETS}
_SHEET_BY_KEY: dict[str, SheetSpec] = {normalize_header(s.name): s for s in SHEETS}


def sheet_named(name: str) -> SheetSpec | None:
    """The spec of a sheet by its name, ignoring case and spacing (``PESERTA_PROGRAM`` works)."""
    return _SHEET_BY_KEY.get(normalize_header(name))


def sheet_for_model(model: type[m.SyncModel]) -> SheetSpec:
    return SHEET_BY_KIND[model._meta.table_name]


# Synonyms of the Penduduk sheet, normalised: header key -> column. The reader uses these to map a
# foreign list (an office's own, an OpenSID export) onto people.
PERSON_HEADER_KEYS: dict[str, ColumnSpec] = {
    key: col for col in PENDUDUK.columns for key in col.keys
}

# Combined headers that hold two fields: "Tempat/Tgl Lahir" -> birth place and birth date.
COMBINED_HEADERS: dict[str, tuple[str, str]] = {
    normalize_header(h): ("birth_place", "birth_date")
    for h in ("Tempat/Tgl Lahir", "Tempat/Tanggal Lahir", "Tempat, Tanggal Lahir", "TTL",
              "Tempat Tgl Lahir", "tempat_tanggal_lahir")
}  # fmt: skip

# "RT/RW" in one column ("006/002").
RT_RW_HEADERS = frozenset(normalize_header(h) for h in ("RT/RW", "RT / RW", "RT RW", "rt_rw"))

# Headers of numbering columns that carry no data ("No", "No.", "Nomor").
NUMBERING_HEADERS = frozenset(
    normalize_header(h) for h in ("No", "No.", "Nomor", "Nomor Urut", "#")
)

INSTRUCTIONS: tuple[str, ...] = (
    "Buku kerja pertukaran data Berdaya",
    "",
    "Setiap lembar berisi satu jenis catatan (Penduduk, Keluarga, Program, …). Baris pertama adalah "
    "judul kolom: jangan diubah namanya. Urutan kolom boleh berubah dan kolom tambahan boleh ada; "
    "kolom tambahan diabaikan saat impor.",
    "ID dan Versi: kode unik dan versi catatan. Jangan diubah. Untuk baris baru, biarkan ID dan Versi "
    "kosong.",
    "Status: biarkan kosong. Tulis HAPUS untuk menghapus catatan. Baris yang dihapus dari lembar TIDAK "
    "menghapus catatan.",
    "NIK, No KK dan No HP adalah teks: ketik angkanya saja, tanpa tanda kutip. NIK harus 16 angka.",
    "Tanggal ditulis dd/mm/yyyy, misalnya 17/08/1985.",
    "Kolom dengan daftar pilihan (Jenis Kelamin, Agama, Kelurahan, …): pilih dari daftar.",
    "Jenis Kelamin: L atau P. Jawaban WG (kesulitan fungsi): 1 tidak ada kesulitan, 2 sedikit "
    "kesulitan, 3 banyak kesulitan, 4 tidak bisa sama sekali.",
    "Kolom Ya/Tidak: tulis Ya atau Tidak.",
    "Kolom NIK Penduduk, Nama Penduduk, Nama Program dan sejenisnya hanya untuk dibaca. Untuk "
    "menambah peserta tanpa ID Penduduk, isi NIK Penduduk (dan Nama Penduduk).",
    "Uang ditulis dalam Rupiah sebagai angka bulat, tanpa Rp dan tanpa titik.",
    "Simpan tetap sebagai .xlsx, lalu kirim kembali ke fasilitator.",
)


def sheet_rows(spec: SheetSpec) -> list[tuple[str, str, str]]:
    """(header, kind description, note) per column, for Petunjuk and the docs."""
    out = []
    for col in spec.columns:
        out.append((col.header, kind_description(col), col.note))
    return out


def kind_description(col: ColumnSpec) -> str:
    if col.kind == CODE and col.write_codes:
        return "kode: " + ", ".join(str(k) for k in (col.codes or {}))
    if col.kind == CODE:
        return "pilihan: " + ", ".join((col.codes or {}).values())
    return {
        ID: "ID (UUID)",
        VERSION: "angka",
        STATUS: "kosong / HAPUS",
        TEXT: "teks",
        ID_TEXT: "teks angka",
        DATE: "tanggal dd/mm/yyyy",
        DATETIME: "tanggal dan jam",
        INT: "angka bulat",
        MONEY: "Rupiah (angka bulat)",
        BOOL: "Ya / Tidak",
        KELURAHAN: "nama kelurahan",
        REF: "ID catatan lain",
        LOOKUP: "hanya dibaca",
        BASIS: "tersembunyi, diisi Berdaya",
    }[col.kind]


@dataclass
class Meta:
    """The hidden _meta sheet, as written and as read back (``as_rows`` / ``from_rows``)."""

    format_version: int = FORMAT_VERSION
    app_version: str = ""
    device_id: str = ""
    facilitator: str = ""
    exported_at: str = ""
    scope: str = "semua"
    office: str = ""
    masked: bool = False
    template: bool = False
    rows: dict[str, int] = field(default_factory=dict)

    def as_rows(self) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = [
            (META_FORMAT, FORMAT_NAME),
            (META_FORMAT_VERSION, self.format_version),
            (META_APP_VERSION, self.app_version),
            (META_DEVICE_ID, self.device_id),
            (META_FACILITATOR, self.facilitator),
            (META_EXPORTED_AT, self.exported_at),
            (META_SCOPE, self.scope),
            (META_OFFICE, self.office),
            (META_MASKED, "ya" if self.masked else "tidak"),
            (META_TEMPLATE, "ya" if self.template else "tidak"),
        ]
        out.extend((META_ROWS_PREFIX + name, count) for name, count in self.rows.items())
        return out

    @classmethod
    def from_rows(cls, rows: list[list[Any]] | list[tuple[Any, ...]]) -> Meta:
        """Parse the key/value rows of a _meta sheet (unknown keys are ignored)."""
        values: dict[str, Any] = {}
        for row in rows:
            if len(row) >= 2 and row[0] not in (None, ""):
                values[str(row[0]).strip()] = row[1]
        meta = cls()
        try:
            meta.format_version = int(float(values.get(META_FORMAT_VERSION) or 0))
        except (TypeError, ValueError):
            meta.format_version = 0
        for attr, key in ((attr, key) for attr, key in (
                ("app_version", META_APP_VERSION), ("device_id", META_DEVICE_ID),
                ("facilitator", META_FACILITATOR), ("exported_at", META_EXPORTED_AT),
                ("scope", META_SCOPE), ("office", META_OFFICE))):  # fmt: skip
            setattr(meta, attr, "" if values.get(key) is None else str(values[key]))
        meta.masked = str(values.get(META_MASKED, "")).strip().lower() == "ya"
        meta.template = str(values.get(META_TEMPLATE, "")).strip().lower() == "ya"
        for key, value in values.items():
            if key.startswith(META_ROWS_PREFIX):
                try:
                    meta.rows[key.removeprefix(META_ROWS_PREFIX)] = int(float(value))
                except (TypeError, ValueError):
                    continue
        return meta

    def as_dict(self) -> dict[str, Any]:
        plain = {k: v for k, v in self.as_rows() if not k.startswith(META_ROWS_PREFIX)}
        return plain | {"rows": dict(self.rows)}


def is_exchange_meta(rows: list[list[Any]] | list[tuple[Any, ...]]) -> bool:
    """True when these _meta rows come from a Berdaya exchange workbook."""
    return any(len(r) >= 2 and r[0] == META_FORMAT and r[1] == FORMAT_NAME for r in rows)

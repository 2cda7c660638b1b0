"""OpenSID formats: the resident import sheet, the program-participant workbook, the RTM sheet.

Code lists follow OpenSID's seeders (see ``../shared/reference/DOMAIN.md``). Decisions:

* ``sex`` 1/2 -> L/P; ``kk_level`` (SHDK) keeps its number, Berdaya's SHDK codes are OpenSID's;
  ``agama_id``, ``pendidikan_kk_id``, ``status_kawin`` are translated to Berdaya's codes;
  ``pekerjaan_id`` becomes the occupation's name where the code is known, otherwise it is left
  out with a warning (a bare number would mean nothing to a reader).
* ``cacat_id`` and the older Indonesian categories in district lists (fisik, netra, rungu/wicara,
  mental/jiwa, fisik dan mental, lainnya) are **not** Washington Group answers: a category says
  nothing about how much difficulty a person has, and most categories span several WG domains.
  So no WG answer is invented. The category is kept, word for word, in the person's notes
  (``Disabilitas (kategori lama): Netra``) and a warning asks the facilitator to ask the six WG
  questions at the next visit. ``tidak cacat`` (7) stores nothing.
* ``dusun``: kelurahan have no dusun. A dusun value that names a kelurahan of Alak becomes the
  kelurahan; any other value is kept in the address (``Dusun Mangsit``) with a warning.
* ``akta_lahir`` holds the certificate number: a value means ``Punya Akta Lahir`` = Ya.
* The RTM sheet (rumah tangga, OpenSID's household-of-families) has no counterpart in Berdaya,
  which groups people by Kartu Keluarga: its rows are reported, not imported.
* The participant workbook's ``Program`` sheet becomes a program (kind ``lainnya``, matched by
  name), its ``Peserta`` rows become enrollments that refer to the person by NIK (column C) and to
  the program by name. People must already be in Berdaya (import the residents first).
"""

from __future__ import annotations

from typing import Any

from desktop_app.exchange import detect
from desktop_app.exchange import format as fmt
from desktop_app.exchange.values import Parsed, clean_text, is_blank

AGAMA = {"1": "islam", "2": "kristen", "3": "katolik", "4": "hindu", "5": "buddha", "6": "khonghucu",
         "7": "kepercayaan"}  # fmt: skip
PENDIDIKAN = {"1": "tidak_sekolah", "2": "belum_tamat_sd", "3": "sd", "4": "smp", "5": "sma",
              "6": "diploma", "7": "diploma", "8": "s1", "9": "s2", "10": "s2"}  # fmt: skip
STATUS_KAWIN = {"1": "belum_kawin", "2": "kawin", "3": "cerai_hidup", "4": "cerai_mati"}
# The first codes of OpenSID's (and SIAK's) occupation list, plus the catch-alls.
PEKERJAAN = {
    "1": "Belum/Tidak Bekerja", "2": "Mengurus Rumah Tangga", "3": "Pelajar/Mahasiswa",
    "4": "Pensiunan", "5": "Pegawai Negeri Sipil", "6": "TNI", "7": "Polri", "8": "Perdagangan",
    "9": "Petani/Pekebun", "10": "Peternak", "11": "Nelayan/Perikanan", "12": "Industri",
    "13": "Konstruksi", "14": "Transportasi", "15": "Karyawan Swasta", "16": "Karyawan BUMN",
    "17": "Karyawan BUMD", "18": "Karyawan Honorer", "19": "Buruh Harian Lepas",
    "88": "Wiraswasta", "89": "Lainnya",
}  # fmt: skip
CACAT = {"1": "Fisik", "2": "Netra", "3": "Rungu/Wicara", "4": "Mental/Jiwa",
         "5": "Fisik dan Mental", "6": "Lainnya", "7": None}  # fmt: skip
NOT_DISABLED = {"tidakcacat", "tidakada", "bukan", "normal", "tidak"}

# snake_case headers that only OpenSID's resident sheet has.
RESIDENT_MARKERS = {"kklevel", "tempatlahir", "tanggallahir", "agamaid", "pendidikankkid", "dusun",
                    "statuskawin", "pekerjaanid", "warganegaraid", "golongandarahid"}  # fmt: skip


def _code_key(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value)


def is_resident_sheet(headers: list[str]) -> bool:
    keys = {fmt.normalize_header(h) for h in headers}
    return {"nik", "nama"} <= keys and len(keys & RESIDENT_MARKERS) >= 3


def is_rtm_sheet(headers: list[str]) -> bool:
    keys = {fmt.normalize_header(h) for h in headers}
    return "nik" in keys and any(k.startswith("nomorrumahtangga") or k == "nortm" for k in keys)


def is_participant_workbook(sheet_names: list[str]) -> bool:
    names = {n.strip().lower() for n in sheet_names}
    return {"program", "peserta"} <= names


def resident_value(role: str, value: Any) -> Parsed | None:
    """OpenSID's coded value for ``role``, or None when the generic parser should handle it."""
    if is_blank(value):
        return None
    key = _code_key(value)
    table = {"religion": AGAMA, "education": PENDIDIKAN, "marital_status": STATUS_KAWIN}.get(role)
    if table is not None and key.isdigit():
        if key in table:
            return Parsed(table[key])
        return Parsed(None, [("error", f"Kode OpenSID tidak dikenal: {key}.")])
    if role == "occupation" and key.isdigit():
        if key in PEKERJAAN:
            return Parsed(PEKERJAAN[key])
        return Parsed(None, [("warning", f"Kode pekerjaan OpenSID {key} tidak dikenal; "
                                         "pekerjaan tidak diimpor.")])  # fmt: skip
    if role == "has_birth_certificate":
        return Parsed(True)  # akta_lahir holds the certificate's number
    return None


def disability_note(value: Any) -> Parsed:
    """A disability category (OpenSID code or the words) -> the note to keep, never a WG answer."""
    if is_blank(value):
        return Parsed(None)
    key = _code_key(value)
    if key in CACAT:
        category = CACAT[key]
    else:
        category = clean_text(value)
        if fmt.normalize_header(category) in NOT_DISABLED:
            category = None
    if category is None:
        return Parsed(None)
    return Parsed(
        f"Disabilitas (kategori lama): {category}",
        [("warning", f"Kategori disabilitas {category!r} disimpan di Catatan, bukan sebagai jawaban "
                     "WG-SS; tanyakan enam pertanyaan WG pada kunjungan berikut.")],
    )  # fmt: skip


def resident_overrides(headers: list[str]) -> dict[str, str]:
    """Forced roles for OpenSID resident columns whose meaning differs from the generic synonym."""
    out: dict[str, str] = {}
    for h in headers:
        key = fmt.normalize_header(h)
        if key == "cacatid":
            out[h] = detect.DISABILITY_CATEGORY
        elif key == "dusun":
            out[h] = "@dusun"
        elif key == "aktalahir":
            out[h] = "has_birth_certificate"
        elif key in ("ktpel", "statusrekam", "statusdasar", "alamatsekarang"):
            out[h] = ""  # codes whose meaning is not certain enough to store; ignored
    return out


def program_sheet(rows: list[tuple[int, list[Any]]]) -> tuple[dict[str, Any], dict[str, int]]:
    """The key/value Program sheet -> {label key: value}, {label key: row number}."""
    values: dict[str, Any] = {}
    where: dict[str, int] = {}
    for number, row in rows:
        if not row or is_blank(row[0]):
            continue
        label = clean_text(row[0])
        if label.startswith("###"):
            break
        key = fmt.normalize_header(label)
        values[key] = row[1] if len(row) > 1 else None
        where[key] = number
    return values, where

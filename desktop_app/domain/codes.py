"""Code lists shared by storage, exchange and UI.

Each list maps a stable code (stored in the database and written to Excel) to its Indonesian label.
Codes never change once released: workbooks in the field carry them.
"""

from __future__ import annotations

SEX = {"L": "Laki-laki", "P": "Perempuan"}

# Status hubungan dalam keluarga (SHDK), numbered as in SIAK/OpenSID.
SHDK = {
    "1": "Kepala Keluarga",
    "2": "Suami",
    "3": "Istri",
    "4": "Anak",
    "5": "Menantu",
    "6": "Cucu",
    "7": "Orang Tua",
    "8": "Mertua",
    "9": "Famili Lain",
    "10": "Pembantu",
    "11": "Lainnya",
}

MARITAL = {
    "belum_kawin": "Belum Kawin",
    "kawin": "Kawin",
    "cerai_hidup": "Cerai Hidup",
    "cerai_mati": "Cerai Mati",
}

RELIGION = {
    "islam": "Islam",
    "kristen": "Kristen Protestan",
    "katolik": "Katolik",
    "hindu": "Hindu",
    "buddha": "Buddha",
    "khonghucu": "Khonghucu",
    "kepercayaan": "Kepercayaan terhadap Tuhan YME",
}

EDUCATION = {
    "tidak_sekolah": "Tidak/Belum Sekolah",
    "belum_tamat_sd": "Belum Tamat SD",
    "sd": "SD/Sederajat",
    "smp": "SMP/Sederajat",
    "sma": "SMA/Sederajat",
    "diploma": "Diploma I–III",
    "s1": "Diploma IV/S1",
    "s2": "S2/S3",
}

NO_NIK_REASON = {
    "belum_rekam": "Belum melakukan perekaman",
    "hilang": "Dokumen hilang",
    "anak": "Anak belum punya NIK",
    "adat": "Masyarakat adat tanpa dokumen",
    "pendatang": "Pendatang, belum pindah",
    "lainnya": "Lainnya",
}

CONSENT_METHOD = {
    "tanda_tangan": "Tanda tangan",
    "cap_jempol": "Cap jempol",
    "lisan_saksi": "Lisan dengan saksi",
}

ORGANIZATION_KIND = {
    "lsm": "LSM/NGO",
    "pemerintah": "Instansi pemerintah",
    "sekolah": "Sekolah",
    "puskesmas": "Puskesmas",
    "kelompok": "Kelompok masyarakat",
    "lainnya": "Lainnya",
}

PROGRAM_KIND = {
    "pelatihan": "Pelatihan keterampilan",
    "beasiswa": "Beasiswa",
    "kesehatan": "Layanan kesehatan",
    "kewirausahaan": "Lokakarya kewirausahaan",
    "diskusi": "Kelompok diskusi",
    "arisan": "Arisan",
    "p2k2": "P2K2 (PKH)",
    "lainnya": "Lainnya",
}

ENROLLMENT_STATUS = {
    "terdaftar": "Terdaftar",
    "aktif": "Aktif",
    "selesai": "Selesai",
    "keluar": "Keluar",
}

SERVICE_KIND = {
    "beasiswa": "Pembayaran beasiswa",
    "kesehatan": "Layanan kesehatan",
    "paket_pelatihan": "Paket pelatihan",
    "lainnya": "Lainnya",
}

HEALTH_SERVICE_TYPE = {
    "pemeriksaan": "Pemeriksaan",
    "imunisasi": "Imunisasi",
    "rujukan": "Rujukan",
    "obat": "Obat",
}

INDICATOR_KIND = {"angka": "Angka", "ya_tidak": "Ya/Tidak", "pilihan": "Pilihan"}

GROUP_KIND = {
    "diskusi": "Kelompok diskusi",
    "arisan": "Arisan",
    "kube": "KUBE",
    "posyandu": "Kader posyandu",
    "lainnya": "Lainnya",
}

GROUP_ROLE = {
    "ketua": "Ketua",
    "wakil": "Wakil",
    "sekretaris": "Sekretaris",
    "bendahara": "Bendahara",
    "anggota": "Anggota",
}

MEMBERSHIP_STATUS = {"aktif": "Aktif", "keluar": "Keluar"}

ARISAN_FREQUENCY = {"mingguan": "Mingguan", "dua_mingguan": "Dua mingguan", "bulanan": "Bulanan"}
ARISAN_METHOD = {"undian": "Undian", "urutan": "Urutan tetap", "lelang": "Lelang"}

USER_ROLE = {"admin": "Admin", "fasilitator": "Fasilitator", "pengamat": "Pengamat"}


def label(codes: dict[str, str], code: str | None) -> str:
    """The label for ``code``, or the code itself when unknown (never raise in a view)."""
    if code is None:
        return ""
    return codes.get(code, code)

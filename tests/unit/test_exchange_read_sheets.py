"""Reading side: finding tables in sheets, foreign lists, OpenSID and district samples, mappings,
and our own exchange workbook after a spreadsheet re-saved it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from desktop_app.exchange import detect, mapping
from desktop_app.exchange import format as fmt
from desktop_app.exchange.parse import parse_workbook
from desktop_app.exchange.types import ERROR, WARNING, ExchangeFileError

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
if not SAMPLES.exists():  # the repository may sit elsewhere; the shared folder is fixed
    SAMPLES = Path("/work/shared/samples")

FATUFETO = "53.71.01.1005"


def _xlsx(path: Path, rows: list[list], title: str = "Data", merge: str | None = None,
          extra_sheets: dict[str, list[list]] | None = None) -> Path:  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    for name, sheet_rows in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
    wb.save(path)
    return path


def test_header_below_title_rows_merged_cells_and_blank_rows(tmp_path):
    path = _xlsx(
        tmp_path / "lansia.xlsx",
        [
            ["DAFTAR LANSIA KELURAHAN FATUFETO TAHUN 2026"],
            ["Dinas Sosial Kota Kupang"],
            [],
            ["NO", "NAMA LENGKAP", "NIK", "L/P", "TEMPAT/TGL LAHIR", "RT/RW", "KETERANGAN"],
            [1, "Yohanis Tefa", "5371010508606195", "L", "Kupang, 05-08-1960", "017/001", "Sehat"],
            [],
            [2, "Ruth Ratu", "'5371015606538205", "P", "Soe / 16 Juni 1953", "6/2", None],
            [None, "JUMLAH", None, None, None, None, 2],
            [],
            ["Catatan: data dari posyandu lansia, diperbarui setiap bulan Januari."],
        ],
        merge="A1:G1",
        extra_sheets={"Catatan": [["Daftar ini dikirim oleh kantor kelurahan untuk diperbarui."]]},
    )
    wb = parse_workbook(path)
    assert not wb.needs_mapping
    layout = wb.sheets[0]
    assert (layout.header_row, layout.kind) == (4, "person")
    assert 0 not in layout.mapping  # the numbering column is ignored
    assert [r.row for r in wb.records] == [5, 7]
    first, second = wb.records
    assert first.values == {
        "name": "Yohanis Tefa", "nik": "5371010508606195", "sex": "L", "birth_place": "Kupang",
        "birth_date": dt.date(1960, 8, 5), "rt": "017", "rw": "001", "notes": "Sehat",
        "kelurahan": FATUFETO,
    }  # fmt: skip
    assert second.values["nik"] == "5371015606538205"
    assert second.values["birth_date"] == dt.date(1953, 6, 16)
    assert (second.values["rt"], second.values["rw"]) == ("006", "002")
    # Only the cells that held a value: an empty KETERANGAN never wipes notes.
    assert "notes" not in second.present_fields
    assert "notes" in first.present_fields
    # The kelurahan came from the title, and the user is told so.
    assert any("Fatufeto" in f.message and f.severity == WARNING for f in wb.findings)
    notes_sheet = wb.sheets[1]
    assert (notes_sheet.name, notes_sheet.headers, notes_sheet.kind) == ("Catatan", [], None)


@pytest.mark.parametrize(
    ("header", "role"),
    [("NIK", "nik"), ("No. NIK", "nik"), ("no nik", "nik"), ("Nomor Induk Kependudukan", "nik"),
     ("Nama", "name"), ("NAMA LENGKAP", "name"), ("nama_lengkap", "name"), ("JK", "sex"),
     ("L/P", "sex"), ("Jenis Kelamin", "sex"), ("sex", "sex"), ("Tgl Lahir", "birth_date"),
     ("tanggallahir", "birth_date"), ("Tgl. Lahir", "birth_date"), ("Date of Birth", "birth_date"),
     ("tempatlahir", "birth_place"), ("No KK", "ref:household.no_kk"),
     ("No. KK", "ref:household.no_kk"), ("Tempat/Tgl Lahir", detect.PLACE_DATE),
     ("TTL", detect.PLACE_DATE), ("RT/RW", detect.RT_RW), ("Umur", detect.AGE),
     ("No", detect.NUMBERING), ("No.", detect.NUMBERING), ("NO URUT", detect.NUMBERING),
     ("kk_level", "relationship"), ("Kelurahan", "kelurahan"), ("Desa/Kelurahan", "kelurahan"),
     ("No HP", "phone"), ("Keterangan", "notes"), ("Nama Pasien", "name")],
)  # fmt: skip
def test_header_synonyms(header, role):
    columns, unmapped = detect.map_headers(["Kolom Lain", header], None)
    assert [c.role for c in columns] == [role]
    assert unmapped == ["Kolom Lain"]


def test_unrecognised_headers_need_a_mapping_that_can_be_saved_and_reused(tmp_path):
    rows = [["Siapa", "Nomor Identitas", "Kelamin?", "Lahir"],
            ["Maria Ndoen", "5371015312129251", "P", "13/12/2012"]]  # fmt: skip
    path = _xlsx(tmp_path / "aneh.xlsx", rows, title="Januari")
    wb = parse_workbook(path)
    assert wb.needs_mapping and not wb.records
    assert wb.sheets[0].kind is None
    assert "Siapa" in wb.sheets[0].unmapped

    chosen = mapping.suggest(wb)
    chosen.sheets["Januari"].columns.update(
        {"Siapa": "name", "Nomor Identitas": "nik", "Kelamin?": "sex", "Lahir": "birth_date"}
    )
    saved = tmp_path / "pemetaan.json"
    mapping.save(chosen, saved)
    wb = parse_workbook(path, mapping=mapping.load(saved))
    assert not wb.needs_mapping
    (rec,) = wb.records
    assert rec.values == {"name": "Maria Ndoen", "nik": "5371015312129251", "sex": "P",
                          "birth_date": dt.date(2012, 12, 13)}  # fmt: skip

    # The same shape next month, sheet renamed: "*" applies to any sheet.
    loaded = mapping.load(saved)
    loaded.sheets[mapping.ANY_SHEET] = loaded.sheets.pop("Januari")
    rows[1] = ["Petrus Nalle", "5371011312614533", "L", "13-12-1961"]
    other = _xlsx(tmp_path / "februari.xlsx", rows, title="Februari")
    (rec,) = parse_workbook(other, mapping=loaded).records
    assert (rec.values["name"], rec.values["birth_date"]) == ("Petrus Nalle", dt.date(1961, 12, 13))


def test_a_bad_mapping_file_is_refused(tmp_path):
    bad = tmp_path / "salah.json"
    bad.write_text('{"format": "berdaya-mapping", "version": 1, '
                   '"sheets": {"*": {"kind": "person", "columns": {"A": "password"}}}}')  # fmt: skip
    with pytest.raises(ExchangeFileError, match="bukan kolom Berdaya"):
        mapping.load(bad)
    bad.write_text("bukan json")
    with pytest.raises(ExchangeFileError):
        mapping.load(bad)


def test_every_problem_is_located_by_sheet_row_and_column(tmp_path):
    path = _xlsx(
        tmp_path / "masalah.xlsx",
        [["Nama", "NIK", "JK", "Tgl Lahir"],
         ["Ani", 5.37101e15, "P", "01/01/1990"],
         ["Budi", 5371010101900010, "L", "31/02/1990"],
         ["Citra", "12345", "X", "01/01/1990"]],
        title="Warga",
    )  # fmt: skip
    recs = parse_workbook(path).records
    located = {(f.sheet, f.row, f.column, f.severity) for r in recs for f in r.findings}
    assert ("Warga", 2, "NIK", ERROR) in located
    assert ("Warga", 3, "NIK", WARNING) in located  # may have lost its 16th digit
    assert ("Warga", 3, "Tgl Lahir", ERROR) in located
    assert ("Warga", 4, "NIK", ERROR) in located
    assert ("Warga", 4, "JK", ERROR) in located
    assert [r.rejected for r in recs] == [True, True, True]


def test_district_disability_list():
    wb = parse_workbook(SAMPLES / "district" / "data_disabilitas_fatufeto.xlsx")
    assert wb.source == "foreign" and not wb.needs_mapping
    assert len(wb.records) == 25 and not any(r.rejected for r in wb.records)
    by_row = {r.row: r for r in wb.records}
    assert by_row[4].values["name"] == "MARIA RATU"
    assert by_row[4].values["kelurahan"] == FATUFETO
    assert by_row[4].values["birth_date"] == dt.date(1987, 3, 28)
    # NIK stored as a number: exact 16 digits accepted, a trailing 0 flagged.
    assert by_row[7].values["nik"] == "5371015312129251"
    assert by_row[20].values["nik"] == "5371015503662860"
    assert any(f.column == "NIK" and f.severity == WARNING for f in by_row[20].findings)
    # The old category is kept as a note; no WG answer is invented.
    assert by_row[6].values["notes"] == "Disabilitas (kategori lama): Netra"
    assert not any(k.startswith("wg_") for r in wb.records for k in r.values)


def test_district_health_visit_list():
    wb = parse_workbook(SAMPLES / "district" / "kunjungan_kesehatan_naioni.xlsx")
    assert not wb.needs_mapping
    assert [s.kind for s in wb.sheets] == ["person", None]  # "Catatan" holds no table
    assert len(wb.records) == 30
    rec = wb.records[0]
    assert rec.values["name"] == "Dorkas Mooy"
    assert rec.values["rt"] == "012" and rec.values["kelurahan"] == "53.71.01.1011"
    assert isinstance(rec.values["birth_year"], int)
    no_nik = [r for r in wb.records if r.values.get("nik") is None]
    assert [r.values["name"] for r in no_nik] == ["Magdalena Lay", "Magdalena Nalle",
                                                   "Benyamin Lado"]  # fmt: skip
    assert "nik" not in no_nik[0].present_fields
    # "Layanan" and "Tanda Tangan" are reported as ignored, not silently dropped.
    assert any("Layanan" in f.message for f in wb.findings)


def test_opensid_resident_sheet():
    wb = parse_workbook(SAMPLES / "opensid" / "contoh_penduduk.xlsx")
    assert wb.source == "opensid" and not wb.needs_mapping
    assert len(wb.records) == 97
    first = wb.records[0]
    assert first.values["sex"] == "P"  # sex 2
    assert first.values["relationship"] == "4"  # kk_level 4 = Anak
    assert first.values["religion"] == "islam"
    assert first.values["marital_status"] == "kawin"
    assert first.values["birth_date"] == dt.date(1996, 3, 10)
    assert first.values["rt"] == "004" and "rw" not in first.present_fields
    assert first.refs == {"household": {"no_kk": "5201140104126994"}}
    assert first.values["address"] == "Dusun MANGSIT"  # no dusun in a kelurahan: kept as address
    heads = [r for r in wb.records if r.values.get("relationship") == "1"]
    assert len(heads) == 37
    unknown_job = [f for r in wb.records for f in r.findings if f.column == "pekerjaan_id"]
    assert unknown_job and all(f.severity == WARNING for f in unknown_job)


def test_opensid_participant_workbook():
    wb = parse_workbook(SAMPLES / "opensid" / "format_impor_program_bantuan.xlsx")
    assert wb.source == "opensid" and not wb.needs_mapping
    program = [r for r in wb.records if r.kind == "program"]
    enrollments = [r for r in wb.records if r.kind == "enrollment"]
    assert program[0].values["name"] == "Bantuan Sosial Tunai"
    assert program[0].values["start_date"] == dt.date(2020, 4, 1)
    assert [r.refs for r in enrollments] == [
        {"person": {"nik": "5201142005716996", "name": "AHLUL",
                    "birth_date": dt.date(1970, 5, 20)},
         "program": {"name": "Bantuan Sosial Tunai"}},
        {"person": {"nik": "5201140301916995", "name": "AHMAD HABIB",
                    "birth_date": dt.date(1990, 1, 3)},
         "program": {"name": "Bantuan Sosial Tunai"}},
    ]  # fmt: skip
    assert [r.row for r in enrollments] == [2, 3]  # the notes under "###" are not rows


def test_opensid_rtm_rows_are_reported_not_imported():
    wb = parse_workbook(SAMPLES / "opensid" / "FormatImporRTM.xlsx")
    assert not wb.records and not wb.needs_mapping
    rows = sorted(f.row for f in wb.findings if f.severity == ERROR)
    assert rows == [2, 3, 4, 5, 6]
    assert all(f.sheet == "RTM" and f.column == "NIK" for f in wb.findings if f.severity == ERROR)


# --- our own exchange workbook ---------------------------------------------------------------


@pytest.fixture(scope="module")
def exported_db(demo_template, tmp_path_factory):
    """The demo database and its export, made once for the tests below (they only read)."""
    from desktop_app.services.context import Actor
    from desktop_app.services.exchange_export import export
    from desktop_app.storage import database

    folder = tmp_path_factory.mktemp("ekspor")
    shutil.copy(demo_template, folder / "demo.db")
    conn = database.connect(folder / "demo.db", create=False)
    path = folder / "ekspor.xlsx"
    export(conn, path, Actor.local(conn, "tester"))
    yield conn, path
    conn.close()


@pytest.fixture
def exported(exported_db):
    return exported_db[1]


@pytest.fixture
def demo_db(exported_db):  # noqa: F811 - the module's shared copy, not a fresh one
    return exported_db[0]


PERSON_FIELDS = ("nik", "name", "sex", "birth_date", "birth_year", "kelurahan", "rt", "rw",
                 "relationship", "religion", "phone", "has_ktp", "wg_seeing", "wg_walking",
                 "notes")  # fmt: skip


def _people(wb):
    return {r.record_id: r for r in wb.records if r.kind == "person"}


def test_exchange_workbook_reads_back_every_field(demo_db, exported):
    wb = parse_workbook(exported)
    assert wb.source == "exchange" and wb.meta["format_version"] == fmt.FORMAT_VERSION
    people = _people(wb)
    rows = demo_db.execute_sql(
        "SELECT id, version, " + ", ".join(PERSON_FIELDS) + " FROM person WHERE deleted_at IS NULL"
    ).fetchall()
    assert len(people) >= len(rows) > 0
    for row in rows:
        rec = people[row[0]]
        assert rec.base_version == row[1]
        for name, stored in zip(PERSON_FIELDS, row[2:], strict=True):
            value = rec.values.get(name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            if name.startswith("has_"):
                stored = bool(stored)
            assert value == stored, (name, rec.row, value, stored)
    assert not [f for r in wb.records for f in r.findings if f.severity == ERROR]
    kinds = {r.kind for r in wb.records}
    assert {"person", "household", "program", "enrollment"} <= kinds
    enrollment = next(r for r in wb.records if r.kind == "enrollment")
    assert enrollment.values["person"] and enrollment.values["program"]
    assert enrollment.refs["person"]["nik"] or enrollment.refs["person"]["name"]


def test_exchange_workbook_after_resave_reorder_and_extra_column(exported, tmp_path):
    before = _people(parse_workbook(exported))
    book = openpyxl.load_workbook(exported)
    ws = book["Penduduk"]
    # Move the Nama column to the front, add a column of the office's own, type a NIK as text
    # with an apostrophe like people do, and turn a date into text.
    ws.insert_cols(1)
    nama_col = next(c.column for c in ws[1] if c.value == "Nama")
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        row[0].value = row[nama_col - 1].value
        row[nama_col - 1].value = None
    ws.delete_cols(nama_col)
    ws.cell(row=1, column=ws.max_column + 1, value="Catatan Kantor")
    ws.cell(row=2, column=ws.max_column, value="dicek 12/11")
    status_col = next(c.column for c in ws[1] if c.value == fmt.STATUS_HEADER)
    ws.cell(row=3, column=status_col, value="hapus")  # lower case, as people type it
    # Types change when people retype cells: dates and numbers become text and the reverse.
    col_of = {c.value: c.column for c in ws[1]}
    changed = 0
    for row in range(2, ws.max_row + 1):
        date = ws.cell(row=row, column=col_of["Tanggal Lahir"])
        if isinstance(date.value, dt.datetime | dt.date) and changed < 5:
            date.value = date.value.strftime("%d/%m/%Y")
            ws.cell(row=row, column=col_of["Versi"]).value = str(
                ws.cell(row=row, column=col_of["Versi"]).value
            )
            wg = ws.cell(row=row, column=col_of["WG Melihat"])
            wg.value = str(wg.value) if wg.value not in (None, "") else None
            rt = ws.cell(row=row, column=col_of["RT"])
            rt.value = int(rt.value) if rt.value else None
            changed += 1
    assert changed == 5
    resaved = tmp_path / "disimpan_ulang.xlsx"
    book.save(resaved)
    after = _people(parse_workbook(resaved))
    assert after.keys() == before.keys()
    assert [r.row for r in after.values() if r.delete] == [3]
    for rid, rec in before.items():
        assert after[rid].values == rec.values
        assert after[rid].present_fields == rec.present_fields
        assert after[rid].base_version == rec.base_version


def test_progress_is_reported(exported):
    calls = []
    parse_workbook(exported, progress=lambda done, total, text="": calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_template_reads_as_an_empty_exchange_workbook(tmp_path):
    from desktop_app.services.exchange_export import write_template

    path = tmp_path / "templat.xlsx"
    write_template(path)
    wb = parse_workbook(path)
    assert wb.source == "exchange" and not wb.records and not wb.needs_mapping


def test_sample_files_are_left_untouched(tmp_path):
    src = SAMPLES / "district" / "data_disabilitas_fatufeto.xlsx"
    copy = tmp_path / src.name
    shutil.copy(src, copy)
    before = copy.read_bytes()
    parse_workbook(copy)
    assert copy.read_bytes() == before


def test_an_office_row_number_in_an_id_column_does_not_reject_the_row(tmp_path):
    path = _xlsx(tmp_path / "id.xlsx", [["ID", "Nama", "JK", "NIK"], [17, "Ani", "P", "-"]])
    (rec,) = parse_workbook(path).records
    assert rec.record_id is None and not rec.rejected
    assert rec.values == {"name": "Ani", "sex": "P", "nik": None}
    assert rec.present_fields == {"name", "sex"}


def test_two_row_header_with_merged_groups(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lansia"
    ws.append(["DATA LANSIA KELURAHAN NAIONI"])
    ws.append(["NO", "NAMA", "JENIS KELAMIN", None, "TEMPAT/TGL LAHIR", None, "RT/RW", None])
    ws.append([None, None, "L", "P", "TEMPAT", "TGL", "RT", "RW"])
    ws.append([1, "Martha Ratu", None, "√", "Kupang", "12-05-1950", "1", "2"])
    ws.append([2, "Simon Tefa", "v", None, "Soe", "01/07/1948", "003", "-"])
    for cells in ("C2:D2", "E2:F2", "G2:H2", "A2:A3", "B2:B3"):
        ws.merge_cells(cells)
    path = tmp_path / "lansia.xlsx"
    wb.save(path)
    parsed = parse_workbook(path)
    assert not parsed.needs_mapping
    martha, simon = parsed.records
    assert (martha.row, simon.row) == (4, 5)
    assert martha.values == {"name": "Martha Ratu", "sex": "P", "birth_place": "Kupang",
                             "birth_date": dt.date(1950, 5, 12), "rt": "001", "rw": "002",
                             "kelurahan": "53.71.01.1011"}  # fmt: skip
    assert simon.values["sex"] == "L" and simon.values["rw"] is None
    assert not martha.rejected and not simon.rejected


def test_a_first_data_row_is_not_mistaken_for_a_sub_header(tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [["Nama", "JK", None, "Alamat"], ["Ani", "P", "x", "Alak"],
                                      ["Budi", "L", None, "Alak"]])  # fmt: skip
    assert [r.values["name"] for r in parse_workbook(path).records] == ["Ani", "Budi"]


def test_hidden_helper_sheet_of_an_office_list_is_skipped(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama", "JK", "NIK"])
    ws.append(["Ani", "P", "5371014101900001"])
    lists = wb.create_sheet("pilihan")
    lists.append(["Kode", "Arti", "Keterangan panjang"])
    lists.append(["L", "Laki-laki", "x"])
    lists.sheet_state = "hidden"
    path = tmp_path / "dengan_daftar.xlsx"
    wb.save(path)
    parsed = parse_workbook(path)
    assert not parsed.needs_mapping and len(parsed.records) == 1
    assert any(f.sheet == "pilihan" and "tersembunyi" in f.message for f in parsed.findings)


def test_a_workbook_without_data_rows_says_so(tmp_path):
    path = _xlsx(tmp_path / "kosong.xlsx", [["Nama", "JK", "NIK"]])
    parsed = parse_workbook(path)
    assert not parsed.records
    assert any("Tidak ada baris data" in f.message for f in parsed.findings)


def test_time_cells_read_as_hh_mm(tmp_path):
    from desktop_app.exchange.values import clean_text

    assert clean_text(dt.time(8, 30)) == "08:30"


def test_masked_workbook_never_carries_nik_kk_or_phone(exported_db, tmp_path):
    from desktop_app.services.context import Actor
    from desktop_app.services.exchange_export import ExportOptions, export

    conn, _ = exported_db
    path = tmp_path / "samaran.xlsx"
    export(conn, path, Actor.local(conn, "tester"), ExportOptions(mask=True))
    wb = parse_workbook(path)
    people = [r for r in wb.records if r.kind == "person"]
    assert people and not any(r.rejected for r in wb.records)
    for rec in people:
        assert not {"nik", "phone"} & (set(rec.values) | rec.present_fields)
        assert "household" not in rec.refs or "no_kk" not in rec.refs["household"]
    assert any("disamarkan" in f.message for f in wb.findings)


@pytest.mark.parametrize(
    "sample",
    ["district/data_disabilitas_fatufeto.xlsx", "district/kunjungan_kesehatan_naioni.xlsx",
     "opensid/contoh_penduduk.xlsx"],
)  # fmt: skip
def test_a_suggested_mapping_saved_and_reloaded_reads_the_same(sample, tmp_path):
    first = parse_workbook(SAMPLES / sample)
    saved = tmp_path / "pemetaan.json"
    mapping.save(mapping.suggest(first), saved)
    again = parse_workbook(SAMPLES / sample, mapping=mapping.load(saved))
    assert [(r.row, r.values, r.present_fields, r.refs) for r in again.records] == [
        (r.row, r.values, r.present_fields, r.refs) for r in first.records
    ]


@pytest.mark.parametrize("label", ["JUMLAH", "Jumlah", "TOTAL", "Total Keseluruhan", "jumlah:"])
def test_total_rows_are_skipped(tmp_path, label):
    rows = [["No", "Nama", "JK"], [1, "Ani", "P"], [2, "Budi", "L"], [None, label, 2]]
    path = _xlsx(tmp_path / "total.xlsx", rows)
    assert [r.values["name"] for r in parse_workbook(path).records] == ["Ani", "Budi"]


def test_age_never_overrides_a_written_birth_year_or_date(tmp_path):
    rows = [["Nama", "JK", "Tgl Lahir", "Umur"], ["Ani", "P", "1950", 75], ["Budi", "L", "", 40],
            ["Citra", "P", "01/02/1990", 30]]  # fmt: skip
    recs = parse_workbook(_xlsx(tmp_path / "umur.xlsx", rows)).records
    assert recs[0].values["birth_year"] == 1950 and not recs[0].rejected
    assert recs[1].values["birth_year"] == dt.date.today().year - 40
    assert recs[2].values["birth_date"] == dt.date(1990, 2, 1)
    assert "birth_year" not in recs[2].values


def test_both_sex_ticks_is_an_error(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NAMA", "JENIS KELAMIN", None])
    ws.append([None, "L", "P"])
    ws.append(["Ani", "v", "v"])
    ws.merge_cells("B1:C1")
    path = tmp_path / "dua.xlsx"
    wb.save(path)
    (rec,) = parse_workbook(path).records
    assert rec.rejected

"""``berdaya import``: the contract offices script against (figures, exit codes, report)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from openpyxl import Workbook, load_workbook

from desktop_app.domain.nik import build_nik
from tests.e2e.helpers import berdaya

HEADERS = ["No", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir", "Kelurahan", "Pekerjaan"]


def nik(day: int, sex: str = "P", serial: int = 1) -> str:
    return build_nik("537101", dt.date(1980, 5, day), sex, serial)


def office_list(path, rows, title: bool = True):
    wb = Workbook()
    ws = wb.active
    ws.title = "Lansia"
    if title:
        ws.append(["DAFTAR PENERIMA BANTUAN KELURAHAN NAMOSAIN"])
        ws.append([])
    ws.append(HEADERS)
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    for r in ws.iter_rows(min_col=2, max_col=2):
        r[0].number_format = "@"
    wb.save(path)
    return path


GOOD = [
    [nik(12), "Maria Bria", "P", "12/05/1980", "Namosain", "Penenun"],
    [nik(13, "L", 2), "Yohanis Lede", "L", "13/05/1980", "Namosain", "Nelayan"],
]
BAD = [nik(14, "P", 3)[:10], "Ana Nope", "P", "14/05/1980", "Namosain", "Petani"]  # NIK too short


def people(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def test_first_import_creates_the_database_and_a_second_changes_nothing(tmp_path):
    db = tmp_path / "baru" / "berdaya.db"
    xlsx = office_list(tmp_path / "daftar.xlsx", GOOD)
    first = berdaya("--db", str(db), "import", str(xlsx), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report) == {"created", "updated", "unchanged", "conflicts", "rejected", "deleted",
                           "warnings", "errors"}  # fmt: skip
    assert (report["created"], report["rejected"]) == (2, 0)
    assert people(db) == 2
    again = json.loads(berdaya("--db", str(db), "import", str(xlsx), "--json").stdout)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert people(db) == 2


def test_rejected_rows_exit_3_with_located_errors_and_an_error_workbook(tmp_path):
    db = tmp_path / "berdaya.db"
    xlsx = office_list(tmp_path / "daftar.xlsx", [*GOOD, BAD])
    out = tmp_path / "kesalahan.xlsx"
    result = berdaya("--db", str(db), "import", str(xlsx), "--json", "--report", str(out))
    assert result.returncode == 3, result.stderr
    report = json.loads(result.stdout)
    assert (report["created"], report["rejected"]) == (2, 1)
    (err,) = [e for e in report["errors"] if e["severity"] == "error"]
    assert (err["file"], err["sheet"], err["row"], err["column"]) == (
        "daftar.xlsx",
        "Lansia",
        6,
        "NIK",
    )
    assert "16" in err["message"]
    assert people(db) == 2  # the valid rows were applied
    ws = load_workbook(out).active
    header = [c.value for c in ws[3]]
    assert header == [*HEADERS, "Kesalahan"]  # same header row as the office's file
    row = [c.value for c in ws[4]]
    assert row[2] == "Ana Nope" and "NIK" in row[-1]


def test_strict_writes_nothing_when_a_row_is_rejected(tmp_path):
    db = tmp_path / "berdaya.db"
    xlsx = office_list(tmp_path / "daftar.xlsx", [*GOOD, BAD])
    result = berdaya("--db", str(db), "import", str(xlsx), "--strict")
    assert result.returncode == 3
    assert "tidak ada yang disimpan" in result.stdout
    assert people(db) == 0


def test_dry_run_reports_the_same_figures_and_writes_nothing(tmp_path):
    db = tmp_path / "berdaya.db"
    xlsx = office_list(tmp_path / "daftar.xlsx", [*GOOD, BAD])
    dry = berdaya("--db", str(db), "import", str(xlsx), "--dry-run", "--json")
    assert dry.returncode == 3
    assert not db.exists()  # not even created
    real = berdaya("--db", str(db), "import", str(xlsx), "--json")
    strip = lambda out: {k: v for k, v in json.loads(out).items()}  # noqa: E731
    assert strip(dry.stdout) == strip(real.stdout)
    assert people(db) == 2
    before = db.read_bytes()
    changed = office_list(tmp_path / "ubah.xlsx", [[nik(12), "Maria Bria", "P", "12/05/1980",
                                                    "Namosain", "Petani"]])  # fmt: skip
    dry2 = berdaya("--db", str(db), "import", str(changed), "--dry-run", "--json")
    assert json.loads(dry2.stdout)["conflicts"] == 1 and dry2.returncode == 4
    assert db.read_bytes() == before


def test_a_different_value_for_a_known_person_waits_for_a_person_exit_4(tmp_path):
    db = tmp_path / "berdaya.db"
    berdaya("--db", str(db), "import", str(office_list(tmp_path / "a.xlsx", GOOD)))
    changed = office_list(tmp_path / "b.xlsx", [[nik(12), "Maria Bria", "P", "12/05/1980",
                                                 "Namosain", "Petani"]])  # fmt: skip
    result = berdaya("--db", str(db), "import", str(changed), "--json")
    assert result.returncode == 4
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT occupation FROM person WHERE nik = ?", [nik(12)]).fetchone() == (
        "Penenun",
    )
    assert conn.execute("SELECT count(*) FROM sync_conflict WHERE status='open'").fetchone() == (1,)


def test_an_unreadable_file_exits_1_and_writes_nothing(tmp_path):
    db = tmp_path / "berdaya.db"
    good = office_list(tmp_path / "daftar.xlsx", GOOD)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan buku kerja")
    result = berdaya("--db", str(db), "import", str(good), str(broken), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["errors"][0]["file"] == "rusak.xlsx"
    assert not db.exists()


def test_wrong_usage_exits_2(tmp_path):
    assert berdaya("--db", str(tmp_path / "x.db"), "import").returncode == 2
    xlsx = office_list(tmp_path / "daftar.xlsx", GOOD)
    missing = berdaya("--db", str(tmp_path / "x.db"), "import", str(xlsx), "--mapping",
                      str(tmp_path / "tidak-ada.json"))  # fmt: skip
    assert missing.returncode == 2 and "pemetaan" in missing.stderr


def test_unrecognised_columns_need_a_mapping_file(tmp_path):
    db = tmp_path / "berdaya.db"
    xlsx = tmp_path / "aneh.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar"
    ws.append(["Kolom A", "Kolom B", "Kolom C"])
    ws.append(["Maria Bria", "P", nik(12)])
    wb.save(xlsx)
    result = berdaya("--db", str(db), "import", str(xlsx), "--json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert any("--mapping" in e["message"] and e["severity"] == "error" for e in report["errors"])
    mapping = tmp_path / "pemetaan.json"
    mapping.write_text(json.dumps({"format": "berdaya-mapping", "version": 1, "sheets": {
        "Daftar": {"kind": "person", "header_row": 1,
                   "columns": {"Kolom A": "name", "Kolom B": "sex", "Kolom C": "nik"}}}}))  # fmt: skip
    mapped = berdaya("--db", str(db), "import", str(xlsx), "--mapping", str(mapping), "--json")
    assert mapped.returncode == 0, mapped.stdout
    assert json.loads(mapped.stdout)["created"] == 1 and people(db) == 1

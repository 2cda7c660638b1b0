"""Reading side: files that must be refused before anything is parsed, and files that are tricky.

Every refused file raises ExchangeFileError with an Indonesian one-line message; the reader never
writes anything (the apply side is not even reached), so the database cannot change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.exchange import safety
from desktop_app.exchange.parse import parse_workbook
from desktop_app.exchange.reading import FORMULA_WARNING, read_workbook
from desktop_app.exchange.types import ExchangeFileError


def _people_xlsx(path: Path, rows=None, **cells) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Nama", "NIK", "JK", "Tgl Lahir"])
    for row in rows or [["Ani", "5371014101900001", "P", "01/01/1990"]]:
        ws.append(row)
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(ExchangeFileError) as info:
        parse_workbook(path)
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word.lower() in message.lower(), message
    return message


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    _refused(path, "kosong")


def test_pdf_renamed_xlsx_is_refused(tmp_path):
    path = tmp_path / "daftar.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    _refused(path, "PDF")


def test_text_renamed_xlsx_is_refused(tmp_path):
    path = tmp_path / "daftar.xlsx"
    path.write_text("Nama;NIK\nAni;5371014101900001\n", encoding="utf-8")
    _refused(path, "bukan buku kerja")


def test_truncated_zip_is_refused(tmp_path):
    good = _people_xlsx(tmp_path / "utuh.xlsx")
    data = good.read_bytes()
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    _refused(cut, "rusak")


def test_corrupt_part_is_refused(tmp_path):
    good = _people_xlsx(tmp_path / "utuh.xlsx")
    data = bytearray(good.read_bytes())
    # Flip bytes inside the first compressed part: the CRC check fails while inflating.
    data[60:200] = bytes(140)
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(bytes(data))
    _refused(bad, "rusak")


def test_docx_is_not_a_workbook(tmp_path):
    path = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    _refused(path, "Word")


def test_encrypted_workbook_is_refused(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    plain = _people_xlsx(tmp_path / "biasa.xlsx")
    locked = tmp_path / "terkunci.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as dst:
        msoffcrypto.OfficeFile(src).encrypt("rahasia123", dst)
    _refused(locked, "kata sandi")


def test_crafted_ole_encrypted_package_is_refused(tmp_path):
    path = tmp_path / "ole.xlsx"
    path.write_bytes(safety.OLE_MAGIC + bytes(500) + "EncryptedPackage".encode("utf-16-le"))
    _refused(path, "kata sandi")


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bom.xlsx"
    good = _people_xlsx(tmp_path / "utuh.xlsx")
    src = zipfile.ZipFile(good)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                # 40 MB of one repeated empty cell: deflates ~1000:1.
                filler = b'<c r="A2" s="0"/>' * (40 * 1024 * 1024 // 17)
                data = data.replace(b"<sheetData>", b"<sheetData><row r='2'>" + filler + b"</row>")
            zf.writestr(info.filename, data)
    assert path.stat().st_size < 1024 * 1024
    _refused(path, "zip bomb")


def test_declared_size_over_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_TOTAL_SIZE", 2000)
    _refused(_people_xlsx(tmp_path / "besar.xlsx"), "memori")


def test_entity_expansion_is_refused(tmp_path):
    path = tmp_path / "tawa.xlsx"
    good = _people_xlsx(tmp_path / "utuh.xlsx")
    src = zipfile.ZipFile(good)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                data = laughs + data.split(b"?>", 1)[-1]
            zf.writestr(info.filename, data)
    _refused(path, "DTD")


def test_defusedxml_is_what_openpyxl_uses():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_cell_at_xfd1048576_is_dropped_and_reading_finishes(tmp_path):
    # A dense reader would allocate 17 billion cells for this sheet (calamine aborts the process).
    path = _people_xlsx(tmp_path / "jauh.xlsx", XFD1048576="x")
    parsed = parse_workbook(path)
    assert [r.values["name"] for r in parsed.records] == ["Ani"]
    assert any("di luar batas" in f.message for f in parsed.findings)


def test_sheet_spanning_too_many_cells_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_CELLS", 50)
    rows = [[f"Orang {i}", "", "L", ""] for i in range(30)]
    _refused(_people_xlsx(tmp_path / "luas.xlsx", rows=rows), "terlalu besar")


def test_file_hash_is_sha256_of_the_bytes(tmp_path):
    path = _people_xlsx(tmp_path / "a.xlsx")
    assert parse_workbook(path).file_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_formula_cells_use_cached_value_with_warning(tmp_path):
    path = tmp_path / "rumus.xlsx"
    _people_xlsx(path, rows=[["Ani", "5371014101900001", "P", "01/01/1990"]])
    # openpyxl writes formulas without a cached value; put one in like Excel does.
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="A2" t="inlineStr"><is><t>Ani</t></is></c>',
                    b'<c r="A2" t="str"><f>PROPER("ani")</f><v>Ani</v></c>',
                )
                assert b"<f>" in data
            zf.writestr(info.filename, data)
    path.write_bytes(out.getvalue())
    assert read_workbook(path).sheets[0].formula_cells == {(2, 1)}
    rec = parse_workbook(path).records[0]
    assert rec.values["name"] == "Ani"
    warning = [f for f in rec.findings if f.message == FORMULA_WARNING]
    assert warning and warning[0].column == "Nama" and warning[0].row == 2


def _ods(path: Path, rows: list[list[str]], tail: str = "") -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Lansia">'
        + "".join(
            "<table:table-row>"
            + "".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p>'
                      "</table:table-cell>" for c in row)
            + "</table:table-row>"
            for row in rows
        )
        + tail
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )  # fmt: skip
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)  # fmt: skip
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def test_ods_with_libreoffice_style_empty_repeats_is_read_quickly(tmp_path):
    # LibreOffice writes the formatted-but-empty rest of a sheet as repeated empty rows.
    empty_rest = ('<table:table-row table:number-rows-repeated="1048570">'
                  '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')  # fmt: skip
    path = _ods(tmp_path / "lo.ods", [["Nama", "L/P"], ["Ani", "P"]], empty_rest)
    assert [r.values["name"] for r in parse_workbook(path).records] == ["Ani"]


def test_ods_with_a_value_behind_a_million_repeats_is_refused(tmp_path):
    far = ('<table:table-row table:number-rows-repeated="1048570">'
           '<table:table-cell table:number-columns-repeated="1024"/>'
           '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
           "</table:table-row>")  # fmt: skip
    _refused(_ods(tmp_path / "jauh.ods", [["Nama", "L/P"], ["Ani", "P"]], far), "terlalu besar")


def test_xls_and_ods_are_read(tmp_path):
    # calamine reads .ods; write one with the stdlib (a minimal ODF spreadsheet).
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet><table:table table:name=\"Lansia\">"
        + "".join(
            "<table:table-row>"
            + "".join(f"<table:table-cell office:value-type=\"string\"><text:p>{c}</text:p>"
                      "</table:table-cell>" for c in row)
            + "</table:table-row>"
            for row in (["Nama", "L/P", "Tanggal Lahir"], ["Yohanis", "L", "12 Mei 1950"])
        )
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )  # fmt: skip
    path = tmp_path / "lansia.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)  # fmt: skip
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    rec = parse_workbook(path).records[0]
    assert rec.values["name"] == "Yohanis"
    assert rec.values["sex"] == "L"
    assert rec.values["birth_date"] == dt.date(1950, 5, 12)


def test_old_office_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "lama.xls"
    path.write_bytes(safety.OLE_MAGIC + bytes(600) + "WordDocument".encode("utf-16-le"))
    _refused(path, ".xlsx")


def test_encrypted_workbook_opens_with_its_password(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    plain = _people_xlsx(tmp_path / "biasa.xlsx")
    locked = tmp_path / "terkunci.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as dst:
        msoffcrypto.OfficeFile(src).encrypt("rahasia123", dst)
    parsed = parse_workbook(locked, password="rahasia123")
    assert [r.values["name"] for r in parsed.records] == ["Ani"]
    assert parsed.file_hash == hashlib.sha256(locked.read_bytes()).hexdigest()
    with pytest.raises(ExchangeFileError, match="salah"):
        parse_workbook(locked, password="keliru")

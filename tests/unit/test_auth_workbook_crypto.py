"""Password-protected workbooks: encrypt, detect, decrypt; wrong password told apart."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.exchange import crypto


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "ekspor.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "Nama"])
    wb.active.append(["5371014501900001", "Maria Bria"])
    wb.save(path)
    return path


def test_encrypted_workbook_is_unreadable_without_the_password(workbook):
    plain = workbook.read_bytes()
    crypto.encrypt_file(workbook, "kupang-2026")
    data = workbook.read_bytes()
    assert data != plain and b"Maria" not in data and b"5371014501900001" not in data
    assert crypto.is_encrypted(workbook)
    with pytest.raises(Exception):  # noqa: B017 - openpyxl cannot open it
        openpyxl.load_workbook(workbook)
    out = crypto.decrypt_to_temp(workbook, "kupang-2026")
    try:
        ws = openpyxl.load_workbook(out).active
        assert [c.value for c in ws[2]] == ["5371014501900001", "Maria Bria"]
    finally:
        out.unlink()


def test_clear_errors(workbook, tmp_path):
    with pytest.raises(crypto.NotEncrypted):
        crypto.decrypt_to_temp(workbook, "apa-saja")
    crypto.encrypt_file(workbook, "kupang-2026")
    with pytest.raises(crypto.WrongWorkbookPassword, match="salah"):
        crypto.decrypt_to_temp(workbook, "bukan-ini")
    with pytest.raises(crypto.PasswordRequired):
        crypto.decrypt_to_temp(workbook, "")
    with pytest.raises(crypto.WorkbookCryptoError, match="sudah"):
        crypto.encrypt_file(workbook, "kupang-2026")
    junk = tmp_path / "catatan.xlsx"
    junk.write_text("bukan excel")
    with pytest.raises(crypto.NotAWorkbook):
        crypto.is_encrypted(junk)
    with pytest.raises(crypto.WorkbookCryptoError, match="minimal"):
        crypto.encrypt_file(tmp_path / "x.xlsx", "123")


def test_cli_export_with_password_and_without_people_lacking_consent(demo_db, tmp_path, monkeypatch,
                                                                     capsys):  # fmt: skip
    from desktop_app.cli import main
    from desktop_app.storage.models import Person

    blocked = {p.nik for p in Person.select().where(Person.consent_given == False) if p.nik}  # noqa: E712
    path = demo_db.database
    demo_db.close()
    out = tmp_path / "distrik.xlsx"
    monkeypatch.setenv("BERDAYA_EXPORT_PASSWORD", "kupang-2026")
    assert main(["--db", path, "export", str(out), "--kata-sandi", "--hanya-persetujuan"]) == 0
    assert "kata sandi" in capsys.readouterr().out
    assert crypto.is_encrypted(out)
    with pytest.raises(crypto.WrongWorkbookPassword):
        crypto.decrypt_to_temp(out, "salah-salah")
    plain = crypto.decrypt_to_temp(out, "kupang-2026")
    try:
        wb = openpyxl.load_workbook(plain, read_only=True)
        seen = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                for v in row if v is not None}  # fmt: skip
        wb.close()
    finally:
        plain.unlink()
    assert blocked and not blocked & seen


def test_cli_import_of_a_password_protected_workbook_asks_for_the_password(demo_db, tmp_path,
                                                                           monkeypatch, capsys):  # fmt: skip
    from desktop_app.cli import main
    from desktop_app.services import exchange_export
    from desktop_app.services.context import Actor
    from desktop_app.storage import database
    from desktop_app.storage.models import Person

    out = exchange_export.export(demo_db, tmp_path / "kiriman.xlsx", Actor.local(demo_db, "x")).path
    crypto.encrypt_file(out, "kupang-2026")
    people = Person.select().count()
    demo_db.close()
    target = str(tmp_path / "laptop-baru.db")
    assert main(["--db", target, "import", str(out)]) == 1
    assert "kata sandi" in capsys.readouterr().out.lower()
    monkeypatch.setenv("BERDAYA_WORKBOOK_PASSWORD", "bukan-ini")
    assert main(["--db", target, "import", str(out), "--kata-sandi"]) == 1
    assert "salah" in capsys.readouterr().out
    monkeypatch.setenv("BERDAYA_WORKBOOK_PASSWORD", "kupang-2026")
    assert main(["--db", target, "import", str(out), "--kata-sandi"]) == 0
    db = database.connect(target, create=False)
    try:
        assert Person.select().count() == people
    finally:
        db.close()

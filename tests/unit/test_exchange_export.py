"""Export of the exchange workbook: cells, safety, atomic write, scopes, tombstones, _meta."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
import python_calamine
from openpyxl.utils.escape import unescape

from desktop_app.domain.wilayah import find_kelurahan
from desktop_app.exchange import format as f
from desktop_app.exchange import writer as w
from desktop_app.services import exchange_export as ex
from desktop_app.services import records
from desktop_app.services.progress import Cancelled
from desktop_app.storage import models as m

NIK = "5371014101700001"


def _person(actor, **values) -> m.Person:
    values.setdefault("name", "Orpa Benu")
    values.setdefault("sex", "P")
    person = m.Person(**values)
    records.save(person, actor)
    return person


def _sheet(path, name):
    """Rows of a sheet as openpyxl cells, header first."""
    wb = openpyxl.load_workbook(path)
    return wb, list(wb[name].iter_rows())


def _row_for(rows, header, value):
    headers = [c.value for c in rows[0]]
    col = headers.index(header)
    matches = [r for r in rows[1:] if r[col].value == value]
    assert len(matches) == 1, (header, value)
    return {h: cell for h, cell in zip(headers, matches[0], strict=True)}


def test_nik_kk_and_phone_are_text_and_read_back_exact(db, actor, tmp_path):
    household = m.Household(no_kk="5371010101200009", kelurahan="53.71.01.1001")
    records.save(household, actor)
    _person(actor, nik=NIK, phone="081234567890", household=household.id,
            birth_date=dt.date(1970, 1, 1), kelurahan="53.71.01.1001")  # fmt: skip
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    _wb, rows = _sheet(out, "Penduduk")
    row = _row_for(rows, "NIK", NIK)
    assert row["NIK"].data_type == "s" and row["NIK"].number_format == "@"
    assert row["No HP"].value == "081234567890" and row["No HP"].number_format == "@"
    assert row["No KK"].value == "5371010101200009"
    assert row["Tanggal Lahir"].value == dt.datetime(1970, 1, 1)
    assert row["Tanggal Lahir"].number_format == f.DATE_FORMAT
    assert row["Kelurahan"].value == "Namosain"
    assert row["Jenis Kelamin"].value == "P"
    assert row["Status"].value is None
    # The fast reader sees the same exact text.
    sheet = python_calamine.CalamineWorkbook.from_path(out).get_sheet_by_name("Penduduk").to_python()
    nik_col = sheet[0].index("NIK")
    assert NIK in [r[nik_col] for r in sheet[1:]]


@pytest.mark.parametrize("text", ["=1+1", "+62 812", "-5", "@SUM(A1)", "\tindent", "\rcr",
                                  '=HYPERLINK("http://x","klik")'])  # fmt: skip
def test_formula_looking_text_is_text_and_reads_back_the_same(db, actor, tmp_path, text):
    _person(actor, name="Formula Test", notes=text, address=text)
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    _wb, rows = _sheet(out, "Penduduk")
    row = _row_for(rows, "Nama", "Formula Test")
    cell = row["Catatan"]
    # Control characters are stored as OOXML escapes (_x000D_), which Excel, LibreOffice and
    # calamine decode; openpyxl leaves them to openpyxl.utils.escape.unescape.
    assert unescape(cell.value) == text
    assert cell.data_type == "s"  # never "f"
    assert cell.quotePrefix
    sheet = python_calamine.CalamineWorkbook.from_path(out).get_sheet_by_name("Penduduk").to_python()
    assert text in sheet[1]


def test_control_characters_are_removed_not_fatal(db, actor, tmp_path):
    _person(actor, name="Ctl\x00Name\x07", notes="a\x01b\x0bc\x1fd\ttab\nline", address="x\ufffey")
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    _wb, rows = _sheet(out, "Penduduk")
    row = _row_for(rows, "Nama", "CtlName")
    assert row["Catatan"].value == "abcd\ttab\nline"
    assert row["Alamat"].value == "xy"


def test_clean_text_keeps_ordinary_unicode():
    assert w.clean_text("Maria Ndoen — Kupang ✓ 日本") == "Maria Ndoen — Kupang ✓ 日本"
    assert w.clean_text("\x00\x08\x0b\x0c\x0e\x1f") == ""


def test_interrupted_export_leaves_no_file(db, actor, tmp_path, monkeypatch):
    _person(actor, nik=NIK)
    out = tmp_path / "ekspor.xlsx"

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(w.ExchangeWriter, "write_meta", boom)
    with pytest.raises(OSError):
        ex.export(db, out, actor)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == []


def test_interrupted_export_keeps_the_previous_file(db, actor, tmp_path, monkeypatch):
    _person(actor, nik=NIK)
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    before = out.read_bytes()
    calls = {"n": 0}

    def cancel_midway(done, total, text=""):
        calls["n"] += 1
        if calls["n"] > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        ex.export(db, out, actor, progress=cancel_midway)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "xlsx" in p.name) == ["ekspor.xlsx"]
    # A cancelled export records no mark.
    assert m.ExportMark.select().count() == 1


def test_tombstoned_records_travel_as_hapus(db, actor, tmp_path):
    gone = _person(actor, name="Sudah Dihapus", nik=NIK)
    records.delete(gone, actor)
    _person(actor, name="Masih Ada")
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    _wb, rows = _sheet(out, "Penduduk")
    assert _row_for(rows, "Nama", "Sudah Dihapus")["Status"].value == f.STATUS_DELETE
    assert _row_for(rows, "Nama", "Sudah Dihapus")["Versi"].value == 2
    assert _row_for(rows, "Nama", "Masih Ada")["Status"].value is None


def test_meta_sheet_is_hidden_and_complete(db, actor, tmp_path):
    _person(actor)
    out = tmp_path / "ekspor.xlsx"
    result = ex.export(db, out, actor, ex.ExportOptions(office="Kantor Lurah Alak"))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == f.INSTRUCTIONS_SHEET
    assert wb[f.META_SHEET].sheet_state == "hidden"
    meta = f.Meta.from_rows(list(wb[f.META_SHEET].iter_rows(values_only=True)))
    assert f.is_exchange_meta(list(wb[f.META_SHEET].iter_rows(values_only=True)))
    assert meta.format_version == f.FORMAT_VERSION
    assert meta.device_id == actor.device_id
    assert meta.facilitator == "tester"
    assert meta.office == "Kantor Lurah Alak"
    assert meta.scope == "semua"
    assert not meta.masked
    assert dt.datetime.fromisoformat(meta.exported_at.rstrip("Z"))
    assert meta.rows == result.counts
    assert meta.rows["Penduduk"] == 1
    # Every data sheet is there, in order, with the spec's headers.
    assert [n for n in wb.sheetnames if n in f.SHEET_BY_NAME] == [s.name for s in f.SHEETS]
    for spec in f.SHEETS:
        assert [c.value for c in next(wb[spec.name].iter_rows(max_row=1))] == spec.headers


def test_sheet_layout_frozen_filter_widths_dropdowns(db, actor, tmp_path):
    _person(actor, nik=NIK)
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    wb = openpyxl.load_workbook(out)
    ws = wb["Penduduk"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in ws[1]]
    nik_letter = openpyxl.utils.get_column_letter(headers.index("NIK") + 1)
    assert ws.column_dimensions[nik_letter].width >= 16
    validations = {str(dv.sqref).split(":")[0][:-1]: dv for dv in ws.data_validations.dataValidation}
    for header in ("Jenis Kelamin", "Agama", "Kelurahan", "Punya KTP", "Status", "WG Melihat"):
        letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
        assert letter in validations, header
        ref = validations[letter].formula1
        sheet_name, cells = ref.split("!")
        listed = [c.value for row in wb[sheet_name.strip("'")][cells.replace("$", "")] for c in row]
        col = f.PENDUDUK.column(header)
        assert [str(v) for v in listed] == col.choices()
    assert wb[f.LISTS_SHEET].sheet_state == "hidden"


def test_codes_are_written_as_labels_and_decoded_back(db, actor, tmp_path):
    _person(actor, name="Kode", relationship="1", religion="kristen", wg_walking=3,
            indigenous=True, has_ktp=False)  # fmt: skip
    out = tmp_path / "ekspor.xlsx"
    ex.export(db, out, actor)
    _wb, rows = _sheet(out, "Penduduk")
    row = _row_for(rows, "Nama", "Kode")
    assert row["Hubungan Keluarga"].value == "Kepala Keluarga"
    assert row["Agama"].value == "Kristen Protestan"
    assert row["WG Berjalan"].value == 3
    assert row["Masyarakat Adat"].value == "Ya" and row["Punya KTP"].value == "Tidak"
    assert f.PENDUDUK.column("Hubungan Keluarga").decode_code("kepala  KELUARGA") == "1"
    assert f.PENDUDUK.column("Hubungan Keluarga").decode_code("1") == "1"
    assert f.PENDUDUK.column("WG Berjalan").decode_code(3.0) == 3
    assert f.PENDUDUK.column("Agama").decode_code("Atlantis") is None


def test_mask_hides_identifiers_and_records_no_mark(db, actor, tmp_path):
    household = m.Household(no_kk="5371010101200009")
    records.save(household, actor)
    person = _person(actor, nik=NIK, phone="081234567890", household=household.id)
    enrollment_program = m.Program(name="Beasiswa", kind="beasiswa")
    records.save(enrollment_program, actor)
    records.save(m.Enrollment(person=person.id, program=enrollment_program.id), actor)
    out = tmp_path / "samaran.xlsx"
    ex.export(db, out, actor, ex.ExportOptions(mask=True))
    data = out.read_bytes()
    wb = openpyxl.load_workbook(out)
    people = list(wb["Penduduk"].iter_rows(values_only=True))
    row = dict(zip(people[0], people[1], strict=True))
    assert row["NIK"] == "************0001"
    assert row["No HP"] == "********7890"
    assert row["No KK"] == "************0009"
    enroll = list(wb["Peserta Program"].iter_rows(values_only=True))
    assert dict(zip(enroll[0], enroll[1], strict=True))["NIK Penduduk"] == "************0001"
    assert b"5371014101700001" not in data
    assert f.Meta.from_rows(list(wb[f.META_SHEET].iter_rows(values_only=True))).masked
    assert m.ExportMark.select().count() == 0


# --- scopes -------------------------------------------------------------------------------------


def _ids(path, sheet):
    rows = list(openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
    return {r[0] for r in rows[1:]}


def test_scope_everything_matches_the_database(demo_db, tmp_path):
    actor = records_actor(demo_db)
    result = ex.export(demo_db, tmp_path / "semua.xlsx", actor)
    for spec in f.SHEETS:
        assert result.counts[spec.name] == spec.model.select().count(), spec.name


def records_actor(db):
    from desktop_app.services.context import Actor

    return Actor.local(db, "tester")


def test_scope_kelurahan(demo_db, tmp_path):
    actor = records_actor(demo_db)
    kel = find_kelurahan("Alak")
    out = tmp_path / "alak.xlsx"
    result = ex.export(demo_db, out, actor, ex.ExportOptions(kelurahan="alak"))
    assert result.scope == "kelurahan:Alak"
    people = _ids(out, "Penduduk")
    assert people
    in_kel = {p.id for p in m.Person.select().where(m.Person.kelurahan == kel.code)}
    assert in_kel <= people
    # Everyone exported lives there, or is referred to by an exported record (a family head,
    # a fellow group member): no one else.
    outsiders = people - in_kel
    referred = set()
    for spec in f.SHEETS:
        exported = _ids(out, spec.name)
        for col in spec.columns:
            if col.kind == f.REF and col.ref == "person":
                referred |= {r.__data__[col.field] for r in spec.model.select()
                             if r.id in exported}  # fmt: skip
    hh = _ids(out, "Keluarga")
    referred |= {p.id for p in m.Person.select().where(m.Person.household.in_(list(hh)))}
    assert outsiders <= referred
    # Every ID referred to in the workbook is in the workbook.
    _assert_references_resolve(out)


def test_scope_program(demo_db, tmp_path):
    actor = records_actor(demo_db)
    program = m.Program.select().join(m.Enrollment).group_by(m.Program.id).first()
    out = tmp_path / "program.xlsx"
    result = ex.export(demo_db, out, actor, ex.ExportOptions(program=program.name.upper()))
    assert result.scope == f"program:{program.name}"
    assert _ids(out, "Program") >= {program.id}
    enrolled = {e.id for e in m.Enrollment.select().where(m.Enrollment.program == program.id)}
    assert _ids(out, "Peserta Program") == enrolled
    people = {e.person_id for e in m.Enrollment.select().where(m.Enrollment.program == program.id)}
    assert people <= _ids(out, "Penduduk")
    _assert_references_resolve(out)


def test_unknown_scope_is_a_clear_error(demo_db, tmp_path):
    actor = records_actor(demo_db)
    with pytest.raises(ex.ExportError, match="Kelurahan tidak dikenal"):
        ex.export(demo_db, tmp_path / "x.xlsx", actor, ex.ExportOptions(kelurahan="Atlantis"))
    with pytest.raises(ex.ExportError, match="Program tidak ditemukan"):
        ex.export(demo_db, tmp_path / "x.xlsx", actor, ex.ExportOptions(program="Tidak Ada"))
    assert not (tmp_path / "x.xlsx").exists()


def _assert_references_resolve(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    ids = {spec.kind: {r[0] for r in list(wb[spec.name].iter_rows(values_only=True))[1:]}
           for spec in f.SHEETS}  # fmt: skip
    for spec in f.SHEETS:
        rows = list(wb[spec.name].iter_rows(values_only=True))
        for i, col in enumerate(spec.columns):
            if col.kind != f.REF:
                continue
            target = spec.model._meta.fields[col.field].rel_model._meta.table_name
            missing = {r[i] for r in rows[1:] if r[i]} - ids[target]
            assert not missing, (spec.name, col.header, len(missing))


def test_changed_since_last_export_to_that_office(db, actor, tmp_path):
    a = _person(actor, name="Agustina")
    b = _person(actor, name="Bernadus", sex="L")
    first = ex.export(db, tmp_path / "1.xlsx", actor, ex.ExportOptions(changed_since_last=True))
    assert first.counts["Penduduk"] == 2  # no earlier export: everything
    a.address = "Jl. Baru"
    records.save(a, actor)
    records.delete(b, actor)
    c = _person(actor, name="Christina")
    second = ex.export(db, tmp_path / "2.xlsx", actor, ex.ExportOptions(changed_since_last=True))
    assert second.scope == "semua +perubahan"
    assert second.since is not None
    ids = _ids(tmp_path / "2.xlsx", "Penduduk")
    assert ids == {a.id, b.id, c.id}
    # Another office has had nothing yet: it gets everything.
    other = ex.export(db, tmp_path / "3.xlsx", actor,
                      ex.ExportOptions(changed_since_last=True, office="Dinas Sosial"))  # fmt: skip
    assert other.counts["Penduduk"] == 3
    # Nothing changed since: nothing to send.
    third = ex.export(db, tmp_path / "4.xlsx", actor, ex.ExportOptions(changed_since_last=True))
    assert third.total == 0


def test_changed_since_does_not_trust_the_clock(db, actor, tmp_path):
    a = _person(actor, name="Agustina")
    ex.export(db, tmp_path / "1.xlsx", actor)
    # The laptop's clock is set back a year: the change still counts, by its version sequence.
    a.address = "Jl. Baru"
    records.save(a, actor)
    m.Person.update(updated_at=dt.datetime(2000, 1, 1)).execute()
    second = ex.export(db, tmp_path / "2.xlsx", actor, ex.ExportOptions(changed_since_last=True))
    assert _ids(tmp_path / "2.xlsx", "Penduduk") == {a.id}
    assert second.counts["Penduduk"] == 1


def test_export_is_audited_and_marked(db, actor, tmp_path):
    _person(actor)
    ex.export(db, tmp_path / "x.xlsx", actor, ex.ExportOptions(office="Kantor Lurah"))
    mark = m.ExportMark.get()
    assert (mark.office, mark.scope, mark.file_name) == ("Kantor Lurah", "semua", "x.xlsx")
    assert m.AuditLog.select().where(m.AuditLog.action == "export").count() == 1


def test_template_is_empty_with_instructions_and_dropdowns(tmp_path):
    out = tmp_path / "templat.xlsx"
    counts = ex.write_template(out)
    assert set(counts) == {s.name for s in f.SHEETS} and not any(counts.values())
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == f.INSTRUCTIONS_SHEET
    instructions = " ".join(str(c.value) for row in wb[f.INSTRUCTIONS_SHEET].iter_rows() for c in row
                            if c.value)  # fmt: skip
    assert "HAPUS" in instructions and "dd/mm/yyyy" in instructions
    ws = wb["Penduduk"]
    assert ws.max_row == 1
    assert len(ws.data_validations.dataValidation) >= 10
    headers = [c.value for c in ws[1]]
    nik = openpyxl.utils.get_column_letter(headers.index("NIK") + 1)
    assert ws.column_dimensions[nik].number_format == "@"  # what an office types stays text
    meta = f.Meta.from_rows(list(wb[f.META_SHEET].iter_rows(values_only=True)))
    assert meta.template and meta.rows["Penduduk"] == 0


def test_export_file_is_an_ordinary_file(db, actor, tmp_path):
    _person(actor)
    out = tmp_path / "x.xlsx"
    ex.export(db, out, actor)
    assert out.stat().st_mode & 0o044  # readable by others, unlike a private temporary file

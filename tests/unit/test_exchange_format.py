"""The exchange format spec: complete, unambiguous, and documented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop_app.exchange import format as f
from desktop_app.storage import models as m

DOC = Path(__file__).resolve().parents[2] / "docs" / "excel-format.md"


def test_every_synchronised_model_has_one_sheet():
    assert sorted(s.kind for s in f.SHEETS) == sorted(x._meta.table_name for x in m.SYNC_MODELS)


@pytest.mark.parametrize("spec", f.SHEETS, ids=lambda s: s.name)
def test_every_content_field_has_a_column(spec):
    fields = {c.field for c in spec.columns if c.field}
    assert set(spec.model.content_fields()) <= fields
    for col in spec.columns:
        if col.field:
            assert col.field in spec.model._meta.fields, col.header
    assert spec.headers[:2] == [f.ID_HEADER, f.VERSION_HEADER]
    assert f.STATUS_HEADER in spec.headers


@pytest.mark.parametrize("spec", f.SHEETS, ids=lambda s: s.name)
def test_headers_and_synonyms_are_unambiguous(spec):
    keys = Counter(k for col in spec.columns for k in col.keys)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len(spec.name) <= 31


@pytest.mark.parametrize("spec", f.SHEETS, ids=lambda s: s.name)
def test_lookups_point_at_a_ref_column(spec):
    for col in spec.columns:
        if col.kind == f.LOOKUP:
            ref = spec.column_for_field(col.ref)
            assert ref is not None and ref.kind == f.REF, col.header
            target = spec.model._meta.fields[col.ref].rel_model
            for hop in col.via:
                target = target._meta.fields[hop].rel_model
            assert col.attr in target._meta.fields, col.header


def test_code_labels_are_unique_so_labels_round_trip():
    for spec in f.SHEETS:
        for col in spec.columns:
            if col.kind == f.CODE:
                labels = [str(v).casefold() for v in col.codes.values()]
                assert len(set(labels)) == len(labels), col.header
                for code, label in col.codes.items():
                    assert col.decode_code(col.encode_code(code)) == code
                    assert col.decode_code(label.upper()) == code


def test_person_synonyms_cover_office_and_opensid_headers():
    for header, field in {
        "No. NIK": "nik",
        "Nomor Induk Kependudukan": "nik",
        "NAMA LENGKAP": "name",
        "nama": "name",
        "JK": "sex",
        "L/P": "sex",
        "Jenis Kelamin": "sex",
        "sex": "sex",
        "Tgl Lahir": "birth_date",
        "tanggallahir": "birth_date",
        "tempatlahir": "birth_place",
        "no_kk": None,  # helper: the family's KK, used to find the family
        "kk_level": "relationship",
        "agama_id": "religion",
        "status_kawin": "marital_status",
        "ALAMAT": "address",
        "rt": "rt",
        "Ket": "notes",
    }.items():
        col = f.PERSON_HEADER_KEYS[f.normalize_header(header)]
        assert col.field == field, header
    assert f.normalize_header("Tempat/Tgl Lahir") in f.COMBINED_HEADERS
    assert f.normalize_header("RT/RW") in f.RT_RW_HEADERS
    assert f.normalize_header("No.") in f.NUMBERING_HEADERS


def test_sheet_lookup_ignores_case_and_spacing():
    assert f.sheet_named("peserta_program") is f.PESERTA_PROGRAM
    assert f.sheet_named(" PENDUDUK ") is f.PENDUDUK
    assert f.sheet_named("Lain") is None


def test_meta_round_trips():
    meta = f.Meta(device_id="d", facilitator="Yuli", exported_at="2026-11-01T10:00:00Z",
                  scope="kelurahan:Alak", office="Kantor", masked=True, rows={"Penduduk": 3})
    back = f.Meta.from_rows([list(r) for r in meta.as_rows()])
    assert back == meta
    assert f.is_exchange_meta(meta.as_rows())
    assert not f.is_exchange_meta([("format", "lain")])


def test_docs_describe_every_sheet_and_column():
    text = DOC.read_text(encoding="utf-8")
    for spec in f.SHEETS:
        assert f"`{spec.name}`" in text, spec.name
        section = text.split(f"### `{spec.name}`", 1)[1].split("\n### ", 1)[0]
        for col in spec.columns:
            assert f"`{col.header}`" in section, (spec.name, col.header)

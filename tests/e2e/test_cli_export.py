"""``berdaya export`` and ``berdaya template``: exit codes, --json, scopes, as scripts see them."""

import json

import openpyxl

from tests.e2e.helpers import berdaya


def test_export_json_counts_and_template(tmp_path):
    db = tmp_path / "demo.db"
    assert berdaya("--db", str(db), "demo", "--people", "120").returncode == 0
    out = tmp_path / "ekspor.xlsx"
    result = berdaya("--db", str(db), "export", str(out), "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["Penduduk"] == 120
    assert "Keluarga" in counts and "Arisan Pembayaran" in counts
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb["Penduduk"].max_row == 121

    scoped = berdaya("--db", str(db), "export", str(tmp_path / "k.xlsx"), "--kelurahan", "Alak",
                     "--json")  # fmt: skip
    assert scoped.returncode == 0, scoped.stderr
    assert json.loads(scoped.stdout)["Penduduk"] < 120

    again = berdaya("--db", str(db), "export", str(tmp_path / "c.xlsx"), "--changed-since-last",
                    "--json")  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert sum(json.loads(again.stdout).values()) == 0  # nothing changed since the first export

    plain = berdaya("--db", str(db), "export", str(tmp_path / "p.xlsx"), "--mask")
    assert plain.returncode == 0 and "baris" in plain.stdout


def test_export_errors_are_one_line(tmp_path):
    missing = berdaya("--db", str(tmp_path / "tidak-ada.db"), "export", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "Traceback" not in missing.stderr
    assert not (tmp_path / "tidak-ada.db").exists()

    db = tmp_path / "demo.db"
    assert berdaya("--db", str(db), "demo", "--people", "20").returncode == 0
    unknown = berdaya("--db", str(db), "export", str(tmp_path / "x.xlsx"), "--kelurahan", "Atlantis")
    assert unknown.returncode == 1 and "Atlantis" in unknown.stderr
    no_folder = berdaya("--db", str(db), "export", str(tmp_path / "nope" / "x.xlsx"))
    assert no_folder.returncode == 1 and "Traceback" not in no_folder.stderr
    both = berdaya("--db", str(db), "export", str(tmp_path / "x.xlsx"), "--kelurahan", "Alak",
                   "--program", "X")  # fmt: skip
    assert both.returncode == 2
    assert not (tmp_path / "x.xlsx").exists()


def test_template_needs_no_database(tmp_path):
    out = tmp_path / "templat.xlsx"
    result = berdaya("--db", str(tmp_path / "tidak-ada.db"), "template", str(out))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "tidak-ada.db").exists()
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Petunjuk" and wb["Penduduk"].max_row == 1
    assert berdaya("template", str(tmp_path / "nope" / "t.xlsx")).returncode == 1

"""``berdaya report``: the batch contract (kind from extension, exit codes, empty months)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.e2e.helpers import berdaya


def _text(pdf) -> str:
    """PDF text with whitespace normalised (pypdf separates words with tabs)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "demo.db"
    made = berdaya("--db", str(db), "demo", "--people", "300")
    assert made.returncode == 0, made.stderr
    return db


def test_monthly_pdf_and_excel(demo, tmp_path):
    pdf = tmp_path / "bulanan.pdf"
    done = berdaya("--db", str(demo), "report", "monthly", "--month", "2026-10", "--kelurahan",
                   "Batu Plat", "--fasilitator", "Maria Ndoen", str(pdf))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _text(pdf)
    assert "Laporan Bulanan Fasilitator" in text and "Maria Ndoen" in text and "Batu Plat" in text
    xlsx = tmp_path / "bulanan.xlsx"
    done = berdaya("--db", str(demo), "report", "monthly", "--month", "2026-10", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert load_workbook(xlsx).sheetnames[0] == "Ringkasan"


def test_empty_month_is_a_report_not_an_error(demo, tmp_path):
    out = tmp_path / "kosong.xlsx"
    done = berdaya("--db", str(demo), "report", "monthly", "--month", "2019-01", str(out))
    assert done.returncode == 0, done.stderr
    assert "Tidak ada kegiatan" in done.stdout and out.exists()


def test_program_report(demo, tmp_path):
    import sqlite3

    name = sqlite3.connect(demo).execute("SELECT name FROM program ORDER BY name").fetchone()[0]
    out = tmp_path / "program.pdf"
    done = berdaya("--db", str(demo), "report", "program", "--program", name, str(out))
    assert done.returncode == 0, done.stderr
    assert name in _text(out)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["monthly", "--month", "2026-13", "OUT.pdf"], 1, "bulan tidak sah"),
        (["program", "--program", "Tidak Ada", "OUT.pdf"], 1, "program tidak ditemukan"),
        (["monthly", "--month", "2026-10", "--kelurahan", "Atlantis", "OUT.pdf"], 1, "kelurahan"),
        (["monthly", "--month", "2026-10", "OUT.docx"], 2, ".pdf atau .xlsx"),
        (["monthly", "OUT.pdf"], 2, "--month"),
    ],
)
def test_bad_input_is_one_line_and_the_right_exit_code(demo, tmp_path, args, code, message):
    args = [str(tmp_path / a) if a.startswith("OUT") else a for a in args]
    done = berdaya("--db", str(demo), "report", *args)
    assert done.returncode == code
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())


def test_missing_database(tmp_path):
    done = berdaya("--db", str(tmp_path / "none.db"), "report", "monthly", "--month", "2026-10",
                   str(tmp_path / "x.pdf"))  # fmt: skip
    assert done.returncode == 1 and "tidak ditemukan" in done.stderr
    assert not (tmp_path / "none.db").exists()


def test_excel_reports_never_load_qt(demo, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "bulanan.xlsx"
    code = (
        "import sys; from desktop_app.cli import main; "
        f"rc = main(['--db', {str(demo)!r}, 'report', 'monthly', '--month', '2026-10', {str(out)!r}]); "
        "print(rc, 'PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr
    assert out.exists()

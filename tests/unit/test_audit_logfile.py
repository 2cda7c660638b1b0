"""No NIK, phone or name ever reaches the application's log file."""

from __future__ import annotations

import logging

import pytest

from desktop_app.services.applog import setup_logging


@pytest.fixture(autouse=True)
def _restore_logger():
    logger = logging.getLogger("berdaya")
    before = list(logger.handlers), logger.propagate, logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in before[0]:
            logger.removeHandler(handler)
            handler.close()
    logger.propagate, logger.level = before[1], before[2]


def test_log_file_rotates_in_the_data_folder_without_personal_data(tmp_path):
    path = setup_logging(tmp_path / "logs")
    log = logging.getLogger("berdaya.import")
    nik, phone, name = "5371014501900001", "081234567890", "Maria Goreti Bria"
    log.info("Impor selesai: %s baris, orang %s NIK %s", 12, name, nik)
    log.warning(f"nilai mentah {nik} dan {phone}")  # even a careless f-string
    try:
        raise ValueError(f"NIK {nik} milik {name} sudah ada")
    except ValueError:
        log.exception("Gagal menyimpan %s", name)
    for handler in logging.getLogger("berdaya").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert path.parent == tmp_path / "logs"
    assert nik not in text and phone not in text and name not in text and "Maria" not in text
    assert "Impor selesai: 12 baris" in text  # useful text and counts stay
    assert "ValueError (pesan disembunyikan)" in text and "Traceback" in text
    assert "[teks]" in text and "[angka]" in text

"""Reading side: cell values as people type them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.exchange import values as v

TODAY = dt.date(2026, 11, 29)
MAY_12 = dt.date(1950, 5, 12)


@pytest.mark.parametrize(
    "cell",
    [
        dt.date(1950, 5, 12),
        dt.datetime(1950, 5, 12, 0, 0),
        "12/05/1950",
        "12-05-1950",
        "12.05.1950",
        "12 Mei 1950",
        "12 mei 1950",
        "12 MEI 1950",
        "12 May 1950",
        "12-Mei-1950",
        "12 Mei, 1950",
        "1950-05-12",
        "1950-05-12 00:00:00",
        " 12/5/1950 ",
        "12051950",
        18395.0,  # an Excel serial number whose cell was not formatted as a date
    ],
)
def test_date_spellings(cell):
    parsed = v.parse_date(cell, today=TODAY)
    assert parsed.value == v.DateValue(MAY_12), (cell, parsed)
    assert parsed.ok


@pytest.mark.parametrize(
    ("text", "month"),
    [("1 Januari 1960", 1), ("1 Pebruari 1960", 2), ("1 Agustus 1960", 8), ("1 Agt 1960", 8),
     ("1 Oktober 1960", 10), ("1 Okt 1960", 10), ("1 Nopember 1960", 11), ("1 Desember 1960", 12),
     ("1 December 1960", 12), ("1 Oct 1960", 10), ("1 Aug 1960", 8), ("1 Juni 1960", 6)],
)  # fmt: skip
def test_indonesian_and_english_month_names(text, month):
    assert v.parse_date(text, today=TODAY).value.date == dt.date(1960, month, 1)


def test_two_digit_year_is_the_latest_past_century_with_a_warning():
    parsed = v.parse_date("12 Mei 50", today=TODAY)
    assert parsed.value.date == MAY_12
    assert parsed.issues and parsed.issues[0][0] == v.WARNING
    assert v.parse_date("01/02/03", today=TODAY).value.date == dt.date(2003, 2, 1)


def test_year_only_is_an_estimated_birth_year():
    assert v.parse_date("1950", today=TODAY).value == v.DateValue(year=1950)
    assert v.parse_date(1950.0, today=TODAY).value == v.DateValue(year=1950)
    assert not v.parse_date("1950", allow_year=False, today=TODAY).ok


def test_month_first_date_is_accepted_with_warning_only_when_unambiguous():
    parsed = v.parse_date("05/25/1950", today=TODAY)
    assert parsed.value.date == dt.date(1950, 5, 25)
    assert [sev for sev, _ in parsed.issues] == [v.WARNING]
    assert v.parse_date("05/06/1950", today=TODAY).value.date == dt.date(1950, 6, 5)


@pytest.mark.parametrize("cell", ["31/02/1950", "12 Bulan 1950", "kemarin", "1950/13/40"])
def test_bad_dates_are_errors_with_the_value(cell):
    parsed = v.parse_date(cell, today=TODAY)
    assert not parsed.ok
    assert parsed.value == v.DateValue()


def test_blank_and_dash_are_no_date():
    for cell in (None, "", "  ", "-"):
        parsed = v.parse_date(cell, today=TODAY)
        assert parsed.value == v.DateValue() and parsed.ok


@pytest.mark.parametrize(
    ("cell", "sex"),
    [("L", "L"), ("l", "L"), ("Laki-laki", "L"), ("LAKI-LAKI", "L"), ("Laki laki", "L"),
     ("Lk", "L"), ("Pria", "L"), ("M", "L"), ("Male", "L"), (1, "L"), (1.0, "L"), ("1", "L"),
     ("P", "P"), ("Perempuan", "P"), ("PEREMPUAN", "P"), ("Wanita", "P"), ("Pr", "P"),
     ("F", "P"), ("female", "P"), (2, "P"), ("2", "P")],
)  # fmt: skip
def test_sex_spellings(cell, sex):
    assert v.parse_sex(cell).value == sex


def test_unknown_sex_is_an_error():
    parsed = v.parse_sex("X")
    assert parsed.value is None and not parsed.ok


NIK = "5371014101900001"


@pytest.mark.parametrize(
    "cell",
    [NIK, "5371.0141.0190.0001", "5371 0141 0190 0001", "'" + NIK, "\u200b" + NIK + "\ufeff",
     " " + NIK + "\u00a0", "53.7101.410190.0001"],
)  # fmt: skip
def test_nik_as_text_with_dots_spaces_apostrophe_and_invisible_chars(cell):
    parsed = v.parse_id_number(cell)
    assert parsed.value == NIK and not parsed.issues


def test_nik_as_exact_number_is_accepted():
    parsed = v.parse_id_number(5371014101900001.0)
    assert parsed.value == NIK and not parsed.issues
    assert v.parse_id_number(5371014101900001).value == NIK


def test_nik_as_number_ending_in_zero_is_flagged():
    parsed = v.parse_id_number(5371014101900010.0)
    assert parsed.value == "5371014101900010"
    assert [sev for sev, _ in parsed.issues] == [v.WARNING]
    assert "angka terakhir" in parsed.issues[0][1]


@pytest.mark.parametrize(
    "cell",
    [5.37101e15, 537101410190001.0, 53710141019000.5, 9.9e15, "5.37101E+15", "5,37101E+15",
     "537101410190001", "53710141019000011"],
)  # fmt: skip
def test_nik_that_cannot_be_16_exact_digits_is_rejected(cell):
    parsed = v.parse_id_number(cell)
    assert parsed.value is None
    assert not parsed.ok


def test_no_nik_marked_with_dash_is_blank():
    assert v.parse_id_number("-").value is None and v.parse_id_number("-").ok


def test_kk_uses_the_kk_rules():
    parsed = v.parse_id_number("5371.0112.0390.0001", "No KK")
    assert parsed.value == "5371011203900001"
    assert not v.parse_id_number("12345", "No KK").ok


@pytest.mark.parametrize(
    ("cell", "value"),
    [("4", "004"), (4, "004"), (4.0, "004"), ("004", "004"), ("RT 4", "004"), ("-", None),
     ("", None)],
)  # fmt: skip
def test_rt_rw(cell, value):
    assert v.parse_rt_rw(cell).value == value


def test_rt_rw_in_one_column():
    assert v.parse_rt_rw_pair("006/002").value == ("006", "002")
    assert v.parse_rt_rw_pair("6 / 2").value == ("006", "002")
    assert v.parse_rt_rw_pair("RT 6 RW 2").value == ("006", "002")
    assert v.parse_rt_rw_pair("004/-").value == ("004", None)
    assert not v.parse_rt_rw_pair("enam/dua").ok


def test_place_and_date_in_one_column():
    place, date = v.parse_place_date("Kupang, 12-05-1950", today=TODAY).value
    assert (place, date.date) == ("Kupang", MAY_12)
    place, date = v.parse_place_date("Kupang/12 Mei 1950", today=TODAY).value
    assert (place, date.date) == ("Kupang", MAY_12)
    place, date = v.parse_place_date("Soe 12-05-1950", today=TODAY).value
    assert (place, date.date) == ("Soe", MAY_12)


@pytest.mark.parametrize(
    ("cell", "amount"),
    [("Rp 1.500.000", 1_500_000), ("Rp1.500.000", 1_500_000), ("1500000", 1_500_000),
     ("1.500.000,00", 1_500_000), ("1,500,000", 1_500_000), (1500000.0, 1_500_000),
     (1500000, 1_500_000), ("Rp. 750.000,-", 750_000), ("IDR 25000", 25_000)],
)  # fmt: skip
def test_rupiah(cell, amount):
    assert v.parse_money(cell).value == amount


def test_money_that_is_not_a_number_is_an_error():
    assert not v.parse_money("satu juta").ok


@pytest.mark.parametrize(
    ("cell", "value"),
    [("Ya", True), ("ya", True), ("Y", True), ("Yes", True), (True, True), (1, True), ("1", True),
     ("Tidak", False), ("tidak", False), ("T", False), ("No", False), (False, False), (0, False),
     ("", None), (None, None)],
)  # fmt: skip
def test_booleans(cell, value):
    assert v.parse_bool(cell).value is value


@pytest.mark.parametrize(
    ("cell", "value"),
    [(1, 1), (2.0, 2), ("3", 3), ("4", 4), ("Tidak ada kesulitan", 1), ("Banyak kesulitan", 3),
     ("Tidak bisa sama sekali", 4)],
)  # fmt: skip
def test_wg_answers(cell, value):
    assert v.parse_wg(cell).value == value


def test_wg_answer_out_of_range_is_an_error():
    assert not v.parse_wg(5).ok


def test_kelurahan_by_name_or_code():
    assert v.parse_kelurahan("Kel. Fatufeto").value == "53.71.01.1005"
    assert v.parse_kelurahan("NAIONI").value == "53.71.01.1011"
    assert v.parse_kelurahan("1010").value == "53.71.01.1010"
    assert not v.parse_kelurahan("Oebobo").ok


def test_code_lists_by_label_or_code():
    from desktop_app.domain import codes

    assert v.parse_code(codes.SHDK, "Kepala Keluarga").value == "1"
    assert v.parse_code(codes.SHDK, 4.0).value == "4"
    assert v.parse_code(codes.MARITAL, "kawin").value == "kawin"
    assert v.parse_code(codes.MARITAL, "CERAI MATI").value == "cerai_mati"
    assert not v.parse_code(codes.MARITAL, "janda").ok


def test_phone_number_cell_gets_its_leading_zero_back():
    parsed = v.parse_phone(81234567890.0)
    assert parsed.value == "081234567890" and parsed.issues
    assert v.parse_phone("'081234567890").value == "081234567890"


def test_age_becomes_an_estimated_birth_year():
    assert v.parse_age(76.0, today=TODAY).value == 1950
    assert v.parse_age("76 th", today=TODAY).value == 1950
    assert not v.parse_age(250, today=TODAY).ok


# --- properties -----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}",
                     "{d} {mon} {y}", "{d} {MON} {y}", "{d}/{m}/{y} ", " {y}-{m:02d}-{d:02d} 00:00:00"]),
)  # fmt: skip
def test_any_date_written_any_supported_way_reads_back(date, pattern):
    text = pattern.format(d=date.day, m=date.month, y=date.year, mon=ID_MONTHS[date.month - 1],
                          MON=ID_MONTHS[date.month - 1].upper())  # fmt: skip
    parsed = v.parse_date(text, today=TODAY)
    assert parsed.value.date == date, text
    # Day-first is never second-guessed when the day could be a month.
    assert parsed.ok


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[1-9][0-9]{5}(0[1-9]|[12][0-9]|[4-6][0-9]|7[01])(0[1-9]|1[0-2])[0-9]{2}"
                  r"[0-9]{3}[1-9]", fullmatch=True),
    st.sampled_from([
        lambda n: n, lambda n: "'" + n, lambda n: f"{n[:4]}.{n[4:8]}.{n[8:12]}.{n[12:]}",
        lambda n: f" {n} ", lambda n: "\u200b" + n + "\ufeff", lambda n: f"{n[:6]} {n[6:12]} {n[12:]}",
    ]),
)  # fmt: skip
def test_nik_text_in_any_usual_spelling_reads_back_exactly(nik, spell):
    parsed = v.parse_id_number(spell(nik))
    assert parsed.value == nik and not parsed.issues


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10**15, max_value=2**53 - 1))
def test_nik_number_is_never_silently_wrong(number):
    parsed = v.parse_id_number(float(number))
    digits = str(number)
    if digits.endswith("0000"):
        assert parsed.value is None and not parsed.ok
    elif digits.endswith("0"):
        assert parsed.value == digits and parsed.issues  # flagged for checking
    else:
        assert parsed.value == digits


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_rupiah_written_the_indonesian_way_reads_back(amount):
    dotted = f"{amount:,}".replace(",", ".")
    for text in (f"Rp {dotted}", f"Rp{dotted},00", dotted, str(amount), f"{amount:,}"):
        assert v.parse_money(text).value == amount, text


def test_date_typed_as_a_number_ddmmyyyy():
    assert v.parse_date(12051950.0, today=TODAY).value.date == MAY_12


def test_words_in_the_nik_column_give_the_reason_for_no_nik():
    assert v.parse_nik_cell("BELUM REKAM").extra == {"no_nik_reason": "belum_rekam"}
    assert v.parse_nik_cell("Dokumen hilang").extra == {"no_nik_reason": "hilang"}
    assert v.parse_nik_cell("-").value is None and not v.parse_nik_cell("-").extra
    assert v.parse_nik_cell("5371014101900001").value == NIK

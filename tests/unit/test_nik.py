import datetime as dt

from desktop_app.domain.nik import build_nik, check_kk, check_nik, mask, parse_nik, strip_digits

MAN = "5371011203900001"  # born 12/03/1990, male
WOMAN = "5371015203900002"  # day 52 = 12 + 40: female, born 12/03/1990


def test_valid_nik_is_normalised_and_clean():
    result = check_nik(MAN, birth_date=dt.date(1990, 3, 12), sex="L")
    assert result.ok and result.value == MAN and result.findings == []


def test_non_digits_are_stripped_before_validation():
    assert check_nik("5371.0112 0390-0001").value == MAN
    assert check_nik("'" + MAN).value == MAN
    assert check_nik("\u200b" + MAN + "\u00a0").value == MAN
    assert strip_digits("35.2318.00") == "35231800"


def test_too_short_and_too_long_are_errors():
    short = check_nik("537101120390001")
    assert not short.ok and short.errors[0].code == "nik_length" and short.value is None
    assert "15 angka" in short.errors[0].message
    assert not check_nik(MAN + "1").ok


def test_empty_nik_is_not_an_error_here():
    assert check_nik(None).ok and check_nik("").value is None and check_nik("-").value is None


def test_women_have_forty_added_to_the_day():
    parts = parse_nik(WOMAN)
    assert parts.sex == "P" and parts.birth_date == dt.date(1990, 3, 12)
    assert check_nik(WOMAN, birth_date=dt.date(1990, 3, 12), sex="P").findings == []


def test_sex_mismatch_is_a_warning_not_an_error():
    result = check_nik(WOMAN, birth_date=dt.date(1990, 3, 12), sex="L")
    assert result.ok
    assert [w.code for w in result.warnings] == ["nik_sex_mismatch"]


def test_birth_date_mismatch_is_a_warning():
    result = check_nik(MAN, birth_date=dt.date(1990, 3, 13), sex="L")
    assert result.ok and [w.code for w in result.warnings] == ["nik_birth_mismatch"]
    estimated = check_nik(MAN, birth_year=1985, sex="L")
    assert estimated.ok and [w.code for w in estimated.warnings] == ["nik_birth_mismatch"]
    assert check_nik(MAN, birth_year=1990, sex="L").findings == []


def test_impossible_encoded_date_is_an_error():
    result = check_nik("5371013213900001")  # month 13
    assert not result.ok and result.errors[0].code == "nik_date"


def test_other_regions_are_accepted():
    # People who moved in carry other prefixes: 5304 (TTS) is as valid as 5371.
    assert check_nik("5304011203900001").ok


def test_kk_rules():
    assert check_kk("5371011203200001").ok
    assert check_kk("5371 0112 0320 0001").value == "5371011203200001"
    assert not check_kk("53710112032").ok


def test_build_nik_round_trips_through_parse():
    born = dt.date(2001, 7, 30)
    nik = build_nik("537101", born, "P", 17)
    parts = parse_nik(nik)
    assert len(nik) == 16 and parts.sex == "P" and parts.birth_date == born and parts.serial == "0017"


def test_mask_keeps_only_the_last_four_digits():
    assert mask(MAN) == "************0001" and mask(None) == ""

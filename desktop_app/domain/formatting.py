"""Indonesian presentation of dates, money and numbers (dd/mm/yyyy, Rp 1.500.000)."""

from __future__ import annotations

import datetime as dt

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_date_long(value: dt.date | None) -> str:
    if not value:
        return ""
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def format_number(value: int | float | None, decimals: int = 0) -> str:
    """1500000 -> 1.500.000 ; 12.5 (1 decimal) -> 12,5."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_rupiah(amount: int | None) -> str:
    """Money is integer Rupiah everywhere; negative amounts keep their sign before Rp."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {format_number(abs(int(amount)))}"


def format_percent(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    return f"{format_number(value * 100, decimals)}%"

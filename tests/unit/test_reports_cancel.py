"""Building the monthly report tells its progress and stops cleanly on Batal."""

import pytest

from desktop_app.services.progress import Cancelled
from desktop_app.services.reports import monthly


def test_monthly_report_reports_its_parts(demo_db):
    steps = []
    report = monthly.build("2026-10", progress=lambda done, total, text="": steps.append((done, total)))
    assert report.tables and [s[0] for s in steps] == [0, 1, 2, 3, 4] and steps[0][1] == 5


def test_monthly_report_can_be_cancelled(demo_db):
    def cancel_at_second(done, total, text=""):
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        monthly.build("2026-10", progress=cancel_at_second)

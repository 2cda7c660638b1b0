"""Reports for the district office: data assembly here (no Qt), Excel output with openpyxl.

``monthly.build`` (Laporan Bulanan), ``program.build`` and ``kelurahan.build`` return a
``model.Report``; ``excel.write`` saves it as a workbook. The PDF and the print preview render the
same report through Qt in ``desktop_app/ui/report_pdf.py`` (``html.to_html`` is their input).
"""

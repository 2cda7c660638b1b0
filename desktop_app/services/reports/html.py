"""A report as HTML for Qt's rich-text engine (QTextDocument): the PDF and the print preview.

QTextDocument understands a subset of HTML 4 and CSS, so this sticks to tables with attributes.
"""

from __future__ import annotations

from html import escape

from desktop_app.services.reports.model import Percent, Report, cell_text


def _numeric(value: object) -> bool:
    return isinstance(value, (int, float, Percent)) and not isinstance(value, bool)


def _widths(headers: list[str], rows: list[list[object]]) -> list[int]:
    """Column widths in percent from the longest word of the header and the longest cell (QTextDocument
    otherwise shares the width equally and wraps names letter by letter)."""
    need = []
    for col, head in enumerate(headers):
        longest_word = max((len(w) for w in head.split()), default=4)
        longest_cell = max((len(cell_text(r[col])) for r in rows), default=0)
        need.append(max(longest_word * 1.3 + 2, min(longest_cell, 30) + 2, 6))
    total = sum(need)
    return [max(4, round(100 * n / total)) for n in need]


def to_html(report: Report) -> str:
    parts = [
        "<html><head><style>",
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }",
        "h1 { font-size: 15pt; margin-bottom: 4px; } h2 { font-size: 11pt; margin-top: 14px; }",
        "td { font-size: 7.5pt; } th { background-color: #dde6f0; font-weight: bold; "
        "font-size: 7.5pt; } .note { color: #555555; }",
        ".empty { color: #9c0006; font-weight: bold; }",
        "</style></head><body>",
        f"<h1>{escape(report.title)}</h1>",
        "<table cellspacing='0' cellpadding='1'>",
    ]
    for key, value in report.header:
        parts.append(f"<tr><td><b>{escape(key)}</b></td><td>&nbsp;:&nbsp;{escape(value)}</td></tr>")
    parts.append("</table>")
    if report.empty_message:
        parts.append(f"<p class='empty'>{escape(report.empty_message)}</p>")
    for table in report.tables:
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.note:
            parts.append(f"<p class='note'><i>{escape(table.note)}</i></p>")
        if not table.rows and table.note:
            continue
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>")
        widths = _widths(table.headers, table.rows)
        parts += [f"<th width='{w}%'>{escape(h)}</th>" for h, w in zip(table.headers, widths,
                                                                      strict=True)]  # fmt: skip
        parts.append("</tr>")
        for index, row in enumerate(table.rows):
            bold = table.total_row and index == len(table.rows) - 1
            parts.append("<tr>")
            for value in row:
                text = escape(cell_text(value))
                if bold:
                    text = f"<b>{text}</b>"
                align = " align='right'" if _numeric(value) else ""
                parts.append(f"<td{align}>{text}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append(
        f"<p class='note'>Berdaya — dibuat {report.generated_on:%d/%m/%Y}. "
        "NIK disamarkan kecuali diminta pengguna.</p></body></html>"
    )
    return "".join(parts)

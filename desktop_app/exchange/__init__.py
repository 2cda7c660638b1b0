"""Excel exchange: reading (any shape), mapping, validation, matching and merge, writing.

No Qt here. See ``types.py`` for the data passed between the reading side and the apply side,
and ``docs/excel-format.md`` for the workbook format.
"""

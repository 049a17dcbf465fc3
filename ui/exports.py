"""Downloads: the shown rows or the whole table as CSV, UTF-8, dates as ISO strings, every contract
column.  Cells a spreadsheet would run as a formula are neutralised (OWASP CSV injection advice)."""
from __future__ import annotations

import re

import pandas as pd

from pipeline import schema

# A cell that starts like a formula but is a plain number ("-8.1", "+3") is left alone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet would evaluate, keeping numbers such as -8.1 intact."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as spreadsheet-safe CSV bytes (UTF-8, contract columns in order when present)."""
    safe = frame.copy()
    for name in safe.columns:
        column = schema.BY_NAME.get(name)
        if (column is not None and column.type == "str") or safe[name].dtype == object:
            safe[name] = safe[name].map(lambda v: neutralise_cell(v) if isinstance(v, str) else v)
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")

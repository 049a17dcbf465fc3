"""The table contract: every column of the mentions table, its type and its meaning.

One row per mention: a dated happening, or a stock/valuation/money mention, or both when a figure
and a date share a sentence.  The pipeline calls :func:`validate` before writing a table and the
dashboard calls :func:`conform` + :func:`validate` after reading one, so a table that breaks the
contract is refused at both ends with a message naming the column and the row.

Types are logical: ``str`` (never missing: empty string), ``int`` (offsets; missing only where
the meaning says so), ``float`` (missing allowed), ``bool``.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: str          # str | int | float | bool
    meaning: str
    nullable: bool = False   # for int/float: may be missing


COLUMNS: tuple[Column, ...] = (
    # provenance
    Column("mention_id", "str",
           "stable id of this row: a hash of the document name and the offsets of what it mentions"),
    Column("event_id", "str", "shared by the mentions of one happening, across sentences and articles"),
    Column("doc", "str", "file name of the article"),
    Column("title", "str", "article title (manifest, HTML <title> or first short line); empty if unknown"),
    Column("publisher", "str", "publisher (manifest or HTML metadata); empty if unknown"),
    Column("published", "str", "publication date YYYY-MM-DD, the anchor of relative dates; empty if unknown"),
    Column("published_origin", "str", "where `published` came from: manifest, html-meta, dateline, text, or empty"),
    Column("url", "str", "article URL; empty if unknown"),
    Column("excerpt", "str", "the whole sentence, verbatim"),
    Column("char_start", "int", "offset of the sentence in the article text as read"),
    Column("char_end", "int", "end offset (exclusive): text[char_start:char_end] == excerpt"),
    # time
    Column("when", "str", "ISO 8601 at the text's precision: 2020, 2020-11, 2020-11-03, 2021-Q3, 2021-H1, 2021-SU, "
                          "2025-W47, 2025-W47-WE (its weekend), 1990/1999, 2018-10/2021-12, 2020/.. (open, from the "
                          "first year of 'since the 1950s' too); FY2025 for fiscal years, as the company names them "
                          "(start and end are the fiscal year's own days: a retailer's fiscal 2025 that ends on Jan. "
                          "31, 2026 is 2025-02-01 to 2026-01-31); a fiscal quarter or half off the calendar's is its "
                          "months (2026-08/2026-10 for a fiscal year ending in January); BC1300, BC13 for a year or "
                          "century BC (TimeML's form; start and end empty); empty if not placed"),
    Column("start", "str", "first day covered, YYYY-MM-DD; empty if not placed"),
    Column("end", "str", "last day covered, YYYY-MM-DD; empty if not placed or open-ended"),
    Column("precision", "str", "day, week, month, quarter, half, season, year, fiscal_year, decade, century, span "
                               "(also a fiscal quarter or half off the calendar's); empty if not placed"),
    Column("date_text", "str",
           "the temporal expression verbatim; empty when the row only takes its article's publication date"),
    Column("date_start", "int", "offset of date_text in the article text", nullable=True),
    Column("date_end", "int", "end offset of date_text (exclusive)", nullable=True),
    Column("timex_type", "str", "TimeML type of the expression: DATE, TIME, DURATION, SET; empty if none"),
    Column("timex_value", "str", "TimeML value of the expression (2020-11, P4Y, PRESENT_REF ...); empty if none"),
    Column("date_mod", "str",
           "TimeML modifier: BEFORE, AFTER, ON_OR_BEFORE, START, MID, END, APPROX ...; empty if none"),
    Column("date_status", "str", "empty when resolved; unresolved (relative, article date unknown), vague, ambiguous"),
    Column("future", "bool", "after the publication date, or a forecast or plan"),
    # market
    Column("market_kind", "str", "empty, or valuation, market_cap, market_value_change, share_price, share_move, ipo, "
                                 "fine, revenue, profit, net_worth, investment, transaction_volume, other"),
    Column("amount", "float", "the figure in currency units (3e9 for '$3 billion'); missing if none", nullable=True),
    Column("currency", "str", "ISO 4217 code of amount; empty if none"),
    Column("amount_usd", "float", "amount in US dollars when in USD or when the sentence gives the USD equivalent",
           nullable=True),
    Column("percent", "float", "signed percentage (-8.1 for 'fell 8.1%'); missing if none", nullable=True),
    Column("direction", "str", "up, down, or empty"),
    Column("approx", "str", "~ (about, nearly), > (more than), < (less than), or empty"),
    Column("money_text", "str", "the figure or market phrase verbatim; empty if none"),
    Column("money_start", "int", "offset of money_text in the article text", nullable=True),
    Column("money_end", "int", "end offset of money_text (exclusive)", nullable=True),
    Column("subject", "str", "whose value or figure it is (Alibaba, Ant Group ...); empty if the sentence does not "
                             "say"),
    # story
    Column("headline", "str", "short label for the chart, taken from the sentence"),
    Column("category", "str", "one of the story taxonomy's categories"),
    Column("actors", "str", "people and organisations the sentence is about, ';'-separated"),
    Column("importance", "float", "ranking score for key events (higher first); see pipeline/events.py"),
)

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
BY_NAME = {c.name: c for c in COLUMNS}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The forms of `when` (its column above): one period, or a span closed by a second period or left open ("..").
# Tests hold every `when` the engine writes on the reader sets to it; validate does not, so one odd reading in an
# unseen article cannot stop a whole run.
_PERIOD = r"(?:BC\d\d(?:\d\d)?|FY\d{4}|\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d(?:-WE)?))?)"
WHEN_FORM = re.compile(rf"{_PERIOD}(?:/(?:{_PERIOD}|\.\.))?")
_STR = pd.Series([""]).astype(str).dtype    # what conform makes of a text column
_ARROW_TEXT = isinstance(_STR, pd.StringDtype) and _STR.storage == "pyarrow"


class ContractError(ValueError):
    """A table breaks the contract; the message names the column and a row."""


def empty() -> pd.DataFrame:
    """A table with every column and no rows."""
    return conform(pd.DataFrame({name: [] for name in NAMES}))


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a table (e.g. just read from CSV) to the contract's types, columns in contract order.

    Missing columns raise; extra columns are dropped (they are not part of the contract).
    """
    missing = [name for name in NAMES if name not in frame.columns]
    if missing:
        raise ContractError(f"columns missing from the table: {', '.join(missing)}")
    out = {}
    for col in COLUMNS:
        values = frame[col.name]
        if _conformed(values, col):
            out[col.name] = values
            continue
        try:
            if col.type == "str":
                out[col.name] = values.astype(object).where(values.notna(), "").astype(str)
            elif col.type == "int":
                out[col.name] = pd.to_numeric(values, errors="raise").astype("Int64")
            elif col.type == "float":
                out[col.name] = pd.to_numeric(values, errors="raise").astype("float64")
            elif col.type == "bool":
                out[col.name] = values.map(_to_bool).astype(bool)
        except (ValueError, TypeError) as exc:
            raise ContractError(f"column {col.name!r} is not {col.type}: {exc}") from exc
    return pd.DataFrame(out, index=frame.index)


def from_rows(rows: list[dict]) -> pd.DataFrame:
    """The conformed table of rows given as dicts (each with every contract column; others ignored).

    The same table as ``conform(pd.DataFrame(rows))``, built column by column with each column's type at
    once, which is several times faster for rows made by the pipeline; values of other types (or that do
    not fit their column) take the way through :func:`conform`, which explains what is wrong."""
    if not rows:
        return empty()
    columns = {name: list(map(operator.itemgetter(name), rows)) for name in NAMES}
    try:
        typed = {col.name: _typed(columns[col.name], col) for col in COLUMNS}
    except (ValueError, TypeError):
        return conform(pd.DataFrame(columns))
    return pd.DataFrame(typed)


def _typed(values: list, col: Column) -> pd.Series:
    if col.type == "str":
        series = _arrow_text(values) if _ARROW_TEXT else None
        if series is None:
            series = pd.Series(values, dtype=_STR)
        return series.fillna("") if series.hasnans else series
    if col.type == "int":
        return pd.Series(pd.array(values, dtype="Int64"))
    if col.type == "float":
        return pd.Series(np.array(values, dtype="float64"))
    return pd.Series(np.fromiter(map(_to_bool, values), dtype=bool, count=len(values)))


def _arrow_text(values: list) -> pd.Series | None:
    """A text column of str (and missing values) as pyarrow reads it into the column's storage: several
    times faster than pandas, which first checks every value in Python.  None when pyarrow refuses a
    value (a number, a date) that pandas turns into text its own way."""
    try:
        return pd.Series(pd.array(pa.array(values, type=pa.large_string(), from_pandas=True), dtype=_STR))
    except (pa.ArrowException, ValueError, TypeError):
        return None


def _conformed(values: pd.Series, col: Column) -> bool:
    """Is a column already of its contract type (nothing for :func:`conform` to do)?"""
    if col.type == "str":
        return values.dtype == _STR and not values.hasnans
    return values.dtype == {"int": "Int64", "float": "float64", "bool": bool}[col.type]


def _to_bool(value) -> bool:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no", ""):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    if value is None or value != value:
        return False
    return bool(value)


def validate(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a conformed table against the contract; return it unchanged or raise ContractError."""
    if tuple(frame.columns) != NAMES:
        raise ContractError(f"columns differ from the contract: {list(frame.columns)}")
    for col in COLUMNS:
        series = frame[col.name]
        if col.type == "int" and not col.nullable and series.isna().any():
            row = int(series.isna().to_numpy().nonzero()[0][0])
            raise ContractError(f"column {col.name!r} is missing in row {row}")
    _check(frame, frame["char_start"] <= frame["char_end"], "char_start <= char_end")
    _check(frame, frame["excerpt"].str.len() == frame["char_end"] - frame["char_start"],
           "len(excerpt) == char_end - char_start")
    for name in ("published", "start", "end"):
        ok = (frame[name] == "") | frame[name].str.fullmatch(_DAY.pattern)
        _check(frame, ok, f"{name} is YYYY-MM-DD or empty")
    both = (frame["start"] != "") & (frame["end"] != "")
    _check(frame, ~both | (frame["start"] <= frame["end"]), "start <= end")
    # (a year or century BC has a `when` but no day the table can hold)
    _check(frame, ((frame["when"] == "") | frame["when"].str.startswith("BC")) == (frame["start"] == ""),
           "when and start are filled together (but for a date BC, which has no start)")
    dated = frame["date_text"] != ""
    _check(frame, ~dated | frame["date_start"].notna(), "date_text has its offsets")
    _check(frame, frame["mention_id"] != "", "mention_id is filled")
    if frame["mention_id"].duplicated().any():
        dup = frame.loc[frame["mention_id"].duplicated(), "mention_id"].iloc[0]
        raise ContractError(f"mention_id {dup!r} is not unique")
    return frame


def _check(frame: pd.DataFrame, ok: pd.Series, rule: str) -> None:
    bad = ~ok.fillna(False).astype(bool)
    if bad.any():
        row = frame.index[bad.to_numpy()][0]
        raise ContractError(f"rule broken: {rule} (row {row}: {frame.loc[row].to_dict()})")


def markdown_table() -> str:
    """The contract as the Markdown table the README shows (tests compare the two)."""
    lines = ["| column | type | meaning |", "| --- | --- | --- |"]
    for col in COLUMNS:
        kind = col.type + (" (may be missing)" if col.nullable else "")
        lines.append(f"| `{col.name}` | {kind} | {col.meaning} |")
    return "\n".join(lines)

"""Reading a date range typed in words ("2020 to 2021", "since March 2023", "before 2022").

Each side is a *period* (a day, a month, a quarter, a year, a decade), read first by the patterns of
``ui/resources/typed_periods.tsv`` and then by dateparser (``languages=['en']``: without it an
unreadable string costs seconds, trying every language).  The words that join or open the sides
("to", "since", "before", "between ... and") are in ``ui/resources/date_range_words.tsv``.
Relative words ("last year") are read against ``today``, which the caller passes in.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.rules import load_table

UI_RESOURCES = Path(__file__).with_name("resources")
WORDS_TABLE = UI_RESOURCES / "date_range_words.tsv"
PERIODS_TABLE = UI_RESOURCES / "typed_periods.tsv"


def ui_table(path: Path) -> tuple[dict[str, str], ...]:
    """A table of ``ui/resources`` in the format of ``pipeline/rules.py`` (an absolute path is honoured)."""
    return load_table(str(path))


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class DateRange:
    """``date_from``/``date_to`` as YYYY-MM-DD ("" = open); ``message`` says why nothing was read."""

    date_from: str = ""
    date_to: str = ""
    message: str = ""

    @property
    def empty(self) -> bool:
        return not self.date_from and not self.date_to


@dataclass(frozen=True)
class _Word:
    phrase: str
    position: str
    meaning: str


@functools.lru_cache(maxsize=1)
def _words() -> tuple[_Word, ...]:
    rows = [_Word(r["phrase"].lower(), r["position"], r["meaning"]) for r in ui_table(WORDS_TABLE)]
    # Longest phrases first, so that "up to" wins over "to".
    return tuple(sorted(rows, key=lambda w: -len(w.phrase)))


@functools.lru_cache(maxsize=1)
def _period_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["period"], re.compile(r["pattern"], re.IGNORECASE)) for r in ui_table(PERIODS_TABLE))


@functools.lru_cache(maxsize=4)
def _dateparser(today: dt.date):
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY",
        "RELATIVE_BASE": dt.datetime.combine(today, dt.time())})


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _quarter(year: int, quarter: int) -> Period:
    first_month = 3 * (quarter - 1) + 1
    return Period(dt.date(year, first_month, 1), _month_end(year, first_month + 2))


def read_period(text: str, today: dt.date) -> Period | None:
    """The period one side of a range names, or None."""
    text = " ".join(text.strip().strip(".,;").split())
    if not text:
        return None
    for kind, pattern in _period_patterns():
        match = pattern.fullmatch(text)
        if not match:
            continue
        parts = match.groupdict()
        if kind == "decade":
            first = int(parts["decade"]) * 10
            return Period(dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
        year = int(parts["year"])
        if kind == "quarter":
            return _quarter(year, int(parts["quarter"]))
        if kind == "half":
            half = int(parts["half"])
            return Period(dt.date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if not any(ch.isalnum() for ch in text):
        return None
    data = _dateparser(today).get_date_data(text)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return Period(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    if data.period == "quarter":
        return _quarter(day.year, (day.month - 1) // 3 + 1)
    if data.period == "month":
        return Period(dt.date(day.year, day.month, 1), _month_end(day.year, day.month))
    if data.period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return Period(monday, monday + dt.timedelta(days=6))
    return Period(day, day)


def _strip_prefix(text: str) -> tuple[_Word | None, str]:
    for word in _words():
        if word.position == "prefix" and (text == word.phrase or text.startswith(word.phrase + " ")):
            return word, text[len(word.phrase):].strip()
    return None, text


def _split_infix(text: str, today: dt.date, *, dashes: bool) -> tuple[Period, Period] | None:
    """The two sides of "A to B", trying every connector at every place it occurs.

    Word connectors ("to", "until") are tried before the text is read as one period, dashes after:
    "2020-11-03" is one day, not 2020 to November 3.
    """
    for word in _words():
        if word.position != "infix" or word.phrase.isalpha() == dashes:
            continue
        pattern = re.escape(word.phrase) if dashes else r"(?<!\S)" + re.escape(word.phrase) + r"(?!\S)"
        for match in re.finditer(pattern, text):
            left, right = text[:match.start()].strip(), text[match.end():].strip()
            _, left = _strip_prefix(left)
            first, last = read_period(left, today), read_period(right, today)
            if first and last:
                return (first, last) if first.first <= last.last else (last, first)
    return None


def _with_prefix(word: _Word, period: Period) -> DateRange:
    if word.meaning == "start_of":
        return DateRange(period.first.isoformat(), "")
    if word.meaning == "after":
        return DateRange((period.last + dt.timedelta(days=1)).isoformat(), "")
    if word.meaning == "before":
        return DateRange("", (period.first - dt.timedelta(days=1)).isoformat())
    if word.meaning == "end_of":
        return DateRange("", period.last.isoformat())
    return DateRange(period.first.isoformat(), period.last.isoformat())


def parse_date_range(text: str, today: dt.date | None = None) -> DateRange:
    """A typed date range as ``DateRange(date_from, date_to)``; an unreadable text gives a message."""
    today = today or dt.date.today()
    cleaned = " ".join(text.lower().split())
    if not cleaned:
        return DateRange()
    word, rest = _strip_prefix(cleaned)
    if word:
        period = read_period(rest, today)
        if period:
            return _with_prefix(word, period)
    sides = _split_infix(cleaned, today, dashes=False)
    whole = None if sides else read_period(cleaned, today)
    if whole:
        return DateRange(whole.first.isoformat(), whole.last.isoformat())
    sides = sides or _split_infix(cleaned, today, dashes=True)
    if sides:
        return DateRange(sides[0].first.isoformat(), sides[1].last.isoformat())
    return DateRange(message=f"Could not read “{text.strip()}” as dates; try “2020 to 2021”, "
                             f"“since March 2023” or “before 2022”.")

"""Properties of extraction on any text (hypothesis): it does not raise, every row's offsets slice back
to its excerpt, date and figure, every ``when`` is ISO 8601 at its precision and agrees with
``start``/``end``, and the rows make a table that keeps the contract.

The texts mix the real phrases every rule is written for (the ``example`` column of every resource
table) with what arrives around real text: line ends, tabs, invisible and non-breaking spaces, emoji,
other scripts, stray punctuation and digits.
"""
import calendar
import datetime as dt
import re

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import schema
from pipeline.documents import Document
from pipeline.extract import extract_document, mentions_table
from pipeline.rules import all_tables, load_table

EXAMPLES = sorted({row["example"] for name in all_tables() for row in load_table(name) if row["example"]})
NOISE = ["\n", "\n\n", "\r\n", "\t", " ", "  ", "\u00a0", "\u200b", "\u2028", "\ufeff", "🚀", "阿里巴巴", "Алибаба",
         "علي بابا", ".", ",", ";", "—", "(", ")", "\"", "’", "$", "%", "-", "/", "0", "1", "19", "2025", "Q", "FY",
         "\x00", "\x0c"]

texts = st.one_of(
    st.lists(st.sampled_from(EXAMPLES) | st.sampled_from(NOISE), max_size=30).map("".join),
    st.lists(st.sampled_from(EXAMPLES) | st.sampled_from(NOISE) | st.text(max_size=12), max_size=20).map(" ".join),
    st.text(max_size=200),
)
anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
locales = st.sampled_from(["", "en-US", "en-GB"])


# ---------------------------------------------------------------------------------------------
# ISO 8601 at a precision: the first and last day a `when` covers

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_SINGLE = [
    ("day", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("week", re.compile(r"(\d{4})-W(\d{2})(-WE)?")),
    ("month", re.compile(r"(\d{4})-(\d{2})")),
    ("quarter", re.compile(r"(\d{4})-Q([1-4])")),
    ("half", re.compile(r"(\d{4})-H([12])")),
    ("season", re.compile(r"(\d{4})-(SP|SU|FA|WI)")),
    ("year", re.compile(r"(\d{4})")),
    ("fiscal_year", re.compile(r"FY(\d{4})")),
]


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def single_period(value: str) -> tuple[str, dt.date, dt.date | None]:
    """(precision, first day, last day) of one ISO 8601 value; ValueError if it is not one."""
    bc = re.fullmatch(r"BC\d\d(\d\d)?", value)
    if bc:
        return ("year" if bc.group(1) else "century"), None, None     # TimeML's year or century BC: no days
    for precision, pattern in _SINGLE:
        match = pattern.fullmatch(value)
        if not match:
            continue
        year = int(match.group(1))
        if precision == "day":
            day = dt.date(year, int(match.group(2)), int(match.group(3)))
            return precision, day, day
        if precision == "week":
            first = dt.date.fromisocalendar(year, int(match.group(2)), 6 if match.group(3) else 1)
            return precision, first, dt.date.fromisocalendar(year, int(match.group(2)), 7)
        if precision == "month":
            month = int(match.group(2))
            return precision, dt.date(year, month, 1), _month_end(year, month)
        if precision in ("quarter", "half"):
            size = 3 if precision == "quarter" else 6
            last_month = int(match.group(2)) * size
            return precision, dt.date(year, last_month - size + 1, 1), _month_end(year, last_month)
        if precision == "season":
            first_month, last_month = _SEASON_MONTHS[match.group(2)]
            return precision, dt.date(year, first_month, 1), _month_end(year, last_month)
        if precision == "year":
            return precision, dt.date(year, 1, 1), dt.date(year, 12, 31)
        return precision, None, None  # a fiscal year's days follow its company's convention
    raise ValueError(f"{value!r} is not ISO 8601 at any precision of the contract")


def covered_days(when: str, precision: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a `when` covers, checking it is written as its precision says."""
    if "/" not in when:
        found, first, last = single_period(when)
        assert found == precision, f"{when!r} is {found}, the row says {precision}"
        return first, last
    left, right = when.split("/")
    _, first, _ = single_period(left)
    last = None if right == ".." else single_period(right)[2]
    if precision in ("decade", "century"):
        size = 10 if precision == "decade" else 100
        begins = int(left) if re.fullmatch(r"\d{4}", left) else -1
        # The calendar has no year 0: the first decade and century start in year 1.
        assert (begins % size == 0 or begins == 1) and right == f"{begins - begins % size + size - 1:04d}", \
            f"{when!r} is not a {precision}"
    else:
        assert precision == "span", f"{when!r} is an interval, the row says {precision}"
    return first, last


# ---------------------------------------------------------------------------------------------
# the property

def check_rows(text: str, rows: list[dict]) -> None:
    for row in rows:
        assert text[row["char_start"]:row["char_end"]] == row["excerpt"]
        if row["date_text"]:
            assert text[row["date_start"]:row["date_end"]] == row["date_text"]
        if row["money_text"]:
            assert text[row["money_start"]:row["money_end"]] == row["money_text"]
        when, start, end = row["when"], row["start"], row["end"]
        if not when:
            assert (start, end, row["precision"]) == ("", "", "")
            continue
        first, last = covered_days(when, row["precision"])
        if first is not None:
            assert start == first.isoformat(), f"{when!r} starts on {first}, the row says {start}"
        if row["precision"] != "fiscal_year" and (last is not None or "/.." in when):
            assert end == (last.isoformat() if last else ""), f"{when!r} ends on {last}, the row says {end}"
        if row["precision"] == "fiscal_year":
            # a year of twelve whole months, named by the year it ends in or (a retailer's way) the year it starts in
            fiscal_end = dt.date.fromisoformat(end)
            fiscal_start = dt.date(fiscal_end.year - (fiscal_end.month < 12), fiscal_end.month % 12 + 1, 1)
            assert start == fiscal_start.isoformat() and int(when[2:]) in (fiscal_end.year, fiscal_start.year)
        assert not end or start <= end
    if rows:
        schema.validate(schema.conform(pd.DataFrame(rows)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, anchor=anchors, locale=locales)
@example(text="On a cold November evening in Shanghai in 2020,\u00a0the IPO was canceled.\r\n\r\nShares fell "
              "8.1% to $400 billion.", anchor=dt.date(2025, 11, 24), locale="")
@example(text="Over the past decade, sales rose. Over the past two decades, the past century.",
         anchor=dt.date(2025, 11, 24), locale="")
@example(text="\x00\u200b\n\n\ufeff", anchor=None, locale="en-GB")
@example(text="In 2019 it stood at 698 billion yuan at the end of the year.", anchor=None, locale="")
@example(text="Roman trade routes of the 1st century BC reached the 1990s port.", anchor=dt.date(1, 1, 1), locale="")
@example(text="By 9999, a year later, in 10,000 years: fiscal 9999.", anchor=dt.date(9999, 12, 31), locale="en-US")
def test_extraction_of_any_text_keeps_its_promises(text, anchor, locale):
    document = Document(doc="any.txt", path="any.txt", text=text, published=anchor, locale=locale)
    rows = extract_document(document)
    check_rows(text, rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles=st.lists(st.tuples(texts, anchors), min_size=1, max_size=4))
def test_rows_of_several_documents_make_one_table_that_keeps_the_contract(articles):
    rows = []
    for number, (text, anchor) in enumerate(articles):
        rows += extract_document(Document(doc=f"{number}.txt", path=f"{number}.txt", text=text, published=anchor))
    table = mentions_table(rows)
    assert len(table) == len(rows) and table["mention_id"].is_unique

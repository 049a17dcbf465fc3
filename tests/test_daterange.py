"""Typed date ranges: every example of the two resource tables, and the edges of the grammar."""
import datetime as dt

import pytest

from ui.daterange import PERIODS_TABLE, WORDS_TABLE, parse_date_range, read_period, ui_table

TODAY = dt.date(2026, 11, 22)  # the day the tables' expectations were written against


def _shown(found) -> str:
    return f"{found.date_from or '..'}/{found.date_to or '..'}"


@pytest.mark.parametrize("row", ui_table(WORDS_TABLE) + ui_table(PERIODS_TABLE), ids=lambda r: r["example"])
def test_every_example_of_the_range_tables_reads_as_its_expected_range(row):
    assert _shown(parse_date_range(row["example"], TODAY)) == row["expect"]


@pytest.mark.parametrize("path", [WORDS_TABLE, PERIODS_TABLE], ids=lambda p: p.name)
def test_every_rule_of_the_range_tables_has_a_header_comment_and_an_example(path):
    assert path.read_text(encoding="utf-8").startswith("#")
    assert all(row["example"] and row["expect"] for row in ui_table(path))


def test_a_full_date_typed_in_iso_form_is_that_day_not_a_range_cut_at_its_dashes():
    assert _shown(parse_date_range("2020-11-03", TODAY)) == "2020-11-03/2020-11-03"


def test_relative_words_are_read_against_the_day_given():
    assert _shown(parse_date_range("since last year", TODAY)) == "2025-01-01/.."
    assert _shown(parse_date_range("since last year", dt.date(2021, 5, 1))) == "2020-01-01/.."


def test_a_range_typed_backwards_is_put_in_order():
    assert _shown(parse_date_range("2021 to 2018", TODAY)) == "2018-01-01/2021-12-31"


def test_a_month_without_a_year_is_read_in_the_year_of_today():
    assert _shown(parse_date_range("in February", TODAY)) == "2026-02-01/2026-02-28"


def test_a_leap_february_ends_on_the_29th():
    assert read_period("February 2024", TODAY).last == dt.date(2024, 2, 29)


@pytest.mark.parametrize("typed", ["whenever", "the Ant Group IPO", "to", "since"])
def test_words_that_are_not_dates_give_a_message_and_no_range(typed):
    found = parse_date_range(typed, TODAY)
    assert found.empty and typed in found.message


def test_an_empty_box_is_no_range_and_no_message():
    found = parse_date_range("   ", TODAY)
    assert found.empty and not found.message

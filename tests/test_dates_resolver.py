"""The resolver: a pure function of an expression's parts, the anchor date, the tense of its clause and
the last date the text mentioned.  Anchors are real publication dates (seed 003: Monday 2025-11-24;
TimeBank wsj_0127: Thursday 1989-10-26)."""
import datetime as dt

import pytest

from pipeline.dates import tag_dates
from pipeline.dates.resolver import (Period, Resolution, days_of_a_holiday, ended_stretch, long_gone, needs_tense,
                                     past_differs, period_of_value, resolve, span, started_stretch_end,
                                     whole_periods_ahead, year_the_holiday_ends_on)
from pipeline.dates.timex import timexes

MONDAY = dt.date(2025, 11, 24)
WSJ = dt.date(1989, 10, 26)

CASES = [
    # (what, parts, anchor, tense, reference, TimeML value, table when)
    ("sales grew 12% in that period, after a quarter was told, are of that quarter",
     {"unit": "P", "shift": 0, "anaphoric": True}, MONDAY, "past", Period("Q", 2025, 3), "2025-Q3", "2025-Q3"),
    ("In February in a November article about the past is the February before",
     {"month": 2}, MONDAY, "past", None, "2025-02", "2025-02"),
    ("will launch in February in a November article is the February after",
     {"month": 2}, MONDAY, "future", None, "2026-02", "2026-02"),
    ("a month without tense is the one before unless the next starts within weeks",
     {"month": 12}, MONDAY, "", None, "2025-12", "2025-12"),
    ("a month without tense far ahead is last year's",
     {"month": 8}, dt.date(2025, 3, 17), "", None, "2024-08", "2024-08"),
    ("on Friday in a Monday article is the Friday before",
     {"weekday": 5}, MONDAY, "past", None, "2025-11-21", "2025-11-21"),
    ("a weekday of the article's own day is that day",
     {"weekday": 1}, MONDAY, "", None, "2025-11-24", "2025-11-24"),
    ("next Friday in a Monday article is the Friday after",
     {"weekday": 5, "shift": 1}, MONDAY, "", None, "2025-11-28", "2025-11-28"),
    ("next Tuesday in a Monday article is not tomorrow but the Tuesday of the week after",
     {"weekday": 2, "shift": 1}, MONDAY, "", None, "2025-12-02", "2025-12-02"),
    ("next Monday in a Sunday article may be the next day, which opens a week of its own",
     {"weekday": 1, "shift": 1}, dt.date(2025, 11, 23), "", None, "2025-11-24", "2025-11-24"),
    ("Tuesday week in a Monday article is a week on from tomorrow",
     {"weekday": 2, "shift": 2}, MONDAY, "", None, "2025-12-02", "2025-12-02"),
    ("yesterday is the day before the anchor",
     {"ref_type": "DATE", "ref_value": "D-1"}, MONDAY, "", None, "2025-11-23", "2025-11-23"),
    ("the new year a habit names ('you haul the boats out before the new year') is each one, no year's",
     {"ref_type": "DATE", "ref_value": "N", "det": True, "habitual": True}, MONDAY, "", None, "XXXX", ""),
    ("last year is the year before the anchor",
     {"unit": "Y", "shift": -1}, MONDAY, "", None, "2024", "2024"),
    ("next month is the month after the anchor",
     {"unit": "M", "shift": 1}, MONDAY, "", None, "2025-12", "2025-12"),
    ("last week is the ISO week before the anchor's",
     {"unit": "W", "shift": -1}, MONDAY, "", None, "2025-W47", "2025-W47"),
    ("the next two summers told in winter are this summer and the one after it, as next summer opens them",
     {"season": "SU", "det": True, "shift": 1, "counted": 2}, dt.date(2026, 1, 15), "future", None, "2026-SU",
     "2026-SU/2027-SU"),
    ("two years ago counts back from the anchor",
     {"unit": "Y", "count": 2, "direction": "ago"}, MONDAY, "", None, "2023", "2023"),
    ("a year earlier after a quarter is the same quarter a year before",
     {"unit": "Y", "count": 1, "direction": "earlier"}, WSJ, "", Period("Q", 1989, 3), "1988-Q3", "1988-Q3"),
    ("twelve months earlier than a year told is the year before it, not its January a year back",
     {"unit": "M", "count": 12, "direction": "earlier"}, MONDAY, "", Period("Y", 2025), "2024", "2024"),
    ("a year ago after a half still to come counts from the writing",
     {"unit": "Y", "count": 1, "direction": "ago"}, dt.date(2026, 3, 11), "", Period("H", 2026, 2), "2025", "2025"),
    ("the following year moves with the last date mentioned",
     {"unit": "Y", "shift": 1, "anaphoric": True}, MONDAY, "", Period("Y", 2019), "2020", "2020"),
    ("the following Easter moves with the last date mentioned, as the following April does",
     {"holiday": "easter+0", "det": True, "shift": 1, "anaphoric": True}, MONDAY, "", Period("Y", 2019),
     "2020-04-12", "2020-04-12"),
    ("the next Christmas told in February is this year's, still ahead, as next April is ('the coming Christmas "
     "holidays')", {"holiday": "12-25", "det": True, "shift": 1}, dt.date(2026, 2, 10), "future", None,
     "2026-12-25", "2026-12-25"),
    ("next Christmas written within a week of this year's is the one after, as next Wednesday on a Tuesday is",
     {"holiday": "12-25", "shift": 1}, dt.date(2025, 12, 20), "future", None, "2026-12-25", "2026-12-25"),
    ("... while the coming Christmas then is this year's",
     {"holiday": "12-25", "det": True, "shift": 1}, dt.date(2025, 12, 20), "future", None, "2025-12-25", "2025-12-25"),
    ("... and next Christmas written weeks before it is this year's",
     {"holiday": "12-25", "shift": 1}, dt.date(2025, 12, 1), "future", None, "2025-12-25", "2025-12-25"),
    ("... and the next Easter told after this year's is next year's",
     {"holiday": "easter+0", "det": True, "shift": 1}, dt.date(2026, 6, 10), "future", None,
     "2027-03-28", "2027-03-28"),
    ("this Easter in a clause of no tense is the nearer one, six weeks ahead in February, as this April is",
     {"holiday": "easter+0", "shift": 0}, dt.date(2026, 2, 17), "", None, "2026-04-05", "2026-04-05"),
    ("... and this Christmas told so in early January is the one just gone",
     {"holiday": "12-25", "shift": 0}, dt.date(2026, 1, 5), "", None, "2025-12-25", "2025-12-25"),
    ("the previous Christmas is the last one before the day told",
     {"holiday": "12-25", "det": True, "shift": -1, "anaphoric": True}, MONDAY, "past",
     Period.of("D", dt.date(2021, 3, 9)), "2020-12-25", "2020-12-25"),
    ("the third quarter in an October report is this year's",
     {"unit": "Q", "ordinal": 3, "det": True}, WSJ, "future", None, "1989-Q3", "1989-Q3"),
    ("the year-earlier quarter is the reported quarter a year before",
     {"unit": "Q", "yearshift": -1, "det": True}, WSJ, "", Period("Q", 1989, 3), "1988-Q3", "1988-Q3"),
    ("the first half of 2023 is H1",
     {"unit": "H", "ordinal": 1, "year": 2023}, MONDAY, "", None, "2023-H1", "2023-H1"),
    ("a season named with its year",
     {"season": "SU", "year": 2021}, MONDAY, "", None, "2021-SU", "2021-SU"),
    ("the 1990s is a decade",
     {"decade": 199}, MONDAY, "", None, "199", "1990/1999"),
    ("the '80s is the last decade of that name",
     {"decade_yy": 80}, MONDAY, "", None, "198", "1980/1989"),
    ("the end of the decade is its last year on the table, the decade in TimeML",
     {"unit": "E", "det": True, "mod": "END", "decade_edge": True}, MONDAY, "future", None, "202", "2029"),
    ("the late 1980s, a part of the decade and no edge of it, stays the decade",
     {"decade": 198, "det": True, "mod": "END"}, MONDAY, "", None, "198", "1980/1989"),
    ("the 20th century",
     {"unit": "C", "ordinal": 20, "det": True}, MONDAY, "", None, "19", "1900/1999"),
    ("the past century is the hundred years up to now, as the past decade is ten",
     {"unit": "C", "vague": "PAST", "det": True}, dt.date(1989, 11, 1), "", None, "P100Y", "1889/1989"),
    ("the coming decade keeps its months, as any count ahead does",
     {"unit": "E", "vague": "FUTURE", "det": True}, dt.date(2024, 3, 12), "", None, "P10Y", "2024-03/2034-03"),
    ("the last week with its the is the seven days up to now, as the past week is",
     {"unit": "W", "det": True, "shift": -1}, MONDAY, "past", None, "P1W", "2025-11-17/2025-11-24"),
    ("last week without the is the calendar week before",
     {"unit": "W", "shift": -1}, MONDAY, "past", None, "2025-W47", "2025-W47"),
    ("the last month with its the is the month up to now",
     {"unit": "M", "det": True, "shift": -1}, MONDAY, "past", None, "P1M", "2025-10/2025-11"),
    ("fiscal 2025 is its own value",
     {"fiscal": True, "year": 2025, "fiscal_end": 3}, MONDAY, "", None, "2025", "FY2025"),
    ("a year range is a span",
     {"year": 2019, "year2": 2021}, MONDAY, "", None, "2019", "2019/2021"),
    ("a day range is a span of days",
     {"month": 11, "day": 1, "day2": 3, "year": 2020}, MONDAY, "", None, "2020-11-01", "2020-11-01/2020-11-03"),
    ("Thanksgiving is the fourth Thursday of November",
     {"holiday": "4:4:11", "year": 2025}, MONDAY, "", None, "2025-11-27", "2025-11-27"),
    ("Good Friday follows Easter",
     {"holiday": "easter-2", "year": 2024}, MONDAY, "", None, "2024-03-29", "2024-03-29"),
    ("last February written in March is the February a year before: the month just gone is last month",
     {"month": 2, "shift": -1}, dt.date(1998, 3, 1), "", None, "1997-02", "1997-02"),
    ("last November written in January is the November just gone",
     {"month": 11, "shift": -1}, dt.date(2000, 1, 13), "", None, "1999-11", "1999-11"),
    ("six weeks ago keeps the granularity of its unit in TimeML, a week, and lands on a day in the table",
     {"unit": "W", "count": 6, "direction": "ago"}, dt.date(2000, 1, 6), "", None, "1999-W47", "1999-11-25"),
    ("a week counted back roughly from the writing stays the week it lands in",
     {"unit": "W", "count": 2, "direction": "ago", "mod": "APPROX"}, dt.date(2025, 7, 1), "", None, "2025-W25",
     "2025-W25"),
    ("the weekend without tense is the one just gone",
     {"unit": "WE", "det": True}, dt.date(1990, 8, 13), "", None, "1990-W32-WE", "1990-W32-WE"),
    ("the weekend in a clause about the future is the coming one",
     {"unit": "WE", "det": True}, dt.date(1990, 8, 13), "future", None, "1990-W33-WE", "1990-W33-WE"),
    ("2 1/2 years is two years and six months",
     {"unit": "Y", "count": 2.5, "plural": True}, MONDAY, "", None, "P2Y6M", ""),
    ("a minute and a half is a minute and thirty seconds",
     {"unit": "min", "count": 1, "fraction": 0.5}, MONDAY, "", None, "PT1M30S", ""),
    ("two and a half years ago is counted in months",
     {"unit": "Y", "count": 2.5, "plural": True, "direction": "ago"}, MONDAY, "", None, "2023-05", "2023-05"),
    ("a few months previous to a month told are the months right before it ('had slumped over the previous two "
     "months', after October)", {"unit": "M", "plural": True, "det": True, "shift": -1, "anaphoric": True, "count": 2},
     MONDAY, "past", Period("M", 2025, 10), "P2M", "2025-08/2025-09"),
    ("... but the previous 12 months after a month may hold it, and are counted from no month",
     {"unit": "M", "plural": True, "det": True, "shift": -1, "anaphoric": True, "count": 12}, MONDAY, "past",
     Period("M", 2025, 10), "P12M", ""),
    ("a holiday spoken of as a recurring occasion is no particular day",
     {"holiday": "11-11", "habitual": True}, MONDAY, "", None, "XXXX-11-11", ""),
    ("coming months are a vague future",
     {"unit": "M", "plural": True, "vague": "FUTURE"}, MONDAY, "", None, "FUTURE_REF", ""),
    ("the coming weeks are the four weeks from the day written, a vague future placed on the calendar",
     {"unit": "W", "plural": True, "vague": "FUTURE", "det": True}, MONDAY, "", None, "FUTURE_REF",
     "2025-11-24/2025-12-22"),
    ("... and so are a few weeks ahead ('in a few weeks', setDX dx_review)",
     {"unit": "W", "plural": True, "vague": "FUTURE"}, MONDAY, "", None, "FUTURE_REF", "2025-11-24/2025-12-22"),
    ("a clock time takes the day of the last date mentioned",
     {"hour": 10, "minute": 35}, MONDAY, "", Period.of("D", dt.date(2025, 11, 21)), "2025-11-21T10:35", "2025-11-21"),
    ("a midnight past on the day written is the one that opened it, not its end still to come",
     {"daypart": "T24:00", "weekday": 1}, MONDAY, "past", None, "2025-11-24T00:00", "2025-11-24"),
    ("... but a midnight without tense that day is its end",
     {"daypart": "T24:00", "weekday": 1}, MONDAY, "", None, "2025-11-24T24:00", "2025-11-24"),
    ("... and so is a midnight past on a day before",
     {"daypart": "T24:00", "weekday": 5}, MONDAY, "past", None, "2025-11-21T24:00", "2025-11-21"),
    ("the second half of the year under way, in a clause not about the past, is this year's ('plans to list in "
     "Shanghai in the second half of the year', in March)", {"unit": "H", "ordinal": 2, "det": True,
     "year_of": {"unit": "Y", "det": True}, "of_the_year": True}, dt.date(2026, 3, 11), "", Period("D", 2026, 0,
     dt.date(2026, 1, 8)), "2026-H2", "2026-H2"),
    ("... but in a clause about the past it is the last one gone", {"unit": "H", "ordinal": 2, "det": True,
     "year_of": {"unit": "Y", "det": True}, "of_the_year": True}, dt.date(2026, 3, 11), "past", Period("D", 2026, 0,
     dt.date(2026, 1, 8)), "2025-H2", "2025-H2"),
    ("the week before a day told is the calendar week before it ('resumed talks on June 8, after they stalled the week "
     "before')", {"unit": "W", "det": True, "direction": "earlier"}, dt.date(2026, 6, 11), "past",
     Period("D", 2026, 0, dt.date(2026, 6, 8)), "2026-W23", "2026-W23"),
    ("... but a week counted before it lands on a day", {"unit": "W", "count": 1, "direction": "earlier"},
     dt.date(2026, 6, 11), "past", Period("D", 2026, 0, dt.date(2026, 6, 8)), "2026-06-01", "2026-06-01"),
    ("the rest of the decade after a year told runs from the year after it to the decade's end ('peak in 2027 and "
     "then ease for the rest of the decade')", {"unit": "E", "det": True, "side": "future"}, dt.date(2025, 9, 3),
     "future", Period("Y", 2027), "202", "2028/2029"),
    ("... and with no year told, from the year under way ('demand should hold up for the remainder of the decade')",
     {"unit": "E", "det": True, "side": "future"}, dt.date(2025, 9, 3), "future", None, "202", "2025/2029"),
]


@pytest.mark.parametrize("what,parts,anchor,tense,reference,value,when", CASES, ids=[c[0] for c in CASES])
def test_resolution_rules_with_a_fixed_anchor(what, parts, anchor, tense, reference, value, when):
    resolution = resolve(parts, anchor, tense, reference)
    assert (resolution.value, resolution.when) == (value, when)


def test_the_fiscal_year_runs_to_the_last_day_of_its_convention_month():
    resolution = resolve({"fiscal": True, "year": 2025, "fiscal_end": 3}, MONDAY)
    assert (resolution.first_day, resolution.last_day, resolution.precision) == (
        dt.date(2024, 4, 1), dt.date(2025, 3, 31), "fiscal_year")


@pytest.mark.parametrize("parts, first, last", [
    ({"fiscal": True, "year": 2025, "fiscal_end": 13}, dt.date(2025, 2, 1), dt.date(2026, 1, 31)),
    ({"fiscal": True, "year": 2025, "fiscal_end": 1}, dt.date(2024, 2, 1), dt.date(2025, 1, 31)),
    ({"unit": "Q", "ordinal": 4, "fiscal": True, "year": 2025, "fiscal_end": 13}, dt.date(2025, 11, 1),
     dt.date(2026, 1, 31)),
    ({"unit": "H", "ordinal": 1, "fiscal": True, "year": 2025, "fiscal_end": 13}, dt.date(2025, 2, 1),
     dt.date(2025, 7, 31)),
])
def test_a_fiscal_year_named_by_its_start_has_its_end_month_counted_past_december(parts, first, last):
    resolution = resolve(parts, MONDAY)
    assert (resolution.first_day, resolution.last_day) == (first, last)


def test_the_last_fiscal_year_of_a_company_naming_by_start_is_the_one_that_ended():
    # in November 2025 the fiscal year under way began in February 2025, so the last one is fiscal 2024
    resolution = resolve({"unit": "Y", "shift": -1, "det": True, "fiscal": True, "fiscal_end": 13}, MONDAY)
    assert (resolution.when, resolution.first_day, resolution.last_day) == (
        "FY2024", dt.date(2024, 2, 1), dt.date(2025, 1, 31))


@pytest.mark.parametrize("parts, value, when, first, last", [
    ({"unit": "E", "vague": "PAST", "det": True}, "P10Y", "2016/2026", dt.date(2016, 1, 1), dt.date(2026, 12, 31)),
    ({"unit": "C", "vague": "PAST", "det": True}, "P100Y", "1926/2026", dt.date(1926, 1, 1), dt.date(2026, 12, 31)),
    ({"unit": "E", "vague": "PAST", "det": True, "plural": True, "count": 2}, "P20Y", "2006/2026",
     dt.date(2006, 1, 1), dt.date(2026, 12, 31)),
])
def test_the_past_decade_covers_its_years_whole_from_the_first_day_of_the_first_one(parts, value, when, first, last):
    # "Exports to the region have doubled over the past decade", written on March 11, 2026: as "the past ten years"
    resolution = resolve(parts, dt.date(2026, 3, 11), "past")
    assert (resolution.value, resolution.when, resolution.first_day, resolution.last_day, resolution.precision) == (
        value, when, first, last, "span")


def test_a_duration_stays_off_the_calendar():
    resolution = resolve({"unit": "Y", "count": 4, "plural": True}, MONDAY)
    assert (resolution.timex_type, resolution.value, resolution.on_calendar, resolution.when) == (
        "DURATION", "P4Y", False, "")


def test_a_count_of_working_days_ahead_skips_the_weekends():
    resolution = resolve({"unit": "D", "count": 10, "plural": True, "workday": True, "det": True, "shift": 1},
                         dt.date(2026, 3, 6), "future")
    assert (resolution.value, resolution.when, resolution.future) == ("P10D", "2026-03-06/2026-03-20", True)


def test_vague_references_are_kept_with_their_vagueness():
    recent = resolve({"unit": "Q", "plural": True, "vague": "PAST"}, MONDAY)
    now = resolve({"ref_type": "DATE", "ref_value": "PRESENT_REF"}, MONDAY)
    assert (recent.timex_type, recent.value, recent.status, recent.on_calendar) == ("DATE", "PAST_REF", "vague", False)
    assert (now.value, now.on_calendar) == ("PRESENT_REF", False)


def test_a_relative_date_without_anchor_stays_unresolved_on_the_calendar():
    resolution = resolve({"unit": "Y", "shift": -1}, None)
    assert (resolution.when, resolution.status, resolution.on_calendar) == ("", "unresolved", True)


def test_a_count_later_with_no_reference_is_unresolved_not_counted_from_the_anchor():
    # "Twenty-five years later, the man who built China's dominant search engine ..." with no year told before
    later = resolve({"unit": "Y", "plural": True, "direction": "later", "count": 25}, MONDAY, "", None)
    assert (later.value, later.when, later.status, later.on_calendar) == ("", "", "unresolved", True)
    # ... while "ago" still counts from the anchor, and "later" from a reference
    assert resolve({"unit": "Y", "count": 2, "direction": "ago"}, MONDAY, "", None).value == "2023"
    assert resolve({"unit": "Y", "plural": True, "direction": "later", "count": 28}, MONDAY, "",
                   Period("M", 1997, 11)).value == "2025"


def test_an_explicit_year_needs_no_anchor():
    assert resolve({"year": 1999}, None).when == "1999"


def test_an_all_digit_date_is_read_by_locale_or_flagged_ambiguous():
    parts = {"numeric": (11, 3), "year": 2020}
    assert resolve(parts, MONDAY, locale="en-US").when == "2020-11-03"
    assert resolve(parts, MONDAY, locale="en-GB").when == "2020-03-11"
    unknown = resolve(parts, MONDAY)
    assert (unknown.status, unknown.when) == ("ambiguous", "2020")
    assert resolve({"numeric": (25, 3), "year": 2020}, MONDAY).when == "2020-03-25"


def test_a_date_after_the_anchor_is_future_and_a_plan_for_a_past_year_is_not():
    assert resolve({"year": 2030}, MONDAY).future
    assert not resolve({"year": 2023}, MONDAY, "future").future
    assert resolve({"unit": "Y", "shift": 0}, MONDAY, "future").future


def test_only_dates_named_without_their_year_depend_on_tense():
    assert needs_tense({"month": 2}) and needs_tense({"weekday": 5}) and needs_tense({"unit": "WE", "det": True})
    assert not needs_tense({"month": 2, "year": 2020}) and not needs_tense({"unit": "Y", "shift": -1})
    assert not needs_tense({"month": 3, "shift": -1}) and not needs_tense({"quarter": 3})


def test_a_weekday_reads_the_same_in_the_past_as_without_tense_and_a_day_or_month_may_not():
    assert not past_differs({"weekday": 5}) and not past_differs({"month": 11, "day": 3, "year": 2025})
    # (a day coming soon in the next year is this year's in a clause in the past: "on 15 January", in November)
    assert past_differs({"month": 1, "day": 15})
    assert past_differs({"month": 12}) and past_differs({"season": "FA"})
    assert past_differs({"daypart": "T24:00", "weekday": 5}) and needs_tense({"daypart": "T24:00"})
    december, early_november = {"month": 12}, dt.date(2025, 11, 3)
    assert resolve(december, early_november, "past").value == "2024-12"
    assert resolve(december, early_november, "").value == "2025-12"
    for weekday in range(1, 8):
        assert resolve({"weekday": weekday}, MONDAY, "past") == resolve({"weekday": weekday}, MONDAY, "")


def test_next_month_named_in_the_second_half_of_this_one_is_the_coming_one_whatever_the_tense():
    assert resolve({"month": 12}, MONDAY, "past").value == "2025-12"
    assert resolve({"month": 1}, MONDAY, "past").value == "2025-01"


def test_periods_shift_by_units_of_the_text():
    assert Period("Q", 1989, 3).shifted(-1, "Y") == Period("Q", 1988, 3)
    assert Period("M", 2025, 1).shifted(-1, "M") == Period("M", 2024, 12)
    assert Period.of("D", dt.date(2024, 2, 29)).shifted(1, "Y").day == dt.date(2025, 2, 28)
    assert Period.of("S", dt.date(2025, 1, 10)) == Period("S", 2024, 12)


def test_a_counted_period_ending_on_a_day_is_named_at_its_own_precision():
    def stretch(count, unit, ends_on):
        duration = Resolution("DURATION", f"P{count}{unit}")
        parts = {"count": count, "unit": unit, "ends_on": ends_on}
        return ended_stretch(parts, duration, dt.date(2025, 11, 24)).when
    assert stretch(3, "M", dt.date(2025, 9, 30)) == "2025-Q3"
    assert stretch(6, "M", dt.date(2025, 6, 30)) == "2025-H1"
    assert stretch(12, "M", dt.date(2024, 12, 31)) == "2024"
    assert stretch(9, "M", dt.date(2025, 9, 30)) == "2025-01/2025-09"
    assert stretch(2, "M", dt.date(2025, 10, 15)) == "2025-08-16/2025-10-15"
    assert stretch(3, "M", dt.date(2025, 1, 30)) == "2024-10-31/2025-01-30"
    assert stretch(2, "W", dt.date(2025, 3, 14)) == "2025-03-01/2025-03-14"
    assert stretch(3, "Y", dt.date(2021, 12, 31)) == "2019/2021"
    assert stretch(2, "E", dt.date(2050, 12, 31)) == "2031/2050"    # decades are told by their years
    assert ended_stretch({"count": 3, "unit": "M"}, Resolution("DURATION", "P3M"), None) is None


def test_the_timeml_value_of_a_week_named_by_the_sunday_it_ended_is_that_week_not_the_week_of_writing():
    [week] = tag_dates("Mortgage applications fell 3% in the week to Feb. 1, the lenders' group said.",
                       dt.date(2026, 2, 13))
    assert (week.when, [t.value for t in week.timexes]) == ("2026-W05", ["2026-W05", "2026-02-01"])
    [days] = tag_dates("Mortgage applications fell 3% in the week ending Jan. 30, the lenders' group said.",
                       dt.date(2026, 2, 13))
    assert (days.when, [t.value for t in days.timexes]) == ("2026-01-24/2026-01-30", ["P1W", "2026-01-30"])


def test_a_quarter_ended_a_few_days_off_a_months_end_is_told_by_its_months_as_a_week_calendar_names_it():
    def stretch(parts, ends_on):
        return ended_stretch(dict(parts, ends_on=ends_on), Resolution("DURATION", "P3M"), dt.date(2025, 11, 24)).when
    assert stretch({"unit": "Q"}, dt.date(2025, 9, 27)) == "2025-Q3"       # "the quarter ended Sept. 27"
    assert stretch({"unit": "Q"}, dt.date(2025, 2, 1)) == "2024-11/2025-01"   # "the quarter ended Feb. 1"
    assert stretch({"unit": "Q"}, dt.date(2025, 8, 15)) == "2025-05-16/2025-08-15"    # mid-month: its days
    assert stretch({"count": 3, "unit": "M"}, dt.date(2025, 9, 27)) == "2025-06-28/2025-09-27"   # a count of months


def test_the_next_quarters_are_the_whole_quarters_after_the_one_under_way():
    parts = {"unit": "Q", "plural": True, "det": True, "shift": 1, "count": 2}
    ahead = whole_periods_ahead(parts, dt.date(2025, 11, 17), "P6M")
    assert (ahead.when, ahead.future) == ("2026-01/2026-06", True)
    assert whole_periods_ahead(dict(parts, unit="Y"), dt.date(2025, 11, 17), "P2Y") is None


def test_the_next_fiscal_years_are_the_whole_fiscal_years_after_the_one_under_way():
    parts = {"unit": "Y", "plural": True, "det": True, "shift": 1, "count": 3, "fiscal": True, "fiscal_end": 6}
    ahead = whole_periods_ahead(parts, dt.date(2026, 2, 10), "P3Y")
    assert (ahead.when, ahead.future) == ("2026-07/2029-06", True)


def test_the_coming_fortnight_is_the_next_fourteen_days_not_a_later_week():
    heatwave = dt.date(2026, 7, 24)
    coming = resolve({"unit": "W2", "det": True, "vague": "FUTURE"}, heatwave, "future")
    past = resolve({"unit": "W2", "det": True, "vague": "PAST"}, heatwave, "past")
    assert (coming.when, coming.first_day, coming.last_day) == ("2026-07-24/2026-08-07", heatwave, dt.date(2026, 8, 7))
    assert past.when == "2026-07-10/2026-07-24"


def test_the_following_twelve_months_count_from_the_year_the_story_told_of():
    following = resolve({"unit": "M", "plural": True, "det": True, "shift": 1, "anaphoric": True, "count": 12},
                        dt.date(2026, 10, 20), "past", Period("Y", 2021))
    assert following.when == "2021/2022"


def test_weeks_counted_on_from_a_month_told_are_of_that_month_not_counted_from_its_last_day():
    # "Beijing put a deposit on rapeseed in August. Futures slid 9% over the following two weeks.": the deposit's day
    # is untold, so the weeks start on some day of August
    parts = {"unit": "W", "plural": True, "det": True, "shift": 1, "anaphoric": True, "count": 2}
    following = resolve(parts, dt.date(2026, 2, 28), "", Period("M", 2025, 8))
    assert (following.when, following.value, following.future) == ("2025-08", "P2W", False)


def test_the_next_two_trading_days_after_a_friday_are_the_monday_and_tuesday_after_it():
    # "The listing priced on Friday, June 6, 2025, and the stock rose on each of the next two trading days."
    parts = {"unit": "D", "plural": True, "det": True, "shift": 1, "anaphoric": True, "count": 2, "workday": True}
    friday = Period.of("D", dt.date(2025, 6, 6))
    following = resolve(parts, dt.date(2025, 9, 1), "past", friday)
    assert (following.when, following.first_day, following.last_day) == (
        "2025-06-09/2025-06-10", dt.date(2025, 6, 9), dt.date(2025, 6, 10))


def test_a_time_of_the_day_of_writing_in_a_forecast_is_still_to_come():
    due = resolve({"hour": 17, "minute": 0}, dt.date(2025, 9, 9), "future")
    assert (due.value, due.future) == ("2025-09-09T17:00", True)
    assert not resolve({"hour": 17, "minute": 0}, dt.date(2025, 9, 9), "").future


def test_a_count_later_from_the_story_is_future_only_when_it_starts_after_the_writing():
    parts = {"unit": "M", "plural": True, "direction": "later", "count": 10}
    now = resolve(parts, dt.date(2026, 3, 16), "", Period("M", 2025, 5))
    assert (now.when, now.future) == ("2026-03", False)
    ahead = resolve(parts, dt.date(2026, 3, 16), "", Period("M", 2025, 8))
    assert (ahead.when, ahead.future) == ("2026-06", True)


def test_a_month_the_story_told_with_its_year_named_again_bare_is_the_one_its_tense_points_to():
    story = Period("M", 2024, 6)
    assert resolve({"month": 6, "in_story": True}, dt.date(2025, 7, 8), "past", story).when == "2025-06"
    # only the month under way or just gone: one further back is the story going on
    assert resolve({"month": 6, "in_story": True}, dt.date(2025, 9, 2), "past", story).when == "2024-06"
    # a month the story goes on to, or one a word narrows, stays in the story
    assert resolve({"month": 8, "in_story": True}, dt.date(2025, 9, 2), "past", story).when == "2024-08"
    assert resolve({"month": 6, "mod": "END", "in_story": True}, dt.date(2025, 9, 2), "past", story).when == "2024-06"


def test_a_day_weeks_before_the_day_a_story_told_of_is_of_that_year_and_one_months_before_is_of_the_next():
    story = Period.of("D", dt.date(2020, 11, 3))
    assert resolve({"month": 10, "day": 24, "in_story": True}, dt.date(2026, 3, 12), "", story).when == "2020-10-24"
    assert resolve({"month": 1, "day": 5, "in_story": True}, dt.date(2026, 3, 12), "", story).when == "2021-01-05"


def test_a_dividend_it_said_it_would_pay_on_march_13_after_a_december_gone_is_the_coming_march_13():
    # "cut its range from the one it gave in December ... said it would pay a dividend on March 13", in February
    story = Period("M", 2025, 12)
    told = resolve({"month": 3, "day": 13, "in_story": True}, dt.date(2026, 2, 3), "future", story)
    assert (told.when, told.future) == ("2026-03-13", True)
    # told in the past, the story does not go past the anchor: "and it cut jobs on March 13" is the one gone
    assert resolve({"month": 3, "day": 13, "in_story": True}, dt.date(2026, 2, 3), "past", story).when == "2025-03-13"
    # after a time still to come the story stays in its year: "due on December 18, 2026, and ... on July 17"
    ahead = Period.of("D", dt.date(2026, 12, 18))
    assert resolve({"month": 7, "day": 17, "in_story": True}, dt.date(2025, 12, 21), "future", ahead).when \
        == "2026-07-17"


def test_the_following_trading_day_after_a_saturday_is_the_monday():
    # "Shares were halted on Saturday April 10, 2021 and resumed on the following trading day."
    parts = {"unit": "D", "det": True, "shift": 1, "anaphoric": True, "workday": True}
    saturday = Period.of("D", dt.date(2021, 4, 10))
    assert resolve(parts, dt.date(2021, 6, 19), "past", saturday).when == "2021-04-12"
    assert resolve(dict(parts, workday=False), dt.date(2021, 6, 19), "past", saturday).when == "2021-04-11"


def test_the_following_weekend_after_a_weekday_is_the_weekend_of_that_week():
    # "The river burst its banks on Tuesday, 3 March, and the last homes were cleared by the following weekend."
    parts = {"unit": "WE", "det": True, "shift": 1, "anaphoric": True}
    tuesday = Period.of("D", dt.date(2026, 3, 3))
    assert resolve(parts, dt.date(2026, 3, 20), "past", tuesday).when == "2026-W10-WE"
    saturday = Period.of("D", dt.date(2026, 3, 7))
    assert resolve(parts, dt.date(2026, 3, 20), "past", saturday).when == "2026-W11-WE"


def test_tonight_is_ahead_unless_its_clause_is_in_the_past():
    tonight = {"ref_type": "DATE", "ref_value": "D+0", "later_today": True}
    assert resolve(tonight, MONDAY, "").future is True          # "The polls close at 10pm tonight"
    assert resolve(tonight, MONDAY, "past").future is False     # "The minister resigned tonight"
    assert resolve({"ref_type": "DATE", "ref_value": "D+0"}, MONDAY, "future").future is False  # "it runs today"


def test_a_timetable_names_an_evening_of_the_weekday_of_writing_as_still_to_come():
    friday = dt.date(2026, 3, 13)
    evening = {"weekday": 5, "daypart": "TEV"}
    # "The festival opens with Friday evening's concert in the park", written that Friday
    assert (resolve(evening, friday, "schedule").value, resolve(evening, friday, "schedule").future) == \
        ("2026-03-13TEV", True)
    # "The team beat Boston in Friday evening's game", written that Friday: a time gone
    assert resolve(evening, friday, "past").future is False


@pytest.mark.parametrize("parts, anchor, value, future", [
    # "push the start into the autumn", written in October: the autumn under way is no time to move a start to
    ({"season": "FA"}, dt.date(2025, 10, 8), "2026-FA", True),
    ({"month": 12}, dt.date(2025, 10, 8), "2025-12", True),        # "delayed the vote until December"
    ({"month": 10}, dt.date(2025, 10, 8), "2026-10", True),
    # a day a schedule was moved to may have come by the time it is told: no forecast of its own
    ({"month": 3, "day": 4}, dt.date(2025, 3, 8), "2025-03-04", False),
])
def test_a_time_a_schedule_is_moved_to_is_ahead_and_not_one_under_way(parts, anchor, value, future):
    resolution = resolve(parts, anchor, "later")
    assert (resolution.value, resolution.future) == (value, future)


@pytest.mark.parametrize("tense,reference,when", [
    ("past", None, "2024-02-29"),                       # lowered prices on Feb. 29, written in January 2026
    ("future", None, "2028-02-29"),                     # the vote will be held on Feb. 29
    ("past", Period("M", 2020, 2), "2020-02-29"),       # after "February 2020": that month's leap day
])
def test_a_leap_day_named_without_its_year_is_of_the_leap_year_told_of_or_the_nearest(tense, reference, when):
    assert resolve({"month": 2, "day": 29}, dt.date(2026, 1, 7), tense, reference).when == when


def test_a_span_between_two_clock_times_of_one_day_is_that_day_not_a_stretch_of_days():
    # setCZ, cz_factory_local: "on Saturday, March 7, from 10am to 3pm"
    saturday = dt.date(2026, 3, 7)
    ten, three = (resolve({"hour": hour, "minute": 0, "year": 2026, "month": 3, "day": 7}, dt.date(2026, 3, 1),
                          "future", None) for hour in (10, 15))
    assert span(ten, three, dt.date(2026, 3, 1)).when == "2026-03-07"
    days = span(resolve({"year": 2026, "month": 3, "day": 7}, saturday, "", None),
                resolve({"year": 2026, "month": 3, "day": 9}, saturday, "", None), saturday)
    assert days.when == "2026-03-07/2026-03-09"


@pytest.mark.parametrize("sentence, dct, timex", [
    # TimeBank wsj_0169, dated Nov. 2, 1989
    ("In London at mid-afternoon yesterday, Ratners's shares were up 2 pence (1.26 cents), at 260 pence ($1.64).",
     dt.date(1989, 11, 2), ("mid-afternoon yesterday", "TIME", "1989-11-01TAF")),
    # reader set BW, alibaba_liveblog, dated Feb. 26, 2026
    ("Alibaba is due to publish its numbers at around 5:30 p.m. Hong Kong time today, with the earnings call an hour "
     "later.", dt.date(2026, 2, 26), ("around 5:30 p.m. Hong Kong time today", "TIME", "2026-02-26T17:30")),
])
def test_a_time_of_day_joined_to_yesterday_or_today_is_that_time_of_that_day(sentence, dct, timex):
    assert timex in [(t["text"], t["type"], t["value"]) for t in timexes(sentence, dct)]


@pytest.mark.parametrize("parts, when", [
    ({"fiscal": True, "year": 2025, "year2": 2026, "fiscal_end": 6}, "FY2026"),   # "fiscal 2025/26", to June 30
    ({"fiscal": True, "year": 2025, "fiscal_end": 6}, "FY2025"),
])
def test_a_fiscal_year_split_across_two_is_named_by_the_year_it_ends_in(parts, when):
    resolution = resolve(parts, MONDAY)
    assert resolution.when == when and resolution.last_day.year == parts.get("year2", parts["year"])


def test_that_afternoon_with_no_day_told_before_is_not_the_day_of_writing():
    parts = {"daypart": "TAF", "shift": 0, "anaphoric": True, "det": True}
    assert resolve(parts, MONDAY, "", Period("M", 2025, 10)) is None
    assert resolve(parts, MONDAY, "", Period.of("D", dt.date(2025, 10, 29))).when == "2025-10-29"


@pytest.mark.parametrize("parts, sign, when", [
    ({"unit": "W", "det": True}, 1, "2025-11-24/2025-11-30"),
    ({"unit": "W", "det": True}, -1, "2025-11-16/2025-11-22"),
    ({"unit": "D", "det": True}, 1, "2025-11-24"),
    ({"unit": "D", "count": 2, "plural": True}, -1, "2025-11-21"),
    ({"weekday": 1}, 1, "2025-11-24"),
    ({"weekday": 5}, -1, "2025-11-21"),
    ({"weekday": 7}, -1, "2025-11-16"),
    ({"unit": "Y", "det": True}, 1, "2026"),
])
def test_a_count_or_weekday_after_or_before_a_happening_counts_from_its_day(parts, sign, when):
    from pipeline.dates.resolver import counted_from_event
    assert counted_from_event(parts, Period.of("D", dt.date(2025, 11, 23)), sign, dt.date(2026, 3, 10)).when == when


def test_the_day_of_a_happening_is_its_own_day_and_a_week_of_it_is_no_count():
    from pipeline.dates.resolver import counted_from_event
    hearing = Period.of("D", dt.date(2025, 11, 23))
    assert counted_from_event({"unit": "D", "det": True}, hearing, 0, dt.date(2026, 3, 10)).when == "2025-11-23"
    assert counted_from_event({"unit": "W", "det": True}, hearing, 0, dt.date(2026, 3, 10)) is None


def test_shares_that_moved_on_the_day_of_a_ruling_dated_before_moved_on_that_day():
    from pipeline.dates import tag_dates
    text = ("The appeals court ruled on Oct. 14 that the merger could proceed. Shares of the insurer jumped 9% on "
            "the day of the ruling and have held their gains since.")
    assert ("the day of the ruling", "2025-10-14") in [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 11, 3))]


@pytest.mark.parametrize("anchor, value", [
    (dt.date(2026, 1, 28), "2025-WI"),     # "crews have plowed 40 times this winter", written in January
    (dt.date(2025, 12, 10), "2025-WI"),
    (dt.date(2025, 10, 10), "2025-WI"),    # the coming one, before it begins
])
def test_this_winter_written_in_january_is_the_winter_under_way_begun_the_december_before(anchor, value):
    assert resolve({"season": "WI", "shift": 0}, anchor, "").value == value
    assert resolve({"season": "SU", "shift": 0}, dt.date(2026, 1, 28), "").value == "2026-SU"


def test_a_winter_named_by_the_two_years_it_runs_across_is_that_one_winter_not_a_stretch_to_the_second_year():
    # "the hard winter of 2022-23 killed a third of the herd"
    winter = resolve({"season": "WI", "year": 2022, "year2": 2023, "det": True}, dt.date(2025, 3, 3), "past")
    assert (winter.value, winter.first_day, winter.last_day) == ("2022-WI", dt.date(2022, 12, 1), dt.date(2023, 2, 28))


def test_the_december_quarter_of_a_fiscal_year_to_march_falls_in_the_calendar_year_before_its_name():
    # "Wipro's margin widened in the December quarter of FY24", written in May 2024
    parts = {"quarter": 4, "det": True, "yy": 24, "fiscal": True, "by_month": True, "fiscal_end": 3}
    assert resolve(parts, dt.date(2024, 5, 20)).value == "2023-Q4"
    assert resolve(dict(parts, quarter=1), dt.date(2024, 5, 20)).value == "2024-Q1"
    assert resolve(dict(parts, fiscal_end=12), dt.date(2024, 5, 20)).value == "2024-Q4"


def test_every_summer_on_a_southern_farm_is_the_season_of_december_to_february():
    # "Shearers come back to the station every summer", told in a New Zealand story
    assert resolve({"season": "SU", "habitual": True, "south": True}, dt.date(2025, 8, 12)).value == "XXXX-WI"
    spring = resolve({"season": "SP", "shift": 1, "south": True}, dt.date(2025, 8, 12), "future")
    assert (spring.when, spring.value, spring.future) == ("2025-09/2025-11", "2025-FA", True)


def test_a_year_or_century_bc_keeps_its_timeml_value_as_when_with_no_days():
    year = resolve({"year": 2100, "era": "BC", "approx": "APPROX"}, MONDAY)
    century = resolve({"unit": "C", "era": "BC", "det": True, "ordinal": 9}, MONDAY)
    assert (year.value, year.when, year.mod, year.first_day, year.precision, year.on_calendar) \
        == ("BC2100", "BC2100", "APPROX", None, "year", True)
    assert (century.value, century.when, century.first_day, century.last_day, century.precision) \
        == ("BC08", "BC08", None, None, "century")


def test_a_year_ad_is_the_calendar_year_of_that_number():
    assert resolve({"year": 79, "era": "AD"}, MONDAY).when == "0079"


def test_years_counted_back_past_year_one_land_on_a_year_bc():
    back = resolve({"unit": "Y", "count": 4500, "direction": "ago", "approx": "APPROX"}, MONDAY, "past")
    assert (back.value, back.when, back.first_day) == ("BC2476", "BC2476", None)


def test_a_count_of_hours_from_a_clock_time_is_a_time_and_from_a_day_alone_that_day():
    from pipeline.dates.resolver import time_counted_from
    evening = resolve({"hour": 22, "minute": 30, "day": 4, "month": 11, "year": 2025}, dt.date(2025, 11, 6))
    counted = time_counted_from({"unit": "h", "count": 3}, evening, 1, dt.date(2025, 11, 6))
    assert (counted.timex_type, counted.value, counted.when) == ("TIME", "2025-11-05T01:30", "2025-11-05")
    day = resolve({"day": 4, "month": 11, "year": 2025}, dt.date(2025, 11, 6))
    counted = time_counted_from({"unit": "min", "count": 40}, day, -1, dt.date(2025, 11, 6))
    assert (counted.timex_type, counted.value, counted.when) == ("DATE", "2025-11-04", "2025-11-04")


def test_a_count_of_a_day_or_more_in_hours_from_a_day_without_a_clock_time_places_nothing():
    from pipeline.dates.resolver import time_counted_from
    day = resolve({"day": 4, "month": 11, "year": 2025}, dt.date(2025, 11, 6))
    assert time_counted_from({"unit": "h", "count": 90}, day, -1, dt.date(2025, 11, 6)) is None


def test_a_quarter_that_ended_in_september_is_long_gone_by_december_but_not_by_mid_november():
    ended = dt.date(2025, 9, 30)
    assert long_gone(ended, dt.date(2025, 12, 1))
    assert not long_gone(ended, dt.date(2025, 11, 15))
    assert not long_gone(ended, dt.date(2025, 11, 29))
    assert long_gone(ended, dt.date(2025, 11, 30))


def test_a_holiday_a_timetable_names_that_went_by_more_than_two_months_ago_is_the_coming_one():
    # "The museum shuts on Christmas Day", written in March: the next Christmas, as a day a timetable names
    spring = dt.date(2026, 3, 4)
    assert resolve({"holiday": "12-25"}, spring, "schedule", None).when == "2026-12-25"
    # still the nearest one when it went by lately: "The museum shuts on Christmas Day", written on Jan. 10
    assert resolve({"holiday": "12-25"}, dt.date(2026, 1, 10), "schedule", None).when == "2025-12-25"


def test_a_holiday_of_several_days_spans_them_and_is_to_come_until_its_first_day():
    # "Factories will stay shut through Songkran": April 13 to 15 (holidays.tsv "04-13..04-15")
    march = resolve({"holiday": "04-13..04-15"}, dt.date(2027, 3, 20), "future", None)
    assert (march.when, march.future) == ("2027-04-13/2027-04-15", True)
    # "Hotels were full over the Golden Week holiday", written after it: the one just gone, no forecast
    october = resolve({"holiday": "10-01..10-07"}, dt.date(2027, 10, 12), "past", None)
    assert (october.when, october.future) == ("2027-10-01/2027-10-07", False)
    # a length instead of a last day: "+3", three days from the first
    assert resolve({"holiday": "12-30..+3"}, dt.date(2027, 12, 1), "future", None).when == "2027-12-30/2028-01-01"


def test_the_new_fiscal_year_is_the_one_begun_lately_or_the_one_about_to_begin_whichever_starts_nearer():
    parts = {"unit": "Y", "nearest": True, "det": True, "fiscal": True, "fiscal_end": 3}
    assert resolve(parts, dt.date(2026, 2, 12), "future").when == "FY2027"     # begins April 1, 2026
    assert resolve(parts, dt.date(2025, 5, 6), "past").when == "FY2026"        # began April 1, 2025


def test_a_few_minutes_after_a_clock_time_is_its_day_unless_an_hour_on_would_pass_midnight():
    from pipeline.dates.resolver import time_counted_from
    dawn = resolve({"hour": 4, "minute": 27, "day": 4, "month": 12, "year": 2024}, dt.date(2024, 12, 4))
    counted = time_counted_from({"unit": "min", "count": "X", "plural": True}, dawn, 1, dt.date(2024, 12, 4))
    assert (counted.timex_type, counted.value, counted.when) == ("DATE", "2024-12-04", "2024-12-04")
    late = resolve({"hour": 23, "minute": 40, "day": 3, "month": 12, "year": 2024}, dt.date(2024, 12, 4))
    assert time_counted_from({"unit": "min", "plural": True}, late, 1, dt.date(2024, 12, 4)) is None


def test_japan_s_golden_week_runs_a_day_longer_when_one_of_its_may_holidays_falls_on_a_sunday():
    # "Tour operators expect bookings to peak over Japan's Golden Week": May 3, 2026 is a Sunday, made up on May 6
    rule = "04-29..05-05~05-03"
    assert resolve({"holiday": rule}, dt.date(2026, 3, 2), "future", None).when == "2026-04-29/2026-05-06"
    # 2027: May 3 to 5 fall Monday to Wednesday, no day to make up
    assert resolve({"holiday": rule}, dt.date(2027, 3, 2), "future", None).when == "2027-04-29/2027-05-05"


def test_days_counted_in_a_holiday_are_its_first_days_and_none_when_it_has_fewer_than_counted():
    # "Bookings rose in the first ten days of the Golden Week holiday": a week holds no ten days
    holiday = resolve({"holiday": "10-01..10-07"}, dt.date(2025, 10, 9), "past", None)
    duration = resolve({"unit": "D", "count": 10, "ordinal": 1, "det": True}, dt.date(2025, 10, 9), "past", None)
    assert days_of_a_holiday({"unit": "D", "count": 10, "ordinal": 1}, duration, holiday, None) is None
    whole = days_of_a_holiday({"unit": "D", "count": 2, "ordinal": 1}, duration, holiday, None)
    assert whole.when == "2025-10-01/2025-10-02"


def test_last_week_in_a_sunday_story_is_the_week_just_ended_and_no_forecast_though_its_clause_tells_a_plan():
    text = "Last week, the port authority approved a plan to dredge the harbour's main channel."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 3, 9)) if m.text == "Last week"] == [
        ("2025-W10", False)]


def test_a_lunar_month_told_as_a_holiday_ends_on_the_last_day_its_year_lists_for_it():
    # "Date sellers in Riyadh expect brisk trade during Ramadan": 29 days in 2025, 30 in 2026 (holidays.tsv "..days:")
    rule = "days:2024-03-11,2025-03-01,2026-02-18,2027-02-08..days:2024-04-09,2025-03-29,2026-03-19,2027-03-08"
    assert resolve({"holiday": rule}, dt.date(2025, 2, 10), "future", None).when == "2025-03-01/2025-03-29"
    assert resolve({"holiday": rule}, dt.date(2026, 2, 2), "future", None).when == "2026-02-18/2026-03-19"


def test_a_holiday_of_several_days_under_way_is_this_year_s_and_to_come_only_in_a_forecast():
    # "Ferries to the islands will run every hour during Golden Week", written on its fourth day
    ahead = resolve({"holiday": "10-01..10-07"}, dt.date(2025, 10, 4), "future", None)
    assert (ahead.when, ahead.future) == ("2025-10-01/2025-10-07", True)
    # "Ferries to the islands ran every hour during Golden Week", written the same day: gone
    gone = resolve({"holiday": "10-01..10-07"}, dt.date(2025, 10, 4), "past", None)
    assert (gone.when, gone.future) == ("2025-10-01/2025-10-07", False)


def test_a_quarter_named_before_a_noun_in_a_forecast_after_its_report_is_the_next_one():
    found = {m.text: (m.when, m.future) for m in tag_dates(
        "Brokers expect first-quarter shipments to climb 6%, while the group will post third-quarter results on "
        "Dec. 2.",
        MONDAY) if m.on_calendar}
    assert found["first-quarter"] == ("2026-Q1", True)
    assert found["third-quarter"] == ("2025-Q3", False)     # (the quarter its coming report is on)
    [past] = [m for m in tag_dates("First-quarter shipments climbed 6%.", MONDAY) if m.on_calendar]
    assert (past.when, past.future) == ("2025-Q1", False)


def test_the_regulator_will_watch_the_market_over_the_next_two_months_and_ten_days_to_the_day_they_reach():
    [ahead] = [m for m in tag_dates("Regulators will watch the bond market closely over the next two months and ten "
                                    "days, the central bank said.", MONDAY) if m.on_calendar]
    assert (ahead.text, ahead.timex_value, ahead.when, ahead.future) == (
        "the next two months and ten days", "P2M10D", "2025-11-24/2026-02-03", True)


def test_the_chain_opened_its_first_shop_two_years_and_three_months_ago_in_the_month_both_counts_reach():
    [back] = tag_dates("The chain opened its first shop two years and three months ago in a suburb of Leeds.", MONDAY)
    assert (back.text, back.timex_type, back.timex_value, back.future) == (
        "two years and three months ago", "DATE", "2023-08", False)
    # weeks and days counted back land on a day
    [back] = tag_dates("The pilot quit two weeks and three days ago.", MONDAY)
    assert (back.timex_value, back.when) == ("2025-11-07", "2025-11-07")


def test_the_mill_shut_one_year_and_two_weeks_ago_in_the_week_of_the_day_both_counts_reach_across_new_year():
    # Jan. 12, 2026 less a year and two weeks is Sunday, Dec. 29, 2024: 2024-W52, not 2025-W01 (the ISO number kept)
    [back] = tag_dates("The paper mill shut one year and two weeks ago, and its 300 workers are still idle.",
                       dt.date(2026, 1, 12))
    assert (back.text, back.timex_value, back.future) == ("one year and two weeks ago", "2024-W52", False)
    [back] = tag_dates("The paper mill shut one year and two weeks ago, and its 300 workers are still idle.",
                       dt.date(2026, 1, 5))
    assert back.timex_value == "2024-W51"


def test_the_union_has_three_weeks_and_two_days_to_reply_is_a_duration_in_days_alone():
    # ISO 8601 and TimeML write weeks only alone: with days beside them, all of it in days
    [given] = tag_dates("The union has three weeks and two days to reply to the offer.", MONDAY)
    assert (given.text, given.timex_value) == ("three weeks and two days", "P23D")


def test_the_second_sunday_in_may_is_that_day_of_the_may_the_month_alone_is_read_as():
    # "Florists expect their busiest week before the second Sunday in May", written in November 2025
    ahead = resolve({"month": 5, "nth_weekday": (2, 7), "det": True}, dt.date(2025, 11, 24), "future", None)
    assert (ahead.when, ahead.future) == ("2026-05-10", True)
    # "The vote was held on the first Thursday of May 2024": the year told
    assert resolve({"month": 5, "nth_weekday": (1, 4), "year": 2024}, dt.date(2025, 11, 24), "past", None).when \
        == "2024-05-02"


def test_a_time_given_in_mixed_units_runs_from_the_day_of_writing_to_its_day():
    # "The airline now has three weeks and four days to answer the regulator", written on Nov. 24, 2025
    given = resolve({"unit": "W", "count": 3, "plural": True, "plus": (4, "D"), "det": True, "shift": 1},
                    dt.date(2025, 11, 24), "", None)
    assert (given.value, given.when) == ("P25D", "2025-11-24/2025-12-19")
    # "within one year and six months": both in months, shown as "the next 18 months" is
    months = resolve({"unit": "Y", "count": 1, "plus": (6, "M"), "det": True, "shift": 1}, dt.date(2025, 11, 24), "",
                     None)
    assert (months.value, months.when) == ("P1Y6M", "2025-11/2027-05")


def test_a_season_of_sport_under_way_is_to_come_only_in_a_forecast():
    told = {m.text: (m.when, m.future) for m in tag_dates(
        "The Sharks lost 4-2 on Saturday, their sixth loss in eight games this season.", dt.date(2025, 12, 8))}
    assert told["this season"] == ("2025/2026", False)
    ahead = {m.text: (m.when, m.future) for m in tag_dates(
        "The new deal will pay the goalkeeper $6 million this season.", dt.date(2025, 12, 8))}
    assert ahead["this season"] == ("2025/2026", True)


def test_a_quarter_told_in_the_story_of_a_past_year_is_that_year_s_quarter():
    # "In 2017, the port handled a record 9 million containers, most of them in the fourth quarter."
    parts = {"unit": "Q", "det": True, "ordinal": 4, "in_story": "sentence"}
    assert resolve(parts, dt.date(2025, 10, 2), "past", Period("Y", 2017)).when == "2017-Q4"


def test_next_wednesday_written_on_a_tuesday_is_the_wednesday_of_the_week_after():
    text = "The transport union said it would put the revised offer to its members next Wednesday."
    [mention] = tag_dates(text, dt.date(2026, 3, 10))
    assert (mention.text, mention.when, mention.future) == ("next Wednesday", "2026-03-18", True)


def test_next_with_a_weekday_two_or_more_days_on_is_the_coming_one_even_within_the_week():
    text = "The dockers' union will put the revised offer to its members next Thursday."
    [mention] = tag_dates(text, dt.date(2026, 3, 10))
    assert (mention.text, mention.when, mention.future) == ("next Thursday", "2026-03-12", True)


def test_a_week_ended_on_a_sunday_is_that_calendar_week_and_one_ended_midweek_keeps_its_seven_days():
    text = ("Box-office takings rose 8% in the week ended Sunday, March 15, after falling in the week ended "
            "Wednesday, March 4.")
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 3, 18)) if m.on_calendar] == [
        ("the week ended Sunday, March 15", "2026-W11"),
        ("the week ended Wednesday, March 4", "2026-02-26/2026-03-04")]


def test_a_fiscal_quarter_reported_while_its_calendar_namesake_runs_is_the_latest_quarter_ended():
    # "the chipmaker posted fiscal fourth-quarter sales of $4.1 billion", written on Nov. 5: its fiscal year is off
    # December, and the quarter reported on is the one ended in September, the company's number kept in TimeML
    parts = {"unit": "Q", "ordinal": 4, "fiscal": True}
    posted = resolve(parts, dt.date(2025, 11, 5), "past")
    assert (posted.when, posted.value, posted.future) == ("2025-Q3", "2025-Q4", False)
    # a half too: "fiscal first-half profit rose", in May, is July to December
    assert resolve({"unit": "H", "ordinal": 1, "fiscal": True}, dt.date(2025, 5, 12), "past").when == "2024-H2"
    # one whose namesake has ended, or one looked ahead to, stays the calendar's
    assert resolve(dict(parts, ordinal=3), dt.date(2025, 11, 5), "past").when == "2025-Q3"
    assert resolve(parts, dt.date(2025, 11, 5), "future").when == "2025-Q4"


def test_the_same_half_of_a_year_counted_back_is_the_half_told_of_in_that_year():
    parts = {"unit": "H", "det": True, "year_of": {"unit": "Y", "direction": "earlier", "count": 1}}
    assert resolve(parts, dt.date(2026, 2, 19), "past", Period("H", 2025, 2)).when == "2024-H2"
    assert resolve(parts, dt.date(2025, 8, 7), "past", Period("H", 2025, 1)).when == "2024-H1"


def test_the_year_before_a_season_told_is_a_year_while_a_year_earlier_keeps_the_season():
    text = "Olive oil prices soared in the autumn of 2023, after a drought the year before and a poor harvest."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 5, 19)) if m.on_calendar] == [
        ("the autumn of 2023", "2023-FA"), ("the year before", "2022")]
    text = "Ice cream sales rose 4% in the summer of 2024 from a year earlier."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 5, 19)) if m.on_calendar] == [
        ("the summer of 2024", "2024-SU"), ("a year earlier", "2023-SU")]
def test_the_same_weekend_a_year_earlier_is_the_weekend_told_of_in_the_year_before():
    # (a Wednesday after a holiday weekend: the weekend gone, a year back, its calendar week kept)
    text = "Ticket sales at the three parks were 12% lower than over the same weekend a year earlier."
    [weekend] = [m for m in tag_dates(text, dt.date(2025, 12, 3)) if m.on_calendar]
    assert (weekend.text, weekend.when) == ("the same weekend a year earlier", "2024-W48-WE")


@pytest.mark.parametrize("text, anchor, when, future", [
    ("This weekend the tills took twice what they took in October.", dt.date(2025, 12, 3), "2025-W48-WE", False),
    ("This weekend the tills will stay open until midnight.", dt.date(2025, 12, 3), "2025-W49-WE", True),
    # (on a Friday a weekend told in the past may be the one beginning: left as it was)
    ("Queues formed outside the stores this weekend.", dt.date(2025, 12, 5), "2025-W49-WE", True),
])
def test_this_weekend_told_in_the_past_early_in_the_week_is_the_weekend_just_gone(text, anchor, when, future):
    [weekend] = [m for m in tag_dates(text, anchor) if "weekend" in m.text.lower()]
    assert (weekend.when, weekend.future) == (when, future)
    assert needs_tense({"unit": "WE", "shift": 0}) and past_differs({"unit": "WE", "shift": 0})


@pytest.mark.parametrize("period", [
    Period("D", 2025, 0, dt.date(2025, 11, 28)), Period("W", 2025, 48), Period("WE", 2025, 48), Period("M", 2026, 2),
    Period("Q", 2025, 3), Period("H", 2026, 1), Period("S", 2025, 12), Period("Y", 2024),
])
def test_a_value_the_resolver_writes_names_its_period_again(period):
    assert period_of_value(period.value()) == period


@pytest.mark.parametrize("value", ["FY2025", "2025-13", "2025-02-30", "2025-Q5", "2025-W54", "late 2025", "2020/2022"])
def test_a_value_of_no_single_calendar_period_names_none(value):
    assert period_of_value(value) is None


def test_last_winter_written_weeks_after_it_ended_is_the_winter_just_over():
    # a winter begins the year before: "this winter" in March is the coming one, so "last winter" is the one just over,
    # while "last autumn" early in December is still the year before's, the one just over being "this autumn"
    assert resolve({"season": "WI", "shift": -1}, dt.date(2026, 3, 11), "past").value == "2025-WI"
    assert resolve({"season": "WI", "shift": -1}, dt.date(2026, 4, 20), "past").value == "2025-WI"
    assert resolve({"season": "FA", "shift": -1}, dt.date(2025, 12, 3), "past").value == "2024-FA"


@pytest.mark.parametrize("parts, anchor, when", [
    # "two winters ago", in April: the winter before the one just over
    ({"season": "WI", "shift": -2}, dt.date(2026, 4, 20), "2024-WI"),
    # "the last three autumns", in January: up to the autumn before the winter under way
    ({"season": "FA", "shift": -1, "counted": 3}, dt.date(2026, 1, 14), "2023-FA/2025-FA"),
    # "the past two Easters", in March before Easter: the last two gone
    ({"holiday": "easter+0", "shift": -1, "counted": 2}, dt.date(2026, 3, 20), "2024-03-31/2025-04-20"),
])
def test_seasons_and_holidays_counted_back_are_that_many_back_from_the_last_gone(parts, anchor, when):
    assert resolve(parts, anchor, "past").when == when


def test_days_or_weeks_counted_from_a_day_end_that_many_days_on():
    # "the three days from April 4", "the two weeks from March 30"
    assert started_stretch_end({"unit": "D", "count": 3, "det": True}, dt.date(2025, 4, 4)) == dt.date(2025, 4, 6)
    assert started_stretch_end({"unit": "W", "count": 2, "det": True}, dt.date(2025, 3, 30)) == dt.date(2025, 4, 12)


def test_a_count_told_with_its_article_before_a_happening_is_the_stretch_up_to_it():
    from pipeline.dates.resolver import Period, counted_from_event
    vote = Period("D", 2025, 0, dt.date(2025, 11, 2))
    stretch = counted_from_event({"unit": "D", "plural": True, "det": True, "count": 3}, vote, -1,
                                 dt.date(2025, 11, 24))
    assert (stretch.when, stretch.future) == ("2025-10-30/2025-11-01", False)
    day = counted_from_event({"unit": "D", "plural": True, "count": 3}, vote, -1, dt.date(2025, 11, 24))
    assert day.when == "2025-10-30"


def test_a_holiday_said_to_end_in_the_calendar_s_first_year_looks_for_no_year_before_it():
    assert year_the_holiday_ends_on("12-25", dt.date(1, 1, 1)) is None


@pytest.mark.parametrize("text, anchor, wanted, future", [
    ("Toy shops in Leeds are bracing for a busy December after a slow autumn.", dt.date(2025, 12, 19), "December",
     True),
    ("Shops hope Easter will make up for a slow March.", dt.date(2026, 3, 25), "March", False),
])
def test_a_month_braced_or_hoped_for_looks_ahead_even_when_more_than_half_of_it_is_gone(text, anchor, wanted, future):
    assert [m.future for m in tag_dates(text, anchor) if m.text == wanted] == [future]


def test_this_season_told_in_the_past_between_seasons_is_no_season_to_come():
    # (in July the season about to start is "this season"; a clause in the past counts what is already done)
    season = {"ref_type": "DATE", "ref_value": "G+0"}
    assert resolve(season, dt.date(2025, 7, 11), "past").future is False
    assert resolve(season, dt.date(2025, 7, 11), "").future is True

"""Figures against dates: a figure compared with a past date is of that date, the figure that moved is
not, the date compared with makes no row of its own, and a date in a clause of its own after a figure
is another happening's."""
import datetime as dt
import re

import pytest

from pipeline.dates import tag_dates
from pipeline.documents import document_from_bytes
from pipeline.extract import extract_document
from pipeline.rules import load_table


# Sentences of TimeBank's Wall Street Journal texts (1989), under a dateline that gives their date.
WSJ_DATELINE = "November 2, 1989\n\n"


def _wsj(sentence: str) -> list[dict]:
    document = document_from_bytes("wsj.txt", f"{WSJ_DATELINE}{sentence}\n".encode("utf-8"))
    return extract_document(document)


def _rows_under(dateline: str, sentence: str) -> list[dict]:
    """The rows of a news article of one sentence under the given dateline."""
    return extract_document(document_from_bytes("news.txt", f"{dateline}\n\n{sentence}\n".encode("utf-8")))


def _dates_of_figures(rows: list[dict]) -> dict[str, str]:
    return {row["money_text"]: row["date_text"] for row in rows if row["money_text"]}


def _date_texts(rows: list[dict]) -> set[str]:
    return {row["date_text"] for row in rows}


def _whens(rows: list[dict]) -> dict[str, str]:
    return {row["date_text"]: row["when"] for row in rows if row["date_text"]}


@pytest.mark.parametrize("sentence, expected", [
    ("Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
     {"8%": "", "$85.7 million": "", "$93.3 million": "a year earlier"}),
    ("Third-quarter sales dropped 11% to $1.27 billion from $1.43 billion a year ago.",
     {"11%": "Third-quarter", "$1.27 billion": "Third-quarter", "$1.43 billion": "a year ago"}),
    ("Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
     {"$1.76 billion": "the latest period", "13%": "the latest period", "$1.55 billion": "last year"}),
    ("Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share, compared with "
     "year-earlier profit of $3.8 million, or one cent a share.",
     {"$35.2 million": "third-quarter", "31 cents": "third-quarter", "$3.8 million": "year-earlier"}),
    ("Sales were C$348.2 million compared with C$307.2 million a year earlier.",
     {"C$348.2 million": "", "C$307.2 million": "a year earlier"}),
    # a sale or auction set against the one before it: the month is the base's alone (comparison_bases.tsv between)
    ("The fine-wool indicator rose to 1,164 US cents a kilo at Tuesday's sale, up 6% from the previous sale in August.",
     {"1,164 US cents": "Tuesday", "6%": "Tuesday"}),
    # ... and so is the day told after "on" that sale or auction was held
    ("Tea fetched an average of 310 rupees a kilo at the Colombo auction, down 3% from the previous auction on Oct. 7.",
     {"310 rupees": "", "3%": ""}),
    # ... and so is the day of a close or a settlement a price is set against
    ("Zinc fell 2.1% in London from its close on Oct. 27, dealers said.", {"2.1%": ""}),
    # prices told moving at a sale are that sale's market, of the sale's day, not the previous sale's
    ("Wool prices fell 4% at the Sydney sale on Tuesday, down from the previous sale on Oct. 24.", {"4%": "Tuesday"}),
])
def test_a_figure_is_not_dated_by_the_past_it_is_compared_with(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_word_that_says_something_moved_makes_from_a_comparison_even_without_a_figure():
    rows = _wsj("China's retail sales rose 2.9 per cent in October from a year earlier, the slowest pace in 14 months.")
    assert [row["date_text"] for row in rows] == ["October"]


def test_a_date_still_to_come_is_never_what_something_is_compared_with():
    rows = _wsj("The cloud division will raise prices by as much as 15% from Jan. 1.")
    assert _date_texts(rows) == {"Jan. 1"}


def test_a_date_that_something_is_only_compared_with_makes_no_row_of_its_own():
    assert _wsj("At the same time, production costs, compared with a year ago, were boosted by higher raw "
                "material and employment costs.") == []
    rows = _wsj("Two new flights would leave Bombay on Monday and Tuesday nights from March 30.")
    assert "March 30" in _date_texts(rows), "without a figure that moved, 'from' compares nothing"


def test_a_move_outside_the_relative_clause_a_from_stands_in_compares_nothing_in_it():
    # (the retreat moves no figure from the year the relative clause's own verb tells)
    rows = _rows_under("September 15, 2025", "The closure marks a retreat from the discount model that its founder "
                       "had built from 2011, the company said.")
    assert "2011" in _date_texts(rows)
    # (a move in the clause of the cue still compares: the year is then a base, no row)
    rows = _rows_under("September 15, 2025", "Shipments rose 4% to a level that was up from 2019, the group said.")
    assert "2019" not in _date_texts(rows)


@pytest.mark.parametrize("sentence, expected", [
    ("Hotel occupancy in Lisbon was 78% in August, against 81% a year earlier.", ["August"]),
    ("The new chip passed 92% of the checks, against 64 per cent for its predecessor a year ago.", []),
])
def test_a_percentage_set_against_a_past_date_needs_no_move_and_the_date_makes_no_row(sentence, expected):
    assert [row["date_text"] for row in _rows_under("September 15, 2025", sentence)] == expected


def test_a_percentage_a_figure_compares_with_makes_its_date_a_base_with_no_row():
    rows = _rows_under("August 21, 2025", "The share of GCSE entries graded 7 or above was 21.9%, which compares "
                                          "with 21.8% last year.")
    assert [row["date_text"] for row in rows] == []


def test_a_count_in_words_with_its_noun_is_a_base_as_one_in_digits_is():
    rows = _rows_under("May 12, 2026", "The clinic said it had cut the average wait for a scan to 18 days from "
                                       "seven weeks a year earlier.")
    assert [row["date_text"] for row in rows] == []
    rows = _rows_under("May 12, 2026", "Permits now take up to 30 weeks to clear, against eight weeks in 2022.")
    assert [row["date_text"] for row in rows] == ["2022"], "a year named tells when that level stood"


COMPARISON_RULES = load_table("comparison_bases.tsv")
CUES = [word for rule in COMPARISON_RULES if rule["role"] == "cue" for word in rule["words"].split("|")]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES
                                  if rule["role"] not in ("starts", "lasts", "counted", "span_end", "of_times",
                                                          "day_tie", "takes_effect", "level_takes_effect", "level_tie",
                                                          "size_tie", "size_passive", "size_participle", "counted_back",
                                                          "gap_unit", "not_after", "day_named", "happenings",
                                                          "level_named", "whole_period", "whole_tie", "imposed_on",
                                                          "imposed_from", "imposing", "imposing_tie", "onward")],
                         ids=lambda rule: f"{rule['role']}:{rule['words']}")
def test_each_comparison_rule_does_what_its_example_shows(rule):
    """Each example ends with the date something is compared with; no figure before the cue takes it."""
    example = rule["example"]
    compared_with = [m for m in tag_dates(example, dt.date(1989, 11, 2)) if m.on_calendar][-1].text
    cue = max(example.rfind(f" {word} ") for word in CUES)
    rows = _wsj(example)
    assert rows and all(row["money_text"] for row in rows), "the date compared with makes no row of its own"
    for row in rows:
        if row["money_start"] - len(WSJ_DATELINE) < cue:
            assert row["date_text"] != compared_with, row["money_text"]
    last = max(rows, key=lambda row: row["money_start"])
    if rule["role"] == "closes":
        assert last["date_text"] == "", "a figure after 'to' is the new level, not the past one"
    if rule["role"] == "joins":
        assert last["date_text"] == compared_with, "', or 12 cents a share' belongs to the past figure"


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "not_after"],
                         ids=lambda rule: rule["words"])
def test_a_cue_word_after_an_article_is_a_noun_and_the_date_after_it_is_a_row(rule):
    rows = _rows_under("March 5, 2026", rule["example"])
    assert ("Tuesday", "2026-03-03") in {(row["date_text"], row["when"]) for row in rows}


@pytest.mark.parametrize("sentence, dated", [
    # "more" or "less than" after "for" bounds a length
    ("Ferry services to the island were suspended for more than a week in January after a storm damaged the pier.",
     ("January", "2026-01")),
    ("The refinery ran at half capacity for less than a week in February while a compressor was replaced.",
     ("February", "2026-02")),
    # "from" after a verb of coming back tells where the subject comes back from
    ("Nickel rose 3% on Monday as Chinese traders returning from the Lunar New Year holiday placed fresh orders.",
     ("the Lunar New Year holiday", "2026-02-17")),
])
def test_a_cue_after_a_not_after_word_compares_nothing_and_the_date_after_it_is_a_row(sentence, dated):
    rows = _rows_under("March 5, 2026", sentence)
    assert dated in {(row["date_text"], row["when"]) for row in rows}


def test_a_count_told_as_a_multiple_of_the_level_of_a_year_earlier_compares_and_makes_no_row():
    rows = _rows_under("June 3, 2026", "The ferry line carried 92,000 passengers a week in May, about twice the "
                                       "level of a year earlier.")
    assert [(row["date_text"], row["when"]) for row in rows] == [("May", "2026-05")]


def test_a_double_after_an_article_is_no_multiple_and_the_year_after_it_is_a_row():
    rows = _rows_under("June 3, 2026", "The town suffered a double flood in 1998, when both rivers burst their banks.")
    assert [(row["date_text"], row["when"]) for row in rows] == [("1998", "1998")]


def test_a_stock_that_took_a_beating_yesterday_is_dated_yesterday():
    rows = _rows_under("October 8, 2025", "Chipmakers took a beating yesterday as export curbs widened.")
    assert [(row["date_text"], row["when"]) for row in rows] == [("yesterday", "2025-10-07")]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "starts"],
                         ids=lambda rule: rule["words"])
def test_a_cue_that_opens_its_sentence_tells_where_a_stretch_starts_and_its_date_is_a_row(rule):
    rows = _wsj(rule["example"])
    assert [row["date_text"] for row in rows if row["date_text"]], rows
    assert _wsj("Revenue rose 5% from the summer of 1988.")[0]["date_text"] == ""


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "lasts"],
                         ids=lambda rule: rule["words"])
def test_a_length_of_time_before_from_tells_the_stretch_its_date_starts_and_the_date_is_a_row(rule):
    assert [row["date_text"] for row in _wsj(rule["example"])] == ["Feb. 10"]
    assert [(row["date_text"], row["money_text"]) for row in _wsj("The carrier lost money, and its pilots' strike "
                                                                   "halted flights for 12 days from Aug. 3.")] == [
        ("Aug. 3", "")]
    # a figure before a counted stretch of months or years is measured over it: the stretch from that month dates it
    # (as "the fiscal year starting in April" does), not the month it starts
    assert [(row["date_text"], row["money_text"]) for row in _wsj("Shares fell 20% in the 12 months from June 1988.")] \
        == [("the 12 months from June 1988", "20%")]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "takes_effect"],
                         ids=lambda rule: rule["words"])
def test_the_day_a_change_takes_effect_is_a_row_though_a_word_of_a_move_stands_before_it(rule):
    assert [row["date_text"] for row in _wsj(rule["example"])] == ["Dec. 8"]
    assert [row["date_text"] for row in _wsj("The exchange added three stocks to its main index, effective from "
                                             "March 9.")] == ["March 9"]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES
                                  if rule["role"] in ("imposed_on", "imposed_from", "imposing", "imposing_tie")],
                         ids=lambda rule: f"{rule['role']}:{rule['words']}")
def test_the_day_a_charge_set_on_goods_applies_from_is_a_row_though_a_word_of_a_move_stands_before_it(rule):
    assert "March 4" in [row["date_text"] for row in _wsj(rule["example"])]
    assert "March 4" not in [row["date_text"] for row in _wsj("Its exports held up, though prices fell 25% from "
                                                              "March 4.")]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES
                                  if rule["role"] in ("level_takes_effect", "level_tie", "size_tie", "size_passive",
                                                     "size_participle")],
                         ids=lambda rule: f"{rule['role']}:{rule['words']}")
def test_the_day_a_level_moved_to_applies_from_is_the_date_of_that_level_and_no_base(rule):
    example = rule["example"]
    day = [m for m in tag_dates(example, dt.date(1989, 11, 2)) if m.on_calendar][-1].text
    rows = _wsj(example)
    assert [row["date_text"] for row in rows] == [day] and all(row["money_text"] for row in rows), rows
    # a move told with no level it reached, a month, or a day that owns the value compared with are still bases
    assert [(row["date_text"], row["money_text"]) for row in _wsj("The company's shares rose 12% from Oct. 3.")] == [
        ("", "12%")]
    assert [(row["date_text"], row["money_text"]) for row in _wsj(
        "The port tariff rose to 3.8 ringgit per tonne from October.")] == [("", "3.8 ringgit")]
    assert "Monday" not in _date_texts(_wsj("The lender's prime rate rose to 7.5% from Monday's 7.25%."))


@pytest.mark.parametrize("sentence, day", [
    ("The mill said sales fell 9% to 41 million marks in the third quarter, and that it had cut the working week at "
     "its Hamm plant to four days from Oct. 9.", "Oct. 9"),
    ("The ferry line said bookings fell 6% to 2.1 million pounds in September, and it has cut its winter timetable to "
     "three crossings from Oct. 16.", "Oct. 16"),
])
def test_the_day_a_level_counted_in_words_applies_from_is_a_row_and_no_base(sentence, day):
    assert day in _date_texts(_wsj(sentence))
    # a multiple of a value the day may own is still measured against it
    assert [(row["date_text"], row["money_text"]) for row in _wsj(
        "The company's shares rose to four times their value from Oct. 3.")] == [("", "shares rose")]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "of_times"],
                         ids=lambda rule: rule["words"])
def test_a_comparative_of_time_before_than_compares_times_and_the_date_after_it_is_a_row(rule):
    assert "March" in _date_texts(_wsj(rule["example"]))
    for word in rule["words"].split("|"):
        rows = _wsj(f"The unit will open in the second half of 1990, a year {word} than it had promised in March.")
        assert "March" in _date_texts(rows), word
    assert "March" not in _date_texts(_wsj("Sales were $2.5 billion, higher than in March."))


SIDE_CLAUSES = load_table("figure_side_clauses.tsv")


def test_every_row_of_a_side_clause_kind_says_alike_whether_its_words_part_a_figure_from_a_date():
    said: dict = {}
    for rule in SIDE_CLAUSES:
        said.setdefault(rule["opens"], set()).add(rule["breaks_tie"])
    assert {opens: tells for opens, tells in said.items() if len(tells) != 1 or not tells <= {"yes", "no"}} == {}


def test_a_side_clause_kinds_words_are_built_once_a_process_not_again_for_each_date_read(monkeypatch):
    from pipeline import comparisons
    sentence = ("Corvane shares rose 4% on Tuesday after it signed a $2 billion five-year contract running until "
                "June 2031.")
    assert {row["date_text"] for row in _rows_under("February 10, 2026", sentence)} == {"Tuesday", "until June 2031"}
    built: list = []
    real = comparisons.prefix_tree
    monkeypatch.setattr(comparisons, "prefix_tree", lambda words: built.append(words) or real(words))
    assert {row["date_text"] for row in _rows_under("February 10, 2026", sentence)} == {"Tuesday", "until June 2031"}
    assert built == []


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["tested"] != "own"],
                         ids=lambda rule: rule["words"])
def test_a_date_in_a_clause_of_its_own_after_a_figure_does_not_date_it(rule):
    """Each example's first figure stands before the comma; the date after it is another happening's."""
    rows = _wsj(rule["example"])
    first = min((row for row in rows if row["money_text"]), key=lambda row: row["money_start"])
    if rule["opens"] == "before_day":
        # "On July 2, 1988, two days after Didi Global raised $4.4 billion": the clause counts back from the day before
        # it and dates its own figure by the day it reaches, not by the day it counts from
        lead = min((row for row in rows if row["date_text"]), key=lambda row: row["date_start"])
        assert first["date_text"] and first["date_start"] != lead["date_start"] and first["when"] != lead["when"]
    else:
        assert first["date_text"] == ""
    assert any(row["date_text"] for row in rows), "the date is still in the table, with its own happening"


# what each kind with a test of its own elsewhere claims on its example: (figure, the date it takes) of every row
_FIGURE_DATES_OF_KIND = {
    ("figure_side_clauses.tsv", "coordinate"): [("$260 million", "March"), ("$540 million", "the end of June")],
    ("figure_side_clauses.tsv", "spread_between"): [("£2 billion", "between 1991 and 1995"),
                                                    ("£300 million", "that month")],
    ("figure_side_clauses.tsv", "respectively"): [("3%", "FY88"), ("4%", "FY89"), ("862 billion yuan", "FY88"),
                                                  ("951 billion yuan", "FY89")],
    ("figure_side_clauses.tsv", "moved_on"): [("8.1%", ""), ("2.8 billion yuan", "the December quarter"),
                                              ("8%", "the December quarter")],
    ("figure_side_clauses.tsv", "vintage_before"): [("HK$1.4 million", "")],
    ("figure_side_clauses.tsv", "record_adverb"): [("3.1%", ""), ("HK$151.20", "")],
    ("figure_side_clauses.tsv", "sums_apart_report"): [("9%", "July 3, 1989"), ("3.4 billion yuan", "July 3, 1989")],
    ("figure_side_clauses.tsv", "sums_apart_sales"): [("6%", "April 1989"), ("41.2 billion yuan", "April 1989")],
    ("figure_side_clauses.tsv", "cause"): [("3 million euros", "March"), ("", "between 2019 and 2022")],
    # a preposition of means before its noun parts no sum from the date its phrase goes on to
    ("figure_side_clauses.tsv", "means"): [("$900 million", "1988"), ("", "the past two years")],
    ("figure_side_clauses.tsv", "results"): [("12%", "its June-quarter"), ("", "Aug. 6")],
    ("figure_side_clauses.tsv", "results_for"): [("12%", "the December quarter"), ("", "mid-January")],
    ("figure_side_clauses.tsv", "same_subject"): [("2,300 yen", "Thursday")],
    ("figure_side_clauses.tsv", "stands_as_of"): [("$2.4 billion", "March 31, 1990"), ("", "June 2027")],
    # a deal's sum is of the time its own aside says the deal was made, not of another noun's time joined on after it
    ("figure_side_clauses.tsv", "made_then"): [("2.1 billion crowns", "last June"), ("", "October")],
    # a valuation is of the round that set it, not of the day its company said something else
    ("figure_side_clauses.tsv", "set_by"): [("$3.2 billion", "May 1989"), ("", "Tuesday")],
    ("figure_side_clauses.tsv", "set_by_when"): [("$3.2 billion", "May 1989"), ("", "Tuesday")],
    ("figure_side_clauses.tsv", "determiner_subject"): [("", "Since 2019")],
    # a time still to come of a clause with no figure dates no sum of a new subject's clause after ", and"
    ("figure_side_clauses.tsv", "new_subject_modal"): [("$50 million", ""), ("", "June 1990")],
    # ... and so does a past time, when a relative clause defines the new subject: a later happening
    ("figure_side_clauses.tsv", "new_subject_relative"): [("$50 million", ""), ("", "June 1989")],
    ("figure_side_clauses.tsv", "noun_of_change"): [("$8.2 billion", "the September quarter"),
                                                     ("6%", "the September quarter"), ("19%", "the September quarter")],
    ("figure_side_clauses.tsv", "owner_subject"): [("$2.1 billion", "fiscal 1989"), ("$1.10", "")],
    ("figure_side_clauses.tsv", "owner_perfect"): [("$2.1 billion", "fiscal 1989"), ("$1.10", "")],
    # a consequence told of now after ", so" is of the day told, not of the year the price before it was set
    ("figure_side_clauses.tsv", "consequence"): [("$24", "1989"), ("40%", "")],
    ("figure_side_clauses.tsv", "consequence_now"): [("$24", "1989"), ("40%", "")],
    ("figure_side_clauses.tsv", "told"): [("$7.62 billion", "fiscal 1989"), ("$7.67 billion", "fiscal 1989"),
                                          ("$7.45 billion", "fiscal 1989"), ("$7.55 billion", "fiscal 1989"),
                                          ("", "August")],
    # the sum's own relative clause dates it, past the nearer day of the register before its comma
    ("figure_side_clauses.tsv", "sum_relative"): [("8 cents", "Dec. 4"), ("$62 million", "August"), ("", "Nov. 20")],
    # the commas of a sum told again in dollars part neither figure from the period tied on after them
    ("figure_side_clauses.tsv", "restated_sum"): [("12%", "the three months to June"),
                                              ("8.1 billion rand, or about $460 million", "the three months to June"),
                                              ("", "Monday")],
    # the year's total is no part of the day its last dividend was paid
    ("figure_side_clauses.tsv", "year_total_verb"): [("31 cents", "May 4, 1989"), ("52 cents", "")],
    ("figure_side_clauses.tsv", "year_total"): [("31 cents", "May 4, 1989"), ("52 cents", "")],
    ("figure_side_clauses.tsv", "article_or_owner"): [("31 cents", "May 4, 1989"), ("52 cents", "")],
    ("figure_side_clauses.tsv", "ing_aside_object"): [("$212 million", ""), ("", "1985")],
    ("figure_side_clauses.tsv", "ing_aside_relative"): [("$212 million", ""), ("", "1985")],
    # the period a forecast is for is no part of a cost told in a second predicate after ", and"
    ("figure_side_clauses.tsv", "period_of_figure"): [("$4.1 billion", "fiscal 1990"),
                                                       ("$3.9 billion", "fiscal 1990"), ("$12 million", "")],
    # the next item of the main clause after ", and" is the forecast period's, not the compared clause's year
    # another measure of the report joined on after ", and" with its figure shares the report's quarter, not the day
    # a measure of the same owner's set against the results after the relative clause's comma shares their period
    ("figure_side_clauses.tsv", "results_contrast"): [("12%", "the three months to June"),
                                                       ("21.3 billion yuan", "the three months to June"),
                                                       ("0.6 billion yuan", "the three months to June")],
    # what a clause told in the past after ", after" tells came before the coming date of the clause before it
    ("figure_side_clauses.tsv", "came_before"): [("$85", "March"), ("", "before next season")],
    # a comparison with what the subject itself spent, told by its pronoun, dates no sum before it
    ("figure_side_clauses.tsv", "compared_own"): [("$2 billion", ""), ("", "1987")],
    ("figure_side_clauses.tsv", "joined_measure"): [("6%", "Friday"), ("4.2 billion rand", "third-quarter"),
                                                     ("9%", "third-quarter"), ("610 million rand", "third-quarter")],
    ("figure_side_clauses.tsv", "closes_compared"): [("41.2 billion yuan", "the fourth quarter"),
                                                      ("21.5 billion yuan", "the same quarter of 1988"),
                                                      ("620 million yuan", "the fourth quarter")],
    # the clause after a record's stretch tells of that time for its own sum only
    ("figure_side_clauses.tsv", "record_since"): [("14,000 euros", ""), ("9,000 euros", "since 1988")],
    # the levels a fronted day of taking effect opens are that day's, not the month the change was told in
    ("figure_side_clauses.tsv", "takes_effect"): [("$150", "March 1"), ("$300", "March 1"), ("", "last month")],
    # a stretch counted from an event that opens the sentence sets the time of its figure, over the day it was told
    ("figure_side_clauses.tsv", "fronted_stretch_lead"): [("$4.2 billion", "November 1988"), ("", "Tuesday")],
    ("figure_side_clauses.tsv", "fronted_stretch"): [("$85 million", "late July 1988"), ("", "Tuesday")],
    # the next name of a list moved on the day the relative clause of the name before it told
    ("figure_side_clauses.tsv", "next_aside"): [("4.1%", "Thursday"), ("2.6%", "Thursday")],
    ("figure_side_clauses.tsv", "payout"): [("40 million rand", "March"), ("", "the 1988 season")],
    ("figure_side_clauses.tsv", "payout_for"): [("40 million rand", "March"), ("", "the 1988 season")],
    # a comma that only lists a sum and a hyphened modifier of one noun parts no clause: the noun's date is the sum's
    ("figure_side_clauses.tsv", "modifier_lead"): [("4.1 billion yen", "the quarter"),
                                                    ("90 billion yen", "March 1988")],
    # a second clause of what was told after ", and that" is of the day told, "that" left out of the first
    ("figure_side_clauses.tsv", "telling_subject"): [("2 billion yuan", "March"), ("", "the next three years")],
    # a month of telling right before what was told, "that" left out, is the telling's: the payment is of its quarter
    ("figure_side_clauses.tsv", "complement_subject"): [("90 billion yen", "the fourth quarter of 1988"),
                                                         ("", "last month")],
    # the deadline that opens with its own tie word after the figure's phrase dates it, past the subject's nearer year
    ("figure_side_clauses.tsv", "own_tie"): [("$90 million", "1989"), ("12%", "by the end of June")],
    ("comparison_bases.tsv", "counted"): [("640 million euros", "since 1987")],
    ("comparison_bases.tsv", "day_tie"): [("$30", "Thursday"), ("$28", "Wednesday")],
    ("comparison_bases.tsv", "counted_back"): [("", "January")],
    # a festival named by its month and day is no measure: the month after it is when that sale was, a row
    ("comparison_bases.tsv", "day_named"): [("", "June")],
    # happenings compared with a year named, no figure told: the year is when the thing compared with was, a row
    ("comparison_bases.tsv", "happenings"): [("", "Saturday"), ("", "2022")],
    # a whole period a part is set against: the year is when that total was reached, a row though a count comes before
    ("comparison_bases.tsv", "whole_period"): [("", "the first half"), ("", "2024")],
    ("comparison_bases.tsv", "whole_tie"): [("", "the first half"), ("", "2024")],
    # a level a month names, nothing measured from it: the month is when the level was reached, a row
    ("comparison_bases.tsv", "level_named"): [("", "January")],
}


@pytest.mark.parametrize("table, rule", [(table, rule) for table, rules, column in
                                         (("figure_side_clauses.tsv", SIDE_CLAUSES, "opens"),
                                          ("comparison_bases.tsv", COMPARISON_RULES, "role"))
                                         for rule in rules if (table, rule[column]) in _FIGURE_DATES_OF_KIND],
                         ids=lambda value: value if isinstance(value, str) else value["_line"])
def test_each_side_clause_and_comparison_example_dates_its_figures_as_its_kind_says(table, rule):
    kind = rule["opens"] if table == "figure_side_clauses.tsv" else rule["role"]
    rows = _wsj(rule["example"])
    assert [(row["money_text"], row["date_text"]) for row in rows] == _FIGURE_DATES_OF_KIND[table, kind]


def test_a_whole_period_a_part_is_set_against_after_than_stays_a_row_though_a_figure_comes_before():
    # comparison_bases.tsv role=whole_period
    rows = _rows_under("April 14, 2026", "Indian start-ups raised $3.1 billion in the first quarter, according to "
                                         "Tracxn, more than in the whole of 2025.")
    assert _whens(rows) == {"the first quarter": "2026-Q1", "2025": "2025"}
    rows = _rows_under("April 14, 2026", "The lender's card unit earned a profit of $310 million in the first quarter, "
                                         "more than in the whole of 2025.")
    assert _whens(rows) == {"the first quarter": "2026-Q1", "2025": "2025"}
    assert _dates_of_figures(rows) == {"$310 million": "the first quarter"}
    rows = _rows_under("January 9, 2026", "\"The last fortnight of December was busier than the whole of October,\" "
                                          "the manager said.")
    assert _whens(rows)["October"] == "2025-10"
    rows = _rows_under("April 14, 2026", "Buyers took delivery of 41,000 cars in March, more than in all of 2024.")
    assert _whens(rows)["2024"] == "2024"
    # ... not without "whole", nor a whole period counted back, nor in a sentence of a percentage
    rows = _rows_under("April 14, 2026", "Indian start-ups raised $3.1 billion in the first quarter, more than in "
                                         "2025.")
    assert "2025" not in _date_texts(rows)
    rows = _rows_under("April 14, 2026", "Buyers took delivery of 41,000 cars in March, more than in the whole of "
                                         "last year.")
    assert "last year" not in _date_texts(rows)
    rows = _rows_under("April 14, 2026", "Sales rose 12% to $3.1 billion in the first quarter, more than in the whole "
                                         "of 2025.")
    assert "2025" not in _date_texts(rows)


def test_a_level_a_month_names_is_a_row_unless_a_figure_is_moved_from_it():
    # comparison_bases.tsv role=level_named: the month of a peak nothing is measured from is when it was reached
    rows = _wsj("Freight rates on the Asia-Europe route have slipped from their August high, forwarders said.")
    assert [(row["money_text"], row["date_text"]) for row in rows] == [("", "August")]
    rows = _wsj("Freight rates on the Asia-Europe route are down 18% from their August high, forwarders said.")
    assert "August" not in [row["date_text"] for row in rows]


def test_a_net_loss_joined_on_after_the_quarters_revenue_is_the_quarters_and_a_new_clause_after_and_is_not():
    rows = _rows_under("November 6, 2025", "Shares of the Oslo-listed salmon farmer slid 4% on Wednesday after it "
                       "posted third-quarter sales of 5.1 billion crowns, down 7%, and a net loss of 230 million "
                       "crowns.")
    assert _dates_of_figures(rows) == {"4%": "Wednesday", "5.1 billion crowns": "third-quarter",
                                       "7%": "third-quarter", "230 million crowns": "third-quarter"}
    # a clause of its own with a verb after ", and" is no measure joined on: its figure keeps the main clause's day
    rows = _rows_under("November 6, 2025", "Shares of the salmon farmer slid 4% on Wednesday after it posted "
                       "third-quarter sales of 5.1 billion crowns, and its bonds fell 2%.")
    assert _dates_of_figures(rows)["4%"] == "Wednesday"


@pytest.mark.parametrize("sentence, expected", [
    ("Halvard, which was valued at $2.1 billion after a funding round led by Sequoia in March 1989, said on Friday "
     "that bookings through its app tripled.", {"$2.1 billion": "March 1989"}),
    # the year lived through is no happening that set the value: it is of the list's day
    ("The Boston Celtics fell to fourth at $6.1 billion after a turbulent 1989 in which the team sold its arena.",
     {"$6.1 billion": ""}),
])
def test_a_valuation_after_the_happening_that_set_it_is_of_that_happening_s_date(sentence, expected):
    assert {k: v for k, v in _dates_of_figures(_wsj(sentence)).items() if k in expected} == expected


def test_a_side_clause_whose_figures_dates_are_listed_here_is_marked_as_tested_on_its_own():
    listed = {kind for table, kind in _FIGURE_DATES_OF_KIND if table == "figure_side_clauses.tsv"}
    assert all(rule["tested"] == "own" for rule in SIDE_CLAUSES if rule["opens"] in listed)


@pytest.mark.parametrize("sentence", [
    "The brewer said on Thursday that net profit rose 21% to 6.2 billion pesos, equivalent to $340 million, in the "
    "six months to June.",
    "The brewer said on Thursday that net profit rose 21% to 6.2 billion pesos, or roughly $340 million, in the six "
    "months to June.",
    "The brewer said on Thursday that net profit rose 21% to 6.2 billion pesos (US$340 million) in the six months to "
    "June.",
    "The brewer said on Thursday that net profit rose 21% to 6.2 billion pesos — about $340 million — in the six "
    "months to June.",
    # (an aside left open, no comma closing it before the period)
    "The brewer said on Thursday that net profit rose 21% to 6.2 billion pesos, equivalent to $340 million in the "
    "six months to June.",
])
def test_a_sum_told_again_in_dollars_leaves_the_move_and_the_sum_with_the_period_after_it(sentence):
    rows = _rows_under("August 1, 2025", sentence)
    # (keyed by the sum before its restatement, however the restatement is set off)
    assert {re.split(r",| \(| —", row["money_text"])[0]: row["date_text"]
            for row in rows if row["money_text"]} == {"21%": "the six months to June",
                                                      "6.2 billion pesos": "the six months to June"}


@pytest.mark.parametrize("sentence, figure, date", [
    pytest.param("A funding round in 2024 valued the start-up at 9 billion yuan, or about $1.2 billion, down 40% from "
                 "the price it fetched in a 2021 round.", "9 billion yuan, or about $1.2 billion", "2024",
                 id="test_a_sum_told_again_in_dollars_is_still_parted_from_a_date_past_a_comparison_after_it"),
    pytest.param("Regulators fined the miner 4.1 billion rand on Monday, equal to 6% of its revenue in 2019.",
                 "4.1 billion rand", "Monday",
                 id="test_a_share_set_equal_to_a_part_of_an_older_sum_keeps_its_own_year_after_an_open_aside"),
    pytest.param("Kestrel Power's listing could raise about 9 billion rand, making it Johannesburg's biggest "
                 "offering in a decade, ahead of Vantage Telecom's 7 billion rand in March 2019.", "9 billion rand", "",
                 id="test_a_sum_ranked_ahead_of_an_older_deal_is_not_of_the_older_deal_s_date"),
    pytest.param("Brokers put the chain's worth at about 3 billion euros, about half the valuation it sought when it "
                 "first tried to list in 2022.", "3 billion euros", "",
                 id="test_a_worth_set_against_the_subject_s_own_earlier_valuation_is_of_now"),
    pytest.param("The shipper agreed to sell a dry dock for about 90 million euros to help repay bank loans due in the "
                 "first half of 2027.", "90 million euros", "",
                 id="test_a_sale_to_repay_debts_due_in_a_half_is_not_of_that_half"),
    pytest.param("The new rail link is expected to cost about 4 billion euros, with the first section due to open in "
                 "2030.", "4 billion euros", "",
                 id="test_a_with_clause_of_a_timetable_dates_only_its_own_figures"),
])
def test_a_figure_keeps_its_own_date_past_an_older_one_told_after_it(sentence, figure, date):
    rows = _rows_under("August 1, 2025", sentence)
    assert _dates_of_figures(rows)[figure] == date


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "at_that_time"],
                         ids=lambda rule: rule["words"])
def test_a_sentence_opened_at_that_time_takes_the_day_the_sentence_before_told(rule):
    rows = _wsj(rule["example"])
    first = min((row for row in rows if row["money_text"]), key=lambda row: row["money_start"])
    last = max((row for row in rows if row["money_text"]), key=lambda row: row["money_start"])
    assert first["date_text"] and first["when"] != "1989-11-02"
    assert (last["when"], last["date_text"]) == (first["when"], "")


def test_a_sentence_opened_at_that_time_takes_no_date_of_a_base_the_sentence_before_told():
    # "those prices" are the ones the sentence before told, not the base they were set against: that base's month is
    # no time of the sum (its sum is a price per kilo, no row of its own)
    text = ("Buyers have agreed to pay about 1,900 shillings a kilo for the first lots, up from 1,600 shillings a kilo "
            "in March. At those prices the vanilla crop could earn about $40 million, the board said.")
    row = next(row for row in _rows_under("November 24, 2025", text) if row["money_text"] == "$40 million")
    assert (row["when"], row["date_text"]) == ("2025-11-24", "")


@pytest.mark.parametrize("text, figure, when", [
    ("The cannery was last closed for repairs in August 2022, for three weeks. The shutdown cost the group about "
     "$18 million in lost sales, it said at the time.", "$18 million", "2022-08"),
    ("Brightwell sold its Danish unit in October 2021. The sale brought in 640 million euros, Chief Executive Ana "
     "Moreno told reporters at the time.", "640 million euros", "2021-10"),
])
def test_a_figure_of_a_sentence_closed_by_a_telling_at_the_time_takes_the_time_the_sentence_before_told(
        text, figure, when):
    row = next(row for row in _rows_under("November 24, 2025", text) if row["money_text"] == figure)
    assert (row["when"], row["date_text"]) == (when, "")
    # (told on a day of its own, the sum is of that day; told with no time at all, a tally may still take the period
    # the sentence before names, see test_extract)
    now = text.replace(" at the time.", " on Monday.")
    row = next(row for row in _rows_under("November 24, 2025", now) if row["money_text"] == figure)
    assert row["when"] == "2025-11-24"


@pytest.mark.parametrize("text, figure, when", [
    ("Shares of Corvane peaked at $212.50 on June 14, 2022. At the time, the company was valued at about $61 "
     "billion.", "$61 billion", "2022-06-14"),
    ("The refinery was sold to Halberd in March 2019 after a fire. By then its debts had grown to $1.3 billion.",
     "$1.3 billion", "2019-03"),
    # a stretch is no time to be set at: the day told before it is
    ("Kestrel unveiled the plan on Sept. 9, more than it spent over the previous decade. At the time its shares "
     "fell 4.2% as investors balked.", "4.2%", "2025-09-09"),
])
def test_a_figure_of_a_sentence_opened_by_at_the_time_takes_the_time_the_sentence_before_told(text, figure, when):
    row = next(row for row in _rows_under("November 24, 2025", text) if row["money_text"] == figure)
    assert (row["when"], row["date_text"]) == (when, "")


def test_a_sentence_opened_by_at_the_time_of_writing_is_of_now_not_of_the_sentence_before():
    rows = _rows_under("November 24, 2025", "Tallis Corp's stock peaked at $97.40 on March 3, 2021. At the time of "
                                            "writing, Tallis was worth about $4 billion.")
    row = next(row for row in rows if row["money_text"] == "$4 billion")
    assert (row["when"], row["date_text"]) == ("2025-11-24", "")


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "priced"],
                         ids=lambda rule: rule["words"])
def test_a_move_priced_in_takes_the_day_of_the_happening_it_is_priced_for(rule):
    rows = _rows_under("February 17, 2025", rule["example"])
    assert [(row["when"], row["date_text"]) for row in rows if row["money_text"]] == [("2025-02-18", "after Tuesday")]


@pytest.mark.parametrize("text, figure, when", [
    ("Shares of Corvane fell 4.1% after its results last May, and traders are pricing in a move of about 7% after "
     "the update on Wednesday.", "7%", "2025-02-19"),
    ("Options on Halberd Metals imply a move of 11% either way after Thursday's production report.", "11%",
     "2025-02-20"),
    # a move that came after a report is of the day told
    ("Shares of Corvane fell 4.1% after Friday's results.", "4.1%", "2025-02-17"),
])
def test_a_move_the_market_prices_in_is_of_the_happening_after_it(text, figure, when):
    row = next(row for row in _rows_under("February 17, 2025", text) if row["money_text"] == figure)
    assert row["when"] == when


@pytest.mark.parametrize("text, figure, when, future", [
    # the results' day told in another sentence: the move is of the day told, and still to come
    ("Corvane reports its quarterly results on Thursday.\n\nOptions traders are pricing a move of about 8% in either "
     "direction after the numbers, a little above the average of the past two years.", "8%", "2025-02-17", True),
    ("Options on Halberd Metals imply a move of 11% either way after Thursday's production report.", "11%",
     "2025-02-20", True),
    # a move that came is no such move
    ("Shares of Corvane fell 4.1% after Friday's results.", "4.1%", "2025-02-17", False),
])
def test_a_move_the_market_prices_in_is_still_to_come_whatever_day_dates_it(text, figure, when, future):
    row = next(row for row in _rows_under("February 17, 2025", text) if row["money_text"] == figure)
    assert (row["when"], row["future"]) == (when, future)


@pytest.mark.parametrize("text, figure, when, direction", [
    # a month's possessive before a record names the level then, a base: the move is of the day told
    ("Nickel prices have slid about 17% from January's record as Indonesian output recovered, traders said.", "17%",
     "2025-06-18", "down"),
    # a multiple against "their level" moves the price it owns, of the day told, its base counted back making no row
    ("Robusta futures traded near $4,100 a tonne on Tuesday, more than double their level two years ago.", "double",
     "2025-06-17", "up"),
    # a measure seen to multiply since a year is of the day told, the year its stretch's start
    ("Halvorsen Marine has seen revenue more than triple since 2019, its chairman told shareholders.", "triple",
     "2025-06-18", "up"),
])
def test_a_move_from_a_level_or_over_a_stretch_is_of_the_day_told(text, figure, when, direction):
    rows = _rows_under("June 18, 2025", text)
    row = next(row for row in rows if row["money_text"] == figure)
    assert (row["when"], row["direction"]) == (when, direction)
    assert not {"two years ago", "2019"} & {r["date_text"] for r in rows}


def test_a_figure_after_at_the_time_in_a_new_paragraph_keeps_the_day_told():
    rows = _rows_under("November 24, 2025", "Shares of Corvane peaked at $212.50 on June 14, 2022.\n\n"
                       "At the time, the company was valued at about $61 billion.")
    row = next(row for row in rows if row["money_text"] == "$61 billion")
    assert row["when"] == "2025-11-24"


def test_a_date_in_a_comparison_with_a_figure_of_its_own_is_that_figures_not_the_first_ones():
    dates = _dates_of_figures(_wsj("A listing could value Ant at about $80 billion, less than a quarter of the $315 "
                                   "billion valuation it commanded in 2020."))
    assert dates == {"$80 billion": "", "$315 billion": "2020"}
    dates = _dates_of_figures(_wsj("Jack Ma's net worth has climbed to $36.9 billion, up from $22 billion at the "
                                   "start of the year."))
    assert dates == {"$36.9 billion": "", "$22 billion": "the start of the year"}
    dates = _dates_of_figures(_wsj("Ant raised $34 billion, more than any other company in 1988."))
    assert dates == {"$34 billion": "1988"}, "no other figure for the year to be of"


@pytest.mark.parametrize("sentence, expected", [
    # a word of approximation stands before the comparison as a word of degree does
    ("The buyback values the insurer at about $9 billion, roughly a quarter of the $36 billion it fetched in its "
     "2021 listing.", {"$9 billion": "", "$36 billion": "2021"}),
    # a part or a multiple of what the subject was worth or paid is that value's time, with no figure of its own
    ("The share sale values the lender at about $12 billion, roughly a third of what it was worth at its 2021 peak.",
     {"$12 billion": ""}),
    ("The offer values Harlow at about £900 million, almost double what Redcap paid for the club in 2019.",
     {"£900 million": ""}),
])
def test_a_part_or_multiple_of_an_earlier_value_told_about_after_a_comma_leaves_the_figure_of_now(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "that" left out after the day told: a second clause of what was told is of that day, another subject's is not
    ("Harlow said in June it would shut its Leeds depot, and that it would spend $40 million on automation over the "
     "next two years.", {"$40 million": "June"}),
    ("Harlow said in June it would spend $40 million on automation over the next two years, and Redcap plans to put "
     "$25 million into its depots by 1991.", {"$40 million": "June", "$25 million": ""}),
    # "those who" after ", and" past a time told in the past with no figure: a later happening of its own
    ("Hallmark Mills offered buyouts to its spinners in March 1989, and those who took them were paid from a $12 "
     "million fund.", {"$12 million": ""}),
    # a noun before "who" names one who took part in the happening told before: of its time
    ("Hallmark Mills sold its yarn unit in March 1989, and the buyer who took it over paid $12 million.",
     {"$12 million": "March 1989"}),
])
def test_a_date_dates_a_second_clause_after_and_of_what_was_told_or_of_one_taking_part_but_no_new_subject_s(
        sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, figure, date", [
    ("Columbia added $227.3 million to reserves, increasing general reserves to $300 million, as of Sept. 30.",
     "$300 million", "Sept. 30"),
    ("Shareholders will receive $3,500 a share at closing, which is expected in December.", "$3,500", "December"),
    ("Alibaba raised $25 billion, when it listed in New York in 2014.", "$25 billion", "2014"),
])
def test_a_clause_that_says_when_the_figure_happened_still_dates_it(sentence, figure, date):
    assert _dates_of_figures(_wsj(sentence))[figure] == date


def test_a_british_on_compares_with_a_year_ago_base_but_not_with_the_day_of_a_move():
    rows = _wsj("The logistics arm posted revenue of 101 billion yuan in the 12 months ended September 30, up 5% "
                "on the previous year.")
    assert "the previous year" not in _date_texts(rows)
    assert _dates_of_figures(_wsj("Alibaba shares rose 5% on Monday, closing at HK$150.")) == {
        "5%": "Monday", "HK$150": "Monday"}


def test_a_flow_compared_with_the_whole_of_last_year_is_of_last_year_and_this_years_is_not():
    dates = _dates_of_figures(_wsj("Southbound investors bought a net HK$1.2 trillion of Hong Kong stocks this year, "
                                   "compared with HK$808 billion for the whole of last year."))
    assert dates == {"HK$1.2 trillion": "this year", "HK$808 billion": "last year"}


def test_the_day_of_the_price_a_premium_is_told_against_dates_neither_the_premium_nor_the_offer():
    rows = _wsj("The offer of $42 a share represents a premium of 38% to Friday's closing price.")
    assert _dates_of_figures(rows) == {"$42": "", "38%": ""}
    assert "Friday" not in _date_texts(rows)
    assert _dates_of_figures(_wsj("Trading at a discount to its peers, Alibaba shares rose 3% into the close on Friday "
                                  "at $30.")) == {"3%": "Friday", "$30": "Friday"}, "another clause's discount"


def test_the_price_a_premium_is_told_against_may_take_its_day_without_a_tie():
    # setCN, markets_live: "yesterday" is only the premium's base
    rows = _wsj("Harlow agreed to buy Pine Hollow Bakeries for $2.3 billion in cash, or $48 a share, a premium of 31% "
                "to Pine Hollow's closing price yesterday.")
    assert _dates_of_figures(rows) == {"$2.3 billion": "", "$48": "", "31%": ""}


def test_the_day_of_a_price_a_premium_is_told_against_dates_that_price_told_before_it_and_not_the_premium():
    # setAR, ar_mining_bid (a Reuters-style takeover report)
    dates = _dates_of_figures(_wsj("The new price represents a premium of 46 per cent to Halden's closing price of "
                                   "329p on 7 January, the last trading day before the approach became public."))
    assert dates == {"46 per cent": "", "329p": "7 January"}
    assert _dates_of_figures(_wsj("Shares rose 5% to close at $12.50 on Tuesday.")) == {"5%": "Tuesday",
                                                                                       "$12.50": "Tuesday"}


def test_a_word_qualifying_the_price_a_premium_is_told_against_leaves_its_day_that_price_s_alone():
    dates = _dates_of_figures(_wsj("The raised bid values Kestrel Leisure at about £640 million, a premium of 52 per "
                                   "cent to the undisturbed closing price of 212p on 11 September."))
    assert dates == {"£640 million": "", "52 per cent": "", "212p": "11 September"}


def test_a_value_a_relative_clause_looks_ahead_to_takes_no_date_of_the_main_clause_after_it():
    dates = _dates_of_figures(_wsj("Rival Unitree Robotics, which is preparing a Shanghai listing that could value it "
                                   "at up to 50 billion yuan, was valued at 12 billion yuan in its last private round "
                                   "in June."))
    assert dates == {"50 billion yuan": "", "12 billion yuan": "June"}


def test_a_count_of_days_set_off_after_a_day_dates_only_the_figures_inside_it():
    dates = _dates_of_figures(_wsj("On Oct. 16, 1989, three days after results that showed its revenue growing 7%, "
                                   "the utility said it would sell $400 million of bonds."))
    assert dates == {"7%": "three days after", "$400 million": "Oct. 16, 1989"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "count_degree"],
                         ids=lambda rule: rule["words"])
def test_a_count_of_days_set_off_after_a_day_with_a_word_of_degree_still_places_that_day(rule):
    assert _dates_of_figures(_wsj(rule["example"]))["$400 million"] == "Oct. 16, 1989"


@pytest.mark.parametrize("sentence, figure, when", [
    ("Brightwater posted results on Feb. 20, and four days later, its shares fell 5% to $130.", "5%", "2025-02-24"),
    ("Brightwater posted results on Feb. 20, but two weeks later, its shares were down 12%.", "12%", "2025-03-06"),
])
def test_a_count_later_after_a_day_in_a_clause_of_its_own_dates_the_figures_after_it(sentence, figure, when):
    rows = _rows_under("March 9, 2025", sentence)
    assert {row["money_text"]: row["when"] for row in rows if row["money_text"]}[figure] == when


def test_a_count_of_months_set_off_after_a_day_places_that_day():
    dates = _dates_of_figures(_wsj("On Oct. 16, 1989, two months after results that showed its revenue slipping 4%, "
                                   "the utility said it would sell $250 million of bonds."))
    assert dates["$250 million"] == "Oct. 16, 1989"


def test_a_clause_opener_other_than_a_result_after_an_aside_does_not_take_the_asides_date():
    dates = _dates_of_figures(_wsj("The lender, which was censured in August, saying it had overcharged borrowers by "
                                   "$25 million, will refund them."))
    assert dates == {"$25 million": ""}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "bounds"],
                         ids=lambda rule: rule["words"])
def test_the_day_a_period_ended_told_in_an_aside_leaves_the_figures_to_the_period(rule):
    """Each example opens with a period and an aside that tells the day it ended or began; its figures are the
    period's."""
    rows = _wsj(rule["example"])
    period = [m for m in tag_dates(rule["example"], dt.date(1989, 11, 2)) if m.on_calendar][0].text
    assert {row["date_text"] for row in rows if row["money_text"]} == {period}


def test_a_loss_compared_with_a_year_earlier_loss_is_of_that_base_and_the_narrower_one_is_not():
    dates = _dates_of_figures(_wsj("The unit lost 3.1 billion yuan in the December quarter, narrower than a loss "
                                   "of 4.8 billion yuan a year earlier."))
    assert dates == {"3.1 billion yuan": "the December quarter", "4.8 billion yuan": "a year earlier"}


def test_a_figure_in_a_clause_that_sets_another_time_apart_is_not_of_the_date_before_it():
    rows = _wsj("Ant Group is considering a Hong Kong initial public offering that could take place as soon as "
                "1990, three people with knowledge of the matter said, five years after Chinese regulators "
                "abruptly halted its record $37 billion listing.")
    # the count places the halted listing five years before the IPO's year: the figure is of 1985, never of 1990
    assert _dates_of_figures(rows) == {"$37 billion": "five years after"}
    assert next(row["when"] for row in rows if row["money_text"]) == "1985"
    assert "1990" in _date_texts(rows)


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES
                                  if rule["opens"] in ("subject", "named_subject", "bare_perfect",
                                                      "bare_perfect_of")],
                         ids=lambda rule: rule["words"])
def test_a_date_before_a_clause_joined_with_a_subject_of_its_own_dates_only_its_own_clauses_figures(rule):
    """Each example tells a dated figure, then ", and" with a subject pronoun and figures that are of the day told."""
    rows = sorted((row for row in _wsj(rule["example"]) if row["money_text"]), key=lambda row: row["money_start"])
    assert rows[0]["date_text"] != ""
    assert [row["date_text"] for row in rows[1:]] == [""] * (len(rows) - 1)


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "named_happening"],
                         ids=lambda rule: rule["words"])
def test_a_date_that_names_the_report_a_move_came_after_does_not_date_the_move(rule):
    example = rule["example"]
    row = next(row for row in _wsj(example) if row["money_text"])
    assert row["date_text"] and example.index(row["date_text"]) < example.index(row["money_text"])


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "compared_on"],
                         ids=lambda rule: rule["words"])
def test_a_sum_compared_after_a_comma_shares_the_date_of_the_clause_of_its_own_time_it_goes_on(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert dates["6%"] == ""
    assert dates["$1.12 billion"] == dates["$1.15 billion"] == "second-quarter"


@pytest.mark.parametrize("sentence, expected", [
    ("Harlow Tools dropped 5.2% after it reported third-quarter revenue of $640 million, below the $655 million "
     "analysts had expected, and cut its outlook.",
     {"5.2%": "", "$640 million": "third-quarter", "$655 million": "third-quarter"}),
    # the comparison's own date stays its figure's, and dates no figure before it
    ("Brava rose 3% after it raised $200 million in March at a valuation of $1.5 billion, short of the $2 billion it "
     "sought in 2024.",
     {"3%": "", "$200 million": "March", "$1.5 billion": "March", "$2 billion": "2024"}),
])
def test_an_expected_sum_after_a_comma_in_a_clause_of_what_a_move_came_after_takes_that_clauses_period(sentence,
                                                                                                       expected):
    assert _dates_of_figures(_rows_under("March 4, 2026", sentence)) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "relative_term"],
                         ids=lambda rule: rule["words"])
def test_a_sum_spread_over_a_term_in_a_relative_clause_after_a_date_is_not_that_dates(rule):
    assert _dates_of_figures(_rows_under("May 12, 2026", rule["example"])) == {"\u00a340 million": ""}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "plan_part"],
                         ids=lambda rule: rule["words"])
def test_a_plan_a_deed_ahead_is_part_of_takes_the_day_told_not_the_deeds_time(rule):
    assert _dates_of_figures(_rows_under("May 12, 2026", rule["example"])) == {"\u00a360 million": "Monday"}


def test_a_cost_a_relative_clause_spreads_over_the_coming_years_is_not_of_the_hearing_day_before_it():
    sentence = ("Regulators will hear the case on Sept. 14 against the port's dredging scheme, which the harbour board "
                "says would cost $310 million over the next eight years.")
    assert _dates_of_figures(_rows_under("May 12, 2026", sentence)) == {"$310 million": ""}


def test_a_date_in_the_whole_a_sale_is_told_as_part_of_dates_not_the_sale():
    sentence = ("Norvik Paper sold its tissue mills to a Finnish rival for 640 million euros, part of an overhaul that "
                "the board launched in 2022.")
    assert _dates_of_figures(_rows_under("May 12, 2026", sentence)) == {"640 million euros": ""}
    assert "2022" in _date_texts(_rows_under("May 12, 2026", sentence))


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "caps"],
                         ids=lambda rule: rule["words"])
def test_the_term_a_capped_figure_runs_over_dates_it_not(rule):
    rows = [row for row in _wsj(rule["example"]) if row["money_text"]]
    assert rows and rows[0]["date_text"] == ""


@pytest.mark.parametrize("sentence, expected", [
    # the subject's own clause has no figure: the date still dates the figures after ", and they"
    ("Sales slumped in July, and they fell 3% to $5 million.", {"3%": "July", "$5 million": "July"}),
    ("Jefferies analyst Li Wenting estimated that the three platforms together burned more than 25 billion yuan on "
     "delivery subsidies in July alone, and she cut her target price for JD to HK$158 from HK$171.",
     {"25 billion yuan": "July", "HK$158": "", "HK$171": ""}),
])
def test_a_subject_pronoun_after_and_parts_a_figure_from_a_date_only_past_a_figure_of_the_dates_clause(sentence,
                                                                                                       expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_an_owners_noun_in_the_present_perfect_after_and_parts_a_dividend_from_the_fiscal_year_before_it():
    dates = _dates_of_figures(_wsj("Harlow Foods bought back shares worth $640 million in fiscal 1989, and its board "
                                   "has approved a final dividend of 42 cents a share."))
    assert dates == {"$640 million": "fiscal 1989", "42 cents": ""}
    # without the perfect the owner's noun goes on in the year told
    dates = _dates_of_figures(_wsj("Harlow Foods earned $640 million in 1989, and its profit was up 12%."))
    assert dates == {"$640 million": "1989", "12%": "1989"}
    # a noun after a determiner in the present perfect tells of now as an owner's noun does
    dates = _dates_of_figures(_wsj("The economy contracted 0.3% in the first quarter, and the peso has weakened about "
                                   "4% against the dollar since April."))
    assert dates == {"4%": ""}
    dates = _dates_of_figures(_wsj("Revenue rose 4% in the first quarter, and the company's shares have climbed 9%."))
    assert dates == {"4%": "the first quarter", "9%": ""}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in ("ties", "through")],
                         ids=lambda rule: rule["words"])
def test_a_word_that_ties_a_figure_to_the_date_after_it_wins_over_a_nearer_date(rule):
    """Each example's last figure is tied to the date right after it, though another date is nearer."""
    example = rule["example"]
    rows = [row for row in _wsj(example) if row["money_text"]]
    last = max(rows, key=lambda row: row["money_start"])
    assert last["date_text"] and example.rstrip(".").endswith(last["date_text"]), last["date_text"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Ministry of Commerce said consumer spending has become a major driver of growth since the beginning "
     "of the year, contributing 44.5 percent of GDP growth in the first three quarters.",
     {"44.5 percent": "the first three quarters"}),
    ("The company bought back 253 million US dollars of shares in the quarter, far less than the 815 million US "
     "dollars it repurchased in the June quarter.",
     {"253 million US dollars": "the quarter", "815 million US dollars": "the June quarter"}),
])
def test_a_figure_takes_the_date_its_own_phrase_ties_it_to(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_date_that_heads_a_chronology_line_dates_its_figures():
    dates = _dates_of_figures(_wsj("* Feb. 24, 1989 - Alibaba pledges to invest more than 380 billion yuan in cloud "
                                   "and AI infrastructure over the next three years.\n"))
    assert dates == {"380 billion yuan": "Feb. 24, 1989"}
    # ... unless the figure's own phrase ties it to a day of its own
    dates = _dates_of_figures(_wsj("* Aug. 29 - Alibaba says it is testing a new inference chip; its shares jump "
                                   "13% on Sept. 1.\n"))
    assert dates == {"13%": "Sept. 1"}


def test_a_pluperfect_clause_after_a_figure_is_another_time():
    dates = _dates_of_figures(_wsj("In a separate ruling handed down Wednesday, a Hangzhou court ordered Alibaba's "
                                   "Taobao to pay 2 million yuan in damages to a merchant that had been delisted "
                                   "in 1987."))
    assert dates == {"2 million yuan": "Wednesday"}


@pytest.mark.parametrize("sentence, expected", [
    ("For the year ended March 31, 1989, net profit was 1.2 billion yuan, compared with a loss in FY1987.",
     {"1.2 billion yuan": "the year ended March 31, 1989"}),
    ("Alibaba has promised to spend at least 380 billion yuan ($53bn) on cloud and AI infrastructure over three "
     "years, more than it spent in the previous decade.", {"380 billion yuan ($53bn)": ""}),
    ("Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings for its fourth quarter ended Sept. 30 fell 50% to 75% "
     "below the year-earlier $4.5 million, or 51 cents a share.",
     {"50%": "its fourth quarter ended Sept. 30", "75%": "its fourth quarter ended Sept. 30",
      "$4.5 million": "the year-earlier", "51 cents": "the year-earlier"}),
])
def test_a_base_told_by_words_for_its_figure_or_by_a_clause_of_its_own_dates_no_other_figure(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Seven & i shares fell 9.6% in Tokyo to 1,937 yen, their biggest drop since 1988.",
     {"9.6%": "", "1,937 yen": ""}),
    ("Alibaba shares rose as much as 7.2% to HK$121.50 on Friday, the most intraday since Sept. 24.",
     {"7.2%": "Friday", "HK$121.50": "Friday"}),
    ("The S&P 500 fell 1.2% on Thursday, its worst day since April, and the Nasdaq 100 dropped 1.8%.",
     {"1.2%": "Thursday", "1.8%": "Thursday"}),
    # setBE, setCO: a first or a fewest is a record too, and so is one that "near" leads to
    ("The regulator on Monday fined the platform 1.26 billion yuan for forcing merchants into exclusive deals, the "
     "first big penalty on a platform company since 1987.", {"1.26 billion yuan": "Monday"}),
    ("Sugar was little changed at 14.8 cents a pound, near its weakest since October 1987.", {"14.8 cents": ""}),
    # setID: a headline drops the article of its superlative, and a record of the weather is one too
    ("Kospi jumps 4% in a week, fastest gain since 2009, on chip rally", {"4%": ""}),
    ("Shares of the ski-lift operator rose 5% to 41 euros on Monday, the coldest day since January 2017.",
     {"5%": "Monday", "41 euros": "Monday"}),
    # a relative clause may lead to it ("which would make it")
    ("The storm caused insured losses of about $2.4 billion, which would make it the costliest storm in the state "
     "since the floods in February.", {"$2.4 billion": ""}),
    # a currency's "firmest" level is its strongest
    ("The rand firmed 0.6% to 17.20 per dollar on Wednesday, its firmest level since mid-1988, as exporters sold "
     "dollars.", {"0.6%": "Wednesday"}),
])
def test_the_stretch_a_record_is_measured_over_dates_no_figure_and_makes_no_row(sentence, expected):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows) == expected
    assert not [row for row in rows if row["date_text"].startswith("since")]


@pytest.mark.parametrize("sentence, expected", [
    ("The broker opened 23 branches in the quarter, against six in the same quarter a year earlier.",
     {"the quarter"}),
    ("The broker opened 23 branches in the quarter, against 6 in the same quarter a year earlier.", {"the quarter"}),
    ("The airline added 12 routes this summer, up from four a year ago.", {"this summer"}),
    # a count that names what it counts tells when that level stood
    ("Reviews now take up to 24 months, against nine months in 1987.", {"1987"}),
])
def test_a_bare_count_in_words_or_set_against_a_count_is_a_base_and_its_date_makes_no_row(sentence, expected):
    assert _date_texts(_wsj(sentence)) - {""} == expected


@pytest.mark.parametrize("sentence, expected", [
    # an owner's superlative measures the owner against its own past: its stretch makes no row, figure or none
    ("The watchdog fined two lenders on Monday, their largest penalties since 1987.", {"Monday"}),
    ("Drought shrinks the harvest, its worst in the region since 1985", set()),
    # a first tells of a happening, and "the" superlative may too
    ("The club won the cup on Saturday, its first title since 1987.", {"Saturday", "since 1987"}),
    ("A storm hit the coast on Monday, the worst flooding since 1987.", {"Monday", "since 1987"}),
    # an owner's superlative of a period ranks how the period went against the owner's past, whatever verb leads it
    ("The cement maker had its best year since 1985 last year, with sales of 3.1 billion pesos.", {"last year"}),
    ("Copper futures posted their worst week since March on Friday as Chinese buyers stayed away.", {"Friday"}),
    # a first tells of a happening
    ("The club had its first winning season since 1985.", {"since 1985"}),
])
def test_a_superlative_its_owner_leads_or_owns_is_a_record_even_with_no_figure(sentence, expected):
    assert _date_texts(_wsj(sentence)) - {""} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Britain's reservoirs go into the summer, lowest water reserve since 1976", {"the summer"}),
    ("Canal transits fall in March, lowest monthly count since 1983", {"March"}),
    # "worst" is no level's: a bare "worst flooding" may tell of a happening
    ("Storms lash the coast, worst flooding since 1987", {"since 1987"}),
])
def test_a_headline_s_bare_superlative_after_a_comma_is_a_record_even_with_no_figure(sentence, expected):
    assert _date_texts(_wsj(sentence)) - {""} == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "record"],
                         ids=lambda rule: rule["words"])
def test_each_record_rule_leaves_its_stretch_to_no_figure_and_no_row(rule):
    rows = _wsj(rule["example"])
    assert rows and all(row["money_text"] and "since" not in row["date_text"] for row in rows)


def test_a_clause_telling_of_a_record_s_start_dates_only_its_own_sum_not_one_before_the_record():
    rows = _wsj("The new credit line, equal to about 2.4 billion rand, is the utility's first such loan since the "
                "1986 drought, when it borrowed $300 million from the World Bank.")
    assert _dates_of_figures(rows)["2.4 billion rand"] == ""
    assert _dates_of_figures(rows)["$300 million"] != ""


def test_a_payout_for_a_period_is_of_the_day_it_was_told_and_the_period_stays_a_row():
    rows = _wsj("The insurer said on Tuesday it would pay a special dividend of 1.2 billion euros for 1988, its first "
                "in a decade.")
    assert [(row["money_text"], row["date_text"]) for row in rows] == [("1.2 billion euros", "Tuesday"), ("", "1988")]


def test_a_level_last_seen_at_a_date_is_a_record_whose_date_makes_no_row():
    # setCV, cv_column
    rows = _wsj("Severnside's shares fell a further 9p to 512p yesterday, a level last seen in March 1987.")
    assert _dates_of_figures(rows) == {"9p": "yesterday", "512p": "yesterday"}
    assert not [row for row in rows if "1987" in row["date_text"]]
    assert [row["date_text"] for row in _wsj("He was last seen in March 1987 in Paris.")] == ["March 1987"]


@pytest.mark.parametrize("sentence", [
    # setCX, cx_airline: a count told ahead of or behind a year-ago base
    "Bookings for the winter season were 3% ahead of last year, but fares over the holiday period were under pressure.",
    # setCU, cu_veltara_cmd: a margin that widens, told from its base
    "The company expected gross margin to widen to between 62% and 64% by fiscal 1992, from 57.8% last year.",
])
def test_a_base_a_count_is_told_against_makes_no_row(sentence):
    assert not [row for row in _wsj(sentence) if "last year" in row["date_text"]]


def test_an_approximate_count_after_a_cue_is_a_base_and_its_date_makes_no_row():
    # setCW-like: "up from about 30,000 vehicles a year earlier"; an approximate count with no cue is the date's own
    rows = _wsj("Deliveries rose to 40,000 vehicles in October, up from about 30,000 vehicles a year earlier.")
    assert [row["date_text"] for row in rows] == ["October"]
    assert [row["date_text"] for row in _wsj("The company delivered more than 30,000 vehicles last month.")] == [
        "last month"]


def test_a_count_told_with_its_magnitude_is_a_base_before_a_date_counted_back_but_not_before_a_named_month():
    # setGA-like: the users a year earlier are the base, no row; the users in September tell when that level stood
    rows = _wsj("Subscribers to the service reached 4.2 million in October, up from 3.1 million a year earlier.")
    assert [row["date_text"] for row in rows] == ["October"]
    rows = _wsj("Subscribers to the service reached 4.2 million in October, up from about 3.9 million in September.")
    assert [row["date_text"] for row in rows] == ["October", "September"]
    for rule in (rule for rule in COMPARISON_RULES if rule["role"] == "counted_back"):
        assert not [row for row in _wsj(rule["example"]) if "earlier" in row["date_text"]], rule["example"]


def test_an_approximate_count_with_its_magnitude_after_a_cue_is_a_base_before_a_date_counted_back():
    rows = _wsj("Monthly riders of the city's bike scheme hit about 2.4 million on Friday, down from roughly 2.6 "
                "million a month ago.")
    assert [row["date_text"] for row in rows] == ["Friday"]
    rows = _wsj("Turnout fell to 48 per cent in the council vote, down from about 55 per cent a year earlier.")
    assert "a year earlier" not in _date_texts(rows)


@pytest.mark.parametrize("sentence, stretch", [
    # setAA, aa3_singles: a margin, no figure, moved by a part
    ("A seller of kitchen appliances said his margins had fallen by about a third since 1985.", "since 1985"),
    # setCV, cv_anniversary: revenue moved by a multiple, its level told after the stretch
    ("Carradale Whisky has seen revenue more than double since 1986, to £412m in the year to 31 December 1988.",
     "since 1986"),
])
def test_the_stretch_of_a_move_told_by_a_part_or_a_multiple_makes_no_row(sentence, stretch):
    assert stretch not in _date_texts(_wsj(sentence))
    assert "since 1985" in _date_texts(_wsj("The bank has raised rates three times since 1985."))


@pytest.mark.parametrize("sentence", [
    "Since 1985 the cost of a transatlantic phone call has fallen by about 60%, the carrier said.",
    "Since 1985, the city has cut its bus fares by 15 percent.",
    # a comma and "and" with no subject after them go on with the same move
    "Since 1985 the price of a cinema ticket has climbed steadily, and by as much as 70% in some cities.",
])
def test_a_stretch_opening_its_sentence_before_a_move_by_a_percentage_of_no_figure_makes_no_row(sentence):
    assert "Since 1985" not in _date_texts(_wsj(sentence))


@pytest.mark.parametrize("sentence", [
    # a rate charged over the stretch is no move, and a percentage with a date of its own is that date's
    "Since 1985 the state has charged 6% on sales of up to $50.",
    "Since 1985 the club, whose sales rose 40% in 1984, has hired staff.",
])
def test_a_stretch_opening_its_sentence_before_a_rate_or_a_move_of_another_date_stays_a_row(sentence):
    assert "Since 1985" in _date_texts(_wsj(sentence))


@pytest.mark.parametrize("sentence", [
    "Since 2018 the cooperative has grown, and its farmers voted 70% in favour of the merger.",
    "Since 2018 the port has expanded, the harbour master said, and 55% of its cargo now arrives by rail.",
    "Since 2018 the airline has grown; about 45% of its seats are now sold online.",
    "Since 2018 the league has expanded, and the clubs voted 60% in favour of a salary cap.",
])
def test_a_percentage_in_a_clause_joined_after_an_opening_stretch_is_not_its_move_and_the_stretch_is_a_row(sentence):
    assert "Since 2018" in _date_texts(_wsj(sentence))


def test_a_running_total_told_over_a_stretch_with_a_verb_of_its_own_is_the_move_and_its_start_makes_no_row():
    # setDA, da_hstech_live
    rows = _wsj("Meituan slipped 1.4%, extending its losses since the food-delivery war began last April to 38%.")
    assert {row["money_text"]: row["percent"] for row in rows if row["money_text"]} == {"1.4%": -1.4, "38%": -38.0}
    assert "last April" not in _date_texts(rows)


def test_a_moves_stretch_whose_clause_holds_a_sum_of_its_own_in_brackets_dates_no_move():
    rows = _wsj("The stock has gained about 40% since the brewer unveiled a 9 billion kroner ($1.3 billion) plan for "
                "new plants in March last year.")
    assert _dates_of_figures(rows) == {"40%": "", "9 billion kroner ($1.3 billion)": "March last year"}
    # a dash that sets off an aside ends the stretch's clause: the sum in the aside is no level of a later stretch
    rows = _wsj("Its account of the rebound - the shares have tripled since the group sold $2 billion of bonds - skips "
                "the 12% slide of the past two weeks.")
    assert _dates_of_figures(rows)["$2 billion"] == "" and "the past two weeks" not in _date_texts(rows)


@pytest.mark.parametrize("sentence, expected", [
    # a second predicate told in the past is no happening of the time ahead the first one tells
    ("The ferry line said it had hedged half its fuel needs for next year and had ordered two 90-metre vessels from "
     "a Spanish yard for about 40 million euros.", {"40 million euros": ""}),
    # ... while one that shares the first predicate's modal is still of that time
    ("Salvage crews said freeing the grounded tanker could take until the spring and cost 30 million to 45 million "
     "euros.", {"30 million": "until the spring", "45 million euros": "until the spring"}),
])
def test_a_sum_done_in_a_second_predicate_after_a_time_ahead_is_of_the_day_told(sentence, expected):
    assert _dates_of_figures(_rows_under("November 14, 2025", sentence)) == expected


def test_a_record_stretch_that_holds_a_figure_of_its_own_still_dates_that_figure():
    dates = _dates_of_figures(_wsj("The fine is 4.2 billion yuan, the largest since Alibaba was ordered to pay 18.2 "
                                   "billion yuan in April 1987."))
    assert dates == {"4.2 billion yuan": "", "18.2 billion yuan": "April 1987"}


@pytest.mark.parametrize("sentence, expected", [
    ("PDD's American depositary shares fell 4.6 percent to $112.30 on Tuesday in New York and are down about 18 "
     "percent since the start of the year, lagging rivals JD.com and Alibaba.",
     {"4.6 percent": "Tuesday", "$112.30": "Tuesday", "18 percent": "Tuesday"}),
    ("The stock has lost roughly $30 billion in market value since the ruling last month.", {"$30 billion": ""}),
    ("The Hang Seng Tech index is up 18% since the start of the year, after gaining 23% in 2025, and has risen more "
     "than 60% from its low on Jan. 22, 2024, according to LSEG data.", {"18%": "", "23%": "2025", "60%": ""}),
    ("Since the start of 1989, the stock has lost about 14 per cent, compared with a 17 per cent fall in the Nifty IT "
     "index.", {"14 per cent": "", "17 per cent": ""}),
    ("Shares of JD.com fell 2.1% in Hong Kong on Thursday, extending losses since its food-delivery push in February "
     "to 19%.", {"2.1%": "Thursday", "19%": "Thursday"}),
    # setCI, haneul: the peak told in the stretch's words is of its start, the move is not
    ("Its shares have lost about 45% of their value since peaking at 512,000 won in July 2023.",
     {"45%": "", "512,000 won": "July 2023"}),
    # setCM, alibaba: a level told with the count of time it is the highest of (role=level_count)
    ("The stock has gained about 80% so far this year, though it has fallen 13% from a four-year high reached "
     "on Oct. 2.",
     {"80%": "", "13%": ""}),
    ("The shares have rallied 40% from their 52-week low in March.", {"40%": ""}),
])
def test_the_start_of_the_stretch_a_move_is_measured_over_dates_no_figure_and_makes_no_row(sentence, expected):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows) == expected
    assert all(row["money_text"] for row in rows), "the stretch makes no row of its own"


@pytest.mark.parametrize("sentence, date", [
    ("She has lived in Hong Kong since 1980, and her fortune is worth $2 billion.", "since 1980"),
    ("Chief executive Mark Dunstan said the company had cut A$150 million from its cost base since March.",
     "since March"),
])
def test_a_stretch_without_a_move_right_before_it_tells_of_a_happening_and_stays(sentence, date):
    assert date in _date_texts(_wsj(sentence))


def test_a_span_from_a_level_closed_by_to_is_of_the_past_and_stays_a_row():
    rows = _wsj("Alibaba's market value fell by more than $600bn from its peak in late 2020 to its low in 2022.")
    assert "late 2020" in _date_texts(rows)


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "span_end"],
                         ids=lambda rule: rule["words"])
def test_each_word_that_closes_a_span_from_a_level_keeps_the_level_s_date_a_row(rule):
    example = rule["example"]
    level = [m for m in tag_dates(example, dt.date(1989, 11, 2)) if m.on_calendar][0].text
    assert level in _date_texts(_wsj(example))


def test_a_fall_told_as_so_far_below_a_past_peak_is_of_now_and_the_peak_dates_only_its_own_clause():
    rows = _wsj("The stock is still about 60% below its peak of February 1987, when the company's market value briefly "
                "topped $100 billion.")
    fall = next(row for row in rows if row["money_text"] == "60%")
    assert (fall["date_text"], fall["percent"], fall["direction"]) == ("", -60.0, "down")
    assert _dates_of_figures(rows)["$100 billion"] == "February 1987"


def test_the_stretch_of_a_counts_move_makes_no_row_though_the_count_is_no_figure():
    rows = _wsj("Alibaba said it repurchased 14.1 million American depositary shares for $1.2 billion during the "
                "quarter, and that $19.1 billion remained under its buyback programme, which runs through March 2027. "
                "Its outstanding share count has fallen by about 5% since the end of 2024.")
    assert "since the end of 2024" not in _date_texts(rows)
    assert "since January" in _date_texts(_wsj("The company has cut 5% of its staff since January."))


def test_the_stretch_of_a_percentage_a_verb_of_change_moved_its_long_object_by_makes_no_row():
    rows = _wsj("Ferry operators expect traffic to recover next year, helped by fare cuts that have lowered the price "
                "of a return crossing by as much as 40% since March 1988.")
    assert "since March 1988" not in _date_texts(rows)
    assert "since March 1988" in _date_texts(_wsj("The operator has run two extra crossings a day since March 1988."))


def test_a_comparisons_own_clause_may_run_a_few_words_before_its_date():
    dates = _dates_of_figures(_wsj("During the nine months ended September 30, 1989, the Company repurchased shares "
                                   "for a total of about US$2.0 billion, more than it repurchased in the whole of "
                                   "1987."))
    assert dates == {"US$2.0 billion": "the nine months ended September 30, 1989"}


def test_an_article_or_a_word_naming_the_figure_may_stand_in_a_comparison_before_its_date():
    dates = _dates_of_figures(_wsj("Ocado reported a pre-tax loss of £374m for the year to December 1988, narrower "
                                   "than the £394m loss a year earlier, on revenue up 12% at £3.1bn."))
    assert dates == {"£374m": "the year to December 1988", "£394m": "a year earlier",
                     "12%": "the year to December 1988", "£3.1bn": "the year to December 1988"}
    dates = _dates_of_figures(_wsj("Net income was $2.1 million, compared with the $1.5 million a year earlier, on "
                                   "sales up 3% at $40 million."))
    assert dates == {"$2.1 million": "", "$1.5 million": "a year earlier", "3%": "", "$40 million": ""}


def test_a_date_in_a_relative_clause_between_commas_is_not_of_a_figure_after_it():
    dates = _dates_of_figures(_wsj("Rival SK Hynix, which reported a record profit of 7.03 trillion won last week, "
                                   "rose 2.1%."))
    assert dates == {"7.03 trillion won": "last week", "2.1%": ""}
    dates = _dates_of_figures(_wsj("Kellogg stock, which closed Friday at $71.75, down 75 cents, fell again."))
    assert dates == {"$71.75": "Friday", "75 cents": "Friday"}, "figures that follow the date tell on in its clause"
    rows = _wsj("Its parcel volume during the Spring Festival holiday this year, which ran from Feb. 10 to 17, rose "
                "by 40 percent compared with the same period last year.")
    assert _dates_of_figures(rows) == {"40 percent": "from Feb. 10 to 17"}, "the clause tells of the date before it"


def test_a_day_an_aside_tells_of_its_subject_dates_the_main_clause_when_no_other_date_does():
    dates = _dates_of_figures(_wsj("Williams shares, which were to be delisted from the New York Stock Exchange after "
                                   "the close of composite trading yesterday, closed at $23.25, off 12.5 cents."))
    assert dates == {"$23.25": "yesterday", "12.5 cents": "yesterday"}
    dates = _dates_of_figures(_wsj("Meituan, which reported its results for the third quarter, sank 5.2% to HK$98.15."))
    assert dates == {"5.2%": "", "HK$98.15": ""}, "a period the clause tells of is not the day of the fall"
    dates = _dates_of_figures(_wsj("NetEase, which posted a 9% rise in revenue on Thursday, fell 2.1%."))
    assert dates == {"9%": "Thursday", "2.1%": ""}, "a figure in the clause claims its day"


def test_a_run_of_days_an_aside_tells_its_subject_ran_over_dates_the_main_clause_when_no_other_date_does():
    # setOG, og_fliggy: the holiday's own days, told in its aside, are the time of what moved (bookings' moves are
    # counts now, so the sales of shops over such a festival stand in)
    rows = _rows_under("May 9, 2026", "Sales at the chain's stores over the festival, which ran from May 1 to May 5, "
                                      "rose 22%, the retailer said.")
    assert _dates_of_figures(rows) == {"22%": "from May 1 to May 5"}
    rows = _rows_under("May 9, 2026", "Shares of the cinema chain, which were suspended from May 1 to May 5, rose 22%.")
    assert _dates_of_figures(rows) == {"22%": ""}, "a session's move is of no run of days"


def test_the_period_an_aside_says_the_day_s_results_were_for_dates_the_main_clause_s_profit_and_revenue():
    dates = _on("2025-12-20", "Darden, which reported results on Thursday for its fiscal second quarter ended Nov. 23, "
                              "said net income rose 8% to $237 million.")
    assert dates == {"8%": "its fiscal second quarter ended Nov. 23",
                     "$237 million": "its fiscal second quarter ended Nov. 23"}
    # a day alone in such a clause still dates the main clause's forecast
    dates = _on("2025-12-20", "Darden, which reports results on Thursday, is expected to post revenue of $3.1 billion.")
    assert dates == {"$3.1 billion": "Thursday"}


def test_a_period_not_yet_ended_on_the_day_an_aside_says_results_came_out_dates_no_profit_of_the_main_clause():
    # results out on a Tuesday in February are for a year gone, not the one under way that "the year" reads as
    dates = _on("2026-03-01", "Vornado, which reported results on Tuesday for the year, said profit rose 12% to "
                              "50 billion yuan.")
    assert dates == {"12%": "Tuesday", "50 billion yuan": "Tuesday"}


def test_a_day_of_an_aside_whose_figures_close_before_the_main_verb_dates_no_figure_of_that_verb():
    dates = _dates_of_figures(_wsj("Halvorsen shares, which slid 1.4% on Thursday after it posted quarterly profit of "
                                   "$2.1 billion, were 0.8% higher in early trading."))
    assert dates == {"1.4%": "Thursday", "$2.1 billion": "Thursday", "0.8%": ""}


def test_revenue_expected_at_a_period_s_report_is_of_that_period_not_the_month_the_report_is_due():
    assert _dated("2025-11-26", "The next test is the March-quarter report, due in early May, when we expect revenue "
                                "of about 41 billion yuan.") == {"41 billion yuan": "2026-Q1"}


def test_a_participle_after_the_noun_of_an_after_phrase_dates_that_noun_not_the_figure_before():
    assert _dated("2025-11-26", "We lift our price target to $88 from $74 after the group's first-half results, "
                                "published on Monday.") == {"$88": "2025-11-26", "$74": "2025-11-26"}


def test_a_participle_of_what_an_aside_s_happening_led_to_is_dated_by_the_aside():
    dates = _dates_of_figures(_rows_under("October 6, 2025", (
        "Analysts recalled the 2019 bid, which collapsed in March of that year, sending the shares down 38% in two "
        "sessions.")))
    assert dates == {"38%": "March of that year"}


@pytest.mark.parametrize("sentence, expected", [
    ("The company, which was founded in 1987 and employs about 2,300 people, said it had secured $85 million in "
     "debtor-in-possession financing from its existing lenders.", {"$85 million": ""}),
    ("The Brennick Foundation, which he set up with his late wife, Ruth, in 1988, has donated more than $300 million "
     "to vocational schools.", {"$300 million": ""}),
    ("Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion, had an operating loss of about $30 "
     "million.",
     {"3.7%": "the quarter", "$2.35 billion": "the quarter", "$30 million": "the quarter"}),
    ("Calder Point, which bought the caravan-park group Dunmoor in 1987 for £410 million, said its offer would be "
     "funded from its fourth buyout fund and £600 million of debt arranged by three banks.",
     {"£410 million": "1987", "£600 million": ""}),
    ("Colin Huang, the former Google engineer who founded Pinduoduo in 1985, has lost about $9.4 billion of his "
     "fortune.", {"$9.4 billion": ""}),
    ("Grayscale's GBTC, the converted trust that has bled money since it began trading two years ago, lost a further "
     "$31.4 million.", {"$31.4 million": ""}),
    # a list of dates in the clause does not close it at its commas: none of its years is the price's
    ("Arabica from Huila, the coffee that won the national cup in 1984, 1986 and 1988, rose to $4.10 a pound this "
     "week.", {"$4.10": "this week"}),
])
def test_a_date_in_a_relative_clause_that_describes_the_subject_does_not_date_the_main_predicate(sentence, expected):
    """A count in a second predicate of the clause or a name set off by commas inside it does not end the aside, nor
    does an apposition's noun before the relative word; figures told on from the clause's date still take it when the
    main clause tells a company's revenue or profit, but a deal's year is the subject's own."""
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES
                                  if rule["opens"] in ("apposed", "apposed_rel", "apposed_subject")],
                         ids=lambda rule: rule["words"])
def test_a_date_in_a_relative_clause_of_an_apposition_to_the_subject_dates_no_figure_of_the_main_clause(rule):
    assert set(_dates_of_figures(_wsj(rule["example"])).values()) == {""}


@pytest.mark.parametrize("sentence, expected", [
    ("Kashiwa on Thursday reported an 18 per cent year-on-year rise in consolidated net profit to Rs 4,862 crore for "
     "the September quarter.", {"18 per cent": "the September quarter", "Rs 4,862 crore": "the September quarter"}),
    ("Kashiwa on Thursday reported a 9% rise in quarterly revenue for the September quarter to $1.2 billion.",
     {"9%": "the September quarter", "$1.2 billion": "the September quarter"}),
])
def test_a_rise_whose_phrase_leads_on_to_the_level_it_reached_shares_the_period_named_after_it(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reaches"],
                         ids=lambda rule: rule["words"])
def test_each_word_that_leads_a_rise_to_its_level_carries_the_period_back_to_the_rise(rule):
    assert set(_dates_of_figures(_wsj(rule["example"])).values()) == {"the September quarter of 1989"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reached_in"],
                         ids=lambda rule: rule["words"])
def test_each_word_that_tells_the_period_of_the_level_a_move_reached_dates_the_move_too(rule):
    assert set(_dates_of_figures(_wsj(rule["example"])).values()) == {"1988"}


@pytest.mark.parametrize("sentence, expected", [
    ("Norhaven Gas said on Thursday that its net income fell 23% to 4.6 billion kroner in 1988 as prices eased.",
     {"23%": "1988", "4.6 billion kroner": "1988"}),
    # a level set against another before the period: the period is the base's, the move stays of the day told
    ("Norhaven Gas said on Thursday that its net income fell 23% to 4.6 billion kroner from 6 billion kroner in 1987.",
     {"23%": "Thursday", "4.6 billion kroner": "Thursday", "6 billion kroner": "1987"}),
    # the level named a record first (money/joins.tsv role=level_record), no "that" after the telling
    ("Ostfold Seafood, the family-owned exporter, said on Tuesday its sales rose 11% to a record 9.2 billion crowns in "
     "1988, led by salmon.", {"11%": "1988", "9.2 billion crowns": "1988"}),
])
def test_a_profits_move_told_with_the_level_it_reached_in_a_year_is_of_that_year_not_the_day_told(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "whole_year"],
                         ids=lambda rule: rule["words"])
def test_each_word_that_names_a_figure_a_whole_years_leaves_it_no_part_of_the_year_told_before(rule):
    assert _dates_of_figures(_wsj(rule["example"])) == {"6%": "the nine months to Sept. 30, 1989",
                                                        "$310 million": "Monday"}


@pytest.mark.parametrize("sentence, expected", [
    # the month a whole year's forecast was told in still dates it
    ("In March, Brightwell forecast full-year net profit of 41 billion yen.", {"41 billion yen": "March"}),
    # a month after the level a move reached is when it was told, not the move's period
    ("Brightwell reported an 11% rise in first-half net profit to 20 billion yen in August.",
     {"11%": "first-half", "20 billion yen": "first-half"}),
    # a forecast joined on in the present is not of the month of the deal before it
    ("Orvena Logistics won a three-year contract in May worth an estimated $30 million, and expects full-year sales "
     "of $410 million.", {"$30 million": "May", "$410 million": ""}),
    # a full-year forecast raised beside a half's results is not of the half
    ("Tamsin Retail said first-half sales rose 4% to $1.9 billion in the six months to June 30 and raised its "
     "forecast for full-year operating profit to about $420 million.",
     {"4%": "the six months to June 30", "$1.9 billion": "the six months to June 30", "$420 million": ""}),
])
def test_a_month_told_stays_with_a_whole_years_forecast_and_leaves_a_half_years_move_its_half(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("On July 7, 1989, regulators fined Ant and its units 7.12 billion yuan, closing the rectification, and the next "
     "day Ant offered to buy back up to 7.6% of its own shares.", {"7.12 billion yuan": "July 7, 1989"}),
    ("Shares rose 5% on Monday, and on Tuesday they fell 3%.", {"5%": "Monday", "3%": "Tuesday"}),
])
def test_a_date_that_fronts_a_clause_joined_by_and_dates_no_figure_before_it(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_target_price_is_not_of_the_year_a_second_predicate_of_expecting_looks_to():
    dates = _dates_of_figures(_wsj("Analysts at Kotak raised their target price on the stock to Rs 1,720 from Rs 1,650 "
                                   "and expect consolidated net profit of about Rs 21,500 crore in fiscal 1990."))
    assert dates == {"Rs 1,720": "", "Rs 1,650": "", "Rs 21,500 crore": "fiscal 1990"}


def test_a_figure_spread_over_a_term_of_its_own_is_not_of_a_date_of_the_predicate_before_it():
    dates = _dates_of_figures(_wsj("Harrowgate plans to open four more sites by the end of 1990 and to spend roughly "
                                   "£45 million refurbishing older caravans over the next two years."))
    assert dates == {"£45 million": ""}
    dates = _dates_of_figures(_wsj("The company pledged in March to invest 380 billion yuan over the next three "
                                   "years."))
    assert dates == {"380 billion yuan": "March"}, "the day of the pledge in its own predicate still dates it"


def test_what_was_told_in_a_clause_of_what_a_move_came_after_goes_on_past_its_commas():
    rows = _wsj("Shares of Andes Cobre rose 3.4% in Santiago after it said on Thursday that its Los Robles expansion, "
                "budgeted at $1.9 billion, would start up in the second half of 1990.")
    assert _dates_of_figures(rows)["3.4%"] == "", "the rise is of the day, not of the start-up told"
    # ... and past an aside set off by commas in it, keeping its period
    rows = _rows_under("November 14, 2025", "The app went live two days after Harbin Dairy said that sales at its "
                                            "infant formula arm rose 9% to 4.1 billion yuan in the June quarter, "
                                            "lifted by a summer promotion, while operating profit at the arm fell 31%.")
    assert _dates_of_figures(rows) == {"9%": "the June quarter", "4.1 billion yuan": "the June quarter",
                                       "31%": "the June quarter"}


def test_the_day_told_after_a_record_s_clause_still_dates_the_figure():
    rows = _wsj("The Harbor City Mariners have agreed a 20-year naming-rights deal with Solvane Bank worth about "
                "$400 million, the largest of its kind in the league, the team said on Monday.")
    assert _dates_of_figures(rows) == {"$400 million": "Monday"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "ahead"],
                         ids=lambda rule: rule["words"])
def test_a_coming_day_an_aside_tells_dates_only_a_figure_the_main_clause_looks_ahead_to(rule):
    rows = _wsj(rule["example"])
    assert [row["date_text"] for row in rows if row["money_text"]] == ["Wednesday"]
    dates = _dates_of_figures(_wsj("Alibaba, which will report results next Thursday, closed 3% higher at HK$150."))
    assert dates == {"3%": "", "HK$150": ""}, "a completed move is not of the day ahead"


def test_a_longer_phrase_leads_a_figure_to_its_date_when_the_date_before_it_is_of_another_clause():
    dates = _dates_of_figures(_wsj("The startup's R1 model rattled global markets in late 1988, wiping nearly $600 "
                                   "billion from Nvidia's market value on Jan. 27."))
    assert dates == {"$600 billion": "Jan. 27"}


def test_what_a_stake_would_later_be_worth_is_not_of_the_date_it_was_bought():
    dates = _dates_of_figures(_wsj("In October 1988, SoftBank led a $20 million investment in the company, a stake "
                                   "that would later be worth more than $100 billion."))
    assert dates == {"$20 million": "October 1988", "$100 billion": ""}


def test_a_date_of_a_clause_about_another_measure_without_a_figure_is_that_measures():
    dates = _dates_of_figures(_wsj("Cloud Intelligence Group revenue grew 34% to RMB158.6 billion, and AI-related "
                                   "product revenue achieved triple-digit year-over-year growth for the eleventh "
                                   "consecutive quarter in the quarter ended March 31, 1989."))
    assert dates == {"34%": "", "RMB158.6 billion": ""}
    dates = _dates_of_figures(_wsj("Revenue rose 5% to $3 billion, and net income rose 10% in the third quarter."))
    assert set(dates.values()) == {"the third quarter"}, "a clause with a figure of its own tells on"


def test_a_date_in_a_clause_about_the_people_a_sum_goes_to_is_not_the_sum_s():
    dates = _dates_of_figures(_wsj("Judge Paola Rinaldi also ordered Renzo Castelli, 67, to pay 120 million euros "
                                   "($129 million) in damages to some 35,000 small bondholders who lost their savings "
                                   "when the Parma-based group defaulted on its debt in December 1987."))
    assert dates == {"120 million euros ($129 million)": ""}


def test_the_day_of_a_move_that_came_before_is_not_the_day_of_the_move_it_follows():
    dates = _dates_of_figures(_wsj("U.S. stocks fell for a second day Thursday. The Dow Jones Industrial Average lost "
                                   "121 points, or 0.9 percent, following a 313-point drop on Wednesday, its worst "
                                   "day of the year."))
    assert dates["0.9 percent"] == ""


# Sentences of news articles, each under the date its article appeared.
def _on(published: str, sentence: str) -> dict[str, str]:
    document = document_from_bytes("news.txt", f"{published}\n\n{sentence}\n".encode("utf-8"))
    assert str(document.published) == published
    return _dates_of_figures(extract_document(document))


@pytest.mark.parametrize("published, sentence, expected", [
    ("2024-03-08", "Revenue rose 3 per cent to £2.9bn, helped by price increases pushed through in the spring, but the "
     "company said input costs had climbed faster than it could pass them on to supermarkets.",
     {"3 per cent": "", "£2.9bn": ""}),
    ("2025-09-16", "Alibaba's Hong Kong shares jumped 4.2% to HK$153.5, after a report on Monday that its in-house AI "
     "chip had won a large order from China Unicom.", {"4.2%": "", "HK$153.5": ""}),
    ("2025-09-16", "Baidu ADRs surged 7.8% to $132.40, having gained roughly 40% in August, while PDD Holdings "
     "added 1.9%.", {"7.8%": "", "$132.40": "", "40%": "August", "1.9%": ""}),
    ("2024-08-22", "Net cash fell to A$540 million at 30 June, after the company completed its A$310 million "
     "acquisition of a stake in a Canadian hydroxide refinery in the March quarter.",
     {"A$540 million": "30 June", "A$310 million": "the March quarter"}),
    ("2025-10-20", "HDFC Bank rose 1.8 per cent after net profit for the July-September period came in at Rs 18,641 "
     "crore, up 11 per cent from a year earlier.",
     {"1.8 per cent": "", "Rs 18,641 crore": "the July-September period",
      "11 per cent": "the July-September period"}),
    ("2026-10-21", "A Beijing court on Tuesday rejected a request by PDD Holdings to suspend payment of a 4.2 billion "
     "yuan fine while it appeals, dealing a fresh blow to the company after last month's ruling.",
     {"4.2 billion yuan": "Tuesday"}),
])
def test_a_date_in_a_clause_of_its_own_time_dates_only_the_figures_in_it(published, sentence, expected):
    assert _on(published, sentence) == expected


def test_a_move_that_ends_at_a_price_keeps_the_day_of_the_move():
    assert set(_dates_of_figures(_wsj("Alibaba shares rose 5%, closing at HK$150 on Monday.")).values()) == {"Monday"}
    assert _dates_of_figures(_wsj("Net profit after tax was $3 million in 1988.")) == {"$3 million": "1988"}


def test_each_predicate_joined_to_another_takes_its_own_date():
    assert _on("2026-10-14", "Astrolith raised $260 million in a share sale in March and had $540 million in cash at "
                             "the end of June.") == {"$260 million": "March", "$540 million": "the end of June"}
    assert _on("2026-08-05", "It takes the club's spending this window to about £140 million, and Villa must still "
                             "sell before the window closes on September 1.") == {"£140 million": ""}
    assert _dates_of_figures(_wsj("Alibaba rose 5% and Tencent gained 3% on Monday.")) == {"5%": "Monday",
                                                                                           "3%": "Monday"}
    assert _dates_of_figures(_wsj("It raised $5 billion from SoftBank, Tencent, and Alibaba in March.")) == {
        "$5 billion": "March"}, "the comma before 'and' closes a list, not a clause"


def test_the_term_something_runs_for_dates_no_figure():
    assert _on("2026-08-05", "The 24-year-old has signed a five-year contract running until June 2031, with the fee "
                             "potentially rising to £60 million if add-ons are met.") == {"£60 million": ""}


def test_the_calendar_span_a_spending_programme_runs_over_is_the_sums_but_a_contracts_is_not():
    assert _dated("2025-09-16", "Kivu Rail is two years into a 4.8 billion dollar investment programme running from "
                  "2024 to 2028 that includes new wagons and a second line to the port.") == {
        "4.8 billion dollar": "2024/2028"}
    assert _dated("2025-09-16", "Kivu Rail signed a $300 million maintenance contract running from 2024 to 2028.") == {
        "$300 million": "2025-09-16"}


def test_a_company_s_revenue_is_of_the_period_its_sentence_names_not_of_the_day_it_was_told():
    dates = _on("2025-06-10", "Xiaomi reported first-quarter revenue of 111.3 billion yuan on May 27, up 47% from a "
                              "year earlier, and its car division narrowed its operating loss to 500 million yuan.")
    assert dates == {"111.3 billion yuan": "first-quarter", "47%": "first-quarter", "500 million yuan": "first-quarter"}
    dates = _on("2025-06-10", "Xiaomi reported first-quarter revenue of 111.3 billion yuan on May 27, and its shares "
                              "rose 3%.")
    assert dates["3%"] == "May 27", "a share move is of the day"


def test_a_company_s_revenue_told_last_week_is_of_the_period_its_sentence_names_not_of_the_week():
    dates = _on("2025-11-12", "Halden Software reported second-quarter revenue of $1.84 billion last week, up 9% "
                              "from a year earlier, and its shares have since gained 6%.")
    assert dates["$1.84 billion"] == dates["9%"] == "second-quarter"


def test_a_week_fronted_as_the_period_of_a_company_s_revenue_dates_it_though_a_later_day_tells_it():
    dates = _on("2025-11-12", "This week, ticket revenue at Marlow Pictures climbed 8% to $25 million, the studio "
                              "said on Monday.")
    assert dates == {"8%": "This week", "$25 million": "This week"}
    dates = _on("2025-11-12", "For the week of Nov. 3, Marlow's ticket sales climbed 8% to $25 million, the studio "
                              "said on Monday.")
    assert dates == {"8%": "the week of Nov. 3", "$25 million": "the week of Nov. 3"}


def test_a_year_a_negated_expectation_in_a_second_predicate_names_does_not_date_the_worth_before_it():
    dates = _on("2025-06-20", "Analysts at Sandmark value the chipmaker at about $14 billion and do not expect it to "
                              "return to profit before 2028.")
    assert dates["$14 billion"] == ""


def test_a_sum_spent_in_the_weeks_before_an_event_that_opens_the_sentence_is_of_the_event_s_month_not_the_day_told():
    dates = _on("2025-12-10", "In the two weeks before the Singles Day sale in mid-November, Colombian shoppers spent "
                              "$31 million on the platform, the company said on Monday.")
    assert dates["$31 million"] == "mid-November"
    # ... while a clause after the figure that tells what came before still keeps its date to itself
    dates = _on("2025-12-10", "Colombian shoppers spent $31 million on the platform, the company said on Monday, "
                              "before the Singles Day sale in mid-November.")
    assert dates["$31 million"] == "Monday"


def test_a_sum_of_the_year_before_an_event_that_opens_the_sentence_is_not_of_the_event_s_year():
    # (a year counted back from an event in 2020 lies in 2019: the event's year is no date of the sum)
    dates = _on("2025-12-10", "In the year before the pandemic in 2020, Acme's revenue rose 8% to $5 billion, the "
                              "company said on Tuesday.")
    assert dates["$5 billion"] != "2020"


def test_the_move_of_an_overnight_session_is_not_of_the_stretch_its_gain_is_counted_over():
    dates = _on("2025-09-16", "Overnight in New York, the Nasdaq Golden Dragon China Index climbed 2.3%, taking its "
                              "gain since the start of September to 11%.")
    # the 11% is the gain over the stretch up to the session's close: the stretch's start dates it no more than in
    # "up 11% since the start of September"
    assert dates == {"2.3%": "Overnight", "11%": "Overnight"}


def test_a_figure_of_a_clause_that_tells_of_a_stretch_s_start_is_of_that_date():
    dates = _on("2025-11-16", "Its shares have fallen 18% since late September, when they touched a record HK$61.45.")
    assert dates == {"18%": "", "HK$61.45": "since late September"}


def test_a_figure_in_the_clause_of_a_record_s_start_is_of_that_start_not_of_the_day_told_before_the_record():
    rows = _rows_under("2026-03-11", "Spot lithium carbonate rose 4% on Tuesday, a broker in Shanghai said, the "
                                     "highest since June 2023, when it had traded at 310,000 yuan a tonne.")
    assert {row["money_text"]: row["when"] for row in rows if row["money_text"]}["310,000 yuan"] == "2023-06"


def test_a_date_in_a_relative_clause_of_a_participle_s_aside_does_not_date_the_figure_after_the_aside():
    dates = _on("2025-06-12", "Tencent has sold its remaining stake in the games studio, closing a chapter that opened "
                              "in 2018, in a placement that raised about $640 million.")
    assert dates == {"$640 million": ""}


def test_a_first_time_since_after_the_day_of_a_move_tells_a_happening_and_stays_a_row():
    rows = _wsj("Bitcoin slid below $95,000 on Friday for the first time since May.")
    assert _dates_of_figures(rows) == {"$95,000": "Friday"}
    assert "since May" in _date_texts(rows)


def test_the_start_of_a_stretch_that_a_clause_tells_of_is_a_row_of_its_own_but_dates_no_move():
    rows = _wsj("Alibaba shares closed down 6.3% at HK$142.80, their biggest one-day drop since April 7, when fears of "
                "a trade war hit markets across Asia.")
    assert _dates_of_figures(rows) == {"6.3%": "", "HK$142.80": ""}
    assert "since April 7" in _date_texts(rows)
    assert "since March" not in _date_texts(_wsj("Shares rose 6% to EUR4.12, their highest level "
                                                                  "since March."))


def test_figures_told_respectively_take_the_date_at_their_place_in_the_list():
    dates = _dates_of_figures(_wsj("They lifted their revenue estimates for FY88 and FY89 by 3% and 4% respectively, "
                                   "to 862 billion yuan and 951 billion yuan."))
    assert dates == {"3%": "FY88", "4%": "FY89", "862 billion yuan": "FY88", "951 billion yuan": "FY89"}
    dates = _dates_of_figures(_wsj("Revenue rose 3% and 4% in 1987 and 1988, respectively."))
    assert dates == {"3%": "1987", "4%": "1988"}
    dates = _dates_of_figures(_wsj("Revenue rose 3% and 4% in 1987 and 1988."))
    assert dates["3%"] == dates["4%"], "without 'respectively' no list is paired"


def test_a_date_after_a_second_predicate_of_telling_does_not_date_a_figure_before_it():
    dates = _dates_of_figures(_wsj("Peel Hunt cut its target price to 480p from 560p and said it now expected pre-tax "
                                   "profit of £230m in 1988 and £255m in 1989."))
    assert dates == {"480p": "", "560p": "", "£230m": "1988", "£255m": "1989"}


def test_a_name_and_its_verb_after_and_open_a_clause_the_date_before_them_does_not_reach():
    dates = _dates_of_figures(_wsj("Samsung pledged in May 1989 to spend 3 trillion won on chip lines in Texas by "
                                   "1992, and Intel Corp has set aside $4 billion for a plant in Ohio."))
    assert dates["$4 billion"] == ""
    # without a verb of its own after it, a name after ", and" is a list's last item, still of the date
    dates = _dates_of_figures(_wsj("Sales rose 4% in March in Europe, Asia, and Latin America to $5 million."))
    assert dates["$5 million"] == "March"


def test_a_second_predicate_that_revises_a_forecast_or_tells_after_but_keeps_its_date_off_the_target_before_it():
    dates = _dates_of_figures(_wsj("Nomura lowered its target to 720 yen from 800 yen and slashed its fiscal 1990 "
                                   "profit forecast by 6%."))
    assert dates["720 yen"] == "" and dates["800 yen"] == ""
    dates = _dates_of_figures(_wsj("Barclays kept its target at 310p but warned that sales could slip before the "
                                   "autumn."))
    assert dates["310p"] == ""


def test_a_deadline_a_holder_is_pressing_for_in_a_second_predicate_does_not_date_the_stake_before_it():
    rows = _rows_under("June 3, 2025", "Pinecrest Partners owns a holding worth roughly $640 million in the retailer "
                       "and is urging its board to sell the logistics arm before the end of 2026.")
    assert _dates_of_figures(rows) == {"$640 million": ""}
    assert [row["when"] for row in rows if row["money_text"]] == ["2025-06-03"]
    assert "before the end of 2026" in _date_texts(rows)


def test_a_stretch_after_a_second_percentage_of_the_move_is_that_ones_not_the_firsts():
    # (a stretch up to now a move is measured over makes no row at all: "about 23% year to date")
    dates = _dates_of_figures(_wsj("Sales at Xiaomi are up 2.1% week on week and about 23% in the first nine months."))
    assert dates == {"2.1%": "", "23%": "the first nine months"}
    assert _dates_of_figures(_wsj("Revenue rose 3% and 4% in 1988.")) == {"3%": "1988", "4%": "1988"}


def test_the_date_of_the_value_a_figure_is_a_multiple_of_dates_neither_the_figure_nor_the_multiple():
    rows = _wsj("The round values the five-year-old company at about 40 billion yuan, roughly double its valuation "
                "at the end of 1988.")
    assert _dates_of_figures(rows) == {"40 billion yuan": "", "double": ""}


def test_a_headline_s_stock_phrase_is_not_dated_by_the_clause_after_as():
    rows = _wsj("Tencent results live: shares slip as games growth cools in third quarter")
    assert _dates_of_figures(rows) == {"shares slip": ""}
    assert "third quarter" in _date_texts(rows)


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "spreads_ahead"],
                         ids=lambda rule: rule["words"])
def test_a_figure_spread_over_a_stretch_ahead_told_without_its_unit_takes_no_date_of_the_predicate_before(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert list(dates.values()) == ["the past five years", ""], dates


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "lasts_to"],
                         ids=lambda rule: rule["words"])
def test_the_words_between_a_term_and_its_date_leave_the_term_dating_no_figure(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert dates and set(dates.values()) == {""}, dates


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reduced"],
                         ids=lambda rule: rule["words"])
def test_a_date_in_an_apposition_s_reduced_relative_clause_does_not_date_the_main_clause(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert dates == {"$1.2 billion": "last June"}
    assert _dates_of_figures(_wsj("NeoChip, a graphics chip designer founded in 1985, raised $1.2 billion.")) == {
        "$1.2 billion": ""}


@pytest.mark.parametrize("sentence, expected", [
    # setCU, cu_qwen_changelog
    ("On Friday, Tencent's shares rose 1.9% while Alibaba's fell 1.2%, but Alibaba's Hong Kong shares have gained 38% "
     "so far this year.", {"1.9%": "Friday", "1.2%": "Friday", "38%": ""}),
    ("Shares fell 4.6% on Tuesday and are down about 18% since the start of the year.",
     {"4.6%": "Tuesday", "18%": "Tuesday"}),
    ("Brennan Foods' shares rose 3.2% to $41.06 on Tuesday, though they are still down 18% so far this year.",
     {"3.2%": "Tuesday", "$41.06": "Tuesday", "18%": ""}),
    ("Its shares rose 2.1% to $12.40 on Tuesday, though they remain down about 9% since the company cut its forecast.",
     {"2.1%": "Tuesday", "$12.40": "Tuesday", "9%": ""}),
])
def test_a_move_with_its_own_stretch_past_but_or_and_is_not_of_the_day_of_the_clause_before(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_figure_after_and_with_a_date_of_its_own_clause_after_it_takes_no_date_of_the_clause_before():
    dates = _dates_of_figures(_wsj("Zhipu and MiniMax filed for Hong Kong listings in the autumn, and Moonshot AI "
                                   "raised $600 million in a round led by IDG Capital in October."))
    assert dates == {"$600 million": "October"}
    assert _dates_of_figures(_wsj("Shares fell 3% on Monday, and closed at $30.")) == {"3%": "Monday", "$30": "Monday"}


def test_a_participle_after_a_figures_for_phrase_dates_that_phrases_thing_not_the_figure():
    assert _dates_of_figures(_wsj("Ford set aside a further $95 million for a separate recall of 62,000 electric "
                                  "pickups announced in August.")) == {"$95 million": ""}
    assert _dates_of_figures(_wsj("Ford booked a $95 million charge announced in August.")) == {"$95 million": "August"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in ("participle_of", "reduced_to")],
                         ids=lambda rule: rule["opens"])
def test_the_words_that_lead_a_participle_to_its_date_leave_that_date_to_the_participle(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert dates and not any(date in ("August 1989", "1985") for date in dates.values()), dates


def test_a_comparison_clause_with_a_figure_of_its_own_keeps_its_date_and_the_period_told_wins_over_the_day_told():
    dates = _dates_of_figures(_wsj("For the cloud intelligence group, the consensus calls for revenue growth of 29%, "
                                   "an acceleration from the 26% pace reported in August for the June quarter."))
    assert dates == {"29%": "", "26%": "the June quarter"}


def test_a_level_compared_with_is_of_the_day_it_was_hit_and_the_move_from_it_is_not():
    dates = _dates_of_figures(_wsj("U.S.-listed Alibaba shares closed 1.8% lower at $159.26 on Friday and are down "
                                   "about 17% from a four-year high of $192.67 hit on October 2."))
    assert dates["17%"] == "Friday" and dates["$192.67"] == "October 2"


def test_a_target_told_as_so_far_above_a_close_is_not_of_the_day_of_that_close():
    rows = _wsj("Of the 41 analysts covering the stock, 38 rate it a buy, with an average price target of $194.50, "
                "about 22% above Friday's close.")
    assert _dates_of_figures(rows)["$194.50"] == ""
    assert "Friday" not in _date_texts(rows)


def test_a_date_in_an_apposition_about_a_figure_is_of_the_figure_it_tells_of_not_the_one_before():
    dates = _dates_of_figures(_wsj("The Insurance Council said on Tuesday that insurers had received 3,100 claims, "
                                   "with insured losses estimated at A$410 million, a figure it expects to climb above "
                                   "A$1 billion by the end of March as assessors reach properties that are still cut "
                                   "off."))
    assert dates == {"A$410 million": "Tuesday", "A$1 billion": "by the end of March"}


def test_what_a_price_values_a_company_at_compared_with_an_earlier_round_keeps_that_rounds_date_to_itself():
    dates = _dates_of_figures(_wsj("The stock opened at $63.10 and closed at $69.52, valuing the company at nearly "
                                   "three times the $6.8 billion it fetched in a private funding round led by Thrive "
                                   "Capital in March 1989."))
    assert dates["$63.10"] == dates["$69.52"] == ""
    assert dates["$6.8 billion"] == "March 1989"


def test_a_figure_after_a_compared_range_with_its_own_day_takes_the_day_of_the_main_clause():
    dates = _dates_of_figures(_wsj("Veridane priced its offering of 24 million shares at $44 each late on Wednesday, "
                                   "above the marketed range of $38 to $41 that it had raised on Monday, raising $1.06 "
                                   "billion."))
    assert dates["$1.06 billion"] == dates["$44"] != ""
    assert dates["$38"] == dates["$41"] == "Monday"
    assert _dates_of_figures(_wsj("Revenue rose 5% to $2 billion on Monday, above analysts' forecasts, lifting the "
                                  "shares 3%."))["3%"] == "Monday", "a clause without a figure of its own opens none"


def test_what_a_name_is_worth_told_in_an_apposition_is_not_of_a_date_after_it():
    assert _dates_of_figures(_wsj("Nvidia, worth about $4.4 trillion, reports its third-quarter results on "
                                  "November 19.")) == {"$4.4 trillion": ""}
    assert _dates_of_figures(_wsj("The deal, worth $5 billion, closed in March.")) == {"$5 billion": "March"}


def test_the_span_up_to_now_a_move_is_measured_over_dates_no_figure_and_makes_no_row():
    rows = _wsj("Cambricon's Shanghai-listed shares have more than quadrupled over the past 12 months, giving it a "
                "market value of more than 500 billion yuan.")
    assert rows and all(row["date_text"] == "" for row in rows)
    rows = _wsj("The company has hired 500 engineers over the past 12 months.")
    assert [row["date_text"] for row in rows] == ["the past 12 months"], "without a move the span is a row"


def test_a_share_move_told_without_its_sign_over_the_past_quarters_is_of_now():
    rows = _wsj("Traders are pricing in a swing of about 5% either way after the results, less than the stock's "
                "average post-earnings move of 7.4% over the past eight quarters.")
    assert _dates_of_figures(rows) == {"5%": "", "7.4%": ""}
    assert "the past eight quarters" not in _date_texts(rows)
    rows = _wsj("Harlow Foods opened 40 stores over the past eight quarters.")
    assert [row["date_text"] for row in rows] == ["the past eight quarters"], "without a move the span is a row"


def test_a_figure_of_what_a_move_up_to_now_led_to_is_of_now_not_of_a_day_before_that_move():
    assert _dated("2025-10-22", "Harbour Mining's shares jumped 7.5% on Oct. 3 and have climbed about 60% since the "
                                "start of the year, lifting its market value to roughly A$12 billion.") == {
        "7.5%": "2025-10-03", "60%": "2025-10-22", "A$12 billion": "2025-10-22"}
    # a record's stretch is no move up to now: what the day's move led to is that day's
    assert _dated("2025-10-22", "Harbour Mining's shares jumped 7.5% on Oct. 3, their biggest gain since March, "
                                "lifting its market value to roughly A$12 billion.") == {
        "7.5%": "2025-10-03", "A$12 billion": "2025-10-03"}


def test_a_record_told_after_a_plain_number_measures_its_stretch_and_makes_no_row():
    rows = _wsj("The People's Bank of China set the yuan's midpoint at 7.0912 per dollar, its strongest fixing since "
                "October 1988, and left its seven-day reverse repo rate unchanged at 1.4%.")
    assert "since October 1988" not in _date_texts(rows)
    assert "October 1988" not in _date_texts(rows)


def test_a_move_measured_over_its_own_stretch_takes_no_date_of_the_next_move_told():
    dates = _dates_of_figures(_wsj("Xiaomi's shares have more than doubled over the past 12 months and are up 58% so "
                                   "far this year, making it one of the best performers in the Hang Seng Index."))
    assert dates == {"doubled": "", "58%": ""}, "so far this year is the 58%'s own stretch, a base"


def test_a_move_told_against_a_larger_figure_of_its_own_clause_is_not_of_that_figures_stretch():
    dates = _dates_of_figures(_wsj("Options traders are pricing in a move of about 6.5% in either direction after the "
                                   "report, smaller than the stock's average post-earnings swing of 8.1% over the past "
                                   "eight quarters."))
    assert dates["6.5%"] == ""


def test_a_priced_move_whose_sentence_names_no_day_is_dated_when_the_market_priced_it():
    when = _dated("2026-04-20", "Norvale Mining reports first-quarter results on Thursday. Options are pricing a "
                                "move of about 9% in either direction after the numbers, according to Options AI.")
    assert when["9%"] == "2026-04-20", "the report's Thursday is told in another sentence"
    when = _dated("2026-04-20",
                  "Options are pricing a move of about 9% in either direction after Thursday's numbers.")
    assert when["9%"] == "2026-04-23"


def _dated(published: str, sentence: str) -> dict[str, str]:
    """The ``when`` of each figure of a sentence under a dateline of the given day."""
    day = dt.date.fromisoformat(published)
    document = document_from_bytes("news.txt", f"{day:%B} {day.day}, {day.year}\n\n{sentence}\n".encode("utf-8"))
    return {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}


@pytest.mark.parametrize("sentence, expected", [
    ("The film has taken $2.92 billion worldwide, including re-releases in 2010, 2020 and 2022.",
     {"$2.92 billion": "2025-12-21"}),
    ("It drew $38 million on its first day, including $12 million from previews on Thursday night.",
     {"$38 million": "2025-12-21", "$12 million": "2025-12-18"}),
    # a part of the sum told after it ("most of it") is spent in its own time
    ("The owner said on Friday that repairing the stadium roof would cost about $60 million, most of it to be spent in "
     "the first half of next year.", {"$60 million": "2025-12-19"}),
    ("The carmaker will book impairment charges of about 900 million euros, most of them in the first quarter.",
     {"900 million euros": "2025-12-21"}),
    # so is one in a relative clause that tells when the thing the sum is spent on will start
    ("The group plans to spend 1.2 billion euros on a battery plant in Saxony that will start output in the second "
     "half of 2027.", {"1.2 billion euros": "2025-12-21"}),
])
def test_a_date_in_what_a_total_includes_is_the_parts_not_the_totals(sentence, expected):
    assert _dated("2025-12-21", sentence) == expected


def test_a_date_in_a_relative_clause_of_whose_after_a_figure_is_that_clauses():
    assert _dated("2025-12-21", "'Tron: Ares' debuted in fifth with $9.8 million, a soft start for a franchise whose "
                  "last theatrical release, in 2015, opened to $55.4 million.") == {
        "$9.8 million": "2025-12-21", "$55.4 million": "2015"}


def test_a_date_of_the_figure_a_multiple_is_of_dates_only_that_figure():
    assert _dated("2026-04-14", "The revised budget of $14.6 billion is more than double the $6.2 billion that "
                  "ministers promised when construction began in March 2014.") == {
        "$14.6 billion": "2026-04-14", "$6.2 billion": "2014-03"}


def test_a_figure_named_by_a_word_after_it_in_a_comparison_takes_the_date_of_its_clause():
    assert _dated("2026-02-26", "Alibaba will lift capital expenditure to 480 billion yuan over the three fiscal years "
                  "from April 2026, up from the 380 billion yuan plan it announced in February last year, Wu "
                  "said.") == {
        "480 billion yuan": "2026-04", "380 billion yuan": "2025-02"}


@pytest.mark.parametrize("sentence, record", [
    ("The Cboe Volatility Index, Wall Street's so-called fear gauge, jumped to 27.3 on Monday, its highest level since "
     "last April.", "since last April"),
    ("Over 2025 as a whole, the economy grew by 1.4%, up from 1.1% in 2024 and the fastest annual rate since 2022.",
     "since 2022"),
    ("The unemployment rate rose to 5.1% in the three months to November, the highest since early 2021, and the number "
     "of payrolled employees has fallen by about 180,000 since October 2024.", "since early 2021"),
    ("That pushed the spread to 86 basis points on Monday, its widest since Oct. 8.", "since Oct. 8"),
    ("The spread had peaked at 88 basis points last month, its highest since January 2025.", "since January 2025"),
    # a count written out in words is a number too
    ("Pollsters said on Sunday that the opposition leads by seven points in most surveys, the widest gap since the "
     "2021 budget row.", "2021"),
    # a few words may tell what the superlative is of before its stretch
    ("The lot sold on Tuesday for about 12,300 yuan per square metre, the highest paid for logistics land in the "
     "county since 2020.", "since 2020"),
])
def test_the_stretch_of_a_record_after_any_number_of_its_clause_makes_no_row(sentence, record):
    document = document_from_bytes("news.txt", f"February 10, 2026\n\n{sentence}\n".encode("utf-8"))
    dates = [row["date_text"] for row in extract_document(document)]
    assert dates and record not in dates, "the other dates of the sentence stay rows"


@pytest.mark.parametrize("sentence, happening", [
    ("The utility raised $2.1 billion in a bond sale on Monday, the first time a state-owned company has tapped the "
     "market since 2019.", "since 2019"),
    ("The tunnel will shut for four weekends from next month, the first full closures since it reopened in 2015.",
     "2015"),
])
def test_a_first_far_from_its_stretch_or_after_a_count_in_words_tells_of_a_happening_and_stays_a_row(sentence,
                                                                                                   happening):
    document = document_from_bytes("news.txt", f"February 10, 2026\n\n{sentence}\n".encode("utf-8"))
    assert happening in [row["date_text"] for row in extract_document(document)]


@pytest.mark.parametrize("sentence", [
    "Cloud revenue rose 41% to 12 billion yuan in the quarter, the fastest growth since the unit was spun off in "
    "2020.",
    "The bonds fell to 71 cents on the dollar on Monday, their lowest since they were issued in 2020.",
])
def test_a_record_since_a_clause_told_in_the_past_tells_when_that_happened_and_its_date_stays_a_row(sentence):
    document = document_from_bytes("news.txt", f"February 10, 2026\n\n{sentence}\n".encode("utf-8"))
    assert "2020" in [row["date_text"] for row in extract_document(document)]


def test_an_owner_s_record_after_a_figure_is_measured_against_its_past_even_since_a_clause():
    document = document_from_bytes("news.txt", b"February 10, 2026\n\nThe club's shares sank 8% to 41 pence on "
                                   b"Monday, their lowest since they were floated in 2019.\n")
    assert [row["date_text"] for row in extract_document(document)] == ["Monday", "Monday"]


def test_a_stretch_of_years_a_gap_is_told_above_or_below_is_a_base_and_makes_no_row():
    document = document_from_bytes("news.txt", b"January 9, 2026\n\nGlobal temperatures last year were 1.35 degrees "
                                   b"Celsius above the 1850-1900 average, the agency said on Monday.\n")
    assert [row["date_text"] for row in extract_document(document)] == ["last year", "Monday"]
    # ... but with no gap or move before it the stretch stays a row
    document = document_from_bytes("news.txt", b"January 9, 2026\n\nPrices stayed above the 1990-1995 range.\n")
    assert [row["date_text"] for row in extract_document(document)] == ["1990-1995"]


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "gap_unit"],
                         ids=lambda rule: rule["words"][:30])
def test_each_gap_unit_example_makes_no_row_for_its_bare_years(rule):
    assert not any(re.fullmatch(r"\d{4}", row["date_text"]) for row in _wsj(rule["example"]))


def test_a_bare_year_after_a_gap_told_with_its_unit_above_or_below_it_is_a_base_and_makes_no_row():
    document = document_from_bytes("news.txt", b"January 9, 2026\n\nThe average temperature last summer was 1.2 "
                                   b"degrees above 1989 and 0.2 C below 1988, the weather office said on Friday.\n")
    assert [row["date_text"] for row in extract_document(document)] == ["last summer", "Friday"]
    # ... but a bare year after "above" with no gap and no move before it stays a row
    document = document_from_bytes("news.txt", b"January 9, 2026\n\nTemperatures last summer were well above 1989, "
                                   b"the weather office said.\n")
    assert "1989" in [row["date_text"] for row in extract_document(document)]


@pytest.mark.parametrize("sentence, base", [
    ("Overall, Disney's ticket sales for the weekend totalled about $168 million, up 18% from the same weekend a year "
     "ago, according to Comscore.", "a year ago"),
    ("Disney's domestic box office for 2025 stands at $8.46 billion, up 2% from 2024 but still about 24% below 2019, "
     "the last full year before the pandemic.", "2019"),
])
def test_a_base_of_comparison_told_as_a_same_period_or_a_bare_year_makes_no_row(sentence, base):
    document = document_from_bytes("news.txt", f"December 21, 2025\n\n{sentence}\n".encode("utf-8"))
    rows = extract_document(document)
    assert rows and all(row["money_text"] for row in rows)
    assert base not in _date_texts(rows)


@pytest.mark.parametrize("sentence, dates", [
    ("The next test comes quickly: Xu expects online orders in the first week of the festival to be up 25% on the "
     "same week a year ago.", set()),
    ("Sales rose 25% on the same week last year, and the company opened two stores on Monday.", {"Monday"}),
])
def test_a_same_week_a_year_back_after_on_is_a_base_of_comparison_and_makes_no_row(sentence, dates):
    document = document_from_bytes("news.txt", f"February 6, 2026\n\n{sentence}\n".encode("utf-8"))
    assert _date_texts(extract_document(document)) - {""} == dates


@pytest.mark.parametrize("sentence, bases", [
    ("Overall, ticket sales for the weekend totalled about $168 million, up 18% from the same weekend a year ago, "
     "according to Comscore.", {"a year ago", "the same weekend a year ago"}),
    ("The domestic box office for 2025 stands at $8.46 billion, up 2% from 2024 but still about 24% below 2019, the "
     "last full year before the pandemic.", {"2024", "2019"}),
])
def test_a_whole_market_s_ticket_sales_make_no_row_and_leave_no_row_of_their_comparison_bases(sentence, bases):
    document = document_from_bytes("news.txt", f"December 21, 2025\n\n{sentence}\n".encode("utf-8"))
    rows = extract_document(document)
    assert not any(row["money_text"] for row in rows)
    assert not bases & _date_texts(rows)


def test_a_write_down_counted_since_a_date_is_no_move_and_keeps_its_row():
    assert _dated("2026-04-14", "It has already written down 640 million euros on the project since 2020.") == {
        "640 million euros": "2020/.."}
    assert _dated("2026-04-14", "Its shares have lost $30 billion in market value since the ruling last month.") == {
        "$30 billion": "2026-04-14"}


def test_deposits_put_down_since_a_sale_opened_are_counted_so_far_and_the_day_it_opened_keeps_its_row():
    # setOL, ol_manuka: "had put down deposits on NZ$9.6 million of honey since the pre-sale opened on Oct. 20"
    document = document_from_bytes("news.txt", "November 4, 2025\n\nBuyers have put down deposits on A$4.2 million of "
                                   "wine since the pre-sale opened on Oct. 14, the winery said.\n".encode("utf-8"))
    assert "Oct. 14" in _date_texts(extract_document(document))


def test_a_profit_takes_the_period_its_phrase_names_with_for_not_the_week_it_was_reported():
    assert _dated("2025-08-14", "JD.com last week reported an operating loss of 14.8 billion yuan in its new "
                  "businesses for the three months to June 30, compared with a loss of 1.3 billion yuan in the first "
                  "quarter.") == {
        "14.8 billion yuan": "2025-Q2", "1.3 billion yuan": "2025-Q1"}


def test_a_date_in_a_clause_of_before_with_a_subject_of_its_own_is_that_clauses():
    assert _dated("2026-02-10", "The lab said the final training run cost about $6.8 million and used roughly 4,000 "
                  "older-generation chips bought before Washington tightened export controls in October 2023.") == {
        "$6.8 million": "2026-02-10"}
    assert _dated("2026-02-10", "The stock rose 5% to $10 before closing at $9.50 on Friday.") == {
        "5%": "2026-02-06", "$10": "2026-02-06", "$9.50": "2026-02-06"}, "a move carried on to its close is one day's"


def test_a_day_a_relative_clause_of_whom_tells_before_the_figure_does_not_date_the_main_clause():
    assert _dated("2026-03-12", "The Bengals, whom Forbes valued at $5.25 billion last August, will have about $38 "
                  "million in salary-cap space for next season after the extension.") == {
        "$5.25 billion": "2025-08", "$38 million": "2026/2027"}   # (the cap space is next season's)


def test_a_date_in_a_clause_of_where_after_a_figure_is_that_clauses():
    assert _dated("2026-03-12", "He estimated that the film could open to $90 million or more in its new release slot, "
                  "where it will face little competition until another film arrives in mid-April 2027.") == {
        "$90 million": "2026-03-12"}


def test_a_level_a_figure_is_told_so_far_below_is_of_the_day_it_was_set_and_the_fall_is_not():
    assert _dated("2026-03-12", "Even after the rally, the stock remains about 40% below its record high of HK$309.40 "
                  "set in October 2020.") == {"40%": "2026-03-12", "HK$309.40": "2020-10"}


def test_a_pledge_spread_over_the_next_years_is_of_the_day_it_was_made_but_a_stretch_to_a_year_is_the_figures():
    assert _dated("2025-11-20", "In February, Chief Executive Eddie Wu pledged to invest more than 380 billion yuan in "
                  "cloud and AI infrastructure over the next three years.") == {"380 billion yuan": "2025-02"}
    assert _dated("2025-11-20", "Lei has said Xiaomi will start selling cars outside China in 2027, and the company "
                  "plans to spend 200 billion yuan on research and development over the five years to 2030.") == {
        "200 billion yuan": "2026/2030"}


@pytest.mark.parametrize("today, text, expected", [
    # "to" before a verb says what the money is for, not where the stretch ends on the calendar
    ("2026-05-14", "The drugmaker said on Tuesday it would spend 600 million euros over the next four years to build a "
     "vaccine plant near Lyon.", {"600 million euros": "2026-05-12"}),
    # "the next year" far after its sum is the twelve months ahead, no calendar year, and dates no sum spread over it
    ("2026-06-12", "Korra Coffee said on Wednesday it had signed a 90 million birr deal to ship washed beans to a "
     "Swedish roaster over the next year.", {"90 million birr": "2026-06-10"}),
], ids=["a_pledge_spread_over_the_next_years_to_do_something", "a_deal_spread_over_the_next_year_far_after_its_sum"])
def test_a_pledge_or_deal_spread_over_the_next_stretch_is_of_the_day_it_was_told(today, text, expected):
    assert _dated(today, text) == expected


def test_a_date_in_quoted_speech_does_not_date_a_figure_the_writer_tells_after_the_quote():
    text = ('"We switched our billing onto the new system in the second week of March," said Jonas Berg, finance '
            'director at Lindqvist Tools, a toolmaker with annual sales of about 90 million euros.')
    assert _dated("2026-05-14", text) == {"90 million euros": "2026-05-14"}
    # a figure inside the speech keeps the speaker's date
    assert _dated("2026-05-14", '"Revenue rose 12% in March," the company said on Tuesday.') == {"12%": "2026-03"}


def test_the_season_a_contract_runs_through_dates_none_of_its_figures():
    assert _dated("2026-03-12", "The deal includes $110 million in guaranteed money and a $40 million signing bonus "
                  "and runs through the 2031 season.") == {"$110 million": "2026-03-12", "$40 million": "2026-03-12"}


def test_a_quarter_s_loss_reported_in_a_month_is_the_quarters_but_a_month_s_revenue_is_the_months():
    assert _dated("2026-03-12", "Intel reported a second-quarter net loss of $2.9 billion in July, and revenue of "
                  "$12.9 billion, flat from a year earlier.") == {"$2.9 billion": "2025-Q2", "$12.9 billion": "2025-Q2"}
    assert _dated("2026-03-12", "The company reported July revenue of $5 million on Aug. 10.") == {
        "$5 million": "2025-07"}
    # a month within the named period is a part's own date, not when the period was told
    assert _dated("1989-10-30", "Third-quarter results included net realized capital gains of $48 million, which "
                  "included $27 million from the sale of Federated Investors in August and a $15 million tax "
                  "credit.")["$27 million"] == "1989-08"


def test_what_a_company_has_said_after_a_past_predicate_is_not_of_that_predicates_date():
    assert _dated("2026-03-12", "Taiwan Semiconductor Manufacturing Co. began volume production at its first Arizona "
                  "plant in the fourth quarter of 2024, about a year later than planned, and has said it will invest a "
                  "total of $165 billion in the United States.") == {"$165 billion": "2026-03-12"}


def test_a_figure_in_a_second_clause_of_what_was_told_is_not_of_the_first_clauses_date():
    # the day of telling before "that" dates both clauses of what was told (setAF, setCW)
    assert _dated("2026-06-13", "Corvid Cloud said on Friday that a faulty configuration change pushed to its "
                  "networking systems caused the outage that knocked thousands of websites and apps offline earlier "
                  "this week, and that it would pay affected customers service credits worth about $40 million.") == {
        "$40 million": "2026-06-12"}
    assert _dated("2026-03-12", "Grey Kestrel said on Monday that Lanxi had overstated its 2024 revenue by as much as "
                  "40% through sales to related distributors, and that about 3.1 billion yuan of reported cash could "
                  "not be verified.") == {"40%": "2024", "3.1 billion yuan": "2026-03-09"}
    assert _dated("2026-03-12", "Lanxi reported revenue of 2 billion yuan in 2024, and that about 3.1 billion yuan of "
                  "reported cash could not be verified.")["3.1 billion yuan"] == "2026-03-12"
    assert _dated("2025-11-20", "The company split itself into six units in March 2023, abandoned a planned spin-off "
                  "of its cloud division in November that year, and now says it will spend at least 380 billion yuan "
                  "on AI and cloud infrastructure over the next three years.") == {"380 billion yuan": "2025-11-20"}


def test_a_first_time_since_told_after_figures_is_no_date_of_theirs():
    assert _dated("2026-03-12", "Ant Group has raised $3.5bn in a funding round that values Jack Ma's fintech group at "
                  "about $95bn, according to three people familiar with the deal, the first time outside investors "
                  "have put new money into the company since Beijing halted its record listing in November 2020.") == {
        "$3.5bn": "2026-03-12", "$95bn": "2026-03-12"}


def test_a_list_items_label_period_dates_its_revenue_and_profit_rather_than_the_day_they_were_reported():
    document = document_from_bytes("calendar.txt", (
        "February 5, 2026\n\nWHAT DID THE LAST FOUR QUARTERS SHOW?\n\n"
        "- June quarter 2025 (fiscal first quarter of 2026), reported Aug. 29, 2025: revenue rose 2% to 247.65 "
        "billion yuan, while net income jumped 76% to 43.12 billion yuan, lifted by gains on its equity "
        "investments.\n").encode("utf-8"))
    dated = _dates_of_figures(extract_document(document))
    assert {dated[text] for text in ("2%", "247.65 billion yuan", "76%", "43.12 billion yuan")} \
        == {"June quarter 2025"}


def test_a_date_after_a_list_items_label_still_dates_the_figure_beside_it():
    document = document_from_bytes("calendar.txt", (
        "February 5, 2026\n\n- Fiscal 2025, reported May 15, 2025: revenue rose 6%, and revenue for the March "
        "quarter rose 7%.\n").encode("utf-8"))
    dated = _dates_of_figures(extract_document(document))
    assert (dated["6%"], dated["7%"]) == ("Fiscal 2025", "the March quarter")


def test_a_clause_that_tells_the_time_of_a_comparison_dates_its_figures_and_keeps_the_date_a_row():
    rows = extract_document(document_from_bytes("warning.txt", (
        "September 25, 2025\n\nThe update is a sharp reversal from a year ago, when the group raised its guidance "
        "after a strong summer, sending its shares up 9% in a single session.\n").encode("utf-8")))
    assert _dates_of_figures(rows) == {"9%": "a year ago"}


def test_a_clause_after_a_comparison_that_tells_of_no_time_leaves_its_figures_undated():
    rows = _wsj("Revenue rose 26% from a year earlier, and the company said it would spend $5 million on stores.")
    assert _dates_of_figures(rows) == {"26%": "", "$5 million": ""}


def test_a_clause_of_a_time_still_to_come_after_a_comparison_is_not_the_time_compared_with():
    rows = extract_document(document_from_bytes("preview.txt", (
        "August 20, 2025\n\nAnalysts expect the segment to post an operating profit of about 3.7 billion yuan in the "
        "second quarter, down 75% from a year earlier, when the company reports results on Aug. 27.\n"
    ).encode("utf-8")))
    assert "a year earlier" not in _date_texts(rows)


def test_a_clause_after_a_base_period_that_names_a_day_of_its_own_outside_it_tells_the_report_not_the_base():
    rows = extract_document(document_from_bytes("miner.txt", (
        "February 2, 2026\n\nThe miner reported fourth-quarter sales of $2.3 billion, up 12% from a year earlier, "
        "when it released results on Jan. 29.\n").encode("utf-8")))
    assert "a year earlier" not in _date_texts(rows) and "Jan. 29" in _date_texts(rows)


def test_a_forecast_told_in_the_past_in_the_clause_after_a_comparison_keeps_the_time_compared_with_a_row():
    # the clause tells what was said at the time compared with: its date ahead is that old forecast's
    rows = extract_document(document_from_bytes("line.txt", (
        "March 3, 2026\n\nThe bill has risen to £9 billion. That is more than double the estimate TfL gave in 2019, "
        "when it said the line could open by 2031.\n").encode("utf-8")))
    assert "2019" in _date_texts(rows)


def test_a_forecast_told_in_the_past_after_a_long_subject_keeps_the_time_compared_with_a_row():
    rows = extract_document(document_from_bytes("bridge.txt", (
        "May 12, 2026\n\nThe repair bill has climbed to $1.4 billion, triple the figure given in 2021, when the "
        "transport department's own engineers said the bridge could reopen by 2028.\n").encode("utf-8")))
    assert "2021" in _date_texts(rows)


def test_a_gain_counted_since_a_happening_to_a_level_is_not_of_the_happening_s_date():
    rows = extract_document(document_from_bytes("paramount.txt", (
        "July 24, 2025\n\nParamount shares rose 2.3% on Wednesday, extending their gain since the merger was approved "
        "in late June to 14%.\n").encode("utf-8")))
    assert _dates_of_figures(rows) == {"2.3%": "Wednesday", "14%": "Wednesday"}
    assert "late June" not in _date_texts(rows)


def test_a_stretch_word_before_an_earlier_date_does_not_make_a_later_date_a_stretch():
    rows = extract_document(document_from_bytes("xiaomi.txt", (
        "November 19, 2025\n\nLu told analysts that memory prices had risen by more than 50% since September and "
        "would keep rising through the first half of 2026.\n").encode("utf-8")))
    assert "through the first half of 2026" in _date_texts(rows)


def test_a_period_that_opens_its_sentence_dates_the_revenue_after_it_not_the_day_it_was_told():
    dates = _on("2025-12-05", "In the three months to September, revenue from its cloud intelligence unit jumped 34% "
                              "to 39.8 billion yuan, the company said on Nov. 25.")
    assert dates == {"34%": "the three months to September", "39.8 billion yuan": "the three months to September"}


def test_a_period_named_with_for_and_an_article_dates_the_rise_as_well_as_the_revenue():
    dates = _on("2026-02-20", "A year earlier, Alibaba had reported an 8% rise in revenue to 280.2 billion yuan for "
                              "the December 2024 quarter, helped by a recovery in its core Taobao and Tmall "
                              "marketplaces.")
    assert dates["8%"] == dates["280.2 billion yuan"] != "A year earlier"


def test_a_date_in_brackets_with_a_figure_of_its_own_dates_only_what_is_inside():
    dates = _on("2025-11-06", "EBIT for the third quarter came in at USD 612m, down 58% from USD 1.46bn in the same "
                              "period last year, on revenue of USD 4.9bn (Q3 2024: USD 5.8bn).")
    assert dates["USD 4.9bn"] == "the third quarter"
    assert dates["USD 5.8bn"] == "Q3 2024"
    assert _on("2025-11-06", "Revenue was $5bn (fiscal 2024), up 5%.")["$5bn"] == "fiscal 2024"


def test_a_sum_after_against_is_compared_with_its_date_without_a_move():
    dates = _on("2025-11-06", "Revenue was USD 14.6bn and EBIT USD 1.95bn, against USD 2.41bn in the first nine months "
                              "of 2024.")
    assert dates == {"USD 14.6bn": "", "USD 1.95bn": "", "USD 2.41bn": "the first nine months of 2024"}
    # a sum after "from" may be where the change started, on the day told
    dates = _on("2026-01-14", "Morgan Stanley lifted its target to $200 from $180 last Thursday.")
    assert dates["$200"] == "last Thursday"
    # ... a word of moving in quoted speech before it moved nothing the writer compares
    dates = _on("2026-01-14", '"Margins only hold up if volumes do," said an analyst at Daiwa, who lifted his target '
                              'to $200 from $180 last Thursday.')
    assert dates["$200"] == "last Thursday"


def test_a_figure_in_a_participle_clause_that_opens_its_sentence_takes_no_date_of_the_main_clause():
    dates = _on("2026-01-16", "Founded with 100 billion yuan in planned investment from Alibaba, department store "
                              "operator Intime and logistics partners including SF Express, Cainiao was last valued at "
                              "US$27.6 billion in a 2019 funding round.")
    assert dates == {"100 billion yuan": "", "US$27.6 billion": "2019"}


def test_the_value_a_multiple_is_of_dates_neither_the_figure_nor_the_multiple_and_a_forecast_stays_a_row():
    document = document_from_bytes("news.txt", (
        "December 2, 2025\n\nThey put Alibaba Cloud at $150 billion, or about 6 times its revenue for the fiscal year "
        "ending March 2027, and the Taobao and Tmall business at $210 billion, roughly 9 times next year's earnings.\n"
    ).encode("utf-8"))
    rows = extract_document(document)
    assert _dates_of_figures(rows) == {"$150 billion": "", "$210 billion": ""}
    assert {row["date_text"] for row in rows if not row["money_text"]} == {
        "the fiscal year ending March 2027", "next year"}


def test_a_multiple_counted_in_words_is_of_the_value_after_it_not_of_the_price_told_before_it():
    # setAR, ar_mining_bid: the 480p is the offer now, not next year's
    dates = _on("2026-02-04", "\"At 480p, Anvil is paying about six times next year's earnings for a mine that is only "
                              "now hitting its stride,\" said Priya Raman, an analyst at Peel Hunt.")
    assert dates == {"480p": ""}


@pytest.mark.parametrize("sentence, price", [
    # setCY, cy_initiation: the price is of the day told, not of the year whose earnings the multiple is of
    ("At HK$164.30 the stock trades at 15 times our fiscal 2027 earnings estimate, against 22 times for Tencent.",
     "HK$164.30"),
    ("At $98 the stock trades at 12 times the 2027 earnings estimate.", "$98"),
])
def test_a_multiple_of_a_measure_a_date_names_after_an_owner_is_of_that_measure_not_of_the_price(sentence, price):
    assert _on("2025-10-14", sentence) == {price: ""}


def test_a_move_is_not_dated_by_a_day_still_to_come_in_a_clause_of_its_own_that_looks_ahead():
    # setAR, ar_week_review: the rise is Wednesday's, the meeting next month's
    document = document_from_bytes("news.txt", (
        "November 15, 2025\n\nWednesday: Stocks climbed anyway, and the S&P 500 rose 0.6% as traders bet that the Fed "
        "would cut interest rates again at its meeting next month.\n").encode("utf-8"))
    assert _dates_of_figures(extract_document(document)) == {"0.6%": "Wednesday"}
    # a forecast keeps the date still to come of a clause that does not look ahead
    assert _on("2026-02-04", "Revenue is expected to rise 5% as demand recovers next year.") == {"5%": "next year"}


def test_a_second_predicate_in_the_present_holds_now_and_takes_no_date_of_the_first():
    # setAS, as_preview
    dates = _on("2026-05-11", "Alibaba repurchased $11.9 billion of its stock in fiscal 2025 and has about $19 billion "
                              "left under a programme that runs until March 2027.")
    assert dates == {"$11.9 billion": "fiscal 2025", "$19 billion": ""}
    # a date of its own after it still dates it
    assert _on("2026-05-11", "Net income rose 5% in the third quarter and has grown 10% this year.") == {
        "5%": "the third quarter", "10%": "this year"}
    # a pronoun of the same subject may open it past a comma
    assert _on("2026-05-11", "Harbour Bank bought back $2.6 billion of its shares in the year that ended in June 2025, "
                             "and it still has $4 billion left under its buyback.") == {
        "$2.6 billion": "the year that ended in June 2025", "$4 billion": ""}
    # a second predicate in the present progressive holds now too; a level the subject "is" at keeps the day before
    assert _on("2026-05-11", "The mill spent $40 million on new looms last year and is raising another $25 million "
                             "from its banks.") == {"$40 million": "last year", "$25 million": ""}
    assert _on("2026-05-11", "Its shares fell 3.1% on Friday and are down 12% this year.")["3.1%"] == "Friday"
    # ... but a price the subject "is paying" or "is offering" is the deal's told before it, of the deal's day
    assert _on("2026-05-11", "Corvane agreed on Thursday to buy the Lisbon port operator and is paying 1.3 billion "
                             "euros in cash.") == {"1.3 billion euros": "Thursday"}
    assert _on("2026-05-11", "Halden made a hostile bid for Brekke on Friday and is offering $41 a share.") == {
        "$41": "Friday"}
    # so does one that plans in the present; a plan told in the past keeps the date of the first
    assert _on("2026-05-11", "The dairy bought two driers in 2025 and plans to raise another $30 million from its "
                             "members.") == {"$30 million": ""}
    assert _on("2026-05-11", "The dairy bought two driers in 2025 and planned to raise another $30 million from its "
                             "members.") == {"$30 million": "2025"}
    # what a thing "can cost" in a clause after the deed is a price that holds as a rule, of now
    assert _on("2026-05-11", "Orvik Registry's sign-ups rose 6% last year, driven by streamers, for whom a short "
                             "name can cost $29.99 a year.") == {"6%": "last year", "$29.99": ""}


def test_a_deadline_dates_no_figure():
    # setAR, ar_mining_bid
    dates = _on("2026-02-04", "Anvil Resources has raised its takeover offer for Halden Copper for the second time in "
                              "a month, valuing the FTSE 250 miner at about £3.6bn and setting up a possible bidding "
                              "war with Canada's Korvan Mining ahead of a deadline on Monday.")
    assert dates == {"£3.6bn": ""}


def test_a_figure_told_a_few_days_from_a_month_is_of_that_month_but_not_of_a_day_a_few_days_off():
    # setAS, as_cofounder
    dates = _on("2026-03-02", "She sold shares worth a further $310 million in November 2019, days before Alibaba's "
                              "second listing in Hong Kong raised HK$88 billion.")
    assert dates == {"$310 million": "November 2019", "HK$88 billion": "November 2019"}
    assert _on("2026-03-02", "On July 2, 2021, two days after Didi Global raised $4.4 billion in a New York listing, "
                             "regulators opened a review.") == {"$4.4 billion": "two days after"}  # June 30, not July 2


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "complement"],
                         ids=lambda rule: rule["words"])
def test_the_date_of_a_report_yields_to_the_period_of_what_it_reported(rule):
    """Each example tells, after the date of a report, a figure with its own period after it."""
    rows = _wsj(rule["example"])
    figure = next(row for row in rows if row["money_text"])
    assert figure["date_text"].startswith("between")


def test_revenue_reported_last_month_is_of_the_quarter_the_report_names():
    # setAQ, aq_hk_high
    dates = _on("2025-03-20", "The company reported last month that revenue at its cloud intelligence unit grew 34% "
                              "from a year earlier to 43.1 billion yuan ($6 billion) in the October-December quarter, "
                              "its fastest growth in more than three years.")
    assert dates == {"34%": "the October-December quarter",
                     "43.1 billion yuan ($6 billion)": "the October-December quarter"}
    assert _on("2025-03-20", "The company said on Monday that revenue rose 5% to $3 billion.") == {
        "5%": "Monday", "$3 billion": "Monday"}, "with no date of its own, what was told keeps the day"


def test_a_percentage_named_a_loss_is_a_move_and_the_stretch_it_is_measured_over_dates_nothing():
    # setAT, at_stores
    rows = _wsj("Brightway shares were up 11.4% at $14.87 in midday trading, trimming a 42% loss over the past "
                "12 months.")
    assert _dates_of_figures(rows)["42%"] != "the past 12 months"
    assert "the past 12 months" not in _date_texts(rows)
    assert _dates_of_figures(_wsj("It posted a $5 million loss over the past 12 months.")) == {
        "$5 million": "the past 12 months"}, "a sum named a loss is no move"


def test_a_source_put_out_on_a_day_of_its_own_does_not_date_the_figures_before_it():
    dates = _on("2026-07-20", "Last year's festival drew a record 52,000 people over four days and took £11.8m in "
                              "ticket sales, up 14% from 2024, according to accounts filed at Companies House in "
                              "April.")
    assert dates == {"£11.8m": "Last year", "14%": "Last year"}
    # a source of the figure's own period tells its time
    assert _on("2025-12-02", "Revenue was $5bn, according to its annual report for 2024.") == {"$5bn": "2024"}


def test_a_measure_a_figure_is_compared_with_keeps_its_time_to_itself():
    dates = _on("2026-03-12", "The company estimated at trial that a full recall could cost it as much as $95 million, "
                              "more than its entire net income over the past two years.")
    assert dates == {"$95 million": ""}
    # with no measure named, the date is the figure's: "more than any company in 2020"
    assert _on("2025-12-02", "Ant raised $34bn, more than any company in 2020.") == {"$34bn": "2020"}


@pytest.mark.parametrize("sentence, expected", [
    # setAV, kairos_deliveries
    ("Kairos, founded in Shanghai in 1985, listed in New York in 1987 and raised HK$15.6 billion in a secondary "
     "listing in Hong Kong in May 1988.", {"HK$15.6 billion": "May 1988"}),
    # "in Jack Ma's Hangzhou apartment": a possessive place may end in a plain noun before the founding's year
    ("Halden, founded in Ole Berg's Bergen garage in 1985, has a market value of about $14 billion.",
     {"$14 billion": ""}),
])
def test_a_founding_told_with_its_place_in_an_aside_dates_no_figure_of_the_main_clause(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_place_of_a_participle_aside_ends_with_its_paragraph_so_the_next_paragraph_s_fronted_period_dates_it():
    # "... we opened in March.\n\nFor the nine months ..." names no place "March. For" of an aside
    text = ("We have spent about 4 billion yuan on the new warehouses, and we remain on track with the 9 billion "
            "yuan plan we unveiled in March.\n\nFor the nine months ended December 31, 2025, revenue rose 6% to "
            "RMB88,120 million.")
    assert _dated("2026-02-26", text)["6%"] == "2025-04/2025-12"


def test_a_date_in_a_relative_clause_of_a_cause_after_a_figure_dates_neither_figure_before_it():
    # setAU, alibaba_pr_results: the service was launched in April, the growth is of the day told
    rows = _wsj("Quick commerce revenue grew 60% to RMB22,906 million, driven by Taobao Instant Commerce, which we "
                "launched in late April.")
    assert _dates_of_figures(rows) == {"60%": "", "RMB22,906 million": ""}
    assert "late April" in _date_texts(rows)


def test_a_with_clause_of_what_people_expect_does_not_date_the_moves_before_it_but_a_plain_one_keeps_the_day():
    # setAX, ax_typhoon
    dates = _dates_of_figures(_wsj("AIA Group fell 1.2% and Ping An Insurance lost 0.9%, with analysts expecting "
                                   "property claims to weigh on insurers' results for the second half."))
    assert dates == {"1.2%": "", "0.9%": ""}
    assert _dates_of_figures(_wsj("Revenue rose 5% to $2 billion in the third quarter, with profit rising 3% to $500 "
                                  "million.")) == {"5%": "the third quarter", "$2 billion": "the third quarter",
                                                   "3%": "the third quarter", "$500 million": "the third quarter"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"].startswith("record_lead")],
                         ids=lambda rule: rule["opens"])
def test_each_word_that_leads_to_a_record_leaves_its_stretch_to_no_figure_and_no_row(rule):
    rows = _wsj(rule["example"])
    assert rows and all(row["money_text"] and not row["date_text"] for row in rows)


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reaches"],
                         ids=lambda rule: rule["words"])
def test_each_word_that_leads_a_move_to_its_own_record_leaves_its_stretch_to_no_figure_and_no_row(rule):
    for word in rule["words"].split("|"):
        # setDV, dv_review
        rows = _wsj(f"The stock rose 9.2% that day {word} its highest since 1985.")
        assert rows and all(row["money_text"] and "since" not in row["date_text"] for row in rows), word


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "record_possessor"],
                         ids=lambda rule: rule["words"])
def test_a_possessor_in_an_owners_stead_before_a_superlative_makes_it_a_record_whose_stretch_dates_no_figure(rule):
    rows = _wsj(rule["example"])
    assert rows and all(row["money_text"] and "since" not in row["date_text"] for row in rows)
    dates = _dates_of_figures(_wsj("Brent crude fell 4.1% to $61.20 a barrel on Tuesday, the contract's sharpest "
                                   "one-day drop since April 1988, and gold rose 0.6%."))
    assert dates == {"4.1%": "Tuesday", "$61.20": "Tuesday", "0.6%": "Tuesday"}
    dates = _dates_of_figures(_wsj("The auction raised $48.2 million, the house's best result since its spring sale "
                                   "of 1986, against an estimate of $30 million to $40 million."))
    assert all("1986" not in date for date in dates.values()), dates


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reached_owner"],
                         ids=lambda rule: rule["words"])
def test_each_owners_word_before_a_reached_superlative_makes_it_a_record_whose_stretch_makes_no_row(rule):
    rows = _wsj(rule["example"])
    assert rows and all(row["money_text"] and "since" not in row["date_text"] for row in rows)


def test_a_level_reached_told_without_a_possessive_or_a_first_leaves_its_stretch_a_row():
    rows = _wsj("Hong Kong listings climbed to the highest since 1985.")
    assert "since 1985" in _date_texts(rows)
    # setCU, cu_veltara_cmd: a first tells of a happening
    rows = _wsj("Veltara Semiconductor set out plans on Tuesday to more than double its revenue by the end of the "
                "decade, telling investors at its first capital-markets day since 1985 that sales would reach $12 "
                "billion.")
    assert "since 1985" in _date_texts(rows)


def test_a_record_led_by_a_noun_that_names_the_figure_again_dates_neither_the_figure_nor_a_row():
    rows = _wsj("Bankers value the chain at about $9 billion, a sum that would make it the largest listing in Madrid "
                "since Aena's own in 1985.")
    assert _dates_of_figures(rows) == {"$9 billion": ""}
    assert "1985" not in " ".join(row["date_text"] for row in rows)


def test_a_record_a_few_words_after_the_comma_leaves_its_stretch_to_no_figure_and_no_row():
    # setAU, apsara_live_blog; setAW, aw_wrap
    rows = _wsj("Alibaba shares rose 7.8% to HK$173.70, on track for their biggest one-day rise since March 7.")
    assert _dates_of_figures(rows) == {"7.8%": "", "HK$173.70": ""}
    assert "March 7" not in " ".join(row["date_text"] for row in rows)
    rows = _wsj("The benchmark has gained 30% this year and is on course for its best annual performance since 1985.")
    assert [row["date_text"] for row in rows] == [""], "this year is the gain's stretch: the gain is of the day told"
    rows = _wsj("The Bengals finished 9-8 last season and missed the playoffs for the first time since 1985.")
    assert "since 1985" in _date_texts(rows), "a first time tells of a happening"
    # setAQ, aq_ft_capex: the level a move reaches is the record
    rows = _wsj("The renminbi has gained about 4 per cent against the dollar since April, to its strongest level since "
                "1987, making imported equipment somewhat cheaper.")
    assert "since 1987" not in _date_texts(rows)


def test_a_multiple_of_what_a_clause_tells_leaves_its_date_to_that_value_and_makes_no_row():
    # setAW, aw_opinion
    rows = _wsj("By most estimates, Alibaba will spend close to 130 billion yuan on capital projects in the fiscal "
                "year ending in March, roughly three times what it spent two years earlier.")
    assert [(row["money_text"], row["date_text"]) for row in rows] == [
        ("130 billion yuan", "the fiscal year ending in March")]


def test_a_date_past_a_semicolon_does_not_date_a_figure_before_it():
    dates = _dates_of_figures(_wsj("In 1978 he bought the rival Northern Carriers for £31m; in 1984 he moved into "
                                   "property."))
    assert dates == {"£31m": "1978"}
    dates = _dates_of_figures(_wsj("He bought the rival Northern Carriers for £31m; in 1984 he moved into property."))
    assert dates == {"£31m": ""}


@pytest.mark.parametrize("sentence, figure, date", [
    ("In Turkey, it bought a majority of Trendyol in 2018 for a sum that people familiar with the deal put at $728 "
     "million, and it led a $1.5 billion round in August 2021 that valued Trendyol at $16.5 billion.",
     "$728 million", "2018"),
    ("In 1989 he sold the haulage business to the Dutch group Van Ommeren for £410m, keeping the property arm, which "
     "he took private three years later.", "£410m", "1989"),
])
def test_a_date_of_the_figures_own_clause_before_it_outweighs_a_nearer_one_past_a_comma(sentence, figure, date):
    assert _dates_of_figures(_wsj(sentence))[figure] == date


def test_a_date_after_a_comma_still_dates_a_figure_whose_clause_has_no_date_of_its_own():
    dates = _dates_of_figures(_wsj("In Turkey, it bought a majority of Trendyol in 2018 for a sum that people familiar "
                                   "with the deal put at $728 million, and it led a $1.5 billion round in August "
                                   "2021."))
    assert dates["$1.5 billion"] == "August 2021"


def test_a_level_held_until_at_least_a_date_is_of_now_and_the_term_stays_a_row():
    rows = _wsj("The governor said the official cash rate would stay at its current level of 2.75% until at least "
                "the middle of 1991.")
    assert _dates_of_figures(rows) == {"2.75%": ""}
    assert "until at least the middle of 1991" in _date_texts(rows)


def test_an_option_told_in_a_with_clause_dates_no_figure_before_it():
    dates = _dates_of_figures(_wsj("The saga began in October 1988, when Kestrel agreed to buy a 74% stake in the "
                                   "airline for 1.55 billion euros, valuing the whole airline at about 2.1 billion "
                                   "euros, with an option to buy the rest by 1991."))
    assert dates["1.55 billion euros"] == "October 1988"
    assert dates["2.1 billion euros"] == "October 1988"


def test_the_day_accounts_were_filed_in_a_participle_aside_yields_to_the_period_they_cover():
    dates = _dates_of_figures(_wsj("Castleford's accounts for the year to June 30, 1989, filed at Companies House in "
                                   "October, showed a pre-tax loss of £18.4 million on turnover of £31.2 million."))
    assert dates == {"£18.4 million": "the year to June 30, 1989", "£31.2 million": "the year to June 30, 1989"}


def test_a_move_so_far_this_year_is_of_now_and_its_stretch_makes_no_row():
    assert [(row["money_text"], row["date_text"]) for row in _wsj("The stock has gained 112% so far this year.")] == [
        ("112%", "")]
    rows = _wsj("Its revenue so far this year is about $5 billion.")
    assert "this year" in _date_texts(rows), "a sum counted so far is of its stretch"


@pytest.mark.parametrize("sentence, expected", [
    ("Alibaba Cloud now brings in more than 120 billion yuan a year, and revenue grew 34% last quarter.",
     {"120 billion yuan": "2026-11-30", "34%": "2026-Q3"}),
    ("The group currently has about $4 billion in cash, and it raised $1.2 billion in a bond sale in March.",
     {"$4 billion": "2026-11-30", "$1.2 billion": "2026-03"}),
    # without a word of the present the later clause's date stays the nearest
    ("Cloud revenue grew 34% to 39.8 billion yuan, and net income rose 10% in the third quarter.",
     {"34%": "2026-Q3", "39.8 billion yuan": "2026-Q3", "10%": "2026-Q3"}),
])
def test_a_figure_its_clause_sets_in_the_present_is_not_of_a_date_past_and(sentence, expected):
    assert _dated("2026-11-30", sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (a sum made, not given: a person's gift makes no row, money/not_money.tsv)
    ("He was knighted in 1998 for services to business and to charity in Yorkshire, and he made more than £250m from "
     "property in the region over his lifetime, much of it in cash.", {"£250m": "2025-11-18"}),
    ("She joined the board in 2004 and earned about $60 million over her career, according to filings.",
     {"$60 million": "2025-11-18"}),
    # a date of its own clause still dates it
    ("By 2020 he had made $250m from property over his lifetime.", {"$250m": "2020"}),
    # a sum counted so far is of now, not of a period another predicate after it names
    ("The utility said it had paid about $42 million in claims so far and booked a further $30 million charge in the "
     "third quarter.", {"$42 million": "2025-11-18", "$30 million": "2025-Q3"}),
    # ... but one counted so far over a stretch it names is told as of the day of its sentence
    ("Its shares fell 2.2% on Monday and are down 12% so far this year.",
     {"2.2%": "2025-11-17", "12%": "2025-11-17"}),
])
def test_a_sum_counted_over_a_lifetime_takes_no_date_of_another_clause(sentence, expected):
    assert _dated("2025-11-18", sentence) == expected


def test_a_sum_counted_so_far_in_a_logs_entry_is_of_the_time_the_entry_opens_with():
    rows = _rows_under("November 18, 2025", "14:00 - The retailer says its orders across both platforms and its own "
                                            "app total 2.6 billion yuan so far.")
    assert _dates_of_figures(rows) == {"2.6 billion yuan": "14:00"}


@pytest.mark.parametrize("sentence, expected", [
    # a past period the sum's own clause names after it is when it was spent, the entry's clock time when it was told
    ("10:05 - Ruiz opens by saying the carmaker spent more than 120 billion yen on battery plants in the fiscal year "
     "that ended in March.", {"120 billion yen": "the fiscal year that ended in March"}),
    ("10:20 - Ruiz says the group spent 40 billion yen on research in the year to March.",
     {"40 billion yen": "the year to March"}),
    # ... while a share's move in an entry stays of its time, and so does a running total up to the entry's day
    ("10:40 - Kestrel shares are up 2% in Tokyo, their best day this month.", {"2%": "10:40"}),
    ("21:30 - The brewer reports cumulative sales of 2.1 billion yen across all platforms since July 1.",
     {"2.1 billion yen": "21:30"}),
    # ... and so does a sum whose period after it is another noun's, in a relative clause or a few words on
    ("10:05 - Ruiz says the group will spend 30 billion yen on a plant that opened in 2023.",
     {"30 billion yen": "10:05"}),
    ("10:15 - Ruiz says the group plans to buy back 20 billion yen of shares bought by the fund in 2024.",
     {"20 billion yen": "10:15"}),
])
def test_a_sum_in_a_logs_entry_takes_the_past_period_its_own_clause_names(sentence, expected):
    assert _dates_of_figures(_rows_under("July 15, 2026", sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Whitakers had owned the club since 1998, when businessman Frank Whitaker bought it out of administration "
     "for £1.", {"£1": "1998"}),
    ("Its shares have fallen 18% since late September, when they touched a record HK$61.45.",
     {"18%": "2025-11-16", "HK$61.45": "2025-09"}),
    ("Investors have warmed to the stock since February last year, when Alibaba said it would spend at least 380 "
     "billion yuan on cloud and AI infrastructure over three years.", {"380 billion yuan": "2024-02"}),
    # a figure told after the stretch without such a clause keeps the stretch
    ("Alibaba has invested heavily since 2019, spending $5 billion.", {"$5 billion": "2019/.."}),
])
def test_a_figure_in_the_clause_that_tells_of_a_stretchs_start_is_of_that_start(sentence, expected):
    assert _dated("2025-11-16", sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("For fiscal 2027 we now expect revenue of $7.62 billion to $7.67 billion, up from the $7.45 billion to $7.55 "
     "billion we guided in August.", {"$7.62 billion": "FY2027", "$7.67 billion": "FY2027", "$7.45 billion": "FY2027",
                                      "$7.55 billion": "FY2027"}),
    # a month inside the period without a verb of telling is a part's own
    ("For fiscal 2027 we now expect revenue of $7.6 billion, including $40 million from a contract won in August.",
     {"$7.6 billion": "FY2027", "$40 million": "2026-08"}),
])
def test_the_month_a_periods_figure_was_told_in_does_not_date_it(sentence, expected):
    assert _dated("2026-11-19", sentence) == expected


def _headline(title: str, published: str) -> dict[str, str]:
    document = document_from_bytes("news.txt",
                                   f"{title}\n\n{published}\n\nThe judge set the date on Tuesday.\n".encode())
    return {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}


@pytest.mark.parametrize("title, expected", [
    ("Vaultline founder to face trial in May as customers wait for $1.9 billion", {"$1.9 billion": "2025-10-08"}),
    # a clause that looks ahead to the coming day keeps it
    ("Tencent to report results on Thursday as analysts expect revenue of $30 billion", {"$30 billion": "2025-10-09"}),
])
def test_a_figure_in_an_as_clause_after_a_coming_date_is_of_now_unless_it_looks_ahead(title, expected):
    assert _headline(title, "October 8, 2025") == expected


@pytest.mark.parametrize("published, sentence, expected", [
    # a figure set in the present takes no date of another clause or predicate before it
    ("2025-10-20", "A retail investor who put Rs 10 lakh into a Nifty index fund in March 2020, at the depth of the "
     "pandemic sell-off, would now be sitting on more than Rs 33 lakh.",
     {"Rs 10 lakh": "2020-03", "Rs 33 lakh": "2025-10-20"}),
    ("2026-02-10",
     "Zhipu AI, which listed in Hong Kong last month and is now worth about HK$230 billion, leads the field.",
     {"HK$230 billion": "2026-02-10"}),
    # ... but a date that opens the sentence is its time
    ("2025-11-13", "For the full fiscal year 2025, the Company now expects total revenue of $1.60 billion to $1.61 "
     "billion.", {"$1.60 billion": "FY2025", "$1.61 billion": "FY2025"}),
])
def test_a_figure_set_in_the_present_takes_no_date_of_another_clause_before_it(published, sentence, expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    ("2026-02-17", "In the December quarter, whose results Alibaba reported on Thursday, cloud revenue grew 34 per "
     "cent to 41.2bn yuan.", {"34 per cent": "2025-Q4", "41.2bn yuan": "2025-Q4"}),
    ("2026-03-01", "It expects sales of about £230 million for the current year, which closes on March 31, and a "
     "pre-tax profit of £19 million.", {"£230 million": "FY2026", "£19 million": "FY2026"}),
])
def test_the_day_a_period_closed_or_its_results_were_told_in_an_aside_leaves_the_figures_to_the_period(
        published, sentence, expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    ("2026-06-20", "Live Nation's shares rose 4.1% on Friday, and have climbed about 12% since the band announced its "
     "reunion on Oct 3 last year.", {"4.1%": "2026-06-19", "12%": "2026-06-20"}),
    ("2026-03-09", "Baidu shares have rallied 31% since the search company reported better-than-expected cloud revenue "
     "on Feb. 26.", {"31%": "2026-03-09"}),
    # (a longer clause, its object a sum with its dollar worth in brackets, is such a stretch too)
    ("2026-05-13", "Shares of the carmaker have gained about 35% since its board approved a 12 billion rand ($650 "
     "million) plant expansion in October last year.",
     {"35%": "2026-05-13", "12 billion rand ($650 million)": "2025-10"}),
])
def test_a_since_clause_with_a_verb_of_its_own_is_the_stretch_of_the_move_and_dates_no_figure(published, sentence,
                                                                                              expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    ("2025-10-22", "Analysts polled by LSEG expect cloud revenue of about 38 billion yuan, up roughly 28% on the year.",
     {"38 billion yuan": "2025-10-22", "28%": "2025-10-22"}),
    # a day after the same cue is the move's own
    ("2025-10-22", "Revenue is expected to rise 5% on Monday.", {"5%": "2025-10-27"}),
])
def test_a_date_of_comparison_shape_in_a_forecast_is_still_only_the_base(published, sentence, expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the stretch "so far in" a year runs up to now, like "so far this year"
    ("Shares in Marlow Homes rose 2.7% to 412p on Wednesday, and have gained 18% so far in 1989.",
     {"2.7%": "Wednesday", "412p": "Wednesday", "18%": ""}),
    # a move whose own stretch is told right after it is of now, not of a date in a clause after that stretch; and a
    # year a move told in the present is up over runs up to now, as "this year" does
    ("Shares of PDD Holdings have risen 22% since the Geneva deal, and the Hang Seng Tech index is up 29% in 1989.",
     {"22%": "", "29%": ""}),
    ("At Thursday's close of HK$612, the stock is up 7% in 1989, against a 3% gain for the Hang Seng Index.",
     {"HK$612": "Thursday", "7%": "Thursday", "3%": "Thursday"}),
    # so does the year of a move told in the present perfect
    ("Harwick Telecom shares closed 1.4% higher at 96p on Thursday; they have lost about 30% in 1989.",
     {"1.4%": "Thursday", "96p": "Thursday", "30%": "Thursday"}),
])
def test_a_move_over_a_stretch_up_to_now_takes_no_date_of_that_stretch_or_of_a_later_clause(sentence, expected):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows) == expected
    assert all(row["money_text"] for row in rows), "the stretch makes no row of its own"


def test_the_smallest_since_a_date_is_a_records_stretch_and_makes_no_row():
    rows = _wsj("Alibaba's quarterly profit narrowed to $9.5 billion in June, the smallest since February 1984.")
    assert "since February 1984" not in _date_texts(rows)
    assert _dates_of_figures(rows) == {"$9.5 billion": "June"}


@pytest.mark.parametrize("sentence", [
    "Platforms that break the rules could be fined up to 50 million yuan or 5% of their previous year's revenue.",
    "The regulator fined the bank 40 million euros, or 2% of its previous year's turnover.",
])
def test_the_period_a_share_is_of_dates_neither_the_share_nor_the_figure_and_makes_no_row(sentence):
    rows = _wsj(sentence)
    assert rows and all(row["money_text"] for row in rows)
    assert all(row["date_text"] == "" for row in rows)


def test_a_move_only_in_a_later_clause_makes_no_comparison_of_a_from_before_it():
    rows = _wsj("Montreal took 30 years to pay off the debts from its 1976 Games, and the group's budget for 1992 "
                "almost quadrupled.")
    assert "1976" in _date_texts(rows)


def test_a_clause_that_tells_the_value_compared_with_is_of_the_base_which_stays_a_row():
    rows = _wsj("Alibaba's 18.23 billion yuan penalty was less than its net profit for the December quarter of 1988 "
                "alone, which came to 79.4 billion yuan.")
    assert _dates_of_figures(rows) == {"18.23 billion yuan": "", "79.4 billion yuan": "the December quarter of 1988"}


def test_a_figure_counted_since_a_day_told_before_it_is_of_now_not_of_that_day():
    rows = _wsj('The festival opened on Oct. 12 with the premiere of "Northern Gate", a Nordic thriller that has since '
                "taken $38.6 million at the global box office.")
    assert _dates_of_figures(rows) == {"$38.6 million": ""}


def test_a_plan_told_in_the_present_perfect_after_and_is_of_the_day_told_not_of_the_quarter_before():
    rows = _wsj("Harlow Foods reported a 12% rise in sales for the September quarter of 1988, and the group has "
                "promised to spend at least 2 billion yuan on new plants.")
    assert _dates_of_figures(rows) == {"12%": "the September quarter of 1988", "2 billion yuan": ""}


@pytest.mark.parametrize("sentence, expected", [
    ("Ryanair said it would restore 80% of its schedule by Sunday, and its shares rebounded 3.8%.",
     {"3.8%": ""}),
    # the same forecast goes on after ", and": its period still dates the profit
    ("Hartwell expects sales of about £230 million for the current year, which closes on March 31, and a pre-tax "
     "profit of £19 million, up from £16.4 million.",
     {"£230 million": "the current year", "£19 million": "the current year"}),
    # a second predicate of the same subject goes on with what it would do
    ("The latest proposal would raise basic pay by 4.5% next year, and add a one-off payment of £1,500.",
     {"£1,500": "next year"}),
    # a move set off by a comma right after a figure restates that figure, the same forecast's
    ("For next year, the broker expects revenue of $41.2bn, and operating profit of $6.3bn, down 12% year on year.",
     {"$6.3bn": "next year", "12%": "next year"}),
    # ... the sum's magnitude and currency written out after its digits
    ("Analysts expect sales of 88.4 billion yen for next year, the last of its three-year plan, and operating profit "
     "of 12.1 billion yen, down 9% from a year earlier.", {"12.1 billion yen": "next year", "9%": "next year"}),
])
def test_a_coming_date_does_not_date_a_move_told_in_a_clause_joined_after_it(sentence, expected):
    dates = _dates_of_figures(_wsj(sentence))
    assert {text: dates.get(text) for text in expected} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("It also plans to unwind cross-shareholdings worth about 120 billion yen over the next three years, in line with "
     "pressure from the Tokyo exchange, which in March 1988 asked listed companies to mind their cost of capital.",
     {"120 billion yen": ""}),
    ("Kestrel cut its capital expenditure forecast to A$1.4 billion, citing delays at the Curlew expansion, which is "
     "now due to produce first ore in the March quarter of 1990.", {"A$1.4 billion": ""}),
    # a date in a clause of its own, or in an aside of a suspension
    ("International games revenue rose 22% to 76.1 billion yuan, helped by studios acquired before 1988.",
     {"22%": "", "76.1 billion yuan": ""}),
    ("Its shares, suspended again since Aug. 1, last traded at HK$0.09, down 71% over the past 12 months.",
     {"HK$0.09": "", "71%": ""}),
    # a participle clause of what the figure let happen (figure_side_clauses.tsv opens=own)
    ("Orders for the notes topped $6 billion, bankers said, letting the utility cut the coupon from the guidance it "
     "set on Monday.", {"$6 billion": ""}),
])
def test_a_date_in_a_relative_clause_opened_past_another_break_after_a_figure_does_not_date_it(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Unsecured creditors, owed about $64 million, have until May 15 to file claims.", {"$64 million": ""}),
    ("Jinhai also owes $11.2 million on a separate 1995 bond.", {"$11.2 million": ""}),
    # each year listed before a debt's noun names the debt by its maturity (opens=lasts_named_list)
    ("The utility's last bond sale, $600 million of 1999, 2009 and 2019 notes, drew $2 billion of orders.",
     {"$600 million": "", "$2 billion": ""}),
    ("The company listed in Hong Kong in July 1988 at HK$28 a share, and its stock has nearly tripled since.",
     {"HK$28": "July 1988", "tripled": ""}),
    ("Cambricon listed in Shanghai in July 1988, and its shares have nearly tripled since then.", {"tripled": ""}),
    # a level a move reached over its own stretch takes no date of the clause before it
    ("The valley's coal pits have been shut since 1986, and freight rates have roughly doubled to about $14 a tonne "
     "since then.", {"doubled": "", "$14": ""}),
    ("The shares rose 5% in March 1988 and have fallen since.", {"5%": "March 1988"}),
    ("The plan includes a 2 trillion won share buyback to be completed by the end of June next year.",
     {"2 trillion won": ""}),
])
def test_a_deadline_a_debts_named_maturity_and_the_start_of_a_stretch_told_before_date_no_figure(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The port operator said it would invest about $1.2 billion in new cranes and deeper berths by 1994.",
     {"$1.2 billion": ""}),
    ("The port operator expects container revenue to rise to $1.2 billion by 1994.", {"$1.2 billion": "by 1994"}),
    ("The port operator had invested about $400 million in new cranes by the end of June.",
     {"$400 million": "by the end of June"}),
])
def test_a_sum_to_be_spent_by_a_deadline_still_to_come_is_of_the_day_told_but_a_level_to_be_reached_takes_it(
        sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 842 million euro fine, equal to about 4.1% of Nordhaven's 1988 turnover, was calculated on the value of "
     "sales.",
     {"842 million euro": ""}),
    ("Before that, in April 2021, it had fined Alibaba Group a record 18.23 billion yuan, equal to 4% of its 2019 "
     "domestic sales.", {"18.23 billion yuan": "April 2021"}),
    ("Meituan was fined 3.44 billion yuan on October 8, 2021, or 3% of its 2020 domestic sales of 114.7 billion yuan.",
     {"3.44 billion yuan": "October 8, 2021", "114.7 billion yuan": "2020"}),
    ("For the first half of the fiscal year, revenue stood at Rs 22,070 crore, up 7.2 per cent from the "
     "April-September period of FY88.", {"Rs 22,070 crore": "the first half of the fiscal year",
                                         "7.2 per cent": "the first half of the fiscal year"}),
    ("Analysts at Motilal Oswal raised their target price to Rs 1,450 from Rs 1,380, saying the deal pipeline pointed "
     "to a stronger FY91.", {"Rs 1,450": "", "Rs 1,380": ""}),
    ("Corvane's previous major recall, of 412,000 vehicles in 1988 over airbag wiring, cost it $260 million and led "
     "to a 1989 settlement with regulators.", {"$260 million": "1988"}),
    ("The company said it had already paid the full fine in 1988 and would receive a refund of around 325 million "
     "euros plus interest.", {"325 million euros": ""}),
    ("The club said on Thursday that Harbor Peak had bought a 90% stake for 42 million pounds and would also assume "
     "about 65 million pounds of debt.", {"42 million pounds": "Thursday", "65 million pounds": "Thursday"}),
])
def test_a_date_of_the_value_a_share_or_base_is_of_or_of_another_predicate_or_a_participle_does_not_date_it(
        sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "since_before"],
                         ids=lambda rule: rule["words"])
def test_a_move_measured_since_a_time_told_before_it_is_not_of_that_time(rule):
    moves = {row["money_text"]: row["date_text"] for row in _wsj(rule["example"]) if row["market_kind"] == "share_move"}
    assert moves and set(moves.values()) == {""}, moves


@pytest.mark.parametrize("sentence, moves", [
    # setAW, aw_wrap; setBM, hk_ipo_pipeline; setBG, alicloud_prices
    ("The e-commerce giant's Hong Kong shares have gained 108% this year, giving it a market value of about $380 "
     "billion.", {"108%": "2025-11-20", "$380 billion": "2025-11-20"}),
    ("The benchmark Hang Seng Index has risen 31% this year, its best performance since 2017.", {"31%": "2025-11-20"}),
    # setCP, chip_ban_qa: the move named by a noun before the year, the level it reached after it
    ("Its shares fell 2.8% on Wednesday, trimming their gain this year to 35%.",
     {"2.8%": "2025-11-19", "35%": "2025-11-19"}),
])
def test_the_current_year_right_after_a_move_is_its_stretch_like_so_far_this_year(sentence, moves):
    assert _dated("2025-11-20", sentence) == moves
    document = document_from_bytes("news.txt", f"November 20, 2025\n\n{sentence}\n".encode("utf-8"))
    assert "this year" not in _date_texts(extract_document(document))


def test_a_move_told_for_the_year_after_the_year_s_close_keeps_the_year():
    assert _dated("2025-01-20", "The miner's shares ended 2024 at A$12.10, up 41% for the year, after copper prices "
                                "jumped.")["41%"] == "2024"


def test_the_current_year_after_a_sum_of_a_period_that_grew_is_its_period():
    # setAY, singles_day_caixin: the festival's total is this year's
    assert _dated("2025-11-12", "Analysts estimated that total GMV across major platforms grew 12% this year to 1.7 "
                                "trillion yuan.") == {"12%": "2025", "1.7 trillion yuan": "2025"}
    # setT, tilbury: a plan for the year is of the year
    assert _dated("2026-05-12", "The company's latest proposal, made last Friday, would raise basic pay by 4.5% this "
                                "year and 3.5% in 2027.")["4.5%"] == "2026"


def test_a_move_told_with_its_own_stretch_takes_no_date_of_another_clause():
    # setL, crackdown_retro
    assert _dated("2025-09-30", "Alibaba shares have roughly doubled in 2025, helped by investor enthusiasm for its "
                                "cloud business, and the Hang Seng Tech index is up about 30% this year.")["30%"] == \
        "2025-09-30"


def test_a_first_since_told_after_a_figure_is_a_record_whose_stretch_makes_no_row():
    # setBK, asia_fx_bonds
    rows = _wsj("Indonesia's rupiah fell 0.4% after Bank Indonesia unexpectedly cut its benchmark rate to 4.5% on "
                "Wednesday, its first cut since September.")
    assert "since September" not in _date_texts(rows)
    assert _dates_of_figures(rows)["4.5%"] == "Wednesday"


@pytest.mark.parametrize("sentence", [
    # setDT, dt_anniversary: the comma inside the day closes no clause, so the rate before it is the record's value
    "The Bank of England cut its base rate to 0.25% on Aug. 4, 2016, its first cut since March 2009, and restarted "
    "bond purchases.",
    # setDS, ds_apsara_keynote and ds_pboc_macro: a level reached is a record with no figure and no comma
    "The keynote came a day after Alibaba's Hong Kong shares hit their highest since October 2021.",
    "It has gained 2.4% against the dollar since April, when tariffs threatened by Washington had pushed it to its "
    "weakest level since 2007.",
])
def test_the_stretch_of_a_record_makes_no_row(sentence):
    assert not any(row["date_text"].startswith("since") and row["date_text"] != "since April" for row in _wsj(sentence))
    assert any(row["date_text"] for row in _wsj(sentence)) or "hit their" in sentence


def test_a_currency_move_against_another_this_year_is_measured_over_the_year_and_makes_no_row():
    # setDZ, dz_it_results: what moved is named by the currency it is measured against
    sentence = "The won, which has slid about 6% against the dollar this year, lifted the carmaker's export margins."
    document = document_from_bytes("news.txt", f"November 20, 2025\n\n{sentence}\n".encode("utf-8"))
    assert "this year" not in _date_texts(extract_document(document))


def test_a_level_told_as_the_highest_it_has_been_makes_no_row_for_its_stretch():
    # setDY, dy_ipo_pipeline: a copular superlative with no figure is a record, like "hit their highest since"
    assert not any(row["date_text"].startswith("since")
                   for row in _wsj("Mortgage arrears in Ireland are the highest they have been since 2014, the central "
                                   "bank said on Tuesday."))
    assert [row["date_text"] for row in _wsj("He hit his first home run since 2019 on the road.")] == ["since 2019"]


def test_a_price_trading_at_its_highest_since_a_year_is_a_record_whose_stretch_makes_no_row():
    # setFG, fg_shares_ytd: "trading at" reaches a level as "hit" does
    assert not any(row["date_text"].startswith("since") for row in _wsj(
        "By mid-March the group's bonds were trading at their lowest level since 2022, traders said."))


def test_a_gauge_that_stood_at_its_highest_since_a_month_is_a_record_whose_stretch_makes_no_row():
    # setHC, options_alibaba: "stood at" reaches a level as "trading at" does
    rows = _wsj("The euro's three-month implied volatility stood at its highest since May on Tuesday, dealers said.")
    assert [row["date_text"] for row in rows] == ["Tuesday"]  # no row of "since May"


def test_a_bare_superlative_with_a_noun_of_a_measured_level_is_a_record_and_makes_no_row():
    rows = _wsj("Consumer confidence climbed to 41.2 in October, the cabinet office said on Friday. It was the "
                "strongest reading since March 2019.")
    assert _date_texts(rows) == {"October", "Friday"}
    # ... but a noun of a happening tells of that happening and stays a row
    assert "since 2022" in _date_texts(_wsj("It was the largest outbreak since 2022, officials said on Friday."))


def test_a_first_reached_tells_of_a_happening_and_stays_a_row():
    assert [row["date_text"] for row in _wsj("He hit his first home run since 2019 on the road.")] == ["since 2019"]


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES
                                  if rule["opens"] in ("reached_level", "level_record", "record_noun", "record_of")],
                         ids=lambda rule: rule["words"][:30])
def test_a_level_reached_told_as_a_record_makes_no_row_for_its_stretch(rule):
    assert not any(row["date_text"].startswith("since") for row in _wsj(rule["example"]))


def test_the_base_a_percentage_that_is_no_money_is_compared_with_makes_no_row():
    # setBH, varga_season
    assert _wsj("Varga won 71 per cent of her service games against top-10 opponents, up from 58 per cent a year "
                "earlier.") == []
    assert _wsj("Its share of the market rose to 21%, up from 18% a year earlier.") == []
    # setCX, cx_festival: the noun the number counts may follow it
    rows = _wsj("Alibaba said 574 brands each generated more than 100 million yuan in gross merchandise volume "
                "during the event, up from 402 brands a year earlier.")
    assert "a year earlier" not in _date_texts(rows)
    # ... but an approximate count is what its date tells of, and a word that introduces a date is no noun
    assert "last month" in _date_texts(_wsj(
        "Xiaomi delivered more than 30,000 vehicles last month and aims for 550,000 in 2026, its shares up 2%."))
    assert "mid-1980s" in _date_texts(_wsj(
        "The trade, which had employed some 30,000 people in the 1950s, had fewer than 3,000 by the mid-1980s."))


@pytest.mark.parametrize("published, sentence, expected", [
    # a date in a relative clause with a figure of its own dates only that clause, whether the outer figure stands
    # before the clause or after it
    ("2026-05-06", "Northgate will fund the purchase with about $900 million of equity from its fourth fund, which "
     "closed in March at $6.1 billion, and $1.3 billion of bank debt.",
     {"$900 million": "2026-05-06", "$6.1 billion": "2026-03", "$1.3 billion": "2026-05-06"}),
    # ... and the digits of another date are no figure of the clause: the deal's own date still dates the return
    ("2026-05-06", "The spread implies a return of about 12% if the deal closes on the new schedule, which calls for "
     "completion in the first half of next year rather than by the end of 2026.",
     {"12%": "2027-H1"}),
    # the end of the term a cap runs over dates no figure
    ("2026-04-10", "On March 3, 2026, the board authorized the repurchase of up to $200 million of its common stock "
     "through December 31, 2027.", {"$200 million": "2026-03-03"}),
    # ... as is the window a cap is spread over, even with the cap restated as a share between commas
    ("2026-06-26", "Kitahara also said it would buy back up to 20 billion yen of its own shares, or 4.5% of shares "
     "outstanding, between July 1 and Dec. 31.", {"20 billion yen": "2026-06-26"}),
    ("2026-06-26", "Kitahara sold 20 billion yen of its own shares between Jan. 5 and March 31.",
     {"20 billion yen": "2026-01-05/2026-03-31"}),
    # a sum to be spent by or through a year ahead is the plan's, told on the day of writing, whichever word ends it
    ("2026-04-14", "The ferry operator plans to spend another 300 million euros on new vessels by 2029, and Halden "
     "Water has said it will invest £1.8 billion in its pipes through 2030.",
     {"300 million euros": "2026-04-14", "£1.8 billion": "2026-04-14"}),
    # a deadline opened by its own "by" after the figure's phrase dates it, past a nearer year of its subject
    ("2025-09-10", "The port's dredging budget of 2.4 billion rupees for 2025 was 9% over budget by the end of July, "
     "auditors said.", {"2.4 billion rupees": "2025", "9%": "2025-07"}),
    # ... but a sum counted up to a date is no cap: the stretch stays its date
    ("2026-04-10", "The company has repurchased $120 million of its stock through March.", {"$120 million": "2026-03"}),
    # a date before a semicolon does not outweigh the entry date of a figure after it
    ("2025-11-14", "* Feb. 18 - Warns that 2025 core profit will fall well short of forecasts; shares drop 31%.",
     {"31%": "2025-02-18"}),
    # ... nor that of a date told right after the figure, which is the figure's own time
    ("2025-11-14", "- Nov. 3, 2024: Kestrel Air drops its bid for Nordfly; its shares fall 12% the next day.",
     {"12%": "2024-11-04"}),
    # a figure of a comparison with its own date takes that date, not the entry date
    ("2025-11-14", "* May 6 - Sells its logistics arm to Trans-Wisla for 195 million euros, less than half the 430 "
     "million euros analysts had valued it at in 2023.",
     {"195 million euros": "2025-05-06", "430 million euros": "2023"}),
    # a date in a comparison closed before the figure dates only the comparison's figure
    ("2026-02-19", "Meridian now expects 2026 RevPAR growth of 3% to 5%, up from the 2% to 4% range it gave in "
     "November, and adjusted EBITDA of $1.46 billion to $1.52 billion.",
     {"3%": "2026", "$1.46 billion": "2026", "$1.52 billion": "2026"}),
    ("2026-02-19", "Ardent expects revenue of $5.1 billion in 2026, up from the $4.6 billion it reported in 2025, and "
     "operating profit of $610 million.", {"$5.1 billion": "2026", "$4.6 billion": "2025", "$610 million": "2026"}),
    # a sum is not dated past a clause of ", and" that tells a figure of its own
    ("2026-02-19", "The board approved a new $750 million share repurchase programme, and raised the quarterly "
     "dividend by 10% to 44 cents a share, payable on March 27.",
     {"$750 million": "2026-02-19", "10%": "2026-03-27", "44 cents": "2026-03-27"}),
    ("2026-02-19", "The closure would cost it about €38 million, including €21 million of redundancy costs, and would "
     "save about €14 million a year from 2027.",
     {"€38 million": "2026-02-19", "€21 million": "2026-02-19", "€14 million": "2027"}),
    # a company's revenue is not dated past ", and" and a new subject's own figure, though its net profit's period is
    ("2026-02-19", "Sales rose 7% to 840 million rand, and the board declared a final dividend of 95 cents a share, "
     "payable in April.", {"7%": "2026-02-19", "840 million rand": "2026-02-19", "95 cents": "2026-04"}),
    ("2026-02-19", "Sales rose 7% to 840 million rand, and its net profit climbed 11% in January.",
     {"7%": "2026-01", "840 million rand": "2026-01", "11%": "2026-01"}),
    # ... and a past year after such a clause is the year of both
    ("2026-02-19", "Revenue climbed 6% to 410 million rand, and the bank's bad loans fell 8% in 2025.",
     {"6%": "2025", "410 million rand": "2025", "8%": "2025"}),
    # a measure set against a period's results after ", while" is of that period, the share move of the day told
    ("2026-02-19", "Halvard Mills shares fell 3% on Thursday after it reported results for the December quarter, "
     "while operating profit dropped 41%.", {"3%": "2026-02-19", "41%": "2025-Q4"}),
    # the stretch of a multiple of some of a group's stocks (no row) dates no level in the clause after it
    ("2026-03-10", "Gold miners rose on Tuesday, extending a rally that has tripled some of their share prices since "
     "October, as bullion held above $5,000 an ounce.", {"$5,000": "2026-03-10"}),
])
def test_a_date_of_another_clause_or_term_dates_no_figure(published, sentence, expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a word of degree before a comparison after a comma still opens it
    ("At the top of the range, Lumora would have a market value of about HK$27.6 billion, well above the $2.1 billion "
     "valuation it fetched in a funding round in June 1989.", {"HK$27.6 billion": "", "$2.1 billion": "June 1989"}),
    # a change told as a noun without a base tells the day of the figure
    ("The shares closed at $50.20, a rise of 3% on Monday.", {"$50.20": "Monday", "3%": "Monday"}),
    # a move told over the week is not of the day of another clause
    ("Ardent Mining gained 7.4% on Thursday after raising its copper guidance, and Halberd Metals fell 5.6% over the "
     "week after a court in Lima suspended work.", {"7.4%": "Thursday", "5.6%": ""}),
    # a fronted period restated by an apposition of dates names the measure
    ("For the April-December period, the first nine months of its fiscal year, Kashiwa's net profit fell 4.2% to 301 "
     "billion yen, the company said separately on Thursday.",
     {"4.2%": "April-December", "301 billion yen": "April-December"}),
])
def test_a_comparison_or_stretch_after_a_comma_keeps_its_date_from_the_figure_before_it(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kestrel sold shares to staff at a price that values it at more than $40 billion, people familiar with the matter "
     "said on Tuesday, up from about $31 billion in a tender offer last October.",
     {"$40 billion": "2026-03-24", "$31 billion": "2025-10"}),
    # a company's revenue or profit keeps the period of the first: the earlier guidance was for the same year
    ("The group now expects adjusted operating profit of $4 billion to $5.5 billion for 2026, down from the $6 billion "
     "to $7.5 billion it had guided in April.", {"$4 billion": "2026", "$6 billion": "2026"}),
])
def test_a_figure_of_a_comparison_after_a_comma_takes_its_own_date_not_the_first_figures(sentence, expected):
    dated = _dated("2026-03-26", sentence)
    assert {figure: dated[figure] for figure in expected} == expected


def test_a_change_told_as_a_noun_with_its_base_after_a_comma_does_not_date_the_figure_before_it():
    dates = _dates_of_figures(_wsj("Operating profit came in at $21.3 million, an improvement of 4% over the "
                                   "September quarter, helped by higher utilisation."))
    assert dates["$21.3 million"] == ""


@pytest.mark.parametrize("sentence, expected", [
    # setCF, adr_earnings_preview: the month so far is the 2.6%'s own stretch, and last month is the 4.1%'s only
    ("The Nasdaq Golden Dragon China index fell 4.1% last month and is down 2.6% so far in November, though it "
     "remains up 31% this year.", {"4.1%": "last month", "2.6%": "", "31%": ""}),
    # setCG, brennholt_factbox: what moved named between the move and its stretch
    ("Brennholt Logistics, whose shares have lost more than 80% of their value this year, filed for insolvency on "
     "Thursday.", {"80%": ""}),
    # setCF, hedge_fund_letter: the happening that starts a stretch told first, in its own words
    ("Since its listing in May 1981, the stock has risen 340%, the company said.", {"340%": ""}),
])
def test_a_move_over_a_stretch_of_its_own_is_of_the_day_told_and_the_stretch_makes_no_row(sentence, expected):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows) == expected
    assert not {"November", "this year", "May 1981"} & _date_texts(rows)


def test_a_week_of_another_predicate_does_not_date_a_move_told_with_a_stretch_of_its_own():
    dates = _dates_of_figures(_wsj("The Stoxx 600 index of European shares slipped 0.6% this week and is up 9.4% so "
                                   "far in 1989, according to LSEG data."))
    assert dates == {"0.6%": "this week", "9.4%": ""}


def test_the_past_decade_a_return_is_measured_over_is_its_stretch_and_makes_no_row():
    rows = _wsj("The Nikkei 225 has returned about 48% over the past decade, against 190% for the S&P 500.")
    assert _dates_of_figures(rows) == {"48%": "", "190%": ""}
    assert "the past decade" not in _date_texts(rows)


@pytest.mark.parametrize("sentence", [
    "Shares of Norrland Paper rose 1.7% on Monday, extending their gain over the past six months to about 40%.",
    "Shares of Norrland Paper fell 1.7% on Monday, trimming their gain this year to roughly 40%.",
])
def test_a_level_a_gain_reaches_told_with_an_approximation_is_not_of_the_gains_stretch(sentence):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows) == {"1.7%": "Monday", "40%": "Monday"}


def test_a_happening_that_starts_a_stretch_a_sum_is_counted_over_stays_a_row():
    rows = _wsj("Since its listing in May 1981, the company has written down 300 million euros on the project.")
    assert "May 1981" in _date_texts(rows)


def test_a_reporting_period_of_another_clause_does_not_date_a_share_move():
    dates = _dated("2025-11-14", "JD's revenue rose 15% to 299.1 billion yuan in the July-September period, beating "
                                 "estimates, but its shares fell 2.4% as losses in its food-delivery business widened.")
    assert dates["15%"] == "2025-Q3" and dates["2.4%"] == "2025-11-14"
    dates = _dated("2025-11-14", "In the third quarter, revenue rose 5%, and the shares fell 12%.")
    assert dates["12%"] == "2025-Q3", "a period that opens the sentence is still every clause's"


def test_a_share_move_told_on_after_a_comma_from_its_clauses_price_takes_that_prices_period():
    dates = _dated("2025-05-20", "Its Tokyo-listed shares closed fiscal 2024 at 3,410 yen, down 12% from a year "
                                 "earlier, while revenue rose 4% in the fourth quarter.")
    assert dates["3,410 yen"] == dates["12%"] == "FY2024"
    dates = _dated("2025-05-20", "Revenue rose 4% in the fourth quarter to 2.1 billion yen, sending its shares up "
                                 "6%.")
    assert dates["6%"] == "2025-05-20", "a move of another clause's verb is still the day's"


@pytest.mark.parametrize("sentence, expected", [
    # setCO, cocoa: the verb of the clause that tells when the level was reached may be one the date's words hold
    ("The drop leaves cocoa down 65% from the record $12,931 it reached in December 1988, when poor harvests left "
     "grinders scrambling for beans.", {"65%": "", "$12,931": "December 1988"}),
    ("Copper rose 1.1% to $11,180 a tonne, within sight of the record $11,200 it hit on Oct. 29.",
     {"1.1%": "", "$11,180": "", "$11,200": "Oct. 29"}),
    # a word of the level between the article and the figure, with "of" to name it or without
    ("Revenue rose to $5 billion, up from an estimated $3 billion in 1988.", {"$5 billion": "", "$3 billion": "1988"}),
])
def test_a_level_reached_at_a_past_date_dates_only_itself_not_the_move_from_it(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_record_a_price_is_set_beside_without_a_figure_dates_no_move_before_or_after_it():
    rows = _wsj("Platinum rose 1.4% to $1,012 an ounce, close to the nine-year high it set in October, while "
                "palladium slipped 0.6% to $1,085 an ounce.")
    assert _dates_of_figures(rows) == {"1.4%": "", "$1,012": "", "0.6%": "", "$1,085": ""}
    assert [row["date_text"] for row in rows if not row["money_text"]] == ["October"]


def test_a_level_set_beside_no_record_opens_no_such_clause_and_its_date_dates_the_sum():
    # (figure_side_clauses.tsv opens=near_record counts its words only before a high, a low, a peak or a record)
    assert _dates_of_figures(_wsj("Sales reached $3 billion, near the level of March.")) == {"$3 billion": "March"}


def test_a_period_figure_told_in_a_month_as_a_base_keeps_the_period_and_the_month_stays_a_row():
    # setCN, markets live: the guidance given in May was for the same fiscal year
    rows = _wsj("The cloud-software maker now expects fiscal 1990 revenue of $4.05 billion to $4.1 billion, down from "
                "the $4.3 billion it guided in May.")
    assert _dates_of_figures(rows) == {"$4.05 billion": "fiscal 1990", "$4.1 billion": "fiscal 1990",
                                       "$4.3 billion": "fiscal 1990"}
    assert [row["date_text"] for row in rows if not row["money_text"]] == ["May"]
    # without a period named, the month told is the figure's
    assert _dates_of_figures(_wsj("The company now expects revenue of $4.05 billion, down from the $4.3 billion it "
                                  "guided in May.")) == {"$4.05 billion": "", "$4.3 billion": "May"}


def test_a_bond_named_by_the_day_it_is_due_dates_no_figure():
    # setCL, qianxi (as "a separate 2028 bond" is named by its maturity)
    rows = _wsj("Qianxi Urban Construction has asked investors to push back repayment of a 1.2 billion yuan bond due "
                "on Dec. 12 by a year.")
    assert _dates_of_figures(rows) == {"1.2 billion yuan": ""}
    # a coupon due on a day is paid then
    assert _dates_of_figures(_wsj("Jinhai failed to pay a $14.6 million coupon due on Jan. 15.")) == {
        "$14.6 million": "Jan. 15"}


def test_a_share_move_is_not_of_the_year_a_forecast_of_another_clause_is_for():
    # setCG, meridian
    assert _dated("2026-02-19", "Meridian Crest Hotels on Thursday raised its forecast for 2026 revenue per available "
                                "room after a strong holiday season lifted fourth-quarter results, sending its shares "
                                "up 7.4% to $68.20 in early trading.") == {"7.4%": "2026-02-19", "$68.20": "2026-02-19"}


def test_a_noun_of_growth_joined_after_a_comma_to_a_forecast_for_a_coming_quarter_is_of_that_quarter():
    dates = _dated("2026-08-20", "Analysts expect sales of $8.2 billion for the September quarter, up 6% from a year "
                                 "earlier, and services revenue growth of about 19%.")
    assert dates["$8.2 billion"] == dates["19%"] == "2026-Q3"
    # a verb of a clause of its own is no noun of that forecast
    assert _dated("2026-04-15", "The company will report results for the quarter on May 2, and its shares rose "
                                "4%.")["4%"] == "2026-04-15"
    # nor is a noun of change that a verb of its own clause takes as its object
    assert _dated("2026-08-20", "Brightline forecast revenue of $3.4 billion for the September quarter, and its board "
                                "approved an increase of 8% in the dividend.")["8%"] == "2026-08-20"


def test_a_share_move_is_not_of_the_weeks_a_measure_of_another_clause_is_counted_over():
    assert _dated("2026-01-14", "Harbourline Ferries said on Tuesday that ticket sales in the first three weeks of "
                                "January were the best in its history, sending its shares up 5.2% in Oslo.") == {
        "5.2%": "2026-01-13"}


def test_a_forecast_held_now_is_of_the_period_its_sentence_named_before_it_unless_a_figure_came_first():
    assert _dated("2026-03-04", "Kestrel Foods lifted its outlook for fiscal 2026, saying it now expects adjusted "
                                "earnings of $3.10 to $3.25 a share.") == {"$3.10": "FY2026", "$3.25": "FY2026"}
    dates = _dated("2026-05-06", "Sales at Harbourline's freight arm rose 14% in the March quarter, its best showing "
                                 "in two years, and analysts now expect growth near 18%.")
    assert dates["18%"] == "2026-05-06", "the quarter is the 14%'s"


def test_a_forecast_held_now_takes_no_past_month_another_clause_of_its_sentence_was_told_in():
    # the month the outlook was cut in is no period the forecast is for
    assert _dated("2026-05-06", "Marlow Foods cut its outlook last month and now expects revenue of $5.1 "
                                "billion.") == {"$5.1 billion": "2026-05-06"}
    assert _dated("2026-05-06", "Dunmore Cable warned in March that tariffs would bite and now sees a profit of "
                                "about $2 billion.") == {"$2 billion": "2026-05-06"}


def test_a_share_move_is_not_of_a_stretch_of_years_ahead_a_plan_of_another_clause_is_for():
    assert _dated("2026-03-12", "Kestrel Semiconductor unveiled its fastest chip yet on Wednesday and said it would "
                                "spend more than the 80 billion yuan it had set aside for the three years to 2029, "
                                "sending its shares up 6.1% to HK$74.20.") == {
        "80 billion yuan": "2027/2029", "6.1%": "2026-03-11", "HK$74.20": "2026-03-11"}


def test_a_target_price_is_not_of_the_fiscal_year_a_forecast_of_another_clause_is_for():
    assert _dated("2025-09-02", "Analysts at Harbour Securities said the deal could add HK$120 million to Kinwah's "
                                "profit for the fiscal year ending March 31, 2026, and raised their target price to "
                                "HK$4.80 from HK$4.10.") == {
        "HK$120 million": "FY2026", "HK$4.80": "2025-09-02", "HK$4.10": "2025-09-02"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "reduced_by"],
                         ids=lambda rule: rule["words"])
def test_a_passive_participle_that_opens_an_aside_keeps_its_date_from_the_main_clause(rule):
    # setCN, nba valuations
    rows = _wsj(rule["example"])
    assert _dates_of_figures(rows) == {"$4.6 billion": ""}
    assert "last September" in _date_texts(rows)
    # a past verb after an apposition is the main clause's own
    assert _dates_of_figures(_wsj("Pinecrest Outdoor Co., the Denver-based maker of camping stoves, filed for Chapter "
                                  "11 protection on Tuesday, listing liabilities of $500 million.")) == {
        "$500 million": "Tuesday"}
    # the participle of a clause right before its date, and its figure (setCM: "the retail chains it sold in December")
    assert _dates_of_figures(_wsj("Excluding Sun Art, the retail chain it sold in December, revenue grew 15% on a "
                                  "like-for-like basis.")) == {"15%": ""}


def test_a_number_hyphened_to_a_word_in_a_record_is_no_figure_of_its_own():
    # setCQ, bond_auction_weekly: "10-year" names the auction, so the stretch is still the record's, no row
    rows = _wsj("Indirect bidders took 68.4% of the notes, the most at a 10-year auction since February.")
    assert "since February" not in _date_texts(rows)
    # (a sum of its own between still makes the date a happening's)
    rows = _wsj("The stock fell 3%, the largest since Alibaba was ordered to pay 18.2 billion yuan in April 2021.")
    assert "April 2021" in _date_texts(rows)


def test_the_day_of_where_a_stock_traded_is_the_base_of_a_gap_below_it_and_dates_neither_figure():
    # setCW, cw_shortseller
    assert _dated("2026-03-12", "The stock closed at HK$18.26 in Hong Kong, still 27% below where it traded on Friday, "
                  "March 6, before Grey Kestrel Research released its report.") == {
        "HK$18.26": "2026-03-12", "27%": "2026-03-12"}
    assert _dated("2026-03-12", "The stock closed at HK$18.26 on Friday, March 6.") == {"HK$18.26": "2026-03-06"}


def test_a_level_of_the_stocks_own_named_by_its_date_after_above_below_or_a_multiple_dates_no_figure():
    assert _dated("2026-03-12", "The bank's market value, about $61 billion, is back above where it stood in early "
                  "2022.") == {"$61 billion": "2026-03-12"}
    assert _dated("2026-03-12", "The lender's shares still trade about 30% above the level they hit in June 2025, "
                  "when a rate scare hit banks.") == {"30%": "2026-03-12"}
    assert _dated("2026-03-12", "The stock is still about 18% below its level of Oct. 20.") == {"18%": "2026-03-12"}
    assert _dated("2026-03-12", "Its shares closed at HK$41.10 on Tuesday, nearly triple their level of March "
                  "2024.") == {"HK$41.10": "2026-03-10", "triple": "2026-03-10"}
    # (a figure of a period of its own keeps it)
    assert _dated("2026-03-12", "Revenue in 2025 was 12% above the level of 2023.") == {"12%": "2025"}


def test_a_day_told_right_after_the_period_of_results_dates_none_of_the_results_sharing_that_period():
    # setCX, cx_court
    assert _dated("2026-03-12", "Qorvix reported revenue of 3.42 trillion won for 2025 on Jan. 29, up 11% from a year "
                  "earlier, and an operating profit of 412 billion won.") == {
        "3.42 trillion won": "2025", "11%": "2025", "412 billion won": "2025"}
    assert _dated("2026-03-12", "Qorvix shares rose 4% on Jan. 29.") == {"4%": "2026-01-29"}


def test_a_date_in_a_second_predicate_of_what_plural_subjects_expect_dates_no_figure_before_it():
    # setCW, cw_luxury
    assert _dated("2025-10-14", "Analysts at Brandt & Rowe raised their full-year 2025 operating profit forecast by 3% "
                  "to 7.8 billion euros and now expect 2026 sales growth of 4% to 5%.") == {
        "3%": "2025", "7.8 billion euros": "2025", "4%": "2026", "5%": "2026"}


def test_a_buybacks_term_and_the_day_the_programme_it_replaces_was_approved_date_neither_the_buyback_nor_the_dividend():
    # setCU, cu_veltara_cmd
    assert _dated("2025-11-19", "The company also announced a $5 billion share buyback to run through September 2028, "
                  "replacing a $2 billion programme approved in May 2023, and raised its quarterly dividend by 10% to "
                  "22 cents a share.") == {"$5 billion": "2025-11-19", "$2 billion": "2023-05", "10%": "2025-11-19",
                                        "22 cents": "2025-11-19"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "period_day"],
                         ids=lambda rule: rule["words"])
def test_the_day_results_were_told_right_after_their_period_dates_none_of_them(rule):
    dates = _dates_of_figures(_wsj(rule["example"]))
    assert dates and set(dates.values()) == {"1988"}, dates


@pytest.mark.parametrize("sentence, expected", [
    ("Under a 1985 licensing deal, Veltrane owes its former partner, Seoul-based Hanbit Bio, a $75 million milestone "
     "payment if the drug is approved.", {"$75 million": ""}),
    ("Varuna also set aside Rs 85.6 lakh towards a settlement with a former client over a 1986 contract dispute, and "
     "recorded a one-time charge of Rs 212 crore.", {"Rs 85.6 lakh": "", "Rs 212 crore": ""}),
    ("SF Express and Cainiao was last valued at US$27.6 billion in a 1987 funding round.", {"US$27.6 billion": "1987"}),
    ("Carrick Lane's previous fund, a 1987 vintage, raised 1.6 billion euros.", {"1.6 billion euros": "1987"}),
])
def test_a_year_that_qualifies_a_noun_dates_only_a_figure_of_that_nouns_phrase(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


def test_a_date_in_a_clause_that_tells_of_a_base_s_time_is_the_base_s_not_the_figure_s():
    dates = _dates_of_figures(_wsj("In 1988 as a whole, the EV arm is expected to have generated revenue of about 105 "
                                   "billion yuan, up more than 200% from 1987, when deliveries began in April."))
    assert dates == {"105 billion yuan": "1988", "200%": "1988"}


@pytest.mark.parametrize("sentence, expected", [
    ("The ADSs closed at $14.72 on Tuesday, up 3.5%, but remain about 61% below the $37.80 they reached in February "
     "1988.",
     {"$14.72": "Tuesday", "3.5%": "Tuesday", "61%": "Tuesday", "$37.80": "February 1988"}),
    ("On Friday the ADSs closed at $171.20, up 1.4% on the day and up 85% from their $92.70 opening trade in 1984, "
     "though still 46% below the 1987 record.",
     {"$171.20": "Friday", "1.4%": "Friday", "85%": "Friday", "$92.70": "1984", "46%": "Friday"}),
    ("In April 1988, it had fined Alibaba Group a record 18.23 billion yuan, equal to 4% of its 1987 domestic sales.",
     {"18.23 billion yuan": "April 1988"}),
    ("On April 10, 1988, SAMR fined Alibaba Group a record 18.23 billion yuan, equal to 4% of its 1987 domestic "
     "revenue of 455.7 billion yuan.",
     {"18.23 billion yuan": "April 10, 1988", "455.7 billion yuan": "1987"}),
])
def test_the_date_of_a_level_a_move_is_told_apart_from_dates_that_level_not_the_move(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its capital expenditure more than doubled in 1988 to roughly 92 billion yuan, according to Morningstar "
     "estimates.",
     {"doubled": "1988", "92 billion yuan": "1988"}),
    ("Its revenue rose more than 40% in 1988 to 92 billion yuan.", {"40%": "1988", "92 billion yuan": "1988"}),
    ("Alibaba's market value has climbed back above $300 billion, still well below a peak of more than $850 billion in "
     "October 1988.", {"$300 billion": "", "$850 billion": "October 1988"}),
])
def test_more_than_before_a_move_is_an_approximation_and_compares_nothing(sentence, expected):
    assert _dates_of_figures(_wsj(sentence)) == expected


@pytest.mark.parametrize("sentence, dates", [
    # the value a multiple is of, named by a plain noun after its date
    ("Revenue rose to about $310 million in 1988, nearly four times the 1987 figure.", ["1988"]),
    # a record led to by "keeping it on course for"
    ("The IPO market has raised $41 billion since January, keeping it on course for its busiest first quarter since "
     "1981.", ["since January", "first quarter"]),
    # a rate that slowed from its base
    ("Inflation slowed to 2.1% in October from 2.4% in September.", ["October"]),
])
def test_a_multiple_s_value_a_busiest_record_and_a_slowing_rate_s_base_make_no_row(sentence, dates):
    assert [row["date_text"] for row in _wsj(sentence) if row["date_text"]] == dates


@pytest.mark.parametrize("published, sentence, expected", [
    # a semicolon ends the reach of a date before it, unless the date opens the sentence
    ("2026-03-05", "Staying up would be worth another £110m or so in broadcasting money next season; going down would "
                   "leave the club with parachute payments of about £49m.",
     {"£110m": "2026/2027", "£49m": "2026-03-05"}),
    ("2026-03-05", "In 2025, revenue rose 5%; operating profit fell to £2.1m.", {"5%": "2025", "£2.1m": "2025"}),
    ("2026-05-14", "Shares in retailers fell on Wednesday; Next dropped 2.1% and Kingfisher lost 1.4%.",
     {"2.1%": "2026-05-13", "1.4%": "2026-05-13"}),
    # a deal's making told in an aside the figure's own comma opens dates the figure
    ("2025-06-27", "The chain was sold to a buyout fund for about 4 billion rand, first announced in March, and its "
                   "warehouses in May.", {"4 billion rand": "2025-03"}),
    # a participle's aside after the figure tells of the noun before it
    ("2025-11-26", "Adjusted EBITA fell 78% to 9.1 billion yuan, with quick-commerce subsidies, ramped up since late "
                   "April, still eating into margins.", {"78%": "2025-11-26", "9.1 billion yuan": "2025-11-26"}),
    # a figure spread over a term of its own takes no date of a relative clause after that term
    ("2026-05-13", "Sone said the company would invest 380 billion yen over the next three years in a new plant in "
                   "Kumamoto, which is scheduled to start production in the spring of 2028.",
     {"380 billion yen": "2026-05-13"}),
    # an apposition's relative clause before the figure is its noun's, a number's comma inside it or no relative word
    ("2026-01-08", "The Harcourt Centre in Wellsby, the shopping mall that opened to queues of 20,000 people in the "
                   "spring of 1987, has been sold for £41 million to the developer Linden Vale.",
     {"£41 million": "2026-01-08"}),
    ("2026-01-20", "A fine of 4%, the rate Alibaba paid in April 2021, would come to roughly 2.4 billion yuan.",
     {"2.4 billion yuan": "2026-01-20"}),
    # ... or its subject pronoun: the year is the developer's, the sale is of now
    ("2026-01-20", "Norsk Kraft sold its holding in Baltic Vind, the wind developer it backed in 2019, to a Danish "
                   "pension fund for 3.2 billion crowns.", {"3.2 billion crowns": "2026-01-20"}),
    # a second predicate that tells a deal's timetable still to come dates no value the first told
    ("2026-04-02", "The offer values the spirits maker at about 2.8 billion euros and is due to complete in the fourth "
                   "quarter, pending approval from competition regulators.", {"2.8 billion euros": "2026-04-02"}),
    # the year a tranche of debt matures in dates no figure; a day a payment is due on is when it is paid
    ("2026-03-12", "JD.com priced US$1.5 billion of senior notes in two tranches, US$900 million due in 2031 and "
                   "US$600 million due in 2036.",
     {"US$1.5 billion": "2026-03-12", "US$900 million": "2026-03-12", "US$600 million": "2026-03-12"}),
    ("2026-03-12", "A payment of $12 million is due on March 15.", {"$12 million": "2026-03-15"}),
    # ... after a few words naming the debt; the figure's own term closes its phrase, and a date of another noun after
    # it dates it not (setDU du_kallang, setDW dw_bonds)
    ("2025-08-28", "The group also paid down S$150 million of a S$400 million bank loan due in 2027, and said it has "
                   "no refinancing needs until the second half of next year.",
     {"S$150 million": "2025-08-28", "S$400 million": "2025-08-28"}),
    ("2025-11-20", "JD.com has US$1 billion of notes due on Jan. 14 and a coupon due on Jan. 29.",
     {"US$1 billion": "2025-11-20"}),
    ("2026-03-02", "Kaisheng faces a $14.6 million coupon payment on its 9.75% dollar notes due 2027 on March 9.",
     {"$14.6 million": "2026-03-09"}),
    # the date a term runs to is the term's too (setDX dx_rights)
    ("2025-06-11", "The league has signed a five-year deal worth about A$2.2 billion that will run from the 2028 "
                   "season through the end of 2032, the league said on Wednesday.", {"A$2.2 billion": "2025-06-11"}),
    # a plan spread over a stretch ahead whose unit is left to the predicate before (setDX dx_review)
    ("2025-10-02", "Xiaomi has spent 105 billion yuan on research and development over the past five years and plans "
                   "to spend 200 billion yuan over the next five.",
     {"105 billion yuan": "2020/2025", "200 billion yuan": "2025-10-02"}),
    # a move counted since a happening without a date is of now, not of another predicate's day (setDW dw_vcnews)
    ("2026-03-09", "Its shares have gained 61% since the debut and closed at HK$187.20 on Friday.",
     {"61%": "2026-03-09", "HK$187.20": "2026-03-06"}),
    # a participle's aside after an adverb, and ", and" past it (setDW dw_vcnews)
    ("2026-03-09", "Baichuan's planned US$500 million raise, first reported last summer, has stalled, and two of its "
                   "co-founders left in the past month.", {"US$500 million": "2026-03-09"}),
    # a month of telling right before "that" dates the move told in its clause, when the period before it in the
    # sentence is another predicate's, not a figure's; a measure's period told before still dates it
    ("2026-02-11", "Kestrel Bank opened branches in Lagos and Nairobi between 2023 and 2024, and said in a "
                   "presentation in October that African revenue had roughly doubled in two years.",
     {"doubled": "2025-10"}),
    ("2025-11-20", "Revenue rose 11% in the third quarter, Harlow said in a trading update in October that online "
                   "sales were up 27%.", {"11%": "2025-Q3", "27%": "2025-Q3"}),
    # ... and so for a platform's gross merchandise volume after a period, its teller named with a title, told "told"
    ("2025-08-14", "The marketplace broke even for the first time in the year to June, its chief operating officer "
                   "Mara Lind told staff in July, and its gross merchandise volume passed 9 billion euros.",
     {"9 billion euros": "2024-07/2025-06"}),
    # ... and both times of a plan moved in such an aside, the old one after two particles
    ("2026-03-10", "The city's A$610 million light-rail extension, pushed back from 2025 to next year, will carry "
                   "40,000 riders a day.", {"A$610 million": "2026-03-10"}),
    # a move before a happening still to come; a move after what was told on a day (setDU du_wrap)
    ("2025-11-26", "JD.com Inc. fell 0.9% ahead of its results on Thursday.", {"0.9%": "2025-11-26"}),
    # ... and a worth held before it, a valuation of now
    ("2025-10-06", "The drone maker is valued at about 30 billion yuan ahead of a Shenzhen listing planned for the "
                   "first quarter.", {"30 billion yuan": "2025-10-06"}),
    # ... and a sum to be spent before it
    ("2025-11-12", "The retailer will spend 300 million euros on discounts, free delivery and extra warehouse staff "
                   "ahead of the Christmas rush in December.", {"300 million euros": "2025-11-12"}),
    ("2025-11-26", "NetEase Inc. rose 2.2% after it said on Nov. 20 that its third-quarter profit rose 32% to 8.6 "
                   "billion yuan.", {"2.2%": "2025-11-26", "32%": "2025-Q3", "8.6 billion yuan": "2025-Q3"}),
    # a period fronted before a clause that tells the month a figure was guided in is the figure's
    ("2025-07-31", 'For the fiscal year ending September 2025, management guided in May to adjusted EBIT of "around '
                   '360 million euros".', {"360 million euros": "FY2025"}),
    # a second predicate that tells what a figure makes possible is its own time's, not the figure's
    ("2026-02-04", "The airline said the lighter engines could cut fuel costs by about $90 million and allow a "
                   "second daily flight to Lima in 2028.", {"$90 million": "2026-02-04"}),
    # an apposition with its owner that names which part of the fiscal year the fronted quarter is dates no figure
    ("2025-11-12", "In the July-September quarter, its second of the fiscal year, net profit rose 11% to 3.2 billion "
                   "yen.", {"11%": "2025-Q3", "3.2 billion yen": "2025-Q3"}),
    # a plan's deadline told with "through" is the plan's, not the sum's to be spent until then
    ("2026-04-08", "The retailer will spend 40 billion yen on new stores and warehouses through the end of fiscal "
                   "2028, it said.", {"40 billion yen": "2026-04-08"}),
])
def test_a_date_of_a_side_clause_dates_no_figure_of_the_main_clause(published, sentence, expected):
    assert _dated(published, sentence) == expected


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "list_join"],
                         ids=lambda rule: rule["words"])
def test_a_sum_to_be_spent_on_a_list_of_things_before_a_happening_still_to_come_is_of_now(rule):
    # the commas of the list part no clause: the sum is spread ahead of the happening, not spent on its day
    assert list(_dated("2026-02-10", rule["example"]).values()) == ["2026-02-10"]
    # with no word of a list before its last item, the commas part clauses, and the sum is left to the last one's date
    unlisted = re.sub(rf",? (?:{rule['words']}) ", ", ", rule["example"])
    assert list(_dated("2026-02-10", unlisted).values()) != ["2026-02-10"]


@pytest.mark.parametrize("sentence, expected", [
    # a year in a participle's aside names the thing sold, not the sale
    ("The Ardmore Foundation sold Monet's \"Haystacks at Dusk\", painted in 1891, for $18.5 million at Sotheby's on "
     "Oct. 24.", {"$18.5 million": "Oct. 24"}),
    # ... and one in a clause of what was said after the figure stays in that clause: the value is of now
    ("Analysts at Drexel put the unit's value at $4 billion, citing its X9 airframe, first shown in 1987, as a lead "
     "few rivals can match.", {"$4 billion": ""}),
    # the term a contract runs to, told by a plural verb, is the contract's, not its value's
    ("Chief executive Mark Ellis said on Tuesday that orders worth $4 billion run until 1995.",
     {"$4 billion": "Tuesday"}),
    ("Chief executive Mark Ellis said on Tuesday that demand had held up and that orders worth $4 billion run until "
     "1995.",
     {"$4 billion": "Tuesday"}),
    # the day of a price told "against" another is that price's, not the first figure's
    ("Analysts at Drexel put the stock's fair value at $12 a share, against a closing price of $15.25 on Friday.",
     {"$12": "", "$15.25": "Friday"}),
    # a move set off by a comma after its day and price goes on telling them, its bare year the stretch it is over
    ("The stock closed at $48.50 on Friday, up 31% this year.", {"$48.50": "Friday", "31%": "Friday"}),
    # what a currency moved against stands between the move and its bare year: the move is of the day told
    ("The peso, which has weakened about 6% against the dollar this year, lifted exporters' margins.", {"6%": ""}),
    # a report's stretch of months in the first clause is not a share move's of another clause
    ("Amdahl's revenue for the first nine months rose 14% to $1.6 billion, and Cray Research's shares jumped 40% on "
     "Tuesday.", {"14%": "the first nine months", "$1.6 billion": "the first nine months", "40%": "Tuesday"}),
    ("Amdahl's revenue for the first nine months rose 14% to $1.6 billion, and Cray Research, which listed in New York "
     "this week, jumped 40% on its first day of trading.",
     {"14%": "the first nine months", "$1.6 billion": "the first nine months", "40%": ""}),
    # a cap spread over a stretch of its own is not of a day told past a comma for another figure
    ("The board said it had approved a buyback of up to $300 million of its shares over the next 12 months and a "
     "special dividend of 20 cents a share, payable on Dec. 15.", {"$300 million": "", "20 cents": "Dec. 15"}),
])
def test_a_figure_takes_the_date_of_its_own_happening_not_one_of_a_thing_or_a_clause_beside_it(sentence, expected):
    dates = _dates_of_figures(_wsj(sentence))
    assert {figure: dates.get(figure) for figure in expected} == expected, dates


def test_a_period_that_opens_its_sentence_dates_its_figures_not_the_day_a_participle_says_it_was_reported():
    # setEE, ee_hk_listing: the day of the report in an aside is no figure's
    dates = _dates_of_figures(_wsj("In the March quarter, reported on May 16, Kestrel's revenue grew 6% to 12.4 "
                                   "billion yuan, and the company bought back $1.1 billion of its shares."))
    assert dates == {"6%": "the March quarter", "12.4 billion yuan": "the March quarter",
                     "$1.1 billion": "the March quarter"}
    # a period inside an apposition to the subject is no report's: the day of telling stays the figure's
    dates = _dates_of_figures(_wsj("Harlow Motors, the only carmaker to turn a profit last year, said on Tuesday "
                                   "that it had raised $600 million in a share placement."))
    assert dates == {"$600 million": "Tuesday"}


def test_a_move_told_after_the_comma_that_closes_an_aside_is_of_the_aside_s_figure_and_its_period():
    # setEC, ec_shares: "up 8%" compares the quarter's revenue, not the day of the text
    dates = _dates_of_figures(_wsj("Its shares rose 4.2% on Friday in Hong Kong, where the company reported revenue "
                                   "of 8.9 billion yuan for the September quarter, up 11% from a year earlier."))
    assert dates["8.9 billion yuan"] == dates["11%"] == "the September quarter"
    # an aside with no figure of its own before its date keeps its date to itself
    assert _dates_of_figures(_wsj("Meituan, which reported its results for the third quarter, fell 5.2% in Hong "
                                  "Kong."))["5.2%"] == ""


def test_a_move_told_after_a_comma_shares_the_present_of_the_figure_before_it():
    # setED, ed_league: "now worth $5.4 billion, up 20% from a year ago" is of the day told, not of the season before
    dates = _dates_of_figures(_wsj("The league's new broadcast deal began this season, and the average club is now "
                                   "worth $2.3 billion, up 15% from a year ago, according to Forbes."))
    assert dates == {"$2.3 billion": "", "15%": ""}


def test_a_day_set_off_with_the_number_a_comparison_is_from_is_its_base_and_makes_no_row():
    # setEF, ef_cpi: "from 22% on Tuesday" is the base of the odds; without the comma the day is the move's own
    rows = _wsj("Kestrel shares closed at $30 on Thursday, up from $28 on Wednesday.")
    assert _dates_of_figures(rows) == {"$30": "Thursday", "$28": "Wednesday"}
    assert all(row["money_text"] for row in rows)
    rows = _wsj("Traders raised the odds of a rate cut to about 40% after the report, from 27% on Wednesday.")
    assert "Wednesday" not in _date_texts(rows)
    rows = _wsj("Traders raised the odds of a rate cut to about 40% on Wednesday.")
    assert "Wednesday" in _date_texts(rows), "a day the odds moved on is a row of its own"
    assert _dates_of_figures(_wsj("Kestrel shares rose to $30 from $28 on Wednesday.")) == {
        "$30": "Wednesday", "$28": "Wednesday"}


@pytest.mark.parametrize("published, sentence, expected", [
    # a passive participle that opens the subject's aside tells of the subject; the present valuation is of the day told
    ("2026-02-18", "The takeover, announced on Nov. 3, 2025, values Pellham Foods at £4.20 a share in cash, a premium "
     "of 36% to its closing price the day before.", {"£4.20": "", "36%": ""}),
    # a forecast of analysts in the present past ", and" is not of the month the first clause told
    ("2025-11-20", "Meridia said in September it would spend 8 billion yuan on rider incentives, and the outlay is set "
     "to squeeze its operating profit, which analysts expect to fall about 45% to 3.2 billion yuan.",
     {"8 billion yuan": "September", "45%": "", "3.2 billion yuan": ""}),
    # ... though a move told after a comma stays with its figure's period
    ("2026-03-12", "The company must publish its annual results by March 31, which analysts expect to show revenue of "
     "about 4.1 billion yuan for 2025, up 9%.", {"4.1 billion yuan": "2025", "9%": "2025"}),
    # the number a comparison set off by commas is from takes no day past its closing comma: that day is the new
    # dividend's
    ("2026-02-11", "The board raised the quarterly dividend to 62 cents a share, up from 58 cents, payable on March 14 "
     "to holders of record on Feb. 27.", {"62 cents": "", "58 cents": ""}),
    # setPL, pl1_thead: a product "first shown" in a year, in a clause of what was said after the figure, is no time of
    # the valuation told before it
    ("2026-01-26", "Brokers at Daiwa valued the chip unit at about $12 billion, saying its server processor, first "
     "shown in 2021, gives it a lead over rivals.", {"$12 billion": ""}),
    # a listing's aside after the subject dates no figure of a present main verb, nor a valuation of a past one; what
    # the listing raised keeps its year
    ("2026-01-26", "Drayton Mills, first listed in London in 1998, has a market value of about £2.4 billion.",
     {"£2.4 billion": ""}),
    ("2026-01-26", "Drayton Mills, first listed in London in 1998, was valued at about £2.4 billion.",
     {"£2.4 billion": ""}),
    ("2026-04-07", "Norlink Ferries, listed in Oslo in 2015, was worth about 900 million euros, according to LSEG "
     "data.", {"900 million euros": ""}),
    # ... unless words after it in its clause set it at the listing
    ("2026-04-07", "Norlink Ferries, listed in Oslo in 2015, was valued at about 400 million euros on its first day of "
     "trading.", {"400 million euros": "2015"}),
    ("2026-01-26", "Drayton Mills, first listed in London in 1998, raised about £240 million from investors.",
     {"£240 million": "1998"}),
])
def test_a_date_told_of_another_thing_or_time_does_not_date_a_figure_of_the_present(published, sentence, expected):
    assert _on(published, sentence) == expected


def test_a_ratio_told_to_one_level_from_another_is_measured_against_its_base_whatever_its_verb():
    rows = extract_document(document_from_bytes("news.txt", (
        "2024-11-07\n\nThe loss ratio worsened to 71.8% from 64.5% in the same quarter of 2023, the insurer said. "
        "Morgan Stanley lifted its target to $62 from $55 last Thursday.\n").encode("utf-8")))
    assert "the same quarter of 2023" not in _date_texts(rows)
    assert "2023" in _date_texts(_wsj("The insurer's loss ratio was 64.5% in 2023.")), \
        "a year the ratio is told of, not compared with, is a row"
    assert _dates_of_figures(rows)["$62"] == "last Thursday"


def test_a_participle_aside_of_another_clauses_subject_does_not_date_the_figure_before_it():
    dates = _dates_of_figures(_wsj("Operating income fell 38% to 1.9 billion yuan as its instant-delivery arm, "
                                   "launched in April, kept losing money."))
    assert dates == {"38%": "", "1.9 billion yuan": ""}
    dates = _dates_of_figures(_wsj("Orbis holds a $42 million contract with the Navy, awarded in 1988, to build two "
                                   "survey ships."))
    assert dates == {"$42 million": "1988"}, "an aside of the figure's own noun still tells its time"


def test_a_cost_set_off_by_commas_is_not_dated_by_the_main_clause_after_it():
    dates = _dates_of_figures(_wsj("The bank said a new data centre in Guiyang, costing roughly 1.2 billion yuan, "
                                   "would begin operating in the second half of 2027."))
    assert dates == {"1.2 billion yuan": ""}


@pytest.mark.parametrize("text, dates", [
    ("The Stavanger driller, valued at about 9 billion crowns, said its rig costs would rise by $12 million next year.",
     {"9 billion crowns": "", "$12 million": "next year"}),
    ("The ferry operator, valued at about $410 million, said its fuel costs would rise by $6 million next year.",
     {"$410 million": "", "$6 million": "next year"}),
    # ... but what orders set off by commas are worth is dated by when they were placed
    ("The orders, worth about 2 billion yuan, were placed in late March, the supplier said.",
     {"2 billion yuan": "late March"}),
])
def test_a_value_set_off_by_commas_is_dated_by_its_subject_s_verb_not_by_what_a_verb_of_telling_told(text, dates):
    assert _dates_of_figures(_wsj(text)) == dates


def test_a_date_in_a_concession_that_opens_the_sentence_dates_no_figure_of_the_main_clause():
    rows = _wsj("Despite Tuesday's slide, Norvale's shares are still up 40% this year, well ahead of the index's 12% "
                "gain.")
    assert _dates_of_figures(rows)["12%"] == ""
    assert "Tuesday's" in _date_texts(rows) or "Tuesday" in _date_texts(rows)


def test_a_wines_vintage_is_no_time_of_the_price_it_fetched():
    dates = _dates_of_figures(_wsj("A six-bottle lot of 1985 Chateau Latour went for HK$1.4 million, and two cases of "
                                   "1982 Chateau Margaux fetched HK$900,000."))
    assert dates == {"HK$1.4 million": "", "HK$900,000": ""}
    assert _dates_of_figures(_wsj("In 1985 the vineyard's owners sold it for $40 million.")) == {"$40 million": "1985"}


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in ("said_then", "said_on")],
                         ids=lambda rule: rule["words"])
def test_a_month_a_clause_of_telling_leads_to_dates_no_measure_of_a_fronted_quarter(rule):
    rows = _on("2026-01-10", rule["example"])
    assert set(rows.values()) == {rule["example"].split(",")[0].removeprefix("In ")}  # the quarter it opens with


def test_a_quarter_that_opens_the_sentence_dates_a_cash_flow_told_in_a_later_month():
    text = ("In the September quarter, capital expenditure rose to 31.2 billion yuan, and free cash flow swung to an "
            "outflow of 9.4 billion yuan, the company said in November.")
    rows = _on("2026-01-10", text)
    assert rows["9.4 billion yuan"] == "the September quarter" and rows["31.2 billion yuan"] == "the September quarter"


def test_the_stretch_of_a_price_rise_told_as_a_bound_makes_no_row_though_the_rise_is_no_figure():
    rows = _wsj("Drivers in the state have faced insurance premium rises of 20% or more since 2021, brokers say.")
    assert "since 2021" not in _date_texts(rows)


# setEW, ew_downgrade: a price the stock would trade at is the publication day's, not the fiscal year's, whether the
# value is a name's or named with who expects it
@pytest.mark.parametrize("published, sentence, price", [
    ("2026-02-10", "At $41 the shares would trade at about 11 times Moreau's earnings estimate for the fiscal year "
                   "ending June 2027.", "$41"),
    ("2026-05-23", "At HK$96, the stock trades at about 11 times the profit brokers forecast for the fiscal year to "
                   "March 2027.", "HK$96"),
], ids=["a_name_owns_the_value", "the_value_is_named_with_who_expects_it"])
def test_a_multiple_of_a_value_for_a_period_dates_neither_the_price_nor_the_multiple(published, sentence, price):
    assert _on(published, sentence) == {price: ""}


def test_the_day_a_document_is_dated_in_an_aside_does_not_date_the_figures_it_tells():
    rows = _rows_under("March 17, 2026", "The memo, dated Feb. 3, says the cable unit's market value of about "
                                         "$4 billion understates its worth.")
    assert _dates_of_figures(rows) == {"$4 billion": ""}
    assert "Feb. 3" in _date_texts(rows)


def test_a_stretch_that_opens_its_sentence_with_a_description_of_its_date_dates_no_move_and_makes_no_row():
    # setEZ, ez_pension_fund: the return since the start of the fiscal year is of the day told
    rows = _rows_under("2025-08-14", "Since Jan. 6, the start of the new trading year, the shares have gained about "
                                     "9%, the brokerage said.")
    assert _dates_of_figures(rows) == {"9%": ""}
    assert "Jan. 6" not in _date_texts(rows)


def test_a_base_told_in_a_clause_with_an_auxiliary_and_an_object_makes_no_row():
    rows = _wsj("The utility will spend $2 billion on new lines over five years, more than it had spent on its grid in "
                "the previous decade.")
    assert [row["date_text"] for row in rows if row["date_text"]] == []


def test_a_year_that_for_ties_to_the_total_a_share_is_of_makes_no_row():
    rows = _wsj("Regulators fined the carmaker $1.2 billion, equal to 3% of its European sales for 1987, for price "
                "fixing.")
    assert [row["date_text"] for row in rows if row["date_text"]] == []


@pytest.mark.parametrize("published, sentence, told, stretch", [
    ("July 14, 2026", "About 31% of Kansas wheat fields were rated poor as of Sunday, the state's farm agency said "
                      "Monday, the lowest rating since the dust storms of 2011, and harvest was running late.",
     "Sunday", "2011"),
    # setRT, alibaba_short_sellers: data that "show" a level tell it as a teller who "says" it does
    ("March 3, 2026", "Cocoa stocks in Antwerp warehouses fell to 41,200 tonnes in February, port figures show, the "
                      "lowest since the autumn of 2019.", "February", "2019"),
])
def test_a_record_after_who_told_it_is_measured_from_the_number_before_the_attribution(published, sentence, told,
                                                                                       stretch):
    dates = [row["date_text"] for row in _rows_under(published, sentence)]
    assert told in dates and not [d for d in dates if stretch in d]


def test_a_record_that_a_forecast_move_would_be_leaves_its_stretch_no_row():
    # setRT, alibaba_short_sellers: "which would be" leads to the record as "which was" does
    rows = _rows_under("April 2, 2026", "The chip maker's exports are expected to climb 25% this year, which would be "
                                        "their strongest gain since 2017.")
    assert rows and not [row for row in rows if "2017" in row["date_text"]]


def test_the_day_a_charge_a_verb_sets_on_goods_applies_from_is_a_row_after_the_charge_itself():
    # setRV, rv3_antwerp_diamonds: the charge between the verb and the goods it is set on ("levied a 10% surtax on")
    dates = [row["date_text"] for row in _rows_under(
        "October 2, 2026", "Car sales in Canada slowed after Ottawa levied a 10% surtax on most Chinese-made vehicles "
                           "from Sept. 1.")]
    assert "Sept. 1" in dates


def test_a_first_after_a_level_and_unnamed_sources_of_many_words_is_a_record_of_that_level():
    dates = [row["date_text"] for row in _rows_under(
        "May 6, 2026", "Seoul sold dollars on Tuesday after the won weakened past 1,480 per dollar, two officials "
                       "with direct knowledge of the matter said, the first such step since March last year.")]
    assert dates == ["Tuesday"]


def test_a_date_qualifying_the_noun_a_move_s_stretch_starts_at_is_part_of_that_start():
    dates = [row["date_text"] for row in _rows_under(
        "March 18, 2026", "Talvik's shares rose 3.4% on Tuesday, extending their gain since the group's "
                          "fourth-quarter update on March 2 to 15%.")]
    assert "Tuesday" in dates and not [d for d in dates if "fourth-quarter" in d or "March 2" in d]


def test_revenue_told_after_a_clause_of_its_periods_results_is_of_that_period_not_of_the_day_they_came():
    dates = _on("2026-09-02", "When Kestrel reported its June-quarter results on Aug. 6, advertising revenue rose 12% "
                              "and the stock jumped 5.1% that day.")
    assert dates == {"12%": "its June-quarter", "5.1%": "that day"}


def test_a_named_level_a_measure_swung_to_is_not_of_the_date_of_the_base_it_swung_from():
    dates = _on("2026-08-20", "Operating cash flow swung to an inflow of $2.1 billion, from an outflow of $400 million "
                              "a year earlier.")
    assert dates == {"$2.1 billion": "", "$400 million": "a year earlier"}


def test_a_move_counted_since_a_company_went_public_is_not_of_a_year_told_in_the_clause_before_but():
    dates = _on("2026-03-12", "The shares fell 8% in 2025, but have gained 26% since Harrowgate went public.")
    assert dates == {"8%": "2025", "26%": ""}


def test_figures_before_a_base_told_at_its_peak_are_not_of_the_peak_s_date():
    dates = _on("2026-05-14", "The group's shares have lost about 45% this year, and its market value has dropped to "
                              "roughly $18 billion from more than $40 billion at its peak in March 2022.")
    assert dates == {"45%": "", "$18 billion": "", "$40 billion": "March 2022"}


def test_a_move_over_the_past_few_months_is_of_the_day_told_and_its_stretch_makes_no_row():
    rows = _rows_under("June 3, 2026", "Shares of the insurer rose 2.1% on Tuesday. The stock had lost 14% in the past "
                                       "six weeks.")
    assert _dates_of_figures(rows) == {"2.1%": "Tuesday", "14%": ""}
    assert "the past six weeks" not in _date_texts(rows)


def test_a_move_told_with_last_year_keeps_its_year():
    assert _on("2026-06-03", "The insurer's stock fell 20% last year.") == {"20%": "last year"}


def test_a_sum_payable_on_or_before_a_day_is_not_of_that_deadline():
    rows = _rows_under("March 2, 2026", "The buyer will pay HK$3.5 billion in cash, including a deposit of HK$500 "
                                        "million on or before 20 March 2026.")
    assert _dates_of_figures(rows) == {"HK$3.5 billion": "", "HK$500 million": ""}
    assert "on or before 20 March 2026" in _date_texts(rows)


def test_the_stretch_of_a_first_time_since_does_not_date_a_figure_before_it():
    dates = _on("2026-01-20", "The chain opened in 1988, when its owner, then a grocer with annual sales of about $40 "
                              "million, cut prices for the first time since taking over the shop a decade earlier.")
    assert dates == {"$40 million": "1988"}


def test_a_plan_still_to_come_after_a_figure_in_the_past_does_not_date_it():
    rows = _rows_under("March 10, 2026", "The insurer said it had set aside 40 million pesos for claims and would "
                       "pay affected families from next week.")
    assert _dates_of_figures(rows) == {"40 million pesos": ""}


def test_a_deadline_extended_to_a_day_some_words_on_dates_no_figure_of_its_sentence():
    rows = _rows_under("November 4, 2025", "Its banks agreed to push back the deadline for filing audited accounts "
                                           "under its $900 million revolving loan to June 30.")
    assert _dates_of_figures(rows) == {"$900 million": ""}


def test_a_multiple_of_a_measure_told_as_expected_is_of_that_measure_not_of_the_valuation():
    # setFZ, fz_spinoff: the valuation is of the day told, the year the EBITDA's
    dates = _on("2025-09-16", "Bankers say the sale could value Pellmark at $2.1 billion to $2.5 billion, or 9 to 11 "
                              "times its expected 2027 EBITDA.")
    assert dates == {"$2.1 billion": "", "$2.5 billion": ""}


@pytest.mark.parametrize("sentence, figures", [
    # setFZ, fz_spinoff: the new dividend is set on the day told, the payment it starts with is later
    ("The utility said it would cut its quarterly dividend to 22 cents a share from 35 cents, starting with the "
     "payment due in March.", {"22 cents": "", "35 cents": ""}),
    # setFY, fy_investor_day: a payment date set off by commas dates no raise of the main clause
    ("The finance chief said the board would raise the annual dividend, to be paid in June, by at least 8%.",
     {"8%": ""}),
])
def test_the_date_a_dividend_is_paid_dates_no_dividend_set_or_raised_on_the_day_told(sentence, figures):
    assert _on("2025-09-16", sentence) == figures


@pytest.mark.parametrize("sentence, expected", [
    # setFZ, fz_trade_deadline: the stadium's cost is not the season's
    ("The club will move into its new stadium, which is costing about $900 million, for the 2028-29 season.",
     {"$900 million": ""}),
    # a company's market value or share price told in the present is today's, not the year of the main clause's profit
    ("Brannock Steel, whose market value is about 9 billion euros, made a net profit of 1.2 billion euros in 2025.",
     {"9 billion euros": "", "1.2 billion euros": "2025"}),
    ("Tellmark, whose shares trade at about $31, sold its printing arm for $450 million in 2024.",
     {"$31": "", "$450 million": "2024"}),
    # so is what a holder "owns" or "holds"; one it "owned" is of the main clause's time
    ("Brenner Partners, which owns shares of the brewer worth about $210 million, wrote to its board in January.",
     {"$210 million": ""}),
    ("Brenner Partners, which owned shares of the brewer worth about $210 million, wrote to its board in January.",
     {"$210 million": "January"}),
])
def test_a_relative_clause_in_the_present_holds_its_figure_now_not_at_a_date_of_the_main_clause_after_it(sentence,
                                                                                                           expected):
    assert _on("2026-03-06", sentence) == expected


def test_a_stock_that_lagged_a_rival_this_year_moved_over_the_year_up_to_the_day_told():
    # setFZ, fz_spinoff: "this year" is the stretch of the moves told by the participle after it, no row
    document = document_from_bytes("news.txt", (
        "2025-09-16\n\nIts shares have trailed the Nasdaq this year, rising 4% against the index's 11%.\n"
    ).encode("utf-8"))
    rows = extract_document(document)
    assert _dates_of_figures(rows) == {"4%": "", "11%": ""}
    assert [row["date_text"] for row in rows if not row["money_text"]] == []


def test_a_move_to_its_lowest_level_since_a_year_is_a_record_whose_stretch_makes_no_row():
    # figure_side_clauses.tsv: "to" before a level's superlative, a reached level with no figure and no comma
    sentence = "Shipments of Chilean copper fell in August to their lowest monthly level since 2011, the agency said."
    assert not any(row["date_text"].startswith("since") for row in _wsj(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # setGJ, gj_frigate_contract: what a company "said it would" do by a date is a plan of its own clause
    ("Tarvik Shipyards, whose shares rose 4.2% in Helsinki, said it would hire about 600 welders by 2029.",
     {"4.2%": ""}),
    # setGI, gi_intime_sunart: the deadline of a sale that needs approval dates no loss booked on it
    ("The bank expects to book a loss of about $240 million on the sale, which needs regulatory approval and is "
     "expected to close by the end of June.", {"$240 million": ""}),
])
def test_a_plan_a_company_said_it_would_carry_out_or_a_sales_deadline_dates_no_figure_before_it(sentence, expected):
    assert _on("2026-02-10", sentence) == expected


def test_a_level_a_noun_was_driven_to_told_as_its_highest_since_a_year_is_a_record_whose_stretch_makes_no_row():
    # setGL, gl_margin_changes: "to" before the superlative reaches a level as "hit" does, whatever drove it there
    assert not any(row["date_text"].startswith("since") for row in _wsj(
        "Exchanges raised collateral demands after heavy selling pushed bond yields to their highest since 2011."))


def test_a_base_told_after_a_level_reached_from_an_approximate_one_makes_no_row():
    rows = _rows_under("March 4, 2026", "The founder trimmed her holding to roughly 7.1% from 8.2% a year earlier, "
                                        "regulatory filings show.")
    assert "a year earlier" not in _date_texts(rows)


def test_a_count_told_as_a_multiple_of_a_year_earlier_leaves_its_base_no_row():
    rows = _rows_under("April 8, 2026", "The port handled 41,000 containers in March, three times as many as a year "
                                        "earlier.")
    assert _date_texts(rows) == {"March"}
    # ... but a named period tells when the level it is a multiple of stood
    rows = _rows_under("May 6, 2026", "The app answered 40 million queries over the weekend, about twice as many as "
                                      "during the Lunar New Year holiday.")
    assert "the Lunar New Year holiday" in _date_texts(rows)


def test_a_percentage_s_base_on_the_same_night_or_at_the_end_of_a_month_makes_no_row():
    rows = _rows_under("August 16, 2026", "Cinemas in Lyon reported attendance of 88% for the night of Aug. 14, up "
                                          "from 62% on the same night last year.")
    assert _date_texts(rows) == {"Aug. 14"}
    rows = _rows_under("October 6, 2025", "Foreign funds now hold 21.5 per cent of the lender's shares, up from 17.2 "
                                          "per cent at the end of June.")
    assert _date_texts(rows) == set()


@pytest.mark.parametrize("sentence, figure", [
    ("At 212 yen, the stock trades at 11x our FY28E earnings, below its five-year average.", "212 yen"),
    ("We value the payments arm at 95 billion yuan, or about 4x FY27E revenue.", "95 billion yuan"),
])
def test_a_multiple_written_onto_its_number_is_of_the_measure_its_date_names_not_of_the_price(sentence, figure):
    assert _on("2026-03-02", sentence) == {figure: ""}


def test_a_first_after_an_age_hyphened_to_its_noun_keeps_its_since_as_a_row():
    rows = {row["date_text"]: row["when"] for row in _rows_under(
        "February 10, 2026", "A 72-year-old climber fell near the summit on Sunday, the first death on the peak since "
                             "2009.")}
    assert rows.get("since 2009") == "2009/.." and rows.get("Sunday") == "2026-02-08"


def test_a_target_a_new_subject_kept_is_of_now_but_one_the_same_subject_kept_is_of_the_day_told():
    dates = _on("2026-02-20", "UBS lowered its target to 58 euros on Thursday, while analysts at Deutsche Bank "
                              "maintained their 64-euro target.")
    assert dates == {"58 euros": "Thursday", "64-euro": ""}
    dates = _on("2026-02-20", "Analysts at Mizuho said on Thursday that margins had bottomed, and kept a buy rating "
                              "with a target price of 2,300 yen.")
    assert dates == {"2,300 yen": "Thursday"}


def test_a_target_the_same_subject_also_kept_or_kept_though_it_cut_its_rating_is_of_the_day_told():
    # figure_side_clauses.tsv opens=same_subject: "it" and "also" go on with the subject, they name no new one
    dates = _on("2026-03-13", "Nomura downgraded Kaneda Foods to neutral on Wednesday, and also kept its 1,850 yen "
                              "target price.")
    assert dates == {"1,850 yen": "Wednesday"}
    dates = _on("2026-03-13", "Nomura downgraded Kaneda Foods to neutral on Wednesday, though it kept its 1,850 yen "
                              "target price.")
    assert dates == {"1,850 yen": "Wednesday"}
    dates = _on("2026-03-13", "Nomura downgraded Kaneda Foods to neutral on Wednesday, though Daiwa kept its 1,850 yen "
                              "target price.")
    assert dates == {"1,850 yen": ""}


def test_a_move_recovering_part_of_an_earlier_days_drop_is_of_the_day_told_not_of_the_drops_day():
    # figure_side_clauses.tsv opens=own "recovering": the earlier day owns the drop it names, not the move before it
    dates = _on("2026-03-13", "Stocks in Tokyo edged higher on Thursday, with the Topix up 0.6%, recovering part of "
                              "Wednesday's 1.9% slide.")
    assert dates == {"0.6%": "Thursday", "1.9%": "Wednesday"}


def test_a_month_naming_the_rate_cut_markets_bet_on_dates_no_move_before_it():
    rows = _wsj("Technology stocks climbed 1.8% on Tuesday on growing bets on a January Fed rate cut.")
    assert [(r["money_text"], r["date_text"]) for r in rows if r["money_text"]] == [("1.8%", "Tuesday")]
    rows = _wsj("The Nasdaq jumped 2.4% on speculation about a June rate cut.")
    assert [(r["money_text"], r["date_text"]) for r in rows if r["money_text"]] == [("2.4%", "")]


def test_a_fall_from_the_counted_high_the_shares_set_is_of_the_day_told_and_the_high_s_date_makes_no_row():
    # comparison_bases.tsv role=from_level with "the": "from the five-year high it set in mid-March" is where the fall
    # is measured from; the fall is of the day told
    rows = _rows_under("April 22, 2026", "Shares of the carmaker closed at $41.20 on Tuesday, down 23% from the "
                                         "five-year high they set in mid-March.")
    assert _dates_of_figures(rows) == {"$41.20": "Tuesday", "23%": "Tuesday"}
    assert _date_texts(rows) == {"Tuesday"}


def test_the_past_months_a_move_named_by_its_noun_is_of_make_no_row_and_the_move_is_of_the_day_told():
    # comparison_bases.tsv role=stretch "of": "the 12% drop of the past three weeks" is measured up to now
    rows = _rows_under("May 6, 2026", "The note makes no mention of the lender's 12% drop of the past three weeks.")
    assert [(row["money_text"], row["when"], row["date_text"]) for row in rows] == [("12%", "2026-05-06", "")]


def test_the_month_a_size_compared_with_was_indicated_in_is_a_row_that_dates_none_of_the_figures():
    # figure_side_clauses.tsv opens=told "indicated": the month is when it was told, not the figures' period
    rows = _rows_under("June 3, 2026", "The airline said revenue rose 14% to $2.1 billion, more than it had "
                                       "indicated in February.")
    assert _dates_of_figures(rows) == {"14%": "", "$2.1 billion": ""}
    assert _date_texts(rows) == {"", "February"}


def test_the_month_an_estimate_or_an_offer_compared_with_was_made_in_is_a_row_that_dates_no_figure():
    # figure_side_clauses.tsv opens=told "estimated", "offered": the month tells when that level was put forward
    rows = _rows_under("June 3, 2026", "The regulator now counts 4.2 million customers, about 300,000 more than it "
                                       "estimated last November.")
    assert _date_texts(rows) == {"last November"}
    rows = _rows_under("June 3, 2026", "Brightwater sold the plant for $48 million, more than they had "
                                       "offered in March.")
    assert _dates_of_figures(rows) == {"$48 million": ""}
    assert _date_texts(rows) == {"", "March"}


def test_a_buyback_in_a_fronted_quarter_restated_by_an_apposition_of_its_fiscal_year_is_of_the_quarter():
    rows = _rows_under("June 3, 2026", "In the December quarter, the third of its fiscal 2026, Harlow Foods bought "
                                       "back $410 million of its shares.")
    assert _dates_of_figures(rows) == {"$410 million": "the December quarter"}
    assert _date_texts(rows) == {"the December quarter"}  # the apposition names which quarter it is: no row


def test_a_start_the_figure_leads_to_in_a_second_predicate_does_not_date_the_cost():
    rows = _wsj("The smelter is expected to cost about $900 million and start production in early 1991.")
    assert _dates_of_figures(rows) == {"$900 million": ""}
    assert _date_texts(rows) == {"", "early 1991"}


def test_the_year_a_programme_began_in_a_relative_clause_after_a_sum_dates_the_programme_not_the_sum():
    rows = _wsj("The agency will pay Corvane $64 million to map the seabed under its coastal survey programme, "
                "which began in 1988.")
    assert _dates_of_figures(rows) == {"$64 million": ""}
    assert _date_texts(rows) == {"", "1988"}


def test_more_than_that_sizes_a_sum_before_a_calendar_month_compares_nothing_and_the_month_dates_the_sentence():
    rows = _rows_under("November 12, 2025", "Sequoia China led a funding round of more than $400 million in June 2024 "
                                            "that valued the robotics start-up at about $3 billion.")
    assert _dates_of_figures(rows) == {"$400 million": "June 2024", "$3 billion": "June 2024"}
    assert {row["when"] for row in rows} == {"2024-06"}
    # a sum told "more than" one a year earlier is still compared with that year
    rows = _rows_under("November 12, 2025", "Net income was $2.1 million, more than $1.5 million a year earlier.")
    assert _dates_of_figures(rows) == {"$2.1 million": "", "$1.5 million": "a year earlier"}


def test_a_sum_sized_by_more_than_with_no_figure_before_it_compares_nothing_and_last_year_keeps_its_row():
    rows = _rows_under("March 4, 2026", "Across the league, fewer than 40 riders earned more than 50,000 euros in "
                                        "prize money last year, the riders' association said.")
    assert _whens(rows).get("last year") == "2025"
    # a sum set against a figure told before it is still compared with the year
    rows = _rows_under("March 4, 2026", "Revenue came to $3.4 million, more than $2.9 million last year.")
    assert _dates_of_figures(rows) == {"$3.4 million": "", "$2.9 million": "last year"}


def test_capital_spending_more_than_double_a_year_earlier_is_the_quarter_s_and_the_base_makes_no_row():
    rows = _rows_under("October 30, 2025", "Tencent spent 19.8 billion yuan on capital expenditure in the September "
                                          "quarter, more than double a year earlier.")
    assert _dates_of_figures(rows) == {"19.8 billion yuan": "the September quarter", "double": "the September quarter"}
    assert "a year earlier" not in _date_texts(rows)


def test_profit_roughly_twice_a_year_earlier_takes_the_quarter_told_not_the_base():
    rows = _rows_under("October 30, 2025", "Net profit in the September quarter came to $640 million, roughly twice "
                                          "a year earlier.")
    assert _dates_of_figures(rows) == {"$640 million": "the September quarter", "twice": "the September quarter"}
    assert "a year earlier" not in _date_texts(rows)


def test_a_bare_superlative_stated_after_was_the_makes_no_row_unless_an_aside_tells_of_its_date():
    rows = _rows_under("June 1, 2026",
                       "Orders fell 3% in the week. That was the weakest since March and a blow to mills.")
    assert _date_texts(rows) == {"the week"}
    rows = _rows_under("June 1, 2026", "The drop is the biggest since 2019, when a strike shut the port.")
    assert "since 2019" in _date_texts(rows)
    # a bare superlative with words after it, or a clause after "since", tells of a happening
    rows = _rows_under("June 1, 2026",
                       "The flood is the largest in the valley since the 2011 Lowry Flood, officials said.")
    assert _date_texts(rows) == {"2011"}
    rows = _rows_under("June 1, 2026", "The fall was the steepest since the survey began in 1972, the agency said.")
    assert _date_texts(rows) == {"1972"}


def test_a_bare_superlative_stated_after_was_the_makes_no_row_when_only_its_source_follows_the_comma():
    rows = _rows_under("June 1, 2026", "The salmon run on the river was the weakest since 1984, according to the "
                                       "fisheries agency.")
    assert _date_texts(rows) == set()
    # an aside that tells of that time still keeps the row
    rows = _rows_under("June 1, 2026", "The salmon run was the weakest since 1984, when the dam was finished.")
    assert "since 1984" in _date_texts(rows)


def test_a_bare_superlative_told_of_a_few_words_makes_no_row_when_its_date_follows_since():
    rows = _rows_under("June 1, 2026", "Turnout was the highest for a local election in the city since 1998.")
    assert _date_texts(rows) == set()
    rows = _rows_under("June 1, 2026", "The storm's toll is the worst from a single night in the state since 2011.")
    assert _date_texts(rows) == set()


def test_a_record_set_off_after_a_figure_and_measured_over_this_year_makes_no_row():
    rows = _rows_under("June 1, 2026", "The family sold the villa for HK$2.1 billion, the largest home sale in the "
                                       "city this year, agents said on Friday.")
    assert _date_texts(rows) == {"Friday"}
    assert _dates_of_figures(rows) == {"HK$2.1 billion": "Friday"}
    rows = _rows_under("June 1, 2026", "The insurer has agreed to buy the tower for HK$3.2 billion, the largest office "
                                       "deal in Singapore this year.")
    assert "this year" not in _date_texts(rows)
    # a move's own bare stretch with no record set off stays its stretch, and no record is read into it
    rows = _rows_under("June 1, 2026", "The bank sold $4 billion of bonds this year, more than in 2025.")
    assert "this year" in _date_texts(rows)


def test_a_record_told_with_its_possessor_after_was_the_makes_no_row_but_a_first_stays_one():
    rows = _rows_under("March 3, 2026", "Fire officials said the blaze was the county's worst wildfire since 2019.")
    assert "2019" not in " ".join(_date_texts(rows))
    rows = _rows_under("March 3, 2026", "The blaze was the county's worst wildfire since 2019 and burned 900 homes.")
    assert "2019" not in " ".join(_date_texts(rows))
    # an aside after the date tells of that time
    rows = _rows_under("March 3, 2026", "The blaze was the county's worst wildfire since 2019, when the Dixon fire "
                                        "burned 4,000 acres.")
    assert _date_texts(rows) == {"since 2019"}
    rows = _rows_under("March 3, 2026", "It was the county's first wildfire death since 2019, fire officials said.")
    assert _date_texts(rows) == {"since 2019"}


def test_a_sum_compared_with_what_was_earned_over_a_past_holiday_is_not_of_that_holiday():
    rows = _rows_under("April 8, 2026", "The ferry operator said on Tuesday that it had carried 1.4 million passengers "
                       "over the Easter weekend, bringing in 95 million euros, 6% more than over last year's Easter "
                       "weekend.")
    # (the "6% more than" right after the sum is that sum's move, of the same weekend)
    assert _dates_of_figures(rows) == {"95 million euros": "the Easter weekend", "6%": "the Easter weekend"}
    assert "last year's Easter weekend" not in _date_texts(rows)


def test_a_sum_set_against_a_figure_and_paid_out_after_a_years_event_is_of_that_year():
    dates = _dates_of_figures(_rows_under("May 14, 2025", "The reinsurer said on Monday that claims from the "
                                          "hailstorms could reach $1.4 billion, against $800 million paid out after "
                                          "the 2019 storms."))
    assert dates["$800 million"] == "2019"


def test_a_rise_told_after_an_approximate_sum_of_the_year_before_is_of_the_year_reported():
    rows = _rows_under("January 23, 2026", "Net profit was RMB640 million for the year ended 31 December 2025, "
                       "compared with approximately RMB250 million for the year ended 31 December 2024, "
                       "representing an increase of about 156%.")
    assert {row["money_text"]: row["when"] for row in rows if row["money_text"]} == {
        "RMB640 million": "2025", "RMB250 million": "2024", "156%": "2025"}


@pytest.mark.parametrize("sentence, expected", [
    # a bare count before a named time tells when that level stood: the time is a row
    ("Rangers counted 212 nesting pairs this spring, down from about 1,900 in the late 1980s.",
     {"this spring", "the late 1980s"}),
    ("The line now runs 64 trains a day, up from 41 in 2023.", {"2023"}),
    # before a date counted back it is the base, and a number with a fraction is a measure whose year is a base
    ("The line now runs 64 trains a day, up from 41 a year earlier.", set()),
    # (a same period told with its year by number names when that level stood, as the month would)
    ("The port loaded 3.2 million tonnes of iron ore in May, up from 2.9 million tonnes in the same month of 2024.",
     {"May", "the same month of 2024"}),
    ("The port loaded 3.2 million tonnes of iron ore in May, up from 2.9 million tonnes in the same month last year.",
     {"May"}),
    ("The fund's beta to the index averaged 0.48 in 2025, down from 0.61 in 2024.", {"2025"}),
])
def test_a_bare_count_before_a_named_time_tells_when_that_level_stood(sentence, expected):
    assert _date_texts(_rows_under("November 20, 2025", sentence)) - {""} == expected


def test_the_start_of_a_move_a_figure_carries_on_after_a_comma_is_no_row_with_no_level_after_it():
    rows = _rows_under("March 6, 2026", "Broadcom shares slid 4%, deepening their decline since the company's "
                       "results on Tuesday afternoon.")
    assert _date_texts(rows) == {""}
    assert _dates_of_figures(rows) == {"4%": ""}
    kept = _rows_under("March 6, 2026", "Broadcom shares slid 4% after its results on Tuesday afternoon.")
    assert "Tuesday afternoon" in _date_texts(kept)


def test_a_sum_raised_so_far_is_not_of_the_date_of_the_latest_round_told_after_it():
    dates = _dates_of_figures(_wsj("The battery maker has raised $410 million so far, most recently in a $150 million "
                                   "Series C round in June 1988."))
    assert dates == {"$410 million": "", "$150 million": "June 1988"}


def test_a_move_is_not_of_the_day_of_a_clause_after_it_told_in_the_past_perfect():
    dates = _dates_of_figures(_wsj("Shares of Hanwa Marine fell 1.2% in Seoul, and a fund of Korean shipbuilders "
                                   "listed in New York had dropped 5% on Monday."))
    assert dates == {"1.2%": "", "5%": "Monday"}
    # told in the simple past, the second clause's day is the market day of both
    dates = _dates_of_figures(_wsj("Shares of Hanwa Marine fell 1.2%, and Daewon Heavy slid 3% on Monday."))
    assert dates == {"1.2%": "Monday", "3%": "Monday"}


@pytest.mark.parametrize("sentence", [
    "The peso has lost about 12% of its value against the dollar this year, dealers said.",
    "Shares of the brewer have fallen 18% in Amsterdam this year as beer sales slumped.",
])
def test_a_move_this_year_after_what_moved_and_against_what_or_where_is_of_the_day_told(sentence):
    rows = _rows_under("May 8, 2026", sentence)
    assert _date_texts(rows) == {""}
    assert list(_dates_of_figures(rows).values()) == [""]


def test_a_stock_that_lost_half_its_value_in_the_past_months_moved_up_to_the_day_told_with_the_value_it_left():
    rows = _rows_under("May 8, 2026", "The chipmaker's stock has lost about half its value in the past nine months, "
                                      "cutting its market value to roughly $3 billion.")
    assert _date_texts(rows) == {""}
    assert set(_dates_of_figures(rows).values()) == {""}


def test_a_move_in_a_market_named_in_a_month_keeps_the_month():
    rows = _rows_under("May 8, 2026", "Shares of the brewer fell 18% in Amsterdam in March as beer sales slumped.")
    assert _dates_of_figures(rows) == {"18%": "March"}


def test_a_sum_after_a_comma_and_less_than_is_a_base_dated_by_its_own_date():
    rows = _wsj("The shipping unit lost $210 million in the third quarter, less than the $340 million of the "
                "second quarter.")
    assert _dates_of_figures(rows) == {"$210 million": "the third quarter", "$340 million": "the second quarter"}


def test_the_day_after_from_that_a_stock_s_price_climbed_to_is_where_its_move_started_not_a_day_the_price_applies():
    rows = _wsj("Shares of Orchard Foods have risen to $38 from March 4, when the buyout talks were first reported.")
    assert ("March 4", "$38") not in [(row["date_text"], row["money_text"]) for row in rows]
    assert [row["date_text"] for row in rows if row["money_text"] == "$38"] == [""]


@pytest.mark.parametrize("sentence", [
    "Port arrivals reached 1.8 million tonnes by Feb. 20, up 6% from the same point a year earlier.",
    "The trade fair drew 25% more visitors than the same event a year earlier, organisers said.",
    "- Credit: mortgage lending contracted 2.1% in the fourth quarter from a year earlier.",
])
def test_a_year_earlier_after_the_same_point_or_event_or_after_a_contraction_is_a_base_with_no_row(sentence):
    rows = _rows_under("March 3, 2026", sentence)
    assert "a year earlier" not in _date_texts(rows)


def test_the_highest_level_since_a_date_that_a_rally_leaves_an_index_at_is_a_record_with_no_row():
    rows = _rows_under("March 3, 2026",
                       "The rally leaves the Nikkei at its highest level since July 2024, though it remains below its "
                       "peak.")
    assert not any("2024" in row["date_text"] for row in rows)


def test_a_multiple_told_as_a_verb_with_from_before_a_year_earlier_is_a_base_with_no_row():
    rows = _rows_under("March 3, 2026",
                       "About 5,400 shops saw bookings triple from a year earlier, the app said on Monday.")
    assert "a year earlier" not in _date_texts(rows)
    assert "Monday" in _date_texts(rows)


@pytest.mark.parametrize("sentence", [
    "Bookings for the autumn half-term are running 18% ahead of the same point last year, the operator said.",
    "The new handset scores 81.5 on the test, up from 66.0 for its predecessor a year earlier.",
    "Solar panels now supply about a tenth of the island's power, up from almost none a year earlier.",
])
def test_a_base_after_a_same_point_a_predecessor_or_none_makes_no_row(sentence):
    rows = _rows_under("March 3, 2026", sentence)
    assert not {"last year", "a year earlier"} & _date_texts(rows)


@pytest.mark.parametrize("sentence", [
    "Lift tickets sold so far this winter stood at 1.9 million on Sunday, up 6% on the same point last season.",
    "Season-ticket renewals are running 12% ahead of last season, the club said on Friday.",
])
def test_last_season_after_a_same_point_or_a_cue_of_a_move_is_a_base_with_no_row(sentence):
    rows = _rows_under("March 3, 2026", sentence)
    assert "last season" not in _date_texts(rows)


@pytest.mark.parametrize("sentence", [
    "Attendance at the second march on Feb. 14 was the largest since 2019, the organisers said.",
    "Turnout was the highest since 2016, said a spokesman for the electoral commission.",
])
def test_a_record_s_date_before_a_comma_that_opens_who_told_it_makes_no_row(sentence):
    rows = _rows_under("March 3, 2026", sentence)
    assert not any(row["date_text"].startswith("since") for row in rows)


def test_a_record_s_date_before_an_aside_that_tells_of_that_time_stays_a_row():
    rows = _rows_under("March 3, 2026", "The jump was the largest since 2019, when a drought cut the harvest.")
    assert "since 2019" in _date_texts(rows)


def test_a_report_a_participle_says_came_out_on_a_day_dates_the_figure_it_told():
    rows = _rows_under("Jan. 14, 2026", "BYD on Wednesday denied a media report. The report, published late on Tuesday "
                       "by a Shenzhen business daily, said the carmaker was in talks to raise as much as US$2 billion "
                       "from state funds.")
    [figure] = [row for row in rows if row["money_text"]]
    assert (figure["money_text"], figure["date_text"], figure["when"]) == ("US$2 billion", "Tuesday", "2026-01-13")


def test_ytd_right_after_a_share_move_is_the_stretch_it_is_measured_over_and_makes_no_row():
    rows = _rows_under("Nov. 20, 2025", "The lender's shares are down about 12% YTD after two profit warnings.")
    assert [(row["money_text"], row["date_text"], row["when"]) for row in rows] == [("12%", "", "2025-11-20")]


def test_last_year_after_the_base_of_a_count_is_counted_back_and_makes_no_row_but_a_year_by_its_number_stays():
    assert _date_texts(_rows_under("Nov. 20, 2025", "Organisers say more than 800 companies are exhibiting at the "
                                   "fair, up from about 500 last year.")) == set()
    assert _date_texts(_rows_under("Nov. 20, 2025", "The port handled 2.1 million containers, up from 1.9 million "
                                   "in 2023.")) == {"2023"}


def test_a_subjects_period_dates_its_figures_past_an_aside_that_tells_where_and_when_they_were_announced():
    dates = _dates_of_figures(_wsj("The pension fund's first-half return, announced at a briefing in Zurich on "
                                   "Tuesday, was 4.1%, or 2.3 billion francs."))
    assert dates == {"4.1%": "first-half", "2.3 billion francs": "first-half"}


def test_a_plans_stretch_between_two_years_dates_no_sum_of_the_next_clause():
    dates = _dates_of_figures(_wsj("The utility said in May it would invest $4 billion in its grid between 1990 and "
                                   "1994, and a rival opened a $300 million plant the same month."))
    assert dates["$300 million"] == "the same month"


def test_the_month_a_level_compared_with_was_planned_in_is_a_row_of_its_own():
    # figure_side_clauses.tsv opens=told "planned", "budgeted": the month is when the plan was made
    rows = _rows_under("June 3, 2026", "The utility said its spending on the grid this year would be higher than it "
                                       "planned in February because of storm damage.")
    assert _date_texts(rows) == {"February", "this year"}
    assert [row["when"] for row in rows if row["date_text"] == "February"] == ["2026-02"]


def test_a_sum_a_fund_manages_now_is_not_dated_by_the_year_of_a_return_told_after_and():
    # figure_side_clauses.tsv opens=now "manages": the year is the second predicate's, which tells a figure of its own
    dates = _dates_of_figures(_wsj("Ostrava Capital manages roughly $6.5 billion and lost 3.1% in 1988, according to "
                                   "a letter to its investors."))
    assert dates == {"$6.5 billion": "", "3.1%": "1988"}
    assert _dates_of_figures(_wsj("Ostrava Capital manages roughly $6.5 billion as of June 30.")) == {
        "$6.5 billion": "June 30"}, "a date in the sum's own predicate still dates it"


def test_a_clause_with_a_subject_of_its_own_after_a_said_aside_does_not_date_the_sum_before_it():
    dates = _dates_of_figures(_wsj("Harbor State Bank will take on about $1.2 billion of the failed lender's deposits, "
                                   "regulators said, and its offices will open under the new name on Saturday."))
    assert dates == {"$1.2 billion": ""}
    assert _dates_of_figures(_wsj("Harbor State Bank will take on about $1.2 billion of the failed lender's deposits, "
                                  "regulators said on Friday.")) == {"$1.2 billion": "Friday"}


def test_a_sales_rise_told_after_the_day_of_a_trading_update_is_of_the_quarter_the_sentence_names():
    rows = _rows_under("October 14, 2025", "Halloran's revenue rose 6% to 412 million euros in the third quarter, the "
                                           "company said in a statement on October 8, with wholesale sales up 14%.")
    assert _dates_of_figures(rows) == {"6%": "the third quarter", "412 million euros": "the third quarter",
                                       "14%": "the third quarter"}


def test_a_policy_rate_held_since_a_cut_is_the_level_now_and_the_cut_keeps_its_own_row():
    rows = _rows_under("June 3, 2026", "The Reserve Bank has held its policy rate at 3.85% since a cut in August 2025, "
                                       "the statement said.")
    assert [(row["money_text"], row["date_text"], row["when"]) for row in rows] == [
        ("3.85%", "", "2026-06-03"), ("", "August 2025", "2025-08")]


def test_a_fine_for_misreporting_over_past_years_is_of_the_month_it_was_imposed_and_the_years_keep_their_row():
    rows = _rows_under("June 3, 2026", "In April, Danish regulators fined the lender 3 million euros for misreporting "
                                       "loans between 2019 and 2022.")
    assert [(row["money_text"], row["date_text"], row["when"]) for row in rows if row["money_text"]] == [
        ("3 million euros", "April", "2026-04")]
    assert any(row["date_text"] == "between 2019 and 2022" for row in rows)


def test_a_headline_that_ends_a_season_with_a_bare_superlative_since_a_year_makes_no_row_of_that_year():
    # figure_side_clauses.tsv opens=record_with: "with" leads a headline's record with no article and no comma
    rows = _rows_under("April 2, 2026", "Spain's ski resorts close season with thinnest snow cover since 2012")
    assert "since 2012" not in _date_texts(rows)
    rows = _rows_under("April 2, 2026", "The valley closed the season with the worst avalanche since 2012.")
    assert "since 2012" in _date_texts(rows), "with an article the superlative may tell of a happening"


def test_a_headline_s_bare_superlative_after_at_is_a_level_held_and_its_stretch_makes_no_row():
    # figure_side_clauses.tsv opens=record_at: no noun is needed after the superlative
    rows = _rows_under("Nov. 14, 2025", "Ringgit ends week at strongest since 2021 on export receipts")
    assert "since 2021" not in _date_texts(rows)


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in ("record_with", "record_at")],
                         ids=lambda rule: rule["words"])
def test_a_bare_superlative_led_by_its_word_is_a_record_whose_stretch_makes_no_row(rule):
    assert not any(row["date_text"].startswith("since") for row in _wsj(rule["example"]))


def test_a_count_in_words_set_against_last_year_makes_no_row_as_one_in_digits_does():
    for sentence in ("The line will run nine sailings a week this winter, up from seven last year, the company said.",
                     "The line will run 19 sailings a week this winter, up from 17 last year, the company said."):
        assert _date_texts(_wsj(sentence)) == {"this winter"}


def test_a_move_right_after_a_relative_clause_holding_a_dated_volume_restates_it_and_takes_its_year():
    rows = _rows_under("March 11, 2026", "Five years later, the 51-year-old runs the group's European marketplace, "
                       "which handled about EUR 4 billion in gross merchandise value across nine markets in 2025, up "
                       "11 per cent from the year before.")
    assert _dates_of_figures(rows) == {"EUR 4 billion": "2025", "11 per cent": "2025"}


def test_a_commoditys_delivery_month_dates_no_price_the_week_it_was_quoted_does():
    rows = _rows_under("August 20, 2025", "Prices for Ukrainian corn for delivery in October fell $3 to $211 a ton "
                       "free on board last week, according to traders.")
    assert {row["money_text"]: row["when"] for row in rows if row["money_text"]} == {"$3": "2025-W33",
                                                                                      "$211": "2025-W33"}
    assert "October" in _date_texts(rows), "the delivery month is still a row"


def test_a_figure_before_a_count_to_a_past_timetable_takes_the_day_of_its_own_clause():
    rows = _wsj("The bonds slumped on May 4, 1988, after the regulator froze the company's $2.1 billion share sale "
                "three days before trading was due to begin.")
    assert _dates_of_figures(rows)["$2.1 billion"] == "May 4, 1988"
    assert any(row["date_text"].startswith("three days before") and row["when"] == "1988-05-07" for row in rows)
    # (a date that counts nothing keeps its figure, whatever timetable follows it)
    rows = _wsj("The buyback replaces a $4 billion programme authorised in August 1988 that was due to end in 1990.")
    assert _dates_of_figures(rows)["$4 billion"] == "August 1988"


def test_a_record_since_a_level_named_by_a_participle_after_its_noun_is_measured_against_it_and_makes_no_row():
    for sentence in ("Silver rose 3% to $38 an ounce on Monday, the highest since the record set in January 2012.",
                     "The index fell 2% to $4,100 on Monday, the lowest close since the level hit in March 2020."):
        document = document_from_bytes("news.txt", f"February 10, 2026\n\n{sentence}\n".encode("utf-8"))
        assert [row["date_text"] for row in extract_document(document) if not row["money_text"]] == []


def test_a_record_since_a_clause_with_its_own_subject_and_verb_in_ed_keeps_its_date_a_row():
    document = document_from_bytes("news.txt", b"February 10, 2026\n\nNickel rose 4% to $17,200 a ton on Monday, the "
                                   b"highest since the strike ended in 2021.\n")
    assert "2021" in [row["date_text"] for row in extract_document(document)]


def test_a_stretch_opening_its_sentence_before_a_sum_counted_over_it_stays_a_row_whatever_the_sum_lifted_after():
    rows = _rows_under("Nov. 17, 2025", "Since March the funds have bought about HK$42 billion of the shares, "
                                        "lifting their stake to roughly 12% of the float.")
    assert _dates_of_figures(rows) == {"HK$42 billion": "Since March"}


def test_a_valuation_well_below_a_years_price_is_of_the_day_told_not_of_that_year():
    dates = _on("2025-06-10", "Brokers put the chain's value at about $4 billion, far below the 2019 price, citing "
                "weaker demand.")
    assert dates == {"$4 billion": ""}


def test_a_headlines_second_predicate_after_a_comma_that_sets_a_plan_dates_no_figure_before_it():
    assert _headline("Allegro lifts sales 14% in zloty terms, sets bond sale for 2027", "May 14, 2025") == {
        "14%": "2025-05-14"}


def test_a_year_earlier_that_a_planned_intake_rose_from_is_its_base_and_makes_no_row():
    rows = _rows_under("September 18, 2025", "The bank will take on about 900 graduates for its 2027 intake, up 20% "
                                             "from a year earlier.")
    assert "a year earlier" not in _date_texts(rows) and "2027" in _date_texts(rows)


def test_a_second_level_joined_to_a_base_with_its_own_date_makes_that_date_a_base_too():
    rows = _rows_under("November 19, 2025", "Futures priced the chance of a January hike at 20% after the data, from "
                                            "about 45% on Monday and nearly 70% a week ago.")
    assert _date_texts(rows) & {"a week ago", "on Monday", "Monday"} == set()


def test_a_date_in_an_aside_that_tells_when_a_programme_was_changed_does_not_date_what_it_holds_now():
    # the sum is the programme's as of the day its own clause tells, not of the month it was expanded
    assert _dates_of_figures(_wsj("Harbor Lines' share repurchase plan, expanded in March 1988, had $600 million "
                                  "remaining as of Sept. 30, the company said.")) == {"$600 million": "Sept. 30"}
    assert _dates_of_figures(_wsj("Harbor Lines' share repurchase plan, expanded in March 1988, has $600 million "
                                  "remaining.")) == {"$600 million": ""}


def test_a_sum_to_be_spent_before_a_deadline_still_to_come_is_the_plans_of_the_day_told():
    rows = _rows_under("March 3, 2026", "The port operator expects to invest a further $60 million in new cranes "
                                        "before the end of its financial year, its chief executive said.")
    assert [(row["money_text"], row["when"], row["date_text"]) for row in rows if row["money_text"]] == [
        ("$60 million", "2026-03-03", "")]


@pytest.mark.parametrize("sentence, figure, expected", [
    # a period or a report's day told by a clause of "as" after a profit still dates it
    ("Net profit fell 6% to 2.4 billion yuan as demand for steel weakened in the fourth quarter.", "2.4 billion yuan",
     "2025-Q4"),
    ("Quarterly revenue rose 11% to $3.2 billion as the group reported results on Tuesday.", "$3.2 billion",
     "2026-02-17"),
    ("Revenue rose 7% to $5 billion as orders for turbines surged in 2025.", "$5 billion", "2025"),
    # sales are told by the month too, and a report may be told in its month
    ("Sales at the carmaker fell 4% to 61.3 billion yen as dealers cut orders in January.", "61.3 billion yen",
     "2026-01"),
    ("Quarterly revenue rose 11% to $3.2 billion as the group reported in January.", "$3.2 billion", "2026-01"),
    ("Sales at the brewer slipped 2% to 84 billion won as shipments to bars slowed in January.", "84 billion won",
     "2026-01"),
    # a happening's days told by that clause do not, a month after sales too when the clause is not about the sales
    ("Revenue slipped 5% to $2.8 billion as its finance chief stepped down in January.", "$2.8 billion",
     "2026-02-19"),
    ("Sales slid 3% to 52 billion won as a fire halted its biggest factory in January.", "52 billion won",
     "2026-02-19"),
    # ("as a result of" opens no clause of its own: the quarter it tells is the figure's)
    ("Revenue fell 4% to $2 billion as a result of weaker prices in the fourth quarter.", "$2 billion", "2025-Q4"),
    ("Operating profit fell 5% to $1.2 billion as its refinery stood idle from Aug. 4 to Sept. 2.", "$1.2 billion",
     "2026-02-19"),
    ("Operating profit fell 5% to $1.2 billion as its refinery stood idle in January.", "$1.2 billion", "2026-02-19"),
    # a happening's date in a relative clause inside it does not either, with no comma before "as" (figure None: no
    # figure, nor the next sentence's revenue)
    ("Net profit fell 6% to 2.4 billion yuan as subsidies for the scheme that the group launched in July weighed on "
     "margins.", "2.4 billion yuan", "2026-02-19"),
    ("Operating profit dropped 21% to 12.6 billion yuan as costs of the delivery service the group started in July "
     "weighed on margins. Cloud revenue rose 30% to 40.1 billion yuan.", None, "2026-02-19"),
    # a clause whose figure looks ahead keeps the date of the clause after it
    ("Revenue is expected to rise 5% to $2 billion as demand recovers next year.", "$2 billion", "2027"),
    # and a stock's move keeps it as its day
    ("Shares of Kestrel fell 3% as investors weighed the results on Tuesday.", "3%", "2026-02-17"),
])
def test_a_clause_of_as_after_a_figure_dates_it_by_a_period_a_report_s_day_or_a_look_ahead_not_by_a_happening(
        sentence, figure, expected):
    when = _dated("2026-02-19", sentence)
    assert (set(when.values()) if figure is None else {when[figure]}) == {expected}


def test_each_sum_of_a_list_a_colon_opens_after_a_month_is_of_that_month_though_each_has_a_maturity():
    rows = _wsj("The utility sold its first sustainability-linked bonds in April: a 600 million euro tranche due in "
                "2031 and a $750 million tranche due in 2036.")
    assert _dates_of_figures(rows) == {"600 million euro": "April", "$750 million": "April"}


def test_a_profit_told_after_a_fiscal_year_in_its_sentence_is_of_that_year_not_of_the_month_the_results_came_out():
    rows = _wsj("Sales in fiscal 1989 rose 4% to $3.1 billion, while net income climbed 12% to $410 million, "
                "results published in February showed.")
    dates = _dates_of_figures(rows)
    assert dates["$410 million"] == dates["12%"] == "fiscal 1989"


@pytest.mark.parametrize("sentence, price", [
    ("Analysts at Harwood said the fourth quarter was \"steady, if dull\" and kept their $48 price target.", "$48"),
    ("Brokers said the second half was weak and kept their C$7.40 price target.", "C$7.40"),
    ("Norvik said the first quarter was strong and its shares ended at $61.", "$61"),
], ids=lambda value: value[:30])
def test_a_price_of_a_second_predicate_after_its_subject_and_its_saying_is_of_the_day_told_not_of_the_period_judged(
        sentence, price):
    assert _dates_of_figures(_wsj(sentence))[price] == ""


def test_a_price_set_off_by_a_comma_after_a_sale_goes_on_telling_the_sale_s_quarter():
    rows = _wsj("We sold $90 million of stock last quarter, at an average price of about $31 a share.")
    assert _dates_of_figures(rows)["$31"] == "last quarter", "a price set off by a comma goes on telling the sale"


def test_a_sum_counted_since_a_month_is_of_the_stretch_and_a_move_since_then_of_the_day_told():
    assert _dated("2026-03-10", "The exchange has raised HK$41 billion from new listings since January, and its own "
                                "shares have gained 17% since January.") == {"HK$41 billion": "2026-01/..",
                                                                             "17%": "2026-03-10"}


def test_a_past_period_in_the_clause_that_tells_of_a_stretch_s_start_dates_the_figure_told_right_before_it():
    when = _dated("2025-11-19", "Shares of Orvane have climbed 41% since its report in August, when it said sales "
                                "rose 8% and that it had spent 9 billion yuan on data centres in the June quarter.")
    assert when == {"41%": "2025-11-19", "8%": "2025-08", "9 billion yuan": "2025-Q2"}


def test_a_move_before_a_concession_is_not_of_the_quarter_the_concession_names():
    assert _dated("2026-02-24", "Braxton Tools shares fell 5% even though the toolmaker beat forecasts for its "
                                "fiscal second quarter, which ended Dec. 31.") == {"5%": "2026-02-24"}


def test_a_rise_from_the_same_stretch_a_year_ago_is_not_of_that_year():
    assert _dated("2025-11-03", "Bookings since the sale opened reached 94,000 euros by Friday, up 22% from the same "
                                "stretch a year ago.")["94,000 euros"] != "2024"


def test_a_date_in_a_relative_clause_that_tells_when_the_thing_bought_was_finished_is_the_thing_s():
    assert _dated("2026-04-02", "The aquarium spent $31 million building a new shark tank, which was completed in "
                                "November.") == {"$31 million": "2026-04-02"}


def test_as_a_role_before_a_date_tells_no_clause_of_its_own_and_the_date_is_the_sum_s():
    assert _dated("2025-10-20", "Breeder Ana Ruiz, who bought the filly for A$240,000 as a weanling in May 2023, "
                                "won her first Group 1 race.") == {"A$240,000": "2023-05"}


def test_a_base_told_by_a_word_for_its_figure_dates_no_figure_of_the_sentence():
    rows = _wsj("Operating cash flow turned to an outflow of $42 million in the third quarter, from an inflow a year "
                "earlier, as spending on new stores reached $65 million.")
    assert _dates_of_figures(rows) == {"$42 million": "the third quarter", "$65 million": "the third quarter"}
    assert "a year earlier" not in _date_texts(rows)


def test_a_relative_clause_that_looks_ahead_to_a_figure_of_its_own_dates_only_that_figure():
    rows = _wsj("The trustees agreed to transfer $8 million from the endowment to close a shortfall that the treasurer "
                "said could otherwise grow to $5.5 million by the end of fiscal 1991.")
    assert _dates_of_figures(rows) == {"$8 million": "", "$5.5 million": "by the end of fiscal 1991"}


def test_the_sum_a_reported_one_fell_short_of_after_a_comma_is_of_the_reported_sum_s_quarter():
    assert _dated("2026-02-26", "Tollbridge shares slid 6% after the retailer said fourth-quarter sales rose 3% to "
                                "$4.2 billion, short of the $4.4 billion analysts had expected.") == {
        "6%": "2026-02-26", "3%": "2025-Q4", "$4.2 billion": "2025-Q4", "$4.4 billion": "2025-Q4"}


def test_a_relative_clause_whose_modal_tells_no_level_reached_is_the_same_happening():
    assert _dated("2025-11-02", "The startup raised $600 million in a funding round that would value it at $50 billion "
                                "in March 2023.") == {"$600 million": "2023-03", "$50 billion": "2023-03"}


# after ", and" or past a semicolon (setMV, mv_derby_wagering: "reports first-quarter results ... on Wednesday;
# analysts ... expect revenue of $652 million")
@pytest.mark.parametrize("published, sentence, expected", [
    ("March 5, 2026", "Harwick Foods will report results for the March quarter in mid-May, and analysts at Barclays "
                      "expect operating profit of about 310 million euros.",
                      {"310 million euros": "the March quarter"}),
    ("October 13, 2025", "Pellham Outdoor reports third-quarter results before the bell on Thursday; analysts surveyed "
                         "by LSEG expect net profit of $41 million.", {"$41 million": "third-quarter"}),
])
def test_a_forecast_after_the_words_that_name_a_period_s_results_is_of_that_period_not_of_the_month_they_are_told(
        published, sentence, expected):
    assert _dates_of_figures(_rows_under(published, sentence)) == expected


def test_a_figure_of_no_revenue_or_profit_past_the_words_that_name_a_period_s_results_stays_the_day_told():
    rows = _rows_under("October 13, 2025", "Pellham Outdoor reports third-quarter results on Thursday; its founder "
                                           "sold $12 million of shares last month.")
    assert _dates_of_figures(rows) == {"$12 million": "last month"}


def test_a_figure_before_a_predicate_that_brings_a_running_total_to_a_level_is_not_of_that_total_s_stretch():
    # setMU, mu_macau_ggr: "beat analysts' average forecast of 20.4 billion patacas and brought revenue for the first
    # 11 months of 2025 to 226.3 billion patacas"
    when = _on("2025-10-02", "September's ticket sales topped the forecast of 310 million rand and brought takings for "
                             "the first nine months of 2025 to 2.6 billion rand.")
    assert when == {"310 million rand": "September", "2.6 billion rand": "the first nine months of 2025"}


def test_a_same_period_of_a_year_named_after_on_is_a_base_and_the_move_is_of_the_period_reported():
    # setMU, mu_macau_ggr: "up 8.5 per cent on the same period of 2024"
    when = _on("2025-10-15", "Visitor spending for the first three quarters of 2025 reached 61.7 billion rand, up 4.1 "
                             "per cent on the same period of 2024.")
    assert when == {"61.7 billion rand": "the first three quarters of 2025",
                    "4.1 per cent": "the first three quarters of 2025"}
    # ... while a move told "on" a day stays that day's
    assert _on("2025-10-15", "Shares of the lender rose 3.2% on Monday.") == {"3.2%": "Monday"}


def test_a_record_told_as_a_total_qualified_by_a_word_makes_no_row_for_its_stretch():
    # setMU, mu_macau_ggr: "remains the highest monthly total since January 2020"
    rows = _rows_under("July 3, 2025", "Port throughput came to 2.9 million containers in June. That was the "
                                       "highest quarterly tally since March 2019, the authority said.")
    assert not any(row["date_text"].startswith("since") for row in rows)
    # ... but a noun of a happening so qualified still tells of it
    rows = _rows_under("July 3, 2025", "It was the largest measles outbreak since 2019, officials said.")
    assert "since 2019" in _date_texts(rows)


def test_a_tranche_whose_maturity_is_set_off_by_commas_is_of_the_day_told_and_its_yield_makes_no_row():
    assert _dated("2026-04-14", "A third tranche of 4 billion yuan, due in 2033, was priced at 3.05%, the bankers "
                                "said.") == {"4 billion yuan": "2026-04-14"}


def test_a_project_budgeted_at_a_sum_in_an_aside_is_money_put_in_on_the_day_told_not_when_it_opens():
    rows = _rows_under("June 3, 2026", "The port's new container terminal, budgeted at 640 million euros, is due to "
                                       "open next summer.")
    assert [(r["money_text"], r["market_kind"], r["when"]) for r in rows if r["money_text"]] == [
        ("640 million euros", "investment", "2026-06-03")]


@pytest.mark.parametrize("sentence, expected", [
    # the month of a clause of its own subject tells of another happening, not of the figure compared
    ("Analysts expect the retailer to report a first-half profit of about $310 million when it publishes results in "
     "March, compared with $342 million a year earlier.",
     {"$310 million": "2026-H1", "$342 million": "2025-H1"}),
    ("Its deposits stood at 12.4 billion euros as of June 30, 2026, including a savings product it launched in "
     "February. That compares with 10.9 billion euros a year earlier.",
     {"12.4 billion euros": "2026-06-30", "10.9 billion euros": "2025-06-30"}),
    # (a month of the figure's own clause stays the base's reference)
    ("Revenue in the first half rose 5% to $3 billion, and sales in June rose 3% to $520 million from a year "
     "earlier.", {"$3 billion": "2026-H1", "$520 million": "2026-06"}),
])
def test_a_base_a_year_earlier_counts_back_from_the_period_compared_not_a_month_of_a_clause_of_its_own(sentence,
                                                                                                        expected):
    dated = _dated("2026-09-08", sentence)
    assert {figure: dated.get(figure) for figure in expected} == expected


@pytest.mark.parametrize("sentence", [
    # setIC, ic_buyback: "an outflow of 21.8 billion yuan, against an inflow of 13.7 billion yuan a year earlier" was
    # counted from the month of the pledge told in a side clause before it
    "Free cash flow was an outflow of 400 million euros, against an inflow of 650 million euros a year earlier.",
    "Free cash flow was an outflow of 400 million euros, ahead of an outflow of 650 million euros a year earlier.",
])
def test_a_figure_after_against_or_ahead_of_is_a_base_counted_from_the_period_reported(sentence):
    text = ("Capital spending at the port operator was 2.3 billion euros in the September quarter, more than the 8 "
            f"billion euros it pledged in March. {sentence}")
    assert [m.when for m in tag_dates(text, dt.date(2025, 11, 20)) if m.text == "a year earlier"] == ["2024-Q3"]
    # (right before a date, neither word compares: the date is a row of its own)
    assert [m.when for m in tag_dates("The senator voted against last year's budget.", dt.date(2025, 11, 20))
            if m.on_calendar] == ["2024"]


@pytest.mark.parametrize("sentence, figure, day", [
    ("Orvane's shares had risen 23% this year through Friday's close, giving it a market value of $61 billion.",
     "23%", "through Friday"),
    ("The carmaker's stock had fallen 31% so far this year through Monday, the worst of any in Europe.",
     "31%", "through Monday"),
    # "as of" is no noun's "of" that would make the day a base of the stretch, with no row at all
    ("The brewer's shares had gained 18% this year as of Thursday's close, analysts at a Danish bank said.",
     "18%", "Thursday"),
])
def test_a_move_this_year_through_a_past_day_is_that_days_running_total(sentence, figure, day):
    rows = _wsj(sentence)
    assert _dates_of_figures(rows)[figure] == day


@pytest.mark.parametrize("sentence, figure, day", [
    # setJC, setEK: a relative clause that tells a close goes on telling its day in the move after its comma
    ("Investors keep circling Norvik Air, whose shares closed at 41.20 crowns on Tuesday, up 6.3% on the week.",
     "6.3%", "Tuesday"),
    ("It was a rough week for the brewer's stock, which finished on Monday at 512p, down 11% this year.",
     "11%", "Monday"),
    # (a main verb after the clause's comma stays apart from its day, as before)
    ("Copper, which touched a record of $11,200 a ton on Monday, is up 28% this year.", "28%", ""),
    # setJA: the aside of the sentence before is no clause of the day's
    ("Analysts see the unit losing money in the current year, which ends in March. The stock closed at HK$88.40 on "
     "Wednesday, up about 62% this year.", "62%", "Wednesday"),
    # setQD: a comma between a price's digits ends no clause, so the move after the price goes on telling the day
    ("Arabica futures ended Thursday's session at $3,410 a tonne, down 2.4% on the week.", "2.4%", "Thursday"),
])
def test_a_move_told_on_from_a_close_after_its_comma_is_of_the_closes_day(sentence, figure, day):
    rows = _rows_under("October 16, 2025", sentence)
    assert _dates_of_figures(rows)[figure] == day


def test_a_sum_whose_relative_clause_tells_the_stretch_it_covers_is_of_the_day_told():
    rows = _wsj("The yard's order book now stands at 12 billion euros, which it says covers work until 1996.")
    assert _dates_of_figures(rows) == {"12 billion euros": ""}
    assert "until 1996" in _date_texts(rows), "the stretch covered is a row of its own"


def test_an_annual_payout_a_dividend_brings_to_a_level_is_the_years_not_the_pay_days():
    dates = _on("2026-02-12", "Harrow Foods will pay a second interim dividend of 14 cents a share on March 20, "
                              "lifting its annual payout to 26 cents.")
    assert dates == {"14 cents": "March 20", "26 cents": ""}
    # (a year the total names dates it as the year's own)
    dates = _on("2026-02-12", "Harrow Foods will pay a second interim dividend of 14 cents a share on March 20, taking "
                              "the total for the year to 26 cents.")
    assert dates == {"14 cents": "March 20", "26 cents": "the year"}
    # a running gain told so keeps the day it was reached
    dates = _on("2026-02-12", "The index rose 1.2% on Tuesday, taking its gain since January to 6%.")
    assert dates["6%"] == "Tuesday"


def test_a_cost_a_main_verb_looks_ahead_to_takes_no_date_of_a_participles_aside_before_it():
    dates = _on("2026-03-05", "The ferry terminal, rebuilt by the port authority after a fire in 2017, will cost about "
                              "$60 million to expand, officials said.")
    assert dates == {"$60 million": ""}
    # told in the past, the cost is the aside's deed's
    dates = _on("2026-03-05", "The ferry terminal, rebuilt in 2017, cost about $60 million.")
    assert dates == {"$60 million": "2017"}


def test_a_date_of_a_clause_comparing_a_figure_of_its_own_dates_no_figure_after_its_close():
    dates = _on("2026-04-20", "Analysts expect Corvane to post first-quarter sales of $3.1 billion, well above the "
                              "$2.6 billion it reported in the same quarter of 2025, and a net profit of $410 million.")
    assert dates == {"$3.1 billion": "first-quarter", "$2.6 billion": "the same quarter of 2025",
                     "$410 million": "first-quarter"}


def test_a_cost_told_after_and_in_a_second_predicate_takes_no_period_a_forecast_before_it_is_for():
    rows = _wsj("Brenton Tools now forecasts revenue of $1.20 billion to $1.25 billion for 1990, down from $1.3 "
                "billion, and put the cost of closing its Ohio plant at about $15 million.")
    dates = {row["money_text"]: row["date_text"] for row in rows if row["money_text"]}
    assert dates["$1.20 billion"] == "1990" and dates["$15 million"] == ""


def test_a_count_told_with_the_noun_it_counts_is_a_base_before_a_date_counted_back_but_not_before_this_year():
    # setNF, nf_baltic_quota: "the 2026 limit ... at 61,600 tonnes, down from 77,000 tonnes this year" tells when that
    # level stood, a row; "up from 402 stores a year earlier" stays a base
    assert "this year" in _date_texts(_rows_under("Oct. 28, 2025", "The deal sets next year's sprat quota at 180,000 "
                                                  "tonnes, down from 225,000 tonnes this year."))
    assert _date_texts(_rows_under("Nov. 20, 2025", "The port handled 2.1 million containers, up from 1.9 million "
                                   "containers in 2023.")) == {"2023"}
    assert _date_texts(_rows_under("Nov. 20, 2025", "The chain now runs 380 stores, up from 402 stores a year "
                                   "earlier.")) == set()


def test_the_period_under_way_a_forecast_is_set_than_makes_no_row_unless_times_are_compared():
    # comparison_bases.tsv role=cue "than" with the period under way: the base of a forecast, whatever its tense
    rows = _rows_under("October 8, 2025", "The port authority expects to handle 15% more cruise passengers next year "
                                          "than this year.")
    assert _date_texts(rows) == {"next year"}
    rows = _rows_under("October 8, 2025", "Growers said the harvest will start later than this year.")
    assert _date_texts(rows) == {"this year"}
    rows = _rows_under("October 8, 2025",
                       "The lender will sell the stake next year rather than this year, two people said.")
    assert _date_texts(rows) == {"next year", "this year"}


def test_a_year_that_happenings_are_compared_with_in_a_sentence_of_no_figure_is_when_they_were_and_stays_a_row():
    # comparison_bases.tsv role=happenings
    rows = _rows_under("May 12, 2025", "The ferry line says it has carried more cars in the past four months than in "
                                       "the whole of 2023.")
    assert _date_texts(rows) == {"the past four months", "2023"}
    rows = _rows_under("May 12, 2025", "Queues at the border were shorter than in 2019, officials said.")
    assert _date_texts(rows) == {"2019"}
    # ... while a date counted back stays a base, and so does a year a figure is set against
    rows = _rows_under("May 12, 2025", "Queues at the border were shorter than a year ago, officials said.")
    assert _date_texts(rows) <= {""}
    rows = _rows_under("May 12, 2025", "The operator carried 1.2 million cars in April, more than in 2019.")
    assert "2019" not in _date_texts(rows)


def test_a_year_named_after_a_count_with_its_noun_in_digits_tells_when_that_level_stood_and_stays_a_row():
    rows = _rows_under("April 2, 2026", "The airline now flies 212 routes, up from 180 routes in 2023.")
    assert _date_texts(rows) == {"2023"}
    rows = _rows_under("April 2, 2026", "The airline now flies 212 routes, up from 180 routes a year earlier.")
    assert _date_texts(rows) == {""} or not rows
    # (a number with a fraction and its unit is a measure: its date is a base)
    rows = _rows_under("April 2, 2026", "Days to cover rose to 2.4 days, up from 1.7 days at the end of February.")
    assert not rows or _date_texts(rows) == {""}


def test_a_festival_named_by_its_month_and_day_with_a_dot_is_no_measure_and_the_month_after_it_stays_a_row():
    # comparison_bases.tsv role=day_named: "the 6.18 sale" names a day, so the month told after it is when it was
    rows = _rows_under("Nov. 20, 2025", "Live-stream orders rose about fourfold from the 6.18 sale in June, the "
                                        "marketplace said on Thursday.")
    assert _whens(rows)["June"] == "2025-06"
    # (a ratio with a fraction stays a measure, its date a base)
    rows = _rows_under("Nov. 20, 2025", "The fund's beta fell to 0.52, down from 0.64 ratios in June.")
    assert "June" not in _date_texts(rows)


def test_a_comma_after_a_level_ends_the_number_and_the_clause_after_it_tells_when_that_level_held():
    # "from 30.85, where it had been held since March 2023": the comma closes the number, "where" counts nothing
    rows = _rows_under("March 6, 2024", "The naira slid to 1,520 per dollar on Wednesday, from 1,390.5, where the "
                                        "central bank had pegged it since June 2023.")
    assert _whens(rows)["since June 2023"] == "2023-06/.."
    # (the comma may still stand between a level and the words of its date: the level is that date's)
    rows = _rows_under("March 6, 2024", "The rally still leaves the shares about 9% below their record high of "
                                        "$64.20, set in March 2022.")
    assert _dates_of_figures(rows)["$64.20"] == "March 2022"


def test_a_figure_before_a_holiday_told_on_its_day_is_as_near_as_the_holiday_alone():
    rows = _rows_under("September 22, 2025", "Analysts expect the retailer's shares, at $41.20 on Friday, to reach $50 "
                                             "before Singles' Day on Nov. 11.")
    assert _dates_of_figures(rows)["$50"] == "before Singles' Day on Nov. 11"
    assert _dates_of_figures(rows)["$41.20"] == "Friday"


def test_a_storm_s_clause_that_tells_when_it_struck_dates_the_losses_it_caused():
    rows = _rows_under("March 3, 2025", "Cyclone Gabrielle, which tore through the North Island in mid-February 2023, "
                       "caused about NZ$2 billion in insured losses.")
    assert {row["money_text"]: (row["date_text"], row["when"]) for row in rows if row["money_text"]} == {
        "NZ$2 billion": ("mid-February 2023", "2023-02")}
    # a hiring freeze is no weather: what it cost is of no month it began in
    rows = _rows_under("March 3, 2025", "The hiring freeze, which began in January, cost the agency about $4 million "
                                        "in overtime.")
    assert _dates_of_figures(rows) == {"$4 million": ""}
    # a company's founding told so stays the subject's, no date of the sum
    rows = _rows_under("March 3, 2025",
                       "The insurer, which was founded in 1987, said it had paid out about $40 million.")
    assert [row["date_text"] for row in rows if row["money_text"]] == [""]


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in ("event_subject", "event_caused")],
                         ids=lambda rule: f"{rule['opens']}:{rule['_line']}")
def test_every_storm_clause_example_dates_the_losses_it_caused_by_when_it_struck(rule):
    # (each example names a storm, tells in a clause between commas when it struck, then what it caused; written years
    # later, the sum is of that time, not of the day of writing)
    struck = re.search(r", which \w+ \w+ (?:in|on) (.*?\d{4}),", rule["example"]).group(1)
    rows = _rows_under("March 3, 2025", rule["example"])
    assert [(row["money_text"] != "", row["date_text"]) for row in rows] == [(True, struck)], rows


def test_a_date_s_shapes_read_once_for_its_text_are_those_it_fits_where_it_stands():
    from pipeline import comparisons
    rules = comparisons._comparison_rules()
    form = "Quarterly sales at the chain rose 4% from the same quarter a year earlier, and 9% this year."
    for text in ("the same quarter a year earlier", "this year"):
        start = form.index(text)
        fitted = comparisons._shapes_fitted(form, start, start + len(text))
        assert fitted.shaped == tuple(row for row in rules.shaped if row[1].fullmatch(form, start, start + len(text)))
        assert fitted.stretch_shaped == tuple(word for word, shape in rules.stretch_shaped
                                              if shape.fullmatch(form, start, start + len(text)))
        assert fitted.shaped or fitted.stretch_shaped, text


def test_a_shape_that_looks_before_the_date_or_at_a_word_s_edge_is_not_read_by_its_text_alone():
    from pipeline import comparisons
    assert comparisons._shapes_read_their_own_text()
    for pattern in (r"(?<!the\s)year", r"\byear", r"^last\s+year", r"(?<=a\s)year"):
        assert not comparisons._reads_its_own_text(pattern), pattern
    assert comparisons._reads_its_own_text(r"(?i:(?:a|one)\s+(?:year|quarter)\s+(?:earlier|ago))")


def _single_words(breaks_tie):
    from pipeline import comparisons
    # (a word a comparison cue, a tie or a row of the other say also holds is told by that one)
    other = {w.strip() for rule in SIDE_CLAUSES if rule["breaks_tie"] != breaks_tie or rule["opens"] == "ties"
             for w in rule["words"].split("|")}
    other |= {w for role in ("cue", "closes") for w in comparisons._base_words(role)}
    return [pytest.param(word, id=f"{rule['opens']}:{word}")
            for rule in SIDE_CLAUSES if rule["breaks_tie"] == breaks_tie
            for word in dict.fromkeys(w.strip() for w in rule["words"].split("|"))
            if " " not in word and word not in other]


@pytest.mark.parametrize("breaks_tie,word", [pytest.param(breaks_tie, *word.values, id=f"{breaks_tie}:{word.id}")
                                             for breaks_tie in ("no", "yes") for word in _single_words(breaks_tie)])
def test_every_word_of_a_side_clause_kind_ties_a_figure_to_the_date_after_it_unless_its_kind_breaks_the_tie(
        breaks_tie, word):
    # (breaks_tie=no: "26% <word> in the three months to September" still ties the figure to the months; yes parts it)
    from pipeline import comparisons
    tied = comparisons._tie(comparisons._TIE_WORDS).match(f" {word} in the three months") is not None
    assert tied == (breaks_tie == "no")


# what stands between a figure and its date in "Revenue rose 26% <...> the three months to September": a word that opens
# a clause of its own parts them (each word here only in breaks_tie=yes rows, no comparison's cue, so that a word taken
# out of its row fails here, where the test above, reading the rows, would only lose its case); a few words of the
# figure's own phrase do not
@pytest.mark.parametrize("between,tied", [(" whereas exports in ", False), (" though margins in ", False),
                                          (" because shipments in ", False), (" where rents in ", False),
                                          (" whose sales in ", False), (" having slumped in ", False),
                                          (" citing demand in ", False), (" trimming losses in ", False),
                                          (" including fees in ", False), (" of group revenue in ", True),
                                          (" in ", True)])
def test_a_word_opening_a_clause_of_its_own_after_a_figure_parts_it_from_the_period_after_the_clause(between, tied):
    from pipeline import comparisons
    assert (comparisons._tie(comparisons._TIE_WORDS).fullmatch(between) is not None) == tied


@pytest.mark.parametrize("rule", [rule for rule in COMPARISON_RULES if rule["role"] == "happenings"],
                         ids=lambda rule: f"{rule['_line']}:{rule['words']}")
def test_every_happenings_example_keeps_the_year_compared_with_as_a_row_of_its_own(rule):
    # (under a dateline after the year: the example test reads it in 1989, before it, where it compares nothing)
    year = re.findall(r"\b(?:19|20)\d\d\b", rule["example"])[-1]
    assert year in _date_texts(_rows_under("May 12, 2025", rule["example"]))


# The examples of opens=value_aside and of the "said its" row of opens=after each hold the other's words, either of
# which parts the aside's figure from the date told after it: each is read here with the other's words taken out
# ("said its" to "said"; "valued at" to an aside of no value), so the row's own words alone keep the date off.
@pytest.mark.parametrize("rule, others, none", [(rule, " said its ", " said ") for rule in SIDE_CLAUSES
                                                 if rule["opens"] == "value_aside"]
                         + [(rule, "valued at about", "with a fleet of about") for rule in SIDE_CLAUSES
                            if rule["opens"] == "after" and "valued at about" in rule["example"]],
                         ids=lambda value: value["words"] if isinstance(value, dict) else None)
def test_the_value_aside_and_said_its_examples_keep_the_date_off_the_aside_s_figure_by_their_own_words(rule, others,
                                                                                                       none):
    text = rule["example"].replace(others, none)
    assert text != rule["example"]
    rows = _wsj(text)
    first = min((row for row in rows if row["money_text"]), key=lambda row: row["money_start"])
    assert first["date_text"] == ""
    assert any(row["date_text"] for row in rows), "the date is still in the table, with what was said"


def test_a_date_after_since_in_an_apposition_to_the_subject_dates_no_figure_of_the_main_clause():
    rows = _rows_under("June 3, 2025", "The closure, the longest since the mill opened in 1987, will cost about "
                                       "$45 million, the company said.")
    assert _dates_of_figures(rows) == {"$45 million": ""}
    assert "1987" in {row["date_text"] for row in rows}     # (the opening is a happening of its own)


def test_the_day_after_a_level_and_its_base_figure_is_the_day_the_level_applies_from():
    # a comparison has one base: the figure told "from" before the day holds it, so the day's own "from" starts the
    # level
    rows = _wsj("The duty on refined sugar exports rose to 8% from 6.5% from Jan. 15, the ministry said.")
    assert "Jan. 15" in _date_texts(rows)


def test_a_last_season_after_on_is_the_base_of_a_move_and_makes_no_row():
    rows = _rows_under("February 9, 2026", "Lift-ticket sales at the resort stood at $96 million on Sunday, up 7% on "
                                           "the same point last season.")
    assert "last season" not in {row["date_text"] for row in rows}
    assert ("Sunday", "2026-02-08") in {(row["date_text"], row["when"]) for row in rows}


# each kind's sentence before the one its words close, the figure, and the time that sentence told
_TOLD_AT_THAT_TIME = {
    "said_at_that_time": ("The cannery was last closed for repairs in August 2022, for three weeks. The shutdown cost "
                          "the group about $18 million in lost sales, it {words}.", "$18 million", "2022-08"),
    "then_closing": ("The central bank holds its last rate meeting of the year on Dec. 11. Most economists surveyed "
                     "expect a cut of 50 basis points {words}.", "50 basis points", "2025-12-11"),
}


# (each word of the row, told in a sentence of its own: the row's example shows only its first)
@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] in _TOLD_AT_THAT_TIME],
                         ids=lambda rule: rule["_line"])
def test_every_word_closing_a_sentence_at_that_time_dates_the_figure_before_it_by_the_time_the_sentence_before_told(
        rule):
    template, figure, when = _TOLD_AT_THAT_TIME[rule["opens"]]
    for words in rule["words"].split("|"):
        row = next(row for row in _rows_under("November 24, 2025", template.format(words=words))
                   if row["money_text"] == figure)
        assert (row["when"], row["date_text"]) == (when, ""), (words, row["when"], row["date_text"])


def test_a_move_since_then_is_of_the_day_told():
    # "since then" tells a stretch running to now, no time the sentence before told
    row = next(row for row in _rows_under("November 24, 2025", "The stock peaked in March 2021. It has lost 40% "
                                          "since then.") if row["money_text"] == "40%")
    assert row["when"] == "2025-11-24"


@pytest.mark.parametrize("rule", [rule for rule in SIDE_CLAUSES if rule["opens"] == "then_stretch"],
                         ids=lambda rule: rule["_line"])
def test_a_then_closing_a_sentence_after_a_word_of_a_stretch_or_a_case_takes_no_time_from_the_sentence_before(rule):
    for word in rule["words"].split("|"):
        text = ("The utility's green bonds fall due in March 2028. It aims to raise another 400 million euros "
                f"{word} then.")
        row = next(row for row in _rows_under("November 24, 2025", text) if row["money_text"] == "400 million euros")
        assert row["when"] != "2028-03", (word, row["when"])


def test_the_next_name_of_a_list_moved_on_the_day_the_relative_clause_before_it_told():
    rows = _wsj("Gold miners fell, with Kestrel Gold, whose shares dropped 3.4% in Toronto on Tuesday, and Arrow "
                "Copper, which shed 2.2%, leading the losses.")
    dates = {row["money_text"]: row["date_text"] for row in rows if row["money_text"]}
    assert dates == {"3.4%": "Tuesday", "2.2%": "Tuesday"}
    # a clause of another kind's figure keeps the day to its own name: the revenue is no move of that session
    rows = _wsj("Kestrel Gold, whose shares dropped 3.4% on Tuesday, and Arrow Copper, which posted revenue of $5 "
                "billion, led the sector.")
    assert {row["money_text"]: row["date_text"] for row in rows if row["money_text"]}["$5 billion"] == ""


def test_a_figure_in_the_when_clause_after_a_date_is_of_that_date_though_the_date_stands_in_a_clause_of_its_own():
    rows = _wsj("European shares opened higher after the sell-off on Tuesday, when the DAX fell 2.4% on worries about "
                "a December rate rise.")
    assert {row["money_text"]: row["date_text"] for row in rows if row["money_text"]} == {"2.4%": "Tuesday"}
    # a relative clause of the sum's own noun after it tells of another time, not of the sum's
    rows = _wsj("The mill last shut in 1987, when it took a $3 million state loan, which it repaid in full in May "
                "1988.")
    assert {row["money_text"]: row["date_text"] for row in rows if row["money_text"]} == {"$3 million": "1987"}
    # a revenue forecast in the clause after the day of a report is the reported quarter's
    rows = _wsj("The retailer reports results for the June quarter on Aug. 29, when investors will look for revenue "
                "growth of about 20%.")
    assert {row["money_text"]: row["date_text"] for row in rows if row["money_text"]} == {"20%": "the June quarter"}


# the size of a change a verb made (active, or a passive participle of a move) applies from the day after it, a row; the
# size of a move told right after its verb (an adverb between or not) is the move's, from the day where it started
@pytest.mark.parametrize("sentence, day, kept", [
    ("The ride-hailing app lifted its service fee for drivers by 2 percentage points from Feb. 2, drivers' groups "
     "said.", "Feb. 2", True),
    ("The port fee was increased by 0.4 ringgit per tonne from Jan. 15, the ministry said.", "Jan. 15", True),
    ("The minimum wage has been boosted by 5% from Jan. 15, the ministry said.", "Jan. 15", True),
    ("Average house prices were up by 5% from Jan. 15, the lender said.", "Jan. 15", False),
    ("The benchmark index has risen by 12% from Jan. 15.", "Jan. 15", False),
    ("The benchmark index has climbed by 9% from Jan. 6, its low for the year.", "Jan. 6", False),
    ("The benchmark index has climbed steadily by 9% from Jan. 6, dealers said.", "Jan. 6", False),
])
def test_a_day_after_the_size_of_a_change_a_verb_made_is_a_row_but_after_a_move_s_is_none(sentence, day, kept):
    assert (day in _date_texts(_rows_under("Feb. 9, 2026", sentence))) == kept


def test_a_total_whose_including_aside_closes_before_its_place_and_day_takes_that_day():
    # figure_side_clauses.tsv: "including" opens no clause of its own that a comma and the sale's "at" close
    dates = _dated("2025-05-12", "A pre-war Bugatti sold for $9.4 million, including fees, at the Paris sale on "
                                 "Saturday evening, the highest price of the spring season.")
    assert dates["$9.4 million"] == "2025-05-10"
    # not when the aside tells a place or time of its own and its comma goes on with the list, nor before "on top of"
    dates = _dated("2025-05-12", "The studio has spent $310 million on the series, including reshoots in Lisbon, in "
                                 "Porto in 2023 and in Faro in 2024.")
    assert dates["$310 million"] == "2025-05-12"
    dates = _dated("2025-05-12", "The fund has raised $2 billion, including $500 million from Oslo, on top of $1 "
                                 "billion raised in 2019.")
    assert dates["$2 billion"] == "2025-05-12"


def test_a_move_told_as_a_noun_with_its_own_stretch_is_of_now_not_of_a_day_still_to_come():
    # the move's noun after its percentage stands inside the move's own stretch: "its 12% slide since March"
    dates = _dated("2025-06-16", "The insurer publishes its half-year figures on Thursday, and we explain below why "
                                 "we still like the stock despite its 12% slide since early May.")
    assert dates["12%"] == "2025-06-16"


def test_a_value_told_at_that_price_takes_the_day_the_sentence_before_closed_on():
    dates = _dated("2025-03-10", "The shares closed at 412 pence on Friday. At that price the retailer is valued "
                                 "at about £3.1 billion.")
    assert dates["£3.1 billion"] == "2025-03-07"


def test_a_percentage_bounded_by_up_to_before_since_moves_nothing_and_the_stretch_s_start_keeps_its_row():
    rows = _rows_under("Oct. 2, 2025", "Department stores have offered discounts of up to 30% since late August.")
    assert "since late August" in _date_texts(rows)


def test_a_dropped_price_more_than_which_nothing_is_told_before_leaves_the_date_after_it_a_row():
    # the ticket's price makes no row, and "more than" before it sets it against nothing: the weekend is when it stood
    rows = _rows_under("December 8, 2025", "On the club's resale site, tickets for the derby were listed at more than "
                                           "£2,000 over the weekend.")
    assert _whens(rows) == {"the weekend": "2025-W49-WE"}
    assert not any(row["money_text"] for row in rows)


@pytest.mark.parametrize("sentence, expected", [
    # comparison_bases.tsv role=cue "ahead"/"behind" needs_move=sum_only: before a sum they compare it with the base's
    # date, with no comma or past a word of degree, and the figure before them is of the day told
    ("Corrie Homes made a pre-tax profit of £96m ahead of the £88m it made a year earlier.",
     {"£96m": "", "£88m": "a year earlier"}),
    ("Corrie Homes made a pre-tax profit of £96m, well behind the £120m it made in 2023.",
     {"£96m": "", "£120m": "2023"}),
    # right before a happening's day they compare nothing: the move is of the day told, the day stays a row
    ("Corrie Homes fell 2.1% ahead of its results on Thursday.", {"2.1%": ""}),
])
def test_a_sum_ahead_of_or_behind_another_s_date_is_not_of_that_date(sentence, expected):
    rows = _rows_under("March 5, 2026", sentence)
    assert _dates_of_figures(rows) == expected
    if "Thursday" in sentence:
        assert "Thursday" in {row["date_text"] for row in rows if not row["money_text"]}


@pytest.mark.parametrize("sentence, figure, date", [
    ("Within a year of the 2016 merger, regulators blocked the $12 billion sale of the group's payments arm, three "
     "days before it was due to close in May 2017.", "$12 billion", "May 2017"),
    ("Two years after its 2014 float, the insurer sold its bank stake for $3 billion, days before the rules changed "
     "in March 2016.", "$3 billion", "March 2016"),
    # a day is no wider date: the few days set the figure apart from it
    ("On Monday, the lender raised $2 billion, two days before the holiday in December.", "$2 billion", "Monday"),
])
def test_a_happening_a_few_days_from_a_month_after_it_is_of_that_month_over_a_wider_date_before(sentence, figure,
                                                                                              date):
    rows = _rows_under("March 3, 2026", sentence)
    assert _dates_of_figures(rows)[figure] == date


def test_a_date_a_stretch_runs_on_from_after_from_is_a_row_not_a_base():
    # comparison_bases.tsv role=onward: the stretch opens on the date, nothing is measured from it
    rows = _rows_under("December 19, 2025", "Feed prices eased in the autumn, but the fall only helped the dairy "
                                            "farms from October onwards.")
    assert _whens(rows).get("October") == "2025-10/.."
    rows = _rows_under("December 19, 2025", "Feed prices fell 12% from October, the board said.")
    assert "October" not in _date_texts(rows)


@pytest.mark.parametrize("sentence, figure, date", [
    # a date of telling before a pronoun that opens what was told ("that" left out) dates every predicate of it
    ("Kestrel Foods said in March it had signed a deal with the Vance family and would pay a premium of 15% for "
     "their shares.", "15%", "March"),
    ("The utility said on Thursday it had agreed terms with the council and would spend £80 million on new pipes.",
     "£80 million", "Thursday"),
    # ... while a first predicate's own date, no telling before it, still dates no figure of a second that looks ahead
    ("The refiner paid the full fine in 2019 and would receive a refund of 325 million euros.", "325 million euros",
     ""),
])
def test_a_date_a_verb_of_telling_leads_to_before_its_pronoun_dates_both_predicates_of_what_was_told(sentence, figure,
                                                                                                   date):
    rows = _rows_under("November 14, 2025", sentence)
    assert _dates_of_figures(rows)[figure] == date

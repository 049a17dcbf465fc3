"""The reader-sets benchmark: expected rows placed in real articles and counted against table rows."""
import sys
from pathlib import Path

import pytest

from pipeline import schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import reader_sets  # noqa: E402
from reader_sets import Expected, place, read_expected, score_dates, score_figures  # noqa: E402

RATE_DECISION = (reader_sets.SETS / "setP" / "rate_decision.txt").read_text(encoding="utf-8")


def expected(text, when="*", future="*", file="rate_decision.txt", nth=None):
    return Expected(file, text, nth, {"when": when, "future": future, "note": ""})


def date_row(text, needle, when, future=False, mention="m1"):
    start = text.index(needle)
    return {"doc": "rate_decision.txt", "mention_id": mention, "date_text": needle, "date_start": str(start),
            "date_end": str(start + len(needle)), "when": when, "future": str(future), "excerpt": ""}


@pytest.mark.parametrize("folder", sorted(p for p in reader_sets.SETS.iterdir() if p.is_dir()),
                         ids=lambda p: p.name)
def test_every_expected_text_of_every_set_stands_in_its_article(folder):
    for name, column in (("dates.tsv", "date_text"), ("figures.tsv", "money_text")):
        lines = read_expected(folder / name, column)
        assert lines
        for file in {e.file for e in lines}:
            text = (folder / file).read_text(encoding="utf-8")
            assert place([e for e in lines if e.file == file], text) == []


def test_a_year_inside_a_longer_expected_date_belongs_to_the_longer_one():
    year, month = expected("2021"), expected("December 2021")
    place([year, month], RATE_DECISION)
    assert [RATE_DECISION[a:b] for a, b in month.slots] == ["December 2021"]
    assert all(not (m[0] <= y[0] and y[1] <= m[1]) for y in year.slots for m in month.slots)


def test_a_marked_occurrence_is_only_that_occurrence():
    text = "Rates rose on Friday. Markets fell on Friday."
    second = Expected("a.txt", "Friday", 2, {})
    place([second], text)
    assert second.slots == [(38, 44)]


def test_a_text_not_in_the_article_is_reported_by_file_and_text():
    assert place([expected("Thirteenth of Never")], RATE_DECISION) == [
        "not in the article: rate_decision.txt: 'Thirteenth of Never'"]


def test_dates_count_right_wrong_missed_and_extra_rows():
    lines = [expected("December 2021", when="2021-12", future="False"), expected("since 1995", when="1995/..")]
    place(lines, RATE_DECISION)
    rows = [date_row(RATE_DECISION, "December 2021", "2022-12", mention="a"),
            date_row(RATE_DECISION, "the end of 2026", "2026-12", True, mention="b")]
    score = score_dates(lines, rows)
    assert score.counts == {"dates wrong": 1, "dates missed": 1, "dates extra": 1}


def test_a_weekend_answers_the_span_of_its_own_saturday_and_sunday_only():
    text = "Shoppers crowded the malls over the weekend, the retailer said on Monday."
    line = Expected("a.txt", "over the weekend", None, {"when": "2025-10-18/2025-10-19", "future": "", "note": ""})
    place([line], text)
    row = date_row(text, "the weekend", "2025-W42-WE")
    assert score_dates([line], [dict(row, start="2025-10-18", end="2025-10-19")]).counts == {"dates right": 1}
    assert score_dates([line], [dict(row, when="2025-W43-WE", start="2025-10-25", end="2025-10-26")]).counts == {
        "dates wrong": 1}


def test_the_span_of_a_saturday_and_its_sunday_answers_a_line_written_as_their_weekend():
    text = "The zoo expects crowds on the weekend of May 16-17, when the pandas go on show."
    line = Expected("a.txt", "the weekend of May 16-17", None, {"when": "2026-W20-WE", "future": "", "note": ""})
    place([line], text)
    row = dict(date_row(text, "May 16-17", "2026-05-16/2026-05-17"), start="2026-05-16", end="2026-05-17")
    assert score_dates([line], [row]).counts == {"dates right": 1}
    assert score_dates([line], [dict(row, when="2026-05-15/2026-05-17", start="2026-05-15")]).counts == {
        "dates wrong": 1}


def test_a_row_answers_a_line_written_as_its_own_days_in_another_form_but_not_days_that_only_overlap():
    text = "The chain said sales in the fiscal year to June 30 rose, and it expects a stronger third quarter."
    year = Expected("a.txt", "the fiscal year to June 30", None, {"when": "2024-07/2025-06", "future": "", "note": ""})
    quarter = Expected("a.txt", "third quarter", None, {"when": "2025-Q3", "future": "", "note": ""})
    place([year, quarter], text)
    fiscal = date_row(text, "the fiscal year to June 30", "FY2025", mention="a")
    months = date_row(text, "third quarter", "2025-07/2025-09", mention="b")
    rows = [dict(fiscal, start="2024-07-01", end="2025-06-30"), dict(months, start="2025-07-01", end="2025-09-30")]
    assert score_dates([year, quarter], rows).counts == {"dates right": 2}
    rows = [dict(fiscal, start="2024-07-01", end="2025-06-29"), dict(months, start="2025-07-01", end="")]
    assert score_dates([year, quarter], rows).counts == {"dates wrong": 2}


def test_none_among_values_makes_a_row_optional_and_none_alone_forbids_it():
    optional, forbidden = expected("December 2021", when="NONE|2021-12"), expected("1995", when="NONE")
    place([optional, forbidden], RATE_DECISION)
    assert score_dates([optional, forbidden], []).counts == {}
    rows = [date_row(RATE_DECISION, "1995", "1995")]
    assert score_dates([optional, forbidden], rows).counts == {"dates extra": 1}


def expected_figure(text, **columns):
    fields = {"amount": "", "currency": "", "percent": "", "direction": "", "market_kind": "", "when": ""}
    return Expected("a.txt", text, None, dict(fields, **columns))


def figure_row(text, needle, mention="m", **columns):
    start = text.index(needle)
    row = {"doc": "a.txt", "mention_id": mention, "char_start": "0", "money_text": needle,
           "money_start": str(start), "money_end": str(start + len(needle)), "amount": "", "currency": "",
           "percent": "", "direction": "", "market_kind": "", "when": "", "excerpt": text}
    return dict(row, **columns)


def test_a_figure_percent_is_found_on_another_row_of_its_sentence_and_without_its_sign():
    text = "Shares fell $2, or 3%, on Monday."
    line = expected_figure("$2", amount="2", currency="USD", percent="-3", direction="down", market_kind="share_move")
    place([line], text)
    money = figure_row(text, "$2", amount="2.0", currency="USD", direction="down", market_kind="share_move")
    percent = figure_row(text, "3%", mention="p", percent="3.0", direction="down", market_kind="share_move")
    assert score_figures([line], [money, percent]).counts == {"figures found": 1}
    assert score_figures([line], [money]).counts == {"figures wrong": 1}


def test_a_figure_row_answers_a_when_written_as_its_own_days_in_another_form_but_not_days_that_only_overlap():
    text = "Its accounts for the 12 months to the end of June 2025 showed revenue of £38.2m."
    line = expected_figure("£38.2m", market_kind="revenue", when="2024-07/2025-06")
    place([line], text)
    row = figure_row(text, "£38.2m", amount="38200000.0", currency="GBP", market_kind="revenue", when="FY2025",
                     start="2024-07-01", end="2025-06-30")
    assert score_figures([line], [row]).counts == {"figures found": 1}
    assert score_figures([line], [dict(row, end="2025-06-29")]).counts == {"figures wrong": 1}
    assert score_figures([line], [dict(row, start="", end="")]).counts == {"figures wrong": 1}


def test_an_empty_field_is_not_checked_and_a_star_takes_any_value():
    line = expected("December 2021", when="2021-12", future="")
    place([line], RATE_DECISION)
    assert score_dates([line], [date_row(RATE_DECISION, "December 2021", "2021-12", True)]).counts == {
        "dates right": 1}
    text = "Shares fell $2 on Monday."
    figure = expected_figure("$2", amount="2", currency="USD|GBP", percent="*", market_kind="*", when="*")
    place([figure], text)
    row = figure_row(text, "$2", amount="2.0", currency="USD", direction="down", market_kind="share_move",
                     when="2025-03-03")
    assert score_figures([figure], [row]).counts == {"figures found": 1}
    assert score_figures([figure], [dict(row, currency="EUR")]).counts == {"figures wrong": 1}


def test_a_figure_expected_to_make_no_row_counts_only_when_a_row_is_made():
    text = "Retail sales rose 0.5% in May."
    line = expected_figure("0.5%", when="NONE")
    place([line], text)
    assert score_figures([line], []).counts == {}
    row = figure_row(text, "0.5%", percent="0.5", direction="up", market_kind="other", when="2025-05")
    assert score_figures([line], [row]).counts == {"figures extra": 1}


def test_a_plain_line_leaves_the_occurrence_a_numbered_line_names_to_it():
    text = "Rates rose on Friday. Markets fell on Friday."
    plain, second = Expected("a.txt", "Friday", None, {}), Expected("a.txt", "Friday", 2, {})
    place([plain, second], text)
    assert (plain.slots, second.slots) == ([(14, 20)], [(38, 44)])


@pytest.mark.parametrize("when", ["2020", "2021-Q3", "2025-W47-WE", "1990/1999", "2018-10/2021-12", "1950/..",
                                  "FY2025"])
def test_the_when_forms_of_the_table_contract_are_read_as_such(when):
    assert schema.WHEN_FORM.fullmatch(when)


@pytest.mark.parametrize("when", ["1950/1959/..", "2025-W47/", "FY25", "2025-13-01x"])
def test_a_when_outside_the_table_contract_is_refused(when):
    assert not schema.WHEN_FORM.fullmatch(when)


def test_every_when_the_engine_writes_on_the_reader_sets_has_a_form_of_the_table_contract():
    from pipeline.extract import extract_paths

    table = extract_paths(sorted(p for p in reader_sets.SETS.iterdir() if p.is_dir())).table
    whens = {w for w in table["when"].dropna().astype(str) if w}
    assert whens and sorted(w for w in whens if not schema.WHEN_FORM.fullmatch(w)) == []

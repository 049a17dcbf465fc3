"""tag_dates: table-level mentions composed from the expressions of real text — spans, open spans,
deadlines, a date spread over a sentence, anaphora — on the seeds and news sentences."""
import datetime as dt

import pytest

from conftest import SEED_CNBC, SEED_FT
from pipeline.dates import DateMention, tag_dates
from pipeline.sentences import matching_form, split_sentences

CNBC = dt.date(2025, 11, 24)
FT = dt.date(2025, 3, 17)


def calendar(text, anchor, **kw):
    return [(m.text, m.when) for m in tag_dates(text, anchor, **kw) if m.on_calendar]


def test_a_span_from_one_month_to_another_is_one_mention_with_two_timeml_parts():
    text = "I lived in the world's second-largest economy for three years, from October 2018 to December 2021."
    [span] = [m for m in tag_dates(text, CNBC) if m.on_calendar]
    assert (span.text, span.when, span.precision) == ("from October 2018 to December 2021", "2018-10/2021-12", "span")
    assert (span.first_day, span.last_day) == (dt.date(2018, 10, 1), dt.date(2021, 12, 31))
    assert [(t.text, t.value) for t in span.timexes] == [("October 2018", "2018-10"), ("December 2021", "2021-12")]


def test_a_date_spread_over_its_sentence_is_one_mention():
    text = "On a cold November evening in Shanghai in 2020, the world's largest IPO was abruptly canceled."
    [mention] = tag_dates(text, CNBC)
    assert mention.when == "2020-11" and mention.text.startswith("November") and mention.text.endswith("2020")
    assert [(t.text, t.value) for t in mention.timexes] == [("November", "2020-11"), ("2020", "2020")]


def test_since_opens_a_span_towards_the_future():
    [mention] = tag_dates("Since 2020 more than $400 billion has been wiped off Alibaba's value.", CNBC)
    assert (mention.when, mention.first_day, mention.last_day, mention.precision) == (
        "2020/..", dt.date(2020, 1, 1), None, "span")


def test_by_a_year_is_a_deadline_and_a_forecast():
    [mention] = tag_dates("China is moving closer towards that vision of dominating AI race by 2030.", CNBC)
    assert (mention.text, mention.when, mention.mod, mention.future) == ("by 2030", "2030", "ON_OR_BEFORE", True)


def test_between_two_years_is_a_span():
    assert calendar("Sales doubled between 2019 and 2021.", CNBC) == [("between 2019 and 2021", "2019/2021")]


def test_a_day_range_is_a_span_of_days():
    assert calendar("Talks were held Nov. 1-3, 2020 in Beijing.", CNBC) == [("Nov. 1-3, 2020", "2020-11-01/2020-11-03")]


def test_relative_expressions_resolve_against_the_publication_date():
    text = ("Alibaba shares rose 3% yesterday. On Friday, regulators met. Revenue rose last year and "
            "will grow next year. The company was founded two years ago.")
    assert calendar(text, CNBC) == [("yesterday", "2025-11-23"), ("Friday", "2025-11-21"), ("last year", "2024"),
                                    ("next year", "2026"), ("two years ago", "2023")]


def test_a_year_earlier_moves_with_the_quarter_the_text_is_about():
    text = ("Net income rose 21% in the third quarter to $3 million. A year earlier UniFirst earned "
            "$2.4 million.")
    assert calendar(text, dt.date(1989, 11, 1)) == [("the third quarter", "1989-Q3"), ("A year earlier", "1988-Q3")]


def test_in_february_follows_the_tense_of_its_clause():
    assert calendar("In February, Ma was among a handful of entrepreneurs.", CNBC) == [("February", "2025-02")]
    assert calendar("The company will launch the app in February.", CNBC) == [("February", "2026-02")]


def test_a_weekday_with_its_date_in_brackets_is_one_mention_in_the_year_they_agree():
    [mention] = tag_dates("Americans vote on Tuesday (Nov. 3) in the presidential election.", dt.date(2020, 11, 1))
    assert (mention.text, mention.when, mention.future) == ("Tuesday (Nov. 3)", "2020-11-03", True)


def test_quarters_named_by_their_months_or_their_end_day_are_calendar_quarters():
    friday = dt.date(2024, 11, 15)
    assert calendar("Alibaba's revenue for the September quarter rose 5%.", friday) == [
        ("the September quarter", "2024-Q3")]
    assert calendar("Results for the July-September quarter beat estimates.", friday) == [
        ("the July-September quarter", "2024-Q3")]
    assert calendar("For the quarter ended June 30, net income rose 63% from a year earlier.", friday) == [
        ("the quarter", "2024-Q2"), ("June 30", "2024-06-30"), ("a year earlier", "2023-Q2")]


def test_fiscal_quarters_follow_the_fiscal_year_of_the_company_named():
    friday = dt.date(2024, 11, 15)
    assert calendar("Alibaba's cloud revenue rose 7% in Q2 FY25.", friday) == [("Q2 FY25", "2024-Q3")]
    assert calendar("In the first quarter of fiscal 2025, sales grew.", friday) == [
        ("the first quarter of fiscal 2025", "2025-Q1")]
    [fy] = [m for m in tag_dates("Alibaba's revenue for fiscal 2025 rose 6%.", friday)]
    assert (fy.when, fy.precision, fy.first_day, fy.last_day) == (
        "FY2025", "fiscal_year", dt.date(2024, 4, 1), dt.date(2025, 3, 31))


def test_relative_dates_in_an_undated_article_stay_unresolved_and_explicit_ones_resolve():
    mentions = tag_dates("Shares rose yesterday, after a 2021 fine.", None)
    assert [(m.text, m.when, m.status, m.on_calendar) for m in mentions] == [
        ("yesterday", "", "unresolved", True), ("2021", "2021", "", True)]


def test_vague_and_present_references_are_kept_off_the_calendar():
    text = "The results were a sharp improvement, particularly in more recent quarters. Ma is now back."
    mentions = tag_dates(text, CNBC)
    assert [(m.text, m.timex_value, m.status, m.on_calendar) for m in mentions] == [
        ("more recent quarters", "PAST_REF", "vague", False), ("now", "PRESENT_REF", "", False)]


def test_an_all_digit_date_is_ambiguous_without_a_locale():
    [unknown] = tag_dates("The order was placed on 11/03/2020.", CNBC)
    [us] = tag_dates("The order was placed on 11/03/2020.", CNBC, locale="en-US")
    assert (unknown.status, us.when) == ("ambiguous", "2020-11-03")


def test_the_seed_articles_give_their_expected_dates():
    cnbc = SEED_CNBC.read_text(encoding="utf-8")
    ft = SEED_FT.read_text(encoding="utf-8")
    cnbc_whens = [m.when for m in tag_dates(cnbc, CNBC, sentences=split_sentences(cnbc)) if m.on_calendar]
    ft_whens = [m.when for m in tag_dates(ft, FT, form=matching_form(ft)) if m.on_calendar]
    for expected in ("2020-11", "2018-10/2021-12", "1999", "2021", "2023", "2025-02", "2030"):
        assert expected in cnbc_whens
    for expected in ("2025", "2020", "2030"):
        assert expected in ft_whens
    assert "2025-05" not in ft_whens    # "may have further fueled" is no May


def test_mentions_are_sorted_and_their_text_is_the_text_as_read():
    text = SEED_CNBC.read_text(encoding="utf-8")
    mentions = tag_dates(text, CNBC)
    assert all(isinstance(m, DateMention) for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_bad_input_gets_a_clear_message():
    with pytest.raises(TypeError, match="needs a str"):
        tag_dates(None, CNBC)
    with pytest.raises(TypeError, match="anchor must be a datetime.date"):
        tag_dates("In 2020.", "2020-01-01")
    assert tag_dates("", CNBC) == []


from hypothesis import given, settings, strategies as st  # noqa: E402

WORDS = ["May", "March", "Nov.", "3", "2020", "the", "last", "year", "quarter", "third", "ago", "a", "Friday",
         "fiscal", "FY25", "Q3", "-", "to", "from", "since", "by", "early", "'80s", "1990s", "12/31/2020",
         "10:35", "p.m.", "week", "of", "between", "and", "Christmas", "year-earlier", "ended", "June 30",
         "$2000", "we", "İ", "\u00a0", "\u2019s", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14),
       st.sampled_from([None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29), CNBC]))
def test_any_mix_of_date_words_gives_consistent_mentions_and_never_crashes(words, anchor):
    text = " ".join(words)
    for m in tag_dates(text, anchor):
        assert text[m.start:m.end] == m.text
        assert all(text[t.start:t.end] == t.text for t in m.timexes)
        assert m.first_day is None or m.last_day is None or m.first_day <= m.last_day

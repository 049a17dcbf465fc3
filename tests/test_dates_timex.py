"""The TimeML output of the date engine: TIMEX3 spans and values on TempEval sentences, and the JSONL
driver the shared scorer reads."""
import datetime as dt
import json

import pytest

from pipeline.dates.timex import parse_dct, predict_file, timexes
from pipeline.rules import load_table

WSJ = dt.date(1989, 10, 26)       # wsj_0127 and its neighbours in TimeBank
APW = dt.date(1998, 8, 7)         # APW19980807.0261 in AQUAINT


def found(text, dct):
    return [(t["text"], t["type"], t["value"]) for t in timexes(text, dct)]


TEMPEVAL = [
    ("Net income fell 16% to $123.1 million in the third quarter, from $146.7 million a year earlier.", WSJ,
     [("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")]),
    ("The company said yesterday that sales rose in the first nine months.", WSJ,
     [("yesterday", "DATE", "1989-10-25"), ("the first nine months", "DURATION", "P9M")]),
    ("Shares fell early next year, down from last year's level.", WSJ,
     [("early next year", "DATE", "1990"), ("last year", "DATE", "1988")]),
    ("The embassy bombings came on Friday, Aug. 7, 1998, at about 10:35 a.m.", APW,
     [("Friday, Aug. 7, 1998", "DATE", "1998-08-07"), ("about 10:35 a.m.", "TIME", "1998-08-07T10:35")]),
    ("The talks lasted two weeks and resumed Monday.", APW,
     [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "1998-08-03")]),
    ("Prices will stay high in the near future, currently at a record.", APW,
     [("the near future", "DATE", "FUTURE_REF"), ("currently", "DATE", "PRESENT_REF")]),
    ("The agency publishes its report weekly.", APW, [("weekly", "SET", "P1W")]),
    # setCY, cy_cloud_qa: "by the" a unit is each one, but a possessive after it makes a deadline again
    ("We don't guide by the quarter, and the deal should close by the month's end.", APW,
     [("by the quarter", "SET", "P3M"), ("the month", "DATE", "1998-08")]),
    # "then current" names a time gone by, not the present "current" names
    ("The shares were swapped at the then-current market price, a current board member said.", WSJ,
     [("then-current", "DATE", "PAST_REF"), ("current", "DATE", "PRESENT_REF")]),
    # "future" before periods is the vague future, as "coming" is; before one period it is some period to come,
    # not the next one, and no date
    ("The insurer expects the credits to lower its tax bill in future years, and the rest in a future quarter.", WSJ,
     [("future years", "DATE", "FUTURE_REF")]),
    # a fiscal quarter keeps the company's number, whether its fiscal year is known from its end or from the day
    # the quarter ended (wsj_1011, wsj_0924)
    ("The airline, whose fiscal year ends June 30, said profit rose 20% in the fiscal first quarter.", WSJ,
     [("the fiscal first quarter", "DATE", "1989-Q1")]),
    ("The maker, whose fiscal year ends June 30, said profit rose 20% in the fiscal first quarter ended Sept. 30.",
     WSJ,
     [("the fiscal first quarter", "DATE", "1989-Q1"), ("Sept. 30", "DATE", "1989-09-30")]),
    # so is one fiscal period after "future"
    ("The credit can be used in a future fiscal year, the lender said, or spread over future fiscal years.", WSJ,
     [("future fiscal years", "DATE", "FUTURE_REF")]),
]


@pytest.mark.parametrize("text,dct,expected", TEMPEVAL, ids=[t[0][:40] for t in TEMPEVAL])
def test_timeml_spans_and_values_follow_the_tempeval_conventions(text, dct, expected):
    assert found(text, dct) == expected


def test_a_table_span_is_written_as_its_two_timeml_dates():
    text = "I lived there from October 2018 to December 2021."
    assert found(text, dt.date(2025, 11, 24)) == [("October 2018", "DATE", "2018-10"),
                                                 ("December 2021", "DATE", "2021-12")]


def test_offsets_and_text_agree():
    text = "Mr. Ma spoke on Tuesday\u00a0evening, and again on Nov.\u00a03."
    for t in timexes(text, dt.date(2020, 11, 5)):
        assert text[t["start"]:t["end"]] == t["text"]


def test_dct_strings_are_read_in_both_timeml_forms():
    assert parse_dct("1998-08-07") == parse_dct("19980807") == APW
    assert parse_dct("") is None and parse_dct("not a date") is None and parse_dct("1998-02-30") is None


def test_predict_file_writes_one_prediction_line_per_document(tmp_path):
    source = tmp_path / "texts.jsonl"
    docs = [{"doc": "wsj_x", "dct": "1989-10-26", "text": "Profit rose in the third quarter."},
            {"doc": "apw_y", "dct": None, "text": "Shares fell yesterday after the 1998 crisis."}]
    source.write_text("\n".join(json.dumps(d) for d in docs) + "\n\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert predict_file(str(source), str(out)) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["doc"] for line in lines] == ["wsj_x", "apw_y"]
    assert [(t["text"], t["value"]) for t in lines[0]["timexes"]] == [("the third quarter", "1989-Q3")]
    assert [(t["text"], t["value"]) for t in lines[1]["timexes"]] == [("yesterday", ""), ("1998", "1998")]


def test_a_line_that_is_not_a_document_names_its_file_and_line(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"doc": "a", "text": "In 2020."}\n{"doc": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        predict_file(str(source), str(tmp_path / "out.jsonl"))
    source.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:1: not JSON"):
        predict_file(str(source), str(tmp_path / "out.jsonl"))


def test_a_count_of_days_from_another_time_of_the_story_is_written_as_the_gap_it_counts():
    # TimeML tags the gap and reads "later" as its signal, as "after" is in "three days after the vote"
    text = "The board met on March 4. Two weeks later, the chairman resigned, and a day earlier he had sold shares."
    assert found(text, WSJ) == [("March 4", "DATE", "1989-03-04"), ("Two weeks", "DURATION", "P2W"),
                                ("a day", "DURATION", "P1D")]


def test_a_count_back_that_is_the_base_of_a_comparison_keeps_its_date():
    # ... but after a figure it names the time the figure was measured: "from 231,000 a week earlier"
    text = "Jobless claims fell to 212,000 from 231,000 a week earlier, and a year earlier they stood at 250,000."
    assert [(t, k) for t, k, _ in found(text, WSJ)] == [("a week earlier", "DATE"), ("a year earlier", "DATE")]


def test_the_table_still_places_the_day_a_count_from_the_story_lands_on():
    from pipeline.dates import tag_dates
    text = "The board met on March 4. Two weeks later, the chairman resigned."
    assert [m.when for m in tag_dates(text, WSJ)] == ["1989-03-04", "1989-03-18"]


def test_the_near_and_the_short_term_are_the_vague_future_and_their_adjectives_no_date():
    text = ("Lenders see few defaults in the near term, though short-term rates may rise, and the plan will cut "
            "costs over the short term.")
    assert found(text, WSJ) == [("the near term", "DATE", "FUTURE_REF"), ("the short term", "DATE", "FUTURE_REF")]


def test_a_weekday_with_a_plural_part_of_the_day_recurs():
    text = "The late bus runs on Saturday nights, and the depot shuts on Thursday and Friday evenings this week."
    types = [(t, k) for t, k, _ in found(text, WSJ)]
    assert ("Saturday", "SET") in types and ("Thursday", "DATE") in types and ("Friday", "DATE") in types, types


@pytest.mark.parametrize("word", [r["word"] for r in load_table("dates/suffixes.tsv") if r["signal"] == "yes"])
def test_the_signal_of_a_gap_from_another_time_of_the_story_is_left_out_of_the_gap(word):
    text = f"The plant opened on May 4. Three days {word}, it had closed."
    assert found(text, APW)[-1][:2] == ("Three days", "DURATION")


def test_a_bare_plural_unit_after_or_or_and_is_one_vague_stretch_with_the_unit_before_it():
    text = ("Insurers said claims could take weeks or months to settle, and in recent days and weeks adjusters "
            "have been flown in; two weeks or months would not do.")
    assert found(text, WSJ) == [("weeks or months", "DURATION", "PXW"),
                                ("recent days and weeks", "DATE", "PAST_REF"),
                                ("two weeks", "DURATION", "P2W"), ("months", "DURATION", "PXM")]


def test_the_early_or_small_hours_are_a_part_of_a_night_no_count_of_hours():
    text = ("Police raided the flat in the early hours of Saturday, and the suspect had left in the small hours, "
            "two hours before the raid.")
    assert found(text, APW) == [("Saturday", "DATE", "1998-08-01"), ("two hours", "DURATION", "PT2H")]


def test_a_year_a_company_changes_to_or_from_and_months_of_pay_name_no_time():
    text = ("The chain moved from a financial year ending in June to a calendar year in 1988, and laid-off staff "
            "got three months of pay and a year's salary.")
    assert [(t, k) for t, k, _ in found(text, WSJ)] == [("June", "DATE"), ("1988", "DATE")]


def test_high_noon_is_a_showdown_and_noon_alone_a_clock_time():
    text = "For the ruling party, high noon comes on Friday, when the vote closes at noon."
    assert found(text, APW) == [("Friday", "DATE", "1998-08-07"), ("noon", "TIME", "1998-08-07T12:00")]


def test_a_count_of_years_before_rent_or_pay_with_no_of_between_is_a_stretch():
    text = ("For three years rent in the city rose 20%, and within a year pay for nurses will rise; staff got a year's "
            "pay.")
    assert [(t, k) for t, k, _ in found(text, WSJ)] == [("three years", "DURATION"), ("a year", "DURATION")]

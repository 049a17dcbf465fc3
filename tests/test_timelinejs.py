"""The TimelineJS export (ui/timelinejs.py): dates at the text's precision, escaped text, groups."""
import json

import pytest

from ui.data import prepare
from ui.timelinejs import slide_dates, timelinejs_bytes, timelinejs_document
from ui_samples import hostile_table, html_tags, seed_table

TABLE = prepare(seed_table())


@pytest.mark.parametrize("when, start, end, precision, expected", [
    ("2025-11-24", "2025-11-24", "2025-11-24", "day", {"start_date": {"year": "2025", "month": "11", "day": "24"}}),
    ("2020-11", "2020-11-01", "2020-11-30", "month", {"start_date": {"year": "2020", "month": "11"}}),
    ("2023", "2023-01-01", "2023-12-31", "year", {"start_date": {"year": "2023"}}),
    ("2018-10/2021-12", "2018-10-01", "2021-12-31", "span",
     {"start_date": {"year": "2018", "month": "10"}, "end_date": {"year": "2021", "month": "12"}}),
    ("2021-Q3", "2021-07-01", "2021-09-30", "quarter",
     {"start_date": {"year": "2021", "month": "7"}, "end_date": {"year": "2021", "month": "9"}}),
    ("1990/1999", "1990-01-01", "1999-12-31", "decade",
     {"start_date": {"year": "1990", "month": "1"}, "end_date": {"year": "1999", "month": "12"}}),
    ("2020/..", "2020-01-01", "", "span", {"start_date": {"year": "2020"}}),
    ("", "", "", "", {}),
])
def test_dates_are_split_into_year_month_day_only_as_far_as_the_text_goes(when, start, end, precision, expected):
    assert slide_dates(when, start, end, precision) == expected


def test_every_placed_row_becomes_a_slide_with_headline_sentence_source_and_group():
    document = timelinejs_document(TABLE, lane="category", title="Alibaba", subtitle="2018–2030")
    assert len(document["events"]) == len(TABLE)
    slide = [e for e in document["events"] if e["text"]["headline"].startswith("Daniel Zhang")][0]
    assert slide["start_date"] == {"year": "2023"}
    assert slide["group"] == "leadership"
    assert "Daniel Zhang, who had succeeded Ma" in slide["text"]["text"] and "CNBC" in slide["text"]["text"]
    assert document["title"]["text"]["headline"] == "Alibaba"


def test_a_slide_names_every_source_of_its_event():
    ipo = TABLE[TABLE["excerpt"].str.startswith("On a cold")]
    slide = timelinejs_document(ipo, all_mentions=TABLE)["events"][0]
    assert "CNBC" in slide["text"]["text"] and "Alibaba’s Rehabilitation Through AI" in slide["text"]["text"]


def test_the_group_follows_the_lanes():
    slide = timelinejs_document(TABLE[TABLE["excerpt"].str.startswith("Daniel")], lane="actor")["events"][0]
    assert slide["group"] == "Daniel Zhang"
    slide = timelinejs_document(TABLE[TABLE["excerpt"].str.startswith("Since")], lane="kind")["events"][0]
    assert slide["group"] == "market value change"


def test_rows_without_a_date_are_left_out():
    table = seed_table()
    table.loc[table.index[0], ["when", "start", "end", "precision"]] = ""
    assert len(timelinejs_document(prepare(table))["events"]) == len(table) - 1


def test_article_markup_is_escaped_in_what_timelinejs_renders_as_html():
    hostile, _ = hostile_table()
    document = json.loads(timelinejs_bytes(prepare(hostile), lane="actor"))
    for slide in document["events"]:
        for markup in (slide["text"]["headline"], slide["text"]["text"], slide["group"]):
            tags = html_tags(markup)
            assert {tag for tag, _ in tags} <= {"p", "a"}
            assert all(a["href"].startswith("http") for tag, a in tags if tag == "a")
    assert document["events"][0]["group"] == "&lt;svg onload=alert(1)&gt;"



"""The page, driven headless with Streamlit's AppTest: widgets, a simulated click (``PlotlyState`` in
session state, as the browser would send it), the URL, presentation mode, uploads, hostile articles."""
from __future__ import annotations

import base64
import html
import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest
from streamlit.typing import PlotlyState

from ui.data import load_corpus
from ui_samples import HOSTILE_TEXT, SEEDS, html_tags

PAGE = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture(scope="module")
def seed_rows():
    return load_corpus(SEEDS).table


@pytest.fixture
def page(monkeypatch):
    """The page on the seeds (``streamlit run dashboard.py``)."""
    monkeypatch.setattr(sys, "argv", ["dashboard.py"])
    return AppTest.from_file(PAGE, default_timeout=60)


@pytest.fixture
def page_on_copy(monkeypatch, tmp_path):
    """The page on a copy of the seeds, so that saving uploads writes into a folder of the test's own."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--corpus", str(corpus)])
    return AppTest.from_file(PAGE, default_timeout=60), corpus


def click(at: AppTest, mention_id: str | int) -> AppTest:
    """What the browser sends when a mark is clicked (a mark carries its row's position; the page also
    takes a mention id)."""
    at.session_state[at.get("plotly_chart")[0].key] = PlotlyState({"selection": {
        "points": [{"curve_number": 0, "point_number": 0, "point_index": 0, "customdata": mention_id}],
        "point_indices": [0], "box": [], "lasso": []}})
    return at.run()


def said(element) -> str:
    """What a Markdown element shows (the page escapes article text for Markdown)."""
    return re.sub(r"\\(.)", r"\1", element.value)


def count_of(at: AppTest) -> str:
    return next(m.value for m in at.markdown if " shown of " in m.value)


def html_bodies(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


def panel(at: AppTest) -> str:
    return next((body for body in html_bodies(at) if 'class="nt-panel"' in body), "")


def array(value) -> list:
    """A figure array as sent to the browser: a list, or typed bytes in base64."""
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return list(value)


def mentions_on(spec: dict, rows) -> set:
    """The mention ids of the clickable marks of a chart."""
    return {rows["mention_id"].iloc[int(p)] if not isinstance(p, str) else p
            for trace in spec["data"] if trace.get("customdata") is not None for p in array(trace["customdata"])}


def text_of(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def chart_spec(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def dated_row(rows, **where):
    picked = rows[rows["date_text"] != ""]
    for column, value in where.items():
        picked = picked[picked[column] == value]
    return picked.iloc[0]


def test_the_page_opens_on_the_seeds_with_the_timeline_and_the_count(page, seed_rows):
    at = page.run()
    assert not at.exception
    assert at.get("plotly_chart")[0].proto.selection_mode
    assert f"shown of {len(seed_rows)} mentions" in count_of(at)
    ids = mentions_on(chart_spec(at), seed_rows)
    assert ids <= set(seed_rows["mention_id"]) and len(ids) >= seed_rows["event_id"].nunique() - 1
    assert at.dataframe[0].value.shape[0] == len(ids)
    assert at.query_params == {} or all(not v for v in at.query_params.values())


def test_a_click_on_a_mark_shows_its_sentence_highlighted_with_its_source(page, seed_rows):
    row = dated_row(seed_rows)
    at = click(page.run(), row["mention_id"])
    assert not at.exception
    body = panel(at)
    assert f'<mark class="date" title="{row["when"]}">' in body
    assert text_of(body.split("</blockquote>")[0]).endswith(row["excerpt"])
    assert (row["publisher"] or row["title"]) in text_of(body)
    assert at.query_params["event"] == row["mention_id"]


def test_a_click_carrying_a_row_position_as_the_browser_sends_it_opens_that_row(page, seed_rows):
    position = int(np.flatnonzero(seed_rows["date_text"].to_numpy() != "")[-1])
    at = click(page.run(), position)
    assert at.session_state["selected"] == seed_rows["mention_id"].iloc[position]
    assert seed_rows["excerpt"].iloc[position] in text_of(panel(at))


def test_the_selected_mark_is_ringed_and_its_row_selected_in_the_table(page, seed_rows):
    row = dated_row(seed_rows)
    at = click(page.run(), row["mention_id"])
    at.run()
    assert any(trace.get("name") == "selected" for trace in chart_spec(at)["data"])
    table = at.dataframe[0]
    state = at.session_state[at.session_state["rows_key_last"]]
    picked = state["selection"]["rows"]
    assert table.value.iloc[picked[0]]["headline"] == row["headline"]


def test_picking_a_row_in_the_table_selects_its_mention(page, seed_rows):
    at = page.run()
    ids = at.session_state["rows_ids_last"]
    at.session_state[at.session_state["rows_key_last"]] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    at.run()
    assert at.session_state["selected"] == ids[2]
    assert seed_rows.loc[seed_rows["mention_id"] == ids[2], "excerpt"].iloc[0] in text_of(panel(at))


def test_a_filter_changes_the_count_and_the_url(page, seed_rows):
    at = page.run()
    before = count_of(at)
    category = seed_rows["category"].value_counts().index[-1]
    at.multiselect(key="f_cat").set_value([category]).run()
    expected = (seed_rows["category"] == category).sum()
    assert count_of(at) != before and f"({expected} mention" in count_of(at)
    assert at.query_params["cat"] == category


def test_typed_dates_filter_the_rows_and_unreadable_words_say_so(page, seed_rows):
    at = page.run()
    at.text_input(key="f_dates").input("2020 to 2021").run()
    kept = seed_rows[(seed_rows["start"] != "") & (seed_rows["start"] <= "2021-12-31") &
                     (seed_rows["end"].where(seed_rows["end"] != "", "9999") >= "2020-01-01")]
    assert f"({len(kept)} mention" in count_of(at)
    assert at.query_params["dates"] == "2020 to 2021"
    at.text_input(key="f_dates").input("whenever it was").run()
    assert any("Could not read" in said(w) for w in at.sidebar.warning)


def test_a_search_that_finds_nothing_says_so_and_draws_an_empty_chart(page):
    at = page.run()
    at.text_input(key="f_q").input("no article says zyxwvut").run()
    assert not at.exception and count_of(at).startswith("**0 events** (0 mentions)")
    assert at.get("plotly_chart")


def test_a_copied_link_reopens_the_same_view(page, seed_rows):
    row = dated_row(seed_rows)
    actor = seed_rows["actors"].str.split(";").explode().value_counts().index[0]
    page.query_params.update({"cat": row["category"], "actor": actor, "lane": "actor", "q": row["excerpt"][:12],
                              "event": row["mention_id"], "merge": "0", "dates": "since 1990"})
    at = page.run()
    assert not at.exception
    assert at.multiselect(key="f_cat").value == [row["category"]]
    assert at.multiselect(key="f_actor").value == [actor]
    assert at.selectbox(key="lane").value == "actor" and at.toggle(key="merge").value is False
    assert at.text_input(key="f_q").value == row["excerpt"][:12]
    assert row["excerpt"] in text_of(panel(at))
    assert at.query_params["event"] == row["mention_id"] and at.query_params["lane"] == "actor"


def test_a_link_naming_an_event_opens_its_most_precise_mention(page, seed_rows):
    event = seed_rows["event_id"].value_counts().index[0]
    page.query_params["event"] = event
    at = page.run()
    assert at.session_state["selected"] in set(seed_rows.loc[seed_rows["event_id"] == event, "mention_id"])


def test_a_link_with_unknown_values_opens_the_plain_page(page):
    page.query_params.update({"cat": "no such category", "lane": "sideways", "event": "nope", "view": "x"})
    at = page.run()
    assert not at.exception and at.multiselect(key="f_cat").value == []
    assert "Click a mark" in at.info[0].value


def test_presentation_mode_from_the_url_is_wide_without_sidebar_and_with_large_type(page):
    page.query_params["present"] = "1"
    at = page.run()
    assert not at.exception
    assert at.toggle(key="present").value is True
    assert any("html { font-size: 22px; }" in body and "stSidebar" in body for body in html_bodies(at))
    spec = chart_spec(at)
    assert spec["layout"]["xaxis"]["tickfont"]["size"] >= 20
    assert spec["layout"]["title"]["text"] and spec["layout"].get("annotations")
    assert not at.title  # no page title: the chart's title is the title
    assert not at.dataframe  # no table while presenting


def test_the_presentation_toggle_puts_present_in_the_url_and_the_title_is_editable(page):
    at = page.run()
    at.toggle(key="present").set_value(True).run()
    assert at.query_params["present"] == "1"
    at.text_input(key="title").input("Alibaba & <AI>").run()
    assert chart_spec(at)["layout"]["title"]["text"] == "Alibaba &amp; &lt;AI&gt;"
    assert at.query_params["title"] == "Alibaba & <AI>"


def test_the_market_view_plots_the_figures_and_a_click_opens_the_sentence(page, seed_rows):
    page.query_params["view"] = "market"
    at = page.run()
    market = seed_rows[seed_rows["market_kind"] != ""]
    assert mentions_on(chart_spec(at), seed_rows) == set(market["mention_id"])
    row = market.iloc[0]
    at = click(at, row["mention_id"])
    assert '<mark class="money"' in panel(at)


def test_the_events_view_has_one_row_per_event_with_its_sources(page, seed_rows):
    page.query_params["view"] = "events"
    at = page.run()
    assert not at.exception
    events = at.dataframe[0].value
    assert len(events) == seed_rows["event_id"].nunique()
    assert (events["n_sources"] >= 1).all() and "sources" in events.columns


def test_other_sources_of_an_event_can_be_opened_from_the_panel(page, seed_rows):
    shared = seed_rows.groupby("event_id")["doc"].nunique()
    if not (shared > 1).any():
        pytest.skip("the extraction links no event across the two seeds yet")
    members = seed_rows[seed_rows["event_id"] == shared[shared > 1].index[0]]
    first, other = members.iloc[0], members[members["doc"] != members.iloc[0]["doc"]].iloc[0]
    at = click(page.run(), first["mention_id"])
    assert "Other sources of this event" in panel(at)
    at.button(key=f"other-{other['mention_id']}").click().run()
    assert at.session_state["selected"] == other["mention_id"]
    at.button(key="close_excerpt").click().run()
    assert at.session_state["selected"] == "" and "event" not in at.query_params


def test_the_article_view_shows_the_whole_text_scrolled_to_the_sentence(page, seed_rows):
    row = dated_row(seed_rows)
    at = click(page.run(), row["mention_id"])
    at.toggle(key="read_article").set_value(True).run()
    article = next(body for body in html_bodies(at) if 'class="nt-article"' in body)
    rows_of_its_article = len(seed_rows[seed_rows["doc"] == row["doc"]])
    assert article.count('id="nt-focus"') == 1 and article.count("<mark") >= rows_of_its_article // 2
    scripts = [e for e in at.get("html") if "<script>" in e.proto.body]
    assert len(scripts) == 1 and row["mention_id"] in scripts[0].proto.body


def upload(at: AppTest, *files) -> AppTest:
    at.segmented_control(key="view").set_value("add").run()
    at.file_uploader[0].set_value(list(files)).run()
    return at.run()


def test_an_uploaded_article_joins_the_timeline_with_a_message_and_can_be_saved(page_on_copy):
    page, corpus = page_on_copy
    at = page.run()
    total = len(load_corpus(corpus).table)
    text = ("November 3, 2021\nAnt Group update\n\nAnt Group shares were valued at $200 billion on March 3, 2021, "
            "regulators said.\n").encode("utf-8")
    at = upload(at, ("../../ant-update.txt", text, "text/plain"))
    assert not at.exception
    assert any(said(m).startswith("ant-update.txt: ") for m in at.success)
    assert f"shown of {total + 1}" in count_of(at) or f"shown of {total + 2}" in count_of(at)
    at.button(key="save_uploads").click().run()
    assert (corpus / "ant-update.txt").read_bytes() == text
    assert not (corpus.parent / "ant-update.txt").exists()
    assert any("saved into" in said(m) for m in at.success)


def test_uploads_stay_for_the_session_across_views_until_removed(page_on_copy):
    page, corpus = page_on_copy
    total = len(load_corpus(corpus).table)
    at = upload(page.run(), ("note.txt", b"Alibaba shares rose 3% on March 3, 2021.\n", "text/plain"))
    with_upload = count_of(at)
    assert f"shown of {total}" not in with_upload
    at.segmented_control(key="view").set_value("timeline").run()
    at.segmented_control(key="view").set_value("add").run()
    assert count_of(at) == with_upload and any(said(m).startswith("note.txt") for m in at.success)
    at.button(key="forget_uploads").click().run()
    assert f"shown of {total} mentions" in count_of(at) and "uploads" not in at.session_state


def test_bad_uploads_get_a_message_beside_the_upload_and_the_good_ones_go_on(page_on_copy):
    page, corpus = page_on_copy
    at = upload(page.run(), ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "text/plain"),
                ("empty.md", b"", "text/markdown"),
                ("huge.txt", b"a" * 10_000_001, "text/plain"),
                ("note.txt", b"Alibaba shares rose 3% on March 3, 2021.\n", "text/plain"))
    errors = [said(e) for e in at.error]
    assert any(e.startswith("photo.txt: skipped, binary content") for e in errors)
    assert any(e.startswith("empty.md: skipped, empty file") for e in errors)
    assert any(e.startswith("huge.txt: too large") for e in errors)
    assert any(said(m).startswith("note.txt") for m in list(at.success) + list(at.info))


def test_a_hostile_uploaded_article_shows_as_text_in_the_panel_and_the_article_view(page_on_copy):
    page, corpus = page_on_copy
    at = upload(page.run(), ("hostile.html", HOSTILE_TEXT.replace("\n\n", "</p><p>").encode("utf-8"), "text/html"),
                ("hostile.txt", HOSTILE_TEXT.encode("utf-8"), "text/plain"))
    assert not at.exception
    table = at.session_state["uploads"].table
    hostile = table[table["doc"] == "hostile.txt"]
    assert len(hostile), "the hostile article yields rows"
    at.segmented_control(key="view").set_value("timeline").run()
    at = click(at, hostile.iloc[0]["mention_id"])
    at.toggle(key="read_article").set_value(True).run()
    for body in html_bodies(at):
        if "<script>" in body:
            assert "pwned" not in body  # the one script is ours, with no article text
            continue
        tags = html_tags(body)
        assert not {tag for tag, _ in tags} & {"script", "img", "svg", "iframe", "b", "i"}, body[:200]
        assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    assert any("&lt;script&gt;window.__pwned" in body for body in html_bodies(at))


def test_a_dark_theme_gets_the_dark_palette(page):
    from ui.palette import CATEGORICAL
    page.context["theme"] = "dark"
    at = page.run()
    colours = {trace["marker"]["color"] for trace in chart_spec(at)["data"]
               if trace.get("customdata") is not None}
    assert colours and colours <= set(CATEGORICAL["dark"])


@pytest.mark.parametrize("lane", ["actor", "source", "kind"])
def test_every_lane_choice_draws_the_chart_with_its_lanes(page, seed_rows, lane):
    at = page.run()
    at.selectbox(key="lane").set_value(lane).run()
    assert not at.exception
    ticks = chart_spec(at)["layout"]["yaxis"]["ticktext"]
    if lane == "source":
        assert len(ticks) == seed_rows["doc"].nunique()
    elif lane == "kind":
        assert ticks[0] == "dated event"
    else:
        assert "Jack Ma" in ticks
    assert at.query_params["lane"] == lane


def test_key_events_only_keeps_the_most_important_and_one_mark_per_event_can_be_turned_off(page, seed_rows):
    at = page.run()
    at.toggle(key="f_key").set_value(True).run()
    at.slider(key="f_top").set_value(3).run()
    assert "**3 events**" in count_of(at)
    assert at.query_params["key"] == "1" and at.query_params["top"] == "3"
    at.toggle(key="f_key").set_value(False).run()
    at.toggle(key="merge").set_value(False).run()
    assert count_of(at).startswith(f"**{len(seed_rows)} mentions**")
    assert len(mentions_on(chart_spec(at), seed_rows)) == (seed_rows["start"] != "").sum()


@pytest.mark.parametrize("view", ["timeline", "market", "events", "add"])
def test_a_corpus_without_dates_or_figures_opens_every_view_with_a_count_of_zero(monkeypatch, tmp_path, view):
    (tmp_path / "note.txt").write_text("A short note.\n\nNothing happened here at all.\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--corpus", str(tmp_path)])
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["view"] = view
    at.run()
    assert not at.exception
    assert count_of(at).startswith("**0 events** (0 mentions) shown of 0 mentions")


def test_a_missing_corpus_folder_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--corpus", str(tmp_path / "nowhere")])
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception and said(at.error[0]).startswith("Corpus folder not found: ")

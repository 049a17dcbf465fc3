"""The page in a real browser (Playwright + Debian's chromium): it loads on the seeds, a click on a mark
shows its sentence, a filter changes the count and the URL, the copied URL restores the view, the CSV
download has the contract columns, presentation mode hides the sidebar, a hostile article runs nothing;
a screenshot of each mode goes to docs/screenshots/."""
from __future__ import annotations

import re
import shutil
import warnings
from urllib.parse import parse_qs, urlparse

import json
import os

import numpy as np
import pandas as pd
import pytest

if os.environ.get("REQUIRE_BROWSER") != "1":
    pytest.importorskip("playwright", reason="playwright is not installed (pip install -r requirements-dev.txt)")
from playwright.sync_api import TimeoutError as PlaywrightTimeout, expect  # noqa: E402

from pipeline import schema
from browser_kit import (PROJECT, Server, app_page, app_url, need_browser, screenshots, sys_browser,  # noqa: F401
                         sys_context)
from ui.data import load_corpus, prepare
from ui.filters import one_per_event

SEEDS = PROJECT / "seeds"
COUNT = re.compile(r"shown of \d+ mentions")


@pytest.fixture(scope="module")
def seed_rows():
    return load_corpus(SEEDS).table


def drawn(rows):
    """The rows that have a mark of their own (one per event, its most precise mention)."""
    return one_per_event(prepare(rows))


def wait_idle(page, timeout=30_000):
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)


def open_page(page, url, timeout=30_000):
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .scatterlayer, .js-plotly-plot canvas", timeout=timeout)
    wait_idle(page, timeout)


def settled(page, timeout=60_000):
    """Wait until the page has drawn its widgets, not their loading skeletons (for screenshots)."""
    wait_idle(page, timeout)
    page.wait_for_function("""() => !document.querySelector('[data-testid="stSkeleton"]') &&
        [...document.querySelectorAll('[data-testid="stDataFrame"]')].every(d => d.querySelector('canvas'))""",
                           timeout=timeout)
    page.wait_for_timeout(300)


def count_text(page) -> str:
    return page.get_by_text(COUNT).first.inner_text()


def mark_position(page, position):
    """Pixel centre of the mark of the row at ``position`` in the page's table (what a mark carries);
    works for SVG and WebGL traces alike."""
    return page.evaluate("""(id) => {
        const gd = document.querySelector('.js-plotly-plot');
        for (const trace of gd._fullData) {
            if (!trace.customdata) continue;
            const i = Array.from(trace.customdata).indexOf(id);
            if (i < 0) continue;
            const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
            return {x: box.left + gd._fullLayout.xaxis.d2p(trace.x[i]),
                    y: box.top + gd._fullLayout.yaxis.d2p(trace.y[i])};
        }
        return null;
    }""", position)


def click_mark(page, rows, mention_id):
    """Click the mark of a mention; ``rows`` is the page's table (the mark carries the row's position)."""
    position = mark_position(page, int(np.flatnonzero(rows["mention_id"].to_numpy() == mention_id)[0]))
    assert position, f"no mark for {mention_id} on the chart"
    page.mouse.move(position["x"], position["y"])
    page.mouse.click(position["x"], position["y"])


def download_by_click(page, button, tries=3, seconds_each=60):
    """The file a download button gives.  On a loaded machine a click just after the expander opened was seen
    to send nothing to the server (no websocket message, no download: a CI run waited 180 s for the PNG); a
    user's remedy is a second click, and so is this one's.  Each click may take ``seconds_each``: the server
    starts its own headless chromium for the first chart image, slow on a busy machine."""
    wait_idle(page)
    for attempt in range(1, tries + 1):
        page.wait_for_timeout(300)      # the expander's content settles before the click
        try:
            with page.expect_download(timeout=seconds_each * 1000) as download:
                button.click()
            return download.value
        except PlaywrightTimeout:
            if attempt == tries:
                raise
            warnings.warn(f"click {attempt} on {button} gave no download within {seconds_each} s; clicking again")


def query(page) -> dict:
    return parse_qs(urlparse(page.url).query)


def test_the_page_loads_on_the_seeds_with_the_chart_and_the_count(app_page, app_url, seed_rows, screenshots):
    open_page(app_page, app_url)
    assert f"shown of {len(seed_rows)} mentions" in count_text(app_page)
    expect(app_page.locator(".js-plotly-plot .scatterlayer .point").first).to_be_visible()
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "explore.png"), full_page=False)


def test_a_click_on_a_mark_shows_its_sentence_and_puts_it_in_the_url(app_page, app_url, seed_rows, screenshots):
    open_page(app_page, app_url)
    marks = drawn(seed_rows)
    row = marks[(marks["date_text"] != "") & (marks["money_text"] != "")].iloc[0]
    click_mark(app_page, seed_rows, row["mention_id"])
    panel = app_page.locator(".nt-panel blockquote")
    expect(panel).to_contain_text(row["excerpt"][-40:], timeout=15_000)
    expect(app_page.locator(".nt-panel mark.date").first).to_have_text(row["date_text"])
    wait_idle(app_page)
    assert query(app_page)["event"] == [row["mention_id"]]
    app_page.get_by_text("Read the article").click()
    focus = app_page.locator("#nt-focus")
    expect(focus).to_contain_text(row["excerpt"][:30])
    expect(focus).to_be_in_viewport()
    settled(app_page)
    app_page.locator(".nt-panel").scroll_into_view_if_needed()
    app_page.screenshot(path=str(screenshots / "excerpt.png"), full_page=False)


def test_a_filter_changes_the_count_and_the_url_and_the_copied_url_restores_the_view(app_page, app_url, sys_context,
                                                                                     seed_rows):
    open_page(app_page, app_url)
    before = count_text(app_page)
    word = "Alibaba"
    box = app_page.get_by_label("Search the sentences")
    box.fill(word)
    box.press("Enter")
    expect(app_page.get_by_text(COUNT).first).not_to_have_text(before, timeout=15_000)
    wait_idle(app_page)
    expected = seed_rows["excerpt"].str.lower().str.contains(word.lower()) | \
        seed_rows["headline"].str.lower().str.contains(word.lower())
    assert f"({expected.sum()} mention" in count_text(app_page)
    assert query(app_page)["q"] == [word]
    marks = drawn(seed_rows[expected])
    row = marks[marks["date_text"] != ""].iloc[0]
    click_mark(app_page, seed_rows, row["mention_id"])
    expect(app_page.locator(".nt-panel blockquote")).to_contain_text(row["excerpt"][-40:], timeout=15_000)
    wait_idle(app_page)
    copied = app_page.url

    other = sys_context.new_page()
    try:
        open_page(other, copied)
        assert count_text(other) == count_text(app_page)
        expect(other.get_by_label("Search the sentences")).to_have_value(word)
        expect(other.locator(".nt-panel blockquote")).to_contain_text(row["excerpt"][-40:])
    finally:
        other.close()


def test_the_csv_download_has_every_contract_column(app_page, app_url, seed_rows):
    open_page(app_page, app_url)
    app_page.get_by_text("Take the data away").click()
    download = download_by_click(app_page, app_page.get_by_role("button", name="Whole table (CSV)"))
    assert download.suggested_filename == "mentions-all.csv"
    frame = pd.read_csv(download.path(), dtype=str, keep_default_na=False, encoding="utf-8")
    assert tuple(frame.columns) == schema.NAMES
    assert len(frame) == len(seed_rows)
    assert set(frame["mention_id"]) == set(seed_rows["mention_id"])
    # Every download is built after the run, in another thread: each kind is taken once here.
    download = download_by_click(app_page, app_page.get_by_role("button", name="Shown events for TimelineJS (JSON)"))
    document = json.loads(open(download.path(), encoding="utf-8").read())
    assert len(document["events"]) == len(drawn(seed_rows[seed_rows["start"] != ""]))
    for name in ("Shown rows (Parquet)", "Shown rows (JSON)"):
        download = download_by_click(app_page, app_page.get_by_role("button", name=name))
        assert download.suggested_filename.startswith("mentions-shown.")
        assert open(download.path(), "rb").read()


def test_presentation_mode_hides_the_sidebar_and_shows_large_type(app_page, app_url, screenshots):
    open_page(app_page, app_url + "?present=1")
    expect(app_page.get_by_test_id("stSidebar")).to_be_hidden()
    root = app_page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert root == "22px"
    tick = app_page.locator(".js-plotly-plot .xtick text").first
    assert float(tick.evaluate("e => getComputedStyle(e).fontSize").replace("px", "")) >= 20
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "present.png"), full_page=False)


def test_the_presentation_toggle_moves_the_page_into_presentation_mode(app_page, app_url):
    open_page(app_page, app_url)
    expect(app_page.get_by_test_id("stSidebar")).to_be_visible()
    app_page.get_by_text("Presentation mode").click()
    expect(app_page.get_by_test_id("stSidebar")).to_be_hidden(timeout=15_000)
    wait_idle(app_page)
    assert query(app_page)["present"] == ["1"]


def test_the_market_and_events_views_render(app_page, app_url, screenshots):
    open_page(app_page, app_url + "?view=market")
    expect(app_page.get_by_text("Circle area")).to_be_visible()
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "market.png"), full_page=False)
    app_page.goto(app_url + "?view=events")
    expect(app_page.get_by_text(re.compile(r"events shown of \d+"))).to_be_visible(timeout=30_000)
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "events.png"), full_page=False)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    need_browser()
    from tests.ui_samples import HOSTILE_TEXT
    corpus = tmp_path_factory.mktemp("hostile")
    shutil.copy(SEEDS / "003_9d9642b119c4675d.txt", corpus)
    (corpus / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (corpus / "hostile.html").write_text("<html><head><title>x<script>window.__pwned=9</script></title></head>"
                                         "<body><article><p>" + HOSTILE_TEXT.replace("\n\n", "</p><p>") +
                                         "</p></article></body></html>", encoding="utf-8")
    server = Server("--corpus", str(corpus))
    yield server.url, corpus
    server.stop()


def test_a_hostile_article_shows_as_text_and_nothing_in_it_runs(app_page, hostile_url, screenshots):
    url, corpus = hostile_url
    dialogs = []
    app_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    # Its corpus is extracted on this first load, not before: on a loaded machine that alone takes 20 s or more.
    open_page(app_page, url, timeout=90_000)
    table = load_corpus(corpus).table
    hostile = drawn(table[table["doc"] == "hostile.txt"])
    assert len(hostile), "the hostile article yields rows"
    row = hostile.iloc[0]
    click_mark(app_page, table, row["mention_id"])
    expect(app_page.locator(".nt-panel blockquote")).to_contain_text("<img src=x onerror=", timeout=15_000)
    if row["headline"]:  # the heading reads Markdown: the article's text must show as written
        expect(app_page.locator("h3").filter(has_text=row["headline"][:12]).first).to_have_text(row["headline"])
    app_page.get_by_text("Read the article").click()
    expect(app_page.locator(".nt-article")).to_contain_text("<script>window.__pwned = 1;")
    app_page.mouse.move(10, 10)
    app_page.wait_for_timeout(1500)
    assert app_page.evaluate("window.__pwned") is None
    assert app_page.locator(".nt-article script, .nt-panel script, .nt-article img, .nt-panel img, "
                            ".nt-article svg, .nt-panel svg").count() == 0
    assert not dialogs
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "hostile.png"), full_page=False)


@pytest.mark.skipif(bool(__import__("ui.exports", fromlist=["x"]).image_export_problem()),
                    reason="no kaleido/chromium for server-side chart export here")
def test_the_chart_downloads_as_a_png_at_presentation_size(app_page, app_url):
    open_page(app_page, app_url)
    app_page.get_by_text("Take the data away").click()
    button = app_page.get_by_role("button", name="Chart as PNG")
    expect(button).to_be_enabled()
    data = open(download_by_click(app_page, button, seconds_each=90).path(), "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1920, 1080)


def test_an_uploaded_article_is_extracted_joins_the_timeline_and_can_be_saved(app_page, hostile_url, screenshots):
    url, corpus = hostile_url
    app_page.goto(url + "?view=add")
    app_page.locator("input[type=file]").wait_for(state="attached", timeout=30_000)
    wait_idle(app_page)
    before = count_text(app_page)
    text = ("November 3, 2021\nAnt Group update\n\nAnt Group was valued at $200 billion on March 3, 2021, "
            "regulators said.\n").encode("utf-8")
    app_page.locator("input[type=file]").set_input_files(
        files=[{"name": "ant-update.txt", "mimeType": "text/plain", "buffer": text},
               {"name": "photo.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n" + bytes(64)}])
    expect(app_page.get_by_text(re.compile(r"^ant-update\.txt: \d+ rows?"))).to_be_visible(timeout=60_000)
    expect(app_page.get_by_text("photo.txt: skipped, binary content")).to_be_visible()
    wait_idle(app_page)
    assert count_text(app_page) != before
    settled(app_page)
    app_page.screenshot(path=str(screenshots / "upload.png"), full_page=False)
    app_page.get_by_role("button", name=re.compile("Save 1 article")).click()
    expect(app_page.get_by_text(re.compile("ant-update.txt: saved into"))).to_be_visible(timeout=30_000)
    assert (corpus / "ant-update.txt").read_bytes() == text

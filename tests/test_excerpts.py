"""Highlighted excerpts (ui/excerpts.py): the date and the figure marked, the paragraph and the whole
article around them, the sources; everything from the article escaped."""
import re

import pandas as pd
import pytest

from pipeline.documents import read_corpus
from ui.excerpts import (FOCUS_ID, Span, article_html, document_spans, excerpt_html, excerpt_panel_html, highlight,
                         other_mentions, paragraph_bounds, paragraph_html, safe_link, source_html)
from ui_samples import CNBC, SEEDS, hostile_table, html_tags, seed_table

SENTENCE = "Ma’s empire endured tightened regulations and even a nearly $3 billion antitrust fine in 2021."
TABLE = seed_table()
TEXTS = {d.doc: d.text for d in read_corpus([SEEDS]).documents}


def _row(opening):
    return TABLE[TABLE["excerpt"].str.startswith(opening)].iloc[0]


def _text_of(markup: str) -> str:
    import html
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</p>|<br>", " ", markup)))


OUR_TAGS = {"p", "br", "mark", "span", "a", "blockquote", "div", "ul", "li"}
OUR_ATTRIBUTES = {"class", "title", "id", "href", "target", "rel"}


def test_the_date_and_the_figure_of_a_row_are_marked_in_its_sentence():
    offset = 1000
    row = pd.Series({
        "excerpt": SENTENCE, "char_start": offset,
        "date_text": "in 2021", "date_start": offset + SENTENCE.index("in 2021"),
        "date_end": offset + SENTENCE.index("in 2021") + 7, "when": "2021",
        "money_text": "nearly $3 billion", "money_start": offset + SENTENCE.index("nearly"),
        "money_end": offset + SENTENCE.index("nearly") + 17, "market_kind": "fine"})
    html = excerpt_html(row)
    assert '<mark class="money" title="fine">nearly $3 billion</mark>' in html
    assert '<mark class="date" title="2021">in 2021</mark>' in html
    assert _text_of(html) == SENTENCE


def test_markup_in_an_article_is_shown_as_text():
    hostile = 'Alibaba <script>alert(1)</script> rose <img src=x onerror="alert(2)"> in 2021.'
    html = highlight(hostile, [Span(hostile.index("2021"), hostile.index("2021") + 4, "date", '"><b>')])
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'title="&quot;&gt;&lt;b&gt;"' in html


def test_overlapping_spans_never_nest_marks():
    text = "from October 2018 to December 2021"
    html = highlight(text, [Span(0, len(text), "date"), Span(5, 17, "date")])
    assert html.count("<mark") == 1 and html.count("</mark>") == 1


def test_a_real_seed_row_marks_the_words_its_offsets_point_at():
    row = _row("On a cold")
    html = excerpt_html(row)
    marked = re.findall(r'<mark class="(\w+)"[^>]*>(.*?)</mark>', html)
    assert marked == [("date", row["date_text"]), ("money", "IPO")]


def test_the_paragraph_around_a_sentence_is_its_whole_paragraph_in_the_article():
    row = _row("Alibaba’s stock would jump")
    text = TEXTS[CNBC]
    lo, hi = paragraph_bounds(text, int(row["char_start"]), int(row["char_end"]))
    assert text[lo:hi].startswith("When I left China in 2021") and text[lo:hi].endswith("spotted somewhere.")


def test_a_very_long_paragraph_is_cut_around_the_sentence_at_sentence_ends():
    sentence = "The regulator fined the company on March 3, 2021."
    text = " ".join(["Filler sentence number %d is here." % i for i in range(200)]) + " " + sentence + " " + \
        " ".join(["After sentence %d." % i for i in range(200)])
    start = text.index(sentence)
    lo, hi = paragraph_bounds(text, start, start + len(sentence))
    assert lo <= start and hi >= start + len(sentence) and hi - lo <= 1600
    assert text[lo:hi].startswith("Filler") and text[lo:hi].endswith(".")


def test_the_paragraph_view_sets_the_sentence_apart_and_marks_every_span_of_the_article_in_it():
    row = _row("Alibaba’s stock would jump")
    spans = document_spans(TABLE[TABLE["doc"] == CNBC])
    html = paragraph_html(TEXTS[CNBC], row, spans)
    assert '<span class="sentence">' in html
    assert re.search(r'<span class="sentence">.*<mark class="money"[^>]*>stock would jump</mark>.*</span>', html)
    assert _text_of(html).startswith("When I left China in 2021")


def test_the_article_view_holds_the_whole_text_every_span_and_the_focus_sentence_once():
    row = _row("Daniel Zhang")
    text = TEXTS[CNBC]
    spans = document_spans(TABLE[TABLE["doc"] == CNBC])
    html = article_html(text, spans, (int(row["char_start"]), int(row["char_end"])))
    assert html.count(f'id="{FOCUS_ID}"') == 1
    assert re.search(f'id="{FOCUS_ID}">Daniel Zhang, who had succeeded', html)
    assert html.count("<mark") == len(spans)
    assert " ".join(_text_of(html).split()) == " ".join(text.split()).replace("  ", " ")
    assert html.count("<p>") == html.count("</p>") >= 20


def test_tags_always_nest_even_when_a_mark_crosses_the_sentence_end():
    text = "First one ends here. Second one."
    html = article_html(text, [Span(10, 26, "date")], (0, 20))
    stack = []
    for closing, name in re.findall(r"<(/?)(p|span|mark)\b", html):
        if closing:
            assert stack.pop() == name
        else:
            stack.append(name)
    assert not stack


def test_only_http_links_become_links():
    assert safe_link("https://www.cnbc.com/x", "CNBC").startswith('<a href="https://www.cnbc.com/x"')
    assert safe_link("javascript:alert(1)", "CNBC") == "CNBC"
    assert "<a" not in safe_link('https://x.com/"onmouseover="alert(1)', "x")


def test_the_source_line_names_title_publisher_date_and_file():
    html = source_html(_row("Since the IPO"))
    assert "How Alibaba overcame Beijing&#x27;s crackdown" in html and "CNBC" in html and "2025-11-24" in html


def test_every_other_source_of_the_same_event_is_listed():
    row = _row("On a cold")
    others = other_mentions(TABLE, row)
    assert list(others["excerpt"].str[:26]) == ["Past tensions with Beijing"]
    panel = excerpt_panel_html(row, TEXTS[CNBC], document_spans(TABLE[TABLE["doc"] == CNBC]), others)
    assert "Other sources of this event" in panel and "Past tensions with Beijing" in panel
    assert other_mentions(TABLE, _row("Daniel Zhang")).empty


def _hostile_views():
    table, text = hostile_table()
    row = table.iloc[0]
    spans = document_spans(table)
    return {
        "sentence": excerpt_html(row),
        "paragraph": paragraph_html(text, row, spans),
        "article": article_html(text, spans, (int(row["char_start"]), int(row["char_end"]))),
        "panel": excerpt_panel_html(row, text, spans, table.iloc[1:]),
        "source": source_html(row),
    }


@pytest.mark.parametrize("view", ["sentence", "paragraph", "article", "panel", "source"])
def test_a_hostile_article_shows_as_text_in_every_view(view):
    tags = html_tags(_hostile_views()[view])
    assert {tag for tag, _ in tags} <= OUR_TAGS
    assert {name for _, attrs in tags for name in attrs} <= OUR_ATTRIBUTES
    assert all(attrs["href"].startswith(("http://", "https://")) for tag, attrs in tags if "href" in attrs)


def test_the_hostile_article_text_survives_escaped_word_for_word():
    table, text = hostile_table()
    html = _hostile_views()["article"]
    assert "&lt;script&gt;window.__pwned = 1; alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert " ".join(_text_of(html).split()) == " ".join(text.split())


def test_a_very_long_article_is_shown_around_the_sentence_with_what_is_left_out_counted():
    paragraph = "Alibaba shares moved on a day of trading in Hong Kong, analysts said.\n\n"
    sentence = "Regulators fined Alibaba $2.8 billion on April 10, 2021."
    text = paragraph * 2000 + sentence + "\n\n" + paragraph * 2000
    start = text.index(sentence)
    date = text.index("April 10, 2021")
    html = article_html(text, [Span(date, date + 14, "date")], (start, start + len(sentence)), limit=10_000)
    assert f'id="{FOCUS_ID}">Regulators fined Alibaba' in html
    assert '<mark class="date">April 10, 2021</mark>' in html
    assert len(html) < 15_000 and "characters before" in html and "characters after" in html
    assert len(re.findall(r"<p[ >]", html)) == html.count("</p>")

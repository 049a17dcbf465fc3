"""Highlighted excerpts: the date and the figure marked, everything from the article escaped."""
import pandas as pd

from ui.excerpts import Span, excerpt_html, highlight

SENTENCE = "Ma’s empire endured tightened regulations and even a nearly $3 billion antitrust fine in 2021."


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
    assert html.replace('<mark class="money" title="fine">', "").replace('<mark class="date" title="2021">', "") \
        .replace("</mark>", "") == SENTENCE


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

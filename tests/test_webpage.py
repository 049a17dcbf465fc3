"""HTML pages to article text: boilerplate removed, blocks as paragraphs, metadata found."""
import pytest

from pipeline.rules import load_table
from pipeline.webpage import html_to_article

ARTICLE = "<p>On a cold November evening in Shanghai in 2020, the world's largest IPO was canceled.</p>"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("row", [r for r in load_table("html_boilerplate.tsv") if r["rule"].startswith("drop")],
                         ids=lambda r: r["key"])
def test_boilerplate_elements_are_left_out_of_the_text(row):
    text, _ = html_to_article(page(row["example"] + ARTICLE))
    assert "world's largest IPO" in text
    assert text.count("\n\n") == 0, f"{row['example']!r} leaked into {text!r}"


@pytest.mark.parametrize("row", load_table("html_metadata.tsv"), ids=lambda r: f"{r['field']}-{r['key']}")
def test_each_metadata_source_is_read(row):
    markup = row["example"]
    in_head = not markup.startswith(("<h1", "<time"))
    html = page(ARTICLE if in_head else markup + ARTICLE, markup if in_head else "")
    _, meta = html_to_article(html)
    assert meta.get(row["field"]), f"{row['field']} not found in {markup!r}"


def test_block_elements_become_paragraphs_and_line_breaks_stay_inside_them():
    text, _ = html_to_article(page(
        "<article><h2>Pressure and reinvention</h2><p>After the Ant Group IPO cancelation, Alibaba faced a "
        "reckoning.<br>Beijing began cracking down on domestic tech firms.</p></article>"))
    assert text == ("Pressure and reinvention\n\nAfter the Ant Group IPO cancelation, Alibaba faced a reckoning.\n"
                    "Beijing began cracking down on domestic tech firms.\n")


def test_entities_are_decoded_and_markup_in_text_stays_text():
    text, _ = html_to_article(page(
        "<p>Ma&#8217;s empire endured a nearly $3 billion fine &amp; tighter rules &lt;script&gt; in 2021.</p>"))
    assert "Ma’s empire endured a nearly $3 billion fine & tighter rules <script> in 2021." in text


def test_a_page_of_menus_only_has_no_article():
    text, meta = html_to_article(page("<ul><li><a>Home</a></li><li><a>Markets</a></li></ul>",
                                      "<title>CNBC</title>"))
    assert text == "" and meta["title"] == "CNBC"


def test_unbalanced_markup_still_gives_the_text():
    text, _ = html_to_article("<html><body><div><p>Alibaba shares jumped 8% in Hong Kong on Monday after the "
                              "results.<div><p>Jack Ma was spotted in Tokyo</b></i>")
    assert "Alibaba shares jumped 8% in Hong Kong on Monday after the results." in text


def test_thousands_of_unclosed_paragraphs_are_read_in_order():
    # Hand-written pages often never close <p>; the parser then nests every paragraph inside the last.
    sentences = [f"Alibaba shares rose in Hong Kong on day {n} of the rally, traders said." for n in range(5000)]
    text, _ = html_to_article("<html><body>" + "".join(f"<p>{s}" for s in sentences) + "</body></html>")
    assert text.split("\n\n") == sentences[:-1] + [sentences[-1] + "\n"]


def test_hostile_markup_leaves_only_its_visible_words():
    text, _ = html_to_article(page(
        '<p onclick="steal()">Ant Group\'s IPO was halted <img src=x onerror="alert(1)"> in November 2020, '
        '<a href="javascript:alert(document.cookie)">regulators said</a>.<iframe src="https://evil.example">'
        "</iframe><svg onload=alert(2)><text>logo</text></svg></p><p>Jack Ma <b><i>was spotted</b></i> in "
        "Tokyo</p>"))
    assert text == ("Ant Group's IPO was halted in November 2020, regulators said.\n\n"
                    "Jack Ma was spotted in Tokyo\n")


def test_broken_or_absurdly_nested_json_ld_costs_only_that_metadata():
    head = ('<title>Alibaba | CNBC</title><script type="application/ld+json">' + "[" * 100_000 + "</script>"
            '<script type="application/ld+json">{"datePublished": "2025-11-24",</script>')
    text, meta = html_to_article(page(ARTICLE, head))
    assert "world's largest IPO" in text and meta == {"title": "Alibaba | CNBC"}


def test_a_metadata_value_the_size_of_a_text_is_not_taken_as_a_title():
    head = f'<meta property="og:title" content="{"Alibaba " * 500}"><title>Alibaba | CNBC</title>'
    _, meta = html_to_article(page(ARTICLE, head))
    assert meta["title"] == "Alibaba | CNBC"


ROOTS = {r["key"] for r in load_table("html_boilerplate.tsv") if r["rule"] == "root"}


@pytest.mark.parametrize("row", [r for r in load_table("html_boilerplate.tsv")
                                 if r["rule"] == "block" and r["key"] not in ROOTS],  # roots: see below
                         ids=lambda r: r["key"])
def test_each_block_element_starts_a_paragraph_of_its_own(row):
    text, _ = html_to_article(page(ARTICLE + row["example"] + "<span>Shares of Alibaba rose again on Monday.</span>"))
    paragraphs = text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "On a cold November evening in Shanghai in 2020, the world's largest IPO was canceled."
    assert paragraphs[-1] == "Shares of Alibaba rose again on Monday."
    assert len(paragraphs) == 3, paragraphs


@pytest.mark.parametrize("row", [r for r in load_table("html_boilerplate.tsv")
                                 if r["rule"] == "block" and r["key"] in ROOTS], ids=lambda r: r["key"])
def test_an_article_container_inside_the_article_read_starts_a_paragraph_of_its_own(row):
    inner = row["example"] + "<span>Shares of Alibaba rose again on Monday.</span>"
    text, _ = html_to_article(page(f"<article>{ARTICLE}{inner}</article>"))
    assert text.rstrip("\n").split("\n\n") == [
        "On a cold November evening in Shanghai in 2020, the world's largest IPO was canceled.", "It was Ant Group.",
        "Shares of Alibaba rose again on Monday."]


@pytest.mark.parametrize("row", [r for r in load_table("html_boilerplate.tsv") if r["rule"] == "root"],
                         ids=lambda r: r["key"])
def test_each_article_container_is_preferred_to_the_text_around_it(row):
    around = "<div>Most read: Alibaba shares rose 8% on Monday in Hong Kong trading today</div>"
    html = f"<html><body>{around}{row['example'].replace('It was Ant Group.', ARTICLE[3:-4])}</body></html>"
    text, _ = html_to_article(html)
    assert "world's largest IPO" in text
    assert ("Most read" in text) == (row["key"] == "body")

"""Reading articles: encodings, manifests, datelines, titles, and what is skipped and why."""
import datetime as dt
import re

import pytest

from pipeline.documents import (binary_kind, decode, find_dateline, first_title_line, read_article,
                                read_corpus)
from pipeline.rules import load_table
from tests.conftest import SEED_CNBC, SEED_FT, SEEDS


def test_the_seeds_take_their_metadata_from_the_manifest():
    corpus = read_corpus([SEEDS])
    assert not corpus.skipped and not corpus.warnings
    by_name = {d.doc: d for d in corpus.documents}
    cnbc = by_name[SEED_CNBC.name]
    assert cnbc.published == dt.date(2025, 11, 24)
    assert cnbc.publisher == "CNBC"
    assert cnbc.title == "How Alibaba overcame Beijing's crackdown to become an AI giant"
    ft = by_name[SEED_FT.name]
    assert ft.published == dt.date(2025, 3, 17)
    assert "as of March 17, 2025" in ft.published_origin


def test_without_a_manifest_the_dateline_gives_the_date_and_the_first_short_line_the_title(tmp_path):
    copy = tmp_path / SEED_CNBC.name
    copy.write_bytes(SEED_CNBC.read_bytes())
    document = read_corpus([tmp_path]).documents[0]
    assert document.published == dt.date(2025, 11, 24)
    assert document.published_origin == "dateline"
    assert document.title.startswith("How Alibaba overcame")


def test_an_article_without_a_dateline_keeps_its_date_empty(tmp_path):
    copy = tmp_path / SEED_FT.name
    copy.write_bytes(SEED_FT.read_bytes())
    document = read_corpus([tmp_path]).documents[0]
    assert document.published is None and document.published_origin == ""


def test_the_text_is_kept_as_read_and_only_the_matching_form_is_normalised():
    document = read_article(SEED_CNBC)
    assert "\u00a0November evening" in document.text
    assert len(document.form) == len(document.text)
    assert " November evening" in document.form and "world's largest" in document.form


@pytest.mark.parametrize("row", load_table("datelines.tsv"), ids=lambda r: r["name"])
def test_each_dateline_form_is_recognised(row):
    assert find_dateline(row["example"] + "\nAlibaba shares rose.") is not None


def test_a_sentence_that_merely_holds_a_date_is_not_a_dateline():
    assert find_dateline("In 2020, the world's largest IPO was abruptly canceled.") is None
    assert find_dateline("On a cold November evening in Shanghai in 2020, the IPO was canceled.") is None


def test_the_title_is_the_first_short_line_that_is_not_a_dateline():
    assert first_title_line("November 24, 2025\nHow Alibaba overcame Beijing's crackdown\nThe empire.") == \
        "How Alibaba overcame Beijing's crackdown"


@pytest.mark.parametrize("row", load_table("file_signatures.tsv"), ids=lambda r: r["kind"])
def test_binary_content_is_named_whatever_the_file_is_called(row):
    data = bytes.fromhex(row["magic_hex"]) + b"\x00" * 32
    assert binary_kind(data) == row["kind"]


def test_text_in_other_encodings_is_decoded_and_the_encoding_recorded():
    sentence = "Alibaba’s “Singles Day” sales — café owners in Hangzhou were pleased."
    assert decode(sentence.encode("utf-8")) == (sentence, "utf-8")
    assert decode(b"\xef\xbb\xbf" + sentence.encode("utf-8")) == (sentence, "utf-8-sig")
    assert decode(sentence.encode("utf-16")) == (sentence, "utf-16")
    text, encoding = decode(sentence.encode("cp1252"))
    assert text == sentence and encoding in ("cp1252", "windows-1252")


def test_every_input_is_either_read_or_skipped_with_a_reason(tmp_path):
    (tmp_path / "story.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    corpus = read_corpus([tmp_path, tmp_path / "missing-folder"])
    assert [d.doc for d in corpus.documents] == ["story.txt"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in corpus.skipped}
    assert reasons == {
        "empty.txt": "empty file",
        "scan.txt": "binary content (PDF document), not text",
        "photo.jpg": "not an article file (expected .txt, .md, .markdown, .html, .htm)",
        "missing-folder": "no such file or folder",
    }


def test_a_manifest_with_a_bad_date_or_a_missing_file_warns_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Alibaba shares rose on Monday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,published,title\na.txt,sometime soon,Shares\nghost.txt,2025-01-01,Ghost\n", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert corpus.documents[0].published is None and corpus.documents[0].title == "Shares"
    assert any("sometime soon" in w and "sources.csv:2" in w for w in corpus.warnings)
    assert any("ghost.txt" in w for w in corpus.warnings)


def test_an_html_article_gives_its_text_and_metadata(tmp_path):
    page = tmp_path / "alibaba.html"
    page.write_text(
        '<html><head><title>Alibaba | CNBC</title><meta property="og:site_name" content="CNBC">'
        '<meta property="article:published_time" content="2025-11-24T01:03:00Z"></head>'
        "<body><nav>Home Markets Tech</nav><article><h1>How Alibaba overcame Beijing's crackdown</h1>"
        "<p>On a cold November evening in Shanghai in 2020, the world&#8217;s largest IPO was canceled.</p>"
        "</article><script>track()</script></body></html>", encoding="utf-8")
    document = read_article(page)
    assert document.published == dt.date(2025, 11, 24) and document.published_origin == "html-meta"
    assert document.publisher == "CNBC" and document.title == "Alibaba | CNBC"
    assert "world’s largest IPO" in document.text
    assert not re.search("Home Markets|track", document.text)

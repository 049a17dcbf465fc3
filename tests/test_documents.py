"""Reading articles: encodings, manifests, datelines, titles, and what is skipped and why."""
import csv
import datetime as dt
import os
import re

import pytest

from pipeline.documents import (Document, UnreadableArticle, agency_dateline, binary_kind, dated_lead, dateline_span,
                                decode, document_from_bytes, every_dateline, find_dateline, first_title_line,
                                is_html_page, later_wire_datelines, lead_dateline, parse_publication_date, read_article,
                                read_corpus, shown)
from pipeline.extract import extract_document
from pipeline.rules import load_table
from tests.conftest import PROJECT, SEED_CNBC, SEED_FT, SEEDS

BAD = PROJECT / "tests" / "data" / "bad"


def expected_outcomes() -> list[dict[str, str]]:
    """tests/data/bad/expected.tsv: one line per bad input (header comment lines start with #)."""
    with open(BAD / "expected.tsv", encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


BAD_FILES = [row for row in expected_outcomes() if row["status"] != "warning"]


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


@pytest.mark.parametrize("first, expected", [
    ("Rio de Janeiro, 3 March 2025", dt.date(2025, 3, 3)),
    # (a title that names a day gone, its words not a place's, is no dateline)
    ("Remembering the crash, 19 October 1987", None),
])
def test_a_place_before_a_date_is_a_dateline_only_when_its_words_are_capitalized(first, expected):
    assert find_dateline(first + "\n\nThe market fell 22% that day.") == expected


@pytest.mark.parametrize("row", load_table("wire_datelines.tsv"), ids=lambda r: r["name"])
def test_each_news_agency_dateline_is_recognised_up_to_its_dash(row):
    text = "Alibaba shares surge\n\n" + row["example"] + "\n"
    start, end = dateline_span(text)
    assert text[start:end] == row["example"][:end - start]
    assert text[end - 1] in "-—–_:)" and text[start:end].count("(") == text[start:end].count(")")
    published = find_dateline(text)
    assert (published.isoformat() if published else "") == row["date"]


@pytest.mark.parametrize("text, published, dateline", [
    # a town written as a name and its day, no year, before a colon or a dash: the day the story was filed
    ("Rupee ends higher\n\nPune, Oct 14: The rupee rose 12 paise against the dollar on Tuesday.\n",
     dt.date(2026, 10, 14), "Pune, Oct 14:"),
    ("Rupee ends higher\n\nPune, Oct 15 \u2014 The rupee rose 12 paise against the dollar.\n", dt.date(2026, 10, 14),
     "Pune, Oct 15 \u2014"),
    ("Rupee ends higher\n\nOctober 14 - The rupee rose 12 paise against the dollar.\n", dt.date(2026, 10, 14),
     "October 14 -"),
    ("Year-end rally\n\nAuckland, Jan 1 - Shares rose in the year's first session.\n", dt.date(2025, 12, 31),
     "Auckland, Jan 1 -"),
    # a news agency's dateline is the same reading
    ("Rupee ends higher\n\nMUMBAI, Oct 14 (Reuters) - The rupee rose.\n", dt.date(2026, 10, 14),
     "MUMBAI, Oct 14 (Reuters) -"),
    # (a country whose name joins its words with "and" still names the place)
    ("Tobago hotels fill up\n\nSCARBOROUGH, Trinidad and Tobago, Oct 14 (Reuters) - Hotel bookings rose 30%.\n",
     dt.date(2026, 10, 14), "SCARBOROUGH, Trinidad and Tobago, Oct 14 (Reuters) -"),
    # a chronology's entries, one after another, or a day of its own, stay rows
    ("How the rupee moved\n\nOctober 14 - The rupee rose.\n\nOctober 15 - It fell.\n", dt.date(2026, 10, 14), None),
    ("How the rupee moved\n\nOctober 14 - The rupee rose.\n\n\u2022 October 16 - It fell.\n", dt.date(2026, 10, 14),
     None),
    ("Rupee ends higher\n\nPune, Oct 9: The rupee rose 12 paise.\n", dt.date(2026, 10, 14), None),
    ("Rupee ends higher\n\nTuesday, Oct 14 - The rupee rose.\n", dt.date(2026, 10, 14), None),
    # ... and so does the first entry when the next is written in capitals or closes its date with a colon
    ("How the strike unfolded\n\nMarch 3 - Dockers walk out at Felixstowe.\n\nMARCH 5 - Talks collapse.\n",
     dt.date(2026, 3, 3), None),
    ("How the strike unfolded\n\nMarch 3 - Dockers walk out at Felixstowe.\n\nMarch 5: Talks collapse.\n",
     dt.date(2026, 3, 3), None),
    # (a sentence after the dateline that opens with a word and a colon is no entry)
    ("Dockers strike\n\nMarch 3 - Dockers walked out at Felixstowe.\n\nUpdate: Talks collapsed.\n",
     dt.date(2026, 3, 3), "March 3 -"),
])
def test_the_first_paragraph_s_dateline_is_one_reading_of_both_tables(text, published, dateline):
    span = lead_dateline(text, published)
    assert (text[span[0]:span[1]] if span else None) == dateline


@pytest.mark.parametrize("row", load_table("dated_leads.tsv"), ids=lambda r: r["name"])
def test_a_date_alone_or_a_town_s_day_opening_the_first_paragraph_on_the_day_of_publication_is_a_dateline(row):
    text = f"Harbour Foods' online sales jump\n\nBy a retail desk\n\n{row['example']}\n\nAnalysts expected 12%.\n"
    start, end = dated_lead(text, dt.date(2026, 1, 22))
    assert text[start:end] == row["example"][:end - start] and text[end - 1] in "-\u2013\u2014:"
    # (a chronology's entry names a day of its own, stands past an introduction, or has another entry after it)
    assert dated_lead(text, dt.date(2026, 1, 23)) is None
    assert dated_lead(text.replace("By a retail desk", "Here is how the year went."), dt.date(2026, 1, 22)) is None
    assert dated_lead(text.replace("Analysts expected 12%.", row["example"]), dt.date(2026, 1, 22)) is None


@pytest.mark.parametrize("row", load_table("wire_datelines.tsv"), ids=lambda r: r["name"])
def test_an_agency_s_dateline_says_an_agency_filed_the_story(row):
    assert agency_dateline("Alibaba shares surge\n\n" + row["example"] + "\n") == (row["agency"] == "yes")


def test_a_dated_dateline_without_an_agency_gives_the_date_but_names_no_agency():
    text = "Refinery plan\n\nBRISBANE, March 12, 2026 \u2014 Kestrel Energy will build a $900 million gas plant.\n"
    assert find_dateline(text).isoformat() == "2026-03-12"
    assert agency_dateline(text) is False


def test_an_ap_dateline_on_its_own_line_is_a_dateline_and_the_story_after_it_is_not():
    # AQUAINT APW19990507.0207, as the wire sent it
    text = ("Abortion Foe Charged in Slaying\nBUFFALO, N.Y. (AP) --\nDr. Barnett Slepian, just back from synagogue, "
            "was heating soup in his kitchen last fall when he was gunned down with a single shot through a window.")
    start, end = dateline_span(text)
    assert text[start:end] == "BUFFALO, N.Y. (AP) --"
    assert dateline_span("Slepian's killer is still at large. (AP) - not a dateline") is None


def test_articles_read_one_after_another_each_keep_their_own_dateline():
    # (the first dateline is kept for the last article read: asking again, or for another, must not mix them)
    wire = "Port strike ends\n\nROTTERDAM, June 3 (Reuters) - Dockworkers at Europe's largest port returned to work.\n"
    plain = "Dockworkers returned to work on Tuesday after a four-day strike at the port.\n"
    for _ in range(2):
        start, end = dateline_span(wire)
        assert wire[start:end] == "ROTTERDAM, June 3 (Reuters) -"
        assert every_dateline(wire)[0] == (start, end)
        assert dateline_span(plain) is None
        assert every_dateline(plain) == ()


def test_the_dateline_of_the_original_story_under_an_update_block_is_a_dateline_too():
    text = ("UPDATE 2-Alibaba's December-quarter revenue beats estimates\n\n(Adds analyst comment)\n\n"
            "HONG KONG, Feb 19 (Newswire) - Alibaba Group's U.S.-listed shares rose 6.8% on Thursday.\n\n"
            "Analysts raised their targets. Feb 19 (Newswire) - no dateline inside a paragraph.\n\n"
            "Feb 19 (Newswire) - Alibaba Group Holding Ltd on Thursday reported revenue of 287.4 billion yuan.\n")
    assert [text[start:end] for start, end in later_wire_datelines(text)] == [
        "HONG KONG, Feb 19 (Newswire) -", "Feb 19 (Newswire) -"]


@pytest.mark.parametrize("text, dateline, day", [
    # a rating agency's, ending in a colon
    ("Harbour Ratings Affirms Nordvik Bank at 'A'\n\nSingapore, 11 Mar 2026: Harbour Ratings has affirmed "
     "Nordvik Bank's rating at 'A'. The Outlook is Stable.\n", "Singapore, 11 Mar 2026:", "2026-03-11"),
    # a Gulf agency's, with the day first
    ("Dubai port deal\n\nDUBAI, 21st January, 2026 (WAM) -- DP World signed an agreement on Wednesday to run "
     "a container terminal in Senegal.\n", "DUBAI, 21st January, 2026 (WAM) --", "2026-01-21"),
])
def test_an_agency_dateline_with_the_day_before_its_month_and_year_gives_the_date_and_is_no_happening(text, dateline,
                                                                                                      day):
    start, end = dateline_span(text)
    assert text[start:end] == dateline
    assert find_dateline(text).isoformat() == day


def test_an_indian_agency_dateline_without_a_dash_ends_at_its_closing_parenthesis_and_is_no_happening():
    text = ("RBI holds rates\n\nKolkata, Aug 6 (IANS) The Reserve Bank of India kept the repo rate at 5.5 per cent "
            "on Wednesday, Governor Sanjay Malhotra said.\n")
    start, end = dateline_span(text)
    assert text[start:end] == "Kolkata, Aug 6 (IANS)"
    assert dateline_span("Shares rose, Aug 6 (Wednesday) The bank said.") is None


def test_one_regex_of_every_wire_dateline_row_turns_away_only_lines_that_no_row_opens():
    """A paragraph is asked whether a wire dateline opens it by one regex of all the rows first: it must turn away
    only the lines each row alone would, and leave every dateline to the row that reads it (its date group kept)."""
    from pipeline.documents import _any_wire_dateline, _wire_patterns, _wire_row
    from pipeline.sentences import matching_form
    lines = [row["example"] for row in load_table("wire_datelines.tsv")] + [
        "JAKARTA, March 2 (Newswire) - Indonesia's central bank held its benchmark rate at 4.75% on Wednesday.",
        "The lender said on Monday it would cut 1,200 jobs by June, about 4% of its workforce.",
        "OSLO - Norway's wealth fund returned 13% last year, its chief executive told reporters.",
        "Jan 14 was the last day of trading before the holiday, the exchange said.",
    ]
    for line in lines:
        form = matching_form(line)
        alone = next((m for m in (p.match(form) for p, _ in _wire_patterns()) if m), None)
        assert (_any_wire_dateline().match(form) is None) == (alone is None), line
        found = _wire_row(line)
        assert (found and found[0].group(), found and found[0].groupdict().get("date")) == (
            alone and alone.group(), alone and alone.groupdict().get("date")), line
    assert _wire_row(lines[-4])[0].group("date") == "March 2"
    assert _wire_row(lines[-3]) is None


def test_a_timeline_entry_told_by_its_weekday_is_no_dateline():
    text = "Timeline\n\nTuesday, 3 March 2026 – Trading resumes and the shares plunge 78%.\n"
    assert later_wire_datelines(text) == []


def test_a_place_then_a_weekday_and_a_date_before_a_dash_is_a_dateline_whose_date_makes_no_row():
    text = ("Hanjin sells ships\n\nSeoul, Thursday, March 5 - Hanjin Shipping's new owner has ordered six container "
            "ships from a Busan yard.\n")
    start, end = dateline_span(text)
    assert text[start:end] == "Seoul, Thursday, March 5 -"
    rows = extract_document(Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2026, 3, 5)))
    assert [r["date_text"] for r in rows if r["date_text"]] == []
    assert dateline_span("Thursday, March 5 - Trading resumes and the shares plunge 78%.") is None


def test_a_sentence_that_merely_holds_a_date_is_not_a_dateline():
    assert find_dateline("In 2020, the world's largest IPO was abruptly canceled.") is None
    assert find_dateline("On a cold November evening in Shanghai in 2020, the IPO was canceled.") is None


def test_the_dateline_span_is_its_whole_line_and_a_first_sentence_with_a_date_has_none():
    text = SEED_CNBC.read_text(encoding="utf-8")
    start, end = dateline_span(text)
    assert text[start:end] == "November 24, 2025"
    assert dateline_span("In 2020, the world's largest IPO was abruptly canceled.\nIt was November.") is None


def test_the_title_is_the_first_short_line_that_is_not_a_dateline():
    assert first_title_line("November 24, 2025\nHow Alibaba overcame Beijing's crackdown\nThe empire.") == \
        "How Alibaba overcame Beijing's crackdown"


def test_a_file_that_is_one_huge_line_has_no_title_and_no_dateline_but_is_read():
    line = "Alibaba shares rose in Hong Kong on Monday and " * 50_000
    document = document_from_bytes("one-line.txt", line.encode("utf-8"))
    assert document.title == "" and document.published is None and len(document.text) == len(line)


@pytest.mark.parametrize("row", [r for r in load_table("file_signatures.tsv") if r["action"] == "skip"],
                         ids=lambda r: r["example"])
def test_binary_content_is_named_whatever_the_file_is_called(row):
    data = bytes.fromhex(row["magic_hex"]) + b"\x00" * 32
    assert binary_kind(data) == row["kind"]
    with pytest.raises(UnreadableArticle, match=re.escape(f"binary content ({row['kind']}), not text")):
        document_from_bytes("article.txt", data)


@pytest.mark.parametrize("row", [r for r in load_table("file_signatures.tsv") if r["action"] == "html"],
                         ids=lambda r: r["example"])
def test_an_html_page_is_read_as_html_whatever_the_file_is_called(row):
    opening = bytes.fromhex(row["magic_hex"]).decode("ascii").upper()
    page = (f"  \n{opening}><html><head><title>Alibaba | CNBC</title></head><body><nav>Home Markets</nav>"
            "<p>On a cold November evening in Shanghai in 2020, the world's largest IPO was canceled.</p>"
            "</body></html>")
    assert is_html_page(page.encode("utf-8"))
    document = document_from_bytes("saved-page.txt", page.encode("utf-8"))
    assert document.title == "Alibaba | CNBC"
    assert document.text.startswith("On a cold November evening") and "Home" not in document.text


def test_a_text_that_mentions_html_is_not_taken_for_a_page():
    assert not is_html_page(b"The <html> tag opens every page, the course said in 2019.")


def test_text_in_other_encodings_is_decoded_and_the_encoding_recorded():
    sentence = "Alibaba’s “Singles Day” sales — café owners in Hangzhou were pleased."
    assert decode(sentence.encode("utf-8")) == (sentence, "utf-8")
    assert decode(b"\xef\xbb\xbf" + sentence.encode("utf-8")) == (sentence, "utf-8-sig")
    assert decode(sentence.encode("utf-16")) == (sentence, "utf-16")
    assert decode(sentence.encode("utf-32")) == (sentence, "utf-32")
    assert decode(sentence.encode("utf-16-le")) == (sentence, "utf-16-le")
    assert decode(sentence.encode("cp1252")) == (sentence, "cp1252")


@pytest.mark.parametrize("sentence", [
    "It cost £3 million.",
    "Ant Group was fined ¥18.2 billion, or about ½ of a year's profit.",
    "“Alibaba now is seen as a serious player in technology,” Duncan Clark said.",
])
def test_short_windows_1252_texts_keep_their_pound_yen_and_quotes(sentence):
    # charset-normalizer alone reads the first as Japanese cp932 and the second as Central European cp1250
    assert decode(sentence.encode("cp1252")) == (sentence, "cp1252")


def test_text_in_a_non_latin_legacy_encoding_is_still_decoded():
    sentence = "Акции Alibaba выросли на 8% в понедельник, сообщила компания в своём заявлении."
    text, encoding = decode(sentence.encode("cp1251"))
    assert text == sentence and encoding == "cp1251"


def test_utf8_with_a_few_bytes_of_another_encoding_keeps_both():
    data = "Alibaba’s shares rose — ".encode("utf-8") * 3 + "café".encode("cp1252")
    text, encoding = decode(data)
    assert text.endswith("Alibaba’s shares rose — café")
    assert encoding == "utf-8 (1 stray byte read as cp1252)"


def test_an_html_page_in_the_encoding_it_declares_is_read_in_that_encoding():
    page = ('<html><head><meta charset="iso-8859-15"><title>Ant</title></head><body><p>Ant Group was fined '
            '€2.8 billion in April 2021, the regulator in Beijing said on Saturday.</p></body></html>')
    document = document_from_bytes("page.html", page.encode("iso-8859-15"))
    assert "fined €2.8 billion" in document.text and document.encoding == "iso8859-15"


def test_line_ends_become_newlines_so_blank_lines_still_separate_paragraphs():
    crlf = "It was Ant Group.\r\n\r\nWhat followed was four years of pressure.\rOn Ma's empire.\r\n"
    document = document_from_bytes("crlf.txt", crlf.encode("utf-8"))
    assert document.text == "It was Ant Group.\n\nWhat followed was four years of pressure.\nOn Ma's empire.\n"


def test_an_empty_or_blank_file_names_what_is_wrong():
    with pytest.raises(UnreadableArticle, match="^empty file$"):
        document_from_bytes("empty.txt", b"")
    with pytest.raises(UnreadableArticle, match=r"^no text \(only white space\)$"):
        document_from_bytes("blank.txt", b"\xef\xbb\xbf \r\n\t\r\n")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "archive.txt"
    big.write_bytes(b"Alibaba shares rose on Monday. " * 40_000)
    with pytest.raises(UnreadableArticle, match=r"too large \(1\.2 MB; the limit is 1 MB\)"):
        read_article(big, max_bytes=1_000_000)
    corpus = read_corpus([tmp_path], max_bytes=1_000_000)
    assert corpus.skipped[0].reason.startswith("too large")


# ---------------------------------------------------------------------------------------------
# the bad corpus, through the upload path

def test_every_file_of_the_bad_corpus_has_its_expected_line():
    on_disk = {str(p.relative_to(BAD)) for p in BAD.rglob("*") if p.is_file() and p.name != "sources.csv"}
    assert on_disk == {row["file"] for row in BAD_FILES}


@pytest.mark.parametrize("row", BAD_FILES, ids=lambda r: r["file"])
def test_each_bad_file_uploaded_gives_its_article_or_its_one_line_reason(row):
    path = BAD / row["file"]
    if row["status"] == "skipped":
        with pytest.raises(UnreadableArticle) as caught:
            document_from_bytes(path.name, path.read_bytes())
        assert str(caught.value) == row["message"]
        return
    document = document_from_bytes(path.name, path.read_bytes())
    assert isinstance(document, Document) and document.doc == path.name
    assert document.encoding == row["encoding"]
    assert row["contains"] in document.text
    assert "\r" not in document.text and "\x00" not in document.text


def test_boilerplate_of_the_bad_page_stays_out_of_its_text():
    document = read_article(BAD / "page_with_scripts_styles_comments_nav_footer.html")
    for leaked in ("track(", "font-family", "ad slot", "Markets", "cookies", "fined $2.8 billion", "Trending",
                   "All Rights Reserved"):
        assert leaked not in document.text
    assert document.published == dt.date(2025, 11, 24) and document.publisher == "CNBC"
    assert document.url.startswith("https://www.cnbc.com/2025/11/24/")


# ---------------------------------------------------------------------------------------------
# folders, names and manifests

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


def test_links_pipes_and_subfolders_are_reported_not_dropped(tmp_path):
    (tmp_path / "story.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "page_files").mkdir()
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    corpus = read_corpus([tmp_path])
    assert [d.doc for d in corpus.documents] == ["story.txt"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in corpus.skipped}
    assert reasons == {"gone.txt": "broken link (its target does not exist)",
                       "pipe.txt": "not a regular file (a pipe, socket or device)"}
    assert [w.reason for w in corpus.warnings] == ["subfolder not read (give it as an input to read it)"]


def test_a_file_given_twice_is_read_once(tmp_path):
    (tmp_path / "story.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.", encoding="utf-8")
    corpus = read_corpus([tmp_path, tmp_path / "story.txt", tmp_path])
    assert [d.doc for d in corpus.documents] == ["story.txt"] and not corpus.skipped


def test_a_file_seen_through_a_linked_folder_and_by_its_own_path_is_read_once(tmp_path):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "story.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.",
                                                 encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "wire")
    corpus = read_corpus([tmp_path / "linked", tmp_path / "wire" / "story.txt"])
    assert [d.path for d in corpus.documents] == [str(tmp_path / "linked" / "story.txt")] and not corpus.skipped


def test_an_article_linked_under_another_name_in_its_folder_is_read_once(tmp_path):
    (tmp_path / "story.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.", encoding="utf-8")
    (tmp_path / "a-link.txt").symlink_to(tmp_path / "story.txt")
    corpus = read_corpus([tmp_path])
    assert [d.doc for d in corpus.documents] == ["a-link.txt"] and not corpus.skipped


def test_the_articles_of_a_folder_are_read_in_the_order_of_their_names(tmp_path):
    for name in ("b.txt", "a b.txt", "B.txt", "a.txt", "a-b.txt", "10.txt", "9.txt"):
        (tmp_path / name).write_text(f"It was Ant Group, {name} says.", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert [d.doc for d in corpus.documents] == ["10.txt", "9.txt", "B.txt", "a b.txt", "a-b.txt", "a.txt", "b.txt"]


def test_two_articles_with_one_name_keep_the_first_and_say_so(tmp_path):
    for folder in ("cnbc", "ft"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "alibaba.txt").write_text(f"It was Ant Group, {folder} wrote.", encoding="utf-8")
    corpus = read_corpus([tmp_path / "cnbc", tmp_path / "ft"])
    assert [d.path for d in corpus.documents] == [str(tmp_path / "cnbc" / "alibaba.txt")]
    assert corpus.skipped[0].reason == ("another article with the same file name was read first "
                                        f"({tmp_path / 'cnbc' / 'alibaba.txt'})")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_skipped_with_the_reason(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("It was Ant Group.", encoding="utf-8")
    locked.chmod(0)
    corpus = read_corpus([tmp_path])
    assert corpus.skipped[0].reason == "cannot be read (Permission denied)"


def test_odd_file_names_are_shown_on_one_line_and_still_read(tmp_path):
    # Latin-1 bytes in a name (not UTF-8), a newline, and a right-to-left override that reverses display
    odd = os.fsencode(tmp_path) + b"/caf\xe9 \nnews" + "\u202e".encode("utf-8") + b".txt"
    with open(odd, "wb") as fh:
        fh.write("It was Ant Group, the fintech affiliate of Alibaba.".encode("utf-8"))
    (tmp_path / "empty\tfile.txt").write_bytes(b"")
    corpus = read_corpus([tmp_path])
    document = corpus.documents[0]
    assert document.doc == "caf\\xe9 \\x0anews\\u202e.txt"
    assert document.doc.encode("utf-8") and "\n" not in document.path
    assert corpus.skipped[0].message().endswith("empty\\x09file.txt: empty file")


def test_shown_leaves_ordinary_names_alone_and_escapes_control_characters():
    assert shown("How Alibaba – Ant (1).txt") == "How Alibaba – Ant (1).txt"
    assert shown("a\nb\x1b[31m.txt") == "a\\x0ab\\x1b[31m.txt"


def test_a_manifest_with_a_bad_date_or_a_missing_file_warns_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Alibaba shares rose on Monday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,published,title\na.txt,sometime soon,Shares\nghost.txt,2025-01-01,Ghost\n", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert corpus.documents[0].published is None and corpus.documents[0].title == "Shares"
    assert any("sometime soon" in w and "sources.csv:2" in w for w in corpus.warnings)
    assert any("ghost.txt" in w for w in corpus.warnings)


def test_a_manifest_saved_by_excel_in_windows_1252_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Alibaba shares rose on Monday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes("file,title,published\r\na.txt,Jack Ma’s “comeback”,2023-03-27\r\n"
                                           .encode("cp1252"))
    document = read_corpus([tmp_path]).documents[0]
    assert document.title == "Jack Ma’s “comeback”" and document.published == dt.date(2023, 3, 27)


@pytest.mark.parametrize("manifest, warning", [
    (b"%PDF-1.7\n%\xe2\xe3", "manifest ignored, binary content (PDF document), not text"),
    (b'file,title\na.txt,"' + b"x" * 200_000 + b'"\n', "manifest ignored, it is not valid CSV"),
    (b"name,published\na.txt,2025-11-24\n", "manifest ignored, it has no 'file' column"),
])
def test_an_unusable_manifest_is_ignored_with_a_warning_and_the_articles_are_read(tmp_path, manifest, warning):
    (tmp_path / "a.txt").write_text("Alibaba shares rose on Monday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(manifest)
    corpus = read_corpus([tmp_path])
    assert [d.doc for d in corpus.documents] == ["a.txt"]
    assert corpus.warnings[0].reason.startswith(warning)


@pytest.mark.parametrize("value", ["", "sometime soon", "2025-13-01", "0000-00-00", "Nov 31, 2025",
                                   "9" * 500, "2025 " * 40, "\x00\x01 2025"])
def test_what_is_not_a_publication_date_gives_none(value):
    assert parse_publication_date(value) is None


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


def test_a_parser_bug_on_one_page_is_an_unreadable_article_not_a_crash(monkeypatch):
    def broken_parser(html):
        raise AttributeError("'NoneType' object has no attribute 'get_text'")

    monkeypatch.setattr("pipeline.webpage.html_to_article", broken_parser)
    with pytest.raises(UnreadableArticle, match=r"^the HTML page could not be parsed \(AttributeError: 'NoneType'"):
        document_from_bytes("page.html", b"<html><body><p>It was Ant Group.</p></body></html>")


def test_a_reading_bug_on_one_file_costs_that_file_only(tmp_path, monkeypatch):
    import pipeline.documents as documents
    (tmp_path / "a.txt").write_text("It was Ant Group, the fintech affiliate of Alibaba.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x80 Alibaba shares rose on Monday.")
    real = documents.decode

    def decode_failing_on_legacy_bytes(data, declared=""):
        if data.startswith(b"\x80"):
            raise LookupError("unknown encoding: x-mac-none")
        return real(data, declared)

    monkeypatch.setattr(documents, "decode", decode_failing_on_legacy_bytes)
    corpus = read_corpus([tmp_path])
    assert [d.doc for d in corpus.documents] == ["a.txt"]
    assert corpus.skipped[0].reason == "could not be read: LookupError: unknown encoding: x-mac-none"
    assert "decode_failing_on_legacy_bytes" in corpus.skipped[0].detail


def test_what_was_read_survives_pickling_as_the_page_caches_it():
    import pickle
    corpus = read_corpus([BAD])
    back = pickle.loads(pickle.dumps(corpus))
    assert back.documents == corpus.documents and back.skipped == corpus.skipped
    assert [(w, w.path, w.reason) for w in back.warnings] == [(w, w.path, w.reason) for w in corpus.warnings]


def test_a_place_and_a_day_before_a_dash_are_a_dateline_without_an_agency():
    text = ("Five years after Ant\n\nHONG KONG, Nov 3 - On November 3, 2020, the Shanghai Stock Exchange suspended "
            "the listing.\n")
    start, end = dateline_span(text)
    assert text[start:end] == "HONG KONG, Nov 3 -"
    assert dateline_span("Title\n\nSales rose 3% to 2,000 units - a record.\n") is None


def test_a_place_in_capitals_with_its_date_in_parentheses_and_a_colon_is_a_dateline():
    text = "Results\n\nJOHOR BAHRU (Aug 14): Mahkota Ports Bhd's second-quarter net profit rose 9% to RM61 million.\n"
    start, end = dateline_span(text)
    assert text[start:end] == "JOHOR BAHRU (Aug 14):"
    assert agency_dateline(text) is False

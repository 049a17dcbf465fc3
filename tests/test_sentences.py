"""Sentence spans and the matching form, on the seeds and real news text."""
import re

import pytest

from pipeline import sentences
from pipeline.rules import load_table
from pipeline.sentences import SentenceIndex, matching_form, opens_an_entry, split_paragraphs, split_sentences
from tests.conftest import SEED_CNBC, SEED_FT


def sentences_of(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("row", load_table("matching.tsv"), ids=lambda r: r["char"])
def test_the_matching_form_replaces_each_listed_character_keeping_the_length(row):
    char = chr(int(row["char"][2:], 16))
    replacement = row["replacement"]
    replacement = chr(int(replacement[2:], 16)) if replacement.startswith("U+") else replacement
    example = row["example"]
    form = matching_form(example)
    assert len(form) == len(example)
    assert char not in form
    assert form[example.index(char)] == replacement


def test_a_text_in_ascii_is_its_own_matching_form_unless_the_table_lists_an_ascii_character(monkeypatch):
    plain = 'Ma is now "back in favor," according to the article - and Alibaba rose.'
    assert matching_form(plain) == plain
    typographic = "Ma is now \u201cback in favor,\u201d according to the article \u2013 and Alibaba rose."
    assert matching_form(typographic) == plain
    monkeypatch.setattr(sentences, "_translation", lambda: {ord("-"): "~"})
    sentences._keeps_ascii.cache_clear()
    try:
        assert matching_form(plain) == plain.replace("-", "~")
    finally:
        monkeypatch.undo()
        sentences._keeps_ascii.cache_clear()


ABBREVIATIONS = [r for r in load_table("abbreviations.tsv") if r["final"] != "opener"]
OPENERS = [r for r in load_table("abbreviations.tsv") if r["final"] == "opener"]


@pytest.mark.parametrize("row", ABBREVIATIONS, ids=lambda r: r["abbreviation"])
def test_an_abbreviation_inside_a_sentence_does_not_split_it(row):
    example = row["example"]
    assert sentences_of(example) == [example]


@pytest.mark.parametrize("row", OPENERS, ids=lambda r: r["abbreviation"])
def test_a_country_abbreviation_ends_a_sentence_before_a_word_that_opens_one(row):
    first, second = sentences_of(row["example"])
    assert first.endswith((" U.S.", " U.K."))
    assert second.split()[0].strip(",").lower() == row["abbreviation"]


def test_an_adjusted_measure_abbreviated_after_a_full_stop_opens_its_sentence_and_ends_none():
    assert sentences_of(
        "Sales rose 4% to $2.1bn, short of estimates. Adj. EBITDA fell 9% to $310m on higher costs.") == [
        "Sales rose 4% to $2.1bn, short of estimates.", "Adj. EBITDA fell 9% to $310m on higher costs."]


def test_a_country_abbreviation_before_a_capitalised_noun_does_not_end_the_sentence():
    text = ("The U.S. Senate on Wednesday approved the measure that the U.S. House passed last week. "
            "The bill will become law when the new Congress convenes in early January.")
    assert sentences_of(text) == [
        "The U.S. Senate on Wednesday approved the measure that the U.S. House passed last week.",
        "The bill will become law when the new Congress convenes in early January.",
    ]
    assert sentences_of("Officials at the U.N. Security Council met. U.K. Prime Minister Boris Johnson spoke.") == [
        "Officials at the U.N. Security Council met.", "U.K. Prime Minister Boris Johnson spoke."]


def test_the_seed_dateline_title_and_standfirst_are_separate_sentences():
    text = SEED_CNBC.read_text(encoding="utf-8")
    first = sentences_of(text)[:4]
    assert first == [
        "November 24, 2025",
        "How Alibaba overcame Beijing's crackdown to become an AI giant",
        "The Alibaba empire was once under intense scrutiny from Beijing and competition from rivals.",
        "Now a big AI bet is helping it stage a revival.",
    ]


def test_every_seed_sentence_slices_back_out_of_the_text_as_read():
    for path in (SEED_CNBC, SEED_FT):
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        assert spans == sorted(spans)
        for start, end in spans:
            piece = text[start:end]
            assert piece == piece.strip() and piece


def test_a_quotation_that_ends_a_sentence_stays_with_it():
    text = ("“He’s in his early 60s now, but he’s still pretty vibrant. He has homes and yachts and all "
            "that stuff. But one senses that he’s not done yet,” Clark said.")
    assert sentences_of(text)[-1] == "But one senses that he’s not done yet,” Clark said."


def test_a_numbered_question_keeps_its_number():
    text = "  1. What sparked Alibaba’s shift to AI?\n    Jack Ma spearheaded the pivot to AI."
    assert sentences_of(text) == ["1. What sparked Alibaba’s shift to AI?", "Jack Ma spearheaded the pivot to AI."]


def test_us_before_a_capitalised_name_does_not_end_the_sentence():
    text = "Alibaba has sometimes been compared to U.S. tech giant Amazon. But it’s not an apples-to-apples comparison."
    assert len(sentences_of(text)) == 2


def test_hard_wrapped_newswire_lines_are_joined_into_sentences():
    text = ("Nigeria state radio says thousands of people began gathering in the capital\n"
            "Abuja early Tuesday for the two day rally supporting General Sani Abacha's\n"
            "candidacy. Organizers state the two days of music is expected to draw\n"
            "some two million people.\n")
    assert len(sentences_of(text)) == 2
    assert sentences_of(text)[0].endswith("candidacy.")


def test_lines_that_each_open_with_a_label_are_entries_of_a_list_not_one_wrapped_sentence():
    text = ("Here's how Alibaba did in the quarter ended Sept. 30, compared with what Wall Street was expecting:\n\n"
            "Revenue: 247.8 billion yuan ($34.8 billion) vs. 242.65 billion yuan expected\n"
            "Adjusted earnings per ADS: 4.36 yuan vs. 6.43 yuan expected\n")
    assert sentences_of(text)[1:] == ["Revenue: 247.8 billion yuan ($34.8 billion) vs. 242.65 billion yuan expected",
                                      "Adjusted earnings per ADS: 4.36 yuan vs. 6.43 yuan expected"]


def test_a_label_line_that_names_a_dated_price_is_an_entry_of_its_own():
    text = "Rating: HOLD\nTarget price: S$7.40 (previously S$6.90)\nPrice as of Oct. 3, 2025: S$6.55\n"
    assert sentences_of(text) == ["Rating: HOLD", "Target price: S$7.40 (previously S$6.90)",
                                  "Price as of Oct. 3, 2025: S$6.55"]


def test_a_wrapped_line_that_goes_on_after_a_label_stays_one_sentence():
    text = ("Note: Alibaba's fiscal year ends on March 31, so its second quarter\n"
            "Runs from July to September.\n")
    assert len(sentences_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Dow Jones extended its $18-a-share offer for Telerate Inc. common stock until 5 p.m. EST Nov. 9.",
    "The results are due at 4:30 p.m. Hong Kong time on Tuesday.",
    "10:32 a.m. HKT: Alibaba shares extend gains",
])
def test_a_time_zone_after_a_clock_time_goes_on_the_same_sentence(text):
    assert sentences_of(text) == [text]


@pytest.mark.parametrize("text", [
    "The county lifted the boil-water notice at 4 p.m. Thursday, two days after the main broke.",
    "Polls close at 8 p.m. May 12 in most of the state, officials said.",
    "Acme Holdings Corp. Tuesday said it would close two plants.",
])
def test_a_day_or_a_month_after_a_clock_time_or_a_company_goes_on_the_same_sentence(text):
    assert len(sentences_of(text)) == 1


def test_a_clock_time_still_ends_a_sentence_before_a_new_one():
    assert len(sentences_of("The market closes at 4 p.m. Trading resumes on Monday.")) == 2
    assert len(sentences_of("The polls close at 8 p.m. May the best candidate win.")) == 2


def test_a_full_stop_inside_brackets_that_close_soon_after_it_does_not_end_the_sentence():
    text = ("Alibaba will hold a conference call at 7:30 p.m. Hong Kong Time (6:30 a.m. U.S. Eastern Time) on "
            "Tuesday, November 25, 2025.")
    assert sentences_of(text) == [text]
    assert len(sentences_of("Shares rose (see chart). The index fell.")) == 2


def test_paragraphs_are_separated_by_blank_lines():
    text = SEED_CNBC.read_text(encoding="utf-8")
    paragraphs = [text[s:e] for s, e in split_paragraphs(text)]
    assert paragraphs[0].startswith("November 24, 2025\nHow Alibaba")
    assert paragraphs[1].startswith("On a cold")
    assert "\n\n" not in "".join(paragraphs)


def test_the_sentence_index_finds_the_sentence_of_an_offset():
    text = "It was Ant Group. The company’s founder Jack Ma was under scrutiny."
    index = SentenceIndex(split_sentences(text))
    assert index.find(text.index("Ant")) == 0
    assert index.find(text.index("Jack")) == 1
    assert index.find(text.index(" The")) is None


def test_a_seed_splits_the_same_when_its_matching_form_is_given():
    text = SEED_CNBC.read_text(encoding="utf-8")
    assert split_sentences(text, form=matching_form(text)) == split_sentences(text)


def test_a_form_of_another_length_than_the_text_is_refused():
    text = SEED_FT.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="same length"):
        split_sentences(text, form=matching_form(text)[:-1])


@pytest.mark.parametrize("line, date, heads", [
    ("May 12: The two sides agree to cut tariffs.", "May 12", True),
    ("* Nov. 3 - Ant's IPO is suspended.", "Nov. 3", True),
    ("\u2022 Feb. 24, 2025 \u2013 Alibaba pledges to invest 380 billion yuan.", "Feb. 24, 2025", True),
    ("Revenue grew from 2019 - 2021, the company said.", "2019", False),
    ("The deal closed on Nov. 3 - a day early.", "Nov. 3", False),
    ("- Nov. 12 (provisional): third-quarter results", "Nov. 12", True),
    ("Nov. 12 (a Thursday) was the day the shares hit bottom.", "Nov. 12", False),
])
def test_a_date_opens_a_chronology_entry_only_at_the_head_of_its_line_before_a_colon_or_a_dash(line, date, heads):
    start = line.index(date)
    assert opens_an_entry(line, start, start + len(date)) is heads


def test_a_full_stop_after_a_figure_with_a_unit_letter_ends_the_sentence_before_a_capital():
    text = ("By 1991 its shares traded at 38p. In the autumn of that year Geoffrey sold control. "
            "Jack M. Ma spoke.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "By 1991 its shares traded at 38p.", "In the autumn of that year Geoffrey sold control.", "Jack M. Ma spoke."]


@pytest.mark.parametrize("text, sentences", [
    ("Tencent (reported Nov. 13). Grade: A. Revenue rose 15% to 192.9 billion yuan.",
     ["Tencent (reported Nov. 13).", "Grade: A.", "Revenue rose 15% to 192.9 billion yuan."]),
    ("The memo was signed by Jack M. Ma on Friday.", ["The memo was signed by Jack M. Ma on Friday."]),
])
def test_a_single_letter_after_a_colon_is_a_grade_that_ends_its_sentence_not_an_initial(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_line_break_after_an_abbreviation_is_judged_as_a_space_would_be():
    text = ("The bill, which was drafted by lawmakers last year and debated for months, passed the U.S.\n"
            "Senate on Tuesday after a long fight. It now goes to the House.\n"
            "Critics said it would hurt exporters to the U.S.\nThe vote was close.")
    assert sentences_of(text) == [
        "The bill, which was drafted by lawmakers last year and debated for months, passed the U.S.\n"
        "Senate on Tuesday after a long fight.", "It now goes to the House.",
        "Critics said it would hurt exporters to the U.S.", "The vote was close."]


def test_a_companys_or_a_persons_initials_do_not_end_the_sentence_unless_an_opener_follows():
    assert sentences_of("Toll Brothers rose 1.4% and D.R. Horton added 2.2% on Tuesday. Builders led the gains.") == [
        "Toll Brothers rose 1.4% and D.R. Horton added 2.2% on Tuesday.", "Builders led the gains."]
    assert sentences_of("The lot was a late seascape by J.M.W. Turner that sold for £9 million.") == [
        "The lot was a late seascape by J.M.W. Turner that sold for £9 million."]
    # an opener after them ends it, and "a.m."/"p.m." keep their own rule
    assert sentences_of("The fund moved its office to Washington, D.C. The staff followed in May.") == [
        "The fund moved its office to Washington, D.C.", "The staff followed in May."]
    assert sentences_of("Trading halted at 2 p.m. Shares resumed an hour later.") == [
        "Trading halted at 2 p.m.", "Shares resumed an hour later."]


def test_a_bulleted_line_a_preposition_and_a_date_open_is_an_entry_only_in_a_list_of_such_lines():
    text = ("Milestones of the year:\n\n- In March 2023, the insurer listed in Hong Kong.\n"
            "- In June, it bought a Thai rival.\n\nAnalysts noted:\n\n- In June, the stock fell.\n- Costs rose.\n")
    first = text.index("June")
    last = text.rindex("June")
    assert opens_an_entry(text, first, first + 4)
    assert not opens_an_entry(text, last, last + 4)


@pytest.mark.parametrize("row", load_table("entries.tsv"), ids=lambda r: f"{r['role']}-{r['word']}")
def test_every_entry_word_example_opens_a_chronology_entry_with_its_date(row):
    text = row["example"].replace("\\n", "\n")
    assert re.search(rf"\b{row['word']}\b", text, re.I)
    start = text.rindex(row["date"])
    assert opens_an_entry(text, start, start + len(row["date"]))


def test_a_date_after_a_recording_stamp_in_show_notes_opens_an_entry():
    text = ("Chapters\n\n[00:00] Intro\n[03:40] May 2022: the lender files for protection, and emerges in "
            "November\n[11:05] Feb. 3, 2023: the new board meets\n")
    first = text.index("May 2022")
    assert opens_an_entry(text, first, first + len("May 2022"))
    assert not opens_an_entry(text, text.index("November"), text.index("November") + len("November"))


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_it_closes():
    text = "Sales slowed in the final quarter of the fiscal year.\u00b2 Operating profit rose 4% to $1.2bn."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Sales slowed in the final quarter of the fiscal year.\u00b2", "Operating profit rose 4% to $1.2bn."]


def test_a_rupee_sum_written_rs_with_a_full_stop_does_not_end_its_sentence():
    text = "Shares of the Colombo brewer rose 1.5% to Rs. 48.20 on Friday. The index fell."
    assert len(split_sentences(text)) == 2

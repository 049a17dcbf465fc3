"""Articles to rows: offsets that slice back, stable ids, byte-identical tables, and one bad document
never costing the others."""
import datetime as dt
import gc
import shutil

import pandas as pd
import pytest

import pipeline.extract as extract
from pipeline import schema
from pipeline.documents import Corpus, Document, document_from_bytes, read_corpus
from pipeline.extract import extract_corpus, extract_document, extract_paths
from pipeline.rules import load_table
from pipeline.store import write_table
from tests.conftest import SEED_CNBC, SEED_FT, SEEDS

# A real Wall Street Journal brief (TimeBank wsj_0068) under its dateline: news with dates and figures
# that has nothing to do with Alibaba.
UNRELATED = ("November 2, 1989\n\n"
             "GOODY PRODUCTS Inc. cut its quarterly dividend to five cents a share from 11.5 cents a share. The "
             "reduced dividend is payable Jan. 2 to stock of record Dec. 15. The Kearny, N.J.-based maker of hair "
             "accessories and other cosmetic products said it cut the dividend due to its third-quarter loss of "
             "$992,000, or 15 cents a share. In the year-ago quarter, the company reported net income of $1.9 "
             "million, or 29 cents a share.\n")


def seeds_copy(folder):
    folder.mkdir(exist_ok=True)
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


def test_every_row_of_the_seeds_slices_back_to_its_excerpt_date_and_figure(seed_table):
    texts = {d.doc: d.text for d in read_corpus([SEEDS]).documents}
    assert len(seed_table) > 0
    for row in seed_table.itertuples():
        text = texts[row.doc]
        assert text[row.char_start:row.char_end] == row.excerpt
        if row.date_text:
            assert text[row.date_start:row.date_end] == row.date_text
        if row.money_text:
            assert text[row.money_start:row.money_end] == row.money_text


def test_a_dateline_is_when_the_article_appeared_not_a_happening(seed_table):
    cnbc = seed_table[seed_table["doc"] == SEED_CNBC.name]
    assert "November 24, 2025" not in set(cnbc["date_text"])
    unrelated = extract_document(document_from_bytes("wsj_0068.txt", UNRELATED.encode("utf-8")))
    assert unrelated and all(row["char_start"] > 0 for row in unrelated)
    assert {"Jan. 2", "Dec. 15"} <= {row["date_text"] for row in unrelated}


def test_a_news_agency_dateline_gives_the_date_and_no_row_but_the_story_after_its_dash_does():
    wire = ("Alibaba shares surge as cloud growth accelerates\n\n"
            "HONG KONG, Nov. 25, 2025 (Reuters) - Alibaba Group's Hong Kong-listed shares jumped 6.2% to HK$158.40 "
            "on Tuesday, their biggest one-day gain since March.\n")
    document = document_from_bytes("reuters.txt", wire.encode("utf-8"))
    assert (str(document.published), document.published_origin) == ("2025-11-25", "dateline")
    rows = extract_document(document)
    assert "Nov. 25, 2025" not in {row["date_text"] for row in rows}
    assert "Tuesday" in {row["date_text"] for row in rows}
    assert "since March" not in {row["date_text"] for row in rows}, "the stretch of a record is no happening"
    assert "HK$158.40" in {row["money_text"] for row in rows}


@pytest.mark.parametrize("text, told, happening, filed, later", [
    # a date alone after a title and a byline
    ("Harbour Foods' online sales jump\n\nBy a retail desk\n\nJan. 22, 2026 - Harbour Foods said on Wednesday its "
     "online sales rose 18% in the December quarter.\n", "Jan. 22, 2026", "Wednesday", dt.date(2026, 1, 22),
     dt.date(2026, 2, 5)),
    # a town written as a name and its day
    ("Tea exporters cheer rupee slide\n\nKolkata, March 9: Tea exporters said on Monday the weaker rupee would lift "
     "their earnings.\n", "March 9", "Monday", dt.date(2026, 3, 9), dt.date(2026, 3, 20)),
])
def test_a_date_or_a_town_s_day_opening_the_first_paragraph_on_the_day_of_publication_is_a_dateline_not_a_happening(
        text, told, happening, filed, later):
    for published, dateline in ((filed, True), (later, False)):
        rows = extract_document(Document("lead.txt", "lead.txt", text, published=published))
        dates = {row["date_text"] for row in rows}
        assert (told not in dates) is dateline and happening in dates


def test_the_same_input_gives_a_byte_identical_table_twice(tmp_path):
    first = write_table(extract_paths([SEEDS]).table, tmp_path / "first.csv").read_bytes()
    second = write_table(extract_paths([SEEDS]).table, tmp_path / "second.csv").read_bytes()
    assert first == second


def test_ids_do_not_change_when_an_unrelated_article_is_added(tmp_path):
    corpus = seeds_copy(tmp_path / "corpus")
    before = extract_paths([corpus]).table
    (corpus / "wsj_0068.txt").write_text(UNRELATED, encoding="utf-8")
    after = extract_paths([corpus]).table
    assert (after["doc"] == "wsj_0068.txt").any()
    seeds_after = after[after["doc"] != "wsj_0068.txt"].reset_index(drop=True)
    pd.testing.assert_series_equal(seeds_after["mention_id"], before["mention_id"])
    pd.testing.assert_series_equal(seeds_after["event_id"], before["event_id"])


def test_an_engine_that_raises_on_one_document_costs_only_that_document(tmp_path, monkeypatch):
    corpus = seeds_copy(tmp_path / "corpus")
    real_tag_dates = extract.tag_dates

    def tag_dates_failing_on_the_ft_article(text, *args, **kwargs):
        if "Financial Times" in text:
            raise ValueError("year 0 is out of range")
        return real_tag_dates(text, *args, **kwargs)

    monkeypatch.setattr(extract, "tag_dates", tag_dates_failing_on_the_ft_article)
    result = extract_paths([corpus])
    assert set(result.table["doc"]) == {SEED_CNBC.name}
    [skipped] = result.skipped
    assert skipped.path.endswith(SEED_FT.name)
    assert skipped.reason.startswith("extraction failed: ValueError: year 0 is out of range (at test_extract.py:")
    assert "tag_dates_failing_on_the_ft_article" in skipped.detail
    report = result.report()
    assert report.set_index("doc").loc[SEED_FT.name, "status"] == "skipped"
    assert report["rows"].sum() == len(result.table)


def test_a_document_whose_rows_break_the_contract_is_skipped_and_the_table_still_written(monkeypatch):
    real = extract.extract_document

    def broken_rows_for_the_ft_article(document, **options):
        rows = real(document, **options)
        if document.doc == SEED_FT.name:
            rows[0] = dict(rows[0], start="2025-12-31", end="2025-01-01")
        return rows

    monkeypatch.setattr(extract, "extract_document", broken_rows_for_the_ft_article)
    result = extract_paths([SEEDS])
    assert set(result.table["doc"]) == {SEED_CNBC.name}
    assert result.skipped[0].reason.startswith("its rows break the table contract: ContractError: rule broken: "
                                               "start <= end")
    assert [o.status for o in result.outcomes if o.doc == SEED_FT.name] == ["skipped"]


def test_uploaded_documents_are_extracted_and_a_failing_one_is_left_out_of_the_documents(monkeypatch):
    upload = document_from_bytes(SEED_CNBC.name, SEED_CNBC.read_bytes())
    other = document_from_bytes("wsj_0068.txt", UNRELATED.encode("utf-8"))
    real = extract.extract_document
    monkeypatch.setattr(extract, "extract_document",
                        lambda d, **options: (_ for _ in ()).throw(RecursionError("deep")) if d.doc == "wsj_0068.txt"
                        else real(d, **options))
    result = extract_corpus(Corpus(documents=[upload, other]))
    assert [d.doc for d in result.documents] == [SEED_CNBC.name]
    assert result.skipped[0].reason.startswith("extraction failed: RecursionError: deep")
    assert set(result.table["doc"]) == {SEED_CNBC.name}


def test_the_report_lists_every_input_once_and_its_rows_add_up_to_the_table(tmp_path):
    corpus = seeds_copy(tmp_path / "corpus")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "quiet.txt").write_text("But those who know Ma know never to count him out.", encoding="utf-8")
    result = extract_paths([corpus, tmp_path / "nowhere"])
    report = result.report()
    files = report[report["status"] != "warning"]
    assert sorted(files["doc"]) == sorted([SEED_FT.name, SEED_CNBC.name, "empty.txt", "quiet.txt", "nowhere"])
    assert files["file"].is_unique
    assert files["rows"].sum() == len(result.table)
    quiet = report.set_index("doc").loc["quiet.txt"]
    assert (quiet["status"], quiet["rows"], quiet["reason"]) == ("extracted", 0, "no dates or figures found")
    assert result.summary() == f"5 files: 3 extracted (1 with no dates or figures), 2 skipped, 0 warnings; " \
                               f"{len(result.table)} rows"


def test_the_progress_bar_is_given_every_file_to_read_up_front(tmp_path):
    corpus = seeds_copy(tmp_path / "corpus")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    seen = []

    def progress(files):
        seen.append(len(files))
        return files

    extract_paths([corpus], progress=progress)
    assert seen == [2]


def test_a_document_without_a_publication_date_places_undated_figures_nowhere():
    document = document_from_bytes("undated.txt", "Ant Group was fined $2.8 billion.".encode("utf-8"))
    rows = extract_document(document)
    table = schema.validate(schema.conform(pd.DataFrame(rows)))
    undated = table[table["date_text"] == ""]
    assert (undated["when"] == "").all() and (undated["date_status"] == "unresolved").all()


@pytest.mark.parametrize("stretch, when", [("the past century", "1889/1989"), ("the past decade", "1979/1989")])
def test_a_stretch_up_to_a_day_the_text_tells_counts_back_from_that_day(stretch, when):
    # wsj_0266: "the past century" counted from a told day once cost the whole document (no month count for it)
    text = (f"I was pleased to note that your Oct. 23 Centennial Journal item recognized the money-fund concept as "
            f"one of the significant events of {stretch}.")
    document = document_from_bytes("letter.txt", text.encode("utf-8"), {"published": "1989-11-01"})
    assert {row["date_text"]: row["when"] for row in extract_document(document)}[stretch] == when


@pytest.mark.parametrize("locale", ["", "en-US", "en-GB", "xx-YY", "not a locale"])
def test_any_locale_in_a_manifest_gives_rows_not_a_crash(locale):
    document = document_from_bytes("numeric.txt", b"The results were published on 03/04/2025 in Hangzhou.",
                                   {"locale": locale, "published": "2025-06-01"})
    assert all(row["excerpt"] for row in extract_document(document))


def test_rows_missing_their_sentence_offset_are_refused_by_the_contract_naming_the_column():
    rows = extract_document(read_corpus([SEED_CNBC]).documents[0])
    for row in rows[:2]:
        row["char_start"] = None
    with pytest.raises(schema.ContractError, match="char_start"):
        extract.mentions_table(rows)


def test_building_the_table_leaves_the_cycle_collector_as_it_found_it():
    rows = extract_document(read_corpus([SEED_CNBC]).documents[0])
    assert gc.isenabled()
    assert len(extract.mentions_table(rows)) == len(rows)
    assert gc.isenabled()
    gc.disable()
    try:
        extract.mentions_table(rows)
        assert not gc.isenabled()
    finally:
        gc.enable()
    rows[0]["char_start"] = None
    with pytest.raises(schema.ContractError):
        extract.mentions_table(rows)
    assert gc.isenabled()


def test_an_article_is_read_with_the_cycle_collector_paused_and_left_running_after_it_even_when_it_fails():
    document = read_corpus([SEED_CNBC]).documents[0]
    steps: list[bool] = []
    assert extract_document(document, stage=lambda name: steps.append(gc.isenabled()))
    assert steps and not any(steps)
    assert gc.isenabled()

    def failing(name: str) -> None:
        raise RuntimeError(name)

    with pytest.raises(RuntimeError):
        extract_document(document, stage=failing)
    assert gc.isenabled()


def test_the_table_of_a_seed_is_ordered_by_sentence_then_date_then_figure():
    table = extract.mentions_table(extract_document(read_corpus([SEED_CNBC]).documents[0])[::-1])
    resorted = table.sort_values(["doc", "char_start", "date_start", "money_start", "mention_id"],
                                 na_position="first", kind="stable")
    assert table["mention_id"].tolist() == resorted["mention_id"].tolist()
    assert table["money_start"].notna().any() and table["date_start"].isna().any()


def test_a_stocks_move_told_without_its_verb_is_a_row_of_its_own_on_the_day_of_the_sentence():
    document = document_from_bytes("gapped.txt", "Alibaba fell 3% on Friday, and Tencent 2%.".encode("utf-8"),
                                   {"published": "2025-06-09"})
    rows = [(r["money_text"], r["market_kind"], r["direction"], r["subject"], r["when"])
            for r in extract_document(document)]
    assert ("2%", "share_move", "down", "Tencent", "2025-06-06") in rows


FACTBOX = ("September 19, 2025\n\nFollowing are key dates in the company's history:\n\n"
           "* Sept 19, 2014 - Lists on the New York Stock Exchange. The $25 billion offering is the largest initial "
           "public offering in history at the time. The stock, priced at $68, closes its first day at $93.89.\n\n"
           "* March 28, 2023 - Unveils a plan to split into six units. Shares jump 14% in New York.\n\n"
           "In 2025 its shares have risen 90%. The company is worth about $380 billion.\n")


def test_the_date_that_opens_a_chronology_entry_dates_the_figures_of_every_sentence_of_the_entry():
    rows = extract_document(document_from_bytes("factbox.txt", FACTBOX.encode("utf-8")))
    whens = {row["money_text"]: row["when"] for row in rows if row["money_text"]}
    assert whens["$25 billion"] == whens["$68"] == whens["$93.89"] == "2014-09-19"
    assert whens["14%"] == "2023-03-28"
    assert whens["$380 billion"] == "2025-09-19", "a line that opens with a date and no dash is no entry"
    assert {"Sept 19, 2014", "March 28, 2023"} <= {row["date_text"] for row in rows if not row["money_text"]}, \
        "the entry's date keeps its own row"


def test_a_coming_day_of_a_week_ahead_does_not_date_the_figures_after_its_first_sentence():
    text = ("November 16, 2025\n\nTuesday: Xiaomi reports after the Hong Kong close. Its shares trade at HK$40.50, "
            "well below their record.\n")
    rows = extract_document(document_from_bytes("week_ahead.txt", text.encode("utf-8")))
    assert {row["money_text"]: row["when"] for row in rows if row["money_text"]} == {"HK$40.50": "2025-11-16"}


HEATWAVE_LOG = ("Heatwave log: how the grid came within minutes of blackouts\n\n"
                "Below is a day-by-day account of the emergency.\n\nMonday, Aug. 11\n\n"
                "2:40 p.m. - The grid operator declares an emergency.\n\nTuesday\n\n"
                "Shares of Corvane Energy fall 7.4% to $38.15, their steepest drop since March 2020.\n\n"
                "What comes next\n\nCorvane's shares are worth $40.10 in early trading.\n")


def test_a_past_day_heading_a_section_of_a_log_dates_the_figures_under_it():
    document = document_from_bytes("log.txt", HEATWAVE_LOG.encode("utf-8"), {"published": "2025-08-14"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens["7.4%"] == whens["$38.15"] == "2025-08-12"
    assert whens["$40.10"] == "2025-08-14", "a heading of another kind ends the section"


def test_a_weekday_alone_heading_a_week_ahead_does_not_date_the_figures_under_it():
    text = ("Here is what to watch, day by day.\n\nMonday\n\n"
            "Analysts expect Baidu's revenue to fall about 6% to 31.2 billion yuan.\n")
    document = document_from_bytes("ahead.txt", text.encode("utf-8"), {"published": "2025-11-23"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens["31.2 billion yuan"] == "2025-11-23"


RESULTS_RELEASE = ("Veltrix Systems Reports Record Fourth Quarter and Full Year 2025 Results\n\n"
                   "Veltrix Systems today announced financial results for its fourth quarter and fiscal year ended "
                   "December 31, 2025.\n\nFourth Quarter 2025 Highlights\n\n"
                   "- Revenue of $148.6 million, up 17% from the fourth quarter of 2024\n"
                   "- GAAP net income of $12.3 million, compared with $8.9 million in the prior-year period\n\n"
                   "Full Year 2025 Highlights\n\n- Adjusted EBITDA of $96.4 million\n\n"
                   "Business Outlook 2026\n\n- Revenue of $590 million to $610 million\n\n"
                   "Outlook\n\n- Capital spending of about $40 million\n\n"
                   "December Quarter Summary\n\n- Free cash flow of $22 million\n\n"
                   "In 2025 the company shipped 1.4 million units. Its backlog is $412 million.\n")


@pytest.mark.parametrize("figure, when", [
    ("$148.6 million", "2025-Q4"),
    ("17%", "2025-Q4"),
    ("$12.3 million", "2025-Q4"),
    ("$8.9 million", "2024-Q4"),            # an item's own date outweighs its heading's
    ("$96.4 million", "2025"),
    ("$590 million", "2026-02-24"),         # a period still running heads an outlook, not results
    ("$40 million", "2026-02-24"),          # a heading without a period dates nothing
    ("$22 million", "2026-02-24"),          # a period without its year labels a section
    ("$412 million", "2026-02-24"),         # body text under no heading of a list
])
def test_a_past_period_heading_a_bulleted_list_dates_the_figures_of_its_items(figure, when):
    document = document_from_bytes("release.txt", RESULTS_RELEASE.encode("utf-8"), {"published": "2026-02-24"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens[figure] == when


def test_a_heading_ending_in_a_colon_that_names_a_past_year_over_a_list_is_a_row_and_dates_its_items():
    # setGK, gk_annual_report: "Key numbers for fiscal 2025:" heads its list as "Full Year 2025 Highlights" does
    text = ("Corvane files its annual report\n\nCorvane filed its annual report with regulators on Friday.\n\n"
            "Main figures for fiscal 2025:\n- Sales: $4.2 billion, up 9%\n- Operating profit: $610 million\n")
    document = document_from_bytes("annual.txt", text.encode("utf-8"), {"published": "2026-03-16"})
    rows = extract_document(document)
    heading = {row["date_text"]: row["when"] for row in rows if not row["money_text"]}["fiscal 2025"]
    whens = {row["money_text"]: row["when"] for row in rows if row["money_text"]}
    assert whens["$4.2 billion"] == whens["$610 million"] == heading != "2026-03-16"


HEADLINED_RESULTS = ("Daesan Semiconductor third-quarter profit jumps 41 pct on AI memory demand\n\n"
                     "SEOUL, Oct. 30 (Yonhap) -- Daesan Semiconductor Co. said Thursday its operating profit for the "
                     "July-September period jumped 41 percent from a year earlier to 3.2 trillion won.\n")
HEADLINED_DEAL = ("Harlow Peak closes $6.2 billion fund as lenders race to raise\n\n"
                  "Harlow Peak Capital said on Wednesday it had closed its fourth direct lending fund at $6.2 "
                  "billion.\n")


@pytest.mark.parametrize("text, figure, when", [
    (HEADLINED_RESULTS, "41 pct", "2025-Q3"),
    (HEADLINED_DEAL, "$6.2 billion", "2025-10-30"),   # no revenue or profit: the headline's own day
])
def test_a_headlines_profit_told_again_takes_the_storys_period_and_other_figures_the_headlines_day(text, figure, when):
    document = document_from_bytes("story.txt", text.encode("utf-8"), {"published": "2025-10-30"})
    whens = [row["when"] for row in extract_document(document) if row["money_text"] == figure]
    assert whens[0] == when


def _figure_dates(text: str) -> dict[str, tuple[str, str]]:
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 11, 6))
    return {r["money_text"]: (r["when"], r["date_text"]) for r in extract_document(document) if r["money_text"]}


def test_a_profit_told_after_a_quarters_revenue_in_the_same_paragraph_is_of_that_quarter():
    got = _figure_dates("Tervola Foods said on Thursday that revenue rose 6% to 4.1 billion euros in the third "
                        "quarter. Net income climbed 9% to 205 million euros.")
    # (placed in the quarter, though its own sentence names no date)
    assert got["205 million euros"] == ("2025-Q3", "")
    assert got["4.1 billion euros"] == ("2025-Q3", "the third quarter")


def test_a_profit_told_after_a_closed_stretch_s_profit_in_the_same_paragraph_is_of_that_stretch():
    got = _figure_dates("Net profit at Varda Bank for the nine months to Sept. 30 rose 6% to 41 million dinars. Fee "
                        "income climbed 4% to 18 million dinars.")
    assert got["18 million dinars"] == ("2025-01/2025-09", "")


def test_a_forecast_a_new_paragraph_or_a_time_of_its_own_keeps_the_figure_at_the_day_told():
    told = "Tervola Foods said on Thursday that revenue rose 6% to 4.1 billion euros in the third quarter."
    assert _figure_dates(told + " Analysts expect net profit of 230 million euros.")["230 million euros"] \
        == ("2025-11-06", "")
    assert _figure_dates(told + "\n\nNet profit was 205 million euros.")["205 million euros"] == ("2025-11-06", "")
    assert _figure_dates(told + " Its revenue is now 4.5 billion euros a quarter.")["4.5 billion euros"][0] \
        == "2025-11-06"


def test_a_base_a_year_earlier_in_the_sentence_before_leaves_the_next_profit_at_the_day_told():
    got = _figure_dates("Underlying profit was 1.2 billion euros, compared with 1.0 billion euros in the first half "
                        "of 2024. Net profit was 310 million euros.")
    assert got["310 million euros"] == ("2025-11-06", "")


REFINERS = "Shares of Gulf Coast refiners fell on Tuesday as crude prices jumped."


def test_the_moves_told_right_after_a_sentence_of_a_past_sessions_fall_are_of_that_day():
    got = _figure_dates(REFINERS + " Valero Energy slid 3.1% and Marathon Petroleum lost 2.7%.")
    assert got["3.1%"] == got["2.7%"] == ("2025-11-04", ""), "the session's movers, their sentence naming no date"
    got = _figure_dates("Shares of Harbin Dairy fell on Monday after a recall. The stock dropped 6.4%.")
    assert got["6.4%"] == ("2025-11-03", ""), "a company's fall told in words tells the day as well"


@pytest.mark.parametrize("after", [
    "\n\nValero Energy slid 3.1% and Marathon Petroleum lost 2.7%.",           # a new paragraph
    " Valero Energy slid 3.1% on Thursday.",                                     # a day of its own
    " Crude rose sharply. Valero Energy slid 3.1%.",                             # not the very next sentence
    " Valero Energy trades at $3.1 a share, analysts said.",                     # a price, no move
])
def test_a_new_paragraph_a_day_of_its_own_or_a_later_sentence_keeps_the_figure_at_the_day_told(after):
    got = _figure_dates(REFINERS + after)
    figure = next(f for f in got if f.startswith("3.1") or f.startswith("$3.1"))
    assert got[figure][0] == "2025-11-06", got


def test_a_day_told_by_a_sentence_of_no_market_move_dates_no_move_after_it():
    got = _figure_dates("The refinery restarted on Tuesday after a fire. Valero Energy slid 3.1%.")
    assert got["3.1%"] == ("2025-11-06", "")


BANK_SELLOFF = ("European banks slump as German lender warns\n\n"
                "FRANKFURT (March 11) - European bank shares had their worst day in two years on Tuesday after a "
                "German lender warned of losses on its commercial property loans.\n\n"
                "Deutsche Pfandbank shares plunged 14.5% to 8.12 euros. Commerzbank fell 6.2% and the Stoxx 600 "
                "banks index dropped 4.1%.\n\n"
                "Analysts at Citi cut their target for Commerzbank to 14 euros.\n")


def test_the_moves_of_the_paragraph_after_a_wire_lead_are_of_the_past_session_the_lead_tells():
    document = document_from_bytes("banks.txt", BANK_SELLOFF.encode("utf-8"), {"published": "2026-03-11"})
    rows = [row for row in extract_document(document) if row["money_text"]]
    whens = {row["money_text"]: row["when"] for row in rows}
    assert whens == {"14.5%": "2026-03-10", "8.12 euros": "2026-03-10", "6.2%": "2026-03-10",
                     "4.1%": "2026-03-10", "14 euros": "2026-03-11"}, "a paragraph further on is of the day told"
    assert not any(row["date_text"] for row in rows), "their sentences still name no date"


def test_a_market_value_that_moved_after_a_wire_lead_is_of_the_session_but_another_names_price_is_not():
    text = ("Insurers slide on storm claims\n\nZURICH (May 6) - European insurers fell sharply on Tuesday after a "
            "reinsurer raised its storm claims estimate.\n\nAlpenrueck shares sank 9.3% to 41.10 francs, and the "
            "group's market value fell to 6.2 billion francs. Norvik Re dropped 4.4%, while Helvetia Leben traded at "
            "128 francs.\n")
    document = document_from_bytes("insurers.txt", text.encode("utf-8"), {"published": "2026-05-06"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens == {"9.3%": "2026-05-05", "41.10 francs": "2026-05-05", "6.2 billion francs": "2026-05-05",
                     "4.4%": "2026-05-05", "128 francs": "2026-05-06"}


@pytest.mark.parametrize("sentence, carried", [
    ("Tessiner shares slid 6.8% in Milan trading to 12.35 euros.", True),
    ("Tessiner shares slid 6.8%, their steepest fall since January, to 12.35 euros.", True),
    ("Tessiner shares slid 6.8%, while shares of its larger rival traded at 12.35 euros.", False),
    ("Tessiner shares slid 6.8%; the rival's stock ended at 12.35 euros.", False),
])
def test_a_price_after_a_wire_lead_is_of_the_session_only_in_the_clause_of_the_move_that_reaches_it(
        sentence, carried):
    text = ("Lenders drop on bad-loan warning\n\nMILAN (Oct 8) - Italian lenders fell on Wednesday after a rival "
            f"flagged rising bad loans.\n\n{sentence}\n")
    document = document_from_bytes("lenders.txt", text.encode("utf-8"), {"published": "2026-10-08"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens["6.8%"] == "2026-10-07"
    assert whens["12.35 euros"] == ("2026-10-07" if carried else "2026-10-08")


@pytest.mark.parametrize("sentence, figure", [
    ("The bank, which raised its dividend 8% to 52 cents, lends mostly to offices.", "8%"),
    ("Bank shares have lost 35% this year.", "35%"),
    ("Commerzbank has fallen 22% since January.", "22%"),
])
def test_a_move_of_no_stock_or_index_or_a_running_total_after_a_wire_lead_is_of_the_day_told(sentence, figure):
    text = ("Banks slump as lender warns\n\nFRANKFURT (March 11) - European bank shares had their worst day in two "
            "years on Tuesday after a German lender warned of losses.\n\nDeutsche Pfandbank shares plunged 14.5% to "
            f"8.12 euros. {sentence} The DAX index dropped 2.1%.\n")
    document = document_from_bytes("banks.txt", text.encode("utf-8"), {"published": "2026-03-11"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens[figure] == "2026-03-11"
    assert whens["14.5%"] == whens["2.1%"] == "2026-03-10", "the session's stock and index moves keep the lead's day"


def test_a_date_counted_back_for_a_sum_that_makes_no_row_makes_no_row_either_but_a_named_year_does():
    rows = extract_document(Document(doc="x.txt", path="x.txt", published=dt.date(2025, 10, 28), text=(
        "Punters wagered about A$160 million on the Cox Plate, down from A$171 million last year. Punters wagered "
        "about A$150 million on the Caulfield Cup, down from a record A$180 million in 2021.")))
    assert [(r["date_text"], r["money_text"]) for r in rows] == [("2021", "")]


@pytest.mark.parametrize("sentence, dated", [
    ("A kilo of pork cost 27 yuan at Beijing wet markets this week, down from 31 yuan in August.",
     [("this week", "2025-W47"), ("August", "2025-08")]),
    ("A one-bedroom flat in the district now rents for about 9,200 rupees a month, up from 7,500 rupees in 2023.",
     [("2023", "2023")]),
    ("An adult season ticket at the club now costs £540, up from £495 last season.", []),
])
def test_a_month_or_year_named_after_a_sum_that_makes_no_row_tells_when_that_level_stood(sentence, dated):
    rows = extract_document(Document(doc="x.txt", path="x.txt", published=dt.date(2025, 11, 20), text=sentence))
    assert [(r["date_text"], r["when"]) for r in rows] == dated
    assert not any(r["money_text"] for r in rows)


def test_a_figure_told_in_the_same_period_is_of_the_period_of_the_sentence_before_and_leaves_its_day_a_row():
    text = ("Harlow Water results\n\nHarlow Water reported on 19 June a pre-tax profit of £88 million for the year to "
            "31 March. It paid £40 million in dividends to its parent in the same period, a sum that campaigners said "
            "on Thursday was too much. Its revenue rose 3% from £310 million in the same period a year earlier.\n")
    document = document_from_bytes("water.txt", text.encode("utf-8"), {"published": "2025-07-10"})
    rows = extract_document(document)
    whens = {row["money_text"]: row["when"] for row in rows if row["money_text"]}
    assert whens["£40 million"] == whens["£88 million"] == "FY2025"
    # "the same period a year earlier" is a time of its own, read as dates are
    assert {row["money_text"]: row["date_text"] for row in rows}["£310 million"] == "the same period a year earlier"
    assert {row["date_text"] for row in rows if not row["money_text"]} >= {"Thursday"}


@pytest.mark.parametrize("sentence, moves, told", [
    # the day of telling before "that" dates when the results were told, not the second move's time
    ("Norvik Telecom said on Tuesday that revenue rose 6% to 9.4 billion crowns in the September quarter, and that "
     "profit at its fibre unit jumped 21%.", ["6%", "21%"], ("Tuesday", "2025-11-11")),
    # ... and so does the month of a telling set off by a comma
    ("Sales at its payments arm grew 12% to 3.1 billion crowns in the three months to September, the group said "
     "last month, while its operating profit fell 8%.", ["12%", "8%"], ("last month", "2025-10")),
    # ... and so does the week a report "showed" them, the level a move went to included
    ("Sales at the dairy grew 5% to 2.2 billion crowns in the three months to September, its quarterly report showed "
     "last week, while its operating profit fell to 90 million crowns.", ["5%", "90 million crowns"],
     ("last week", "2025-W45")),
])
def test_a_move_dated_only_by_the_telling_is_of_the_period_of_the_results_told_before_it_in_its_sentence(
        sentence, moves, told):
    rows = extract_document(Document(doc="x.txt", path="x.txt", published=dt.date(2025, 11, 14), text=sentence))
    whens = {row["money_text"]: row["when"] for row in rows if row["money_text"]}
    assert [whens[move] for move in moves] == ["2025-Q3", "2025-Q3"]
    assert [(row["date_text"], row["when"]) for row in rows if not row["money_text"]] == [told]


@pytest.mark.parametrize("text, when", [
    # a wire story's paragraph is one sentence: the next paragraph's revenue goes on telling the results named
    ("Norvik Telecom reported results for the September quarter on Thursday, while its core profit fell 12%.\n\n"
     "Revenue at the fibre unit rose 9%.\n", "2025-Q3"),
    # ... not a period of a sentence that names no results: its own figure's
    ("Norvik Telecom's core profit fell 12% in the September quarter.\n\nRevenue at the fibre unit rose 9%.\n",
     "2025-11-14"),
])
def test_a_revenue_in_the_paragraph_after_a_sentence_naming_a_period_s_results_is_of_that_period(text, when):
    rows = extract_document(Document(doc="x.txt", path="x.txt", published=dt.date(2025, 11, 14), text=text))
    assert {row["money_text"]: row["when"] for row in rows}["9%"] == when


def test_a_sum_a_present_tense_tells_after_a_period_s_results_keeps_the_month_it_was_told():
    rows = extract_document(Document(doc="x.txt", path="x.txt", published=dt.date(2025, 11, 14), text=(
        "Ostrava Steel reported an operating profit of 48 billion crowns for the year that ended in June, and said "
        "last month that every 1 crown move against the euro changes its annual profit by about 5 billion crowns.")))
    assert {row["money_text"]: row["when"] for row in rows}["5 billion crowns"] == "2025-10"


@pytest.mark.parametrize("phrase", ["for the same period", "over the same stretch"])
def test_a_figure_told_for_the_same_period_or_over_the_same_stretch_is_of_the_period_of_the_sentence_before(phrase):
    text = ("Severn Vale results\n\nSevern Vale Water reported on 12 June a pre-tax profit of £61 million for the year "
            f"to 31 March. It returned £30 million to its owners {phrase}, a sum critics said on Monday was too "
            "high.\n")
    document = document_from_bytes("severn.txt", text.encode("utf-8"), {"published": "2025-07-09"})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens["£30 million"] == whens["£61 million"] == "FY2025"


@pytest.mark.parametrize("name, text, published, first, second, when", [
    pytest.param("ipo.txt", "Carmaker seeks HK$5 billion in listing\n\nHONG KONG, June 9 - Velora Motors filed for a "
                 "Hong Kong listing late on Monday.\n\nIt is offering 200 million shares at between HK$24.10 and "
                 "HK$26.50 each.\n", "2026-06-09", "HK$24.10", "HK$26.50", "2026-06-09",
                 id="test_a_price_with_no_move_after_a_wire_lead_is_of_the_day_told"),
    pytest.param("rides.txt", "Ride-hailing in Indonesia\n\nGrab's bookings in Indonesia reached $2.4 billion in 2025, "
                 "up 11% from a year earlier, a consultancy said on Tuesday. Gojek's grew 8% to $1.7 billion over the "
                 "same period.\n", "2026-02-03", "8%", "$1.7 billion", "2025",
                 id="test_a_move_told_in_the_same_period_with_the_level_it_went_to_between_is_of_the_period_before"),
])
def test_two_figures_of_one_clause_share_the_date_told(name, text, published, first, second, when):
    document = document_from_bytes(name, text.encode("utf-8"), {"published": published})
    whens = {row["money_text"]: row["when"] for row in extract_document(document) if row["money_text"]}
    assert whens[first] == whens[second] == when


def test_a_loss_told_in_the_period_after_a_stretch_of_months_results_are_told_for_is_of_that_stretch():
    got = _figure_dates("Meghna Mart booked revenue of Tk 640 crore in the July-June fiscal year that ended on June "
                        "30, up 18 percent. It still lost Tk 52 crore in the period, against Tk 70 crore a year "
                        "earlier.")
    # the dates reader finds "the period" right after a stretch as that stretch, so the figure takes it as its own date
    assert got["Tk 52 crore"] == ("2024-07/2025-06", "the period")


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv") if row["role"] == "phrase"],
                         ids=lambda row: row["_line"])
def test_every_carried_period_phrase_example_dates_its_figure_by_the_period_of_the_sentence_before(row):
    # (the example tells a year to March, then a figure "in the same period": that year's, the day said after it
    # staying a row of its own)
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2025, 7, 10))
    rows = [(r["money_text"], r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows == [("£88 million", "the year to March", "FY2025"), ("£40 million", "", "FY2025")], rows


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv") if row["role"] == "not_before"],
                         ids=lambda row: row["_line"])
def test_a_carried_period_phrase_a_not_before_word_follows_leaves_its_figure_out_of_the_period_before(row):
    # ("in the same period two years ago": a time of its own, which dates the figure)
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2025, 7, 10))
    rows = [(r["money_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows[0] == ("£88 million", "FY2025") and len(rows) == 2 and rows[1][1] != "FY2025", rows


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv") if row["role"] == "overtaken"],
                         ids=lambda row: row["_line"])
def test_a_profit_analysts_had_expected_takes_the_period_whose_results_the_sentence_before_told(row):
    # (the sales of the quarter come with a base a year earlier; what "had" been expected is the quarter's)
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2025, 7, 24))
    rows = {r["money_text"]: (r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]}
    assert rows["90 million euros"] == ("", "2025-Q2"), rows


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv") if row["role"] == "reports_it"],
                         ids=lambda row: row["_line"])
def test_a_revenue_expected_after_the_day_a_pronoun_of_the_period_before_is_reported_is_that_periods(row):
    # ("it" is the June quarter the sentence before names; the day keeps one row of its own)
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2025, 7, 10))
    rows = [(r["date_text"], r["money_text"], r["when"]) for r in extract_document(document)]
    assert ("", "3.2 billion euros", "2025-Q2") in rows and ("", "4%", "2025-Q2") in rows, rows
    assert [r for r in rows if r[0] == "Aug. 14"] == [("Aug. 14", "", "2025-08-14")], rows


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv")
                                 if row["role"] in ("week_close", "week_close_between")],
                         ids=lambda row: row["_line"])
@pytest.mark.parametrize("published, friday", [(dt.date(2026, 1, 17), "2026-01-16"),
                                               (dt.date(2026, 1, 18), "2026-01-16"),
                                               (dt.date(2026, 1, 16), "2026-01-16")])
def test_a_level_a_market_ended_its_week_at_with_no_day_told_is_the_fridays(row, published, friday):
    # a weekend story's close is the week's last session's, not the day it is written
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=published)
    rows = [(r["money_text"], r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows == [("$1,240", "", friday)], rows


def test_a_week_s_close_told_with_its_day_keeps_that_day_and_another_figure_keeps_the_day_of_writing():
    text = ("Arabica coffee futures ended the week at $3.41 a pound on Thursday, before a holiday. "
            "Roasters paid $4.10 a pound for washed beans, a dealer said.")
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2026, 1, 17))
    rows = {r["money_text"]: (r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]}
    assert rows["$3.41"] == ("Thursday", "2026-01-15") and rows["$4.10"] == ("", "2026-01-17"), rows


def test_a_profit_analysts_expect_now_is_no_expectation_overtaken_and_keeps_the_day_it_is_told():
    text = ("Operating profit fell 12% to 410 million Swedish crowns in the third quarter. Analysts expect an "
            "operating profit of 450 million crowns.")
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 10, 23))
    rows = {r["money_text"]: r["when"] for r in extract_document(document) if r["money_text"]}
    assert rows["410 million Swedish crowns"] == "2025-Q3" and rows["450 million crowns"] == "2025-10-23", rows


def _whens_and_days(name, text, published):
    rows = extract_document(document_from_bytes(name, text.encode("utf-8"), {"published": published}))
    return rows, {row["money_text"]: (row["when"], row["date_text"]) for row in rows if row["money_text"]}


def test_a_revenue_expected_on_the_day_a_periods_results_come_is_of_that_period_and_leaves_the_day_a_row():
    text = ("Kestrel preview\n\nKestrel Foods reports its results for the December quarter on Thursday, and we keep "
            "the stock at buy.\n\nWhat we look for on Thursday: organic sales growth of about 4%, against 3% in the "
            "September quarter. On Thursday the shares rose 2%.\n")
    rows, whens = _whens_and_days("kestrel.txt", text, "2026-01-26")
    assert whens["4%"] == ("2025-Q4", "")
    assert whens["2%"][1] == "Thursday", "a share's move is of its day"
    assert "Thursday" in {row["date_text"] for row in rows if not row["money_text"]}


def test_what_analysts_expect_in_the_sentence_after_a_periods_results_day_is_of_that_period():
    text = ("Lindqvist Retail reports second-quarter results before the market opens on Wednesday. Analysts polled by "
            "LSEG expect net profit of 412 million crowns, up 9% from a year earlier. Its shares fell 1.2% on "
            "Monday.\n\n"
            "Analysts expect revenue of 6 billion crowns this year.\n")
    _, whens = _whens_and_days("lindqvist.txt", text, "2026-07-20")
    assert whens["412 million crowns"] == ("2026-Q2", "")
    assert whens["9%"] == ("2026-Q2", "")
    assert whens["1.2%"][1] == "Monday", "a share's move keeps its own day"
    assert whens["6 billion crowns"][0] == "2026", "a paragraph of its own names its own time"


def test_what_analysts_expect_after_the_month_a_periods_report_is_due_in_is_of_that_period():
    # no day is told, only the part of a month the report comes in: the forecast is still the quarter's
    text = ("Halvorsen Marine's next report, for the June quarter, is due in early August. Analysts surveyed by "
            "FactSet expect revenue of 2.3 billion crowns. Its shares rose 0.8% on Friday.\n")
    _, whens = _whens_and_days("halvorsen.txt", text, "2026-07-13")
    assert whens["2.3 billion crowns"] == ("2026-Q2", "")
    assert whens["0.8%"][1] == "Friday", "a share's move keeps its own day"


def test_the_groups_revenue_after_a_units_revenue_of_a_quarter_is_of_that_quarter():
    # "Group" opens the sentence only to say the measure is the whole company's (money/names.tsv role=never): no
    # other named subject, so the sentence carries on the quarter's results
    text = ("Revenue at Brenner's machinery unit rose 9% to 640 million euros in the second quarter. Group sales fell "
            "3% to 1.9 billion euros, hurt by weaker demand in Germany.")
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 8, 6))
    rows = {r["money_text"]: (r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]}
    assert rows["3%"] == rows["1.9 billion euros"] == ("", "2025-Q2"), rows


def test_a_value_undated_after_a_sentence_that_counts_tonnes_in_one_past_period_is_of_that_period():
    text = ("Shipments of frozen mango reached 84,000 tonnes in the April-June period, the trade office said. "
            "Their value climbed 9% to 2.1 billion pesos.")
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 8, 1))
    rows = [(r["money_text"], r["date_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows == [("9%", "", "2025-Q2"), ("2.1 billion pesos", "", "2025-Q2")], rows


@pytest.mark.parametrize("text, expected", [
    # a stretch that restates the period it follows, a base and the day it was told left aside
    ("In the first nine months of the year, from January to September, Peru shipped 410,000 tonnes of avocados, down "
     "6% from the same period a year earlier, the growers' group ProHass said on Monday. Their value fell 3% to $1.1 "
     "billion.", "2025-01/2025-09"),
    # a part inside the wider period it names
    ("Coffee exporters shipped 5.1 million bags in the 2024/25 crop year, which ran from October to September, the "
     "exporters' council Cecafe said on Tuesday. Their value rose 38% to $4.2 billion.", "2024-10/2025-09"),
    # two periods, neither the other's part: no one period to carry (a grower's shipments: a country's are trade)
    ("Frutera Andina shipped 80,000 tonnes of cherries in the first half and 12,000 tonnes in the third quarter. Their "
     "value rose 8% to $950 million.", "2025-11-14"),
    # two counts joined by "and", one period inside the other: still two periods
    ("In 2024 the group shipped 12,000 tonnes in the first half and 30,000 tonnes in the year, its report showed. "
     "Their value rose 5% to $90 million.", "2025-11-14"),
])
def test_a_tally_after_a_sentence_whose_times_name_one_period_is_of_that_period(text, expected):
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 11, 14))
    whens = {r["when"] for r in extract_document(document) if r["money_text"]}
    assert whens == {expected}, whens


def test_a_pledge_after_a_sentence_that_dates_a_grant_is_of_the_day_it_is_told():
    # (a pledge is made on a day, no tally of the year the sentence before names)
    text = ("The dig is paid for by a research grant awarded in 2023. A shipping family has pledged another "
            "500,000 pounds.")
    document = Document(doc="x.txt", path="x.txt", text=text, published=dt.date(2025, 8, 1))
    rows = [(r["money_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows == [("500,000 pounds", "2025-08-01")], rows


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv")
                                 if row["role"].startswith("parallel")], ids=lambda row: row["_line"])
def test_a_revenue_or_profit_of_a_second_that_clause_takes_the_period_of_the_first(row):
    # (the first clause tells 2025's revenue; the second, in the same tense, goes on with that year's profit, and the
    # day of telling keeps a row of its own)
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2026, 3, 4))
    rows = [(r["date_text"], r["money_text"], r["when"]) for r in extract_document(document)]
    assert {when for _, money, when in rows if money} == {"2025"}, rows
    assert ("Monday", "", "2026-03-02") in rows, rows


@pytest.mark.parametrize("sentence, figure, when", [
    # a forecast of the first clause's past year, told with "would" in both clauses, the first's base left out
    ("Nordvik Seafood said on Friday that its revenue for 2025 would be about 3.1 billion crowns, up from 2.8 billion "
     "crowns in 2024, and that its operating profit would roughly double to 240 million crowns.", "240 million crowns",
     "2025"),
    # a forecast after a past clause is of its own time, the day told
    ("Nordvik Seafood said on Friday that its revenue rose 8% to 3.1 billion crowns in 2025, and that it expects "
     "operating profit to climb to 300 million crowns.", "300 million crowns", "2026-02-27"),
    # a sum told otherwise than as the level a move reached may be another measure: the day told
    ("Nordvik Seafood said on Friday that its revenue rose 8% to 3.1 billion crowns in 2025, and that about 400 "
     "million crowns of its cash was held abroad.", "400 million crowns", "2026-02-27"),
    # a time of the second clause's own dates it
    ("Nordvik Seafood said on Friday that its revenue rose 8% to 3.1 billion crowns in 2025, and that operating profit "
     "would climb to 300 million crowns in 2026.", "300 million crowns", "2026"),
])
def test_a_second_that_clause_takes_the_first_clause_s_period_only_in_the_same_tense_and_with_no_time_of_its_own(
        sentence, figure, when):
    document = Document(doc="x.txt", path="x.txt", text=sentence, published=dt.date(2026, 3, 4))
    assert {r["money_text"]: r["when"] for r in extract_document(document)}[figure] == when


@pytest.mark.parametrize("row", [row for row in load_table("carried_periods.tsv") if row["role"] == "compared"],
                         ids=lambda row: row["_line"])
def test_a_period_a_comparison_makes_a_base_in_the_sentence_before_gives_an_undated_tally_no_period(row):
    document = Document(doc="x.txt", path="x.txt", text=row["example"], published=dt.date(2025, 8, 1))
    rows = [(r["money_text"], r["when"]) for r in extract_document(document) if r["money_text"]]
    assert rows == [("$140 million", "2025-08-01")], rows


@pytest.mark.parametrize("sentence, level, when", [
    # a day's move and the price it closed at, after a clause on a period of trading figures: the move's day
    ("Harbourline Inns said on Monday that occupancy rose to 91% in the four weeks to Nov. 2, and its shares closed "
     "up 4.1 per cent at 318p.", "318p", "2025-11-03"),
    # a move over a stretch dates no price: the level is of the day told
    ("Harbourline Inns shares have risen 22% this year to 318p.", "318p", "2025-11-06"),
])
def test_a_price_right_after_its_days_move_is_of_that_day_not_of_a_period_an_earlier_clause_told(sentence, level,
                                                                                                 when):
    assert _figure_dates(sentence)[level][0] == when

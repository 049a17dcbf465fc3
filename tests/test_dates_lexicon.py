"""The date engine's vocabulary: tables turned into look-ups and trie regexes."""
import datetime as dt
import re

import pytest

from pipeline.dates import lexicon, tag_dates
from pipeline.rules import load_table


def test_a_trie_regex_matches_every_word_and_prefers_the_longest():
    pattern = re.compile(lexicon.trie_regex(["sep", "sept", "september", "a couple of"]) + r"\Z")
    for word in ("sep", "sept", "september", "a couple  of"):
        assert pattern.match(word), word
    assert re.match(lexicon.trie_regex(["sep", "september"]), "september").group() == "september"
    assert not pattern.match("octobe")


def test_an_empty_word_list_matches_nothing():
    assert re.search(lexicon.trie_regex([]), "anything at all") is None


def test_phrases_are_looked_up_with_their_spaces_collapsed():
    assert lexicon.squash("couple \n of") == "couple of"
    assert lexicon.prefix_words()[lexicon.squash("more   than")] == ("approx", "MORE_THAN")


def test_the_tables_give_month_weekday_and_unit_values():
    assert lexicon.months()["sept"] == (9, False, True)
    assert lexicon.months()["may"][1] is True            # also a verb
    assert lexicon.weekdays()["friday"][0] == 5
    assert lexicon.units()["quarters"] == ("Q", True)
    assert lexicon.deictic()["yesterday"][:2] == ("DATE", "D-1")


def test_the_fiscal_conventions_end_with_the_default():
    conventions = lexicon.fiscal_conventions()
    assert conventions[-1][0] == "" and ("Alibaba", 3) in conventions


def test_a_figure_with_a_decimal_point_and_a_percent_sign_is_an_object_before_a_deadline():
    low = "the index rose 0.8% by midday"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("the index rose"), low.index("by")) is not None


def test_a_verb_whose_past_is_its_base_form_needs_an_object_after_it():
    assert "cut" in lexicon.words_of_kinds("base_past")
    assert lexicon.object_after().match("cut prices", 3) is not None
    assert lexicon.object_after().match("cut in december", 3) is None
    assert lexicon.object_after().match("set to rise", 3) is None
    assert lexicon.singular_subject_before().search("it ") is not None
    assert lexicon.singular_subject_before().search("bit ") is None


def test_a_present_simple_verb_after_a_name_and_before_its_object_is_found_but_not_a_plural_noun():
    assert lexicon.present_simple().search("Tencent posts its results on Wednesday.") is not None
    assert lexicon.present_simple().search("Alibaba shares on Tuesday.") is None
    assert lexicon.present_simple().search("Alibaba's shares rose.") is None


def test_a_clause_of_background_opens_after_a_date_with_or_without_a_comma():
    assert lexicon.background_after_a_date().match("in may, when his lawyers argued", 6) is not None
    assert lexicon.background_after_a_date().match("a turbulent 2025 in which the team", 16) is not None
    assert lexicon.background_after_a_date().match("in 2025 in shanghai", 7) is None


@pytest.mark.parametrize("sentence, verb, date, expected", [
    # setDO, do_weekahead: a figure with a decimal point and a percent sign is a verb's object before its date
    ("Meituan slipped 2.4% on Tuesday, extending its losses.", "slipped", "Tuesday", True),
    ("Alibaba launched the app in March.", "launched", "March", True),
    # the mark of an infinitive before a verb opens a clause of its own, not before a determiner or a name
    ("The utility raised $2 billion to upgrade its grid in May.", "raised", "May", False),
    ("The fund sold its stake to the state in May.", "sold", "May", True),
    ("The fund sold its stake to Temasek in May.", "sold", "May", True),
    # punctuation still ends the object
    ("Meituan slipped, and on Tuesday it rose.", "slipped", "Tuesday", False),
])
def test_a_verb_s_object_before_its_date_may_be_a_figure_with_decimals(sentence, verb, date, expected):
    low = sentence.lower()
    start = low.index(verb) + len(verb)
    assert lexicon.verb_object_between(sentence, low, start, sentence.index(date)) is expected


def test_a_day_of_an_event_is_counted_in_words_from_one_to_fifteen_with_no_article_or_dozen():
    words = lexicon.event_day_words()
    assert words["three"] == 3 and words["fifteen"] == 15
    assert not {"a", "an", "dozen", "couple", "sixteen", "a couple of"} & set(words)


def test_a_currency_code_before_a_figure_opens_no_infinitive_before_a_deadline():
    low = "shares in the brewer slid 3.2% to sek 148.60 by 0915 gmt"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("shares in the brewer slid"),
                                                        low.index("by")) is not None
    low = "the carrier cut fares to win back travellers by march"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("the carrier cut"), low.index("by")) is None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv")
                                 if r["kind"] in ("change_from", "change_to")], ids=lambda r: r["kind"])
def test_each_word_of_a_change_makes_the_whole_change_the_object_before_a_past_deadline(row):
    low = row["example"].lower()
    verb_end = min(low.index(" " + w + " ") for w in ("fell", "dropped", "slipped") if " " + w + " " in low) + 1
    verb_end = low.index(" ", verb_end)
    assert lexicon.object_before_a_deadline().fullmatch(low, verb_end, low.rindex(" by ") + 1) is not None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "level_verb"],
                         ids=lambda r: r["word"])
def test_each_verb_of_a_level_after_to_makes_the_result_of_the_move_the_object_before_a_past_deadline(row):
    low = row["example"].lower()
    verb_end = low.index(" to " + row["word"] + " ")
    assert lexicon.object_before_a_deadline().fullmatch(low, verb_end, low.rindex(" by ") + 1) is not None


def test_the_rupee_recovering_to_trade_lower_by_a_clock_time_was_no_deadline_but_a_verb_with_a_deed_of_its_own_is():
    low = "the rupee recovered to trade 0.2% weaker at 88.41 per dollar by 0530 gmt on tuesday"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("the rupee recovered"), low.index("by")) is not None
    low = "the exchange was told to close its futures desk by friday"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("the exchange was told"), low.index("by")) is None


def test_a_holding_that_slipped_from_first_place_to_fourth_by_a_day_slipped_before_the_article():
    text = ("The quarterly letter shows the fund's Tencent stake slipped from the biggest position in the "
            "portfolio at the end of March to the fourth-largest by Sept. 30.")
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 11, 12))] == [
        ("the end of March", "2025-03"), ("by Sept. 30", "2025-09-30")]


def test_a_change_whose_second_end_opens_an_infinitive_leaves_the_deadline_to_that_verb():
    low = "the carmaker moved from its old plant in shanghai to build batteries by june"
    assert lexicon.object_before_a_deadline().fullmatch(low, len("the carmaker moved"), low.index("by")) is None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "clause_pronoun"],
                         ids=lambda r: r["word"])
def test_each_pronoun_after_and_opens_a_clause_of_its_own_whose_verb_is_not_the_date_s(row):
    low = row["example"].lower()
    verb = low.index(f" and {row['word']} ") + len(f" and {row['word']} ")
    assert lexicon.coordinated_pronoun_clause().search(low, 0, verb) is not None
    # "and" with no pronoun after it leads a predicate that shares the subject before it
    assert lexicon.coordinated_pronoun_clause().search(low, 0, verb - len(f" {row['word']} ")) is None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "record_stretch"],
                         ids=lambda r: r["word"])
def test_each_word_of_a_record_keeps_the_count_after_in_a_stretch_off_the_calendar(row):
    assert lexicon.measured_stretch_before().search(row["example"].lower(), 0,
                                                    row["example"].lower().rindex(" in ") + 4) is not None
    assert [m.when for m in tag_dates(row["example"], dt.date(2025, 11, 24)) if m.on_calendar] == []


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "record_aside"],
                         ids=lambda r: r["word"])
def test_each_word_opening_an_aside_after_a_record_s_since_date_makes_that_time_the_row(row):
    low = row["example"].lower()
    since = low.index(" since ") + 1
    assert lexicon.owned_record_before().search(low, 0, since) is not None
    [row_told] = [m for m in tag_dates(row["example"], dt.date(2026, 2, 10)) if m.text.startswith("since")]
    assert not row_told.when.endswith("/..")
    assert lexicon.record_aside_after().match(low, since + len(row_told.text)) is not None


def test_a_participle_s_agent_named_with_an_of_phrase_leaves_the_date_to_the_participle():
    text = "Under a decree signed by the governor of the Sichuan province in January, the city will open two depots."
    gap = text.lower()[text.index(" by "):text.index("January")]
    assert lexicon.agent_to_date_gap().fullmatch(gap) is not None
    january = next(m for m in tag_dates(text, dt.date(2026, 4, 2)) if m.text == "January")
    assert (january.when, january.future) == ("2026-01", False)


def test_a_base_figure_in_a_currency_whose_sign_a_country_heads_is_a_base_too():
    low = "the broker lifted its target to s$4.80, up from s$4.10 in "
    assert lexicon.figure_compared_before().search(low).group().startswith("from s$4.10")


@pytest.mark.parametrize("low, after", [
    ("vineyards expect a small vintage after a hot, dry ", True),
    # the season is the preposition's, in a clause "after" opens: not the season just gone before the time told
    ("fishing fleets returned after a truce lasted through the ", False),
])
def test_a_season_right_after_after_and_words_of_what_it_was_like_is_the_one_just_gone(low, after):
    assert (lexicon.season_after_told().search(low) is not None) is after


@pytest.mark.parametrize("low, after", [
    ("economists expect the bank to hold rates after a quarter-point cut in ", True),
    ("the mill will restart after a two-week shutdown in ", True),
    # a preposition among the words ends the happening's words before the month, as for a season
    ("the yard will reopen after a pause in work in ", False),
])
def test_a_month_that_dates_a_happening_after_after_is_found_up_to_its_preposition(low, after):
    assert (lexicon.month_after_told().search(low) is not None) is after


def test_a_coordinator_a_comma_follows_opens_a_clause_only_when_spaced_ones_are_not_asked_for():
    low = "the plant closed in june, and, as expected, output fell; but the mill reopened"
    loose = [m.start() for m in lexicon.coordinated_clause().finditer(low)]
    spaced = [m.start() for m in lexicon.coordinated_clause(spaced=True).finditer(low)]
    assert loose == [low.index(", and,"), low.index("; but")]
    assert spaced == [low.index("; but")]


def test_a_verb_of_setting_money_aside_is_found_as_a_whole_word_only():
    low = "the county has set aside $8 million and earmarked more for levees; the offset asides were not budgetedly"
    found = [m.group() for m in lexicon.allotting_verb().finditer(low)]
    assert found == ["set aside", "earmarked"]


def test_a_rounded_base_figure_of_a_comparison_still_makes_its_date_the_base_s():
    low = "expects output to reach 9 million tonnes this year, up from about 7.5 million tonnes in "
    assert lexicon.figure_compared_before().search(low) is not None


@pytest.mark.parametrize("low, base", [
    ("the ticketing arm sold more than 2,000 shows ", False),     # an approximation, no comparison
    ("the ferry line carried less than 40,000 cars ", False),
    ("bookings reached 1,200, higher than 900 ", True),
])
def test_the_than_of_an_approximation_compares_a_figure_with_no_base(low, base):
    assert (lexicon.figure_compared_before(named=True, linked=False).search(low) is not None) is base


def test_a_noun_ending_in_ed_is_no_past_verb_of_the_clause_after_a_count_s_before():
    after = lexicon.past_clause_after()
    assert after.match("the new speed limit takes effect on the ring road") is None
    assert after.match("the breed register closes") is None
    assert after.match("the high-speed rail link opens") is None
    assert after.match("the speed camera operator switched it on") is not None
    assert after.match("the council approved the new speed limit") is not None


def test_a_plan_quoted_after_a_verb_of_saying_keeps_the_tense_of_the_quoted_words():
    text = 'The carmaker said its new model ships "before the end of June", ahead of rivals.'
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 4, 20))] == [("2026-06", True)]
    assert lexicon.reported_subject_opening().search('said the new model arrives "') is not None


def test_bookings_may_name_what_they_are_of_before_their_for():
    low = "the airline said bookings of flights and hotels for "
    assert lexicon.bookings_right_before().search(low) is not None
    assert lexicon.bookings_right_before().search("said sales of flights and hotels for ") is None


def test_a_plan_set_off_by_commas_before_a_verb_that_calls_it_off_is_a_plan_changed():
    low = "the first vote, set for friday evening, was called off after a walkout."
    assert lexicon.plan_revised().search(low, low.index(" evening") + len(" evening")) is not None
    low = "the first vote, set for friday evening, was held after a walkout."
    assert lexicon.plan_revised().search(low, low.index(" evening") + len(" evening")) is None


def test_a_plan_set_off_by_commas_before_a_verb_that_calls_it_off_is_no_time_to_come():
    text = "The rocket sat on the pad all week; a launch, scheduled for Friday night, was scrubbed as winds rose."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2025, 10, 17))] == [
        ("Friday night", "2025-10-17", False)]


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "reported_quantity"],
                         ids=lambda r: r["word"])
def test_each_word_of_quantity_after_a_verb_of_saying_opens_the_subject_whose_date_takes_the_clause_s_future(row):
    low = row["example"].lower()
    date = next(m for m in tag_dates(row["example"], dt.date(2025, 12, 10)) if m.on_calendar)
    assert lexicon.reported_subject_opening().search(low, 0, low.index(date.text.lower())) is not None
    assert date.future


def test_a_figure_and_the_participle_telling_when_it_was_given_is_a_clause_of_its_own_happening():
    # setBN, christmas_trading: "a previous range of £385m to £400m given in October"
    own = lexicon.own_subject_clause_before()
    assert own.search("above the previous range of $1.9 billion to $2 billion issued in ") is not None
    assert own.search("its guidance of 3.1 billion euros set in ") is not None
    assert own.search("cut its revenue set in ") is None      # no figure: the date may be the revenue's own


def test_a_base_figure_named_by_its_determiner_alone_is_compared_before_a_date_counted_back():
    low = "the retailer expects profit of £96m, ahead of the £81m it made "
    assert lexicon.figure_compared_before(named=True, linked=False).search(low) is not None


def test_a_second_base_figure_joined_to_a_base_s_date_is_found_up_to_its_own_date():
    low = "up from $1.7 billion in the third quarter and $1.5 billion a year earlier"
    start, end = low.index(" and"), low.index("a year")
    assert lexicon.second_base_between().fullmatch(low, start, end) is not None
    # (no figure after "and": the words up to "a year" are a clause of their own)
    low = "in the third quarter and the shares fell a year"
    assert lexicon.second_base_between().fullmatch(low, low.index(" and"), low.index("a year")) is None


def test_a_sentence_tells_a_figure_by_its_money_percentage_or_written_number_not_by_a_bare_count_or_year():
    told = lexicon.figure_told()
    for low in ("a year ago, the chain lost $14 million", "a year ago, margins were 8.5 percent",
                "a year ago, it shipped 412,000 vehicles", "a year ago, sales grew 3%"):
        assert told.search(low) is not None, low
    for low in ("the bank opened two branches in 2019 a year ago", "the miner listed its shares in toronto a year ago"):
        assert told.search(low) is None, low


def test_a_figure_between_a_date_and_its_clause_is_read_alike_by_the_second_base_and_the_own_clause_patterns():
    # one figure piece: a percentage spaced from its number reads in both
    assert lexicon.second_base_between().fullmatch(" and 4.1 % ") is not None
    assert lexicon.own_subject_clause_before().search("its target of 4.1 % given in ") is not None


def test_the_words_fiscal_tellings_need_are_every_row_s_needed_words():
    needed = lexicon.fiscal_told_needs()
    assert {"fiscal", "quarter"} <= needed
    assert all(set(needs) <= needed for _, _, _, needs in lexicon.fiscal_told())


@pytest.mark.parametrize("text, expected", [
    ("said revenue for ", True),
    ("posted a net profit for the ", True),
    ("said in ", False),                    # a time something was said
    ("plans for ", False),                  # no word of results
])
def test_a_word_of_results_and_its_for_name_the_period_reported(text, expected):
    assert (lexicon.results_for_before().search(text) is not None) == expected


@pytest.mark.parametrize("text, expected", [
    ("won orders from Nvidia for ", True),
    ("said bookings from Chinese tour groups for ", True),
    ("shipped goods from Nvidia for ", False),      # no noun of sales made ahead
])
def test_sales_made_ahead_may_name_who_placed_them_before_their_period(text, expected):
    assert (lexicon.bookings_right_before().search(text.lower()) is not None) == expected


@pytest.mark.parametrize("text, name, blocked", [
    ("Dutch brewer Heineken reported ", "Heineken", False),
    ("Its rival Sanriku Seafoods expects ", "Sanriku Seafoods", False),
    ("Brokers at Nomura expect ", "Nomura", True),              # a name after a preposition is no subject
    ("Chief financial officer Lena Ortiz said ", "Lena Ortiz", True),  # nor one after a person's title
])
def test_a_sentence_opened_by_a_name_tells_its_subject_unless_a_preposition_or_title_leads_to_it(text, name,
                                                                                                  blocked):
    opening = lexicon.named_owner_opening().match(text)
    assert opening.group("name") == name
    lead = opening.group("lead") or ""
    assert (lexicon.owner_lead_blocked().search(f"{lead} {name}") is not None) == blocked


@pytest.mark.parametrize("before, found", [
    ("paid on 3 july, taking the total for ", True),
    ("a final payout of 12 cents, bringing the total for ", True),
    # (a total told with no payout bringing it there is a figure of the year under way)
    ("the chamber expects the total for ", False),
])
def test_a_payout_bringing_the_total_for_the_year_is_found_right_before_the_year(before, found):
    assert (lexicon.year_total_before().search(before + "the year", 0, len(before)) is not None) is found


@pytest.mark.parametrize("sentence, told", [
    ("exports to china rose 18 per cent in the first semester", True),
    ("profit in the second semester was p10.3 billion, or us$176 million", True),
    ("the firm expects 6,500 million pesos of revenue", True),
    ("classes of the second semester start on feb. 23, after a week of enrolment", False),
    ("the 2025 intake was the largest in 12 years", False),
])
def test_a_figure_anywhere_is_a_percentage_or_a_sum_of_money_not_a_bare_number(sentence, told):
    assert (lexicon.figure_anywhere().search(sentence) is not None) == told


@pytest.mark.parametrize("before, found", [
    ("the regulator said he ", True),
    ("the regulator said on thursday she ", True),
    ("the regulator said friday that the bank ", True),
    ("the regulator said on may she ", False),
    # (a subject of a determiner and a noun phrase of up to four words)
    ("the dairy said its supply of winter milk ", True),
    ("the dairy said its supply of milk from the hills ", False),
])
def test_the_weekday_a_saying_was_made_on_may_stand_between_it_and_the_subject_it_reports(before, found):
    assert (lexicon.reported_subject_before().search(before) is not None) == found


@pytest.mark.parametrize("after, found", [
    (" until March 3", True),
    (" until the April harvest", True),         # "the" after the preposition, before a month that qualifies a noun
    (" the Friday market", False),              # no preposition: "runs the Friday market" tells no timetable
    (" past $120,000 on Monday", False),
])
def test_a_timetable_s_days_right_after_its_verb_may_qualify_a_noun_after_a_preposition(after, found):
    assert (lexicon.times_of_a_timetable_after().match(after) is not None) == found


@pytest.mark.parametrize("after, found", [
    (" prices slide at", True),             # a plural object and a bare verb: what was seen
    (" its shares slump 9%", True),
    (" a slowdown in", False),              # a noun alone: maybe a forecast
    (" margins narrowing in", False),       # an -ing form: a forecast (object_and_forecast_form_after)
    (" sales in the fourth quarter", False),    # a preposition after the plural is no verb
])
def test_a_plural_object_and_a_bare_verb_after_a_verb_of_seeing_is_told_apart_from_a_noun(after, found):
    assert (lexicon.plural_object_and_bare_verb_after().match(after) is not None) == found


@pytest.mark.parametrize("after, found", [
    (", but the bid collapsed", True),
    (" but the bid collapsed", False),      # no comma: no clause of its own
    (", and the bid collapsed", False),
])
def test_a_plan_undone_is_looked_for_in_a_clause_a_comma_and_but_open(after, found):
    assert (lexicon.plan_undone_opening().match(after) is not None) == found


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "limit_noun"],
                         ids=lambda r: r["word"])
def test_a_superlative_before_a_noun_sets_no_limit_on_a_date(row):
    # ("at the earliest opportunity" is how soon a thing was done, not the earliest time it may happen)
    assert lexicon.told_right_after("limit_after").match(f" at the earliest {row['word']} date") is None
    assert lexicon.told_right_after("limit_after").match(" at the earliest, analysts said") is not None
    [found] = [m for m in tag_dates(row["example"], dt.date(2026, 8, 20)) if m.on_calendar]
    assert not found.future and found.first_day < dt.date(2026, 8, 20)


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "unforeseen_happening"],
                         ids=lambda r: r["word"])
def test_a_date_right_after_one_known_accident_or_crime_is_gone_whatever_looks_ahead(row):
    # (a marker of the future, "will study", or a word of possibility, "may never be known", alike: tense.tsv kind
    # unforeseen_happening; another noun after the same pointer leaves the date to the clause's tense)
    anchor = dt.date(2026, 1, 15)
    [found] = [m for m in tag_dates(row["example"], anchor) if m.on_calendar]
    assert not found.future and found.first_day <= anchor
    before = row["example"][:found.start].lower()
    assert lexicon.unforeseen_happening_before().search(before.replace(row["word"], "meeting")) is None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv")
                                 if r["kind"] in ("unforeseen_pointer", "unforeseen_link")], ids=lambda r: r["word"])
def test_a_word_pointing_at_one_known_accident_or_linking_it_to_its_date_tells_that_accident_gone(row):
    # (an article, "an explosion", or another preposition, "the collision of March", leaves a happening that may be
    # forecast: tense.tsv kinds unforeseen_pointer and unforeseen_link)
    [found] = [m for m in tag_dates(row["example"], dt.date(2026, 1, 15)) if m.on_calendar]
    before = row["example"][:found.start].lower()
    assert not found.future and lexicon.unforeseen_happening_before().search(before) is not None
    at = before.rindex(f" {row['word']} ")
    other = "a" if row["kind"] == "unforeseen_pointer" else "of"
    swapped = f"{before[:at]} {other} {before[at + len(row['word']) + 2:]}"
    assert lexicon.unforeseen_happening_before().search(swapped) is None


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv") if r["kind"] == "occasion_relative"],
                         ids=lambda r: r["word"])
def test_a_relative_word_after_a_yearly_occasion_opens_the_clause_that_makes_its_month_the_next_one(row):
    # (tense.tsv kind occasion_relative; another word after the noun opens no such clause and leaves the month gone)
    anchor = dt.date(2025, 10, 20)
    assert [(m.text, m.when, m.future) for m in tag_dates(row["example"], anchor)] == [("July", "2026-07", True)]
    other = re.sub(rf"\b{row['word']}\b", "where", row["example"])
    assert [(m.text, m.when, m.future) for m in tag_dates(other, anchor)] == [("July", "2025-07", False)]


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv")
                                 if r["kind"] in ("scatter_stop", "scatter_stop_join")], ids=lambda r: r["word"])
def test_a_date_without_its_year_does_not_take_the_year_named_past_a_scatter_stop(row):
    # (tense.tsv kinds scatter_stop and scatter_stop_join: "than" before a base's year, "and to" before a second deed's)
    found = [m for m in tag_dates(row["example"], dt.date(2026, 1, 10)) if m.on_calendar]
    year = re.findall(r"\b20\d\d\b", row["example"])[-1]
    assert len(found) == 2 and found[1].text == year and not found[0].when.startswith(year), found
    assert lexicon.scatter_stop().search(row["example"].lower(), found[0].end, found[1].start).group().startswith(
        row["word"])


@pytest.mark.parametrize("row", [r for r in load_table("dates/tense.tsv")
                                 if r["kind"] in ("cause_opener", "cause_noun")], ids=lambda r: r["word"])
def test_the_date_of_a_harm_that_moved_a_plan_is_gone_whatever_time_the_plan_moves_to(row):
    # (tense.tsv kinds cause_opener and cause_noun: the harm after "after" happened; "before" opens no cause)
    anchor = dt.date(2026, 6, 10)
    found = [m for m in tag_dates(row["example"], anchor) if m.on_calendar][-1]
    assert not found.future and found.first_day <= anchor
    before = row["example"][:found.start].lower()
    assert lexicon.cause_gone_before().search(before) is not None
    assert lexicon.cause_gone_before().search(before.replace(f" {row['word']} ", " before ")
                                             if row["kind"] == "cause_opener"
                                             else before.replace(row["word"], "work")) is None

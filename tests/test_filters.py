"""Choosing the rows shown (ui/filters.py), on real seed sentences."""
import pandas as pd

from ui.data import prepare
from ui.filters import (Filters, actor_names, apply_filters, category_names, event_count, filter_mask, key_event_ids,
                        one_per_event, one_row_per_article, source_choices)
from ui_samples import CNBC, FT, seed_table

TABLE = prepare(seed_table())


def test_no_filter_shows_every_row():
    assert len(apply_filters(TABLE, Filters())) == len(TABLE)


def test_a_date_range_keeps_rows_whose_span_reaches_into_it():
    shown = apply_filters(TABLE, Filters(date_from="2021-06-01", date_to="2021-12-31"))
    assert set(shown["when"]) == {"2018-10/2021-12", "2021"}


def test_an_open_ended_range_keeps_everything_after_its_start():
    shown = apply_filters(TABLE, Filters(date_from="2025-01-01"))
    assert set(shown["when"]) == {"2025-11-24", "2025-02", "2030"}


def test_the_actor_filter_matches_whole_names_not_parts_of_names():
    assert set(apply_filters(TABLE, Filters(actors=("Jack Ma",)))["actors"]) == \
        {"Jack Ma;Alibaba", "Daniel Zhang;Jack Ma", "Jack Ma;Xi Jinping", "Alibaba;Jack Ma"}
    assert apply_filters(TABLE, Filters(actors=("Ma",))).empty


def test_events_are_rows_with_a_date_of_their_own_and_market_rows_have_a_figure_or_market_phrase():
    events = apply_filters(TABLE, Filters(kind="events"))
    market = apply_filters(TABLE, Filters(kind="market"))
    assert (events["date_text"] != "").all() and "Since the IPO cancelation" not in " ".join(events["excerpt"])
    assert set(market["market_kind"]) == {"ipo", "market_value_change", "fine", "share_move"}


def test_free_text_search_ignores_case_and_reads_the_sentence():
    shown = apply_filters(TABLE, Filters(text="ANTITRUST"))
    assert list(shown["money_text"]) == ["nearly $3 billion"]


def test_free_text_is_searched_as_text_not_as_a_pattern():
    assert apply_filters(TABLE, Filters(text="$400 billion")).shape[0] == 1
    assert apply_filters(TABLE, Filters(text=".*")).empty


def test_filters_combine_as_and():
    shown = apply_filters(TABLE, Filters(docs=(CNBC,), categories=("regulation & politics",), kind="market"))
    assert set(shown["money_text"]) == {"IPO", "nearly $3 billion"}


def test_key_events_only_keeps_the_most_important_events_with_all_their_mentions():
    shown = apply_filters(TABLE, Filters(key_only=True, key_count=2))
    assert set(shown["importance"]) == {4.75, 3.0}
    assert len(shown) == 3  # the IPO event has two mentions


def test_key_events_are_ranked_by_importance_then_by_number_of_mentions():
    ids = key_event_ids(TABLE, 1)
    assert TABLE.loc[TABLE["event_id"] == ids[0], "importance"].iloc[0] == TABLE["importance"].max()


def test_one_mark_per_event_keeps_the_most_precise_mention_still_shown():
    both = one_per_event(TABLE)
    ipo = both[both["money_text"] == "IPO"]
    assert list(ipo["when"]) == ["2020-11"]
    only_ft = one_per_event(apply_filters(TABLE, Filters(docs=(FT,))))
    assert list(only_ft.loc[only_ft["money_text"] == "IPO", "when"]) == ["2020"]


def test_the_event_count_counts_shared_events_once():
    assert event_count(TABLE) == len(TABLE) - 1


def test_actors_are_offered_most_mentioned_first():
    counts = pd.Series(";".join(TABLE["actors"]).split(";")).value_counts()
    offered = actor_names(TABLE)
    assert set(offered) == set(counts.index) - {""}
    assert [counts[a] for a in offered] == sorted((counts[a] for a in offered), reverse=True)


def test_categories_are_offered_in_the_taxonomys_order():
    from pipeline.story import categories
    offered = category_names(TABLE)
    assert offered == [c for c in categories() if c in offered]


def test_sources_are_offered_in_order_of_publication_with_their_labels():
    choices = source_choices(TABLE)
    assert list(choices) == [FT, CNBC]
    assert choices[CNBC] == "CNBC (2025-11-24)"


def test_the_event_count_of_the_shown_rows_counts_only_their_events():
    mask = filter_mask(TABLE, Filters(docs=(FT,)))
    assert event_count(TABLE, mask) == TABLE.loc[mask, "event_id"].nunique()
    assert event_count(TABLE, mask & False) == 0


def test_the_articles_of_the_shown_rows_come_one_row_each():
    assert sorted(one_row_per_article(TABLE)["doc"]) == [FT, CNBC]
    only_cnbc = filter_mask(TABLE, Filters(docs=(CNBC,)))
    assert list(one_row_per_article(TABLE, only_cnbc)["doc"]) == [CNBC]

"""The view in the URL (ui/state.py): written only where it differs from the defaults, read back
whole, never broken by a bad link; and which pick wins the selection."""
from ui.filters import Filters
from ui.state import SelectionMemo, ViewState, next_selection, picked_id, query_from_view, same_query, view_from_query


def test_the_plain_page_has_a_plain_url():
    assert query_from_view(ViewState()) == {}


def test_a_view_survives_the_round_trip_through_the_url():
    view = ViewState(filters=Filters(docs=("a.txt", "b.txt"), categories=("leadership",), actors=("Jack Ma",),
                                     kind="market", text="IPO", key_only=True, key_count=5,
                                     market_kinds=("fine",), subjects=("Alibaba",)),
                     dates="since March 2023", lane="actor", view="market", present=True, merge=False,
                     selected="4ed2a11aca3adc8d", title="Alibaba & AI", subtitle="2018–2030")
    query = query_from_view(view)
    assert query["src"] == ["a.txt", "b.txt"] and query["cat"] == "leadership" and query["present"] == "1"
    assert view_from_query(query) == view


def test_repeated_keys_and_single_values_read_the_same():
    assert view_from_query({"cat": ["leadership"]}) == view_from_query({"cat": "leadership"})
    assert same_query({"cat": ["leadership"]}, {"cat": "leadership"})
    assert not same_query({"cat": ["leadership", "AI"]}, {"cat": "leadership"})


def test_a_bad_link_falls_back_to_the_defaults():
    view = view_from_query({"lane": "nonsense", "view": "<script>", "kind": "everything", "top": "many",
                            "present": "maybe", "event": "<img src=x>", "merge": "2"})
    assert view == ViewState()


def test_the_number_of_key_events_is_kept_within_bounds():
    assert view_from_query({"top": "100000"}).filters.key_count == 200
    assert view_from_query({"top": "-3"}).filters.key_count == 1


def test_a_click_carries_the_mention_id_in_customdata():
    selection = {"selection": {"points": [{"curve_number": 2, "point_index": 1, "customdata": "4ed2a11aca3adc8d"}],
                               "point_indices": [1], "box": [], "lasso": []}}
    assert picked_id(selection) == "4ed2a11aca3adc8d"


def test_a_click_carrying_a_row_position_is_read_through_the_tables_ids():
    selection = {"selection": {"points": [{"curve_number": 0, "point_index": 4, "customdata": 1}]}}
    assert picked_id(selection, ["a", "b", "c"]) == "b"
    assert picked_id({"selection": {"points": [{"customdata": 7}]}}, ["a", "b", "c"]) == ""


def test_a_click_on_a_mark_without_an_id_or_on_blank_space_picks_nothing():
    assert picked_id({"selection": {"points": [{"curve_number": 0, "point_index": 0}]}}) == ""
    assert picked_id({"selection": {"points": []}}) == ""
    assert picked_id(None) == "" and picked_id({}) == ""


def test_a_new_pick_on_the_chart_selects_it():
    selected, memo = next_selection("", SelectionMemo(), chart="a", table=None)
    assert selected == "a" and memo.chart == "a"


def test_a_chart_that_still_says_the_same_does_not_undo_a_later_table_pick():
    selected, memo = next_selection("a", SelectionMemo(chart="a"), chart="a", table="b")
    assert selected == "b"
    selected, memo = next_selection(selected, memo, chart="a", table="b")
    assert selected == "b"


def test_a_chart_emptied_by_a_redraw_keeps_the_selection_and_the_same_mark_can_be_picked_again():
    selected, memo = next_selection("a", SelectionMemo(chart="a"), chart="", table=None)
    assert selected == "a" and memo.chart == ""
    selected, memo = next_selection("b", memo, chart="a", table=None)
    assert selected == "a"


def test_a_link_to_a_mention_is_kept_until_something_is_picked():
    selected, _ = next_selection("from-url", SelectionMemo(), chart="", table="")
    assert selected == "from-url"

"""Lanes and stacking (ui/lanes.py): which band each row sits in, and marks that never hide each other."""
import numpy as np

from ui.data import prepare
from ui.lanes import DATED_EVENT, NO_ACTOR, OTHER_ACTORS, lane_rows, stack_offsets
from ui_samples import seed_table

TABLE = prepare(seed_table())


def test_category_lanes_follow_the_taxonomy_and_hold_each_row_once():
    rows, lanes = lane_rows(TABLE, "category")
    assert len(rows) == len(TABLE)
    assert lanes[0] == "reporter's account" and "regulation & politics" in lanes
    assert all(lanes[code] == category for code, category in zip(rows["_lane"], rows["category"]))


def test_a_sentence_about_two_actors_sits_in_both_their_lanes():
    rows, lanes = lane_rows(TABLE, "actor")
    zhang = rows[rows["excerpt"].str.startswith("Daniel Zhang")]
    assert sorted(lanes[c] for c in zhang["_lane"]) == ["Daniel Zhang", "Jack Ma"]


def test_a_sentence_without_actors_sits_in_the_no_actor_lane():
    rows, lanes = lane_rows(TABLE, "actor")
    lived = rows[rows["excerpt"].str.startswith("I lived")]
    assert [lanes[c] for c in lived["_lane"]] == [NO_ACTOR]


def test_minor_actors_share_one_lane_and_a_row_sits_there_once(monkeypatch):
    monkeypatch.setattr("ui.lanes.MAX_ACTOR_LANES", 1)
    rows, lanes = lane_rows(TABLE, "actor")
    assert OTHER_ACTORS in lanes and len(lanes) <= 3
    pairs = list(zip(rows.index, rows["_lane"]))
    assert len(pairs) == len(set(pairs))


def test_kind_lanes_put_dated_events_first_then_market_kinds():
    rows, lanes = lane_rows(TABLE, "kind")
    assert lanes[0] == DATED_EVENT and "market value change" in lanes


def test_source_lanes_go_in_order_of_publication():
    rows, lanes = lane_rows(TABLE, "source")
    assert lanes[-1] == "CNBC (2025-11-24)"


def test_points_on_the_same_day_in_one_lane_are_stacked_apart():
    day = 1_700_000_000_000.0
    lane = np.zeros(5, dtype=np.int64)
    x0 = np.full(5, day)
    offsets = stack_offsets(lane, x0, x0 + 86_400_000, np.ones(5, dtype=bool))
    assert len(set(np.round(offsets, 6))) == 5 and np.all(np.abs(offsets) <= 0.41)


def test_overlapping_bars_take_different_rows_and_bars_that_follow_each_other_share_one():
    year = 365 * 86_400_000.0
    x0 = np.array([0.0, 0.5 * year, 3 * year])
    x1 = x0 + year
    offsets = stack_offsets(np.zeros(3, dtype=np.int64), x0, x1, np.zeros(3, dtype=bool))
    assert offsets[0] != offsets[1] and offsets[0] == offsets[2]


def test_marks_in_different_lanes_do_not_push_each_other():
    x0 = np.array([0.0, 0.0])
    offsets = stack_offsets(np.array([0, 1]), x0, x0 + 1, np.ones(2, dtype=bool))
    assert list(offsets) == [0.0, 0.0]

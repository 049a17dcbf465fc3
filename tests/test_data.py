"""The page's helper columns (ui/data.py): where each row sits on the chart, and which mention stands
for its event."""
import numpy as np
import pandas as pd

from ui.data import DAY_MS, contract_columns, prepare, source_label
from pipeline import schema
from ui_samples import seed_table


def _row(prepared, opening):
    return prepared[prepared["excerpt"].str.startswith(opening)].iloc[0]


def test_a_month_covers_its_whole_month_and_is_drawn_as_a_bar():
    row = _row(prepare(seed_table()), "On a cold")
    assert pd.Timestamp(row["_x0"], unit="ms") == pd.Timestamp("2020-11-01")
    assert pd.Timestamp(row["_x1"], unit="ms") == pd.Timestamp("2020-12-01")
    assert not row["_point"]
    assert pd.Timestamp(row["_mid"], unit="ms").month == 11


def test_a_single_day_is_a_point_at_that_day():
    row = _row(prepare(seed_table()), "Since the IPO")
    assert row["_point"] and row["_x1"] - row["_x0"] == DAY_MS
    assert pd.Timestamp(row["_mid"], unit="ms") == pd.Timestamp("2025-11-24")


def test_an_open_span_is_drawn_to_its_articles_publication_date():
    table = seed_table()
    i = table.index[table["excerpt"].str.startswith("I lived")][0]
    table.loc[i, ["when", "end", "precision"]] = ["2018-10/..", "", "span"]
    row = prepare(schema.validate(schema.conform(table))).loc[i]
    assert row["_open"] and not row["_point"]
    assert pd.Timestamp(row["_x1"], unit="ms") == pd.Timestamp(row["published"])


def test_the_most_precise_mention_of_an_event_ranks_first():
    prepared = prepare(seed_table())
    ipo = prepared[prepared["event_id"] == _row(prepared, "On a cold")["event_id"]]
    assert len(ipo) == 2
    best = ipo.sort_values("_rank").iloc[0]
    assert best["precision"] == "month" and best["_rank"] == 0


def test_a_row_without_a_date_is_not_placed():
    table = seed_table()
    i = table.index[0]
    table.loc[i, ["when", "start", "end", "precision"]] = ""
    prepared = prepare(table)
    assert not prepared.loc[i, "_placed"] and np.isnan(prepared.loc[i, "_x0"])


def test_hover_text_escapes_markup_from_the_article():
    from ui_samples import hostile_table
    hostile, _ = hostile_table()
    hover = prepare(hostile)["_hover"].str.cat()
    assert "<img" not in hover and "<script" not in hover and "&lt;img" in hover


def test_a_source_is_named_by_publisher_and_date_else_title_else_file():
    assert source_label("T", "CNBC", "2025-11-24", "a.txt") == "CNBC (2025-11-24)"
    assert source_label("Alibaba’s Rehabilitation Through AI", "", "", "a.txt").startswith("Alibaba’s Rehab")
    assert source_label("", "", "", "a.txt") == "a.txt"


def test_the_contract_columns_come_back_without_the_helpers_in_contract_order():
    out = contract_columns(prepare(seed_table()))
    assert tuple(out.columns) == schema.NAMES

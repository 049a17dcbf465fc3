"""Lanes of the timeline: which rows go in which horizontal band, and in what order.

A row sits in one lane, except by actor: a sentence about Jack Ma and Alibaba sits in both lanes.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ui.filters import category_names

LANES = {"category": "Category", "actor": "Actor", "source": "Source", "kind": "Kind"}
DEFAULT_LANE = "category"
MAX_ACTOR_LANES = 12
NO_CATEGORY = "(no category)"
NO_ACTOR = "(no actor named)"
OTHER_ACTORS = "other actors"
DATED_EVENT = "dated event"


def kind_label(market_kind: str) -> str:
    return market_kind.replace("_", " ") if market_kind else DATED_EVENT


def lane_rows(rows: pd.DataFrame, lane: str) -> tuple[pd.DataFrame, list[str]]:
    """``(rows with an int column _lane, lane labels)``: the rows (one per lane they sit in, so a row
    may repeat by actor) and the labels, top lane first."""
    if lane == "actor":
        return _actor_lanes(rows)
    if lane == "source":
        values = rows["_source"] if "_source" in rows.columns else rows["doc"]
        order = (rows.assign(_v=values, _unknown=rows["published"] == "")
                 .sort_values(["_unknown", "published", "_v"]).drop_duplicates("_v")["_v"].tolist())
    elif lane == "kind":
        values = rows["market_kind"].map(kind_label)
        counts = values[values != DATED_EVENT].value_counts()
        order = ([DATED_EVENT] if (values == DATED_EVENT).any() else []) + \
            sorted(counts.index, key=lambda k: (-counts[k], k))
    else:
        codes, names = category_codes(rows)
        present, lane = np.unique(codes, return_inverse=True)
        return rows.assign(_lane=lane.astype("int64")), [names[c] for c in present]
    codes = {label: i for i, label in enumerate(order)}
    return rows.assign(_lane=values.map(codes).astype("int64")), order


def category_codes(rows: pd.DataFrame) -> tuple[np.ndarray, dict[int, str]]:
    """Each row's category as an integer in the taxonomy's order (no category last), and the names of
    the codes present.  A prepared table carries the codes (``_cat``), the same for every filter, so a
    category keeps its colour whatever is shown."""
    if "_cat" in rows.columns:
        codes = rows["_cat"].to_numpy()
        present, first = np.unique(codes, return_index=True)
        categories = rows["category"].to_numpy(dtype=object)
        return codes, {int(c): (categories[i] or NO_CATEGORY) for c, i in zip(present, first)}
    order = category_names(rows)
    index = {name: i for i, name in enumerate(order)}
    codes = rows["category"].map(lambda c: index.get(c, len(order))).to_numpy(dtype=np.int64)
    return codes, {**dict(enumerate(order)), len(order): NO_CATEGORY}


def _actor_lanes(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    names = rows["actors"].where(rows["actors"] != "", NO_ACTOR).str.split(";")
    exploded = rows.assign(_actor=names).explode("_actor")
    exploded = exploded[exploded["_actor"] != ""]
    counts = exploded.loc[exploded["_actor"] != NO_ACTOR, "_actor"].value_counts()
    ranked = sorted(counts.index, key=lambda n: (-counts[n], n))
    top = ranked[:MAX_ACTOR_LANES]
    rest = set(ranked[MAX_ACTOR_LANES:])
    if rest:
        exploded["_actor"] = exploded["_actor"].where(~exploded["_actor"].isin(rest), OTHER_ACTORS)
        # A row about several minor actors sits once in "other actors".
        pairs = pd.Series(list(zip(exploded.index, exploded["_actor"])))
        exploded = exploded[~pairs.duplicated().to_numpy()]
    order = top + ([OTHER_ACTORS] if rest else []) + ([NO_ACTOR] if (exploded["_actor"] == NO_ACTOR).any() else [])
    codes = {label: i for i, label in enumerate(order)}
    return exploded.assign(_lane=exploded["_actor"].map(codes).astype("int64")).drop(columns="_actor"), order


def stack_offsets(lane: np.ndarray, x0: np.ndarray, x1: np.ndarray, point: np.ndarray,
                  *, buckets: int = 150, max_greedy: int = 600) -> np.ndarray:
    """A y offset within its lane for every item, so that items at the same place do not hide
    each other: bars are packed into rows (a bar takes the first row free at its start), points
    that fall in the same slice of the time axis (1/``buckets`` of the range) are stacked.
    Offsets lie within ±0.4 of the lane's centre; bars above, points below."""
    n = len(lane)
    if n == 0:
        return np.zeros(0)
    lo, hi = np.nanmin(x0), np.nanmax(np.where(np.isnan(x1), x0, x1))
    width = max((hi - lo) / buckets, 1.0)
    slot = np.zeros(n, dtype=np.int64)
    bars = ~point
    bar_index = np.flatnonzero(bars)
    if 0 < len(bar_index) <= max_greedy:
        order = bar_index[np.lexsort((x0[bar_index], lane[bar_index]))]
        ends: dict[int, list[float]] = {}
        gap = width / 2
        for i in order:
            rows = ends.setdefault(int(lane[i]), [])
            for r, end in enumerate(rows):
                if end + gap <= x0[i]:
                    rows[r] = x1[i]
                    slot[i] = r
                    break
            else:
                slot[i] = len(rows)
                rows.append(x1[i])
    frame = pd.DataFrame({"lane": lane, "bucket": np.floor((x0 - lo) / width), "bar": bars})
    stacked = frame.groupby(["lane", "bucket", "bar"], sort=False).cumcount().to_numpy()
    if len(bar_index) > max_greedy:
        slot[bars] = stacked[bars]
    slot[point] = stacked[point]
    bar_rows = pd.Series(np.where(bars, slot + 1, 0)).groupby(lane).transform("max").to_numpy()
    point_rows = pd.Series(np.where(point, slot + 1, 0)).groupby(lane).transform("max").to_numpy()
    position = np.where(bars, slot, bar_rows + slot)
    total = bar_rows + point_rows
    step = np.minimum(0.25, 0.8 / np.maximum(total, 1))
    return (position - (total - 1) / 2) * step

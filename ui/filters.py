"""Choosing the rows the page shows: pure functions of the (prepared) table and a filter state."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

KINDS = ("all", "events", "market")
DEFAULT_KEY_COUNT = 12


@dataclass(frozen=True)
class Filters:
    docs: tuple[str, ...] = ()          # empty: every source
    categories: tuple[str, ...] = ()    # empty: every category
    actors: tuple[str, ...] = ()        # a row is kept if it names any of them
    kind: str = "all"                   # all | events (a date of its own) | market (a figure or market phrase)
    text: str = ""                      # case-insensitive search in the sentence and the headline
    date_from: str = ""                 # YYYY-MM-DD: keeps rows whose span reaches it
    date_to: str = ""                   # YYYY-MM-DD: keeps rows that start by then
    key_only: bool = False              # only the key_count most important events
    key_count: int = DEFAULT_KEY_COUNT
    market_kinds: tuple[str, ...] = ()  # the market view's own filters
    subjects: tuple[str, ...] = ()


def _actor_pattern(actors: tuple[str, ...]) -> str:
    names = "|".join(re.escape(a) for a in actors)
    return f"(?:^|;)(?:{names})(?:;|$)"


def filter_mask(table: pd.DataFrame, filters: Filters) -> np.ndarray:
    """Which rows pass every filter (a boolean array in table order)."""
    keep = np.ones(len(table), dtype=bool)

    def also(condition) -> None:
        nonlocal keep
        keep &= np.asarray(condition, dtype=bool)

    if filters.docs:
        also(table["doc"].isin(filters.docs))
    if filters.categories:
        also(table["category"].isin(filters.categories))
    if filters.actors:
        also(table["actors"].str.contains(_actor_pattern(filters.actors), regex=True))
    if filters.kind == "events":
        also(table["date_text"] != "")
    elif filters.kind == "market":
        also(table["market_kind"] != "")
    if filters.market_kinds:
        also(table["market_kind"].isin(filters.market_kinds))
    if filters.subjects:
        also(table["subject"].isin(filters.subjects))
    if filters.text.strip():
        haystack = table["_search"] if "_search" in table.columns else \
            (table["excerpt"] + "\n" + table["headline"]).str.lower()
        also(haystack.str.contains(filters.text.strip().lower(), regex=False))
    if filters.date_from:
        last = table["end"].where(table["end"] != "", "9999-12-31")
        also((table["start"] != "") & (last >= filters.date_from))
    if filters.date_to:
        also((table["start"] != "") & (table["start"] <= filters.date_to))
    if filters.key_only:
        codes = _event_codes(table)
        keys = _top_events(codes[keep], table["importance"].to_numpy(dtype="float64")[keep], filters.key_count)
        also(np.isin(codes, keys))
    return keep


def apply_filters(table: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows that pass every filter, in table order."""
    return table[filter_mask(table, filters)]


def event_codes(table: pd.DataFrame) -> np.ndarray:
    """An integer per event for each row (``_event`` of a prepared table)."""
    return _event_codes(table)


def top_events(table: pd.DataFrame, count: int) -> np.ndarray:
    """The event codes (see :func:`event_codes`) of the ``count`` most important events of the rows."""
    return _top_events(_event_codes(table), table["importance"].to_numpy(dtype="float64"), count)


def _event_codes(table: pd.DataFrame) -> np.ndarray:
    if "_event" in table.columns:
        return table["_event"].to_numpy()
    return pd.factorize(table["event_id"].where(table["event_id"] != "", table["mention_id"]))[0]


def _top_events(codes: np.ndarray, importance: np.ndarray, count: int) -> np.ndarray:
    """The codes of the ``count`` most important events (importance, then more mentions, then code)."""
    if len(codes) == 0 or count <= 0:
        return np.zeros(0, dtype=codes.dtype)
    frame = pd.DataFrame({"code": codes, "importance": np.nan_to_num(importance, nan=-np.inf)})
    events = frame.groupby("code", sort=True).agg(importance=("importance", "max"), mentions=("code", "size"))
    events = events.reset_index().sort_values(["importance", "mentions", "code"], ascending=[False, False, True])
    return events["code"].head(count).to_numpy()


def key_event_ids(table: pd.DataFrame, count: int) -> list[str]:
    """The ``count`` most important events of the rows (importance, then more mentions), as event ids
    (a mention's own id when it has no event id)."""
    codes = _event_codes(table)
    keys = _top_events(codes, table["importance"].to_numpy(dtype="float64"), count)
    event = table["event_id"].where(table["event_id"] != "", table["mention_id"]).to_numpy(dtype=object)
    first = {}
    for code, name in zip(codes, event):
        first.setdefault(code, name)
    return [first[code] for code in keys]


def representatives(table: pd.DataFrame, mask: np.ndarray | None = None) -> np.ndarray:
    """Which rows stand for their event among the rows in ``mask``: its most precise one (``_rank``)."""
    keep = np.zeros(len(table), dtype=bool)
    rows = np.flatnonzero(mask) if mask is not None else np.arange(len(table))
    if len(rows) == 0:
        return keep
    codes = _event_codes(table)[rows]
    rank = table["_rank"].to_numpy()[rows] if "_rank" in table.columns else np.zeros(len(rows))
    order = np.lexsort((rank, codes))
    ordered = codes[order]
    keep[rows[order[np.r_[True, ordered[1:] != ordered[:-1]]]]] = True
    return keep


def one_per_event(table: pd.DataFrame) -> pd.DataFrame:
    """One row per event among the given rows: its most precise mention still shown (``_rank``)."""
    return table[representatives(table)]


def event_count(table: pd.DataFrame, mask: np.ndarray | None = None) -> int:
    codes = _event_codes(table)
    codes = codes if mask is None else codes[mask]
    return int(np.count_nonzero(np.bincount(codes))) if len(codes) else 0


def one_row_per_article(table: pd.DataFrame, mask: np.ndarray | None = None) -> pd.DataFrame:
    """The first row of each article among the rows in ``mask`` (what the source line names)."""
    rows = np.flatnonzero(mask) if mask is not None else np.arange(len(table))
    if "_doc" in table.columns:
        docs = table["_doc"].to_numpy()[rows]
    else:
        docs = pd.factorize(table["doc"].to_numpy()[rows])[0]
    _, first = np.unique(docs, return_index=True)
    return table.iloc[rows[first]]


# ---------------------------------------------------------------------------------------------
# the choices the widgets offer

def actor_names(table: pd.DataFrame) -> list[str]:
    """Every actor named in the table, most mentioned first."""
    names = table["actors"][table["actors"] != ""].astype(str).str.split(";").explode()
    counts = names[names != ""].value_counts()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def category_names(table: pd.DataFrame) -> list[str]:
    """The table's categories in the taxonomy's order (unknown ones after, alphabetically)."""
    present = set(table["category"].unique()) - {""}
    try:
        from pipeline.story import categories
        order = [c for c in categories() if c in present]
    except (ImportError, ValueError):  # the story rules are not readable: fall back to the table
        order = []
    return order + sorted(present - set(order))


def source_choices(table: pd.DataFrame) -> dict[str, str]:
    """doc -> label, in order of publication (unknown dates last)."""
    docs = table[["doc", "published"]].astype(str).drop_duplicates("doc")
    docs = docs.assign(_unknown=docs["published"] == "").sort_values(["_unknown", "published", "doc"])
    labels = (dict(zip(table["doc"].astype(str), table["_source"].astype(str))) if "_source" in table.columns
              else {})
    return {str(doc): labels.get(str(doc), str(doc)) for doc in docs["doc"]}


def market_kind_names(table: pd.DataFrame) -> list[str]:
    counts = table.loc[table["market_kind"] != "", "market_kind"].value_counts()
    return sorted(counts.index, key=lambda k: (-counts[k], k))


def subject_names(table: pd.DataFrame) -> list[str]:
    counts = table.loc[(table["market_kind"] != "") & (table["subject"] != ""), "subject"].value_counts()
    return sorted(counts.index, key=lambda k: (-counts[k], k))

"""Choosing the rows the page shows: pure functions of the (prepared) table and a filter state."""
from __future__ import annotations

import re
from dataclasses import dataclass

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


def apply_filters(table: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows that pass every filter, in table order."""
    keep = pd.Series(True, index=table.index)
    if filters.docs:
        keep &= table["doc"].isin(filters.docs)
    if filters.categories:
        keep &= table["category"].isin(filters.categories)
    if filters.actors:
        keep &= table["actors"].str.contains(_actor_pattern(filters.actors), regex=True)
    if filters.kind == "events":
        keep &= table["date_text"] != ""
    elif filters.kind == "market":
        keep &= table["market_kind"] != ""
    if filters.market_kinds:
        keep &= table["market_kind"].isin(filters.market_kinds)
    if filters.subjects:
        keep &= table["subject"].isin(filters.subjects)
    if filters.text.strip():
        haystack = table["_search"] if "_search" in table.columns else \
            (table["excerpt"] + "\n" + table["headline"]).str.lower()
        keep &= haystack.str.contains(filters.text.strip().lower(), regex=False)
    if filters.date_from:
        last = table["end"].where(table["end"] != "", "9999-12-31")
        keep &= (table["start"] != "") & (last >= filters.date_from)
    if filters.date_to:
        keep &= (table["start"] != "") & (table["start"] <= filters.date_to)
    shown = table[keep]
    if filters.key_only:
        shown = shown[shown["event_id"].isin(key_event_ids(shown, filters.key_count))]
    return shown


def key_event_ids(table: pd.DataFrame, count: int) -> list[str]:
    """The ``count`` most important events (importance, then more mentions, then event id)."""
    if table.empty or count <= 0:
        return []
    events = (table.assign(_event=table["event_id"].where(table["event_id"] != "", table["mention_id"]))
              .groupby("_event", sort=False).agg(importance=("importance", "max"), mentions=("mention_id", "size")))
    events = events.fillna({"importance": float("-inf")}).reset_index()
    events = events.sort_values(["importance", "mentions", "_event"], ascending=[False, False, True])
    return events["_event"].head(count).tolist()


def one_per_event(table: pd.DataFrame) -> pd.DataFrame:
    """One row per event among the given rows: its most precise mention still shown (``_rank``)."""
    if table.empty:
        return table
    event = table["event_id"].where(table["event_id"] != "", table["mention_id"])
    order = table["_rank"] if "_rank" in table.columns else pd.Series(0, index=table.index)
    best = order.groupby(event).idxmin()
    return table.loc[table.index.isin(best.to_numpy())]


def event_count(table: pd.DataFrame) -> int:
    return int(table["event_id"].where(table["event_id"] != "", table["mention_id"]).nunique())


# ---------------------------------------------------------------------------------------------
# the choices the widgets offer

def actor_names(table: pd.DataFrame) -> list[str]:
    """Every actor named in the table, most mentioned first."""
    names = table["actors"][table["actors"] != ""].str.split(";").explode()
    counts = names[names != ""].value_counts()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def category_names(table: pd.DataFrame) -> list[str]:
    """The table's categories in the taxonomy's order (unknown ones after, alphabetically)."""
    present = set(table["category"]) - {""}
    try:
        from pipeline.story import categories
        order = [c for c in categories() if c in present]
    except (ImportError, ValueError):  # the story rules are not readable: fall back to the table
        order = []
    return order + sorted(present - set(order))


def source_choices(table: pd.DataFrame) -> dict[str, str]:
    """doc -> label, in order of publication (unknown dates last)."""
    docs = table[["doc", "published"]].drop_duplicates("doc")
    docs = docs.assign(_unknown=docs["published"] == "").sort_values(["_unknown", "published", "doc"])
    labels = table.drop_duplicates("doc").set_index("doc")["_source"] if "_source" in table.columns else None
    return {doc: (labels[doc] if labels is not None else doc) for doc in docs["doc"]}


def market_kind_names(table: pd.DataFrame) -> list[str]:
    counts = table.loc[table["market_kind"] != "", "market_kind"].value_counts()
    return sorted(counts.index, key=lambda k: (-counts[k], k))


def subject_names(table: pd.DataFrame) -> list[str]:
    counts = table.loc[(table["market_kind"] != "") & (table["subject"] != ""), "subject"].value_counts()
    return sorted(counts.index, key=lambda k: (-counts[k], k))

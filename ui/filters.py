"""Choosing the rows the page shows: pure functions of the table and a filter state."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Filters:
    docs: tuple[str, ...] = ()          # empty: every source
    categories: tuple[str, ...] = ()    # empty: every category
    actors: tuple[str, ...] = ()        # a row is kept if it names any of them
    kind: str = "all"                   # all | events | market
    text: str = ""                      # case-insensitive search in the excerpt
    date_from: str = ""                 # YYYY-MM-DD, keeps rows whose span reaches it
    date_to: str = ""


def apply_filters(table: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=table.index)
    if filters.docs:
        keep &= table["doc"].isin(filters.docs)
    if filters.categories:
        keep &= table["category"].isin(filters.categories)
    if filters.actors:
        wanted = set(filters.actors)
        keep &= table["actors"].map(lambda a: bool(wanted.intersection(a.split(";"))) if a else False)
    if filters.kind == "events":
        keep &= table["date_text"] != ""
    elif filters.kind == "market":
        keep &= table["market_kind"] != ""
    if filters.text:
        keep &= table["excerpt"].str.contains(filters.text, case=False, regex=False)
    if filters.date_from:
        last = table["end"].where(table["end"] != "", "9999-12-31")
        keep &= (table["start"] != "") & (last >= filters.date_from)
    if filters.date_to:
        keep &= (table["start"] != "") & (table["start"] <= filters.date_to)
    return table[keep]


def actor_names(table: pd.DataFrame) -> list[str]:
    """Every actor named in the table, most mentioned first."""
    counts: dict[str, int] = {}
    for cell in table["actors"]:
        for name in filter(None, cell.split(";")):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))

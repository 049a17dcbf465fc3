"""The view in the URL: filters, lanes, selected mention, mode ⇄ query parameters.

A copied link reopens the same view.  Only what differs from the defaults is written, so the plain
page has a plain URL; anything unreadable in a URL falls back to its default, never to an error.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ui.filters import DEFAULT_KEY_COUNT, KINDS, Filters
from ui.lanes import DEFAULT_LANE, LANES

VIEWS = ("timeline", "market", "events", "add")
DEFAULT_VIEW = "timeline"
MAX_KEY_COUNT = 200
_ID = re.compile(r"[\w-]{1,80}")


@dataclass(frozen=True)
class ViewState:
    filters: Filters = field(default_factory=Filters)
    dates: str = ""              # the date range as typed ("since March 2023")
    lane: str = DEFAULT_LANE
    view: str = DEFAULT_VIEW
    present: bool = False
    merge: bool = True           # one mark per event (its most precise mention)
    selected: str = ""           # a mention id (or an event id, resolved by the page)
    title: str = ""              # presentation title and subtitle, when edited
    subtitle: str = ""


# query key -> ViewState / Filters field; lists are repeated keys (?cat=a&cat=b)
LIST_KEYS = {"src": "docs", "cat": "categories", "actor": "actors", "mk": "market_kinds", "subj": "subjects"}


def _one(params: Mapping, key: str) -> str:
    value = params.get(key, "")
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    return str(value)


def _many(params: Mapping, key: str) -> tuple[str, ...]:
    value = params.get(key, ())
    if isinstance(value, str):
        value = [value]
    return tuple(dict.fromkeys(str(v) for v in value if str(v)))


def _flag(params: Mapping, key: str, default: bool) -> bool:
    value = _one(params, key).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return default


def view_from_query(params: Mapping) -> ViewState:
    """The view a URL's query parameters describe (``st.query_params.to_dict()`` or with lists)."""
    lists = {name: _many(params, key) for key, name in LIST_KEYS.items()}
    kind = _one(params, "kind")
    try:
        top = min(max(int(_one(params, "top")), 1), MAX_KEY_COUNT)
    except ValueError:
        top = DEFAULT_KEY_COUNT
    filters = Filters(kind=kind if kind in KINDS else "all", text=_one(params, "q"),
                      key_only=_flag(params, "key", False), key_count=top, **lists)
    lane, view = _one(params, "lane"), _one(params, "view")
    selected = _one(params, "event")
    return ViewState(
        filters=filters, dates=_one(params, "dates"),
        lane=lane if lane in LANES else DEFAULT_LANE,
        view=view if view in VIEWS else DEFAULT_VIEW,
        present=_flag(params, "present", False), merge=_flag(params, "merge", True),
        selected=selected if _ID.fullmatch(selected) else "",
        title=_one(params, "title"), subtitle=_one(params, "subtitle"))


def query_from_view(view: ViewState) -> dict[str, str | list[str]]:
    """The query parameters of a view: only what differs from the defaults."""
    f = view.filters
    query: dict[str, str | list[str]] = {}
    if view.view != DEFAULT_VIEW:
        query["view"] = view.view
    if view.present:
        query["present"] = "1"
    if view.lane != DEFAULT_LANE:
        query["lane"] = view.lane
    if not view.merge:
        query["merge"] = "0"
    if view.dates.strip():
        query["dates"] = view.dates.strip()
    for key, name in LIST_KEYS.items():
        values = list(getattr(f, name))
        if values:
            query[key] = values if len(values) > 1 else values[0]
    if f.kind != "all":
        query["kind"] = f.kind
    if f.text.strip():
        query["q"] = f.text.strip()
    if f.key_only:
        query["key"] = "1"
    if f.key_count != DEFAULT_KEY_COUNT:
        query["top"] = str(f.key_count)
    if view.selected:
        query["event"] = view.selected
    if view.title:
        query["title"] = view.title
    if view.subtitle:
        query["subtitle"] = view.subtitle
    return query


def same_query(a: Mapping, b: Mapping) -> bool:
    """Two query dicts say the same (a one-element list and its string are the same)."""
    def norm(q):
        return {k: tuple(v) if isinstance(v, (list, tuple)) else (v,) for k, v in q.items()}
    return norm(a) == norm(b)


def picked_id(selection, ids=()) -> str:
    """The mention id a chart selection points at ("" for none): the first point carrying one.

    ``selection`` is a ``PlotlyState`` (or a dict of the same shape) or None.  A mark carries its row's
    position in the page's table (see ``ui.figures.mark_ids``), read through ``ids`` (the table's
    mention ids in order), or the mention id itself.
    """
    if not selection:
        return ""
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return ""
    for point in points or ():
        value = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        if isinstance(value, str) and value:
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= int(value) < len(ids):
            return str(ids[int(value)])
    return ""


@dataclass
class SelectionMemo:
    """What the chart and the table said at the last run, so that only a *new* pick moves the selection."""

    chart: str = ""
    table: str = ""


def next_selection(current: str, memo: SelectionMemo, chart: str | None,
                   table: str | None) -> tuple[str, SelectionMemo]:
    """The selected mention after a rerun, and the memo for the next one.

    A pick (chart first, then table) that differs from what that widget said last run wins.  An empty
    pick never clears the selection: Streamlit re-creates the chart whenever its figure changes (the
    ring around the selected mark does that), which empties its selection without any click; the panel
    has its own close button.  ``None``: that widget is not on the page this run.
    """
    memo = replace(memo)
    selected = current
    if chart is not None:
        if chart and chart != memo.chart:
            selected = chart
        memo.chart = chart
    if table is not None:
        if table and table != memo.table and selected == current:
            selected = table
        memo.table = table
    return selected, memo

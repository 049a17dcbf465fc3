"""The shown events as a TimelineJS 3 JSON file, so a newsroom can publish them with the tool it uses.

Format (timeline.knightlab.com/docs/json-format.html): ``{"title": slide, "events": [slide, ...]}``;
a slide has ``start_date`` (and ``end_date``) split into ``year``/``month``/``day`` only as far as the
text's precision goes, ``text.headline``, ``text.text`` and ``group``.  TimelineJS renders the
headline and text as HTML, so article text is escaped here too.
"""
from __future__ import annotations

import html
import json
import re

import pandas as pd

from ui.excerpts import safe_link
from ui.lanes import NO_ACTOR, NO_CATEGORY, kind_label

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# Precisions whose ISO value TimelineJS cannot read (2021-Q3, 2021-H1, FY2025...): the first and last
# days give the months, and the date as written is displayed.
_SHOWN_AS_WRITTEN = {"quarter", "half", "season", "fiscal_year", "decade", "century"}


def _date_parts(iso: str) -> dict[str, str] | None:
    match = _ISO.fullmatch(iso)
    if not match:
        return None
    return {k: str(int(v)) for k, v in match.groupdict().items() if v}


def _month_of(day: str) -> dict[str, str]:
    year, month, _ = day.split("-")
    return {"year": str(int(year)), "month": str(int(month))}


def slide_dates(when: str, start: str, end: str, precision: str) -> dict:
    """``start_date``/``end_date`` of a row at the precision its ``when`` gives (empty dict: not placed)."""
    if not start:
        return {}
    if precision in _SHOWN_AS_WRITTEN or "/" not in when and _date_parts(when) is None:
        dates = {"start_date": _month_of(start)}
        if end and end[:7] != start[:7]:
            dates["end_date"] = _month_of(end)
        return dates
    first, _, last = when.partition("/")
    dates = {"start_date": _date_parts(first) or _month_of(start)}
    if last and last != "..":
        dates["end_date"] = _date_parts(last) or _month_of(end)
    return dates


def group_of(row: dict, lane: str) -> str:
    if lane == "source":
        return row.get("_source") or row.get("publisher") or row.get("doc", "")
    if lane == "actor":
        return (row.get("actors") or "").split(";")[0] or NO_ACTOR
    if lane == "kind":
        return kind_label(row.get("market_kind", ""))
    return row.get("category") or NO_CATEGORY


def _source_line(row: dict) -> str:
    name = row.get("publisher") or row.get("title") or row.get("doc", "")
    when = f", {html.escape(row['published'])}" if row.get("published") else ""
    return f"{safe_link(row.get('url', ''), name)}{when}"


def timelinejs_document(rows: pd.DataFrame, lane: str = "category", title: str = "", subtitle: str = "",
                        all_mentions: pd.DataFrame | None = None) -> dict:
    """The TimelineJS document of the given rows (one slide each; rows without a date are left out).
    ``all_mentions``, when given, names every source of each row's event in its slide."""
    events = []
    for row in rows.to_dict("records"):
        dates = slide_dates(row["when"], row["start"], row["end"], row["precision"])
        if not dates:
            continue
        sources = [_source_line(row)]
        if all_mentions is not None and row.get("event_id"):
            others = all_mentions[(all_mentions["event_id"] == row["event_id"]) & (all_mentions["doc"] != row["doc"])]
            sources += [_source_line(o) for o in others.drop_duplicates("doc").to_dict("records")]
        slide = {
            **dates,
            "text": {"headline": html.escape(row["headline"] or row["excerpt"][:80]),
                     "text": f"<p>{html.escape(row['excerpt'])}</p><p>Source: {'; '.join(sources)}</p>"},
            "group": html.escape(group_of(row, lane)),
            "unique_id": row["mention_id"],
        }
        if row["precision"] in _SHOWN_AS_WRITTEN or row["when"].endswith("/.."):
            slide["display_date"] = html.escape(row["date_text"] or row["when"])
        events.append(slide)
    document: dict = {"events": events}
    if title or subtitle:
        document["title"] = {"text": {"headline": html.escape(title), "text": html.escape(subtitle)}}
    return document


def timelinejs_bytes(rows: pd.DataFrame, lane: str = "category", title: str = "", subtitle: str = "",
                     all_mentions: pd.DataFrame | None = None) -> bytes:
    return json.dumps(timelinejs_document(rows, lane, title, subtitle, all_mentions),
                      ensure_ascii=False, indent=1).encode("utf-8")

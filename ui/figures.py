"""The timeline figure: one Plotly chart, time on x, lanes on y, the row id in customdata."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

LANE_COLUMNS = {"category": "category", "source": "doc", "kind": "market_kind"}


def timeline_figure(table: pd.DataFrame, lane: str = "category", title: str = "") -> go.Figure:
    """Every placed row as a point at the middle of the span its date covers."""
    placed = table[table["start"] != ""]
    start = pd.to_datetime(placed["start"], errors="coerce")
    end = pd.to_datetime(placed["end"].where(placed["end"] != "", placed["published"]), errors="coerce")
    middle = start + (end.fillna(start) - start) / 2
    lanes = placed[LANE_COLUMNS.get(lane, "category")].replace("", "(none)")
    figure = go.Figure(go.Scatter(
        x=middle, y=lanes, mode="markers",
        customdata=placed["mention_id"],
        text=placed["headline"],
        hovertext=(placed["date_text"].where(placed["date_text"] != "", placed["when"]) + " · " + placed["doc"]),
        hovertemplate="<b>%{text}</b><br>%{hovertext}<extra></extra>",
        marker={"size": 12},
    ))
    figure.update_layout(title=title or None, height=480, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                         xaxis_title=None, yaxis_title=None)
    return figure

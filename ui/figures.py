"""The charts: the timeline (time on x, lanes on y) and the market view (figures over time).

Every mark that can be clicked carries its row's ``mention_id`` in ``customdata``; lines, labels and
publication markers carry none and are skipped by hover and click.  Everything from an article that
reaches the chart (headlines, lane names, titles) is HTML-escaped: Plotly renders a subset of HTML
in labels.  Inputs are tables prepared by :func:`ui.data.prepare` (the ``_x0``, ``_mid``, ``_hover``
… columns).
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.filters import category_names, key_event_ids
from ui.lanes import kind_label, lane_rows, stack_offsets
from ui.palette import BAND, DIRECTION, FAINT, TEXT, colour_map, theme_name

# Above this many marks the chart draws with WebGL: SVG takes seconds to draw and minutes to click
# at 100,000 points (../shared/STACK.md, section 6).
WEBGL_ABOVE = 2000
PRESENTATION_SIZE = (1920, 1080)
LABEL_LENGTH = 48
LANE_LABEL_LENGTH = 28


@dataclass(frozen=True)
class FigureStyle:
    present: bool = False      # presentation mode: large type, key events labelled
    theme: str = "light"       # light | dark: picks the palette
    title: str = ""
    subtitle: str = ""
    label_keys: int = 0        # label this many key events on the chart (0: none)
    source_line: str = ""      # "Source: …" under the chart (exports)

    @property
    def font(self) -> int:
        return 22 if self.present else 13

    @property
    def marker(self) -> int:
        return 16 if self.present else 11

    @property
    def bar(self) -> int:
        return 12 if self.present else 8


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def escape(text: str) -> str:
    """Text for a Plotly label or hover: Plotly reads them as (a subset of) HTML and decodes entities."""
    return html.escape(text, quote=False)


def label(text: str, limit: int) -> str:
    """Article text as a chart label: shortened, then escaped."""
    return escape(shorten(text, limit))


def _scatter(webgl: bool):
    return go.Scattergl if webgl else go.Scatter


def _segments(x0: np.ndarray, x1: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bars as one line trace: x0→x1 at height y, NaN between bars (a gap, not a line)."""
    n = len(x0)
    xs = np.full(3 * n, np.nan)
    ys = np.full(3 * n, np.nan)
    xs[0::3], xs[1::3] = x0, x1
    ys[0::3], ys[1::3] = y, y
    return xs, ys


def _dates_axis(x0: np.ndarray, x1: np.ndarray) -> list[float] | None:
    if len(x0) == 0:
        return None
    lo, hi = float(np.nanmin(x0)), float(np.nanmax(x1))
    pad = max((hi - lo) * 0.04, 20 * 86_400_000)
    return [lo - pad, hi + pad]


def timeline_figure(rows: pd.DataFrame, lane: str = "category", style: FigureStyle = FigureStyle(),
                    selected: str = "") -> go.Figure:
    """The timeline of the given rows (prepared), one lane per value of ``lane``.

    A single day is a point; a month, quarter, year or span is a bar over the days it covers; an open
    span fades; future and forecast items are hollow (points) or dotted (bars); each article's
    publication date is a faint marker above the lanes; items at the same place are stacked within
    their lane.  ``selected`` (a mention id) is ringed.
    """
    theme = theme_name(style.theme)
    placed = rows[rows["_placed"]] if len(rows) else rows
    laned, lanes = lane_rows(placed, lane)
    figure = go.Figure()
    n = len(laned)
    webgl = n > WEBGL_ABOVE
    Scatter = _scatter(webgl)
    lane_code = laned["_lane"].to_numpy()
    x0 = laned["_x0"].to_numpy()
    x1 = laned["_x1"].to_numpy()
    mid = laned["_mid"].to_numpy()
    point = laned["_point"].to_numpy(dtype=bool)
    y = lane_code + stack_offsets(lane_code, x0, x1, point)
    future = laned["future"].to_numpy(dtype=bool)
    is_open = laned["_open"].to_numpy(dtype=bool)
    categories = laned["category"].where(laned["category"] != "", "(no category)")
    names = category_names(laned) + (["(no category)"] if (categories == "(no category)").any() else [])
    colours = colour_map(names, theme)
    marker_x = np.where(point, x0, mid)

    for name in names:
        mine = (categories == name).to_numpy()
        if not mine.any():
            continue
        colour = colours[name]
        bar = mine & ~point
        for kind, mask, dash, opacity in (("solid", bar & ~future & ~is_open, "solid", 0.85),
                                          ("future", bar & future & ~is_open, "dash", 0.6),
                                          ("open", bar & is_open, "dot", 0.35)):
            if not mask.any():
                continue
            xs, ys = _segments(x0[mask], x1[mask], y[mask])
            figure.add_trace(Scatter(x=xs, y=ys, mode="lines", name=name, legendgroup=name, showlegend=False,
                                     line={"color": colour, "width": style.bar, "dash": dash},
                                     opacity=opacity, hoverinfo="skip", connectgaps=False))
        symbols = np.where(point[mine], np.where(future[mine], "circle-open", "circle"),
                           np.where(future[mine], "square-open", "square"))
        # A bar is clicked through a mark at its middle, as wide as the bar: it reads as part of it.
        sizes = np.where(point[mine], style.marker, style.bar)
        opacity = np.where(is_open[mine], 0.35, 1.0)
        figure.add_trace(Scatter(
            x=marker_x[mine], y=y[mine], mode="markers", name=label(name, 40), legendgroup=name,
            customdata=laned["mention_id"].to_numpy()[mine], hovertext=laned["_hover"].to_numpy()[mine],
            hovertemplate="%{hovertext}<extra></extra>",
            marker={"color": colour, "size": sizes, "symbol": symbols, "opacity": opacity,
                    "line": {"width": 2, "color": colour}}))

    _publication_marks(figure, placed, len(lanes), theme, Scatter)
    if selected:
        ring = (laned["mention_id"] == selected).to_numpy()
        if ring.any():
            figure.add_trace(Scatter(x=marker_x[ring], y=y[ring], mode="markers", name="selected",
                                     showlegend=False, hoverinfo="skip",
                                     marker={"size": style.marker + 12, "symbol": "circle-open",
                                             "color": TEXT[theme], "line": {"width": 3, "color": TEXT[theme]}}))
    if style.label_keys:
        _label_key_events(figure, laned, marker_x, y, style)
    _timeline_layout(figure, lanes, _dates_axis(x0, x1), style, theme)
    return figure


def _publication_marks(figure: go.Figure, placed: pd.DataFrame, lane_count: int, theme: str, Scatter) -> None:
    docs = placed[placed["published"] != ""].drop_duplicates("doc")
    if docs.empty:
        return
    day = pd.to_datetime(docs["published"], format="%Y-%m-%d").to_numpy(dtype="datetime64[ms]").astype("int64")
    day = day.astype("float64")
    xs = np.full(3 * len(day), np.nan)
    ys = np.full(3 * len(day), np.nan)
    xs[0::3], xs[1::3] = day, day
    ys[0::3], ys[1::3] = -0.55, lane_count - 0.5
    figure.add_trace(Scatter(x=xs, y=ys, mode="lines", showlegend=False, hoverinfo="skip",
                             line={"color": FAINT[theme], "width": 1, "dash": "dot"}, opacity=0.5,
                             name="publication dates"))
    hover = ("Published " + docs["published"] + "<br>" + docs["_source"].map(escape)).to_numpy()
    figure.add_trace(Scatter(x=day, y=np.full(len(day), -0.7), mode="markers", name="published",
                             showlegend=False, hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
                             marker={"symbol": "triangle-down", "size": 10, "color": FAINT[theme]}))


def _label_key_events(figure: go.Figure, laned: pd.DataFrame, x: np.ndarray, y: np.ndarray,
                      style: FigureStyle) -> None:
    """The most important events named on the chart, alternately above and below their mark."""
    keys = key_event_ids(laned, style.label_keys)
    event = laned["event_id"].where(laned["event_id"] != "", laned["mention_id"]).to_numpy()
    rank = laned["_rank"].to_numpy() if "_rank" in laned.columns else np.zeros(len(laned))
    done: set[str] = set()
    order = np.lexsort((rank,))
    placed = []
    for i in order:
        if event[i] in keys and event[i] not in done:
            done.add(event[i])
            placed.append(i)
    placed.sort(key=lambda i: x[i])
    for k, i in enumerate(placed):
        figure.add_annotation(
            x=x[i], y=y[i], text=label(laned["headline"].iloc[i] or laned["excerpt"].iloc[i], LABEL_LENGTH),
            showarrow=True, arrowhead=0, ax=0, ay=(-1) ** k * (34 + 22 * (k % 3)),
            font={"size": style.font - 2}, bgcolor="rgba(255,255,255,0.8)" if style.theme != "dark"
            else "rgba(14,17,23,0.8)", borderpad=2)


def _timeline_layout(figure: go.Figure, lanes: list[str], x_range, style: FigureStyle, theme: str) -> None:
    count = max(len(lanes), 1)
    per_lane = 80 if style.present else 58
    height = min(max((150 if style.present else 110) + per_lane * count, 380), 1000)
    figure.update_layout(
        height=height, hovermode="closest", dragmode="pan", showlegend=True,
        margin={"l": 10, "r": 10, "t": 90 if style.title else 40, "b": 40},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "font": {"size": style.font}},
        hoverlabel={"font": {"size": style.font}},
        shapes=[{"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": i - 0.5, "y1": i + 0.5,
                 "fillcolor": BAND[theme], "line": {"width": 0}, "layer": "below"}
                for i in range(0, count, 2)],
    )
    if style.title or style.subtitle:
        figure.update_layout(title={"text": escape(style.title), "font": {"size": style.font + 10},
                                    "subtitle": {"text": escape(style.subtitle),
                                                 "font": {"size": style.font + 1}}})
    figure.update_xaxes(type="date", range=x_range, tickfont={"size": style.font}, showgrid=True, title=None)
    figure.update_yaxes(tickmode="array", tickvals=list(range(len(lanes))),
                        ticktext=[label(name, LANE_LABEL_LENGTH) for name in lanes],
                        range=[count - 0.5, -0.9], fixedrange=True, showgrid=False, zeroline=False,
                        tickfont={"size": style.font}, title=None)


# ---------------------------------------------------------------------------------------------
# the market view

_MAGNITUDES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def format_amount(amount: float | None, currency: str) -> str:
    """3e9, "USD" -> "USD 3bn"; 2.5, "USD" -> "USD 2.5"; missing -> ""."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return ""
    for size, suffix in _MAGNITUDES:
        if abs(amount) >= size:
            return f"{currency} {amount / size:,.3g}{suffix}".strip()
    return f"{currency} {amount:,.2f}".strip()


def format_percent(percent: float | None) -> str:
    if percent is None or (isinstance(percent, float) and math.isnan(percent)):
        return ""
    return f"{percent:+.1f}%".replace("-", "−")


def market_figure(rows: pd.DataFrame, style: FigureStyle = FigureStyle(), selected: str = "") -> go.Figure:
    """The stock, valuation and money mentions over time, one lane per market kind.

    Amounts known in US dollars are circles whose area follows the amount; percentage moves are
    triangles pointing up or down; other figures and figureless market phrases are small hollow circles.
    """
    theme = theme_name(style.theme)
    market = rows[(rows["market_kind"] != "") & rows["_placed"]] if len(rows) else rows
    figure = go.Figure()
    kinds = market["market_kind"].value_counts()
    order = sorted(kinds.index, key=lambda k: (-kinds[k], k))
    codes = {k: i for i, k in enumerate(order)}
    if len(market):
        Scatter = _scatter(len(market) > WEBGL_ABOVE)
        x = market["_mid"].to_numpy()
        lane = market["market_kind"].map(codes).to_numpy()
        point = np.ones(len(market), dtype=bool)
        y = lane + stack_offsets(lane, x, x, point)
        usd = market["amount_usd"].to_numpy(dtype="float64")
        percent = market["percent"].to_numpy(dtype="float64")
        direction = market["direction"].to_numpy()
        biggest = np.nanmax(usd) if np.isfinite(usd).any() else 1.0
        has_usd = np.isfinite(usd) & (usd > 0)
        has_move = ~has_usd & np.isfinite(percent)
        size = np.where(has_usd, style.marker + 34 * np.sqrt(np.where(has_usd, usd, 0) / biggest), style.marker)
        symbol = np.where(has_usd, "circle",
                          np.where(has_move, np.where(percent >= 0, "triangle-up", "triangle-down"), "circle-open"))
        symbol = np.where(market["future"].to_numpy(dtype=bool) & (symbol == "circle"), "circle-open", symbol)
        colours = np.array([DIRECTION[theme].get(d, DIRECTION[theme][""]) for d in direction])
        figures = [" ".join(p for p in (format_amount(a, c), format_percent(pc)) if p)
                   for a, c, pc in zip(market["amount"], market["currency"], market["percent"])]
        hover = (market["_hover"] + "<br>" + market["money_text"].map(escape) + " · "
                 + pd.Series(figures, index=market.index).map(escape)).to_numpy()
        figure.add_trace(Scatter(x=x, y=y, mode="markers", name="figures", showlegend=False,
                                 customdata=market["mention_id"].to_numpy(), hovertext=hover,
                                 hovertemplate="%{hovertext}<extra></extra>",
                                 marker={"size": size, "symbol": symbol, "color": colours, "opacity": 0.85,
                                         "line": {"width": 2, "color": colours}}))
        if selected and (market["mention_id"] == selected).any():
            ring = (market["mention_id"] == selected).to_numpy()
            figure.add_trace(Scatter(x=x[ring], y=y[ring], mode="markers", showlegend=False, hoverinfo="skip",
                                     marker={"size": size[ring] + 12, "symbol": "circle-open",
                                             "color": TEXT[theme], "line": {"width": 3, "color": TEXT[theme]}}))
        x_range = _dates_axis(x, x)
    else:
        x_range = None
    _timeline_layout(figure, [kind_label(k) for k in order], x_range, style, theme)
    figure.update_layout(showlegend=False)
    return figure


# ---------------------------------------------------------------------------------------------
# static export

def export_ready(figure: go.Figure, style: FigureStyle, size: tuple[int, int] = PRESENTATION_SIZE) -> go.Figure:
    """A copy for a PNG/SVG file at presentation size: a real template (the page's own is resolved only in
    the browser), room for the labels, and the source line under the chart."""
    out = go.Figure(figure)
    width, height = size
    out.update_layout(template="plotly_white", width=width, height=height,
                      margin={"l": 40, "r": 40, "t": 130 if style.title else 80, "b": 110},
                      font={"size": style.font})
    if style.source_line:
        out.add_annotation(text=escape(style.source_line), xref="paper", yref="paper", x=0, y=-0.08,
                           xanchor="left", yanchor="top", showarrow=False, font={"size": max(style.font - 4, 12)})
    return out

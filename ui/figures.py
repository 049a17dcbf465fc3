"""The charts: the timeline (time on x, lanes on y) and the market view (figures over time).

Every mark that can be clicked carries its row in ``customdata`` (see :func:`mark_ids`); lines, labels
and publication markers carry none and are skipped by hover and click.  Everything from an article that
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

from ui.filters import event_codes, top_events
from ui.lanes import category_codes, kind_label, lane_rows, stack_offsets
from ui.palette import BAND, DIRECTION, FAINT, TEXT, category_colour, theme_name

# Above this many marks the chart draws with WebGL: SVG takes seconds to draw and minutes to click
# at 100,000 points (../shared/STACK.md, section 6).
WEBGL_ABOVE = 2000
# Above this many marks the hover text is the headline cut short and the date as written (the source is
# one click away): full hover text is ~60 % of the chart's JSON, ~1.4 MB at 10,000 marks and ~12 MB at
# 100,000, serialised on every rerun.  Positions are then sent as 32-bit floats (a couple of minutes of
# precision on a date axis, half the bytes).
FULL_HOVER_MAX = 5_000
# Above this many, marks carry no text at all: the hover gives the mark's date and category, and a click
# the sentence.  (Even short text is ~6 MB at 100,000 marks.)
HOVER_TEXT_MAX = 30_000
PRESENTATION_SIZE = (1920, 1080)
LABEL_LENGTH = 48
# With more articles than this the publication dates are marked above the lanes only, without a faint
# line down through them (hundreds of lines would grey the chart out).
PUBLICATION_LINES_MAX = 40
# Bars: solid, future or forecast (lighter, dashed, with a hollow middle), open-ended (fading, dotted).
BAR_ALPHA, FUTURE_BAR_ALPHA, OPEN_BAR_ALPHA = 0.85, 0.45, 0.25
# Plotly's marker symbols by number: validating an array of numbers is ~100x faster than of names.
CIRCLE, SQUARE, TRIANGLE_UP, TRIANGLE_DOWN = 0, 1, 5, 6
OPEN = 100  # added to a symbol: its hollow form
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


def mark_ids(rows: pd.DataFrame) -> np.ndarray:
    """What a mark carries in ``customdata``: its row's position in the page's table (``_pos``, a number
    the browser sends back in a few bytes), or the mention id for a table not prepared by the page."""
    if "_pos" in rows.columns:
        return rows["_pos"].to_numpy(dtype=np.int32)
    return rows["mention_id"].to_numpy(dtype=object)


def _segments(x0: np.ndarray, x1: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(x0)
    xs = np.full(3 * n, np.nan)
    ys = np.full(3 * n, np.nan)
    xs[0::3], xs[1::3] = x0, x1
    ys[0::3], ys[1::3] = y, y
    return xs, ys


def rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _dates_axis(x0: np.ndarray, x1: np.ndarray) -> list[float] | None:
    if len(x0) == 0:
        return None
    lo, hi = float(np.nanmin(x0)), float(np.nanmax(x1))
    pad = max((hi - lo) * 0.04, 20 * 86_400_000)
    return [lo - pad, hi + pad]


# What the timeline reads of its rows, whatever the lanes and the number of marks.
_ALWAYS = ("future", "category", "importance", "_x0", "_x1", "_mid", "_point", "_open", "_placed", "_doc",
           "_published_ms", "_published_hover", "_event", "_rank", "_pos", "_cat")
_LANE_COLUMNS = {"actor": ("actors",), "source": ("_source", "published"), "kind": ("market_kind",)}


def timeline_columns(lane: str, marks: int, *, labels: bool = False, selected: bool = False) -> list[str]:
    """The columns :func:`timeline_figure` needs for this many marks: the page takes only these of the
    shown rows (at 100,000 rows, each text column more costs ~10 ms to take and to copy)."""
    columns = list(_ALWAYS) + list(_LANE_COLUMNS.get(lane, ()))
    if marks <= HOVER_TEXT_MAX:
        columns.append("_hover_short" if marks > FULL_HOVER_MAX else "_hover")
    if labels:
        columns.append("_label")
    if selected:
        columns.append("mention_id")
    return columns


def timeline_figure(rows: pd.DataFrame, lane: str = "category", style: FigureStyle = FigureStyle(),
                    selected: str = "") -> go.Figure:
    """The timeline of the given rows (prepared), one lane per value of ``lane``.

    A single day is a point; a month, quarter, year or span is a bar over the days it covers; an open
    span fades; future and forecast items are hollow (points) or dashed (bars); each article's
    publication date is a faint marker above the lanes; items at the same place are stacked within
    their lane.  ``selected`` (a mention id) is ringed.
    """
    theme = theme_name(style.theme)
    placed = rows[rows["_placed"]] if len(rows) else rows
    laned, lanes = lane_rows(placed, lane)
    traces: list[dict] = []
    n = len(laned)
    kind = "scattergl" if n > WEBGL_ABOVE else "scatter"
    lane_code = laned["_lane"].to_numpy()
    big = n > FULL_HOVER_MAX
    precision = np.float32 if big else np.float64
    x0 = laned["_x0"].to_numpy()
    x1 = laned["_x1"].to_numpy()
    mid = laned["_mid"].to_numpy()
    point = laned["_point"].to_numpy(dtype=bool)
    y = lane_code + stack_offsets(lane_code, x0, x1, point)
    future = laned["future"].to_numpy(dtype=bool)
    is_open = laned["_open"].to_numpy(dtype=bool)
    codes, names_of = category_codes(laned)
    marker_x = np.where(point, x0, mid)
    ids = mark_ids(laned)
    texts = n <= HOVER_TEXT_MAX
    texts = texts and ("_hover" in laned.columns or "_hover_short" in laned.columns)
    hover_column = "_hover_short" if "_hover_short" in laned.columns and (big or "_hover" not in laned.columns) \
        else "_hover"
    hover = laned[hover_column].to_numpy(dtype=object) if texts else None

    for code, name in sorted(names_of.items()):
        mine = codes == code
        colour = category_colour(code, theme)
        bar = mine & ~point
        # Bars are line segments, one trace per look, NaN between bars (a gap, not a line).  (Error bars
        # would carry one number per bar, but Plotly draws none on a date axis: plotly.js issue 3722.)
        for mask, dash, alpha in ((bar & ~future & ~is_open, "solid", BAR_ALPHA),
                                  (bar & future & ~is_open, "dash", FUTURE_BAR_ALPHA),
                                  (bar & is_open, "dot", OPEN_BAR_ALPHA)):
            if not mask.any():
                continue
            xs, ys = _segments(x0[mask], x1[mask], y[mask])
            traces.append({"type": kind, "x": xs.astype(precision), "y": ys.astype(precision), "mode": "lines",
                           "name": name, "legendgroup": name, "showlegend": False,
                           "line": {"color": rgba(colour, alpha), "width": style.bar, "dash": dash},
                           "hoverinfo": "skip", "connectgaps": False})
        # A bar is clicked through a mark at its middle, as wide as the bar: it reads as part of it.
        # One trace per symbol: Plotly validates an array of symbols value by value, a single one at once.
        legend = True
        for symbol, mask, size, mark_alpha in ((CIRCLE, mine & point & ~future, style.marker, 1.0),
                                               (CIRCLE + OPEN, mine & point & future, style.marker, 1.0),
                                               (SQUARE, mine & ~point & ~future & ~is_open, style.bar, 1.0),
                                               (SQUARE + OPEN, mine & ~point & future & ~is_open, style.bar, 1.0),
                                               (SQUARE + OPEN, mine & is_open, style.bar, OPEN_BAR_ALPHA)):
            if not mask.any():
                continue
            traces.append({
                "type": kind, "x": marker_x[mask].astype(precision), "y": y[mask].astype(precision),
                "mode": "markers", "name": label(name, 40), "legendgroup": name, "showlegend": legend,
                "customdata": ids[mask],
                **({"hovertext": hover[mask], "hovertemplate": "%{hovertext}<extra></extra>"} if texts else
                   {"hovertemplate": "%{x|%d %b %Y} · %{fullData.name}<extra></extra>"}),
                "marker": {"color": colour, "size": size, "symbol": symbol, "opacity": mark_alpha,
                           "line": {"width": 2, "color": colour}}})
            legend = False

    traces += _publication_marks(placed, len(lanes), theme, kind)
    if selected and "mention_id" in laned.columns:
        ring = (laned["mention_id"] == selected).to_numpy()
        if ring.any():
            traces.append({"type": kind, "x": marker_x[ring], "y": y[ring], "mode": "markers", "name": "selected",
                           "showlegend": False, "hoverinfo": "skip",
                           "marker": {"size": style.marker + 12, "symbol": "circle-open", "color": TEXT[theme],
                                      "line": {"width": 3, "color": TEXT[theme]}}})
    x_range = _dates_axis(x0, x1)
    annotations = _label_key_events(laned, marker_x, y, style, x_range) if style.label_keys else []
    label_rows_used = len({a["ay"] for a in annotations})
    layout = _timeline_layout(lanes, x_range, style, theme, label_rows_used)
    layout["annotations"] = annotations
    # One construction of the whole figure: Plotly validates (and copies) each trace once.
    return go.Figure(data=traces, layout=layout)


def _publication_marks(placed: pd.DataFrame, lane_count: int, theme: str, kind: str) -> list[dict]:
    if "_doc" in placed.columns:
        codes = placed["_doc"].to_numpy()
        _, first = np.unique(codes, return_index=True)
        docs = placed.iloc[first]
        day = docs["_published_ms"].to_numpy(dtype="float64")
    else:
        docs = placed.drop_duplicates("doc")
        day = pd.to_datetime(docs["published"].where(docs["published"] != ""), format="%Y-%m-%d") \
            .to_numpy(dtype="datetime64[ms]").astype("int64").astype("float64")
        day[docs["published"].to_numpy() == ""] = np.nan
    known = ~np.isnan(day)
    if not known.any():
        return []
    docs, day = docs[known], day[known]
    if "_published_hover" in docs.columns:
        hover = docs["_published_hover"].to_numpy(dtype=object)
    else:
        source = docs["_source"] if "_source" in docs.columns else docs["doc"]
        hover = ("Published " + docs["published"] + "<br>" + source.map(escape)).to_numpy(dtype=object)
    marks = [{"type": kind, "x": day, "y": np.full(len(day), -0.62), "mode": "markers", "name": "published",
              "showlegend": False, "hovertext": hover, "hovertemplate": "%{hovertext}<extra></extra>",
              "marker": {"symbol": "triangle-down", "size": 10, "color": FAINT[theme]}}]
    if len(day) <= PUBLICATION_LINES_MAX:
        xs = np.full(3 * len(day), np.nan)
        ys = np.full(3 * len(day), np.nan)
        xs[0::3], xs[1::3] = day, day
        ys[0::3], ys[1::3] = -0.5, lane_count - 0.5
        marks.insert(0, {"type": kind, "x": xs, "y": ys, "mode": "lines", "showlegend": False, "hoverinfo": "skip",
                         "line": {"color": FAINT[theme], "width": 1, "dash": "dot"}, "opacity": 0.5,
                         "name": "publication dates"})
    return marks


def label_rows(centres: np.ndarray, widths: np.ndarray) -> list[int]:
    """A row for each label (0 = nearest the lanes) so that labels in one row do not overlap:
    each label, from left to right, takes the first row that is free where it starts."""
    rows: list[int] = [0] * len(centres)
    ends: list[float] = []
    for i in np.argsort(centres, kind="stable"):
        start = centres[i] - widths[i] / 2
        for row, end in enumerate(ends):
            if end <= start:
                rows[i] = row
                ends[row] = centres[i] + widths[i] / 2
                break
        else:
            rows[i] = len(ends)
            ends.append(centres[i] + widths[i] / 2)
    return rows


# The labels of key events sit in rows above the lanes (y is in lane units, top lane at 0), with a
# line down to their mark; their width is estimated for a plot about this many pixels wide.
LABEL_BAND = -1.05
LABEL_ROW = 0.5
ESTIMATED_PLOT_PX = 1100


def _label_key_events(laned: pd.DataFrame, x: np.ndarray, y: np.ndarray, style: FigureStyle, x_range) -> list[dict]:
    """Annotations naming the most important events on the chart, in rows above the lanes."""
    keys = set(top_events(laned, style.label_keys).tolist())
    event = event_codes(laned)
    rank = laned["_rank"].to_numpy() if "_rank" in laned.columns else np.zeros(len(laned))
    chosen: dict[int, int] = {}
    for i in np.argsort(rank, kind="stable"):
        if event[i] in keys and event[i] not in chosen:
            chosen[event[i]] = int(i)
    if not chosen or x_range is None:
        return []
    picked = list(chosen.values())
    names = laned["_label"] if "_label" in laned.columns else laned.get("headline", pd.Series("", index=laned.index))
    texts = [label(str(names.iloc[i]), LABEL_LENGTH) for i in picked]
    span = x_range[1] - x_range[0]
    widths = np.array([(len(t) * (style.font - 2) * 0.55 + 12) / ESTIMATED_PLOT_PX * span for t in texts])
    centres = np.clip(x[picked], x_range[0] + widths / 2, x_range[1] - widths / 2)
    rows = label_rows(centres, widths)
    background = "rgba(14,17,23,0.85)" if style.theme == "dark" else "rgba(255,255,255,0.85)"
    theme = theme_name(style.theme)
    return [{"x": x[i], "y": y[i], "ax": centre, "ay": LABEL_BAND - row * LABEL_ROW, "axref": "x", "ayref": "y",
             "text": text, "showarrow": True, "arrowhead": 0, "arrowwidth": 1, "arrowcolor": FAINT[theme],
             "font": {"size": style.font - 2, "color": TEXT[theme]}, "bgcolor": background, "borderpad": 2}
            for i, text, centre, row in zip(picked, texts, centres, rows)]


def _timeline_layout(lanes: list[str], x_range, style: FigureStyle, theme: str, label_rows_used: int = 0) -> dict:
    count = max(len(lanes), 1)
    per_lane = 66 if style.present else 58
    top = -0.9 if not label_rows_used else LABEL_BAND - (label_rows_used - 1) * LABEL_ROW - 0.35
    height = min(max((150 if style.present else 110) + per_lane * (count - top - 0.9), 380), 900)
    # Presenting, the legend goes under the chart: the title and the labels own the top.
    legend = ({"orientation": "h", "yanchor": "top", "y": -0.08, "x": 0} if style.present else
              {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0})
    ticks = {"size": style.font, **({"color": TEXT[theme]} if style.present else {})}
    layout = {
        "height": height, "hovermode": "closest", "dragmode": "pan", "showlegend": True,
        "margin": {"l": 10, "r": 10, "t": 100 if style.title else 40, "b": 90 if style.present else 40},
        "legend": {**legend, "font": {"size": style.font}},
        "hoverlabel": {"font": {"size": style.font}},
        "shapes": [{"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": i - 0.5, "y1": i + 0.5,
                    "fillcolor": BAND[theme], "line": {"width": 0}, "layer": "below"}
                   for i in range(0, count, 2)],
        "xaxis": {"type": "date", "range": x_range, "showgrid": True, "title": None, "tickfont": ticks},
        "yaxis": {"tickmode": "array", "tickvals": list(range(len(lanes))),
                  "ticktext": [label(name, LANE_LABEL_LENGTH) for name in lanes], "range": [count - 0.5, top],
                  "fixedrange": True, "showgrid": False, "zeroline": False, "tickfont": ticks, "title": None},
    }
    if style.title or style.subtitle:
        layout["title"] = {"text": escape(style.title), "font": {"size": style.font + 10},
                           "subtitle": {"text": escape(style.subtitle), "font": {"size": style.font + 1}}}
    return layout


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


def market_hover(rows: pd.DataFrame) -> pd.Series:
    """Hover text of the market view: the usual hover, then the figure as written and as read."""
    figures = [" ".join(p for p in (format_amount(a, c), format_percent(pc)) if p)
               for a, c, pc in zip(rows["amount"], rows["currency"], rows["percent"])]
    return (rows["_hover"] + "<br>" + rows["money_text"].map(escape) + " · "
            + pd.Series(figures, index=rows.index, dtype=object).map(escape))


def market_figure(rows: pd.DataFrame, style: FigureStyle = FigureStyle(), selected: str = "") -> go.Figure:
    """The stock, valuation and money mentions over time, one lane per market kind.

    Amounts known in US dollars are circles whose area follows the amount; percentage moves are
    triangles pointing up or down; other figures and figureless market phrases are small hollow circles.
    """
    theme = theme_name(style.theme)
    market = rows[(rows["market_kind"] != "") & rows["_placed"]] if len(rows) else rows
    traces: list[dict] = []
    kinds = market["market_kind"].value_counts()
    order = sorted(kinds.index, key=lambda k: (-kinds[k], k))
    codes = {k: i for i, k in enumerate(order)}
    if len(market):
        kind = "scattergl" if len(market) > WEBGL_ABOVE else "scatter"
        x = market["_mid"].to_numpy()
        lane = market["market_kind"].map(codes).to_numpy()
        point = np.ones(len(market), dtype=bool)
        y = lane + stack_offsets(lane, x, x, point)
        usd = market["amount_usd"].to_numpy(dtype="float64")
        percent = market["percent"].to_numpy(dtype="float64")
        direction = market["direction"].to_numpy(dtype=object)
        direction = np.where(np.isin(direction, list(DIRECTION[theme])), direction, "")
        biggest = np.nanmax(usd) if np.isfinite(usd).any() else 1.0
        has_usd = np.isfinite(usd) & (usd > 0)
        has_move = ~has_usd & np.isfinite(percent)
        size = np.where(has_usd, style.marker + 34 * np.sqrt(np.where(has_usd, usd, 0) / biggest), style.marker)
        symbol = np.where(has_usd, CIRCLE,
                          np.where(has_move, np.where(percent >= 0, TRIANGLE_UP, TRIANGLE_DOWN), CIRCLE + OPEN))
        symbol = np.where(market["future"].to_numpy(dtype=bool) & (symbol == CIRCLE), CIRCLE + OPEN, symbol)
        hover = (market["_hover_market"] if "_hover_market" in market.columns
                 else market_hover(market)).to_numpy(dtype=object)
        ids = mark_ids(market)
        # One trace per symbol and direction: scalar symbols and colours validate at once.
        for mark in np.unique(symbol):
            for way, colour in DIRECTION[theme].items():
                mask = (symbol == mark) & (direction == way)
                if not mask.any():
                    continue
                traces.append({"type": kind, "x": x[mask], "y": y[mask], "mode": "markers", "name": way or "figures",
                               "showlegend": False, "customdata": ids[mask], "hovertext": hover[mask],
                               "hovertemplate": "%{hovertext}<extra></extra>",
                               "marker": {"size": size[mask], "symbol": int(mark), "color": colour, "opacity": 0.85,
                                          "line": {"width": 2, "color": colour}}})
        if selected and (market["mention_id"] == selected).any():
            ring = (market["mention_id"] == selected).to_numpy()
            traces.append({"type": kind, "x": x[ring], "y": y[ring], "mode": "markers", "showlegend": False,
                           "hoverinfo": "skip", "name": "selected",
                           "marker": {"size": size[ring] + 12, "symbol": "circle-open", "color": TEXT[theme],
                                      "line": {"width": 3, "color": TEXT[theme]}}})
        x_range = _dates_axis(x, x)
    else:
        x_range = None
    layout = _timeline_layout([kind_label(k) for k in order], x_range, style, theme)
    layout["showlegend"] = False
    return go.Figure(data=traces, layout=layout)


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

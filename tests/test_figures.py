"""The charts (ui/figures.py), read back from the figure JSON the browser receives."""
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from pipeline import schema
from ui import figures
from ui.data import SHORT_HOVER_HEADLINE, prepare
from ui.figures import FigureStyle, export_ready, format_amount, format_percent, market_figure, timeline_figure
from ui.palette import DIRECTION
from ui_samples import hostile_table, seed_table

TABLE = prepare(seed_table())


def _id(opening):
    return TABLE.loc[TABLE["excerpt"].str.startswith(opening), "mention_id"].iloc[0]


def _mentions(trace, table=TABLE):
    """The mention ids of a trace's marks (a mark carries its row's position in the page's table)."""
    return [table["mention_id"].iloc[int(p)] for p in trace.customdata]


def _mark(figure, mention_id):
    """(trace, index) of the clickable mark of a mention."""
    for trace in figure.data:
        if trace.customdata is not None and mention_id in _mentions(trace):
            return trace, _mentions(trace).index(mention_id)
    raise AssertionError(f"no mark for {mention_id}")


def _bars(figure):
    """Every bar drawn, as (x0, x1, y, trace)."""
    out = []
    for trace in figure.data:
        if trace.mode == "lines" and trace.name != "publication dates":
            xs, ys = np.array(trace.x, dtype=float), np.array(trace.y, dtype=float)
            for i in range(0, len(xs), 3):
                out.append((xs[i], xs[i + 1], ys[i], trace))
    return out


def test_a_day_is_a_point_at_that_day():
    figure = timeline_figure(TABLE)
    trace, i = _mark(figure, _id("Since the IPO"))
    assert trace.marker.symbol == figures.CIRCLE
    assert pd.Timestamp(trace.x[i], unit="ms") == pd.Timestamp("2025-11-24")


def test_a_month_is_a_bar_over_the_whole_month_never_a_point_on_its_first_day():
    figure = timeline_figure(TABLE)
    trace, i = _mark(figure, _id("On a cold"))
    y = trace.y[i]
    bars = [(a, b) for a, b, height, _ in _bars(figure) if height == y]
    assert (pd.Timestamp("2020-11-01").value // 10**6, pd.Timestamp("2020-12-01").value // 10**6) in \
        [(int(a), int(b)) for a, b in bars]
    assert trace.marker.symbol == figures.SQUARE
    assert pd.Timestamp(trace.x[i], unit="ms") == pd.Timestamp("2020-11-16")


def test_a_span_is_one_bar_from_its_first_to_its_last_day():
    figure = timeline_figure(TABLE)
    spans = [(pd.Timestamp(a, unit="ms"), pd.Timestamp(b, unit="ms")) for a, b, _, _ in _bars(figure)]
    assert (pd.Timestamp("2018-10-01"), pd.Timestamp("2022-01-01")) in spans


def test_future_items_are_hollow_and_their_bars_dashed():
    figure = timeline_figure(TABLE)
    trace, i = _mark(figure, _id("Looking ahead"))
    assert trace.marker.symbol >= figures.OPEN
    dashed = [t for _, _, _, t in _bars(figure) if t.line.dash == "dash"]
    assert dashed and all(t.legendgroup == "AI & technology" for t in dashed)
    solid, _ = _mark(figure, _id("Ma’s empire"))
    assert solid.marker.symbol == figures.SQUARE


def test_an_open_span_fades():
    table = seed_table()
    i = table.index[table["excerpt"].str.startswith("I lived")][0]
    table.loc[i, ["when", "end"]] = ["2018-10/..", ""]
    prepared = prepare(schema.validate(schema.conform(table)))
    figure = timeline_figure(prepared)
    faded = [t for _, _, _, t in _bars(figure) if t.line.color.endswith(f",{figures.OPEN_BAR_ALPHA})")]
    assert len(faded) == 1 and faded[0].line.dash == "dot"
    trace, _ = _mark(figure, prepared.loc[i, "mention_id"])
    assert trace.marker.opacity == figures.OPEN_BAR_ALPHA


def test_each_articles_publication_date_is_a_faint_marker_without_a_click_target():
    figure = timeline_figure(TABLE)
    published = [t for t in figure.data if t.name == "published"][0]
    days = sorted(pd.Timestamp(x, unit="ms").date().isoformat() for x in published.x)
    assert days == ["2025-03-17", "2025-11-24"]
    assert published.customdata is None


def test_every_shown_row_has_exactly_one_clickable_mark_carrying_its_id():
    figure = timeline_figure(TABLE)
    ids = [m for t in figure.data if t.customdata is not None for m in _mentions(t)]
    assert sorted(ids) == sorted(TABLE["mention_id"])
    assert all(t.hoverinfo == "skip" for t in figure.data if t.mode == "lines")


def test_same_day_items_in_one_lane_do_not_sit_on_each_other():
    figure = timeline_figure(TABLE, lane="source")
    marks = [(x, y) for t in figure.data if t.customdata is not None for x, y in zip(t.x, t.y)]
    assert len(marks) == len(set(marks))


def test_hover_shows_the_headline_the_date_as_written_and_the_source():
    figure = timeline_figure(TABLE)
    trace, i = _mark(figure, _id("Daniel Zhang"))
    assert trace.hovertext[i] == ("<b>Daniel Zhang unexpectedly announced plans to step down in 2023</b><br>"
                                  "in 2023 · CNBC (2025-11-24)")


def test_a_mark_carries_its_rows_position_in_the_page_table_and_a_plain_table_the_mention_id():
    trace, i = _mark(timeline_figure(TABLE), _id("Daniel Zhang"))
    assert trace.customdata[i] == TABLE.loc[TABLE["mention_id"] == _id("Daniel Zhang"), "_pos"].iloc[0]
    unprepared = figures.mark_ids(seed_table())
    assert list(unprepared) == list(seed_table()["mention_id"])


def test_crowded_charts_carry_shorter_hover_text_then_none(monkeypatch):
    monkeypatch.setattr(figures, "FULL_HOVER_MAX", 3)
    trace, i = _mark(timeline_figure(TABLE), _id("Daniel Zhang"))
    headline = "Daniel Zhang unexpectedly announced plans to step down in 2023"
    assert trace.hovertext[i] == headline[:SHORT_HOVER_HEADLINE] + " · in 2023"
    monkeypatch.setattr(figures, "HOVER_TEXT_MAX", 3)
    trace, i = _mark(timeline_figure(TABLE), _id("Daniel Zhang"))
    assert trace.hovertext is None and "%{x" in trace.hovertemplate


def test_a_category_keeps_its_colour_whatever_the_filter_shows():
    def colour_of(rows, category):
        return next(t.marker.color for t in timeline_figure(rows).data
                    if t.customdata is not None and t.legendgroup == category)
    leadership = TABLE[TABLE["category"] == "leadership"]
    assert colour_of(TABLE, "leadership") == colour_of(leadership, "leadership")


@pytest.mark.parametrize("lane", ["category", "actor", "source", "kind"])
def test_the_timeline_draws_from_only_the_columns_it_asks_for(lane):
    columns = figures.timeline_columns(lane, len(TABLE), labels=True, selected=True)
    figure = timeline_figure(TABLE[columns], lane, FigureStyle(present=True, label_keys=3), selected=_id("In February"))
    assert any(t.name == "selected" for t in figure.data) and len(figure.layout.annotations) == 3
    assert "mention_id" not in figures.timeline_columns(lane, len(TABLE))


def test_a_crowded_timeline_asks_for_less_hover_text_then_none():
    assert "_hover" in figures.timeline_columns("category", figures.FULL_HOVER_MAX)
    assert "_hover_short" in figures.timeline_columns("category", figures.FULL_HOVER_MAX + 1)
    many = figures.timeline_columns("category", figures.HOVER_TEXT_MAX + 1)
    assert "_hover" not in many and "_hover_short" not in many


def test_nothing_to_show_is_an_empty_chart_not_an_error():
    figure = timeline_figure(TABLE.iloc[0:0], style=FigureStyle(present=True, label_keys=5))
    assert not [t for t in figure.data if t.customdata is not None]
    assert figure.layout.yaxis.tickvals == ()


def test_a_big_table_is_drawn_with_webgl(monkeypatch):
    monkeypatch.setattr(figures, "WEBGL_ABOVE", 3)
    assert any(isinstance(t, go.Scattergl) for t in timeline_figure(TABLE).data)
    assert all(isinstance(t, go.Scatter) for t in timeline_figure(TABLE.head(3)).data)


def test_the_selected_mark_is_ringed():
    figure = timeline_figure(TABLE, selected=_id("In February"))
    trace, i = _mark(figure, _id("In February"))
    ring = [t for t in figure.data if t.name == "selected"][0]
    assert (ring.x[0], ring.y[0]) == (trace.x[i], trace.y[i])


def test_presentation_style_has_large_type_a_title_and_the_key_events_labelled():
    style = FigureStyle(present=True, title="Alibaba & <Ma>", subtitle="2018–2030", label_keys=3)
    figure = timeline_figure(TABLE, style=style)
    assert figure.layout.xaxis.tickfont.size >= 20 and figure.layout.yaxis.tickfont.size >= 20
    assert figure.layout.title.text == "Alibaba &amp; &lt;Ma&gt;"
    labels = [a.text for a in figure.layout.annotations]
    assert len(labels) == 3
    assert any(label.startswith("The world’s largest IPO") for label in labels)


def test_key_event_labels_take_rows_so_that_labels_in_one_row_never_overlap():
    assert figures.label_rows(np.array([0.0, 1.0, 2.0, 10.0]), np.array([3.0, 3.0, 3.0, 1.0])) == [0, 1, 2, 0]
    assert figures.label_rows(np.array([5.0, 0.0]), np.array([2.0, 2.0])) == [0, 0]


def test_key_event_labels_sit_above_the_lanes_and_the_chart_makes_room_for_them():
    figure = timeline_figure(TABLE, style=FigureStyle(present=True, label_keys=5))
    tails = [a.ay for a in figure.layout.annotations]
    top = figure.layout.yaxis.range[1]
    assert len(tails) == 5 and all(top < tail < -0.9 for tail in tails)
    assert all(a.axref == "x" and a.ayref == "y" for a in figure.layout.annotations)


def test_article_markup_reaches_the_chart_only_as_text():
    hostile, _ = hostile_table()
    figure = timeline_figure(prepare(hostile), lane="actor", style=FigureStyle(label_keys=2))
    text = figure.to_json()
    for attack in ("<img", "<script", "<svg", "<i>"):
        assert attack not in text
    assert "&lt;svg onload=alert(1)&gt;" in text


def test_the_market_view_sizes_dollar_amounts_and_points_moves_up_or_down():
    table = seed_table()
    i = table.index[table["excerpt"].str.startswith("Alibaba’s stock")][0]
    table.loc[i, "percent"] = 9.0
    figure = market_figure(prepare(table))
    size, symbol, colour = {}, {}, {}
    for trace in figure.data:
        for i, mention_id in enumerate(_mentions(trace)):
            size[mention_id], symbol[mention_id], colour[mention_id] = trace.marker.size[i], trace.marker.symbol, \
                trace.marker.color
    assert size[_id("Since the IPO")] > size[_id("Ma’s empire")] > figures.FigureStyle().marker
    assert symbol[_id("Alibaba’s stock")] == figures.TRIANGLE_UP
    assert symbol[_id("On a cold")] == figures.CIRCLE + figures.OPEN
    assert colour[_id("Since the IPO")] == DIRECTION["light"]["down"] != colour[_id("Alibaba’s stock")]
    assert set(size) == set(TABLE.loc[TABLE["market_kind"] != "", "mention_id"])


def test_the_market_hover_gives_the_figure_as_written_and_as_read():
    hover = TABLE.loc[TABLE["excerpt"].str.startswith("Since the IPO"), "_hover_market"].iloc[0]
    assert hover.endswith("<br>$400 billion · USD 400bn")


def test_the_market_view_of_rows_without_figures_is_an_empty_chart_not_an_error():
    figure = market_figure(TABLE[TABLE["market_kind"] == ""])
    assert len(figure.data) == 0


@pytest.mark.parametrize("amount, currency, shown", [(4e11, "USD", "USD 400bn"), (3e9, "USD", "USD 3bn"),
                                                     (2.5, "USD", "USD 2.50"), (18.2e9, "CNY", "CNY 18.2bn"),
                                                     (None, "", "")])
def test_amounts_are_written_short(amount, currency, shown):
    assert format_amount(amount, currency) == shown


def test_percentages_carry_their_sign():
    assert format_percent(-8.1) == "−8.1%" and format_percent(34) == "+34.0%" and format_percent(None) == ""


def test_the_export_copy_is_at_presentation_size_on_a_real_template_with_the_source_line():
    style = FigureStyle(present=True, source_line="Source: CNBC (2025-11-24)")
    figure = timeline_figure(TABLE, style=style)
    ready = export_ready(figure, style)
    assert (ready.layout.width, ready.layout.height) == figures.PRESENTATION_SIZE
    assert ready.layout.template.layout.paper_bgcolor == "white"
    assert ready.layout.annotations[-1].text == "Source: CNBC (2025-11-24)"
    assert figure.layout.width is None  # the page's own figure is untouched

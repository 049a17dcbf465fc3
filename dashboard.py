"""News timeline dashboard: ``streamlit run dashboard.py [-- --corpus DIR | --table FILE]``.

Widgets, layout, caching and URL state only; every decision is a pure function in ``ui/`` or
``pipeline/``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np
import streamlit as st

from pipeline.schema import ContractError
from pipeline.store import StoreError
from ui import exports
from ui.data import (DEFAULT_CORPUS, MARKET_COLUMNS, PLOT_COLUMNS, contract_columns, corpus_fingerprint, load_corpus,
                     load_table_file, prepare)
from ui.daterange import parse_date_range
from ui.excerpts import FOCUS_ID, article_html, document_spans, excerpt_panel_html, other_mentions
from ui.figures import (PRESENTATION_SIZE, FigureStyle, export_ready, market_figure, timeline_columns,
                        timeline_figure)
from ui.filters import (DEFAULT_KEY_COUNT, KINDS, Filters, actor_names, category_names, event_count, filter_mask,
                        market_kind_names, one_per_event, one_row_per_article, representatives, source_choices,
                        subject_names)
from ui.lanes import LANES, kind_label
from ui.present import (PAGE_CSS, PRESENT_CSS, count_line, default_subtitle, default_title, plain, scroll_script,
                        source_line)
from ui.state import (VIEWS, SelectionMemo, ViewState, next_selection, picked_id, query_from_view, same_query,
                      view_from_query)
from ui.timelinejs import timelinejs_bytes
from ui.uploads import MAX_UPLOAD_MB, combine, merge_tables, read_uploads, save_into_corpus

VIEW_LABELS = {"timeline": "Timeline", "market": "Market", "events": "Events", "add": "Add articles"}
KIND_LABELS = {"all": "All", "events": "Dated events", "market": "Market & money"}
TABLE_COLUMNS = ["when", "headline", "date_text", "money_text", "category", "actors", "_source", "importance"]
# A longer table keeps its most important rows: sending every row on every rerun costs more than a
# reader gains (the downloads have them all).
TABLE_ROWS_MAX = 2000
EVENT_COLUMNS = ["when", "headline", "category", "actors", "n_sources", "sources", "market_kind", "importance"]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dashboard.py")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="folder of articles to show")
    parser.add_argument("--table", default="", help="a mentions table (.csv or .parquet) to show instead")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args


# ------------------------------------------------------------------------------------------ caching

@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def cached_corpus(corpus: str, fingerprint: tuple):
    loaded = load_corpus(Path(corpus))
    return loaded, prepare(loaded.table)


@st.cache_resource(show_spinner="Reading the table…", max_entries=2)
def cached_table_file(path: str, mtime: int):
    loaded = load_table_file(Path(path))
    return loaded, prepare(loaded.table)


@st.cache_resource(show_spinner="Linking the uploads to the corpus's events…", max_entries=4)
def cached_merge(_corpus_table, _upload_table, token: str):
    return prepare(merge_tables(contract_columns(_corpus_table), _upload_table))


@st.cache_resource(show_spinner="Grouping mentions into events…", max_entries=4)
def cached_events(_table, token: str):
    from pipeline.events import events_view
    return events_view(contract_columns(_table))


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_choices(_table, token: str) -> dict:
    """What the widgets offer, computed once per table."""
    return {"categories": category_names(_table), "actors": actor_names(_table), "sources": source_choices(_table),
            "market_kinds": market_kind_names(_table), "subjects": subject_names(_table),
            "events": event_count(_table)}


def token_of(*parts) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:12]


# ------------------------------------------------------------------------------------------ state

def query_lists() -> dict:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def seed_widgets(view: ViewState) -> None:
    """First run of a session: the widgets start from the URL."""
    f = view.filters
    st.session_state.update({
        "f_dates": view.dates, "f_src": list(f.docs), "f_cat": list(f.categories), "f_actor": list(f.actors),
        "f_kind": f.kind, "f_q": f.text, "f_key": f.key_only, "f_top": f.key_count, "f_mk": list(f.market_kinds),
        "f_subj": list(f.subjects), "lane": view.lane, "merge": view.merge, "view": view.view,
        "present": view.present, "title": view.title, "subtitle": view.subtitle,
        "selected": view.selected, "memo": SelectionMemo(), "upload_round": 0,
    })


def select(mention_id: str) -> None:
    st.session_state["selected"] = mention_id


RUN_STARTED, RUN_STARTED_CPU = time.perf_counter(), time.thread_time()
args = arguments()
if "memo" not in st.session_state:
    seed_widgets(view_from_query(query_lists()))
present = bool(st.session_state.get("present"))
st.set_page_config(page_title="News timeline", page_icon="🗞️", layout="wide",
                   initial_sidebar_state="collapsed" if present else "auto")
st.html(PAGE_CSS)
if present:
    st.html(PRESENT_CSS)

# ------------------------------------------------------------------------------------------ data

if args.table:
    table_path = Path(args.table)
    if not table_path.is_file():
        st.error(plain(f"Table not found: {table_path}"))
        st.stop()
    source_key = (str(table_path.resolve()), table_path.stat().st_mtime_ns)
    try:
        loaded, corpus_table = cached_table_file(*source_key)
    except (StoreError, ContractError) as exc:
        st.error(plain(f"The table {table_path} cannot be shown: {exc}"))
        st.stop()
    corpus = None
else:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        st.error(plain(f"Corpus folder not found: {corpus}"))
        st.stop()
    source_key = (str(corpus.resolve()), corpus_fingerprint(corpus))
    try:
        loaded, corpus_table = cached_corpus(*source_key)
    except (OSError, StoreError, ContractError) as exc:
        st.error(plain(f"The articles in {corpus} cannot be shown: {exc}"))
        st.stop()

uploads = st.session_state.get("uploads")
documents = dict(loaded.documents)
if uploads is not None and not uploads.table.empty:
    table = cached_merge(corpus_table, uploads.table, token_of(source_key, uploads.token))
    documents.update({d.doc: d for d in uploads.documents})
else:
    table = corpus_table
table_token = token_of(source_key, uploads.token if uploads else "")

# ------------------------------------------------------------------------------------------ filters

choices = cached_choices(table, table_token)
for key, known in (("f_cat", choices["categories"]), ("f_actor", choices["actors"]), ("f_src", choices["sources"])):
    # A value from an old link that this table does not have would make the widget fail.
    kept = [v for v in st.session_state.get(key, []) if v in known]
    if kept != st.session_state.get(key, []):
        st.session_state[key] = kept

with st.sidebar:
    st.header("Filter")
    st.text_input("Dates", key="f_dates", placeholder="2020 to 2021 · since March 2023 · before 2022",
                  help="Type a year, a month, a range or words such as “since March 2023”.")
    date_range = parse_date_range(st.session_state["f_dates"], dt.date.today())
    if date_range.message:
        st.warning(plain(date_range.message))
    elif not date_range.empty:
        st.caption(f"From {date_range.date_from or 'the start'} to {date_range.date_to or 'the end'}")
    st.multiselect("Category", choices["categories"], key="f_cat")
    st.multiselect("Actor", choices["actors"], key="f_actor")
    sources = choices["sources"]
    st.multiselect("Source", list(sources), key="f_src", format_func=lambda d: sources.get(d, d))
    st.radio("Show", KINDS, key="f_kind", horizontal=True, format_func=KIND_LABELS.get)
    st.text_input("Search the sentences", key="f_q")
    st.toggle("Key events only", key="f_key", help="The most important events: more sources, a figure, a "
                                                   "precise date, named actors (pipeline/events.py).")
    if st.session_state["f_key"]:
        st.slider("How many", 3, 50, key="f_top")
    st.divider()
    st.selectbox("Lanes", list(LANES), key="lane", format_func=LANES.get)
    st.toggle("One mark per event", key="merge", help="An event reported by several sentences or articles is "
                                                      "drawn once, at its most precise date.")

filters = Filters(docs=tuple(st.session_state["f_src"]), categories=tuple(st.session_state["f_cat"]),
                  actors=tuple(st.session_state["f_actor"]), kind=st.session_state["f_kind"],
                  text=st.session_state["f_q"], date_from=date_range.date_from, date_to=date_range.date_to,
                  key_only=st.session_state["f_key"], key_count=int(st.session_state.get("f_top", DEFAULT_KEY_COUNT)),
                  market_kinds=tuple(st.session_state.get("f_mk", ())),
                  subjects=tuple(st.session_state.get("f_subj", ())))
view_name = st.session_state.get("view") or "timeline"
shown_mask = filter_mask(table, filters)
merge = bool(st.session_state["merge"])
plot_mask = representatives(table, shown_mask) if merge else shown_mask
if view_name == "market":
    plot_columns = list(PLOT_COLUMNS + MARKET_COLUMNS)
else:  # only what the timeline reads for this many marks (see ui.figures.timeline_columns)
    plot_columns = timeline_columns(st.session_state["lane"], int(plot_mask.sum()), labels=present,
                                    selected=bool(st.session_state.get("selected")))
plotted = table.loc[plot_mask, plot_columns]


def shown_rows():
    """The shown rows themselves, taken only when something needs them (a download, the titles)."""
    return table[shown_mask]


def shown_brief():
    """What the default titles read of the shown rows (presentation mode and image exports only)."""
    return table.loc[shown_mask, ["doc", "actors", "start"]]


# ------------------------------------------------------------------------------------------ selection

# The marks carry row positions in this table: a chart drawn from another table is another widget.
chart_key = f"chart-{view_name}-{table_token}"
chart_pick = (picked_id(st.session_state.get(chart_key), table["mention_id"].to_numpy())
              if chart_key in st.session_state else None)
last_rows_key = st.session_state.get("rows_key_last")
table_state = st.session_state[last_rows_key] if last_rows_key and last_rows_key in st.session_state else None
table_pick = None
if table_state is not None and st.session_state.get("rows_ids_last") is not None:
    picked_rows = table_state["selection"]["rows"] if "selection" in table_state else []
    ids = st.session_state["rows_ids_last"]
    table_pick = ids[picked_rows[0]] if picked_rows and picked_rows[0] < len(ids) else ""
selected, st.session_state["memo"] = next_selection(st.session_state["selected"], st.session_state["memo"],
                                                    chart_pick, table_pick)
if selected.startswith("ev-"):  # a link may name an event: show its most precise mention
    members = table[table["event_id"] == selected]
    selected = members.sort_values("_rank")["mention_id"].iloc[0] if len(members) else ""
if selected and not (table["mention_id"] == selected).any():
    selected = ""
st.session_state["selected"] = selected
rows_key = "rows-" + token_of(table_token, filters, merge, view_name, selected)

# ------------------------------------------------------------------------------------------ URL

view_state = ViewState(filters=filters, dates=st.session_state["f_dates"], lane=st.session_state["lane"],
                       view=view_name, present=present, merge=merge, selected=selected,
                       title=st.session_state.get("title", ""), subtitle=st.session_state.get("subtitle", ""))
wanted_query = query_from_view(view_state)
if not same_query(wanted_query, query_lists()):
    st.query_params.from_dict(wanted_query)

# ------------------------------------------------------------------------------------------ page

theme = getattr(st.context.theme, "type", None) or "light"
top_left, top_right = st.columns([3, 1], vertical_alignment="bottom")
with top_left:
    if not present:
        st.title("News timeline")
        where = f"table {loaded.table_path.name}" if corpus is None else f"{corpus}"
        st.caption(f"{len(documents)} articles from {plain(where)} · {len(table)} mentions · "
                   f"{choices['events']} events")
    st.segmented_control("View", VIEWS, key="view", format_func=VIEW_LABELS.get, label_visibility="collapsed")
with top_right:
    st.toggle("Presentation mode", key="present", help="Large type, no sidebar: for screen-sharing. "
                                                      "Also ?present=1 in the link.")
for message in loaded.messages:
    st.warning(plain(message))

unplaced = int((~plotted["_placed"]).sum()) if len(plotted) else 0
st.markdown(count_line(int(shown_mask.sum()), len(table), event_count(table, shown_mask), unplaced, merge))
style = FigureStyle(present=present, theme=theme,
                    title=(st.session_state.get("title") or default_title(shown_brief())) if present else "",
                    subtitle=(st.session_state.get("subtitle") or default_subtitle(shown_brief())) if present else "",
                    label_keys=6 if present else 0, source_line=source_line(one_row_per_article(table, shown_mask)))
chart_config = {"displaylogo": False, "scrollZoom": True,
                "toImageButtonOptions": {"format": "png", "filename": "timeline", "width": PRESENTATION_SIZE[0],
                                         "height": PRESENTATION_SIZE[1], "scale": 1}}


def excerpt_panel(row_id: str) -> None:
    """The sentence of the selected mark, its paragraph, its source, the other sources; the article."""
    if not row_id:
        st.info("Click a mark on the chart, or a row of the table, to read its sentence.")
        return
    row = table[table["mention_id"] == row_id].iloc[0]
    document = documents.get(row["doc"])
    others = other_mentions(table, row)
    doc_rows = table[table["doc"] == row["doc"]]
    spans = document_spans(doc_rows)
    heading, close = st.columns([6, 1], vertical_alignment="center")
    heading.subheader(plain(row["headline"]) or "Excerpt")
    close.button("Close", key="close_excerpt", on_click=select, args=("",))
    st.html(excerpt_panel_html(row, document.text if document else None, spans, others))
    if len(others):
        st.caption("Open another source of this event:")
        columns = st.columns(min(len(others), 4))
        for i, other in enumerate(others.head(8).to_dict("records")):
            columns[i % len(columns)].button(plain(other["_source"] or other["doc"]),
                                             key=f"other-{other['mention_id']}",
                                             on_click=select, args=(other["mention_id"],))
    if document is None:
        st.caption("The article's text is not loaded (the page was opened on a table), so its paragraph and "
                   "the whole article are not shown.")
        return
    if st.toggle("Read the article", key="read_article"):
        st.html(article_html(document.text, spans, (int(row["char_start"]), int(row["char_end"]))))
        script = scroll_script(FOCUS_ID, row_id)
        if script:
            st.html(script, unsafe_allow_javascript=True)


def shown_table(rows, columns: list[str], ids_column: str = "mention_id") -> None:
    """The sortable table of what is shown, linked to the selection both ways."""
    wanted = list(dict.fromkeys(columns + [ids_column]))
    if len(rows) > TABLE_ROWS_MAX:
        top = np.argsort(-rows["importance"].fillna(float("-inf")).to_numpy(), kind="stable")[:TABLE_ROWS_MAX]
        rows = rows.iloc[np.sort(top)]
        st.caption(f"The {TABLE_ROWS_MAX:,} most important of these rows; click a column to sort, narrow the "
                   f"filters to see others, or take them all with the downloads below.")
    order = np.argsort(rows["_x0"].to_numpy(), kind="stable") if "_x0" in rows.columns else np.arange(len(rows))
    # The chart's rows carry only what the chart reads: the table's columns come from the whole table.
    source = rows if set(wanted) <= set(rows.columns) else table.loc[rows.index]
    data = source[wanted].iloc[order]
    ids = data[ids_column].tolist()
    current = selected if ids_column == "mention_id" else table.loc[table["mention_id"] == selected, "event_id"]
    current = current if isinstance(current, str) else (current.iloc[0] if len(current) else "")
    default = None
    if current and current in ids:
        default = {"selection": {"rows": [ids.index(current)], "columns": [], "cells": []}}
    st.session_state["rows_key_last"] = rows_key
    st.session_state["rows_ids_last"] = ids
    # What the new table will say before anyone touches it is not a pick.
    st.session_state["memo"] = SelectionMemo(chart=st.session_state["memo"].chart, table=current if default else "")
    st.dataframe(data[columns], key=rows_key, on_select="rerun", selection_mode="single-row",
                 selection_default=default, hide_index=True, height=min(38 + 35 * max(len(data), 1), 420),
                 column_config={"_source": st.column_config.TextColumn("source"),
                                "headline": st.column_config.TextColumn("headline", width="large"),
                                "importance": st.column_config.NumberColumn("importance", format="%.2f"),
                                "n_sources": st.column_config.NumberColumn("articles", format="%d"),
                                "sources": st.column_config.TextColumn("article files")})


def download_buttons(label: str, frame_builder, stem: str, key: str) -> None:
    columns = st.columns(len(exports.DOWNLOADS))
    for column, (fmt, (build, mime, ext)) in zip(columns, exports.DOWNLOADS.items()):
        column.download_button(f"{label} ({fmt})", data=lambda build=build: build(frame_builder()),
                               file_name=f"{stem}.{ext}", mime=mime, key=f"dl-{key}-{ext}", on_click="ignore")


def image_buttons(draw, stem: str) -> None:
    """PNG and SVG of the chart at presentation size, drawn on the server when a button is pressed;
    ``draw(style)`` builds the figure."""
    problem = exports.image_export_problem()
    if problem:
        st.caption(problem)
        return
    left, right, _ = st.columns([1, 1, 3])
    title, subtitle = st.session_state.get("title", ""), st.session_state.get("subtitle", "")

    # A download's data is built in another thread, after the run, without access to st.session_state:
    # everything it needs is taken here.
    def image(fmt: str) -> bytes:
        presenting = replace(style, present=True, theme="light", label_keys=style.label_keys or 6,
                             title=style.title or title or default_title(shown_brief()),
                             subtitle=style.subtitle or subtitle or default_subtitle(shown_brief()))
        exports.start_image_server()
        return exports.figure_image(export_ready(draw(presenting), presenting), fmt)

    left.download_button("Chart as PNG", data=lambda: image("png"), file_name=f"{stem}.png",
                         mime="image/png", key=f"png-{stem}", on_click="ignore")
    right.download_button("Chart as SVG", data=lambda: image("svg"), file_name=f"{stem}.svg",
                          mime="image/svg+xml", key=f"svg-{stem}", on_click="ignore")


if view_name == "timeline":
    if present:
        with st.expander("Chart title and subtitle"):
            st.text_input("Title", key="title", placeholder=style.title)
            st.text_input("Subtitle", key="subtitle", placeholder=style.subtitle)
    figure = timeline_figure(plotted, st.session_state["lane"], style, selected=selected)
    st.plotly_chart(figure, key=chart_key, on_select="rerun", selection_mode="points", config=chart_config,
                    theme="streamlit")
    st.caption(plain(style.source_line))
    excerpt_panel(selected)
    lane = st.session_state["lane"]

    def draw_timeline(export_style: FigureStyle):  # run by a download, after the run: no st.* here
        rows = table.loc[plot_mask, timeline_columns(lane, int(plot_mask.sum()), labels=True)]
        return timeline_figure(rows, lane, export_style)

    if present:
        image_buttons(draw_timeline, "timeline")
    else:
        st.subheader("What is shown")
        shown_table(plotted, TABLE_COLUMNS)
        with st.expander("Take the data away"):
            st.caption("CSV opens in a spreadsheet (formula-like cells are defused with a leading ' ); Parquet "
                       "and JSON keep the raw text.  Every file has every column of the table.")
            download_buttons("Shown rows", lambda: contract_columns(shown_rows()), "mentions-shown", "shown")
            download_buttons("Whole table", lambda: contract_columns(table), "mentions-all", "all")
            st.download_button("Shown events for TimelineJS (JSON)", key="dl-timelinejs", on_click="ignore",
                               data=lambda: timelinejs_bytes(one_per_event(shown_rows()), lane,
                                                             style.title or default_title(shown_brief()),
                                                             default_subtitle(shown_brief()), all_mentions=table),
                               file_name="timeline-timelinejs.json", mime="application/json")
            image_buttons(draw_timeline, "timeline")

elif view_name == "market":
    left, right = st.columns(2)
    left.multiselect("Kind of figure", choices["market_kinds"], key="f_mk", format_func=kind_label)
    right.multiselect("Whose value", choices["subjects"], key="f_subj")
    market_rows = table.loc[shown_mask & (table["market_kind"] != "").to_numpy(), list(PLOT_COLUMNS + MARKET_COLUMNS)]
    figure = market_figure(market_rows, style, selected=selected)
    st.plotly_chart(figure, key=chart_key, on_select="rerun", selection_mode="points", config=chart_config,
                    theme="streamlit")
    st.caption("Circle area: the amount in US dollars where the sentence gives it; triangles: percentage moves "
               "up or down; hollow: other figures and market phrases.  " + plain(style.source_line))
    excerpt_panel(selected)
    if not present:
        shown_table(market_rows, ["when", "money_text", "market_kind", "amount", "currency", "amount_usd", "percent",
                                  "direction", "subject", "headline", "_source"])
        download_buttons("Market rows", lambda: contract_columns(table.loc[market_rows.index]), "market-shown",
                         "market")
        image_buttons(partial(market_figure, market_rows), "market")

elif view_name == "events":
    try:
        all_events = cached_events(table, table_token)
    except ImportError as exc:
        st.error(plain(f"The events view is not available: {exc}"))
        st.stop()
    ids = set(table.loc[shown_mask, "event_id"])
    events = all_events[all_events["event_id"].isin(ids)]
    st.caption(f"{len(events)} events shown of {len(all_events)}; one row per happening, with every source.")
    shown_table(events, EVENT_COLUMNS, ids_column="event_id")
    if selected:
        excerpt_panel(selected)
    download_buttons("Shown events", lambda: events, "events-shown", "events")
    download_buttons("All events", lambda: all_events, "events-all", "events-all")

else:  # add articles
    st.subheader("Add articles")
    st.caption(f"Upload .txt, .md or .html files (up to {MAX_UPLOAD_MB} MB each).  They are read and extracted "
               f"here, join the timeline for this session, and can be saved into the corpus folder.")
    files = st.file_uploader("Articles", type=["txt", "md", "markdown", "html", "htm"], accept_multiple_files=True,
                             key=f"uploader-{st.session_state['upload_round']}")
    new_files = [f for f in files or [] if f.file_id not in (uploads.files if uploads else ())]
    if new_files:
        bar = st.progress(0.0, text="Reading the uploads…")
        outcome = read_uploads(((f.name, f.getvalue()) for f in new_files), corpus_docs=set(corpus_table["doc"]),
                               progress=lambda fraction, text: bar.progress(min(fraction, 1.0), text=text))
        outcome.files = frozenset(f.file_id for f in new_files)
        st.session_state["uploads"] = combine(uploads, outcome)
        st.rerun()
    if uploads is not None:
        for level, message in uploads.messages:
            getattr(st, level)(plain(message))
        if uploads.documents:
            st.caption(f"{len(uploads.documents)} uploaded article(s) are on the timeline for this session.")
        left, right = st.columns(2)
        if uploads.documents and corpus is not None:
            if left.button(f"Save {len(uploads.documents)} article(s) into the corpus ({corpus})", key="save_uploads"):
                results = [save_into_corpus(corpus, d.doc, uploads.data[d.doc]) for d in uploads.documents]
                st.session_state["saved_messages"] = [(r.level, r.message) for r in results]
                del st.session_state["uploads"]
                st.session_state["upload_round"] += 1
                st.rerun()
        elif uploads.documents:
            left.caption("The page was opened on a table, not a corpus folder: there is no folder to save into.")
        if right.button("Remove this session's uploads", key="forget_uploads"):
            del st.session_state["uploads"]
            st.session_state["upload_round"] += 1
            st.rerun()
    for level, message in st.session_state.get("saved_messages", []):
        getattr(st, level)(plain(message))

# The run's wall-clock and CPU time, read by benchmarks/page_speed.py.
st.session_state["script_ms"] = 1000 * (time.perf_counter() - RUN_STARTED)
st.session_state["script_cpu_ms"] = 1000 * (time.thread_time() - RUN_STARTED_CPU)

"""News timeline dashboard: ``streamlit run dashboard.py [-- --corpus DIR]``.

Widgets and layout only; every decision is a function in ``ui/`` or ``pipeline/``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import streamlit as st

from ui.data import DEFAULT_CORPUS, load_corpus
from ui.excerpts import excerpt_html
from ui.exports import csv_bytes
from ui.figures import timeline_figure
from ui.filters import Filters, actor_names, apply_filters


def corpus_argument() -> Path:
    parser = argparse.ArgumentParser(prog="dashboard.py")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="folder of articles to show")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return Path(args.corpus)


@st.cache_resource(show_spinner="Reading the articles…")
def cached_load(corpus: str, fingerprint: tuple):
    return load_corpus(Path(corpus))


def fingerprint(corpus: Path) -> tuple:
    from pipeline.store import corpus_inputs
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in corpus_inputs(corpus))


st.set_page_config(page_title="News timeline", layout="wide")
corpus = corpus_argument()
if not corpus.is_dir():
    st.error(f"Corpus folder not found: {corpus}")
    st.stop()
loaded = cached_load(str(corpus.resolve()), fingerprint(corpus))
table = loaded.table

st.title("News timeline")
st.caption(f"{len(loaded.documents)} articles from {corpus} · {len(table)} mentions")
for message in loaded.messages:
    st.warning(message)

with st.sidebar:
    st.header("Filter")
    docs = st.multiselect("Source", sorted(table["doc"].unique()), key="docs")
    categories = st.multiselect("Category", sorted(c for c in table["category"].unique() if c), key="categories")
    actors = st.multiselect("Actor", actor_names(table), key="actors")
    kind = st.radio("Show", ["all", "events", "market"], horizontal=True, key="kind")
    text = st.text_input("Search the excerpts", key="text")

shown = apply_filters(table, Filters(docs=tuple(docs), categories=tuple(categories), actors=tuple(actors),
                                     kind=kind, text=text))
st.markdown(f"**{len(shown)}** of {len(table)} mentions shown")

figure = timeline_figure(shown)
event = st.plotly_chart(figure, key="timeline", on_select="rerun", selection_mode="points",
                        config={"displaylogo": False})

points = event.selection.points if event and event.selection else []
if points:
    st.query_params["event"] = str(points[0]["customdata"])
selected_id = st.query_params.get("event", "")
selected = table[table["mention_id"] == selected_id]
if len(selected):
    row = selected.iloc[0]
    st.subheader(row["headline"] or "Excerpt")
    st.html(f'<style>mark.date{{background:#ffe08a}} mark.money{{background:#b8e1c6}}</style>'
            f'<p class="excerpt">{excerpt_html(row)}</p>')
    st.caption(" · ".join(part for part in (row["title"], row["publisher"], row["published"], row["doc"]) if part))
else:
    st.info("Click a point on the timeline to read its sentence.")

st.download_button("Download the shown rows (CSV)", data=lambda: csv_bytes(shown), file_name="events.csv",
                   mime="text/csv", on_click="ignore")
st.dataframe(shown[["when", "headline", "date_text", "money_text", "category", "actors", "doc"]],
             hide_index=True)

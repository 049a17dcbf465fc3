"""Getting the table the page shows: read it from the cache, or rebuild it when stale; then add the
helper columns the page needs on every rerun, computed once (numbers for the chart, search text,
the order that picks an event's most precise mention)."""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.documents import Document, read_corpus
from pipeline.extract import extract_corpus
from pipeline.store import StoreError, cached_table_path, corpus_inputs, is_stale, read_table, write_frame, write_table

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT / "seeds"
DATA_DIR = PROJECT / "data"

DAY_MS = 86_400_000
# An open span ("2020/..") is drawn to its article's publication date, or this far when that is unknown.
OPEN_SPAN_DAYS = 365
# Narrower intervals are more precise; an undated row is the least precise of all.
_UNPLACED_WIDTH = 10 ** 7


@dataclass
class Loaded:
    table: pd.DataFrame
    documents: dict[str, Document]
    table_path: Path
    rebuilt: bool
    messages: list[str] = field(default_factory=list)


def load_corpus(corpus: Path = DEFAULT_CORPUS, data_dir: Path = DATA_DIR) -> Loaded:
    """The mentions table of a corpus folder, rebuilt first when missing, older than the articles, or
    written under another contract; with the documents themselves (for excerpts and the article view)."""
    corpus = Path(corpus)
    table_path = cached_table_path(corpus, data_dir, DEFAULT_CORPUS)
    read = read_corpus([corpus])
    messages = [s.message() for s in read.skipped] + [f"warning: {w}" for w in read.warnings]
    documents = {d.doc: d for d in read.documents}
    if not is_stale(table_path, corpus):
        try:
            return Loaded(read_table(table_path), documents, table_path, False, messages)
        except (StoreError, schema.ContractError) as exc:
            messages.append(f"rebuilding {table_path.name}: {exc}")
    result = extract_corpus(read)
    write_table(result.table, table_path)
    write_frame(result.report(), table_path.with_name("run_report.csv"))
    return Loaded(result.table, documents, table_path, True, messages)


def load_table_file(path: Path) -> Loaded:
    """A table written earlier (``--table events.parquet``), without its articles: the page shows the
    sentences but not the paragraphs around them."""
    path = Path(path)
    table = read_table(path)
    return Loaded(table, {}, path, False, [f"{path.name}: articles not loaded, so paragraphs and the "
                                           f"article view are not available"])


def corpus_fingerprint(corpus: Path) -> tuple:
    """What changes when an article or the manifest of the corpus changes (the page's cache key)."""
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in corpus_inputs(Path(corpus)))


# ---------------------------------------------------------------------------------------------
# helper columns, computed once per table

def _ms(days: pd.Series) -> np.ndarray:
    parsed = pd.to_datetime(days.where(days != ""), format="%Y-%m-%d", errors="coerce")
    values = parsed.to_numpy(dtype="datetime64[ms]").astype("int64").astype("float64")
    values[parsed.isna().to_numpy()] = np.nan
    return values


def source_label(title: str, publisher: str, published: str, doc: str) -> str:
    """How a source is named on the page: publisher and date, else the title, else the file name."""
    name = publisher or (title[:40] + "…" if len(title) > 41 else title) or doc
    return f"{name} ({published})" if published else name


# Hover text longer than this many characters of headline is cut on charts with many marks.
SHORT_HOVER_HEADLINE = 40
# What the chart, the lanes, the labels and the table read of the shown rows: the page takes only these
# columns on a rerun (taking every column of 100,000 rows costs more than drawing them).
PLOT_COLUMNS = ("mention_id", "event_id", "doc", "published", "when", "date_text", "future", "market_kind",
                "money_text", "headline", "category", "actors", "importance",
                "_x0", "_x1", "_mid", "_point", "_open", "_placed", "_source", "_hover", "_hover_short", "_label",
                "_doc", "_published_ms", "_published_hover", "_event", "_rank", "_pos", "_cat")
# ... and what the market view reads besides.
MARKET_COLUMNS = ("amount", "currency", "amount_usd", "percent", "direction", "subject", "_hover_market")
# Text columns of the page held as Python strings: taking rows of them is a plain copy of references
# (Arrow-backed text is taken by pyarrow, whose threads compete for the cores under load).
_OBJECT_COLUMNS = ("mention_id", "event_id", "doc", "published", "when", "precision", "date_text", "market_kind",
                   "currency", "direction", "money_text", "subject", "headline", "category", "actors", "_source")


def _escape(text: str) -> str:  # hover text is read by Plotly as HTML
    return html.escape(text, quote=False)


def prepare(table: pd.DataFrame) -> pd.DataFrame:
    """The table with the page's helper columns (all named ``_…``, never exported):

    ``_x0``/``_x1`` (ms since 1970: first instant covered and the instant after the last day),
    ``_mid``, ``_point`` (a single day: drawn as a point, everything else as a bar), ``_open``
    (an open span, drawn fading to its article's date), ``_placed``, ``_search`` (lower-case text
    searched by the free-text filter), ``_source`` (the source's label), ``_hover`` (escaped hover
    text: headline, the date as written, the source), ``_hover_short`` (headline cut short and the date
    as written, for charts with very many marks), ``_hover_market`` (the hover with the figure, for
    market rows), ``_doc`` (an integer per article), ``_published_ms`` and ``_published_hover`` (its
    publication date, and what its marker says), ``_cat`` (the category's place in the taxonomy), ``_label``
    (the headline, or the start of the sentence), ``_event`` (an integer per event), ``_pos`` (the row's position: what
    a chart mark carries) and ``_rank`` (0 for the most precise mention of its event, so the page can draw one mark per
    event).
    """
    out = table.copy()
    x0 = _ms(out["start"])
    last = _ms(out["end"])
    published = _ms(out["published"])
    is_open = out["when"].str.endswith("/..").to_numpy() | (np.isnan(last) & ~np.isnan(x0))
    open_end = np.where(~np.isnan(published) & (published > x0), published, x0 + OPEN_SPAN_DAYS * DAY_MS)
    x1 = np.where(is_open, open_end, last + DAY_MS)
    point = (~is_open) & (x1 - x0 <= DAY_MS)
    out["_x0"] = x0
    out["_x1"] = x1
    out["_mid"] = np.where(point, x0, (x0 + x1) / 2)
    out["_point"] = point
    out["_open"] = is_open & ~np.isnan(x0)
    out["_placed"] = ~np.isnan(x0)
    out["_search"] = (out["excerpt"] + "\n" + out["headline"]).str.lower()
    labels = {row.doc: source_label(row.title, row.publisher, row.published, row.doc)
              for row in out[["doc", "title", "publisher", "published"]].drop_duplicates("doc").itertuples()}
    out["_source"] = out["doc"].map(labels)
    out["_doc"] = pd.factorize(out["doc"])[0]
    out["_published_ms"] = published
    out["_published_hover"] = ("Published " + out["published"] + "<br>" + out["_source"].map(_escape)).astype(object)
    written = out["date_text"].where(out["date_text"] != "", "published " + out["published"])
    written = written.where(written != "published ", "undated").map(_escape)
    headline = out["headline"].where(out["headline"] != "", out["excerpt"].str.slice(0, 80))
    out["_hover"] = ("<b>" + headline.map(_escape) + "</b><br>" + written + " · "
                     + out["_source"].map(_escape)).astype(object)
    out["_hover_short"] = (headline.str.slice(0, SHORT_HOVER_HEADLINE).map(_escape) + " · " + written).astype(object)
    out["_label"] = headline.astype(object)
    from ui.figures import market_hover
    market = out["market_kind"] != ""
    out["_hover_market"] = pd.Series("", index=out.index, dtype=object)
    if market.any():
        out.loc[market, "_hover_market"] = market_hover(out[market]).astype(object)
    event = out["event_id"].where(out["event_id"] != "", out["mention_id"])
    out["_event"] = pd.factorize(event)[0]
    width = np.where(np.isnan(x0), _UNPLACED_WIDTH, (x1 - x0) / DAY_MS)
    order = np.lexsort((out["mention_id"].to_numpy(dtype=object), (out["money_text"] == "").to_numpy(),
                        width, out["_event"].to_numpy()))
    rank = np.empty(len(out), dtype=np.int64)
    codes = out["_event"].to_numpy()[order]
    starts = np.r_[0, np.flatnonzero(codes[1:] != codes[:-1]) + 1] if len(codes) else np.zeros(0, dtype=np.int64)
    run_start = np.repeat(starts, np.diff(np.r_[starts, len(codes)]))
    rank[order] = np.arange(len(codes)) - run_start
    out["_rank"] = rank
    out["_pos"] = np.arange(len(out), dtype=np.int32)
    from ui.filters import category_names
    order = {name: i for i, name in enumerate(category_names(out))}
    out["_cat"] = out["category"].map(order).fillna(len(order)).astype(np.int64)
    return out.astype({name: object for name in _OBJECT_COLUMNS})


def contract_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the contract's columns, in its order, with the contract's types (what every download carries)."""
    out = frame[[name for name in schema.NAMES if name in frame.columns]]
    text = {c.name: str for c in schema.COLUMNS if c.type == "str" and c.name in out.columns
            and out[c.name].dtype == object}
    return out.astype(text) if text else out

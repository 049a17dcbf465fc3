"""Article text as HTML with highlighted spans: the sentence of a row, the paragraph around it, the
whole article, and the panel that names the source and the other sources of the same event.

Article text is untrusted.  Every piece of it is escaped with :func:`html.escape`; the only markup is
the fixed set of tags built here (``<p>``, ``<br>``, ``<mark>``, ``<span>``, ``<a>`` with an http(s)
link).  The page adds DOMPurify on top (``st.html``), but nothing here relies on it.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pandas as pd

from pipeline.sentences import split_paragraphs

FOCUS_ID = "nt-focus"
# A paragraph longer than this is cut to the sentences around the one shown.
PARAGRAPH_LIMIT = 1500
# A longer article is shown as the paragraphs around the sentence (the browser would choke on the rest).
ARTICLE_VIEW_LIMIT = 200_000
_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str        # "date" or "money": the CSS class of the highlight
    label: str = ""  # shown as a tooltip


@dataclass(frozen=True)
class _Wrap:
    start: int
    end: int
    layer: int       # outer wrappers have lower layers
    open: str        # trusted markup built here
    close: str


def _mark(span: Span) -> tuple[str, str]:
    title = f' title="{html.escape(span.label)}"' if span.label else ""
    return f'<mark class="{html.escape(span.kind)}"{title}>', "</mark>"


def _cut_overlaps(spans: list[Span]) -> list[Span]:
    """Spans in order, each cut to start where the previous one ended, so marks never nest."""
    out: list[Span] = []
    cursor = None
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = span.start if cursor is None else max(span.start, cursor)
        if span.end > start:
            out.append(Span(start, span.end, span.kind, span.label))
            cursor = span.end
    return out


def _render(text: str, wraps: list[_Wrap], *, line_breaks: bool = False) -> str:
    """``text`` escaped, with the wrappers opened and closed so that tags always nest properly (a
    wrapper cut by an outer one is closed and reopened)."""
    points = {0, len(text)}
    for w in wraps:
        points.update((max(0, min(w.start, len(text))), max(0, min(w.end, len(text)))))
    cuts = sorted(points)
    stack: list[_Wrap] = []
    pieces: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted((w for w in wraps if w.start <= a and b <= w.end), key=lambda w: (w.layer, w.start))
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for w in reversed(stack[keep:]):
            pieces.append(w.close)
        for w in active[keep:]:
            pieces.append(w.open)
        stack = active
        piece = html.escape(text[a:b])
        pieces.append(piece.replace("\n", "<br>") if line_breaks else piece)
    for w in reversed(stack):
        pieces.append(w.close)
    return "".join(pieces)


def highlight(text: str, spans: list[Span], offset: int = 0) -> str:
    """``text`` as escaped HTML with ``<mark>`` around each span (offsets relative to ``offset``).

    Overlapping spans are cut so that marks never nest; spans outside the text are ignored.
    """
    wraps = []
    for span in _cut_overlaps(spans):
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        if end > start:
            wraps.append(_Wrap(start, end, 2, *_mark(span)))
    return _render(text, wraps)


def _offset(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def row_spans(row) -> list[Span]:
    """The date expression and the figure of one table row, as spans in its article's text."""
    spans = []
    date_start, date_end = _offset(row.get("date_start")), _offset(row.get("date_end"))
    if date_start is not None and date_end is not None and row.get("date_text"):
        spans.append(Span(date_start, date_end, "date", str(row.get("when", ""))))
    money_start, money_end = _offset(row.get("money_start")), _offset(row.get("money_end"))
    if money_start is not None and money_end is not None and row.get("money_text"):
        spans.append(Span(money_start, money_end, "money", str(row.get("market_kind", "")).replace("_", " ")))
    return spans


def excerpt_html(row) -> str:
    """The row's sentence with its date and figure highlighted."""
    return highlight(row["excerpt"], row_spans(row), offset=int(row["char_start"]))


def document_spans(rows: pd.DataFrame) -> list[Span]:
    """Every date and figure extracted from one article (its rows), once each."""
    seen: set[tuple[int, int, str]] = set()
    spans = []
    for row in rows.to_dict("records"):
        for span in row_spans(row):
            if (span.start, span.end, span.kind) not in seen:
                seen.add((span.start, span.end, span.kind))
                spans.append(span)
    return spans


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding ``text[start:end]``; a very long one is cut to about PARAGRAPH_LIMIT
    characters around it, at line or sentence ends."""
    for p_start, p_end in split_paragraphs(text):
        if p_start <= start < p_end or (p_start < end <= p_end):
            lo, hi = min(p_start, start), max(p_end, end)
            break
    else:
        lo, hi = start, end
    if hi - lo > PARAGRAPH_LIMIT:
        room = max((PARAGRAPH_LIMIT - (end - start)) // 2, 0)
        left = text.rfind(". ", lo, max(start - room, lo))
        right = text.find(". ", min(end + room, hi), hi)
        lo = left + 2 if left >= 0 else max(start - room, lo)
        hi = right + 1 if right >= 0 else min(end + room, hi)
    return lo, hi


def paragraph_html(text: str, row, spans: list[Span]) -> str:
    """The paragraph around the row's sentence: the sentence stands out, every extracted span is marked."""
    start, end = int(row["char_start"]), int(row["char_end"])
    lo, hi = paragraph_bounds(text, start, end)
    wraps = [_Wrap(start - lo, end - lo, 1, '<span class="sentence">', "</span>")]
    wraps += [_Wrap(s.start - lo, s.end - lo, 2, *_mark(s)) for s in _cut_overlaps(spans)
              if s.end > lo and s.start < hi]
    return _render(text[lo:hi], wraps, line_breaks=True)


def article_html(text: str, spans: list[Span], focus: tuple[int, int] | None = None,
                 limit: int = ARTICLE_VIEW_LIMIT) -> str:
    """The whole article, paragraph by paragraph, every extracted span marked, the focus sentence
    wrapped in ``<span id="nt-focus">`` (the page scrolls to it).  An article longer than ``limit``
    characters is shown as the paragraphs around the focus, about ``limit`` long, with a note."""
    lo, hi = 0, len(text)
    if len(text) > limit:
        centre = focus[0] if focus else 0
        lo, hi = max(centre - limit // 2, 0), min(centre + limit // 2, len(text))
        lo = text.rfind("\n\n", 0, lo) + 2 if lo else 0
        cut = text.find("\n\n", hi)
        hi = cut if cut >= 0 else len(text)
    part = text[lo:hi]
    wraps = [_Wrap(s, e, 0, "<p>", "</p>") for s, e in split_paragraphs(part)]
    if focus:
        wraps.append(_Wrap(focus[0] - lo, focus[1] - lo, 1, f'<span class="sentence" id="{FOCUS_ID}">', "</span>"))
    wraps += [_Wrap(s.start - lo, s.end - lo, 2, *_mark(s)) for s in _cut_overlaps(spans)
              if s.end > lo and s.start < hi]
    # The blank lines between paragraphs are the <p> breaks, not line breaks of their own.
    body = _strip_between_paragraphs(_render(part, wraps, line_breaks=True))
    before = f'<p class="nt-cut">… {lo:,} characters before …</p>' if lo else ""
    after = f'<p class="nt-cut">… {len(text) - hi:,} characters after …</p>' if hi < len(text) else ""
    return f'<div class="nt-article">{before}{body}{after}</div>'


_BETWEEN_PARAGRAPHS = re.compile(r"</p>(?:\s|<br>)+<p>")
_EDGES = re.compile(r"^(?:\s|<br>)+|(?:\s|<br>)+$")


def _strip_between_paragraphs(body: str) -> str:
    return _EDGES.sub("", _BETWEEN_PARAGRAPHS.sub("</p><p>", body))


def safe_link(url: str, text: str) -> str:
    """A link that opens in a new tab, only for http(s) URLs; anything else is shown as plain text."""
    if url and _SAFE_URL.fullmatch(url.strip()):
        return (f'<a href="{html.escape(url.strip(), quote=True)}" target="_blank" rel="noopener noreferrer">'
                f"{html.escape(text)}</a>")
    return html.escape(text)


def source_html(row) -> str:
    """Title, publisher, publication date and link of the row's article."""
    title = row.get("title") or row.get("doc", "")
    parts = [f'<span class="title">{safe_link(str(row.get("url", "")), str(title))}</span>']
    for name in ("publisher", "published"):
        if row.get(name):
            parts.append(html.escape(str(row[name])))
    if not row.get("published"):
        parts.append("publication date unknown")
    parts.append(f'<span class="doc">{html.escape(str(row.get("doc", "")))}</span>')
    return " · ".join(parts)


def other_mentions(table: pd.DataFrame, row) -> pd.DataFrame:
    """The other mentions of the row's event (every source of the same happening), by publication."""
    event_id = row.get("event_id", "")
    if not event_id:
        return table.iloc[0:0]
    others = table[(table["event_id"] == event_id) & (table["mention_id"] != row["mention_id"])]
    return others.sort_values(["published", "doc", "char_start"])


def other_sources_html(others: pd.DataFrame) -> str:
    if others.empty:
        return '<p class="nt-none">No other source reports this event.</p>'
    items = []
    for other in others.to_dict("records"):
        items.append(f'<li><span class="nt-source">{source_html(other)}</span><br>'
                     f'<span class="nt-quote">{excerpt_html(other)}</span></li>')
    return f'<ul class="nt-others">{"".join(items)}</ul>'


def excerpt_panel_html(row, text: str | None, doc_spans: list[Span], others: pd.DataFrame) -> str:
    """The excerpt panel: the sentence highlighted, the paragraph around it (when the article text is
    at hand), the source, and every other source of the same event."""
    parts = [f'<div class="nt-panel"><blockquote class="nt-sentence">{excerpt_html(row)}</blockquote>']
    date_line = []
    if row.get("date_text"):
        date_line.append(f'<mark class="date">{html.escape(str(row["date_text"]))}</mark> → '
                         f'{html.escape(str(row.get("when", "")))}')
    elif row.get("when"):
        date_line.append(f"placed at its article's date, {html.escape(str(row['when']))}")
    if row.get("money_text"):
        date_line.append(f'<mark class="money">{html.escape(str(row["money_text"]))}</mark>')
    if row.get("future"):
        date_line.append("future or forecast")
    if date_line:
        parts.append(f'<p class="nt-facts">{" · ".join(date_line)}</p>')
    if text is not None:
        parts.append(f'<div class="nt-paragraph">{paragraph_html(text, row, doc_spans)}</div>')
    parts.append(f'<p class="nt-source">{source_html(row)}</p>')
    count = others["doc"].nunique() if not others.empty else 0
    heading = "Other sources of this event" if count else "Sources"
    parts.append(f'<p class="nt-heading">{heading}</p>{other_sources_html(others)}</div>')
    return "".join(parts)

"""Article text as HTML with highlighted spans.  Article text is untrusted: every piece of it is
escaped, and the only markup is the fixed <mark> wrapper built here."""
from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str        # "date" or "money": the CSS class of the highlight
    label: str = ""  # shown as a tooltip


def highlight(text: str, spans: list[Span], offset: int = 0) -> str:
    """``text`` as escaped HTML with ``<mark>`` around each span (offsets relative to ``offset``).

    Overlapping spans are cut so that marks never nest; spans outside the text are ignored.
    """
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = max(span.start - offset, cursor)
        end = min(span.end - offset, len(text))
        if end <= start:
            continue
        pieces.append(html.escape(text[cursor:start]))
        title = f' title="{html.escape(span.label)}"' if span.label else ""
        pieces.append(f'<mark class="{html.escape(span.kind)}"{title}>{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def row_spans(row: pd.Series) -> list[Span]:
    """The date expression and the figure of one table row, as spans in its article's text."""
    spans = []
    if pd.notna(row.get("date_start")) and row.get("date_text"):
        spans.append(Span(int(row["date_start"]), int(row["date_end"]), "date", row.get("when", "")))
    if pd.notna(row.get("money_start")) and row.get("money_text"):
        spans.append(Span(int(row["money_start"]), int(row["money_end"]), "money", row.get("market_kind", "")))
    return spans


def excerpt_html(row: pd.Series) -> str:
    """The row's sentence with its date and figure highlighted."""
    return highlight(row["excerpt"], row_spans(row), offset=int(row["char_start"]))

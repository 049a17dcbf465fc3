"""What the page says about itself: the style sheet, presentation mode, titles, the count line and the
source line.  Pure strings; the page decides where they go."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ui.palette import TEXT

# Highlights and panels.  Marks are tinted, not coloured text, so they read in both themes.
PAGE_CSS = """<style>
mark.date { background: rgba(230,159,0,0.35); color: inherit; border-radius: 3px; padding: 0 2px; }
mark.money { background: rgba(0,158,115,0.30); color: inherit; border-radius: 3px; padding: 0 2px; }
.nt-panel blockquote.nt-sentence { font-size: 1.15rem; margin: 0 0 0.5rem 0; padding-left: 0.8rem;
  border-left: 4px solid #0072B2; }
.nt-panel .nt-facts, .nt-panel .nt-source { font-size: 0.9rem; opacity: 0.85; margin: 0.2rem 0; }
.nt-panel .nt-paragraph { font-size: 0.95rem; margin: 0.5rem 0; padding: 0.5rem 0.8rem;
  background: rgba(128,128,128,0.08); border-radius: 6px; }
.nt-panel .nt-heading { font-weight: 600; margin: 0.6rem 0 0.2rem 0; }
.nt-panel ul.nt-others { margin: 0; padding-left: 1.2rem; }
.nt-panel span.doc { font-family: monospace; font-size: 0.8rem; }
span.sentence { background: rgba(0,114,178,0.12); border-radius: 3px; }
.nt-article { position: relative; max-height: 60vh; overflow-y: auto; padding: 0.5rem 1rem;
  border: 1px solid rgba(128,128,128,0.3); border-radius: 6px; line-height: 1.6; }
.nt-article p { margin: 0 0 0.8rem 0; }
.nt-article p.nt-cut { opacity: 0.6; font-style: italic; }
</style>"""

# Presentation: one root size scales everything (the page is rem-based; nested rem rules would
# compound), no sidebar, no toolbar.
PRESENT_CSS = """<style>
html { font-size: 22px; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stToolbar"], [data-testid="stHeader"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 100%; }
</style>"""

_ID = re.compile(r"[\w-]{1,80}")
# Characters Streamlit's Markdown gives a meaning to: emphasis, links and images, code, headings, lists,
# tables, HTML-looking tags, and $...$, which it draws as LaTeX ("$5 billion and $3 billion").
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def scroll_script(focus_id: str, mention_id: str) -> str:
    """A script that scrolls the article box to the focus sentence.  It carries no article text (only
    our own element id and the row's id, checked to be plain), so it is the one script the page runs;
    the mention id makes it differ per sentence, so the page runs it again when the sentence changes."""
    if not _ID.fullmatch(focus_id) or not _ID.fullmatch(mention_id):
        return ""
    return f"""<script>
(function () {{ // scroll to {mention_id}
  let tries = 0;
  function go() {{
    const el = document.getElementById("{focus_id}");
    const box = el && el.closest(".nt-article");
    if (box) {{ box.scrollTop = Math.max(el.offsetTop - box.clientHeight / 3, 0); }}
    else if (tries++ < 40) {{ setTimeout(go, 50); }}
  }}
  go();
}})();
</script>"""


def plain(text: str) -> str:
    """Text from an article for a Streamlit element that reads Markdown (headings, captions, messages,
    button labels): every character Markdown would act on is escaped, so it shows as written."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))


def count_line(shown_mentions: int, total_mentions: int, shown_events: int, unplaced: int = 0,
               one_per_event: bool = True) -> str:
    """The count of what is shown, always on screen ("12 events (15 mentions) of 57 mentions")."""
    events = f"{shown_events} event{'s' if shown_events != 1 else ''}"
    mentions = f"{shown_mentions} mention{'s' if shown_mentions != 1 else ''}"
    head = f"**{events}** ({mentions})" if one_per_event else f"**{mentions}** ({events})"
    line = f"{head} shown of {total_mentions} mentions"
    if unplaced:
        line += f" · {unplaced} without a date are in the table, not on the chart"
    return line


def default_title(shown: pd.DataFrame) -> str:
    """The most named actor's timeline, else a plain title."""
    actors = shown["actors"][shown["actors"] != ""].str.split(";").explode()
    if len(actors):
        return f"{actors.value_counts().index[0]}: a timeline"
    return "News timeline"


def default_subtitle(shown: pd.DataFrame) -> str:
    placed = shown[shown["start"] != ""]
    if placed.empty:
        return ""
    first, last = placed["start"].min()[:4], placed["start"].max()[:4]
    years = first if first == last else f"{first}–{last}"
    sources = shown["doc"].nunique()
    return f"{years}, from {sources} article{'s' if sources != 1 else ''}"


def source_line(shown: pd.DataFrame, limit: int = 4) -> str:
    """"Source: CNBC (2025-11-24); Financial Times (2025-03-17)" for the articles of the shown rows."""
    if "_doc" in shown.columns:  # one row per article, found on integer codes
        docs = shown.iloc[np.unique(shown["_doc"].to_numpy(), return_index=True)[1]]
    else:
        docs = shown.drop_duplicates("doc")
    docs = docs[["doc", "publisher", "title", "published"]].astype(str).sort_values(["published", "doc"])
    name = docs["publisher"].where(docs["publisher"] != "", docs["title"].where(docs["title"] != "", docs["doc"]))
    name = name.where(docs["published"] == "", name + " (" + docs["published"] + ")")
    names = list(pd.unique(name.to_numpy(dtype=object)))
    if len(names) > limit:
        names = names[:limit] + [f"{len(names) - limit} more"]
    return ("Source: " + ("; ".join(names) if names else "no articles")
            + ". Dates and figures extracted by news-timeline.")


def text_colour(theme: str | None) -> str:
    return TEXT["dark" if theme == "dark" else "light"]

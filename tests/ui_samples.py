"""Small hand-built mentions tables for the page's unit tests: real sentences of the seed articles
(offsets found in the files themselves), and a hostile article.  They satisfy the contract
(``schema.conform`` + ``validate``) without running the extraction engines, so each ``ui`` test
checks the page's logic on rows whose every value is known."""
from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.documents import read_corpus
from pipeline.sentences import matching_form

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CNBC = "003_9d9642b119c4675d.txt"
FT = "000_45a89b4b4fc1c484.txt"

# (doc, sentence start, date text, when, start, end, precision, future, money text, money columns,
#  headline, category, actors, event)
_ROWS = [
    (CNBC, "On a cold November evening", "November evening in Shanghai in 2020", "2020-11", "2020-11-01",
     "2020-11-30", "month", False, "IPO", {"market_kind": "ipo"},
     "The world’s largest IPO was abruptly canceled by Chinese regulators", "regulation & politics",
     "Ant Group;Chinese government", "ipo", 4.75),
    (FT, "Past tensions with Beijing", "2020", "2020", "2020-01-01", "2020-12-31", "year", False, "IPO",
     {"market_kind": "ipo"}, "Past tensions with Beijing highlighted the risks of government oversight",
     "regulation & politics", "Ant Group;Chinese government", "ipo", 4.75),
    (CNBC, "Since the IPO cancelation", "", "2025-11-24", "2025-11-24", "2025-11-24", "day", False,
     "$400 billion", {"market_kind": "market_value_change", "amount": 4e11, "currency": "USD", "amount_usd": 4e11,
                      "direction": "down", "approx": ">", "subject": "Alibaba"},
     "More than $400 billion has been wiped off Alibaba’s value", "markets & valuation", "Alibaba",
     "wiped", 2.25),
    (CNBC, "I lived in the world", "from October 2018 to December 2021", "2018-10/2021-12", "2018-10-01",
     "2021-12-31", "span", False, "", {}, "I lived in the world’s second-largest economy for three years",
     "reporter's account", "", "lived", 0.5),
    (CNBC, "Ma’s empire endured", "in 2021", "2021", "2021-01-01", "2021-12-31", "year", False,
     "nearly $3 billion", {"market_kind": "fine", "amount": 3e9, "currency": "USD", "amount_usd": 3e9,
                           "approx": "~", "subject": "Alibaba"},
     "Ma’s empire endured tightened regulations and a nearly $3 billion fine", "regulation & politics",
     "Jack Ma;Alibaba", "fine", 3.0),
    (CNBC, "Daniel Zhang, who had succeeded", "in 2023", "2023", "2023-01-01", "2023-12-31", "year", False, "",
     {}, "Daniel Zhang unexpectedly announced plans to step down in 2023", "leadership", "Daniel Zhang;Jack Ma",
     "zhang", 1.75),
    (CNBC, "In February, Ma was among", "In February", "2025-02", "2025-02-01", "2025-02-28", "month", False, "",
     {}, "Ma was among a handful of entrepreneurs who met with Xi Jinping", "regulation & politics",
     "Jack Ma;Xi Jinping", "february", 2.25),
    (FT, "Looking ahead, Alibaba", "by 2030", "2030", "2030-01-01", "2030-12-31", "year", True, "", {},
     "Alibaba’s AI trajectory promises transformative developments by 2030", "AI & technology", "Alibaba",
     "by2030", 1.5),
    (CNBC, "Alibaba’s stock would jump", "", "2025-11-24", "2025-11-24", "2025-11-24", "day", False,
     "stock would jump", {"market_kind": "share_move", "direction": "up", "subject": "Alibaba"},
     "Alibaba’s stock would jump if Ma was spotted somewhere", "markets & valuation", "Alibaba;Jack Ma",
     "jump", 1.5),
]


def _documents() -> dict:
    return {d.doc: d for d in read_corpus([SEEDS]).documents}


def _sentence(text: str, opening: str) -> tuple[int, int]:
    text = matching_form(text)  # the seeds hold non-breaking spaces and curly quotes
    start = text.index(matching_form(opening))
    end = start
    while True:  # the sentence ends at the first full stop followed by a space or a line end
        end = text.index(".", end) + 1
        if end >= len(text) or text[end] in " \n\r”\"":
            break
    if end < len(text) and text[end] in "”\"":
        end += 1
    return start, end


def _id(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def seed_table() -> pd.DataFrame:
    """Nine real seed mentions; the two reports of the 2020 IPO cancellation share one event."""
    documents = _documents()
    rows = []
    for (doc, opening, date_text, when, start, end, precision, future, money_text, money, headline, category,
         actors, event, importance) in _ROWS:
        document = documents[doc]
        text = document.text
        s, e = _sentence(text, opening)
        excerpt = text[s:e]
        form = matching_form(excerpt)
        date_at = form.index(matching_form(date_text)) if date_text else 0
        money_at = form.index(matching_form(money_text)) if money_text else 0
        date_text = excerpt[date_at:date_at + len(date_text)]
        money_text = excerpt[money_at:money_at + len(money_text)]
        row = {name: "" for name in schema.NAMES}
        row.update({
            "mention_id": _id(doc, s, date_text, money_text), "event_id": "", "doc": doc, "title": document.title,
            "publisher": document.publisher, "published": document.published.isoformat(),
            "published_origin": "manifest", "url": document.url, "excerpt": excerpt, "char_start": s, "char_end": e,
            "when": when, "start": start, "end": end, "precision": precision, "date_text": date_text,
            "date_start": s + date_at if date_text else None,
            "date_end": s + date_at + len(date_text) if date_text else None,
            "future": future, "amount": None, "amount_usd": None, "percent": None,
            "money_text": money_text, "money_start": s + money_at if money_text else None,
            "money_end": s + money_at + len(money_text) if money_text else None,
            "headline": headline, "category": category, "actors": actors, "importance": importance,
        })
        row.update(money)
        row["_event"] = event
        rows.append(row)
    frame = pd.DataFrame(rows)
    first_of_event = frame.groupby("_event")["mention_id"].transform("min")
    frame["event_id"] = "ev-" + first_of_event
    return schema.validate(schema.conform(frame))


HOSTILE_TEXT = (
    "Hostile Corp <script>window.__pwned = 1; alert('x')</script> news\n\n"
    "On March 3, 2021, Hostile Corp <img src=x onerror=\"window.__pwned = 2\"> raised $5 billion "
    "<a href=\"javascript:window.__pwned=3\">click</a> in an <b>unbalanced <i>offering.\n\n"
    "Its shares =HYPERLINK(\"http://evil\") fell 8.1% in 2022 </div></p><svg onload=\"window.__pwned=4\">.\n"
)


def hostile_table(doc: str = "hostile.txt") -> tuple[pd.DataFrame, str]:
    """A hostile article's mentions (script tags, event handlers, a javascript: link, unbalanced markup,
    a formula) and its text."""
    text = HOSTILE_TEXT
    rows = []
    for opening, date_text, when, start, end, precision, money_text, money, headline in (
            ("On March 3, 2021", "On March 3, 2021", "2021-03-03", "2021-03-03", "2021-03-03", "day",
             "$5 billion", {"market_kind": "investment", "amount": 5e9, "currency": "USD", "amount_usd": 5e9},
             "Hostile Corp <img src=x onerror=\"window.__pwned = 2\"> raised $5 billion"),
            ("Its shares", "in 2022", "2022", "2022-01-01", "2022-12-31", "year", "fell 8.1%",
             {"market_kind": "share_move", "percent": -8.1, "direction": "down"},
             "=HYPERLINK(\"http://evil\") <script>window.__pwned=5</script> [x](javascript:window.__pwned=8) "
             "$1 and $2")):
        s = text.index(opening)
        e = text.index("\n", s)
        excerpt = text[s:e]
        row = {name: "" for name in schema.NAMES}
        row.update({
            "mention_id": _id(doc, s), "event_id": "ev-" + _id(doc, s), "doc": doc,
            "title": "<script>window.__pwned=6</script>Hostile", "publisher": "<b>Evil</b> Press",
            "published": "2022-06-01", "url": "javascript:window.__pwned=7", "excerpt": excerpt,
            "char_start": s, "char_end": e, "when": when, "start": start, "end": end, "precision": precision,
            "date_text": date_text, "date_start": s + excerpt.index(date_text),
            "date_end": s + excerpt.index(date_text) + len(date_text), "future": False,
            "amount": None, "amount_usd": None, "percent": None, "money_text": money_text,
            "money_start": s + excerpt.index(money_text), "money_end": s + excerpt.index(money_text) + len(money_text),
            "headline": headline, "category": "<i>markets", "actors": "<svg onload=alert(1)>", "importance": 1.0,
        })
        row.update(money)
        rows.append(row)
    return schema.validate(schema.conform(pd.DataFrame(rows))), text


def html_tags(markup: str) -> list[tuple[str, dict]]:
    """Every start tag of a piece of HTML with its attributes, as a browser's parser sees them."""
    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    found: list[tuple[str, dict]] = []
    Tags().feed(markup)
    return found

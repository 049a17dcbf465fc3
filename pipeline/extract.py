"""Articles to the mentions table: the one place where documents, dates, money and story meet.

Per document (independent of every other, so it maps onto a process pool or a Dask bag unchanged):
split sentences once, scan once for dates and once for money, then make rows:

* each money mention is a row, dated by the nearest calendar date in its sentence, else placed at
  the article's publication date with ``date_text`` empty;
* each calendar date not already carried by a money row is a row of its own.

Across documents, :func:`pipeline.events.assign_events` links mentions of the same happening.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.dates import DateMention, tag_dates
from pipeline.documents import Corpus, Document, Skipped, read_corpus
from pipeline.events import assign_events
from pipeline.money import MoneyMention, find_money
from pipeline.sentences import SentenceIndex, split_sentences
from pipeline.story import describe_sentences


@dataclass
class Extraction:
    """The result of a run: the table, and what became of every input."""

    table: pd.DataFrame
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows_per_document: dict[str, int] = field(default_factory=dict)

    def report(self) -> pd.DataFrame:
        """One line per input file: extracted (with its row count) or skipped (with the reason)."""
        lines = [{"file": d.path, "doc": d.doc, "status": "extracted", "rows": self.rows_per_document.get(d.doc, 0),
                  "encoding": d.encoding, "published": d.published.isoformat() if d.published else "",
                  "reason": "" if self.rows_per_document.get(d.doc) else "no dates or figures found"}
                 for d in self.documents]
        lines += [{"file": s.path, "doc": Path(s.path).name, "status": "skipped", "rows": 0, "encoding": "",
                   "published": "", "reason": s.reason} for s in self.skipped]
        return pd.DataFrame(lines, columns=["file", "doc", "status", "rows", "encoding", "published", "reason"])

    def summary(self) -> str:
        return (f"{len(self.documents)} documents read, {len(self.skipped)} skipped, "
                f"{len(self.table)} rows written")


def extract_paths(inputs: Iterable[str | Path],
                  progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None) -> Extraction:
    """Read the inputs (folders and files) and extract the mentions table."""
    corpus = read_corpus(list(inputs))
    return extract_corpus(corpus, progress=progress)


def extract_corpus(corpus: Corpus,
                   progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None) -> Extraction:
    rows: list[dict] = []
    counts: dict[str, int] = {}
    documents = progress(corpus.documents) if progress else corpus.documents
    for document in documents:
        found = extract_document(document)
        counts[document.doc] = len(found)
        rows.extend(found)
    table = mentions_table(rows)
    return Extraction(table=table, documents=corpus.documents, skipped=corpus.skipped,
                      warnings=corpus.warnings, rows_per_document=counts)


def mentions_table(rows: list[dict]) -> pd.DataFrame:
    """Rows of any number of documents → the validated table, events linked, in a stable order."""
    if not rows:
        return schema.empty()
    frame = schema.conform(pd.DataFrame(rows))
    frame = frame.sort_values(["doc", "char_start", "date_start", "money_start", "mention_id"],
                              na_position="first", kind="stable").reset_index(drop=True)
    frame = schema.conform(assign_events(frame))
    return schema.validate(frame)


def extract_document(document: Document) -> list[dict]:
    """The rows (contract columns) of one document."""
    text, form = document.text, document.form
    sentences = split_sentences(text)
    index = SentenceIndex(sentences)
    dates = [d for d in tag_dates(text, document.published, form=form, sentences=sentences,
                                  locale=document.locale) if d.on_calendar]
    money = find_money(text, form=form, sentences=sentences)

    dates_by_sentence: dict[int, list[DateMention]] = {}
    for mention in dates:
        where = index.find(mention.start)
        if where is not None:
            dates_by_sentence.setdefault(where, []).append(mention)
    pairs: list[tuple[int, DateMention | None, MoneyMention | None]] = []
    dated_by_money: set[tuple[int, int]] = set()
    for figure in money:
        where = index.find(figure.start)
        if where is None:
            continue
        date = _nearest(dates_by_sentence.get(where, []), figure)
        if date is not None:
            dated_by_money.add((date.start, date.end))
        pairs.append((where, date, figure))
    for where, mentions in dates_by_sentence.items():
        pairs.extend((where, m, None) for m in mentions if (m.start, m.end) not in dated_by_money)

    stories = describe_sentences(text, sentences, {where for where, _, _ in pairs}, form=form)
    return [_row(document, sentences[where], stories[where], date, figure) for where, date, figure in pairs]


def _nearest(dates: list[DateMention], figure: MoneyMention) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (abs((d.start + d.end) - (figure.start + figure.end)), d.start))


def _row(document: Document, sentence: tuple[int, int], story, date: DateMention | None,
         figure: MoneyMention | None) -> dict:
    start, end = sentence
    published = document.published.isoformat() if document.published else ""
    row = {
        "doc": document.doc, "title": document.title, "publisher": document.publisher,
        "published": published, "published_origin": document.published_origin, "url": document.url,
        "excerpt": document.text[start:end], "char_start": start, "char_end": end,
        "event_id": "", "importance": float("nan"),
        "headline": story.headline, "category": story.category, "actors": ";".join(story.actors),
    }
    row.update(_date_columns(date, document.published))
    row.update(_money_columns(figure))
    row["mention_id"] = mention_id(document.doc, start, date, figure)
    return row


def _date_columns(date: DateMention | None, published: dt.date | None) -> dict:
    if date is None:
        # A figure without a date in its sentence is placed at its article's publication date.
        day = published.isoformat() if published else ""
        return {"when": day, "start": day, "end": day, "precision": "day" if day else "",
                "date_text": "", "date_start": None, "date_end": None, "timex_type": "", "timex_value": "",
                "date_mod": "", "date_status": "" if day else "unresolved", "future": False}
    return {
        "when": date.when,
        "start": date.first_day.isoformat() if date.first_day else "",
        "end": date.last_day.isoformat() if date.last_day else "",
        "precision": date.precision, "date_text": date.text, "date_start": date.start, "date_end": date.end,
        "timex_type": date.timex_type, "timex_value": date.timex_value, "date_mod": date.mod,
        "date_status": date.status, "future": date.future,
    }


def _money_columns(figure: MoneyMention | None) -> dict:
    if figure is None:
        return {"market_kind": "", "amount": None, "currency": "", "amount_usd": None, "percent": None,
                "direction": "", "approx": "", "money_text": "", "money_start": None, "money_end": None,
                "subject": ""}
    return {"market_kind": figure.market_kind, "amount": figure.amount, "currency": figure.currency,
            "amount_usd": figure.amount_usd, "percent": figure.percent, "direction": figure.direction,
            "approx": figure.approx, "money_text": figure.text, "money_start": figure.start,
            "money_end": figure.end, "subject": figure.subject}


def mention_id(doc: str, sentence_start: int, date: DateMention | None, figure: MoneyMention | None) -> str:
    """Stable across runs and unaffected by other articles: a hash of what the row points at."""
    key = "|".join([doc, str(sentence_start),
                    f"{date.start}-{date.end}" if date else "",
                    f"{figure.start}-{figure.end}" if figure else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

"""Articles to the mentions table: the one place where documents, dates, money and story meet.

Per document (independent of every other, so it maps onto a process pool or a Dask bag unchanged):
split sentences once, scan once for dates and once for money, then make rows:

* each money mention is a row, dated by the nearest calendar date in its sentence, else placed at
  the article's publication date with ``date_text`` empty;
* a date that a moved figure is measured against ("rose 26% from a year earlier") dates only the
  figures inside that comparison (:mod:`pipeline.comparisons`);
* each calendar date not already carried by a money row, nor a comparison base, is a row of its own.

Across documents, :func:`pipeline.events.link_rows` links mentions of the same happening.

A run never stops for one bad document: a file that cannot be read, or whose extraction raises, is
skipped with its reason and the others go on, so every input file ends up exactly once in the run
report, extracted (with its row count) or skipped (with the reason).  :func:`extract_paths` streams:
it holds one article's text at a time, and keeps only the rows.
"""
from __future__ import annotations

import bisect
import functools
import datetime as dt
import hashlib
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.comparisons import (a_day_told_by_a_teller, a_telling_leads_to, approximation_before,
                                  at_the_start_it_tells, comparison_bases, coordinated, counted_back, date_of,
                                  moved_over_its_own_stretch, names_its_results, priced_ahead, respective_dates,
                                  told_at_that_time)
from pipeline.dates import DateMention, tag_dates
from pipeline.dates.finder import Clauses, clause_tense
from pipeline.dates.mentions import SECTION_REACH, SENTENCE_LINE_ENDS
from pipeline.documents import (MAX_ARTICLE_BYTES, Corpus, Document, Skipped, dateline_span, every_dateline,
                                lead_dateline, list_sources, read_source)
from pipeline.events import CORE, collector_paused, link_rows
from pipeline.money import MoneyMention, find_money
from pipeline.money.lexicon import EARNED_KINDS, STOCK_KINDS, TALLIED_KINDS, lexicon, shared_forms
from pipeline.money.reading import headline_on_its_own_line
from pipeline.rules import escaped_alternation, load_table
from pipeline.sentences import (LIST_ITEM_OR_DASH, SentenceIndex, line_over_items, opens_an_entry,
                                split_sentences)
from pipeline.story import describe_sentences

REPORT_COLUMNS = ("file", "doc", "status", "rows", "encoding", "published", "reason")
NO_ROWS = "no dates or figures found"


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a line of the run report."""

    file: str
    doc: str
    status: str             # extracted | skipped | warning (a manifest or folder problem, not a file)
    rows: int = 0
    encoding: str = ""
    published: str = ""
    reason: str = ""


@dataclass
class Extraction:
    """The result of a run: the table, and what became of every input."""

    table: pd.DataFrame
    documents: list[Document] = field(default_factory=list)   # held only by extract_corpus (in memory)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows_per_document: dict[str, int] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)     # one per input file, in reading order

    @property
    def extracted(self) -> list[Outcome]:
        return [o for o in self._outcomes() if o.status == "extracted"]

    def report(self) -> pd.DataFrame:
        """One line per input file: extracted (with its row count) or skipped (with the reason);
        then one line per warning (a manifest or folder problem that cost metadata, not a file)."""
        lines = [o.__dict__ for o in self._outcomes()]
        lines += [{"file": getattr(w, "path", ""), "doc": "", "status": "warning", "rows": 0, "encoding": "",
                   "published": "", "reason": getattr(w, "reason", str(w))} for w in self.warnings]
        return pd.DataFrame(lines, columns=list(REPORT_COLUMNS))

    def summary(self) -> str:
        extracted = self.extracted
        empty = sum(1 for o in extracted if not o.rows)
        files = len(extracted) + len(self.skipped)
        return (f"{files} file{'s' if files != 1 else ''}: {len(extracted)} extracted"
                f"{f' ({empty} with no dates or figures)' if empty else ''}, {len(self.skipped)} skipped, "
                f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}; "
                f"{len(self.table)} rows")

    def _outcomes(self) -> list[Outcome]:
        if self.outcomes:
            return self.outcomes
        # Built by hand (documents and skipped only): derive the lines from them.
        return ([_extracted(d, self.rows_per_document.get(d.doc, 0)) for d in self.documents]
                + [_skipped(s) for s in self.skipped])


Progress = Callable[[Iterable], Iterable]
# Told the name of each step of one article's extraction as it starts ("finding dates"): a large article
# takes minutes, and a progress bar that only counts files would stand still meanwhile.
Stage = Callable[[str], None]


def extract_paths(inputs: Iterable[str | Path], progress: Progress | None = None, *,
                  max_bytes: int = MAX_ARTICLE_BYTES, stage: Stage | None = None) -> Extraction:
    """Read the inputs (folders and files) and extract the mentions table, one article at a time.

    ``progress`` wraps the list of files to read (e.g. ``tqdm``), so it knows their number.  The
    result's ``documents`` stays empty: texts are dropped once their rows are made.  ``stage`` is told
    each step of an article's extraction (see :data:`Stage`).
    """
    corpus = Corpus()
    sources = list_sources(inputs, corpus)
    run = _Run(corpus.skipped, stage)
    run.outcomes.extend(_skipped(s) for s in corpus.skipped)
    seen: dict[str, str] = {}
    for source in (progress(sources) if progress else sources):
        before = len(corpus.skipped)
        document = read_source(source, corpus, seen, max_bytes=max_bytes)
        if document is None:
            run.outcomes.extend(_skipped(s) for s in corpus.skipped[before:])
            continue
        run.add(document)
    return run.finish(corpus.warnings)


def extract_corpus(corpus: Corpus, progress: Progress | None = None) -> Extraction:
    """The mentions table of documents already read (``corpus.documents``)."""
    run = _Run(list(corpus.skipped))
    run.outcomes.extend(_skipped(s) for s in corpus.skipped)
    kept: list[Document] = []
    for document in (progress(corpus.documents) if progress else corpus.documents):
        if run.add(document):
            kept.append(document)
    extraction = run.finish(list(corpus.warnings))
    extraction.documents = kept
    return extraction


class _Run:
    """Rows and outcomes gathered document by document."""

    def __init__(self, skipped: list[Skipped], stage: Stage | None = None):
        self.skipped = skipped
        self.stage = stage
        self.outcomes: list[Outcome] = []
        self.rows: list[dict] = []
        self.spans: dict[str, tuple[int, int]] = {}     # doc -> its rows' slice of self.rows
        self.counts: dict[str, int] = {}

    def add(self, document: Document) -> bool:
        """Extract one document; False (and the document skipped with the reason) if that fails."""
        try:
            found = extract_document(document, stage=self.stage)
        except Exception as exc:  # an engine's bug must cost this document, never the run
            self._skip(document, f"extraction failed: {failure(exc)}", traceback.format_exc())
            return False
        self.spans[document.doc] = (len(self.rows), len(self.rows) + len(found))
        self.rows.extend(found)
        self.counts[document.doc] = len(found)
        self.outcomes.append(_extracted(document, len(found)))
        return True

    def _skip(self, document: Document, reason: str, detail: str = "") -> None:
        skipped = Skipped(document.path, reason, detail)
        self.skipped.append(skipped)
        self.outcomes.append(_skipped(skipped))

    def finish(self, warnings: list[str]) -> Extraction:
        table = self._table()
        return Extraction(table=table, skipped=self.skipped, warnings=warnings,
                          rows_per_document=self.counts, outcomes=self.outcomes)

    def _table(self) -> pd.DataFrame:
        try:
            return mentions_table(self.rows)
        except Exception:
            broken = self._documents_breaking_the_table()
            if not broken:
                raise  # no single document is to blame: a bug across documents, not bad input
        for doc, reason, detail in broken:
            start, end = self.spans.pop(doc)
            self.counts.pop(doc)
            index = next(i for i, o in enumerate(self.outcomes) if o.doc == doc and o.status == "extracted")
            outcome = self.outcomes[index]
            skipped = Skipped(outcome.file, reason, detail)
            self.skipped.append(skipped)
            self.outcomes[index] = _skipped(skipped)
        keep = sorted(self.spans.values())
        self.rows = [row for start, end in keep for row in self.rows[start:end]]
        return mentions_table(self.rows)

    def _documents_breaking_the_table(self) -> list[tuple[str, str, str]]:
        broken = []
        for doc, (start, end) in self.spans.items():
            try:
                mentions_table(self.rows[start:end])
            except schema.ContractError as exc:
                broken.append((doc, f"its rows break the table contract: {failure(exc)}", traceback.format_exc()))
            except MemoryError as exc:
                broken.append((doc, f"ran out of memory linking its rows into events: {failure(exc)}",
                               traceback.format_exc()))
            except Exception as exc:
                broken.append((doc, f"its rows could not be linked into the table: {failure(exc)}",
                               traceback.format_exc()))
        return broken


def _extracted(document: Document, rows: int) -> Outcome:
    return Outcome(document.path, document.doc, "extracted", rows, document.encoding,
                   document.published.isoformat() if document.published else "", "" if rows else NO_ROWS)


def _skipped(skipped: Skipped) -> Outcome:
    return Outcome(skipped.path, Path(skipped.path).name, "skipped", 0, "", "", skipped.reason)


# A reason is one line of a report; an exception message can be a page long.
_REASON_MAX = 300


def failure(exc: BaseException) -> str:
    """An exception as one short line: its type, message and the innermost place it was raised."""
    message = " ".join(str(exc).split())
    if len(message) > _REASON_MAX:
        message = message[:_REASON_MAX - 1] + "…"
    where = ""
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        where = f" (at {Path(last.filename).name}:{last.lineno})"
    return f"{type(exc).__name__}{': ' + message if message else ''}{where}"


def mentions_table(rows: list[dict]) -> pd.DataFrame:
    """Rows of any number of documents → the validated table, events linked, in a stable order.

    Ordered and linked as plain dicts, then made a table once, column by column: pandas costs per
    table, Python per row, so the rows never make a round trip through a table."""
    if not rows:
        return schema.empty()
    with collector_paused():
        try:
            ordered = sorted(rows, key=_row_order)
            frame = schema.from_rows(ordered)
        except TypeError:  # an offset that is no number: order the table by its conformed columns instead
            frame = schema.from_rows(rows).sort_values(_ORDER, na_position="first", kind="stable")
            ordered = [rows[i] for i in frame.index]
            frame = frame.reset_index(drop=True)
        schema.validate(frame)  # a broken contract is named as such before linking trips over it
        event_ids, importance = link_rows(ordered)
        frame["event_id"] = pd.Series(event_ids, index=frame.index, dtype=frame["event_id"].dtype)
        frame["importance"] = pd.Series(importance, index=frame.index, dtype="float64")
    return frame


_ORDER = ["doc", "char_start", "date_start", "money_start", "mention_id"]


def _row_order(row: dict) -> tuple:
    """:data:`_ORDER`, a missing date (or figure) first, as plain values (sorting dicts beats a table)."""
    date_start, money_start = row["date_start"], row["money_start"]
    return (row["doc"], row["char_start"], date_start is not None, date_start or 0,
            money_start is not None, money_start or 0, row["mention_id"])


def _by_sentence(index: SentenceIndex, mentions, *, outside: bool = False) -> dict:
    """``mentions`` grouped by the sentence each starts in, in their order; those in no sentence under None when
    ``outside``, else left out."""
    grouped: dict = {}
    for mention in mentions:
        where = index.find(mention.start)
        if where is not None or outside:
            grouped.setdefault(where, []).append(mention)
    return grouped


# One article's extraction allocates many small objects that form almost no reference cycles (27 collected over 5 MB
# of newswire), while every automatic pass of the cycle collector inside it walks the rows of the articles before and
# the rules' compiled tables: paused here, the collector runs between articles, and its passes fell from 4% of the
# extract's CPU to 0.5%.
@collector_paused()
def extract_document(document: Document, *, stage: Stage | None = None) -> list[dict]:
    """The rows (contract columns) of one document; ``stage`` is told each step as it starts."""
    stage = stage or _quiet
    text, form = document.text, document.form
    stage("splitting sentences")
    sentences = split_sentences(text, form=form)
    index = SentenceIndex(sentences)
    stage("finding dates")
    every_date = tag_dates(text, document.published, form=form, sentences=sentences, locale=document.locale)
    dates = [d for d in every_date if d.on_calendar]
    stage("finding figures")
    sums_dropped: list[MoneyMention] = []
    money = find_money(text, form=form, sentences=sentences, sums_dropped=sums_dropped)

    dateline = dateline_span(text)
    # (sorted and apart, so a dateline is found by bisection: an archive of many stories has one per story)
    datelines = every_dateline(text)
    if (lead := lead_dateline(text, document.published)) is not None and lead not in datelines:
        datelines = tuple(sorted(datelines + (lead,)))
    dateline_starts = [start for start, _ in datelines]

    def outside_the_datelines(mention: DateMention) -> bool:
        at = bisect.bisect_right(dateline_starts, mention.start) - 1
        return at < 0 or mention.start >= datelines[at][1]

    dates_by_sentence: dict[int, list[DateMention]] = _by_sentence(index, filter(outside_the_datelines, dates))
    # (the dates alone on their line, where a log's section may start: most texts have none, and a figure's walk up
    # its section is taken only when one stands within reach)
    heading_starts = sorted(d.start for mentions in dates_by_sentence.values() for d in mentions
                            if _alone_on_its_line(form, d))
    figures_by_sentence: dict[int, list[MoneyMention]] = _by_sentence(index, money)
    bases = comparison_bases(form, dates_by_sentence, figures_by_sentence, sentences)
    for span in _bounds_of_sums_dropped(form, sentences, index, bases, dates_by_sentence, figures_by_sentence,
                                        sums_dropped):
        del bases[span]
    bases.update(_counted_back_from_sums_dropped(form, sentences, index, dates_by_sentence, figures_by_sentence,
                                                 sums_dropped, bases))
    for span in _named_after_sums_dropped(form, sentences, index, bases, figures_by_sentence, sums_dropped):
        del bases[span]
    pairs: list[tuple[int, DateMention | None, MoneyMention | None]] = []
    dated_by_money: set[tuple[int, int]] = set()
    # (the figures dated by the time the sentence before told: their own sentence names no date)
    told_then: set[int] = set()
    for where, figures in figures_by_sentence.items():
        paired = respective_dates(form, sentences[where], figures, dates_by_sentence.get(where, []))
        for figure in figures:
            date = paired.get(figure.start) or date_of(form, figure, dates_by_sentence.get(where, []), bases)
            if date is not None:
                dated_by_money.add((date.start, date.end))
                date = at_the_start_it_tells(form, date, figure)
            else:   # the entry's date keeps its own row, in its own sentence
                date = _entry_date(form, sentences, where, dates_by_sentence) \
                    or _section_date(form, sentences, where, dates_by_sentence, document.published, heading_starts) \
                    or _list_heading_date(form, sentences, where, dates_by_sentence, document.published)
                if date is None and (date := told_at_that_time(form, sentences, where, dates_by_sentence)):
                    told_then.add(id(figure))
            pairs.append((where, date, figure))
    pairs = _levels_dated_as_their_moves(form, pairs)
    pairs = _headline_figures_dated_as_told(form, sentences, pairs)
    timed_sentences = {index.find(d.start) for d in every_date if (d.start, d.end) not in bases}
    pairs, carried = _periods_carried_on(text, form, sentences, pairs, timed_sentences, document.published)
    pairs, over_telling = _results_period_over_the_telling(text, form, sentences, pairs, bases, document.published)
    carried |= over_telling
    pairs, first_clause = _period_of_the_first_that_clause(text, form, sentences, pairs, bases, document.published)
    carried |= first_clause
    # (a base, "since 2019", and a time off the calendar, "now", are times too: a sentence that names one tells its own)
    times = _by_sentence(index, every_date, outside=True)
    pairs, named_before = _period_named_before(text, form, sentences, pairs, times, bases, document.published)
    carried |= named_before
    pairs, same_period = _same_period_carried_on(form, sentences, pairs, bases, document.published)
    carried |= same_period
    pairs, results_carried = _results_day_carried_on(form, sentences, pairs, dates_by_sentence, bases)
    carried |= results_carried
    pairs, session_carried = _lead_session_carried_on(form, sentences, pairs, dates_by_sentence, bases, dateline,
                                                      document.published)
    pairs, day_carried = _session_day_carried_on(form, sentences, pairs, dates_by_sentence, bases, document.published)
    carried |= told_then | session_carried | day_carried
    for where, mentions in dates_by_sentence.items():
        # a base makes no row of its own, unless its stretch runs on into a clause that tells of its day: "their
        # biggest drop since April 7, when fears of a trade war hit markets" (comparison_bases.tsv role=tells)
        pairs.extend((where, m, None) for m in mentions
                     if (m.start, m.end) not in dated_by_money and bases.get((m.start, m.end), (0, m.end + 1))[1]
                     > m.end)

    stage("reading headlines, actors and categories")
    stories = describe_sentences(text, sentences, {where for where, _, _ in pairs}, form=form, dateline=dateline)
    about = _about(document)
    undated = _date_columns(None, document.published)
    week_closed = _week_close_columns(document.published)
    return [_row(about, text, sentences[where], stories[where],
                 (week_closed if figure is not None and _a_close_of_the_week(form, sentences[where], figure)
                  else {**undated, "future": True} if figure is not None and priced_ahead(form, figure)
                  else undated) if date is None
                 else _date_columns(date, document.published, id(figure) in carried),
                 _NO_FIGURE if figure is None else _money_columns(figure), date, figure)
            for where, date, figure in pairs]


def _headline_figures_dated_as_told(form: str, sentences: list[tuple[int, int]],
                                    pairs: list[tuple[int, DateMention | None, MoneyMention | None]]):
    """A headline on a line of its own sums up a company's revenue or profit that the story tells again with its
    period: the headline's figure, undated in the headline, takes that period ("Daesan Semiconductor third-quarter
    profit jumps 41 pct", then "... rose 41 percent ... in the July-September period" is the third quarter's; a
    headline's quarter without its year is read as the body reads it).  Other figures keep the day the headline is
    written on: a deal a story dates "on Wednesday" is news on the day of the headline."""
    if headline_on_its_own_line(form, sentences) is None:
        return pairs
    told = {}
    for where, date, figure in pairs:
        key = _told_again_key(figure) if where and date is not None and figure is not None else None
        if key is not None:
            told.setdefault(key, date)
    return [(where, told.get(_told_again_key(figure)) if not where and date is None and figure is not None else date,
             figure) for where, date, figure in pairs]


def _periods_carried_on(text: str, form: str, sentences: list[tuple[int, int]],
                        pairs: list[tuple[int, DateMention | None, MoneyMention | None]], timed_sentences: set[int],
                        published: dt.date | None) -> tuple[list, set[int]]:
    """A revenue or profit undated in a sentence that names no time of its own ("now", "this week" count) takes the
    past period (or closed stretch of months, "the nine months to Sept. 30") of the last figure of the sentence right
    before it in the same paragraph ("Alibaba's revenue rose 7% to 236.5 billion yuan in the September quarter. Net
    income was 41.2 billion yuan." is the quarter's): the sentence
    carries on the results told; a sentence that names the results' period carries it into the next paragraph too, as a
    wire story tells one sentence a paragraph ("... reported results for the September quarter, while adjusted EBITA
    fell 76%.", then "Revenue at the cloud unit rose 34%").  Not a forecast ("Analysts expect net income of ..."), nor
    a figure whose subject is named and is another than the one before, nor a share's move or level, which is of the
    day it is told
    (``timed_sentences``: the indexes of the sentences that name a time).  Returns the pairs and the ids of the figures
    given a period so."""
    if published is None:
        return pairs, set()
    told: dict[int, list[tuple[DateMention | None, MoneyMention]]] = {}
    clauses, carried = Clauses(text), {}
    for where, date, figure in sorted((p for p in pairs if p[2] is not None), key=lambda p: (p[0], p[2].start)):
        # (every revenue or profit before dated, all by one period: an undated one or a base "a year earlier" beside
        # them leaves the period unsure)
        earned = [d for d, f in told.get(where - 1, ()) if f.market_kind in EARNED_KINDS]
        before = earned[0] if earned and None not in earned and len({d.when for d in earned}) == 1 else None
        forecasts = [start for start, _, forecast in clauses.future_markers(*sentences[where]) if forecast] \
            if date is None and figure.market_kind in EARNED_KINDS else []
        if forecasts and all(_overtaken(form, start) for start in forecasts):
            # what analysts "had expected" is the forecast for the period whose results the sentence before told, its
            # first revenue or profit's (a base beside it is of another period)
            before, forecasts = (earned[0] if earned else None), []
        if date is None and figure.market_kind in EARNED_KINDS and where not in timed_sentences \
                and before is not None and _past_stretch(before, published) \
                and (_follows_in_its_paragraph(form, sentences, where) or names_its_results(form, before)) \
                and not any(figure.subject and f.subject and figure.subject != f.subject for _, f in told[where - 1]) \
                and not forecasts:
            date = carried[id(figure)] = before
        told.setdefault(where, []).append((date, figure))
    return [(where, carried.get(id(figure), date), figure) for where, date, figure in pairs], set(carried)


def _results_period_over_the_telling(text: str, form: str, sentences: list[tuple[int, int]],
                                     pairs: list[tuple[int, DateMention | None, MoneyMention | None]], bases: dict,
                                     published: dt.date | None) -> tuple[list, set[int]]:
    """A revenue or profit dated only by the day or month a verb of telling leads to ("said on Thursday", "the group
    said last month") takes the past period that dates every revenue and profit told before it in its sentence:
    "said on Thursday that revenue rose 8% in the December quarter, and that revenue at its cloud unit grew 13%" and
    "Revenue rose 34% to 43.3 billion yuan in the three months to December, the group said last month, while its
    adjusted EBITA fell 23%" tell one period's results; the telling dates when they were told, not what they are of.
    Only a move told in the past (no forecast, no sum a present or a modal tells: "changes its annual profit by about
    50 billion yen"), not of another named subject.  The day of telling keeps a row of its own when it dates nothing
    else.  Returns the pairs and the ids of the figures given a period so."""
    if published is None:
        return pairs, set()
    clauses, carried, left_behind = None, {}, []
    told: dict[int, list[tuple[DateMention | None, MoneyMention]]] = {}
    for where, date, figure in sorted((p for p in pairs if p[2] is not None), key=lambda p: (p[0], p[2].start)):
        earned = [(d, f) for d, f in told.get(where, ()) if f.market_kind in EARNED_KINDS]
        period = earned[0][0] if earned and len({id(d) for d, _ in earned}) == 1 else None
        # (a move only, "grew 13%", "fell 23%": a sum there may be another measure told, "3.1 billion yuan of cash")
        if figure.market_kind in EARNED_KINDS and figure.direction and date is not None and date is not period \
                and date.precision in ("day", "week", "month") and _past_period(period, published) \
                and a_telling_leads_to(form, date) \
                and not any(figure.subject and f.subject and figure.subject != f.subject for _, f in earned):
            clauses = clauses or Clauses(text)
            if clause_tense(text, clauses.low, figure.start, figure.end, sentences[where], clauses) == "past":
                if not any(d is date for _, d in left_behind):
                    left_behind.append((where, date))
                date = carried[id(figure)] = period
        told.setdefault(where, []).append((date, figure))
    out = [(where, carried.get(id(figure), date), figure) for where, date, figure in pairs]
    dating = {id(d) for _, d, _ in out if d is not None}
    out.extend((where, d, None) for where, d in left_behind if id(d) not in dating and (d.start, d.end) not in bases)
    return out, set(carried)


def _period_of_the_first_that_clause(text: str, form: str, sentences: list[tuple[int, int]],
                                     pairs: list[tuple[int, DateMention | None, MoneyMention | None]], bases: dict,
                                     published: dt.date | None) -> tuple[list, set[int]]:
    """A revenue or profit in a clause that goes on with what was told ("and that", carried_periods.tsv role=parallel),
    a move or the level one reached, dated by nothing or only by a day, week or month a verb of telling leads to
    before the first clause, takes the period that dates every revenue and profit of that first clause (a base's aside
    left out: "up from 6.6 billion crowns in 2024"), when both clauses are told in the same tense: "said on Tuesday
    that its revenue rose 14% to 38 million manats in 2025, and that its net profit roughly doubled to 6.1 million
    manats" and "said on Friday that its revenue for 2025 would be about 7.2 billion crowns, ..., and that its profit
    before tax would roughly double to 400 million crowns" each tell one year's results, while "and that it expects
    profit to double" after a past clause is a forecast of its own.  The day of telling keeps a row of its own when it
    dates nothing else.  Returns the pairs and the ids of the figures given a period so."""
    if published is None:
        return pairs, set()
    told: dict[int, list[tuple[DateMention | None, MoneyMention]]] = {}
    for where, date, figure in pairs:
        if figure is not None and figure.market_kind in EARNED_KINDS:
            told.setdefault(where, []).append((date, figure))
    clauses, carried, left_behind = None, {}, []
    parallel, opening = _carried("parallel", _PARALLEL), _carried("parallel_first", _PARALLEL)
    level = _carried("parallel_level", _PARALLEL_LEVEL)
    for where, figures in told.items():
        lo, hi = sentences[where]
        joins = list(parallel.finditer(form, lo, hi)) if len(figures) > 1 else []
        if not joins:
            continue
        first = [(d, f) for d, f in figures if f.end <= joins[0].start()]
        own = [(d, f) for d, f in first if d is None or (d.start, d.end) not in bases]
        period = own[0][0] if own and len({id(d) for d, _ in own}) == 1 else None
        if period is None or period.precision not in _RESULTS_PERIODS or not lo <= period.start < joins[0].start() \
                or opening.search(form, lo, min(f.start for _, f in own)) is None:
            continue
        clauses = clauses or Clauses(text)
        tense = clause_tense(text, clauses.low, own[0][1].start, own[0][1].start, sentences[where], clauses)
        for date, figure in figures:
            join = next((j for j in reversed(joins) if j.end() <= figure.start), None)
            # (a move, or the level one reached, "would roughly double to 400 million crowns": a sum told otherwise may
            # be another measure, "and that about 3.1 billion yuan of reported cash could not be verified")
            if join is None or not tense or not (figure.direction or level.search(form, join.end(), figure.start)) \
                    or not (date is None or (
                    date.precision in ("day", "week", "month") and date.end <= own[0][1].start
                    and a_telling_leads_to(form, date))) \
                    or clause_tense(text, clauses.low, join.end(), join.end(), sentences[where], clauses) != tense:
                continue
            if date is not None and not any(d is date for _, d in left_behind):
                left_behind.append((where, date))
            carried[id(figure)] = period
    out = [(where, carried.get(id(figure), date), figure) for where, date, figure in pairs]
    dating = {id(d) for _, d, _ in out if d is not None}
    out.extend((where, d, None) for where, d in left_behind if id(d) not in dating and (d.start, d.end) not in bases)
    return out, set(carried)


def _period_named_before(text: str, form: str, sentences: list[tuple[int, int]],
                          pairs: list[tuple[int, DateMention | None, MoneyMention | None]],
                          times: dict[int, list[DateMention]], bases: dict,
                          published: dt.date | None) -> tuple[list, set[int]]:
    """A tally (kind_properties.tsv tallied: revenue, trade, a value, a listing's raise) undated in a sentence that
    names no time of its own, a base's included, takes the one past period the sentence right before it in the same
    paragraph names, when that sentence tells no figure and names no other time ("Exports of fresh durian reached
    612,000 tonnes in the January-September period. Their value rose 4% to 78.5 billion baht." is the period's; see
    :func:`_one_period_named`): the sentence goes on with the money of that period's count.  Only a figure told in the
    past; not a forecast, nor after a sentence that looks ahead, nor a figure whose subject is named and not in the
    sentence before (``times``: every time each sentence names, on the calendar or not).  Returns the pairs and the
    ids of the figures given a period so."""
    if published is None:
        return pairs, set()
    with_figures = {where for where, _, figure in pairs if figure is not None}
    clauses, carried = None, {}
    for where, date, figure in pairs:
        if figure is None or date is not None or figure.market_kind not in TALLIED_KINDS or where in times \
                or where - 1 in with_figures:
            continue
        period, before = _one_period_named(form, times.get(where - 1, ()), bases), sentences[where - 1]
        if period is None or not (period.on_calendar and _past_stretch(period, published)) \
                or not _follows_in_its_paragraph(form, sentences, where) \
                or (figure.subject and figure.subject.lower() not in form[before[0]:before[1]].lower()) \
                or _carried("compared", _COMPARED_BEFORE).search(form, max(before[0], period.start - _COMPARED_REACH),
                                                                 period.start):
            continue
        clauses = clauses or Clauses(text)
        # (a level told in the present, "Its backlog is $412 million", is of the day told, no period's tally)
        if clauses.future_markers(*sentences[where]) or clauses.future_markers(*before) \
                or clause_tense(text, clauses.low, figure.start, figure.end, sentences[where], clauses) != "past":
            continue
        carried[id(figure)] = period
    return [(where, carried.get(id(figure), date), figure) for where, date, figure in pairs], set(carried)


def _one_period_named(form: str, mentions: list[DateMention], bases: dict) -> DateMention | None:
    """The one period a sentence's times name: its only time, or, its bases and the day it was told left out, the
    narrowest of times each of which is part of the next wider one, as when a stretch restates the period it opens
    with ("In the first nine months of the year, from January to September, Peru shipped 410,000 tonnes of avocados,
    down 6% from the same period a year earlier, the growers' group ProHass said on Monday": January to September).
    None when they name more than one period, or two predicates joined by "and" tell them."""
    if len(mentions) == 1:
        return mentions[0]
    named = sorted((d for d in mentions if (d.start, d.end) not in bases and not a_day_told_by_a_teller(form, d)),
                   key=lambda d: (d.last_day - d.first_day) if d.first_day and d.last_day else dt.timedelta.max)
    if len(named) < 2 or any(d.first_day is None or d.last_day is None for d in named):
        return named[0] if len(named) == 1 else None
    inside = all(wider.first_day <= part.first_day and part.last_day <= wider.last_day
                 for part, wider in zip(named, named[1:]))
    # (times of two predicates joined by "and" are two periods, each of its own count, though one holds the other: "in
    # the first half and 30,000 tonnes in the year" names no one period)
    in_order = sorted(named, key=lambda d: d.start)
    return named[0] if inside and not any(coordinated(form, earlier.end, later.start)
                                          for earlier, later in zip(in_order, in_order[1:])) else None


def _carried_words(role: str) -> str:
    """The words of carried_periods.tsv rows of ``role``, as one escaped alternation."""
    return escaped_alternation(w for row in load_table("carried_periods.tsv") if row["role"] == role
                               for w in row["words"].split("|"))


@functools.cache
def _carried(role: str, template: str) -> re.Pattern:
    """``template`` with the words of carried_periods.tsv rows of ``role`` standing for {words}, compiled once (any
    case)."""
    return re.compile(template.replace("{words}", _carried_words(role)), re.I)


# Templates of _carried, each for its role's words:
# a comparison's words, a number and a word or two, right before a period: a base ("up from 14% in Q3 last year");
_COMPARED_BEFORE = r"(?<![\w-])(?:{words})\s+\S*\d\S*(?:\s+[^\s,;]+){0,3}\s*$"
# a verb of reporting and a pronoun of the period named before, right before the day ("reports it on");
_REPORTS_IT = r"(?<![\w-])(?:{words})\s+(?:on\s+)?\Z"
# the auxiliary of the past perfect right before a forecast's word, an adverb at most between ("had on average");
_OVERTAKEN_BEFORE = r"(?<![\w-])(?:{words})\s+(?:[a-z]+ly\s+)?\Z"
# the words that open a sentence on what analysts expect ("Analysts expect").
_EXPECTED_OPENING = r"(?:{words})(?![\w-])"
# the words that go on with what was told after a first clause of it (", and that"), and the word that opens that first
# clause ("said on Tuesday that"), each a whole word.
_PARALLEL = r"(?<![\w-])(?:{words})(?![\w-])"
# the word right before a sum that makes it the level a move reached ("double to ").
_PARALLEL_LEVEL = r"(?<![\w-])(?:{words})\s+\Z"


_COMPARED_REACH = 60  # characters before a period where a comparison making it a base stands ("up from 14% in the")


def _past_stretch(date: DateMention, published: dt.date) -> bool:
    """Is ``date`` a past period (:func:`_past_period`) or a closed stretch of days or months over by ``published``?"""
    return _past_period(date, published) or (date.precision == "span" and not date.future and date.first_day is not None
                                              and date.last_day is not None and date.last_day < published)


def _follows_in_its_paragraph(form: str, sentences: list[tuple[int, int]], where: int) -> bool:
    """Does sentence ``where`` go on in the paragraph of the sentence before it (no line break between)?"""
    return "\n" not in form[sentences[where - 1][1]:sentences[where][0]]


def _same_period_carried_on(form: str, sentences: list[tuple[int, int]],
                            pairs: list[tuple[int, DateMention | None, MoneyMention | None]], bases: dict,
                            published: dt.date | None) -> tuple[list, set[int]]:
    """A figure told "in the same period" right after it (carried_periods.tsv) takes the first past period that dates a
    figure of the sentence right before it in the same paragraph, over any date of its own sentence: "... a profit of
    £312 million for the year to 31 March. It paid dividends of £95 million to its owners in the same period, a sum
    campaigners said on Thursday ..." is of the year.  A date the figure leaves that dates nothing else keeps a row of
    its own.  Returns the pairs and the ids of the figures given a period so."""
    if published is None or not any(p[2] is not None for p in pairs):
        return pairs, set()
    same = _same_period()
    firsts: dict[int, DateMention] = {}
    for where, date, figure in sorted((p for p in pairs if p[2] is not None), key=lambda p: (p[0], p[2].start)):
        if where not in firsts and _past_period(date, published):
            firsts[where] = date
    out, carried, left_behind = [], set(), []
    for where, date, figure in pairs:
        period = firsts.get(where - 1)
        told = None if figure is None or period is None or date is period \
            or not _follows_in_its_paragraph(form, sentences, where) \
            else same.match(form, figure.end, sentences[where][1])
        # (a phrase the date tagger read as a date already dates the figure: "over the same period" told after a period)
        if told is not None and not (date is not None and figure.end <= date.start < told.end()):
            if date is not None:
                left_behind.append((where, date))
            out.append((where, period, figure))
            carried.add(id(figure))
        else:
            out.append((where, date, figure))
    dating = {id(d) for _, d, _ in out if d is not None}
    # (added at the end: no step after this reads the pairs in order, and the table orders its rows by _row_order)
    out.extend((where, d, None) for where, d in left_behind
               if id(d) not in dating and (d.start, d.end) not in bases)
    return out, carried


def _results_day_carried_on(form: str, sentences: list[tuple[int, int]],
                            pairs: list[tuple[int, DateMention | None, MoneyMention | None]],
                            dates_by_sentence: dict[int, list[DateMention]], bases: dict) -> tuple[list, set[int]]:
    """A revenue or profit dated only by the day an earlier sentence said a period's results come takes that period,
    with ``date_text`` empty: "Alibaba Group reports its results for the September quarter tomorrow ... What we expect
    on Tuesday: cloud revenue growth of 30% or more" is the quarter's growth (its sentence naming the results itself is
    dated so by ``date_of``).  The day keeps a row of its own.  Returns the pairs and the ids of the figures so
    dated."""
    results_days: dict[dt.date, tuple[int, DateMention]] = {}
    reported_in: dict[int, DateMention] = {}
    for where in sorted(dates_by_sentence):
        dates = dates_by_sentence[where]
        periods = [d for d in dates if d.precision in _RESULTS_PERIODS and names_its_results(form, d)]
        if len(periods) != 1:
            continue
        for day in dates:
            if day.precision == "day" and day.first_day is not None and (day.start, day.end) not in bases:
                results_days.setdefault(day.first_day, (where, periods[0]))
                reported_in[where] = periods[0]
            elif _a_month_results_come_in(day, periods[0], bases):
                reported_in[where] = periods[0]
    reported_by_pronoun = _reported_by_pronoun(form, sentences, dates_by_sentence, bases)
    if not reported_in and not reported_by_pronoun:
        return pairs, set()
    out, carried, left_behind = [], set(), []
    for where, date, figure in pairs:
        pronoun = reported_by_pronoun.get(where)
        if (pronoun is not None and date is pronoun[0] and figure is not None
                and figure.market_kind in EARNED_KINDS and figure.start > pronoun[0].end):
            out.append((where, pronoun[1], figure))  # the day keeps its row, once, though several figures leave it
            if not any(d is date for _, d in left_behind):
                left_behind.append((where, date))
            carried.add(id(figure))
            continue
        if date is None and figure is not None and _expected_of_the_results_before(form, sentences, where, figure,
                                                                                     reported_in):
            out.append((where, reported_in[where - 1], figure))
            carried.add(id(figure))
            continue
        told = results_days.get(date.first_day) if (figure is not None and date is not None and date.precision == "day"
                                                    and figure.market_kind in EARNED_KINDS) else None
        if told is None or told[0] >= where:
            out.append((where, date, figure))
            continue
        left_behind.append((where, date))
        out.append((where, told[1], figure))
        carried.add(id(figure))
    dating = {id(d) for _, d, _ in out if d is not None}
    out.extend((where, d, None) for where, d in left_behind if id(d) not in dating)
    return out, carried


_RESULTS_PERIODS = ("month", "quarter", "half", "year", "fiscal_year", "span")  # what a company reports results for


def _a_month_results_come_in(date: DateMention, period: DateMention, bases: dict) -> bool:
    """Is ``date`` the month still to come, or a part of it, a period's results are due in ("The company's next report,
    for the March quarter, is due in mid-May")?  What analysts expect in the sentence right after is then that period's
    forecast, as after a day told: no day's figure takes its month, so only that carry reads it."""
    return (date is not period and date.precision == "month" and date.future and date.first_day is not None
            and period.last_day is not None and date.first_day > period.last_day
            and (date.start, date.end) not in bases)


def _reported_by_pronoun(form: str, sentences: list[tuple[int, int]], dates_by_sentence: dict[int, list[DateMention]],
                         bases: dict) -> dict[int, tuple[DateMention, DateMention]]:
    """The sentences that tell the day a period's results come by a pronoun of the one period the sentence right before
    it in the same paragraph names ("The December quarter is the test. Alibaba reports it on Feb. 19, and analysts
    expect revenue of about 284 billion yuan": "it" is the quarter, carried_periods.tsv role=reports_it), each with
    that day and that period: a revenue or profit told after the day is the period's, as after "reports results for
    the December quarter on Feb. 19"."""
    found = {}
    for where, dates in dates_by_sentence.items():
        before = dates_by_sentence.get(where - 1, ())
        periods = [d for d in before if d.precision in _RESULTS_PERIODS and (d.start, d.end) not in bases]
        if where == 0 or len(periods) != 1 or len(before) != 1 or not _follows_in_its_paragraph(form, sentences, where):
            continue
        days = [d for d in dates if d.precision == "day" and (d.start, d.end) not in bases]
        if len(days) == 1 and _carried("reports_it", _REPORTS_IT).search(
                form, max(sentences[where][0], days[0].start - _REPORTS_IT_REACH), days[0].start):
            found[where] = (days[0], periods[0])
    return found


_REPORTS_IT_REACH = 40  # characters before the day where its verb and pronoun stand ("is due to report it ")


def _expected_of_the_results_before(form: str, sentences: list[tuple[int, int]], where: int, figure: MoneyMention,
                                    reported_in: dict[int, DateMention]) -> bool:
    """Is an undated revenue or profit told in a sentence that opens on what analysts expect (carried_periods.tsv
    role=expected) right after a sentence of its paragraph that names the day a period's results come?  Their forecast
    is of that period: "Kestrel reports third-quarter results on Thursday. Analysts expect revenue of $1.2 billion"."""
    return (figure.market_kind in EARNED_KINDS and where - 1 in reported_in
            and _follows_in_its_paragraph(form, sentences, where)
            and _carried("expected", _EXPECTED_OPENING).match(form, sentences[where][0], figure.start) is not None)


def _overtaken(form: str, start: int) -> bool:
    """Is the word of a forecast starting at ``start`` told in the past perfect ("Analysts had expected a profit of 380
    million crowns"), an expectation the results told before have overtaken (carried_periods.tsv role=overtaken)?"""
    return _carried("overtaken", _OVERTAKEN_BEFORE).search(form, max(0, start - _OVERTAKEN_REACH), start) is not None


_OVERTAKEN_REACH = 30  # characters before a forecast's word where its past perfect stands ("had on average")


@functools.cache
def _same_period() -> re.Pattern:
    """The words of a figure's clause, then a phrase that ties it to the period told before (carried_periods.tsv)."""
    words = {role: _carried_words(role) for role in ("phrase", "not_before")}
    # (a word may be the level a move went to: "rose 19% to $6.8 billion over the same period")
    return re.compile(rf"(?:\s+[^\s,;:()]+){{0,{_SAME_PERIOD_WORDS}}}?\s+(?:{words['phrase']})(?![\w-])"
                      rf"(?!\s+(?:{words['not_before']})(?![\w-]))", re.I)


_SAME_PERIOD_WORDS = 6  # words between a figure and "in the same period" ("£95 million to its owners in the same
                        # period")


def _lead_session_carried_on(form: str, sentences: list[tuple[int, int]],
                             pairs: list[tuple[int, DateMention | None, MoneyMention | None]],
                             dates_by_sentence: dict[int, list[DateMention]], bases: dict,
                             dateline: tuple[int, int] | None, published: dt.date | None) -> tuple[list, set[int]]:
    """A news agency's lead that tells a market's session on a past day ("NEW YORK (Feb 10) - Chip stocks had their
    worst day in a year on Monday ...") sets the stock and market moves and prices of the paragraph right after it,
    undated in a sentence that tells such a move and names no time of its own, at that day: that paragraph tells the
    session's figures ("Nvidia tumbled 11.2% to $152.40" is Monday's), not news of the day the story is dated.  A
    price told with no move ("is offering shares at between HK$27.80 and HK$30.20") is no session's, nor is one of
    another name beside a move ("plunged 14.5%, while Commerzbank traded at 12.40 euros").  Returns the pairs and the
    ids of the figures given the day so."""
    lead = _wire_lead(form, dateline)
    if lead is None or published is None:
        return pairs, set()
    told = [d for where, mentions in dates_by_sentence.items() for d in mentions
            if lead[0] <= sentences[where][0] < lead[1] and (d.start, d.end) not in bases]
    day = told[0] if len({d.when for d in told}) == 1 else None
    if not _past_day(day, published):
        return pairs, set()
    after = _paragraph_after(form, lead[1])
    # (a sentence of the paragraph that names a time of its own ends the session's reach: "fell 6.2% on Thursday,
    # after ... slid 4.8% on Wednesday. Baidu fell 3.9%" is Thursday's)
    timed = [where for where, mentions in dates_by_sentence.items()
             if after[0] <= sentences[where][0] < after[1] and _names_a_time(mentions, bases)]
    reach = min([sentences[where][0] for where in timed], default=after[1])
    moves_by_sentence: dict[int, list[MoneyMention]] = {}
    for where, _, figure in pairs:
        if figure is not None and _a_market_move(form, figure, sentences[where][0]):
            moves_by_sentence.setdefault(where, []).append(figure)
    market_moves = {id(move) for moves in moves_by_sentence.values() for move in moves}
    carried = set()
    for at, (where, date, figure) in enumerate(pairs):
        if date is None and figure is not None and where in moves_by_sentence \
                and after[0] <= sentences[where][0] < reach \
                and (id(figure) in market_moves or figure.market_kind in _LEVEL_KINDS
                     and _reached_by_a_move(form, figure, moves_by_sentence[where])) \
                and not moved_over_its_own_stretch(form, figure, dates_by_sentence.get(where, [])):
            pairs[at] = (where, day, figure)
            carried.add(id(figure))
    return pairs, carried


def _session_day_carried_on(form: str, sentences: list[tuple[int, int]],
                            pairs: list[tuple[int, DateMention | None, MoneyMention | None]],
                            dates_by_sentence: dict[int, list[DateMention]], bases: dict,
                            published: dt.date | None) -> tuple[list, set[int]]:
    """A sentence with no figure that tells a market's move on one past day ("Shares of Florida-based property insurers
    fell on Wednesday as the storm approached.") sets the stock and market moves of the sentence right after it in the
    same paragraph, undated and naming no time of its own, at that day: "Universal Insurance Holdings dropped 5.4% and
    HCI Group lost 3.8%." names the session's movers, not news of the day the story is dated.  Only the very next
    sentence, and only its moves: a later one may have gone on to another day or subject, and a price told alone is
    the level it stands at when the story is written.  Returns the pairs and the ids of the figures
    given the day so."""
    if published is None:
        return pairs, set()
    # (a company's move told in words alone, "Shares of Bank of America fell on Wednesday", tells the day as well)
    with_figures = {where for where, _, figure in pairs
                    if figure is not None and (figure.amount is not None or figure.percent is not None)}
    carried = set()
    for at, (where, date, figure) in enumerate(pairs):
        if date is not None or figure is None or not where or where - 1 in with_figures \
                or not _follows_in_its_paragraph(form, sentences, where) \
                or _names_a_time(dates_by_sentence.get(where, ()), bases) \
                or not _a_market_move(form, figure, sentences[where][0]) \
                or moved_over_its_own_stretch(form, figure, dates_by_sentence.get(where, [])):
            continue
        day = _session_day(form, sentences[where - 1], dates_by_sentence.get(where - 1, ()), bases, published)
        if day is not None:
            pairs[at] = (where, day, figure)
            carried.add(id(figure))
    return pairs, carried


def _session_day(form: str, sentence: tuple[int, int], mentions: Iterable[DateMention], bases: dict,
                 published: dt.date) -> DateMention | None:
    """The one past day a sentence tells a market's move on, its verb right before the day ("Shares of ... fell on
    Wednesday", "Bank stocks rallied sharply on Monday"); None when it names another time too."""
    told = [d for d in mentions if (d.start, d.end) not in bases]
    if len(told) != 1:
        return None
    day = told[0]
    return day if _past_day(day, published) and _session_move().search(form, sentence[0], day.start) else None


@functools.cache
def _session_move() -> re.Pattern:
    """A stock's or an index's name (kinds.tsv's "shares" row, its index row), then the verb of its move
    (movements.tsv) and a few words up to where the search ends, at the day told."""
    subjects = _kinds_row_words("shares", "index")
    moves = [w for w, (_, place) in lexicon().moves.items() if place in ("before", "both")]
    return re.compile(rf"(?i)(?<![\w-])(?:{escaped_alternation(subjects)})(?![\w-])"
                      rf"(?:\s+[^\s.;:]+){{0,{_SESSION_GAP}}}?"
                      rf"\s+(?:{escaped_alternation(moves)})(?![\w-])(?:\s+[^\s,;:]+){{0,3}}?\s*$")


# Words from a market's name to the verb of its move ("Shares of Florida-based property insurers fell").
_SESSION_GAP = 8


def _wire_lead(form: str, dateline: tuple[int, int] | None) -> tuple[int, int] | None:
    """The first paragraph when a news agency's dateline opens it and its words go on on the dateline's line."""
    if dateline is None:
        return None
    end = _line_end(form, dateline[1])
    return (dateline[0], end) if form[dateline[1]:end].strip() else None


def _paragraph_after(form: str, at: int) -> tuple[int, int]:
    """The next paragraph of text after ``at`` (the end of a line): its first line that is not blank."""
    start = _BLANKS.match(form, at).end()
    return start, _line_end(form, start)


_BLANKS = re.compile(r"\s*")


def _line_end(form: str, at: int) -> int:
    """Where the line holding ``at`` ends: its newline, or the end of the text."""
    end = form.find("\n", at)
    return len(form) if end < 0 else end


def _a_market_move(form: str, figure: MoneyMention, sentence_start: int) -> bool:
    """A move of a stock, a market's value or an index (a figure of no kind that moved, an index named before it in
    its sentence): a session's own figure; a dividend raised 10% is none."""
    if not figure.direction:
        return False
    if figure.market_kind in _MARKET_MOVE_KINDS:
        return True
    return figure.market_kind == "other" and _index_named().search(form, sentence_start, figure.start) is not None


_MARKET_MOVE_KINDS = STOCK_KINDS | {"market_value_change", "market_cap"}
# a stock's price or a company's market value: of the session only as the level one of its moves reaches
_LEVEL_KINDS = STOCK_KINDS | {"market_cap"}


def _reached_by_a_move(form: str, figure: MoneyMention, moves: list[MoneyMention]) -> bool:
    """Is a price or value the level a market move of its sentence reaches, in the move's own clause ("plunged 14.5%
    to 8.12 euros", "sank 9.3%, the most since March, to 41.10 francs", "tumbled 11.2%, closing at $152.40")?  A
    clause of another subject between them tells another's price, which the session's move does not reach ("plunged
    14.5%, while Commerzbank traded at 12.40 euros", "; the rival's shares ended at 128 francs")."""
    return any(lexicon().another_clause.search(form, min(move.end, figure.end), max(move.start, figure.start)) is None
               for move in moves)


def _levels_dated_as_their_moves(form: str, pairs: list[tuple[int, DateMention | None, MoneyMention | None]]
                                 ) -> list[tuple[int, DateMention | None, MoneyMention | None]]:
    """A stock's price right after its move in the move's own clause ("its shares closed up 3.2 per cent at 214p") is
    the level that day's move reached: when the move is dated to one day and the price to a longer period (one an
    earlier clause told, "revenue rose 11 per cent in the four weeks to August 24, and its shares closed up 3.2 per
    cent at 214p") or to none, the price takes the move's day.  A move over a stretch ("up 24% this year to HK$162")
    leaves the price alone: its level is of the day told."""
    out = list(pairs)
    for at in range(1, len(out)):
        where, date, figure = out[at]
        prior_where, move_date, move = out[at - 1]
        if (figure is None or move is None or prior_where != where or move_date is None
                or figure.market_kind not in _LEVEL_KINDS or figure.amount is None or figure.percent is not None
                or move.market_kind not in STOCK_KINDS or move.percent is None or move.end > figure.start
                or move_date.first_day is None or move_date.first_day != move_date.last_day
                or (date is not None and (date.first_day is None or date.first_day == date.last_day))
                or not _the_level_its_move_reached(form, move, figure)):
            continue
        out[at] = (where, move_date, figure)
    return out


def _the_level_its_move_reached(form: str, move: MoneyMention, figure: MoneyMention) -> bool:
    """Is the figure told right after the move as the level it went to or closed at ("up 3.2 per cent at 214p", "rose
    3% to $41.20": money/joins.tsv role=level), no base it is set against ("61% below the $37.80 they reached")?"""
    level = lexicon().level_before.search(form, move.end, figure.start)
    return level is not None and level.group("base") is None and not form[move.end:level.start()].strip()


@functools.cache
def _index_named() -> re.Pattern:
    """A word of the kinds.tsv row that names a stock index ("index", "Nikkei", "S&P 500")."""
    return re.compile(rf"(?i)(?<![\w-])(?:{escaped_alternation(_kinds_row_words('index'))})(?![\w-])")


def _kinds_row_words(*heads: str) -> list[str]:
    """Every word of the kinds.tsv rows that hold one of ``heads`` ("index": the row of every stock index's name)."""
    rows = [shared_forms(row["words"]) for row in load_table("money/kinds.tsv")]
    return [w for words in rows if set(heads) & set(words) for w in words]


def _bounds_of_sums_dropped(form: str, sentences: list[tuple[int, int]], index: SentenceIndex, bases: dict,
                            dates_by_sentence: dict[int, list[DateMention]],
                            figures_by_sentence: dict[int, list[MoneyMention]],
                            sums_dropped: list[MoneyMention]) -> list[tuple[int, int]]:
    """The bases found where an approximation opens a sum that makes no row and that no figure of its sentence comes
    before: with its sum dropped, "more than $10,000" would read as a plain number compared, but it sets itself against
    nothing, so the date after it is when it stood and keeps its row ("tickets for the final were listed at more than
    $10,000 over the weekend", as when the sum is a row: contract, "Comparisons")."""
    if not sums_dropped or not bases:
        return []
    out = []
    for span, stretch in bases.items():
        where = index.find(span[0])
        if where is None:
            continue
        sentence = sentences[where]
        for figure in sums_dropped:
            if not (stretch[0] <= figure.start < span[0] and sentence[0] <= figure.start):
                continue
            kept = figures_by_sentence.get(where, [])
            # (the scan for an approximation runs from the sentence's start: the cheap test of a figure before first)
            if (not any(sentence[0] <= other.start < figure.start for other in (*kept, *sums_dropped))
                    and (bound := approximation_before().search(form, sentence[0], figure.start)) is not None
                    and bound.start() <= stretch[0]):
                # read as the row it would be: a date of a comparison's shape stays its base ("more than $1.5 million
                # a year earlier")
                told = sorted([*kept, figure], key=lambda f: f.start)
                if span not in comparison_bases(form, {where: dates_by_sentence[where]}, {where: told}, sentences):
                    out.append(span)
                break
    return out


def _counted_back_from_sums_dropped(form: str, sentences: list[tuple[int, int]], index: SentenceIndex,
                                    dates_by_sentence: dict[int, list[DateMention]],
                                    figures_by_sentence: dict[int, list[MoneyMention]],
                                    sums_dropped: list[MoneyMention],
                                    bases: dict) -> dict:
    """The bases, counted back from now or from the time told, of the sums that make no row: such a date tells only
    when the sum stood, and makes no row either ("about A$220 million was bet on the race, down from A$235 million
    last year"); a date named by its month or year still tells when that level stood and stays a row."""
    compared: dict[int, list[MoneyMention]] = {}
    for figure in sums_dropped:
        where = index.find(figure.start)
        if where is not None and where in dates_by_sentence:
            compared.setdefault(where, list(figures_by_sentence.get(where, ()))).append(figure)
    if not compared:
        return {}
    for figures in compared.values():
        figures.sort(key=lambda f: f.start)
    found = comparison_bases(form, {where: dates_by_sentence[where] for where in compared}, compared, sentences)
    return {span: stretch for span, stretch in found.items() if span not in bases and counted_back(form, span[0])}


def _named_after_sums_dropped(form: str, sentences: list[tuple[int, int]], index: SentenceIndex, bases: dict,
                              figures_by_sentence: dict[int, list[MoneyMention]],
                              sums_dropped: list[MoneyMention]) -> list[tuple[int, int]]:
    """The bases named by their month or year (not counted back) whose comparison holds only a sum that makes no row:
    with no figure for it to date, the date tells when that level stood and keeps its row ("a dozen eggs cost $3.94,
    up from $3.20 in October", "down from 610 pesos in early December"; contract, "Comparisons"), as one told after a
    count does ("up from about 31 million in November")."""
    if not sums_dropped or not bases:
        return []
    out = []
    for span, (opens, _) in bases.items():
        where = index.find(span[0])
        if where is None or opens >= span[0] or counted_back(form, span[0]):
            continue
        if any(opens <= f.start < span[0] for f in figures_by_sentence.get(where, ())):
            continue
        if any(max(opens, sentences[where][0]) <= f.start and f.end <= span[0] for f in sums_dropped):
            out.append(span)
    return out


def _names_a_time(mentions: Iterable[DateMention], bases: dict) -> bool:
    """Does a sentence's date tell a time of its own (not a base, nor a record's open stretch "since April 2025")?"""
    return any((d.start, d.end) not in bases and not d.when.endswith("/..") for d in mentions)


def _past_period(date: DateMention | None, published: dt.date) -> bool:
    """Is ``date`` a month, quarter, half or year over by ``published`` (no day, which tells of a happening)?"""
    return date is not None and not date.future and date.precision in _CARRIED_PRECISIONS \
        and date.last_day is not None and date.last_day < published


_CARRIED_PRECISIONS = frozenset({"month", "quarter", "half", "year", "fiscal_year"})


def _past_day(date: DateMention | None, published: dt.date) -> bool:
    """Is ``date`` one day over by ``published``, a market session's that a story written later tells?"""
    return date is not None and not date.future and date.precision == "day" and date.last_day is not None \
        and date.last_day < published


def _told_again_key(figure: MoneyMention) -> tuple | None:
    """A revenue's or profit's value, the same however a headline and the story word it ("slides 38%", "fell 38%");
    None for other figures and a move in words ("doubled"), which has no value to be told again by."""
    value = abs(figure.percent) if figure.percent is not None else figure.amount
    if value is None or figure.market_kind not in EARNED_KINDS:
        return None
    return figure.market_kind, value, figure.currency if figure.percent is None else ""


def _entry_date(form: str, sentences: list[tuple[int, int]], where: int,
                dates_by_sentence: dict[int, list[DateMention]]) -> DateMention | None:
    """The date that opens the chronology entry a later sentence of its line belongs to ("* Sept 19, 2014 - Lists
    in New York. The $25 billion offering is the largest ..." : the offering is of Sept 19, 2014), else None.  Only a
    past entry: in a week ahead ("Tuesday: Xiaomi reports. Its shares have fallen 18% ...") the later sentences tell
    of now as often as of the day."""
    start = sentences[where][0]
    line = form.rfind("\n", max(0, start - _ENTRY_REACH), start)
    if line < 0 and start > _ENTRY_REACH:
        return None     # a line that long is no entry of a list
    first = where
    while first > 0 and sentences[first - 1][0] > line:
        first -= 1
    leading = dates_by_sentence.get(first) if first != where else None
    if not leading or leading[0].future or not opens_an_entry(form, leading[0].start, leading[0].end):
        return None
    return leading[0]


_ENTRY_REACH = 1000  # characters of an entry before one of its later sentences


def _section_date(form: str, sentences: list[tuple[int, int]], where: int,
                  dates_by_sentence: dict[int, list[DateMention]], published: dt.date | None,
                  heading_starts: list[int]) -> DateMention | None:
    """The past day alone on its line that heads the section of a log a sentence stands in, else None: a log's
    entries are told as of their section's day ("Tuesday / Shares of Corvane fall 7.4% ...", written on a Thursday,
    is Tuesday's).  Only lines of body text (ending a sentence) stand between; a heading of another kind ends the
    section.  A weekday alone heads a log's section only after a heading that names its day of the month ("Monday,
    Aug. 11"): alone, the days of a week ahead are more often the coming ones.  ``heading_starts``: where the dates
    alone on their line start, in order."""
    nearest = bisect.bisect_left(heading_starts, max(0, sentences[where][0] - SECTION_REACH))
    if nearest == len(heading_starts) or heading_starts[nearest] >= sentences[where][0]:
        return None
    heading, at = _heading_above(form, sentences, where, dates_by_sentence)
    if heading is None or published is None or heading.precision != "day" or heading.last_day is None \
            or heading.last_day >= published:
        return None
    if not _has_a_number(form, heading):
        before, _ = _heading_above(form, sentences, at, dates_by_sentence)
        if before is None or before.precision != "day" or not _has_a_number(form, before):
            return None
    return heading


def _has_a_number(form: str, date: DateMention) -> bool:
    """Does the date's text hold a digit ("Aug. 11", "Fourth Quarter 2025"; not "Monday", "September Quarter")?"""
    return any(c.isdigit() for c in form[date.start:date.end])


def _heading_above(form: str, sentences: list[tuple[int, int]], where: int,
                   dates_by_sentence: dict[int, list[DateMention]]) -> tuple[DateMention | None, int]:
    """The date alone on the nearest line above sentence ``where`` that ends no sentence, and its sentence's index
    (None when that line is another kind of heading, or none stands within reach)."""
    reach = max(0, sentences[where][0] - SECTION_REACH)
    end = form.rfind("\n", reach, sentences[where][0])
    while end > reach:
        start = form.rfind("\n", reach, end) + 1
        line = form[start:end].strip()
        end = start - 1
        if not line or line[-1] in SENTENCE_LINE_ENDS:
            continue
        return _date_on_line(sentences, where, dates_by_sentence, start,
                             lambda d: form[d.start:d.end] == line) or (None, where)
    return None, where


def _date_on_line(sentences: list[tuple[int, int]], where: int, dates_by_sentence: dict[int, list[DateMention]],
                  line_start: int, fits: Callable[[DateMention], bool]) -> tuple[DateMention, int] | None:
    """The first date that ``fits`` in the sentences before ``where`` that end past ``line_start`` (the line above
    it), and its sentence's index, else None."""
    for at in range(where - 1, -1, -1):
        if sentences[at][1] <= line_start:
            return None
        found = next((d for d in dates_by_sentence.get(at, ()) if fits(d)), None)
        if found is not None:
            return found, at
    return None


def _list_heading_date(form: str, sentences: list[tuple[int, int]], where: int,
                       dates_by_sentence: dict[int, list[DateMention]],
                       published: dt.date | None) -> DateMention | None:
    """The past period a short heading names over the bulleted list a sentence is an item of, else None: a
    results release lists each period's figures under its heading ("Fourth Quarter 2025 Highlights" over "- Revenue
    of $148.6 million, up 17%").  Only items and blank lines stand between; a period still running or to come
    heads an outlook, whose items are not all of it, and a day heads a log (``_section_date``); a period without its
    year ("September Quarter Financial Summary") labels a section more than it dates it."""
    start = sentences[where][0]
    line_start = form.rfind("\n", 0, start) + 1
    if LIST_ITEM_OR_DASH.match(form, line_start) is None or published is None:
        return None
    line = line_over_items(form, line_start - 1, max(0, start - _LIST_REACH),
                           lambda begin, _: LIST_ITEM_OR_DASH.match(form, begin) is not None, _HEADING_LINE_ENDS)
    if line is None:
        return None
    begin, end = line
    found = _date_on_line(sentences, where, dates_by_sentence, begin, lambda d: begin <= d.start and d.end <= end)
    if found is None:
        return None
    heading = found[0]
    if heading.precision == "day" or heading.future or heading.last_day is None or heading.last_day >= published \
            or not _has_a_number(form, heading):
        return None
    return heading


# A heading over a list may end in a colon ("Key numbers for fiscal 2025:"), no other mark that ends a sentence.
_HEADING_LINE_ENDS = SENTENCE_LINE_ENDS - {":"}
_LIST_REACH = 2000    # characters of a list above one of its items


def _alone_on_its_line(form: str, date: DateMention) -> bool:
    # (only the blanks on either side are read: a long line is not read whole for each date)
    told = form[date.start:date.end]
    if told != told.strip():
        return False
    before, after = date.start, date.end
    while before > 0 and form[before - 1] != "\n" and form[before - 1].isspace():
        before -= 1
    while after < len(form) and form[after] != "\n" and form[after].isspace():
        after += 1
    return (before == 0 or form[before - 1] == "\n") and (after == len(form) or form[after] == "\n")


def _quiet(step: str) -> None:
    pass


def _about(document: Document) -> dict:
    """The columns every row of a document shares."""
    return {"doc": document.doc, "title": document.title, "publisher": document.publisher,
            "published": document.published.isoformat() if document.published else "",
            "published_origin": document.published_origin, "url": document.url,
            "event_id": "", "importance": float("nan")}


def _row(about: dict, text: str, sentence: tuple[int, int], story, date_columns: dict, money_columns: dict,
         date: DateMention | None, figure: MoneyMention | None) -> dict:
    start, end = sentence
    return {**about, **date_columns, **money_columns,
            "excerpt": text[start:end], "char_start": start, "char_end": end,
            "headline": story.headline, "category": story.category, "actors": ";".join(story.actors),
            "mention_id": mention_id(about["doc"], start, date, figure), CORE: story.core}


# The words that tell a market ended its week right before the level it ended at (carried_periods.tsv week_close), a
# word of place or a move (week_close_between) or a percentage at most between ("ended the week at", "closed the week
# up 2% at").
_WEEK_CLOSE_BEFORE = r"(?<![\w-])(?:{words})\s+(?:(?:{between}|[\d.,]+%?)\s+){0,3}\Z"


@functools.cache
def _week_close() -> re.Pattern:
    return _carried("week_close", _WEEK_CLOSE_BEFORE.replace("{between}", _carried_words("week_close_between")))


def _a_close_of_the_week(form: str, sentence: tuple[int, int], figure: MoneyMention) -> bool:
    """Is ``figure``, in a sentence that names no date, the level a market ended its week at ("Copper ended the week
    at $5.92 a pound")?  The close is that of the week's last session, not of the day a weekend story is written."""
    return _week_close().search(form, sentence[0], figure.start) is not None


def _week_close_columns(published: dt.date | None) -> dict:
    """The date columns of a figure a week closed at (_a_close_of_the_week): the last Friday on or before
    ``published``, the week's last session, told by no words of the sentence (date_text empty)."""
    days_back = 0 if published is None else (published.isoweekday() - _FRIDAY) % 7
    if published is None or published.toordinal() <= days_back:     # no Friday before the calendar's first day
        return _date_columns(None, published)
    return _date_columns(None, published - dt.timedelta(days=days_back))


_FRIDAY = 5     # isoweekday


def _date_columns(date: DateMention | None, published: dt.date | None, carried: bool = False) -> dict:
    if date is None:
        # A figure without a date in its sentence is placed at its article's publication date.
        day = published.isoformat() if published else ""
        return {"when": day, "start": day, "end": day, "precision": "day" if day else "",
                "date_text": "", "date_start": None, "date_end": None, "timex_type": "", "timex_value": "",
                "date_mod": "", "date_status": "" if day else "unresolved", "future": False}
    if carried:
        # a period carried on from the sentence before places the figure; its sentence still names no date
        return {**_date_columns(date, published), "date_text": "", "date_start": None, "date_end": None,
                "timex_type": "", "timex_value": "", "date_mod": ""}
    return {
        "when": date.when,
        "start": date.first_day.isoformat() if date.first_day else "",
        "end": date.last_day.isoformat() if date.last_day else "",
        "precision": date.precision, "date_text": date.text, "date_start": date.start, "date_end": date.end,
        "timex_type": date.timex_type, "timex_value": date.timex_value, "date_mod": date.mod,
        "date_status": date.status, "future": date.future,
    }


_NO_FIGURE = {"market_kind": "", "amount": None, "currency": "", "amount_usd": None, "percent": None,
              "direction": "", "approx": "", "money_text": "", "money_start": None, "money_end": None,
              "subject": ""}


def _money_columns(figure: MoneyMention) -> dict:
    return {"market_kind": figure.market_kind, "amount": _number(figure.amount), "currency": figure.currency,
            "amount_usd": _number(figure.amount_usd), "percent": _number(figure.percent),
            "direction": figure.direction,
            "approx": figure.approx, "money_text": figure.text, "money_start": figure.start,
            "money_end": figure.end, "subject": figure.subject}


def _number(value: float | None) -> float | None:
    """None for a missing figure, NaN included (the table shows both as missing; linking wants None)."""
    return None if value is None or value != value else value


def mention_id(doc: str, sentence_start: int, date: DateMention | None, figure: MoneyMention | None) -> str:
    """Stable across runs and unaffected by other articles: a hash of what the row points at."""
    key = "|".join([doc, str(sentence_start),
                    f"{date.start}-{date.end}" if date else "",
                    f"{figure.start}-{figure.end}" if figure else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

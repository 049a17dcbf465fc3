"""One happening across many mentions: event ids, importance, and the events view.

**Merging.**  Two mentions report the same happening, and share an ``event_id``, when all of these hold:

1. both carry a date of their own (``date_text``); a mention placed only at its article's publication
   date, or not placed at all, stays alone (except with rows of its own sentence, see below);
2. their dates are *compatible*: one interval contains the other (``2020`` contains ``2020-11``; a span
   ``2018-10/2021-12`` contains ``2021``), their directional modifiers (``resources/story/date_mods.tsv``:
   ``by 2030`` vs ``in 2030``) agree, and an open span (``2020/..``) only meets the very same ``when``;
3. their figures do not contradict each other: same ``market_kind`` when both have one, same
   ``direction``, amounts within :data:`AMOUNT_TOLERANCE` (USD when both know it), percentages within
   :data:`PERCENT_TOLERANCE` points;
4. their words agree.  Key words are the words of the sentence once its linking words and attributions
   (``pipeline.story.core_span``), its date (and that date told again in the sentence: "the June quarter, the
   first three months"), its actors' names and the stop words (``stopwords.tsv``) are out, stemmed
   (``suffixes.tsv``): "cancellation" and "canceled" agree.  Names are the actors
   (media aside) and the proper nouns left among the key words ("Kopp", "Madrid", "IPO"; a month or weekday
   name stays a word, and a headline's capitalised word is shared as a word with another sentence's).  The evidence
   is: shared words + :data:`NAME_WEIGHT` x shared names + 1 for the same ``market_kind`` +
   :data:`FIGURE_WEIGHT` when both give a figure and the figures agree (rule 3); it must reach
   :data:`MIN_EVIDENCE`, plus one when both name someone and share no name, plus one when a date is
   wider than :data:`COARSE_DAYS` ("the early 1980s"); and at least one shared word or proper noun must
   be in the text (a shared actor and market kind alone, such as "Alibaba" and a share move, are not a
   happening).  So "the 2020 Ant Group IPO cancellation" and "the world's largest IPO was abruptly
   canceled by Chinese regulators" (Beijing) agree; "transformative developments by 2030" and
   "dominating AI race by 2030" do not.

Rows of one sentence with the same date (a date row and its figures) are one happening outright.
Candidate pairs are merged greedily, strongest evidence first (ties by mention ids), and two groups are
joined only if *every* pair across them passes 2 and 3: a group never holds incompatible dates, however
it was chained.  The ``event_id`` is ``ev-`` + the group's smallest ``mention_id``, so it depends on
neither row order nor counters, and adding an unrelated article changes no existing id.

**Cost.**  Near linear in the number of mentions.  Features (key words, dates, figures) are read once per
mention.  Mentions with equal features (the same sentence in copies of an article, a wire story printed
by several outlets) form one class, compared once with each other class.  Candidate pairs come from an
inverted index of each class's rarest keys, blocked by date (see :func:`_class_candidates`): it finds
every pair that can reach :data:`MIN_EVIDENCE` and few others.  Classes of up to :data:`_EXPAND_PAIRS`
member pairs are merged pair by pair, exactly as described above; larger ones (many copies) in one
step, which can differ from pair-by-pair merging only where a refusal (rule 2 or 3) depends on the order
in which their copies would have been joined.  The groups keep their members by date and figure, so a
join compares the few distinct ones.

**The event's date** is that of its most precise mention (narrowest interval; ties: a figure, more
actors, earlier publication, smaller mention id); that mention also gives the headline, excerpt and
figure.  Every source is kept.

**Importance** (``importance.tsv`` holds the weights): base + extra sources + extra mentions + figure +
market + actors (capped) + date precision + a weight per category (the reporter's own account ranks
lower), minus undated events.  It is a
default ranking the journalist overrides, not a verdict.  Every mention carries its event's score.
"""
from __future__ import annotations

import bisect
import collections
import contextlib
import datetime as dt
import functools
import gc
import itertools
import math
import re
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from pipeline import documents, story
from pipeline.dates import lexicon as date_lexicon
from pipeline.rules import RuleTableError, escaped_alternation, load_table, longest_first
from pipeline.sentences import matching_form

NAME_WEIGHT = 2             # a shared name (actor or proper noun) weighs as much as two shared words
FIGURE_WEIGHT = 2           # so does the same figure ("$2.8 billion" and "$2.9 billion" within tolerance)
MIN_EVIDENCE = 4            # shared words + NAME_WEIGHT x shared names + 1 for the same market kind + figure
COARSE_DAYS = 400            # a date wider than this (a decade, a long span) needs one more piece of evidence
AMOUNT_TOLERANCE = 0.10      # relative
PERCENT_TOLERANCE = 0.5      # percentage points

# The events view: one row per event.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "ev- + the smallest mention_id of the event's mentions"),
    ("when", "ISO 8601 date of the most precise mention (see schema `when`)"),
    ("start", "first day covered, YYYY-MM-DD; empty if not placed"),
    ("end", "last day covered, YYYY-MM-DD; empty if not placed or open-ended"),
    ("precision", "precision of that date (day, month, quarter, year, span ...)"),
    ("date_text", "the temporal expression of that mention, verbatim; empty if undated"),
    ("future", "that date is after its article's publication, or a forecast or plan"),
    ("headline", "short label of the most precise mention"),
    ("actors", "actors of all mentions, ';'-separated, most often named first"),
    ("category", "the category most of the mentions have (ties: the most precise mention's)"),
    ("market_kind", "kind of stock / valuation / money mention, if any mention has one"),
    ("amount", "figure of the first mention (most precise first) that has one; missing if none"),
    ("currency", "ISO 4217 code of amount"),
    ("amount_usd", "amount in US dollars when known"),
    ("percent", "signed percentage of the first mention that has one; missing if none"),
    ("direction", "up, down or empty"),
    ("has_figure", "some mention gives an amount or a percentage"),
    ("n_sources", "number of distinct articles (doc) reporting it"),
    ("n_mentions", "number of mentions (rows of the mentions table)"),
    ("sources", "the articles (doc), ';'-separated, sorted"),
    ("urls", "their URLs where known, ';'-separated, in the order of sources"),
    ("first_published", "earliest publication date among the sources; empty if none known"),
    ("mention_ids", "the mentions, ';'-separated, sorted"),
    ("excerpt", "the sentence of the most precise mention"),
    ("doc", "the article of the most precise mention"),
    ("importance", "ranking score (higher first); see the module docstring"),
)
EVENT_COLUMN_NAMES = tuple(name for name, _ in EVENT_COLUMNS)

_NEEDED = ("mention_id", "doc", "published", "url", "excerpt", "char_start", "char_end", "when", "start",
           "end", "precision", "date_text", "date_start", "date_end", "date_mod", "future", "market_kind",
           "amount", "currency", "amount_usd", "percent", "direction",
           "headline", "category", "actors")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


# -------------------------------------------------------------------------------------------- key words

@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("story/stopwords.tsv"))


@functools.lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[int, ...], dict[str, list[tuple[str, int]]]]:
    """(suffix lengths, longest first; suffix -> its (replacement, min_stem) rules in table order)."""
    rules: dict[str, list[tuple[str, int]]] = {}
    for r in load_table("story/suffixes.tsv"):
        rules.setdefault(r["suffix"], []).append((r["replacement"], int(r["min_stem"])))
    return tuple(sorted({len(suffix) for suffix in rules}, reverse=True)), rules


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem ("cancellation", "canceled" -> "cancel"); see resources/story/suffixes.tsv."""
    word = word.lower()
    lengths, rules = _suffixes()
    for length in lengths:
        if length > len(word):
            continue
        found = rules.get(word[len(word) - length:])
        rule = next((rule for rule in found if len(word) - length >= rule[1]), None) if found else None
        if rule is not None:
            word = word[: len(word) - length] + rule[0]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouys":
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> tuple[str, str] | None:
    """(lower case without "'s", stem) of a word as written, or None for a stop word or a letter."""
    lowered = word.lower()
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    if len(lowered) < 2 or lowered in _stopwords():
        return None
    return lowered, stem(lowered)


def key_words(sentence: str, *, skip: Iterable[tuple[int, int]] = (), actors: Iterable[str] = ()) -> frozenset[str]:
    """Stemmed content words of a sentence: what two reports of one happening share.

    ``skip``: spans of the sentence to leave out (its date); ``actors``: names whose words are left out
    (actors are compared on their own).  Proper nouns included (see :func:`_key_words`).
    """
    plain, proper = _key_words(sentence, tuple(sorted(skip)), tuple(sorted(set(actors))), None)
    return plain | proper


# Small on purpose: the mentions of one sentence come together; a large cache would serve the same sentence of
# another document too, which makes a corpus of repeated texts (the speed benchmark's) look faster than news runs.
# Where the extractor found the core of a row's sentence (story.SentenceStory.core): a key of the rows it makes,
# not a column of the table (a table read back has none, and the core is found again).
CORE = "core"


def _key_words(sentence: str, skip: tuple[tuple[int, int], ...], actors: tuple[str, ...],
               core: tuple[int, int] | None) -> tuple[frozenset[str], frozenset[str]]:
    """(plain words, proper nouns) of the sentence's core (``core``, or found here), stemmed; a proper noun is a
    capitalised word that does not open the sentence or a quotation ("Kopp", "Madrid", "IPO")."""
    return _key_words_and_runs(sentence, skip, actors, core)[:2]


@functools.lru_cache(maxsize=16)
def _key_words_and_runs(sentence: str, skip: tuple[tuple[int, int], ...], actors: tuple[str, ...],
                        core: tuple[int, int] | None) -> tuple[frozenset[str], frozenset[str], frozenset[tuple]]:
    """_key_words, and the pairs of key words (stems, in order) that stand side by side in the sentence, nothing but
    white space or a hyphen between them: the words of a name ("Kuala Lumpur"), which two sentences that share them
    share once (``_run_overcount``)."""
    form = matching_form(sentence)
    lo, hi = core if core is not None else _core_past_dateline(sentence, form)
    lo = _past_bare_dateline(form, lo, hi)
    pieces, at = [], lo
    for start, end in skip:
        start, end = max(start, lo), min(end, hi)
        if start > at:
            pieces.append((at, start))
        at = max(at, end)
    if at < hi:
        pieces.append((at, hi))
    names = _actor_words(actors)
    plain, proper, runs = set(), set(), set()
    word_key, calendar = _word_key, _calendar_words()
    for piece_start, piece_end in pieces:
        # The words as _WORD finds them, each with the run of non-letters after it (findall makes no match objects):
        # the run before a word but the first of its piece holds all that _opens would read back to the word before.
        before = previous = None
        last_key = None     # the stem of the word before, if it was a key word right before this one
        for word, after in _WORD_AND_GAP.findall(form, piece_start, piece_end):
            found = word_key(word)
            if found is not None and found[0] not in names:
                if word[0].isupper() and found[0] not in calendar and not (
                        _opens(form, lo, _WORD.search(form, piece_start, piece_end).start()) if before is None
                        else _gap_opens(before) and not _after_an_initial(previous, before)):
                    proper.add(found[1])
                else:
                    plain.add(found[1])
                if last_key is not None and last_key != found[1]:
                    runs.add((last_key, found[1]))
                last_key = found[1] if after.strip(" -") == "" else None
            else:
                last_key = None
            before, previous = after, word
    plain.update(_role_objects(form, pieces))
    return frozenset(plain), frozenset(proper - plain), frozenset(runs)


@functools.lru_cache(maxsize=1)
def _place_dateline() -> re.Pattern:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in load_table("story/place_datelines.tsv")))


def _past_bare_dateline(form: str, lo: int, hi: int) -> int:
    """Where the core starts past a dateline that names its place alone, no date and no agency (place_datelines.tsv):
    it says where the story was filed, as a news agency's does (_core_past_dateline), so its words are no evidence a
    row of that place shares ("HONG KONG — Alibaba reported ..." and "Hong Kong's benchmark index fell ...").  Only the words that link rows
    are read past it; the extractor reads the sentence as ``documents`` does."""
    at = lo
    while at < hi and form[at].isspace():
        at += 1
    found = _place_dateline().match(form, at, hi)
    return found.end() if found and found.end() < hi else lo


@functools.lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names as the dates engine's tables know them (dates/months.tsv, dates/weekdays.tsv), but the
    abbreviations that are also common words ("Sun", "Wed"): capitalised for the calendar, not for what happened, so
    they weigh as a plain word.  Two rows that share "March" (of another date of their sentences) or "Wednesday" (the
    day a thing was said) do not name one actor or place as two that share "Kopp" or "Madrid" do."""
    tables = (date_lexicon.months(), date_lexicon.weekdays())
    return frozenset(name for table in tables for name, (_, ambiguous, abbreviation) in table.items()
                     if not (ambiguous and abbreviation))


def _core_past_dateline(sentence: str, form: str) -> tuple[int, int]:
    """The core of a sentence read back from a table (no core found by the extractor), read past a news agency's
    dateline that opens it (wire_datelines.tsv), as the extractor reads it: "HANGZHOU, Sept 10 (Reuters) - Wu told
    staff ..." says where and when the story was filed, so "Hangzhou" and "Sept" are no words a later row of
    Hangzhou or of September shares with it."""
    wire = documents.wire_dateline_end(form)
    if not wire or wire >= len(form) or not form[wire:].strip():
        return story.core_span(sentence, form=form)
    lo, hi = story.core_span(sentence[wire:], form=form[wire:])
    return lo + wire, hi + wire


@functools.lru_cache(maxsize=1)
def _role_object_pattern() -> re.Pattern:
    titles = {row["title"].lower() for row in load_table("story/person_titles.tsv")
              if row["apposition"] == "yes" and not row["title"].endswith(".")}
    triggers = (row["words"].lower() for row in load_table("story/role_objects.tsv"))
    title = escaped_alternation(longest_first(titles))
    lead = escaped_alternation(longest_first(triggers))
    determiner = escaped_alternation(longest_first(story._determiners()))
    return re.compile(rf"(?i)\b(?:{lead})\s+(?:(?:{determiner})\s+)?"
                      rf"((?:{title})(?:\s+(?:{title}))*)\b(?![-'])")


def _role_objects(form: str, pieces: list[tuple[int, int]]) -> set[str]:
    """Stems of the title right after a word that makes it the happening (role_objects.tsv): titles are stop words
    as they mostly say who spoke, but "will become executive chairman" and "his term as executive chairman ends"
    report one change of role."""
    out = set()
    for piece_start, piece_end in pieces:
        for m in _role_object_pattern().finditer(form, piece_start, piece_end):
            out.update(stem(word.lower()) for word in m[1].split())
    return out


# A word of _WORD and the non-letters up to the next: the next word starts where they end, as _WORD finds it
# (a word ends with a letter and starts at the first letter after it).
_WORD_AND_GAP = re.compile(rf"({_WORD.pattern})([^A-Za-z]*)")
_OPENERS = '"(:.?!-'


def _gap_opens(gap: str) -> bool:
    """_opens for a word after ``gap``, the non-letters since the word before: its last mark that is no white
    space, if any, else the letter that ends the word before (no opener)."""
    gap = gap.rstrip()
    return bool(gap) and gap[-1] in _OPENERS


def _after_an_initial(word: str, gap: str) -> bool:
    """Is ``gap`` the dot of an initial, one capital letter (``word``) and a dot ("S. Korea", "U.S. Treasury")?  A
    sentence is already split, so that dot opens no sentence and the capitalised word after it is a name, as it is in
    "South Korea" of a headline's lead; a clock's "p.m. Wednesday" is no initial, and its weekday no name."""
    return len(word) == 1 and word.isupper() and gap.rstrip() == "."


def _opens(form: str, lo: int, at: int) -> bool:
    """Does the word at ``at`` open the core (from ``lo``), a quotation, a parenthesis or a clause after
    a colon or a dash?  Only white space may stand between it and the mark."""
    at -= 1
    while at >= lo and form[at].isspace():
        at -= 1
    return at < lo or form[at] in _OPENERS


@functools.lru_cache(maxsize=4096)
def _actor_words(actors: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(story.actor_name_words(a) for a in actors))


# ---------------------------------------------------------------------------------------- compatibility

@dataclass(slots=True)
class _Mention:
    row: int                        # position in the frame
    mention_id: str
    doc: str
    sentence: tuple[str, int, int]  # doc, char_start, char_end
    when: str
    first: dt.date | None
    last: dt.date | None            # None when open-ended
    mod: str
    dated: bool                     # has a date of its own
    words: frozenset[str] = frozenset()     # plain key words
    names: frozenset[str] = frozenset()     # actors (media aside) and proper nouns
    actors: frozenset[str] = frozenset()
    date_words: frozenset[str] = frozenset()    # the key words of the noun its date closes with
    runs: frozenset[tuple] = frozenset()        # key words side by side in its sentence (_key_words_and_runs)
    first_line: bool = False                    # its sentence opens the article: the headline, in title case maybe
    market_kind: str = ""
    amount: float | None = None
    currency: str = ""
    amount_usd: float | None = None
    percent: float | None = None
    direction: str = ""


@functools.lru_cache(maxsize=1)
def _directional_mods() -> frozenset[str]:
    return frozenset(r["mod"] for r in load_table("story/date_mods.tsv") if r["directional"] == "yes")


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dates_compatible(a_start: str, a_end: str, a_when: str, b_start: str, b_end: str, b_when: str,
                     a_mod: str = "", b_mod: str = "") -> bool:
    """Can two dates be the same happening's?  One interval contains the other, directional modifiers
    agree, and an open-ended span (empty end) only meets the same ``when``."""
    first_a, last_a, first_b, last_b = _day(a_start), _day(a_end), _day(b_start), _day(b_end)
    return _compatible(first_a, last_a, a_when, a_mod, first_b, last_b, b_when, b_mod)


def _compatible(first_a, last_a, when_a, mod_a, first_b, last_b, when_b, mod_b) -> bool:
    if first_a is None or first_b is None:
        return False
    directional = _directional_mods()
    if (mod_a in directional or mod_b in directional) and mod_a != mod_b:
        return False
    if last_a is None or last_b is None:
        return when_a == when_b
    return (first_a <= first_b and last_b <= last_a) or (first_b <= first_a and last_a <= last_b)


def _dates_ok(a: _Mention, b: _Mention) -> bool:
    return _compatible(a.first, a.last, a.when, a.mod, b.first, b.last, b.when, b.mod)


def _figures_ok(a: _Mention, b: _Mention) -> bool:
    if a.market_kind and b.market_kind and a.market_kind != b.market_kind:
        return False
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if a.percent is not None and b.percent is not None and abs(a.percent - b.percent) > PERCENT_TOLERANCE:
        return False
    pair = None
    if a.amount_usd is not None and b.amount_usd is not None:
        pair = (a.amount_usd, b.amount_usd)
    elif a.amount is not None and b.amount is not None and a.currency == b.currency:
        pair = (a.amount, b.amount)
    if pair and max(pair) > 0 and abs(pair[0] - pair[1]) > AMOUNT_TOLERANCE * max(abs(pair[0]), abs(pair[1])):
        return False
    if a.amount is not None and b.amount is not None and a.currency and b.currency and pair is None:
        return False  # two currencies and no common USD figure: cannot tell they agree
    return True


def _evidence(a: _Mention, b: _Mention) -> float:
    """How strongly two mentions look like one happening; 0 when they may not merge."""
    shared, shared_names = a.words & b.words, a.names & b.names
    if a.first_line != b.first_line:
        shared = shared | _crossed(a.words, a.names, b.words, b.names)
    if a.when != b.when and (a.date_words or b.date_words):
        # "the 2024/25 season" and "by the end of the season" of another date: two seasons
        shared, shared_names = shared - a.date_words - b.date_words, shared_names - a.date_words - b.date_words
    shared_words = len(shared)
    textual = shared_words + len(shared_names - a.actors - b.actors)
    if textual == 0:
        return 0.0  # actors and a market kind alone ("Alibaba", a share move) do not make one happening
    score = (shared_words + NAME_WEIGHT * len(shared_names) - _run_overcount(a.runs & b.runs, shared_names)
             + (1 if a.market_kind and a.market_kind == b.market_kind else 0)
             + (FIGURE_WEIGHT if _same_figure(a, b) else 0))
    needed = MIN_EVIDENCE
    if a.names and b.names and not shared_names:
        needed += 1  # both say who or where, and they differ
    if _coarse(a, b):
        needed += 1  # "the early 1980s" holds many happenings
    if score < needed or not _dates_ok(a, b) or not _figures_ok(a, b):
        return 0.0
    return float(score)


def _run_overcount(runs: frozenset[tuple], shared_names: frozenset[str]) -> int:
    """What the names of a run side by side in both sentences (``runs``) counted beyond one name: the words of one
    name say one thing, not several ("talks in Kuala Lumpur" and "Kuala Lumpur's benchmark index" share one place).
    Plain words shared side by side still count each: a headline and its lead share their phrasing word for word
    ("Minimum wage for cleaners to rise" and "the minimum wage for cleaners will rise")."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        while parent.get(word, word) != word:
            word = parent[word]
        return word

    joined = 0
    for first, second in runs:
        if first in shared_names and second in shared_names and find(first) != find(second):
            parent[find(first)] = find(second)
            joined += 1
    return NAME_WEIGHT * joined


def _crossed(words_a: frozenset[str], names_a: frozenset[str], words_b: frozenset[str],
             names_b: frozenset[str]) -> set[str]:
    """Words a name on one side and a plain word on the other.  Counted only between a headline (the article's first
    line) and another sentence: a headline capitalises by its style, in title case or after a wire's tag ("(LEAD)
    Minimum wage to rise" and "the minimum wage will rise"; "Offers to Buy Back Shares" and its lead's "is offering to
    buy back shares"), so its word is shared as a plain word; in running text a capital tells a name from a word
    ("Ardent Mining" and "mine supply")."""
    return (words_a & names_b) | (names_a & words_b)


def _same_figure(a: _Mention, b: _Mention) -> bool:
    """Both give a figure and the figures agree (``_figures_ok`` has ruled out disagreement)."""
    if a.amount_usd is not None and b.amount_usd is not None:
        return True
    if a.amount is not None and b.amount is not None and a.currency == b.currency:
        return True
    return a.percent is not None and b.percent is not None


def _coarse(a: _Mention, b: _Mention) -> bool:
    if a.when == b.when:
        return False
    widths = [(m.last - m.first).days for m in (a, b) if m.first and m.last]
    return bool(widths) and max(widths) > COARSE_DAYS


# ------------------------------------------------------------------------------------------- clustering

def _float(value) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _check_columns(mentions: pd.DataFrame) -> None:
    if not isinstance(mentions, pd.DataFrame):
        raise TypeError(f"mentions must be a pandas DataFrame, not {type(mentions).__name__}")
    missing = [c for c in _NEEDED if c not in mentions.columns]
    if missing:
        raise ValueError(f"the mentions table lacks columns: {', '.join(missing)} (see pipeline/schema.py)")
    ids = mentions["mention_id"].astype(str)
    if (ids == "").any():
        raise ValueError("every mention needs a mention_id")
    if ids.duplicated().any():
        raise ValueError(f"mention_id {ids[ids.duplicated()].iloc[0]!r} is not unique")


_NUMBERS = ("char_start", "char_end", "date_start", "date_end", "amount", "amount_usd", "percent")


def _clean(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _rows(frame: pd.DataFrame) -> list[dict]:
    """The needed columns as plain dicts, texts as str ("" when missing), numbers as float or None
    (column by column: much faster than DataFrame.to_dict on wide tables)."""
    columns = {}
    for name in _NEEDED:
        values = frame[name].tolist()
        if name == "future":
            columns[name] = [bool(v) if not isinstance(v, str) else v.strip().lower() in ("true", "1", "yes")
                             for v in values]
        elif name in _NUMBERS:
            columns[name] = [_float(v) for v in values]
        else:
            columns[name] = [_clean(v) for v in values]
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


# A year, alone or named by two ("2024", "2024/25"), that a noun of tense.tsv kind year_noun may close a date text
# after.
_A_YEAR = re.compile(r"\b\d{4}(?:[/-]\d\d(?:\d\d)?)?")


def _date_words_end(date_text: str) -> int:
    """Where the date's own words end in ``date_text``: before the noun a year takes after it ("the 2024/25 season",
    the date "the 2024/25", the noun "season"; the dates engine's year_noun words), which says what the sentence is
    about as it would outside the date, so a headline's "wins flu orders for 2026-27 season" and its lead's "orders
    ... for the 2026-27 flu season" share it; it is shared only by two mentions of the same date (``_evidence``), as
    "the season" of another date is another season."""
    low = date_text.lower()
    noun = date_lexicon.told_right_after("year_noun")
    return next((year.end() for year in _A_YEAR.finditer(low) if noun.fullmatch(low, year.end())), len(date_text))


def _dates_told_again(rows: list[dict]) -> dict[tuple[str, int, str], list[tuple[int, int]]]:
    """(doc, sentence start, when) -> the spans of the sentence's dates of that value.  A date the sentence tells
    twice ("in the June quarter, the first three months of its fiscal year") is the row's own date told again: its
    words are left out like the own date's, so a month of it ("June") is no name another row of that month shares."""
    out: dict[tuple[str, int, str], list[tuple[int, int]]] = {}
    for row in rows:
        if row["date_text"] and row["date_start"] is not None and row["date_end"] is not None:
            span = (int(row["date_start"]), int(row["date_end"]))
            found = out.setdefault((row["doc"], int(row["char_start"] or 0), row["when"]), [])
            if span not in found:
                found.append(span)
    return out


def _records(rows: list[dict], *, with_words: bool = True) -> list[_Mention]:
    out = []
    media = story.media_names()
    # Dates and lists of actors recur from row to row: each is read once per call.
    days: dict[str, dt.date | None] = {"": None}
    casts: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}   # actors cell -> (non-media, all sorted)
    told_again = _dates_told_again(rows) if with_words else {}
    for position, row in enumerate(rows):
        start = int(row["char_start"] or 0)
        start_text, end_text = row["start"], row["end"]
        first = days[start_text] if start_text in days else days.setdefault(start_text, _day(start_text))
        last = days[end_text] if end_text in days else days.setdefault(end_text, _day(end_text))
        cell = row["actors"]
        cast = casts.get(cell)
        if cast is None:
            names = frozenset(cell.split(";")) - {""}
            cast = casts[cell] = (names - media, tuple(sorted(names)))
        kept, actors = cast
        dated = bool(row["date_text"]) and first is not None
        words = proper = date_words = runs = frozenset()
        if with_words and dated:  # only dated mentions are compared by their words
            # The date is compared on its own; the figure's words ("IPO", "stock") stay: they say what happened.
            skip = ()
            if row["date_start"] is not None and row["date_end"] is not None:
                date_start, date_end = int(row["date_start"]), int(row["date_end"])
                noun_start = min(date_end, date_start + _date_words_end(row["date_text"]))
                skip = tuple(sorted(((date_start - start, noun_start - start),) + tuple(
                    (a - start, b - start) for a, b in told_again.get((row["doc"], start, row["when"]), ())
                    if (a, b) != (date_start, date_end))))
                if noun_start < date_end:
                    date_words = frozenset().union(*_key_words(
                        row["excerpt"], ((0, noun_start - start), (date_end - start, 1 << 30)), actors, row.get(CORE)))
            words, proper, runs = _key_words_and_runs(row["excerpt"], skip, actors, row.get(CORE))
        out.append(_Mention(
            row=position, mention_id=row["mention_id"], doc=row["doc"],
            sentence=(row["doc"], start, int(row["char_end"] or 0)),
            when=row["when"], first=first, last=last, mod=row["date_mod"], dated=dated,
            words=words, names=proper | kept, actors=kept, date_words=date_words & (words | proper), runs=runs,
            first_line=start == 0,
            market_kind=row["market_kind"], amount=row["amount"], currency=row["currency"],
            amount_usd=row["amount_usd"], percent=row["percent"], direction=row["direction"]))
    return out


# Candidates.  Two mentions can only merge when their weighted overlap (shared words + NAME_WEIGHT x shared
# names) reaches MIN_EVIDENCE less what a figure and a market kind can add.  Keys (words and names) are put in
# one global order, rarest first; if two mentions overlap that much, the first key they share lies, for
# each of them, before its last keys worth less than that overlap (the "prefix filter" of set-similarity
# joins).  So only keys in those prefixes are indexed and probed, blocked by year: the frequent words that
# make the big blocks drop out, and no pair that could merge is missed.

def _features(m: _Mention) -> tuple:
    """Everything that decides whether a mention merges with another: equal features, interchangeable."""
    return (m.when, m.first, m.last, m.mod, m.words, m.names, m.actors, m.date_words, m.runs, m.first_line,
            m.market_kind, m.amount, m.currency, m.amount_usd, m.percent, m.direction)


def _classes(records: list[_Mention]) -> list[list[int]]:
    """The dated mentions, grouped by equal features (the same sentence in copies of one article, a wire
    story printed by several outlets), each class in mention_id order."""
    by_features: dict[tuple, list[int]] = {}
    for m in records:
        if m.dated:
            by_features.setdefault(_features(m), []).append(m.row)
    classes = list(by_features.values())
    for members in classes:
        members.sort(key=lambda i: records[i].mention_id)
    return classes


class _DateIndex:
    """Classes by prefix key and date: which of them a date contains, or share its open span.  A small
    index (a figure's bucket) skips the keys: its few classes are all compared."""

    _SMALL = 16

    def __init__(self, reps: list[_Mention], prefixes: dict[int, list], firsts: list[int],
                 lasts: list[int | None]):
        self.whens = {number: reps[number].when for number in prefixes}
        self.small = len(prefixes) <= self._SMALL
        if self.small:
            prefixes = {number: [None] for number in prefixes}
        self.open: dict[str, dict] = {}   # when -> key -> open-ended classes
        self.blocks: dict = {}   # key -> (first days, classes), by first day
        blocks = self.blocks
        # filed in order of first day (ties: class number), every block comes out in order: no sort per key
        for number in sorted(prefixes, key=lambda n: (firsts[n], n)):
            prefix = prefixes[number]
            if lasts[number] is None:
                same = self.open.setdefault(reps[number].when, {})
                for key in prefix:
                    same.setdefault(key, []).append(number)
                continue
            first = firsts[number]
            for key in prefix:
                block = blocks.get(key)
                if block is None:
                    blocks[key] = ([first], [number])
                else:
                    block[0].append(first)
                    block[1].append(number)

    def meet(self, met: set[int], prefix: list, first: int, last: int | None, when: str) -> None:
        if self.small:
            prefix = (None,)
        blocks = self.blocks
        if last is not None:   # the dates that start within this one (containment is checked later)
            for key in prefix:
                block = blocks.get(key)
                if block is not None:
                    starts, numbers = block
                    met.update(numbers[bisect.bisect_left(starts, first):bisect.bisect_right(starts, last)])
        else:                  # an open span meets only the same span
            whens = self.whens
            for key in prefix:
                block = blocks.get(key)
                if block is not None:
                    met.update(number for number in block[1] if whens[number] == when)
        same = self.open.get(when) if self.open else None
        if same:
            for key in prefix:
                met.update(same.get(key, ()))


def _date_indexes(reps: list[_Mention], entries: dict[int, list[tuple]], firsts: list[int],
                  lasts: list[int | None]) -> dict:
    """A :class:`_DateIndex` per group, from (group, prefix) entries of each class."""
    grouped: dict = {}
    for number, found in entries.items():
        for group, prefix in found:
            grouped.setdefault(group, {})[number] = prefix
    return {group: _DateIndex(reps, prefixes, firsts, lasts) for group, prefixes in grouped.items()}


def _prefix(keys: list, needed: int) -> list:
    """The words of the keys before the last ones that together weigh less than ``needed``."""
    cut, tail = len(keys), 0
    while cut and tail + _KEY_WEIGHT[keys[cut - 1][0]] < needed:
        cut -= 1
        tail += _KEY_WEIGHT[keys[cut][0]]
    return [key[1] for key in keys[:cut]]


_KEY_WEIGHT = (1, NAME_WEIGHT)  # a key is (0, word) or (1, name)


def _figure_buckets(m: _Mention) -> list[tuple] | None:
    """Buckets of the mention's figures: two figures that agree (``_figures_ok``) fall in the same bucket
    or in neighbouring ones.  None for a figure that is not a finite number (it is compared with all)."""
    out = []
    for kind, value in (("usd", m.amount_usd), (f"amount {m.currency}", m.amount), ("percent", m.percent)):
        if value is None:
            continue
        if not math.isfinite(value):
            return None
        if kind == "percent":
            out.append((kind, math.floor(value / _PERCENT_BUCKET)))
        else:   # amounts agree within a ratio: buckets of log(amount); zero and below agree with each other
            out.append((kind, math.floor(math.log(value) / _AMOUNT_BUCKET) if value > 0 else None))
    return out


_AMOUNT_BUCKET = -math.log(1 - AMOUNT_TOLERANCE) * 1.001   # a little wider than the tolerance: rounding
_PERCENT_BUCKET = PERCENT_TOLERANCE * 1.001


def _neighbours(bucket: tuple) -> tuple[tuple, ...]:
    kind, number = bucket
    return (bucket,) if number is None else ((kind, number - 1), bucket, (kind, number + 1))


def _class_candidates(reps: list[_Mention]) -> list[tuple[int, int]]:
    """Pairs of classes (by their representatives) that may reach MIN_EVIDENCE: one date contains the
    other (or both are the same open span), they share a key in both prefixes, and their overlap plus
    what their market kinds and figures could add reaches MIN_EVIDENCE.

    Three indexes, for the three ways a pair can reach MIN_EVIDENCE: with its keys alone (prefixes for
    MIN_EVIDENCE); with one more for the same market kind (prefixes for MIN_EVIDENCE - 1, under the market
    kind); with FIGURE_WEIGHT more for figures that agree (shorter prefixes, under the figure's bucket)."""
    # A key is ordered and indexed by its word alone, so a name and the same plain word of another class meet
    # (_crossed); each side's prefix weighs it as its own kind, at least what the pair's overlap counts it.
    keys = [[(0, w) for w in rep.words] + [(1, n) for n in rep.names] for rep in reps]
    frequency = collections.Counter(key[1] for found in keys for key in found)
    for found in keys:
        found.sort(key=lambda key: (frequency[key[1]], key[1]))
    buckets = [_figure_buckets(rep) for rep in reps]
    # for each index: class -> [(group it is filed under, prefix)]; (group, near groups) say where to probe
    plain = {number: [(None, _prefix(found, MIN_EVIDENCE))] for number, found in enumerate(keys)}
    market = {number: [(rep.market_kind, _prefix(keys[number], MIN_EVIDENCE - 1))]
              for number, rep in enumerate(reps) if rep.market_kind}
    figure = {}
    for number, rep in enumerate(reps):
        if buckets[number]:
            needed = max(1, MIN_EVIDENCE - FIGURE_WEIGHT - (1 if rep.market_kind else 0))
            figure[number] = [(bucket, _prefix(keys[number], needed)) for bucket in buckets[number]]
    firsts = [rep.first.toordinal() for rep in reps]
    lasts = [rep.last.toordinal() if rep.last else None for rep in reps]
    probes: list[tuple[_DateIndex, list]] = [[] for _ in reps]
    for entries, near in ((plain, None), (market, None), (figure, _neighbours)):
        by_group = _date_indexes(reps, entries, firsts, lasts)
        for number, found in entries.items():
            probes[number] += [(by_group[other], prefix) for group, prefix in found
                               for other in (near(group) if near else (group,)) if other in by_group]
    odd = {number for number, found in enumerate(buckets) if found is None}   # compared with every class
    all_words = [rep.words for rep in reps]
    all_names = [rep.names for rep in reps]
    kinds = [rep.market_kind for rep in reps]
    has_figure = [found is None or bool(found) for found in buckets]
    mets: list[set[int]] = []
    for number, rep in enumerate(reps):
        met: set[int] = set(range(len(reps))) if number in odd else set(odd)
        first, last, when = firsts[number], lasts[number], rep.when
        for index, prefix in probes[number]:
            index.meet(met, prefix, first, last, when)
        met.discard(number)
        mets.append(met)
    pairs: set[tuple[int, int]] = set()
    for number, rep in enumerate(reps):
        words, names, kind, figured = rep.words, rep.names, rep.market_kind, has_figure[number]
        for other in mets[number]:
            if other < number and number in mets[other]:
                continue   # the pair was weighed from the other side (the test is symmetric)
            overlap = (len(words & all_words[other]) + NAME_WEIGHT * len(names & all_names[other])
                       + len(_crossed(words, names, all_words[other], all_names[other])))
            if overlap >= MIN_EVIDENCE:
                pairs.add((number, other) if number < other else (other, number))
            elif overlap and (kind or figured):
                bonus = ((1 if kind and kind == kinds[other] else 0)
                         + (FIGURE_WEIGHT if figured and has_figure[other] else 0))
                if overlap + bonus >= MIN_EVIDENCE and _figures_ok(rep, reps[other]):
                    pairs.add((number, other) if number < other else (other, number))
    return sorted(pairs)


_EXPAND_PAIRS = 64   # classes whose pairs of mentions are at most this many are merged pair by pair


def _merge_order(records: list[_Mention], classes: list[list[int]]) -> list[tuple]:
    """Merges to try, strongest evidence first (ties: the mention ids).  A pair of mentions is
    ``(-evidence, id, id, 0, row, row)``; a pair of large classes (many copies of the same sentences) is one
    step ``(-evidence, id, id, 1, class, class)``, so copies cost what one article costs."""
    reps = [records[members[0]] for members in classes]
    steps = []
    seen: dict[int, list[tuple]] = {}   # class -> its (row, sentence, mention_id): read once, not per pair
    candidates = list(_class_candidates(reps))
    candidates += [(number, number) for number, members in enumerate(classes) if len(members) > 1]
    for i, j in candidates:
        evidence = _evidence(reps[i], reps[j])
        if evidence <= 0:
            continue
        first, second = classes[i], classes[j]
        if len(first) * len(second) > _EXPAND_PAIRS:
            ids = sorted((records[first[0]].mention_id, records[second[0]].mention_id))
            if i == j:
                ids = [records[first[0]].mention_id, records[first[1]].mention_id]
            steps.append((-evidence, *ids, 1, i, j))
            continue
        for number in (i, j):
            if number not in seen:
                seen[number] = [(x, records[x].sentence, records[x].mention_id) for x in classes[number]]
        for x, sentence, id_x in seen[i]:
            for y, other, id_y in seen[j]:
                if (i == j and x >= y) or sentence == other:
                    continue  # rows of one sentence are grouped outright
                a, b = (x, y) if x < y else (y, x)
                steps.append((-evidence, id_x, id_y, 0, a, b) if id_x < id_y else (-evidence, id_y, id_x, 0, a, b))
    steps.sort()
    return steps


def _compat_key(m: _Mention) -> tuple:
    """What decides whether two mentions may be in one event (rules 2 and 3)."""
    return (m.first, m.last, m.when, m.mod, m.market_kind, m.direction, m.percent, m.amount_usd, m.amount,
            m.currency)


class _Groups:
    """Union-find whose unions are refused when any pair across the two groups is incompatible.

    Each group keeps its members by compatibility key, so a union compares the few distinct keys of the two
    groups rather than every pair of members."""

    def __init__(self, records: list[_Mention]):
        self.records = records
        self.parent = list(range(len(records)))
        self.members = {i: [i] for i in range(len(records))}
        self.kinds: dict[int, dict[int, list[int]]] = {}
        self.verdicts: dict[tuple[int, int], bool] = {}
        self.key_numbers: dict[tuple, int] = {}   # compatibility key -> a number: a pair of numbers hashes fast

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _kinds(self, root: int) -> dict[int, list[int]]:
        kinds = self.kinds.get(root)
        if kinds is None:
            kinds = {}
            numbers = self.key_numbers
            for i in self.members[root]:
                key = _compat_key(self.records[i])
                kinds.setdefault(numbers.setdefault(key, len(numbers)), []).append(i)
            self.kinds[root] = kinds
        return kinds

    def _compatible(self, ra: int, rb: int) -> bool:
        records, verdicts = self.records, self.verdicts
        kinds_b = self._kinds(rb).items()
        for key_a, xs in self._kinds(ra).items():
            for key_b, ys in kinds_b:
                verdict = verdicts.get((key_a, key_b))
                if verdict is None:
                    x, y = records[xs[0]], records[ys[0]]
                    verdict = _dates_ok(x, y) and _figures_ok(x, y)
                    verdicts[(key_a, key_b)] = verdicts[(key_b, key_a)] = verdict
                if verdict:
                    continue
                for i in xs:  # rows of one sentence with the same date may disagree (a date row and its figures)
                    for j in ys:
                        x, y = records[i], records[j]
                        if not (x.sentence == y.sentence and x.when == y.when):
                            return False
        return True

    def join(self, a: int, b: int, *, check: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if check and not self._compatible(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        if ra in self.kinds or rb in self.kinds:
            kinds = self._kinds(ra)
            for key, found in self._kinds(rb).items():
                kinds.setdefault(key, []).extend(found)
            self.kinds.pop(rb)
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return True


def _join_classes(groups: _Groups, records: list[_Mention], first: list[int], second: list[int]) -> None:
    """Every pair of mentions across two classes (or within one) from different sentences, in one go.

    Mentions x, y are linked when their sentences differ.  Within one class spanning two sentences or more
    that links them all; across two classes spanning three sentences or more it links all but the mentions
    whose every partner shares their sentence; across exactly two sentences s and t it links the mentions
    of s in one class with those of t in the other, and the other way round."""
    sentence = {i: records[i].sentence for i in (*first, *second)}
    if len(set(sentence.values())) < 2:
        return
    if first is second:
        for i in first[1:]:
            groups.join(first[0], i)
        return
    if len(set(sentence.values())) == 2:
        s, t = sorted(set(sentence.values()))
        for here, there in ((s, t), (t, s)):
            linked = [i for i in first if sentence[i] == here] + [j for j in second if sentence[j] == there]
            if any(sentence[i] == here for i in first) and any(sentence[j] == there for j in second):
                for i in linked[1:]:
                    groups.join(linked[0], i)
        return
    partners_first = {sentence[j] for j in second}
    partners_second = {sentence[i] for i in first}
    linked = ([i for i in first if partners_first - {sentence[i]}]
              + [j for j in second if partners_second - {sentence[j]}])
    for i in linked[1:]:
        groups.join(linked[0], i)


def _group(records: list[_Mention]) -> _Groups:
    groups = _Groups(records)
    by_sentence: dict[tuple, int] = {}
    for m in records:
        key = (m.sentence, m.when, m.dated)
        if key in by_sentence:
            groups.join(by_sentence[key], m.row, check=False)
        else:
            by_sentence[key] = m.row
    classes = _classes(records)
    find = groups.find
    for _, _, _, bulk, a, b in _merge_order(records, classes):
        if bulk:
            _join_classes(groups, records, classes[a], classes[b])
        elif find(a) != find(b):   # (what join does first: mentions of one group are joined already)
            groups.join(a, b)
    return groups


# ------------------------------------------------------------------------------------------- importance

@functools.lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    weights = {}
    for row in load_table("story/importance.tsv"):
        try:
            weights[row["factor"]] = float(row["weight"])
        except ValueError as exc:
            raise RuleTableError(
                f"story/importance.tsv:{row['_line']}: weight {row['weight']!r} is not a number") from exc
    return weights


# Events differ in few of these values (most have one source and one mention): each combination is scored once.
@functools.lru_cache(maxsize=1 << 12)
def importance_score(*, n_sources: int, n_mentions: int, has_figure: bool, has_market: bool, n_actors: int,
                     precision: str, category: str, dated: bool) -> float:
    """The documented importance score of an event (weights in resources/story/importance.tsv)."""
    w = _weights()
    score = w.get("base", 0.0)
    score += w.get("extra_source", 0.0) * max(n_sources - 1, 0)
    score += w.get("extra_mention", 0.0) * max(n_mentions - n_sources, 0)
    score += w.get("figure", 0.0) * has_figure
    score += w.get("market", 0.0) * has_market
    score += w.get("actor", 0.0) * min(n_actors, int(w.get("actor_cap", 3)))
    if dated:
        score += w.get(f"precision_{precision}", 0.0)
    else:
        score += w.get("undated", 0.0)
    score += w.get(f"category:{category}", 0.0)
    return round(score, 3)


# ------------------------------------------------------------------------------------------- public API

@contextlib.contextmanager
def collector_paused():
    """Grouping (and building a table) allocates many small objects that form no reference cycles; left
    running, Python's cycle collector would walk the whole heap (every row of a large corpus) again and
    again meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()



def assign_events(mentions: pd.DataFrame) -> pd.DataFrame:
    """A copy of the mentions table with ``event_id`` and ``importance`` filled (see module docstring)."""
    _check_columns(mentions)
    out = mentions.copy()
    if out.empty:
        out["event_id"] = pd.Series([], dtype=object)
        out["importance"] = pd.Series([], dtype="float64")
        return out
    event_ids, scores = link_rows(_rows(out))
    out["event_id"] = event_ids
    out["importance"] = pd.Series(scores, index=out.index, dtype="float64")
    return out


def link_rows(rows: list[dict]) -> tuple[list[str], list[float]]:
    """The ``event_id`` and ``importance`` of each mention, in order, for mentions given as plain dicts
    (what :func:`assign_events` does, without a table: the extractor links its rows before it builds one).

    Each dict holds at least the columns ``assign_events`` needs, texts as ``str`` ("" when missing),
    numbers as ``int``/``float`` or ``None`` (never NaN), ``future`` as ``bool``."""
    ids = [row["mention_id"] for row in rows]
    distinct = set(ids)
    if "" in distinct:
        raise ValueError("every mention needs a mention_id")
    if len(distinct) != len(ids):
        seen: set[str] = set()
        duplicate = next(i for i in ids if i in seen or seen.add(i))
        raise ValueError(f"mention_id {duplicate!r} is not unique")
    with collector_paused():
        records = _records(rows)
        groups = _group(records)
        event_ids = [""] * len(records)
        scores = [0.0] * len(records)
        for members in groups.members.values():
            event_id, importance = _event_score(rows, records, members)
            for i in members:
                event_ids[i] = event_id
                scores[i] = importance
    return event_ids, scores


def events_view(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per event (columns: :data:`EVENT_COLUMNS`), sorted by date then event id.

    Mentions whose ``event_id`` is empty are grouped first with :func:`assign_events`.
    """
    _check_columns(mentions)
    if "event_id" not in mentions.columns or (mentions["event_id"].fillna("").astype(str) == "").any():
        mentions = assign_events(mentions)
    if mentions.empty:
        return pd.DataFrame({name: pd.Series([], dtype=object) for name in EVENT_COLUMN_NAMES})
    with collector_paused():
        all_rows = _rows(mentions)
        records = _records(all_rows, with_words=False)
        by_event: dict[str, list[int]] = {}
        for position, event_id in enumerate(mentions["event_id"].astype(str)):
            by_event.setdefault(event_id, []).append(position)
        rows = [_summarise(all_rows, records, members) for members in by_event.values()]
    view = pd.DataFrame(rows, columns=list(EVENT_COLUMN_NAMES))
    view["_undated"] = view["start"] == ""
    view = view.sort_values(["_undated", "start", "end", "event_id"]).drop(columns="_undated")
    for col in ("amount", "amount_usd", "percent", "importance"):
        view[col] = view[col].astype("float64")
    view["has_figure"] = view["has_figure"].astype(bool)
    view["future"] = view["future"].astype(bool)
    return view.reset_index(drop=True)


def _has_figure(row: dict) -> bool:
    return row["amount"] is not None or row["percent"] is not None


def _precision_key(rec: _Mention, row: dict) -> tuple:
    """Sorts the most precise mention of an event first (see the module docstring)."""
    width = (rec.last - rec.first).days if rec.first and rec.last else 10 ** 6
    return (not rec.dated, rec.first is None, width, not _has_figure(row), -len(rec.actors),
            row["published"] or "9999", rec.mention_id)


def _event_score(all_rows: list[dict], records: list[_Mention], members: list[int]) -> tuple[str, float]:
    """The event id and importance of a group: what :func:`_summarise` gives, without the rest."""
    if len(members) == 1:   # most events have one mention: nothing to rank
        best = members[0]
    else:
        best = min(members, key=lambda i: _precision_key(records[i], all_rows[i]))
    cells: set[str] = set()        # the actors cells (copies of a report repeat theirs): each split once
    votes: dict[str, int] = {}
    docs: set[str] = set()
    has_figure = has_market = dated = False
    for i in members:
        row = all_rows[i]
        cells.add(row["actors"])
        category = row["category"]
        votes[category] = votes.get(category, 0) + 1
        has_figure = has_figure or _has_figure(row)
        has_market = has_market or bool(row["market_kind"])
        record = records[i]
        dated = dated or record.dated
        docs.add(record.doc)
    actors = {a for cell in cells for a in cell.split(";") if a}
    best_category = all_rows[best]["category"]
    category = max(votes, key=lambda c: (votes[c], c == best_category))
    importance = importance_score(
        n_sources=len(docs), n_mentions=len(members), has_figure=has_figure,
        has_market=has_market, n_actors=len(actors), precision=all_rows[best]["precision"], category=category,
        dated=dated)
    return "ev-" + min(records[i].mention_id for i in members), importance


def _summarise(all_rows: list[dict], records: list[_Mention], members: list[int]) -> dict:
    rows = [all_rows[i] for i in members]
    recs = [records[i] for i in members]
    order = sorted(range(len(rows)), key=lambda k: _precision_key(recs[k], rows[k]))
    best = rows[order[0]]
    ids = sorted(r.mention_id for r in recs)
    docs = sorted({r.doc for r in recs})
    urls = [next((row["url"] for row in rows if row["doc"] == doc and row["url"]), "") for doc in docs]
    actor_count: dict[str, int] = {}
    actor_first: dict[str, int] = {}
    for k in order:
        for name in [a for a in rows[k]["actors"].split(";") if a]:
            actor_count[name] = actor_count.get(name, 0) + 1
            actor_first.setdefault(name, len(actor_first))
    actors = sorted(actor_count, key=lambda n: (-actor_count[n], actor_first[n]))
    votes: dict[str, int] = {}
    for row in rows:
        votes[row["category"]] = votes.get(row["category"], 0) + 1
    category = max(votes, key=lambda c: (votes[c], c == best["category"]))
    figure_row = next((rows[k] for k in order if _has_figure(rows[k])), None)
    market_kind = best["market_kind"] or next((rows[k]["market_kind"] for k in order if rows[k]["market_kind"]), "")
    published = sorted(row["published"] for row in rows if row["published"])
    summary = {
        "event_id": "ev-" + ids[0],
        "when": best["when"], "start": best["start"], "end": best["end"],
        "precision": best["precision"], "date_text": best["date_text"], "future": best["future"],
        "headline": best["headline"], "actors": ";".join(actors), "category": category,
        "market_kind": market_kind,
        "amount": figure_row["amount"] if figure_row else None,
        "currency": figure_row["currency"] if figure_row else "",
        "amount_usd": figure_row["amount_usd"] if figure_row else None,
        "percent": figure_row["percent"] if figure_row else None,
        "direction": (figure_row or best)["direction"],
        "has_figure": figure_row is not None,
        "n_sources": len(docs), "n_mentions": len(rows), "sources": ";".join(docs), "urls": ";".join(urls),
        "first_published": published[0] if published else "",
        "mention_ids": ";".join(ids), "excerpt": best["excerpt"], "doc": best["doc"],
    }
    summary["importance"] = importance_score(
        n_sources=len(docs), n_mentions=len(rows), has_figure=figure_row is not None,
        has_market=bool(market_kind), n_actors=len(actors), precision=summary["precision"],
        category=category, dated=any(r.dated for r in recs))
    return summary

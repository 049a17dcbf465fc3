"""Finding temporal expressions: text in, :class:`Expression` records (offsets + raw parts) out.

How it works:

* The grammar lives in ``resources/dates/patterns.tsv``: heads ("Nov. 3, 2020", "quarter", "yesterday")
  built from the word tables.  Where a head may start is found without a regex tried at every word:
  the lower-cased text is reduced to its shape (digits made 0, punctuation made spaces) and cut into
  tokens, the tokens that can start a head (table words, number shapes such as "0000" or "0th") are
  a set intersection, their places a few ``str.find`` calls (see :func:`_heads`).  There, only the
  rules of patterns.tsv that can begin with the character found are tried, one anchored match each
  (the rules are grouped by first character from their parsed regexes, :func:`_first_chars`).  The
  *prefix words* before each head ("the", "early", "last", "two", "third" ...) are read backwards
  from the head on the reversed text (one anchored match per head), and suffixes ("ago",
  "earlier", "and a half") right after it.
* Each match is interpreted into *parts*: a small dict of normalised values (month=11, day=3,
  unit="Y", count=2, shift=-1, mod="START" ...).  The resolver reads only these parts, never text.
* Guards (``guards.tsv``) drop what only looks like a date ("$2000", "2000 people", "a second
  time"); joins (``joins.tsv``) merge neighbours TimeML reads as one expression ("Friday, Oct. 23",
  "the third quarter of 1984").

Parts keys (all optional): year, year2 (a range "2019-21"), yy (a two-digit year), month, day, day2,
weekday, nth_weekday (the place and weekday of a day in its month: "the first Tuesday of November"),
quarter, half, season, decade ("1990s"), decade_yy ("'80s"), decade_digit ("the nineties"),
fiscal, numeric (the two numbers of an all-digit date), holiday, holiday_week ("Easter week"), holiday_weekend, unit,
plural, count, ordinal, shift, anaphoric, latest, yearshift, vague, direction, mod, approx, set,
set_value, det, noun, ref_type, ref_value, daypart, hour, minute, year_end ("year-end": the end of a year
named by no word of its own), year_of (the parts of a year joined to
a period: "June last year"), fraction ("a minute and a half" before its count is known), same_last_year ("the same
quarter last year": a year before the period told, when that period is last year's).
pipeline.dates.mentions adds fiscal_end (fiscal.tsv), ends_on ("the quarter ended June 30") and habitual
(a holiday spoken of as a recurring occasion) before resolving.

The tense of a clause (:func:`clause_tense`) is read from the markers of tense.tsv in the sentence:
found once per sentence and cached (:class:`Clauses`); the markers of the future alone, a cheaper
scan, answer the commoner questions "is this a forecast?" and "may this clause look ahead?".
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.dates import lexicon, resolver
from pipeline.rules import escaped_alternation, load_table
from pipeline.sentences import BULLET_MARKS, LIST_DASHES, a_clock_zone, a_zone_heading_a_name, \
    abbreviation_ends_sentence, matching_form

# Which prefix roles each kind of head accepts (grammar, not vocabulary: the words are in the tables).
_ACCEPTS = {
    "unit": {"det", "shift", "vague", "yearshift", "mod", "approx", "fiscal", "set", "filler", "count", "ordinal",
             "fraction", "final", "side", "quality"},
    "calendar": {"det", "shift", "mod", "set", "approx", "fiscal", "count"},
    "year": {"det", "mod", "fiscal", "approx", "filler", "side"},
    "deictic": {"det", "mod", "approx"},
    "daypart": {"det", "shift", "mod", "approx"},
    "clock": {"approx"},
    "set": set(),
}
# The approx values that compare an amount ("more than", "under"): no day or month is one.
_AMOUNT_COMPARED = ("MORE_THAN", "LESS_THAN")
# Roles a preposition-like approx word ("over", "within") may not precede: "over the past two months"
# is tagged "the past two months".
_DETERMINING = {"det", "shift", "vague", "yearshift"}


@dataclass(slots=True)
class Expression:
    """One temporal expression at TimeML granularity, found in a text."""

    start: int
    end: int
    rule: str
    parts: dict = field(default_factory=dict)
    head_start: int = 0

    def text(self, source: str) -> str:
        return source[self.start:self.end]


# --------------------------------------------------------------------------- compiling the grammar
@dataclass(frozen=True)
class _Heads:
    """The head rules that may start with one character, as one regex."""

    regex: re.Pattern
    rule_groups: dict          # rule name -> ((part name, group index), ...)
    rule_index: dict           # group index of each rule -> rule name


class _LazyHeads(dict):
    """First character -> its _Heads (None: no rule starts with it), each built the first time a text has a
    head candidate starting with that character: the regexes are large (a few kB each) and their compile is most
    of the grammar's, which a short text (a test, a single article) would pay for all characters."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def __missing__(self, char: str) -> _Heads | None:
        heads = self[char] = self._build(char)
        return heads


@dataclass(frozen=True)
class _Grammar:
    candidate_tokens: frozenset  # word shapes a head may start with (see _heads)
    words_before: dict         # candidate token -> how many words of its head word stand before it
    sure_tokens: frozenset     # candidate tokens that are whole table words
    candidate_check: re.Pattern  # how a head may start, checked at a candidate
    heads: _LazyHeads          # first character -> _Heads
    pre_token: re.Pattern
    reversed_pre: re.Pattern
    post: re.Pattern
    guard: tuple               # (one regex for the after-only rows, (before, text, after, action) for the rest,
                               # one regex of their texts, the rows each expression text lets apply)
    joins: tuple               # (left, compiled gap, right)
    tense_word: re.Pattern
    tense_word_at_start: re.Pattern
    tense_clitic: re.Pattern
    tense_ending: re.Pattern
    future_word: re.Pattern
    future_word_at_start: re.Pattern
    future_clitic: re.Pattern
    rule_bodies: dict          # rule name of patterns.tsv -> its expanded regex


_PLACEHOLDER = re.compile(r"\{(=?)([a-z0-9_]+)(?::([a-z0-9_]+))?\}")
_NAMED = re.compile(r"\(\?P<([a-z0-9_]+)>")


# The shape of the lower-case text in which heads are looked for: letters and apostrophes kept, digits
# made 0, every other character (ASCII) a space, so that str.split() cuts it into tokens.
_SHAPES = {c: (c if c.isalpha() or c == "'" else "0" if c.isdigit() else " ") for c in map(chr, range(128))}
_SHAPES = str.maketrans({k: v for k, v in _SHAPES.items() if k != v})
# Characters a head can start with (the lower-case text): a rule that may start with anything else
# would be tried everywhere.
_HEAD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def _first_chars(pattern: str) -> frozenset[str]:
    """The characters a match of ``pattern`` can start with (among _HEAD_CHARS), from the regex's
    parse tree; all of them when the pattern is beyond this simple reading."""
    try:
        from re import _constants as C, _parser as P
        chars, _ = _first_of_sequence(P.parse(pattern), C)
    except Exception:       # a Python without this parser: every rule for every character
        return _HEAD_CHARS
    return frozenset(chars) & _HEAD_CHARS


def _strings_of(pattern: str, limit: int = 10000) -> set[str]:
    """Every string a finite regex (literals, classes, alternatives, optional parts) matches."""
    from re import _constants as C, _parser as P
    found = _strings_of_sequence(P.parse(pattern), C)
    if len(found) > limit:
        raise ValueError(f"patterns.tsv: {pattern!r} matches more than {limit} strings")
    return found


def _strings_of_sequence(items, C) -> set[str]:
    found = {""}
    for op, av in items:
        if op is C.LITERAL:
            options = {chr(av)}
        elif op is C.IN and all(kind is C.LITERAL or kind is C.RANGE for kind, _ in av):
            options = set()
            for kind, value in av:
                options |= {chr(value)} if kind is C.LITERAL else {chr(c) for c in range(value[0], value[1] + 1)}
        elif op is C.SUBPATTERN:
            options = _strings_of_sequence(av[-1], C)
        elif op is C.BRANCH:
            options = set().union(*(_strings_of_sequence(branch, C) for branch in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] is not C.MAXREPEAT and av[1] <= 8:
            once = _strings_of_sequence(av[2], C)
            options, times = set(), {""}
            for count in range(av[1] + 1):
                if count >= av[0]:
                    options |= times
                times = {a + b for a in times for b in once}
        else:
            raise ValueError(f"patterns.tsv: not a finite regex (at {op})")
        found = {a + b for a in found for b in options}
    return found


def _first_of_sequence(items, C) -> tuple[set, bool]:
    """(first characters, may match empty) of a sequence of parsed regex items."""
    found: set = set()
    for op, av in items:
        chars, empty = _first_of_item(op, av, C)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of_item(op, av, C) -> tuple[set, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                chars |= set("0123456789")
            else:
                return set(_HEAD_CHARS), False
        return chars, False
    if op is C.SUBPATTERN:
        return _first_of_sequence(av[-1], C)
    if op is C.BRANCH:
        found, empty = set(), False
        for branch in av[1]:
            chars, branch_empty = _first_of_sequence(branch, C)
            found |= chars
            empty = empty or branch_empty
        return found, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        chars, empty = _first_of_sequence(av[2], C)
        return chars, empty or av[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    return set(_HEAD_CHARS), False


def _expand(pattern: str, blocks: dict[str, str], rule: str) -> tuple[str, list[str]]:
    parts: list[str] = []

    def block(name: str) -> str:
        if name in blocks:
            return blocks[name]
        if name in lexicon.WORD_BLOCKS or name in lexicon.INNER_BLOCKS:
            return lexicon.word_block(name)
        raise ValueError(f"patterns.tsv rule {rule!r}: unknown placeholder {{{name}}}")

    def placeholder(m: re.Match) -> str:
        silent, name, alias = m.groups()
        body = block(name)
        if silent:
            return f"(?:{body})"
        part = alias or name
        parts.append(part)
        return f"(?P<{rule}__{part}>{body})"

    def named(m: re.Match) -> str:
        parts.append(m.group(1))
        return f"(?P<{rule}__{m.group(1)}>"

    pattern = _NAMED.sub(named, pattern)
    return _PLACEHOLDER.sub(placeholder, pattern), parts


@functools.lru_cache(maxsize=1)
def _pattern_blocks() -> dict[str, str]:
    """The building blocks of patterns.tsv ({day}, {year}, ...) by name."""
    return {r["name"]: r["pattern"] for r in load_table("dates/patterns.tsv") if r["kind"] == "block"}


@functools.lru_cache(maxsize=None)
def _block_pattern(name: str) -> re.Pattern:
    """A block of patterns.tsv used on its own, compiled once (a lookahead or a guard, not part of the grammar), its
    placeholders filled as a rule's are ({=season_trait})."""
    return re.compile(_expand(_pattern_blocks()[name], _pattern_blocks(), name)[0])


def happening_subject() -> re.Pattern:
    """The subject, a noun after "the" or "that", that opens a sentence (patterns.tsv block happening_subject)."""
    return _block_pattern("happening_subject")


def opens_a_new_item(low: str, start: int, end: int) -> bool:
    """Does a coordinator with a determiner (patterns.tsv block new_item, "and the") stand between ``start`` and
    ``end``?  What follows it is a new noun phrase, its year its own, not the year of a date before it."""
    return _block_pattern("new_item").search(low, start, end) is not None


def told_early_in_its_day(low: str, start: int, parts: dict) -> bool:
    """Is the day whose expression starts at ``start`` told by its early part ("early on Saturday", "early Saturday",
    "Saturday morning")?"""
    return parts.get("daypart") in _EARLY_DAYPARTS or (parts.get("mod") == "START" and "weekday" in parts) \
        or _part_of_the_day_told_before("early_in_a_day", low, start)


# The TimeML part of the day of a night ("Saturday night", day_parts.tsv value).
NIGHT = "TNI"


def _day_parts_on(side: str) -> frozenset[str]:
    """The values of the parts of the day that day_parts.tsv puts on ``side`` of their day (early, late)."""
    return frozenset(row["value"] for row in load_table("dates/day_parts.tsv") if row["side"] == side)


# (read at import: asked of every day a part of the day tells)
_EARLY_DAYPARTS = _day_parts_on("early")
_LATE_DAYPARTS = _day_parts_on("late")


def told_late_in_its_day(low: str, start: int, parts: dict) -> bool:
    """Is the day whose expression starts at ``start`` told by its evening or night ("Monday night", "on the evening
    of July 14")?"""
    return parts.get("daypart") in _LATE_DAYPARTS or _part_of_the_day_told_before("late_in_a_day", low, start)


def an_early_part_of_its_day(parts: dict) -> bool:
    """Is the expression a part of the day that opens its day (day_parts.tsv side early: "the morning")?"""
    return parts.get("daypart") in _EARLY_DAYPARTS


def _part_of_the_day_told_before(block: str, low: str, start: int) -> bool:
    """Do the words of patterns.tsv block ``block`` ("early on ", "the evening of ") end right before the day at
    ``start``?"""
    return _block_pattern(block).search(low, max(0, start - _PART_OF_A_DAY_REACH), start) is not None


def names_days_off(low: str, exp: "Expression") -> bool:
    """Does ``exp`` name a holiday as its days off ("the Lunar New Year break", patterns.tsv block holiday_days_off)?
    Such days run on past the holiday's own day."""
    return _block_pattern("holiday_days_off").search(low, exp.start, exp.end) is not None


# How far before a holiday "the final Wednesday before " may start (characters).
_WEEKDAY_BEFORE_REACH = 32


def weekday_told_before_a_holiday(low: str, start: int) -> tuple[int, int] | None:
    """(where the words start, the ISO weekday) when "the (last) <weekday> before" ends at ``start``, where a
    holiday is told ("the last Saturday before Christmas", patterns.tsv block weekday_before_holiday)."""
    m = _block_pattern("weekday_before_holiday").search(low, max(0, start - _WEEKDAY_BEFORE_REACH), start)
    return None if m is None else (m.start(), lexicon.weekdays()[m[1]][0])


# How far before a day the words telling its early or late part may start ("in the early hours of ", characters).
_PART_OF_A_DAY_REACH = 30


def names_a_month_s_figures(low: str, end: int) -> bool:
    """Does a noun of a month's figures follow the month that ends at ``end`` ("the delayed September figures")?"""
    return _block_pattern("month_figures").match(low, end) is not None


def tells_another_market_s_session(low: str, start: int, end: int) -> bool:
    """Is the "overnight" from ``start`` to ``end`` said of a market's move or session ("overnight losses in New
    York", "weak overnight cues") or put in another market's session ("slid overnight in New York", "slid 3% in New
    York overnight")?  (patterns.tsv blocks overnight_market_*)"""
    return _block_pattern("overnight_market_move").match(low, end) is not None \
        or _block_pattern("overnight_market_venue_after").match(low, end) is not None \
        or _block_pattern("overnight_market_venue_before").search(low, max(0, start - 30), start) is not None


def links_a_cause_last(low: str, lo: int, hi: int) -> bool:
    """Is the last link word from ``lo`` to ``hi`` one of cause ("fell on Friday after ...", "helped by ..."), not a
    coordinator of another clause ("rose on Thursday, while ...")?  (patterns.tsv block overnight_market_link)"""
    links = list(_block_pattern("overnight_market_link").finditer(low, lo, hi))
    return bool(links) and _block_pattern("overnight_market_cause").match(links[-1].group(0)) is not None


@functools.lru_cache(maxsize=None)
def _rule_pattern(name: str) -> re.Pattern:
    """A rule of patterns.tsv used on its own, compiled once (to tell what stands right after a word)."""
    return re.compile(grammar().rule_bodies[name])


# The rules of patterns.tsv that tell a clock time ("3 p.m.", "15:30", "1530 GMT").
_CLOCK_RULES = ("clock", "clock24", "clock_zone")
# The rules of patterns.tsv of a day a clock time may be placed on right after it ("by 3 p.m. on Monday").
_DAY_RULES = ("weekday", "month_day", "day_month")
# What joins a clock time to the day it is placed on.
_ON_ITS_DAY = re.compile(r"\s+(?:on\s+)?")


# What may close a clause right after a clock time: a mark of punctuation, or the end of the text.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.,;:!?)]|\Z)")


def _a_clock_time_closing_the_clause_after(low: str, at: int, hi: int) -> bool:
    """Does a clock time stand right after ``at``, past the spaces, and close its clause there ("the crews followed
    by[ 3 p.m.]")?  A clock time with a noun after it describes that noun ("followed by[ 10 a.m.] remarks")."""
    start = _SPACES.match(low, at).end()
    ends = [m.end() for m in (_rule_pattern(name).match(low, start) for name in _CLOCK_RULES) if m]
    if not ends:
        return False
    end = _past_the_day_it_is_placed_on(low, max(ends))
    after = _SPACES.match(low, end).end()
    return after >= hi or _CLAUSE_CLOSE.match(low, end) is not None \
        or lexicon.clause_break().match(low, after) is not None


def a_season_of_the_happening_a_participle_is_by(low: str, exp: Expression) -> bool:
    """Is ``exp`` a season after a participle's "by", qualifying the noun right after it ("delayed by the autumn
    government shutdown", "dented by the summer floods")?  The "by" names what did it, no deadline; the season dates
    that happening by the tense of its clause, as "the autumn shutdown" would."""
    return "season" in exp.parts and "year" not in exp.parts \
        and _participle_by().search(low, max(0, exp.start - _PARTICIPLE_BY_REACH), exp.start) is not None \
        and lexicon.noun_qualified_after().match(low, exp.end) is not None


@functools.lru_cache(maxsize=1)
def _participle_by() -> re.Pattern:
    """A participle in "-ed" or of tense.tsv kind=agent_participle ("hurt") and the "by" of its agent, ending where
    a date (maybe after its article) starts; not right after an auxiliary of kind=passive_ahead ("be"), a passive
    still to come whose "by" is a deadline ("must be finished by the autumn term", "is expected to be completed by
    the spring planting season")."""
    irregular = lexicon.trie_regex(lexicon.words_of_kinds("agent_participle"))
    # (one lookbehind per auxiliary: a lookbehind is of one width)
    not_after = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(lexicon.words_of_kinds("passive_ahead")))
    return re.compile(rf"(?<![a-z-]){not_after}(?:[a-z]{{2,}}ed|{irregular})\s+by\s+(?:the\s+)?\Z")


_PARTICIPLE_BY_REACH = 40


def ends_a_phrase_of_no_tense_listing_a_time(low: str, start: int) -> bool:
    """Does a phrase of tense.tsv that tells no tense end right before ``start`` ("followed by[ 3 p.m. remarks]"),
    its last word that of the phrase (the "by" of "followed by" is no deadline), with the clock time after it not
    closing its clause (where it does, the phrase is a verb in the past and its deadline: "the crew followed by 3
    p.m.")?"""
    phrase_end = len(low[:start].rstrip())
    phrase = _no_tense_phrase_ending().search(low, max(0, phrase_end - _NO_TENSE_PHRASE_REACH), phrase_end)
    return phrase is not None and not _a_clock_time_closing_the_clause_after(low, phrase_end, len(low))


# How far before a date a phrase of no tense may start (characters).
_NO_TENSE_PHRASE_REACH = 40


@functools.lru_cache(maxsize=1)
def _no_tense_phrase_ending() -> re.Pattern:
    """A phrase of tense.tsv that tells no tense, ending where the search ends."""
    words, _ = lexicon.tense_words()
    return re.compile(rf"(?<![a-z-])(?:{lexicon.trie_regex(w for w, t in words.items() if t == 'none')})$")


def _past_the_day_it_is_placed_on(low: str, clock_end: int) -> int:
    """Where the day a clock time ending at ``clock_end`` is placed on ends ("by 3 p.m.[ on Monday]"), or
    ``clock_end`` when none follows: the day belongs to the time's clause and does not end it."""
    joined = _ON_ITS_DAY.match(low, clock_end)
    if joined is None:
        return clock_end
    ends = [m.end() for m in (_rule_pattern(name).match(low, joined.end()) for name in _DAY_RULES) if m]
    return max(ends, default=clock_end)


@functools.lru_cache(maxsize=1)
def grammar() -> _Grammar:
    rows = load_table("dates/patterns.tsv")
    blocks = _pattern_blocks()
    alternatives, rule_parts = {}, {}
    for row in rows:
        if row["kind"] != "rule":
            continue
        body, parts = _expand(row["pattern"], blocks, row["name"])
        alternatives[row["name"]] = body
        rule_parts[row["name"]] = parts
    pre_words = lexicon.prefix_words()
    # digit ordinals ("20th") use the suffixes of the sfx block of patterns.tsv
    suffixes = re.findall(r"[a-z]+", blocks["sfx"])
    # a count may have thousands separators ("about 3,300 years ago")
    pre_token = (rf"(?:{lexicon.trie_regex(pre_words)}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}{lexicon.trie_regex(suffixes)}?)"
                 rf"(?![a-z0-9])")
    separator = r"(?:\s*-\s*|\s+)"
    # Prefix words are read backwards from each head, on the reversed text: scanning for heads alone
    # is twice as fast as scanning for "prefix* head" at every word.
    reversed_token = (rf"(?:{lexicon.trie_regex(w[::-1] for w in pre_words)}"
                      rf"|(?:\d{{3}},)+\d{{1,3}}|{lexicon.trie_regex(x[::-1] for x in suffixes)}?\d{{1,4}})"
                      rf"(?![a-z0-9'])")
    reversed_pre = re.compile(rf"(?:{separator}{reversed_token}){{1,6}}")
    head_words = lexicon.trie_regex(word for name in lexicon.WORD_BLOCKS for word in lexicon.WORD_BLOCKS[name]())
    head_start = f"(?:{_expand(blocks['head_start'], blocks, 'head_start')[0]}|{head_words}(?![a-z]))"
    # Heads are found in steps (see _heads): word shapes that may start one, checked against the
    # head_start of patterns.tsv and the table words; there only the rules that can begin with the
    # character found are tried.  (One regex for all this, tried at every place, costs several times
    # more: the engine tries every rule in turn at every word.)
    candidate_check = re.compile(head_start)
    # A head word of several words is looked for by its longest word (the first may be as common as
    # "a" in "a later date"), with how many words stand before it.
    keys: dict[str, set[int]] = {}
    for name in (*lexicon.WORD_BLOCKS, "centuryword", "dayordinal"):
        for word in (lexicon.WORD_BLOCKS.get(name) or lexicon.INNER_BLOCKS[name])():
            words = [w for w in word.translate(_SHAPES).split(" ") if w]
            key = max(range(len(words)), key=lambda i: len(words[i]))
            keys.setdefault(words[key], set()).add(key)
    # a possessive stays in its token ("Friday's", "last year's")
    shapes: dict[str, set[int]] = {}
    number_shapes = _strings_of(blocks["number_shape"])
    for token, back in [*keys.items(), *((shape, {0}) for shape in number_shapes)]:
        for tail in ("", "'s", "'", "''"):
            shapes.setdefault(token + tail, set()).update(back)
    # a holiday or season in the plural may start a head counted back ("two Easters ago", "two New Years ago", "two
    # summers ago": rules holiday_counted_back, season_counted_back); a name of several words is found at its last
    # word, the one in the plural
    for word in (*lexicon.WORD_BLOCKS["holiday"](), *lexicon.WORD_BLOCKS["season"]()):
        words = [w for w in word.translate(_SHAPES).split(" ") if w]
        for tail in ("s", "es"):
            shapes.setdefault(words[-1] + tail, set()).add(len(words) - 1)
    candidate_tokens = frozenset(shapes)
    words_before = {token: tuple(sorted(back)) for token, back in shapes.items() if back != {0}}
    # a token that is a whole table word starts a head for sure: no need to check it
    sure_tokens = frozenset(token + tail for token, back in keys.items() if back == {0} and " " not in token
                            for tail in ("", "'s", "'", "''") if token + tail not in words_before)
    by_char: dict[str, list[str]] = {}
    for rule, body in alternatives.items():
        for char in _first_chars(body):
            by_char.setdefault(char, []).append(rule)

    # characters whose rules are the same (the digits 5 to 9, "g", "i" and "v") share one regex: compiled once
    built: dict[tuple[str, ...], _Heads] = {}

    def heads_of(char: str) -> _Heads | None:
        rules = by_char.get(char)
        if rules is None:
            return None
        heads = built.get(tuple(rules))
        if heads is not None:
            return heads
        # each rule's group closes its alternative, empty: an alternative that starts with the
        # rule's own first element lets the regex engine reject it at once
        regex = re.compile(rf"(?:{'|'.join(f'(?:{alternatives[r]})(?P<{r}>)' for r in rules)})(?![a-z0-9])")
        index = regex.groupindex
        heads = built[tuple(rules)] = _Heads(
            regex, {r: tuple((p, index[f"{r}__{p}"]) for p in rule_parts[r]) for r in rules},
            {index[r]: r for r in rules})
        return heads

    heads = _LazyHeads(heads_of)
    post = re.compile(rf"(?:\s+|-){lexicon.suffix_regex()}")

    # the placeholders of guards.tsv: the nouns of counted_nouns.tsv, an ordinal word or digit ordinal, a number
    # word of two or more ("three sailings a week"), a calendar word of prefixes.tsv ("the Persian year 1404"), a
    # modal of modals.tsv ("would fall"), a currency written after its figure (money/currencies.tsv: "reais")
    calendars = (w for w, (role, value) in lexicon.prefix_words().items() if value == "other_calendar")
    placeholders = {"{counted}": f"(?:{lexicon.trie_regex(r['word'] for r in load_table('dates/counted_nouns.tsv'))})",
                    "{ordinal}": _ordinal(),
                    "{number}": f"(?:{lexicon.trie_regex(w for w, v in lexicon.number_words().items() if v >= 2)})",
                    "{other_calendar}": f"(?:{lexicon.trie_regex(calendars)})",
                    "{modal}": f"(?:{lexicon.trie_regex(r['word'] for r in load_table('dates/modals.tsv'))})",
                    "{currency}": f"(?:{lexicon.currency_forms_after()})"}

    def filled(cell: str) -> str:
        for placeholder, body in placeholders.items():
            cell = cell.replace(placeholder, body)
        return cell

    guards, after_only = [], {}
    for row in load_table("dates/guards.tsv"):
        before, text, after = filled(row["before"]), filled(row["text"]), filled(row["after"])
        reach = int(row["reach"] or _BEFORE_REACH)
        if after and not before and (not text or text == ".*\\d"):
            # the common kind (a number followed by "%", "billion", "people"): one regex for them all
            lead = r"(?<=\d)" if text else ""
            after_only.setdefault(row["action"], []).append(lead + after)
            continue
        if before and not after and guards and guards[-1][1:] == [text, "", row["action"], reach]:
            guards[-1][0] += f"|{before}"       # neighbouring rows that differ in "before" alone: one search
            continue
        guards.append([before, text, after, row["action"], reach])
    guards = [(Before(before, reach=reach) if before else None, re.compile(f"(?:{text})") if text else None,
               re.compile(f"(?:{after})") if after else None, action)
              for before, text, after, action, reach in guards]
    combined = "|".join(f"(?P<{action}>{'|'.join(f'(?:{p})' for p in pats)})" for action, pats in after_only.items())
    # when every other row asks something of the expression's own text, one regex of those texts
    # tells at once that none of them applies (the common case)
    texts = [text.pattern for _, text, _, _ in guards if text is not None]
    any_text = re.compile("|".join(texts)) if texts and len(texts) == len(guards) else None
    # which rows an expression's own text lets apply depends on that text alone, and the same texts come
    # back all the time ("Friday", "the year"): it is read once per text (unless a `text` regex looks at
    # what stands before the expression)
    by_text = None if any(re.search(r"\(\?<|\\[bB]|\^", text.pattern) for _, text, _, _ in guards
                          if text is not None) else {}
    guard = (re.compile(combined or "(?!)"), tuple(guards), any_text, by_text)

    joins = tuple((r["left"], re.compile(r["gap"]), r["right"]) for r in load_table("dates/joins.tsv"))
    words, endings = lexicon.tense_words()
    # A marker is a whole word (after a character that is no letter: matching it rather than looking
    # behind lets the regex engine skip through words); a clitic ("'ll") hangs on the word before it;
    # a word ending ("-ed") is found by the ending itself, the fastest scan there is.
    word_trie = lexicon.trie_regex(w for w in words if not w.startswith(chr(39)))
    tense_word = re.compile(rf"[^a-z-]({word_trie})(?![a-z-])")
    tense_word_at_start = re.compile(rf"({word_trie})(?![a-z-])")
    tense_clitic = re.compile(rf"{lexicon.trie_regex(w for w in words if w.startswith(chr(39)))}(?![a-z-])")
    tense_ending = re.compile(rf"(?:{'|'.join(map(re.escape, endings))})(?![a-z-])")
    # The markers of the future and of plans alone, a smaller scan for the common question "is this
    # a forecast?" (the neutral phrases are in it so that "as expected" is read whole and left out).
    ahead = [w for w, t in words.items() if t in ("future", "plan", "schedule", "none")]
    ahead_trie = lexicon.trie_regex(w for w in ahead if not w.startswith(chr(39)))
    future_word = re.compile(rf"[^a-z-]({ahead_trie})(?![a-z-])")
    future_word_at_start = re.compile(rf"({ahead_trie})(?![a-z-])")
    future_clitic = re.compile(rf"{lexicon.trie_regex(w for w in ahead if w.startswith(chr(39)))}(?![a-z-])")
    return _Grammar(candidate_tokens, words_before, sure_tokens, candidate_check, heads, re.compile(pre_token),
                    reversed_pre, post, guard, joins,
                    tense_word, tense_word_at_start, tense_clitic, tense_ending, future_word, future_word_at_start,
                    future_clitic, alternatives)


# --------------------------------------------------------------------------- finding
def lower_form(text: str, form: str | None = None) -> str:
    """The matching form in lower case, same length as ``text`` (a few characters change length when
    lower-cased, e.g. U+0130: those keep their case)."""
    if form is None:
        form = text if text.isascii() and _ascii_is_its_own_form() else matching_form(text)
    low = form.lower()
    if len(low) != len(form):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in form)
    return low


@functools.lru_cache(maxsize=1)
def _ascii_is_its_own_form() -> bool:
    """Does the matching form leave plain ASCII alone (then a text of ASCII alone needs no copy)?"""
    ascii_text = "".join(map(chr, range(128)))
    return matching_form(ascii_text) == ascii_text


def find_expressions(text: str, form: str | None = None, low: str | None = None) -> list[Expression]:
    """Every temporal expression of ``text`` in text order, each with its parts (TimeML granularity:
    "from October 2018 to December 2021" gives two; :mod:`pipeline.dates.mentions` composes them)."""
    g = grammar()
    if low is None:
        low = lower_form(text, form)
    found: list[Expression] = []
    reversed_low = low[::-1]
    n = len(low)
    previous_end = 0
    heads = _heads(g, low)
    following_pre = _prefix_start(g, reversed_low, n, heads[0][0].start(), 0) if heads else 0
    skipped = None
    for index, (m, rules) in enumerate(heads):
        head_start = m.start()
        pre_start = following_pre
        if index + 1 < len(heads):
            following_pre = _prefix_start(g, reversed_low, n, heads[index + 1][0].start(), previous_end)
            next_start = heads[index + 1][0].start()
            if following_pre <= head_start and not _NUMBER_RANGE.fullmatch(low, head_start, next_start) \
                    and not (low[m.end():next_start].isspace() and _CLOCK.match(low, next_start)):
                skipped = (m, rules, pre_start)
                continue    # "past" in "the past two months" is a prefix word of the next head (a number
                            # and a dash before a number are a range: "2019-2021"; no number counts a clock
                            # time: "Updated: 2025-11-12 09:42")
        expression = _interpret(m, rules, g, text, low, pre_start)
        if expression is None and skipped is not None:
            # the next head read nothing with it: the prefix word is a date of its own ("the 2026 spring
            # split", where "spring" is no season)
            expression = _interpret(*skipped[:2], g, text, low, skipped[2])
        elif expression is not None and skipped is not None \
                and skipped[0].start() < expression.start < skipped[0].end():
            # ... nor does it when the next head's expression begins inside it: in "the 2026-27 financial
            # year" the "27" is the end of a split year, not a count of years
            expression = _interpret(*skipped[:2], g, text, low, skipped[2])
        elif expression is not None and skipped is not None and _guarded(expression, low, g) == "skip":
            # ... nor does it when a guard drops what it read: "the 2022 Winter Olympics" is of 2022
            expression = _interpret(*skipped[:2], g, text, low, skipped[2])
        elif expression is not None and skipped is not None and expression.start >= skipped[0].end():
            # ... nor does it when the next head's expression leaves it out (a number before "next"): "will
            # report results for fiscal 2027 next Wednesday" (a bare number may be a count: "hired 1500 last year";
            # a split year is none: "set a budget of £184 million for 2026-27 last month")
            earlier = _interpret(*skipped[:2], g, text, low, skipped[2])
            if earlier is not None and (earlier.parts.get("fiscal") or "year2" in earlier.parts
                                        or _results_year_for(earlier, low)
                                        or _a_year_told_before_a_count(earlier, expression, low)
                                        or set(earlier.parts) == {"year"} and _after_preposition(low, earlier.start)
                                        or _a_year_before_a_word_of_now(earlier, expression)
                                        or _try_join(earlier, expression, low, g) is not None) \
                    and earlier.end <= expression.start:
                # (so does a year after a preposition, no count of things: "its first investor day since 2019 next
                # month"; and one before a word of now, which no number counts: "the notes due 2041 now trade")
                # (a year the next expression joins stays though its words make a prefix that head refuses:
                # "last year's" counts a bare "last year's quarter" back, but a holiday takes no such prefix)
                found.append(earlier)
        skipped = None
        if expression is not None:
            found.append(expression)
            previous_end = expression.end
            if index + 1 < len(heads) and following_pre < previous_end:
                # the next head's prefix words may not reach into this expression
                following_pre = _prefix_start(g, reversed_low, n, heads[index + 1][0].start(), previous_end)
    found = _second_days(found, low)
    found = [_the_same_half_counted_back(exp) for exp in found]
    found = _apply_guards(found, low, g)
    found = _without_numbers_named_as_things(found, low)
    found = _elided_shifts(found, low)
    found = _without_chapter_marks(found, low)
    found = _numbered_plans(found, low)
    found = _the_year_of_a_second_day_for_both(_join(found, low, g), low)
    found = _counted_from_events(_first_ordinals(found, low), low)
    return _without_lonely(_days_named_by_their_happening(_days_named_from_events(found, low), low))


def _without_numbers_named_as_things(found: list[Expression], low: str) -> list[Expression]:
    """``found`` without the bare years whose number an apposition in the text names as a thing of trade (patterns.tsv
    block number_named_thing: "is opening 1688, the wholesale site"): the reader, once told so, reads the number as that
    site's name wherever it stands ("orders on 1688", "its 1688 merchants").  Not when a preposition stands before the
    apposed number, which may be a fronted date ("In 2019, the platform ..."), nor when the number ends a longer date
    ("switched on the site on May 10, 2003, the site charged no fees")."""
    bare = {exp.start for exp in found if _a_bare_year(exp)}
    if not bare:
        return found
    names = {m.group(1) for m in _block_pattern("number_named_thing").finditer(low)
             if m.start(1) in bare and not _after_preposition(low, m.start(1))}
    if not names:
        return found
    return [exp for exp in found if not (_a_bare_year(exp) and low[exp.start:exp.end] in names)]


def _a_bare_year(exp: Expression) -> bool:
    """Is ``exp`` a year told by its four digits alone, nothing more ("1688")?"""
    return exp.rule == "year" and set(exp.parts) == {"year"}


def _a_year_before_a_word_of_now(earlier: Expression, expression: Expression) -> bool:
    """Is ``earlier`` a year told whole right before a word that names a time from the moment of writing
    (deictic.tsv: "now", "today")?  No number counts such a word, so the year is a date of its own: "the bonds due
    2054 now yield 7.1%"."""
    return earlier.rule == "year" and expression.rule == "deictic"


def _elided_shifts(found: list[Expression], low: str) -> list[Expression]:
    """``found`` with the "last" or "next" that closes a comparison or a pair after "this" and a unit
    (patterns.tsv block elided_shift): "paid twice as high a dividend this year as last" tells of last year too, the
    unit left unsaid as a writer drops it after naming it once."""
    added = []
    for exp in found:
        parts = exp.parts
        # (a unit only: "last summer" alone may be this summer, once gone, where "this summer and last" is the one
        # before)
        if parts.get("shift") != 0 or parts.keys() != {"unit", "shift"}:
            continue
        m = _block_pattern("elided_shift").match(low, exp.end)
        if m is None:
            continue
        shift = int(lexicon.prefix_words()[m.group(1)][1])
        added.append(Expression(m.start(1), m.end(1), exp.rule, {**parts, "shift": shift}, m.start(1)))
    if not added:
        return found
    return sorted(found + added, key=lambda exp: exp.start)


def _the_same_half_counted_back(exp: Expression) -> Expression:
    """"the same half a year earlier" is the half the text is on a year back, as "the same quarter a year earlier" is
    that quarter, not half a year counted back from the same time: "half a" counts the year only when no "the same"
    stands before it."""
    parts = exp.parts
    if parts.get("count") != 0.5 or parts.get("unit") != "Y" or not _same(parts) or "direction" not in parts:
        return exp
    year_of = {"unit": "Y", "direction": parts["direction"], "count": 1}
    return Expression(exp.start, exp.end, exp.rule, {"unit": "H", "det": True, "year_of": year_of}, exp.head_start)


# A time of minutes and seconds opening a line before a title ("07:30 Tom's numbers: ..."), as a podcast's or a
# video's chapters are listed; a clock time's zone or "a.m." after it makes it a live blog's time of day instead.
_LINE_STAMP = re.compile(r"(?m)^[ \t]*(\d{1,2}):(\d\d)(?::\d\d)?(?![\d:.])[ \t]+(?![ap]\.?\s?m\b|[-\u2013\u2014])")


def _without_chapter_marks(found: list[Expression], low: str) -> list[Expression]:
    """``found`` less the line-opening stamps of a list of chapters: only where one of them cannot be a time of day
    (a first field past 23, "29:10") or the list opens at "00:00", as chapters do; a live blog's bare times stay."""
    if ":" not in low:
        return found
    stamps = [(m.start(1), int(m.group(1)), int(m.group(2))) for m in _LINE_STAMP.finditer(low)]
    # (a "00:00" further down is a live blog's midnight: "01:15 Turnout is down ... 00:00 Counting is under way")
    if len(stamps) < 2 or not (stamps[0][1:] == (0, 0) or any(hour > 23 for _, hour, _ in stamps)):
        return found
    marks = frozenset(at for at, _, _ in stamps)
    return [exp for exp in found if exp.start not in marks]


# How far before a plan's number the words naming another country's plan may start ("India's 12th Five-Year Plan").
_PLAN_OWNER_REACH = 30
# How far before a plan's number the words setting it after a year, naming a document by it or its mod may start
# ("2025, the final year of the 14th ...", "the outline of the province's 15th ...").
_PLAN_CONTEXT_REACH = 60


def _numbered_plans(found: list[Expression], low: str) -> list[Expression]:
    """A state's plan named by its number, of a fixed count of years, names its years (plan_periods.tsv): "the 14th
    Five-Year Plan period" is 2021-2025, not a duration of five years."""
    dropped, plans = set(), []
    for i, exp in enumerate(found):
        parts = exp.parts
        if parts.get("unit") != "Y" or "ordinal" not in parts or not isinstance(parts.get("count"), int):
            continue
        for years, numbers, first, ahead, after, others, restated, unless in lexicon.plan_periods():
            plan = after.match(low, exp.end)
            if years != parts["count"] or parts["ordinal"] not in numbers or plan is None \
                    or others.search(low, max(0, exp.start - _PLAN_OWNER_REACH), exp.start):
                continue
            if unless.search(low, max(0, exp.start - _PLAN_CONTEXT_REACH), exp.start):
                dropped.add(i)
                break
            start = first + years * (parts["ordinal"] - numbers.start)
            end = plan.end()
            told = restated.match(low, end)
            if told is not None and (int(told.group(1)), int(told.group(2))) == (start, start + years - 1):
                end = told.end()    # its years restated: "the 15th Five-Year Plan (2026-2030)" is one span
            found[i] = _plan_span(low, exp, end, start, start + years - 1, ahead)
            plans.append(found[i])
            break
    # (only what a plan's own span holds goes: its restated years; expressions that overlap otherwise are not ours)
    return [exp for i, exp in enumerate(found) if i not in dropped and not any(
        plan.start <= exp.start and exp.end <= plan.end and plan is not exp for plan in plans)]


def _plan_span(low: str, exp: Expression, end: int, first: int, last: int, ahead: int) -> Expression:
    """The plan's years, or the year at the end or start of them its mod names: "by the end of the 15th Five-Year Plan
    period" is the end of 2030 (the mod's "the" keeps the plan's number from the usual prefixes).  The count it was
    read from goes with it (``plan``): a plan beginning more than ``ahead`` years after the text's date is another
    state's, and the resolver reads the count."""
    pattern, mods = lexicon.mod_before_the()
    told = pattern.search(low, max(0, exp.start - _PLAN_CONTEXT_REACH), exp.start)
    mod = mods.get(" ".join(told.group(1).split())) if told else None
    plan = (first, ahead, exp.parts)
    if mod == "END" or mod == "START":
        return Expression(told.start(), end, "year", {"year": last if mod == "END" else first, "det": True, "mod": mod,
                                                      "plan": plan}, exp.head_start)
    return Expression(exp.start, end, "year", {"year": first, "year2": last, "plan": plan}, exp.head_start)


# The units a count or "the ..." told after or before a happening may be in ("the week after the grounding")
# (and hours, counted from the clock time that dates the happening: "About four hours after the collapse", a rough
# count, as counts of hours from a clock time often are; a rough count of days may be from any day of a window:
# "about six days after launch", a launch told by the window it opens)
_EVENT_UNITS = ("D", "W", "M", "Y", "h")
_EVENT_COUNT_PARTS = frozenset(("unit", "det", "count", "plural"))
_EVENT_CLOCK_COUNT_PARTS = _EVENT_COUNT_PARTS | {"approx"}
# The approx values of a count that reaches its bound day ("at least 21 days before the meeting", "no more than 30
# days after the vote": the last or first day allowed); "more than" bounds no day.
_BOUND_TOLD = ("EQUAL_OR_MORE", "EQUAL_OR_LESS")
_REACHES_ITS_DAY = ("APPROX", *_BOUND_TOLD)     # (a count told "about" reaches one too)


# The units whose count told with its article a happening bounds as one stretch (resolver.counted_from_event).
_STRETCH_COUNT_UNITS = ("D", "W", "W2")
# The parts of "the days" or "the weeks" told with no count, which a happening after it may place.
_EVENT_VAGUE_PARTS = frozenset(("unit", "det", "plural"))


def _counted_from_events(found: list[Expression], low: str) -> list[Expression]:
    """A count, "the day", "the week" or "the Monday" told after or before a happening that a noun or a name stands
    for ("the week after the grounding", "two days before the deadline"; event_anchors.tsv) takes the noun, which the
    story's last dated mention of it places (mentions.py); a noun that begins a date of its own ("two days before
    Christmas") is left to that date."""
    for i, exp in enumerate(found):
        parts = exp.parts
        weekday = parts.keys() == {"weekday"} and low.endswith("the ", 0, exp.start)
        # ("the morning of the crash": that part of the happening's day; a part of a day has no count to go on)
        day_part = parts.keys() == {"daypart", "det", "lonely"}
        # (a count told about or exact, "exactly 24 hours after the vote", reaches a time; "more than" bounds none)
        counted = parts.get("unit") in _EVENT_UNITS \
            and (parts.keys() <= (_EVENT_CLOCK_COUNT_PARTS if parts["unit"] == "h" else _EVENT_COUNT_PARTS)
                 or parts.get("approx") in _BOUND_TOLD and parts.keys() <= _EVENT_CLOCK_COUNT_PARTS) \
            and (parts.get("approx") or "APPROX") in _REACHES_ITS_DAY \
            and (parts.get("det") is True and parts.keys().isdisjoint(("count", "plural"))
                 or isinstance(parts.get("count"), int))
        # ("in the weeks before the shooting": no length to give, but a time the happening places)
        vague = parts.keys() == _EVENT_VAGUE_PARTS and parts["unit"] in _STRETCH_COUNT_UNITS
        if not (weekday or counted or day_part or vague):
            continue
        # (a count of days or weeks told with its article names the stretch itself, which the happening bounds: "in
        # the two weeks before the holiday"; not when a date before it in its sentence places the clause: "Last year,
        # both stocks fell in the two weeks after the festival"; a holiday so told is the one the noun may stand for)
        stretch = "count" in parts and _opens_a_stretch(low, exp.start) \
            and not (parts.get("det") is True and parts.get("unit") in _STRETCH_COUNT_UNITS
                     and not _a_date_earlier_in_its_sentence([e for e in found[:i] if "holiday" not in e.parts], low,
                                                             exp.start))
        following = found[i + 1].start if i + 1 < len(found) else len(low)
        for between, sign in lexicon.event_anchors():
            if vague and sign == 0:
                continue        # ("the days of the strike" is the strike's own time, no count from it)
            if (stretch or day_part) and sign != 0:
                # ("for 12 months after the call" is a stretch; "within 30 days of the ruling" runs from it)
                continue
            m = between.match(low, exp.end)
            if (m is not None and m.end() <= following
                    and lexicon.dated_by_apposition().fullmatch(low, m.end(), following) is None):
                # ("takes effect 30 days after publication, on Nov. 16" tells its own day)
                exp.parts = dict(parts, event=m.group("event"), event_sign=sign, event_told=(exp.start, exp.end))
                exp.end = m.end()
                if weekday:
                    exp.start -= len("the ")
                break
    return found


def _days_named_from_events(found: list[Expression], low: str) -> list[Expression]:
    """A day named "of" a happening a noun stands for ("the eve of the vote", "the first anniversary of the crash";
    event_days.tsv) is an expression of that noun, as "the day of the vote" is (event_anchors.tsv, sign 0), which the
    story's last dated mention of it places (mentions.py); it stays lonely, no row, when none does."""
    added = []
    for name, years, days in _event_day_names():
        for m in name.finditer(low):
            if any(e.start < m.end() and m.start() < e.end for e in found + added):
                continue
            ordinal = m.group("ordinal") if "ordinal" in name.groupindex else None
            count = int(lexicon.prefix_words().get(ordinal, ("", ""))[1] or _DIGITS.match(ordinal).group()) \
                if ordinal else 0
            for between, sign in lexicon.event_anchors():
                told = between.match(low, m.end()) if sign == 0 else None
                if told is not None:
                    parts = {"unit": "D", "det": True, "lonely": True, "years_on": years * count, "days_on": days,
                             "event": told.group("event"), "event_sign": 0, "event_told": (m.start(), m.end())}
                    added.append(Expression(m.start(), told.end(), "event_days", parts, m.start()))
                    break
    return sorted(found + added, key=lambda e: e.start) if added else found


def _days_named_by_their_happening(found: list[Expression], low: str) -> list[Expression]:
    """A day named by a happening's noun right before "day" ("from midnight on budget day"; event_noun_days.tsv) is an
    expression of that noun, as "the day of the budget" is, which the story's last dated mention of it places
    (mentions.py); it stays lonely, no row, when none does."""
    added = []
    for pattern in lexicon.event_noun_days():
        for m in pattern.finditer(low):
            start = m.start("event")
            if any(e.start < m.end() and start < e.end for e in found + added) \
                    or _a_date_earlier_in_its_sentence(found, low, start):
                continue
            parts = {"unit": "D", "det": True, "lonely": True, "years_on": 0, "days_on": 0,
                     "event": m.group("event"), "event_sign": 0, "event_told": (start, m.end())}
            added.append(Expression(start, m.end(), "event_days", parts, start))
    return sorted(found + added, key=lambda e: e.start) if added else found


# The parts of a time of day, which places no other day than the one it is told on ("from midnight on budget day").
_TIME_OF_DAY_PARTS = frozenset(("hour", "minute", "daypart", "lonely", "det"))


def _a_date_earlier_in_its_sentence(found: list[Expression], low: str, at: int) -> bool:
    """Does a date other than a time of day stand before ``at`` in its sentence?  It places what the clause tells,
    so a happening's day after it may be another year's than the story's last ("A year ago, the shares slid 2.2% on
    results day.")."""
    opened = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at))
    return any(opened < e.start < at and not e.parts.keys() <= _TIME_OF_DAY_PARTS for e in found)


@functools.lru_cache(maxsize=1)
def _event_day_names() -> tuple[tuple[re.Pattern, int, int], ...]:
    """(the name after "the", years, days) of each event_days.tsv row, its {ordinal} an ordinal's group.  The
    look-behind stands after "the", not before it, so that re skips from one "the" to the next instead of trying the
    look-behind at every character of the text (same matches)."""
    return tuple((re.compile(rf"the(?<![a-z]the)\s+{name.replace('{ordinal}', f'(?P<ordinal>{_ordinal()})')}"
                             rf"(?=\s+of\s)"), years, days)
                 for name, years, days in lexicon.event_days())


def _first_ordinals(found: list[Expression], low: str) -> list[Expression]:
    """Quarters or halves listed by their ordinals before one plural noun ("the third and fourth quarters",
    "the first and second halves of 2025") are two periods: the first ordinal becomes an expression of its
    own with the noun, year and other parts of the second; the second is a single period.  Each is then placed as
    it would be if named alone ("could fall again in the third and fourth quarters", in September: this year's)."""
    if not found:
        return found
    out = []
    before = _first_ordinal_before()
    for exp in found:
        parts = exp.parts
        if parts.get("plural") and "ordinal" in parts and parts.get("unit") in _LISTED_BY_ORDINAL \
                and "count" not in parts:
            m = before.search(low, max(0, exp.start - _FIRST_ORDINAL_REACH), exp.start)
            if m is not None and (not out or out[-1].end <= m.start(2)):
                word = m.group(2)
                value = lexicon.prefix_words().get(word, ("", ""))[1] or _DIGITS.match(word).group()
                single = {k: v for k, v in parts.items() if k != "plural"}
                if m.group(1):
                    single["det"] = True    # "the" goes with both, and so stays out of the first's text (as TimeBank)
                out.append(Expression(m.start(2), m.end(2), exp.rule, dict(single, ordinal=int(value)), m.start(2)))
                exp = Expression(exp.start, exp.end, exp.rule, single, exp.head_start)
        out.append(exp)
    return out


# The units whose periods are named by ordinals and listed ("the first and second halves").
_LISTED_BY_ORDINAL = ("Q", "H")
# How far before the second ordinal the first may stand ("the third and fourth", "1st or 2nd").
_FIRST_ORDINAL_REACH = 24


@functools.lru_cache(maxsize=1)
def _first_ordinal_before() -> re.Pattern:
    """An ordinal word (ordinals.tsv) or digit ordinal and a listing word of day_lists.tsv that applies
    anywhere, right before the second ordinal."""
    words = listing_words()
    return re.compile(rf"(?<![a-z0-9-])(the\s+)?({_ordinal()})\s+(?:{words})\s+\Z")


@functools.lru_cache(maxsize=1)
def _ordinal_count_before() -> re.Pattern:
    """An ordinal and the noun it counts, set off by a comma as an apposition, right before a period under way
    (", the second increase this month"; not the time of the clause's own verb: "will cut rates for the second time
    this year" looks ahead)."""
    owners = lexicon.trie_regex(r["word"] for r in load_table("dates/counting.tsv") if r["role"] == "owner")
    # (the noun may be left out, told by the clause: "have called a strike for Oct. 13, their second this year")
    return re.compile(rf",\s*(?:{owners})\s+(?:{_ordinal()})\s+(?:[a-z-]+\s+)?\Z")


def counts_happenings_in(low: str, start: int, parts: dict) -> bool:
    """Is the period under way at ``start`` ("this month", "this year") the one an ordinal before it counts the
    happenings of ("CME said it would raise margins, the second increase this month")?  The count is of those made so
    far, which tells no time ahead, whatever verb of the future the clause has."""
    return parts.get("shift") == 0 and set(parts) <= {"unit", "shift"} \
        and _ordinal_count_before().search(low, max(0, start - _ORDINAL_COUNT_REACH), start) is not None


# How far before its period an ordinal counting happenings in it may start (characters).
_ORDINAL_COUNT_REACH = 40


@functools.lru_cache(maxsize=1)
def _ordinal() -> str:
    """An ordinal word (ordinals.tsv) or a digit ordinal with a suffix of patterns.tsv's block sfx ("third", "20th")."""
    ordinals = lexicon.trie_regex(w for w, (role, _) in lexicon.prefix_words().items() if role == "ordinal")
    return rf"(?:{ordinals}|\d+{_pattern_blocks()['sfx']})"


# A number, a dash, and the number after it begins.
_NUMBER_RANGE = re.compile(r"\d+\s*-\s*")
# A clock time of hours and minutes.
_CLOCK = re.compile(r"\d{1,2}:\d\d(?!\d)")


@functools.lru_cache(maxsize=1)
def _listing_words_by_before() -> dict[str, list[str]]:
    """The listing words of day_lists.tsv, escaped, by what must stand before the first day ("" for anything), so
    that the days listed after a month day and those listed before one read the same rows."""
    found: dict[str, list[str]] = {}
    for row in load_table("dates/day_lists.tsv"):
        # a before may name a block of patterns.tsv ({=held_verb})
        found.setdefault(_expand(row["before"], _pattern_blocks(), "day_lists")[0], []).append(re.escape(row["word"]))
    return found


@functools.lru_cache(maxsize=1)
def _second_day() -> tuple[tuple[re.Pattern | None, re.Pattern], ...]:
    """For each listing word of day_lists.tsv, what must stand before the first day (or None) and the second
    day of the same month after the word, maybe followed by the year of both ("Nov. 3 and 4, 1998")."""
    blocks = _pattern_blocks()
    return tuple((re.compile(rf"(?<![a-z])(?:{before})\Z") if before else None,
                  re.compile(rf"\s+(?:{'|'.join(words)})\s+({blocks['day']}){blocks['sfx']}?(?!\.\d|[\w-])"
                             rf"(?:\s*,\s*({blocks['year']}))?"))
                 for before, words in _listing_words_by_before().items())


def _second_day_after(low: str, exp: Expression, at: int | None = None) -> re.Match | None:
    """The listing word and the last day of the same month after the month day ``exp`` (or after ``at``, the end of
    the days listed between them)."""
    for before, second in _second_day():
        m = second.match(low, exp.end if at is None else at)
        if m is not None and (before is None or before.search(low, max(0, exp.start - 40), exp.start)):
            return m
    return None


@functools.lru_cache(maxsize=1)
def _listed_days() -> tuple[re.Pattern, re.Pattern]:
    """A day of a month listed after a comma, before the last day the listing word of day_lists.tsv names ("March 3,
    4 and 5"), and, before a day told before its month ("5 March"), the days listed ahead of it with a listing word of
    day_lists.tsv that needs nothing before the first day ("3, 4 and 5 March", "3 and 4 March": each a day of that
    month, as "Nov. 3 and 4" is)."""
    blocks = _pattern_blocks()
    day = rf"(?:{blocks['day']}){blocks['sfx']}?"
    return (re.compile(rf"\s*,\s*({day})(?!\.\d|[\w-])"),
            re.compile(rf"(?<![\w.,$%-])((?:{day}\s*,\s*)*{day}),?\s+(?:{day_listing_words()})\s+\Z"))


@functools.lru_cache(maxsize=1)
def day_listing_words() -> str:
    """The listing words of day_lists.tsv that need nothing before the first day ("and", "or", "&"), as a regex
    alternation."""
    return "|".join(re.escape(r["word"]) for r in load_table("dates/day_lists.tsv") if not r["before"])


def _days_listed_after(low: str, exp: Expression) -> tuple[list[tuple[int, int, int]], re.Match | None]:
    """The days listed after the month day ``exp`` up to its listing word, as (start, end, day), and the match of that
    word and the last day ("March 3, 4 and 5")."""
    listed, at = [], exp.end
    while (m := _listed_days()[0].match(low, at)) is not None:
        listed.append((m.start(1), m.end(1), int(_DIGITS.match(m[1])[0])))
        at = m.end()
    if not listed:
        return [], _second_day_after(low, exp)
    # (a comma after the last day listed is the serial one before the word: "March 3, 4, and 5")
    last = _second_day_after(low, exp, at + (low[at:at + 1] == ","))
    return (listed, last) if last is not None else ([], None)


def _days_listed_before(low: str, exp: Expression) -> list[tuple[int, int, int]]:
    """The days listed before the day ``exp`` told before its month ("3, 4 and 5 March"), as (start, end, day), each
    before the next."""
    if not low[exp.start:exp.start + 1].isdigit():
        return []
    m = _listed_days()[1].search(low, max(0, exp.start - 60), exp.start)
    if m is None:
        m = _first_day_held_before(low, exp.start)
    if m is None:
        return []
    return [(m.start(1) + d.start(), m.start(1) + d.end(), int(d[1]))
            for d in _A_LISTED_DAY.finditer(m[1])]


# a day of a list before its month, its digits in group 1, with the letters of its ordinal ("3rd, 4th and 5th May")
_A_LISTED_DAY = re.compile(r"(\d+)(?:[a-z]+)?")


@functools.lru_cache(maxsize=1)
def _first_day_ahead() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """For each listing word of day_lists.tsv with a `before`, what must stand before the first day and that day
    with the word, right before a day told before its month ("from 23 to 29 September", "runs 4 to 6 October")."""
    blocks = _pattern_blocks()
    day = rf"(?:{blocks['day']}){blocks['sfx']}?"
    return tuple((re.compile(rf"(?<![a-z])(?:{before})\Z"),
                  re.compile(rf"(?<![\w.,$%-])({day})\s+(?:{'|'.join(words)})\s+\Z"))
                 for before, words in _listing_words_by_before().items() if before)


def _first_day_held_before(low: str, start: int) -> re.Match | None:
    """The first day and a listing word that needs a word before that day (day_lists.tsv), right before the day at
    ``start`` told before its month: the same span as "from Sept. 23 to 29", told day first."""
    for before, first in _first_day_ahead():
        m = first.search(low, max(0, start - 20), start)
        if m is not None and before.search(low, max(0, m.start(1) - 40), m.start(1)):
            return m
    return None


def _second_days(found: list[Expression], low: str) -> list[Expression]:
    out = []
    absorbed = -1
    for index, exp in enumerate(found):
        if index == absorbed:
            continue
        out.append(exp)
        parts = exp.parts
        if "month" not in parts or "day" not in parts:
            continue
        if not parts.keys().isdisjoint(("day2", "numeric", "hour", "unit")):
            continue
        ahead = _days_listed_before(low, exp)
        if ahead and all(a[2] < b[2] for a, b in zip(ahead, ahead[1:] + [(0, 0, parts["day"])])) \
                and (not out[:-1] or out[-2].end <= ahead[0][0]):
            # (each a day of the month named after the last, in its year: "3, 4 and 5 March 2025")
            kept = {k: parts[k] for k in ("month", "year") if k in parts}
            out[-1:] = [Expression(start, end, exp.rule, dict(kept, day=day), start) for start, end, day in ahead] \
                + [exp]
        listed, m = _days_listed_after(low, exp)
        if m is None or any(a >= b for a, b in zip([parts["day"]] + [d for _, _, d in listed],
                                                   [d for _, _, d in listed] + [int(m[1])])):
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following.start < m.end():
            if not (m[2] and (following.start, following.end) == m.span(2)):
                continue
            absorbed = index + 1        # the year of both days
        second = {"month": parts["month"], "day": int(m[1])}
        if "year" in parts:
            second["year"] = parts["year"]
        end = m.end(1)
        if m[2] and "year" not in parts:
            second["year"] = int(m[2])
            out[-1] = Expression(exp.start, exp.end, exp.rule, dict(parts, year=int(m[2])), exp.head_start)
            end = m.end()
        for start, stop, day in listed:
            out.append(Expression(start, stop, exp.rule, dict(second, day=day), start))
        out.append(Expression(m.start(1), end, exp.rule, second, m.start(1)))
    return out


def _heads(g: _Grammar, low: str) -> list[tuple[re.Match, _Heads]]:
    """The head matches of the text, in order, none inside another (with the rules they belong to).

    In the text's shape (letters and apostrophes kept, digits made 0, every other character a
    space) a head can only start at a token that is the first word of a table word or a number shape
    ("0000", "0th", "q0", "'00s").  Which of those the text holds is a set intersection, where they
    are a few str.find calls: C loops all, far cheaper than a regex tried at every word.  Only those
    places are then checked with regexes."""
    shape = low.translate(_SHAPES)
    padded = " " + shape + " "
    starts = []
    words_before, sure_tokens = g.words_before, g.sure_tokens
    for token in g.candidate_tokens.intersection(shape.split()):
        # the needle holds the spaces on both sides of the token: str.find never stops at the end of a longer
        # token ("0 " of "2,000 ", the most common), and each place it finds is a whole token
        needle = " " + token + " "
        sure = token in sure_tokens
        backs = words_before.get(token)
        at = padded.find(needle)
        if backs is None:
            # the common case, a token that starts its head word (``at``: the space before the token in
            # padded, which is the token's start in low)
            while at >= 0:
                starts.append((at, sure))
                at = padded.find(needle, at + 1)
            continue
        while at >= 0:
            for back in backs:
                start = at
                for _ in range(back):       # the start of the word before
                    end = start
                    while end > 0 and padded[end] == " ":
                        end -= 1
                    start = padded.rfind(" ", 0, end)
                if start >= 0:
                    starts.append((start, sure))
            at = padded.find(needle, at + 1)
    starts.sort()
    found = []
    after = 0                   # a head starts after the end of the one before
    table, check = g.heads, g.candidate_check
    for start, sure in starts:
        if start < after or not (sure or check.match(low, start)):
            continue
        rules = table[low[start]]       # (a _LazyHeads: None for a character no rule starts with)
        if rules is None:
            continue
        m = rules.regex.match(low, start)
        if m is not None and "\n" in low[start:m.end()]:
            m = _within_the_entry(rules.regex, low, start, m)
        if m is not None:
            found.append((m, rules))
            after = m.end() + 1
    return found


# Where an entry ends: a blank line, a line break before a line a year labels ("\n2025: ...", "\n- 2025 - ..."), or
# one before a bulleted line ("Units 6 and 7\n- Dec. 2017: ..." is no Dec. 7, a list item's number no day or year).
_ENTRY_BREAK = re.compile(rf"\n[ \t]*\n|\n[ \t{BULLET_MARKS}]*\d{{4}}(?:[ \t]*:|[ \t]+[-\u2013\u2014][ \t]+)"
                          rf"|\n[ \t]*[{BULLET_MARKS}{LIST_DASHES}][ \t]")


def breaks_an_entry(low: str, start: int, end: int) -> bool:
    """Does low[start:end] cross a paragraph break or open the next entry of a list (see _ENTRY_BREAK)?"""
    return _ENTRY_BREAK.search(low, start, end) is not None


def _within_the_entry(regex: re.Pattern, low: str, start: int, m: re.Match) -> re.Match | None:
    """A head that would run across a paragraph break or into the next entry of a list, matched again up to it:
    no date joins parts across them ("the second in October.\n\n2025: Trendyol raised ..." is October alone, the
    year labelling the next entry)."""
    brk = _ENTRY_BREAK.search(low, start, m.end() + 12)
    return m if brk is None or brk.start() >= m.end() else regex.match(low, start, brk.start())


def _prefix_start(g: _Grammar, reversed_low: str, n: int, head_start: int, limit: int) -> int:
    """Where the prefix words before a head begin (read backwards, not before ``limit``)."""
    pre = g.reversed_pre.match(reversed_low, n - head_start, n - limit)
    if not pre:
        return head_start
    start = n - pre.end()
    prefix = reversed_low[n - head_start:n - start][::-1]
    if "\n" in prefix:
        # no prefix word reaches back over the end of an entry ("Units 6 and 7\n- Dec. 2017" is December 2017)
        breaks = list(_ENTRY_BREAK.finditer(prefix))
        start += breaks[-1].end() if breaks else 0
    while start < head_start and not reversed_low[n - 1 - start].isalnum():
        start += 1
    return start


# suffix roles that turn a part of the day with its article to the day before or after the one told ("the night
# before" is "the previous night")
_DAY_TURNS = {"earlier": -1, "later": 1}
# suffix roles that move a period or weekday two steps: "the week before last", "the Tuesday after next"
_SECOND_SHIFTS = {"before_last": -2, "after_next": 2, "week_on": 2}


def _interpret(m: re.Match, rules: _Heads, g: _Grammar, text: str, low: str, pre_start: int) -> Expression | None:
    rule_group = m.lastindex               # the rule's group closes last
    rule = rules.rule_index[rule_group]
    captured, where = {}, {}
    span = m.span
    for part, idx in rules.rule_groups[rule]:
        s, e = span(idx)
        if s >= 0:
            captured[part] = low[s:e]
            where[part] = s
    head_start = m.start()
    end = m.end()
    if "zone" in where and a_zone_heading_a_name(text, where["zone"], where["zone"] + len(captured["zone"])):
        # "at 3 p.m. Pacific Rim leaders met": a region heading a name, no zone of the clock's
        if rule.startswith("clock_zone"):
            return None         # ("by 1530 Eastern Cape ..." is no clock time without its zone)
        end = len(low[head_start:where.pop("zone")].rstrip()) + head_start
        del captured["zone"]
    pre = [(t.start(), t.end(), t.group()) for t in g.pre_token.finditer(low, pre_start, head_start)] \
        if pre_start < head_start else []

    parts: dict = {}
    kind = _head(rule, captured, where, parts, text, low, end)
    if kind is None:
        return None
    if parts.pop("abbreviation", False) and low.startswith(".", end):
        end += 1
    elif "month" in where and end == where["month"] + len(captured["month"]) + 1 and low[end - 1] == "." \
            and not lexicon.months().get(captured["month"], (0, False, True))[2]:
        end -= 1        # "on 5 November." ends a sentence; "5 Nov." keeps its point
    guarded_at = None           # where the expression ends without a suffix word that is also a preposition
    pointing = False            # ... a word that names the time it counts from ("a week after that")
    weekday = kind == "calendar" and parts.keys() == {"weekday"}
    daypart = kind == "daypart" and "shift" not in parts
    # ("the summer after next": the summer of the year after the coming one's, as "the week after next" is for weeks)
    season = parts.keys() - {"ambiguous"} == {"season"}
    day_turned = None           # where a part of the day ends before the word that turns it ("the night before")
    if kind == "unit" or weekday or daypart or season:
        for _ in range(2):          # "a minute and a half later"
            post = g.post.match(low, end)
            if not post:
                break
            word = lexicon.squash(post.group(1))
            role = lexicon.suffixes()[word]
            if (weekday or season) and role not in _SECOND_SHIFTS or season and role == "week_on":
                break           # a weekday takes only "the Tuesday before last", a season "the summer after next"
            if daypart:
                # "the night before", "the morning after" at the end of a clause: the part of the day before or
                # after the day told, as "the previous night" and "the next morning" are
                if role not in _DAY_TURNS or word not in lexicon.guarded_suffixes():
                    break
                parts["shift"], day_turned, end = _DAY_TURNS[role], end, post.end()
                break
            if role == "week_on" and not weekday:
                break           # "a four-day week" counts no week on
            if word in lexicon.guarded_suffixes() and role not in _SECOND_SHIFTS:
                guarded_at = end
                pointing = word in lexicon.pointing_suffixes()
            if role == "half":
                parts["fraction"] = 0.5
            elif role in _SECOND_SHIFTS:
                parts["shift"] = _SECOND_SHIFTS[role]
                if role == "week_on":
                    end = post.end()
                    break       # ("Tuesday week before last" is no weekday's)
            elif role != "filler":
                parts["direction"] = role
            end = post.end()
    if kind == "year" and parts.keys() == {"year"} or kind == "unit" and parts["unit"] == "C":
        end = _era_after(low, end, parts)
    start = _take_prefix(kind, pre, parts, head_start, low, end)
    if start is None:
        return None
    if kind == "unit" and start < head_start:
        start = _count_range_start(low, start, parts)
    if day_turned is not None and not parts.get("det"):
        del parts["shift"]          # ("stayed up all night after", "morning after morning"): no day turned
        end = day_turned
    if guarded_at is not None and not parts.get("det") \
            and (low[max(0, start - 12):start].split() or [""])[-1] not in lexicon.units() \
            and _COUNT_TELLS_WHEN.search(low, max(0, start - 30), start) is None \
            and not (pointing and not _opens_a_stretch(low, start)):
        # "for a year before, then left": a duration, then an adverb; after the period it moves, the count
        # dates it ("a loss in the same period a year before")
        parts.pop("direction", None)
        end = guarded_at
    elif guarded_at is not None and _a_determined_count_of_several(parts) and "direction" in parts:
        # "in each of the four years after that" is the stretch of the four years that follow the time told, as
        # "the following four years" is, not the fourth year on
        parts["shift"] = 1 if parts.pop("direction") == "later" else -1
        parts["anaphoric"] = True
        if parts["shift"] == 1:
            parts["after_told"] = True     # (those years open after the year told, which "the following" may hold)
    if not _plausible(kind, parts, text, low, start, head_start, end):
        return None
    if parts.get("unit") == "Y" and parts.get("fiscal") and "year" in parts:
        # "the 2025 fiscal year" reads as "fiscal year 2025", not as the year under way
        del parts["unit"]
        parts.pop("det", None)
    end = _split_fiscal_year(low, end, parts)
    return Expression(start, end, rule, parts, head_start)


def _a_determined_count_of_several(parts: dict) -> bool:
    """Do ``parts`` count more than one unit after a determiner ("the four years", not "the year" nor "four
    years")?"""
    return bool(parts.get("det")) and bool(parts.get("plural")) and parts.get("count", 1) > 1


@functools.lru_cache(maxsize=1)
def _era_word() -> re.Pattern:
    return re.compile(rf"\s*({lexicon.word_block('era')})(?![a-z])")


def _era_after(low: str, end: int, parts: dict) -> int:
    """Where a year or century ends with the era written after it ("1300 BC", "the 14th century BC"), which
    goes into ``parts`` ("era"): a year BC is not the year of the same number the calendar counts."""
    m = _era_word().match(low, end)
    if m is None or parts.get("year", 0) in lexicon.eras_also_places().get(m.group(1), ()):
        return end
    parts["era"] = lexicon.eras()[m.group(1)]
    return m.end()


# The second year of a fiscal year named by the two calendar years it spans, right after the first ("/26", "-26":
# the hyphen joins the two years as the slash does once the word "fiscal" has told a fiscal year).
_SPLIT_YEAR_END = re.compile(r"\s?[/\u2013-]\s?(\d\d)(?![\d/])")


def _split_fiscal_year(low: str, end: int, parts: dict) -> int:
    """Where a fiscal year named after its word by the two calendar years it spans ends ("fiscal year 2025/26",
    "fiscal year 2025-26", "fiscal 2025/26"), its year being the one it ends in, as "the 2025/26 fiscal year" is
    (FY2026), not a fiscal year cut at its slash."""
    if not parts.get("fiscal") or "year" not in parts or parts.keys() & {"quarter", "half", "month", "unit"}:
        return end
    if parts.get("year2") == parts["year"] + 1:
        parts["year"] = parts.pop("year2")     # the year's head took both years ("fiscal 2026/27")
        return end
    second = _SPLIT_YEAR_END.match(low, end)
    if second is None or int(second.group(1)) != (parts["year"] + 1) % 100:
        return end
    parts["year"] += 1
    return second.end()


def _head(rule, captured, where, parts, text, low, end) -> str | None:
    """Fill ``parts`` from the head's captured groups; return the kind of head, or None to drop it."""
    if "w1" in captured or "k1" in captured:
        words = lexicon.number_words()
        if "k1" in captured:            # "two thousand (and one)"
            thousands, rest = words[captured["k1"]], words[lexicon.squash(captured["k2"])] if "k2" in captured else 0
            year = thousands * 1000 + rest if thousands <= 2 and rest <= 99 else None
        else:
            year = _spoken_year([words[lexicon.squash(captured[k])] for k in ("w1", "w2", "w3") if k in captured])
        if year is None:
            return None
        parts["year"] = year
        return "year"
    if "dayno" in captured:
        # "day three" of a match, a trial or a summit: counted from its first day, which the story must tell
        # (pipeline/dates/mentions.py places it, or drops it)
        word = captured["dayno"]
        parts["event_day"] = int(word) if word.isdigit() else lexicon.number_words()[word]
        return "calendar"
    for common in ("unit", "deictic", "setword", "daypart"):
        if common in captured and _in_a_name(text, where[common]):
            return None
    if "midyear" in captured:
        # "by mid-year" alone: the middle of the year under way, as "by year-end" is its end
        parts.update(unit="Y", shift=0, mod="MID")
        return "unit"
    if "yearend" in captured:
        parts.update(unit="Y", shift=0, mod="END", year_end=True)
        return "unit"
    if "monthend" in captured:
        # "at month-end" is read as a bare year-end is (`year_end` marks the bare end of its unit): the end of the month
        # under way, the last one gone in a clause about the past
        parts.update(unit="M", shift=0, mod="END", year_end=True)
        return "unit"
    if "unit" in captured:
        unit, plural = lexicon.units()[captured["unit"]]
        parts["unit"] = unit
        if plural:
            parts["plural"] = True
        if captured["unit"] in lexicon.year_named_units():
            parts["whole_years"] = True     # a season straddles two years: counted seasons are whole years
        return "unit"
    if "deictic" in captured:
        phrase = lexicon.squash(captured["deictic"])
        parts["ref_type"], parts["ref_value"], det = lexicon.deictic()[phrase]
        if phrase in lexicon.later_today():
            parts["later_today"] = True
        if det != "no":
            parts["noun"] = det
        return "deictic"
    if "setword" in captured:
        parts["set"] = True
        parts["set_value"] = lexicon.set_words()[captured["setword"]]
        return "set"
    if "daypart" in captured:
        parts["daypart"] = lexicon.day_parts()[captured["daypart"]]
        return "daypart"
    if "ampm" in captured or "minute" in captured:
        hour = int(captured["hour"])
        if "ampm" in captured:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if captured["ampm"] == "p" else 0)
        parts["hour"] = hour
        parts["minute"] = int(captured.get("minute") or 0)
        return "clock"
    if "n1" in captured:
        parts["numeric"] = (int(captured["n1"]), int(captured["n2"]))
        parts["year"] = _full_year(captured["year"])
        return "calendar"
    if "qend" in captured:
        # "the September quarter", "the July-September quarter": the quarter ending that month
        end_month = lexicon.months()[captured["qend"]][0]
        start_month = lexicon.months()[captured["qstart"]][0] if "qstart" in captured else end_month - 2
        if (end_month - start_month) % 12 != 2 or not text[where["qend"]].isupper():
            return None
        if "qletter" in captured and not text[where["qletter"]].isupper():
            return None         # "Dec Q" (a broker's shorthand for "the December quarter") is written in capitals
        parts["quarter"] = (end_month - 3) % 12 // 3 + 1
        if end_month % 3:
            # "the January quarter" (as Nvidia or a retailer names a quarter of its fiscal year): the three months
            # ending that month, placed by the calendar quarter its first month is in
            parts["quarter_end"] = end_month
        _year_from(captured, parts)     # ("for the December 2024 quarter")
        return "year"
    if "hend" in captured:
        # "the December half" (as Australian reports name a half-year): the half ending that month
        end_month = lexicon.months()[captured["hend"]][0]
        if not text[where["hend"]].isupper():
            return None
        parts["half"] = 1 if end_month % 12 in range(6, 12) else 2
        if end_month % 6:
            # "the March half" (a bank whose year ends in September): the six months ending that month
            parts["half_end"] = end_month
        return "year"
    if "nth" in captured or "nthlast" in captured:
        # "the second Sunday in May": a day of the month told by its weekday's place among the month's; "the last
        # Sunday of March" counts from the month's end (its "last" is the head's, not a shift: _take_prefix)
        nth = lexicon.day_ordinal_words()[captured["nth"]] if "nth" in captured else -1
        if "of_the_year" in captured:
            # "the first Monday of the year": a year's first weekdays fall in its January, its last in its December
            month, abbreviation = (_JANUARY if nth > 0 else _DECEMBER), False
        else:
            month, _, abbreviation = lexicon.months()[captured["month"]]
        if nth > _WEEKS_A_MONTH_TOUCHES or abbreviation \
                or "month" in where and not text[where["month"]].isupper() or not text[where["weekday"]].isupper():
            return None
        parts.update(month=month, nth_weekday=(nth, lexicon.weekdays()[captured["weekday"]][0]))
        if "of_the_year" in captured and nth < 0:
            # (of "the year" the story is on, as "the end of the year" is: its last Friday is no December gone; its
            # first days stay the nearest January, "reopen on the first Monday of the year" in December the next)
            parts["year_of"] = dict(_THE_YEAR)
        if "year" in captured:
            parts["year"] = int(captured["year"])
        return "calendar"
    if "month" in captured:
        name = captured["month"]
        if name.isdigit():
            parts["month"] = int(name)
        else:
            month, ambiguous, abbreviation = lexicon.months()[name]
            if not text[where["month"]].isupper():
                return None
            if "day" not in captured and "year" not in captured \
                    and _a_name_after_an_agent(text, low, where["month"], where["month"] + len(name)):
                return None
            if abbreviation and "day" not in captured and "year" not in captured:
                after_dash, before_dash = _month_range_sides()
                if after_dash.match(low, end) or before_dash.search(low, max(0, where["month"] - 12), where["month"]):
                    pass            # "Jan-Sept": the months of a range need no point
                elif not low.startswith(".", end):
                    return None
                else:
                    parts["abbreviation"] = True
            parts["month"] = month
            if "day" not in captured and "year" not in captured:
                if ambiguous:
                    parts["ambiguous"] = True
                # "after a hot, dry May"
                _mark_described(parts, low, "month_weather", where["month"] - _DESCRIBED_REACH, where["month"])
        for key in ("day", "day2", "year"):
            if key in captured:
                parts[key] = int(captured[key])
        return "calendar"
    if "weekday" in captured:
        weekday, ambiguous, abbreviation = lexicon.weekdays()[captured["weekday"]]
        if not text[where["weekday"]].isupper():
            return None
        if ambiguous and not low.startswith(".", end):
            return None
        if ambiguous and _an_acronym_with_no_date_after(text, low, where["weekday"], end):
            return None
        if abbreviation:
            parts["abbreviation"] = True
        parts["weekday"] = weekday
        return "calendar"
    if "holiday" in captured:
        name = lexicon.squash(captured["holiday"])
        if not text[where["holiday"]].isupper() and name not in lexicon.holidays_in_lower_case():
            if name in lexicon.deictic():
                # "the new year" in lower case is the year (deictic.tsv), "the New Year" the holiday
                parts["ref_type"], parts["ref_value"], det = lexicon.deictic()[name]
                if det != "no":
                    parts["noun"] = det
                return "deictic"
            return None
        rule, _, other = lexicon.holidays()[name].partition("|")
        if "hquarter" in captured:
            return _holiday_quarter(rule, parts)
        _mark_counted_back(parts, captured)
        parts["holiday"] = rule
        _mark_holiday_hoped_for(parts, low, where["holiday"])
        if other:
            parts["holiday_in_context"] = other     # "New Year's Eve" in a text on the Spring Festival
        if "hweek" in captured:
            parts["holiday_week"] = True    # "Easter week": the week of that day
        if "hweekend" in captured:
            parts["holiday_weekend"] = True     # "the Thanksgiving weekend": the weekend that takes the day in
            if "hlong" in captured:
                parts["long_weekend"] = True    # "the Thanksgiving holiday weekend": the day and that weekend
        if "year" in captured:
            parts["year"] = int(captured["year"])   # "Christmas Eve 2020"
        return "calendar"
    if "season" in captured:
        if _in_a_name(text, where["season"]) and _CAPITAL_WORD.match(text, where["season"] + len(captured["season"])):
            return None     # a capital inside a sentence before another names a place: "Spring Hill, Tennessee"
        season, ambiguous = lexicon.seasons()[captured["season"]]
        parts["season"] = season
        if ambiguous:
            parts["ambiguous"] = True
        _mark_counted_back(parts, captured)    # "two summers ago", "the last two summers"
        at = where["season"]
        # "a wet spring"
        _mark_described(parts, low, "season_weather", at - _DESCRIBED_REACH, at + len(captured["season"]))
        return "calendar"
    if "qn" in captured:
        parts["quarter"] = int(captured["qn"])
        if "fy" in captured:
            parts["fiscal"] = True
        _year_from(captured, parts)
        if "year2" in captured:
            # "Q1 2024/25": a quarter of a year split across two, a fiscal year's (see mentions._split_year_quarter)
            year2 = parts["year"] // 100 * 100 + int(captured["year2"])
            if year2 != parts["year"] + 1:
                return None
            parts["year2"] = year2
        if rule == "quarter_code" and len(parts) == 1 and _after_preposition(low, where["qn"] - 1):
            # "will hold a capital markets day in Q2" names the quarter as "in the second quarter" does (not
            # "Q3 EBIT", the report's own quarter)
            parts["det"] = True
        return "year"
    if "isoweek" in captured:
        parts["isoweek"] = int(captured["isoweek"])   # "week 47": an ISO week, as shippers and factories count them
        _year_from(captured, parts)
        return "year"
    if "mn" in captured:
        if text[where["mn"] + 1] != "M":
            return None         # "9m 2025" after a sum is millions; "9M 2025" the first nine months of 2025
        # as "the first nine months of 2025" reads: months counted from the start of the year named
        parts.update(unit="M", plural=True, det=True, ordinal=1, count=int(captured["mn"]))
        _year_from(captured, parts)
        return "unit"
    if "hn" in captured:
        if rule == "half_digit_first" and text[where["hn"] + 1] != "H":
            return None         # "2h30" is two and a half hours; "2H30" the second half of 2030
        if rule == "half_code_alone":
            if text[where["hn"] - 1] != "H" or not _a_half_code_alone(low, where["hn"] - 1, where["hn"] + 1):
                return None
            # "expects H1 profit to be flat" names the half as "the first half" does (of a fiscal year too)
            parts.update(unit="H", det=True, ordinal=int(captured["hn"]))
            return "unit"
        parts["half"] = int(captured["hn"])
        if "fy" in captured:
            parts["fiscal"] = True      # "1H FY26": the first half of the fiscal year, not of 2026
        _year_from(captured, parts)
        return "year"
    if "decadeword" in captured:
        parts["decade_digit"] = lexicon.decade_words()[captured["decadeword"]]
        return "year"
    if rule.startswith("fiscal") or "fy" in captured:
        parts["fiscal"] = True
        _year_from(captured, parts)
        if "fyend" in captured:
            parts["fiscal_end_told"] = int(captured["fyend"])   # "FY3/26": the year that ends in March 2026
        return "year"
    if "cy" in captured:
        _year_from(captured, parts)     # "CY2026", "CY26E": a calendar year, as brokers write it
        return "year"
    if "short_year" in captured:
        parts["yy"] = int(captured["short_year"])      # "back in '19": a year of the century nearest the article
        return "year"
    if "yy" in captured and "year" not in captured:
        parts["decade_yy"] = int(captured["yy"])
        return "year"
    if "eyear" in captured:
        parts["year"] = int(captured["eyear"])     # "2200 BC", "79 A.D.": its era is read after it (_era_after)
        return "year"
    if "year" in captured:
        year = int(captured["year"])
        if captured.get("plural"):
            if year % 10:
                return None
            parts["decade"] = year // 10
        else:
            parts["year"] = year
            if "year2" in captured:
                year2 = year // 100 * 100 + int(captured["year2"])
                if captured.get("century2"):
                    # "the 2025/2026 budget": the second year written whole, as "2025/26" writes its last digits; two
                    # years apart so written are a number's ("Regulation 1308/2013"), no year split across two
                    year2 = int(captured["century2"] + captured["year2"])
                    if year2 != year + 1:
                        return None
                if year2 <= year:
                    return None
                parts["year2"] = year2
        return "year"
    if "day" in captured:
        parts["day"] = int(captured["day"])     # "on the 12th": a day of the month told of
        return "calendar"
    if "dayordinal" in captured:
        parts["day"] = lexicon.day_ordinal_words()[captured["dayordinal"]]     # "on the first", a day told in words
        return "calendar"
    return None


# How many weeks a month reaches into: no month has a sixth Sunday.
_WEEKS_A_MONTH_TOUCHES = 5
# A month that is also a given name, right after a word of agency and before a capitalised word of no date ("a new
# play by June Ellery"): group 1 is the word after it.
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![a-z-])")


def _a_name_after_an_agent(text: str, low: str, start: int, end: int) -> bool:
    """Is the month word text[start:end] a person's given name, right after a word of agency (tense.tsv kind agent:
    "by") and before a capitalised word that names no month, weekday or holiday ("a new play by June Ellery")?"""
    after = _CAPITALISED_WORD_AFTER.match(text, end)
    if after is None or lexicon.kind_right_before("agent").search(low, max(0, start - _AGENT_REACH), start) is None \
            or in_a_title_case_line(text, start):
        return False
    word = after.group(1).lower()
    return word not in lexicon.months() and word not in lexicon.weekdays() \
        and not any(holiday.startswith(word) for holiday in lexicon.holidays())


# How far before a month its word of agency is looked for (characters).
_AGENT_REACH = 12
_JANUARY = 1
_DECEMBER = 12
# "the year" with its article and no shift: the year the story is on (finder parts of the unit rule).
_THE_YEAR = {"unit": "Y", "det": True}


def _in_a_name(text: str, at: int) -> bool:
    """Is the common time word at ``at`` (a unit, "today", "noon", "daily") capitalised inside a
    sentence, as in the name of a show, a paper or a film ("ABC's This Week", "60 Minutes", "USA
    Today", "High Noon")?  English writes these words in lower case, so a capital that is not the
    first of a sentence marks a name (all capitals, a headline, say nothing)."""
    if not (text[at].isupper() and text[at + 1:at + 2].islower()):
        return False
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before >= 0 and (text[before].isalnum() or text[before] == ",") and not in_a_title_case_line(text, at)


def in_a_title_case_line(text: str, at: int) -> bool:
    """Is ``at`` in a short line whose every longer word is capitalised, a heading ("Veridian Cloud Holdings Reports
    Third Quarter 2025 Financial Results", "Third Quarter 2025 Highlights"), whose capitals say nothing?"""
    start = text.rfind("\n", max(0, at - _HEADING_REACH), at) + 1
    end = text.find("\n", at, at + _HEADING_REACH)
    if (start == 0 and at > _HEADING_REACH) or end == -1 and len(text) - at > _HEADING_REACH:
        return False
    words = _LONGER_WORD.findall(text, start, len(text) if end == -1 else end)
    return len(words) > 1 and all(word[0].isupper() for word in words)


# How far a heading runs on either side of a word in it (characters); a longer line is a sentence's.
_HEADING_REACH = 120
# The capitalised word that follows one in a name ("Spring Hill", "Fall River").
_CAPITAL_WORD = re.compile(r"[ \t]+[A-Z][a-z]")
# A word long enough to be capitalised in a title ("of", "and", "the" are not).
_LONGER_WORD = re.compile(r"[A-Za-z]{4,}")


def _first_word(low: str, start: int, end: int) -> str:
    """the head's own word, without the suffix read after it"""
    words = low[start:end].split(None, 1)
    return words[0] if words else ""


def _spoken_year(values: list[int]) -> int | None:
    """A year said in words, hundreds then the rest ("nineteen ninety-six": 19, 90, 6); None when the
    words make no year ("twelve hundred" is a count)."""
    if len(values) < 2 or not 11 <= values[0] <= 20:
        return None
    tens = values[1]
    if not 10 <= tens <= 99:
        return None
    if len(values) == 3:
        if tens % 10 or tens < 20 or not 1 <= values[2] <= 9:
            return None
        tens += values[2]
    return values[0] * 100 + tens


def _holiday_quarter(rule: str, parts: dict) -> str | None:
    """"the Christmas quarter": the quarter that holds the holiday's day (October-December), read as "the December
    quarter" is, by its calendar or its company's; only a holiday of a month of its own (holidays.tsv "12-25",
    "4:4:11"), not one that moves across months (Easter, the lunar new year)."""
    fields = rule.split(":")
    if len(fields) == 1 and "-" in rule:
        month = rule[:2]            # "12-25" (not "easter-2", whose month moves)
    elif len(fields) == 3:
        month = fields[2][:2]       # "4:4:11", "4:4:11+4"
    else:
        return None                 # ("after:1:1:11", "days:...": no month of its own read here)
    if not month.isdigit():
        return None
    parts["quarter"] = (int(month) - 1) // 3 + 1
    return "year"


def _year_from(captured: dict, parts: dict) -> None:
    if "year" in captured:
        parts["year"] = int(captured["year"])
    elif "yy" in captured or "fyy" in captured:
        parts["yy"] = int(captured.get("yy") or captured["fyy"])


# A season that closes its clause ("learned a lesson that autumn.") keeps "that" as its determiner.
_SEASON_CLOSES = re.compile(r"\s*(?:[.,;:!?)]|$)")
# a count that opens a sentence after another ("Six years on, nobody remembers") or follows a figure ("against £9.7
# million a decade before", its currency's word too: "from 61 million euros a year before") dates what it counts from,
# as a period word before it does; a duration has a verb or preposition before it ("for a year before, then left"),
# and a count opening the text has nothing to count from
_COUNT_TELLS_WHEN = re.compile(r"(?:(?:[.!?]\s|\n)[\"'\u201c\u2018]?|\d(?:\s+[a-z]+){0,2}\s)\s*\Z")
_FIGURE_REACH = 30


def _opens_a_stretch(low: str, start: int) -> bool:
    """Does a word that opens a stretch stand right before the count at ``start`` ("stayed for a year after that")?
    Then the count is a duration, not a day placed after the time the suffix names."""
    return any(unless.search(low, max(0, start - 12), start) for unless in lexicon.stretch_openers())


# The prefixes.tsv roles a word tells a part by alone ("the", "eve", "fiscal") and those whose value is the part
# ("early": mod START, "third": ordinal 3); the others are read in _take_prefix.
_ROLE_MARKS_PART = {"det": "det", "eve": "holiday_eve", "fiscal": "fiscal", "set": "set", "final": "final"}
_ROLE_PART_AS_TOLD = frozenset(("ordinal", "vague", "mod", "approx", "side"))


def _take_prefix(kind: str, pre: list, parts: dict, head_start: int, low: str, end: int = -1) -> int | None:
    """Read the prefix words that belong to this head (right to left); return the expression's start."""
    if not pre:
        # (a holiday or season in the plural is counted back only with its count: "Summers in Seville" are none)
        return None if parts.get("holidays_back") or parts.get("holidays_counted") else head_start
    accepts = _ACCEPTS[kind]
    if kind == "calendar" and "season" not in parts and "holiday" not in parts and "nth_weekday" not in parts \
            and not ("day" in parts and parts.keys().isdisjoint(("month", "weekday"))):
        accepts = accepts - {"det"}     # (not "the 12th", a day of the month told of: "since the 12th")
    elif kind == "year" and not _a_decade(kind, parts) and parts.keys().isdisjoint(("quarter", "half")):
        accepts = accepts - {"det"}
    elif kind == "deictic":
        accepts = accepts | {"filler"} if parts.get("noun") else accepts - {"det"}
    elif kind == "calendar" and "holiday" in parts:
        accepts = accepts | {"eve"}     # "the eve of the Lunar New Year holiday" ("on the eve of the vote" is none)
    words = lexicon.prefix_words()
    kept = []
    adjectival = bool(pre) and "-" in low[pre[-1][1]:head_start]
    for index in range(len(pre) - 1, -1, -1):
        s, e, token = pre[index]
        role, value = _prefix_role(token, words)
        if role == "vague" and value == "FUTURE" and kind == "calendar" and not parts.get("plural"):
            role, value = "shift", "+1"     # one season or month, "the coming winter", is the next one, as
                                            # "the coming months" are a vague stretch ahead
        if parts.get("holidays_counted"):
            # "the past three Christmases": a count, "past" or "last", "the", read right to left
            if len(kept) < len(_COUNTED_BACK_ROLES) and role in _COUNTED_BACK_ROLES[len(kept)]:
                kept.append((s, role, value, token))
                continue
            break
        if not kept and parts.get("nth_weekday", (1,))[0] < 0:
            kept.append((s, "nth", value, token))   # the "last" of "the last Sunday of March" places the day
            continue
        if role == "quality":
            if kept or parts.get("unit") != "WE" or parts.get("plural") or index == 0 \
                    or _prefix_role(pre[index - 1][2], words) not in (("count", 1), ("det", "")):
                break           # (only right before one weekend, after its article: "a dry weekend")
            kept.append((s, role, value, token))
            continue
        if role == "count" and value == 1 and kept and kept[-1][1] == "quality":
            role = "det"        # "a dry weekend" tells one particular weekend, as "the weekend" does
        if role == "hyphen_mod":
            if "-" not in low[e:kept[-1][0] if kept else head_start]:
                break           # "may end March 3": a verb's
            role = "mod"
        if role == "edge":
            role = "mod"
            if _a_decade(kind, parts):
                parts["decade_edge"] = True
        if role == "ordinal" and not kept and index and _prefix_role(pre[index - 1][2], words)[0] == "det" \
                and ((kind == "unit" and parts.get("unit") == "D" and not parts.get("plural")) or kind == "daypart"):
            # "the first day", "the third evening": a day of a match, a trial or a summit, as "day three" is
            parts["event_day"] = int(value)
            kept.append((s, "event_day", value, token))
            continue
        if role == "det" and kind == "calendar" and kept and kept[-1][1] == "shift" and kept[-1][2] == "+1" \
                and _prefix_role(kept[-1][3], words) == ("shift", "+1"):
            # a determiner before "next" and a month or weekday counts from the date told before, as "following"
            # does: "On Nov. 3, 2020, regulators halted the listing. The next April, Alibaba was fined" is 2021's
            # ("next April" alone counts from the date of writing, and so does "the coming winter")
            parts["anaphoric"] = True
            kept.append((s, role, value, token))
            continue
        if role not in accepts and not (role == "det" and kept and (
                kept[-1][1] == "mod" or (kept[-1][1] == "shift" and kept[-1][2].endswith("~")))):
            break               # (a determiner belongs to "the end of 2023", "the previous Friday")
        if role == "count" and value == 1 and not kept and parts.get("plural"):
            break               # "a months-long probe": one never counts a plural
        if kept:
            right_role = kept[-1][1]
            if right_role == "approx":
                break           # "about", "more than" open the expression
            if role == "shift" and right_role == "det":
                break           # a determiner is the first word of its phrase: "hoped in January that the year
                                # would" holds the conjunction "that"
            if role == "set" and right_role == "shift" and not str(kept[-1][2]).endswith("~"):
                break           # "deals worth more than $10 million each this quarter": "each" is the figure's,
                                # and a set never counts from the article date
            if role == "count" and right_role == "ordinal":
                if kind == "unit" and _year_like(token):
                    parts["year"] = int(token)      # "the 1988 second quarter"
                    kept.append((s, "year", None, token))
                    continue
                break           # "a third-quarter loss"
            if role == "count" and right_role == "count" and not _counts_combine(token, value, kept[-1][2]):
                break           # "$3 a year ago", "a two-hour"
            if role == "count" and right_role == "det" and "-" not in kept[-1][3]:
                break           # a determiner opens its phrase: "tickets from S$39 the following week" ends a price
            if (role == "count" and right_role in ("shift", "yearshift", "vague", "mod", "side")) \
                    or (role == "filler" and right_role == "shift") or (
                    role in ("shift", "vague") and right_role == "shift" and not str(kept[-1][2]).endswith("~")):
                # a number never stands before a shift or modifier word in one expression, nor a shift word
                # before one counted from the article date: "300,000 (early) last year" ends a figure, "said that
                # last week" opens a clause, "gains coming this week" is a verb's ("that same day" is
                # one expression), nor before a side word ("since 2021 earlier this month" ends a year); nor a filler
                # word ("on the calendar next week")
                break
            if adjectival and (role not in ("count", "ordinal", "approx", "fiscal") or right_role == "fiscal"):
                break           # "a 16-hour day", "its third-quarter profit": the determiner is the noun's
                                # ("its fiscal third-quarter results", "a fiscal first-quarter loss": "fiscal"
                                # is the compound's, and its first word)
        if role == "ordinal" and kind == "unit" and not (kept and kept[-1][1] == "count") \
                and not _an_ordinal_of_a_time(value, parts, low, end):
            break               # "one-third this year": an ordinal counts quarters, halves, centuries, and the
                                # weeks or weekends of what follows ("the third week of September")
        if kind == "calendar" and role == "count" and parts.get("holidays_back") and not kept \
                and isinstance(value, int) and 0 < value < 100:
            kept.append((s, "shift", str(-value), token))   # "two Easters ago": the second one back
            continue
        if kind == "calendar" and role == "count" and "holiday" in parts and "year" not in parts \
                and index == len(pre) - 1 and _year_like(token) and index > 0 \
                and _prefix_role(pre[index - 1][2], words)[0] == "det":
            parts["year"] = int(token)      # "the 2021 Double 11 shopping festival" (not "sold 2000 Christmas trees")
            kept.append((s, "year", None, token))
            continue
        if kind == "calendar" and role == "count":
            # "3 November 2020": a number right before a month name is its day
            if (index != len(pre) - 1 or "month" not in parts or "day" in parts or not token.isdigit()
                    or not 1 <= int(token) <= 31):
                break
        if value == "nearest" and role == "shift" and not any(k[1] == "fiscal" for k in kept):
            break               # "new" tells a time only of a fiscal period ("the new fiscal year"); before
                                # another head it is a plain adjective ("plans for the new decade")
        kept.append((s, role, value, token))
    kept.reverse()
    if kept and kept[0][1] == "mod" and kept[0][2] in ("START", "END") and " " not in kept[0][3] \
            and lexicon.onset_told_before().search(low, max(0, kept[0][0] - _FIGURE_REACH), kept[0][0]):
        kept.pop(0)         # "The rainy season was late this year": "late" tells the season's onset, an adjective
    # "over the past two months": the approx word is a preposition there
    while len(kept) > 1 and kept[0][1] == "approx" and kept[1][1] in _DETERMINING:
        kept.pop(0)
    # "Mexico bought 24% more than a year earlier": after a figure, "more than" is the figure's comparative, and
    # the date the base it is compared with, not a stretch of more than a year
    # ("grew 15% over five weeks": a one-word approx word after a figure is a preposition, and stays one)
    # (so after a fraction in words, tense.tsv kind fraction: "roughly a third less than two years ago")
    if kept and kept[0][1] == "approx" and kept[0][2] in ("MORE_THAN", "LESS_THAN") and " " in kept[0][3] \
            and any(figure.search(low, max(0, kept[0][0] - _FIGURE_REACH), kept[0][0])
                    for figure in (lexicon.percentage_before(), lexicon.kind_right_before("fraction"))):
        kept.pop(0)
    # "said that Friday": "that" is a conjunction before anything but a unit ("the previous Friday",
    # "the following Monday" keep theirs) or a season that closes its clause ("learned a lesson that autumn")
    if kept and kind != "unit" and kept[0][1] == "shift" and kept[0][2] == "0~" and not (
            _opens_sentence(low, kept[0][0]) or _after_preposition(low, kept[0][0])
            or ("season" in parts and _SEASON_CLOSES.match(low, end) is not None)
            or (("month" in parts or "weekday" in parts or "season" in parts or kind == "daypart")
                and not parts.keys() & {"day", "year"}
                and _that_determines(low, kept[0][0], end))):
        kept.pop(0)         # ("That Saturday, Ma spoke", "by that Friday": the determiner)
    if kept and kind == "calendar" and kept[0][1] == "shift" and kept[0][2] == "+1~":
        kept.pop(0)         # "following" with no determiner before a day, month or holiday is the preposition "after":
                            # "Sales fell following Easter" ("the following Easter" counts on from a date told)
    if kept and kind == "calendar" and kept[0][1] == "approx" and (kept[0][2] in _AMOUNT_COMPARED or (
            " " not in kept[0][3]
            and not (_opens_sentence(low, kept[0][0]) or _after_preposition(low, kept[0][0])))
            or low.endswith("-", 0, kept[0][0])):
        kept.pop(0)         # "any commentary about Singles Day": the noun's preposition ("on or about June 30",
                            # "until about March" keep it); a word comparing an amount compares none before a
                            # day or month, which it governs as a preposition: "Under Wednesday's plan", "over Easter"
                            # (nor one a hyphen joins to a noun: "in the run-up to Christmas")
    if parts.pop("holidays_back", False) and not any(role == "shift" for _, role, _, _ in kept):
        return None         # "Easters ago" with no count before it counts none back
    if parts.pop("holidays_counted", False):
        return _holidays_counted_back(kept, parts)
    counts = []
    for s, role, value, token in kept:
        if role in _ROLE_MARKS_PART:
            parts[_ROLE_MARKS_PART[role]] = True
        elif role in _ROLE_PART_AS_TOLD:
            parts[role] = value
        elif role == "count":
            if kind == "calendar":
                parts["day"] = int(token)
            else:
                counts.append(value)
        elif role == "shift":
            if value == "latest":
                parts["latest"] = True
            elif value == "nearest":
                parts["nearest"], parts["shift"] = True, 0     # joins as "the current fiscal year" does
            else:
                parts["shift"] = int(value.rstrip("~"))
                if value.endswith("~"):
                    parts["anaphoric"] = True
        elif role == "yearshift":
            parts["yearshift"] = int(value)
        elif role == "fraction":
            parts["fraction"] = float(value)
        elif role == "filler" and value == "workday" and kind == "unit":
            parts["workday"] = True
        elif role == "filler" and value == "other_calendar" and kind == "unit" and token.lower() in \
                lexicon.calendar_years():
            parts["calendar"] = token.lower()     # "the Iranian year": its months are counted from its own start
    if kind == "unit" and parts.get("unit") in _PER_YEAR and not counts and "ordinal" not in parts:
        opening = kept[0][0] if kept else head_start
        if parts.get("shift") == -1 and not parts.get("anaphoric") and (
                parts.get("det") or _A_YEAR_S_POSSESSIVE.search(low, max(0, opening - 8), opening)):
            # "the last half of 1989" is its second half: read so when a year is joined to it; "2025's last
            # quarter" too, the year's possessive its determiner (not "Ant's last quarter", its latest)
            parts["final"] = True
        if parts.get("final") and parts["unit"] == "Q" and "shift" not in parts and (
                parts.get("det") or _A_POSSESSIVE.search(low, max(0, opening - 3), opening)):
            # "the final quarter" is the fourth, of whatever year its text is on, as "the fourth quarter" is, and so
            # is a name's in the possessive ("Ant's final quarter"), which stands for the article
            del parts["final"]
            parts["ordinal"] = _PER_YEAR["Q"]
        elif parts.get("final") and (parts["unit"] == "H" or "shift" not in parts):
            parts["lonely"] = True      # "the latter half", "the last half of the '80s": no year to end
    if parts.get("det") and "shift" in parts and not counts and (kind == "daypart" or parts.get("unit") == "D"):
        # "the next day", "the next morning": the day after the one the text is telling of (the day
        # after the article date is "tomorrow")
        parts["anaphoric"] = True
    if counts:
        count = _combine_counts(counts)
        if isinstance(count, int) and count >= 1000 and len(counts) == 1 and (
                parts.get("unit") in ("Q", "P", "H", "M") or (parts.get("unit") == "Y" and parts.get("fiscal"))):
            parts["year"] = count        # "the 1988 period", "the 1989 quarter", "the 2025 fiscal year"
        else:
            parts["count"] = count
    if "fraction" in parts:
        fraction = parts.pop("fraction")
        if isinstance(parts.get("count"), int):
            parts["count"] += fraction      # "2 1/2 years", "two and a half years"
    return kept[0][0] if kept else head_start


# The roles of the words before a holiday or season counted back as a stretch, right to left: "the past three".
_COUNTED_BACK_ROLES = (("count",), ("vague", "shift"), ("det",))


def _holidays_counted_back(kept: list, parts: dict) -> int | None:
    """The start of a holiday or season in the plural counted back as a stretch ("the past three Christmases", "the
    last two summers"), its parts given the count (``counted``) and the last one gone (shift -1) that the stretch ends
    on, or counted on ("the next two summers": shift +1, the next one it opens with); ``None`` for a plural no "the
    past", "the last", "the next" or "the coming" and a count of two or more open, which names no times ("summers in
    Spain", "all four seasons")."""
    roles = [(role, value) for _, role, value, _ in kept]
    if len(roles) != 3 or roles[0][0] != "det" or roles[1] not in _COUNTED_WAYS \
            or roles[2][0] != "count" or not isinstance(roles[2][1], int) or not 2 <= roles[2][1] < 100:
        return None
    # ("the next two summers", "the coming three Christmases" count on from the next one, as the next two years do)
    parts["shift"], parts["counted"] = _COUNTED_WAYS[roles[1]], roles[2][1]
    return kept[0][0]


# The word before the count of a plural holiday or season and the way it counts: back from the last one gone, or on
# from the next one.
_COUNTED_WAYS = {("shift", "-1"): -1, ("vague", "PAST"): -1, ("shift", "+1"): 1, ("vague", "FUTURE"): 1}


_DIGITS = re.compile(r"\d+")
# How many quarters and halves a year has: the ordinal of the last one ("the final quarter of 1988"), from the
# months the resolver gives each unit.
_PER_YEAR = {unit: resolver.UNIT_MONTHS["Y"] // resolver.UNIT_MONTHS[unit] for unit in ("Q", "H")}


def _a_decade(kind: str, parts: dict) -> bool:
    """"the decade", "the 1990s", "the '80s", "the nineties"."""
    return (kind == "unit" and parts.get("unit") == "E") or (
        kind == "year" and not parts.keys().isdisjoint(("decade", "decade_yy", "decade_digit")))


def _prefix_role(token: str, words: dict) -> tuple[str, object]:
    if token[0].isdigit() and token not in words:
        if token[-1].isalpha():
            return "ordinal", int(_DIGITS.match(token).group())
        return "count", int(token.replace(",", ""))
    role, value = words[lexicon.squash(token)]
    if role in ("count", "ordinal"):
        return role, (value if value == "X" else float(value) if "." in value else int(value))
    return role, value


def _year_like(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1100 <= int(token) <= 2199


def _counts_combine(token: str, left, right) -> bool:
    """May the number word ``token`` (value ``left``) stand before a number ``right`` in one count?
    ("a few", "a couple of", "twenty four", "two thousand"; not "$3 a year").  Only a tens word takes a unit
    after it: "21.4 thousand a month ago" ends a figure's magnitude, no count of a thousand months."""
    if token[0].isdigit() or left == "X":
        return False
    if right == "X":
        return left == 1            # "a few"
    return right >= 100 or (20 <= left < 100 and left % 10 == 0 and right < 10)


def _combine_counts(values: list) -> object:
    """Number words to one count: "twenty four" 24, "two thousand" 2000, "a couple of" 2, "a few" X."""
    if "X" in values:
        return "X"
    total = 0
    for value in values:
        if value >= 100:
            total = max(total, 1) * value
        elif total >= 20 and value < 10 and total % 10 == 0:
            total += value
        else:
            total = value
    return total


# How far before a month a determiner and a word qualifying the month's noun may start ("a new March slot").
_SET_NOUN_PHRASE_REACH = 30


def _set_for_the_month(low: str, start: int, end: int) -> bool:
    """Does a month that is also a verb name a time set for something or a price's peak or low (patterns.tsv block
    month_set_noun) after a determiner ("a March rate cut", "its May peak")?  Without one the verb of a title-case
    headline reads the same ("Fed May Cut Rates Again")."""
    return _block_pattern("month_set_noun").match(low, end) is not None \
        and (lexicon.determiner_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is not None
             or lexicon.noun_phrase_before().search(low, max(0, start - _SET_NOUN_PHRASE_REACH), start) is not None)


def _a_happening_of_the_month(low: str, start: int, end: int) -> bool:
    """Does a month that is also a noun or a verb name a disaster or an incident of that month (patterns.tsv block
    month_happening) right after a determiner ("after a March flood")?  No march floods, and a modal "may" has a noun
    between it and its determiner ("the river may flood")."""
    return _block_pattern("month_happening").match(low, end) is not None \
        and lexicon.determiner_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is not None


def _a_publication_of_the_month(low: str, start: int, end: int) -> bool:
    """Does a month that is also a verb name a report, bulletin or issue published that month (patterns.tsv block
    month_publication) right after a determiner ("said in its March bulletin")?  A title-case headline's "Bank May
    Report Loss" has no determiner there, and "the bank may report" has a noun between."""
    return _block_pattern("month_publication").match(low, end) is not None \
        and lexicon.determiner_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is not None


# How far before a season its article and description may start ("an exceptionally stormy ").
_DESCRIBED_REACH = 40


def _mark_described(parts: dict, low: str, block: str, lo: int, hi: int) -> None:
    """Mark a month or season told by what it was like, a match of patterns.tsv ``block`` in low[lo:hi] (resolver part
    ``described``), and one a verb of hoping, wishing, praying or bracing is "for" before its article (block
    period_hoped_for, part ``hoped_for``): "Growers hope for a wet May" looks ahead to the May to come, as no one
    hopes for weather already lived; the resolver reads it so unless its clause is in the past ("had hoped for a wet
    May")."""
    described = _block_pattern(block).search(low, max(0, lo), hi)
    if described is None:
        return
    parts["described"] = True
    article = described.start()
    if _block_pattern("period_hoped_for").search(low, max(0, article - _DESCRIBED_REACH), article):
        parts["hoped_for"] = True


# An indefinite article and one word that tells what a holiday is wished to be like ("a calm ").
_ARTICLE_AND_WORD = re.compile(r"(?<![a-z])an?\s+[a-z-]+\s+\Z")


def _mark_holiday_hoped_for(parts: dict, low: str, at: int) -> None:
    """Mark a holiday a verb of hoping, wishing, praying or bracing is "for" before (block period_hoped_for, part
    ``hoped_for``), with or without an article and a word of what it should be like: "We are hoping for a calm
    Christmas", in January, looks ahead to the Christmas to come, as a month so hoped for does; no one hopes for a
    holiday already gone."""
    told = _ARTICLE_AND_WORD.search(low, max(0, at - _DESCRIBED_REACH), at)
    start = told.start() if told else at
    if _block_pattern("period_hoped_for").search(low, max(0, start - _DESCRIBED_REACH), start):
        parts["hoped_for"] = True


def _mark_counted_back(parts: dict, captured: dict) -> None:
    """Mark a holiday or season in the plural counted back (patterns.tsv rules *_counted_back: "two Easters ago", its
    count, a prefix, says how many back) or counted as a stretch (rules *_counted_stretch: "the past three
    Christmases", if its prefix counts one); ``_take_prefix`` reads the prefix."""
    if "hago" in captured:
        parts["holidays_back"] = True
    if "hpast" in captured:
        parts["holidays_counted"] = True


# A day of the month or a month word right after an abbreviated weekday and its full stop ("SAT. NOV. 29").
_A_DATE_AFTER_A_WEEKDAY = re.compile(r"\.\s*(?:\d|([a-z]+))")


def _an_acronym_with_no_date_after(text: str, low: str, start: int, end: int) -> bool:
    """Is the ambiguous weekday abbreviation at text[start:end] written all in capitals with no date after its full
    stop?  Capitals make it an agency's or a test's initials ("registered with the SAT.", Mexico's tax authority), a
    weekday in capitals only in a listing that dates it ("SAT. NOV. 29")."""
    if not text[start:end].isupper():
        return False
    after = _A_DATE_AFTER_A_WEEKDAY.match(low, end)
    return after is None or (after.group(1) is not None and after.group(1) not in lexicon.months())


# How far before a month the noun of a report's figures and its "for" may start ("statistics for ").
_FIGURES_FOR_REACH = 20


def _plausible(kind, parts, text, low, start, head_start, end) -> bool:
    """Drop heads that need company they do not have ("May" the verb, a bare "fall", a lone "morning")."""
    if parts.get("noun") == "required" and not parts.get("det"):
        return False            # "past tensions"
    if parts.get("ambiguous"):
        if parts.get("counted") and _block_pattern("season_plural_noun_of").match(low, end):
            return False        # "the last two falls in the index" are drops (block season_plural_noun_of)
        if "season" in parts and not parts.get("counted") and parts.get("shift") == -1 \
                and low.startswith("the ", start) and _block_pattern("season_singular_noun_in").match(text, end):
            return False        # "the last fall in copper prices" is a drop (block season_singular_noun_in)
        # ("set": "every" or "each" before a month makes it no verb: "rebalanced every March, June and September")
        if not (parts.get("det") or "shift" in parts or "mod" in parts or "day" in parts or parts.get("set")
                or _followed_by_year(low, end) or _after_preposition(low, start)
                or ("season" in parts and _block_pattern("season_superlative").search(low, max(0, start - 24), start))
                or ("season" in parts and _season_named_by_its_year(low, start, end))
                or parts.get("described")
                or ("month" in parts and (_in_a_span_of_months(low, start, end) or _after_a_listed_month(low, start)
                                          or _before_a_listed_month(text, low, end)
                                          or labels_its_line(low, start, end)
                                          or _block_pattern("month_noun").match(low, end) is not None
                                          or _block_pattern("month_figures_for").search(
                                              low, max(0, start - _FIGURES_FOR_REACH), start) is not None
                                          or _set_for_the_month(low, start, end)
                                          or _a_happening_of_the_month(low, start, end)
                                          or _a_publication_of_the_month(low, start, end)
                                          or _subject_of_a_future(text, low, start, end)))):
            return False
        parts.pop("ambiguous")
    if "event_day" in parts and kind in ("daypart", "unit") and not parts.get("det"):
        return False            # (a match's day is told with its determiner kept: "the third day", "its first day")
    if kind == "daypart" and "shift" not in parts and ":" not in parts["daypart"] and "event_day" not in parts:
        if _of_the_day_told(text, low, start, head_start, end):
            parts.update(shift=0, anaphoric=True)      # "jumped the highway in the afternoon": that afternoon
        else:
            parts["lonely"] = True       # kept only if a join gives it a day
    if kind == "unit":
        unit = parts["unit"]
        if unit == "Y" and parts.get("fiscal") and not parts.get("det") and low.endswith("'s ", 0, start):
            # "of Alibaba's fiscal year": a possessive is its determiner, but the year it names is only
            # placed through the period joined to it (alone it is the convention, "Alibaba's fiscal year ends")
            parts["det"] = parts["lonely"] = True
        if unit in _PER_YEAR and parts.get("final") and not parts.get("det") and low.endswith("'s ", 0, start):
            # "2026's final quarter", "the group's final half": the possessive is its determiner, as "its" is
            parts["det"] = True
        if unit == "W" and not parts.get("det") and _a_week_labelling_its_line(text, low, start, end):
            parts["det"] = True     # "- Week to Sept. 12: 6.8 billion": a label's week, its article dropped
        has_quantity = "count" in parts or "ordinal" in parts or "year" in parts
        if not (has_quantity or "shift" in parts or "vague" in parts or "yearshift" in parts or parts.get("set")
                or "direction" in parts or parts.get("latest") or parts.get("det") or parts.get("plural")):
            return False
        if unit == "s" and not has_quantity:
            return False
        if "shift" not in parts and "vague" not in parts \
                and _first_word(low, head_start, end) in lexicon.year_named_units():
            # seasons are years only counted from now ("the last two seasons", "recent seasons"): "the 2024 and 2025
            # seasons" are those years' (the year is read alone), "all four seasons", "the dry and rainy seasons" or
            # "six seasons on HBO" no years at all
            return False
        if unit == "H" and "shift" not in parts and parts.keys().isdisjoint(("year", "yy", "year_of")) \
                and low.endswith(lexicon.shifted_half_words(), head_start, end) \
                and not _followed_by_a_calendar_year(low, end) and not _a_semester_of_measures(low, start, end):
            return False    # "The first semester ends Dec. 18": a school's term, not the calendar's half (a year
                            # after it makes it that year's half: "the first semester of 2025")
        if unit == "H" and "ordinal" not in parts and not parts.get("final") and not (
                isinstance(parts.get("count"), int) and parts["count"] > 1) \
                and not ((parts.get("det") or "shift" in parts)
                         and low.endswith(lexicon.whole_half_words(), head_start, end)):
            # (a word for the half-year itself takes "last" or "next" as a year does: "last semester")
            if not _the_half_told(parts, low, start, end):
                return False    # "a half" is a fraction; halves of a year are "the first half"
            # "answered 62 million questions in the half": the report's period, as "in the period" is, kept only if
            # that is a half-year (mentions.py)
            parts.update(unit="P", told_half=True)
        if parts.get("plural") and unit in ("Q", "P", "H", "WE", "L") and not (has_quantity or "vague" in parts):
            return False        # "living quarters", "waiting periods"
        if "ordinal" in parts and "count" not in parts and not _an_ordinal_of_a_time(parts["ordinal"], parts, low, end):
            return False        # "the third consecutive month", "the second day"
    return True


def _a_half_code_alone(low: str, start: int, end: int) -> bool:
    """Is "H1", "H2" without a year a half-year ("a notably weaker H2 than H1", "expects H1 profit to be flat"), in a
    text that names halves elsewhere, not a product or hydrogen ("the H1 chip", "H2 pipelines"), here or elsewhere in
    the text ("the H2 fuel-cell trucks ... with H2 sales rising")?  (patterns.tsv)"""
    return (_block_pattern("half_code_before").search(low, max(0, start - 12), start) is not None
            or _block_pattern("half_code_after").match(low, end) is not None) and _names_halves(low) \
        and low[start + 1] not in _half_codes_of_things(low)


@functools.lru_cache(maxsize=1)
def _names_halves(low: str) -> bool:
    """Does the text name halves of a year anywhere (patterns.tsv block halves_named)?  Read once per text, not once
    per code: the search runs over the whole text."""
    return _block_pattern("halves_named").search(low) is not None


@functools.lru_cache(maxsize=1)
def _half_codes_of_things(low: str) -> frozenset:
    """The digits of the codes "H1", "H2" the text uses as a product or a chemical ("the H2 fuel-cell trucks"): a
    writer who names hydrogen "H2" does not name the second half so too ("with H2 sales rising").  Once per text."""
    return frozenset(found.group(1) for found in _block_pattern("half_code_thing").finditer(low))


def _the_half_told(parts: dict, low: str, start: int, end: int) -> bool:
    """Is a bare "the half" the time something happened in ("Cargo tonnage in the half reached 862,000 tonnes"),
    not a fraction of a thing ("the half of the board", "in the half hour")?  (patterns.tsv, half_told_*)"""
    return parts.keys() <= {"unit", "det"} \
        and _block_pattern("half_told_before").search(low, max(0, start - 12), start) is not None \
        and _block_pattern("half_told_after").match(low, end) is not None


def _of_the_day_told(text: str, low: str, start: int, head_start: int, end: int) -> bool:
    """Is a part of the day named alone after "in the" or "by" ("The fire jumped the highway in the afternoon",
    "By evening it had crossed the ridge") told in a clause in the past, so of the day the story last told (as
    "that afternoon" is; with no day told it names none)?  A clause in the present or of a habit is the part of
    any day ("I run in the morning", "Trading usually resumes in the afternoon")."""
    if _block_pattern("day_told_part").search(low, max(0, head_start - 12), head_start) is None \
            or _block_pattern("day_part_noun").match(low, end) is not None \
            or _block_pattern("day_part_day").match(low, end) is not None:
        return False
    return clause_tense(text, low, start, end) == "past" \
        and not clause_tenses(text, low, start, end) & set(HABIT)


_RESULTS_FOR = re.compile(r"(?<![a-z])for\s+\Z")
_RESULTS_REACH = 60     # characters before "for <year>" that a word of a company's results may stand in


def _results_year_for(expression: Expression, low: str) -> bool:
    """Is a bare year number the period a company's results are told for, after "for" and a word of its results
    (reporting_years.tsv), so no count: "reported an operating profit of 1.9 billion euros for 2025 last week"?"""
    return set(expression.parts) == {"year"} and results_told_for(low, expression.start)


def _a_year_told_before_a_count(year: Expression, count: Expression, low: str) -> bool:
    """Is a bare year after a preposition followed right by a count of time, or by a time told as earlier or later
    than now, so no count itself: "opened in 2019 two years late", "its highest since 2021 earlier this month" (a
    count is told by one number: "hired 1500 last year" keeps 1500 a count)?"""
    return set(year.parts) == {"year"} and ("count" in count.parts or "side" in count.parts) \
        and low[year.end:count.start].isspace() and _after_preposition(low, year.start)


def a_year_to_a_month_after(low: str, end: int) -> bool:
    """Is the year ending at ``end`` bounded later in its clause by a month with no year of its own (patterns.tsv
    block year_to_a_month_after: "for the year rose 6% through June")?"""
    return _block_pattern("year_to_a_month_after").match(low, end) is not None


def results_told_for(low: str, start: int) -> bool:
    """Does "for" right before ``start`` follow a word of a company's results (reporting_years.tsv) in its sentence:
    "reported an operating profit of 1.9 billion euros for 2025", "Revenue for the year rose 6%"?"""
    if not _RESULTS_FOR.search(low, max(0, start - 6), start):
        return False
    before = low[max(0, start - _RESULTS_REACH):start]
    before = before[max(before.rfind(". "), before.rfind(";")) + 1:]
    return lexicon.reporting_year_words().search(before) is not None


@functools.lru_cache(maxsize=1)
def _preposition_before() -> re.Pattern:
    words = lexicon.trie_regex(r["word"] for r in load_table("dates/prepositions.tsv"))
    return re.compile(rf"(?<![a-z]){words}\s+\Z")


def _after_preposition(low: str, start: int) -> bool:
    return bool(_preposition_before().search(low, max(0, start - 20), start))     # ("no earlier than ")


def after_preposition(low: str, start: int) -> bool:
    """Does a word of prepositions.tsv ("in", "during") stand right before ``start``?"""
    return _after_preposition(low, start)


def preposition_start(low: str, start: int) -> int:
    """Where a word of prepositions.tsv right before ``start`` begins ("in 1989"), else ``start``."""
    before = _preposition_before().search(low, max(0, start - 20), start)
    return start if before is None else before.start()


@functools.lru_cache(maxsize=1)
def _month_range_sides() -> tuple[re.Pattern, re.Pattern]:
    """(a dash and a month right after a month, a month and a dash right before one): "Jan-Sept"."""
    months = lexicon.trie_regex(lexicon.months())
    return (re.compile(rf"\s*-\s*{months}(?![a-z])"), re.compile(rf"(?<![a-z]){months}\.?\s*-\s*\Z"))


@functools.lru_cache(maxsize=1)
def _span_of_months_before() -> re.Pattern:
    """A month opening a span and the word between ending where a second month starts ("from March to",
    "between March and", "January to"; connectors.tsv kind span): the second month is one too, even a name that is
    also a verb ("Prices rose from March to May", "the cap for January to March")."""
    months = lexicon.trie_regex(lexicon.months())
    sides = "|".join(f"(?:{row['before']})(?:{months})\\.?(?:{row['between']})"
                     for row in load_table("dates/connectors.tsv") if row["kind"] == "span")
    return re.compile(rf"(?<![a-z])(?:{sides})\Z")


@functools.lru_cache(maxsize=1)
def _month_and_hyphen_before() -> re.Pattern:
    """A month and a hyphen ending where a second month starts: the two are one span, and the second a month
    even when it is also a verb ("in the October-March half", "the February-May period")."""
    return re.compile(rf"(?<![a-z])(?:{lexicon.trie_regex(lexicon.months())})\.?-\Z")


@functools.lru_cache(maxsize=1)
def _span_of_months_sides() -> tuple[re.Pattern, re.Pattern]:
    """(the word before a month that opens a span, the word between and the month that closes it), as pairs
    of alternatives in the same order: "between" | "and May"."""
    months = lexicon.trie_regex(lexicon.months())
    rows = [row for row in load_table("dates/connectors.tsv") if row["kind"] == "span" and row["before"]]
    befores = "|".join(f"(?P<b{i}>{row['before']})" for i, row in enumerate(rows))
    return (re.compile(rf"(?<![a-z])(?:{befores})\Z"),
            [re.compile(rf"\.?(?:{row['between']})(?:{months})(?![a-z])") for row in rows])


def closes_a_span_of_months(low: str, start: int) -> bool:
    """Is the month at ``start`` the second of a span of two months ("from October to January", "October-January")?"""
    return _span_of_months_before().search(low, max(0, start - 30), start) is not None \
        or closes_a_hyphened_span(low, start)


def closes_a_hyphened_span(low: str, start: int) -> bool:
    """Is the month at ``start`` the second of two joined by a hyphen ("the March-November period")?"""
    return _month_and_hyphen_before().search(low, max(0, start - 12), start) is not None


def _in_a_span_of_months(low: str, start: int, end: int) -> bool:
    """Is the month at ``start``..``end`` one end of a span of two months ("from March to May", "between March
    and May", "the March-November period")?"""
    if _span_of_months_before().search(low, max(0, start - 30), start) is not None \
            or closes_a_hyphened_span(low, start) or _month_range_sides()[0].match(low, end) is not None:
        return True         # (the first month of a hyphened span too: "the March-November period")
    before, betweens = _span_of_months_sides()
    opened = before.search(low, max(0, start - 12), start)
    if opened is None:
        return False
    index = int(next(name for name, value in opened.groupdict().items() if value is not None)[1:])
    return betweens[index].match(low, end) is not None


def listing_words() -> str:
    """The listing words of day_lists.tsv that list anywhere (no word required before the first day), as an
    alternation: "and", "or", "&"."""
    return "|".join(re.escape(r["word"]) for r in load_table("dates/day_lists.tsv") if not r["before"])


@functools.lru_cache(maxsize=1)
def _listed_month_before() -> re.Pattern:
    """A month and a listing word (day_lists.tsv, those that list anywhere) ending where a second month starts:
    the capitalised name after it is the next month of the list, even one that is also a verb ("skipped the
    voluntary workouts in April and May")."""
    months = lexicon.trie_regex(lexicon.months())
    words = listing_words()
    return re.compile(rf"(?<![a-z])(?:{months})\.?\s+(?:{words})\s+\Z")


def _after_a_listed_month(low: str, start: int) -> bool:
    return _listed_month_before().search(low, max(0, start - 16), start) is not None


@functools.lru_cache(maxsize=1)
def _listed_month_after() -> re.Pattern:
    """A listing word and a second month right after a month: the list names months both ways, so the first is a
    month even when it is also a verb ("May and June: a quieter stretch", as "April and May" reads its second)."""
    months = lexicon.trie_regex(lexicon.months())
    return re.compile(rf"\.?\s+(?:{listing_words()})\s+(?P<second>{months})(?![a-z])")


def _before_a_listed_month(text: str, low: str, end: int) -> bool:
    listed = _listed_month_after().match(low, end)
    # (the second is a month only as a capitalised name: "you may and june" is no list)
    return listed is not None and text[listed.start("second")].isupper()


def _a_week_labelling_its_line(text: str, low: str, start: int, end: int) -> bool:
    """Is a week named alone with a capital the label opening its line or list item, before the day it ended ("- Week
    to Sept. 12: 6.8 billion", a table's rows by week)?"""
    if not text[start].isupper() or _block_pattern("week_label_end").match(low, end) is None:
        return False
    line = low.rfind("\n", max(0, start - _LIST_NUMBER_REACH), start) + 1
    return (line == start or (line > 0 or start < _LIST_NUMBER_REACH)
            and _block_pattern("list_number").fullmatch(low, line, start) is not None)


def labels_its_line(low: str, start: int, end: int) -> bool:
    """Does the month open its line as the label of what follows ("March: Chairman Joe Tsai warned ...", a section
    of a month-by-month review)?  A verb or a modal never stands alone before a colon there."""
    if _block_pattern("line_label").match(low, end) is None:
        return False
    at = start      # (back over the blanks before it only: a long line is not read whole for each month)
    while at > 0 and low[at - 1] != "\n" and low[at - 1].isspace():
        at -= 1
    if at == 0 or low[at - 1] == "\n":
        return True
    # a numbered list's item ("3. March: Hong Kong's hot hand"): the list number before the month is short
    line = low.rfind("\n", max(0, start - _LIST_NUMBER_REACH), start) + 1
    return ((line > 0 or start < _LIST_NUMBER_REACH)
            and _block_pattern("list_number").fullmatch(low, line, start) is not None)


# How far before a month label its line's list number may start (characters: patterns.tsv block list_number).
_LIST_NUMBER_REACH = 6


# How far back a person named by a month word ("Theresa May") is looked for before a month that opens its sentence.
_SURNAME_REACH = 3000


def _subject_of_a_future(text: str, low: str, start: int, end: int) -> bool:
    """Does the month open its sentence as the subject of a verb of the future ("March will tell us more")?  Not
    when the text just named a person by that word ("Theresa May ... May will travel"), a surname then."""
    if _block_pattern("month_subject").match(low, end) is None:
        return False
    at = start      # (back over blanks and an opening quote only)
    while at > 0 and (low[at - 1] in " \t\"'\u201c\u2018"):
        at -= 1
    if at > 0 and low[at - 1] not in "\n.!?":
        return False
    return _surname(text[start:end]).search(text, max(0, start - _SURNAME_REACH), start) is None


@functools.lru_cache(maxsize=32)
def _surname(word: str) -> re.Pattern:
    """A person named by ``word``, a month word as the text spells it ("Theresa May"), as a pattern (see
    _subject_of_a_future)."""
    return re.compile(rf"[A-Z][a-z]+\.?\s+{re.escape(word)}(?![a-z])")


@functools.lru_cache(maxsize=1)
def _of_a_month_after() -> re.Pattern:
    """What follows a week counted in a month ("the third week of September"): a month name, the name of a
    holiday of several days (holidays.tsv rule RULE..END: "the first week of Ramadan") or the month told again
    (patterns.tsv block month_told_again: "the first week of the month"), after a connector of kind opening
    (connectors.tsv), as a match."""
    months = lexicon.trie_regex([*lexicon.months(),
                                 *(name for name, rule in lexicon.holidays().items() if ".." in rule)])
    between = "|".join(row["between"] for row in load_table("dates/connectors.tsv") if row["kind"] == "opening")
    return re.compile(rf"(?:{between})(?:{months}(?![a-z])|{_pattern_blocks()['month_told_again']})")


def _an_ordinal_of_a_time(ordinal, parts: dict, low: str, end: int) -> bool:
    """Does the ordinal ``ordinal`` before the unit of ``parts`` (ending at ``end``) tell a time: a quarter, half or
    century, a week or weekend of a month right after it ("the third week of September"), or "the first week" (day,
    month) counted before or after a day told right after it ("the first week after Christmas", the one week next to
    that day, as "the week after Christmas" is: connectors.tsv kinds count_before and count_after)?  Any other counts
    a series ("the third consecutive month", "the second day"), no date."""
    unit = parts.get("unit")
    return unit in ("Q", "H", "C") or (unit in ("W", "WE") and _of_a_month_after().match(low, end) is not None) \
        or (str(ordinal) == "1" and not parts.get("plural") and unit in ("D", "W", "M")
            and _counted_from_a_day().match(low, end) is not None)


@functools.cache
def _counted_from_a_day() -> re.Pattern:
    """What follows a stretch counted up to or from a day (connectors.tsv kinds count_before, count_after) and the
    first word of that day: a month, weekday or holiday name or a number ("the first week after the ban" is none)."""
    between = "|".join(row["between"] for row in load_table("dates/connectors.tsv")
                       if row["kind"] in ("count_before", "count_after"))
    names = lexicon.trie_regex([*lexicon.months(), *lexicon.weekdays(), *lexicon.holidays()])
    return re.compile(rf"(?:{between})(?:the\s+)?(?:{names}(?![a-z])|\d)")


# How far back a year its sentence told may stand before "that" and a month (a long sentence's worth).
_YEAR_TOLD_REACH = 240


def _that_determines(low: str, start: int, end: int) -> bool:
    """Is the "that" at ``start`` the determiner of the month or weekday that ends at ``end``?  It is when the
    date is an adverbial of its clause ("fined 3.44 billion yuan that October for similar practices", "ordered an
    overhaul that May,", "shares rose 4.6% that Monday, and"), unless a verb of saying stands before it ("said
    that May was slow").  So is it before a verb's past when its sentence told a year before it: the month is of
    that year ("Forbes put her fortune at $2.3 billion in 2021, before ... a record fine on Alibaba that April wiped
    out much of it"), as it mostly is even where "that" is a conjunction, though not right after a verb's past, whose
    object it opens ("The group, listed since 2014, conceded that June proved tough")."""
    before = lexicon.word_before().search(low, max(0, start - 30), start)
    if before is not None and lexicon.squash(before.group(1)) in lexicon.reporting_verbs():
        return False
    if lexicon.adverbial_close().match(low, end) is not None:
        return True
    # (a verb's past right before "that" takes it as the conjunction opening its object)
    after_a_past = before is not None and lexicon.past_verb_after().fullmatch(f" {before.group(1)}") is not None
    return not after_a_past and lexicon.past_verb_after().match(low, end) is not None \
        and lexicon.year_in_sentence_before().search(low, max(0, start - _YEAR_TOLD_REACH), start) is not None


def _opens_sentence(low: str, start: int) -> bool:
    before = low[max(0, start - 3):start].rstrip(" \t\"'`(")
    return not before or before[-1] in ".!?\n"


def _season_named_by_its_year(low: str, start: int, end: int) -> bool:
    """Is a season that is also a noun or a verb named right after a year, before the noun it qualifies ("the 2026
    spring season")?  A year there makes it the season, as a year after it does ("spring 2026"); "the 2008 fall in
    prices" and "the 2026 spring split" name no time of year after it and stay a drop and a league's."""
    return (_block_pattern("season_after_its_year").search(low, max(0, start - 8), start) is not None
            and _block_pattern("season_noun_after").match(low, end) is not None)


def _followed_by_year(low: str, end: int) -> bool:
    return bool(lexicon.year_after().match(low, end))


def _a_semester_of_measures(low: str, start: int, end: int) -> bool:
    """Does the sentence of a semester named by its ordinal tell a percentage or a sum of money?  Then it is the
    half-year of a company's or an economy's accounts, as Latin American and Philippine business copy names it ("Profit
    in the second semester was P10.3 billion", "exports rose 18% in the first semester"), not a school's term ("The
    first semester ends Dec. 18")."""
    opens = max(low.rfind("\n", 0, start), *(low.rfind(stop, 0, start) for stop in _SEMESTER_SENTENCE_STOPS))
    closes = min((at for at in (low.find(stop, end) for stop in ("\n", *_SEMESTER_SENTENCE_STOPS)) if at >= 0),
                 default=len(low))
    return lexicon.figure_anywhere().search(low, opens + 1, closes) is not None


# What closes a sentence for _a_semester_of_measures: a stop and a space (a decimal point has none).
_SEMESTER_SENTENCE_STOPS = (". ", "! ", "? ")


def _followed_by_a_calendar_year(low: str, end: int) -> bool:
    """Is a year of the calendar right after ``end``, not a split year ("of 2025", not "of 2025-26")?"""
    year = lexicon.year_after().match(low, end)
    return year is not None and _SPLIT_YEAR_GOES_ON.match(low, year.end()) is None


# What goes on after a year that makes it the first of a split year ("2025-26", "2025/26").
_SPLIT_YEAR_GOES_ON = re.compile(r"[-/\u2013]\d")


# --------------------------------------------------------------------------- guards and joins
def _apply_guards(found: list[Expression], low: str, g: _Grammar) -> list[Expression]:
    kept = []
    for exp in found:
        action = _guarded(exp, low, g)
        if action == "skip":
            continue
        if action == "set":
            exp.parts["set"] = True
        elif action == "name":
            exp.parts["in_a_name"] = True
        elif action == "label":
            # "the second of its fiscal year ending March 2027": the month names the year, no row of its own, but
            # the reader still goes on from that year (a day told after a year ending more than a year off is in it)
            exp.parts["labels_a_year"] = True
        elif action == "someday":
            # "Islam will one day be ...": an adverb of the indefinite future, not a stretch of one day
            exp.parts = {"ref_type": "DATE", "ref_value": "FUTURE_REF"}
        kept.append(exp)
    return kept


# How far before an expression the words standing right before it are looked for.
_BEFORE_REACH = 24


# A year by its number in the possessive, right before a period it owns ("2025's last quarter").
_A_YEAR_S_POSSESSIVE = re.compile(r"(?<![\w.])\d{4}['\u2019]s\s+\Z")
# The possessive "'s" right before a period it owns ("Ant's final quarter").
_A_POSSESSIVE = re.compile(r"['\u2019]s\s+\Z")


class Before:
    """A regex for what stands right before an expression (guards.tsv, connectors.tsv), starting a
    word: it is compiled to match the character before that word too, so that the regex engine jumps
    from one such character to the next instead of trying every place (a look-behind at the start
    of the regex would stop it doing that)."""

    def __init__(self, pattern: str, word: str = "a-z0-9", reach: int = _BEFORE_REACH):
        self.pattern = pattern
        self.reach = reach
        self._word = word
        self.last_words = last_words(pattern)

    @functools.cached_property
    def after_break(self) -> re.Pattern:
        """Compiled on the first search that gets past the last words: many rows never meet theirs in a process."""
        # (no group of its own around the pattern: the last group the match closes is then the pattern's own,
        # which names the row that matched when each alternative closes with a named group: see mentions._before_kinds)
        return re.compile(f"[^{self._word}](?:{self.pattern})\\Z")

    @functools.cached_property
    def inner(self) -> re.Pattern:
        """The pattern alone, for words at the very start of the text: needed there only, so compiled on the
        first such use (half of the compiles of the tables' `before` patterns)."""
        return re.compile(f"(?:{self.pattern})\\Z")

    def search(self, low: str, end: int) -> tuple[int, re.Match] | None:
        """(where the words begin, the match of the pattern) when the pattern ends at ``end``."""
        if self.last_words is not None and not last_words_end_at(low, end, self.last_words):
            return None
        lo = end - self.reach - 1
        if lo < 0:
            m = self.inner.match(low, 0, end)
            if m:
                return 0, m
            lo = 0
        m = self.after_break.search(low, lo, end)
        return (m.start() + 1, m) if m else None


def last_words_end_at(low: str, end: int, words: tuple[str, ...]) -> bool:
    """Does one of ``words`` (a pattern's last_words) end low[:end], with whitespace after it?  Every match of the
    pattern that ends at ``end`` needs it: where the answer is no, the pattern need not be tried."""
    k = end
    while k > 0 and low[k - 1].isspace():
        k -= 1
    return k != end and low.endswith(words, 0, k)


def last_words(pattern: str) -> tuple[str, ...] | None:
    """The words that every match of ``pattern`` ends with, followed by whitespace (``\\s+``), read off its parse
    tree: most texts before a date end with none of them, which str.endswith tells far faster than the regex
    tried at each place of its window.  None when some alternative is beyond this simple reading (then
    nothing is skipped)."""
    from re import _constants as C, _parser as P
    if re.search(r"\(\?[aiLmsux-]", pattern):
        return None     # (flags of its own: a literal may then match other characters)
    try:
        parsed = P.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        words = _last_words_of(list(parsed), C, 0)
    except (ValueError, RecursionError):
        return None
    if not words or any(not w or w[-1].isspace() for w in words):
        return None
    return tuple(sorted(words))


def _last_words_of(items: list, C, depth: int) -> set[str] | None:
    """(see last_words) for one sequence of parsed items; None when not sure."""
    if depth > 8:
        return None
    while items:
        op, av = items[-1]
        if op is C.SUBPATTERN and av[1:3] == (0, 0) and not av[-1]:
            items = items[:-1]          # an empty group, which names a row
        elif op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av is C.AT_END_STRING):
            items = items[:-1]          # (looks at the text, consumes none of it: a look-around, the end "\\Z")
        else:
            break
    if not items:
        return None
    op, av = items[-1]
    if op is C.SUBPATTERN and av[1:3] == (0, 0):
        return _last_words_of(items[:-1] + list(av[-1]), C, depth + 1)
    if op is C.BRANCH:
        return _last_words_of_each([items[:-1] + list(branch) for branch in av[1]], C, depth)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        # an optional part at the end: the words with it and without it
        return _last_words_of_each([items[:-1] + list(av[2]), items[:-1]], C, depth)
    if not (op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1
            and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]):
        return None                     # no whitespace (\s+) ends it
    # the finite strings just before the whitespace, read backwards as far as they go
    found, at = {""}, len(items) - 1
    while at > 0:
        op, av = items[at - 1]
        if op is C.SUBPATTERN and av[1:3] != (0, 0):
            break
        try:
            options = _strings_of_sequence([items[at - 1]], C)
        except ValueError:
            if found == {""} and op is C.SUBPATTERN:      # ("(?:start|kick\\s+off)\\s+": each way apart)
                return _last_words_of(items[:at - 1] + list(av[-1]) + items[at:], C, depth + 1)
            if found == {""} and op is C.BRANCH:
                return _last_words_of_each([items[:at - 1] + list(branch) + items[at:] for branch in av[1]], C, depth)
            break
        if len(options) * len(found) > 1000 or any(c.isspace() for o in options for c in o[-1:]) and found == {""}:
            break
        found = {o + f for o in options for f in found}
        at -= 1
    return None if "" in found else found


def _last_words_of_each(sequences: list, C, depth: int) -> set[str] | None:
    """(see last_words) the words of all ``sequences`` together, the ways of one place; None when not sure of one."""
    found: set[str] = set()
    for items in sequences:
        words = _last_words_of(items, C, depth + 1)
        if words is None:
            return None
        found |= words
    return found


# How many expression texts the guards remember the rows of (see grammar).
_GUARD_TEXTS = 4096


def _guarded(exp: Expression, low: str, g: _Grammar) -> str | None:
    after_only, rows, any_text, by_text = g.guard
    m = after_only.match(low, exp.end)
    if m:
        return m.lastgroup
    if any_text is not None and not any_text.fullmatch(low, exp.start, exp.end):
        return None
    if by_text is not None:
        said = low[exp.start:exp.end]
        known = by_text.get(said)
        if known is None:
            if len(by_text) >= _GUARD_TEXTS:
                by_text.clear()
            known = by_text[said] = _rows_with_any_before(
                _rows_whose_text_fits(rows, lambda text: text.fullmatch(said)))
    else:
        known = _rows_with_any_before(
            _rows_whose_text_fits(rows, lambda text: text.fullmatch(low, exp.start, exp.end)))
    rows, any_before, rows_without_before = known
    if any_before is not None and any_before.search(low, exp.start) is None:
        rows = rows_without_before
    for before, _, after, action in rows:
        if after is not None and not after.match(low, exp.end):
            continue
        if before is not None and not before.search(low, exp.start):
            continue
        return action
    return None


def _rows_whose_text_fits(rows: tuple, fits) -> tuple:
    """The guard rows without a `text` or whose `text` ``fits`` (a match or None) the expression's own: a third of
    the rows share their `text` with another (the seasons' rows, `.*`), so each distinct one is tried once."""
    tried = {}
    kept = []
    for row in rows:
        if row[1] is not None:
            if row[1] not in tried:
                tried[row[1]] = fits(row[1]) is not None
            if not tried[row[1]]:
                continue
        kept.append(row)
    return tuple(kept)


def _rows_with_any_before(rows: tuple) -> tuple[tuple, Before | None, tuple]:
    """The guard rows that apply to one expression text, one search for the `before` of all of them when several
    have one, and the rows without one: most expressions have none of those words before them, which that one
    search tells at once, and only the rows without a `before` are then left to try.  A row that sets a longer
    `reach` stays out of the one search and is tried on its own, its last words telling at once whether it can
    apply: the one search stays as narrow as the common rows need."""
    befores = tuple(row[0].pattern for row in rows if row[0] is not None and row[0].reach <= _BEFORE_REACH)
    if len(befores) < 2:
        return rows, None, rows
    return rows, _any_before(befores), tuple(row for row in rows if row[0] is None or row[0].reach > _BEFORE_REACH)


@functools.lru_cache(maxsize=None)
def _any_before(patterns: tuple[str, ...]) -> Before:
    return Before("|".join(f"(?:{pattern})" for pattern in patterns))


_A_NAME_S_FISCAL_YEAR = {"unit": "Y", "det": True, "fiscal": True, "lonely": True}


def describe(parts: dict) -> set[str]:
    """What an expression can be on one side of a join (see joins.tsv)."""
    tags = set()
    has_day = "day" in parts or "weekday" in parts or "holiday" in parts or (
        parts.get("ref_value", "").startswith("D") and "T" not in parts.get("ref_value", ""))
    if "weekday" in parts and "month" not in parts:
        tags.add("weekday")
    if "month" in parts and "day" in parts:
        tags.add("monthday")
    if has_day and "hour" not in parts and "daypart" not in parts:
        tags.add("day")
    if "daypart" in parts and not has_day:
        tags.add("daypart")
        if parts["daypart"][1:2].isdigit() and parts.keys() == {"daypart"}:
            tags.add("clock_word")      # "midnight", "noon": a clock time named by a word
    if "hour" in parts and not has_day:
        tags.add("clock")
    unit = parts.get("unit")
    if unit == "W" and parts.get("det") and not parts.keys() & {"shift", "count", "direction", "vague", "plural"}:
        tags.add("week")
    if unit == "W" and "shift" in parts and not parts.keys() & {"count", "direction", "vague", "plural", "anaphoric"}:
        tags.add("shifted_week")
    if "year" not in parts and "year_of" not in parts and "count" not in parts and "direction" not in parts and (
            ("month" in parts and "day" not in parts and not parts.get("shift")) or "season" in parts
            or (unit in ("Q", "H") and ("ordinal" in parts or parts.get("final"))) or "quarter" in parts
            or (unit in ("Q", "P", "W") and "shift" not in parts and not _weeks_told_by_no_number(parts))
            or (unit in ("Q", "P", "M") and _same(parts))
            or (unit in ("W", "WE") and _same(parts) and not parts.get("plural"))):
        tags.add("period")      # not "last October": its shift already places it, a year beside it is another date
    if "holiday" in parts and parts.keys().isdisjoint(("year", "year_of", "shift", "count", "direction")):
        tags.add("holiday")
    is_year_unit = unit == "Y" and "plural" not in parts and (
        "shift" in parts or ("direction" in parts and parts.get("count", 1) == 1))
    if (set(parts) <= {"year", "det", "fiscal"} and "year" in parts) or is_year_unit \
            or (parts.get("fiscal") and set(parts) == {"yy", "fiscal"}):
        tags.add("year")
    if is_year_unit and parts.get("shift") and "direction" not in parts:
        tags.add("shifted_year")    # "next year", "last year": a holiday before it is of that year
    if set(parts) == {"year"}:
        tags.add("year_number")     # "2026" alone, not "this year"
    if set(parts) == {"month", "year"}:
        tags.add("month_year")      # "February 2027"
    if set(parts) == {"month", "shift"} and parts["shift"] in (-1, 1):
        tags.add("shifted_month")   # "next March": a holiday before it is of the year that March falls in
    if set(parts) == {"year", "year2"} and parts["year2"] == parts["year"] + 1:
        tags.add("split_year")      # "2025/26": a year split across two, a fiscal or school year
    if "season" in parts and parts.keys() <= {"season", "ambiguous"}:
        tags.add("season")          # "winter" alone: a split year before it names the season it runs across
    if parts == {"unit": "Y", "det": True, "fiscal": True} or parts == _A_NAME_S_FISCAL_YEAR:
        tags.add("fiscal_year")     # "the fiscal year": the one under way, or the one the text is on
    if parts == {"unit": "Y", "det": True}:
        tags.add("the_year")        # "the year": the one under way, or the one the text is on
    if _an_end_of_a_period_alone(parts):
        tags.add("period_end")      # "the end of the quarter", "the end of the season": a day after it may name it
    if unit in _MIXED_UNITS and isinstance(parts.get("count"), int):
        if parts.keys() <= {"unit", "count", "plural", "det", "shift", "vague"}:
            # "two months" ("the two months and ten days it had to appeal" keeps its "the", "the next two years
            # and three months" its shift, "the past two years and six months" its side of now: the smaller
            # count after it carries none of them)
            tags.add("count_unit")
        if "direction" in parts and parts.keys() <= {"unit", "count", "plural", "direction"}:
            tags.add("count_direction")     # "three months ago": the count a larger one before it adds to
    if unit in _MIXED_UNITS and parts.get("plural") and parts.keys() <= {"unit", "plural", "det", "vague"}:
        tags.add("plural_unit")     # "weeks", "recent weeks", "the coming weeks": a stretch of no count
        if parts.keys() == {"unit", "plural"}:
            tags.add("bare_plural_unit")    # "months" alone: it shares the side of now told before it
    return tags


def _an_end_of_a_period_alone(parts: dict) -> bool:
    """Is ``parts`` the end of a period the text names by its unit, with no day or year of its own ("the end of the
    quarter", "the end of the season" of deictic.tsv's G+0E)?"""
    if parts.keys() & {"day", "weekday", "month", "year", "year_of", "count", "direction", "shift", "plural"}:
        return False
    if parts.get("mod") == "END" and parts.get("unit") in ("Y", "H", "Q", "M", "W") and parts.get("det"):
        return True
    return parts.get("ref_value", "").endswith("+0E")


# The units a duration of mixed units may join, largest first ("two months and ten days"; not "ten days and two
# months", nor quarters, which no TimeML duration counts).
_MIXED_UNITS = ("Y", "M", "W", "D", "h", "min", "s")
# The tags of the smaller count of such a duration, which joins only after a larger unit's count.
_SMALLER_COUNTS = frozenset(("count_unit", "count_direction"))


def _join(found: list[Expression], low: str, g: _Grammar) -> list[Expression]:
    if not found:
        return found
    out = [found[0]]
    for exp in found[1:]:
        prev = out[-1]
        merged = _try_join(prev, exp, low, g)
        if merged is not None:
            out[-1] = merged
        else:
            out.append(exp)
    return out


def _the_year_of_a_second_day_for_both(found: list[Expression], low: str) -> list[Expression]:
    """``found`` where the second of two days of a month listed gained a year counted from now ("Feb. 16 and 17 this
    year", "April 23 and 24 next year"), which is the year of both, as a year told whole after the second is ("Nov. 3
    and 4, 1998"): the first takes it, so that the pair stays a pair in one year."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.parts.keys() == {"month", "day"} and b.parts.keys() == {"month", "day", "year_of"} \
                and a.parts["month"] == b.parts["month"] and a.parts["day"] < b.parts["day"] \
                and _a_listing_word_between().fullmatch(low, a.end, b.start):
            out[i - 1] = Expression(a.start, a.end, a.rule, dict(a.parts, year_of=b.parts["year_of"]), a.head_start)
    return out


@functools.lru_cache(maxsize=1)
def _a_listing_word_between() -> re.Pattern:
    """A listing word of day_lists.tsv that lists anywhere, alone between two days ("16 and 17")."""
    return re.compile(rf"\s+(?:{day_listing_words()})\s+")


def _without_lonely(found: list[Expression]) -> list[Expression]:
    """Drops the parts of a day no join gave a day, unless told of a happening ("the morning of the crash")."""
    return [e for e in found if not e.parts.get("lonely") or "event" in e.parts]


# The longest text between two expressions a join may span (" rolls around " in "Christmas rolls around next year"),
# and before a fiscal year named by its owner ("of the company's " before "fiscal year" or "fiscal 2026").
_JOIN_GAP = 14
_JOIN_GAP_BEFORE_A_NAME_S_FISCAL_YEAR = 28


def _a_fiscal_year_an_owner_may_name(parts: dict) -> bool:
    """Are ``parts`` a fiscal year, by its number or as "the fiscal year", that an owner's name in the possessive may
    stand before ("the first quarter of the company's fiscal 2026")?  The gap's own pattern (joins.tsv) still asks
    for that possessive, so the longer reach only lets a longer owner through."""
    return parts == _A_NAME_S_FISCAL_YEAR or (bool(parts.get("fiscal")) and bool(parts.keys() & {"year", "yy"})
                                              and parts.keys() <= {"year", "yy", "fiscal"})


# A blank line: a paragraph (or a heading) ends there, and no expression runs on past it ("THURSDAY, JULY 16" as a
# heading, then "Morning - Containment rises" opening the entry under it).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _try_join(a: Expression, b: Expression, low: str, g: _Grammar) -> Expression | None:
    if b.start - a.end > (_JOIN_GAP_BEFORE_A_NAME_S_FISCAL_YEAR if _a_fiscal_year_an_owner_may_name(b.parts)
                          else _JOIN_GAP):
        return None
    if _PARAGRAPH_BREAK.search(low, a.end, b.start):
        return None
    if a.parts.get("set") and "year" in b.parts:
        return None     # "narrow in every quarter of calendar 2026": each quarter recurs; the year is one date
    left, right = describe(a.parts), describe(b.parts)
    if right & _SMALLER_COUNTS and ("count_unit" not in left or b.parts.keys() & {"det", "shift", "vague"}
                                    or _MIXED_UNITS.index(a.parts["unit"]) >= _MIXED_UNITS.index(b.parts["unit"])):
        right = right - _SMALLER_COUNTS     # a smaller unit after a larger, the two told once
    for lname, gap, rname in g.joins:
        if lname in left and rname in right and gap.fullmatch(low, a.end, b.start):
            merged = _merge(a.parts, lname, b.parts, rname)
            if a.rule == "month_quarter" and merged.get("fiscal"):
                # "the December quarter of FY25": the quarter its month closes within that fiscal year, not the
                # fiscal year's fourth quarter
                merged["by_month"] = True
            return Expression(a.start, b.end, a.rule + "+" + b.rule, merged, a.head_start)
    return None


def _weeks_told_by_no_number(parts: dict) -> bool:
    """Are ``parts`` weeks in the plural with neither count nor ordinal ("the first weeks of 2026", where "the first"
    stays apart)?  They are no period a year joined to them places (the year makes the row), as "the first months of
    2026" are not."""
    return parts.get("unit") == "W" and bool(parts.get("plural")) and parts.keys().isdisjoint(("count", "ordinal"))


def _merge(left: dict, lname: str, right: dict, rname: str) -> dict:
    if rname in ("year", "shifted_year"):
        return _with_year(left, right)
    if rname == "the_year":
        # "the second half of the year": of the year the story is on, or else read as "the second half"
        # (the year its tense leaves it in)
        return dict(_with_year(left, right), of_the_year=True)
    if lname == "year":
        return _with_year(right, left)
    if rname == "month_year":
        return dict(left, year=right["year"])      # "Presidents' Day weekend in February 2027": that year's
    if rname == "shifted_month":
        return dict(left, in_month=(right["month"], right["shift"]))   # "the Nowruz holiday next March"
    if lname == "the_year" and rname == "year_number":
        return dict(right)      # "a net profit for the full year in 2026": the year is the one it names
    if lname == "week":
        return dict(right, week_of=True)       # "the week of March 6": the week that holds the day
    if lname == "period_end":
        # "the end of the season on Sept. 30": the day restates the end it names, and is of the period that end is of
        return dict(right, end_of=dict(left))
    if rname == "shifted_week":
        return dict(left, week_shift=right["shift"])    # "Tuesday next week": that day of next week
    if rname == "fiscal_year":
        return dict(left, fiscal=True)         # "the second half of the fiscal year": a fiscal half
    if rname == "count_unit":
        return dict(left, plus=(right["count"], right["unit"]))     # "two months and ten days"
    if rname == "count_direction":
        # "two years and three months ago": counted back by both
        return dict(left, plus=(right["count"], right["unit"]), direction=right["direction"])
    merged = dict(right)
    merged.update(left)
    merged.pop("lonely", None)
    return merged


def _same(parts: dict) -> bool:
    """"the same quarter": the period the text is on, which a year after it moves ("the same period
    last year")."""
    return parts.get("shift") == 0 and parts.get("anaphoric", False)


def _with_year(period: dict, year: dict) -> dict:
    merged = dict(period)
    if merged.pop("final", False):
        # the last quarter or half of the year named: "the last half of 1989", "the final quarter of 1988"
        merged.pop("lonely", None)
        merged.pop("shift", None)
        merged["ordinal"] = _PER_YEAR[merged["unit"]]
    if _same(merged):
        del merged["shift"], merged["anaphoric"]
        if year == {"unit": "Y", "shift": -1}:
            merged["same_last_year"] = True     # (resolver.resolve: a year before the period told, if last year's)
    if set(year) <= {"year", "det", "fiscal"} or (year.get("fiscal") and set(year) == {"yy", "fiscal"}):
        if "year" in year:
            merged["year"] = year["year"]
        else:
            merged["yy"] = year["yy"]       # "the second half of FY26"
        if year.get("fiscal"):
            merged["fiscal"] = True         # "the first quarter of fiscal 2025"
    else:
        merged["year_of"] = year
    return merged


# --------------------------------------------------------------------------- tense of a clause
# A sentence ends at terminal punctuation followed by a capitalised word, maybe after an opening
# quote or bracket ("Nov. 3" does not end one; ".  ``This" does).
# (It starts with a character class so that the regex engine jumps from one candidate to the next.)
_CLAUSE_END = re.compile(r"[.!?;\n](?:(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[`]*[A-Z])|(?<=;)|(?<=\n)[ \t]*\n\s*)")
# How far back a sentence end is looked for (beyond it, the clause is cut there).
_SENTENCE_REACH = 260
# The word before a full stop, to tell an abbreviation or an initial from a sentence end.
_WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+\Z")
_SPACES = re.compile(r"\s*")
# How far from the expression a tense marker may stand (characters before / after it).
_REACH_BEFORE, _REACH_AFTER = 250, 150
# A marker after the expression weighs less than one before it; a word ending ("-ed") less than a word.
_AFTER_WEIGHT, _ENDING_WEIGHT, _ENDING_PENALTY = 1.5, 2, 10


def _ends_sentence(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if word is None:
        return True
    after = _SPACES.match(text, stop + 1).end()
    if after > stop + 1 and a_clock_zone(text, after):
        return False            # "at 7:30 a.m. Hong Kong time on Thursday": the clock's time zone goes on
    token = word.group().lower()
    if len(token) == 1 and not text[word.start() - 1:word.start()].isdigit():
        return False            # an initial: "Jack M. Ma" (a letter glued to a figure is a unit: "at 38p. In")
    ends = abbreviation_ends_sentence(token, text, after)
    return ends is not False


class Clauses:
    """The sentences of a text and the tense markers of each, found when first asked for and kept
    (the expressions of one sentence share them)."""

    def __init__(self, text: str, low: str | None = None):
        self.text = text
        self.low = low if low is not None else lower_form(text)
        self._markers: dict[tuple[int, int], list] = {}
        self._real_ends: dict[int, bool] = {}
        self._future: dict[tuple[int, int], list] = {}
        self._placed_plans: dict[tuple[int, int], list] = {}
        self._sentences: dict[tuple, tuple[int, int]] = {}

    def sentence(self, start: int, end: int, window: tuple[int, int] | None = None) -> tuple[int, int]:
        """The sentence around text[start:end]: within ``window`` (its sentence, when the caller knows
        it), between the sentence ends on either side."""
        key = (start, end, window)
        # (each span is looked for on its own, not taken from the sentence found last: a sentence
        # longer than the reach back is cut where the span's own reach begins, so that reuse made the
        # answer depend on which span was asked for first)
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = self._sentence(start, end, window)
        return found

    def _sentence(self, start: int, end: int, window: tuple[int, int] | None) -> tuple[int, int]:
        # The sentence ends on either side are looked for from the expression outwards (backwards
        # within a few hundred characters, as far as a clause is read): no scan of the whole text.
        text = self.text
        lo, hi = window if window else (0, len(text))
        reach = max(lo, start - _SENTENCE_REACH)
        for m in reversed(list(_CLAUSE_END.finditer(text, reach, start))):
            if m.end() <= start and self._ends_sentence(m.start()):
                lo = max(lo, m.end())       # the last end before the expression
                break
        else:
            # (a text without a window that runs on for long without a sentence end, a table or a list,
            # is cut at the reach: its markers would otherwise be read again from the text's start)
            lo = reach if window is None else lo
        m = _CLAUSE_END.search(text, end, hi)
        while m is not None and not self._ends_sentence(m.start()):
            m = _CLAUSE_END.search(text, m.start() + 1, hi)
        if m is not None:
            hi = m.start()
        return lo, hi

    def _ends_sentence(self, stop: int) -> bool:
        """Does the punctuation at ``stop`` end a sentence ("Mr. Ma", "Daniel P. Davison" do not)?"""
        known = self._real_ends.get(stop)
        if known is None:
            known = self._real_ends[stop] = _ends_sentence(self.text, stop)
        return known

    def future_markers(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        """The markers of the future, of plans and of schedules in text[lo:hi] (one sentence): (start,
        end, whether it makes a forecast: a schedule, "reports results on Nov. 25", does not)."""
        key = (lo, hi)
        found = self._future.get(key)
        if found is None:
            found = self._future[key] = _future_markers(self.low, lo, hi, self.text)
        return found

    def placed_plans(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The span of the "to" of each plan placed before its infinitive in text[lo:hi] (one sentence): "agreed on
        Sunday to lift" looks ahead as _markers reads it, up to a comma (", lifting shares on Friday" tells what the
        decision did)."""
        key = (lo, hi)
        found = self._placed_plans.get(key)
        if found is None:
            found = self._placed_plans[key] = [m.span(1) for m in lexicon.placed_plan().finditer(self.low, lo, hi)
                                               if not _called_off(self.low, m.start())]
        return found

    def placed_plan_before(self, lo: int, hi: int, start: int, reach_from: int) -> tuple[int, int] | None:
        """The placed plan of text[lo:hi] that ends before ``start`` at or after ``reach_from``, no comma between but
        those closing a noun in apposition (a plan's object may be told more of: "to raise the price it pays for power
        from bagasse, the fibre left after cane is crushed, to 6.5 rupees from April 1")."""
        return next(((s, e) for s, e in self.placed_plans(lo, hi)
                     if reach_from <= s and e <= start
                     and "," not in lexicon.closed_noun_aside().sub(" ", self.low[e:start])), None)

    def markers(self, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
        """The tense markers of text[lo:hi] (one sentence): (start, end, tense, is a listed word)."""
        key = (lo, hi)
        found = self._markers.get(key)
        if found is None:
            found = self._markers[key] = _markers(self.low, lo, hi, self.text)
        return found


def in_a_side_clause(low: str, start: int, window: tuple[int, int] | None = None) -> bool:
    """Is the expression at ``start`` in a clause opened by a boundary word of tense.tsv with no
    punctuation between ("Daniel Zhang, who had run the company since 2015")?  Such a clause gives
    background, not the time the story has reached."""
    return _side_clause_start(low, start, window) is not None


def in_an_aside_with_figures(low: str, start: int, window: tuple[int, int] | None = None) -> bool:
    """in_a_side_clause, where a point or comma inside a number ends no clause ("its shares, which peaked at $48.50 in
    November 2021, were delisted"): for an anaphor's year, which an aside's date must not capture."""
    lo = max(window[0] if window else 0, start - _SIDE_CLAUSE_REACH)
    return _aside_with_figures().search(low, lo, start) is not None


@functools.lru_cache(maxsize=None)
def _aside_with_figures() -> re.Pattern:
    return re.compile(rf"{_clause_opener().pattern}(?:[^,.;:!?\n]|(?<=\d)[.,](?=\d))*\Z")


def in_a_side_clause_with_a_verb(low: str, start: int, end: int, window: tuple[int, int] | None,
                                 clauses: Clauses) -> bool:
    """Is the expression in a side clause (see :func:`in_a_side_clause`), one with a verb of its own before it when
    its word opens an event (tense.tsv tense event)?  Such a word also opens a mere phrase, with no verb:
    "accelerated after DeepSeek's breakthrough in January 2025" names the time the story is on, as "Daniel Zhang,
    who had run the company since 2015" does not."""
    opened = _side_clause_start(low, start, window)
    if opened is None:
        return False
    opener = _clause_opener().match(low, opened)
    if lexicon.squash(opener.group()) not in lexicon.event_openers():
        return True
    if _GERUND.match(low, opener.end()):
        return True                 # "After accounting for a revision Friday to December's figures": a verb
    s_lo, s_hi = clauses.sentence(start, end, window)
    return any(opened < s and e <= start and tense not in _NO_TENSE
               for s, e, tense, _ in clauses.markers(s_lo, s_hi))


# A gerund right after a word opening a clause, which makes it a clause with a verb ("after averaging").
_GERUND = re.compile(r"\s+[a-z]{2,}ing(?![a-z'-])")


def opens_a_present_participle(low: str, at: int) -> bool:
    """Does a word in -ing follow ``at`` (", sending the shares down 71%")?  A phrase so opened after a comma hangs on
    the clause before it, which it does not close."""
    return _GERUND.match(low, at) is not None


def in_a_participle_aside(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                          adverb: bool = False) -> bool:
    """Is the expression at ``start``..``end`` in a phrase set off by commas after a noun and opened by a
    participle that governs it ("Its chatbot, launched in April 2023, had fewer users by June")?  Like a side
    clause, it may give background (see mentions._Reading._background_aside).  A participle with an object
    before the date counts only when it opens the phrase, by its ending, and the phrase ends the sentence
    ("the 618 festival, named after JD's founding on June 18, 1998.") or the sentence's verb follows its close
    ("The aircraft, delivered new to the airline in June 2017, had logged"): otherwise such a phrase is as
    often the main verb ("Hanbit, founded in 2013, listed on the KOSDAQ in October 2020 at 31,000 won a share,
    raising").  With ``adverb``, an adverb of tense.tsv kind aside_adverb may stand before the participle ("The
    change, first proposed in October, ...")."""
    lo = max(window[0] if window else 0, start - _SIDE_CLAUSE_REACH)
    hi = window[1] if window else len(low)
    if _participle_aside_opening(adverb).search(low, lo, start) is not None:
        return _ASIDE_CLOSE.match(low, end, hi) is not None
    if _SENTENCE_CLOSE.match(low, end, hi) is None and not _main_verb_after_the_close(low, end, hi):
        return False
    opening = lexicon.last_match(_participle_with_object_opening(), low, lo, start)
    return opening is not None and lexicon.verb_object_between(text, low, opening.end(), start)


def qualifies_the_subject(low: str, start: int, end: int) -> bool:
    """Is the date at ``start``..``end`` governed by a participle that qualifies the subject of the finite verb right
    after the date ("Results published on Tuesday evening showed revenue of ...", "The rule announced on Monday will
    take effect")?  Such a day only says which thing the clause is about: the clause tells no happening on it."""
    word = _WORD_AFTER.match(low, end)
    if word is None or not low[end:word.start(1)].isspace() or not a_finite_verb(word.group(1)):
        return False
    participle = participle_right_before(low, start)
    return participle is not None and lexicon.verb_head_before().search(
        low, max(0, participle.start() - _SIDE_CLAUSE_REACH), participle.start()) is None \
        and _NOUN_BEFORE.search(low, max(0, participle.start() - 40), participle.start()) is not None


def participle_right_before(low: str, start: int) -> re.Match | None:
    """The participle of the past that governs the date at ``start``, a link at most between ("flights cancelled on
    Monday", "a meeting held on Friday"), or None.  Such a date tells when that was done, whatever the sentence is
    after."""
    return _participle_before_a_date().search(low, max(0, start - _SIDE_CLAUSE_REACH), start)


def a_finite_verb(word: str) -> bool:
    """Is ``word`` a finite verb by tense.tsv: a word of the past, past perfect or future, an auxiliary, or a word
    with an ending of the past ("showed")?"""
    words, endings = lexicon.tense_words()
    kind = words.get(word)
    if kind is not None:
        return kind in _FINITE
    return any(word.endswith(e) and tense == "past" for e, tense in endings.items())


# A noun (a word, no stop) right before a participle.
_NOUN_BEFORE = re.compile(r"[a-z0-9]\s+\Z")


@functools.lru_cache(maxsize=1)
def _participle_before_a_date() -> re.Pattern:
    """A participle of the past (tense.tsv: a word of the past or one with its ending) and the gap up to the date."""
    gap = lexicon.verb_to_date_gap().pattern
    return re.compile(rf"(?<![a-z'-]){_past_participle()}{gap}\Z")


# The rest of a phrase set off by commas: up to its closing comma, with no other stop before it.
_ASIDE_CLOSE = re.compile(r"[^,.;:!?\n]*,")

# A date that ends its sentence.
_SENTENCE_CLOSE = re.compile(r"[.!?]")


def _main_verb_after_the_close(low: str, end: int, hi: int) -> bool:
    """Does a finite verb (tense.tsv: a word of the past, past perfect or future, or an auxiliary) follow the comma
    that closes the phrase from ``end``?"""
    close = _ASIDE_CLOSE.match(low, end, hi)
    word = _WORD_AFTER.match(low, close.end(), hi) if close is not None else None
    return word is not None and lexicon.tense_words()[0].get(word.group(1)) in _FINITE


_WORD_AFTER = re.compile(r"\s*([a-z']+)")
_FINITE = ("past", "pluperfect", "future", "auxiliary")
# What may stand between an auxiliary and its participle: space, maybe around an adverb in -ly ("We are fully booked
# until Easter" tells no past, "has formally offered").
ADVERB_GAP = re.compile(r"\s+(?:[a-z]{2,}ly\s+)?")


# How far after a passive's participle a second one joined to it is looked for (characters: a short phrase of place or
# time may stand between, "are separated at kitchen tables by evening, then dried").
_PARTICIPLE_JOIN_REACH = 60


def _a_participle_joined_to_one_before(low: str, participle_end: int, start: int, found: list) -> bool:
    """Is the word at ``start`` a second participle of the passive whose participle ends at ``participle_end``: a word
    of tense.tsv kind participle_join right before it, no other marker of tense and no end of a clause between?  "The
    stigmas are separated by evening, then dried overnight" is one routine in the present; a new subject after the
    join ("and buyers rushed in") puts words between the join and the verb, so it keeps its past."""
    if participle_end < 0 or start - participle_end > _PARTICIPLE_JOIN_REACH or any(s >= participle_end
                                                                                    for s, *_ in found):
        return False
    if any(mark in low[participle_end:start] for mark in ";:()\"\u201c\u201d"):
        return False
    return lexicon.participle_join_before().search(low, participle_end, start) is not None


@functools.lru_cache(maxsize=1)
def _gerund_before_a_date() -> re.Pattern:
    """A word in -ing and the gap up to the date it governs ("expiring on", "expiring at")."""
    return re.compile(rf"{_GERUND.pattern}{lexicon.verb_to_date_gap().pattern}\Z")


@functools.lru_cache(maxsize=1)
def _participle_with_object_opening() -> re.Pattern:
    return re.compile(rf"[a-z0-9)],\s+[a-z]+(?:{_past_endings()})(?![a-z'-])")


@functools.lru_cache(maxsize=1)
def _modal_perfect_opening() -> re.Pattern:
    """A modal perfect (tense.tsv kind counterfactual: "would have") and the word after it: group 1."""
    return re.compile(rf"{lexicon.counterfactual().pattern}\s+([a-z]+)(?![a-z'-])")


def _modal_perfect_at(low: str, start: int, words: dict[str, str]) -> bool:
    """Does a modal perfect with its participle start at ``start`` ("would have capped", "would have been"; not "would
    have to", nor "would have capacity")?"""
    found = _modal_perfect_opening().match(low, start)
    if found is None:
        return False
    verb = found.group(1)
    return words.get(verb) in ("past", "auxiliary") or _participle_ending().search(verb) is not None


@functools.lru_cache(maxsize=1)
def _participle_ending() -> re.Pattern:
    """A word of two letters or more before an ending of the past (tense.tsv): built once, not on each modal perfect
    met."""
    return re.compile(rf"[a-z]{{2}}(?:{_past_endings()})\Z")


@functools.lru_cache(maxsize=1)
def _past_participle() -> str:
    """A participle of the past as one regex: a word of the past of tense.tsv, or a word with one of its endings of the
    past."""
    return rf"(?:{_tense_words_regex('past')}|[a-z]+(?:{_past_endings()}))"


@functools.lru_cache(maxsize=1)
def _past_endings() -> str:
    """The endings of the past of tense.tsv (kind suffix: "-ed"), as one regex."""
    return lexicon.trie_regex(e for e, tense in lexicon.tense_words()[1].items() if tense == "past")


@functools.lru_cache(maxsize=2)
def _participle_aside_opening(adverb: bool = False) -> re.Pattern:
    # (the participle governs the date right after it: "Swavely, president of the division, attributed the
    # company's third-quarter performance" is the main verb, with an object)
    gap = lexicon.verb_to_date_gap().pattern
    head = _aside_head_with_its_adverb() if adverb else r"[a-z0-9)],\s+"
    return re.compile(rf"{head}{_past_participle()}{gap}\Z")


def _side_clause_start(low: str, start: int, window: tuple[int, int] | None) -> int | None:
    """Where the side clause holding ``start`` opens (see :func:`in_a_side_clause`), if one does."""
    lo = max(window[0] if window else 0, start - _SIDE_CLAUSE_REACH)
    found = _side_clause_opening().search(low, lo, start) \
        or _side_clause_opening_over_figures().search(low, lo, start)
    return found.start() if found else None


def in_a_background_clause(low: str, start: int, window: tuple[int, int] | None = None) -> bool:
    """Is the expression at ``start`` in a clause that tells the background of a date before it (tense.tsv kind
    background: "in May, when his lawyers argued that evidence seized on Nov. 18, 2021 ...")?"""
    lo = max(window[0] if window else 0, start - _SIDE_CLAUSE_REACH)
    return lexicon.background_clause().search(low, lo, start) is not None


def a_clause_opens(low: str, start: int, end: int) -> bool:
    """Does a word that opens another clause (tense.tsv kind boundary) stand in low[start:end]?"""
    return _clause_opener().search(low, start, end) is not None


def a_coordinator_in(low: str, start: int, end: int) -> bool:
    """Does a word that may join another clause (tense.tsv kind coordinator: "and", "but") stand in low[start:end]?"""
    return lexicon.coordinator_word().search(low, start, end) is not None


def a_clause_looks_back(low: str, start: int, end: int) -> bool:
    """Does a word that opens a clause that may look back in time stand in low[start:end] ("halted on Nov. 3,
    2020, weeks after a speech in October")?  A relative pronoun of tense onward does not: its clause tells
    what came of the thing named ("signed an agreement in December last year, which won approval in June")."""
    return first_look_back_opener(low, start, end) is not None


def first_look_back_opener(low: str, start: int, end: int) -> int | None:
    """Where the first word that opens a clause that may look back in time stands in low[start:end], as
    a_clause_looks_back reads it, else None."""
    onward = lexicon.onward_openers()
    return next((m.start() for m in _clause_opener().finditer(low, start, end)
                 if lexicon.squash(m.group()) not in onward), None)


def an_event_opened_last(low: str, start: int, end: int) -> bool:
    """Is the last word that opens a clause in low[start:end] one that names an event before the time told of
    (tense.tsv tense event: "in January 2023, when it cut its forecast after a weak autumn")?"""
    last = lexicon.last_match(_clause_opener(), low, start, end)
    return last is not None and lexicon.squash(last.group()) in lexicon.event_openers()


@functools.lru_cache(maxsize=1)
def _clause_opener() -> re.Pattern:
    # (a word of kind after_comma opens a clause only after its comma, as _markers reads it: ", as the airport added
    # two gates" opens one, "should slow as the base effect from this year's boom fades" goes on in the one it is in)
    anywhere = _tense_words_regex("boundary", comma_only=False)
    after_comma = _tense_words_regex("boundary", comma_only=True)
    bare = lexicon.bare_plural_subject_and_past_verb().pattern
    return re.compile(rf"(?<![a-z-])(?:{anywhere}|(?<=,\s)(?:{after_comma})|(?={bare})(?:{_bare_openings()}))"
                      rf"(?![a-z-])")


@functools.lru_cache(maxsize=1)
def _bare_openings() -> str:
    """The words of tense.tsv kind bare_subject_opening as one regex."""
    return lexicon.trie_regex(lexicon.words_of_kinds("bare_subject_opening"))


@functools.lru_cache(maxsize=None)
def _tense_words_regex(*kinds: str, comma_only: bool | None = None) -> str:
    """The whole words of tense.tsv whose tense or kind is one of ``kinds`` (as lexicon.tense_words reads them), as
    one regex; with ``comma_only`` True only the words of kind after_comma, False all but them."""
    words, _ = lexicon.tense_words()
    after_comma = lexicon.after_comma_words()
    return lexicon.trie_regex(w for w, kind in words.items()
                              if kind in kinds and (comma_only is None or (w in after_comma) == comma_only))


# How far back the word opening a side clause is looked for (characters).
_SIDE_CLAUSE_REACH = 120
# How far (characters) before a verb its subject or the noun its participle qualifies is read ("the appeal filed",
# "said it had").
_NOUN_PHRASE_REACH = 40


@functools.lru_cache(maxsize=1)
def _side_clause_opening() -> re.Pattern:
    return re.compile(rf"{_clause_opener().pattern}[^,.;:!?\n]*\Z")


@functools.lru_cache(maxsize=None)
def _side_clause_opening_over_figures() -> re.Pattern:
    """A word that opens a clause of its own, and that clause up to the end, a point or comma inside a number ending
    none ("Imports, which hit a record 41.7 billion dollars in 2021, have eased")."""
    return re.compile(rf"(?<![a-z-])(?:{lexicon.clause_openers_of_their_own()})(?![a-z-])"
                      rf"(?:[^,.;:!?\n]|(?<=\d)[.,](?=\d))*\Z")


def _markers(low: str, lo: int, hi: int, text: str | None = None) -> list[tuple[int, int, str, bool]]:
    g = grammar()
    words, endings = lexicon.tense_words()
    raw = []                                # (start, end, word)
    after_start = max(lo - 1, 0)
    if lo == 0:
        m = g.tense_word_at_start.match(low, 0, hi)
        if m:
            raw.append((0, m.end(), m.group(1)))
            after_start = m.end()           # (no word inside it: "Media reports on Monday said")
    for m in g.tense_word.finditer(low, after_start, hi):
        if m.start(1) >= lo:
            raw.append((m.start(1), m.end(1), m.group(1)))
    for m in g.tense_clitic.finditer(low, lo, hi):
        raw.append((m.start(), m.end(), m.group()))
    listed_ends = {e for _, e, _ in raw}
    # (a word ending inside a listed phrase, past its first word, is that phrase's: the "called" of "have called a")
    listed_spans = [(s, e) for s, e, w in raw if " " in w]
    # (a phrase of no tense that starts with a verb leaves it none: "followed by"; but right before a clock time
    # that closes the clause the verb is in the past and the time its deadline, as before "noon": "and the staff
    # followed by 3 p.m."; a clock time before a noun lists what follows: "followed by 10 a.m. remarks")
    listed_starts = {s for s, e, w in raw if words.get(lexicon.squash(w)) == "none"
                     and not _a_clock_time_closing_the_clause_after(low, e, hi)}
    for m in g.tense_ending.finditer(low, lo, hi):
        end = m.end()
        start = m.start()
        while start > lo and "a" <= low[start - 1] <= "z":
            start -= 1
        if end in listed_ends or start in listed_starts or start == m.start() or (start > 0 and low[start - 1] == "-") \
                or any(s < start and end < e for s, e in listed_spans):
            continue                        # a listed word, a bare ending, or "so-called"
        raw.append((start, end, None))
    raw.sort()
    found = []
    after_auxiliary = after_past = after_participle = -1
    possible = lexicon.possibility_words()
    # (a verb whose -s form is also a plural noun is read as one only where a base_past verb is: "ByteDance plans")
    base_past = lexicon.words_of_kinds("base_past", "subject_verb")
    for start, end, word in raw:
        if word is not None and word in base_past and not base_form_in_the_past(text, low, start, end):
            continue
        if word is not None and word in lexicon.words_of_kinds("remaining") \
                and (remains := _tells_what_remains(low, lo, start, end)) is not None:
            if remains:                     # "has 30 cases left to decide in July": what is still to be done
                found.append((start, end, "future", True))  # looks ahead
            continue                        # "has about 30 cases left to decide": what remains, no departure
        if word is not None and _a_noun_without_its_count(low, lo, start, end, word):
            continue                        # "a plan 10 years in the making" is the noun; "plan 30 flights" the verb
        if word is not None and word in lexicon.sight_forecast_words() \
                and (lexicon.object_and_forecast_form_after().match(low, end) is None
                     or _a_habit_right_before(low, lo, start)):
            continue                        # "sees its shares slump 9% on Thursday" tells what was seen
        if word is not None and lexicon.squash(word) in lexicon.absolute_ahead_words() \
                and lexicon.absolute_phrase().search(low, max(lo, start - _ABSOLUTE_REACH), start) is None:
            continue                        # "the first premier to come to Beijing in March": the noun's infinitive
        if word is not None and word in lexicon.timetable_alone_words() \
                and lexicon.times_of_a_timetable_after().match(text or low, end) is None:
            continue                        # "Bitcoin runs past $120,000 on Monday": a move, no timetable
        if word is None:
            if lexicon.bare_form_before(low, lo, start):
                continue                    # "may exceed 35C on Saturday", "in isolated spots": no verb in the past
            if _inside_a_name(text, start, end):
                continue                    # "launched its app in the United States in March": a name's word
            listed = False
            tense = next(t for suffix, t in endings.items() if low.endswith(suffix, start, end))
        else:
            listed = True
            squashed = lexicon.squash(word)
            if squashed in possible or squashed in lexicon.question_words():
                continue                    # a forecast's marker only (see _future_markers)
            if not _after_a_comma(low, start, squashed):
                if words.get(squashed.split()[-1]) == "auxiliary":
                    after_auxiliary = end   # ("guidelines to be published in early November": a participle)
                continue
            tense = words[squashed]
            if tense == "schedule" and " " in squashed \
                    and lexicon.count_before().search(low, max(lo, start - _NOUN_PHRASE_REACH), start):
                continue                    # "SpaceX made 30 launches in March": the plural noun a count counts, no
                                            # verb of a timetable (a phrase with its preposition, which a noun
                                            # shares; a word alone is left to the words around it)
            if squashed in lexicon.request_words() and lexicon.object_and_infinitive_after().match(low, end) is None:
                tense = "past"              # "asked about the deal on Monday" tells no request of what is to come
            if tense == "past" and (backshifted := lexicon.backshifted_plans().get(squashed)) \
                    and a_saying_before_the_subject(low, lo, start) and not _a_plan_undone_after(low, end, hi, text):
                tense = backshifted     # "said he was hoping to sign in March": the speaker's "I am hoping to", a
                                        # plan still ahead
            if tense == "auxiliary":
                after_auxiliary = end
                continue
            if tense == "future" and words.get(squashed.split()[-1]) == "auxiliary":
                after_auxiliary = end       # (", to be paid in July": the participle of a plan, no past)
            if tense == "future" and _modal_perfect_at(low, start, words):
                tense = "past"              # "would have capped shipments from May 15": what was not, in the past
                                            # ("would have to be filed by Jan. 10" is still a future)
            if tense == "future" and _an_estimate_of_the_sum_before(low, lo, start, squashed):
                tense = "past"              # "behind the $5.5 billion analysts expected in October": made then
            if tense == "plan" and (_an_adjective_of_a_plan(low, start, squashed)
                                    or _an_adverb_s_adjective_before_its_link(low, start, end, squashed)):
                continue                    # "faced the demanding schedule in April": no demand looking ahead
            if tense == "future" and _an_adjective_of_likelihood(low, start, end, squashed):
                continue                    # "the likely cause of the June 7 derailment": no time ahead
            if tense == "future" and _a_predicate_of_the_past(low, start, squashed, found):
                continue                    # "The streak stayed intact into the second quarter": what it was then
            if tense == "future" and squashed in lexicon.forecast_nouns() and (
                    _a_forecast_noun(low, lo, start, end) or _owned(low, lo, start)
                    or _participle_with_its_link().match(low, end) is not None):
                continue                    # a noun of forecast, no verb looking ahead: "cut their 2026 profit
                                            # forecast for BYD on Friday" (the cut's day), "kept its forecast milk
                                            # price on Wednesday" (right after its owner), "state forecasts published
                                            # in December show" (a participle qualifies it)
            if tense == "past" and squashed.split()[0] in lexicon.forecast_nouns() \
                    and any(t == "future" for *_, t, _ in found) \
                    and lexicon.forecast_noun_phrase()[0].search(low, max(lo, start - _NOUN_PHRASE_REACH), start):
                continue                    # "will issue its first forecast on April 3": the noun after a verb of
                                            # the future, not "The central bank forecast on Thursday" in the past
        if tense in lexicon.PAST_TENSES and after_auxiliary >= 0 \
                and ADVERB_GAP.fullmatch(low, after_auxiliary, start) is not None:
            after_participle = end
            continue                        # "will be paid", "are fully booked": a participle
        if tense == "past" and _a_participle_joined_to_one_before(low, after_participle, start, found):
            after_participle = end
            continue                        # "are separated by evening, then dried overnight": the same passive
        if tense == "past" and lexicon.absolute_phrase().search(low, max(lo, start - _ABSOLUTE_REACH), start) \
                and lexicon.perfect_auxiliary_before().search(low, max(lo, start - _ABSOLUTE_REACH), start) is None:
            continue                        # "is expected on Dec. 5, with results announced on Dec. 9": the
                                            # phrase's participle shares the time of the clause it hangs on
        if tense == "past" and (owner := lexicon.possessive_before().search(low, max(lo, start - _ABSOLUTE_REACH),
                                                                             start)) \
                and not _the_only_verb_of_its_clause(low, lo, hi, owner.start(), start, end, raw):
            continue                        # "This year's written exam is scheduled": an adjective, no past
        if tense == "past" and lexicon.adjective_adverb_before().search(low, max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "figures on sales of newly built homes on Friday": an adjective, no past
        if tense == "past" and not listed \
                and lexicon.adjective_preposition_before().search(low, max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "discounts to liquefied natural gas carriers": an adjective, no past
        if tense == "past" and not listed and any(t in ("future", "plan", "schedule") for *_, t, _ in found) \
                and lexicon.determiner_before().search(low, max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "plans four releases, starting with the animated feature on July 11": an
                                            # adjective in a clause that looks ahead, no past (alone, "the delayed
                                            # launch in March" may still tell a launch gone)
        if tense == "past" and lexicon.object_wanted_done().search(text if text is not None else low,
                                                                   max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "want the bill passed before the end of the year": the state wanted
        if tense == "past" and not listed and _CLAUSE_CLOSES.match(low, end) \
                and lexicon.absolute_phrase_unmarked().search(low, max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "Evening sessions with telescopes provided.": a verbless entry's
                                            # participle, no verb in the past
        if tense in resolver.AHEAD and (_called_off(low, start)
                                        or _a_participle_qualifying_the_object(low, start, end, found, endings)):
            continue                        # "approved the planned merger on Monday": the approval's Monday
        if tense == "schedule" and listed and not _PLURAL_WORD.match(low, start) \
                and lexicon.noun_head_before().search(low, max(lo, start - _ABSOLUTE_REACH), start):
            continue                        # "according to its monthly return on movements in securities, filed
                                            # ... on Monday": a noun, no timetable in the present (a plural that
                                            # opens the marker is its subject: "the doors open on Friday")
        if tense == "schedule" and after_past >= 0 and lexicon.negation_gap().fullmatch(low, after_past, start):
            continue                        # "did not resume on Monday": the verb of the past one
        if tense == "schedule" and _an_infinitive_after_the_past(low, start, found):
            continue                        # "forced the airport to close for most of Friday": no present timetable
        if tense == "schedule" and _the_infinitive_of_a_plan(low, lo, start, end, hi, found):
            continue                        # "was due to reopen in March, but was delayed": no timetable in the
                                            # present, as "was due to open" tells none
        if tense == "schedule" and any(t == "pluperfect" for _, _, t, _ in found) \
                and lexicon.kind_right_before("infinitive").search(low, max(lo, start - _ABSOLUTE_REACH), start) \
                and lexicon.weekday_word().search(low, end, min(hi, end + _PLAN_DAY_REACH)):
            continue                        # "had been expected to reopen on Wednesday": the infinitive of a plan of
                                            # the past, no timetable told in the present; only for a weekday, the
                                            # last one as near as the next ("had been set to begin on Jan. 14", in
                                            # December, may still be ahead)
        if tense == "past" and listed:
            after_past = end
        if tense in ("past", "pluperfect", "future", "plan", "schedule", "boundary", "complement", "habitual",
                     "recurring", "examples"):
            found.append((start, end, tense, listed))
        if tense == "past" and (plan := _plan_placed_before_its_infinitive(low, start, end, hi)) is not None:
            found.append((*plan, "plan", True))
        if tense == "boundary" and listed and (verb := _past_verb_closing(squashed, end, words)) is not None:
            found.append((*verb, "past", True))
    # (a word as common as "as" opens a clause only before a bare plural subject and its verb in the past: "as
    # investors cheered the result on Sunday"; it is no marker of its own elsewhere)
    found.extend((m.start(), m.end("opening"), "boundary", True)
                 for m in lexicon.bare_plural_subject_and_past_verb().finditer(low, lo, hi))
    return sorted(found)


def _the_only_verb_of_its_clause(low: str, lo: int, hi: int, owner: int, start: int, end: int, raw: list) -> bool:
    """Is the word in -ed at low[start:end], right after the name in "'s" at ``owner`` that opens its clause, the only
    word of that clause that may be a verb (no other word of tense.tsv or in -ed between the clause's commas or
    stops)?  Then it is the clause's verb after a name that ends in "'s" ("Moody's downgraded the lender in March,
    citing ...": last March), not an adjective of a noun owned, which leaves the clause a verb of its own ("This year's
    written exam is scheduled for Aug. 22"); an owner a word opens the clause before ("With the group's expanded
    capacity in June, output will double") is no subject, so its -ed word stays an adjective ("Standard & Poor's"
    is one name)."""
    opens = max(lo, max(low.rfind(mark, lo, start) for mark in _CLAUSE_MARKS) + 1)
    if low[opens:owner].strip(_OPENING_QUOTES) and not _NAME_BEFORE_AN_AMPERSAND.fullmatch(low, opens, owner):
        return False
    closes = min([at for at in (low.find(mark, end, hi) for mark in _CLAUSE_MARKS) if at >= 0] or [hi])
    return not any(opens <= s < closes and s != start for s, _, _ in raw)


# What closes a clause for _the_only_verb_of_its_clause: a comma, a stop or a mark that opens another clause.
_CLAUSE_MARKS = (",", ";", ":", ". ", "!", "?", "\n")
# What may stand before a name that opens its clause: space and opening quotes or brackets.
_OPENING_QUOTES = " \t\"'\u201c\u2018("
# The first part of a name joined by "&" before the name in "'s" ("Standard & Poor's downgraded"): still a name that
# opens its clause.
_NAME_BEFORE_AN_AMPERSAND = re.compile(r"[\s\"'\u201c\u2018(]*[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*)?\s*&\s*")


def _a_predicate_of_the_past(low: str, start: int, squashed: str, found: list) -> bool:
    """Is the marker of the future at ``start`` a phrase with no verb of its own (tense.tsv kind verbless_ahead: "intact
    into", "momentum into") right after a verb in the past, an adverb at most between ("stayed largely intact into the
    second quarter", "had momentum into the winter")?  The phrase looks ahead only from the time of its verb: the
    clause tells what held then, not what is still to come."""
    return squashed in lexicon.words_of_kinds("verbless_ahead") and bool(found) \
        and found[-1][2] in lexicon.PAST_TENSES and _verbless_gap().fullmatch(low, found[-1][1], start) is not None


@functools.lru_cache(maxsize=1)
def _verbless_gap() -> re.Pattern:
    """The gap between a verb in the past and a verbless marker of the future: an -ly adverb or one of tense.tsv kind
    gap_adverb ("was still intact into the second quarter" tells what held then as "was largely intact" does)."""
    return re.compile(rf"\s+(?:(?:[a-z]{{2,}}ly|{lexicon.trie_regex(lexicon.words_of_kinds('gap_adverb'))})\s+)?")


# A word written in lower case, then a space, right before a word of a name; and a space and a capital after it.
_LOWER_WORD_BEFORE = re.compile(r"(?<![A-Za-z'-])[a-z]+\s+\Z")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _inside_a_name(text: str | None, start: int, end: int) -> bool:
    """Is the word in a past ending at text[start:end] written with a capital, after a word in lower case and before
    another capitalised word ("in the United States", "the United Arab Emirates")?  It is then a word of a name, no
    verb; a title-case headline, whose words before it are capitalised too, keeps its verbs."""
    return text is not None and text[start:start + 1].isupper() \
        and _LOWER_WORD_BEFORE.search(text, max(0, start - 24), start) is not None \
        and _CAPITAL_AFTER.match(text, end) is not None


def _a_participle_qualifying_the_object(low: str, start: int, end: int, found: list, endings: dict) -> bool:
    """Is the marker of a plan or forecast at low[start:end] a participle in the past ("planned") right
    after a verb in the past and a determiner ("approved the planned merger on Monday")?  It is then an adjective of
    the verb's object, which tells what was done: the date is the past verb's, no plan ahead."""
    if not found or found[-1][2] not in lexicon.PAST_TENSES or " " in low[start:end].strip():
        return False
    if not any(low.endswith(suffix, start, end) for suffix, t in endings.items() if t in lexicon.PAST_TENSES):
        return False
    between = low[found[-1][1]:start].split()
    if not between or between[-1] not in lexicon.words_of_kinds("determiner"):
        return False
    # (the object may stand between, joined by a preposition to the noun the participle qualifies: "filed for
    # approval of their planned joint venture on Monday"; with no object, the preposition is the verb's and the
    # date the noun's: "positioned for an expected rate cut on Wednesday")
    return len(between) == 1 or (3 <= len(between) <= _OBJECT_LINK_WORDS
                                 and between[-2] in lexicon.words_of_kinds("object_link")
                                 and all(word.isalpha() for word in between))


# How many words may stand between a past verb and the participle of a plan qualifying its object's noun, a
# preposition and a determiner among them ("for approval of their").
_OBJECT_LINK_WORDS = 5


def _past_verb_closing(phrase: str, end: int, words: dict) -> tuple[int, int] | None:
    """The span of a verb in the past that closes a boundary phrase of tense.tsv ending at ``end`` (", as it did"):
    the clause the phrase opens is told in the past, as if that verb stood after it ("as it did in August")."""
    last = phrase.split()[-1]
    return (end - len(last), end) if " " in phrase and words.get(last) == "past" else None


# How far before a word of what remains its count is looked for (characters).
_REMAINING_COUNT_REACH = 40


# A word in -s, a plural subject that opens a marker of tense.tsv ("doors open").
_PLURAL_WORD = re.compile(r"[a-z]+s(?![a-z'-])")


def _tells_what_remains(low: str, lo: int, start: int, end: int) -> bool | None:
    """Does the past at low[start:end] (tense.tsv kind remaining) come right after a count and its noun and before
    the end of its clause or an infinitive ("about 30 cases left to decide")?  None if not; else whether words go on
    after it ("to decide", "before the break"), telling what is still to be done, ahead."""
    count, after = lexicon.count_of_what_remains()
    if count.search(low, max(lo, start - _REMAINING_COUNT_REACH), start) is None:
        return None
    m = after.match(low, end)
    return None if m is None else m.group().strip()[:1].isalpha()


def _an_infinitive_after_the_past(low: str, start: int, found: list[tuple[int, int, str, bool]]) -> bool:
    """Is the verb at ``start`` that of an infinitive right after the marker found last, a verb in the past and its
    object ("forced Europe's busiest airport to close for most of Friday") or the "to" of a plan placed before it
    ("voted 4-1 late Monday to reopen")?  An infinitive tells no timetable in the present: the verb before it tells
    the time of a date between them, and the plan the time of one after."""
    if not found:
        return False
    s, e, tense, _ = found[-1]
    if tense == "plan":
        return low[e:start].isspace() and low[s:e] in lexicon.words_of_kinds("infinitive")
    m = lexicon.object_and_infinitive_after().match(low, e) if tense == "past" else None
    # (a word that opens a clause leaves the infinitive to that clause's verb: "came as Alibaba prepares to report")
    return m is not None and m.end() - 1 == start \
        and low[e:start].split()[0] not in lexicon.words_of_kinds("clause_opening", "boundary", "no_object")


def _the_infinitive_of_a_plan(low: str, lo: int, start: int, end: int, hi: int,
                              found: list[tuple[int, int, str, bool]]) -> bool:
    """Is the verb of a timetable at ``start`` the infinitive ("to", tense.tsv kind infinitive) of the marker of a plan
    or of the future found last, right before it ("was due to reopen in March")?  It tells the plan's time, no timetable
    of the present.  Not after a plan in the past perfect, nor before a weekday, which is the nearest such day whatever
    became of the plan (both read as a timetable: "a visit due to begin on Thursday was postponed", on a Wednesday, is
    the next day); a headline's "to" follows no marker ("Bridge to close for repairs")."""
    to = lexicon.kind_right_before("infinitive").search(low, max(lo, start - _ABSOLUTE_REACH), start)
    if to is None or not found or found[-1][2] not in ("future", "plan") \
            or low[found[-1][1]:to.start()].strip() and found[-1][1] < to.end() - 1:
        return False
    if any(t == "pluperfect" for _, _, t, _ in found):
        return False
    return lexicon.weekday_word().search(low, end, min(hi, end + _PLAN_DAY_REACH)) is None


def _plan_placed_before_its_infinitive(low: str, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """The span of the "to" that opens the infinitive of a verb of intention (lexicon.placed_plan_verbs: "agreed")
    when a phrase placing the intention stands between them ("agreed at a meeting on Sunday to lift output from
    December"): the date in that phrase is when it was agreed, one after the infinitive is the plan's, ahead."""
    if lexicon.squash(low[start:end]) not in lexicon.placed_plan_verbs():
        return None
    m = lexicon.placed_infinitive_after().match(low, end, hi)
    return (m.start(1), m.end(1)) if m is not None else None


# What may stand before and after a date that heads its sentence as an adverbial of its own: a
# speaker's label ("A: ") and a preposition at most, then a comma, or the date's own verb ("The second half
# will be about earnings"), or the possessive that makes it the subject's ("This year's exam is scheduled for Aug. 22").
_FRONTED_BEFORE = re.compile(r"[\W_]*(?:[a-z]{1,3}:\s*)?(?:[a-z]+ ){0,2}")   # ("For the full fiscal year 2025,")
_FRONTED_AFTER = re.compile(r"\s*(?:,|(?=[a-z])|(?=['\u2019]s\s))")
# A short aside set off by commas right after such a date ("This quarter, analysts said, ...").
# A word of a short aside set off by commas.
_ASIDE_WORD = r"\s*[a-z.'\u2019-]+"
_ASIDE = re.compile(rf"\s*,((?:{_ASIDE_WORD}){{1,4}})\s*,")
# The first words after such a date and its comma, where the subject and verb of saying whose reported clause the date
# heads stand ("For the fourth quarter, the chipmaker said demand would"): group 1.
_SAYING_AFTER_A_FRONTED_DATE = re.compile(rf"\s*,\s*((?:[a-z.'\u2019-]+\s+){{1,4}})")
# What right after a participle closes its clause (an absolute phrase with no comma before it must end there).
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;:!?)\n]|\Z)")
# How far before a participle an absolute phrase may open (", with results of allocations announced").
_ABSOLUTE_REACH = 60
# How far after a plan's verb the weekday it names may stand ("reopen [on ]Wednesday").
_PLAN_DAY_REACH = 20
# How far before a plan the words that call it off may start ("had already abandoned their plans to").
_CALLED_OFF_REACH = 40


# How far back before a coordinated verb the verb in the past it goes on from is looked for (characters).
_COORDINATED_PAST_REACH = 60
_AHEAD_OR_AUXILIARY = ("future", "plan", "schedule", "auxiliary")


@functools.lru_cache(maxsize=1)
def _past_ending_before() -> re.Pattern:
    """A word with an ending of the past (tense.tsv kind suffix: "-ed") and the rest of its clause up to where the
    search ends, no comma or end of a clause in it."""
    return re.compile(rf"(?<![a-z-])[a-z]{{2,}}(?:{_past_endings()})\s[^,;:.!?\n]*\Z")


def _coordinated_with_a_past_verb(low: str, start: int) -> bool:
    """Is there a verb in -ed shortly before ``start`` in its clause (no comma or end of clause between), itself no
    word of another tense (tense.tsv: "expected"), with no infinitive after it nor a word of the future or an auxiliary
    between ("is expected to meet in July and set", "agreed to sell the unit and cut")?"""
    words = lexicon.tense_words()[0]
    found = _past_ending_before().search(low, max(0, start - _COORDINATED_PAST_REACH), start)
    if found is None:
        return False
    verb, *rest = low[found.start():start].split()
    if words.get(lexicon.squash(verb), "past") != "past" \
            or lexicon.word_of_kind_after("infinitive").match(low, found.start() + len(verb)) is not None:
        return False
    return not any(words.get(lexicon.squash(w)) in _AHEAD_OR_AUXILIARY for w in rest)


# How far before a verb "is when" and a subject of a determiner and one noun may start (characters).
_WHEN_SUBJECT_REACH = 40


def base_form_in_the_past(text: str | None, low: str, start: int, end: int) -> bool:
    """Is the verb low[start:end], whose past is its base form ("cut"), in the past: after a singular subject,
    a name or a pronoun, where the present would be "cuts", and before its object ("while Baidu cut prices in May";
    not "would cut", "to cut", nor the noun of "a Fed cut in December")?"""
    if text is None:
        return False
    if lexicon.object_after().match(low, end) is None:
        # with no object after it, only in a relative clause whose object is the noun before it, its pronoun
        # subject right before it and the preposition of its date right after ("the target it set in March",
        # "the pace we set out in February"; not "expected to set in March", "a Fed cut in December")
        return (lexicon.subject_before().search(low, max(0, start - _SUBJECT_REACH), start) is not None
                or _named_subject_of_a_relative(text, low, start)
                or _a_phrasal_participle_after_its_noun(low, start, end)) \
            and lexicon.word_of_kind_after("link").match(low, end) is not None
    if lexicon.singular_subject_before().search(low, max(0, start - _SUBJECT_REACH), start) is not None:
        return True
    if lexicon.singular_noun_subject_opening().search(low, 0, start) is not None \
            and lexicon.determined_object_after().match(low, end) is not None:
        # "The council cut its fares in October": one noun after the determiner opening the sentence is a singular
        # subject, whose present would be "cuts" (an object its determiner opens: "The next set of results" is a noun)
        return True
    if lexicon.singular_noun_subject_after_when().search(low, max(0, start - _WHEN_SUBJECT_REACH), start) is not None:
        # "March is when the company cut its dividend": the present of one body would be "cuts", so the time "is when"
        # names is the one gone, no habit of every year
        return True
    if lexicon.coordinated_subject_before().search(low, max(0, start - _COORDINATED_REACH), start) is not None:
        # a clause coordinated with a story told before it goes on telling it, whatever the pronoun's number
        # ("expect the unit to swing back to a loss ..., and they cut their target price ... on Thursday")
        return True
    if lexicon.coordinated_predicate().search(low, max(0, start - _COORDINATED_REACH), start) is not None \
            and _coordinated_with_a_past_verb(low, start):
        # a verb coordinated with one in the past, no comma or clause between, shares its tense: "accepted that filing
        # in July and set a decision date of March 14, 2026"
        return True
    if start < 2 or low[start - 1] != " ":
        return False
    name_end = start - 1
    opener = low.rfind(" ", max(0, name_end - _SUBJECT_REACH * 2), name_end) + 1
    relative = low[opener:name_end] in lexicon.onward_openers() and low[opener - 2:opener] == ", "
    if relative:
        # a relative pronoun after a comma stands for the name before the comma ("The Bank of England, which cut
        # Bank Rate to 3.75% in December, is expected to hold"): as singular as the name
        name_end = opener - 2
    name_start = text.rfind(" ", max(0, name_end - _SUBJECT_REACH * 6), name_end) + 1
    name = text[name_start:name_end]
    if relative and _a_capitalised_word(name) and _capitalised_word_before(text, name_start):
        # a name of several capitalised words is one body's, singular whatever its last word ("Fitch Ratings, which
        # cut the outlook in September, is due to review it")
        return True
    if low[start:end] in lexicon.words_of_kinds("subject_verb"):
        # the verb's own -s tells a singular subject, so a name ending in "s" is one too ("Barclays sees")
        return _a_capitalised_word(name)
    return _a_singular_name(name)


def _capitalised_word_before(text: str, at: int) -> bool:
    """Does a capitalised word stand right before ``at``, one space between ("Fitch" of "Fitch Ratings"), not a
    determiner opening a sentence ("The Democrats")?"""
    if at < 2 or text[at - 1] != " ":
        return False
    before = text[max(0, at - 1 - _CAPITALISED_WORD_REACH):at - 1].split()
    word = before[-1] if before else ""
    return _a_capitalised_word(word) and word.lower() not in lexicon.words_of_kinds("determiner")


# How far before a name's last word the word before it is read (characters: longer than any word of a name).
_CAPITALISED_WORD_REACH = 40


def _a_habit_right_before(low: str, lo: int, start: int) -> bool:
    """Is the word right before the verb at ``start`` an adverb of recurrence (tense.tsv kind recurring)?  What is
    typically seen is a habit, no forecast ("We typically see cases climb after the winter holidays")."""
    before = low[max(lo, start - _HABIT_REACH):start].split()
    return bool(before) and before[-1] in lexicon.words_of_kinds("recurring")


# How far before a verb of seeing its adverb of recurrence is read (characters: longer than any such adverb).
_HABIT_REACH = 30


def _a_phrasal_participle_after_its_noun(low: str, start: int, end: int) -> bool:
    """Is the verb with its particle low[start:end] ("set up") a participle that qualifies the noun before it ("a fund
    of 60 billion yuan set up in January")?  No marker of tense, infinitive or determiner stands in the two words before
    it ("would also set up", "to set up", "the set up" are none); a verb alone may be a noun ("a rate cut in May")."""
    if " " not in low[start:end]:
        return False
    before = low[max(0, start - _PARTICIPLE_NOUN_REACH):start].split()[-2:]
    if len(before) < 2 or not before[-1].isalpha():
        return False
    markers = lexicon.tense_words()[0]
    blocking = lexicon.words_of_kinds("determiner", "infinitive")
    return not any(word in markers or word in blocking for word in before)


# How far before a verb and its particle the two words a participle's noun ends are read (characters).
_PARTICIPLE_NOUN_REACH = 40


def _a_singular_name(name: str) -> bool:
    """Is ``name`` one capitalised word, no plural ("Retailers cut": a plural)?"""
    return _a_capitalised_word(name) and not name.endswith("s")


def _a_capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _named_subject_of_a_relative(text: str, low: str, start: int) -> bool:
    """Does a relative clause open right before the verb at ``start`` with a name as its subject ("the tariff hit,
    which Toyota put at 1.4 trillion yen in February"), as singular as a pronoun would be?"""
    words = low[max(0, start - _SUBJECT_REACH * 2):start].split()
    name = text[start - len(words[-1]) - 1:start - 1] if words and low[start - 1:start] == " " else ""
    return len(words) >= 2 and words[-2] in lexicon.onward_openers() and _a_singular_name(name)


# How far before a verb its pronoun subject is looked for (characters).
_SUBJECT_REACH = 5
# How far before a verb a determiner and a long name of its subject may start (characters): "the National Oceanic and
# Atmospheric Administration issued".
_NAME_REACH = 70
# How far before a verb a comma, a coordinator and its pronoun subject are looked for (characters).
_COORDINATED_REACH = 12


def _called_off(low: str, start: int) -> bool:
    """Is the marker of a plan at ``start`` the object of a verb that called it off ("shelved plans to
    spin off the unit in November"): a plan that is no forecast, told of in the verb's own tense?"""
    return lexicon.cancelled_plan().search(low, max(0, start - _CALLED_OFF_REACH), start) is not None


def _a_noun_without_its_count(low: str, lo: int, start: int, end: int, word: str) -> bool:
    """Is low[start:end] a verb of planning that is also a noun (tense.tsv kind count_object: "plan") with no count
    right after it, or a determiner or an owner's "'s" right before it?  Only "plan 30 weekly flights" is the verb;
    "the spending plan of $320 million", "a plan 10 years in the making" and "the city's plan 2 cut bus lanes" are the
    noun, no marker of the future."""
    return word in lexicon.count_object_words() \
        and (lexicon.COUNT_AFTER.match(low, end) is None
             or lexicon.determiner_before().search(low, max(lo, start - lexicon.DETERMINER_REACH), start) is not None
             or lexicon.possessive_before().search(low, max(lo, start - _PLAN_OWNER_REACH), start) is not None)


def _future_markers(low: str, lo: int, hi: int, text: str) -> list[tuple[int, int, bool]]:
    g = grammar()
    words, _ = lexicon.tense_words()
    found = []
    after_start = max(lo - 1, 0)
    if lo == 0:
        m = g.future_word_at_start.match(low, 0, hi)
        if m:
            found.append((0, m.end(), m.group(1)))
            after_start = m.end()
    for m in g.future_word.finditer(low, after_start, hi):
        if m.start(1) >= lo:
            found.append((m.start(1), m.end(1), m.group(1)))
    for m in g.future_clitic.finditer(low, lo, hi):
        found.append((m.start(), m.end(), m.group()))
    # (what is still to be done looks ahead, as _markers reads it: "has 30 cases left to decide")
    remaining = [(m.start(), m.end(), True) for m in lexicon.word_of_kind("remaining").finditer(low, lo, hi)
                 if _tells_what_remains(low, lo, m.start(), m.end())]
    past_phrases = _past_phrases(low, lo, hi, text) if found else []
    return sorted([(s, e, words[lexicon.squash(word)] != "schedule") for s, e, word in found
                   if words[lexicon.squash(word)] != "none" and not _called_off(low, s)
                   and not any(ps < s and e <= pe for ps, pe in past_phrases)
                   and _after_a_comma(low, s, lexicon.squash(word))
                   and not _an_adjective_of_likelihood(low, s, e, lexicon.squash(word))
                   and not (words[lexicon.squash(word)] == "plan"
                            and _an_adjective_of_a_plan(low, s, lexicon.squash(word)))
                   and not _an_estimate_of_the_sum_before(low, lo, s, lexicon.squash(word))
                   and not (lexicon.squash(word) in lexicon.words_of_kinds("verbless_ahead")
                            and _a_predicate_of_the_past(low, s, lexicon.squash(word), _markers(low, lo, s, text)))
                   and not capitalised_month(text, low, s, e)
                   and not (lexicon.squash(word) in lexicon.question_words() and _past_verb_after(low, e, hi, text))
                   and not _a_plural_noun_not_a_verb(text, low, s, e, lexicon.squash(word))
                   and not _a_noun_without_its_count(low, lo, s, e, lexicon.squash(word))
                   and not _a_sight_of_what_happened(low, lo, s, e, word)]
                  + remaining)


def _an_adjective_of_a_plan(low: str, start: int, word: str) -> bool:
    """Is the word in -ing of a plan at ``start`` (tense.tsv tense=plan) an adjective, after a determiner or a word of
    degree (tense.tsv kind adjective_degree)?  "faced the demanding schedule in April", "found the tour too demanding
    in April" tell what was hard, no demand looking ahead.  (The determiner may stand before the window read: the
    "the" of "the demanding stage".)"""
    return word.endswith("ing") \
        and lexicon.adjective_of_degree_before().search(low, max(0, start - _ABSOLUTE_REACH), start) is not None


def _an_adverb_s_adjective_before_its_link(low: str, start: int, end: int, word: str) -> bool:
    """Is the word in -ing of a plan at ``start`` an adjective that an -ly adverb qualifies, right before a preposition
    of tense.tsv kind link with no object between ("The climb was physically demanding in April")?  A demand has an
    object: "investors are increasingly demanding higher returns" still looks ahead."""
    return word.endswith("ing") and lexicon.ly_adverb_before().search(low, max(0, start - _ABSOLUTE_REACH), start) \
        is not None and lexicon.kind_right_after("link").match(low, end) is not None


def _a_sight_of_what_happened(low: str, lo: int, start: int, end: int, word: str) -> bool:
    """Is ``word`` a verb of seeing (tense.tsv kind sight_forecast) with a plural object and a bare verb after it, or
    one of a habit?  It then tells what was seen, no forecast ("Diamond seller sees prices slide at November tender", a
    headline of a tender closed that month: November gone, not to come); a noun alone after it may still be a forecast
    ("sees a slowdown in the fourth quarter")."""
    return word in lexicon.sight_forecast_words() and lexicon.object_and_forecast_form_after().match(low, end) is None \
        and (lexicon.plural_object_and_bare_verb_after().match(low, end) is not None
             or _a_habit_right_before(low, lo, start))


def _past_phrases(low: str, lo: int, hi: int, text: str) -> list[tuple[int, int]]:
    """The listed phrases of the past (tense.tsv) in low[lo:hi].  A verb of the future that ends such a phrase is its
    past, no forecast: "Nobody expected a breakthrough this week" tells what was thought, not what is to come (the
    phrase "nobody expected" is past, the word "expected" alone a forecast)."""
    return [(s, e) for s, e, tense, listed in _markers(low, lo, hi, text) if listed and tense in lexicon.PAST_TENSES]


def _a_plural_noun_not_a_verb(text: str, low: str, start: int, end: int, word: str) -> bool:
    """Is ``word`` a verb in its -s form that is also a plural noun (tense.tsv kind subject_verb: "projects", "plans")
    counted or determined: a number or a determiner (numbers.tsv, tense.tsv kind determiner) right before it, or a
    number past a capitalised word that qualifies it?  It is the noun and looks ahead no more than any noun: "wrote
    down 4.1 billion crowns on two US projects in the second quarter" tells the past ("The utility projects" stays a
    verb)."""
    if word not in lexicon.words_of_kinds("subject_verb"):
        return False
    before = [w.lower() for w in text[max(0, start - _CAPITALISED_WORD_REACH):start].split()[-2:]]
    # (a count, not a year or a label set off by its mark: "2025: Xiaomi targets 350,000 deliveries")
    counted = [w.isdigit() or w in lexicon.number_words() for w in before]
    if len(before) == 2 and counted[0] and _a_capitalised_word(text[start - 1 - len(before[1]):start - 1]):
        return True     # a name qualifying the noun counted: "two US projects" ("the Fed plans" is the Fed's plan)
    return bool(before) and (counted[-1] or before[-1] in lexicon.words_of_kinds("determiner"))


@functools.lru_cache(maxsize=None)
def _role_of_a_thing() -> re.Pattern:
    """A noun of a part played (tense.tsv kind role_noun), maybe after a word, and the "of" of the thing it is said
    of (kind role_of), no figure: "cause of the June 7 derailment", "root cause of", "reason for"."""
    return re.compile(rf"(?:\s+[a-z'\u2019-]+)?\s+(?:{lexicon.trie_regex(lexicon.words_of_kinds('role_noun'))})s?"
                      rf"\s+(?:{lexicon.trie_regex(lexicon.words_of_kinds('role_of'))})\s+(?![\d$\u20ac\u00a3\u00a5])")


# How far before a verb of kind sum_estimated its figure and subject may start ("the 3.4 billion euros analysts ").
_ESTIMATED_SUM_REACH = 60


def _an_estimate_of_the_sum_before(low: str, lo: int, start: int, word: str) -> bool:
    """Is ``word`` at ``start`` a verb of the future in the past (tense.tsv kind sum_estimated) whose object is the
    figure right before its subject, those who estimate ("the $5.5 billion analysts expected in October")?  It tells
    an estimate made then, no time still to come: a sum compared with what was expected of it."""
    return word in lexicon.words_of_kinds("sum_estimated") and lexicon.sum_and_its_estimator_before().search(
        low, max(lo, start - _ESTIMATED_SUM_REACH), start) is not None


def _an_adjective_of_likelihood(low: str, start: int, end: int, word: str) -> bool:
    """Is ``word`` at ``start`` a word of likelihood (tense.tsv kind attributive) right after a determiner, so that it
    qualifies the role of the noun after it in a thing it is said "of" ("was the likely cause of the June 7
    derailment") and tells no time still to come?  A thing said to be likely itself is still to come ("flagged a
    likely delay to the launch in March", "a likely shortage of chips in March")."""
    return word in lexicon.words_of_kinds("attributive") \
        and lexicon.determiner_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is not None \
        and _role_of_a_thing().match(low, end) is not None


def _past_verb_after(low: str, start: int, hi: int, text: str) -> bool:
    """Does a listed word of the past stand after ``start`` in its clause, before a word that opens another?  An open
    question told in the past asks of what was ("asked whether the talks on Friday had ended"), no forecast."""
    for s, _, tense, listed in _markers(low, start, hi, text):
        if tense in ("boundary", "complement"):
            return False
        if listed and tense in lexicon.PAST_TENSES:
            return True
    return False


def capitalised_month(text: str, low: str, start: int, end: int) -> bool:
    """Is text[start:end], a marker that is also a month's name, capitalised?  Then it is the month, or a name, as a
    month word is a month only then (months.tsv): "may" looks ahead, "in May" and "Theresa May" do not."""
    return text[start].isupper() and low[start:end] in lexicon.months()


@functools.lru_cache(maxsize=1)
def _participle_with_its_link() -> re.Pattern:
    """A participle of the past (_past_participle) right after a word, and a preposition of tense.tsv kind link after
    it (" published in ", " released on ")."""
    links = lexicon.trie_regex(lexicon.words_of_kinds("link"))
    return re.compile(rf"\s+{_past_participle()}\s+(?:{links})\s")


def _a_forecast_noun(low: str, lo: int, start: int, end: int) -> bool:
    """Is low[start:end], a word of the future and a forecast's noun, that noun (see lexicon.forecast_noun_phrase)?"""
    before, after = lexicon.forecast_noun_phrase()
    return after.match(low, end) is not None and before.search(low, max(lo, start - _NOUN_PHRASE_REACH),
                                                               start) is not None


def _owned(low: str, lo: int, start: int) -> bool:
    """Does a determiner (tense.tsv kind determiner) or a noun's possessive stand right before ``start``: the word
    there is a noun or an adjective ("its forecast milk price", "Fonterra's forecast"), no verb."""
    reach = max(lo, start - _ABSOLUTE_REACH)
    return lexicon.determiner_before().search(low, reach, start) is not None \
        or lexicon.possessive_before().search(low, reach, start) is not None


# How far before a forecast's noun its determiner is looked for (characters): four words at most.
_NOUN_PHRASE_REACH = 48


def _plans_hung_on_the_past(low: str, markers: list) -> list:
    """The markers, with a marker of the future of tense.tsv kind hung_plan after a comma read as a plan when the
    listed marker before it is in the past: the phrase it opens tells what the clause's past act set for later ("The
    board declared a dividend in May, payable in July", written in November: not next July), not a time ahead of now."""
    read, last = [], ""
    for s, e, tense, listed in markers:
        if tense == "future" and last in lexicon.PAST_TENSES and lexicon.squash(low[s:e]) in lexicon.hung_plan_words() \
                and _a_comma_right_before(low, s):
            tense = "plan"
        if listed and tense not in _NO_TENSE:
            last = tense
        read.append((s, e, tense, listed))
    return read


def _after_a_comma(low: str, start: int, word: str) -> bool:
    """False for a word of tense.tsv kind after_comma that does not follow a comma, or of kind deal_start that does not
    follow the comma of a clause naming an agreement (_starts_a_deal); True otherwise."""
    if word in lexicon.words_of_kinds("deal_start"):
        return (_a_comma_right_before(low, start) and _starts_a_deal(low, start)) \
            or _a_deal_noun_right_before(low, start)
    return word not in lexicon.after_comma_words() or _a_comma_right_before(low, start) \
        or _opens_a_past_clause(low, start, word)


def _opens_a_past_clause(low: str, start: int, word: str) -> bool:
    """Does a word of tense.tsv kind past_clause_opening at ``start``, with no comma before it, open a clause of its own
    told in the past, a subject and a verb in -ed right after it?  That clause tells its own time ("is set for a runoff
    on June 7 as the count of Sunday's vote stretched into Monday", on that Monday: the Monday gone, not the future of
    "is set for"), as it does after a comma; "should slow as the base effect fades" goes on in its own clause."""
    if word not in lexicon.words_of_kinds("past_clause_opening"):
        return False
    opening = _spaced_words(word).match(low, start)
    return opening is not None and lexicon.subject_and_past_verb_after().match(low, opening.end()) is not None


@functools.lru_cache(maxsize=None)
def _spaced_words(word: str) -> re.Pattern:
    """``word``'s words with any white space between them, compiled once per word."""
    return re.compile(escaped_alternation([word]))


def _starts_a_deal(low: str, start: int) -> bool:
    """Does a noun of an agreement (tense.tsv kind deal_noun) stand in the sentence before ``start``, with no month or
    year told between it and ``start`` ("signed a contract on Monday, starting"; not "signed in May a contract ...,
    starting", "a deal in 2019, starting") nor the deal told undone (kind deal_undone: "a deal collapsed, starting")?  A
    deal dated so started after that date, not after the story's."""
    lo = max(0, start - _DEAL_REACH)
    stop = max(low.rfind(". ", lo, start), low.rfind("\n", lo, start))
    nouns = list(lexicon.word_of_kind("deal_noun").finditer(low, max(lo, stop + 1), start))
    if not nouns or lexicon.word_of_kind("deal_undone").search(low, nouns[-1].end(), start):
        return False
    # (any month's word counts, "in May" as much as "in June": a modal "may" seldom stands between; a year counts by
    # its number or its word, "in 2025", "last year")
    return not any(w in lexicon.months() or lexicon.units().get(w, ("",))[0] == "Y" or _A_YEAR_S_NUMBER.fullmatch(w)
                   for w in re.findall(r"[a-z]+|[0-9]+", low[nouns[-1].end():start]))


def _a_deal_noun_right_before(low: str, start: int) -> bool:
    """Does a noun of an agreement (tense.tsv kind deal_noun) end right before ``start``, only spaces between?  The
    words then tell when that deal is to start, as after the comma of a clause naming it ("in talks with buyers for
    contracts starting in the second half", in January: this year's)."""
    before = low[max(0, start - _DEAL_REACH):start].rstrip()
    return any(m.end() == len(before) for m in lexicon.word_of_kind("deal_noun").finditer(before))


# How far before a start's words the noun of its agreement may stand (characters): a long object ("a three-year,
# P1.2-billion contract to run its customer-service chatbots and loan-document checks on Qwen through Alibaba Cloud").
_DEAL_REACH = 200
# A year's number, of the 19th to the 21st century ("2025").
_A_YEAR_S_NUMBER = re.compile(r"(?:1[89]|20)[0-9]{2}")


def _a_figure_s_comma(low: str, at: int) -> bool:
    """Is the comma at ``at`` one between a figure's digits ("40,000")?  It then sets off no clause."""
    return low[at - 1:at].isdigit() and low[at + 1:at + 2].isdigit()


def _a_comma_right_before(low: str, start: int) -> bool:
    """Does a comma end what stands before ``start``, spaces aside, within a bounded look back (_COMMA_REACH)?"""
    return low[max(0, start - _COMMA_REACH):start].rstrip().endswith(",")


# How far before a word of kind after_comma its comma is looked for (characters): a bounded look keeps a long text
# linear.
_COMMA_REACH = 20


def _clipped(low: str, s: int, e: int, start: int) -> int:
    """The end of a marker at s:e read before a date at ``start``: a marker whose last word is the date's own first one
    ends where the date starts ("expected the" before "the January-March quarter": "He expected the January-March
    quarter to be seasonally weaker" is a forecast, as "He expected sales in the quarter to be weaker" is); not before
    a stretch counted on, which counts from the time of expecting, not from now ("Nobody in 2014 expected the next ten
    years to look like this")."""
    return start if s < start < e and not _counted_on().match(low, start) else e


def _count_range_start(low: str, start: int, parts: dict) -> int:
    """Where a count of a unit told as a range starts ("two or three weeks", "two to three months ago"): the range
    is one expression, read at its larger count as TimeML measures a range, not a bare "three weeks" that leaves its
    smaller count out.  The smaller count comes first; a range of the next units ("the next 12 to 18 months") is a
    from_now connector's."""
    count = parts.get("count")
    if not isinstance(count, int) or parts.keys() & {"det", "shift", "approx", "vague"}:
        return start
    told = _count_range().search(low, max(0, start - _COUNT_RANGE_REACH), start)
    if told is None:
        return start
    before_lo = max(0, told.start() - _COUNT_RANGE_OPENER_REACH)
    if _counted_on().search(low, before_lo, told.start()) is not None:
        return start
    before = low[before_lo:told.start()].split()
    if before and (lexicon.prefix_words().get(lexicon.squash(before[-1]), ("",))[0] == "approx"
                   or before[-1] in _range_apart()):
        return start    # ("invest over three to five years" from a time told before: an approx word is no range's)
    smaller = told.group("n")
    value = int(smaller) if smaller.isdigit() else lexicon.number_words().get(smaller)
    return told.start("n") if value is not None and 0 < value < count else start


# How far before a count of a unit the smaller count of its range may start ("twenty-five or thirty "), and how far
# before that a word opening the range may start ("the next ", "between ").
_COUNT_RANGE_REACH = 40
_COUNT_RANGE_OPENER_REACH = 15


@functools.lru_cache(maxsize=1)
def _range_apart() -> frozenset[str]:
    """Words before a range of counts that keep its counts apart (counting.tsv role=range_apart: "between")."""
    return frozenset(r["word"] for r in load_table("dates/counting.tsv") if r["role"] == "range_apart")


@functools.lru_cache(maxsize=1)
def _count_range() -> re.Pattern:
    """A smaller count and a word joining it to a count of a unit (counting.tsv role=range), up to that count."""
    joins = lexicon.trie_regex(r["word"] for r in load_table("dates/counting.tsv") if r["role"] == "range")
    numbers = lexicon.trie_regex(lexicon.number_words())
    return re.compile(rf"(?<![\w.,$%/-])(?P<n>\d{{1,3}}|{numbers})\s+(?:{joins})\s+\Z")


@functools.lru_cache(maxsize=1)
def _counted_on() -> re.Pattern:
    """A stretch counted on from some time (counting.tsv role=onward: "the next ten years", "the coming months")."""
    words = lexicon.trie_regex(r["word"] for r in load_table("dates/counting.tsv") if r["role"] == "onward")
    return re.compile(rf"(?:{words})\b")


def is_forecast(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                clauses: Clauses | None = None) -> bool:
    """Does a marker of the future or of a plan (tense.tsv) stand before text[start:end] in its
    clause ("expects sales to rise this year")?"""
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    if _forecast_told_after(low, end, s_hi, start):
        return True
    lo = max(s_lo, start - _REACH_BEFORE)
    before = [(s, clipped) for s, e, forecast in clauses.future_markers(s_lo, s_hi)
              if forecast and lo <= s and (clipped := _clipped(low, s, e, start)) <= start]
    if (placed := clauses.placed_plan_before(s_lo, s_hi, start, lo)) is not None:
        before.append(placed)
    if before:
        # a plan told in the past perfect is a plan of the past, no forecast ("The unit had hoped to turn profitable by
        # the June quarter"); an expectation so told still looks ahead ("had expected to produce 350 terawatt hours in
        # 2026")
        perfects = [e for s, e, tense, _ in clauses.markers(s_lo, s_hi) if tense == "pluperfect" and e <= start]
        if perfects:
            words = lexicon.tense_words()[0]
            before = [s for s, e in before if not (words.get(lexicon.squash(low[s:e])) == "plan" and any(
                p <= s and _only_auxiliaries(low, p, s) for p in perfects))]
        else:
            before = [s for s, e in before]
        before = [s for s in before if not _a_forecast_aside_on_a_subject_the_past_goes_on_from(clauses, low, s, start,
                                                                                               (s_lo, s_hi))]
    head = _coordinated_clause_head(low, s_lo, start)
    if not before and _FRONTED_AFTER.match(low, end, s_hi) and (_FRONTED_BEFORE.fullmatch(low, head, start) or not any(
            head <= s < start and tense != "complement" for s, _, tense, _ in clauses.markers(s_lo, s_hi))):
        # a date set off by a comma at the head of its sentence, or its subject, governs the clause after
        # it, whose marker of the future then makes it a forecast ("This quarter, losses will narrow again"); so
        # does one anywhere in the subject, before the sentence's first verb ("The next results, for the March
        # quarter and the full fiscal year, are expected in mid-May"); a "that" before it is no verb, a determiner or
        # the opener of the clause whose subject it is ("for that quarter and the full fiscal year, are due in mid-May";
        # "Warns that 2025 core profit will fall short")
        aside = _ASIDE.match(low, end, s_hi)
        saying = _SAYING_AFTER_A_FRONTED_DATE.match(low, end, s_hi)
        if aside is not None and not lexicon.reporting_verbs().isdisjoint(re.findall(r"[a-z]+", aside.group(1))):
            end = aside.end()           # ("This quarter, analysts said, revenue growth will slow": the aside's
                                        # verb of saying tells when that was said)
        elif saying is not None and (said := next((m for m in re.finditer(r"[a-z]+", saying.group(1)) if m.start()
                                                  and m.group() in lexicon.reporting_verbs()), None)) is not None:
            end = saying.start(1) + said.end()  # (so does the verb of saying whose clause the date heads: "For the
                                                # fourth quarter, the chipmaker said demand would remain tight")
        told = clause_tense(text, low, start, end, window, clauses)
        return (told == "future" or not told and possibility_right_after(low, end)) \
            and not _plan_revised(low, s_lo, start, end, s_hi)
    if not before:
        # (the marker of the future right after the date is looked for first: it is rare, and the clause a verb
        # of saying reports is read from the markers of the sentence up to the date, which differ for each date)
        verb = s_hi - len(low[end:s_hi].lstrip())
        forecasts = {s for s, _, forecast in clauses.future_markers(s_lo, s_hi) if forecast}
        noun = QUALIFIED_NOUN.match(low, end, s_hi)
        if noun is not None and verb not in forecasts and lexicon.subject_before().search(low, end, noun.end()) is None:
            verb = noun.end()           # (a date that qualifies the subject's noun: "that its 2026 earnings would")
        said = reported_clause_start(clauses, low, s_lo, start) if verb in forecasts else None
        if said is not None:
            # a date that ends the subject of a reported clause, right before its verb of the future, is as one at
            # the head of a sentence ("said its sales in the current quarter would fall short": a forecast; not
            # "told analysts this week it would", when it was said)
            told = clause_tense(text, low, start, end, (said, s_hi), clauses)
            # (a word of possibility leaves its clause's tense alone but forecasts the period: "flagged that the
            # fourth quarter could be weaker")
            return (told == "future" or not told and lexicon.possibility_word().match(low, verb) is not None) \
                and not _plan_revised(low, s_lo, start, end, s_hi)
    if not before or _plan_revised(low, s_lo, start, end, s_hi):
        return False                    # (nor is a plan of the past changed since: "but was delayed")
    if head > s_lo and all(s < head for s in before):
        return False    # (a clause a coordinator opens with the date has its own tense, as clause_tense reads it:
                        # "pledged to spend more, and in the September quarter its capital expenditure reached")
    # a clause opened between them is another's ("expect a listing by mid-2026, though executives said
    # at the start of the year ...")
    opened = _side_clause_start(low, start, (s_lo, s_hi))
    return opened is None or any(s >= opened for s in before) or _a_look_back_closed_by_its_date(low, opened, start)


def _a_look_back_closed_by_its_date(low: str, opened: int, start: int) -> bool:
    """Does the side clause opening at ``opened`` start with a word that looks back (tense.tsv kind boundary, tense
    earlier: "since") and name a date of its own, a number, before the date at ``start``?  The phrase ends at its own
    date, as clause_tense reads it, so the date after it is the main clause's ("would publish its first audited
    accounts since 2019 in the second half", in March: the coming half, a forecast)."""
    word = re.match(r"[a-z]+", low[opened:start])
    return word is not None and word.group() in lexicon.looking_back_openers() \
        and _NO_DIGIT.fullmatch(low, word.end() + opened, start) is None


def _tense_of_a_when_clause_the_date_is(text: str, low: str, end: int, s_hi: int, clauses: Clauses) -> str:
    """The tense of the clause a copula and "when" right after a date open (tense.tsv kind subject_when), else "".
    The date is then the time of that clause, which tells whether it looks ahead ("The June quarter is when the
    spending should start to pay off", in May: a forecast), not the copula's timetable present."""
    when = lexicon.told_right_after("subject_when").match(low, end)
    if when is None:
        return ""
    told = clause_tense(text, low, when.end(), when.end(), (when.end(), s_hi), clauses)
    if told in lexicon.PAST_TENSES and any(tense in ("future", "plan")
                                           for _, _, tense, _ in clauses.markers(when.end(), s_hi)):
        return ""   # a plan told in the past ("May is when the exchange was supposed to get its licence") may be ahead
    # (a timetable's present names the body's next sitting: "November is when the board meets", in January, is the
    # coming November, not the nearer one gone)
    return "future" if told == "schedule" else told


def _a_forecast_aside_on_a_subject_the_past_goes_on_from(clauses: Clauses, low: str, marker: int, start: int,
                                                         sentence: tuple[int, int]) -> bool:
    """Does the marker of the future at ``marker`` open a participle aside set off by commas ("The results, expected
    on Thursday, showed a loss in the second quarter") that closes before the date at ``start``, a listed verb in the
    past between that comma and the date?  The aside tells what was expected of the subject; the clause the date
    stands in tells the past (in February, the second quarter gone)."""
    if not low[sentence[0]:marker].rstrip().endswith(","):
        return False
    closing = low.find(",", marker, start)
    return closing >= 0 and any(closing < s < start and listed and tense in lexicon.PAST_TENSES
                                for s, _, tense, listed in clauses.markers(*sentence))


# The noun a date qualifies, right after it, up to the verb of the subject's clause ("2026 [earnings ]would"), or a
# relative clause set off by commas after it ("fiscal 2027[, which began on April 1, ]would").
QUALIFIED_NOUN = re.compile(r"\s+[a-z]+\s+|,\s+which\s[^,.;:]{1,60},\s+")
# What may stand between a verb of saying and a date in the subject of the clause it reports ("said [its sales in]"),
# a figure among its words ("wrote that [growth above 40% in] the first half of 2026 would force her"), its currency
# told by a prefix too ("said [an equity raising of up to A$50 million before] Easter could not be ruled out"); the
# reporting verb being the last marker before the date keeps a relative clause's own verb out.
_REPORTED_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:[a-z'\u2019]+ |(?:[a-z]{0,3}[$\u00a3\u20ac])?\d[\d.,]*%? ){0,10}")


def reported_clause_start(clauses: Clauses, low: str, s_lo: int, start: int) -> int | None:
    """Where the clause a verb of saying reports starts (tense.tsv kind reporting), when the date at ``start`` stands in
    its first few words, its subject ("Gap said its sales in the current quarter would fall short")."""
    markers = clauses.markers(s_lo, start)
    if not markers:
        return None
    s, e, tense, listed = markers[-1]
    if tense == "complement" and _REPORTED_SUBJECT.fullmatch(low, e, start):
        return e        # (whatever verb the word that opens it follows: "flagged that the fourth quarter could")
    if not listed or lexicon.squash(low[s:e]) not in lexicon.reporting_verbs() \
            or not _REPORTED_SUBJECT.fullmatch(low, e, start):
        return None
    return e


def may_look_ahead(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                   clauses: Clauses | None = None) -> bool:
    """Is there a marker of the future or of a plan anywhere in the clause of text[start:end], or a forecast made on
    a day before what it foresaw ("predicted on Tuesday a wet weekend", no marker of the future)?
    Without one, :func:`clause_tense` cannot say 'future' (a cheaper question to ask first)."""
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    lo, hi = max(s_lo, start - _REACH_BEFORE), min(s_hi, end + _REACH_AFTER)
    return any(lo <= s and e <= hi and not start <= s < end for s, e, _ in clauses.future_markers(s_lo, s_hi)) \
        or _forecast_told_after(low, end, s_hi, start) \
        or clauses.placed_plan_before(s_lo, s_hi, start, lo) is not None \
        or _what_a_forecast_made_then_foresees(clauses, low, start, s_lo, s_hi)


def clause_tenses(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                  clauses: Clauses | None = None) -> set[str]:
    """The tenses of the listed markers in the clause of text[start:end] ("Until Thursday, they had
    not called ...": {'pluperfect'})."""
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    lo, hi = max(s_lo, start - _REACH_BEFORE), min(s_hi, end + _REACH_AFTER)
    found = set()
    for s, e, tense, listed in _markers_beside(clauses, low, s_lo, s_hi, start):
        if tense in ("boundary", "complement") and s >= end:
            break
        if tense == "complement" and e <= start:
            # the reported clause the expression stands in has its own tenses ("said couriers had handled a
            # record number of parcels and that most backlogs would be cleared by the 16th")
            found.clear()
            continue
        if listed and lo <= s and e <= hi and not start <= s < end:
            found.add(tense)
    return found


# Markers that say no tense (tense.tsv kinds): words of habit or recurrence, and clause boundaries.
HABIT = ("habitual", "recurring")
_NO_TENSE = ("boundary", "complement", "examples", *HABIT)


# What may stand between a date and the comma that opens a relative clause on it: the date's own noun at most ("the
# 2025-26 season, which").
_NOUN_AND_COMMA = re.compile(r"\s*(?:[a-z]+\s*)?,\s*")


# What may stand between a date that ends a subject and the verb of its clause: a comma that closes an aside.
_RIGHT_BEFORE_ITS_VERB = re.compile(r"\s*,?\s*")


def possibility_right_after(low: str, end: int) -> bool:
    """Does a date end its sentence's subject right before a word of possibility and the bare verb of a deed, a comma
    at most between?  Such a word leaves its clause's tense alone but forecasts the subject's date ("The index's
    review, with results on Aug. 22, could raise the stock's weighting", in May: the coming Aug. 22); one further on
    is another verb's ("Holders of the September notes can start converting")."""
    return lexicon.possibility_of_a_deed().match(low, _RIGHT_BEFORE_ITS_VERB.match(low, end).end()) is not None


def _a_comma_closes_the_future(low: str, future_end: int, saying: int, end: int, markers) -> bool:
    """Does a comma stand between the last marker of the future and a verb of saying whose reported subject is the
    date ending at ``end``, a marker of the future or a plan right after it?  The saying opens a clause of its own, so
    the future of the clause before the comma is not the date's: "Rain is forecast for next week, but forecasters said
    autumn would be mild" is the autumn to come, as the saying's own "would" tells (not "'I'm going to pay for it,'
    Mitchell said Tuesday after practice", the day of saying)."""
    return 0 <= future_end <= saying and "," in low[future_end:saying] and any(
        s >= end and low[end:s].isspace() and tense in ("future", "plan") for s, _, tense, _ in markers)


def _plan_revised(low: str, s_lo: int, start: int, end: int, s_hi: int) -> bool:
    """Does a change told after the date at low[start:end] undo the plan of the past naming it (lexicon.plan_revised:
    ", but was extended")?  Not a plan told in the present before it in its sentence (tense.tsv kind plan_now): "The
    bridge is due to open in March but has slipped before" still plans March, the slips being of dates set earlier."""
    if lexicon.plan_revised().search(low, end, s_hi) is None:
        return False
    return lexicon.word_of_kind("plan_now").search(low, s_lo, start) is None


def _coordinated_clause_head(low: str, s_lo: int, start: int) -> int:
    """Where the clause of the date at ``start`` opens: right after a word of tense.tsv kind coordinator after a comma
    when the date comes right after that word, or its preposition, at the head of a clause of its own ("the longest it
    has been since 2021, and this week alone three companies are due to price deals"; "holds the largest reserves, and
    in May the government revoked": the markers before the comma tell another clause's tense); else ``s_lo``."""
    coordinator = lexicon.coordinator_right_before().search(low, max(s_lo, start - _COORDINATOR_REACH), start)
    if coordinator is None or not low[s_lo:coordinator.start()].rstrip().endswith((",", ";")):
        return s_lo
    return coordinator.start()


# How far before a date the words of tense.tsv kind retroactive right before it are looked for (characters).
_RETROACTIVE_REACH = 24


# How far before a date the word of kind coordinator right before it is looked for (characters: a short phrase a
# preposition opens may stand between).
_COORDINATOR_REACH = 48


def _clauses_of_their_own(low: str, lo: int, hi: int, verbs: list[tuple[int, int, str]]) \
        -> Iterator[tuple[re.Match, tuple[int, int, str]]]:
    """(where it opens, its verb) of each clause a comma and a coordinator (tense.tsv kind coordinator) open in
    low[lo:hi] with a subject of its own, a few words (_subject_between), right before its verb, the first of ``verbs``
    (start, end, tense; in order) after the coordinator ("Aug. 6 to 16, 2026, and the board will vote").  A verb right
    after the coordinator shares the subject, and the time, of the clause before ("opens on June 5, 2027, and will
    close").  The one reading of ", and" and a new subject that the three rules below share."""
    for opened in lexicon.coordinated_clause().finditer(low, lo, hi):
        verb = next((v for v in verbs if v[0] > opened.end()), None)
        if verb is not None and (_subject_between().fullmatch(low, opened.end(), verb[0]) is not None
                                 or _determined_subject_between().fullmatch(low, opened.end(), verb[0]) is not None):
            yield opened, verb


def _tense_markers(clauses: Clauses, sentence: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The markers of a tense in ``sentence`` (start, end, tense), those that tell none left out."""
    return [(s, e, tense) for s, e, tense, _ in clauses.markers(*sentence) if tense not in _NO_TENSE]


def a_clause_with_its_own_subject(low: str, start: int, end: int, clauses: Clauses,
                                  sentence: tuple[int, int]) -> bool:
    """Does a clause with a subject of its own open in low[start:end], within ``sentence``, its marker of tense
    before ``end`` (_clauses_of_their_own)?  Its verb tells its own time, read from the reader's now."""
    return any(e <= end for _, (_, e, _) in _clauses_of_their_own(low, start, end, _tense_markers(clauses, sentence)))


def _own_past_clause_opening_after(low: str, end: int, hi: int, clauses: Clauses,
                                   sentence: tuple[int, int]) -> int | None:
    """Where a clause in the past with a subject of its own (_clauses_of_their_own) opens in low[end:hi], after a date
    that ends at ``end`` ("and the government has approved").  Its past tells what was done, no time of the clause
    before; a verb of the future there may still tell of a timetable the date belongs to ("Preorders open on Friday,
    and the phone will ship"), so only the past is cut off.  None when no such clause opens."""
    return next((opened.start() for opened, (s, _, tense) in
                 _clauses_of_their_own(low, end, hi, _tense_markers(clauses, sentence))
                 if s < hi and tense in lexicon.PAST_TENSES), None)


def _a_present_perfect_clause_of_its_own(low: str, future_end: int, start: int) -> bool:
    """Does a clause with a subject of its own (_clauses_of_their_own) whose verb is in the present perfect open
    between a marker of the future ending at ``future_end`` and the date at ``start`` ("will harvest more in 2026, and
    prices have already fallen from February's record")?  The present perfect tells of a time gone up to now; the
    future before the comma is another clause's.  Not a passive, which may tell what is set for a time ahead ("and
    capacity has been booked through the end of the month", tense.tsv kind auxiliary after it)."""
    auxiliaries = [(m.start(), m.end(), "") for m in lexicon.present_perfect().finditer(low, future_end, start)]
    for _, (_, e, _) in _clauses_of_their_own(low, future_end, start, auxiliaries):
        following = low[e:start].split(maxsplit=1)
        if not (following and following[0] in lexicon.words_of_kinds("auxiliary")):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _subject_between() -> re.Pattern:
    """A subject between a coordinator and its verb: a few words, no punctuation ("and the board will"), not opened by
    an adverb that leaves the verb the subject before (tense.tsv kind not_subject: "and then will")."""
    return re.compile(rf"\s+(?!(?:{lexicon.not_subject_adverbs()})\s)(?:[a-z0-9'-]+\s+){{1,4}}")


@functools.lru_cache(maxsize=None)
def _determined_subject_between() -> re.Pattern:
    """A longer subject between a coordinator and its verb, opened by a determiner (tense.tsv kind determiner) and told
    more of, no punctuation ("and the custom of lighting the first fire on the shortest day has held").  A determiner
    right after ", and" opens a noun phrase, and the first verb after it is that phrase's: the clause is one of its own
    however long its subject."""
    determiners = lexicon.trie_regex(lexicon.words_of_kinds("determiner"))
    return re.compile(rf"\s+(?:{determiners})\s+(?:[a-z0-9'-]+\s+){{1,{_LONG_SUBJECT_WORDS}}}")


# How many words a subject opened by a determiner may run to after it, its auxiliary with them ("has" is no marker).
_LONG_SUBJECT_WORDS = 16


def clause_tense(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                 clauses: Clauses | None = None, ahead: bool = False) -> str:
    """'past', 'future', 'plan' or '' for the clause around text[start:end], from the tense markers
    of tense.tsv in the same sentence (``window``, or the stretch between sentence ends).  'plan': the
    future of a plan taken in the past ("agreed to buy"), which the resolver reads as future only
    for a date coming soon.

    A marker of the future or a plan before the expression ("will launch", "agreed to buy") governs
    it unless a past word stands between; a plan of the past ("had been due to") counts for nothing.
    Otherwise the nearest marker wins, one before the expression over one after it, a listed word
    over a word ending, and nothing after a word that opens another clause (", which will ...").
    ``ahead``: the words before the expression already look ahead ("by the June quarter"), so a verb of
    saying after it tells only when that was said."""
    clauses = clauses or Clauses(text, low)
    tense = _clause_tense_read(text, low, start, end, window, clauses, ahead)
    if tense == "schedule":
        # "March is when the company closed the plant": a date that "is when" a clause follows is that clause's time,
        # placed by its tense, not by the copula's timetable present (tense.tsv kind subject_when)
        tense = _tense_of_a_when_clause_the_date_is(
            text, low, end, clauses.sentence(start, end, window)[1], clauses) or tense
    if tense == "plan" and after_a_placed_plan(clauses, low, start, end, window):
        # "The board agreed on Friday to restart the pit in the autumn", in January: the decision placed by a day of
        # its own, what follows its infinitive is the plan's time, ahead of that day however far (the day itself
        # keeps the past of the verb)
        return "future"
    if tense == "plan" and _cut_short_right_after(clauses, low, start, end, window):
        # "Police said the man was preparing to board a flight on Sunday when officers arrested him": a plan a happening
        # in the past cut short was for a time gone
        return "past"
    if tense == "plan" and _cut_short_before(text, clauses, low, start, end, window):
        # "Police arrested him as he was preparing to leave the country on Sunday": so too when the happening that cut
        # the plan short is told before it
        return "past"
    if tense in ("future", "plan") and after_an_unforeseen_happening(low, start) \
            and not _said_to_happen_right_after(clauses, low, start, end, window):
        # "A link to the fire on Tuesday could not be ruled out": an accident known as "the fire" has happened
        return "past"
    if tense in ("future", "plan", "schedule") and after_a_cause_gone(low, start):
        # "has slipped to the end of the year after cyclone damage in February": the harm that moved the plan is gone
        return "past"
    if tense in ("future", "plan") and _came_to_nothing_after(clauses, low, start, end, window):
        # "The union has threatened walkouts in February and March, but none happened": what the threat named has
        # come and gone
        return "past"
    if tense in ("future", "plan", "") and _in_a_perfect_participle_phrase(clauses, low, start, end, window):
        # "Having signed the deal on Monday, the company will close the plant": the deed the phrase tells was done
        # before the time of the clause it hangs on, whatever that clause's tense
        return "past"
    if tense in ("past", "") and a_relative_timetable_right_before(clauses, low, start, end, window):
        # "Fares for the games that begin in August were cut on Monday": the relative clause tells its noun's timetable
        # in the present, the coming time, whatever the verb of the main clause after it
        return "schedule"
    return tense


def after_a_cause_gone(low: str, start: int) -> bool:
    """Does the cause of a change, "after" and a noun of harm no one schedules (tense.tsv kinds cause_opener,
    cause_noun), end right before the date at ``start``?  The harm that moved a plan has happened, so its date is gone
    whatever time the plan is moved to ("pushed back to October after a fire in March", in June: this March)."""
    return lexicon.cause_gone_before().search(low, max(0, start - _HAPPENING_REACH), start) is not None


def after_an_unforeseen_happening(low: str, start: int) -> bool:
    """Does a noun of a happening no one schedules, after a word pointing at one known ("the fire", tense.tsv kind
    unforeseen_happening), end right before the date at ``start``?  That happening has taken place, so its date is
    gone whatever looks ahead in the clause, a marker of the future or a word of possibility ("A motive for the
    shooting on Sunday may never be known")."""
    return lexicon.unforeseen_happening_before().search(low, max(0, start - _HAPPENING_REACH), start) is not None


def a_relative_timetable_right_before(clauses: Clauses, low: str, start: int, end: int,
                                       window: tuple[int, int] | None) -> bool:
    """Does a listed timetable marker opened by a relative pronoun (tense.tsv tense schedule: "that begin in", "which
    starts in") end right before text[start:end]?  Only a bare present of the verb is listed, so the clause is timeless
    ("the games that begin in August"); "that began in August" is no such marker."""
    s_lo = clauses.sentence(start, end, window)[0]
    return any(listed and tense == "schedule" and low[e:start].strip() == "" and low[s:e].split()[0]
               in lexicon.relative_openers() for s, e, tense, listed in clauses.markers(s_lo, start))


# How far before a date a clause of time and its present verb are read (characters).
_AWAITED_REACH = 80


def an_awaited_clause_right_before(clauses: Clauses, low: str, start: int, end: int,
                                    window: tuple[int, int] | None) -> bool:
    """Does a clause of time with its verb in the simple present (lexicon.awaited_clause_before: "before the harvest
    peaks in") end right before text[start:end]?  A sentence of habit keeps its own reading ("usually"), and a name
    in the subject makes the word in "-s" the head of a named occasion, no verb ("before the Fiestas Patrias holidays
    in late July")."""
    s_lo, s_hi = clauses.sentence(start, end, window)
    found = lexicon.awaited_clause_before().search(low, max(s_lo, start - _AWAITED_REACH), start)
    if found is None or any(c.isupper() for c in clauses.text[found.start("subject"):found.end("subject")]):
        return False
    return not any(tense in HABIT for _, _, tense, _ in clauses.markers(s_lo, s_hi))


def _said_to_happen_right_after(clauses: Clauses, low: str, start: int, end: int,
                                window: tuple[int, int] | None) -> bool:
    """Does a marker of the future right after text[start:end] go with a verb that says a happening occurs (tense.tsv
    kind happening_ahead)?  Then the noun before the date is that verb's subject, still to come ("The shooting in May
    will take place in Morocco", of a film), not an accident known as gone ("The crash on Saturday will be
    investigated")."""
    s_hi = clauses.sentence(start, end, window)[1]
    after = [(s, e, tense) for s, e, tense, _ in clauses.markers(end, s_hi) if s >= end]
    return bool(after) and low[end:after[0][0]].strip() == "" and after[0][2] == "future" \
        and lexicon.kind_right_after("happening_ahead").match(low, after[0][1]) is not None


# How far before a date "the" and a noun of an unforeseen happening are looked for (characters).
_HAPPENING_REACH = 24


def _came_to_nothing_after(clauses: Clauses, low: str, start: int, end: int, window: tuple[int, int] | None) -> bool:
    """Does a clause after text[start:end] in its sentence say, by a subject of tense.tsv kind came_to_nothing and one
    verb alone in the past right after it, that none of what was planned or threatened came about (", but none
    happened"; not ", but neither union gave details", whose subject is a noun the word qualifies). The verb takes no
    object: a clause end, a preposition or another clause follows it (", but neither gave details" tells what the two
    did not say, not that the plan came to nothing; ", but nothing came of it" still does)."""
    s_hi = clauses.sentence(start, end, window)[1]
    opened = lexicon.came_to_nothing_opening().search(low, end, s_hi)
    if opened is None:
        return False
    inside = [(s, e, tense) for s, e, tense, _ in clauses.markers(opened.start(), s_hi)
              if opened.end() <= s < min(s_hi, opened.end() + _CUT_SHORT_REACH)]
    return len(inside) == 1 and inside[0][0] == opened.end() and inside[0][2] in lexicon.PAST_TENSES \
        and (lexicon.adverbial_close().match(low, inside[0][1]) is not None
             or lexicon.kind_right_after("came_about_particle").match(low, inside[0][1]) is not None)


def _in_a_perfect_participle_phrase(clauses: Clauses, low: str, start: int, end: int,
                                    window: tuple[int, int] | None) -> bool:
    """Does text[start:end] stand in a phrase of a perfect participle ("Having signed the deal on Monday,") that opens
    its sentence or is set off after a comma, with no marker of the future or a plan of its own before the date
    ("Having agreed to sell the unit in March" still looks ahead), nor the word that ties a period to what the deed
    readied right before it ("Having booked rooms for July" tells the rooms' July, no time of the booking)?"""
    s_lo = clauses.sentence(start, end, window)[0]
    phrase = lexicon.perfect_phrase_before().match(low, max(s_lo, low.rfind(",", s_lo, start) + 1), start)
    if phrase is not None \
            and lexicon.kind_right_before("progressive_for").search(low, phrase.start("open"), start) is not None:
        return False
    return phrase is not None and not any(tense in ("future", "plan") for s, _, tense, _ in
                                          clauses.markers(s_lo, start) if s >= phrase.start("open"))


# How far after "when" the verb of that clause may stand (characters: a short subject).
_CUT_SHORT_REACH = 30


def _a_plan_undone_after(low: str, end: int, hi: int, text: str | None) -> bool:
    """Does a clause opened by a word of tense.tsv kind plan_undone after the plan reported up to ``end`` tell, after a
    subject of its own, by one verb alone in the past, what became of the plan ("said he was hoping to sign the deal in
    March, but talks broke down")?  The speaker's hope is then of the past, as "had been hoping to" is, not a plan still
    ahead; a verb right after the opening word is the speaker's own ("but declined to give details")."""
    opened = lexicon.plan_undone_opening().search(low, end, hi)
    if opened is None:
        return False
    inside = _markers(low, opened.end(), min(hi, opened.end() + _CUT_SHORT_REACH), text)
    return len(inside) == 1 and inside[0][2] in lexicon.PAST_TENSES and inside[0][0] > opened.end()


def _cut_short_right_after(clauses: Clauses, low: str, start: int, end: int, window: tuple[int, int] | None) -> bool:
    """Does a clause of "when" right after text[start:end] tell in the past, by one verb alone, what happened then
    ("was preparing to land in Lisbon on Saturday when an engine failed")?  Not an auxiliary before another verb,
    which tells the plan's own time from then ("said it was preparing to resume sailings on Friday, when the storm was
    expected to ease")."""
    opened = lexicon.day_clause_after().match(low, end)
    if opened is None:
        return False
    s_lo, s_hi = clauses.sentence(start, end, window)
    inside = [tense for s, _, tense, _ in clauses.markers(s_lo, s_hi)
              if opened.end() <= s < min(s_hi, opened.end() + _CUT_SHORT_REACH)]
    return len(inside) == 1 and inside[0] in lexicon.PAST_TENSES


def _cut_short_before(text: str, clauses: Clauses, low: str, start: int, end: int,
                      window: tuple[int, int] | None) -> bool:
    """Does text[start:end] close a plan told in the past progressive, in a clause opened by a word of tense.tsv kind
    plan_cut_short after a main clause whose last marker is in the past ("Police arrested him at the airport as he was
    preparing to leave the country on Sunday")?  The plan's past tells it was under way when the main clause's
    happening cut it short, so it was for a time gone.  Not when the main clause tells a time of its own: the plan
    was then still ahead of it ("Shares rose on Monday while the bank was preparing to price its bond on Thursday",
    on a Tuesday, is the coming Thursday)."""
    s_lo, s_hi = clauses.sentence(start, end, window)
    opening = lexicon.last_match(lexicon.plan_cut_short_opening(), low, s_lo, start)
    if opening is None or find_expressions(text[s_lo:opening.start()], low=low[s_lo:opening.start()]):
        return False
    markers = clauses.markers(s_lo, s_hi)
    main = [tense for s, _, tense, _ in markers if s < opening.start()]
    own = [(s, e, tense) for s, e, tense, _ in markers if opening.end() <= s < start]
    # (the clause's only past is the auxiliary right before the plan: "as the firm said it is preparing to list its
    # unit on Friday" tells a plan of now)
    return bool(main) and main[-1] in lexicon.PAST_TENSES and len(own) == 2 and own[0][2] in lexicon.PAST_TENSES \
        and own[1][2] == "plan" and not low[own[0][1]:own[1][0]].strip()


def after_a_placed_plan(clauses: Clauses, low: str, start: int, end: int, window: tuple[int, int] | None) -> bool:
    """Does ``start`` stand after the infinitive of a plan placed by a phrase of its own ("agreed on Friday to"),
    no comma between (Clauses.placed_plan_before)?"""
    s_lo, s_hi = clauses.sentence(start, end, window)
    return clauses.placed_plan_before(s_lo, s_hi, start, max(s_lo, start - _REACH_BEFORE)) is not None


def _in_a_reported_subject(low: str, start: int, end: int, markers: list) -> bool:
    """Is low[start:end], right after the "that" of a reported clause, the opening of a noun phrase the date ends, no
    word of tense between ("warned that a dry spell forecast for the southern winter could cut the crop")?  The date
    is then in the subject of the reported clause, whose own verb after it tells its time, not the verb of saying."""
    return _reported_subject_gap().fullmatch(low, start, end) is not None \
        and not any(start <= s and e <= end for s, e, *_ in markers)


@functools.lru_cache(maxsize=1)
def _reported_subject_gap() -> re.Pattern:
    determiners = lexicon.trie_regex(lexicon.words_of_kinds("determiner"))
    # (a bare noun and the one word after it open such a subject too: "warned that sales in March would be lower",
    # "profit in March"; a word of tense between is still refused by the markers: "said that prices rose in March")
    return re.compile(rf"\s+(?:(?:{determiners})\s+(?:[a-z'-]+\s+){{1,{_REPORTED_SUBJECT_WORDS}}}"
                      rf"|[a-z'-]+\s+[a-z]+\s+)")


# The most words of the subject of a reported clause between its determiner and a date inside it.
_REPORTED_SUBJECT_WORDS = 7
# The most words of such a subject, a sum among them, when the verb of the reported clause stands right after the date
# ("said an equity raising of up to A$50 million before Easter could"): a subject that long is told apart from the verb
# of saying's object only by that verb ("showed a preview at our event in Singapore in May, and" is the object).
_LONG_REPORTED_SUBJECT_WORDS = 8


def _clause_tense_read(text: str, low: str, start: int, end: int, window: tuple[int, int] | None,
                       clauses: Clauses, ahead: bool) -> str:
    """clause_tense before a placed plan's infinitive is looked at."""
    s_lo, s_hi = clauses.sentence(start, end, window)
    if _forecast_told_after(low, end, s_hi, start) or named_as_an_estimate(low, start, end):
        return "future"     # what the clause told, past or present, was a forecast, as the words after it say
    if _forecast_made_then(text, low, end, s_hi, start):
        return "past"       # "In July, it forecast a national yield": the forecast was made in July
    if lexicon.kind_right_before("retroactive").search(low, max(s_lo, start - _RETROACTIVE_REACH), start):
        return "past"       # "will be backdated from April": a change dated back reaches a time gone, whatever the
                            # clause's tense
    if _what_a_forecast_made_then_foresees(clauses, low, start, s_lo, s_hi):
        return "future"     # "The agency forecast on Friday rain on Saturday": the Friday it was made, the Saturday
                            # what it foresaw
    if _what_it_holds_told_ahead(clauses, low, end, s_lo, s_hi):
        return "future"     # "pointed to the Lunar New Year, when the app will face its first holiday rush": the
                            # time of what is still to come, whatever verb led to it
    if _what_it_holds_told_in_the_present(clauses, low, start, end, s_lo, s_hi):
        return "future"     # "pinning their hopes on the eclipse on Aug. 12, when the path of totality crosses
                            # Iceland": a day whose happening is told in the present is ahead
    s_lo = _coordinated_clause_head(low, s_lo, start)
    lo, hi = max(s_lo, start - _REACH_BEFORE), min(s_hi, end + _REACH_AFTER)
    future_before, future_end = "", -1
    future_start = -1
    pluperfect_after = False
    future_in_a_relative = False
    plan_changed = False
    side_clause = False
    side_tense = ""                     # the tense of the last marker before the expression in its side clause
    side_looks_back = False             # its word looks back from the main clause's time ("since")
    pluperfect_end = -1
    pluperfect_reported = False
    reported_in_the_pluperfect = False
    best, best_distance, best_after = "", None, False
    markers = _plans_hung_on_the_past(low, [(s, _clipped(low, s, e, start), tense, listed) for s, e, tense, listed in
                                            _markers_beside(clauses, low, s_lo, s_hi, start)])
    opened, closed = low.rfind(",", s_lo, start), low.find(",", end, s_hi)
    while opened > s_lo and _a_figure_s_comma(low, opened):
        opened = low.rfind(",", s_lo, opened)   # the comma of a figure opens no aside ("raised from 300,000 in March")
    quote_after = low.find('"', end, s_hi)
    if opened >= 0 and closed >= 0:
        # an aside set off by commas with a tense of its own keeps it: "the unit, launched in the
        # spring, is expected to break even"; "the fiscal year, which ended in March, and plans to"
        inside = [m for m in markers if opened < m[0] and m[1] <= closed and m[2] not in _NO_TENSE
                  and not (start <= m[0] < end)]
        if inside:
            lo, hi = max(lo, opened), min(hi, closed)
    if (opening := _own_past_clause_opening_after(low, end, hi, clauses, (s_lo, s_hi))) is not None:
        hi = opening    # "The virus could return in the autumn, and the government has approved a vaccine": what the
                        # clause a comma, a coordinator and a subject of its own open did is no time of the date
    last_before = ""
    aside_end = -1
    # a noun in apposition closed before the expression tells more of a thing, its verbs not the clause's: "agreed
    # last month to raise the price for power from bagasse, the fibre left after cane is crushed, to 6.5 rupees from
    # April 1" keeps the plan's time
    appositions = [m.span() for m in lexicon.closed_noun_aside().finditer(low, lo, start)]
    complement_after_future = -1        # where "that" after a verb of the future ends, its reported clause opening
    timetable_before = False
    verb_right_after = False
    for s, e, tense, listed in markers:
        if s < lo or e > hi or start <= s < end or s < aside_end or any(a < s < b for a, b in appositions):
            continue
        if tense in HABIT:
            continue
        before = e <= start
        if not before and tense in lexicon.PAST_TENSES and low[end:s].isspace() \
                and _gerund_before_a_date().search(low, max(lo, start - _NOUN_PHRASE_REACH), start) is None:
            verb_right_after = True     # the date stands between the subject and its verb in the past: "sanctions
                                        # were due to return after the council on Friday rejected a bid" (not a
                                        # date a participle in -ing governs: "calls expiring on Friday hit a record")
        if before and listed and tense == "schedule":
            timetable_before = True     # a timetable told in the present looks ahead as a forecast does: a verb of
                                        # saying after a comma tells when it was said ("meets in April, she said")
        if before and tense == "complement":
            reported_in_the_pluperfect = pluperfect_end >= 0
        if before and not future_before and tense == "complement" and _CLAUSE_CLOSES.match(low, end) is None \
                and _in_a_reported_subject(low, e, start, markers):
            # (so in a side clause: "though they warned that a dry spell forecast for the southern winter could cut")
            best, best_distance, last_before, side_tense = "", None, "", ""
            continue
        if before and not future_before and _CLAUSE_CLOSES.match(low, end) is None and (
                listed and lexicon.reported_subject_opening().match(low, s, start)
                or listed and lexicon.reported_subject_opening(_LONG_REPORTED_SUBJECT_WORDS).match(low, s, start)
                and any(m_start >= end and low[end:m_start].isspace()
                        for m_start, *_ in [*markers, *clauses.future_markers(s_lo, s_hi)])
                or tense == "complement" and lexicon.space_and_determiner().fullmatch(low, e, start)):
            # a date in the subject of the clause a verb of saying reports takes that clause's tense: "said their
            # home game on Sunday would go ahead", "told reporters that Sunday's meeting was likely to endorse the
            # pause" (the verb of saying tells only when that was said); a date that closes its clause leaves no
            # verb for such a subject, so the words before it are the verb's object: "data showed a fall in sales in
            # March.", in February, the March gone
            best, best_distance, last_before = "", None, ""
            continue
        if before and listed and (not future_before or _a_comma_closes_the_future(low, future_end, s, end, markers)) \
                and lexicon.reported_date_subject_opening().match(low, s, start) \
                and any(m[0] >= end and m[3] and (low[end:m[0]].isspace() or (
                    "-" in low[start:end] and _A_NOUN_OR_TWO.fullmatch(low, end, m[0]) is not None)) for m in markers):
            # so does a date that is that subject, its clause's verb right after it: "said December would be a strong
            # month" (not "said Monday that it would", the day of saying), or that qualifies the subject's noun as a
            # hyphened adjective: "said second-quarter revenue would be about $1.4 billion" (not "said Monday revenue
            # would fall", the day of saying)
            best, best_distance, last_before = "", None, ""
            continue
        if before and tense == "past" and future_before and lexicon.word_of_kind_after("agent").match(low, e) \
                and lexicon.noun_phrase_before("noun_of").search(low, max(lo, s - _NOUN_PHRASE_REACH), s) is not None:
            continue                        # "will hear the arguments in the case brought by regulators against
                                            # Yunda on Thursday": a participle that qualifies a noun in a clause
                                            # that looks ahead tells no past ("3,000 tonnes of fibre held by
                                            # the board": a noun after "of" too)
        if before and tense == "past" and future_before and lexicon.kind_gap("runs_on_from").fullmatch(low, e, start) \
                and lexicon.subject_before().search(low, max(lo, s - 8), s) is None:
            continue                        # "would raise premiums, starting with policies sold from May": a
                                            # participle that qualifies a noun runs on from the date in a clause
                                            # that looks ahead (not "the shares it sold from May")
        if before and tense not in _NO_TENSE:
            near = max(lo, s - _NOUN_PHRASE_REACH)
            own = (lexicon.verb_to_date_gap().fullmatch(low, e, start) is not None and (
                listed or lexicon.subject_before().search(low, max(lo, s - 8), s) is not None
                or (tense == "past" and lexicon.noun_phrase_before().search(low, near, s) is not None)
                or (tense == "past" and lexicon.possessed_noun_phrase_before().search(low, near, s) is not None)
                or (tense == "past" and lexicon.named_subject_before().search(text, near, s) is not None)
                or (tense == "past" and lexicon.named_noun_phrase_before().search(text, max(lo, s - _NAME_REACH), s)
                    is not None)
                or (tense == "past" and text[s:s + 1].islower()
                    and lexicon.bare_relative_name_before().search(text, max(lo, s - _NAME_REACH), s) is not None)
                or (tense == "past" and lexicon.relative_aside_before().search(low, max(lo, s - _SIDE_CLAUSE_REACH), s)
                    is not None)
                or (tense == "past" and bool(future_before) and _a_bare_plural_object_between(low, future_end, s)))
            ) or (tense == "past" and not future_before and lexicon.agent_to_date_gap().fullmatch(low, e, start)
                  is not None and lexicon.noun_phrase_before().search(low, near, s) is not None) \
                or (tense == "past" and (listed and lexicon.squash(low[s:e]) in lexicon.announcing_verbs()
                                         or lexicon.subject_before().search(low, max(lo, s - 8), s) is not None)
                    and lexicon.verb_object_between(text, low, e, start)) \
                or (tense == "past" and listed and lexicon.squash(low[s:e]) in lexicon.reporting_verbs()
                    and lexicon.medium_gap().fullmatch(low, e, start) is not None) \
                or (tense == "past" and lexicon.noun_phrase_before().search(low, near, s) is not None
                    and lexicon.word_of_kind_after("verb_preposition").match(low, e) is not None
                    and lexicon.verb_object_between(text, low, e, start))
            # (a participle that qualifies a noun right before the date is its own too: "once the fee award
            # approved Monday takes effect", "according to a notice published on Thursday", with its agent
            # between when no marker of the future comes first: "The fine imposed by regulators on Thursday
            # will be appealed"; so is a verb whose subject is a name right after the word that opens its clause,
            # "helped by trade-in subsidies that Beijing extended in January", or that follows a relative clause
            # set off by commas, "the stock exchange, which cancelled trading on Tuesday, reopened on Wednesday
            # morning"; not so a verb of a clause told from the past, "likely to buy as soon as trading opened
            # Monday"; a verb of telling with its hearer between tells when it was said, whatever the clause
            # told after the date looks ahead to: "told customers on Monday it would add a surcharge", and so does a
            # verb of saying with where it was said between: "said in a filing on Monday it would buy back shares";
            # a verb in the past right after its subject's noun phrase keeps its date past what it takes after a
            # preposition (tense.tsv kind verb_preposition): "under a timetable the company filed with the state
            # Utilities Commission on Monday", after "will run"; so does one right after a subject pronoun, past its
            # object: "funded from the $85 million it received for selling its port business in August", after
            # "will go out")
            last_before = tense if own else ""
        if not before and listed and (lexicon.coordinated_predicate_or_clause().search(low, max(end, s - 20), s)
                                      is not None
                                      or _opens_with_a_coordinator(low, s, e)
                                      or lexicon.coordinated_verb_and_its_object().search(low, max(end, s - 40), s)
                                      is not None):
            break                           # a predicate coordinated after the date has a tense of its own:
                                            # "launched its model in September and plans to release another"
                                            # ("beat Leeds on Saturday and host Sunderland on Tuesday", where the
                                            # marker holds its coordinator); so does one whose object is the
                                            # marker: "citing storms in August, and set a target for 2026" looks
                                            # ahead only for what the target is for; so does a clause a pronoun
                                            # opens after "and": "put the price up in October and we will have to"
        if not before and listed and best and lexicon.coordinated_clause().search(low, end, s) is not None:
            break                           # a clause coordinated after a comma has its own verb when the date's
                                            # has one: "released $262 million after its third review in July,
                                            # and the fund's board is scheduled to conduct a fourth review"
        if not before and listed and not best and _a_subject_of_the_present_before_a_clause_of_its_own(
                low, start, end, s, e, clauses, (s_lo, s_hi)):
            break                           # so it has when the date is the subject of a verb in the present:
                                            # "Diwali falls in early November, and jewellers said sales had doubled"
        if not before and lexicon.condition_between().search(low, end, s) is not None:
            break                           # a condition opened after the date has a tense of its own: "the
                                            # repairs could stretch into August if the yard had to order parts"
        if not before and 0 <= quote_after < s:
            break                           # a quotation closed or opened after the expression is another's
                                            # voice: '"The rally could run into March," said a strategist'
        if not before and listed and tense == "past" \
                and _reports_a_forecast(clauses, low, (s_lo, s_hi), lo, start, end, s, e, ahead or timetable_before):
            continue                        # "could list the unit in March, people familiar said": when it
                                            # was said, not when the listing is
        if not before and listed and lexicon.squash(low[s:e]) in lexicon.words_of_kinds("deal_start"):
            continue                        # "signed a contract on Tuesday, starting in the second half": the deal's
                                            # start looks ahead to the time after it, not to the signing's day
        if tense == "examples":
            if before:
                continue                    # "expects to launch three models, including one in the first quarter"
            break                           # the examples after ", including" have times of their own
        if tense == "complement":
            if before:
                if future_before:
                    complement_after_future = e
                # the clause a verb of the side clause reports has a tense of its own: "fell after the company warned
                # that profit for the year to March would be lower" looks ahead
                side_tense = ""
                continue
            break                           # "said on Wednesday that it would": the reported clause's own
        if tense == "boundary":
            if before:
                # the expression is in the clause it opens: a past verb there, even a word ending, is
                # the clause's own ("will watch the price war, which intensified in the summer")
                side_clause = _open_clause().fullmatch(low, e, start) is not None
                side_tense = ""
                # (up to the first date named after the word: "since 2019 in Beijing in March" leaves March out)
                side_looks_back = side_clause and lexicon.squash(low[s:e]) in lexicon.looking_back_openers() \
                    and _NO_DIGIT.fullmatch(low, e, start) is not None
                if side_clause and low[max(s_lo, s - 3):s].rstrip().endswith(","):
                    # a clause set off by a comma is another's: "is scheduled for Tuesday, while figures for
                    # January come out" (but "will report two weeks after the festival begins" is one)
                    future_before = ""
                continue
            if _NOUN_AND_COMMA.fullmatch(low, end, s) is not None:
                aside_end = low.find(",", e, hi)
                if aside_end >= 0:
                    continue                # a relative clause set off right after the date tells of its noun;
                                            # the verb after it is the date's: "For the current fiscal year,
                                            # which runs to March 2027, the company expects ...", also after the
                                            # date's own noun: "Exports in the 2025-26 season, which began in July,
                                            # are forecast to"
            break                           # the markers after it belong to another clause
        if tense == "pluperfect":
            tense = "past"
            pluperfect_end = e
            if not before and "," not in low[end:s]:
                pluperfect_after = True
            pluperfect_reported = a_saying_before_the_subject(low, s_lo, s)
        if before and side_clause and (listed or tense == "past"):
            side_tense = tense
        if before:
            if tense in ("future", "plan") and listed:
                if pluperfect_end >= 0 and _only_auxiliaries(low, pluperfect_end, s) \
                        and not (tense == "plan" and pluperfect_reported):
                    continue                # "had been due to expire Friday": a plan of the past (but a plan
                                            # reported in the past perfect is one taken up to the day it was told:
                                            # "said it had arranged to import ... on Thursday and Friday evenings")
                if reported_in_the_pluperfect and lexicon.squash(low[s:e]) in lexicon.no_backshift_words():
                    continue                # "had ruled that Elian must be returned ... and set Friday as the
                                            # deadline": "must" reported in the past perfect is "had to"
                if _plan_revised(low, s_lo, start, end, s_hi):
                    plan_changed = True
                    continue                # "was due to end in the spring, but was extended": so is one changed
                if tense == "future" and _a_maturity_s_own_year_between(low, s, e, start):
                    continue                # "priced a bond maturing in 2036 on Tuesday": the year is when the
                                            # debt falls due; the day after it is the pricing's, told in its tense
                if _a_relative_clause_inside_a_past_change(low, s_lo, s, e, start):
                    last_before = "past"    # "raised the price that mills must pay farmers to 355 rupees in April":
                    continue                # the relative clause's modal tells of its noun; the change and its date
                                            # are the past verb's, even one with no ending of the past ("cut")
                future_before, future_end, future_start = tense, e, s
                future_in_a_relative = lexicon.relative_subject_before().search(low, max(s_lo, s - 8), s) is not None
            elif tense == "past" and listed and _says_who_said_so(low, s_lo, s, e, start):
                continue                    # "are expected to see a slump, analysts said, before the May Day
                                            # break": an aside tells who said so, not when the slump is
            elif tense == "past" and future_before and _a_participle_aside_closed_before(low, future_end, s, start):
                continue                    # "will adopt its budget, currently estimated at $212.5 million, at a
                                            # meeting on June 16": the aside qualifies a noun; the date is still
                                            # the verb of the future's
            elif tense == "past" and future_before and not side_clause \
                    and _a_participle_on_the_future_s_object(low, future_end, s, e, start):
                continue                    # "will ship racks built in Taiwan in the second quarter": the
                                            # participle qualifies the object; the date is still the future's
            elif tense == "past" and (listed or side_clause):
                future_before = ""          # "will now appeal, Cuba predicted Wednesday"
            elif tense == "past" and future_before and 0 <= complement_after_future <= s:
                future_before = ""          # the clause a verb of the future reports has its own verb, a word
                                            # ending too: "the figures will show that sales dropped in the summer"
                best, best_distance = "", None  # and that verb, not the one of the future before it, tells the
                                                # date's tense however far the date stands: "will show how Ant
                                                # fared between July and September"
            elif tense == "past" and future_before and lexicon.coordinated_clause().search(low, future_end, s) \
                    and not lexicon.determiner_before().search(low, max(0, s - lexicon.DETERMINER_REACH), s):
                future_before = ""          # a clause of its own after a comma and a coordinator has its own verb:
                                            # "lifted its target for the shares on Nov. 26, ..., and Jefferies
                                            # raised its ADR target to $212 on Friday"
            elif tense == "past" and future_before and future_in_a_relative \
                    and lexicon.word_of_kind_after("determiner").match(low, e) is not None:
                future_before = ""          # a relative clause tells what its noun would do; the verb in the past
                                            # with an object after it is the main clause's: "A bill that would
                                            # require exchanges to keep deposits ... passed the House Financial
                                            # Services Committee in June"
            distance = start - e
        else:
            if tense == "plan":
                continue                    # "On Friday, the government planned to pay"
            distance = (s - end) * _AFTER_WEIGHT
        if not listed:
            distance = distance * _ENDING_WEIGHT + _ENDING_PENALTY
        if best_distance is None or distance < best_distance:
            best, best_distance, best_after = tense, distance, not before
    if verb_right_after and future_in_a_relative and lexicon.verb_to_date_gap().fullmatch(low, future_end, start):
        # a relative clause whose verb of the future governs the date right after it keeps that date its own; the
        # verb in the past after the date is its noun's main clause's: "Treasury bills that mature in mid-August rose"
        verb_right_after = False
    if verb_right_after or last_before in lexicon.PAST_TENSES:
        # the verb right before the date is its own, even in a relative clause of a forecast: "would
        # expand it beyond the 380 billion yuan it committed in February"
        return "past"
    if side_clause and (side_tense == "past" or (side_looks_back and not side_tense)):
        # the clause the expression stands in has a verb of its own: "will be its first report since it named
        # a new head of its domestic e-commerce business in August"; with none, a phrase after a word that looks
        # back names a time gone: "would make it the costliest wildfire since the fires in January"
        return "past"
    if future_before and pluperfect_after and "," not in low[future_end:start] \
            and lexicon.verb_head_before().search(low, max(s_lo, future_start - 12), future_start) is None:
        # a participle of the future that qualifies the subject of a verb in the past perfect after the date tells
        # a plan of the past: "Heavy rain forecast for Saturday night had cleared by 4 a.m."
        return "past"
    if _told_by_a_past_background(low, end, markers):
        return "past"
    if plan_changed and not future_before and best == "schedule" and best_after:
        # the plan of the past the date was set for was changed since, and the verb that moved it names the new
        # time, not this one: "was due to open in March but has slipped to the autumn" is last March
        return "past"
    if future_before and _a_present_perfect_clause_of_its_own(low, future_end, start):
        # "is expected to harvest more in 2026, and prices have fallen from February's record": the clause after the
        # comma has a subject and a verb of its own, whose present perfect tells of a time gone (the nearest marker
        # may still be the future's own)
        return "past" if best == future_before else best
    if future_before and lexicon.taken_decision().search(low, future_end, start) is not None:
        return "past"       # "hope to build on Japan's decision to lift its ban in September": the decision's own
                            # happening, not the hope's time to come
    return future_before or best


def _a_subject_of_the_present_before_a_clause_of_its_own(low: str, start: int, end: int, s: int, e: int,
                                                          clauses: Clauses, sentence: tuple[int, int]) -> bool:
    """Is the date at ``start`` the subject, or the end of the subject, of a verb in the present right after it
    (lexicon.present_verb_after_a_subject_date), and does a clause with a subject of its own open after a comma
    between it and the marker at ``s``..``e`` (a_clause_with_its_own_subject)?  A clause with its own finite verb,
    the present too, keeps its tense from a clause after it: "Diwali falls in early November this year, and jewellers
    said sales had doubled" tells the coming Diwali, the jewellers' past only when they said so.  Only a date that
    opens its clause's subject (lexicon.subject_opening_before): after a preposition a word in -s may be a noun
    ("runs on Tuesday and Friday nights in November, and ...")."""
    head = max(sentence[0], *(low.rfind(mark, sentence[0], start) + 1 for mark in ",;:"))
    verb = lexicon.present_verb_after_a_subject_date().match(low, end)
    if verb is None or lexicon.subject_opening_before().fullmatch(low, head, start) is None \
            or lexicon.coordinated_clause().search(low, verb.end(), s) is None:
        return False
    return a_clause_with_its_own_subject(low, verb.end(), e, clauses, sentence)


def _a_participle_aside_closed_before(low: str, future_end: int, s: int, start: int) -> bool:
    """Does the participle at ``s`` open a phrase set off by commas after a noun, after the marker of the future
    that ends at ``future_end``, and does that phrase close before the date at ``start``?  Such a phrase tells of
    its noun, not when the clause's verb happens."""
    opening = _participle_aside_head().search(low, max(future_end, s - _ASIDE_HEAD_REACH), s)
    close = _ASIDE_CLOSE_PAST_FIGURES.match(low, s, start)
    return opening is not None and close is not None and _next_item_of_a_list().match(low, close.end()) is None


@functools.lru_cache(maxsize=1)
def _next_item_of_a_list() -> re.Pattern:
    """A comma's next item of a list of a few words, then a listing word of day_lists.tsv (" temasek and bain"): such a
    comma goes on with the list of the noun the participle's phrase names ("according to a report by Google, Temasek
    and Bain published in November"), it closes no aside, and the participle after the list tells its own past."""
    return re.compile(rf"\s+[a-z0-9&.'’-]+(?:\s+[a-z0-9&.'’-]+){{0,2}}\s+(?:{listing_words()})\s")


def _a_participle_on_the_future_s_object(low: str, future_end: int, s: int, e: int, start: int) -> bool:
    """Is the word in the past at ``s``..``e`` a participle that qualifies the object of the marker of the future
    ending at ``future_end`` ("will sell cars made"), with a phrase of its own between it and the date at ``start``
    ("made in Mexico in May")?  The participle then only says which things the verb of the future is about: the date
    after the participle's own phrase is that verb's.  Not a date right after the participle, its complement ("will
    refund fees paid in January" is the January gone), nor a participle after a preposition's noun, a pronoun or a
    word that opens a clause, where it may be a verb of its own ("will build hubs under a deal signed in May"), nor a
    past auxiliary (tense.tsv kinds passive, auxiliary), a verb of its own clause ("bonds due 2031 were little
    changed on Thursday")."""
    word = low[s:e].strip()
    if " " in word or word in lexicon.words_of_kinds("passive", "auxiliary") \
            or lexicon.verb_to_date_gap().fullmatch(low, e, start) is not None:
        return False
    return _OBJECT_BEFORE_A_PARTICIPLE.fullmatch(low, future_end, s) is not None \
        and _object_stops().search(low, future_end, s) is None \
        and _PARTICIPLE_S_OWN_PHRASE.fullmatch(low, e, start) is not None


# What may stand between a marker of the future and a participle of its object: the verb, maybe a gerund or
# infinitive, and the object's words ("begin shipping liquid-cooled racks"), no stop; and between the participle and
# the date, its own phrase ("built around Chinese-made accelerators in the").
_OBJECT_BEFORE_A_PARTICIPLE = re.compile(r"\s+(?:[a-z0-9'-]+\s+){1,5}")
_PARTICIPLE_S_OWN_PHRASE = re.compile(r"\s+(?:[a-z0-9'-]+\s+){2,6}")


# A verb right after a marker of the future and its bare plural object, maybe with an adjective ("review loans",
# "audit all state contracts"), up to the word that follows it.
# (the verb the marker governs may be the marker's own: "is subject to sanctions imposed", "awaits rules adopted")
_BARE_PLURAL_OBJECT = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z-]+\s+){0,2}[a-z]+[^s\W]s\s+")


def _a_bare_plural_object_between(low: str, future_end: int, s: int) -> bool:
    """Is the word at ``s`` right after the bare plural object of the verb the marker of the future ending at
    ``future_end`` governs ("will review loans issued")?  With no determiner to show it, the word in the past there
    qualifies that object, as it does after "the loans" (lexicon.noun_phrase_before): a date right after it is its
    own ("Regulators will review loans issued in March", in June, is the March gone)."""
    return _BARE_PLURAL_OBJECT.fullmatch(low, future_end, s) is not None \
        and _object_stops().search(low, future_end, s) is None


@functools.lru_cache(maxsize=1)
def _object_stops() -> re.Pattern:
    """A word that ends a verb's object before a participle, which may then be a verb of its own or qualify another
    noun: a preposition (prepositions.tsv, tense.tsv kinds link and object_link), a pronoun subject, an auxiliary or a
    word that opens a clause or joins one (tense.tsv kinds subject, passive, auxiliary, boundary, complement,
    coordinator, clause_opening, plan_cut_short, day_clause, conditional, question, comparison): "will close and
    workers lost their jobs in May" tells a loss gone."""
    words = lexicon.words_of_kinds("link", "subject", "passive", "auxiliary", "boundary", "complement", "coordinator",
                                   "clause_opening", "plan_cut_short", "day_clause", "conditional", "question",
                                   "comparison")
    return re.compile(rf"(?<![a-z'-])(?:{lexicon.preposition_or_kind_trie('object_link')}|{lexicon.trie_regex(words)})"
                      rf"(?![a-z'-])")


# How far before its participle the comma that opens an aside may stand (characters: an adverb between).
_ASIDE_HEAD_REACH = 24
# The rest of a phrase set off by commas up to its closing comma; a point inside a figure is no stop ("estimated at
# $212.5 million,").
_ASIDE_CLOSE_PAST_FIGURES = re.compile(r"(?:[^,.;:!?\n]|\.(?=\d))*,")


@functools.lru_cache(maxsize=1)
def _participle_aside_head() -> re.Pattern:
    """A noun's last letter, a comma, maybe an adverb of tense.tsv kind aside_adverb, up to a participle."""
    return re.compile(rf"{_aside_head_with_its_adverb()}\Z")


def _aside_head_with_its_adverb() -> str:
    """A noun's last letter, a comma and maybe an adverb of tense.tsv kind aside_adverb ("the levy, first "), as the
    opening of a participle's aside."""
    return rf"[a-z0-9)],\s+(?:(?:{lexicon.aside_adverb()})\s+)?"


def _a_relative_clause_inside_a_past_change(low: str, s_lo: int, s: int, e: int, start: int) -> bool:
    """Does the marker of the future at ``s``..``e`` stand in a relative clause with a subject of its own on the
    object of a verb in the past that moved a level, the change closing after it ("to" and a figure) before the date
    at ``start`` ("raised the price that mills must pay farmers to 355 rupees ... in April")?"""
    return _relative_clause_on_a_past_object().search(low, max(s_lo, s - _SIDE_CLAUSE_REACH), s) is not None \
        and _change_closed_before_the_date().match(low, e, start) is not None


@functools.lru_cache(maxsize=1)
def _relative_clause_on_a_past_object() -> re.Pattern:
    """A verb in the past that moves a level (tense.tsv kind level_change), its object after a determiner, and a
    relative clause on that object up to its subject's last word: "raised [the price] that mills "."""
    moves = lexicon.trie_regex(lexicon.words_of_kinds("level_change"))
    determiners = lexicon.trie_regex(lexicon.words_of_kinds("determiner"))
    relative = lexicon.trie_regex(lexicon.words_of_kinds("relative_subject"))
    return re.compile(rf"(?<![a-z'-])(?:{moves})\s+(?:{determiners})\s+(?:[a-z0-9'-]+\s+){{0,4}}(?:{relative})\s+"
                      rf"(?:[a-z'-]+\s+){{1,3}}\Z")


@functools.lru_cache(maxsize=1)
def _change_closed_before_the_date() -> re.Pattern:
    """The rest of a relative clause, no comma nor stop, then the end of a change ("to" and a figure), then anything
    of the sentence up to the date: " pay farmers to 355 rupees ..., up from 340 rupees, in "."""
    closes = lexicon.trie_regex(lexicon.words_of_kinds("change_to"))
    # (a point inside a figure is no stop: "to 6.5% in", "to 0.2 cents a share in")
    return re.compile(rf"[^,.;:!?\n]*?\s(?:{closes})\s+(?:{lexicon.currency_forms_before()})?\s?\d"
                      rf"(?:[^.;!?\n]|\.(?=\d))*\Z")


def _told_by_a_past_background(low: str, end: int, markers: list) -> bool:
    """Does a clause of background opened after a comma right after the date (tense.tsv kind background) tell, with
    its subject and then a verb in the past, what happened then ("would not oppose her, a shift from its stance in
    February, when its president called her record mixed", in April: the February gone)?  Its time is the date's,
    whatever the clause before looks ahead to (a verb in the present there tells no past: "planned for January, when
    the pack ice usually begins to break up")."""
    opened = _background_opened(low, end)
    if opened is None:
        return False
    return any(tense in lexicon.PAST_TENSES and _subject_between().fullmatch(low, opened, s) is not None
               for s, _, tense, _ in markers if s >= opened)


def a_saying_before_the_subject(low: str, s_lo: int, verb: int) -> bool:
    """Does a verb of saying and a subject stand right before the verb at ``verb``, within the noun phrase's reach and
    from ``s_lo`` on ("said he had sent")?  A past perfect so reported is the speaker's present perfect, backshifted."""
    return lexicon.reported_subject_before().search(low, max(s_lo, verb - _NOUN_PHRASE_REACH), verb) is not None


# An aside set off by commas: up to its verb, and after it.
_ASIDE_OPENING = re.compile(rf",(?:{_ASIDE_WORD}){{1,4}}\s*\Z")
_ASIDE_CLOSING = re.compile(r"\s*,")
# The full stop of an aside told last in its sentence (", the group said on Thursday.").
SAID_LAST = re.compile(r"\s*\.(?:\s|\Z)")


def _says_who_said_so(low: str, s_lo: int, s: int, e: int, start: int) -> bool:
    """Is low[s:e] a verb of saying (tense.tsv kind reporting) closing an aside set off by commas before the
    expression at ``start`` (", analysts said,")?"""
    return lexicon.squash(low[s:e]) in lexicon.reporting_verbs() and _ASIDE_CLOSING.match(low, e, start) is not None \
        and _ASIDE_OPENING.search(low[max(s_lo, s - _ASIDE_REACH):s]) is not None


# How far before its verb an aside that says who said so may open (characters).
_ASIDE_REACH = 60


def _opens_with_a_coordinator(low: str, start: int, end: int) -> bool:
    """Does the marker low[start:end] open with a coordinator of its own ("and host" of tense.tsv)?"""
    space = low.find(" ", start, end)
    return space != -1 and lexicon.coordinated_predicate().fullmatch(low, start, space + 1) is not None


def said_right_before(low: str, start: int) -> bool:
    """Does a verb of saying in the past (tense.tsv kinds reporting and word) end right before ``start``, maybe with
    a preposition between ("said in March", "announced on Tuesday")?"""
    return _past_saying_before(low, start) is not None


def told_a_hearer_right_before(low: str, start: int) -> bool:
    """Does a verb of saying in the past and who heard it end right before ``start`` ("told analysts in May")?  The
    date is then the telling's, as after :func:`said_right_before`."""
    return lexicon.hearer_gap().search(low, max(0, start - _SAID_IN_A_MEDIUM_REACH), start) is not None


def pledged_right_before(low: str, start: int) -> bool:
    """Does a verb of promising in the past end right before ``start`` ("pledged in June to spend")?  A promise is
    news told when it was made, as a saying is."""
    return lexicon.pledge_gap().search(low, max(0, start - _SAID_REACH), start) is not None


def _past_saying_before(low: str, start: int) -> re.Match | None:
    """The verb of saying in the past right before ``start`` (as :func:`said_right_before`), its word group 1."""
    return a_past_saying(_said_before().search(low, max(0, start - _SAID_REACH), start))


def a_past_saying(found: re.Match | None) -> re.Match | None:
    """``found`` when its word group 1 is a verb of saying in the past (tense.tsv kinds reporting and word)."""
    if found is None:
        return None
    verb = lexicon.squash(found.group(1))
    return found if verb in lexicon.reporting_verbs() and lexicon.tense_words()[0].get(verb) == "past" else None


# How far before a date the verb of saying that tells when it was said may start (characters).
_SAID_REACH = 24


def dates_a_said_aside(low: str, start: int, end: int, closing: re.Pattern | None = None) -> bool:
    """Does low[start:end] tell when an aside set off by commas was said (", the company said last month,")?  It
    then dates the saying, not the story around it.  ``closing``: what may close the aside instead of a comma
    (``SAID_LAST``, the full stop of an aside that ends its sentence)."""
    # (the comma that closes the aside is looked for first: most dates have none, and the verb's two searches
    # behind the date cost far more)
    if (closing or _ASIDE_CLOSING).match(low, end) is None:
        return False
    found = _past_saying_before(low, start) or _past_saying_in_a_medium_before(low, start) \
        or _past_making_known_before(low, start)
    if found is None:
        return False
    verb = found.start(1)
    return _ASIDE_OPENING.search(low[max(0, verb - _ASIDE_REACH):verb]) is not None


def dates_the_document_of_a_said_aside(low: str, start: int, end: int) -> bool:
    """Does low[start:end] name the document of an aside set off by commas that says who said it (", the central
    bank said in its March bulletin,")?  One or two words after the date name the document, a comma closes the
    aside: the date is the saying's, not a time the story moves to, so a count back after it ("down from 14 million
    tala a decade earlier") goes from the period told before it."""
    closing = _DOCUMENT_CLOSING.match(low, end)
    if closing is None:
        return False
    found = a_past_saying(lexicon.document_of_a_saying_before().search(low, max(0, start - _SAID_REACH), start))
    if found is None:
        return False
    verb = found.start(1)
    return _DOCUMENT_ASIDE_OPENING.search(low[max(0, verb - _ASIDE_REACH):verb]) is not None


# An aside's opening comma and who said it, a body's name of up to six words ("the central bank of samoa").
_DOCUMENT_ASIDE_OPENING = re.compile(rf",(?:{_ASIDE_WORD}){{1,6}}\s*\Z")
# The name of a document after its date, closing an aside (" bulletin,", " annual report,").
_DOCUMENT_CLOSING = re.compile(r"(?:\s+[a-z-]+){1,2}\s*,")


def dates_a_cited_source(low: str, start: int, end: int) -> bool:
    """Does low[start:end] close an aside set off by commas that cites a source (tense.tsv kind cites_source: ",
    according to accounts filed at Companies House in November,")?  It dates the document cited, not the story around
    it, so what is counted from next ("down from £540,000 a year earlier") goes from the period told before it."""
    if _ASIDE_CLOSING.match(low, end) is None:
        return False
    return _cited_source_before().search(low, max(0, start - _CITED_SOURCE_REACH), start) is not None


# How far before a date the words citing a source may stand (characters).
_CITED_SOURCE_REACH = 80


@functools.lru_cache(maxsize=None)
def _cited_source_before() -> re.Pattern:
    # (a full stop inside an abbreviation goes on: "according to the U.S. Census Bureau in March")
    return re.compile(rf",\s+(?:{lexicon.trie_regex(lexicon.words_of_kinds('cites_source'))})\s(?:[^,;.]|\.(?=\w))*\Z")


def _past_making_known_before(low: str, start: int) -> re.Match | None:
    """The verb of making known (tense.tsv kind aside_saying: "reported") right before ``start``, its word group 1:
    its object is mostly a noun, so it counts as a saying only closing an aside (", the company reported last
    month,"), as :func:`dates_a_said_aside` alone asks."""
    found = _said_before().search(low, max(0, start - _SAID_REACH), start)
    return found if found is not None and lexicon.squash(found.group(1)) in lexicon.words_of_kinds("aside_saying") \
        else None


def _past_saying_in_a_medium_before(low: str, start: int) -> re.Match | None:
    """The verb of saying in the past before ``start`` with where it was said between (", it said in a filing last
    Friday,"), its word group 1."""
    return a_past_saying(_said_in_a_medium_before().search(low, max(0, start - _SAID_IN_A_MEDIUM_REACH), start))


# How far before a date a verb of saying followed by where it was said may start (characters).
_SAID_IN_A_MEDIUM_REACH = 48


@functools.lru_cache(maxsize=None)
def _said_in_a_medium_before() -> re.Pattern:
    return re.compile(rf"(?<![a-z])([a-z]+){lexicon.medium_gap().pattern}\Z")


@functools.lru_cache(maxsize=None)
def _said_before() -> re.Pattern:
    return re.compile(rf"([a-z]+){lexicon.verb_to_date_gap().pattern}\Z")


def told_by_a_past_verb(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                        clauses: Clauses | None = None) -> bool:
    """Is text[start:end] the time of a verb in the past before it, maybe with the verb's object between
    ("Alibaba launched the app in March", "sold its stake in Ant on March 3")?  The verb is the last marker of
    tense.tsv before the date (no other verb, clause opener or plan between); a word known only by its
    ending counts unless a determiner stands right before it ("the delayed launch in March"), a verb of
    saying does not ("said the app launches in March")."""
    clauses = clauses or Clauses(text, low)
    sentence = clauses.sentence(start, end, window)
    if judged_ahead(low, end, sentence[1], start):
        return False    # (the past verb holds a view of what is to come: "saw a rate cut in December as appropriate")
    verb_end = _past_verb_before(low, start, sentence, clauses)
    return verb_end is not None and lexicon.verb_object_between(text, low, verb_end, start)


def told_in_the_past_perfect(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                             clauses: Clauses | None = None) -> bool:
    """Is the verb of :func:`told_by_a_past_verb` in the past perfect ("had set the retrial to begin on Sept. 22")?"""
    clauses = clauses or Clauses(text, low)
    sentence = clauses.sentence(start, end, window)
    verb_end = _past_verb_before(low, start, sentence, clauses)
    return verb_end is not None and any(e == verb_end and tense == "pluperfect"
                                        for _, e, tense, _ in _markers_beside(clauses, low, *sentence, start))


def a_future_marker_in(clauses: Clauses, sentence: tuple[int, int], until: int) -> bool:
    """Does a marker of the future or of a plan stand in ``sentence`` and end by ``until``?"""
    return any(e <= until for _, e, _ in clauses.future_markers(*sentence))


def _what_a_forecast_made_then_foresees(clauses: Clauses, low: str, start: int, s_lo: int, s_hi: int) -> bool:
    """Is the last marker before ``start`` a verb of the future whose past is its base form, told in the past by the
    weekday or month right after it ("forecast on Friday", "forecast in June"; not a word that may be no month, "May",
    "March"; tense.tsv kind future_base_past), or a verb of forecasting in its past form and its preposition
    ("predicted on Tuesday"; tense.tsv kind forecast_made), with ``start`` further on, in what was forecast ("a dry
    weekend, with temperatures reaching 31C on Saturday")?  Not the noun ("cut its profit forecast on Thursday",
    lexicon.forecast_noun_phrase)."""
    before = [m for m in clauses.markers(s_lo, s_hi) if m[1] <= start and m[2] not in HABIT]
    if not before:
        return False
    s, e, tense, listed = before[-1]
    made = lexicon.word_of_kind("forecast_made").match(low, s, start)
    if made is not None:
        # a verb of forecasting in its own past form ("predicted on Tuesday"), not after a verb of its own ("is
        # expected on Friday", "was expected on Friday" tell the Friday itself as what was foreseen)
        if len(before) > 1 and low[before[-2][1]:s].isspace():
            return False
        e = made.end()
    elif not listed or tense not in lexicon.PAST_TENSES:
        return False
    if low[e:start].isspace() or e >= start:
        return False
    verb, _, preposition = lexicon.squash(low[s:e]).partition(" ")
    if not preposition or not (made is not None or verb in lexicon.future_base_past_words()):
        return False
    # (the object may be the date itself: "forecast on Friday a dry weekend")
    told = _DAY_AND_OBJECT_AFTER.match(low, e, start + 1)
    # (a clause a coordinator opens tells its own time: "forecast on Friday a dry weekend, but storms swept in on
    # Saturday")
    return told is not None and _a_weekday_or_month(told["day"]) \
        and _an_object_after_a_date().match(low, told.end() - 1) is None \
        and lexicon.coordinated_clause().search(low, told.end(), start) is None


# The day or month told right after a verb of the future and its preposition ("forecast on Friday "), maybe with its
# day of the month, and the first letter of the object after it ("heavy snow"; not the "that" of a clause with a
# verb of its own, which tells its own tense).
_DAY_AND_OBJECT_AFTER = re.compile(r"\s*(?P<day>[a-z]+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?!that\b)[a-z]")


@functools.lru_cache(maxsize=None)
def _an_object_after_a_date() -> re.Pattern:
    """A preposition (prepositions.tsv) or a word of tense.tsv kind no_object where the object of a verb of
    forecasting would start: the noun told a day ("cut its profit forecast on Thursday for the second time")."""
    return re.compile(rf"(?:{lexicon.preposition_or_kind_trie('no_object')})(?![a-z])")


def judged_ahead(low: str, end: int, sentence_end: int, start: int | None = None) -> bool:
    """Do words right after the date ending at ``end`` tell a thing it dates was judged fit or warranted (tense.tsv
    kind judged_ahead: "saw a rate cut in December as appropriate"), a view of what is still to come?  Not when a word
    of a thing already known (kind judged_known, an owner's word) opens the noun phrase the date ends, ``start`` where
    the date opens: "Analysts saw its price rise in March as warranted" judges a rise made, the month gone."""
    if not lexicon.told_right_after("judged_ahead").match(low, end, sentence_end):
        return False
    return start is None or _judged_known().search(low, max(0, start - _JUDGED_NOUN_REACH), start) is None


@functools.lru_cache(maxsize=1)
def _judged_known() -> re.Pattern:
    # a word of a known thing, a few words of its noun, and the date's preposition, up to the date
    known = lexicon.trie_regex(lexicon.words_of_kinds("judged_known"))
    return re.compile(rf"(?<![a-z])(?:{known})\s+(?:[a-z'-]+\s+){{1,3}}(?:{_tense_words_regex('link')}|in|on)\s+\Z")


# How far before a date judged the word opening its noun phrase may start (characters: "the budget cut in ").
_JUDGED_NOUN_REACH = 40


def _a_weekday_or_month(word: str) -> bool:
    weekday = lexicon.weekdays().get(word)
    month = lexicon.months().get(word)
    return (weekday is not None and not weekday[1]) or (month is not None and not month[1])


def _forecast_told_after(low: str, end: int, sentence_end: int, start: int | None = None) -> bool:
    """Do words after the comma that closes the clause of what ends at ``end`` tell that clause was a forecast
    (", at least that's our forecast")?  ``start``: where the date opens, when known."""
    if lexicon.told_right_after("limit_after").match(low, end, sentence_end):
        return True     # (a limit set right after the date, "in the second quarter at the earliest", is on what is
                        # to come, whatever the tense before it)
    if start is not None and _a_limit_after_its_noun(low, start, end, sentence_end):
        return True
    if judged_ahead(low, end, sentence_end, start):
        return True     # (so is a thing judged fit or warranted: "still saw one rate cut this year as appropriate")
    told = lexicon.forecast_told_after().search(low, end, sentence_end)
    return told is not None and "," not in low[end:told.start()]


def _a_limit_after_its_noun(low: str, start: int, end: int, sentence_end: int) -> bool:
    """Does a limit ("at the earliest") close the noun a date qualifies after an article ("a Christmas-season
    question at the earliest", "a second-half recovery at the latest")?  The limit is set on what the noun names, a
    happening to come, as it is right after a date; the article keeps a verb or a clause of its own out of the gap."""
    if lexicon.determiner_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is not None:
        return lexicon.limit_after_its_noun().match(low, end, sentence_end) is not None
    # (with no article, a noun of two words, "sees Diwali listing talks at the earliest"; not a date a preposition
    # governs, whose words after it may open a clause of their own: "listed in 2019 and left at the earliest chance")
    return lexicon.preposition_right_before().search(low, max(0, start - lexicon.DETERMINER_REACH), start) is None \
        and lexicon.limit_after_its_noun(bare=True).match(low, end, sentence_end) is not None


# The noun or two of a subject a hyphened date qualifies, up to its verb (" revenue ", " refined copper output ").
_A_NOUN_OR_TWO = re.compile(r"(?:\s+[a-z]+){1,2}\s+")

# Words with no number among them (no date named in them).
_NO_DIGIT = re.compile(r"[^\d]*")


def _a_maturity_s_own_year_between(low: str, s: int, e: int, start: int) -> bool:
    """Is the marker at ``s``..``e`` a word of a debt's maturity (tense.tsv kind maturity) whose own year stands
    between it and the date at ``start``?  Its look ahead is the maturity's, not that date's."""
    after = _SPACES.match(low, e).end()
    if lexicon.kind_right_before("maturity").search(low, max(0, s - _MATURITY_WORDS_REACH), after) is None:
        return False
    year = lexicon.maturity_year().match(low, after, start)
    # (only a date right after that year: a clause told on after it may still look ahead with the debt, "maturing in
    # 2032, to pay for the renovation of five hotels over the winter")
    return year is not None and (lexicon.maturity_to_next_date().fullmatch(low, year.end(), start) is not None
                                 or _a_time_on_its_day_between(low, year.end(), start))


# The rules of patterns.tsv of a time of the day a day may be told with after it ("at noon on Thursday").
_TIME_OF_DAY_RULES = _CLOCK_RULES + ("daypart",)


def _a_time_on_its_day_between(low: str, at: int, start: int) -> bool:
    """Do a time of the day, maybe after a preposition of tense.tsv kind maturity_next_link, and the "on" that places
    it on the day at ``start`` fill ``at``..``start`` ("maturing in 2030[ at noon on ]Thursday")?  The day is still
    the one told right after the debt's year."""
    link = lexicon.maturity_to_next_date().match(low, at, start)
    if link is None:
        return False
    for name in _TIME_OF_DAY_RULES:
        time = _rule_pattern(name).match(low, link.end(), start)
        if time is not None and _ON_ITS_DAY.fullmatch(low, time.end(), start) is not None:
            return True
    return False


# How far before its marker a word of a maturity may begin ("notes due in", "bonds due").
_MATURITY_WORDS_REACH = 12

# What closes a clause of background after its date: a comma or a stop of its sentence; a comma between digits is
# part of a number ("when 1,200 new checkout lanes will face").
_BACKGROUND_CLOSE = re.compile(r"[;:]|,(?!\d)")


def _what_it_holds_told_ahead(clauses, low: str, end: int, s_lo: int, s_hi: int) -> bool:
    """Does a clause of background set off by a comma right after what ends at ``end`` (tense.tsv kind background:
    ", when") tell what it holds with a listed marker of the future as its first marker of tense, not one told from
    the past ("would")?"""
    background = _background_clause(low, end, s_hi)
    if background is None:
        return False
    opened, close = background
    told = [(tense, listed) for s, e, tense, listed in clauses.markers(s_lo, s_hi)
            if opened <= s and e <= close and tense not in _NO_TENSE]
    # (its own verb first: "when Albright set aside vacation plans for the trip" tells a day gone)
    return bool(told) and told[0] == ("future", True) \
        and lexicon.backshifted_future().search(low, opened, close) is None


def _background_clause(low: str, end: int, s_hi: int) -> tuple[int, int] | None:
    """Where the words of a clause of background set off by a comma right after what ends at ``end`` (tense.tsv kind
    background: ", when") start and where the clause closes, at the latest at ``s_hi``, the end of its sentence."""
    opened = _background_opened(low, end)
    if opened is None:
        return None
    closed = _BACKGROUND_CLOSE.search(low, opened, s_hi)
    return opened, closed.start() if closed else s_hi


def _background_opened(low: str, end: int) -> int | None:
    """Where the words of a clause of background set off by a comma right after what ends at ``end`` (tense.tsv kind
    background: ", when") start, if one is."""
    if not low.startswith(",", end):
        return None
    opened = lexicon.background_after_a_date().match(low, end)
    return None if opened is None else opened.end()


# A day of a month written with its month ("Aug. 12", "12 August"): a time a background clause in the present can only
# tell ahead, unlike a month, season or holiday, which a habit recurs in ("in December, when families send money"), or a
# clock time ("at 4 p.m., when the market closes").
_A_DAY_OF_A_MONTH = re.compile(r"[a-z]\.?\s+\d{1,2}(?![\d:.])|(?<![\d:.])\d{1,2}\s+(?![ap]\.?m\b)[a-z]")


def _what_it_holds_told_in_the_present(clauses, low: str, start: int, end: int, s_lo: int, s_hi: int) -> bool:
    """Does a clause of background set off by a comma right after a day of a month (", when") tell what it holds by a
    verb in the present simple, with no marker of tense of its own?  A scheduled or expected happening is so told
    ("on July 3, when the town hosts its first concert"), one gone in the past."""
    return _A_DAY_OF_A_MONTH.search(low, start, end) is not None \
        and _background_in_the_present(clauses, low, end, s_lo, s_hi)


def _background_in_the_present(clauses, low: str, end: int, s_lo: int, s_hi: int) -> bool:
    """Does a clause of background set off by a comma right after what ends at ``end`` (", when") tell what it holds by
    a verb in the present simple, with no marker of tense of its own ("..., when dividend repatriation picks up")?"""
    background = _background_clause(low, end, s_hi)
    if background is None:
        return False
    opened, close = background
    if lexicon.subject_and_present_verb().match(low, opened, close) is None:
        return False
    # (a verb of a timetable is that present told ahead: "when the new route opens")
    return not any(opened <= s and e <= close and tense not in (*_NO_TENSE, "schedule")
                   for s, e, tense, _ in clauses.markers(s_lo, s_hi))


def what_it_holds_is_ahead(text: str, low: str, start: int, end: int, window: tuple[int, int] | None,
                           clauses: Clauses) -> bool:
    """Does a clause of background right after text[start:end] (", when") tell what the time holds ahead, by a marker
    of the future ("the second half, when exports will recover") or a verb in the present simple ("the second half,
    when dividend repatriation picks up"), in a sentence that tells no habit?  A quarter or half so told is one in
    which a thing is still to happen, not one whose results are awaited; a habit recurs in any ("in the fourth quarter,
    when shoppers usually buy gifts")."""
    s_lo, s_hi = clauses.sentence(start, end, window)
    return (_what_it_holds_told_ahead(clauses, low, end, s_lo, s_hi)
            or _background_in_the_present(clauses, low, end, s_lo, s_hi)) \
        and not is_recurring(text, low, start, end, window, clauses) \
        and not any(tense in HABIT for _, _, tense, _ in clauses.markers(s_lo, s_hi))


def named_as_an_estimate(low: str, start: int, end: int) -> bool:
    """Does the period's own name carry an analyst's estimate mark ("FY26E", "3QFY26E", "CY2025E")?  Only a
    forecast names a period so, whatever the tense of its clause."""
    return end - start > 2 and low[end - 1] == "e" and low[end - 2].isdigit()


def _forecast_made_then(text: str, low: str, end: int, sentence_end: int, start: int | None = None) -> bool:
    """Is what ends at ``end`` the time a forecast was made, told before a verb of the future whose past is its base
    form, in the past after its singular subject ("In July, it forecast a national yield of 181 bushels";
    tense.tsv kind future_base_past)?  What it forecast, after the verb, is still ahead ("Broadcom forecast growth for
    the quarter ending in April")."""
    if start is not None and lexicon.kind_right_before("forecast_period").search(low, max(0, start - 8), start):
        return False        # "For the April-June quarter, Haneul forecast revenue roughly flat": what it forecast
    m = _subject_and_verb_after_a_date().match(low, end, sentence_end)
    if m is None and start is not None and _OPENS_ITS_SENTENCE.search(low, max(0, start - _OPENING_REACH), start):
        # with no comma only when the date opens its sentence ("In August it forecast revenue growth of 22%"): further
        # on, words after a date may be another clause's
        m = _subject_and_verb_after_a_date(comma=False).match(low, end, sentence_end)
    return m is not None and (base_form_in_the_past(text, low, m.start(1), m.end(1))
                              or a_singular_noun_after_a_determiner(low, m.start(), m.start(1)))


# A date's preposition, if any, opening its sentence or paragraph.
_OPENS_ITS_SENTENCE = re.compile(r"(?:\A|[.!?]['\"\u201d\u2019]?\s+|\n\s*)(?:[a-z]+\s+)?\Z")
_OPENING_REACH = 16


# The whole subject "the agency" of "In March, the agency forecast" or "The agency forecast": a determiner, maybe one
# word, and a noun whose plural would end in "s".
_DETERMINED_NOUN = re.compile(r"\s*,?\s*(?P<det>[a-z]+\s+)(?:[a-z-]+\s+)?[a-z-]*[a-rt-z]\s+\Z")


def a_singular_noun_after_a_determiner(low: str, start: int, verb: int) -> bool:
    """Is the subject between ``start`` (a clause's opening or the comma after its date) and its verb a determiner
    and a singular noun ("In March, the agency forecast growth of 3%"; "The shipper forecast volumes to pick up"),
    where the present would be "forecasts": the verb is then in the past?"""
    m = _DETERMINED_NOUN.match(low, start, verb)
    return m is not None and lexicon.determiner_before().fullmatch(m["det"]) is not None


@functools.lru_cache(maxsize=2)
def _subject_and_verb_after_a_date(comma: bool = True) -> re.Pattern:
    """A comma (with ``comma``; else a space alone), a subject of up to three words and a verb of tense.tsv kind
    future_base_past after a date that opens its clause ("In July, it forecast", "In August it forecast")."""
    verbs = "|".join(map(re.escape, sorted(lexicon.future_base_past_words())))
    gap = r"\s*,\s*" if comma else r"\s+"
    return re.compile(rf"{gap}(?:[a-z.'\u2019-]+\s+){{1,3}}?({verbs})\b")


def _past_verb_before(low: str, start: int, sentence: tuple[int, int], clauses: Clauses) -> int | None:
    """Where the verb in the past that may govern what stands at ``start`` ends (see
    :func:`told_by_a_past_verb`), if the last marker before it is one."""
    if _forecast_told_after(low, start, sentence[1]):
        return None
    verb = None
    for marker in _markers_beside(clauses, low, *sentence, start):
        if marker[1] > start:
            break
        if verb is None or verb[2] not in lexicon.PAST_TENSES or not _opens_a_phrase_of_what_came_before(low, marker):
            verb = marker
    if verb is None or verb[2] not in lexicon.PAST_TENSES or verb[0] < start - _REACH_BEFORE:
        return None
    s, e, _, listed = verb
    if listed and lexicon.squash(low[s:e]) in lexicon.reporting_verbs():
        # a verb of saying governs a date right after it, the time it was said ("said in March that it would
        # ..."); one after its object stands in what was said ("said the app launches in March")
        return e if lexicon.verb_to_date_gap().fullmatch(low, e, start) else None
    if not listed and lexicon.determiner_before().search(low, max(0, s - lexicon.DETERMINER_REACH), s):
        return None
    return e


def _opens_a_phrase_of_what_came_before(low: str, marker: tuple) -> bool:
    """Is ``marker`` a word that opens a mere phrase naming an event or an earlier time (tense.tsv kind boundary, tense
    event or earlier: "after", "since")?  Right after a verb in the past, with no marker between it and the date, what
    the deed came after is gone too, so that verb still dates the phrase's day ("Shops reopened after the storm on
    July 6", in May: the July 6 gone, no coming one)."""
    s, e, tense, _ = marker
    word = lexicon.squash(low[s:e])
    return tense == "boundary" and (word in lexicon.event_openers() or word in lexicon.looking_back_openers())


def heads_a_past_clause(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                        clauses: Clauses | None = None, own_verb: bool = False) -> bool:
    """Does text[start:end] open its clause (maybe after a link preposition) with the clause's verb after it in
    the past ("On January 13 they touched HK$76.50", "January: The year began in gloom")?  Fronted, the date is
    the time of that verb, as in :func:`told_by_a_past_verb`; a word known only by its ending counts unless a
    determiner stands right before it ("In March the delayed launch will ...").  ``own_verb``: a verb past a comma
    is no verb of the date's clause ("will be paid on or around April 9 for holders of ordinary shares and April 14
    for ADS holders, the company said"; "between April and October, up 12% from 2024, when it sold ...")."""
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    subject_from = -1
    if not lexicon.clause_head_before().search(low[s_lo:start]):
        # (or the date qualifies a short subject with no verb of its own: "Frost on April 7 damaged buds")
        lo = max(s_lo, start - _SUBJECT_REACH)
        # (cut mid-sentence, the stretch must not read as the sentence's start: a full stop stands before it)
        subject = lexicon.subject_head_before().search(("." if lo > s_lo else "") + low[lo:start])
        if subject is None:
            return False
        subject_from = lo + subject.start() - (lo > s_lo)
    for s, e, tense, listed in clauses.markers(s_lo, s_hi):
        if subject_from <= s < start and subject_from >= 0:
            return False            # a verb in the subject ("Shares fell on April 7") is the date's own
        if s < end or tense == "boundary":
            continue
        if s > end + _REACH_AFTER or tense not in lexicon.PAST_TENSES:
            return False
        if subject_from >= 0 and (len(low[end:s].split()) > 1 or "," in low[end:s]):
            return False            # the subject's verb follows it at once, maybe after an adverb ("go on sale in
                                    # August, the team said" is no subject's)
        if not listed and (s == end or lexicon.determiner_before().search(
                low, max(0, s - lexicon.DETERMINER_REACH), s)):
            return False
        if own_verb and "," in low[end:s]:
            # (nor is a verb of saying past a comma, nor a word known only by its ending, a participle of an aside:
            # "will take delivery of six jets between April and September, part of an order placed in 2023", nor a
            # verb of a side clause: "expects to ship 215 million trays between April and October, up 12% from 2024,
            # when it sold 192 million" keeps the forecast's months)
            return False
        return True
    return False


# How far before a date the short subject it qualifies may start (characters).
_SUBJECT_REACH = 60


def done_by_a_past_verb(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                        clauses: Clauses | None = None) -> bool:
    """Is the deadline connector at low[start:end] ("by " before "Thursday") the time by which a verb in the past
    before it was done, maybe with the verb's object between ("The index fell 2% by Thursday", "was viewed 300
    million times by midday Friday")?  The verb is the last marker of tense.tsv before it, as for
    :func:`told_by_a_past_verb`; an infinitive between ("was ordered to pay the fine by Friday") has its own verb."""
    clauses = clauses or Clauses(text, low)
    sentence = clauses.sentence(start, end, window)
    if _a_past_phrase_ending_in_the_connector(low, start, end, sentence, clauses):
        return True         # "Applications were due by Friday, and 40 councils applied": a deadline gone
    if any(e <= start and not _in_a_closed_relative_aside(low, sentence[0], s, e, start)
           for s, e, _ in clauses.future_markers(*sentence)):
        return False        # "will publish detailed targets by the end of June": a word ending is no verb there
                            # (a timetable in a relative clause on the subject is its noun's own: "The index, which
                            # holds most of the sector, was up 0.5% by midday")
    verb_end = _past_verb_before(low, start, sentence, clauses)
    if verb_end is None:
        return False
    # (a place a past copula puts its subject in is no phrase of its own: "were in shelters by Sunday evening")
    return lexicon.object_before_a_deadline().fullmatch(text, verb_end, start) is not None \
        or lexicon.place_after_a_past_copula().fullmatch(low, low.rfind(" ", 0, verb_end) + 1, start) is not None


def _a_past_phrase_ending_in_the_connector(low: str, start: int, end: int, sentence: tuple[int, int],
                                           clauses: Clauses) -> bool:
    """Is the deadline connector at low[start:end] the last word of a listed phrase in the past of tense.tsv ("were
    due by")?  Such a phrase tells its deadline in the past, as a verb in the past before the connector does."""
    return any(listed and s < start and start < e <= end and tense in lexicon.PAST_TENSES
               for s, e, tense, listed in _markers_beside(clauses, low, *sentence, start))


def _in_a_closed_relative_aside(low: str, lo: int, start: int, end: int, until: int) -> bool:
    """Does low[start:end] stand in a relative clause set off by commas that closes before ``until`` (", which holds
    most of the sector,")?"""
    opened = low.rfind(",", lo, start)
    words = low[opened + 1:start].split()
    return opened >= 0 and bool(words) and lexicon.squash(words[0]) in lexicon.onward_openers() \
        and "," in low[end:until]


def _reports_a_forecast(clauses, low: str, sentence: tuple[int, int], lo: int, start: int, end: int, s: int,
                        e: int, ahead: bool) -> bool:
    """Is low[s:e] a verb of saying after a comma behind the expression low[start:end] (tense.tsv kind
    reporting), with a marker of the future before the expression ("could list the unit in March, people
    familiar with the matter said"), or after it in the clause the comma closes ("A strike lasting into November
    could disrupt deliveries, analysts said"), or words that look ahead (``ahead``)?"""
    if lexicon.squash(low[s:e]) not in lexicon.reporting_verbs() or "," not in low[end:s]:
        return False
    comma = low.rfind(",", end, s)
    return ahead or any(lo <= m_s and (m_e <= start or end <= m_s and m_e <= comma)
                        for m_s, m_e, forecast in clauses.future_markers(*sentence) if forecast)


# The words of a clause up to an expression in it, with no punctuation that would close it.
@functools.lru_cache(maxsize=1)
def _open_clause() -> re.Pattern:
    """The rest of a clause that no punctuation closes: a figure's point or comma closes none, nor does a comma
    before another verb in the past of a list of the clause's predicates ("where an explosion killed two workers,
    injured 14 others and forced residents to stay indoors for most of Monday")."""
    return re.compile(rf"(?:[^,.;:!?\n]|(?<=\d)[.,](?=\d)|,(?=\s+[a-z]{{2,}}(?:{_past_endings()})\s))*")


def _markers_beside(clauses, low: str, s_lo: int, s_hi: int, start: int) -> list:
    """The sentence's tense markers, without those of a clause opened by a boundary word (tense.tsv) and
    closed by a comma before ``start``: they speak of something else ("The sale, which had been
    expected, is part of a program to pay down debt by February")."""
    markers = clauses.markers(s_lo, s_hi)
    asides = []
    for s, e, tense, _ in markers:
        if tense == "boundary" and e <= start:
            comma = low.find(",", e, start)
            while comma > 0 and _a_figure_s_comma(low, comma):
                comma = low.find(",", comma + 1, start)   # a figure's comma closes no clause ("forced about 40,000")
            # (a comma right before the date's own preposition does not close the clause: the date is added to it,
            # "after the government agreed to pay the raise in two installments, in July")
            if comma >= 0 and lexicon.preposition_alone().fullmatch(low, comma + 1, start) is None:
                asides.append((e, comma))
    opening = _subject_participle_aside().match(low, s_lo, start)
    if opening is not None:
        asides.append((opening.start(1), opening.end(1)))
    if not asides:
        return markers
    # (the asides merged into disjoint stretches, each marker looked up by bisection: a sentence with many asides
    # costs no more than its length times the log of their number, not the product of the two)
    asides.sort()
    starts, ends = [asides[0][0]], [asides[0][1]]
    for a, b in asides[1:]:
        if a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    kept = []
    for m in markers:
        i = bisect.bisect_right(starts, m[0]) - 1
        if i < 0 or m[0] >= ends[i]:
            kept.append(m)
    return kept


@functools.lru_cache(maxsize=1)
def _subject_participle_aside() -> re.Pattern:
    """A participle phrase set off by commas right after the short noun phrase that opens a sentence (group 1, from
    its participle to its closing comma): it tells when its noun was made, not the time of the verb after it ("The
    deal, reached shortly after 4 a.m., sets catch limits from Jan. 1": next January).  An irregular participle is a
    word of the past of tense.tsv ("The deal, struck shortly after 4 a.m., sets")."""
    past = _tense_words_regex("past")
    return re.compile(rf"\s*(?:[a-z0-9'\u2019-]+\s+){{0,3}}[a-z0-9'\u2019-]+,\s+"
                      rf"((?:{past}|[a-z]{{2,}}(?:{_past_endings()}))\s(?:[^,;:!?\n]|(?<=\d)[.,](?=\d))*),")


def a_plain_future_governs(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                           clauses: Clauses | None = None) -> bool:
    """Does a marker of the future govern the noun phrase that text[start:end] opens, right before it with
    its auxiliaries and a verb at most between ("Analysts will watch Wednesday's Fed decision", "The market
    awaits Thursday's jobs report"), and not as the future of the past of reported speech ("said they would
    look for ways to get around Wednesday's ruling")?"""
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    before = [(s, e) for s, e, forecast in clauses.future_markers(s_lo, s_hi) if forecast and e <= start]
    if not before or _governing_gap().fullmatch(low, before[-1][1], start) is None:
        return False
    return lexicon.reporting_verbs().isdisjoint(re.findall(r"[a-z]+", low[s_lo:before[-1][0]]))


@functools.lru_cache(maxsize=1)
def _governing_gap() -> re.Pattern:
    # a verb and its phrase up to the noun, a few words ("will look for clues in Thursday's commentary"), none
    # of which relates it to an earlier time ("will recover from Monday's selloff", "after Tuesday's close") or
    # opens another clause (a word of kind after_comma opens one only after its comma, as _clause_opener reads it,
    # and the gap holds none: "will price its bonds as the market weighs Friday's jobs data" stays governed)
    auxiliaries = _tense_words_regex("auxiliary")
    other = _tense_words_regex("boundary", "complement", comma_only=False)
    earlier = lexicon.trie_regex(lexicon.earlier_words())
    return re.compile(rf"\s+(?:(?:{auxiliaries})\s+)*(?:(?!(?:{other}|{earlier})\s)[a-z]+\s+){{0,{_GOVERNING_WORDS}}}")


# How many words may stand between a marker of the future and the possessive weekday it governs.
_GOVERNING_WORDS = 4


@functools.lru_cache(maxsize=1)
def _auxiliary_gap() -> re.Pattern:
    return re.compile(rf"\s*(?:{_tense_words_regex('auxiliary')}\s+)*")


def _only_auxiliaries(low: str, start: int, end: int) -> bool:
    return _auxiliary_gap().fullmatch(low, start, end) is not None


@functools.lru_cache(maxsize=None)
def _words_of_kinds(kinds: tuple[str, ...]) -> re.Pattern:
    """Any word of tense.tsv of one of ``kinds``, wherever it stands: a sentence without a match has no
    marker of them (a cheap test before its markers are read)."""
    return re.compile(rf"(?:{_tense_words_regex(*kinds)})(?![a-z-])")


def is_habitual(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                clauses: Clauses | None = None) -> bool:
    """Does the sentence around text[start:end] speak of a recurring or experienced occasion (a
    habitual or recurring marker of tense.tsv: "an annual event", "I have attended")?"""
    return _sentence_says(HABIT, text, low, start, end, window, clauses)


def is_recurring(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                 clauses: Clauses | None = None) -> bool:
    """Does the sentence around text[start:end] speak of a recurring occasion with an adverb of
    recurrence ("typically reports results in late February"), not only of one experienced or of an
    annual thing ("pays an annual dividend in January")?"""
    return _sentence_says(("recurring",), text, low, start, end, window, clauses)


def _sentence_says(kinds: tuple[str, ...], text: str, low: str, start: int, end: int,
                   window: tuple[int, int] | None, clauses: Clauses | None) -> bool:
    clauses = clauses or Clauses(text, low)
    s_lo, s_hi = clauses.sentence(start, end, window)
    if _words_of_kinds(kinds).search(low, s_lo, s_hi) is None:
        return False        # (most sentences hold none of these words: no need to read all their markers)
    # (not in an aside closed before the expression: "Alibaba Health, whose financial year ends on March 31, said
    # sales during the Singles Day festival beat its targets" tells of this year's festival)
    # (nor in a clause coordinated before the expression's own when that one tells a time of its own: "The federal
    # government's fiscal year ends on the same day, and a partial shutdown from Oct. 1 could delay October's crop
    # data" tells of this October)
    markers = _markers_beside(clauses, low, s_lo, s_hi, start)
    joined = lexicon.last_match(lexicon.coordinated_clause(), low, s_lo, start)
    own = s_lo
    # (nor in one that opens by naming one year's occasion: "Chuseok is traditionally a time of heavy travel, and this
    # year it falls on Oct. 6")
    if joined is not None and (any(s >= joined.end() and tense in _OWN_TIMES for s, _, tense, _ in markers)
                               or lexicon.possibility_word().search(low, joined.end(), s_hi) is not None
                               or lexicon.own_occasion_opening().match(low, joined.end()) is not None):
        own = joined.start()
    # (nor in a clause coordinated after the expression's own: "Trade data for October are due on Nov. 7, and the
    # Politburo's meeting is usually held in early December" tells of this Nov. 7)
    own = max(own, _clause_of_its_own_past_before(markers, start, low))
    # (nor in a relative clause set off before it that opens by naming one year's occasion: "and, in most years, for
    # Diwali, which this year falls on Oct. 20" tells of this Oct. 20)
    relative = lexicon.last_match(lexicon.relative_clause_after(), low, s_lo, start)
    if relative is not None and lexicon.own_occasion_opening().match(low, relative.end()) is not None:
        own = max(own, relative.start())
    later = lexicon.coordinated_clause().search(low, end, s_hi)
    close = later.start() if later is not None else s_hi
    aside = _past_relative_aside_around(low, s_lo, s_hi, start, end, markers)
    if aside is not None:
        own, close = max(own, aside[0]), min(close, aside[1])
    # (nor in a clause of background opened after it: "planned for the first week of January, when the pack ice
    # usually begins to break up" tells of the coming January)
    background = lexicon.background_after_a_date().match(low, end)
    if background is not None and low.startswith(",", end):
        close = min(close, background.start())
    # (nor in such a clause set off later, which tells the background of a nearer time: "The bill, published in
    # April, raises the levy from July 1, when the 2026/27 financial year begins" tells of this April)
    later_background = lexicon.background_after_a_date().search(low, end, close)
    if later_background is not None and low.startswith(",", later_background.start()):
        close = later_background.start()
    # (nor in a clause of another time opened after it: "will vote on the budget in March, before the new fiscal
    # year begins" tells of the coming March)
    other_time = lexicon.time_clause_after_a_date().match(low, end)
    if other_time is not None:
        close = min(close, other_time.start())
    # (nor in a relative clause set off later, which tells a custom of the noun before it: "blame a wet September and
    # the monsoon, which normally retreats by mid-October" tells of this September; one after the date or the few
    # nouns it heads tells of the date's own custom: "Ramadan, which usually brings", "The summer season, which")
    relative = lexicon.relative_clause_after().search(low, end, close)
    if relative is not None and len(low[end:relative.start()].split()) > _OWN_NOUN_WORDS:
        close = relative.start()
    # (nor in a noun phrase right after the date that tells what the occasion usually is: "heads into the
    # Thanksgiving frame, traditionally one of the busiest stretches of the year" tells of the coming one)
    described = lexicon.custom_appositive_after_a_date().match(low, end)
    if described is not None:
        markers = [m for m in markers if not described.start() <= m[0] < described.end()]
    # (nor a custom's words that a clause of time opens as one coming occasion: "must be passed before the fiscal
    # year begins on April 1" tells of the coming April 1)
    # (nor a word of recurrence in a clause likening the occasion to the custom: "Burns Night was a good night for us,
    # as it always is" tells of this year's)
    return any(tense in kinds and own <= s < close
               and lexicon.one_occasion_before().search(low, max(s_lo, s - _ONE_OCCASION_REACH), s) is None
               and lexicon.likening_before().search(low, max(s_lo, s - _ONE_OCCASION_REACH), s) is None
               and not (tense == "habitual" and _a_record_after_it(low, s_lo, end, s))
               for s, _, tense, _ in markers)


def _a_record_after_it(low: str, s_lo: int, end: int, at: int) -> bool:
    """Does a superlative stand between the expression ending at ``end`` and the word of habit at ``at`` ("Singles'
    Day was our busiest week ever")?  The record sets that occasion against all others, one occasion, no custom; one
    that names the occasion itself ("had its best Singles' Day ever") may as well tell a run of them."""
    return lexicon.record_before().search(low, max(s_lo, end, at - _RECORD_REACH), at) is not None


def _past_relative_aside_around(low: str, s_lo: int, s_hi: int, start: int, end: int,
                                markers: list) -> tuple[int, int] | None:
    """Where a relative clause set off by commas around the date opens and closes, when a verb in the past stands in
    it before the date (else None): that aside tells one occasion, whatever custom its main clause tells ("The season,
    which started in January, usually runs until the middle of March" is this January)."""
    opened = lexicon.last_match(lexicon.relative_clause_after(), low, s_lo, start)
    if opened is None or "," in low[opened.end():start]:
        return None
    closing = low.find(",", end, s_hi)
    if closing < 0 or not any(tense == "past" and opened.start() <= s < start for s, _, tense, _ in markers):
        return None
    return opened.start(), closing


# How far before a word of recurrence a clause of time may open with its determiner ("before the new ").
_ONE_OCCASION_REACH = 16
# How far before a word of habit a superlative may stand with the noun it measures ("busiest trading week ").
_RECORD_REACH = 40


def _clause_of_its_own_past_before(markers: list, start: int, low: str = "") -> int:
    """Where the clause holding ``start`` opens, when a boundary word opens it before ``start`` and a verb in the past
    stands between them (else 0): that clause tells one occasion, whatever custom the clause before it tells ("Sales
    have surged since the prize passed $1 billion on Christmas Eve" is last Christmas Eve).  A word that opens a
    clause only after its comma (tense.tsv kind after_comma: ", so") opens one whose first verb, in the past, may come
    after the date, which then stands in its subject ("run less often in winter, so the strike on Nov. 3 stranded")."""
    opened, after_comma = 0, False
    for s, e, tense, _ in markers:
        if s >= start:
            if after_comma and tense not in _NO_TENSE:
                return opened if tense in lexicon.PAST_TENSES else 0
            if tense == "boundary":
                break
            continue
        if tense == "boundary":
            opened, after_comma = s, lexicon.squash(low[s:e]) in lexicon.after_comma_words()
        elif tense == "past" and opened:
            return opened
    return 0


# How many words after a date may be nouns it heads ("the summer season", "Singles' Day shopping festival"), of which
# a relative clause after them still tells.
_OWN_NOUN_WORDS = 2


# The tenses that tell a clause's own time, not a custom (so does a word of possibility: "could delay").
_OWN_TIMES = ("past", "future", "plan", "pluperfect")


def _full_year(digits: str) -> int:
    """The year of an all-digit date's last number: four digits as they stand; two ("11/12/24", as a US list of
    ratings writes them) by the POSIX pivot, 69 to 99 the 1900s and 00 to 68 the 2000s."""
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 69 else 2000
    return year


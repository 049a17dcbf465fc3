"""The money tables compiled for the engine: currencies, magnitudes, triggers, moves, guards, subjects.

Every word list and pattern lives in a table under ``resources/money/`` (each file's header says
what it is for); this module only turns them into compiled regular expressions and look-up dicts,
once per process (:func:`lexicon`).  Regex building blocks that are not words — how a number, a
percent sign or a run of capitalised names is written — are composed here.
"""
from __future__ import annotations

import difflib
import functools
import itertools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.dates.lexicon import deictic, later_today, months, weekdays
from pipeline.rules import escaped_alternation, load_table, longest_first, prefix_tree, prefix_tree_not_after
from pipeline.story import org_suffixes

Span = tuple[int, int]

ALONE_MOVE_GAP = 4      # words between a stock phrase and its movement word ("stock would jump")
# characters of a description or relative clause between a company and its move (", which reported a 15% rise in
# third-quarter revenue to 193 billion yuan on Nov. 12, has climbed")
DESCRIPTION_REACH = 110
CONTINUATION_WORDS = 3  # words between a continuation word and its figure ("extending Thursday's")
PURPOSE_WORDS = 3       # words between a joins.tsv purpose phrase's article and its trigger ("in its New York IPO")
TIED_WORDS = 4          # plain words between a joins.tsv tie and the sum it ties ("of as much as")
ALSO_WORDS = 3          # words before a joins.tsv gapping word after a stock's move ("on Friday, and Tencent")
RETURN_WORDS = 5        # words of a return's stretch between its noun and its verb ("return over the past decade
                        # was")
GOES_ON_WORDS = 8       # words of the stretch of a move before a joins.tsv also word ("in the first three months of
                        # 2025 and"); _ALSO_REACH bounds it
GAPPED_WORDS = 4        # words of time between a sum and the ", and" of a gapped clause after it ("in the first half")
SOURCE_WORDS = 3        # words between a joins.tsv source word and the not_money.tsv word it names ("from Korean")
STOCK_PRONOUN_WORDS = 4  # words between a names.tsv stock pronoun and its figure ("has more than")
RATE_WORDS = 10         # words between a verb of change and the "to" of a rate's level ("its benchmark Selic interest
                        # rate by 50 basis points")
APPOSITION_CHARS = 80    # characters of an apposition after a sum before the comma that closes it ("for the 11-day
                         # event in 2021")
WORTH_OF_CHARS = 45      # characters of what a noun is of, in or with before "was worth" (" with Oslo-based Nordvik
                         # Seafood")
# a sum's equivalent in brackets inside a changed object counts as one word ("cut an 842 million euro ($975 million)
# fine ... by 38.6%")
EQUIVALENT_ASIDE = r"\([^()%;]{1,30}\)\s+"
DIGIT_GROUPS = r"(?:(?<=\d)[.,]\d+)*"  # the decimals and thousands of a number read as one word ("1.2", "1,250")
SUM_SIGN = r"(?:[A-Z]{0,3}[^\w\s(),;:%.'\u2019-](?=\d))?"  # ... and the currency sign before it ("$1.2", "HK$8")
CHANGED_WORDS = 12      # words between a verb of change and the "by" of its figure ("the list price of its
                        # general-purpose computing instances in Southeast Asia"): an object with its "of" and place
                        # runs long
BASE_WORDS_REACH = 30   # characters after the number of the level a move started from ("from $62 million in 2016")
PERIOD_WORDS = 3        # words before and after a list's word of a period ("the first three months of 2025")
PERIOD_ASIDE_WORDS = 9  # words after the period word of an aside that names the period again, which may say what it
                        # was with a clause of its own ("the last period for which it has published full accounts,")
TALLY_WORDS = 8         # words between a move's running total and the "to" of its figure ("since the merger was
                        # approved in late June")
ITEM_REACH = 80         # characters of a list's next part before its sum ("the group's stakes in Ant Group and other
                        # holdings")
ESTIMATE_WORDS = 3       # words between a comparison cue and a word of what was expected ("an average analyst")
COMPANY_WORDS = 3        # words that describe a company between the sum of its value and its noun ("Chinese
                         # e-commerce")
CAME_AFTER_WORDS = 4     # words of a move's stretch before the move it came after ("from the same day, after")
STATISTIC_HEADLINE_WORDS = 2  # words before the statistic a release's headline opens with ("Canadian retail sales")
EPITHET_WORDS = 5        # words of a company's epithet before its noun that moves, a comma among them ("The buy now,
                         # pay later")


def singular(word: str) -> str:
    """A currency's word without its plural's "s": "francs" and "Rwandan franc" name one currency."""
    return word[:-1] if word.endswith("s") else word


def kinds_with(prop: str) -> frozenset[str]:
    """The market kinds that kind_properties.tsv gives the property ``prop`` ("earned": revenue, profit)."""
    return frozenset(row["kind"] for row in load_table("money/kind_properties.tsv")
                     if prop in row["properties"].split("|"))


# (read at import: the rules of money, comparisons and extract test a figure's kind against these on every figure)
EARNED_KINDS = kinds_with("earned")
SPENT_KINDS = kinds_with("spent")
RAISED_KINDS = kinds_with("raised")
STOCK_KINDS = kinds_with("stock")
WORTH_KINDS = kinds_with("worth")
MOVE_KINDS = kinds_with("moves")
VALUED_KINDS = kinds_with("valued")
PER_SHARE_KINDS = kinds_with("per_share")
TALLIED_KINDS = kinds_with("tallied")
REPORTED_KINDS = kinds_with("reported")
DEAL_SET_KINDS = kinds_with("deal_set")

# A number as written in news: "3", "2.50", "83,028", "3,000,000" (its first digit is matched apart,
# so that the scan can skip quickly to digits and currency signs), or in South Asian lakh grouping, pairs of digits
# before the last three: "Rs 1,24,500" is 124,500, not 1 (tried after the Western grouping, which it never matches).
# Atomic: a number once read is not re-read shorter when what follows it is not money.
NUMBER_REST = r"(?>(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]?(?:,[0-9]{2})+,[0-9]{3}|[0-9]*)(?:\.[0-9]+)?)"
NUMBER = r"[0-9]" + NUMBER_REST
SYMBOLS = "$€£¥￥₩₹"
# A run of capitalised words: "Alibaba Group Holding Ltd.", "JD.com", "Coca-Cola" (not "Kong-listed").
NAME_WORD = r"[A-Z][\w&]*(?:\.[A-Za-z\d][\w&]*|-[A-Z\d][\w&]*)*\.?"
NAME = rf"(?P<name>{NAME_WORD}(?:\s+(?:&\s+)?{NAME_WORD})*)"
# The same runs found fast (the scan only stops at capitals); "Hong Kong-listed" is cut afterwards.
PREDICATE_WORDS = 5  # lower-case words of a short predicate between a name and the participle of its move ("was a rare
                     # bright spot,")
NAME_RUN = r"[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*)*"
# One word of a name in capitals, with an apostrophe or a dot inside ("O'Neill", "Northwind"): a name read by the
# words around it (the "at" after a verb of valuing, the comma of a worth set off after it), not by the scan above.
CAPITAL_WORD = r"[A-Z][\w&'\u2019.-]*"
# What parts the places of a list ("in Norway, Sweden and Denmark", "in Chile, Peru, and Bolivia").
PLACE_LIST_JOIN = r",\s+and\s+|,\s+|\s+and\s+"
GOOD_UNIT_OPENER = 40  # characters of an opener set off by a comma before a unit of a good ("In the United States, ")
BASE_WORDS = 2  # words of a unit between a level moved to and its base (" a tonne from ")
# Where the figure stands in a not_money.tsv pattern that reads both sides of it (side=around).
FIGURE_PLACE = "{figure}"
PLACE_NAMES = "{place}"      # in a not_money.tsv pattern: any country or region of places.tsv
PEOPLE_NAMES = "{people}"    # ... and any adjective of its people
NATION_NAMES = "{nation}"    # ... and any place of it whose people have an adjective: a nation, no US state or city
PUBLIC_BODIES = "{public_body}"  # ... and any public body of public_bodies.tsv, read from the start of the sentence
# a character that a word may not follow: one of a word, or a hyphen
WORD_OR_HYPHEN = r"[\w-]"
OPENING_PHRASE = r"(?:(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+,\s+)?"  # "Hours later, ": at most three words and a comma
CENTRAL_BANKS = "{central_bank}"  # ... and any central bank of central_banks.tsv named as a lender might be
MONEY_VERBS = "{money_verb}"     # ... and any verb of money_verbs.tsv by which such a body lays out or loses money
# ... and what stands between a public body that opens the sentence and its verb: the rest of its name after "of"
# ("The province of Mendoza"), an aside set off by commas, and a word or two of tense or time ("has": joins.tsv
# role=body_before_verb; "on Monday")
BODY_TO_VERB = ("{body_to_verb}",
                r"(?:\s+of\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?(?:,[^,;]{1,80},)?\s+"
                r"(?:(?:{body_before_verb}|on\s+[\w.]+)\s+){0,2}")
# ... and a figure without a magnitude: no "m", "bn" or "million" (nor its next word of up to six letters) before here,
# nor before the bracket that closes a sum restated in another currency, which a figure may end with ("costing 18
# billion birr ($118 million)" has its magnitude)
PLAIN_FIGURE = ("{plain}", r"(?<![\d.]m)(?<![\d.]bn)(?<!illion)(?<!illion\s\w{3})(?<!illion\s\w{4})(?<!illion\s\w{5})"
                r"(?<!illion\s\w{6})(?<![\d.]m\))(?<![\d.]bn\))(?<!illion\))(?<!illion\s\w{3}\))(?<!illion\s\w{4}\))"
                r"(?<!illion\s\w{5}\))(?<!illion\s\w{6}\))")
# ... and the approximation most rows allow right before a figure, or none (joins.tsv role=approx_before)
APPROX_BEFORE = "{approx}"
# ... and, by any other "{role}" of joins.tsv, that role's words in the table's order ("{tax_threshold}": a tax's
# threshold, allowance or band; "{charged_unit}": what a fee is charged on), so a list two rows share is written once
# ... and a person's name, a last name in capitals (maybe after a first name) that is no organisation's suffix
# (story/org_suffixes.tsv, joins.tsv role=company_last): "Sam Ortiz", "Ellison", no "Halden Systems"
PERSON_NAME = "{person_name}"
# ... and a day a market's session is told by: a weekday written in full (dates/weekdays.tsv), "today" or "yesterday"
# (dates/deictic.tsv, a whole day of the writing or the one before it)
SESSION_DAY = "{session_day}"
VETO_BEFORE = 100  # how far before a figure a not_money.tsv pattern may start (unless it opens the sentence): a
                   # price's object runs long ("cut the list price of its general-purpose computing instances in
                   # Southeast Asia by as much as 40%")
# ... so where the part before {figure} of a side=around row is read from: the sentence's start, or that many
# characters before the figure in a longer one; a row that must find no word anywhere there opens with it
READ_FROM = ("{read_from}", rf"(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S])|(?=[\s\S]{{{VETO_BEFORE}}}\Z))")


def _session_days() -> str:
    """The days a market's session is told by, as the dates engine reads them: a weekday written in full, or a whole
    day named from the day of writing, today or the day before ("Wool prices fell 4% on Tuesday", "... yesterday")."""
    days = [name for name, (_, _, abbreviation) in weekdays().items() if not abbreviation]
    days += [phrase for phrase, (_, value, _) in deictic().items() if value in ("D+0", "D-1") and " " not in phrase
             and phrase not in later_today()]
    return f"(?:{escaped_alternation(days)})"


def _ordered_alternation(words) -> str:
    """Words (a joins.tsv role's, in the table's order) as one group of alternatives, a space any run of spaces."""
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"


NEEDS = "needs"   # in a veto, where a row that opens the sentence is read apart by the words it needs


class LazyPattern:
    """A regex compiled when first searched: most not_money.tsv rows are not needed in a process (a row after the
    figure is only read into its side's one alternation), and compiling them all costs about 0.25 s at start."""
    __slots__ = ("pattern", "_flags", "search", "match")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):  # called only while search and match are unset: compile, then keep them
        compiled = re.compile(self.pattern, self._flags)
        self.search, self.match = compiled.search, compiled.match
        return getattr(compiled, name)


class PublicBodyGate:
    """Whether a public body (public_bodies.tsv, the {public_body} of not_money.tsv) opens the stretch from a
    sentence's opening to a figure.  Every row whose pattern opens with it asks the same question in turn for a
    figure, and the body's part (a scan of the whole opening) is most of each failed try: it is answered once, the
    answer for the last stretch asked kept in one tuple.  The bodies that may stand anywhere are scanned for only
    where one of the words each of them needs stands in the stretch (most openings hold none)."""
    __slots__ = ("_body", "_opens", "_anywhere", "_needed", "_last", "_low")

    def __init__(self, body: str, opens: str, anywhere: str):
        """``body``: the bodies' whole pattern, ``opens`` its part for the bodies that open the stretch and
        ``anywhere`` its part for those that may stand anywhere (``body`` matches where one of the two does)."""
        self._body = LazyPattern(body, re.I)
        self._opens = LazyPattern(opens, re.I)
        self._anywhere = LazyPattern(f"(?s:.*?){anywhere}", re.I)
        self._needed = required_words(anywhere)
        self._last: tuple = (None, -1, -1, False)
        self._low: tuple = (None, None)

    def stands(self, text: str, pos: int, endpos: int) -> bool:
        last = self._last
        if last[0] is not text or last[1] != pos or last[2] != endpos:
            last = self._last = (text, pos, endpos, self._stands(text, pos, endpos))
        return last[3]

    def _stands(self, text: str, pos: int, endpos: int) -> bool:
        if self._needed is None:
            return self._body.match(text, pos, endpos) is not None
        if self._opens.match(text, pos, endpos) is not None:
            return True
        # (in lower case only for a text in ASCII: there a letter and its lower case are the regex's case-blind match
        # and the offsets stay; another text is read by the regex alone)
        if self._low[0] is not text:
            self._low = (text, text.lower() if text.isascii() else None)
        low = self._low[1]
        if low is not None:
            stretch = low[pos:endpos]
            if not any(word in stretch for word in self._needed):
                return False
        return self._anywhere.match(text, pos, endpos) is not None


def required_words(pattern: str) -> frozenset[str] | None:
    """Words (in lower case, three letters or more) one of which every match of ``pattern`` holds, read off its parse
    tree: a run of literal characters that every match passes through, and the runs of each alternative of a group
    every match passes through.  None when some match may hold none of them (then nothing may be skipped)."""
    from re import _constants as C, _parser as P

    def of(items) -> frozenset[str] | None:
        best, run = None, []

        def close() -> None:
            nonlocal best
            word = "".join(run).lower()
            if len(word) >= 3 and word.isascii() and (best is None or len(word) > min(map(len, best))):
                best = frozenset({word})
            run.clear()

        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            close()
            if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
                continue    # (they read no character: the runs on each side are no one run, but each still counts)
            found = None
            if op is C.SUBPATTERN:
                found = of(av[-1])
            elif op is C.BRANCH:
                alternatives = [of(alternative) for alternative in av[1]]
                found = None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                found = of(av[2])
            if found is not None and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found
        close()
        return best

    return of(P.parse(pattern, re.I))


def keyed_words(words: frozenset[str] | None) -> frozenset[str] | None:
    """:func:`required_words` as the keys of a :class:`CueScan` (one space for each run of white space), or None when
    one of them keys to nothing."""
    if words is None:
        return None
    keys = frozenset(key_of(word) for word in words)
    return None if "" in keys else keys


# The characters a regex's case-blind match takes for an ASCII letter of the required words while their lower case is
# another character ("ı" and "İ" for "i", "ſ" for "s"): in a text that holds one, a word read off a regex may stand
# in it unseen by a scan of the text in lower case, so such a text skips no row by those words (Reading.vetoed).
CASE_BLIND_EXTRAS = "\u0130\u0131\u017f"


class BodyFirstPattern:
    """A row's pattern that opens with a public body, matched only where :class:`PublicBodyGate` finds one: the same
    matches, since no match of the row is without a match of its opening (a look-ahead before the body reads no
    characters, so the body stands where the row starts all the same)."""
    __slots__ = ("pattern", "_gate", "_row")

    def __init__(self, gate: PublicBodyGate, row: LazyPattern):
        self.pattern, self._gate, self._row = row.pattern, gate, row

    def match(self, text: str, pos: int, endpos: int):
        return self._row.match(text, pos, endpos) if self._gate.stands(text, pos, endpos) else None


def _look_ahead_length(pattern: str) -> int:
    """How many characters the look-ahead that opens ``pattern`` takes ("(?=(?:[a-z]+ ){0,4}?bank)"), 0 when none
    opens it: its brackets counted, past escaped characters and character classes."""
    if not pattern.startswith("(?="):
        return 0
    depth, at, in_class = 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return 0


class CueScan:
    """Which of many words stand anywhere in a stretch of lower-case text (inside other words too), in one pass: the
    same answer, for each word, as a search for it alone (its spaces matching any run of white space), for the cost
    of one search.  A prefix tree matches at each place the longest of its words that starts there, and every
    shorter word that matches there is a beginning of that one: each longest word stands for all of them.  The scan
    is searched again from the character after each place it matched, so words inside or across others are found;
    a search (no look-ahead at every character) lets the regex engine skip to the characters that start a word."""
    __slots__ = ("_scan", "_within")

    def __init__(self, words):
        words = frozenset(key_of(w) for w in words)
        self._scan = re.compile(prefix_tree(words)) if words else None
        # word -> the words that begin it (itself too)
        self._within = {w: frozenset(w[:i] for i in range(1, len(w) + 1) if w[:i] in words) for w in words}

    def found(self, low: str, lo: int, hi: int) -> set[str]:
        """The words that stand in low[lo:hi]."""
        out: set[str] = set()
        if self._scan is None:
            return out
        scan, within = self._scan, self._within
        match = scan.search(low, lo, hi)
        while match is not None:
            word = match.group()
            words = within.get(word)
            if words is None:   # (white space other than one space inside a phrase)
                words = within[_SPACES.sub(" ", word)]
            out.update(words)
            match = scan.search(low, match.start() + 1, hi)
        return out


_SPACES = re.compile(r"\s+")


class CueIndex:
    """Rows of a table keyed by the forms of their cues: given the cues a :class:`CueScan` found, the rows that may
    match there (and the rows without a cue) come out of a few look-ups, not a walk over every row."""
    __slots__ = ("uncued", "by_cue", "_gathered")

    def __init__(self, rows):
        """``rows``: (the keyed forms of the row's cue or None, the row)."""
        self.uncued = tuple(row for cue, row in rows if cue is None)
        by_cue: dict = {}
        for cue, row in rows:
            for form in cue or ():
                by_cue.setdefault(form, []).append(row)
        self.by_cue = {form: tuple(found) for form, found in by_cue.items()}
        self._gathered: dict[frozenset, tuple] = {}

    def rows(self, present) -> tuple:
        """The rows without a cue and those with one of the forms in ``present``, each once (in no order that means
        anything: a caller asks whether any of them matches)."""
        if not present:
            return self.uncued
        # the same few sets of cues come back figure after figure: the rows of each set are gathered once
        present = frozenset(present)
        gathered = self._gathered.get(present)
        if gathered is None:
            if len(self._gathered) >= _GATHERED_SETS:
                self._gathered.clear()
            by_cue = self.by_cue
            rows = dict.fromkeys(self.uncued)
            for form in present:
                rows.update(dict.fromkeys(by_cue.get(form, ())))
            gathered = self._gathered[present] = tuple(rows)
        return gathered


# How many sets of cues a CueIndex keeps the rows of (a bound on memory over a long corpus; a few hundred come up).
_GATHERED_SETS = 4096


def forms_of(cell: str) -> list[str]:
    """The |-separated forms of a table cell."""
    return [w.strip() for w in cell.split("|") if w.strip()]


def money_verb_forms() -> list[str]:
    """Every form of money_verbs.tsv: the verbs not_money.tsv names by {money_verb}."""
    return [w for row in load_table("money/money_verbs.tsv") for w in forms_of(row["verbs"])]


def needed_forms(cell: str) -> list[str]:
    """The forms of a not_money.tsv needs cell, where "{money_verb}" stands for every verb of money_verbs.tsv: a row
    whose pattern names them all needs one of them, and the list is kept in one table."""
    forms = []
    for form in forms_of(cell):
        forms.extend(money_verb_forms() if form == MONEY_VERBS else [form])
    return forms


_SHARED_ROLE = re.compile(r"\{(\w+)\}")


def shared_forms(cell: str) -> list[str]:
    """The forms of a words cell, where "{role}" stands for each word of that joins.tsv role, in their order: a list
    that two tables both need (kinds.tsv and movements.tsv, "{loses_ahead}"), or that several rows name with other
    words around it ("in {equipment} sales", "in {equipment} orders"), is written once, and a form of several roles
    ("{stock_could_move_noun} {stock_could_move_modal} {stock_could_move_verb} to") is each word of the first with each
    form of the rest."""
    return [expanded for form in forms_of(cell) for expanded in _role_forms(form)]


def _role_forms(form: str) -> list[str]:
    role = _SHARED_ROLE.search(form)
    if role is None:
        return [form]
    return [expanded for row in load_table("money/joins.tsv") if row["role"] == role.group(1)
            for w in forms_of(row["words"]) for expanded in _role_forms(form[:role.start()] + w + form[role.end():])]


def possessive_currency_forms(row: dict) -> list[str]:
    """The forms of a market-wide kinds.tsv row (percent_kind other) that name a currency by its country's adjective
    ("the Polish zloty"), told by its country's possessive instead ("Poland's zloty", places.tsv gives the country of
    each adjective): a reader takes both for the currency, though the bare word ("zloty") is no trigger, as it follows
    amounts ("3 billion zloty"), and a capital's possessive before a move would name a company's stock."""
    if row["percent_kind"] != "other":
        return []
    currency_words, countries = _currency_words(), _countries_by_people()
    out = []
    for form in forms_of(row["words"]):
        told = form.split()
        if len(told) < 3 or told[0].lower() != "the" or told[-1].lower() not in currency_words:
            continue
        country = countries.get(" ".join(told[1:-1]).lower())
        if country is not None:
            out.append(country + ("'" if country.endswith("s") else "'s") + " " + told[-1])
    return out


@functools.cache
def _countries_by_people() -> dict[str, str]:
    """The country of each people's adjective of places.tsv, keyed in lower case ("polish" → "Poland")."""
    return {r["people"].lower(): r["place"] for r in load_table("money/places.tsv") if r["people"]}


@functools.cache
def _currency_words() -> frozenset[str]:
    """The words of currencies told after their sums (currencies.tsv place=after), in lower case."""
    return frozenset(r["form"].lower() for r in load_table("money/currencies.tsv") if r["place"] == "after")


def applies_of(row: dict) -> list[str]:
    """The kinds of figure a not_money.tsv row vetoes: one row may stand for several ("percent,amount")."""
    return row["applies"].split(",")


def _anchor_words(anchors, forms: list[str]) -> dict[str, str]:
    """For each anchor, the longest word of letters that every phrase whose first word starts with it holds after that
    word, where there is one: a text without it holds none of those phrases, so the places of an anchor as common as
    "to" ("to its market value") need not be read in it."""
    out = {}
    for anchor in anchors:
        words = [{w for w in f.split()[1:] if w.isascii() and w.isalpha()} for f in forms
                 if f.split()[0].startswith(anchor)]
        common = set.intersection(*words) if words else set()
        if common:
            out[anchor] = max(sorted(common), key=len)
    return out


def anchors_of(words: set[str], *, prefixes: bool = False) -> tuple[str, ...]:
    """Few plain strings that together occur in every one of ``words``, to find them with str.find:
    "millions", "billion", "trillion" → "illion"; with ``prefixes`` only shared beginnings count:
    "equity", "equities" → "equit"; "share", "shares" → "share"."""
    anchors = set(words)
    while True:
        pairs = ((a, b, _shared(a, b, prefixes)) for a, b in itertools.combinations(sorted(anchors), 2))
        merge = next(((a, b, part) for a, b, part in pairs if len(part) >= min(4, len(a), len(b))), None)
        if merge is None:
            return tuple(sorted(anchors))
        a, b, part = merge
        anchors -= {a, b}
        anchors.add(part)


def _shared(a: str, b: str, prefixes: bool) -> str:
    if prefixes:
        return os.path.commonprefix([a, b])
    match = difflib.SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b))
    return a[match.a:match.a + match.size]


def key_of(text: str) -> str:
    """A word or phrase as looked up: lower case, single spaces."""
    return " ".join(text.lower().split())


def _comparison_cues(all_cues: bool = False) -> set[str]:
    """The cues of comparison_bases.tsv that compare a sum without a move ("compared to", "versus", and "against" right
    before a sum: needs_move=sum), as trie keys (or all of them)."""
    return {key_of(w.strip()) for row in load_table("comparison_bases.tsv") if row["role"] == "cue"
            and (all_cues or row["needs_move"] in ("no", "sum")) and not row["date"] for w in row["words"].split("|")}


def trie(words) -> str:
    """One regex for many words, factored by common prefixes (much faster than a flat alternation)."""
    return _trie(frozenset(key_of(w) for w in words))


@functools.lru_cache(maxsize=None)
def _trie(words: frozenset[str]) -> str:
    """:func:`trie` of words already keyed (the same sets recur across the tables: "about|nearly|..." in dozens of
    patterns; the regex depends on the set alone, so it is built once)."""
    return prefix_tree(words)


def _words_of(pattern: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", pattern)}


def exact_alternation(forms) -> str:
    """Alternation of table forms: lower-case forms match in any case, others exactly, in
    :func:`pipeline.rules.longest_first` order."""
    out = []
    for form in longest_first(forms):
        pattern = r"\s+".join(re.escape(part) for part in form.split())
        out.append(f"(?i:{pattern})" if form == form.lower() else pattern)
    return "|".join(out)


def _told_again(joins, names, expected: str = "") -> re.Pattern:
    """From the end of a sum to the next, over the end of its sentence, when the next sentence opens by naming the
    measure again (``names``) and no other number or sentence's end stands between (a decimal point ends the search,
    safely; a point before a number ends no sentence: "which ends on Jan. 31. Analysts had expected"); a year it was
    reached by may open that sentence ("By 2015 the figure had reached"), or a few words of time ("A decade later the
    one-day tally reached"), or what opens it by ``expected`` (an alternative, its bar first)."""
    return re.compile(rf"(?:[^.!?;]|\.(?=\s*\d))*[.!?]['\"\u201d\u2019]?\s+"
                      rf"(?:(?:{trie(joins['again_opens'])})\s+\d{{4}},?\s+)?(?:[\w-]+\s+){{0,3}}?"
                      rf"(?:(?:{trie(names)})\s[^.!?;\d$]*{expected})\Z", re.I)


def _pronoun_and_verb(pronouns, verbs) -> re.Pattern:
    """A clause that opens with a stock pronoun and only one of ``verbs`` after it, up to where the search ends ("They
    had peaked ", "They hit ")."""
    return re.compile(rf"\s*(?:{exact_alternation(pronouns)})\s+(?:{trie(verbs)})\s+\Z", re.I)


def _pronoun_and_verb_after(pronouns, verbs) -> re.Pattern:
    """A relative clause right after a level whose subject is a stock pronoun and whose verb takes the level as its
    object (" they reached", " it hit")."""
    return re.compile(rf"\s+(?:{exact_alternation(pronouns)})\s+(?:{trie(verbs)})(?![\w-])", re.I)


@dataclass(frozen=True)
class Lexicon:
    figure: re.Pattern          # on the lower-cased text: "$400 billion", "18.2 billion yuan", "8.1%"
    code_before: re.Pattern     # a currency code just before a number: "RMB 100 billion", "USD 2.8bn"
    sign_forms: dict            # sign → {letters written before it: form} ("$" → {"HK": "HK$", "US": "US$"})
    sign_form_ends: dict        # sign → the last characters of those letters: after any other, the sign stands alone
    before: dict                # currency form written before a figure → row
    after: dict                 # key of a currency form written after a figure → row
    after_longest_first: tuple
    magnitudes: dict
    words: re.Pattern           # every known word, on the lower-cased text
    triggers: dict              # key → kinds.tsv row
    level_kinds: dict           # the kind of a move → the kind of the level it moved to (share_move → share_price)
    change_kinds: dict          # ... and back: the kind of a level → the kind of its change (share_price → share_move)
    market_wide: frozenset      # triggers whose percentages are the whole market's (percent_kind other: an index)
    moves: dict                 # key → (direction, place)
    moved_to: re.Pattern      # "fell to ": a verb of change right before the level it went to
    changed_by: re.Pattern      # "lifted their revenue estimates ... by ": a verb of change, its object, up to its
                                # figure
    percent_after: dict         # key → direction: a noun of a move right after a percentage
                                # (movements.tsv place=percent_after)
    by_moves: dict              # key → direction: the verbs of changed_by (movements.tsv place=by)
    changed_by_gapped: re.Pattern  # "cut by about $118 million, ..., and net income by ": a verb of change left out
    apart_after: re.Pattern     # " below ": right after a percentage, how far it is above or below a level
                                # (place=apart)
    apart_moves: dict           # key → direction of those words
    gapped: re.Pattern          # ", and Tencent ": a stock's move told again for another name, its verb left out
    target_gapped: re.Pattern   # ", and Benchmark moved to ": another analyst's target, its noun left out
    base_after: re.Pattern      # " a tonne from ": after a level moved "to", the figure it moved from
    tally_to: re.Pattern        # "taking its gain since ... to ": a move's running total, up to its figure
    rate_moved_to: re.Pattern   # "cut its benchmark Selic interest rate by 50 basis points to ": a change, then its
                                # level
    rate_carried_to: re.Pattern  # "two cuts next year, taking the rate to ": a change, then after a comma the level it
                                 # leaves
    price_changed_to: re.Pattern  # "raised freight rates to Europe to about ": a change whose object is a price or a
                                  # rate (joins.tsv role=changed_price), then the "to" of its new level
    policy_move_to: re.Pattern  # "a rate cut of 0.5% to ": a policy move's noun, its size, then the level it goes to
    policy_sized_to: re.Pattern  # "a quarter-point cut to ", "a reduction to ": the size, if any, before the noun
    policy_move_of: re.Pattern  # "another cut of ": a policy move's noun right before its size in basis points
    policy_named: re.Pattern    # "the central bank", "its policy rate": what makes such a noun a central bank's move
    own_rate_after: re.Pattern  # " on its mortgages", " of its staff", " in the sales tax": after such a level, a
                                # lender's own rate, a share of a thing or a levy's rate
    moved_by: re.Pattern        # "fell in the two weeks after the festival, by ": a move, its stretch, then its size
                                # after a comma
    signs: dict                 # key → direction: a word right before a figure that tells its sign ("negative")
    approx: dict                # key → ~ > <
    hints: dict                 # key → currency code
    shared_words: frozenset     # the words of currencies several countries use ("francs"), singular: a story names them
                                # in full once
    dollars: frozenset          # the codes of currencies written with a "$" ("A$": AUD), whose place's bare "$" is
                                # theirs
    hint_words: re.Pattern      # any of those keys, a whole word (an article's own hint, see Reading.currency_hint)
    subject_place: re.Pattern   # "A former Sydney fund manager": a lead's subject named by its place
                                # (joins.tsv role=lead_subject)
    places_named: re.Pattern    # any of those keys, also before a hyphen ("Jordan-listed"): the places a text names
    context: frozenset
    lower_forms: frozenset      # known words the tables write in lower case ("rally", not "IPO")
    alone_rows: tuple           # kinds.tsv rows with an alone_kind
    alone_anchors: tuple        # text every alone phrase starts with (found with str.find)
    alone_anchor_words: dict    # anchor → a word every alone phrase it starts holds after its first ("to" → "market")
    alone_at: re.Pattern        # an alone phrase (with its movement word when it needs one) at a place
    alone_move_before: re.Pattern  # a movement word a few words before an alone phrase, up to it
    vague_anchors: tuple
    vague: re.Pattern
    size_anchors: tuple         # text that every size in words holds ("illion", "thousand")
    spelled_magnitudes: frozenset
    spaced_magnitudes: str      # the magnitudes written apart from their count ("8.6 million"), not onto it ("$3.2m")
    spelled: re.Pattern         # "half a trillion dollars"
    number_words: dict
    number_word_ends: frozenset  # the last words of the number words ("half a" → "a")
    vetoes: dict                # applies → [(unless_moved, pattern, parts)] of its after-rows (parts: a CueIndex
                                # of (before, after) of its around rows or None)
    opening_vetoes: dict        # applies → CueIndex of (unless_moved, pattern) of its rows that open the sentence ...
    near_vetoes: dict           # ... and of its rows near the figure
    veto_scans: dict            # applies → CueScan of the cues of its rows near the figure and of its around rows ...
    opening_scans: dict         # ... and of those of its rows that open the sentence
    opening_needs: dict         # applies → (CueScan, CueIndex) of the words its uncued opening rows need (needs)
    equivalent: re.Pattern
    pair_joins: frozenset       # joins.tsv role=pair: "and" joins a range only after "between"
    company_nouns: frozenset    # joins.tsv role=company: "company", "group", "miner": a noun that names a business
    name_suffixes: frozenset    # story/org_suffixes.tsv, lower case: "group", "holdings" end many companies' names
    unnaming_words: frozenset   # company_nouns and name_suffixes: a word two names share in these tells no company
    hundredths: frozenset       # joins.tsv role=percent_hundredth: "basis points", a hundredth of a percentage point
    grade_after: re.Pattern     # joins.tsv role=grade right after a percentage: " broken" ("5% broken rice"), no
                                # verb's particle after it (role=grade_particle: "rose 12% broken down by region")
    describes: frozenset        # joins.tsv role=describes: "the", "its" open a description of the thing before them
    opens_range: re.Pattern     # "between" (and a sign) right before a figure
    month_before: re.Pattern    # "Oct. ", "October " right before a number: that number is a day of the month
    ties_next: re.Pattern       # " of as much as ", " about ": the gap from a trigger to the sum it is tied to
    leads_to: re.Pattern        # " in its New York ": the gap from a sum to the trigger that says what it is
    term_between: re.Pattern    # ", three-year ": a span of years between a sum and the noun it is of
    #                             (joins.tsv role=term_unit)
    leads_bare: re.Pattern      # " through ": the same gap with no article, before offerings in the plural
    bare_offerings: frozenset   # "initial public offerings": what leads_bare may lead to
    raising_after: re.Pattern   # ", raising ": a clause of money raised, open up to its sum (joins.tsv role=raising)
    offer_at: re.Pattern        # "offer for the company at ": an offer's clause up to a price "at" which it is made
    listed_at: re.Pattern       # "first listed in Singapore in 2018 at ": a first listing's clause up to its price
    aside_open: re.Pattern      # ", which posted a 9% rise in ": a relative clause open up to where the search ends
    relative_after: re.Pattern  # ", which": a relative clause that a name's comma opens (joins.tsv role=aside)
    restating_open: re.Pattern  # ", the rate Alibaba paid in ": an apposition restating a figure, open up to the
                                # search's end
    description_after: re.Pattern  # ", the UK online grocery group,": a description between commas after a name
    description_open: re.Pattern  # ", the ": the opening of such a description (or relative clause) alone
    relative_inside: re.Pattern  # " that ": a relative clause inside such a description (role=relative_inside)
    person_title: re.Pattern    # "chief executive", "analyst": a description of a person (story/person_titles.tsv)
    later_clause: re.Pattern    # " after ": on the lower-cased text, a word that opens a later clause
    flow_valued: re.Pattern     # " of inbound hotel bookings": after a worth's trigger, the flow it is the value of
    parted_after: re.Pattern    # ", as ", " and ": a word after a sum past which a trigger is no longer the sum's
    clause_after: re.Pattern    # " as c", ", while s": a word after a figure that opens a clause of another subject
    no_subject: re.Pattern      # "still ", "well ": a word after role=parted opening a clause with no subject of its
                                # own
    paid_for: re.Pattern        # " for the stock": what a sum per share paid bought, after its unit (role=paid_for)
    paid_out: re.Pattern        # "The company paid ": a verb of paying out right before a sum (role=paid_out), or the
                                # noun of a payment, group "noun" ("with a payment of ": role=payment_noun)
    dividend: re.Pattern        # "dividend": a word of a dividend (joins.tsv role=dividend)
    returned_out: re.Pattern    # "plans to return about ": a verb of handing capital back right before a sum
                                # (role=returned_out)
    counted_shares: re.Pattern  # "eight Hong Kong shares": a count of shares closing what is told before "are worth"
    held_shares: re.Pattern     # "His 400,000 shares", "the fund's 3 million shares": a holder's count of shares
    per_unit: re.Pattern        # on the lower-cased text, right after a figure: "per share", "apiece"
    prices_opening: re.Pattern  # on the lower-cased text, from a sentence's start: "Prices " alone, no owner (role=
                                # prices_opening)
    prices_moved: re.Pattern    # on the lower-cased text, right before a move's figure: "prices have since more than "
                                # (role=prices_opening, then a few words of its clause)
    rate_told_again: re.Pattern  # on the lower-cased text, at a rate row's trigger: "the rate stood at", "held them
                                 # at" (role=rate_told_again)
    bank_only_rate: re.Pattern  # on the lower-cased text, at a rate row's trigger: "refinancing rate", a central
                                # bank's only where one is named (role=bank_only_rate)
    rate_statistic: re.Pattern  # "unemployment": a statistic told by a rate, which "the rate" may tell again (role=
                                # rate_statistic)
    rate_joined: re.Pattern     # from a rate's level to the next figure: " and its lending rate to " (role=
                                # rate_joined)
    levy_rate: re.Pattern       # on the lower-cased text, at a rate row's trigger: a verb and "the rate" (role=
                                # levy_rate), the rate a levy told before may own
    levy_told: re.Pattern       # searched in the lower-cased text: a duty, tariff or tax told with its rate (role=levy)
    prices_statistic: re.Pattern  # searched in the lower-cased "Prices" sentence: a statistics body that tells it, or a
                                  # named month's change from the month before (roles prices_statistic_teller and
                                  # prices_prior_month)
    units_again: frozenset      # "the units have": a trust's shares only after the text named them (joins.tsv
                                # role=units_again; depositary receipts' "the receipts have", role=receipts_again)
    flow_again: frozenset       # "outflow": a fund's flow, or the cash flow its sentence named before it (joins.tsv
                                # role=flow_again)
    cash_flow: str              # "cash flow": a form of the kinds.tsv row whose flow role=flow_again words restate
    flow_again_break: re.Pattern  # ", while": a new clause between a cash flow and a flow, whose flow is its own
                                  # (joins.tsv role=flow_again_break)
    move_limit: re.Pattern      # " by the daily limit of ": from a movement word to the size of a move capped at a
                                # limit
    restated_move: re.Pattern   # " 121 points, or ": from a movement word to the percentage that restates its move
    move_unit: re.Pattern       # "points": on the lower-cased text, a unit a move is told in that is no money
                                # (move_units.tsv)
    body_opens: re.Pattern      # "Kenya ": a public body that opens a sentence as its subject (public_bodies.tsv opens)
    body_pronoun_pays: re.Pattern  # "A year before that, it paid a coupon of 10.375% on a ": a pronoun of the body
    #                             before (joins.tsv role=body_pronoun) laying out money, up to its sum
    town_lays_out: re.Pattern   # " budgeted ": a verb of money_verbs.tsv right after the dateline's town opening a
                                # sentence
    town_body: re.Pattern       # "the city": the dateline's town told as a public body (joins.tsv role=town_body)
    body_told: re.Pattern       # "The Treasury ", or ", the ministry said.": a sentence whose subject or teller is a
                                # public
    #                             body (any of public_bodies.tsv), which a pronoun or "the bonds" after it stands for
    place_exports: re.Pattern   # "Peru exported ": a place that opens a sentence as the subject of its exports
                                # (joins.tsv role=place_exports)
    exports_told_on: re.Pattern  # "Export revenue rose 8% to ": a measure of exports with no owner's word that opens a
                                 # sentence, up to a figure (role=export_told_on; "Their value", role=trade_value,
                                 # group "value")
    export_teller: re.Pattern   # ", Camposol said": the one told as the source of a sentence, group "teller"
                                # (joins.tsv role=export_teller_tells, export_teller_opens, export_teller_noun)
    export_teller_body: frozenset  # "ministry", "customs": a word that makes a teller's name a body's, no company's
    export_teller_group: frozenset  # "media": an actor's group (story/actors.tsv) that makes a teller no company
    place_alone: re.Pattern     # "Peru": a place of places.tsv and no more
    places_in_before: re.Pattern  # "in ", "in Norway, Sweden and ": "in", then any places of a list (places.tsv)
    body_debt_after: re.Pattern  # " of the bonds": right after a sum, the debt of the body told before (joins.tsv
                                 # body_debt)
    festival_sales: re.Pattern  # "Sales during this year's Singles Day": bare sales opening a sentence, of a festival
    festival_again: re.Pattern  # "Sales during the festival": bare sales opening a sentence, of a festival named before
    festival_named: re.Pattern  # "Singles Day", "shopping festival": a festival of shopping (role=festival), anywhere
    festival_took: re.Pattern   # "The 2021 festival, held ..., brought in ": a festival told again took in the sum
                                # after it
    body_borrows: re.Pattern    # "The Treasury raised ": a public body raising or going to the market, up to a sum
    body_bond_after: re.Pattern  # " in a 10-year bond sale": right after a sum, the bond sale it is (joins.tsv
                                 # body_bond_sale)
    story_body_debt: re.Pattern  # "The province of Salta priced a $350 million bond": a public body's debt sale in a
                                 # lead
    story_body_spends: re.Pattern  # "Japan spent a record 9.79 trillion yen": a public body's spending in a lead
    spent_passive_after: re.Pattern  # " was spent": a sum told spent with no one named (joins.tsv role=spent_passive)
    spent_passive_gapped: re.Pattern  # " was spent on April 29 and ": the next sum, its verb left out
    past_sale_raised: re.Pattern  # "The previous issue, in 2021, raised ": a sale opening its sentence, up to its sum
    sale_orders: re.Pattern     # "Orders peaked above ": the bare orders opening a sentence, up to their sum
    auction_prices: re.Pattern  # "the auction in Geelong on Thursday, where prices rose about ": an auction's prices
    debt_sale_told: re.Pattern  # "priced $3 billion of 30-year bonds": a sale of debt, whoever sells it
    participle_aside: re.Pattern  # ", outpacing": a comma and the lower-case participle that opens an aside (joins.tsv
                                  # role=participle_ending), up to the word's end
    fraction_anchors: tuple     # text every fraction in words holds ("half", "third")
    fraction: re.Pattern        # a fraction with the word before it and what follows: "than two-thirds of its",
                                # "by a quarter point" (a part of a percentage point: fractions.tsv role=point)
    fractions: dict             # key → percent
    fraction_by: re.Pattern     # what before a fraction makes it need nothing after it: "by", "by as much as"
    fraction_moved: re.Pattern  # a movement word right before a fraction whose stretch follows it (role=since)
    part_moved_before: re.Pattern  # "fallen by about a third ", "more than doubled ": a move by a part or a multiple,
                                   # up to the end
    multiple_object_before: re.Pattern  # "doubled some of their share prices ": a multiple and its object, at the end
    fraction_cues: tuple        # " its", " their", "by ": one stands near every fraction that is a figure
    fraction_not_after: frozenset  # words before a fraction that make it a period ("second half")
    multiple_anchors: tuple     # text every multiple holds ("doubl", "tripl")
    multiple: re.Pattern        # a multiple that is no action on an object: "shares doubled", not "doubled its stake"
    multiples: dict             # key → percent ("doubled" → 100)
    multiples_now: dict         # key → percent of a multiple told in the present ("triple" → 200)
    stock_before: re.Pattern    # "Its shares nearly ": a stock word, an approximation at most, up to a present multiple
    measure_to_before: re.Pattern  # "expects its revenue to more than ": a forecast, a measure, "to", up to a multiple
    measure_before: re.Pattern  # "seen revenue more than ": a measure, an approximation at most, up to a multiple
    stretch_after: re.Pattern   # " since": a stretch right after a multiple that it moved over (role=since)
    owned_level: re.Pattern     # "their level": an owner and a level a compared multiple sets a price against
    compared_anchors: tuple     # text every multiple a figure is of another value holds ("double", "twice")
    compared_multiples: dict    # key → percent ("double" → 100)
    compared_multiple: re.Pattern  # "roughly double its": an approximation, the multiple, an object word
    times_anchors: tuple        # text every multiple in digits holds ("times", "fold")
    times_multiple: re.Pattern  # "jumped 2.3 times to": a word, a multiple in digits, its unit (fractions.tsv
                                # role=times)
    #                             or a -fold word ("grown roughly fivefold", role=fold)
    folds: dict                 # key → percent of a -fold word ("fivefold" → 400)
    moved_object: re.Pattern    # "the " right before a figure: a thing named, which a clause after it may move
    level_before: re.Pattern    # "to", "at", "from" (and an approximation) right before a figure: a level
    moved_from: re.Pattern      # ", down from ": the move that an amount before made from the amount after it
    compared_from: re.Pattern   # ", up from the", ", compared to" right before an amount: the level the amount before
                                # it moved from, or what it is compared with
    change_after: re.Pattern    # ", up", ", down by about" right before a figure: the change of what the comma closes
    sum_change: re.Pattern      # change_after, adverb_change or ", an increase of" (a move's noun): the change of a sum
    adverb_change: re.Pattern   # change_after told by a move word that is no verb (", up"): never a stock's own verb
    bare_change: re.Pattern     # ", about " right before a figure: a change set off by a comma with no word of moving
    adverb_after: re.Pattern    # " higher" right after a figure: a move word that is no verb, told after the change
    apposed_change: re.Pattern  # "..., was up " after a sum set off by commas after its noun: the change of that noun
    main_predicate: re.Pattern  # ", were ", ", rose ": a finite verb with no subject after a comma, up to its figure:
    #                             the predicate of the subject a relative clause before that comma told of
    continuation: re.Pattern    # ", extending Thursday's" right before a figure: it goes on from the move before it
    move_goes_on: re.Pattern    # " week on week and about ": from a percentage that moved to one more of the same move
    set_against: re.Pattern     # " in the quarter against ": from a percentage that moved to the same measure of
    #                             another
    unit_base: re.Pattern       # " in the quarter, up from ": from a price per unit to that price at another time
    also_words: frozenset       # joins.tsv role=also: "and"
    prefix_rules: dict          # a word → the subjects.tsv rules that end in {name} written with it (one of
                                # their words stands right before the name: only those rules can match there)
    suffix_rules: re.Pattern    # subjects.tsv rules that start with {name}
    suffix_words: frozenset     # the words they are written with (one of them follows the name closely)
    rule_side: tuple
    names: re.Pattern
    company_move: re.Pattern
    company_epithet: re.Pattern  # "The AI chip giant fell ": a company named by a few words and its noun that moves
    referred_nouns: frozenset   # "stock", "lender": a noun that makes "The", "Its" (names.tsv role=refers) a company
    apposed_company: frozenset  # "rival", "parent", "group": a noun a name set off by commas after it names as a
                                # company
    name_roles: dict
    loses_before: re.Pattern    # "lost ": a company's loss right before its sum
    unit_loses: re.Pattern      # "arm, which competes with Meituan, lost ": a business of a company that loses its sum
    lost_in_passing: re.Pattern  # ", losing ": a participle after the clause of what lost the sum
    shared_loses: re.Pattern    # ", but lost ": a verb of losing joined on to an earlier one of the same subject
    opening_name: re.Pattern    # "Kestrel Motors sold": a name opening a sentence as the subject of the verb after it
    loss_basis_before: re.Pattern  # ", on ", ", on total ": what opens the revenue a loss was made on, before its
                                   # trigger
    company_after: re.Pattern   # " Chinese e-commerce giant": a company that a sum before it describes by its value
    company_opens: re.Pattern   # "The ": the article right before such a sum (an approximation may stand between)
    company_apposed: re.Pattern  # ", the": the article of a description set off by a comma after a sum
                                 # (role=company_opens)
    figure_again: re.Pattern    # ". The figure grew rapidly over the following decade: ": a sentence that goes on with
                                # the measure before
    takings_again: re.Pattern   # ". It has taken ": running takings told again in the next sentence
                                # (role=again_takings)
    takings_from: re.Pattern    # " from new investors": whom a sum was taken from, after it (role=takings_from)
    earned_before: re.Pattern   # "earned about ": a verb of earning right before a sum (role=earned_from)
    good_earns: re.Pattern      # "Cashew kernels earned about ": a noun opening its sentence as what earned the sum
    earned_source: re.Pattern   # " last year from export sales": what a sum earned came from, after it, when customers
                                # paid it (role=earned_source)
    fine_pays_before: re.Pattern  # "to pay about ": a verb of paying right before a sum (role=fine_pays)
    fine_paid_before: re.Pattern  # "pay the SEC ": such a verb and a body that punishes or collects, before the sum
    fine_paid_to: re.Pattern    # " in back taxes to the ": what opens the payee of a sum paid, after it
    fine_payee: re.Pattern      # "Financial Conduct Authority", "tax office": a body that punishes or collects
    fine_payee_group: frozenset  # "regulator": an actor's group (story/actors.tsv) that punishes or collects
    fine_payee_closes: re.Pattern  # " in back taxes", ".": what may follow the payee of such a sum
                                   # (role=fine_payee_after), no "as" of a contribution nor "for" a thing bought
    pay_offered: re.Pattern     # "has offered only ": a verb of offering right before a bare percentage
    pay_claimed: re.Pattern     # "a 9% raise": a percentage of pay or a raise (role=pay_claimed)
    earned_source_change: re.Pattern  # " from exports last year, up ": such a source, and the change of the sum told
                                      # right after it
    pronoun_reached: re.Pattern  # "share of it came to ": a pronoun of the measure named before, in the sum's sentence
    whole_worth: re.Pattern     # "Ant's fair value": an owner's price word that, before a sum of millions, is its worth
    whole_priced: re.Pattern    # "Ant was priced at": a name priced as a whole, before a sum of millions its worth
    ranked_left_out: re.Pattern  # "The largest, ": a superlative opening its sentence, its noun left out, right before
                                 # a sum
    ranked_told: re.Pattern     # "the second-largest": the word of such a ranking in the sentence before
    figure_put_again: re.Pattern  # ", and in 2019 Alibaba put it at ": the same sentence telling the measure before
                                  # again
    compared_estimate: re.Pattern  # ", against an average analyst estimate of ": what was expected of the amount before
    part_which: re.Pattern      # ", of which roughly ": a part of the amount before the comma follows
    part_spent: re.Pattern      # " is spent": after such a part, the verb that keeps it of the same measure
    compared_level: re.Pattern  # " but well below the ": a comparison's cue right before the level it compares with
    unit_priced: re.Pattern     # " per 40-foot container": a unit of a good right after its price (kinds.tsv, as
                                # to_unit_price)
    expected_after: re.Pattern  # " analysts had expected": who expected the amount before it, and the verb
    expected_before: re.Pattern  # "analysts polled by LSEG had expected ": who expected the sum after it, and the verb
    range_opened: re.Pattern    # "from ": a range told with words opens right before its first sum (joins.tsv
                                # role=spans)
    range_joined: re.Pattern    # "-" or " to ": between the two ends of a range told as one ("3.75%-4.00%")
    range_goes_on: re.Pattern   # " to more than ": the gap from a range's first sum to its second
    period_listed: re.Pattern   # " in the April-June quarter and ": from a sum told for its period to the next of a
                                # list
    period_after: re.Pattern    # " in the three months to September.": a list's last sum told for its period
    period_told: re.Pattern     # " in the June quarter": the period a move is told for, right after it
    own_noun_after: re.Pattern  # " of buybacks": a noun of its own after a sum (joins.tsv role=own_noun)
    item_opens: re.Pattern      # " at ": a part of a list told right before its sum (joins.tsv role=item)
    item_listed: re.Pattern     # ", Alibaba Cloud at ": from a part's sum to the next part of the list and its sum
    #                             (also set against it: "ahead of JD.com at $47 billion but well behind Alibaba at
    #                             $330 billion")
    told_again: re.Pattern      # ", and was ": a second predicate of the same subject right before its percentage
    came_after: re.Pattern      # ", after an increase of ": the move a move came after (role=came_after)
    grows_before: re.Pattern    # "grew ": a business's growth right before its percentage
    more_of: re.Pattern          # "another ", "a further " right before a sum: more of the measure told before it
    gapped_part: re.Pattern      # ", and furniture ": a clause of a bare noun and a sum, its verb left out, up to the
                                 # sum (joins.tsv role=gapped_and), group "subject"
    gapped_not_subject: frozenset  # "the", "another": words that make the words before a sum no bare noun of goods
    forecast_of: re.Pattern      # "which expects " right before a plain sum: a forecast of the measure told before it
    same_period: re.Pattern      # " over the same period" right after a sum (carried_periods.tsv role=phrase): told for
    #                              the period of a sum before it
    pronoun_moves: re.Pattern   # " it climbed by ": a later clause's pronoun subject and its movement word, up to the
                                # figure (joins.tsv role=predicate_subject, predicate_subject_one: "one" if singular)
    predicate_moves: re.Pattern  # " and fell a further ": a clause that is one more predicate of the subject, moving
    shrinks_before: re.Pattern  # "dropped ": a business that shrank, told right before its percentage (role=shrinks)
    ranked_in: re.Pattern      # "biggest loser in the ": a stock ranked among an index's members (joins.tsv
                               # role=ranked)
    unit_grows: re.Pattern     # "unit grew just ": a business named by its noun that grows (joins.tsv role=unit, grows)
    line_moves: re.Pattern     # "Alibaba's cloud surges ": a company's line of business that moves (role=business_line)
    crosses_before: re.Pattern  # "above ": a level a market value crossed, right before its sum
    ranked_at: re.Pattern       # "rank fourth at ", ", third at about ": a place in a ranking, up to its sum
                                # (role=ranked_at)
    statistic_headline: re.Pattern  # "UK retail sales": the statistic a release's headline opens with (joins.tsv)
    statistic_measure: frozenset    # "sales": its measure told bare later in the release (role=statistic_measure)
    statistic_place: str            # "in|in the": words before a place the statistic was made in, an alternation
    statistic_measure_before: re.Pattern  # the last such measure before a figure of no trigger ("prices were up 1.9%")
    headline_loss: re.Pattern       # " hit": a noun right after a headline's sum that names it a loss (joins.tsv)
    company_word: re.Pattern    # "retailer": a noun of a company (role=company)
    story_total: re.Pattern     # "expects the full-year total to pass ": a total of no measure of its own
                                # (role=story_total)
    told_words: str             # "said|says|...": the verbs of telling (role=worth_told), an alternation
    market_opens: re.Pattern    # "spot ": words before a commodity that opens its sentence
    good_unit_opens: re.Pattern  # "A box of ", "a 40-pound carton ": a unit of a good that opens its sentence
    lots_bought: re.Pattern     # "lots": lots of a good, whose price bought at is the good's
    market_parts: re.Pattern    # "shares": a stock word after it, whose figures are a stock's
    contrasts: re.Pattern       # ", while": a clause of another subject set against the market's (role=contrasts)
    another_clause: re.Pattern  # ", while ", "; ", ", and the ": a clause of another subject opens (role=contrasts,
    #                             another_subject, a name after ", and")
    value_name_at: re.Pattern   # "values Clearwell at about ": a verb of valuing, a name and its "at", up to the sum
    sold_on_platforms: re.Pattern  # " on Alibaba's platforms": right after a word of revenue, where goods were sold
    value_object_at: re.Pattern  # "valued the council's 49% stake in Harbury Airport at about ": a verb of valuing,
    #                               its object in lower case and its "at", up to the sum
    valuing_after: re.Pattern   # ", valuing the company at about ": a value its clause gives the company, up to the sum
    elided_move: re.Pattern     # "Shopee's rose ": a name's possessive whose noun is left out, then its move (name: the
    #                             name, up to four words: "Poly Developments' fell ")
    valued_close: re.Pattern    # " at Monday's close": the trading day's close right after a sum valued at
                                # (role=valued_close)
    apposed_worth: re.Pattern   # ", now worth about ": a worth set off by a comma, up to its sum (role=apposed_worth)
    listed_before: re.Pattern   # " and ": a name that ends a list or phrase, whose apposed worth is no one's
                                # (role=listed_before)
    held_worth: re.Pattern      # "a stake worth about ", "held Alibaba shares worth ": a holding's worth right before
                                # the sum
    stake_owned: re.Pattern     # "Tsai's own roughly 1.4% stake", "Chen owns about 38%, a stake": its owner's name
    built_costs: re.Pattern     # "The site, near Lyon, will cost about ": a thing built past an aside, up to its cost
    stock_many: re.Pattern      # "shares": a stock told in the plural, which no singular pronoun after it stands for
    undone_after: re.Pattern    # " to shut down": what a sum a thing built costs goes to undo it, right after the sum
    multiple_on: re.Pattern     # "on 9 times 2027 earnings": a valuation multiple applied before the worth it gives
    multiple_after: re.Pattern  # ", about 9 times next year's earnings": the multiple a sum stands at, right after it
    #                             (or after what the sum is of: " of debt, about 5 times its EBITDA")
    multiple_measures: re.Pattern  # "6 times FY27E ": a multiple in digits, up to the measure it is of
    multiple_worth: re.Pattern  # "value the arm at ": a word of worth that makes a sum at a multiple a valuation
    multiple_traded: re.Pattern  # "The shares trade ": a verb of trading before a multiple's "on", the shares' own
    worth_reported: re.Pattern  # " was reported at the time to": a report's verb before "be worth"
                                # (role=worth_reported)
    copulas: frozenset          # "is", "has", "been": the words of role=worth_reported, a copula before "valued at"
    valuer_opens: frozenset     # "which": a word opening a clause of who valued the noun before it (role=valuer_opens)
    worth_hearsay: re.Pattern   # " was said to": a worth only told or believed, before "be worth" (role=worth_hearsay)
    worth_told: re.Pattern      # " said": a verb of telling that closes who told a worth, before "was worth"
    #                             (role=worth_told)
    worth_of: re.Pattern        # " in Ant": what the noun before "was worth" is of or in (role=worth_of)
    growth_named: re.Pattern    # "growth at Alibaba Cloud could top ": a growth rate's noun, up to its percentage
    return_was: re.Pattern      # "return, announced on Wednesday, was ": a return's noun as the subject of its
    #                             percentage
    to_level: re.Pattern        # " to 98": the level a change went to, right after its size ("4.3% to 98 cents")
    rate_to_level: re.Pattern   # ", to 4.5%", " on Oct. 29 to a range of": the level a rate's move in points went to,
                                # after a comma or its day (joins.tsv role=level_to, level_to_day)
    level_to_again: re.Pattern  # ", to ": from one level a rate was cut to on to the next ("2%, to 1.75% from June")
    to_unit_price: re.Pattern   # " to $2,310 per box", " at RM4,412 a tonne": the level a move went to or closed at
                                # (joins.tsv role=level), priced per unit of a good (kinds.tsv rows
    #                             of kind other read only right after their sum: "a barrel", "per box")
    right_to_unit_price: re.Pattern  # the same, no word of a move between ("rose 3% last month to $3.40 a pound")
    price_noun: re.Pattern      # "price": a word of price that names a good's price moving (joins.tsv role=price_noun)
    stock_pronoun: re.Pattern   # "and it is up ": a clause opening with a pronoun, up to its figure
    pronoun_opens: re.Pattern   # "It ": a sentence opening with such a pronoun, whatever stands after it
    stock_pronoun_verb: re.Pattern  # "They had peaked": a clause opening with a pronoun and its verb, no object
    stock_pronoun_reached: re.Pattern  # "They hit ": a pronoun and a verb whose object is the level
    stock_pronoun_reached_after: re.Pattern  # " they reached": the level's relative clause, a pronoun and its verb
    business_lines: frozenset   # "cloud", "games": lines of business (joins.tsv role=business_line)
    base_when: re.Pattern       # " from a year earlier, when the company booked ": a comparison's base, then its sum
    stock_subject: re.Pattern   # "The stock ", "Its shares ": a sentence opening with its company's stock (names.tsv
    #                             role=refers, fractions.tsv role=stock)
    name_inner: re.Pattern      # " and ", " of ": the gap inside one name ("Hong Kong Exchanges and Clearing")
    name_before_inner: re.Pattern  # "Bank of ": a name and a word inside one name, up to where the search ends
    money_from: re.Pattern      # "revenue from Korean ", "sales by the 4,200 ": money and where it comes from or who
                                # made
    #                             it, up to a word of it (a count with its thousands' commas is one word)
    source_before: re.Pattern   # "surveyed by ": what, right before a name, makes it a source, not a subject
    placed_before: re.Pattern   # "in ": right before a name, makes it where a noun before it is, no company that moves
    source_ends: frozenset      # the last words of those ("by"): the cheap test before the pattern
    pronoun_value: frozenset    # joins.tsv role=pronoun_value: "Their value rose" is a thing's worth, no stock's by
                                # itself
    work_nouns: frozenset       # joins.tsv role=work_noun: "thriller" after a name that moves: the work's
                                # takings moved
    route_words: frozenset      # names.tsv role=route: "to", "from" before a name make it where a route runs
    names_listed_before: re.Pattern  # "Germany, France and the ": names listed before a name (names.tsv role=name_list)
    channel_words: frozenset    # names.tsv role=channel: "through", "via" before a name make it a channel, no mover
    placed_words: frozenset     # joins.tsv role=placed_in: "in", "at" after a noun make the name after them where it is
    traded_on: re.Pattern       # "futures on the ": right before a name, makes it the exchange a good trades on
    aside_teller: re.Pattern    # ", said", ", will": the main clause's verb past a relative clause (role=aside_teller,
                                # role=aside_main_auxiliary)
    growth_object: re.Pattern   # " growth": a business's growth a verb after a name takes as its object
                                # (joins.tsv role=growth_object)
    priced_noun: frozenset      # "prices": a noun of prices after a name, which moves no stock (role=priced_noun)
    traded_goods: frozenset     # "cocoa": a good a market prices, lower case (role=traded_good)
    name_tells: str             # "said|says": verbs of telling whose subject is a name, no good (a regex alternation)
    setting_words: frozenset    # joins.tsv role=setting_opens: "In", "On" opening a sentence before a name and a comma
    part_of: re.Pattern         # " of Halcyon's ": from a part to the whole it is of, up to the whole's sum
                                # (role=part_of)
    sellers_counted: re.Pattern  # "27 participating merchants": a count of the sellers on a platform (role=sellers)
    seller_goes_on: re.Pattern  # "She expects to sell ": a pronoun selling, up to its sum (role=seller_pronoun)
    growth_again: re.Pattern    # "Growth should stay above ": a bare growth opening its clause (role=growth_again)
    spending_opens: re.Pattern  # "Saudi buyers' spending rose ": a group's spending opens its clause (role=spenders)
    platform_told: re.Pattern   # " on the ": right before a name told as a platform (joins.tsv role=platform_via)
    platform_owner_of: re.Pattern  # "Fliggy": the name right before a possessive trigger ("Fliggy's bookings")
    platform_named: frozenset   # joins.tsv role=platform_names, lower case: online marketplaces known by name
    platform_apposed: re.Pattern  # ", Alibaba Group's online travel platform": an apposition calling the name before it
                                  # a platform (role=platform_called)
    platform_noun_before: re.Pattern  # "the travel site ": a platform's noun right before its name
                                      # (role=platform_called)
    sold_before: re.Pattern  # "sells about ": a company's yearly sales start before their sum (role=yearly_seller)
    goods_a_year: re.Pattern  # " of heaters and fans a year": goods sold each year after the sum (role=yearly)
    yearly_after: re.Pattern  # " a year" right after a sum: a flow each year, no worth at one time (role=yearly)
    goods_worth: re.Pattern  # "The company has now sold rough diamonds worth ": a company's own goods sold
    #                          (role=goods_seller, goods_sold_auxiliary, goods_sold_adverb, goods_sold, goods_worth)
    owned_before: re.Pattern    # "its ", "Alibaba's own ": a word that makes the sales after it someone's own
                                # (role=article)
    instalment_of: re.Pattern   # "the first payment of ": a part of the fine or deal told before it
    instalment_apart: re.Pattern  # "In a separate case": words opening a sentence that turn from that fine or deal to
                                  # another matter
    platform_handled: re.Pattern  # "Lazada, ..., handled goods worth ": what a platform named before handled
    debt_held: re.Pattern  # "has a separate ": a bond or loan a company has, right before its sum, is its debt
    debt_held_noun: re.Pattern  # "bond": what such a sum is, its trigger word, no sale of it after ("bond sale")
    level_range: re.Pattern  # "at prices between ": a range of prices a thing was bought at opens, as "at " a price
    part_of_takings: re.Pattern  # " overseas for a global launch of $": a film's takings in one market, of its total
    work_took: re.Pattern       # "thriller ..., took ": what a film, a show or a record took in, its takings
    goods_bought_on: re.Pattern  # " of goods from Chinese suppliers on Alibaba.com": goods a sum bought on a platform
    sellers_sold: re.Pattern    # "merchants on AliExpress sold ": what sellers sold on a platform (role=sellers_sold)
    counted_sold: re.Pattern    # "450 brands each selling over ": a count of sellers, then their verb of selling, right
                                # before a sum (roles sellers, sellers_sold)
    sold_words: frozenset       # "sales": a revenue word that sellers' sales may be told by (role=sold)
    raised_to: re.Pattern       # " to 30%" after a verb of raising (joins.tsv role=raised_to): a rate's level, no money
    raised_words: frozenset     # "raise": the verbs of raising whose percentage "to" is a level (role=raised_to)
    raises_words: frozenset     # "raised": a bare word of money raised that tells nothing of how (role=raises)
    planned_before: re.Pattern  # "to ": right before a word of raising, a raising still planned (joins.tsv
                                # role=planned)
    heading_currency: re.Pattern  # "..., in Hong Kong dollars:" ending a line: a heading that gives its list's currency
    bare_sum: re.Pattern        # "6.8 billion": a count and its magnitude, no currency (read only under such a heading)
    bare_base: re.Pattern       # " from 529 million a year earlier": a count a sum with its currency moved from
    price_base_from: re.Pattern  # ", up from about ": right before the level a price per unit moved from


def _person_name(company_words: Iterable[str]) -> str:
    """A last name in capitals, maybe after a first name (and an initial), that is no organisation suffix
    (story/org_suffixes.tsv) nor a company's last word (joins.tsv role=company_last), and no capital word after it: a
    person ("Sam Ortiz", "Ellison"), no company ("Halden Systems")."""
    suffixes = "|".join(map(re.escape, [*org_suffixes(), *company_words]))
    return (rf"(?-i:(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?(?!(?:{suffixes})(?![\w-]))[A-Z][a-z][\w'\u2019-]*)"
            rf"(?!\s+(?-i:[A-Z]))")


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled tables (built once)."""
    currencies = load_table("money/currencies.tsv")
    before = {r["form"]: r for r in currencies if r["place"] == "before"}
    after_rows = [r for r in currencies if r["place"] == "after"]
    attached_rows = [r for r in currencies if r["place"] == "attached"]
    currency_names = prefix_tree(r["form"] for r in after_rows)   # "Hong Kong dollars", "yuan"
    magnitudes = load_table("money/magnitudes.tsv")
    spaced = trie(m["word"] for m in magnitudes if m["attached"] != "yes")
    attached = trie(m["word"] for m in magnitudes if m["attached"] == "yes")
    prefixes = trie(before)
    joins: dict = {}
    joins_in_order: dict = {}   # (the alternations filled into not_money.tsv rows keep the table's order)
    for row in load_table("money/joins.tsv"):
        forms = forms_of(row["words"])
        joins.setdefault(row["role"], set()).update(key_of(w) for w in forms)
        joins_in_order.setdefault(row["role"], []).extend(forms)
    same_period = [w for row in load_table("carried_periods.tsv") if row["role"] == "phrase"
                   for w in forms_of(row["words"])]
    # the period a sum of a list is told for (joins.tsv role=period_opens, role=period): "in the April-June quarter",
    # "in 2013", "in the first three months of 2025": the word that opens it, then a few words and its word or year
    # (own_noun_after reads the two apart, a noun that has its period after it standing between)
    period_opens = rf"\s+(?:{trie(joins['period_opens'])})\s+"
    period_named = (rf"(?:[\w'-]+\s+){{0,{PERIOD_WORDS}}}?"
                    rf"(?:(?:{trie(joins['period'])})|(?:19|20)\d\d)(?![\w-])")
    period = rf"{period_opens}{period_named}(?:\s+[\w'-]+){{0,{PERIOD_WORDS}}}?"
    period_aside = (rf",(?:\s+[\w'-]+){{0,{PERIOD_WORDS}}}?\s+(?:{trie(joins['period'])})(?![\w-])"
                    rf"(?:\s+[\w'-]+){{0,{PERIOD_ASIDE_WORDS}}}?,")  # "... quarter of its fiscal year,"
    # (joins.tsv role=percent_sign and role=percent_hundredth, and role=percent_attached only right after the digits:
    # "rose 76pc", as British papers write it, where "5 PC games" is a computer)
    percent_sign = (rf"%|(?:{trie(joins['percent_sign'] | joins['percent_hundredth'])})(?!\w)"
                    rf"|(?<=[0-9])(?:{trie(joins['percent_attached'])})(?!\w)")
    # On the lower-cased text, so that a trie serves every case; a figure opens with a digit or a
    # sign, which keeps the scan fast.  A currency code before it is checked afterwards.
    signs = re.escape(SYMBOLS)
    # A currency code before a number ("RMB10bn", "USD 2.8 billion"), seen from its first digit.
    # Codes of one length share one look-behind (a look-behind has one width): few tries at each digit.
    code_lengths: dict = {}
    for written in {f.lower() for f in before if f[-1] not in SYMBOLS}:
        code_lengths.setdefault(len(written), []).append(written)
    coded = "|".join(rf"(?<={trie(group)}{gap}[0-9])(?<![a-z]{trie(group)}{gap}[0-9])"
                     for _, group in sorted(code_lengths.items()) for gap in ("", " ", r"\("))
    # A number after a slash is a fraction's or a rate's ("3/4", "km/100"), save after a currency written with a
    # slash ("S/3.15", the Peruvian sol), a whole word of its own
    slashed = "".join(rf"|(?<=(?<![a-z]){re.escape(f.lower())}[0-9])" for f in before if f.endswith("/"))
    # A number in brackets after its currency is a loss, as results tables write it ("RMB(1,370)
    # million"); the closing bracket is read only when the opening one stands right before the digits.
    figure = (rf"[0-9{signs}](?:(?<=[{signs}])\s?(?P<neg>\()?(?P<number>{NUMBER})(?(neg)\))"
              rf"|(?<=[0-9])(?<![0-9.,][0-9])(?:(?<!/[0-9]){slashed})(?P<coded>{coded})?(?(coded)(?P<cneg>"
              rf"(?<=\([0-9]))?)"
              rf"(?P<digits>{NUMBER_REST})"
              rf"(?(cneg)\)))"
              # a range stays on its line: "$28.16\n-0.97" is a price over its change
              rf"(?:(?:\s?-?(?P<lomag>{spaced})(?!\w))?"
              rf"[^\S\r\n]?(?P<conn>{trie(joins['range'] | joins['pair'])})[^\S\r\n]?"
              rf"(?P<hicur>{prefixes})?\s?(?P<hi>{NUMBER}))?"
              rf"(?:\s?-?(?P<mag>{spaced})(?!\w)|(?P<amag>{attached})(?!\w))?"
              # a currency word on the next line heads a table's column ("2025\nRMB"), it is not this number's
              rf"(?:\s?(?P<pct>{percent_sign})|(?:[^\S\r\n]|-)(?P<post>{trie(r['form'] for r in after_rows)})(?!\w)"
              rf"|(?<=[0-9])(?P<apost>{trie(r['form'] for r in attached_rows)})(?!\w)"
              rf"|(?(number)|(?(coded)|(?!))))")  # a bare number is not a figure
    sign_forms: dict = {}
    for written in before:
        if written[-1] in SYMBOLS and len(written) > 1:
            sign_forms.setdefault(written[-1], {})[written[:-1]] = written
    codes = exact_alternation(f for f in before if f[-1] not in SYMBOLS)

    moves, triggers, alone, approx, hints, alone_rows = {}, {}, {}, {}, {}, []
    sign_words, by_moves, apart_moves, percent_after = {}, {}, {}, {}
    for row in load_table("money/movements.tsv"):
        for word in shared_forms(row["words"]):
            if row["place"] == "sign":
                sign_words[key_of(word)] = row["direction"]
            elif row["place"] == "by":
                by_moves[key_of(word)] = row["direction"]
            elif row["place"] == "apart":
                apart_moves[key_of(word)] = row["direction"]
            elif row["place"] == "percent_after":
                percent_after[key_of(word)] = row["direction"]
            else:
                moves[key_of(word)] = (row["direction"], row["place"])
    for row in load_table("money/kinds.tsv"):
        row = dict(row, _weight=float(row["weight"] or 0), _reach=float(row["reach"] or "inf"))
        for word in shared_forms(row["words"]) + possessive_currency_forms(row):
            triggers.setdefault(key_of(word), row)
            if row["alone_kind"]:
                alone[key_of(word)] = row
        if row["alone_kind"]:
            alone_rows.append(row)
    # the words of a price per unit of a good, read only right after their sum ("a barrel", "per box")
    unit_prices = [k for k, row in triggers.items()
                   if row["amount_kind"] == row["moved_kind"] == "other" and row["_reach"] <= 3]
    level_kinds = {}
    for row in load_table("money/kinds.tsv"):
        if row["moved_kind"] and row["amount_kind"] and row["moved_kind"] != row["amount_kind"]:
            level_kinds.setdefault(row["moved_kind"], row["amount_kind"])
    for row in load_table("money/approximations.tsv"):
        approx[key_of(row["phrase"])] = row["approx"]
    # (the approximation most patterns allow right before a sum, or none: "rose to about $5 billion")
    maybe_approx = rf"(?:(?:{trie(approx)})\s+)?"
    # (joins.tsv role=unit_not_after: "bottom line", "credit line" name no business that grows or loses)
    unit_not_after = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(joins_in_order["unit_not_after"]))
    # (" to $2,310 per box": a level a move went to, priced per unit of a good; to_unit_price, right_to_unit_price)
    level_at_unit_price = (rf"\s+(?:{trie(joins['level'])})\s+{maybe_approx}[^\s,;]*\d[\d,.]*(?:\s+[a-z]+)?\s+"
                           rf"(?:{trie(unit_prices)})(?![\w-])")
    for row in load_table("money/currency_hints.tsv"):
        hints[key_of(row["word"])] = row["code"]
    context = frozenset(key_of(w) for row in load_table("money/market_context.tsv") for w in forms_of(row["words"]))
    vague_rows = load_table("money/vague.tsv")
    vague_anchors = tuple(w for row in vague_rows for w in forms_of(row["anchor"]))
    currency_words = escaped_alternation(key_of(r["form"]) for r in after_rows)
    vague = re.compile("|".join(f"(?:{row['pattern']})".replace("{currency}", f"(?:{currency_words})(?!\\w)")
                                for row in vague_rows))

    number_words = {key_of(w): float(row["value"]) for row in load_table("money/number_words.tsv")
                    for w in forms_of(row["words"])}
    long_magnitudes = sorted({key_of(m["word"]) for m in magnitudes if len(m["word"]) >= 7}, key=len)
    spelled = re.compile(rf"(?<![\w-])(?P<words>{trie(number_words)})\s+(?P<mag>{trie(long_magnitudes)})"
                         rf"\s+(?:of\s+)?(?P<cur>{currency_words})(?!\w)")
    known = set(moves) | set(sign_words) | set(triggers) | set(approx) | set(hints) | context
    written = [w for row in load_table("money/movements.tsv") for w in shared_forms(row["words"])]
    written += [w for row in load_table("money/kinds.tsv") for w in shared_forms(row["words"])]
    written += [w for row in load_table("money/market_context.tsv") for w in forms_of(row["words"])]
    lower_forms = frozenset(key_of(w) for w in written if w == w.lower())
    # the move of a running total (joins.tsv role=tally): a word told after its figure too, or a noun of role=tally_noun
    tally_moves = [w for w, (_, place) in moves.items() if place != 'before' and ' ' not in w] + [
        w for w in joins['tally_noun'] if w in moves]
    vetoes: dict = {}
    places = load_table("money/places.tsv")
    bodies = load_table("money/public_bodies.tsv")
    for row in bodies:
        if row["stands"] not in ("opens", "anywhere"):
            raise ValueError(f"public_bodies.tsv line {row['_line']}: stands is 'opens' or 'anywhere'")
    # (a body that may stand anywhere is reached over whatever opens the sentence: its row reads from there)
    # (one that opens the sentence may stand after a short phrase of time set off by a comma: "Hours later, the IMF
    # said")
    bodies_opening = "{}(?:{})".format(
        OPENING_PHRASE, "|".join(f"(?:{row['pattern']})" for row in bodies if row["stands"] == "opens"))
    bodies_anywhere = "(?:{})".format(
        "|".join(f"(?:{row['pattern']})" for row in bodies if row["stands"] == "anywhere"))
    public_bodies = f"(?:{bodies_opening}|(?s:.*?){bodies_anywhere})"
    # (bodies first: their patterns may name {place} and {nation})
    # (names as prefix trees, any white space between their words: the public-body rows try the place names at every
    # word of a sentence)
    placeholders = {PUBLIC_BODIES: public_bodies,
                   CENTRAL_BANKS: prefix_tree(row["bank"] for row in load_table("money/central_banks.tsv")),
                   MONEY_VERBS: prefix_tree(money_verb_forms()),
                   PLACE_NAMES: prefix_tree(row["place"] for row in places),
                   PEOPLE_NAMES: prefix_tree(row["people"] for row in places if row["people"]),
                   NATION_NAMES: prefix_tree(row["place"] for row in places if row["people"]),
                   PLAIN_FIGURE[0]: PLAIN_FIGURE[1],
                   BODY_TO_VERB[0]: BODY_TO_VERB[1],
                   APPROX_BEFORE: rf"(?:{_ordered_alternation(joins_in_order['approx_before'])}\s+)?",
                   PERSON_NAME: _person_name(joins_in_order['company_last']),
                   SESSION_DAY: _session_days(),
                   READ_FROM[0]: READ_FROM[1]}

    def filled(pattern: str) -> str:
        for holder, names in placeholders.items():
            pattern = pattern.replace(holder, names)
        # (after the holders: a name they fill in is no role; a count "{0,2}" is none either)
        return _SHARED_ROLE.sub(role_filled, pattern)

    def role_filled(match: re.Match) -> str:
        if match.group(1) in joins_in_order:
            return _ordered_alternation(joins_in_order[match.group(1)])
        # (a misspelt or missing role would stand as literal text, and its row would silently never match)
        if match.group(0) != FIGURE_PLACE and not match.group(1).isdigit():
            raise ValueError(f"{match.group(0)} names no joins.tsv role and no placeholder")
        return match.group(0)
    body_gate = PublicBodyGate(filled(PUBLIC_BODIES), filled(bodies_opening), filled(bodies_anywhere))
    # (a body's name and no more: "Kenya's" or "Kenya Airways" opens with a place but names a company)
    body_opens = re.compile(OPENING_PHRASE + "(?:{})".format("|".join(
        f"(?:{filled(row['pattern'])})" for row in bodies if row["stands"] == "opens"))
        + r"(?![\w'’-])(?!\s+(?-i:[A-Z]))", re.I)
    # (its opening phrase may be a little longer than a body's own: "A year before that, it paid")
    body_pronoun_pays = re.compile(rf"(?:(?:[\w'’-]+\s+){{0,4}}[\w'’-]+,\s+)?(?:{trie(joins['body_pronoun'])})\s+"
                                   rf"(?:[\w-]+\s+){{0,2}}?(?:{filled(MONEY_VERBS)})(?![\w-])(?:[^.;!?]|\."
                                   rf"(?=\d)){{0,80}}?\Z", re.I)
    # (any body, also one that may stand anywhere, "the Treasury", as the subject opening the sentence or as the teller
    # closing it: "..., the ministry said.")
    # ... but not when what it tells is of another named subject, which a pronoun or "the bonds" after it stands for as
    # well ("Safaricom will build a data centre, the ministry said. It plans to spend $300 million"; "The central bank
    # said Country Garden had missed a coupon. About $500 million of the bonds ..."): a capitalised run that is no lead
    # word, day, month or market of names.tsv, before a possessive or a lower-case word not of role=subject_not_before
    # ("Demand at the auction" is none)
    name_rows = load_table("money/names.tsv")
    not_names = {row["word"] for row in name_rows if row["role"] in ("lead", "when", "never")}
    named_subject = (rf"(?!(?-i:{exact_alternation(not_names)})(?![\w'’-]))(?-i:[A-Z])[\w&.'’-]*"
                     rf"(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}}"
                     rf"(?:['’]s\b|\s+(?!(?:{trie(joins['subject_not_before'])})\b)(?-i:[a-z]))")
    tells = rf"(?:{trie(joins['body_tells'])})(?:\s+(?:{trie(joins['body_tells_when'])})\s+[\w.]+)?"
    any_body = "|".join(f"(?:{filled(row['pattern'])})" for row in bodies)
    # a public body named whole, no word of a longer name nor a possessive after it ("the Treasury's bonds" are its own)
    body_subject = rf"(?:{any_body})(?![\w'’-])(?!['’]s)"
    body_told = re.compile(
        rf"{OPENING_PHRASE}(?:(?-i:The)\s+(?:[\w'’.-]+\s+){{0,2}}?)?{body_subject}(?!\s+(?-i:[A-Z]))"
        rf"(?!\s+{tells}\s+(?:that\s+)?{named_subject})"
        rf"|(?!{OPENING_PHRASE}{named_subject})(?s:.*),\s+(?:(?-i:the)\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?:{any_body})"
        rf"(?![\w'’-])\s+"
        rf"{tells}[.!?][\"'”’)]*\s*\Z", re.I)
    # (or a word that stands for one, role=place_word: "The country exported"; a place's name and no more: "Peru's" or
    # "Chile Fruit" names no place's exports)
    # (or bare exports that open it with no owner's word, role=trade_opens, group "bare": "Exports reached 68,400
    # tonnes", which only "Their value" after it takes as trade, role=trade_value)
    place_exports = re.compile(rf"{OPENING_PHRASE}(?:(?:(?:{filled(PLACE_NAMES)})|(?:{trie(joins['place_word'])}))"
                               rf"\s+(?:{trie(joins['place_exports'])})|(?P<bare>{trie(joins['trade_opens'])}))"
                               rf"(?![\w'’-])", re.I)
    # (not with a name told as its owner right after it, role=export_owner: "Export revenue at Vinacafe rose 12%")
    exports_told_on = re.compile(rf"{OPENING_PHRASE}(?:(?P<value>{trie(joins['trade_value'])})"
                                 rf"|{trie(joins['export_told_on'])})(?![\w-])"
                                 rf"(?!\s+(?:{trie(joins['export_owner'])})\s+(?-i:[A-Z]))"
                                 rf"(?:[^.;$]|\.(?=\d)){{0,100}}?\Z", re.I)
    # (a name in capitals of at most four words, or a word for the company the story is about, told as the teller of a
    # clause of the sentence: ", Camposol said", ", according to Camposol.", ", the company said")
    teller_name = (rf"(?:(?:{trie(joins['export_teller_noun'])})(?![\w'’-])"
                   r"|(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})")
    export_teller = re.compile(rf",\s+(?:(?:{trie(joins['export_teller_opens'])})\s+(?P<source>{teller_name})"
                               rf"(?=\s*(?:[,.;!?]|\Z))|(?P<teller>{teller_name})\s+"
                               rf"(?:{trie(joins['export_teller_tells'])})(?![\w'’-]))", re.I)
    # (no other verb of raising between the body's and the sum: "The central bank raised rates and Eskom raised 5
    # billion rand in a bond sale" is Eskom's)
    body_borrows = re.compile(rf"(?<![\w'’-]){body_subject}\s+(?:(?:{trie(joins['body_aux'])})\s+)?"
                              rf"(?:(?:{trie(joins['body_borrows'])})(?![\w-])|(?:{trie(joins['body_goes'])})\s+"
                              rf"(?:back\s+)?to\s+"
                              rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?markets?(?![\w-]))"
                              rf"(?:(?!(?<![\w-])(?:{trie(joins['body_borrows'])})(?![\w-]))(?:[^.;$]|\."
                              rf"(?=\d))){{0,120}}?\Z", re.I)
    body_bond_after = re.compile(
        rf"(?:\s+(?:{trie(joins['body_bond_via'])})\s+(?:{trie(joins['body_bond_article'])})(?:\s+[\w.-]+){{0,3}}?)?"
        rf"\s+(?:{trie(joins['body_bond_sale'])})(?![\w-])", re.I)
    # (a public body, the subject of a sentence of the lead, that prices, sells or issues its debt: see Reading.vetoed)
    story_body_debt = re.compile(
        rf"{body_subject}{filled(BODY_TO_VERB[1])}(?:{trie(joins['story_debt_sale'])})\s(?:[^.;]|\.(?=\d)){{0,60}}?\b"
        rf"(?:{trie(joins['story_debt'])})\b", re.I)
    story_body_spends = re.compile(rf"{body_subject}{filled(BODY_TO_VERB[1])}(?:{placeholders[MONEY_VERBS]})(?![\w-])",
                                   re.I)
    # (a sum told spent with no one named: "was spent", not "was spent by the ministry")
    spent_passive = rf"(?:{trie(joins['spent_passive'])})(?![\w-])(?!\s+by\b)"
    spent_passive_after = re.compile(rf"\s+{spent_passive}", re.I)
    # (the next sum after "and", its verb left out: "5.9 trillion yen was spent on April 29 and 3.9 trillion yen in the
    # early hours of May 2")
    spent_passive_gapped = re.compile(rf"\s{spent_passive}(?:[^.;$]|\.(?=\d)){{0,60}}?"
                                      rf"\s+and\s+{maybe_approx}\Z", re.I)
    # ("The previous issue, in March 2024, raised ": the sale opens its sentence, no name between; a plural noun may
    # open it bare: "Orders peaked above ")
    past_sale_raised = re.compile(rf"(?:(?-i:{exact_alternation(w.capitalize() for w in joins['past_sale_opens'])})"
                                  rf"\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?)?"
                                  rf"(?:{trie(joins['past_sale'])})(?:,[^,;]{{1,40}},)?\s+(?:"
                                  rf"(?:{trie(joins['past_sale_aux'])})\s+)?"
                                  rf"(?:{trie(joins['past_sale_verb'])})\s+{maybe_approx}\Z", re.I)
    # (joins.tsv role=sale_orders: the book a debt sale told in the sentence before drew)
    sale_orders = re.compile(rf"(?:{trie(joins['sale_orders'])})\s+(?:(?:{trie(joins['past_sale_aux'])})\s+)?"
                             rf"(?:{trie(joins['past_sale_verb'])})\s+{maybe_approx}\Z", re.I)
    # (joins.tsv role=auction_where, role=where_prices: an auction's prices told in a clause after it)
    auction_prices = re.compile(rf"(?<![\w-])(?:{trie(joins['auction_where'])})(?![\w-])[^.;]{{0,80}}?,\s*"
                                rf"(?:{trie(joins['where_prices'])})\s+[a-z-]+\s+(?:(?:{trie(joins['size_by'])})\s+)?"
                                rf"{maybe_approx}\Z", re.I)
    debt_sale_told = re.compile(rf"(?<![\w-])(?:{trie(joins['story_debt_sale'])})\s(?:[^.;]|\.(?=\d)){{0,60}}?\b"
                                rf"(?:{trie(joins['story_debt'])})\b", re.I)
    # a percentage right before the word of a grade (joins.tsv role=grade) is that grade, no figure: "5% broken rice";
    # one rule, a veto here and Lexicon.grade_after, which keeps a sum told after the grade from being its level
    grade_after = rf"\s+(?:{trie(joins['grade'])})(?![\w-])(?!\s+(?:{trie(joins['grade_particle'])})\b)"
    vetoes.setdefault("percent", []).append(("after", False, None, LazyPattern(grade_after, re.I), False, None))
    for row in load_table("money/not_money.tsv"):
        if row["reach"] not in ("", "sentence"):
            raise ValueError(f"not_money.tsv line {row['_line']}: reach is empty or 'sentence'")
        if PUBLIC_BODIES in row["pattern"] and (row["side"] != "before" or row["reach"] != "sentence"):
            raise ValueError(f"not_money.tsv line {row['_line']}: {PUBLIC_BODIES} is read from the sentence's start")
        pattern = filled(row["pattern"])
        before_part, after_part = pattern, None
        if row["side"] == "around":
            # "chips cost about {figure} each": what stands on both sides of the figure
            if pattern.count(FIGURE_PLACE) != 1 or row["reach"]:
                raise ValueError(f"not_money.tsv line {row['_line']}: an around pattern holds {FIGURE_PLACE} once")
            before_part, after_part = pattern.split(FIGURE_PLACE)
            after_part = re.compile(f"(?:{after_part})", re.I)
        # (a cue is read only by the CueScans and CueIndexes built from its forms, never searched alone: the tuple of
        # its forms is the cue, no regex)
        cue = tuple(forms_of(row["cue"])) if row["cue"] else None
        if row["needs"] and (row["side"] != "before" or row["reach"] != "sentence" or cue):
            raise ValueError(f"not_money.tsv line {row['_line']}: needs is for a row without a cue that opens the "
                             f"sentence")
        # (a row that needs words is keyed by them as a cued row is by its cue, and opens no cue's index: see
        # opening_needs below)
        cue = tuple(needed_forms(row["needs"])) if row["needs"] else cue
        pattern = LazyPattern(f"(?:{before_part})" + ("" if row["side"] == "after" else "$"), re.I)
        if row["pattern"].startswith(PUBLIC_BODIES, _look_ahead_length(row["pattern"])):
            pattern = BodyFirstPattern(body_gate, pattern)
        veto = (row["side"], row["unless_moved"] == "yes", cue, pattern,
                NEEDS if row["needs"] else row["reach"] == "sentence", after_part)
        for applies in applies_of(row):
            vetoes.setdefault(applies, []).append(veto)
    raw_vetoes = {applies: list(rows) for applies, rows in vetoes.items()}
    keyed = {cue: frozenset(key_of(form) for form in cue)
             for rows in raw_vetoes.values() for _, _, cue, _, _, _ in rows if cue is not None}
    opening_vetoes: dict = {}
    near_vetoes: dict = {}
    opening_needs: dict = {}
    # The patterns that follow a figure are tried at one place: one alternation each is one try (a
    # call costs more than the matching).  The parts after the figure of the rows that read both sides
    # close the alternation, as the group "around": where it matches, their parts before are read.
    needed_before = {pattern.pattern: keyed_words(required_words(pattern.pattern))
                     for rows in raw_vetoes.values() for side, _, _, pattern, _, _ in rows if side == "around"}
    # (a row whose part before the figure needs no such word, "{figure} in prize money", is keyed by the words its
    # part after the figure needs, scanned for in the rest of the sentence: the words of a row's one side or the other)
    needed_after = {after.pattern: keyed_words(required_words(after.pattern))
                    for rows in raw_vetoes.values() for side, _, cue, pattern, _, after in rows
                    if side == "around" and cue is None and needed_before[pattern.pattern] is None}
    needed_near = {pattern.pattern: keyed_words(required_words(pattern.pattern))
                   for rows in raw_vetoes.values() for side, _, _, pattern, opens, _ in rows
                   if side == "before" and opens is False}
    for applies, rows in vetoes.items():
        merged: dict = {}
        around: dict = {}
        for side, unless_moved, cue, pattern, opens, after in rows:
            if side == "after":
                merged.setdefault(unless_moved, []).append(pattern.pattern)
            elif side == "around":
                merged.setdefault(unless_moved, [])
                around.setdefault(unless_moved, []).append((cue, pattern, after))
        for unless_moved, parts in around.items():
            merged[unless_moved].append(f"(?P<around>{'|'.join(after.pattern for _, _, after in parts)})")
        # (the cues of the rows before the figure are kept as their sets of forms: one CueScan of the window tells
        # which of them stand there, and the rows of those cues alone are tried, see Reading.vetoed)
        # (a row near the figure carries the words its regex needs, which the same scan finds: a row whose cue stands
        # there is tried only where one of them does too, as over half the rows whose cue stands there fail for want
        # of one: see Reading.vetoed)
        for index, opening in ((opening_vetoes, True), (near_vetoes, False)):
            cued = [(None if cue is None else keyed[cue],
                     (unless_moved, pattern) if opening else (unless_moved, pattern, needed_near[pattern.pattern]))
                    for side, unless_moved, cue, pattern, opens, _ in rows if side == "before" and opens is opening]
            if cued:    # (an applies without such rows has no index: Reading.vetoed skips them at one look-up)
                index[applies] = CueIndex(cued)
        # (an uncued row that opens the sentence is tried only where one of the words it needs stands between the
        # sentence's opening and the figure: one CueScan of that whole stretch, apart from the cues' short one)
        needing = [(keyed[cue], (unless_moved, pattern)) for side, unless_moved, cue, pattern, opens, _ in rows
                   if opens == NEEDS]
        if needing:
            opening_needs[applies] = (CueScan({form for forms, _ in needing for form in forms}), CueIndex(needing))
        # (where the group "around" matches, the rows that read both sides are each tried only where one of their
        # cues stands before the figure: the CueScan of that stretch, veto_scans below, tells which do, and a
        # CueIndex gives their rows at a few look-ups, not a walk over every around row)
        # (an around row without a cue is keyed by the words its part before the figure needs, read off its regex:
        # the after-parts of several match after nearly every figure, and most figures have none of those words
        # before them; the words of the index's keys are scanned with the cues, veto_scans below; a row with a cue
        # carries those words, tried only where one of them stands there too)
        def needed(cue, before, after) -> frozenset[str] | None:
            if cue is not None:
                return keyed[cue]
            return needed_before[before.pattern] or needed_after[after.pattern]

        vetoes[applies] = [(unless_moved,
                            re.compile("|".join(patterns), re.I),
                            CueIndex([(needed(*row), (*row[1:], needed_before[row[1].pattern]))
                                      for row in around[unless_moved]])
                            if unless_moved in around else None,
                            frozenset(form for cue, before, after in around.get(unless_moved, ()) if cue is None
                                      for form in needed(cue, before, after) or ()),
                            CueScan({form for cue, before, after in around.get(unless_moved, ())
                                     if cue is None and needed_before[before.pattern] is None
                                     for form in needed_after[after.pattern] or ()}))
                           for unless_moved, patterns in merged.items()]
    # Most figures have none of the cues of their kind near them: one scan for all of them first; and one for
    # the cues of the rows that open the sentence (reach=sentence; a row without a cue is read apart).
    opening_cues: dict = {}
    for row in load_table("money/not_money.tsv"):
        if row["side"] == "before" and row["reach"] and row["cue"]:
            for applies in applies_of(row):
                opening_cues.setdefault(applies, set()).update(forms_of(row["cue"]))
    opening_scans = {applies: CueScan(cues) for applies, cues in opening_cues.items()}
    # (the rows near the figure and the around rows read the same stretch before it: one scan finds the cues of both,
    # and a cue of the one kind that the other's index lacks gathers none of its rows)
    veto_scans = {applies: CueScan({form for side, _, cue, pattern, opens, _ in rows
                                    if side == "before" and not opens or side == "around"
                                    for form in (cue or ())}
                                   | {form for side, _, _, pattern, _, _ in rows if side == "around"
                                      for form in needed_before[pattern.pattern] or ()}
                                   | {form for side, _, _, pattern, opens, _ in rows if side == "before" and not opens
                                      for form in needed_near[pattern.pattern] or ()})
                  for applies, rows in raw_vetoes.items()}
    equivalent = re.compile(
        f"(?:{'|'.join(r['pattern'] for r in load_table('money/equivalents.tsv'))}){maybe_approx}", re.I)

    # a gapped clause: a few words, a word of gapping ("and") and another name written as a name, whose verb is left to
    # the clause before (lexicon.gapped and lexicon.target_gapped)
    # (a comma alone gaps too, in a list of moves: "Ryanair dropped 6.1%, Lufthansa 7.4% and Air France-KLM 8.9%")
    by = trie(joins["by"])  # the word before the size of a change ("cut by 5%")
    # a level moved to or at, or moved from, the base of a move, as group "base" (joins.tsv role=level, role=base)
    level = rf"(?<![\w-])(?:(?:{trie(joins['level'])})|(?P<base>{trie(joins['base'])}))\s+"
    # "up from the 380 billion yuan it announced a year ago": the level named with its article (role=level_article)
    level_article = rf"(?:(?:{trie(joins['level_article'])})\s+)?"
    gapping = rf"(?:\s+[A-Za-z-]+){{0,{ALSO_WORDS}}}(?:,?\s+(?:{trie(joins['gapping'])})\s+|,\s+)"
    gapped_name = r"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}"
    # a word that moves only a percentage (movements.tsv place=percent) makes no move of a phrase or a clause
    move_words = f"(?:{trie(word for word, (_, place) in moves.items() if place != 'percent')})"
    # a verb that changes a rate and the rate's words after it, up to what tells the level it left the rate at
    verb_of_move = rf"(?<![\w-])(?P<move>{move_words}|{trie(by_moves)})"
    rate_move = rf"{verb_of_move}(?:\s+[\w'\u2019-]+){{0,{RATE_WORDS}}}?"
    size_by = trie(joins['size_by'])   # ", by as much as 9%": the word before the size of a change set off after it
    # the change told of what a comma closes, right before its figure: ", up", ", down by about" (change_after); ", up"
    # told by a move word that is no verb (adverb_change; the sum's period may stand before the comma: "a net profit of
    # 10.2 billion zlotys for 2025, up 12%"); or a move's noun, ", an increase of" (joins.tsv role=noun_change)
    change_after = rf",\s*(?:{move_words})\s+(?:(?:{size_by})\s+)?{maybe_approx}$"
    # (so may the day it was told on: "reported revenue of 3.1 billion zlotys on March 4, up 11%")
    told_on = (rf"\s+on\s+(?:{_session_days()}|(?-i:" + "|".join(
        re.escape(name.capitalize()) + (r"\.?" if abbreviation else "")
        for name, (_, _, abbreviation) in months().items()) + r")\s+\d{1,2})(?![\w-])")
    adverb_change = (rf"(?:{period}|{told_on})?,\s*(?:{trie(joins['apposed_adverb'])})\s+(?:(?:{size_by})\s+)?"
                     rf"{maybe_approx}$")
    noun_change = rf",\s*(?:{trie(joins['noun_change'])})\s+(?:{move_words})\s+of\s+{maybe_approx}$"
    # " last year from export sales": what a sum earned came from, after it (earned_source, earned_source_change; a few
    # words of its time may stand before "from", and a few of what was sold between it and the noun)
    earned_from_source = (rf"(?:\s+[\w-]+){{0,4}}?\s+from\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                          rf"(?:{trie(joins['earned_source'])})")
    # a body that punishes or collects, maybe after a few words in capitals ("the U.S. Justice Department"), or a name
    # in capitals ending in a word of such a body ("the Financial Conduct Authority", "the High Court"), maybe with
    # small words inside ("the Minerals and Mining Regulatory Commission")
    inner = trie(joins['fine_payee_inner'])
    fine_payee = (rf"(?-i:(?:[A-Z][\w.'\u2019&-]*\s+){{0,3}})(?:{trie(joins['fine_payee'])})(?![\w-])"
                  rf"|(?-i:[A-Z][\w.'\u2019&-]*\s+(?:(?:[A-Z][\w.'\u2019&-]*|{inner})\s+){{0,5}}?"
                  rf"(?i:{trie(joins['fine_payee_body'])}))(?![\w-])")
    price_at = trie(joins['price_at'])  # "an offer for the chain at ": the word before the price a clause sets
    full_months = trie(name for name, (_, _, abbreviation) in months().items() if not abbreviation)
    # shares up to a count's end, maybe named by their company ("412,000 Alibaba shares"), for counted_shares and
    # held_shares, which differ only in the count and who holds it
    shares_named = rf"(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?:{trie(joins['counted_shares'])})\Z"
    verbs_before = trie(word for word, (_, place) in moves.items()
                        if place in ("before", "both") and word not in joins["apposed_adverb"])
    # the "at" a valued company or stake ends on (value_name_at, value_object_at): up to 30 characters, maybe another
    # sum of a range, stand between it and the sum
    value_at = rf"(?:{trie(joins['values_name_at'])})\s+[^,;()]{{0,30}}\Z"
    # a valuation multiple and the measure it is of, a few words between ("9 times next year's earnings", "8x EBITA")
    multiple_of = (rf"[0-9]+(?:\.[0-9]+)?\s*(?:{trie(joins['multiple_times'])})\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                   rf"(?:{trie(joins['multiple_base'])})(?![\w-])")
    alone_at = "|".join(
        rf"(?P<a{i}>{trie(forms_of(row['words']))})(?!\w)"
        + (rf"(?:\s+[\w'-]+){{0,{ALONE_MOVE_GAP}}}?\s+(?P<m{i}>{move_words})(?!\w)" if row["alone_needs"] == "move" else
           rf"(?:(?:\s+[\w'-]+){{0,{ALONE_MOVE_GAP}}}?\s+(?P<m{i}>{move_words})(?!\w))?"
           if row["alone_needs"] == "move_around" else "")
        for i, row in enumerate(alone_rows))
    anchors = anchors_of({key_of(w).split()[0] for w in alone}, prefixes=True)
    anchor_words = _anchor_words(anchors, [key_of(f) for row in alone_rows for f in forms_of(row["words"])])
    prefix_rules, suffix_rules, suffix_texts, sides = [], [], [], []
    for i, row in enumerate(load_table("money/subjects.tsv")):
        pattern = row["pattern"].replace("{move}", move_words)
        if pattern.startswith("{name}"):
            suffix_rules.append(f"(?P<r{i}>{pattern[len('{name}'):]})")
            suffix_texts.append(row["pattern"])
        elif pattern.endswith("{name}"):
            prefix_rules.append(f"(?P<r{i}>{pattern[:-len('{name}')]})")
        else:
            raise ValueError(f"subjects.tsv line {row['_line']}: {{name}} must open or close the pattern")
        sides.append(row["side"])
    # "fined USD 2.8 billion": a code, not a name; but a form money only in a story of its place ("JD" for the Jordanian
    # dinar) is elsewhere a name: "JD shares rose 2%" is JD.com's
    roles: dict = {"never": {f for f, r in before.items()
                             if f.isalpha() and (len(f) == 1 or r["needs_magnitude"] not in ("named", "local"))},
                   "coded": {f for f in before if f.isalpha()}}  # ... though glued to digits it is a sum: "Sh52.75"
    for row in name_rows:
        roles.setdefault(row["role"], set()).add(row["word"])

    fraction_rows = load_table("money/fractions.tsv")
    fractions = {key_of(w): float(row["percent"]) for row in fraction_rows if row["role"] == "fraction"
                 for w in forms_of(row["words"])}
    roles_of = {role: frozenset(key_of(w) for row in fraction_rows if row["role"] == role
                                for w in forms_of(row["words"]))
                for role in ("then", "then_own", "then_value", "by", "not_after", "object", "attributive", "time",
                             "times", "times_level", "point", "since", "level")}
    multiples = {key_of(w): float(row["percent"]) for row in fraction_rows if row["role"] == "multiple"
                 for w in forms_of(row["words"])}
    folds = {key_of(w): float(row["percent"]) for row in fraction_rows if row["role"] == "fold"
             for w in forms_of(row["words"])}
    compared = {key_of(w): float(row["percent"]) for row in fraction_rows if row["role"] == "compared"
                for w in forms_of(row["words"])}
    multiples_now = {key_of(w): float(row["percent"]) for row in fraction_rows if row["role"] == "multiple_now"
                     for w in forms_of(row["words"])}
    stock_words = {key_of(w) for row in fraction_rows if row["role"] == "stock" for w in forms_of(row["words"])}
    measures_to = {key_of(w) for row in fraction_rows if row["role"] == "measure_to" for w in forms_of(row["words"])}
    measure_forecasts = {key_of(w) for row in fraction_rows if row["role"] == "measure_forecast"
                         for w in forms_of(row["words"])}
    per_unit = trie(w for row in load_table("money/per_unit.tsv") for w in forms_of(row["words"]))
    move_units = trie(w for row in load_table("money/move_units.tsv") for w in forms_of(row["words"]))
    fraction = re.compile(rf"(?<![\w-])(?:(?P<pre>[a-z]+)\s+)?(?P<f>{trie(fractions)})(?![\w-])"
                          rf"(?:(?P<point>\s+(?:{trie(roles_of['point'])})(?![\w-]))"
                          rf"|(?P<since>\s+(?:{trie(roles_of['since'])})(?![\w-]))"
                          rf"|(?P<then>\s+(?:{trie(roles_of['then'])})(?![\w-])"
                          rf"|\s+(?:{trie(roles_of['then_own'])})\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                          rf"(?:{trie(roles_of['then_value'])})(?![\w-])))?")
    fraction_by = re.compile(rf"(?<![\w-])(?:{trie(roles_of['by'])})\s+{maybe_approx}$")
    # "have gained a fifth since March": a movement word right before a fraction with its stretch after (role=since)
    fraction_moved = re.compile(rf"(?<![\w-]){move_words}\s+{maybe_approx}$")
    # a move told by a part after "by" or by a multiple, right before what follows it (the stretch it moved over)
    part_moved_before = re.compile(rf"(?<![\w-])(?:(?:{trie(roles_of['by'])})\s+{maybe_approx}"
                                   rf"(?:{trie(fractions)})|(?:{trie(set(multiples) | set(multiples_now))}))\s+\Z",
                                   re.I)
    # ... or by a multiple with its object between, a part of a group (joins.tsv role=group_part) and no figure ("has
    # doubled some of their share prices since January"): the stretch after it is that move's still
    multiple_object_before = re.compile(rf"(?<![\w-])(?:{trie(set(multiples) | set(multiples_now))})\s+"
                                        rf"(?:{trie(joins['group_part'])})\s+of\s+(?:[\w'\u2019-]+\s+){{1,5}}?\Z", re.I)
    fraction_cues = tuple({" " + w.split()[-1] for w in roles_of["then"] | roles_of["then_own"] | roles_of["since"]}
                          | {w + " " for w in roles_of["by"]})

    # " on the app", " across its platforms": where goods were sold, the words of joins.tsv role=platform_via,
    # platform_owner and platforms (one source for what sold there and what a group spent there)
    platform_via, platform_owner = trie(joins['platform_via']), trie(joins['platform_owner'])
    platforms = trie(joins['platforms'])
    on_a_platform = rf"(?i:{platform_via})\s+(?:(?i:{platform_owner})\s+)?"
    # ("450 brands": a count of sellers, maybe of thousands; sellers_counted, counted_sold)
    sellers_count = (rf"(?<![\w.,])\d[\d,.]*(?:\s+(?:{trie(joins['sellers_magnitude'])}))?\s+(?:[\w-]+\s+)?"
                     rf"(?:{trie(joins['sellers'])})")
    # a word of what was sold, so long as it is no bond, stake or asset (joins.tsv role=not_goods): those sold are deal
    # money, not goods
    goods_word = rf"(?!(?:{trie(joins['not_goods'])})(?![\w-]))[\w'-]+"
    # "Analysts surveyed by Bloomberg expect": those who expect, the source they were polled by, a verb in the present
    # (joins.tsv role=expecter, again_polled, again_expects), right before the sum ("expect the group to hold" tells
    # of something else)
    again_expected = (rf"(?:{trie(joins['expecter'])})"
                      rf"(?:\s+(?:{trie(joins['again_polled'])})\s+[\w&.-]+(?:\s+[\w&.-]+)?)?"
                      rf"\s+(?:{trie(joins['again_expects'])})(?![\w-])")

    def a_word_of(role: str) -> re.Pattern:
        """Any word of a joins.tsv role, whole, in any case."""
        return re.compile(rf"(?<![\w-])(?:{trie(joins[role])})(?![\w-])", re.I)

    def a_word_right_after(role: str) -> re.Pattern:
        """A word of a joins.tsv role, whole, in any case, after the spaces where the match starts (a sum's end)."""
        return re.compile(rf"\s+(?:{trie(joins[role])})(?![\w-])", re.I)

    def a_word_right_before_sum(*roles: str) -> re.Pattern:
        """A word of joins.tsv roles, whole, in any case, right before the sum (an approximation may stand between)."""
        return re.compile(rf"(?<![\w-])(?:{trie(w for role in roles for w in joins[role])})\s+{maybe_approx}\Z", re.I)

    def description(reach: int) -> str:
        """A description between commas after a name, of at most ``reach`` characters: ", the UK online grocery group,"
        or ", Tesco's online arm," (joins.tsv role=describes, or a name's possessive)."""
        return rf",\s+(?:{trie(joins['describes'])}|{NAME_WORD}'s)\s[^,;()]{{1,{reach}}},"

    # ", while": a clause set against another's opens (joins.tsv role=contrasts), in both contrasts and another_clause
    contrasts = trie(joins['contrasts'])
    # "Sales of iPhones over the Black Friday weekend": sales "of" goods told by a name (a capital in them), then tied
    # to the festival by another word, are the seller's sales of its goods, no festival's total; goods of no name stay
    # the festival's ("Sales of electronics on Black Friday rose 6.2%, according to Adobe"), and "of" alone may still
    # tie the festival itself
    festival_word = rf"(?<![\w-])(?:{trie(joins['festival'])})(?![\w-])"
    not_festival = rf"(?:(?!{festival_word})[^;%$.])"
    # (a people's adjective is no name: "Sales of Chinese brands during Singles Day" stay the festival's)
    not_people = rf"(?!(?:{placeholders[PEOPLE_NAMES]})(?!\w))"
    festival_goods = (rf"(?:{trie(joins['festival_goods'])})(?!\s+{not_festival}{{0,80}}?{not_people}(?-i:[A-Z])"
                      rf"{not_festival}{{0,80}}?(?<![\w-])(?:{trie(joins['festival_of'])})\s)")
    # a name told right after one of these is the seller whose sales they are ("Sales at Walmart stores"): one look
    # behind per word, as re needs each of a fixed width
    festival_seller = "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in sorted(joins["festival_seller"]))
    # the bare sales that open a sentence on a festival, maybe totalled ("Total sales during"), the measure word as the
    # group "measure" for the figure's trigger to be
    festival_measure = (rf"\W*(?:(?:{trie(joins['festival_total'])})\s+)?"
                        rf"(?P<measure>{trie(joins['festival_measure'])})\s+")
    company_nouns = frozenset(w.lower() for w in joins["company"])
    name_suffixes = frozenset(w.lower() for w in org_suffixes())
    # (what revenue, profit or a platform's volume comes from, role=sourced_volume, is no count that moved)
    money_sources = [*(k for k, row in triggers.items() if row['amount_kind'] in EARNED_KINDS),
                     *joins['sourced_volume']]
    return Lexicon(
        fraction_anchors=anchors_of({w.split()[-1].split("-")[-1] for w in fractions}), fraction=fraction,
        fractions=fractions, fraction_by=fraction_by, fraction_moved=fraction_moved, fraction_cues=fraction_cues,
        part_moved_before=part_moved_before, multiple_object_before=multiple_object_before,
        fraction_not_after=roles_of["not_after"],
        multiple_anchors=anchors_of(set(multiples) | set(multiples_now), prefixes=True), multiples=multiples,
        multiples_now=multiples_now,
        stock_before=re.compile(rf"(?<![\w-])(?:{trie(stock_words)})\s+{maybe_approx}\Z"),
        measure_to_before=re.compile(rf"(?<![\w-])(?:{trie(measure_forecasts)})\s+(?:[\w'’.-]+\s+){{0,4}}?"
                                     rf"(?:{trie(measures_to)})\s+to\s+{maybe_approx}\Z"),
        measure_before=re.compile(rf"(?<![\w-])(?:{trie(measures_to)})\s+{maybe_approx}\Z"),
        stretch_after=re.compile(rf"\s+(?:{trie(roles_of['since'])})(?![\w-])"),
        owned_level=re.compile(rf"(?:{trie(roles_of['then_own'])})\s+(?:{trie(roles_of['level'])})(?![\w-])"),
        # an object word that opens a time is none: "the company's stock more than tripled that year"
        # (nor one an article or an owner's word makes an adjective: "a halved daily fee")
        multiple=re.compile("".join(rf"(?<!(?<![\w-]){re.escape(w)}\s)" for w in sorted(roles_of["attributive"]))
                            + rf"(?<![\w-])(?:{trie(set(multiples) | set(multiples_now))})(?![\w-])"
                            rf"(?!\s+(?:{trie(roles_of['object'])})(?!\w)"
                            rf"(?!\s+(?:{trie(roles_of['time'])})(?![\w'\u2019-])))"),
        compared_anchors=anchors_of(set(compared)), compared_multiples=compared,
        # every -fold word holds "fold", a unit of role=times
        times_anchors=anchors_of(set(roles_of["times"])), folds=folds,
        # a whole number of times is a multiple only before the level it reached or left ("rose 3 times to"): alone it
        # counts occasions ("raised prices 3 times"); a -fold word never does
        times_multiple=re.compile(rf"(?<![\w-])(?P<v>[a-z]+)\s+{maybe_approx}"
                                  rf"(?:(?P<n>\d+(?P<d>\.\d+)?)(?:\s+|-)(?:{trie(roles_of['times'])})|"
                                  rf"(?P<fold>{trie(folds)}))(?![\w-])"
                                  rf"(?P<to>\s+(?:{trie(roles_of['times_level'])})\b)?"),
        compared_multiple=re.compile(rf"(?<![\w-])(?:{trie(approx)})\s+(?P<m>{trie(compared)})\s+"
                                     rf"(?:{trie(roles_of['object'])})(?!\w)"),
        figure=re.compile(figure),
        # (after "&" a letter ends a name, "S&P 500", no code)
        code_before=re.compile(rf"(?<![A-Za-z$&])(?:{codes})[\s(]?$"),
        sign_forms=sign_forms,
        sign_form_ends={sign: "".join(sorted({w[-1] for w in forms})) for sign, forms in sign_forms.items()},
        before=before,
        after={key_of(r["form"]): r for r in after_rows + attached_rows},
        after_longest_first=tuple(longest_first(key_of(r["form"]) for r in after_rows)),
        magnitudes={key_of(m["word"]): float(m["value"]) for m in magnitudes},
        words=re.compile(rf"\b(?:{trie(known)})(?!\w)"),
        triggers=triggers, level_kinds=level_kinds, change_kinds={v: k for k, v in level_kinds.items()},
        market_wide=frozenset(k for k, row in triggers.items() if row["percent_kind"] == "other"),
        to_level=re.compile(rf"\s+(?:{trie(joins['level_to'])})\s+\S*\d"),
        rate_to_level=re.compile(rf",?(?:\s+(?:{trie(joins['level_to_day'])})\s+[\w.]+(?:\s+\d{{1,2}})?)?"
                                 rf"\s+(?:{trie(joins['level_to'])})\s+\S*\d"),
        level_to_again=re.compile(rf",\s*(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        unit_priced=re.compile(rf"\s+(?:{trie(unit_prices)})(?![\w-])", re.I),
        # a few words of when may stand between the move and its level ("jumped 14% last week to $21.50 a ton")
        to_unit_price=re.compile(rf"(?:\s+[\w.'\u2019-]+){{0,3}}?{level_at_unit_price}", re.I),
        price_noun=a_word_of('price_noun'),
        # (after the move, a few words between, none a move's own word: "slipped 4% last week to $540 a tonne";
        # "12.5% protein fell to $195 a tonne" is a grade)
        right_to_unit_price=re.compile(rf"(?:\s+(?!{move_words}(?![\w-]))[\w.'\u2019-]+){{0,3}}?{level_at_unit_price}",
                                       re.I),
        moves=moves, signs=sign_words, by_moves=by_moves, apart_moves=apart_moves, percent_after=percent_after,
        apart_after=re.compile(rf"\s+(?P<word>{trie(apart_moves)})(?![\w-])", re.I),
        # "Net debt fell to A$640 million": a sum a verb of change went to, told with no figure of the change ("up to"
        # is an approximation, no move: the approximations.tsv phrases that end in "to")
        moved_to=re.compile(rf"(?<![\w-])(?!(?:{trie(a[:-3] for a in approx if a.endswith(' to'))})\s)"
                            rf"(?P<move>{move_words})\s+"
                            # (the level it started from may stand between, a figure in it: "grew from $62 million in
                            # 2016 to $118 million in 2020" is a rise)
                            rf"(?P<base>(?:{trie(joins['base'])})\s+"
                            rf"(?:(?:{level_article})?(?:[\w-]+\s+){{1,2}}of\s+)?"
                            rf"{maybe_approx}[^\s\d,;:()]{{0,4}}\d[^,;:()]{{0,{BASE_WORDS_REACH}}}?\s+)?"
                            rf"(?:{trie(joins['moved_to'])})\s+{maybe_approx}\Z", re.I),
        # ... or its pronoun object and a percentage right after it, with no "by" ("trimmed them 11%"), or its noun
        # object and a percentage the level it went to follows ("lifted the dividend 4.3% to 98 cents"), or a stock as
        # its object and a percentage right after it ("has lifted Alibaba's Hong Kong-listed shares 91%"; a stock before
        # a noun object: "lifted the stock about 95%")
        # (an aside set off by commas may close the object: "raise its annual dividend, to be paid in July, by 10%")
        # (a sum in the object is a word too, its sign, decimals and thousands included: "cut the 1.2 billion euro
        # penalty"), and so is an initialism written with its dots ("cut investment in its U.S. plants by 30%")
        changed_by=re.compile(rf"(?<![\w-])(?P<verb>{trie(by_moves)})\s+"
                              rf"(?:(?:{SUM_SIGN}[\w'\u2019-]+{DIGIT_GROUPS}\s+|(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+\s+"
                              rf"|{EQUIVALENT_ASIDE})"
                              rf"{{0,{CHANGED_WORDS}}}?"
                              rf"(?:[\w'\u2019-]+,\s[^,;()$%]{{1,{APPOSITION_CHARS}}}?,\s+)?(?:{by})"
                              rf"|(?P<pronoun>{trie(joins['pronoun_object'])})"
                              rf"|(?:[\w'\u2019-]+\s+){{0,4}}?(?P<stock>{trie(joins['stock_object'])})"
                              rf"|(?P<object>(?:{trie(joins['object_owner'])})(?:\s+[\w'\u2019-]+){{1,3}}))"
                              rf"\s+{maybe_approx}\Z", re.I),
        # ... or told once for a first sum and left out for the next, after a word of gapping and its object
        changed_by_gapped=re.compile(
            rf"(?<![\w-])(?P<verb>{trie(by_moves)})\s+(?:[\w'\u2019-]+\s+){{0,{CHANGED_WORDS}}}?"
            rf"(?:{by})\s[^;]*?,\s+(?:{trie(joins['gapping'])})\s+(?:[\w'\u2019-]+\s+){{1,4}}?(?:{by})\s+"
            rf"{maybe_approx}\Z", re.I),
        # case-sensitive: the other name is written as a name ("Alibaba fell 3% on Friday, and Tencent 2%")
        gapped=re.compile(rf"{gapping}(?P<name>{gapped_name})\s+{maybe_approx}\Z"),
        # ... and one whose verb moves a target again: "lifted its target to $200 ..., and Benchmark moved to $210"
        target_gapped=re.compile(rf"{gapping}{gapped_name}\s+(?:{trie(joins['retarget'])})\s+"
                                 rf"(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z"),
        # the period the level was told for may stand between ("widened to 15.7 billion yuan in the quarter from")
        # and an apposition may name that period again ("in the December quarter, the third quarter of its fiscal year,
        # from"): both are the level's period, so the base after them is still its base
        base_after=re.compile(rf"(?:(?:\s+[\w-]+){{0,{BASE_WORDS}}}?|{period}(?:{period_aside})?)\s+"
                              rf"(?:{trie(joins['base'])})\s+"
                              rf"{maybe_approx}\Z", re.I),
        rate_moved_to=re.compile(rf"{rate_move},?\s+(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        price_changed_to=re.compile(rf"{verb_of_move}(?:\s+[\w'\u2019-]+){{0,3}}?\s+"
                                    rf"(?:{trie(joins['changed_price'])})(?:\s+[\w'\u2019-]+){{0,{RATE_WORDS}}}?,?\s+"
                                    rf"(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        rate_carried_to=re.compile(rf"{rate_move},\s+(?:{trie(joins['rate_carried'])})\s+"
                                   rf"(?:{trie(joins['rate_carried_owner'])})\s+(?:[\w-]+\s+){{0,3}}?"
                                   rf"(?:{trie(joins['rate_carried_noun'])})\s+"
                                   rf"(?:{trie(joins['rate_carried_level'])})\s+"
                                   rf"{maybe_approx}\Z", re.I),
        # (the size is one figure and a few words of its unit, "of 150 basis points", or a part of a point in words:
        # "of half a percentage point")
        policy_move_to=re.compile(rf"(?<![\w-])(?P<move>{trie(joins['policy_move_noun'])})\s+of\s+"
                                  rf"(?:\S*\d\S*|(?:{trie(fractions)})\s+(?:{trie(roles_of['point'])})(?![\w-]))"
                                  rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        # (the noun and "of" right before a size told in basis points, no level after it: "another cut of 25 basis
        # points")
        policy_move_of=re.compile(rf"(?<![\w-])(?P<move>{trie(joins['policy_move_noun'])})\s+of\s+{maybe_approx}\Z",
                                  re.I),
        # (an article, the size as the words of a point maybe, "a quarter-point", "a 25-basis-point", then the noun)
        # ("a rise to 4%" with no size may be inflation's: only a noun that tells a rate's move alone goes without)
        policy_sized_to=re.compile(rf"(?<![\w-])(?:{trie(joins['policy_move_article'])})\s+"
                                   rf"(?:(?:\d[\d.]*|{trie(joins['policy_size_word'])})[\s-]"
                                   rf"(?:{trie(joins['policy_size_unit'])})\s+"
                                   rf"(?P<move>{trie(joins['policy_move_noun'])})"
                                   rf"|(?P<alone>{trie(joins['policy_move_unsized'])}))"
                                   rf"\s+(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        # (a short name in capitals only in its case: "the Fed", never "fed up")
        policy_named=re.compile(rf"(?<![\w-])(?:{exact_alternation(joins_in_order['policy_named'])}"
                                rf"|(?i:{placeholders[CENTRAL_BANKS]}))(?![\w-])"),
        # (or a share "of" a thing, no rate: "a cut to 10% of its workforce"; role=level_share_after)
        # (or a levy's rate: "a reduction to 5% in the sales tax"; role=level_levy_after)
        own_rate_after=re.compile(rf"\s+(?:{trie(joins['own_rate_after'] | joins['level_share_after'])})\s"
                                  rf"|\s+(?:{trie(joins['level_levy_after'])})\s+(?:[\w-]+\s+){{0,3}}?"
                                  rf"(?:{trie(joins['levy'])})(?![\w-])", re.I),
        moved_by=re.compile(
            rf"(?<![\w-])(?P<move>{move_words})(?:\s+[\w'\u2019-]+){{1,{CHANGED_WORDS}}},\s+(?:{size_by})\s+"
            rf"{maybe_approx}\Z", re.I),
        tally_to=re.compile(rf"(?<![\w-])(?:{trie(joins['tally'])})\s+(?:[\w'\u2019-]+\s+){{1,2}}?"
                            rf"(?P<move>{trie(tally_moves)})"
                            rf"(?:\s+[^\s,;:()]+){{0,{TALLY_WORDS}}}?\s+(?:{trie(joins['level_to'])})\s+"
                            rf"{maybe_approx}\Z", re.I),
        approx=approx, hints=hints, dollars=frozenset(r["code"] for r in currencies if r["form"].endswith("$")),
        shared_words=frozenset(singular(r["form"].lower()) for r in after_rows if "/" in r["code"]
                               and " " not in r["form"]),
        hint_words=re.compile(rf"(?<![\w-])(?:{trie(hints)})(?![\w-])"), context=context,
        # the article, at most two lower-case words, the place, and a lower-case noun after it: no name ("The Sydney
        # Morning Herald"), nor a people's adjective, which tells a subject from abroad ("The Canadian miner said profit
        # rose to $400 million" may well be in US dollars)
        subject_place=re.compile(rf"(?:{trie(joins['lead_subject'])})\s+(?-i:[a-z][\w-]*\s+){{0,2}}?"
                                 rf"(?P<place>{trie(set(hints) - {key_of(r['people']) for r in places})})"
                                 rf"(?=\s+(?-i:[a-z]))", re.I),
        places_named=re.compile(rf"(?<![\w-])(?:{trie(hints)})(?!\w)"),
        lower_forms=lower_forms,
        alone_rows=tuple(alone_rows), alone_anchors=anchors, alone_anchor_words=anchor_words,
        alone_at=re.compile(rf"\b(?:{alone_at})"),
        alone_move_before=re.compile(rf"(?<![\w-])(?P<m>{move_words})(?:\s+[\w'-]+){{0,{ALONE_MOVE_GAP}}}?\s+$"),
        size_anchors=anchors_of(set(vague_anchors) | set(long_magnitudes)), vague_anchors=vague_anchors, vague=vague,
        moved_object=re.compile(rf"(?<![\w-])(?:{trie(joins['moved_object'])})\s+\Z", re.I),
        level_before=re.compile(rf"{level}(?:{level_article}|(?:{trie(joins['level_record'])})\s+){maybe_approx}$",
                                re.I),
        # (the level it moved from may be named a record: "stood at $80 a barrel, down from a record $140")
        moved_from=re.compile(rf",\s*(?P<move>{move_words})\s+(?:{trie(joins['base'])})\s+"
                              rf"(?:{level_article}|(?:{trie(joins['level_record'])})\s+)"
                              rf"{maybe_approx}$", re.I),
        # (the base may be named as the earlier forecast or range it was: "up from a previous range of",
        # role=base_named)
        compared_from=re.compile(rf",\s*(?:(?:{move_words})\s+(?:{trie(joins['base'])})|{trie(_comparison_cues())}"
                                 rf"|(?P<multiple>{trie(joins['multiple_against'])}))"
                                 rf"\s+(?:(?:{trie(joins['base_named'])})\s+)?{level_article}{maybe_approx}$", re.I),
        continuation=re.compile(r",\s+(?:" + trie(key_of(w) for row in load_table('money/continuations.tsv')
                                                  for w in forms_of(row['words'])) + ")"
                                rf"(?!\w)(?:\s+[\w'\u2019-]+){{0,{CONTINUATION_WORDS}}}\s+\Z", re.I),
        also_words=frozenset(joins['also']),
        # a few words of the move's stretch may stand before "after" ("from the same day, after an increase of")
        came_after=re.compile(rf"\s*(?:[^\W\d][\w'-]*,?\s+){{0,{CAME_AFTER_WORDS}}}?(?:{trie(joins['came_after'])})\s+"
                              rf"(?:an?\s+)(?:(?:{move_words})\s+of\s+)?{maybe_approx}\Z", re.I),
        # ", and was ": the same subject's measure told again in a second predicate
        told_again=re.compile(rf",?\s+(?:{trie(joins['also'])})\s+(?:{trie(joins['again'])})\s+"
                              rf"{maybe_approx}\Z", re.I),
        # "another ", "a further " right before a sum: more of a measure already told
        more_of=a_word_right_before_sum('more'),
        # (a few words of time may stand between the first sum and the comma: "worth $44.2 billion last year, and
        # footwear $27.1 billion")
        gapped_part=re.compile(rf"(?:[^\S\n]+[\w'’-]+){{0,{GAPPED_WORDS}}},\s+(?:{trie(joins['gapped_and'])})\s+"
                               rf"(?P<subject>(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){{0,2}}?)\s+"
                               rf"{maybe_approx}\Z", re.I),
        gapped_not_subject=frozenset(joins['gapped_not_subject']),
        forecast_of=a_word_right_before_sum('forecast_after'),
        same_period=re.compile(rf"\s+(?:{trie(same_period)})(?![\w-])", re.I),
        move_goes_on=re.compile(rf"\s+(?:[\w-]+,?\s+){{0,{GOES_ON_WORDS}}}(?:{trie(joins['also'])})\s+"
                                rf"(?:(?:{trie(joins['further'])})\s+)?{maybe_approx}\Z", re.I),
        set_against=re.compile(rf"\s+(?:[\w-]+,?\s+){{0,{GOES_ON_WORDS}}}(?:{trie(joins['set_against'])})\s+"
                               rf"{maybe_approx}\Z", re.I),
        unit_base=re.compile(rf"(?:\s+[\w-]+\.?){{0,{GOES_ON_WORDS}}},\s+(?:{trie(joins['unit_base'])})\s+"
                             rf"{maybe_approx}\Z", re.I),
        change_after=re.compile(change_after, re.I),
        sum_change=re.compile(f"{change_after}|{adverb_change}|{noun_change}", re.I),
        adverb_change=re.compile(adverb_change, re.I),
        # ", 31% higher than a year earlier": the move word that is no verb (role=apposed_adverb) after the change
        bare_change=re.compile(rf"(?:{period})?,\s*{maybe_approx}$", re.I),
        adverb_after=re.compile(rf"\s+(?:{trie(joins['apposed_adverb'])})(?!\w)", re.I),
        # "The last total it disclosed, 498.2 billion yuan for the 11-day event in 2021, was up 8.5%": the subject's
        # verb (joins.tsv role=again) after the sum's apposition closes, with a move word and the change
        apposed_change=re.compile(
            rf"[^,;:!?()]{{0,{APPOSITION_CHARS}}},\s*(?:{trie(joins['again'])})\s+(?:{move_words})\s+"
            rf"(?:(?:{size_by})\s+)?{maybe_approx}\Z", re.I),
        # "Exxon shares, which fell 0.6% after it reported profit of $7.5 billion, were 1.2% higher": a verb of the
        # subject (joins.tsv role=again, an adverb after it) or a move's verb, but no participle ("rising") nor verbless
        # move word (", up 5%", role=apposed_adverb), which go on telling of the clause before the comma
        main_predicate=re.compile(
            rf",\s*(?:(?:{trie(joins['again'])})(?:\s+(?:{trie(joins['adverb'])}))?"
            rf"(?:\s+(?:{trie(joins['apposed_adverb'])}))?|(?!\w+ing\b)(?:{verbs_before})(?:\s+(?:{size_by}))?)"
            rf"\s+{maybe_approx}\Z", re.I),
        spelled_magnitudes=frozenset(long_magnitudes), spaced_magnitudes=spaced, spelled=spelled,
        number_words=number_words,
        number_word_ends=frozenset(w.split()[-1] for w in number_words), vetoes=vetoes, opening_vetoes=opening_vetoes,
        near_vetoes=near_vetoes, veto_scans=veto_scans, opening_scans=opening_scans,
        opening_needs=opening_needs, body_opens=body_opens, body_pronoun_pays=body_pronoun_pays,
        # (the measure word as the group "measure": the figure's trigger must be that word; no possessive name between,
        # "Sales during Alibaba's festival" are the company's, nor a name told "at" or "by" (joins.tsv
        # role=festival_seller), "Sales at Walmart stores on Black Friday" are Walmart's; the festival's own name right
        # after "at" ends the match before its capital is read)
        festival_sales=re.compile(rf"{festival_measure}(?:{trie(joins['festival_of'])}|{festival_goods})\s+"
                                  rf"(?:(?!(?-i:[A-Z])[\w&-]*['\u2019]s\b)(?!(?:{festival_seller})(?-i:[A-Z]))"
                                  rf"[^;%$.]){{0,80}}?"
                                  rf"{festival_word}", re.I),
        festival_again=re.compile(rf"{festival_measure}(?:{trie(joins['festival_of'])})\s+"
                                  rf"(?:{trie(joins['festival_again'])})(?![\w-])", re.I),
        festival_named=re.compile(festival_word, re.I),
        # (a year may name which of its runs; one set-off aside may stand before the verb; a few words, an
        # approximation, may stand between the verb and the sum)
        festival_took=re.compile(rf"\W*(?:{trie(joins['festival_itself'])})\s+(?:(?:19|20)\d\d\s+)?festival"
                                 rf"(?:,[^,;.]{{1,120}},)?\s+(?:{trie(joins['festival_took'])})\s+(?:[\w-]+\s+){{0,2}}",
                                 re.I),
        town_lays_out=re.compile(rf"(?:\s+(?:{trie(joins['body_aux'])}))?\s+(?:{placeholders[MONEY_VERBS]})(?![\w-])"),
        town_body=a_word_of('town_body'),
        body_told=body_told, body_debt_after=a_word_right_after('body_debt'), body_borrows=body_borrows,
        place_exports=place_exports, exports_told_on=exports_told_on, export_teller=export_teller,
        export_teller_body=frozenset(joins['export_teller_body']),
        export_teller_group=frozenset(joins['export_teller_group']),
        place_alone=re.compile(rf"(?:{filled(PLACE_NAMES)})\Z", re.I),
        places_in_before=re.compile(rf"(?<![\w-])in\s+(?:(?:{filled(PLACE_NAMES)})(?:{PLACE_LIST_JOIN}))*\Z",
                                    re.I),
        body_bond_after=body_bond_after,
        story_body_debt=story_body_debt, past_sale_raised=past_sale_raised, sale_orders=sale_orders,
        debt_sale_told=debt_sale_told, auction_prices=auction_prices,
        story_body_spends=story_body_spends, spent_passive_after=spent_passive_after,
        spent_passive_gapped=spent_passive_gapped,
        equivalent=equivalent,
        pair_joins=frozenset(joins["pair"]),
        company_nouns=company_nouns, name_suffixes=name_suffixes, unnaming_words=company_nouns | name_suffixes,
        hundredths=frozenset(joins["percent_hundredth"]),
        grade_after=re.compile(grade_after, re.I),
        describes=frozenset(joins["describes"]),
        opens_range=re.compile(rf"(?<!\w)(?:{trie(joins['between'])})\s+\S*$", re.I),
        # a capitalised month name (dates/months.tsv) right before a number makes it a day: "since a peak on Oct. 2 to
        # 19%"
        month_before=re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(name.capitalize()) + (r"\.?" if abbreviation else "")
            for name, (_, _, abbreviation) in months().items()) + r")\s+$"),
        # "in what was then the world's largest IPO"
        # a name's possessive opens the phrase as an article does: "raised HK$41 billion in Hong Kong's biggest listing"
        leads_to=re.compile(rf"(?:\s+(?:{trie(joins['purpose'])})|,\s+(?:{trie(joins['restated'])}))\s+"
                            rf"(?:{trie(joins['article'])}|(?-i:(?:[A-Z][\w.&-]*\s+){{0,2}}[A-Z][\w.&-]*)['\u2019]s)\s+"
                            rf"(?:[\w'\u2019-]+\s+){{0,{PURPOSE_WORDS}}}", re.I),
        # (a count of years, in digits, words or "multi", hyphened or run on: "three-year", "multiyear"; spaced, "a
        # year" is a rate, "$212 million a year to pay for new lines")
        term_between=re.compile(rf",?\s+(?:\d+|{trie(number_words)}|{trie(joins['term_many'])})-?"
                                rf"(?:{trie(joins['term_unit'])})s?\s+", re.I),
        leads_bare=re.compile(rf"\s+(?:{trie(joins['purpose'])})\s+", re.I), bare_offerings=frozenset(joins["bare"]),
        # (an apposition's noun holds no verb of telling: in ", the company said that revenue ..." "that" opens what
        # was said, no clause of a noun)
        aside_open=re.compile(rf",\s+(?:(?:{trie(joins['aside'])})|(?:{trie(joins['apposition'])})\s"
                              rf"(?:(?!\b(?:{trie(joins['aside_teller'])})\b)[^,;])*?\s"
                              rf"(?:{trie(joins['aside'])}|{trie(joins['apposed_aside'])}))\b[^,;]*\Z", re.I),
        relative_after=re.compile(rf",\s+(?:{trie(joins['aside'])})\b", re.I),
        restating_open=re.compile(rf",\s+(?:{trie(joins['restating'])})\b[^,;]*\Z", re.I),
        description_after=re.compile(description(80)),
        description_open=re.compile(rf",\s+(?:{trie(joins['describes'])})\s"),
        relative_inside=re.compile(rf"\s(?:{trie(joins['relative_inside'])})\s"),
        person_title=re.compile(r"(?<![\w-])(?:"
                                + trie(r['title'].lower() for r in load_table('story/person_titles.tsv')
                                       if r['apposition'] == 'yes') + r")(?![\w-])", re.I),
        later_clause=re.compile(rf"(?<!\w)(?:{trie(joins['later'])})(?!\w)"),
        flow_valued=re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{trie(joins['flow_valued'])})(?!\w)"),
        parted_after=re.compile(rf"(?:,\s+(?:{trie(joins['parted'])})|\s(?:{trie(joins['another'])}))\s", re.I),
        # (a pronoun after the word is the level's own stock going on, no other subject: "hit $45 as it surged 8%")
        clause_after=re.compile(rf",?\s(?:{trie(joins['parted'])})\s+(?!(?:{trie(joins['same_subject'])})\s)\w",
                                re.I),
        # (the size of a gap may lead the word of degree, no subject: "though 40% below the $88 they reached")
        no_subject=re.compile(rf"(?:\d[\d.,]*\s*(?:{percent_sign})?\s+)?(?:{trie(joins['no_subject'])})\s", re.I),
        # (the currency it is paid in may stand between, a name of currencies.tsv (role=paid_in, role=paid_at): "will be
        # paid in Hong Kong dollars, at HK$0.9725 per share"; "paid in cash at $27.50 a share" is a price of the stock)
        # (holders told as receiving count as a noun of payment does: in the dividend's own sentence only)
        paid_out=re.compile(rf"(?<![\w-])(?:{trie(joins['paid_out'])}"
                            rf"|(?P<noun>{trie(joins['payment_noun'] | joins['holders_receive'])}))"
                            rf"(?:\s+(?:{trie(joins['paid_in'])})\s+(?:{currency_names}),?"
                            rf"\s+(?:{trie(joins['paid_at'])}))?"
                            rf"\s+{maybe_approx}\Z", re.I),
        dividend=a_word_of('dividend'),
        returned_out=a_word_right_before_sum('returned_out'),
        paid_for=re.compile(rf"\s+(?:{trie(joins['paid_for'])})(?![\w-])"
                            rf"(?!\s+(?:(?:19|20)\d\d|{trie(joins['paid_for_period'])})(?![\w-]))", re.I),
        # (a small count opening its clause, set against one unit: a holder's many shares are worth its stake)
        counted_shares=re.compile(rf"(?:\A|,)\s+(?:\d{{1,3}}|{trie(number_words)})\s+{shares_named}", re.I),
        # (a count too large for counted_shares with no holder named is a holding still, worth what a stake is)
        held_shares=re.compile(rf"(?:['\u2019]s|(?<![\w-])(?P<holder>{trie(joins['share_holder'])})|\A|,)\s+"
                               rf"\d[\d,.]*\s+(?:(?:{spaced})\s+)?{shares_named}", re.I),
        raising_after=re.compile(
            rf"(?:,\s+(?:(?:{trie(joins['raising_opens'])})\s+(?:[\w.-]+\s+){{1,3}}?)?|\s+(?=that\s))"
            rf"(?:{trie(joins['raising'])})\s+"
            rf"{maybe_approx}\Z", re.I),
        # (not where the offer word takes a count of the company's own shares: "will offer 12 million shares at Rs 100";
        # "offered to buy 5 million shares at $12 each" is a bid still)
        offer_at=re.compile(
            rf"\b(?:{trie(joins['offer'])})\b(?!\s+(?:(?!to\b)[\w-]+\s+){{0,2}}?(?:\d[\d,.]*|{trie(number_words)})"
            rf"\s+(?:(?:{spaced})\s+)?(?:{trie(joins['offered_shares'])})\b)[^,;]*\b(?:{price_at})\s+\Z",
            re.I),
        listed_at=re.compile(rf"\b(?:{trie(joins['listed_at'])})\b"
                             rf"(?:(?!\b(?:and|{trie(joins['listed_trades'])})\b)[^,;])*\b(?:{price_at})\s+\Z", re.I),
        # or with nothing but an approximation between: "a share buyback of up to $2.5 billion and to repay $1.5
        # billion of notes" (the repaying is the $1.5 billion's)
        ties_next=re.compile(rf"\s+(?:(?:{trie(joins['tie'])})\s+(?:[a-z]+\s+){{0,{TIED_WORDS}}}"
                             rf"|{maybe_approx})"),
        per_unit=re.compile(rf",?\s+(?:{per_unit})(?!\w)"),
        # (after a few words of who tells them, role=prices_teller: "Exporters say prices are about 10% lower")
        prices_opening=re.compile(rf"\W*(?:(?:[\w'\u2019-]+\s+){{1,3}}?(?:{trie(joins['prices_teller'])})\s+"
                                  rf"(?:that\s+)?)?(?:{trie(joins['prices_opening'])})\s"),
        prices_moved=re.compile(rf"(?<![\w-])(?:{trie(joins['prices_opening'])})\s+(?:[\w-]+\s+){{0,4}}\Z"),
        rate_joined=re.compile(rf"\s+and\s+(?:{trie(joins['rate_joined'])})\s+(?:[\w-]+\s+){{0,2}}?rates?\s+"
                               rf"(?:{trie(joins['level_to'])})\s+{maybe_approx}\Z", re.I),
        rate_told_again=re.compile(rf"(?:{trie(joins['rate_told_again'])})(?![\w-])"),
        bank_only_rate=re.compile(rf"(?:{trie(joins['bank_only_rate'])})(?![\w-])"),
        rate_statistic=a_word_of('rate_statistic'),
        levy_rate=re.compile(rf"[a-z]+\s+(?:{trie(joins['levy_rate'])})(?![\w-])"),
        # (told with its own rate: "a 25% duty", "a 10 per cent import tariff")
        levy_told=re.compile(rf"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?:{trie(joins['levy'])})(?![\w-])"),
        prices_statistic=re.compile(
            rf"(?<![\w-])(?:(?:{trie(joins['prices_statistic_teller'])})|in\s+(?:{full_months})\s+from\s+"
            rf"(?:(?:{full_months})|(?:{trie(joins['prices_prior_month'])})))(?![\w-])"),
        units_again=frozenset(key_of(w) for role in ('units_again', 'receipts_again') for w in joins[role]),
        flow_again=frozenset(key_of(w) for w in joins['flow_again']),
        cash_flow=key_of(min(joins['flow_again_of'])),
        flow_again_break=re.compile(rf";|,\s+(?:{trie(joins['flow_again_break'])})(?![\w-])", re.I),
        move_limit=re.compile(rf"\s+(?:(?:{size_by})\s+)?(?:{trie(joins['level_article'])})\s+"
                              rf"(?:{trie(joins['move_limit'])})\s+of\s+{maybe_approx}\Z", re.I),
        restated_move=re.compile(
            rf"\s+(?:(?:{size_by})\s+)?{maybe_approx}{NUMBER}\s+"
            rf"(?:{move_units})(?!\w){equivalent.pattern}\Z", re.I),
        move_unit=re.compile(rf"(?<!\w)(?:{move_units})(?!\w)"),
        participle_aside=re.compile(rf",\s*[a-z]+(?:{trie(joins['participle_ending'])})(?!\S)"),
        prefix_rules={word: re.compile(f"(?:{'|'.join(p for p in prefix_rules if word in _words_of(p))})$", re.I)
                      for word in {w for p in prefix_rules for w in _words_of(p)}},
        suffix_rules=re.compile("|".join(suffix_rules), re.I), rule_side=tuple(sides),
        suffix_words=frozenset(w.lower() for p in suffix_texts for w in re.findall(r"[A-Za-z]+", p)) | set(moves),
        names=re.compile(NAME_RUN),
        # "Xiaomi, which will join the Hang Seng Index, jumped 5.5%", "Ocado, the UK online grocery group,
        # fell 4.2 per cent", "Marks & Spencer, Ocado's partner in the venture, rose 2.2p": a relative clause or a
        # description may part them (joins.tsv role=describes); a short name in brackets after the full one is
        # the name that moves: "Semiconductor Manufacturing International Corp (SMIC), the country's largest
        # contract chipmaker, gained 7.5%"; a move told as a participle after a short predicate of the name is its
        # own: "Xiaomi bucked the trend, rising 2.1%", as is one told in a relative clause after the name (joins.tsv
        # role=relative_move; both when the name opens its clause: reading.py moving_name); a word of when may follow
        # the verb ("Alibaba is now up 7.8%", joins.tsv role=adverb); a stock code in brackets after the name only
        # says where it trades: "Sunny Optical (2382) fell 4%", "Meituan (3690.HK) rose 2%", as a wire's code does
        # unbracketed ("rivals Tencent 0700.HK up 1.2%"); a name glued to a dot is an index's code, no company's:
        # "Hang Seng Tech index .HSTECH up 2.3%"; a name set off by commas after the noun it names moves as that noun:
        # "its closest rival, Ferro Andino, gained 2.4%" (apposed: only a name right after a comma closes so)
        company_move=re.compile(
            rf"(?<![\w.-])(?:(?<=,\s)(?P<apposed>))?(?:(?P<full>{NAME_RUN}\s+\()(?={NAME_WORD}\)))?{NAME}(?(full)\))"
            rf"(?:\s+(?:\((?:[A-Z]{{2,6}}:\s*)?\d{{3,6}}(?:\.[A-Z]{{1,3}})?\)|(?:\d{{3,6}}"
            rf"|[A-Z]{{1,5}})\.[A-Z]{{1,2}}))?(?:'s)?"
            rf"(?:{description(DESCRIPTION_REACH)}|,\s+(?P<relative>{trie(joins['relative_move'])})(?=\s)|(?(apposed)"
            rf"(?P<apposed_comma>,)(?=\s)|(?!)))?"
            rf"\s+(?:(?P<between>[\w-]+)\s+(?:(?:{trie(joins['adverb'])})\s+)?"
            rf"|(?P<predicate>(?:[a-z][\w-]*\s+){{0,{PREDICATE_WORDS - 1}}}[a-z][\w-]*,)\s+)?"
            rf"(?i:{move_words})\s*(?:[\w-]+\s+){{0,3}}$"),
        # a company named by what it is, not by its name ("The AI chip giant fell 3%"): "The" opens the name, as it
        # opens "The stock rose" (names.tsv role=refers), a few words that describe the company and its noun after it
        company_epithet=re.compile(rf"(?<![\w-])(?P<name>The)\s+(?:(?!(?:{trie(joins['company_breaks'])})\s)"
                                   rf"[\w'\u2019-]+,?\s+){{0,{EPITHET_WORDS}}}(?i:{trie(joins['company'])})\s+"
                                   rf"(?:(?i:{trie(joins['adverb'])})\s+)?(?i:{move_words})\s*(?:[\w-]+\s+){{0,3}}$"),
        name_roles=roles,
        apposed_company=frozenset(w.lower() for w in joins['apposed_company'] | joins['company']),
        # (a noun of worth is the stock's after a stock's move: "Their value rose 2%", _a_value_with_no_stock_before)
        referred_nouns=frozenset(w.lower() for w in joins['company'] | joins['referred_company']
                                 | joins['pronoun_value']) | stock_words,
        loses_before=a_word_right_before_sum('loses'),
        loss_basis_before=re.compile(rf"(?<![\w-])(?:{trie(joins['loss_basis'])})\s+(?:[\w-]+\s+)?\Z", re.I),
        lost_in_passing=re.compile(rf",\s+(?:{trie(joins['lost_in_passing'])})\s+{maybe_approx}\Z", re.I),
        shared_loses=re.compile(rf"(?<![\w-])(?:{trie(joins['shared_loses'])})\s+(?:{trie(joins['loses'])})\s+"
                                rf"{maybe_approx}\Z", re.I),
        opening_name=re.compile(rf"{NAME}\s+(?=[a-z])"),
        unit_loses=re.compile(rf"(?<![\w-]){unit_not_after}(?:{trie(joins['unit'] | joins['loses_pronoun'])})"
                              # (a count's thousands comma stays inside the aside: "which carries about 10,000 people")
                              rf"(?:,\s+(?:{trie(joins['aside'])})\s(?:[^,;()]|(?<=\d),(?=\d{{3}})){{1,80}},)?"
                              rf"\s+(?:{trie(joins['loses'])})\s+{maybe_approx}\Z", re.I),
        # "The $320 billion Chinese e-commerce giant": a few words that describe it may stand between the sum and the
        # company, none that opens a phrase of another thing ("$5 billion to the company")
        company_after=re.compile(rf"\s+(?:(?!(?:{trie(joins['company_breaks'])})\s)[\w'-]+\s+){{0,{COMPANY_WORDS}}}"
                                 rf"(?:{trie(joins['company'])})(?![\w-])", re.I),
        # ". The figure grew ...", ". They fell to ", ". Analysts had expected ": the measure named again
        figure_again=_told_again(joins, joins['again_named'] | joins['again_pronoun'],
                                 rf"|{again_expected}\s+{maybe_approx}"),
        # "... was fourth with $6.2 million. It has taken $44 million": running takings, only after takings told
        takings_again=_told_again(joins, joins['again_takings']),
        # "It took in $300 million from new investors": a sum taken from someone is money raised, no takings
        takings_from=a_word_right_after('takings_from'),
        earned_before=a_word_right_before_sum('earned_from'),
        # (a capitalised word and at most two in lower case; the verb may carry a modal: role=crop_earns)
        good_earns=re.compile(rf"(?-i:(?P<good>[A-Z][a-z][\w'’-]*)(?:\s+[a-z][\w-]*){{0,2}}?)\s+"
                              rf"(?:{trie(joins['crop_earns'])})\s+(?:(?:{trie(joins['crop_earns_for'])})\s+)?"
                              rf"{maybe_approx}\Z", re.I),
        earned_source=re.compile(rf"{earned_from_source}(?![\w-])", re.I),
        fine_pays_before=a_word_right_before_sum('fine_pays'),
        fine_paid_before=re.compile(rf"(?<![\w-])(?:{trie(joins['fine_pays'])})\s+(?:the\s+)?(?:{fine_payee})\s+"
                                    rf"{maybe_approx}\Z", re.I),
        fine_paid_to=re.compile(r"\s+(?:(?!to\s)[\w-]+\s+){0,3}?to\s+(?:the\s+)?", re.I),
        fine_payee=re.compile(fine_payee, re.I),
        fine_payee_group=frozenset(joins['fine_payee_group']),
        fine_payee_closes=re.compile(rf"\s*(?:[.,;:)]|\Z)|\s+(?:{trie(joins['fine_payee_after'])})(?![\w-])"
                                     rf"|\s+for\s+[\w-]+ing\b", re.I),
        pay_offered=re.compile(rf"(?<![\w-])(?:{trie(joins['pay_offered'])})\s+"
                               rf"(?:(?:{trie(joins['pay_offered_adverb'])})\s+)?{maybe_approx}\Z", re.I),
        # (the words between qualify the raise, "9% basic pay rise"; "12% of their pay" is a part of pay, no claim)
        pay_claimed=re.compile(rf"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+"
                               rf"(?:(?!(?:{trie(joins['pay_claim_gap_stop'])})\s)[\w-]+\s+){{0,2}}?"
                               rf"(?:{trie(joins['pay_claimed'])})(?![\w-])", re.I),
        earned_source_change=re.compile(rf"{earned_from_source}(?:\s+[\w-]+){{0,4}}?{change_after}", re.I),
        # "and Ctrip's share of it came to ": a pronoun of the measure its sentence named before, right before the sum
        # (or the running total the sum brings it to: "bringing the total for the year to 1.20 shillings")
        pronoun_reached=a_word_right_before_sum('again_pronoun', 'total_carried'),
        # (an owner's: "Ant's fair value", "its fair value"; a stake carried "at a fair value of" is a holding's)
        whole_worth=re.compile(rf"(?:(?<=['’]s\s)|(?<=\bits\s)|(?<=\btheir\s))(?:{trie(joins['whole_worth'])})"
                               rf"(?![\w-])", re.I),
        # (a name in capitals, no IPO: "Ant was priced at", not "The IPO was priced at")
        whole_priced=re.compile(rf"(?-i:\b[A-Z][a-z][\w'’&-]*)\s+(?:{trie(joins['whole_priced'])})(?![\w-])", re.I),
        ranked_left_out=re.compile(rf"\W*the\s+(?:{trie(joins['ranked_left_out'])}),\s+{maybe_approx}\Z", re.I),
        ranked_told=a_word_of('ranked_left_out'),
        # no number but a year between the two sums (a season's "2024-25" is one)
        figure_put_again=re.compile(rf"[^.!?;\d$]*(?:\d{{4}}(?:[-/]\d{{2}})?[^.!?;\d$]*)?(?<![\w-])"
                                    rf"(?:{trie(joins['again_put'])})\s+{maybe_approx}\Z", re.I),
        company_opens=a_word_right_before_sum('company_opens'),
        company_apposed=re.compile(rf",\s+(?:{trie(joins['company_opens'])})(?=\s)"),
        # a word may stand before the cue: ", already surpassing the full-year record of"
        expected_after=re.compile(rf"\s+(?:(?:{trie(joins['expecter'])})\s+"
                                  rf"(?:{trie(joins['expecting'])})|(?:{trie(joins['expecting'])})\s+by\s+"
                                  rf"(?:{trie(joins['expecter'])})|(?:(?:{trie(joins['averaged'])})\s+)?"
                                  rf"(?:{trie(joins['expected'])}))(?![\w-])", re.I),
        # (the tail may hold a first expected sum and "and": "had expected 89 cents and ")
        expected_before=re.compile(rf"(?<![\w-])(?:{trie(joins['expecter'])})(?:\s+[^,;.]{{0,40}}?)?\s+"
                                   rf"(?:{trie(joins['expecting'])})\s+[^,;]{{0,30}}\Z", re.I),
        range_opened=a_word_right_before_sum('spans'),
        range_joined=re.compile(rf"\s*(?:{trie(joins['range'])})\s*", re.I),
        range_goes_on=re.compile(rf"\s*(?:{trie(joins['range'] | joins['pair'])})\s+{maybe_approx}", re.I),
        # (the basis a sum is told on may stand before its period: "lost $1.3 billion before taxes in ... and $841
        # million in 2024")
        period_listed=re.compile(rf"(?:\s+(?:{trie(joins['period_basis'])})(?![\w-]))?{period}"
                                 rf"(?:,\s+(?:and\s+)?|\s+and\s+){maybe_approx}", re.I),
        period_after=re.compile(rf"{period}(?:\s*[,.;]|\s+and\s|\s*\Z)", re.I),
        period_told=re.compile(period, re.I),
        # "12 billion yuan of buybacks": a noun of its own right after a sum, no period it was told for
        # (plain words right after "in", no article, then "this" or "each" are a noun with its period after it, no
        # period: "12 million dollars in charges this year", "in closing costs this year")
        own_noun_after=re.compile(rf"(?!{period_opens}(?!(?!(?:{trie(joins['own_noun_not'])})\s)"
                                  rf"(?:(?-i:[a-z])[\w-]*\s+){{1,{PERIOD_WORDS - 1}}}"
                                  rf"(?:{trie(joins['own_noun_not'])})\s){period_named})"
                                  rf"\s+(?:{trie(joins['own_noun'])})\s+"
                                  rf"(?!(?:{trie(joins['own_noun_not'])})(?![\w-]))(?-i:[a-z])[\w-]*(?![\w-])", re.I),
        item_opens=re.compile(rf"\s(?:{trie(joins['item'])})\s+{maybe_approx}\Z", re.I),
        item_listed=re.compile(rf"(?:,\s+(?:(?:{trie(joins['list_join'])})\s+)?|\s+"
                               rf"(?:{trie(joins['list_join'])})\s+)[^,;.:$%()]{{1,{ITEM_REACH}}}?\s"
                               rf"(?:{trie(joins['item'])})\s+"
                               rf"{maybe_approx}", re.I),
        part_which=re.compile(rf",\s*(?:{trie(joins['part_which'])})\s+{maybe_approx}\Z", re.I),
        part_spent=a_word_right_after('part_spent'),
        compared_estimate=re.compile(rf",\s*(?:[a-z]+\s+)?(?:{trie(_comparison_cues(all_cues=True))})\s+"
                                     rf"(?:[\w'-]+\s+){{0,{ESTIMATE_WORDS}}}?"
                                     rf"(?:{trie(joins['expected'] | joins['record'] | joins['usual'])})\s+(?:of\s+)?"
                                     rf"{maybe_approx}$", re.I),
        # (an article may lead the level with a word of its own: "down from a record 3.1 million pesos")
        compared_level=re.compile(rf"(?<![\w-])(?:{trie(joins['compared_level'])})\s+"
                                  rf"(?:{trie(joins['compared_level_article'])})\s+(?:[a-z][\w-]*\s+(?:of\s+)?)??"
                                  rf"{maybe_approx}\Z", re.I),
        ranked_at=re.compile(rf"(?<![\w-])(?:{trie(joins['ranked_at'])}),?\s+(?:{price_at})\s+{maybe_approx}\Z", re.I),
        # a few words (a place, its people) may open the headline before the statistic: "Canadian retail sales fall"
        statistic_headline=re.compile(rf"\s*(?:[\w.'\u2019-]+[^\S\n]+){{0,{STATISTIC_HEADLINE_WORDS}}}?"
                                      rf"(?:{trie(joins['statistic_headline'])})(?![\w-])", re.I),
        statistic_measure=frozenset(joins['statistic_measure']),
        statistic_measure_before=re.compile(rf"(?<![\w-])(?:{trie(joins['statistic_measure'])})(?![\w-])"
                                            rf"(?!.*(?<![\w-])(?:{trie(joins['statistic_measure'])})(?![\w-]))",
                                            re.I | re.S),
        statistic_place=trie(joins['statistic_place']),
        headline_loss=re.compile(rf"[^\S\n]+(?:{trie(joins['headline_loss'])})(?![\w-])", re.I),
        company_word=a_word_of('company'),
        # (a few words between it and the sum, none a figure's: "expects the full-year total to pass ")
        story_total=re.compile(rf"(?<![\w-])(?:{trie(joins['story_total'])})(?![\w-])(?:\s+[a-z][\w'’-]*){{0,4}}?\s+"
                               rf"{maybe_approx}\Z", re.I),
        told_words=trie(joins['worth_told']),
        valuing_after=re.compile(rf"(?:,(?:\s+and)?|\s+and)\s+(?:{trie(joins['valuing'])})\s[^,;()]*\Z", re.I),
        elided_move=re.compile(rf"(?<![\w-])(?P<name>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){{0,3}})"
                               rf"(?:['\u2019]s|(?<=s)['\u2019])\s+{move_words}\s+(?:(?:{size_by})\s+)?"
                               rf"{maybe_approx}\Z",
                               re.I),
        valued_close=re.compile(rf"\s+at\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{trie(joins['valued_close'])})(?![\w-])",
                                re.I),
        apposed_worth=re.compile(rf",\s+(?:(?:{trie(joins['apposed_worth'])})\s+)?(?:{trie(joins['worth_word'])})\s+"
                                 rf"(?:[a-z]+\s+){{0,2}}\Z"),
        listed_before=re.compile(rf"(?:,|&|\b(?:{trie(joins['listed_before'])})\b)\s*\Z", re.I),
        # (a count of the shares may stand before their name: "held 412,000 Alibaba shares worth")
        # (or in a relative clause on it: "a data centre that could cost as much as ")
        # (a named place may stand between the thing and its relative clause: "a plant in Zhanakorgan, which will cost")
        built_costs=re.compile(rf"(?:(?<![\w-])(?:{trie(joins['built'])})"
                               rf"(?:\s+(?:{trie(joins['built_where'])})\s+(?-i:[A-Z])[\w'’-]*"
                               rf"(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}}(?=,?\s+(?:{trie(joins['built_relative'])})\s))?"
                               rf"(?:,\s[^;]{{1,120}}?,\s+|,?\s+(?:{trie(joins['built_relative'])})\s+"
                               # (who said what it would cost, and when: "that its chief said in March would cost")
                               rf"(?:[^;,.]{{1,60}}?\s(?:{trie(joins['built_reported'])})(?:\s[^;,.]{{1,40}}?)?\s+)?)"
                               rf"|,\s(?:{trie(joins['built_aside'])})\s[^;]{{1,120}}?,\s+)"
                               rf"(?:{trie(joins['will_cost'])})\s+{maybe_approx}\Z", re.I),
        multiple_on=re.compile(rf"(?<![\w-])(?:{trie(joins['multiple_on'])})\s+{multiple_of}", re.I),
        # (what the sum is of may stand between, closed by a comma: "$3 billion of debt, about 5 times its EBITDA")
        multiple_after=re.compile(rf"(?:\s+of\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}?(?=,))?"
                                  rf",?\s+(?:(?:{trie(joins['multiple_or'])})\s+)?{maybe_approx}"
                                  rf"{multiple_of}", re.I),
        multiple_measures=re.compile(rf"(?<![\w.])[0-9]+(?:\.[0-9]+)?\s*(?:{trie(joins['multiple_times'])})\s+"
                                     rf"(?:[\w'\u2019-]+\s+){{0,3}}?\Z", re.I),
        stock_many=a_word_of('stock_many'),
        undone_after=a_word_right_after('undone_after'),
        multiple_worth=a_word_of('multiple_worth'),
        multiple_traded=re.compile(rf"(?<![\w-])(?:{trie(joins['multiple_traded'])})\s+\Z", re.I),
        # (a stake told "in" a company, a word of when its worth held between: "a 26% stake in Centerra, then worth")
        held_worth=re.compile(rf"(?<![\w-])(?:(?:{trie(joins['held_worth'])})(?:\s+in\s+(?:[\w'\u2019.&-]+\s+){{0,2}}?"
                              rf"[\w'\u2019.&-]+(?=,))?|(?:{trie(joins['holds'])})\s+"
                              rf"(?:\d[\d,.]*\s+)?(?:[\w'\u2019.&-]+\s+){{0,3}}?"
                              rf"(?:{trie(joins['stock_object'])})),?\s+(?:(?:{trie(joins['worth_when'])})\s+)?"
                              rf"(?:{trie(joins['held_worth_word'])})\s+"
                              rf"{maybe_approx}\Z", re.I),
        stake_owned=re.compile(rf"(?<![\w-]){NAME}(?:['\u2019]s\s+(?:[^\s,;]+\s+){{0,4}}?"
                               rf"|\s+(?i:{trie(joins['holds'])})\s+[^,;]{{0,30}},\s+(?i:an?\s+)?)"
                               rf"(?i:{trie(joins['held_worth'])}|\d[\d,.]*\s+(?:(?:{spaced})\s+)?"
                               rf"(?:{trie(joins['counted_shares'])}))(?![\w-])"),
        copulas=frozenset(word for form in joins['worth_reported'] for word in form.split()),
        valuer_opens=frozenset(joins['valuer_opens']),
        worth_reported=re.compile(rf"\s+(?:{trie(joins['worth_reported'])})\s+(?:[\w-]+\s+){{1,5}}?to\s*\Z", re.I),
        worth_hearsay=re.compile(rf"\s+(?:{trie(joins['worth_reported'])})\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"(?:{trie(joins['worth_hearsay'])})\s+to\s*\Z", re.I),
        worth_told=re.compile(rf"\s(?:{trie(joins['worth_told'])})\Z", re.I),
        worth_of=re.compile(rf"\s+(?:{trie(joins['worth_of'])})\s+[^,;]{{1,{WORTH_OF_CHARS}}}\Z", re.I),
        # (an aside between commas or a few words of its stretch may stand between the noun and its verb)
        return_was=re.compile(rf"(?<![\w-])(?:{trie(joins['return_noun'])})(?![\w-])"
                              rf"(?:,[^,;]*,|(?:\s+[\w-]+){{0,{RETURN_WORDS}}})"
                              rf"\s+(?:{trie(joins['return_is'])})\s+"
                              rf"{maybe_approx}\Z", re.I),
        growth_named=re.compile(rf"(?<![\w-])(?P<noun>{trie(joins['growth'])})(?![\w-])[^;]*\Z", re.I),
        # (a setting set off by a comma may front the market, role=setting_opens and a few words: "In New York, arabica
        # futures settled at", "On the Osaka Exchange, gold futures fell")
        market_opens=re.compile(rf"(?:(?:{trie(joins['setting_opens'])})\s+(?:[\w.'\u2019&-]+\s+){{0,3}}?"
                                rf"[\w.'\u2019&-]+,\s+)?(?:(?:{trie(joins['market_opens'])})\s+)*", re.I),
        # (past a short opener set off by a comma: "In the United States, "; a unit sized with a hyphen needs no "of" to
        # be the good's: "a 40-pound carton traded at")
        good_unit_opens=re.compile(rf"(?:[^,;]{{1,{GOOD_UNIT_OPENER}}},\s+)?(?:an?|one)\s+"
                                   rf"(?:(?:[\w.-]+\s+)?(?:{trie(joins['good_unit'])})\s+of\s+"
                                   rf"|\d[\d.,]*-[a-z]+\s+(?:{trie(joins['good_unit'])})\s+)", re.I),
        market_parts=a_word_of('market_parts'),
        lots_bought=a_word_of('lots_bought'),
        contrasts=re.compile(rf", (?:{contrasts})"),
        another_clause=re.compile(rf";|,\s+(?i:{contrasts})\s"
                                  rf"|,\s+and\s+(?:(?i:{trie(joins['another_subject'])})\s|[A-Z])"),
        # the name (one to four words in capitals) parts the verb from its "at"
        value_name_at=re.compile(rf"\b(?:{trie(joins['values_name'])})\s+(?:{CAPITAL_WORD}\s+){{1,4}}{value_at}"),
        # "sales of agricultural products on Alibaba's platforms": the goods may stand between the word and its "on",
        # and so may the sellers who made them ("sales by German merchants on the platform": what it transacts)
        sold_on_platforms=re.compile(rf"(?:\s+of\s+[^,;()]{{0,50}}?|\s+by\s+(?:[\w'\u2019-]+\s+){{0,2}}?"
                                     rf"(?i:{trie(joins['sellers'])}))?\s+(?i:{platform_via})\s+"
                                     rf"(?:(?i:{platform_owner})\s+|{CAPITAL_WORD}['\u2019]s\s+)"
                                     rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?i:{platforms})(?![\w-])"),
        # the object opens with a role=values_object word or a name's possessive, and holds no clause mark
        # (not a deal the verb values, whose worth it tells: "valued the deal at", joins.tsv role=values_not_object)
        value_object_at=re.compile(rf"\b(?:{trie(joins['values_name'])})\s+(?:(?:{trie(joins['values_object'])})\s+"
                                   rf"(?!(?:{trie(joins['values_not_object'])})(?![\w-]))"
                                   rf"|{CAPITAL_WORD}['\u2019]s\s+)[^,;()]{{0,60}}?\s{value_at}"),
        crosses_before=a_word_right_before_sum('crosses'),
        pronoun_moves=re.compile(rf"\s*(?:(?P<one>{trie(joins['predicate_subject_one'])})"
                                 rf"|(?:{trie(joins['predicate_subject'])}))\s+"
                                 rf"(?:(?:{trie(joins['predicate_auxiliary'])})\s+)?"
                                 rf"{move_words}(?![\w-])[^,;]*\Z", re.I),
        predicate_moves=re.compile(rf"\s*(?:{trie(joins['predicate'])})\s+"
                                   rf"(?:(?P<one>{trie(joins['predicate_subject_one'])})\s+"
                                   rf"|(?:{trie(joins['predicate_subject'])})\s+)?"
                                   rf"(?:(?:{trie(joins['predicate_auxiliary'])})\s+)?"
                                   rf"{move_words}(?![\w-])[^,;]*\Z", re.I),
        grows_before=re.compile(rf"(?<![\w-])(?:{trie(joins['grows'])})\s+(?:[\w-]+\s+){{0,2}}\Z", re.I),
        shrinks_before=re.compile(rf"(?<![\w-])(?:{trie(joins['shrinks'])})\s+(?:(?:{by})\s+)?\Z", re.I),
        ranked_in=re.compile(rf"(?<![\w-])(?:{trie(joins['ranked'])})\s+(?:{trie(joins['ranked_in'])})\s+\Z", re.I),
        unit_grows=re.compile(
            rf"(?<![\w-]){unit_not_after}(?:{trie(joins['unit'])})\s+(?:{trie(joins['grows'])})\s+"
            rf"(?:[\w-]+\s+){{0,2}}\Z", re.I),
        # (the name written with its capital, the line in lower case: "Kingsoft Cloud rose 5%" is a listed name)
        line_moves=re.compile(rf"(?-i:[A-Z])[\w&.-]*['\u2019]s\s+(?-i:{trie(joins['business_line'])})\s+"
                              rf"{move_words}\s+(?:[\w-]+\s+){{0,2}}\Z", re.I),
        # "It has more than doubled", ", and it is up 41%": a clause that opens with such a pronoun and moves
        stock_pronoun=re.compile(rf"\s*(?:(?:{trie(joins['also'] | joins['concedes'] | joins['fronted'])}),?\s+)?"
                                 rf"(?:{exact_alternation(roles['stock_pronoun'])})"
                                 rf"\s+(?:[\w'-]+\s+){{0,{STOCK_PRONOUN_WORDS}}}\Z", re.I),
        pronoun_opens=re.compile(rf"\s*(?:{exact_alternation(roles['stock_pronoun'])})\s", re.I),
        stock_pronoun_verb=_pronoun_and_verb(roles['stock_pronoun'], joins['pronoun_level']),
        stock_pronoun_reached=_pronoun_and_verb(roles['stock_pronoun'], joins['pronoun_reached']),
        stock_pronoun_reached_after=_pronoun_and_verb_after(roles['stock_pronoun'], joins['pronoun_reached']),
        base_when=re.compile(rf"[^.;!?\d$]*?(?<![\w-])(?:{trie(joins['base_when'])}),\s+when\s[^.;,!?\d$]*\Z",
                             re.I),
        business_lines=frozenset(joins['business_line']),
        stock_subject=re.compile(rf"\s*[\"'“‘]?(?:{exact_alternation(roles['refers'])})\s+"
                                 rf"(?:{trie(stock_words)})(?![\w-])", re.I),
        name_inner=re.compile(rf"\s+(?:{exact_alternation(roles['inner'])})\s+"),
        name_before_inner=re.compile(
            rf"(?<![\w&.'-])(?P<name>{NAME_RUN})\s+(?:{exact_alternation(roles['inner'])})\s+\Z"),
        money_from=re.compile(rf"(?<![\w-])"
                              rf"(?:{trie(money_sources)})"
                              rf"\s+(?:{trie(joins['source'])})\s+(?:[\w'-]+(?:,\d+)*\s+){{0,{SOURCE_WORDS}}}\Z", re.I),
        source_ends=frozenset(w.split()[-1].lower() for w in roles['source']),
        pronoun_value=frozenset(joins['pronoun_value']),
        work_nouns=frozenset(w.lower() for w in joins['work_noun']),
        route_words=frozenset(w.lower() for w in roles.get('route', ())),
        # (no ", and": a clause of its own may open there, "The tariff applies to China, and Tencent rose 3%")
        # (a name holds no digits: "rose 3.4% to Sh52.75 and Equity Group gained 2.1%" lists no places)
        names_listed_before=re.compile(rf"(?:(?:the\s+)?[A-Z][A-Za-z.&'\u2019-]*"
                                       rf"(?:\s+[A-Z][A-Za-z.&'\u2019-]*){{0,3}}"
                                       rf"(?:,\s+|\s+(?:{trie(roles['name_list'])})\s+))+(?:the\s+)?\Z"),
        channel_words=frozenset(w.lower() for w in roles.get('channel', ())),
        placed_words=frozenset(w.lower() for w in joins['placed_in']),
        aside_teller=re.compile(rf",\s+(?:{trie(joins['aside_teller'] | joins['aside_main_auxiliary'])})(?![\w-])",
                                re.I),
        growth_object=re.compile(rf"\s+(?:{trie(joins['growth_object'])})(?![\w-])", re.I),
        priced_noun=frozenset(joins['priced_noun']),
        traded_goods=frozenset(w.lower() for w in joins['traded_good']),
        name_tells=trie(joins['name_tells']),
        setting_words=frozenset(w.lower() for w in joins['setting_opens']),
        source_before=re.compile(rf"(?<![\w-])(?:{trie(w.lower() for w in roles['source'])})\s+\Z"),
        placed_before=re.compile(rf"(?<![\w-])(?:{trie(joins['placed_in'])})\s+\Z", re.I),
        traded_on=re.compile(rf"(?<![\w-])(?:{trie(joins['traded_on'])})\s+\Z"),
        part_of=re.compile(rf"\s+(?:{trie(joins['part_of'])})\s+(?:(?:{trie(joins['part_owner'])}|the\s+"
                           rf"(?:[\w.&-]+\s+){{0,2}}?[\w.&-]+['\u2019]s|"
                           rf"(?:[\w.&-]+\s+){{0,2}}?[\w.&-]+['\u2019]s)\s+)?{maybe_approx}", re.I),
        growth_again=re.compile(rf"(?P<join>[,;]\s+|(?<![\w-])(?:{trie(joins['growth_again_opens'])})\s+)?"
                                rf"(?:{trie(joins['growth_again'])})\s+(?:[\w-]+\s+){{0,4}}?{maybe_approx}\Z", re.I),
        seller_goes_on=re.compile(rf"(?:{trie(joins['seller_pronoun'])})\s+(?:[\w-]+\s+){{0,3}}?"
                                  rf"(?:{trie(joins['seller_sells'])})\s+{maybe_approx}\Z", re.I),
        sellers_counted=re.compile(rf"{sellers_count}(?![\w-])", re.I),
        # (within the count's clause, a word or two such as "each" between, and goods or "worth" before the sum)
        counted_sold=re.compile(
            rf"{sellers_count},?(?:\s+[\w-]+){{0,2}}?\s+(?:{trie(joins['sellers_sold'])})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{maybe_approx}\Z", re.I),
        spending_opens=re.compile(rf"\W*(?:[\w-]+\s+){{0,2}}(?P<group>{trie(joins['spenders'])})['\u2019]s?\s+"
                                  rf"(?:{trie(joins['spending'])})\s+(?:{on_a_platform}(?:{platforms}|"
                                  rf"(?P<name>(?-i:[A-Z])[\w.&'-]*))(?![\w-])|(?!(?:{platform_via})\s))"
                                  rf"[^.;%$]{{0,40}}\Z", re.I),
        # "spent 2.4 billion zloty on Koszyk": a name told as where a group spent, right before it
        platform_told=re.compile(rf"(?<![\w-]){on_a_platform}\Z"),
        platform_owner_of=re.compile(r"(?<![\w&.'\u2019-])(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*\Z"),
        platform_named=frozenset(w.lower() for w in joins['platform_names']),
        # (an article or an owner's possessive, then at most three words in lower case, none opening a relative clause:
        # "Marriott, the hotel group whose app" calls no Marriott an app)
        platform_apposed=re.compile(rf",\s+(?:(?:{trie(joins['article'])})\s+)?"
                                    rf"(?:(?:{CAPITAL_WORD}\s+|the\s+)?[\w.&-]+['\u2019]s\s+)?"
                                    rf"(?:(?!(?:{trie(joins['aside'])})(?![\w-]))(?-i:[a-z])[\w-]*\s+){{0,3}}"
                                    rf"(?:{trie(joins['platform_called'])})(?![\w-])", re.I),
        platform_noun_before=re.compile(rf"(?<![\w-])(?:{trie(joins['platform_called'])})\s+\Z", re.I),
        sold_before=a_word_right_before_sum('yearly_seller'),
        yearly_after=re.compile(rf"\s+(?:{trie(joins['yearly'])})(?![\w-])", re.I),
        goods_a_year=re.compile(rf"\s+(?:{trie(joins['goods_of'])})\s+"
                                rf"(?:{goods_word},?\s+){{1,8}}?"
                                rf"(?:{trie(joins['yearly'])})(?![\w-])", re.I),
        goods_worth=re.compile(rf"(?<![\w-])(?:{trie(joins['goods_seller'])})\s+"
                               rf"(?:(?:{trie(joins['goods_sold_auxiliary'])})\s+)?"
                               rf"(?:(?:{trie(joins['goods_sold_adverb'])})\s+)?(?:{trie(joins['goods_sold'])})\s+"
                               rf"(?:{goods_word}\s+){{1,4}}?"
                               rf"(?:{trie(joins['goods_worth'])})\s+{maybe_approx}\Z", re.I),
        sold_words=frozenset(joins['sold']),
        raised_to=a_word_right_before_sum('level_to'),
        raised_words=frozenset(joins['raised_to']),
        # (a name, not a capital that opens the sentence: "Total sales" are no one's own; a word may follow a
        # possessive: "Amazon's own sales")
        owned_before=re.compile(rf"(?:(?<![\w-])(?:{trie(joins['article'])})\s+|(?<=\w\s)(?-i:[A-Z])[\w.&-]*\s+"
                                rf"|['\u2019]s?\s+(?:(?-i:[a-z])[\w-]*\s+)?)\Z", re.I),
        instalment_of=re.compile(
            rf"(?<![\w-])(?:{trie(joins['instalment_opens'])})\s+(?:(?:{trie(joins['instalment_order'])})\s+)?"
            rf"(?:{trie(joins['instalment'])})\s+{maybe_approx}\Z", re.I),
        # (opening a sentence or a clause after a semicolon: "and separately ordered an audit" turns to no other matter)
        instalment_apart=re.compile(rf"(?:(?<=[.!?;]\s)|(?<=[.!?]['\"\u201d\u2019]\s)|(?<=\n))"
                                    rf"[\"'\u201c\u2018]?(?:{trie(joins['instalment_apart'])})(?![\w-])", re.I),
        debt_held=re.compile(rf"(?<![\w-])(?:{trie(joins['debt_held'])})\s+(?:[\w-]+\s+)?{maybe_approx}\Z", re.I),
        debt_held_noun=re.compile(rf"(?:{trie(joins['debt_held_noun'])})(?![\w-])"
                                  rf"(?!\s+(?:{trie(joins['debt_held_raised'])})(?![\w-]))", re.I),
        level_range=a_word_right_before_sum('level_range'),
        # (the verb right after the work's noun, or after the first comma after it, which closes an aside on it: "The
        # drama studio added" tells a studio, its noun a modifier; no full stop, colon or semicolon between, and no
        # other comma: "The film's producer, Legendary, added $200 million of debt" tells the producer)
        # (or after its title in quotes: "Its puzzle game "Tidewater" has taken", role=work_titled)
        work_took=re.compile(rf"(?<![\w-])(?:(?:{trie(joins['work_noun'])})(?:\s+|[^\w-][^.:;!?,]{{0,90}}?,\s+)"
                             rf"|(?:{trie(joins['work_titled'])})\s+\"[^\"]{{1,60}}\"\s+)"
                             rf"(?:{trie(joins['work_took'])})\s+{maybe_approx}\Z", re.I),
        part_of_takings=re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+(?:{trie(joins['takings_total'])})"
                                   rf"\s+of\s+[^\s\d]{{0,4}}\d", re.I),
        # (within the sum's clause: no comma, so "goods, mostly on Temu" or a later clause names no place of its own)
        goods_bought_on=re.compile(rf"\s+(?:{trie(joins['goods_bought'])})(?![\w-])[^,.;!?$%]{{0,60}}?(?<![\w-])"
                                   rf"{on_a_platform}(?:(?i:{trie(joins['platform_names'])}|{platforms}))(?![\w-])",
                                   re.I),
        # (the platform the verb's subject, an aside set off by commas at most between, and maybe an auxiliary: no
        # platform named in passing, "The port, which serves Temu and Shein, handled goods worth")
        platform_handled=re.compile(rf"(?<![\w-])(?i:{trie(joins['platform_names'])}|{platforms})(?![\w-])"
                                    rf"(?:,[^,.;!?]{{1,80}},)?(?:\s+(?:{trie(joins['body_aux'])}))?\s+"
                                    rf"(?:{trie(joins['platform_handled'])})\s+{maybe_approx}\Z", re.I),
        # (a capital word is a platform's name unless a street's word follows it: "vendors on Fifth Avenue")
        sellers_sold=re.compile(
            rf"(?<![\w-])(?i:{trie(joins['sellers'])})\s+{on_a_platform}(?:(?i:{platforms})|{CAPITAL_WORD}"
            rf"(?!\s+(?i:{trie(joins['street_words'])})(?![\w-])))"
            rf"(?:\s+[\w'\u2019-]+){{0,3}}?\s+(?i:{trie(joins['sellers_sold'])})\s"),
        raises_words=frozenset(joins['raises']),
        planned_before=re.compile(rf"\b(?:{trie(joins['planned'])})\s+\Z"),
        heading_currency=re.compile(prefix_tree_not_after(map(key_of, joins['heading_currency']), WORD_OR_HYPHEN)
                                    + rf"\s+(?P<cur>{trie(key_of(r['form']) for r in after_rows)})"
                                    + r"[ \t]*:[ \t]*$", re.M),
        bare_sum=re.compile(rf"(?<![\w$.,%-])(?P<n>{NUMBER})[ \t]+(?P<mag>{spaced})(?![\w-])"),
        # (after the sum, its stretch and an aside may stand before the comparison; the count ends in a stop or a word
        # that opens its date, no noun that says what it counts; the stretch holds no clause of its own: "in a year when
        # users grew from 2 million" counts users)
        price_base_from=re.compile(rf"(?<![\w-])(?:{trie(joins['bare_base_from'])})\s+{maybe_approx}\Z"),
        bare_base=re.compile(rf"(?:\s+(?:{trie(joins['bare_base_period'])})\s"
                             rf"(?:(?!(?<![\w-])(?:{trie(joins['bare_base_clause'])})(?![\w-]))"
                             # a year or a count of months may date the stretch ("in the 12 months, up from 38.3
                             # trillion"), no other number, which would be a figure of its own
                             rf"(?:[^,.;:$%\d\n]|(?<![\d.])(?:\d{{4}}|\d{{1,2}}\s+(?:{trie(joins['bare_base_span'])}))"
                             rf"(?![\w.,]*\d))){{1,40}}?)?"
                             rf"(?:,[^,.;:$%\n]{{1,60}},)?,?\s+(?:{trie(joins['bare_base_from'])})\s+"
                             rf"(?P<n>{NUMBER})[ \t]+(?P<mag>{spaced})"
                             rf"(?=[,.;)]|\Z|\s+(?:{trie(joins['bare_base_next'])})(?![\w-]))"),
    )


def opens_the_main_predicate(form: str, closes: int, figure_start: int) -> bool:
    """Does a verb with no subject of its own (Lexicon.main_predicate: ", were 1.2% higher") open the clause after the
    last comma of form[closes:figure_start], right before the figure?  The figure is then the main clause's, past the
    relative clause that ``closes`` ends; the kind reader and the dating of figures both ask."""
    return lexicon().main_predicate.match(form, form.rfind(",", closes, figure_start), figure_start) is not None

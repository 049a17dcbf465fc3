"""Finding temporal expressions: text in, :class:`Expression` records (offsets + raw parts) out.

How it works, in one scan:

* The grammar lives in ``resources/dates/patterns.tsv``: heads ("Nov. 3, 2020", "quarter", "yesterday")
  built from the word tables.  They are compiled, once, into a single regex run with ``finditer`` over
  the lower-cased matching form of the whole text.  The *prefix words* before each head ("the",
  "early", "last", "two", "third" ...) are read backwards from the head on the reversed text (one
  anchored match per head), and suffixes ("ago", "earlier") right after it.
* Each match is interpreted into *parts*: a small dict of normalised values (month=11, day=3,
  unit="Y", count=2, shift=-1, mod="START" ...).  The resolver reads only these parts, never text.
* Guards (``guards.tsv``) drop what only looks like a date ("$2000", "2000 people", "a second
  time"); joins (``joins.tsv``) merge neighbours TimeML reads as one expression ("Friday, Oct. 23",
  "the third quarter of 1984").

Parts keys (all optional): year, year2 (a range "2019-21"), yy (a two-digit year), month, day, day2,
weekday, quarter, half, season, decade ("1990s"), decade_yy ("'80s"), decade_digit ("the nineties"),
fiscal, numeric (the two numbers of an all-digit date), holiday, unit, plural, count, ordinal, shift,
anaphoric, latest, yearshift, vague, direction, mod, approx, set, set_value, det, noun, ref_type,
ref_value, daypart, hour, minute, year_of (the parts of a year joined to a period: "June last year").
pipeline.dates.mentions adds prep ("for the year"), fiscal_end (fiscal.tsv) and ends_on ("the quarter
ended June 30") before resolving.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from pipeline.dates import lexicon
from pipeline.rules import load_table
from pipeline.sentences import matching_form

# Which prefix roles each kind of head accepts (grammar, not vocabulary: the words are in the tables).
_ACCEPTS = {
    "unit": {"det", "shift", "vague", "yearshift", "mod", "approx", "fiscal", "set", "filler", "count", "ordinal"},
    "calendar": {"det", "shift", "mod", "set", "approx", "fiscal", "count"},
    "year": {"det", "mod", "fiscal", "approx", "filler"},
    "deictic": {"det", "mod", "approx"},
    "daypart": {"det", "shift", "mod", "approx"},
    "clock": {"approx"},
    "set": set(),
}
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
class _Grammar:
    master: re.Pattern
    master_at_start: re.Pattern
    rule_groups: dict          # rule name -> ((part name, group index), ...)
    rule_index: dict           # group index of each rule -> rule name
    pre_token: re.Pattern
    reversed_pre: re.Pattern
    post: re.Pattern
    guard: tuple               # (one regex for the after-only rows, (before, text, after, action) for the rest)
    joins: tuple               # (left, compiled gap, right)
    tense_word: re.Pattern
    future_word: re.Pattern


_PLACEHOLDER = re.compile(r"\{(=?)([a-z0-9_]+)(?::([a-z0-9_]+))?\}")
_NAMED = re.compile(r"\(\?P<([a-z0-9_]+)>")


def _expand(pattern: str, blocks: dict[str, str], rule: str) -> tuple[str, list[str]]:
    parts: list[str] = []

    def block(name: str) -> str:
        if name in blocks:
            return blocks[name]
        if name in lexicon.WORD_BLOCKS:
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
def grammar() -> _Grammar:
    rows = load_table("dates/patterns.tsv")
    blocks = {r["name"]: r["pattern"] for r in rows if r["kind"] == "block"}
    alternatives, rule_parts = [], {}
    for row in rows:
        if row["kind"] != "rule":
            continue
        body, parts = _expand(row["pattern"], blocks, row["name"])
        alternatives.append(f"(?P<{row['name']}>{body})")
        rule_parts[row["name"]] = parts
    pre_words = lexicon.prefix_words()
    # digit ordinals ("20th") use the suffixes of the sfx block of patterns.tsv
    suffixes = re.findall(r"[a-z]+", blocks["sfx"])
    pre_token = rf"(?:{lexicon.trie_regex(pre_words)}|\d{{1,4}}{lexicon.trie_regex(suffixes)}?)(?![a-z0-9])"
    separator = r"(?:\s*-\s*|\s+)"
    # Prefix words are read backwards from each head, on the reversed text: scanning for heads alone
    # is twice as fast as scanning for "prefix* head" at every word.
    reversed_token = (rf"(?:{lexicon.trie_regex(w[::-1] for w in pre_words)}"
                      rf"|{lexicon.trie_regex(x[::-1] for x in suffixes)}?\d{{1,4}})(?![a-z0-9'])")
    reversed_pre = re.compile(rf"(?:{separator}{reversed_token}){{1,6}}")
    head_words = lexicon.trie_regex(word for name in lexicon.WORD_BLOCKS for word in lexicon.WORD_BLOCKS[name]())
    head_start = f"(?={blocks['head_start']}|{head_words})"
    heads = rf"{head_start}(?:{'|'.join(alternatives)})(?![a-z0-9])"
    # A head follows a character that is no letter or digit.  Matching that character (rather than
    # looking behind) lets the regex engine skip through words quickly; the text's first head is
    # matched by ``master_at_start``.  Both have the same groups.
    master = re.compile(rf"[^a-z0-9']{heads}")
    master_at_start = re.compile(heads)
    index = master.groupindex
    rule_groups = {rule: tuple((p, index[f"{rule}__{p}"]) for p in parts) for rule, parts in rule_parts.items()}
    rule_index = {index[rule]: rule for rule in rule_parts}
    post = re.compile(rf"(?:\s+|-)({lexicon.trie_regex(lexicon.suffixes())})(?![a-z0-9])")

    counted = lexicon.trie_regex(r["word"] for r in load_table("dates/counted_nouns.tsv"))
    guards, after_only = [], {}
    for row in load_table("dates/guards.tsv"):
        def cell(name, wrap):
            pattern = row[name].replace("{counted}", f"(?:{counted})")
            return re.compile(wrap.format(pattern)) if pattern else None
        if row["after"] and not row["before"] and (not row["text"] or row["text"] == ".*\\d"):
            # the common kind (a number followed by "%", "billion", "people"): one regex for them all
            lead = r"(?<=\d)" if row["text"] else ""
            after_only.setdefault(row["action"], []).append(lead + row["after"].replace("{counted}", f"(?:{counted})"))
            continue
        guards.append((cell("before", r"(?<![a-z0-9])(?:{})\Z"), cell("text", "(?:{})"),
                       cell("after", "(?:{})"), row["action"]))
    combined = "|".join(f"(?P<{action}>{'|'.join(f'(?:{p})' for p in pats)})" for action, pats in after_only.items())
    guard = (re.compile(combined or "(?!)"), tuple(guards))

    joins = tuple((r["left"], re.compile(r["gap"]), r["right"]) for r in load_table("dates/joins.tsv"))
    words, endings = lexicon.tense_words()
    # a marker is a whole word; a clitic ("'ll") hangs on the word before it
    clitics = lexicon.trie_regex(w for w in words if w.startswith("'"))
    tense_word = re.compile(
        rf"(?:(?<![a-z-])(?:{lexicon.trie_regex(w for w in words if not w.startswith(chr(39)))}"
        rf"|[a-z]+(?:{'|'.join(map(re.escape, endings))}))|{clitics})(?![a-z-])")
    future = [w for w, t in words.items() if t == "future"]
    future_word = re.compile(
        rf"(?:(?<![a-z-]){lexicon.trie_regex(w for w in future if not w.startswith(chr(39)))}"
        rf"|{lexicon.trie_regex(w for w in future if w.startswith(chr(39)))})(?![a-z-])")
    return _Grammar(master, master_at_start, rule_groups, rule_index, re.compile(pre_token), reversed_pre, post, guard, joins,
                    tense_word, future_word)


# --------------------------------------------------------------------------- finding
def lower_form(text: str, form: str | None = None) -> str:
    """The matching form in lower case, same length as ``text`` (a few characters change length when
    lower-cased, e.g. U+0130: those keep their case)."""
    form = matching_form(text) if form is None else form
    low = form.lower()
    if len(low) != len(form):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in form)
    return low


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
    first = g.master_at_start.match(low)
    heads = ([first] if first else []) + list(g.master.finditer(low, first.end() if first else 0))
    following_pre = _prefix_start(g, reversed_low, n, heads[0].start(heads[0].lastindex), 0) if heads else 0
    for index, m in enumerate(heads):
        head_start = m.start(m.lastindex)
        pre_start = following_pre
        if index + 1 < len(heads):
            following_pre = _prefix_start(g, reversed_low, n, heads[index + 1].start(heads[index + 1].lastindex), previous_end)
            if following_pre <= head_start:
                continue    # "past" in "the past two months" is a prefix word of the next head
        expression = _interpret(m, g, text, low, pre_start)
        if expression is not None:
            found.append(expression)
            previous_end = expression.end
            if index + 1 < len(heads):
                following_pre = _prefix_start(g, reversed_low, n, heads[index + 1].start(heads[index + 1].lastindex), previous_end)
    found = _apply_guards(found, low, g)
    return _join(found, low, g)


def _prefix_start(g: _Grammar, reversed_low: str, n: int, head_start: int, limit: int) -> int:
    """Where the prefix words before a head begin (read backwards, not before ``limit``)."""
    pre = g.reversed_pre.match(reversed_low, n - head_start, n - limit)
    if not pre:
        return head_start
    start = n - pre.end()
    while start < head_start and not reversed_low[n - 1 - start].isalnum():
        start += 1
    return start


def _interpret(m: re.Match, g: _Grammar, text: str, low: str, pre_start: int) -> Expression | None:
    regs = m.regs
    rule = g.rule_index[m.lastindex]      # the rule's group closes last
    captured, where = {}, {}
    for part, idx in g.rule_groups[rule]:
        s, e = regs[idx]
        if s >= 0:
            captured[part] = low[s:e]
            where[part] = s
    head_start = m.start(m.lastindex)
    end = m.end()
    pre = [(t.start(), t.end(), t.group()) for t in g.pre_token.finditer(low, pre_start, head_start)]

    parts: dict = {}
    kind = _head(rule, captured, where, parts, text, low, end)
    if kind is None:
        return None
    if parts.pop("abbreviation", False) and low.startswith(".", end):
        end += 1
    if kind == "unit":
        post = g.post.match(low, end)
        if post:
            role = lexicon.suffixes()[lexicon.squash(post.group(1))]
            if role != "filler":
                parts["direction"] = role
            end = post.end()
    start = _take_prefix(kind, pre, parts, head_start, low)
    if start is None:
        return None
    if not _plausible(kind, parts, text, low, start, head_start, end):
        return None
    return Expression(start, end, rule, parts, head_start)


def _head(rule, captured, where, parts, text, low, end) -> str | None:
    """Fill ``parts`` from the head's captured groups; return the kind of head, or None to drop it."""
    if "yearend" in captured:
        parts.update(unit="Y", shift=0, mod="END")
        return "unit"
    if "unit" in captured:
        unit, plural = lexicon.units()[captured["unit"]]
        parts["unit"] = unit
        if plural:
            parts["plural"] = True
        return "unit"
    if "deictic" in captured:
        parts["ref_type"], parts["ref_value"], det = lexicon.deictic()[lexicon.squash(captured["deictic"])]
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
        parts["year"] = int(captured["year"])
        return "calendar"
    if "qend" in captured:
        # "the September quarter", "the July-September quarter": the quarter ending that month
        end_month = lexicon.months()[captured["qend"]][0]
        start_month = lexicon.months()[captured["qstart"]][0] if "qstart" in captured else end_month - 2
        if end_month % 3 or (end_month - start_month) % 12 != 2 or not text[where["qend"]].isupper():
            return None
        parts["quarter"] = end_month // 3
        return "year"
    if "month" in captured:
        name = captured["month"]
        if name.isdigit():
            parts["month"] = int(name)
        else:
            month, ambiguous, abbreviation = lexicon.months()[name]
            if not text[where["month"]].isupper():
                return None
            if abbreviation and "day" not in captured and "year" not in captured:
                if not low.startswith(".", end):
                    return None
                parts["abbreviation"] = True
            parts["month"] = month
            if ambiguous and "day" not in captured and "year" not in captured:
                parts["ambiguous"] = True
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
        if abbreviation:
            parts["abbreviation"] = True
        parts["weekday"] = weekday
        return "calendar"
    if "holiday" in captured:
        if not text[where["holiday"]].isupper():
            return None
        parts["holiday"] = lexicon.holidays()[lexicon.squash(captured["holiday"])]
        return "calendar"
    if "season" in captured:
        season, ambiguous = lexicon.seasons()[captured["season"]]
        parts["season"] = season
        if ambiguous:
            parts["ambiguous"] = True
        return "calendar"
    if "qn" in captured:
        parts["quarter"] = int(captured["qn"])
        if "fy" in captured:
            parts["fiscal"] = True
        _year_from(captured, parts)
        return "year"
    if "hn" in captured:
        parts["half"] = int(captured["hn"])
        parts["year"] = int(captured["year"])
        return "year"
    if "decadeword" in captured:
        parts["decade_digit"] = lexicon.decade_words()[captured["decadeword"]]
        return "year"
    if rule.startswith("fiscal") or "fy" in captured:
        parts["fiscal"] = True
        _year_from(captured, parts)
        return "year"
    if "yy" in captured and "year" not in captured:
        parts["decade_yy"] = int(captured["yy"])
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
                if year2 <= year:
                    return None
                parts["year2"] = year2
        return "year"
    return None


def _year_from(captured: dict, parts: dict) -> None:
    if "year" in captured:
        parts["year"] = int(captured["year"])
    elif "yy" in captured or "fyy" in captured:
        parts["yy"] = int(captured.get("yy") or captured["fyy"])


def _take_prefix(kind: str, pre: list, parts: dict, head_start: int, low: str) -> int | None:
    """Read the prefix words that belong to this head (right to left); return the expression's start."""
    accepts = _ACCEPTS[kind]
    if kind == "calendar" and "season" not in parts and "holiday" not in parts:
        accepts = accepts - {"det"}
    elif kind == "year" and not any(k in parts for k in ("decade", "decade_yy", "decade_digit", "quarter")):
        accepts = accepts - {"det"}
    elif kind == "deictic":
        accepts = accepts | {"filler"} if parts.get("noun") else accepts - {"det"}
    words = lexicon.prefix_words()
    kept = []
    adjectival = bool(pre) and "-" in low[pre[-1][1]:head_start]
    for index in range(len(pre) - 1, -1, -1):
        s, e, token = pre[index]
        role, value = _prefix_role(token, words)
        if role not in accepts and not (role == "det" and kept and kept[-1][1] == "mod"):
            break               # (a determiner belongs to "the end of 2023")
        if kept:
            right_role = kept[-1][1]
            if right_role == "approx":
                break           # "about", "more than" open the expression
            if role == "count" and right_role == "ordinal":
                if kind == "unit" and _year_like(token):
                    parts["year"] = int(token)      # "the 1988 second quarter"
                    kept.append((s, "year", None, token))
                    continue
                break           # "a third-quarter loss"
            if role == "count" and right_role == "count" and not _counts_combine(token, value, kept[-1][2]):
                break           # "$3 a year ago", "a two-hour"
            if adjectival and role not in ("count", "ordinal", "approx"):
                break           # "a 16-hour day", "its third-quarter profit": the determiner is the noun's
        if role == "ordinal" and kind == "unit" and not (kept and kept[-1][1] == "count") \
                and parts.get("unit") not in ("Q", "H", "C"):
            break               # "one-third this year": an ordinal counts quarters, halves, centuries
        if kind == "calendar" and role == "count":
            # "3 November 2020": a number right before a month name is its day
            if (index != len(pre) - 1 or "month" not in parts or "day" in parts or not token.isdigit()
                    or not 1 <= int(token) <= 31):
                break
        kept.append((s, role, value, token))
    kept.reverse()
    # "over the past two months": the approx word is a preposition there
    while len(kept) > 1 and kept[0][1] == "approx" and kept[1][1] in _DETERMINING:
        kept.pop(0)
    # "said that Friday": "that" is a conjunction before anything but a unit
    if kept and kind != "unit" and kept[0][1] == "shift" and kept[0][2].endswith("~"):
        kept.pop(0)
    counts = []
    for s, role, value, token in kept:
        if role == "det":
            parts["det"] = True
        elif role == "count":
            if kind == "calendar":
                parts["day"] = int(token)
            else:
                counts.append(value)
        elif role == "ordinal":
            parts["ordinal"] = value
        elif role == "shift":
            if value == "latest":
                parts["latest"] = True
            else:
                parts["shift"] = int(value.rstrip("~"))
                if value.endswith("~"):
                    parts["anaphoric"] = True
        elif role == "yearshift":
            parts["yearshift"] = int(value)
        elif role == "vague":
            parts["vague"] = value
        elif role == "mod":
            parts["mod"] = value
        elif role == "approx":
            parts["approx"] = value
        elif role == "fiscal":
            parts["fiscal"] = True
        elif role == "set":
            parts["set"] = True
    if counts:
        count = _combine_counts(counts)
        if isinstance(count, int) and count >= 1000 and len(counts) == 1 and parts.get("unit") in ("Q", "P", "H", "M"):
            parts["year"] = count        # "the 1988 period", "the 1989 quarter"
        else:
            parts["count"] = count
    return kept[0][0] if kept else head_start


_DIGITS = re.compile(r"\d+")


def _prefix_role(token: str, words: dict) -> tuple[str, object]:
    if token[0].isdigit():
        if token[-1].isalpha():
            return "ordinal", int(_DIGITS.match(token).group())
        return "count", int(token)
    role, value = words[lexicon.squash(token)]
    if role in ("count", "ordinal"):
        return role, (value if value == "X" else int(value))
    return role, value


def _year_like(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1100 <= int(token) <= 2199


def _counts_combine(token: str, left, right) -> bool:
    """May the number word ``token`` (value ``left``) stand before a number ``right`` in one count?
    ("a few", "a couple of", "twenty four", "two thousand"; not "$3 a year")."""
    if token[0].isdigit() or left == "X":
        return False
    if right == "X":
        return left == 1            # "a few"
    return right >= 100 or (left >= 20 and left % 10 == 0 and right < 10)


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


def _plausible(kind, parts, text, low, start, head_start, end) -> bool:
    """Drop heads that need company they do not have ("May" the verb, a bare "fall", a lone "morning")."""
    if parts.get("noun") == "required" and not parts.get("det"):
        return False            # "past tensions"
    if parts.get("ambiguous"):
        if not (parts.get("det") or "shift" in parts or "mod" in parts or "day" in parts
                or _followed_by_year(low, end) or _after_preposition(low, start)):
            return False
        parts.pop("ambiguous")
    if kind == "daypart" and "shift" not in parts and ":" not in parts["daypart"]:
        parts["lonely"] = True       # kept only if a join gives it a day
    if kind == "unit":
        unit = parts["unit"]
        has_quantity = "count" in parts or "ordinal" in parts or "year" in parts
        if not (has_quantity or "shift" in parts or "vague" in parts or "yearshift" in parts or parts.get("set")
                or "direction" in parts or parts.get("latest") or parts.get("det") or parts.get("plural")):
            return False
        if unit == "s" and not has_quantity:
            return False
        if unit == "H" and "ordinal" not in parts and not (isinstance(parts.get("count"), int) and parts["count"] > 1):
            return False        # "a half" is a fraction; halves of a year are "the first half"
        if parts.get("plural") and unit in ("Q", "P", "H", "WE", "L") and not (has_quantity or "vague" in parts):
            return False        # "living quarters", "waiting periods"
        if "ordinal" in parts and "count" not in parts and unit not in ("Q", "H", "C"):
            return False        # "the third consecutive month", "the second day"
    return True


@functools.lru_cache(maxsize=1)
def _preposition_before() -> re.Pattern:
    words = lexicon.trie_regex(r["word"] for r in load_table("dates/prepositions.tsv"))
    return re.compile(rf"(?<![a-z]){words}\s+\Z")


def _after_preposition(low: str, start: int) -> bool:
    return bool(_preposition_before().search(low, max(0, start - 12), start))


_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?\d{4}(?!\d)")


def _followed_by_year(low: str, end: int) -> bool:
    return bool(_YEAR_AFTER.match(low, end))


# --------------------------------------------------------------------------- guards and joins
def _apply_guards(found: list[Expression], low: str, g: _Grammar) -> list[Expression]:
    kept = []
    for exp in found:
        if True:
            action = _guarded(exp, low, g)
            if action == "skip":
                continue
            if action == "set":
                exp.parts["set"] = True
        kept.append(exp)
    return kept


def _guarded(exp: Expression, low: str, g: _Grammar) -> str | None:
    after_only, rows = g.guard
    m = after_only.match(low, exp.end)
    if m:
        return m.lastgroup
    for before, text, after, action in rows:
        if text is not None and not text.fullmatch(low, exp.start, exp.end):
            continue
        if after is not None and not after.match(low, exp.end):
            continue
        if before is not None and not before.search(low, max(0, exp.start - 24), exp.start):
            continue
        return action
    return None


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
    if "hour" in parts and not has_day:
        tags.add("clock")
    unit = parts.get("unit")
    if "year" not in parts and "year_of" not in parts and "count" not in parts and "direction" not in parts and (
            ("month" in parts and "day" not in parts) or "season" in parts
            or (unit in ("Q", "H") and "ordinal" in parts)
            or (unit in ("Q", "P", "W") and "shift" not in parts)):
        tags.add("period")
    is_year_unit = unit == "Y" and "plural" not in parts and (
        "shift" in parts or ("direction" in parts and parts.get("count", 1) == 1))
    if (set(parts) <= {"year", "det", "fiscal"} and "year" in parts) or is_year_unit:
        tags.add("year")
    return tags


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
    return [e for e in out if not e.parts.get("lonely")]


def _try_join(a: Expression, b: Expression, low: str, g: _Grammar) -> Expression | None:
    if b.start - a.end > 12:
        return None
    left, right = describe(a.parts), describe(b.parts)
    for lname, gap, rname in g.joins:
        if lname in left and rname in right and gap.fullmatch(low, a.end, b.start):
            return Expression(a.start, b.end, a.rule + "+" + b.rule, _merge(a.parts, lname, b.parts, rname),
                              a.head_start)
    return None


def _merge(left: dict, lname: str, right: dict, rname: str) -> dict:
    if rname == "year":
        return _with_year(left, right)
    if lname == "year":
        return _with_year(right, left)
    merged = dict(right)
    merged.update(left)
    merged.pop("lonely", None)
    return merged


def _with_year(period: dict, year: dict) -> dict:
    merged = dict(period)
    if set(year) <= {"year", "det", "fiscal"}:
        merged["year"] = year["year"]
        if year.get("fiscal"):
            merged["fiscal"] = True         # "the first quarter of fiscal 2025"
    else:
        merged["year_of"] = year
    return merged


# --------------------------------------------------------------------------- tense of a clause
# A sentence ends at terminal punctuation followed by a capitalised word ("Nov. 3" does not end one).
_CLAUSE_END = re.compile(r"[.!?;][\"')\]]*\s+(?=[\"'(\[]?[A-Z])|;|\n\s*\n")


class Clauses:
    """The sentence ends of a text, found once, for :func:`clause_bounds` (bisect instead of a scan per
    expression)."""

    def __init__(self, text: str):
        self.text = text
        self._ends: list[tuple[int, int]] | None = None

    def bounds(self, start: int, end: int, window: tuple[int, int] | None = None) -> tuple[int, int]:
        if self._ends is None:
            self._ends = [m.span() for m in _CLAUSE_END.finditer(self.text)]
            self._starts = [s for s, _ in self._ends]
        lo, hi = window if window else (0, len(self.text))
        lo = max(lo, start - 250)
        hi = min(hi, end + 150)
        i = bisect.bisect_left(self._starts, start) - 1       # the last end before the expression
        while i >= 0 and self._ends[i][1] > start:
            i -= 1
        if i >= 0 and self._ends[i][1] > lo:
            lo = self._ends[i][1]
        j = bisect.bisect_left(self._starts, end)              # the first end after it
        if j < len(self._starts) and self._starts[j] < hi:
            hi = self._starts[j]
        return lo, hi


def clause_bounds(text: str, start: int, end: int, window: tuple[int, int] | None = None,
                  clauses: Clauses | None = None) -> tuple[int, int]:
    """The clause around text[start:end]: within ``window`` (its sentence, when known), between the
    sentence ends on either side, at most a couple of hundred characters each way."""
    return (clauses or Clauses(text)).bounds(start, end, window)


def is_forecast(low: str, lo: int, start: int) -> bool:
    """Does a marker of the future (tense.tsv) stand before ``start`` in the clause starting at ``lo``?"""
    return grammar().future_word.search(low, lo, start) is not None


def clause_tense(text: str, low: str, start: int, end: int, window: tuple[int, int] | None = None,
                 clauses: Clauses | None = None) -> str:
    """'past', 'future' or '' for the clause around text[start:end], from the tense markers of
    tense.tsv in the same sentence (``window``, or the stretch between sentence ends): a marker of the
    future before the expression ("will", "plans to") governs it unless a past word stands between;
    otherwise the nearest marker wins."""
    g = grammar()
    lo, hi = clause_bounds(text, start, end, window, clauses)
    words, endings = lexicon.tense_words()
    future_before = False
    strong, weak = ("", None), ("", None)
    after_auxiliary = -1
    for m in g.tense_word.finditer(low, lo, hi):
        if start <= m.start() < end:
            continue
        word = lexicon.squash(m.group())
        tense = words.get(word)
        if tense == "auxiliary":
            after_auxiliary = m.end()
            continue
        if tense == "past" and low[after_auxiliary:m.start()].isspace():
            continue                        # "will be paid": a participle
        is_word = tense is not None
        if tense is None:
            tense = next((t for suffix, t in endings.items() if word.endswith(suffix)), "")
        if tense not in ("past", "future"):
            continue
        before = m.end() <= start
        if before and is_word:
            if tense == "future" and not (strong[0] == "past" and start - strong[1] > m.start() - 25):
                future_before = True        # (not "had been due to", "was expected to": a past plan)
            elif tense == "past":
                future_before = False       # "will now appeal, Cuba predicted Wednesday"
        distance = start - m.end() if before else (m.start() - end) * 1.5
        best = strong if is_word else weak
        if best[1] is None or distance < best[1]:
            if is_word:
                strong = (tense, distance)
            else:
                weak = (tense, distance)
    if future_before:
        return "future"
    return strong[0] or weak[0]

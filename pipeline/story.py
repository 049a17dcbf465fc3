"""What a sentence is about: its headline, its actors and its category.

* **Actors** come from a gazetteer (``resources/story/actors.tsv``: canonical name, kind, aliases), from
  patterns for names the gazetteer lacks (``name_patterns.tsv``: "CEO Ken Cheung", "Brian Wong, a former
  Alibaba executive", "consultancy firm BDA China") and from in-article aliases: once an article has named
  a person in full, each word of the name stands for that person ("Ma" -> "Jack Ma", "Clark" ->
  "Duncan Clark"); a word shared by two people goes to the one named most recently.  Descriptions such as
  "the company" or "he" are left alone.  A unit brings its parent along ("Alibaba Cloud" -> also
  "Alibaba"); a media outlet named only in an attribution ("told CNBC") is not an actor of the sentence.
* **Headline**: the sentence itself, without linking words ("However,"), attributions ("according to
  ...", "..., Clark said") and, when the rest stands alone, an opening circumstance ("On a cold November
  evening in Shanghai in 2020, ..."); cut at a clause boundary when longer than :data:`HEADLINE_MAX`.  A
  quotation followed by its attribution becomes "Speaker: quotation".  Never a word the sentence lacks.
* **Category**: one label of the taxonomy in ``categories.tsv``, the one whose triggers
  (``category_triggers.tsv``) weigh most in the sentence's core (attributions left out).

The article is scanned once with compiled regexes, in order (alias resolution needs it), up to the end of
the last sentence asked for; headlines and categories are built only for the sentences asked for.  The
regexes are written so that re can jump between candidates (a literal first character, a look-behind
after it rather than before), name tokens never give letters back, name patterns are tried only where
they may match (read back from the name's capital after a listed word, or from what must follow the
name: :class:`_NamePattern`), short aliases are looked up by word (:func:`_owner_words`), and a trim is
not searched for in a sentence that lacks the text it needs (:func:`_needed_text`); all give exactly the
matches of the plain regexes over the whole article (tests/test_story.py checks).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Iterable

from pipeline.rules import RuleTableError, char_tree, char_tree_regex, char_tree_regex_not_after, load_table
from pipeline.sentences import form_of, matching_form, split_paragraphs

Span = tuple[int, int]

HEADLINE_MAX = 80          # characters; a headline longer than this is cut
_MIN_CUT = 25              # a cut never leaves a headline shorter than this
_MIN_WORDS_AFTER_OPENER = 4
_KINDS = ("person", "organisation")


@dataclass(frozen=True)
class SentenceStory:
    headline: str               # <= ~80 chars, from the sentence itself
    category: str               # one of the taxonomy's labels (see categories())
    actors: tuple[str, ...]     # canonical names, in order of first mention in the sentence
    # where the sentence's core lies (offsets into the whole sentence), for event linking to read its key words
    # from; past the dateline of a sentence that opens with one, whose words say where the story was filed
    core: Span | None = None


@dataclass(frozen=True)
class Actor:
    name: str                   # canonical name
    kind: str                   # person | organisation
    group: str = ""             # see actors.tsv (company, unit, government, regulator, media ...)
    parent: str = ""            # for a unit: the actor it belongs to


@dataclass(frozen=True)
class ActorMention:
    start: int                  # offsets in the text as read
    end: int
    actor: Actor
    how: str                    # gazetteer | pattern | alias


# ---------------------------------------------------------------------------------------------- tables

def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _alternation(words: Iterable[str], *, fold: bool = False, not_after: str = "") -> str:
    """A regex for any of the words, longest first, as a prefix tree: Python's re scans a tree of
    shared prefixes several times faster than a flat alternation.  ``fold``: ignore case (as character
    classes, so the caller's flags do not matter).  A ``*`` at a word's end stands for any ending.

    ``not_after``: a character class that may not stand before the word, checked right after its first
    character (``X(?<!CX)`` instead of ``(?<!C)X``): a pattern that starts with a literal character lets
    re jump from one candidate to the next, several times faster than trying every position."""
    root = _trie(words, fold)
    if not root:
        return "(?!)"
    if not not_after:
        return _tree(root, fold)
    if fold or "" in root or "*" in root:
        raise ValueError("not_after needs case-kept words of at least one character")
    return char_tree_regex_not_after(root, not_after, functools.partial(_piece, fold=False))


def _first_branches(words: Iterable[str], *, fold: bool = False) -> list[str]:
    """The words as alternatives that each open with one literal character (a folded first letter gives
    two), for a flat alternation: re skips an alternative whose first character differs at once, where
    it must enter a character class ``[aA]`` to find out."""
    root = _trie(words, fold)
    if "" in root:
        raise ValueError("an empty word cannot open with a character")
    branches = []
    for ch, node in sorted(root.items()):
        rest = _tree(node, fold)
        if ch == "*":
            branches.append(r"\w*" + rest)
            continue
        cases = [ch, ch.upper()] if fold and ch.upper() != ch and len(ch.upper()) == 1 else [ch]
        branches += [re.escape(case) + rest for case in cases]
    return branches


def _trie(words: Iterable[str], fold: bool) -> dict:
    return char_tree(word.lower() if fold else word for word in words)


def _cases(words: Iterable[str]) -> set[str]:
    """Each word as written, in lower case, capitalised and in title case: how news writes titles and
    verbs.  (Listing the cases is faster to scan than ignoring case.)"""
    out = set()
    for word in words:
        lower = word.lower()
        parts = lower.split(" ")
        out.update((word, lower, lower[:1].upper() + lower[1:],
                    " ".join(p[:1].upper() + p[1:] for p in parts),                          # Chief Executive
                    " ".join(p if len(p) <= 3 else p[:1].upper() + p[1:] for p in parts)))  # Secretary of State
    return out


def _tree(node: dict, fold: bool) -> str:
    return char_tree_regex(node, functools.partial(_piece, fold=fold))


def _piece(ch: str, *, fold: bool) -> str:
    """A character of a word as a regex: ``*`` any ending, a letter of both cases when ``fold``."""
    if ch == "*":
        return r"\w*"
    if fold and ch.upper() != ch and len(ch.upper()) == 1:
        return f"[{ch}{ch.upper()}]"
    return re.escape(ch)


@dataclass(frozen=True)
class _Gazetteer:
    actors: dict[str, Actor]            # canonical -> actor
    by_alias: dict[str, Actor]          # full alias (and canonical) -> actor
    short: dict[str, tuple[str, ...]]   # canonical -> short aliases usable after a full mention
    place_sense: frozenset[str]         # aliases that may name a place
    regex: re.Pattern


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    actors: dict[str, Actor] = {}
    by_alias: dict[str, Actor] = {}
    short: dict[str, tuple[str, ...]] = {}
    place_sense: set[str] = set()
    not_names = _not_names()
    for row in load_table("story/actors.tsv"):
        if row["kind"] not in _KINDS:
            raise RuleTableError(f"story/actors.tsv:{row['_line']}: kind {row['kind']!r} is not one of {_KINDS}")
        actor = Actor(row["canonical"], row["kind"], row["group"], row["parent"])
        actors[actor.name] = actor
        names = [actor.name, *_split(row["aliases"])]
        for name in names:
            if not name[:1].isupper():
                raise RuleTableError(f"story/actors.tsv:{row['_line']}: alias {name!r} must start with a capital")
            by_alias[name] = actor
            if row["place_sense"] == "yes":
                place_sense.add(name)
        words = list(_split(row["short_aliases"]))
        if actor.kind == "person":
            words += [w for name in names for w in name.split()]
        short[actor.name] = tuple(dict.fromkeys(w for w in words if w not in not_names and len(w) > 1))
    for actor in actors.values():
        if actor.parent and actor.parent not in actors:
            raise RuleTableError(f"story/actors.tsv: parent {actor.parent!r} of {actor.name!r} is not an actor")
    # Only names that start with A-Z can match (the matching form is searched for capitals A-Z).
    regex = re.compile(_alternation((a for a in by_alias if "A" <= a[0] <= "Z"), not_after=r"[\w&]")
                       + r"(?![\w&]|[.-]\w)")
    return _Gazetteer(actors, by_alias, short, frozenset(place_sense), regex)


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("story/not_names.tsv"))


@functools.lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("story/not_names.tsv") if row["pronoun"] == "yes")


@functools.lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("story/not_names.tsv") if row["determiner"] == "yes")


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(row["title"].lower() for row in load_table("story/person_titles.tsv"))


@functools.lru_cache(maxsize=1)
def _block_words() -> dict[str, frozenset[str]]:
    """The words of the building blocks that are word lists, as the regexes match them."""
    titles = load_table("story/person_titles.tsv")
    return {
        "TITLE": frozenset(_cases(r["title"] for r in titles if r["before"] == "yes")),
        "APPOSITION": frozenset(_cases(r["title"] for r in titles if r["apposition"] == "yes")),
        "SPEECH": frozenset(_cases(r["verb"] for r in load_table("story/speech_verbs.tsv"))),
        "ORG_SUFFIX": frozenset(org_suffixes()),
        "ORG_HEAD": frozenset(_cases(r["noun"] for r in load_table("story/org_heads.tsv"))),
    }


_NAME_TOKENS = 4       # the most tokens of a name (building blocks NAME, NAME2, ORG)


@functools.lru_cache(maxsize=1)
def _blocks() -> dict[str, str]:
    """Regex building blocks shared by name patterns and headline trims.

    A name is one to four tokens (McDonald, Jin-ho, O'Brien; for organisations also BDA, 3M, Alibaba.com).
    The tokens never give letters back (possessive ``++``/``*+``): what follows a name in a pattern is
    never a letter, a digit, an apostrophe or a hyphen, so giving back could only fail again, slowly.  A
    name of two tokens or more checks right after its first capital that a second token follows, so the
    many single capitalised words ("The", "In", "Alibaba") are dismissed at once."""
    rest = r"[a-z]++(?:[A-Z][a-z]++)*+(?:-[A-Za-z]++|'(?!s\b)[A-Za-z]++)*+"
    token = "[A-Z]" + rest
    org_token = r"[A-Z](?:[A-Za-z0-9&-]|'(?!s\b)|\.(?=[a-z]{2,3}\b))*+"
    words = _block_words()
    return {
        "NAME": rf"(?-i:{token}(?: {token}){{0,{_NAME_TOKENS - 1}}})",
        "NAME2": rf"(?-i:[A-Z](?=[A-Za-z'-]*+ [A-Z]){rest}(?: {token}){{1,{_NAME_TOKENS - 1}}})",
        "ORG": rf"(?-i:{org_token}(?: {org_token}){{0,{_NAME_TOKENS - 1}}})",
        "CAP": r"(?-i:[A-Z][\w.&'-]*)",
        "TITLE": _alternation(words["TITLE"]),
        "APPOSITION": _alternation(words["APPOSITION"]),
        "SPEECH": _alternation(words["SPEECH"]),
        "ORG_SUFFIX": "(?-i:" + _alternation(words["ORG_SUFFIX"]) + ")",
        "ORG_HEAD": _alternation(words["ORG_HEAD"]),
    }


def _fill(pattern: str) -> str:
    blocks = _blocks()
    return re.sub(r"\{([A-Z_0-9]+)\}", lambda m: blocks[m.group(1)], pattern)


class _NamePattern:
    r"""A name pattern of name_patterns.tsv, with the fastest exact way to find all its matches.

    A pattern that opens with a word of a list before the name (``\b{TITLE}\s+(?P<name>{NAME})``) would
    make re try the list at nearly every word.  For those, the text is read backwards from each capital
    (the name's first letter) over white space and a listed word written backwards; each word start of
    such a word is a place where the pattern may match, and the pattern is tried there, in order, the way
    ``finditer`` would (leftmost first, never inside the previous match): the same matches, found ~3x
    faster.

    A pattern that opens with the name is found from what must follow the name, where that is rarer than
    a capital: a punctuation mark (``(?P<name>{NAME2}),\s+(?:a|an|the)...``: the mark where the rest of
    the pattern follows) or a listed word (``(?P<name>{ORG}\s{ORG_SUFFIX})\b``: a listed word after
    white space).  A name has at most :data:`_NAME_TOKENS` tokens without white space, so it starts
    among the capitals of the last that many words before such an anchor; the pattern is tried there, in
    order, as above.  Other patterns use ``finditer`` itself."""

    _SHAPE = re.compile(r"\\b\{(?P<block>[A-Z_]+)\}\\s\+\(\?P<name>\{(?:NAME|NAME2|ORG)\}\)")
    _NAME_THEN_MARK = re.compile(r"\(\?P<name>\{(?:NAME|NAME2|ORG)\}\)(?P<mark>[,;:])(?![?*+{])(?P<rest>.*)", re.S)
    _NAME_THEN_WORD = re.compile(r"\(\?P<name>\{(?:NAME|NAME2|ORG)\}\\s\{(?P<block>[A-Z_]+)\}\)\\b")

    def __init__(self, pattern: str, kind: str):
        self.regex = re.compile(_fill(pattern))
        self.kind = kind
        self.backwards = None
        self.backwards_words = ""  # the alternation of the listed words written backwards
        self.longest = 0            # the longest listed word
        shape = self._SHAPE.match(pattern)
        words = _block_words().get(shape.group("block")) if shape else None
        if words and all(_WORD_CHAR.match(w) and w == w.strip() and "*" not in w for w in words):
            self.backwards_words = _alternation(w[::-1] for w in words)
            self.backwards = re.compile(r"[A-Z](?=(\s+)(" + self.backwards_words + r")(?!\w))")
            self.longest = max(len(w) for w in words)
        self.anchor = self._anchor(pattern)

    @staticmethod
    def _anchor(pattern: str) -> re.Pattern | None:
        """What must follow the name of a pattern that opens with it, as a one-character match."""
        shape = _NamePattern._NAME_THEN_MARK.fullmatch(pattern)
        if shape:   # (the rest must be a regex of its own: no reference to the name group)
            try:
                return re.compile(re.escape(shape.group("mark")) + "(?=" + _fill(shape.group("rest")) + ")")
            except re.error:
                return None
        shape = _NamePattern._NAME_THEN_WORD.fullmatch(pattern)
        words = _block_words().get(shape.group("block")) if shape else None
        if not words or not all(_WORD_CHAR.match(w) and "*" not in w for w in words):
            return None
        root = _trie(words, False)    # the first letter, after white space, of a listed word that ends there
        return re.compile("(?:" + "|".join(f"{re.escape(ch)}(?<=\\s{re.escape(ch)})(?={_tree(node, False)}\\b)"
                                           for ch, node in sorted(root.items())) + ")")

    def finditer(self, form: str, backwards: str, until: int | None = None,
                 capitals: Iterable[int] | None = None) -> Iterable[re.Match]:
        """``self.regex.finditer(form)``; ``backwards`` is ``form[::-1]``.  ``until``: only the matches that
        start before it (the text after it is read only as far as they need).  ``capitals``: for a pattern
        read backwards, the places in ``backwards`` where it may start reading, when already known (see
        :func:`_backwards_capitals`)."""
        until = len(form) if until is None else until
        if self.anchor is not None:
            yield from self._tried(form, self._starts_before_anchors(form, backwards, until), until)
            return
        if self.backwards is None:
            for match in self.regex.finditer(form):
                if match.start() >= until:
                    return
                yield match
            return
        last = len(form) - 1
        if capitals is None:
            hits = self.backwards.finditer(backwards, max(0, last - _reach(form, until, self.longest)))
        else:
            hits = filter(None, (self.backwards.match(backwards, at) for at in capitals))
        starts = set()
        for hit in hits:
            end = last - hit.end(1) + 1           # where the listed word ends (white space follows)
            start = end - len(hit.group(2))       # where the longest listed word ending there starts
            starts.add(start)
            starts.update(m.start() for m in _WORD_START.finditer(form, start + 1, end))
        yield from self._tried(form, starts, until)

    def _starts_before_anchors(self, form: str, backwards: str, until: int) -> set[int]:
        starts = set()
        for hit in self.anchor.finditer(form):
            anchor = hit.start()
            words = _LAST_WORDS.match(backwards, len(form) - anchor)    # read back from just before it
            first = anchor - words.end() + words.start()
            if first >= until:
                break   # (the words before a later anchor start no earlier)
            starts.update(m.start() for m in _CAPITAL.finditer(form, first, anchor))
        return starts

    def _tried(self, form: str, starts: Iterable[int], until: int) -> Iterable[re.Match]:
        """The matches ``finditer`` gives, from the places where the pattern may match: leftmost first,
        never inside the previous match; those that start before ``until``."""
        at = 0
        for start in sorted(starts):
            if start >= until:
                return
            if start < at:
                continue
            match = self.regex.match(form, start)
            if match:
                yield match
                at = max(match.end(), start + 1)


_WORD_CHAR = re.compile(r"\w")
_QUOTE = re.compile('"')
_NON_SPACE = re.compile(r"\S+")
_WORD_START = re.compile(r"(?<!\w)\w")
_CAPITAL = re.compile("[A-Z]")
# on the text written backwards: white space, then up to _NAME_TOKENS words (the name before an anchor)
_LAST_WORDS = re.compile(rf"\s*+(?:\S++\s++){{0,{_NAME_TOKENS - 1}}}\S*+")


@functools.lru_cache(maxsize=1)
def _name_patterns() -> tuple[_NamePattern, ...]:
    out = []
    for row in load_table("story/name_patterns.tsv"):
        if row["kind"] not in _KINDS:
            raise RuleTableError(f"story/name_patterns.tsv:{row['_line']}: kind {row['kind']!r} is not one of {_KINDS}")
        out.append(_NamePattern(row["pattern"], row["kind"]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _backwards_reading() -> tuple[re.Pattern, int] | None:
    """One regex for where any pattern read backwards may start reading, and their longest listed word:
    one scan instead of one per pattern."""
    readers = [p for p in _name_patterns() if p.backwards is not None]
    if len(readers) < 2:
        return None
    either = "|".join(p.backwards_words for p in readers)
    return re.compile(r"[A-Z](?=\s+(?:" + either + r")(?!\w))"), max(p.longest for p in readers)


def _backwards_capitals(form: str, backwards: str, until: int) -> list[int] | None:
    """The places in ``backwards`` where a pattern read backwards may start reading, as far as matches
    starting before ``until`` need (see :meth:`_NamePattern.finditer`); None with fewer than two such
    patterns."""
    reading = _backwards_reading()
    if reading is None:
        return None
    regex, longest = reading
    return [hit.start() for hit in regex.finditer(backwards, max(0, len(form) - 1 - _reach(form, until, longest)))]


def _reach(form: str, until: int, longest: int) -> int:
    """How far a name read back from its capital may lie for a match starting before ``until``: it starts
    at most ``longest`` characters (a listed word) before the white space in front of its capital, so its
    capital is at most the first non-space from ``until + longest`` on."""
    after = _NON_SPACE.search(form, min(len(form), until + longest))
    return after.start() if after else len(form)


@functools.lru_cache(maxsize=1)
def _place_guards() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("story/place_guards.tsv"))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# A word that may be a short alias: capitalised, whole ("Ma", "Ant", "JD"); possessive "'s" stays outside.
# (the look-behind after the first letter is the same as one before it, and lets re skip to capitals)
_NAME_WORD = re.compile(r"[A-Z](?<![\w&][A-Z])[\w&]*(?:-[A-Z][\w&]*)*(?![\w&]|[.-]\w)")
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)")
_CAPITAL_BEFORE = re.compile(r"([A-Z][A-Za-z]+) $")


# ------------------------------------------------------------------------------------------------ actors

def find_actors(text: str, *, form: str | None = None) -> list[ActorMention]:
    """Every actor mention in an article, aliases resolved, sorted by offset.

    >>> [m.actor.name for m in find_actors("Jack Ma founded Alibaba. Ma later retired.")]
    ['Jack Ma', 'Alibaba', 'Jack Ma']
    """
    form = matching_form(text) if form is None else form
    mentions = _find_actors(form, len(form))
    assert mentions is not None   # nothing runs past the end of the text
    return mentions


def _find_actors(form: str, until: int) -> list[ActorMention] | None:
    """:func:`find_actors`'s mentions that start before ``until``, the text after it read only as far as
    the scans need; None when a name found runs past ``until``.

    The same mentions as over the whole text: a mention decides on another (a name overlapping another
    is dropped, a short alias needs an earlier full name) only when they overlap or the other comes
    first, and when nothing found runs past ``until``, nothing that starts after it overlaps anything
    before it."""
    gaz = _gazetteer()
    taken: list[Span] = []
    full: list[ActorMention] = []
    for match in gaz.regex.finditer(form):
        if match.start() >= until:
            break
        alias = match.group()
        if alias in gaz.place_sense and _after_place_guard(form, match.start()):
            continue
        full.append(ActorMention(match.start(), match.end(), gaz.by_alias[alias], "gazetteer"))
        taken.append((match.start(), match.end()))
    taken.sort()

    single_word: list[ActorMention] = []
    found, outgrown = _pattern_names(form, taken, until)
    if outgrown:
        full = [m for m in full if (m.start, m.end) not in outgrown]
        taken = [span for span in taken if span not in outgrown]
    for mention in found:
        (single_word if " " not in form[mention.start:mention.end] else full).append(mention)
        if " " in form[mention.start:mention.end]:
            _insert(taken, (mention.start, mention.end))

    aliases = _resolve_aliases(form, full, taken, until)
    if any(m.end > until for group in (full, found, aliases) for m in group):
        return None
    for mention in aliases:
        _insert(taken, (mention.start, mention.end))
    kept_single = []
    for mention in sorted(single_word, key=lambda m: m.start):
        if not _overlaps(taken, mention.start, mention.end):
            kept_single.append(mention)
            _insert(taken, (mention.start, mention.end))
    return sorted(full + aliases + kept_single, key=lambda m: (m.start, -m.end))


def _after_place_guard(form: str, start: int) -> bool:
    before = _WORD_BEFORE.search(form, max(0, start - 30), start)
    return bool(before) and before.group(1).lower() in _place_guards()


def _pattern_names(form: str, taken: list[Span], until: int) -> tuple[list[ActorMention], set[Span]]:
    """The names the patterns find, and the gazetteer names (``taken``) a longer company name took the place of."""
    found: list[ActorMention] = []
    outgrown: set[Span] = set()
    claimed: list[Span] = list(taken)
    backwards = form[::-1]
    capitals = _backwards_capitals(form, backwards, until)
    for pattern in _name_patterns():
        kind = pattern.kind
        for match in pattern.finditer(form, backwards, until, capitals):
            start, end = _strip_not_names(form, *match.span("name"))
            if end <= start:
                continue
            parent = ""
            if _overlaps(claimed, start, end):
                known = _known_name_outgrown(form, claimed, taken, start, end)
                if known is None:
                    continue
                claimed.remove(known)
                outgrown.add(known)
                parent = _owner_named(form[known[0]:known[1]], form[start:end])
            end = _of_name_end(form, start, end, claimed)
            name = form[start:end]
            # (an organisation's pattern needs no look at the name's last word)
            actor = Actor(name, "organisation" if kind == "organisation" or _ends_in_org_suffix(name) else kind,
                          parent=parent)
            found.append(ActorMention(start, end, actor, "pattern"))
            _insert(claimed, (start, end))
    return found, outgrown


def _known_name_outgrown(form: str, claimed: list[Span], taken: list[Span], start: int, end: int) -> Span | None:
    """The gazetteer name a longer company name opens with, when the longer name is another organisation's and
    takes its place: it ends in an organisation suffix and runs past the gazetteer name in a word that is no legal
    form ("Tencent Music Corp", "the Washington Post"; "Tencent Holdings Ltd" stays Tencent).  None when the
    name overlaps anything else: a word before the known name is more often a sentence's opening word than a
    name's ("After Tencent Holdings")."""
    i = bisect.bisect_left(claimed, (start, start))
    inside = claimed[i] if i < len(claimed) else None
    if inside is None or inside[0] != start or inside[1] >= end or inside not in taken:
        return None
    if i + 1 < len(claimed) and claimed[i + 1][0] < end:
        return None
    if i > 0 and claimed[i - 1][1] > start:
        return None
    if not _ends_in_org_suffix(form[start:end]):
        return None
    legal_forms = _suffixes_marked("legal_form")
    return inside if any(word not in legal_forms for word in form[inside[1]:end].split()) else None


def _owner_named(alias: str, name: str) -> str:
    """The organisation a longer name opening with a gazetteer alias belongs to, as a unit to its parent
    ("Alibaba Health Information Technology" -> Alibaba); when the alias may be a place, only a public body's
    name belongs to the place's government ("the Beijing Intellectual Property Court" -> the Chinese
    government), a company's does not ("the Washington Post" is no part of the U.S. government)."""
    gaz = _gazetteer()
    actor = gaz.by_alias[alias]
    if actor.kind != "organisation":
        return ""
    if alias not in gaz.place_sense:
        return actor.name
    # "the Washington State Department of Health" is the state's body, no part of the U.S. government
    after_place = name.partition(alias)[2].split()
    local = bool(after_place) and after_place[0] in _local_body_words()
    return actor.name if _ends_in_public_body_word(name) and not local else ""


@functools.lru_cache(maxsize=1)
def _local_body_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("story/local_bodies.tsv"))


_CAPITALISED_RUN = r"[A-Z][A-Za-z-]*+(?: [A-Z][A-Za-z-]*+){0,2}(?![\w-])"
_OF_NAME = re.compile(rf" of (?P<field>{_CAPITALISED_RUN})(?: and {_CAPITALISED_RUN})?")


def _of_name_end(form: str, start: int, end: int, claimed: list[Span]) -> int:
    """Where a public body's name ends when "of" and its field go on with it (org_suffixes.tsv of_name: "the
    Department of Fish and Wildlife"), short of a name already found there ("Department of Environment" when
    "Natural Resources" is) and of a day or month after it (not_names.tsv)."""
    if form[start:end].rsplit(None, 1)[-1] not in _suffixes_marked("of_name"):
        return end
    more = _OF_NAME.match(form, end)
    if more is None:
        return end
    for longest in (more.end(), more.end("field")):
        if not _overlaps(claimed, end, longest):
            return max(end, _strip_not_names(form, start, longest)[1])
    return end


@functools.lru_cache(maxsize=3)
def _suffixes_marked(column: str) -> frozenset[str]:
    """The org_suffixes.tsv suffixes marked yes in ``column`` (legal_form, public_body, of_name)."""
    return frozenset(r["suffix"] for r in load_table("story/org_suffixes.tsv") if r[column] == "yes")


@functools.lru_cache(maxsize=1)
def org_suffixes() -> tuple[str, ...]:
    """The words that end an organisation's name (org_suffixes.tsv: "Corp", "Ministry"), in file order."""
    return tuple(r["suffix"] for r in load_table("story/org_suffixes.tsv"))


@functools.lru_cache(maxsize=1)
def _org_suffix_regex() -> re.Pattern:
    return re.compile(r"\s(?:" + _alternation(org_suffixes()) + r")$")


def _ends_in_org_suffix(name: str) -> bool:
    return bool(_org_suffix_regex().search(name))


def _ends_in_public_body_word(name: str) -> bool:
    return name.rsplit(None, 1)[-1] in _suffixes_marked("public_body")


def _strip_not_names(form: str, start: int, end: int) -> Span:
    """Take capitalised non-names ("In", "February", "President") off both ends of a found name."""
    lo, hi = _stripped(form[start:end])
    return (start + lo, start + hi) if hi > lo else (start, start)


@functools.lru_cache(maxsize=1 << 14)
def _stripped(name: str) -> Span:
    """What :func:`_strip_not_names` keeps of a found name, as offsets into it (names recur)."""
    words = [m.span() for m in _NON_SPACE.finditer(name)]
    skip = _not_names()
    titles = _title_words()
    while words:
        if name[slice(*words[0])] in skip:
            words.pop(0)
            continue
        # titles of up to three words: "Deputy Prime Minister Tariq Aziz"
        title = next((k for k in (3, 2, 1) if len(words) > k - 1
                      and " ".join(name[slice(*w)] for w in words[:k]).lower() in titles), 0)
        if not title:
            break
        del words[:title]
    while words and (name[slice(*words[-1])] in skip or name[slice(*words[-1])].lower() in titles):
        words.pop()
    return (words[0][0], words[-1][1]) if words else (0, 0)


def _resolve_aliases(form: str, full: list[ActorMention], taken: list[Span], until: int) -> list[ActorMention]:
    """Short aliases ("Ma", "Ant", "Clark") of actors the article has named in full before them."""
    gaz = _gazetteer()
    firsts: dict[str, list[int]] = {}          # canonical -> starts of its full mentions
    owners: dict[str, set[str]] = {}           # short alias -> canonicals
    actors: dict[str, Actor] = {}
    not_names = _not_names()
    for mention in sorted(full, key=lambda m: m.start):
        actor = mention.actor
        actors[actor.name] = actor
        firsts.setdefault(actor.name, []).append(mention.start)
        if actor.name in gaz.short:
            words = gaz.short[actor.name]
        elif actor.kind == "person":
            words = tuple(w for w in actor.name.split() if w not in not_names and len(w) > 1)
        else:
            words = ()
        for word in words:
            owners.setdefault(word, set()).add(actor.name)
    if not owners:
        return []
    titles = _title_words()
    out = []
    for match in _owner_words(form, owners, min(s[0] for s in firsts.values()) + 1, until):
        start, end = match.span()
        if _overlaps(taken, start, end) or _next_to_other_name(form, start, end, not_names, titles):
            continue
        best, best_at = None, -1
        for name in owners[match.group()]:
            starts = firsts[name]
            i = bisect.bisect_left(starts, start) - 1
            if i >= 0 and starts[i] > best_at:
                best, best_at = name, starts[i]
        if best is not None:
            out.append(ActorMention(start, end, actors[best], "alias"))
    return out


def _owner_words(form: str, owners: dict[str, set[str]], since: int, until: int) -> Iterable[re.Match]:
    """The matches of ``_NAME_WORD.finditer(form)`` that are words of ``owners`` and start from ``since``
    to before ``until``.  The owners' words are looked up with ``str.find``, far faster than reading every
    capitalised word: a word found is a match of that ``finditer`` when ``_NAME_WORD`` matches there and
    the character before is no hyphen (only after a hyphen can a place lie inside an earlier match, as
    in "Sino-Ma"; then every word is read)."""
    places = set()
    for word in owners:
        end = until + len(word) - 1     # (a word that starts before `until`)
        at = form.find(word, since, end)
        while at >= 0:
            places.add(at)
            at = form.find(word, at + 1, end)
    if any(form[at - 1] == "-" for at in places if at):
        matches = (m for m in _NAME_WORD.finditer(form) if since <= m.start())
    else:
        matches = (_NAME_WORD.match(form, at) for at in sorted(places))
    for match in matches:
        if match is None:
            continue
        if match.start() >= until:
            return
        if match.group() in owners:
            yield match


def _next_to_other_name(form: str, start: int, end: int, not_names: frozenset[str], titles: frozenset[str]) -> bool:
    """'Ma' in 'Ma Huateng' or 'Pony Ma' is somebody else's name, unless the neighbour is a title or a non-name."""
    after = _CAPITAL_AFTER.match(form, end)
    before = _CAPITAL_BEFORE.search(form, max(0, start - 40), start)
    for neighbour in (after, before):
        if neighbour:
            word = neighbour.group(1)
            if word not in not_names and word.lower() not in titles:
                return True
    return False


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def _insert(spans: list[Span], span: Span) -> None:
    bisect.insort(spans, span)


def actor_info(name: str) -> Actor | None:
    """The gazetteer's record of a canonical name (None for names found by patterns)."""
    return _gazetteer().actors.get(name)


@functools.lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    """The canonical names of the gazetteer's media outlets."""
    return frozenset(actor.name for actor in _gazetteer().actors.values() if actor.group == "media")


@functools.lru_cache(maxsize=4096)
def actor_name_words(name: str) -> frozenset[str]:
    """Lower-case name words of an actor's canonical name and aliases (kept out of event key words).

    Only capitalised words are names: the common noun of "Chinese regulators" stays a key word.
    """
    gaz = _gazetteer()
    names = [name]
    actor = gaz.actors.get(name)
    if actor is not None:
        names += [alias for alias, a in gaz.by_alias.items() if a is actor]
        names += list(gaz.short.get(name, ()))
    words = (w for n in names for w in re.findall(r"[A-Za-z][A-Za-z'&.-]*[A-Za-z]|[A-Za-z]", n))
    return frozenset(w.lower() for w in words if w[0].isupper())


def introduced_as_a_person(form: str, start: int, end: int) -> bool:
    """Does a verb of saying right before the name at ``start``-``end`` (speech_verbs.tsv: "said Maria Rojas") or a
    title heading an apposition right after it (person_titles.tsv apposition=yes: "Maria Rojas, head of the growers'
    body") introduce it as a person?  Such a name told whole again later is still that person's."""
    before, after = _person_markers()
    return before.search(form, max(0, start - _SPEECH_VERB_REACH), start) is not None \
        or after.match(form, end) is not None


# How far before a name a verb of saying right before it may start (characters: "acknowledged ").
_SPEECH_VERB_REACH = 40


@functools.lru_cache(maxsize=1)
def _person_markers() -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(_fill(r"(?<![\w-])(?:{SPEECH})\s+\Z")),
            re.compile(_fill(r",\s+(?:[\w.'’-]+\s+){0,3}?(?:{APPOSITION})(?![\w-])")))


def _sentence_actors(mentions: list[ActorMention], aside: list[Span]) -> tuple[str, ...]:
    """Canonical names in order of first mention; units bring their parents; media in attributions drop."""
    names: list[str] = []
    for mention in mentions:
        actor = mention.actor
        if actor.group == "media" and any(s <= mention.start < e for s, e in aside):
            continue
        for name in (actor.name, actor.parent):
            if name and name not in names:
                names.append(name)
    return tuple(names)


# --------------------------------------------------------------------------------------------- headline

@dataclass(frozen=True)
class _Trims:
    discourse: re.Pattern
    openers: re.Pattern
    participle_opener: re.Pattern
    lead: tuple[re.Pattern, ...]
    tail: tuple[re.Pattern, ...]
    drops: tuple[re.Pattern, ...]
    cuts: tuple[re.Pattern, ...]
    speech: re.Pattern
    tail_needs: tuple[tuple[str, bool], ...]   # what each tail cannot match without (see _needed_text)
    drop_needs: tuple[tuple[str, bool], ...]
    cut_needs: tuple[tuple[str, bool], ...]


@functools.lru_cache(maxsize=1)
def _trims() -> _Trims:
    markers = load_table("story/discourse_markers.tsv")
    with_comma = _alternation((r["marker"] for r in markers if r["comma"] == "yes"), fold=True)
    bare = _alternation((r["marker"] for r in markers if r["comma"] != "yes"), fold=True)
    discourse = re.compile(rf"(?:{with_comma}\s*,|{bare}\b,?)\s*", re.I)
    # a list of examples after the circumstance belongs to it ("By adhering to frameworks, such as ..., ";
    # story/example_leads.tsv)
    leads = _alternation(r["word"] for r in load_table("story/example_leads.tsv"))
    examples = rf"(?:\s(?:{leads})\b[^,]{{0,80}},)?\s+"
    openers = re.compile(_alternation((r["word"] for r in load_table("story/openers.tsv")), fold=True)
                         + r"\b[^,]{0,80}," + examples, re.I)
    participle = re.compile(r"(?-i:[A-Z][a-z]+(?:ed|ing))\b[^,]{0,80}," + examples)
    groups: dict[str, list[re.Pattern]] = {"marker": [], "attribution_lead": [], "attribution_tail": [],
                                           "drop": [], "cut": []}
    needs: dict[str, list[tuple[str, bool]]] = {kind: [] for kind in groups}
    end_of_sentence = r"""[\s.!?"']*$"""
    for row in load_table("story/headline_trims.tsv"):
        if row["kind"] not in groups:
            raise RuleTableError(f"story/headline_trims.tsv:{row['_line']}: unknown kind {row['kind']!r}")
        pattern = _fill(row["pattern"])
        if row["kind"] == "attribution_tail":
            pattern = f"(?:{pattern}){end_of_sentence}"
        groups[row["kind"]].append(re.compile(pattern, re.I))
        needs[row["kind"]].append(_needed_text(row["pattern"], re.I))
    speech = re.compile(r"\b" + _fill("{SPEECH}") + r"\b")
    return _Trims(discourse, openers, participle, tuple(groups["marker"] + groups["attribution_lead"]),
                  tuple(groups["attribution_tail"]), tuple(groups["drop"]), tuple(groups["cut"]), speech,
                  tuple(needs["attribution_tail"]), tuple(needs["drop"]), tuple(needs["cut"]))


def _needed_text(pattern: str, flags: int) -> tuple[str, bool]:
    """(text every match of a headline_trims.tsv pattern contains, whether case is ignored in it): the
    longest run of plain characters in the pattern's top level, outside groups and classes and not made
    optional by a quantifier ("according to" of ``,?\\s+according to\\s[^,]+``); ("", False) when there is
    none or the top level has alternatives.  A sentence without it need not be searched.  Read from the
    pattern as written in the table (before the building blocks are filled in)."""
    best, run, depth = "", "", 0
    for atom in _PATTERN_ATOM.finditer(pattern):
        kind = atom.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif depth == 0 and kind == "either":
            return "", False
        if depth == 0 and kind in ("escaped", "plain"):
            run += atom.group(kind)
            continue
        if kind == "repeat":    # the last character of the run may be absent
            run = run[:-1]
        best = max(best, run, key=len)
        run = ""
    best = max(best, run, key=len)
    folded = bool(flags & re.IGNORECASE) and best.lower() != best.upper()
    return (best.lower() if folded else best), folded


# The pieces of a regex as written, for _needed_text: an escape that stands for a class, an anchor or a
# code (\s, \b, \u2022) is no plain character; a class, a group and a building block ({SPEECH}) are none.
_PATTERN_ATOM = re.compile(r"""
      (?P<special>\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|N\{[^}]*\}|[0-7]{1,3}|[A-Za-z0-9]))
    | \\(?P<escaped>.)
    | (?P<klass>\[\^?\]?(?:\\.|[^\]\\])*\])
    | (?P<repeat>(?:[?*+]|\{\d*,?\d*\})[?+]?)
    | (?P<block>\{[A-Z_0-9]+\})
    | (?P<open>\((?:\?[:!=]|\?<[!=]|\?P<\w+>|\?[a-zA-Z-]+:)?)
    | (?P<close>\))
    | (?P<either>\|)
    | (?P<anchor>[.^$])
    | (?P<plain>.)
""", re.VERBOSE | re.DOTALL)


def _lacks(needed: tuple[str, bool], shape: str, lowered: str | None) -> bool:
    """Does a text certainly lack what a regex needs?  ``lowered``: the text in lower case, or None when
    it is not ASCII (only on ASCII text is lower case exactly what re's case folding compares)."""
    text, folded = needed
    if not text:
        return False
    if folded:
        return lowered is not None and text not in lowered
    return text not in shape


def _quotation(form: str) -> tuple[Span, Span] | None:
    """(quoted body, attribution) for a sentence that opens with a quotation followed by who said it."""
    if not form.startswith('"'):
        return None
    close = form.find('"', 1)
    if close < 2 or close >= len(form) - 1:
        return None
    if not _trims().speech.search(form, close + 1):
        return None
    return (1, close), (close + 1, len(form))


def core_span(sentence: str, *, form: str | None = None) -> Span:
    """The part of a sentence that says what happened: without linking words and attributions.

    Offsets into ``sentence``.  For a quotation with its attribution, the quotation's body.
    """
    return _core_span(matching_form(sentence) if form is None else form)


# Small on purpose: a large cache would also serve the same sentence in another document, which makes a corpus of
# repeated texts (the speed benchmark's) look faster than real news runs.  A sentence's core travels with its
# rows instead (SentenceStory.core, then the rows' CORE).
@functools.lru_cache(maxsize=16)
def _core_span(form: str) -> Span:
    lo, hi = _strip_space(form, 0, len(form))
    quote = _quotation(form[lo:hi])
    if quote:
        (q_lo, q_hi), _ = quote
        return _strip_space(form, lo + q_lo, lo + q_hi)
    trims = _trims()
    # A tail whose needed text is missing can never match (the span only shrinks); on ASCII text lower
    # case is exactly what re's case folding compares.
    piece = form[lo:hi]
    lowered = piece.lower() if piece.isascii() else None
    tails = [regex for regex, needed in zip(trims.tail, trims.tail_needs) if not _lacks(needed, piece, lowered)]
    leads = (trims.discourse, *trims.lead)
    lead_tried = [None] * len(leads)    # the span each regex last failed on: same span, same failure
    tail_tried = [None] * len(tails)
    changed = True
    while changed:
        changed = False
        for number, regex in enumerate(leads):
            if lead_tried[number] == (lo, hi):
                continue
            match = regex.match(form, lo, hi)
            if match and match.end() < hi and _words(form, match.end(), hi) >= 3:
                lo, changed = match.end(), True
            else:
                lead_tried[number] = (lo, hi)
        for number, regex in enumerate(tails):
            if tail_tried[number] == (lo, hi):
                continue
            match = regex.search(form, lo, hi)
            if match and match.start() > lo and _words(form, lo, match.start()) >= 3:
                hi, changed = match.start(), True
            else:
                tail_tried[number] = (lo, hi)
    return _strip_space(form, lo, hi)


def make_headline(sentence: str, *, form: str | None = None,
                  mentions: Iterable[ActorMention] | None = None) -> str:
    """A short chart label taken from the sentence (see the module docstring).

    ``mentions``: actor mentions with offsets relative to ``sentence`` (found here when None); a person
    named in a quotation's attribution becomes the speaker prefix.
    """
    form = matching_form(sentence) if form is None else form
    if mentions is None:
        mentions = find_actors(sentence, form=form)
    return _headline(sentence, form, list(mentions), None)


def _headline(sentence: str, form: str, mentions: list[ActorMention], core: Span | None,
              offset: int = 0) -> str:
    """``mentions``: offsets minus ``offset`` are offsets into ``sentence``."""
    lo, hi = _strip_space(form, 0, len(form))
    quote = _quotation(form[lo:hi])
    prefix = ""
    if quote:
        (q_lo, q_hi), (a_lo, _) = quote
        speaker = next((ActorMention(m.start - offset, m.end - offset, m.actor, m.how) for m in mentions
                        if m.actor.kind == "person" and m.start - offset >= lo + a_lo), None)
        if speaker is not None:
            prefix = _squash(sentence[speaker.start:speaker.end]) + ": "
        lo, hi = _strip_space(form, lo + q_lo, lo + q_hi)
    else:
        lo, hi = core if core is not None else core_span(sentence, form=form)
        lo = _drop_opener(form, lo, hi)
    text, shape = sentence[lo:hi], form[lo:hi]
    text, shape = _shorten(text, shape, HEADLINE_MAX - len(prefix))
    return prefix + _tidy(text, shape)


def _drop_opener(form: str, lo: int, hi: int) -> int:
    trims = _trims()
    for regex in (trims.openers, trims.participle_opener):
        match = regex.match(form, lo, hi)
        if not match:
            continue
        rest = form[match.end():hi].split()
        if len(rest) < _MIN_WORDS_AFTER_OPENER:
            continue
        first = rest[0].strip("\"'")
        if first.lower() in _pronouns():
            continue  # "While X is promising, it is not without challenges" needs its opener
        if first[:1].isupper() or first[:1].isdigit() or first[:1] == "$" or first.lower() in _determiners():
            return match.end()
    return lo


def _shorten(text: str, shape: str, limit: int) -> tuple[str, str]:
    trims = _trims()
    if _width(text) <= limit:
        return text, shape
    lowered = shape.lower() if shape.isascii() else None
    for regex, needed in zip(trims.drops, trims.drop_needs):
        if _lacks(needed, shape, lowered):
            continue   # (dropping text only takes from what there is)
        while _width(text) > limit:
            match = regex.search(shape)
            if not match:
                break
            a, b = match.span()
            text, shape = text[:a] + text[b:], shape[:a] + shape[b:]
    if _width(text) <= limit:
        return text, shape
    lowered = shape.lower() if shape.isascii() else None    # (the drops may have changed the shape)
    cut_regexes = [regex for regex, needed in zip(trims.cuts, trims.cut_needs) if not _lacks(needed, shape, lowered)]
    if "  " in text or "\n" in text or "\t" in text:
        cuts = sorted({m.start() for regex in cut_regexes for m in regex.finditer(shape)})
        fitting = [c for c in cuts if _MIN_CUT <= _width(text[:c]) <= limit]
    else:   # every prefix is as wide as it is long: only the cuts up to the limit matter
        fitting = []
        for regex in cut_regexes:
            for match in regex.finditer(shape):
                if match.start() > limit:
                    break
                if match.start() >= _MIN_CUT:
                    fitting.append(match.start())
        fitting.sort()
    if fitting:
        return text[:fitting[-1]], shape[:fitting[-1]]
    cut = shape.rfind(" ", 0, limit)
    if cut < _MIN_CUT:
        cut = limit - 1
    head, head_shape = text[:cut].rstrip(" ,;:-"), shape[:cut].rstrip(" ,;:-")
    return head + "\u2026", head_shape + "\u2026"


def _tidy(text: str, shape: str) -> str:
    """Trailing punctuation off, an unbalanced quotation mark off, spaces squashed, first letter up."""
    text, shape = text.strip(), shape.strip()
    while shape and (shape[-1] in ".,;:" or shape.endswith(',"')):
        if shape.endswith(',"'):
            text, shape = text[:-2] + text[-1], shape[:-2] + shape[-1]
        else:
            text, shape = text[:-1].rstrip(), shape[:-1].rstrip()
    if shape.count('"') % 2:
        if shape.endswith('"'):
            text, shape = text[:-1], shape[:-1]
        elif shape.startswith('"'):
            text, shape = text[1:], shape[1:]
    text = _squash(text.strip())
    return text[:1].upper() + text[1:]


def _width(text: str) -> int:
    """Length once white space is squashed (most sentences have none to squash)."""
    if "  " in text or "\n" in text or "\t" in text:
        return len(_squash(text))
    return len(text)


def _squash(text: str) -> str:
    if "  " not in text and text.isprintable():
        return text   # its only white space is single plain spaces (the others are not printable)
    return _SQUASHABLE.sub(" ", text)


# White space other than one plain space: replacing only these runs by a space is the same as replacing
# every run, and re jumps from one white-space character to the next.
_SQUASHABLE = re.compile(r"\s(?:(?<! )|\s)\s*")


def _strip_space(form: str, lo: int, hi: int) -> Span:
    while lo < hi and form[lo].isspace():
        lo += 1
    while hi > lo and form[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _words(form: str, lo: int, hi: int) -> int:
    return len(form[lo:hi].split())


# --------------------------------------------------------------------------------------------- category

@dataclass(frozen=True)
class _Trigger:
    category: str
    weight: float
    outside_quotes: bool


@dataclass(frozen=True)
class _Taxonomy:
    labels: tuple[str, ...]                          # in priority order
    default: str
    phrases: re.Pattern                              # every phrase of every trigger, one prefix tree
    exact: dict[str, tuple[_Trigger, ...]]           # phrase as matched (lower case unless case kept)
    wildcards: tuple[tuple[re.Pattern, tuple[_Trigger, ...]], ...]
    regexes: tuple[tuple[re.Pattern, _Trigger], ...]  # re: triggers
    actors: tuple[tuple[str, _Trigger], ...]          # actor: triggers


@functools.lru_cache(maxsize=1)
def _taxonomy() -> _Taxonomy:
    rows = sorted(load_table("story/categories.tsv"), key=lambda r: int(r["priority"]))
    labels = tuple(r["label"] for r in rows)
    defaults = [r["label"] for r in rows if r["default"] == "yes"]
    if len(defaults) != 1:
        raise RuleTableError("story/categories.tsv: exactly one category must be the default")
    exact: dict[str, list[_Trigger]] = {}
    wild: dict[str, list[_Trigger]] = {}
    regexes, actors = [], []
    kept_case, folded = set(), set()
    for row in load_table("story/category_triggers.tsv"):
        if row["category"] not in labels:
            raise RuleTableError(f"story/category_triggers.tsv:{row['_line']}: unknown category {row['category']!r}")
        trigger = _Trigger(row["category"], float(row["weight"]), row["scope"] == "outside_quotes")
        phrases = row["phrases"]
        if phrases.startswith("actor:"):
            actors.append((phrases[len("actor:"):], trigger))
            continue
        if phrases.startswith("re:"):
            regexes.append((re.compile(phrases[len("re:"):]), trigger))
            continue
        for phrase in _split(phrases):
            keep = not any(ch.islower() for ch in phrase)
            key = phrase if keep else phrase.lower()
            (kept_case if keep else folded).add(key)
            (wild if "*" in key else exact).setdefault(key, []).append(trigger)
    # one flat alternation, the case-kept phrases first (they win where both match), each alternative
    # opening with a literal character
    branches = _first_branches(kept_case) + _first_branches(folded, fold=True)
    pattern = r"(?<![\w'-])(?:" + ("|".join(branches) or "(?!)") + r")(?![\w-])"
    wildcards = tuple((re.compile(re.escape(key).replace(r"\*", r"\w*"), re.I if key.lower() == key else 0),
                       tuple(found)) for key, found in wild.items())
    return _Taxonomy(labels, defaults[0], re.compile(pattern), {k: tuple(v) for k, v in exact.items()},
                     wildcards, tuple(regexes), tuple(actors))


def categories() -> tuple[str, ...]:
    """The taxonomy's labels, in priority order."""
    return _taxonomy().labels


def categorize(sentence: str, *, form: str | None = None, actors: Iterable[str] | None = None,
               quoted: Iterable[Span] = ()) -> str:
    """The category of a sentence (``quoted``: spans of it inside quotation marks, found when empty)."""
    form = matching_form(sentence) if form is None else form
    if actors is None:
        actors = _sentence_actors(find_actors(sentence, form=form), [])
    quoted = list(quoted) or _quoted_spans(form)
    return _categorize(form, *core_span(sentence, form=form), tuple(actors), quoted)


@functools.lru_cache(maxsize=1 << 12)
def _triggers_of_phrase(matched: str) -> tuple[_Trigger, ...]:
    """The triggers of a phrase as matched in a text (a starred phrase has many forms; they recur)."""
    taxonomy = _taxonomy()
    found = taxonomy.exact.get(matched) or taxonomy.exact.get(matched.lower())
    if found:
        return found
    for regex, triggers in taxonomy.wildcards:
        if regex.fullmatch(matched):
            return triggers
    return ()


def category_scores(sentence: str, *, form: str | None = None,
                    actors: Iterable[str] | None = None) -> dict[str, float]:
    """The weight of each category's triggers in a sentence (why it got its category)."""
    form = matching_form(sentence) if form is None else form
    if actors is None:
        actors = _sentence_actors(find_actors(sentence, form=form), [])
    return _scores(form, *core_span(sentence, form=form), tuple(actors), _quoted_spans(form))


def _categorize(form: str, lo: int, hi: int, actors: tuple[str, ...], quoted: list[Span]) -> str:
    taxonomy = _taxonomy()
    score = _scores(form, lo, hi, actors, quoted)
    best = max(taxonomy.labels, key=score.__getitem__)   # the first of the highest: a tie goes to the higher priority
    return best if score[best] > 0 else taxonomy.default


def _scores(form: str, lo: int, hi: int, actors: tuple[str, ...], quoted: list[Span]) -> dict[str, float]:
    taxonomy = _taxonomy()
    score = dict.fromkeys(taxonomy.labels, 0.0)
    # each trigger counts as it is found (the phrases in text order, then the re: triggers): the same sums, in
    # the same order, without a list of what was found
    for match in taxonomy.phrases.finditer(form, lo, hi):
        for trigger in _triggers_of_phrase(match.group()):
            if not (trigger.outside_quotes and quoted and _inside(quoted, match.start())):
                score[trigger.category] += trigger.weight
    for regex, trigger in taxonomy.regexes:
        for match in regex.finditer(form, lo, hi):
            if not (trigger.outside_quotes and quoted and _inside(quoted, match.start())):
                score[trigger.category] += trigger.weight
    if taxonomy.actors and actors:
        classes: dict[str, int] = {}
        for name in actors:
            actor = actor_info(name)
            for cls in ((actor.kind, actor.group) if actor else ()):
                if cls:
                    classes[cls] = classes.get(cls, 0) + 1
        for cls, trigger in taxonomy.actors:
            score[trigger.category] += trigger.weight * classes.get(cls, 0)
    return score


def _inside(spans: list[Span], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _quoted_spans(form: str) -> list[Span]:
    """Spans inside double quotation marks; a quotation left open runs to its paragraph's end."""
    spans: list[Span] = []
    if '"' not in form:
        return spans
    for p_lo, p_hi in split_paragraphs(form, form=form):   # (a matching form is its own matching form)
        marks = [m.start() for m in _QUOTE.finditer(form, p_lo, p_hi)]
        for i in range(0, len(marks), 2):
            start = marks[i]
            end = marks[i + 1] + 1 if i + 1 < len(marks) else p_hi
            spans.append((start, end))
    return spans


# ----------------------------------------------------------------------------------------- the article

def describe_sentences(text: str, sentences: list[Span], wanted: Iterable[int], *,
                       form: str | None = None, dateline: Span | None = None) -> dict[int, SentenceStory]:
    """Headline, category and actors of each wanted sentence of an article.

    ``sentences`` are the article's sentence spans (``pipeline.sentences.split_sentences``), ``wanted``
    indexes into them.  Actors are found in order from the article's start (aliases resolve from earlier
    mentions) up to the end of the last wanted sentence.  ``dateline``: where the article's dateline stands
    (``pipeline.documents.dateline_span``); a sentence that opens with it is told from the words after it
    ("HONG KONG, Nov 25 (Reuters) - Alibaba said ..." is about what Alibaba said, not Reuters).
    """
    form = form_of(text, form)
    wanted = sorted(set(wanted))
    for index in wanted:
        if not 0 <= index < len(sentences):
            raise ValueError(f"sentence index {index} is not among the article's {len(sentences)} sentences")
    if not wanted:
        return {}
    # the names after the last wanted sentence change nothing before it, unless one runs into it
    mentions = _find_actors(form, max(sentences[index][1] for index in wanted))
    if mentions is None:
        mentions = find_actors(text, form=form)
    starts = [m.start for m in mentions]
    quoted = _quoted_spans(form)      # in order, none overlapping: their ends are in order too
    quote_starts, quote_ends = [s for s, _ in quoted], [e for _, e in quoted]
    out = {}
    for index in wanted:
        lo, hi = sentences[index]
        if dateline is not None and lo <= dateline[0] < hi:
            lo = _strip_space(form, max(lo, dateline[1]), hi)[0] if dateline[1] < hi else lo
        inside = mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        inside = [m for m in inside if m.end <= hi]
        sentence, shape = text[lo:hi], form[lo:hi]
        core_lo, core_hi = core_span(sentence, form=shape)
        aside = [(lo, lo + core_lo), (lo + core_hi, hi)]
        actors = _sentence_actors(inside, aside)
        headline = _headline(sentence, shape, inside, (core_lo, core_hi), offset=lo)
        local_quotes = [(max(s, lo), min(e, hi)) for s, e in
                        quoted[bisect.bisect_right(quote_ends, lo):bisect.bisect_left(quote_starts, hi)]]
        # what the sentence is about is in its core: "told “Built for Billions.”" is not about money
        category = _categorize(form, lo + core_lo, lo + core_hi, actors, local_quotes)
        # the core in the whole sentence's offsets, past its dateline: "HANGZHOU, Sept 10" links no row of Hangzhou
        cut = lo - sentences[index][0]
        out[index] = SentenceStory(headline, category, actors, (cut + core_lo, cut + core_hi))
    return out

"""The geometry of a text: its matching form, its sentences and its paragraphs, as offsets.

Offsets always point into the text *as read*.  Finders match against :func:`matching_form`, a copy
of exactly the same length in which typographic variants (non-breaking spaces, curly quotes, dashes)
are replaced one character for one character, so an offset found there is an offset in the original.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from pipeline.rules import load_table, prefix_tree

Span = tuple[int, int]


@functools.lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    table = {}
    for row in load_table("matching.tsv"):
        replacement = row["replacement"]
        if replacement.startswith("U+"):
            replacement = chr(int(replacement[2:], 16))
        table[int(row["char"][2:], 16)] = replacement
    return table


def matching_form(text: str) -> str:
    """The text with typographic variants replaced, same length, for matching only."""
    if text.isascii() and _keeps_ascii():
        return text     # most texts, and most of their lines, have nothing to replace
    return text.translate(_translation())


def form_of(text: str, form: str | None) -> str:
    """``form`` when the caller has ``matching_form(text)`` already, made here otherwise.  A form of another length is
    refused: every offset found in it must point into ``text`` as read."""
    if form is None:
        return matching_form(text)
    if len(form) != len(text):
        raise ValueError("form must be matching_form(text), a copy of the same length: the lengths differ")
    return form


@functools.lru_cache(maxsize=1)
def _keeps_ascii() -> bool:
    """Is every character replaced outside ASCII (so that a text in ASCII is its own matching form)?"""
    return all(code > 0x7F for code in _translation())


@functools.lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    """The words of abbreviations.tsv by their ``final``: no (never ends a sentence), yes (may), before-opener (ends
    one only before a word of final=opener)."""
    groups: dict[str, set[str]] = {}
    for row in load_table("abbreviations.tsv"):
        groups.setdefault(row["final"], set()).add(row["abbreviation"].lower())
    return {final: frozenset(words) for final, words in groups.items()}


def abbreviations_going_on_before_a_number() -> frozenset[str]:
    """The abbreviations whose full stop never ends a sentence before a number (abbreviations.tsv final=no or
    before-opener, lower case): "Dec. 28", "the U.S. 10-year yield"."""
    groups = _abbreviations()
    return groups.get("no", frozenset()) | groups.get("before-opener", frozenset())


_NEXT_WORD = re.compile(r"[\"'(\[]*([A-Za-z]+)")


def abbreviation_ends_sentence(token: str, form: str, next_start: int) -> bool | None:
    """Whether the full stop of the abbreviation ``token`` (lower case, "u.s") ends a sentence before the
    word at ``next_start``: False for one that never does ("Mr."), for one that modifies a noun unless
    a sentence opener follows ("U.S. Senate" goes on, "U.S. The" ends); None when ``token`` is no such
    abbreviation (the caller decides), and False for initials the table does not hold ("D.R. Horton") unless an
    opener follows.  Shared by the sentence splitter and the date engine's clauses."""
    groups = _abbreviations()
    if token in groups.get("no", ()):
        return False
    if token in groups.get("before-opener", ()):
        word = _NEXT_WORD.match(form, next_start)
        return bool(word) and word.group(1).lower() in groups.get("opener", ())
    if _INITIALS.fullmatch(token) and token not in groups.get("yes", ()):
        # initials of a name ("D.R. Horton", "J.P. Morgan") go on as one of final=before-opener does, but for an opener
        word = _NEXT_WORD.match(form, next_start)
        if not (word and word.group(1).lower() in groups.get("opener", ())):
            return False
    return None


# Letters each with its full stop, two or more, as a token is read ("d.r", the last stop cut off): a name's initials
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


@functools.lru_cache(maxsize=1)
def _time_zone() -> re.Pattern:
    """A time zone (dates/zones.tsv) as a whole word, opening the text where it is matched: after "5 p.m." it goes
    on the same sentence ("at 5 p.m. EST Nov. 9", "at 4:30 p.m. Hong Kong time")."""
    return re.compile(rf"(?i)(?:{prefix_tree(r['zone'] for r in load_table('dates/zones.tsv'))})\b")


def a_zone_heading_a_name(text: str, zone_start: int, zone_end: int) -> bool:
    """Is the time zone at text[zone_start:zone_end] a bare region's word (zones.tsv bare, "Eastern", "Pacific")
    heading a capitalised name after it, so no clock's zone ("at 3 p.m. Pacific Rim leaders met", "by 5 p.m. Eastern
    Cape officials")?  A weekday or a month after it is the clock's day ("at 3 p.m. Eastern Tuesday")."""
    return text[zone_start:zone_end].lower() in _bare_zones() and _a_name_after().match(text, zone_end) is not None


def a_clock_zone(form: str, start: int, end: int | None = None) -> bool:
    """Does a clock's time zone open form[start:end] (a bare region's word heading a name is none)?"""
    zone = _time_zone().match(form, start, len(form) if end is None else end)
    return zone is not None and not a_zone_heading_a_name(form, zone.start(), zone.end())


@functools.lru_cache(maxsize=1)
def _bare_zones() -> frozenset[str]:
    return frozenset(r["zone"] for r in load_table("dates/zones.tsv") if r.get("bare") == "yes")


@functools.lru_cache(maxsize=1)
def _a_name_after() -> re.Pattern:
    """A capitalised word right after spaces that is no weekday or month ("Rim", "Cape"; not "Tuesday", "Nov.")."""
    days = prefix_tree([r["name"] for r in load_table("dates/weekdays.tsv")]
                       + [r["name"] for r in load_table("dates/months.tsv")])
    return re.compile(rf"\s+(?!(?i:{days})(?![A-Za-z]))[A-Z][A-Za-z]")


@functools.lru_cache(maxsize=1)
def _date_word() -> re.Pattern:
    """A weekday or month name (dates/weekdays.tsv, dates/months.tsv) opening the text where it is matched, one that
    is also a common word ("May") only before a day: after "4 p.m." or "Corp." it is the day of the same sentence
    ("at 4 p.m. Thursday", "at 5 p.m. May 5", "Microsoft Corp. Monday said")."""
    rows = [row for table in ("dates/weekdays.tsv", "dates/months.tsv") for row in load_table(table)
            if row["abbreviation"] == "no"]
    plain = prefix_tree(row["name"] for row in rows if row["ambiguous"] == "no")
    ambiguous = prefix_tree(row["name"] for row in rows if row["ambiguous"] == "yes")
    return re.compile(rf"(?i)(?:{plain})\b|(?:{ambiguous})\s+\d")


# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space and
# the next sentence's first character (looked at, not consumed).  (``[.!?][.!?]*`` rather than
# ``[.!?]+``: re skips to the candidates only when a pattern opens with a character or a class.)
# A footnote's superscript number closes its sentence as a quote does ("its fiscal year.¹ Revenue ...").
_BOUNDARY = re.compile(r"""[.!?][.!?]*(?P<closing>["')\]¹²³⁰⁴-⁹]*)(?=\s+(?P<next>\S))""")
_LONGEST_ABBREVIATION = 12
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# The word before a full stop, for the abbreviation check ("U.S", "Nov", "a.m").
_WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")
_LINE = re.compile(r"[^\n]+")
_WRAP_WIDTH = 100
# The marks that open a bulleted line, shared by every reader of lists.  A dash opens an item only of a list already
# known (LIST_DASHES: after a heading, another item, a year's name), not a line of its own: a wrapped line may open
# with the dash of an aside.
BULLETS = "*-\u2022\u00b7\u25aa\u25cf"
LIST_DASHES = "\u2013\u2014"
BULLET_MARKS = re.escape(BULLETS)  # for a class (the hyphen escaped, so that the class may go on after them)
# A bulleted item's opening up to its first word, and an item's line (with LIST_DASHES: of a list already known).
BULLET_OPENING = re.compile(rf"[ \t]*[{BULLET_MARKS}][ \t]+")
LIST_ITEM = re.compile(rf"{BULLET_OPENING.pattern}\S")
LIST_ITEM_OR_DASH = re.compile(rf"[ \t]*[{BULLET_MARKS}{LIST_DASHES}][ \t]+\S")
_LIST_OPENING = re.compile(rf"\s*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)])\s")
# A line opening with a short capitalised label and a colon ("Revenue: 247.8 billion yuan vs. ...",
# "Market cap: $375bn", "Price as of May 15, 2025: HK$123.60", a word of it closed by a comma): two such lines in a
# row are entries of a list, not one wrapped sentence.
LABEL_OPENING = re.compile(r"[A-Z][\w'&/.-]*(?:[ \t]+[\w'&/.()-]+,?){0,5}?:[ \t]")


def split_sentences(text: str, *, form: str | None = None) -> list[Span]:
    """Sentence spans ``(start, end)``, trimmed of surrounding white space, in text order.

    Paragraph breaks (a blank line) always end a sentence.  Within a paragraph a line ends a sentence
    when it ends in terminal punctuation, or when it is a heading or list item (a short line without
    it followed by a new line that starts with a capital, a digit or a bullet, or one of two lines in a
    row that open with a label and a colon, "Revenue: ...").  Elsewhere a sentence
    ends at ``. ! ?`` (plus closing quotes) before white space, unless the full stop closes an
    abbreviation from ``resources/abbreviations.tsv`` (or a clock time before a time zone or a day, "5 p.m. EST",
    "4 p.m. Thursday"), stands inside brackets that close soon after it, or the next word starts in lower case.
    ``form``: ``matching_form(text)`` when the caller has it already (made here otherwise).
    """
    form = form_of(text, form)
    spans: list[Span] = []
    for para_start, para_end in _paragraphs(form):
        for line_start, line_end in _line_groups(form, para_start, para_end):
            _split_block(form, line_start, line_end, spans)
    return spans


def split_paragraphs(text: str, *, form: str | None = None) -> list[Span]:
    """Paragraph spans (separated by blank lines), trimmed.  ``form``: ``matching_form(text)`` when the
    caller has it already (made here otherwise)."""
    form = form_of(text, form)
    return list(_paragraphs(form))


def _paragraphs(form: str):
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(form):
        yield from _trimmed(form, start, brk.start())
        start = brk.end()
    yield from _trimmed(form, start, len(form))


def _trimmed(form: str, start: int, end: int):
    """``(start, end)`` without the white space at its ends, if anything is left (yields one span or none)."""
    while start < end and form[start].isspace():
        start += 1
    while end > start and form[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _line_groups(form: str, start: int, end: int):
    """Groups of lines of a paragraph (a trimmed span) that belong to one running text (hard-wrapped
    lines stay together)."""
    if form.find("\n", start, end) < 0:   # one line, trimmed already (most paragraphs of web text)
        yield start, end
        return
    lines: list[Span] = []
    for line in _LINE.finditer(form, start, end):
        lines.extend(_trimmed(form, *line.span()))
    longest = max((line_end - line_start for line_start, line_end in lines), default=0)
    group_start = None
    for index, (line_start, line_end) in enumerate(lines):
        if group_start is None:
            group_start = line_start
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or _line_ends_sentence(form, line_start, line_end, following[0], longest):
            yield group_start, line_end
            group_start = None


def _line_ends_sentence(form: str, line_start: int, line_end: int, next_start: int, longest: int) -> bool:
    last = form[line_end - 1]
    if last == ".":
        # a line break after an abbreviation is judged as a space would be ("passed the U.S.\nSenate" goes on)
        word = _WORD_BEFORE.search(form, max(line_start, line_end - 1 - _LONGEST_ABBREVIATION), line_end - 1)
        if word and abbreviation_ends_sentence(word.group().lower(), form, next_start) is False:
            return False
    if last in ".!?:" or (last in "\"')" and form[line_end - 2:line_end - 1] in (".", "!", "?")):
        return True
    next_line = form[next_start:next_start + 4]
    starts_new = next_line[:1].isupper() or next_line[:1].isdigit() or bool(_LIST_OPENING.match(next_line))
    if not starts_new:
        return False
    if LABEL_OPENING.match(form, line_start, line_end) and LABEL_OPENING.match(form, next_start):
        return True
    # Text with lines over _WRAP_WIDTH is not hard-wrapped: each line break is deliberate (a title,
    # a heading, a list item).  In hard-wrapped newswire only a line clearly shorter than the
    # wrapping width is a heading.
    if longest > _WRAP_WIDTH:
        return True
    return line_end - line_start < 0.6 * longest or bool(_LIST_OPENING.match(form[line_start:line_start + 4]))


def _split_block(form: str, start: int, end: int, spans: list[Span]) -> None:
    """Append the sentences of ``form[start:end]`` to ``spans`` (the regexes read ``form`` between the
    two offsets, as they would read that slice, without copying it)."""
    maybe_final = _abbreviations().get("yes", frozenset())
    sentence_start = start
    for match in _BOUNDARY.finditer(form, start, end):
        cut = match.end()
        nxt = match.group("next")
        if nxt.islower() or nxt in ",;:%":
            continue
        stop = match.start()
        if cut - stop - len(match.group("closing")) == 1 and form[stop] == ".":
            word = _WORD_BEFORE.search(form, max(start, stop - _LONGEST_ABBREVIATION), stop)
            if word:
                token = word.group().lower()
                if abbreviation_ends_sentence(token, form, match.start("next")) is False:
                    continue
                if token in maybe_final and (nxt.isdigit() or not nxt.isalpha()
                                             or a_clock_zone(form, match.start("next"), end)
                                             or _date_word().match(form, match.start("next"), end)):
                    continue
                if len(token) == 1 and token.isalpha() and not form[word.start() - 1:word.start()].isdigit() \
                        and form[max(start, word.start() - 2):word.start()] != ": ":
                    # an initial: "Jack M. Ma" (a letter glued to a figure is a unit: "at 38p. In"; one after a
                    # colon is a grade or an answer: "Grade: A. Revenue rose 15%")
                    continue
            if stop - sentence_start <= 4 and form[sentence_start:stop].strip().isdigit():
                continue  # a list number: "1. What sparked ..."
        if _inside_brackets(form, sentence_start, stop, cut, end):
            continue
        spans.extend(_trimmed(form, sentence_start, cut))
        sentence_start = cut
    spans.extend(_trimmed(form, sentence_start, end))


# How far a bracket opened before a full stop may close after it for the full stop to stay inside
# ("(6:30 a.m. U.S. Eastern Time)"); a longer aside may hold sentences of its own.
_BRACKET_REACH = 80


def _inside_brackets(form: str, sentence_start: int, stop: int, cut: int, end: int) -> bool:
    """Whether the full stop at ``stop`` stands inside brackets opened in its sentence and closed soon
    after it on the same line."""
    opened = form.rfind("(", sentence_start, stop)
    if opened < 0 or form.find(")", opened, stop) >= 0:
        return False
    closes = form.find(")", cut, min(end, cut + _BRACKET_REACH))
    return closes >= 0 and form.find("\n", cut, closes) < 0 and form.find("(", cut, closes) < 0


class SentenceIndex:
    """Which sentence holds an offset (bisect over the sentence starts)."""

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def find(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, or None if it falls between sentences."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.spans[i][1]:
            return i
        return None


def heading_over_list(text: str, at: int) -> int:
    """Where the short heading over the bulleted list whose item holds ``at`` starts, else ``at``: a results
    release names its period in such a heading ("First Half 2025 Highlights" over "- Revenue of HK$52.3 billion"),
    so the list and its heading are one unit of the text before what follows them.  Only items and blank lines
    stand between; a line ending a sentence, or too long for a heading, is none."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _LIST_OPENING.match(text[line_start:text.find("\n", line_start) % (len(text) + 1)] + " "):
        return at
    heading = line_over_items(text, line_start - 1, max(0, at - _LIST_HEADING_REACH),
                              lambda begin, line: _LIST_OPENING.match(line + " ") is not None, ".!?")
    return at if heading is None else heading[0]


def line_over_items(text: str, end: int, reach: int, is_item, sentence_ends: str | frozenset[str]) -> Span | None:
    """The first line up from the one that ends at ``end`` (no further up than ``reach``) that is neither blank nor a
    list item (``is_item(begin, stripped line)``), as its begin and end, when it is short enough for a heading and its
    last character is none of ``sentence_ends``; else None.  Shared by the sentence and date readers' list headings."""
    while end > reach:
        begin = text.rfind("\n", reach, end) + 1
        line = text[begin:end].strip()
        if not line or is_item(begin, line):
            end = begin - 1
            continue
        if line[-1] in sentence_ends or len(line.split()) > HEADING_WORDS:
            return None
        return begin, end
    return None


_LIST_HEADING_REACH = 2000  # characters of a list above one of its items
HEADING_WORDS = 8           # a line longer than that is a sentence without its stop, not a heading


# A chronology's entry: bullets before its date on the line, then a colon ("May 12: The two sides agree ...")
# or a dash between spaces before a capital ("* Nov. 3 - Ant's IPO is suspended") (punctuation, not words), maybe
# after a short note in brackets on the date itself ("- Nov. 12 (provisional): third-quarter results").
# (a place in a recording stamped before the date, "[02:15] April 2023: ...", opens an entry of show notes as a
# bullet does)
_ENTRY_BULLETS = re.compile(rf"[ \t{BULLET_MARKS}]*(?:\[\d{{1,2}}:\d\d(?::\d\d)?\][ \t]+)?")
_LED_ENTRY_REACH = 400     # characters read back and on for the lines next to one
_ENTRY_MARK = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]*:|[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z]))")


class _EntryWords(NamedTuple):
    # A bulleted line a date opens after its preposition (entries.tsv role=lead), then a comma, is an entry too ("- In
    # September, the company released Qwen2.5" after "- In May 2024, ...": a list of milestones, each going on from the
    # one before); the line next to it opens with the preposition capitalised.
    led: re.Pattern
    led_line: re.Pattern
    # The last day of a stretch an entry's line opens with, after its first day (role=span_to or a dash: "- May 20 to
    # June 18: the festival"): the stretch's first day opens the entry.
    span_end: re.Pattern


@functools.lru_cache(maxsize=1)
def _entry_words() -> _EntryWords:
    words: dict[str, list[str]] = {}
    for row in load_table("entries.tsv"):
        words.setdefault(row["role"], []).append(row["word"])
    capitalised = [word.capitalize() for word in words["lead"]]
    bullet = BULLET_OPENING.pattern
    return _EntryWords(
        led=re.compile(rf"{bullet}(?:(?:{prefix_tree(words['lead'] + capitalised)})[ \t]+)?"),
        led_line=re.compile(rf"{bullet}(?:{prefix_tree(capitalised)})[ \t]+[A-Z0-9]"),
        span_end=re.compile(rf"[ \t]*(?:{prefix_tree(words['span_to'])}|[-\u2013])[ \t]*"
                            rf"(?:[A-Z][a-z]{{2,8}}\.?[ \t]+)?\d{{1,2}}\b"))


def _in_a_list_of_led_entries(text: str, start: int) -> bool:
    """Is the line at ``start`` next to another bulleted line a preposition and a date open, blank lines apart?  A
    list of such lines is a chronology; one such line among bullets of other kinds is no entry of one."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, line_start - _LED_ENTRY_REACH):line_start].rstrip().rpartition("\n")[2]
    line_end = text.find("\n", start)
    after = "" if line_end == -1 else text[line_end:line_end + _LED_ENTRY_REACH].lstrip().partition("\n")[0]
    return any(_entry_words().led_line.match(line) for line in (before, after))


def opens_an_entry(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (a date) open its line as the date of a chronology's entry?  Shared by the date
    engine, which reads the entry's verbs in the historic present, and by the dating of figures, which gives
    them the entry's date."""
    entry_words = _entry_words()
    span_end = entry_words.span_end.match(text, end)
    if _ENTRY_MARK.match(text, end) is None and (span_end is None or _ENTRY_MARK.match(text, span_end.end()) is None):
        return entry_words.led.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None \
            and text.startswith(",", end) and _in_a_list_of_led_entries(text, start)
    return _ENTRY_BULLETS.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None

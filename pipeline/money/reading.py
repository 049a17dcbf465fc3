"""A figure read in its sentence: its approximation, movement, kind (trigger) and subject.

The sentence's known words (triggers, movement words, approximations) are scanned once per sentence,
only near its figures, on the lower-cased text; names are scanned once per sentence for the subject.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from pipeline.dates import lexicon as date_lexicon
from pipeline.dates.finder import find_expressions
from pipeline.dates.mentions import dateline_region, lead_opening, place_in_the_south
from pipeline.documents import agency_dateline, every_dateline
from pipeline.money.figures import Figure
from pipeline.money.lexicon import (CASE_BLIND_EXTRAS, PLACE_LIST_JOIN, RAISED_KINDS, SYMBOLS, VETO_BEFORE, CueScan,
                                    Lexicon, Span, key_of, lexicon, singular, opens_the_main_predicate)
from pipeline.sentences import BULLETS
from pipeline.story import find_actors, introduced_as_a_person

# How far around a figure its sentence is read (characters).
TRIGGER_BEFORE, TRIGGER_AFTER, _MOVE_BEFORE, _MOVE_AFTER = 100, 60, 45, 30
_MOVE_GAP_BEFORE, _MOVE_GAP_AFTER = 4, 2   # words between a move and its figure
_OBJECT_GAP = 3   # words between a figure named with "the" and the move of the clause after it ("that the shares lost")
_OBJECT_BEFORE = 8  # characters before a figure read for the word that names it a thing (joins.tsv role=moved_object)
_WORD_OVERHANG = 40  # characters a known word may run on past the end of the window it starts in
_CHANGE_REACH = 100  # characters from a verb of change (or a running total) to its percentage
_OPENING = 40           # ... and how far into its sentence one that opens it names what it is about
_SUBJECT_DISTANCE = 100  # how far from a figure (or its phrase) the name whose value it is may stand
_SUBJECT_REACH = 130    # ... and so how far names are scanned (a name is rarely longer than 30)
_WORK_NOUN_CHARS = 20     # characters after a moving name read for the noun of a work it owns ("'s thriller")
_MOVER_REACH = 140      # how far before a figure the company that moves by it may start (a relative clause between)
_AFTER_PENALTY = 1.5    # a trigger after the figure counts as this much farther than one before
_WEIGHT_STEP = 5        # characters of distance that one point of a trigger's weight is worth
_SURROUNDINGS_REACH = 200  # characters either side of an offset between sentences read as its sentence
_PARENTHESIS = re.compile(r"\([^()]*\)")
_INNER_REACH = 60       # how far before a name the name it goes on from may start ("Hong Kong Exchanges and ")
_SOURCE_REACH = 30      # how far before a name the words that make it a source may start ("surveyed by")
_LEAD_SENTENCES = 3     # the sentences of a story's lead, a headline among them, read for what it is about
_SPENT_GAPPED_REACH = 100  # characters back from a sum to the "was spent" its verb is left out after (" and ")
_APPOSED_NOUN_REACH = 40  # how far before a name set off by commas the noun it names is read ("closest rival, ")
_PLACE_LIST_REACH = 120  # how far before a place the "in" opening the list of places it ends may stand
_PLACE_LIST_JOIN = re.compile(PLACE_LIST_JOIN)
_DIGIT = re.compile(r"\d")
# a dateline's town in capitals, then maybe its region and its agency, up to its dash ("ASHFORD, N.Y. -", "LEEDS
# (Reuters) -"); a name in capitals that opens a lead with no dash after it is no town ("IBM, the computer maker, said")
_DATELINE_TOWN = re.compile(r"([A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]*)*)(?:,[ \t]+[^\n()\-\u2013\u2014]{1,30}?)?"
                            r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[-\u2013\u2014]")
NO_HINT = "-"           # currency_hints.tsv's code of a name that holds a hint word and hints nothing ("Indian Ocean")
_ASIDE_REACH = 120      # how far before a trigger the opener of its relative clause may stand
_MULTIPLE_REACH = 40    # how far before a measure its multiple may stand ("6 times next year's adjusted ")
# a figure between a trigger and a comma: its clause goes on; a year there is when, no figure ("valued at $5 billion
# after a funding round in 2024, said transfers ... doubled": the round names nothing past the aside)
_FIGURE_SIGN = re.compile(rf"[{re.escape(SYMBOLS)}]|(?<![\w.,])(?!(?:19|20)\d\d(?![\w%]|[.,]\d))\d")
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")
_CODED_FIGURE = re.compile(r"([A-Za-z]+)[0-9]")
_LETTERS = re.compile(r"[a-z]+")
# What follows where no name goes on: a word in lower case or a possessive (see Reading.actor_ending).
_NAME_STOPS = re.compile(r"[^\S\r\n]+[a-z]|['\u2019]s\b")
# More capitalised words on one line, then one in lower case: a name goes on past a word ("Gold Fields rose").
_NAME_GOES_ON = re.compile(r"(?:[^\S\r\n]+[A-Z][\w&.'-]*)+[^\S\r\n]+(?P<next>[a-z]+)")
# The number of an item in a numbered list, which opens its sentence as a bullet does: the word after it is capitalised
# for that alone ("2. Cloud growth stays above 30%").
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")


@functools.lru_cache(maxsize=1)
def _dateline_date() -> re.Pattern:
    """A month (months.tsv) or a day's number opening what follows a dateline's town and comma ("Nov 3", "3
    November")."""
    return re.compile(rf"(?:\d|(?i:{date_lexicon.trie_regex(date_lexicon.months())})\b)")


def _places_after_in(form: str, start: int, end: int, place_alone: re.Pattern,
                     places_in_before: re.Pattern) -> bool:
    """Is the run of capitalised words one place or a list of places (places.tsv) right after "in", or the next place
    of a list of them after "in" a comma parts from the run ("Revenue in Norway, Sweden and Denmark rose")?  Places
    after "in" say where, no one whose figure it is: "Sales in Germany and Sweden have doubled since 2020" are the
    sales of the company of the story, no subject named."""
    if places_in_before.search(form, max(0, start - _PLACE_LIST_REACH), start) is None:
        return False
    parts = [p for p in _PLACE_LIST_JOIN.split(form[start:end]) if p]
    return bool(parts) and all(place_alone.fullmatch(p) for p in parts)


class Reading:
    """One document being read: its lower-cased text, sentences and what was scanned of them."""
    def __init__(self, rules: Lexicon, text: str, form: str, sentences: list[Span]):
        self.rules, self.text, self.form = rules, text, form
        low = form.lower()
        if len(low) != len(form):  # a few characters lower-case to two; keep offsets aligned
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in form)
        self.low = low
        # (a text where a regex's case-blind match of an ASCII letter may be another character in lower case)
        self.case_blind_extras = any(c in low for c in CASE_BLIND_EXTRAS)
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        # a news agency's dateline says where and when a story was filed: a sentence it opens opens after it
        # ("ACCRA, May 15 (Reuters) - An International Monetary Fund mission ...")
        self.dateline_ends = dict(every_dateline(text))
        self._tokens: dict[Span, tuple[list, list]] = {}
        self.word_focus: dict[Span, Span] = {}   # sentence → the part of it near its figures
        self.name_focus: dict[Span, Span] = {}
        self._subjects: dict[Span, list] = {}
        self._titles: dict[Span, bool] = {}
        self._coded: dict[str, list[int]] = {}
        self._figures: list[Figure] = []
        self._in_full: dict[str, tuple[list[int], list[str]]] | None = None
        self._cues: dict[tuple, set[str]] = {}
        self._moves_to: dict[tuple[int, Span], tuple[str, Span | None]] = {}
        self._policy_levels: dict[tuple[int, int, Span], str] = {}  # a figure's is asked up to three times
        # the stretch actors are read over (the whole text, or a sentence) → its actors' spans and their ends
        self._actor_spans: dict[Span, tuple[list[Span], list[int]]] = {}
        # a headline that opens with a statistic of sales makes the story its release (role=statistic_headline)
        self.statistic_release = rules.statistic_headline.match(self.low) is not None

    def sentence_of(self, offset: int) -> Span:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        # between sentences: its surroundings
        return (max(0, offset - _SURROUNDINGS_REACH), min(len(self.form), offset + _SURROUNDINGS_REACH))

    def actor_ending(self, end: int, sentence: Span | None = None) -> str | None:
        """The kind (story/actors.tsv) of the actor of the text up to ``end`` (read from the start of ``sentence``, if
        given) that ends right there, if one does.  The whole text's (or sentence's) actors are read once, and the
        text up to ``end`` only where one of them ends there or runs on past it: reading the text up to each figure
        again was quadratic in a long article of many figures.  Where none does and a word in lower case or a
        possessive follows (" paid", "'s"), none of the cut text does either; elsewhere the cut text may read a name
        otherwise (cut short, "Joe Tsai Holdings" after "Tsai"; its apposition cut off, "Brian Wong, a former
        executive"; "Cuban" alone, not "Cuban Americans")."""
        start, stop = (0, len(self.text)) if sentence is None else sentence
        spans = self._actor_spans.get((start, stop))
        if spans is None:
            # (actors do not overlap: ordered by start, they are by end too)
            found = [(start + a.start, start + a.end)
                     for a in find_actors(self.text[start:stop], form=self.form[start:stop])]
            spans = self._actor_spans[start, stop] = (found, [last for _, last in found])
        found, stops = spans
        at = bisect.bisect_left(stops, end)   # the first actor that ends at end or after it
        if (at == len(found) or found[at][0] >= end) and _NAME_STOPS.match(self.form, end) is not None:
            return None
        return next((a.actor.kind for a in find_actors(self.text[start:end], form=self.form[start:end])
                     if start + a.end == end), None)

    def start_of_sentence_before(self, sentence: Span) -> int:
        """Where the sentence before this one starts: "this sentence or the one before" reaches back to it (this
        one's own start when none is before it)."""
        at = bisect.bisect_right(self.sentence_starts, sentence[0]) - 1
        return self.sentence_starts[max(0, at - 1)] if at >= 0 else sentence[0]

    def central_bank_named(self, sentence: Span) -> bool:
        """Does this sentence or the one before name a central bank or its policy rate (joins.tsv role=policy_named)?
        Only then is a rate told without its owner ("a cut to 2.75%", "the rate", "its lending rate") the bank's."""
        named = self.rules.policy_named.search(self.form, self.start_of_sentence_before(sentence), sentence[1])
        return named is not None

    def region(self, focus: dict, sentence: Span, start: int, end: int) -> Span:
        """The part of a sentence read around its figures (all of it when [start, end) reaches beyond)."""
        lo, hi = focus.get(sentence, sentence)
        return (lo, hi) if lo <= start and end <= hi else sentence

    def figures_between(self, start: int, end: int) -> list[Figure]:
        """The figures that start at or after ``start`` and before ``end``, in text order."""
        return [f for f in self._figures if start <= f.start < end]

    def focus_on(self, figures: list[Figure], figure_starts: list[int]) -> None:
        """Read only the parts of sentences near figures: their words, and names a little farther."""
        # one pass over the figures, which come in text order
        self._coded.clear()  # currency → starts of the figures in it (an ambiguous sign takes the article's)
        for figure in figures:
            if figure.currency and "/" not in figure.currency:
                # a bare "$" is kept apart: in a local paper it is the local dollar (local_dollar), not the US one
                bare = figure.currency == "USD" and self.form.startswith("$", figure.start)
                self._coded.setdefault("$" if bare else figure.currency, []).append(figure.start)
        # (the currencies named in full are read only when a figure in a shared currency word asks: few texts have one)
        self._figures, self._in_full = figures, None
        spans: dict[Span, list[int]] = {}
        for figure in figures:
            sentence = self.sentence_of(figure.start)
            span = spans.get(sentence)
            if span is None:
                spans[sentence] = [figure.start, figure.end] if sentence[0] <= figure.start < sentence[1] else [0, -1]
            elif figure.end > span[1]:
                span[1] = figure.end
        for sentence, (lo, hi) in spans.items():
            if hi < 0:  # between sentences: the figures of its surroundings
                first = bisect.bisect_left(figure_starts, sentence[0])
                last = bisect.bisect_left(figure_starts, sentence[1]) - 1
                lo, hi = figures[first].start, max(f.end for f in figures[first:last + 1])
            # a known word that starts inside the window is read whole, though it ends past it ("in what was then the
            # world's largest initial public offering"): tokens_in keeps only the words that start in what it is asked
            self.word_focus[sentence] = (max(sentence[0], lo - TRIGGER_BEFORE),
                                         min(sentence[1], hi + TRIGGER_AFTER + _WORD_OVERHANG))
            self.name_focus[sentence] = (max(sentence[0], lo - _SUBJECT_REACH), min(sentence[1], hi + _SUBJECT_REACH))

    def _row_told_before(self, row: dict, key: str, start: int) -> bool:
        """Does another form of the trigger row ``row`` stand before ``start`` in the text?  "The units" told again
        are a trust's shares only after the text named them so ("Units of the REIT fell 0.8% ... The units have lost 5%
        since June"; joins.tsv role=units_again)."""
        for m in self.known_words(0, start):
            word = m.group()
            other = word if word.isalpha() else key_of(word)
            if other != key and self.rules.triggers.get(other) is row:
                return True
        return False

    def _cash_flow_told_before(self, start: int) -> bool:
        """Does a cash flow stand before ``start`` in its sentence?  An outflow or inflow told after it restates that
        cash flow (kind other), no money a fund drew or lost ("Free cash flow turned negative, an outflow of 18.8
        billion yuan, compared with an inflow of 17.4 billion yuan a year earlier"; joins.tsv role=flow_again)."""
        cash_flow = self.rules.triggers[self.rules.cash_flow]
        told = [m.end() for m in self.known_words(self.sentence_of(start)[0], start)
                if self.rules.triggers.get(key_of(m.group())) is cash_flow]
        # (a new clause between has a flow of its own: "Free cash flow rose, while its bond fund saw an outflow")
        return bool(told) and self.rules.flow_again_break.search(self.form, told[-1], start) is None

    def known_words(self, start: int, end: int) -> Iterator[re.Match]:
        """The words of the tables in [start, end), but for a word the tables write in lower case that a hyphen goes on
        from: that is another word ("in tax-free bonds" is no tax paid, "sales-based payments" no sales, "fine-wine"
        no penalty), where a name keeps its sense before one ("the Tokyo-listed company")."""
        low, lower_forms = self.low, self.rules.lower_forms
        for m in self.rules.words.finditer(low, start, end):
            if not (low.startswith("-", m.end()) and key_of(m.group()) in lower_forms):
                yield m

    def tokens_in(self, start: int, end: int, sentence: Span) -> list[tuple[int, int, str]]:
        """The known words of ``sentence`` that start in [start, end), scanned once per region."""
        region = self.region(self.word_focus, sentence, start, end)
        cached = self._tokens.get(region)
        if cached is None:
            tokens = []
            form, lower_forms = self.form, self.rules.lower_forms
            for m in self.known_words(*region):
                word = m.group()
                token = (m.start(), m.end(), word if word.isalpha() else key_of(word))
                # is_name's first tests, here: most words are lower case, and a call for each costs
                if not (form[token[0]].isupper() and token[2] in lower_forms and self.is_name(token, sentence)):
                    tokens.append(token)
            cached = self._tokens[region] = (tokens, [t[0] for t in tokens])
        tokens, starts = cached
        return tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def is_name(self, token: tuple[int, int, str], sentence: Span) -> bool:
        """A lower-case rule word capitalised inside a sentence is a name: "Rally's Inc.", "POP Radio",
        "the New York Stock Exchange" (unless the sentence is a title, all capitals); one that opens it only
        with more capitalised words after it, before the sentence goes on in lower case ("Gold Fields rose")."""
        start = token[0]
        if not self.form[start].isupper() or token[2] not in self.rules.lower_forms:
            return False
        written = self.form[start:token[1]]
        if (written.split(" ", 1)[0] in self.rules.name_roles["head"]
                and (" " in written or not self.form[token[1] + 1:token[1] + 2].isupper())):
            # the last word of a name says what it names: "The Philadelphia Semiconductor Index dropped 7.9%", and so
            # it does opening a phrase of the tables ("Taobao and Tmall Group brought in 449.8 billion yuan")
            return False
        before = self.form[sentence[0]:start].rstrip()
        if self.form[token[1] - 1:token[1] + 1].count(":"):
            return False  # a label: "Market cap: $375bn Price: $155.20"
        if not before or before[-1] in ':;"\'(' + BULLETS or _LIST_NUMBER.fullmatch(before):
            # a word that opens a phrase is capitalised for that alone, unless more capitalised words go on with it
            # into a sentence in lower case: "Gold Fields rose 3%" names a company ("Gold rose 3%"); a word that a
            # title in title case leaves in lower case says nothing ("Gold Prices Rise to Record", names.tsv)
            goes_on = _NAME_GOES_ON.match(self.form, token[1], sentence[1])
            return goes_on is not None and goes_on.group("next") not in self.rules.name_roles["title_small"]
        if sentence not in self._titles:
            words = [w for w in self.form[sentence[0]:sentence[1]].split() if w[:1].isalpha()]
            self._titles[sentence] = sum(w[0].isupper() for w in words) >= 0.6 * len(words)
        return not self._titles[sentence]

    # -- reading one figure --------------------------------------------------------------------
    def movement(self, figure: Figure, near: list, figure_starts: list[int]) -> tuple[str, bool]:
        """(direction, governed): the movement word that governs the figure, if any."""
        moves, form = self.rules.moves, self.form
        # "recovered most of the 38% they lost": the figure is the thing the clause after it moved, so that clause's
        # move is its direction, not the verb before, which takes the move back
        if self.rules.moved_object.search(form, max(0, figure.start - _OBJECT_BEFORE), figure.start):
            told = next((t for t in near if t[0] >= figure.end), None)
            if told is not None and told[2] in moves and moves[told[2]][1] not in ("after", "sign", "by"):
                gap = form[figure.end:told[0]]
                if 0 < len(gap.split()) <= _OBJECT_GAP and not any(c in gap for c in ",;:()"):
                    return moves[told[2]][0], True
        # movements.tsv place=percent moves a percentage only: "recovering 0.9%" is a rise, "recovered £1.2bn" money got
        # back
        not_before = ("after",) if figure.percent is not None else ("after", "percent")
        last = None
        for token in near:
            if token[0] >= figure.start:
                break
            if token[0] >= figure.start - _MOVE_BEFORE and token[2] in moves and moves[token[2]][1] not in not_before:
                last = token
        if last is not None:
            gap = form[last[1]:figure.start]
            # or the move was told in points first: "lost 121 points, or 0.9 percent" (move_units.tsv)
            if ((len(gap.split()) <= _MOVE_GAP_BEFORE and not any(c in gap for c in ",;:()")
                 or self.rules.restated_move.fullmatch(form, last[1], figure.start) is not None
                 # or capped at a limit it names first: "rose by the daily limit of 10%" (joins.tsv role=move_limit)
                 or self.rules.move_limit.fullmatch(form, last[1], figure.start) is not None)
                    and not between(figure_starts, last[1], figure.start)
                    and not self.rules.level_before.search(form, last[1], figure.start)):
                # a movement word right after the figure says how it ended: "gave up gains to trade 0.5% lower"
                right_after = next((t for t in near if t[0] >= figure.end), None)
                if (right_after is not None and not form[figure.end:right_after[0]].strip()
                        and right_after[2] in moves and moves[right_after[2]][1] not in ("before", "percent")):
                    return moves[right_after[2]][0], True
                return moves[last[2]][0], True
        for token in near:
            if token[0] < figure.end:
                continue
            if token[0] >= figure.end + _MOVE_AFTER:
                break
            after_percent = figure.percent is not None and token[2] in self.rules.percent_after
            if after_percent or token[2] in moves and moves[token[2]][1] not in ("before", "percent"):
                gap = form[figure.end:token[0]]
                if figure.percent is None and self.rules.parted_after.search(form, figure.end, token[0]) is not None:
                    break  # a verb after "and" is a second predicate: "started January at about HK$128 and slid ..."
                if self.rules.clause_after.search(form, figure.end, token[0]) is not None:
                    break  # another subject's verb: "rose 12% to $3.1 billion as costs fell"
                if len(gap.split()) <= _MOVE_GAP_AFTER and not any(c in gap for c in ",;()"):
                    return (self.rules.percent_after[token[2]] if after_percent else moves[token[2]][0]), True
                break
        return "", False

    def change_told(self, figure: Figure, sentence: Span) -> str:
        """The direction a percentage takes from a change told around it, with no movement word governing it: a
        verb of change and its object before "by", a move and its stretch before ", by" ("They lifted their revenue
        estimates for FY26 and FY27 by 3%"), or a move's running total before "to" ("climbed 2.3%, taking its gain since
        the start of September to 11%")."""
        changed = self.changed_by(figure, sentence)
        if changed:
            return changed
        apart = self.rules.apart_after.match(self.form, figure.end)
        if apart is not None:
            # "remain about 61% below the $37.80 they reached in February 2024" is a fall, told as how far apart
            return self.rules.apart_moves[key_of(apart.group("word"))]
        # a move whose size is told after its stretch and a comma: "both stocks fell in the two weeks after the
        # festival, by 6% and 9% respectively"
        told = self.rules.moved_by.search(self.form, max(sentence[0], figure.start - _CHANGE_REACH), figure.start)
        if told is not None:
            return self.rules.moves[key_of(told.group("move"))][0]
        return self.tallied(figure, sentence)

    def tallied(self, figure: Figure, sentence: Span) -> str:
        """The direction of a move's running total told before "to" ("climbed 2.3%, taking its gain since the start of
        September to 11%"), else ""."""
        told = self.rules.tally_to.search(self.form, max(sentence[0], figure.start - _CHANGE_REACH), figure.start)
        return self.rules.moves[key_of(told.group("move"))][0] if told is not None else ""

    def changed_by(self, figure: Figure, sentence: Span) -> str:
        """The direction of a verb of change whose "by" the figure is told after: "lifted their revenue estimates
        for FY26 and FY27 by 3%", "would cut its full-year revenue by as much as $600 million"; or of one whose pronoun
        object a percentage follows with no "by" ("profit-taking trimmed them 11%"), or of one whose noun object a
        percentage and the level it went to follow ("lifted the dividend 4.3% to 98 cents a share"), or of one whose
        object is a stock a percentage follows ("a rally that has lifted its Hong Kong-listed shares 91%")."""
        told = self.rules.changed_by.search(self.form, max(sentence[0], figure.start - _CHANGE_REACH), figure.start)
        if told is None:
            # the verb told for the sum before and left out for this one: "Revenue will be cut by about $118 million,
            # or 3.1%, and net income by $41 million"
            told = self.rules.changed_by_gapped.search(self.form, sentence[0], figure.start)
            return self.rules.by_moves[key_of(told.group("verb"))] if told is not None else ""
        if (told.group("pronoun") or told.group("stock")) and figure.percent is None:
            return ""  # a sum right after a pronoun is what was raised or paid for it ("raised them $2 million"), no
                       # change
        if told.group("object") and (figure.percent is None
                                     or self.rules.to_level.match(self.form, figure.end) is None):
            return ""  # "raised the stake 5 per cent" may be the stake's size; only the level after it makes it a
                       # change
        return self.rules.by_moves[key_of(told.group("verb"))]

    def moved_to(self, start: int, sentence: Span) -> tuple[str, Span | None]:
        """The direction of a verb of change right before the level a figure at ``start`` is ("Net debt fell to A$640
        million"), and where the level it moved from is told between, if it is ("grew from $62 million in 2016
        to").  Kept per level: the level's own move and the base it names are both asked for each sum, and the search
        back from it tries its look-behind at each character."""
        key = (start, sentence)
        if key not in self._moves_to:
            told = self.rules.moved_to.search(self.form, max(sentence[0], start - _CHANGE_REACH), start)
            base = (told.start("base"), told.end("base")) if told is not None and told.group("base") else None
            direction = self.rules.moves[key_of(told.group("move"))][0] if told is not None else ""
            self._moves_to[key] = (direction, base)
        return self._moves_to[key]

    def rate_moved_to(self, start: int, sentence: Span) -> str:
        """The direction of a change told before the level a rate went to, its object and size between ("cut Bank Rate
        by a quarter point to 3.75%", "expect the Selic to fall to 12.75%")."""
        # a level a clause after the move's comma carries the rate to is that move's too: "expect two cuts next year,
        # taking the rate to 3%" (joins.tsv role=rate_carried)
        told = (self._nearest_change(self.rules.rate_moved_to, start, sentence)
                or self._nearest_change(self.rules.rate_carried_to, start, sentence))
        return self._direction_of(told.group("move")) if told is not None else ""

    def price_changed_to(self, start: int, sentence: Span) -> str:
        """The direction of a verb of change whose object is a price or a rate, told before the level it set ("raised
        freight rates to Europe to about $2.10 a kilogram"), else "" (joins.tsv role=changed_price)."""
        told = self._nearest_change(self.rules.price_changed_to, start, sentence)
        return self._direction_of(told.group("move")) if told is not None else ""

    def _nearest_change(self, pattern: re.Pattern, start: int, sentence: Span) -> re.Match | None:
        """The change ``pattern`` finds before the level at ``start`` nearest it: it is the one that moved it; one
        further back is another predicate's ("lets lira slide and hikes rates to 45%" is a hike)."""
        told = pattern.search(self.form, max(sentence[0], start - _CHANGE_REACH), start)
        while told is not None and (nearer := pattern.search(self.form, told.start("move") + 1, start)) is not None:
            told = nearer
        return told

    def _direction_of(self, move: str) -> str:
        """The direction a word of change tells ("cut": down): as movements.tsv place=by gives it, else any row."""
        key = key_of(move)
        return self.rules.by_moves.get(key) or self.rules.moves[key][0]

    def policy_level(self, start: int, end: int, sentence: Span) -> str:
        """The direction of a central bank's move told as a noun, its size and the level it takes the rate to ("expect a
        rate cut of 0.5% to 4.25%", "a hike of 25 basis points to 5.5%"; joins.tsv role=policy_move_noun), its size told
        before the noun or not at all ("a quarter-point cut to 2.75%", "favoured a reduction to 1.25%"), else "".
        The noun says whose move it is no more than the verb would: only a sentence that names a central bank or its
        policy rate, or follows one that does, makes it the bank's (a lender's "rate cut of 0.2% on its mortgages" is
        no policy move), and a level told as a rate "on its" loans or deposits is the lender's own
        (role=own_rate_after)."""
        key = (start, end, sentence)
        if key not in self._policy_levels:
            self._policy_levels[key] = self._policy_level(start, end, sentence)
        return self._policy_levels[key]

    def _policy_level(self, start: int, end: int, sentence: Span) -> str:
        reach = max(sentence[0], start - _CHANGE_REACH)
        told = self.rules.policy_move_to.search(self.form, reach, start) \
            or self.rules.policy_sized_to.search(self.form, reach, start) \
            or self._policy_move_in_basis_points(start, end, reach)
        if told is None or self.rules.own_rate_after.match(self.form, end) is not None:
            return ""
        if not self.central_bank_named(sentence):
            return ""
        return self._direction_of((told.group("move") or told.group("alone")).split()[-1])

    def _policy_move_in_basis_points(self, start: int, end: int, reach: int) -> re.Match | None:
        """The noun of a move right before its size told in basis points, with no level after it ("analysts expect
        another cut of 25 basis points then"): the size is the move, as after the verb ("cut its rate by 25 basis
        points"), since basis points move only a market rate."""
        if not any(self.low.endswith(unit, start, end) for unit in self.rules.hundredths):
            return None
        return self.rules.policy_move_of.search(self.form, reach, start)

    def growth_rate(self, figure: Figure, sentence: Span, figure_starts: list[int]) -> str:
        """"up" for a percentage that a noun of growth names before it, no figure between (joins.tsv role=growth):
        "revenue growth has slowed from 32%" is a rate the revenue grew at, though "from" makes it a level; so for one
        a return is told to be ("The fund's first-half return, announced on Wednesday, was 5.7 percent")."""
        reach = max(sentence[0], figure.start - _CHANGE_REACH)
        named = self.rules.growth_named.search(self.form, reach, figure.start)
        if named is not None and not between(figure_starts, named.end("noun"), figure.start):
            return "up"
        # a return told as its subject's percentage is a gain, as one a fund "returned" is (joins.tsv
        # role=return_noun)
        return "up" if self.rules.return_was.search(self.form, reach, figure.start) is not None else ""

    def word_right_before(self, figure: Figure, near: list) -> str:
        """The known word that stands right before the figure, with only white space between, else "": an
        approximation ("about") or a sign ("negative 21.8 billion yuan")."""
        last = None
        for token in near:
            if token[0] >= figure.start:
                break
            last = token
        return last[2] if last and not self.form[last[1]:figure.start].strip() else ""

    def trigger(self, figure: Figure, near: list, window: Span, column: str,
                figure_starts: list[int] = (), skip: str = "", defer: bool = True,
                moved: bool = False) -> tuple[dict, int] | None:
        """The trigger row that best says what the figure is (nearest, weighted), ``column`` filled,
        and where it starts.

        A trigger inside a parenthesis that does not hold the figure is an aside about something
        else: "the 6% surge (on the back of a US$2.7b fine) adds US$40b to Alibaba's market cap".
        Rows whose ``column`` is ``skip`` are passed over.  A percentage a movement word governs (``moved``) takes
        no trigger from a later clause after it (joins.tsv role=later).
        A trigger after a comma that stands nearer to a later figure (of ``figure_starts``), or after
        one, is that figure's: "Alibaba was up 1.21 per cent at HK$128.2, with its market capitalisation
        of HK$468.3bn", "Alibaba slumped 5.4%, wiping about HK$160 billion off its market value".
        A sum's trigger never stands after another figure: "raises $600 million at $3 billion valuation";
        one after a comma in the clause of a later figure is that figure's when another trigger says what the
        sum is ("Free cash flow was negative RMB1.2 billion, as capital expenditure rose to RMB3.4 billion"),
        else the sum's (``defer``): "lost 3.1 billion yuan in the December quarter, narrower than a loss of
        4.8 billion yuan" keeps the loss.
        """
        asides = None if self.form.find("(", *window) >= 0 else ()
        best, best_score = None, None
        led = figure.percent is not None  # whether the first trigger after a sum was tried as what it was raised in
        deferred = False
        for start, end, key in near:
            row = self.rules.triggers.get(key)
            # a word that starts in the window counts whole (the focus reads it past the window's end)
            if row is None or not row[column] or start >= window[1] or row[column] == skip:
                continue
            if row[column] == "valuation" and self.rules.flow_valued.match(self.low, end):
                continue  # "The value of inbound hotel bookings climbed 31%": a flow's value is no company's worth
            if key in self.rules.units_again and not self._row_told_before(row, key, start):
                continue  # "The units had an average price of $450,000" after flats sold: no trust's shares
            if key in self.rules.flow_again and self._cash_flow_told_before(start):
                # "free cash flow turned negative in the June quarter, an outflow of 18.8 billion yuan": the cash flow's
                # sum, no fund's
                row = self.rules.triggers[self.rules.cash_flow]
            if asides is None:
                asides = [p.span() for p in _PARENTHESIS.finditer(self.form, *window)
                          if not (p.start() <= figure.start and figure.end <= p.end())]
            if asides and any(a <= start < b for a, b in asides):
                continue
            if start >= figure.end and ":" in self.form[end - 1:end + 1]:
                continue  # a label names the figure after it: "$157.20 (-1.1%) Market cap: $375bn"
            if start >= figure.end and self.form.find(";", figure.end, start) >= 0:
                continue  # a semicolon closes the figure's clause: "capex of 12.1 billion yuan; free cash flow of ..."
            if (moved and start >= figure.end and figure.percent is not None
                    and (self.rules.later_clause.search(self.low, figure.end, start) is not None
                         or self.rules.parted_after.search(self.form, figure.end, start) is not None)):
                # a move's clause is whole: "Nio fell 7.4% on Friday after the company said it would raise $1 billion";
                # another predicate after it is no longer its ("revenue of 996.3 billion yuan ..., up 6%, and has
                # promised to spend heavily": the 6% is no spending), as with a sum (joins.tsv role=parted, another)
                continue
            if (end <= figure.start and figure.percent is None and self.form.find(",", end, figure.start) >= 0
                    and self.rules.multiple_measures.search(self.form, max(window[0], start - _MULTIPLE_REACH), start)):
                continue  # the measure a multiple is of, closed by a comma, is the multiple's: "values the cloud unit
                #           at $148 billion, or about 6 times FY27E revenue, and the core business at $190 billion"
            if moved and end <= figure.start and figure.percent is not None and self._in_an_earlier_cause(
                    start, figure, window, figure_starts):
                continue
            if start >= figure.end and figure.percent is None:
                if between(figure_starts, figure.end, start):
                    continue  # "raises $600 million at $3 billion valuation": a sum's word after the next sum is that
                              # one's
                later = bisect.bisect_left(figure_starts, end)
                if (later < len(figure_starts) and self.rules.ties_next.fullmatch(self.form, end, figure_starts[later])
                        and not clause_break(self.form, figure.end, start)):
                    continue  # tied to the next sum (joins.tsv): "raise up to $5 billion at a valuation of as much as
                              # $170 billion"
                # a trigger's own first word may part it, with no comma between ("could raise US$600 million and value
                # the company at"; ", when it listed" still tells the sum's listing)
                parting = self.form.find(" ", start, end)
                if self.rules.parted_after.search(self.form, figure.end, start if parting < 0 or self.form.find(
                        ",", figure.end, start) >= 0 else parting + 1) is not None:
                    continue  # another clause or predicate (joins.tsv): "a market value of $19.6 billion and offering
                              # the"
            comma = self.form.find(",", figure.end, start) if start >= figure.end and (
                figure.percent is not None or defer) else -1
            if comma >= 0 and figure.percent is None and self._closes_its_aside(figure, window):
                continue  # "Lazada, which Alibaba bought control of in 2016 for $1 billion, turned a profit": the
                          # clause's own
            if comma >= 0:
                later = bisect.bisect_left(figure_starts, end)
                # (the next sum stands in the word's own clause, within its window)
                next_in_clause = (later < len(figure_starts) and figure_starts[later] < window[1]
                                  and not clause_break(self.form, end, figure_starts[later]))
                if figure.percent is None:
                    if next_in_clause:
                        deferred = True
                        continue
                elif later < len(figure_starts) and figure_starts[later] - end < start - figure.end:
                    continue
                elif moved and next_in_clause:
                    continue  # "shares slump 9.1%, erasing roughly $20 billion of market value": the word takes its sum
                if figure.percent is not None and between(figure_starts, comma, start):
                    continue  # "slumped 5.4%, wiping about HK$160 billion off its market value": the later figure's
            if (end <= figure.start and figure.percent is None
                    and (prior := bisect.bisect_left(figure_starts, start) - 1) >= 0
                    and figure_starts[prior] >= window[0]
                    and self.rules.compared_from.search(self.form, end, figure.start) is not None):
                continue  # a base past a comma is the figure's before it, of no word told between them: "puts the
                #           unit's value at US$170 billion, or about 7 times our revenue estimate, up from US$135
                #           billion"
            if end <= figure.start:
                distance = figure.start - end
            elif start >= figure.end:
                distance = (start - figure.end) * _AFTER_PENALTY
                if figure.percent is None and self.rules.term_between.fullmatch(self.form, figure.end, start):
                    # the years a sum runs over stand between it and its noun as one word: "the 380 billion yuan
                    # three-year budget", "the RMB380bn, three-year plan" are the budget's and the plan's
                    distance = _AFTER_PENALTY
                if not led:
                    led = True
                    if ((best is None or best[0][column] in RAISED_KINDS)
                            and (self.rules.leads_to.fullmatch(self.form, figure.end, start)
                                 or key in self.rules.bare_offerings
                                 and self.rules.leads_bare.fullmatch(self.form, figure.end, start))):
                        distance = 0  # what money raised was raised in (joins.tsv): "raised $25 billion in its New York
                                      # IPO"
            else:
                distance = 0
            if distance > row["_reach"]:
                continue
            score = distance - _WEIGHT_STEP * row["_weight"]
            if best_score is None or score < best_score:
                if end <= figure.start and self._in_an_aside(start, end, figure, window):
                    continue  # "NetEase, which posted a 9% rise in revenue last week, fell 2.3%": the clause's word
                best, best_score = (row, start), score
        if best is None and deferred:
            return self.trigger(figure, near, window, column, figure_starts, skip, defer=False, moved=moved)
        return best

    def _opens_vetoed(self, rows, opens: int, start: int, moved: bool) -> bool:
        """Does one of these rows that open the sentence (cued or needing words) match from its opening to the
        figure?"""
        return any(not (unless_moved and moved) and pattern.match(self.form, opens, start)
                   for unless_moved, pattern in rows)

    def _in_an_earlier_cause(self, start: int, figure: Figure, window: Span, figure_starts: list[int]) -> bool:
        """Does a trigger before a move stand in the later clause (joins.tsv role=later) of an earlier figure, while the
        move's own clause opens with a stock pronoun?  The cause is the earlier move's and the pronoun names the stock:
        "shares have gained 55% on bets that the spending will pay off, although they slipped 1.3%"."""
        clause = self.clause_start(figure.start, window)
        if start >= clause or self.rules.stock_pronoun.match(self.form, clause, figure.start) is None:
            return False
        earlier = bisect.bisect_left(figure_starts, start) - 1
        return (earlier >= 0 and figure_starts[earlier] >= window[0]
                and self.rules.later_clause.search(self.low, figure_starts[earlier], start) is not None)

    def _in_an_aside(self, start: int, end: int, figure: Figure, window: Span) -> bool:
        """Does a trigger before the figure stand in a relative clause, or an apposition that restates an earlier
        figure, that closes with a comma before the figure, with no figure between the trigger and that comma (joins.tsv
        role=aside, role=restating) or the main clause's verb right before the figure?"""
        comma = self.form.find(",", end, figure.start)
        # the clause may open before the trigger window does: a long aside puts its "which" out of the window's reach
        opened = max(self.sentence_of(figure.start)[0], start - _ASIDE_REACH)
        if comma >= 0 and self.rules.restating_open.search(self.form, opened, start) is not None:
            return True  # the restated figure stands before it, so a year in it ("paid in April 2021") goes on no
                         # clause
        aside = None if comma < 0 else self.rules.aside_open.search(self.form, opened, start)
        if aside is None:
            return False
        if (self.rules.adverb_change.match(self.form, comma, figure.start) is not None
                and _FIGURE_SIGN.search(self.form, aside.start(), comma) is not None):
            return False  # a bare change right after the clause is its sum's: "which handled about US$21 billion in
            #               gross merchandise value ... in 2025, up 14 per cent"
        # a figure of the clause after the trigger goes on telling of it ("which reported revenue of $30 billion, up
        # 5%"), unless a verb with no subject of its own opens the figure's clause: the subject's, past the aside
        # (nor past a verb of telling right after that comma, the main clause's: "..., said bookings rose 35%")
        return (_FIGURE_SIGN.search(self.form, end, comma) is None
                or opens_the_main_predicate(self.form, comma, figure.start)
                or self.rules.aside_teller.match(self.form, comma) is not None)

    def _closes_its_aside(self, figure: Figure, window: Span) -> bool:
        """Does the sum stand in a relative clause (joins.tsv role=aside) that a comma after it closes? Its own verb
        says what the sum is, no trigger of the main clause after that comma."""
        return self.rules.aside_open.search(self.form, max(window[0], figure.start - _ASIDE_REACH),
                                            figure.start) is not None

    def currency_hint(self, figure: Figure, sentence: Span, codes: list[str]) -> str:
        hinted = self._sentence_hint(figure, sentence, codes, in_triggers=True)
        if hinted:
            return hinted
        named = self._named_in_full(figure, codes)
        if named:
            return named
        # "a dividend of 11 cents a share" in a story whose figures are in A$: the article's nearest figure says
        nearest = []
        bare_dollar = self.local_dollar or "USD"
        for code in codes:
            starts = self._coded.get(code, ())
            if code == bare_dollar and "$" in self._coded:
                # "cut its forecast to 40 to 50 cents" in an Auckland story whose bare "$" is the NZ dollar
                starts = sorted([*starts, *self._coded["$"]])
            at = bisect.bisect_left(starts, figure.start)
            nearest += [(abs(starts[i] - figure.start), code) for i in (at - 1, at) if 0 <= i < len(starts)]
        if nearest:
            return min(nearest)[1]
        return self._placed_hint(figure, codes)

    def _sentence_hint(self, figure: Figure, sentence: Span, codes: list[str], in_triggers: bool) -> str | None:
        """The code of ``codes`` the hint word of ``sentence`` nearest the figure names, if one does; with
        ``in_triggers``, a currency's word read as part of a longer trigger ("the yen", kinds.tsv) hints it too."""
        hints = self.rules.hints
        hinted = [(abs(start - figure.start), hints[word]) for start, _, key in self.tokens_in(*sentence, sentence)
                  for word in (key if key in hints or not in_triggers else key.rpartition(" ")[2],)
                  if word in hints and hints[word] in codes]
        return min(hinted)[1] if hinted else None

    def _placed_hint(self, figure: Figure, codes: list[str]) -> str:
        """The code of ``codes`` the story's place settles: the place it is datelined in before a place it names in
        passing, as for a shared word ("PORT LOUIS - ... Rs 186 million" is in Mauritian rupees, though the story names
        "the Indian Ocean"), else the article's hint words, else the first code."""
        if self.local_currency in codes:
            return self.local_currency
        return self._article_hint(figure, codes) or codes[0]

    def _currencies_named_in_full(self, figures: list[Figure]) -> dict[str, tuple[list[int], list[str]]]:
        """The figures written with a currency whose word is named in full ("14.8 billion Rwandan francs"), by that
        word (singular): its starts and codes, in text order."""
        named: dict[str, tuple[list[int], list[str]]] = {}
        for figure in figures:
            if figure.currency and figure.percent is None:
                word = self._currency_word(figure)
                if word and "/" in figure.currency and not self._written_in_full(figure, word):
                    continue
                if word:
                    starts, codes = named.setdefault(word, ([], []))
                    starts.append(figure.start)
                    codes.append(self._settled_apart(figure, figure.currency.split("/")))
        return named

    def _written_in_full(self, figure: Figure, word: str) -> bool:
        """Is the figure's shared word told with a word of its currency's name before it ("12 billion CFA francs"), not
        right after its number or magnitude ("300 million francs")?  A name several countries share ("CFA francs": XOF,
        XAF) is still named in full: the story's country settles which, and its bare word after it is that one."""
        words = _LETTERS.findall(self.low, figure.start, figure.end)
        at = next(i for i, told in enumerate(words) if singular(told) == word)
        return at > 0 and words[at - 1] not in self.rules.magnitudes

    def _settled_apart(self, figure: Figure, codes: list[str]) -> str:
        """The code of a currency named in full that several countries share, settled as a shared sign is but without
        the currencies named in full, which it is one of: its sentence's place, the dateline's, the article's."""
        if len(codes) == 1:
            return codes[0]
        return (self._sentence_hint(figure, self.sentence_of(figure.start), codes, in_triggers=False)
                or self._placed_hint(figure, codes))

    def _currency_word(self, figure: Figure) -> str | None:
        """The shared currency word a figure is written in ("francs" of "218 francs", of "14.8 billion Rwandan
        francs")."""
        # (its first: a sum told again in brackets after it, "224 billion francs ($154 million)", ends in another)
        shared = self.rules.shared_words
        return next((word for word in map(singular, _LETTERS.findall(self.low, figure.start, figure.end))
                     if word in shared), None)

    def _named_in_full(self, figure: Figure, codes: list[str]) -> str | None:
        """The currency a story last named in full with the bare word a figure is written in: after "14.8 billion
        Rwandan francs", "rose 4.8% to 218 francs" is in Rwandan francs too, as a story tells its currency once and
        then shortens it (the first such figure after it when none comes before, unless the text's dateline places it
        where that word is another currency: "KIGALI - ... rose 2% to 218 francs", before "40 billion Congolese
        francs", is in Rwandan francs)."""
        word = self._currency_word(figure)
        if word and self._in_full is None:
            self._in_full = self._currencies_named_in_full(self._figures)
        seen = self._in_full.get(word) if word else None
        if not seen:
            return None
        starts, named = seen
        at = bisect.bisect_left(starts, figure.start)
        if at:
            return self._home_past_its_paragraph(starts[at - 1], named[at - 1], figure, codes)
        return self.local_currency if self.local_currency in codes else named[0]

    def _home_past_its_paragraph(self, named_at: int, named: str, figure: Figure, codes: list[str]) -> str:
        """A foreign currency named in full holds for the bare word up to its paragraph's end: a story datelined where
        the word is another currency names the foreign one in full because it is not the home one, so a bare word in a
        later paragraph is the dateline's ("CHISINAU - ... 210 million Romanian lei", and three paragraphs on "would
        spend 40 million lei" is in Moldovan lei; "Its shares fell to 17.40 lei" right after stays Romanian).  A
        sentence that opens with a word referring back (names.tsv role=refers: "The company", "Its shares") goes on
        telling of what was named before, so its bare word keeps the foreign currency in a later paragraph too."""
        home = self.local_currency
        if home in codes and named != home and "\n" in self.form[named_at:figure.start]:
            sentence = self.sentence_of(figure.start)
            words = self.form[sentence[0]:figure.start].split(None, 1)
            if not words or words[0].strip("\"'“‘(").capitalize() not in self.rules.name_roles["refers"]:
                return home
        return named

    @functools.cached_property
    def local_currency(self) -> str | None:
        """The currency of the place a text places itself in by its dateline or opening (currency_hints.tsv names the
        place's code): "JOHANNESBURG - ..." is told in rand, whose "R38.25" a news agency's story writes too."""
        place = place_in_the_south(self.form)
        if place:
            return self.rules.hints.get(key_of(place))
        # a place of the north that opens the first paragraph ("OTTAWA - ..."), unless the region after its dateline's
        # town names it elsewhere: "VANCOUVER, Wash. - ..." is in the United States
        at = lead_opening(self.form)
        region = dateline_region(self.form, at)
        if region is not None and _dateline_date().match(self.form, region):
            region = None  # "NAIROBI, Nov 3 (Reuters) -": a date, not a region, follows the town
        place = self.rules.hint_words.match(self.low, at if region is None else region)
        named = place.group() if place else None
        if named is None and region is None and (subject := self.rules.subject_place.match(self.form, at)):
            # a lead that opens on its subject named by its place is of that place as a dateline's is: "A former Sydney
            # fund manager who ... has been jailed" is an Australian story (joins.tsv role=lead_subject)
            named = subject.group("place")
        code = self.rules.hints.get(key_of(named)) if named else None
        return code if code != NO_HINT else None  # ("INDIAN OCEAN -" places a story in no country)

    def at_home(self, figure: Figure) -> bool:
        """May the text write the figure's currency so (currencies.tsv needs_magnitude local, named)?  "R45" is the
        rand in a Johannesburg story; elsewhere "DeepSeek's R1" names a model. A form of two countries ("som", KGS/UZS)
        is at home where the text names either."""
        return (not figure.local or figure.currency == self.local_currency
                or figure.local == "named" and not self._named_currencies.isdisjoint(figure.currency.split("/")))

    @functools.cached_property
    def _named_currencies(self) -> frozenset[str]:
        """The currencies of the places the text names anywhere (currency_hints.tsv): "N1.2 billion" is the naira
        in a story that names Nigeria or Lagos, though its dateline is elsewhere, or "the Jordan-listed miner"."""
        return frozenset(self.rules.hints.get(key_of(m.group())) for m in self.rules.places_named.finditer(self.low))

    @functools.cached_property
    def local_dollar(self) -> str | None:
        """The dollar a bare "$" stands for in a text placed in a country of its own dollar by its dateline or opening
        ("SYDNEY - ... $48.3 million" is in Australian dollars: currency_hints.tsv names the place's code), unless the
        text writes that dollar with its own sign somewhere ("A$"): then its bare "$" is the US one, as in a wire's
        "A$812 million ($520 million)"; nor in a news agency's story, whose "$" is the US one by its house style."""
        code = self.local_currency if not agency_dateline(self.form) else None
        return code if code in self.rules.dollars and code not in self._coded else None

    def _article_hint(self, figure: Figure, codes: list[str]) -> str | None:
        """The code the article's hint words name most often (the nearest of them to the figure on a tie): "250 million
        pesos" in a story datelined MANILA about the Philippine Coast Guard is in Philippine pesos, though its own
        sentence names no country, and kroner in a Norwegian's obituary that mentions a Danish buyer once are Norway's
        (read only when neither the sentence nor another figure of the article settles the sign)."""
        hints = self.rules.hints
        counts: dict[str, list] = {}
        for m in self.rules.hint_words.finditer(self.low):
            code = hints.get(key_of(m.group()))
            if code in codes:
                seen = counts.setdefault(code, [0, len(self.low)])
                seen[0] += 1
                seen[1] = min(seen[1], abs(m.start() - figure.start))
        return min(counts, key=lambda code: (-counts[code][0], counts[code][1])) if counts else None

    def opening_of(self, sentence: Span) -> int:
        """Where the sentence's own words open: past a dateline that opens it, and the white space after that."""
        end = self.dateline_ends.get(sentence[0])
        if end is None or end >= sentence[1]:
            return sentence[0]
        return sentence[1] - len(self.form[end:sentence[1]].lstrip())

    def cues_in(self, scan: CueScan, lo: int, hi: int) -> set[str]:
        """``scan.found`` in low[lo:hi], scanned once: the figures of one sentence ask again for the same stretch (its
        opening, read for each of them) and a third of the scans were repeats."""
        key = (scan, lo, hi)
        found = self._cues.get(key)
        if found is None:
            found = self._cues[key] = scan.found(self.low, lo, hi)
        return found

    def vetoed(self, start: int, end: int, applies: str, sentence: Span, moved: bool) -> bool:
        rules = self.rules
        # (the around rows and the rows near the figure read the same stretch before it, which one scan of their cues
        # serves: veto_scans)
        near = max(sentence[0], start - VETO_BEFORE)
        for unless_moved, pattern, parts, needed, after_scan in rules.vetoes.get(applies, ()):
            if unless_moved and moved:
                continue
            found = pattern.match(self.form, end, sentence[1])
            if found is None:
                continue
            if parts is None or found.start("around") < 0:
                return True
            # a row that reads both sides: what stands before the figure says too (the after-parts of several match
            # almost anywhere, so only the rows whose cue stands before the figure, and those without one, are tried)
            # (the scan finds the words each row's part before the figure needs as well; a row none of whose words
            # stands there is not tried, unless the text's lower case may hide one)
            present = before_it = self.cues_in(rules.veto_scans[applies], near, start)
            if needed:      # (the rows keyed by what their part after the figure needs: the rest of the sentence)
                present = {*present, *self.cues_in(after_scan, end, sentence[1])}
            extras = self.case_blind_extras
            if needed and extras:
                present = {*present, *needed}   # (the rows keyed by the words their regex needs: each is tried)
            for before, after, words in parts.rows(present):
                if words is not None and words.isdisjoint(before_it) and not extras:
                    continue
                if after.match(self.form, end, sentence[1]) and before.search(self.form, near, start):
                    return True
        # a count that opens the sentence and moves: "The number of brands ... rose 16 percent" (one scan finds which
        # cues of these rows stand there; only their rows are tried)
        opening = rules.opening_vetoes.get(applies)
        if opening is not None:
            opens = self.opening_of(sentence)
            present = self.cues_in(rules.opening_scans[applies], opens, min(start, opens + _OPENING)) \
                if opening.by_cue else ()
            if self._opens_vetoed(opening.rows(present), opens, start, moved):
                return True
        # the rows that open the sentence with no cue, tried only where a word each needs stands before the figure:
        # their patterns run over the whole opening ("[^;]{0,300}?"), and most figures have none of the words
        needing = rules.opening_needs.get(applies)
        if needing is not None:
            scan, index = needing
            opens = self.opening_of(sentence)
            present = self.cues_in(scan, opens, start)
            if self._opens_vetoed(index.rows(present), opens, start, moved):
                return True
        # the rows near the figure: most figures have none of their cues near them
        near_rows = rules.near_vetoes.get(applies)
        if near_rows is not None:
            # (the scan finds the words each row's regex needs as well: a row none of whose words stands there is not
            # tried, unless the text's lower case may hide one)
            present = self.cues_in(rules.veto_scans[applies], near, start)
            for unless_moved, pattern, needed in near_rows.rows(present):
                if unless_moved and moved or needed is not None and needed.isdisjoint(present) \
                        and not self.case_blind_extras:
                    continue
                found = pattern.search(self.form, near, start)
                # "revenue from Korean customers grew 40%": the customers are where the revenue comes from
                if found is not None and rules.money_from.search(self.form, near, found.start()) is None:
                    return True
        if applies in ("amount", "percent") and self._a_place_s_exports_told_on(start, sentence):
            return True
        return applies == "amount" and (self._a_public_body_s_money_told_on(start, end, sentence)
                                          or self._the_datelines_town_lays_out(start, sentence)
                                          or self._a_public_body_s_bond_sale(start, end, sentence)
                                          or self._a_public_body_s_earlier_sale(start, sentence)
                                          or self._a_public_body_s_spending_told_spent(start, end, sentence))

    @functools.cached_property
    def festival_named_by(self) -> int | None:
        """Where the text first names a shopping festival (joins.tsv role=festival) ends, else None: read once, for
        each "Sales during the festival" after it."""
        found = self.rules.festival_named.search(self.form)
        return found.end() if found else None

    @functools.cached_property
    def _dateline_town(self) -> str | None:
        """The town a text's dateline names ("ASHFORD, N.Y. -": "ashford"), lower case, else None."""
        town = _DATELINE_TOWN.match(self.form, lead_opening(self.form))
        return " ".join(town.group(1).lower().split()) if town else None

    def _the_datelines_town_lays_out(self, start: int, sentence: Span) -> bool:
        """Does the town the story is datelined in open the sentence and lay out the sum (money_verbs.tsv: "ASHFORD,
        N.Y. - ... Ashford budgeted $3.2 million for snow and ice")?  A town that spends is its council, though no
        table can list every town: public money, once the story has told the town as one ("The city has spent its
        entire snow-removal budget"; joins.tsv role=town_body).  "BOSTON - ... Boston spent $310 million on free agents"
        is the team's."""
        town = self._dateline_town
        opens = self.opening_of(sentence)
        if town is None or not self.low.startswith(town, opens) or not self.form[opens].isupper():
            return False
        verb = self.rules.town_lays_out.match(self.low, opens + len(town))
        # (only a story that tells the town as a public body, up to the sum's sentence: a team or a company goes by its
        # city's name too)
        return (verb is not None and verb.end() <= start
                and self.rules.town_body.search(self.form, 0, sentence[1]) is not None)

    def _a_public_body_s_bond_sale(self, start: int, end: int, sentence: Span) -> bool:
        """Is the sum a bond sale (told right after it) of a public body its sentence makes raise it or go to the market
        ("The Treasury raised 2 billion euros in a 10-year bond sale", "the government would return to the market by
        March with a 5 billion-cedi issue")?  Bonds a public body issues are its borrowing, public money."""
        rules = self.rules
        return (rules.body_bond_after.match(self.form, end, sentence[1]) is not None
                and rules.body_borrows.search(self.form, sentence[0], start) is not None)

    def _a_public_body_s_earlier_sale(self, start: int, sentence: Span) -> bool:
        """Is the sum what a sale raised, told by a sentence that opens with the sale and names no one ("The previous
        issue, in March 2024, raised $400 million"), in a story whose lead tells a public body selling its debt ("The
        province of Mendoza priced a $600 million bond")?  The sale is that body's borrowing, public money."""
        return (self.rules.past_sale_raised.match(self.form, self.opening_of(sentence), start) is not None
                and self._lead_tells_public_debt)

    def _a_public_body_s_spending_told_spent(self, start: int, end: int, sentence: Span) -> bool:
        """Is the sum told spent with no one named ("about 5.9 trillion yen was spent on April 29", or the next sum
        after "and", its verb left out: "... and 3.9 trillion yen in the early hours of May 2"), in a story whose lead
        tells a public body spending ("Japan spent a record 9.79 trillion yen propping up its currency")?  It is that
        body's spending, public money."""
        rules = self.rules
        return ((rules.spent_passive_after.match(self.form, end) is not None
                 or rules.spent_passive_gapped.search(self.form, max(sentence[0], start - _SPENT_GAPPED_REACH),
                                                      start) is not None)
                and self._lead_tells_public_spending)

    @functools.cached_property
    def _lead_tells_public_spending(self) -> bool:
        """Does a sentence of the story's lead tell a public body spending, with a verb of money_verbs.tsv?"""
        return any(self.rules.story_body_spends.search(self.form, self.opening_of(lead), lead[1]) is not None
                   for lead in self.sentences[:_LEAD_SENTENCES])

    @functools.cached_property
    def _lead_tells_public_debt(self) -> bool:
        """Does a sentence of the story's lead tell a public body pricing, selling or issuing its debt?"""
        return any(self.rules.story_body_debt.search(self.form, self.opening_of(lead), lead[1]) is not None
                   for lead in self.sentences[:_LEAD_SENTENCES])

    def _a_public_body_s_money_told_on(self, start: int, end: int, sentence: Span) -> bool:
        """Is the sum laid out by a pronoun that stands for the public body opening the sentence before ("Kenya last
        tapped international markets in February 2025. A year before that, it paid a coupon of 10.375% on a $1.5
        billion bond")?  The body's money goes on in its pronoun and makes no row, as its named money makes none; so it
        does in a pronoun after a sentence the body told ("..., the ministry said. It plans to borrow about 5.8 billion
        dinars"), and in "the bonds" after one it is the subject of ("The Treasury is offering to pay 101.5 cents on the
        dollar. About $1.5 billion of the bonds are outstanding.")."""
        rules = self.rules
        pronoun = rules.body_pronoun_pays.match(self.form, self.opening_of(sentence), start) is not None
        if not pronoun and rules.body_debt_after.match(self.form, end) is None:
            return False
        before = self.start_of_sentence_before(sentence)
        if before >= sentence[0]:
            return False
        if pronoun and rules.body_opens.match(self.form, before, sentence[0]) is not None:
            return True
        return rules.body_told.match(self.form, before, sentence[0]) is not None

    def _a_place_s_exports_told_on(self, start: int, sentence: Span) -> bool:
        """Is the figure told by a measure of exports with no owner's word opening its sentence (joins.tsv
        role=export_told_on), right after a sentence a place opens as the subject of its exports (role=place_exports)?
        "Peru exported 410,000 tonnes of blueberries last season. Export revenue rose 8% to $2.3 billion": the revenue
        is Peru's, trade, as its exports are; bare, such revenue is a company's as often ("Export revenue rose 12%,
        Haier said"); bare exports opening the sentence before ("Exports reached 68,400 tonnes") make only "Their value"
        trade, as a company's story tells its own exports so too ("Exports made up a third of sales. Export revenue
        rose 12%" is the company's)."""
        rules = self.rules
        told = rules.exports_told_on.match(self.form, self.opening_of(sentence), start)
        if told is None:
            return False
        before = self.start_of_sentence_before(sentence)
        opens = self.opening_of((before, sentence[0]))
        exported = rules.place_exports.match(self.form, opens, sentence[0]) if before < sentence[0] else None
        return (exported is not None and (exported.group("bare") is None or told.group("value") is not None)
                and not self._a_company_tells(sentence))

    def _a_company_tells(self, sentence: Span) -> bool:
        """Is a company told as the source of the sentence (joins.tsv role=export_teller_tells, export_teller_opens):
        "Export sales rose 8% to $300 million, Camposol said in its annual report" are Camposol's own, though a place
        exported the sentence before.  A public or trade body is no company: a name with a word of one
        (role=export_teller_body: "Statistics Canada said"), a place ("Peru said"), a person's name (two capitalised
        words before the verb read as one too: a company's name of two words is left to trade, unless the story told it
        in full before), a news agency or another actor of a group of role=export_teller_group ("Reuters said") and
        initials in capitals ("ADEX said"), which trade stories give their bodies far more often than the exporters they
        count."""
        rules = self.rules
        for told in rules.export_teller.finditer(self.form, sentence[0], sentence[1]):
            name = "teller" if told.group("teller") is not None else "source"
            teller = told.group(name)
            if teller[:1].islower():
                return True  # "the company said"
            words = teller.split()
            if (not any(words[0] in rules.name_roles[role] for role in ("lead", "never", "when"))
                    and not any(word.lower() in rules.export_teller_body for word in words)
                    and not teller.isupper() and rules.place_alone.match(teller) is None
                    and not self._no_company_named(told.start(name), told.end(name))):
                return True
        return False

    def _no_company_named(self, start: int, end: int) -> bool:
        """Is the name from ``start`` to ``end`` a person's, read in the whole text (story/actors.tsv, two capitalised
        words before a verb of telling: "Juan Perez said", or a surname of a person named before: "Perez said"), or an
        actor's of a group that is no company (joins.tsv role=export_teller_group: a news agency, "Reuters said",
        reports the figure, it does not earn it)?"""
        groups = self.rules.export_teller_group
        person = not self._named_in_full_before(start, end)
        return any((a.actor.kind == "person" and person or a.actor.group in groups)
                   and a.start <= start and a.end >= end for a in self._actors)

    def _named_in_full_before(self, start: int, end: int) -> bool:
        """Is the name of several words from ``start`` to ``end`` told in full earlier in the text?  News names a person
        in full once and by surname after ("Juan Perez ... Perez said"), so a name of two words told whole again is a
        company's, though it reads as a first name and a surname ("Pescanova Andina farms shrimp ... Export sales rose
        6% to $410 million, Pescanova Andina said")."""
        name = self.form[start:end]
        # (not where a verb of saying or a title introduced it as a person: "said Maria Rojas, head of the exporters'
        # association ... Export sales rose 6%, Maria Rojas said" is hers)
        return " " in name and any(not introduced_as_a_person(self.form, told.start(), told.end())
                                   for told in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.form[:start]))

    def actor_group_at(self, start: int) -> tuple[str, int] | None:
        """The group (story/actors.tsv) of the text's actor that starts right at ``start``, and where it ends, if one
        does ("the Securities and Exchange Commission": regulator)."""
        return next(((a.actor.group, a.end) for a in self._actors if a.start == start), None)

    @functools.cached_property
    def _actors(self) -> list:
        """The text's actors (story.find_actors), read once, only for the few figures that ask."""
        return find_actors(self.text, form=self.form)

    def moving_name(self, sentence: Span, figure: Figure, stock: bool = True) -> Span | None:
        """Where the name of the company whose move the figure is stands ("Tencent shed 4.4%"), or None; with
        ``stock`` false, of whoever lost a sum ("The railway lost $640 million"), a noun of no company too."""
        # a multiple is its move: "Xiaomi doubled"
        end = figure.end if figure.in_words and figure.sign else figure.start
        match = self.rules.company_move.search(self.form, max(sentence[0], figure.start - _MOVER_REACH), end)
        if match is None:
            match = self.rules.company_epithet.search(self.form, max(sentence[0], figure.start - _MOVER_REACH), end)
        if match is None:
            return None
        name, start = match.group("name"), match.start("name")
        opens_clause = self.form[sentence[0]:start].rstrip(" \"'\u201c\u2018")[-1:] in ("", ",", ";")
        # (company_epithet has no predicate or relative clause of its own)
        told = match.groupdict()
        if (told.get("predicate") is not None or told.get("relative") is not None) and not opens_clause:
            # "Benfica's shares, which trade on the Lisbon exchange, rose 6%": the name opens no clause; nor does
            # "sales to merchants on Tmall, which grew 21%", whose relative clause tells of what Tmall brought in
            return None
        if told.get("predicate") is not None and _AN_APPOSITION_OWNED_BY.match(self.form, match.end("name")) \
                and _A_COMMON_NOUN_AND_COMMA.search(self.form, sentence[0], start):
            # "while soymeal, Argentina's top export, gained 1.1%": a possessive name in an apposition to a common
            # noun says what that noun is; the noun moved, not the name's stock
            return None
        if told.get("apposed_comma") is not None and not self._a_company_noun_before(start, sentence):
            return None  # "its own token, VTX, fell 38%": the name says what the token is, no company's stock
        lo = max(sentence[0], start - _SOURCE_REACH)
        word_before = (self.low[lo:self._list_opening(lo, start)].split()[-1:] or [""])[0]
        if word_before in self.rules.source_ends and self.rules.source_before.search(self.low, lo, start) is not None:
            return None  # "Analysts polled by Visible Alpha expect growth of 35%": who counted moves by nothing
        if word_before in self.rules.route_words and self.form.startswith(" ", match.end("name")):
            return None  # "The fee for Shanghai to Rotterdam rose 5%": where a route runs to moves by nothing
        if word_before in self.rules.channel_words:
            return None  # "Payments through Stripe rose 20%": the channel the money flowed by, no stock that moved
        if self.rules.traded_on.search(self.low, lo, start) is not None:
            return None  # "Cotton futures on ICE rose about 2.1%": where the good's futures trade moved nothing
        if self._a_place_a_noun_is_in(sentence, lo, start, word_before):
            return None  # "iron ore landed at the ports in Shandong Province climbed 3%": where the ore is, no stock
        if told.get("between") is not None and self.rules.growth_object.match(self.form, match.end("between")):
            return None  # "Kestrel expects growth of about 4%": the name expects its business's growth, no stock moved
        if (told.get("between") or "").lower() in self.rules.priced_noun:
            return None  # "Wool prices fell 4%": the prices of what the name names moved, no stock
        if self._a_setting_that_opens(sentence, start, match.end("name")):
            return None  # "In Chicago, the benchmark corn contract settled ..., down 3%": where, not who, moved
        if self._a_work_after(match.end("name")):
            return None  # "The thriller dropped 41% to $12.4 million": a film's takings moved, no stock
        # a pronoun that moves ("They fell 8%") is the company's stock the story is about, though it names no one
        if not (self.clean_name(name) or name in self.rules.name_roles["refers"]):
            return None
        if stock and "between" in told and self._a_thing_referred_to(name, told["between"]):  # (an epithet: its noun)
            return None  # "The fee rose 5%": the fee moved, no company's stock
        # the name may go on from one before it over a word inside one name: "Bank of America, the lender, fell 2%"
        return self._whole_name(start, name, sentence)[0], match.end("name")

    def _list_opening(self, lo: int, start: int) -> int:
        """Where the list of names the name at ``start`` ends opens, or ``start`` ("exports to Germany, France and the
        United States rising by a combined 9%": the "to" before the list places its last name too)."""
        listed = self.rules.names_listed_before.search(self.form, lo, start)
        return listed.start() if listed is not None else start

    def _a_place_a_noun_is_in(self, sentence: Span, lo: int, start: int, word_before: str) -> bool:
        """Whether the name at ``start`` says where a noun is, after a word of place (joins.tsv role=placed_in): a word
        in lower case right before that word ("the main ports in Shandong Province"), or the noun opening the
        sentence, in capitals, an article or a possessive at most between ("Prices at Tokyo's Ota market rose 8%",
        "Prices at the Ota market"); a stock's or a company's noun ("Shares in Tencent rose 3%") leaves the name its
        own."""
        words = self.form[lo:start].split()
        if word_before in self.rules.placed_words and len(words) >= 2 and words[-2].isalpha() \
                and words[-2].islower() and words[-2] not in self.rules.referred_nouns:
            return True
        words = self.form[sentence[0]:start].split()
        if not 2 <= len(words) <= 3 or words[1].lower() not in self.rules.placed_words:
            return False
        if len(words) == 3 and not (words[2].lower() == "the" or words[2].endswith(("'s", "’s"))):
            return False
        return words[0].isalpha() and words[0].lower() not in self.rules.referred_nouns

    def _a_setting_that_opens(self, sentence: Span, start: int, end: int) -> bool:
        """Does the name open the sentence after a word of place ("In", "On the", joins.tsv role=setting_opens) and end
        right at a comma? Then it sets where the sentence happens ("On the Osaka Exchange, the benchmark contract
        ... fell 4%"), and the subject whose move the figure is follows the comma: the name moved nothing."""
        # (the name read may hold the opening word itself: "In Chicago")
        words = self.form[sentence[0]:end].split()
        rest = words[2:] if words[1:2] in (["the"], ["The"]) else words[1:]
        # (a name after the setting's own comma is the subject: "In Shanghai, Xinghai Data Centre, which ..., rose")
        return (self.form.startswith(",", end) and "," not in self.form[sentence[0]:end]
                and len(self.low[sentence[0]:start].split()) <= 2 and bool(rest)
                and words[0].strip("\"'“‘").lower() in self.rules.setting_words
                and all(word[:1].isupper() for word in rest))

    def _a_thing_referred_to(self, name: str, between: str | None) -> bool:
        """Does a word that refers back and opens a noun ("The", "Its", names.tsv role=refers, not a stock pronoun as
        "They" is) open one of no company (joins.tsv role=company, role=referred_company, fractions.tsv role=stock)?
        "The stock rose 3%" and "The lender fell 2%" are the company's stock; "The fee rose 5%" and "The sector rallied
        40%" tell what moved, no company, so no stock moved."""
        if name not in self.rules.name_roles["refers"] or name in self.rules.name_roles["stock_pronoun"]:
            return False
        # (with no word between, the move word itself is the noun: "The rise follows increases of 4.75%")
        return between is None or (between.lower() not in self.rules.referred_nouns
                                   and between.lower() not in self._named_company_nouns)

    @functools.cached_property
    def _named_company_nouns(self) -> frozenset[str]:
        """The nouns the story set after a name as what it is ("Kestrel Rail, the country's second-largest railway,
        said ..."): "The railway fell 3%" later refers back to that name as "The carrier" does in any story (joins.tsv
        role=referred_company), so its move is the stock's; a noun the story gave no name stays what moved by itself
        ("The fee rose 5%"). A word list of every trade's noun would never be whole; the story's own apposition is.
        A noun a company owns in the apposition is a thing of that company, none itself ("citing Asia, the group's
        largest market, ... The market fell 3%" is no stock's move)."""
        return frozenset(m.group("noun").lower() for m in _A_NAME_S_APPOSED_NOUN.finditer(self.form)
                         if not any(owner.lower() in self.rules.referred_nouns
                                    for owner in _AN_OWNER.findall(m.group("words"))))

    def _a_work_after(self, end: int) -> bool:
        """Is the word right after a moving name (its possessive dropped) a noun of a film, a show or a record
        (joins.tsv role=work_noun): "Lionsgate's thriller fell 41%" is the film's fall?"""
        after = self.low[end:end + _WORK_NOUN_CHARS]
        after = after[2:] if after.startswith(("'s", "\u2019s")) else after
        word = after.split(None, 1)[:1]
        return bool(word) and word[0].strip(",") in self.rules.work_nouns

    def _a_company_noun_before(self, start: int, sentence: Span) -> bool:
        """Is the word before the comma that opens a name set off by commas a noun of a company (joins.tsv
        role=apposed_company, role=company): "the group's closest rival, Ferro Andino, gained 2.4%"?"""
        words = self.low[max(sentence[0], start - _APPOSED_NOUN_REACH):start].rstrip(", ").split()
        return bool(words) and words[-1] in self.rules.apposed_company

    # -- subjects --------------------------------------------------------------------------------
    def subject(self, start: int, end: int, sentence: Span) -> str:
        owner = self._owner_pronoun(start, sentence)
        region = self.region(self.name_focus, sentence, owner - _SUBJECT_REACH, end + _SUBJECT_REACH)
        candidates = self._subjects.get(region)
        if candidates is None:
            candidates = self._subjects[region] = self._subject_candidates(region, sentence)
        best = None
        for rule, name_start, name_end, name in candidates:
            if self.rules.rule_side[rule] == "before" and (
                    name_start >= start or self._inside_a_description_closed_before(name_start, start, sentence)):
                continue
            if name_end <= start:
                distance = start - name_end
            else:
                distance = max(0, name_start - end)
            if distance > _SUBJECT_DISTANCE:
                continue  # too far to say whose figure this is
            # a name in a later clause is taken only when none is nearer: "Alibaba shares lost 3%,
            # while peer JD.com's ADRs slipped 1.8 percent"
            later = name_start >= end and (self.form.find(",", end, name_start) >= 0
                                           or self.form.find(";", end, name_start) >= 0)
            # so is one after a word that opens a later clause, though no comma parts them: "Jack Ma's net
            # worth rose by $2.4 billion on Friday after shares of Alibaba jumped 8.5%" (joins.tsv role=later)
            parted = later or (name_start >= end
                               and self.rules.later_clause.search(self.low, end, name_start) is not None)
            if best is None or (parted, rule, distance) < best[:3]:
                best = (parted, rule, distance, name, later)
        if best is not None and best[4] and self._refers_back(start, sentence):
            return ""  # "The stock climbed ..., its best run since the 2020 Ant Group listing"
        if best is None and owner < start:
            return self._owner_named_before(owner, candidates, sentence)
        return best[3] if best else ""

    def _owner_named_before(self, owner: int, candidates: list, sentence: Span) -> str:
        """The company a possessive pronoun at ``owner`` stands for, when no name is near enough the figure after it:
        the name nearest before the pronoun by the rules' order, no place ("Komorebi Holdings, Japan's third-largest
        clothing chain, said ... that sales at its stores rose" is no figure of Japan's)."""
        best = None
        for rule, name_start, name_end, name in candidates:
            if name_end > owner or owner - name_end > _SUBJECT_DISTANCE or self._owns_nothing(name):
                continue
            if self.rules.rule_side[rule] == "before" and self._inside_a_description_closed_before(
                    name_start, owner, sentence):
                continue
            if best is None or (rule, owner - name_end) < best[:2]:
                best = (rule, owner - name_end, name)
        return best[2] if best else ""

    def _owns_nothing(self, name: str) -> bool:
        """Is the name in capitals one a company's "its" cannot stand for: a place, a date or fiscal label the dates
        engine reads whole or a holiday ("FY26", "New Year": a time), or a public body or lender alone
        (public_bodies.tsv: "The IMF, whose loan runs until May, said that its reserves rose" are the country's)?"""
        rules = self.rules
        if rules.place_alone.fullmatch(name) or name.lower() in date_lexicon.holidays():
            return True
        body = rules.body_opens.match(name)
        if body is not None and body.end() == len(name):
            return True
        return any(e.start == 0 and e.end == len(name) for e in find_expressions(name))

    def _owner_pronoun(self, start: int, sentence: Span) -> int:
        """Where a possessive pronoun in the figure's clause before it stands (names.tsv role=owner), else ``start``:
        the pronoun stands for a company named before, which is as near the figure as the pronoun is ("Allegro, which
        reports results on July 24, said in May that its sales in Poland rose 9%" is Allegro's)."""
        clause = self.clause_start(start, sentence)
        words = self.rules.name_roles.get("owner", ())
        found = [m.start() for m in re.finditer(r"[a-z]+", self.low[clause:start]) if m.group() in words]
        return clause + found[0] if found else start

    def _inside_a_description_closed_before(self, name_start: int, start: int, sentence: Span) -> bool:
        """Does the name stand in a relative clause inside a description set off by commas (joins.tsv role=describes,
        role=relative_inside) that closes before the figure?  A name there tells what the described company does, and
        the figure after the closing comma is the main clause's: "Korvina Mining (KMC), the state miner that ships most
        of the country's ore through Rio Tinto's port, said ... ore prices fell 7%" is no move of Rio Tinto's.  A name
        the description itself names may still be the subject ("In the September quarter, whose results Alibaba
        reported on Nov. 25, revenue rose 5%")."""
        form = self.form
        opened = self.last_break(name_start, sentence)
        described = self.rules.description_open.match(form, opened) if opened >= 0 and form[opened] == "," else None
        if described is None or self.rules.relative_inside.search(form, described.end(), name_start) is None:
            return False
        closed = form.find(",", name_start, start)
        return closed >= 0 and form.find(";", name_start, closed) < 0

    def last_break(self, start: int, sentence: Span, marks: str = ",;") -> int:
        """Where the last of ``marks`` before ``start`` in its sentence stands, or -1: a comma or semicolon ends a
        clause; a comma alone opens an aside too."""
        return max(self.form.rfind(mark, sentence[0], start) for mark in marks)

    def clause_start(self, start: int, sentence: Span) -> int:
        """Where the clause of ``start`` begins: after the last comma or semicolon before it in its sentence."""
        return max(sentence[0], self.last_break(start, sentence) + 1)

    def _refers_back(self, start: int, sentence: Span) -> bool:
        """Whether the clause of ``start`` opens with a word that refers to a company named before
        ("The stock", "Its shares", names.tsv role refers)."""
        words = self.form[self.clause_start(start, sentence):start].split(None, 1)
        return bool(words) and words[0].strip("\"'“‘(").capitalize() in self.rules.name_roles["refers"]

    def _subject_candidates(self, region: Span, sentence: Span) -> list[tuple[int, int, int, str]]:
        rules, form, low = self.rules, self.form, self.low
        lower_forms, triggers, suffix_words = rules.lower_forms, rules.triggers, rules.suffix_words
        out = []
        for match in rules.names.finditer(form, *region):
            start, end = match.span()
            written = match.group()
            held = start    # where the name a rule closing with {name} takes starts
            if "-" in written:
                cut = _LOWER_AFTER_HYPHEN.search(form, start + 2, end)   # a letter and a word are one name: "E-mart"
                if cut is not None:  # "Hong Kong-listed": the name stops before the hyphen
                    # and names no one of its own: the name the compound describes comes after it ("shares of Hong
                    # Kong-listed Alibaba", "its stake in Alibaba-backed Ant"), or none ("a stake in an
                    # Alibaba-backed firm")
                    space = form.find(" ", cut.end(), end)
                    held = space + 1 if space >= 0 and _LOWER_AFTER_HYPHEN.search(form, space, end) is None else -1
                    end = cut.start()
                    written = form[start:end]
            cleaned = _clean_name(written)
            if (not cleaned or low[start:end] in lower_forms) and held <= start:
                continue  # "The", "In", a bare place; "Turnover rose to HK$180.2 billion" names no one
            if held <= start and _places_after_in(form, start, end, rules.place_alone, rules.places_in_before):
                continue
            if low[start:end] in triggers and low[start:end] not in rules.market_wide and held <= start:
                continue  # "The Rs 7,278 crore IPO, which closed on Nov. 4": what the figure is, no one (an index is
                          # one)
            # A rule closing with {name} ends in a plain word: "shares of Alibaba", "fined Ant".
            window = max(sentence[0], start - 20)
            space = low.rfind(" ", window, start - 1)
            # no space: the word before starts the sentence, or is longer than any prefix word
            word_before = low[space + 1 if space >= 0 else window:start].strip() \
                if space >= 0 or window == sentence[0] else ""
            if word_before in rules.source_ends and rules.source_before.search(
                    low, max(sentence[0], start - _SOURCE_REACH), start) is not None:
                continue  # "analysts surveyed by Bloomberg, up 14%": who counted, not whose figure it is
            if rules.traded_on.search(low, max(sentence[0], start - _SOURCE_REACH), start) is not None:
                continue  # "Cotton futures on ICE rose 2.1%": where the futures trade, not whose figure it is
            prefix_rules = rules.prefix_rules.get(word_before)
            if prefix_rules is not None and held >= 0:
                found = prefix_rules.search(form, max(sentence[0], start - 25), start)
                if found is not None:
                    if held == start:
                        out.append((int(found.lastgroup[1:]), start, end, cleaned))
                    elif _clean_name(form[held:match.end()]):
                        out.append((int(found.lastgroup[1:]), held, match.end(), _clean_name(form[held:match.end()])))
            # A trigger closing the run is not part of the name: "the Ant Group IPO cancellation".
            while True:
                space = form.rfind(" ", start, end)
                if space < 0 or low[space + 1:end] not in triggers:
                    break
                end = space
            if self._closes_an_aside(start, end, sentence):
                continue
            if word_before in rules.route_words and form.startswith(" ", end):
                # "for Shanghai to Rotterdam rose 5%": where a route runs, no subject of the verb after it (its
                # possessive or a relative clause after a comma is still its own: "to Halden's closing price")
                continue
            # a description between commas after the name leaves it the subject of the verb after them:
            # "Cambricon Technologies, once a loss-making supplier to Huawei, reported revenue"
            at = self._past_a_description(end) if form.startswith(",", end) else end
            if not low.startswith("'", at) and suffix_words.isdisjoint(
                    w.strip(".;:") for w in low[at:at + 40].replace(",", " ").split()[:3]):
                continue  # no rule that opens with {name} can match here
            found = rules.suffix_rules.match(form, at, sentence[1])
            if found is not None:
                name = _clean_name(form[start:end])
                if name:
                    start, name = self._whole_name(start, name, sentence)
                    if _places_after_in(form, start, end, rules.place_alone, rules.places_in_before):
                        continue  # (the list a name's start reaches back to: "in Germany and Sweden")
                    out.append((int(found.lastgroup[1:]), start, end, name))
        return out

    def _past_a_description(self, comma: int) -> int:
        """Where a description between commas that opens at ``comma`` (joins.tsv role=describes, or a possessive
        name: "Bethlehem, the nation's second largest steelmaker, earned") closes, or ``comma`` when there is none: a
        relative clause is read by subjects.tsv itself, a figure inside says it is a clause of its own, and a person's
        title (story/person_titles.tsv) says the name is a person's."""
        form = self.form
        found = self.rules.description_after.match(form, comma)
        if (found is None or self.rules.relative_after.match(form, comma) is not None
                or _DIGIT.search(form, comma, found.end()) is not None
                or self.rules.person_title.search(form, comma, found.end()) is not None):
            return comma  # "Michael Gifford, Rank's chief executive, said": a person speaks, whose figure it is not
        return found.end() - 1

    def _closes_an_aside(self, start: int, end: int, sentence: Span) -> bool:
        """Does the name end an aside set off by commas inside its clause, so that the verb after the closing
        comma is another name's: "Cambricon Technologies, once a loss-making supplier to Huawei, reported
        revenue" (a name that opens a relative clause, "Chevron, whose market value", still opens it)?"""
        form = self.form
        if not form.startswith(",", end) or self.rules.relative_after.match(form, end) is not None:
            return False
        opened = self.last_break(start, sentence, ",")
        # (a dash right before the name ends a dateline, so the name opens the story: "TOKYO, Jan 5 - Komorebi
        # Holdings, Japan's third-largest clothing chain, said")
        return (opened >= 0 and not form[opened + 1:start].isspace()
                and _DASH_BEFORE.search(form, opened + 1, start) is None)

    def _whole_name(self, start: int, name: str, sentence: Span) -> tuple[int, str]:
        """Where a name that a rule opens with starts, and the name, when it goes on from a name before it over a
        word inside one name (names.tsv role=inner): "Bank of America rose 1%", "Procter and Gamble shares rose".
        A run that a legal suffix closes ends a name ("Alibaba Group Ltd and Tencent"), and a market word is none
        ("Shares of Tencent rose")."""
        if start - sentence[0] < 4 or self.form[start - 1] != " ":
            return start, name
        found = self.rules.name_before_inner.search(self.form, max(sentence[0], start - _INNER_REACH), start)
        if found is None:
            return start, name
        before = _clean_name(found.group("name"))
        # the last two of a list are two names: "Tencent, Alibaba and JD.com rose 2%"
        if self.form[max(sentence[0], found.start("name") - 2):found.start("name")].strip() == ",":
            return start, name
        if (not before or not found.group("name").endswith(before)
                or any(key_of(word) in self.rules.lower_forms for word in before.split())):
            return start, name
        return found.end("name") - len(before), self.form[found.end("name") - len(before):start] + name

    def clean_name(self, name: str) -> str:
        return _clean_name(name)


@functools.lru_cache(maxsize=1 << 16)
def _clean_name(name: str) -> str:
    """A run of capitalised words as a subject: "The Hong Kong" → "" (a place), "Alibaba Group Holding Ltd." → "Alibaba
    Group"."""
    roles = lexicon().name_roles
    lead, suffix, never = roles["lead"], roles["suffix"], roles["never"]
    when, when_lead = roles["when"], roles["when_lead"]
    words = name.split()
    # (a day or a month in front of a name says when, right after a preposition of time: "In May Longfor's sales
    # fell"; one that opens the run, or follows "The", is the name's own: "March Networks", "The May Department Stores")
    led = False
    while words and (words[0] in lead or (led and len(words) > 1 and words[0] in when)):
        led = words.pop(0) in when_lead
    while words and (words[-1] in suffix or words[-1].rstrip(".") in suffix):
        words.pop()
    coded = _CODED_FIGURE.match(words[0]) if words else None
    if coded is not None and (coded.group(1) in never or coded.group(1) in roles["coded"]):
        return ""  # "Rmb21.9bn", "RMB30.6": a figure written with a currency code, not a name
    cleaned = " ".join(words)
    if cleaned.endswith(".") and cleaned.count(".") == 1:
        cleaned = cleaned[:-1]
    return "" if not cleaned or cleaned in never or cleaned in lead else cleaned


_DASH_BEFORE = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s+\Z")  # " - " ending a dateline right before a name
# A possessive right after a name ("Argentina's"), and a common noun with the comma that opens an apposition right
# before a name: see Reading.moving_name.
_AN_APPOSITION_OWNED_BY = re.compile(r"['\u2019]s\s")
_A_COMMON_NOUN_AND_COMMA = re.compile(r"(?<![\w-])[a-z][\w-]*,\s+\Z")
# A capitalised name, a comma, an article and a few words whose last, before the apposition's closing comma, is the
# noun the name is: see Reading._named_company_nouns.
_A_NAME_S_APPOSED_NOUN = re.compile(r"(?<![\w-])[A-Z][\w&.'\u2019-]*(?:[^\S\r\n]+[A-Z][\w&.'\u2019-]*)*,[^\S\r\n]+"
                                    r"(?:the|a|an)[^\S\r\n]+(?P<words>(?:[\w'\u2019-]+[^\S\r\n]+){0,4}?)"
                                    r"(?P<noun>[a-z][a-z-]+),")
# An owner's word in such an apposition, its possessive dropped ("the group's largest market": "group").
_AN_OWNER = re.compile(r"([\w-]+)['\u2019]s\b")


def headline_on_its_own_line(form: str, sentences: list[Span]) -> Span | None:
    """The first sentence when it ends before the first line break: a headline, whose few words sum up the story below
    it (and a text of one line has none)."""
    if not sentences or not 0 < sentences[0][1] <= form.find("\n"):
        return None
    return sentences[0]


def clause_break(form: str, lo: int, hi: int) -> bool:
    """Whether a comma or semicolon parts form[lo:hi] into clauses."""
    return form.find(",", lo, hi) >= 0 or form.find(";", lo, hi) >= 0


def between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi

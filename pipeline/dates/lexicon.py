"""The date engine's vocabulary: the resource tables of ``pipeline/resources/dates/`` turned into
look-up dictionaries and regex building blocks (compiled once, cached).

Nothing here knows a word of English: every word comes from a table.  Multi-word phrases ("couple
of", "right now") are matched with any run of white space between their words and looked up after
:func:`squash` collapsed it.
"""
from __future__ import annotations

import functools
import re

from pipeline.rules import escaped_alternation, load_table, prefix_tree
from pipeline.sentences import BULLET_MARKS, LIST_DASHES
from pipeline.story import org_suffixes

DATES = "dates/"

# The tenses of a verb that tells what was already so when the text was written (tense.tsv tenses past and pluperfect).
PAST_TENSES = ("past", "pluperfect")
# A currency sign before a figure (pattern text, written into the figure patterns below).
_CURRENCY_SIGN = "[$€£¥]"
# ... and with the letters of the country that may head it, in the lower case the patterns read ("hk$190", "s$12").
_SIGNED = rf"(?:[a-z]{{0,3}}{_CURRENCY_SIGN})"
# A figure with up to two words of its scale, currency or unit after it, as few as will do ("$4.5 billion",
# "£400m", "12% higher"): one piece wherever a figure stands between a date and the clause it dates.
_FIGURE_WORDS = rf"{_SIGNED}?\d[\d.,]*(?:%|[a-z]{{1,2}}(?![a-z]))?(?:\s+[a-z%]+){{0,2}}?"


_SPACES = re.compile(r"\s+")


def squash(phrase: str) -> str:
    """A phrase with its white space collapsed to single spaces (the key of every look-up)."""
    if phrase.isalpha():
        return phrase           # most look-ups are one word: no need to split it
    return _SPACES.sub(" ", phrase.strip())


def trie_regex(words) -> str:
    """A regex matching any of ``words``, factored as a trie (:func:`pipeline.rules.prefix_tree`); no words match
    nothing."""
    return prefix_tree(words) or "(?!)"


def _rows(name: str):
    return load_table(DATES + name)


@functools.lru_cache(maxsize=None)
def limits_reached() -> frozenset[str]:
    """The deadline connectors (connectors.tsv ``before`` regexes) that mark a state reached by the limit, not one
    lasting up to it (limits_reached.tsv: "by")."""
    return frozenset(r["connector"] for r in _rows("limits_reached.tsv"))


@functools.lru_cache(maxsize=None)
def split_years() -> re.Pattern:
    """A year named by two years that is a programme of its own ("the 2026-27 season": split_years.tsv); group 1
    is its first year, group 2 the last two digits of its second."""
    words = "|".join(re.escape(" ".join(r["word"].split())).replace(r"\ ", r"\s+") for r in _rows("split_years.tsv"))
    return re.compile(rf"\b(20\d\d)\s?[-\u2013/]\s?(\d\d)\s+(?:{words})\b")


@functools.lru_cache(maxsize=None)
def split_years_of_a_trade() -> re.Pattern:
    """A split year of split_years.tsv with maybe one word of the trade before its noun ("the 2025/26 milling season"):
    a season of its own, no fiscal year, though where its days begin is left to split_years' nouns alone."""
    words = "|".join(re.escape(" ".join(r["word"].split())).replace(r"\ ", r"\s+") for r in _rows("split_years.tsv"))
    return re.compile(rf"\b(20\d\d)\s?[-\u2013/]\s?(\d\d)\s+(?:[a-z]+\s+)?(?:{words})\b")


@functools.lru_cache(maxsize=1)
def split_year_first_words() -> tuple[str, ...]:
    """The first word of each noun of split_years.tsv: a text holding none of them holds no split year, which these
    few substring tests tell far faster than a search of the whole text for the two years."""
    return tuple(sorted({r["word"].split()[0] for r in _rows("split_years.tsv")}))


@functools.lru_cache(maxsize=None)
def months() -> dict[str, tuple[int, bool, bool]]:
    """month word -> (month number, ambiguous, abbreviation)"""
    return {r["name"]: (int(r["month"]), r["ambiguous"] == "yes", r["abbreviation"] == "yes")
            for r in _rows("months.tsv")}


@functools.lru_cache(maxsize=None)
def weekdays() -> dict[str, tuple[int, bool, bool]]:
    """weekday word -> (ISO weekday, ambiguous, abbreviation)"""
    return {r["name"]: (int(r["weekday"]), r["ambiguous"] == "yes", r["abbreviation"] == "yes")
            for r in _rows("weekdays.tsv")}


@functools.lru_cache(maxsize=None)
def units() -> dict[str, tuple[str, bool]]:
    """unit word -> (unit code, plural)"""
    return {r["word"]: (r["unit"], r["plural"] == "yes") for r in _rows("units.tsv")}


@functools.lru_cache(maxsize=None)
def whole_half_words() -> tuple[str, ...]:
    """the words of a half-year that name it without an ordinal ("the half-year"; units.tsv, whole)"""
    return tuple(r["word"] for r in _rows("units.tsv") if r.get("whole") in ("yes", "shifted"))


@functools.lru_cache(maxsize=None)
def shifted_half_words() -> tuple[str, ...]:
    """the words of a term that is a half-year only when counted from now ("last semester"; units.tsv, whole shifted)"""
    return tuple(r["word"] for r in _rows("units.tsv") if r.get("whole") == "shifted")


@functools.lru_cache(maxsize=None)
def year_named_units() -> frozenset[str]:
    """the unit words a year number before names rather than counts ("the 2025 seasons"; units.tsv, whole year_named)"""
    return frozenset(r["word"] for r in _rows("units.tsv") if r.get("whole") == "year_named")


@functools.lru_cache(maxsize=None)
def seasons() -> dict[str, tuple[str, bool]]:
    return {r["name"]: (r["season"], r["ambiguous"] == "yes") for r in _rows("seasons.tsv")}


@functools.lru_cache(maxsize=None)
def southern_places() -> re.Pattern:
    """A place of the southern hemisphere named whole, as written or in a dateline's capitals (southern_places.tsv)."""
    names = [name for r in _rows("southern_places.tsv") for name in (r["place"], r["place"].upper())]
    # (a place of the same name in the north, named with its region: "PERTH, Scotland")
    namesakes = [rf"{re.escape(name)},\s*(?:{r['namesakes']})(?![\w-])" for r in _rows("southern_places.tsv")
                 if r["namesakes"] for name in (r["place"], r["place"].upper())]
    northern = rf"(?!{'|'.join(namesakes)})" if namesakes else ""
    return re.compile(rf"(?<![\w-]){northern}(?:{trie_regex(names)})(?![\w-])")


@functools.lru_cache(maxsize=None)
def year_season_leagues() -> tuple[re.Pattern, dict[str, int]]:
    """A league whose seasons are named by one year, named whole as written (year_seasons.tsv), and by its name the
    last month of the next year its season runs into (0 when it ends within its year)."""
    rows = _rows("year_seasons.tsv")
    return _leagues_named(rows), {r["league"]: int(r["into_next_year"] or 0) for r in rows}


@functools.lru_cache(maxsize=None)
def calendar_season_named() -> re.Pattern:
    """A season of the calendar year named by its word before its noun (calendar_seasons.tsv roles before, noun:
    "shopping season" in "the Tet shopping season"), matched in lower case."""
    rows = _rows("calendar_seasons.tsv")
    before, noun = ([squash(r["word"]) for r in rows if r["role"] == role] for role in ("before", "noun"))
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(before)})\s+(?:{trie_regex(noun)})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def season_noun_after() -> re.Pattern:
    """The noun of a season (calendar_seasons.tsv role noun) right after a year, matched from the year's end in lower
    case: " season" in "the 2025 season"."""
    nouns = [squash(r["word"]) for r in _rows("calendar_seasons.tsv") if r["role"] == "noun"]
    return re.compile(rf"\s+(?:{trie_regex(nouns)})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def sport_tally_told() -> re.Pattern:
    """A number and what a player or a team counts in sport ("12 goals", "nine assists"; tense.tsv kind sport_tally,
    numbers.tsv), matched in lower case."""
    return re.compile(rf"(?<![a-z-])(?:\d+|{trie_regex(number_words())})\s+(?:{_kind_trie('sport_tally')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def split_season_leagues() -> re.Pattern:
    """A league whose seasons run across two years (split_seasons.tsv), named whole as written."""
    return _leagues_named(_rows("split_seasons.tsv"))


def _leagues_named(rows) -> re.Pattern:
    """The leagues of a table of seasons (column league), each matched whole, case kept."""
    return re.compile(rf"(?<![\w-])(?:{trie_regex(r['league'] for r in rows)})(?![\w-])")


@functools.lru_cache(maxsize=None)
def southern_fiscal_ends() -> dict[str, int]:
    """The last month of the financial year a southern place's public bodies and companies share, by its name as
    southern_places() finds it (southern_places.tsv fiscal_end; a place with none is left out)."""
    return {name: int(r["fiscal_end"]) for r in _rows("southern_places.tsv") if r["fiscal_end"]
            for name in (r["place"], r["place"].upper())}


@functools.lru_cache(maxsize=None)
def day_parts() -> dict[str, str]:
    return {r["name"]: r["value"] for r in _rows("day_parts.tsv")}


@functools.lru_cache(maxsize=None)
def holidays() -> dict[str, str]:
    rows = _rows("holidays.tsv")
    rules = {r["name"]: r["rule"] for r in rows}
    # ("=NAME": another spelling of the holiday of row NAME, so a lunar holiday's list of days is written once; the
    # same rule string also lets the readings of "eid" tell the spellings of one holiday by their rule)
    return {name: rules[rule[1:]] if rule.startswith("=") else rule for name, rule in rules.items()}


@functools.lru_cache(maxsize=None)
def holiday_breaks() -> frozenset[str]:
    """The rules of the holidays whose days off counted before their name run from their day (holiday_breaks.tsv)."""
    rules = holidays()
    # (the rule a mention holds is its own, without the readings it has in other texts: China's National Day, not
    # Singapore's, is the eight-day break)
    return frozenset(rules[r["name"]].partition("|")[0] for r in _rows("holiday_breaks.tsv"))


@functools.lru_cache(maxsize=None)
def holidays_in_lower_case() -> frozenset[str]:
    """holidays whose name in lower case names them too (holidays.tsv "lower": "the spring bank holiday")"""
    return frozenset(r["name"] for r in _rows("holidays.tsv") if r.get("lower") == "yes")


@functools.lru_cache(maxsize=None)
def deictic() -> dict[str, tuple[str, str, str]]:
    """phrase -> (TimeML type, value recipe, determiner: yes / required / no)"""
    return {r["phrase"]: (r["type"], r["value"], r["det"]) for r in _rows("deictic.tsv")}


@functools.lru_cache(maxsize=None)
def later_today() -> frozenset[str]:
    """deictic phrases naming a time later on the day of writing ("tonight"): ahead unless told in the past"""
    return frozenset(r["phrase"] for r in _rows("deictic.tsv") if r["later"] == "yes")


@functools.lru_cache(maxsize=None)
def set_words() -> dict[str, str]:
    return {r["word"]: r["value"] for r in _rows("sets.tsv")}


@functools.lru_cache(maxsize=None)
def decade_words() -> dict[str, int]:
    return {r["word"]: int(r["digit"]) for r in _rows("decades.tsv")}


@functools.lru_cache(maxsize=None)
def eras() -> dict[str, str]:
    """era word written after a year or century ("bc", "b.c.", "ad") -> BC or AD"""
    return {r["word"]: r["era"] for r in _rows("eras.tsv")}


@functools.lru_cache(maxsize=None)
def eras_also_places() -> dict[str, range]:
    """era word that also names a place ("b.c.", British Columbia) -> the years after which it is no era (1900-2099)"""
    return {r["word"]: range(int(first), int(last) + 1)
            for r in _rows("eras.tsv") if r["place"] for first, last in [r["place"].split("-")]}


@functools.lru_cache(maxsize=None)
def zones() -> list[str]:
    return [r["zone"] for r in _rows("zones.tsv")]


@functools.lru_cache(maxsize=None)
def suffixes() -> dict[str, str]:
    """suffix word -> role"""
    return {r["word"]: r["role"] for r in _rows("suffixes.tsv")}


@functools.lru_cache(maxsize=None)
def guarded_suffixes() -> frozenset[str]:
    """Suffix words that are also prepositions ("before", "after"): they need their `then` after them,
    and a determined head before them ("the year before", not "for a year before,")."""
    return frozenset(r["word"] for r in _rows("suffixes.tsv") if r.get("then"))


@functools.lru_cache(maxsize=None)
def pointing_suffixes() -> frozenset[str]:
    """Suffix words that name the time they count from ("after that"): no determined head is needed before them."""
    return frozenset(r["word"] for r in _rows("suffixes.tsv") if r.get("points") == "yes")


@functools.lru_cache(maxsize=None)
def stretch_openers() -> tuple[re.Pattern, ...]:
    """The words before a count that make it a stretch of its own (offsets.tsv unless: "for two days after")."""
    return tuple(re.compile(row["unless"]) for row in _rows("offsets.tsv") if row["unless"])


@functools.lru_cache(maxsize=None)
def gap_signal() -> re.Pattern:
    """The signal of a count from another time of the story at the end of the count (suffixes.tsv signal: "Three
    days later"), which TimeML leaves out of the gap."""
    return re.compile(rf"\s+(?:{trie_regex(r['word'] for r in _rows('suffixes.tsv') if r['signal'] == 'yes')})\Z",
                      re.I)


@functools.lru_cache(maxsize=None)
def suffix_regex() -> str:
    """The suffix words as one regex (one group: the word), each followed by what its `then` asks."""
    rows = _rows("suffixes.tsv")
    plain = trie_regex(r["word"] for r in rows if not r.get("then"))
    guarded = "".join(f"|{re.escape(r['word'])}(?={r['then']})" for r in rows if r.get("then"))
    return rf"((?:{plain})(?![a-z0-9]){guarded})"


@functools.lru_cache(maxsize=None)
def prefix_words() -> dict[str, tuple[str, str]]:
    """prefix word -> (role, value): prefixes.tsv, plus numbers (role count) and ordinals (role ordinal)."""
    words = {r["word"]: (r["role"], r["value"]) for r in _rows("prefixes.tsv")}
    for r in _rows("numbers.tsv"):
        words.setdefault(r["word"], ("count", r["value"]))
    for r in _rows("ordinals.tsv"):
        words.setdefault(r["word"], ("ordinal", r["value"]))
    return words


@functools.lru_cache(maxsize=None)
def tense_words() -> tuple[dict[str, str], dict[str, str]]:
    """(whole word -> tense, word ending -> tense); auxiliaries, clause boundaries and habitual
    markers are words whose tense is their kind ("auxiliary", "boundary", "complement", "habitual",
    "recurring")."""
    rows = _rows("tense.tsv")
    words = {squash(r["word"]): r["tense"] for r in rows
             if r["kind"] in ("word", "possibility", "question", "after_comma", "deal_start", "base_past",
                              "subject_verb", "request", "remaining", "count_object")}
    words.update({squash(r["word"]): r["kind"] for r in rows
                  if r["kind"] in ("auxiliary", "boundary", "complement", "habitual", "recurring")})
    return (words,
            {r["word"]: r["tense"] for r in rows if r["kind"] == "suffix"})


# The most words of what sales made ahead are of, between their noun and "for" ("bookings of outbound flights and
# hotels for July").
_BOOKED_THINGS_WORDS = 6


def _kind_words(kind: str) -> list[str]:
    """The words of one kind of tense.tsv."""
    return [r["word"] for r in _rows("tense.tsv") if r["kind"] == kind]


@functools.lru_cache(maxsize=None)
def words_of_kinds(*kinds: str) -> frozenset[str]:
    """The words of some kinds of tense.tsv, as one set."""
    return frozenset(squash(word) for kind in kinds for word in _kind_words(kind))


@functools.lru_cache(maxsize=None)
def _kind_trie(kind: str) -> str:
    """The words of one kind of tense.tsv as one factored regex (built once: many patterns share a kind)."""
    return trie_regex(_kind_words(kind))


@functools.lru_cache(maxsize=None)
def _past_endings_trie() -> str:
    """The endings of a verb's past (tense.tsv kind suffix, tense past) as one factored regex."""
    return trie_regex(r["word"] for r in _rows("tense.tsv") if r["kind"] == "suffix" and r["tense"] == "past")


@functools.lru_cache(maxsize=None)
def preposition_or_kind_trie(kind: str) -> str:
    """The prepositions of prepositions.tsv and the words of one kind of tense.tsv as one factored regex."""
    return trie_regex(_prepositions() | set(map(squash, _kind_words(kind))))


@functools.lru_cache(maxsize=None)
def subject_and_past_verb_after() -> re.Pattern:
    """A subject of up to five words with no comma and a verb in a past ending with a preposition after it (of
    prepositions.tsv or tense.tsv kind past_clause_link), matched right after a word of kind past_clause_opening:
    " count of sunday's vote stretched into" in "as the count of Sunday's vote stretched into Monday"."""
    # (the subject's words are no markers of tense, "as it will be needed in": then no verb in the past opens the
    # clause)
    return re.compile(rf"(?:\s+(?!(?:{_one_word_markers()})\s)[a-z0-9'-]+){{1,5}}?[a-z]{_past_verb_to_its_link()}")


@functools.lru_cache(maxsize=None)
def taken_decision() -> re.Pattern:
    """A possessive, a noun of a decision taken (tense.tsv kind taken_decision), "to" and a verb, with the words after
    it up to the end of the text searched, with no comma or clause boundary: "Japan's decision to lift its ban on
    Scottish beef in " in "hope to build on Japan's decision to lift its ban on Scottish beef in September"."""
    return re.compile(rf"(?:'s|s'|\u2019s)\s+(?:{_kind_trie('taken_decision')})\s+to\s+[a-z]+"
                      rf"(?:\s+[a-z0-9'$%.-]+)*?\s+\Z")


@functools.lru_cache(maxsize=None)
def bare_plural_subject_and_past_verb() -> re.Pattern:
    """A word of tense.tsv kind bare_subject_opening, a bare plural noun that is no marker of tense, and a verb in a
    past ending with a preposition after it (as in subject_and_past_verb_after): "as investors cheered the result on"
    opens a clause of its own; "as of", "as much as", "as expected" do not."""
    return re.compile(rf"(?<![a-z'-])(?P<opening>{_kind_trie('bare_subject_opening')})"
                      rf"\s+(?!(?:{_one_word_markers()})\s)[a-z'-]*[a-z]s\s+[a-z]+{_past_verb_to_its_link()}")


@functools.lru_cache(maxsize=None)
def _one_word_markers() -> str:
    """The markers of tense of one word (tense.tsv) as one regex: no word of a subject of a clause in the past."""
    return trie_regex(word for word in tense_words()[0] if " " not in word)


def _past_verb_to_its_link() -> str:
    """The past ending of a verb, an object of a few words maybe after it ("as investors cheered the result on"), and
    the preposition after them (prepositions.tsv or tense.tsv kind past_clause_link): the tail of a clause in the past
    that "as" opens."""
    return (rf"(?:{_past_endings_trie()})(?:\s+[a-z0-9'$%-]+){{0,{_PAST_CLAUSE_OBJECT_WORDS}}}?\s+"
            rf"(?:{preposition_or_kind_trie('past_clause_link')})(?![a-z-])")


# How many words the object of the verb in the past of a clause "as" opens may have before its preposition.
_PAST_CLAUSE_OBJECT_WORDS = 3


@functools.lru_cache(maxsize=None)
def _preposition_trie() -> str:
    """The prepositions of prepositions.tsv as one factored regex (built once: several patterns share them)."""
    return trie_regex(_prepositions())


@functools.lru_cache(maxsize=None)
def _prepositions() -> frozenset[str]:
    """The prepositions of prepositions.tsv, squashed as the text is."""
    return frozenset(squash(r["word"]) for r in _rows("prepositions.tsv"))


@functools.lru_cache(maxsize=None)
def one_word_of_a_noun_between() -> re.Pattern:
    """One word between two dates that is neither a preposition of prepositions.tsv nor a coordinator, a word of a
    range or of a comparison of tense.tsv: a noun the first qualifies ("Golden Week sale last year"), no word linking
    another time ("from Christmas until next year", "from Christmas to next year") or setting it against its base
    ("came at Easter versus last year": this Easter)."""
    links = f"{_preposition_trie()}|{_kind_trie('coordinator')}|{_kind_trie('figure_range')}" \
        f"|{trie_regex(_comparison_words())}"
    return re.compile(rf"\s+(?!(?:{links})\s)[a-z][a-z'-]*\s+")


@functools.lru_cache(maxsize=None)
def event_named_before() -> re.Pattern:
    """"before" and the name of a happening, up to the preposition of the date that dates it ("before [the COP31
    summit in Antalya] in", "before [Miami] on"): up to five words, none a pronoun of tense.tsv kind subject nor a
    verb in -ed, no comma between; group 1 is the name."""
    pronouns = _one_word_subjects()
    return re.compile(rf"\bbefore\s+((?:the\s+)?(?:(?!(?:{pronouns}|[a-z]+ed)\s)[a-z0-9][a-z0-9'\u2019.-]*\s+){{1,5}})"
                      rf"(?:{_kind_trie('event_placed')})\s+\Z")


# A name as written, one word of it: a capital, where the pattern around it ignores case, then what a name may hold
# ("Alibaba", "AT&T", "St.").
_CASED_NAME = r"(?-i:[A-Z])[\w&.'\u2019-]*"


@functools.lru_cache(maxsize=None)
def object_wanted_done() -> re.Pattern:
    """A verb of wanting (tense.tsv kind wanting) and its object, a noun after a determiner or a name, right before
    where the search ends: a participle after them tells the state wanted, no past ("want the bill passed before",
    "wants Alibaba added to the list", "want it scrapped": a pronoun of tense.tsv kind object_pronoun).  Read on the
    text as written, whose capital tells a name ("who want reform voted" has no object so told: its verb is the
    clause's own)."""
    name = _CASED_NAME
    thing = rf"(?:{_kind_trie('determiner')})\s+(?:[\w'\u2019-]+\s+){{1,3}}"
    pronoun = rf"(?:{_kind_trie('object_pronoun')})\s+"
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('wanting')})\s+"
                      rf"(?:{thing}|{pronoun}|{name}\s+(?:{name}\s+){{0,2}})\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def weekday_word() -> re.Pattern:
    """Any weekday of weekdays.tsv that is not ambiguous, as a whole word ("on Monday")."""
    return _whole_words([w for w, (_, ambiguous, _) in weekdays().items() if not ambiguous])


@functools.lru_cache(maxsize=None)
def possessive_before() -> re.Pattern:
    """A noun's possessive "'s" right before where the search ends, not a pronoun of tense.tsv kind subject
    contracted ("it's", "he's"): a participle after it is an adjective of the noun owned ("This year's written exam
    is scheduled for Aug. 22"), no verb."""
    return re.compile(rf"(?<![a-z])(?!(?:{_one_word_subjects()})['\u2019])[a-z]+['\u2019]s\s+\Z")


@functools.lru_cache(maxsize=None)
def _one_word_subjects() -> str:
    """The pronouns of tense.tsv kind subject that are one word, as a regex, for the patterns that read the subject
    as a single word among other words ("said it had", "before the summit in")."""
    return trie_regex([w for w in _kind_words("subject") if " " not in w])


def _whole_words(words) -> re.Pattern:
    """Any of ``words`` as a whole word (no letter nor hyphen on either side)."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(words)})(?![a-z-])")


def _any_of(patterns) -> re.Pattern:
    """Any of ``patterns`` (one a table row), as one pattern."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@functools.lru_cache(maxsize=None)
def up_to_now() -> re.Pattern:
    """Words that bring a story told of a past year up to now ("Since then"; tense.tsv kind to_now), not after the
    modal of a modal perfect (tense.tsv kind counterfactual: "what would have been a record" tells of no now)."""
    modals = (w.rsplit(" ", 1)[0] for w in _kind_words("counterfactual") if " " in w)
    not_after_a_modal = "".join(f"(?<!{re.escape(m)} )" for m in modals)
    return re.compile(not_after_a_modal + _whole_words(_kind_words("to_now")).pattern)


@functools.lru_cache(maxsize=None)
def narrowing_after_a_year() -> re.Pattern:
    """A comma right after a year and words that say when within it, up to the preposition of a month ("in 2024,
    most deeply in", "in 2023, first in"; tense.tsv kind narrowing), matched from the year's end to the month."""
    return re.compile(rf",\s+(?:(?:{_kind_trie('narrowing')})\s+)?"
                      rf"(?:{_kind_trie('narrowing_in')})\s+\Z")


@functools.lru_cache(maxsize=None)
def scheduled_clause_after() -> re.Pattern:
    """A clause told as a timetable of the past right after a count's "before" ("trading was due to begin"; tense.tsv
    kind scheduled_then): up to four words of its subject, no comma, then the words of the timetable."""
    return re.compile(rf"(?:[a-z0-9'\u2019.-]+\s+){{1,4}}(?:{_kind_trie('scheduled_then')})\s")


@functools.lru_cache(maxsize=None)
def past_clause_after() -> re.Pattern:
    """A clause told in the past right after a count's "before" ("the BoI approved tax incentives"): maybe a
    determiner (tense.tsv kind determiner), one to three words of its subject, none of them a verb's past (tense.tsv
    kind suffix), then that past, all in one sentence.  A participle right after the determiner is an adjective
    ("the planned vote").  A word of tense.tsv of another tense is no past for its ending ("a week before the new
    speed limit takes effect": "speed" is a noun)."""
    past = _past_endings_trie()
    not_past = trie_regex(w for w, tense in tense_words()[0].items()
                          if " " not in w and tense not in PAST_TENSES and re.search(rf"(?:{past})$", w))
    listed = rf"(?:[a-z0-9'\u2019]+-)*(?:{not_past})\s"
    word = rf"(?:(?={listed})|(?![a-z0-9'\u2019-]*(?:{past})\s))[a-z0-9'\u2019-]+\s+"
    return re.compile(rf"(?:(?:{_kind_trie('determiner')})\s+)?(?!(?:{_kind_trie('determiner')})\s){word}"
                      rf"(?:{word}){{0,2}}(?!{listed})[a-z]+(?:{past})\s")


@functools.lru_cache(maxsize=None)
def present_perfect() -> re.Pattern:
    """An auxiliary of the present perfect ("has raised", "have risen"; tense.tsv kind present_perfect)."""
    return _whole_words(_kind_words("present_perfect"))


@functools.lru_cache(maxsize=None)
def allotting_verb() -> re.Pattern:
    """A verb of setting money aside ("set aside", "earmarked"; tense.tsv kind allotting)."""
    return _whole_words(_kind_words("allotting"))


@functools.lru_cache(maxsize=None)
def year_after() -> re.Pattern:
    """A year right after an ambiguous month or season word, which makes it a date ("spring 2026", "May of
    2024", "fall this year"): four digits, or a shift word of prefixes.tsv counted from the article date
    before a singular unit of year of units.tsv."""
    shifts = trie_regex(w for w, (role, value) in prefix_words().items() if role == "shift" and not value.endswith("~"))
    years = trie_regex(w for w, (unit, plural) in units().items() if unit == "Y" and not plural)
    return re.compile(rf"\s*,?\s*(?:of\s+)?(?:\d{{4}}(?!\d)|(?:{shifts})\s+(?:{years})\b)")


@functools.lru_cache(maxsize=None)
def kind_right_before(kind: str) -> re.Pattern:
    """A word of tense.tsv kind ``kind`` and the space after it, searched up to where what follows it starts (kind
    link: "on " in "on the day"; bookings_for: "bookings for " in "bookings for the summer"; the table's comment on
    each kind tells what it marks)."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie(kind)})\s+\Z")


@functools.lru_cache(maxsize=None)
def heading_for_before() -> re.Pattern:
    """A verb of heading in the present and "for" (tense.tsv kind heading_for), maybe a determiner and up to two words
    of what is foreseen, right before a period, searched up to where it starts: "is heading for a record " in "tourism
    is heading for a record summer"."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('heading_for')})\s+(?:(?:{_kind_trie('determiner')})\s+)?"
                      rf"(?:[a-z-]+\s+){{0,2}}\Z")


@functools.lru_cache(maxsize=None)
def state_for_before() -> re.Pattern:
    """A present copula (tense.tsv kind season_copula), one or two words of a state and "for", right before a season
    named alone, searched up to where it starts: "are full for " in "Hotels are full for the summer"."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('season_copula')})\s+(?:[a-z-]+\s+){{1,2}}?for\s+(?:the\s+)?\Z")


@functools.lru_cache(maxsize=None)
def custom_clause() -> re.Pattern:
    """A sentence's opening plural subject, maybe after "the" and up to two words, right before a verb of keeping a
    feast in its base form (tense.tsv kind custom_verb): "Greenlanders celebrate", "Many Orthodox Christians
    observe"; a people's custom told in the present simple, matched at the sentence's start."""
    return re.compile(rf"[\s\"'“‘(]*(?:the\s+)?(?:[a-z'’-]+\s+){{0,2}}[a-z'’-]+s\s+(?:{_kind_trie('custom_verb')})"
                      rf"(?![a-z'’-])")


@functools.lru_cache(maxsize=None)
def generic_when_clause() -> re.Pattern:
    """A sentence's opening clause of a time or condition (tense.tsv kind generic_when: "When", "If"), maybe after a
    quotation mark, up to its comma and the pronoun of anyone at all right after it (kind generic_subject: "you"),
    matched in lower case from the sentence's start: "when the lichen is locked under ice in january, you"."""
    return re.compile(rf"[\s\"'“‘(]*(?:{_kind_trie('generic_when')})\s+[^,.;:!?\n]{{1,160}},\s+"
                      rf"(?:{_kind_trie('generic_subject')})(?![a-z'’-])")


@functools.lru_cache(maxsize=None)
def share_told_in_a_passive() -> re.Pattern:
    """A sentence's subject of a share of a whole (tense.tsv kind share_subject: "Most", "The bulk"), maybe with "of"
    and up to four words of the whole, then "is" or "are" and the word after it, the passive's participle, matched in
    lower case from the sentence's start: "most of the crop is delivered"."""
    return re.compile(rf"[\s\"'“‘(]*(?:{_kind_trie('share_subject')})(?:\s+of)?(?:\s+[a-z'’-]+){{0,4}}?"
                      rf"\s+(?:is|are)\s+[a-z]+(?![a-z'’-])")


@functools.lru_cache(maxsize=None)
def plural_told_in_a_passive() -> re.Pattern:
    """A sentence's subject in the plural, maybe after a determiner (tense.tsv kind determiner), its last word in -s,
    then "are" and a participle after it, in -ed, -en or -wn, matched in lower case from the sentence's start: "the
    flowers are picked", "are grown" (not "are staying", a deed under way, nor "are open", a state, nor a participle
    of report or belief, tense.tsv kind hearsay_participle, which tells news: "two miners are feared trapped")."""
    return re.compile(rf"[\s\"'“‘(]*(?:(?:{_kind_trie('determiner')})\s+)?(?:[a-z'’-]+\s+){{0,3}}?[a-z'’-]+s"
                      rf"\s+are\s+(?!(?:{_kind_trie('hearsay_participle')})(?![a-z'’-]))"
                      rf"(?:[a-z]+ed|[a-z]{{3,}}en|[a-z]+wn)(?![a-z'’-])")


@functools.lru_cache(maxsize=None)
def kind_right_after(kind: str) -> re.Pattern:
    """A word of tense.tsv kind ``kind`` right after what it follows, a space between, closing a word (kind
    holiday_season: "season" in "the Christmas season.")."""
    return re.compile(rf"\s+(?:{_kind_trie(kind)})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def time_away_after() -> re.Pattern:
    """Up to two words of a noun, a present copula (tense.tsv kind away_copula), up to three words and a count of time
    "away" (kind time_away) right after a season: "the spring wedding season is only weeks away"."""
    return re.compile(rf"(?:\s+[a-z-]+){{0,2}}?\s+(?:{_kind_trie('away_copula')})\s+(?:[a-z-]+\s+){{0,3}}?"
                      rf"(?:{_kind_trie('time_away')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def season_nearing_after() -> re.Pattern:
    """Up to two words of a noun and a verb that says it draws near (tense.tsv kind season_nearing) right after a
    season, no determiner or owner's word between (kinds determiner, owner), which would open a subject of its own:
    "as the summer approaches"; "coming" that a particle follows (kind nearing_particle) is a move, no nearing ("prices
    are coming down")."""
    openers = trie_regex(words_of_kinds("determiner", "owner"))
    return re.compile(rf"(?:\s+(?!(?:{openers})\s)[a-z-]+){{0,2}}?\s+"
                      rf"(?:{_kind_trie('season_nearing')})(?![a-z-])"
                      rf"(?!\s+(?:{_kind_trie('nearing_particle')})\b)")


@functools.lru_cache(maxsize=None)
def present_perfect_through() -> re.Pattern:
    """A verb in the present perfect and up to four words after it, right before a deadline's word of tense.tsv kind
    perfect_through ("have not stopped running through"): the stretch after it is one gone through up to now.  No
    infinitive after it ("has agreed to keep prices unchanged through") and no passive ("has been extended through")
    looks back, nor does a modal before the auxiliary ("will have run through"): the group ``modal`` holds it."""
    modals = trie_regex({squash(r["word"]) for r in _rows("modals.tsv")})
    return re.compile(rf"(?<![a-z])(?P<modal>(?:{modals})\s+)?(?:{_kind_trie('perfect_auxiliary')})\s+"
                      rf"(?!been\s+[a-z]+(?:ed|en)\s)(?:(?!(?:to|be)\s)[a-z'\u2019-]+\s+){{1,4}}?"
                      rf"(?=(?:{_kind_trie('perfect_through')})\s)")


@functools.lru_cache(maxsize=None)
def year_of_their_own_gap() -> re.Pattern:
    """What may stand between months restated ("the same three months") and a time right after them that tells
    their own year: space and maybe a preposition of tense.tsv kind restated_year_preposition ("of 2024", "in 2024",
    " a year earlier")."""
    return re.compile(rf"\s+(?:(?:{_kind_trie('restated_year_preposition')})\s+)?")


@functools.lru_cache(maxsize=None)
def subject_of_came() -> re.Pattern:
    """The subject noun (group 1) right before a verb of tense.tsv kind came_counted and the space after it, searched
    up to where the count after it starts ("the ruling came " before "a day after")."""
    return re.compile(rf"([a-z]{{3,}})\s+(?:{_kind_trie('came_counted')})\s+\Z")


@functools.lru_cache(maxsize=None)
def verb_in_the_past() -> re.Pattern:
    """A verb with an ending of its past (tense.tsv kind suffix, tense past), group 1 its stem before the ending
    ("ruled": "rul", which "ruling" begins with)."""
    return re.compile(rf"\b([a-z]{{3,}})(?:{_past_endings_trie()})\b")


@functools.lru_cache(maxsize=None)
def subject_object_before() -> re.Pattern:
    """The one or two words that open a clause and a preposition of tense.tsv kind subject_object after them, searched
    up to where what follows starts ("Closing on " before "this week's bonds")."""
    return re.compile(rf"(?:\A|[.!?;:\n])\s*(?:[a-z-]+\s+)?[a-z-]+\s+(?:{_kind_trie('subject_object')})\s+\Z")


@functools.lru_cache(maxsize=None)
def issued_notice_before() -> re.Pattern:
    """A verb of issuing a notice (tense.tsv kind issuing) and the rest of its sentence up to a noun of that notice
    and its "for" (kind notice_for), searched up to where what follows it starts ("issued a frost watch for " before
    "Friday night"): "watch" and "alert" are verbs or follow "on" too ("will watch for", "on alert for").  The area a
    notice covers may stand between its noun and the day ("issued a red alert for upper Assam for Saturday"): after
    a verb of issuing, any noun of kind notice_for or sum_for ("a gale warning for the coast for Sunday") takes it."""
    issuing, notices = _kind_trie("issuing"), _kind_trie("notice_for")
    covering = trie_regex(_kind_words("notice_for") + _kind_words("sum_for"))
    return re.compile(rf"(?<![a-z-])(?:{issuing})\s(?:[^;.!?]|\.(?=\d))*?(?<![a-z-])"
                      rf"(?:(?:{notices})\s+|(?:{covering})\s+{_AREA_COVERED}\s+for\s+)\Z")


# The name of an area a notice covers, between the notice's "for" and the day's (one to three words, no digit:
# "upper Assam", "the north coast").
_AREA_COVERED = r"(?:[a-z'-]+\s+){0,2}[a-z'-]+"
# One adverb in -ly at most, with the space after it ("has formally offered", "are mostly staying").
AN_LY_ADVERB = r"(?:[a-z]+ly\s+)?"


@functools.lru_cache(maxsize=None)
def priced_move_before() -> re.Pattern:
    """Words of a move a market prices in (tense.tsv kind priced_move: "imply a move of") and the rest of their
    clause, searched up to where what follows it starts ("imply a move of 11% either way after " before
    "Friday's")."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(_kind_words('priced_move'))})\s(?:[^,;.!?]|\.(?=\d))*\Z")


@functools.lru_cache(maxsize=None)
def beneficiary_before() -> re.Pattern:
    """A name a sum is for and the "for" after it, searched up to where a period starts ("appeal for [Sudan for ]2025",
    "$2 billion for [South Sudan for ]2026"), read on the text as written, whose capitals tell the name; group 1 is
    where the name starts."""
    name = _CASED_NAME
    return re.compile(rf"(?<=\s)({name}(?:\s+{name}){{0,2}})\s+for\s+\Z")


@functools.lru_cache(maxsize=None)
def figure_aside_for_before() -> re.Pattern:
    """A noun of kind figure_for, what its figure leaves out or counts in (kind figure_aside and one to three words)
    and the "for" after them, searched up to where a year starts ("operating profit excluding new partnerships for
    [2026]", "profit before tax for [2026]"): the year is the figure's as with nothing between."""
    nouns = trie_regex(sorted({w[:-len(" for")] for w in _kind_words("figure_for") if w.endswith(" for")}))
    return re.compile(rf"(?<![a-z-])(?:{nouns})\s+(?:{_kind_trie('figure_aside')})\s+(?:[a-z-]+\s+){{1,3}}for\s+\Z")


@functools.lru_cache(maxsize=None)
def forecast_sum_in_before() -> re.Pattern:
    """A noun of a forecast (tense.tsv kind forecast_noun), the sum it is of and "in", searched up to where a period
    starts ("a budget of $33 million in [fiscal 2024]"): a budget or target set in a year under way is spent or
    aimed at until the year is over; the sum a few words, no punctuation but the figure's own."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('forecast_noun')})\s+of\s+(?:[\w$\u20ac\u00a3\u00a5.,%-]+\s+){{1,4}}"
                      r"in\s+\Z")


@functools.lru_cache(maxsize=None)
def bookings_right_before() -> re.Pattern:
    """A noun of sales made ahead and the word that ties a period to it (tense.tsv kind bookings_for), searched up to
    where the period starts, maybe with what the sales are of between them ("bookings of outbound flights and hotels
    for "): a few words after "of", none a verb's mark of tense."""
    pairs = [w.rsplit(" ", 1) for w in _kind_words("bookings_for") + _kind_words("for_delivery") if " " in w]
    # (each noun with its own ties: "for delivery in" is goods booked, "bookings in" no more than a month's bookings)
    by_tie = {tie: trie_regex([noun for noun, t in pairs if t == tie]) for tie in sorted({tie for _, tie in pairs})}
    # (the share of them made ahead may stand first: "has hedged 60 per cent of its fuel needs for ")
    share = rf"(?:\s+(?:(?:{_kind_trie('share_approx')})\s+)?\d[\d.,]*\s*(?:%|{_kind_trie('percent')}))?"
    # (the occasion they are for may stand between, the month it falls in after it: "bookings for the school
    # holidays in June" are for the coming June, as "bookings for June" are; so is the part of the month they are for:
    # "bookings for the first two weeks of July", in May, are for the coming July)
    occasion = rf"(?:the(?:\s+[a-z'-]+){{1,{_OCCASION_WORDS}}}\s+(?:in|of)\s+)?"
    of = rf"(?:\s+of(?:\s+[a-z'-]+,?){{1,{_BOOKED_THINGS_WORDS}}}?)?"
    # (and whom they are placed by, a few words after "from": "orders from Maersk for the summer", in February, are
    # for the coming summer)
    by_whom = rf"(?:\s+from(?:\s+[a-z0-9&.'-]+){{1,{_BOOKED_THINGS_WORDS}}}?)?"
    booked = "|".join(rf"(?:{nouns}){share}{of}{by_whom}\s+{re.escape(tie)}" for tie, nouns in by_tie.items())
    return re.compile(rf"(?<![a-z-])(?:{booked})\s+{occasion}\Z")


# How many words may name the occasion bookings are for before the month it falls in ("the school holidays").
_OCCASION_WORDS = 3


@functools.lru_cache(maxsize=None)
def delivery_right_before() -> re.Pattern:
    """Goods bought for delivery and the word that ties a time to it (tense.tsv kind for_delivery), searched up to where
    the time starts: "for delivery from "."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('for_delivery')})\s+\Z")


def _progressive_for_before(verb: str) -> re.Pattern:
    """``verb`` in the present progressive, maybe after an adverb in -ly, a few words of its object and the word that
    ties a period to it (tense.tsv kinds progressive and progressive_for), searched up to where the period starts."""
    return re.compile(rf"(?<![a-z'-])(?:{_kind_trie('progressive')})\s+{AN_LY_ADVERB}{verb}"
                      rf"(?:\s+[a-z0-9'-]+){{0,{_BOOKED_THINGS_WORDS}}}?\s+(?:{_kind_trie('progressive_for')})\s+\Z")


@functools.lru_cache(maxsize=None)
def progressive_for_before() -> re.Pattern:
    """Any verb so: "is hiring two more workers for "."""
    return _progressive_for_before(r"[a-z]{2,}ing")


@functools.lru_cache(maxsize=None)
def progressive_readying_before() -> re.Pattern:
    """A verb of getting ready so (tense.tsv kind readying): "is hiring seasonal staff for "."""
    return _progressive_for_before(f"(?:{_kind_trie('readying')})")


def _booked_share() -> str:
    """A verb of booking, a share and the determiner of the units booked ("covered 38% of its "; tense.tsv kinds
    booking_verb, share_approx, percent and determiner)."""
    return (rf"(?<![a-z-])(?:{_kind_trie('booking_verb')})\s+(?:(?:{_kind_trie('share_approx')})\s+)?"
            rf"\d[\d.,]*\s*(?:%|{_kind_trie('percent')})\s+of\s+(?:{_kind_trie('determiner')})\s+")


@functools.lru_cache(maxsize=None)
def booked_share_around() -> tuple[re.Pattern, re.Pattern]:
    """A verb of booking, a share and its determiner before a period named as an adjective, and the units booked after
    it (tense.tsv kinds booking_verb, share_approx, percent, determiner and booked_units: "covered 38% of its " and
    " days" around "fourth-quarter")."""
    before = re.compile(rf"{_booked_share()}\Z")
    after = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_kind_trie('booked_units')})(?![a-z'-])")
    return before, after


@functools.lru_cache(maxsize=None)
def booked_period_fronted() -> tuple[re.Pattern, re.Pattern]:
    """The preposition that fronts a sentence with a period (tense.tsv kind booked_period_opener), searched up to where
    the period starts, and what follows the period to the share of units its sentence books ("For " before "the third
    quarter", and ", the company said it had fixed 71% of its capesize days" after it)."""
    before = re.compile(rf"(?:\A|[.!?:;\n\"\u201c]\s*)(?:{_kind_trie('booked_period_opener')})\s+\Z")
    # (what stands between the comma and the share is the rest of its sentence: no sentence's end)
    after = re.compile(rf",[^.!?\n]{{0,120}}?{_booked_share()}(?:[a-z-]+\s+){{0,2}}(?:{_kind_trie('booked_units')})"
                       r"(?![a-z'-])")
    return before, after


@functools.lru_cache(maxsize=None)
def percentage_before() -> re.Pattern:
    """A percentage right before a word, searched up to where the word starts ("24% ", "20 percent "; tense.tsv kind
    percent).  A bare number is none: it may be a year ("In 2023 more than a year")."""
    return re.compile(rf"(?<![a-z])\d[\d.,]*\s*(?:%|{_kind_trie('percent')})\s+\Z")


@functools.lru_cache(maxsize=None)
def figure_anywhere() -> re.Pattern:
    """A percentage or a sum of money anywhere ("18%", "20 percent", "HK$41 billion", "6,500 million pesos"; tense.tsv
    kind percent, money/currencies.tsv): what tells a sentence of a company's or an economy's measures."""
    after = currency_forms_after()
    return re.compile(rf"(?<![a-z])\d[\d.,]*\s*(?:%|{_kind_trie('percent')})(?![a-z])"
                      rf"|(?<![a-z])(?:{currency_forms_before()}|{_CURRENCY_SIGN})\s?\d"
                      rf"|(?<![a-z])\d[\d.,]*(?:\s*[a-z]{{1,8}})?\s*(?:{after})(?![a-z])")


@functools.lru_cache(maxsize=None)
def multiple_base_before() -> re.Pattern:
    """A multiple's figure and the preposition of its date, ending where the date starts ("four times the HK$22.1
    billion raised in"; tense.tsv kinds multiple and link): that date is the base's, a time already reported."""
    words, links = _kind_trie("multiple"), _kind_trie("link")
    # (the figure may carry its currency's letters and its scale's: "HK$22.1 billion", "US$3bn")
    return re.compile(rf"(?<![a-z-])(?:{words})\s+(?:[a-z]{{1,3}})?{_CURRENCY_SIGN}?\d[\d.,]*"
                      rf"(?:%|[a-z]{{1,2}}(?![a-z]))?"
                      rf"(?:\s+[a-z%]+){{0,2}}\s+(?:{links})\s+\Z")


@functools.lru_cache(maxsize=None)
def framing_opener() -> re.Pattern:
    """A preposition of time, alone from the start of a sentence to a determiner ("After "; tense.tsv kind frame)."""
    return re.compile(rf"[\s\"\u201c]*(?:{_kind_trie('frame')})\s+")


@functools.lru_cache(maxsize=None)
def noun_to_its_subject() -> re.Pattern:
    """The few words of a noun after a date up to a pronoun that opens the main clause (" season we"; tense.tsv kind
    subject), matched from the date's end: a fronted dated noun that frames its sentence with no comma after it."""
    return re.compile(rf"(?:\s+[a-z-]+){{1,3}}?\s+(?:{_kind_trie('subject')})\s")


@functools.lru_cache(maxsize=None)
def contrast() -> re.Pattern:
    """A comma and a word that opens a clause set against the one before it (", while", ", whereas"; tense.tsv kind
    contrast)."""
    return re.compile(rf",\s+(?:{_kind_trie('contrast')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def contrast_opening() -> re.Pattern:
    """The comma and the word of :func:`contrast` right before a date, which heads the clause that word opens (",
    while last year")."""
    return re.compile(rf",\s+(?:{_kind_trie('contrast')})\s+\Z")


@functools.lru_cache(maxsize=None)
def percentage_base_before() -> re.Pattern:
    """A percentage and the preposition that makes the date after it the base of the change, searched up to where the
    date starts ("up 8.5% on ", "12 percent against "; tense.tsv kinds percent and percent_base)."""
    return re.compile(rf"(?<![a-z])\d[\d.,]*\s*(?:%|{_kind_trie('percent')})\s+"
                      rf"(?:{_kind_trie('percent_base')})\s+\Z")


@functools.lru_cache(maxsize=None)
def level_base_before() -> re.Pattern:
    """The cue of a comparison and the sum it sets against a date, searched up to where the date starts ("up from
    $95.5 million ", "down from c$2.7 billion "; tense.tsv kind level_base)."""
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('level_base')})\s+{_level_figure()}\s+\Z")


def _level_figure() -> str:
    """The figure a cue of tense.tsv kind level_base sets against a date, as one regex: a sum of money, or a count of a
    unit of quantity (kind level_unit), maybe after a word of estimate (kind level_hedge) and before its preposition
    (kind level_link): "$95.5 million", "an estimated 51 tonnes in"."""
    return (rf"(?:(?:{_kind_trie('level_hedge')})\s+)?(?:{sum_of_money()}"
            rf"|\d[\d.,]*(?:\s+[a-z]+)?\s+(?:{_kind_trie('level_unit')})(?:\s+(?:{_kind_trie('level_link')}))?)")


@functools.lru_cache(maxsize=None)
def level_base_after_its_target() -> re.Pattern:
    """A bare cue of a comparison (tense.tsv kind level_from) and its figure, matched in full from the end of the time
    the change reaches up to the date it sets that figure against ("[next year] from an estimated 51 tonnes [in
    2025]")."""
    return re.compile(rf"\s+(?:{_kind_trie('level_from')})\s+{_level_figure()}\s+")


@functools.lru_cache(maxsize=None)
def percentage_base_year() -> re.Pattern:
    """A percentage and the preposition that sets the figure before it against a bare year, that year in the group
    ``year`` ("down 6% from 2024"; tense.tsv kinds percent, percent_base and year_base)."""
    return re.compile(rf"(?<![a-z])\d[\d.,]*\s*(?:%|{_kind_trie('percent')})\s+"
                      rf"(?:{_kind_trie('percent_base')}|{_kind_trie('year_base')})\s+(?P<year>\d{{4}})(?![\d-])")


@functools.lru_cache(maxsize=None)
def ellipsis() -> re.Pattern:
    """What stands between a day and a weekday that shares its verb: ", and Tencent on" (a subject of a few
    words, no verb; tense.tsv kinds ellipsis and ellipsis_day)."""
    joins, day = _kind_trie("ellipsis"), _kind_trie("ellipsis_day")
    return re.compile(rf"\s*,?\s*(?:{joins})\s+(?:[a-z0-9.&'-]+\s+){{1,3}}(?:{day})\s+")


@functools.lru_cache(maxsize=None)
def second_base_between() -> re.Pattern:
    """What stands between the date of a base and a second base figure joined to it, up to that figure's date
    (" and $4.5 billion "; tense.tsv kind ellipsis): "up from $4.8 billion in the third quarter and $4.5 billion a
    year earlier" sets both bases against the one figure."""
    return re.compile(rf"\s*,?\s*(?:{_kind_trie('ellipsis')})\s+{_FIGURE_WORDS}\s+")


@functools.lru_cache(maxsize=None)
def second_base_past_its_noun() -> re.Pattern:
    """The same, after a noun or two that the date of the first base qualifies (" tender and $640 a carat "): "compared
    with $585 a carat at the August tender and $640 a carat a year earlier" sets both bases against the one figure."""
    # (the figure may carry a unit of three words: "1,310 cents a kilo")
    return re.compile(rf"(?:\s+[a-z-]+){{1,2}}?\s*,?\s*(?:{_kind_trie('ellipsis')})\s+{_SIGNED}?\d[\d.,]*"
                      rf"(?:%|[a-z]{{1,2}}(?![a-z]))?(?:\s+[a-z%]+){{0,3}}?\s+")


def _absolute_opening() -> str:
    """The words of an absolute phrase from its opening word to the end of the text searched (tense.tsv kind
    absolute), the part both readings of the phrase share."""
    return rf"(?:{_kind_trie('absolute')})\s+[a-z0-9' -]*\Z"


@functools.lru_cache(maxsize=None)
def absolute_phrase() -> re.Pattern:
    """The opening of an absolute phrase up to a participle searched for at its end: ", with results of
    allocations" (tense.tsv kind absolute; no punctuation between), whose participle tells no past."""
    return re.compile(rf",\s*{_absolute_opening()}")


@functools.lru_cache(maxsize=None)
def perfect_phrase_before() -> re.Pattern:
    """A phrase of a perfect participle (tense.tsv kind perfect: "Having signed the deal on"), matched from where its
    sentence opens or from a comma, from its auxiliary up to where a date starts, no comma between, a participle
    right after the auxiliary, not a determiner ("Having a plan for March" is no perfect); group "open" is where it
    opens."""
    ahead = _kind_trie("determiner")
    return re.compile(rf"[\s\"\u201c]*(?P<open>(?:{_kind_trie('perfect')})\s+{AN_LY_ADVERB}"
                      rf"(?!(?:{ahead})\s)[a-z]+\s[^,;:]*)\Z")


@functools.lru_cache(maxsize=None)
def perfect_auxiliary_before() -> re.Pattern:
    """The auxiliary of a perfect participle (tense.tsv kind perfect: "having"), an -ly adverb at most between, ending
    where the participle starts: the participle tells a deed done before its clause's time, even in an absolute phrase
    ("with farmers having picked most of the crop by Thursday")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('perfect')})\s+{AN_LY_ADVERB}\Z")


@functools.lru_cache(maxsize=None)
def absolute_phrase_unmarked() -> re.Pattern:
    """The opening of an absolute phrase with no comma before it, up to a participle searched for at its end
    ("Evening sessions at the lakefront with telescopes provided."; tense.tsv kind absolute).  Without the comma
    "with" may also close a subject before its verb ("Holders with stakes voted"), so the caller also asks that the
    participle end its clause."""
    return re.compile(rf"(?<![a-z-]){_absolute_opening()}")


@functools.lru_cache(maxsize=None)
def plan_revised() -> re.Pattern:
    """What, after a date, tells that the plan of the past naming it was changed: ", but was extended"
    (tense.tsv kinds revise_join, revise_aux and revise; a word may stand between: "but was later delayed")."""
    joins = _kind_words("revise_join")
    word_join = trie_regex(j for j in joins if j[:1].isalpha())
    # a join that is no word, the comma closing an aside, hangs on the date's last word: "a second try, planned for
    # Thursday evening, was scrubbed"
    mark_join = trie_regex(j for j in joins if not j[:1].isalpha())
    aux, verb = (trie_regex(_kind_words(kind)) for kind in ("revise_aux", "revise"))
    join = rf"(?:(?<![a-z-])(?:{word_join})|(?:{mark_join}))"
    return re.compile(rf"{join}\s+(?:{aux})\s+(?:[a-z]+\s+)?(?:{verb})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def calendar_years() -> dict[str, tuple[tuple[int, int], tuple[int, ...]]]:
    """The years of calendars not ours by their prefix word (calendars.tsv): the (month, day) of our year each opens
    on and the lengths of its months."""
    return {r["name"]: (tuple(int(x) for x in r["start"].split("-")), tuple(int(x) for x in r["months"].split(",")))
            for r in _rows("calendars.tsv")}


@functools.lru_cache(maxsize=None)
def comparison_before() -> re.Pattern:
    """Words that end where a date starts and make it the base of a comparison (tense.tsv kind comparison:
    "rose 21% from last year's Spring Festival")."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(_comparison_words())})\s+\Z")


@functools.lru_cache(maxsize=None)
def determined_comparison_before() -> re.Pattern:
    """A word of comparison and a determiner that end where a date starts (tense.tsv kinds comparison and determiner):
    the date qualifies the noun of the comparison's base ("down from its April forecast of 5% to 6%")."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(_comparison_words())})\s+(?:{_kind_trie('determiner')})\s+\Z")


def _comparison_words() -> list[str]:
    """The words that make what follows them the base of a comparison, with those that do so only after a figure of
    their own (tense.tsv kinds comparison and comparison_after_figure: "from", "above")."""
    return _kind_words("comparison") + _kind_words("comparison_after_figure")


@functools.lru_cache(maxsize=None)
def approximation_ending() -> re.Pattern:
    """An approximation of a figure that ends where the search ends ("more than"; prefixes.tsv role approx): a word of
    comparison that closes one ("than") compares with no base."""
    return re.compile(rf"(?<![a-z-])(?:{_approximation_trie()})\Z")


@functools.lru_cache(maxsize=None)
def _approximation_trie() -> str:
    """The words of prefixes.tsv role approx ("more than", "about"), as one alternation."""
    return trie_regex(w for w, (role, _) in prefix_words().items() if role == "approx")


@functools.lru_cache(maxsize=None)
def _approximation_heads() -> tuple[str, ...]:
    """The words before a comparison word that make the two an approximation (prefixes.tsv role approx: "more" of
    "more than")."""
    return tuple(sorted({w.split()[-2] for w, (role, _) in prefix_words().items()
                         if role == "approx" and len(w.split()) > 1 and w.split()[-1] in _kind_words("comparison")}))


@functools.lru_cache(maxsize=None)
def figure_compared_before(named: bool = False, linked: bool = True, set_against: bool = False) -> re.Pattern:
    """The base figure of a comparison and the preposition of its date, ending where the date starts ("to slow to
    2.7% from 3% in"; tense.tsv kinds comparison and link): that date is the base's, a time already reported.
    ``named``: the figure may be named by a noun before it ("down from a peak of 142 billion yuan in"; kind
    determiner) or a phrase after it ("up from $1.3 billion in its previous funding round in").  ``linked=False``:
    the preposition may be left out, as before a date counted back ("compared with $3 million last year"), and words
    of kind comparison_before_figure compare too ("against $3,458 a year earlier").  ``set_against``: those words
    compare before a figure and its preposition too, for a caller whose date cannot be a forecast's ("against 26% in
    the June quarter")."""
    # (a word that compares only with a figure right before a date counted back: "against $3,458 a year earlier"; a
    # figure with a preposition may be a forecast set against another: "against roughly 120 billion yuan in the current
    # fiscal year")
    before_figure = [] if linked and not set_against else _kind_words("comparison_before_figure")
    words, links = trie_regex(_kind_words("comparison") + before_figure), _kind_trie("link")
    # (a word that compares only after a figure of its own: "12% above", never "growth above 40% in")
    after_figure = "|".join(rf"(?<={re.escape(w.split()[-1])}\s)" for w in _kind_words("percent"))
    words = rf"{words}|(?:(?<=\d\s)|(?<=%\s)|{after_figure})(?:{_kind_trie('comparison_after_figure')})"
    # (the "than" of an approximation compares with no base: "sold tickets to more than 1,000 concerts last year")
    words = "".join(rf"(?<!{re.escape(head)}\s)" for head in _approximation_heads()) + f"(?:{words})"
    determiners = _kind_trie("determiner")
    if named and not linked:
        # (... or before a figure its determiner names: "below the 240 tonnes they bought a year earlier")
        words = rf"{words}|(?:{_kind_trie('comparison_after_figure')})(?=\s+(?:{determiners})\s+\d)"
    # (... or by its determiner alone: "ahead of the £371m it made a year earlier")
    # (... or by a noun and its "of" with no determiner, as earnings and sales are told: "compared with earnings of $33
    # million last year")
    noun = rf"(?:(?:{determiners})\s+(?:[a-z-]+\s+[a-z]+\s+)?|[a-z-]+\s+(?:{_kind_trie('figure_of')})\s+)?" \
        if named else ""
    # (... or by a phrase after it: "up from $1.3 billion in its previous funding round in")
    after = rf"(?:\s+(?:{links})\s+(?:{determiners})(?:\s+[a-z-]+){{1,3}})?" if named else ""
    # (a figure may carry its scale's letters: "compared with £61.2m in FY25", "from 3bn yuan in"; and be rounded:
    # "up from about 16 trillion in May"; its separators stand between digits, so a comma after it closes the base:
    # "up from $1.05, payable in July" pays in the coming July)
    return re.compile(rf"(?<![a-z-])(?:{words})\s+{noun}(?:(?:{_approximation_trie()})\s+)?{_SIGNED}?\d(?:[.,]?\d)*(?:%"
                      rf"|[a-z]{{1,2}}(?![a-z]))?"
                      rf"(?:\s+[a-z%]+){{0,3}}{after}(?:\s+(?:{links})){'' if linked else '?'}\s+\Z")


@functools.lru_cache(maxsize=None)
def forecast_compared_before() -> re.Pattern:
    """A forecast named by its noun after a determiner as the base of a comparison, and the preposition of its date,
    ending where the date starts ("unchanged from their forecast in"; tense.tsv kinds comparison, determiner,
    forecast_noun and link): the date is when that forecast was given, a time already told."""
    words, determiners, nouns, links = (_kind_trie(kind) for kind in ("comparison", "determiner", "forecast_noun",
                                                                       "link"))
    return re.compile(rf"(?<![a-z-])(?:{words})\s+(?:{determiners})\s+(?:{nouns})\s+(?:{links})\s+\Z")


@functools.lru_cache(maxsize=None)
def figure_of_before() -> re.Pattern:
    """A figure named after its noun and the preposition that places it, ending where a date starts ("growth of 35% to
    38% in"; tense.tsv kinds figure_of and happening_in): the date is the figure's period, not a happening's."""
    of, places = _kind_trie("figure_of"), _kind_trie("happening_in")
    figure = rf"{_SIGNED}?\d[\d.,]*(?:%|[a-z]{{1,2}}(?![a-z]))?"
    # (a range's second figure after "to" or "and" (kind figure_range), and up to two words of scale or currency:
    # "40 billion yuan")
    to = _kind_trie("figure_range")
    return re.compile(rf"(?<![a-z-])(?:{of})\s+(?:[a-z]+\s+)?{figure}(?:\s+(?:{to})\s+{figure})?"
                      rf"(?:\s+[a-z%]+){{0,2}}\s+(?:{places})\s+\Z")


@functools.lru_cache(maxsize=None)
def share_of_a_figure_before() -> re.Pattern:
    """A share of a total and the preposition of the total's date, ending where the date starts ("equal to 4%
    of its domestic revenue in"; tense.tsv kinds link and total_of): the date is the total's, background to the
    story."""
    links = trie_regex(_kind_words("link") + _kind_words("total_of"))
    return re.compile(rf"\d%\s+of\s+(?:[a-z'-]+\s+){{1,4}}(?:{links})\s+\Z")


@functools.lru_cache(maxsize=None)
def background_clause() -> re.Pattern:
    """A clause opened after a comma by a word of tense.tsv kind background and still open where the search
    ends (", when his lawyers argued that evidence seized on ")."""
    return re.compile(rf",\s*(?:{_kind_trie('background')})(?![a-z-])[^,.;:!?\n]*\Z")


@functools.lru_cache(maxsize=None)
def relative_clause_in_the_past() -> re.Pattern:
    """A relative clause opened by a word of tense.tsv kind relative_subject right after a noun (not a coordinator:
    "and that changed" is no relative clause, nor one at the head of a sentence) and right before a verb in -ed,
    still open where the search ends ("a vaccine plant that opened in "): the date in it tells when that one thing
    happened."""
    relative = _kind_trie("relative_subject")
    coordinators = _kind_trie("coordinator")
    return re.compile(rf"(?<![a-z'-])(?!(?:{coordinators})\s)[a-z][a-z'-]*,?\s+(?:{relative})\s+[a-z]+ed\s"
                      rf"[^,.;:!?\n]*\Z")


@functools.lru_cache(maxsize=None)
def onward_openers() -> frozenset[str]:
    """Words that open a clause going on in time from the one before it (tense.tsv kind boundary, tense
    onward: "which won approval in June")."""
    return frozenset(squash(r["word"]) for r in _rows("tense.tsv")
                     if r["kind"] == "boundary" and r["tense"] == "onward")


@functools.lru_cache(maxsize=None)
def negated_past_before(connector: str, kind: str = "negated_past") -> re.Pattern:
    """A negated verb in the past (tense.tsv kind negated_past: "did not"; or, with ``kind`` negated_then, a negation
    that takes its clause's tense: "without") and what follows it with no punctuation, up to and with the deadline
    ``connector`` (a regex of connectors.tsv: "until "), matched to the connector's end."""
    return re.compile(rf"(?<![a-z'-])(?:{_kind_trie(kind)})\s+(?:[a-z0-9'’-]+\s+){{0,6}}?"
                      rf"(?:{connector})$")


@functools.lru_cache(maxsize=None)
def negation_gap() -> re.Pattern:
    """What may stand between a verb in the past and the bare verb it governs ("did not resume"; tense.tsv kind
    negation), as a regex for the whole gap."""
    return re.compile(rf"\s+(?:(?:{_kind_trie('negation')})\s+)?")


@functools.lru_cache(maxsize=None)
def earlier_words() -> list[str]:
    """Words that tell of something before the time after them: the base of a comparison ("from Monday's
    close") and what came before ("after Tuesday's vote"; tense.tsv kinds comparison and precedes)."""
    return _comparison_words() + _kind_words("precedes")


@functools.lru_cache(maxsize=None)
def earlier_phrase() -> re.Pattern:
    """A phrase opened, after a comma or not, by a word of tense.tsv kind precedes, with no other punctuation up to
    where the search ends (", after its V3.1 update in "; " after a weak "): it tells of something before the time
    named ahead of it."""
    return re.compile(rf"(?:,\s*|\s)(?:{_kind_trie('precedes')})\s+[^,;:!?()]*\Z")


@functools.lru_cache(maxsize=None)
def after_comma_words() -> frozenset[str]:
    """Words that mark the future only right after a comma (tense.tsv kind after_comma: ", to be rolled out
    from the fourth quarter", where "was the first to be fined in April" tells of the past)."""
    return words_of_kinds("after_comma")


@functools.lru_cache(maxsize=None)
def hung_plan_words() -> frozenset[str]:
    """Markers of the future that, after a comma, hang a phrase on a clause told in the past, a plan of that past
    (tense.tsv kind hung_plan: "declared a dividend in May, payable in July")."""
    return words_of_kinds("hung_plan")


@functools.lru_cache(maxsize=None)
def event_opening() -> re.Pattern:
    """A verb that tells a happening's first day, right before the day it opened on (event_openings.tsv: "opened on"),
    searched in the text before that day."""
    words = escaped_alternation(r["word"] for r in _rows("event_openings.tsv"))
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?\Z")


@functools.lru_cache(maxsize=None)
def event_day_now() -> re.Pattern:
    """A present copula with "today" or an empty "it" right before a counted day of a happening, which makes it the day
    of writing ("Today is the eighth day of the strike": event_days_now.tsv), searched in the text before that day."""
    words = "|".join(r["words"] for r in _rows("event_days_now.tsv"))
    return re.compile(rf"(?<![a-z'\u2019])(?:{words})\s+\Z")


# How long the object between a verb of closing and its day may be (characters: "a three-week meeting in Jamaica's
# capital").
_CLOSING_OBJECT = 60


@functools.lru_cache(maxsize=None)
def event_closing() -> tuple[re.Pattern, re.Pattern]:
    """A verb that tells a happening's last day, before the day it closed on in its clause, its object maybe between
    ("ended a three-week meeting in Kingston on Friday"), searched in the text before that day; and a last day named
    without its date after a determiner, matched where it starts ("the final day", not "the last day of school").  All
    of event_closings.tsv."""
    words = _event_closing_words()
    verb = re.compile(rf"\b(?:{words['verb']})\b(?P<object>[^,.;:!?\n]{{0,{_CLOSING_OBJECT}}}?)\s(?:on\s+)?\Z")
    day = re.compile(rf"(?:{words['determiner']})\s+(?:{words['day']})\s+day\b(?!\s+of\b)")
    return verb, day


def _event_closing_words() -> dict[str, str]:
    """The words of each kind of event_closings.tsv, as one regex per kind."""
    words: dict[str, list[str]] = {}
    for row in _rows("event_closings.tsv"):
        words.setdefault(row["kind"], []).append(row["word"])
    return {kind: escaped_alternation(listed) for kind, listed in words.items()}


@functools.lru_cache(maxsize=None)
def market_subject_before() -> re.Pattern:
    """A subject about a market (a word of money/market_context.tsv: "shares", "stock", "index", with the company
    it is of after a word of event_closings.tsv kind market_of) right where the search ends: "shares of acme " or
    "acme stock " before "closed 3% lower on monday", where the verb of closing tells a price's close, no happening's
    last day.  A market word further back is no
    subject of the verb ("the summit on stock market reform wrapped up")."""
    words = trie_regex(w.lower() for row in load_table("money/market_context.tsv") for w in row["words"].split("|"))
    of = _event_closing_words()["market_of"]
    return re.compile(rf"(?<![a-z-])(?:{words})(?:\s+(?:{of})\s+[a-z0-9&.'-]+(?:\s+[a-z0-9&.'-]+)?)?\s*\Z")


@functools.lru_cache(maxsize=None)
def price_move_after() -> re.Pattern:
    """A move right after a verb of closing, a figure maybe before it ("closed down 1%", "closed 2% higher", "ended
    higher": a word of money/movements.tsv), matched where the verb ends: a price's close, whatever its subject is
    called ("The Nikkei closed down 1% on Friday"), no happening's last day."""
    words = trie_regex(w.lower() for row in load_table("money/movements.tsv") for w in row["words"].split("|"))
    return re.compile(rf"\s+(?:\S+\s+)?(?:{words})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def future_base_past_words() -> frozenset[str]:
    """Markers of the future whose past is their base form (tense.tsv kind future_base_past: "forecast"), past where
    a base_past verb would be."""
    return words_of_kinds("future_base_past")


@functools.lru_cache(maxsize=None)
def singular_subject_before() -> re.Pattern:
    """A pronoun of a singular subject right before a verb (tense.tsv kind singular: "it cut")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('singular')}) \Z")


@functools.lru_cache(maxsize=None)
def singular_noun_subject_opening() -> re.Pattern:
    """A sentence opened by a determiner (tense.tsv kind determiner) and one noun not in -s, ending right before a verb:
    a singular subject whose verb, in the present, would take an -s ("The council cut its fares": "cut" is past)."""
    return re.compile(rf"(?:\A|[.!?][\"'\u201d\u2019]?\s+)(?:{_kind_trie('determiner')})\s+[a-z]+(?<!s) \Z")


@functools.lru_cache(maxsize=None)
def determined_object_after() -> re.Pattern:
    """An object opened by a determiner (tense.tsv kind determiner) or a figure right after a verb: "cut the royalty",
    "set a cap" (not "The next set of results")."""
    return re.compile(rf" (?:(?:{_kind_trie('determiner')})(?![a-z-])|[$\d])")


@functools.lru_cache(maxsize=None)
def singular_noun_subject_after_when() -> re.Pattern:
    """A copula and "when" after a date (tense.tsv kind subject_when), then a determiner and one noun not in -s, ending
    right before a verb: a singular subject whose verb, in the present, would take an -s ("March is when the company
    cut its dividend": "cut" is past)."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('subject_when')})\s+(?:{_kind_trie('determiner')})\s+"
                      rf"[a-z]+(?<!s) \Z")


@functools.lru_cache(maxsize=None)
def object_after() -> re.Pattern:
    """The start of a verb's object right after it: a word that is no link word nor the mark of an infinitive
    ("cut prices", not "a Fed cut in December" nor "set to")."""
    stops = trie_regex(_kind_words("infinitive") + _kind_words("link"))
    return re.compile(rf" (?!(?:{stops})(?![a-z-]))[a-z0-9$]")


@functools.lru_cache(maxsize=None)
def present_simple() -> re.Pattern:
    """A verb in the present simple after a name or a singular pronoun and before its object, opened by a
    determiner (tense.tsv kind determiner) or a figure: "Xiaomi holds a briefing", "it publishes the account"
    (not "Alibaba shares on Tuesday", a noun; on the text as written, whose capitals tell a name)."""
    determiners = _kind_trie("determiner")
    pronouns = _kind_trie("singular")
    return re.compile(rf"(?<![A-Za-z'\u2019])(?:[A-Z][A-Za-z&.-]*|{pronouns}) [a-z]+[^s'\u2019]s "
                      rf"(?:(?:{determiners})(?![a-z-])|[$\d])")


@functools.lru_cache(maxsize=None)
def present_change_before() -> re.Pattern:
    """A verb in the present simple's -s moving a level "to" (tense.tsv kind change_to) a figure, then up to four words
    ending right before a date: "the duty rises to 40% on " July 1, a change set for a day (not "rose to 40% on"), with
    room for a rate's unit ("climbs to 15 euros an hour from " October 1).  Its
    subject, an article and one or two words, opens the clause, so no "cut its rate by 25 basis points to 6.25% on"."""
    return re.compile(rf"(?:\A|[.,;:]\s+|\n)(?:{_kind_trie('determiner')})\s+(?:[a-z-]+\s+){{1,2}}"
                      rf"[a-z]{{2,}}[^s'\u2019\s]s (?:{_kind_trie('change_to')}) [$\d][^\s]* (?:[a-z]+ ){{1,4}}\Z")


@functools.lru_cache(maxsize=None)
def subject_and_present_verb() -> re.Pattern:
    """A subject and its verb in the present simple's third person singular, matched where a clause opens: maybe a
    determiner (tense.tsv kind determiner), one to three words, maybe "of" and one or two more, then the verb:
    "dividend repatriation picks up", "the path of totality crosses" (not "the aurora lit up the fjords", whose
    second determiner opens an object)."""
    determiners = _kind_trie("determiner")
    word = r"(?!(?:" + determiners + r")(?![a-z-]))[a-z0-9&'\u2019-]+ "
    return re.compile(rf"\s*(?:(?:{determiners}) )?(?:{word}){{1,3}}(?:of (?:(?:{determiners}) )?(?:{word}){{1,2}})?"
                      rf"[a-z]{{2,}}[^s'\u2019\s]s(?![a-z'\u2019-])")


@functools.lru_cache(maxsize=None)
def present_verb_after_a_subject_date() -> re.Pattern:
    """Matched where a date ends: up to two words of the noun it qualifies, then a verb in the present, a copula of
    tense.tsv kind subject_present or a verb in -s ("Diwali falls", "the Eid al-Adha feast is known"), no comma
    between: the date is, or ends, the subject of that verb."""
    word = r"[a-z0-9'\u2019-]+"
    return re.compile(rf"(?:\s+{word}){{0,2}}?\s+(?:(?:{_kind_trie('subject_present')})|[a-z]{{2,}}[^s'\u2019\s]s)"
                      rf"(?![a-z'\u2019-])")


@functools.lru_cache(maxsize=None)
def subject_opening_before() -> re.Pattern:
    """What may stand between where a clause opens and a date that opens its subject, matched from the clause's
    start to the date: maybe a word that opens a clause (tense.tsv kinds clause_opening, boundary: "as"), then maybe
    a determiner (kind determiner): "[as the ]Eid al-Adha feast is known"; not a preposition ("runs on Tuesday and
    Friday nights")."""
    openers = trie_regex(_kind_words("clause_opening") + _kind_words("boundary"))
    return re.compile(rf"[\s\"'\u201c]*(?:(?:{openers})\s+)?(?:(?:{_kind_trie('determiner')})\s+)?")


@functools.lru_cache(maxsize=None)
def clock_in_a_zone_opening_brackets() -> re.Pattern:
    """An opening bracket and a clock time in a time zone of zones.tsv, up to the day it is on, searched up to that
    day: "at 2:17 am Sunday (1817 GMT Saturday)" restates the time for readers elsewhere."""
    return re.compile(rf"\(\s*\d{{1,2}}[:.]?\d{{2}}(?:\s*[ap]\.?m\.?)?\s+(?:{trie_regex(zones())})\s+(?:on\s+)?\Z")


@functools.lru_cache(maxsize=None)
def place_after_a_past_copula() -> re.Pattern:
    """A past copula (tense.tsv kind copula_place) and the place its predicate names after a link preposition (kind
    link), maybe an adverb between (kind place_adverb: "were back at full capacity by"), up to a deadline connector,
    matched from the copula's start: "were [in evacuation centres] by"."""
    copulas, links, adverbs = _kind_trie("copula_place"), _kind_trie("link"), _kind_trie("place_adverb")
    return re.compile(rf"(?:{copulas})\s+(?:(?:{adverbs})\s+)?(?:{links})\s+(?:[a-z0-9'\u2019-]+\s+){{1,4}}")


@functools.lru_cache(maxsize=None)
def price_quoted_before() -> re.Pattern:
    """A comma, a word of tense.tsv kind quoted_at and a price (a currency sign and its number, maybe a word of scale
    of kind quoted_scale, spaced or written against the number: "£12bn") ending right before a day, maybe after "on":
    "Alibaba's US shares, at $179.90 on "."""
    from pipeline.money.lexicon import SYMBOLS    # (here: the money lexicon reads the dates' months)
    price = rf"[a-z]{{0,3}}[{re.escape(SYMBOLS)}]\s?\d[\d,.]*(?:\s?(?:{_kind_trie('quoted_scale')}))?"
    return re.compile(rf",\s+(?:{_kind_trie('quoted_at')})\s+{price}\s+(?:on\s+)?\Z")


@functools.lru_cache(maxsize=None)
def copula_on_before() -> re.Pattern:
    """A present copula and "on" ending right before a day (tense.tsv kind copula_on: "round seven is on ")."""
    return re.compile(rf"(?<![a-z'\u2019-])(?:{_kind_trie('copula_on')})\s+\Z")


@functools.lru_cache(maxsize=None)
def copula_scene_before() -> re.Pattern:
    """A subject and its copula that set a scene, ending right before a day (tense.tsv kind copula_scene: "It is ")."""
    return re.compile(rf"(?<![a-z'\u2019-])(?:{_kind_trie('copula_scene')})\s+\Z")


@functools.lru_cache(maxsize=None)
def present_simple_after_an_aside() -> re.Pattern:
    """A verb in the present simple after a name set off from it by an aside between commas, before its object
    opened by a determiner: "Phase one, from January through the end of May, replaces the eastern half" (the aside
    often holds the date the verb tells of)."""
    determiners = _kind_trie("determiner")
    return re.compile(rf"(?<![A-Za-z'\u2019])[A-Z][A-Za-z&.-]*(?: [a-z]+)?, [^,;:\n.]{{3,80}}, "
                      rf"[a-z]+[^s'\u2019]s (?:{determiners})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def event_named_after() -> re.Pattern:
    """What after a holiday heading its sentence makes it the name of the event itself (event_names.tsv)."""
    return _any_of(r["after"] for r in _rows("event_names.tsv"))


@functools.lru_cache(maxsize=None)
def scheduled_event_after_a_possessive() -> re.Pattern:
    """The possessive "'s" and a noun of an event held on a timetable (tense.tsv kind scheduled_event: "final"),
    with up to two words between ("'s Champions League final"), matched where a weekday ends."""
    return re.compile(rf"['\u2019]s\s+(?:[a-z0-9'’-]+\s+){{0,2}}?(?:{_kind_trie('scheduled_event')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def deadline_noun() -> re.Pattern:
    """A noun that names a deadline (tense.tsv kind deadline: "deadline")."""
    return _whole_words(_kind_words("deadline"))


@functools.lru_cache(maxsize=None)
def sequence_clause_before() -> re.Pattern:
    """A word that opens a clause of a verb in -ing after a main clause ("before recovering"; tense.tsv kind
    sequence) and what follows it with no punctuation, up to where it is searched to (a deadline connector)."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('sequence')})\s+[a-z]+ing\s[^,.;:!?\n]*\Z")


@functools.lru_cache(maxsize=None)
def forecast_nouns() -> frozenset[str]:
    """The nouns of a forecast (tense.tsv kind forecast_noun: "outlook", "forecast")."""
    return words_of_kinds("forecast_noun")


@functools.lru_cache(maxsize=None)
def _no_noun_between() -> str:
    """The words that are no noun between a period and the noun it qualifies, as one regex: the one-word words of
    tense (tense.tsv) and its determiners, links and coordinators."""
    return trie_regex([w for w in tense_words()[0] if " " not in w] + [
        r["word"] for r in _rows("tense.tsv") if r["kind"] in ("determiner", "link", "coordinator")])


@functools.lru_cache(maxsize=None)
def forecast_noun_after() -> re.Pattern:
    """The noun of a forecast that a period right before it qualifies, maybe with one or two nouns between, matched
    where the period ends (tense.tsv kind forecast_noun): " outlook" in "2026 outlook", " delivery guidance",
    " operating profit forecast"; a word of
    tense, of a clause or a determiner between is no noun ("revenue in the fourth quarter and forecast growth")."""
    return re.compile(rf"\s+(?:(?!(?:{_no_noun_between()})\s)[a-z]+\s+){{0,2}}"
                      rf"(?:{_kind_trie('forecast_noun')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def forecast_noun_in_clause_after() -> re.Pattern:
    """A comma and a clause naming a forecast's noun (tense.tsv kind forecast_noun), matched where a period that opens
    its sentence after the preposition of a forecast's period ends (kind forecast_period): ", Kestrel kept its copper
    guidance" in "For FY26, Kestrel kept its copper guidance"; the clause ends at the next comma or stop."""
    return re.compile(rf"\s*,\s*[^,;:!?\n]*?(?<![a-z-])(?:{_kind_trie('forecast_noun')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def plan_told_then_before() -> re.Pattern:
    """Words of a plan told in the past or of a modal perfect (tense.tsv kinds plan_then, counterfactual) and the rest
    of their clause, searched up to where a clock time starts ("was due to expire at " in "was due to expire at
    midnight")."""
    words = _kind_words("plan_then") + _kind_words("counterfactual")
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(words)})\s[^,;:!?\n]*\Z")


@functools.lru_cache(maxsize=None)
def results_noun_after() -> re.Pattern:
    """The noun of a report that a quarter or half right before it names the period of, maybe with one noun between,
    matched where the period ends (tense.tsv kind results_noun): " results" in "fourth-quarter results", " report"
    in "the December-quarter report"; a word of tense, of a clause or a determiner between is no noun.  Another
    period joined by a coordinator may stand between: "March-quarter and full-year results"."""
    return re.compile(rf"\s+(?:(?:{_kind_trie('coordinator')})\s+[a-z-]+\s+)?"
                      rf"(?:(?!(?:{_no_noun_between()})\s)[a-z]+\s+)?"
                      rf"(?:{_kind_trie('results_noun')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def period_ended_told() -> re.Pattern:
    """The opening of a side clause that tells the period right before it ended (tense.tsv kind period_end_relative,
    then kind period_ended: "which ended" in "the 2024/25 season, which ended on June 30"), matched where the
    clause starts."""
    return re.compile(rf"{_period_ended_opening()}(?![a-z-])")


@functools.lru_cache(maxsize=None)
def period_ended_on_told() -> re.Pattern:
    """A side clause set off by a comma that tells the period right before it ended, up to the day it tells (tense.tsv
    kinds period_end_relative, period_ended, period_end_preposition: ", which ended on " in "the fourth quarter, which
    ended on Feb. 1"), matched from the period's end to the day's start."""
    return re.compile(rf"\s*,\s*{_period_ended_opening()}\s+{_period_end_preposition()}")


def _period_ended_opening() -> str:
    """The pronoun and verb that open a side clause telling a period ended ("which ended"; tense.tsv kinds
    period_end_relative, period_ended)."""
    return rf"(?:{_kind_trie('period_end_relative')})\s+(?:{_kind_trie('period_ended')})"


def _period_end_preposition() -> str:
    """The preposition, if any, between a period's verb of ending and its day ("on ", "in "; tense.tsv kind
    period_end_preposition)."""
    return rf"(?:(?:{_kind_trie('period_end_preposition')})\s+)?"


@functools.lru_cache(maxsize=None)
def period_bound_told() -> re.Pattern:
    """The noun of a split year and the side clause after it that tells the day it began or ended, up to that day
    ("2025/26| coffee year, which began on |Oct. 1", or "that began" with no comma), matched from the year's end to
    the day's start; group ``began``
    holds the verb when it tells the start.  The noun must name a year, of twelve months (tense.tsv kind
    period_year_noun): a season may be shorter ("the 2024/25 season, which ended on April 27" of a ski resort ran from
    November)."""
    # (the comma may be left out before a clause that picks the year out, "the 2024/25 harvest year that ended in
    # March", which tells its months as surely)
    return re.compile(rf"[a-z' -]{{0,30}}?\b(?:{_kind_trie('period_year_noun')}),?\s+"
                      rf"(?:{_kind_trie('period_end_relative')})\s+"
                      rf"(?:(?P<began>{_kind_trie('period_began')})|{_kind_trie('period_ended')})\s+"
                      rf"{_period_end_preposition()}")


@functools.lru_cache(maxsize=None)
def period_began_before() -> re.Pattern:
    """A relative clause that tells the day a period began, up to that day ("the season |that began on |July 1"),
    searched up to where the day starts (tense.tsv kinds period_end_relative, period_began)."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('period_end_relative')})\s+(?:{_kind_trie('period_began')})\s+"
                      rf"{_period_end_preposition()}\Z")


@functools.lru_cache(maxsize=None)
def period_ended_told_restrictively() -> re.Pattern:
    """A restrictive clause right after a period and its noun, with no comma, that tells the period ended ("the
    2024/25 financial year that ended June 30"), matched from the period's end; a determiner after the verb makes it
    transitive, the end of something else ("the 2024/25 season deal that ended the strike").  At most two words of the
    noun stand between, none a determiner: more would reach past a verb to another noun ("expects fiscal 2027 sales to
    beat the year that ended in March" tells nothing of fiscal 2027's end)."""
    return re.compile(rf"(?:\s+(?!(?:{_kind_trie('determiner')})\s)[a-z'-]+){{0,2}}?\s+"
                      rf"(?:{_kind_trie('period_end_relative')})\s+"
                      rf"(?:{_kind_trie('period_ended')})(?![a-z-])(?!\s+(?:{_kind_trie('determiner')})\s)")


@functools.lru_cache(maxsize=None)
def period_end_told() -> re.Pattern:
    """A side clause that tells the end of the period right before it (tense.tsv kind period_end: ", which ends" in
    "the current fiscal year, which ends June 30"; kind period_end_preposition: "which ends on"), matched from the
    period's end up to the date it tells."""
    return re.compile(rf"\s*,\s*(?:{_kind_trie('period_end_relative')})\s+"
                      rf"(?:{_kind_trie('period_end')})\s+{_period_end_preposition()}")


@functools.lru_cache(maxsize=None)
def fiscal_year_end_told() -> re.Pattern:
    """A side clause, or an apposition of a year noun and its own relative clause, that tells the day the fiscal year
    right before it ends or ended on (tense.tsv kinds determiner, period_year_noun, period_end_relative, period_end,
    period_ended, period_end_preposition: ", the year that ends on " in "fiscal 2027, the year that ends on June
    30"), matched from the fiscal year's end to the day's start; group ``ended`` holds a verb in the past."""
    return re.compile(rf"\s*,\s*(?:(?:{_kind_trie('determiner')})\s+(?:[a-z]+\s+)?"
                      rf"(?:{_kind_trie('period_year_noun')})\s+)?"
                      rf"(?:{_kind_trie('period_end_relative')})\s+"
                      rf"(?:{_kind_trie('period_end')}|(?P<ended>{_kind_trie('period_ended')}))\s+"
                      rf"{_period_end_preposition()}")


@functools.lru_cache(maxsize=None)
def season_end_told() -> re.Pattern:
    """A side clause right after a season that tells the time it runs to (tense.tsv kinds period_end_relative,
    season_run_end: ", which began in late May and runs until " in "this season, which began in late May and runs
    until the end of September"), matched from the season's end to that time's start."""
    return re.compile(rf"\s*,\s*(?:{_kind_trie('period_end_relative')})\s+(?:[^.;]{{0,60}}?\s)?"
                      rf"(?:{_kind_trie('season_run_end')})\s+")


@functools.lru_cache(maxsize=None)
def dated_by_apposition() -> re.Pattern:
    """What may stand between a happening and a date set off after it that tells its own day, a comma and maybe a
    preposition (tense.tsv kind apposition_dated: "takes effect 30 days after publication, on Nov. 16")."""
    return re.compile(rf"\s*,\s*(?:{_kind_trie('apposition_dated')})?\s*")


@functools.lru_cache(maxsize=None)
def forecast_noun_phrase() -> tuple[re.Pattern, re.Pattern]:
    """What makes a word of the future that is also a forecast's noun (tense.tsv kind forecast_noun) that noun, not a
    verb: a determiner and up to three words before it, searched up to where it starts ("cut their 2026 net profit
    forecast"), and, matched where it ends, no object after it but a preposition or a figure (kinds forecast_for,
    link: "forecast for BYD", "forecast on Friday"), "to" before a figure (kind infinitive: "forecast to $12,800", no
    infinitive) or a punctuation mark.  "The firm forecasts growth" keeps its verb."""
    determiners = _kind_trie("determiner")
    words = {w.split()[-1] for w in _kind_words("forecast_for") + _kind_words("link")}
    return (re.compile(rf"(?<![a-z-])(?:{determiners})\s+(?:[a-z0-9'-]+\s+){{0,3}}\Z"),
            re.compile(rf"\s*[,.;:]|\s+(?:(?:{trie_regex(words)})\s|(?:{_kind_trie('infinitive')})\s+"
                       rf"{_CURRENCY_SIGN}?\d)"))


@functools.lru_cache(maxsize=None)
def request_words() -> frozenset[str]:
    """Verbs of asking or ordering in the past (tense.tsv kind request: "asked"), which look ahead only when an
    object and an infinitive follow them ("asked customers to curtail use")."""
    return words_of_kinds("request")


@functools.lru_cache(maxsize=None)
def object_and_infinitive_after() -> re.Pattern:
    """A request's object, a few words with no punctuation, and the word opening an infinitive after it
    (tense.tsv kind infinitive): " large industrial customers to curtail"; no link word in the object, which would
    make the date after it the request's own ("asked residents on Monday to conserve water")."""
    infinitive = _kind_trie("infinitive")
    stops = trie_regex(_kind_words("infinitive") + _kind_words("link"))
    return re.compile(rf"(?: (?!(?:{stops})(?![a-z-]))[a-z0-9'\u2019-]+){{1,5}} (?:{infinitive}) [a-z]")


@functools.lru_cache(maxsize=None)
def placed_infinitive_after() -> re.Pattern:
    """A phrase that places a verb of intention, opened by a link word (tense.tsv kind link), a few words with no
    punctuation, or a weekday after two words at most, maybe with its part of the day (" 5-2 late Wednesday", "
    Monday night"), or a period counted back from now (kind placing_period: " last month"), then the word opening an
    infinitive with a verb after it (kind infinitive), not a determiner or a figure (" at a brief meeting on Sunday to
    lift"): the infinitive's "to" is where the plan starts (group 1)."""
    links, infinitive, determiners, periods = (_kind_trie(kind) for kind in ("link", "infinitive", "determiner",
                                                                             "placing_period"))
    days = trie_regex([w for w, (_, ambiguous, _) in weekdays().items() if not ambiguous])
    parts = trie_regex(day_parts())
    return re.compile(rf"(?: (?:{links})(?: [a-z0-9.'\u2019-]+){{1,6}}?| (?:[a-z0-9.'\u2019-]+ ){{0,2}}?(?:{days})"
                      rf"(?: (?:{parts}))?| (?:{periods})) ({infinitive}) (?!(?:{determiners})(?![a-z-]))[a-z]")


@functools.lru_cache(maxsize=None)
def whole_period_words() -> frozenset[str]:
    """Words that tell a period whole (prefixes.tsv filler, value whole: "the full year")."""
    return frozenset(squash(r["word"]) for r in _rows("prefixes.tsv")
                     if r["role"] == "filler" and r["value"] == "whole")


@functools.lru_cache(maxsize=None)
def calendar_year_words() -> frozenset[str]:
    """Words that name the calendar's year (prefixes.tsv filler, value calendar_year: "the calendar year")."""
    return frozenset(squash(r["word"]) for r in _rows("prefixes.tsv")
                     if r["role"] == "filler" and r["value"] == "calendar_year")


@functools.lru_cache(maxsize=None)
def closed_noun_aside() -> re.Pattern:
    """A noun in apposition between two commas, opened by a word of tense.tsv kind determiner (", the fibre left after
    cane is crushed,"), the clause going on after it with a preposition or "to": it names a thing of the clause again,
    no clause of its own (", the pump maker, lifting shares" goes on with what the clause did; a verb of saying or
    announcing in it makes it a saying's clause: ", the company said on Monday, after a Black Friday week")."""
    saying = trie_regex(announcing_verbs())
    going_on = trie_regex(_prepositions() | words_of_kinds("link", "infinitive"))
    return re.compile(rf", (?:{_kind_trie('determiner')}) (?![^,;:()\"\u201c\u201d]*(?<![a-z-])(?:{saying})(?![a-z-]))"
                      rf"[^,;:()\"\u201c\u201d]*,(?= (?:{going_on})(?![a-z-]))")


@functools.lru_cache(maxsize=None)
def placed_plan_verbs() -> frozenset[str]:
    """Verbs of intention whose infinitive may come after a phrase placing them: those whose "to" tells a plan
    (tense.tsv tense=plan, "agreed to") and those of kind placed_plan, a plan only when so placed ("voted 5-2 late
    Wednesday to close": "voted to accept a contract late Sunday" tells the vote's day)."""
    rows = _rows("tense.tsv")
    return frozenset(squash(r["word"])[:-3] for r in rows if r["kind"] == "word" and r["tense"] == "plan"
                     and squash(r["word"]).endswith(" to")) | words_of_kinds("placed_plan")


@functools.lru_cache(maxsize=None)
def placed_plan() -> re.Pattern:
    """A verb of placed_plan_verbs and the phrase placing it before its infinitive (placed_infinitive_after): the
    infinitive's "to" is group 1."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(placed_plan_verbs())}){placed_infinitive_after().pattern}")


@functools.lru_cache(maxsize=None)
def count_object_words() -> frozenset[str]:
    """Verbs of planning in their base form that are also nouns, markers only before a count (tense.tsv kind
    count_object: "plan 30 weekly flights")."""
    return words_of_kinds("count_object")


# A count right after a word, no year, and a word of what is counted after it ("plan 30 weekly flights", not "plan
# 2030" nor the name "under plan 30, tolls rose").
COUNT_AFTER = re.compile(r"\s+\d(?!\d{3}(?![\d.,]))(?:[\d,.]*\d)?\s+[a-z]")


@functools.lru_cache(maxsize=None)
def sight_forecast_words() -> frozenset[str]:
    """Verbs of seeing that foretell only with an -ing form or an infinitive after their object (tense.tsv kind
    sight_forecast: "sees")."""
    return words_of_kinds("sight_forecast")


@functools.lru_cache(maxsize=None)
def absolute_ahead_words() -> frozenset[str]:
    """Infinitives that look ahead only at the end of an absolute phrase (tense.tsv kind absolute_ahead: ", with a
    second to follow in October")."""
    return words_of_kinds("absolute_ahead")


@functools.lru_cache(maxsize=None)
def timetable_alone_words() -> frozenset[str]:
    """Verbs of a timetable that tell one only with its days or times right after them (tense.tsv kind
    timetable_alone: "runs")."""
    return words_of_kinds("timetable_alone")


@functools.lru_cache(maxsize=None)
def times_of_a_timetable_after() -> re.Pattern:
    """A timetable's days or times right after its verb, maybe after a preposition of prepositions.tsv: a weekday or
    a month with its capital, or a clock time ("runs Friday and Saturday", "runs until March 3", "runs 9 a.m. to 5
    p.m."); matched on the text as written, since a count ("runs 200 stores") or the verb "may" ("runs may be cut")
    tells no timetable.  After its preposition, "the" may open a noun the day or month qualifies: "runs until the
    April harvest" bounds the timetable by that harvest."""
    prepositions = _preposition_trie()
    days = trie_regex([w.capitalize() for w in (*weekdays(), *months())])
    clock = r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?![a-z])|\d{1,2}:\d{2}"
    return re.compile(rf"\s+(?:(?i:{prepositions})\s+(?:the\s+)?)?(?:(?:{days})(?![a-z])|{clock})")


@functools.lru_cache(maxsize=None)
def object_and_forecast_form_after() -> re.Pattern:
    """An object of a few words with no punctuation and no link word, then an -ing form or the word opening an
    infinitive (tense.tsv kind infinitive) and its verb: " refinery margins narrowing", " rates to fall"."""
    infinitive = _kind_trie("infinitive")
    stops = trie_regex(_kind_words("infinitive") + _kind_words("link"))
    object_ = rf"(?: (?!(?:{stops})(?![a-z-]))[a-z0-9'\u2019-]+){{1,4}}?"
    return re.compile(rf"{object_} (?:[a-z-]+ing(?![a-z-])|(?:{infinitive}) [a-z])")


@functools.lru_cache(maxsize=None)
def plural_object_and_bare_verb_after() -> re.Pattern:
    """An object of a few words ending in a plural, then a verb in its bare form, no -ing, -ed or -s, nor a preposition
    or link word (tense.tsv kind link, infinitive): " prices slide", " its shares slump" after a verb of seeing tell
    what was seen ("sees prices slide at November tender"); a noun alone after it ("sees a slowdown") is no verb."""
    stops = trie_regex(sorted(_prepositions()) + _kind_words("infinitive") + _kind_words("link"))
    return re.compile(rf"(?: [a-z0-9'\u2019-]+){{0,3}}? [a-z-]+[a-z]s (?!(?:{stops})(?![a-z-]))[a-z]+(?<!ing)(?<!ed)"
                      rf"(?<![a-z][a-z]s)(?![a-z'\u2019-])")


@functools.lru_cache(maxsize=None)
def possibility_words() -> frozenset[str]:
    """Words of the future that make a forecast without giving their clause a tense (tense.tsv kind
    possibility: "could")."""
    return words_of_kinds("possibility")


@functools.lru_cache(maxsize=None)
def question_words() -> frozenset[str]:
    """Words that open a question still open (tense.tsv kind question: "whether")."""
    return words_of_kinds("question")


@functools.lru_cache(maxsize=None)
def own_occasion_opening() -> re.Pattern:
    """Words that name one year's occasion where they stand (tense.tsv kind own_occasion: "this year", matched right
    after the coordinator of a clause joined after a custom)."""
    return re.compile(rf"\s*(?:{_kind_trie('own_occasion')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def possibility_word() -> re.Pattern:
    """Any of :func:`possibility_words` as a whole word ("could delay")."""
    return _whole_words(possibility_words())


@functools.lru_cache(maxsize=None)
def past_of_a_modal_words() -> frozenset[str]:
    """Words of possibility that are also the past of a modal (tense.tsv kind past_of_a_modal: "could", of "can")."""
    return words_of_kinds("past_of_a_modal")


@functools.lru_cache(maxsize=None)
def side_clause_placing_a_holiday() -> re.Pattern:
    """A comma and a relative word of tense.tsv kind holiday_placing right behind a holiday, then words up to where the
    match is asked to end with no stop of a clause between: the side clause tells when the holiday falls ("Eid, which
    falls two days later")."""
    return re.compile(rf",\s+(?:{_kind_trie('holiday_placing')})\s[^,.;:!?()\n]*\Z")


@functools.lru_cache(maxsize=None)
def possibility_of_a_deed() -> re.Pattern:
    """A word of possibility right before the bare verb of a deed, neither negated nor an auxiliary (tense.tsv kinds
    negation and auxiliary): "could finish", not "could not be reached" nor "could be located", in which "could" may
    be the past of "can".  Group ``word`` is the word of possibility, which may also be a month ("May")."""
    stops = trie_regex(_kind_words("negation") + _kind_words("auxiliary"))
    return re.compile(rf"(?<![a-z-])(?P<word>{trie_regex(sorted(possibility_words()))})\s+"
                      rf"(?!(?:{stops})(?![a-z-]))[a-z]")


@functools.lru_cache(maxsize=None)
def possibility_of_a_passive_deed() -> re.Pattern:
    """A clause coordinated after a comma (tense.tsv kind coordinator) with a subject of its own, up to four words, and
    a word of possibility right before an auxiliary (kind auxiliary) and a participle: ", and an agreement could be
    signed".  Its own subject makes it a deed still possible, as "could sign" is, where "could be located" with no
    such subject may be the past of "can".  Group ``word`` is the word of possibility; group ``comma`` is None when
    no comma stands before the coordinator, a join the caller takes only after a clause in the past ("Talks began in
    July and an agreement may be signed in October"), as "and" alone may join two subjects ("He and his wife")."""
    coordinators, auxiliaries = _kind_trie("coordinator"), trie_regex(_kind_words("auxiliary"))
    return re.compile(rf"(?:(?P<comma>,)\s*|(?<=[a-z])\s+)(?:{coordinators})\s+"
                      rf"(?!(?:{not_subject_adverbs()})(?![a-z-]))(?:[a-z'-]+\s+){{1,4}}?"
                      rf"(?P<word>{trie_regex(sorted(possibility_words()))})\s+(?:{auxiliaries})\s+[a-z]")


@functools.lru_cache(maxsize=None)
def cancelled_plan() -> re.Pattern:
    """The words before a plan that call it off ("had shelved plans to", "scrapped its plan to"), as a
    regex that ends where the plan's own marker starts (tense.tsv kinds cancel and determiner)."""
    verbs = _kind_trie("cancel")
    determiners = _kind_trie("determiner")
    return re.compile(rf"(?<![a-z-])(?:{verbs})\s+(?:(?:{determiners})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def aside_adverb() -> str:
    """The adverbs that may stand between the comma and the participle opening a phrase set off by commas ("The
    change, first proposed in October, ..."), as a regex (tense.tsv kind aside_adverb)."""
    return _kind_trie("aside_adverb")


@functools.lru_cache(maxsize=None)
def verb_to_date_gap() -> re.Pattern:
    """What may stand between a verb and the date it governs ("committed in February", "launched last
    year"), as a regex for the whole gap (tense.tsv kind link)."""
    links = _kind_trie("link")
    return re.compile(rf"\s+(?:(?:{links})\s+)?")


@functools.lru_cache(maxsize=None)
def medium_gap() -> re.Pattern:
    """Where a saying was made, between its verb and the date it was made on ("said in a filing last Friday",
    "said in a statement on Monday"): a preposition of tense.tsv kind link, a determiner (kind determiner), one or
    two words, and the gap before the date, as a regex for the whole gap."""
    links, determiners = _kind_trie("link"), _kind_trie("determiner")
    return re.compile(rf"\s+(?:{links})\s+(?:{determiners})\s+[a-z-]+(?:\s+[a-z-]+)?{verb_to_date_gap().pattern}")


@functools.lru_cache(maxsize=None)
def document_of_a_saying_before() -> re.Pattern:
    """A verb of saying, a preposition of tense.tsv kind link and a determiner right before a date that names the
    document the saying was made in ("said in its March bulletin"), as a regex ending at the date; its group 1 the
    verb."""
    links, determiners = _kind_trie("link"), _kind_trie("determiner")
    return re.compile(rf"(?<![a-z])([a-z]+)\s+(?:{links})\s+(?:{determiners})\s+\Z")


@functools.lru_cache(maxsize=None)
def hearer_gap() -> re.Pattern:
    """Who heard a saying, between its verb and the date it was said on ("told analysts in May", "told the board on
    Monday"): a word, maybe after a determiner (tense.tsv kind determiner), and the gap before the date; its
    group 1 the verb (tense.tsv kind hearer), as a regex for the whole stretch up to the date."""
    hearers, determiners = _kind_trie("hearer"), _kind_trie("determiner")
    return re.compile(rf"(?<![a-z])({hearers})\s+(?:(?:{determiners})\s+)?[a-z-]+{verb_to_date_gap().pattern}\Z")


@functools.lru_cache(maxsize=None)
def closed_on_before() -> re.Pattern:
    """A word of closing (tense.tsv kind closed_on), maybe with "on", up to the day it tells a day off ("shut on
    ")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('closed_on')})\s+(?:on\s+)?\Z")


@functools.lru_cache(maxsize=None)
def own_counted_year() -> re.Pattern:
    """A year of its subject's own counted by an ordinal of ordinals.tsv after a preposition and an owner's word
    (tense.tsv kind own_year: "in its first year"), the ordinal as group 1, then a coordinator (maybe with an adverb
    of kind not_subject) and a preposition up to the date ("in its first year and in "): the date opens the next
    step of the story, where one told within the year's own clause ("in its first year it drew 2 million visitors,
    with a peak in July") falls within that year."""
    ordinals = trie_regex(r["word"] for r in _rows("ordinals.tsv"))
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('own_year')})\s+({ordinals})\s+year\s*,?\s+"
                      rf"(?:{_kind_trie('coordinator')})\s+(?:(?:{_kind_trie('not_subject')})\s+)?"
                      rf"(?:{_preposition_trie()})\s+\Z")


@functools.lru_cache(maxsize=None)
def pledge_gap() -> re.Pattern:
    """A verb of promising in the past (tense.tsv kind pledging) and the gap before the date it was made on
    ("pledged in June"), as a regex for the whole stretch up to the date."""
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('pledging')}){verb_to_date_gap().pattern}\Z")


def verb_object_between(text: str, low: str, start: int, end: int) -> bool:
    """Is text[start:end] a verb's object and the preposition of the date after it ("launched the app in",
    "sold its stake on")?  A few words and no punctuation; a preposition of tense.tsv kind link inside it
    only before a name ("sold its stake in Ant on") or a price ("closed 2.3% higher at $163.40 on"): otherwise the
    date would be an inner noun's ("a cutback in its oil supply in September").  So is the mark of an infinitive
    before a word (tense.tsv kind infinitive): the date is then the infinitive's verb's ("the $5 billion it raised to
    expand its plant in January"), not before a determiner ("sold its stake to the state in May")."""
    gap, inner = _verb_object_gap()
    found = gap.fullmatch(low, start, end)
    if found is None:
        found = _verb_object_gap_past_a_name().fullmatch(low, start, end)
        if found is None or not any(_a_name_at(text, low, m.start())
                                    for m in _name_article().finditer(low, start, found.start("link"))):
            return False
    # a preposition right after the verb is the verb's own ("settled on the stricter limit in December"): what follows
    # it is the verb's object, no inner noun the date could be of
    own = _verb_s_own_preposition().match(low, start)
    own = own.end("link") if own is not None \
        and _contact_clause_verb().search(low, max(0, start - _CONTACT_CLAUSE_REACH), start) is None else -1
    return all(m.end() == own or _a_name_at(text, low, m.end()) or _a_price_at(low, m.end())
               for m in inner.finditer(low, start, found.start("link")))


def _a_name_at(text: str, low: str, at: int) -> bool:
    """Does a name in capitals start at ``at``, maybe after an article that opens names (tense.tsv kind name_article:
    "the Pyrenees")?  A preposition before it in a verb's object places the object, not an inner noun the date is of."""
    article = _name_article().match(low, at)
    at = article.end() if article is not None else at
    return at < len(text) and text[at].isupper()


@functools.lru_cache(maxsize=None)
def _name_article() -> re.Pattern:
    """An article that may open a name (tense.tsv kind name_article), as a whole word, and the space after it."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('name_article')})\s+")


@functools.lru_cache(maxsize=None)
def _verb_object_gap_past_a_name() -> re.Pattern:
    """The gap of _verb_object_gap one word longer, for an object whose name's article (tense.tsv kind name_article)
    adds a word a capital alone would not: "endured the gruelling climbs of the Pyrenees in"."""
    return _object_gap(_OBJECT_WORDS + 1)


def _object_gap(words: int) -> re.Pattern:
    """A verb's object of up to ``words`` words and the preposition of the date after it."""
    links = _kind_trie("link")
    # (a figure with decimals is one word, as object_before_a_deadline reads it: "slipped 2.4% on Tuesday")
    word = rf"(?!(?:{links})\s)[a-z0-9'$%&-]+(?:[.,]\d+)*%?"
    return re.compile(rf"\s+(?:(?:(?:{links})\s+)?{word}\s+){{0,{words}}}(?P<link>{links})\s+")


@functools.lru_cache(maxsize=None)
def _contact_clause_verb() -> re.Pattern:
    """A verb ending where it is searched to, after a one-word subject (tense.tsv kind subject) that follows a noun a
    determiner opens: a relative clause with no pronoun of its own, whose object stands before it, so a preposition
    after its verb may be the main verb's ("will spend the money it raised on new plants in March")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('determiner')})\s+(?:[^\s,.;:]+\s+){{1,3}}"
                      rf"(?:{_one_word_subjects()})\s+[a-z'\u2019-]+\Z")


# How far before a verb the noun of a relative clause with no pronoun of its own is looked for (characters).
_CONTACT_CLAUSE_REACH = 60


@functools.lru_cache(maxsize=None)
def _verb_s_own_preposition() -> re.Pattern:
    """A preposition (tense.tsv kind link) right after a verb, up to the space after it (not an infinitive's mark)."""
    return re.compile(rf"\s+(?P<link>(?:{_kind_trie('link')})\s+)")


def _a_price_at(low: str, at: int) -> bool:
    """Does a price stand at ``at`` ("$163.40", "hk$176.50", "48.20"), as object_before_a_deadline reads one?  A link
    word before it heads no phrase a date could be part of: the price is where the move ended, the date the verb's."""
    return _PRICE.match(low, at) is not None


_PRICE = re.compile(rf"[a-z]{{0,3}}{_CURRENCY_SIGN}|\d+[.,]\d")


@functools.lru_cache(maxsize=None)
def _verb_object_gap() -> tuple[re.Pattern, re.Pattern]:
    links = _kind_trie("link")
    infinitive, determiners = _kind_trie("infinitive"), _kind_trie("determiner")
    return (_object_gap(_OBJECT_WORDS),
            re.compile(rf"(?<![a-z0-9'$%&-])(?:{links}|(?:{infinitive})(?=\s+(?!(?:{determiners})\s)[a-z]))\s+"))


# How many words a verb's object may have between the verb and its date.
_OBJECT_WORDS = 5
# How many words the first end of a change in a verb's object may have ("from [the largest position in the portfolio
# at the end of December] to"): no punctuation stands in it, so it may run longer than a plain object.
_CHANGE_END_WORDS = 12
# How many words the unit of a price may have after its figure ("euros per megawatt hour", "a barrel").
_UNIT_WORDS = 4


@functools.lru_cache(maxsize=None)
def currency_forms_before() -> str:
    """The forms of a currency written before its figure (money/currencies.tsv place before: "DKK", "HK$",
    "RMB"), lower-cased, as one regex."""
    return _currency_forms("before")


@functools.lru_cache(maxsize=None)
def currency_forms_after() -> str:
    """The forms of a currency written after its figure (money/currencies.tsv place after: "yuan", "rupees"),
    lower-cased, as one regex."""
    return _currency_forms("after")


def _currency_forms(place: str) -> str:
    return trie_regex(r["form"].lower() for r in load_table("money/currencies.tsv") if r["place"] == place)


@functools.lru_cache(maxsize=None)
def sum_of_money() -> str:
    """A sum of money in lower case, as one regex: its currency before it, with its scale and a word or two after
    ("£184 million", "$4bn", "dkk 2 billion"), or after it, maybe past its scale ("14.5 billion rupees")."""
    number = r"\d[\d.,]*(?:[a-z]{1,2}(?![a-z]))?"
    return (rf"(?:(?:{_SIGNED}|(?:{currency_forms_before()})\s?){number}(?:\s+[a-z]+){{0,2}}"
            rf"|{number}(?:\s+[a-z]+)?\s+(?:{currency_forms_after()}))")


@functools.lru_cache(maxsize=None)
def figure_told() -> re.Pattern:
    """A figure a sentence tells: a sum of money, a percentage (tense.tsv kind percent) or a number written with its
    thousands or decimals ("a $12 million loss", "grew 7%", "58,000 tonnes"); a bare count or a year is none ("listed
    its shares in 2019")."""
    return re.compile(rf"(?<![a-z0-9.,])(?:{sum_of_money()}|\d[\d.,]*\s*(?:%|{_kind_trie('percent')})|\d+[.,]\d)")


@functools.lru_cache(maxsize=None)
def sum_and_its_estimator_before() -> re.Pattern:
    """A figure and the subject of a verb of tense.tsv kind sum_estimated right after it, those who make estimates
    (kind estimator), maybe a word or two naming them between, searched up to where the verb starts ("the $5.5
    billion LSEG analysts [expected]"): the figure is that verb's object, an estimate made then."""
    return re.compile(rf"(?:{figure_told().pattern})\s+(?:[a-z'\u2019&.-]+\s+){{0,2}}?"
                      rf"(?<![a-z-])(?:{_kind_trie('estimator')})\s+\Z")


@functools.lru_cache(maxsize=None)
def object_before_a_deadline() -> re.Pattern:
    """A verb's object between the verb and a deadline connector ("fell [2%] by", "viewed [300 million times] by"),
    read on the text as written: a few words, no punctuation, no word that opens an infinitive (tense.tsv kind
    infinitive) nor a preposition of kind link, whose phrase would govern the deadline instead.  ("to" before a
    figure opens no infinitive: "slipped 0.4% to $63.10 a barrel by 1030 GMT", "rose 2.1% to HK$176.50 by the midday
    break"; nor does a link word before a price head a phrase of its own: "were up 9% at $86.20 by midday
    Thursday".)"""
    infinitive, link = _kind_trie("infinitive"), _kind_trie("link")
    # (nor before a currency written before its figure: "fell 7.4% to DKK 11,320 by 1020 GMT")
    money = rf"(?:{currency_forms_before()})\s?\d"
    plain = r"[a-z0-9'$%&-]+(?:[.,]\d+)*%?"
    word = rf"(?!(?:{infinitive})\s+(?!{money})[a-z]|(?:{link})\s(?!{_PRICE.pattern})){plain}"
    # (the few words of a change's first end and of a level told, lazily up to what closes them)
    words = rf"(?:{plain}\s+){{1,{_CHANGE_END_WORDS}}}?"
    # (a change may be restated as a percentage between commas: "climbed $2.31, or 3.4%, to $70.45 a barrel by")
    restated = r"(?:,\s+or\s+\d[\d.]*%,)?"
    # (a change from one end to the other is one object whatever stands at its first end, a place or a date
    # included: "slipped from the largest position in the portfolio at the end of December to the fifth-largest
    # by June 30"; its second end must not open an infinitive: a determiner or a figure follows the closing word)
    determiners = _kind_trie("determiner")
    opens, closes = _kind_trie("change_from"), _kind_trie("change_to")
    change = rf"(?:{opens})\s+{words}(?:{closes})\s+(?=(?:{determiners})\s|\d|{money})"
    # (nor does one whose verb tells only the level a move left a price at, a figure right after it: "recovered to trade
    # 0.5% lower at 1,418.1 per dollar by 0200 GMT" is the move's result; "ordered to close the plant by" opens one)
    levels = _kind_trie("level_verb")
    level = rf"(?:{infinitive})\s+(?:{levels})\s+(?=\d){words}"
    # (a place a link word names right before the connector, the market the move was in, heads no phrase of its own:
    # "rose 3.6% to 48.20 crowns in Oslo by 1100 GMT"; read on the text as written, whose capital tells the name)
    place = rf"(?:(?:{link})\s+(?-i:[A-Z])[a-z]+\s+)?"
    # (a price's unit, however many words it takes, is one with its figure: "was up 2.4% at 33.10 euros per megawatt
    # hour by 1030 GMT" is as short an object as "at $86.20 by midday")
    quote = rf"(?:{infinitive}|{link})\s+(?:{money}|{_PRICE.pattern})[\d.,]*%?\s+(?:{plain}\s+){{0,{_UNIT_WORDS}}}?"
    # (a figure with its scale or unit is one word of the object, as "$3.6m" is: "picked 3.6 million tonnes of raw
    # cotton by"; no word of it may open an infinitive or a link's phrase)
    figure = rf"{_SIGNED}?\d[\d.,]*(?:\s+(?!(?:{infinitive}|{link})\s)[a-z]+){{1,2}}\s+"
    return re.compile(rf"\s+(?:{change}|{level}|{quote}|{figure}|{word}{restated}\s+){{0,{_OBJECT_WORDS}}}{place}",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def day_clause_after() -> re.Pattern:
    """A word opening a clause of what happened on the day it follows, a comma or not before it, matched where the day
    ends (tense.tsv kind day_clause: "on Saturday when an engine failed", "is Monday, when the index lost 4%")."""
    return re.compile(rf"\s*,?\s*(?:{_kind_trie('day_clause')})\s+")


@functools.lru_cache(maxsize=None)
def progressive_verb_before() -> re.Pattern:
    """A verb in the present progressive (tense.tsv kind progressive, then a word in -ing), an -ly adverb at most
    between, ending where a time starts ("are staying ")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('progressive')})\s+{AN_LY_ADVERB}[a-z]+ing\s+\Z")


@functools.lru_cache(maxsize=None)
def cause_gone_before() -> re.Pattern:
    """A word opening a cause (tense.tsv kind cause_opener: "after"), up to two words, then a noun of harm no one
    schedules (kinds unforeseen_happening, cause_noun), maybe a word of kind unforeseen_link, ending where a date
    starts ("after cyclone damage in ", "after a fire in ")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('cause_opener')})\s+(?:[a-z'\u2019-]+\s+){{0,2}}?"
                      rf"(?:{_kind_trie('unforeseen_happening')}|{_kind_trie('cause_noun')})\s+"
                      rf"(?:(?:{_kind_trie('unforeseen_link')})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def unforeseen_happening_before() -> re.Pattern:
    """A word pointing at one known happening (tense.tsv kind unforeseen_pointer: "the", "that") and a noun of kind
    unforeseen_happening, maybe a word of kind unforeseen_link after it ("on", "in"), ending where a date starts ("the
    fire on ")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('unforeseen_pointer')})\s+"
                      rf"(?:{_kind_trie('unforeseen_happening')})\s+(?:(?:{_kind_trie('unforeseen_link')})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def onset_told_before() -> re.Pattern:
    """A noun of a season or a time of the year's weather (tense.tsv kind onset_subject) and a copula (kind
    onset_copula), maybe an -ly adverb between, ending where "late" or "early" starts: that word is then an adjective
    of the season's coming, no part of a date ("The rainy season was late this year")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('onset_subject')})\s+(?:{_kind_trie('onset_copula')})"
                      rf"\s+{AN_LY_ADVERB}\Z")


@functools.lru_cache(maxsize=None)
def came_to_nothing_opening() -> re.Pattern:
    """The opening of ``plan_undone_opening`` with a subject of tense.tsv kind came_to_nothing right after it (", but
    none "): one clause after a plan, told by a subject that says none of it came about, matched in lower case up to
    the word after the subject."""
    return re.compile(rf"{plan_undone_opening().pattern}(?:{_kind_trie('came_to_nothing')})\s+")


@functools.lru_cache(maxsize=None)
def plan_undone_opening() -> re.Pattern:
    """A comma and a word opening a clause that may tell what became of a plan reported before it (tense.tsv kind
    plan_undone: ", but the bid collapsed"), matched in lower case up to the clause's first word."""
    return re.compile(rf",\s*(?:{_kind_trie('plan_undone')})\s+")


@functools.lru_cache(maxsize=None)
def list_ahead_join() -> re.Pattern:
    """A word joining a day to a date still to come before it in its list (tense.tsv kind list_ahead: "for the Nov. 11
    sale and for the school term starting on Jan. 12"), searched between the two."""
    return re.compile(rf"\b(?:{_kind_trie('list_ahead')})\b")


@functools.lru_cache(maxsize=None)
def plan_cut_short_opening() -> re.Pattern:
    """A word opening a clause whose plan in the past progressive a main clause in the past cut short (tense.tsv kind
    plan_cut_short: "as he was preparing to leave")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('plan_cut_short')})\s+")


@functools.lru_cache(maxsize=None)
def holiday_purpose_before(kind: str = "before") -> re.Pattern:
    """What a holiday is for, ending right where the holiday starts (holiday_purposes.tsv kind ``kind``: before, a
    gift, "gifts for the Lunar New Year"; readied, buying or getting ready, "bought gold on Saturday for ")."""
    rows = _rows("holiday_purposes.tsv")
    return re.compile(rf"(?:{_any_of(r['pattern'] for r in rows if r['kind'] == kind).pattern})\Z")


@functools.lru_cache(maxsize=None)
def event_purpose_before(kind: str) -> re.Pattern:
    """An effort in the progressive and the happening on a weekday it is for, ending right where the weekday starts
    (event_purposes.tsv: the auxiliary of ``kind``, then the effort: "was trying to reach Lisbon for her sister's
    wedding on ")."""
    rows = _rows("event_purposes.tsv")
    auxiliary, effort = (_any_of(r["pattern"] for r in rows if r["kind"] == k).pattern for k in (kind, "effort"))
    return re.compile(rf"(?:{auxiliary})(?:{effort})\Z")


@functools.lru_cache(maxsize=None)
def holiday_purpose_said() -> re.Pattern:
    """A saying verb after a comma closing the sentence of such a holiday (holiday_purposes.tsv kind said: ", she
    added")."""
    return _any_of(r["pattern"] for r in _rows("holiday_purposes.tsv") if r["kind"] == "said")


@functools.lru_cache(maxsize=None)
def speech_scene_opening() -> re.Pattern:
    """A comma and a word opening a clause that tells the scene quoted words were said at (tense.tsv kind
    speech_scene: ", as his crew loaded the traps")."""
    return re.compile(rf",\s+(?:{_kind_trie('speech_scene')})\s")


@functools.lru_cache(maxsize=None)
def reporting_verbs() -> frozenset[str]:
    """Verbs whose object is what was said, often a clause with a verb of its own ("said the app launches
    in March"; tense.tsv kind reporting)."""
    return words_of_kinds("reporting")


@functools.lru_cache(maxsize=None)
def reporting_past_of_can_verbs() -> frozenset[str]:
    """Verbs of saying (tense.tsv kind reporting) after which a word of possibility may be the past of "can"
    ("Police said they could see the car on Monday"): all but those of kind warning, whose object is a forecast
    ("warned Monday that the tides could push seawater ... from Thursday")."""
    return reporting_verbs() - words_of_kinds("warning")


@functools.lru_cache(maxsize=None)
def announcing_verbs() -> frozenset[str]:
    """Verbs of saying or announcing (tense.tsv kinds reporting and announcing) that tell when what follows them was
    said when the date stands at the head of their sentence or before a clause of background ("On Feb. 11, when
    JD.com announced it would waive commissions ... before May 1": the May after that February)."""
    return words_of_kinds("reporting", "announcing")


@functools.lru_cache(maxsize=None)
def background_after_a_date() -> re.Pattern:
    """A word that opens a clause telling the background of the date before it (tense.tsv kind background),
    after a comma or not, matched where the date ends: "on Feb. 11, when", "a turbulent 2025 in which"."""
    return re.compile(rf",?\s+(?:{_kind_trie('background')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def place_named_after_a_date() -> re.Pattern:
    """A link preposition (tense.tsv kind link) and a place named in capitals up to a comma, matched on the text as
    written where a date ends: the place tells where, so a clause of background after it still tells of the date
    ("in 2016 [at Fort McMurray], when claims were still coming in at Christmas": that year's Christmas)."""
    word = r"[A-Z][\w'\u2019.-]*"
    return re.compile(rf"\s+(?:{_kind_trie('link')})\s+(?:the\s+)?{word}(?:\s+{word}){{0,3}}(?=,)")


@functools.lru_cache(maxsize=None)
def time_clause_after_a_date() -> re.Pattern:
    """A word that opens, after a comma, a clause or phrase telling another time than the date before it (tense.tsv
    kind time_clause), matched where the date ends: "in March, before the new fiscal year begins"."""
    return re.compile(rf",\s+(?:{_kind_trie('time_clause')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def custom_appositive_after_a_date() -> re.Pattern:
    """A noun phrase set off by a comma right after a date that a word of recurrence (tense.tsv kind recurring)
    and an article or owner's word (kind owner) open, matched where the date ends: it describes what the
    occasion usually is, not a habit of its clause ("heads into the Thanksgiving frame, traditionally one of the
    busiest stretches of the year")."""
    recurring, owners = _kind_trie("recurring"), _kind_trie("owner")
    return re.compile(rf",\s+(?:{recurring})\s+(?:one\s+of\s+)?(?:{owners})\s[^,.;:!?]*")


@functools.lru_cache(maxsize=None)
def one_occasion_before() -> re.Pattern:
    """A word of tense.tsv kind time_clause and the determiner of a noun (kind owner), matched where a word
    of recurrence right after them begins: "before the [fiscal year begins on April 1]" waits for one coming start of
    the year, no custom."""
    opens, owners = _kind_trie("time_clause"), _kind_trie("owner")
    return re.compile(rf"(?<![a-z-])(?:{opens})\s+(?:{owners})\s+(?:new\s+|next\s+)?\Z")


@functools.lru_cache(maxsize=None)
def record_before() -> re.Pattern:
    """A superlative or an ordinal (tense.tsv kind record_stretch) up to three words before where a word of habit
    right after it begins: "our [busiest week] ever" sets one occasion against all others, no custom of its clause
    ("Singles' Day was our busiest week ever" is the latest Singles' Day)."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('record_stretch')})(?:\s+[a-z'-]+){{0,3}}\s+\Z")


@functools.lru_cache(maxsize=None)
def record_aside_after() -> re.Pattern:
    """A comma or none and a word of tense.tsv kind record_aside, matched where a record's "since" date ends: the
    aside it opens tells of that time (", when prices spiked"), which the row then is, not the stretch from it."""
    return re.compile(rf"\s*,?\s*(?:{_kind_trie('record_aside')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def owned_record_before() -> re.Pattern:
    """A superlative (tense.tsv kind record_stretch, less the ordinals of ordinals.tsv) after an owner's word (kind
    owner) or a possessive "'s", up to three words before where the search ends ("the country's worst", "its highest
    close"): a record the determiner makes one, not a quantifier ("in most of the country since 1966"), nor a first,
    a happening whose stretch stays a row of its own ("the first strike at the mine since 2021")."""
    ordinals = {r["word"] for r in _rows("ordinals.tsv")}
    superlatives = trie_regex(w for w in _kind_words("record_stretch") if w not in ordinals)
    return re.compile(rf"(?:(?<![a-z-])(?:{_kind_trie('owner')})\s+|['\u2019]s\s+)(?:{superlatives})"
                      rf"(?:\s+[a-z'-]+){{0,3}}\s+\Z")


@functools.lru_cache(maxsize=None)
def likening_before() -> re.Pattern:
    """A comma, a word of tense.tsv kind likening and a pronoun of kind subject, maybe with a verb of kind
    likening_verb standing for the predicate, matched where a word of recurrence right after them begins: ", as it
    [always is]" and ", as it does [every year]" liken the occasion told to the custom, no habit of their clause."""
    likens, subjects, verbs = _kind_trie("likening"), _kind_trie("subject"), _kind_trie("likening_verb")
    return re.compile(rf",\s+(?:{likens})\s+(?:{subjects})\s+(?:(?:{verbs})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def vintage_sides() -> tuple[re.Pattern, re.Pattern]:
    """(a word of tense.tsv kind qualified_of ending where a year starts, the word that opens the year's noun after
    it): "a cask of [1975] single malt".  The word after is checked against the tense and preposition words apart."""
    return (re.compile(rf"(?<![a-z-])(?:{_kind_trie('qualified_of')})\s+\Z"), re.compile(r"[ \t]+([a-z][a-z-]*)\b"))


@functools.lru_cache(maxsize=None)
def plain_word(word: str) -> bool:
    """Is ``word`` (lower case) neither a marker of tense.tsv, whole or by its ending, nor a preposition of
    prepositions.tsv, nor a determiner or a coordinator (tense.tsv kinds determiner, coordinator): a word that may
    open a noun phrase?"""
    words, endings = tense_words()
    return word not in words and word not in _prepositions() and not any(word.endswith(e) for e in endings) \
        and word not in _kind_words("determiner") and word not in _kind_words("coordinator")


# The kinds of tense.tsv whose words, after a date, close it as an adverbial (with the prepositions of
# prepositions.tsv).
_ADVERBIAL_CLOSE_KINDS = ("link", "stretch", "boundary", "background", "complement")


@functools.lru_cache(maxsize=None)
def adverbial_close() -> re.Pattern:
    """What may follow a date that is an adverbial of its clause, not the subject of a clause of its own: a
    clause end, a preposition (prepositions.tsv, tense.tsv kinds link and stretch) or a word that opens
    another clause (tense.tsv kinds boundary, background and complement): "fined 3.44 billion yuan that October
    for", "ate so many cicadas that summer that caterpillars doubled". So may a coordinator (kind coordinator) and
    a verb's past (kind suffix) that goes on the same subject's predicate: "showed it to testers that April and
    open-sourced it" (with no verb after it, "said that April and May were slow" coordinates the dates).
    Matched where the date ends."""
    words = trie_regex(_prepositions() | words_of_kinds(*_ADVERBIAL_CLOSE_KINDS))
    past = _past_endings_trie()
    return re.compile(rf"\s*(?:[.,;:!?)]|\Z)|\s+(?:{words})(?![a-z-])"
                      rf"|\s+(?:{_kind_trie('coordinator')})\s+[a-z-]+(?:{past})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def past_verb_after() -> re.Pattern:
    """A verb's past (tense.tsv kind suffix) right where a date ends: "a fine on Alibaba that April wiped out"."""
    return re.compile(rf"\s+[a-z-]+(?:{_past_endings_trie()})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def year_in_sentence_before() -> re.Pattern:
    """A year told earlier in the sentence that ends where the search ends (searched from a few hundred characters
    before): no sentence end after it, a decimal point being none ("18.2 billion")."""
    return re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d,.]\d)(?:[^.!?\n]|\.\d)*\Z")


@functools.lru_cache(maxsize=None)
def side_clause_opener_before() -> re.Pattern:
    """A word that opens a clause of its own (tense.tsv kinds boundary and coordinator), maybe after a comma and
    before a preposition of kind side_opening_link, ending where a date starts: "..., though last year", "although in
    2023"; not a preposition of prepositions.tsv, whose object the date is ("flattened since late 2024")."""
    words = trie_regex({squash(w) for w in _kind_words("boundary") + _kind_words("coordinator")}
                       - _prepositions())
    return re.compile(rf"(?<![a-z-])(?:{words})\s+(?:(?:{_kind_trie('side_opening_link')})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def noun_qualified_after() -> re.Pattern:
    """A word that a date right before it qualifies, matched where the date ends: no clause end, preposition, word
    opening a clause or joining one (see adverbial_close), determiner nor subject pronoun ("the autumn[ government
    shutdown]", not "the autumn, when", "the autumn and", "the autumn the plant")."""
    words = trie_regex(_prepositions()
                       | words_of_kinds(*_ADVERBIAL_CLOSE_KINDS, "coordinator", "determiner", "subject"))
    return re.compile(rf"[ ]+(?!(?:{words})(?![a-z-]))[a-z][a-z-]*(?![a-z'\u2019-])")


@functools.lru_cache(maxsize=None)
def preposition_alone() -> re.Pattern:
    """Nothing but a preposition (prepositions.tsv), or nothing, between a comma and the date it leads to, matched
    whole from right after the comma: ", in July" adds the date to the clause before the comma, and so does a
    date coordinated with such a one (", in July and in October": a few words, then a coordinator of tense.tsv)."""
    words = _preposition_trie()
    joined = _kind_trie("coordinator")
    return re.compile(rf"\s*(?:(?:{words})\s+)?(?:(?:[a-z0-9.]+\s+){{1,3}}?(?:{joined})\s+(?:(?:{words})\s+)?)?")


@functools.lru_cache(maxsize=None)
def word_before() -> re.Pattern:
    """The word that ends right where a match starts (search it from a few dozen characters before)."""
    return re.compile(r"([a-z'-]+)\s+\Z")


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in text[start:end]."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


@functools.lru_cache(maxsize=None)
def not_subject_adverbs() -> str:
    """The adverbs that may follow a coordinator without opening a subject of their own (tense.tsv kind not_subject:
    "and then will close"), as one alternation."""
    return _kind_trie("not_subject")


@functools.lru_cache(maxsize=None)
def coordinated_clause(spaced: bool = False) -> re.Pattern:
    """A comma or semicolon and a word that opens a clause of its own after it (tense.tsv kind
    coordinator): "Shares rose in March, and the company expects ...".  With ``spaced``, only a coordinator a space
    follows (", and the town was evacuated overnight", not ", and, in May, it ...")."""
    words = _kind_trie("coordinator")
    return re.compile(rf"[,;]\s*(?:{words})" + (r"\s" if spaced else r"(?![a-z-])"))


@functools.lru_cache(maxsize=1)
def participle_join_before() -> re.Pattern:
    """What joins a second participle to the one before it, searched up to that participle: a word of tense.tsv kind
    participle_join, maybe two ("and then"), a comma before and an -ly adverb after at most (", then dried", "and
    carefully packed")."""
    joins = _kind_trie("participle_join")
    return re.compile(rf"(?<![a-z-])(?:{joins})(?:\s+(?:{joins}))?\s+(?:[a-z]{{2,}}ly\s+)?\Z")


@functools.lru_cache(maxsize=None)
def coordinator_word() -> re.Pattern:
    """A word that may open a clause of its own, with or without a comma before it (tense.tsv kind coordinator)."""
    return re.compile(rf"{_coordinator_start()}(?![a-z-])")


@functools.lru_cache(maxsize=None)
def coordinator_right_before() -> re.Pattern:
    """A coordinator (tense.tsv kind coordinator), maybe then a link preposition (kind link), and the space after
    them, searched up to a date: ", and this week", ", and in May the government revoked" (the preposition heads
    the same clause as its date), also inside a short phrase that preposition opens (", and at its Apsara Conference in
    September chief executive Eddie Wu said": the phrase heads the clause too)."""
    links = _kind_trie("link")
    return re.compile(rf"{_coordinator_start()}\s+(?:(?:{links})\s+(?:[a-z0-9'\u2019-]+\s+){{1,4}}?)?"
                      rf"(?:(?:{links})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def clause_head_before() -> re.Pattern:
    """What may stand before a date that opens its clause, up to the date (search it from the sentence's
    start): nothing, or a comma, semicolon or a coordinator (tense.tsv kind coordinator), maybe then a link
    preposition (kind link): "On February 21, the stock jumped", "..., and on January 13 they touched"."""
    links = _kind_trie("link")
    return re.compile(rf"{_clause_open()}(?:(?:{links})\s+)?\Z")


def _clause_open() -> str:
    """A clause's opening: the text's start, a comma, semicolon or colon, or a coordinator (tense.tsv kind coordinator),
    then its spaces."""
    return rf"(?:\A|[,;:]|{_coordinator_start()})\s*"


def _coordinator_start() -> str:
    """A word of tense.tsv kind coordinator not inside another word, shared by the patterns that find one."""
    return rf"(?<![a-z-])(?:{_kind_trie('coordinator')})"


@functools.lru_cache(maxsize=None)
def subject_head_before() -> re.Pattern:
    """A short subject that opens its clause and a link preposition, maybe with a part of a day between, up to the
    date that qualifies the subject ("Frost on the night of April 7 damaged buds", "A fire on April 7 destroyed"):
    the verb after the date tells when the subject's event was, as after a date that opens its clause."""
    links, determiners = _kind_trie("link"), _kind_trie("determiner")
    return re.compile(rf"{_clause_open()}(?:(?:{determiners})\s+)?(?:[a-z0-9'-]+\s+){{1,3}}"
                      rf"(?:{links})\s+(?:(?:{determiners})\s+[a-z]+\s+of\s+)?\Z")


@functools.lru_cache(maxsize=None)
def clause_openers_of_their_own() -> str:
    """The words of tense.tsv kind boundary that open a clause, not a mere phrase naming an event ("which", "since";
    not "after", nor "against the", of kind after_comma), as one regex."""
    return trie_regex(r["word"] for r in _rows("tense.tsv") if r["kind"] == "boundary" and r["tense"] != "event")


@functools.lru_cache(maxsize=None)
def event_openers() -> frozenset[str]:
    """Words that open a clause or a mere phrase naming an event (tense.tsv kind boundary, tense event: "after
    DeepSeek's breakthrough in January 2025")."""
    return frozenset(squash(r["word"]) for r in _rows("tense.tsv")
                     if r["kind"] == "boundary" and r["tense"] == "event")


@functools.lru_cache(maxsize=None)
def looking_back_openers() -> frozenset[str]:
    """Words that open a clause or a mere phrase naming a time before the one of the clause they follow (tense.tsv
    kind boundary, tense earlier: "the costliest wildfire since the fires in January")."""
    return frozenset(squash(r["word"]) for r in _rows("tense.tsv")
                     if r["kind"] == "boundary" and r["tense"] == "earlier")


@functools.lru_cache(maxsize=None)
def backshifted_future() -> re.Pattern:
    """A marker of the future told from the past (tense.tsv kind backshift: "said on Monday it would report")."""
    return re.compile(rf"(?<![a-z'])(?:{_kind_trie('backshift')})(?![a-z])")


@functools.lru_cache(maxsize=None)
def no_backshift_words() -> frozenset[str]:
    """Modals with no past form, which a report in the past perfect leaves as they are (tense.tsv kind
    no_backshift: "had ruled that Elian must be returned")."""
    return words_of_kinds("no_backshift")


@functools.lru_cache(maxsize=None)
def coordinated_predicate() -> re.Pattern:
    """A coordinator (tense.tsv kind coordinator) with no comma before it, maybe an adverb in -ly or an auxiliary
    (tense.tsv kind auxiliary) after it, ending where a verb starts: "launched its model in September and plans to
    release", "strengthened on Tuesday and is expected to make landfall" (search it up to the verb)."""
    words = _kind_trie("coordinator")
    auxiliaries = _kind_trie("auxiliary")
    # (a month in -ly is no adverb: "the World Cup in June and July should give" coordinates dates, not verbs)
    months_ = trie_regex(list(months()))
    return re.compile(rf"(?<![a-z-])(?:{words})\s+(?:(?!(?:{months_})\s)[a-z]+ly\s+)?(?:(?:{auxiliaries})\s+)?\Z")


@functools.lru_cache(maxsize=None)
def coordinated_pronoun_clause() -> re.Pattern:
    """A coordinator (tense.tsv kind coordinator) with no comma before it and a personal pronoun (kind clause_pronoun),
    ending where that pronoun's verb starts: "put the price up in October and we will have to" opens a clause of its
    own, whose tense is not the date's (search it up to the verb)."""
    return re.compile(rf"(?<![,;])\s+(?:{_kind_trie('coordinator')})\s+(?:{_kind_trie('clause_pronoun')})\s+\Z")


@functools.lru_cache(maxsize=None)
def coordinated_predicate_or_clause() -> re.Pattern:
    """coordinated_predicate or coordinated_pronoun_clause, as one pattern: the loop over a sentence's markers
    searches the window before each for either, once."""
    return re.compile(f"{coordinated_predicate().pattern}|{coordinated_pronoun_clause().pattern}")


@functools.lru_cache(maxsize=None)
def coordinated_verb_and_its_object() -> re.Pattern:
    """A coordinator (tense.tsv kind coordinator), a comma maybe before it, then a verb and a determiner (kind
    determiner), maybe an adjective between, ending where the object's noun starts (search it up to a marker that is
    that noun): ", and set a target of" -- the marker tells what the object looks ahead to, not the tense of the
    predicate before the coordinator."""
    words, determiners = _kind_trie("coordinator"), _kind_trie("determiner")
    return re.compile(rf"(?<![a-z-])(?:{words})\s+(?!(?:{determiners})\s)[a-z]+\s+(?:{determiners})\s+"
                      rf"(?:[a-z-]+\s+)?\Z")


@functools.lru_cache(maxsize=None)
def coordinated_verb_gap() -> re.Pattern:
    """The whole gap from a date to a count after a predicate coordinated with the date's (tense.tsv kind
    coordinator, then a verb and up to five more words, its object and where it was done): "furloughed in March 2020
    and returned 14 months later", with the comma that closes a side clause the date stands in ("committee stage,
    which ended on 18 March, and cleared the Commons at third reading a month later")."""
    words = _kind_trie("coordinator")
    return re.compile(rf",?\s+(?:{words})\s+[a-z]+(?:\s+[a-z]+){{0,5}}\s+")


# How far before a word :func:`determiner_before` looks: the longest determiner and its space ("their ", "the ").
DETERMINER_REACH = 8


# How far before a word :func:`bare_form_before` looks: the longest preposition and its space ("no earlier than "),
# and an auxiliary of the perfect before it ("has ").
BARE_FORM_REACH = 24


def bare_form_before(low: str, lo: int, start: int) -> bool:
    """Does a modal (modals.tsv) or a preposition (prepositions.tsv) end where the word at ``start`` starts?  A word
    after it that ends like a verb in the past is none, but the modal's bare verb ("may exceed") or an adjective ("in
    isolated spots"); not after a preposition that an auxiliary of the perfect makes an adverb ("has since
    pushed")."""
    m = _bare_form_before().search(low, max(lo, start - BARE_FORM_REACH), start)
    return m is not None and m["perfect"] is None


@functools.lru_cache(maxsize=None)
def _bare_form_before() -> re.Pattern:
    modals = trie_regex({squash(r["word"]) for r in _rows("modals.tsv")})
    prepositions = _preposition_trie()
    perfect = trie_regex(_kind_words("present_perfect") + [r["word"] for r in _rows("tense.tsv")
                                                           if r["tense"] == "pluperfect" and r["kind"] == "word"])
    return re.compile(rf"(?<![a-z-])(?:{modals}|(?P<perfect>(?:{perfect})\s+)?(?:{prepositions}))\s+\Z")


@functools.lru_cache(maxsize=None)
def determiner_before() -> re.Pattern:
    """A determiner ending where a word starts (tense.tsv kind determiner): "the delayed launch"."""
    determiners = _kind_trie("determiner")
    return re.compile(rf"(?<![a-z-])(?:{determiners})\s+\Z")


@functools.lru_cache(maxsize=None)
def subject_opening() -> re.Pattern:
    """A subject opening right after a date with no comma, a determiner (tense.tsv kind determiner) or a capital:
    "By 1975 Valmont employed 1,200 people", "By 1975 the group employed", not "By 2020 standards"."""
    return re.compile(rf"\s+(?:(?:{_kind_trie('determiner')})\s|[A-Z])")


@functools.lru_cache(maxsize=None)
def count_before() -> re.Pattern:
    """A count of two or more (a number, or a number word of numbers.tsv) ending where a word starts: a verb's -s form
    there is the plural noun it counts ("made 30 launches in March"); not "one" ("the next one opens"), nor a number
    a comma closes ("Fisher, 72, retires")."""
    words = trie_regex(word for word, value in number_words().items() if value >= 2)
    return re.compile(rf"(?<![\w.,-])(?:\d+(?:[.,]\d+)*|{words})\s+\Z")


@functools.lru_cache(maxsize=None)
def adjective_adverb_before() -> re.Pattern:
    """An adverb of tense.tsv kind adjective_adverb ending where a word starts: a participle there is an adjective
    ("sales of newly built homes"), no verb in the past."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('adjective_adverb')})\s+\Z")


@functools.lru_cache(maxsize=None)
def adjective_of_degree_before() -> re.Pattern:
    """A determiner or a word of degree (tense.tsv kinds determiner and adjective_degree) ending where a word starts:
    a word in -ing of a plan there is an adjective ("the demanding schedule", "a very demanding", "too demanding"),
    no verb of the plan."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('determiner')}|{_kind_trie('adjective_degree')})\s+\Z")


@functools.lru_cache(maxsize=None)
def ly_adverb_before() -> re.Pattern:
    """A word in -ly ending where a word starts ("physically " before "demanding")."""
    return re.compile(r"(?<![a-z-])[a-z]{2,}ly\s+\Z")


@functools.lru_cache(maxsize=None)
def adjective_preposition_before() -> re.Pattern:
    """A preposition of tense.tsv kind adjective_preposition ending where a word starts: a word in "-ed" there is an
    adjective ("discounts to liquefied natural gas carriers"), no verb in the past."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('adjective_preposition')})\s+\Z")


@functools.lru_cache(maxsize=None)
def noun_head_before() -> re.Pattern:
    """A determiner, maybe with an adjective of recurrence after it ("its monthly", "a quarterly"), ending where a
    word starts: a verb of a timetable there is the noun it also spells ("its monthly return on movements")."""
    determiners = _kind_trie("determiner")
    return re.compile(rf"(?<![a-z-])(?:{determiners})\s+{AN_LY_ADVERB}\Z")


@functools.lru_cache(maxsize=None)
def agent_to_date_gap() -> re.Pattern:
    """A participle's agent and the preposition of the date after it, the whole gap ("imposed by regulators on";
    tense.tsv kinds agent and link): the date is the participle's.  The agent may be named with an "of" phrase
    ("issued by the government of the Inner Mongolia Autonomous Region in"): a name's words take no date."""
    agents, links = _kind_trie("agent"), _kind_trie("link")
    return re.compile(rf"\s+(?:{agents})\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?"
                      rf"(?:\s+of\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+){{0,3}})?\s+(?:{links})\s+")


@functools.lru_cache(maxsize=None)
def noun_phrase_before(*kinds: str) -> re.Pattern:
    """A determiner and a noun or two, ending where a participle starts ("the fee award approved", "the
    appeal filed"; tense.tsv kind determiner): the participle qualifies that noun.  ``kinds`` adds words that may
    stand for the determiner: kind noun_of, "3,000 tonnes of fibre held", a noun after "of" being no subject."""
    heads = "|".join(_kind_trie(kind) for kind in ("determiner", *kinds))
    return re.compile(rf"(?<![a-z-])(?:{heads})\s+(?:[a-z0-9'-]+\s+){{1,2}}\Z")


@functools.lru_cache(maxsize=None)
def possessed_noun_phrase_before() -> re.Pattern:
    """A noun's possessive "'s" (not a subject pronoun's contraction) and a noun or two, ending where a participle
    starts ("Ant's issuer ratings assigned"): the participle qualifies that noun, as after a determiner."""
    return re.compile(rf"(?<![a-z])(?!(?:{_one_word_subjects()})['\u2019])[a-z0-9-]+['\u2019]s\s+"
                      rf"(?:[a-z0-9-]+\s+){{1,2}}\Z")


# A name as written, one word of it, in a pattern that keeps case: a capital, then letters and what else a name may
# hold ("Atmospheric", "AT&T", "St."); unlike _CASED_NAME, no digit ("the Stoxx 600 fell").
_LETTERED_NAME = r"[A-Z][A-Za-z&'\u2019.-]*"


@functools.lru_cache(maxsize=None)
def named_noun_phrase_before() -> re.Pattern:
    """A determiner and a name of up to five capitalised words, maybe joined by a word of tense.tsv kind name_join
    ("of", "and", "for"), ending where a verb starts (on the text as written: "the National Oceanic and Atmospheric
    Administration issued"): longer than :func:`noun_phrase_before` reaches, a name the verb after it has for its
    subject or qualifies."""
    determiners, joins = _kind_trie("determiner"), _kind_trie("name_join")
    name = _LETTERED_NAME
    return re.compile(rf"(?<![A-Za-z-])(?i:{determiners})\s+{name}(?:\s+(?:(?:{joins})\s+)?{name}){{0,4}}\s+\Z")


@functools.lru_cache(maxsize=None)
def bare_relative_name_before() -> re.Pattern:
    """A determiner, a noun in lower case (maybe after one adjective) and a name of up to five capitalised words right
    after it, ending where a verb starts (on the text as written): a relative clause with no "which" or "that", the
    name its subject ("a plan Chief Executive Eddie Wu unveiled"), so a word ending there tells a verb in the past.  No
    preposition stands among the noun's words: "the port of Tanger Med" is one name after its noun's phrase."""
    determiners = _kind_trie("determiner")
    name = _LETTERED_NAME
    noun = rf"(?!(?:{_preposition_trie()})\s)[a-z][a-z-]*"
    return re.compile(rf"(?<![A-Za-z-])(?i:{determiners})\s+(?:{noun}\s+){{1,2}}{name}(?:\s+{name}){{0,4}}\s+\Z")


@functools.lru_cache(maxsize=None)
def verb_head_before() -> re.Pattern:
    """What makes a participle right after it a verb of its clause, not one qualifying a noun: an auxiliary, a
    pronoun subject or a past auxiliary of the passive (tense.tsv kinds auxiliary, subject, passive), or a word
    that opens a clause (kinds boundary, complement): "is expected", "it forecast", "which was scheduled"."""
    words = trie_regex(_kind_words("auxiliary") + _kind_words("subject") + _kind_words("passive")
                       + _kind_words("boundary") + _kind_words("complement"))
    return re.compile(rf"(?<![a-z-])(?:{words})\s+\Z")


@functools.lru_cache(maxsize=None)
def relative_subject_before() -> re.Pattern:
    """A word that opens a relative clause as its subject (tense.tsv boundary words of tense onward, and the
    complement "that"), ending where a marker starts: "a bill that would require"."""
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(sorted(relative_openers()))})\s+\Z")


@functools.lru_cache(maxsize=None)
def headline_future() -> re.Pattern:
    """A verb after "to" that tells, in a headline, what is to happen (tense.tsv kind headline): "founder to face"."""
    return _whole_words(_kind_words("headline"))


@functools.lru_cache(maxsize=None)
def space_and_determiner() -> re.Pattern:
    """White space, maybe with a determiner after it (tense.tsv kind determiner), up to a word that opens a noun
    phrase: "that[ the ]Sunday meeting"."""
    return re.compile(rf"\s+(?:(?:{_kind_trie('determiner')})\s+)?")


@functools.lru_cache(maxsize=None)
def reported_subject_opening(most: int = 4) -> re.Pattern:
    """A verb of saying (tense.tsv kind reporting), maybe "that", and the opening of the subject of the clause it
    reports, a determiner or a word of quantity (kind reported_quantity) and a few words (at most ``most``), up to where
    a date in that subject starts: "said their home game on", "said further stoppages over the"; a quotation mark may
    open before the date or a word before it, the words quoted being the speaker's ('said the phone ships "before the
    end of April"'); a sum with its currency's prefix is one word ("said an equity raising of up to A$50 million
    before")."""
    reporting = _kind_trie("reporting")
    openers = trie_regex(_kind_words("determiner") + _kind_words("reported_quantity"))
    return re.compile(rf"(?:{reporting})\s+(?:that\s+)?(?:{openers})"
                      rf"(?:\s+[\"\u201c]?(?:[a-z]{{0,3}}[$\u00a3\u20ac])?[a-z0-9'\u2019-]+){{1,{most}}}"
                      rf"\s+[\"\u201c]?\Z")


@functools.lru_cache(maxsize=None)
def said_on_a_day_before() -> re.Pattern:
    """A verb of saying or reporting (tense.tsv kinds reporting, announcing, aside_saying), maybe "on", ending where
    the day it was said on starts: "said on " Monday, "reported " Tuesday: a day of a telling."""
    verbs = trie_regex(_kind_words("reporting") + _kind_words("announcing") + _kind_words("aside_saying"))
    return re.compile(rf"(?<![a-z-])(?:{verbs})\s+(?:on\s+)?\Z")


@functools.lru_cache(maxsize=None)
def reported_date_subject_opening() -> re.Pattern:
    """A verb of saying (tense.tsv kind reporting) and maybe "that", up to where a date that is itself the subject of
    the clause it reports starts: "said" in "said December would be a strong month" (whether the date is that subject,
    its clause's verb right after it tells: "said Monday that" is the day of saying)."""
    return re.compile(rf"(?:{_kind_trie('reporting')})\s+(?:that\s+)?\Z")


@functools.lru_cache(maxsize=None)
def reported_subject_before() -> re.Pattern:
    """A verb of saying (tense.tsv kind reporting), maybe the weekday it was said on, maybe "that", and the subject of
    the clause it reports (a pronoun of kind subject, or a determiner and a noun phrase of up to four words), ending
    where that clause's verb starts: "said it had", "said on Monday he was hoping to" (the day dates the saying, not
    the clause reported), "said its order book for yarn was full until March"."""
    reporting = _kind_trie("reporting")
    pronouns = _one_word_subjects()
    determiners = _kind_trie("determiner")
    said_on = trie_regex([w for w, (_, ambiguous, short) in weekdays().items() if not ambiguous and not short])
    return re.compile(rf"(?<![a-z-])(?:{reporting})(?:\s+(?:on\s+)?(?:{said_on}))?\s+(?:that\s+)?"
                      rf"(?:(?:{pronouns})|(?:{determiners})(?:\s+[a-z-]+){{1,4}})\s+\Z")


@functools.lru_cache(maxsize=None)
def reported_present() -> re.Pattern:
    """A verb of saying (tense.tsv kind reporting), maybe "that", the subject of the clause it reports, if any, and
    that clause's verb in the present (kind reported_present): "said there is", "said it has".  A comma and a
    coordinator (kind coordinator) open such a clause too, set against a past one before it ("helped a lot in the
    spring, but there is not much left in the budget for the fourth quarter")."""
    reporting, coordinators = _kind_trie("reporting"), _kind_trie("coordinator")
    pronouns = _one_word_subjects()
    determiners = _kind_trie("determiner")
    subject = rf"(?:(?:{pronouns})\s+|(?:{determiners})\s+[a-z-]+\s+)?"
    present = _kind_trie("reported_present")
    return re.compile(rf"(?:(?<![a-z-])(?:{reporting})\s+(?:that\s+)?|,\s+(?:{coordinators})\s+){subject}"
                      rf"(?:{present})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def word_of_kind(kind: str) -> re.Pattern:
    """A whole word of a tense.tsv kind, searched for anywhere (kind reported_line: "revenue" in "expect the brewer's
    revenue to grow")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie(kind)})(?![a-z-])")


@functools.lru_cache(maxsize=1)
def period_owner() -> re.Pattern:
    """The owner's word, if any, before a fiscal period that opens its own telling (tense.tsv kind owner:
    "its" in "its fiscal second quarter, which ended Jan. 31")."""
    return re.compile(rf"(?:(?:{_kind_trie('owner')})\s+)?")


@functools.lru_cache(maxsize=1)
def yearly_occasion_told_in_the_present() -> re.Pattern:
    """A noun of an occasion held each year (tense.tsv kind yearly_occasion) right after the month that qualifies it,
    then a relative clause (opened by a word of kind occasion_relative) whose verb is in the present simple's third
    person singular, matched where the month ends: "the late-January festival that opens a second wedding window"
    tells what the festival does each year."""
    occasions, relative = _kind_trie("yearly_occasion"), _kind_trie("occasion_relative")
    return re.compile(rf"[ -](?:{occasions})s?,?\s+(?:{relative})\s+{AN_LY_ADVERB}[a-z]{{2,}}[^s'\u2019\s]s\s")


@functools.lru_cache(maxsize=1)
def scatter_stop() -> re.Pattern:
    """What a date without its year does not take the year named later in its sentence across (connectors.tsv kind
    scatter): a clause's stop, a word of tense.tsv kind scatter_stop ("than": the year after it is the base a
    comparison sets the period against, "higher than what we charged in 2024"), or a coordinator of kind
    scatter_stop_join before "to" and a verb, a second infinitive whose deed has a time of its own ("to add routes
    before the Lunar New Year and to open a warehouse in 2026")."""
    return re.compile(rf"[.!?;,]|(?<![a-z])(?:{_kind_trie('scatter_stop')})(?![a-z])"
                      rf"|(?<![a-z])(?:{_kind_trie('scatter_stop_join')})\s+to\s+[a-z]")


@functools.lru_cache(maxsize=1)
def holiday_owner_before() -> re.Pattern:
    """Whose a holiday is, matched on the text as written where the holiday's name starts: a possessive ("China's",
    "Hong Kong's", a tense.tsv owner's word before a common noun: "the country's") or a people named in capitals,
    maybe after an owner's word ("the Chinese").  Such words between a connector and the holiday leave it the
    connector's ("racing to ship before China's Golden Week holiday" waits for it as "before the Golden Week
    holiday" does)."""
    # (a name's word holds a full stop only as an initial, "U.S.": "in Hong Kong. Singles' Day" is another sentence)
    owners, mark, name = _kind_trie("owner"), "['\u2019]s", r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*)"
    return re.compile(rf"(?<![\w'\u2019.-])(?:(?i:{owners})[ \t]+[a-z]+{mark}|(?:(?i:{owners})[ \t]+)?"
                      rf"(?:{name}[ \t]+){{0,2}}{name}(?:{mark})?)[ \t]+\Z")


@functools.lru_cache(maxsize=None)
def word_of_kind_after(kind: str) -> re.Pattern:
    """A word of a tense.tsv kind right after a verb: a determiner opens its object ("passed the committee"), a
    link may stand between it and its date ("set in"), an agent names who did it ("brought by regulators")."""
    return re.compile(rf"\s+(?:{trie_regex(_kind_words(kind))})\s")


@functools.lru_cache(maxsize=None)
def night_end_before() -> re.Pattern:
    """A verb of tense.tsv kind night_end, a few words of its object, and the word that ties it to a clock time
    (kind night_end_tie: "finished at", "served out the match at "); an approximation ("at about 2 a.m.") is part
    of the clock time found, so it never stands between."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('night_end')})\s+(?:[a-z'-]+\s+){{0,3}}?"
                      rf"(?:{_kind_trie('night_end_tie')})\s+\Z")


@functools.lru_cache(maxsize=None)
def season_after_told() -> re.Pattern:
    """The word before a season that makes it the one just gone, its article and at most three words of what the
    season was like (tense.tsv kinds season_after, season_after_article: "after a hot, dry "), matched in lower case
    up to the season.  No preposition of prepositions.tsv among those words: the season is then that preposition's,
    in a clause "after" opens ("after a ceasefire held through the winter" tells the winter the truce lasted)."""
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('season_after')})\s+(?:{_kind_trie('season_after_article')})\s+"
                      rf"(?:(?!(?:{_preposition_trie()})(?![a-z-]))[a-z-]+,?\s+){{0,3}}\Z")


@functools.lru_cache(maxsize=None)
def month_after_told() -> re.Pattern:
    """"after", its article, one to three words of a happening and the preposition that dates it by a month (tense.tsv
    kinds season_after, season_after_article, month_after_in: "after a quarter-point cut in "), matched in lower case
    up to the month; no preposition of prepositions.tsv among those words, as in season_after_told."""
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('season_after')})\s+(?:{_kind_trie('season_after_article')})\s+"
                      rf"(?:(?!(?:{_preposition_trie()})(?![a-z-]))[a-z0-9-]+,?\s+){{1,3}}"
                      rf"(?:{_kind_trie('month_after_in')})\s+\Z")


@functools.lru_cache(maxsize=None)
def forecast_told_after() -> re.Pattern:
    """A comma and the words after it that tell the clause before was a forecast (tense.tsv kind forecast_after:
    ", at least that's our forecast")."""
    return re.compile(rf",\s+(?:at\s+least\s+|or\s+)?(?:{_kind_trie('forecast_after')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def determiner_prefix_right_before() -> re.Pattern:
    """A prefix word of prefixes.tsv role det and the space after it, searched up to where a date starts ("the " in
    "the 2024/25 season"): the determiner of the noun the date and a noun after it make one expression of."""
    words = [word for word, (role, _) in prefix_words().items() if role == "det"]
    return re.compile(rf"(?<![a-z-])(?:{trie_regex(words)})\s+\Z")


@functools.lru_cache(maxsize=None)
def told_right_after(kind: str) -> re.Pattern:
    """Words of a tense.tsv kind right after a date, as whole words: limit_after makes it the earliest or latest time
    a thing may happen ("in the second quarter at the earliest"), unfinished_after tells in the present that a period
    is not over yet ("before the summer is out"), period_end is the verb of a timetable that ends the period right
    before it ("fiscal 2026 ends")."""
    if kind == "limit_after":
        return re.compile(rf"\s+{_a_limit()}")
    return kind_right_after(kind)


@functools.lru_cache(maxsize=None)
def _a_limit() -> str:
    """Words of tense.tsv kind limit_after as whole words, no noun of kind limit_noun right after them: "at the
    earliest opportunity" sets no limit on a time."""
    return rf"(?:{_kind_trie('limit_after')})(?![a-z-])(?!\s+(?:{_kind_trie('limit_noun')})(?![a-z-]))"


@functools.lru_cache(maxsize=None)
def limit_after_its_noun(bare: bool = False) -> re.Pattern:
    """The rest of a noun a date qualifies, maybe hyphened to it, and words of tense.tsv kind limit_after right after
    that noun: the limit is set on the happening the noun names, so on its date.  After an article, one word
    ("-season question at the earliest" in "a Christmas-season question at the earliest"); ``bare``, with no article,
    one or two ("listing talks at the earliest" in "sees Diwali listing talks at the earliest"), neither a preposition
    or a coordinator, which would open a phrase or clause of its own ("2019 and left at the earliest chance")."""
    closed = rf"(?!(?:{_preposition_trie()}|{_kind_trie('coordinator')})\s)" if bare else ""
    return re.compile(rf"(?:-[a-z]+)?(?:\s+{closed}[a-z]+){{1,{2 if bare else 1}}}\s+{_a_limit()}")


@functools.lru_cache(maxsize=None)
def preposition_right_before() -> re.Pattern:
    """A preposition of prepositions.tsv and the space after it, searched up to where a date starts ("in 2019"): the
    date is then that preposition's object, no word qualifying a noun after it."""
    return re.compile(rf"(?<![a-z-])(?:{_preposition_trie()})\s+\Z")


@functools.lru_cache(maxsize=None)
def kind_gap(kind: str) -> re.Pattern:
    """A word of a tense.tsv kind as a whole gap between two things, spaces around it: report_day_preposition between
    a stretch told by its end and the date of its report right after it ("for the year to March 31 in May"),
    runs_on_from between a participle and the date it runs on from ("policies sold from May")."""
    return re.compile(rf"\s+(?:{_kind_trie(kind)})\s+")


@functools.lru_cache(maxsize=None)
def with_phrase_before() -> re.Pattern:
    """A phrase set off by a comma and "with" up to a date in it, no verb of its own, maybe opened by an article of
    tense.tsv kind with_article ("2027, with a much weaker first half"), searched up to where the date starts; up to
    three words of its own before the date ("with its biggest gains in the second half").  It opens at its comma, no
    further back: words before it would make a search try each start of a long stretch again."""
    return re.compile(rf",\s+with\s+(?:(?:{_kind_trie('with_article')})\s+)?(?:[a-z-]+\s+){{0,3}}\Z")


@functools.lru_cache(maxsize=None)
def maturity_year() -> re.Pattern:
    """A debt's year of maturity right after its word, maybe after a preposition of tense.tsv kind maturity_preposition
    ("maturing in 2036", "due March 2029"), maybe with its month and day."""
    return re.compile(rf"(?:(?:{_kind_trie('maturity_preposition')})\s+)?(?:[a-z]+\.?\s+)?"
                      rf"(?:\d{{1,2}},?\s+)?\d{{4}}(?!\d)")


@functools.lru_cache(maxsize=None)
def maturity_to_next_date() -> re.Pattern:
    """What may stand between a debt's year and a date told right after it: spaces and maybe a preposition of tense.tsv
    kind maturity_next_link (" on ", " ")."""
    return re.compile(rf"\s+(?:{_kind_trie('maturity_next_link')})?\s*")


@functools.lru_cache(maxsize=None)
def told_after_an_object(kind: str) -> re.Pattern:
    """Words of a tense.tsv kind right after a marker of the future, or after the marker's object of up to four words
    with no punctuation, matched where the marker ends: kind perfect_infinitive, "expect cloud revenue to have grown";
    kind report_verb, "expect the company to report"."""
    return re.compile(rf"(?:\s+[a-z0-9'\u2019&-]+){{0,4}}?\s+(?:{_kind_trie(kind)})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def awaited_clause_before() -> re.Pattern:
    """A word opening a clause of time (tense.tsv kind awaited_clause), a determiner or an owner's word, up to two more
    words of the subject (group subject), a verb in "-s" (not one of kind awaited_not_verb) and maybe the date's
    preposition (kind awaited_preposition), ending where the search ends: "before the harvest peaks in ".  The simple
    present of such a clause tells a time awaited, so a month named in it is the coming one, whatever the tense of the
    clause it hangs on."""
    openers = trie_regex(words_of_kinds("determiner", "owner"))
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('awaited_clause')})\s+"
                      rf"(?P<subject>(?:{openers})\s+(?:[a-z'-]+\s+){{0,2}})"
                      rf"(?!(?:{_kind_trie('awaited_not_verb')})\s)[a-z]+[^s\W]s\s+"
                      rf"(?:(?:{_kind_trie('awaited_preposition')})\s+)?$")


@functools.lru_cache(maxsize=None)
def measured_stretch_before() -> re.Pattern:
    """A superlative or an ordinal (tense.tsv kind record_stretch) up to three words before a bare "in" that ends
    where the search ends ("the fastest pace in"): the count after it is the stretch a record is measured over."""
    return re.compile(rf"(?<![a-z])(?:{_kind_trie('record_stretch')})(?:\s+[a-z'-]+){{0,3}}\s+in\s+$")


@functools.lru_cache(maxsize=None)
def backshifted_plans() -> dict[str, str]:
    """Plans or hopes told in the past progressive -> the tense they read in when a verb of saying reports them
    (tense.tsv kind backshifted_plan: "said it was looking to list the unit in March" is the speaker's "is")."""
    return {squash(r["word"]): r["tense"] for r in _rows("tense.tsv") if r["kind"] == "backshifted_plan"}


@functools.lru_cache(maxsize=None)
def hope_words() -> frozenset[str]:
    """Markers of the future or of a plan that tell a hope, which the past perfect leaves in the past (tense.tsv
    kind hope: "had been hoping to")."""
    return words_of_kinds("hope")


@functools.lru_cache(maxsize=None)
def intention_words() -> frozenset[str]:
    """Markers of the future that tell an intention, which has no report to wait for (tense.tsv kind intention:
    "plan to")."""
    return words_of_kinds("intention")


@functools.lru_cache(maxsize=None)
def figures_expected_words() -> frozenset[str]:
    """Markers of the future that forecast figures (tense.tsv kind expects_figures: "expects sales of")."""
    return words_of_kinds("expects_figures")


@functools.lru_cache(maxsize=None)
def report_verb_after() -> re.Pattern:
    """A verb of reporting a period's results right after a word of intention (tense.tsv kind report_verb: "plans
    to report")."""
    return re.compile(rf"\s+(?:{_kind_trie('report_verb')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def yearly_figure_word() -> re.Pattern:
    """A word that names a figure as a whole year's (tense.tsv kind yearly_figure: "full-year sales", "its annual
    revenue"); one before a noun of a forecast (kind forecast_noun: "ahead of its annual guidance") names the
    forecast, no figure."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('yearly_figure')})(?![a-z-])"
                      rf"(?!\s+(?:[a-z-]+\s+)?(?:{_kind_trie('forecast_noun')})(?![a-z-]))")


@functools.lru_cache(maxsize=None)
def happening_verb_after() -> re.Pattern:
    """A verb of a happening that has no results to report, right after a marker of the future, maybe with "to"
    between (tense.tsv kind happening_verb: "will begin", "expects to launch")."""
    return re.compile(rf"\s+(?:to\s+)?(?:{_kind_trie('happening_verb')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def release_of_no_report_after() -> re.Pattern:
    """A verb that may release a product or a report, right after a marker of the future, maybe with "to" between,
    and the words after it up to the date, none a word of a report (tense.tsv kinds release_verb and report_object:
    "would release its first game in", not "will release figures for"); matched in full up to the date."""
    return re.compile(rf"\s+(?:to\s+)?(?:{_kind_trie('release_verb')})(?![a-z-])"
                      rf"(?:(?!(?<![a-z-])(?:{_kind_trie('report_object')})(?![a-z-])).)*", re.S)


@functools.lru_cache(maxsize=None)
def report_object_after() -> re.Pattern:
    """A word of a report (tense.tsv kind report_object) a date qualifies, right after it or a word after it ("its
    September-quarter results", "the fourth-quarter earnings figures")."""
    return re.compile(rf"(?:\s+[a-z-]+)?\s+(?:{_kind_trie('report_object')})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def happening_verbs() -> frozenset[str]:
    """Verbs of a happening that has no results to report (tense.tsv kind happening_verb), some of them markers of the
    future themselves ("go on sale")."""
    return words_of_kinds("happening_verb")


@functools.lru_cache(maxsize=None)
def report_verb_past() -> re.Pattern:
    """A verb of reporting a period's results in the past (tense.tsv kind report_verb, with its ending: "reported",
    "posted")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('report_verb')})e?d(?![a-z-])")


@functools.lru_cache(maxsize=None)
def condition_before() -> re.Pattern:
    """A word of condition opening the clause that runs up to where the search ends (tense.tsv kind conditional:
    "if the scheme had not been sanctioned by"); a point or comma inside a number ends no clause ("if we have taken off
    6,000 tonnes by")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('conditional')})\s(?:[^,.;:!?]|(?<=\d)[.,](?=\d))*\Z")


@functools.lru_cache(maxsize=None)
def condition_between() -> re.Pattern:
    """A word of condition (tense.tsv kind conditional) anywhere in the stretch searched: after a date, it opens a
    condition whose verbs tell its own tense, not the date's ("could stretch into August if the yard had to wait")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('conditional')})\s")


@functools.lru_cache(maxsize=None)
def counterfactual() -> re.Pattern:
    """A modal perfect, which tells of what did not happen (tense.tsv kind counterfactual: "would have")."""
    return _whole_words(_kind_words("counterfactual"))


@functools.lru_cache(maxsize=None)
def hypothetical_modal() -> re.Pattern:
    """A modal of what would follow a condition (tense.tsv kind hypothetical: "would"), not the modal of a modal perfect
    (kind counterfactual: "would have"), which tells of what did not happen."""
    perfect = trie_regex({w.rsplit(" ", 1)[1] for w in _kind_words("counterfactual") if " " in w})
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('hypothetical')})\s+(?!(?:{perfect})\b)")


@functools.lru_cache(maxsize=None)
def past_frame_opening() -> re.Pattern:
    """Words that open a sentence, up to its first comma, and set it in a time gone: matched at the sentence's start.
    Kind past_frame needs no more ("under the old scheme,"); kind past_frame_year only with a year before the year of
    writing, its group "year" ("until 2020,"), which the caller checks; kind past_frame_event only with a happening (its
    group "happening", which the caller checks is no date) named in
    at most three words and no verb of the present ("before the reform,"; not "before the reform takes effect,":
    a word in -s after the first, save -ss, -us, -is, may be such a verb, and after a first word in -s, a plural, any
    word may be one: "before the tariffs kick in,"; not after an owner's "'s": "before the Fed's decision,") nor a
    word placing it ahead (kind frame_ahead: "before the vote next week,", "before the merger is completed,")."""
    word = r"\s+[a-z0-9'-]+"
    no_present_verb = rf"{word}(?<![a-hj-rtv-z0-9']s)"     # (no word in -s, save -ss, -us, -is)
    owner = r"\s+[a-z0-9-]+'s"
    nothing_ahead = rf"(?!(?:{word}){{0,2}}\s+(?:{_kind_trie('frame_ahead')})(?![a-z0-9'-]))"
    happening = rf"(?:(?:{no_present_verb}|{owner})(?:{no_present_verb}){{0,2}}|{word})"
    return re.compile(rf"\s*[\"'\u201c\u2018]?(?:(?:{_kind_trie('past_frame')})(?![a-z-])[^,.;]{{0,60}}"
                      rf"|(?:{_kind_trie('past_frame_event')}){nothing_ahead}(?P<happening>{happening})"
                      rf"|(?:{_kind_trie('past_frame_year')})\s+(?P<year>(?:19|20)\d\d)),")


@functools.lru_cache(maxsize=None)
def if_as_whether_before() -> re.Pattern:
    """A word right before where the search ends that makes the word of condition after it ask "whether" or concede
    (tense.tsv kind if_as_whether: "would not say ", "even ")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('if_as_whether')})\s+\Z")


@functools.lru_cache(maxsize=None)
def relative_clause_open() -> re.Pattern:
    """A noun in apposition to the clause before it, after a comma, and a relative clause on it opened by a word of
    tense.tsv boundary of tense onward or the complement "that", still open where the search ends (", a deal that was
    completed in "): it sums up what its sentence told before and tells what came of it (a bare ", which" may
    qualify the last noun only: "the festival, which ran from October 14")."""
    openers = trie_regex(sorted(onward_openers() | set(_kind_words("complement"))))
    return re.compile(rf",\s+(?:[a-z-]+\s+){{1,2}}(?:{openers})\s[^,.;:!?\"()]*\Z")


@functools.lru_cache(maxsize=1)
def _onward_trie() -> str:
    """The relative pronouns of tense onward as one alternation, shared by the patterns that find their clauses."""
    return trie_regex(sorted(onward_openers()))


@functools.lru_cache(maxsize=None)
def relative_clause_after() -> re.Pattern:
    """A relative clause set off by a comma (tense.tsv boundary words of tense onward), searched after a date: it
    tells of the noun before it, not of the date ("a wet September and the monsoon, which normally retreats by")."""
    return re.compile(rf",\s+(?:{_onward_trie()})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def restrictive_relative_before() -> re.Pattern:
    """A relative clause with no comma before its pronoun (tense.tsv boundary words of tense onward: "who", "which"),
    still open where the search ends, no comma or stop since: "boat owners who keep their crews on through "."""
    return re.compile(rf"[a-z0-9]\s+(?:{_onward_trie()})\s[^,.;:!?\"()]*\Z")


@functools.lru_cache(maxsize=None)
def relative_aside_before() -> re.Pattern:
    """A relative clause set off by commas after its noun (tense.tsv boundary words of tense onward), ending where a
    verb starts ("the stock exchange, which cancelled trading on Tuesday, reopened"): the verb is the main clause's,
    whose subject is that noun, so a word ending tells a verb in the past, not a participle."""
    return re.compile(rf"[a-z0-9],\s+(?:{_onward_trie()})\s[^,.;:!?\"()]*,\s+\Z")


@functools.lru_cache(maxsize=None)
def named_subject_before() -> re.Pattern:
    """A word that opens a clause (tense.tsv kinds boundary and complement) and a name of one or two words, ending
    where a verb starts ("that Beijing extended"; on the text as written, whose capitals tell a name): the name is the
    verb's subject, so a word ending tells a verb in the past, not a participle."""
    openers = trie_regex(_kind_words("boundary") + _kind_words("complement"))
    name = _LETTERED_NAME
    return re.compile(rf"(?<![A-Za-z-])(?i:{openers})\s+{name}(?:\s+{name})?\s+\Z")


@functools.lru_cache(maxsize=None)
def coordinated_subject_before() -> re.Pattern:
    """A comma, a coordinator and a pronoun subject (tense.tsv kinds coordinator and subject), ending where the verb
    of the clause they open starts (", and they cut")."""
    words = _kind_trie("coordinator")
    subjects = _kind_trie("subject")
    return re.compile(rf"[,;]\s*(?:{words})\s+(?:{subjects})\s+\Z")


@functools.lru_cache(maxsize=None)
def subject_before() -> re.Pattern:
    """A pronoun that is a verb's subject, or a past auxiliary of the passive, ending where the verb starts ("it
    committed", "was expanded"; tense.tsv kinds subject and passive)."""
    subjects = trie_regex(_kind_words("subject") + _kind_words("passive"))
    return re.compile(rf"(?<![a-z-])(?:{subjects})\s+\Z")


@functools.lru_cache(maxsize=None)
def own_subject_clause_before() -> re.Pattern:
    """A pronoun subject or a past auxiliary of the passive (tense.tsv kinds subject and passive), its verb, up to two
    words more and the link preposition of a date (kind link), ending where the date starts ("the tranche it sold
    in", "when it posts results in"); or a figure and the participle that tells when it was told (kind figure_set:
    "£400m given in"): the date is of that clause's own happening."""
    subjects = trie_regex(_kind_words("subject") + _kind_words("passive"))
    link = _kind_trie('link')
    return re.compile(rf"(?<![a-z-])(?:(?:{subjects})\s+[a-z]+(?:\s+[a-z]+){{0,2}}"
                      rf"|{_FIGURE_WORDS}\s+(?:{_kind_trie('figure_set')}))\s+(?:{link})\s+\Z")


@functools.lru_cache(maxsize=None)
def named_owner_opening() -> re.Pattern:
    """A sentence's subject when it is a name of up to four capitalised words (captured as (?P<name>...), an owner's
    's aside), maybe after a few words that say what it is and end in lower case (captured as (?P<lead>...): "Zara
    owner Inditex", "Its rival Osaka Biolabs"), up to the lower-case word after it, its verb.  A lead holding a
    preposition (prepositions.tsv, tense.tsv kind link) or a title (story/person_titles.tsv before=yes) names no
    company ("Analysts at Citi expect", "Chief executive Ana Ruiz said"): see :func:`owner_lead_blocked`."""
    name = rf"{_LETTERED_NAME}(?:[^\S\n]+{_LETTERED_NAME}){{0,3}}"
    return re.compile(rf"[\"'\u201c\u2018]*(?P<lead>(?:[A-Za-z'\u2019-]+[^\S\n]+){{0,2}}[a-z][a-z'\u2019-]*[^\S\n]+)?"
                      rf"(?P<name>{name}?)(?:['\u2019]s)?[^\S\n]+[a-z]")


@functools.lru_cache(maxsize=None)
def owner_lead_blocked() -> re.Pattern:
    """A word that keeps the name after it from being its sentence's subject: a preposition (prepositions.tsv,
    tense.tsv kind link: "Analysts at Citi") or a person's title (story/person_titles.tsv before=yes: "Chief
    executive Ana Ruiz"), whole words, case ignored."""
    titles = trie_regex(r["title"] for r in load_table("story/person_titles.tsv") if r["before"] == "yes")
    return re.compile(rf"(?i)(?<![a-z-])(?:{preposition_or_kind_trie('link')}|{titles})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def fiscal_conventions() -> tuple[tuple[str, int], ...]:
    """(company name, last month of its fiscal year), the default row last under the name ''."""
    rows = _rows("fiscal.tsv")
    named = tuple((r["name"], int(r["end_month"])) for r in rows if r["name"] != "default")
    default = next(int(r["end_month"]) for r in rows if r["name"] == "default")
    return named + (("", default),)


@functools.lru_cache(maxsize=None)
def fiscal_markets() -> frozenset[str]:
    """The fiscal.tsv names of a market or its money (market=yes), whose calendar is only its companies' custom."""
    return frozenset(r["name"] for r in _rows("fiscal.tsv") if r["market"] == "yes")


@functools.lru_cache(maxsize=None)
def fiscal_name(name: str) -> tuple[re.Pattern, re.Pattern | None]:
    """A fiscal.tsv name as the proper name it is (whole words, case as written), and for a name that is also a common
    word, what after it makes it a name wherever it stands: an owner's 's, an organisation's suffix
    (story/org_suffixes.tsv) or a title (story/person_titles.tsv before=yes): "Target Corp", "Apple CEO Tim Cook".
    Such a name is no part of a longer capitalised name ("Target Hospitality") otherwise."""
    common = next(r["common_word"] == "yes" for r in _rows("fiscal.tsv") if r["name"] == name)
    bounded = rf"(?<![\w&-]){re.escape(name)}(?!\w)"
    if not common:
        return re.compile(bounded), None
    suffixes = trie_regex(org_suffixes())
    titles = trie_regex(r["title"] for r in load_table("story/person_titles.tsv") if r["before"] == "yes")
    named = rf"(?:['\u2019]s(?!\w)|[^\S\n]+(?:(?:{suffixes})|(?i:{titles}))(?![\w-]))"
    return re.compile(rf"{bounded}(?:(?={named})|(?![^\S\n]+[A-Z]))"), re.compile(named)


@functools.lru_cache(maxsize=None)
def name_list_join() -> str:
    """What joins two names in a list, with the white space around it (name_lists.tsv: "Alibaba, Xiaomi"), as a
    regex."""
    words = (rf"\b{re.escape(r['word'])}\b" if r["word"].isalpha() else re.escape(r["word"])
             for r in _rows("name_lists.tsv"))
    return rf"\s*(?:{'|'.join(words)})\s*"


@functools.lru_cache(maxsize=None)
def titled_moves() -> re.Pattern:
    """A verb of moving and an object with a title in quotes, up to the "from" of the old date, or an object and an
    aside up to the "for" or "on" of the old date (titled_moves.tsv)."""
    return _any_of(row["before"] for row in _rows("titled_moves.tsv"))


@functools.lru_cache(maxsize=None)
def _labels_ahead() -> str:
    """The labels of labels_ahead.tsv as one alternation, read once for the label before a colon and the heading."""
    return _any_of(r["label"] for r in _rows("labels_ahead.tsv")).pattern


@functools.lru_cache(maxsize=None)
def label_ahead() -> re.Pattern:
    """A label that opens a sentence before a colon and looks ahead ("Key dates ahead:", labels_ahead.tsv)."""
    return re.compile(rf"[\s{BULLET_MARKS}{LIST_DASHES}]*(?:{_labels_ahead()})\s*:")


@functools.lru_cache(maxsize=None)
def heading_ahead() -> re.Pattern:
    """A label of labels_ahead.tsv that makes a heading line of its own without its colon ("What happens next" over
    a bulleted list of the steps to come), matched over the whole line."""
    return re.compile(rf"[ \t]*(?:{_labels_ahead()})[ \t]*")


@functools.lru_cache(maxsize=None)
def moved_plans() -> re.Pattern:
    """A verb of moving a plan and a long object, up to the "to" of the new time (moved_plans.tsv)."""
    return _any_of(row["before"] for row in _rows("moved_plans.tsv"))


@functools.lru_cache(maxsize=None)
def shared_year_gaps() -> re.Pattern:
    """What may stand between two coordinated dates that share the year named on the second (shared_years.tsv)."""
    return _any_of(row["between"] for row in _rows("shared_years.tsv"))


@functools.lru_cache(maxsize=None)
def sequel_words() -> re.Pattern:
    """A word that orders what follows after the period just told ("then"; sequels.tsv)."""
    return _whole_words(row["word"] for row in _rows("sequels.tsv"))


@functools.lru_cache(maxsize=None)
def calendar_bodies() -> re.Pattern:
    """Words of a body that counts by the calendar, an economy, a statistics office, an index (calendar_bodies.tsv):
    a quarter in their sentence is the calendar's, whatever fiscal year the story tells."""
    return _any_of(row["pattern"] for row in _rows("calendar_bodies.tsv"))


@functools.lru_cache(maxsize=None)
def reporting_year_words(year: str = "ended") -> re.Pattern:
    """A word that makes a year in its sentence a fiscal year (reporting_years.tsv): of a company's results or
    outlook for a year told by the day it ends (year "ended": "Revenue for the year to March 31"), or of a budget for
    a bare year split across two (year "split": "the 2026/27 budget"); year "statistic": an economy's measure, told
    before such a year, that keeps it its months ("Consumer prices rose 4.1 percent in the year to October")."""
    return _whole_words(_reporting_year_words_of(year))


def _reporting_year_words_of(year: str) -> list[str]:
    """The words of the rows of reporting_years.tsv whose year is ``year``."""
    return [row["word"] for row in _rows("reporting_years.tsv") if row["year"] == year]


@functools.lru_cache(maxsize=None)
def results_for_before() -> re.Pattern:
    """A word of a company's results (reporting_years.tsv, year ended) and the "for" that ties a date to it, searched
    up to where the date starts ("revenue for ", "profit for the "): the date names the period reported, not the
    time anything was said ("said revenue for 2025 rose 3% and that it would invest ... over the next five years"
    counts from now)."""
    words = trie_regex(_reporting_year_words_of("ended"))
    return re.compile(rf"(?<![a-z-])(?:{words})\s+for\s+(?:the\s+)?\Z")


@functools.lru_cache(maxsize=None)
def budget_year_ties() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): what makes a bare split year the year a budget is for (reporting_years.tsv, year split).
    ``before``, searched up to where the year starts: "for" after a budget word or after a sum of money, of a budget
    its clause names ("the budget for ", "a deficit of about $36 billion for "; a count is no sum: "expects 1.2
    million visitors for 2026-27" keeps its two years); ``after``, matched where the year ends:
    a budget word right after it, maybe past one word ("2026-27 budget", "2026/27 state budget").  A budget word
    elsewhere in the sentence names no year ("Parents on a tight budget say tuition for 2026-27 will rise")."""
    budget = trie_regex(row["word"] for row in _rows("reporting_years.tsv") if row["year"] == "split")
    before = re.compile(rf"(?:(?<![a-z-])(?:{budget})|(?<![\w.,]){sum_of_money()})\s+for\s+(?:the\s+)?\Z")
    after = re.compile(rf"(?:\s+[a-z]+)?\s+(?:{budget})(?![a-z-])")
    return before, after


@functools.lru_cache(maxsize=None)
def clause_break() -> re.Pattern:
    """What ends a clause inside a sentence: a semicolon or colon, or a word that opens another clause (tense.tsv
    kinds boundary, coordinator, conditional, contrast, clause_opening: "as enrolment ... fell"); a comma may set off
    a phrase of the same clause ("delivered her Budget on Wednesday, setting a deficit of £20bn for 2029-30")."""
    kinds = ("boundary", "coordinator", "conditional", "contrast", "clause_opening")
    return re.compile(rf"[;:]|(?<![a-z-])(?:{trie_regex(w for k in kinds for w in _kind_words(k))})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def year_total_before() -> re.Pattern:
    """Words right before "the year" that tell a payout bringing the year's total to a sum (tense.tsv kind
    year_total_before: "taking the total for"), searched up to where "the year" starts."""
    return kind_right_before("year_total_before")


@functools.lru_cache(maxsize=None)
def plan_periods() -> tuple[tuple[int, range, int, int, re.Pattern, re.Pattern, re.Pattern, re.Pattern], ...]:
    """(years, numbers, first year, ahead, after, others, restated, unless) of each run of plans numbered on without a
    gap in a plan_periods.tsv row: a state's numbered plans of a fixed count of years ("the 14th Five-Year Plan" is
    2021-2025)."""
    plans = []
    for row in _rows("plan_periods.tsv"):
        patterns = tuple(re.compile(row[column]) for column in ("after", "others", "restated", "unless"))
        for run, first in zip(row["numbers"].split(","), row["first"].split(","), strict=True):
            low, high = map(int, run.split("-"))
            plans.append((int(row["years"]), range(low, high + 1), int(first), int(row["ahead"]), *patterns))
    return tuple(plans)


@functools.lru_cache(maxsize=None)
def mod_before_the() -> tuple[re.Pattern, dict[str, str]]:
    """A mod of prefixes.tsv told before "the" and a name ("the end of the 15th Five-Year Plan period"): the pattern,
    ending where the name begins (group 1 the mod's words), and each mod's words' value."""
    mods = {word: value for word, (role, value) in prefix_words().items() if role in ("mod", "edge")}
    return re.compile(rf"(?:\bthe\s+)?\b({trie_regex(mods)})\s+the\s+\Z"), mods


@functools.lru_cache(maxsize=None)
def day_offsets() -> tuple[tuple[re.Pattern, int, re.Pattern, re.Pattern], ...]:
    """(between, sign, unless before, unless after) of each offsets.tsv row: how a count of days is told before or
    after the day it counts from ("a day before")."""
    return tuple((re.compile(row["between"]), int(row["sign"]), re.compile(row["unless"]),
                  re.compile(row["unless_after"])) for row in _rows("offsets.tsv"))


@functools.lru_cache(maxsize=None)
def event_endings() -> tuple[re.Pattern, str]:
    """(the longest ending a happening's word loses to leave its stem, the endings a word dating it may carry after
    that stem) of event_endings.tsv: "grounding" -> "ground", dated by "grounded"."""
    rows = _rows("event_endings.tsv")
    stripped = re.compile(rf"(?:{trie_regex(r['ending'] for r in rows if r['strip'] == 'yes')})\Z")
    return stripped, rf"(?:{trie_regex(r['ending'] for r in rows)})?"


@functools.lru_cache(maxsize=None)
def event_kin() -> dict[str, str]:
    """The regex of the other words that tell the happening a noun names, by the noun (event_kin.tsv: "murder" is
    dated by "shot ... on Oct. 23"); a noun on more than one row takes the kin of each."""
    kin: dict[str, str] = {}
    for row in _rows("event_kin.tsv"):
        kin[row["word"]] = f'{kin[row["word"]]}|{row["kin"]}' if row["word"] in kin else row["kin"]
    return kin


@functools.lru_cache(maxsize=None)
def event_days() -> tuple[tuple[str, int, int], ...]:
    """(name, years, days) of each event_days.tsv row: a day named from a happening ("the eve", "the first
    anniversary"), its name's {ordinal} left for the finder to fill."""
    return tuple((row["name"], int(row["years"]), int(row["days"])) for row in _rows("event_days.tsv"))


@functools.lru_cache(maxsize=None)
def event_noun_days() -> tuple[re.Pattern, ...]:
    """The pattern of each event_noun_days.tsv row: a day named by a happening's noun before "day" ("on budget day")."""
    return tuple(re.compile(row["pattern"]) for row in _rows("event_noun_days.tsv"))


@functools.lru_cache(maxsize=None)
def event_holiday_nouns() -> frozenset[str]:
    """The nouns of event_holiday_nouns.tsv: a happening's noun that stands for the holiday named before it."""
    return frozenset(row["word"] for row in _rows("event_holiday_nouns.tsv"))


@functools.lru_cache(maxsize=None)
def event_anchors() -> tuple[tuple[re.Pattern, int], ...]:
    """(between, sign) of each event_anchors.tsv row: how a count is told before or after a happening a noun or a
    name stands for ("the week after the grounding"), the noun captured as ``event``."""
    return tuple((re.compile(row["between"]), int(row["sign"])) for row in _rows("event_anchors.tsv"))


@functools.lru_cache(maxsize=None)
def fiscal_told() -> tuple[tuple[re.Pattern, int, str, tuple[str, ...]], ...]:
    """(regex with the month captured as ``month``, months from it to the fiscal year's last month, its reach, the
    words one of which the text must hold for the regex to run): how a text tells when its company's fiscal year
    begins or ends (fiscal_told.tsv)."""
    names = trie_regex(months())
    return tuple((re.compile(r["pattern"].replace("{month}", f"(?P<month>{names})")), int(r["shift"]), r["reach"],
                  tuple(r["needs"].split("|"))) for r in _rows("fiscal_told.tsv"))


@functools.lru_cache(maxsize=None)
def fiscal_told_needs() -> frozenset[str]:
    """Every word one of the rows of fiscal_told needs."""
    return frozenset(word for _, _, _, needs in fiscal_told() for word in needs)


@functools.lru_cache(maxsize=None)
def fiscal_told_of_halves() -> frozenset[re.Pattern]:
    """The regexes of fiscal_told (reach halves) whose standing fact tells the calendar of the report's halves
    only, not of every quarter it names."""
    return frozenset(pattern for pattern, _, reach, _ in fiscal_told() if reach == "halves")


@functools.lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    """number word -> value, for spoken years ("nineteen ninety-six"); vague counts left out."""
    return {r["word"]: int(r["value"]) for r in _rows("numbers.tsv") if r["value"].isdigit()}


# The most words of the noun a count of what remains is of ("30 cases", "two more board seats").
_REMAINING_NOUN_WORDS = 3


@functools.lru_cache(maxsize=None)
def count_of_what_remains() -> tuple[re.Pattern, re.Pattern]:
    """(a count of two or more and its noun, searched up to where a word of tense.tsv kind remaining starts; what may
    follow that word when it tells what remains: the clause's end, or a word of kind remaining_after, "to", "before",
    "until").  "30 cases left to decide" is a count of what remains; "one man left" or "left in March" may be a
    departure."""
    counts = trie_regex(word for word, value in number_words().items() if value >= 2)
    return (re.compile(rf"(?<![a-z0-9,.])(?:\d[\d,.]*|{counts})\s+(?:[a-z-]+\s+){{1,{_REMAINING_NOUN_WORDS}}}$"),
            re.compile(rf"\s*(?:[,.;:)]|$)|\s+(?:{_kind_trie('remaining_after')})\b"))


@functools.lru_cache(maxsize=None)
def century_words() -> dict[str, int]:
    """The number words a spoken year may begin with: the hundreds of a year, eleven to twenty
    ("nineteen ninety-six", "twenty twenty-five")."""
    return {word: value for word, value in number_words().items() if 11 <= value <= 20 and " " not in word}


# The highest day of an event counted in words ("day fifteen" of a trial); a larger number word after "day" is more
# often a count ("that day forty people were hurt").
LAST_EVENT_DAY_IN_WORDS = 15


@functools.lru_cache(maxsize=None)
def event_day_words() -> dict[str, int]:
    """The number words a day of an event is counted with ("day three" of a trial): one word up to
    LAST_EVENT_DAY_IN_WORDS, neither an article (tense.tsv kind determiner: "a") nor a noun counted with one
    ("a dozen", "a couple": numbers.tsv)."""
    words = number_words()
    articles = set(_kind_words("determiner"))
    return {word: value for word, value in words.items()
            if value <= LAST_EVENT_DAY_IN_WORDS and " " not in word and word not in articles
            and not any(f"{article} {word}" in words for article in articles)}


@functools.lru_cache(maxsize=None)
def day_ordinal_words() -> dict[str, int]:
    """The ordinal words a day of the month is told with once the month is known ("if we go out on the first"):
    the ordinals of ordinals.tsv up to 31."""
    return {r["word"]: int(r["value"]) for r in _rows("ordinals.tsv")
            if r["value"].isdigit() and int(r["value"]) <= _LAST_DAY_OF_A_MONTH}


# The highest day of a month (day_ordinal_words).
_LAST_DAY_OF_A_MONTH = 31


# placeholder of patterns.tsv -> the word table that fills it; the words of these tables start heads
WORD_BLOCKS = {
    "month": months, "weekday": weekdays, "unit": units, "season": seasons, "daypart": day_parts,
    "holiday": holidays, "deictic": deictic, "setword": set_words, "decadeword": decade_words,
}
# placeholders whose words only continue a head (or start one through patterns.tsv's head_start)
INNER_BLOCKS = {"numword": number_words, "centuryword": century_words, "dayword": event_day_words,
                "dayordinal": day_ordinal_words, "zone": zones, "era": eras}


def word_block(name: str) -> str:
    return trie_regex((WORD_BLOCKS.get(name) or INNER_BLOCKS[name])())


@functools.lru_cache(maxsize=None)
def history_heading() -> re.Pattern:
    """A heading over a list of what happened on this day in past years, at the start of a line up to its colon
    ("Also on this date:", history_lists.tsv kind heading)."""
    heads = _any_of(r["pattern"] for r in _rows("history_lists.tsv") if r["kind"] == "heading").pattern
    return re.compile(rf"[ \t{BULLET_MARKS}]*(?:{heads})[ \t]*:[ \t]*")


@functools.lru_cache(maxsize=None)
def history_entry() -> re.Pattern:
    """The words that open an entry of such a list up to its year ("In ", history_lists.tsv kind entry)."""
    entries = _any_of(r["pattern"] for r in _rows("history_lists.tsv") if r["kind"] == "entry").pattern
    return re.compile(rf"[ \t{BULLET_MARKS}{LIST_DASHES}]*(?:{entries})")


@functools.lru_cache(maxsize=None)
def plan_for_a_year_after() -> re.Pattern:
    """The noun of a plan or forecast made for a year (tense.tsv kinds plan_for_a_year and forecast_noun) right after
    that year, one word at most between ("2026 budget", "2026 spending plan"), matched from the year's end."""
    nouns = trie_regex(_kind_words("plan_for_a_year") + _kind_words("forecast_noun"))
    return re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{nouns})(?![a-z-])")


@functools.lru_cache(maxsize=None)
def readying_a_plan() -> re.Pattern:
    """A verb that readies a plan for a year (tense.tsv kind readying_a_plan), its stem with any ending ("approved",
    "tabled", "submitted")."""
    return re.compile(rf"(?<![a-z-])(?:{_kind_trie('readying_a_plan')})(?:s|es|d|ed|ted|ing)?(?![a-z-])")


@functools.lru_cache(maxsize=None)
def relative_openers() -> frozenset[str]:
    """The words that open a relative clause as its subject (tense.tsv boundary words of tense onward, and the
    complement "that")."""
    return frozenset(onward_openers() | set(_kind_words("complement")))


@functools.lru_cache(maxsize=None)
def relative_clause_still_open() -> re.Pattern:
    """A relative clause on a noun (a word of relative_openers after a word that is no coordinator, tense.tsv kinds
    boundary and complement), still open where the search ends, no stop of a clause since: "a retreat from the
    strategy that its founder championed from ".  Group ``opener`` is where it opens."""
    coordinators = _kind_trie("coordinator")
    return re.compile(rf"(?i)(?<![a-z'-])(?!(?:{coordinators})\s)[a-z][a-z'-]*[\"'\u201d]?\s+"
                      rf"(?P<opener>{trie_regex(sorted(relative_openers()))})\s[^,.;:!?()]*\Z")


@functools.lru_cache(maxsize=None)
def night_into() -> re.Pattern:
    """The words between "overnight" and the day it runs into (tense.tsv kind night_into: " into "), matched whole."""
    return re.compile(rf"\s+(?:{_kind_trie('night_into')})\s+")

"""From found expressions to table-level mentions: resolve each against the anchor, the tense of its
clause and the last date mentioned, then compose neighbours into one mention where the text makes one
("from October 2018 to December 2021", "since 2020", "by 2030", "November ... in 2020").

One engine for both outputs: every :class:`DateMention` keeps the TimeML expressions it is made of
(``timexes``), which is what :mod:`pipeline.dates.timex` writes.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from typing import NamedTuple

from pipeline.dates import DateMention, TimeML, _record, finder, lexicon, resolver
from pipeline.rules import load_table
from pipeline.sentences import (BULLET_OPENING, BULLETS, HEADING_WORDS, LABEL_OPENING, LIST_DASHES, LIST_ITEM_OR_DASH,
                                SentenceIndex, abbreviations_going_on_before_a_number, heading_over_list,
                                opens_an_entry)

# Expressions that set the reference for later anaphora ("a year earlier", "the following month"):
# placed dates, except those that are themselves counted from another date ("the latest quarter" is
# the report's own quarter again, and sets it).
_NOT_REFERENCES = frozenset(("direction", "yearshift"))
# The granularities of a reference under which a paragraph goes on in its past year (see _Reading._told_of): a
# day, week or month of it tells a story set then; so does a season, quarter or half, for the months in it that
# the paragraph tells in the past ("The summer of 2021 brought the broadest blows. On July 2, ..."), not for what
# it tells as going on ("the £59 million they paid in the summer of 2024. Villa must sell before the window closes
# on September 1") nor for a month out of it, where the story may have jumped ("Reyes pleaded guilty in the summer
# of 2024 ... He spent three days on the witness stand in May", of a trial that ended in June 2026)
_DAYS_TO_MONTHS = frozenset(("D", "W", "M"))
# How far after the day a paragraph told of the next paragraph's first day may fall and still go on with its story
_NARRATIVE_REACH_DAYS = 62
# How many of the last years named "that year" may look back over, past those told in the past perfect.
_YEARS_KEPT = 3
_PARTS_OF_A_YEAR = frozenset(("S", "Q", "H"))
# The granularities of a period whose results a sentence reports (see _Reading._said_after_the_period_told).
_REPORTED_PERIODS = frozenset(("M", "Q", "H", "Y"))
# A clause mark: the tense "the last decade" is read in stops at it ("Sales fell in the last decade, and prices have
# risen").
_CLAUSE_PUNCTUATION = re.compile(r"[;,:]")
# The word after an auxiliary, an adverb of manner before it ("has steadily grown").
_THE_WORD_AFTER = re.compile(r"(?:\s+[a-z]+ly\b)?\s*[a-z'-]*")
# What may stand between an auxiliary and its participle: a word or two, a negation or an adverb ("have not invested",
# "have also opened", "have each spent").
_BEFORE_THE_PARTICIPLE = re.compile(r"(?:\s+[a-z'-]+){0,2}\s+")
# What a date spread over its sentence does not reach across, and how far it reaches (characters).
_SCATTER_STOP = re.compile(r"[.!?;,]")
_SCATTER_REACH = 60
# How far before a reference the comma and coordinator of the clause it opens are looked for (", and in 2023").
_OPENER_REACH = 12
# The most words of a subject an aside may follow at the head of its sentence ("The last, in 2022, produced").
_SUBJECT_WORDS = 4
# How far before a date the word or two right before it are read ("45% on ", "is on ", "the "; characters).
_TWO_WORDS_BEFORE_REACH = 12
# How many words a noun a year qualifies may take before the preposition of a month of it ("the 2026 Hajj [in]").
_NOUN_GROUP_WORDS = 2
# How far on the next such weekday is from a weekday told on its own day.
_DAYS_IN_A_WEEK = 7
# A stop that ends a noun group ("the 2026 season, in").
_NOUN_GROUP_STOP = re.compile(r"[,.;:()\u2014]")
# How far before a day a price quoted in an aside is looked for (", at HK$1,234.50 on ").
_PRICE_QUOTED_REACH = 40
# How far before a day the word that opens a stretch from it may start ("beginning on "; characters).
_IN_FORCE_REACH = 16
# How far before a clock time the words of a plan told in the past may start ("had been due to lift off from Launch
# Complex 39A at 0632 UTC")
_PLAN_THEN_REACH = 60
# How far before a split year the budget word or sum it is "for" may start ("a deficit of 14.5 billion rupees for ")
_BUDGET_TIE_REACH = 48
# A percentage and the preposition of the day it stood at, ending where the day starts ("at about 45% on ").
_A_RATE_READ_ON = re.compile(r"\d%\s+on\s+\Z")
# A comma and at most one word before the base of a comparison ("40%, down from 65% on Thursday"), and how far back.
_BASE_SET_OFF = re.compile(r",\s+(?:[a-z]+\s+)?\Z")
_BASE_SET_OFF_REACH = 16
# A comma, semicolon or stop before a space: what follows it is a clause of its own, whose day is not the counted
# happening's; a comma inside a place's adjective ("the Portland, Oregon-based company") opens no clause.
_CLAUSE_MARK_OUTSIDE_A_PLACE = re.compile(r"[;.]\s|,\s(?![a-z.]+(?:\s[a-z.]+)?-based\b)")
# How far back a word right before an expression is looked for ("throughout "): a search bounded so, not from
# the text's start, keeps a long text linear
_WORD_BEFORE_REACH = 20
# Connector kinds that make a date a limit rather than a time the text moves to ("by 1992", "before
# 2020"): such a date does not become the reference of later anaphora ("the full year").
_BOUNDING_KINDS = {"deadline", "bound", "open"}
# Of those, the kinds a stretch runs to or from ("ran until midnight on Nov. 11"): a time merely before or after a
# clock time of a day ("leave shortly before midnight on Saturday, Dec. 13") is on that day, which the story moves to.
_STRETCH_LIMIT_KINDS = _BOUNDING_KINDS - {"bound"}
# "the period" alone, a report's period with no length of its own.
_THE_PERIOD = {"unit": "P", "det": True}
_A_COUNTED_STRETCH = {"unit", "plural", "det", "count"}    # "the three months", "the 12 weeks"
# "the weekend", as "ahead of the weekend" names it.
_THE_WEEKEND = {"unit": "WE", "det": True}
# "the month" alone, which a holiday a month long named before it in its sentence may stand for ("Ramadan began on
# Feb. 18, and orders peak in the last ten days of the month").
_THE_MONTH = {"unit": "M", "det": True}
# "the week", which the words of count_before (connectors.tsv) make the seven days up to a day: "the week before
# Easter".
_THE_WEEK = {"unit": "W", "det": True}
# The pronoun after those words that stands for the day its sentence told last, closing its clause: "the week before
# it." ("the week before it was announced" counts back from a happening, not from a day).
_IT_AFTER = re.compile(r"it(?=\s*(?:[.,;:!?)\]\"”]|\Z))")
# How far before a weekday counted back from the day "it" stands for its article may start ("the Tuesday before it").
_THE_REACH = 6
# "the day" before the words that count days back or on from a day (offsets.tsv): one day, "the day before Christmas".
_THE_DAY = {"unit": "D", "det": True}
# "the day" counted from a day names that one day even after a word that opens a stretch ("shut for the day after
# Mid-Autumn"): a stretch of it would be the same day.
_THE_ONE_DAY = dict(_THE_DAY, count=1)
# "the year"; "the current year" (not "this year", which a report of a fiscal year still uses of the calendar's).
_THE_YEAR = {"unit": "Y", "det": True}
_THE_CURRENT_YEAR = {"unit": "Y", "det": True, "shift": 0}
# How far before "the year" the words of a payout's total may start ("bringing the total for ").
_YEAR_TOTAL_REACH = 40
_A_YEAR_END = {"unit": "Y", "shift": 0, "mod": "END", "year_end": True}     # "year-end"
# How far back from a date its owner in the possessive may start ("the company's year-end").
_OWNER_REACH = 40
_THE_FISCAL_YEAR_KEYS = {"unit", "det", "fiscal", "fiscal_end"}     # "the fiscal year", its calendar told
# "last year"; "a year earlier", which counts back from the period told last; "a year ago", which counts back from
# the report's quarter when it dates a figure's level.
_LAST_YEAR = {"unit": "Y", "shift": -1}
_A_YEAR_EARLIER = {"unit": "Y", "direction": "earlier", "count": 1}
_A_YEAR_AGO = {"unit": "Y", "direction": "ago", "count": 1}
_A_MONTH_EARLIER = {"unit": "M", "direction": "earlier", "count": 1}
_A_WEEK_EARLIER = {"unit": "W", "direction": "earlier", "count": 1}
# A figure right after a date's possessive: "from last year's $1.55 billion".
_A_FIGURE_AFTER_ITS_POSSESSIVE = re.compile(r"(?:'s|\u2019s)\s+\S{0,3}\d")
# The periods shorter than a year whose figure a base "last year" is compared with: quarter, half, month.
_PERIODS_OF_A_REPORTED_FIGURE = ("Q", "H", "M")
# A quarter's or half's report comes out within the quarter after it: a day later than that is not its telling.
_A_REPORT_S_LAG = dt.timedelta(days=92)
# A digit, of a figure told in a sentence.
_A_DIGIT = re.compile(r"\d")
# A year of the calendar told by its number ("2019" in "Before the end of 2019,").
_A_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "the end of the year", a year's end that the tense of its clause may place a year back.
_THE_END_OF_THE_YEAR = {"unit": "Y", "det": True, "mod": "END"}
# A week in days: a weekday named alone is the last or the coming one, a week apart.
_WEEK_DAYS = 7
_A_COUNT_OF_UNITS = {"unit": None, "plural": None, "count": None}     # ("three years", the keys it may have)
# Connector kinds that place a date on the calendar whatever the rest of the sentence says.
_PLACING_KINDS = {"span", "open", "deadline", "bound"}
# The kinds that tell a holiday's place in a habit, not a year's holiday: what usually happens before or after it
# happens so every year ("We typically see cases climb after Thanksgiving").
_BOUNDS_OF_A_HABIT = {"bound"}
# The tenses of a clause a year gone it names may place in that year: the past, or none told.
_TOLD_IN_THE_PAST_OR_UNTOLD = ("past", "")
# A paragraph that ends a sentence (a text's lead is the first one after its first line).  Anchored at a line's
# start: unanchored, every place of a long line that ends no sentence rescans the rest of it.
_LEAD = re.compile(r"(?m)^[^\n]*[.!?\"\u201d\u2019](?=[ \t]*$)")
# A dateline's town in capitals and the comma before its region or country ("CERRO PACHON, Chile").
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]*)*,[ \t]+")
# How far before a fiscal period the name of the company whose fiscal year it is counts first (characters).
_FISCAL_NAME_REACH = 600
# A year and the date after it in its clause ("fiscal 2027 begins on April 1"): at most this many characters apart,
# with no stop between.
_YEAR_CLAUSE_REACH = 40
_CLAUSE_STOP = re.compile(r"[,;:.!?\n()]")
# How many days the day a side clause tells a quarter ended may lie from the last day of the quarter read (a 52- or
# 53-week quarter ends up to a week after or before its last month's end).
_QUARTER_END_SLACK_DAYS = 7
# How far after a fiscal period the text may tell when its fiscal year begins ("fiscal 2027, which began on Feb. 1").
_FISCAL_TOLD_AFTER = 80
# Days of a year: a twelve-month stretch that ends fewer than these after the article's date is under way.
_DAYS_IN_A_YEAR = resolver.DAYS_IN_A_YEAR
# A fiscal period that opens its own telling ("its fiscal second quarter, which ended Jan. 31"): only the owner's
# word (lexicon.period_owner) stands before the telling, and its calendar is nearer than any company named before.
_OWN_TELLING_AFTER = 8
# The parts that tell a date's year, or count it from another.
_YEAR_TOLD_PARTS = ("year", "yy", "year_of", "count", "shift", "yearshift", "ends_on")
# The hour the small hours after a night (finder.NIGHT) end at.
_SMALL_HOURS_END = 6
# How far before a clock time the verb that ends a happening is looked for (characters, _ends_its_night).
_NIGHT_END_REACH = 50
# The hour an evening starts: a clock time in the small hours right after one of the evening is of the next day.
_EVENING_START = 18
# The hour a morning ends: a clock time before it may be of a day told by its early part ("early on Saturday").
_NOON = 12
# How far before a date the base figure of a comparison may start ("from 145 billion yuan in ", characters).
_FIGURE_REACH = 50
# The words from a change foretold to the quarter it happens in: an adverb at most, then the preposition ("to recover
# strongly in "), no figure ("to grow 8% in ").
_WORDS_UP_TO_THE_DATE = re.compile(r"(?:\s+[a-z]+){1,2}\s+")
# How far before the space after a forecast's marker its words in the present may start ("are projected ",
# characters).
_FORECAST_PRESENT_REACH = 16
# How far ahead a forecast's target may lie for the base compared with it to be still to come (days).
_A_YEAR_AHEAD_DAYS = 366
# The month a programme's year across the turn of the year opens in ("the 2026-27 season": August 2026).
_SPLIT_YEAR_FIRST_MONTH = 8
# How far before a date its happening's "before" is looked for (characters).
_EVENT_BEFORE_REACH = 60
# How far before a day an opening bracket and a clock time in a zone may start ("(1817 GMT Saturday").
_ZONE_BRACKET_REACH = 40
# How far before a deadline the word of a condition it stands in may start ("if the scheme had not been sanctioned by").
_CONDITION_REACH = 80
# ... and how far when a noun names the figure ("from a peak of 142 billion yuan in ").
_NAMED_FIGURE_REACH = 70
# Characters from a verb of setting money aside to the year the sum is for (its sum, noun and purpose between).
_ALLOTTED_REACH = 100
# How much white space between two sentences is skipped to find the end of the one before (characters).
_SENTENCE_GAP_REACH = 60
# How far before a date the words of tense.tsv that tie it to a noun or verb before it may start ("advance bookings
# for ", "reports from ", "entered ").
_TIED_WORDS_REACH = 24
# How far before a weekday the verb that issued the notice it is "for" may stand ("issued a G4, or "severe," storm
# watch for Thursday night").
_ISSUED_NOTICE_REACH = 80
# How far back (characters) the words of a priced move may open the clause of a weekday ("imply a move of about 11%
# either way after Friday's").
_PRICED_MOVE_REACH = 70
# How far before a date a noun of sales made ahead may start, what they are of between ("bookings of outbound flights
# and hotels for ").
_BOOKINGS_REACH = 80
# How far before a period the words of a noun tied to it by "for" or "of" may start (tense.tsv kinds forecast_for,
# question_for, figure_for, results_for, occasion): a longer noun than those above ("the big question for ").
_NOUN_FOR_REACH = 40
# How far before a year a noun of kind figure_for may start when what its figure leaves out stands between them
# ("operating profit excluding new partnerships for ").
_FIGURE_ASIDE_REACH = 70
# How many days into a season by the months (March 1 for spring) its solstice or equinox, where many writers start it,
# may still be to come.
_SEASON_START_LAG = 21
# How far before a date the relative pronoun of a clause in the past may open it (characters: "that opened in").
_RELATIVE_CLAUSE_REACH = 60
# How far before a date the pronoun subject of its own clause may stand ("when it posts results in").
_OWN_CLAUSE_REACH = 40
# How many months after a month told a month named without its year may come and still carry the story over the new
# year ("defaulted in December 2022 and reached a deal with creditors in January" is January 2023; "halted in November
# 2020 ... shut its first in March", March 2021).
_MONTHS_CARRIED_OVER_NEW_YEAR = 5
# How far before a season a word naming it the southern hemisphere's may start (characters: "southern hemisphere ").
_SOUTHERN_WORD_REACH = 24
# The units of a time counted from the day of writing ("this year", "next month") whose clause tells of now.
_UNITS_TOLD_FROM_NOW = ("Y", "M")
# What stands between a time of day and the day it is on ("midnight on Nov. 11").
_DAY_OF_A_TIME = re.compile(r"\s+(?:on\s+)?")
# The few words of a noun up to a comma after a date (" election,"): with a preposition of time opening the sentence
# before it, a dated noun that frames its sentence.
_NOUN_TO_A_COMMA = re.compile(r"(?:\s+[a-z-]+){1,3},")
# What may stand before a date that opens its sentence and so frames all its clauses ("In ", "Back in ", "On ").
_FRONTED = re.compile(r"\s*(?:[a-z]+\s+){0,2}")
# How far before a date a percentage and the preposition of its base may start ("up 12.25 percent against ").
_PERCENTAGE_BASE_REACH = 30
# How far before a holiday the gift it is "for" may start ("pick pomelos as presents for ").
_GIFT_FOR_REACH = 60
# How far before a weekday an effort in the progressive and what it is for may start ("were travelling to Gdansk for a
# union vote on ", event_purposes.tsv).
_EFFORT_FOR_REACH = 120
# How far before a year the comma and the word of a contrast opening its clause may start (", whereas ").
_CONTRAST_REACH = 12
# characters between a stretch and the day or month that ends it ("the three months that ended on")
_ENDS_ON_REACH = 24
_PARTICIPLE_REACH = 12      # characters from "had" to its participle ("had not yet filed")
_ONE_WORD_APART = re.compile(r"\s+\S+\s+")    # a participle and the date its preposition gives ("authorised in")
# How far before a marker of the future a verb in the past may tell it from then ("had been due to", "were due to").
_TOLD_FROM_THEN_REACH = 8
# The longest a label's line may run on either side of its date ("The week in China tech:").
_LABEL_REACH = 60
# The most words a label ending in a colon has: a longer line is a sentence that opens a list, whose verbs in the
# present no marker of tense tells ("If the parties sign an accord by March 6, the timetable ... runs:").
_LABEL_WORDS = 12
# Where the first sentence under a heading ends: a stop before a space, or its line's end.
_SENTENCE_OR_LINE_END = re.compile(r"(?<=[.!?])\s|\n")
# How many words a line that heads a section in sentence case may have ("The week ahead").
_HEAD_WORDS = 4
_NUMBERED_HEAD_WORDS = 8     # ... after a list's number ("5. No number for the year")
# A list's number that opens a line ("5. No number for the year", "2) Margins"): a numbered heading, whose words
# after it are read as a heading's.
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+(?=[A-Z])")
# A line in capitals only (words, spaces, "&", "-", "'"), with at least two words and no stop at its end.
_A_CAPITALS_LINE = re.compile(r"[A-Z][A-Z'&\- ]*\s[A-Z'&\- ]*[A-Z]")
# The tenses of connectors.tsv that look ahead ("by May", "until 2027").
_AHEAD_CONNECTOR_TENSES = ("future", "completion")
# Before a NAMED of a holiday's second reading (holidays.tsv): a holiday named in the mention's sentence or the one
# before.
_NEAR_SIGN = "~"
# The tense of connectors.tsv of a deadline a thing is done by ("by May").
_DEADLINE_TENSE = "completion"
# How far before a deadline the negated verb in the past of its clause may start ("did not hear from Juice until").
_NEGATION_REACH = 80
# Tenses of a clause that places its own date from the reader's now, not in the past year told of: a forecast, and a
# timetable in the present ("the truce agreed last November expires on November 10": the coming one).
_OWN_TIME_TENSES = (*resolver.AHEAD, "schedule")
# The tenses of a clause about a time to come, a timetable's among them.
_AHEAD_TENSES = ("future", "plan", "schedule")
# How far before a deadline connector a clause of a verb in -ing after "before" or "after" may open.
_SEQUENCE_REACH = 80
# How many days of a week may still open it (Tuesday, after a holiday Monday: "rose on Tuesday to start the week").
_WEEK_OPENING_DAYS = 2

# How many days from the day of the text the news days are: a clock time alone a paragraph after a day is on
# that day only when it is one of them.
_NEWS_DAYS = 7
# How far ahead a coming day the lead told may be and still date a clock time told ahead after it with no day of its
# own: a story may preview an event weeks away ("the partial lunar eclipse on Sept. 18 ... / The Moon will enter
# Earth's shadow at 10:12 p.m.", written on Aug. 29), so the reach ahead is a month, not the news's week; a day
# further down past the week (a dividend's record date) is a detail, not the day the story is for.
_COMING_DAYS_REACH = 31
# How many of the days told last a clock time alone may look back over in its paragraph, and how far back its
# paragraph may open (characters): a bounded look keeps a long text linear.
_DAYS_LOOKED_BACK = 8
_PARAGRAPH_REACH = 3000
# A clock time from this hour on is a late evening's, after which a story may run on past midnight.
_LATE_EVENING_HOUR = 21
# ... and the hour from which a time earlier than the late one is of the same evening, the story gone back to it
# ("stayed dark until after midnight. ... Line 3 reopened at 7:40 p.m."), not of the next day it ran on to, when a time
# of that day no later than it was told before ("knocked out power at 4 p.m. on Tuesday"; not "broke out at 11 p.m. on
# Saturday and burned through the night. ... They left at 8 p.m.", which is Sunday's).
_EVENING_HOUR = 18
_CLOCK_ON_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")     # between a clock time and the day it is on
_HEADINGS_LOOKED_BACK = 40  # how many dates back the heading before a heading is looked for
# How many dates back "that day" looks for the day it points to: a bounded look keeps a long text linear.
_THAT_DAY_LOOKED_BACK = 3
# The kinds of connectors (connectors.tsv) that place a happening within or through the time they lead ("over",
# "in", "through"): before a holiday they tell no time around it, so the day it falls on or ended on told after it
# is still its own ("spending over the Golden Week holiday, which ended on Wednesday").
_WITHIN_A_HOLIDAY = frozenset({"deadline", "scatter", "from_now"})
_DAY_COUNT_UNITS = ("D", "W")   # counts that count from a day told, never from a longer period after it
_WEEK_GRANS = ("W", "WE")   # a week or weekend a day told falls in
_SATURDAY = 6               # the first day of a weekend (isoweekday)
_STORY_LOOK_AHEAD_DAYS = 45   # how far after a day of a year to come a day without its year may go on in that year
_A_WORD = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"\s+[a-z]+")     # the participle after an auxiliary ("has [given]")
# How far a day heading a section of a timeline ("Saturday, January 10" alone on its line) reaches (characters),
# and a line of text that ends a sentence (a line without such an end is a heading, which closes the section);
# extract.py dates a log section's figures with the same two.
SECTION_REACH = 4000
SENTENCE_LINE_ENDS = frozenset(".!?:;\"'\u201d\u2019)")
# A bulleted list's first item on the lines right after a heading (blank lines between).
_BULLET_AFTER = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*{LIST_ITEM_OR_DASH.pattern}")
# How far a date heading a section may stand from the ends of its line (characters, white space).
_HEADING_MARGIN = 8


class _Connectors(NamedTuple):
    rows: tuple[dict[str, str], ...]   # connectors.tsv
    before: finder.Before               # every row's `before`, one named group per row
    before_far: finder.Before           # the `before` of the rows that look ahead (kind ahead, tense future), reaching
                                        # as far as a row's few words between may run
    spans: tuple                        # (row, `between` regex) of the span rows
    span_opens: tuple                   # (row, `between` regex, `before` anywhere) of the span rows with a `before`
    afters: re.Pattern                  # every row's `after`, one named group per row
    ended: re.Pattern                   # the `between` of the rows of kind ended,
    ending_ahead: re.Pattern            # ... of those of them of tense future ("the quarter ending June"),
    ended_past: re.Pattern              # ... of those of them of tense past ("the fiscal year ended in January"),
    ends_told: re.Pattern               # ... of kind ends_told ("before the period ends in March 2028"),
    begins_told: re.Pattern             # ... of kind begins_told ("before the fiscal year begins on July 1"),
    started: re.Pattern                 # ... of kind started,
    starting_ahead: re.Pattern          # ... of those of them of tense future ("the year starting May 1"),
    count_started: re.Pattern           # ... of kind count_started
    count_before: re.Pattern            # ... of kind count_before
    count_after: re.Pattern             # ... of kind count_after
    years_after: re.Pattern             # ... of kind years_after
    count_break: re.Pattern             # ... of kind count_break
    clock_day: re.Pattern               # ... of kind clock_day
    day_clock: re.Pattern               # ... of kind day_clock
    opening: re.Pattern                 # ... of kind opening
    closing: re.Pattern                 # ... of kind closing
    year_through: re.Pattern            # ... of kind year_through
    fiscal_end: re.Pattern              # ... of kind fiscal_end
    holiday_day: re.Pattern             # ... and of kind holiday_day or holiday_falls
    holiday_falls: re.Pattern           # ... and of kind holiday_falls
    holiday_on: re.Pattern              # ... and of kind holiday_on
    day_holiday: re.Pattern             # ... and of kind day_holiday
    day_off_for: re.Pattern             # ... and of kind day_off_for
    holiday_in: re.Pattern              # ... and of kind holiday_in
    holiday_end: re.Pattern             # ... and of kind holiday_end or holiday_closed
    holiday_closed: re.Pattern          # ... and of kind holiday_closed
    holiday_span: re.Pattern            # ... and of kind holiday_day, holiday_falls or holiday_span
    break_began: re.Pattern             # ... of kind break_began
    that_year_of: re.Pattern            # ... of kind that_year_of
    season_day: re.Pattern              # ... of kind season_day
    report_of: re.Pattern               # ... of kind report_of
    reported_on: re.Pattern             # ... of kind reported_on
    set_list: re.Pattern                # ... of kind set_list
    set_hours: re.Pattern               # ... of kind set_hours
    same: tuple                         # (`between`, `after`) of the "same day" rows


@functools.lru_cache(maxsize=1)
def _results_right_before() -> re.Pattern:
    """Results named right before a date (connectors.tsv kind reported_on), searched up to that date."""
    return re.compile(rf"(?:{_connectors().reported_on.pattern})\Z")


@functools.lru_cache(maxsize=None)
def _any_place(places: tuple[str, ...]) -> re.Pattern:
    """Any of the places a holiday's second reading is named after (holidays.tsv), as a whole word; cached, as each
    mention of the holiday asks again."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, places)) + r")\b")


@functools.lru_cache(maxsize=1)
def _connectors() -> _Connectors:
    rows = load_table("dates/connectors.tsv")
    before_alts, far_alts, spans, span_opens, afters = [], [], [], [], []
    for i, row in enumerate(rows):
        if row["before"]:
            # the group that names the row closes the alternative, empty: an alternative that starts
            # with the connector's own first character lets the regex engine reject it at once
            before_alts.append(f"(?:{row['before']})(?P<c{i}>)")
            if row["kind"] == "ahead" and row["tense"] == "future":
                far_alts.append(before_alts[-1])
        if row["kind"] in ("span", "pair"):
            spans.append((i, re.compile(row["between"])))
            if row["before"]:
                span_opens.append((i, spans[-1][1], re.compile(rf"(?<![a-z])(?:{row['before']})")))
        if row["after"]:
            afters.append(f"(?:{row['after']})(?P<a{i}>)")

    def between(kind: str, tense: str | None = None, also: tuple[str, ...] = ()) -> re.Pattern:
        return re.compile("|".join(f"(?:{r['between']})" for r in rows
                                   if r["kind"] in (kind, *also) and tense in (None, r["tense"])) or "(?!)")
    return _Connectors(
        rows=rows, before=finder.Before("|".join(before_alts), "a-z"),
        before_far=finder.Before("|".join(far_alts) or "(?!)", "a-z", _CONNECTOR_FAR_REACH), spans=tuple(spans),
        span_opens=tuple(span_opens),
        afters=re.compile("|".join(afters) or "(?!)"), ended=between("ended"), ending_ahead=between("ended", "future"),
        ended_past=between("ended", "past"),
        ends_told=between("ends_told"), begins_told=between("begins_told"), started=between("started"),
        starting_ahead=between("started", "future"), count_started=between("count_started"),
        count_before=between("count_before"),
        count_after=between("count_after"), years_after=between("years_after"), count_break=between("count_break"),
        clock_day=between("clock_day"), day_clock=between("day_clock"),
        opening=between("opening"), closing=between("closing"), year_through=between("year_through"),
        fiscal_end=between("fiscal_end"), holiday_day=between("holiday_day", also=("holiday_falls",)),
        holiday_falls=between("holiday_falls"), report_of=between("report_of"),
        reported_on=between("reported_on"), holiday_on=between("holiday_on"),
        day_holiday=between("day_holiday"), holiday_in=between("holiday_in"),
        day_off_for=between("day_off_for"),
        holiday_end=between("holiday_end", also=("holiday_closed",)), holiday_closed=between("holiday_closed"),
        holiday_span=between("holiday_day", also=("holiday_falls", "holiday_span")),
        break_began=between("break_began"), season_day=between("season_day"),
        that_year_of=between("that_year_of"),
        set_list=between("set_list"), set_hours=between("set_hours"),
        same=tuple((re.compile(r["between"]), re.compile(r["after"] or "")) for r in rows if r["kind"] == "same"))


def _line_start(text: str, at: int) -> int:
    """Where the line that holds ``at`` starts (0 on the first line)."""
    return text.rfind("\n", 0, at) + 1


def _line_break_before_the_last_line(text: str, line: int) -> int:
    """The line break before the last line of text written before the break ``line`` (blank lines skipped): where the
    paragraph before the one ``line`` opens starts, less one; scanned back in place, as the text may be long."""
    end = max(line, 0)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end)


def _a_limit_after(low: str, exp: finder.Expression) -> bool:
    """Do words right after ``exp`` make it the earliest or latest time a thing may happen ("reopen in the third
    quarter at the earliest", tense.tsv kind limit_after)?  Such a limit is set on a happening to come, not on a
    report awaited, so a quarter or half it names is the coming one, as after "as early as"."""
    return lexicon.told_right_after("limit_after").match(low, exp.end) is not None


# How far before a date the words of a connector that looks ahead may start when none ends there within the usual
# reach: a row that allows a few words between its verb and its preposition may need more ("has fixed a first hearing
# for Jan. 27", "rescheduled a second hearing for"); a move's ("pushed graduation back to") keeps the usual reach, its
# tense its clause's.
_CONNECTOR_FAR_REACH = 40


# A holiday's rule of one fixed day of the year (holidays.tsv "MM-DD").
_FIXED_DAY = re.compile(r"\d\d-\d\d")


def _before_kinds(low: str, start: int) -> dict[str, int]:
    """The connector row whose `before` ends right at ``start``: kind -> row index."""
    connectors = _connectors()
    # (the nearer reach first, so that a row found there keeps winning over one whose words start further back)
    hit = connectors.before.search(low, start) or connectors.before_far.search(low, start)
    if hit is None:
        return _awaited_kind_before(low, start)
    # (one alternative matches, and its empty group, which names its row, is the last the match closes)
    index = int(hit[1].lastgroup[1:])
    kinds = {connectors.rows[index]["kind"]: index}
    if "delay" in kinds:
        kinds["moved"] = index              # a delay is a move that goes later
    if "scatter" in kinds:
        # (a bare "in" may close an eve's words too: "ahead of the back-to-school rush in August")
        kinds.update(_awaited_kind_before(low, start))
    return kinds


def _awaited_kind_before(low: str, start: int) -> dict[str, int]:
    """The `eve` or `awaited_on` row whose `before` ends right at ``start``, searched with their longer reach:
    kind -> row index, or nothing."""
    hit = _awaited_before().search(low, start)
    if hit is None:
        return {}
    index = _awaited_rows()[int(hit[1].lastgroup[1:])]
    return {_connectors().rows[index]["kind"]: index}


# How far before a date the words of an `eve` or `awaited_on` row may start: the thing awaited may take a few words
# ("ahead of its September-quarter results on Tuesday", "before the autumn Budget on Nov. 26"), after an owner of up to
# four words ("ahead of the U.S. Federal Reserve's policy decision on Wednesday"), more than the reach of the other
# connectors.
_AWAITED_REACH = 64


@functools.lru_cache(maxsize=1)
def _awaited_rows() -> tuple[int, ...]:
    return tuple(i for i, r in enumerate(_connectors().rows) if r["kind"] in ("eve", "awaited_on") and r["before"])


@functools.lru_cache(maxsize=1)
def _awaited_before() -> finder.Before:
    """The `before` of the eve and awaited_on rows alone, with the longer reach: tried only where no connector ends
    within the usual one."""
    rows = _connectors().rows
    return finder.Before("|".join(f"(?:{rows[i]['before']})(?P<e{k}>)" for k, i in enumerate(_awaited_rows())),
                         "a-z", reach=_AWAITED_REACH)


@functools.lru_cache(maxsize=None)
def _scatter_before() -> finder.Before:
    """The `before` of the scatter rows alone (a bare "in"), which an `ahead` row ending in it hides from
    :func:`_before_kinds` ("will open in three weeks")."""
    return finder.Before("|".join(r["before"] for r in _connectors().rows if r["kind"] == "scatter"), "a-z")


def _row_after_holds(low: str, index: int, end: int) -> bool:
    """Does the `after` cell of connector row ``index``, if it has one, match right at ``end``?  A row found by its
    `before` may need the words after the date too ("has 14 days to appeal": a time given to do a thing, not "has two
    weeks off")."""
    after = _connectors().rows[index]["after"]
    return not after or _row_after(index).match(low, end) is not None


@functools.lru_cache(maxsize=None)
def _row_after(index: int) -> re.Pattern:
    # (compiled once per row: the check runs for each count of days a from_now row leads)
    return re.compile(_connectors().rows[index]["after"])


def a_quotation_closes_between(text: str, start: int, end: int) -> bool:
    """Does quoted speech close between ``start`` and ``end``, so that one of them is in the speaker's words and the
    other in the writer's ('"Last year I told people we had lost our way," Tsai told a conference in May': the
    speaker's year does not place the writer's May)?"""
    # (quoted speech closes after its own stop or comma; a title in quotes does not: 'in 2023 "The Nun II" took')
    return SPEECH_CLOSES.search(text, start, end) is not None


SPEECH_CLOSES = re.compile("[,.!?][\"\u201d]")


def _quoted_words_from(low: str, pos: int) -> tuple[int, int]:
    """The quoted words from ``pos`` to their closing mark (or their paragraph's end), so that the verbs told with
    the date tell its tense, not the speaker's words before it nor the writer's verb of saying after them."""
    ends = [e for e in (low.find('"', pos), low.find("\u201d", pos), low.find("\n", pos), len(low)) if e != -1]
    return pos, min(ends)


def _unattributed(low: str, clauses: finder.Clauses, s_lo: int, s_hi: int,
                  exp: finder.Expression) -> tuple[int, int]:
    """The stretch of ``exp``'s sentence left when the verb of saying that tells who said it is cut off: what stands
    after the last such verb before it, up to a comma after it that an attribution follows."""
    for s, e, _, listed in reversed(clauses.markers(s_lo, exp.start)):
        if listed and lexicon.squash(low[s:e]) in lexicon.reporting_verbs():
            s_lo = e
            break
    comma = low.rfind(",", exp.end, s_hi)
    if comma >= 0 and any(listed and lexicon.squash(low[s:e]) in lexicon.reporting_verbs()
                          for s, e, _, listed in clauses.markers(comma, s_hi)):
        s_hi = comma
    return s_lo, s_hi


def _quoted_words_around(low: str, pos: int) -> tuple[int, int] | None:
    """The quoted words ``pos`` stands in, from their opening mark to their closing one (or their paragraph's end),
    or None when it stands in none."""
    if not _in_quoted_speech(low, pos):
        return None
    paragraph = low.rfind("\n", 0, pos) + 1
    opening = max(low.rfind('"', paragraph, pos), low.rfind("\u201c", paragraph, pos))
    return opening + 1, _quoted_words_from(low, pos)[1]


def _in_quoted_speech(low: str, pos: int) -> bool:
    """Does ``pos`` stand inside quotation marks opened in its paragraph?"""
    opened = low[low.rfind("\n", 0, pos) + 1:pos]
    return opened.count('"') % 2 == 1 or opened.count("\u201c") > opened.count("\u201d")


# How far before a date a verb of moving and its object (a title in quotes, or an aside naming the old time) is looked
# for (titled_moves.tsv).
_TITLED_MOVE_REACH = 120


# How far before a date a verb of moving a plan with a long object is looked for (moved_plans.tsv).
_MOVED_PLAN_REACH = 120


def _of_kind(row: dict, kind: str, tense: str | None) -> bool:
    return row["kind"] == kind and (tense is None or row["tense"] == tense)


@functools.lru_cache(maxsize=None)
def _first_row(kind: str, tense: str | None = None) -> int:
    """The first connectors.tsv row of ``kind`` (and ``tense``, if given)."""
    return next(i for i, row in enumerate(_connectors().rows) if _of_kind(row, kind, tense))


@functools.lru_cache(maxsize=None)
def _befores(kind: str, tense: str | None = None) -> re.Pattern:
    """The `before` of every connectors.tsv row of ``kind`` (and ``tense``, if given), read without the connectors'
    reach."""
    rows = [row["before"] for row in _connectors().rows if _of_kind(row, kind, tense)]
    return re.compile(rf"(?<![a-z])(?:{'|'.join(rows)})\Z")


def _moved_plan_before(low: str, start: int) -> bool:
    """Does a verb of moving a plan and an object too long for the connectors' reach end right at ``start`` with the
    "to" of the new time ("has delayed the first commercial flight of its spaceplane to late June", moved_plans.tsv)?"""
    return _ends_right_before(lexicon.moved_plans(), low, start, _MOVED_PLAN_REACH)


def _ends_right_before(pattern: re.Pattern, low: str, start: int, reach: int) -> bool:
    """Does a match of ``pattern`` (a table's `before` rows, each ending with a word: the "to" of a new time, the
    "from", "for" or "on" of an old one) end right at ``start``, starting at most ``reach`` characters before it?"""
    last_words = _last_words(pattern.pattern)
    if last_words is not None and not finder.last_words_end_at(low, start, last_words):
        return False        # (most dates, asked with or without a connector, have none of the rows' last words)
    return pattern.search(low, max(0, start - reach), start) is not None


@functools.lru_cache(maxsize=None)
def _last_words(pattern: str) -> tuple[str, ...] | None:
    return finder.last_words(pattern)


def _long_move_kinds(low: str, start: int) -> dict[str, int]:
    """The connector kinds of a move whose object is too long for the connectors' reach: a delay's when a verb of
    delay moves it ("deferred the regatta from September to the spring": its old time the last September before the
    new), else a plain move's when a verb of moving and its object stand before (titled_moves.tsv), else none."""
    delays = _befores("delay")
    if _ends_right_before(delays, low, start, _TITLED_MOVE_REACH) and not _a_coordinated_verb_in(
            low, delays.search(low, max(0, start - _TITLED_MOVE_REACH), start).start(), start):
        return {"delay": _first_row("delay"), "moved": _first_row("delay")}
    return {"moved": _first_row("moved")} if _a_moved_object_before(low, start) else {}


def _a_coordinated_verb_in(low: str, lo: int, hi: int) -> bool:
    """Does a coordinator and a finite verb (tense.tsv) stand in low[lo:hi]?  What follows that verb is its own, not
    the first verb's: "postponed its decision and kept the fund open from September to December" moves nothing."""
    return any(finder.a_finite_verb(word[1]) for word in _coordinated_word().finditer(low, lo, hi))


@functools.lru_cache(maxsize=None)
def _coordinated_word() -> re.Pattern:
    """A coordinator (tense.tsv kind coordinator) and the word after it."""
    return re.compile(rf"{lexicon.coordinator_word().pattern}\s+([a-z]+)")


def _looks_back_from_the_time_told(low: str, start: int, end: int) -> bool:
    """Does a word that opens a clause that may look back stand in low[start:end], with no verb coordinated with the
    one of the time told before it?  A clause opened after such a verb looks back from that verb's own happening,
    which came after the time told ("hit a high last November but slumped after a wet spring" is the spring after
    that November; "halted on Nov. 3, 2020, days after Ma spoke and criticised regulators in October" still looks
    back)."""
    opener = finder.first_look_back_opener(low, start, end)
    return opener is not None and not _a_coordinated_verb_in(low, start, opener)


def _an_onward_clause_opens(low: str, lo: int, hi: int) -> bool:
    """Is the first word of low[lo:hi] one that opens a clause going on from its noun (tense.tsv kind boundary, tense
    onward)?  After a comma it opens an aside that tells a time of its own ("Alibaba, which reported ... on Nov. 15
    last year, is due to report")."""
    words = low[lo:hi].split(maxsplit=1)
    return bool(words) and lexicon.squash(words[0]) in lexicon.onward_openers()


def _a_moved_object_before(low: str, start: int) -> bool:
    """Does a verb of moving and an object with a title in quotes stand before the "from" that ends at ``start``, or
    an object and an aside naming the old time ("moved the vote, first set for May 3", titled_moves.tsv)?"""
    return _ends_right_before(lexicon.titled_moves(), low, start, _TITLED_MOVE_REACH)


# "the previous year" as the finder reads it: the year before the one told
_THE_PREVIOUS_YEAR = {"unit": "Y", "det": True, "shift": -1, "anaphoric": True}


def _years_back_to_the_same_period(exp: finder.Expression, moved: resolver.Period | None,
                                   ref: resolver.Period) -> int | None:
    """By how many years ``exp``, placed on ``moved``, moves the span or run of months told last, whose month ``ref``
    is, back: 0 for "the period" that restates it ("fell 2.6% in January-November ... slumped 15.9% over the
    period"), -1 for "the same period a year earlier" (or "in 2024" in 2025); None when it names no such months."""
    if exp.parts == {"unit": "P", "det": True} and moved == ref:
        return 0
    named_year = exp.parts.get("unit") == "P" and "year" in exp.parts      # "the same period in 2024"
    if ((exp.parts.get("year_of") or exp.parts).get("direction") not in ("earlier", "ago") and not named_year) \
            or moved is None or moved.year >= ref.year or moved != ref.shifted(moved.year - ref.year, "Y"):
        return None
    return moved.year - ref.year


def _months_of_one_span(resolution: resolver.Resolution) -> tuple[resolver.Period, resolver.Period] | None:
    """(first, last) month of a run of months one expression is placed on (a fiscal half that is no calendar
    half, "the period" that restates a run told), else None."""
    period = resolution.period
    if resolution.precision != "span" or period is None or period.gran != "M" or resolution.last_day is None \
            or resolution.first_day is None:
        return None
    first, last = resolver.Period.of("M", resolution.first_day), resolver.Period.of("M", resolution.last_day)
    return (first, last) if first < last else None


def _fiscal_end(text: str, at: int, told: tuple[tuple[int, int, bool], ...] = (), low: str | None = None,
                stated: int | None = None, local: int | None = None,
                outright: tuple[tuple[int, int, bool], ...] = ()) -> int:
    """The last month of the fiscal year of the company named nearest before ``at`` in its paragraph's reach ("Apple
    ... Nvidia is scheduled to report its fiscal fourth-quarter results": Nvidia's), else the one the text tells in
    that reach or right after ``at`` (``told``, see _fiscal_ends_told), else the one it tells as a standing fact
    anywhere ("Its fiscal year ends on Jan. 31." closing the piece), else the one of a fiscal year the report told
    ended (``stated``: "returned 9.4% in the fiscal year to March 31" ... "the first quarter of the current fiscal
    year" is April to June), else of the first company the text names, else ``local``, the year end of the place the
    text places itself in (southern_places.tsv: "SYDNEY - ... by the end of the financial year" ends in June).
    With ``low``, a company named only in a side clause the fiscal period stands outside of counts for nothing ("Its
    quick-commerce business, which it has subsidised to fend off Meituan and JD.com, should break even in the second
    half of fiscal 2027": the rival is no owner of the fiscal year).  A market's name (fiscal.tsv market=yes) gives way
    to a calendar the text tells as a standing fact: it tells only the custom of its companies.  A calendar its own
    sentence tells after the company's name is nearer still (see _told_in_its_sentence), and one ``outright`` told of
    the company the text reports on wins over a name in an earlier paragraph (see _standing_over_a_name_gone)."""
    where, month = _fiscal_name_nearest(text, at, low, markets=not any(whole for _, _, whole in told))
    if month is not None:
        return _told_in_its_sentence(text, where, at, told) \
            or _standing_over_a_name_gone(text, where, at, outright) or month
    near = [(abs(start - at), end_month) for start, end_month, _ in told
            if at - _FISCAL_NAME_REACH <= start <= at + _FISCAL_TOLD_AFTER
            or at < start and text.find("\n", at, start) < 0]
    if near:
        # (only near: "Crisp reported net sales for its fiscal year that ended in June" tells nothing of the fiscal
        # year of the buyer whose quarter a later paragraph names; a calendar told later in the period's own
        # paragraph is its company's: "fiscal first-quarter revenue rose 18% ... by the end of its fiscal year in
        # October")
        return min(near)[1]
    standing = [end_month for _, end_month, whole in told if whole]
    if standing:
        return standing[0]
    if stated is not None:
        return stated
    for name, end_month in lexicon.fiscal_conventions():
        if not name or _names_the_company(text, name):
            return local if not name and local else end_month
    return 12


# A sentence's end: a stop, maybe a closing quote or bracket, then the capital of the next.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s+[\"'(\[]*[A-Z]")


def _standing_over_a_name_gone(text: str, named: int, at: int, told: tuple[tuple[int, int, bool], ...]) -> int | None:
    """The last month of the fiscal year the text told outright before ``at`` (``told``: not by a half, which tells only
    the halves) as a standing fact of the company it reports on, when the company of fiscal.tsv named nearest, at
    ``named``, stands in an earlier paragraph and no pronoun opening the paragraph of ``at`` carries that company on:
    the story has come back to its own company ("Alibaba ... reported revenue for the December quarter. / Bjarnadottir
    expects the parcel count to pass 2.3 million for the full financial year", of a company whose financial year ends
    on June 30, is July to June)."""
    # (each telling outright holds for the whole text)
    standing = next((end_month for start, end_month, _ in told if start < at), None)
    if standing is None:
        return None
    opening = text.rfind("\n", 0, at) + 1
    if opening <= named:
        return None
    first = _FIRST_WORD.match(text, opening)
    return None if first is not None and first.group(1).lower() in lexicon.words_of_kinds("subject") else standing


# The first word of a paragraph, its spaces and quotes before it aside.
_FIRST_WORD = re.compile(r"[\s\"'\u201c\u2018]*([A-Za-z]+)")


def _told_in_its_sentence(text: str, named: int, at: int, told: tuple[tuple[int, int, bool], ...]) -> int | None:
    """The last month of a fiscal year the sentence of ``at`` tells before it and after the company named at
    ``named``, if any: nearer than that company, it is that fiscal year's calendar ("Nvidia's processors ...
    T-Head's revenue reached 4 billion yuan in the fiscal year ended March 31, 2025, and should double in the current
    fiscal year": April to March, not Nvidia's year)."""
    before = [(start, end_month) for start, end_month, _ in told
              if named < start < at and (not _SENTENCE_BREAK.search(text, start, at)
                                         or _a_later_paragraph(text, named, start, at))
              or at <= start <= at + _OWN_TELLING_AFTER and lexicon.period_owner().fullmatch(text, at, start)
              or at < start and _a_later_paragraph(text, named, at, start)]
    return max(before)[1] if before else None


def _a_later_paragraph(text: str, named: int, start: int, at: int) -> bool:
    """Do ``start`` and ``at`` stand in one paragraph, and the company named at ``named`` in an earlier one?  A
    paragraph that tells its own company's calendar keeps it for its quarters before and after the telling ("topped
    expectations for its fiscal second quarter, which ended Jan. 31. ... its forecast for the fiscal third quarter",
    after a paragraph on Alibaba: February to April; "fiscal first-quarter revenue rose 18% ... by the end of its
    fiscal year in October": November to January)."""
    return text.find("\n", named, start) >= 0 and text.find("\n", start, at) < 0


def _fiscal_end_named(text: str, at: int, low: str | None = None, markets: bool = True) -> int | None:
    """The last month of the fiscal year of the company of fiscal.tsv named nearest before ``at`` in its paragraph's
    reach, if any (see _fiscal_end); without ``markets``, a market's name counts for nothing."""
    return _fiscal_name_nearest(text, at, low, markets)[1]


def _fiscal_name_nearest(text: str, at: int, low: str | None = None, markets: bool = True) -> tuple[int, int | None]:
    """Where the company of _fiscal_end_named is named, and the last month of its fiscal year (-1, None: none)."""
    lo, nearest, month = max(0, at - _FISCAL_NAME_REACH), -1, None
    outside = low is not None and not finder.in_a_side_clause(low, at)
    for name, end_month in lexicon.fiscal_conventions():
        if name and (markets or name not in lexicon.fiscal_markets()):
            where = max((s for s in _fiscal_name_starts(text, name, lo, at)
                         if not (outside and finder.in_a_side_clause(low, s))), default=-1)
            if where > nearest:
                nearest, month = where, end_month
    return nearest, month


def _fiscal_name_starts(text: str, name: str, lo: int, hi: int) -> list[int]:
    """Where ``text[lo:hi]`` names the company of a fiscal.tsv row as the proper name it is (lexicon.fiscal_name).  A
    name that is also a common word names it at a sentence's start only when the text names it inside a sentence too,
    or as a name there ("Target's", "Target Corp"): "Target prices rose in fiscal 2025" speaks of no retailer.  (Only
    the paragraph's reach is read each time, and the whole text once, see _named_inside_a_sentence: this runs for each
    fiscal period, and a long text read whole each time would cost its length times their number.)"""
    if text.find(name, lo, hi) < 0:
        return []
    pattern, named = lexicon.fiscal_name(name)
    starts = [m.start() for m in pattern.finditer(text, lo, hi)]
    if not starts or named is None or any(not _opens_a_sentence(text, s) for s in starts) \
            or _named_inside_a_sentence(text, name):
        return starts
    return [s for s in starts if named.match(text, s + len(name))]


@functools.lru_cache(maxsize=64)
def _named_inside_a_sentence(text: str, name: str) -> bool:
    """Does ``text`` name a fiscal.tsv company anywhere but at a sentence's start (see _fiscal_name_starts)?  (Asked
    for each fiscal period near the name; a few texts' answers are kept, as the text is read whole.)"""
    pattern, _ = lexicon.fiscal_name(name)
    return any(not _opens_a_sentence(text, m.start()) for m in pattern.finditer(text))


@functools.lru_cache(maxsize=64)
def _names_the_company(text: str, name: str) -> bool:
    """Does ``text`` name the company of a fiscal.tsv row anywhere, as _fiscal_name_starts reads a name?  (Asked for
    each fiscal period the text names no company near; a few texts' answers are kept, as the text reads them whole.)"""
    if name not in text:
        return False
    pattern, named = lexicon.fiscal_name(name)
    return any(named is None or not _opens_a_sentence(text, m.start()) or named.match(text, m.end())
               for m in pattern.finditer(text))


def _lines_at_most(text: str, start: int, end: int, most: int) -> bool:
    """Does ``text[start:end]`` hold at most ``most`` lines that are not blank?  (Read back from ``end`` and only as far
    as needed: a day told far back would otherwise be read over again for each time after it.)"""
    count, hi = 0, end
    while True:
        newline = text.rfind("\n", start, hi)
        if text[newline + 1 if newline != -1 else start:hi].strip():
            count += 1
            if count > most:
                return False
        if newline == -1:
            return True
        hi = newline


def _last_whole_paragraph(text: str, end: int) -> int:
    """Where (its newline before) the last paragraph of its own that ends before ``end`` opens: a line that has its own
    words, a newline on each side; -1 for none."""
    close = text.rfind("\n", 0, end)
    while close > 0:
        opening = text.rfind("\n", 0, close)
        if opening == -1:
            return -1
        if text[opening + 1:close].strip():
            return opening
        close = opening
    return -1


def _a_period_under_way_owning_a_timetable_ahead(text: str, low: str, resolved: list, i: int, anchor) -> bool:
    """Is the date a period under way in the possessive that opens its sentence, whose clause's timetable in the present
    tells a date wholly ahead right after it ("This year's fair runs from May 25 to June 2", in March)?  The period
    names the subject of a clause that looks ahead, as "This year's written exam is scheduled for Aug. 22" does: the
    thing it owns is still to come, so it is `future` (a timetable under way, "runs until Sunday" told mid-fair,
    tells of now)."""
    if i + 1 >= len(resolved):
        return False
    exp, res = resolved[i][0], resolved[i][1]
    nxt_exp, nxt_res, nxt_tense = resolved[i + 1][0], resolved[i + 1][1], resolved[i + 1][2]
    return (res.on_calendar and not res.future and _under_way(res, anchor) and _opens_a_sentence(text, exp.start)
            and _POSSESSIVE_S.match(low, exp.end) is not None and nxt_tense == "schedule"
            and nxt_res.on_calendar and nxt_res.future and nxt_res.first_day is not None
            and nxt_res.first_day > anchor and _SENTENCE_STOP.search(low, exp.end, nxt_exp.start) is None)


def _gone_through_up_to_now(low: str, connector: int) -> bool:
    """Does a verb in the present perfect end right at the deadline's connector at ``connector`` ("Sales have held up
    through the winter", in April)?  What has lasted through a stretch up to now tells the stretch gone, not the
    coming one (lexicon.present_perfect_through)."""
    return any(found.end() == connector and not found.group("modal") for found in
               lexicon.present_perfect_through().finditer(low, max(0, connector - _PERFECT_REACH), connector + 12))


# How far before a deadline's connector the present perfect it follows may start ("have not stopped running ").
_PERFECT_REACH = 80


def _opens_a_sentence(text: str, at: int) -> bool:
    """Does ``at`` open a sentence or a line (quotes and brackets before it aside)?"""
    before = text[max(0, at - 40):at].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n"


def _fiscal_tellings(low: str, headline_end: int, text: str = "",
                     anchor: dt.date | None = None) -> list[tuple[re.Match, int, int, bool]]:
    """Where the text tells when its company's fiscal year begins or ends (fiscal_told.tsv: "fiscal 2027, which
    began on Feb. 1"): the match, its shift (see the table), the last month of that fiscal year (January) and
    whether it holds for the whole text (a company's told by name only when the headline, up to ``headline_end``,
    names it: the company the text reports on; not when the headline lists it with other names, "Hang Seng Tech
    rebounds as Alibaba, Xiaomi lead": a market story of several companies, each with its own calendar)."""
    # (the words the rows need are looked for in the text once, not once for each row that needs them)
    held = {word for word in lexicon.fiscal_told_needs() if word in low}
    found = [(m, shift, reach) for pattern, shift, reach, needs in lexicon.fiscal_told() if not held.isdisjoint(needs)
             for m in pattern.finditer(low)]
    tellings = [(m, shift, _told_last_month(m, shift), reach != "near" and (reach != "lead" or _in_the_lead(low, m)))
                for m, shift, reach in _without_calendar_halves(found, anchor)]
    if any(m.groupdict().get("owner") and not m.groupdict().get("the") for m, _, _, _ in tellings):
        headline = set(re.findall(r"[a-z0-9&.-]+", low[:headline_end]))
        tellings = [(m, shift, month, whole and (not m.groupdict().get("owner") or bool(m.groupdict().get("the"))
                                                 or m.group("owner") in headline
                                                 and not _listed_with_others(text[:headline_end], m.group("owner"))))
                    for m, shift, month, whole in tellings]
    return tellings


def _without_calendar_halves(found: list[tuple[re.Match, int, str]],
                             anchor: dt.date | None = None) -> list[tuple[re.Match, int, str]]:
    """The tellings ``found`` (match, shift, reach of fiscal_told.tsv) but those of reach calendar_halves, which tell no
    fiscal year, and, when there is one, any half told by its last day in December: that is the second half of a
    calendar year the text names so ("for the second half of 2025 ... the six months to Dec. 31"), no first half of a
    fiscal year ending in June.  Only the second half of the year whose last Dec. 31 before ``anchor`` a half reported
    ends on counts: "expects prices to firm in the second half of 2026", written in February 2026, is a forecast, no
    name of the six months to Dec. 31 just reported."""
    calendar = any(reach == "calendar_halves"
                   and (anchor is None or int(m.group(0)[-4:]) == _last_december_year(anchor)) for m, _, reach in found)
    return [(m, shift, reach) for m, shift, reach in found if reach != "calendar_halves"
            and not (calendar and reach == "halves" and lexicon.months()[m.group("month")][0] == 12)]


def _last_december_year(anchor: dt.date) -> int:
    """The year of the last Dec. 31 on or before ``anchor``."""
    return anchor.year if (anchor.month, anchor.day) == (12, 31) else anchor.year - 1


def _in_the_lead(low: str, told: re.Match) -> bool:
    """Does ``told`` stand in the lead or the paragraph right after it, where a story introduces the company it
    reports on ("PERTH - Pilbara Ridge shipped ... / The Perth-based miner, whose financial year ends on June 30")?"""
    lead = _LEAD.search(low, max(low.find("\n"), 0))
    after = _LEAD.search(low, lead.end()) if lead else None
    return after is not None and told.start() < after.end()


def _told_last_month(told: re.Match, shift: int) -> int:
    """The last month of the fiscal year a telling of fiscal_told.tsv tells: from the month it captures, else
    December (a row without {month} tells the calendar year: "Meituan, which reports on a calendar year")."""
    month = told.groupdict().get("month")
    return 12 if month is None else (lexicon.months()[month][0] + shift - 1) % 12 + 1


def _listed_with_others(headline: str, name: str) -> bool:
    """Does ``headline`` name ``name`` (lower case) in a list with another capitalised name ("Alibaba, Xiaomi lead",
    "Tencent and Alibaba rise"; name_lists.tsv)?"""
    name, join = re.escape(name), lexicon.name_list_join()
    return re.search(rf"(?i:(?<![\w&.-]){name}(?![\w&-])){join}[A-Z]|(?<![\w&.-])[A-Z][\w&.-]*{join}"
                     rf"(?i:{name}(?![\w&-]))", headline) is not None


def tag_dates(text: str, anchor: dt.date | None, *, form: str | None = None,
              sentences: list[tuple[int, int]] | None = None, locale: str = "") -> list[DateMention]:
    """Every temporal expression of ``text`` as table-level mentions, sorted by start.

    ``anchor`` is the publication date (None: unknown, relative expressions stay unresolved);
    ``form``/``sentences`` save recomputing :func:`pipeline.sentences.matching_form` and
    :func:`pipeline.sentences.split_sentences`; ``locale`` ("en-US", "en-GB") reads all-digit dates,
    which stay ``ambiguous`` when it is empty and both readings are valid.
    """
    if not isinstance(text, str):
        raise TypeError(f"tag_dates needs a str, not {type(text).__name__}")
    if anchor is not None and not isinstance(anchor, dt.date):
        raise TypeError(f"the anchor must be a datetime.date or None, not {anchor!r}")
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    if not text:
        return []
    low = finder.lower_form(text, form)
    expressions = finder.find_expressions(text, form, low)
    if not expressions:
        return []
    if any("season" in exp.parts for exp in expressions) and place_in_the_south(text):
        for exp in expressions:
            if "season" in exp.parts:
                exp.parts = dict(exp.parts, south=True)
    for exp in expressions:
        if "season" in exp.parts and lexicon.kind_right_before("southern_season").search(
                low, max(0, exp.start - _SOUTHERN_WORD_REACH), exp.start):
            exp.parts = dict(exp.parts, south=True)     # "the southern winter", whatever place the text opens with
    _seasons_of_a_league_named_by_one_year(expressions, text)
    _seasons_of_the_calendar_year(expressions, text, low)
    _seasons_of_a_text_that_names_them_by_one_year(expressions, text, low)
    _sets_shared_along_their_lists(expressions, low)
    _hours_of_a_habit(expressions, low)
    reading = _Reading(text, low, anchor, locale, sentences, expressions)
    _clock_times_of_a_habit(expressions, text, low, reading.clauses)
    for index, exp in enumerate(expressions):
        reading.read(index, exp, expressions[index + 1] if index + 1 < len(expressions) else None)
    reading.counts_from_happenings_dated_after()
    reading.event_days_from_an_opening_after()
    reading.headline_weekdays_as_told_after()
    reading.quarters_reported_after_they_ended()
    mentions = _compose(text, low, reading.resolved, anchor, reading.clauses)
    return _headline_quarters_read_as_their_body(mentions, reading.headline_quarters_told_after())


# A day told alone in a headline, without its year: a weekday, or a day of a month (headline_weekdays_as_told_after).
_DAYS_A_HEADLINE_TAKES_FROM_ITS_BODY = ({"weekday"}, {"month", "day"})


def _the_same_day(told: dict, later: dict) -> bool:
    """Does ``later`` name the day ``told`` names, maybe with the weekday it falls on too ("May 16" in a headline,
    "Saturday, May 16" in its body)?"""
    return later == told or ("weekday" not in told and later.keys() == told.keys() | {"weekday"}
                             and all(later[key] == value for key, value in told.items()))


# What a time listed after a recurring set may hold to recur with it: a bare weekday, month, season, holiday or clock
# time ("every Monday, Wednesday and Saturday at 10:59 p.m."); one with a year, a day of the month, a shift or a
# count is placed on its own ("every quarter and last year").
_SHARES_A_SET = frozenset(("weekday", "month", "season", "holiday", "hour", "minute", "daypart", "zone", "plural"))


# The times a set may be told by, which a time listed after it must share to recur with it.
_KINDS_OF_A_SET = frozenset(("weekday", "month", "season", "holiday"))


def _a_time_of_the_set_s_kind(set_parts: dict, parts: dict) -> bool:
    """May ``parts`` be listed after the recurring set ``set_parts``: a clock time, or a weekday, month, season or
    holiday after a set of the same ("every Tuesday, Thursday and Saturday")?  A month after a rate of a unit ends the
    stretch the rate held over ("ran 24 hours a day through December"), one after a set of weekdays too ("every Monday
    until March"): a date of its own."""
    named = _KINDS_OF_A_SET & parts.keys()
    return not named or bool(named & set_parts.keys())


def _sets_shared_along_their_lists(expressions: list[finder.Expression], low: str) -> None:
    """A bare time listed after a recurring set, or its clock time, recurs with it (connectors.tsv set_list): each
    such expression is read as a set too, so the list shares the set's reading."""
    connectors = _connectors()
    shared, hours = connectors.set_list, connectors.set_hours
    for before, exp in zip(expressions, expressions[1:]):
        if before.parts.get("set") and not exp.parts.get("set") and exp.parts.keys() <= _SHARES_A_SET \
                and _a_time_of_the_set_s_kind(before.parts, exp.parts) \
                and (shared.fullmatch(low, before.end, exp.start) is not None
                     or "hour" in exp.parts and hours.fullmatch(low, before.end, exp.start) is not None):
            exp.parts = dict(exp.parts, set=True)


# What a clock time told later in the sentence of a recurring set of days may hold to recur with it.
_HOURS_OF_A_SET = frozenset(("hour", "minute", "zone"))
# Where a sentence or a clause of its own ends: a stop not of "a.m." or "p.m.", a semicolon, a line end.
_SENTENCE_STOP = re.compile(r"(?<![ap]\.m)[.!?;](?=\s)|\n")


def _hours_of_a_habit(expressions: list[finder.Expression], low: str) -> None:
    """A clock time with no day told in the sentence of a recurring set of days (sets.tsv: "every trading day",
    "daily", "every Monday") is that set's hours, however far after it ("will open every trading day, on top of its
    regular session from 9 a.m. to 3:30 p.m.") or before it ("the 9:30 p.m. draw, which takes place every Tuesday and
    Friday"): a set too, unless a date of its own stands between."""
    for at, habit in enumerate(expressions):
        if not habit.parts.get("set") or not (habit.parts.get("unit") == "D" or "weekday" in habit.parts
                                               or habit.parts.get("set_value") == "P1D"):
            continue
        for exp in expressions[at + 1:]:
            if not _an_hour_of_the_habit(low, habit, exp):
                break
            exp.parts = dict(exp.parts, set=True)
        for exp in reversed(expressions[:at]):
            if not _an_hour_of_the_habit(low, habit, exp) or not _told_of_by_a_relative_clause(low, exp, habit):
                break
            exp.parts = dict(exp.parts, set=True)


def _told_of_by_a_relative_clause(low: str, exp: finder.Expression, later: finder.Expression) -> bool:
    """Does a relative clause set off by a comma right after the noun ``exp`` names tell ``later`` ("the 9:30 p.m.
    draw, which takes place every Tuesday")?  A clock time after a preposition is the time of its own clause ("At
    9 a.m. the board, which meets every Monday, said")."""
    clause = lexicon.relative_clause_after().search(low, exp.end, later.start)
    return clause is not None and "," not in low[exp.end:clause.start()] \
        and _word_before(low, exp.start) in _determiners()


def _an_hour_of_the_habit(low: str, habit: finder.Expression, exp: finder.Expression) -> bool:
    """Is ``exp`` a clock time with no day, in the sentence of the recurring set ``habit``?"""
    return _SENTENCE_STOP.search(low, min(habit.end, exp.end), max(habit.start, exp.start)) is None \
        and "hour" in exp.parts and exp.parts.keys() <= _HOURS_OF_A_SET


def _clock_times_of_a_habit(expressions: list[finder.Expression], text: str, low: str,
                            clauses: finder.Clauses) -> None:
    """A clock time or time of the day with no day of its own in a sentence a word of recurrence tells (tense.tsv
    kind=recurring: "The museum usually opens at 9 a.m.", "typically sells out by noon") is the hour of that habit,
    every day it recurs: a set, no time of the story.  A day told in its sentence may be its own ("usually closes at
    4 p.m., but on Friday shut at 1 p.m."; "Sunday, traditionally the busiest day, saw 910 cancellations by
    6 p.m."), and a clock time that opens its line stamps a live report's entry, whatever the entry tells ("9:20
    p.m. - A spokeswoman: "We always knew the early vote would lean her way.")."""
    for at, exp in enumerate(expressions):
        if _a_time_of_the_day_alone(exp.parts) and not exp.parts.get("set") \
                and low[_line_start(low, exp.start):exp.start].strip() \
                and not any(_SENTENCE_STOP.search(low, min(exp.end, other.end), max(exp.start, other.start)) is None
                            and resolver.has_day(other.parts)
                            for other in expressions[max(at - 2, 0):at] + expressions[at + 1:at + 3]) \
                and finder.is_recurring(text, low, exp.start, exp.end, None, clauses):
            exp.parts = dict(exp.parts, set=True)


def lead_opening(text: str) -> int:
    """Where the text's first paragraph opens (past a headline line): where its dateline or the place it is of
    stands."""
    lead = _LEAD.search(text, max(text.find("\n"), 0))
    return lead.start() if lead else 0


def dateline_region(text: str, at: int) -> int | None:
    """Where the region after a dateline's town at `at` starts ("VANCOUVER, Wash. -"), None when no comma follows it."""
    town = _DATELINE_TOWN.match(text, at)
    return town.end() if town else None


def _seasons_of_a_league_named_by_one_year(expressions: list[finder.Expression], text: str) -> None:
    """In a text on a league whose seasons are named by one year (year_seasons.tsv: "the NFL", "Formula 1"), "this
    season", "last season" and "next season" are such years: their parts carry the last month of the next year its
    season runs into, which the resolver reads (0 for none)."""
    seasons = [exp for exp in expressions if str(exp.parts.get("ref_value", "")).startswith(resolver.SPORT_SEASON)]
    if not seasons:
        return
    pattern, into_next_year = lexicon.year_season_leagues()
    league = pattern.search(text)
    if league is None:
        return
    # (the names of year_seasons.tsv blanked out, so that one holding a name of split seasons is not read as that
    # one: "the Indian Premier League")
    without_year_leagues = pattern.sub(lambda named: " " * len(named[0]), text)
    if not _the_subject_is_a_league_of_year_seasons(text, pattern, without_year_leagues):
        return
    split_leagues, clauses = lexicon.split_season_leagues(), finder.Clauses(text)
    for exp in seasons:
        # (a league of split seasons named in the season's own sentence is the one whose season it is)
        if split_leagues.search(without_year_leagues, *clauses.sentence(exp.start, exp.end)) is None:
            exp.parts = dict(exp.parts, season_year_runs_into=into_next_year[league[0]])


def _seasons_of_the_calendar_year(expressions: list[finder.Expression], text: str, low: str) -> None:
    """"This season", "last season" and "next season" told in a sentence that names a season of the calendar year
    (calendar_seasons.tsv: "the Tet shopping season"), or in the sentence right before in its paragraph, are that
    season of the year under way, before or after it: its year, as a league's season named by one year is ("During
    last year's Tet shopping season, orders rose 23%. It expects a similar increase this season", in January 2026:
    2026); a league of split seasons named there keeps its two years."""
    seasons = [exp for exp in expressions if str(exp.parts.get("ref_value", "")).startswith(resolver.SPORT_SEASON)
               and "season_year_runs_into" not in exp.parts]
    calendar_season = lexicon.calendar_season_named()
    if not seasons or calendar_season.search(low) is None:
        return
    split_leagues, clauses = lexicon.split_season_leagues(), finder.Clauses(text)
    for exp in seasons:
        own_sentence = clauses.sentence(exp.start, exp.end)
        start, end = own_sentence
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before > 0 and "\n\n" not in text[before:start]:
            start = clauses.sentence(before - 1, before)[0]
        # (a tally of sport in its own sentence keeps the season sport's: "scored twice over the festive season. He
        # has 12 goals this season")
        if calendar_season.search(low, start, end) is not None \
                and split_leagues.search(text, start, end) is None \
                and lexicon.sport_tally_told().search(low, *own_sentence) is None:
            exp.parts = dict(exp.parts, season_year_runs_into=0)


def _seasons_of_a_text_that_names_them_by_one_year(expressions: list[finder.Expression], text: str, low: str) -> None:
    """"This season", "last season" and "next season" in a text that names a season by one year ("the 2025 season",
    a crop's or a league's) and none by two ("the 2024-25 season"), nor a league of split seasons: such years, as a
    league's season named by one year is ("paid less in the 2025 season ... close to last season's levels", in May
    2025, is 2024)."""
    seasons = [exp for exp in expressions if str(exp.parts.get("ref_value", "")).startswith(resolver.SPORT_SEASON)
               and "season_year_runs_into" not in exp.parts]
    if not seasons:
        return
    noun_after = lexicon.season_noun_after()
    told = [exp for exp in expressions if "year" in exp.parts and noun_after.match(low, exp.end) is not None]
    if not told or any(exp.parts.keys() != {"year"} for exp in told) \
            or lexicon.split_season_leagues().search(text) is not None:
        return
    for exp in seasons:
        exp.parts = dict(exp.parts, season_year_runs_into=0)


def _the_subject_is_a_league_of_year_seasons(text: str, year_leagues: re.Pattern, without_year_leagues: str) -> bool:
    """Is the text on a league of year_seasons.tsv rather than one of split_seasons.tsv: is one named more often, or
    named in its headline or first paragraph when none of split seasons is?  A passing mention elsewhere ("whose owner
    also bought an NFL franchise") makes no football club's seasons single years."""
    split_leagues = lexicon.split_season_leagues()
    named_year, named_split = len(year_leagues.findall(text)), len(split_leagues.findall(without_year_leagues))
    lead = _LEAD.search(text, max(text.find("\n"), 0))
    lead_end = lead.end() if lead else len(text)
    return named_year > named_split or (year_leagues.search(text, 0, lead_end) is not None
                                        and split_leagues.search(without_year_leagues, 0, lead_end) is None)


def place_in_the_south(text: str) -> str | None:
    """The place of the southern hemisphere the text places itself in, if any: the one its first paragraph opens with
    (its dateline, "HOBART - ...", or the country the story is of, "Australia's ..."), names single-spaced.  A place
    named later in the lead may be where a story from elsewhere goes ("starts in Melbourne this weekend")."""
    at = lead_opening(text)
    place = lexicon.southern_places().match(text, at)
    if place is None and (region := dateline_region(text, at)) is not None:
        # (a dateline's town may be too small to list, its country after it is not: "CERRO PACHON, Chile (AP) -")
        place = lexicon.southern_places().match(text, region)
    return " ".join(place[0].split()) if place else None


class _Reading:
    """One pass over a text's expressions in order: each is read against what the text has told so far
    (the story's last date, the period the report is about), and then may become part of it."""

    def __init__(self, text: str, low: str, anchor: dt.date | None, locale: str,
                 sentences: list[tuple[int, int]] | None, expressions: list[finder.Expression] = ()):
        self.text, self.low, self.anchor = text, low, anchor
        self.locale = locale or _numeric_order_told(expressions)
        # where the text names a time that comes back every year ("each November", "annually")
        self.yearly_sets = [e.start for e in expressions if _yearly_set(e.parts)]
        self.expressions = expressions
        self.starts = [e.start for e in expressions]
        self.sentences = sentences
        self.sentence_of = SentenceIndex(sentences).find if sentences else None
        self.clauses = finder.Clauses(text, low)
        self.connectors = _connectors()
        self._base_compared_at: tuple[int, int, bool] = (-1, -1, False)    # (see _a_base_compared)
        self.fiscal_end: int | None = None
        self.fiscal_quarters = False    # has the text named a quarter of a fiscal year that is no calendar one?
        self.fiscal_quarter_end = 0     # ... and where the last one it named ends
        self.fiscal_quarter_year: int | None = None     # ... and the fiscal year it named it of
        self.fiscal_year_told: tuple[int, int, int] | None = None   # (year, last month, end) of the last fiscal year
                                                                    # named off December ("fiscal 2025", Alibaba's)
        self._told_fiscal_ends: tuple[tuple[int, int, bool], ...] | None = None   # (see _fiscal_ends_told)
        self._told_outright: int | None = None      # ... and the last month of a fiscal year told outright
        self._told_outright_at: tuple[tuple[int, int, bool], ...] = ()     # ... and where each such telling stands
        self._years_told_ended: dict[int, int] = {}     # ... and of one told over by its number (_year_tells_its_end)
        self._quarters_told_ended: set[int] = set()     # ... and of a quarter told by the day it ended
        self._opening_names_anew: dict[tuple[int, int], int | None] = {}   # (see _owned_by_a_company_named_anew)
        self._lead_end_at: int | None = None        # (see _lead_end)
        self._local_fiscal_end: int | None = 0      # (see _fiscal_end_at; 0: not yet read)
        self.fiscal_codes = False       # has the text written a fiscal year as a code ("FY24")?
        self.year_end_stated: int | None = None     # the last month of a fiscal year it told ended, off December
        self.ahead_from_now: set[int] = set()   # where "the next year" stands that is the stretch from now
        self.counted_ahead: set[int] = set()    # where a count ahead from now stands ("within 14 days")
        headline = _HEADLINE.match(text)
        self.headline_end = headline.end(1) if headline else -1     # where a first line set apart as a title ends
        # the next year of two years that is a programme of its own ("the 2026-27 season"): (its first day, where
        # it is named); see _in_the_split_year_ahead
        split = lexicon.split_years().search(low) \
            if any(word in low for word in lexicon.split_year_first_words()) else None
        self.split_year = None
        if split is not None and anchor is not None and int(split.group(2)) == (int(split.group(1)) + 1) % 100:
            opens = dt.date(int(split.group(1)), _SPLIT_YEAR_FIRST_MONTH, 1)
            if anchor < opens <= anchor + dt.timedelta(days=_A_YEAR_AHEAD_DAYS):
                # (a programme's year some years off, "from the 2028-29 season", is no story's timetable)
                self.split_year = (opens, split.end())
        self.resolved: list = []        # [expression, resolution, tense, befores], what _compose reads
        self.fiscal_years_awaited: set = set()  # starts of the bare fiscal years read as the one just ended, forecast
        self.event_spans: list = []     # (start, end) of each count told from a happening ("the week after the vote")
        # the story so far
        self.reference: resolver.Period | None = None    # what later anaphora count from
        self.reference_start = self.reference_end = 0       # where the expression that set it stands
        self.story_told = False         # does the reference tell of a time, or only qualify a noun?
        self.reference_year_told = True     # was the reference's year told, not only chosen by its tense?
        # is it a year the story reached by an anaphor ("that year", "two years later")?
        self.reference_anaphoric = False
        # is it the period of a base figure ("from $1,538 in the previous quarter")?
        self.reference_dates_a_base = False
        # the period the report is about: the first quarter or half it places
        self.topic: resolver.Period | None = None
        self.topic_named: finder.Expression | None = None   # ... and the expression that last set it
        # expressions that only say when the period before them ended or which year it opened, with the
        # reading of the day a stretch ended (None for the others)
        self.end_days: dict[int, resolver.Resolution | None] = {}
        self.counted_after: set[int] = set()     # the days of end_days a stretch is counted after, not up to
        self.reference_qualifies = False        # the reference is a year that qualifies a noun ("This year's festival")
        self.reference_subject = False          # ... the noun its sentence opens with ("The 2024 festival ran")
        self.reference_stretch = None           # (parts, resolution) of the stretch the reference day ends
        self.week_ended: resolver.Resolution | None = None     # the first week named by the day it ended
        self.naming_the_stretch: set[int] = set()   # expressions read as that stretch itself, which leave it be
        self.closed_from: dict[int, int] = {}   # the period whose last days are counted -> where they start
        self.closed_in_the_past: set[int] = set()   # ... named alone in a clause about the past
        self.opened_from: tuple[resolver.Period, int] | None = None   # the year or month an open span started, its end
        self.years_named: list = []     # the last years named with their number: (year, expression, window)
        self.set_reference: set[int] = set()     # expressions that became the reference
        self.restating: set[int] = set()     # where "the last year" stands that restates the date before it
        self.restated_on_another_day: set[int] = set()   # clock times told again in brackets, on another day
        self.in_apposition: set[int] = set()     # where "the year" stands in apposition to the year before it
        self.reference_window = None             # the sentence window of the reference
        self._compared_with_the_base: tuple = (None, None)  # (see _period_compared_with_the_base) its key and answer
        self.quarter_labelled = None             # (calendar quarter, the company's label) of a quarter named with
                                                 # the day it ended ("its fourth quarter ended Sept. 30")
        self.reference_fiscal = False            # ... is it a fiscal quarter off the calendar's ("its fiscal third
                                                 # quarter, which ended Oct. 31"), held as the calendar quarter it
                                                 # begins in?
        # granularity -> the last reference of it, where it stands and its sentence window
        self.named: dict[str, tuple[resolver.Period, int, int, tuple[int, int] | None]] = {}
        self.reference_from: resolver.Period | None = None   # the first period of a span that is the reference
        self.reference_last: resolver.Period | None = None   # the last month of a run one expression placed (its first)
        self.entry_end = -1     # where the line of a chronology's entry ("May 12: The two sides agree ...") ends
        self.live_entry = False     # whether the entry is stamped with a clock time, told as it happens, so its
                                    # forecasts look ahead ("04:05 HKT Friday - ... results are expected in mid-May")
        self.entries = 0        # how many entries of a chronology the text has opened
        self.entry_start = -1   # where the date that opened the last entry stands
        self.weekday_entry = False      # ... and whether it is a weekday ("Monday: Baidu reports ...")
        self.entry_day: resolver.Period | None = None           # the day a weekday entry stands for ...
        self.previous_entry_day: resolver.Period | None = None  # ... and that of the entry before it
        self.entry_dates: list[resolver.Period] = []            # the dates that opened the entries, in order
        self.entry_goes_on_from: resolver.Period | None = None  # the date of the entry before, when its own
                                                                # line named another after it
        # the days the paragraphs have told happenings on, in order: (day, where its expression starts)
        self.days_told: list[tuple[resolver.Period, int]] = []
        self.reference_names_a_year = False     # is the story's reference the last day in a fiscal year's name?
        self.event_first_day: dt.date | None = None     # day one of the match or trial the story counts days of
        # a count from a happening that the relative clause right after its noun dates ("within 14 days of the
        # judgment, which the court entered on Wednesday"): (index, the count, that clause's date)
        self.events_dated_after: list[tuple[int, finder.Expression, finder.Expression]] = []
        self.event_days_unplaced: list = []     # (index, expression, the one after it): a day of a happening told
                                                # before any day it opened on (see event_days_from_an_opening_after)
        self.nights_told: set[int] = set()      # where days_told named a day by its night ("Saturday night")
        self.mornings_told: set[int] = set()    # where days_aside named a day by its early part ("early on Saturday")
        self.times_of_a_happening: set[int] = set()     # clock times placed on the day of the happening they tell
        self.evenings_told: set[int] = set()    # where days_told or days_aside named a day by its evening or night
        # the days named in an aside or a possessive, which tell no happening of the story's ("Saturday's programme",
        # "fans who stayed on site on Sunday"), yet are the day a clock time after them is on: (day, start)
        self.days_aside: list[tuple[resolver.Period, int]] = []
        self.lead_day: dt.date | None = None    # the first single day the writer's own words tell, past the headline
        self.days_possessed: set[int] = set()     # where days_aside named a day by a possessive ("Saturday's")
        # where a month tells when the occasion a year names falls -> that year's entry in resolved, which the month,
        # read later, may turn future ("for the 2026 Hajj in late May")
        self.year_entry_of_occasion_month: dict[int, list] = {}
        # where the last word of the present ("current", "now") stands that is no aside ("Ma, now 60, ...", "which now
        # has"):
        # a sentence that frames its happening from now leaves the past year the paragraph told of
        self.present_at = -1
        self.section_day: tuple[resolver.Period, int] | None = None    # the day heading the last section, where
        self.weekdays_told: dict[int, resolver.Resolution] = {}     # weekday -> the day the text last named it for
        # weekday -> the day gone the text last named with its date, and where ("On Monday, April 29")
        self.dated_weekdays: dict[int, tuple[resolver.Resolution, int]] = {}
        self.last_dated_weekday: tuple[resolver.Resolution, int] | None = None     # the latest of them
        self.first_line_end = text.find("\n")         # (the headline's, when the text opens with one)
        if self.first_line_end == -1:
            self.first_line_end = len(text)

    def _weekday_of_the_days_told(self, exp: finder.Expression) -> None:
        """A weekday named with "the" is one of the few days its paragraph told last, when they hold it: "peak on the
        weekend of Feb. 14-15 ... avoid leaving on the Saturday morning" is Feb. 14, "Nov. 25-28: budget week, with
        the final vote on the Friday" Nov. 28 ("the" points back to days told, as "on Saturday" alone need not)."""
        if _THE_BEFORE.search(self.low, max(0, exp.start - 5), exp.start) is None:
            return
        paragraph = _line_start(self.text, exp.start)
        for told, resolution, *_ in reversed(self.resolved):
            if told.start < paragraph:
                return
            if resolution is None or resolution.first_day is None or resolution.last_day is None:
                continue
            days = (resolution.last_day - resolution.first_day).days
            if days >= 7:
                continue    # (a longer time told since, "break up for the winter holidays", sets no other days)
            if days > 0:
                day = next((resolution.first_day + dt.timedelta(days=n) for n in range(days + 1)
                            if (resolution.first_day + dt.timedelta(days=n)).isoweekday() == exp.parts["weekday"]),
                           None)
                if day is not None:
                    exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)
            return

    def _a_counted_day_that_is_today(self, exp: finder.Expression) -> bool:
        """Is ``exp``, a counted day of a happening, said in the present to be today ("Today is the eighth day of the
        strike", "It's the second day of an offensive": event_days_now.tsv)?"""
        return lexicon.event_day_now().search(self.low, max(0, exp.start - _NOW_COPULA_REACH), exp.start) is not None

    def _first_day_of_the_event(self, exp: finder.Expression) -> dt.date | None:
        """The first day of the match, trial or summit whose "day three" or "the third evening" ``exp`` is: for a
        later day, the first day the story set before; else the day told last in its paragraph, counted back when
        ``exp`` stands in apposition to it ("on Wednesday, day three of the trial"), taken as it is when ``exp`` is
        the first day ("won the toss on Monday and were bowled out shortly before the close of the first day"), and
        failing that the one set before.  None when the story told no such day: "day two" alone is no date."""
        number = exp.parts["event_day"]
        if self.event_first_day is not None and number > 1:
            return self.event_first_day
        paragraph = max(self.text.rfind("\n", 0, exp.start), 0)
        for told, resolution, *_ in reversed(self.resolved):
            if told.start < paragraph:
                break
            if told.start >= exp.start or resolution is None or resolution.precision != "day" \
                    or resolution.first_day is None:
                continue            # (a day told after it is only read when it is read again from one told after)
            if _APPOSITION.fullmatch(self.low, told.end, exp.start) is not None:
                self.event_first_day = resolution.first_day - dt.timedelta(days=number - 1)
            elif lexicon.event_opening().search(self.low, max(paragraph, told.start - _OPENING_REACH), told.start):
                # a day told as the one the happening opened on ("The tournament opened on Thursday, April 16 ... On
                # day three") is its first day (event_openings.tsv)
                self.event_first_day = resolution.first_day
            elif number == 1:
                # (a first day is the day its paragraph told, a later event's too: "Nov 6, 2007 - ... Its shares
                # nearly triple on the first day of trading" and, in a later entry, "closes its first day")
                self.event_first_day = resolution.first_day
            break
        if self.event_first_day is None:
            self.event_first_day = self._opening_day_told(0, exp.start)
        return self.event_first_day

    def _opening_day_told(self, after: int, before: int) -> dt.date | None:
        """The first day the story told, between ``after`` and ``before``, as the one its happening opened on ("The
        event, which opened on June 9, ... [paragraphs later] The broadcast drew 2.1 million viewers on day one"): a
        count of days with no day of its own paragraph counts from it (event_openings.tsv); None when none was told
        so."""
        for told, resolution, *_ in self.resolved:
            if told.start >= before:
                break
            if told.start < after:
                continue
            if resolution is None or resolution.precision != "day" or resolution.first_day is None:
                continue
            line = _line_start(self.text, told.start)
            if lexicon.event_opening().search(self.low, max(line, told.start - _OPENING_REACH), told.start):
                return resolution.first_day
        return None

    def _closing_day_told(self, exp: finder.Expression) -> dt.date | None:
        """The day the story told its happening closed on, when ``exp`` names a last day without its date ("ended a
        three-week meeting in Kingston on Friday ... told reporters on the final day": that Friday), the latest such
        day told before it (event_closings.tsv); None when ``exp`` is no such day or none was told."""
        verb, last_day = lexicon.event_closing()
        named = last_day.match(self.low, exp.start)
        if named is None or named.end() != exp.end:
            return None
        for told, resolution, *_ in reversed(self.resolved):
            if told.start >= exp.start or resolution is None or resolution.precision != "day" \
                    or resolution.first_day is None:
                continue
            closing = verb.search(self.low, max(0, told.start - _CLOSING_REACH), told.start)
            if closing is None:
                continue
            # (a price's close is no happening ending: a market subject, "Shares of Acme closed on Monday", or a move
            # after the verb, "The Nikkei closed down 1% on Friday")
            sentence_start = self.clauses.sentence(told.start, told.end, self._window_of(told.start))[0]
            if lexicon.market_subject_before().search(self.low, sentence_start, closing.start()) is None \
                    and lexicon.price_move_after().match(self.low, closing.start("object")) is None:
                return resolution.first_day
        return None

    def _fiscal_ends_told(self) -> tuple[tuple[int, int, bool], ...]:
        """Where the text tells when its company's fiscal year begins or ends, the last month of that fiscal year
        (counted past 12 when the text names its fiscal years by the year they start in, see
        resolver.fiscal_end_month) and whether it holds for the whole text (read once per text, only when it names
        a fiscal period)."""
        if self._told_fiscal_ends is None:
            tellings = _fiscal_tellings(self.low, self.first_line_end, self.text, self.anchor)
            by_start = {month for m, shift, month, _ in tellings if month != 12 and self._named_by_its_start(m, shift)}
            # (a company's way of naming its fiscal years holds for every one the text names: a telling that shows
            # it is no aside on another company's calendar)
            self._told_fiscal_ends = tuple(sorted((m.start(), month + 12 if month in by_start else month,
                                                   whole or month in by_start) for m, _, month, whole in tellings))
            # (the calendar told outright, "Corvane's fiscal year ends on June 30", not by a half: see
            # _year_end_reported)
            outright = [(m.start(), month) for m, _, month, whole in tellings
                        if whole and month != 12 and m.re not in lexicon.fiscal_told_of_halves()]
            self._told_outright = min(outright, key=lambda t: t[0])[1] if outright else None
            outright_starts = {start for start, _ in outright}
            self._told_outright_at = tuple(t for t in self._told_fiscal_ends if t[0] in outright_starts)
            # (a fiscal year named by its number and told as over, "fiscal 2025, which ended on Oct. 31": where each
            # such telling starts -> its last month, see _year_tells_its_end)
            self._years_told_ended = {m.start(): month for m, _, month, _ in tellings
                                      if m.groupdict().get("named") and m.groupdict().get("ended") and month != 12
                                      and self._the_last_year_ended(int(m.group("named")), month)}
            # (where a quarter is told by its ordinal and the day it ended, off December: "the first quarter, which
            # ended May 3"; a quarter the lead names alone before it is of that calendar, see _year_end_reported)
            self._quarters_told_ended = {m.start() for m, _, month, _ in tellings
                                         if m.groupdict().get("quarter_ended") and month != 12}
        return self._told_fiscal_ends

    def _the_last_year_ended(self, named: int, month: int) -> bool:
        """Is the fiscal year ``named``, whose last month the text tells (see _fiscal_ends_told), the last one ended
        before the article's date, the year a report is on (not one of a history: "Revenue peaked in fiscal 2022,
        which ended on Jan. 31, 2023", in 2025)?"""
        if self.anchor is None:
            return False
        end_year, end_month = (named + 1, month - 12) if month > 12 else (named, month)
        months_since = (self.anchor.year - end_year) * 12 + self.anchor.month - end_month
        return 0 < months_since <= 12

    def _year_tells_its_end(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a fiscal year named by its number whose own clause tells it over, off December ("For fiscal
        2025, which ended on Oct. 31, the bank earned C$6.9 billion")?  Then the text has told its company's calendar
        as surely as by a fiscal quarter's months, and its later quarters and halves named alone are of it."""
        self._fiscal_ends_told()
        return "year" in exp.parts and exp.parts.get("unit") in (None, "Y") and exp.start in self._years_told_ended

    def _named_by_its_start(self, told: re.Match, shift: int) -> bool:
        """Does ``told`` ("fiscal 2026, which begins on Feb. 1", fiscal_told.tsv) name a fiscal year by the calendar
        year it starts in?  The day it tells, read against the article's date with the tense of its clause, falls
        in a fiscal year that ends a calendar year after the one in its name (Feb. 1, 2026, in January 2026: that
        fiscal year ends in January 2027)."""
        named = told.groupdict().get("named")
        if named is None or self.anchor is None:
            return False
        at = told.start("month")
        day = next((e for e in self.expressions if e.start <= at < e.end), None)
        if day is None:
            return False
        window = self._window_of(day.start)
        tense = finder.clause_tense(self.text, self.low, day.start, day.end, window, self.clauses)
        resolution = resolver.resolve(day.parts, self.anchor, tense, None, self.locale)
        if resolution is None or resolution.first_day is None or resolution.precision != "day":
            return False
        told_day, end_month = resolution.first_day, (resolution.first_day.month + shift - 1) % 12 + 1
        if told.groupdict().get("ends"):
            # (a last day early in the month after the last month still ends that fiscal year: "ends on Feb. 1, 2026")
            end_year = told_day.year - (told_day.month < end_month)
        else:
            end_year = told_day.year + (told_day.month > end_month)     # (the first day of the fiscal year)
        return end_year == int(named) + 1

    def _the_last_decade_up_to_now(self, exp: finder.Expression) -> bool:
        """Is ``exp`` "the last decade" in a clause in the present perfect ("Cambodian banks have spent the last
        decade catching up")?  A time that reaches the present is the ten years up to now, as "the past decade" is,
        not the calendar decade before the one under way ("lost to inflation in the last decade", in 1998: the
        1980s)."""
        if exp.parts != {"unit": "E", "det": True, "shift": -1}:
            return False
        s_lo = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        clause_lo = max([s_lo] + [m.end() for m in _CLAUSE_PUNCTUATION.finditer(self.low, s_lo, exp.start)])
        perfect = lexicon.last_match(lexicon.present_perfect(), self.low, clause_lo, exp.start)
        if perfect is None:
            return False
        markers = self.clauses.markers(s_lo, exp.start)
        # ("have spent": no past; nor "have not invested", its participle a word or two on)
        participle_end = next((e for s, e, tense, _ in markers if tense in lexicon.PAST_TENSES and s >= perfect.end()
                               and _BEFORE_THE_PARTICIPLE.fullmatch(self.low, perfect.end(), s)), None) \
            or _THE_WORD_AFTER.match(self.low, perfect.end()).end()
        # (a verb in the past after the auxiliary tells of its own time: "a trend that has given back to workers some
        # of the earning power they lost to inflation in the last decade", in 1998, is the 1980s)
        return all(tense not in lexicon.PAST_TENSES or s < participle_end for s, _, tense, _ in markers)

    def _split_year_quarter(self, exp: finder.Expression) -> dict:
        """The parts of a quarter or half of a year split across two ("Q1 2024/25", "the second quarter of 2025/26"):
        a period of a fiscal year, named by the year it ends in (as "FY24/25" is), when the code says so ("Q1
        FY2024/25") or the text tells the calendar ("The NHS year runs from April to March", fiscal_told.tsv);
        else of the calendar year it opens in, as before (a split year never ends in December: no guess at its
        months)."""
        parts = {key: value for key, value in exp.parts.items() if key != "year2"}
        if parts.get("fiscal") or self._fiscal_end_at(exp.start) != 12:
            parts.update(fiscal=True, year=exp.parts["year2"])
        return parts

    def _calendar_told_for(self, exp: finder.Expression) -> bool:
        """Does the text tell, in so many words, a fiscal calendar off December that holds at ``exp``, a bare year
        split across two ("The government's fiscal year runs from April 1 to March 31" ... "a deficit in 2025-26")?
        A company's custom (fiscal.tsv) is not enough, nor is a split year that names a programme of its own ("the
        2022-23 season", split_years.tsv)."""
        if not any(month != 12 for _, month, _ in self._fiscal_ends_told()):
            return False
        if lexicon.split_years().match(self.low, exp.start):
            return False
        return self._fiscal_end_at(exp.start) != 12

    def _told_before_as_a_fiscal_year(self, exp: finder.Expression) -> bool:
        """Has the text told ``exp``, a bare year split across two, as a fiscal year before ("the budget for fiscal
        year 2025-26 ... Defence spending will rise 20% in 2025-26": FY2026 both)?  The same two years named again are
        that fiscal year, however far the telling of its calendar."""
        fiscal = f"FY{exp.parts['year2']:04d}"
        return any(told is not None and told.when == fiscal and "year2" in said.parts
                   for said, told, _, _ in self.resolved)

    def _a_budget_s_year(self, exp: finder.Expression) -> bool:
        """Does a word of a budget in its clause (reporting_years.tsv, year split) make ``exp``, a bare year split
        across two, a fiscal year, though the text tells no calendar ("expect the budget to project a deficit of $36
        billion for 2026-27" is FY2027)?  A budget is drawn up for a fiscal year, so only a year the budget or its sum
        is for ("the 2026-27 budget", "the budget for 2026-27"): "The budget airline expects traffic to grow in
        2026-27" keeps its two years, as does a split year that names a programme of its own ("the club's budget for
        the 2025-26 season", split_years.tsv)."""
        if lexicon.split_years().match(self.low, exp.start):
            return False
        before, after = lexicon.budget_year_ties()
        if not (before.search(self.low, max(0, exp.start - _BUDGET_TIE_REACH), exp.start)
                or after.match(self.low, exp.end)):
            return False
        start, end = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        # (the budget must be what the split year is for, in its clause: not "froze its budget as enrolment for
        # 2026-27 fell 4%", the enrolment's school year)
        return any(not lexicon.clause_break().search(self.low, min(budget.end(), exp.end),
                                                     max(budget.start(), exp.start))
                   for budget in lexicon.reporting_year_words("split").finditer(self.low, start, end))

    def _fiscal_end_at(self, at: int) -> int:
        """_fiscal_end at ``at``, with the calendars the text has told so far and the year end of the place it
        places itself in."""
        if self._local_fiscal_end == 0:
            self._local_fiscal_end = lexicon.southern_fiscal_ends().get(place_in_the_south(self.text) or "")
        return _fiscal_end(self.text, at, self._fiscal_ends_told(), self.low, self.year_end_stated,
                           self._local_fiscal_end, self._told_outright_at)

    def _month_the_year_restated_ends(self, exp: finder.Expression) -> int | None:
        """The month the year the story just told by the day it ends on ends in, when ``exp`` restates that year as a
        fiscal one ("fell 12% in the year to June 30 ... a net loss for the same financial year" is July-June, not the
        year of a company's own calendar); else None."""
        parts, reference, stretch = exp.parts, self.reference, self.reference_stretch
        if not parts.get("anaphoric") or parts.get("shift") != 0 or parts.get("unit") != "Y" \
                or reference is None or reference.gran != "D" or stretch is None or stretch[0].get("unit") != "Y":
            return None
        return reference.day.month

    def _fiscal_year_stated(self) -> bool:
        """Does the text tell its company's fiscal year as a standing fact ("Its fiscal year ends on Jan. 31.")?  Then
        the quarters it counts, once it has named one fiscal, are that company's in every paragraph: an earnings
        report that sets out its calendar reports on it throughout."""
        return any(whole for _, _, whole in self._fiscal_ends_told())

    def _title_year(self) -> int | None:
        """The one year the text's first line names, when that line is a title (no sentence: no full stop ends it)."""
        title = self.low[:self.first_line_end].rstrip()
        if len(title) > _TITLE_LENGTH or title.endswith((".", "!", "?", '"', "\u201d")):
            return None
        years = set(_TITLE_YEAR.findall(title))
        return int(years.pop()) if len(years) == 1 else None

    def read(self, index: int, exp: finder.Expression, following: finder.Expression | None) -> None:
        """Resolves ``exp`` (into ``resolved``) against the story so far, then lets it carry the story on."""
        if "event" in exp.parts:
            if self._day_restated_after_a_happening(exp) or self._read_from_the_event(exp) \
                    or exp.parts.get("lonely"):
                return      # (a part of the day of a happening never dated places nothing: "the morning of the fire")
            if following is not None and self._dated_by_its_relative_clause(exp, following):
                self.events_dated_after.append((index, exp, following))
                return
            # (a happening the text never dated leaves the count as it reads alone: "ten days after the murder")
            exp.start, exp.end = exp.parts["event_told"]
            exp.parts = {key: value for key, value in exp.parts.items() if not key.startswith("event")}
        if "event_day" in exp.parts and self._a_counted_day_that_is_today(exp):
            # ("It's the second day of an offensive": the day of writing, whether or not the story told the first)
            exp.parts = {"ref_type": "DATE", "ref_value": "D+0"}
        if "event_day" in exp.parts:
            first = self._first_day_of_the_event(exp)
            if first is None:
                self.event_days_unplaced.append((index, exp, following))
                return
            day = first + dt.timedelta(days=exp.parts["event_day"] - 1)
            exp.parts = {key: value for key, value in exp.parts.items()
                         if key not in ("event_day", "unit", "det", "ordinal")}
            exp.parts.update(year=day.year, month=day.month, day=day.day)
        else:
            closing = self._closing_day_told(exp)
            if closing is not None:
                exp.parts = {key: value for key, value in exp.parts.items()
                             if key not in ("unit", "det", "final", "shift", "anaphoric")}
                exp.parts.update(year=closing.year, month=closing.month, day=closing.day)
        if self._the_morning_after_a_night_told(exp):
            # "The frost came on the night of April 8 and by the morning the buds were brown": April 9's morning
            exp.parts = dict(exp.parts, shift=1)
        # (a bare "the half" reads as "the period", which it is only when that is a half-year)
        told_half = exp.parts.pop("told_half", False)
        if exp.parts.get("ref_value") == "PRESENT_REF" and not self.low[max(0, exp.start - 3):exp.start].rstrip(
                ).endswith(",") and lexicon.tense_words()[0].get(_word_before(self.low, exp.start)) != "boundary":
            self.present_at = exp.start
        of = exp.parts.get("year_of")
        if isinstance(of, dict) and of.get("fiscal") and "fiscal_end" not in of:
            # "the first quarter of the current fiscal year": a year of its company's calendar
            exp.parts = dict(exp.parts, year_of=dict(of, fiscal_end=self._fiscal_end_at(exp.start)))
        narrowed = self._year_narrowed_right_before(exp)
        if narrowed is not None:
            # "a new session could be held next year, possibly in the first half": set off by a comma right after
            # a year only to say when within it, a part of a year is of that year, not the one nearest the telling
            exp.parts = {**exp.parts, "year": narrowed}
        if self._the_last_decade_up_to_now(exp):
            exp.parts = {"unit": "E", "det": True, "vague": "PAST"}
        if "year2" in exp.parts and exp.parts.get("unit", "Q") in ("Q", "H") and (
                "quarter" in exp.parts or "half" in exp.parts or "ordinal" in exp.parts):
            exp.parts = self._split_year_quarter(exp)
        elif set(exp.parts) == {"year", "year2"} and exp.parts["year2"] == exp.parts["year"] + 1 \
                and (self._calendar_told_for(exp) or self._a_budget_s_year(exp)
                     or self._told_before_as_a_fiscal_year(exp)):
            # (a bare "2025-26" of a text that tells its fiscal calendar is that fiscal year, as its quarters are)
            exp.parts = dict(exp.parts, fiscal=True)
        if exp.parts.get("fiscal"):
            # (a code that tells its own last month, "FY3/26", needs no calendar from around it)
            self.fiscal_end = exp.parts.get("fiscal_end_told") or self._fiscal_end_at(exp.start)
            exp.parts["fiscal_end"] = self._month_the_year_restated_ends(exp) or self.fiscal_end
            if exp.parts.get("unit") == "Q" and self.fiscal_end != 12:
                self.fiscal_quarters = True
                self.fiscal_quarter_end = exp.end
                self.fiscal_quarter_year = exp.parts.get("year")
            if "yy" in exp.parts:
                self.fiscal_codes = True
            if isinstance(exp.parts.get("year"), int) and exp.parts.get("unit") not in ("Q", "H") \
                    and self.fiscal_end != 12:
                self.fiscal_year_told = (exp.parts["year"], self.fiscal_end, exp.end)
            if (exp.parts.get("unit") in ("Q", "H") or self._year_tells_its_end(exp)) and self.fiscal_end != 12 \
                    and _fiscal_end_named(self.text, exp.start, self.low, markets=False) is None:
                # "net profit for the second quarter of FY26" with rupees, "the first half of the fiscal year, the
                # April-September period": the text has told its own company's calendar as surely as by a fiscal
                # year that ended, and its later bare quarters and halves are of it (see _year_end_reported); not
                # so the calendar of a company of fiscal.tsv named near, maybe one of several ("Microsoft's fiscal
                # second quarter ... Meta is forecast to report fourth-quarter revenue"); a market's name or money
                # word ("Rs 2,146 crore for Q3FY26") tells the calendar of the company reported on, none other's
                self.year_end_stated = self.fiscal_end
        elif self.fiscal_codes and exp.rule == "half_digit_first" and "yy" in exp.parts:
            # "profit for FY24 ... In 2H24 the price averaged": a text that writes its fiscal years as codes
            # writes their halves so too (2H24 is FY24's second half)
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=self.fiscal_end)
        elif exp.rule == "half_digit_first" and "yy" in exp.parts and (year_end := self._year_end_reported(exp)):
            # "1H26 cash profit ... for the six months to March 31": a half code names the half of the fiscal year
            # of the company the text reports on, once it tells that calendar off December
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=year_end)
        elif _a_quarter_alone(exp.parts) and (
                self.fiscal_quarters and (self.text.find("\n", self.fiscal_quarter_end, exp.start) == -1
                                          or self._fiscal_year_stated())
                or self.fiscal_codes and self.fiscal_end not in (None, 12)) \
                and not self._calendar_told_in_its_sentence(exp) and not self._owned_by_a_company_named_anew(exp):
            # "Alibaba's fiscal third-quarter results ... will report fourth-quarter earnings in mid-May":
            # once a text counts a company's quarters by its fiscal year, it goes on doing so (across paragraphs
            # when it writes them as codes, "Q3FY26": a report that counts that way counts every quarter so)
            # (not a quarter of a company its own sentence tells keeps the calendar year: "Jumia, which reports on a
            # calendar year, ... in the first quarter", after "the 2026/27 financial year", is January to March)
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=self.fiscal_end)
            if self.fiscal_quarter_year is not None and self.clauses.sentence(exp.start, exp.end, None)[0] \
                    < self.fiscal_quarter_end:
                # ("will fall in the first quarter of fiscal 2027, with the rest spread over the second and third
                # quarters": of the fiscal year its sentence named)
                exp.parts["year"] = self.fiscal_quarter_year
        elif _a_quarter_alone(exp.parts) and self.fiscal_year_told is not None \
                and self.clauses.sentence(exp.start, exp.end, None)[0] < self.fiscal_year_told[2] \
                and self.text.find("\n", self.fiscal_year_told[2], exp.start) == -1:
            # "Revenue for fiscal 2025 rose 6%, and the cloud group grew 18% in the final quarter", of Alibaba: a
            # quarter told after a fiscal year its sentence named is a quarter of that year (January to March 2025)
            exp.parts = dict(exp.parts, fiscal=True, year=self.fiscal_year_told[0],
                             fiscal_end=self.fiscal_year_told[1])
        elif resolver.part_of_a_year_alone(exp.parts) and (year_end := self._year_end_reported(exp)) is not None:
            # "Revenue for the year ended September 30 rose 12% ... Fourth-quarter net profit was 51.3 billion
            # yuan": the quarters of the year the report is on, which ends in September (and its halves: "We expect
            # the second half to be better")
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=year_end)
            if exp.parts["unit"] == "Q" and year_end != 12:
                # (the report's quarter is the one "the quarter" of its later paragraphs restates: "Revenue in the
                # quarter rose 8%" is of the same fiscal months)
                self.fiscal_end, self.fiscal_quarters, self.fiscal_quarter_end = year_end, True, exp.end
        elif exp.parts == _THE_CURRENT_YEAR and (year_end := self._year_end_reported(exp)) is not None \
                and year_end != 12:
            # "Revenue for the year to June 30, 2025 ... turnover would double in the current year": the fiscal year
            # under way of the calendar the report is on ("this year" stays the calendar's)
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=year_end)
        elif exp.parts == _A_YEAR_END and self.anchor is not None \
                and lexicon.possessive_before().search(self.low, max(0, exp.start - _OWNER_REACH), exp.start) \
                and (year_end := self._year_end_reported(exp) or self._fiscal_end_of_a_year_told(exp)) \
                and year_end != 12:
            # "pre-tax profit for the year to 28 March ... Easter falls after the company's year-end": a company's own
            # year-end is the month its fiscal year under way ends in (2026-03), not the calendar's
            exp.parts = {"month": resolver.fiscal_end_month(year_end),
                         "year": resolver._fiscal_year_of(self.anchor, year_end), "mod": "END"}
        elif exp.parts == _THE_YEAR and self.anchor is not None \
                and (lexicon.kind_right_after("just_ended").match(self.low, exp.end)
                     or lexicon.year_total_before().search(self.low, max(0, exp.start - _YEAR_TOTAL_REACH), exp.start)
                     and lexicon.word_of_kind("year_total_payout").search(
                         self.low, self.clauses.sentence(exp.start, exp.end, None)[0], exp.start) is not None) \
                and (year_end := self._year_end_reported(exp)) is not None and year_end != 12:
            # "China accounted for 31% of revenue in the year just ended", after "the year to March 31": the fiscal
            # year before the one under way, named as "fiscal 2026" is (later anaphora count from it), whatever
            # forecast its clause tells ("That forecast assumes 145 yen, against 152 yen in the year just ended");
            # so is the year a final payout brings its total for to a sum, whatever future its payment tells ("a final
            # dividend of 5.1p ... would be paid on 3 July ..., taking the total for the year to 7.6p"); an interim
            # payout, or stores still to open, bring the total of the year under way ("plans to open 12 stores in the
            # second half, taking the total for the year to 30")
            exp.parts = dict(exp.parts, year=resolver._fiscal_year_of(self.anchor, year_end) - 1, fiscal=True,
                             fiscal_end=year_end)
        elif exp.parts == _THE_YEAR \
                and (year_end := self._year_end_reported(exp) or self._fiscal_end_told_before(exp)
                     or not self._ended_by_the_next(exp, following) and self._calendar_told_before(exp)) \
                and year_end != 12 \
                and finder.is_forecast(self.text, self.low, exp.start, exp.end, self._window_of(exp.start),
                                       self.clauses):
            # "cut her revenue forecast for the full year", after "the fiscal year ending March 2027": a forecast for
            # the year of a report on a fiscal year off December is of that calendar's year under way, as "the current
            # year" is
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=year_end)
        elif exp.parts == _THE_YEAR and self.anchor is not None and not finder.results_told_for(self.low, exp.start) \
                and self._the_year_of_a_past_report(exp) and not self._ended_by_the_next(exp, following) \
                and (year_end := self._year_end_reported(exp) or self._year_end_of_the_paragraph(exp)) is not None \
                and year_end != 12:
            # "Equities returned 16.4% for the year", "booked a profit on player sales in the year", after "the fiscal
            # year that ended June 30": whatever word tells the figure, the fiscal year last ended before the writing,
            # not a year a record or a history told since ("its best showing since the year to March 2021")
            exp.parts = {"year": resolver._fiscal_year_of(self.anchor, year_end) - 1, "fiscal": True,
                         "fiscal_end": year_end}
        elif exp.parts == _THE_YEAR and finder.results_told_for(self.low, exp.start) \
                and (year_end := self._year_end_reported(exp) or self._year_end_of_the_paragraph(exp)) is not None \
                and year_end != 12:
            # "for the fiscal year ended March 31, 2025 ... Revenue for the year rose 6%": the results of a report on a
            # fiscal year off December are told for that calendar's year, as "the fiscal year" would be (a past clause
            # makes it the one told as over)
            exp.parts = dict(exp.parts, fiscal=True, fiscal_end=year_end)
        if "holiday_in_context" in exp.parts:
            self._holiday_of_the_text(exp)
            if (told := self._its_own_day_told_after(exp, following)) is not None:
                # "the Independence Day holiday on June 26" in Madagascar: a name many countries keep on their own
                # days, told with its day, falls on that day, not on the day of the one the table knows
                exp.parts = dict(exp.parts, holiday=told)
        if _a_weekday_alone(exp.parts) and (days := self._weekdays_counted_from_it(exp, following)):
            # "the final on Saturday, May 16, and the semifinals on the Tuesday and Thursday before it": the last
            # such weekdays before the day "it" stands for, as "the week before it" is (below)
            for told, day in zip((exp, following), days):
                told.parts = {"year": day.year, "month": day.month, "day": day.day, "weekday": day.isoweekday()}
        if exp.parts == _THE_WEEK and (told := self._day_it_stands_for(exp)) is not None:
            # "Diwali falls on Oct. 20, and sellers expect a second peak in the week before it": the seven days up to
            # the day its sentence told last, as "the week before Diwali" is
            day, it_end = told
            exp.parts = dict(exp.parts, plural=False, count=1, ends_on=day - dt.timedelta(days=1), ends_before=True,
                             told_by_it=it_end)
        if exp.parts == _THE_DAY and following is not None and _counted_to(self.low, exp.end, following.start):
            # "The day before last Tuesday's hearing", "the day after Thanksgiving": one day from the day named after
            # it, as "a day before" is, not the day the story is on (see _offset_day)
            exp.parts = dict(exp.parts, count=1)
        elif exp.parts == _THE_DAY and (day := self._day_told_just_before(exp, following)) is not None:
            # "Qwen3 arrived on April 29 ... The shares slipped 0.8% on the day of the launch": the day the paragraph
            # last told, when nothing else was dated since
            exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)
            del exp.parts["unit"], exp.parts["det"]
        elif _years_ago(exp.parts) and self.anchor is not None \
                and lexicon.told_right_after("to_the_day").match(
                    self.low, exp.end + self.low.startswith(",", exp.end)) is not None:
            # "That figure was set a year ago, almost to the day": the day of writing that many years back, counted
            # from now whatever period the story is on, as "a year ago today" is
            exp.parts = {"year": self.anchor.year - exp.parts["count"], "month": self.anchor.month,
                         "day": _its_day_years_back(self.anchor)}
        if exp.parts == _LAST_YEAR and (counted_back := self._base_of_a_period_s_figure(exp)) is not None:
            # "third-quarter profit rose to $5 million, compared with $3 million last year": the base of a figure of
            # a quarter, half or month is that period a year before, as "a year earlier" (or, in a sentence that
            # names no period, "a year ago" of the report's quarter) there is
            exp.parts = dict(counted_back)
        if set(exp.parts) == {"month"} and exp.start > self.first_line_end \
                and finder.labels_its_line(self.low, exp.start, exp.end) and (year := self._title_year()) is not None:
            # "1. January: the DeepSeek shock" under "China tech's 2025 in ten moments": a month heading a section of
            # a text whose title names one year is of that year, the year reviewed or previewed
            exp.parts = dict(exp.parts, year=year)
        if self.anchor is not None and (years_back := _history_years_back(exp.parts, self.anchor, self.low, exp.end)) \
                and self._entry_of_a_history_list(exp):
            # "Also on this date: ... In 1805, a British fleet ...", "Ten years ago: ...": an entry of a list of what
            # happened on the day of writing in past years is that year on that day, not the whole year
            exp.parts = {"year": self.anchor.year - years_back, "month": self.anchor.month,
                         "day": _its_day_years_back(self.anchor)}
        if following is not None:
            self._join(index, exp, following)
        if self.anchor is not None and resolver.opens_a_year(exp.parts, alone=True) \
                and exp.parts.keys().isdisjoint(("ends_on", "year", "year_of")):
            # "in the first three quarters" with no year named: of the year the story is on, else of the
            # latest year in which they have ended
            exp.parts = dict(exp.parts, ends_on=resolver.opening_end(exp.parts, self._year_opened(exp)))
        elif exp.rule == "months_code" and "ends_on" not in exp.parts:
            # "9M 2025" names its year in its code, as "the first nine months of 2025" does after "of"
            exp.parts = dict(exp.parts, ends_on=resolver.opening_end(exp.parts, exp.parts["year"]))
        # (the day that ends a period is no deadline: "the three months through September")
        # (a day a stretch is counted after keeps its "after", which keeps it from being the story's time as a
        # day after "after" alone would be: "the week after Christmas")
        befores = {} if index in self.end_days and index not in self.counted_after \
            else _before_kinds(self.low, exp.start)
        if index in self.closed_from:
            befores = _before_kinds(self.low, self.closed_from[index])
        elif index and "on_day" in self.expressions[index - 1].parts \
                and self.connectors.clock_day.fullmatch(self.low, self.expressions[index - 1].end, exp.start) \
                and (not self._tense_of_its_clause(exp)
                     or self._a_limit_of_the_time_still_ahead(self.expressions[index - 1])):
            # "Write to us by noon on Tuesday": a day a time of it is placed on takes the connector before that time,
            # in a clause of no tense of its own, or after a verb that leaves the limit ahead ("has raised its alert
            # to amber until 8am on Monday"; "kept the plant open until 8pm on Monday" is done)
            befores = _before_kinds(self.low, self.expressions[index - 1].start) or befores
        if "deadline" in befores and (
                ("hour" in exp.parts and finder.ends_a_phrase_of_no_tense_listing_a_time(self.low, exp.start))
                or finder.a_season_of_the_happening_a_participle_is_by(self.low, exp)):
            # "The briefing was followed by 3 p.m. remarks": the "by" is the phrase's, the time a plain one;
            # "figures delayed by the autumn shutdown": the "by" names what did it, the season dating that
            befores = {kind: row for kind, row in befores.items() if kind != "deadline"}
        if "ahead" in befores and not _row_after_holds(self.low, befores["ahead"], exp.end):
            # (a row that needs the words after the date too: "set Oct. 9 as the hearing date", not "the 8,631
            # megawatts set Monday")
            befores = {kind: row for kind, row in befores.items() if kind != "ahead"}
        if "span" in befores or not befores:
            # (with no "from": the old time in an aside after the object, "moved the vote, first set for May 3")
            befores = _long_move_kinds(self.low, exp.start) or befores
        if not befores and _moved_plan_before(self.low, exp.start):
            befores = {"ahead": _first_row("ahead", "later")}  # (a time a schedule is moved to)
        if "deadline" in befores and self._closes_a_span(exp):
            # "from January through September": the word is the span's, not a deadline of the second date
            befores = {kind: row for kind, row in befores.items() if kind != "deadline"}
        if "deadline" in befores:
            self._month_of_the_year_under_way(exp)
        window = self._window_of(exp.start)
        if "from_now" in befores and "count" in exp.parts \
                and exp.parts.keys() - {"workday", "plus"} <= _A_COUNT_OF_UNITS.keys() \
                and not _counted_from_a_happening(self.low, exp) \
                and self._given_from_now(index, exp, befores["from_now"]) \
                and (finder.clause_tense(self.text, self.low, exp.start, exp.end,
                                         self._up_to_the_next_clause(exp, window), self.clauses) != "past"
                     or finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses)
                     or self._reported_by_a_saying(exp, window, requested=True)):
            # "which he expects to happen within three years", "in the next 12 to 18 months": the next three years,
            # the next 18 months (not "broke even within three years", counted from a time the story told of); a
            # forecast reported in the past looks ahead too ("Analysts said Kestrel could reach $10 billion in annual
            # revenue within three years"), as does a request a verb of saying reports ("said it had asked the
            # company for a report within 14 days"), and a count of working days is such a stretch too
            exp.parts = dict(exp.parts, det=True, shift=1)
            self.counted_ahead.add(exp.start)
        elif "from_now" in befores and _the_next_unit(exp.parts) and exp.parts.get("unit") in ("Y", "Q", "M", "W") \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            # "should grow 20% over the next year": the next twelve months, as "over the next 12 months" are (TimeML
            # keeps the year after this one, as TimeBank writes it)
            self.ahead_from_now.add(exp.start)
        elif befores.keys() in ({"scatter"}, {"ahead"}) and exp.parts.keys() == _A_COUNT_OF_UNITS.keys() \
                and exp.parts["unit"] in ("Y", "M", "W") and _scatter_before().search(self.low, exp.start) \
                and self._in_a_count_ahead(exp, window):
            # "will be paid off in five years", "will open in three weeks": a bare "in" before a count, in a
            # forecast, names the time that far from now, as "five years from now" does ("the fastest pace in three
            # years", told of the past, stays the stretch it measures)
            exp.parts = dict(exp.parts, direction="hence")
        if not befores and exp.rule == "year_end" and exp.start == exp.head_start:
            self._year_end_of_the_month_told_of(exp, window)
        if _a_weekday_alone(exp.parts) and "W" in self.named and window is not None and self.anchor is not None:
            week, _, week_end, week_window = self.named["W"]
            # (a week to come its sentence named does not hold a weekday whose clause is told in the past: "will
            # testify next week, his lawyers said on Friday" is the Friday gone, the day of the saying)
            if week_window == window and (week.first() > self.anchor and finder.clause_tense(
                    self.text, self.low, exp.start, exp.end, window, self.clauses) != "past" or (
                    week.last() < self.anchor and week_end <= exp.start
                    and self._in_the_phrase_after_a_comma(week_end, exp.start)
                    and not finder.a_clause_opens(self.low, week_end, exp.start)
                    and not finder.a_coordinator_in(self.low, week_end, exp.start))):
                # "on the calendar next week: sales figures on Monday and JD.com's investor day on Thursday": the
                # days of the week to come its sentence named; and of a week gone its clause told ("Last week he let
                # us ride along, from Monday's breakfast rush to Sunday night", on a Monday: not the day of writing;
                # "fell last week and rose on Monday" opens a clause of this week)
                day = week.first() + dt.timedelta(days=exp.parts["weekday"] - 1)
                exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)
        if _a_weekday_alone(exp.parts) and self.anchor is not None:
            self._weekday_of_the_days_told(exp)
        if _a_weekday_alone(exp.parts) and self.anchor is not None:
            self._weekday_right_after_the_days_told(exp, window)
        if _a_weekday_alone(exp.parts) and following is not None and self.anchor is not None \
                and self.anchor.isoweekday() < 6 and _the_week_under_way(following.parts) \
                and following.end <= self.clauses.sentence(exp.start, exp.end, window)[1]:
            self._day_of_the_week_under_way(exp, window)
        if (_a_weekday_alone(exp.parts) or _a_weekday_shifted(exp.parts)) and self.anchor is not None:
            self._weekday_of_the_section(exp, window)
        if _a_weekday_alone(exp.parts) and self.anchor is not None:
            self._weekday_of_a_coming_entry(exp)
        self._open_an_entry(exp)
        own = self._own_clause_of_a_count_ahead(exp, window)
        if (_the_next_unit(exp.parts) or _the_next_units_counted(exp.parts)) \
                and not _kind_just_before(self.low, "stretch", exp.start, _WORD_BEFORE_REACH) \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, own, self.clauses) == "past":
            # "The 2008 financial crisis hit exporters hard. The next year it held its first Singles Day sale":
            # in a clause about the past, the year after the one told of, as "the following year" is
            exp.parts = dict(exp.parts, anaphoric=True)
        self._day_bounding_a_season(exp)
        ended_on = self.end_days.get(index)
        if ended_on is not None:
            # the day a stretch ended is the one the stretch was read with, whatever the tense of its
            # clause: "will report results for the quarter ended March 31" (not next March 31)
            told_of, tense, resolution = self.reference, "", ended_on
            stretch_exp, stretch = self.resolved[-1][:2] if self.resolved else (None, None)
            # (the first week so named is the report's; later ones are compared with it: "grossed $71.4 million in
            # the week ending Sunday, Jan. 4 ... topped the $67.9 million taken in the week that ended Dec. 28")
            if self.week_ended is None and stretch_exp is not None and stretch_exp.parts.get("unit") == "W" \
                    and stretch_exp.parts.get("count", 1) == 1 and "ends_on" in stretch_exp.parts:
                self.week_ended = resolver.ended_stretch(stretch_exp.parts, stretch, self.anchor)
        elif self._ends_a_recent_stretch(exp, window):
            # "had doubled from a low in January 2024 through the end of October": the stretch runs up to
            # the latest October, whatever the tense and the year the paragraph told of
            told_of, tense, resolution = self.reference, "past", None
        else:
            told_of = self._day_told_of(exp, self._unit_told_of(exp.parts, self._told_of(exp, window, befores)))
            told_of = self._quarter_reported_over(exp, told_of)
            told_of = self._day_gone_for_a_past_anaphor(exp, self._day_for_a_count_of_days(exp, told_of), window)
            told_of = self._entry_day_for_an_anaphor_past_a_plan(exp, told_of, window)
            told_of = self._period_in_apposition(exp) or self._count_restating_the_day_before(exp) \
                or self._counted_from_a_coordinated_verb(exp) or self._counted_from_a_side_clause(exp, told_of) \
                or self._period_a_base_compares_with(exp, told_of, window) \
                or self._period_of_its_side_clause(exp, told_of, window) \
                or self._report_period_after_the_day_it_was_told(exp, told_of, window) or told_of
            told_of = self._unit_named_in_the_paragraph(exp, told_of)
            told_of = self._year_a_stretch_to_its_last_month_runs(exp, told_of)
            if exp.start == self.entry_start and exp.parts.get("in_story") is True \
                    and self.entry_goes_on_from is not None and told_of is self.reference:
                told_of = self.entry_goes_on_from
            if "opens" in befores and told_of is not None and told_of.gran == "D" and _the_week(exp.parts) \
                    and told_of.day.isoweekday() > _WEEK_OPENING_DAYS:
                # the week a verb opens after a day late in a week is the next one
                told_of = resolver.Period.of("D", told_of.day + dt.timedelta(days=8 - told_of.day.isoweekday()))
            if self.anchor is not None and _the_evening_alone(exp.parts) and "anaphoric" in exp.parts \
                    and self._midnight_told_last():
                # "shortly after 11pm on Thursday ... Heathrow shut at midnight and did not reopen until the evening":
                # the story crossed midnight, and the evening it tells after that is the next day's
                told_of = self._day_after_a_night_run_over(exp, told_of, window) or told_of
            if self.anchor is not None and ((_a_clock_time_alone(exp.parts) or _a_daypart_alone(exp.parts))
                                            and (told_of is None or told_of is self.reference)
                                            or self._a_told_daypart_of_a_day_to_come(exp.parts, told_of)):
                told_of = self._day_of_a_time(exp, told_of, window)
                told_of = self._day_after_a_night_run_over(exp, told_of, window) or told_of
                section = self._day_of_the_section(exp)
                if exp.parts.get("daypart") == resolver.MIDNIGHT_AFTER and section is not None \
                        and told_of == section[0] and self._bounded(befores, "AFTER") \
                        and not any(section[1] < at < exp.start for _, at in self.days_told[-_DAYS_LOOKED_BACK:]):
                    # what came "after midnight" under a day's heading, before any other time of it, came as that
                    # day began ("Sunday, January 11 / Shortly after midnight, a wind change pushed the fire north"),
                    # not after the midnight that ends it (see _after_midnight)
                    exp.parts = dict(exp.parts, daypart=resolver.MIDNIGHT_BEFORE)
                elif exp.parts.get("daypart") == resolver.MIDNIGHT_AFTER and section is not None \
                        and told_of == section[0] and not befores and section[0].first() < self.anchor \
                        and finder.clause_tense(self.text, self.low, exp.start, exp.end, window,
                                                self.clauses) == "past":
                    # a log's section is written on the day heading it, so what happened "at midnight" there
                    # happened as that day began, the midnight that ends it being still to come ("Wednesday, May 20
                    # / ... turned back below the Balcony at midnight"), as on the day of writing (resolver.py)
                    exp.parts = dict(exp.parts, daypart=resolver.MIDNIGHT_BEFORE)
                elif exp.parts.get("daypart") == resolver.MIDNIGHT_AFTER and told_of is not None \
                        and told_of.gran == "D" and told_of.day is not None and told_of.day <= self.anchor \
                        and not self._bounded(befores, "AFTER") \
                        and "pluperfect" in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window,
                                                                 self.clauses):
                    # the past perfect tells of a time before the one told of, and the midnight that ends the day
                    # told comes after it: "voted at 1:01 a.m. on Wednesday ... Troops who had entered the building
                    # shortly before midnight" is Tuesday's midnight (what came after it may have come that night)
                    told_of = resolver.Period.of("D", told_of.day - dt.timedelta(days=1))
            if told_of is not None and told_of is self.reference and _a_day_alone(exp.parts) \
                    and (self._reference_in_a_paragraph_before(exp.start)
                         or (self._looks_ahead_from_the_telling(exp) and told_of.last() < self.anchor)):
                # "jumped 19% on the 1st", a paragraph after "the three months to June": a day of the month under way;
                # so is one looking ahead after a time gone ("opened its first store on March 14, 2019 ... the next
                # will open on the 14th")
                told_of = None
            if _a_day_alone(exp.parts):
                told_of = self._day_told_by_its_number(exp) or told_of
            if self.opened_from is not None and (
                    _that_year(exp.parts) if self.opened_from[0].gran == "Y" else _that_month(exp.parts)) and (
                    told_of is None or self.opened_from[1] > self.reference_end):
                # "Since 2021, regulators have fined platforms ... Meituan paid in October that year": the
                # year the span started, which named no other
                told_of = self.opened_from[0]
            if (told_of is None or told_of is self.reference) and _lacks_year(exp.parts) \
                    and "weekday" not in exp.parts and "in_story" not in exp.parts:
                ago = self._years_ago_opening(exp, window) or self._year_of_its_background_clause(exp, window) \
                    or self._year_heading_its_contrast(exp, window)
                if ago is not None:
                    # "A year ago, before Chinese startup DeepSeek's January release jolted sentiment", written in
                    # February 2026: a sentence opened by a count of years back tells of that year, whatever
                    # year the story told of before it
                    # ("a profit warning in January 2023, when it cut its forecast after a weak autumn": the
                    # autumn before that January)
                    told_of, exp.parts = ago, dict(exp.parts, in_story="sentence" if ago.gran == "Y" else "before")
            if self.years_named and _that_year_s(exp.parts) and (told_of is None or told_of is self.reference):
                # "Jack Ma, who gave up control of Ant in January 2023, returned in the spring of that year": the
                # year last named, even in an aside the story did not move to
                told_of = self._year_last_named(exp, window) or told_of
            if told_of is not None and told_of is self.reference and self._counted_from_an_untold_event(exp, window):
                told_of = None
            if told_of is not None and told_of is self.reference \
                    and self._a_base_of_now_after_a_time_ahead(exp, window):
                told_of = None
            if told_of is not None and told_of is self.reference and not self.story_told \
                    and exp.parts.get("direction") == "ago":
                # "up 3% from 236.5 billion yuan in the same period last year ... down from 15.06 yuan a year ago":
                # "ago" never counts from the base of a comparison, only from the report's period or from now
                told_of = self.topic
            if told_of is not None and told_of is self.reference and self.reference_dates_a_base:
                figure_told = exp.parts != _A_YEAR_AGO or self._sentence_tells_a_figure(exp, window)
                compared = self._period_a_year_back_of_the_figure_compared(exp, figure_told)
                if compared is not None:
                    told_of = compared
                elif not figure_told:
                    # "from $2.35 in the previous quarter. The miner moved its head office a year ago": a happening
                    # counted back from now, not from a base's period, which told no time of the story
                    told_of = None
            if told_of is not None and told_of.gran in ("Q", "H") and exp.parts.get("direction") == "ago" \
                    and self._right_after_a_past_verb(exp, window):
                # "the 380 billion yuan it pledged a year ago", in a sentence on the September quarter: a happening
                # dated by "ago" counts from now; only a figure's level "a year ago" is the same quarter a year back
                told_of = None
            if told_of is not None and told_of is self.reference and told_of.gran == "Y" and self.topic is not None \
                    and self.topic.gran != "Y" and "count" not in exp.parts \
                    and exp.parts.get("direction") in ("earlier", "ago") and "-" in self.low[exp.start:exp.end]:
                # "Last year catastrophe losses totaled $5 million ... The year-earlier results have been restated":
                # the compound "year-earlier" compares with the report's quarter or half, not with the last year told of
                told_of = self.topic
            if exp.parts.get("in_story") == "sentence" and self._ends_a_stretch_from(exp, window):
                exp.parts["in_story"] = True     # "from December 2020 to April": the April after it
            if exp.end <= self.headline_end and lexicon.headline_future().search(self.low, 0, exp.start) is not None:
                tense, resolution = "future", None  # a headline's "to" and a verb leaves out the auxiliary:
                                                    # "Vaultline founder to face trial in May", in October, is next May
            else:
                tense, resolution = self._tense(exp, befores, told_of, own)
                if (season := self._holiday_season_under_way(exp)) is not None \
                        and (tense in lexicon.PAST_TENSES
                             or not finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses)
                             or self._readied_for_only(exp, window)):
                    # (under way, it is to come only in a forecast, as a holiday under way is: "stocked up for the
                    # long Christmas season" tells of a season already on, and so does the present progressive of
                    # what is being readied for it, no forecast: "are stocking up for the Christmas season")
                    resolution = season._replace(future=False)
                if not tense and resolution is None and exp.parts == _THE_WEEKEND:
                    # "ticket revenue for the weekend would reach ... The weekend caps a record year": told again in
                    # a clause of no tense, it is the weekend the story told, not the one gone by
                    resolution = self._weekend_told_before(exp)
                if not tense and (resolution is None or not resolution.future) \
                        and (befores.keys() <= {"scatter"} or self._the_start_labelling_its_item(exp, befores)) \
                        and self._under_a_label_ahead(exp, window):
                    # (a bare "in" tells no time around the date: "- Final: Hangzhou, in September")
                    # "Key dates ahead: Dec. 16, ...; Feb. 11, full-year results": still to come
                    tense, resolution = "future", None
                if tense != "future" and self.anchor is not None \
                        and (exp.parts.get("unit") in ("Q", "H") or "quarter" in exp.parts) \
                        and exp.parts.keys().isdisjoint(_YEAR_TOLD_PARTS) \
                        and (back := self._years_back_of_the_clause(exp, window)):
                    # "a year ago, it had disappointed investors with a 24% rise in revenue for the December
                    # quarter", in January 2026: the quarter reported by then, as if told on that day (2024-Q4)
                    resolution = resolver.resolve(exp.parts, self.anchor - dt.timedelta(days=round(365.25 * back)),
                                                  "past", None, self.locale)
                    resolution = resolution and resolution._replace(future=False)
                elif tense != "future" and self.anchor is not None \
                        and (exp.parts.get("unit") in ("Q", "H") or "quarter" in exp.parts) \
                        and exp.parts.keys().isdisjoint(_YEAR_TOLD_PARTS) \
                        and (then := self._day_after_the_years_earlier_opening(exp, window)) is not None:
                    # "A year earlier it reported a first-half net profit of NZ$625 million": the half reported by
                    # the time that count back lands on, not the one the story reports now
                    resolution = resolver.resolve(exp.parts, then, "past", None, self.locale)
                    resolution = resolution and resolution._replace(future=False)
        if resolution is None and _the_week(exp.parts) and self.week_ended is not None \
                and befores.keys() <= {"scatter"} \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            # "took in $3.1 billion in the week ended Wednesday ... Outflows from Japan funds reached $1.9 billion in
            # the week": a weekly report's week is the one it named by its last day, not the week of writing
            resolution = self.week_ended
        if resolution is None and exp.parts.keys() == _THE_FISCAL_YEAR_KEYS and exp.parts["unit"] == "Y" \
                and (named := self._fiscal_year_named_over(exp)) is not None \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            # "results for the fiscal year ended March 31, 2025 ... revenue for the fiscal year rose 6%": a bare "the
            # fiscal year" in a past clause is the one the story has just told as over, not the one under way
            exp.parts = {"year": named, "fiscal": True, "fiscal_end": exp.parts["fiscal_end"]}    # (as "fiscal 2025")
        elif resolution is None and exp.parts.keys() == _THE_FISCAL_YEAR_KEYS and exp.parts["unit"] == "Y" \
                and (awaited := self._fiscal_year_named_over_and_forecast(exp, window)) is not None:
            # "the March quarter, the last of its 2026 fiscal year ... For the full fiscal year, analysts expect
            # revenue of about 1.03 trillion yuan", in May: the year just ended whose results are still awaited
            exp.parts = {"year": awaited, "fiscal": True, "fiscal_end": exp.parts["fiscal_end"]}
            self.fiscal_years_awaited.add(exp.start)
        elif resolution is None and exp.parts.keys() == _THE_FISCAL_YEAR_KEYS and exp.parts["unit"] == "Y" \
                and (closed := self._fiscal_year_a_last_quarter_closed(exp, window)) is not None:
            # "earnings for its fourth quarter ended Sept. 30 fell 50% ... will result in lower earnings for the
            # fiscal year": the year that quarter closed, its results still to come, not the one just begun
            exp.parts = {"year": closed, "fiscal": True, "fiscal_end": exp.parts["fiscal_end"]}
        elif resolution is None and _a_part_of_the_fiscal_year(exp) \
                and (named := self._fiscal_year_named_over(exp, latest=True)) is not None \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            # so is its half or quarter: "For the fiscal year, profit climbed ... The segment, which lost money in the
            # first half of the fiscal year" is the first half of that year, not of the one under way
            exp.parts = {**exp.parts, "year": named}    # (as "the first half of fiscal 2025")
        # "the year-earlier period", "the latest quarter", "the 1989 period" speak of the report's own
        # period, not of the last one named in passing ("after a flat second quarter")
        ref = told_of
        if _about_the_report(exp.parts) and not (
                told_of is self.reference and self.reference_stretch is not None
                and self.reference_start >= self.clauses.sentence(exp.start, exp.end, window)[0]):
            # (a stretch its own sentence named is the one it compares with: "For the nine months ended September
            # 30, 2025, revenue was $1.17 billion, compared with $962.0 million for the same period in 2024")
            ref = self._topic_of_the_paragraph(exp) if self.topic is not None \
                else self._period_named_in_the_paragraph(exp, told_of)
            if self._reported_on_a_day_before_its_end(exp, ref, window):
                ref = resolver.Period.of("Q", self.reference.first()).shifted(-1, "Q")
            if exp.parts.get("unit") == "P" and ref is self.reference and self.reference_qualifies:
                # "This year's festival ... rose during the period": the period is the festival's, which
                # the year only qualified
                return
            if exp.parts.get("latest") and ref is not None and self.anchor is not None and ref.gran in ("Q", "H") \
                    and ((ref is not self.topic and ref.first() <= self.anchor <= ref.last())
                         or ref.last() < resolver.Period.of(ref.gran, self.anchor).shifted(-1, ref.gran).first()):
                ref = None      # neither a period named as under way nor one older than the last ended is the
                                # latest reported: the last one ended is
        if (restated := self._the_quarter_or_half_restated(exp)) is not None:
            ref = restated
            if following is not None and lexicon.year_of_their_own_gap().fullmatch(self.low, exp.end, following.start):
                # ("compared with a 2% fall in the same three months of 2024", "against 1 billion euros in the same
                # six months a year earlier": the months of another year, a base, not the period restated)
                ref = None
        if exp.parts.get("ref_value") == _ANAPHOR:
            # "since then" is the time last told, even in a side clause the story did not move to ("the most-wanted
            # list, which began in 1950. Since then, 427 fugitives have been taken into custody")
            # (only from the sentence before or its own: a date told further back leaves "then" to an undated
            # happening in between, "ever since IBM picked the 8088 chip ... Since then, Intel has cornered")
            ref = self._then_told(exp, window)
        if exp.parts.get("anaphoric") and exp.parts.get("shift") == 1 and "count" in exp.parts \
                and (own := self._date_told_before_in_its_sentence(exp, window)) is not None:
            ref = own
        if exp.parts.get("anaphoric") and exp.parts.get("unit") in ("D", "W") and "count" in exp.parts \
                and exp.parts.get("shift") == 1 and (ref is None or ref.gran != "D") \
                and (day := self._last_day_told(self.text.rfind("\n", 0, exp.start) + 1, days_only=True)):
            # days counted on go on from the last day its paragraph told, not from a year told since in passing
            # ("announced on March 11, 2024 ... 41% of its 2023 revenue. Its shares rose on each of the next two
            # trading days")
            ref = resolver.Period.of("D", day)
        elif ref is not None and ref == self.reference and ref.gran == "M" and exp.parts.get("anaphoric") \
                and exp.parts.get("shift") == -1 and (self.reference_start < _line_start(self.text, exp.start)
                                                      or self._reference_a_base_compared()):
            # "The stock had fallen 22% over the previous three months", a paragraph after "deposits stood at a record
            # at the end of December": months are counted back only from a month the paragraph is on, not one told in
            # passing before it nor one a figure is compared with ("rose to 4.3% from 4.2% in December")
            ref = None
        elif self._days_counted_from_a_report_period_told_before(exp, ref):
            # a count of days or weeks lands on no day of a quarter or half an earlier paragraph named, and its own
            # paragraph told no day: it counts from the story's day ("half of what it paid for the second quarter.
            # [new paragraph] Rival Mowi, which reported a week earlier, fell 1.2%")
            ref = None
        elif exp.parts == _THE_YEAR and ref is not None and self.anchor is not None and ref.gran == "Y" \
                and ref.year == self.anchor.year - 1 and finder.a_year_to_a_month_after(self.low, exp.end):
            # "earned 310 million zloty in 2025. Sales for the year rose 4% through May", in July 2026: a year bounded
            # by a month of its own is the year under way up to it, not the year just ended that the text told
            ref = None
        elif ref is not None and ref == self.reference and (month := self._month_closing_the_stretch(exp)) is not None:
            # "the fiscal year beginning July 1 ... in each of the four years after that": the years after that
            # fiscal year, not four years on from its first day
            ref = month
        if resolution is None:
            entry_day = self._day_of_the_entry(exp, tense) or self._day_a_log_section_is_written_on(exp) \
                or self._day_a_market_followed_overnight(exp, window) or self._day_of_the_telling(exp, window)
            resolution = resolver.resolve(exp.parts, entry_day or self.anchor, tense, ref, self.locale)
            if entry_day is not None and resolution is not None and resolution.last_day is not None \
                    and resolution.last_day < self.anchor:
                # (what was to come on the entry's day and has ended by the day of writing is no longer ahead:
                # "Nov. 3, 2020 - ... the listing, which had been due to start trading on Nov. 5")
                resolution = resolution._replace(future=False)
            elif entry_day is not None and entry_day > self.anchor and resolution is not None \
                    and resolution.last_day is not None and resolution.last_day >= self.anchor:
                resolution = resolution._replace(future=True)     # (what a day ahead holds is still to come)
            resolution = self._later_from_the_story(exp, resolution, ref, window) or resolution
            resolution = self._clock_time_counted_on(exp, resolution) or resolution
        if resolution is None:
            return
        if not befores and exp.parts == _THE_END_OF_THE_YEAR and resolution.period is not None \
                and self.anchor is not None \
                and resolution.first_day <= self.anchor < resolution.first_day + (resolution.last_day - self.anchor) \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            # in the first half of a year, a clause about the past tells of an end gone by: "stood at 698 billion yuan
            # at the end of the year", written in April, is the last year's end (not a deadline: "set a goal of 300
            # million users by the end of the year")
            resolution = resolver.resolve(exp.parts, self.anchor, "past", resolution.period.shifted(-1, "Y"),
                                          self.locale) or resolution
        elif set(befores) == {"deadline"} and exp.parts == _THE_END_OF_THE_YEAR and resolution.period is not None \
                and self.connectors.rows[befores["deadline"]]["before"] in lexicon.limits_reached() \
                and self.anchor is not None and resolution.first_day <= self.anchor <= resolution.last_day \
                and finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                in ({"pluperfect"}, {"pluperfect", "past"}):
            # "exports had doubled by the end of the year", written in November: the past perfect tells a state
            # reached by an end gone by, the last year's, not a deadline of the year under way (a plan or hope of the
            # past may have been for this year's: "had hoped to finish by the end of the year"; "through" bounds a
            # noun's stretch, no state reached: "tickets for shows through the end of the year had been sold")
            resolution = resolver.resolve(exp.parts, self.anchor, "past", resolution.period.shifted(-1, "Y"),
                                          self.locale) or resolution
        if exp.parts == _THE_PERIOD and self.resolved \
                and _APPOSITION.fullmatch(self.low, self.resolved[-1][0].end, exp.start) is not None:
            # "in the fourth quarter, the period covering the holiday season": it restates the date it follows
            self.restating.add(exp.start)
        if exp.start in self.restating:
            # (the date it restates carries the row, or makes none as the base of a comparison: "below 2019")
            resolution = _off_the_timeline(resolution)
        awaited = False     # (a time a thing was done ahead of: no past verb's own)
        after_a_wait = "eve" in befores or "awaited_on" in befores  # ("ahead of the holiday", "before the Budget on")
        if exp.parts == _THE_WEEKEND and self.anchor is not None and (
                "eve" in befores or (self._bounded(befores, "BEFORE")
                                     and finder.clause_tense(self.text, self.low, exp.start, exp.end, window,
                                                             self.clauses) != "past")):
            # ("Check the fine print before the weekend", on a Friday: the one to come; "Shares fell before the
            # weekend", on a Monday, the one just past)
            resolution = self._weekend_ahead(exp, window)
        elif "eve" in befores and _a_weekday_alone(exp.parts) and "week_shift" not in exp.parts \
                and self.anchor is not None \
                and "pluperfect" not in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window,
                                                             self.clauses):
            # "set for a subdued start on Monday as investors looked ahead to Wednesday's Fed decision" ("ahead of
            # its earnings on Wednesday next week" is placed by its week); a clause in the past perfect tells what was
            # done before a time gone, its day come too, and reads it as past ("investors who had bid the shares up
            # ahead of Thursday's report", on a Friday, is the Thursday gone)
            resolution = self._weekday_ahead(exp, window, ref) or resolution
        elif "holiday" in exp.parts and _lacks_year(exp.parts) and self.anchor is not None \
                and (held := self._holiday_in_the_month_told_after(exp, following, ref, window)) is not None:
            # "ahead of Ramadan, which begins in mid-February", in December: the month tells which year's holiday
            resolution = held
        elif (held := self._month_its_holiday_falls_in(exp, ref)) is not None:
            # "kept climbing ahead of the Naadam holiday in mid-July": the month tells when the holiday just named
            # falls, so it is that holiday's, however the wait reads the holiday (with no wait too: "Ramadan,
            # which begins in mid-February")
            resolution = held
        elif after_a_wait and _lacks_year(exp.parts) and self.anchor is not None \
                and not (following is not None and not _counted_from_the_story(following.parts)
                         and following.start < self.clauses.sentence(exp.start, exp.end, window)[1]
                         and not self._a_day_its_holiday_never_holds(exp, following, ref)) \
                and ("holiday" in exp.parts
                     or self._last_day_told(self.clauses.sentence(exp.start, exp.end, window)[0], days_only=True)
                     or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past"):
            # "rose on Thursday ... as investors bet on stimulus ahead of the May Day holiday": the coming one (unless
            # its sentence goes on to a date, maybe its day: "ahead of the Lunar New Year holiday, which begins
            # Feb. 17")
            # (a month or season the thing waited for falls in is the first such too, after a day told or in a clause
            # not past: "restocking ahead of the back-to-school rush in August", in June; with neither, the awaited
            # month may be gone too: "raised prices ahead of the tariff hike in March", in June)
            resolution = self._holiday_ahead(exp, window, resolution, ref)
            awaited = True
        elif after_a_wait and self.anchor is not None:
            coming = self._awaited_day_soon(exp, ref)
            if coming is not None:
                awaited, resolution = True, coming
        elif self._bounded(befores, "BEFORE") \
                and "holiday" in exp.parts and _lacks_year(exp.parts) and self.anchor is not None \
                and self._last_day_told(self.clauses.sentence(exp.start, exp.end, window)[0], days_only=True) \
                and not self._a_bound_a_request_sets(exp, befores, window):
            # "rose on Thursday, the last trading session before the Easter break", written that Thursday: what a
            # day came before is the first such holiday after it, whatever the tense (with no day told, the tense
            # decides: "Shares fell before Christmas", in January, the one gone; a request's own clause looks ahead
            # from now: "said sales fell 9% from a year earlier, and asked the city to cut fees before Christmas")
            resolution = self._holiday_ahead(exp, window, resolution, ref)
        elif "holiday" in exp.parts and _lacks_year(exp.parts) and self.anchor is not None \
                and resolution.first_day is not None and self._after_a_day_ahead_in_no_tense(exp, window, resolution):
            # "The winter timetable, which starts Oct. 13, drops to four trips, with no sailings on Christmas Day",
            # in March: a clause told in the present after a day to come goes on from it, to the first such holiday
            resolution = self._holiday_ahead(exp, window, resolution, ref)
        elif "holiday" in exp.parts and _lacks_year(exp.parts) and self.anchor is not None \
                and lexicon.holiday_purpose_before("readied").search(
                    self.low, max(self.clauses.sentence(exp.start, exp.end, window)[0],
                                  exp.start - _EFFORT_FOR_REACH), exp.start) is not None:
            # "Shoppers bought gold on Saturday for Diwali", on Oct. 17: what is bought or got ready for a holiday
            # comes before it, so the holiday is read as one waited for, the first after the day told
            resolution = self._holiday_ahead(exp, window, resolution, ref)
        elif "holiday" in exp.parts and _lacks_year(exp.parts) and self.anchor is not None \
                and resolution.first_day is not None and resolution.first_day < self.anchor \
                and self._a_holiday_a_gift_is_for(exp, window):
            # "buy pear boxes as gifts for the Lunar New Year", in December: a gift a present clause tells of is for
            # the holiday still to come, not this calendar year's gone
            resolution = self._holiday_beside(exp, self.anchor, ref, after=True) or resolution
        elif _a_weekday_alone(exp.parts) and self.anchor is not None and resolution.last_day is not None \
                and resolution.last_day < self.anchor \
                and (coming := self._an_event_an_effort_is_for(exp, window, ref)) is not None:
            # "was trying to reach Lisbon for her sister's wedding on Saturday", on a Wednesday: what an effort still
            # going on when told is for may be still to come
            resolution = coming
        told_by_its_end = False
        if ref is not None and ref == self.reference and self.reference_from is not None:
            resolution = self._span_moved(exp, resolution, ref)
        elif ref is not None and ref == self.reference and self.reference_last is not None:
            resolution = self._run_moved(exp, resolution, ref)
        elif ref is not None and ref == self.reference and self.reference_stretch is not None:
            stretch = self._year_stretch(exp, resolution, ref)
            if stretch is not None:
                # ("the year", "the previous year" after "the fiscal year ended March 31, 2025" leave the story on it)
                self.naming_the_stretch.add(index)
                resolution = stretch
            else:
                resolution = self._stretch_moved(exp, resolution, ref)
                # ("Revenue for the period", after "the full year ended June 30, 2025": that stretch, though its
                # rows hold only the day it ends)
                told_by_its_end = exp.parts == _THE_PERIOD and self._told_lately(ref, exp, window)
        if exp.parts.keys() == _A_COUNTED_STRETCH and not resolution.on_calendar and (
                befores.keys() <= {"scatter"} or befores.keys() == {"from_now"} and finder.clause_tense(
                    self.text, self.low, exp.start, exp.end, window, self.clauses) == "past"):
            # (a bare "in": not "within the three months", "by the three months"; a word that counts from now
            # counts nothing in a clause about the past: "spent 212 million over those ten months")
            resolution = self._stretch_told_before(exp) or resolution
        if exp.parts == _THE_PERIOD and resolution.period is not None and (
                (resolution.period.gran in ("Y", "M")
                 and not (ref is not None and ref == self.reference and self.reference_from is not None))
                or not (told_by_its_end or self._told_lately(resolution.period, exp, window))):
            # "the period" names a report's period (a quarter, half, fiscal year, a span of months or a stretch told
            # just before), not a calendar year or month told in passing: "rose 9.3% in the period", after "in
            # December", is the season's trading period, which the text does not give again; nor one named before the
            # sentence before
            # ("lagging a 45% gain over the period", after "since the start of the year", is not the quarter reported)
            resolution = _off_the_timeline(resolution)
        if told_half:
            # "Net profit for the six months to September 30 ... In the year to March 31, 2025, it earned ... Most of
            # the growth in the half came from": the half-year the report is on, whatever the text told since
            resolution = self._half_year_told_last(exp)
            if resolution is None:
                return      # (a bare "the half" of a text on no half-year is a fraction, or a match's half)
        if tense in resolver.AHEAD and resolution.first_day is not None and self.anchor is not None \
                and resolution.first_day > self.anchor \
                and (_a_day_or_month_alone(exp.parts) or _a_day_alone(exp.parts)) \
                and not self._future_in_the_sentence(exp, window, before=True) \
                and finder.told_by_a_past_verb(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                and not self._a_hypothetical_condition(exp, window):
            # "couriers handled 1.2 billion parcels on the 11th alone and most backlogs would be cleared by the
            # 16th": the verb in the past before the date is its own; a marker of the future after it is another
            # verb's (not that of a condition the modal after it waits on: "If the levy rose in April, the brewer
            # would pass it on")
            tense = "past"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if tense in resolver.AHEAD and resolution.first_day is not None and self.anchor is not None \
                and resolution.first_day > self.anchor and (_a_day_or_month_alone(exp.parts) or _a_day_alone(exp.parts)
                                                            or resolver.names_a_part_of_the_year(exp.parts)
                                                            or (_a_weekday_alone(exp.parts)
                                                                and self._a_base_set_off(exp))) \
                and (lexicon.figure_compared_before(set_against=True).search(
                        self.low, max(0, exp.start - _FIGURE_REACH), exp.start)
                     or lexicon.forecast_compared_before().search(self.low, max(0, exp.start - _FIGURE_REACH),
                                                                  exp.start)):
            # "expect retail sales growth to slow to 2.7% from 3% in September", written in November: the month of
            # the figure compared with is the nearest such month, not a forecast's a year ahead (so is a quarter's:
            # "will rise to 40% in March from 34% in the June quarter", in August; and a weekday's: "see a 40% chance
            # of a cut at that meeting, down from 65% on Thursday", written on a Friday, is the day before)
            nearest = self._nearest(exp, ref) if not _a_weekday_alone(exp.parts) else \
                resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)   # (a weekday's base: the last one)
            target = self._forecast_target_before(exp, window)
            if nearest is not None and nearest.first_day is not None and nearest.first_day > self.anchor \
                    and ((target is not None and nearest.last_day >= target.first_day)
                         or self._a_base_reported_before(exp, target)):
                # "to rise to 40% next year from 34% in the March quarter", in August: the base comes before the
                # time of the forecast, so it is the latest such quarter, not the coming one
                nearest = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
            if nearest is not None and nearest.first_day is not None and nearest.first_day <= self.anchor:
                tense, resolution = "past", nearest
        if tense in ("", "past", *resolver.AHEAD) and resolution.first_day is not None and self.anchor is not None \
                and resolution.first_day > self.anchor and _a_day_or_month_alone(exp.parts) and not awaited \
                and ((tense in ("", "past") and finder.told_by_a_past_verb(self.text, self.low, exp.start, exp.end,
                                                                           window, self.clauses))
                     or finder.heads_a_past_clause(self.text, self.low, exp.start, exp.end, window, self.clauses,
                                                   own_verb=tense in resolver.AHEAD)) \
                and not finder.told_in_the_past_perfect(self.text, self.low, exp.start, exp.end, window, self.clauses):
            # "Alibaba launched the app in March" written on Feb. 18: the verb's March is the last one,
            # not the one about to begin (nor "sold its stake on March 3" a day coming soon; but what it was done
            # ahead of is to come: "restocked ahead of the back-to-school rush in August", in June); so is the month of
            # a verb after it when it opens the clause ("In January the stock fell 4%", in late December), even
            # after a clause that looked ahead ("the house will make no more than 9,000 watches a year, and in March
            # she opened its first boutique", in January: last March). Not in
            # the past perfect, which tells of a time before another past one: a day or month near ahead told so
            # is a plan since changed ("had set the retrial to begin on Sept. 22", written on Sept. 12)
            tense = "past"
            resolution = self._in_year(exp, resolution, -1, tense, ref)
        if "open" in befores and self.connectors.rows[befores["open"]]["tense"] == "past" \
                and resolution.first_day is not None and self.anchor is not None \
                and resolution.first_day > self.anchor and _a_day_or_month_alone(exp.parts):
            # "had listed on the main board since January", written on Dec. 22: a stretch up to now opened in the
            # January gone, never in the month about to begin
            tense = "past"
            resolution = self._in_year(exp, resolution, -1, tense, ref)
        if resolution.first_day is not None and self.anchor is not None and _a_day_or_month_alone(exp.parts) \
                and "day" not in exp.parts and _PLACING_KINDS.isdisjoint(befores) \
                and self._before_the_day_of_the_speech(exp, resolution, window):
            tense = "past"
            resolution = self._in_year(exp, resolution, -1, tense, ref)
        if tense in resolver.AHEAD and resolution.first_day is not None and self.anchor is not None \
                and _a_day_or_month_alone(exp.parts):
            said = self._said_before_it(exp, window)
            if said is not None:
                # "Baidu said in March that it would make the chatbot free from April 1", written in February: what
                # was to come when it was said comes after that March, the April 1 of that year, gone by now
                after = self._in_year(exp, resolution, said.first_day.year - resolution.first_day.year, "", ref)
                if after.first_day is not None and after.first_day <= said.last_day:
                    after = self._in_year(exp, after, 1, "", ref)
                if after.first_day is not None and after.first_day < resolution.first_day:
                    tense = "past" if after.last_day < self.anchor else tense
                    resolution = self._in_year(exp, after, 0, tense, ref)
        if tense in resolver.AHEAD:
            after = self._weekday_told_from(exp, resolution, window, ref)
            if after is not None:
                tense = "past" if after.last_day < self.anchor else tense
                resolution = after
        if tense not in resolver.AHEAD and tense != "pluperfect" and resolution.last_day is not None \
                and self.anchor is not None and resolution.last_day < self.anchor \
                and (_a_day_or_month_alone(exp.parts) or _a_season_alone(exp.parts)) \
                and self._after_an_event_it_dates(exp, tense, window):
            ahead = self._in_year(exp, resolution, +1, "future", ref)
            if ahead.first_day is not None and ahead.first_day > self.anchor \
                    and ahead.first_day - self.anchor < self.anchor - resolution.last_day:
                # "has three weeks off before Miami on May 3", in March; "began talks on Monday, the last session
                # before the summit in Antalya in November", in June: the happening a clause of now, or of a day
                # just gone, waits for comes after it, so the date that happening is dated by is the coming one
                # when that is nearer than the one gone
                tense, resolution = "future", ahead
        if not tense and _a_season_alone(exp.parts) and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor \
                and self.text.startswith(_LIST_MARKS, _line_start(self.text, exp.start)):
            # an item of a list that tells no tense (a timetable: "- Japan and South Korea: in the summer", in March)
            # names the season nearer, the coming one when the one gone is farther back
            ahead = self._in_year(exp, resolution, +1, "future", ref)
            if ahead.first_day is not None and ahead.first_day > self.anchor \
                    and ahead.first_day - self.anchor < self.anchor - resolution.last_day:
                tense, resolution = "future", ahead
        if ("deadline" in befores or self._bounded(befores, "BEFORE")) \
                and lexicon.told_right_after("unfinished_after").match(self.low, exp.end) \
                and resolution.last_day is not None and self.anchor is not None and resolution.last_day < self.anchor \
                and (resolver.names_a_part_of_the_year(exp.parts) or _a_season_alone(exp.parts)):
            # "Lei Jun promised a third model before the summer is out", in May: a period told in the present as not
            # over yet is still to come, whatever the tense of the verb before it
            tense = "future"
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if tense != "past" and ("deadline" in befores or "ahead" in befores or _a_limit_after(self.low, exp)
                                or self._bounded(befores, "BEFORE")) \
                and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor \
                and (resolver.names_a_part_of_the_year(exp.parts) or _a_season_alone(exp.parts)
                     or _a_fiscal_part_named_alone(exp.parts)) \
                and self._deadline_looks_ahead(exp, window):
            # "The unit may turn profitable by the June quarter", in March: the coming one, whatever the
            # lag of reports ("aims to break even by the second half", in March, is this year's; "as the
            # pipeline stretches into the second half", on Jan. 1, this year's too; so is a time before which a thing
            # is looked for: "see little sign of a bottom before the second half", in March; and a season named
            # alone: "nothing changes in their pay packet before the spring", in November, is next spring)
            tense = "future"
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if not tense and ended_on is None and (exp.start >= self.entry_end or self.live_entry or self.weekday_entry
                                               or (_under_way(resolution, self.anchor)
                                                   and exp.parts.keys().isdisjoint(("shift", "vague"))
                                                   and not resolver.counts_from_now(exp.parts))) \
                and _may_be_forecast(resolution, self.anchor, exp.parts) \
                and not (_a_weekday_alone(exp.parts) and not self._a_deed_possible_before(exp, window)) \
                and not self._counts_forecasts(exp, window) \
                and not self._likeness_of_the_month_under_way(exp) \
                and not (_under_way(resolution, self.anchor) and _owns_a_subject_s_object(self.low, exp)) \
                and (self._connector_looks_ahead(exp, befores, window)
                     or finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses)
                     and not self._future_only_in_a_relative_aside(exp, window)):
            # only a forecast matters ("expects sales to rise this year"); looked for only where it
            # can change the answer, the marker scan being the costly part (a plan has no report to wait for:
            # "planned a capital markets day in the second half", in February, is this year's)
            told = finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses)
            ahead = "plan" if told == "plan" else "future"
            telling = self._day_of_the_telling(exp, window)
            forecast = resolver.resolve(exp.parts, telling or self.anchor, ahead, ref, self.locale)
            if telling is not None and forecast is not None and forecast.last_day is not None:
                # (counted from the telling, it is still ahead only if it has not ended by the day of writing)
                forecast = forecast._replace(future=forecast.last_day >= self.anchor)
            if forecast is not None and (self._happens_in_a_second_half_ended(exp, forecast)
                                         or self._changes_in_a_period_ended(exp, forecast, window)):
                # its report may still be awaited ("expects a loss for the second half", in February), but what is
                # to happen in it happens in the coming one ("return to growth in the second half"; "expects sales
                # to recover in the fourth quarter", in February)
                forecast = self._in_year(exp, forecast, +1, ahead, ref)
            # (a verb in the past between the marker and the date is the date's own: "the stock will lurch with
            # every set of results, as it did in August and again this month" tells of this month gone so far)
            # (a forecast that places nothing leaves what the story placed: "at about 4:27 a.m. that he would do so,
            # and his cabinet approved the move minutes later" keeps the day of that time)
            if forecast is not None and (forecast.on_calendar or not resolution.on_calendar) \
                    and not (told == "past" and self._past_verb_after_the_forecast(exp, window)) \
                    and not self._base_after_its_target(exp, forecast, window) \
                    and not self._a_quarter_compared_with(exp, window) \
                    and not self._a_base_under_way(exp, resolution):
                tense, resolution = ahead, forecast
        if resolution.future and resolver.names_a_part_of_the_year(exp.parts) and self.anchor is not None \
                and _POSSESSIVE_FIGURE.match(self.low, exp.end):
            # "Output in the June quarter would still be below the December quarter's 61,700 tonnes", in April: a
            # figure a quarter or half named alone holds in the possessive is already measured, the last one ended's
            measured = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
            if measured is not None and measured.last_day is not None and measured.last_day < self.anchor:
                tense, resolution = "past", measured
        if tense not in resolver.AHEAD and (_lacks_year(exp.parts) or resolver.quarter_as_a_modifier(exp.parts) or (
                resolver.names_a_part_of_the_year(exp.parts) and exp.parts.keys().isdisjoint(("year", "year_of")))) \
                and resolution.last_day is not None \
                and self.anchor is not None and resolution.last_day < self.anchor \
                and self._booked_ahead(exp) and not self._holiday_told_gone(exp):
            # "said bookings for the summer were running 4% ahead of last year's", in February: sales made ahead are
            # for a time to come, whatever the tense that reports them, unless the one just gone is nearer ("Hotel
            # bookings for New Year's Eve were up 40%", on New Year's Day)
            # (nothing is readied for a time gone: "is hiring seasonal staff for the summer", in December, is the
            # coming summer, though the one gone ended nearer; nor delivered: "for delivery from September")
            forecast = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
            if forecast is not None and forecast.first_day is not None \
                    and (forecast.first_day - self.anchor < self.anchor - resolution.last_day
                         or lexicon.progressive_readying_before().search(
                             self.low, max(0, exp.start - _BOOKINGS_REACH), exp.start) is not None
                         or lexicon.delivery_right_before().search(
                             self.low, max(0, exp.start - _BOOKINGS_REACH), exp.start) is not None):
                tense, resolution = "future", forecast
        elif tense not in resolver.AHEAD and not resolution.future and resolution.first_day is not None \
                and resolution.last_day is not None and self.anchor is not None \
                and resolution.first_day <= self.anchor <= resolution.last_day and self._booked_ahead(exp):
            # "said bookings for the first quarter of 2026 were running 4% ahead", on Jan. 8, 2026: sales made ahead
            # for a period under way are for its time still to come
            forecast = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
            if forecast is not None and forecast.future and forecast.when == resolution.when:
                tense, resolution = "future", forecast
        sum_for_a_weekday = tense != "pluperfect" and _a_weekday_alone(exp.parts) and self.anchor is not None \
            and (_kind_just_before(self.low, "sum_for", exp.start, _TIED_WORDS_REACH)
                 or lexicon.issued_notice_before().search(self.low, max(0, exp.start - _ISSUED_NOTICE_REACH),
                                                          exp.start) is not None)
        awaited = self._after_a_day_a_condition_awaits(exp, window) if sum_for_a_weekday else None
        if awaited is not None:
            # a sum set for a day after a condition on a day to come is set for after that day ("If no one wins
            # Saturday, the jackpot would grow to $1.4 billion for Monday's drawing", on a Thursday: the Monday
            # after that Saturday, though the Monday gone is nearer)
            tense, resolution = "future", awaited
        elif sum_for_a_weekday and resolution.last_day is not None and resolution.last_day < self.anchor:
            # "pushing the jackpot to an estimated $640 million for Saturday night", on a Thursday: a sum set for a
            # day is staked ahead of it, so the day is the coming one when that is nearer than the one gone
            coming = self._nearer_ahead(exp, resolution, ref)
            if coming is not None:
                tense, resolution = "future", coming
        elif sum_for_a_weekday and resolution.first_day is not None and resolution.first_day > self.anchor:
            # ... and the one gone when that is nearer: "a 70% chance of good weather, up from 45% for Tuesday",
            # written on a Wednesday, is the day before
            gone = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
            if gone is not None and gone.last_day is not None and gone.last_day < self.anchor \
                    and self.anchor - gone.last_day < resolution.first_day - self.anchor:
                tense, resolution = "past", gone
        if (tense == "past" and (_a_day_or_month_alone(exp.parts)
                                 or _a_season_alone(exp.parts) and not self._bounded(befores, "BEFORE"))
                or tense in ("", "past") and resolver.names_a_part_of_the_year(exp.parts)
                and not self._bounded(befores, "BEFORE") and "deadline" not in befores) \
                and self.anchor is not None and resolution.last_day is not None \
                and resolution.last_day < self.anchor and self._a_plan_in_the_past_perfect(exp, window):
            # a plan told in the past perfect is a plan since changed, whose day is the one near ahead when that is
            # nearer than the one gone ("had planned to start the survey on Jan. 2", in December: the coming one; a
            # season goes on like a month: "which had been planned for the summer", in March; not a season a thing
            # was to be done before, whose end the past tells: "had promised to move out before the spring was over";
            # a quarter or half named as a noun too, which a plan leaves with no tense of its own: "had planned to
            # open the plant in the third quarter", in March; not one a hope of the past had as its deadline: "had
            # hoped to turn profitable by the June quarter")
            coming = self._nearer_ahead(exp, resolution, ref)
            if coming is not None:
                tense, resolution = "future", coming
        if resolution.future and exp.parts.get("year2") == exp.parts.get("year", 0) + 1 \
                and self.anchor is not None and exp.parts["year2"] == self.anchor.year \
                and (not tense and (self._told_as_ended(exp, window) or self._a_comparison_base(exp)
                                    or self._a_base_set_off(exp)) or self._ended_by_its_side_clause(exp, window)):
            # a split year (a season, crop or fiscal year across the turn of the year) ends within its second year,
            # so in that year a clause in the past tells of it as ended: "Shipments in the 2024/25 marketing year,
            # which ended on Aug. 31, hit a record", in September 2025; and so does the base of a comparison: "it is
            # $68,400 this year, up 4.5% from 2024-25", in September 2025, compares with a year already told, and
            # one set off after a forecast's figure is a figure reported, no forecast: "estimates output at 34
            # million tons, up from 29.6 million tons in 2024/25", in November 2025); a side clause that tells it
            # ended does so whatever the tense of the clause it hangs on: "raised its forecast for the 2024/25 season,
            # which ended on June 30", in August 2025, is a forecast of results not yet told, for a season gone)
            resolution = resolution._replace(future=False)
        # (a clause a verb of saying reports in the present keeps the present: "said there is little left in its
        # budget for the fourth quarter"; the saying's past tells only when it was said)
        told_now = not tense or tense == "past" and self._reported_in_the_present(exp, window)
        if told_now and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor and resolver.names_a_part_of_the_year(exp.parts) \
                and _kind_just_before(self.low, "forecast_for", exp.start, _NOUN_FOR_REACH):
            # "not sure there is much left in the budget for the fourth quarter", in October: a plan or forecast for a
            # quarter or half named alone is for the one under way, when one so named is, not the last one ended
            under_way = self._in_year(exp, resolution, +1, tense, ref)
            if _under_way(under_way, self.anchor):
                resolution = under_way
            elif _kind_just_before(self.low, "question_for", exp.start, _NOUN_FOR_REACH) and not any(
                    marker[2] in lexicon.PAST_TENSES
                    for marker in self.clauses.markers(*self.clauses.sentence(exp.start, exp.end, window))):
                # "The big question for the second half is whether", in February: a question still open (none told
                # in the past: "the question for the third quarter was whether") is for the half or quarter ahead,
                # its answer still to come, not the one ended
                resolution = under_way._replace(future=True)
        if told_now and resolution.last_day is not None and self.anchor is not None \
                and resolution.period is not None and resolution.period.gran in ("Q", "H") \
                and exp.parts.keys().isdisjoint(_YEAR_TOLD_PARTS) and resolution.last_day < self.anchor \
                and not resolver.results_awaited(resolution.last_day, self.anchor) \
                and lexicon.forecast_noun_after().match(self.low, exp.end):
            # "raised its first-quarter forecast to $60", in November: a forecast for a quarter or half named alone,
            # when the last one so named is long over and reported, is for the coming one
            coming = self._in_year(exp, resolution, +1, tense, ref)
            if coming.first_day is not None and coming.first_day > self.anchor:
                resolution = coming._replace(future=True)
        # (a split year's expression leaves its determiner out: "budget for the 2025-26 financial year")
        determiner = lexicon.determiner_before().search(
            self.low, max(0, exp.start - lexicon.DETERMINER_REACH), exp.start)
        head = determiner.start() if determiner else exp.start
        if told_now and not resolution.future and _under_way(resolution, self.anchor) \
                and (lexicon.forecast_noun_after().match(self.low, exp.end)
                     or finder.named_as_an_estimate(self.low, exp.start, exp.end)
                     or _kind_just_before(self.low, "forecast_for", head, _NOUN_FOR_REACH)
                     or self._opens_a_forecast_s_clause(exp, window)
                     or (_a_whole_year(exp.parts, resolution)
                         and (_kind_just_before(self.low, "figure_for", head, _NOUN_FOR_REACH)
                              or self._sum_for_a_name_before(head)
                              or lexicon.figure_aside_for_before().search(
                                  self.low, max(0, head - _FIGURE_ASIDE_REACH), head)
                              or lexicon.forecast_sum_in_before().search(self.low, max(0, head - _NOUN_FOR_REACH),
                                                                         head)
                              or self._allotted_for(exp, window)))) \
                and not self._ended_by_its_side_clause(exp, window):
            # "Meridian Crest raises 2026 outlook" ("Guidance for Q1 2026"), in February: a period under way that
            # qualifies a forecast is looked ahead to, whatever the verb's tense (its reading stays: "beat
            # second-quarter forecasts", in July), unless a side clause tells it ended ("its outlook for the 2024/25
            # season, which ended on June 30", in August); so is one whose name carries an analyst's estimate mark
            # ("We cut our FY26E EBITA", with fiscal 2026 under way)
            resolution = resolution._replace(future=True)
        if tense in ("", "future") and not resolution.future and resolution.last_day is not None \
                and self.anchor is not None and resolution.period is not None \
                and (resolution.period.gran in ("Q", "H") or exp.start in self.fiscal_years_awaited
                     or set(exp.parts) == {"year"}
                     and _kind_just_before(self.low, "figure_for", exp.start, _NOUN_FOR_REACH)
                     or self._ends_a_stretch_told_before(exp, resolution)) \
                and resolver.results_awaited(resolution.last_day, self.anchor) \
                and self._figures_expected(exp, window, resolution.period) \
                and (tense or finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses)):
            # "Meta is forecast to report fourth-quarter revenue of $58.4 billion", in January: the figures of a
            # quarter just ended are still to come when they are forecast, not when their report is merely
            # scheduled ("will report results for the December quarter")
            resolution = resolution._replace(future=True)
        if not resolution.future and resolution.last_day is not None and self.anchor is not None \
                and resolution.period is not None and resolution.period.gran in ("M", "Q", "H", "Y", "FY") \
                and resolver.results_awaited(resolution.last_day, self.anchor) \
                and self._forecast_of_the_done(exp, window):
            # "is expected to have risen 36% in the three months to December", in February: a perfect infinitive
            # after a verb of expecting tells a thing done whose figures are still awaited, happening or not (a month
            # too: "exports are forecast to have fallen 3% in January", in February)
            resolution = resolution._replace(future=True)
        if tense not in lexicon.PAST_TENSES and not resolution.future and _under_way(resolution, self.anchor) \
                and resolution.period is not None \
                and ((resolution.period.gran in ("Q", "H")
                      and (_kind_just_before(self.low, "results_for", exp.start, _NOUN_FOR_REACH)
                           or lexicon.results_noun_after().match(self.low, exp.end)))
                     or (resolution.period.gran in ("Q", "H", "Y", "FY")
                         and (lexicon.told_right_after("period_end").match(self.low, exp.end)
                              or lexicon.period_end_told().match(self.low, exp.end)))) \
                and not self._subject_of_a_past_verb(exp, window):
            # "is scheduled to report results for the September quarter in late November", "Maersk, which reports
            # fourth-quarter results on Feb. 5", in September and November: a quarter or half under way whose
            # results are still to come is looked ahead to, however its report is told (a quarter ended whose report
            # is only scheduled is not; a year's results are left alone, its fiscal calendar often untold: "reports
            # full-year results for fiscal 2026", in May); so is a quarter, half or year whose end a timetable tells,
            # an end still to come ("- March 31: fiscal 2026 ends", in February)
            resolution = resolution._replace(future=True)
        if resolution.future and self.anchor is not None and resolution.last_day == self.anchor \
                and _a_weekday_alone(exp.parts) \
                and _A_RATE_READ_ON.search(self.low, max(0, exp.start - _TWO_WORDS_BEFORE_REACH), exp.start):
            # "Traders put the odds of a cut at about 45% on Monday", written that Monday: the day a rate stood at
            # is the day it was read, however much the rate looks ahead
            resolution = resolution._replace(future=False)
        if resolution.future and self.anchor is not None \
                and resolution.first_day == resolution.last_day == self.anchor \
                and _kind_just_before(self.low, "in_force_from", exp.start, _IN_FORCE_REACH):
            # "must carry clear labels starting Monday", written that Monday: what starts on the day of writing is in
            # force as the story is read, no time to come
            resolution = resolution._replace(future=False)
        if resolution.future and self.anchor is not None and resolution.last_day == self.anchor \
                and _a_time_of_the_day_alone(exp.parts) \
                and lexicon.plan_told_then_before().search(self.low, max(0, exp.start - _PLAN_THEN_REACH), exp.start):
            # "hours before the pause was due to expire at midnight": a plan told from the past says when a thing was
            # to happen, not that the time is still to come on the day of writing (contract: a later time of the day is
            # ahead unless its clause tells it in the past)
            resolution = resolution._replace(future=False)
        if resolution.future and _under_way(resolution, self.anchor) and lexicon.level_base_before().search(
                self.low, max(0, exp.start - _LEVEL_BASE_REACH), exp.start):
            # "will rise to $104 million next season, up from $95.5 million this season": the level a change to
            # come is measured from is the one now, no time ahead
            resolution = resolution._replace(future=False)
        if resolution.future and finder.counts_happenings_in(self.low, exp.start, exp.parts):
            # "would raise margins, the second increase this month": the month under way whose increases are
            # counted, those made so far, no time ahead
            resolution = resolution._replace(future=False)
        if tense not in lexicon.PAST_TENSES and not resolution.future and _under_way(resolution, self.anchor) \
                and self._bounded(befores, "AFTER") \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                not in lexicon.PAST_TENSES \
                and not finder.is_recurring(self.text, self.low, exp.start, exp.end, window, self.clauses):
            # "After March, the committee meets again on April 30", on March 9: the time after a period under way
            # is all still to come (not in a sentence of what recurs: "Usually there is a pause after the spring
            # auto shows")
            resolution = resolution._replace(future=True)
        if tense not in lexicon.PAST_TENSES and not resolution.future and _under_way(resolution, self.anchor) \
                and "season" in exp.parts and "year" not in exp.parts and self._bounded(befores, "BEFORE") \
                and (self.anchor - resolution.first_day).days < _SEASON_START_LAG:
            # "locks in rates before spring", on March 12: the time before a season just begun by the months is gone,
            # so the writer counts it from the solstice or equinox still to come
            resolution = resolution._replace(future=True)
        if tense in resolver.AHEAD and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor \
                and (resolver.names_a_part_of_the_year(exp.parts)
                     or _a_fiscal_part_named_alone(exp.parts) and exp.parts.get("unit") == "Q") \
                and "year" not in exp.parts and self._intended(exp, window):
            # "The two companies plan to launch a joint platform in the second half", in February: an intention has
            # no report to wait for, so the half or quarter it names is the coming one, not the one just ended (a
            # fiscal quarter's too; a fiscal half named alone is as often the report's: "hold miners in the first half")
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if tense not in lexicon.PAST_TENSES and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor and resolver.names_a_part_of_the_year(exp.parts) \
                and "year" not in exp.parts \
                and not _kind_just_before(self.low, "results_for", exp.start, _NOUN_FOR_REACH) \
                and (finder.what_it_holds_is_ahead(self.text, self.low, exp.start, exp.end, window, self.clauses)
                     or _kind_just_before(self.low, "future_copula", exp.start, _FUTURE_COPULA_REACH)):
            # "The big test is the second half, when dividend repatriation picks up", "The toughest stretch will be
            # the second half", in February: a half or quarter whose background clause tells a thing still to happen
            # in it, or that a copula of the future has for complement, is the coming one, no report awaited
            tense = "future"
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if not tense and _a_season_alone(exp.parts) and resolution.last_day is not None and self.anchor is not None \
                and resolver.long_gone(resolution.last_day, self.anchor) \
                and _kind_just_before(self.low, "season_copula", exp.start, _FUTURE_COPULA_REACH) \
                and _CLAUSE_CLOSES.match(self.low, exp.end) is not None \
                and not self._a_past_told_beside(exp, window) \
                and not finder.is_recurring(self.text, self.low, exp.start, exp.end, window, self.clauses):
            # "The real test is the spring", in January: a season a present copula has for complement, in a clause of
            # no other tense, is one still to come, not one that ended months ago (the season closing its clause: in
            # "The trouble is the spring was dry" it is a subject, and "was" tells its tense; nor does a past told
            # beside it: "The reason sales fell is the summer, which was wet")
            tense = "future"
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if not tense and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor and resolver.names_a_part_of_the_year(exp.parts) \
                and "year" not in exp.parts and _kind_just_before(self.low, "happening_in", exp.start, 10) \
                and resolver.long_gone(resolution.last_day, self.anchor) \
                and not _FIGURE_BEFORE.search(self.low, max(0, exp.start - _FIGURE_BEFORE_REACH), exp.start) \
                and (finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "schedule"
                     or self._told_in_the_present(exp, window)):
            # "SUVs follow in the fourth quarter", in April: a timetable places a happening in the coming quarter or
            # half, as it does a month; one ended months ago is no time it tells of in the present (a figure right
            # before it makes it a measure's quarter: "slipped to 20.4% from 22.5% in the first quarter")
            tense = "schedule"
            resolution = self._in_year(exp, resolution, +1, tense, ref)
        if tense in resolver.AHEAD and resolution.first_day is not None and self.anchor is not None \
                and resolution.first_day > self.anchor \
                and (_a_day_or_month_alone(exp.parts) or _a_season_alone(exp.parts)):
            earlier = self._before_the_time_ahead(exp, resolution, window, ref)
            if earlier is not None:
                # "plans to release its next model before the end of the year, after its V3.1 update in August",
                # in October: what came before the time looked ahead to is the latest August, not next year's (a
                # season so too: "hope to lift sales this month after a weak winter" is the winter gone)
                tense, resolution = "past", earlier
        if tense == "future" and resolution.last_day is not None and self.anchor is not None \
                and resolution.last_day < self.anchor and _a_day_or_month_alone(exp.parts) and "day" in exp.parts:
            later = self._after_a_time_ahead_in_its_list(exp, resolution, window, ref)
            if later is not None:
                # "is ready for the next peak, the Nov. 11 sale, and for the run-up to Reyes on Jan. 6", in March: a
                # list looked ahead to runs on from the time ahead before it, not back to the day just gone (a month
                # may be one whose figures come after it: "on Friday, and the index for June is due on July 30")
                resolution = later
        if tense in resolver.AHEAD and self.anchor is not None and resolution.first_day is not None \
                and resolution.first_day > self.anchor and _a_day_or_month_alone(exp.parts) and "day" not in exp.parts \
                and finder.closes_a_hyphened_span(self.low, exp.start):
            latest = resolver.resolve(exp.parts, self.anchor, "", ref, self.locale)
            if latest.last_day is not None and resolver.results_awaited(latest.last_day, self.anchor):
                # "will report results for the March-November period", in January: months joined by a hyphen
                # name a reporting period, as a quarter does, whose results come after it ends: the one just ended
                resolution = latest
        if (not tense or self._a_comparison_base(exp)) and self.topic is not None and self.anchor is not None \
                and _this_quarter(exp.parts) and self.topic == resolver.Period.of("Q", self.anchor).shifted(-1, "Q"):
            # "This quarter's loss", "strong results this quarter" in a report on the quarter just ended:
            # that quarter, not the one under way, which has no results yet
            resolution = resolver.resolve(dict(exp.parts, anaphoric=True), self.anchor, tense, self.topic, self.locale)
        if not tense and self.anchor is not None and self.anchor.isoweekday() >= _SATURDAY and _this_week(exp.parts):
            if "schedule" in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                    and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
                # "The company holds its annual meeting this week" ("The week also brings China's PMI"),
                # written on a weekend: a timetable's week is the one that starts on Monday
                tense = "schedule"
                resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if resolution.on_calendar and self.anchor is not None and _the_past_unit(exp.parts) \
                and resolution.period is not None and resolution.period.last() < self.anchor:
            # "gained roughly 40% in the past month": the month up to now, not the calendar month before this one
            # ("last month"); TimeML keeps its value
            stretch = resolver.stretch_from(dict(exp.parts, count=1), self.anchor, resolution.value, resolution.mod,
                                            self.anchor)
            if stretch is not None:
                resolution = stretch._replace(timex_type=resolution.timex_type)
        if resolution.on_calendar and "hour" in exp.parts and self._a_clock_time_restated(index, exp, window):
            if self._on_another_day_than_the_clock_before(exp, resolution):
                # "at 23:20 local time on March 3 (04:20 UTC on March 4)": the day the brackets name is a row of its
                # own, as in "(0420 GMT on March 4)", though no day a later clock time is on (see _remember)
                self.restated_on_another_day.add(exp.start)
            else:
                resolution = _off_the_timeline(resolution)
        if exp.start in self.ahead_from_now and resolution.on_calendar and self.anchor is not None:
            # (from the telling, as a counted stretch is: "said in September it would open ten regions over the next
            # year" runs from that September)
            told = self._time_of_the_telling(exp, window)
            origin = told.first() if told is not None and told.gran != "Y" else self.anchor
            stretch = resolver.stretch_from(dict(exp.parts, count=1), origin, resolution.value, resolution.mod,
                                            self.anchor)
            if stretch is not None:
                resolution = stretch._replace(timex_type=resolution.timex_type)
        if resolution.on_calendar and resolution.period is None and resolver.counts_from_now(exp.parts):
            resolution = self._from_now(exp, resolution, window)
        if "holiday" in exp.parts and _lacks_year(exp.parts):
            resolution = self._holiday_in_the_month_before(exp, resolution, ref, window)
        if not tense and _a_weekday_alone(exp.parts) and self.anchor is not None \
                and not self.low.startswith(("'s", "\u2019s"), exp.end) \
                and (self._told_in_the_present(exp, window) or self._timetable_copula_before(exp)):
            # "Tencent posts its results on Wednesday", written on a Sunday: a weekday in a clause in the present
            # simple, with no word of the past, is a timetable's, the coming one
            tense = "schedule"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if not tense and _a_day_or_month_alone(exp.parts) and self.anchor is not None \
                and resolution.last_day is not None and resolution.last_day < self.anchor \
                and not exp.parts.get("habitual") and "in_story" not in exp.parts and exp.start >= self.entry_end \
                and _PLACING_KINDS.isdisjoint(befores) and (self._told_in_the_present(exp, window) or (
                    "day" in exp.parts and self._timetable_copula_before(exp))):
            # "Ma turns 62 on September 10", written in March: the present simple tells a day to come, as a timetable
            # does, not one gone by, and so does a present copula and "on" ("Its annual meeting is on 23 April")
            tense = "future"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if not tense and _a_day_or_month_alone(exp.parts) and self.anchor is not None \
                and resolution.last_day is not None and resolution.last_day < self.anchor \
                and not exp.parts.get("habitual") and "in_story" not in exp.parts and exp.start >= self.entry_end \
                and _PLACING_KINDS.isdisjoint(befores) \
                and lexicon.deadline_noun().search(self.low, *self.clauses.sentence(exp.start, exp.end, window)) \
                and not finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses):
            # "June 30 now looks like a hard deadline", in January: a deadline told with no tense is the nearest
            # such day, as a timetable's is, not the last one
            tense = "schedule"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if tense in resolver.AHEAD and _a_day_or_month_alone(exp.parts) and "day" not in exp.parts \
                and self.anchor is not None and finder.names_a_month_s_figures(self.low, exp.end):
            # "will go into the meeting with only the delayed September figures", in November: a month's figures come
            # out after it ends, so those looked ahead to are of the nearest such month, here the one gone
            nearest = self._nearest(exp, ref)
            if nearest is not None and nearest.first_day is not None and nearest.first_day <= self.anchor:
                tense, resolution = "past", nearest
        if _a_weekday_alone(exp.parts) and tense not in resolver.AHEAD and self._coordinated_with_a_day_to_come(
                exp, resolution, window):
            # "Alibaba follows on Thursday, Nov. 13, and Tencent on Wednesday": the verb left out is the one
            # of the day to come, and so is the weekday
            tense = "future"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if tense in resolver.AHEAD and _a_weekday_alone(exp.parts) and self.anchor is not None \
                and not self.low.startswith(("'s", "\u2019s"), exp.end) \
                and self._plan_told_beside_a_deed(exp, window):
            # "The talks, which began on Aug. 5 and were due to end on Thursday, ran past their deadline", on a
            # Friday: a plan told from the past beside what its subject already did names the day it was set for,
            # the one gone ("Its mandate was due to expire on Friday" alone, in wire copy, is the coming Friday)
            tense = "past"
            resolution = resolver.resolve(exp.parts, self.anchor, tense, ref, self.locale) or resolution
        if tense in resolver.AHEAD and _a_weekday_alone(exp.parts) and self.anchor is not None \
                and self.low.startswith(("'s", "\u2019s"), exp.end) and not finder.a_plain_future_governs(
                    self.text, self.low, exp.start, exp.end, window, self.clauses) \
                and not ("bound" in befores and any(told.parts == exp.parts and found is not None and found.future
                                                    for told, found, _, _ in self.resolved)) \
                and not _a_move_priced_now_before(self.low, exp.start) and awaited is None:
            # a weekday in the possessive names the time of the noun after it, which the future of the clause
            # around it does not move ("said they would look for ways to get around Wednesday's ruling", on a
            # Friday; "Wednesday's meeting will decide", on a Monday): the nearest such day; but what is looked for
            # before or after the day of a thing the text has told still ahead waits for that day ("results are due
            # on Monday ... options price a move of 6% after Monday's results", on a Thursday: the coming Monday), as
            # does the happening a move the market prices in waits for ("options imply a move of 11% either way after
            # Friday's production report", on a Monday); so does a sum set after a condition on a day to come
            resolution = self._nearest(exp, ref) or resolution
        elif tense == "schedule" and _a_weekday_alone(exp.parts) and self.anchor is not None \
                and self.low.startswith(("'s", "\u2019s"), exp.end) \
                and lexicon.scheduled_event_after_a_possessive().match(self.low, exp.end) is None:
            # a timetable's verb after a weekday in the possessive tells of the thing it names, which is already
            # there unless it is an event held on a timetable ("Monday's filing meets the deadline", on a Tuesday,
            # is the Monday gone; "Sunday's final starts at 7.30 p.m.", on a Wednesday, the Sunday to come)
            resolution = self._nearest(exp, ref) or resolution
        elif not tense and _a_weekday_alone(exp.parts) and self.anchor is not None \
                and self.low.startswith(("'s", "\u2019s"), exp.end) and self._future_in_the_sentence(exp, window) \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            # a weekday in the possessive told in the present, in a sentence that looks ahead elsewhere, is a
            # timetable's ("Thursday's programme is led by its CTO, who will present the roadmap", on a
            # Wednesday): the nearest such day, not the last one
            resolution = self._nearest(exp, ref) or resolution
        if index in self.closed_in_the_past and resolution.period is not None and self.anchor is not None \
                and resolution.period == resolver.Period.of(resolution.period.gran, self.anchor) \
                and self._closing_ahead(resolution.period):
            # "Stocks rose on the last trading day of the year", written in May: a clause about the past tells
            # of the end of a year (or month) that has ended, the one before
            resolution = resolver.resolve(dict(exp.parts, shift=-1), self.anchor, tense, ref, self.locale) \
                or resolution
        # (so is the quarter counted back from such a one: "revenue of $1.92 billion for its fiscal third quarter, which
        # ended Oct. 31, up 24% from $1.55 billion a year earlier" is of the same fiscal quarter a year before)
        counted_back = exp.parts.get("unit") == "Y" and "direction" in exp.parts and self.reference_fiscal
        if self.fiscal_quarters and (exp.parts.get("unit") == "Q" and not exp.parts.get("fiscal") or counted_back) \
                and exp.parts.keys().isdisjoint(("year", "yy")) \
                and resolution.precision == "quarter" and self.fiscal_end is not None \
                and (self.text.find("\n", self.fiscal_quarter_end, exp.start) == -1 or self._fiscal_year_stated()
                     or self.year_end_stated == self.fiscal_end):
            # "its fiscal third quarter, which ended Oct. 31 ... Subscription revenue rose this quarter": once a text
            # counts its company's quarters off the calendar's, the quarter it names otherwise is such a one too (not
            # one of a calendar year it names: "the first quarter of 2025")
            resolution = resolver.fiscal_quarter_months(resolution, self.fiscal_end, self.anchor)
        if resolution.future and self._after_a_season_just_gone(exp, resolution, befores):
            # "expect the vintage to be small after a hot, dry summer", in September: what is expected comes after
            # the summer just gone, not after next year's
            resolution = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale) or resolution
        if resolution.on_calendar and (exp.parts.get("in_a_name") or exp.parts.get("labels_a_year")
                                       or self._in_a_label(exp)
                                       or self._a_time_of_year_in_a_decade_gone(exp, window)):
            resolution = _off_the_timeline(resolution)
        elif resolution.on_calendar and exp.parts.get("ref_type") == "TIME" and self._far_from_the_news(exp):
            # "Later that month, Beijing banned for-profit tutoring, erasing most of the value of the sector
            # overnight": in a paragraph on a time long gone, the night before the day of writing is none; the word
            # says how sudden it was
            resolution = _off_the_timeline(resolution)
        if resolution.mod == "END" and not resolution.future and tense != "past" and "open" not in befores \
                and self.anchor is not None \
                and resolution.last_day is not None and resolution.first_day <= self.anchor < resolution.last_day \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            # "targets a margin of 15% at the end of this fiscal year", in November: the end of a period under way
            # is still to come, whether or not a deadline's "by" says so (a stretch opened there, "since year-end",
            # looks back to the end of a year gone)
            resolution = _with_mod(resolution, "", future=True)
        if exp.end <= self.headline_end and _a_part_of_the_year_alone(exp.parts) \
                and not _a_quarter_named_by_its_month(exp):
            # "Reliance gains after Q2 numbers": a headline's quarter without its year is the report the story
            # goes on to date; it is read as the body reads it (_headline_quarters_read_as_their_body), never
            # the period the story is on while the body is read.  A quarter named by
            # its closing month is a calendar one, which headlines write without "the": "Alibaba slows buybacks to
            # $1.4 billion in December quarter" is placed as the body's "the December quarter" is
            resolution = _off_the_timeline(resolution)._replace(period=None)
        if "weekday" in exp.parts and "shift" not in exp.parts and self.anchor is not None \
                and resolution.on_calendar and resolution.first_day is not None and resolution.period is not None \
                and resolution.period.gran == "D":
            resolution = self._year_the_weekday_fits(exp, resolution, tense, ref) or resolution
            resolution = self._weekday_as_told_before(exp, resolution, tense, window, befores)
        if "holiday" in exp.parts and _lacks_year(exp.parts) and resolution.on_calendar and not befores \
                and self._names_the_festival(exp, window):
            # "Singles' Day Turns 17", "Double 11, as the festival is also known, opened on Oct. 7": the festival
            # itself, whose time the story tells, not the day it is named for ("on Singles' Day" is that day)
            resolution = _off_the_timeline(resolution)
        resolution = self._in_the_split_year_ahead(exp, resolution, tense, window)
        resolution = self._end_of_the_period_before(exp, resolution)
        resolution = self._day_the_quarter_before_ended(exp, resolution)
        resolution = self._season_before_the_time_it_led_to(exp, resolution, befores, tense, window)
        resolution = self._quarter_restated(exp, resolution)
        resolution = self._day_told_ahead_before(exp, resolution)
        resolution = self._days_off_counted_before(exp, resolution)
        if not befores:
            resolution = self._holiday_placed_before(exp, resolution)
        resolution = self._today_of_the_speech(exp, resolution)
        self._note_the_lead_day(exp, resolution)
        resolution = self._valued_by_the_quarter_s_label(exp, resolution, ref)
        if resolution.future and (exp.parts.get("fiscal") or "year2" in exp.parts) \
                and resolution.precision in ("year", "fiscal_year") \
                and self._ended_by_its_side_clause(exp, window):
            # "said in October it would pay a bonus for the 2024/25 financial year that ended June 30": a fiscal or
            # split year its own side clause tells ended is gone, whatever forecast or plan the clause it hangs on
            # tells of it (the year under way its calendar reading may give it says nothing of that end); a quarter's
            # forecast looks ahead to its report ("expect revenue for its fiscal second quarter, which ended on
            # December 31")
            resolution = resolution._replace(future=False)
        resolution = self._split_year_on_its_told_months(exp, following, resolution) or resolution
        resolution = self._quarter_to_the_day_it_ended(exp, following, resolution)
        resolution = self._season_to_the_day_it_ended(exp, following, resolution)
        self._remember(index, exp, resolution, tense, befores, window)
        if resolution.period is not None and resolution.period.gran == "D" and resolution.on_calendar \
                and exp.start > self.first_line_end \
                and (resolution.period.first() != self.anchor or self._day_of_the_section(exp) is not None) \
                and self._alone_on_its_line(exp):
            # (a dateline, the day of writing, heads no section, unless it follows a section an earlier day heads:
            # a log that runs into the day it is written on, "Tuesday, Nov. 4" ... "Wednesday, Nov. 5")
            self.section_day = (resolution.period, exp.end)
        if "year" in exp.parts and not exp.parts.get("fiscal") and resolution.period is not None \
                and resolution.timex_type == "DATE":
            self.years_named = (self.years_named + [(resolution.period.first().year, exp, window)])[-_YEARS_KEPT:]
        if resolution.period is not None and resolution.period.gran == "D" and resolution.on_calendar \
                and not (self.days_told and self.days_told[-1][1] == exp.start) \
                and not exp.parts.keys().isdisjoint(("day", "weekday")) and not self._a_comparison_base(exp) \
                and not _the_day_of_a_clock_time_restated(self.low, exp):
            # (a day named by its date or weekday, not a word that counts one, "overnight"; nor the base of a
            # comparison: "rose 3% from Friday's close by 10 a.m." is no time of Friday's; nor the day of a clock time
            # told again in brackets in another zone: "at 23:20 local time on March 3 (04:20 UTC on March 4)")
            self.days_aside = (self.days_aside + [(resolution.period, exp.start)])[-_DAYS_LOOKED_BACK:]
            if self.low.startswith(("'s", "\u2019s"), exp.end):
                self.days_possessed.add(exp.start)
            if finder.told_early_in_its_day(self.low, exp.start, exp.parts):
                self.mornings_told.add(exp.start)
            if finder.told_late_in_its_day(self.low, exp.start, exp.parts):
                self.evenings_told.add(exp.start)
        self._occasion_ahead_in_its_year(exp, resolution)
        self.resolved.append([exp, resolution, tense, befores])

    def event_days_from_an_opening_after(self) -> None:
        """The first day of a happening told before the story tells the day it opened on ("used the opening day of
        the conference ... The conference, which opened on Saturday") is that day (event_openings.tsv)."""
        placed = False
        for index, exp, following in self.event_days_unplaced:
            if exp.parts["event_day"] != 1:
                continue    # (a later day counted ahead of its opening is often one of sittings, not of the
                            # calendar: "trial, day nine" over "The trial, which began on Nov. 3")
            first = self._opening_day_told(exp.end, len(self.text))
            if first is not None:
                self.event_first_day, placed = first, True
                self.read(index, exp, following)
        if placed:
            self.resolved.sort(key=lambda entry: entry[0].start)

    def headline_weekdays_as_told_after(self) -> None:
        """A weekday alone in a headline that tells no time ahead, as headlines leave out the tense ("Forever stamp
        climbs to 78 cents Sunday"), is the day the body first names by the same weekday alone in a clause of the future
        ("will rise to 78 cents on Sunday"): the body tells its tense.  So is a day of a month without its year
        ("Guinea sets Dec. 28 presidential vote" over "set Dec. 28 as the date of the election")."""
        if self.headline_end < 0:
            return
        for entry in self.resolved:
            told = entry[0]
            awaited = told.parts.keys() == {"weekday"} and self._bounded(entry[3], "BEFORE")
            if told.end > self.headline_end or told.parts.keys() not in _DAYS_A_HEADLINE_TAKES_FROM_ITS_BODY \
                    or entry[3] and told.start not in self.days_possessed and not awaited \
                    or (entry[1] is not None and entry[1].future):
                # (a bound, "markets shut until Wednesday", or a weekday the headline tells ahead keeps its reading; a
                # bound before a day's own event, "before Tuesday's results", bounds the event the body tells)
                continue
            # (a headline's "before Thursday" waits for a day: the body's Thursday ahead, past any it tells gone)
            body = next((later for later in self.resolved if later[0].start > self.headline_end
                         and _the_same_day(told.parts, later[0].parts) and later[1] is not None
                         and (not awaited or later[2] == "future")), None)
            if body is not None and (body[2] == "future" or "weekday" not in told.parts and body[1].future):
                # (a body that tells the day as a timetable in the present leaves the headline's past: "Tencent posts
                # its results on Wednesday", over the same line in the body, is the Wednesday gone; a day of a month
                # the body reads ahead by any word, "with the grand final ... on Saturday, May 16", is that one)
                entry[1], entry[2] = body[1], body[2]

    def _read_in_the_headline(self):
        """The expressions of the headline with their readings (read in the text's order, so the scan stops at the
        body's first: a clock time asks for them again, in a long archive too)."""
        return itertools.takewhile(lambda entry: entry[0].end <= self.headline_end, self.resolved)

    def headline_quarters_told_after(self) -> list[tuple[int, int]]:
        """Where a quarter or half alone in a headline ("H1 profit jumps", "beats fourth-quarter output forecast")
        stands, and where the body first names the same one by its number (_headline_quarters_read_as_their_body)."""
        if self.headline_end < 0:
            return []
        told_after = []
        for told, reading in (entry[:2] for entry in self._read_in_the_headline()):
            named = _the_part_of_the_year_named(told.parts)
            if named is None or reading is None or reading.on_calendar or not _a_part_of_the_year_alone(told.parts) \
                    or _a_quarter_named_by_its_month(told):
                continue
            body = next((later[0] for later in self.resolved if later[0].start > self.headline_end
                         and _the_part_of_the_year_named(later[0].parts) == named), None)
            if body is not None:
                told_after.append((told.start, body.start))
        return told_after

    def quarters_reported_after_they_ended(self) -> None:
        """A quarter named without its year whose results its sentence dates to a day, week or month gone before that
        quarter even began is the last such quarter ended by then: results come out after their quarter ("Last year it
        released December-quarter results on Feb. 20", in January 2026, is 2024-Q4), as "the quarter" of results out
        on a day gone is (_reported_on_a_day_before_its_end)."""
        if self.anchor is None:
            return
        for entry in self.resolved:
            quarter, reading = entry[0], entry[1]
            if reading is None or reading.period is None or reading.period.gran != "Q" \
                    or not _a_calendar_quarter_without_its_year(quarter.parts) \
                    or not (lexicon.results_noun_after().match(self.low, quarter.end) is not None
                            and self._told_in_the_past_only(quarter)
                            or self._figures_reported_for(quarter)):
                continue        # (a forecast told then may be of a quarter ahead of it: "said in March that
                                # fourth-quarter results would beat forecasts"; a timetable's line, "- Late July:
                                # second-quarter results", tells no past)
            told = self._day_gone_before_it_began(quarter, reading)
            if told is None:
                continue
            year = reading.period.first().year - 1
            while resolver.Period.of("Q", dt.date(year, reading.period.first().month, 1)).last() >= told:
                year -= 1
            ended = resolver.resolve(dict(quarter.parts, year=year), self.anchor, "past", None)
            if ended is not None and ended.period is not None:
                entry[1], entry[2] = ended, "past"

    def _figures_reported_for(self, quarter: finder.Expression) -> bool:
        """Do results or a figure "for" ``quarter`` end right before it, after a verb that reported them in its own
        clause ("which reported revenue of 236.5 billion yuan for the September quarter on Nov. 15 last year"): its
        report is as much dated by the day its clause tells as "September-quarter results" are."""
        low = self.low
        if not any(_kind_just_before(low, kind, quarter.start, _NOUN_FOR_REACH)
                   for kind in ("results_for", "figure_for")):
            return False
        lo, hi = self._own_clause_of(quarter)
        opened, closed = low.rfind(", ", lo, quarter.start), low.find(", ", quarter.end, hi)
        if opened >= 0 and closed >= 0 and _an_onward_clause_opens(low, opened + 2, quarter.start):
            # (a relative aside on the subject tells its own past: "Alibaba, which reported ... on Nov. 15 last
            # year, is due to report")
            lo, hi = opened + 2, closed
        elif not self._told_in_the_past_only(quarter):
            return False
        tenses = {tense for _, _, tense, _ in self.clauses.markers(lo, hi)}
        return "future" not in tenses and lexicon.report_verb_past().search(low, lo, quarter.start) is not None

    def _told_in_the_past_only(self, exp: finder.Expression) -> bool:
        """Is ``exp``'s sentence, up to a clause coordinated after it, told in the past, with no marker of the
        future?"""
        lo, hi = self._up_to_the_next_clause(exp, self.clauses.sentence(exp.start, exp.end, None))
        tenses = {tense for _, _, tense, _ in self.clauses.markers(lo, hi)}
        return not tenses.isdisjoint(lexicon.PAST_TENSES) and "future" not in tenses

    def _day_gone_before_it_began(self, quarter: finder.Expression, reading: resolver.Resolution) -> dt.date | None:
        """The first day of the day, week or month that dates ``quarter``'s report, the one its sentence names nearest
        it, when that is gone before the quarter it was read as began, else None.  A date a bound or a stretch leads
        tells no report ("lowest close since January"), and one nearer that falls in the quarter or after it dates the
        results ("the week of Aug. 29, when the June-quarter results showed ..., and the week of Sept. 24").  Only a
        date of the quarter's own clause dates it: one of a clause a comma and a coordinator set apart dates that
        clause's report ("reported first-quarter results in late April, and third-quarter results on Oct. 28")."""
        s_lo, s_hi = self._own_clause_of(quarter)
        dated = [(min(abs(other[0].start - quarter.end), abs(quarter.start - other[0].end)), other[1])
                 for other in self.resolved
                 if s_lo <= other[0].start and other[0].end <= s_hi and other[0] is not quarter
                 and other[3].keys().isdisjoint(_BOUNDS_THAT_DATE_NO_REPORT)
                 and other[1] is not None and other[1].period is not None and other[1].last_day is not None
                 and other[1].period.gran in _GRANS_A_REPORT_IS_DATED_BY]
        if not dated:
            return None
        nearest = min(dated, key=lambda pair: pair[0])[1]
        gone = nearest.last_day < self.anchor and nearest.last_day < reading.first_day
        return nearest.first_day if gone else None

    def _in_the_split_year_ahead(self, exp: finder.Expression, resolution: resolver.Resolution, tense: str,
                                 window) -> resolver.Resolution:
        """A day, month, season or holiday without its year in a text on a programme's year to come ("approved a
        2026-27 calendar ... Teachers report on Aug. 5", in January) is of that year when it would fall before it:
        August to December in its first year, January to July in its second.  A plan is told as a timetable, in the
        present, so the past tense keeps its year ("pushed graduation back to June 18"), and one still ahead before
        the programme's year stays ("go on sale to the public on Feb. 23"), unless it is an item of a list told after
        the year's name ("- A new play, in the spring": the programme's spring)."""
        if self.split_year is None or resolution.period is None or not resolution.on_calendar \
                or resolution.first_day is None or not _lacks_year(exp.parts) or "weekday" in exp.parts:
            return resolution
        start, named_at = self.split_year
        first = resolution.first_day
        if first >= start or (first < self.anchor and exp.end < named_at):
            # (a day gone, read before the text names the programme's year, is read without it: "since the government
            # cut the tax on Jan. 27", in May, before "the 2026/27 season" a paragraph on)
            return resolution
        line = _line_start(self.text, exp.start)
        listed = line > named_at and self.text.startswith(_LIST_MARKS, line)
        # (a day told of the year's own name, "the 2026-27 school year will end on May 20", is one of its days
        # whatever verb reports it: the year is still to begin; not in a clause of its own in the past, "the 2026-27
        # calendar was approved on March 3", a day gone)
        told_of_it = exp.start > self.headline_end and self._told_of_the_split_year(exp, window) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past"
        if first > self.anchor and not listed and not told_of_it and (
                exp.start <= self.headline_end
                or not self._before_a_day_of_the_split_year(exp, first, start, window)):
            return resolution
        if not listed and not told_of_it and (tense == "past" or not finder.clause_tenses(
                self.text, self.low, exp.start, exp.end, window, self.clauses).isdisjoint(lexicon.PAST_TENSES)
                or finder.in_a_participle_aside(self.text, self.low, exp.start, exp.end, window, adverb=True)):
            # ("The change, first proposed in October, makes ...": a participle set off by commas tells the past)
            return resolution
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        if any(sentence_start <= e.start < exp.start and "shift" in e.parts and r.last_day is not None
               and r.last_day < self.anchor for e, r, _, _ in self.resolved):
            # "after last winter, when seven snow days pushed graduation back to June 18": a sentence on a time gone
            return resolution
        year = start.year if first.month >= start.month else start.year + 1
        moved = resolver.resolve(dict(exp.parts, year=year), self.anchor, "future", None)
        if moved is None or moved.period is None or moved.first_day is None or moved.first_day.year != year:
            return resolution
        return moved

    def _told_of_the_split_year(self, exp: finder.Expression, window) -> bool:
        """Is the date read right before ``exp`` in its sentence the programme's year's own name ("the 2026-27 school
        year, which will end on May 20", in March)?  A day told of that year, with no other date between, is one of
        its days, though the same day of the months still ahead before it would come first."""
        if not self.resolved:
            return False
        told = self.resolved[-1][0]
        return self.clauses.sentence(exp.start, exp.end, window)[0] <= told.start \
            and lexicon.split_years().match(self.low, told.start) is not None

    def _before_a_day_of_the_split_year(self, exp: finder.Expression, first: dt.date, start: dt.date, window) -> bool:
        """Is the date read right before ``exp`` in its sentence one without its year that falls in the programme's
        year, after ``first``?  A timetable is told in order ("The first semester ends Dec. 18, before a winter break
        that runs through Jan. 4, and the last day of school is May 21", in January: the May after that January), so
        a day still ahead before the programme's year is then of that year too."""
        if not self.resolved:
            return False
        told, told_as = self.resolved[-1][:2]
        return self.clauses.sentence(exp.start, exp.end, window)[0] <= told.start and _lacks_year(told.parts) \
            and told_as.first_day is not None and start <= told_as.first_day and first < told_as.first_day

    def _season_before_the_time_it_led_to(self, exp: finder.Expression, resolution: resolver.Resolution, befores,
                                          tense: str, window) -> resolver.Resolution:
        """A season without its year right after "after" (connectors.tsv mod AFTER), in a clause about the past that
        goes on from the day or month told last in its sentence ("last issued a profit warning in January 2023, when it
        cut its forecast after a weak autumn"): the last such season before that time, which led to it, not the one of
        its year that came after it; a verb coordinated between tells another happening ("opened in January 2023 and
        expanded after the summer" keeps that summer)."""
        if "season" not in exp.parts or not _lacks_year(exp.parts) or tense in resolver.AHEAD or not self.resolved \
                or self.anchor is None or resolution.first_day is None \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return resolution
        if not self._after_right_before_the_season(exp, befores):
            return resolution
        told, told_resolution = self.resolved[-1][:2]
        if told_resolution is None or told_resolution.last_day is None or told.end > exp.start \
                or told.start < self.clauses.sentence(exp.start, exp.end, window)[0] \
                or resolution.first_day <= told_resolution.last_day or ";" in self.low[told.end:exp.start] \
                or _a_coordinated_verb_in(self.low, told.end, exp.start):
            return resolution
        moved = resolver.resolve(dict(exp.parts, year=resolution.first_day.year - 1), self.anchor, "past", None,
                                 self.locale)
        if moved is None or moved.last_day is None or moved.last_day > told_resolution.last_day:
            return resolution
        return moved._replace(future=False)

    def _end_of_the_period_before(self, exp: finder.Expression, resolution: resolver.Resolution) \
            -> resolver.Resolution:
        """A day or month a side clause tells as the end of a period under way right before it ("the current fiscal
        year, which ends June 30", in February; "the current fiscal year, which ends this month") is that period's
        end, still to come, whatever year a programme's calendar or the tense around it would give a day alone."""
        if self.anchor is None or not self.resolved or resolution.period is None or resolution.last_day is None:
            return resolution
        told, period = self.resolved[-1][0], self.resolved[-1][1]
        if period.period is None or period.period.gran not in ("Y", "FY", "Q", "H") or period.last_day is None \
                or period.first_day is None or not period.first_day <= self.anchor <= period.last_day:
            return resolution
        joint = lexicon.period_end_told().match(self.low, told.end)
        if joint is None or joint.end() != exp.start:
            return resolution
        if _lacks_year(exp.parts):
            moved = resolver.resolve(dict(exp.parts, year=period.last_day.year), self.anchor, "future", None)
            if moved is not None and moved.period is not None and moved.last_day == period.last_day:
                return moved._replace(future=True)
        if resolution.last_day == period.last_day:
            return resolution._replace(future=True)
        return resolution

    def _day_restated_after_a_happening(self, exp: finder.Expression) -> bool:
        """Is ``exp`` "the day" from a happening set off by a comma right after a day, its noun closing the phrase
        ("on Wednesday, the day after the vote.")?  It restates that day, whatever day the happening was last told
        on: it makes no row of its own (True, resolved off the timeline); so does a count of weeks, rough as it often
        is.  A count of days, "on June 3, four days after the storm", places the happening, as one before a clause
        does."""
        if not self.resolved or not resolver.counts_days(exp.parts) \
                or not (exp.parts.get("det") or exp.parts["unit"] != "D") \
                or not _PHRASE_CLOSED.match(self.low, exp.end):
            # (a happening told by a clause of its own dates the count: "on Friday, a day after the company
            # reported results" is Thursday's)
            return False
        last, resolution = self.resolved[-1][:2]
        if resolution.precision != "day" or _APPOSITION.fullmatch(self.low, last.end, exp.start) is None:
            return False
        resolution = self._weekday_placed_by_the_happening(exp) or resolution
        self.resolved.append([exp, _off_the_timeline(resolution), "", {}])
        return True

    def _weekday_placed_by_the_happening(self, exp: finder.Expression) -> resolver.Resolution | None:
        """The day a bare weekday, the last resolved, names when it read as the day of writing and "the day" ``exp``
        restating it counts from a happening the story dated to a week on ("The festival falls on Oct. 6 ... The
        holiday is on Tuesday, the day after the festival", written on Tuesday, Sept. 30, is Oct. 7): a weekday told
        on its own day may be that day or the next one, and the happening tells which.  The weekday takes that day,
        which ``exp`` then holds (None when it cannot be counted or falls on another day)."""
        weekday = self.resolved[-1]
        if weekday[0].parts.keys() != {"weekday"} or "event" not in exp.parts or weekday[1].period is None \
                or weekday[1].period.gran != "D" or weekday[1].period.day != self.anchor:
            return None
        counted = self._read_from_the_event(exp) and self.resolved.pop()[1]
        if not counted or counted.period is None or counted.period.gran != "D" \
                or counted.period.day != self.anchor + dt.timedelta(days=_DAYS_IN_A_WEEK):
            return None
        weekday[1] = counted
        return counted

    def _read_from_the_event(self, exp: finder.Expression) -> bool:
        """A count or a weekday told after or before a happening a noun or a name stands for ("in the week after the
        grounding"; finder._counted_from_events) counts from the date of the last sentence before it that names
        that happening (its word's stem: "grounded ... at 03:52 on 23/11/2025"), not from the story's last date;
        with none dated, the count reads as it would alone (False)."""
        self.event_spans.append((exp.parts["event_told"][1], exp.end))
        word = exp.parts["event"]
        if (holiday := self._holiday_the_noun_stands_for(exp)) is not None:
            return self._count_from_the_happening(exp, holiday)
        names = _words_of_the_happening(word)
        told_as_name = self.text[exp.end - len(word)].isupper()
        grans = _EVENT_REFERENCE_GRANS["M" if exp.parts.get("unit") in ("M", "Y")
                                       else "vague" if resolver.tells_no_count(exp.parts) else "D"]
        dated = [(told, resolution) for told, resolution, *_ in self.resolved
                 if resolution.period is not None and resolution.period.gran in grans and told.end <= exp.start
                 and "event" not in told.parts]
        spans = self.event_spans + [(told.start, told.end) for told, _, *_ in self.resolved]
        for told, resolution in reversed(dated):
            lo, hi = self.clauses.sentence(told.start, told.end, self._window_of(told.start))
            # (a time that opens its line heads an entry of a log, "9:40 a.m. - A section of the ramp collapses ...",
            # and dates every happening its entry tells)
            heads_its_entry = told.start == _line_start(self.low, told.start)
            if any(heads_its_entry
                   or _dates_the_word(self.low, told, m) and not _a_date_nearer_the_word(told, m, dated)
                   and not _a_time_told_from_it(self.low, told, m)
                   for m in names.finditer(self.low, lo, min(hi, exp.start))
                   if not any(s <= m.start() < e for s, e in spans)
                   and (told_as_name or m.start() == lo or not self.text[m.start()].isupper())):
                return self._count_from_the_happening(exp, resolution)
        return False

    def _holiday_the_noun_stands_for(self, exp: finder.Expression) -> resolver.Resolution | None:
        """The day of the last holiday named before ``exp`` in its paragraph, when the happening it counts from is told
        by a noun of event_holiday_nouns.tsv ("Last Nowruz, sales rose 35 percent in the two weeks before the
        holiday": that Nowruz's day, not a sentence holding "holiday"); None otherwise."""
        if exp.parts["event"] not in lexicon.event_holiday_nouns():
            return None
        paragraph = _line_start(self.low, exp.start)
        for told, resolution, *_ in reversed(self.resolved):
            if told.end <= paragraph:
                return None
            if "holiday" in told.parts and told.end <= exp.start and resolution.period is not None \
                    and resolution.precision == "day":
                return resolution
        return None

    def _count_from_the_happening(self, exp: finder.Expression, resolution: resolver.Resolution) -> bool:
        """Resolves the count ``exp`` from the happening that ``resolution`` dates (into ``resolved``); False when
        it cannot be counted from it."""
        parts = {key: value for key, value in exp.parts.items() if not key.startswith("event") and key != "lonely"}
        if resolver.counts_clock_time(parts):
            # ("About four hours after the collapse", the collapse at 9:40 a.m.: 13:40 that day; a day or a part
            # of one is no time to count hours from: "some 12 hours before re-entry", due "early Saturday")
            counted = resolver.time_counted_from(parts, resolution, exp.parts["event_sign"], self.anchor,
                                                 "APPROX" if parts.get("approx") else "") \
                if resolver.tells_clock_time(resolution) else None
        else:
            clock = self._clock_time_joining(exp) if "daypart" in parts else None
            if clock is not None:
                # (one time, one row, from the clock time on: the clock time's row gives way to it)
                self.resolved.pop()
                exp.start = clock.start
                parts = {key: clock.parts[key] for key in ("hour", "minute") if key in clock.parts}
            # ("within 30 days of the ruling": the stretch from the ruling's day, as "within 30 days" is from now)
            counted = (resolver.stretch_within_event(parts, resolution.period, self.anchor)
                       if exp.parts["event_sign"] == 0 and "from_now" in _before_kinds(self.low, exp.start)
                       else resolver.counted_from_event(parts, resolution.period, exp.parts["event_sign"],
                                                        self.anchor))
        if counted is None:
            return False
        self.resolved.append([exp, counted, "", {}])
        return True

    def _clock_time_joining(self, exp: finder.Expression) -> finder.Expression | None:
        """The clock time told right before a part of a happening's day ``exp``, the last resolved, which joins it
        as it joins a day ("at 05:30 on the morning of the crash"); None when there is none."""
        if not self.resolved:
            return None
        clock = self.resolved[-1][0]
        if not clock.parts.keys() & {"hour", "minute"} or resolver.has_day(clock.parts) \
                or not self.connectors.clock_day.fullmatch(self.low, clock.end, exp.start):
            return None
        return clock

    def _dated_by_its_relative_clause(self, exp: finder.Expression, following: finder.Expression) -> bool:
        """Does a relative clause right after the happening's noun that ``exp`` counts from hold the next date, in
        the same sentence ("within 14 days of the judgment, which the court entered on Wednesday")?"""
        return lexicon.relative_clause_after().match(self.low, exp.end) is not None \
            and _SENTENCE_STOP.search(self.low, exp.end, following.start) is None

    def counts_from_happenings_dated_after(self) -> None:
        """Counts from a happening whose relative clause dates it after the count (see read) count from that day; one
        whose clause tells no day reads as the count alone."""
        for index, exp, dating in self.events_dated_after:
            said = next((resolution for told, resolution, *_ in self.resolved if told is dating), None)
            if said is not None and said.period is not None and said.period.gran == "D" \
                    and self._count_from_the_happening(exp, said):
                continue
            self.read(index, exp, None)     # (no next date: read as the count alone)
        if self.events_dated_after:
            self.resolved.sort(key=lambda entry: entry[0].start)

    def _year_the_weekday_fits(self, exp: finder.Expression, resolution: resolver.Resolution, tense: str,
                               ref) -> resolver.Resolution | None:
        """A weekday told with a day and month but no year that it does not fall on in the year it was read in
        ("on Friday, June 24", written in 2026, when June 24 is a Wednesday): the last year the story named in
        which it does ("On June 23, 2016 ... on Friday, June 24" is 2016's), as a weekday and a date agree only in
        the year the writer meant."""
        parts = exp.parts
        if not ("day" in parts and "month" in parts and _lacks_year(parts)) \
                or resolution.first_day.isoweekday() == parts["weekday"]:
            return None
        for year, *_ in reversed(self.years_named):
            try:
                fits = dt.date(year, parts["month"], parts["day"]).isoweekday() == parts["weekday"]
            except ValueError:
                continue
            if fits:
                return resolver.resolve(dict(parts, year=year), self.anchor, tense, ref, self.locale)
        return None

    def _weekday_right_after_the_days_told(self, exp: finder.Expression, window) -> None:
        """A weekday named alone right after a few days its sentence told by their dates, no verb between, that falls
        on the day after them is that day, added to them ("declared Monday, April 13, through Wednesday, April 15,
        public holidays, with Thursday added as a bridging day" is April 16): the sentence goes on from those days,
        not from the day of writing."""
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        told = [(e, r) for e, r, *_ in self.resolved[-2:] if e.start >= lo and r is not None
                and r.first_day is not None and r.last_day is not None and r.precision == "day"
                and {"month", "day"} <= e.parts.keys()]
        if not told:
            return
        first, last = told[0][1].first_day, told[-1][1].last_day
        after = last + dt.timedelta(days=1)
        if not 0 < (last - first).days < _WEEK_DAYS or after.isoweekday() != exp.parts["weekday"] \
                or any(told[-1][0].end <= at < exp.start for at, *_ in self.clauses.markers(lo, hi)):
            return
        exp.parts = dict(exp.parts, year=after.year, month=after.month, day=after.day)

    def _weekday_as_told_before(self, exp: finder.Expression, resolution: resolver.Resolution, tense: str,
                                window, befores: dict[str, int]) -> resolver.Resolution:
        """The day a weekday named alone stands for when the text named the same weekday before: the same day, not
        the one a week off ("will try again on Thursday ... If Thursday's attempt is scrubbed": one Thursday), unless
        its own clause looks ahead to a day after the one named before ("went ahead on Friday ... tickets would go on
        sale on Friday": the coming one), or its own clause is told in the past while the day named before is still to
        come ("will be published on Friday ... jumped 425% on its debut on Friday": the Friday gone).  Only the last or
        the coming such day is in doubt; a day told with its date or with "last" or "next" settles it, and is
        remembered."""
        day = resolution.first_day
        weekday = exp.parts["weekday"]
        before = self.weekdays_told.get(weekday)
        if not _a_weekday_alone(exp.parts) or "in_story" in exp.parts or exp.parts.get("anaphoric") \
                or exp.start == self.entry_start:
            # (an entry of a week told day by day, "Friday: Flash PMIs arrive", is read as its list reads)
            if abs((day - self.anchor).days) < _WEEK_DAYS:
                self.weekdays_told[weekday] = resolution
            if "day" in exp.parts and "month" in exp.parts and day is not None and day < self.anchor:
                self.dated_weekdays[weekday] = (resolution, exp.end)
                self.last_dated_weekday = (resolution, exp.end)
            return resolution
        dated, told_end = self.dated_weekdays.get(weekday, (None, 0))
        if dated is not None and dated.first_day != day and "\n" not in self.text[told_end:exp.start]:
            # the paragraph that told the day gone with its date goes on telling of it ("On Monday, April 29, the yen
            # fell ... told reporters late Monday"), not of the latest such weekday
            return dated
        following = self._the_story_week_goes_on(exp, day, tense, window)
        if following is not None:
            return following
        if before is not None and abs((before.first_day - day).days) == _WEEK_DAYS \
                and abs((before.first_day - self.anchor).days) < _WEEK_DAYS \
                and not (day > before.first_day and (tense == "schedule" or (clause := finder.clause_tense(
                    self.text, self.low, exp.start, exp.end, window, self.clauses)) in (*resolver.AHEAD, "schedule")
                    or (tense in resolver.AHEAD and clause != "past")
                    or finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses))) \
                and not (day < before.first_day and (self._a_past_word_before_it(exp, window)
                                                     or self._a_past_verb_right_after(exp, window)
                                                     or self._opening_a_sentence_told_in_the_past(exp, window)
                                                     or (before.first_day > self.anchor
                                                         and (self._told_as_gone(exp, befores, window)
                                                              or (self._a_past_word_before_it(exp, window)
                                                                  and finder.clause_tense(
                                                                      self.text, self.low, exp.start, exp.end,
                                                                      window, self.clauses) == "past"))))):
            readings = (resolver.resolve(exp.parts, self.anchor, way, None, self.locale) for way in ("past", "future"))
            resolution = next((r for r in readings if r is not None and r.first_day == before.first_day), resolution)
        elif abs((day - self.anchor).days) < _WEEK_DAYS:
            self.weekdays_told[weekday] = resolution
        return resolution

    def _the_story_week_goes_on(self, exp: finder.Expression, day: dt.date, tense: str,
                                window) -> resolver.Resolution | None:
        """A weekday alone in the past, in the paragraph that told a day gone with its weekday and date or opening the
        next one, that falls in the six days after that day: the story's week goes on ("late on Wednesday, May 1 ... By
        Thursday the yen had recovered", written weeks later, is May 2), when the day read from the publication date
        lies more than a week after it (a story of last week may go on to this week's days)."""
        if self.last_dated_weekday is None or day is None:
            return None
        dated, told_end = self.last_dated_weekday
        between = self.text[told_end:exp.start]
        opening = self.text[_line_start(self.text, exp.start):exp.start]
        if dated.first_day is None or between.count("\n\n") > 1 or between.count("\n") > 2 \
                or ("\n" in between and len(opening.split()) > 2):
            # (a later paragraph goes on with the story when it opens with the weekday, "By Thursday ..."; one that
            # tells something else first, "Police said on Thursday", may be told from the publication date)
            return None
        gap = (exp.parts["weekday"] - dated.first_day.isoweekday()) % _WEEK_DAYS
        story_day = dated.first_day + dt.timedelta(days=gap)
        if gap == 0 or (day - story_day).days < _WEEK_DAYS or tense in resolver.AHEAD \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return resolver.resolve(dict(exp.parts, year=story_day.year, month=story_day.month, day=story_day.day),
                                self.anchor, tense, None, self.locale)

    def _told_as_gone(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Is the weekday ``exp`` the time of a verb in the past that governs it ("and JD.com posted its figures on
        Thursday"), the end of what a verb in the past did by it ("sales reached $1 billion through Sunday"), or named
        after a connector that looks back ("since Tuesday")?  Such a day has gone, whatever day
        to come a section of a week previewed named before it."""
        rows = self.connectors.rows
        return any(rows[i]["tense"] == "past" or (rows[i]["tense"] == "completion" and finder.done_by_a_past_verb(
            self.text, self.low, _connector_start(self.low, exp.start, rows[i]["before"]), exp.start, window,
            self.clauses)) for i in befores.values()) or finder.told_by_a_past_verb(
            self.text, self.low, exp.start, exp.end, window, self.clauses)

    def _a_past_word_before_it(self, exp: finder.Expression, window, until: int | None = None) -> bool:
        """Does a listed word of the past stand before ``exp`` (or before ``until`` in its clause), after the last
        comma ("Global equity funds saw outflows in the week to Wednesday"; a mere word ending, "criticised the
        organisers for waiting until Sunday morning", is not enough)?"""
        until = exp.start if until is None else until
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        lo = max(s_lo, self.low.rfind(",", s_lo, until) + 1)
        return any(listed and tense in lexicon.PAST_TENSES and lo <= s and e <= until
                   for s, e, tense, listed in self.clauses.markers(s_lo, s_hi))

    def _plan_told_beside_a_deed(self, exp: finder.Expression, window) -> bool:
        """Do words of a plan told in the past (tense.tsv kind plan_then) stand before ``exp`` in its clause, after
        a verb in the past of the same clause ("which began on Aug. 5 and were due to end on Thursday")?"""
        plan = lexicon.plan_told_then_before().search(self.low, max(0, exp.start - _PLAN_THEN_REACH), exp.start)
        return plan is not None and self._a_past_word_before_it(exp, window, plan.start())

    def _a_past_verb_right_after(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` followed right away by a verb in the past, a word ending will do, whose subject stands before
        it ("Strategists at Morgan Stanley on Tuesday raised their target": the Tuesday gone, not the one of a
        holiday named before)?"""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        after = self.low[exp.end:s_hi]
        verb_start = exp.end + len(after) - len(after.lstrip(" "))
        return verb_start > exp.end and any(s == verb_start and tense in lexicon.PAST_TENSES
                                            for s, _, tense, _ in self.clauses.markers(s_lo, s_hi))

    def _opening_a_sentence_told_in_the_past(self, exp: finder.Expression, window) -> bool:
        """Does ``exp`` open its sentence, maybe after its preposition, and is the first verb after it in the past
        ("On Thursday, Xiaomi shares jumped 6.1%": the Thursday gone, whatever day to come a heading of a week
        previewed named before)?  A day that opens a sentence is the time of all of it."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        words = self.low[s_lo:exp.start].split()
        # (its preposition alone before it, no word that opens a clause: "If Thursday's attempt is scrubbed")
        if len(words) > 1 or (words and not words[0].isalpha()) or self.clauses.markers(s_lo, exp.start) \
                or self.low.startswith(("'s", "\u2019s"), exp.end):
            return False
        first = next((m for m in self.clauses.markers(exp.end, s_hi) if m[0] >= exp.end), None)
        return first is not None and first[2] in lexicon.PAST_TENSES

    def _names_the_festival(self, exp: finder.Expression, window) -> bool:
        """Is the holiday ``exp`` named as the event itself: the subject heading its headline or sentence, followed
        by what names an event (event_names.tsv: "Alibaba's Singles' Day shopping festival ... will this year run
        for more than a month"), not a measure of its day ("Cyber Monday online sales hit record $14.25 billion")?"""
        lo = _line_start(self.text, exp.start) if exp.end <= self.headline_end \
            else self.clauses.sentence(exp.start, exp.end, window)[0]
        return _HEADS_AS_SUBJECT.fullmatch(self.text, lo, exp.start) is not None \
            and lexicon.event_named_after().match(self.low, exp.end) is not None

    def _nearest(self, exp: finder.Expression, ref) -> resolver.Resolution | None:
        """The reading of ``exp`` nearest the anchor, the latest one or the coming one (on the anchor's own day,
        the coming one, which keeps a forecast's mark: "Thursday's US retail sales figures", due that Thursday)."""
        latest = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
        coming = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
        if latest is None or coming is None or latest.first_day is None or coming.first_day is None:
            return None
        return latest if self.anchor - latest.first_day < coming.first_day - self.anchor else coming

    def _date_read_last_in_its_sentence(self, exp: finder.Expression, window) \
            -> tuple[finder.Expression, resolver.Resolution, int] | None:
        """The expression read last and its reading, when it begins in the sentence of ``exp``, with where that
        sentence opens; else None."""
        if not self.resolved:
            return None
        before_exp, before_res = self.resolved[-1][:2]
        lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return None if before_exp.start < lo else (before_exp, before_res, lo)

    def _after_a_day_a_condition_awaits(self, exp: finder.Expression, window) -> resolver.Resolution | None:
        """The first such weekday after the day to come that a condition opening the sentence of ``exp`` waits for
        ("If no one wins Saturday, the jackpot would grow to $1.4 billion for Monday's drawing", on a Thursday: the
        Monday after that Saturday, what follows the condition coming after it); None otherwise."""
        before = self._date_read_last_in_its_sentence(exp, window)
        if before is None:
            return None
        before_exp, before_res, lo = before
        # (a condition on the day of writing is still to come: "If no one wins Thursday's drawing", on that Thursday)
        if before_res.period is None or before_res.period.gran != "D" \
                or before_res.first_day < self.anchor \
                or lexicon.condition_before().search(self.low, lo, before_exp.start) is None:
            return None
        return resolver.weekday_after(before_res.first_day, exp.parts["weekday"], self.anchor)

    def _before_the_time_ahead(self, exp: finder.Expression, resolution: resolver.Resolution, window,
                               ref) -> resolver.Resolution | None:
        """The latest reading of ``exp`` when it stands in a phrase telling of what came before the date to come named
        ahead of it in its sentence (tense.tsv kind precedes) and its forecast reading falls after that date's
        end; None otherwise."""
        before = self._date_read_last_in_its_sentence(exp, window)
        if before is None:
            return None
        before_exp, before_res, _ = before
        # (a date named ahead of it that is not itself to come leaves the phrase its own tense: "called off the
        # strike on Friday, after the government agreed to pay the raise in July", in June, is the coming July)
        if before_res.last_day is None or before_res.last_day >= resolution.first_day \
                or before_res.last_day <= self.anchor \
                or not lexicon.earlier_phrase().search(self.low, before_exp.end, exp.start):
            return None
        latest = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
        if latest is None or latest.last_day is None or latest.last_day > before_res.last_day:
            return None
        return latest

    def _after_a_time_ahead_in_its_list(self, exp: finder.Expression, resolution: resolver.Resolution, window,
                                        ref) -> resolver.Resolution | None:
        """``exp`` read in the year after ``resolution``, a day just gone that a clause looking ahead names,
        when the date right before it in its sentence is still to come and "and" joins the two, that reading falling
        on or after that date and nearer it than the day just gone is; None otherwise ("will hold talks on Dec. 2 and
        will review damage from the storm on Nov. 21", on Nov. 24, is the storm just gone, not next November's)."""
        before = self._date_read_last_in_its_sentence(exp, window)
        if before is None:
            return None
        before_exp, before_res, _ = before
        # (a day read out of order, after the whole text, has no date right before it here)
        if before_exp.end > exp.start or before_res.first_day is None \
                or before_res.first_day <= self.anchor \
                or lexicon.list_ahead_join().search(self.low, before_exp.end, exp.start) is None:
            return None
        later = self._in_year(exp, resolution, +1, "future", ref)
        if later.first_day is None or later.first_day < before_res.first_day \
                or (later.first_day - before_res.first_day) > (before_res.first_day - resolution.first_day):
            return None
        return later

    def _a_reported_condition(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a condition told in the past perfect after a word of condition (tense.tsv kind conditional),
        in a sentence with no modal perfect (kind counterfactual)?  Such a condition is a reported one on a time to
        come ("warned that if the scheme had not been sanctioned by the end of June, she was minded to make a
        winding-up order": "if it has not been sanctioned by the end of June"), not one that did not happen ("if it
        had not been sanctioned by June, the developer would have collapsed")."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        condition = self._word_of_condition_before(exp, s_lo)
        # (one in the present perfect is a condition to come as well: "If we have taken off 6,000 tonnes by Thursday,
        # the evening tide gives us a real chance")
        return condition is not None and (any(
            tense == "pluperfect" and condition.start() < s < exp.start
            for s, _, tense, _ in self.clauses.markers(s_lo, s_hi))
            or lexicon.present_perfect().search(self.low, condition.start(), exp.start) is not None) \
            and lexicon.counterfactual().search(self.low, s_lo, s_hi) is None

    def _day_told_by_its_number(self, exp: finder.Expression) -> resolver.Period | None:
        """The last day the text named before ``exp`` with the number of the day of the month ``exp`` names alone: a
        reader takes "before the 24th" for the Feb. 24 the story told of, whatever month it named since ("walk out
        on Feb. 24 ... offered to delay the changes until April 2027 ... 'at any time before the 24th'"), unless its
        own sentence named a month before it: "In July 2023, regulators fined Ant, and on the 8th the company offered"
        is July 8, 2023, whatever Oct. 8 an earlier paragraph told.  A day counted to ("up 5% from a year earlier",
        after "reports on Feb. 19") named no number: the reader has only the 19th the text wrote.  A day gone by is
        not the one a clause looking ahead names ("we started on Nov. 11, 2009 ... See you on the 11th": the coming
        11th), unless it looks ahead from the past ("walked out on Feb. 24, 2024 ... had said it would strike before
        the 24th")."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        looks_ahead = self._looks_ahead_from_the_telling(exp)
        for told, resolution, *_ in reversed(self.resolved):
            if sentence_start <= told.start < exp.start and resolution is not None \
                    and resolution.precision == "month":
                return None
            if told.start < exp.start and "day" in told.parts and resolution is not None \
                    and resolution.precision == "day" \
                    and resolution.first_day is not None and resolution.first_day.day == exp.parts["day"] \
                    and not (looks_ahead and resolution.first_day < self.anchor):
                return resolver.Period.of("D", resolution.first_day)
        return None

    def _looks_ahead_from_the_telling(self, exp: finder.Expression) -> bool:
        """Does the clause of ``exp`` look ahead from the day of writing, not from a past it tells of (tense.tsv kind
        backshift: "said it would")?"""
        window = self._window_of(exp.start)
        return self.anchor is not None \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) in resolver.AHEAD \
            and lexicon.backshifted_future().search(
                self.low, self.clauses.sentence(exp.start, exp.end, window)[0], exp.start) is None

    def _word_of_condition_before(self, exp: finder.Expression, sentence_start: int) -> re.Match | None:
        """The word of condition (tense.tsv kind conditional) that opens the clause of ``exp``, if any."""
        return lexicon.condition_before().search(self.low, max(sentence_start, exp.start - _CONDITION_REACH), exp.start)

    def _a_condition_in_the_present(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a clause opened by a word of condition (tense.tsv kind conditional) with no marker of tense
        in its clause?  A condition told in the present is one on a time to come ("If the Bank cuts in March or May,
        we could see a stronger pick-up", in February: this May, not the last)."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        condition = self._word_of_condition_before(exp, s_lo)
        # (the tense is the condition's own: a verb of saying before the word of condition tells only when it was
        # said: 'told members on Tuesday: "If we go out on the first, we stay out"')
        if condition is None:
            # the clause a condition in the present opens its sentence with tells what is to follow from it: "If both
            # attempts fail, the tides take off sharply from Sunday" (the next Sunday), when no word tells a tense
            opening = lexicon.condition_between().match(self.low, s_lo + self._quote_opening(s_lo, exp.start))
            return opening is not None and not self.clauses.markers(s_lo, s_hi)
        # (a verb of a timetable in the present simple is the condition's own present: "If more storms arrive on
        # Sunday afternoon, the round will finish on Monday", written that Sunday, is a time still to come)
        return finder.clause_tense(self.text, self.low, exp.start, exp.end, (condition.start(), s_hi),
                                   self.clauses) in ("", "schedule")

    def _a_hypothetical_condition(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a condition told in the simple past after a word of condition (tense.tsv kind conditional),
        its sentence holding a modal of what would follow it (kind hypothetical) and no modal perfect (kind
        counterfactual)?  Such a condition is put on a time to come ("would review a planned expansion if the new
        royalty took effect in January", in November: next January), unless the word before "if" makes it ask
        "whether" or concede (kind if_as_whether: "would not say if the rule took effect in January").  The modal must
        be of the clause the condition is on, no clause coordinated before or after it ("It is unclear if the rule took
        effect in January, and officials would not comment"), and a past perfect before the modal and the condition, no
        coordinator between, sets them on a past of its own ("Analysts had said the shares could fall if the results
        disappointed in February")."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        condition = self._word_of_condition_before(exp, s_lo)
        # (a sentence set in a time gone tells what could be done then: "Under the old scheme, farmers could claim a
        # subsidy if they planted the crop in February" is a habit of that time, kind past_frame)
        if condition is None or self._opened_by_a_time_gone(s_lo, condition.start()) \
                or lexicon.if_as_whether_before().search(
                    self.low, max(s_lo, condition.start() - _WORD_BEFORE_REACH), condition.start()) is not None:
            return False
        split = lexicon.coordinated_clause(spaced=True)
        lo = max((m.end() for m in split.finditer(self.low, s_lo, condition.start())), default=s_lo)
        hi = next((m.start() for m in split.finditer(self.low, exp.end, s_hi)), s_hi)
        modal = lexicon.hypothetical_modal()
        found = modal.search(self.low, lo, condition.start()) or modal.search(self.low, exp.end, hi)
        if found is None:
            return False
        # (a past perfect coordinated before the modal is a deed of its own: "said it had invested $640 million since
        # 2021 and would review a planned expansion if the new royalty took effect in January")
        head = min(found.start(), condition.start())
        return not any(tense == "pluperfect" and end <= head and not finder.a_coordinator_in(self.low, end, head)
                       for _, end, tense, _ in self.clauses.markers(s_lo, s_hi)) \
            and lexicon.counterfactual().search(self.low, s_lo, s_hi) is None \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, (condition.start(), s_hi),
                                    self.clauses) == "past"

    def _opened_by_a_time_gone(self, s_lo: int, hi: int) -> bool:
        """Do words setting the sentence in a time gone open it, before ``hi`` (tense.tsv kinds past_frame,
        past_frame_year, past_frame_event: "Under the old scheme,", "Until 2020,", written after 2020, "Before the
        reform,")?"""
        frame = lexicon.past_frame_opening().match(self.low, s_lo, hi)
        if frame is None:
            return False
        year = frame.group("year")
        if frame.group("happening") is not None:
            # a happening that is a date sets no time gone by its frame alone, only by a year before the year of
            # writing: "Before the end of March," is ahead, "Before the end of 2019," long gone
            lo, end = frame.span("happening")
            if not any(e.start < end and lo < e.end for e in self.expressions):
                return True
            told = _A_YEAR_NUMBER.search(self.low, lo, end)
            year = told.group() if told is not None else None
        elif year is None:
            return True                     # kind past_frame: the words alone set the time gone
        return self.anchor is not None and year is not None and int(year) < self.anchor.year

    def _a_past_verb_before(self, exp: finder.Expression, window) -> bool:
        """Does a marker of the past (a verb or participle) stand before ``exp`` in its sentence?"""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        return any(tense in lexicon.PAST_TENSES and end <= exp.start
                   for _, end, tense, _ in self.clauses.markers(s_lo, s_hi))

    def _note_the_lead_day(self, exp: finder.Expression, resolution: resolver.Resolution) -> None:
        if self.lead_day is None and exp.start > self.headline_end and resolution.on_calendar \
                and resolution.first_day is not None and resolution.first_day == resolution.last_day \
                and not _in_quoted_speech(self.low, exp.start):
            self.lead_day = resolution.first_day

    def _today_of_the_speech(self, exp: finder.Expression, resolution: resolver.Resolution) -> resolver.Resolution:
        """"Today" told in the past in words quoted in a story whose lead told a happening of the day before the day
        of writing is that day, when the words were said ('won the marathon on Sunday ... "Today the weather was
        perfect," he said', written on Monday, is Sunday): such a report quotes what was said at the happening.  In
        the present it may be the day of writing or an era ("Ten years ago we had five people. Today we have 700")."""
        if exp.parts.get("ref_value") != "D+0" or "daypart" in exp.parts or self.anchor is None \
                or self.lead_day != self.anchor - dt.timedelta(days=1) or not _in_quoted_speech(self.low, exp.start):
            return resolution
        quoted_on = _quoted_words_from(self.low, exp.start)
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, quoted_on, self.clauses) != "past":
            return resolution
        # (an attribution that names its own day tells when the words were said, not the lead: '"Today we signed a
        # striker," the manager said on Sunday' is that Sunday's)
        said_on = self._day_the_attribution_names(exp, quoted_on[1])
        if said_on is not None:
            return resolver.resolve(exp.parts, said_on, "", None, self.locale) or resolution
        return resolver.resolve(exp.parts, self.lead_day, "", None, self.locale) or resolution

    def _day_the_attribution_names(self, exp: finder.Expression, quote_end: int) -> dt.date | None:
        """The past day the first date after the closing of ``exp``'s quote, in its sentence, names right after a
        verb of saying ('," he said on Sunday', '," she told reporters on Sunday'), or None when the attribution
        names none (not a date of what it adds: '," he said, adding that the parade is on Friday')."""
        sentence_end = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[1]
        told = next((other for other in self.expressions if quote_end < other.start < sentence_end), None)
        if told is None or not (finder.said_right_before(self.low, told.start)
                                or finder.told_a_hearer_right_before(self.low, told.start)):
            return None
        said = resolver.resolve(told.parts, self.anchor, "past", None, self.locale)
        if said is None or not said.on_calendar or said.first_day is None or said.first_day != said.last_day \
                or said.first_day > self.anchor:
            return None
        return said.first_day

    def _quote_opening(self, start: int, end: int) -> int:
        """How many characters of quotation marks and white space open low[start:end]."""
        return len(self.low[start:end]) - len(self.low[start:end].lstrip(" \t\n\"'\u201c\u2018"))

    def _in_a_count_ahead(self, exp: finder.Expression, window) -> bool:
        """Is the count ``exp`` after a bare "in" told in a forecast, a clause about the future or one of a timetable
        ("the holiday rush, which begins in two weeks"), and no stretch a superlative or an ordinal measures ("the
        biggest rise in five years" stays a stretch whatever the tense)?"""
        tense = finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses)
        if tense == "past" or not (tense in ("future", "schedule") or finder.is_forecast(
                self.text, self.low, exp.start, exp.end, window, self.clauses)):
            return False
        lo, _ = self.clauses.sentence(exp.start, exp.end, window)
        return lexicon.measured_stretch_before().search(self.low, lo, exp.start) is None

    def _given_from_now(self, index: int, exp: finder.Expression, row: int) -> bool:
        """Does the from_now connector row ``row`` hold for ``exp`` in full?  A row with an `after` (a time given to do
        a thing: "The committee has 14 days to appeal") needs it, and no other date in the sentence, from which the
        time may run instead ("has 30 days to pay a coupon that fell due on October 15"; a chronology's "- Aug. 15:
        the draft goes to the upper house, which has six weeks to comment")."""
        if not _connectors().rows[row]["after"]:
            return True
        if not _row_after_holds(self.low, row, exp.end):
            return False
        lo, hi = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        # (a word of now is the day of writing itself: "now have two weeks to respond"; a year alone is no day to run
        # from: "which was founded in 2021, has 15 days from receiving it to appeal"; nor is a day in a clause
        # coordinated after it, which tells a thing of its own: "has 10 days to respond, and its lawyers will decide
        # by Friday")
        return not any(lo <= other.start < hi and "ref_type" not in other.parts and other.parts.keys() != {"year"}
                       and not (other.start > exp.end
                                and lexicon.coordinated_clause(spaced=True).search(self.low, exp.end, other.start))
                       for i, other in enumerate(self.expressions) if i != index)

    def _intended(self, exp: finder.Expression, window) -> bool:
        """Is the last marker of the future before ``exp`` in its sentence a word of intention (tense.tsv kind
        intention: "plan to") whose verb is no verb of reporting results (kind report_verb), or a marker of the future
        that is, or is followed by, a verb of a happening that has no results to report (kind happening_verb: "will
        begin enrolling patients in the fourth quarter", in March: the coming one)?"""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        ahead = [(s, e) for s, e, forecast in self.clauses.future_markers(*sentence) if forecast and e <= exp.start]
        if not ahead:
            return False
        marker = lexicon.squash(self.low[ahead[-1][0]:ahead[-1][1]])
        if marker in lexicon.happening_verbs() or lexicon.happening_verb_after().match(self.low, ahead[-1][1]):
            return True
        if lexicon.release_of_no_report_after().fullmatch(self.low, ahead[-1][1], exp.start) \
                and not lexicon.report_object_after().match(self.low, exp.end):
            return True     # (a product released is a happening; figures released are the report of a period ended)
        if marker not in lexicon.intention_words():
            return False
        # ("plans to report a loss for the fourth quarter", in January: the report of the quarter just ended)
        return lexicon.report_verb_after().match(self.low, ahead[-1][1]) is None

    def _subject_of_a_past_verb(self, exp: finder.Expression, window) -> bool:
        """Is the first verb of tense after ``exp`` in its sentence, with no comma between, in the past ("its
        third-quarter results had been hit by the storm")?"""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        for s, _, tense, _ in self.clauses.markers(*sentence):
            if s < exp.end or tense == "boundary":
                continue
            return tense in lexicon.PAST_TENSES and "," not in self.low[exp.end:s]
        return False

    def _figures_expected(self, exp: finder.Expression, window, period: resolver.Period | None = None) -> bool:
        """Is the marker of the future that governs ``exp`` (the last before it in its sentence, else the first after
        it) one that forecasts figures (tense.tsv kind expects_figures: "expects sales of")?  ``period``: what ``exp``
        reads as, whose report the text may have told is still to come."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        ahead = self.clauses.future_markers(*sentence)
        # (a timetable's verb listed with the quarter it reports governs that quarter, "most expect the company to say
        # so when it reports December-quarter results next week", unless a forecast's marker has it for its verb: "is
        # forecast to report fourth-quarter revenue")
        before = [marker for marker in ahead if marker[1] <= exp.start
                  or (marker[0] < exp.start and not marker[2]
                      and not any(forecast and marker[0] - _TWO_WORDS_BEFORE_REACH <= end <= marker[0]
                                  for _, end, forecast in ahead))]
        after = [marker for marker in ahead if marker[0] >= exp.end]
        governing = before[-1] if before else after[0] if after else None
        if not before and governing is not None \
                and finder.a_clause_with_its_own_subject(self.low, exp.end, governing[1], self.clauses, sentence):
            # (a forecast in a clause of its own subject after the quarter's is that subject's, not the quarter's:
            # "cost the group 30 billion yuan in the three months to September, and we do not expect those losses to
            # narrow")
            return False
        # (a timetable's verb governs none: "and Meituan reports its fourth-quarter results in late March"; nor does
        # a marker in another clause, nor one of a comparison whose base the quarter is: "to 14% in the second
        # quarter from 16.8% in the fourth quarter")
        # (nor in a headline, whose nouns of forecast go without an article: "raises annual forecast as AI storage
        # demand lifts third quarter"; nor what a company that has closed its books expects of its own quarter, a
        # figure it pre-announces: "it expects third-quarter catastrophe losses of $310 million", unless the quarter is
        # another's by name, "We expect JD.com's third-quarter revenue"; nor a quarter in
        # which a thing happens: "is forecast to grow about 9% in the quarter", unlike a figure named after its noun,
        # "We estimate cloud growth of 35% to 38% in the December quarter")
        # (a quarter whose report the text has put on a day ahead has no books closed for anyone yet, whoever expects
        # its figures: "Alibaba reports 3QFY26 results on Feb. 20. For the quarter, we expect revenue of ...")
        return governing is not None and governing[2] and exp.start >= self.headline_end \
            and lexicon.squash(self.low[governing[0]:governing[1]]) in lexicon.figures_expected_words() \
            and not (_kind_just_before(self.low, "subject", governing[0], 8)
                     and not _owned_by_a_name(self.text, exp.start)
                     and not self._report_day_ahead(period)) \
            and not (_kind_just_before(self.low, "happening_in", exp.start, 10)
                     and not lexicon.figure_of_before().search(self.low, max(0, exp.start - _FIGURE_REACH),
                                                               exp.start)) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "future" \
            and not self._a_comparison_base(exp) \
            and not lexicon.figure_compared_before().search(self.low, max(0, exp.start - _FIGURE_REACH), exp.start)

    def _day_told_ahead_before(self, exp: finder.Expression,
                               resolution: resolver.Resolution) -> resolver.Resolution:
        """A day named without its year and read as gone, that the text told before as one still to come: that day,
        whatever the tense of the clause that names it again ("the service will be held on Jan. 9 ... Biden has
        declared Jan. 9 a national day of mourning", written on Dec. 31)."""
        day = resolution.period
        if day is None or day.gran != "D" or resolution.future or self.anchor is None \
                or not _lacks_year(exp.parts) or "day" not in exp.parts or resolution.last_day is None \
                or resolution.last_day >= self.anchor:
            return resolution
        sentence = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        if any(sentence[0] <= told.start and res is not None and res.on_calendar and not res.future
               for told, res, _, _ in self.resolved):
            return resolution   # (a date gone before it in its sentence sets its year: "In 2020, ... to run from
            # November 1 to November 11")
        # (a headline's day, ahead by default, tells no tense the body must keep)
        for said, told, _, _ in reversed(self.resolved):
            if said.start >= self.headline_end and told is not None and told.period is not None \
                    and told.period.gran == "D" and told.future \
                    and told.first_day is not None and told.first_day > self.anchor \
                    and (told.first_day.month, told.first_day.day) == (day.first().month, day.first().day):
                return told
        return resolution

    def _the_year_set_against_the_year_before_last(self, exp: finder.Expression,
                                                   window) -> resolver.Resolution | None:
        """The year just ended, when "the year" holds a figure its clause sets against the year before last, told
        bare ("Revenue for the year was 312 billion koruna, down 6% from 2024", in March 2026: results of 2025, told
        after it ended); else None.  (Against an older year, "down 24% from 2019", it tells nothing of the year.)"""
        if exp.parts != _THE_YEAR or self.anchor is None:
            return None
        s_hi = self.clauses.sentence(exp.start, exp.end, window)[1]
        base = lexicon.percentage_base_year().search(self.low, exp.end, s_hi)
        if base is None or int(base.group("year")) != self.anchor.year - 2 \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return resolver.resolve({"year": self.anchor.year - 1}, self.anchor, "past", None, self.locale)

    def _ended_by_the_next(self, exp: finder.Expression, following: finder.Expression | None) -> bool:
        """Does the next expression tell the day or month the stretch ``exp`` ended on ("the year to March 2025",
        "the year that ended March 31, 2025"), so the two make one stretch (see _join)?"""
        return following is not None and (
            self.connectors.ended.fullmatch(self.low, exp.end, following.start) is not None
            or self.connectors.ends_told.fullmatch(self.low, exp.end, following.start) is not None)

    def _the_year_of_a_past_report(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a bare "the year" right after a preposition of tense.tsv kind report_year_preposition, in a
        clause in the past ("Equities returned 16.4% for the year", "booked a profit on player sales in the year")?
        In a report on a fiscal year off December that is the fiscal year last ended, whatever word tells its
        figure."""
        return _kind_just_before(self.low, "report_year_preposition", exp.start, _WORD_BEFORE_REACH) \
            and not _kind_just_before(self.low, "year_under_way_preposition", exp.start, _WORD_BEFORE_REACH) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, self._window_of(exp.start),
                                    self.clauses) == "past"

    def _the_year_of_results_told_before(self, exp: finder.Expression, window) -> resolver.Resolution | None:
        """The year just ended, when "the year" is one results are told "for" in a clause in the past and the latest
        year the text told before it by its number is that year ("said its profit rose in 2025 ... the largest since
        2022 ... Revenue for the year climbed 11%", in February 2026: the year reported on, not the one under way);
        else None."""
        if exp.parts != _THE_YEAR or self.anchor is None or not finder.results_told_for(self.low, exp.start):
            return None
        latest = max((told.first_day.year for said, told, _, _ in self.resolved
                      if said.end <= exp.start and isinstance(said.parts.get("year"), int) and told is not None
                      and told.on_calendar and told.first_day is not None), default=None)
        if latest != self.anchor.year - 1 or finder.a_year_to_a_month_after(self.low, exp.end) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            # ("Revenue for the year rose 6% through June", in August: the year under way up to June)
            return None
        return resolver.resolve({"year": self.anchor.year - 1}, self.anchor, "past", None, self.locale)

    def _holiday_told_gone(self, exp: finder.Expression) -> bool:
        """Has the text told the holiday ``exp`` names, or its week, as one gone ("Easter fell on April 20, and
        bookings for the Easter week were up 11%", in October: that Easter's week, not the coming one's sales made
        ahead)?"""
        holiday = exp.parts.get("holiday")
        return holiday is not None and self.anchor is not None and any(
            said.parts.get("holiday") == holiday and told is not None and told.on_calendar and not told.future
            and told.last_day is not None and told.last_day < self.anchor for said, told, _, _ in self.resolved)

    def _holiday_placed_before(self, exp: finder.Expression,
                               resolution: resolver.Resolution) -> resolver.Resolution:
        """A holiday named alone that the text placed before by its year or the day it falls on: that day, whatever
        the tense of the clause that names it again ("Easter falls on 5 April this year ... the Easter timing quirk
        would flatter the first half", written in March: 5 April, not the Easter gone)."""
        if not _a_holiday_alone_read_as_a_day(exp, resolution):
            return resolution
        day = resolution.period
        if lexicon.year_after().match(self.low, exp.end) is not None:
            return resolution   # ("when Easter fell on 20 April. Easter Sunday this year was 5 April": a year of its
            # own, right after it, names another one than the one told)
        for said, told, _, _ in reversed(self.resolved):
            if said.parts.get("holiday") == exp.parts["holiday"] and told is not None \
                    and ("year" in said.parts or lexicon.year_after().match(self.low, said.end) is not None) \
                    and told.on_calendar and told.period is not None and told.period.gran == "D":
                return told if told.period != day else resolution
        return resolution

    def _opens_a_span(self, index: int) -> bool:
        """Does the expression at ``index`` open a span to the one right after it (connectors.tsv, span: "the four
        days from March 28 to March 31" are the span's days)?"""
        if index + 1 >= len(self.expressions):
            return False
        first, last = self.expressions[index], self.expressions[index + 1]
        return any(between.fullmatch(self.low, first.end, last.start) for _, between in _connectors().spans)

    def _joined_to_a_holiday(self, index: int) -> bool:
        """Is the holiday at ``index`` joined to another named right after it (name_lists.tsv: "the eight-day National
        Day and Mid-Autumn holiday")?  A clause joined after it is not ("the five-day May Day holiday and hotel
        prices climbed")."""
        join = _joined_name_list().match(self.low, self.expressions[index].end)
        return join is not None and index + 1 < len(self.expressions) \
            and self.expressions[index + 1].start == join.end() and "holiday" in self.expressions[index + 1].parts

    def _break_began_on(self, index: int) -> bool:
        """Does the day the break of the holiday at ``index`` began or begins follow it (connectors.tsv break_began:
        "the eight-day National Day break that began on Sept. 29")?"""
        if index + 1 >= len(self.expressions) or not resolver.has_day(self.expressions[index + 1].parts):
            return False
        return self.connectors.break_began.fullmatch(self.low, self.expressions[index].end,
                                                     self.expressions[index + 1].start) is not None

    def _days_told_after(self, index: int) -> bool:
        """Does the text tell the days of the holiday at ``index`` right after it (connectors.tsv holiday_day,
        holiday_falls or holiday_span: "the eight-day National Day holiday, which ran from Sept. 29 to Oct. 6")?  Those
        days are its own, not the count's from its day."""
        if index + 1 >= len(self.expressions):
            return False
        low, holiday, first = self.low, self.expressions[index], self.expressions[index + 1]
        if not resolver.has_day(first.parts):
            return False        # ("rose 18% during the five-day May Day break from a year earlier": no day told)
        told = self.connectors.holiday_span
        if told.fullmatch(low, holiday.end, first.start) is not None or self._break_began_on(index):
            return True
        # (or the opening of a span, its "from", after those words: ", which ran |from Sept. 29 to Oct. 6")
        for _, _, opens in self.connectors.span_opens:
            opening = opens.search(low, holiday.end, first.start)
            if opening is not None and opening.end() == first.start \
                    and told.fullmatch(low, holiday.end, opening.start()) is not None:
                return True
        return False

    def _days_off_counted_before(self, exp: finder.Expression,
                                 resolution: resolver.Resolution) -> resolver.Resolution:
        """The days off of the holiday ``exp`` names alone, as the text counted them when it last named it ("the
        five-day May Day break ... over the May Day holiday": May 1 to 5, as told); else ``resolution``."""
        if not _a_holiday_alone_read_as_a_day(exp, resolution) \
                or self.low[exp.head_start:exp.end] in lexicon.holidays():
            # (the name alone, with no noun of days off after it, is its day: "On May Day, the Great Wall drew
            # 60,000 visitors")
            return resolution
        day = resolution.period
        for k in range(len(self.resolved) - 1, 0, -1):
            said, told = self.resolved[k][0], self.resolved[k][1]
            if said.parts.get("holiday") != exp.parts["holiday"] or told is None:
                continue
            count = self.resolved[k - 1][0]
            if told.period != day or count.parts.get("starts_on") != told.first_day or "ends_on" not in count.parts:
                return resolution
            last = count.parts["ends_on"]
            return resolution._replace(when=f"{day.first().isoformat()}/{last.isoformat()}", last_day=last,
                                       precision="span")
        return resolution

    def _ends_a_stretch_told_before(self, exp: finder.Expression, resolution: resolver.Resolution) -> bool:
        """Is ``exp`` the month that ends a stretch named right before it ("the three months through September")?
        The stretch is a reporting period as a quarter is, whose figures a forecast may still await."""
        if not self.resolved or resolution.period is None or resolution.period.gran != "M":
            return False
        stretch = self.resolved[-1][0]
        return stretch.parts.get("ends_on") == resolution.last_day and 0 <= exp.start - stretch.end <= _ENDS_ON_REACH

    def _forecast_of_the_done(self, exp: finder.Expression, window) -> bool:
        """Is the last marker of a forecast before ``exp`` in its sentence followed by a perfect infinitive
        (tense.tsv kind perfect_infinitive: "is expected to have raised its spending to 95 billion yuan in 2025"),
        maybe after the marker's object ("expect cloud revenue to have grown 30% in the September quarter")?"""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        before = [marker for marker in self.clauses.future_markers(*sentence) if marker[1] <= exp.start]
        return bool(before) and before[-1][2] and exp.start >= self.headline_end \
            and lexicon.told_after_an_object("perfect_infinitive").match(self.low, before[-1][1]) is not None

    def _no_report_foretold(self, exp: finder.Expression) -> bool:
        """Does the last marker of the future before ``exp`` in its sentence foretell neither a report of results
        (tense.tsv kind report_verb, maybe after the marker's object: "expect the company to report a loss for") nor
        a thing done whose figures are awaited (a perfect infinitive: "is expected to have grown volumes 3% in")?
        Those tell of a stretch that may have ended, not of one a change happens in."""
        window = self._window_of(exp.start)
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        before = [e for _, e, _ in self.clauses.future_markers(*sentence) if e <= exp.start]
        report = lexicon.told_after_an_object("report_verb").match(self.low, before[-1]) if before else None
        if report is not None and report.end() <= exp.start:
            return False
        return not self._forecast_of_the_done(exp, window)

    def _report_day_ahead(self, period: resolver.Period | None) -> bool:
        """Has the text named ``period`` before, right before a noun of its report (tense.tsv kind results_noun), in a
        sentence that names a day after the date of writing ("Alibaba reports 3QFY26 results on Feb. 20", in early
        February)?"""
        if period is None or self.anchor is None:
            return False
        for i, (told, resolution, _, _) in enumerate(self.resolved):
            if resolution is None or resolution.period != period \
                    or not lexicon.results_noun_after().match(self.low, told.end):
                continue
            sentence = self.clauses.sentence(told.start, told.end, self._window_of(told.start))
            if any(sentence[0] <= day.start < sentence[1] and later is not None and later.period is not None
                   and later.period.gran == "D" and later.last_day is not None and later.last_day > self.anchor
                   for day, later, _, _ in self.resolved[i + 1:]):
                return True
        return False

    def _past_verb_after_the_forecast(self, exp: finder.Expression, window) -> bool:
        """Does a word of the past (tense.tsv, listed) stand between the last marker of the future before ``exp``
        and ``exp`` ("will lurch ..., as it did ... this month")?  A word known only by its ending counts in a
        clause a boundary word opens after the marker: that clause's verb is its own ("could go beyond its target,
        after capital spending reached 31.4 billion yuan in the September quarter", in February: the one gone)."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        ahead = [e for s, e, forecast in self.clauses.future_markers(*sentence) if forecast and e <= exp.start]
        if not ahead:
            return False
        markers = self.clauses.markers(*sentence)
        boundaries = [s for s, e, tense, _ in markers if tense == "boundary" and ahead[-1] <= s]
        return any(
            tense in lexicon.PAST_TENSES and ahead[-1] <= s and e <= exp.start
            and (listed or self._participle_aside(s, e, exp.start) or any(b < s for b in boundaries))
            for s, e, tense, listed in markers)

    def _participle_aside(self, start: int, end: int, date_start: int) -> bool:
        """Is low[start:end], a word known as past by its ending, a participle right after a comma that governs the
        date at ``date_start`` (with a link word between, or a base it was changed from)?  The aside tells what was
        done then, whatever the future of the clause around it ("subsidies, introduced in the first quarter, will
        continue"; "its target for 2025, raised from 300,000 in March")."""
        return self.low[max(0, start - 2):start].rstrip().endswith(",") and (
            lexicon.verb_to_date_gap().fullmatch(self.low, end, date_start) is not None
            or lexicon.figure_compared_before().search(self.low, end, date_start) is not None)

    def _future_in_the_sentence(self, exp: finder.Expression, window, before: bool = False) -> bool:
        """Does a marker of the future or of a plan stand in the sentence of ``exp`` (only before it, if
        ``before``)?"""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        return finder.a_future_marker_in(self.clauses, sentence, exp.start if before else sentence[1])

    def _closing_ahead(self, period: resolver.Period) -> bool:
        """Do the last days counted by the expression read just before (see closed_in_the_past) start after
        the anchor ("the last trading day of the year" in May; not on Dec. 31)?"""
        if not self.resolved or not self.resolved[-1][0].parts.get("closing"):
            return False
        closing, duration = self.resolved[-1][:2]
        stretch = resolver.closing_stretch(closing.parts, duration, period, self.anchor)
        return stretch is not None and stretch.first_day is not None and stretch.first_day > self.anchor

    def _in_a_label(self, exp: finder.Expression) -> bool:
        """Does ``exp`` stand in a label, a short line of its own that ends in a colon, or is all in capitals, and
        has no verb ("The week in China tech:", "Earnings this week:", "DEAL OF THE WEEK")?  A label introduces what
        follows and tells no happening of its own: its date is kept as TimeML, the reference of what follows, but makes
        no row.  (A chronology's entry, "May 12: ...", and a line with a verb, "Alibaba said on Tuesday:", are no
        labels.)  A holiday that is a topic (see _holiday_topic) is one too."""
        text = self.text
        topic = self._holiday_topic(exp) if "holiday" in exp.parts else ""
        if topic == "head":
            return True
        reach = max(0, exp.start - _LABEL_REACH)
        line_start = text.rfind("\n", reach, exp.start) + 1
        if line_start == 0 and reach > 0:
            return False
        line_end = text.find("\n", exp.end, exp.end + _LABEL_REACH)
        colon = text.find(":", exp.end, exp.end + _LABEL_REACH)
        if colon != -1 and len(text[line_start:colon].split()) <= _HEAD_WORDS and "\n" not in text[line_start:colon] \
                and "unit" in exp.parts and "shift" not in exp.parts \
                and exp.parts.keys().isdisjoint(("year", "yy", "month", "weekday", "day")):
            # "The week ahead: Alibaba, Tencent and JD report ...": a kicker of a few words before a colon is the
            # head of what follows, as a line of its own is, and names its period by its article alone
            line_end = colon + 1
        elif line_end == -1:
            if len(text) - exp.end > _LABEL_REACH:
                return False
            line_end = len(text)
        line = text[line_start:line_end].rstrip()
        # A line all in capitals with no closing stop is a heading of its own too ("DEAL OF THE WEEK"); so is a line
        # in title case that names a period by its place from now ("The Last Quarter"), or a line of a few words that
        # names one only by its article ("The week ahead"; "Next week" heads the days of that week, unless the sentence
        # under it names it again), no day a section is headed by; so is a holiday that is an item of a headline's
        # list of topics
        if not (line.endswith(":") or _A_CAPITALS_LINE.fullmatch(line) or (
                "unit" in exp.parts and exp.parts.keys().isdisjoint(("year", "yy", "month", "weekday", "day"))
                and line_start > self.first_line_end and line[-1:] not in SENTENCE_LINE_ENDS
                and (finder.in_a_title_case_line(text, exp.start)
                     or _short_head(line) and ("shift" not in exp.parts or self._heading_told_again(exp, line_end))))
                or topic == "item"
                # a word of now alone on a line of its own heads a section ("Today", after the story's past)
                or ("ref_type" in exp.parts and line == text[exp.start:exp.end] and line_start > self.first_line_end)) \
                or opens_an_entry(text, exp.start, exp.end):
            return False
        if line.endswith(":") and len(line.split()) > _LABEL_WORDS:
            return False
        line_end = line_start + len(line)
        if line.endswith(":") and "year" in exp.parts and _BULLET_AFTER.match(text, line_end):
            return False    # a period of a year heading a bulleted list ("Key numbers for fiscal 2025:") is its
            #                 period, as "Fourth Quarter 2025 Highlights" is: a row that dates the items' figures
        return not any(tense not in ("boundary", "complement", "none")
                       for _, _, tense, _ in self.clauses.markers(line_start, line_end))

    def _heading_told_again(self, exp: finder.Expression, line_end: int) -> bool:
        """Is ``exp`` alone on its line, and named again in the first sentence under it ("Next week" over "No episode
        next week while we are off")?  That heading names its section's topic, and the sentence tells the period."""
        said = self.low[exp.start:exp.end]
        if self.low[_line_start(self.text, exp.start):line_end].strip() != said:
            return False
        body = self.low[line_end:line_end + _LABEL_REACH * 4].lstrip()
        first = _SENTENCE_OR_LINE_END.split(body, maxsplit=1)[0]
        return re.search(rf"(?<!\w){re.escape(said)}(?!\w)", first) is not None

    def _holiday_topic(self, exp: finder.Expression) -> str:
        """How a holiday ``exp`` stands as a topic of what follows, not a day of it: "head", alone as the run-in head
        of its paragraph ("Singles' Day. A story on Nov. 12 said ..."); "item", between commas (or a colon and a
        comma) of a list on the headline ("Corrections: Alibaba results, Singles' Day, Ant Group"; its line is
        checked for verbs after); else ""."""
        text = self.text
        if (exp.start == 0 or text[exp.start - 1] == "\n") and text[exp.end:exp.end + 2] in (". ", ".\n"):
            return "head"
        before = text[max(0, exp.start - _LABEL_REACH):exp.start].rstrip(" \t")
        if exp.end <= self.first_line_end and before[-1:] in (",", ":") and text[exp.end:exp.end + 1] == ",":
            return "item"
        return ""

    def _forecast_target_before(self, exp: finder.Expression, window) -> resolver.Resolution | None:
        """The resolution of the date read just before ``exp`` in its sentence, when it is a time ahead (the time a
        forecast is for: "expects margins to rise to 40% next year from 34% in ...")."""
        before = self._date_read_last_in_its_sentence(exp, window) if self.anchor is not None else None
        if before is None or before[1].first_day is None or before[1].first_day <= self.anchor:
            return None
        return before[1]

    def _a_quarter_compared_with(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a quarter or half named alone as the base of a comparison ("from 18% in the March quarter"), with
        no time ahead named before it in its sentence?  A forecast measures its figure against one already reported, so
        the period stays the latest such one ("expect growth to quicken to about 20% from 18% in the March quarter",
        in August, is this year's first quarter), where a month may tell when a change comes ("will rise to £12.71 from
        £12.21 in April")."""
        if not resolver.names_a_part_of_the_year(exp.parts) or self._forecast_target_before(exp, window) is not None:
            return False
        # (a quarter named alone is one already reported after "against" and its figure too: "growth of 30% or more,
        # against 26% in the June quarter", where a period under way may be a forecast's)
        base = lexicon.figure_compared_before(set_against=True).search(self.low, max(0, exp.start - _FIGURE_REACH),
                                                                       exp.start)
        # ("to grow more than 35% in the October-December quarter": "than" closes the figure's approximation, no base)
        return base is not None and lexicon.approximation_ending().search(
            self.low, max(0, base.start() - _FIGURE_REACH), base.start() + len(_A_WORD.match(self.low, base.start())
                                                                               .group())) is None

    def _base_after_its_target(self, exp: finder.Expression, resolution: resolver.Resolution | None, window) -> bool:
        """Would ``resolution`` put the base of a comparison ("from 34% in the March quarter") at or after the
        time ahead its sentence forecasts the figure for ("to rise to 40% next year")?  A figure is compared with
        an earlier one, so the base stays the period it names without the forecast."""
        # (after "against" and its figure too: a base ahead of the forecast it is set against is none)
        if resolution is None or resolution.last_day is None \
                or not lexicon.figure_compared_before(set_against=True).search(
                    self.low, max(0, exp.start - _FIGURE_REACH), exp.start):
            return False
        target = self._forecast_target_before(exp, window)
        return target is not None and resolution.last_day >= target.first_day

    def _opens_a_forecast_s_clause(self, exp: finder.Expression, window: tuple[int, int] | None) -> bool:
        """Does ``exp``, after the preposition of a forecast's period (tense.tsv kind forecast_period), open its
        sentence before a comma and a clause that names a forecast ("For FY26, Kestrel kept its copper guidance")?  The
        period is then what the forecast is for, whatever the verb's tense, as when the noun follows it."""
        before = lexicon.kind_right_before("forecast_period").search(self.low, max(0, exp.start - 10), exp.start)
        if before is None:
            return False
        s_lo, _ = self.clauses.sentence(exp.start, exp.end, window)
        return not self.low[s_lo:before.start()].strip() \
            and lexicon.forecast_noun_in_clause_after().match(self.low, exp.end) is not None

    def _a_deed_possible_before(self, exp: finder.Expression, window: tuple[int, int] | None,
                                after_the_past: bool = False) -> bool:
        """Does a word of possibility before the weekday ``exp`` in its sentence govern the bare verb of a deed?  Only
        then is the weekday the coming one ("the tournament could finish on Monday", on a Sunday): "could" is the past
        of "can" too ("Neither he nor his grandparents could be located Wednesday" is the Wednesday gone)."""
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        deed = lexicon.last_match(lexicon.possibility_of_a_deed(), self.low, lo, exp.start)
        if deed is None or finder.capitalised_month(self.text, self.low, deed.start("word"), deed.end("word")):
            return False
        markers = [(at, tense) for at, e, tense, _ in self.clauses.markers(lo, hi) if at < exp.start]
        if any(deed.start() < at and tense in ("boundary", "complement") for at, tense in markers):
            return False        # (the weekday is another clause's: "I can say the buses that carry pensioners on
                                # Tuesday")
        if lexicon.squash(deed["word"]) in lexicon.past_of_a_modal_words() \
                and lexicon.condition_between().search(self.low, deed.end(), hi) is None \
                and (lexicon.kind_right_before("possible_from").search(self.low, max(0, exp.start - 12),
                                                                        exp.start) is None
                     or lexicon.word_of_kind("perceived").match(self.low, deed.end() - 1) is not None) \
                and any(tense == "past" and lexicon.squash(self.low[at:e]) in lexicon.reporting_past_of_can_verbs()
                        for at, e, tense, _ in self.clauses.markers(lo, deed.start())):
            return False        # ("Police said they could see the car on Monday": the past of "can" reported; a
                                # warning reports a forecast: "warned Monday that the tides could flood ... Thursday",
                                # and so does a "could" hung on a condition: "said strikes could follow if talks
                                # fail", or one opening on the weekday: "said boats could leave from Thursday",
                                # though not a sense held from it: "said they could smell smoke from Tuesday")
        if not after_the_past:
            return True
        # (with after_the_past, only after a clause in the past, the word nearer the weekday than any verb of a tense)
        return bool(markers) and all(at < deed.start() for at, _ in markers) \
            and any(tense == "past" for _, tense in markers)

    def _counts_forecasts(self, exp: finder.Expression, window: tuple[int, int] | None) -> bool:
        """Does an occasion counted right before ``exp`` count forecasts made, the only markers of the future before it
        being forecast nouns ("cuts profit forecast for the second time this year": some occasions already came, so
        the period is no forecast's)?  A verb of the future counts occasions to come ("will cut rates for the second
        time this year")."""
        if not _kind_just_before(self.low, "occasion", exp.start, _NOUN_FOR_REACH):
            return False
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        nouns = lexicon.forecast_nouns()
        return all(lexicon.squash(self.low[s:e]) in nouns
                   for s, e, _ in self.clauses.future_markers(s_lo, s_hi) if e <= exp.start)

    def _happens_in_a_second_half_ended(self, exp: finder.Expression, forecast: resolver.Resolution) -> bool:
        """Is ``exp`` a second half named without its year, ended by the anchor, after a preposition placing a
        happening in it (tense.tsv kind happening_in: "in")?  (A first half's figures come in an interim report, still
        awaited in the weeks after it ended.)"""
        return exp.parts.get("unit") == "H" and exp.parts.get("ordinal") == 2 and "year" not in exp.parts \
            and self._happening_placed_in_a_period_ended(exp, forecast)

    def _happening_placed_in_a_period_ended(self, exp: finder.Expression, forecast: resolver.Resolution) -> bool:
        """Has the period ``forecast`` reads ``exp`` as ended by the anchor, and does a preposition placing a
        happening in it (tense.tsv kind happening_in: "in") stand right before ``exp``?"""
        return forecast.last_day is not None and self.anchor is not None and forecast.last_day < self.anchor \
            and _kind_just_before(self.low, "happening_in", exp.start, 10)

    def _changes_in_a_period_ended(self, exp: finder.Expression, forecast: resolver.Resolution, window) -> bool:
        """Is ``exp`` a quarter or half named without its year, ended by the anchor, that the last forecast before it
        in its sentence places a change of its object in (tense.tsv kind change_ahead, then kind happening_in, at most
        an adverb between: "expects sales to recover in the fourth quarter", in February)?  What is still to change
        changes in the coming one; a figure between ("expect revenue to grow 8% in the December quarter", in January)
        measures the one just ended, whose report is awaited, and so does a change of a line of that report ("expect
        revenue to grow", kind reported_line).  Only a forecast held now (_forecast_held_now) looks ahead:
        one held then ("had expected sales to recover") hoped for the one ended."""
        if not resolver.names_a_part_of_the_year(exp.parts) \
                or not self._happening_placed_in_a_period_ended(exp, forecast):
            return False
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        before = [(s, e) for s, e, foretold in self.clauses.future_markers(*sentence) if foretold and e <= exp.start]
        change = lexicon.told_after_an_object("change_ahead").match(self.low, before[-1][1]) if before else None
        # (the change's match opens with the space after the marker, which the words before it end with)
        return change is not None and _WORDS_UP_TO_THE_DATE.fullmatch(self.low, change.end(), exp.start) is not None \
            and self._forecast_held_now(*before[-1], exp, window, forecast.last_day) \
            and lexicon.word_of_kind("reported_line").search(self.low, sentence[0], change.end()) is None

    def _forecast_held_now(self, start: int, end: int, exp: finder.Expression, window, ended: dt.date) -> bool:
        """Is the forecast whose marker is ``self.low[start:end]`` held as the story is written: told in the present
        (tense.tsv kind forecast_present: "expects"), a verb whose past is its base form after a subject no singular
        ("Analysts forecast"; "The shipper forecast" is past), or told in the past only as a verb of saying reports it
        (_reported_as_held_still: "said it expected sales to recover")?  ``ended`` is the last day of the period it
        names that has ended by the anchor."""
        if _kind_just_before(self.low, "forecast_present", end + 1, _FORECAST_PRESENT_REACH):
            return True
        marker = lexicon.squash(self.low[start:end])
        # (tense.tsv kind forecast_reported: a forecast in the past a verb of saying reports as still held)
        if marker in lexicon.words_of_kinds("forecast_reported") \
                and self._reported_as_held_still(start, exp, window, ended):
            return True
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        return marker in lexicon.future_base_past_words() \
            and not finder.base_form_in_the_past(self.text, self.low, start, end) \
            and not finder.a_singular_noun_after_a_determiner(self.low, sentence_start, start)

    def _reported_as_held_still(self, start: int, exp: finder.Expression, window, ended: dt.date) -> bool:
        """Does a verb of saying in the past report the forecast whose marker starts at ``start``, as the last marker
        in the past before it ("said it expected sales to recover") or after a comma behind ``exp`` ("expected sales
        to recover in the fourth quarter, it said"), with no past perfect before it ("had expected" hoped for a time
        gone) and no date in the sentence before it on or before ``ended`` ("said last year it expected sales to
        recover in the fourth quarter", in February: the one then ahead)?"""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        markers = self.clauses.markers(*sentence)
        past = [(s, e, listed) for s, e, tense, listed in markers if tense in lexicon.PAST_TENSES]
        said_before = [marker for marker in past if marker[1] <= start][-1:]
        said_after = [marker for marker in past if marker[0] >= exp.end][:1]
        if said_after and "," not in self.low[exp.end:said_after[0][0]]:
            said_after = []
        saying = [(s, e) for s, e, listed in said_before + said_after
                  if listed and lexicon.squash(self.low[s:e]) in lexicon.reporting_verbs()]
        return bool(saying) and all(tense != "pluperfect" for s, _, tense, _ in markers if s < start) \
            and not any(sentence[0] <= told.start < start and resolution is not None
                        and resolution.last_day is not None and resolution.last_day <= ended
                        for told, resolution, *_ in self.resolved)

    def _a_base_under_way(self, exp: finder.Expression, resolution: resolver.Resolution) -> bool:
        """Is ``exp`` the base of a comparison ("compared with £61.2m in FY25") naming a period under way that a
        forecast reading would leave where it is?  The base is a figure reported, no forecast: "expects profit of £42m
        to £46m for the year to 28 February 2026, compared with £61.2m in FY25"."""
        # (the period the figure is compared for is named before it in the sentence: "to grow more than 35% in the
        # October-December quarter" compares nothing)
        return _under_way(resolution, self.anchor) and bool(self.resolved) \
            and self.resolved[-1][0].start >= self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0] \
            and lexicon.figure_compared_before().search(self.low, max(0, exp.start - _FIGURE_REACH), exp.start) \
            is not None

    def _the_base_of_a_percentage(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the base a percentage changed on ("up 8.5% on the previous year's festival")?  Its period is only
        the base, no time the story goes on in: "in April of that year" after it is still the year told before."""
        return lexicon.percentage_base_before().search(self.low, max(0, exp.start - _PERCENTAGE_BASE_REACH),
                                                       exp.start) is not None

    def _year_a_percentage_base_follows(self, exp: finder.Expression) -> resolver.Period | None:
        """The year named last before the story's reference, in ``exp``'s sentence, when that reference is a year that
        is only the base of a percentage ("in 2025, up 41% from 2024, but lost ... in the first nine months of the
        year": 2025); None otherwise."""
        lo = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        named = [(year, told) for year, told, _ in self.years_named if lo <= told.start and told.end <= exp.start]
        if len(named) < 2 or self.reference is None or self.reference.gran != "Y" \
                or named[-1][1].start != self.reference_start \
                or not (self._the_base_of_a_percentage(named[-1][1]) or self._a_comparison_base(named[-1][1])):
            return None
        return resolver.Period("Y", named[-2][0])

    def _the_base_of_a_multiple(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the date of the figure a multiple is of ("four times the HK$22.1 billion raised in the first
        quarter of 2025")?"""
        return lexicon.multiple_base_before().search(self.low, max(0, exp.start - _FIGURE_REACH), exp.start) \
            is not None

    def _a_base_set_off(self, exp: finder.Expression, named: bool = False) -> bool:
        """Is ``exp`` the date of the base of a comparison set off by a comma (", down from 65% on Thursday"; with
        ``named``, its figure maybe named by a noun: ", down from a peak of 142 billion yuan in 2021")?  Such a base is
        a figure reported before, where one right after the verb may tell when the change comes ("will cut prices to
        $5 from $7 on Monday")."""
        reach = _NAMED_FIGURE_REACH if named else _FIGURE_REACH
        base = lexicon.figure_compared_before(named=named).search(self.low, max(0, exp.start - reach), exp.start)
        return base is not None and _BASE_SET_OFF.search(self.low, max(0, base.start() - _BASE_SET_OFF_REACH),
                                                         base.start()) is not None

    def _after_an_event_it_dates(self, exp: finder.Expression, tense: str, window) -> bool:
        """Is ``exp`` the date of a happening named after "before" ("before Miami on May 3", "before the COP31 summit
        in Antalya in November"), in a clause of now, or in the past only after a weekday, a day just gone?"""
        m = lexicon.event_named_before().search(self.low, max(0, exp.start - _EVENT_BEFORE_REACH), exp.start)
        words = lexicon.tense_words()[0]
        if m is None or any(w in words for w in m.group(1).split()):
            return False
        first = m.group(1).split()[0]
        if first.endswith("ing") and self.text[m.start(1)].islower():
            return False                # ("before reversing course in July": a clause in -ing, of its main one's
                                        # tense; not "before Beijing on May 3")
        s_lo, _ = self.clauses.sentence(exp.start, exp.end, window)
        opened = max(s_lo, self.low.rfind(",", s_lo, m.start()) + 1, self.low.rfind(";", s_lo, m.start()) + 1)
        if any(w.endswith("ed") or words.get(w) in lexicon.PAST_TENSES
               for w in _A_WORD.findall(self.low, opened, m.start())):
            return False                # ("The chief executive resigned before the vote on May 3": a time gone)
        return not tense or tense == "past" and lexicon.weekday_word().search(self.low, s_lo, m.start()) is not None

    def _bounded(self, befores: dict, mod: str) -> bool:
        """Is the date named as the time after or before which a thing happens (connectors.tsv bound rows of mod
        ``mod``, AFTER: "after March", BEFORE: "before March")?"""
        return "bound" in befores and self.connectors.rows[befores["bound"]]["mod"] == mod

    def _a_base_reported_before(self, exp: finder.Expression, target: resolver.Resolution | None) -> bool:
        """Is ``exp`` the date of a base set off by a comma (", up from £9.9 billion in March") with no forecast
        target within the coming year before it?  Such a base is a figure already reported, the latest such month
        ("would leave headroom of £22 billion in 2029-30, up from £9.9 billion in March", in November: last March);
        a target close ahead keeps the base just before it ("to reach 250 billion yuan in March, up from 236
        billion yuan in December", in November: the coming December)."""
        return self._a_base_set_off(exp) and not (
            target is not None and target.first_day is not None
            and (target.first_day - self.anchor).days < _A_YEAR_AHEAD_DAYS)

    def _day_of_the_week_under_way(self, exp: finder.Expression, window) -> None:
        """"Wednesday's Fed decision is the main event this week", on a Monday: a weekday in a sentence that goes
        on to name the week under way is that week's day; one still to come, only in a clause not about the past
        ("Wednesday's selloff was the worst this week" is no day ahead).  (Written on a weekend, "this week" may
        be the week about to start, which the reading of the week decides.)"""
        day = self.anchor + dt.timedelta(days=exp.parts["weekday"] - self.anchor.isoweekday())
        if day > self.anchor and finder.clause_tense(self.text, self.low, exp.start, exp.end, window,
                                                     self.clauses) == "past":
            return
        exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)

    def _told_lately(self, period: resolver.Period, exp: finder.Expression, window) -> bool:
        """Was ``period`` named in the sentence of ``exp`` or the one before it (a list item's: in its list or the
        heading over it, "First Half 2025 Highlights")?"""
        since = heading_over_list(self.text, self._previous_sentence_start(exp, window))
        return any(done[0].start >= since and done[1].period == period for done in reversed(self.resolved))

    def _previous_sentence_start(self, exp: finder.Expression, window) -> int:
        """Where the sentence before the one of ``exp`` begins."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        lo = max(0, s_lo - _SENTENCE_GAP_REACH)
        before = lo + len(self.low[lo:s_lo].rstrip()) - 2      # (inside the sentence before, short of its full stop)
        if before < 0:
            return 0
        return self.clauses.sentence(before, before + 1, self._window_of(before))[0]

    def _under_a_label_ahead(self, exp: finder.Expression, window) -> bool:
        """Does a label that looks ahead open the sentence of ``exp``, its colon before it ("Key dates ahead: Dec. 16,
        EU Phase 1 deadline; Feb. 11, Halvard's full-year results", labels_ahead.tsv)?  The items of a list a
        label looks ahead to are still to come, though no word of tense tells them."""
        # (the whole sentence, which may hold several clauses set off by semicolons: the items of the list)
        lo = window[0] if window is not None else _line_start(self.text, exp.start)
        return lexicon.label_ahead().match(self.low, lo, exp.start) is not None \
            or self._after_an_item_ahead(exp, window) or self._item_of_a_list_led_ahead(exp)

    def _the_start_labelling_its_item(self, exp: finder.Expression, befores: dict) -> bool:
        """Is ``exp`` the start a bare "from" gives, right before the colon that closes an item's label ("- From the
        summer: a second daily service to Venice")?  A timetable's change starts then, no stretch to an end."""
        return befores.keys() == {"span"} and _ENTRY_COLON.match(self.low, exp.end) is not None

    def _item_of_a_list_led_ahead(self, exp: finder.Expression) -> bool:
        """Does ``exp`` stand in a bulleted item of a list whose lead-in line, ending in a colon, looks ahead: a label
        ahead ("Key dates ahead:"), or, for a time of the day alone, a word of a forecast ("Key developments that
        could influence markets on Tuesday: / - Alibaba results (about 7:30 p.m. Hong Kong time)")?  Each item is a
        sentence of its own, cut off from the lead-in that alone tells the tense the items share; a month an item
        names may be the one its data are of ("- U.S. September retail sales"), so only a time of the day takes it."""
        begin = heading_over_list(self.text, exp.start)
        end = self.text.find("\n", begin)
        if begin == exp.start:
            return False
        if lexicon.heading_ahead().fullmatch(self.low, begin, end) is not None \
                and finder.labels_its_line(self.low, exp.start, exp.end):
            # (a label that looks ahead needs no colon as a heading of its own over a timetable, "What happens next
            # / - 22 May: deadline for any appeal", where items of topics keep their dates' own readings, "WHAT TO
            # WATCH / - Cloud: ... after growth of 34% in the September quarter")
            return self._tense_of_its_clause(exp) != "past"
        if not self.text[begin:end].rstrip().endswith(":"):
            return False
        colon = self.text.rindex(":", begin, end)
        return lexicon.label_ahead().match(self.low, begin, end) is not None \
            and self._tense_of_its_clause(exp) != "past" \
            or _a_time_of_the_day_alone(exp.parts) \
            and finder.is_forecast(self.text, self.low, colon, colon, (begin, end), self.clauses)

    def _in_the_phrase_after_a_comma(self, start: int, end: int) -> bool:
        """Does no comma stand in low[start:end], or only one a preposition alone follows ("Last week he rode with
        us, from Monday's rush")?  Past a comma and more words a clause of its own may open ("bought shares last
        week, filings posted by the exchange on Wednesday show")."""
        comma = self.low.rfind(",", start, end)
        return comma == -1 or (len(self.low[comma + 1:end].split()) == 1 and finder.after_preposition(self.low, end))

    def _after_an_item_ahead(self, exp: finder.Expression, window) -> bool:
        """Does ``exp``, a day, month or season without its year, stand in a bulleted item with no word of tense right
        under one whose last date is still to come ("Key dates: / - Registration: open until April 30 / -
        Preliminary round: online, May 11-22", in March)?  A timetable runs in order: once it has reached a day
        ahead, its later items told without a tense are ahead too.  Both finder calls are needed: clause_tenses finds
        any listed marker near the date, whatever it tells; clause_tense may find a tense with none listed there (from
        a word ending, or a forecast told after the date)."""
        line = _line_start(self.text, exp.start)
        if line == 0 or not _lacks_year(exp.parts) or "weekday" in exp.parts \
                or BULLET_OPENING.match(self.text, line, exp.start) is None \
                or finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                or lexicon.present_simple().search(self.text, line,
                                                   self.text.find("\n", exp.end) % (len(self.text) + 1)):
            return False
        above = _line_start(self.text, line - 1)
        if BULLET_OPENING.match(self.text, above, line - 1) is None:
            return False
        # (a length or a habit in the item above is no date of the timetable: "two extra ferries an hour")
        last = next((done for done in reversed(self.resolved)
                     if done[0].start < line and (done[1] is None or done[1].on_calendar)), None)
        return last is not None and last[0].start >= above and last[1] is not None and last[1].future

    def _tense_of_its_clause(self, exp: finder.Expression) -> str:
        """The tense of the clause ``exp`` stands in (finder.clause_tense, in its sentence)."""
        return finder.clause_tense(self.text, self.low, exp.start, exp.end, self._window_of(exp.start), self.clauses)

    def _tense_of_its_own_words(self, exp: finder.Expression) -> str:
        """The tense of the clause ``exp`` stands in, an attribution after a comma that closes its sentence cut off
        ("Everything depends on the two weeks before the Lunar New Year, said one exporter"): the verb of saying
        tells when the words were said, their own tense when they are about."""
        window = self._window_of(exp.start)
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        own = (s_lo, _unattributed(self.low, self.clauses, s_lo, s_hi, exp)[1])
        return finder.clause_tense(self.text, self.low, exp.start, exp.end, own, self.clauses)

    def _tense_it_needs(self, exp: finder.Expression) -> str:
        """The tense of the clause ``exp`` stands in when ``exp`` needs one to be placed ("Christmas", "March"), else
        "" ("March 2025")."""
        return self._tense_of_its_clause(exp) if resolver.needs_tense(exp.parts) else ""

    def _window_of(self, start: int) -> tuple[int, int] | None:
        """The sentence span holding ``start``, when the caller gave the sentences."""
        if self.sentence_of is None:
            return None
        found = self.sentence_of(start)
        return None if found is None else self.sentences[found]

    def _in_year(self, exp: finder.Expression, resolution: resolver.Resolution, years: int, tense: str,
                 ref) -> resolver.Resolution:
        """``exp`` read again in the year ``years`` from the one ``resolution`` gave it (itself if that fails)."""
        parts = {k: v for k, v in exp.parts.items() if k not in ("year_of", "of_the_year")}  # (its year is given)
        year = resolution.first_day.year
        if parts.get("fiscal") and isinstance(parts.get("fiscal_end"), int) and "year" not in parts:
            # (a fiscal year is named by the year it ends in: October 2025 is in fiscal 2026 of a year to March)
            year += resolution.first_day.month > parts["fiscal_end"]
        return resolver.resolve(dict(parts, year=year + years), self.anchor, tense, ref, self.locale) or resolution

    def _year_stretch(self, exp: finder.Expression, resolution: resolver.Resolution,
                      ref: resolver.Period) -> resolver.Resolution | None:
        """"For the fiscal year ended March 31, 2025 ... in the year, up from ... a year earlier" ("in the previous
        year"): that twelve-month stretch, or the one a year before, not the calendar years its last day falls in."""
        moved = resolution.period
        parts, duration = self.reference_stretch
        if moved is None or moved.gran != "Y" or duration.value != "P1Y" or exp.parts.get("unit") != "Y" \
                or not (exp.parts.keys() == {"unit", "det"} or exp.parts.get("anaphoric")
                        or (exp.parts.get("year_of") or exp.parts).get("direction") in ("earlier", "ago")):
            return None
        stretch = resolver.ended_stretch(dict(parts, ends_on=ref.shifted(moved.year - ref.year, "Y").last()),
                                         duration, self.anchor)
        if stretch is None:
            return None
        return stretch._replace(timex_type=resolution.timex_type, value=resolution.value, mod=resolution.mod,
                                period=moved, future=resolution.future)

    def _year_a_stretch_to_its_last_month_runs(self, exp: finder.Expression,
                                               told_of: resolver.Period | None) -> resolver.Period | None:
        """The year-long stretch ("the fiscal year to March 2027") whose last month, ``told_of``, the story last told,
        when ``exp`` is "the year" alone: that month only closes the stretch, so "the year" is of the stretch (its
        calendar year under way when the stretch is: "analysts expect for the fiscal year to March 2027. My target
        is HK$190 by the end of the year", in May 2026, is 2026), not the month's calendar year; else ``told_of``."""
        if told_of is None or told_of is not self.reference or told_of.gran != "M" \
                or self.reference_stretch is None or not resolver.is_the_year_or_month(exp.parts) \
                or exp.parts.get("unit") != "Y":
            return told_of
        parts, duration = self.reference_stretch
        stretch = resolver.ended_stretch(parts, duration, self.anchor) \
            if parts.get("unit") == "Y" and "count" not in parts and self.anchor is not None else None
        if stretch is None or stretch.period is None \
                or stretch.period.gran not in ("Y", "FY") or stretch.last_day is None \
                or resolver.Period.of("M", stretch.last_day) != told_of:
            return told_of
        return stretch.period

    def _month_closing_the_stretch(self, exp: finder.Expression) -> resolver.Period | None:
        """The month whose last day ends the stretch the reference's day starts or ends (self.reference_stretch, "the
        fiscal year beginning July 1": June of the next year), when ``exp`` counts the periods after the one told
        ("each of the four years after that"); else None."""
        if not exp.parts.get("after_told") or self.reference_stretch is None:
            return None
        end = self.reference_stretch[0].get("ends_on")
        if not isinstance(end, dt.date):
            return None
        month = resolver.Period.of("M", end)
        return month if month.last() == end else None

    def _stretch_moved(self, exp: finder.Expression, resolution: resolver.Resolution,
                       ref: resolver.Period) -> resolver.Resolution:
        """"in the three months ended Sept. 30, ... from a year earlier": counted back from the day that ends a
        stretch, the same stretch a year before (2024-Q3), not only its last day; so is "the corresponding
        period in 2024" after "the six months ended 30 September 2025" (2024-04/2024-09)."""
        moved = resolution.period
        if exp.parts == _THE_PERIOD:
            # "rose 5.8% in the nine weeks to 3 January. Total sales in the period rose 7.1%": that stretch itself,
            # not the quarter a report would be on
            parts, duration = self.reference_stretch
            return resolver.ended_stretch(parts, duration, self.anchor) or resolution
        if moved is None or moved.year >= ref.year:
            return resolution
        counted = exp.parts.get("year_of") or exp.parts
        if exp.parts.get("unit") != "P" and (
                counted.get("direction") not in ("earlier", "ago") or counted.get("unit") != "Y"
                or moved.gran != ref.gran or moved != ref.shifted(moved.year - ref.year, "Y")):
            return resolution       # (counted in years: "A decade ago, annual trade stood at ..." is no stretch)
        parts, duration = self.reference_stretch
        # the stretch's own end, moved as many years ("the first nine months of 2025 ... the same period last
        # year" ends on Sept. 30, 2024, not at the end of 2024)
        end = resolver.Period.of("D", parts["ends_on"]).shifted(moved.year - ref.year, "Y").first()
        if "calendar_start" in parts:
            # (the months of another calendar's year move with it: "the first seven months of the Iranian year, up
            # 18 percent from a year earlier" runs from March 21, 2024)
            parts = dict(parts, calendar_start=resolver.Period.of("D", parts["calendar_start"]).shifted(
                moved.year - ref.year, "Y").first())
        stretch = resolver.ended_stretch(dict(parts, ends_on=end), duration, self.anchor)
        if stretch is None:
            return resolution
        return stretch._replace(timex_type=resolution.timex_type, value=resolution.value, mod=resolution.mod,
                                period=moved, future=resolution.future)

    def _stretch_told_before(self, exp: finder.Expression) -> resolver.Resolution | None:
        """"Revenue rose 36% in the three months to Dec. 31. ... Alibaba bought back $1.1 billion of its shares in the
        three months": a count of months or weeks with its article alone restates the last stretch of that count the
        text told by its end (else by its name), as "the period" does."""
        parts = exp.parts
        for earlier, reading, *_ in reversed(self.resolved):
            told = earlier.parts
            if "ends_on" in told and told.get("unit") == parts["unit"] and told.get("count") == parts["count"]:
                return resolver.ended_stretch(told, reading, self.anchor)
        for earlier, reading, *_ in reversed(self.resolved):
            if reading.period is not None and not reading.future and resolver.as_long_as(reading.period, parts):
                # ("grew 26% in the June quarter, and ... spent 38.6 billion yuan in the three months": with no stretch
                # of that count told, a quarter, half or year named so is as much that stretch; one looked ahead to is
                # none whose figures are told: "would narrow in the current quarter")
                return reading
        return None

    def _reference_a_base_compared(self) -> bool:
        """Is the date that set the story's reference the base a figure right before it is compared with ("from 4.2%
        in December"), or one a word of comparison opens ("rose 4% in March from February")?"""
        at = self.reference_start
        return lexicon.figure_compared_before(named=True, linked=False).search(
            self.low, max(0, at - _NAMED_FIGURE_REACH), at) is not None \
            or lexicon.comparison_before().search(self.low, max(0, at - _WORD_BEFORE_REACH), at) is not None

    def _days_counted_from_a_report_period_told_before(self, exp: finder.Expression,
                                                       ref: resolver.Period | None) -> bool:
        """Is ``exp`` a count of days or weeks "earlier" or "later" whose reference is the story's quarter or half,
        named in a paragraph before its own, which has told no day since it opened?"""
        parts = exp.parts
        if parts.get("unit") not in ("D", "W") or "count" not in parts \
                or parts.get("direction") not in ("earlier", "later") or ref is None \
                or ref is not self.reference or ref.gran not in ("Q", "H"):
            return False
        paragraph = self.text.rfind("\n", 0, exp.start) + 1
        return self.reference_start < paragraph and self._last_day_told(paragraph, days_only=True) is None

    def _last_day_told(self, sentence_start: int, days_only: bool) -> dt.date | None:
        """The first day of the last date read since ``sentence_start`` (of a day's precision only, if
        ``days_only``); read back only as far as that start, so that a long text stays linear."""
        for done in reversed(self.resolved):
            if done[0].start < sentence_start:
                return None
            if done[1].first_day is not None and (not days_only or done[1].precision == "day") \
                    and "open" not in _before_kinds(self.low, done[0].start):
                # (not the time a stretch runs since: "its highest since June 2022, as mills bought ahead of the
                # Lunar New Year" tells of the days now)
                return done[1].first_day
        return None

    def _weekend_ahead(self, exp: finder.Expression, window) -> resolver.Resolution:
        """"took profits ahead of the weekend": the weekend after the day its sentence tells of, else after
        publication, whatever the tense of the clause."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = self._last_day_told(sentence_start, days_only=True)
        return resolver.weekend_after(told or self.anchor, self.anchor)

    def _year_end_reported(self, exp: finder.Expression) -> int | None:
        """The last month of the year a report is on, when it is no calendar year: that of the stretch the story's
        reference ends, else of a fiscal year the text told ended before (the story may have moved on to other days:
        "for the fiscal year ended March 31 ... Shares jumped on Wednesday ... first-quarter results, due in early
        August") or whose quarter or half it named (see read), unless a company of fiscal.tsv with another calendar
        is named nearer."""
        named: list[int | None] = []

        def none_named_but(month: int) -> bool:
            """Is the company of fiscal.tsv named nearest before ``exp``, if any, of the calendar ending in ``month``?
            (Read once per expression, only when asked.)"""
            if not named:
                named.append(self._fiscal_end_named(exp))
            return named[0] in (None, month)

        if self._calendar_told_in_its_sentence(exp) or self._of_a_calendar_body(exp) \
                or self._owned_by_a_company_named_anew(exp):
            return None
        month = self._a_year_ended_off_december()
        if month is None and (stated := self._year_end_stated_unless_named(exp, 0, not self._fiscal_year_stated())) \
                is not None and not self._named_apart_in_a_preview(exp):
            month = stated
        if month is None and (exp.parts.get("unit") == "H" or "half" in exp.parts) \
                and (standing := self._year_end_standing()) is not None \
                and none_named_but(standing):
            # "cash earnings ... for the six months to March 31 ... first-half earnings included a charge": the
            # halves of the calendar told as a standing fact anywhere in the report (a bare quarter stays the
            # calendar's: "by the end of the second quarter" in a retailer's plan)
            month = standing
        if month is None and self._fiscal_ends_told() and self._told_outright is not None \
                and none_named_but(self._told_outright):
            # "Corvane's fiscal year ends on June 30. ... We report the third quarter on May 6th": a calendar told
            # outright as a standing fact is that of every quarter the report names alone
            month = self._told_outright
        if month is None and (told := self._fiscal_ends_told()):
            # (a telling that starts inside the quarter counts too: "in the third quarter, the 13 weeks to 29
            # November" tells the months of that quarter itself)
            at = bisect.bisect_left(told, (exp.end,)) - 1
            if at >= 0 and exp.start - told[at][0] <= _FISCAL_NAME_REACH and told[at][1] != 12 \
                    and self.text.find("\n", told[at][0], exp.start) == -1 \
                    and none_named_but(told[at][1]):
                # "which was $1.9 billion in its fiscal year ended September 2025 ... Corvane said it would give
                # guidance when it reports first-quarter results": a quarter named alone right after a company's
                # fiscal year told, in its paragraph, is of that calendar (October to December)
                month = told[at][1]
            if month is None and at + 1 < len(told) and told[at + 1][1] != 12 \
                    and told[at + 1][0] < self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[1] \
                    and none_named_but(told[at + 1][1]):
                # "Barry Callebaut, which reports first-quarter sales volumes on Jan. 29, said ... volumes would fall
                # in its fiscal year ending August 2026": a calendar told later in the quarter's own sentence is
                # its calendar as surely as one told before (the first telling after it only, so read once)
                month = told[at + 1][1]
            if month is None and at < 0 and (told[0][0] in self._years_told_ended
                                             or told[0][0] in self._quarters_told_ended) \
                    and exp.end <= self._lead_end() \
                    and none_named_but(told[0][1]):
                # "Maple Harbour Bank reported a 12% rise in fourth-quarter profit ... For fiscal 2025, which ended on
                # Oct. 31": the lead's quarter is of the fiscal year the report goes on to tell over, when that is the
                # first calendar the text tells (August to October), or of the quarter it goes on to tell ended
                # ("forecast second-quarter revenue ... Revenue in the first quarter, which ended May 3": May to July)
                month = told[0][1]
        return month

    def _owned_by_a_company_named_anew(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a period of a company its own sentence opens with as its subject, named there for the first time
        after the text told a fiscal calendar before that sentence?  The calendar was told for its own teller, a
        country or a company; another company a story turns to reports on its own calendar, the calendar year unless
        the text tells it ("Bangladesh's exports rose ... in the fiscal year that ended on June 30 ... Zara owner
        Inditex reported a rise in first-quarter sales" is no quarter of Bangladesh's year; after "Kirin Pharma, whose
        financial year ends on March 31", "Its rival Osaka Biolabs expects sales to grow 4% for the full year" is the
        calendar year).  The subject is the name the sentence opens with, maybe after words that say what it is and
        end in lower case; a name after a preposition or a title is none ("Analysts at Citi expect ... for the full
        year" is the teller's), and a name without such words is one only when it has two words or more, a single
        capitalised word at a sentence's start being as likely a common noun ("Analysts expect")."""
        # (five fiscal paths ask of the same expression: its sentence's opening is read once, the calendars told
        # before it, which grow as the text is read, each time)
        key = (exp.start, exp.end)
        if key not in self._opening_names_anew:
            self._opening_names_anew[key] = self._sentence_named_anew_at(exp)
        start = self._opening_names_anew[key]
        if start is None:
            return False
        # (only after a calendar told before the sentence: one told later may be this company's own, "Maple Harbour
        # Bank reported a rise in fourth-quarter profit ... For fiscal 2025, which ended on Oct. 31")
        told = self._fiscal_ends_told()
        return bool(told) and told[0][0] < start or any(
            done.start < start and (done.parts.get("fiscal") or res.precision == "fiscal_year")
            for done, res, *_ in self.resolved)

    def _sentence_named_anew_at(self, exp: finder.Expression) -> int | None:
        """Where ``exp``'s sentence starts, when it opens with a company named there as its subject (see
        _owned_by_a_company_named_anew); None when it does not."""
        start = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        opening = lexicon.named_owner_opening().match(self.text, start, exp.start)
        if opening is None:
            return None
        lead, name = opening.group("lead") or "", re.sub(r"['\u2019]s$", "", opening.group("name"))
        words, leading = name.split(), lead.lower().split()
        pronouns, determiners = lexicon.words_of_kinds("subject"), lexicon.words_of_kinds("determiner")
        if lexicon.owner_lead_blocked().search(f"{lead} {name}") is not None \
                or any(w.lower() in pronouns | determiners for w in words) \
                or leading and (leading[-1] in determiners or not pronouns.isdisjoint(leading)) \
                or not lead and (len(words) < 2 or re.search(rf"(?<![\w-]){re.escape(words[0].lower())}(?![\w-])",
                                                              self.text) is not None) \
                or self.text.find(name, 0, start) >= 0:
            # (a lead ending in a determiner names a thing, "She sees the April-June quarter"; a name without one whose
            # first word the text also writes in lower case is a common word a sentence's start capitalised, "Where
            # I stand", "Retail Banking revenue rose" of a text that speaks of retail)
            return None
        # (a period in a clause its subject only reports, after a verb of saying, is the reported clause's: "Broker
        # Nakamura Securities said profit would grow 3% for the full year"; so is a figure's noun right after the
        # name, a line of the teller's as likely as another company's)
        if lexicon.word_of_kind("reporting").search(self.low, opening.end() - 1, exp.start) is not None \
                or lexicon.word_of_kind("reported_line").match(self.low, opening.end() - 1) is not None:
            return None
        return start

    def _of_a_calendar_body(self, exp: finder.Expression) -> bool:
        """Does ``exp``'s sentence tell of a body that counts by the calendar (calendar_bodies.tsv)?  Its quarter is
        no quarter of the company whose fiscal year the story tells: "In the third quarter, Europe's economy grew
        0.2%, Eurostat said" in a grocer's story whose fiscal year ends on Aug. 31 is July to September.  Only a
        quarter or half: a budget's "the current year" beside a deficit's share of GDP is still the fiscal year."""
        if exp.parts.get("unit") not in ("Q", "H") and "quarter" not in exp.parts and "half" not in exp.parts:
            return False
        start, end = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        # (in the quarter's own clause: "sales rose 3% in the third quarter as the economy recovered" is the grocer's)
        return any(not lexicon.clause_break().search(self.low, min(body.end(), exp.end), max(body.start(), exp.start))
                   for body in lexicon.calendar_bodies().finditer(self.low, start, end))

    def _calendar_told_in_its_sentence(self, exp: finder.Expression) -> bool:
        """Does ``exp``'s own sentence tell, before it, that its company reports on the calendar year (fiscal_told.tsv,
        a row without a month)?  Nearer than any other company's calendar, that is its quarter's: "Meituan, which
        reports on a calendar year, swung to a loss in the third quarter" is July to September, though the text tells
        elsewhere that Alibaba's year ends in March."""
        told = self._fiscal_ends_told()
        if not any(month == 12 for _, month, _ in told):
            return False
        opens = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        return any(month == 12 and opens <= start < exp.start for start, month, _ in told)

    def _lead_end(self) -> int:
        """Where the lead ends: the first paragraph after the first line that ends a sentence (a dateline does not)."""
        if self._lead_end_at is None:
            lead = _LEAD.search(self.text, self.first_line_end)
            self._lead_end_at = lead.end() if lead else -1
        return self._lead_end_at

    def _in_the_lead(self, end: int) -> bool:
        """Does the lead hold what ends at ``end``?  A text of one line, with no headline, is all lead ("Toyota raised
        its profit forecast for the year to March 2026 on Wednesday. It now expects ... for the fiscal year." reads
        as it does with a paragraph after it)."""
        return end <= self._lead_end() or self.first_line_end == len(self.text)

    def _named_apart_in_a_preview(self, exp: finder.Expression) -> bool:
        """Is the company of fiscal.tsv named nearest before ``exp`` one the headline lists with others, named in an
        item or paragraph before that of ``exp``?  A preview of many tells each company in its own item, and a quarter
        named alone in another is of its own subject's calendar ("Alibaba Group reports results for the March quarter
        ... - 4:30 p.m.: Hong Kong releases first-quarter GDP" is January-March)."""
        lo = max(0, exp.start - _FISCAL_NAME_REACH)
        if self.text.find("\n", lo, exp.start) == -1:
            return False
        where, name = max(((s, name) for name, _ in lexicon.fiscal_conventions() if name
                           for s in _fiscal_name_starts(self.text, name, lo, exp.start)), default=(-1, ""))
        return where >= 0 and self.text.find("\n", where, exp.start) != -1 \
            and _listed_with_others(self.text[:self.first_line_end], name.lower())

    def _fiscal_end_named(self, exp: finder.Expression) -> int | None:
        """_fiscal_end_named at ``exp``, a market's name giving way to a calendar the text tells as a standing fact."""
        return _fiscal_end_named(self.text, exp.start, self.low, markets=not self._fiscal_year_stated())

    def _year_end_standing(self) -> int | None:
        """The last month of the fiscal year the text tells as a standing fact (fiscal_told.tsv, reach text), when it
        is no calendar year's."""
        return next((month for _, month, whole in self._fiscal_ends_told() if whole and month != 12), None)

    def _year_end_of_the_paragraph(self, exp: finder.Expression) -> int | None:
        """The last month of the fiscal year the report told it is on, when ``exp``'s paragraph names no company of
        fiscal.tsv of another calendar before it: "Revenue for the year rose 6%", a paragraph of its own, is the
        report's year, though the paragraph before named an affiliate that keeps the calendar year."""
        if self._owned_by_a_company_named_anew(exp):
            return None
        return self._year_end_stated_unless_named(exp, _line_start(self.text, exp.start))

    def _year_end_stated_unless_named(self, exp: finder.Expression, since: int, markets: bool = True) -> int | None:
        """The last month of the fiscal year the report told it is on, unless the company of fiscal.tsv named nearest
        before ``exp`` (from ``since`` on; a market's name counts only with ``markets``) keeps another calendar."""
        month = self.year_end_stated
        if month is None:
            return None
        where, named = _fiscal_name_nearest(self.text, exp.start, self.low, markets)
        return month if where < since or named == month else None

    def _fiscal_end_told_before(self, exp: finder.Expression) -> int | None:
        """The last month of the fiscal year of the last fiscal period the text named ("the fiscal year ending March
        2027"), when the company of fiscal.tsv named nearest before ``exp`` keeps that calendar (Alibaba's, named
        again in its sentence or near it): not a briefing's next company, whose calendar the text does not tell."""
        if self.fiscal_end is None or self._owned_by_a_company_named_anew(exp):
            return None
        return self.fiscal_end if self._fiscal_end_named(exp) == self.fiscal_end else None

    def _calendar_told_before(self, exp: finder.Expression) -> int | None:
        """The last month of the fiscal year the text last told the calendar of before ``exp``, in any clause
        ("Alibaba Health, whose financial year ends on March 31, said ..."), when the company of fiscal.tsv named
        nearest before ``exp``, if any, keeps it: a forecast "for the full year" of a company on such a calendar, a
        paragraph later, is its fiscal year under way (a year told by the day it ends tells its own calendar)."""
        told = self._fiscal_ends_told()
        at = bisect.bisect_left(told, (exp.start,)) - 1
        if at < 0 or told[at][1] == 12 or self._owned_by_a_company_named_anew(exp):
            return None
        return told[at][1] if self._fiscal_end_named(exp) in (None, told[at][1]) else None

    def _fiscal_end_of_a_year_told(self, exp: finder.Expression) -> int | None:
        """The last month of the fiscal year the text told last before ``exp`` ("pre-tax profit for the year to 28
        March", FY2026: March), when the company of fiscal.tsv named nearest before ``exp``, if any, keeps it."""
        for told, *_ in reversed(self.resolved):
            if told.parts.get("fiscal") and isinstance(told.parts.get("ends_on"), dt.date):
                month = _month_end_of_a_weeks_year(told.parts["ends_on"]).month
                return month if self._fiscal_end_named(exp) in (None, month) else None
        return None

    def _fiscal_year_a_last_quarter_closed(self, exp: finder.Expression, window) -> int | None:
        """The number of the fiscal year (of ``exp``'s calendar) whose fourth quarter, told by the day it ended before
        the article's date, the text named last among quarters, in ``exp``'s sentence or the one before; else None."""
        if self.anchor is None:
            return None
        since = self._previous_sentence_start(exp, window)
        for done, resolution, *_ in reversed(self.resolved):
            if done.start < since:
                return None
            if done.parts.get("unit") == "Q" and "ordinal" in done.parts:
                last = done.parts.get("ends_on")
                end_month = exp.parts["fiscal_end"]
                if done.parts["ordinal"] != 4 or not isinstance(last, dt.date) or not last < self.anchor \
                        or last.month != resolver.fiscal_end_month(end_month):
                    return None
                return resolver._fiscal_year_of(last, end_month)
        return None

    def _fiscal_year_named_over_and_forecast(self, exp: finder.Expression, window) -> int | None:
        """The fiscal year the story last named, when it ended recently enough for its results to be awaited and a
        verb of expecting forecasts figures (tense.tsv expects_figures) of the bare "the fiscal year" (the figures of a
        year just ended are still to come, as "analysts expect about 61 billion yuan for 2025", in January, are
        2025's), else None.  Long after its end, told in the past, or as "the year" of a change ahead ("Trustees
        expect property to recover in the year"), it is another."""
        if self.anchor is None or "fiscal" not in self.low[exp.start:exp.end] \
                or (named := self._fiscal_year_named_over(exp)) is None:
            return None
        told = resolver.resolve({"year": named, "fiscal": True, "fiscal_end": exp.parts["fiscal_end"]}, self.anchor,
                                "past", None, self.locale)
        if told is None or told.last_day is None or not resolver.results_awaited(told.last_day, self.anchor):
            return None
        return named if finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses) \
            and self._figures_expected(exp, window, told.period) else None

    def _fiscal_year_named_over(self, exp: finder.Expression, latest: bool = False) -> int | None:
        """The number of the fiscal year the story last named, of ``exp``'s calendar, when it ended before the
        article's date (the one a past clause's bare "the fiscal year" goes on about), else None.  With ``latest``,
        the latest such year it named (a half of "the fiscal year" is of the year reported on, not of the one its
        figures were compared with: "For the fiscal year, profit climbed from $804 million the year before")."""
        if self.anchor is None:
            return None
        end_month = exp.parts["fiscal_end"]
        if latest:
            years = [resolution.period.year for _, resolution, *_ in self.resolved
                     if resolution.period is not None and resolution.period.gran == "FY"
                     and resolution.period.index % 12 == end_month % 12 and resolution.period.last() < self.anchor]
            return max(years, default=None)
        for done, resolution, *_ in reversed(self.resolved):
            period = resolution.period
            if isinstance(done.parts.get("ends_on"), dt.date) and done.parts.get("fiscal"):
                # (a fiscal year told by the day it ended: "the fiscal year ended March 31, 2025")
                last = done.parts["ends_on"]
                return resolver._fiscal_year_of(last, end_month) if last.month == (end_month - 1) % 12 + 1 \
                    and last < self.anchor else None
            if period is not None and period.gran == "FY":
                if period.index % 12 != end_month % 12:
                    return None
                if period.last() < self.anchor:
                    return period.year
                # (a year told since as under way or ahead is not the one told as over: "fiscal 2025, which ended
                # on June 30 ... plans to hire 400 engineers this fiscal year. Its shares ended the fiscal year 30%
                # higher" is FY2025)
        return None

    @staticmethod
    def _under_way(last_day: dt.date, anchor: dt.date) -> bool:
        """Does a twelve-month stretch ending on ``last_day`` hold ``anchor``?"""
        return 0 <= (last_day - anchor).days < _DAYS_IN_A_YEAR

    def _a_year_ended_off_december(self, by_month: bool = False) -> int | None:
        """The month the story's reference ends a twelve-month stretch in ("the year ended September 30"), when
        that stretch is no calendar year; with ``by_month``, of a fiscal year told by its last month alone ("raised
        its profit forecast for the year to March 2026", an outlook, so FY2026). (A year to a month that is no
        fiscal one is a statistic's: "Jobs grew 2% in the year to March 2025".)"""
        if self.reference_stretch is None or self.reference is None \
                or self.reference.gran != ("M" if by_month else "D") or self.reference_stretch[1].value != "P1Y" \
                or by_month and not self.reference_stretch[0].get("fiscal"):
            return None
        if by_month:
            month = self.reference.index
        else:
            # (a stretch told by the day it begins ends the month before: "fiscal 2026, the year that began on
            # Nov. 1" ends in October)
            month = self.reference_stretch[0]["ends_on"].month if "starts_on" in self.reference_stretch[0] \
                else self.reference.day.month
        return None if month == 12 else month

    def _holiday_ahead(self, exp: finder.Expression, window, resolution: resolver.Resolution,
                       ref) -> resolver.Resolution:
        """"ahead of the May Day holiday": the first such holiday after the day its sentence tells of, else after
        publication, whatever the tense of the clause, when it comes soon; a clause about the past waits for no
        holiday months away, but tells of the one gone when that is nearer ("resold phones ahead of the Lunar New
        Year", on Feb. 27)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = self._last_day_told(sentence_start, days_only=False)
        if told is None:
            if resolution.first_day is not None and resolution.first_day.year < self.anchor.year - 1:
                return resolution   # a paragraph telling of a past year goes on in it
            told = self.anchor
        ahead = self._holiday_beside(exp, told, ref, after=True)
        if ahead is None:
            return resolution
        if (ahead.first_day - told).days > resolver.SOON_DAY_DAYS and self._tense_of_its_clause(exp) == "past":
            gone = self._holiday_beside(exp, told, ref, after=False)
            if gone is not None and (told - gone.first_day) < (ahead.first_day - told):
                return gone
        return ahead

    def _an_event_an_effort_is_for(self, exp: finder.Expression, window, ref) -> resolver.Resolution | None:
        """The coming weekday ``exp`` when it dates a happening an effort in the progressive is "for"
        (event_purposes.tsv: always after the present progressive, after the past one when nearer than the one gone),
        unless a clause after it tells what happened that day ("on Saturday when the strike began") or a participle of
        the past right before it does ("is waiting for payouts promised on Monday").  None otherwise."""
        lo = max(self.clauses.sentence(exp.start, exp.end, window)[0], exp.start - _EFFORT_FOR_REACH)
        ahead = lexicon.event_purpose_before("ahead").search(self.low, lo, exp.start) is not None
        if not ahead and lexicon.event_purpose_before("nearer").search(self.low, lo, exp.start) is None \
                or lexicon.day_clause_after().match(self.low, exp.end) is not None \
                or finder.participle_right_before(self.low, exp.start) is not None:
            return None
        coming = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
        if coming is None or coming.first_day is None or coming.first_day <= self.anchor:
            return None
        if ahead:
            return coming
        gone = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
        return coming if gone is None or gone.last_day is None \
            or coming.first_day - self.anchor < self.anchor - gone.last_day else None

    def _a_holiday_a_gift_is_for(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a holiday a gift is "for" (holiday_purposes.tsv) in a clause with no word of tense of its own,
        maybe only a saying verb after a comma ("pick pomelos as presents for the Lunar New Year, one grocer said")?
        A habit told in the present buys gifts for the next such holiday."""
        if lexicon.holiday_purpose_before().search(self.low, max(0, exp.start - _GIFT_FOR_REACH), exp.start) is None:
            return False
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        said = lexicon.holiday_purpose_said().fullmatch(self.low, exp.end, hi) is not None
        if said:
            window = (lo, exp.end)
        return not finder.clause_tense(self.text, self.low, exp.start, exp.end, window, None if said else self.clauses)

    def _holiday_beside(self, exp: finder.Expression, told: dt.date, ref, after: bool) -> resolver.Resolution | None:
        """The first holiday of ``exp`` (named without its year) on or after ``told`` when ``after``, else the last one
        before it; None when neither ``told``'s year nor the next one that way holds one."""
        for year in (told.year, told.year + (1 if after else -1)):
            holiday = resolver.resolve(dict(exp.parts, year=year), self.anchor, "", ref, self.locale)
            if holiday is not None and holiday.first_day is not None \
                    and (holiday.first_day >= told if after else holiday.first_day < told):
                return holiday
        return None

    def _a_day_its_holiday_never_holds(self, exp: finder.Expression, following: finder.Expression, ref) -> bool:
        """Is ``following`` a day of a month that the holiday ``exp`` (named without its year) holds in no year near
        the writing ("ahead of the Singles' Day festival, whose first presales begin on Oct. 20")?  It is the day of
        another happening, not the holiday's own, so the wait still reads the holiday as the coming one."""
        parts = following.parts
        if "holiday" not in exp.parts or not _lacks_year(exp.parts) or "month" not in parts \
                or not isinstance(parts.get("day"), int) or parts.keys() & {"year", "holiday"}:
            return False
        for holiday in self._holidays_near_the_writing(exp, ref):
            try:
                day = dt.date(holiday.first_day.year, parts["month"], parts["day"])
            except ValueError:
                continue
            if holiday.last_day is None or holiday.first_day <= day <= holiday.last_day:
                return False
        return True

    def _holidays_near_the_writing(self, exp: finder.Expression, ref) -> list[resolver.Resolution]:
        """The holiday ``exp``, named without its year, placed on a day in the last, this and the next year."""
        return [holiday for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)
                if (holiday := resolver.resolve(dict(exp.parts, year=year), self.anchor, "", ref, self.locale))
                is not None and holiday.first_day is not None]

    def _holiday_in_the_month_told_after(self, exp: finder.Expression, following: finder.Expression | None, ref,
                                         window) -> resolver.Resolution | None:
        """The holiday ``exp``, named without its year, that begins in the month told right after it and "in"
        (connectors.tsv, holiday_in): a moving feast falls in that month only in some years, which tell the year
        ("Ramadan, which begins in mid-February", in December 2025, is 2026's, as 2025's began on March 1); of two
        such years the coming one, or the last gone in a clause about the past.  None when no year near fits."""
        if following is None or not _a_month_alone(following.parts) \
                or self.connectors.holiday_in.fullmatch(self.low, exp.end, following.start) is None:
            return None
        fits = [holiday for holiday in self._holidays_near_the_writing(exp, ref)
                if holiday.first_day.month == following.parts["month"]]
        if not fits:
            return None
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            gone = [holiday for holiday in fits if holiday.first_day < self.anchor]
            return gone[-1] if gone else None
        coming = [holiday for holiday in fits if holiday.first_day >= self.anchor]
        return coming[0]._replace(future=True) if coming else None

    def _month_its_holiday_falls_in(self, exp: finder.Expression, ref) -> resolver.Resolution | None:
        """The month ``exp``, told without its year right after a holiday and "in" (connectors.tsv, holiday_in), read in
        the year of that holiday's reading when the holiday falls in it ("the Naadam holiday in mid-July"); None
        otherwise."""
        if not self.resolved or self.anchor is None or not _a_month_alone(exp.parts):
            return None
        holiday, held = self.resolved[-1][0], self.resolved[-1][1]
        if "holiday" not in holiday.parts or not held.on_calendar or held.first_day is None \
                or self.connectors.holiday_in.fullmatch(self.low, holiday.end, exp.start) is None:
            return None
        month = resolver.resolve(dict(exp.parts, year=held.first_day.year), self.anchor, "", ref, self.locale)
        if month is None or month.first_day is None or month.last_day is None \
                or not month.first_day <= held.first_day <= month.last_day:
            return None
        return month._replace(future=held.future)

    def _after_a_day_ahead_in_no_tense(self, exp: finder.Expression, window,
                                       resolution: resolver.Resolution) -> bool:
        """Is ``exp``, read as ``resolution``, a time before the day to come its sentence last told, in a clause of no
        tense with no clause opened since that day?  Such a clause tells a timetable going on from that day, not a
        time gone ("Shops reopen on Jan. 2 after closing on Christmas Day" looks back from the day)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = next((done for done in reversed(self.resolved) if done[0].start >= sentence_start
                     and done[1].first_day is not None and done[1].precision == "day"), None)
        if told is None or told[1].first_day <= self.anchor or resolution.first_day >= told[1].first_day \
                or finder.a_clause_opens(self.low, told[0].end, exp.start):
            return False
        if _APPOSITION.fullmatch(self.low, told[0].end, exp.start) is not None \
                and (told[1].first_day - resolution.first_day).days < _RESTATED_HOLIDAY_DAYS:
            return False    # (it restates the day told: "until Oct. 5, the Day of German Unity weekend")
        return finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == ""

    def _awaited_day_soon(self, exp: finder.Expression, ref) -> resolver.Resolution | None:
        """"held back before the Budget on Nov. 26", written on Nov. 7: a thing something was done before may still be
        to come, so its day of a month, named without its year, is the coming one when that is near, though the clause
        is past (None otherwise: a day gone this year stays, "before the Budget on Oct. 30")."""
        if not ("day" in exp.parts and "month" in exp.parts and _lacks_year(exp.parts)):
            return None
        coming = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
        if coming is None or coming.first_day is None or coming.first_day < self.anchor \
                or (coming.first_day - self.anchor).days > resolver.SOON_DAY_DAYS:
            return None
        return coming

    def _sum_for_a_name_before(self, head: int) -> bool:
        """Is a sum for a name right before ``head``, the name and its "for" between them (tense.tsv kind figure_for:
        "a $4.2 billion appeal for Sudan for 2025")?  The year is then the sum's, as with no name between."""
        named = lexicon.beneficiary_before().search(self.text, max(0, head - _NOUN_FOR_REACH), head)
        return named is not None and _kind_just_before(self.low, "figure_for", named.start(1), _NOUN_FOR_REACH)

    def _weekday_ahead(self, exp: finder.Expression, window, ref) -> resolver.Resolution | None:
        """"ahead of Wednesday's Fed decision": the first such day after the day its sentence tells of, else the
        coming one (or the day of publication itself), unless a clause in the past with no day of its own is nearer
        the one gone, at most two days back ("Stocks rose ahead of Nvidia's earnings on Wednesday", on a Thursday, is
        the day before: what was done ahead of a day near its own time tells of that day, not of one six days on); the
        present perfect tells of a run up to now, so what it waits for is still ahead ("have risen 90% this year ...
        ahead of its results on Tuesday", on a Friday)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = self._last_day_told(sentence_start, days_only=True)
        if told is None:
            coming = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
            if coming is None or coming.first_day is None or coming.first_day <= self.anchor \
                    or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past" \
                    or lexicon.present_perfect().search(self.low, sentence_start, exp.start) is not None:
                return coming
            gone = resolver.resolve(exp.parts, self.anchor, "past", ref, self.locale)
            if gone is not None and gone.last_day is not None and gone.last_day < self.anchor \
                    and (self.anchor - gone.last_day).days <= _JUST_GONE_DAYS \
                    and self.anchor - gone.last_day < coming.first_day - self.anchor:
                return gone
            return coming
        return resolver.weekday_after(told, exp.parts["weekday"], self.anchor)

    def _a_comparison_base(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the base of a comparison ("from last year's Spring Festival"), not the first date of a span
        ("from Oct. 14 to Nov. 11")?  Only the connector of the span the comparison word opens makes it one: ", and"
        after the base opens a clause of its own ("expects fee income to rise 2% from the third quarter, and it kept
        its forecast" still compares with the quarter gone), as "between ... and" or a pair's "and" would take it."""
        cue = lexicon.comparison_before().search(self.low, max(0, exp.start - _WORD_BEFORE_REACH), exp.start)
        return cue is not None and not any(
            between.match(self.low, exp.end) and any(m.end() == exp.start for m in opens.finditer(
                self.low, cue.start(), exp.start)) for _, between, opens in self.connectors.span_opens)

    def _after_a_figure_compared(self, exp: finder.Expression) -> bool:
        """Does a figure compared with ``exp``, named or not, stand right before it, ``exp`` counting back the figure's
        date with or without a preposition ("compared with $3 million last year", "against $3,458 a year earlier")?"""
        return lexicon.figure_compared_before(named=True, linked=False).search(
            self.low, max(0, exp.start - _NAMED_FIGURE_REACH), exp.start) is not None

    def _a_base_compared(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the date of a base a figure is compared with, after a word of comparison or after the figure
        ("from last year's Spring Festival", "against $3,458 a year earlier")?"""
        # (three readings of one expression ask it in turn: the answer for the last one asked is kept)
        if self._base_compared_at[:2] != (exp.start, exp.end):
            self._base_compared_at = (exp.start, exp.end,
                                      self._a_comparison_base(exp) or self._after_a_figure_compared(exp))
        return self._base_compared_at[2]

    def _run_moved(self, exp: finder.Expression, resolution: resolver.Resolution,
                   ref: resolver.Period) -> resolver.Resolution:
        """"the first half of its financial year, against a loss in the same period a year earlier": counted back
        from one expression placed on a run of months (April-September, ``ref`` its first), the whole run a year
        before, not only its first month; "the period" right after it is the run itself."""
        moved = resolution.period
        if moved is None or moved.gran != "M" or self.anchor is None:
            return resolution
        years = _years_back_to_the_same_period(exp, moved, ref)
        if years is None:
            return resolution
        last = self.reference_last.shifted(years, "Y")
        return resolver.moved_span(moved, resolution._replace(period=last), self.anchor)

    def _the_last_day_of_the_span_told(self, resolution: resolver.Resolution) -> bool:
        """Is ``resolution`` the last day of the run of months the text told last ("the July-June fiscal year that
        ended on June 30")?  That day restates where the run ends: what is counted from next ("a year earlier")
        counts from the whole run, not from the day."""
        period = resolution.period
        return period is not None and period.gran == "D" and self.reference_from is not None \
            and self.reference is not None and self.reference.gran == "M" and period.day == self.reference.last()

    def _span_moved(self, exp: finder.Expression, resolution: resolver.Resolution,
                    ref: resolver.Period) -> resolver.Resolution:
        """"in the April-September period, reversing a loss a year earlier" ("in the same period a year
        before"): counted back from a span, the same months a year before, not only its last month."""
        years = _years_back_to_the_same_period(exp, resolution.period, ref)
        if years is None and self._the_year_before_a_year_long_run(exp, ref):
            # (placed on the run's last month a year back, so that the span widens over the months, not a year)
            years, resolution = -1, resolution._replace(period=ref.shifted(-1, "Y"))
        if years is None:
            return resolution
        return resolver.moved_span(self.reference_from.shifted(years, "Y"), resolution, self.anchor)

    def _weekend_told_before(self, exp: finder.Expression) -> resolver.Resolution | None:
        """The reading of the last bare "the weekend" the text told before ``exp``, if any."""
        return next((resolution for told, resolution, *_ in reversed(self.resolved)
                     if told.start < exp.start and told.parts == _THE_WEEKEND and resolution is not None
                     and resolution.period is not None and resolution.period.gran == "WE"), None)

    def _the_year_before_a_year_long_run(self, exp: finder.Expression, ref: resolver.Period) -> bool:
        """Is ``exp`` "the previous year" right after a run of twelve months the text told last ("in the July-June
        fiscal year that ended on June 30, up from $22 million in the previous year")?  That run is the year it
        counts back from, the whole run a year before, no calendar year (a run from January to December is one: "in the
        January-December period, up from a fall in the previous year" is the calendar year before, read as such)."""
        return exp.parts == _THE_PREVIOUS_YEAR and ref.gran == "M" and self.reference_from is not None \
            and self.reference_from.gran == "M" and self.reference_from.shifted(11, "M") == ref and ref.index != 12

    def _before_the_day_of_the_speech(self, exp: finder.Expression, resolution: resolver.Resolution,
                                      window) -> bool:
        """Does a past verb tell of ``exp`` in speech reported on a past day its sentence named before, and
        does ``exp`` fall after that day?  "last reported on Nov. 25, when it said it would spend more than it
        pledged in February" (written in February) tells of the February before (not "announced on Dec. 26,
        was submitted in January", which goes on after the day)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        for done in reversed(self.resolved):
            if done[0].start < sentence_start:
                return False
            day = done[1]
            if "holiday" in done[0].parts \
                    or finder.in_a_side_clause_with_a_verb(self.low, done[0].start, done[0].end, window,
                                                           self.clauses):
                # (a holiday's day, or a day in a side clause, dates what it names, no speech: "slowed around the
                # holiday, which fell on Feb. 17, but suppliers said they picked up again in March")
                continue
            if day.precision == "day" and day.first_day is not None and day.first_day < self.anchor:
                # (a verb of saying right before the date is the date's own, no speech told of: "summoned officials on
                # July 31 over what they called security risks, and buyers were told in August to pause orders")
                return resolution.first_day > day.first_day and not finder.said_right_before(self.low, exp.start) \
                    and not lexicon.reporting_verbs().isdisjoint(
                    re.findall(r"[a-z]+", self.low[done[0].end:exp.start])) and finder.told_by_a_past_verb(
                    self.text, self.low, exp.start, exp.end, window, self.clauses)
        return False

    def _weekday_told_from(self, exp: finder.Expression, resolution: resolver.Resolution, window,
                           ref) -> resolver.Resolution | None:
        """A weekday alone read as the coming one in a clause that looks ahead, when that future is told from a day
        gone by (see _future_told_from): the first such day after that one, if earlier ("forecasts on Saturday
        evening had suggested the storms would clear before noon on Sunday", on a Monday: the Sunday just gone)."""
        if not _a_weekday_alone(exp.parts) or self.anchor is None or resolution.first_day is None \
                or resolution.first_day <= self.anchor:
            return None
        told_from = self._future_told_from(exp, window)
        if told_from is None:
            return None
        after = resolver.resolve(exp.parts, told_from + dt.timedelta(days=1), "future", ref, self.locale)
        if after is None or after.first_day is None or after.first_day >= resolution.first_day:
            return None
        return after._replace(future=after.first_day > self.anchor)

    def _future_told_from(self, exp: finder.Expression, window) -> dt.date | None:
        """The day gone by its sentence named last before ``exp``, when a marker of the future told from the past
        (tense.tsv kind backshift: "would") stands between them ("said on Monday it would report on Thursday")."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        for done, said, *_ in reversed(self.resolved):
            if done.start < s_lo:
                return None
            if lexicon.backshifted_future().search(self.low, done.end, exp.start) is None:
                continue        # (a time of the day the weekday is of: "would clear before noon on Sunday")
            if said.precision != "day" or said.last_day is None or said.last_day >= self.anchor:
                return None
            return said.last_day
        return None

    def _said_before_it(self, exp: finder.Expression, window) -> resolver.Resolution | None:
        """The past day or month its sentence named last before ``exp``, when it tells when a verb of saying right
        before it was said ("said in March that it would ...")."""
        if not self.resolved:
            return None
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        done = self.resolved[-1]
        if len(self.resolved) > 1 and done[0].start >= s_lo and done[1].precision not in ("day", "month") \
                and self.resolved[-2][0].start >= s_lo:
            # ("came in June 2023, when Alibaba said Zhang, who had run the group since 2015, would hand the role
            # to Tsai in September": a year told of in an aside about someone does not tell when it was said)
            done = self.resolved[-2]
        said = done[1]
        if done[0].start < s_lo or said.last_day is None \
                or said.last_day >= self.anchor or said.precision not in ("day", "month"):
            return None
        if finder.said_right_before(self.low, done[0].start):
            return said
        # ("In February, after DeepSeek released its R1 model, Baidu said it would make its chatbot free from April
        # 1": a date that opens the sentence, set off by a comma, tells when the verb of saying in it was said)
        # ("The fight began on Feb. 11, when JD.com announced it would waive commissions ... before May 1": so does a
        # date before a clause of its background)
        background = lexicon.background_after_a_date().match(self.low, done[0].end)
        if background is not None or (len(self.low[s_lo:done[0].start].split()) <= 1
                                      and self.low.startswith(",", done[0].end)):
            words = lexicon.tense_words()[0]
            reporting = lexicon.announcing_verbs()
            if any(word in reporting and words.get(word) == "past"
                   for word in _A_WORD.findall(self.low, done[0].end, exp.start)):
                return said
        return None

    def _open_an_entry(self, exp: finder.Expression) -> None:
        """Is ``exp`` the date that opens an entry of a chronology, a line "May 12: ..."?  The line's verbs
        are then in the historic present, no marker of the future.  (A clock time alone stamps an entry of a
        live report, told as it happens: "12:00 pm: Mainland markets reopen on Wednesday" is the coming one.)"""
        if _a_clock_time_alone(exp.parts):
            return
        # (the start of the line is looked for only inside an entry: most dates are in none, and a long line read
        # back for each of its dates would cost its length times their number)
        if exp.start < self.entry_end and self.reference is not None and not self.weekday_entry \
                and self.reference_start >= _line_start(self.text, exp.start) \
                and self.story_told and self.anchor is not None and self.reference.last() < self.anchor \
                and _lacks_year(exp.parts) \
                and "weekday" not in exp.parts and "in_story" not in exp.parts:
            # "2022 - Regulators signal the campaign is easing; Didi is fined in July": in the entry's past year
            # (not in the base of a comparison: "DOUBLE 11: ... a week earlier than last year. The event runs
            # until Nov. 11"; nor in a line a weekday heads, a week told day by day, read as any clause is:
            # "Tuesday: ... said it would cut 1,200 jobs by the end of March", in November, is next March)
            exp.parts = dict(exp.parts, in_story="sentence")
            return
        if exp.start < self.entry_end or not opens_an_entry(self.text, exp.start, exp.end):
            return
        line_end = self.text.find("\n", exp.end)
        self.entry_end = len(self.text) if line_end == -1 else line_end
        before, self.entry_start = self.entry_start, exp.start
        self.weekday_entry = _a_weekday_alone(exp.parts)
        self.live_entry = "hour" in exp.parts
        self.previous_entry_day, self.entry_day = self.entry_day, None
        if self.entries and _lacks_year(exp.parts) and "weekday" not in exp.parts:
            # "Oct. 24, 2020 - Ma criticises regulators ... / Nov. 3 - Ant's IPO is suspended": an entry goes on
            # from the one before, its date the first such after it (that has come: a live report that lists
            # its latest entry first goes back)
            exp.parts = dict(exp.parts, in_story=True)
            if len(self.entry_dates) >= 2 and self.entry_dates[-2].last() < self.entry_dates[-1].first():
                # a chronology told in order goes on in order, past the day of writing too (a timetable "- Oct. 12:
                # Greater Anglia / - Feb. 1: West Midlands Trains", in December, is next February); one whose
                # order is not yet told may list its latest entry first
                exp.parts["in_order"] = True
            # (from the date that opened the entry before, not from one its text named: "- Sept. 30: The deadline
            # for new climate plans, with targets for 2035. / - Nov. 9: COP31 opens" is the Nov. 9 after Sept. 30)
            self.entry_goes_on_from = next((r.period for e, r, *_ in self._resolved_from(before) if e.start == before),
                                           None) if before < self.reference_start else None
        self.entries += 1

    def _reported_in_the_present(self, exp: finder.Expression, window) -> bool:
        """Does a verb of saying, its subject and a verb in the present (tense.tsv kind reported_present) open the
        clause of ``exp``, no other marker of tense between them and it ("said there is little left in its budget for
        the fourth quarter")?"""
        s_lo, _ = self.clauses.sentence(exp.start, exp.end, window)
        opening = lexicon.last_match(lexicon.reported_present(), self.low, s_lo, exp.start)
        return opening is not None and not any(opening.end() <= s and e <= exp.start
                                               for s, e, _, _ in self.clauses.markers(s_lo, exp.start))

    def _connector_looks_ahead(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Is ``exp`` named as the earliest time something may happen ("as early as the June quarter", a
        connector of kind ahead), in a clause not in the past perfect ("had hoped to list as early as the
        June quarter")?  (A deadline says less: "accelerated through the December quarter".)"""
        return "ahead" in befores and "pluperfect" not in finder.clause_tenses(
            self.text, self.low, exp.start, exp.end, window, self.clauses)

    def _the_morning_after_a_night_told(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a part of the day that opens a day ("by the morning"), with no day of its own, told in the
        sentence of a day the text told last by its evening or night ("on the night of April 8"), or in the very next
        sentence of its paragraph ("The frost came on the night of March 3. By the morning the buds were brown")?  The
        morning after a night is the next day's."""
        if not (self.resolved and _a_daypart_of_the_day_told(exp.parts, article_too=True)
                and finder.an_early_part_of_its_day(exp.parts) and not exp.parts.get("shift")):
            return False
        told = self.resolved[-1][0]
        return told.end <= exp.start and "day" in told.parts \
            and finder.told_late_in_its_day(self.low, told.start, told.parts) \
            and len(_SENTENCE_STOP.findall(self.low, told.end, exp.start)) <= 1 \
            and "\n" not in self.low[told.end:exp.start]

    def _deadline_looks_ahead(self, exp: finder.Expression, window) -> bool:
        """Is the deadline before ``exp`` ("by the June quarter") in a clause not about the past ("accelerated
        through the December quarter", "had hoped to list by the June quarter"; who said it, after a comma,
        does not tell: "may turn profitable by the June quarter, its chief executive said"; nor does a verb of saying
        in the past that reports a forecast: "said in February that the disruption could last into the second half",
        in March)?"""
        text, low, clauses = self.text, self.low, self.clauses
        return (finder.clause_tense(text, low, exp.start, exp.end, window, clauses, ahead=True) != "past"
                or finder.is_forecast(text, low, exp.start, exp.end, window, clauses)) \
            and "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses)

    def _from_now(self, exp: finder.Expression, resolution: resolver.Resolution,
                  window) -> resolver.Resolution:
        """"over the next three years" counts from the day it was said: the day, month or past year its
        sentence named before it ("said in February it would spend ... over the next three years", "In 2019
        it pledged to invest ... over the next three years"), unless it stands in a clause of its own
        ("rose in March, and expects growth over the next three years"), else from the publication date.
        Looking ahead in a clause about the past ("For the next six years, the group seemed unstoppable")
        counts from a time the story told of: no stretch on the timeline then."""
        if self.topic is not None:
            # "the past four quarters" in a report on a quarter end with that quarter
            quarters = resolver.quarters_up_to(exp.parts, self.topic, resolution.value, resolution.mod)
            if quarters is not None:
                return quarters
        reference, told = self.reference, self._time_of_the_telling(exp, window)
        if told is not None:
            if told.gran != "Y":
                return resolver.stretch_from(exp.parts, told.first(), resolution.value, resolution.mod, self.anchor) \
                    or resolution
            if told.year < self.anchor.year:
                # "In 2019 it pledged to invest 100 billion yuan over the next three years": 2019 to 2022
                years = resolver.years_from(exp.parts, told.year, resolution.value, resolution.mod, self.anchor)
                if years is not None:
                    return years
        elif window is not None and reference is not None and self.reference_window == window \
                and self.reference_end <= exp.start and self.story_told and reference.gran == "S" \
                and self.anchor is not None and reference.last() < self.anchor \
                and not self._in_a_clause_of_its_own(exp, window):
            # "At a strategy meeting in the autumn of 2024, ... the margins would fall below zero within 18 months":
            # counted from a day of that season no one told, so from no day the timeline has (a quarter is what was
            # reported, not when: "Reporting ... for the December quarter, Wu says ... over the next three years")
            return _off_the_timeline(resolution)
        own = self._own_clause_of_a_count_ahead(exp, window)
        if resolution.future and finder.clause_tense(
                self.text, self.low, exp.start, exp.end, own, self.clauses) == "past" \
                and not finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                and not self._reported_by_a_saying(exp, window) \
                and not self._told_up_to_now(exp, window):
            # (a forecast reported in the past still looks ahead from now: "said Kestrel could reach $10 billion in
            # annual revenue within three years"; so does a plan a verb of saying reports: "said its board had
            # approved a buyback over the next 12 months" counts them from the telling)
            return _off_the_timeline(resolution)
        if self.anchor is not None:
            # "the past three quarters", "the last two fiscal years": those that have ended
            return resolver.whole_periods_before(exp.parts, self.anchor, resolution.value, resolution.mod) \
                or resolver.whole_periods_ahead(exp.parts, self.anchor, resolution.value, resolution.mod) \
                or resolution
        return resolution

    def _time_of_the_telling(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The day, month or year gone by that ``exp``'s sentence named before a stretch ahead as the time it was said
        ("said in February it would spend ... over the next three years"), unless the stretch stands in a clause of
        its own ("rose in March, and expects growth over the next three years"); else None."""
        reference = self.reference
        if window is not None and reference is not None and self.reference_window == window \
                and self.reference_end <= exp.start and self.story_told and reference.gran in ("D", "M", "Y") \
                and self.anchor is not None and reference.first() <= self.anchor \
                and not self._reference_told_ahead() \
                and not self._in_a_clause_of_its_own(exp, window) \
                and lexicon.up_to_now().search(self.low, self.reference_end, exp.start) is None \
                and lexicon.results_for_before().search(
                    self.low, max(0, self.reference_start - _TIED_WORDS_REACH), self.reference_start) is None \
                and not (finder.qualifies_the_subject(self.low, self.reference_start, self.reference_end)
                         and finder.clause_tenses(self.text, self.low, exp.start, exp.end, window,
                                                  self.clauses).isdisjoint(lexicon.PAST_TENSES)):
            # (a date that only says which thing the subject is tells no time it was said: "A comet discovered in May
            # could be visible over the next two weeks" counts from now; told in the past, "A study published in
            # 2021 had estimated a 30% chance within 30 years", the thing dated is what said it); nor does one a plan
            # told as holding up to now follows ("reported revenue last month and has said it will invest £10 billion
            # over the next five years" counts from now, as "has pledged" alone does), nor the period results are for
            # ("said revenue for 2025 rose 3% and that it would invest ... over the next five years": from now)
            return reference
        return self._time_a_saying_after_it_tells(exp, window) or self._day_of_a_saying_before_it(exp, window)

    def _reference_told_ahead(self) -> bool:
        """Was the reference, a period under way, told as a time still to come ("is on course for its busiest
        December in two decades, with 11 companies planning to raise money in the next two weeks", on Dec. 13)?  No
        one said anything then: a stretch ahead after it counts from now, not from its first day."""
        told = next((r for e, r, *_ in reversed(self.resolved) if e.start == self.reference_start), None)
        return told is not None and told.future

    def _day_or_month_gone_told_before(self, exp: finder.Expression, window) \
            -> tuple[int | None, tuple[finder.Expression, resolver.Period] | None]:
        """The start of ``exp``'s sentence and the last date that sentence named before ``exp``, with its period,
        when that date is a day or month gone by; (None, None) otherwise.  The one date a saying told in the same
        sentence can lend a plan."""
        if window is None or self.anchor is None:
            return None, None
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = next(((e, r.period) for e, r, *_ in self._resolved_from(s_lo) if e.end <= exp.start), None)
        if told is None or told[1] is None or told[1].gran not in ("D", "M") or told[1].first() > self.anchor:
            return s_lo, None
        return s_lo, told

    def _day_of_a_saying_before_it(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The last day or month gone by that ``exp``'s sentence named right after a verb of saying in the past
        (tense.tsv kind reporting) or of announcing (kind announcing), when ``exp`` stands in the clause that verb
        reports: a plan said then counts from then, even in a clause of background the story did not move to ("has
        been courting retailers since Alibaba said in February it would spend ... over the next three years": from
        February; "since it announced in February that it would spend": the same)."""
        s_lo, told = self._day_or_month_gone_told_before(exp, window)
        if told is None:
            return None
        verb = next(((s, e, listed) for s, e, tense, listed in reversed(self.clauses.markers(s_lo, told[0].start))
                     if tense in lexicon.PAST_TENSES), None)
        if verb is None or not verb[2] or lexicon.squash(self.low[verb[0]:verb[1]]) not in lexicon.announcing_verbs() \
                or lexicon.verb_to_date_gap().fullmatch(self.low, verb[1], told[0].start) is None \
                or self._an_aside_closed_between(s_lo, verb[0], told[0].end, exp.start):
            return None
        return None if self._in_a_clause_of_its_own(exp, window, told[0].end) else told[1]

    def _an_aside_closed_between(self, lo: int, verb_start: int, start: int, end: int) -> bool:
        """Does a relative clause set off by commas that holds the verb at ``verb_start`` close between ``start`` and
        ``end``, the main clause going on after it ("the union, which said in January it would strike, is calling for
        talks over the next two months": the talks are no part of what was said)?"""
        comma = self.low.find(",", start, end)
        while comma >= 0:
            closing = _APPOSITION.match(self.low, comma).end()
            aside = lexicon.relative_aside_before().search(self.low, lo, closing)
            if aside is not None and aside.start() < verb_start:
                return True
            comma = self.low.find(",", comma + 1, end)
        return False

    def _time_a_saying_after_it_tells(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The last day or month gone by that ``exp``'s sentence named before it, when a clause of background opened
        right after it holds a verb of saying in the past before ``exp`` ("a push he set out in September, when he
        said it would open ten regions over the next year"): a date that only qualified a noun did not become the
        story's, yet the saying is of its time."""
        s_lo, told = self._day_or_month_gone_told_before(exp, window)
        if told is None:
            return None
        # (only in a clause of background opened right after that date: "Venkataraman, who joined in April 2020, said
        # the company would hire 300 staff in the next 18 months" said it later, not when she joined)
        saying = lexicon.background_after_a_date().match(self.low, told[0].end) is not None and any(
            listed and tense in lexicon.PAST_TENSES and lexicon.squash(self.low[s:e]) in lexicon.reporting_verbs()
            for s, e, tense, listed in self.clauses.markers(told[0].end, exp.start))
        return told[1] if saying and not self._in_a_clause_of_its_own(exp, window, told[0].end) else None

    def _end_before_its_report(self, index: int, exp: finder.Expression, following: finder.Expression,
                               end: resolver.Resolution | None) -> resolver.Resolution | None:
        """The end of a stretch whose results are to be reported on a date told right after it: the last such day
        before the report ("would report its results for the year to June 30 in September", in January, ends on
        the coming June 30, the year under way; in August, the June 30 gone).  None when no report to come is told
        so, or the stretch's end names its year."""
        anchor = self.anchor
        if anchor is None or end is None or end.last_day is None or index + 2 >= len(self.expressions) \
                or not resolver.needs_tense(following.parts) \
                or not _kind_just_before(self.low, "results_for", exp.start, _NOUN_FOR_REACH):
            return None
        report = self.expressions[index + 2]
        if lexicon.kind_gap("report_day_preposition").fullmatch(self.low, following.end, report.start) is None \
                or self._tense_of_its_clause(report) not in resolver.AHEAD:
            return None
        told = resolver.resolve(report.parts, anchor, "future", self.reference, self.locale)
        if told is None or told.first_day is None or told.first_day <= anchor:
            return None
        # (a report gives a stretch already over: its end is the last such day before the report, not one after it)
        for year in (told.first_day.year, told.first_day.year - 1):
            moved = resolver.resolve(dict(following.parts, year=year), anchor, "", self.reference, self.locale)
            if moved is not None and moved.last_day is not None and moved.last_day < told.first_day:
                return moved
        return None

    def _booked_ahead(self, exp: finder.Expression) -> bool:
        """Does a noun of sales made ahead and its "for" stand right before ``exp``, or before the date ``exp`` is
        coordinated with ("bookings for July and August": August too)?"""
        start = exp.start
        if self.resolved:
            last = self.resolved[-1][0]
            if last.end <= start and lexicon.shared_year_gaps().fullmatch(self.low, last.end, start):
                start = last.start
        if lexicon.bookings_right_before().search(self.low, max(0, start - _BOOKINGS_REACH), start) is not None:
            return True
        # (or a thing being readied for it in the present progressive: "is hiring two more workers for the spring")
        if lexicon.progressive_for_before().search(self.low, max(0, start - _BOOKINGS_REACH), start) is not None:
            return True
        # (or the period names the units booked, as their adjective: "had covered 38% of its fourth-quarter days")
        share, units = lexicon.booked_share_around()
        if share.search(self.low, max(0, exp.start - _BOOKINGS_REACH), exp.start) is not None \
                and units.match(self.low, exp.end) is not None:
            return True
        # (or the period fronts its sentence, which books a share of units for it: "For the third quarter, the company
        # said it had fixed 71% of its days")
        opener, booked = lexicon.booked_period_fronted()
        return opener.search(self.low, max(0, exp.start - _BOOKINGS_REACH), exp.start) is not None \
            and booked.match(self.low, exp.end) is not None

    def _told_up_to_now(self, exp: finder.Expression, window) -> bool:
        """Does a word that tells its sentence up to now (tense.tsv kind to_now), a plan in the present perfect among
        them, stand before the stretch ahead ``exp`` in its sentence ("has pledged 50 billion yuan in subsidies over
        the next 12 months", "has committed to invest a further £30 million over the next three years")?  The plan
        holds as of now, so its stretch counts from now, not from a time the story told of."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return lexicon.up_to_now().search(self.low, s_lo, exp.start) is not None

    def _right_after_a_past_verb(self, exp: finder.Expression, window) -> bool:
        """Does a verb in the past stand right before ``exp``, nothing between ("it pledged a year ago")?"""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        markers = self.clauses.markers(s_lo, exp.start)
        return bool(markers) and markers[-1][2] in lexicon.PAST_TENSES \
            and not self.low[markers[-1][1]:exp.start].strip()

    def _pluperfect_reported(self, exp: finder.Expression, window) -> bool:
        """Is the past perfect of ``exp``'s clause reported by a verb of saying right before its subject ("said he had
        sent")?  It is the present perfect of the one who spoke, backshifted."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return any(tense == "pluperfect" and finder.a_saying_before_the_subject(self.low, s_lo, s)
                   for s, _, tense, _ in self.clauses.markers(s_lo, exp.start))

    def _reported_by_a_saying(self, exp: finder.Expression, window, requested: bool = False) -> bool:
        """Does a verb of saying in the past (tense.tsv kind reporting) stand before ``exp`` in its sentence, ahead of
        the verb in the past of the clause ``exp`` is in ("The company said its board had approved a buyback over the
        next 12 months")?  What that clause tells was told with the saying, and a stretch it counts ahead counts from
        then, not from a time the story told of ("For the next six years, the group seemed unstoppable").
        ``requested``: only when that clause's verb is one of asking or ordering (tense.tsv kind request), whose time is
        a deadline set then ("said on Tuesday it had asked Alibaba for a detailed report within 14 days"), not a count
        of what took that long ("said it had doubled its revenue within three years")."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        markers = self.clauses.markers(s_lo, exp.start)
        verbs = [i for i, (_, _, tense, _) in enumerate(markers) if tense in lexicon.PAST_TENSES]
        if len(verbs) < 2:
            return False
        s, e, _, listed = markers[verbs[0]]
        if not (listed and lexicon.squash(self.low[s:e]) in lexicon.reporting_verbs()):
            return False
        if not requested:
            return True
        told = next((self.low[s:e] for s, e, tense, _ in markers[verbs[0] + 1:] if tense == "past"), None)
        return told is not None and lexicon.squash(told) in lexicon.request_words()

    def _day_of_the_telling(self, exp: finder.Expression, window) -> dt.date | None:
        """The past day a verb of saying tells it was said on in its sentence ("said on Thursday", "said Thursday"),
        before a count of days or weeks ahead from now that the saying reports ("The judge said on Thursday the
        defence has to file its motion within 14 days", published on Friday, is Thursday to two weeks after): a time
        given then runs from the telling, not from the day of writing.  A saying with no day of its sentence goes on
        from the last one its paragraph or the one before dated ("Lawyers for the shareholders said Thursday ... /
        His lawyer said outside the courthouse that he would file a motion within 14 days" is Thursday's).  Else
        None."""
        if exp.start not in self.counted_ahead or exp.parts.get("unit") not in ("D", "W") or self.anchor is None:
            return None
        restated = self._origin_of_a_count_restated_by_a_deadline(exp)
        if restated is not None:
            return restated
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = self._day_of_a_saying(s_lo, exp.start)
        if told is not None or any(e.start < exp.start for e, *_ in self._resolved_from(s_lo)) \
                or not self._opened_by_a_past_saying(s_lo, exp.start):
            return told
        line = self.text.rfind("\n", 0, s_lo)
        before = _line_break_before_the_last_line(self.text, line)
        return self._day_of_a_saying(before + 1, s_lo) if line > 0 else None

    def _origin_of_a_count_restated_by_a_deadline(self, exp: finder.Expression) -> dt.date | None:
        """A count ahead that a deadline set off by a comma right after it restates ("are to withdraw within 60
        days, by Jan. 26") runs up to that day, whatever day the text was written on: the day it counts from is that
        many days or weeks before it.  Else None."""
        after = self._expression_after(exp.end)
        row = _before_kinds(self.low, after.start).get("deadline") if after is not None else None
        # (a deadline restates the count only when a comma alone sets it off: words between may date another thing,
        # "within 60 days of the ruling and by Jan. 26 at the latest")
        if row is None or not _APPOSITION.fullmatch(
                self.low, exp.end, _connector_start(self.low, after.start, self.connectors.rows[row]["before"])):
            return None
        day = resolver.resolve(after.parts, self.anchor, "future", None, self.locale)
        if day is None or day.period is None or day.period.gran != "D":
            return None
        return day.first_day - dt.timedelta(days=exp.parts["count"] * (7 if exp.parts["unit"] == "W" else 1))

    def _opened_by_a_past_saying(self, s_lo: int, hi: int) -> bool:
        """Is the first verb of text[s_lo:hi] (a sentence's start) a verb of saying in the past (tense.tsv kind
        reporting: "His lawyer said outside the courthouse that")?"""
        markers = self.clauses.markers(s_lo, hi)
        if not markers:
            return False
        s, e, tense, listed = markers[0]
        return listed and tense in lexicon.PAST_TENSES and lexicon.squash(self.low[s:e]) in lexicon.reporting_verbs()

    def _day_of_a_saying(self, lo: int, hi: int) -> dt.date | None:
        """The last past day told right after a verb of saying between ``lo`` and ``hi`` ("said Thursday")."""
        for told, resolution, *_ in self._resolved_from(lo):
            period = resolution.period
            if told.end <= hi and period is not None and period.gran == "D" \
                    and period.first() < self.anchor and finder.said_right_before(self.low, told.start):
                return period.first()
        return None

    def _period_named_in_the_paragraph(self, exp: finder.Expression, told_of):
        """What "the period" is on when the text last named a day or month: the quarter, half, season or fiscal year
        named before it in the paragraph, if any ("will report results for the quarter ending June 30 in early August.
        Analysts expect revenue growth to slow to about 4% in the period": that quarter, not August; "the summer
        box office ended on Sunday ... down from the same period last year": last summer; "in the 2024/25 fiscal year,
        ..., the chief executive told reporters on Thursday. The airline carried 19.4 million passengers in the
        period": that fiscal year)."""
        if told_of is None or told_of.gran not in ("D", "M"):
            return told_of
        named = [self.named[gran] for gran in ("Q", "H", "S", "FY") if gran in self.named]
        if not named:
            return told_of
        period, _, end, _ = max(named, key=lambda n: n[2])
        return period if self.text.find("\n", end, exp.start) == -1 else told_of

    def _day_of_the_entry(self, exp: finder.Expression, tense: str = "") -> dt.date | None:
        """The day a word of the day of writing ("overnight", "this morning", "yesterday") counts from in an entry of
        a chronology opened by a past day: an entry is told as of its own day ("TUESDAY, JAN. 13 - The plume rose to
        11 km overnight", published on Jan. 17, is the night into Jan. 13).  In an entry opened by a day with its
        year, so does any date that has no year of its own and names none told before it: a day or a period named
        without its year, a stretch counted from now ("Sept. 10, 2023 - Wu takes over, a handover announced on June
        20": that June; "Feb. 20, 2025 - Wu says Alibaba will spend 380 billion yuan over the next three years":
        from that February).  (Not a weekday: in the historic present of an entry it may be the entry's week or the
        coming one, "Feb. 4: A 10% tariff takes effect on Friday"; told in the past, ``tense``, it is the one on or
        before the entry's day, "Nov. 8: An error ... was corrected on Friday" is Nov. 8, not the Friday before the
        day of writing.)"""
        if exp.start >= self.entry_end or self.anchor is None:
            return None
        entry = next(((e, r.period) for e, r, *_ in self._resolved_from(self.entry_start)
                      if e.start == self.entry_start), None)
        if entry is not None and entry[1] is not None and entry[1].gran in ("D", "M") \
                and entry[1].first() > self.anchor \
                and exp.parts.get("unit") in ("Q", "H") and "ordinal" in exp.parts \
                and exp.parts.keys().isdisjoint(("year", "yy", "shift", "anaphoric", "det")):
            # a calendar of dates ahead tells what each day holds: "Nov. 12 (provisional): third-quarter results"
            # are of the quarter that closes before that day, not the last one closed before the day of writing
            return entry[1].first()
        if entry is not None and entry[1] is not None and entry[1].gran == "D" \
                and exp.start != self.entry_start and _a_clock_time_alone(exp.parts):
            # (a clock time in a calendar's entry is when that day's event starts, whatever participle describes the
            # event: "- Saturday, Sept. 28: Dawn comet watch, hosted by the society, from 5:30 a.m."; so it is in a
            # chronology's entry of a day gone: "- July 8: strike begins at 6 a.m.")
            return entry[1].first()
        if entry is None or entry[1] is None or entry[1].gran != "D" or entry[1].first() >= self.anchor:
            return None
        if tense == "past" and (_a_weekday_alone(exp.parts) or exp.parts == _THE_WEEKEND) \
                and exp.start != self.entry_start and not exp.parts.get("anaphoric"):
            # (so is "the weekend" told in the past: "Oct. 13 - Shares opened lower after Washington threatened
            # tariffs over the weekend" is Oct. 11-12, not the weekend of writing)
            return entry[1].first()
        if str(exp.parts.get("ref_value", "")).startswith("D") or (
                "year" in entry[0].parts and exp.start != self.entry_start and "year" not in exp.parts
                and not exp.parts.get("anaphoric") and "weekday" not in exp.parts):
            return self._night_after_the_days_happenings(exp, entry[0].end, entry[1].first())
        return None

    def _day_a_market_followed_overnight(self, exp: finder.Expression, window) -> dt.date | None:
        """The past day its sentence told before an "overnight" said of a market's move or session ("London shares
        closed sharply lower Friday, depressed by overnight losses in New York", written on Monday; "fell on Friday
        after its ADRs slid overnight in New York"): a market story tells the session another market closed the night
        before the day it is on, not the night before the writing, so "overnight" counts from that day.  Else None."""
        if self.anchor is None or exp.parts.get("ref_type") != "TIME" \
                or not str(exp.parts.get("ref_value", "")).endswith(finder.NIGHT) \
                or not finder.tells_another_market_s_session(self.low, exp.start, exp.end):
            return None
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        for told, resolution, *_ in reversed(self.resolved):
            if told.start < sentence_start:
                return None
            if resolution.first_day is not None and resolution.precision == "day":
                if resolution.first_day >= self.anchor or not finder.links_a_cause_last(self.low, told.end, exp.start):
                    return None     # (a clause coordinated after the day's tells the session that followed it)
                return resolution.first_day
        return None

    def _day_a_log_section_is_written_on(self, exp: finder.Expression) -> dt.date | None:
        """The past day heading alone on its line the section of a log ``exp`` stands in, when ``exp`` is a word that
        counts from the day of writing ("overnight", "yesterday", "this morning", "last week"): a log's section is
        written on the day that heads it ("Monday, May 18 / Wind at Camp 3 overnight", published on May 25, is the
        night into May 18; "Sunday, May 10 / ... at Camp 3 last week" the week before May 10).  Else None."""
        parts = exp.parts
        if self.anchor is None or not (str(parts.get("ref_value", "")).startswith("D")
                                       or ("daypart" in parts and parts.get("shift") == 0) or parts == _THE_WEEKEND
                                       or (parts.get("unit") in ("D", "W") and "shift" in parts
                                           and parts.keys().isdisjoint(("count", "det", "anaphoric")))):
            return None
        section = self._day_of_the_section(exp)
        if section is None or section[0].gran != "D" or section[0].first() >= self.anchor:
            return None
        return self._night_after_the_days_happenings(exp, section[1], section[0].first())

    def _night_after_the_days_happenings(self, exp: finder.Expression, header_end: int, day: dt.date) -> dt.date:
        """The day "overnight" counts from under a day heading: the heading's day, so that it is the night into
        it ("Monday, May 18 / Wind at Camp 3 overnight"), unless a sentence of that day's happenings comes before it
        under the heading: a section told in order then goes on to the night after them ("Wednesday: Work began on a
        rescue shaft. Heavy rain slowed the rig overnight." is Wednesday night), counted from the day after.  So does
        a clause of its own sentence told in the past before it ("Wednesday: A private levee failed, and the town was
        evacuated overnight"; see _a_past_clause_before)."""
        if not str(exp.parts.get("ref_value", "")).endswith(finder.NIGHT):
            return day
        start = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        if start > header_end and _A_WORD.search(self.low, header_end, start) is not None:
            return day + dt.timedelta(days=1)
        if self._a_past_clause_before(exp, max(start, header_end)):
            return day + dt.timedelta(days=1)
        return day

    def _own_clause_of(self, exp: finder.Expression) -> tuple[int, int]:
        """``exp``'s sentence cut where a comma and a coordinator open a clause before or after it ("reported
        first-quarter results in late April, [and third-quarter results on Oct. 28]")."""
        s_lo, s_hi = self._up_to_the_next_clause(exp, self.clauses.sentence(exp.start, exp.end, None))
        breaks = lexicon.coordinated_clause(spaced=True)
        opened_before = [m.start() for m in breaks.finditer(self.low, s_lo, exp.start)]
        return (opened_before[-1] if opened_before else s_lo), s_hi

    def _up_to_the_next_clause(self, exp: finder.Expression, window) -> tuple[int, int] | None:
        """``exp``'s sentence cut where a comma and a coordinator open a clause of its own after it: the tense of that
        clause is not ``exp``'s ("have 10 days to respond, and their lawyer said they would decide by Friday")."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        opened = lexicon.coordinated_clause(spaced=True).search(self.low, exp.end, s_hi)
        return window if opened is None else (s_lo, opened.start())

    def _own_clause_of_a_count_ahead(self, exp: finder.Expression, window) -> tuple[int, int] | None:
        """The window whose tense ``exp`` keeps: a count ahead from now keeps that of its own clause, not of one
        coordinated after it (see _up_to_the_next_clause); any other date, its sentence's."""
        return self._up_to_the_next_clause(exp, window) if exp.start in self.counted_ahead else window

    def _a_past_clause_before(self, exp: finder.Expression, lo: int) -> bool:
        """Is there, from ``lo`` to ``exp`` in its sentence, a clause told in the past that a comma and a
        coordinator close before ``exp``'s own clause ("A private levee failed near Clarksville, and the town was
        evacuated overnight")?  A section told in order tells that happening before the night it names; a phrase
        without a verb ("Wind at Camp 3 overnight") or a verb of ``exp``'s own clause ("was evacuated overnight
        after a levee failed") is no such clause."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        breaks = [m.start() for m in lexicon.coordinated_clause(spaced=True).finditer(self.low, lo, exp.start)]
        if not breaks:
            return False
        return any(lo <= s and e <= breaks[-1] and tense == "past"
                   for s, e, tense, _ in self.clauses.markers(s_lo, s_hi))

    def _reported_on_a_day_before_its_end(self, exp: finder.Expression, ref, window) -> bool:
        """Is ``exp`` ("the quarter") told of results its sentence dates to a day before ``ref``, the report's period,
        had ended?  Results are on a period ended before they came out: "Alibaba's last results, on Feb. 19, showed
        capital expenditure of 38.7 billion yuan for the quarter" is the December quarter's, whatever quarter the
        preview around it is on."""
        day = self.reference
        if ref is None or ref.gran != "Q" or day is None or day.gran != "D" or self.anchor is None \
                or not ref.first() <= day.first() <= ref.last() or day.first() >= self.anchor:
            return False
        start, end = self.clauses.sentence(exp.start, exp.end, window)
        return start <= self.reference_start \
            and lexicon.reporting_year_words().search(self.low, start, end) is not None

    def _topic_of_the_paragraph(self, exp: finder.Expression) -> resolver.Period:
        """The report's period "the period", "the quarter" speak of: the topic, unless the paragraph has not named it
        but named another quarter or half before them ("said on August 29 that revenue grew 26% in the June quarter
        ... and spent 38.6 billion yuan in the period", paragraphs after the March quarter's results).  (Within the
        topic's own paragraph another quarter is named only in passing: "after a flat second quarter".)"""
        paragraph = _line_start(self.text, exp.start)
        named = [n for n in (self.named.get(gran) for gran in ("Q", "H")) if n is not None and paragraph <= n[1]]
        if not named:
            return self.topic
        period = max(named, key=lambda n: n[2])[0]
        # (a quarter named by its place in a fiscal year may be the one named again by its calendar: "earned $5.2
        # million in the fiscal first quarter. / Sun reported sales for the quarter ended Sept. 29")
        named_at = self.topic_named.start if self.topic_named is not None else 0
        fiscal = self.topic_named is not None and self.topic_named.parts.get("fiscal")
        return self.topic if fiscal or paragraph <= named_at or any(
            e.start < exp.start and r.period == self.topic for e, r, *_ in self._resolved_from(paragraph)) else period

    def _half_year_told_last(self, exp: finder.Expression) -> resolver.Resolution | None:
        """The reading of the latest half-year gone by that the text told before ``exp``, or None: a report's half is
        the newest it tells of, not the base it is compared with ("compared with A$1.02 billion in 1H FY25"), nor one
        to come ("we expect the second half to be stronger")."""
        told = [reading for earlier, reading, *_ in self.resolved
                if earlier.end <= exp.start and reading.on_calendar and not reading.future and _a_half_year(reading)]
        return max(told, key=lambda reading: reading.last_day, default=None)

    def _base_of_a_period_s_figure(self, exp: finder.Expression) -> dict | None:
        """The parts that count ``exp`` back from the period of the figure it dates as the base of a comparison
        ("compared with $3 million last year", "from last year's $1.55 billion"): "a year earlier" when its
        sentence told of a quarter, half or month last, "a year ago" when it told no date and the report is on a
        quarter or half; else None.  A figure named a year's after that period has the year before as its base
        ("Third-quarter sales rose 5%, and full-year sales were $8 billion, compared with $7.5 billion last year")."""
        if not (self._a_comparison_base(exp) and _A_FIGURE_AFTER_ITS_POSSESSIVE.match(self.low, exp.end)) \
                and not self._after_a_figure_compared(exp):
            return None
        sentence_start = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        if self.reference_start >= sentence_start:
            return _A_YEAR_EARLIER if self.reference is not None \
                and self.reference.gran in _PERIODS_OF_A_REPORTED_FIGURE \
                and lexicon.yearly_figure_word().search(self.low, self.reference_end, exp.start) is None else None
        return _A_YEAR_AGO if self.topic is not None and self.topic.gran in _PERIODS_OF_A_REPORTED_FIGURE else None

    def _resolved_from(self, start: int):
        """The expressions read from ``start`` on, with their readings, the latest first (read in the text's order,
        so a long text is not read over again for each)."""
        for entry in reversed(self.resolved):
            if entry[0].start < start:
                return
            yield entry

    def _a_month_ahead_past_a_month_gone(self, exp: finder.Expression, window, month: resolver.Period,
                                         month_end: int) -> bool:
        """Is ``exp`` "the month" in a clause of its own after a past month told before it (ending at ``month_end``),
        a clause that looks ahead from now ("Sales fell 8% in February, as buyers waited for subsidies that Beijing
        has promised to announce before the end of the month", in March)?  Then it is the month under way: a future
        told from then ("said in February it would ...") or in the month's own clause ("promised in February to
        publish rules by the end of the month") stays in that month."""
        low, anchor = self.low, self.anchor
        if anchor is None or month.last() >= anchor or resolver.unit_gran(exp.parts.get("unit")) != "M" \
                or lexicon.backshifted_future().search(low, month_end, exp.start) is not None:
            return False
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        # (the verb that looks ahead stands after the month: the month is in a clause before it)
        markers = [s for s, e, _ in self.clauses.future_markers(*sentence) if month_end <= s and e <= exp.start]
        if not markers:
            return False
        text, clauses = self.text, self.clauses
        tense = finder.clause_tense(text, low, exp.start, exp.end, window, clauses)
        # a plan counts only told in the present perfect ("has promised to announce"), not in the past ("pledged to");
        # a word of possibility before the bare verb of a deed looks ahead whatever the tense of its clause ("swarms
        # that formed in October could reach the coast by the end of the month", in November)
        return (tense == "future" or tense == "plan" and any(
            lexicon.present_perfect().search(low, max(month_end, s - _TWO_WORDS_BEFORE_REACH), s) for s in markers)
            or self._a_deed_possible_before(exp, window)) \
            and "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses)

    def _unit_named_in_the_paragraph(self, exp: finder.Expression, told_of):
        """What "the month", "the week" are when the text is on a longer period: the last month (week) its paragraph
        named ("January: The year began in gloom. The shares slipped 4.1% in the first week of the month": that
        January, not the month under way in the year)."""
        parts = exp.parts
        gran = resolver.unit_gran(parts.get("unit"))
        if gran in ("M", "W") and _names_the_period_told_of(parts) \
                and (told_of is None or resolver.finer(told_of.gran, gran)):
            # "said Thursday that the heat would persist through mid-August, with some relief in the final week of
            # the month": a day told before does not name the month; the month its sentence named since does
            since = told_of.last() if told_of is not None else None
            for earlier, reading, *_ in self._resolved_from(self.clauses.sentence(exp.start, exp.end)[0]):
                period = reading.period
                if earlier.end <= exp.start and period is not None and period.gran == gran and reading.on_calendar:
                    if self._a_month_ahead_past_a_month_gone(exp, self._window_of(exp.start), period, earlier.end):
                        # (nor does a past day or week told since, of the saying: "industry data showed last week")
                        return told_of if told_of is not None and told_of.first() > self.anchor else None
                    return period if since is None or period.first() > since else told_of
        if told_of is None or gran not in ("M", "W") or not _names_the_period_told_of(parts) \
                or not resolver.finer(gran, told_of.gran) or gran not in self.named:
            return told_of
        period, _, end, _ = self.named[gran]
        return period if end <= exp.start and self.text.find("\n", end, exp.start) == -1 else told_of

    def _the_quarter_or_half_restated(self, exp: finder.Expression) -> resolver.Period | None:
        """The quarter or half named last before ``exp`` in its paragraph when ``exp`` restates it by its months ("the
        same six months" after "revenue for the first half", though a month was told since: "reported in September that
        revenue for the first half rose 4%. Tmall sales more than doubled over the same six months"); else None."""
        parts = exp.parts
        if not parts.get("anaphoric") or parts.get("shift") != 0 or parts.get("unit") != "M" or "plus" in parts:
            return None
        gran = next((g for g in ("Q", "H") if resolver.UNIT_MONTHS[g] == parts.get("count")), None)
        if gran is None:
            return None
        paragraph = _line_start(self.low, exp.start)
        for told, resolution, *_ in reversed(self.resolved):
            if told.end <= paragraph:
                return None
            if resolution.period is not None and resolution.period.gran == gran and told.end <= exp.start \
                    and "direction" not in told.parts:
                # (a base counted back is no quarter the story reports: "in the third quarter, against a profit of
                # 13.6 billion yuan a year earlier. JD.com lost 15.7 billion yuan over the same three months")
                return resolution.period
        return None

    def _later_from_the_story(self, exp: finder.Expression, resolution: resolver.Resolution, ref,
                              window) -> resolver.Resolution | None:
        """A count of years (or decades, centuries) "later" that would pass the day of writing in a clause not about the
        future counts from the story's past, not from a date near now told in between ("a badge dated 15 July 2009 ...
        That spring he turned down a job ... he said in an interview last week. Seventeen years later, Wen, now 42, runs
        the unit": 2026, not 2043): the last date told before it from which it has come by now, or None."""
        parts, anchor = exp.parts, self.anchor
        if parts.get("direction") == "later" and parts.get("unit") == "M" and anchor is not None \
                and resolution.first_day is not None and resolution.first_day > anchor \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                not in resolver.AHEAD:
            # "We entered fiscal 2026 asking for patience. Twelve months later, our cloud business is growing", in May
            # 2026: months counted on past the day of writing count from the start of the last year told (a year
            # entered tells the state it opened on, no time the story goes on in)
            year = next((r.period for _, r, *_ in reversed(self.resolved) if r.period is not None
                         and r.period.gran in ("Y", "FY") and r.on_calendar), None)
            counted = None if year is None or year.first() > anchor else resolver.resolve(
                parts, anchor, "past", resolver._period_of("M", year.first()), self.locale)
            if counted is not None and counted.first_day is not None and counted.first_day <= anchor:
                return counted._replace(future=False)
        # (with no reference, the years told so far only in side clauses, the count goes on from the last of them:
        # "her pass was not ready when she joined in 2016. Nearly a decade later, she runs the unit" is about 2026)
        unplaced = ref is None and resolution is not None and resolution.first_day is None
        if not _years_on(parts) or anchor is None or resolution is None \
                or not unplaced and (ref is None or resolution.first_day is None or resolution.first_day <= anchor
                                     or ref.first() > anchor) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                in resolver.AHEAD \
                or finder.is_forecast(self.text, self.low, exp.start, exp.end, window, self.clauses):
            return None
        for earlier in reversed(self.resolved):
            period = earlier[1].period
            if period is None or ref is not None and period.last() >= ref.first() or not earlier[1].on_calendar:
                continue
            counted = resolver.resolve(parts, anchor, "past", period, self.locale)
            if counted is not None and counted.first_day is not None and counted.first_day <= anchor:
                return counted._replace(future=False)
        if parts.get("approx"):
            # "opened a workshop in 1884 ... Nearly a century and a half later, his heirs own": a rough count that
            # comes up to about now places no year of its own (not 2034)
            return _off_the_timeline(resolution)
        return None

    def _clock_time_counted_on(self, exp: finder.Expression,
                               resolution: resolver.Resolution) -> resolver.Resolution | None:
        """A count of hours or minutes "later" or "earlier" counts from the last day or time its paragraph told before
        it ("Polls closed at 7:30 p.m. on Tuesday, and results were posted about 40 minutes later": 20:10 that
        Tuesday), or the paragraph before ("the smoke rose at 6:07 p.m. on Thursday. / He stepped onto the loggia about
        an hour later": 19:07); a day told further back is too far for hours to count from."""
        parts = exp.parts
        if parts.get("direction") not in ("earlier", "later") \
                or not (resolver.counts_clock_time(parts) or resolver.counts_minutes_vaguely(parts)):
            return None
        # (found once: read again from each earlier date, it was read over for every date of a long text)
        paragraph = _last_whole_paragraph(self.text, exp.start)
        for at in range(len(self.resolved) - 1, -1, -1):
            told_exp, told = self.resolved[at][:2]
            if paragraph >= told_exp.end:
                return None
            if told_exp.end <= exp.start and told.on_calendar and told.period is not None:
                clock = _clock_of_its_day(self.resolved, at)
                if at == len(self.resolved) - 1 and clock.timex_type == "TIME" \
                        and _APPOSITION.fullmatch(self.low, told_exp.end, exp.start):
                    # set off right after a clock time, the count restates that time, counted from one told before
                    # ("lifted at 2:30 p.m. Monday, nearly 15 hours later," after a blast at 11:40 p.m. Sunday)
                    return clock
                return resolver.time_counted_from(parts, clock,
                                                  1 if parts["direction"] == "later" else -1, self.anchor,
                                                  resolution.mod)
        return None

    def _in_a_clause_of_its_own(self, exp: finder.Expression, window, lo: int | None = None) -> bool:
        """Does ``exp`` stand in a clause opened after the story's reference (or after ``lo``) that does not go on
        from it: one looking back to now ("peaked in October 2020, and they have traded in a range for most of the
        past two years"), or one not about the past ("Shares rose 5% in March, and the company expects
        growth over the next three years": from now, not from March)?"""
        low, lo = self.low, self._past_a_count_set_off(self.reference_end, exp.start) if lo is None else lo
        if lexicon.coordinated_clause().search(low, lo, exp.start) is None \
                and not finder.a_clause_opens(low, lo, exp.start):
            return False
        return resolver.counts_from_now(exp.parts) < 0 \
            or finder.clause_tense(self.text, low, exp.start, exp.end, window, self.clauses) != "past"

    def _past_a_count_set_off(self, lo: int, hi: int) -> int:
        """Where the clause the day ending at ``lo`` dates goes on, before ``hi``: past a count of days or weeks set
        off by a comma right after that day, up to the comma that closes it ("On Feb. 24, 2025, four days after
        results that showed cloud revenue growing 13%, Alibaba said"), as that phrase only places the day and opens
        no clause the day's sentence goes on in; else ``lo``."""
        count = None
        for told, *_ in self._resolved_from(lo):
            if told.start < hi:
                count = told    # (the first one after the day)
        if count is None or count.parts.get("unit") not in _DAY_COUNT_UNITS or "count" not in count.parts \
                or count_set_off_after_a_day().fullmatch(self.low, lo, count.start) is None:
            return lo
        closing = self.low.find(",", count.end, hi)
        return closing if closing >= 0 else lo

    def _holiday_in_the_period_told_of(self, holiday: finder.Expression,
                                       parts: dict) -> tuple[dict, resolver.Period | None]:
        """The parts and reference of a holiday a count of days or weeks runs up to, read in the period its
        sentence tells of as the holiday alone would be: "In 2024, stocks rose in the week before Easter" counts back
        from 2024's Easter, not the latest one. The count takes the holiday's day before the holiday's own reading
        runs, so that reading is asked of a copy here."""
        # (a day of a month too: "In 2025, the KOSPI fell in the week after Feb. 3" counts from 2025's Feb. 3)
        if not ("holiday" in parts or "month" in parts and "day" in parts) or not _lacks_year(parts) \
                or "in_story" in parts or self.reference is None:
            return parts, self.reference
        probe = finder.Expression(holiday.start, holiday.end, holiday.rule, dict(parts), holiday.head_start)
        told = self._told_of(probe, self._window_of(holiday.start), _before_kinds(self.low, holiday.start))
        if told is None or "in_story" not in probe.parts:
            return parts, self.reference
        return probe.parts, told

    def _join(self, index: int, exp: finder.Expression, following: finder.Expression) -> None:
        """What the next expression adds to this one when the words between them join the two: the day
        a stretch ended, the year of its opening months, the day of a clock time."""
        low, anchor, locale, connectors = self.low, self.anchor, self.locale, self.connectors
        parts = exp.parts
        # (a period placed by its own year is no stretch the next date ends: "from the first half of 2024 to March
        # 2025" is a span)
        # (a period of a length of its own is the stretch its finite "ends" tells the end of: "before the quarter
        # ends in June"; "the period" is not, see _compose)
        told_end = parts.get("unit") != "P" and connectors.ends_told.fullmatch(low, exp.end, following.start)
        if told_end and parts.get("fiscal") and parts.get("unit") == "Y" and _lacks_year(following.parts) \
                and _opens_a_sentence(self.text, exp.start):
            told_end = None     # "Its fiscal year ends in January.": the company's calendar told, no year that happens
        # (a count without a determiner after "by" is the size of a change, not a stretch the next date ends:
        # "extended its deadline by ten working days to Dec. 16"; "by the three months to June" is a stretch)
        a_change = "count" in parts and "det" not in parts and "deadline" in _before_kinds(low, exp.start)
        # ("the period", of no length of its own, is no stretch a date after "through" or "to" ends either: "the
        # period through March 2028" is March 2028, see _compose; "the period ended March 31" is a report's quarter)
        # (hours counted to a time are a bulletin's window, no stretch: the time they run to makes the row, as the
        # bulletin's report is of it: "in the 24 hours to 8 a.m. on Friday" is Friday)
        # (a rate, "24 hours a day", recurs: it is no stretch the date after it ends, "a day through at least
        # Tuesday" is a rate kept up to a deadline)
        if "unit" in parts and "year" not in parts and not a_change and parts["unit"] != "h" \
                and not parts.get("set") and (
                parts != _THE_PERIOD or connectors.ended_past.fullmatch(low, exp.end, following.start)) and (
                told_end or connectors.ended.fullmatch(low, exp.end, following.start)):
            tense = ""
            if resolver.needs_tense(following.parts) and (
                    told_end or connectors.ending_ahead.fullmatch(low, exp.end, following.start)
                    or _a_change_ahead_to(low, exp, following) and self._no_report_foretold(exp)) \
                    and self._tense_of_its_clause(exp) in resolver.AHEAD:
                tense = "future"    # "expect revenue to grow 35% in the quarter ending June", in February
            elif resolver.needs_tense(following.parts) \
                    and connectors.ended_past.fullmatch(low, exp.end, following.start):
                tense = "past"      # "the fiscal year ended in January", in November: last January
            elif resolver.needs_tense(following.parts) \
                    and _kind_just_before(low, "forecast_for", exp.start, _NOUN_FOR_REACH):
                tense = "future"    # "cut its production forecast for the year to June 30", in April: the year under
                                    # way, which ends on the coming June 30 (a forecast is for a time not yet reported)
            elif resolver.needs_tense(following.parts) and self._booked_ahead(exp):
                tense = "future"    # "has hedged 60 per cent of its fuel needs for the six months to June 30", in
                                    # January: what is booked or hedged ahead is for the stretch to come
            # (in a chronology's entry, the day it ends is read from the entry's day: "April 15, 2025 - ... a charge
            # in its first quarter ending April 27")
            end = resolver.resolve(following.parts, self._day_of_the_entry(following) or anchor, tense,
                                   self.reference, locale)
            if tense == "past":
                end = _ended_by_the_writing(following, end, self._day_of_the_entry(following) or anchor,
                                            self.reference, locale)
            end = self._end_before_its_report(index, exp, following, end) or end
            if end is not None and end.precision in ("day", "month") \
                    and _ends_its_fiscal_year_instead(parts, end.last_day):
                # "the first quarter of the fiscal year through March": the month ends the fiscal year, not
                # the quarter, which is of the fiscal year under way (so does its day: "the third quarter of its
                # fiscal year ending March 31")
                exp.parts = dict(parts, fiscal_year_named=True)
                self.end_days[index + 1] = end
                return
            if end is not None and end.last_day is not None \
                    and parts.keys().isdisjoint(("direction", "yearshift", "shift")) \
                    and (end.precision in ("day", "month") or (end.precision == "year" and parts["unit"] == "Y")):
                # ("the three years through 2021": years counted to the end of a year)
                parts["ends_on"] = end.last_day
                self.end_days[index + 1] = end
                if self._a_reporting_year(exp, parts, end):
                    # "Revenue for the year to March 31 rose 9.4%": the company's fiscal year ending then (FY2026)
                    exp.parts = parts = dict(parts, fiscal=True)
        if "unit" in parts and "ends_on" not in parts and not parts.get("set") and (
                # (a rate is no stretch: "$2.3 million a year starting in January" starts in January)
                connectors.started.fullmatch(low, exp.end, following.start)
                or (isinstance(parts.get("count"), int) and parts["count"] > 1    # (not a rate: "$2.9 billion a year")
                    # ("froze approvals for nearly eight months from late July": a duration)
                    and not parts.get("approx")
                    # (a plan "over the three fiscal years from April 2026" is dated by its start)
                    and not parts.get("fiscal")
                    and connectors.count_started.fullmatch(low, exp.end, following.start))):
            tense = self._tense_it_needs(following)
            if tense == "" and resolver.needs_tense(following.parts) \
                    and connectors.starting_ahead.fullmatch(low, exp.end, following.start):
                # (a stretch under way would be told as one that began: "contract talks for the year starting
                # May 1", in January, are on the coming one)
                tense = "future"
            start = resolver.resolve(following.parts, anchor, tense, self.reference, locale)
            end = resolver.started_stretch_end(parts, start.first_day) \
                if start is not None and start.first_day is not None and start.precision in ("day", "month") and (
                    parts["unit"] not in resolver.DAYS_IN_A_UNIT
                    or start.precision == "day" and _days_counted_from_a_date(parts, following.parts)
                    and not self._opens_a_span(index + 1)) \
                else None
            if end is not None:
                # "the fiscal year starting in April 2027": the stretch from then (one mention, see _compose)
                exp.parts = parts = dict(parts, ends_on=end, starts_on=start.first_day)
                self.end_days[index + 1] = start
        if (parts == _THE_WEEK or parts.keys() == {"unit", "det", "ordinal"} and parts["ordinal"] == 1
                and parts["unit"] in ("W", "M")) \
                and (connectors.count_before.fullmatch(low, exp.end, following.start)
                     or connectors.count_after.fullmatch(low, exp.end, following.start)):
            # "the week before Christmas": the seven days up to it; "the first week after Christmas" is that week
            parts = dict(_THE_WEEK, unit=parts["unit"], plural=False, count=1)
        if parts.keys() - {"workday"} == _A_COUNTED_STRETCH and isinstance(parts["count"], int) \
                and "year" not in following.parts and resolver.needs_tense(following.parts) \
                and connectors.count_before.fullmatch(low, exp.end, following.start) \
                and self._tense_of_its_own_words(following) in lexicon.PAST_TENSES:
            day = resolver.resolve(following.parts, anchor, "past", self.reference, locale)
            if _a_stretch_still_ahead(parts, day, anchor):
                # "Prices peaked in the three trading days before Feb. 14", told on Feb. 10: a clause in the past
                # cannot tell of days still ahead, so the day it counts up to, coming soon, is last year's
                following.parts = dict(following.parts, year=day.first_day.year - 1)
        if parts.keys() == _A_COUNTED_STRETCH and isinstance(parts["count"], int) \
                and parts["unit"] in ("D", "W", "M") \
                and connectors.count_before.fullmatch(low, exp.end, following.start):
            tense = self._tense_of_its_own_words(following) if resolver.needs_tense(following.parts) else ""
            before_parts = following.parts
            if "holiday_in_context" in before_parts and index + 2 < len(self.expressions) \
                    and (told := self._its_own_day_told_after(following, self.expressions[index + 2])) is not None:
                # (counted back from the day the text gives the holiday: "the week before the Independence Day
                # holiday on June 26" is June 19-25)
                before_parts = dict(before_parts, holiday=told)
            before_parts, reference = self._holiday_in_the_period_told_of(following, before_parts)
            before = resolver.resolve(before_parts, anchor, tense, reference, locale)
            before = _the_nearer_holiday(before_parts, before, tense, anchor, self.reference, locale)
            if before is not None and before.first_day is not None \
                    and (before.precision in ("day", "month") or "holiday" in following.parts):
                # "the four weeks before last year's Lunar New Year": the stretch up to the day before (one
                # mention, see _compose); before a holiday of several days, up to the day before its first ("the two
                # weeks before Naadam")
                exp.parts = parts = dict(parts, ends_on=before.first_day - dt.timedelta(days=1), ends_before=True)
                self.end_days[index + 1] = before
        if (parts.keys() == _A_COUNTED_STRETCH or parts.keys() == _A_COUNTED_STRETCH | {"ordinal"}
                and parts["ordinal"] == 1) and isinstance(parts["count"], int) \
                and parts["unit"] in ("D", "W", "M", "Y", "E") \
                and connectors.count_after.fullmatch(low, exp.end, following.start):
            # ("the first two weeks after Easter" are the two weeks after it)
            parts = self._count_after(exp, parts, index, following, anchor, locale)
        if parts.get("unit") == "D" and isinstance(parts.get("count"), int) and parts["count"] > 1 \
                and "holiday" in following.parts \
                and connectors.count_break.fullmatch(low, exp.end, following.start) \
                and not self._joined_to_a_holiday(index + 1) \
                and (following.parts["holiday"] in lexicon.holiday_breaks() and not self._days_told_after(index + 1)
                     or self._break_began_on(index + 1)):
            # (days counted before two holidays joined count the days of both, which the text tells apart: "the
            # eight-day National Day and Mid-Autumn holiday"; a break told by the day it began counts from that day,
            # whatever day its holiday falls on: "the eight-day National Day break that began on Sept. 29" is Sept. 29
            # to Oct. 6, "the nine-day Spring Festival break that starts on Feb. 14" Feb. 14 to 22)
            counted_from = self.expressions[index + 2] if self._break_began_on(index + 1) else following
            tense = self._tense_it_needs(counted_from)
            start = resolver.resolve(counted_from.parts, anchor, tense, self.reference, locale)
            if start is not None and start.first_day is not None:
                # "the five-day May Day break": the days off counted from the holiday's day (one mention, see
                # _compose), whatever days the holiday usually has
                exp.parts = parts = dict(parts, starts_on=start.first_day,
                                         ends_on=start.first_day + dt.timedelta(days=parts["count"] - 1))
                self.end_days[index + 1] = start
        if "holiday" in parts and _lacks_year(parts) and (
                (falls_on := not following.parts.get("anaphoric")
                 and connectors.holiday_day.fullmatch(low, exp.end, following.start))
                or connectors.holiday_end.fullmatch(low, exp.end, following.start)):
            # (the day in the tense of its clause: "because Thanksgiving fell on Nov. 28", written on Nov. 28,
            # is a past year's; "fell on the same day" as another holiday names no day of its own, whatever period
            # the story last told)
            day = resolver.resolve(following.parts, anchor, self._tense_of_its_clause(following), self.reference,
                                   locale)
            a_day_told = day is not None and day.precision == "day" and day.first_day is not None
            if a_day_told and not falls_on:
                # "Ramadan ended on March 29": the holiday of the year in which it ends on that day
                year = resolver.year_the_holiday_ends_on(parts["holiday"], day.first_day)
                if year is not None:
                    parts = exp.parts = dict(parts, year=year)
            elif a_day_told:
                # "the Spring Festival, which falls on Feb. 17 next year": the holiday of that day's year, or
                # of the year next to it where the holiday falls on that day ("Thanksgiving fell on Nov. 28",
                # written in 2025: 2024's), which is then the day's too; a day told with its year keeps it, whatever
                # day the calendar gives the holiday ("Chuseok, which falls on Oct. 6 this year" is this year's)
                year = resolver.year_the_holiday_falls_on(parts["holiday"], day.first_day) \
                    if _lacks_year(following.parts) else day.first_day.year
                parts = exp.parts = dict(parts, year=year)
                if year != day.first_day.year and "year" not in following.parts:
                    following.parts = dict(following.parts, year=year)
        if ("holiday" in parts or parts.keys() == {"month"}) and _lacks_year(parts) and _that_year(following.parts) \
                and connectors.that_year_of.fullmatch(low, exp.end, following.start) \
                and (told := self._year_a_paragraph_goes_on_in(following)) is not None:
            # "in March 2019 ... [new paragraph] the rules for Singles' Day, which that year generated 268.4 billion
            # yuan": its own clause says the holiday is of the year told, though a paragraph may have gone by
            parts = exp.parts = dict(parts, year=told.first().year)
        if "holiday" in parts and _a_weekday_alone(following.parts) \
                and connectors.holiday_day.fullmatch(low, exp.end, following.start):
            holiday = resolver.resolve(parts, anchor, "future", self.reference, locale)
            if holiday is not None and holiday.precision == "day" and holiday.first_day is not None:
                # "the Winter Solstice, which falls on Sunday this year", written on a Sunday: the holiday's day; a
                # day off kept on another weekday is the one nearest the holiday ("The Mid-Autumn holiday in Hong
                # Kong is on Tuesday", the festival a Monday: the Tuesday after it)
                day = _weekday_nearest(holiday.first_day, following.parts["weekday"])
                following.parts = dict(following.parts, year=day.year, month=day.month, day=day.day)
        elif (day := self._holiday_day_its_weekday_tells(exp, following)) is not None:
            # "as parents prepared for Christmas on Thursday", on Monday, Dec. 22, 2025: the weekday is the
            # holiday's own day, read as "Thursday, Dec. 25" is, one row (see _the_day_of_its_holiday)
            following.parts = dict(following.parts, year=day.year, month=day.month, day=day.day)
        if resolver.opens_a_year(parts) and connectors.opening.fullmatch(low, exp.end, following.start):
            opened = following.parts
            if opened.get("fiscal"):
                # (a fiscal year of its company's calendar, which is read once it is reached)
                opened = dict(opened, fiscal_end=self._fiscal_end_at(following.start))
            # ("delivered 312,000 vehicles in 2025, up 41% from 2024, but lost 5.8 billion yuan in the first nine
            # months of the year": a year a percentage changed on is no year the story goes on in)
            year = resolver.resolve(opened, anchor, "", self._year_a_percentage_base_follows(exp)
                                    or self._year_told_of(exp), locale)
            calendar = lexicon.calendar_years().get(opened.get("calendar", ""))
            days = None if calendar is None or year is None or year.period is None or year.period.gran != "Y" \
                else resolver.calendar_opening(parts, year.period.year, calendar, anchor)
            if days is not None:
                # "the first seven months of the Iranian year": counted from the day that year opened on
                parts = exp.parts = dict(parts, calendar_start=days[0], ends_on=days[1])
                self.end_days[index + 1] = None
            elif year is not None and year.period is not None and year.period.gran in ("Y", "FY"):
                # "the first nine months of 2025", "... of the year", "... of fiscal 2025": the stretch ends where
                # its last month does
                opened = year.period.year if year.period.gran == "Y" else year.period
                parts = exp.parts = dict(parts, ends_on=resolver.opening_end(parts, opened))
                self.end_days[index + 1] = None
        if "ends_on" not in parts and resolver.opens_a_year(parts) \
                and (opened := self._split_year_opened_by_its_months(exp, following, index)) is not None:
            # "the first eight months of the 2025/26 marketing year, from September to April": the months the span
            # restates
            parts = exp.parts = dict(parts, ends_on=resolver.opening_end(parts, opened))
            self.end_days[index + 1] = None
        if (resolver.counts_in_a_month(parts) or resolver.closes_a_period(parts)) \
                and following.parts == _THE_MONTH and index > 0 \
                and (connectors.opening.fullmatch(low, exp.end, following.start)
                     or connectors.closing.fullmatch(low, exp.end, following.start)):
            holiday = self._month_long_holiday_before(index)
            if holiday is not None:
                following.parts = dict(holiday.parts)
        if ("month" in following.parts and following.parts.keys().isdisjoint(("day", "weekday"))
                or "holiday" in following.parts or following.parts == _THE_MONTH) \
                and resolver.counts_in_a_month(parts) \
                and connectors.opening.fullmatch(low, exp.end, following.start):
            # "the third week of September", "the first 10 days of November", "the first ten days of Ramadan", "the
            # first week of the month": days of the month or holiday, once it is resolved (with the tense of its clause)
            parts = exp.parts = dict(parts, in_a_month=True)
            self.end_days[index + 1] = None
        if resolver.closes_a_period(parts) and connectors.closing.fullmatch(low, exp.end, following.start):
            # "the final three months of 2024": counted back from the end of the period after them, once that
            # is resolved (with the tense of its own clause)
            parts = exp.parts = dict(parts, closing=True)
            if "count" not in parts:
                # "the last day of November": one day counted back, no day before the text (TimeML P1D)
                parts = exp.parts = dict({k: v for k, v in parts.items() if k != "anaphoric"}, count=1)
            self.end_days[index + 1] = None
            # ... and with the connector before them: "runs until the last day of November" is a deadline
            self.closed_from[index + 1] = exp.start
            if resolver.is_the_year_or_month(following.parts) and finder.clause_tense(
                    self.text, low, exp.start, exp.end, self._window_of(exp.start), self.clauses) == "past":
                self.closed_in_the_past.add(index + 1)
        if _a_quarter_alone(parts) and following.parts.get("fiscal") and set(following.parts) & {"year", "yy"} \
                and "unit" not in following.parts and connectors.report_of.fullmatch(low, exp.end, following.start):
            # "first-quarter results for fiscal 2027": the first quarter of that fiscal year
            self.fiscal_end = self._fiscal_end_at(exp.start)
            year = {k: following.parts[k] for k in ("year", "yy") if k in following.parts}
            parts = exp.parts = dict(parts, **year, fiscal=True, fiscal_end=self.fiscal_end)
        # (a year the month already ends as one stretch is told no more: "the fiscal year that ended in June" reads as
        # "the fiscal year ended in June", one row, unlike "fiscal 2024, which ended in March")
        if (parts.get("fiscal") and "month" in following.parts and following.parts.keys().isdisjoint(("day", "year"))
                or _a_year_closing_off_december(parts, following.parts)) and "ends_on" not in parts \
                and (connectors.fiscal_end.fullmatch(low, exp.end, following.start)
                     # ("the current year to March 2026": the year under way told by the month it ends in)
                     or "shift" in parts and not parts.get("fiscal") and "year" in following.parts
                     and _a_year_closing_off_december(parts, following.parts)
                     and connectors.ended.fullmatch(low, exp.end, following.start)):
            if anchor is not None and parts.get("unit") == "Y" and parts.keys().isdisjoint(("year", "count")) \
                    and not parts.get("shift"):
                parts = exp.parts = self._fiscal_year_ending_in(exp, following)
            self._month_the_fiscal_year_ends(index, exp, following)
        if anchor is not None and _years_ago(parts) and low[exp.end:following.start].isspace() \
                and _this_month_or_day(following.parts):
            # "Five years ago this month", "A year ago today", "Ten years ago this week": that month (day,
            # week holding the day) of the year counted back, one expression
            years = {"year": anchor.year - parts["count"], "month": anchor.month}
            if following.parts.get("ref_value") == "D+0" or following.parts.get("unit") == "W":
                years["day"] = _its_day_years_back(anchor)
            if following.parts.get("unit") == "W":
                years["week_of"] = True
            following.parts = dict(years, years_ago=True)
        if ("hour" in parts or parts.keys() == {"daypart"}) and not resolver.has_day(parts) \
                and resolver.has_day(following.parts) \
                and connectors.clock_day.fullmatch(low, exp.end, following.start) \
                and self._in_its_sentence(exp, following):
            # (a named clock time too: "closes at noon on Thursday, Dec. 4")
            self._on_the_day_after(exp, following)
        elif "hour" in parts and not resolver.has_day(parts) \
                and _placed_by_a_day_counted_from_the_one_told(low, exp, following):
            # "departs at 5:28 a.m. the next morning": the time of that part of the day after the one told; so
            # "arrived at 9 p.m. the next day" is on the day after it
            self._on_the_day_after(exp, following)
        elif "hour" in parts and not resolver.has_day(parts) and "ref_value" not in parts \
                and "hour" in following.parts \
                and not resolver.has_day(following.parts) and index + 2 < len(self.expressions) \
                and resolver.has_day(self.expressions[index + 2].parts) \
                and _span_row(low, exp, following, _before_kinds(low, exp.start), connectors.rows,
                              connectors.spans) is not None \
                and connectors.clock_day.fullmatch(low, following.end, self.expressions[index + 2].start):
            # a clock range is on the day named after its end: "from 6 a.m. to 6 p.m. on Sunday" is Sunday's (not
            # one whose start names its own day: "from 6 a.m. today until 12.01 a.m. on Tuesday" runs from today)
            self._on_the_day_after(exp, self.expressions[index + 2])
        elif "hour" in parts and not resolver.has_day(parts) and "hour" in following.parts \
                and not resolver.has_day(following.parts) and index + 2 < len(self.expressions) \
                and resolver.has_day(self.expressions[index + 2].parts) \
                and _clock_list_join().fullmatch(low, exp.end, following.start) is not None \
                and connectors.clock_day.fullmatch(low, following.end, self.expressions[index + 2].start):
            # so is a list of clock times: "at 07:34 and 19:58 on Friday" names two times of that Friday
            self._on_the_day_after(exp, self.expressions[index + 2])

    def _count_after(self, exp: finder.Expression, parts: dict, index: int, following: finder.Expression, anchor,
                     locale) -> dict:
        """The mirror of a count before a day: "the two weeks after Easter" runs from the day after the day or month
        named, after the last day of a holiday the table gives several ("the week after the Golden Week holiday") or
        from the Monday after the week of one told as days off of no known length, its year chosen as the count
        before would choose it.  The ``parts`` of ``exp``, with its stretch where one is told."""
        # (the tense of the stretch's own words: "after" before the day closes a clause, which would leave the day
        # no tense: "Sales fell in the two weeks after May 3", in February, are last year's; where those words tell
        # none, the day's, which reaches a verb of saying after it: "Shops cut prices in the two weeks after Easter,
        # the survey found")
        tense = (self._tense_of_its_own_words(exp) or self._tense_of_its_own_words(following)) \
            if resolver.needs_tense(following.parts) else ""
        after_parts, reference = self._holiday_in_the_period_told_of(following, following.parts)
        after = resolver.resolve(after_parts, anchor, tense, reference, locale)
        if tense in lexicon.PAST_TENSES and "year" not in after_parts and _a_day_still_to_come(after, anchor):
            # "Sales fell in the two weeks after March 3", told on Feb. 10: a clause in the past cannot tell of days
            # that all come after a day still ahead, so that day, coming soon, is last year's (as a count before)
            after = resolver.resolve(dict(after_parts, year=after.first_day.year - 1), anchor, tense, reference,
                                     locale) or after
        after = _the_nearer_holiday(after_parts, after, tense, anchor, self.reference, locale)
        if after is None or after.last_day is None \
                or not (after.precision in ("day", "month") or "holiday" in following.parts
                        or parts["unit"] in ("Y", "E") and after.precision == "year"):
            return parts
        start = after.last_day + dt.timedelta(days=1)
        if after.precision == "day" and "holiday" in following.parts and finder.names_days_off(self.low, following):
            # days off of a length the table does not know take up the holiday's week: "the week after the Lunar New
            # Year break", the holiday a Wednesday, is the week from the Monday after
            start = after.last_day + dt.timedelta(days=7 - after.last_day.weekday())
        end = resolver._add_months(start, parts["count"] * {"M": 1, "Y": 12, "E": 120}[parts["unit"]]) \
            if parts["unit"] in ("M", "Y", "E") \
            else start + dt.timedelta(days=parts["count"] * resolver.DAYS_IN_A_UNIT[parts["unit"]])
        exp.parts = dict(parts, starts_on=start, ends_on=end - dt.timedelta(days=1), starts_after=after.last_day)
        self.end_days[index + 1] = after
        self.counted_after.add(index + 1)
        return exp.parts

    def _month_long_holiday_before(self, index: int) -> finder.Expression | None:
        """The holiday a month long (one of the lunar calendar: Ramadan) named earlier in the sentence of
        ``self.expressions[index]`` with no month named alone since, which "the month" of days counted in it stands
        for ("Ramadan began on Feb. 18, and orders peak in the last ten days of the month" are its last ten days, not
        February's); None if there is none."""
        exp = self.expressions[index]
        start = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]
        for earlier in reversed(self.expressions[:index]):
            if earlier.end <= start:
                return None
            if "month" in earlier.parts and earlier.parts.keys().isdisjoint(("day", "weekday")):
                return None
            if "holiday" in earlier.parts:
                held = resolver.resolve(earlier.parts, self.anchor, "", self.reference, self.locale)
                if held is None or held.first_day is None or held.last_day is None:
                    return None
                return earlier if (held.last_day - held.first_day).days >= _A_MONTH_OF_DAYS else None
        return None

    def _a_clock_time_restated(self, index: int, exp: finder.Expression, window) -> bool:
        """Is the clock time ``exp`` the one its sentence named just before, told again in brackets in another time
        zone ("at 7:30 a.m. Eastern Time on Tuesday, November 25, 2025 (8:30 p.m. Hong Kong Time on the same day)")?
        One happening, one row: the first telling."""
        if not self.low[max(0, exp.start - 3):exp.start].rstrip().endswith("("):
            return False
        start = self.clauses.sentence(exp.start, exp.end, window)[0]
        for before in reversed(self.expressions[max(0, index - 3):index]):
            if before.end <= start:
                return False
            if "hour" in before.parts:
                return True
        return False

    def _on_another_day_than_the_clock_before(self, exp: finder.Expression, resolution: resolver.Resolution) -> bool:
        """Does the clock time ``exp``, told again in brackets (see :meth:`_a_clock_time_restated`), name a day of its
        own other than the day of the clock time before it?"""
        clock = next((told_as for told, told_as, _, _ in reversed(self.resolved) if "hour" in told.parts), None)
        return "on_day" in exp.parts and clock is not None \
            and clock.first_day is not None and resolution.first_day is not None \
            and clock.first_day != resolution.first_day

    def _a_reporting_year(self, exp: finder.Expression, parts: dict, end: resolver.Resolution) -> bool:
        """Is ``exp``, a year (or 12 months) told by the day ``end`` it ends, off December and at a month's end, a
        company's reporting year: a word of its results in its sentence (reporting_years.tsv)?  A statistic's year
        keeps its months ("Jobs grew 2% in the year ended March 2025")."""
        last = _month_end_of_a_weeks_year(end.last_day)
        if parts.get("fiscal") or "starts_on" in parts or last.month == 12 \
                or (last + dt.timedelta(days=1)).month == last.month \
                or not (parts.get("unit") == "Y" and parts.get("count", 1) == 1
                        or parts.get("unit") == "M" and parts.get("count") == 12):
            return False
        start, stop = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        results = lexicon.reporting_year_words()
        if lexicon.reporting_year_words("statistic").search(self.low, start, exp.start) is not None \
                and results.search(self.low, start, exp.start) is None:
            return self._under_a_fiscal_label(exp)  # an economy's year: a later clause's results are of another
        return results.search(self.low, start, stop) is not None or self._under_a_fiscal_label(exp) \
            or self._ends_the_fiscal_year_told(last, start, stop)

    def _ends_the_fiscal_year_told(self, last: dt.date, start: int, stop: int) -> bool:
        """Does a year ending on ``last`` end where the text, for all of it or in the sentence from ``start`` to
        ``stop``, tells its company's fiscal year ends ("whose financial year ends on June 30, said it expected to
        ship 86 million tonnes in the 12 months to June 30, 2026")?  The company's own year, whatever else its
        sentence tells of."""
        return any(month == last.month and (whole or start <= where < stop)
                   for where, month, whole in self._fiscal_ends_told())

    def _under_a_fiscal_label(self, exp: finder.Expression) -> bool:
        """Does a fiscal year label the line of ``exp`` ("- Fiscal 2022: In the year that ended in March 2023, the
        stake was cut")?  The year the line tells by its end restates that fiscal year, whatever its sentence tells
        of; a bare "fiscal" elsewhere in a sentence ("the twelve months to September", near "fiscal 2029") does not."""
        line = _line_start(self.low, exp.start)
        return any(line <= before.start and before.end <= exp.start and before.parts.get("fiscal")
                   and finder.labels_its_line(self.low, before.start, before.end)
                   for before in self.expressions if before.start < exp.start)

    def _in_its_sentence(self, exp: finder.Expression, following: finder.Expression) -> bool:
        """Does ``following`` stand in the sentence of ``exp``?  A clock time's "p.m." may end its sentence ("and to
        No. 3 at 7:40 p.m. Schools will remain closed on Wednesday"): the day of the next one is not its day."""
        window = self._window_of(exp.start)
        return following.end <= self.clauses.sentence(exp.start, exp.end, window)[1]

    def _on_the_day_after(self, exp: finder.Expression, following: finder.Expression) -> None:
        """Place the clock time ``exp`` on the single day ``following`` names."""
        low, anchor, locale, parts = self.low, self.anchor, self.locale, exp.parts
        tense, window = "", self._window_of(following.start)
        if resolver.needs_tense(following.parts):
            # ("will hold a call at 7:30 a.m. Eastern Time on Thursday": the Thursday to come)
            tense = finder.clause_tense(self.text, low, following.start, following.end, window, self.clauses)
            if self._timetable_copula_before(exp):
                # ("High water is at 19:12 on Thursday": a timetable told in the present, as "is on Thursday" is;
                # the verb right before the time outweighs a weekday's usual reading as one gone)
                tense = "schedule"
            rows = self.connectors.rows
            if not tense and any(rows[i]["tense"] in _AHEAD_CONNECTOR_TENSES
                                 for i in _before_kinds(low, exp.start).values()) \
                    or self._a_limit_of_the_time_still_ahead(exp):
                # ("Write to us by noon on Tuesday": a deadline before the time is the day's too, as in "by Tuesday",
                # also after a verb that leaves it ahead: "has raised its alert to amber until 8am on Monday")
                tense = "future"
        day = resolver.resolve(following.parts, anchor, tense, self.reference, locale)
        if day is not None and tense in resolver.AHEAD:
            day = self._weekday_told_from(following, day, window, self.reference) or day
        if day is not None and day.period is not None and day.period.gran == "D":
            exp.parts = dict(parts, on_day=day.period.first())

    def _years_ago_opening(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The year of a count of years back ("A year ago,") that opens the sentence of ``exp``, set off by a comma;
        or the time a count of years "earlier" so opening lands on, from a time of the story ("A year earlier, 589
        brands did so in a festival that started in mid-October", after a sale that ended on Nov. 11, 2025: the
        October before Nov. 11, 2024)."""
        if not self.resolved:
            return None
        ago_exp, ago_res = self.resolved[-1][:2]
        if ago_res.period is None or not self.low.startswith(",", ago_exp.end):
            return None
        if not (_years_ago(ago_exp.parts) and ago_res.period.gran == "Y") \
                and not (_years_ago(ago_exp.parts, "earlier") and ago_res.period.gran in ("D", "M")):
            return None
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        if not s_lo <= ago_exp.start or self.low[s_lo:ago_exp.start].strip():
            return None
        return ago_res.period

    def _years_back_of_the_clause(self, exp: finder.Expression, window) -> int:
        """The count of years back ("a year ago,") that opens the sentence or the clause after a semicolon where
        ``exp`` stands, else 0."""
        if not self.resolved or not _years_ago(self.resolved[-1][0].parts):
            return 0
        ago = self.resolved[-1][0]
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        opening = max(s_lo, self.low.rfind(";", s_lo, ago.start) + 1)
        if not s_lo <= ago.start or self.low[opening:ago.start].strip() or not self.low.startswith(",", ago.end) \
                or ";" in self.low[ago.end:exp.start]:
            return 0
        return ago.parts["count"]

    def _day_after_the_years_earlier_opening(self, exp: finder.Expression, window) -> dt.date | None:
        """The day after the time a count of years "earlier" that opens the sentence of ``exp`` lands on ("A year
        earlier it reported a first-half profit", after a report on the half to Jan. 31 due in March: April 1 of
        last year), else None."""
        if not self.resolved:
            return None
        earlier, resolution = self.resolved[-1][:2]
        parts = earlier.parts
        if parts.get("unit") != "Y" or parts.get("direction") != "earlier" or not isinstance(parts.get("count"), int) \
                or parts.keys() - {"unit", "direction", "count", "plural"} or resolution is None \
                or resolution.period is None or earlier.end > exp.start:
            return None
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        if not s_lo <= earlier.start or self.low[s_lo:earlier.start].strip() or ";" in self.low[earlier.end:exp.start]:
            return None
        return resolution.period.last() + dt.timedelta(days=1)

    def _year_of_its_background_clause(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The year of the date with a year of its own that a clause of background holding ``exp`` tells of ("dates
        from 2009, when Tmall held a one-day sale on Nov. 11": that Nov. 11), whatever year the story is on; the
        date itself when ``exp`` follows an event opener in that clause, which looks back from it."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        for before, resolution, *_ in reversed(self.resolved):
            if before.start < s_lo or before.end > exp.start:
                return None
            if "year" in before.parts or _a_year_counted_from_now(before.parts):
                period = resolution.period
                place = lexicon.place_named_after_a_date().match(self.text, before.end, exp.start)
                if period is None or period.first().year != period.last().year \
                        or not lexicon.background_after_a_date().match(self.low, place.end() if place else before.end) \
                        or ";" in self.low[before.end:exp.start] \
                        or self._background_closed_by_a_clause_of_its_own(before, exp, window):
                    return None
                if period.gran != "Y" and finder.an_event_opened_last(self.low, before.end, exp.start):
                    return period   # (what that clause names after "after" came before it: see the caller)
                if _connectors().reported_on.fullmatch(self.low, before.end, exp.start) \
                        and isinstance(exp.parts.get("month"), int):
                    # "revenue of $21.6 billion for 2025 when it published its annual results on Feb. 5": a
                    # period's results come out after it ends, so the day is the first such one after its end
                    last = period.last()
                    later = (exp.parts["month"], exp.parts.get("day") or 1) <= (last.month, last.day)
                    return resolver.Period("Y", last.year + later)
                return resolver.Period("Y", period.first().year)
        return None

    def _background_closed_by_a_clause_of_its_own(self, before: finder.Expression, exp: finder.Expression,
                                                  window) -> bool:
        """Does a clause with a subject of its own, joined by a comma and a coordinator, open between the date
        ``before`` and ``exp``?  It closes the clause of background on that date and goes back to the sentence's
        story ("has sold in Korea since 2018, when it opened an office, and its users reached 9 million in August":
        this August; "dates from 2009, when Tmall held a sale on Nov. 11" stays in 2009)."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        return finder.a_clause_with_its_own_subject(self.low, before.end, exp.start, self.clauses, sentence)

    def _year_heading_its_contrast(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The year told right after the word opening a clause set against the one before it (tense.tsv kind
        contrast), when ``exp`` goes on in that clause with no comma between ("Diwali fell on Oct. 20 this year, while
        last year the festival was celebrated in early November": 2024-11).  The year frames only that clause: the
        story does not move to it."""
        if not self.resolved:
            return None
        before, resolution = self.resolved[-1][:2]
        period = resolution.period if resolution is not None else None
        if period is None or period.gran != "Y" or before.end > exp.start \
                or before.start < self.clauses.sentence(exp.start, exp.end, window)[0] \
                or not ("year" in before.parts or _a_year_counted_from_now(before.parts)) \
                or any(mark in self.low[before.end:exp.start] for mark in ",;") \
                or lexicon.contrast_opening().search(self.low, max(0, before.start - _CONTRAST_REACH),
                                                     before.start) is None:
            return None
        return period

    def _a_count_of_days_opening_its_sentence(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a count of days or weeks "later" that opens its sentence before a comma ("Four days later, Zhang
        told a cloud summit ... Its shares rose 1.6% that day")?  The story has moved on to the day counted, as it
        does to a year counted so; one inside a clause ("to take effect a week later") only tells when that
        happens."""
        parts = exp.parts
        if parts.get("direction") != "later" or parts.get("unit") not in _DAY_COUNT_UNITS \
                or not isinstance(parts.get("count"), int) or not self.low.startswith(",", exp.end):
            return False
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return not self.low[s_lo:exp.start].strip()

    def _after_a_count_of_days_opening_the_sentence(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a clause that opens its sentence with a count of days after it ("Days after Ma criticised
        the regulators in a speech on Oct. 24, 2020, authorities halted Ant's listing ... its debut on Nov. 5")?
        The sentence then happens within days of that date, which the story goes on from, side clause or not."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        opening = next((e for e, *_ in self.resolved if s_lo <= e.start < exp.start), None)
        return opening is not None and resolver.counts_days(opening.parts) \
            and not self.low[s_lo:opening.start].strip() \
            and "," not in self.low[opening.end:exp.start] \
            and any(sign > 0 and between.match(self.low, opening.end) for between, sign, _, _ in lexicon.day_offsets())

    def _a_year_a_forecast_is_for(self, exp: finder.Expression, resolution: resolver.Resolution) -> bool:
        """Is ``exp`` a year to come right after the noun of a forecast or target it is "for" (tense.tsv kind
        forecast_for: "The group kept its sales target for 2027")?  The year only names what the forecast is of, as a
        vintage does: the story stays in the year under way ("... for 2027, and will review it by the end of the year"
        is this year's end)."""
        return resolution.period is not None and resolution.period.gran == "Y" and self.anchor is not None \
            and resolution.period.first() > self.anchor \
            and _kind_just_before(self.low, "forecast_for", exp.start, _NOUN_FOR_REACH)

    def _year_last_named(self, anaphor: finder.Expression, anaphor_window) -> resolver.Period | None:
        """The year "that year" is, when one was named since the story's reference: the last one, unless told in
        a side clause in the past perfect, which goes back before the story ("By 1991 Hartwell was losing money,
        and its shares, which had peaked at 410p in 1987, traded at 38p. In the autumn of that year": 1991), or in a
        side clause of the anaphor's own sentence whose main clause named a year before it (see
        _main_clause_year_before_an_aside)."""
        for year, exp, window in reversed(self.years_named):
            if exp.end <= self.reference_end:
                # (the reference itself may have been told in such an aside: then its sentence's main clause's)
                return self._main_clause_year_before_an_aside(exp, anaphor, anaphor_window) \
                    if exp.end == self.reference_end and finder.in_an_aside_with_figures(self.low, exp.start, window) \
                    else None
            if self._dates_a_share_s_total(exp) or self._the_base_of_a_percentage(exp):
                continue        # "fined 3.44 billion yuan, 4% of its revenue in 2019 ... that October": the story's
                # (so is "down 4% on 2018" a base: "in July of that year" after it is 2019's)
            aside = finder.in_an_aside_with_figures(self.low, exp.start, window)
            if not (aside and "pluperfect" in finder.clause_tenses(
                    self.text, self.low, exp.start, exp.end, window, self.clauses)):
                if aside:
                    main = self._main_clause_year_before_an_aside(exp, anaphor, anaphor_window)
                    if main is not None:
                        return main
                return resolver.Period("Y", year)
        return None

    def _main_clause_year_before_an_aside(self, aside: finder.Expression, anaphor: finder.Expression,
                                          window) -> resolver.Period | None:
        """The year the main clause of ``anaphor``'s sentence named before the side clause holding ``aside``, when
        ``anaphor`` stands outside any side clause: "filed for bankruptcy in August 2022, and its shares, which
        peaked in November 2021, were delisted that fall" is 2022's fall (with no year named before the aside, the
        aside's year is the one meant: "Jack Ma, who gave up control in January 2023, returned in the spring of
        that year")."""
        if finder.in_a_side_clause(self.low, anaphor.start, window):
            return None
        opens = self.clauses.sentence(anaphor.start, anaphor.end, window)[0]
        if aside.start < opens:
            return None
        for year, exp, told_window in reversed(self.years_named):
            if exp.start >= aside.start:
                continue
            if exp.start < opens:
                return None
            if not finder.in_a_side_clause(self.low, exp.start, told_window):
                return resolver.Period("Y", year)
        return None

    def _dates_a_share_s_total(self, exp: finder.Expression) -> bool:
        """Does ``exp`` date the total a share is of ("equal to 4% of its domestic revenue in 2019")?  That date
        is background to the figure, not a time the story reaches.  (The story's reference asks it only of a year
        with no month: a month of a year is when the share stood, a time told: "peaked at 5.1% of the float in August
        2022, weeks after the SEC added it to its list in late July".)"""
        return lexicon.share_of_a_figure_before().search(self.low, max(0, exp.start - _FIGURE_REACH), exp.start) \
            is not None

    def _counted_from_an_untold_event(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a count "later" in units finer than a year, the reference, which a paragraph before named
        ("... when it went public in 2023. [new paragraph] NASA will broadcast the launch and, six days later,
        the landing attempt")?  It counts from an event of its own sentence whose date is not told, not
        from that year (after a month, it may stay in it: "Eight trading days after Oct. 12 ... [new paragraph]
        Three days later, as of Friday's close")."""
        parts, reference = exp.parts, self.reference
        if parts.get("direction") != "later" or reference is None:
            return False
        gran = resolver.unit_gran(parts.get("unit"))
        if gran is None:
            return False
        # (a year its own sentence named in an aside that did not become the reference dates the event the
        # count runs from no closer than the year: "who lost in the 2019 final, a defeat that cost the manager his
        # job two weeks later" counts neither from that year nor from the story's older date; a span's bound,
        # "who had run the company since 2015", dates no event)
        if self.anchor is not None and reference.first() > self.anchor \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            # (nor from a time still to come, in a clause about the past: "to be paid in July. ... The event was
            # overshadowed weeks later by an antitrust investigation" counts from the event, not from July)
            return True
        last = self.resolved[-1] if self.resolved else None
        if last is not None and last[0].start >= self.reference_end and not last[3] \
                and last[1].period is not None and last[1].period.gran == "Y" and resolver.finer(gran, "Y") \
                and last[0].start >= self.clauses.sentence(exp.start, exp.end, window)[0]:
            return True
        return reference.gran in ("Y", "FY", "E", "C") and resolver.finer(gran, reference.gran) \
            and self._reference_in_a_paragraph_before(exp.start)

    def _fiscal_year_ending_in(self, exp: finder.Expression, following: finder.Expression) -> dict:
        """"its fiscal year that ended in June": the fiscal year that ended in the last June up to the anchor (in
        a clause not about the past, "its fiscal year, which ends in March", the next March from it), whatever
        year the story told of before."""
        anchor, month = self.anchor, following.parts["month"]
        year = anchor.year
        window = self._window_of(following.start)
        if isinstance(following.parts.get("year"), int):
            year = following.parts["year"]      # "the current year, which ends in March 2027"
        elif finder.clause_tense(self.text, self.low, following.start, following.end, window, self.clauses) == "past":
            if resolver.Period("M", year, month).last() > anchor:
                year -= 1
        elif resolver.Period("M", year, month).last() < anchor:
            year += 1
        kept = {k: v for k, v in exp.parts.items() if k in ("mod", "approx")}
        return dict(kept, year=year, fiscal=True, fiscal_end=month)

    def _year_a_paragraph_goes_on_in(self, anaphor: finder.Expression) -> resolver.Period | None:
        """The time "that year" is when its own clause says so of a holiday or month: once a paragraph has gone by
        since the story's reference, the last year named not in the past perfect ("in March 2019, joined DAMO, the
        arm Ma had launched in October 2017. [new paragraph] ... Singles' Day, which that year": 2019, the 2017 was
        background the story did not go on in), else the year last named (see _year_last_named)."""
        if self.reference is not None and self._reference_in_a_paragraph_before(anaphor.start):
            for year, exp, window in reversed(self.years_named):
                # (only the words of its own phrase, from the comma before it: a main clause's verb after it,
                # "in March 2019, joined DAMO, the arm Ma had launched", tells no tense of it)
                opens = self.clauses.sentence(exp.start, exp.end, window)[0]
                phrase = (max(opens, self.low.rfind(",", opens, exp.start) + 1), exp.end)
                if "pluperfect" not in finder.clause_tenses(self.text, self.low, exp.start, exp.end, phrase):
                    return resolver.Period("Y", year)
        return self._year_last_named(anaphor, self._window_of(anaphor.start)) or self.reference

    def _after_right_before_the_season(self, exp: finder.Expression, befores: dict[str, int]) -> bool:
        """Does "after" stand right before the season ``exp``, maybe with its article and the words that tell what it
        was like?"""
        # "after" is part of the date found when nothing stands between ("after the summer"), so the connector tells
        # it; the pattern, when words of what the season was like do ("after a hot, dry summer")
        return self._bounded(befores, "AFTER") \
            or lexicon.season_after_told().search(self.low, max(0, exp.start - _AFTER_A_SEASON_REACH),
                                                  exp.start) is not None

    def _after_a_season_just_gone(self, exp: finder.Expression, resolution: resolver.Resolution,
                                  befores: dict[str, int]) -> bool:
        """Is ``exp`` a season named without its year right after "after" (maybe with its article and the words that
        tell what it was like: "after a hot, dry summer"), or a month "in" which a happening told after "after" fell
        ("after a quarter-point cut in August"), read ahead, while the latest one of its name ended only weeks before
        the text was written?"""
        parts = exp.parts
        month = parts.keys() == {"month"}
        if not ("season" in parts or month) or not _lacks_year(parts) or "shift" in parts or self.anchor is None \
                or resolution.first_day is None or resolution.first_day <= self.anchor:
            return False
        if month:
            # a month dates the happening "after" names ("expect it to hold rates after a quarter-point cut in
            # August", in October): what is expected comes after that happening, which the month gone can hold
            if lexicon.month_after_told().search(self.low, max(0, exp.start - _AFTER_A_SEASON_REACH),
                                                 exp.start) is None:
                return False
        elif not self._after_right_before_the_season(exp, befores):
            return False
        gone = resolver.resolve(parts, self.anchor, "past", None, self.locale)
        return gone is not None and gone.last_day is not None and gone.last_day < self.anchor \
            and (self.anchor - gone.last_day).days <= (_MONTH_JUST_GONE_DAYS if month else _SEASON_JUST_GONE_DAYS)

    def _a_time_of_year_in_a_decade_gone(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a month or season told without its year in the sentence of a decade or century gone, the story's
        reference ("In the 1990s we never began before the end of September")?  It is one of that stretch's years,
        which one untold (most often each of them, a habit): it places no month of the calendar."""
        reference = self.reference
        if reference is None or reference.gran not in ("E", "C") or self.anchor is None \
                or reference.last() >= self.anchor or not _lacks_year(exp.parts) \
                or not ("month" in exp.parts or "season" in exp.parts) or "in_story" in exp.parts:
            return False
        return self.reference_end <= exp.start \
            and self.clauses.sentence(exp.start, exp.end, window)[0] <= self.reference_start

    def _a_base_of_now_after_a_time_ahead(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a base "a year earlier" in a sentence of its own that tells no time to come, the reference being
        a time still ahead told in a sentence before ("will be picked until mid-October. [new paragraph] Prices have
        risen to 1.10 euros, from 0.85 euros a year earlier")?  The move it measures runs up to now, so the base is a
        year before now, not a year before a time not yet come."""
        reference = self.reference
        if exp.parts != _A_YEAR_EARLIER or reference is None or self.anchor is None \
                or reference.first() <= self.anchor or not self._a_base_compared(exp):
            return False
        start = self.clauses.sentence(exp.start, exp.end, window)[0]
        return self.reference_end <= start \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "future"

    def _reference_in_a_paragraph_before(self, start: int) -> bool:
        """Was the story's reference told in a paragraph before the one of ``start``?  A new paragraph may leave the
        time it told of for the text's own."""
        return self.text.find("\n", self.reference_end, start) != -1

    def _year_told_of(self, exp: finder.Expression) -> resolver.Period | None:
        """What "of the year" after ``exp`` is on: the story's reference, unless that is a time to come and the
        clause of ``exp`` is about the past ("a goal ... by 2030. The economy grew 7.1% in the first three
        quarters of the year": this year's), or a past year told of in an earlier paragraph."""
        reference = self.reference
        if reference is None or self.anchor is None:
            return reference
        window = self._window_of(exp.start)
        if reference.last().year < self.anchor.year and self._reference_in_a_paragraph_before(exp.start) \
                and "pluperfect" not in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window,
                                                             self.clauses):
            # as "the year" alone: a past year is told of only in its own paragraph ("In May 2023 ... [new
            # paragraph] bought a net HK$41.3 billion in the first ten months of the year": this year's)
            return None
        if reference.first() <= self.anchor:
            return reference
        past = finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past"
        return None if past else reference

    def _month_the_fiscal_year_ends(self, index: int, exp: finder.Expression, following: finder.Expression) -> None:
        """"fiscal 2024, which ended in March": the March in which that fiscal year ended (connectors.tsv kind
        fiscal_end), whatever the tense ("by fiscal 2026, which ends in March of that year").  A month counted from
        the day of writing, "fiscal 2025, which ends next March", tells its own year, and so the fiscal year's end."""
        if "shift" in following.parts:
            return
        year = resolver.resolve(exp.parts, self.anchor, "", self.reference, self.locale)
        if year is None or year.last_day is None or year.period is None or year.period.gran != "FY":
            return
        last = year.last_day
        month = following.parts["month"]
        parts = {k: v for k, v in following.parts.items() if k not in ("year_of", "of_the_year", "in_story")}
        parts["year"] = last.year if month <= last.month else last.year - 1
        end = resolver.resolve(parts, self.anchor, "", None, self.locale)
        if end is not None:
            self.end_days[index + 1] = end

    def _year_opened(self, exp: finder.Expression) -> int:
        """The year of "the first nine months" named alone (see :meth:`read`): the past year its paragraph tells
        of, else the latest in which they have ended."""
        parts, told_of = exp.parts, self.reference
        if self.story_told and told_of is not None and told_of.gran == "Y" and told_of.year < self.anchor.year \
                and not self._reference_in_a_paragraph_before(exp.start):
            return told_of.year
        year, window = self.anchor.year, self._window_of(exp.start)
        if told_of is not None and told_of.gran == "Y" and told_of.year > year \
                and self._in_a_with_phrase_after_the_reference(exp):
            # those of a year to come its sentence goes on to are of it ("sees 2027 as a year of recovery, with a
            # slower first six months"), as a half is (see _goes_on_from_a_quarter_to_come)
            return told_of.year
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) in resolver.AHEAD:
            # a forecast of them ("expects a weaker first six months", in February) is of the year under way; ended,
            # they are its base ("forecast revenue roughly flat from the first three months", in April)
            return year
        return year if resolver.opening_end(parts, year) <= self.anchor else year - 1

    def _month_of_the_year_under_way(self, exp: finder.Expression) -> None:
        """"sales this year through August": a month of this year, whatever the tense (connectors.tsv,
        kind year_through)."""
        if not self.resolved or not _lacks_year(exp.parts) or self.anchor is None:
            return
        last_exp, last_res = self.resolved[-1][:2]
        if last_res.period == resolver.Period.of("Y", self.anchor) \
                and self.connectors.year_through.fullmatch(self.low, last_exp.end, exp.start):
            exp.parts = dict(exp.parts, year=self.anchor.year)

    def _entry_of_a_history_list(self, exp: finder.Expression) -> bool:
        """Does ``exp`` open an entry of a list of what happened on this day in past years, below its heading or
        after it on its line (history_lists.tsv)?"""
        line = self.low.rfind("\n", 0, exp.start) + 1
        head = lexicon.history_heading().match(self.low, line)
        if lexicon.history_entry().fullmatch(self.low, head.end() if head else line, exp.start) is None:
            return False
        while head is None and line > 0:
            line = self.low.rfind("\n", 0, line - 1) + 1
            text = self.low[line:self.low.find("\n", line)].strip()
            head = lexicon.history_heading().match(self.low, line)
            if text.endswith(":") and head is None:
                return False        # another list's heading ("Today's birthdays:") ends the entries
        return head is not None

    def _its_own_day_told_after(self, exp: finder.Expression, following: finder.Expression | None) -> str | None:
        """The day ("MM-DD") told right after a holiday of several readings by "on" (connectors.tsv holiday_on), when
        the holiday's reading falls on a fixed day other than that one; else None.  Not after a connector that reads
        a time after it ("reopened after the National Day holiday on Oct. 8" tells the day of reopening)."""
        connectors = _connectors()
        if following is None or following.parts.keys() - {"month", "day", "year"} \
                or "month" not in following.parts or "day" not in following.parts \
                or _FIXED_DAY.fullmatch(exp.parts["holiday"]) is None \
                or connectors.holiday_on.fullmatch(self.low, exp.end, following.start) is None \
                or " on " not in self.low[exp.end - 1:following.start + 1]:
            return None
        told = f"{following.parts['month']:02d}-{following.parts['day']:02d}"
        if told == exp.parts["holiday"]:
            return None
        if any(connectors.rows[index]["mod"] == "AFTER" for index in _before_kinds(self.low, exp.start).values()):
            return None
        return told

    def _split_year_opened_by_its_months(self, exp: finder.Expression, split: finder.Expression,
                                         index: int) -> resolver.Period | None:
        """The first month of the split year ``split`` ("the 2025/26 season") whose first months ``exp`` counts, when a
        span of months named alone right after it, set off by a comma, restates them ("the first eight months of the
        2025/26 marketing year, from September to April": September 2025 to April 2026, not January to August 2025);
        else None."""
        parts = exp.parts
        if split.parts.keys() != {"year", "year2"} or split.parts["year2"] != split.parts["year"] + 1 \
                or parts.get("unit") != "M" or not isinstance(parts.get("count"), int) \
                or index + 3 >= len(self.expressions):
            return None
        # (its article may stand before the split year: "of the 2025/26 season")
        article = lexicon.determiner_before().search(self.low, exp.end, split.start)
        if _connectors().opening.fullmatch(self.low, exp.end, article.start() if article else split.start) is None:
            return None
        first, last = self.expressions[index + 2], self.expressions[index + 3]
        # (its noun, "season", "marketing year", may stand before the comma; only the span's word after it)
        noun, comma, connector = self.low[split.end:first.start].partition(",")
        if first.parts.keys() != {"month"} or last.parts.keys() != {"month"} \
                or not comma or len(noun.split()) > _NOUN_OF_A_SPLIT_YEAR_WORDS or len(connector.split()) > 1 \
                or (last.parts["month"] - first.parts["month"]) % 12 + 1 != parts["count"] \
                or _span_row(self.low, first, last, _before_kinds(self.low, first.start), self.connectors.rows,
                             self.connectors.spans) is None:
            return None
        return resolver.Period.of("M", dt.date(split.parts["year"], first.parts["month"], 1))

    def _holiday_day_its_weekday_tells(self, exp: finder.Expression, following: finder.Expression) -> dt.date | None:
        """The day of the holiday ``exp``, named without its year, that a weekday told right after it by "on"
        (connectors.tsv holiday_on) says it falls on: of the last, this and the next year, the one nearest the writing
        in which it falls on that weekday ("Halloween on Friday", in October 2025, is Oct. 31, 2025, the one that is a
        Friday, whatever the tense of its clause).  None when no such year is, or when every one is, as a
        holiday of a fixed weekday ("Thanksgiving on Thursday") tells no year by it; None too when that day is more
        than a week from the writing, as a weekday told alone never is ("Sales slowed after Christmas on Friday",
        written on Tuesday, Jan. 6, 2026, is the Friday just gone, not Dec. 25, 2026)."""
        if self.anchor is None or "holiday" not in exp.parts or not _lacks_year(exp.parts) \
                or following.parts.keys() != {"weekday"} \
                or _connectors().holiday_on.fullmatch(self.low, exp.end, following.start) is None \
                or " on " not in self.low[exp.end - 1:following.start + 1]:
            return None
        days = [placed.first_day for placed in self._holidays_near_the_writing(exp, None)]
        fits = [day for day in days if day.isoweekday() == following.parts["weekday"]]
        if not fits or len(fits) == len(days):
            return None
        day = min(fits, key=lambda day: abs((day - self.anchor).days))
        return day if abs((day - self.anchor).days) <= _DAYS_IN_A_WEEK else None

    def _holiday_of_the_text(self, exp: finder.Expression, other_readings: str | None = None) -> None:
        """"authorities added New Year's Eve to the official break", after the Spring Festival holiday: the eve
        of the lunar new year, the holiday the text named before (holidays.tsv, a rule with a second reading),
        unless the text named a holiday of a fixed day too, other than those; "the Labor Day holiday" after the
        Lunar New Year or Singles Day is China's of May 1.  A NAMED that is no holiday is a place: "Golden Week" in
        a sentence that names Japan and no place of the first reading (a NAMED after "!") is Japan's, and so is one
        in a sentence naming neither when the first of them the text named was Japanese ("Chinese tourists are
        expected to flock to Japan during Golden Week" is China's), and so is one with Japan one word after it
        ("Golden Week in Japan"), whatever else its sentence names.  Of several readings ("Eid": Eid al-Fitr's or
        Eid al-Adha's) the one whose holiday the text named last before it wins; a headline's, with none named before
        it, is the one its story names first ("... plans a data centre after Eid" over a story of Eid al-Fitr).
        ``other_readings``, if given, stand for those the finder gave ``exp`` (_read_as: the readings of the holiday
        a first reading gave it)."""
        rules = lexicon.holidays()
        readings = (other_readings or exp.parts["holiday_in_context"]).split("|")

        def signs(reading: str) -> set[str]:
            return {_own_reading(rules[name]) for name in reading.partition("@")[2].split(",") if name in rules}

        told = [earlier[0].parts for earlier in self.resolved if "holiday" in earlier[0].parts]
        if not told and exp.end <= self.headline_end:
            named = set().union(*map(signs, readings))
            told = [later.parts for later in self.expressions
                    if later.start > self.headline_end and later.parts.get("holiday") in named][:1]

        def last_told(reading: str) -> int:
            return max((i for i, parts in enumerate(told) if parts["holiday"] in signs(reading)), default=-1)

        def first_place(reading: str) -> int:
            """Minus where the text first names a place of ``reading`` before ``exp``: of several countries' readings
            the one of the place named first is tried first ("MUSCAT -- ... exports to Vietnam ... the National Day
            holiday" is Oman's), as a reading of one place is (see _holiday_reading)."""
            places = tuple(name for name in reading.partition("@")[2].split(",")
                           if name and name not in rules and not name.startswith(("!", _NEAR_SIGN)))
            if not places:
                return -len(self.low) - 1
            sentence = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
            if _any_place(places).search(self.low, *sentence):
                return 1        # (a place of its own sentence comes first of all)
            first = _any_place(places).search(self.low, 0, exp.start)
            return -first.start() if first else -len(self.low) - 1

        for reading in sorted(readings, key=lambda reading: (last_told(reading), first_place(reading)), reverse=True):
            before = exp.parts["holiday"]
            self._holiday_reading(exp, reading, told)
            if exp.parts["holiday"] != before:
                return

    def _read_as(self, exp: finder.Expression, rule: str) -> None:
        """Give ``exp`` the holiday of ``rule``, read in turn by that holiday's own readings in other texts ("Eid" in a
        story from Dubai that named Eid al-Adha is the Gulf's Eid al-Adha)."""
        own, _, others = rule.partition("|")
        exp.parts = dict(exp.parts, holiday=own)
        if others:
            self._holiday_of_the_text(exp, others)

    def _holiday_reading(self, exp: finder.Expression, reading: str, told: list[dict]) -> None:
        """One reading of :meth:`_holiday_of_the_text`, "OTHER@NAMED", against the parts of the holidays ``told``."""
        other, _, named = reading.partition("@")
        rules = lexicon.holidays()
        names = named.split(",")
        if names[0].startswith(_NEAR_SIGN):
            if self._a_holiday_named_near(exp, {_own_reading(rules[name[1:]]) for name in names}):
                self._read_as(exp, rules[other])
            return
        places = tuple(name for name in names if name not in rules and not name.startswith("!"))
        rivals = tuple(name[1:] for name in names if name.startswith("!"))
        if places:
            lo, hi = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
            if (gap := _ONE_WORD_GAP.match(self.low, exp.end)) and _any_place(places).match(self.low, gap.end()):
                # "Chinese tourists will flock to Golden Week in Japan": the place one word after it is its own
                self._read_as(exp, rules[other])
                return
            if rivals and _any_place(rivals).search(self.low, lo, hi):
                return
            first = _any_place(places + rivals).search(self.low, 0, exp.start)
            if _any_place(places).search(self.low, lo, hi) or (first and first.group() in places):
                self._read_as(exp, rules[other])
            return
        signs = {_own_reading(rules[name]) for name in named.split(",") if name in rules}
        if not signs.isdisjoint(p["holiday"] for p in told) and not any(
                resolver.fixed_holiday(p["holiday"]) for p in told if p["holiday"] not in signs and "year" not in p):
            # (a text that named another holiday of a fixed date, "the three-day New Year's Day break", keeps to
            # the calendar of its months; "films released by Christmas 2028" only names a day)
            self._read_as(exp, rules[other])

    def _a_holiday_named_near(self, exp: finder.Expression, signs: set[str]) -> bool:
        """Does the sentence of ``exp``, before or after it, or the sentence before name a holiday of ``signs``?  Only
        so near does a word that may stand for several holidays name one ("the holy month, which ended with Eid al-Fitr
        last Friday" is Ramadan)."""
        window = self._window_of(exp.start)
        lo, hi = self._previous_sentence_start(exp, window), self.clauses.sentence(exp.start, exp.end, window)[1]
        return any(lo <= other.start < hi and other.parts.get("holiday") in signs for other in self.expressions)

    def _year_end_of_the_month_told_of(self, exp: finder.Expression, window) -> None:
        """"Growth slowed from 6.5% in December, when platforms ran year-end promotions", in March: the end of
        that December's year, not of this one, in a clause without a marker of the future."""
        reference = self.reference
        if reference is None or reference.gran not in ("M", "D") or self.anchor is None \
                or reference.year >= self.anchor.year or self.reference_window != window or window is None \
                or finder.may_look_ahead(self.text, self.low, exp.start, exp.end, window, self.clauses):
            return
        exp.parts = {"year": reference.year, "mod": exp.parts["mod"]}

    def _expression_after(self, end: int) -> finder.Expression | None:
        """The first expression the finder listed that starts at or after ``end``."""
        return next((e for e in self.expressions if e.start >= end), None)

    def _span_end(self, exp: finder.Expression, befores: dict[str, int]) -> int:
        """Where the span ``exp`` opens ends (the end of the date it runs to), else where ``exp`` ends: the clause
        after a span tells of both its ends ("from Sept. 24 to 26, where the company usually unveils new models" is
        one conference, not a yearly Sept. 24)."""
        following = self._expression_after(exp.end)
        if following is not None and _span_row(self.low, exp, following, befores, self.connectors.rows,
                                               self.connectors.spans) is not None:
            return following.end
        return exp.end

    def _a_year_s_calendar_by_its_months(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Does ``exp``, a month named alone, open a span to the month before it, also named alone, in a clause not in
        the past ("Cotton's marketing season runs from August to July")?  Twelve months told without their years are a
        calendar every such year keeps (a crop's, a league's, a fiscal year's), no one stretch of the story: a writer
        who means one names its years."""
        if exp.parts.keys() != {"month"}:
            return False
        if self.resolved and self._closes_a_span(exp):
            # (its end recurs with it: the span's first month, read so, is now habitual)
            first = self.resolved[-1][0]
            return first.parts.keys() == {"month", "habitual"} \
                and exp.parts["month"] % 12 == (first.parts["month"] - 1) % 12
        following = self._expression_after(exp.end)
        if "span" not in befores or following is None or following.parts.keys() != {"month"} \
                or following.parts["month"] % 12 != (exp.parts["month"] - 1) % 12 \
                or _span_row(self.low, exp, following, befores, self.connectors.rows, self.connectors.spans) is None:
            return False
        return finder.clause_tense(self.text, self.low, exp.start, following.end, window, self.clauses) != "past"

    def _closes_a_span(self, exp: finder.Expression) -> bool:
        """Do the words before ``exp`` join it to the expression before it as a span (see :func:`_span_row`)?"""
        if not self.resolved:
            return False
        last, befores = self.resolved[-1][0], self.resolved[-1][3]
        return _span_row(self.low, last, exp, befores, self.connectors.rows, self.connectors.spans) is not None

    def _ends_a_stretch_from(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` the end of a stretch "from" the date before it ("from January 2024 through October",
        "from a low of HK$72 in January 2024 through the end of October": a span row of connectors.tsv,
        its `before` anywhere before that date in the clause)?"""
        if not self.resolved:
            return False
        last = self.resolved[-1][0]
        lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        if last.start < lo:
            return False
        for _, between, opens in self.connectors.span_opens:
            if between.fullmatch(self.low, last.end, exp.start) and opens.search(self.low[lo:last.start]):
                return True
        return False

    def _ends_a_recent_stretch(self, exp: finder.Expression, window) -> bool:
        """Does ``exp``, named without its year, end a stretch from a date of last year named with its
        year (see :meth:`_ends_a_stretch_from`)?  It then ends at the latest such month up to now; a
        stretch from an older year is a story's, and ends in the first such month after its start ("from
        December 2020 to April")."""
        if self.anchor is None or not _lacks_year(exp.parts) or not self.resolved:
            return False
        start = self.resolved[-1][1]
        if "year" not in self.resolved[-1][0].parts or start.last_day is None \
                or start.last_day.year != self.anchor.year - 1:
            return False
        return self._ends_a_stretch_from(exp, window)

    def _period_compared_with_the_base(self) -> resolver.Period | None:
        """When the story's reference is the base of a comparison ("up from a loss of $142 million in 2024"), the
        period of its unit its sentence named before it, which the base is compared with; else None.  (Asked for
        each period named after the reference's sentence, so read once per reference: all it reads stands before it.)"""
        reference, start = self.reference, self.reference_start
        key = (reference, start, self.reference_end, self.reference_window)
        if self._compared_with_the_base[0] == key:
            return self._compared_with_the_base[1]
        compared = None
        if lexicon.figure_compared_before(named=True).search(self.low, max(0, start - _NAMED_FIGURE_REACH), start) \
                is not None:
            sentence_start = self.clauses.sentence(start, self.reference_end, self.reference_window)[0]
            compared = next((resolution.period for earlier, resolution, *_ in self._resolved_from(sentence_start)
                             if earlier.start < start and resolution.on_calendar and resolution.period is not None
                             and resolution.period.gran == reference.gran and resolution.period != reference), None)
        self._compared_with_the_base = (key, compared)
        return compared

    def _told_of(self, exp: finder.Expression, window, befores: dict[str, int]) -> resolver.Period | None:
        """The period the text is on where ``exp`` stands, which anaphora count from; marks ``exp`` as
        going on in the story's past year when its paragraph tells of it."""
        year_of_the_clause = self._past_year_opening_the_side_clause_of(exp, window) \
            or self._year_under_way_opening_the_clause_of(exp, window)
        if year_of_the_clause is not None:
            # "though last year the term ran until July 1": a year that opens a side clause sets no reference for
            # the story, but its own clause goes on in it
            exp.parts = dict(exp.parts, in_story=True)
            return year_of_the_clause
        reference = self.reference
        if reference is None:
            return None
        text, low, anchor, clauses = self.text, self.low, self.anchor, self.clauses
        parts = exp.parts
        told_of = reference
        bound = self._bound_just_before(exp, window)
        if bound is not None:
            return bound
        counted = self._day_a_count_names(exp)
        if counted is not None:
            # "England play Wales a week later, on October 16", after "on Saturday, October 9 [, 2027], a repeat of
            # their meeting in 2023": the day in apposition to a count of days or weeks is the day counted to
            exp.parts = dict(parts, in_story=True)
            return counted
        sequel_of = self._a_side_clause_date_before_a_sequel(exp, window)
        if sequel_of is not None:
            # "After the chip was blocked in April of last year and then allowed again in July": what a sequel
            # word orders after a date of its own clause comes after that date, though a side clause's date
            # moves no reference
            exp.parts = dict(parts, in_story="after_end")
            return sequel_of
        day_before = self._the_day_told_before(exp, window)
        if day_before is not None:
            # "announced on the evening of March 11, 2024 ... The amount was equal to 41% of its 2023 revenue. [new
            # paragraph] Zhou sold the shares between March 14 and March 20": a day anywhere in the first sentence
            # of the paragraph goes on from the last day told, as a month does, past a year that only dates a noun
            exp.parts = dict(parts, in_story=True)
            return day_before
        clock = "hour" in parts and _a_clock_time_alone(parts)
        named = _names_the_period_told_of(parts)
        if clock and (exp.start == 0 or text[exp.start - 1] == "\n"):
            # a clock time opening its line stamps a live report's entry: the day it is published
            told_of = None
        elif parts.get("latest") and text.find("\n", self.reference_end, exp.start) != -1:
            # "in its latest fiscal year" is the latest up to now, not up to a year a paragraph before told of
            told_of = None
        elif (named or clock) and anchor is not None and reference.last() < anchor \
                and text.find("\n", self.reference_end, exp.start) != -1 \
                and (finder.is_forecast(text, low, exp.start, exp.end, window, clauses)
                     or any(tense == "schedule" and "," not in low[end:exp.start] for _, end, tense, _ in
                            clauses.markers(clauses.sentence(exp.start, exp.end, window)[0], exp.start))) \
                and "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses):
            # "will add features by the end of the year" after a paragraph on 2020: a forecast names
            # the period under way ("will hold a call at 7:30 p.m." the day under way), as a timetable in the present
            # does ("retires at the end of the year"); the story's past stays in its own paragraph ("had expected
            # sales to recover by the end of the year" is still in it)
            told_of = None
        elif (named or parts.get("of_the_year")) and anchor is not None and reference.last().year < anchor.year \
                and self.reference_end <= clauses.sentence(exp.start, exp.end, window)[0] \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "future" \
                and finder.is_forecast(text, low, exp.start, exp.end, window, clauses):
            # "Hello Corp. listed in 2021. The company plans to list its unit in Shanghai in the second half of the
            # year": a forecast in the present names the year under way, even in the paragraph of a past year (not
            # so a plan of the past, "planned to", nor one told in the past perfect, which tell no "future")
            told_of = None
        elif named and anchor is not None and reference.last() < anchor \
                and self._a_deadline_ahead(exp, befores, window) and self._deadline_looks_ahead(exp, window) \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) not in ("past", "plan") \
                and lexicon.backshifted_future().search(low, self.reference_end, exp.start) is None:
            # "tariffs first imposed in 2018 ... remain in place, and a review of them is due by the end of the
            # year": a deadline told in the present is the period under way's, even in the sentence of a past year
            # ("promised in 2018 to cut emissions by the end of the year", a plan of the past, stays in it, as does
            # "said it would cut emissions by the end of the year")
            told_of = None
        elif named and reference.gran == "M" and self._a_month_ahead_past_a_month_gone(exp, window, reference,
                                                                                      self.reference_end):
            # "Sales fell 8% in February, as buyers waited for subsidies that Beijing has promised to announce before
            # the end of the month", in March: a clause of its own that looks ahead from now is on the month under
            # way, not on the past month told before it ("said in February it would cut jobs by the end of the
            # month", told from then, and "promised in February to ... by the end of the month", one clause, stay)
            told_of = None
        elif named and anchor is not None and reference.first() > anchor \
                and (text.find("\n", self.reference_end, exp.start) != -1 or not self.story_told):
            # "If Selene-2 misses that window, the next one opens in mid-December. [new paragraph] ... shipped back
            # to the launch site by the end of the month": a time to come does not carry its period over to the
            # next paragraph, where "the month" is the one under way; nor does a time to come that only qualifies a
            # noun in its own sentence ("a change that takes effect with the 2027 cycle, and it plans to publish its
            # scenarios by the end of the year": this year's end)
            told_of = None
        elif parts.get("of_the_year") and anchor is not None and reference.last().year < anchor.year \
                and text.find("\n", self.reference_end, exp.start) != -1 \
                and "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses):
            # "Sales rose 10% in the first half of the year", a paragraph after one on August 2024: like the
            # first months of a year, a part of "the year" is of a past year told of only in its own paragraph
            told_of = None
        elif named and anchor is not None and "open" in befores and reference.last() < anchor \
                and self.connectors.rows[befores["open"]]["tense"] != "future" \
                and ("pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses)
                     or self._pluperfect_reported(exp, window)):
            # "The shares have risen about 15% since the start of the year", after a paragraph on 2022: a
            # stretch up to now opens in the period under way ("had risen since the start of the year" stays, but
            # not when a saying backshifts it: "said he had sent applications since the start of the month")
            told_of = None
        elif (named or _a_daypart_alone(parts)) and anchor is not None and reference.first() > anchor and (
                any(self.connectors.rows[i]["tense"] == "past" for i in befores.values())
                or finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "past"):
            # what happened "earlier in the week" did not happen in the week of a date to come, nor
            # what has happened "since the start of the year" in the year of a forecast's end, nor what "had
            # weakened by midday" at midday of a day to come
            told_of = None
        elif named and anchor is not None and reference.last() < anchor \
                and self.reference_end > clauses.sentence(exp.start, exp.end, window)[0] \
                and lexicon.up_to_now().search(low, self.reference_end, exp.start) is not None \
                and finder.is_forecast(text, low, exp.start, exp.end, window, clauses) \
                and "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses):
            # "last tightened its rules in December 2024, and officials have said further curbs could come before the
            # end of the year": words that bring the story up to now name the year under way in the sentence of a past
            # year, as they do a month, when what follows them looks ahead ("and the company says it hit its target by
            # the end of the year" stays in the year told)
            told_of = None
        elif named and not self.story_told and self.reference_end <= clauses.sentence(exp.start, exp.end, window)[0]:
            # "lost $187.4 million in 2025, up from a loss of $142 million in 2024. It ended the year with $318 million
            # in cash": the base of a comparison tells no time the story goes on in; the period compared with it does
            told_of = self._period_compared_with_the_base() or told_of
        if self.story_told and told_of is not None and anchor is not None \
                and (_lacks_year(parts)
                     or (told_of.gran == "Y" and resolver.part_of_a_year_by_its_place_alone(parts))) \
                and "weekday" not in parts and told_of.last().year < anchor.year \
                and (told_of is not self.reference or self.reference_year_told) \
                and text.find("\n", self.reference_end, exp.start) == -1 \
                and (told_of.gran in _DAYS_TO_MONTHS
                     or (told_of.gran == "Y" and not self._goes_on_from_the_year(exp) and (
                    self._opens_the_sentence(exp, window) or self._opened_by_a_count_from_the_story(exp, window)
                    or self._pluperfect_after_it(exp, window) or self._in_the_clause_of_its_year(exp, window)))
                    or (told_of.gran in _PARTS_OF_A_YEAR and self._pluperfect_after_it(exp, window))
                    or self._carried_from_a_year_before(exp, told_of, window)
                    or self._narrows_the_year_just_told(exp, told_of, window) or (
                    ((told_of.gran in _PARTS_OF_A_YEAR and (_a_month_of(parts, told_of) or (
                        self.reference_end > clauses.sentence(exp.start, exp.end, window)[0])))
                     or (told_of.gran == "Y" and self.reference_anaphoric and (
                        self.reference_end > clauses.sentence(exp.start, exp.end, window)[0])))
                    and self._told_in_the_past(exp, window))) \
                and (finder.clause_tense(text, low, exp.start, exp.end, window, clauses) not in _OWN_TIME_TENSES
                     or self._future_told_from_then(exp, window)) \
                and not (self._a_deadline_ahead(exp, befores, window)
                         and not self._ran_until_in_the_year_told(exp, told_of, window)) \
                and not self.reference_end <= self.present_at >= clauses.sentence(exp.start, exp.end, window)[0] \
                and not self._brought_up_to_now_in_its_clause(exp, window) \
                and not self._cited_as_of_now(exp, window) \
                and not self._brought_up_to_now(exp, window) \
                and not self._its_clause_reaches_a_time_from_now(exp, window) \
                and not self._told_from_now_beside_a_time_ahead(exp, window) \
                and not self._only_ends_a_stretch_before(exp, told_of, window) \
                and not self._set_against_the_clause_told(exp, told_of, window) \
                and not self._its_sentence_came_up_to_now(exp, told_of, window) \
                and not ((finder.said_right_before(low, exp.start)
                          or finder.told_a_hearer_right_before(low, exp.start)
                          or finder.pledged_right_before(low, exp.start))
                         and finder.a_clause_with_its_own_subject(
                    low, self.reference_end, exp.start, clauses, clauses.sentence(exp.start, exp.end, window))):
            # (a clause of its own whose subject said something at the time it names tells news, read from now:
            # "a visa programme introduced in April 2019, and the government said in January that it would review
            # it", written in 2026, is January 2026; so after who heard it, "and Wu told analysts in May", and after a
            # promise, "and Amazon pledged in June to spend"; "founded in March 2010, and the founders sold it in June"
            # stays)
            # a paragraph telling of a day, week, month, season, quarter or half of a past year goes on in it:
            # "Then came 24 October 2020 ... Ten days later, on 3 November" ("Ten years ago this week, Alibaba set
            # a Singles Day record": that year's); a sentence telling of a past year, in it: "In 2024,
            # the festival ran from Oct. 14 to Nov. 11"; a past perfect after a past year or a part of it, in it: "in
            # late 2022 ... ChatGPT had been released on Nov. 30", "That spring, Ma was seldom seen in public; a brief
            # video appearance in January had done little"; so does what a sentence tells in the past after a
            # year reached by an anaphor ("I was a young reporter in Jakarta that year, and I remember the queues
            # outside the banks in November"; not the next sentence: "the following year he was appointed military
            # attache ... However, cited by police in December, Farkas was ordered home", written in April 1998)
            # (in the reference's own sentence, its year: "Last year's Double 11 festival, which started
            # on October 14"; after a day or month, the first one after it when the sentence goes on from
            # it: "granted approval on Dec. 3, 2024, and set a hearing for April 8", unless a clause opened
            # between may look back: "halted on Nov. 3, 2020, weeks after a speech in October"; the past
            # perfect looks back in any sentence: "Ma had given a speech in October")
            same_sentence = self.reference_end > clauses.sentence(exp.start, exp.end, window)[0]
            pluperfect = "pluperfect" in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses)
            # (a season goes on like a month: "cut her holding last summer and bought it back in January" is the
            # January after that summer)
            # (an entry of a chronology its year heads stays in that year: "- 2023: ... scrapped the spin-off in
            # November. Wu became chief executive in September" is September 2023, set by _open_an_entry)
            looks_back = (same_sentence and (told_of.gran not in ("D", "M", "S")
                                             or _looks_back_from_the_time_told(low, self.reference_end, exp.start))) \
                or (pluperfect and not self._a_tally_by(befores)) or parts.get("in_story") == "sentence"
            # (a deadline of completion takes the past perfect as its own aspect, not a look back: "changed on Nov. 30,
            # 2022 ... By January, the group had been folded into the team" is the January after)
            exp.parts = dict(parts, in_story="sentence" if looks_back else True)
            own_year_end = None if looks_back else self._end_of_an_own_year_counted_before(exp, told_of, window)
            if own_year_end is not None:
                exp.parts = dict(parts, in_story="after_end")
                return own_year_end
            if not looks_back and self._crosses_into_a_year_untold(exp, told_of, window):
                exp.parts = parts
                return told_of
            if pluperfect and told_of.gran in ("D", "M") and self._a_tally_by(befores) \
                    and self._a_side_clause_after_a_present_reference(exp, window):
                # a tally the past perfect gives up to a day, in a side clause on a thing a sentence told from now
                # dated in passing, counts what came after that day or month, up to the latest such day the reader
                # knows: "The buyback replaces a programme authorised in November 2023, of which $1.1 billion had
                # been spent by March 31" (written in May 2026) is March 31, 2026 ("was founded in March 2010 and
                # had hired 200 people by June" stays in the story's year)
                latest = resolver.resolve(parts, anchor, "past", self.topic, self.locale).period
                exp.parts = parts if latest is not None and latest.first() > told_of.last() \
                    else dict(parts, in_story="after_end")
            elif pluperfect and told_of.gran in ("D", "M") \
                    and self._governed_by_the_past_perfect(exp, window) and not self._closes_a_span(exp) \
                    and not set(resolver.AHEAD) & finder.clause_tenses(text, low, exp.start, exp.end, window, clauses):
                # a date the past perfect governs came before the day or month told of: "Jan. 9, 2025 - ... Lantu
                # withdraws the IPO application it had filed in October" is October 2024, not the October after it
                # (not a plan of the past, "which had been due to start trading on Nov. 5", nor a date of a verb
                # of its own: "on Sept. 26 the company said he had left", nor the end of a span whose first date
                # is the one told: "had tested models between September and December" runs forward from it)
                exp.parts["in_story"] = "before"
            elif same_sentence and told_of.gran in _SEQUEL_GRANS \
                    and _sequel_between(low, self.reference_end, exp.start):
                # "raised 3bn yuan in the first half of 2025, then listed in Hong Kong in January": January 2026
                exp.parts["in_story"] = "after_end"
            elif same_sentence and told_of.gran in _REPORTED_GRANS and (
                    finder.said_right_before(low, exp.start)
                    or _connectors().reported_on.fullmatch(low, self.reference_end, exp.start)
                    or _results_right_before().search(low, self.reference_end, exp.start) is not None):
                # a quarter's or half's figures are told after it ends: "posted a loss for the October-December
                # quarter, the company said on Feb. 20" (written in March 2026) is this Feb. 20, not the quarter's;
                # so are results its sentence goes on to ("began buying in the December quarter and added to its
                # position after Alibaba reported results on Feb. 19": Feb. 19 after that quarter)
                exp.parts["in_story"] = "after_end"
            elif same_sentence and told_of.gran in _REPORTED_GRANS \
                    and isinstance(parts.get("month"), int) and parts["month"] < told_of.first().month \
                    and not finder.a_clause_opens(low, self.reference_end, exp.start):
                # a day the sentence goes on to after a quarter's or half's figures, that would come before the
                # period in its year, is when they were told: "reported fourth-quarter revenue of $9.4 billion
                # on Jan. 29" (written in March 2026) is Jan. 29, 2026; a month so told is the next figure
                # reported ("inflation rose to 3.2% in the December quarter, and the jobless rate had held at 4.3%
                # in January" is the January after it); a relative clause between tells of its own noun, not of the
                # figures ("expects sales of $138 billion in the December quarter, helped by the phone, which went on
                # sale on September 19" is the September before)
                exp.parts["in_story"] = "after_end"
        elif told_of is not None and anchor is not None and told_of.gran == "M" and told_of.last() < anchor \
                and _lacks_year(parts) and "day" in parts and "weekday" not in parts \
                and parts.get("month") == told_of.first().month \
                and self.reference_end > clauses.sentence(exp.start, exp.end, window)[0] \
                and self._reference_with_its_year() is not None \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "plan":
            # a day of the past month its sentence has named with its year is of that month, even in a plan told
            # from then: "ended a lockout in November 2024, when the minister ordered the board to impose arbitration
            # on Nov. 12" (written in October 2025; what is still to come is not: "for the year to June 2025 and must
            # sell players before the end of the financial year on June 30")
            exp.parts = dict(parts, in_story="sentence")
        elif told_of is reference and (self._next_day_of_a_narrative(exp, window)
                                       or self._next_month_of_a_narrative(exp, window)
                                       or self._next_season_of_a_narrative(exp, window)):
            # "On 24 October 2020, speaking at the Bund Summit, Ma accused ... [new paragraph] On 2 November, Ma and
            # Ant's executives were summoned by regulators": a paragraph opened by a day told in the past, weeks
            # after the day the paragraph before told of, goes on with the story in its year (so does a month of its
            # first sentence: "took effect on Aug. 26, 2022. [new paragraph] Inspectors flew in in September")
            exp.parts = dict(parts, in_story=True)
        elif self.reference_qualifies and (self.story_told or self.reference_subject) and told_of is reference \
                and anchor is not None \
                and _lacks_year(parts) and "month" in parts and "weekday" not in parts and "in_story" not in parts \
                and reference.year != anchor.year \
                and clauses.sentence(exp.start, exp.end, window)[0] <= self.reference_start \
                and not finder.a_clause_looks_back(low, self.reference_end, exp.start) \
                and not self._a_time_ahead_after_a_past_year_s(exp, reference, window):
            # "Next year's championship will be played at Augusta in mid-August": a year in the possessive
            # dates its noun, and the month its clause goes on to name is of that year, whatever the tense, as does a
            # year between the article and the noun opening the sentence ("The 2024 festival ran from May 20") (not
            # one that is the base of a comparison: "began on Oct. 20, four days earlier than last year's, and ran
            # until midnight on Nov. 11" is this Nov. 11)
            exp.parts = dict(parts, in_story="sentence")
        elif told_of is reference and anchor is not None and _lacks_year(parts) and "month" in parts \
                and "weekday" not in parts and "in_story" not in parts \
                and self._in_the_noun_group_of_a_year_ahead(exp, reference):
            # "raised the price of their packages for the 2026 Hajj in late May", written in February 2026: the
            # month tells when the occasion its year names falls, whatever the tense of the clause
            exp.parts = dict(parts, in_story="sentence")
            self.year_entry_of_occasion_month[exp.start] = self.resolved[-1]
        elif told_of is reference and anchor is not None and reference.gran in ("D", "M") \
                and reference.first().year > anchor.year and _lacks_year(parts) and "month" in parts \
                and "weekday" not in parts and "in_story" not in parts \
                and self.reference_end > clauses.sentence(exp.start, exp.end, window)[0] \
                and not self._a_field_of_a_later_item(exp) \
                and not self._a_year_labelled_by_its_end() \
                and not finder.a_clause_looks_back(low, self.reference_end, exp.start) \
                and self._reference_with_its_year() is not None \
                and not any(m[2] in lexicon.PAST_TENSES for m in clauses.markers(self.reference_end, exp.start)) \
                and not finder.a_clause_with_its_own_subject(low, self.reference_end, exp.start, clauses,
                                                             clauses.sentence(exp.start, exp.end, window)):
            # "begin at Wembley on June 5, 2027, and end with three nights at the Rose Bowl in late September": a
            # sentence that goes on from a day of a year to come stays in that year, as it does in a past year (a
            # past verb before that day tells of something else: "The new dates, announced on Friday, begin ...";
            # one after it may look back: "opens on June 5, 2027, a date set in March"; a clause with a subject of
            # its own tells its own time: "is scheduled for Aug. 6 to 16, 2026, and the board will vote in October",
            # written in 2025, is this October; nor does the next item of a list, a field of its own: "- Maturity:
            # Sept. 12, 2032 / - Settlement: Sept. 16" is this Sept. 16)
            exp.parts = dict(parts, in_story=True)
        elif told_of is reference and anchor is not None and reference.gran == "Y" \
                and reference.first().year > anchor.year and self.reference_year_told \
                and _lacks_year(parts) and "month" in parts and "weekday" not in parts and "in_story" not in parts \
                and self.reference_end > clauses.sentence(exp.start, exp.end, window)[0] \
                and self._opens_the_sentence(exp, window) \
                and not any(m[2] in lexicon.PAST_TENSES for m in clauses.markers(self.reference_end, exp.start)) \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) not in lexicon.PAST_TENSES:
            # "In 2027, the agency will review the rules in the week after March 1", written in 2026: a year to come
            # opening its sentence frames all of it, as a past year does ("In 2024, the festival ran from Oct. 14"),
            # unless a clause in the past tells of another time ("In 2027 the bonds mature, after a deal struck in
            # March")
            exp.parts = dict(parts, in_story="sentence")
        elif told_of is reference and anchor is not None and _lacks_year(parts) and "month" in parts \
                and "weekday" not in parts and "in_story" not in parts \
                and self._a_year_to_come_framing_the_sentence(exp, window) \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) not in lexicon.PAST_TENSES:
            # "In 2027, elections are due in May, and the budget follows in June", written in 2026: the year to come
            # frames the clauses after the first too, a later date of it told since then (May) no year of its own
            exp.parts = dict(parts, in_story="sentence")
        elif told_of is reference and anchor is not None and reference.gran == "D" and reference.first() > anchor \
                and _lacks_year(parts) and "month" in parts and "day" in parts and "weekday" not in parts \
                and "in_story" not in parts \
                and (reference.first().year > anchor.year and self.reference_year_told
                     and self._soon_after_a_day_to_come(parts, reference)
                     and finder.clause_tense(text, low, exp.start, exp.end, window, clauses)
                     not in lexicon.PAST_TENSES
                     or _listing_between().fullmatch(low, self.reference_end, exp.start)) \
                and not self._a_field_of_a_later_item(exp):
            # a fixture list of a year to come goes on in it: "Australia and New Zealand meet on Sunday, October 17
            # [, 2027] ... [new paragraph] The quarter-finals follow on October 30 and 31" is October 2027 (a day that
            # would come before the day told of, or long after it, is not: "opens on June 5, 2027. Tickets go on sale
            # on March 3" is the coming March 3); and "at its next two meetings, on May 6 and June 17", in March: a day
            # listed after a day to come is the first such day after it, not the last one a past verb of the sentence
            # would make it; a field of a later item of a bulleted list is not: "- Maturity: Sept. 12, 2032 ... / -
            # Settlement: on or about Sept. 16", a term sheet written on Sept. 12, 2025, is this Sept. 16)
            exp.parts = dict(parts, in_story=True)
        elif told_of is reference and self._goes_on_from_a_quarter_to_come(exp, window):
            # "21 leases expire in the first quarter of 2026, 17 in the second quarter", in September 2025: a
            # quarter or half its sentence goes on to after one of a year to come is the first such one after it
            exp.parts = dict(parts, in_story=True)
        return told_of

    def _a_year_labelled_by_its_end(self) -> bool:
        """Does the story's reference name a twelve-month year by the month it ends in (tense.tsv kind year_end_label:
        "its fiscal year ending March 2026")?  That month only labels the year: a day told after it in its sentence
        is no day of the year it ends in ("reports results, the second of its fiscal year ending March 2026, on Nov.
        25", on Nov. 12, 2025, is this Nov. 25).  Only a year under way, its end within twelve months: a day told
        after a year that ends further off is of that year ("the third of its fiscal year ending March 2027, on Feb.
        12", on Nov. 12, 2025, reports the quarter to December 2026, on Feb. 12, 2027)."""
        if self.anchor is None or self.reference is None \
                or (self.reference.last() - self.anchor).days >= _DAYS_IN_A_YEAR:
            return False
        if _kind_just_before(self.low, "year_end_label", self.reference_start, _TIED_WORDS_REACH):
            return True
        # (the words may be the reference's own, joined to it: "the year ending March 2026")
        stretch = self.reference_stretch
        return stretch is not None and stretch[1].value == "P1Y"

    def _a_field_of_a_later_item(self, exp: finder.Expression) -> bool:
        """Does ``exp`` stand in a bulleted item opened by a label of its own ("- Settlement: on or about Sept. 16"),
        on a line after the date last told?  Such an item is a field of a term sheet or fact box, each dated apart."""
        line = _line_start(self.text, exp.start)
        if line <= self.reference_end:
            return False
        bullet = BULLET_OPENING.match(self.text, line, exp.start)
        return bullet is not None and LABEL_OPENING.match(self.text, bullet.end(), exp.start) is not None

    def _goes_on_from_a_quarter_to_come(self, exp: finder.Expression, window) -> bool:
        """Whether ``exp``, a calendar quarter or half named without its year, goes on in its sentence from a
        quarter or half of a year to come told with its year, with no past verb nor a clause that may look back
        between (as a day or month does from a day of a year to come).  A year to come told by a part of it
        ("planned for mid-2026, while the Dutch one will follow in the second half") already tells of its course: a
        half or quarter after it is of that year, in any clause that goes on from it."""
        reference, anchor, parts, low = self.reference, self.anchor, exp.parts, self.low
        if anchor is None or reference is None or reference.gran not in ("Q", "H", "Y") \
                or reference.first().year <= anchor.year:
            return False
        # (after a year to come, a half or quarter with an adjective for its article is one of it too: "expects 2027
        # to be tough, with a weaker first half")
        if not (resolver.names_a_part_of_the_year(parts)
                or reference.gran == "Y" and _a_half_or_quarter_alone(parts)) \
                or parts.get("fiscal") or "in_story" in parts \
                or {"year", "yy", "shift", "quarter_end", "half_end", "year_of", "anaphoric"} & set(parts):
            return False
        told = self._reference_with_its_year()
        if self.reference_end <= self.clauses.sentence(exp.start, exp.end, window)[0] or told is None \
                or any(m[2] in lexicon.PAST_TENSES for m in self.clauses.markers(self.reference_end, exp.start)):
            return False
        # (after a year told by a part of it, a clause of contrast goes on to another plan of the same course:
        # ", while the Dutch one will follow"; its own word is no clause looking back)
        by_a_part = "mod" in told.parts and reference.gran == "Y"
        contrast = lexicon.contrast().search(low, self.reference_end, exp.start) if by_a_part else None
        gaps = [(self.reference_end, exp.start)] if contrast is None \
            else [(self.reference_end, contrast.start()), (contrast.end(), exp.start)]
        return not any(finder.a_clause_looks_back(low, lo, hi) for lo, hi in gaps) \
            and (by_a_part or reference.gran != "Y" or self._in_a_with_phrase_after_the_reference(exp))

    def _reference_with_its_year(self, last: int = 4) -> finder.Expression | None:
        """The expression the reference was read from, among the ``last`` read last, if it names its year itself (one
        that took its year from a year told before makes no year of the story to go on in)."""
        return next((e for e, *_ in self.resolved[-last:] if e.start == self.reference_start and "year" in e.parts),
                    None)

    def _in_a_with_phrase_after_the_reference(self, exp: finder.Expression) -> bool:
        """Does ``exp`` stand in a phrase opened by a comma and "with" that ends the clause of the date told last
        ("expects 2027 to be tough, with a weaker first half")?  The phrase tells how that time goes, so a part of
        the year it names is of it; a clause of its own ("referring to 2027, as the pipeline stretches into the
        second half") is read from now."""
        return lexicon.with_phrase_before().search(self.low, self.reference_end, exp.start) is not None \
            and self.reference_end > self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))[0]

    def _day_a_count_names(self, exp: finder.Expression) -> resolver.Period | None:
        """The day a count of days or weeks right before ``exp`` ("a week later, on October 16") reached, when ``exp``
        names that day and month without its year."""
        parts = exp.parts
        if not self.resolved or not _lacks_year(parts) or "weekday" in parts \
                or not _names_month_and_day(parts):
            return None
        last, resolution = self.resolved[-1][:2]
        period = resolution.period
        if period is None or period.gran != "D" or last.parts.get("unit") not in _DAY_COUNT_UNITS \
                or last.parts.get("direction") not in ("earlier", "later") \
                or _COUNT_IN_APPOSITION.fullmatch(self.low, last.end, exp.start) is None \
                or (period.first().month, period.first().day) != (parts["month"], parts["day"]):
            return None
        return period

    @staticmethod
    def _soon_after_a_day_to_come(parts: dict, reference: resolver.Period) -> bool:
        """Does the day and month of ``parts`` fall, in the year of the day ``reference``, on it or within a few weeks
        after it?"""
        if not _names_month_and_day(parts):
            return False
        try:
            placed = dt.date(reference.first().year, parts["month"], parts["day"])
        except ValueError:
            return False
        return 0 <= (placed - reference.first()).days <= _STORY_LOOK_AHEAD_DAYS

    def _nearer_ahead(self, exp: finder.Expression, gone: resolver.Resolution, ref) -> resolver.Resolution | None:
        """``exp`` read as the one to come, when that starts after the date of writing and nearer to it than ``gone``,
        its reading in the past, ended: a reading that sets a time ahead takes the nearer of the two."""
        coming = resolver.resolve(exp.parts, self.anchor, "future", ref, self.locale)
        if coming is not None and coming.first_day is not None and coming.first_day > self.anchor \
                and coming.first_day - self.anchor < self.anchor - gone.last_day:
            return coming
        return None

    def _a_plan_in_the_past_perfect(self, exp: finder.Expression, window) -> bool:
        """Is the last plan before ``exp`` in its sentence told in the past perfect, "had" right before it ("had
        planned to start the survey on Jan. 2", "had been planned for June"), not a plan with a past perfect elsewhere
        in its sentence ("pledged to spend more than it had spent")?"""
        start, end = self.clauses.sentence(exp.start, exp.end, window)
        # (a plan a verb in the past after it calls off or moves is no time to come: "which had been planned for the
        # spring, was cancelled")
        if lexicon.plan_revised().search(self.low, exp.end, end):
            return False
        markers = [m for m in self.clauses.markers(start, end) if m[1] <= exp.start and m[3]]
        # (a marker of the future after "had" is such a plan too: "had been due to fly on November 18", "had been
        # set to begin on Jan. 14", tense.tsv's pluperfect)
        plans = [i for i, m in enumerate(markers) if m[2] in ("plan", "future")]
        if not plans or plans[-1] == 0 or markers[plans[-1] - 1][2] != "pluperfect":
            return False
        # (a hope so told was a hope of the past, dashed or met, whatever its date: "had been hoping to ship more fruit
        # in March", in November, is the March gone)
        if lexicon.squash(self.low[markers[plans[-1]][0]:markers[plans[-1]][1]]) in lexicon.hope_words():
            return False
        # (the passive's auxiliary may stand between: "which had been planned for the summer")
        words = lexicon.tense_words()[0]
        between = self.low[markers[plans[-1] - 1][1]:markers[plans[-1]][0]]
        if not all(words.get(word) == "auxiliary" for word in between.split()):
            return False
        # (a verb in the past the last between the plan and the date tells what was done instead, whose date it
        # is: "Norway, which had been expected to open its waters, postponed the round in December"; not a verb of
        # saying whose object clause holds the date: "said the gate could not be trusted through another winter",
        # though one dated itself is: "advised in May that catches should be zero")
        plan_end = markers[plans[-1]][1]
        between = [(at, stop, tense) for at, stop, tense, _ in self.clauses.markers(start, end)
                   if plan_end <= at and stop <= exp.start]
        if not between or between[-1][2] not in lexicon.PAST_TENSES:
            return True
        at, stop, _ = between[-1]
        return lexicon.squash(self.low[at:stop]) in lexicon.reporting_verbs() \
            and len(self.low[stop:exp.start].split()) > 1

    def _a_tally_by(self, befores: dict[str, int]) -> bool:
        """Do the connectors ``befores`` before a date make it the day a tally is given up to, a deadline of
        completion ("had been spent by March 31"), not a limit ahead ("had until June 30")?"""
        return "deadline" in befores and self.connectors.rows[befores["deadline"]]["tense"] == "completion"

    def _a_side_clause_after_a_present_reference(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a side clause opened after the reference, in a sentence that told no past before the
        reference but the participle dating it ("replaces a programme authorised in November 2023, of which ... by
        March 31"; not "was founded in March 2010, ...")?"""
        markers = self.clauses.markers(*self.clauses.sentence(exp.start, exp.end, window))
        return all(_ONE_WORD_APART.fullmatch(self.low, end, self.reference_start) for at, end, tense, _ in markers
                   if at < self.reference_start and tense in lexicon.PAST_TENSES) \
            and any(tense == "boundary" and self.reference_end <= at < exp.start for at, _, tense, _ in markers)

    def _governed_by_the_past_perfect(self, exp: finder.Expression, window) -> bool:
        """Are the last markers of tense before ``exp`` in its sentence a past perfect with its participle ("the
        application it had filed in October"), not a verb of its own after it ("on Sept. 26 the company said he had
        left") nor "had" of having ("Companies had until June 30 to comply")?"""
        markers = [m for m in self.clauses.markers(*self.clauses.sentence(exp.start, exp.end, window))
                   if m[1] <= exp.start]
        return len(markers) > 1 and markers[-1][2] == "past" and not markers[-1][3] \
            and markers[-2][2] == "pluperfect" and markers[-1][0] - markers[-2][1] <= _PARTICIPLE_REACH

    def _set_against_the_clause_told(self, exp: finder.Expression, told_of: resolver.Period, window) -> bool:
        """Does a clause set against the one that told the story's reference (", while") stand between it and ``exp``,
        in its sentence, when the reference names its year and does not open the sentence?  "Virgin Galactic paused its
        flights in June 2024, while Blue Origin last flew tourists on Feb. 8" is the latest Feb. 8; "In 2024, Tmall's
        sale began on Oct. 14, while JD's began on Oct. 10" is 2024's."""
        if told_of is not self.reference or self.reference_end > exp.start:
            return False
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        # (the reference names its year itself: one that took it from a year told before goes on in that year)
        return sentence_start <= self.reference_start \
            and self._reference_with_its_year() is not None \
            and lexicon.contrast().search(self.low, self.reference_end, exp.start) is not None \
            and _FRONTED.fullmatch(self.low, sentence_start, self.reference_start) is None

    def _the_day_of_a_time_that_bounds_a_stretch(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the day of a time a stretch runs until ("ran until midnight on Nov. 11")?  Such a day is a limit,
        as the day itself after "until" is, not a day the story moves to: "began on Oct. 20 ... and ran until midnight
        on Nov. 11. JD.com opened its own promotion a day earlier" counts from Oct. 20."""
        before = self._clock_time_of_the_day(exp)
        return before is not None and not _STRETCH_LIMIT_KINDS.isdisjoint(_before_kinds(self.low, before.start))

    def _the_start_of_a_stretch_up_to_now(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` the day a period began, told in a relative clause after it, in a sentence in the present perfect
        ("The indicator has risen 14% in the season that began on July 1")?  The period runs up to now, as one "since"
        that day does: the day sets no time for the story ("In the same week last year" is this week's, a year back)."""
        told = lexicon.period_began_before().search(self.low, max(0, exp.start - _PERIOD_BEGAN_REACH), exp.start)
        if told is None:
            return False
        opens = self.clauses.sentence(exp.start, exp.end, window)[0]
        return lexicon.present_perfect().search(self.low, opens, told.start()) is not None

    def _clock_time_of_the_day(self, exp: finder.Expression) -> finder.Expression | None:
        """The clock time read right before ``exp`` when ``exp`` is its day ("midnight on Nov. 11"), else None."""
        if not self.resolved:
            return None
        before = self.resolved[-1][0]
        return before if "on_day" in before.parts and _DAY_OF_A_TIME.fullmatch(self.low, before.end, exp.start) \
            else None

    def _placed_by_the_part_of_the_day_after(self, index: int, exp: finder.Expression) -> bool:
        """Is ``exp`` a clock time placed by the part of the day counted on right after it ("at 5:28 a.m. the next
        morning")?  That part counts from the day told before the two, so the time is no day the story moves to."""
        following = self.expressions[index + 1] if index + 1 < len(self.expressions) else None
        return following is not None and "on_day" in exp.parts and "hour" in exp.parts \
            and _placed_by_a_day_counted_from_the_one_told(self.low, exp, following)

    def _the_day_of_a_time_bounded(self, exp: finder.Expression, befores: dict[str, int]) -> bool:
        """Is ``exp`` the day of a clock time a happening came just before or after ("leave shortly before midnight on
        Saturday, Dec. 13")?  The happening is on that day, which the story goes on from ("the next morning"), though
        the word before the time bounds it (see _STRETCH_LIMIT_KINDS)."""
        return befores.keys() == {"bound"} and self._clock_time_of_the_day(exp) is not None

    def _a_time_ahead_after_a_past_year_s(self, exp: finder.Expression, reference: resolver.Period, window) -> bool:
        """Is ``exp`` told in a clause that looks ahead after a year gone in the possessive?  That year dates only its
        noun, most often a base the clause holds on to, not the deadline of what is still to come ("The club will keep
        season tickets at last year's price for fans who renew before March 1", in January: this March 1)."""
        return self.anchor is not None and reference.last() < self.anchor \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) in resolver.AHEAD

    def _occasion_ahead_in_its_year(self, exp: finder.Expression, resolution: resolver.Resolution) -> None:
        """A year under way that names an occasion its month puts still ahead ("raised the price of their packages
        for the 2026 Hajj in late May", in February 2026) is `future` as that month is: the occasion has not come,
        whatever the tense of what was done for it."""
        year_entry = self.year_entry_of_occasion_month.get(exp.start)
        if year_entry is None or not resolution.future:
            return
        year_resolution = year_entry[1]
        if year_resolution is not None and not year_resolution.future:
            year_entry[1] = year_resolution._replace(future=True)

    def _in_the_noun_group_of_a_year_ahead(self, exp: finder.Expression, reference: resolver.Period) -> bool:
        """Is ``exp`` told right after the noun a year of writing or to come qualifies, between "the" and that noun,
        only a preposition between ("for the 2026 Hajj in late May")?  The phrase tells when that occasion falls;
        a year gone is left out, as what its noun names is often told of later ("published the 2024 report in
        March")."""
        if reference.gran != "Y" or reference.first().year < self.anchor.year or not self.resolved \
                or self.resolved[-1][0].start != self.reference_start \
                or _THE_BEFORE.search(self.low, max(0, self.reference_start - _TWO_WORDS_BEFORE_REACH),
                                      self.reference_start) is None \
                or not finder.after_preposition(self.low, exp.start):
            return False
        between = self.low[self.reference_end:exp.start]
        words = between.split()
        return not _NOUN_GROUP_STOP.search(between) and 2 <= len(words) <= _NOUN_GROUP_WORDS + 1 \
            and all(lexicon.plain_word(w) for w in words[:-1])

    def _qualifies_the_subject_opening_its_sentence(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` a year between "the" opening its sentence and the noun after it ("The 2024 festival ran from May
        20 to June 18")?  The year names which occasion the subject is, and so dates what its clause tells of it; an
        owner's figure a year qualifies is only measured over it ("Its 2024 sales peaked in June" is the June
        gone)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        article = _THE_BEFORE.search(self.low, max(sentence_start, exp.start - _TWO_WORDS_BEFORE_REACH), exp.start)
        return article is not None and not self.low[sentence_start:article.start()].strip(" \"'(\u201c") \
            and _NOUN_AFTER.match(self.low, exp.end) is not None

    def _frames_its_sentence(self, determiner_start: int, exp: finder.Expression, window) -> bool:
        """Does the noun ``exp`` dates, from ``determiner_start``, open its sentence after a preposition of time and end
        at a comma, as the time the sentence tells of ("After the April 2022 election, the government was sworn in on
        June 1"; not "accepted a treaty he had rejected after the August 1988 cease-fire"), or at the pronoun that
        opens the main clause ("In the 2023 season we barely found anything after August" is August 2023)?"""
        return self._a_noun_framing(determiner_start, exp.end, self.clauses.sentence(exp.start, exp.end, window)[0])

    def _a_noun_framing(self, determiner_start: int, end: int, sentence_start: int) -> bool:
        """See _frames_its_sentence: the date ends at ``end``, its sentence opens at ``sentence_start``."""
        return lexicon.framing_opener().fullmatch(self.low, sentence_start, determiner_start) is not None \
            and (_NOUN_TO_A_COMMA.match(self.low, end) is not None
                 or lexicon.noun_to_its_subject().match(self.low, end) is not None)

    def _only_ends_a_stretch_before(self, exp: finder.Expression, told_of: resolver.Period, window) -> bool:
        """Is ``told_of`` the day that ends a stretch ("results for the year ended Dec. 31, 2025"), told in a
        sentence before the one of ``exp``?  The stretch is what a figure covers, no day the story goes on from:
        "In a separate notice it said its unit had delivered 41,300 cars in February" is the latest February."""
        return told_of is self.reference and told_of.gran == "D" and self.reference_stretch is not None \
            and self.reference_end <= self.clauses.sentence(exp.start, exp.end, window)[0]

    def _future_told_from_then(self, exp: finder.Expression, window) -> bool:
        """Is the last marker of the future before ``exp`` in its sentence told from the past, right after a verb in
        the past ("the shares were due to start trading on Nov. 5") or as a participle qualifying a noun after a
        determiner ("two days before its scheduled debut on Nov. 5")?  In a story of a past year it is that year's
        plan, gone by with it."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        if finder.after_a_placed_plan(self.clauses, self.low, exp.start, exp.end, window):
            return True     # ("In 2023, the board agreed on a Friday in March to restart the pit in the autumn": the
                            # plan's autumn of that year, the decision placed in it)
        markers = [(s, e) for s, e, forecast in self.clauses.future_markers(*sentence) if forecast]
        ahead = [(s, e) for s, e in markers if e <= exp.start]
        if not ahead:
            return False
        start, end = ahead[-1]
        if lexicon.determiner_before().search(
                self.low, max(sentence[0], start - lexicon.DETERMINER_REACH), start) is not None:
            # (a participle, not a noun: "cut its forecast after a weak autumn"; nor one a verb of the future
            # after the date governs: "its scheduled debut on Nov. 5 will ...")
            return self.low.endswith("ed", start, end) and all(s < exp.end for s, _ in markers)
        return any(tense in lexicon.PAST_TENSES and e <= start and start - e <= _TOLD_FROM_THEN_REACH
                   for _, e, tense, _ in self.clauses.markers(*sentence))

    def _told_from_now_beside_a_time_ahead(self, exp: finder.Expression, window) -> bool:
        """Does a sentence after the reference's own coordinate ``exp`` with a time ahead told in the present ("A
        second agency affirmed Valdora in December and is due to publish its next review on March 20", after a
        sentence on March 2019)?  It tells of now, and its month is the latest, not one of the story's past year
        (a future told from the past, "said it would", "had been due to", stays in the story)."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        if self.reference_end > sentence[0]:
            return False
        markers = self.clauses.markers(*sentence)
        # (nor one the past tells right before: "had been due to start trading on 5 November", "were due to")
        return any(tense == "future" and start > exp.end and not lexicon.backshifted_future().match(self.low, start)
                   and not (i and markers[i - 1][2] in lexicon.PAST_TENSES
                            and start - markers[i - 1][1] <= _TOLD_FROM_THEN_REACH)
                   for i, (start, _, tense, _) in enumerate(markers))

    def _weekdays_counted_from_it(self, exp: finder.Expression,
                                  following: finder.Expression | None) -> list[dt.date]:
        """The days of "the Tuesday before it" (or of two weekdays joined by "and" or "or" before those words: "the
        Tuesday and Thursday before it"), counted back from the day "it" stands for (see _day_it_stands_for): the
        last such weekday before it; else none.  Only after "the", which names the weekday of that week, not the one
        of the week of writing."""
        if not _THE_BEFORE.search(self.low, max(0, exp.start - _THE_REACH), exp.start):
            return []
        pair = following if following is not None and _a_weekday_alone(following.parts) \
            and _weekday_pair_join().fullmatch(self.low, exp.end, following.start) else None
        told = self._day_it_stands_for(pair or exp, before=exp)
        if told is None:
            return []
        day = told[0]
        return [day - dt.timedelta(days=(day.isoweekday() - told_exp.parts["weekday"] - 1) % 7 + 1)
                for told_exp in ([exp, pair] if pair is not None else [exp])]

    def _day_it_stands_for(self, exp: finder.Expression,
                           before: finder.Expression | None = None) -> tuple[dt.date, int] | None:
        """The day "it" stands for after the words that count back from a day (connectors.tsv count_before) right
        after ``exp``: the last date read in the sentence of ``exp``, before it, when that is a day and no other date
        comes between them ("Diwali falls on Oct. 20, and sellers expect a peak in the week before it"), and where
        "it" ends.  ``before``: the expression the date read last comes before, when not ``exp``."""
        gap = self.connectors.count_before.match(self.low, exp.end)
        it = _IT_AFTER.match(self.low, gap.end()) if gap is not None else None
        told = self._date_read_last_in_its_sentence(before or exp, self._window_of(exp.start)) \
            if it is not None else None
        if told is None:
            return None
        resolution = told[1]
        if resolution.precision != "day" or resolution.first_day is None or not resolution.on_calendar:
            return None
        return resolution.first_day, it.end()

    def _ends_the_stretch_told_before(self, at: int) -> bool:
        """Is the resolved entry ``at`` the day that ends the stretch resolved right before it ("the six months to Dec.
        31")?  That day only bounds the stretch, no day a happening was told on: "said on Tuesday that sales fell 4% in
        the six months to Dec. 31. Its shares fell 3.1% on the day" is that Tuesday."""
        if at < 1:
            return False
        day, stretch = self.resolved[at][1], self.resolved[at - 1][0]
        return day.first_day is not None and stretch.parts.get("ends_on") == day.first_day

    def _day_told_just_before(self, exp: finder.Expression, following: finder.Expression | None) -> dt.date | None:
        """The day "the day" after a preposition stands for: the last date told, when it is a day of an earlier
        sentence of the paragraph and the sentence of ``exp`` names no day of its own.  A day in the possessive
        dates its noun, not the story ("A caption on Wednesday's markets page said ... down 1.8% on the day")."""
        if self.anchor is None or not self.resolved \
                or not _kind_just_before(self.low, "link", exp.start, _WORD_BEFORE_REACH):
            return None
        # (a period told since that holds the day leaves it the last day told: "Baidu (reported Nov. 18). ... a
        # figure Baidu began disclosing only this year ... Its shares slipped 1.9% on the day"; so does one over
        # before it, in the day's own sentence too: "fell 3.4% on Tuesday. The stock had more than doubled in 2025,
        # ... the index, which rose 0.6% on the day")
        sentence = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        at = len(self.resolved) - 1
        # (a length off the calendar names no day: "their biggest one-day drop since October"; nor, in a clause
        # told in the past, a day still to come: "a dividend payable on June 5 ... The shares rose 4.3% on the day")
        past = self._tense_of_its_clause(exp) in lexicon.PAST_TENSES
        while at > 0 and (not self.resolved[at][1].on_calendar or self.resolved[at][1].period is None
                          or self.resolved[at][1].period.gran != "D"
                          or (past and self.resolved[at][1].period.first() > self.anchor)
                          or self._ends_the_stretch_told_before(at)):
            at -= 1
        told, resolution = self.resolved[at][0], self.resolved[at][1]
        # (so does a period in an aside of the day's own sentence: "On Thursday, Xiaomi shares jumped 6.1% after
        # the company said it had delivered 40,000 cars in April. The index rose 1.2% on the day"; and a period
        # wholly over before the day, told as background since: "Alibaba reported on Nov. 25. Revenue for the
        # September quarter rose 5% ... The shares fell 2.1% on the day")
        told_end = self.clauses.sentence(told.start, told.end, self._window_of(told.start))[1]
        if resolution.period is not None and any(
                done[1].period is not None and done[1].on_calendar
                and not done[1].period.first() <= resolution.period.first() <= done[1].period.last()
                and not done[1].period.last() < resolution.period.first()
                and not (past and done[1].period.first() > self.anchor)
                and done[0].start >= told_end for done in self.resolved[at + 1:]):
            return None
        # (a period of the day's own sentence that is not over before it tells of a stretch, not of that day: "The
        # stock is down 4% this year and has tended to fall on the day of the event")
        if resolution.period is not None and any(
                done[1].period is not None and done[1].on_calendar and done[1].period.gran != "D"
                and not done[1].period.last() < resolution.period.first() and done[0].start >= sentence[0]
                for done in self.resolved[at + 1:]):
            return None
        if resolution.period is None or resolution.period.gran != "D" or not resolution.on_calendar \
                or told.end > sentence[0] or "\n" in self.text[told.end:exp.start] \
                or self.low.startswith(("'s", "\u2019s"), told.end) \
                or (following is not None and following.start < sentence[1]
                    and not {"day", "weekday"}.isdisjoint(following.parts)):
            return None
        return resolution.period.first()

    def _next_month_of_a_narrative(self, exp: finder.Expression, window) -> bool:
        """Is ``exp``, a month without its year, told in the past in the first sentence of the paragraph right after
        the one that told of a day of a past year, and that day's month or the next?  The story goes on in that
        year ("... took effect on Aug. 26, 2022. [new paragraph] Inspectors flew into Hong Kong in September":
        September 2022), as a day opening that paragraph does (_next_day_of_a_narrative); a later sentence, or a
        month further on, may be back in the present."""
        parts = exp.parts
        if "day" in parts or not isinstance(parts.get("month"), int) or not _lacks_year(parts) or "weekday" in parts \
                or not self._in_the_paragraph_after_a_past_period(exp, ("D",)):
            return False
        line_start = _line_start(self.text, exp.start)
        if self.clauses.sentence(exp.start, exp.end, window)[0] > line_start \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return False
        return parts["month"] - self.reference.last().month in (0, 1)

    def _in_the_paragraph_after_a_past_period(self, exp: finder.Expression, grans: tuple[str, ...]) -> bool:
        """Does ``exp`` stand in the paragraph right after the one whose story told last of a period of ``grans`` (a
        day, a week) of a year before the anchor's?  The _next_..._of_a_narrative readings go on from that period."""
        reference, anchor = self.reference, self.anchor
        return self.story_told and reference is not None and anchor is not None and reference.gran in grans \
            and reference.last().year < anchor.year \
            and _in_the_next_paragraph(self.text, self.reference_end, exp.start)

    def _next_season_of_a_narrative(self, exp: finder.Expression, window) -> bool:
        """Is ``exp``, a season without its year told in the past, the first date of the paragraph right after the one
        that told last of a day or week of a past year, and the season that day falls in or the next?  The story goes
        on in that season ("OpenAI put ChatGPT online on Nov. 30, 2022. That same week ... [new paragraph] The
        demonstration did not go well. Work was reorganised over the winter": the winter of 2022-23), as a month of
        the paragraph's first sentence does (_next_month_of_a_narrative)."""
        reference, parts, anchor = self.reference, exp.parts, self.anchor
        if not _a_season_alone(parts) or not self._in_the_paragraph_after_a_past_period(exp, ("D", "W")) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return False
        told = resolver.resolve(dict(parts, in_story=True), anchor, "past", reference, self.locale)
        return told is not None and told.first_day is not None and told.last_day >= reference.first() \
            and (told.first_day - reference.last()).days <= _NEXT_SEASON_DAYS

    def _next_day_of_a_narrative(self, exp: finder.Expression, window) -> bool:
        """Does ``exp``, a day without its year, open the paragraph right after the one that told of a day of a
        past year, in a sentence told in the past, and fall in the weeks after that day when read in its year?"""
        parts = exp.parts
        if "day" not in parts or "month" not in parts or not _lacks_year(parts) or "weekday" in parts \
                or not self._in_the_paragraph_after_a_past_period(exp, ("D",)):
            return False
        if len(self.low[_line_start(self.text, exp.start):exp.start].split()) > 1 \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return False
        return _in_the_weeks_after(self.reference, parts)

    def _the_day_told_before(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The last day told of a past year, in the paragraph right before the one ``exp`` (a day without
        its year) opens with its first sentence, told in the past, when ``exp`` falls in the weeks after that day read
        in its year (_next_day_of_a_narrative, for a story whose last reference dates only a noun)."""
        parts, anchor = exp.parts, self.anchor
        if not self.days_told or anchor is None or "day" not in parts or not isinstance(parts.get("month"), int) \
                or not _lacks_year(parts) or "weekday" in parts:
            return None
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        # (a day its own sentence told, the first of a span "between March 14 and March 20", is not the one before)
        told, told_at = next(((d, at) for d, at in reversed(self.days_told) if at < s_lo), (None, None))
        if told is None or told.last().year >= anchor.year:
            return None
        if not _in_the_next_paragraph(self.text, told_at, exp.start) or s_lo > _line_start(self.text, exp.start) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return told if _in_the_weeks_after(told, parts) else None

    def _a_state_reached_by(self, exp: finder.Expression, resolution: resolver.Resolution, befores: dict[str, int],
                            window) -> bool:
        """Does "by" and a past month of a named year, a past year, or a past day of a month open a sentence told in
        the past ("By May 2020, 8.9 million workers were on the scheme", "By 2015, GMV had climbed to 91.2 billion
        yuan", "By Feb. 3, mills had crushed 1.1 million tonnes")?  The paragraph then tells of that time ("In July,
        Sunak said ...", "and two years later it hit ...", "against 1.4 million tonnes a year earlier": Feb. 3 a year
        back).  A day told with a word of its year ("By June 20 last year the court had 14 cases left") is the base of
        a comparison with now, no time the story goes on in."""
        if set(befores) != {"deadline"} \
                or not ("year" in exp.parts or exp.parts.keys() == {"month", "day"}) \
                or self.anchor is None or resolution.last_day is None or resolution.last_day >= self.anchor:
            return False
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        # (with no comma, only before a subject of its own: "By 1975 Valmont employed 1,200 people. A decade later")
        return len(self.low[s_lo:exp.start].split()) <= 1 \
            and (self.low.startswith(",", exp.end) or lexicon.subject_opening().match(self.text, exp.end) is not None) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
            in lexicon.PAST_TENSES

    def _a_start_told_of(self, exp: finder.Expression, befores: dict[str, int]) -> bool:
        """Does a clause of background (tense.tsv kind background) follow the time a stretch runs "since" ("since
        November 2018, when Xi told a similar gathering ...")?  That clause tells what happened then, and the story goes
        on from that time: "Two months earlier" counts back from November 2018, "the following week" on from it.
        So does one after a deadline of a day named with its year ("knew of the plan no later than May 2, 2023, when
        he drafted its terms. On May 4 he bought ..." is May 4, 2023): the clause tells what happened on that day."""
        if set(befores) == {"deadline"} and not ("year" in exp.parts and "day" in exp.parts):
            return False
        return set(befores) in ({"open"}, {"deadline"}) \
            and lexicon.background_after_a_date().match(self.low, exp.end) is not None

    def _a_side_clause_date_before_a_sequel(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The past period, named with its year, that the expression resolved last before ``exp`` in its clause tells
        of when it set no reference and a word of sequels.tsv stands between them: ``exp``, a month or day named
        without its year in a clause in the past, comes after it."""
        if not self.resolved or self.anchor is None or not _a_day_or_month_alone(exp.parts):
            return None
        last, resolution, _, _ = self.resolved[-1]
        period = resolution.period
        if period is None or not resolution.on_calendar or period.gran not in _SEQUEL_GRANS \
                or resolution.last_day is None or resolution.last_day >= self.anchor or _lacks_year(last.parts) \
                or last.start == self.reference_start \
                or last.start < self.clauses.sentence(exp.start, exp.end, window)[0] \
                or not _sequel_between(self.low, last.end, exp.start) \
                or any(mark in self.low[last.end:exp.start] for mark in ",;") \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return period

    def _past_year_opening_the_side_clause_of(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The past year the expression resolved last before ``exp`` names, when that year opens a side clause ("...,
        though last year the term ran until July 1") that ``exp``, a month or day named without its year, stands in,
        told in the past with no comma between: what the clause tells happened in that year."""
        if not self.resolved or self.anchor is None or not _a_day_or_month_alone(exp.parts):
            return None
        last, resolution, _, _ = self.resolved[-1]
        period = resolution.period
        if period is None or not resolution.on_calendar or period.gran != "Y" or resolution.last_day is None \
                or resolution.last_day >= self.anchor or last.start == self.reference_start \
                or last.start < self.clauses.sentence(exp.start, exp.end, window)[0] \
                or lexicon.side_clause_opener_before().search(
                    self.low, max(0, last.start - _SIDE_OPENER_REACH), last.start) is None \
                or any(mark in self.low[last.end:exp.start] for mark in ",;") \
                or finder.a_clause_opens(self.low, last.end, exp.start) \
                or finder.a_coordinator_in(self.low, last.end, exp.start) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return period

    def _year_under_way_opening_the_clause_of(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The year under way the expression resolved last before ``exp`` names, when that year opens the clause
        ``exp``, a month or day named without its year, stands in (its sentence, or a clause its own opener starts),
        no comma between ("Trains are full at Obon, and this year it runs from Aug. 13 to Aug. 16", in November):
        the clause tells of that year's days, gone or not, in the present too (a present of a timetable would
        otherwise take the coming days, next year's); the days read since in that clause do not hide it (the end of
        "from Aug. 13 to Aug. 16"), but a plan or a verb of saying between does (see _a_plan_or_saying_between)."""
        if not self.resolved or self.anchor is None or not _a_day_or_month_alone(exp.parts):
            return None
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        last, resolution, _, _ = next(
            (told for told in reversed(self.resolved)
             if told[0].start < sentence_start or not _a_day_or_month_alone(told[0].parts)), self.resolved[-1])
        period = resolution.period
        if period is None or not resolution.on_calendar or period.gran != "Y" or resolution.first_day is None \
                or resolution.last_day is None or not resolution.first_day <= self.anchor <= resolution.last_day \
                or last.start < sentence_start \
                or (self.low[sentence_start:last.start].strip() not in ("", "in")
                    and lexicon.side_clause_opener_before().search(
                        self.low, max(0, last.start - _SIDE_OPENER_REACH), last.start) is None) \
                or any(mark in self.low[last.end:exp.start] for mark in ",;") \
                or finder.a_clause_opens(self.low, last.end, exp.start) \
                or finder.a_coordinator_in(self.low, last.end, exp.start) \
                or self._a_plan_or_saying_between(last.end, exp.start):
            return None
        return period

    def _a_plan_or_saying_between(self, start: int, end: int) -> bool:
        """Does a marker of the future or of a plan, or a verb of saying, stand between ``start`` and ``end``?  The
        year before it then dates the saying or the planning, not the time planned ("Earlier this year it said it
        would open a store in March", in November, may be next March)."""
        saying = lexicon.reporting_verbs()
        return any(tense in ("future", "plan") or (listed and lexicon.squash(self.low[s:e]) in saying)
                   for s, e, tense, listed in self.clauses.markers(start, end))

    def _bound_just_before(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The time a deadline or bound ("until the end of August 2026") named last before ``exp`` in its sentence,
        after the story's reference, when ``exp`` counts units on from a time told ("the following six months"): what
        follows comes after that end ("stays in place until the end of August 2026 and is then phased out over the
        following six months" is September 2026 to February 2027), though a bound moves no reference."""
        parts = exp.parts
        if not (parts.get("anaphoric") and "count" in parts and (parts.get("shift") or 0) > 0) or not self.resolved:
            return None
        last, resolution, _, befores = self.resolved[-1]
        if _BOUNDING_KINDS.isdisjoint(befores) or "open" in befores or resolution.period is None \
                or last.start < self.reference_end or not resolution.on_calendar \
                or last.start < self.clauses.sentence(exp.start, exp.end, window)[0]:
            return None
        return resolution.period

    def _ran_until_in_the_year_told(self, exp: finder.Expression, told_of: resolver.Period, window) -> bool:
        """Is ``exp`` a deadline of a clause in the past that a past year told right before it in its sentence opens
        ("though last year the term ran until July 1")?  It is of that year, not a deadline ahead."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return told_of is self.reference and told_of.gran == "Y" and s_lo <= self.reference_start \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past" \
            and not any(self.low.find(mark, self.reference_end, exp.start) != -1 for mark in ",;")

    def _connector_tense(self, row: int, parts: dict) -> str:
        """The tense the connector of ``row`` gives the date after it (connectors.tsv).  "Before" the end of a
        period sets a deadline as "by" does ("plans another region before the end of the year", written in March
        2026 after a sentence on 2024, is this year's end, to come; "closed two plants before the end of the year"
        is done), while "before" a whole period only bounds it ("before 2020")."""
        connector = self.connectors.rows[row]
        if not connector["tense"] and connector["kind"] == "bound" and connector["mod"] == "BEFORE" \
                and parts.get("mod") == "END":
            return _DEADLINE_TENSE
        return connector["tense"]

    def _a_bound_a_request_sets(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Is ``exp`` the time "before" which a request in the past, with its object and infinitive (tense.tsv kind
        request), asks for its deed ("urged the council to repair the bridge before the winter")?"""
        if not self._bounded(befores, "BEFORE"):
            return False
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "plan":
            return False
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        plan = next((self.low[s:e] for s, e, tense, listed in reversed(self.clauses.markers(s_lo, exp.start))
                     if tense == "plan" and listed), None)
        return plan is not None and lexicon.squash(plan) in lexicon.request_words()

    def _a_deadline_ahead(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Is ``exp`` a deadline that looks ahead (a connector of tense future, "no later than June 30"),
        not one of the past perfect ("had until June 30 to comply")?  It does not go on in the past year
        the paragraph told of ("rules that took effect on Jan. 1, 2025. The company must complete an
        assessment no later than June 30")."""
        # (a time set ahead by a verb of the story, "In March 2024 the judge set a hearing for April 8", is of
        # the story's year: only a deadline is counted from the reader's now)
        # (nor one a verb in the past governs: "Last year the fair opened on Sept. 2 and entries were due by Sept.
        # 30" is that year's Sept. 30, a deadline the story told, not one still to meet)
        return any(self._connector_tense(i, exp.parts) in _AHEAD_CONNECTOR_TENSES
                   for k, i in befores.items() if k != "ahead") \
            and "pluperfect" not in \
            finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past"

    def _in_the_reference_s_sentence(self, named: tuple) -> bool:
        """Is the period ``named`` (an entry of self.named) told in the sentence the story's reference is in?"""
        return self.clauses.sentence(named[1], named[2], named[3])[0] == self.clauses.sentence(
            self.reference_start, self.reference_end, self.reference_window)[0]

    def _unit_told_of(self, parts: dict, told_of: resolver.Period | None) -> resolver.Period | None:
        """What "the previous quarter", "the prior month" count from: the last quarter or month named, when
        the reference after it is only a day of its sentence, the day it was reported on ("results for the
        December quarter on Thursday. ... up from 5% in the previous quarter" is the September quarter); so does
        "a year earlier", from the quarter ("will report results for the September quarter on Nov. 20. A year
        earlier, the company posted a 5% rise in revenue": the September quarter of the year before)."""
        if told_of is None or told_of is not self.reference:
            return told_of
        if (_a_year_before_or_after(parts) and told_of.gran == "D") or (
                _the_fiscal_year(parts) and told_of.gran in ("D", "M")):
            # (so does "its fiscal year" after the month a quarter is reported in: "the March-quarter report in
            # May, the last of its fiscal year" is the fiscal year of the March quarter)
            named = self.named.get("Q") or self.named.get("H")
            if named is not None and self._in_the_reference_s_sentence(named):
                return named[0]
            return told_of
        if parts == {"unit": "M", "det": True} and told_of.gran == "D":
            # "the month" after the day a month's figure was reported on is the month named in that sentence, as
            # "that month" is: "posted January revenue on Tuesday, ... a record for the month" is January
            named = self.named.get("M")
            if named is not None and named[2] <= self.reference_start and self._in_the_reference_s_sentence(named):
                return named[0]
            return told_of
        if not parts.get("anaphoric") or "shift" not in parts:
            return told_of
        gran = "FY" if parts.get("fiscal") and parts.get("unit") == "Y" else resolver.unit_gran(parts.get("unit"))
        named = self.named.get(gran) if gran is not None else None
        if named is not None and parts.get("shift") == 0 and resolver.finer(gran, told_of.gran) \
                and self._in_the_reference_s_sentence(named):
            # a quarter or year told last cannot be "that month": "will hold an investor day in May and report
            # March-quarter results around the middle of that month" is May, the month its sentence named
            return named[0]
        if named is None or not resolver.finer(told_of.gran, gran):
            return told_of
        if gran == "Y" and told_of.gran != "D" and self.years_named \
                and self.years_named[-1][1].end == self.reference_end:
            # a reference longer than a day that names its year is in it: "In 2012 she left, returning in the spring
            # of 2014. That year" is 2014 (a day may be the one a year was reported on)
            return told_of
        return named[0] if self._in_the_reference_s_sentence(named) else told_of

    def _quarter_reported_over(self, exp: finder.Expression,
                               told_of: resolver.Period | None) -> resolver.Period | None:
        """The quarter a report is on, when "the previous quarter" compares with the one before it, not with the time
        told last: a month told in passing ("folded Ele.me into Taobao in July ... quickening from 34% growth in the
        previous quarter", in a report on the December quarter, is the September quarter), or the quarter before the
        report's, named in a sentence before as the base of a figure ("from 3.33% in the second quarter. ... down from
        $118 million in the prior quarter" is that second quarter again, not the first)."""
        topic = self.topic
        if told_of is None or told_of is not self.reference or not _the_quarter_before(exp.parts) \
                or topic is None or topic.gran != "Q" or told_of == topic or told_of.last() > topic.last():
            return told_of
        if resolver.finer(told_of.gran, "Q"):
            return topic
        # (the quarter before named in its own sentence is the one counted from: "In the second quarter it lost
        # money, after a profit in the previous quarter" is the first)
        if told_of == topic.shifted(-1, "Q") and self.clauses.sentence(
                self.reference_start, self.reference_end, self.reference_window)[1] <= exp.start:
            return topic
        return told_of

    def _day_told_of(self, exp: finder.Expression, told_of: resolver.Period | None) -> resolver.Period | None:
        """What "that day" and "the week" count from after a longer period named since the last day named
        in the paragraph: that day ("reported results on Tuesday ... cloud revenue grew 34% in the September
        quarter. The shares fell 4% that day and ended the week little changed")."""
        parts = exp.parts
        # "the next morning" counts days as "the next day" does
        unit = "D" if "daypart" in parts and "shift" in parts else parts.get("unit")
        if told_of is not None and told_of is self.reference and told_of.gran == "D" and unit == "WE" \
                and parts.get("anaphoric") and told_of.first().isoweekday() < _SATURDAY:
            # "that weekend" points back to a weekend told of, not to the weekday named since ("handled 80 million
            # orders on Saturday, July 5 ... Zhou says Tuesday was busier than that weekend": July 5's)
            paragraph = _line_start(self.text, exp.start)
            return next((day for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:])
                         if paragraph <= start and day.first().isoweekday() >= _SATURDAY), told_of)
        that_day = unit == "D" and parts.get("anaphoric") and parts.get("shift") == 0 and "count" not in parts
        if told_of is not None and told_of is self.reference and self.reference_names_a_year and that_day:
            return self._day_before_a_year_s_name(exp) or told_of
        if told_of is not None and told_of is self.reference and that_day and "daypart" not in parts \
                and resolver.finer("D", told_of.gran):
            # "filed in August 2023, weeks after the stock fell 41% on July 6, 2023 ... closed at $7.12 that day":
            # the day named last in the paragraph, even in a side clause that set no time for the story
            for last, resolution, _, _ in reversed(self.resolved[-_THAT_DAY_LOOKED_BACK:]):
                if last.start < self.reference_end or self.text.find("\n", last.end, exp.start) != -1:
                    break
                if resolution.period is not None and resolution.period.gran == "D":
                    return resolution.period
        if told_of is self.reference and that_day and "daypart" not in parts:
            # "must opt out by May 22, and objections are due the same day": a day its own sentence told, a
            # deadline's too, when the story's day was told before that sentence (an older day told paragraphs back
            # is not what the sentence points back to)
            window = self._window_of(exp.start)
            s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
            if told_of is None or self.reference_start < s_lo:
                for last, resolution, _, _ in reversed(self.resolved[-_THAT_DAY_LOOKED_BACK:]):
                    if last.start < s_lo:
                        break
                    if last.end <= exp.start and resolution.period is not None and resolution.period.gran == "D":
                        return resolution.period
        if told_of is None or told_of is not self.reference or unit not in ("D", "W") \
                or "count" in parts or not (parts.get("det") or parts.get("anaphoric")) \
                or not resolver.finer("W", told_of.gran) or "D" not in self.named:
            return told_of
        day, _, end, _ = self.named["D"]
        if self.text.find("\n", end, exp.start) == -1 \
                or (unit == "D" and parts.get("anaphoric") and self._opens_on_the_day_before(exp, end)):
            return day
        return (that_day and "daypart" not in parts and self._last_day_in_its_paragraph(exp)) or told_of

    def _last_day_in_its_paragraph(self, exp: finder.Expression) -> resolver.Period | None:
        """The last day the paragraph of ``exp`` named before it, when the day the story last told of is in a
        paragraph before: "52-week high of HK$186.20, set on Oct. 2, but have gained 89% so far this year. The ADS
        peaked at $192.67 the same day" is Oct. 2, though that record's day set no time for the story."""
        paragraph = _line_start(self.text, exp.start)
        found = self._last_day_resolved(lambda told: told.start < paragraph, lambda told, _: told.end <= exp.start,
                                        _THAT_DAY_LOOKED_BACK)
        return found[1] if found else None

    def _last_day_resolved(self, stops, counts, looked_back: int | None = None) \
            -> tuple[finder.Expression, resolver.Period] | None:
        """The last mention resolved to a day that ``counts(told, resolution)`` holds for, with that day, walking
        back through the resolved mentions (the last ``looked_back`` of them, or all) until one that ``stops(told)``:
        a day told too far back sets none."""
        for told, resolution, *_ in reversed(self.resolved if looked_back is None else self.resolved[-looked_back:]):
            if stops(told):
                return None
            if resolution.period is not None and resolution.period.gran == "D" and counts(told, resolution):
                return told, resolution.period
        return None

    def _opens_on_the_day_before(self, exp: finder.Expression, end: int) -> bool:
        """Is ``exp`` the first date of a paragraph that follows the one whose day ends at ``end`` ("On the morning of
        Sept. 24, 2025, Wu told developers ... compared with 2022. / Investors cheered. The shares rose 9.2% that
        day")?  Such a paragraph goes on telling that day, whatever year the one before named after it (not "the week",
        which a paragraph of a weekly report may open on as the week of writing)."""
        line = self.text.rfind("\n", 0, exp.start)
        before = _line_break_before_the_last_line(self.text, line)
        return line > 0 and before < end and not any(line < told.start < exp.start for told, *_ in self.resolved[-1:])

    def _day_before_a_year_s_name(self, exp: finder.Expression) -> resolver.Period | None:
        """What "that day" is when the day named last ends a fiscal year's name ("put Alibaba on its list on July 29,
        2022, after it filed its report for the fiscal year ended March 31, 2022. Its shares fell 11% that day"): the
        day its paragraph told of before it, as a day in a period's name is no happening's day."""
        paragraph = _line_start(self.text, exp.start)
        return next((day for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:])
                     if paragraph <= start < self.reference_start), None)

    def _day_for_a_count_of_days(self, exp: finder.Expression,
                                 told_of: resolver.Period | None) -> resolver.Period | None:
        """What a count of days ("a day earlier", "two days later") counts from when the story's reference is a
        longer period named after the last day its paragraph told of ("presales would open on October 15 ... making
        the 2025 edition the longest yet. Rival JD.com will start a day earlier": October 14): that day, as days
        count from a day, never from a year or a month; so do weeks: "on Saturday, October 9, a repeat of their meeting
        in 2023. England play Wales a week later" is October 16)."""
        parts = exp.parts
        if told_of is self.reference and parts.get("unit") in _DAY_COUNT_UNITS and "count" in parts \
                and parts.get("direction") in ("earlier", "later"):
            # (over a time told further back, the day its sentence or the one before named in a side clause: "the
            # first lottery since the proclamation of Sept. 19, which added a fee. The fee took effect two days
            # later": Sept. 21)
            since = self._previous_sentence_start(exp, self._window_of(exp.start))
            if told_of is None or self.reference_start < since:
                told_of = next((done[1].period for done in reversed(self.resolved)
                                if done[0].start >= since and done[1].on_calendar and done[1].period is not None
                                and done[1].period.gran == "D"), told_of)
        if told_of is None or told_of is not self.reference or told_of.gran == "D" \
                or not resolver.finer("W", told_of.gran) or parts.get("unit") not in _DAY_COUNT_UNITS \
                or "count" not in parts or parts.get("direction") not in ("earlier", "later") or "D" not in self.named:
            return told_of
        day, _, end, _ = self.named["D"]
        return day if end <= exp.start and self.text.find("\n", end, exp.start) == -1 else told_of

    def _day_gone_for_a_past_anaphor(self, exp: finder.Expression, told_of: resolver.Period | None,
                                     window) -> resolver.Period | None:
        """What "that day", "the same day" or "a day earlier" count from in a clause in the past when the story's
        reference is a day still to come, a plan told since ("said on Tuesday it would make the model free from April
        1, and its shares fell 4.2% the same day", in March): the last day gone by its paragraph told of (Tuesday),
        as what happened cannot be on a day to come; none such leaves the reference be."""
        parts = exp.parts
        if told_of is None or told_of is not self.reference or told_of.gran != "D" or self.anchor is None \
                or told_of.first() <= self.anchor or parts.get("unit") != "D" or "daypart" in parts \
                or not (parts.get("anaphoric") or parts.get("direction") in ("earlier", "later")):
            return told_of
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return told_of
        paragraph = _line_start(self.text, exp.start)
        for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
            if start < paragraph:
                break
            if start < exp.start and day.last() <= self.anchor:
                return day
        return self._last_day_gone_in_its_sentence(exp, window) or told_of

    def _entry_day_for_an_anaphor_past_a_plan(self, exp: finder.Expression, told_of: resolver.Period | None,
                                              window) -> resolver.Period | None:
        """What "that day" or "the next trading day" count from in an entry of a chronology opened by a day gone,
        told in the historic present or the past, when the day told last is one a plan of the entry set after its own
        day ("May 12 - Both sides agree to cut tariffs for 90 days from May 14. The Hang Seng rises 3% that day" is
        May 12): the entry is told as of its day, so, as in a clause in the past, what happened is not on a day
        still to come then; a clause that looks ahead ("will open that day") leaves the plan's day be."""
        parts = exp.parts
        if told_of is None or told_of is not self.reference or told_of.gran != "D" or self.anchor is None \
                or exp.start >= self.entry_end or exp.start <= self.entry_start or "daypart" in parts \
                or parts.get("unit") != "D" or not (parts.get("anaphoric") or "shift" in parts):
            return told_of
        entry = next((r.period for e, r, *_ in self._resolved_from(self.entry_start) if e.start == self.entry_start),
                     None)
        if entry is None or entry.gran != "D" or entry.last() > self.anchor or told_of.first() <= entry.last():
            return told_of
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "future" \
                or finder.a_future_marker_in(self.clauses, sentence, exp.start):
            return told_of
        return entry

    def _last_day_gone_in_its_sentence(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The last day gone its sentence named before ``exp``, not the day a verb of saying was said ("will go to a
        runoff on Dec. 14 after no candidate won in Sunday's first round, the commission said on Wednesday, while
        the coalition lost its hold on parliament in the vote held the same day" is the Sunday)."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return next((resolution.period for told, resolution, *_ in reversed(self.resolved)
                     if s_lo <= told.start and told.end <= exp.start and resolution.period is not None
                     and resolution.period.gran == "D" and resolution.last_day is not None
                     and resolution.last_day <= self.anchor and not finder.said_right_before(self.low, told.start)),
                    None)

    def _day_bounding_a_season(self, exp: finder.Expression) -> None:
        """A day without its year told as the day the season placed right before it ends or starts on
        (connectors.tsv kind season_day: "run until the end of the summer season on Oct. 24", in March 2026) is of
        the year that puts it nearest that season (2026-10-24), not the one its own tense would pick."""
        if not self.resolved or "day" not in exp.parts or "month" not in exp.parts or not _lacks_year(exp.parts):
            return
        last, resolution = self.resolved[-1][:2]
        season = resolution.period
        if season is None or season.gran != "S" or "season" not in last.parts \
                or not self.connectors.season_day.fullmatch(self.low, last.end, exp.start):
            return
        first, end = season.first(), season.last()

        def distance(year: int) -> int:
            try:
                day = dt.date(year, exp.parts["month"], exp.parts["day"])
            except ValueError:
                return 10 ** 6
            return max((first - day).days, (day - end).days, 0)
        year = min((first.year - 1, first.year, first.year + 1), key=distance)
        exp.parts = dict(exp.parts, year=year)

    def _period_in_apposition(self, exp: finder.Expression) -> resolver.Period | None:
        """The period "the year", "the month" stands in apposition to, right after it and a comma ("a new
        economy by 2035, the year by which China aims to ...": 2035, not the year under way); so does "the last
        year" or "the final year" there, which picks out the period named before it ("below 2019, the last full
        year before the pandemic": 2019, not the year before the one under way)."""
        if not self.resolved or not (_names_the_period_told_of(exp.parts) or _the_last_of_its_unit(exp.parts)):
            return None
        last, resolution = self.resolved[-1][:2]
        period = resolution.period
        gran = resolver.unit_gran(exp.parts.get("unit"))
        if period is not None and period.gran == "D" and gran in _WEEK_GRANS and _the_last_of_its_unit(exp.parts):
            # (a day's week or weekend: "on Sunday, October 17, the last weekend of the pool stage")
            period = resolver.Period.of(gran, period.first())
        if period is None or period.gran != gran \
                or _APPOSITION.fullmatch(self.low, last.end, exp.start) is None:
            return None
        if _the_last_of_its_unit(exp.parts):
            # (in apposition, "last" is the end of a series, not a count back from now; restating a date, it moves
            # the story no more than that date did: "below 2019, the last full year before the pandemic")
            exp.parts = dict({k: v for k, v in exp.parts.items() if k != "shift"}, final=True)
            self.restating.add(exp.start)
        else:
            self.in_apposition.add(exp.start)
        return period

    def _holiday_season_under_way(self, exp: finder.Expression) -> resolver.Resolution | None:
        """A holiday named without its year right before a word of the weeks that lead up to it (tense.tsv kind
        holiday_season: "the Christmas season") whose coming day is at most ``_HOLIDAY_SEASON_DAYS`` ahead: that
        season is under way, so it is the coming holiday whatever the tense ("stocked up for the long Christmas
        season", on Dec. 18), as a holiday under way is this year's.  None otherwise."""
        if not _lacks_year(exp.parts) or "holiday" not in exp.parts or self.anchor is None \
                or lexicon.kind_right_after("holiday_season").match(self.low, exp.end) is None:
            return None
        coming = resolver.resolve(exp.parts, self.anchor, "future", None, self.locale)
        if coming is None or coming.first_day is None \
                or not 0 <= (coming.first_day - self.anchor).days <= _HOLIDAY_SEASON_DAYS:
            return None
        return coming

    def _a_past_told_beside(self, exp: finder.Expression, window) -> bool:
        """Does a word of the past other than a verb of saying stand in the sentence of ``exp`` ("The reason sales fell
        is the summer", "is the summer, which was wet")?  The season it tells of is then one gone; a saying verb
        tells only when it was said ("The test is the spring," the economist said)."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        return any(tense in lexicon.PAST_TENSES and lexicon.squash(self.low[at:e]) not in lexicon.reporting_verbs()
                   for at, e, tense, _ in self.clauses.markers(s_lo, s_hi))

    def _readied_for_only(self, exp: finder.Expression, window) -> bool:
        """Is every marker of the future before ``exp`` in its sentence one that ends right before it, a determiner at
        most between (tense.tsv: "stocking up for", "preparing for")?  Such a marker ties what is being readied to the
        period itself and tells no time still to come of its own: "Retailers are stocking up for the Christmas
        season", on Dec. 18, tells of a season already on ("will stock up for" is a forecast still)."""
        s_lo, s_hi = self.clauses.sentence(exp.start, exp.end, window)
        ahead = [e for s, e, forecast in self.clauses.future_markers(s_lo, s_hi) if forecast and s < exp.start]
        determiner = lexicon.determiner_before().search(self.low, max(0, exp.start - lexicon.DETERMINER_REACH),
                                                        exp.start)
        head = determiner.start() if determiner else exp.start
        return bool(ahead) and all(e <= head and not self.low[e:head].strip() for e in ahead)

    def _holiday_beside_a_day(self, exp: finder.Expression) -> resolver.Resolution | None:
        """A holiday "after" or "before" which the day told right before it is set, a comma between ("set a first
        hearing for Feb. 26, after the Spring Festival holiday"), is the one nearest that day on that side, whatever
        the tense of the clause that set the day (the hearing's Spring Festival, Feb. 17, not last year's)."""
        if "holiday" not in exp.parts or "year" in exp.parts or not self.resolved or self.anchor is None:
            return None
        last, told = self.resolved[-1][:2]
        side = _HOLIDAY_BESIDE_A_DAY.fullmatch(self.low, last.end, exp.start)
        if side is None or told.period is None or told.period.gran != "D":
            return None
        day = told.period.day
        for year in (day.year, day.year - 1) if side.group(1) == "after" else (day.year, day.year + 1):
            placed = resolver.resolve(dict(exp.parts, year=year), self.anchor, "", None, self.locale)
            if placed is not None and placed.first_day is not None \
                    and (placed.first_day < day if side.group(1) == "after" else placed.first_day > day):
                return placed
        return None

    def _count_restating_the_day_before(self, exp: finder.Expression) -> resolver.Period | None:
        """The day two days back, when "N days later" (or weeks, or earlier) stands in apposition to the day told
        right before it and counts to it from the day told before that ("were told on Nov. 10 that their jobs would
        end on Nov. 30, twenty days later": the count restates Nov. 30, not 20 days after it)."""
        parts = exp.parts
        if parts.get("direction") not in ("later", "earlier") or parts.get("unit") not in resolver.DAYS_IN_A_UNIT \
                or not isinstance(parts.get("count"), int) or len(self.resolved) < 2:
            return None
        (last, told), (_, before) = self.resolved[-1][:2], self.resolved[-2][:2]
        if told.period is None or before.period is None or told.period.gran != "D" or before.period.gran != "D" \
                or _APPOSITION.fullmatch(self.low, last.end, exp.start) is None:
            return None
        days = parts["count"] * resolver.DAYS_IN_A_UNIT[parts["unit"]] * (1 if parts["direction"] == "later" else -1)
        return before.period if before.period.day + dt.timedelta(days=days) == told.period.day else None

    def _counted_from_a_coordinated_verb(self, exp: finder.Expression) -> resolver.Period | None:
        """The past period named right before "N units later/earlier" when a verb coordinated with the one it dates
        is all that stands between ("who was furloughed in March 2020 and returned 14 months later": May 2021,
        even in a side clause that set no time for the story)."""
        if exp.parts.get("direction") not in ("later", "earlier") or "count" not in exp.parts or not self.resolved \
                or self.anchor is None:
            return None
        last, resolution = self.resolved[-1][:2]
        period = resolution.period
        if period is None or resolution.last_day is None or resolution.last_day >= self.anchor \
                or resolution.timex_type != "DATE" \
                or lexicon.coordinated_verb_gap().fullmatch(self.low, last.end, exp.start) is None:
            return None
        return period

    def _period_a_base_compares_with(self, exp: finder.Expression, told_of: resolver.Period | None,
                                     window) -> resolver.Period | None:
        """The period a base "a year earlier" (or "a year ago") compares with, when a month or day told without its
        year in a side clause after it set the story's time last ("expects a first-half profit of A$780 million when
        it posts results in February, compared with A$905 million a year earlier": the first half of the year
        before, not February): that date told of another happening, not of the figure compared.  The period is the
        first its sentence told, or, when the base's own sentence names none ("That compares with 42 billion yuan a
        year earlier"), the sentence right before's.  Else None."""
        if exp.parts not in (_A_YEAR_EARLIER, _A_YEAR_AGO) or told_of is None or told_of is not self.reference \
                or not self.resolved or not self._a_base_compared(exp):
            return None
        start = self.clauses.sentence(exp.start, exp.end, window)[0]
        told = [(e, r) for e, r, _, _ in self._resolved_from(start) if r.period is not None]
        if not told and start > 0:
            before = self.clauses.sentence(start - 1, start - 1, self._window_of(start - 1))[0]
            told = [(e, r) for e, r, _, _ in self._resolved_from(before) if r.period is not None and e.start < start]
        if len(told) < 2:
            return None
        (last, last_read), (first, first_read) = told[0], told[-1]
        if first_read.period == last_read.period or last_read.period != self.reference \
                or not (_lacks_year(last.parts) or "weekday" in last.parts) \
                or lexicon.own_subject_clause_before().search(self.low, max(first.end, last.start - _OWN_CLAUSE_REACH),
                                                              last.start) is None:
            return None
        return first_read.period

    def _period_of_its_side_clause(self, exp: finder.Expression, told_of: resolver.Period | None,
                                   window) -> resolver.Period | None:
        """The quarter or half a base "a year earlier" compares with when both stand in one side clause that set no
        time for the story ("fell 3.4% after it reported on Tuesday that net profit for the October-December quarter
        dropped 22% to 187 million ringgit from 240 million ringgit a year earlier" is 2024-Q4, not a year before the
        story's time): the figure compared is of the period its clause told last.  So is the month or week whose figure
        a base "a year earlier" or "a year ago" is set against right after it, past a comma ("while DAP traded at $720
        a tonne last week, up from $560 a year ago" is that week a year back, not the story's quarter), in a main
        clause too ("Urea sold for $410 a tonne in May, up from $350 a year ago": May a year back).  Else None."""
        if exp.parts not in (_A_YEAR_EARLIER, _A_YEAR_AGO) or not self.resolved or not self._a_base_compared(exp):
            return None
        start = self.clauses.sentence(exp.start, exp.end, window)[0]
        last, read = next(((e, r) for e, r, _, _ in self._resolved_from(start)
                           if r.period is not None and e.end <= exp.start), (None, None))
        if last is None:
            return None
        set_off = self._a_base_set_off_after(last.end, exp.start)
        if read.period.gran not in (("Q", "H", "M", "W") if set_off else ("Q", "H")) \
                or (exp.parts == _A_YEAR_AGO and not set_off) \
                or read.period == told_of and not (exp.parts == _A_YEAR_AGO and read.period.gran in ("M", "W")) \
                or not (set_off and read.period.gran in ("M", "W")
                        or finder.in_a_side_clause_with_a_verb(self.low, last.start, last.end,
                                                               self._window_of(last.start), self.clauses)) \
                or _CLAUSE_STOP.search(self.low, last.end, exp.start) and "," in self.low[last.end:exp.start] \
                and not set_off:
            return None
        if exp.parts == _A_YEAR_AGO and read.period.gran in ("M", "W"):
            # ("ago" counts back from now unless told it is a figure's base: the resolver reads this mark)
            exp.parts = dict(exp.parts, of_the_figure=True)
        return read.period

    def _a_base_set_off_after(self, start: int, end: int) -> bool:
        """Is what stands from ``start`` to ``end`` (where a base's count back begins) one comma and the base figure
        after it ("in the first half, down from 71 euros ")?  The base then is of the figure the period before the
        comma dates, in the same clause: "prices, which averaged 58 euros in the first half, down from 71 euros a
        year earlier" compares with the first half a year back."""
        between = self.low[start:end]
        # (a point or comma between digits is a figure's own: "down from $1.21 a year ago")
        if [stop.group() for stop in _CLAUSE_STOP.finditer(between)
                if not (0 < stop.start() < len(between) - 1 and between[stop.start() - 1].isdigit()
                        and between[stop.end()].isdigit())] != [","]:
            return False
        at = start + between.index(",") + 1
        # (the word of its move may lead the comparison: ", down from"; or the move's percentage: ", up 9% from")
        figure = lexicon.figure_compared_before(linked=False).search(self.low, at, end) \
            or lexicon.percentage_base_before().search(self.low, at, end)
        return figure is not None and figure.start() - at <= _TWO_WORDS_BEFORE_REACH \
            and not _A_DIGIT.search(self.low, at, figure.start())

    def _period_the_base_was_set_against(self, any_length: bool = False) -> resolver.Period | None:
        """The period of the figure the reference's base was compared with: the last of the reference's length its
        sentence told before it ("rose to $3.2 billion in October from $3 billion in September" is October), else the
        report's quarter or half ("fell to $1,412 an ounce from $1,538 in the previous quarter", in a report on the
        fourth quarter).  ``any_length``: the last period told before it, whatever its length ("last week, down from
        610 pesos in early December" is last week), else None."""
        reference = self.reference
        lo = self.clauses.sentence(self.reference_start, self.reference_end, self.reference_window)[0]
        for told, resolution, _, _ in reversed(self.resolved):
            if told.start < lo:
                break
            period = resolution.period
            if told.end <= self.reference_start and period is not None and period != reference \
                    and (any_length or period.gran == reference.gran):
                return period
        if any_length:
            return None
        return self.topic if self.topic is not None and self.topic.gran == reference.gran else None

    def _period_a_year_back_of_the_figure_compared(self, exp: finder.Expression,
                                                   figure_told: bool) -> resolver.Period | None:
        """When ``exp`` is a base "a year earlier" (or "a year ago") told after the period of another base figure, which
        was the reference ("fell to $1,412 an ounce from $1,538 in the previous quarter. It sold its gold at $4,126 an
        ounce, against $3,458 a year earlier", in a report on the fourth quarter; "up from $4.8 billion in the third
        quarter and $4.5 billion a year earlier"), or "the same half (quarter, period) a year earlier" so told, the
        period of the figure that other base was set against (see _period_the_base_was_set_against), which it
        compares with rather than that base's period a year back.  "A year ago" compares so only in a sentence that
        tells a figure (``figure_told``, which the caller asks once): "The company listed its shares in London a year
        ago" dates a happening, no figure compared.  Else None.  The caller asks that the reference date a base."""
        parts = exp.parts
        if parts in (_A_MONTH_EARLIER, _A_WEEK_EARLIER) and self.reference is not None and self._a_base_compared(exp):
            # "sold for 420 pesos last week, down from 610 pesos in early December. ... fell to $38, from $52 a month
            # earlier": a shorter count back compares with the figure that base was set against, whatever its length
            return self._period_the_base_was_set_against(any_length=True)
        same = bool(parts.get("det")) and parts.get("unit") in ("P", "Q", "H") \
            and parts.get("year_of") in (_A_YEAR_EARLIER, _A_YEAR_AGO)
        if self.reference is None or not (same or parts in (_A_YEAR_EARLIER, _A_YEAR_AGO)):
            return None
        if not (same or self._a_base_compared(exp)
                or lexicon.second_base_between().fullmatch(self.low, self.reference_end, exp.start) is not None
                or (parts == _A_YEAR_AGO and figure_told)):
            return None
        return self._period_the_base_was_set_against()

    def _sentence_tells_a_figure(self, exp: finder.Expression, window) -> bool:
        """Does the sentence of ``exp`` tell a figure (lexicon.figure_told)?"""
        start, end = self.clauses.sentence(exp.start, exp.end, window)[:2]
        return lexicon.figure_told().search(self.low, start, end) is not None

    def _report_period_after_the_day_it_was_told(self, exp: finder.Expression, told_of: resolver.Period | None,
                                                 window) -> resolver.Period | None:
        """The report's quarter or half a base "a year earlier" compares with, when the story's time is a day or month
        after that period that a sentence before told ("Meituan reported on Friday. ... it swung to a net loss of 16
        billion yuan, from a profit of 12.8 billion yuan a year earlier": the quarter reported a year back, not the
        Friday a year back): the day is when the figures were told, not what they are of, if it falls within the
        quarter after the period and its sentence tells no figure.  The base's own sentence names no date, else that
        date is what it compares with.  Else None."""
        topic = self.topic
        if exp.parts != _A_YEAR_EARLIER or told_of is None or told_of is not self.reference or topic is None \
                or topic.gran not in ("Q", "H") or not resolver.finer(told_of.gran, "Q") \
                or not topic.last() < told_of.first() <= topic.last() + _A_REPORT_S_LAG \
                or not self._a_base_compared(exp):
            return None
        start = self.clauses.sentence(exp.start, exp.end, window)[0]
        if any(r.period is not None for e, r, _, _ in self._resolved_from(start) if e.start < exp.start):
            return None
        # (a day that dates a figure of its own sentence is that figure's, and a base a year earlier is counted from
        # it: "Its shares closed at 14 yuan on Friday. That was up from 9 yuan a year earlier")
        told_lo, told_hi = self.clauses.sentence(self.reference_start, self.reference_end, self.reference_window)
        if _A_DIGIT.search(self.text, told_lo, self.reference_start) or _A_DIGIT.search(self.text, self.reference_end,
                                                                                           told_hi):
            return None
        return topic

    def _counted_from_a_side_clause(self, exp: finder.Expression,
                                    told_of: resolver.Period | None) -> resolver.Period | None:
        """The past date a side clause with a verb named last before a count of days, weeks or months "later" or
        "earlier", in the count's sentence or the one right before it ("Park, who was sworn in on May 10 after winning
        a runoff the day before, ...": May 9; "since Tencent was ordered to pay 7.4 billion yuan in March 2022. JD.com
        was fined 1.1 billion yuan four months later": July 2022).  The side clause set no time for the
        story, yet the count is told from the nearest date before it, not from the story's.  Else None."""
        gran = resolver.unit_gran(exp.parts.get("unit"))
        if gran is None or not resolver.finer(gran, "Y") \
                or not (exp.parts.get("direction") in ("earlier", "later") or _the_unit_after_or_before(exp.parts)) \
                or not self.resolved or self.anchor is None or told_of is not self.reference:
            return None
        told = ((told, told_as) for told, told_as, _, _ in reversed(self.resolved) if told_as.period is not None)
        last, resolution = next(told, (None, None))
        if last is None:
            return None
        period = resolution.period
        # (the date may be restated after it, out of the side clause: "which traded at 88.5 cents on 9 May 2022, the
        # day of the default, and at 61.2 cents two weeks later")
        dated = [(last, resolution), *itertools.takewhile(lambda t: t[1].period == period, told)]
        if resolver.finer(gran, period.gran) or resolution.timex_type != "DATE" \
                or period.last() >= self.anchor or period == told_of \
                or not _counted_on_from_a_side_clause(self.low, last.end, exp.start, self.clauses) \
                or not any(finder.in_a_side_clause_with_a_verb(self.low, at.start, at.end, self._window_of(at.start),
                                                               self.clauses) for at, _ in dated):
            return None
        return period

    def _brought_up_to_now(self, exp: finder.Expression, window) -> bool:
        """Does ``exp``'s sentence go on to now after it ("A sale ... in January valued the club at £145 million, and
        bankers now put its value at about £210 million", after "bought it in August 2022")?  Then it tells of the
        latest such month, not one after the past year the paragraph told of."""
        end = self.clauses.sentence(exp.start, exp.end, window)[1]
        at = bisect.bisect_right(self.starts, exp.start)
        return any(e.parts.get("ref_value") == "PRESENT_REF"
                   for e in itertools.takewhile(lambda e: e.start < end, self.expressions[at:]))

    def _told_as_what_the_holiday_is_each_year(self, exp: finder.Expression, window) -> bool:
        """Is ``exp``, a holiday named without its year, the subject of words that say what it is each year (tense.tsv
        kind holiday_habit: "Diwali is when most households buy gold")?  Not when the rest of its sentence tells of a
        time to come or names another time: "Christmas is when the retailer plans to open its store", "Diwali is when
        the new rules take effect this year" tell of one holiday."""
        told = lexicon.told_right_after("holiday_habit").match(self.low, exp.end) if _lacks_year(exp.parts) else None
        if told is None:
            return False
        s_hi = self.clauses.sentence(exp.start, exp.end, window)[1]
        at = bisect.bisect_right(self.starts, exp.start)
        # (the words of habit themselves may read as a schedule, "is when": only what follows them counts)
        return not any(told.end() <= s for s, _, _ in self.clauses.future_markers(exp.end, s_hi)) \
            and not any(later.start >= exp.end for later in itertools.takewhile(lambda e: e.start < s_hi,
                                                                                  self.expressions[at:]))

    def _its_clause_reaches_a_time_from_now(self, exp: finder.Expression, window) -> bool:
        """Does the clause of ``exp`` go on after it, with no comma or word opening another clause between, to a time
        counted from the day of writing that is under way or still to come ("in March it signed a deal to put 50 cars
        on the streets by the end of this year", after a sentence on 2023)?  The clause tells of now, so its month is
        the latest: a writer telling of the story's past year would count from that year ("by the following year").
        Not when the time the story is told in stands before it in its sentence, opening it or with no comma between
        ("It lost money that year and in May cut its forecast for next year": the May of that year)."""
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        if lo <= self.reference_start and self.reference_end <= exp.start \
                and (not any(mark in self.low[self.reference_end:exp.start] for mark in ",;")
                     or self._opens_the_sentence(exp, window)):
            return False
        at = bisect.bisect_right(self.starts, exp.start)
        for later in itertools.takewhile(lambda e: e.start < hi, self.expressions[at:]):
            if later.start < exp.end:
                continue
            between = self.low[exp.end:later.start]
            if any(mark in between for mark in ",;") or finder.a_clause_opens(self.low, exp.end, later.start):
                return False
            shift = later.parts.get("shift")
            # (not a count, "over the next three years", which runs on from the time of its clause)
            if later.parts.get("unit") in _UNITS_TOLD_FROM_NOW and isinstance(shift, int) and shift >= 0 \
                    and not later.parts.get("anaphoric") and "count" not in later.parts:
                return True
        return False

    def _its_sentence_came_up_to_now(self, exp: finder.Expression, told_of, window) -> bool:
        """Did the sentence of the month or day of a past year told of go on after it in the present perfect ("The war
        broke out in April 2023 and has driven 12 million people from their homes. The RSF took El Fasher on Oct.
        26", in November 2025)?  That year was only when the story began: the next sentences are of now."""
        if told_of.gran not in _DAYS_TO_MONTHS \
                or self.reference_end > self.clauses.sentence(exp.start, exp.end, window)[0]:
            return False
        r_hi = self.clauses.sentence(self.reference_start, self.reference_end, self.reference_window)[1]
        return lexicon.present_perfect().search(self.low, self.reference_end, min(r_hi, exp.start)) is not None

    def _pluperfect_after_it(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a clause of the past perfect in a sentence after the reference's, which so looks back
        from the time told of ("in late 2022 ... ChatGPT had been released on Nov. 30"), not from a phrase of
        its own sentence ("a program approved in 1987 ... had purchased 481,000 shares through Sept. 29")?"""
        return self.reference_end <= self.clauses.sentence(exp.start, exp.end, window)[0] and "pluperfect" in \
            finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses)

    def _end_of_an_own_year_counted_before(self, exp: finder.Expression, told_of, window) -> resolver.Period | None:
        """The last day of a year of its subject's own counted from the day or month told of (tense.tsv kind own_year),
        when its words stand before ``exp``, a month named without its year, in the sentence of ``exp`` ("took office
        on Dec. 10, 2023. His government cut spending in its first year and in April agreed a loan": Dec. 10, 2024);
        else None.  A month told after a whole year went by comes after it, not within the first months of it."""
        if told_of.gran not in ("D", "M") or not isinstance(exp.parts.get("month"), int) \
                or not _lacks_year(exp.parts):
            return None
        s_lo = max(self.clauses.sentence(exp.start, exp.end, window)[0], self.reference_end)
        counted = lexicon.own_counted_year().search(self.low, s_lo, exp.start)
        if counted is None:
            return None
        years = lexicon.day_ordinal_words().get(counted.group(1))
        if years is None:
            return None
        first = told_of.first()
        end = first.replace(year=first.year + years, day=min(first.day, 28) if first.month == 2 else first.day)
        return resolver.Period.of("D", end)

    def _crosses_into_a_year_untold(self, exp: finder.Expression, told_of, window) -> bool:
        """Would ``exp``, a month (or a day of it) named without its year that comes before the month told of in the
        calendar, carry the story into the year after the one told, a year the text never names and not the year of
        writing either?  Such a crossing is written out ("the following June", "in June 2024"), so the month is read
        from now: "was set up in November 2023. Lutnick renamed it in June", written in November 2025, is June 2025
        (not in the past perfect, which looks back, nor in the sentence of the month told, which goes on from it)."""
        month = exp.parts.get("month")
        if told_of.gran not in ("D", "M") or not isinstance(month, int) or not _lacks_year(exp.parts) \
                or (month - told_of.first().month) % 12 <= _MONTHS_CARRIED_OVER_NEW_YEAR \
                or told_of.last().year + 1 >= self.anchor.year:
            return False
        if self.reference_end > self.clauses.sentence(exp.start, exp.end, window)[0]:
            # (its own sentence goes on: "The bakery opened in June 2017, and its owners sold it in February")
            return False
        if "pluperfect" in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses):
            return False
        story = resolver.resolve(exp.parts, self.anchor, "past", told_of, self.locale)
        # (a day weeks before the day told stays in its year: "The decision followed a speech on October 24")
        return story is not None and story.first_day is not None and story.first_day.year > told_of.last().year

    def _carried_from_a_year_before(self, exp: finder.Expression, told_of, window) -> bool:
        """Does ``exp`` go on in a year an earlier sentence of its paragraph told whole ("The reopening took most of
        2021. Shops opened on 12 April, and pubs followed on 17 May": 2021)?  A year after words of its whole
        extent (tense.tsv kind whole_year), or opening its sentence with words of how it began (kind year_opening:
        "2019 began with a slump"), moves the story into it, so a month or day the next sentences tell in the
        past happens in it; a year named only as when one thing happened ("entered Korea in 2018. Its users reached
        9.1 million in January") or as the base of a comparison does not, nor one reached by an anaphor."""
        if told_of.gran != "Y" or self.reference_end > self.clauses.sentence(exp.start, exp.end, window)[0] \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past" \
                or self._goes_on_from_the_year(exp) \
                or self._reference_with_its_year() is None:
            return False
        if lexicon.present_perfect().search(self.low, self.clauses.sentence(exp.start, exp.end, window)[0], exp.start):
            return False    # (a sentence brought up to now: "The bank has raised rates since November")
        r_lo = self.clauses.sentence(self.reference_start, self.reference_end, self.reference_window)[0]
        if lexicon.kind_right_before("whole_year").search(self.low, r_lo, self.reference_start) is not None:
            return True
        return not self.low[r_lo:self.reference_start].strip() \
            and lexicon.told_right_after("year_opening").match(self.low, self.reference_end) is not None

    def _quarter_restated(self, exp: finder.Expression, resolution: resolver.Resolution) -> resolver.Resolution:
        """"in the June quarter, the first three months of Alibaba's fiscal year": the first (or last) three months of a
        year set off by a comma right after a quarter restate that quarter (2025-Q2), whatever calendar they count in;
        where the two differ, the quarter named is the one meant."""
        if not self.resolved or exp.parts.get("unit") != "M" or exp.parts.get("count") != _MONTHS_IN_A_QUARTER \
                or "ordinal" not in exp.parts:  # (told by the day they end, they place themselves: "to March 31")
            return resolution
        last, before = self.resolved[-1][:2]
        if before.period is None or before.period.gran != "Q" or not before.on_calendar \
                or resolution.period == before.period or _APPOSITION.fullmatch(self.low, last.end, exp.start) is None:
            return resolution
        return before

    def _then_told(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The time "then" ("Since then") stands for: the last one told in its sentence or the one before; a count of
        days set off after a day names none of its own and leaves it that day ("halted the offering on Nov. 3, 2020,
        two days before trading was due to begin. Since then, ..." opens on Nov. 3), and so does a look back from the
        time told to the one before it, which leaves the story where it was ("the release, on Aug. 3, 2023, ... a bug
        that she found the night before. Since then" opens on Aug. 3), and so does the time a verb of saying was said
        at, when "then" stands in what it reports in the past perfect: what was reported looks back from the saying,
        so "then" is the time told before ("the fire on July 24 of that year. The town said in August that 360 permits
        had been issued since then" opens on July 24; "showed in January that ..., and sales have been easier since
        then" opens in January)."""
        told = [r for r in self.resolved if r[0].start >= self._previous_sentence_start(exp, window)]
        if len(told) > 1 and told[-2][1].period is not None and finder.said_right_before(self.low, told[-1][0].start) \
                and self._reported_in_the_past_perfect(told[-1][0], exp, window):
            return told[-2][1].period
        if told and told[-1][1].period is None and len(told) > 1 and resolver.counts_days(told[-1][0].parts) \
                and told[-2][1].period is not None and told[-2][1].period.gran == "D":
            return told[-2][1].period
        if len(told) > 1 and told[-2][1].period is not None and (told[-1][0].parts.get("direction") == "earlier" or (
                told[-1][0].parts.get("anaphoric") and told[-1][0].parts.get("shift") == -1)) \
                and told[-1][0].parts.get("det"):
            return told[-2][1].period
        return told[-1][1].period if told else None

    def _reported_in_the_past_perfect(self, said: finder.Expression, exp: finder.Expression, window) -> bool:
        """Does a verb in the past perfect (tense.tsv tense pluperfect) stand between ``said``, the time a saying was
        said at, and ``exp``, in one sentence?  What it reports was done before the saying, so it looks back from it."""
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        return said.start >= sentence[0] and any(
            said.end <= start and end <= exp.start and tense == "pluperfect"
            for start, end, tense, _ in self.clauses.markers(*sentence))

    def _narrows_the_year_just_told(self, exp: finder.Expression, told_of, window) -> bool:
        """Is ``exp`` set off by a comma right after a year its past clause told, only to say when within it
        ("cut prices three times in 2024, most deeply in February": 2024-02; "raised fees twice in 2023, first in
        March")?  Such a phrase narrows the year just told (tense.tsv kind narrowing); it tells no time of its own.
        A clause of no marked tense is told in the past by the year gone it names: its verb may be one whose past
        is its base form after a plain noun ("The plant cut 40 jobs in 2021, mostly in June": 2021-06)."""
        if told_of.gran != "Y" or self.reference_start < self.clauses.sentence(exp.start, exp.end, window)[0] \
                or self._reference_with_its_year(1) is None \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                not in _TOLD_IN_THE_PAST_OR_UNTOLD:
            return False
        return lexicon.narrowing_after_a_year().match(self.low, self.reference_end, exp.start) is not None

    def _year_narrowed_right_before(self, exp: finder.Expression) -> int | None:
        """The year a quarter or half named alone narrows, set off by a comma right after it (tense.tsv kind
        narrowing: "next year, possibly in the first half": 2026-H1 in 2025; "in 2023, mostly in the second half"),
        or a month after a year to come ("in 2027, mostly in March"; a past year's month goes on in the year told,
        see _narrows_the_year_just_told).  A year that is only the base of a percentage is narrowed by nothing."""
        month = _lacks_year(exp.parts) and exp.parts.keys() <= {"month", "det"}
        if not self.resolved or not (month or resolver.names_a_part_of_the_year(exp.parts)) or self.anchor is None:
            return None
        last, resolution = self.resolved[-1][:2]
        period = resolution.period
        if period is None or period.gran != "Y" or (month and period.first() <= self.anchor) \
                or lexicon.narrowing_after_a_year().match(self.low, last.end, exp.start) is None \
                or self._the_base_of_a_percentage(last):
            return None
        return period.first().year

    def _told_in_the_past(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a clause told in the past ("Shares of TAL plunged 70.8% on July 23"), or does it open its
        sentence, as a story's next date does ("On July 2, two days after Didi raised $4.4 billion, ...")?"""
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
            return True
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return len(self.low[s_lo:exp.start].split()) <= 1     # (a preposition: "On July 2", "In March")

    def _told_as_ended(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` told in the past by its clause ("Exports in 2024/25 rose 5%"), or by a side clause that opens
        right after its noun ("the 2024/25 marketing year, which ended on Aug. 31, hit a record")?"""
        text, low, clauses = self.text, self.low, self.clauses
        if finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "past":
            return True
        noun = _NOUN_BEFORE_AN_ASIDE.match(low, exp.end, clauses.sentence(exp.start, exp.end, window)[1])
        return noun is not None and finder.a_clause_opens(low, noun.end(), noun.end() + _OPENER_REACH) \
            and finder.clause_tense(text, low, noun.end(), noun.end() + 1, window, clauses) == "past"

    def _split_year_on_its_told_months(self, exp: finder.Expression, following: finder.Expression | None,
                                       resolution: resolver.Resolution) -> resolver.Resolution | None:
        """A split year whose side clause tells the month it began or ended in ("the 2025/26 coffee year, which began
        on Oct. 1"): its twelve months from that one (2025-10/2026-09), or up to it, not two calendar years; its
        TimeML value and its look ahead stay the year's."""
        parts = exp.parts
        if following is None or self.anchor is None or parts.keys() != {"year", "year2"} \
                or parts["year2"] != parts["year"] + 1 or not {"month"} <= following.parts.keys() <= {"month", "day"}:
            return None
        told = lexicon.period_bound_told().fullmatch(self.low, exp.end, following.start)
        month = following.parts["month"]
        if told is None or month == (1 if told.group("began") else 12):
            return None     # (a year from January, or up to December, is no split year)
        first, last = (month, month - 1) if told.group("began") else (month + 1, month)
        span = resolver.span(resolver.resolve({"year": parts["year"], "month": first}, self.anchor),
                             resolver.resolve({"year": parts["year2"], "month": last}, self.anchor), self.anchor)
        return span._replace(timex_type=resolution.timex_type, value=resolution.value, future=resolution.future)

    def _the_day_a_quarter_ended(self, quarter: finder.Expression, day: finder.Expression) -> bool:
        """Is ``day`` (no year) told by a side clause right after ``quarter`` (named by its ordinal alone) as the day
        that quarter ended ("the fourth quarter, which ended Feb. 1")?"""
        return _a_quarter_by_its_number(quarter.parts) and {"month", "day"} <= day.parts.keys() <= _A_DAY_IN_THE_STORY \
            and lexicon.period_ended_on_told().fullmatch(self.low, quarter.end, day.start) is not None

    def _day_the_quarter_before_ended(self, exp: finder.Expression,
                                      resolution: resolver.Resolution) -> resolver.Resolution:
        """A day without its year that a side clause tells a quarter named by its ordinal alone right before it ended
        on ("the fourth quarter, which ended Feb. 1"): the day of that quarter's end, in the year it ends, not the
        year the quarter opens in."""
        if self.anchor is None or not self.resolved:
            return resolution
        quarter, quarter_resolution = self.resolved[-1][:2]
        if quarter_resolution is None or quarter_resolution.last_day is None \
                or not self._the_day_a_quarter_ended(quarter, exp):
            return resolution
        last = quarter_resolution.last_day
        for year in (last.year, last.year + 1):
            day = resolver.resolve(dict(exp.parts, year=year), self.anchor, "past", None, self.locale)
            if day is not None and day.first_day is not None and _ends_the_quarter(day.first_day, last):
                return day if resolution.first_day != day.first_day else resolution
        return resolution

    def _quarter_to_the_day_it_ended(self, exp: finder.Expression, following: finder.Expression | None,
                                     resolution: resolver.Resolution) -> resolver.Resolution:
        """A quarter named by its ordinal alone whose side clause tells the day it ended ("the fourth quarter, which
        ended Feb. 1", in November): the one of its calendar that ended then, not the one under way; its months are
        the calendar's the clause tells (fiscal_told.tsv)."""
        if following is None or self.anchor is None or resolution.last_day is None \
                or not self._the_day_a_quarter_ended(exp, following):
            return resolution
        day = resolver.resolve(following.parts, self.anchor, "past", None, self.locale)
        if day is None or day.first_day is None or _ends_the_quarter(day.first_day, resolution.last_day):
            return resolution
        ended = resolver.resolve(exp.parts, day.first_day + dt.timedelta(days=_QUARTER_END_SLACK_DAYS + 1), "past",
                                 None, self.locale)
        if ended is None or ended.last_day is None or not _ends_the_quarter(day.first_day, ended.last_day):
            return resolution
        return ended._replace(future=False)

    def _season_to_the_day_it_ended(self, exp: finder.Expression, following: finder.Expression | None,
                                    resolution: resolver.Resolution) -> resolver.Resolution:
        """A season across two years told by "last", "this" or "next" whose side clause tells the day it ended
        ("Attendance last season, which ended on Jan. 4", in April 2026): the season that ended that day (2025/2026),
        whatever sport's calendar alone would give (2024/2025); a season named by one year keeps its reading."""
        if following is None or self.anchor is None or resolution.first_day is None or resolution.last_day is None \
                or not str(exp.parts.get("ref_value", "")).startswith(resolver.SPORT_SEASON) \
                or resolution.last_day.year != resolution.first_day.year + 1 \
                or not {"month", "day"} <= following.parts.keys() <= _A_DAY_IN_THE_STORY \
                or lexicon.period_ended_on_told().fullmatch(self.low, exp.end, following.start) is None:
            return resolution
        # (the day it ended is gone: the latest one by the day of writing)
        day = next((d for d in (resolver.resolve(dict(following.parts, year=year), self.anchor, "past", None,
                                                 self.locale) for year in (self.anchor.year, self.anchor.year - 1))
                    if d is not None and d.first_day is not None and d.first_day <= self.anchor), None)
        if day is None:
            return resolution
        shift = day.first_day.year - resolution.last_day.year
        if abs(shift) != 1:
            return resolution
        # (read from the same day of another year, the season's own words place the season that day ends)
        moved = resolver.resolve(exp.parts, dt.date(self.anchor.year + shift, self.anchor.month,
                                                    min(self.anchor.day, 28)), "past", None, self.locale)
        if moved is None or moved.last_day is None or moved.last_day.year != day.first_day.year:
            return resolution
        return moved._replace(future=False)

    def _ended_by_its_side_clause(self, exp: finder.Expression, window) -> bool:
        """Does a side clause right after the noun of ``exp`` tell that the period ended (tense.tsv kind
        period_ended: "the 2024/25 season, which ended on June 30", "the 2024/25 financial year that ended June 30";
        not "the budget for 2026, which parliament approved on December 4")?"""
        sentence_end = self.clauses.sentence(exp.start, exp.end, window)[1]
        noun = _NOUN_BEFORE_AN_ASIDE.match(self.low, exp.end, sentence_end)
        if noun is not None and lexicon.period_ended_told().match(self.low, noun.end()) is not None:
            return True
        # (a restrictive clause tells it as well: "the 2024/25 financial year that ended June 30")
        return lexicon.period_ended_told_restrictively().match(self.low, exp.end, sentence_end) is not None

    def _a_year_to_come_framing_the_sentence(self, exp: finder.Expression, window) -> bool:
        """Is the first date of the sentence of ``exp`` a year after the anchor's, with its number, that opens the
        sentence (as :meth:`_opens_the_sentence` reads it), every date told after it up to ``exp`` of that year and no
        verb in the past between it and ``exp``?  The sentence then tells of that year all through, clause after clause
        ("In 2027, elections are due in May, and the budget follows in June"), the later dates taking their year from
        it, not from the date told last.  A clause after a semicolon goes on in the sentence before it ("In 2027,
        the plant opens in April; output reaches full speed by September")."""
        s_lo = self._opening_before_its_semicolons(exp, window)
        told = [(e, r.period) for e, r, *_ in self.resolved if s_lo <= e.start and e.end <= exp.start]
        if len(told) < 2 or told[0][1] is None or told[0][1].gran != "Y" or "year" not in told[0][0].parts:
            return False
        first, year = told[0][0], told[0][1].first().year
        return year > self.anchor.year and self.reference is not None \
            and self.reference.first().year == year == self.reference.last().year \
            and all(p is not None and p.first().year == year == p.last().year for _, p in told[1:]) \
            and self._opens_the_sentence(told[1][0], self._window_of(told[1][0].start), first) \
            and not any(m[2] in lexicon.PAST_TENSES for m in self.clauses.markers(first.end, exp.start))

    def _opening_before_its_semicolons(self, exp: finder.Expression, window) -> int:
        """Where the sentence of ``exp`` opens, the clauses set off before it by semicolons taken in ("In 2027, the
        plant opens in April; output reaches full speed by September" opens at "In 2027")."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        while (before := self.low[:s_lo].rstrip()).endswith(";"):
            at = len(before) - 1
            opened = self.clauses.sentence(at, at, self._window_of(at))[0]
            if opened >= s_lo:
                break
            s_lo = opened
        return s_lo

    def _opens_the_sentence(self, exp: finder.Expression, window, told: finder.Expression | None = None) -> bool:
        """Does the reference (or the date ``told``, its year its own) open the sentence of ``exp`` ("In 2024, the
        festival ran ...", "Last year's event was held ..."), so that the whole sentence tells of it, not only a phrase
        of it ("a program approved in 1987") or a period reported on ("For 2023, revenue rose 8%, it said in March")?"""
        start, end = (self.reference_start, self.reference_end) if told is None else (told.start, told.end)
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        if s_lo > start or a_quotation_closes_between(self.text, end, exp.start):
            return False
        # (or the clause coordinated after a comma that it opens: "Last year "Hollow Creek" opened to $41.2 million,
        # and in 2023 "The Nun II" took $32.6 million in early September")
        opened = lexicon.coordinated_clause().search(self.low, max(s_lo, start - _OPENER_REACH), start)
        # (a quotation mark opening quoted speech is no word: '"Last year the funds took in $4.9 billion in January')
        words = [w for w in self.low[s_lo if opened is None else opened.end():start].split()
                 if any(c.isalnum() for c in w)]
        if not words or (len(words) == 1 and finder.after_preposition(self.low, start)):
            return True
        if len(words) == 2 and opened is None and (told is not None or self.reference_year_told):
            # (or a noun it dates that frames the sentence: "In the 2023 season we barely found anything after August")
            determiner = lexicon.determiner_before().search(
                self.low, max(s_lo, start - _TWO_WORDS_BEFORE_REACH), start)
            if determiner is not None and self._a_noun_framing(determiner.start(), end, s_lo):
                return True
        # (or an aside set off by commas right after the sentence's subject: "The last, in 2022, produced two leaders
        # ... and Sunak became prime minister on Oct. 25" tells of 2022 all through)
        return 2 <= len(words) <= _SUBJECT_WORDS + 1 and words[-2].endswith(",") \
            and not any("," in w for w in words[:-2]) and opened is None \
            and finder.after_preposition(self.low, start) \
            and self.low.startswith(",", end)

    def _holiday_in_the_month_before(self, exp: finder.Expression, resolution: resolver.Resolution, ref,
                                     window) -> resolver.Resolution:
        """"expects subsidies to ease from October, after the National Day Golden Week holiday": a holiday
        that falls in the month (or quarter, or half) its sentence named just before it is of that period's year
        ("In the December quarter we will also see the Singles Day effect", in November: this Singles Day)."""
        if not self.resolved or resolution.first_day is None:
            return resolution
        before, period = self.resolved[-1][:2]
        if period.precision not in ("month", "quarter", "half") or period.first_day is None \
                or period.last_day is None or period.first_day.year == resolution.first_day.year \
                or before.start < self.clauses.sentence(exp.start, exp.end, window)[0]:
            return resolution
        placed = resolver.resolve(dict(exp.parts, year=period.first_day.year), self.anchor, "", ref, self.locale)
        if placed is None or placed.first_day is None or not period.first_day <= placed.first_day <= period.last_day:
            return resolution
        return placed

    def _coordinated_with_a_day_to_come(self, exp: finder.Expression, resolution: resolver.Resolution,
                                        window) -> bool:
        """Does the weekday ``exp``, read as a past one, only stand for a verb left out after a day to come
        ("..., and Tencent on Wednesday"), in a clause not in the past?"""
        if not self.resolved or self.anchor is None or resolution.first_day is None \
                or resolution.first_day >= self.anchor:
            return False
        # (the subject left without its verb may be a time of its own: "on Friday, Nov. 14, or the week after on
        # Monday", whose verb is that of the Friday)
        for before, said, *_ in reversed(self.resolved[-2:]):
            if lexicon.ellipsis().fullmatch(self.low, before.end, exp.start) is not None:
                return said.first_day is not None and said.first_day > self.anchor \
                    and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past"
        return False

    def _opened_by_a_count_from_the_story(self, exp: finder.Expression, window) -> bool:
        """Does the sentence of ``exp`` open with a count from the time the story is on ("Last year, Beijing
        set a growth target. Weeks earlier, Xi had met Ma at a symposium on February 17": 2025's), or a clause of
        it joined by a coordinator ("He became its president in 2008, and a year later oversaw the first
        Singles Day sale": 2009's)?"""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        first = None
        for done in reversed(self.resolved):
            if done[0].start < s_lo:
                break
            first = done[0]
        if first is not None and first.start < exp.start and not self.low[s_lo:first.start].strip(" \"'(") \
                and first.parts.get("direction") in ("earlier", "later"):
            return True
        last = self.resolved[-1][0] if self.resolved else None
        if last is None or not s_lo <= last.start < exp.start \
                or last.parts.get("direction") not in ("earlier", "later"):
            return False
        joined = lexicon.last_match(lexicon.coordinated_clause(), self.low, s_lo, last.start)
        return joined is not None and not self.low[joined.end():last.start].strip()

    def _a_habit_told_around(self, exp: finder.Expression, window) -> bool:
        """Does an adverb of recurrence before ``exp`` tell, in a clause not in the past, what usually happens around
        it ("We typically see cases climb after Thanksgiving"; not "Cases rose after Thanksgiving, as they usually
        do", one year's rise, nor "running before Chuseok, the holiday that is traditionally the busiest", a custom
        of the holiday told after it)?"""
        text, low, clauses = self.text, self.low, self.clauses
        s_lo, s_hi = clauses.sentence(exp.start, exp.end, window)
        if not finder.is_recurring(text, low, exp.start, exp.end, (s_lo, exp.end), clauses):
            return False
        if self._recurrence_in_an_aside_before(exp, s_lo):
            return False
        # (the habit's own clause: a verb of saying that tells who says so is past whatever the habit's tense,
        # "Doctors said emergency rooms typically fill up after Christmas", "..., doctors said")
        return finder.clause_tense(text, low, exp.start, exp.end, _unattributed(low, clauses, s_lo, s_hi, exp),
                                   clauses) != "past"

    def _recurrence_in_an_aside_before(self, exp: finder.Expression, s_lo: int) -> bool:
        """Is every adverb of recurrence before ``exp`` in its sentence inside an aside set off by commas that closes
        before it ("the third quarter, traditionally the busiest, would be ... before Thanksgiving")?  It tells a
        habit of the noun it follows, not of the holiday."""
        adverbs = [(s, e) for s, e, tense, _ in self.clauses.markers(s_lo, exp.start) if tense == "recurring"]
        # (the aside opens right before its adverb and closes before the holiday: "In a statement, the company said
        # sales typically rise before Christmas, its busiest period" tells a habit)
        return bool(adverbs) and all(
            _ASIDE_OPEN.search(self.low, s_lo, s) is not None and _ASIDE_CLOSE.match(self.low, e, exp.start) is not None
            for s, e in adverbs)

    def _a_habit_of_its_time(self, exp: finder.Expression, window, end: int) -> bool:
        """Does an adverb of recurrence tell a habit of the month, season, quarter or half ``exp`` (up to ``end``),
        standing before it whatever the tense ("Flu cases usually fall in March", "The rains used to begin in late
        May", "is usually conducted in the second and fourth quarters"), or after it with no verb in the past before
        it ("The first half is always the quiet half for growers", "The summer used to end on the last Sunday of
        September"; not "Admissions rose in January, as they usually do" nor "The fourth quarter was weak, as it
        usually is", that one year's)?"""
        text, low, clauses = self.text, self.low, self.clauses
        if not finder.is_recurring(text, low, exp.start, end, window, clauses):
            return False
        s_lo, s_hi = clauses.sentence(exp.start, exp.end, window)
        if finder.is_recurring(text, low, exp.start, end, (s_lo, end), clauses):
            return not self._a_clause_of_its_own_in_the_past(s_lo, exp.start)
        # (who says so is past whatever the habit's tense: "Analysts said the first half is usually the weaker one")
        lo = _unattributed(low, clauses, s_lo, s_hi, exp)[0]
        joined = lexicon.last_match(lexicon.coordinated_clause(), low, lo, exp.start)
        if joined is not None:
            # (nor does a past in a clause coordinated before the month's own: "remittances reached $29 billion, and
            # the bank expects growth of 3%, with December usually the busiest month" tells December's habit)
            lo = joined.end()
        markers = clauses.markers(s_lo, s_hi)
        adverb = next((s for s, _, tense, _ in markers if tense == "recurring" and s >= end), s_hi)
        return not any(tense == "past" and lo <= s < adverb for s, _, tense, _ in markers)

    def _a_clause_of_its_own_in_the_past(self, s_lo: int, start: int) -> bool:
        """Does a clause of its own, opened by a word that ends another (tense.tsv kinds boundary or complement: "that",
        "which"), tell the past between the last adverb of recurrence before ``start`` and ``start``?  The habit is
        then another noun's, and the date the past clause's: "the lull that usually runs from November to February
        and the floods that swamped Johor in late January" (not "The rains usually began in late May")."""
        markers = self.clauses.markers(s_lo, start)
        adverb = max((e for _, e, tense, _ in markers if tense == "recurring"), default=None)
        if adverb is None:
            return False
        opened = False
        for s, _, tense, _ in markers:
            if s < adverb:
                continue
            opened = opened or tense in ("boundary", "complement")
            if opened and tense in lexicon.PAST_TENSES:
                return True
        return False

    def _tense(self, exp: finder.Expression, befores: dict[str, int], told_of,
               window) -> tuple[str, resolver.Resolution | None]:
        """The tense that places ``exp`` where its words leave it open ("in February"), with its
        resolution when reading the tense already gave it."""
        parts = exp.parts
        if parts.get("anaphoric") and parts.get("shift") == 1 and "month" in parts and self.resolved \
                and self.resolved[-1][0].parts.get("habitual") and "span" in self.resolved[-1][3]:
            # "the tax year, which runs from 6 April to the following 5 April": the day after a habit's opening day
            # that ends its span recurs with it, a year after each, no year of its own
            for told_from_the_last in ("shift", "anaphoric", "det"):
                parts.pop(told_from_the_last, None)
            parts["habitual"] = True
            return "", None
        if _a_fiscal_year_alone(parts) and _opens_a_sentence(self.text, exp.start) \
                and finder.is_recurring(self.text, self.low, exp.start, exp.end, window, self.clauses):
            # "Its financial year runs from July to June": every such year runs so, no one year of the story (not
            # "must be passed before the fiscal year begins on April 1", the one about to begin)
            parts["set"] = True
            return "", None
        if resolver.part_of_a_year_alone(parts) and not _PLACING_KINDS & befores.keys() \
                and self._a_habit_of_its_time(exp, window, exp.end):
            # "80% of its auction business is usually conducted in the second and fourth quarters", "the first half
            # is always our weak half": no particular year's, as a month after an adverb of recurrence is none
            parts["habitual"] = True
            return "", None
        if parts.get("anaphoric") and parts.get("shift") and not _PLACING_KINDS & befores.keys() \
                and self._a_habit_told_around(exp, window):
            # "the premium tends to shrink when results surprise, as Hong Kong catches up the next morning": the day
            # after each time the habit comes round, no day after the one told last
            parts["habitual"] = True
            return "", None
        if (_a_quarter_alone(parts) or "quarter" in parts) and parts.keys().isdisjoint(_YEAR_TOLD_PARTS) \
                and not any(self.connectors.rows[i]["tense"] for i in befores.values()):
            told = self._quarter_before_a_day_told(exp, told_of, window)
            if told is not None:
                return "past", told
        if resolver.names_a_part_of_the_year(parts):
            return self._past_or_none(exp, befores, told_of, window)
        beside = self._holiday_beside_a_day(exp)
        if beside is not None:
            return ("future" if beside.future else "past"), beside
        if parts.get("later_today"):
            # "tonight": ahead unless its clause tells it in the past ("said tonight", "won tonight")
            past = finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past"
            return ("past" if past else ""), None
        if resolver.names_a_season_s_end(parts):
            # "the end of the season" in a clause about the past with no connector before it is the end of the season
            # gone ("left the club at the end of the season"); a deadline so told stays the end of the one under way
            # ("joined on loan until the end of the season"); "after" it, never a deadline, dates a thing done as "at"
            # does ("left the club after the end of the season"), where "before" may still bound a state a reporting
            # verb in the perfect tells ("have told suitors he is not for sale before the end of the season")
            past = all(self.connectors.rows[i]["mod"] == "AFTER" for i in befores.values()) \
                and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past"
            return ("past" if past else ""), None
        if not resolver.needs_tense(parts):
            if resolver.a_fiscal_part_on_the_calendar(parts) \
                    and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past":
                # a fiscal quarter a clause in the past reports, as a verb of saying reports it too ("said fiscal
                # third-quarter revenue rose 5%", in July): over, so of a calendar off December (resolver)
                return "past", None
            # (a time placed by its own words is still one the negated past waited until, a time gone: "did not
            # name a successor until this year")
            return ("past" if "deadline" in befores and (self._a_negated_past_deadline(exp, befores, window)
                                                         or self._a_limit_reached_in_the_past(exp, befores, window))
                    else ""), None
        if resolver.is_the_year_or_month(parts):
            if self._a_deed_possible_before(exp, window, after_the_past=True):
                return "future", None   # ("swarms that formed in October could reach the coast by the end of the
                                        # month", on Nov. 6: this month, whatever the past of the relative clause)
            just_ended = self._the_year_set_against_the_year_before_last(exp, window) \
                or self._the_year_of_results_told_before(exp, window)
            if just_ended is not None:
                return "past", just_ended
            # only in its first days does a past clause read "the year" otherwise than no tense ("ended the
            # year", on Jan. 1); elsewhere its forecast is told as for any period
            tense, resolution = self._past_reading(exp, told_of, window)
            return (tense, resolution) if tense == "past" else ("", None)
        text, low, clauses, rows = self.text, self.low, self.clauses, self.connectors.rows
        if (not _PLACING_KINDS & befores.keys() and "holiday" in parts
                and (finder.is_habitual(text, low, exp.start, exp.end, window, clauses)
                     or self._yearly_set_in_the_sentence(exp, window)
                     or self._told_as_what_the_holiday_is_each_year(exp, window))) \
                or (("holiday" in parts or _a_yearless_day_of_a_month(parts))
                    and _PLACING_KINDS & befores.keys() == _BOUNDS_OF_A_HABIT
                    and self._a_habit_told_around(exp, window)) \
                or self._a_year_s_calendar_by_its_months(exp, befores, window) \
                or (not (_PLACING_KINDS - {"span", "deadline"}) & befores.keys()
                    and ("month" in parts or "season" in parts)
                    and "weekday" not in parts and not self._a_year_just_before_in_its_clause(exp)
                    and not finder.labels_its_line(low, exp.start, exp.end)
                    and self._a_habit_of_its_time(exp, window, self._span_end(exp, befores))):
            # "during Singles Day, an annual shopping event"; "Diwali is when most households buy gold" (tense.tsv kind
            # holiday_habit: what the holiday is each year); "Its fiscal year ends on March 31"; "The summer
            # season, which runs from June 1 to Aug. 31, is traditionally the busiest" (both ends of the span); a
            # day that labels its line is an entry of a timeline, one happening, whatever its entry tells ("- June
            # 30: The state's fiscal year ends; revenue came in above forecast")
            parts["habitual"] = True
        connector_tense = next((tense for i in befores.values() if (tense := self._connector_tense(i, parts))), "")
        if not connector_tense and self._a_bound_a_request_sets(exp, befores, window):
            # "asked the government to lower the allowance again before the Christmas season", in March: what is
            # asked for is still to be done, before the coming one however far (a plan's nearness rule is for the
            # day a deal was struck)
            return "future", None
        if not connector_tense and _a_weekday_alone(parts) and exp.start > self.first_line_end \
                and self._alone_on_its_line(exp):
            heading = self._tense_of_a_weekday_heading(exp)
            told = self._weekday_gone_told_before(exp)
            if told is not None:
                # "Last week he let us ride along, from Monday's breakfast rush ... / MONDAY / The first order arrives
                # at 6:52 a.m.", on a Monday: a diary in the historic present of the days the story told, not today
                return "past", resolver.resolve(dict(parts, year=told.year, month=told.month, day=told.day),
                                                self.anchor, "past", None, self.locale)
            if heading:
                return heading, None
        if not connector_tense and exp.start < self.entry_end:
            if exp.start == self.entry_start and _a_weekday_alone(parts):
                return self._tense_of_a_weekday_entry(exp), None
            if not self.weekday_entry:
                # a chronology tells in the historic present ("Feb. 4: A 10% tariff takes effect"), or in the past,
                # a review of a year gone by ("January: The year began in gloom"), which is the January past
                if finder.clause_tense(text, low, exp.start, exp.end, window, clauses) != "past":
                    return "", None
                if told_of is not None and told_of.gran == "Y" and _lacks_year(parts) \
                        and (told_of is not self.reference or self.story_told):
                    # (of the year the text tells of, even a January named in late December: "Below is how the year
                    # unfolded. / January: The year began in gloom"; not of a year that was only the base of a
                    # comparison: "rates remain far above last year's levels: / - Jan. 4: $3,072, as carriers
                    # announced diversions", in March, is this Jan. 4)
                    return "past", resolver.resolve(dict(parts, in_story="sentence"), self.anchor, "past", told_of,
                                                    self.locale)
                return "past", None
            # (a week told day by day has no historic present: "Wednesday: The main event. Options pricing implies
            # a move of roughly 7% on Thursday" is read as any clause is)
        if parts.get("year_end") and connector_tense != "past":
            # a year-end is last year's only after a word that looks back ("since year-end"); "had planned to close
            # by year-end" may be this year's
            return ("past" if self._a_year_end_reported_gone(exp, befores, window) else ""), None
        if connector_tense in _AHEAD_CONNECTOR_TENSES:
            # "by Jan. 14" looks ahead, unless "had filed reports by Wednesday" or "The index fell 2% by Thursday"
            if "pluperfect" in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses) \
                    and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) not in resolver.AHEAD \
                    and not self._a_reported_condition(exp, window) \
                    and not self._reported_by_a_saying(exp, window, requested=True):
                # (a marker of the future after the past perfect governs its own clause: "insurers had received
                # 3,100 claims, a figure it expects to climb above A$1 billion by the end of March"; a deadline a
                # saying reports was asked for is set then, still ahead: "said it had asked the lender for a full
                # account by Friday")
                return "past", None
            if self._a_negated_past_deadline(exp, befores, window):
                return "past", None
            if connector_tense == "completion":
                if exp.start < self.entry_end and not finder.may_look_ahead(text, low, exp.start, exp.end, window,
                                                                            clauses):
                    return "past", None     # an entry of a chronology tells the past in the present ("2025 - Its
                                            # shares rise about 90% through mid-September"), no forecast
                row = next(i for i in befores.values() if self._connector_tense(i, parts) == connector_tense)
                connector = _connector_start(low, exp.start, rows[row]["before"])
                if finder.done_by_a_past_verb(text, low, connector, exp.start, window, clauses) \
                        and not self._a_reported_condition(exp, window) \
                        and not self._a_limit_still_ahead(exp, connector, window):
                    return "past", None
                if _gone_through_up_to_now(low, connector):
                    return "past", None     # "the trucks have not stopped running through the winter": the one gone
                sequence = lexicon.sequence_clause_before().search(
                    low, max(self.clauses.sentence(exp.start, exp.end, window)[0], connector - _SEQUENCE_REACH),
                    connector)
                if sequence is not None and finder.clause_tense(text, low, sequence.start(), sequence.start(),
                                                                window, clauses) == "past":
                    # ("fell 11% in the following week before recovering most of the loss by late May": the
                    # -ing clause shares the tense of the clause it follows)
                    return "past", None
            if "ahead" in befores and self.anchor is not None and _a_day_or_month_alone(parts) \
                    and parts.keys().isdisjoint(("day", "in_story")) \
                    and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "future":
                # a verb that looks ahead places its deed in the coming month however far, as after a longer object
                # ("will launch in December", in January, is next December): only a deadline may be the month gone
                # (not a habit: "flu season usually lasts into March")
                return "future", _the_first_after(exp, self.anchor, self.anchor, "future")
            return "future", None
        if connector_tense:
            return connector_tense, None     # "since March"
        if _a_weekday_alone(parts) and (listed := self._weekday_listed_after_one_to_come(exp, window)) is not None:
            # "high tide was expected at 9:42 a.m. Thursday, 7.8 feet at 10:31 a.m. Friday": an item of a list takes
            # the look ahead of the item before it, its clause telling none of its own (its clock time kept)
            day = listed.first_day
            exp.parts = dict(parts, year=day.year, month=day.month, day=day.day)
            return "future", None
        if _a_weekday_alone(parts) and self._a_deed_possible_before(exp, window, after_the_past=True):
            # a clause coordinated after one in the past keeps its own look ahead ("suspended the round on Saturday
            # afternoon, and the tournament could finish on Monday", on a Sunday: the coming Monday)
            return "future", None
        if _a_weekday_alone(parts) and lexicon.told_right_after("sold_out_after").match(low, exp.end) is not None \
                and not self._a_past_verb_before(exp, window):
            # "Qualifying on Saturday evening is sold out, the company said on Thursday": what is sold out for a day
            # is still to come, whatever the saying after it (not a day a verb in the past before it dates: "The
            # tickets released on Monday have sold out")
            return "future", None
        if self._a_condition_in_the_present(exp, window) \
                or (_lacks_year(parts) and self._a_hypothetical_condition(exp, window)):
            if self.anchor is not None and _lacks_year(parts) and "month" in parts:
                # a condition on a time to come is never the month just gone that a deadline may name ("could lose
                # the status if the outbreak is still going in January", in February, is next January)
                return "future", _the_first_after(exp, self.anchor, self.anchor, "future")
            return "future", None
        if (_a_day_or_month_alone(parts) or _a_season_alone(parts) or _a_holiday_alone(parts)) \
                and self._a_deed_possible_before(exp, window, after_the_past=True):
            # a day or month a possible deed is placed on looks ahead, in a clause whose subject a past participle
            # qualifies too ("Holders of passes bought before March can swap them from Sept. 1"), and so does a
            # season after a relative clause in the past ("swarms that formed in October could lay eggs there over
            # the winter")
            return "future", None
        if _a_day_or_month_alone(parts) and lexicon.determined_comparison_before().search(
                low, max(0, exp.start - _WORD_BEFORE_REACH), exp.start) is not None \
                and lexicon.forecast_noun_after().match(low, exp.end) is not None:
            # a month that names the forecast a figure is compared with names one already made, whatever the
            # forecast the clause makes ("expects capacity to grow 3%, down from its April forecast of 5%"); a
            # month's level may be the one coming ("expects December sales to rise, up from the November level")
            return "past", None
        if _a_weekday_alone(parts) and self._a_price_quoted_on(exp):
            # a price set off by commas with its day is one seen, whatever the clause around it looks ahead to ("expects
            # its shares, at $179.90 on Friday, to hit $200 by November" is the Friday gone)
            return self._past_reading(exp, told_of, window)
        if finder.may_look_ahead(text, low, exp.start, exp.end, window, clauses):
            tense = finder.clause_tense(text, low, exp.start, exp.end, window, clauses)
            if tense in resolver.AHEAD and self._likeness_of_the_month_under_way(exp):
                return "", None
            if tense == "future" and self.anchor is not None and _a_day_or_month_alone(parts) \
                    and parts.keys().isdisjoint(("day", "in_story")) \
                    and (self._placed_by_a_verb_ahead(exp, window) and not _compared_with(low, exp.start)
                         or self._a_start_closing_its_clause(exp)) \
                    and not self._forecast_of_the_done(exp, window):
                # a verb that looks ahead places its deed in the coming month however far ("plans a conference in
                # December", in January): only a deadline with no such verb may be the month just gone ("by
                # December"), and the base of a comparison is a figure told ("expects 50 trillion, up from 16
                # trillion in May"), and a forecast of the done looks back ("forecast to have fallen in January")
                return tense, _the_first_after(exp, self.anchor, self.anchor, tense)
            return tense, None
        if not resolver.past_differs(parts):
            return "", None          # no marker of the future, and 'past' reads like no tense here
        return self._past_reading(exp, told_of, window)

    def _a_year_end_reported_gone(self, exp: finder.Expression, befores: dict[str, int], window) -> bool:
        """Is the bare year-end ``exp``, after no connector, told in a clause about the past that looks nowhere ahead
        ("the fund's largest holdings at year-end were Nvidia and Apple", in March)?  A state reported at a year-end
        is of the last one gone: the one under way has not come."""
        text, low, clauses = self.text, self.low, self.clauses
        return not befores and not finder.may_look_ahead(text, low, exp.start, exp.end, window, clauses) \
            and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "past"

    def _a_start_closing_its_clause(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a day or month right after the "from" that opens a stretch (connectors.tsv kind open), closing
        its clause, with no figure before that word?  In a clause that looks ahead it tells when a thing starts
        ("will be rolled out to all outlets from April", in May: next April), no base of a comparison, which a
        figure or a noun after the date would make ("will rise 3% from April", "from April levels")."""
        opener = _befores("open").search(self.low, max(0, exp.start - _WORD_BEFORE_REACH), exp.start)
        if opener is None or opener.start() == exp.start or _PHRASE_CLOSED.match(self.low, exp.end) is None \
                or _FIGURE_CLOSING.search(self.low, max(0, opener.start() - _FIGURE_CLOSING_REACH), opener.start()) \
                or lexicon.percentage_before().search(self.low, max(0, opener.start() - _PERCENT_BEFORE_REACH),
                                                      opener.start()):
            return False                    # (a percentage in words too: "will be raised 4 percent from March")
        # (only with no object between the verb and "from", which would be the noun the month dates, a source:
        # "will review inflation data from January"; a passive or "be" takes none: "will be rolled out to all outlets")
        lo = self.clauses.sentence(exp.start, exp.end)[0]
        ahead = [e for _, e, tense, _ in self.clauses.markers(lo, exp.start) if tense in _AHEAD_TENSES]
        if not ahead:
            return False
        between = self.low[min(ahead[-1], opener.start()):opener.start()].split()   # ("apply from": a marker)
        if not between:
            return True
        auxiliaries = lexicon.words_of_kinds("auxiliary")
        verb = next((i for i, word in enumerate(between) if word not in auxiliaries), len(between))
        # (a verb in -ing after its auxiliary takes the words after it as its object: "will be examining hospital
        # records from January", the January gone)
        return verb > 0 and not (between[verb:][1:] and between[verb].endswith("ing"))

    def _a_price_quoted_on(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the day of a price in an aside that closes right after it ("shares, at $179.90 on Friday, to")?"""
        return _APPOSITION.match(self.low, exp.end) is not None and lexicon.price_quoted_before().search(
            self.low, max(0, exp.start - _PRICE_QUOTED_REACH), exp.start) is not None

    def _likeness_of_the_month_under_way(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the month under way, named without its year or day as the base of a likeness (tense.tsv kind
        likeness: "by the same amount as in November", on Nov. 3)?  Its figure is one told, no forecast, whatever
        plan the clause tells of the month after it."""
        parts = exp.parts
        if self.anchor is None or not _lacks_year(parts) or parts.get("month") != self.anchor.month \
                or "day" in parts:
            return False
        start = _with_its_preposition(self.low, exp.start)
        return _kind_just_before(self.low, "likeness", start, _WORD_BEFORE_REACH)

    def _placed_by_a_verb_ahead(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` placed by its own preposition (tense.tsv kind link: "in") whose nearest marker of tense before it
        in the sentence is one of the future, no past nor clause boundary between ("will hold its annual meeting in
        Chicago in December": a word of habit tells no tense)?  A month that only names the figures due is no time of
        the verb ("figures for January are due on Feb. 18"), nor one whose "in" is the marker's own ("on platform
        pricing in late January").  The infinitive of a plan placed by a phrase of its own is such a marker ("voted on
        Monday to close the plant in December", in January: the plan's December, ahead)."""
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        link = lexicon.kind_right_before("link").search(self.low, max(lo, exp.start - _WORD_BEFORE_REACH), exp.start)
        if link is None:
            return False
        before = [tense for _, end, tense, _ in self.clauses.markers(lo, hi)
                  if end <= link.start() and tense not in finder.HABIT]
        return bool(before) and (before[-1] == "future" or before[-1] == "plan" and finder.after_a_placed_plan(
            self.clauses, self.low, exp.start, exp.end, window))

    def _allotted_for(self, exp: finder.Expression, window) -> bool:
        """Does a verb of setting money aside stand before ``exp`` in its sentence, close enough to be the verb whose
        sum it is for ("has set aside 300 million yuan in subsidies for data centres in 2026")?"""
        lo = max(self.clauses.sentence(exp.start, exp.end, window)[0], exp.start - _ALLOTTED_REACH)
        return lexicon.allotting_verb().search(self.low, lo, exp.start) is not None

    def _weekday_listed_after_one_to_come(self, exp: finder.Expression, window) -> resolver.Resolution | None:
        """The first weekday ``exp`` after the day to come that a weekday told just before it in its sentence was read
        as, with no marker of any tense between them nor in the clause of ``exp`` ("was expected to reach 7.6 feet at
        9:42 a.m. Thursday, 7.8 feet at 10:31 a.m. Friday and 7.7 feet at 11:19 a.m. Saturday", on a Monday), or with
        a word of sequels.tsv between them."""
        if not self.resolved or self.anchor is None:
            return None
        before, said, tense, _ = self.resolved[-1]
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        # (the end of the day before is enough: a clock time's "a.m." may seem to end a sentence before its weekday)
        sequel = _sequel_between(self.low, before.end, exp.start)
        if before.end <= lo or not (tense in resolver.AHEAD or sequel) or "weekday" not in before.parts \
                or said is None or said.precision != "day" or said.first_day is None \
                or said.first_day <= self.anchor:
            return None
        if not sequel and (
                any(before.end <= at < exp.start for at, *_ in self.clauses.markers(min(lo, before.start), hi))
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses)):
            # (a verb of a sequel between orders its day after the first, to come, all the same: "the exchange shuts
            # from Tuesday afternoon and reopens on Friday")
            return None
        if exp.parts["weekday"] == said.first_day.isoweekday() and not sequel:
            # the same weekday again tells the same day once more (a second tide that day; "4 a.m. Friday EDT (0800
            # GMT Friday)"), not the one a week on
            return resolver.weekday_after(said.first_day - dt.timedelta(days=1), exp.parts["weekday"], self.anchor)
        return resolver.weekday_after(said.first_day, exp.parts["weekday"], self.anchor)

    def _a_limit_still_ahead(self, exp: finder.Expression, connector: int, window) -> bool:
        """Does the verb before the deadline connector at ``connector`` leave the time ``exp`` ahead, though a verb of
        the past: one of the present perfect with only its object between, a clause brought up to now ("has given its
        partners until the weekend"), or a verb of moving a time (connectors.tsv kind ahead, tense later), read past
        the connectors' reach ("INS extended its deadline until 9 a.m. EST Tuesday", written on Monday)?  A verb of
        the simple past is done by the time ("kept the plant open until March")."""
        if _befores("ahead", "later").search(self.low, max(0, connector - _MOVED_PLAN_REACH), exp.start) is not None:
            return True
        if self._a_period_under_way_right_before(connector):
            # "have gained 23% this year until Monday": a move measured over the period so far, up to a day gone
            return False
        lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        auxiliary = lexicon.last_match(lexicon.present_perfect(), self.low, lo, connector)
        verb = _NEXT_WORD.match(self.low, auxiliary.end()) if auxiliary is not None else None
        return verb is not None and lexicon.object_before_a_deadline().fullmatch(self.text, verb.end(),
                                                                                 connector) is not None

    def _a_period_under_way_right_before(self, at: int) -> bool:
        """Does a period under way ("this year", "this month": its unit shifted by none) end right before ``at``, with
        only spaces between?"""
        index = bisect.bisect_left(self.starts, at) - 1
        if index < 0:
            return False
        before = self.expressions[index]
        return before.parts.get("shift") == 0 and before.parts.keys() == {"unit", "shift"} \
            and not self.low[before.end:at].strip()

    def _a_limit_of_the_time_still_ahead(self, time: finder.Expression) -> bool:
        """Is ``time``, a clock time placed on a day named after it, the limit of a deadline connector that the verb
        before it leaves ahead ("has raised its alert to amber until 8am on Monday")?"""
        row = _before_kinds(self.low, time.start).get("deadline")
        if row is None:
            return False
        connector, window = _connector_start(self.low, time.start, self.connectors.rows[row]["before"]), \
            self._window_of(time.start)
        return self._connector_tense(row, time.parts) in _AHEAD_CONNECTOR_TENSES \
            and not self._a_negated_past_deadline(time, {"deadline": row}, window) \
            and (not finder.done_by_a_past_verb(self.text, self.low, connector, time.start, window, self.clauses)
                 or self._a_limit_still_ahead(time, connector, window))

    def _a_limit_reached_in_the_past(self, exp: finder.Expression, befores, window) -> bool:
        """Is ``exp``, a period its own words place ("this season"), the limit of a deadline connector that only marks
        when a thing was done (connectors.tsv tense completion), either opening a sentence whose clause is told in the
        past with no marker of the future anywhere in it ("Until this season, the record price was $9.30"), or after
        a connector of a state reached (limits_reached.tsv: "by") in a clause of the past perfect with no marker of
        the future before it in its sentence ("it had shrunk to about $700 million by this year")?  The limit then
        bounds a state gone, reached, not one to come.  (After its verb, a past verb may give time still ahead: "gave
        it until the end of this month to act"; and a plan in the past perfect still looks ahead: "had hoped to list
        by the end of this year".)"""
        row = befores.get("deadline")
        if row is None or self.connectors.rows[row]["tense"] != "completion":
            return False
        text, low, clauses = self.text, self.low, self.clauses
        sentence = clauses.sentence(exp.start, exp.end, window)
        before = self.connectors.rows[row]["before"]
        connector = _connector_start(low, exp.start, before)
        if not low[sentence[0]:connector].strip(" \"'(\u201c") \
                and finder.clause_tense(text, low, exp.start, exp.end, window, clauses) == "past" \
                and not finder.a_future_marker_in(clauses, sentence, sentence[1]):
            return True
        return before in lexicon.limits_reached() \
            and "pluperfect" in finder.clause_tenses(text, low, exp.start, exp.end, window, clauses) \
            and not finder.a_future_marker_in(clauses, sentence, exp.start)

    def _a_negated_past_deadline(self, exp: finder.Expression, befores, window) -> bool:
        """Does a deadline connector before ``exp`` follow a negated verb in the past in its clause ("engineers did
        not hear from the probe until Monday afternoon")?  "Not ... until" tells when the thing at last happened, so
        the date is gone, unless a marker of the future stands before it ("did not expect a ruling until March")."""
        row = befores.get("deadline")
        if row is None:
            return False
        sentence = self.clauses.sentence(exp.start, exp.end, window)
        lo = max(sentence[0], exp.start - _NEGATION_REACH)
        negated = lexicon.negated_past_before(self.connectors.rows[row]["before"]).search(self.low, lo, exp.start)
        if negated is None and lexicon.negated_past_before(self.connectors.rows[row]["before"], "negated_then").search(
                self.low, lo, exp.start) is not None:
            # "without" tells no tense of its own: only a clause told in the past waited until a time gone ("missed
            # that date without setting a new one until this year"; not "runs without a break until Sunday")
            return finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) \
                in lexicon.PAST_TENSES and not finder.a_future_marker_in(self.clauses, sentence, exp.start)
        return negated is not None and not finder.a_future_marker_in(self.clauses, sentence, exp.start)

    def _quarter_before_a_day_told(self, exp: finder.Expression, told_of, window) -> resolver.Resolution | None:
        """The quarter ``exp``, named without its year in a clause in the past in the sentence of a day gone that
        ``told_of`` is, as the last one ended before that day ("On February 21, the day after Alibaba reported an 8%
        rise in December-quarter revenue", written in December: the quarter reported is 2024's); so in the sentence
        of a month gone when a verb of reporting results stands between ("fell again last May when it reported a 47%
        drop in first-quarter profit", in April 2026; not "Last May it sold shares, and in the fourth quarter it cut
        its holding")."""
        if told_of is None or told_of.gran not in ("D", "M") or self.anchor is None or told_of.first() >= self.anchor \
                or self.reference_end <= self.clauses.sentence(exp.start, exp.end, window)[0] \
                or (told_of.gran == "M"
                    and lexicon.report_verb_past().search(self.low, self.reference_end, exp.start) is None) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        told = resolver.resolve(exp.parts, told_of.first(), "past", None, self.locale)
        return told if told is not None and told.last_day is not None and told.last_day < told_of.first() else None

    def _midnight_told_last(self) -> bool:
        """Is the last time of the day the text told a midnight that ends its day ("shut at midnight")?"""
        last = next((told for told, *_ in reversed(self.resolved)
                     if "hour" in told.parts or "daypart" in told.parts), None)
        return last is not None and last.parts.get("daypart") == resolver.MIDNIGHT_AFTER

    def _day_after_a_night_run_over(self, exp: finder.Expression, day, window) -> resolver.Period | None:
        """The day after ``day``, when the clock time ``exp``, told in the past, takes ``day`` from the last clock time
        told before it, a late-evening one of a day before the day of writing, and is earlier in the day than that
        one: the story has run on past midnight ("circulated shortly before 11 pm on Saturday ... and the closing
        plenary opened at 1:30 am"; "left the session at around 11 p.m. Thursday", then "fell 2.1 percent by 10:30
        a.m." in a text of Friday), not back to the morning before; a past perfect looks back and keeps the day ("at
        10.52pm and again at 11.15pm ... Forecasters had issued a gale warning at 4pm that afternoon")."""
        hour = exp.parts.get("hour")
        if hour is None and _the_evening_alone(exp.parts):
            hour = _EVENING_HOUR    # (the evening opens at that hour)
        if day is None or day.gran != "D" or hour is None or self.anchor is None or day.first() >= self.anchor:
            return None
        last = next(((before, said) for before, said, *_ in reversed(self.resolved) if "hour" in before.parts), None)
        if last is None or last[1].period != day or not hour < _LATE_EVENING_HOUR <= last[0].parts["hour"] \
                or (hour >= _EVENING_HOUR and any("hour" in before.parts and said.period == day
                                                  and before.parts["hour"] <= hour
                                                  for before, said, *_ in self.resolved)) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past" \
                or "pluperfect" in finder.clause_tenses(self.text, self.low, exp.start, exp.end, window, self.clauses):
            return None
        if self.clauses.sentence(exp.start, exp.end, window)[0] <= last[0].end and (
                lexicon.relative_clause_after().search(self.low, last[0].end, exp.start) is not None
                or lexicon.relative_clause_in_the_past().search(self.low, last[0].end, exp.start) is not None):
            # a relative clause on a noun of the late time's own sentence tells when that thing happened, before the
            # late time as often as not ("reached the deal at 11 p.m. Thursday after a session, which began at 3
            # p.m."), no story running on past midnight
            return None
        return resolver.Period.of("D", day.first() + dt.timedelta(days=1))

    def _a_told_daypart_of_a_day_to_come(self, parts: dict, told_of: resolver.Period | None) -> bool:
        """Is ``parts`` a part of the day of the time the story last told ("by mid-morning", finder._of_the_day_told)
        while that time runs on past the day of writing ("the year to 28 February 2026 ... jumped 12.6% by
        mid-morning", in January)?  It is then read as a clock time alone is, on the last day of the news that fits
        its clause."""
        return _a_daypart_of_the_day_told(parts) and told_of is not None and told_of.last() > self.anchor

    def _day_of_a_time(self, exp: finder.Expression, told_of, window):
        """The day a clock time or part of the day named alone ("at 2 p.m. ET", "by the midday break") is on: the
        last day its paragraph told a happening on whose time fits its clause ("Wednesday: ... Minutes of the Fed's
        October 28-29 meeting are due at 2 p.m. ET" is that Wednesday, not a day of the meeting the possessive
        names; "the shutdown that ended on November 12, finally comes out at 8:30 a.m." is no day gone); a day an
        earlier paragraph told of, only near the day of the text (not "the record set on August 14"); else the
        day of the text."""
        text, anchor = self.text, self.anchor
        tenses = []         # the tense of the clause, read once and only when a day is to be checked (the costly part)

        def tense_of_its_clause() -> str:
            if not tenses:
                tense = finder.clause_tense(text, self.low, exp.start, exp.end, window, self.clauses)
                if tense != "past" and "schedule" in finder.clause_tenses(text, self.low, exp.start, exp.end, window,
                                                                           self.clauses):
                    tense = "schedule"
                tenses.append(tense)
            return tenses[0]

        def fits(day: resolver.Period) -> bool:
            first, tense = day.first(), tense_of_its_clause()
            return not ((tense == "past" and first > anchor) or (tense in _AHEAD_TENSES and first < anchor))

        if self.resolved and "hour" in exp.parts:
            before, said = self.resolved[-1][:2]
            if said.on_calendar and said.period is not None and said.period.gran == "D" \
                    and "hour" not in before.parts \
                    and ((right_after := _connectors().day_clock.fullmatch(self.low, before.end, exp.start)
                          is not None) or _a_clock_time_in_the_background_of_its_day(self.low, before, exp)):
                # a clock time told right after its day is on it, whatever days its clause leaves out of the story:
                # "Applicants who meet that deadline will hear back on Dec. 12, a Friday, at 7 p.m."; so is one in
                # the clause that tells what the day holds: "no relief before Tuesday, when the warning expires at 8
                # p.m." is Tuesday's; what ends in the small hours in that clause ran on through the day's night: "the
                # general election on 4 July 2024, when he won ... in a count that finished at 3.12am" is July 5
                if not right_after and self._ends_its_night(exp, said.period):
                    return said.period.shifted(1, "D")
                return said.period
            earlier = self._day_of_a_time_told_before_in_its_sentence(exp, window)
            if earlier is not None and fits(earlier[0]):
                if earlier[1] in self.times_of_a_happening:
                    self.times_of_a_happening.add(exp.start)
                # times told one after another in a sentence go on along the day the first named: "By 4 a.m. CDT
                # Thursday it had weakened ..., and by 7 a.m. it was a Category 1" is Thursday's
                return self._past_its_night(exp, *earlier)
        heading = self._day_of_the_heading_before(exp)
        if heading is not None and fits(heading):
            return heading
        section = self._day_of_the_section(exp)
        if section is not None:
            # "Saturday, January 10 / ... sparked by a dry storm the previous evening. / At 4.15pm, ...": a time in a
            # section of a timeline is on the day heading it, or on a later day the section moved on to; a look back
            # leaves the section's day be
            day, header_end = section
            if day.first() < anchor and opens_an_entry(text, exp.start, exp.end):
                # ("Wednesday, Aug. 13 / 11:00 a.m. - The commission says it will open an inquiry": the time that
                # stamps a past entry of a log is the section's day, whatever its verbs look ahead to)
                return day
            sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
            for told, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
                if start <= header_end:
                    break
                if start < exp.start and (told.first() > day.first() or start >= sentence_start) and fits(told):
                    return told
            if fits(day):
                return day
        if self.weekday_entry and exp.start < self.entry_end:
            # a line a weekday heads is that day's timetable, unless its own sentence names another day
            sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
            for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
                if start < self.entry_start:
                    break
                if start < exp.start and fits(day) and (start >= sentence_start or start == self.entry_start):
                    return day
        paragraph = text.rfind("\n", max(0, exp.start - _PARAGRAPH_REACH), exp.start)
        paragraph = max(0, exp.start - _PARAGRAPH_REACH) if paragraph == -1 and exp.start > _PARAGRAPH_REACH \
            else paragraph
        aside = self._day_aside_of_a_past_time(exp, paragraph, fits, tenses)
        if aside is not None:
            return aside
        told_by_its_part = self._a_morning_told_before(exp, window, fits) \
            or self._an_evening_told_before(exp, window, fits) \
            or self._the_lead_s_part_of_its_day(exp, window, fits) \
            or self._day_of_the_happening_its_subject_names(exp, window, tense_of_its_clause)
        if told_by_its_part is not None:
            return told_by_its_part
        if told_of is not None and told_of.gran == "D":
            if text.find("\n", self.reference_end, exp.start) != -1 \
                    and (abs((told_of.first() - anchor).days) > _NEWS_DAYS
                         or not _lines_at_most(text, self.reference_end, exp.start, 2)) \
                    and not (self._told_at_a_time_of_day(self.reference_start)
                             and self.reference_start not in self.times_of_a_happening) \
                    and not self._a_day_counted_back_to(told_of):
                # (a day told hour by hour, "overturned at about 11.40pm on 14 March. / ... reported water on the
                # deck at 10.52pm", is the night the next paragraph goes on telling, however long ago; a day of the news
                # holds a time only in the paragraph right after it: "said on Monday ... / ... / shares were up 1.2% by
                # 1100 GMT" is the day of the text)
                told_of = None
            elif fits(told_of) and self._a_day_told(self.reference_start, self.reference_end) \
                    and self.reference_stretch is None and self.reference_from is None and self.story_told \
                    and not self._a_saying_gone_before(exp, told_of, self.reference_start, window):
                # (a day that closes a stretch, "sales rose in the six weeks to 4 January", is no happening's: "rose
                # 6.1 per cent to 287p by 10.15am" in the next paragraph is of the day of the text; so is one that
                # closes a span, "the session ran from June 30 to July 8. / Shares fell 6.7% by 1030 GMT"; nor is the
                # day of a comparison's base: "to about 35%, from 22% on Tuesday. ... rose 0.7% by midday")
                if self.reference_start in self.times_of_a_happening:
                    self.times_of_a_happening.add(exp.start)
                return self._day_before_the_saying(self.reference_start, told_of, exp, window) \
                    or self._past_its_night(exp, told_of, self.reference_start)
            elif self.story_told and not fits(told_of) and text.find("\n", self.reference_end, exp.start) != -1:
                # a time told in the past passes over a day to come the paragraph before told after the day of the
                # happening, for the last day of the news that fits ("suspended the round on Saturday afternoon, and
                # the tournament could finish on Monday ... / Play was halted at 2:47 p.m." is that Saturday)
                for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
                    if start >= exp.start:
                        continue
                    if not _lines_at_most(text, start, exp.start, 2):
                        break
                    if abs((day.first() - anchor).days) <= _NEWS_DAYS and fits(day):
                        return self._past_its_night(exp, day, start)
        for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
            if start < paragraph:
                break
            if start < exp.start and self._a_saying_gone_before(exp, day, start, window):
                break
            if start < exp.start and fits(day):
                return self._day_before_the_saying(start, day, exp, window) or self._past_its_night(exp, day, start)
        if told_of is not None and told_of.gran != "D":
            # a year or a month holds no time of day: the time is on the last day of the news the story told
            # ("won the marathon on Sunday ... / ... crossed the line at 9:05 a.m."), not the day of writing
            # ... told in the paragraph just before it (a day told further back no longer holds the text)
            day, start = next(((d, s) for d, s in reversed(self.days_told[-_DAYS_LOOKED_BACK:]) if s < exp.start),
                              (None, 0))
            if day is not None and _lines_at_most(text, start, exp.start, 2) \
                    and abs((day.first() - anchor).days) <= _NEWS_DAYS and fits(day) \
                    and not self._a_saying_gone_before(exp, day, start, window):
                return self._past_its_night(exp, day, start)
        account = self._day_of_the_account(exp)
        # (a time in quoted speech is told in the speaker's words, not in the past of the verb that says them: '"hold
        # off until after 9 p.m.," he said' goes on from no account)
        if account is not None and (fits(account) and tenses[0] == "past" or "past" in finder.clause_tenses(
                text, self.low, exp.start, exp.end, _quoted_words_around(self.low, exp.start) or window,
                self.clauses)):
            # a clock time in a past account goes on from the last one told on a day gone, however many days named
            # in passing came between ("grounded at 03:52 on 23/11/2025 ... - A pilot boarded at 04:30"), not today;
            # so does a plan the account tells in the past ("A pilot was due to board at 04:30")
            return account
        if tense_of_its_clause() in _AHEAD_TENSES:
            coming = self._coming_day_told_before(exp, window)
            if coming is not None:
                # a time told ahead with no day of its own is of the coming day the story told it is for, not of the
                # day of writing: "closures, detours and what to know before Sunday ... / Cars parked on the course
                # after 4 a.m. will be towed" is Sunday's
                return coming
        return None if told_of is None or told_of.gran == "D" else told_of

    def _day_of_the_happening_its_subject_names(self, exp: finder.Expression, window,
                                                tense_of_its_clause) -> resolver.Period | None:
        """The day gone that dated, in the sentences just before, the happening the sentence of the clock time ``exp``
        opens with as its subject (patterns.tsv block happening_subject), in the past: "the hailstorm that hit Regina
        on July 14 ... / The storm dropped hail at 6:40 p.m." is July 14's, however long ago, not the day of the
        saying.  The happening's word may end a compound of the day's sentence ("hailstorm": "the storm").  Such a
        time is kept in ``times_of_a_happening``: a later time whose sentence tells of something else is not drawn to
        that day through it."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        subject = finder.happening_subject().match(self.low, sentence_start)
        if subject is None or tense_of_its_clause() != "past":
            return None
        names = _words_of_the_happening(subject.group(1), compound=True)
        # (the nearest before it first; a day that dates a saying is when the news was told, not the happening's)
        # (a day told in a side clause too: "the hailstorm that hit Regina on July 14")
        for day, start in sorted(set(self.days_told[-_DAYS_LOOKED_BACK:] + self.days_aside), key=lambda told: -told[1]):
            if start >= sentence_start:
                continue
            if not _lines_at_most(self.text, start, exp.start, 2):
                return None
            at = bisect.bisect_left(self.starts, start)
            if day.gran != "D" or day.first() > self.anchor or at >= len(self.expressions) \
                    or self.expressions[at].start != start or finder.said_right_before(self.low, start):
                continue
            told = self.expressions[at]
            lo, hi = self.clauses.sentence(told.start, told.end, self._window_of(told.start))
            if any(_dates_the_word(self.low, told, m) for m in names.finditer(self.low, lo, hi)):
                self.times_of_a_happening.add(exp.start)
                return day
        return None

    def _coming_day_told_before(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The day still to come, among the days of the news, that the story told last before ``exp``, passing over
        days that date a saying ("before Sunday ... officials said Thursday") and days of the background, out of the
        news days ("sold out on Oct. 5"): a happening of the news told since ends the look ("hit Thursday night ...
        declared a state of emergency on Monday. / The next advisory is due at 5 p.m." is the day of writing), and so
        does a day told in the time's own sentence ("- July 8: strike begins at 6 a.m.")."""
        if self.anchor is None:
            return None
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        for day, start in reversed(self.days_told[-_DAYS_LOOKED_BACK:]):
            if start >= exp.start:
                continue
            if start >= sentence_start:
                return None
            if day.first() > self.anchor:
                ahead = (day.first() - self.anchor).days
                return day if ahead <= _NEWS_DAYS or ahead <= _COMING_DAYS_REACH and self._in_the_lead(start) else None
            if (self.anchor - day.first()).days <= _NEWS_DAYS and not finder.said_right_before(self.low, start):
                return None
        return self._coming_day_of_the_headline()

    def _coming_day_of_the_headline(self) -> resolver.Period | None:
        """The day still to come, among the days of the news, that the headline names as the one its story is for,
        bound though it is ("What to know before Sunday's runoff / ... / Polls open at 7 a.m." is that Sunday's): the
        body then tells what that day holds, as it does after a coming day it names itself."""
        for told, reading in (entry[:2] for entry in self._read_in_the_headline()):
            day = reading.period if reading is not None and reading.on_calendar else None
            if day is not None and day.gran == "D" and 0 < (day.first() - self.anchor).days <= _NEWS_DAYS:
                return day
        return None

    def _a_morning_told_before(self, exp: finder.Expression, window, fits) -> resolver.Period | None:
        """The day the sentences just before a clock time of the morning told by its early part, when its own sentence
        names no day and no day was named after it: the time is that happening's, also in a side clause, not that of
        the day told beside it ("Ships began moving again on Monday after ... a tanker ran aground early on Saturday.
        / The tanker lost steering shortly after 4 a.m." is Saturday's)."""
        if exp.parts.get("hour", _NOON) >= _NOON or not self.mornings_told:
            return None
        return self._a_part_of_a_day_told_before(exp, window, fits, self.mornings_told)

    def _an_evening_told_before(self, exp: finder.Expression, window, fits) -> resolver.Period | None:
        """As _a_morning_told_before, for a clock time of the evening and the day the sentences just before told by
        its evening or night: "Nobody matched the numbers drawn Monday night, officials said Tuesday. / The numbers
        drawn at 10:59 p.m. were ..." is Monday's, not the day of the saying."""
        if exp.parts.get("hour", 0) < _EVENING_START or not self.evenings_told:
            return None
        return self._a_part_of_a_day_told_before(exp, window, fits, self.evenings_told)

    def _the_lead_s_part_of_its_day(self, exp: finder.Expression, window, fits) -> resolver.Period | None:
        """The day the lead told by the part of it a clock time told in the past falls in (its morning, its evening),
        when no day was told since, or the days told since end on that day again, however many paragraphs on: that
        day's happening is the news the story goes on telling ("The court on Thursday morning upheld the fine ... / ...
        / said at the hearing, which began at 9:30 a.m." is that Thursday's, not the day of writing)."""
        hour = exp.parts.get("hour")
        if not isinstance(hour, int) or _NOON <= hour < _EVENING_START:
            return None
        before = sorted((told for told in self.days_told[-_DAYS_LOOKED_BACK:] + self.days_aside if told[1] < exp.start),
                        key=lambda told: told[1])
        if not before or before[-1][1] >= self.clauses.sentence(exp.start, exp.end, window)[0]:
            return None
        lead_end = self._lead_end()
        told = next((told for told in reversed(before) if told[1] < lead_end), None)
        # (the story may come back to the lead's day: "sold at the auction on Saturday night ... / The two-night sale
        # on Friday and Saturday took in $96.4 million ... / the hammer fell shortly after 9:40 p.m." is Saturday's)
        if told is None or before[-1][0] != told[0]:
            return None
        said = next((said for said, *_ in self.resolved if said.start == told[1]), None)
        if said is None or not (finder.told_early_in_its_day(self.low, said.start, said.parts) if hour < _NOON
                                else finder.told_late_in_its_day(self.low, said.start, said.parts)) \
                or finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) != "past":
            return None
        return told[0] if fits(told[0]) else None

    def _a_part_of_a_day_told_before(self, exp: finder.Expression, window, fits,
                                     told_so: set[int]) -> resolver.Period | None:
        """The last day the sentences just before ``exp`` told by a part of it (at a start in ``told_so``)."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        days = set(self.days_told[-_DAYS_LOOKED_BACK:] + self.days_aside)
        for day, start in sorted(days, key=lambda told: -told[1]):
            if start >= exp.start:
                continue
            if start >= sentence_start or not _lines_at_most(self.text, start, exp.start, 2):
                return None
            if start in told_so:
                return day if fits(day) else None
        return None

    def _day_of_a_time_told_before_in_its_sentence(self, exp: finder.Expression, window) \
            -> tuple[resolver.Period, int] | None:
        """The day of the last clock time told with its day before ``exp`` in its sentence, and where it starts."""
        sentence_start = self.clauses.sentence(exp.start, exp.end, window)[0]
        # (one that runs past the sentence's start is in it: the "a.m." of "By 5 a.m. Sunday" seems to end one)
        found = self._last_day_resolved(
            lambda before: before.end <= sentence_start,
            lambda before, said: "hour" in before.parts and resolver.has_day(before.parts) and said.on_calendar)
        return (found[1], found[0].start) if found else None

    def _a_saying_gone_before(self, exp: finder.Expression, day: resolver.Period, start: int, window) -> bool:
        """Does ``day``, named at ``start``, date a saying in the past of a sentence before the clock time ``exp``,
        on a day before the text's, after the story told of the day of the text?  Such a day is when the news behind
        the day's story broke, not when the market read it: "Chip stocks rallied on Friday ... / Alibaba said on
        Thursday that revenue rose 8%. Its shares jumped 14.6% by 2:10 p.m.", written on Friday, is Friday's (with no
        day of the text told, the saying's day is the story's: "Ørsted said on Monday ... / The shares were up 4.1%
        by 1015 GMT" is Monday's).  (When the saying's sentence dated a happening too, "crashed on Saturday, ..., the
        board said on Tuesday", the time may be that happening's, so the saying does not settle it.)"""
        if day.first() >= self.anchor or not finder.said_right_before(self.low, start) \
                or start >= self.clauses.sentence(exp.start, exp.end, window)[0] \
                or not any(at < start and told.first() == self.anchor for told, at in self.days_told):
            return False
        lo, hi = self.clauses.sentence(start, start, self._window_of(start))
        sentence = self.expressions[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
        return not any(told.start != start and resolver.has_day(told.parts) for told in sentence)

    def _day_of_the_account(self, exp: finder.Expression) -> resolver.Period | None:
        """The day gone of the last clock time told on a day within reach before ``exp`` (None when that time was
        told on the day of the text or later)."""
        for i in range(len(self.resolved) - 1, -1, -1):
            told, resolution = self.resolved[i][:2]
            if exp.start - told.start > _PARAGRAPH_REACH:
                return None
            if "hour" in told.parts and resolution.period is not None and resolution.on_calendar \
                    and told.start not in self.restated_on_another_day:
                # (a time told again in brackets in another zone is no moment the account went on from: "at 23:20
                # local time on March 3 (04:20 UTC on March 4). / A distress call was logged at 23:12" is March 3's)
                if i > 0 and "hour" in self.resolved[i - 1][0].parts and _span_row(
                        self.low, self.resolved[i - 1][0], told, self.resolved[i - 1][3], self.connectors.rows,
                        self.connectors.spans) is not None:
                    # hours told as a span are a session's, no moment an account went on from ("started on March 4
                    # last year with trading from 8 a.m. to 8 p.m. / ... / Mirae Asset gained 3.1% by 0230 GMT")
                    return None
                if told.start in self.times_of_a_happening and self.text.find("\n", told.end, exp.start) != -1:
                    # (a time drawn to its happening's day long gone by its subject goes on only in its own paragraph:
                    # "The fire broke out at 11:15 p.m. ... / The shares fell 3% by 2 p.m." is the day of the text)
                    return None
                day = resolution.period
                if i + 1 < len(self.resolved) \
                        and _CLOCK_ON_DAY.fullmatch(self.low, told.end, self.resolved[i + 1][0].start):
                    day = self.resolved[i + 1][1].period or day       # ("at 03:52 on 23/11/2025")
                return day if day.gran == "D" and day.first() < self.anchor else None
        return None

    def _day_of_the_heading_before(self, exp: finder.Expression) -> resolver.Period | None:
        """The day of the last clock time that headed a section, when ``exp`` heads one too with no heading naming a
        day between: a programme told session by session ("Alibaba's executives spent Tuesday at the forum ... /
        Joe Tsai, fireside chat, 9:15 a.m. / ... / Eddie Wu, chief executive, 11 a.m. session") keeps its day,
        whatever dates the sessions' own lines tell."""
        if not _heads_a_section(self.text, exp.start):
            return None
        for before, resolution, *_ in reversed(self.resolved[-_HEADINGS_LOOKED_BACK:]):
            if not _heads_a_section(self.text, before.start):
                continue
            if not _a_clock_time_alone(before.parts):
                return None
            period = resolution.period
            return period if period is not None and period.gran == "D" and resolution.on_calendar else None
        return None

    def _day_aside_of_a_past_time(self, exp: finder.Expression, paragraph: int, fits, tenses) -> resolver.Period | None:
        """The day gone a possessive or a side clause named last in the paragraph of the clock time ``exp``, with no
        day the story told after it, when the time's clause is in the past: "Thursday and Friday went ahead, while
        Saturday's programme ended early when the storms arrived shortly after 9pm" is that Saturday; "Fans who
        stayed on site on Sunday ... The last cars left at about 11pm" that Sunday.  (A time still to come, or told
        in the present, is left to the days the story told; so is one after a side clause whose sentence told a day
        of its own before it, to which the side clause is background: "fell Thursday after the company warned late
        Tuesday ... The stock dropped 4.6% by the midday break" is that Thursday.)"""
        day, start = next(((d, s) for d, s in reversed(self.days_aside) if paragraph <= s < exp.start), (None, -1))
        if day is None or start < self.reference_start:
            return None
        opening = start if start in self.days_possessed else self.clauses.sentence(start, start,
                                                                                   self._window_of(start))[0]
        if any(opening <= told_start < exp.start and told_start != start
               for _, told_start in self.days_told[-_DAYS_LOOKED_BACK:]) \
                or day.first() >= self.anchor or not fits(day) or tenses[0] != "past":
            return None
        return self._past_its_night(exp, day, start)

    def _day_before_the_saying(self, start: int, said: resolver.Period, exp: finder.Expression,
                               window) -> resolver.Period | None:
        """When the day ``said`` named at ``start`` dates a saying in the past whose report, before the clock time
        ``exp`` in the same sentence, is in the pluperfect ("Organisers said on Monday that 27,912 runners had
        finished, and that the last finisher crossed the line at 4:38 p.m."), what was said had happened before
        the day it was said: the time is on the last day gone the story told before that one, near the news and
        not by its night (the race's Sunday, not the Monday of the saying).  Else None."""
        if not finder.said_right_before(self.low, start):
            return None
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        if lo > start or not any(tense == "pluperfect" and start < at < exp.start
                                 for at, _, tense, _ in self.clauses.markers(lo, hi)):
            return None
        return next((day for day, at in reversed(self.days_told[-_DAYS_LOOKED_BACK:])
                     if at < start and day.first() < said.first() and at not in self.nights_told
                     and (said.first() - day.first()).days <= _NEWS_DAYS), None)

    def _told_at_a_time_of_day(self, start: int) -> bool:
        """Is the day named at ``start`` told with a clock time: one placed on it ("at about 11.40pm on 14 March",
        connectors.tsv clock_day), or a clock time that was itself placed on a day?"""
        at = bisect.bisect_left(self.starts, start)
        if at >= len(self.expressions) or self.expressions[at].start != start:
            return False
        if "hour" in self.expressions[at].parts or "daypart" in self.expressions[at].parts:
            return True         # (a part of the day placed on one, "at 4pm that afternoon", is a time of it too)
        before = self.expressions[at - 1] if at else None
        return before is not None and "hour" in before.parts \
            and self.connectors.clock_day.fullmatch(self.low, before.end, start) is not None

    def _past_its_night(self, exp: finder.Expression, day: resolver.Period, start: int) -> resolver.Period:
        """The day of the clock time ``exp`` told after ``day``, named at ``start``: the next one when that named a
        night and the time is in the small hours ("Heavy rain forecast for Saturday night had cleared by 4 a.m.")."""
        if start in self.nights_told and exp.parts.get("hour", _SMALL_HOURS_END) < _SMALL_HOURS_END \
                or self._ends_its_night(exp, day):
            return day.shifted(1, "D")
        if exp.parts.get("hour", _SMALL_HOURS_END) < _SMALL_HOURS_END and self.resolved \
                and self.resolved[-1][0].parts.get("hour", 0) >= _EVENING_START \
                and self.resolved[-1][1].period == day \
                and self.text.find("\n", self.resolved[-1][0].end, exp.start) == -1:
            # a night told hour by hour crosses midnight: "Polls closed at 10pm ... after the Sunderland result at
            # 12.20am" is the small hours of the next day, also after an evening's time told with its day ("At 11 p.m.
            # Sunday ... By 3 a.m." is Monday's)
            return day.shifted(1, "D")
        return day

    def _ends_its_night(self, exp: finder.Expression, day: resolver.Period) -> bool:
        """Is ``exp`` a clock time in the small hours (past midnight, not midnight itself) right after a verb that ends
        a happening (tense.tsv kind night_end), on a day gone?  What ends then ran on through the night of the day
        told: "won the final on Sunday ... served out the match at 12:48 a.m." is Monday's."""
        hour, minute = exp.parts.get("hour"), exp.parts.get("minute", 0)
        if not isinstance(hour, int) or hour >= _SMALL_HOURS_END or (hour, minute) == (0, 0) or day.gran != "D" \
                or self.anchor is None or day.last() >= self.anchor:
            return False
        return lexicon.night_end_before().search(self.low, max(0, exp.start - _NIGHT_END_REACH), exp.start) is not None

    def _a_day_counted_back_to(self, day: resolver.Period) -> bool:
        """Is ``day`` one of a past year the text counted back to in years from the day of writing ("Ten years ago this
        week ... On June 23, 2016"): an anniversary, whose story the paragraphs after it go on telling, however long
        ago?  (A count of days back, "11 days ago", marks no anniversary.)"""
        return day.gran == "D" and self.anchor is not None and day.last() < self.anchor and any(
            done[0].parts.get("direction") == "ago" and done[0].parts.get("unit") == "Y" and done[1].period is not None
            and done[1].period.first() <= day.first() <= done[1].period.last()
            for done in self.resolved)

    def _alone_on_its_line(self, exp: finder.Expression) -> bool:
        """Does ``exp`` stand alone on its line, as the day heading a section of a timeline ("Friday, January 9")?"""
        text = self.text
        reach = max(0, exp.start - _HEADING_MARGIN)
        line_start = text.rfind("\n", reach, exp.start) + 1
        line_end = text.find("\n", exp.end, exp.end + _HEADING_MARGIN)
        if (line_start == 0 and reach > 0) or (line_end == -1 and len(text) - exp.end > _HEADING_MARGIN):
            return False
        return not text[line_start:exp.start].strip() \
            and not text[exp.end:len(text) if line_end == -1 else line_end].strip()

    def _day_of_the_section(self, exp: finder.Expression) -> tuple[resolver.Period, int] | None:
        """The day heading the section of a timeline ``exp`` stands in, and where that heading ends: no line
        between them is a heading of another kind (a line with no stop at its end), and the section is short."""
        if self.section_day is None:
            return None
        day, header_end = self.section_day
        if exp.start - header_end > SECTION_REACH:
            return None
        line_end = self.text.find("\n", header_end + 1, exp.start)
        while line_end != -1:
            next_end = self.text.find("\n", line_end + 1, exp.start)
            line = self.text[line_end + 1:exp.start if next_end == -1 else next_end]
            if next_end != -1 and line.strip() and line.rstrip()[-1] not in SENTENCE_LINE_ENDS:
                return None
            line_end = next_end
        return self.section_day

    def _weekday_of_a_coming_entry(self, exp: finder.Expression) -> None:
        """A weekday named alone in the entry of a calendar opened by a day still to come is the one nearest that day,
        whose happening it times ("- Monday, Nov. 24: Rail strike from 10 p.m. Sunday until 10 p.m. Monday", written
        on Friday, Nov. 21: the Sunday is Nov. 23, the eve of the entry's day, not the one before the writing)."""
        if exp.start >= self.entry_end or exp.start == self.entry_start:
            return
        entry = next((r.period for e, r, *_ in self._resolved_from(self.entry_start) if e.start == self.entry_start),
                     None)
        if entry is None or entry.gran != "D" or entry.first() <= self.anchor:
            return
        heading = entry.first()
        delta = (exp.parts["weekday"] - heading.isoweekday()) % 7
        if not delta:
            return      # (the entry's own weekday restates its day, "- Feb. 12 (Thursday):", which joins it)
        day = heading + dt.timedelta(days=delta if delta <= _HALF_A_WEEK else delta - 7)
        exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)

    def _weekday_of_the_section(self, exp: finder.Expression, window) -> None:
        """A weekday named alone under the day heading a section of a timeline counts from that day, not from
        the day of writing ("Friday, January 9 / ... declared a total fire ban across the state for Saturday":
        January 10): the one after it, or in a clause about the past the one before."""
        section = self._day_of_the_section(exp)
        if section is None or section[0].first() == self.anchor:
            return
        heading = section[0].first()
        if _a_weekday_shifted(exp.parts):
            # "Friday, Aug. 8 / 9:15 a.m. - ... extends its warning through next Wednesday": an entry is told as of
            # its day, and so is the week its "next" or "last" counts from (Aug. 13)
            day = resolver.resolve(exp.parts, heading, "", None, self.locale).period.first()
            exp.parts = {k: v for k, v in exp.parts.items() if k != "shift"}
            exp.parts.update(year=day.year, month=day.month, day=day.day)
            return
        delta = exp.parts["weekday"] - heading.isoweekday()
        if finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) in lexicon.PAST_TENSES:
            # (but the day of writing is no day before the heading's: "Tuesday, Nov. 11 / ... Analysts wrote on
            # Wednesday", written on Wednesday, Nov. 12, is that day, as "on Wednesday" is on a Wednesday anywhere)
            delta = delta - 7 if delta > 0 and heading + dt.timedelta(days=delta) != self.anchor \
                and not self._after_a_day_its_sentence_told(exp, window, heading, delta) else delta
        else:
            delta = delta + 7 if delta < 0 else delta
        day = heading + dt.timedelta(days=delta)
        exp.parts = dict(exp.parts, year=day.year, month=day.month, day=day.day)

    def _after_a_day_its_sentence_told(self, exp: finder.Expression, window, heading: dt.date, delta: int) -> bool:
        """Does the sentence of ``exp``, a weekday after the day heading its section, name before it a day from that
        heading on, so that the days are told in order and the weekday is the next one, gone by the day of writing
        ("Thursday, Aug. 21 / Shares fell 6.5% on Thursday and a further 3.1% on Friday": Aug. 22, not Aug. 15)?"""
        day = heading + dt.timedelta(days=delta)
        if self.anchor is None or day > self.anchor:
            return False
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        for done, told, *_ in reversed(self.resolved):
            if done.start < s_lo:
                return False
            if told.precision == "day" and told.first_day is not None:
                return heading <= told.first_day < day
        return False

    def _date_told_before_in_its_sentence(self, exp: finder.Expression, window) -> resolver.Period | None:
        """The period of the last date told before ``exp`` in its own sentence, which a count of "the following"
        units goes on from even when that date was told in a side clause the story did not move to ("cloud
        computing, in which the Company said in February 2025 it would invest RMB380 billion over the following
        three years" is February 2025 to February 2028, not three years from a date of the sentence before)."""
        last = self._date_read_last_in_its_sentence(exp, window)
        if last is None:
            return None
        last_res = last[1]
        if last_res.period is None or last_res.timex_type not in ("DATE", "TIME") or not last_res.on_calendar:
            return None
        return last_res.period

    def _told_in_the_present(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` in a clause of body text (not the headline) with a verb in the present simple after a singular
        subject ("Xiaomi reports", "it holds") and no marker of any tense, a past word's ending among them?"""
        if exp.start < self.first_line_end:
            return False        # (a headline tells the past in the present: "Alibaba jumps on Monday")
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        # (any word of tense, or of another clause, leaves the reading as it was; the verb, rarer, is looked for first)
        return (lexicon.present_simple().search(self.text, lo, hi) is not None
                or lexicon.present_simple_after_an_aside().search(self.text, lo, hi) is not None) \
            and not self.clauses.markers(lo, hi)

    def _timetable_copula_before(self, exp: finder.Expression) -> bool:
        """Does a present copula and "on" stand right before ``exp`` in body text ("round seven is on Wednesday"):
        a timetable told in the present, its day the coming one, as "Tencent posts its results on Wednesday" is?
        The day of a clock time looks before that time ("High water is at 19:12 on Thursday")."""
        start = exp.start
        for before, *_ in reversed(self.resolved):
            # (a time or day listed after another takes the copula before the first: "is at 19:12 on Thursday and at
            # 07:34 and 19:58 on Friday")
            if "on_day" in before.parts and _DAY_OF_A_TIME.fullmatch(self.low, before.end, start) is not None \
                    or _clock_list_join().fullmatch(self.low, before.end, start) is not None:
                start = before.start
            else:
                break
        lo = max(0, start - _TWO_WORDS_BEFORE_REACH)
        return start >= self.first_line_end and lexicon.copula_on_before().search(self.low, lo, start) is not None \
            and lexicon.copula_scene_before().search(self.low, lo, start) is None \
            and not self._a_past_when_after(exp)

    def _a_past_when_after(self, exp: finder.Expression) -> bool:
        """Does a "when" clause in the past right after ``exp`` tell what happened on it ("The biggest drop this month
        is Monday, when the index lost 4%": the Monday gone, no timetable)?"""
        when = lexicon.day_clause_after().match(self.low, exp.end)
        if when is None:
            return False
        lo, hi = self.clauses.sentence(exp.start, exp.end, self._window_of(exp.start))
        first = next((tense for start, _, tense, _ in self.clauses.markers(lo, hi) if start >= when.end()), None)
        return first in lexicon.PAST_TENSES

    def _far_from_the_news(self, exp: finder.Expression) -> bool:
        """Does the paragraph of ``exp`` tell of a time that ended well before the day of writing (its reference,
        named in the paragraph)?"""
        reference = self.reference
        return reference is not None and self.anchor is not None and self.story_told \
            and (self.anchor - reference.last()).days > _NEWS_DAYS \
            and not self._reference_in_a_paragraph_before(exp.start)

    def _a_day_told(self, start: int, end: int) -> bool:
        """Does the day named at ``start``..``end`` tell when a happening was, not qualify a noun ("the Fed's October
        28-29 meeting", "its October 2 peak", "Results published on Tuesday evening showed revenue ...": a clock
        time after it is on the day the story is about, not on that Tuesday)?"""
        word = _word_before(self.low, start)
        return word not in _determiners() and not word.endswith(("'s", "\u2019s")) \
            and not finder.qualifies_the_subject(self.low, start, end)

    def _weekday_gone_told_before(self, exp: finder.Expression) -> dt.date | None:
        """The day gone the text told before by the weekday that ``exp``, a weekday heading alone on its line, names,
        when that weekday is the day of writing's (which a heading in the present would otherwise be); else None."""
        if self.anchor is None or exp.parts["weekday"] != self.anchor.isoweekday():
            return None
        for told, resolution, *_ in reversed(self.resolved):
            if told.start < exp.start and told.parts.get("weekday") == exp.parts["weekday"] \
                    and resolution is not None and resolution.precision == "day" \
                    and resolution.first_day is not None and resolution.first_day < self.anchor:
                return resolution.first_day
        return None

    def _tense_of_a_weekday_heading(self, exp: finder.Expression) -> str:
        """The tense of the section a weekday heads alone on its line ("Monday / Baidu reports before the market
        opens."), read from the section's first sentence: a word of the past makes the day one gone, a verb in the
        present simple or a word of the future one to come (a week previewed day by day); else none."""
        start = self.text.find("\n", exp.end)
        while start != -1 and start < len(self.text) and self.text[start].isspace():
            start += 1
        if start == -1 or start >= len(self.text):
            return ""
        lo, hi = self.clauses.sentence(start, start, self._window_of(start))
        if hi <= start:
            return ""
        for at, _, tense, listed in self.clauses.markers(start, hi):
            if tense in ("boundary", "complement"):
                break
            if tense in lexicon.PAST_TENSES and (listed or not self.text[at].isupper()):
                return "past"
            if tense in resolver.AHEAD or tense == "schedule":
                return "schedule"
        return "schedule" if lexicon.present_simple().search(self.text, start, hi) is not None else ""

    def _tense_of_a_weekday_entry(self, exp: finder.Expression) -> str:
        """The tense of a line a weekday heads ("Monday: Baidu is expected to report ..."): a week told day by
        day in the present is a timetable of the days to come ("Tuesday: Xiaomi reports after the close"), one
        in the past a review of the days gone ("Tuesday: Xiaomi shares fell 5%")."""
        end = self.clauses.sentence(exp.end, exp.end, self._window_of(exp.start))[1]
        for start, _, tense, listed in self.clauses.markers(exp.end, end):
            if tense in ("boundary", "complement"):
                break           # ("although the company has not confirmed a time": another clause's)
            if tense in lexicon.PAST_TENSES and (listed or not self.text[start].isupper()):
                return "past"   # (a name is no verb: "across Europe and the United States")
        previous = self.previous_entry_day
        if previous is not None and self.anchor is not None and previous.last() < self.anchor:
            # the days of a week are told in order: the first such day after an entry's day gone, if it has gone
            # too, is told in the past whatever its words ("Thursday: Marlow reported ... / Friday: The selling
            # spread.", in a review written on Saturday)
            day = previous.first() + dt.timedelta(days=(exp.parts["weekday"] - previous.first().isoweekday()) % 7 or 7)
            if day < self.anchor:
                return "past"
        return "schedule"

    def _goes_on_from_the_year(self, exp: finder.Expression) -> bool:
        """Is ``exp`` in a relative clause that tells what came of what its sentence told of a year before it ("Last
        year Fairhurst agreed to a takeover, a deal that was completed in January", written in November: this
        January)?  The year does not bind it (one in the possessive does: "Last year's festival, which started on
        October 14")."""
        return not self.reference_qualifies \
            and lexicon.relative_clause_open().search(self.low, self.reference_end, exp.start) is not None

    def _background_aside(self, exp: finder.Expression, resolution: resolver.Resolution, window) -> bool:
        """Is ``exp`` in a participle phrase set off by commas that goes back before the time the story has
        reached ("In the summer, the app was an afterthought. Its chatbot, launched in April 2023, had few users
        by June")?  Such a phrase gives background; one that goes on from it does not ("Taobao, launched in May
        2003" after "the early 2000s"; "That deal, announced on Jan. 1 this year" after a paragraph on 2023)."""
        return self.reference is not None and resolution.period is not None \
            and resolution.period.last() < self.reference.first() \
            and finder.in_a_participle_aside(self.text, self.low, exp.start, exp.end, window)

    def _a_year_just_before_in_its_clause(self, exp: finder.Expression) -> bool:
        """Is ``exp`` the next date after a year named in its own clause ("Alibaba's fiscal year ends in March, so
        fiscal 2027 begins on April 1")?  That year's day or month is a particular one, whatever a recurring fiscal
        calendar told around it."""
        if not self.resolved:
            return False
        last = self.resolved[-1][0]
        return "year" in last.parts and last.end <= exp.start and exp.start - last.end <= _YEAR_CLAUSE_REACH \
            and _CLAUSE_STOP.search(self.low, last.end, exp.start) is None

    def _brought_up_to_now_in_its_clause(self, exp: finder.Expression, window) -> bool:
        """Do words that bring the story up to now ("since then", "according to") stand between the reference and
        ``exp``, other than a source cited in an aside of the sentence of ``exp`` that a clause coordinated after it
        closes?  Such a clause tells its own time: "In 2018, the drought cost 5 billion euros, according to the
        institute, and BASF booked a hit in the second half" is 2018's ("Since then ..., and in September" is not)."""
        s_lo = self.clauses.sentence(exp.start, exp.end, window)[0]
        return any(not (s_lo <= to_now.start()
                        and self.low[max(0, to_now.start() - 3):to_now.start()].rstrip().endswith(",")
                        and lexicon.coordinated_clause(spaced=True).search(self.low, to_now.end(), exp.start))
                   for to_now in lexicon.up_to_now().finditer(self.low, self.reference_end, exp.start))

    def _cited_as_of_now(self, exp: finder.Expression, window) -> bool:
        """Does a word that brings the story up to now (tense.tsv kind to_now) close the sentence of ``exp``, a
        sentence after the reference's ("... followed on Aug 15 that year. As of the end of March, 346 services had
        completed filing, according to the administration", in September 2025: 2025-03)?  A source cited as of now
        tells its latest count, not one of the year the story told before."""
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        return self.reference_end <= lo and lexicon.up_to_now().search(self.low, exp.end, hi) is not None

    def _a_vintage(self, exp: finder.Expression) -> bool:
        """Is ``exp`` a bare year between "of" and a plain word that opens the noun it qualifies ("sold a cask of 1975
        single malt at auction in November")?  The year is the thing's, as in "a 1975 single malt", and tells no time
        the sentence goes on in: its November is the latest one."""
        if exp.parts.keys() != {"year"}:
            return False
        before, after = lexicon.vintage_sides()
        word = after.match(self.low, exp.end)
        return word is not None and before.search(self.low, max(0, exp.start - _TWO_WORDS_BEFORE_REACH), exp.start) \
            is not None and lexicon.plain_word(word.group(1))

    def _in_the_clause_of_its_year(self, exp: finder.Expression, window) -> bool:
        """Is ``exp`` told in the past in the very clause of the year it comes after, a preposition before that year
        and no stop nor clause opened between ("The clock debuted in 1947 on the cover of the Bulletin's June issue":
        1947-06; "was founded in 2018 and opened its first store in June": 2018-06)?  What the clause tells happened
        in that year, as when the year opens the sentence; a year that qualifies a noun ("its 2024 sales") or one
        a comma sets off ("entered Korea in 2018, and its users reached 9.1 million in January") does not bind."""
        return self.resolved[-1][0].start == self.reference_start and self._a_year_just_before_in_its_clause(exp) \
            and finder.after_preposition(self.low, self.reference_start) \
            and not finder.a_clause_opens(self.low, self.reference_end, exp.start) \
            and not self._a_verbless_item_after_its_year(exp) \
            and finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses) == "past"

    def _a_verbless_item_after_its_year(self, exp: finder.Expression) -> bool:
        """Is ``exp`` in an item a coordinator joins after the year told, with no verb of its own ("sought court
        protection, including Big Lots in 2024 and At Home in June")?  Items of a list each dated set their times
        side by side: a month told without the year its sibling names is another time, read from now, not a month
        of that year ("was founded in 2018 and opened its first store in June", a verb of its own, goes on in 2018)."""
        between = lexicon.last_match(lexicon.coordinator_word(), self.low, self.reference_end, exp.start)
        if between is None:
            return False
        return not any(finder.a_finite_verb(word) for word in re.findall(r"[a-z']+", self.low[between.end():exp.start]))

    def _yearly_set_in_the_sentence(self, exp: finder.Expression, window) -> bool:
        """Does the sentence of ``exp`` name a time that comes back every year ("Singles Day sales that grew
        by double digits each November")?  A holiday named there without its year is then no particular one."""
        if not self.yearly_sets:
            return False
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        return any(lo <= start < hi for start in self.yearly_sets)

    def _past_reading(self, exp: finder.Expression, told_of, window) -> tuple[str, resolver.Resolution | None]:
        """The tense and resolution of ``exp`` in a clause without a marker of the future: 'past' or
        none, and often the two read the same: the full reading of the clause is then spared."""
        resolution = resolver.resolve(exp.parts, self.anchor, "", told_of, self.locale)
        past = resolver.resolve(exp.parts, self.anchor, "past", told_of, self.locale)
        if past == resolution:
            return "", resolution
        tense = finder.clause_tense(self.text, self.low, exp.start, exp.end, window, self.clauses)
        return tense, past if tense == "past" else resolution

    def _past_or_none(self, exp: finder.Expression, befores: dict[str, int], told_of,
                      window) -> tuple[str, resolver.Resolution | None]:
        """The tense of a quarter or half named without its year ("the June quarter"): only a clause
        about the past moves it (from the one under way to the one a year before); connectors and
        markers of the future leave it to the forecast reading of :func:`_may_be_forecast`."""
        rows = self.connectors.rows
        if any(rows[i]["tense"] for i in befores.values()) or finder.may_look_ahead(
                self.text, self.low, exp.start, exp.end, window, self.clauses) \
                and not self._future_only_in_a_relative_aside(exp, window):
            return "", None
        tense, resolution = self._past_reading(exp, told_of, window)
        if tense != "past" and self._barely_begun_in_a_past_answer(exp, resolution, window):
            return "past", resolver.resolve(exp.parts, self.anchor, "past", told_of, self.locale)
        return ("past" if tense == "past" else ""), resolution

    def _future_only_in_a_relative_aside(self, exp: finder.Expression, window) -> bool:
        """Do the markers of the future in the sentence of ``exp`` all stand in a relative clause set off by commas
        before it, on the subject of a main clause in the past ("Harbor Point, which will report its results on Oct.
        29, earned $96 million in the second quarter", in October: the second quarter gone)?  The aside tells of its
        noun, not of the main clause's quarter."""
        low = self.low
        lo, hi = self.clauses.sentence(exp.start, exp.end, window)
        ahead = self.clauses.future_markers(lo, hi)
        if not ahead:
            return False
        for start, end, _ in ahead:
            opened = low.rfind(",", lo, start)
            closed = low.find(", ", end, exp.start)
            if opened < 0 or closed < 0 or not _an_onward_clause_opens(low, opened + 1, start):
                return False    # (not "Harbor Point, which will report ..., earned")
        return finder.clause_tense(self.text, low, exp.start, exp.end, window, self.clauses) == "past"

    def _barely_begun_in_a_past_answer(self, exp: finder.Expression, resolution: resolver.Resolution | None,
                                       window) -> bool:
        """Is ``exp`` a quarter or half that had only just begun when the text was written, named in a
        clause with no tense of its own ("we cut") that the next sentence of its paragraph tells in the
        past ("A: In the first half we cut fees twice. We did it because ...", on Jan. 10)?  Nothing could
        yet be told of that period: it is the one a year before."""
        if resolution is None or resolution.period is None or resolution.period.gran not in ("Q", "H") \
                or self.anchor is None or not 0 <= (self.anchor - resolution.period.first()).days < _BARELY_BEGUN_DAYS:
            return False
        text, low, clauses = self.text, self.low, self.clauses
        if finder.clause_tenses(text, low, exp.start, exp.end, window, clauses):
            return False
        end = clauses.sentence(exp.start, exp.end, window)[1]
        paragraph_end = text.find("\n", end)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        following = end + len(text[end:paragraph_end]) - len(text[end:paragraph_end].lstrip(' .!?"\u201d'))
        if following >= paragraph_end:
            return False
        return "past" in finder.clause_tenses(text, low, following, following, (following, paragraph_end), clauses)

    def _closed_stretch(self, index: int, resolution: resolver.Resolution) -> resolver.Period | None:
        """The quarter or half, gone by, that the months read just before close ("the final three months of
        2025" -> 2025-Q4), when ``resolution`` is the period they close."""
        if index not in self.end_days or not self.resolved or self.anchor is None \
                or not self.resolved[-1][0].parts.get("closing"):
            return None
        closing, duration = self.resolved[-1][:2]
        stretch = resolver.closing_stretch(closing.parts, duration, resolution.period, self.anchor)
        if stretch is None or stretch.period is None or stretch.period.gran not in ("Q", "H") \
                or stretch.last_day is None or stretch.last_day > self.anchor:
            return None
        return stretch.period

    def _brings_the_story_to_now(self, parts: dict, resolution: resolver.Resolution) -> bool:
        """Does a count of years on from the story's past reach the year of writing ("On November 3, 2020, ... Five
        years on, the episode is remembered as ... The trigger had come ten days earlier": ten days before Nov. 3,
        2020)?  It tells of now, no time the story goes on from."""
        return self.anchor is not None and _years_on(parts) \
            and resolution.period is not None and resolution.period.first() <= self.anchor <= resolution.period.last()

    def _remember(self, index: int, exp: finder.Expression, resolution: resolver.Resolution, tense: str,
                  befores: dict[str, int], window) -> None:
        """Makes ``exp`` the story's reference (and maybe the report's topic) when it places a time of its own."""
        parts, anchor = exp.parts, self.anchor
        if _since_then(parts, befores) and self.reference is not None:
            # "its users peaked that February. Since then growth has been harder. ... revenue for the September
            # quarter": a stretch opened at the story's past runs up to now, and what is told after it is of now
            self.reference = self.reference_stretch = self.reference_from = self.reference_last = None
        if self.resolved and resolution.period is not None and resolution.period.gran == "D":
            counted = _offset_day(self.low, self.resolved[-1][0], exp, resolution, anchor)
            if counted is not None and counted.period is not None:
                # "The day before last Tuesday's hearing, Manuel went to Lazaro's home. ... the next morning": the
                # story is on the day counted, and "before" is the count's word, no deadline
                resolution, befores = counted, {}
        if exp.start == self.entry_start and self.weekday_entry and resolution.period is not None \
                and resolution.period.gran == "D":
            self.entry_day = resolution.period
        if exp.start == self.entry_start and resolution.period is not None:
            self.entry_dates.append(resolution.period)
        if "open" in befores and resolution.period is not None and resolution.period.gran in ("Y", "M"):
            self.opened_from = (resolution.period, exp.end)
        if anchor is not None and resolution.timex_type == "DURATION" and _year_so_far(parts):
            # "in the first nine months, profit rose ... from a year earlier": the comparison is now
            # of the year so far, so last year's
            self.reference = resolver.Period("Y", parts.get("year", anchor.year))
            self.reference_qualifies = self.reference_dates_a_base = False
            # (... and of the same stretch of it, when the stretch is known: "the first six months")
            self.reference_stretch = (parts, resolution) if "ends_on" in parts else None
            if self.topic is not None:
                self.topic, self.topic_named = self.reference, exp
        a_start_told_of = self._a_start_told_of(exp, befores)
        if resolution.period is not None and resolution.timex_type in ("DATE", "TIME") and index not in \
                self.naming_the_stretch and (_counted_from_itself(parts)
                                             or self._a_count_of_days_opening_its_sentence(exp, window)) \
                and (index not in self.end_days or index - 1 not in self.set_reference) \
                and (_BOUNDING_KINDS.isdisjoint(befores) or self._a_state_reached_by(exp, resolution, befores, window)
                     or a_start_told_of or self._the_day_of_a_time_bounded(exp, befores)) \
                and (self.end_days.get(index) is not None or a_start_told_of
                     or not finder.in_a_side_clause_with_a_verb(self.low, exp.start, exp.end, window, self.clauses)
                     or self._after_a_count_of_days_opening_the_sentence(exp, window)) \
                and not ("year" in parts and finder.in_a_background_clause(self.low, exp.start, window)) \
                and not ("year" in parts and index not in self.end_days and lexicon.relative_clause_in_the_past(
                ).search(self.low, max(window[0] if window else 0, exp.start - _RELATIVE_CLAUSE_REACH), exp.start)) \
                and not ("year" in parts and "month" not in parts and self._dates_a_share_s_total(exp)) \
                and not _kind_just_before(self.low, "record_from", exp.start, _TIED_WORDS_REACH) \
                and not ("year" in parts
                         and _kind_just_before(self.low, "maturity", exp.start, _TIED_WORDS_REACH)) \
                and not (resolution.period.gran != "D" and self._the_base_of_a_percentage(exp)) \
                and not ((resolution.period.gran in ("Q", "H") or resolution.period.gran == "Y" and "year" in parts)
                         and _compared_with(self.low, exp.start)) \
                and not ("year" in parts and _kind_just_before(self.low, "threshold", exp.start, _TIED_WORDS_REACH)) \
                and not self._background_aside(exp, resolution, window) \
                and not finder.dates_a_said_aside(self.low, exp.start, exp.end) \
                and not self._said_after_the_period_told(exp, window) \
                and not parts.get("in_a_name") and exp.start not in self.restating \
                and not _the_day_of_a_clock_time_restated(self.low, exp) \
                and exp.start not in self.restated_on_another_day \
                and not (resolution.period.gran in ("E", "C") and "shift" in parts) \
                and not _counted_from_what_follows(self.low, exp) \
                and not self._the_last_day_of_the_span_told(resolution) \
                and not self._brings_the_story_to_now(parts, resolution) \
                and not (resolution.period.gran == "D" and self._the_day_of_a_time_that_bounds_a_stretch(exp)) \
                and not self._placed_by_the_part_of_the_day_after(index, exp) \
                and not self._the_start_of_a_stretch_up_to_now(exp, window) \
                and not (index in self.end_days and self.resolved
                         and "open" in _before_kinds(self.low, self.resolved[-1][0].start)):
            # (nor the day that ends a stretch a span opens from: "its best showing since the year to March 2021")
            # (nor a quarter or half a comparison's base names: "more parcels than in the whole first half of 2025,
            # after the allowance took effect from Jan. 1" is this Jan. 1; nor a year it names by its number, "more
            # than in the whole of 2024. JD.com sold notes in the spring", in July 2025, is this spring; "earlier than
            # this year's June 10" keeps its year for the day it owns)
            # (nor the date of a record, "reports from the previous autumn": only which record it is, nor the year a
            # debt falls due, "repaid debt due in 2027", only which debt it is; nor a year
            # crossed into, "we entered 2026 with a record order book": only the state it opened on)
            # (a stretch's own "that ended on March 31, 2025" names the period a report is on, no side happening)
            # (a date in a name tells no time: "its 7.5% notes due 2026", "Black Saturday"; nor does the day an aside
            # was said: "fell 41% in 2025, the company said last month, after a 37% drop the year before" is 2024)
            # (the day that ends a duration, "the six months ended Aug. 12", is the reference when
            # the duration could not be: "a year earlier" then counts back from it; even in a side clause, as the
            # period a report covers: "The filing, which covers the fiscal year ended March 31, 2025, showed ...")
            # (the last period of a span keeps the span's first: "a year earlier" moves the whole span)
            last = self.resolved[-1][1] if self.resolved else None
            last_exp = self.resolved[-1][0] if self.resolved else None
            first = last.period if last is not None else None
            if first is not None and last_exp is not None and first.gran == resolution.period.gran == "M" \
                    and first > resolution.period and _lacks_year(last_exp.parts):
                first = first.shifted(-1, "Y")      # "in January-November", written in December: the January before
            self.reference_from = first if first is not None and first.gran == resolution.period.gran \
                and first < resolution.period and self._closes_a_span(exp) else None
            # (the day that ends a stretch keeps the stretch: "a year earlier" is the same stretch a year before)
            self.reference_stretch = (last_exp.parts, last) if index in self.end_days and last is not None \
                and last_exp is not None and "ends_on" in last_exp.parts else None
            if self.topic is None and self.reference_stretch is not None and anchor is not None:
                # "results for the quarter ended September 30, 2025": the report is on that quarter, which "this
                # quarter" of its call then names
                whole = resolver.ended_stretch(*self.reference_stretch, anchor)
                if whole is not None and whole.period is not None and whole.period.gran in ("Q", "H") \
                        and whole.last_day <= anchor:
                    self.topic, self.topic_named = whole.period, exp
            # (a month or season named without its year, placed in last year only by its tense, tells of no past
            # year: "Cloud outages have hit other providers this year. AWS suffered one in October, and Azure had a
            # shorter one on Jan. 22", in February 2026, is this Jan. 22; one named in the year the story told before
            # it is of that year: "The fund lost money in three months of the year, the worst being April")
            before = self.reference
            self.reference_year_told = not _lacks_year(parts) or "in_story" in parts or bool(parts.get("anaphoric")) \
                or (before is not None and self.reference_year_told
                    and before.first().year <= resolution.period.first().year <= before.last().year)
            if a_start_told_of and "open" in befores:
                # "the sixth round since March 2022, when the assembly agreed to negotiate. A previous round ended
                # without agreement in December": the aside after "since" dates where a stretch up to now began, which
                # counts ("two months earlier") go from, but the story is not told in that year (the last December)
                self.reference_year_told = False
            self.reference, self.reference_start, self.reference_end = resolution.period, exp.start, exp.end
            self.reference_last = None
            months = _months_of_one_span(resolution)
            if months is not None and resolution.period == months[1]:
                # "the period" that restates "July-June": the run, whose first month "a year earlier" moves too
                self.reference_from = months[0]
            elif months is not None:
                # "the first half of its financial year" (April-September), one expression placed as its months:
                # "the same period a year earlier" moves all six months, not only April (see _run_moved)
                self.reference_last = months[1]
            # (a quarter or half named with the day it ended: the stretch that day closes)
            ended = resolver.ended_stretch(parts, resolution, anchor) \
                if isinstance(parts.get("ends_on"), dt.date) and anchor is not None else None
            closed = _the_calendar_quarter_or_half_closed(ended, resolution)
            if closed is not None:
                # "for its fourth quarter ended Sept. 30 ... A year earlier": the quarter that day closes, whatever
                # the company numbers it, so that what is counted from it keeps its months, not its label's
                self.reference = closed
            self.quarter_labelled = (closed, resolution.period) if closed not in (None, resolution.period) else None
            self.reference_fiscal = resolution.period.gran == "Q" and resolution.first_day != resolution.period.first()
            year_end = self._a_year_ended_off_december()
            if year_end and self.reference_stretch[0].get("fiscal") \
                    and anchor is not None and self.reference.last() <= anchor:
                # (only a fiscal year told as one and ended: "up 2.5% in the year to November" is a rate of change,
                # "the fiscal year starting April 1" one to come)
                self.year_end_stated = year_end
            elif anchor is not None and (year_end := self._a_year_ended_off_december(by_month=True)) is not None \
                    and self._under_way(self.reference.last(), anchor) and self._in_the_lead(exp.end):
                # (so is one told in the lead by its last month and year that is under way: "raised its profit
                # forecast for the year to March 2026", in November 2025, tells the calendar of the company the text
                # reports on as surely; further down it may be any company's: "Alibaba, results for its fiscal year
                # ending March 2026" in a calendar of many)
                self.year_end_stated = year_end
            closing = self._closed_stretch(index, resolution)
            if closing is not None:
                # "grew 0.2% in the final three months of 2025 ... their estimate for the previous quarter": the
                # story is on the quarter or half those months make up, not on the whole year
                self.reference, self.reference_start = closing, self.resolved[-1][0].start
            self.reference_subject = "year" in parts and resolution.period.gran == "Y" \
                and self._qualifies_the_subject_opening_its_sentence(exp, window)
            self.reference_qualifies = resolution.period.gran == "Y" \
                and (self.low.startswith(("'s", "\u2019s"), exp.end) or self.reference_subject)
            # (a year reached by an anaphor is the story's own, never a figure's: "I was a young reporter in Jakarta
            # that year, and I remember the queues outside the banks in November"; so is one "the year" restates:
            # "came in 2009, the year Alibaba held the first Singles' Day sale on Nov. 11")
            self.reference_anaphoric = resolution.period.gran == "Y" and "year" not in parts \
                and (bool(parts.get("anaphoric")) or parts.get("direction") == "later"
                     or exp.start in self.in_apposition)
            self.reference_window = window
            self.named[self.reference.gran] = (self.reference, exp.start, exp.end, window)
            # (the last day in a fiscal year's name, "the fiscal year ended March 31, 2022", is no happening's day)
            self.reference_names_a_year = resolution.period.gran == "D" and index in self.end_days \
                and last_exp is not None and bool(last_exp.parts.get("fiscal")) and last_exp.parts.get("unit") == "Y"
            # (a date that only qualifies a noun, "the August 1988 cease-fire", tells no story, nor does the base
            # of a comparison, "rose 21% from last year's Spring Festival", "the loss it posted in the same period
            # of 2024")
            # (nor one between an article and its noun: "an open-world game first shown at a June 2023 showcase,
            # had racked up 2.4 million pre-orders as of Oct. 31" lends its year to no date after it)
            # (tense.tsv's determiners hold prefixes.tsv's, "its" and "the"; a reach of 12 keeps a run of white space)
            # (unless the noun it dates opens its sentence after a preposition of time, set off by a comma, as the time
            # the sentence tells of: "After the April 2022 election, Golob's government was sworn in on June 1" is
            # 2022's)
            # (the end of a span, "the 2029-2036 cycle", is as its first end: it qualifies the noun too)
            opens = last_exp.start if last_exp is not None and self._closes_a_span(exp) else exp.start
            determiner = lexicon.determiner_before().search(self.low, max(0, opens - _TWO_WORDS_BEFORE_REACH), opens)
            # (a quarter or half set against with no figure of its own is a base as much: "up 10% from the second
            # quarter but below the 240 tonnes they bought a year earlier" counts back from the figure's quarter)
            compared = self._a_comparison_base(exp)
            self.reference_dates_a_base = self._after_a_figure_compared(exp) or (
                self.reference.gran in ("Q", "H") and compared)
            self.story_told = (determiner is None or ("year" in parts and self._frames_its_sentence(
                determiner.start(), exp, window))) \
                and not _AFTER_A_POSSESSIVE.search(self.low, max(0, exp.start - 4), exp.start) \
                and not (compared and not a_start_told_of) and not _a_period_compared(parts) \
                and not self._the_base_of_a_multiple(exp) and not self._a_vintage(exp) \
                and not self._a_year_a_forecast_is_for(exp, resolution) \
                and not ("year" in parts and self._a_base_set_off(exp, named=True)) \
                and not (resolution.period.gran == "D" and self._a_base_set_off(exp))
            # (nor the date of a multiple's base: "four times the HK$22.1 billion raised in the first quarter of 2025.
            # More than 280 applications were on file at the end of February" is the latest February)
            # (nor a year of a figure compared after a comma: "fell 41% last year to 18.3 billion yuan, down from a
            # peak of 142 billion yuan in 2021. It had cash ... at the end of June" is the latest June)
            # (nor a day of one: "raised the odds of a cut to about 35%, from 22% on Tuesday. ... The S&P 500 rose 0.7%
            # by midday" is the day of the text, not Tuesday)
            self.set_reference.add(index)
            if resolution.period.gran == "D" and self.story_told and self._a_day_told(exp.start, exp.end) \
                    and not self.reference_names_a_year:
                self.days_told.append((resolution.period, exp.start))
                if exp.parts.get("daypart") == finder.NIGHT:
                    self.nights_told.add(exp.start)
                if finder.told_late_in_its_day(self.low, exp.start, exp.parts):
                    self.evenings_told.add(exp.start)
            # (a quarter named in a forecast is no report's subject, nor one named as under way: "spending in
            # the current quarter ... up from 9% in the latest quarter" is the one that has ended)
            if self.topic is None and self.reference.gran in ("Q", "H") and tense not in resolver.AHEAD \
                    and parts.get("shift") != 0:
                self.topic, self.topic_named = self.reference, exp
                # (a quarter named by its ordinal and the day it ended is the quarter that day closes, the reference
                # already: "the first quarter ended Sept 30, 2025" of a year ending in June, which "the quarter" after
                # it restates)
                whole = ended if closed is None else None
                if whole is not None and whole.first_day is not None and parts.get("unit") == "Q" \
                        and parts.get("count", 1) == 1 and whole.precision == "span":
                    # ... and one of a fiscal calendar off the calendar's quarters ("the fourth quarter ended Aug.
                    # 26": June to August) is the calendar quarter holding its first month, as a fiscal quarter is
                    # carried, so that "the quarter" and "a year earlier" after it keep its months, not its label's
                    self.topic = self.reference = resolver.Period.of("Q", whole.first_day)
                    self.reference_fiscal = True
                    if self.reference != resolution.period:
                        self.quarter_labelled = (self.reference, resolution.period)

    def _valued_by_the_quarter_s_label(self, exp: finder.Expression, resolution: resolver.Resolution,
                                       ref: resolver.Period | None) -> resolver.Resolution:
        """A count back from a quarter the company numbers off the calendar's ("its fourth quarter ended Sept. 30 ...
        a year earlier") takes as its TimeML value that label counted back (1988-Q4; "a quarter earlier" 1989-Q3), as
        the quarter's own value keeps its label, while the table places it in the calendar quarter (1988-Q3)."""
        if self.quarter_labelled is None or resolution.period is None or ref != self.quarter_labelled[0] \
                or exp.parts.keys().isdisjoint(("direction", "yearshift")):
            return resolution
        closed, label = self.quarter_labelled
        period = resolution.period
        if period.gran != closed.gran or period == closed:
            return resolution
        first, counted_from = period.first(), closed.first()
        months_back = (first.year - counted_from.year) * 12 + first.month - counted_from.month
        return resolution._replace(value=label.shifted(months_back, "M").value())

    def _said_after_the_period_told(self, exp: finder.Expression, window) -> bool:
        """Does ``exp`` date an aside that ends its sentence, telling when a period its sentence named before was
        reported (", the group said on Thursday.")?  Then the story stays on that period: "posted revenue of 38.6
        billion yuan for the three months through December, the group said on Thursday. Its loss shrank to 1.2
        billion yuan from 4.9 billion yuan a year earlier" counts the year back from the quarter."""
        reference = self.reference
        return reference is not None and reference.gran in _REPORTED_PERIODS \
            and finder.dates_a_said_aside(self.low, exp.start, exp.end, finder.SAID_LAST) \
            and self.clauses.sentence(exp.start, exp.end, window)[0] <= self.reference_start < exp.start


def _yearly_set(parts: dict) -> bool:
    """A time that comes back every year: a month or the year itself as a set ("each November", "every year",
    "annually")."""
    return bool(parts.get("set")) and ("month" in parts or (parts.get("unit") == "Y" and parts.get("count", 1) == 1)
                                       or parts.get("set_value") == "P1Y")


def _a_period_compared(parts: dict) -> bool:
    """"the same period of 2024", "the corresponding period last year": a report's period placed in another
    year is the base of a comparison, which tells no time the story goes on in."""
    return parts.get("unit") == "P" and not parts.keys().isdisjoint(("year", "year_of", "yearshift"))


def _the_next_unit(parts: dict) -> bool:
    """"the next year", "the next month", "the next week" (not "next year", nor "the next three years", nor "the
    end of next year", whose determiner is the end's)."""
    return parts.get("shift") == 1 and bool(parts.get("det")) and parts.get("unit") in ("Y", "M", "W") \
        and not parts.get("anaphoric") and parts.keys().isdisjoint(("count", "plural", "year", "vague", "mod"))


def _the_next_units_counted(parts: dict) -> bool:
    """"the next two trading days", "the next three weeks": a count of days or weeks on from "the next" (not "next
    three days", nor "the next three years", which a clause about the past may still tell from now)."""
    return parts.get("shift") == 1 and bool(parts.get("det")) and parts.get("unit") in ("D", "W") \
        and isinstance(parts.get("count"), int) and not parts.get("anaphoric") \
        and parts.keys().isdisjoint(("year", "vague", "mod"))


# How far into a quarter or half a clause with no tense cannot yet tell of it (see _barely_begun_in_a_past_answer).
_BARELY_BEGUN_DAYS = 15


def _the_unit_after_or_before(parts: dict) -> bool:
    """"the following month", "the week before": one unit on or back from the time told last, no count of them."""
    return bool(parts.get("anaphoric")) and parts.get("shift") in (1, -1) and bool(parts.get("det")) \
        and parts.keys().isdisjoint(("count", "plural", "year", "vague", "mod"))


def _the_past_unit(parts: dict) -> bool:
    """"the past month", "the past year" (not "last month", the calendar month before this one)."""
    return parts.get("vague") == "PAST" and parts.get("unit") in ("Y", "Q", "M", "W") \
        and parts.keys() == {"unit", "det", "vague"}


def _this_week(parts: dict) -> bool:
    """"this week", "the week" (not "that week", nor "this weekend")."""
    return parts.get("unit") == "W" and (parts.get("shift") == 0 or parts.get("det") is True) \
        and set(parts) <= {"unit", "shift", "det", "mod"}


def _the_week(parts: dict) -> bool:
    """"the week" (not "this week", "the week before")."""
    return parts == {"unit": "W", "det": True}


def _the_week_under_way(parts: dict) -> bool:
    """"this week" (not "the week", which may be one told of)."""
    return parts.get("unit") == "W" and parts.get("shift") == 0 and set(parts) <= {"unit", "shift", "mod"}


def _the_day_of_a_clock_time_restated(low: str, exp: finder.Expression) -> bool:
    """Is ``exp`` the day of a clock time told again in brackets in another time zone ("followed at 2:17 am Sunday
    (1817 GMT Saturday) ... raised the alert level at 3:00 am")?  The story goes on in the local day told before
    it."""
    return lexicon.clock_in_a_zone_opening_brackets().search(low, max(0, exp.start - _ZONE_BRACKET_REACH),
                                                            exp.start) is not None


def _that_year(parts: dict) -> bool:
    """"that year", "October that year": the year told of, named as such."""
    return _that_unit(parts.get("year_of", parts), "Y")


def _that_month(parts: dict) -> bool:
    """"that month": the month told of, named as such ("since February 2024 ... That month, on Feb. 29")."""
    return _that_unit(parts, "M")


def _that_unit(parts: dict, unit: str) -> bool:
    """"that year", "that month": the ``unit`` told of, named as such."""
    return parts.get("unit") == unit and parts.get("shift") == 0 and bool(parts.get("anaphoric")) \
        and "count" not in parts


def _a_month_of(parts: dict, period: resolver.Period) -> bool:
    """Does ``parts`` name a month (or a day of one) that ``period``, a season, quarter or half, takes in?"""
    month = parts.get("month")
    if not isinstance(month, int):
        return False
    first, last = period.first(), period.last()
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return (month - first.month) % 12 < months


def _a_year_before_or_after(parts: dict) -> bool:
    """"a year earlier", "a year later", "one year earlier"."""
    return parts.get("unit") == "Y" and parts.get("count") == 1 and parts.get("direction") in ("earlier", "later")


def _years_on(parts: dict) -> bool:
    """"Seventeen years later", "five years on", "a decade later": a count of years (decades, centuries) on."""
    return parts.get("direction") == "later" and parts.get("unit") in ("Y", "E", "C")


def _the_fiscal_year(parts: dict) -> bool:
    """"its fiscal year", "the financial year": a fiscal year named by its determiner alone."""
    return parts.get("unit") == "Y" and bool(parts.get("fiscal")) and bool(parts.get("det")) \
        and not {"shift", "count", "year", "direction"} & parts.keys()


def _a_part_of_the_fiscal_year(exp: finder.Expression) -> bool:
    """"the first half of the fiscal year", "the third quarter of its fiscal year": a half or quarter by its number of
    a fiscal year it names by its determiner alone, its calendar told (not a quarter named alone that the text's
    calendar made fiscal: "In the first quarter, sales rose" after a report's dates is no part of a past year)."""
    return exp.rule == "unit+unit" and exp.parts.keys() == {"unit", "det", "ordinal", "fiscal", "fiscal_end"} \
        and exp.parts["unit"] in ("H", "Q")


def _that_year_s(parts: dict) -> bool:
    """"that year", "the spring of that year", "that summer", "that March": a time of the year told of, named as
    such."""
    return _that_year(parts) or (parts.get("anaphoric") is True and parts.get("shift") == 0
                                 and ("season" in parts or "month" in parts))


def _about_the_report(parts: dict) -> bool:
    """Does the expression name the period a report is about ("the year-ago quarter", "the latest
    period", "the quarter", "the 1988 period"), whichever period the text named last?"""
    if "yearshift" in parts or parts.get("latest"):
        return True
    return parts.get("unit") in ("Q", "P") and bool(parts.get("det")) and "ordinal" not in parts \
        and "shift" not in parts


def _a_half_year(resolution: resolver.Resolution) -> bool:
    """Is ``resolution`` a half-year, by its name ("the first half") or by its six months ("the six months to
    Sept. 30")?"""
    return resolution.precision == "half" or resolution.value == "P6M" or (
        resolution.first_day is not None and resolution.last_day is not None
        and 180 <= (resolution.last_day - resolution.first_day).days <= 185)


def _year_so_far(parts: dict) -> bool:
    """A stretch of months from the start of the year, as results are given for it: "the first nine
    months", "the latest nine months", "in the nine months"."""
    return parts.get("unit") == "M" and isinstance(parts.get("count"), int) and (
        parts.get("ordinal") == 1 or bool(parts.get("latest")) or (
            bool(parts.get("det")) and parts.keys().isdisjoint(
                ("ordinal", "vague", "shift", "direction", "ends_on", "closing", "final"))))


def _a_fiscal_part_named_alone(parts: dict) -> bool:
    """Is ``parts`` a quarter or half of the fiscal calendar the text told, named without its year ("plans two more by
    the end of the third quarter", of a company whose year ends in March)?  A deadline looks ahead to the coming one,
    as it does for a calendar quarter."""
    return bool(parts.get("fiscal")) and "fiscal_end" in parts \
        and resolver.names_a_part_of_the_year({k: v for k, v in parts.items() if k not in ("fiscal", "fiscal_end")})


def _since_then(parts: dict, befores: dict) -> bool:
    """Is the expression "then" (deictic.tsv REF, the time the story told last) opening a stretch ("since then")?
    The stretch runs from the story's past up to now: it brings the story to the time of writing."""
    return parts.get("ref_value") == "REF" and "open" in befores


def _counted_from_itself(parts: dict) -> bool:
    """Is the expression placed by its own words, not counted from another date?  "the quarter a year
    ago" is counted from the report's own quarter, which later anaphora still count from."""
    if parts.get("direction") == "later" and parts.get("unit") == "Y" and isinstance(parts.get("count"), int):
        return True     # "It launched Taobao four years later": the story has moved on to that year
    if parts.get("anaphoric") and parts.get("shift") == 1 and parts.get("unit") == "Y" and "count" not in parts:
        return True     # "The following year it held its first Singles Day sale": so it has
    if not parts.keys().isdisjoint(_NOT_REFERENCES):
        return False
    if parts.get("ref_type") == "TIME":
        return False    # "overnight" is as often the manner of a change ("erasing most of its value overnight", in a
                        # story of July 2021) as the night before the writing, and no time a story goes on from
    year_of = parts.get("year_of")
    return year_of is None or year_of.keys().isdisjoint(_NOT_REFERENCES)


# The fewest days (last minus first) a holiday lasting a month of the lunar calendar spans.
_A_MONTH_OF_DAYS = 27


def _names_the_period_told_of(parts: dict) -> bool:
    """"the year", "the end of the month": a period named by its unit alone, the one the text is on."""
    return "unit" in parts and parts.get("det") and parts.keys().isdisjoint(("shift", "count", "year", "plural"))


def _a_year_counted_from_now(parts: dict) -> bool:
    """"last year", "next year": a whole year named by its place from the one under way, which a clause of
    background may tell of as it does of a year named by its number ("than last year, when rain in late October
    stalled fieldwork")."""
    return parts.get("unit") == "Y" and parts.get("shift") in (-1, 1) and not parts.get("det") \
        and parts.keys().isdisjoint(("count", "plural", "direction", "ordinal", "anaphoric", "final"))


def _the_last_of_its_unit(parts: dict) -> bool:
    """"the last full year", "the final year": a period named by its unit and its place at the end, alone."""
    return "unit" in parts and parts.get("det") and (parts.get("shift") == -1 or parts.get("final")) \
        and parts.keys().isdisjoint(("count", "year", "plural", "direction", "ordinal"))


def _month_end_of_a_weeks_year(last: dt.date) -> dt.date:
    """The month's end a reporting year told by its last day stands for.  A year of 52 or 53 weeks ends on the same
    weekday each year, the one nearest a month's end, so up to three days into the next month ("a pre-tax loss for
    the year to 1 February 2025" is a retailer's year that ends in January, as fiscal_told.tsv reads it too) or
    before its end ("pre-tax profit for the year to 28 March" is a year that ends in March)."""
    if last.day <= 3:
        return last.replace(day=1) - dt.timedelta(days=1)
    month_end = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return month_end if (month_end - last).days <= 3 else last


def _ends_its_fiscal_year_instead(parts: dict, end: dt.date) -> bool:
    """Does ``end``, the last day of a month named after a fiscal quarter or half without its year, end its
    fiscal year (fiscal.tsv) rather than the quarter or half itself?"""
    unit, fiscal_end = parts.get("unit"), parts.get("fiscal_end")
    if unit not in ("Q", "H") or not parts.get("fiscal") or fiscal_end is None or "ordinal" not in parts \
            or "year" in parts or end.month != resolver.fiscal_end_month(fiscal_end):
        return False
    return parts["ordinal"] * (3 if unit == "Q" else 6) != 12       # (the last quarter or half does end it)


def _the_quarter_before(parts: dict) -> bool:
    """"the previous quarter", "the prior quarter": a quarter one back from the one told, no count of them."""
    return parts.get("unit") == "Q" and parts.get("shift") == -1 and bool(parts.get("anaphoric")) \
        and parts.keys().isdisjoint(("count", "ordinal", "plural", "year", "fiscal"))


def _this_quarter(parts: dict) -> bool:
    """"this quarter", not "the current quarter" (the one under way, whatever the report is on)."""
    return parts.get("unit") == "Q" and parts.get("shift") == 0 and parts.keys().isdisjoint(
        ("det", "anaphoric", "count", "ordinal", "plural", "year", "fiscal", "direction"))


def _heads_a_section(text: str, at: int) -> bool:
    """Is ``at`` on a short line (at most HEADING_WORDS words: "Toby Xu, chief financial officer, lunch, 12:30 p.m.")
    right above a line of text, a heading over its section rather than a paragraph of its own?"""
    start = _line_start(text, at)
    end = text.find("\n", at)
    if end == -1 or len(text[start:end].split()) > HEADING_WORDS:
        return False
    return end + 1 < len(text) and not text[end + 1].isspace()


def _a_clock_time_alone(parts: dict) -> bool:
    """"at 7:30 p.m.": a clock time that names no day of its own, so takes the day the text is on."""
    return "hour" in parts and "on_day" not in parts and not resolver.has_day(parts) and "shift" not in parts


def _a_time_of_the_day_alone(parts: dict) -> bool:
    """"at 7:30 p.m.", "at midnight": a clock time or named time of the day that names no day of its own."""
    return _a_clock_time_alone(parts) or parts.keys() == {"daypart"}


def _a_season_alone(parts: dict) -> bool:
    """"the spring", "the autumn": a season named as a noun, without its year."""
    return "season" in parts and parts.keys().isdisjoint(("year", "yy", "year_of", "yearshift", "shift", "month",
                                                          "day", "count"))


def _a_holiday_alone(parts: dict) -> bool:
    """"Christmas", "the Easter holiday": a holiday named without its year."""
    return "holiday" in parts and _lacks_year(parts)


# How far before a period under way the cue of a comparison and its sum are looked for ("up from C$2.7 billion ").
_LEVEL_BASE_REACH = 48


def _under_way(res: resolver.Resolution, anchor: dt.date | None) -> bool:
    """Is ``res`` a period under way at the anchor?  (A forecast of one in a chronology's past entry still looks
    ahead from the publication date: "Sept. 30 - ... a stoppage would cut fourth-quarter GDP growth", in October;
    not one counted from the entry's day: "over the coming year".)"""
    return anchor is not None and res.first_day is not None and res.last_day is not None \
        and res.first_day <= anchor <= res.last_day


def _may_be_forecast(res: resolver.Resolution, anchor: dt.date | None, parts: dict) -> bool:
    """Could a forecast in its clause make ``res`` future?  Not a period wholly before or after the
    anchor (its dates decide), nor a vague reference (its value does); but "the first quarter" that has
    ended is next year's in a forecast ("is due to unveil new chips in the first quarter"), and so is a season."""
    if res.status == "unresolved":
        return True
    if anchor is None or res.first_day is None:
        return False
    if (resolver.names_a_part_of_the_year(parts) or (parts.get("unit") == "H" and parts.get("fiscal"))
            or resolver.fiscal_quarter_alone(parts)
            or _a_day_or_month_alone(parts) or _a_season_alone(parts) or _a_weekday_alone(parts)) \
            and res.last_day is not None and res.last_day < anchor:
        return True     # (the resolver decides whether it is the one to come: "an early election could be called
                        # for the autumn", in February, is next autumn, as a month alone would be)
    if resolver.quarter_as_a_modifier(parts) and res.last_day is not None \
            and (anchor - res.last_day).days > resolver.REPORT_LAG_DAYS:
        return True     # ("expect first-quarter sales to rise", in November; not the quarter whose report is awaited:
                        # "expect the maker to post third-quarter revenue", in November, stays as it is told)
    return res.first_day <= anchor and (res.last_day is None or res.last_day >= anchor)


def _the_nearer_holiday(parts: dict, before: resolver.Resolution | None, tense: str, anchor, reference,
                        locale) -> resolver.Resolution | None:
    """The holiday a count before or after it in an unmarked present (no ``tense``) counts from, named without its
    year and not told in the story: the coming one once the one read, last year's, is long gone and further off
    ("Everything depends on the two weeks before the Lunar New Year", written on Dec. 1, is the coming one, not ten
    months back).  Any other day is ``before`` as read."""
    if tense or "holiday" not in parts or not _lacks_year(parts) or "in_story" in parts \
            or before is None or before.first_day is None or before.last_day is None or anchor is None \
            or not resolver.long_gone(before.last_day, anchor):
        return before
    later = resolver.resolve(dict(parts, year=before.first_day.year + 1), anchor, "", reference, locale)
    if later is not None and later.first_day is not None and later.first_day > anchor \
            and later.first_day - anchor < anchor - before.last_day:
        return later
    return before


def _a_day_still_to_come(day: resolver.Resolution | None, anchor) -> bool:
    """Is ``day`` a single day after ``anchor``, the day of writing?  A stretch counted on from it opens after the
    writing, which a clause in the past cannot tell of."""
    return day is not None and day.first_day is not None and anchor is not None and day.precision == "day" \
        and day.first_day > anchor


def _a_stretch_still_ahead(parts: dict, before: resolver.Resolution | None, anchor) -> bool:
    """Does the stretch of ``parts`` (a count of days or weeks), counted back from the day ``before``, open after
    ``anchor``, the day of writing?  A clause in the past cannot tell of it."""
    return anchor is not None and parts["unit"] in resolver.DAYS_IN_A_UNIT and _a_day_still_to_come(
        before, anchor + dt.timedelta(days=parts["count"] * resolver.DAYS_IN_A_UNIT[parts["unit"]]))


def _the_first_after(exp: finder.Expression, day: dt.date, anchor, tense: str) -> resolver.Resolution | None:
    """The end of a span told without its year after a first day that the story placed ("- Feb. 12: ... / - May 20 to
    June 18: the festival", the entry going on from Feb. 12, 2026): a span runs forward, so it is the first such day
    after that one, not a day read apart in another year."""
    for year in (day.year, day.year + 1):
        res = resolver.resolve(dict(exp.parts, year=year), anchor, tense, None)
        if res is not None and res.last_day is not None and res.last_day >= day:
            return res
    return None


def _told_as_begun(between: str) -> bool:
    """Do the words between a period and the day it starts tell its start in the past ("the fiscal year that began on
    April 1", tense.tsv)?  Such a period is told as a stretch under way, where "starting" or "from" may name the
    stretch a plan is for."""
    words, endings = lexicon.tense_words()
    return any(words.get(word) == "past"
               or any(word.endswith(end) and tense == "past" for end, tense in endings.items())
               for word in re.findall(r"[a-z]+", between))


def _compose(text: str, low: str, resolved: list, anchor, clauses: finder.Clauses) -> list[DateMention]:
    connectors = _connectors()
    rows, spans, afters, same = connectors.rows, connectors.spans, connectors.afters, connectors.same
    mentions: list[DateMention] = []
    # (a holiday told by its span is asked of at the holiday and again at the span's first date; the words between
    # them are read once)
    holiday_spans: dict[int, bool] = {}
    # (a holiday after a lone weekday is read at the weekday and again at itself: (its index, its resolution, what
    # _weekday_before_its_holiday gave) keeps the first reading, which holds while no year after it and no new
    # resolution change it)
    holiday_read: tuple[int, object, tuple[int, resolver.Resolution] | None] = (-1, None, None)
    i = 0
    while i < len(resolved):
        exp, res, tense, befores = resolved[i]
        # one time named twice: "Five years ago this month"
        if i + 1 < len(resolved) and resolved[i + 1][0].parts.get("years_ago") and res.period is not None \
                and resolved[i + 1][1].on_calendar:
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            mentions.append(_mention(text, exp.start, nxt_exp.end, nxt_res, [(exp, res), (nxt_exp, nxt_res)]))
            i += 2
            continue
        if (closed := _holidays_a_side_clause_closes(low, resolved, i, anchor)) is not None:
            # "over China's eight-day National Day and Mid-Autumn holiday, which ended on Wednesday": one break, one
            # row over its days up to the day told (see _holidays_a_side_clause_closes)
            last, whole = closed
            mentions.append(_mention(text, exp.start, resolved[last][0].end, whole,
                                     [(e, r) for e, r, _, _ in resolved[i:last + 1]]))
            i = last + 1
            continue
        # a count of years from the story that the date right after it restates: "Two years later, in August 2022"
        # is 2022, whatever year the story counted from
        if i + 1 < len(resolved) and exp.parts.get("direction") in ("later", "earlier") and "count" in exp.parts \
                and res.period is not None and res.period.gran == "Y":
            restated = _year_restated_after(low, exp, resolved[i + 1][0], resolved[i + 1][1])
            if restated is not None and restated != res.period.year:
                res = resolver.resolve({"year": restated}, anchor, tense, None) or res
                resolved[i][1] = res
        if _a_period_under_way_owning_a_timetable_ahead(text, low, resolved, i, anchor):
            # "This year's event runs from May 25 to June 2", in March: the subject of a timetable still to come
            res = resolved[i][1] = res._replace(future=True)
        if (happening := _day_of_a_happening_its_count_back_precedes(text, low, resolved, i, clauses)) is not None:
            # "A cracked rail that an inspector had flagged two weeks earlier was the likely cause of the June 7
            # derailment": the past perfect counts back from the happening its sentence dates after it
            res = resolver.day_counted_from(exp.parts, happening, -1, anchor) or res
            resolved[i][1] = res
        # "the last Saturday before Christmas": that Saturday, one row with the holiday (the weekday, read alone
        # as the nearest Saturday, is left to the holiday's row)
        if i + 1 < len(resolved) and _a_weekday_alone(exp.parts):
            holiday_read = (i + 1, resolved[i + 1][1], _weekday_before_its_holiday(low, resolved[i + 1], anchor))
            if holiday_read[2] is not None and holiday_read[2][0] <= exp.start:
                i += 1
                continue
        # (with the year its sentence names after the holiday, one row: "the last Saturday before Christmas in 2023")
        year_after = resolved[i + 1] if i + 1 < len(resolved) and _lacks_year(exp.parts) \
            and _year_scattered_after(low, exp, resolved[i + 1]) else None
        told = holiday_read[2] if holiday_read[0] == i and holiday_read[1] is res and year_after is None \
            else _weekday_before_its_holiday(low, resolved[i], anchor, year_after)
        if told is not None:
            start, day = told
            if year_after is not None:
                mentions.append(_mention(text, start, year_after[0].end, day,
                                         [(exp, day), (year_after[0], year_after[1])]))
                i += 2
                continue
            mentions.append(_mention(text, start, exp.end, day, [(exp, day)]))
            i += 1
            continue
        # a day told with its weekday, that weekday placed before a holiday in the week after it: "Dec. 20, the
        # Saturday before Christmas" is one day, the holiday no time of its own
        if i + 1 < len(resolved) \
                and _a_weekday_placed_before_its_holiday(low, resolved[i], resolved[i + 1], connectors):
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            mentions.append(_mention(text, exp.start, nxt_exp.end, res, [(exp, res), (nxt_exp, nxt_res)]))
            i += 2
            continue
        if i + 1 < len(resolved) \
                and (month := _month_of_a_happening_years_counted_after(low, resolved, i, anchor, clauses)) is not None:
            # "five years after a February storm left millions in the dark": that storm's February, years ago
            resolved[i + 1][1] = month
        # a count of days from a day named right after it: "a day before the Lunar New Year holiday in 2025" (with
        # the year its sentence names after the day, as for any date spread over its sentence)
        if i + 1 < len(resolved) and res.timex_type == "DURATION":
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            parts_used = [(exp, res), (nxt_exp, nxt_res)]
            if i + 2 < len(resolved) and _lacks_year(nxt_exp.parts) \
                    and _year_scattered_after(low, nxt_exp, resolved[i + 2]):
                year_exp, year_res = resolved[i + 2][0], resolved[i + 2][1]
                nxt_res = _with_year_of(nxt_exp, year_res, anchor, resolved[i + 1][2]) or nxt_res
                parts_used = [(exp, res), (nxt_exp, nxt_res), (year_exp, year_res)]
            counted = _day_an_offset_counts_from(low, exp, nxt_exp, nxt_res, anchor)
            day = None if counted is None else resolver.day_counted_from(exp.parts, *counted, anchor)
            if day is not None and len(parts_used) == 2 and _a_happening_named_between(low, exp, nxt_exp):
                # "released two days before the first World Day for Glaciers on Friday": the day dates the happening
                # it follows, a row of its own, and the count the one before it (the day counted from is the one
                # the count found, which the past tense of the count's clause does not make gone)
                counted_from = counted[0]
                counting_word = _COUNTING_WORD.match(low, exp.end)
                mentions.append(_mention(text, exp.start, counting_word.end(), day, [(exp, res)]))
                if counted_from != nxt_res.first_day:
                    nxt_res = resolver.resolve_day(counted_from, anchor) or nxt_res
                mentions.append(_mention(text, nxt_exp.start, nxt_exp.end, nxt_res, [(nxt_exp, nxt_res)]))
                i += 2
                continue
            if day is not None:
                pieces = parts_used
                if exp.parts.get("det"):
                    # "the day before last Tuesday" names one day, a date as "the day before yesterday" is (TimeML:
                    # one TIMEX3), where "a day before" is a duration and a date
                    pieces = [(finder.Expression(exp.start, nxt_exp.end, exp.rule, {}), day)] + parts_used[2:]
                mentions.append(_mention(text, exp.start, parts_used[-1][0].end, day, pieces))
                i += len(parts_used)
                continue
            if exp.parts == dict(_THE_DAY, count=1) and len(low[exp.start:exp.end].split()) == 2:
                i += 1      # ("the day" before a day it cannot count from, "the day after the 2020 vote", is no date)
                continue
        # a count of days set off after a day, before the happening it counts from: "announced the new dates late
        # Tuesday, a day after rival Warner Bros. claimed the slot" places that happening on the Monday (TimeML keeps
        # the duration)
        if i > 0 and res.timex_type == "DURATION" \
                and (event := _event_counted_to_the_clause_s_day(low, resolved, i, anchor)) is not None:
            mentions.append(_mention(text, exp.start, event[0], event[1], [(exp, res)]))
            i += 1
            continue
        # a count of days after the verb a happening "came" with, in a sentence that names no time before it: the
        # happening came on the day the text last told, in its paragraph or the one before ("The vote came two days
        # after a district judge refused", after "Wednesday's vote", is the Monday)
        # (a length right after the word, "a day after the six-month lock-in expired", is no time counted from)
        # (a stretch a day ends is no day of the happening: "reported net profit for the year to Dec. 31")
        if res.timex_type == "DURATION" and (event := _event_counted_to_a_day_told_before(
                low, resolved, i, anchor, clauses, *next((
                    (later[0].start, later[1]) for later in resolved[i + 1:]
                    if later[1].on_calendar or "ends_on" in later[0].parts),
                    (len(low), None)))):
            mentions.append(_mention(text, exp.start, event[0], event[1], [(exp, res)]))
            i += 1
            continue
        # one day named twice: "Tuesday (Nov. 3)", "March 5 (Thursday)"
        if i + 1 < len(resolved) and (("weekday" in exp.parts and "day" not in exp.parts)
                                      or ("day" in exp.parts and "weekday" not in exp.parts)):
            nxt_exp, nxt_res, nxt_tense, _ = resolved[i + 1]
            weekday, day = (exp, nxt_exp) if "weekday" in exp.parts else (nxt_exp, exp)
            day_tense = nxt_tense if day is nxt_exp else tense
            for between, after in same:
                closing = after.match(low, nxt_exp.end)
                if "day" in day.parts and "weekday" in weekday.parts and "day" not in weekday.parts \
                        and between.fullmatch(low, exp.end, nxt_exp.start) and closing:
                    both = resolver.resolve(dict(day.parts, weekday=weekday.parts["weekday"]), anchor, day_tense)
                    if both is not None:
                        mentions.append(_mention(text, exp.start, closing.end(), both, [(exp, both), (nxt_exp, both)]))
                        i += 2
                        break
            else:
                both = None
            if both is not None:
                continue
        # one quarter named twice, its fiscal name in brackets: "March quarter 2025 (fiscal fourth quarter)"
        if i + 1 < len(resolved) and res.on_calendar and res.period is not None:
            closing = _fiscal_name_in_brackets(low, exp, resolved[i + 1][0], same)
            if closing is not None:
                mentions.append(_mention(text, exp.start, closing, res, [(exp, res), resolved[i + 1][:2]]))
                i += 2
                continue
        # three months or days of a month in a row listed ("covers December, January and February", "strikes on 3,
        # 4 and 5 March") are one stretch, as two joined by "and" are
        if i + 2 < len(resolved) and res.on_calendar \
                and (listed := _listed_in_a_row(low, [r[0] for r in resolved[i:i + _LONGEST_LIST]])):
            last_exp, last_res = resolved[i + listed - 1][0], resolved[i + listed - 1][1]
            if last_res.on_calendar and last_res.first_day is not None:
                year = last_res.first_day.year - (exp.parts["month"] > last_exp.parts["month"])
                first = resolver.resolve(dict(exp.parts, year=year), anchor, tense, None)
                if first is not None and first.first_day is not None:
                    middle = [tuple(r[:2]) for r in resolved[i + 1:i + listed - 1]]
                    mentions.append(_mention(text, exp.start, last_exp.end, resolver.span(first, last_res, anchor),
                                             [(exp, first)] + middle + [(last_exp, last_res)]))
                    i += listed
                    continue
        if _a_holiday_told_by_its_span(low, resolved, i, rows, spans, holiday_spans):
            # "Golden Week, which runs from Oct. 1 to Oct. 8": the span tells this year's days of the holiday, one
            # row, the span's (read next, starting at the holiday)
            i += 1
            continue
        # a span whose ends are clock times told on two days is the span of those days: "from midnight on Friday,
        # Nov. 28, to 11:59 p.m. on Monday" is Nov. 28 to Dec. 1, one row (TimeML keeps the times and days)
        if i + 3 < len(resolved) and res.on_calendar \
                and (row := _a_span_of_clock_times_on_days(low, resolved, i, befores, rows, spans)) is not None:
            first_day, last_day = resolved[i + 1][:2], resolved[i + 3][:2]
            if _weekdays_read_apart(first_day, last_day):
                # ("from 6 a.m. on Tuesday to 6 a.m. on Thursday": the Thursday after that Tuesday)
                later = first_day[1].first_day + dt.timedelta(
                    days=(last_day[0].parts["weekday"] - first_day[0].parts["weekday"]) % 7 or 7)
                last_day = [last_day[0], resolver.resolve_day(later, anchor) or last_day[1]]
            start = _connector_start(low, exp.start, rows[row]["before"]) if rows[row]["before"] else exp.start
            mentions.append(_mention(text, start, last_day[0].end, resolver.span(first_day[1], last_day[1], anchor),
                                     [(exp, res), tuple(first_day), tuple(resolved[i + 2][:2]), tuple(last_day)]))
            i += 4
            continue
        # a span: "from A to B", "between A and B", "A - B"
        if i + 1 < len(resolved) and res.on_calendar and res.period is not None:
            nxt_exp, nxt_res, _, _ = resolved[i + 1]
            if nxt_res.on_calendar and nxt_res.period is not None:
                row = _span_row(low, exp, nxt_exp, befores, rows, spans)
                if row is not None and exp.parts.get("in_story") is True and _lacks_year(nxt_exp.parts) \
                        and res.first_day is not None and nxt_res.last_day is not None \
                        and nxt_res.last_day < res.first_day:
                    nxt_res = _the_first_after(nxt_exp, res.first_day, anchor, tense) or nxt_res
                    resolved[i + 1][1] = nxt_res
                if row is not None and _lacks_year(exp.parts) and ("year" in nxt_exp.parts or (
                        ("year_of" in nxt_exp.parts or "yy" in nxt_exp.parts) and "month" in nxt_exp.parts) or (
                        _lacks_year(nxt_exp.parts) and res.first_day is not None and nxt_res.last_day is not None
                        and nxt_res.last_day < res.first_day)):
                    # "March to May 2024" ("Sept. 19 to Oct. 4 next year"): the first date takes the year of the
                    # second, as does the first of
                    # a range read apart in a forecast ("For the April-September half, SoftBank expects ...",
                    # written in September: not next April)
                    joined = _with_year_of(exp, nxt_res, anchor, tense, same_gran=False) or res
                    # (a span runs forward: a first date read after the second is of another year)
                    backwards = joined.first_day is not None and nxt_res.last_day is not None \
                        and joined.first_day > nxt_res.last_day
                    if backwards and "year" in nxt_exp.parts:
                        # "between May 14 and March 31, 2027": a span runs forward, so its first date, which
                        # would fall after the second in that year, is of the year before
                        joined = resolver.resolve(dict(exp.parts, year=nxt_exp.parts["year"] - 1), anchor, tense,
                                                  None) or joined
                    elif backwards and _lacks_year(nxt_exp.parts) and anchor is not None:
                        # "will buy back shares between Nov. 10 and March 31", told in November: a span runs
                        # forward, so one still ahead ends in the next year, one behind starts in the year before
                        if joined.first_day >= anchor \
                                and not (tense == "schedule" and _a_timetable_of_months_under_way(exp, nxt_exp, nxt_res,
                                                                                                  anchor)):
                            later = resolver.resolve(dict(nxt_exp.parts, year=nxt_res.last_day.year + 1), anchor,
                                                     tense, None)
                            if later is not None:
                                _the_span_s_end_told_again_after(resolved, i + 1, nxt_res, later, anchor, clauses)
                                nxt_res = resolved[i + 1][1] = later
                        elif not tense and _tense_of_a_span_s_own_clause(text, low, exp, nxt_exp, clauses) == "" \
                                and (under_way := _a_span_of_months_under_way(exp, nxt_exp, nxt_res, anchor)) \
                                is not None:
                            _the_span_s_end_told_again_after(resolved, i + 1, nxt_res, under_way, anchor, clauses)
                            nxt_res = resolved[i + 1][1] = under_way
                        else:
                            joined = resolver.resolve(dict(exp.parts, year=joined.first_day.year - 1), anchor,
                                                      tense, None) or joined
                    if anchor is not None and joined.first_day is not None and joined.first_day > anchor \
                            and res.last_day is not None and res.last_day < anchor \
                            and (tense == "past" or finder.clause_tense(text, low, exp.start, exp.end) == "past"):
                        # "was extended in February through March 2027": a clause about the past starts no
                        # span in the future; the month is the verb's, the deadline the object's
                        row = None
                    else:
                        res = joined
                        resolved[i][1] = res
                if row is not None and rows[row]["kind"] != "pair" and _a_weekday_alone(exp.parts) \
                        and _a_weekday_alone(nxt_exp.parts) and res.first_day is not None \
                        and nxt_res.last_day < res.first_day:
                    # "from Tuesday to Thursday next week": the Thursday after that Tuesday
                    later = res.first_day \
                        + dt.timedelta(days=(nxt_exp.parts["weekday"] - exp.parts["weekday"]) % 7 or 7)
                    nxt_res = resolver.resolve_day(later, anchor)
                if row is not None and "year" not in exp.parts and "month" in exp.parts and "month" in nxt_exp.parts \
                        and nxt_res.first_day is not None and (rows[row]["kind"] == "pair" or _two_months_alone(
                            exp.parts, nxt_exp.parts)):
                    # two months in a row are of one stretch: the first is the month right before the second,
                    # even when the two were read apart in different years ("the World Cup in June and July
                    # should give our hotels a lift"); so is the first of a span of two months named without a
                    # year, which runs less than a year ("replaces the deck from January through May", in
                    # October: both of next year, not last January to next May)
                    year = nxt_res.first_day.year - (exp.parts["month"] > nxt_exp.parts["month"])
                    if res.first_day is None or res.first_day.year != year:
                        res = resolver.resolve(dict(exp.parts, year=year), anchor, tense, None) or res
                elif row is not None and rows[row]["kind"] == "pair" and _a_weekday_alone(exp.parts) \
                        and (ahead := _a_pair_read_ahead_from_its_first(
                            res, nxt_res, anchor, _a_day_ahead_in_its_sentence(low, resolved, i, anchor))) is not None:
                    # ... unless the first alone was read ahead and the second behind: the words before the pair
                    # govern both, and only the first stands right after them ("issued a red alert for Saturday
                    # and Sunday", on a Friday: the coming weekend)
                    nxt_res = resolved[i + 1][1] = ahead
                elif row is not None and rows[row]["kind"] == "pair" and _a_weekday_alone(exp.parts) \
                        and nxt_res.first_day is not None:
                    # ... and so are two weekdays: the first is the day right before the second ("sales on Monday
                    # and Tuesday totalled", told on a Tuesday or on the Monday after)
                    before = nxt_res.first_day - dt.timedelta(days=1)
                    res = resolver.resolve_day(before, anchor) or res
                if row is not None and res.first_day is not None and nxt_res.last_day >= res.first_day:
                    start = exp.start
                    before_row = rows[row]["before"]
                    if before_row:
                        start = _connector_start(low, exp.start, before_row)
                    holiday = ()
                    if i > 0 and _a_holiday_told_by_its_span(low, resolved, i - 1, rows, spans, holiday_spans):
                        start, holiday = resolved[i - 1][0].start, ((resolved[i - 1][0], resolved[i - 1][1]),)
                    span = resolver.span(res, nxt_res, anchor)
                    if "on_day" in exp.parts and exp.parts["on_day"] == nxt_exp.parts.get("on_day") \
                            and i + 2 < len(resolved) and _the_day_of_its_clock(low, nxt_exp, resolved[i + 2]):
                        # a clock range on a day is that day, one row: "from 6 a.m. to 6 p.m. on Sunday"
                        day_exp, day_res = resolved[i + 2][0], resolved[i + 2][1]
                        mentions.append(_mention(text, start, day_exp.end, day_res,
                                                 [(exp, res), (nxt_exp, nxt_res), (day_exp, day_res)]))
                        i += 3
                        continue
                    mentions.append(_mention(text, start, nxt_exp.end, span,
                                             [*holiday, (exp, res), (nxt_exp, nxt_res)]))
                    i += 2
                    continue
        # a fiscal quarter or half and the month its fiscal year ends: "the first quarter of the fiscal year
        # through March"
        if i + 1 < len(resolved) and exp.parts.get("fiscal_year_named") \
                and connectors.ended.fullmatch(low, exp.end, resolved[i + 1][0].start):
            nxt_exp, nxt_res, _, _ = resolved[i + 1]
            mentions.append(_mention(text, exp.start, nxt_exp.end, res, [(exp, res), (nxt_exp, nxt_res)]))
            i += 2
            continue
        # ... or by the day it starts: "the fiscal year starting in April 2027"
        if i + 1 < len(resolved) and "starts_on" in exp.parts \
                and (resolved[i + 1][1].first_day == exp.parts["starts_on"]
                     # (a count after a day starts the day after its last: "the two weeks after Easter")
                     or "starts_after" in exp.parts and resolved[i + 1][1].last_day == exp.parts["starts_after"]):
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            whole = resolver.ended_stretch(exp.parts, res, anchor) or res
            if whole.future and not (res.future or nxt_res.future) and anchor is not None \
                    and whole.first_day is not None and whole.first_day <= anchor \
                    and ("starts_after" in exp.parts or _told_as_begun(low[exp.end:nxt_exp.start])) \
                    and finder.clause_tense(text, low, exp.start, exp.end, None, clauses) in lexicon.PAST_TENSES:
                # a stretch under way is looked ahead to only in a clause that looks ahead, as a season under way is:
                # "Sales rose in the two weeks after Feb. 3", on Feb. 10, tells what has happened in it so far (not a
                # stretch a plan or a budget is for: "allowed it to spend £3bn in the five years from April 2025")
                whole = whole._replace(future=False)
            mentions.append(_mention(text, exp.start, nxt_exp.end, whole, [(exp, res), (nxt_exp, nxt_res)]))
            i += 2
            continue
        # a reporting period of no length of its own and the date its finite "ends" tells: "well before the period
        # ends in March 2028" is March 2028, whatever period the text named before
        if i + 1 < len(resolved) and exp.parts.get("unit") == "P" and "ends_on" not in exp.parts \
                and connectors.ends_told.fullmatch(low, exp.end, resolved[i + 1][0].start):
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            mentions.append(_mention(text, exp.start, nxt_exp.end, nxt_res, [(exp, res), (nxt_exp, nxt_res)]))
            i += 2
            continue
        # a fiscal year named by its determiner alone and the day its finite "begins" tells: the day makes the row
        # ("before the fiscal year begins on July 1"), as a year "before" would read as the one under way
        # (or none, when the clause tells a custom: "always passes the budget before the fiscal year begins on
        # April 1")
        if i + 1 < len(resolved) and _the_fiscal_year(exp.parts) \
                and connectors.begins_told.fullmatch(low, exp.end, resolved[i + 1][0].start):
            mentions.append(_mention(text, exp.start, exp.end, _off_the_timeline(res), [(exp, res)]))
            i += 1
            continue
        # ... and one the date right after it bounds, whatever connector that date opens with: "the A$1.4 billion target
        # for the period through 2032" is no quarter the text named before; the date after it makes the row
        if i + 1 < len(resolved) and exp.parts == _THE_PERIOD and resolved[i + 1][1].on_calendar \
                and not low[exp.end:min([resolved[i + 1][0].start] + [
                    _connector_start(low, resolved[i + 1][0].start, rows[row]["before"])
                    for row in resolved[i + 1][3].values()])].strip():
            mentions.append(_mention(text, exp.start, exp.end, _off_the_timeline(res), [(exp, res)]))
            i += 1
            continue
        # the days up to the day "it" stands for: "the week before it" (see _Reading._day_it_stands_for)
        if "told_by_it" in exp.parts and res.timex_type == "DURATION" \
                and (whole := resolver.ended_stretch(exp.parts, res, anchor)) is not None:
            mentions.append(_mention(text, exp.start, exp.parts["told_by_it"], whole, [(exp, res)]))
            i += 1
            continue
        # a stretch up to a day, set off by a comma right after a day it holds, restates that day: "June 20, the week
        # before the Independence Day holiday on June 26" is June 20 alone, the holiday a row of its own
        if i > 0 and i + 1 < len(resolved) and exp.parts.get("ends_before") \
                and _a_stretch_restating_the_day_before(low, resolved[i - 1], exp, res, anchor):
            i += 1
            continue
        # a period named by the day it ends: "the quarter ended June 30", "the three months ended Sept. 30"
        if i + 1 < len(resolved) and "ends_on" in exp.parts \
                and resolved[i + 1][0].start - exp.end <= _ENDS_ON_REACH:
            # (a month told further on, in another clause, is no end of the stretch, even the one it ends in: "fell
            # 0.5% in the first nine months, dragged down by ... New home prices fell 0.4% in September")
            nxt_exp, nxt_res, _, _ = resolved[i + 1]
            ends_on = exp.parts["ends_on"]
            if nxt_res.last_day == ends_on or (exp.parts.get("ends_before") and nxt_res.first_day is not None
                                               and nxt_res.first_day - dt.timedelta(days=1) == ends_on) or (
                    resolver.opens_a_year(exp.parts) and nxt_res.period is not None
                    and (nxt_res.period == resolver.Period("Y", ends_on.year)
                         # (another calendar's year read in our next: "the first seven months of the Iranian
                         # year", in February 2026, ran from March 21, 2025)
                         or "calendar_start" in exp.parts and nxt_res.period.gran == "Y"
                         or nxt_res.period.gran == "FY" and nxt_res.first_day <= ends_on <= nxt_res.last_day)
                    and connectors.opening.fullmatch(low, exp.end, nxt_exp.start)):
                # (not a year named later that only happens to be the one opened: "in the first eight months.
                # The shares, suspended for most of 2024, ...")
                # the table gives the stretch itself: "its fourth quarter ended Aug. 26" is a fiscal quarter
                whole = resolver.ended_stretch(exp.parts, res, anchor) or res
                if whole.future and not (res.future or nxt_res.future) and anchor is not None \
                        and resolver.opens_a_year(exp.parts) \
                        and whole.first_day is not None and whole.first_day <= anchor:
                    # the opening of a year under way is looked ahead to only as that year is, in a clause that looks
                    # ahead: "brought the total for the first eight months of 2025 to 1,050", in late August, is past
                    whole = whole._replace(future=False)
                if nxt_res.future and not whole.future and whole.last_day == nxt_res.last_day:
                    # a forecast of the day or month that ends the stretch is one of the stretch: "is expected to have
                    # risen 36% in the three months to December", in February
                    whole = whole._replace(future=True)
                mentions.append(_mention(text, exp.start, nxt_exp.end, whole, [(exp, res), (nxt_exp, nxt_res)]))
                i += 2
                continue
        # the first months of a year named alone: "in the first three quarters" (see _Reading.read)
        if "ends_on" in exp.parts and resolver.opens_a_year(exp.parts) and res.timex_type == "DURATION":
            whole = resolver.ended_stretch(exp.parts, res, anchor)
            if whole is not None:
                mentions.append(_mention(text, exp.start, exp.end, whole, [(exp, res)]))
                i += 1
                continue
        # the last months of a period, or weeks or days counted in a month: "the final three months of 2024", "the
        # last two weeks of March", "the third week of September", "the first 10 days of November"
        stretch_of = resolver.closing_stretch if exp.parts.get("closing") else \
            resolver.stretch_in_a_month if exp.parts.get("in_a_month") else None
        if i + 1 < len(resolved) and stretch_of is not None:
            nxt_exp, nxt_res, _, _ = resolved[i + 1]
            if "holiday" in nxt_exp.parts and nxt_res.on_calendar:
                whole = resolver.days_of_a_holiday(exp.parts, res, nxt_res, anchor)
            else:
                whole = stretch_of(exp.parts, res, nxt_res.period, anchor) if nxt_res.on_calendar else None
            if whole is not None:
                mentions.append(_mention(text, exp.start, nxt_exp.end, whole, [(exp, res), (nxt_exp, nxt_res)]))
                i += 2
                continue
        # a move from a date without its year to one with it: "pushed the start from February to April 27 of this
        # year" (the February of that year, not one of the story told before)
        if "moved" in befores and i + 1 < len(resolved) and res.on_calendar \
                and (_lacks_year(exp.parts) or "weekday" in exp.parts and resolver.needs_tense(exp.parts)):
            nxt_exp, nxt_res = resolved[i + 1][0], resolved[i + 1][1]
            if nxt_res.on_calendar and nxt_res.period is not None and nxt_exp.start - exp.end <= _SPAN_GAP \
                    and ("month" in nxt_exp.parts or "season" in nxt_exp.parts) and not _lacks_year(nxt_exp.parts) \
                    and _lacks_year(exp.parts) \
                    and any(between.fullmatch(low, exp.end, nxt_exp.start) for _, between in spans):
                res = (_last_before(exp, nxt_res, anchor, tense) if "delay" in befores else None) \
                    or _with_year_of(exp, nxt_res, anchor, tense, same_gran=False) or res
                resolved[i][1] = res
            elif nxt_res.on_calendar and nxt_res.period is not None and nxt_exp.start - exp.end <= _SPAN_GAP \
                    and (_lacks_year(nxt_exp.parts) or "weekday" in nxt_exp.parts
                         and resolver.needs_tense(nxt_exp.parts)) and tense == "schedule" \
                    and any(between.fullmatch(low, exp.end, nxt_exp.start) for _, between in spans):
                # the new time of a timetable is read as the old one is: "from Oct. 16 to Sept. 25"; a weekday too,
                # the coming one, whatever verb moved it ("pushed the final from Friday to Saturday")
                again = resolver.resolve(nxt_exp.parts, anchor, tense, None)
                as_timetable = resolver.resolve(exp.parts, anchor, tense, None) \
                    if "month" in nxt_exp.parts and "weekday" not in exp.parts and res.period is not None else None
                if as_timetable is not None and as_timetable.period is not None \
                        and res.period.first().year != as_timetable.period.first().year:
                    # the old time took a year the story told ("In 2022 ... celebrations postponed from January to
                    # September"): the move was made within that year, not in the timetable of the day of writing
                    again = _with_year_of(nxt_exp, res, anchor, tense, same_gran=False) or again
                if again is not None and again.on_calendar:
                    resolved[i + 1][1] = again
                    if "delay" in befores and "weekday" not in exp.parts:
                        res = resolved[i][1] = _last_before(exp, again, anchor, tense) or res
        # two coordinated dates of the same kind, the year named on the second only: "in March and April 2024"
        if i + 1 < len(resolved) and res.on_calendar and res.period is not None:
            shared = _shared_year(low, exp, resolved[i + 1][0], resolved[i + 1][1])
            if shared is not None:
                res = _with_year_of(exp, shared, anchor, tense, same_gran=False) or res
                resolved[i][1] = res
        # a date right after an aside that follows a year narrows that year: "cut it three times in 2025, by a
        # total of 75 basis points, in February, May and August" (written in February 2026: February 2025)
        if i > 0 and res.on_calendar and _lacks_year(exp.parts) and "weekday" not in exp.parts:
            year_res = _year_before_an_aside(low, exp, resolved[i - 1][0], resolved[i - 1][1])
            if year_res is not None:
                res = _with_year_of(exp, year_res, anchor, tense) or res
                resolved[i][1] = res
        # a month without its year coordinated with a time ahead counted from now, its verb left out, looks ahead
        # with it, whatever verb reports the sentence: "confirmed on Tuesday, with the first increase taking
        # effect next month and the last in September" (written in December: next September; "the first rise due
        # next month and the second in October", written in November: next October, not the month just gone)
        if i > 0 and res.on_calendar and res.first_day is not None and resolved[i - 1][1].last_day is not None \
                and res.first_day <= resolved[i - 1][1].last_day \
                and _elided_after_a_time_ahead(low, exp, *resolved[i - 1][:2]):
            # (the first such month after that time: not the month just gone, which a forecast may still await)
            after = resolved[i - 1][1].last_day
            for year in (after.year, after.year + 1):
                ahead = resolver.resolve(dict(exp.parts, year=year), anchor, "future", None)
                if ahead is not None and ahead.on_calendar and ahead.first_day > after:
                    res = resolved[i][1] = ahead
                    break
        # a date whose year comes later in the sentence: "November evening in Shanghai in 2020"
        if (i + 1 < len(resolved) and "scatter" not in befores and res.on_calendar
                and _lacks_year(exp.parts)):
            nxt_exp, nxt_res, _, nxt_befores = resolved[i + 1]
            if ("scatter" in nxt_befores and set(nxt_exp.parts) <= {"year", "det"}
                    and nxt_exp.start - exp.end <= _SCATTER_REACH
                    and not _SCATTER_STOP.search(low, exp.end, nxt_exp.start)
                    and not finder.opens_a_new_item(low, exp.end, nxt_exp.start)
                    and not finder.in_a_side_clause(low, nxt_exp.start, (exp.end, nxt_exp.start))):
                # (not across a comma or into a side clause: "from Jan. 1, the first increase since the
                # unit was set up in 2009"; nor into a new noun phrase after "and the": "from Dec. 21 and the
                # World Cup in 2030")
                merged = _with_year_of(exp, nxt_res, anchor, tense)
                if merged is not None:
                    mentions.append(_mention(text, exp.start, nxt_exp.end, merged, [(exp, merged), (nxt_exp, nxt_res)]))
                    i += 2
                    continue
        # ... or after an aside set off by commas, whose dates are its own: "Sales on Singles Day, the
        # festival it invented in 2009, reached $74bn in 2020" (that Singles Day is 2020's; no mention
        # joins the two, across the aside)
        if i + 1 < len(resolved) and "scatter" not in befores and res.on_calendar and _lacks_year(exp.parts):
            year_res = _year_after_an_aside(low, exp, resolved, i)
            if year_res is not None:
                res = _with_year_of(exp, year_res, anchor, tense) or res
                resolved[i][1] = res
        start, end = exp.start, exp.end
        if res.on_calendar and res.period is None and res.timex_type == "DURATION":
            after = _after_row(low, exp.end, rows, afters)
            if after is not None and rows[after]["kind"] in ("part_of", "final_before", "stretch_ended"):
                # "the last two years of his tenure": a part of that tenure, not the two years to now
                res = _off_the_timeline(res)
        elif res.on_calendar and _counted_from_what_follows(low, exp):
            res = _off_the_timeline(res)
        pieces = [(exp, resolved[i][1])]
        if "on_day" in exp.parts and i + 1 < len(resolved) and _the_day_of_its_clock(low, exp, resolved[i + 1],
                                                                                      any_day=True) \
                and not finder.ends_a_phrase_of_no_tense_listing_a_time(low, exp.start):
            # a clock time and the day it is on are one expression: "at 21:47 UTC on Tuesday, June 9" is one
            # happening, one row (TimeML keeps the time and the day apart); what follows is read after the day
            # ("from 10am on Thursday" opens no stretch "from ... on")
            # (not a clock time describing the noun after it, after a phrase that lists what comes next: "followed by
            # 6 p.m. speeches on Tuesday" reads the day apart, one text not running across the noun; after a
            # determiner the time and its day stay one: "at the 9 p.m. session on Wednesday" is one happening)
            if resolved[i + 1][1].first_day != exp.parts["on_day"]:
                # the day read with what its own reading knew and the clock's did not (the year of a clause of
                # background: "the Christmas queues of 1987, when the shop sold out by noon on December 23"): the
                # row is on the day's reading
                res = resolved[i + 1][1]
            end = resolved[i + 1][0].end
            pieces.append((resolved[i + 1][0], resolved[i + 1][1]))
            i += 1
        elif i + 1 < len(resolved) and _the_clock_of_its_day(low, exp, res, resolved[i + 1]):
            # the mirror: "would go on sale on Friday at 10am" is one happening, one row, of that day's 10am; a day
            # told as still to come keeps its time so, whatever the tense of the clause ("Tonight at 8 p.m. the final
            # round opens")
            clock_res = resolved[i + 1][1]
            end, res = resolved[i + 1][0].end, clock_res._replace(future=clock_res.future or res.future)
            pieces.append((resolved[i + 1][0], resolved[i + 1][1]))
            i += 1
        elif i + 1 < len(resolved) and (set(befores) <= _WITHIN_A_HOLIDAY or set(befores) <= {"bound"}) \
                and _the_day_of_its_holiday(low, exp, res, resolved[i + 1],
                                            told_on_only=not set(befores) <= _WITHIN_A_HOLIDAY):
            # a holiday and the day it falls on are one happening, one row, the day's: "Thanksgiving falls on
            # Nov. 27", "Singles' Day on Nov. 11" (TimeML keeps both), a deadline's too ("stay open through Easter,
            # which falls on April 5 next year"); not one another connector leads, which tells a time around it
            # ("the weekend before the Winter Solstice, which falls on Sunday"), unless its day follows it as "on"
            # alone, which names the holiday's date and no other happening ("before the Orthodox Christmas on
            # January 7" is one row, before that day)
            end, res = resolved[i + 1][0].end, _days_up_to_the_end_told(low, exp, res, *resolved[i + 1][:2], anchor)
            pieces.append((resolved[i + 1][0], resolved[i + 1][1]))
            i += 1
        elif i + 1 < len(resolved) and (_the_holiday_of_its_day(low, exp, res, resolved[i + 1])
                                        or _a_day_off_for_its_holiday(low, exp, res, resolved[i + 1])):
            # the mirror: "the Nov. 11 Singles' Day sale" names the holiday's day before it, one happening, one row,
            # the day's (TimeML keeps both); so does a day off "for" a holiday ("shut on Tuesday for Diwali")
            end = resolved[i + 1][0].end
            pieces.append((resolved[i + 1][0], resolved[i + 1][1]))
            i += 1
        if res.on_calendar and res.period is not None:
            if "open" in befores:
                start = _connector_start(low, exp.start, rows[befores["open"]]["before"])
                if not _a_record_s_time_an_aside_tells(low, start, end):
                    res = resolver.open_span(res, exp.parts)
            else:
                after = _after_row(low, end, rows, afters)
                if after is not None and rows[after]["kind"] == "open" and (
                        not rows[after]["before"] or _before_pattern(rows[after]["before"]).search(low, exp.start)):
                    # (a row with both needs both: "on" alone opens nothing, "the quarter on Tuesday")
                    res = resolver.open_span(res, exp.parts)
                elif "deadline" in befores or "bound" in befores:
                    kind = "deadline" if "deadline" in befores else "bound"
                    row = rows[befores[kind]]
                    # (a deadline of the past on the day it was written is no forecast: "was viewed 300 million
                    # times by midday Friday", that Friday)
                    start = _connector_start(low, exp.start, row["before"])
                    if row["mod"] == "AFTER":
                        # (a midnight told with its day opens that day: "goes on sale at one minute past midnight on
                        # the third Thursday of November" is that Thursday's)
                        res = _after_midnight(res) if len(pieces) == 1 else _midnight_opening_its_day(res)
                    res = _with_mod(res, row["mod"], future=kind == "deadline" and res.last_day is not None
                                    and (anchor is None or res.last_day >= anchor) and tense != "past"
                                    and not (not tense and res.first_day == anchor
                                             and (finder.done_by_a_past_verb(text, low, start, exp.start)
                                                  or lexicon.negated_past_before(row["before"]).search(
                                                      low, max(0, exp.start - _NEGATION_REACH), exp.start)
                                                  or _done_in_the_past_perfect(text, low, exp, clauses)
                                                  or _fronted_before_a_past_verb(text, low, start, exp, clauses)
                                                  or row["tense"] == "completion"
                                                  and _a_time_of_the_day_told_in_the_past(text, low, exp, clauses))))
                    # (nor one of a time of that day told with no tense of its own: "rose 0.8% by the midday
                    # break", "power had been restored to about 820,000 customers by 6 a.m. on Thursday", "By 2:15
                    # p.m. the stock was the most actively traded"; nor one a negated verb in the past waited
                    # for, which tells that the time went by: "did not return calls seeking comment by 6 p.m."; nor
                    # one a clause in the past reached, whatever stands between: "Ash fell as far as Manila, 90
                    # kilometres to the south, by mid-morning", unlike a limit set ahead: "until at least 2pm")
        mentions.append(_mention(text, start, end, res, pieces))
        i += 1
    return mentions


def _a_time_of_the_day_told_in_the_past(text: str, low: str, exp: finder.Expression,
                                        clauses: finder.Clauses) -> bool:
    """Is ``exp`` a time of the day alone whose clause is told in the past and is no forecast ("Ash fell as far as
    Manila, 90 kilometres to the south, by mid-morning", on the day of writing)?  A later time of the day is ahead
    only while its clause has not told it gone, however many words, asides or a market's session stand between the
    verb and the deadline ("weakened to about 49.5 per dollar in official trading by the afternoon").  A time given
    only roughly or as a bound ("until at least 2pm") sets a limit more than it tells one reached."""
    return "approx" not in exp.parts and (_a_time_of_the_day_alone(exp.parts) or _a_daypart_alone(exp.parts)
            or _a_daypart_of_the_day_told(exp.parts, article_too=True)) \
        and finder.clause_tense(text, low, exp.start, exp.end, None, clauses) == "past" \
        and not finder.is_forecast(text, low, exp.start, exp.end, None, clauses)


def _fronted_before_a_past_verb(text: str, low: str, start: int, exp: finder.Expression,
                                clauses: finder.Clauses) -> bool:
    """Does the deadline connector at ``start`` open its sentence, before a clause told in the past ("By 2:15 p.m. the
    stock was the most actively traded in Hong Kong", on the day of writing: a time gone)?"""
    if not _opens_a_sentence(text, start):
        return False
    return finder.clause_tense(text, low, exp.start, exp.end, None, clauses) == "past"


def _done_in_the_past_perfect(text: str, low: str, exp: finder.Expression, clauses: finder.Clauses) -> bool:
    """Is the clause of ``exp`` told in the past perfect, with no marker of the future governing it?  A deadline
    there is one met ("had filed reports by Wednesday"), whatever words stand between the verb and it."""
    return "pluperfect" in finder.clause_tenses(text, low, exp.start, exp.end, None, clauses) \
        and finder.clause_tense(text, low, exp.start, exp.end, None, clauses) not in resolver.AHEAD


def _fiscal_name_in_brackets(low: str, exp: finder.Expression, nxt: finder.Expression, same) -> int | None:
    """Where the brackets close when ``nxt`` is the fiscal name, without its year, of the calendar quarter or half
    ``exp`` names with its year, in brackets right after it ("March quarter 2025 (fiscal fourth quarter)"): the
    bracket tells which fiscal quarter that one is, not another quarter."""
    parts = exp.parts
    if "year" not in parts or not ("quarter" in parts or "half" in parts or parts.get("unit") in ("Q", "H")) \
            or not nxt.parts.get("fiscal") or nxt.parts.get("unit") not in ("Q", "H") \
            or not nxt.parts.keys().isdisjoint(("year", "yy", "shift", "count")):
        return None
    for between, after in same:
        closing = after.match(low, nxt.end)
        if closing and between.fullmatch(low, exp.end, nxt.start):
            return closing.end()
    return None


def _weekdays_read_apart(first, last) -> bool:
    """Are the two ends of a span weekdays alone, the second read before the first ("on Tuesday to ... on
    Thursday", written on a Wednesday), when a span runs forward to the first such day after its first?"""
    return _a_weekday_alone(first[0].parts) and _a_weekday_alone(last[0].parts) \
        and first[1].first_day is not None and last[1].last_day is not None \
        and last[1].last_day < first[1].first_day


def _a_span_of_clock_times_on_days(low: str, resolved: list, i: int, befores, rows, spans) -> int | None:
    """The connectors.tsv row of a span from a clock time on a day to one on a later day ("from midnight on
    Friday, Nov. 28, to 11:59 p.m. on Monday"), the four expressions from ``i`` on; else None."""
    clock, day, last_clock, last_day = (r[0] for r in resolved[i:i + 4])
    first_res, last_res = resolved[i + 1][1], resolved[i + 3][1]
    if "on_day" not in clock.parts or "on_day" not in last_clock.parts \
            or not _the_day_of_its_clock(low, clock, resolved[i + 1]) \
            or not _the_day_of_its_clock(low, last_clock, resolved[i + 3]) \
            or first_res.first_day is None or last_res.last_day is None \
            or (last_res.last_day <= first_res.first_day
                and not _weekdays_read_apart(resolved[i + 1], resolved[i + 3])):
        return None
    return _span_row(low, day, last_clock, befores, rows, spans)


def _the_day_of_its_clock(low: str, clock: finder.Expression, following, any_day: bool = False) -> bool:
    """Is ``following`` the single day that the clock time before it was placed on (connectors.tsv, clock_day):
    "at 2.47am on Sunday 15 February"?  (With ``any_day``, the day the clock time is joined to, however each
    was read.)"""
    day_exp, day_res = following[0], following[1]
    return day_res.on_calendar and (any_day or day_res.first_day == clock.parts["on_day"]) \
        and day_res.last_day == day_res.first_day \
        and _connectors().clock_day.fullmatch(low, clock.end, day_exp.start) is not None


@functools.lru_cache(maxsize=None)
def _clock_list_join() -> re.Pattern:
    """What joins two times or days in a list (name_lists.tsv), maybe with the preposition of the second ("and at")."""
    return re.compile(rf"{lexicon.name_list_join()}(?:[a-z]+\s+)?")


def _a_clock_time_in_the_background_of_its_day(low: str, day_exp: finder.Expression,
                                                clock: finder.Expression) -> bool:
    """Does ``clock`` stand in the clause set off by a comma right after the day ``day_exp`` that tells what the day
    holds (tense.tsv kind background: "before Tuesday, when a red flag warning expires at 8 p.m."), in its
    sentence?"""
    opened = lexicon.background_after_a_date().match(low, day_exp.end)
    return opened is not None and low.startswith(",", day_exp.end) \
        and _BACKGROUND_CLAUSE_END.search(low, opened.end(), clock.start) is None


# Where a clause telling a day's background ends: its sentence's end, or the comma closing it before the sentence
# goes on ("until Monday, when the order lapses, the governor said in a briefing that ended at 3 p.m."); a comma
# between digits is part of a number.
_BACKGROUND_CLAUSE_END = re.compile(r"[.;:]|,(?!\d)")


def _the_clock_of_its_day(low: str, day_exp: finder.Expression, day_res, following) -> bool:
    """Is ``following`` a clock time, with no day of its own, told `at` on the single day ``day_exp`` right
    before it (connectors.tsv, day_clock): "on Friday at 10am"?"""
    clock, clock_res = following[0], following[1]
    return "hour" in clock.parts and not resolver.has_day(clock.parts) and "on_day" not in clock.parts \
        and "hour" not in day_exp.parts and day_res.on_calendar and day_res.period is not None \
        and day_res.period.gran == "D" and clock_res.on_calendar and clock_res.first_day == day_res.first_day \
        and _connectors().day_clock.fullmatch(low, day_exp.end, clock.start) is not None


def _the_day_of_its_holiday(low: str, holiday: finder.Expression, holiday_res, following,
                            told_on_only: bool = False) -> bool:
    """Is ``following`` the very day of the holiday ``holiday`` right before it, told as the day it falls on
    (connectors.tsv, holiday_day, holiday_on): "the Lunar New Year, which falls on Feb. 17", "Singles' Day on
    Nov. 11"; or as the day it ends on (holiday_end): "Ramadan ended on March 29"?  One told with its year falls on
    the day told that year, whatever day the calendar gives it ("Chuseok, which falls on Oct. 6 this year").  With
    ``told_on_only``, only a day told right after it as its date (holiday_on) is: "the Orthodox Christmas on
    January 7"."""
    day, day_res = following[0], following[1]
    connectors = _connectors()
    if "holiday" not in holiday.parts or not _a_calendar_day(holiday_res) or not _a_calendar_day(day_res):
        return False
    if not told_on_only and connectors.holiday_day.fullmatch(low, holiday.end, day.start) is not None:
        return day_res.first_day == holiday_res.first_day \
            or (not _lacks_year(day.parts) and day_res.first_day.year == holiday_res.first_day.year
                and connectors.holiday_falls.fullmatch(low, holiday.end, day.start) is not None)
    if not told_on_only and connectors.holiday_end.fullmatch(low, holiday.end, day.start) is not None:
        # "Ramadan ended on March 29": told by its last day, one happening as one told by its first is (a day either
        # side, as the moon is sighted or a break is stretched where the story is: "ended on March 30" in Jakarta)
        return resolver.ends_the_holiday(day_res.first_day, holiday_res.last_day)
    return connectors.holiday_on.fullmatch(low, holiday.end, day.start) is not None \
        and _falls_on(holiday, holiday_res, day_res.first_day)


def _holidays_a_side_clause_closes(low: str, resolved: list, i: int, anchor: dt.date | None):
    """(index of the day, the row) when ``resolved[i]`` opens a break told by the day it ended in a side clause
    (connectors.tsv holiday_closed) that no single holiday's days give: two holidays joined in a list, whose days
    off are one break ("the National Day and Mid-Autumn holiday, which ended on Wednesday"), or a count of days
    before one or two ("the eight-day Golden Week holiday, which ended on Wednesday").  A count runs back from the
    day told, when those days hold each holiday's day; two joined without a count run from the first's day to the
    day told, when that day ends the second, give or take a day as a holiday's end is (resolver.ends_the_holiday).
    Else None."""
    counted = resolved[i][0].parts
    # (a count before a holiday whose days off run from its day was read so already: "the eight-day National Day
    # holiday" holds the days from Oct. 1, which the day told may bear out)
    count = counted["count"] if counted.get("unit") == "D" and counted.keys() - {"starts_on", "ends_on"} <= {
        "unit", "count"} \
        and isinstance(counted.get("count"), int) and counted["count"] > 1 else None
    first = i + 1 if count is not None else i
    if first + 1 >= len(resolved) or "holiday" not in resolved[first][0].parts \
            or count is not None and not _connectors().count_break.fullmatch(low, resolved[i][0].end,
                                                                             resolved[first][0].start):
        return None
    last = first + 1 if "holiday" in resolved[first + 1][0].parts \
        and (join := _joined_name_list().match(low, resolved[first][0].end)) is not None \
        and join.end() == resolved[first + 1][0].start else first
    if (count is None and last == first) or last + 1 >= len(resolved):
        return None
    holidays = [resolved[k][1] for k in range(first, last + 1)]
    day_exp, day_res = resolved[last + 1][0], resolved[last + 1][1]
    if not all(h.on_calendar and h.first_day is not None and h.last_day is not None for h in holidays) \
            or not _a_calendar_day(day_res) \
            or _connectors().holiday_closed.fullmatch(low, resolved[last][0].end, day_exp.start) is None:
        return None
    end = day_res.first_day
    start = end - dt.timedelta(days=count - 1) if count is not None else holidays[0].first_day
    if count is None and not resolver.ends_the_holiday(end, holidays[-1].last_day):
        return None
    if not all(start <= h.first_day and h.last_day <= end for h in holidays):
        return None
    opening = resolver.resolve_day(start, anchor)
    return None if opening is None else (last + 1, resolver.span(opening, day_res, anchor))


def _days_up_to_the_end_told(low: str, holiday: finder.Expression, holiday_res, day: finder.Expression, day_res,
                             anchor: dt.date | None):
    """The row of a holiday joined to its own day ``day`` (see _the_day_of_its_holiday): a holiday of several days
    told by the day it ended in a side clause (connectors.tsv holiday_closed: "over the Golden Week holiday, which
    ended on Wednesday") names the holiday's days, which the clause only ends, so the row runs from its first day to
    the day told; any other telling is the day's ("Ramadan ended on March 29" tells of its ending)."""
    if holiday_res.first_day is None or holiday_res.first_day == holiday_res.last_day \
            or day_res.first_day is None or day_res.first_day <= holiday_res.first_day \
            or _connectors().holiday_closed.fullmatch(low, holiday.end, day.start) is None:
        return day_res
    first = resolver.resolve_day(holiday_res.first_day, anchor)
    return day_res if first is None else resolver.span(first, day_res, anchor)


def _a_holiday_alone_read_as_a_day(exp: finder.Expression, resolution: resolver.Resolution) -> bool:
    """Is ``exp`` a holiday named with no year, nor any word but its article ("the May Day holiday", "Easter"), read
    as a day of the calendar?  A day the text placed it on before may stand for it."""
    day = resolution.period
    return day is not None and day.gran == "D" and resolution.on_calendar and _lacks_year(exp.parts) \
        and exp.parts.keys() <= {"holiday", "det", "holiday_in_context"}     # (the readings it has elsewhere)


def _days_counted_from_a_date(parts: dict, start_parts: dict) -> bool:
    """Are the days or weeks ``parts`` counted, with their article, from a day of a month (``start_parts``): "the three
    days from April 4"?  A count without its article is a length ("strike for five days from Friday"), and one from a
    weekday or holiday may run on to a span's end told after it ("the five days from Thanksgiving through Cyber
    Monday")."""
    return parts.get("det") is True and "day" in start_parts and "month" in start_parts \
        and start_parts.keys().isdisjoint(("weekday", "holiday"))


@functools.lru_cache(maxsize=1)
def _weekday_pair_join() -> re.Pattern:
    """A listing word of day_lists.tsv that joins a second weekday, maybe with its article ("the Tuesday and Thursday
    before it")."""
    return re.compile(rf"\s+(?:{finder.day_listing_words()})\s+(?:the\s+)?")


@functools.lru_cache(maxsize=None)
def _joined_name_list() -> re.Pattern:
    """A word that joins one name to the next in a list, at the end of the first (name_lists.tsv; not a comma, which
    may close the phrase as well)."""
    return re.compile(rf"(?!\s*,){lexicon.name_list_join()}")


def _the_holiday_of_its_day(low: str, day: finder.Expression, day_res, following) -> bool:
    """Is ``following`` a holiday that falls on the day ``day`` right before it, named as its date (connectors.tsv,
    day_holiday): "the Nov. 11 Singles' Day sale"?"""
    holiday, holiday_res = following[0], following[1]
    return "holiday" in holiday.parts and "holiday" not in day.parts and _a_calendar_day(day_res) \
        and _a_calendar_day(holiday_res) \
        and _connectors().day_holiday.fullmatch(low, day.end, holiday.start) is not None \
        and _falls_on(holiday, holiday_res, day_res.first_day)


def _a_day_off_for_its_holiday(low: str, day: finder.Expression, day_res, following) -> bool:
    """Is ``following`` a holiday named after "for" right after ``day``, a day told as a day off (connectors.tsv
    day_off_for: "Markets will be shut on Tuesday for Diwali"), that falls within a couple of days of it?  The
    holiday only tells why that day is off: a day observed after it, or one region's day of a festival of several,
    is the day the text means."""
    holiday, holiday_res = following[0], following[1]
    connectors = _connectors()
    # (a word of closing before the day, tense.tsv kind closed_on, tells it a day off)
    return "holiday" in holiday.parts and "holiday" not in day.parts and _a_calendar_day(day_res) \
        and _a_calendar_day(holiday_res) \
        and connectors.day_off_for.fullmatch(low, day.end, holiday.start) is not None \
        and lexicon.closed_on_before().search(low, max(0, day.start - _DAY_OFF_REACH), day.start) is not None \
        and abs((holiday_res.first_day - day_res.first_day).days) <= _DAYS_OFF_AROUND_A_HOLIDAY


# How far before a day the word telling it a day off may start (characters), and how many days from the holiday's own
# day the day off "for" it may be.
_DAY_OFF_REACH = 24
_DAYS_OFF_AROUND_A_HOLIDAY = 2


def _falls_on(holiday: finder.Expression, holiday_res, day: dt.date) -> bool:
    """Does the holiday ``holiday`` fall on ``day``: its day as read, or, named without its year, its day in
    ``day``'s year (a day told beside it says which year it is when the two read the tense apart)?"""
    return holiday_res.first_day == day or _its_day_in_that_year(holiday, day)


def _its_day_in_that_year(holiday: finder.Expression, day: dt.date) -> bool:
    """Does the holiday ``holiday``, named without its year, fall on ``day`` in ``day``'s year?  Its day told right
    after it says which year it is when the two read the tense apart ("promised delivery before the Orthodox
    Christmas on January 7", in December: the coming one, as the day awaited is)."""
    if not _lacks_year(holiday.parts):
        return False
    held = resolver.resolve(dict(holiday.parts, year=day.year), day)
    return held is not None and held.first_day == day


def _a_holiday_told_by_its_span(low: str, resolved: list, i: int, rows, spans, told: dict[int, bool]) -> bool:
    """Is ``resolved[i]`` a holiday told right after by the span of days it runs (connectors.tsv, holiday_day, a
    `from` span after it): "Golden Week, which runs from Oct. 1 to Oct. 8"?  ``told`` keeps what the words between
    said of each holiday (the loop may resolve a date anew, but never changes its words)."""
    if i + 2 >= len(resolved) or "holiday" not in resolved[i][0].parts:
        return False
    holiday, (first, first_res, _, befores), (last, last_res, _, _) = resolved[i][0], resolved[i + 1], resolved[i + 2]
    if not (first_res.on_calendar and last_res.on_calendar and first_res.period is not None
            and last_res.period is not None):
        return False
    if i not in told:
        told[i] = _a_span_after_its_holiday(low, holiday, first, last, befores, rows, spans)
    return told[i]


def _a_span_after_its_holiday(low: str, holiday, first, last, befores, rows, spans) -> bool:
    """Do the words from ``holiday`` to the span from ``first`` to ``last`` tell the days it runs ("Golden Week,
    which runs from Oct. 1 to Oct. 8", "a nine-day Tet break for public servants, from Feb. 14 to Feb. 22")?"""
    row = _span_row(low, first, last, befores, rows, spans)
    if row is None or not rows[row]["before"]:
        return False
    start = _connector_start(low, first.start, rows[row]["before"])
    return start < first.start and _connectors().holiday_span.fullmatch(low, holiday.end, start) is not None


def _a_calendar_day(res: resolver.Resolution) -> bool:
    """Does ``res`` name one day of the calendar?"""
    return res.on_calendar and res.period is not None and res.period.gran == "D"


# The rest of an aside after an adverb, the noun phrase it qualifies up to the comma that closes it (a few words:
# "traditionally the busiest,").
_ASIDE_CLOSE = re.compile(r"(?:\s+[a-z'-]+){1,4}\s*,")
# The comma that opens such an aside, right before its adverb.
_ASIDE_OPEN = re.compile(r",\s*\Z")
# An aside set off by commas right after a date: its first comma, and up to its second.
# (a comma or point between digits is part of a number, not the end of the aside: ", and analysts expect
# it to deliver 400,000 vehicles in 2026." has none)
_ASIDE = re.compile(r"\s*,(?:[^,.!?;]|(?<=\d)[,.](?=\d))*,(?!\d)")
# The start of a sentence or line and at most its preposition, right before a date that opens it ("On December 17"), and
# how far back it is looked for.
_FRONTED = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)(?:[a-z]+\s+)?\Z")
_FRONTED_REACH = 24


def _year_after_an_aside(low: str, exp, resolved: list, i: int) -> resolver.Resolution | None:
    """The year named later in the sentence of ``exp`` (as a date spread over its sentence), past an aside
    right after ``exp`` and the dates in it (see _compose)."""
    aside = _ASIDE.match(low, exp.end)
    if aside is None or lexicon.coordinated_clause().match(low, aside.end() - 1) \
            or lexicon.coordinated_clause().match(low, exp.end) \
            or _FRONTED.search(low, max(0, exp.start - _FRONTED_REACH), exp.start):
        # (a date that opens its sentence is followed by the main clause, no aside: "On December 17, Alibaba agreed
        # to sell Intime, the chain it took private in 2017" is not of 2017)
        # (a clause of its own after the aside has its own dates: "on Jan. 29, up 11% from a year earlier, and
        # settled a separate suit in 2024"; so has one the comma opens with a coordinator, whose subject's own
        # aside dates only it: "opens on May 4, and the rival park, approved in 2023, is still unbuilt")
        return None
    j = i + 1
    while j < len(resolved) and resolved[j][0].start < aside.end():
        j += 1
    if j == len(resolved):
        return None
    year_exp, year_res, _, year_befores = resolved[j]
    if "scatter" in year_befores and set(year_exp.parts) <= {"year", "det"} \
            and year_exp.start - aside.end() <= _SCATTER_REACH \
            and not _SCATTER_STOP.search(low, aside.end(), year_exp.start) \
            and not finder.in_a_side_clause(low, year_exp.start, (aside.end(), year_exp.start)) \
            and not _compared_with(low, year_exp.start):
        return year_res
    return None


def _elided_after_a_time_ahead(low: str, exp, prev_exp, prev_res) -> bool:
    """Is ``exp`` a month named alone right after a time ahead counted from now (``prev_exp``: "next month", "next
    year"), joined to it as a second date of one elided verb (shared_years.tsv gaps: "next month and the last in
    September")?"""
    return set(exp.parts) <= {"month", "prep", "det"} and "month" in exp.parts \
        and isinstance(prev_exp.parts.get("shift"), int) and prev_exp.parts["shift"] > 0 \
        and "month" not in prev_exp.parts and prev_res.on_calendar and prev_res.future \
        and lexicon.shared_year_gaps().fullmatch(low, prev_exp.end, exp.start) is not None


def _year_before_an_aside(low: str, exp, year_exp, year_res: resolver.Resolution) -> resolver.Resolution | None:
    """The year ``year_exp`` when an aside with no date set off by commas right after it leads to ``exp``, maybe
    through a preposition (see _compose)."""
    if not set(year_exp.parts) <= {"year", "det"} or _compared_with(low, year_exp.start):
        return None
    aside = _ASIDE.match(low, year_exp.end)
    if aside is None or aside.end() > exp.start or lexicon.coordinated_clause().match(low, aside.end() - 1):
        return None
    return year_res if _at_most_a_preposition(low, aside.end(), exp.start) else None


def _year_restated_after(low: str, exp, nxt_exp, nxt_res: resolver.Resolution) -> int | None:
    """The year of the date with a year of its own right after ``exp`` and a comma, maybe through a preposition
    ("Two years later, in August 2022")."""
    period, gap = nxt_res.period, low[exp.end:nxt_exp.start].strip()
    if "year" not in nxt_exp.parts or period is None or period.first().year != period.last().year \
            or not gap.startswith(","):
        return None
    return period.first().year if _at_most_a_preposition(low, low.index(",", exp.end) + 1, nxt_exp.start) else None


def _at_most_a_preposition(low: str, start: int, end: int) -> bool:
    """Does low[start:end] hold no word but maybe the preposition of the date at ``end`` ("in" of ", in August
    2022")?"""
    between = low[start:end].split()
    return not between or (len(between) == 1 and finder.after_preposition(low, end))


def _a_whole_year(parts: dict, res: resolver.Resolution) -> bool:
    """Do the parts name a whole year, calendar or fiscal ("2026", "fiscal 2026", "the current financial year", "this
    year")?  A sum or rate "for" a fiscal year under way is planned or foreseen as one "for" a calendar year is ("has
    budgeted A$160 million for the 2026 financial year", in February), and one "for this year" as one for 2026 is."""
    return set(parts) == {"year"} or parts == _THIS_YEAR or (res.period is not None and res.period.gran == "FY")


# The parts of "this year".
_THIS_YEAR = {"unit": "Y", "shift": 0}


def _a_move_priced_now_before(low: str, start: int) -> bool:
    """Does a move a market prices in now, not one it was pricing ("options imply a move of 11% either way after "),
    open the clause that reaches ``start``?"""
    priced = lexicon.priced_move_before().search(low, max(0, start - _PRICED_MOVE_REACH), start)
    return priced is not None and not _kind_just_before(low, "passive", priced.start(), _TIED_WORDS_REACH)


def _owns_a_subject_s_object(low: str, exp: finder.Expression) -> bool:
    """Is the date, in the possessive, the owner of the object of a preposition after the words that open its clause
    ("Closing on this week's bonds is scheduled for March 26")?  The clause looks ahead to its subject, not to the
    thing the date owns (tense.tsv kind subject_object)."""
    return _POSSESSIVE_S.match(low, exp.end) is not None and lexicon.subject_object_before().search(
        low, max(0, exp.start - _SUBJECT_OBJECT_REACH), exp.start) is not None


# How far before a date the words opening its clause and their preposition are looked for ("Settlement of ").
_SUBJECT_OBJECT_REACH = 32
# A possessive "'s" right after a date, before the noun it owns.
_POSSESSIVE_S = re.compile(r"['\u2019]s\s")


# How far before a quarter or half a copula of the future may start (tense.tsv future_copula: "is expected to be ").
_FUTURE_COPULA_REACH = 20
# Punctuation right after a complement that closes its clause there ("is the spring.", "is the spring,").
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.,;:!?\"\u201d\u2019)\u2014]|\Z)")


def _kind_just_before(low: str, kind: str, start: int, reach: int) -> bool:
    """Does a word of tense.tsv kind ``kind`` end right before ``start``, starting at most ``reach`` characters
    before it?"""
    return lexicon.kind_right_before(kind).search(low, max(0, start - reach), start) is not None


def _compared_with(low: str, start: int) -> bool:
    """Is the date at ``start`` the base of a comparison, maybe after its preposition ("one more than in 2024")?
    A base never gives its year to the day told before it ("With Thanksgiving falling on Nov. 27, shoppers have
    27 days until Christmas, one more than in 2024"), nor becomes the story's year, also told whole ("sold more
    than in the whole of 2024. JD.com sold notes in the spring", in July 2025: this spring)."""
    whole = lexicon.kind_right_before("whole_year").search(low, max(0, start - _TIED_WORDS_REACH), start)
    start = _with_its_preposition(low, whole.start() if whole is not None else start)
    return lexicon.comparison_before().search(low, max(0, start - _WORD_BEFORE_REACH), start) is not None


def _with_its_preposition(low: str, start: int) -> int:
    """Where the date at ``start`` begins with the preposition right before it, if any ("in 2024" of "than in
    2024"): the words that make it a base stand before that preposition."""
    if not finder.after_preposition(low, start):
        return start
    # (back over the spaces before the date, not a copy of the text up to it: read once for each date)
    end = start
    while end and low[end - 1].isspace():
        end -= 1
    return end - len(_word_before(low, start))


def _off_the_timeline(res: resolver.Resolution) -> resolver.Resolution:
    """A counted stretch kept as its TimeML duration only."""
    return res._replace(when="", first_day=None, last_day=None, precision="", on_calendar=False)


# A possessive right before a date makes the date qualify the noun after it, like a determiner: "0.8% of Meituan's
# 2024 domestic revenue. Meituan said it had paid the penalty in full on March 3" tells no story of 2024.
_AFTER_A_POSSESSIVE = re.compile(r"['\u2019]s\s+\Z")
# The article before a year that names an occasion by it ("The 2024 festival"), or before a weekday ("on the Friday":
# _Reading._weekday_of_the_days_told; "the Tuesday before it": _Reading._weekdays_counted_from_it), and the word after
# such a year that makes the year its qualifier (not "2024, ..." nor "2024's").
_THE_BEFORE = re.compile(r"(?<![a-z])the\s+\Z")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# What may stand before a name at the head of its sentence as its subject: quotes, and a possessive name
# ("Alibaba Group's").
_HEADS_AS_SUBJECT = re.compile(r"[\W_]*(?:(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*(?:'|\u2019)s\s+)?")
# A title is a short first line; the years it names are four digits standing alone ("China tech's 2025 in ten moments").
_TITLE_LENGTH = 200
_TITLE_YEAR = re.compile(r"(?<![\d.,$])((?:19|20)\d\d)(?![\d%])")
# A first line with no closing punctuation, set apart by a blank line: the headline.
_HEADLINE = re.compile(r"([^\n]{1,200}(?<![.!?:\"'\u201d]))[ \t]*\n[ \t]*\n")


def _numeric_order_told(expressions) -> str:
    """The order of all-digit dates that the text tells by a date only one order reads ("23/11/2025" is day first, so
    its "02/09/2025" is 2 September), as the locale a manifest would give; "" when none tells it, or they disagree."""
    orders = {"en-GB" if first > 12 else "en-US"
              for first, second in (e.parts["numeric"] for e in expressions if "numeric" in e.parts)
              if (first > 12) != (second > 12)}
    return orders.pop() if len(orders) == 1 else ""


def _short_head(line: str) -> bool:
    """Is ``line`` short enough to head a section: a few words, or a few more after a list's number, which marks a
    heading by itself ("5. No number for the year")?"""
    numbered = _LIST_NUMBER.match(line)
    if numbered is None:
        return len(line.split()) <= _HEAD_WORDS
    return len(line[numbered.end():].split()) <= _NUMBERED_HEAD_WORDS


def _a_quarter_named_by_its_month(exp: finder.Expression) -> bool:
    """Is ``exp`` a quarter named by the month that closes it ("December quarter"), not by its number ("Q2")?"""
    return exp.rule == "month_quarter"


def _headline_quarters_read_as_their_body(mentions: list[DateMention],
                                          told_after: list[tuple[int, int]]) -> list[DateMention]:
    """A headline's quarter or half is the one the body first names by the same number, read as the body reads it
    once the story has told its calendar ("1Q profit up 38%" over "the first quarter ended Sept 30, 2025" is July to
    September 2025).  Read only after the whole story, it is no period the body's "the quarter" refers back to."""
    if not told_after:
        return mentions
    at = {mention.start: index for index, mention in enumerate(mentions)}
    for headline, body in told_after:
        told = mentions[at[headline]] if headline in at else None
        read = next((mention for mention in mentions if mention.start <= body < mention.end), None)
        if told is None or told.on_calendar or read is None or not read.on_calendar:
            continue
        timexes = tuple(_record(TimeML, {**timex.__dict__, "type": read.timex_type, "value": read.timex_value,
                                         "mod": read.mod}) for timex in told.timexes)
        mentions[at[headline]] = _record(DateMention, {**read.__dict__, "start": told.start, "end": told.end,
                                                       "text": told.text, "timexes": timexes})
    return mentions


def _the_part_of_the_year_named(parts: dict) -> tuple[str, int] | None:
    """The quarter or half ``parts`` names by its number, ("Q", 3) for "Q3" or "the third quarter of fiscal 2026";
    None for one counted from another ("the same quarter a year earlier", "last quarter") or named by no number."""
    if not parts.keys().isdisjoint(("shift", "yearshift", "direction", "count", "anaphoric")):
        return None
    if "quarter" in parts:
        return "Q", parts["quarter"]
    if "half" in parts:
        return "H", parts["half"]
    if parts.get("unit") in ("Q", "H") and "ordinal" in parts:
        return parts["unit"], parts["ordinal"]
    return None


def _a_part_of_the_year_alone(parts: dict) -> bool:
    """A quarter or half without its year ("Q2", "second-quarter", "H1")."""
    return ("quarter" in parts or "half" in parts or (parts.get("unit") in ("Q", "H") and "ordinal" in parts)) \
        and parts.keys().isdisjoint((*_YEAR_TOLD_PARTS, "fiscal"))


def _a_year_closing_off_december(parts: dict, closing: dict) -> bool:
    """Is ``parts`` the year under way ("the current year", "this year") and ``closing`` the month, or its last day,
    other than December, in which a clause after it says that year closes ("the current year, which closes on March
    31", "the current year, which ends in March 2027", "the current year to March 2026")?  That year is a fiscal one,
    whether or not the text called it so."""
    month, day = closing.get("month"), closing.get("day")
    return parts.get("unit") == "Y" and not parts.get("shift") and parts.keys() <= _THE_YEAR_UNDER_WAY \
        and month is not None and month != 12 \
        and (day is None or day == resolver.Period("M", 2001, month).last().day)


# The parts of "the year", "the current year", "this year".
_THE_YEAR_UNDER_WAY = frozenset(("unit", "det", "shift", "deictic", "mod", "approx"))


# Connectors (connectors.tsv kinds) after which a date bounds a stretch or a deadline, no day a report came out on
# ("their lowest close since January", "by March").
_BOUNDS_THAT_DATE_NO_REPORT = frozenset(("open", "bound", "deadline", "ahead"))
# What a report's day is told by in its sentence: a day, a week or a month (not a year, which a quarter is part of).
_GRANS_A_REPORT_IS_DATED_BY = frozenset(("D", "W", "M"))


def _a_calendar_quarter_without_its_year(parts: dict) -> bool:
    """A quarter named by its number or its last month alone, of the calendar ("fourth-quarter results", "the
    December-quarter report"), not of a fiscal year."""
    return ("quarter" in parts and parts.keys().isdisjoint(_YEAR_TOLD_PARTS) or _a_quarter_alone(parts)) \
        and not parts.get("fiscal")


def _a_fiscal_year_alone(parts: dict) -> bool:
    """A fiscal year named by its noun alone, with no year nor count ("its financial year")."""
    return parts.get("unit") == "Y" and bool(parts.get("fiscal")) \
        and parts.keys() <= {"unit", "fiscal", "fiscal_end", "det"}


# The parts of a day named without its year, maybe placed in the story's year ("in_story").
_A_DAY_IN_THE_STORY = frozenset(("month", "day", "in_story"))


def _ends_the_quarter(day: dt.date, last_day: dt.date) -> bool:
    """May ``day``, told as the day a quarter ended, be the end of the quarter whose last calendar day is
    ``last_day`` (within _QUARTER_END_SLACK_DAYS of it)?"""
    return abs((day - last_day).days) <= _QUARTER_END_SLACK_DAYS


def _a_quarter_by_its_number(parts: dict) -> bool:
    """A quarter named by its number and no year, maybe a fiscal one ("the fourth quarter", "its fiscal fourth
    quarter")."""
    return parts.get("unit") == "Q" and "ordinal" in parts and parts.keys().isdisjoint(_YEAR_TOLD_PARTS) \
        and not parts.get("year_of")


def _a_quarter_alone(parts: dict) -> bool:
    """A quarter named by its number alone ("fourth-quarter earnings", "the third quarter")."""
    return parts.get("unit") == "Q" and resolver.part_of_a_year_alone(parts)


@functools.lru_cache(maxsize=1)
def _listing_between() -> re.Pattern:
    """A listing word of day_lists.tsv (those that list anywhere) between two days: "on May 6 and June 17"."""
    return re.compile(rf",?\s+(?:{finder.listing_words()})\s+")


def _two_months_alone(first: dict, last: dict) -> bool:
    """Two months, with no day, named without a year ("from January through the end of May")?"""
    return _a_day_or_month_alone(first) and _a_day_or_month_alone(last) and "day" not in first and "day" not in last


def _a_day_or_month_alone(parts: dict) -> bool:
    """A month, or a day of a month, named without its year ("in March", "on March 3")."""
    return "month" in parts and "numeric" not in parts and parts.keys().isdisjoint(
        ("year", "year_of", "shift", "weekday", "hour"))


# The months of a quarter.
_MONTHS_IN_A_QUARTER = 3
# The most days back a weekday awaited in a past clause may be the one gone ("rose ahead of its results on Wednesday",
# on a Friday): further back, a market report of the day of writing may await next week's as well.
_JUST_GONE_DAYS = 2
# The most days a weekday named in a day's entry may fall after that day (more, and it is the one before it).
_HALF_A_WEEK = 3
# What closes a phrase right after its last word ("the day after the vote, when ...", "a week before the runoff.").
_PHRASE_CLOSED = re.compile(r"\s*(?:[,.;:!?)\u2014]|\Z)")
# A figure ending right before a word ("3% from"), and how far back it is looked for (characters).
_FIGURE_CLOSING = re.compile(r"[\d%]\s*\Z")
_FIGURE_CLOSING_REACH = 4
# How far back a percentage in words ending right before a word is looked for ("4 per cent from"; characters).
_PERCENT_BEFORE_REACH = 24
# A comma between a date and the phrase in apposition to it ("2035, the year by which"), or the comma that closes an
# aside the date ends ("shares, at $179.90 on Friday, to"; matched, not fullmatched).
_APPOSITION = re.compile(r"\s*,\s*")
# How many days before a day a holiday in apposition to it may fall and still restate it (its weekend, its week).
_RESTATED_HOLIDAY_DAYS = 7
# How many words the noun of a split year may take before the comma of a span restating its months ("of the 2025/26
# marketing year, from September to April": see _split_year_opened_by_its_months).
_NOUN_OF_A_SPLIT_YEAR_WORDS = 2
# How far before a season "after" and the words that tell what it was like are looked for ("after a hot, dry summer":
# see _after_a_season_just_gone); and how long ago the latest such season may have ended to be the one meant.
_AFTER_A_SEASON_REACH = 48
_SEASON_JUST_GONE_DAYS = 45
# How long ago a month told after "after", a happening and "in" may have ended to be the one meant (see
# _after_a_season_just_gone): about two months, as a month a thing was done before is read within two months.
_MONTH_JUST_GONE_DAYS = 62
# A comma and "after" or "before" (and an article) between a day and a holiday: see _holiday_beside_a_day.
_HOLIDAY_BESIDE_A_DAY = re.compile(r"\s*,\s*(after|before)\s+(?:the\s+)?")
# How far before a day the verb that tells it as the first day of a happening may start (characters: "opened on",
# event_openings.tsv).
_OPENING_REACH = 20
# How far before a counted day its present copula may start (characters: "today is ").
_NOW_COPULA_REACH = 16
# How far before a day the verb that tells it as the last day of a happening may start (characters: "ended a
# three-week meeting in Jamaica's capital on", event_closings.tsv).
_CLOSING_REACH = 80
# A day set off after a count of days, by a comma and at most a preposition: "a week later, on October 16".
_COUNT_IN_APPOSITION = re.compile(r"\s*,\s*(?:[a-z]+\s+)?")


@functools.cache
def count_set_off_after_a_day() -> re.Pattern:
    """A comma after a day, maybe a word of degree (figure_side_clauses.tsv opens=count_degree: "On Feb. 24, just four
    days after"), up to a count of days set off after it; any other word opens a clause of its own ("on Feb. 20, and
    four days later, its shares fell")."""
    words = "|".join(r["words"] for r in load_table("figure_side_clauses.tsv") if r["opens"] == "count_degree")
    words = words.replace(" ", r"\s+")
    return re.compile(rf"(?i)\s*,\s*(?:(?:{words})\s+)?")


# The rest of a clause after its day, up to the comma that sets off what follows it: "on Wednesday published a rule
# tightening checks on contract chipmakers, two days after unveiling its framework" (no other break between, but for
# a comma right after the day: "died on April 21, Easter Monday, at his residence, a day after he had made", and one
# aside on the clause: "approved the merger on Monday by 5-2, one vote more than it needed, a week after the board").
# A full stop before a number ends an abbreviation, no sentence ("on Sunday set Dec. 28 as the date of the vote"),
# but after any other word it ends the sentence ("flooded on Monday. 40 miners were rescued": no clause of Monday's);
# the clause is closed by a comma, or (``set_off`` false) by no comma before a count that only a timetable of the past
# after it may place.
@functools.lru_cache(maxsize=2)
def _clause_of_the_day(set_off: bool = True) -> re.Pattern:
    abbreviated = "|".join(rf"(?<=\b{re.escape(word)})" for word in sorted(abbreviations_going_on_before_a_number()))
    # the cheap look-ahead first: the abbreviations' look-behinds would otherwise be tried at every character the
    # repeat gives back when the clause does not end in a comma
    inner = rf"(?:[^,;:()\"\n.]|\.(?=\S)|(?=\.\s+\d)(?:{abbreviated})\.)"
    return re.compile(rf"(?:,\s*)?{inner}{{0,120}}(?:,\s*{inner}{{1,80}})?" + (r",\s*" if set_off else r"\s"))


def _a_day_alone(parts: dict) -> bool:
    """A day of the month named without its month ("on the 11th")."""
    return "day" in parts and parts.keys().isdisjoint(("month", "year", "year_of", "shift", "weekday", "hour"))


def _a_daypart_of_the_day_told(parts: dict, article_too: bool = False) -> bool:
    """A part of the day the story last told, with no day of its own ("by mid-morning"), or with only an article
    (``article_too``: "by the afternoon"; "the same night" names the night of a day ahead that the text told)."""
    return parts.get("anaphoric") is True and "daypart" in parts \
        and parts.keys() <= {"daypart", "shift", "anaphoric", "mod"} | ({"det"} if article_too else set())


def _the_evening_alone(parts: dict) -> bool:
    """The evening named without its day, of the day the story told ("until the evening", "that evening"), TimeML's
    TEV."""
    return parts.get("daypart") == _EVENING and parts.keys() <= {"daypart", "det", "shift", "anaphoric"} \
        and not parts.get("shift")


# TimeML's part of the day for the evening (day_parts.tsv).
_EVENING = "TEV"


def _a_daypart_alone(parts: dict) -> bool:
    """A part of the day named without its day ("by midday", "in the morning")."""
    return "daypart" in parts and parts.keys().isdisjoint(("day", "weekday", "month", "year", "shift", "deictic"))


def _a_month_alone(parts: dict) -> bool:
    """A month named without its day or year, maybe with its part ("July", "mid-July")."""
    return "month" in parts and parts.keys() <= {"month", "mod", "det"}


def _a_weekday_alone(parts: dict) -> bool:
    return "weekday" in parts and "day" not in parts and "shift" not in parts


def _a_weekday_shifted(parts: dict) -> bool:
    """A weekday placed by its week alone ("next Wednesday", "last Friday", "this Monday")."""
    return "weekday" in parts and "day" not in parts and "shift" in parts \
        and not parts.keys() & {"week_shift", "anaphoric"}


def _word_before(low: str, start: int) -> str:
    words = low[max(0, start - 12):start].split()
    return words[-1] if words and low[start - 1:start].isspace() else ""


@functools.lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(word for word, (role, _) in lexicon.prefix_words().items() if role == "det")


_ONE_WORD_GAP = re.compile(r"\s+[a-z]+\s+")


def _history_years_back(parts: dict, anchor: dt.date, low: str, end: int) -> int:
    """How many years before ``anchor`` an entry of a list of this day in past years opened by ``parts`` is: a year
    alone ("In 1805,"), or a count of years back before the entry's colon ("Ten years ago:"); 0 for neither."""
    if parts.keys() == {"year"} and parts["year"] < anchor.year:
        return anchor.year - parts["year"]
    if _years_ago(parts) and low.startswith(":", end):
        return parts["count"]
    return 0


def _its_day_years_back(anchor: dt.date) -> int:
    """The day of the month of ``anchor`` in a year counted back, which may have no Feb. 29."""
    return min(anchor.day, 28) if anchor.month == 2 else anchor.day


def _years_ago(parts: dict, direction: str = "ago") -> bool:
    """"five years ago", "a year ago"; with ``direction`` "earlier", a count of years back from a time of the story
    ("a year earlier", "two years earlier")."""
    return parts.get("unit") == "Y" and parts.get("direction") == direction and isinstance(parts.get("count"), int) \
        and parts.keys() <= {"unit", "direction", "count", "plural"}


def _this_month_or_day(parts: dict) -> bool:
    """"this month", "this week", "today"."""
    return (parts.get("unit") in ("M", "W") and parts.get("shift") == 0 and parts.keys() <= {"unit", "shift"}) \
        or parts == {"ref_type": "DATE", "ref_value": "D+0"}


def _owned_by_a_name(text: str, at: int) -> bool:
    """Does a capitalised name with an owner's 's stand right before ``at`` ("JD.com's third-quarter revenue")?"""
    return _OWNER_NAME.search(text[max(0, at - 40):at]) is not None


# A capitalised name with an owner's 's, ending the text searched.
_OWNER_NAME = re.compile(r"(?<![\w.&-])[A-Z][\w.&-]*['\u2019]s\s+$")


def _a_change_ahead_to(low: str, exp: finder.Expression, following: finder.Expression) -> bool:
    """Is a year told up to a month without its year ("the year to August") the stretch a change foretold happens in
    ("warned that its sales volumes would fall in the year to August", in January: to the coming August), not one
    whose results a report will give, which may have ended ("plans to report results for the year to March")?"""
    return exp.parts.get("unit") == "Y" and "month" in following.parts and "day" not in following.parts \
        and low.startswith(" to ", exp.end) \
        and not any(_kind_just_before(low, kind, exp.start, _NOUN_FOR_REACH) for kind in _KINDS_OF_A_REPORT)


# The words of tense.tsv that tell a stretch is a report's: its results are told of, whether or not it has ended.
_KINDS_OF_A_REPORT = ("results_for", "report_verb")


def _ended_by_the_writing(following: finder.Expression, end: resolver.Resolution | None, anchor: dt.date | None,
                          reference, locale: str) -> resolver.Resolution | None:
    """The day a stretch told as over ended on ("the quarter ended Oct. 31"), never still to come when the text was
    written: a day named without its year that a past clause would read as a coming one (within weeks, see
    resolver._by_tense) is the year before's ("a loss in the second quarter ended Oct. 31", written on Oct. 27, 1989:
    1988-10-31), since a stretch still running is told as "ending"."""
    if end is None or anchor is None or end.precision != "day" or end.first_day is None or end.first_day <= anchor \
            or not _lacks_year(following.parts):
        return end
    return resolver.resolve(dict(following.parts, year=end.first_day.year - 1), anchor, "past", reference, locale) \
        or end


# A possessive right before a number, maybe after a currency sign or code: "the December quarter's 61,700 tonnes".
_POSSESSIVE_FIGURE = re.compile(r"['\u2019]s\s+[^\s\d]{0,4}\d")

# The marks that open an item of a bulleted list ("- A new play, in the spring"): see _in_the_split_year_ahead.
_LIST_MARKS = tuple(mark + " " for mark in BULLETS + LIST_DASHES)


def _the_calendar_quarter_or_half_closed(ended: resolver.Resolution | None,
                                         resolution: resolver.Resolution) -> resolver.Period | None:
    """The calendar quarter or half that the day a quarter or half was named with closes, ``ended`` being the stretch
    that day ends ("its fourth quarter ended Sept. 30": 2025-Q3); None when it closes none."""
    if resolution.period is None or resolution.period.gran not in ("Q", "H") or ended is None or ended.period is None:
        return None
    return ended.period if ended.period.gran == resolution.period.gran else None


def _weekday_nearest(day: dt.date, weekday: int) -> dt.date:
    """The date of the ISO ``weekday`` nearest ``day`` (at most three days either way)."""
    return day + dt.timedelta(days=(weekday - day.isoweekday() + 3) % 7 - 3)


# How many days before a holiday the season named after it is under way ("the Christmas season" from about the end of
# November).
_HOLIDAY_SEASON_DAYS = 31


def _lacks_year(parts: dict) -> bool:
    return ("month" in parts or "season" in parts or "holiday" in parts) and "year" not in parts \
        and "year_of" not in parts and "shift" not in parts


# The parts two coordinated dates may share besides the year (shared_years.tsv): periods by name, counted in a year.
_SHARING_PARTS = frozenset(("month", "day", "quarter", "half", "season", "unit", "det", "ordinal"))
_SHARING_UNITS = (None, "Q", "H")


def _of_one_kind(parts: set, next_parts: set) -> bool:
    """Are two coordinated dates, their years left out, of one kind, as shared_years.tsv needs: the same parts, or a
    month and then a day of a month ("a payment in March and a pay rise from 1 July 2026": both of 2026)?  An article
    before the first governs the second too ("in the spring and summer of 2020": both of 2020)."""
    return next_parts == parts or next_parts == parts - {"det"} \
        or (parts == {"month"} and next_parts == {"month", "day"})


def _shared_year(low: str, exp, nxt_exp, nxt_res) -> resolver.Resolution | None:
    """The date right after ``exp`` when it names the year ``exp`` lacks and is of the same kind, coordinated with it
    (shared_years.tsv): "in March and April 2024", "the second quarter and 7% in the third quarter of 2024", "in
    March and April last year"."""
    parts = {k for k in exp.parts if k != "in_story"}
    if "year" in parts or not parts <= _SHARING_PARTS or exp.parts.get("unit") not in _SHARING_UNITS \
            or not ({k for k in nxt_exp.parts if k != "in_story"} - parts) & {"year", "year_of"} \
            or not _of_one_kind(parts, {k for k in nxt_exp.parts if k not in ("in_story", "year", "year_of")}) \
            or not nxt_res.on_calendar or nxt_res.period is None \
            or not lexicon.shared_year_gaps().fullmatch(low, exp.end, nxt_exp.start):
        return None
    both = _with_year_of(exp, nxt_res, None, "", same_gran=False)
    if both is None or both.first_day is None or both.first_day > nxt_res.first_day:
        return None     # ("in December and January 2026" may cross the turn of the year)
    return nxt_res


# The words of a noun after a date up to the comma that opens an aside on it ("2024/25 marketing year, which").
_NOUN_BEFORE_AN_ASIDE = re.compile(r"[a-z' -]{0,30}?,\s+")

# How far before a year the word opening its side clause may start (characters).
_SIDE_OPENER_REACH = 24

# The periods of a story a word of sequels.tsv moves on from (a year is too wide: "In 2019 ..., then in March" is
# that year's March).
_SEQUEL_GRANS = ("D", "W", "M", "S", "Q", "H")

# The periods whose figures a company reports once they have ended, so that the day their report was told in
# the same sentence comes after them.
_REPORTED_GRANS = ("Q", "H")


def _sequel_between(low: str, start: int, end: int) -> bool:
    """Does a word of sequels.tsv stand between ``start`` and ``end`` (the reference and the date after it)?"""
    return lexicon.sequel_words().search(low, start, end) is not None


def _year_scattered_after(low: str, exp, year_entry) -> bool:
    """Is ``year_entry`` (a resolved entry) the year named later in the sentence of ``exp`` that it takes
    (connectors.tsv kind scatter: "the Lunar New Year holiday in 2025")?"""
    year_exp, year_res, _, year_befores = year_entry
    return "scatter" in year_befores and set(year_exp.parts) <= {"year", "det"} and year_res.on_calendar \
        and year_exp.start - exp.end <= _SCATTER_REACH and not _SCATTER_STOP.search(low, exp.end, year_exp.start) \
        and not finder.in_a_side_clause(low, year_exp.start, (exp.end, year_exp.start))


def _weekday_before_its_holiday(low: str, holiday_entry, anchor,
                                year_entry=None) -> tuple[int, resolver.Resolution] | None:
    """(where its words start, the day) when the holiday of ``holiday_entry``, read as one day, is told after "the
    (last) <weekday> before": that weekday in the seven days before the holiday ("the last Saturday before
    Christmas", 2025: Dec. 20).  The holiday is read in the tense of its clause alone: the weekday read before it
    as the nearest one is no day it comes after; a year its sentence names after it (``year_entry``, "in 2023") is
    its year."""
    exp, res, tense = holiday_entry[:3]
    if "holiday" not in exp.parts or not _a_calendar_day(res):
        return None
    told = finder.weekday_told_before_a_holiday(low, exp.start)
    if told is None:
        return None
    if _lacks_year(exp.parts):
        res = (year_entry is not None and _with_year_of(exp, year_entry[1], anchor, tense)) \
            or resolver.resolve(exp.parts, anchor, tense, None) or res
        if not _a_calendar_day(res):
            return None
    start, weekday = told
    day = res.first_day - dt.timedelta(days=(res.first_day.isoweekday() - weekday - 1) % 7 + 1)
    placed = resolver.resolve_day(day, anchor)
    return None if placed is None else (start, placed)


def _a_stretch_restating_the_day_before(low: str, day_entry, exp, res, anchor) -> bool:
    """Is ``exp``, a stretch up to a day ("the week before the Independence Day holiday"), set off by a comma right
    after the day of ``day_entry``, a day that falls in it?  Then it restates that day ("June 20, the week before
    ..."), as "Dec. 20, the Saturday before Christmas" does."""
    day_exp, day_res = day_entry[0], day_entry[1]
    if day_res.period is None or day_res.period.gran != "D" or day_res.first_day is None \
            or _COMMA_THEN_SPACE.fullmatch(low, day_exp.end, exp.start) is None:
        return False
    whole = resolver.ended_stretch(exp.parts, res, anchor)
    return whole is not None and whole.first_day is not None and whole.last_day is not None \
        and whole.first_day <= day_res.first_day <= whole.last_day


def _a_weekday_placed_before_its_holiday(low: str, day_entry, holiday_entry, connectors) -> bool:
    """Is ``day_entry`` a day told with its weekday ("Dec. 20, the Saturday") whose weekday the words right after it
    place before the holiday of ``holiday_entry`` (connectors.tsv count_before), that holiday falling in the week
    after the day?"""
    exp, res = day_entry[0], day_entry[1]
    nxt_exp, nxt_res = holiday_entry[0], holiday_entry[1]
    if not ("weekday" in exp.parts and "day" in exp.parts and "holiday" in nxt_exp.parts) \
            or res.period is None or res.period.gran != "D" or nxt_res.period is None or nxt_res.period.gran != "D" \
            or connectors.count_before.fullmatch(low, exp.end, nxt_exp.start) is None:
        return False
    return 0 < (nxt_res.first_day - res.first_day).days <= 7


def _offset_day(low: str, exp, nxt_exp, nxt_res, anchor) -> resolver.Resolution | None:
    """The day ``exp``, a count of days or weeks, places before or after the day named right after it (offsets.tsv):
    "a day before the Lunar New Year holiday in 2025", "three days after March 3"."""
    counted_from = _day_an_offset_counts_from(low, exp, nxt_exp, nxt_res, anchor)
    return None if counted_from is None else resolver.day_counted_from(exp.parts, *counted_from, anchor)


# A word right after a day a determiner opens, the noun of the happening it dates ("the June 7 derailment").
_DAY_OF_A_NOUN = re.compile(r"\s+[a-z]")


@functools.lru_cache(maxsize=None)
def _noun_on_a_day() -> re.Pattern:
    """A noun after a determiner (tense.tsv kind determiner) dated by the day right after it ("caused the derailment
    on June 7", "a derailment on June 7"), ending where the day starts."""
    determiners = lexicon.trie_regex(lexicon.words_of_kinds("determiner"))
    return re.compile(rf"(?<![a-z])(?:{determiners})\s+[a-z-]+\s+on\s+\Z")


# How far before a day a noun it dates may start.
_NOUN_ON_A_DAY_REACH = 40


def _day_of_a_happening_its_count_back_precedes(text: str, low: str, resolved: list, i: int,
                                                 clauses: finder.Clauses) -> dt.date | None:
    """The day of the happening the count of days or weeks "earlier" at ``resolved[i]``, told in the past perfect
    in a sentence that names no day before it, counts back from: the first day after it in its sentence that
    dates the noun after a determiner right after it, "the June 7 derailment", or right before it, "a derailment on
    June 7"."""
    exp = resolved[i][0]
    parts = exp.parts
    if parts.get("direction") != "earlier" or not isinstance(parts.get("count"), int) \
            or not resolver.counts_days(parts) or parts.keys() - {"unit", "count", "plural", "direction"}:
        return None
    s_lo, s_hi = clauses.sentence(exp.start, exp.end, None)
    if any(s_lo <= done[0].start < exp.start for done in resolved[:i]) \
            or "pluperfect" not in finder.clause_tenses(text, low, exp.start, exp.end, None, clauses):
        return None
    for later, res, *_ in resolved[i + 1:]:
        if later.start >= s_hi:
            return None
        if res.on_calendar and res.period is not None and res.period.gran == "D" and "day" in later.parts \
                and (lexicon.determiner_before().search(low, max(0, later.start - lexicon.DETERMINER_REACH),
                                                        later.start) and _DAY_OF_A_NOUN.match(low, later.end)
                     or _noun_on_a_day().search(low, max(0, later.start - _NOUN_ON_A_DAY_REACH), later.start)):
            return res.first_day
    return None


# The word that counts, right after a count of days before or after a named happening ("two days before").
_COUNTING_WORD = re.compile(r"\s+[a-z]+")
# How many words at least stand between a count and the day after it when they name a happening ("before the vote
# on"; "before Friday" names none).
_HAPPENING_WORDS = 4


def _a_happening_named_between(low: str, exp, nxt_exp) -> bool:
    """Does a happening stand named between the count ``exp`` and the day ``nxt_exp`` it counts from ("two days
    before the first World Day for Glaciers on Friday"), not only the word that counts ("two days before Friday")?"""
    return len(low[exp.end:nxt_exp.start].split()) >= _HAPPENING_WORDS


def _day_an_offset_counts_from(low: str, exp, nxt_exp, nxt_res, anchor) -> tuple[dt.date, int] | None:
    """The day the count ``exp`` counts from, the one named right after it (see _offset_day), and the direction it
    counts in (offsets.tsv sign)."""
    if not _days_counted(low, exp) or not nxt_res.on_calendar or nxt_res.period is None or nxt_res.period.gran != "D":
        return None     # (a word that qualifies the unit counts other days: "Eight trading days after Oct. 12")
    for between, sign, unless, unless_after in lexicon.day_offsets():
        if between.fullmatch(low, exp.end, nxt_exp.start) \
                and (exp.parts == _THE_ONE_DAY
                     or unless.search(low, max(0, exp.start - _WORD_BEFORE_REACH), exp.start) is None) \
                and unless_after.match(low, nxt_exp.end) is None:
            return _day_counted_back_from(exp, nxt_exp, nxt_res, sign, anchor), sign
    return None


def _day_counted_back_from(exp, nxt_exp, nxt_res, sign: int, anchor) -> dt.date:
    """The day a count back starts from: the day named without its year, read as gone (``nxt_res``), unless the coming
    one is near enough that the day counted back from it has come ("reached five days before Christmas", written
    Dec. 21, is Dec. 20 of that year, not of the year before; "released two days before Friday", written on a
    Wednesday, is that day: the past tense is the release's, not the Friday's)."""
    day = nxt_res.first_day
    weekday = _a_weekday_alone(nxt_exp.parts)
    if sign > 0 or anchor is None or day >= anchor or not (weekday or _lacks_year(nxt_exp.parts)):
        return day
    if weekday:
        coming_day = day + dt.timedelta(days=7)
    else:
        coming = resolver.resolve(dict(nxt_exp.parts, year=day.year + 1), anchor, "", None)
        if coming is None or coming.first_day is None or coming.period is None or coming.period.gran != "D":
            return day
        coming_day = coming.first_day
    counted = resolver.day_counted_from(exp.parts, coming_day, sign, anchor)
    return coming_day if counted is not None and counted.first_day is not None \
        and counted.first_day <= anchor < coming_day else day


def _event_counted_to_a_day(low: str, day_exp, day_res, exp, anchor, next_start: int, next_res,
                            told: resolver.Resolution, mod: str) -> tuple[int, resolver.Resolution] | None:
    """Where the word counting ``exp`` (a count of days set off by a comma after the day ``day_exp`` or the rest of its
    clause) ends, and the day of the happening it counts to, which names no day of its own (offsets.tsv): ", a day
    after rival Warner Bros. claimed the slot" after "late Tuesday" is the Monday (a date right after the word, at
    ``next_start``, is the one counted from: "a day before the Lunar New Year holiday"); a count of months, rough or
    not, may also be set off after a month ("in August 2024, three months after workers ... rejected the union" is
    May).  A count of hours or minutes counts from ``told``, the time of that day ("at 10:24 p.m., about two hours
    after the House passed it" is 20:24 that day).  The caller has found the count set off after the day's clause
    (_a_clause_of_the_day_before_its_count)."""
    if day_res.period is None or not day_res.on_calendar or day_res.first_day is None \
            or not (day_res.period.gran == "D" or (day_res.period.gran == "M" and not day_res.mod
                                                   and _months_counted(low, exp) and exp.parts["unit"] == "M")
                    or _years_counted_from_a_month_or_year(low, day_exp, day_res, exp)) \
            or not (_days_counted(low, exp) or _months_counted(low, exp) or _hours_counted(exp.parts)) \
            or (_months_counted(low, exp) and finder.said_right_before(low, day_exp.start)):
        # a count of months after the day of a verb of saying tells how long ago what is reported came about, which
        # may lie weeks before the saying and so in another month ("said on Thursday that a third man had been
        # charged, four months after the raid"; "have until March 6 to agree, the mediator said on Tuesday, more
        # than three months after an election"); a count of days is told from that day ("said Tuesday that the
        # slick had been contained, 12 days after the vessel went down")
        return None
    return _count_to_the_happening(low, day_res, exp, anchor, next_start, next_res, told, mod)


def _years_counted_from_a_month_or_year(low: str, day_exp, day_res, exp) -> bool:
    """Is ``exp`` a count of years set off after a month or a year told alone (``day_exp``, ``day_res``) in the clause
    it dates?  It reaches the month or the year that many years back, as a count of months from a month does: "died in
    1989, two years after she arrived on loan" places the arrival in 1987, "from February, almost a year after it
    switched off its region" in February of the year before.  (A count of years is as rough as the month or the year
    it is told from.)  Not after a month or year that opens its sentence: the count set off after it restates that
    time before the clause it dates ("In 2016, a year after starting the company, he ran it from a flat" is 2016)."""
    if day_res.period.gran not in ("M", "Y") or day_res.mod or not _months_counted(low, exp) \
            or exp.parts["unit"] != "Y":
        return False
    return not _opens_a_sentence(low, finder.preposition_start(low, day_exp.start))


def _a_clause_of_the_day_before_its_count(low: str, day_exp, exp) -> bool:
    """Is the count ``exp`` set off by a comma after the clause of the day ``day_exp``, or, with no comma, before a
    clause told as a timetable of the past ("fell on Nov. 3, 2020, after the exchange suspended the offering two days
    before trading was due to begin" is Nov. 5, where "rose on Nov. 3, 2020, ahead of a vote two days before the
    deadline" counts to nothing told)?  The date of a chronology's entry is the day of the clause its colon opens
    ("- Sept 2023: Tongyi Qianwen is opened to the public, a month after Alibaba open-sourced a smaller version" is
    August 2023)."""
    if _clause_of_the_day().fullmatch(low, _past_an_entry_colon(low, day_exp), exp.start):
        return True
    return _clause_of_the_day(set_off=False).fullmatch(low, day_exp.end, exp.start) is not None \
        and any((word := between.match(low, exp.end)) is not None
                and lexicon.scheduled_clause_after().match(low, word.end()) is not None
                for between, _, _, _ in lexicon.day_offsets())


_ENTRY_COLON = re.compile(r"[ \t]*:[ \t]+")


def _past_an_entry_colon(low: str, day_exp) -> int:
    """Where the clause of the date ``day_exp`` starts: past the colon of the entry it opens, else at its end."""
    colon = _ENTRY_COLON.match(low, day_exp.end)
    return colon.end() if colon is not None and opens_an_entry(low, day_exp.start, day_exp.end) else day_exp.end


def _month_of_a_happening_years_counted_after(low: str, resolved: list, i: int, anchor: dt.date | None,
                                              clauses: finder.Clauses) -> resolver.Resolution | None:
    """The month of the happening a count of years at ``resolved[i]`` is told after, when that month, named without
    its year, qualifies the happening's noun right after the count (connectors.tsv years_after: "five years after a
    February storm left millions in the dark", on Jan. 23, 2026, is February 2021).  The count is rough, so the month
    is the one nearest the day it reaches back to from its clause's day; a month read by tense alone would be the one
    to come, or this year's.  A time its sentence names before the count, a day or a longer one (its middle), is the
    clause's ("will be reviewed in 2027, five years after a June law" is June 2022); with none, a clause that looks
    ahead counts to a time it does not tell ("The ban will end three years after the July vote"): no month placed."""
    exp, res = resolved[i][0], resolved[i][1]
    month_exp = resolved[i + 1][0]
    if anchor is None or res.timex_type != "DURATION" or exp.parts.get("unit") != "Y" \
            or not isinstance(exp.parts.get("count"), int) or not _a_month_alone(month_exp.parts) \
            or "mod" in month_exp.parts or _connectors().years_after.fullmatch(low, exp.end, month_exp.start) is None \
            or _A_NOUN_AFTER.match(low, month_exp.end) is None:
        return None
    sentence_start = clauses.sentence(exp.start, exp.end)[0]
    told = next((r for e, r, *_ in reversed(resolved[:i]) if e.start >= sentence_start and r.on_calendar
                 and r.period is not None and r.first_day is not None and r.last_day is not None), None)
    if told is None and resolved[i + 1][2] == "future":
        return None
    day = anchor if told is None else told.first_day + (told.last_day - told.first_day) // 2
    reached = resolver.Period.of("D", day).shifted(-exp.parts["count"], "Y").first()
    month = month_exp.parts["month"]
    year = min((reached.year - 1, reached.year, reached.year + 1),
               key=lambda y: abs((dt.date(y, month, 15) - reached).days))
    return resolver.resolve({"month": month, "year": year}, anchor, "past", None)


# (a letter right after the month: it qualifies the noun of the happening, "a February storm", no time alone)
_A_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _event_counted_to_the_clause_s_day(low: str, resolved: list, i: int,
                                      anchor: dt.date | None) -> tuple[int, resolver.Resolution] | None:
    """_event_counted_to_a_day for the count ``resolved[i]``, from the day of the clause it is set off after: the
    time right before it, unless that is a year the clause's words name or a day still to come that a happening told
    in the past cannot follow ("on Sunday set Dec. 28 as the date of the first election since the 2021 coup, two
    weeks after voters approved a new constitution" counts from the Sunday)."""
    exp, res = resolved[i][0], resolved[i][1]
    next_start = resolved[i + 1][0].start if i + 1 < len(resolved) else len(low)
    next_res = resolved[i + 1][1] if i + 1 < len(resolved) else None
    for at in range(i - 1, -1, -1):
        day_exp, day_res = resolved[at][0], resolved[at][1]
        if not _a_clause_of_the_day_before_its_count(low, day_exp, exp):
            return None
        event = _event_counted_to_a_day(low, day_exp, day_res, exp, anchor, next_start, next_res,
                                        _clock_of_its_day(resolved, at), res.mod)
        if event is None and day_res.period is not None and day_res.period.gran == "Y":
            continue
        if event is not None and anchor is not None and event[1].first_day is not None \
                and event[1].first_day > anchor and _a_past_clause_at(low, event[0]):
            continue
        return event
    return None


def _a_past_clause_at(low: str, at: int) -> bool:
    """Does a clause told in the past (lexicon.past_clause_after) open at ``at``, past its spaces?"""
    return lexicon.past_clause_after().match(low, _SPACES.match(low, at).end()) is not None


_SPACES = re.compile(r"\s*")


def _event_counted_to_a_day_told_before(low: str, resolved: list, i: int, anchor, clauses: finder.Clauses,
                                        next_start: int, next_res) -> tuple[int, resolver.Resolution] | None:
    """Where the word counting ``resolved[i]`` (a count of days after a verb of tense.tsv kind came_counted, in a
    sentence naming no time before it) ends, and the day of the happening it counts to, from the last day told in an
    earlier sentence of its paragraph or of the one before: "The bank cut rates on Tuesday. The move came two days
    after inflation data surprised investors" is the Sunday."""
    exp = resolved[i][0]
    # (a count only set off by a comma may tell of a state, not of the happening the day told dated: "Shares fell on
    # Wednesday. Investors were cautious about the new chip rules, two days after the framework was unveiled")
    if anchor is None or not _days_counted(low, exp) \
            or not _kind_just_before(low, "came_counted", exp.start, _WORD_BEFORE_REACH):
        return None
    sentence_start = clauses.sentence(exp.start, exp.end)[0]
    own = _day_of_the_verb_the_happening_names(low, resolved, i, anchor, clauses, sentence_start)
    if own is not None:
        # "The court ruled late on Wednesday ... / Shares fell on Thursday. / The ruling came a day after": the ruling
        # came on the day its verb was told with, not on the last day told
        return _count_to_the_happening(low, own, exp, anchor, next_start, next_res, own, resolved[i][1].mod)
    for at in range(i - 1, -1, -1):
        told, told_res = resolved[at][0], resolved[at][1]
        if told.end > sentence_start:
            return None     # (a time of its own sentence is the one counted from, or says it is not the story's)
        # (only lines of the paragraph before may stand between: a day further back is another part of the story)
        if sum(1 for line in low[told.end:exp.start].split("\n") if line.strip()) > 2:
            return None
        if "open" in resolved[at][3]:
            continue    # (where a stretch still running began, "their biggest gain since 14 August", is no happening)
        if told_res.on_calendar and told_res.period is not None and told_res.period.gran == "D" \
                and told_res.first_day is not None:
            if told_res.first_day > anchor:
                return None     # (a day still to come is a plan, no happening that came)
            return _count_to_the_happening(low, told_res, exp, anchor, next_start, next_res, told_res,
                                           resolved[i][1].mod)
    return None


def _day_of_the_verb_the_happening_names(low: str, resolved: list, i: int, anchor, clauses: finder.Clauses,
                                         sentence_start: int) -> resolver.Resolution | None:
    """The day gone told, in an earlier sentence of the last paragraphs, with the verb in the past whose noun is
    the subject that "came" before the count ``resolved[i]`` ("The court ruled late on Wednesday" for "The ruling
    came a day after"); None when no such verb dates one."""
    subject = lexicon.subject_of_came().search(low, max(sentence_start, resolved[i][0].start - _SUBJECT_REACH),
                                               resolved[i][0].start)
    if subject is None or anchor is None:
        return None
    noun = subject.group(1)
    for at in range(i - 1, -1, -1):
        told, told_res = resolved[at][0], resolved[at][1]
        if told.end > sentence_start:
            continue
        if sum(1 for line in low[told.end:sentence_start].split("\n") if line.strip()) > _PARAGRAPHS_TO_ITS_VERB:
            return None
        if not (told_res.on_calendar and told_res.period is not None and told_res.period.gran == "D"
                and told_res.first_day is not None and told_res.first_day <= anchor):
            continue
        lo, _ = clauses.sentence(told.start, told.end)
        if any(noun.startswith(verb.group(1)) for verb in lexicon.verb_in_the_past().finditer(low, lo, told.start)):
            return told_res
    return None


# How far before the count the subject of the verb it "came" with may begin (characters).
_SUBJECT_REACH = 30
# How many lines (paragraphs) before its own sentence the day of the verb a happening's noun names may be told.
_PARAGRAPHS_TO_ITS_VERB = 4


def _a_period_reported(res) -> bool:
    """Is ``res`` a quarter or half, which right after a count's word tells what results were of, not when the
    happening came ("came a day after Klarvik reported fourth-quarter results" counts from the day told before)?"""
    return res is not None and res.period is not None and res.period.gran in ("Q", "H")


def _count_to_the_happening(low: str, day_res, exp, anchor, next_start: int, next_res,
                            told: resolver.Resolution, mod: str) -> tuple[int, resolver.Resolution] | None:
    """Where the word counting ``exp`` from the day ``day_res`` ends, and the day of the happening the clause after
    that word tells, when it names no day of its own (see _event_counted_to_a_day)."""
    for between, sign, unless, _ in lexicon.day_offsets():
        word = between.match(low, exp.end)
        # (only a count after: "a week before the decision", "two weeks ahead of schedule" set off after a day are
        # asides on a time to come that may be none, and the day before them stays the clause's; a count before a
        # clause told as a timetable, "two days before trading was due to begin", places the day it was set for, and
        # one before a clause told in the past, "a week before the BoI approved tax incentives", a day that came; a
        # short clause may end the sentence before the next date: ", two days after the architect died. On Monday")
        if word is not None and (sign > 0 or lexicon.scheduled_clause_after().match(low, word.end())
                                 or lexicon.past_clause_after().match(low, word.end())) \
                and (next_start - word.end() > _WORD_BEFORE_REACH or next_start >= len(low.rstrip())
                     or _CLAUSE_MARK_OUTSIDE_A_PLACE.search(low, word.end(), next_start)
                     or _a_period_reported(next_res)) \
                and unless.search(low, max(0, exp.start - _WORD_BEFORE_REACH), exp.start) is None:
            if next_res is not None and next_res.period is not None \
                    and next_res.period.gran in (("D", "M", "Y") if exp.parts.get("unit") == "Y" else ("D", "M")) \
                    and not _CLAUSE_MARK_OUTSIDE_A_PLACE.search(low, word.end(), next_start):
                return None     # the happening tells its own day or month, which makes its row ("three weeks
                                # after it first showed the device at a developer event in Hangzhou on Nov. 6"); a
                                # count of years, its own year too ("six years after the suit was filed in 2019")
            counted = resolver.time_counted_from(exp.parts, told, -sign, anchor, mod) \
                if resolver.counts_clock_time(exp.parts) \
                else resolver.day_counted_from(exp.parts, day_res.first_day, -sign, anchor) if _days_counted(low, exp) \
                else resolver.counted_from_event(exp.parts, resolver.Period.of(
                    # (a count told exact is no rough length: "reopened on May 2, 2024, exactly three years after the
                    # flood" reaches May 2, 2021)
                    "D" if _told_exact(exp.parts) and day_res.period.gran == "D"
                    else "Y" if day_res.period.gran == "Y" else "M",
                    day_res.first_day), -sign, anchor)
            return (word.end() - len(word.group()) + len(word.group().rstrip()), counted) if counted else None
    return None


def _clock_of_its_day(resolved: list, at: int) -> resolver.Resolution:
    """The time told at ``at``, or the clock time told with it when it is a day ("at 6:07 p.m. on Thursday" tells
    the time of that Thursday): what a count of hours counts from."""
    told = resolved[at][1]
    if at > 0 and told.timex_type == "DATE" and resolved[at - 1][1].timex_type == "TIME" \
            and resolved[at - 1][1].period == told.period:
        return resolved[at - 1][1]
    return told


def _hours_counted(parts: dict) -> bool:
    """Is ``parts`` a count of hours, which may reach another day ("at 6:07 p.m. on Thursday, little more than 24
    hours after")?  A count of minutes set off after a clock time tells a moment beside it, no day of its own ("at
    11.43pm, three minutes after the ship rolled")."""
    return resolver.counts_clock_time(parts) and parts["unit"] == "h"


def _a_half_or_quarter_alone(parts: dict) -> bool:
    """Are ``parts`` a half or quarter told by its number alone ("first half", "the third quarter")?"""
    return parts.get("unit") in ("Q", "H") and "ordinal" in parts and parts.keys() <= {"unit", "ordinal", "det"}


# The parts of a day counted on or back from the day told: "the next day", "the day before", "two days later".
_DAY_COUNTED_FROM_THE_ONE_TOLD = frozenset(("unit", "det", "shift", "anaphoric", "direction", "count", "plural"))


def _placed_by_a_day_counted_from_the_one_told(low: str, exp, following) -> bool:
    """Does ``following``, right after ``exp`` with nothing between, name a day, or a part of one, counted on or back
    from the day told ("at 5:28 a.m. the next morning", "the evening before", "at 9 p.m. the next day", "at 6 a.m. two
    days later")?  The clock time is on that day, not on the day told: the count moves the story on first."""
    parts = following.parts
    if low[exp.end:following.start].strip():
        return False
    if parts.keys() == {"daypart", "det", "shift", "anaphoric"}:
        return parts["shift"] in (-1, 1)
    return parts.get("unit") == "D" and parts.keys() <= _DAY_COUNTED_FROM_THE_ONE_TOLD \
        and (parts.get("shift") in (-1, 1) or "direction" in parts)


def _days_counted(low: str, exp) -> bool:
    """Is ``exp`` a plain count of days or weeks ("a day", "three weeks"), no stretch qualified by a word of its own
    ("Eight trading days")?"""
    # (a count told exact is no rougher: "exactly two weeks after" counts)
    exact = _told_exact(exp.parts)
    return resolver.counts_days(exp.parts) and "count" in exp.parts \
        and set(exp.parts) - ({"approx"} if exact else set()) <= {"unit", "count", "plural", "det"} \
        and isinstance(exp.parts["count"], int) and len(low[exp.start:exp.end].split()) == 2 + exact


# How many days after the day a story told last the season it goes on in may begin (a season's length).
_NEXT_SEASON_DAYS = 92


def _in_the_next_paragraph(text: str, told_end: int, start: int) -> bool:
    """Does ``start`` stand in the paragraph right after the one that ends at ``told_end`` (one line break between,
    blank lines aside)?"""
    gap = text[told_end:start]
    first_break = gap.find("\n")
    return first_break != -1 and "\n" not in gap[first_break:].lstrip("\n")


def _in_the_weeks_after(told: resolver.Period, parts: dict) -> bool:
    """Does the day ``parts`` names without its year, read in the year of the day ``told``, fall in the weeks after it
    (a story goes on from that day)?"""
    try:
        day = dt.date(told.last().year, parts["month"], parts["day"])
    except (TypeError, ValueError):
        return False
    return 0 < (day - told.last()).days <= _NARRATIVE_REACH_DAYS


def _told_exact(parts: dict) -> bool:
    """Is the count told exact ("exactly three years"): an approx word of prefixes.tsv with no TimeML mod?"""
    return parts.get("approx") == ""


def _months_counted(low: str, exp) -> bool:
    """Is ``exp`` a plain count of months or years ("a month", "two years"), which counts from a day only to a month,
    as a month counted is a rough length ("on Aug. 2, a month after Labour took office" is July), so that a word
    making it rougher still changes nothing ("more than four months after")?"""
    words = len(low[exp.start:exp.end].split())
    return exp.parts.get("unit") in _MONTH_UNITS and isinstance(exp.parts.get("count"), int) \
        and set(exp.parts) <= {"unit", "count", "plural", "det", "approx"} \
        and (words == 2 or ("approx" in exp.parts and 2 < words <= 4))


# A count in these units reaches from a day only to a month: their length in days is rough.
_MONTH_UNITS = ("M", "Y")


def _counted_to(low: str, start: int, end: int) -> bool:
    """Do the words from ``start`` to ``end`` count days before or after the day at ``end`` (offsets.tsv)?"""
    return any(between.fullmatch(low, start, end) for between, _, _, _ in lexicon.day_offsets())


# A comma or point that ends a phrase, a space after it (not one inside a number, "18.2 billion", nor a name,
# "JD.com"), or any other stop of a clause.
_PHRASE_STOP = re.compile(r"[;:!?\n()]|[,.](?=\s)")


def _counted_on_from_a_side_clause(low: str, told_end: int, count_start: int, clauses: finder.Clauses) -> bool:
    """Does a count at ``count_start`` go on from the side clause whose date ends at ``told_end``: in that clause, in
    a phrase coordinated with it with no verb of its own ("which traded at 88.5 cents on 9 May 2022, the day of the
    default, and at 61.2 cents two weeks later"), or in the next sentence, when the side clause closed its own ("since
    Tencent was ordered to pay 7.4 billion yuan in March 2022. JD.com was fined 1.1 billion yuan four months
    later", also when a participle after a comma carries the side clause on to its sentence's end: "the 2022 trial,
    which was stopped in November of that year, sending the shares down 71%. It cut half its staff the following
    month" is December 2022).  Not in the clause the side clause hangs on ("the company, which reported on May 2, cut
    its outlook the day before")."""
    stops = [stop for stop in _PHRASE_STOP.finditer(low, told_end, count_start)
             if not (stop.group() == "," and finder.opens_a_present_participle(low, stop.end()))]
    if not stops:
        return True
    if stops[0].group() in ".!?":
        return len(stops) == 1
    phrase = stops[-1].end()
    return stops[-1].group() == "," and lexicon.coordinator_word().match(low, phrase + 1) is not None \
        and low[phrase:phrase + 1].isspace() and not clauses.markers(phrase, count_start)


def _last_before(exp, later: resolver.Resolution, anchor, tense) -> resolver.Resolution | None:
    """The old time of a delay, named without its year, is the last such one before the new time it was put off to
    ("the first call for bids was delayed from October to the spring", in February: last October)."""
    if later.first_day is None:
        return None
    for year in (later.first_day.year, later.first_day.year - 1):
        old = resolver.resolve({**exp.parts, "year": year}, anchor, tense, None)
        if old is not None and old.first_day is not None and old.first_day < later.first_day:
            return old
    return None


def _the_span_s_end_told_again_after(resolved: list, index: int, before: resolver.Resolution,
                                     moved: resolver.Resolution, anchor, clauses: finder.Clauses) -> None:
    """A span's last day without its year, moved on a year so that the span runs forward, moves with it the same day
    named again right after it in the sentence without a year, a holiday on it too, no other time between: that day was
    read off the span's end before the move ("bookings between Dec. 31 and Jan. 7 are strong, with guests staying on
    for the Orthodox Christmas on Jan. 7", in November: both Jan. 7 of the coming year)."""
    day = before.first_day
    if day is None or day != before.last_day or moved.first_day is None:
        return
    shift = moved.first_day.year - day.year
    _, sentence_end = clauses.sentence(resolved[index][0].start, resolved[index][0].end)
    for entry in resolved[index + 1:]:
        exp, res = entry[0], entry[1]
        if exp.start >= sentence_end:
            break
        if res.first_day != day or res.last_day != day or not _lacks_year(exp.parts):
            break   # another time told between is read on its own, and so is what comes after it
        entry[1] = resolver.resolve(dict(exp.parts, year=day.year + shift), anchor, entry[2], None) or res


def _a_span_of_months_under_way(exp: finder.Expression, nxt_exp: finder.Expression, nxt_res: resolver.Resolution,
                                anchor) -> resolver.Resolution | None:
    """The last month of a span of months named without years that wraps the day of writing, told in a clause of no
    tense ("Tulips grow in heated greenhouses from November to April", in February: the span under way, up to this
    April), or None.  With no word of the past, what runs through the writing is the stretch going on now, not one a
    year back."""
    if exp.parts.keys() != {"month"} or nxt_exp.parts.keys() != {"month"} or nxt_res.last_day is None:
        return None
    later = resolver.resolve(dict(nxt_exp.parts, year=nxt_res.last_day.year + 1), anchor, "", None)
    return later if later is not None and later.last_day is not None and later.last_day >= anchor else None


def _tense_of_a_span_s_own_clause(text: str, low: str, exp: finder.Expression, nxt_exp: finder.Expression,
                                  clauses: finder.Clauses) -> str:
    """The tense of the clause of the span from ``exp`` to ``nxt_exp``; of the side clause alone when the span stands in
    one a comma closes ("Tulips, which are grown in greenhouses from November to April, fetched 0.21 euros"): the
    main clause's verb after that comma tells what happened, not when the habit the side clause tells runs."""
    window = None
    if finder.in_a_side_clause(low, exp.start):
        s_lo, s_hi = clauses.sentence(exp.start, nxt_exp.end, None)
        close = low.find(",", nxt_exp.end, s_hi)
        if close >= 0:
            window = (s_lo, close)
    return finder.clause_tense(text, low, exp.start, exp.end, window, clauses)


def _a_timetable_of_months_under_way(exp: finder.Expression, nxt_exp: finder.Expression,
                                     nxt_res: resolver.Resolution, anchor) -> bool:
    """Does a span of months named without years, told as a timetable, run through the day of writing when it ends
    in the last month as read ("The ski season runs from November to April", in February: November to this April)?
    A timetable names the nearest such span, and the one under way is nearer than next winter's."""
    return exp.parts.keys() == {"month"} and nxt_exp.parts.keys() == {"month"} and nxt_res.last_day is not None \
        and nxt_res.last_day >= anchor


def _with_year_of(exp, year_res, anchor, tense, same_gran=True):
    if year_res.period is None or (same_gran and year_res.period.gran != "Y"):
        return None
    parts = dict(exp.parts)
    parts["year"] = year_res.period.first().year
    return resolver.resolve(parts, anchor, tense, None)


def _after_midnight(res: resolver.Resolution) -> resolver.Resolution:
    """What came after the midnight that ends a day came on the next day: "declared victory shortly after midnight",
    after "Polls closed at 7:30 p.m. on Tuesday", is early Wednesday (TimeML's T24:00 of Tuesday is Wednesday's
    T00:00)."""
    if res.timex_type != "TIME" or not res.value.endswith(resolver.MIDNIGHT_AFTER) or res.first_day is None:
        return res
    day = res.first_day + dt.timedelta(days=1)
    return res._replace(value=day.isoformat() + resolver.MIDNIGHT_BEFORE, when=day.isoformat(), first_day=day,
                        last_day=day, period=resolver.Period.of("D", day))


def _midnight_opening_its_day(res: resolver.Resolution) -> resolver.Resolution:
    """A midnight placed on a day after "past" or "after" is the one that opens it (TimeML's T00:00 of that day)."""
    if res.timex_type != "TIME" or not res.value.endswith(resolver.MIDNIGHT_AFTER):
        return res
    return res._replace(value=res.value[:-len(resolver.MIDNIGHT_AFTER)] + resolver.MIDNIGHT_BEFORE)


def _with_mod(res: resolver.Resolution, mod: str, future: bool) -> resolver.Resolution:
    return resolver.Resolution(res.timex_type, res.value, res.mod or mod, res.when, res.first_day, res.last_day,
                               res.precision, res.future or future, res.status, res.on_calendar, res.period)


# The words between the two dates of a span are a few at most ("to", "and", "through").
_SPAN_GAP = 30
# How the story places a date is no part of its form: "October through December" is like with like even when
# the second month was read in the year the story tells of.
_STORY_KEYS = {"in_story", "in_order"}


def _form(parts: dict) -> set:
    """The keys that tell what kind of date ``parts`` names.  A year that heads "period" is that year: "its
    2024-2027 period" joins two years, as "2024-2027" does."""
    keys = parts.keys() - _STORY_KEYS
    if parts.get("unit") == "P" and "year" in parts:
        keys -= {"unit"}
    return keys


def _own_reading(rule: str) -> str:
    """A holiday's rule without the readings it has in other texts (holidays.tsv "RULE|OTHER@NAMED"): what the finder
    gives a mention of it, and so what a reading of another holiday that names it must match ("Eid" after
    "Eid-ul-Adha", whose row also reads the Gulf's day)."""
    return rule.partition("|")[0]


def _span_form(parts: dict) -> set:
    """_form, where a day at a time of day is a day: "Nov. 10, 8 p.m., to Nov. 11, midnight" spans two days."""
    keys = _form(parts)
    return keys - _CLOCK_KEYS if "day" in keys else keys


_CLOCK_KEYS = frozenset(("hour", "minute", "second", "daypart", "zone"))


# A comma and the spaces after it: what parts the items of a list, or sets an apposition off right after the time it
# restates ("June 20, the week before ...").
_COMMA_THEN_SPACE = re.compile(r",\s+")
_LIST_AND = re.compile(r",?\s+and\s+")


def _listed_in_a_row(low: str, exps: list) -> int:
    """How many of ``exps``, from the first, are three or more months without a year, or days of a month, in a row,
    listed as "December, January and February" or "3, 4 and 5 March" (no tail of a longer list): 0 when they are
    not.  Such a list names one stretch, as "January and February" does."""
    if low[max(0, exps[0].start - 2):exps[0].start].strip() == "," \
            or not all(_form(e.parts) == {"month"} or _a_day_of_a_month(e.parts) for e in exps[:3]):
        return 0        # (the tail of a longer list)
    for n, (a, b) in enumerate(zip(exps, exps[1:]), start=2):
        if not _in_a_row(a.parts, b.parts) or _form(a.parts) != _form(b.parts):
            return 0
        if _LIST_AND.fullmatch(low, a.end, b.start) is not None:
            return n if n >= 3 else 0
        if _COMMA_THEN_SPACE.fullmatch(low, a.end, b.start) is None:
            return 0
    return 0


# The most items a list of months or days in a row is read as one stretch across ("1, 2, 3, 4, 5 and 6 May").
_LONGEST_LIST = 8


def _months_in_a_row(a: dict, b: dict) -> bool:
    """Does ``b`` name the month right after the one ``a`` names ("January and February"), neither with a day?"""
    return "month" in a and "month" in b and "day" not in a and "day" not in b \
        and b["month"] == a["month"] % 12 + 1


def _in_a_row(a: dict, b: dict) -> bool:
    """Does ``b`` name the month or the day right after the one ``a`` names: two months ("January and February"),
    two days of a month ("Nov. 3 and 4", "Nov. 30 and Dec. 1") or two weekdays alone ("Monday and Tuesday")?"""
    if _months_in_a_row(a, b):
        return True
    if _a_weekday_alone(a) and _a_weekday_alone(b):
        return _form(a) == _form(b) == {"weekday"} and b["weekday"] == a["weekday"] % 7 + 1
    if not (_a_day_of_a_month(a) and _a_day_of_a_month(b)) or a.get("year") != b.get("year"):
        return False
    try:
        # (a leap year when none is named, so that "Feb. 28 and 29" are in a row)
        first = dt.date(2024 if a.get("year") is None else a["year"], a["month"], a["day"])
    except ValueError:
        return False
    after = first + dt.timedelta(days=1)
    return (after.month, after.day) == (b["month"], b["day"])


def _a_pair_read_ahead_from_its_first(first: resolver.Resolution, second: resolver.Resolution,
                                      anchor: dt.date | None, looks_ahead: bool) -> resolver.Resolution | None:
    """The day right after ``first``, when the first of two weekdays in a row was read ahead of the day of writing and
    the second before it (a rule of the words before the pair placed the first alone), or as that day itself in a
    sentence that looks ahead to a day after it (``looks_ahead``: "could price as early as Wednesday after investor
    calls on Monday and Tuesday", written on a Monday, is today and tomorrow; "sales on Monday and Tuesday fetched
    $610 million", written on a Monday, stays last week's); else None."""
    if anchor is None or first.first_day is None or second.last_day is None \
            or not (first.first_day > anchor > second.last_day
                    or looks_ahead and first.first_day == anchor > second.last_day):
        return None
    after = first.first_day + dt.timedelta(days=1)
    return resolver.resolve_day(after, anchor)


def _a_day_ahead_in_its_sentence(low: str, resolved: list, i: int, anchor: dt.date | None) -> bool:
    """Does the sentence of ``resolved[i]`` name, besides it and the date right after it, a time read as still to
    come after the day of writing?"""
    if anchor is None:
        return False
    start, end = resolved[i][0].start, resolved[i + 1][0].end
    lo = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start)) + 1
    hi = min((at for at in (low.find(". ", end), low.find("\n", end)) if at >= 0), default=len(low))
    return any(lo <= told.start < hi and k not in (i, i + 1) and read is not None and read.future
               and read.first_day is not None and read.first_day > anchor
               for k, (told, read, *_) in enumerate(resolved))


def _whole_years_in_a_row(a: dict, b: dict) -> bool:
    """Are ``a`` and ``b`` two years, or two decades, in a row, each told whole ("2022 and 2023", "the 1970s and
    1980s")?  A verb of spending time before them (connectors.tsv, a pair row with a `before`) makes them one
    stretch, as two months in a row are; two years a happening is told in stay two ("won the title in 2024 and
    2025"), and so does a second one told only in part, which ends the stretch only roughly ("spent the 1980s and
    early 1990s")."""
    told = a.keys() - {"det"}
    if a.get("mod") or b.get("mod") or told != b.keys() - {"det"} or told not in ({"year"}, {"decade"}):
        return False
    (unit,) = told
    return b[unit] == a[unit] + 1


def _a_day_of_a_month(parts: dict) -> bool:
    """Does ``parts`` name a day by its month and number, maybe with its weekday and year ("Nov. 3", "Monday, Nov.
    3, 2025")?"""
    return _names_month_and_day(parts) and _form(parts) - {"weekday", "year"} == {"month", "day"}


def _a_yearless_day_of_a_month(parts: dict) -> bool:
    """A day named by its month and number alone ("Feb. 14"): like a holiday, a day a habit is told to come round
    before or after each year ("Tax advisers typically work late in the weeks before April 15") is no one year's."""
    return _a_day_of_a_month(parts) and _lacks_year(parts) and "weekday" not in parts


def _names_month_and_day(parts: dict) -> bool:
    """Does ``parts`` give a month and a day of it by their numbers ("Oct. 16")?"""
    return isinstance(parts.get("month"), int) and isinstance(parts.get("day"), int)


@functools.lru_cache(maxsize=1)
def _a_listed_date_before() -> re.Pattern:
    """A date of a list and its comma right before a pair ("January, February and March", "Monday, Tuesday and
    Wednesday", "March 3, 4 and 5", "the 3rd, 4th and 5th"): the pair is the list's last two, no stretch of its own."""
    words = f"{lexicon.word_block('month')}|{lexicon.word_block('weekday')}"
    return re.compile(rf"(?:\d(?:st|nd|rd|th)?|(?<![a-z])(?:{words})\.?)\s*,\s*\Z")


@functools.lru_cache(maxsize=1)
def _day_parts_after() -> re.Pattern:
    """Parts of the day in the plural right after a date: "Thursday and Friday evenings" (day_parts.tsv)."""
    return re.compile(rf"\s+(?:{lexicon.trie_regex(lexicon.day_parts())})s\b")


def _span_row(low, a, b, befores, rows, spans) -> int | None:
    if b.start - a.end > _SPAN_GAP or "moved" in befores:
        return None     # (a move from one date to another names two times, not the stretch between them)
    if finder.breaks_an_entry(low, a.end, b.start):
        return None     # (a bullet's dash opens the next item, no stretch: "running to 1 December\n- 31 January: ...")
    for index, between in spans:
        row = rows[index]
        if row["before"]:
            if befores.get(row["kind"]) != index:
                continue
            if row["kind"] == "pair" and not (_whole_years_in_a_row(a.parts, b.parts) or (
                    _in_a_row(a.parts, b.parts) and _span_form(a.parts) == _span_form(b.parts))):
                continue    # (after a verb of spending time, "spent 2022 and 2023": two in a row, told alike)
        elif row["kind"] == "pair" and (not _in_a_row(a.parts, b.parts)
                                        or _a_listed_date_before().search(low, max(0, a.start - 24), a.start)
                                        or _day_parts_after().match(low, b.end)):
            continue    # (the last two of a list, "January, February and March", are no pair of their own, nor
            # are two days that qualify parts of the day, each its own: "on Thursday and Friday evenings"; a pair
            # set off by a comma after words that name no date is one: "the first weekend, 19 and 20 July")
        elif _span_form(a.parts) != _span_form(b.parts) \
                and (not (("year" in b.parts or "yy" in b.parts or "year_of" in b.parts) and "month" in a.parts)
                     or "," in low[a.end:b.start]):
            continue        # without "from"/"between", only like with like: "2019 - 2021", "March to May 2024"
            # (across a comma, told alike, year and all: "as of June 30, through March 2027" is no span)
        if between.fullmatch(low, a.end, b.start):
            return index
    return None


def _counted_from_what_follows(low: str, exp: finder.Expression) -> bool:
    """Is ``exp`` a period told by a time named right after it, not by the text's date: "the last full week of
    trading before the Thanksgiving holiday" (the final one before it), "in the decade before the pandemic", "the
    week after the election"?"""
    parts = exp.parts
    if not parts.get("det") or "count" in parts:
        return False
    if parts.get("shift") == -1:
        kinds = ("final_before",)
    elif parts.keys() == {"unit", "det"}:
        kinds = ("part_of", "final_before")
    else:
        return False
    return _kind_after(low, exp.end) in kinds


def _counted_from_a_happening(low: str, exp: finder.Expression) -> bool:
    """Is the count of units ``exp`` counted from what its words after it name ("within 30 days of completion",
    "within 30 days of a filing"), not from the text's date?"""
    return _kind_after(low, exp.end) in ("part_of", "counted_from", "stretch_ended")


def _kind_after(low: str, end: int) -> str | None:
    """The kind of the first connector row whose `after` starts right at ``end``, if any."""
    connectors = _connectors()
    after = _after_row(low, end, connectors.rows, connectors.afters)
    return None if after is None else connectors.rows[after]["kind"]


def _after_row(low, end, rows, afters) -> int | None:
    """The first connector row whose `after` starts right at ``end``."""
    m = afters.match(low, end)
    return int(m.lastgroup[1:]) if m else None


def _a_record_s_time_an_aside_tells(low: str, start: int, end: int) -> bool:
    """Is the stretch opening at ``start`` ("since") the one a record runs over, its owned superlative a few words
    before it, with an aside right after its date (ending at ``end``) that tells of that time ("its highest close since
    November 2020, when regulators halted the listing")?  The record leaves the date a row only for what the aside
    tells, so the row is that time itself, not the stretch from it to now."""
    return lexicon.record_aside_after().match(low, end) is not None \
        and lexicon.owned_record_before().search(low, max(0, start - _RECORD_SINCE_REACH), start) is not None


# How far before "since" (characters) a record's superlative is read ("its steepest one-day drop since").
_RECORD_SINCE_REACH = 50


def _connector_start(low: str, start: int, before: str) -> int:
    hit = _before_pattern(before).search(low, start)
    return hit[0] if hit else start


@functools.lru_cache(maxsize=None)
def _before_pattern(before: str) -> finder.Before:
    return finder.Before(before, "a-z")


# "then" of "since then" (deictic.tsv): a row of the table, but TimeML tags no bare anaphor of a time.
_ANAPHOR = "REF"

# The periods a happening may be dated by, for counts of days and weeks and for counts of months and years
# (a month or a season told places "the weeks before" a happening as far as it tells: "killed ... last fall")
_EVENT_REFERENCE_GRANS = {"D": ("D",), "M": ("D", "M"), "vague": ("D", "M", "S")}
# How far, with no clause break between, a date may stand from the word of the happening it dates
_EVENT_DATE_REACH = 80
# How far before a day "that began on" may open.
_PERIOD_BEGAN_REACH = 24
# How far before a happening's word "before the", "ahead of its" may open (event_anchors.tsv).
_AROUND_THE_HAPPENING_REACH = 24
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
# What stands between a date and the quoted term a filing defines in brackets right after it ("(the "AGM")").
_DEFINED_TERM = re.compile(r"\s*\(\s*(?:the\s+)?[\"\u201c]")


def _counted_from_the_story(parts: dict) -> bool:
    """Are ``parts`` a count back or on with no date of its own ("a year earlier")?  It tells no day of a happening
    named before it ("shipped 2.4 million bottles in the run-up to Christmas, up 6% from a year earlier")."""
    return parts.get("direction") in ("earlier", "later") and parts.keys().isdisjoint(("month", "day", "year",
                                                                                       "weekday", "holiday"))


def _dates_the_word(low: str, told, word: re.Match) -> bool:
    """Does the date ``told`` date the happening ``word`` names, in its clause near it ("grounded on a sandbank at
    03:52 on 23/11/2025"; not "within 120 days of the rule's publication, and ... until June 30")?"""
    lo, hi = (word.end(), told.start) if word.end() <= told.start else (told.end, word.start())
    if word.start() >= told.end and _DEFINED_TERM.fullmatch(low, told.end, word.start()):
        return True         # a filing's defined term names the day it follows: "to be held on Sept. 24 (the "AGM")"
    return hi - lo <= _EVENT_DATE_REACH and _CLAUSE_BREAK.search(low, lo, hi) is None \
        and not _qualifies_another_noun(low, told, word)


def _a_time_told_from_it(low: str, told, word: re.Match) -> bool:
    """Is the happening ``word`` names, after the date ``told``, the one a time is told before or after
    (event_anchors.tsv, without a count: "the rate for the night of the match on June 16 rose to $389 from $162 before
    the draw")?  The date places what happened then, not the happening: a later "A month before the draw" counts
    from the day the draw was dated, not from June 16."""
    if word.start() < told.end:
        return False
    lo = max(told.end, word.start() - _AROUND_THE_HAPPENING_REACH)
    hi = min(len(low), word.end() + _AROUND_THE_HAPPENING_REACH)
    return any(sign != 0 and any(m.start("event") == word.start() for m in between.finditer(low, lo, hi))
               for between, sign in lexicon.event_anchors())


def _a_date_nearer_the_word(told, word: re.Match, dated: list) -> bool:
    """Does another of the times ``dated`` stand between ``told`` and the happening's word, so dating it rather
    ("will go to a runoff on Dec. 14 after no candidate won a majority in Sunday's first round": the runoff is
    Dec. 14's, Sunday the first round's)?"""
    lo, hi = (word.end(), told.start) if word.end() <= told.start else (told.end, word.start())
    return any(lo <= other.start and other.end <= hi for other, _ in dated)


def _qualifies_another_noun(low: str, told, word: re.Match) -> bool:
    """Is ``told`` a date between a determiner and a noun other than the happening's word ("The ruling means the map
    will be used in the Nov. 5 election": the election's day, not the ruling's; "the Nov. 2 vote" dates the vote)?"""
    noun = _WORD_AFTER_A_DATE.match(low, told.end)
    if noun is None or noun.start(1) == word.start():
        return False
    return lexicon.determiner_before().search(low, max(0, told.start - _TWO_WORDS_BEFORE_REACH), told.start) \
        is not None


# The word right after a date, which a date between a determiner and it qualifies
_WORD_AFTER_A_DATE = re.compile(r"\s+([a-z][a-z-]+)")


@functools.lru_cache(maxsize=256)
def _words_of_the_happening(word: str, compound: bool = False) -> re.Pattern:
    """The words that name the happening ``word`` names, by its stem and event_endings.tsv ("the grounding":
    "grounded", "grounding"; "the vote": "voted", "votes"), and its kin of event_kin.tsv; a stem left shorter than
    three letters keeps the word.  With ``compound``, also as the end of a longer word ("storm": "hailstorm")."""
    stripped, endings = lexicon.event_endings()
    stem = stripped.sub("", word)
    names = re.escape(stem if len(stem) >= 3 else word)
    if (kin := lexicon.event_kin().get(word)) is not None:
        names = f"{names}|{kin}"    # ("the murder" of one "shot to death on Oct. 23")
    # (a word hyphened to another qualifies a noun and names no happening: "air-accident investigators said")
    return re.compile(rf"(?<![\w-]){'[a-z]*' if compound else ''}(?:{names}){endings}\b(?!-)")


# A figure, maybe with a word or two of its scale, right before a count back: the count is the base of a comparison,
# a date ("up from $48 a day earlier", "from 230,000 a week earlier"), not a gap in a story.
_FIGURE_BEFORE = re.compile(r"\d(?:\d|[.,]\d)*%?(?:\s+[a-z]+){0,2}\s+\Z")
_FIGURE_BEFORE_REACH = 30


@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """``text`` lower-cased once, however many counted gaps its mentions hold (each checked by _timeml)."""
    return text.lower()


def _timeml(text: str, e, r: resolver.Resolution) -> TimeML:
    """The TIMEX3 of piece ``e`` resolved as ``r``; a count of days or hours from another time of the story is
    written as TimeML tags it, the gap without its signal ("Three days later": "Three days", DURATION P3D), while
    the table keeps the day it places; the base of a comparison keeps its date ("up from $48 a day earlier")."""
    start, end, kind, value = e.start, e.end, r.timex_type, r.value
    gap = resolver.gap_between_happenings(e.parts)
    if gap and not _compared_with(low := _lowered(text), e.start) \
            and not _FIGURE_BEFORE.search(low, max(0, start - _FIGURE_BEFORE_REACH), start):
        kind, value = "DURATION", gap
        if (signal := lexicon.gap_signal().search(text, start, end)) is not None:
            end = signal.start()
    return _record(TimeML, {"start": start, "end": end, "text": text[start:end], "type": kind, "value": value,
                            "mod": r.mod})


def _makes_a_half(res: resolver.Resolution, pieces) -> bool:
    """Are ``pieces`` a count of a year's first or last quarters and that year, which together make one of its
    halves ("the first two quarters of 1990")?  TimeML tags that as the half it is, one DATE, as it tags "the
    first half of 1990"; a count that makes no named part ("the first nine months of 1989") keeps its two TIMEX3s."""
    return res.precision == "half" and len(pieces) == 2 and pieces[0][0].parts.get("unit") == "Q" \
        and isinstance(pieces[0][0].parts.get("count"), int)


def _mention(text: str, start: int, end: int, res: resolver.Resolution, pieces) -> DateMention:
    if _makes_a_half(res, pieces):
        timexes = (_record(TimeML, {"start": start, "end": end, "text": text[start:end], "type": "DATE",
                                    "value": res.when, "mod": res.mod}),)
    else:
        timexes = tuple([_timeml(text, e, r) for e, r in pieces if e.parts.get("ref_value") != _ANAPHOR])
    return _record(DateMention, {
        "start": start, "end": end, "text": text[start:end], "timex_type": res.timex_type,
        "timex_value": res.value, "mod": res.mod, "when": res.when, "first_day": res.first_day,
        "last_day": res.last_day, "precision": res.precision, "future": res.future, "status": res.status,
        "on_calendar": res.on_calendar, "timexes": timexes})

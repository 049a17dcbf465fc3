"""Resolving a temporal expression: a pure function of its parts, the anchor (publication) date, the
tense of its clause and the last date the text mentioned.  It reads no text.

``resolve(parts, anchor, tense, reference)`` gives a :class:`Resolution`: the TimeML type, value and
mod, and the table's ``when`` / first day / last day / precision, ``future`` and ``status``.

Conventions (``when`` is what the events table and the shared scorer compare):

=================  ===================  ==============================================
period             ``when``             TimeML value
=================  ===================  ==============================================
day                2020-11-03           2020-11-03 (2020-11-03T17:00 for a clock time)
ISO week           2020-W45             2020-W45 (a weekend: 2020-W45-WE)
month              2020-11              2020-11
quarter / half     2021-Q3 / 2021-H1    same
season             2021-SU              same (SP, SU, FA, WI; winter runs Dec-Feb)
year               2021                 2021
fiscal year        FY2025               2025 (first/last day from fiscal.tsv, or as the text tells them)
decade / century   1990/1999, 1900/1999 199, 19
=================  ===================  ==============================================
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import NamedTuple

from pipeline.dates.lexicon import PAST_TENSES

# Granularity codes, from fine to coarse.  FY = fiscal year, WE = weekend.
_ORDER = {"D": 0, "WE": 1, "W": 1, "M": 2, "S": 3, "Q": 3, "H": 4, "FY": 5, "Y": 5, "E": 6, "C": 7}
# How many months one unit of the text spans, for shifting periods.
UNIT_MONTHS = {"Y": 12, "Q": 3, "H": 6, "M": 1, "E": 120, "C": 1200, "L": 12000}
# How many days one unit of the text spans, for counting days, and how many days a common year has.
_UNIT_DAYS = {"D": 1, "W": 7, "WE": 7, "W2": 14}
DAYS_IN_A_YEAR = 365
# The granularity a unit of the text names.
_UNIT_GRAN = {"Y": "Y", "Q": "Q", "H": "H", "M": "M", "W": "W", "D": "D", "E": "E", "C": "C", "WE": "WE",
              "W2": "W", "L": "C"}
# An expression without tense names the coming period when it starts within this many days.
_SOON_DAYS = 45
# The year the story is on, as "of the year" names it ("the last Friday of the year").
_THE_YEAR = {"unit": "Y", "det": True}
# How close ahead (days) a quarter or half named without its year must begin to be the coming one, not last year's.
_ABOUT_TO_BEGIN_DAYS = 21
# ... and a day named without its year, whatever the tense.
SOON_DAY_DAYS = 60
# From this day of the month on, the next month named without its year is the coming one even in a
# clause about the past.
_LATE_IN_MONTH = 15
# The last working day of the week (isoweekday): markets and offices are shut after it.
_FRIDAY = 5
# A day named without its year while the story tells of a day of a past year is of that year when it falls this many
# days before that day at most (further back, the story has moved on to the next year's).
_STORY_LOOK_BACK_DAYS = 45
# A plan named without its year is not this far ahead when the same day or month has just passed.
_FAR_DAYS = 300
# A plan taken in the past ("agreed to buy ... in February") is for a date coming within this many days (about four
# months: "agreed to buy Brightwater in October", written in May, tells when the deal was struck, not a closing date).
_PLAN_DAYS = 120
# The tenses that look ahead: a forecast, and a plan taken in the past.
AHEAD = ("future", "plan")
# The tense of a time a schedule is moved to ("push the start into the autumn"): ahead, a month or season not yet
# begun, since a move into one under way is told otherwise ("later this month"); no forecast by itself, as a move
# may be told once its new time has come ("were pushed back to the w/c 4 March", written on March 8).
LATER = "later"
# The tense of a count up to now told in a perfect ("had died so far this season"): between seasons, of the season
# under way, as the present is, but counted, so never ahead.
SO_FAR = "so_far"
# How long after a quarter or half ends its results may still be awaited (days).
REPORT_LAG_DAYS = 92
# The last month of its second calendar year by which a year named by two ("2024/25") is over, whatever it is of:
# seasons of sport and schools end by August, fiscal and crop years by September, so from October on it is gone.
_SPLIT_YEAR_OVER_MONTH = 9
# The middle of a quarter, in days before its last day.
_QUARTER_MIDDLE_DAYS = 45
# How far from a month's end a 52/53-week calendar ends its quarters and halves (days).
_WEEK_CALENDAR_SLACK = 6
# A year or month under way for fewer days than this is too young for a clause in the past to tell of it
# ("ended the year as the busiest venue", written on Jan. 1, is the year just ended).
_JUST_OPENED_DAYS = 7
# "six weeks ago" names a week (TimeML keeps the granularity of the unit counted), "a decade ago" a year.
_COUNTED_GRAN = {"E": "Y", "C": "Y"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_CODE = {start: code for code, start in _SEASON_START.items()}
_PRECISION = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half", "S": "season",
              "Y": "year", "FY": "fiscal_year", "E": "decade", "C": "century"}
# TimeML duration letters for each unit; None: expressed through another unit (see _duration_value).
_DURATION = {"Y": "Y", "M": "M", "W": "W", "D": "D", "h": "H", "min": "M", "s": "S"}


class Period(NamedTuple):
    """A stretch of the calendar at one granularity.  ``year`` and ``index`` locate it: index is the
    month (M), quarter (Q), half (H), ISO week (W, WE), season start month (S), fiscal year's last month
    (FY; counted past 12 when it falls in the next calendar year, see _fiscal_last_month); a day keeps its date;
    a decade is year//10, a century year//100 (both in ``year``)."""

    gran: str
    year: int
    index: int = 0
    day: dt.date | None = None

    # -- building
    @staticmethod
    def of(gran: str, date: dt.date) -> "Period":
        return _period_of(gran, date)

    # (the computations below are cached: a text names the same few periods again and again)
    def first(self) -> dt.date:
        return _first(self)

    def last(self) -> dt.date:
        return _last(self)

    def shifted(self, amount: int, unit: str) -> "Period":
        """This period moved by ``amount`` units of the text (keeping its granularity)."""
        return self if amount == 0 else _shifted(self, amount, unit)

    def value(self) -> str:
        return _value(self)

    def when(self) -> str:
        if self.gran == "FY":
            return f"FY{self.year:04d}"
        if self.gran in ("E", "C"):
            return f"{self.first().year:04d}/{self.last().year:04d}"
        return self.value()

    def precision(self) -> str:
        return _PRECISION[self.gran]


_CACHE = 8192


@functools.lru_cache(maxsize=_CACHE)
def _period_of(gran: str, date: dt.date) -> Period:
    if gran == "D":
        return Period("D", date.year, 0, date)
    if gran in ("W", "WE"):
        iso = date.isocalendar()
        return Period(gran, iso[0], iso[1])
    if gran == "M":
        return Period("M", date.year, date.month)
    if gran == "Q":
        return Period("Q", date.year, (date.month - 1) // 3 + 1)
    if gran == "H":
        return Period("H", date.year, 1 if date.month <= 6 else 2)
    if gran == "S":
        start = 12 if date.month == 12 else (date.month // 3) * 3 or 12
        year = date.year - 1 if date.month < 3 else date.year
        return Period("S", year, start)
    if gran == "Y":
        return Period("Y", date.year)
    if gran == "E":
        return Period("E", date.year // 10)
    if gran == "C":
        return Period("C", date.year // 100)
    raise ValueError(f"unknown granularity {gran!r}")


@functools.lru_cache(maxsize=_CACHE)
def _first(self: Period) -> dt.date:
    g = self.gran
    if g == "D":
        return self.day
    if g == "W":
        return dt.date.fromisocalendar(self.year, self.index, 1)
    if g == "WE":
        return dt.date.fromisocalendar(self.year, self.index, 6)
    if g == "M":
        return dt.date(self.year, self.index, 1)
    if g == "Q":
        return dt.date(self.year, 3 * self.index - 2, 1)
    if g == "H":
        return dt.date(self.year, 6 * self.index - 5, 1)
    if g == "S":
        return dt.date(self.year, self.index, 1)
    if g == "Y":
        return dt.date(self.year, 1, 1)
    if g == "FY":
        return _add_months(_fiscal_last_month(self.year, self.index), -11)
    if g == "E":
        return dt.date(max(1, self.year * 10), 1, 1)
    if g == "C":
        return dt.date(max(1, self.year * 100), 1, 1)
    raise ValueError(g)


@functools.lru_cache(maxsize=_CACHE)
def _last(self: Period) -> dt.date:
    g = self.gran
    if g == "D":
        return self.day
    if g == "W":
        return dt.date.fromisocalendar(self.year, self.index, 7)
    if g == "WE":
        return dt.date.fromisocalendar(self.year, self.index, 7)
    if g == "M":
        return _month_end(self.year, self.index)
    if g == "Q":
        return _month_end(self.year, 3 * self.index)
    if g == "H":
        return _month_end(self.year, 6 * self.index)
    if g == "S":
        end = _add_months(dt.date(self.year, self.index, 1), 2)
        return _month_end(end.year, end.month)
    if g == "Y":
        return dt.date(self.year, 12, 31)
    if g == "FY":
        last = _fiscal_last_month(self.year, self.index)
        return _month_end(last.year, last.month)
    if g == "E":
        return dt.date(self.year * 10 + 9, 12, 31)
    if g == "C":
        return dt.date(self.year * 100 + 99, 12, 31)
    raise ValueError(g)


@functools.lru_cache(maxsize=_CACHE)
def _value(self: Period) -> str:
    g = self.gran
    if g == "D":
        return self.day.isoformat()
    if g == "W":
        return f"{self.year:04d}-W{self.index:02d}"
    if g == "WE":
        return f"{self.year:04d}-W{self.index:02d}-WE"
    if g == "M":
        return f"{self.year:04d}-{self.index:02d}"
    if g == "Q":
        return f"{self.year:04d}-Q{self.index}"
    if g == "H":
        return f"{self.year:04d}-H{self.index}"
    if g == "S":
        return f"{self.year:04d}-{_SEASON_CODE[self.index]}"
    if g in ("Y", "FY"):
        return f"{self.year:04d}"
    if g == "E":
        return f"{self.year:03d}"
    if g == "C":
        return f"{self.year:02d}"
    raise ValueError(g)


# A value of one period (a day, an ISO week or its weekend, a month, quarter, half, season or year), as Period.value()
# writes it.
_PERIOD_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-(Q|H)([1-4])|-(SP|SU|FA|WI)|-W(\d\d)(-WE)?)?")


def period_of_value(value: str) -> Period | None:
    """The period a ``value`` names, the inverse of Period.value() for a day, a week or its weekend, a month, a
    quarter, a half, a season and a year; None for any other form (a fiscal year's months are its company's)."""
    found = _PERIOD_VALUE.fullmatch(value)
    if not found:
        return None
    year, month, day, part, nth, season, week, weekend = found.groups()
    year = int(year)
    try:
        if day:
            period = Period("D", year, 0, dt.date(year, int(month), int(day)))
        elif week:
            period = Period("WE" if weekend else "W", year, int(week))
        elif month:
            period = Period("M", year, int(month))
        elif part:
            period = Period(part, year, int(nth))
        elif season:
            period = Period("S", year, _SEASON_START[season])
        else:
            period = Period("Y", year)
        period.first(), period.last()
    except ValueError:
        return None
    return period


@functools.lru_cache(maxsize=_CACHE)
def _shifted(self: Period, amount: int, unit: str) -> Period:
    if unit in UNIT_MONTHS:
        months = amount * UNIT_MONTHS[unit]
        if self.gran in ("E", "C", "FY") or (self.gran == "Y" and months % 12 == 0):
            years = months // 12
            if self.gran == "E":
                return Period("E", self.year + years // 10)
            if self.gran == "C":
                return Period("C", self.year + years // 100)
            return Period(self.gran, self.year + years, self.index)
        if self.gran in ("W", "WE"):
            if months % 12 == 0:
                return Period(self.gran, self.year + months // 12, min(self.index, 52))
            return Period.of(self.gran, _add_months(self.first(), months))
        if self.gran == "D":
            return Period.of("D", _add_months(self.day, months))
        return Period.of(self.gran, _add_months(self.first(), months))
    days = amount * _UNIT_DAYS.get(unit, 1)
    return Period.of(self.gran, self.first() + dt.timedelta(days=days))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _days_in_month(year, month))


def _fiscal_last_month(name: int, fiscal_end: int) -> dt.date:
    """The first day of the last month of the fiscal year named ``name``.  ``fiscal_end`` is that month counted
    from January of the named year: 1-12 for a fiscal year named by the year it ends in, 13-23 for one named by
    the year it starts in (a retailer's "fiscal 2025" that ends on Jan. 31, 2026 has 13)."""
    return _add_months(dt.date(name, 1, 1), fiscal_end - 1)


def fiscal_end_month(fiscal_end: int) -> int:
    """The calendar month (1-12) a fiscal year of ``fiscal_end`` (see _fiscal_last_month) ends in."""
    return (fiscal_end - 1) % 12 + 1


def _fiscal_year_of(day: dt.date, fiscal_end: int) -> int:
    """The name of the fiscal year (ending in ``fiscal_end``, see _fiscal_last_month) that holds ``day``."""
    return day.year + (day.month > fiscal_end_month(fiscal_end)) - (fiscal_end - 1) // 12


def _add_months(date: dt.date, months: int) -> dt.date:
    total = date.year * 12 + date.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(date.day, _days_in_month(year, month)))


class Resolution(NamedTuple):
    """What an expression means, at TimeML level (type, value, mod) and at table level."""

    timex_type: str
    value: str
    mod: str = ""
    when: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    precision: str = ""
    future: bool = False
    status: str = ""
    on_calendar: bool = False
    period: Period | None = None      # the period it names, for later anaphora ("a year earlier")


def _counted_from_edge(reference: Period, sign: int, unit: str) -> dt.date:
    """The day a count goes from when the story's time is coarser than what it counts: decades counted "later" from
    a decade (centuries from a century) leave from its end, as the story has run through it ("spent most of the
    1990s at Investor AB ... Two decades later" is 2019); any other count from its start ("in the 1960s ... Three
    years later" is 1963, "A decade earlier" 1950)."""
    if sign > 0 and reference.gran in ("E", "C") and _UNIT_GRAN.get(unit) == reference.gran:
        return reference.last()
    return reference.first()


def _placed(period: Period, anchor: dt.date | None, mod: str = "", timex_type: str = "DATE",
            value: str | None = None, future: bool = False) -> Resolution:
    """A resolution on the calendar.  ``future`` (a forecast or plan) holds only for a period that has
    not ended before the anchor: "announced plans to step down in 2023" is no forecast in 2025."""
    first, last, own_value, when, precision = _describe(period)
    if anchor is not None:
        future = first > anchor or (future and last >= anchor)
    return Resolution(timex_type, value or own_value, mod, when, first, last, precision, future, "", True, period)


@functools.lru_cache(maxsize=4096)
def _describe(period: Period) -> tuple:
    """(first day, last day, TimeML value, table when, precision) of a period; the same periods come
    back again and again in a text ("the quarter", "a year earlier")."""
    return period.first(), period.last(), period.value(), period.when(), period.precision()


def _vague(value: str, mod: str = "") -> Resolution:
    return Resolution("DATE", value, mod, future=value == "FUTURE_REF",
                      status="" if value == "PRESENT_REF" else "vague")


def _unresolved(timex_type: str = "DATE", mod: str = "", future: bool = False) -> Resolution:
    return Resolution(timex_type, "", mod, future=future, status="unresolved", on_calendar=True)


def _before_christ(parts: dict, mod: str) -> Resolution | None:
    """A year or century BC ("1300 BC": BC1300; "the 14th century BC": BC13, as TimeML writes them).  The table's
    days cannot hold it (the calendar starts at year 1), so it keeps its value as ``when`` and has no first or
    last day."""
    if "year" in parts:
        value, precision = f"BC{parts['year']:04d}", "year"
    elif parts.get("unit") == "C" and "ordinal" in parts:
        value, precision = f"BC{parts['ordinal'] - 1:02d}", "century"
    else:
        return None
    return Resolution("DATE", value, mod, value, precision=precision, on_calendar=True)


# --------------------------------------------------------------------------- the entry point
def resolve(parts: dict, anchor: dt.date | None, tense: str = "", reference: Period | None = None,
            locale: str = "") -> Resolution | None:
    """The meaning of an expression's ``parts`` (see :mod:`pipeline.dates.finder`), written on
    ``anchor`` (None: unknown), in a clause of ``tense`` ('past', 'future' or ''), after the text last
    mentioned ``reference``.  ``locale`` ("en-US", "en-GB" ...) reads all-digit dates.  None: the parts
    name nothing the engine can place or describe.  A date beyond the calendar's range (year 1 to 9999,
    e.g. "two years ago" written in year 1) stays unresolved."""
    try:
        if "end_of" in parts:
            return _a_day_restating_an_end(parts, anchor, tense, reference, locale)
        resolution = _resolve(parts, anchor, tense, reference, locale)
        if parts.get("same_last_year") and _the_period_told_itself(resolution, reference):
            resolution = _resolve(dict(parts, year_of={"unit": "Y", "direction": "earlier", "count": 1}), anchor,
                                  tense, reference, locale)
        if parts.get("described") and not parts.get("hoped_for") and resolution is not None and resolution.future \
                and anchor is not None and resolution.first_day is not None and resolution.last_day is not None \
                and (anchor - resolution.first_day) * 2 > resolution.last_day - resolution.first_day:
            # a month or season told by what it was like, more than half gone, has been lived through, whatever the
            # clause looks ahead to: "hoping Easter will make up for a slow March", on March 28 (not "are bracing for
            # a busy spring", on March 1); one braced or hoped "for" is still what the clause waits for, its rest to
            # come ("bracing for a busy December", on Dec. 20)
            resolution = resolution._replace(future=False)
        return _the_end_of_a_decade_is_its_last_year(resolution, anchor) if parts.get("decade_edge") else resolution
    except (ValueError, OverflowError):
        return _unresolved(mod=parts.get("mod") or parts.get("approx") or "")


def _a_day_restating_an_end(parts: dict, anchor: dt.date | None, tense: str, reference: Period | None,
                            locale: str) -> Resolution | None:
    """The day of "the end of the season on Sept. 30" (the parts' ``end_of``, joins.tsv period_end): that day in the
    period the end alone is read as, when it falls in it later than the day alone reads (in November 2025, a season of
    2026 ends on Sept. 30, 2026, where "by Sept. 30" alone is the deadline just gone); otherwise the day as it reads
    alone (only forward: "the financial year" alone is the calendar's, whose June 30 may be gone while a fiscal year
    ending June 30 still runs)."""
    day_parts = {key: value for key, value in parts.items() if key != "end_of"}
    own = resolve(day_parts, anchor, tense, reference, locale)
    # (the end alone as of the writing: "the financial year" after a sentence on "the year to June 2025" would be
    # that year again, where the day restating its end is a deadline still to meet)
    end = resolve(parts["end_of"], anchor, tense, None, locale)
    if own is None or own.period is None or own.period.gran != "D" or end is None or end.period is None \
            or "year" in day_parts:
        return own
    first, last = end.period.first(), end.period.last()
    for year in {last.year, first.year}:
        try:
            day = dt.date(year, own.first_day.month, own.first_day.day)
        except ValueError:
            continue
        if first <= day <= last and day > own.first_day:
            return resolve(dict(day_parts, year=year), anchor, tense, reference, locale)
    return own


def _the_end_of_a_decade_is_its_last_year(resolution: Resolution | None,
                                          anchor: dt.date | None) -> Resolution | None:
    """"by the end of the decade", in 2025, is 2029 on the table, as the end of a year is that year (the parts'
    ``decade_edge``, prefixes.tsv role edge; "the late 1990s" stays the decade).  TimeML keeps the decade and its
    mod."""
    if resolution is None or resolution.mod != "END" or resolution.period is None or resolution.period.gran != "E":
        return resolution
    last_year = Period("Y", resolution.period.last().year)
    return _placed(last_year, anchor, resolution.mod, resolution.timex_type, resolution.value, resolution.future)


def _resolve(parts: dict, anchor: dt.date | None, tense: str, reference: Period | None,
             locale: str) -> Resolution | None:
    if parts.get("nearest") and anchor is not None:
        # "the new fiscal year": the one just begun or about to begin, whichever start is nearer
        this, coming = ({**parts, "nearest": False, "shift": n} for n in (0, 1))
        this, coming = _resolve(this, anchor, tense, reference, locale), _resolve(coming, anchor, tense, reference,
                                                                                    locale)
        if this is None or coming is None or this.first_day is None or coming.first_day is None:
            return this or coming
        return this if anchor - this.first_day < coming.first_day - anchor else coming
    mod = parts.get("mod") or parts.get("approx") or ""
    moved = tense == LATER
    if moved:
        parts, tense = dict(parts, not_begun=True), "future"
    if "side" in parts:
        tense = "future" if parts["side"] == "future" else "past"
    if parts.get("later_today") and tense != "past":
        # "tonight" (deictic.tsv, later=yes): a time still to come on the day of writing, unless told in the past
        tense = "future"
    forecast = tense in AHEAD and not moved
    if parts.get("era") == "BC":
        return _before_christ(parts, mod)
    if "plan" in parts:
        first, ahead, counted = parts["plan"]
        if anchor is not None and first - anchor.year > ahead:
            # a state's numbered plan that far ahead of the text is another state's: its count of years
            return _resolve(counted, anchor, tense, reference, locale)
        parts = {key: value for key, value in parts.items() if key != "plan"}
    if parts.get("set"):
        return _set(parts)
    if "ref_value" in parts:
        value = parts["ref_value"]
        if value[0] == "D" and value[2:].isdigit() and anchor is not None and ("hour" in parts or "daypart" in parts):
            # "yesterday afternoon", "5 p.m. yesterday": the time told, on the day the word names (D-1)
            return _time(dict(parts, on_day=anchor + dt.timedelta(days=int(value[1:]))), anchor, tense, reference, mod)
        return _deictic(parts, anchor, mod, reference, forecast, told_past=tense == "past",
                        told_so_far=tense == SO_FAR)
    if "unit" in parts:
        return _unit(parts, anchor, tense, reference, mod)
    if "hour" in parts or "daypart" in parts:
        return _time(parts, anchor, tense, reference, mod)
    period = _calendar(parts, anchor, tense, reference, locale)
    if period is None:
        if anchor is None and _needs_anchor(parts):
            return _unresolved(mod=mod, future=forecast)
        return None
    if isinstance(period, Resolution):
        return period
    if parts.get("week_of"):
        period = Period.of("W", period.first())
    resolution = _placed(period, anchor, mod, future=forecast)
    if parts.get("counted"):
        return _counted_back_stretch(parts, period, resolution, anchor, tense, reference, locale)
    if parts.get("south") and period.gran == "S":
        # (TimeML's season codes are the northern ones, so the table tells a southern season by its months; TimeML
        # keeps the northern season of the same months)
        resolution = _span(resolution._replace(period=Period.of("M", period.first())),
                           Period.of("M", period.last()), anchor, resolution.future)._replace(period=period)
    if parts.get("long_weekend") and period.gran == "WE":
        resolution = _long_weekend(parts["holiday"], period, anchor, mod, forecast)
    if "holiday" in parts and period.gran == "D" and not parts.get("holiday_eve") \
            and (end := holiday_end(parts["holiday"], period.day)) is not None:
        # "Golden Week": its days, to come as a day is; one under way is to come only in a forecast, as a month
        # under way is ("crowded malls during Ramadan", written during it, is told as gone)
        last = Period.of("D", end)
        under_way = anchor is not None and period.day <= anchor
        resolution = _span(resolution, last, anchor,
                           forecast and end >= anchor if under_way else _placed(last, anchor, future=forecast).future)
    if ("year2" in parts or "day2" in parts) and not _a_season_across_its_two_years(parts):
        end = _range_end(parts, period)
        resolution = _span(resolution, end, anchor, False if _split_year_over(parts, period, anchor) else None)
    if parts.get("fiscal") and period.gran == "Y":
        # a fiscal year split across two ("fiscal 2025/26") is named by the year it ends in, as "FY24/25" is
        fy = Period("FY", parts.get("year2", period.year), parts.get("fiscal_end", 12))
        # (one split across two keeps the span's reading: a year still running when written is to come, as
        # "2025/2026" was)
        resolution = _placed(fy, anchor, mod, value=fy.value() if "year2" in parts else period.value(),
                             future=forecast or ("year2" in parts and resolution.future))
    return resolution


def _counted_back_stretch(parts: dict, last: Period, resolution: Resolution, anchor, tense, reference,
                          locale) -> Resolution:
    """"The past three Christmases", "the last two summers": the stretch from the one that many back to ``last``,
    the last one gone (read as "last Christmas" is), as "two Christmases ago" counts back; "the next two summers" runs
    on from ``last``, then the next one (read as "next summer" is), to the one that many on, all still to come."""
    if parts.get("shift", -1) > 0:
        end = _calendar({**parts, "shift": parts["counted"]}, anchor, tense, reference, locale)
        if not isinstance(end, Period) or end.first() <= last.first():
            return resolution
        return _span(resolution, end, anchor, True)
    first = _calendar({**parts, "shift": -parts["counted"]}, anchor, tense, reference, locale)
    if not isinstance(first, Period) or first.first() >= last.first():
        return resolution
    return _span(_placed(first, anchor, resolution.mod), last, anchor, False)


def _split_year_over(parts: dict, period: Period, anchor: dt.date | None) -> bool:
    """Is a year named by two in a row ("up from 600,000 tonnes in 2024/25", in October 2025) over by ``anchor``,
    though its second calendar year is not?"""
    return (anchor is not None and period.gran == "Y" and parts.get("year2") == period.year + 1
            and (anchor.year, anchor.month) > (parts["year2"], _SPLIT_YEAR_OVER_MONTH))


def long_gone(last_day: dt.date, anchor: dt.date) -> bool:
    """Did a period that ended on ``last_day`` end more than two months before ``anchor``?  So long gone, it is no
    longer the nearest of its name that a timetable or a deadline tells of."""
    return (anchor - last_day).days > SOON_DAY_DAYS


def results_awaited(last_day: dt.date, anchor: dt.date) -> bool:
    """Has a reporting period that ended on ``last_day`` ended recently enough for its results to be awaited?"""
    return last_day < anchor and (anchor - last_day).days <= REPORT_LAG_DAYS


def names_a_part_of_the_year(parts: dict) -> bool:
    """"the first quarter", "the second half", "the June quarter": a quarter or half named as a noun,
    without its year ("third-quarter results" is the report's own quarter); "of the year" leaves it so."""
    if parts.get("of_the_year"):
        parts = {k: v for k, v in parts.items() if k not in ("year_of", "of_the_year")}
    if ("quarter" in parts or "half" in parts) and bool(parts.get("det")):
        return parts.keys().isdisjoint(("year", "yy", "year_of", "yearshift", "fiscal", "shift"))  # "the June quarter"
    return parts.get("unit") in ("Q", "H") and "ordinal" in parts and bool(parts.get("det")) \
        and parts.keys().isdisjoint(("year", "year_of", "yearshift", "fiscal", "count"))


# The parts that place a quarter told by its number in a year of their own, so that a forecast does not move it on.
_YEAR_OR_SHIFT_TOLD = ("year", "yy", "year_of", "yearshift", "count", "shift")
# (and a quarter told as a habit, "first-quarter sales usually dip", which no forecast moves either)
_YEAR_OR_SHIFT_OR_HABIT_TOLD = (*_YEAR_OR_SHIFT_TOLD, "habitual")


def fiscal_quarter_alone(parts: dict) -> bool:
    """"the fourth quarter" that the text counts by a company's fiscal year off December, named without its year: in a
    forecast, one that has ended before the last is to come, as a calendar quarter's is ("would improve in the
    fourth quarter", in October, of a year ending in March, is January to March next year)."""
    return parts.get("unit") == "Q" and bool(parts.get("fiscal")) and parts.get("fiscal_end", 12) != 12 \
        and "ordinal" in parts and bool(parts.get("det")) \
        and parts.keys().isdisjoint(_YEAR_OR_SHIFT_TOLD)


def quarter_as_a_modifier(parts: dict) -> bool:
    """"first-quarter sales", a quarter named by its number before a noun, without its year or article: the quarter a
    report is on, so in a forecast the one under way or just ended, or else the next ("Analysts expect first-quarter
    sales to rise", in November, is next year's first quarter, as "the first quarter" would be)."""
    return parts.get("unit") == "Q" and "ordinal" in parts and not parts.get("det") \
        and parts.keys().isdisjoint(_YEAR_OR_SHIFT_OR_HABIT_TOLD)


def part_of_a_year_by_its_place_alone(parts: dict) -> bool:
    """"the second half", "the fourth quarter", "fourth-quarter": a calendar quarter or half named by its place alone,
    which a sentence opened by a past year places in that year as it does a month.  Not the same as
    :func:`names_a_part_of_the_year`: it needs no article, and "of the year", a habit or a fiscal year it is told with
    place it otherwise."""
    return part_of_a_year_alone(parts) and parts.keys().isdisjoint(("habitual", "fiscal", "of_the_year"))


def part_of_a_year_alone(parts: dict) -> bool:
    """A quarter or half named by its number alone, with no year, count or shift ("third-quarter results", "the second
    half")."""
    return parts.get("unit") in ("Q", "H") and "ordinal" in parts \
        and parts.keys().isdisjoint((*_YEAR_OR_SHIFT_TOLD, "ends_on"))


def names_a_season_s_end(parts: dict) -> bool:
    """Do ``parts`` name the end of a season of sport (deictic.tsv G+nE: "the end of the season")?"""
    value = parts.get("ref_value", "")
    return value[:1] == SPORT_SEASON and value.endswith(_AT_ITS_END)


def names_the_season_under_way(parts: dict) -> bool:
    """Do ``parts`` name the season of sport or school year under way as a whole ("this season", deictic.tsv G+0),
    whose reading between seasons, in June to August, the tense of its clause decides?  Not its end or start ("until
    the end of this season"), a deadline still to come whatever the tense."""
    return parts.get("ref_value", "")[:1] in ("S", SPORT_SEASON) and parts["ref_value"][1:] == "+0" \
        and not parts.get("mod")


def between_seasons(anchor: dt.date | None) -> bool:
    """Is ``anchor`` between two seasons of sport or school years (June to August), when "this season" may be the one
    just ended or the one about to start?"""
    return anchor is not None and 6 <= anchor.month <= 8


def needs_tense(parts: dict) -> bool:
    """Does the resolution of ``parts`` depend on the tense of the clause (a day, month, weekday,
    season or holiday named without its year, "the weekend")?  Otherwise tense only tells a
    forecast."""
    if "nth_weekday" in parts and parts.get("year_of") == _THE_YEAR:
        return True                 # "the last Friday of the year": of the one just ended, told in the past
    if "year" in parts or "year_of" in parts or parts.get("set") or "ref_value" in parts:
        return False
    if parts.get("daypart") == MIDNIGHT_AFTER and parts.keys().isdisjoint(("shift", "hour")):
        return True                 # "ended at midnight", written that day: the midnight it opened with
    if "unit" in parts:
        if is_the_year_or_month(parts) or parts.get("year_end"):
            return True             # "the year": the one just ended, early in January, in a past clause
                                    # ("since year-end": the last one gone by)
        return parts["unit"] == "WE" and "count" not in parts and (
            "shift" not in parts or _this_weekend(parts))     # "This weekend they bought": the one gone
    if "day" in parts and parts.keys().isdisjoint(("month", "weekday")):
        return True                 # "by the 16th"
    if "isoweek" in parts:
        return True                 # "in week 52", written in January: the one gone, told in the past
    if "shift" in parts and not parts.get("anaphoric"):
        return False                # "last March", "next Friday"
    return not parts.keys().isdisjoint(_NAMED_WITHOUT_YEAR)


_NAMED_WITHOUT_YEAR = frozenset(("month", "weekday", "season", "holiday"))


def _this_weekend(parts: dict) -> bool:
    return parts.get("unit") == "WE" and parts.get("shift") == 0 and not parts.get("anaphoric") \
        and "count" not in parts


def _the_period_told_itself(resolution: Resolution | None, reference: Period | None) -> bool:
    """Is "the same quarter last year" placed on the very quarter the text told last?  Then "last year" counts a year
    back from that quarter, a year-ago comparison, not from the article's year: in February 2026, after "the fourth
    quarter", "in the same quarter last year" is 2024-Q4, not 2025-Q4 again (after the third quarter, in November,
    both readings are 2024-Q3)."""
    return resolution is not None and reference is not None and resolution.period == reference


def this_holiday(parts: dict) -> bool:
    """"this Christmas": a holiday named with "this" and no year, which a clause that looks ahead places on the coming
    one ("This Christmas the chain will open 20 stores", in February, is next December's), where a clause of no tense
    takes the nearer one."""
    return "holiday" in parts and parts.get("shift") == 0 and not parts.get("anaphoric") \
        and parts.keys().isdisjoint(("year", "yy", "year_of", "in_month", "habitual", "set"))


def past_differs(parts: dict) -> bool:
    """May a clause about the past read ``parts`` otherwise than a clause without tense?  Not a
    weekday or a day ("Friday", "Dec. 7": the one before, or a day coming soon, either way), nor the
    weekend (read as past without tense); a month, season or holiday may be (the one coming within a
    few weeks, or the one before)."""
    if parts.get("daypart") == MIDNIGHT_AFTER:
        return True                 # "expired at midnight Friday", written that Friday
    if _this_weekend(parts):
        return True                 # "This weekend they bought", written on a Wednesday: the one gone
    if "unit" in parts or "weekday" in parts:
        return False
    if "day" in parts:
        # a day coming soon is the coming one whatever the tense, unless it is in the next year: a clause in the past
        # tells this year's ("had its first reading on 15 January", written in November)
        return "month" in parts and "year" not in parts
    return True


def is_the_year_or_month(parts: dict) -> bool:
    """"the year", "the month" alone."""
    return parts.get("unit") in ("Y", "M") and bool(parts.get("det")) and set(parts) <= {"unit", "det", "mod"}


def _needs_anchor(parts: dict) -> bool:
    return "year" not in parts and "decade" not in parts


# --------------------------------------------------------------------------- families
def _set(parts: dict) -> Resolution:
    if "set_value" in parts:
        value = parts["set_value"]
    elif "unit" in parts:
        value = _duration_value(1, parts["unit"]) or "P1D"
    elif "weekday" in parts:
        value = f"XXXX-WXX-{parts['weekday']}"
    elif "month" in parts:
        value = f"XXXX-{parts['month']:02d}"
    elif "season" in parts:
        value = f"XXXX-{parts['season']}"
    elif "hour" in parts:
        # the clock time of a list of recurring days ("every Monday and Saturday at 10:59 p.m."): that time on each
        value = f"XXXX-XX-XXT{parts['hour']:02d}:{parts.get('minute', 0):02d}"
    else:
        value = "P1D"
    return Resolution("SET", value, parts.get("mod") or parts.get("approx") or "")


# The value recipe of a season of sport (deictic.tsv G+n: "last season"), which a league named by one year's
# seasons makes that year (year_seasons.tsv).
SPORT_SEASON = "G"
# The mark after a season's recipe that names its end (deictic.tsv G+0E: "the end of the season"): a deadline then
# falls in the season's last year, not over the whole season.
_AT_ITS_END = "E"
# The value recipes of "the new year" (deictic.tsv N) and of a year the phrase itself tells as ahead (N+: "the year
# ahead"): both the year whose first day is nearest.
_THE_NEW_YEAR = "N"
_THE_YEAR_AHEAD = "N+"


def the_night_before(parts: dict) -> bool:
    """Is ``parts`` the night before the day of writing ("overnight", deictic.tsv D-1TNI)?"""
    return parts.get("ref_value") == "D-1TNI"


def _deictic(parts: dict, anchor, mod, reference, forecast: bool = False, told_past: bool = False,
             told_so_far: bool = False) -> Resolution | None:
    value = parts["ref_value"]
    if value == "REF":
        # "then" (read only in "since then"): the period the text last told of, which nothing else names
        return None if reference is None else _placed(reference, anchor, mod, parts["ref_type"])
    if value.endswith("_REF"):
        return _vague(value, mod)
    offset, _, daypart = value[1:].partition("T")
    at_its_end = names_a_season_s_end(parts)
    if at_its_end:
        offset = offset.removesuffix(_AT_ITS_END)
    if anchor is None:
        return _unresolved(parts["ref_type"], mod)
    if value[0] == SPORT_SEASON and "season_year_runs_into" in parts:
        # a league's season named by one year: the year of the one under way, or the year before while its last
        # games spill into the next year ("this season", on Feb. 2, 2026, in a text on the NFL, is 2025)
        year = anchor.year - (anchor.month <= parts["season_year_runs_into"]) + int(offset)
        return _placed(Period("Y", year), anchor, mod, future=forecast)
    if value[0] in ("S", SPORT_SEASON):
        # a season of sport or a school year spans two years, as "the 2024-25 season" does; between seasons (June to
        # August) the one about to start is both "this season" and "next season", the one just ended "last season"
        shift = int(offset)
        between = between_seasons(anchor)
        start = anchor.year - (anchor.month < 6) + shift - (shift > 0 and between)
        if at_its_end:
            # (the end of a season under way is still to come, as "before the end of the year" is, unless its clause
            # tells the past: then it is the end of the last season, gone)
            return _placed(Period("Y", start + (not told_past)), anchor, mod, future=not told_past)
        if shift == 0 and between and told_past:
            # between seasons a clause told in the past is about the season just ended ("This season the grower sold
            # his whole crop by May", in July 2026, is 2025/2026), not the one about to start
            start -= 1
        first = _placed(Period("Y", start), anchor, mod)
        if shift == 0 and (not between or told_past or told_so_far):
            # a season under way is to come only in a forecast, as a holiday under way is ("their ninth defeat in
            # 11 games this season", in November, is told as gone; "will pay him $19.4 million this season" ahead);
            # between seasons, so is one a perfect counts up to now ("more than 12,000 alpacas had died so far this
            # season", in July, tells deaths already counted; a perfect is no forecast)
            return _span(first, Period("Y", start + 1), anchor, forecast)
        return span(first, _placed(Period("Y", start + 1), anchor, mod), anchor)
    if value in (_THE_NEW_YEAR, _THE_YEAR_AHEAD):
        # "the new year" is the one whose first day is nearest: the coming one late in a year, early in one the one
        # just begun ("in the first weeks of the new year", in February); looking ahead from March on it is the
        # coming one, January being long gone ("will strike again in the new year", in June).  "The year ahead"
        # tells itself that it is to come, even in a clause in the past ("described raises of 3% for the year
        # ahead"), so no forecast moves it: the twelve months ahead mostly fall in the year whose first day is nearest
        if parts.get("habitual") and value == _THE_NEW_YEAR:
            return _vague("XXXX", mod)  # "When the ice sets in, you haul the boats out before the new year": each one
        ahead = value == _THE_YEAR_AHEAD
        coming = anchor.month >= 7 or (forecast and not ahead and anchor.month >= 3)
        return _placed(Period("Y", anchor.year + coming), anchor, mod, parts["ref_type"], future=ahead)
    if value[0] != "D":
        # "year-to-date": the period under way
        return _placed(Period.of(value[0], anchor).shifted(int(offset), value[0]), anchor, mod, parts["ref_type"])
    tonight = forecast and the_night_before(parts)
    if tonight:
        offset = "+0"       # ("will spread east overnight": tonight, the night still to come)
    day = Period.of("D", anchor + dt.timedelta(days=int(offset)))
    if daypart:
        return _placed(day, anchor, mod, "TIME", f"{day.value()}T{daypart}", future=tonight)
    # (a later time of the day of writing in a forecast or plan is ahead: "will air tonight", as "is expected to sign
    # this afternoon"; "today" names the day as a whole, the present: "the 18 hubs it runs today")
    return _placed(day, anchor, mod, parts["ref_type"], future=forecast and bool(parts.get("later_today")))


def _time(parts: dict, anchor, tense, reference, mod) -> Resolution | None:
    base = _calendar(parts, anchor, tense, reference, "") if has_day(parts) else None
    if "on_day" in parts:
        base = Period.of("D", parts["on_day"])     # "10:05 a.m. in Hong Kong on Monday"
    if isinstance(base, Resolution):
        return base
    if base is None:
        if parts.get("anaphoric") and parts.get("habitual"):
            return None     # "as Hong Kong catches up the next morning" after "tends to": after each time, no day
        if "shift" not in parts and reference is not None and reference.gran == "D":
            base = reference        # "at 10:35 a.m." after "on Friday": that Friday
        elif parts.get("anaphoric") and reference is not None and reference.gran == "D":
            base = reference.shifted(parts.get("shift", 0), "D")    # "the next morning"
        elif parts.get("anaphoric") and parts.get("shift") == 0 and "daypart" in parts:
            return None     # "that afternoon" with no day told before names none: not the day of writing
        elif anchor is None:
            return _unresolved("TIME", mod)
        else:
            day = anchor + dt.timedelta(days=parts.get("shift", 0) if "daypart" in parts else 0)
            base = Period.of("D", day)
    if base.gran != "D":
        return _placed(base, anchor, mod)
    if "hour" in parts:
        suffix = f"T{parts['hour']:02d}:{parts['minute']:02d}"
    else:
        suffix = parts["daypart"] if parts["daypart"].startswith("T") else "T" + parts["daypart"]
    if suffix == MIDNIGHT_AFTER and tense == "past" and anchor is not None and base.first() == anchor:
        # "ended at midnight on Tuesday" written that Tuesday: the end of the day is still to come, so the
        # midnight past is the one that opened it
        suffix = MIDNIGHT_BEFORE
    # (a time of the day of writing in a forecast is still to come: "The next full advisory is due at 5 p.m."; so
    # is one a timetable names by the weekday of writing, which a timetable reads as the coming one: "The ban
    # begins with Wednesday night's game", written that Wednesday)
    ahead = tense in AHEAD or (tense == "schedule" and "weekday" in parts and anchor is not None
                               and base.first() == anchor)
    return _placed(base, anchor, mod, "TIME", base.value() + suffix, future=ahead)


# TimeML's two names of a midnight: the end of the day named, and its start
MIDNIGHT_AFTER, MIDNIGHT_BEFORE = "T24:00", "T00:00"


def has_day(parts: dict) -> bool:
    return any(k in parts for k in ("day", "weekday", "holiday", "month", "numeric", "year_of", "year"))


# A fraction of a unit in the next smaller one: (how many, unit) per unit ("2 1/2 years" P2Y6M).
_SMALLER = {"C": (100, "Y"), "E": (10, "Y"), "Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "h"),
            "h": (60, "min"), "min": (60, "s")}
_DATE_LETTERS, _TIME_LETTERS = ("Y", "M", "W", "D"), ("h", "min", "s")


def _duration_value(count, unit: str) -> str | None:
    """TimeML duration for ``count`` units ("X" for a vague count; "2 1/2 years" P2Y6M)."""
    if isinstance(count, float):
        return _fractional_duration(count, unit)
    if unit in ("Q", "H", "E", "C", "L", "WE", "W2"):
        scale = {"Q": (3, "M"), "H": (6, "M"), "E": (10, "Y"), "C": (100, "Y"), "L": (1000, "Y"),
                 "WE": (2, "D"), "W2": (2, "W")}[unit]
        if count == "X":
            return {"E": "PXE", "C": "PXC", "L": "PXL"}.get(unit, f"PX{scale[1]}")
        return f"P{count * scale[0]}{scale[1]}"
    letter = _DURATION.get(unit)
    if letter is None:
        return None
    time = "T" if unit in ("h", "min", "s") else ""
    return f"P{time}{count}{letter}"


# The units of a gap between two happenings a story tells ("Three days later", "A day earlier"); a year, quarter or
# month counted back names the like period instead ("a year earlier": the year-ago quarter).
_GAP_UNITS = ("W", "D", "h", "min", "s")


def gap_between_happenings(parts: dict) -> str | None:
    """The TimeML duration of a count of days, weeks or hours from another time of the story ("Three days later":
    P3D), which TimeML tags as the gap it counts ("later" being its signal, as "after" is in "three days after the
    vote"); None for any other expression."""
    if parts.get("direction") not in ("earlier", "later") or parts.get("count") is None \
            or parts.get("unit") not in _GAP_UNITS:
        return None
    return _duration_value(parts["count"], parts["unit"])


def _about_to_begin(period: Period, anchor: dt.date, tense: str, parts: dict) -> bool:
    """Does ``period``, a quarter or half named as a noun without its year, begin within a few weeks after ``anchor``,
    in a clause not told in the past?  Then it is the coming one, not last year's, whose results are long out: "the
    backlog we are carrying into the December quarter", written on Sept. 29 ("a second-quarter net loss" is a
    report's own quarter, see names_a_part_of_the_year)."""
    return tense != "past" and names_a_part_of_the_year(parts) \
        and (period.first() - anchor).days <= _ABOUT_TO_BEGIN_DAYS


def _still_to_come(period: Period, anchor: dt.date) -> bool:
    """Is most of ``period`` (a quarter or half) still to come on ``anchor``, so that a clause about the
    past cannot be about it?  In its last month it may be ("sales picked up in the fourth quarter" in
    late December)."""
    return (period.last() - anchor).days >= _CLOSING_DAYS


_CLOSING_DAYS = 31


def counts_from_now(parts: dict) -> int:
    """+1 for a counted stretch that starts at the anchor ("over the next three years", "the coming two
    quarters"), -1 for one that ends there ("the past four quarters", "the last two years", "the past two decades"),
    else 0.
    Hours are too short to show, and "the first two years" counts from no fixed day."""
    vague, shift = parts.get("vague"), parts.get("shift")
    if _ten_years_from_now(parts) or _one_unit_back(parts):
        return 1 if vague == "FUTURE" or shift == 1 else -1
    if not isinstance(parts.get("count"), int) or not parts.get("det") or parts.get("anaphoric") \
            or "ordinal" in parts \
            or parts.get("unit") not in (*_STRETCH_MONTH_UNITS, *_STRETCH_DAY_UNITS, *_YEARS_OF_A_UNIT):
        return 0
    if vague == "FUTURE" or shift == 1:
        return 1
    return -1 if vague == "PAST" or shift == -1 else 0


def _ten_years_from_now(parts: dict) -> bool:
    """"the past decade", "the coming decade", "the next decade": the ten years up to or from now, not a
    calendar decade ("the last decade" is the one before the decade under way, as TimeBank reads it); so
    are the hundred years of "the past century"."""
    return parts.get("unit") in _YEARS_OF_A_UNIT and bool(parts.get("det")) and not parts.get("anaphoric") \
        and parts.keys().isdisjoint(("count", "ordinal", "plural")) \
        and (parts.get("vague") in ("PAST", "FUTURE") or parts.get("shift") == 1)


def _one_unit_back(parts: dict) -> bool:
    """"in the past month", "over the past week": the month (week) up to now, not the calendar one before
    ("the past year" stays the year before, as TimeBank reads it).  So is "the last week" ("has been in Bethesda
    for the last week", "shares fell 5% in the last month"): with its "the", "last" counts back from now as it does
    in "the last two weeks", and only "last week" without it is the calendar week before."""
    if parts.get("unit") not in ("M", "W"):
        return False
    if parts.keys() == {"unit", "det", "shift"} and parts["shift"] == -1 and parts["det"]:
        return True
    return parts.get("vague") == "PAST" and bool(parts.get("det")) \
        and not parts.get("anaphoric") and parts.keys().isdisjoint(("count", "ordinal", "plural", "shift"))


def _the_coming_weeks(parts: dict) -> bool:
    """"in the coming weeks", "in a few weeks": a few weeks ahead, not counted."""
    return parts.get("vague") == "FUTURE" and bool(parts.get("plural")) and parts.get("unit") == "W" \
        and parts.keys().isdisjoint(("count", "anaphoric"))


# How far "the coming weeks" reach from the day of writing (days): a month, as "the next four weeks" does.
_COMING_WEEKS_DAYS = 28


# The years of a decade and of a century, counted up to or from now ("the past century": P100Y).
_YEARS_OF_A_UNIT = {"E": 10, "C": 100}


# The units a count of days before or after a named day is told in ("a day before", "two weeks after", "a fortnight
# before"; not a weekend, which is no count of days).
_COUNTED_DAY_UNITS = ("D", "W", "W2")


def counts_days(parts: dict) -> bool:
    """Is ``parts`` a count in days or weeks that may place a day from another ("a day", "two weeks")?"""
    return parts.get("unit") in _COUNTED_DAY_UNITS


def resolve_day(day: dt.date, anchor: dt.date | None) -> Resolution | None:
    """The calendar day ``day``, resolved as one told with its year."""
    return resolve({"year": day.year, "month": day.month, "day": day.day}, anchor, "")


def day_counted_from(parts: dict, day: dt.date, sign: int, anchor: dt.date | None) -> Resolution | None:
    """The day ``parts`` (a count of days or weeks) places before (``sign`` -1) or after (+1) ``day``: "a day before
    the Lunar New Year holiday in 2025" is 2025-01-28."""
    counted = day + dt.timedelta(days=sign * _UNIT_DAYS[parts["unit"]] * parts["count"])
    return resolve_day(counted, anchor)


# The units of a count of clock time ("two hours", "40 minutes"), in seconds.
_CLOCK_SECONDS = {"h": 3600, "min": 60, "s": 1}
_DAY_SECONDS = 86400
# The most a vague count of minutes ("a few minutes later", "minutes earlier") is taken to run to.
_VAGUE_MINUTES_SECONDS = 3600
_CLOCK_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")


def counts_clock_time(parts: dict) -> bool:
    """Is ``parts`` a count of hours, minutes or seconds ("about two hours", "40 minutes")?"""
    return parts.get("unit") in _CLOCK_SECONDS and isinstance(parts.get("count"), (int, float))


def counts_minutes_vaguely(parts: dict) -> bool:
    """Is ``parts`` a vague count of minutes ("a few minutes", "minutes")?"""
    return parts.get("unit") == "min" and (parts.get("count") == "X"
                                           or (parts.get("count") is None and bool(parts.get("plural"))))


def tells_clock_time(told: Resolution) -> bool:
    """Is ``told`` a moment of a clock ("9:40 a.m." on a day), not a day or a part of one ("Sunday afternoon")?"""
    return _CLOCK_VALUE.fullmatch(told.value) is not None


def time_counted_from(parts: dict, told: Resolution, sign: int, anchor: dt.date | None,
                      mod: str = "") -> Resolution | None:
    """The time a count of hours or minutes (``parts``) places after (``sign`` 1) or before (-1) the time ``told``, as
    TimeML would: a TIME when ``told`` has a clock time ("about an hour later", after 6:07 p.m. on Thursday, May 8,
    2025, is 2025-05-08T19:07; "24 hours" before it the Wednesday), else the day told, whose hour is unknown, for a
    count short of a day (None for a longer one: "late on Wednesday, more than 90 hours after the quake" may reach back
    to either of two days)."""
    vague = counts_minutes_vaguely(parts)
    if told.period is None or told.period.gran != "D" or not (counts_clock_time(parts) or vague):
        return None
    seconds = _VAGUE_MINUTES_SECONDS if vague else _CLOCK_SECONDS[parts["unit"]] * parts["count"]
    clock = _CLOCK_VALUE.fullmatch(told.value)
    if clock is None:
        # (a vague count of minutes from a day alone may count from anything its paragraph told: "a few minutes
        # later", after "with 4:12 left in the third quarter" of a game, places nothing)
        return _placed(told.period, anchor, mod, future=told.future) if seconds < _DAY_SECONDS and not vague else None
    year, month, day, hour, minute = map(int, clock.groups())
    moment = dt.datetime(year, month, day) + dt.timedelta(hours=hour, minutes=minute, seconds=sign * seconds)
    if vague:
        # (a vague count of minutes has no moment of its own: the day of the time it counts from, when even the
        # longest such count stays within it: "at about 4:27 a.m. ... a few minutes later")
        return _placed(told.period, anchor, mod, future=told.future) if moment.date() == told.period.day else None
    return _placed(Period.of("D", moment.date()), anchor, mod, "TIME", f"{moment:%Y-%m-%dT%H:%M}",
                   future=told.future)


def counted_from_event(parts: dict, reference: Period, sign: int, anchor: dt.date | None) -> Resolution | None:
    """What ``parts`` (a count, "the day", "the week", "the year" or a weekday) places after (``sign`` 1) or before
    (-1) a happening the text dated ``reference``, or on it (0: "the day of the verdict") ("the week after the
    grounding", the grounding on 23/11/2025, is 2025-11-24/2025-11-30; "two days before the deadline" a day; "the
    Monday after" it the first Monday after)."""
    day = reference.last() if sign > 0 else reference.first()
    step = dt.timedelta(days=sign)
    if sign == 0 and parts.keys() & {"daypart", "hour"} and reference.gran == "D":
        # ("on the morning of the crash": that part of the crash's day; "at 05:30 on the morning of the crash" that
        # time of it)
        return resolve(dict(parts, year=day.year, month=day.month, day=day.day), anchor, "")
    if sign == 0 and "days_on" in parts:
        # ("the eve of the vote": the day before it; "the first anniversary of the crash": a year on)
        moved = _add_months(day, 12 * parts["years_on"]) + dt.timedelta(days=parts["days_on"])
        return resolve_day(moved, anchor)
    if sign == 0 and (parts.get("unit") != "D" or "count" in parts):
        return None         # (only "the day of" a happening is its own day: a week or month "of" it has no count)
    if "weekday" in parts:
        return weekday_after(day, parts["weekday"], anchor, sign)
    if tells_no_count(parts):
        return _vague_stretch_by_event(parts["unit"], day, sign, reference, anchor)
    unit, count = parts["unit"], parts.get("count")
    if unit in _COUNTED_DAY_UNITS and (count is None and unit != "D"
                                       or isinstance(count, int) and parts.get("det") is True):
        # "the week after the vote": the stretch of that unit right after (or before) its day; so is a count told
        # with its article, "the two weeks before the holiday" (where "two weeks before the deadline" is a day)
        other = day + sign * dt.timedelta(days=_UNIT_DAYS[unit] * (count or 1))
        first, last = (day + step, other) if sign > 0 else (other, day + step)
        return Resolution("DURATION", _duration_value(count or 1, unit) or "", "", f"{first:%Y-%m-%d}/{last:%Y-%m-%d}",
                          first, last, "span", anchor is not None and last > anchor, "", True)
    if unit in _COUNTED_DAY_UNITS:
        return day_counted_from(dict(parts, count=1 if count is None else count), day, sign, anchor)
    if unit in ("M", "Y"):
        months = (1 if count is None else count) * (12 if unit == "Y" else 1)
        moved = _add_months(day, sign * months)
        if count is None:       # "the year after the crash": that whole next year
            return _placed(Period.of(unit, moved), anchor)
        if reference.gran == "D":
            return resolve_day(moved, anchor)
        # (a count from a year reaches a year: "in 1989, two years after she arrived" is 1987)
        return _placed(Period.of("Y" if reference.gran == "Y" else "M", moved), anchor)
    return None


# How many of its unit "the days" or "the weeks" next to a happening are read to reach at least ("a few").
_VAGUE_STRETCH_COUNT = 3


def tells_no_count(parts: dict) -> bool:
    """Are ``parts`` a plural unit told with no count ("the days", "the weeks")?"""
    return bool(parts.get("plural")) and "count" not in parts


def _vague_stretch_by_event(unit: str, day: dt.date, sign: int, reference: Period,
                            anchor: dt.date | None) -> Resolution | None:
    """The month "the days" or "the weeks" before or after a happening dated to the day fall in ("in the weeks before
    the shooting", the shooting on Oct. 23, 1998, is 1998-10): they tell no length, only when; None (read alone) when
    a few of them from that day would cross into another month. A happening told by its month or season places them
    in it ("killed ... last fall": 1998-FA), as far as the text tells."""
    if reference.gran in ("M", "S"):
        return _placed(reference, anchor)
    if reference.gran != "D" or unit not in _UNIT_DAYS:
        return None
    other = day + sign * dt.timedelta(days=_UNIT_DAYS[unit] * _VAGUE_STRETCH_COUNT)
    if (other.year, other.month) != (day.year, day.month):
        return None
    return _placed(Period.of("M", day), anchor)


def stretch_within_event(parts: dict, reference: Period, anchor: dt.date | None) -> Resolution | None:
    """The stretch a count told "within" of a happening runs over, from the happening's day to the count's last
    ("within 30 days of the ruling", the ruling on Feb. 9, 2026, is 2026-02-09/2026-03-11), as "within 30 days" runs
    from now."""
    unit, count = parts.get("unit"), parts.get("count")
    if not isinstance(count, int) or unit not in (*_COUNTED_DAY_UNITS, "M", "Y"):
        return None
    first = reference.last()
    last = _counted_on(first, count, unit)
    return Resolution("DURATION", _duration_value(count, unit) or "", "", f"{first:%Y-%m-%d}/{last:%Y-%m-%d}",
                      first, last, "span", anchor is not None and last > anchor, "", True)


def _counted_on(day: dt.date, count: int, unit: str) -> dt.date:
    """The day ``count`` of ``unit`` after ``day`` (before it for a count below zero): in months for years, halves,
    quarters and months, in days for weeks and days (an hour stays within its day)."""
    if unit in UNIT_MONTHS:
        return _add_months(day, count * UNIT_MONTHS[unit])
    return day + dt.timedelta(days=count * _UNIT_DAYS.get(unit, 0))


def stretch_from(parts: dict, day: dt.date | None, value: str, mod: str = "",
                 anchor: dt.date | None = None) -> Resolution | None:
    """The counted stretch of :func:`counts_from_now` on the timeline, from or up to ``day`` (the anchor,
    or the day a sentence tells it was said): TimeML keeps the duration (P3Y) and the table shows the
    stretch, like "the past decade", in months for years, quarters and months (in whole years for two or more
    years counted back), in days for weeks and days.
    A stretch ahead of a past day that ended before ``anchor`` is no longer to come ("in August 2023 ... a
    decision that would define its strategy for the next two years", written in 2026)."""
    sign = counts_from_now(parts)
    if day is None or not sign:
        return None
    unit, count = parts["unit"], parts.get("count", 1)
    plus = parts.get("plus")
    if plus and unit in UNIT_MONTHS and plus[1] in UNIT_MONTHS:
        # "the next one year and six months" shows as "the next 18 months" does
        unit, count, plus = "M", count * UNIT_MONTHS[unit] + plus[0] * UNIT_MONTHS[plus[1]], None
    if plus:
        # "the next two months and ten days": counted unit by unit, to its day
        other = day
        for amount, each in ((count, unit), plus):
            other = _counted_on(other, sign * amount, each)
        first, last = min(day, other), max(day, other)
        when = f"{first:%Y-%m-%d}/{last:%Y-%m-%d}"
    elif unit in _STRETCH_MONTH_UNITS or unit in _YEARS_OF_A_UNIT:
        other = _counted_on(day, sign * count, unit)
        first, last = min(day, other), max(day, other)
        when = f"{first:%Y-%m}/{last:%Y-%m}"
        if (sign < 0 and (unit == "Y" or unit in _YEARS_OF_A_UNIT) and count * UNIT_MONTHS[unit] >= 24) \
                or parts.get("whole_years"):
            # a reader counts several years back in whole years ("the past three years", in September 2025:
            # 2022 to 2025), the year under way with them; ahead, a plan's years may start with the next one;
            # seasons of sport or harvest straddle years, so counted either way they are whole years ("the next
            # three seasons", in September 2025, are 2025/26 to 2027/28: 2025 to 2028)
            when = f"{first.year}/{last.year}"
            first, last = dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
        # (told in months, the stretch covers its months whole, as its table value says)
        first, last = first.replace(day=1), _month_end(last.year, last.month)
    else:
        other = _workdays_on(day, sign * count) if unit == "D" and parts.get("workday") \
            else day + dt.timedelta(days=sign * count * _UNIT_DAYS[unit])
        first, last = min(day, other), max(day, other)
        when = f"{first:%Y-%m-%d}/{last:%Y-%m-%d}"
    return Resolution("DURATION", value, mod, when, first, last, "span", sign > 0 and (anchor is None or last > anchor),
                      "", True)


# The days a season must have run before what it was like is told of it in the past ("a dry spring reduced yields").
_SEASON_LIVED_DAYS = 31
# Periods told that end on a month's last day, after which a count of months runs in whole months.
_WHOLE_MONTHS_GRANS = ("M", "Q", "H", "FY")


def _following_stretch(parts: dict, reference: Period, value: str, mod: str, anchor: dt.date) -> Resolution | None:
    """"the following 12 months", "the next three years" of a story: counted from the time it told of, not from
    the anchor ("In 2021, a frenzy ended with the index losing 45% over the following 12 months": 2021/2022); from
    a year told of, in whole years, as :func:`years_from` counts; from a finer period, from its last day."""
    unit, count = parts["unit"], parts.get("count")
    months = count * UNIT_MONTHS[unit] if unit in UNIT_MONTHS else None
    if reference.gran == "Y":
        if months is None or months % 12:
            return None
        if parts.get("after_told") and months >= 24:
            # "3% in 2020 and 2% in each of the two years after that": 2021 and 2022, the year told left out
            return years_from(dict(parts, unit="Y", count=months // 12 - 1), reference.year + 1, value, mod, anchor)
        return years_from(dict(parts, unit="Y", count=months // 12), reference.year, value, mod, anchor)
    if months is not None and reference.gran in _WHOLE_MONTHS_GRANS and (parts.get("after_told") or unit in ("M", "Q")):
        # "rose in the first quarter and fell in each of the two quarters after that": the whole months that follow
        # the period told (April to September), as its years follow a year told; so "the following three months"
        # after "August 2024" are September to November, not August counted among them (years counted from a
        # month a plan was told in keep it: "pledged in February 2025 ... over the following three years")
        first = reference.last() + dt.timedelta(days=1)
        last = _add_months(first, months) - dt.timedelta(days=1)
        return Resolution("DURATION", value, mod, f"{first:%Y-%m}/{last:%Y-%m}", first, last, "span", last > anchor, "",
                          True)
    if unit == "M" and reference.gran == "D":
        return _months_after_a_day(reference.day, months, value, mod, anchor)
    if unit in ("D", "W") and reference.gran in _WHOLE_MONTHS_GRANS:
        # "imposed a deposit on seed in August. Futures fell 9% in the following two weeks": days or weeks counted on
        # from a happening of a month or longer period start on a day of it the text does not tell, not at its end:
        # that period, as "the following week" after a month is a week of it (TimeML keeps the count, P2W)
        return _placed(reference, anchor, mod, "DURATION", value)
    stretch = stretch_from(parts, reference.last(), value, mod, anchor)
    if stretch is None or reference.gran != "D" or unit not in ("D", "W"):
        return stretch
    # days counted on from a day told leave that day out ("announced on March 11 ... rose on each of the next two
    # trading days" is March 12 and 13), while a stretch from now holds the day under way
    first = _workdays_on(reference.day, 1) if parts.get("workday") and unit == "D" \
        else reference.day + dt.timedelta(days=1)
    return stretch._replace(first_day=first, when=f"{first:%Y-%m-%d}/{stretch.last_day:%Y-%m-%d}")


def _months_after_a_day(day: dt.date, months: int, value: str, mod: str, anchor: dt.date) -> Resolution:
    """Months counted on from a day told start the day after it, as days so counted do: "took effect on Aug. 1,
    2024. Orders fell in the following three months" is Aug. 2 to Nov. 1, three months, not August to November,
    which a count in whole months from the day's month would make four."""
    first = day + dt.timedelta(days=1)
    last = _add_months(first, months) - dt.timedelta(days=1)
    return Resolution("DURATION", value, mod, f"{first:%Y-%m-%d}/{last:%Y-%m-%d}", first, last, "span", last > anchor,
                      "", True)


# The periods told of after which "the following decade" is the ten years from them (after a year it stays the
# calendar decade after the year's: "first held in 2009 ... grew over the following decade" is the 2010s).
_FINER_THAN_A_YEAR = ("D", "W", "M", "Q", "H")


def _the_decade_after(parts: dict, reference: Period, mod: str, anchor: dt.date) -> Resolution | None:
    """"the following decade" after a time finer than a year: the ten years from its end, as "the next decade" is
    the ten from now, not the calendar decade after the one it falls in ("a deal signed in July [2025] will cut the
    duty to 40% over the following decade" is 2025-07/2035-07, not the 2030s); "the following century" so too."""
    return stretch_from(dict(parts, anaphoric=False), reference.last(), f"P{_YEARS_OF_A_UNIT[parts['unit']]}Y", mod,
                        anchor)


# A count of months "previous" to a month told is of the months before it when fewer than this (a year's count may
# hold the month itself).
_MONTHS_BEFORE_A_MONTH = 12


def _preceding_stretch(parts: dict, reference: Period, value: str, mod: str) -> Resolution | None:
    """"the previous three months", "the preceding two quarters" after a quarter, half or year told of: the
    months right before it ("repurchased $253 million in the September quarter, far less than the $815 million it
    bought back in the previous three months": April to June).  After a month, only a few months counted in months
    ("added 143,000 jobs in January ... 62,000 jobs from the previous two months": November and December), as "the
    previous 12 months" may be the year up to and with it."""
    unit, count = parts["unit"], parts.get("count")
    if not isinstance(count, int) or unit not in _STRETCH_MONTH_UNITS:
        return None
    if reference.gran not in ("Q", "H", "Y") and not (reference.gran == "M" and unit == "M"
                                                      and count < _MONTHS_BEFORE_A_MONTH):
        return None
    first = _add_months(reference.first(), -count * UNIT_MONTHS[unit])
    last = reference.first() - dt.timedelta(days=1)
    when = f"{first.year}/{last.year}" if unit == "Y" and reference.gran == "Y" else f"{first:%Y-%m}/{last:%Y-%m}"
    return Resolution("DURATION", value, mod, when, first, last, "span", False, "", True)


def years_from(parts: dict, year: int, value: str, mod: str, anchor: dt.date) -> Resolution | None:
    """A counted stretch of years from or up to a year the sentence named ("In 2019 it pledged to invest
    ... over the next three years": 2019/2022), in whole years."""
    sign = counts_from_now(parts)
    if not sign or parts["unit"] not in ("Y", "E"):
        return None
    other = year + sign * parts.get("count", 1) * UNIT_MONTHS[parts["unit"]] // 12
    first, last = dt.date(min(year, other), 1, 1), dt.date(max(year, other), 12, 31)
    return Resolution("DURATION", value, mod, f"{first.year}/{last.year}", first, last, "span", last > anchor, "",
                      True)


def quarters_up_to(parts: dict, last: Period, value: str, mod: str = "") -> Resolution | None:
    """"the past four quarters" in a report on a quarter (``last``): the quarters up to and with it."""
    if counts_from_now(parts) >= 0 or parts["unit"] != "Q" or last.gran != "Q":
        return None
    first = last.shifted(1 - parts["count"], "Q")
    return Resolution("DURATION", value, mod, f"{first.first():%Y-%m}/{last.last():%Y-%m}", first.first(),
                      last.last(), "span", False, "", True)


def whole_periods_before(parts: dict, anchor: dt.date, value: str, mod: str = "") -> Resolution | None:
    """"the past three quarters", "the last two fiscal years" looking back from ``anchor``: the periods that
    have ended, as results are reported for them (in April 2025, 2024-Q3 to 2025-Q1), not the months up to
    the anchor.  None for other stretches ("the past two years" counts months back)."""
    if counts_from_now(parts) >= 0:
        return None
    if parts["unit"] == "Q":
        return quarters_up_to(parts, Period.of("Q", anchor).shifted(-1, "Q"), value, mod)
    fiscal_end = parts.get("fiscal_end")
    if parts["unit"] != "Y" or not parts.get("fiscal") or not fiscal_end:
        return None
    end_month = fiscal_end_month(fiscal_end)
    end_year = anchor.year if anchor.month > end_month else anchor.year - 1
    last = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    first = _add_months(last.replace(day=1), 1 - 12 * parts["count"])
    return Resolution("DURATION", value, mod, f"{first:%Y-%m}/{last:%Y-%m}", first, last, "span", False, "", True)


def whole_periods_ahead(parts: dict, anchor: dt.date, value: str, mod: str = "") -> Resolution | None:
    """"over the next two quarters", "the next two fiscal years" looking ahead from ``anchor``: the periods after the
    one under way, whole, as results will be reported for them (in November 2025, 2026-Q1 and 2026-Q2; of a company
    whose year ends in March, in March 2026, April 2026 to March 2028), as "the past three quarters" are those that
    have ended.  None for other stretches ("the next three years" counts months on)."""
    if counts_from_now(parts) <= 0:
        return None
    if parts["unit"] == "Q" and not parts.get("fiscal"):
        under_way = Period.of("Q", anchor)
        first, last = under_way.shifted(1, "Q").first(), under_way.shifted(parts["count"], "Q").last()
    elif parts["unit"] == "Y" and parts.get("fiscal") and parts.get("fiscal_end"):
        end_month = fiscal_end_month(parts["fiscal_end"])
        end_year = anchor.year if anchor.month <= end_month else anchor.year + 1
        first = _month_end(end_year, end_month) + dt.timedelta(days=1)
        last = _month_end(end_year + parts["count"], end_month)
    else:
        return None
    return Resolution("DURATION", value, mod, f"{first:%Y-%m}/{last:%Y-%m}", first, last, "span", True, "", True)


# the units a stretch on the timeline is counted in months, or in days
_STRETCH_MONTH_UNITS, _STRETCH_DAY_UNITS = ("Y", "Q", "M"), ("W", "D")


def _fractional_duration(count: float, unit: str) -> str | None:
    amounts: dict[str, int] = {}
    while unit not in _DURATION and unit in _SMALLER:     # "half a decade": in years
        factor, unit = _SMALLER[unit]
        count *= factor
    while count and unit in _DURATION:
        whole = int(count)
        if whole:
            amounts[unit] = whole
        count -= whole
        if not count:
            break
        if unit not in _SMALLER:
            return None
        factor, unit = _SMALLER[unit]
        count *= factor
    return _duration_of(amounts)


def _duration_of(amounts: dict[str, int]) -> str | None:
    """TimeML duration of whole amounts of units ({"M": 2, "D": 10}: P2M10D; {"W": 3, "D": 2}: P23D, as ISO 8601
    and TimeML write weeks only alone)."""
    if "W" in amounts and len(amounts) > 1:
        amounts = dict(amounts)
        amounts["D"] = amounts.get("D", 0) + amounts.pop("W") * _UNIT_DAYS["W"]
    date = "".join(f"{amounts[u]}{_DURATION[u]}" for u in _DATE_LETTERS if u in amounts)
    time = "".join(f"{amounts[u]}{_DURATION[u]}" for u in _TIME_LETTERS if u in amounts)
    return "P" + date + ("T" + time if time else "") if amounts else None


def a_fiscal_part_on_the_calendar(parts: dict) -> bool:
    """"fiscal third-quarter", "its fiscal first half": a fiscal quarter or half by its number, with no year, read on
    the calendar's months (no calendar off December told for it)."""
    return bool(parts.get("fiscal")) and parts.get("fiscal_end", 12) == 12 and parts.get("unit") in ("Q", "H") \
        and parts.keys().isdisjoint(("year", "yy", "year_of", "yearshift", "shift", "count", "habitual"))


def _fiscal_end_closing_the_last_ended(unit: str, ordinal: int, anchor: dt.date) -> int:
    """The last month (1-12) of the fiscal year whose quarter or half ``ordinal`` is the last one on the calendar
    to have ended by ``anchor``."""
    months = UNIT_MONTHS[unit]
    last_ended = (anchor.month - 1) // months * months or 12
    return (last_ended + months * (UNIT_MONTHS["Y"] // months - ordinal) - 1) % 12 + 1


def _unit(parts: dict, anchor, tense, reference, mod) -> Resolution | None:
    unit = parts["unit"]
    count = parts.get("count")
    if unit == "W2" and count is None and parts.get("det") and "direction" not in parts \
            and (parts.get("vague") in ("PAST", "FUTURE") or parts.get("shift") in (-1, 1)):
        # "the coming fortnight", "the past fortnight" are the 14 days from or up to now, as "the next two
        # weeks" are, not one later or earlier week
        weeks = _UNIT_DAYS["W2"] // _UNIT_DAYS["W"]
        return _unit(dict(parts, unit="W", count=weeks, plural=True), anchor, tense, reference, mod)
    direction = parts.get("direction")
    forecast = tense in AHEAD
    gran = _UNIT_GRAN.get(unit)

    # "the third quarter", "the first half of 2023", "the 20th century"
    if "ordinal" in parts and count is None and unit in ("Q", "H", "C") and "ends_on" not in parts:
        if unit == "C":
            century = Period("C", parts["ordinal"] - 1)
            return _placed(century, anchor, mod, future=forecast)
        year = _year_of(parts, anchor, reference)
        if parts.get("habitual") and year is None and not parts.get("fiscal"):
            return _vague(f"XXXX-{unit}{parts['ordinal']}", mod)     # "usually conducted in the fourth quarter"
        this_year = bool(parts.get("of_the_year"))
        if parts.get("of_the_year") and anchor is not None and year == anchor.year \
                and not (tense != "past" and Period(unit, year, parts["ordinal"]).last() >= anchor):
            # "the final quarter of the year" when the story is on the year under way: "the final quarter",
            # the last one begun, or the next in a forecast
            parts = {k: v for k, v in parts.items() if k not in ("year_of", "of_the_year")}
            year = None
        if year is None and anchor is None:
            return _unresolved(mod=mod, future=forecast)
        of = parts.get("year_of")
        if isinstance(of, dict) and of.get("fiscal") and of.get("fiscal_end", 12) != 12 and unit in ("Q", "H"):
            # "the first quarter of the current fiscal year", of a year ending in March: a quarter of that fiscal
            # year, April to June
            fiscal_year = resolve(of, anchor, "", reference)
            if fiscal_year is not None and fiscal_year.period is not None and fiscal_year.period.gran == "FY":
                parts, year = dict(parts, fiscal=True, fiscal_end=of["fiscal_end"]), fiscal_year.period.year
        period = Period(unit, year if year is not None else anchor.year, parts["ordinal"])
        fiscal_half = unit == "H" and parts.get("fiscal") and parts.get("fiscal_end", 12) != 12
        if (unit == "Q" and parts.get("fiscal")) or fiscal_half:
            fiscal_end = parts.get("fiscal_end", 12)
            # without its year, "its fiscal second quarter" is of the fiscal year under way
            fiscal_year = year if year is not None else _fiscal_year_of(anchor, fiscal_end)
            # (a fiscal half is placed by its first quarter)
            period = _fiscal_quarter(fiscal_year, 2 * parts["ordinal"] - 1 if fiscal_half else parts["ordinal"],
                                     fiscal_end)
        if year is None and parts.get("in_story") and reference is not None and reference.gran == "Y" \
                and not parts.get("fiscal"):
            # a sentence opened by a past year tells of that year's quarters and halves: "In 2018, ... booked a hit
            # in the second half"
            return _placed(Period(unit, reference.year, parts["ordinal"]), anchor, mod, future=forecast)
        if year is None and parts.get("in_story") is True and reference is not None \
                and reference.gran in ("Q", "H") and not parts.get("fiscal"):
            # the first one after a quarter or half of a year to come its sentence told: "in the first quarter of
            # 2026, 17 in the second quarter"
            period = Period(unit, reference.first().year, parts["ordinal"])
            while period.first() <= reference.first():
                period = period.shifted(1, "Y")
            return _placed(period, anchor, mod, future=forecast)
        if "yearshift" in parts and year is None:
            period = period.shifted(parts["yearshift"], "Y")      # "the year-ago third quarter"
        elif year is None:
            # the quarter a report is about has begun: "expects to report third-quarter results"
            # in October is this year's third quarter, whatever the tense ...
            while period.first() > anchor and not (fiscal_half and forecast) \
                    and not _about_to_begin(period, anchor, tense, parts):
                period = period.shifted(-1, "Y")    # (a fiscal half in a forecast is the fiscal year's under way)
            if forecast and (names_a_part_of_the_year(parts) or fiscal_quarter_alone(parts)
                             or quarter_as_a_modifier(parts)) and (
                    (anchor - period.last()).days > REPORT_LAG_DAYS or (tense == "plan" and period.last() < anchor)):
                # ... but one that ended before the last is to come: "will unveil chips in the first
                # quarter" in November ("expects a loss for the third quarter" in October is its report);
                # so is any that has ended, in a plan, which has no report to wait for ("said it planned a
                # capital markets day in the second half", in February)
                period = period.shifted(1, "Y")
            elif tense == "past" and names_a_part_of_the_year(parts) and not this_year \
                    and _still_to_come(period, anchor):
                # ... and in a clause about the past, one mostly still to come has not happened yet: "sales
                # rose in the second quarter" in a May letter is last year's ("of the year" keeps this one)
                period = period.shifted(-1, "Y")
        if year is None and tense == "past" and a_fiscal_part_on_the_calendar(parts) \
                and period.first() <= anchor <= period.last():
            # "reported fiscal third-quarter revenue", in July: a fiscal quarter or half reported on is over, so one
            # whose namesake on the calendar is still running is of a calendar off December, the latest one ended
            return _unit(dict(parts, fiscal_end=_fiscal_end_closing_the_last_ended(unit, parts["ordinal"], anchor)),
                         anchor, tense, reference, mod)
        if fiscal_half:
            return _fiscal_half(period, anchor, mod, forecast, parts.get("fiscal_end", 12))
        if unit == "Q" and parts.get("fiscal"):
            return _fiscal_quarter_months(period, anchor, mod, forecast, parts.get("fiscal_end", 12),
                                          parts["ordinal"])
        return _placed(period, anchor, mod, future=forecast)

    if "ordinal" in parts and count is None and unit == "W":
        return Resolution("DURATION", "P1W", mod)     # "the third week" (of a month): placed by the month
    # a count with a direction: "two years ago", "a year earlier", "three days later"
    if "fraction" in parts:
        count = (count if isinstance(count, int) else 1) + parts["fraction"]   # "a minute and a half"
    if direction:
        # a bare plural counts vaguely: "days later" is no particular day, "years ago" no particular year
        amount = ("X" if parts.get("plural") else 1) if count is None else count
        if isinstance(amount, float) and gran is not None:
            # "two and a half years ago": counted in the next smaller unit
            if unit not in _SMALLER:
                return Resolution("DURATION", _duration_value(amount, unit) or "", mod)
            factor, unit = _SMALLER[unit]
            amount, gran = int(amount * factor), _UNIT_GRAN.get(unit)
        if amount == "X":
            if reference is not None and direction in ("earlier", "later") and gran is not None \
                    and _ORDER[gran] < _ORDER[reference.gran]:
                # "In July 2023, regulators fined Ant ... Days later": within the period the text is on
                return _placed(reference, anchor, mod, future=forecast)
            if direction == "later":
                # after a time of the story, not after the writing: "was overshadowed weeks later" is past
                return _vague("FUTURE_REF", mod)._replace(future=forecast)
            return _vague("FUTURE_REF" if direction == "hence" else "PAST_REF", mod)
        sign = 1 if direction in ("later", "hence") else -1
        plus = parts.get("plus") if parts.get("plus", (0, ""))[1] in _UNIT_GRAN else None
        if plus:
            gran = _UNIT_GRAN[plus[1]]      # "two years and three months ago": a month, counted back by both
        if gran is None:
            return Resolution("DURATION", _duration_value(amount, unit) or "", mod)
        use_reference = reference is not None and direction in ("earlier", "later")
        if unit == "Y" and amount == 1 and reference is not None \
                and (reference.gran in ("Q", "H") or (parts.get("of_the_figure") and reference.gran in ("M", "W"))) \
                and (anchor is None or reference.first() <= anchor):
            # "profit of $2 billion a year ago": the same quarter a year before; otherwise "ago" counts
            # from the publication date ("the break-up it unveiled a year ago", after a paragraph on November),
            # as it does after a quarter or half still to come, which no report is on ("plans to list in the
            # second half of the year ... up from about $80 billion a year ago", in March: March a year before); a
            # month or week too, when the base is set off right after its figure ("traded at $720 a tonne last week,
            # up from $560 a year ago": that week a year back; mentions.py marks it of_the_figure)
            use_reference = True
        if use_reference:
            # ("a decade later", after 2014, is 2024, not the 2020s: decades and centuries count in years)
            gran = _COUNTED_GRAN.get(gran, gran)
            if _ORDER.get(reference.gran, 9) > _ORDER[gran] and reference.gran in ("Y", "H", "Q", "M") \
                    and reference.first() <= Period.of(gran, reference.last() if sign < 0 else reference.first()
                                                       ).shifted(sign * amount, unit).first() <= reference.last():
                # "In 2023, Wu took over from Zhang, who had announced his departure three months earlier": a
                # count that may stay within the year told of, whose month is unsaid, keeps to that year
                return _placed(reference, anchor, mod, future=forecast)
            base = reference if _ORDER[reference.gran] <= _ORDER[gran] \
                else Period.of(gran, _counted_from_edge(reference, sign, unit))
            if unit == "Y" and parts.get("det") and count is None and reference.gran == "S":
                # "the year before" names a year: after "the summer of 2024", "a heat wave the year before" is 2023,
                # no season (a season is no period a report compares, as a quarter is)
                base = Period.of("Y", reference.first())
            if unit == "W" and reference.gran == "D" and not (parts.get("det") and count is None):
                # weeks counted from a day told land on a day, as days do: "Feb. 11 ... Two weeks later" is Feb. 25;
                # "the week before" names the calendar week, no count ("on March 2, after talks broke down the week
                # before" is the week of Feb. 23)
                gran = "D"
            if unit == "Y" and amount == 1:
                period = base.shifted(sign, "Y")
            elif unit == "M" and isinstance(amount, int) and amount % 12 == 0 and reference.gran == "Y":
                # whole years told in months count in years: "at the end of the year (2025) ... twelve months
                # earlier" is 2024, not the January its count from 2025's first month would land on
                period = reference.shifted(sign * amount // 12, "Y")
            elif unit == "D" and parts.get("workday") and isinstance(amount, int):
                # "the last business day before that", after Monday, Dec. 8: markets and offices are shut at
                # weekends, so the Friday before it
                period = Period.of("D", _workdays_on(base.first(), sign * amount))
            else:
                period = Period.of(gran, base.first()).shifted(sign * amount, unit)
        else:
            if anchor is None or direction == "later":
                # "later" counts from a time of the story, never from the writing: with none told ("By the time
                # Robin Li turned 31, ... Twenty-five years later"), the year is unknown
                return _unresolved(mod=mod, future=forecast)
            if unit == "Y" and sign < 0 and isinstance(amount, int) and anchor.year - amount < 1:
                # "about 3,300 years ago" reaches back before year 1: the year BC it lands on (astronomical year 0
                # is 1 BC)
                return _before_christ({"year": 1 - (anchor.year - amount)}, mod)
            if plus:
                # "one year and two weeks ago": both counts back from the day of writing, then its week; a week
                # shifted by a year keeps its ISO number, a week off the day counted when a year boundary is crossed
                day = Period.of("D", anchor).shifted(sign * amount, unit).shifted(sign * plus[0], plus[1]).day
                period, plus = Period.of(gran, day), None
            else:
                period = Period.of(_COUNTED_GRAN.get(gran, gran), anchor).shifted(sign * amount, unit)
                if unit == "W" and direction == "ago" and isinstance(amount, int) and not mod \
                        and not (parts.get("det") and count is None):
                    # "since it was sparked a week ago", written on Aug. 24, is Aug. 17: weeks counted back from the
                    # day of writing land on a day, as those counted from a day told do; TimeML keeps the week
                    day = Period.of("D", anchor).shifted(sign * amount, unit)
                    return _placed(day, anchor, mod, value=period.value(), future=forecast)
        if plus:
            period = period.shifted(sign * plus[0], plus[1])
        # (a count from the writing looks ahead, "two years hence"; one from a time of the story only when it falls
        # after the writing: "Ten months later, the discounts have not stopped" is now)
        return _placed(period, anchor, mod, future=forecast or (sign > 0 and not use_reference))

    # a count without a direction: a duration ("two years", "the past nine months")
    if count is not None:
        # ("two months and ten days": one duration of both counts)
        value = _duration_of({unit: count, parts["plus"][1]: parts["plus"][0]}) if "plus" in parts \
            else _duration_value(count, unit)
        if value is None:
            return None
        stretch = stretch_from(parts, anchor, value, mod)
        if stretch is not None:
            return stretch
        if parts.get("anaphoric") and parts.get("shift") == 1 and reference is not None and anchor is not None:
            following = _following_stretch(dict(parts, anaphoric=False), reference, value, mod, anchor)
            if following is not None:
                return following
        if parts.get("anaphoric") and parts.get("shift") == -1 and reference is not None:
            preceding = _preceding_stretch(parts, reference, value, mod)
            if preceding is not None:
                return preceding
        if parts.get("anaphoric") and parts.get("shift") == 0 and unit == "M" and reference is not None \
                and reference.gran in ("Q", "H") and count == UNIT_MONTHS[reference.gran] and "plus" not in parts:
            # "more than doubled over the same six months" after "revenue for the first half": that half, as "the
            # same period" is
            return _placed(reference, anchor, mod, future=forecast)
        return Resolution("DURATION", value, mod, future=forecast or parts.get("vague") == "FUTURE")

    # "the quarter ended June 30": the period of the day it ends on; "its fourth quarter ended Aug. 26"
    # keeps its own (fiscal) number; "the year ended March 31" is a twelve-month stretch (TimeML P1Y)
    if "ends_on" in parts and count is None:
        end = parts["ends_on"]
        if unit == "Y":
            return Resolution("DURATION", "P1Y", mod)
        if unit == "W":
            # "the week to March 8" (a Sunday) is the calendar week it closes, as the table gives it, not the week
            # of the writing; seven days ending on another weekday are no calendar week ("the week ending Sept. 12")
            week = Period.of("W", end)
            return _placed(week, anchor, mod, future=forecast) if week.last() == end \
                else Resolution("DURATION", "P1W", mod)
        if "ordinal" in parts and unit in ("Q", "H"):
            return _placed(Period(unit, end.year, parts["ordinal"]), anchor, mod, future=forecast)
        if unit in ("Q", "P"):
            # the calendar quarter holding most of the three months that end on that day: "the quarter
            # ended July 31" is May to July (2nd), "the quarter ended Oct. 1" July to September (3rd)
            middle = end - dt.timedelta(days=_QUARTER_MIDDLE_DAYS)
            return _placed(Period.of("Q", middle), anchor, mod, future=forecast)
        if unit in ("H", "M"):
            return _placed(Period.of(unit, end), anchor, mod, future=forecast)

    # "the year-earlier quarter", "the year-ago period"
    if "yearshift" in parts:
        base = _reporting_period(unit, anchor, reference)
        if base is None:
            return _unresolved(mod=mod)
        return _placed(base.shifted(parts["yearshift"], "Y"), anchor, mod)

    if parts.get("latest"):
        base = _reporting_period(unit, anchor, reference)
        if base is None:
            return _unresolved(mod=mod)
        return _placed(base, anchor, mod)

    vague = parts.get("vague")
    if _the_coming_weeks(parts) and anchor is not None:
        # "in the coming weeks": near enough to place, as the four weeks from the anchor ("the next four weeks");
        # TimeML keeps the vague reference
        last = anchor + dt.timedelta(days=_COMING_WEEKS_DAYS)
        return _vague("FUTURE_REF", mod)._replace(when=f"{anchor:%Y-%m-%d}/{last:%Y-%m-%d}", first_day=anchor,
                                                  last_day=last, precision="span", on_calendar=True)
    if vague and parts.get("plural"):
        # "recent years", "the coming months": TimeML's vague past or future reference
        return _vague("FUTURE_REF" if vague == "FUTURE" else "PAST_REF", mod)

    if _ten_years_from_now(parts) and anchor is not None:
        # "in the past decade", "over the coming decade": the ten years up to or from the anchor (TimeML
        # P10Y), not the calendar decade before or after the one under way; with no period, so that a day
        # the sentence tells of counts them instead ("March 30, 2021 - ... $10 billion over the next decade")
        # (ahead, the ten years keep their months, as any count ahead does: "over the next decade", in May 2025,
        # is 2025-05/2035-05; back, they are whole years, as several years counted back are, from the first day
        # of the first one: "over the past decade", in November 2025, is 2015-01-01 to 2025-12-31)
        return stretch_from(parts, anchor, f"P{_YEARS_OF_A_UNIT[parts['unit']]}Y", mod, anchor)
    if _one_unit_back(parts) and anchor is not None:
        return stretch_from(parts, anchor, f"P1{unit}", mod, anchor)
    shift = parts.get("shift")
    if vague and shift is None:
        shift = -1 if vague == "PAST" else 1
    if shift is not None:
        if unit == "P" and shift == 0 and parts.get("anaphoric") and not parts.get("plural") \
                and reference is not None and reference.gran in ("Q", "H"):
            # "grew 36% in that period" after "in the December quarter": the quarter or half the text last told of
            # (after a year it is more often a stretch compared over: "up 30% over the same period")
            return _placed(reference, anchor, mod, future=forecast)
        if gran is None or parts.get("plural"):
            return _vague("PAST_REF" if shift < 0 else ("FUTURE_REF" if shift > 0 else "PRESENT_REF"), mod)
        base_day = anchor
        if parts.get("anaphoric") and reference is not None:
            if shift == 1 and unit in _YEARS_OF_A_UNIT and reference.gran in _FINER_THAN_A_YEAR and anchor is not None:
                return _the_decade_after(parts, reference, mod, anchor)
            if gran == "D" and reference.gran in ("M", "Y"):
                # "that same day" after "in October 1998": a day of that month, which one unsaid
                filler = "-XX" if reference.gran == "M" else "-XX-XX"
                return _placed(reference, anchor, mod, value=reference.value() + filler, future=forecast)
            if gran == "W" and reference.gran in ("M", "Y"):
                # "was suspended the following week" after "came to light in March 2023": a week of that month (or
                # the days right after it), which one unsaid, as a day of it is; not the week after the month's first
                return _placed(reference, anchor, mod, value=f"{reference.first().year:04d}-WXX", future=forecast)
            base_day = reference.first()
        if base_day is None:
            return _unresolved(mod=mod, future=forecast or shift > 0)
        if parts.get("anaphoric") and reference is not None and reference.gran == "FY" and gran == "Y":
            # "received $11.3 million in fiscal 2025, compared with $10.4 million a year earlier": the fiscal
            # year before, not the calendar year before the one it began in
            return _placed(reference.shifted(shift, unit), anchor, mod, value=f"{reference.year + shift:04d}",
                           future=forecast or shift > 0)
        if parts.get("fiscal") and gran == "Y":
            # shifted from the fiscal year under way, named as its company names them: in November 2025
            # Alibaba's (April-March) "last fiscal year" is FY2025
            end_month = parts.get("fiscal_end", 12)
            year = _fiscal_year_of(base_day, end_month) + shift
            return _placed(Period("FY", year, end_month), anchor, mod, value=f"{year:04d}",
                           future=forecast or shift > 0)
        if parts.get("year_end") and shift == 0 and tense == "past" and not parts.get("anaphoric"):
            shift = -1      # "has fallen 20% since year-end", "debt stood at $2 billion at year-end": the year
                            # under way has not ended, so a year-end gone by is last year's
        if gran == "W" and shift == 0 and (forecast or tense == "schedule") and not parts.get("anaphoric"):
            base_day = _week_ahead(base_day)     # "will report results this week" ("holds its meeting this
                                                 # week"), written on a weekend: the week that starts on Monday
        if gran == "W" and shift < 0 and base_day == anchor and not parts.get("anaphoric") \
                and anchor.isoweekday() == _SUNDAY:
            base_day = _week_ahead(anchor)      # "The stock fell 6.1% last week", written on a Sunday: the week
                                                # just ended, as "this week" there is the one that starts tomorrow
        if gran == "WE" and shift == 1 and parts.get("anaphoric") and reference is not None \
                and reference.gran == "D" and base_day.isoweekday() < _WEEKEND_DAY:
            shift = 0       # "flooded on the morning of 6 January [a Tuesday] ... by the following weekend": the
                            # first weekend after the day told, that of its own week
        if tense == "past" and _this_weekend(parts) and base_day.isoweekday() < _FRIDAY:
            shift = -1      # "This weekend they bought air fryers", written on a Wednesday: a weekend told in
                            # the past early in the week is the one just gone (on a Friday it may be the one
                            # beginning)
        period = Period.of(gran, base_day).shifted(shift, unit)
        if gran == "D" and parts.get("workday") and shift:
            period = _workday(period, shift)
        # (a period counted back is gone, whatever plan its clause tells: "Last week, the city unveiled a plan to",
        # written on a Sunday, is the week ending that day and no forecast)
        return _placed(period, anchor, mod, future=forecast and shift >= 0 or shift > 0)

    if parts.get("plural"):
        return Resolution("DURATION", _duration_value("X", unit) or "PXY", mod)

    if unit == "P" and "year" in parts and not parts.get("det") and count is None:
        # "its 2024-2027 period": the second year of a range of years that heads "period" is that year (with a
        # determiner of its own, "the 1988 period" is the report's period in that year)
        return _placed(Period("Y", parts["year"]), anchor, mod, future=forecast)

    # "the quarter", "the year", "the week": the period the text is talking about
    if parts.get("det"):
        if unit in ("Q", "P") or (unit == "H" and "year_of" in parts):
            # ("the same half a year earlier": the half the text is on; "the half" alone the finder leaves unread)
            base = _reporting_period(unit, anchor, reference)
            year = _year_of(parts, anchor, reference) if ("year" in parts or "year_of" in parts) else None
            if base is not None and year is not None:
                # "the 1988 period", "the corresponding period last year"
                base = Period(base.gran, year, base.index) if base.gran != "Y" else Period("Y", year)
        elif gran is not None and gran in ("Y", "M", "W", "WE", "E", "C"):
            source = reference.first() if reference is not None and _ORDER.get(reference.gran,
                                                                               9) <= _ORDER[gran] else anchor
            if anchor is not None and reference is not None and reference.first() <= anchor <= reference.last():
                source = anchor     # a period under way is on now, whenever it began: "the end of the month"
                                    # after "this week", a week begun last month, is this month's end
            if source is None:
                return _unresolved(mod=mod)
            if gran == "Y" and reference is not None and reference.gran == "FY" and source == reference.first():
                # "spent 71.5 billion yuan in fiscal 2025 ... during the year": that fiscal year
                return _placed(reference, anchor, mod, value=f"{reference.year:04d}", future=forecast)
            if gran == "W" and anchor is not None and (forecast or tense == "schedule") \
                    and Period.of(gran, source) == Period.of(gran, anchor):
                source = _week_ahead(anchor)    # "The week also brings China's PMI", on a Saturday: the next one
            base = Period.of(gran, source)
            if gran in ("E", "C") and parts.get("side") == "future":
                # "edging down over the remainder of the decade" after "in 2026-27": only its years still to
                # come, from the one under way or the one after the period told, not the whole decade
                start = anchor if source == anchor else reference.last() + dt.timedelta(days=1)
                first_year = Period.of("Y", start)
                if first_year.last() < base.last():
                    return _span(_placed(first_year, anchor, mod, value=base.value(), future=forecast), base, anchor)
            if gran == "M" and ("year" in parts or "year_of" in parts):
                year = _year_of(parts, anchor, reference)
                if year is not None:
                    return _placed(base.shifted(year - base.year, "Y"), anchor, mod)   # "the same month of 2024"
            if gran in ("W", "WE") and "year_of" in parts:
                # "than over the same weekend a year earlier": the week or weekend the text is on, in the year its
                # words name
                if gran == "WE":
                    base = _by_tense(base, source, "past", "W")     # (the weekend just gone, as news reports it)
                return _placed(_the_same_week_in(base, _year_of(parts, anchor, reference)), anchor, mod)
            if source == anchor and tense == "past" and gran in ("Y", "M") and not parts.get("fiscal") \
                    and (anchor - base.first()).days < _JUST_OPENED_DAYS:
                base = base.shifted(-1, unit)
            if parts.get("fiscal") and gran == "Y" and parts.get("fiscal_end", 12) != 12:
                # "the end of the fiscal year" of a company whose fiscal year ends in March: the one under
                # way (or told of)
                end_month = parts["fiscal_end"]
                if reference is not None and reference.gran == "Y" and anchor is not None \
                        and reference.year == anchor.year:
                    source = anchor         # ("this year" holds two fiscal years: the one under way)
                # (a fiscal year its words named keeps its name, whatever the text went on to: "the year just ended",
                # after "the current year, which ends in March 2027", is FY2026)
                year = parts["year"] if isinstance(parts.get("year"), int) else _fiscal_year_of(source, end_month)
                return _placed(Period("FY", year, end_month), anchor, mod, value=f"{year:04d}", future=forecast)
            if gran == "WE" and anchor is not None:
                # "the weekend": the one just gone unless the clause looks ahead (news reports the past)
                base = _by_tense(base, anchor, tense or "past", "W")
        else:
            return None
        if base is None:
            return _unresolved(mod=mod)
        return _placed(base, anchor, mod, future=forecast)
    return None


def as_long_as(period: Period, parts: dict) -> bool:
    """Is ``period`` made of whole months exactly as many as the count of ``parts`` tells ("the three months" and
    the June quarter)?"""
    months = UNIT_MONTHS.get(parts.get("unit"))
    if months is None or not isinstance(parts.get("count"), int) or period.gran not in _MONTHS_WHOLE:
        return False
    return _add_months(period.first(), months * parts["count"]) == period.last() + dt.timedelta(days=1)


def _week_ahead(day: dt.date) -> dt.date:
    """The day a week looked ahead to from ``day`` starts in: on a weekend, the week to come, which a
    weekend paper's look ahead is about; else the week under way."""
    return day + dt.timedelta(days=8 - day.isoweekday()) if day.isoweekday() >= _WEEKEND_DAY else day


_WEEKEND_DAY = 6
_SUNDAY = 7


def unit_gran(unit: str | None) -> str | None:
    """The granularity of the periods a unit word names ("quarter" -> Q)."""
    return _UNIT_GRAN.get(unit) if unit is not None else None


def finer(gran: str, than: str) -> bool:
    """Is a period of ``gran`` shorter than one of ``than`` (a day than a quarter)?"""
    return gran in _ORDER and than in _ORDER and _ORDER[gran] < _ORDER[than]


def _reporting_period(unit: str, anchor, reference: Period | None) -> Period | None:
    """The period a report is about: the last one the text named, else the last complete quarter
    (for "quarter"/"period") or the current period of that unit."""
    if unit == "P":
        if reference is not None and reference.gran in ("Q", "H", "M", "Y", "S", "FY"):
            return reference
        unit = "Q"
    gran = _UNIT_GRAN.get(unit)
    if gran is None:
        return None
    if reference is not None and reference.gran == gran:
        return reference
    if anchor is None:
        return None
    current = Period.of(gran, anchor)
    return current.shifted(-1, unit) if gran in ("Q", "H") else current


# Days from a week's Monday to its Thursday, the day whose year an ISO week belongs to.
_ISO_THURSDAY = 3


def _the_same_week_in(period: Period, year: int | None) -> Period:
    """The week (weekend) of ``period`` in ``year``: its first day moved to that year, as ISO weeks keep their
    number across years only roughly; a week's Thursday, which sets its ISO number, so that "the same week last year",
    in the week of Wednesday Nov. 26, 2025 (2025-W48), is 2024-W48, not the week of Sunday Nov. 24, 2024."""
    if year is None or year == period.year:
        return period
    first = period.first() + dt.timedelta(days=_ISO_THURSDAY if period.gran == "W" else 0)
    day = first.replace(year=year, day=28) if (first.month, first.day) == (2, 29) \
        else first.replace(year=year)
    return Period.of(period.gran, day)


def _year_of(parts: dict, anchor, reference) -> int | None:
    """The year a period is placed in by its own words ("of 1984", "last year's")."""
    if "year" in parts:
        return parts["year"]
    if "yy" in parts and "unit" in parts:
        return _expand_yy(parts["yy"], anchor)      # "the second half of FY26"
    if "year_of" in parts:
        resolution = resolve(parts["year_of"], anchor, "", reference)
        if resolution is not None and resolution.period is not None:
            return resolution.period.first().year if resolution.period.gran not in ("Q", "H", "M", "D") \
                else resolution.period.year
    if "shift" in parts and anchor is not None:
        return anchor.year
    return None


def _by_tense(period: Period, anchor: dt.date, tense: str, step: str) -> Period:
    """Move a period that the text named without its year (or week) to the right one: the next one
    for a plan or forecast, else the latest one up to the anchor (news mostly reports the past) unless
    the next one starts within a few weeks of the anchor ("November" in a late-October article).  A day
    ("Dec. 7") that comes within two months, or next month named in the second half of this one, is
    the coming one even in a clause about the past: a day or month almost a year back would be
    written with its year or with "last" (not a day of the year under way told in the past)."""
    after = period
    while after.last() < anchor:
        after = after.shifted(1, step)
    while after.shifted(-1, step).last() >= anchor:
        after = after.shifted(-1, step)
    before = after if after.first() <= anchor else after.shifted(-1, step)
    if tense == "plan":
        # "agreed to buy the line in February": the coming February when it is near; a plan of the
        # past for a month far ahead was more likely made in that month ("agreed to pay the fine in
        # April", written in August)
        if before is after or (after.first() - anchor).days <= _PLAN_DAYS:
            return after
        tense = ""
    if tense == "schedule" and period.gran in ("D", "M", "S"):
        # "reports its results on Nov. 25": a timetable names the nearest such day, before or after (or
        # month or season: "the agreement takes effect in January", written in August, is the coming January);
        # one gone more than two months is no longer the nearest a timetable in the present tells of, but the
        # coming one ("the season ends in Abu Dhabi on Dec. 6", written in March)
        if long_gone(before.last(), anchor):
            return after
        return after if (after.first() - anchor) < (anchor - before.last()) else before
    if tense == "future":
        # "by Jan. 14" the day after Jan. 14 is that deadline just passed, not next year's
        if before is not after and (after.first() - anchor).days > _FAR_DAYS \
                and not long_gone(before.last(), anchor):
            return before
        return after
    if before is after:
        return before
    soon = (after.first() - anchor).days
    if period.gran == "D":
        if tense in PAST_TENSES and before.first().year == anchor.year:
            # (a day of the year under way needs no year, even months back: "In my column of Feb. 3, I argued",
            # written on Dec. 27, is this year's Feb. 3, not one still to come)
            return before
        return after if soon <= SOON_DAY_DAYS else before
    if period.gran == "M" and anchor.day >= _LATE_IN_MONTH and after.first() == _add_months(
            dt.date(anchor.year, anchor.month, 1), 1):
        # "a cutback in its oil supply in September" written in the second half of August: the
        # month about to begin, whatever the tense (eleven months back would be "last September")
        return after
    if tense == "past":
        return before
    return after if soon <= _SOON_DAYS else before


def _calendar(parts: dict, anchor, tense, reference, locale) -> Period | Resolution | None:
    """Days, months, weekdays, seasons, holidays, years, decades, quarters and halves by name."""
    mod = parts.get("mod") or parts.get("approx") or ""
    year = _year_of(parts, anchor, reference) if ("year" in parts or "year_of" in parts) else None
    if "numeric" in parts:
        return _numeric(parts, anchor, locale)
    if "nth_weekday" in parts:
        # "the first Tuesday of November": that day of the month the month alone is read as
        month = _calendar({k: v for k, v in parts.items() if k != "nth_weekday"}, anchor, tense, reference, locale)
        if not isinstance(month, Period) or month.gran != "M":
            return month
        nth, weekday = parts["nth_weekday"]
        day = _nth_weekday(month.year, month.first().month, nth, weekday)
        if tense == "past" and anchor is not None and day > anchor and parts.get("year_of") == _THE_YEAR:
            # "closed early on the last Friday of the year", told on Jan. 3: a past clause tells the last one gone,
            # as it tells "the final quarter of the year", whatever year the story is on
            return _calendar({k: v for k, v in parts.items() if k != "year_of"}, anchor, tense, reference, locale)
        if tense == "future" and anchor is not None and day < anchor and parts.get("year_of") == _THE_YEAR:
            # "will close early on the last Friday of the year", told on Dec. 29 after it: the next one to come
            day = _nth_weekday(month.year + 1, month.first().month, nth, weekday)
        return Period.of("D", day) if day.month == month.first().month else None
    if "month" in parts and "day" in parts:
        month, day = parts["month"], parts["day"]
        if year is not None:
            return _day(year, month, day)
        if parts.get("habitual") and "weekday" not in parts and not parts.get("shift"):
            return _vague(f"XXXX-{month:02d}-{day:02d}", mod)     # "its fiscal year ends on March 31"
        if anchor is None:
            return None
        if "weekday" in parts:
            # "Saturday, April 25": the year in which that day is a Saturday, nearest the anchor, or the year
            # the text tells of ("In the early hours of 24 June 2016 ... on Friday, 24 June", written in 2026)
            years = [anchor.year, anchor.year - 1, anchor.year + 1]
            if reference is not None:
                years[1:1] = [reference.first().year, reference.last().year]
            fits = [p for p in (_day(y, month, day) for y in years)
                    if p is not None and p.day.isoweekday() == parts["weekday"]]
            if fits:
                return fits[0]
        period = _day(anchor.year, month, day)
        if period is None and (month, day) == (2, 29):
            # a leap day named without its year is of the leap year told of, else of the nearest one (the next, in
            # a clause about the future): "since February 2024 ... That month, on Feb. 29", written in 2026
            leap = reference.first().year if reference is not None and calendar.isleap(reference.first().year) \
                else anchor.year
            while not calendar.isleap(leap):
                leap += 1 if tense == "future" else -1
            return _day(leap, month, day)
        if period is None:
            return None
        if parts.get("shift"):
            return period.shifted(parts["shift"], "Y")
        return _without_year(period, parts, anchor, tense, reference)
    if "day" in parts and "month" not in parts and "weekday" not in parts:
        return _day_of_month(parts["day"], anchor, tense, reference)
    if "month" in parts:
        if parts.get("fiscal") and "fiscal_end" in parts and (year is not None or "yy" in parts):
            # "June of FY25", "the April-September period of fiscal 2025": the month within that fiscal year (of
            # a company whose year ends in March, June 2024)
            last = _fiscal_last_month(year if year is not None else _expand_yy(parts["yy"], anchor),
                                      parts["fiscal_end"])
            return Period("M", last.year - (parts["month"] > last.month), parts["month"])
        if year is not None:
            return Period("M", year, parts["month"])
        if parts.get("habitual") and not parts.get("shift"):
            return _vague(f"XXXX-{parts['month']:02d}", mod)
        if anchor is None:
            return None
        period = Period("M", anchor.year, parts["month"])
        shift = parts.get("shift")
        if shift is not None and not parts.get("anaphoric"):
            if shift < 0:
                # "last February" written in March is a year before: the month just gone is "last month"
                previous_month = _add_months(dt.date(anchor.year, anchor.month, 1), -1)
                while period.first() >= previous_month:
                    period = period.shifted(-1, "Y")
            elif shift > 0:
                while period.first() <= anchor:
                    period = period.shifted(1, "Y")
            return period
        return _without_year(period, parts, anchor, tense, reference)
    if "weekday" in parts:
        if parts.get("anaphoric") and "shift" in parts and reference is not None and reference.gran == "D":
            # "down 4.5% from the previous Friday": the one before the day the text is about; "that
            # Saturday": the one in its week
            return _weekday(dict(parts, anaphoric=False), reference.day, tense)
        if parts.get("anaphoric") and parts.get("shift") == -1 and reference is not None \
                and anchor is not None and reference.last() < anchor:
            # "a premium to its closing price the previous Friday" in a paragraph on 2016: the Friday before a
            # day of that past the text does not name, never one counted from the publication date
            return None
        if anchor is None:
            return None
        return _weekday(parts, anchor, tense)
    if "holiday" in parts:
        if parts.get("habitual") and year is None and not parts.get("shift"):
            return _recurring_holiday(parts["holiday"], mod)
        if anchor is None and year is None:
            return None
        gran = "W" if parts.get("holiday_week") else "D"     # "Easter week": the ISO week of Easter

        def of(year: int) -> Period | None:
            day = _holiday(parts["holiday"], year)
            if day is not None and parts.get("holiday_eve"):
                day -= dt.timedelta(days=1)
            if day is not None and parts.get("holiday_weekend"):
                # "the Thanksgiving weekend": the weekend of the day's week, or the one just before a
                # Monday ("Memorial Day weekend")
                return Period.of("WE", day - dt.timedelta(days=1 if day.isoweekday() == 1 else 0))
            return None if day is None else Period.of(gran, day)
        if year is not None:
            return of(year)
        if parts.get("in_story") and reference is not None:
            # "In 2009, it held its first Singles Day sale": in the year told of (after a finer date the story
            # moved on from, the first one after it), as a month is
            told = of(reference.last().year)
            if told is not None and parts["in_story"] is True and reference.gran not in ("Y", "FY", "E", "C") \
                    and told.last() < reference.first():
                told = of(reference.last().year + 1)
            if told is not None:
                return told
        if "in_month" in parts:
            # "the Nowruz holiday next March": that of the year the March told falls in
            month, sign = parts["in_month"]
            return of(anchor.year + (sign if (anchor.month >= month if sign > 0 else anchor.month <= month) else 0))
        shift = parts.get("shift") or 0
        if parts.get("hoped_for") and not shift and tense not in PAST_TENSES:
            # (a holiday hoped or braced "for" is still to come, or under way: "We are hoping for a calm Christmas",
            # in January, is next Christmas; finder._mark_holiday_hoped_for)
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                if (told := of(year)) is not None and _last_day_of_holiday(parts, told) >= anchor:
                    return told
        if shift and parts.get("anaphoric") and reference is not None \
                and (told := _holiday_beside_the_time_told(of, shift, reference)) is not None:
            return told
        if shift < 0 and (gone := of(anchor.year)) is not None and _last_day_of_holiday(parts, gone) < anchor:
            # "Last Nowruz, sales rose", in November: the latest one gone, this year's, as "last April" is
            return gone if shift == -1 else of(anchor.year + shift + 1)
        if shift > 0 and (ahead := of(anchor.year)) is not None and anchor < ahead.first():
            if shift == 1 and not parts.get("det") and (ahead.first() - anchor).days <= _THIS_HOLIDAY_DAYS:
                # "next Christmas", written on Dec. 20: a holiday a few days off is "this Christmas" to its writer, so
                # "next" is the one after, as "next Wednesday" written on a Tuesday is the week after's ("the coming
                # Christmas" is still this one)
                return of(anchor.year + 1)
            # "the coming Easter weekend", "next Christmas", in February: the first one still ahead, this year's, as
            # "next April" is
            return ahead if shift == 1 else of(anchor.year + shift - 1)
        if shift:
            return of(anchor.year + shift)
        before, after = of(anchor.year - 1), of(anchor.year)
        if after is not None and after.first() <= anchor <= _last_day_of_holiday(parts, after):
            # the holiday under way, whatever the tense: "closed for the Qingming festival" on its day, "will stay
            # open late during Golden Week" on its third
            return after
        if after is not None and parts.get("holiday_weekend") \
                and (_holiday(parts["holiday"], anchor.year) or anchor) <= anchor <= after.last():
            return after        # "the Thanksgiving weekend" on Black Friday: under way from the holiday on
        if after is not None and after.first() <= anchor:
            before, after = after, of(anchor.year + 1)
        if after is None and before is not None and before.first().year == anchor.year and tense not in AHEAD:
            return before       # this year's, when a lunar holiday's table lists no later year
        if before is None or after is None:
            return None         # a holiday of the lunar calendar outside the years its table lists
        if parts.get("shift") == 0 and not tense:
            return _the_nearer_holiday(parts, before, after, anchor)
        soon = (after.first() - anchor).days
        if tense == "schedule":
            # "the peak, which runs from mid-October through Christmas", written in September: the nearest one,
            # unless gone more than two months, as a day a timetable names ("The library closes on Christmas Day",
            # written in March)
            return after if soon < (anchor - before.last()).days or long_gone(before.last(), anchor) else before
        if tense == "future" or (tense == "plan" and soon <= _PLAN_DAYS) or (tense != "past" and soon <= _SOON_DAYS):
            return after
        return before
    if "season" in parts:
        start = _SEASON_START[parts["season"]]
        if parts.get("south"):
            # the southern hemisphere's seasons are the northern ones half a year on: its summer is December to
            # February
            start = start % 12 + 6 if start <= 6 else start - 6
        if year is not None:
            return Period("S", year, start)
        if parts.get("habitual") and not parts.get("shift"):
            return _vague(f"XXXX-{_SEASON_CODE[start]}", mod)
        if anchor is None:
            return None
        period = Period("S", anchor.year, start)
        shift = parts.get("shift")
        if shift is not None and not (parts.get("anaphoric") and reference is not None):
            current = Period.of("S", anchor)
            if shift < 0:
                # "last autumn" written in early December is a year before, like "last February" in March: the
                # season that ended weeks ago is "this autumn" ("last fall" in February is the one before winter);
                # not a winter ended weeks ago, begun the year before: "this winter" in March is the coming one, so
                # "last winter" is the one just over
                ended = Period.of("S", _add_months(current.first(), -1))
                if anchor.month == current.first().month and ended.first().year == anchor.year:
                    current = ended
                while period.first() >= current.first():
                    period = period.shifted(-1, "Y")
                if shift < -1:
                    period = period.shifted(shift + 1, "Y")     # "two summers ago": the one before "last summer"
            elif shift > 0:
                while period.first() <= current.first():
                    period = period.shifted(1, "Y")
                if shift > 1:
                    period = period.shifted(shift - 1, "Y")     # the last of "the next two summers"
            elif current.first().month == start:
                return current  # "this winter" written in February is the winter under way, begun the December before
            return period
        placed = _without_year(period, parts, anchor, tense, reference)
        if parts.get("described") and tense == "past" and "mod" not in parts and isinstance(placed, Period) \
                and 0 <= (anchor - placed.first()).days < _SEASON_LIVED_DAYS:
            # "a dry spring reduced yields", on March 18: what a season was like is told in the past only once it has
            # been lived through, so not of one in its first weeks ("an early spring brought the blossom forward" tells
            # when it came, no more: this spring)
            return placed.shifted(-1, "Y")
        return placed
    if "isoweek" in parts:
        # "week 47" is of the year the text is written in unless it names another ("week 2 of 2026")
        if year is None and anchor is None:
            return None
        if year is None:
            year = _year_of_a_week_number(parts["isoweek"], anchor, tense)
        if parts["isoweek"] > dt.date(year, 12, 28).isocalendar()[1]:
            return None     # no week 53 in a year of 52
        return Period("W", year, parts["isoweek"])
    if "quarter" in parts or "half" in parts:
        gran, index = ("Q", parts["quarter"]) if "quarter" in parts else ("H", parts["half"])
        key, months = ("quarter_end", 3) if "quarter" in parts else ("half_end", 6)
        if parts.get("habitual") and year is None and "yy" not in parts and not parts.get("fiscal"):
            return _vague(f"XXXX-{gran}{index}", mod)      # "The March quarter is usually quiet", as "the first" is
        if key in parts:
            # a quarter or half ending off the calendar's ("the January quarter", "the March half": October to March)
            # is placed as the calendar one it begins in, against a clock turned back as many months, and told by its
            # own months
            end = parts[key]
            if year is not None:
                period = Period.of(gran, _add_months(dt.date(year, end, 1), 1 - months))
            elif anchor is None:
                return None
            else:
                period = _calendar({k: v for k, v in parts.items() if k != key},
                                   _add_months(anchor, -(end % months)), tense, reference, locale)
                if not isinstance(period, Period):
                    return period   # no calendar quarter to place it by (one past the calendar's end, from 9999-12-31)
            if gran == "Q":
                return _fiscal_quarter_months(period, anchor, mod, tense in AHEAD, end)
            # (a half of a fiscal year ending that month, from the calendar quarter of its first month)
            return _fiscal_half(Period.of("Q", _add_months(period.first(), end % months)), anchor, mod,
                                tense in AHEAD, end)
        if year is None and "yy" in parts:
            year = _expand_yy(parts["yy"], anchor)
        if year is None:
            if anchor is None:
                return None
            period = Period(gran, anchor.year, index)
            while period.first() > anchor and not _about_to_begin(period, anchor, tense, parts):
                period = period.shifted(-1, "Y")    # the quarter a report is about has begun
            if tense in AHEAD and names_a_part_of_the_year(parts) and (anchor - period.last()).days > REPORT_LAG_DAYS:
                # ... but in a forecast, one that ended before the last is to come ("expect spending to
                # rise in the June quarter" in February)
                period = period.shifted(1, "Y")
            elif tense == "past" and _still_to_come(period, anchor):
                # ... and in a clause about the past, one still under way has not yet happened: "returned
                # to growth in the June quarter" in a May letter is last year's
                period = period.shifted(-1, "Y")
            return period
        if gran == "Q" and parts.get("fiscal") and parts.get("by_month"):
            # (the months before a fiscal year's closing month fall in the calendar year before its name: "the
            # December quarter of FY25", of a year to March, is October-December 2024)
            return Period(gran, year - (3 * index > parts.get("fiscal_end", 12)), index)
        if gran == "Q" and parts.get("fiscal"):
            return _fiscal_quarter_months(_fiscal_quarter(year, index, parts.get("fiscal_end", 12)), anchor, mod,
                                          tense in AHEAD, parts.get("fiscal_end", 12), index)
        if gran == "H" and parts.get("fiscal") and parts.get("fiscal_end", 12) != 12:
            # "1H25" in an Australian report is the first half of FY25, July-December 2024
            return _fiscal_half(_fiscal_quarter(year, 2 * index - 1, parts["fiscal_end"]), anchor, mod,
                                tense in AHEAD, parts["fiscal_end"])
        return Period(gran, year, index)
    if "decade" in parts:
        return Period("E", parts["decade"])
    if "decade_yy" in parts or "decade_digit" in parts:
        digit = parts.get("decade_digit")
        yy = parts["decade_yy"] if digit is None else digit * 10
        if anchor is None:
            return Period("E", (1900 + yy) // 10)
        century = anchor.year // 100 * 100
        start = century + yy if century + yy <= anchor.year else century - 100 + yy
        return Period("E", start // 10)
    if "year" in parts or "yy" in parts:
        year = parts.get("year")
        if year is None:
            year = _expand_yy(parts["yy"], anchor)
        if parts.get("fiscal"):
            return Period("Y", year)
        return Period("Y", year)
    return None


def _fiscal_half(first_quarter: Period, anchor, mod: str, forecast: bool, fiscal_end: int = 12) -> Resolution:
    """A fiscal half that is no calendar half, from its first quarter: its months on the table ("the second
    half of the fiscal year" of a year ending in March: 2025-10/2026-03); TimeML, which knows no fiscal
    halves, gets the calendar half it begins in."""
    start_day = _fiscal_start(first_quarter, fiscal_end)
    if start_day.month in (1, 7):
        # a fiscal year ending in June (or December) has the calendar's halves: "1H24" is 2023-H2
        return _placed(Period.of("H", start_day), anchor, mod, future=forecast)
    first, last = Period.of("M", start_day), Period.of("M", _add_months(start_day, 5))
    start = _placed(first, anchor, mod, value=Period.of("H", start_day).value(), future=forecast)
    return _span(start, last, anchor)


def _fiscal_quarter_months(quarter: Period, anchor, mod: str, forecast: bool, fiscal_end: int,
                           number: int | None = None) -> Resolution:
    """A fiscal quarter, from the calendar quarter holding its first month (see _fiscal_quarter).  With the company's
    ``number`` for it, TimeML, which knows no fiscal quarters, keeps that number in the calendar year the quarter
    ends in, as TimeBank writes every fiscal quarter ("the fiscal first quarter" of a year ending in June, in October
    1989: 1989-Q1), and as "the fiscal-first quarter ended Sept. 30" is written (see resolve)."""
    months = fiscal_quarter_months(_placed(quarter, anchor, mod, future=forecast), fiscal_end, anchor)
    if number is None or months.last_day is None:
        return months
    return months._replace(value=Period("Q", months.last_day.year, number).value())


def fiscal_quarter_months(quarter: Resolution, fiscal_end: int, anchor: dt.date | None) -> Resolution:
    """The fiscal quarter held by a placed calendar quarter (the one holding its first month): a fiscal year ending
    in March, June, September or December has the calendar's quarters; any other's are their three months on the
    table ("its fiscal third quarter, which ended Oct. 31" of a year ending in January: 2026-08/2026-10), and
    TimeML keeps the value the quarter came with (the calendar quarter it begins in for "the quarter" a text counts
    off the calendar's; _fiscal_quarter_months gives one the company numbers its own number)."""
    if fiscal_end % 3 == 0 or quarter.period is None or quarter.period.gran != "Q":
        return quarter
    start_day = _fiscal_start(quarter.period, fiscal_end)
    first, last = Period.of("M", start_day), Period.of("M", _add_months(start_day, 2))
    # (the story goes on from the calendar quarter, which the anaphora after it count by: "the quarter", "a year
    # earlier")
    future = anchor is not None and (start_day > anchor or (quarter.future and last.last() >= anchor))
    return _span(quarter._replace(period=first, future=future), last, anchor, future)._replace(period=quarter.period)


def _fiscal_start(quarter: Period, fiscal_end: int) -> dt.date:
    """The first day of the fiscal quarter held by the calendar quarter ``quarter`` (the fiscal year's quarters
    begin the month after ``fiscal_end`` and every three months on)."""
    return _add_months(quarter.first(), fiscal_end % 3)


def _long_weekend(holiday: str, weekend: Period, anchor, mod: str, forecast: bool) -> Resolution:
    """"the Thanksgiving holiday weekend": the days off from the holiday to the end of its weekend (Thursday to
    Sunday; Saturday to Monday for a Monday holiday)."""
    day = _holiday(holiday, weekend.last().year)
    if day is None:
        return _placed(weekend, anchor, mod, future=forecast)
    first, last = Period.of("D", min(day, weekend.first())), Period.of("D", max(day, weekend.last()))
    return _span(_placed(first, anchor, mod, future=forecast), last, anchor)


def _workday(day: Period, shift: int) -> Period:
    """The day a count of trading or business days reaches: markets and offices are shut at weekends, so "the
    following trading day" after a Saturday is the Monday (and "the previous business day" before a Sunday the
    Friday)."""
    date = day.day
    while date.isoweekday() > _FRIDAY:
        date += dt.timedelta(days=1 if shift > 0 else -1)
    return Period.of("D", date)


def _workdays_on(day: dt.date, count: int) -> dt.date:
    """The day ``count`` working days on from ``day`` (back, for a count below zero): weekends do not count, so
    "within 15 working days" of a Monday runs three weeks, not 15 days."""
    step = 1 if count > 0 else -1
    for _ in range(abs(count)):
        day += dt.timedelta(days=step)
        while day.isoweekday() > _FRIDAY:
            day += dt.timedelta(days=step)
    return day


def _fiscal_quarter(fiscal_year: int, quarter: int, end_month: int) -> Period:
    """Quarter ``quarter`` of fiscal year ``fiscal_year`` (which ends in ``end_month``, see _fiscal_last_month), as
    the calendar quarter it covers."""
    start = Period("FY", fiscal_year, end_month).first()
    return Period.of("Q", _add_months(start, 3 * (quarter - 1)))


def _expand_yy(yy: int, anchor) -> int:
    pivot = (anchor.year if anchor else 2000) + 10
    year = pivot // 100 * 100 + yy
    return year if year <= pivot else year - 100


def _day(year: int, month: int, day: int) -> Period | None:
    try:
        return Period.of("D", dt.date(year, month, day))
    except ValueError:
        return None


def _day_of_month(day: int, anchor: dt.date | None, tense: str, reference: Period | None) -> Period | None:
    """"on the 12th" (as Chinese and British news write a day of the month under way): a day of the
    month the text tells of; in the anchor's month, the last such day up to it, or the next one when
    the clause looks ahead.  A reference that is a day of that number is that day ("walk out on Feb. 24 ... talks
    before the 24th")."""
    if reference is not None and reference.gran == "D" and reference.first().day == day:
        return reference
    if reference is not None and reference.gran in ("D", "M") and (
            anchor is None or (reference.first().year, reference.first().month) != (anchor.year, anchor.month)) \
            and not (anchor is not None and tense in PAST_TENSES and reference.first() > anchor):
        # (what was "said on the 4th" is no day of a month to come: "Rules take effect from Jan 1 next year,
        # the regulator said on the 4th")
        return _day(reference.first().year, reference.first().month, day)
    if anchor is None:
        return None
    month = dt.date(anchor.year, anchor.month, 1)
    if day > anchor.day and tense not in AHEAD and tense != "schedule":
        month = _add_months(month, -1)
    elif day < anchor.day and tense in AHEAD:
        month = _add_months(month, 1)
    return _day(month.year, month.month, day)


def _year_of_a_week_number(week: int, anchor: dt.date, tense: str) -> int:
    """The year of "week 52" named without one: the year of writing, but a week not yet begun that a clause in the
    past tells of is last year's ("prices rose 3% in week 52", written on Jan. 6), and one already ended that
    a clause looking ahead names is next year's ("the plant restarts in week 2", told as a plan in December)."""
    year = anchor.year
    if week > dt.date(year, 12, 28).isocalendar()[1]:
        return year - 1 if tense in PAST_TENSES else year + 1 if tense in AHEAD else year
    this = dt.date.fromisocalendar(year, week, 1)
    if tense in PAST_TENSES and this > anchor:
        return year - 1
    if tense in AHEAD and this + dt.timedelta(days=6) < anchor:
        return year + 1
    return year


def _holiday_beside_the_time_told(of, shift: int, reference: Period) -> Period | None:
    """The holiday "the following" (``shift`` > 0) or "the previous" one names after a time the text told: the first
    after it or the last before it, as "the following April" is ("left the firm in 2019 and came back the following
    Easter" is Easter 2020), not one counted from the writing.  ``of`` gives the holiday of a year; None where its
    table lists no such year."""
    year = reference.last().year if shift > 0 else reference.first().year
    for year in (year, year + (1 if shift > 0 else -1)):
        told = of(year)
        if told is not None and (told.first() > reference.last() if shift > 0 else told.last() < reference.first()):
            return told
    return None


def _without_year(period: Period, parts: dict, anchor: dt.date, tense: str, reference: Period | None) -> Period:
    """The year of a day, month or season named without it: the story's, in a paragraph telling of a
    past year, else the one its tense points to."""
    if parts.get("hoped_for") and tense not in PAST_TENSES:
        # (a month or season hoped or braced "for" is still to be lived: "Growers hope for a wet May", in June, is next
        # May; finder._mark_described)
        period = _without_year(period, {k: v for k, v in parts.items() if k != "hoped_for"}, anchor, tense, reference)
        while period.last() < anchor:
            period = period.shifted(1, "Y")
        return period
    shift = parts.get("shift")
    if shift and parts.get("anaphoric") and reference is not None:
        # "In November 2020 ... The following April": the first April after the date told of
        period = period.shifted(reference.last().year - period.first().year, "Y")
        if shift > 0:
            while period.first() <= reference.last():
                period = period.shifted(1, "Y")
        else:
            while period.last() >= reference.first():
                period = period.shifted(-1, "Y")
        return period
    if shift == 0 and parts.get("anaphoric") and reference is not None:
        return period.shifted(reference.first().year - period.first().year, "Y")   # "In 2020 ... that autumn"
    if parts.get("in_story") and reference is not None:
        if parts["in_story"] == "after_end":
            # (after a word that orders it after the period told of: not one that starts with it or before it, which
            # nothing in that period came before; "raised funds in the first half of 2024, then listed in May" may be
            # that May)
            period = _in_the_story(period, anchor, reference, after=False)
            while period.first() <= reference.first():
                period = period.shifted(1, "Y")
            return period
        if parts["in_story"] == "before":
            # (what a clause opened by "after" names came before the time told of: "a profit warning in January
            # 2023, when it cut its forecast after a weak autumn" is the autumn of 2022)
            period = _in_the_story(period, anchor, reference, after=False)
            while period.first() > reference.last():
                period = period.shifted(-1, "Y")
            return period
        # (a plan or forecast told after a time gone reaches past the anchor: "predicted in December ... said it
        # would pay a dividend on March 13", written in February, is the March 13 after that December, still to come;
        # after a time still to come the story stays in its year: "due on December 18, 2026, and ... on July 17")
        story = _in_the_story(period, anchor, reference, after=parts["in_story"] is True,
                              in_order=bool(parts.get("in_order")) or (tense in AHEAD and reference.last() < anchor))
        if parts["in_story"] is True and _the_month_told_named_again(story, parts, reference):
            again = _by_tense(period, anchor, tense, "Y")
            if (anchor.year - again.year) * 12 + anchor.month - again.index <= _MONTH_JUST_GONE:
                return again
        return story
    period = _by_tense(period, anchor, tense, "Y")
    while parts.get("not_begun") and period.gran in ("M", "S") and period.first() <= anchor:
        period = period.shifted(1, "Y")
    return period


def _the_month_told_named_again(period: Period, parts: dict, reference: Period) -> bool:
    """Is ``period`` the very month the story told with its year, named again bare ("pledged 380 billion yuan in
    February 2025. [...] Its app passed 150 million users in February", in March 2026)?  The year was told to set
    that month apart from the one a reader takes by default; a writer going on in it says "that month" or "the same
    month", so a bare repeat is the one its tense points to.  A month with a word of its own ("late February") may
    still narrow the month told.  Only the month under way or the one just gone is read so (the caller): a month further
    back is the story going on ("invaded Ukraine in February 2022. In February, the West imposed sanctions", in
    September 2025, stays February 2022)."""
    return period.gran == reference.gran == "M" and period == reference and parts.keys() <= _A_BARE_MONTH


# What a month named alone holds once the story has placed it (_the_month_told_named_again).
_A_BARE_MONTH = frozenset(("month", "in_story"))
# How many months before the anchor's a month named again bare may be to be read as the one its tense points to.
_MONTH_JUST_GONE = 1


def _in_the_story(period: Period, anchor: dt.date, reference: Period, after: bool = True,
                  in_order: bool = False) -> Period:
    """A day, month or season named without its year (``period``, placed in the anchor's year) while
    the text tells of a past year: in that year ("In 2019 ... in February"), or, ``after`` a finer date
    the story has moved on from, the first one after it ("on 24 October 2020 ... Ten days later, on 3
    November"); an entry of a chronology told ``in_order`` goes on after the one before it even past the anchor."""
    period = period.shifted(reference.last().year - anchor.year, "Y")
    if reference.gran in ("Y", "FY", "E", "C") or not after:
        return period
    if reference.gran == period.gran == "D" and period.last() < reference.first() \
            and (reference.first() - period.last()).days <= _STORY_LOOK_BACK_DAYS:
        return period       # a day weeks before the day told of is of its year, not nearly a year after it: "suspended
                            # the offering on November 3 2020 ... The decision followed a speech on October 24"
    if period.last() < reference.first() and (in_order or period.shifted(1, "Y").first() <= anchor):
        period = period.shifted(1, "Y")     # (what the story tells has happened: not after the anchor)
    return period


def _weekday(parts: dict, anchor: dt.date, tense: str) -> Period:
    weekday = parts["weekday"]
    delta = weekday - anchor.isoweekday()
    if "week_shift" in parts:
        # "Friday next week": that day of the calendar week named (on a Monday, not the coming Friday)
        return Period.of("D", anchor + dt.timedelta(days=delta + 7 * parts["week_shift"]))
    shift = parts.get("shift")
    if shift is not None and not parts.get("anaphoric"):
        if shift < 0:
            days = (delta - 7 if delta >= 0 else delta) + 7 * (shift + 1)     # ("the Tuesday before last": -2)
        elif shift > 0:
            # ("next" names the coming weekday, except the day right after the day of writing, which a writer calls
            # "tomorrow" or "Wednesday": "next Wednesday", written on a Tuesday, is the Wednesday of the week after,
            # while "next Thursday" is this week's; reader sets bear out the day after and the week after, and
            # hold no "next" two to six days on within the week; "on Saturday week", a Friday, counts a week on
            # from tomorrow)
            ahead = delta <= 0 or shift == 1 and _the_next_day_of_its_week(delta, anchor)
            days = (delta + 7 if ahead else delta) + 7 * (shift - 1)
        else:
            days = delta
        return Period.of("D", anchor + dt.timedelta(days=days))
    if tense in AHEAD or tense == "schedule":
        # (a timetable in the present, "Baidu, which reports results on Thursday", "figures come out on
        # Monday", tells of the coming one)
        days = delta if delta > 0 else delta + 7
        if delta == 0:
            days = 0
    else:
        days = delta if delta <= 0 else delta - 7
    return Period.of("D", anchor + dt.timedelta(days=days))


def _the_next_day_of_its_week(delta: int, anchor: dt.date) -> bool:
    """Is the weekday ``delta`` days after ``anchor`` the day after it, in the same calendar week (on a Sunday the
    next day opens a week of its own, the one "next Monday" may well name)?"""
    return delta == 1 and anchor.isoweekday() < _SUNDAY


def _numeric(parts: dict, anchor, locale: str) -> Period | Resolution | None:
    first, second = parts["numeric"]
    year = parts["year"]
    readings = []
    if first <= 12:
        readings.append(_day(year, first, second))          # month first (en-US)
    if second <= 12:
        readings.append(_day(year, second, first))          # day first
    readings = [r for r in readings if r is not None]
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    if locale.lower().endswith("-us"):
        return readings[0]
    if locale:
        return readings[1]
    year_period = Period("Y", year)
    return Resolution("DATE", year_period.value(), "", year_period.when(), year_period.first(), year_period.last(),
                      "year", anchor is not None and year_period.first() > anchor, "ambiguous", True, year_period)


def _the_nearer_holiday(parts: dict, before: Period, after: Period, anchor: dt.date) -> Period:
    """"this" before a holiday, in a clause that tells no tense, names the one nearer the day of writing, as "this
    April" names the month of the year under way: "I will not fly this Easter", on Feb. 17, is Easter six weeks on,
    not the one ten months gone; "this Christmas", on Jan. 5, is still the one just gone."""
    return after if (after.first() - anchor).days < (anchor - _last_day_of_holiday(parts, before)).days else before


def _recurring_holiday(rule: str, mod: str) -> Resolution:
    """A holiday spoken of as a recurring occasion: no particular day (TimeML XXXX-MM-DD, or as much
    of it as the rule fixes: Thanksgiving XXXX-11, Easter XXXX)."""
    rule = _first_day_rule(rule)      # (a holiday of several days recurs from its first)
    if rule.startswith("days:"):
        value = "XXXX"
    elif rule.count("-") == 1 and rule[0].isdigit():
        value = "XXXX-" + rule
    elif rule[0].isdigit() or rule[0] == "-" or rule.startswith("after:"):
        value = f"XXXX-{int(rule.partition('+')[0].split(':')[-1]):02d}"
    else:
        value = "XXXX"
    return _vague(value, mod)


def fixed_holiday(rule: str) -> bool:
    """Is a holiday of rule ``rule`` (holidays.tsv) on the same day of the same month every year ("01-01")?"""
    rule = _first_day_rule(rule)
    return rule[:1].isdigit() and rule.count("-") == 1


def year_the_holiday_falls_on(rule: str, day: dt.date) -> int:
    """The year of ``day``, or the one before or after it, in which the holiday of rule ``rule`` falls on
    ``day``'s month and day (the year of ``day`` when none does)."""
    for year in (day.year, day.year - 1, day.year + 1):
        found = _holiday(rule, year)
        if found is not None and (found.month, found.day) == (day.month, day.day):
            return year
    return day.year


# How many days before a holiday "next" before it (with no "the") names the one after: within a week of it the
# coming one is "this" one ("next Christmas", written on Dec. 20, is a year on).
_THIS_HOLIDAY_DAYS = 7
# How many days from the last day the calendar gives a holiday of several days a day told as its end may be (the moon
# is sighted a day apart across countries; a break is stretched by a day).
_HOLIDAY_END_SLACK_DAYS = 1


def ends_the_holiday(day: dt.date, last: dt.date) -> bool:
    """May ``day``, told as the end of a holiday of several days, be its last day ``last``, give or take
    _HOLIDAY_END_SLACK_DAYS?"""
    return abs((day - last).days) <= _HOLIDAY_END_SLACK_DAYS


def year_the_holiday_ends_on(rule: str, day: dt.date) -> int | None:
    """The year of ``day``, or the one before it, in which the holiday of several days of rule ``rule`` ends on
    ``day``, give or take _HOLIDAY_END_SLACK_DAYS (a holiday that runs into the new year ends in the year after its
    start); None when none does."""
    for year in (day.year, day.year - 1):
        if year < dt.MINYEAR:
            break       # (a day in the calendar's first year has no year before it)
        found = _holiday(rule, year)
        last = holiday_end(rule, found) if found is not None else None
        if last is not None and ends_the_holiday(day, last):
            return year
    return None


def holiday_end(rule: str, start: dt.date) -> dt.date | None:
    """The last day of a holiday of several days that begins on ``start`` (holidays.tsv "START..END": END its last
    day, MM-DD, in the year of its first or the next, "~MM-DD" after it a day later when a day from MM-DD to END
    is a Sunday; "+N" its length in days; "days:..." the list of its last days), None for a holiday of one day."""
    end, _, substituted = rule.partition("..")[2].partition("~")
    if not end:
        return None
    if end.startswith("+"):
        return start + dt.timedelta(days=int(end[1:]) - 1)
    if end.startswith("days:"):
        # a month of the lunar calendar is 29 or 30 days, so its last day is listed by year like its first
        return next((day for day in map(dt.date.fromisoformat, end[5:].split(",")) if day >= start), None)
    month, day = (int(x) for x in end.split("-"))
    last = dt.date(start.year, month, day)
    last = last if last >= start else last.replace(year=start.year + 1)
    if substituted:
        # "~MM-DD": a day of it from MM-DD on that falls on a Sunday is made up the day after its last (Japan's
        # substitute holiday: Golden Week 2026 runs to May 6, May 3 a Sunday)
        month, day = (int(x) for x in substituted.split("-"))
        first = dt.date(last.year, month, day)
        if any((first + dt.timedelta(days=k)).isoweekday() == 7 for k in range((last - first).days + 1)):
            last += dt.timedelta(days=1)
    return last


def _last_day_of_holiday(parts: dict, period: Period) -> dt.date:
    """The last day of the holiday ``parts`` names that ``period`` holds the first day of: the end of its days for a
    holiday of several days told by its name alone, the period's own last day else (its eve, its weekend)."""
    if period.gran != "D" or parts.get("holiday_eve"):
        return period.last()
    return holiday_end(parts["holiday"], period.day) or period.last()


def _first_day_rule(rule: str) -> str:
    """The rule of the first day of a holiday of several days (holidays.tsv "RULE..END"), the rule itself else."""
    return rule.partition("..")[0]


# (cached: a lunar holiday's rule lists its days of 20-36 years, parsed again on each call otherwise)
@functools.lru_cache(maxsize=4096)
def _holiday(rule: str, year: int) -> dt.date | None:
    """The first day of the holiday of rule ``rule`` (holidays.tsv) in ``year``."""
    rule = _first_day_rule(rule)
    if rule.startswith("days:"):
        # a holiday of the lunar calendar: its day in each year the table lists
        # ("days:" alone: a name with no day of its own, only the one a text that named its holiday gives it, "Eid")
        days = (dt.date.fromisoformat(day) for day in rule[5:].split(",") if day)
        return next((day for day in days if day.year == year), None)
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    if rule.startswith("after:"):
        _, nth, weekday, month = rule.split(":")
        base = _nth_weekday(year, int(month), int(nth), 1 if int(weekday) == 7 else int(weekday))
        return base + dt.timedelta(days=1)
    if rule.count(":") == 2:
        rule, _, days = rule.partition("+")
        nth, weekday, month = (int(x) for x in rule.split(":"))
        return _nth_weekday(year, month, nth, weekday) + dt.timedelta(days=int(days or 0))
    month, day = (int(x) for x in rule.split("-"))
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    last = _month_end(year, month)
    offset = (last.isoweekday() - weekday) % 7
    return last - dt.timedelta(days=offset + 7 * (-nth - 1))


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _a_season_across_its_two_years(parts: dict) -> bool:
    """"The winter of 2023-24": one season named by the two years it runs across, the winter that begins in the
    December of the first (2023-WI), no stretch from that season to the whole of the second year."""
    return "season" in parts and parts.get("year2") == parts.get("year", 0) + 1


def _range_end(parts: dict, period: Period) -> Period:
    if "year2" in parts:
        return Period("Y", parts["year2"])
    return Period.of("D", period.day.replace(day=parts["day2"])) if _valid_day(period.day, parts["day2"]) else period


def _valid_day(day: dt.date, number: int) -> bool:
    return number <= _days_in_month(day.year, day.month) and number > day.day


_YEAR_OR_MONTH = frozenset(("Y", "M"))
_MONTHS_WHOLE = frozenset(("Y", "M", "Q", "H"))     # periods made of whole calendar months
_WHOLE_YEARS = frozenset(("Y", "E", "C"))           # periods made of whole calendar years
_RUNS_OF_YEARS = frozenset(("E", "C"))              # ... whose own value is already a run of years


def _span(first: Resolution, last_period: Period, anchor, last_future: bool | None = None) -> Resolution:
    """One resolution covering from ``first`` to the end of ``last_period``; ``last_future``: whether the
    last date, read in its clause, is to come (else: whether it ends after the anchor)."""
    a, b = first.period, last_period
    # (a year and a month keep their own precision, as ISO 8601 lets each end of an interval do: "between late 2020
    # and October 2022" is 2020/2022-10, not the days 2020-01-01/2022-10-31)
    if {a.gran, b.gran} <= _WHOLE_YEARS and {a.gran, b.gran} & _RUNS_OF_YEARS:
        # (decades and centuries are runs of years, which the span joins at its ends: "through the 1960s and 1970s"
        # is 1960/1979, "from the 1990s until this year" 1990/2026)
        when = f"{a.first().year:04d}/{b.last().year:04d}"
    elif a.gran == b.gran or {a.gran, b.gran} <= _YEAR_OR_MONTH:
        when = f"{a.when()}/{b.when()}"
    elif {a.gran, b.gran} <= _MONTHS_WHOLE:
        # (a quarter or half and a year or month meet in their months: "between Q1 2026 and the end of 2027" is
        # 2026-01/2027-12)
        when = f"{a.first().isoformat()[:7]}/{b.last().isoformat()[:7]}"
    else:
        when = f"{a.first().isoformat()}/{b.last().isoformat()}"
    if last_future is None:
        last_future = anchor is not None and b.last() > anchor
    return Resolution(first.timex_type, first.value, first.mod, when, a.first(), b.last(), "span",
                      first.future or last_future, first.status, True, a)


def span(first: Resolution, last: Resolution, anchor: dt.date | None) -> Resolution:
    """The table-level span "from A to B" (both resolved)."""
    if first.period is None or last.period is None:
        return first
    if first.period == last.period:
        return first    # (two clock times of one day, "from 10am to 3pm", cover that day: no stretch of days)
    # "grew from FY2022 to FY2024", written in 2024: a span up to the period under way is no forecast
    # unless its last date is one
    return _span(first, _span_end_period(last), anchor, last.future)


def _span_end_period(last: Resolution) -> Period:
    """The period a span runs up to: a year told by its middle ("between the first quarter of 2026 and mid-2027")
    ends the span with its first half, not at its last day, which the year alone would reach."""
    period = last.period
    if last.mod == "MID" and period.gran == "Y":
        return Period.of("H", dt.date(period.year, 1, 1))
    if period.gran == "Y" and last.last_day is not None and last.last_day > period.last():
        # a season told by its two years ("from 2020-21 through 2022-23") ends the span in its second year
        return Period.of("Y", last.last_day)
    return period


def weekend_after(day: dt.date, anchor: dt.date | None) -> Resolution:
    """The first weekend after ``day`` ("took profits on Friday ahead of the weekend")."""
    return _placed(Period.of("WE", day + dt.timedelta(days=1)), anchor)


def weekday_after(day: dt.date, weekday: int, anchor: dt.date | None, sign: int = 1) -> Resolution:
    """The first ``weekday`` (ISO number) after ``day`` ("on Monday ... ahead of Wednesday's Fed decision"), or with
    ``sign`` -1 the last one before it ("the Monday before the vote")."""
    return _placed(Period.of("D", day + sign * dt.timedelta(days=(sign * (weekday - day.isoweekday()) - 1) % 7 + 1)),
                   anchor)


def moved_span(first: Period, moved: Resolution, anchor: dt.date | None) -> Resolution:
    """``moved`` (a period counted from the last of a span: "a year earlier", after "the April-September
    period") widened back to ``first``, the span's first period moved as far: its TimeML value stays."""
    if moved.period is None or moved.period.gran != first.gran:
        return moved
    span_ = _span(_placed(first, anchor, moved.mod), moved.period, anchor)
    return span_._replace(timex_type=moved.timex_type, value=moved.value, mod=moved.mod, period=moved.period)


_OPENING_UNITS = ("D", "W", "W2")    # counted in days (not weekends: "the first two weekends" are no stretch)


def opens_a_year(parts: dict, alone: bool = False) -> bool:
    """"the first nine months", "the first three quarters": counted from the start of a year.  Weeks and
    days open a year only when it is named after them ("the first six weeks of the year"): alone, they
    are mostly counted from something else ("in the first two weeks after its launch")."""
    if parts.get("ordinal") != 1 or not isinstance(parts.get("count"), int):
        return False
    unit, count = parts.get("unit"), parts["count"]
    if unit in ("M", "Q"):
        # (alone, as many months as the whole year are not its opening but a stretch counted from something else:
        # "a scenario assumed a 38% fall in share prices over the first 12 months")
        return 1 <= count * UNIT_MONTHS[unit] <= (11 if alone else 12)
    return not alone and unit in _OPENING_UNITS and 1 <= count * _UNIT_DAYS[unit] <= DAYS_IN_A_YEAR


def opening_end(parts: dict, year: int | Period) -> dt.date:
    """The last day of the first months, quarters, weeks or days of ``year`` (see :func:`opens_a_year`), or of a
    fiscal year ("the first nine months of fiscal 2025" of a year starting in February end in October)."""
    unit = parts["unit"]
    first = year.first() if isinstance(year, Period) else dt.date(year, 1, 1)
    if unit in _OPENING_UNITS:
        return first + dt.timedelta(days=parts["count"] * _UNIT_DAYS[unit] - 1)
    last = _add_months(first, parts["count"] * UNIT_MONTHS[unit] - 1)
    return _month_end(last.year, last.month)


def calendar_opening(parts: dict, year: int, calendar: tuple[tuple[int, int], tuple[int, ...]],
                     anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last days of the first months counted in a year of another calendar (calendars.tsv: "the first
    seven months of the Iranian year" -> March 21 to Oct. 22), the one that opens in our ``year``, or the one before
    when that has not opened by ``anchor``; None for a count in other units or beyond its months."""
    (month, day), months = calendar
    count = parts.get("count")
    if parts.get("unit") != "M" or not isinstance(count, int) or not 1 <= count <= len(months):
        return None
    first = dt.date(year, month, day)
    if anchor is not None and first > anchor:
        first = dt.date(year - 1, month, day)
    return first, first + dt.timedelta(days=sum(months[:count]) - 1)


def counts_in_a_month(parts: dict) -> bool:
    """"the third week", "the first two weeks", "the first 10 days": counted from the start of what follows them
    (a month)."""
    unit, ordinal, count = parts.get("unit"), parts.get("ordinal"), parts.get("count", 1)
    if not isinstance(ordinal, int) or not isinstance(count, int) or "shift" in parts:
        return False
    return unit in ("W", "WE") or (unit == "D" and ordinal == 1 and "count" in parts)


def stretch_in_a_month(parts: dict, duration: Resolution, month: Period | None,
                       anchor: dt.date | None) -> Resolution | None:
    """The days counted in ``month`` (see :func:`counts_in_a_month`): "the third week of September" -> its ISO
    week (see :func:`_month_week`), "the first two weeks of March" -> March 1-14, "the first 10 days of November"
    -> Nov. 1-10; None for days the month has not ("the fifth week of February")."""
    if month is None or month.gran != "M":
        return None
    count = parts.get("count", 1)
    if parts["unit"] == "WE":
        # "the first weekend of August": the month's first Saturday and the Sunday after it
        # ("the first two weekends of December": from the first of them to the Sunday of the last)
        saturday = _nth_weekday(month.year, month.index, parts["ordinal"], 6)
        last = _nth_weekday(month.year, month.index, parts["ordinal"] + count - 1, 6) if count > 1 else saturday
        if count < 1 or last > month.last():
            return None
        weekend = _weekend_from(saturday, duration, anchor)
        sunday = last + dt.timedelta(days=1)
        return weekend._replace(when=f"{saturday.isoformat()}/{sunday.isoformat()}", last_day=sunday)
    if parts["unit"] == "W" and count == 1:
        thursday = _nth_weekday(month.year, month.index, parts["ordinal"], 4)
        return None if thursday > month.last() else _month_week(thursday, anchor)
    end = month.first() + dt.timedelta(days=_UNIT_DAYS[parts["unit"]] * (parts["ordinal"] - 1 + count) - 1)
    if count < 1 or end > month.last():
        return None
    return ended_stretch(dict(parts, ends_on=end, count=count), duration, anchor)


def days_of_a_holiday(parts: dict, duration: Resolution, holiday: Resolution,
                      anchor: dt.date | None) -> Resolution | None:
    """The first or last days or weeks counted in a holiday of several days ("the first three days of the Golden
    Week holiday" -> Oct. 1-3, "the last two days of the Golden Week holiday" -> Oct. 6-7), as days counted in a month
    are; a week so counted is seven days from the holiday's own first day ("the first week of Ramadan" -> its first
    seven days, no week of the calendar); None when the holiday has no days of its own or fewer than counted."""
    first, last = holiday.first_day, holiday.last_day
    count, unit = parts.get("count", 1), parts.get("unit")
    if first is None or last is None or first == last or unit not in ("D", "W") or not isinstance(count, int) \
            or count < 1:
        return None
    ordinal = parts.get("ordinal") if unit == "W" and isinstance(parts.get("ordinal"), int) else 1
    counted = _UNIT_DAYS[unit] * (max(ordinal, 1) - 1 + count)
    if (last - first).days + 1 <= counted:
        return None
    end = last - dt.timedelta(days=counted - _UNIT_DAYS[unit] * count) if parts.get("closing") \
        else first + dt.timedelta(days=counted - 1)
    return ended_stretch(dict(parts, ends_on=end, count=count), duration, anchor)


def _month_week(thursday: dt.date, anchor: dt.date | None) -> Resolution:
    """A week counted in a month ("the first week of February", "the last week of March") is the ISO week
    whose Thursday is that month's: a month's weeks are counted as ISO counts a year's, so one that holds only
    the month's first days or last days belongs to the month next to it (TimeML's value of a week, 2026-W06)."""
    week = Period.of("W", thursday)
    return _placed(week, anchor)._replace(future=anchor is not None and week.last() > anchor)


def _weekend_from(saturday: dt.date, duration: Resolution, anchor: dt.date | None) -> Resolution:
    """The table-level span of the weekend that starts on ``saturday``; TimeML keeps ``duration``'s value."""
    sunday = saturday + dt.timedelta(days=1)
    return Resolution(duration.timex_type, duration.value, duration.mod, f"{saturday.isoformat()}/{sunday.isoformat()}",
                      saturday, sunday, "span", anchor is not None and saturday > anchor, "", True, None)


def closes_a_period(parts: dict) -> bool:
    """"the final three months", "the last two weeks": a count of periods that may close a longer one; "the
    last day", "the last week" (of what follows: "the last day of November") one of them."""
    if parts.get("unit") == "WE":
        # "the final weekend of May" closes it as "the last weekend of May" does
        return ((parts.get("shift") == -1 and not parts.get("anaphoric")) or bool(parts.get("final"))) and \
            parts.keys().isdisjoint(("count", "ordinal"))
    if parts.get("unit") not in ("M", "Q", "W", "D") or "ordinal" in parts:
        return False
    if "count" not in parts and not parts.get("plural"):
        return bool(parts.get("final")) or parts.get("shift") == -1
    return isinstance(parts.get("count"), int) and parts["count"] >= 1 and (bool(parts.get("final")) or (
        parts.get("shift") == -1 and not parts.get("anaphoric")))


def closing_stretch(parts: dict, duration: Resolution, whole: Period | None,
                    anchor: dt.date | None) -> Resolution | None:
    """The stretch of the last months, weeks or days of ``whole`` (see :func:`closes_a_period`): "the final
    three months of 2024" -> 2024-Q4; None when they fill it or more ("the last six months of the quarter")."""
    if whole is None or whole.gran not in ("Y", "FY", "H", "Q", "M"):
        return None
    if parts.get("unit") == "WE":
        # "the last weekend of August": its last Saturday and the Sunday after it
        return _weekend_from(whole.last() - dt.timedelta(days=(whole.last().isoweekday() - 6) % 7), duration, anchor)
    if parts.get("unit") == "W" and parts.get("count") == 1 and whole.gran == "M":
        return _month_week(_nth_weekday(whole.year, whole.index, -1, 4), anchor)
    stretch = ended_stretch(dict(parts, ends_on=whole.last()), duration, anchor)
    if stretch is None or stretch.first_day is None or stretch.first_day <= whole.first():
        return None
    return stretch


# The units a count of days may be told in, by their days ("the three days from April 4", "twenty days later").
DAYS_IN_A_UNIT = {unit: _UNIT_DAYS[unit] for unit in ("D", "W")}


def started_stretch_end(parts: dict, first: dt.date) -> dt.date | None:
    """The last day of a stretch of years, halves, quarters or months named by the day it starts ("the
    fiscal year starting in April 2027" -> 2028-03-31), or of days or weeks counted from a day ("the three days
    from April 4" -> April 6); None for other units."""
    count = parts.get("count", 1)
    if parts.get("unit") not in ("Y", "H", "Q", "M", "D", "W") or not isinstance(count, int) or count < 1 \
            or not parts.keys().isdisjoint(("direction", "ordinal", "vague")):
        return None
    if parts["unit"] in DAYS_IN_A_UNIT:
        return first + dt.timedelta(days=count * DAYS_IN_A_UNIT[parts["unit"]] - 1)
    return _add_months(first, count * UNIT_MONTHS[parts["unit"]]) - dt.timedelta(days=1)


def _month_ended_by_a_week_calendar(end: dt.date) -> Period | None:
    """The month a quarter or half named by its unit alone ends in when its last day is one of a 52/53-week
    calendar, within a few days of a month's end ("the quarter ended Sept. 27" is July to September; "the quarter
    ended Feb. 1" November to January), or None: companies on such calendars name their periods by the months."""
    month = Period.of("M", end)
    if (month.last() - end).days <= _WEEK_CALENDAR_SLACK:
        return month
    if end.day <= _WEEK_CALENDAR_SLACK:
        return month.shifted(-1, "M")
    return None


def ended_stretch(parts: dict, duration: Resolution, anchor: dt.date | None) -> Resolution | None:
    """The table-level stretch of a counted period named by the day it ends ("the three months ended
    Sept. 30" -> 2025-Q3, "the nine months ended Sept. 30" -> 2025-01/2025-09, "the 12 weeks ended
    Aug. 26" -> its days); the TimeML value stays the duration's (P3M).  None when it is no such period."""
    end, unit = parts.get("ends_on"), parts.get("unit")
    count = parts.get("count", 1)
    if end is None or not isinstance(count, int) or count < 1 or count * UNIT_MONTHS.get(unit, 0) >= end.year * 12:
        return None     # (no stretch reaches back before the calendar: "2021 the year" read as a count)
    if unit in ("Y", "E") and end == dt.date(end.year, 12, 31):
        # "the three years through 2021"; decades as their years: "the three decades after 2030" is 2031/2060
        years = count * UNIT_MONTHS[unit] // 12
        first, last = Period("Y", end.year - years + 1), Period("Y", end.year)
    elif unit in UNIT_MONTHS and unit not in ("E", "C", "L"):
        months = count * UNIT_MONTHS[unit]
        last = Period.of("M", end)
        first = last.shifted(1 - months, "M")
        if end != last.last() and "count" not in parts and unit in ("Q", "H") \
                and (week_calendar_month := _month_ended_by_a_week_calendar(end)) is not None:
            last = week_calendar_month
            first, end = last.shifted(1 - months, "M"), last.last()
        elif end != last.last():  # not a month's end: the days themselves, from the day after it months back
            # (or from the day another calendar's year opened on: its months are not ours)
            start = parts.get("calendar_start") or _add_months(end + dt.timedelta(days=1), -months)
            first, last = Period.of("D", start), Period.of("D", end)
    elif unit in ("D", "W"):
        days = count * _UNIT_DAYS[unit]
        first, last = Period.of("D", end - dt.timedelta(days=days - 1)), Period.of("D", end)
    else:
        return None
    # a stretch that is one calendar week, quarter, half or year is named as such ("the week ended Sunday, Sept. 22"
    # is 2024-W38)
    for gran in ("W", "Q", "H", "Y"):
        whole = Period.of(gran, end)
        if whole.first() == first.first() and whole.last() == last.last():
            first = last = whole
    if parts.get("fiscal") and (unit == "Y" and count == 1 or unit == "M" and count == 12) and end.month != 12 \
            and end == last.last() \
            and "starts_on" not in parts:
        # "the fiscal year ending March 2029": that fiscal year, named by the year it ends in (FY2029), unless the
        # text tells its company names them by the year they start in (one told by its first month, "starting in
        # April 2027", may be named either way: it keeps its months)
        fiscal_end = parts.get("fiscal_end")
        by_start = isinstance(fiscal_end, int) and fiscal_end > 12 and fiscal_end - 12 == end.month
        first = last = Period("FY", end.year - 1, fiscal_end) if by_start else Period("FY", end.year, end.month)
    when = first.when() if first == last else f"{first.when()}/{last.when()}"
    precision = first.precision() if first == last else "span"
    future = anchor is not None and last.last() > anchor
    return Resolution(duration.timex_type, duration.value, duration.mod, when, first.first(), last.last(),
                      precision, future, "", True, first if first == last else None)


def open_span(first: Resolution, parts: dict | None = None) -> Resolution:
    """The table-level open span "since A" (A/..), from the expression's ``parts``."""
    if first.period is None:
        return first
    if parts is not None and parts.get("year_end") and first.mod == "END":
        # "since year-end" opens on the year's last day, not its first
        last = first.period.last()
        return Resolution(first.timex_type, first.value, first.mod, f"{last.isoformat()}/..", last,
                          None, "span", first.future, first.status, True, first.period)
    # a period written as a span of its own ("the 1950s" is 1950/1959) opens from its start: 1950/..
    start = first.period.when().split("/")[0]
    return Resolution(first.timex_type, first.value, first.mod, f"{start}/..", first.first_day,
                      None, "span", first.future, first.status, True, first.period)


def names_the_new_year(parts: dict) -> bool:
    """Is ``parts`` "the new year" (deictic.tsv value N), which a habit may name as it names a holiday ("When the ice
    sets in, you haul the boats out before the new year")?"""
    return parts.get("ref_value") == _THE_NEW_YEAR

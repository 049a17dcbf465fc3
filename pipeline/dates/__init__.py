"""Temporal expressions: find them in text (finder), resolve them against an anchor (resolver).

Public entry point: :func:`tag_dates` (used by both the events table and the ``timex`` command,
so there is a single engine).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeML:
    """One TIMEX3 of a mention, at TimeML granularity (a span "from A to B" has two)."""

    start: int
    end: int
    text: str
    type: str               # DATE, TIME, DURATION, SET
    value: str
    mod: str = ""


@dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text and resolved against the anchor."""

    start: int              # offset of the expression in the text as read
    end: int                # exclusive
    text: str               # text[start:end]
    timex_type: str         # DATE, TIME, DURATION, SET (TimeML)
    timex_value: str        # TimeML value: 2020-11, 2021-Q3, P4Y, PRESENT_REF, XXXX-02 ...
    mod: str                # TimeML mod: '', BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, START, MID, END, APPROX, ...
    when: str               # table value: ISO 8601 at the text's precision, intervals 'a/b'; '' if not placeable
    first_day: _dt.date | None   # first day covered
    last_day: _dt.date | None    # last day covered
    precision: str          # day, week, month, quarter, half, season, year, fiscal_year, decade, century, span, ''
    future: bool            # after the anchor, or a forecast/plan (a calendar mention); off the calendar,
                            # only a vague future ("coming months")
    status: str             # '' resolved | 'unresolved' (needs an anchor we lack) | 'vague' | 'ambiguous'
    on_calendar: bool       # True when it places a happening on the calendar (becomes a table row)
    timexes: tuple[TimeML, ...] = ()   # the TimeML expressions it is made of (what `timex` writes)


def _record(cls, values: dict):
    """A frozen record built without its generated ``__init__``, which sets each field through
    ``object.__setattr__`` and costs several times more (tag_dates builds thousands per second);
    ``values`` must name every field."""
    record = object.__new__(cls)
    record.__dict__.update(values)
    return record


from pipeline.dates.mentions import tag_dates  # noqa: E402  (needs DateMention above)

__all__ = ["DateMention", "TimeML", "tag_dates"]

"""Figures against dates: which date of its sentence a figure is of.

A date that a moved figure is measured against ("rose 26% from a year earlier",
``comparison_bases.tsv``) is a comparison base: it dates only the figures inside that comparison
("compared with $1.5 million a year earlier"), and makes no row of its own.  Every other figure takes the
nearest date of its sentence that is no comparison base, nor in a clause of its own opened after the
figure ("..., as the company poured money into a service it launched in April"), nor before a clause
that holds the figure and sets another time apart ("as soon as next year, ..., five years after regulators
halted its record $37 billion listing").  British "up 5% on the previous year" compares too, but only
with a date of comparison shape ("rose 5% on Monday" is the day of the move).  A figure whose own words tie it
to the date after it ("26% in the three months to September") takes that date before a nearer one, and a date
that heads a chronology line ("* Feb. 24, 2025 - Alibaba pledges ...") dates the line.  The stretch a record
is measured over (", its worst day since April") and a date in a relative clause between commas ("Meituan,
which reported a loss for the third quarter, sank 5.2%") date no figure outside them; only when no other date
is left does a day such a clause tells of its subject date the main clause ("Williams shares, which were to be
delisted yesterday, closed at $23.25").  The day a period ended, told in such a clause right after the period,
dates nothing the period does ("In fiscal year 2025, which ended March 31, 2025, our revenue grew 6%"), and a
figure such a clause looks ahead to takes no date of the main clause ("Unitree, which is preparing a listing that
could value it at up to 50 billion yuan, was valued at 12 billion yuan in June").  The day of the price a premium
or a discount is told against dates neither the premium nor the offer ("a premium of 38% to Friday's closing
price"), nor does the start of the stretch a move or a record is measured over ("are down 18% since the start of the
year", "their highest level since March"), which makes no row.  A clause of its own time ("..., helped by price
increases pushed through in the spring", "... after the company reported a 10% rise in profit for the quarter")
keeps its dates to its own figures, which take them first; so does each of two predicates joined by "and".  The
term something runs for dates no figure, and the day a period's revenue or profit was told does not date it ("the 26%
pace reported in August for the June quarter").  A move measured over a stretch takes no date told after that stretch
("have more than doubled over the past 12 months and are up 58% so far this year"), and what a name is worth, told in
an apposition ("Nvidia, worth about $4.4 trillion, reports results on November 19"), takes no date after it.  A date
past a semicolon dates no figure before it, nor does one past a comma when a date of the figure's own clause stands
before it ("bought Trendyol in 2018 for ... $728 million, and it led a $1.5 billion round in August 2021").
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from pipeline.dates import DateMention
from pipeline.dates.lexicon import (PAST_TENSES, day_offsets, figure_compared_before, last_match, present_simple,
                                     relative_clause_still_open, scheduled_clause_after, tense_words, words_of_kinds)
from pipeline.dates.mentions import SPEECH_CLOSES, a_quotation_closes_between, count_set_off_after_a_day
from pipeline.dates.lexicon import number_words as date_number_words
from pipeline.dates.resolver import Period
from pipeline.money import MoneyMention
from pipeline.money.lexicon import EARNED_KINDS, REPORTED_KINDS, SPENT_KINDS, SYMBOLS, VALUED_KINDS, WORTH_KINDS
from pipeline.money.lexicon import lexicon as money_lexicon
from pipeline.money.lexicon import opens_the_main_predicate, shared_forms
from pipeline.money.lexicon import trie as word_trie
from pipeline.rules import escaped_alternation, load_table, prefix_tree
from pipeline.sentences import BULLET_OPENING, opens_an_entry

Span = tuple[int, int]


def date_of(form: str, figure: MoneyMention, dates: list[DateMention],
            bases: dict[Span, Span]) -> DateMention | None:
    """The date of a figure among its sentence's dates: the comparison base whose comparison holds it,
    else the nearest date that is no comparison base, nor in a clause of its own opened after the figure, nor
    before a clause the figure stands in that sets another time apart ("as soon as next year, ..., five years
    after regulators halted its record $37 billion listing"; ``figure_side_clauses.tsv``).  Nearness is not
    all: a date that the figure's own phrase ties it to comes first ("26% in the three months to September",
    though "the December quarter" stands nearer before it), then a date that heads a chronology line.  ``form``
    is the text's matching form."""
    if not dates:
        return None     # a sentence without dates dates none of its figures (skips the clause reading below)
    for date in dates:
        stretch = bases.get((date.start, date.end))
        if stretch and stretch[0] <= figure.start and figure.end <= stretch[1]:
            # a month a verb of telling leads to is when a period's revenue or profit was told, base or not: "expects
            # fiscal 2026 revenue of $4.05 billion, down from the $4.3 billion it guided in May" is fiscal 2026's
            if (figure.market_kind in EARNED_KINDS and _told_in_month(form, date)
                    and date not in _of_its_period(form, figure, dates)):
                continue
            return date
    priced = _priced_for(form, figure, dates)
    if priced is not None:
        return priced
    set_by = _set_by_for(form, figure, dates)
    if set_by is not None:
        return set_by
    made = _made_then(form, figure, dates)
    if made is not None:
        return made
    # a figure in the clause that tells of a stretch's start is that start's, however the stretch reads as a record's
    # or an aside's ("..., the highest since March 2025, when prices peaked at $8.17"): nearness to a day told before
    # the record is not its time
    start = _start_it_tells_of(form, figure, dates)
    if start is not None:
        return start
    # ... and so is a figure in the clause that tells of any date right before it, though that date stands in a clause
    # of its own ("after Wall Street's rally on Monday, when the Nasdaq jumped 2.7%" is Monday's)
    told_of = _date_a_clause_tells_of(form, figure, dates)
    if told_of is not None:
        return told_of
    # a whole year's figure is of no part of the year told before it: "revenue for the nine months to Sept. 30 rose
    # 14% ... and raised its forecast for full-year operating profit to between 205 million and 215 million euros"
    whole_year = _whole_year_named_at(form, figure)
    if whole_year >= 0:
        dates = [d for d in dates if not (d.end <= whole_year and _part_of_a_year(d))]
        if not dates:
            return None
    side_clause, date_side_clause = _side_clause(), _date_side_clause()
    told = dates
    # the stretch the figure itself is measured over ends what may date it: "have more than doubled over the past 12
    # months and are up 58% so far this year" (this year is the 58%'s stretch, not the doubling's)
    over = next((d for d in dates if d.start >= figure.end and bases.get((d.start, d.end), (-1,))[0] == d.start
                 and d.start - figure.end <= _STRETCH_REACH and _BREAKS.search(form, figure.end, d.start) is None),
                None)
    if over is not None:
        ran_to = _stretch_ran_to(form, over, dates)
        # (nor, for a move, does a date of a clause joined before it by ", and" or ", but": "Herring fisheries have
        # been closed since 2022, and bait prices have roughly doubled to about C$1.20 a pound since then" is of the
        # day told)
        joined = _words_between("coordinate", r",\s+", r"\s")
        dates = [d for d in dates if d.start < over.start and (
            d.start >= figure.end or not figure.direction or joined.search(form, d.end, figure.start) is None)] \
            + ([ran_to] if ran_to is not None else [])
        if not dates:
            return None
    # a figure of what a move up to now led to is of now, as the move is: "have added about 95% since the start of the
    # year, giving the company a market capitalization of roughly $400 billion" is not of a day told before that move
    if _led_to_by_a_running_move(form, figure, dates, bases):
        dates = [d for d in dates if d.start >= figure.end]
        if not dates:
            return None
    # a level held since a time told after it is the level now, not of the time the holding started: "has kept its
    # policy rate at 1.4% since a cut in May last year" (money/joins.tsv role=level, comparison_bases.tsv role=stretch);
    # only a date of its own clause before it may date it ("a further $230 million in April 2024, filings show,
    # bringing its total investment to more than $7 billion since 2016" is of the day told)
    if not figure.direction and _held_since(form, figure):
        dates = [d for d in dates if d.end <= figure.start and _CLAUSE_BREAKS.search(form, d.end, figure.start) is None]
        if not dates:
            return None
    # a date in the phrase that tells what a sum is for is the deed's, when a date before the figure can date the sum:
    # "In March, inspectors fined the operator 2.2 million euros for under-reporting catches between 2019 and 2022"
    # (figure_side_clauses.tsv opens=cause)
    cause = _cause().match(form, figure.end)
    if cause is not None and any(d.end <= figure.start for d in dates):
        dates = [d for d in dates if d.start < figure.end or _CLAUSE_BREAKS.search(form, figure.end, d.start)]
    stretch = _after_its_own_stretch(form, figure) if any(d.start >= figure.end for d in dates) else -1
    if stretch >= 0:
        dates = [d for d in dates if d.start < stretch]
    stretch = (_measured_over_its_own_stretch(form, figure, max(d.start for d in dates))
               if any(d.start >= figure.end for d in dates) else -1)
    if stretch >= 0:
        dates = [d for d in dates if d.start < stretch]
    prospect = (max(_closes_a_prospect(form, figure), _closes_an_apposition(form, figure, dates))
                if any(d.start >= figure.end for d in dates) else -1)
    # a move told with its bare stretch right after it ("the index is up about 30% this year", role=bare_stretch) is
    # of now, as one counted over a lifetime is: a date of another clause or predicate is not its time
    lifelong = (_counted_over_its_own_stretch(form, figure)
                or over is not None and _comparison_rules().bare_gap.fullmatch(form, figure.end, over.start) is not None
                and any(shape.fullmatch(form, over.start, over.end) for _, shape in _comparison_rules().bare_stretch))
    # nor, for a move told with any stretch of its own, is a period of another predicate ("fell 4.1% last month and is
    # down 2.6% so far in November"), though a day of one is the day it is told as of ("fell 4.6% on Tuesday and are
    # down about 18% since the start of the year")
    over_its_own = over is not None and _tells_its_own_stretch(form, figure, over)
    # a figure spread over a term of its own clause ("and to spend roughly £45 million ... over the next two years") is
    # not of a date of another predicate before it ("plans to open four more sites by the end of 2027")
    # (each date is read for a term once: the filter below drops every date told as a term)
    terms = [d for d in told if _tells_a_term(form, d) and not _a_plans_own_span(form, figure, d)]
    # the date a term runs to is the term's as the one it runs from: "will run from the 2028 season through the end of
    # 2032"
    terms += [d for d in told if d not in terms and _words_between("term_end", "", r"\s").match(d.text) is not None
              and any(0 <= d.start - t.end <= _TERM_REACH and _BREAKS.search(form, t.end, d.start) is None
                      for t in terms)]
    # a sum to be spent by a deadline still to come after it is the plan's, of the day told ("has promised to spend
    # £11bn on its pipes by 2030"); a level to be reached by then is that date's ("revenue will rise to $38 billion by
    # 2030"), and a deadline past is when a sum stood ("had spent $5bn by the end of June")
    terms += [d for d in told if d not in terms and figure.market_kind in SPENT_KINDS and d.future
              and d.start >= figure.end and _words_between("deadline_ahead", "", r"\s").match(d.text) is not None]
    # a stretch ahead bounded by both ends that such a sum is spread over is that plan's, and dates no sum to be spent
    # told after it: "would invest $30 billion in the UK between 2025 and 2028, and Google opened a £740 million data
    # centre ... the same month"
    terms += [d for d in told if d not in terms and figure.market_kind in SPENT_KINDS and d.future
              and d.end <= figure.start and _words_between("spread_between", "", r"\s").match(d.text) is not None]
    # a date in the clause that tells of a base's time is that base's, not a figure's outside it: "revenue of about 105
    # billion yuan, up more than 200% from 2024, when deliveries began in April" (April is 2024's)
    based = [(base[1], stretch[1]) for base, stretch in bases.items()
             if not (stretch[0] <= figure.start and figure.end <= stretch[1])]
    spreads_ahead = _words_between("spreads_ahead", r"\s+(?:[\w-]+\s+){0,3}?", r"\s").match(
        form, figure.end) is not None
    own_term = (any(d.start >= figure.end and _BREAKS.search(form, figure.end, d.start) is None for d in terms)
                or spreads_ahead)
    # (a stretch ahead told right after the figure is its own, tagged or not: "a buyback of up to $300 million of its
    # shares over the next 12 months and a special dividend ..., payable on May 8" is not May 8's)
    spread_over = spreads_ahead or any(d.start >= figure.end and d.timex_type == "DURATION"
                                       and _BREAKS.search(form, figure.end, d.start) is None for d in terms)
    dates = [d for d in dates if (d.start, d.end) not in bases
             and not any(base_end <= d.start and d.end <= closes for base_end, closes in based)
             and not (d.start >= figure.end and side_clause.search(form, figure.end, d.start)
                      and not _stands_as_of(form, figure, d))
             and not (d.start >= figure.end and _counts_to_a_past_timetable(form, d))
             and not (d.start >= figure.end and figure.amount is None and figure.percent is None
                      and _alone_side_clause().search(form, figure.end, d.start))
             and not (d.start >= figure.end and d.future and figure.direction and _looks_ahead_apart(form, figure, d))
             and not (d.start >= figure.end and _a_sum_s_clause_apart(form, figure, d))
             and not (d.start >= figure.end and _starts_a_record_told_of(form, figure, d))
             # a move before a happening still to come is not of that happening's day (opens=precedes), nor is a worth
             # held before it ("valued at $4 billion ahead of a listing planned for March" is a valuation of now), nor
             # a sum to be spent before it ("will spend R$1.2 billion on discounts ahead of Black Friday")
             and not (d.start >= figure.end and d.future and _words_between("precedes", r"\b", r"\s").search(
                          form, figure.end, d.start) is not None
                      and (((figure.direction or figure.market_kind in WORTH_KINDS)
                            and _BREAKS.search(form, figure.end, d.start) is None)
                           or (figure.market_kind in SPENT_KINDS and _one_list_between(form, figure.end, d.start))))
             and not (d.end <= figure.start and d.future
                      and (_coming_apart(form, d, figure) or _came_before(form, d, figure)
                           or figure.market_kind not in EARNED_KINDS and _done_in_a_predicate_after(form, d, figure)))
             # (nor a day still to come: a move over a stretch that runs to now is told as done, "explain why we keep
             # the stock despite its 9% pullback since early October" is no move of tomorrow's results)
             and not ((lifelong or over_its_own and (d.precision in _PERIODS or d.future))
                      and _another_clause(form, min(d.end, figure.end), max(d.start, figure.start))
                      # (the time a log's entry opens with is when its figure was told: "14:00 - ... total 3.1
                      # billion yuan so far")
                      and not (lifelong and opens_an_entry(form, d.start, d.end))
                      # ... though a move set off by a comma after its own clause's day and price goes on telling
                      # them: "closed at HK$152.70 on Friday, up 81% this year" is Friday's
                      and not (d.end <= figure.start and d.precision == "day" and figure.direction
                               and _goes_on_after_a_comma(form, d, figure.start)))
             # ... nor a day of a clause before ", but" or ", and" ("On Friday, Tencent's shares rose 1.9%, but
             # Alibaba's shares have gained 38% so far this year"), though one of a second predicate without a comma is
             and not (over_its_own and d.end <= figure.start
                      and _last_join(form, _words_between("coordinate", r",\s+", r"\s"), d.end, figure.start))
             and not (0 <= prospect <= d.start)
             and not (d.end <= figure.start
                      and (clause := date_side_clause.search(form, d.end, figure.start)) is not None
                      and not _told_on_before_both(form, d, clause))
             # a stance a new subject holds on is of now: "cut its rating on Friday, while Bernstein kept its $52
             # target" (opens=standing), though the same subject's second verb (", and kept a buy rating with a target
             # price of 4,100 yen") is still told on that day
             and not (d.end <= figure.start and _held_by_a_new_subject().search(form, d.end, figure.start) is not None)
             and not (d.end <= figure.start and d.precision not in _WIDER_THAN_DAYS
                      and _date_side_clause("before_day").search(form, d.end, figure.start))
             and not (d.end <= figure.start and (_closes_a_record(form, d) or _beside_a_record(form, d)))
             and not (d.end <= figure.start and _in_a_closed_comparison(form, d, figure))
             # a reporting period of another clause is the results', not the day's share move after them: "revenue rose
             # 15% in the July-September period, ..., but its shares fell 2.4%"
             # ... nor is a year or fiscal year still to come that a forecast of another clause is for: "raised its
             # forecast for 2026 revenue ..., sending its shares up 7.4% to $68.20" (the price is the move's)
             and not (d.end <= figure.start and figure.market_kind in _SHARE_KINDS
                      and ((d.precision in _REPORTING_PRECISIONS or _counts_months_or_weeks(d))
                           and figure.market_kind == "share_move"
                           # (nor a price of a second predicate: "said the quarter was solid and kept their A$5.10
                           # price target" is of the day told, while ", at an average price of $48" goes on
                           # telling the buyback of its quarter)
                           or d.precision in _REPORTING_PRECISIONS and figure.market_kind == "share_price"
                           and coordinated(form, d.end, figure.start)
                           # (a stretch of years ahead that a plan is for is no time a move was made in: "beyond
                           # the 380 billion yuan it had earmarked for the three years to 2028, sending its shares up
                           # 9.2%" is of the day told)
                           or d.future and d.precision in ("year", "fiscal_year", "span"))
                      and _another_clause(form, d.end, figure.start)
                      and not _fronts_as_a_phrase(form, d)
                      # (a move told on after a comma from its own clause's price is of that price's period:
                      # "ended the fiscal year at HK$130.20, up 84% from a year earlier")
                      and not _moves_on_from_its_clause(form, d, figure))
             and d not in terms
             and not (own_term and d.end <= figure.start
                      and (coordinated(form, d.end, figure.start)
                           # (or a relative clause of a noun after the date: "will hold a meeting on Aug. 5 on a plan,
                           # which would cost $95 million over the next 10 years" is of the day told)
                           or _words_between("relative_term", r",\s+", r"\s").search(form, d.end, figure.start)
                           # (or an apposition of the plan a deed still ahead is part of: "will open a lounge in the
                           # spring of 2027, part of a £60 million upgrade over the next four years" is not 2027's)
                           or d.future and _words_between("plan_part", r",\s+", r"\s").search(form, d.end,
                                                                                               figure.start))
                      # (a day of telling right before what was told dates all of it: "said on Tuesday that ... and
                      # that contracts worth 11 billion yuan run until 2030")
                      and not _told_right_before_a_complement(form, d, figure)
                      # (nor a list a colon opens after the date: "issued green bonds in May: a 5 billion yuan
                      # tranche due in 2030 and a $1 billion tranche due in 2035", each of May)
                      and not _heads_a_list_holding(form, d, figure))
             and not (d.start >= figure.end and _caps_over_a_term(form, figure, d))
             # the figure's own term closes its phrase: a date past "and" after it is another noun's or predicate's
             # ("US$1 billion of notes due on Jan. 14 and a coupon due on Jan. 29"), while one right after it is still
             # the figure's ("a $14.6 million coupon payment on its notes due 2027 on March 9")
             and not (d.start >= figure.end and _BREAKS.search(form, figure.end, d.start) is None
                      and any(figure.end <= t.start and t.end <= d.start and coordinated(form, t.end, d.start)
                              for t in terms))
             and not (d.end <= figure.start and figure.direction and _measured_since_before(form, figure))
             and not (d.start >= figure.end and _in_an_aside_after(form, figure, d, told))
             and not _bracketed_apart(form, d, figure)
             and not _quoted_apart(form, d, figure)
             and not _qualifies_a_noun_apart(form, d, figure)
             and not (d.end <= figure.start and _joined_with_a_subject(form, d, figure))
             and not (d.end <= figure.start and _a_new_subject_past_a_plan_without_figure(form, d, figure))
             # a semicolon ends the figure's clause: "bought Northern Carriers for £31m; in 1984 he moved into property"
             and not (d.start >= figure.end and form.find(";", figure.end, d.start) >= 0)
             # ... and a date's: "worth another £110m next season; going down would leave ... about £49m", unless the
             # date opens the sentence and so sets the time of all of it ("In 2024, revenue rose; profit fell to $2bn")
             # (a day of a market's session reaches on: "fell on Wednesday; Next dropped 2.1%")
             # (nor a period whose results the clause names, for a revenue or profit told past it: "reports
             # first-quarter results on Wednesday; analysts expect revenue of $652 million" is the quarter's)
             and not (d.end <= figure.start and d.precision not in _SESSION_PRECISIONS
                      and form.find(";", d.end, figure.start) >= 0
                      and not _fronts_its_sentence(form, d) and not opens_an_entry(form, d.start, d.end)
                      and not (figure.market_kind in EARNED_KINDS and names_its_results(form, d)))
             # a participle's aside between commas tells of the noun before it: "fell 78% to 9.1 billion yuan, with
             # subsidies, ramped up since late April, still eating into margins"
             and not (d.start >= figure.end and _in_a_participle_aside(form, figure, d))
             and not (d.start >= figure.end and _in_a_cost_aside(form, figure, d))
             # a figure spread over a term of its own after it is of the day told: "would invest 380 billion yen over
             # the next three years in a new plant, which is scheduled to start production in the spring of 2028"
             and not (spread_over and d.start >= figure.end and d not in terms
                      and _BREAKS.search(form, figure.end, d.start) is not None)
             # the day a source was put out dates none of the figures it shows: "The accounts Caldon filed in
             # September show £71.5m paid in cash"
             and not (d.end <= figure.start and _put_out_before_it_shows(form, d, figure))
             # a year that names a product's vintage is no time of a figure: "a case of 12 bottles of 1990 Romanee-Conti
             # sold for HK$4.96 million" is of the sale's day (opens=vintage_before)
             and not (d.precision == "year" and _names_a_vintage(form, d))
             # a date of a concession that opens the sentence is the concession's: "Despite the week's losses, the
             # shares are still up 95% this year, far ahead of the index's 26% gain" (the gain is not of the week)
             and not (d.end <= figure.start and _in_a_fronted_concession(form, d, figure))
             and not (d.end <= figure.start and _counts_off_a_day_before(form, d, figure, told))
             # a relative clause inside a present participle's aside tells of the aside's noun: "has sold its stake,
             # ending a partnership that began almost six years ago, in a block trade that raised about A$212 million"
             and not (d.end <= figure.start and _in_a_relative_of_an_ing_aside(form, d, figure))
             and not (d.end <= figure.start and not d.future and _in_a_past_aside_before_a_plan(form, d, figure))
             and not (d.end <= figure.start and d.precision == "day" and _a_year_total_after_a_day(form, d, figure))]
    if any(d.start >= figure.end for d in dates) and _in_a_fronted_participle(form, figure):
        dates = [d for d in dates if d.start < figure.end or _BREAKS.search(form, figure.end, d.start) is None]
    # a happening told a few days from a month or a wider date is of that date, over a wider one of another phrase
    # before it, though that date's clause is its own (figure_side_clauses.tsv opens=before_day)
    pinned = _pinned_a_few_days_from(form, figure, dates)
    if pinned is not None:
        return pinned
    dates = _in_its_own_clause(form, figure, dates)
    bounds = [d for d in dates if d.end <= figure.start and _bounds_the_date_before(form, d, told)]
    if bounds and len(bounds) < len(dates):
        dates = [d for d in dates if d not in bounds]
    asides = [d for d in dates if d.end <= figure.start and _in_an_aside(form, d, figure, told)]
    if len(asides) < len(dates):
        dates = [d for d in dates if d not in asides]
    else:
        # With no other date, an aside that tells the day of its subject's own happening dates the main
        # clause ("sales during the Golden Week holidays, which ended on Tuesday, rose 8%"; "Tencent, which
        # reports results on Wednesday, is expected to post revenue of 190.6 billion yuan"), but not a period
        # of something else it tells of ("Meituan, which reported its results for the third quarter, sank 5.2%").
        days = [d for d in asides
                if _tells_its_day(form, d, figure, told) or _tells_when_it_struck(form, d, figure, told)]
        # ... and, for a company's revenue or profit, the period the clause says that day's report was for, or whose
        # results it names when no day of it tells the subject's, which outweighs the day further on (_of_its_period):
        # "Cal-Maine, which reported results on Tuesday for its fiscal second quarter ended Nov. 29, said net income
        # rose 31%" is the quarter's, and so is "Tencent, which will report fourth-quarter earnings on March 18, is
        # expected to post a 12% rise in revenue"
        dates = days + [d for d in asides if figure.market_kind in EARNED_KINDS
                        and (_reported_for(form, days, d)
                             or not days and d.precision != "day" and names_its_results(form, d))]
    if not dates:
        return None
    dates = _of_its_period(form, figure, dates)
    if not dates:
        return None     # every date was only when the figure was told
    told_payout = _payout_told_on(form, figure, dates)
    if told_payout is not None:
        return told_payout
    tie = _tie(_TIE_WORDS)
    for date in dates:
        if figure.end <= date.start <= figure.end + _TIE_REACH and tie.fullmatch(form, figure.end, date.start):
            return date
    for date in dates:
        if _tied_by_its_own_word(form, figure, date):
            return date
    # a date of the figure's own clause after it outweighs the entry's when a comparison opened after a comma holds the
    # figure ("* May 6 - Sells its arm for 195 million euros, less than half the 430 million euros analysts had valued
    # it at in 2023") or another date stands between; so does one told right after the figure ("- Nov. 3, 2024: drops
    # the plan; its shares fall 12% the next day" is the next day's)
    own_after = any(d.start >= figure.end and _BREAKS.search(form, figure.end, d.start) is None for d in dates)
    dates = [d for d in dates if not (d.end <= figure.start and opens_an_entry(form, d.start, d.end)
                                      and _a_log_time_before_its_own_period(form, figure, d, dates))]
    for date in dates:
        if date.end > figure.start or not opens_an_entry(form, date.start, date.end):
            continue
        between = [d for d in told if date.end <= d.start and d.end <= figure.start]
        # a date told between is nearer ("Yesterday: ... revenue for the September quarter rose 5%"), unless a
        # semicolon ends its clause ("* Feb. 18 - Warns that 2025 core profit will fall short; shares drop 31%")
        if (not any(";" not in form[d.end:figure.start] for d in between)
                and not (own_after and (between or side_clause.search(form, date.end, figure.end)
                                        or _told_right_after(form, figure, dates)))):
            return date
    if all(_BREAKS.search(form, d.end, figure.start) for d in dates if d.end <= figure.start):
        # A longer phrase of the figure leads to its date when every date before the figure is of another clause:
        # "rattled global markets in late January, wiping nearly $600 billion from Nvidia's market value on Jan. 27"
        tie = _tie(_LONG_TIE_WORDS)
        for date in dates:
            if figure.end <= date.start <= figure.end + _TIE_REACH and tie.fullmatch(form, figure.end, date.start):
                return date
    if own_after and figure.market_kind not in EARNED_KINDS and _in_a_comparison_after(form, figure, dates):
        # the figure a comparison past a comma is told with takes the comparison's own date after it, not the first
        # figure's before that comma: "values ByteDance at more than $330 billion, people familiar with the matter said
        # on Wednesday, up from about $300 billion in a buyback last September" (a company's revenue or profit shares
        # the period of the first: "expects a margin of 4% to 5.5% for 2026, down from the 6% to 7.5% it had guided in
        # April")
        dates = [d for d in dates if d.start >= figure.end]
    if (figure.market_kind not in EARNED_KINDS and any(d.start >= figure.end for d in dates)
            and (closed := _closes_a_comparison_after(form, figure, dates)) >= 0):
        # the number a comparison set off by commas is from takes no date past its closing comma, which goes on telling
        # the figure compared: "a quarterly dividend of C$1.08 a share, up from C$1.04, payable on Jan. 27, 2026" (the
        # payment day is the new dividend's)
        dates = [d for d in dates if d.start < closed]
        if not dates:
            return None
    # the sum's own relative clause tells when it came: "register on Nov. 7, funded from the A$410 million it
    # received for selling its stake in July" is July's
    dates = [d for d in dates if _told_in_the_sum_s_relative(form, figure, d)] or dates
    if any(d.end <= figure.start and _BREAKS.search(form, d.end, figure.start) is None for d in dates):
        # a date of the figure's own clause before it outweighs a nearer one past a comma, which is another clause's:
        # "bought a majority of Trendyol in 2018 for ... $728 million, and it led a $1.5 billion round in August 2021"
        # (the commas of a sum told again in another currency part no clause: "rose 34% to 39.8 billion yuan, or about
        # $5.6 billion, in the three months through September" is of those months)
        dates = [d for d in dates if d.start < figure.end or not _breaks_outside_restated_sums(form, figure, d.start)]
    return min(dates, key=lambda d: (_distance(d, figure), d.start))


def _tied_by_its_own_word(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Does ``date`` open with a word that ties it to the figure before it (figure_side_clauses.tsv opens=own_tie), a
    few words of the figure's own phrase between and no comma?  The deadline of the figure's own predicate is its
    time, before a nearer date that qualifies the subject: "The port's dredging budget of 2.4 billion rupees for 2025
    was 9% over budget by the end of July" is the end of July's 9% (the word is part of the date's own text, so the
    ties of ``_tie`` cannot stand before it)."""
    return (figure.end < date.start <= figure.end + _TIE_REACH
            and _tie(_TIE_WORDS, tied=False).fullmatch(form, figure.end, date.start) is not None
            and _words_between("own_tie", "", r"\s").match(date.text) is not None)


def _a_log_time_before_its_own_period(form: str, figure: MoneyMention, entry: DateMention,
                                      dates: list[DateMention]) -> bool:
    """Does a past period or stretch wider than a day follow a sum in its own clause, in an entry a clock time
    opens?  A live log's stamp is when the sum was told, and the period the sum's own clause names is when it was spent
    or earned: "10:05 - Ruiz says the group spent 120 billion yen on battery plants in the fiscal year that ended in
    March" is that fiscal year's, "spent 40 billion yen on research in the year to March" that stretch's (one that
    runs on to the entry's day, "sales of 29.4 billion yuan since Oct. 20", is a running total told then).  A
    chronology's day ("* May 6 -") is when its entry happened and stays the entry's; a share's move or price in a log
    is of its stamp.  The period must follow the sum's own object closely, no relative clause between: in "will spend
    30 billion yen on a plant that opened in 2023" or "buy back 20 billion yen of shares bought by the fund in 2024"
    the year is the plant's or the shares', and the sum stays the stamp's."""
    if entry.timex_type != "TIME" or entry.first_day is None or figure.market_kind in _SHARE_KINDS:
        return False
    return any(
        d.start >= figure.end and not d.future and (d.precision in _WIDER_THAN_DAYS or d.precision == "span")
        and d.last_day is not None and d.last_day < entry.first_day
        and _BREAKS.search(form, figure.end, d.start) is None
        and len(form[figure.end:d.start].split()) <= _LOG_PERIOD_WORDS
        and _words_between("apposed_rel", r"(?<![\w-])", r"(?![\w-])").search(form, figure.end, d.start) is None
        for d in dates)


_LOG_PERIOD_WORDS = 5  # words from a log's sum to the period its own clause names (" on battery plants in ")


def _told_right_after(form: str, figure: MoneyMention, dates: list[DateMention]) -> bool:
    """Does a date follow the figure with nothing but a space between?  Such a date is the figure's own time, as
    much as one a word ties to it: "its shares fall 12% the next day" in an entry a past day opens is of that next day,
    not of the entry's day (the entry's day still dates the entry's other figures)."""
    return any(d.start > figure.end and form[figure.end:d.start].isspace() for d in dates)


def _distance(date: DateMention, figure: MoneyMention) -> int:
    """How far the middle of ``date`` is from the figure's (doubled), or that of the date cut after one of its parts
    when it tells one time twice: "to hit $200 before Singles' Day on Nov. 11" is as near as "before Singles' Day"
    alone, its day being the holiday's own."""
    middle = figure.start + figure.end
    parts = [(date.start, date.end)]
    if len(date.timexes) > 1 and len({t.value for t in date.timexes}) == 1:
        parts += [(date.start, t.end) for t in date.timexes if t.end > date.start]
    return min(abs(start + end - middle) for start, end in parts)


def _breaks_outside_restated_sums(form: str, figure: MoneyMention, end: int) -> bool:
    """Does a comma or semicolon stand between ``figure`` and ``end`` other than the two commas of an aside that tells a
    sum again in another currency (opens=restated_sum: ", equivalent to $5.6 billion,"), the figure's own or a later
    one's, right after which a word ties the phrase to ``end`` (", in the three months")?  Past a comparison the
    closing comma opens, the aside parts its sum from the date: "567 billion yuan, or roughly $78.5 billion, down about
    75% from the valuation it sought in the 2020 float" is not of 2020."""
    breaks = [b.start() for b in _BREAKS.finditer(form, figure.end, end)]
    if not breaks:
        return False
    tie = _tie(_TIE_WORDS)
    asides = [(m.start(), m.end()) for m in _restated_aside().finditer(form, figure.start, end)
              if tie.fullmatch(form, m.end(), end) is not None]
    # an aside left open runs into the phrase that ties it to the date: "to 39.8 billion yuan, equivalent to $5.6
    # billion in the three months through September" (the sum's first token, then its own words and the tie)
    asides += [(m.start(), end) for m in _restated_opening().finditer(form, figure.start, end)
               if tie.fullmatch(form, _SUM_TOKEN.match(form, m.end()).end(), end) is not None]
    if _modifies_the_noun_after(form, figure):
        asides.append((figure.end, figure.end + 1))
    return any(not any(start <= b < stop for start, stop in asides) for b in breaks)


def _modifies_the_noun_after(form: str, figure: MoneyMention) -> bool:
    """Is the sum, after an article or an owner's word, one of two modifiers of the noun after its comma ("the 90
    billion yen, five-year plan first announced in March 1988")?  That comma only lists the modifiers (opens=
    modifier_lead): it parts no clause, and the noun's phrase is the sum's."""
    return (_modifier_lead().search(form, max(0, figure.start - _MODIFIER_LEAD_REACH), figure.start) is not None
            and _MODIFIER_AND_NOUN.match(form, figure.end) is not None)


@functools.cache
def _modifier_lead() -> re.Pattern:
    # (a word of approximation may stand between: "the roughly $2 billion, all-stock deal")
    return re.compile(rf"(?i)(?<![\w-])(?:{_words('modifier_lead')})\s+(?:[a-z]+\s+)?\Z")


_MODIFIER_LEAD_REACH = 30  # characters before the sum where its article or owner's word is looked for
# the comma, a hyphened modifier and the noun it goes with, in lower case ("three-year commitment")
_MODIFIER_AND_NOUN = re.compile(r",\s+(?:[a-z\d]+-)+[a-z]+\s+[a-z]+\b(?!-)(?!,)")


@functools.cache
def _restated_aside() -> re.Pattern:
    """An aside that tells a sum again, from its opening to the comma that closes it (", or about $5.6 billion,"; a
    comma between digits closes none)."""
    return re.compile(_restated_opening().pattern + r"(?:[^,;]|,(?=\d))*,")


@functools.cache
def _restated_opening() -> re.Pattern:
    """The comma and the words that open an aside telling a sum again (opens=restated_sum, or the opens=equal that sets
    it equal: "or about", "equivalent to"), up to the sum in its currency (a code may stand before its sign: ",
    equivalent to US$5.6 billion")."""
    return re.compile(rf"(?i),\s+(?:(?:{_words('restated_sum')}|{_words('equal')})\s+){{1,2}}{_SUM_AHEAD}")


_SUM_TOKEN = re.compile(r"\S*")  # the first token of a sum told again ("$5.6", "US$5.6"), its magnitude a word after it


# The sum a relative clause tells of is named with its article, maybe a word of approximation between ("the roughly").
_NAMED_SUM_BEFORE = re.compile(r"(?i)\bthe\s+(?:[a-z]+\s+)?\Z")
_NAMED_SUM_REACH = 20  # characters before the sum where its article is looked for


def _told_in_the_sum_s_relative(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Does ``date`` stand in a relative clause of the sum right after it, opened by its subject and verb with no
    relative word and no comma before the date (figure_side_clauses.tsv opens=sum_relative: "the A$410 million it
    received for selling its stake in July")?"""
    return (date.start >= figure.end and figure.amount is not None
            and _NAMED_SUM_BEFORE.search(form, max(0, figure.start - _NAMED_SUM_REACH), figure.start) is not None
            and _sum_relative().match(form, figure.end) is not None
            and _BREAKS.search(form, figure.end, date.start) is None)


@functools.cache
def _sum_relative() -> re.Pattern:
    """The subject and verb that open a sum's relative clause with no relative word (opens=sum_relative)."""
    return re.compile(rf"(?i)\s+(?:{_words('sum_relative')})\s+(?:had\s+|has\s+)?[a-z]+\s")


def _heads_a_list_holding(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does a colon right after the clause of ``date`` open a list that runs on to ``figure``?  The items share the
    date their heading tells."""
    colon = form.find(":", date.end, figure.start)
    return colon >= 0 and _BREAKS.search(form, date.end, colon) is None


def _in_a_participle_aside(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Does the date stand in an aside after the figure that a past participle opens and a comma closes, with no figure
    of its own (", ramped up since late April,")?  A preposition may stand before the date when the aside is told of the
    subject of another clause opened after the figure (opens=aside_preposition, opens=aside_clause: "fell 55% to 5.3
    billion yuan as its food-delivery push, launched in February, kept burning cash")."""
    comma = form.rfind(",", figure.end, date.start)
    if comma < 0 or _CLAUSE_COMMA.match(form, date.end) is None and _new_time_after().match(form, date.end) is None:
        return False
    return (_participle_aside().fullmatch(form, comma, date.start) is not None
            or _participle_aside(moved=True).fullmatch(form, comma, date.start) is not None
            or (_participle_aside(preposition=True).fullmatch(form, comma, date.start) is not None
                and _aside_clause().search(form, figure.end, comma) is not None))


def _in_a_relative_of_an_ing_aside(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does the date, before the figure, stand in a relative clause of the noun of an aside that a present participle
    opens after a comma (", ending a partnership that began ...") and a comma closes before the figure?"""
    closes = _CLAUSE_COMMA.search(form, date.end, figure.start)
    return (closes is not None
            and _ing_aside_relative().search(form, max(0, date.start - _ING_ASIDE_REACH), date.start) is not None)


@functools.cache
def _ing_aside_relative() -> re.Pattern:
    # (the participle is told by its ending, any verb's: "ending", "extending", "capping", and by the determiner of its
    # object, which "according to three candidates who ..." has not)
    return re.compile(rf"(?i),\s+[a-z]{{2,}}ing\s+(?:{_words('ing_aside_object')})\s+(?:[\w'-]+\s+){{0,4}}?"
                      rf"(?:{_words('ing_aside_relative')})\s+[^,;.]*\Z")


_ING_ASIDE_REACH = 100  # characters back from a date to its aside's comma (", ending a partnership that began almost ")


def _in_a_cost_aside(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Does the figure stand alone in an aside set off by commas (opens=cost_aside: "a new production line, costing
    about 650 million yuan, would start output in the fourth quarter") with the date past its closing comma?  The date
    is the main clause's happening; the aside only says what its subject is worth or costs."""
    # the caller keeps only dates from the figure's end on, and no date opens with the comma, so it lies past it
    if not form.startswith(",", figure.end):
        return False
    opened = max(0, figure.start - _COST_ASIDE_REACH)

    def opens_the_aside(kind: str) -> bool:
        # (a word or two of approximation may stand between: ", costing an estimated ")
        return _words_between(kind, r",\s+", r"\s+(?:[\w-]+\s+){0,2}\Z").search(form, opened, figure.start) is not None

    if opens_the_aside("cost_aside"):
        return True
    # what the subject is valued at is its own worth only before a verb of telling ("The company, valued at about 6.3
    # billion crowns, said its costs would rise this year"); "The orders, worth about 30 billion yuan, were placed in
    # late February" are worth it as placed
    return opens_the_aside("value_aside") and _told_after_an_aside().match(form, figure.end + 1) is not None


@functools.cache
def _told_after_an_aside() -> re.Pattern:
    """A verb of telling right after an aside's closing comma (opens=said_then): the main clause it opens."""
    return re.compile(rf"(?i)\s+(?:{_words('said_then')})\b")


_COST_ASIDE_REACH = 40  # characters from the aside's comma to its figure (", costing an estimated ")


@functools.cache
def _participle_aside(preposition: bool = False, moved: bool = False) -> re.Pattern:
    """A comma and a past participle, maybe with its particles (opens=aside_particle: "ramped up", "pushed back from")
    and an adverb before it (opens=aside_adverb: ", first reported last summer,"), and with ``preposition`` one before
    the date (opens=aside_preposition: ", launched in February,"); with ``moved``, the old time of a plan and the word
    that leads to its new time, the date (opens=aside_new_time: ", moved from 2024 to next year,")."""
    told = rf"(?:\s+(?:{_words('aside_preposition')}))" if preposition else ""
    old_time = rf"\s+[^,;$%]{{1,{_OLD_TIME_REACH}}}?\s+(?:{_words('aside_new_time')})" if moved else ""
    return re.compile(rf",\s+(?:(?:{_words('aside_adverb')})\s+)?[a-z]{{3,}}ed"
                      rf"(?:\s+(?:{_words('aside_particle')})){{0,2}}{told}{old_time}\s+")


@functools.cache
def _new_time_after() -> re.Pattern:
    """After the old time of a plan moved in a participle's aside, the word that leads to its new time and that time,
    up to the comma that closes the aside (opens=aside_new_time: ", moved from 2024 to next year,")."""
    return re.compile(rf"(?i)\s+(?:{_words('aside_new_time')})\s+[^,;$%]{{1,{_OLD_TIME_REACH}}}?"
                      rf"(?={_CLAUSE_COMMA.pattern})")


_OLD_TIME_REACH = 30  # characters of a plan's old or new time in its aside ("the second half of next year")


@functools.cache
def _aside_clause() -> re.Pattern:
    """A word that opens a clause of another subject (opens=aside_clause: "as its food-delivery push"), up to a
    comma."""
    return re.compile(rf"(?<![\w-])(?:{_words('aside_clause')})\s+[^,;]*\Z")


def _names_a_vintage(form: str, date: DateMention) -> bool:
    """Is the year a product's vintage, told after the measure of its bottles or lots ("bottles of 1990", "a case of
    2005")?"""
    return _words_between("vintage_before", r"(?<![\w-])", r"\s+\Z").search(
        form, max(0, date.start - _VINTAGE_REACH), date.start) is not None


_VINTAGE_REACH = 30  # characters back from a year to the measure of its bottles ("a six-bottle lot of ")


def _in_a_fronted_concession(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does the date stand in a phrase of concession that opens its sentence (opens=concedes: "Despite the week's
    losses,") and that a comma closes before the figure?"""
    return (form.find(",", date.end, figure.start) >= 0
            and _opens_its_sentence(_fronted_concession(), form, date.start - _CONCEDES_REACH, date.start))


@functools.cache
def _fronted_concession() -> re.Pattern:
    return re.compile(rf"(?i){_SENTENCE_OPENS}(?:{_words('concedes')})\s+[^,;.!?]*\Z")


_CONCEDES_REACH = 80  # characters back from a date to the start of its sentence's concession ("Despite the ")


def _put_out_before_it_shows(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date the day a source was put out, told in its subject before the verb that shows the figure
    (``figure_side_clauses.tsv`` opens=put_out and opens=shows)?"""
    return (_words_between("put_out", r"\b", r"\s+(?:[\w'-]+\s+){0,3}\Z")
            .search(form, max(0, date.start - _PUT_OUT_REACH), date.start) is not None
            and _words_between("shows", r"\s+", r"\s+(?:[\w'-]+\s+){0,3}").fullmatch(form, date.end,
                                                                                     figure.start) is not None)


_PUT_OUT_REACH = 40  # characters: "filed at Companies House in "


def at_the_start_it_tells(form: str, date: DateMention, figure: MoneyMention) -> DateMention:
    """The date a figure takes, when it is an open stretch ("since 1998") and the figure stands in the clause right
    after it that tells of its start (comparison_bases.tsv role=tells): "had owned the club since 1998, when Frank
    Whitaker bought it for £1" is 1998's, not of the years since; otherwise ``date`` itself."""
    if not _tells_its_start(form, date, figure):
        return date
    shape = _OPEN_STRETCH.fullmatch(date.when)
    gran = next(g for g in _START_GRANS if shape.group(g) is not None)
    period = Period.of(gran, date.first_day)
    return dataclasses.replace(date, when=period.when(), last_day=period.last(), precision=period.precision())


def _start_it_tells_of(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The date nearest before the figure, when it is an open stretch whose clause telling its start holds the figure
    (_tells_its_start), else None."""
    date = _nearest_date_before(figure, dates)
    return date if date is not None and _tells_its_start(form, date, figure) else None


def _date_a_clause_tells_of(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The date nearest before the figure when the clause right after it tells of it (comparison_bases.tsv role=tells:
    ", when") and holds the figure with no clause break, and the figure has no date of its own after it (one in a
    relative clause of its own noun, ", which ...", or one that only names a noun is none), else None.  Not a
    reporting period ("the day after it reported results for the March quarter, when it bought"), nor any date for a
    revenue or profit of a sentence that names a report's period: the results' period dates it."""
    date = _nearest_date_before(figure, dates)
    if date is None or date.precision in _REPORTING_PRECISIONS or not _its_telling_clause_holds(form, date, figure):
        return None
    if figure.market_kind in EARNED_KINDS and any(d.precision in _REPORTING_PRECISIONS for d in dates):
        return None
    has_its_own = any(d.start >= figure.end and not _qualifies_a_noun_apart(form, d, figure)
                      and _relative_clause_opener().search(form, figure.end, d.start) is None for d in dates)
    return None if has_its_own else date


@functools.cache
def _relative_clause_opener() -> re.Pattern:
    """A comma and a relative clause's word (figure_side_clauses.tsv opens=aside: ", which"): a date after it is the
    clause's noun's, not the figure's own."""
    return re.compile(rf"(?i),\s+(?:{_words('aside')})\b")


def _tells_its_start(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is ``date`` an open stretch before the figure whose clause right after it (comparison_bases.tsv role=tells)
    holds the figure with no clause break between?"""
    return (_OPEN_STRETCH.fullmatch(date.when) is not None and date.first_day is not None and date.end <= figure.start
            and _its_telling_clause_holds(form, date, figure))


def _its_telling_clause_holds(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does a clause that tells of ``date`` open right after it (comparison_bases.tsv role=tells: ", when") and hold
    the figure with no clause break between?"""
    tells = _comparison_rules().tells.match(form, date.end)
    return tells is not None and _BREAKS.search(form, tells.end(), figure.start) is None


def _nearest_date_before(figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    return max((d for d in dates if d.end <= figure.start), key=lambda d: d.end, default=None)


# The start of an open stretch as written in its `when` ("1998/..", "2025-09/.."), a group named for the granularity
# (resolver.Period) of each shape; the finest first, as a day's shape holds a month's.
_OPEN_STRETCH = re.compile(r"\d{4}(?:-(?P<M>\d\d)(?:-(?P<D>\d\d))?|-Q(?P<Q>\d)|-H(?P<H>\d)|-W(?P<W>\d\d)|(?P<Y>))/\.\.")
_START_GRANS = "DMQHWY"


def _priced_for(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The date of the happening a move still to come is priced for, told right after the move in its clause
    (``figure_side_clauses.tsv`` opens=priced), else None: "options imply a move of about 8 per cent either way after
    Thursday's figures" is Thursday's, not the day told, as a move that came after a report is."""
    if _priced().search(form, max(0, figure.start - _PRICED_REACH), figure.start) is None:
        return None
    return next((d for d in dates if 0 <= d.start - figure.end <= _PRICED_DATE_REACH
                 and _BREAKS.search(form, figure.end, d.start) is None), None)


def priced_ahead(form: str, figure: MoneyMention) -> bool:
    """Is the figure a move the market prices in for a happening still to come (``figure_side_clauses.tsv``
    opens=priced)?  Such a move is ahead whatever day dates it: "Options traders are pricing a move of about 6% after
    the results", the results' day told in another sentence, is of the day told and still `future`."""
    return _priced().search(form, max(0, figure.start - _PRICED_REACH), figure.start) is not None


@functools.cache
def _priced() -> re.Pattern:
    # (an approximation may stand between the words and the figure: "a move of about 8 per cent")
    return re.compile(rf"(?i)\b(?:{_words('priced')})\s+(?:[a-z]+\s+)?\Z")


_PRICED_REACH = 40  # characters from the words of a priced move to its figure
# characters from a priced move to the date of its happening (" in the shares after the ... on ")
_PRICED_DATE_REACH = 60


def _set_by_for(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The date of the happening that set a valuation, told right after it in its clause (``figure_side_clauses.tsv``
    opens=set_by), else None: a company "valued at $3.2 billion after a funding round in May 1989" was worth that
    from the round on, so the round's date is the valuation's, not another date of the sentence."""
    if figure.market_kind != "valuation" or _words_between("set_by", r"\s+", r"\s").match(form, figure.end) is None:
        return None
    return next((d for d in dates if 0 <= d.start - figure.end <= _SET_BY_DATE_REACH
                 and _BREAKS.search(form, figure.end, d.start) is None
                 # "after a funding round in 2024", not "after a turbulent 2025": a time lived through sets no value
                 and _words_between("set_by_when", r"\s", r"\s+\Z").search(form, figure.end, d.start) is not None),
                None)


# characters from a valuation to the date of the happening that set it (" after a series C funding round in ")
_SET_BY_DATE_REACH = 50


def _made_then(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The date of an aside that the figure's own comma opens with a participle of a deal's making and that closes
    with a comma or the sentence (``figure_side_clauses.tsv`` opens=made_then), else None: "follows the sale of Sun
    Art for about HK$13 billion, announced last December, and of the Intime chain in January" is last December's, the
    aside's time the deal's, not a time of another noun joined on after it."""
    lead = _made_then_lead().match(form, figure.end)
    if lead is None:
        return None
    return next((d for d in dates if d.start == lead.end() and _CLAUSE_END.match(form, d.end)), None)


@functools.cache
def _made_then_lead() -> re.Pattern:
    """A comma, an adverb maybe (opens=aside_adverb), a participle of opens=made_then and a preposition maybe
    (opens=reduced_to), up to the date: ", announced last ", ", first agreed in "."""
    return re.compile(rf"(?i),\s+(?:(?:{_words('aside_adverb')})\s+)?(?:{_words('made_then')})\s+"
                      rf"(?:(?:{_words('reduced_to')})\s+)?")


def told_at_that_time(form: str, sentences: list[tuple[int, int]], where: int,
                      dates_by_sentence: dict[int, list[DateMention]]) -> DateMention | None:
    """The last date of the sentence right before sentence ``where`` in its paragraph, when ``where`` opens with words
    that set it at the time that sentence told (``figure_side_clauses.tsv`` opens=at_that_time), else None: "... hit
    its all-time high of $317.14 on Oct. 27, 2020. At that point Alibaba was worth more than $850 billion" is Oct. 27,
    2020's, not the publication day's; so does "then" closing it (opens=then_closing: "The committee meets on Dec. 9.
    Economists expect another cut of 25 basis points then." is Dec. 9's).  Only a date that is no stretch, nor the
    date of a base figure: "had agreed to pay about 140 yen, up from 118 yen at the start of last season. At those
    prices the crop could earn ..." is set at the time of the 140 yen, which the sentence did not tell, not the
    base's."""
    if where == 0 or "\n" in form[sentences[where - 1][1]:sentences[where][0]] \
            or (_at_that_time().match(form, sentences[where][0]) is None
                and _said_at_that_time().search(form, sentences[where][0], sentences[where][1]) is None
                and _then_closing().search(form, sentences[where][0], sentences[where][1]) is None):
        return None
    # (a stretch is no time a sentence can be set at: "more than it had spent over the previous decade. At the time,
    # the shares fell 9.6%" is of the day told before it)
    return next((d for d in reversed(dates_by_sentence.get(where - 1, ()))
                 if "/" not in d.when and not _dates_a_base_told(form, d)),
                None)


def _dates_a_base_told(form: str, date: DateMention) -> bool:
    """Does the date stand right after a base figure of a comparison ("up from 1,600 shillings a kilo in March"), told
    as a row or not (a price per kilo makes none)?"""
    start = max(0, date.start - _BASE_FIGURE_REACH)
    return figure_compared_before(named=True, linked=False).search(form[start:date.start].lower()) is not None


_BASE_FIGURE_REACH = 70  # characters from a comparison's word, past its base figure, to the date of that base


@functools.cache
def _at_that_time() -> re.Pattern:
    # (a quote or bracket may open the sentence; a comma may close the words; a row's not_before keeps "At the time of
    # writing", which is now, out)
    return re.compile(rf"[\"'\u201c(]?(?:{_words_not_before('at_that_time')}),?", re.IGNORECASE)


@functools.cache
def _said_at_that_time() -> re.Pattern:
    # (after the comma, a subject of up to five words: "it", "the company", "Chief Executive Jane Doe")
    return re.compile(rf",\s+(?:[\w.'\u2019&-]+\s+){{1,{_SAID_SUBJECT_WORDS}}}(?i:{_words('said_at_that_time')})"
                      rf"[.!]?['\"\u201d)]*\s*\Z")


_SAID_SUBJECT_WORDS = 5


@functools.cache
def _then_closing() -> re.Pattern:
    # ("since then", "until then", "now and then" tell a stretch or a habit, no time the sentence is set at:
    # opens=then_stretch)
    stretch = "".join(rf"(?<!\b(?i:{word.strip()}))" for row in _side_clauses() if row["opens"] == "then_stretch"
                      for word in row["words"].split("|"))
    return re.compile(rf"{stretch}\s(?i:{_words('then_closing')})[.!]?['\"\u201d)]*\s*\Z")


def _in_a_fronted_participle(form: str, figure: MoneyMention) -> bool:
    """Does the figure stand in a clause of a participle that opens its sentence (``figure_side_clauses.tsv``
    opens=reduced)?  Such a clause has its own time, not the main clause's after its comma: "Founded with 100 billion
    yuan in planned investment from Alibaba, ..., Cainiao was last valued at US$27.6 billion in a 2019 funding round"
    (the 100 billion is not 2019's)."""
    return _opens_its_sentence(_fronted_participle(), form, figure.start - _PARTICIPLE_REACH, figure.start)


@functools.cache
def _fronted_participle() -> re.Pattern:
    return re.compile(rf"{_SENTENCE_OPENS}(?i:{_words('reduced')})\s{_IN_CLAUSE}\Z")


# Where a sentence opens: after its full stop (and a closing quote or bracket) or at a line's start.
_SENTENCE_OPENS = r"(?:[.!?]['\"\u201d)]*\s+|\n\s*)"


def _opens_its_sentence(pattern: re.Pattern, form: str, start: int, end: int) -> bool:
    """Does ``pattern`` (which begins with _SENTENCE_OPENS) match up to ``end`` from no further back than ``start``?"""
    start = max(0, start)
    # the text's start is a line's start: a slice's is not
    return pattern.search(("\n" if start == 0 else "") + form[start:end]) is not None


_PARTICIPLE_REACH = 120  # characters from a sentence's start to a figure in its opening participle's clause


def _qualifies_a_noun_apart(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date one between an article and its noun (opens=qualifies: "a 2021 licensing deal"), which names the
    noun, not a time of the sentence, and is the figure outside that noun's phrase?  It dates a figure of its phrase
    ("valued at US$27.6 billion in a 2019 funding round", "a 2020 writedown of 148 billion yen", "a 2021 vintage, raised
    1.6 billion euros"), not one of another clause ("Under a 2021 licensing deal, Veltrane owes ... $75 million") or
    one another noun's phrase stands between ("set aside Rs 85.6 lakh towards a settlement with a former client over a
    2022 contract dispute")."""
    if date.precision in _REPORTING_PRECISIONS:
        return False    # a report's period names the results of its sentence ("a second-quarter net loss ..., and
                        # revenue")
    article = _qualifier().search(form, max(0, date.start - _QUALIFIER_REACH), date.start)
    if article is not None and figure.end <= article.start() \
            and _words_between("anticipated", r"\b", r"\s+\Z").search(form, figure.end, article.start()) is not None:
        # the date names what is expected, whatever noun it qualifies ("bets on a December Fed rate cut")
        return True
    if article is None or not re.match(r"\s+[a-z]", form[date.end:date.end + 2]):
        return False
    if figure.end <= date.start:
        return _qualifier(r"\s").search(form, figure.end, article.start() + 1) is not None \
            or _BREAKS.search(form, figure.end, article.start()) is not None
    # a clause in the present ("Under a 2021 licensing deal, Veltrane owes ...") or one joined after it (", and
    # recorded ...") is another time; an apposition closed by a comma is the subject's own ("a 2021 vintage, raised")
    return _another_clause(form, date.end, figure.start) \
        and (present_simple().search(form, date.end, figure.start) is not None
             or _words_between("coordinate", r"[,\s]\s*", r"\s").search(form, date.end, figure.start) is not None)


_QUALIFIER_REACH = 4  # characters before a date its article stands in (one space and "an")


@functools.cache
def _qualifier(before: str = r"\b") -> re.Pattern:
    return re.compile(rf"(?i){before}(?:{_words('qualifies')})\s+" + (r"\Z" if before == r"\b" else ""))


def _bracketed_apart(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date in brackets that hold a figure of their own, the figure outside them?  Such brackets tell another
    time's figure beside the one before them: "on revenue of USD 4.9bn (Q3 2024: USD 5.8bn)" (the 4.9bn is not
    Q3 2024's); brackets that hold only the date ("revenue of $5bn (fiscal 2024)") tell the figure's own."""
    opens = form.rfind("(", max(0, date.start - _BRACKET_REACH), date.start)
    if opens < 0 or opens < figure.start < date.start or ")" in form[opens:date.start]:
        return False
    closes = form.find(")", date.end, date.end + _BRACKET_REACH)
    if (closes < 0 or figure.start < closes <= figure.end or "(" in form[date.end:closes]
            or date.end <= figure.start < closes):
        return False
    return (_FIGURE_SIGN.search(form, opens + 1, date.start) is not None
            or _FIGURE_SIGN.search(form, date.end, closes) is not None)


_BRACKET_REACH = 60  # characters from a bracket to the date inside it, and from the date to the closing bracket


def _after_its_own_stretch(form: str, figure: MoneyMention) -> int:
    """Where the next percentage of the same move starts when the figure's own stretch is told between them ("up 2.1%
    week on week and about 23% year to date": the year to date is the 23%'s, not the 2.1%'s), else -1
    (money/joins.tsv role=also)."""
    sign = _FIGURE_SIGN.search(form, figure.end, figure.end + _STRETCH_REACH)
    if sign is None or figure.percent is None:
        return -1
    rules = money_lexicon()
    words = form[figure.end:sign.start()].split()
    if not words or words[0].lower() in rules.also_words or rules.move_goes_on.match(form, figure.end,
                                                                                     sign.start()) is None:
        return -1
    return sign.start()


def _in_an_aside_after(form: str, figure: MoneyMention, date: DateMention, told: list[DateMention]) -> bool:
    """Is the date, after the figure, in a relative clause (opens=aside) that tells of the noun right before it, not of
    the figure: one that opens past another break after the figure ("about 120 billion yen over the next three years, in
    line with pressure from the Tokyo exchange, which in March 2023 asked ..."), or one that holds a figure of its own
    after the date ("about $1.6 billion of equity from its ninth buyout fund, which closed in January at $14.5
    billion"), whose date is that figure's?  The digits of another date are no figure ("which now calls for completion
    in the first half of next year rather than by the end of 2025")."""
    aside = _aside().search(form, max(figure.end, date.start - _ASIDE_REACH), date.start)
    if aside is None or aside.group("reduced") is not None:
        return False
    if _BREAKS.search(form, figure.end, aside.start()) is not None:
        return True
    closes = _CLAUSE_END.search(form, date.end, date.end + _ASIDE_REACH)
    return _a_figure_sign_between(form, date.end, closes.start() if closes else date.end + _ASIDE_REACH, told)


def _pinned_a_few_days_from(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The month (or wider date) a clause after the figure's sets its happening a few days from, when every date before
    the figure stands past a comma and is wider: "Within a year of the 2019 listing, regulators halted the $37 billion
    IPO of Ant Group, two days before it was due to trade in November 2020" is November 2020's, as a few days from a
    month stay within it; the year before only counts a stretch from another event.  A day is left alone, which the
    few days set the figure apart from ("two days before its debut on Nov. 5")."""
    after = next((d for d in sorted(dates, key=lambda d: d.start)
                  if d.start >= figure.end and d.precision in _WIDER_THAN_DAYS
                  and _date_side_clause("before_day").search(form, figure.end, d.start) is not None), None)
    before = [d for d in dates if d.end <= figure.start]
    if after is None or not before or after.first_day is None or after.last_day is None:
        return None
    width = after.last_day - after.first_day
    if all(_BREAKS.search(form, d.end, figure.start) is not None and d.first_day is not None
           and d.last_day is not None and d.last_day - d.first_day > width for d in before):
        return after
    return None


def _in_a_comparison_after(form: str, figure: MoneyMention, dates: list[DateMention]) -> bool:
    """Does the figure open a comparison right after a comma (a cue of comparison_bases.tsv, a word such as "about" may
    stand before the figure), with every date before it past that comma?  (The caller has found a date after it in its
    clause.)"""
    opens = form.rfind(",", max(0, figure.start - _CUE_REACH), figure.start)
    if opens < 0 or any(opens < d.end <= figure.start for d in dates):
        return False
    return _opens_a_comparison(form, opens, figure.start)


def _closes_a_comparison_after(form: str, figure: MoneyMention, dates: list[DateMention]) -> int:
    """Where the comma stands that closes right after the figure a comparison opened after a comma is from (", up from
    C$1.04, payable on ..."), no date between, else -1."""
    opens = form.rfind(",", max(0, figure.start - _CUE_REACH), figure.start)
    closes = _past_spaces(form, figure.end)
    if (opens < 0 or not form.startswith(",", closes) or any(opens < d.end <= figure.start for d in dates)
            or not _opens_a_comparison(form, opens, figure.start)):
        return -1
    return closes


def _opens_a_comparison(form: str, comma: int, figure_start: int) -> bool:
    """Does a cue of comparison_bases.tsv open the clause after the comma at ``comma`` right before the figure that
    starts at ``figure_start`` (a word such as "about" may stand between)?"""
    cue, clause = _comparison_rules().cue, _past_spaces(form, comma + 1)
    lead = _ONE_WORD_BEFORE.search(form, clause, figure_start).start()
    for at in (figure_start, lead):
        found = cue.search(form, clause, at)
        if found is not None and found.start() == clause:
            return True
    return False


def _in_a_closed_comparison(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date, before the figure, in a comparison opened after a comma with a figure of its own, and closed before
    the figure?  It dates the comparison's figure, not one after it: "expects 2026 RevPAR growth of 3% to 5%, up from
    the 2% to 4% range it gave in November, and adjusted EBITDA of $1.46 billion" (not November's)."""
    comma = form.rfind(",", max(0, date.start - _ASIDE_REACH), date.start)
    # (read one character on: a sentence's end is known by the capital after it, "billion. By the end of 2022")
    if (comma < 0 or _CLAUSE_END.search(form, comma + 1, date.start + 1) is not None
            or _BREAKS.search(form, date.end, figure.start) is None):
        return False
    sign = _FIGURE_SIGN.search(form, comma, date.start)
    # so is a figure compared by a clause of its own (figure_side_clauses.tsv opens=after, needs_figure=yes): "expect
    # revenue of 20.1 billion yuan, almost double the 10.1 billion yuan it reported in the same quarter of 2024, and a
    # net loss of 380 million yuan" (the loss is of the quarter forecast, not of 2024)
    # (only one closed by ", and" before the next item of the main clause: the words after other closes may tell on of
    # the clause's date, "down from a peak of 21% on April 7, when a selloff knocked the shares down 18%")
    return sign is not None and (_opens_a_comparison(form, comma, sign.start())
                                 or (_figure_compared_after().match(form, comma, sign.start()) is not None
                                     and _closed_before_the_next_item().match(form, date.end, figure.start)
                                     is not None))


@functools.cache
def _closed_before_the_next_item() -> re.Pattern:
    """The rest of a clause compared after a figure, up to its comma and the word that goes on to the main clause's next
    item (opens=closes_compared)."""
    return re.compile(rf"[^,;]*,\s+(?:{_words('closes_compared')})\s")


@functools.cache
def _figure_compared_after() -> re.Pattern:
    # (not a relative clause's words, opens=apposed_rel: "Unisys, whose revenue inched up 3.7% in the quarter to $2.35
    # billion, had an operating loss of about $30 million" tells on of the quarter)
    rows = _side_clauses()
    relatives = {word for row in rows if row["opens"] == "apposed_rel" for word in row["words"].split("|")}
    words = "|".join(_row_words(row) for row in rows
                     if row["opens"] == "after" and row["needs_figure"] == "yes"
                     and not relatives & set(row["words"].split("|")))
    return re.compile(rf"(?i),\s+(?:(?:{_words('degree')})\s+)?(?:{words})\b[^,;]*\Z")


# a word such as "about" between a comparison's cue and its figure
_ONE_WORD_BEFORE = re.compile(r"(?:(?<![\w.])[a-z]+\s+)?\Z")


def _past_spaces(form: str, at: int) -> int:
    """Where the first character that is no space stands from ``at`` on."""
    return _SPACES.match(form, at).end()


_SPACES = re.compile(r"\s*")


def _led_to_by_a_running_move(form: str, figure: MoneyMention, dates: list[DateMention],
                              bases: dict[Span, Span]) -> bool:
    """Does the figure stand in a clause of what a move led to (figure_side_clauses.tsv opens=own, ", giving"), opened
    right after the stretch up to now that move is measured over (comparison_bases.tsv role=stretch)?"""
    before = [d for d in dates if d.end <= figure.start]
    if not before:
        return False
    last = before[-1]
    # (not a record's stretch: "rose 9.2% on Sept. 24, their biggest gain since March, giving the company a market
    # value of $400 billion" is of Sept. 24; nor a move told on from a day's close: "closed at HK$158.40 on Monday, up
    # 31% since the start of the year, giving the group a market value of $390 billion" is Monday's; only a second
    # predicate in the present holds now, opens=present)
    if (bases.get((last.start, last.end), (-1,))[0] != last.start
            or _words_between("own", r",\s+", r"\b[^,;.]*\Z").match(form, last.end, figure.start) is None
            or _closes_a_record(form, last)):
        return False
    told = before[-2].end if len(before) > 1 else max(0, last.start - _OWN_REACH)
    return _words_between("present", r"\b", r"\s").search(form, told, last.start) is not None


def _tells_its_own_stretch(form: str, figure: MoneyMention, over: DateMention) -> bool:
    """Do only the words of a stretch (comparison_bases.tsv role=stretch) stand between the move and the date of the
    stretch after it ("down 2.6% so far in November")?  Not a record's: "down 14% from 2024 and the lowest since
    2012"."""
    rules = _comparison_rules()
    opens = _past_spaces(form, figure.end)
    # the move's own noun may stand between: "its 9% pullback since early October"
    noun = _move_noun_after().match(form, opens, over.start)
    if noun is not None:
        opens = noun.end()
    return (opens == over.start or rules.stretch.match(form, opens, over.start) is not None
            or any(word.match(form, opens, over.start) for word, _ in rules.stretch_shaped))


@functools.cache
def _move_noun_after() -> re.Pattern:
    """A word of a move that may stand right after its figure (money/movements.tsv place=after or both: "a 9%
    pullback")."""
    words = [word for word, (_, place) in money_lexicon().moves.items() if place in ("after", "both")]
    return re.compile(rf"(?i)(?:{word_trie(words)})\s+")


def _stretch_ran_to(form: str, over: DateMention, dates: list[DateMention]) -> DateMention | None:
    """The past day a move's own stretch up to now is told to run to right after it ("gained 41% this year through
    Tuesday's close": comparison_bases.tsv role=stretch_close): the running total stood so on that day."""
    close = _comparison_rules().stretch_close.match(form, over.end)
    if close is None:
        return None
    # (the word may open the date's own text: "through Tuesday")
    return next((d for d in dates if d.start > over.end and not d.future and d.precision == "day"
                 and (close.end() == d.start or not form[over.end:d.start].strip() and d.start < close.end() <= d.end)),
                None)


def moved_over_its_own_stretch(form: str, figure: MoneyMention, dates: list[DateMention]) -> bool:
    """Is the figure a move told with its own stretch right after it ("have lost 40% this year", "has fallen 25% since
    January"): a running total up to now, no one session's move?"""
    return bool(figure.direction) and any(d.start >= figure.end and _tells_its_own_stretch(form, figure, d)
                                          for d in dates)


def _measured_over_its_own_stretch(form: str, figure: MoneyMention, last: int) -> int:
    """Where the clause ends of a move whose own stretch is told right after it ("have risen 22% since the Geneva deal,
    and the Hang Seng Tech index is up 29% this year": the rise runs up to now, and no date of a clause after that
    stretch is its time), else -1 (comparison_bases.tsv role=stretch and role=from_level).  ``last``: where the
    sentence's last date starts (a break past it parts no date, so the search stops there: a text without commas is
    not read to its end per figure)."""
    if not figure.direction:
        return -1
    rules = _comparison_rules()
    opens = _past_spaces(form, figure.end)
    if opens == figure.end or not (rules.stretch_in.match(form, opens) or rules.from_level.match(form, opens)):
        return -1
    closes = _BREAKS.search(form, opens, last + 1)
    return -1 if closes is None else closes.start()


def _in_its_own_clause(form: str, figure: MoneyMention, dates: list[DateMention]) -> list[DateMention]:
    """The dates that may date the figure, as clauses of their own time part them (``figure_side_clauses.tsv``
    opens=own, own_bare, coordinate): a date in such a clause dates only the figures in it ("surged 7.8%, having gained
    roughly 40% in the past month": the 7.8% is not of the past month), and a figure in one takes a date of its own
    clause first ("fell to A$540 million at 30 June, after the company completed its A$310 million acquisition ... in
    the March quarter").  A figure after a second predicate joined without a comma, with a date of its own after it,
    takes no date of the first ("raised $260 million in March and had $540 million in cash at the end of June"), and a
    date in a clause opened by ", and" without a figure up to it is that clause's ("about £140 million, and Villa must
    still sell before the window closes on September 1")."""
    if not dates:
        return dates
    first, end = min(figure.start, dates[0].start), max(figure.end, dates[-1].end)
    # the clause of the first date or figure may open before it, at the last clause break of its line
    reach = max(0, first - _OWN_REACH)   # bounded: a text without commas is not read back to its start per figure
    start = max(form.rfind(", ", reach, first), form.rfind(";", reach, first), form.rfind("\n", reach, first), reach)
    # a date that opens with the word is a time of the sentence ("Eight trading days after Oct. 12, the Nasdaq had
    # fallen 4.3%"), unless it owns the happening the clause is about ("after last month's ruling")
    # ("after the Q2 print" names the report, as "after last month's ruling" does; opens=named_happening)
    told = {d.start for d in dates if not (_OWNS.match(form, d.end)
                                           or _words_between("named_happening", r"\s+", r"\b").match(form, d.end))}
    # (nor does such a date close the clause it stands in: "rose 22% to 76.1 billion yuan, helped by studios acquired
    # before 2023" keeps 2023 in the clause of "helped by")
    clauses = _own_clauses(form, start, end, told, tuple((d.start, d.end) for d in dates))
    if clauses:
        def clause_of(at: int) -> Span | None:
            # the innermost: a clause may go on past a comparison that opens one of its own (opens=compared_on)
            return max((c for c in clauses if c[0] <= at < c[1]), default=None)
        home = clause_of(figure.start)
        # (a clause that holds the figure's lends it its date: "..., below the $2.4 billion analysts had expected")
        around = [c for c in clauses if home is not None and c != home and c[0] <= home[0] and home[1] <= c[1]]
        dates = [d for d in dates if clause_of(d.start) in (None, home, *around)]
        own = [d for d in dates if home is not None and clause_of(d.start) == home]
        if not own and around:
            own = [d for d in dates if clause_of(d.start) == max(around)]
        if own:
            dates = own
    # the words that open a clause of what was told or reported (opens=complement), and the words that join two
    # clauses or predicates, after a comma or without one (opens=coordinate)
    complement = _words_between("complement", r"\s", r"\s")
    joined, joined_without_a_comma = (_words_between("coordinate", before, r"\s") for before in (r",\s+", r"\s"))
    # (the commas of a sum told again in another currency part no clause, as in date_of)
    if any(d.start >= figure.end and not _breaks_outside_restated_sums(form, figure, d.start) for d in dates):
        dates = [d for d in dates if not (d.end <= figure.start and _BREAKS.search(form, d.end, figure.start) is None
                                          and joined_without_a_comma.search(form, d.end, figure.start) is not None)]
        # nor does a date of a clause before ", and" when the figure's own clause has its date after it ("filed for
        # listings in the autumn, and Moonshot AI raised $600 million in a round led by IDG Capital in October")
        dates = [d for d in dates if not (d.end <= figure.start and ";" not in form[d.end:figure.start]
                                          and _last_join(form, joined, d.end, figure.start))]
        # nor a date before a clause of what was told or reported that holds the figure and its own date ("reported
        # last month that revenue grew 34% ... in the October-December quarter")
        # (and so before such a clause with "that" left out: "said last month it had paid 1.2 trillion naira ... in the
        # fourth quarter"; opens=complement_subject)
        dates = [d for d in dates if not (d.end <= figure.start and ";" not in form[d.end:figure.start]
                                          and (_complement_before(form, complement, d.end, figure.start)
                                               or _told_right_before_what_was_told(form, d, figure)))]
    # "repurchased $11.9 billion of its stock in fiscal 2025 and has about $19 billion left": a second predicate in the
    # present holds now, and a date of the first dates no figure of it (opens=present)
    # (commas may stand before its words: "repurchased $11.9 billion ... in the fiscal year that ended in March 2025,
    # shrinking its share count by 5.1%, and still has $19.1 billion left")
    # "signed a contract in March ..., and expects full-year revenue of 64 billion forints": so is a forecast's, for a
    # month or shorter: the month is the deed's (opens=present_forecast); a longer period named before may be what the
    # forecast is for
    # (a day of telling before what was told dates both its clauses: "said on Thursday that it had bought a 90% stake
    # for £42 million and would also assume about £65 million of debt")
    present = _words_between("present", r"\s", r"\s")
    # (a bare "and is" only with a verb in -ing after it, the present progressive: "and is raising another $85
    # million"; "and is expected to hold its rate" leaves the date the plan's; "and is paying" is the deed's price)
    progressive = _present_progressive()
    forecast = _words_between("present_forecast", r"\s", r"\s")
    dates = [d for d in dates if not (d.end <= figure.start
                                      and (_complement_before(form, present, d.end, figure.start)
                                           or _complement_before(form, progressive, d.end, figure.start)
                                           or d.precision in _TOLD_PRECISIONS
                                           and _complement_before(form, forecast, d.end, figure.start))
                                      and complement.search(form, d.end, figure.start) is None
                                      # (nor when a verb of telling leads to the date, right before the pronoun
                                      # that opens what was told: "said in March it had signed a deal ... and would
                                      # pay a premium of 15%" is March's, every predicate of what was told)
                                      and not _told_right_before_a_complement(form, d, None))]
    predicate = _words_between("predicate", r"\s", r"\b")
    # "now brings in more than 120 billion yuan a year, and revenue grew 34% last quarter": a figure set in the present
    # by its own clause is not of a date past ", and" (opens=now)
    # (a move told after a comma right after a figure is that figure's and is set in its present: "is now worth $5.4
    # billion, up 20% from a year ago"; opens=moved_on)
    moved_on = _moved_on_from(form, figure)
    at = moved_on if moved_on >= 0 else figure.start
    word = _now().search(form, max(0, at - _NOW_REACH), at)
    expecting = word is not None and _now_not_expecting().search(form, max(0, at - _NOW_REACH), at) is None
    # "raised its forecast for fiscal 2026, saying it now expects earnings of $2.45 a share": a forecast held now is
    # of the period its sentence named before it, unless a figure of its own came first, whose period that is
    # ("grew 26% in the June quarter, and analysts now expect growth near 29%" is of the day told)
    held_now = word is not None and (not expecting or _figure_before_in_sentence(form, dates, word.start()))
    if held_now or expecting:
        # nor is it of a date of another clause or predicate before it ("Zhipu AI, which listed in Hong Kong last month
        # and is now worth about HK$230 billion"; "who put Rs 10 lakh into an index fund in March 2020, ..., would now
        # be sitting on more than Rs 33 lakh"), though a date that opens the sentence is its time ("For the full fiscal
        # year 2025, the Company now expects total revenue of $1.60 billion")
        # (a phrase that opens the sentence and closes at the date; "The festival opened on Feb. 12 with a thriller
        # that has since taken $38.6 million" tells of a predicate of its own)
        # (a move told after a comma is read from the figure it moved from: "which analysts expect to show revenue of
        # 11.2 billion yuan for 2025, up 13%" is 2025's)
        # (a forecast held now is of a period still under way or to come only: "cut its forecast for the March
        # quarter in April and now expects revenue of $5 billion" is of the day told, neither April nor the quarter)
        dates = [d for d in dates if not ((held_now or not d.future) and d.end <= at
                                          and _another_clause(form, d.end, at)
                                          and not (
                                              _opens_its_sentence(_opening(), form, d.start - _OPENING_REACH, d.start)
                                              and _BREAKS.match(form, d.end)))]
    # "cut its target price to 480p from 560p and said it now expected pre-tax profit of £230m in 2024": the date
    # after a second predicate of telling is of what was told, not of a figure before it (opens=predicate)
    # a sum that is no company's revenue or profit, nor a move, is not of a date past ", and" whose clause tells a
    # figure of its own before it ("approved a new $750 million buyback ..., and raised the dividend by 10% to 44 cents,
    # payable on March 27"; "would cost €38 million, including €21 million of redundancy costs, and would save about €14
    # million a year from 2027")
    apart = figure.market_kind not in EARNED_KINDS and not figure.direction
    # a date that fronts a clause joined by ", and" is that clause's ("regulators fined Ant 7.12 billion yuan, closing
    # the rectification, and the next day Ant offered ...": the fine is not of the next day)
    fronted = _words_between("coordinate", r",\s+", r"\s+\Z")
    # a clause after ", and" told in the past perfect with a figure of its own is set before the figure's time ("fell
    # 0.8%, and a fund of Korean stocks had tumbled 7% on Tuesday": the 0.8% is of the day told; opens=earlier)
    earlier = _words_between("earlier", r"\s", r"\s")
    # (nor is a date after a second predicate joined without a comma and telling a figure of its own: "manages about $9
    # billion and returned 14.2% last year" holds the sum now, the year is the return's; joined_without_a_comma)

    def parted_from_the_figure(d: DateMention) -> bool:
        return bool(_joins_without_a_figure(form, figure, d, joined)
                    or figure.market_kind in EARNED_KINDS and _a_new_subject_s_figure_apart(form, figure, d)
                    or ((apart or earlier.search(form, figure.end, d.start))
                        and _joins_with_a_figure(form, figure, d, joined))
                    or fronted.search(form, max(figure.end, d.start - _JOIN_REACH), d.start) is not None
                    or predicate.search(form, figure.end, d.start)
                    or held_now and (joined.search(form, figure.end, d.start)
                                     or _joins_with_a_figure(form, figure, d, joined_without_a_comma)))

    # and mirrored, for the period a figure before it is for: "expects earnings of $2.10 to $2.20 for 2025, down from
    # its previous forecast of $2.35, and estimated the cost of the repairs at about $38 million" (the cost is not
    # 2025's; opens=period_of_figure)
    return [d for d in dates if not (d.start >= figure.end and parted_from_the_figure(d)
                                     or apart and d.end <= figure.start
                                     and _a_figure_s_period_apart(form, d, figure, joined))]


@functools.cache
def _now() -> re.Pattern:
    return re.compile(rf"(?i)\b(?:{_words_trie('now')})\b{_IN_CLAUSE}\Z")


@functools.cache
def _now_not_expecting() -> re.Pattern:
    # (each row's not_before counts: "now expects" holds a forecast now, of the period it is for)
    return re.compile(rf"(?i)\b(?:{_words_not_before('now')}){_IN_CLAUSE}\Z")


def _figure_before_in_sentence(form: str, dates: list[DateMention], at: int) -> bool:
    """Does a figure of its own (a digit or a currency sign outside the dates) stand in the sentence before ``at``?"""
    reach = max(0, at - _OWN_REACH)
    close = last_match(_SENTENCE_CLOSE, form, reach, at)
    opens = close.end() if close else reach
    return any(not any(d.start <= sign.start() < d.end for d in dates)
               for sign in _FIGURE_SIGN.finditer(form, opens, at))


def _moved_on_from(form: str, figure: MoneyMention) -> int:
    """Where the comma stands that a move is told right after, when a figure of its clause closes before that comma
    ("now worth $5.4 billion, up 20% from a year ago"; ``figure_side_clauses.tsv`` opens=moved_on), else -1."""
    if figure.percent is None or not figure.direction:
        return -1
    comma = form.rfind(",", max(0, figure.start - _MOVED_ON_REACH), figure.start)
    if (comma < 0 or not _told_as_a_move_after(form, comma, figure.start)
            or _MOVED_FROM.search(form, max(0, comma - _MOVED_ON_REACH), comma) is None):
        return -1
    return comma


def _moves_on_from_its_clause(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the move told on right after a comma from a figure of the date's own clause ("ended the fiscal year at
    HK$130.20, up 84%")?"""
    comma = _moved_on_from(form, figure)
    return (comma >= date.end and _CLAUSE_BREAKS.search(form, date.end, comma) is None
            and not coordinated(form, date.end, comma))


def _told_as_a_move_after(form: str, comma: int, figure_start: int) -> bool:
    """Does only a word of a move (opens=moved_on), maybe with one word more, stand between the comma at ``comma``
    and the figure (", up about 8%")?"""
    return _words_between("moved_on", r",\s+", r"\s+(?:[a-z]+\s+)?\Z").fullmatch(form, comma, figure_start) is not None


_MOVED_ON_REACH = 20  # characters from the comma to the move's figure ("up about"), and from a figure's sign to the
                      # comma
_MOVED_FROM = re.compile(rf"[0-9{re.escape(SYMBOLS)}][\w.%]*(?:\s+[a-z]+)?\Z")


_NOW_REACH = 80  # characters from a word that sets a figure in the present to the figure, in one clause
_OPENING_REACH = 30  # characters from a sentence's start to a date in its opening phrase ("For the full fiscal year
                     # 2025")


@functools.cache
def _opening() -> re.Pattern:
    return re.compile(rf"{_SENTENCE_OPENS}{_IN_CLAUSE}\Z")


def _counted_over_its_own_stretch(form: str, figure: MoneyMention) -> bool:
    """Does the figure's clause tell, after it, the undated stretch it is counted over ("made more than £250m from
    property over his lifetime"; opens=lifelong)?  Then a date of another clause or predicate is not its date."""
    return _lifelong().match(form, figure.end, figure.end + _LIFELONG_REACH) is not None


def _counts_to_a_past_timetable(form: str, date: DateMention) -> bool:
    """Does the date count its day to a clause told as a timetable of the past right after it ("suspended its $37
    billion offering two days before trading was due to begin")?  The day it places is what was set for then, which
    never came and dates no figure before it."""
    told = f"{date.text.lower()} "
    if not any((word := between.search(told)) is not None and word.end() == len(told)
               for between, _, _, _ in day_offsets()):
        return False    # (no count: "a programme authorised in August 2024 that was due to end" dates its sum)
    rest = form[date.end:date.end + _TIMETABLE_CLAUSE_REACH].lower()
    return scheduled_clause_after().match(rest, len(rest) - len(rest.lstrip())) is not None


_TIMETABLE_CLAUSE_REACH = 80     # characters: up to four words of a subject and the words of the timetable


def _another_clause(form: str, start: int, end: int) -> bool:
    """Does a break or a word that joins a second predicate stand between ``start`` and ``end``?"""
    return _BREAKS.search(form, start, end) is not None or coordinated(form, start, end)


def coordinated(form: str, start: int, end: int) -> bool:
    """Does a word that joins a second predicate ("and", opens=coordinate) stand between ``start`` and ``end``?"""
    return _words_between("coordinate", r"\s", r"\s").search(form, start, end) is not None


def _goes_on_after_a_comma(form: str, date: DateMention, end: int) -> bool:
    """Is the only break between the date and ``end`` one comma, followed by no more than a few lower-case words and
    no word that joins a second predicate (", up ", ", rising about ")?  Then what follows goes on telling the date's
    clause, unless that clause is a relative one ("Gold, which hit a record on Friday, is up 37% this year") that no
    move goes on from (_moves_on_from_the_aside_s_price)."""
    # (the date's clause opens after the last break before it, or within the reach of an aside's opener; an aside of
    # the sentence before is no clause of the date's)
    opens = last_match(_CLAUSE_END, form, max(0, date.start - _ASIDE_REACH), date.start)
    opens = opens.start() if opens is not None else max(0, date.start - _ASIDE_REACH) - 1
    if _CONTINUED.fullmatch(form, date.end, end) is None or coordinated(form, date.end, end):
        return False
    aside = _words_between("aside", r"\b", r"\b").search(form, opens + 1, date.start)
    return aside is None or _moves_on_from_the_aside_s_price(form, aside.start(), date, end)


def _moves_on_from_the_aside_s_price(form: str, opens: int, date: DateMention, end: int) -> bool:
    """Is the move told right after the relative clause's comma (opens=moved_on) told on from a price of that clause
    ("whose shares closed at 41.20 crowns on Tuesday, up 6.3% on the week", "which finished on Monday at 512p, down
    11% this year")?  Then no main predicate follows the clause and the move is of the clause's day; a main verb after
    the comma ("Gold, which hit a record on Friday, is up 37% this year") stays apart."""
    comma = form.rfind(",", date.end, end)
    return (comma >= 0 and _told_as_a_move_after(form, comma, end)
            and (_FIGURE_SIGN.search(form, opens, date.start) is not None
                 or _FIGURE_SIGN.search(form, date.end, comma) is not None))


@functools.cache
def _lifelong() -> re.Pattern:
    # (a row's not_before keeps out words that go on to a stretch of their own: "so far this year" is dated by it)
    return re.compile(rf"(?i){_IN_CLAUSE}?\b(?:{_words_not_before('lifelong')})")


_LIFELONG_REACH = 80  # characters from a figure to the end of the words of its stretch


def _coming_apart(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the figure in a clause of its own, opened without a comma after a coming date (opens=alone: "as", "while",
    "amid"), or a move in one joined after a comma (", and"), that does not look ahead (opens=ahead)?  "Vaultline
    founder to face trial in May as customers wait for $1.9 billion": what is owed is owed now, not in May; "will report
    on Thursday as analysts expect revenue of $30 billion" keeps its date."""
    opener = last_match(_alone_side_clause(), form, date.end, figure.start)
    if opener is None and figure.direction:
        # a move in a clause joined after a comma is no more of the coming date: "said it would restore 80% of its
        # schedule by Sunday, and its shares rebounded 3.8%"
        # (a verb of the move in that clause makes it one: ", and a pre-tax profit of £19 million, up from" is a noun
        # of the same forecast), with a subject of its own: ", and add a one-off payment of £1,500" goes on with what
        # "would" do
        opener = last_match(_words_between("coordinate", r",\s+", r"\s"), form, date.end, figure.start)
        moving = _comparison_rules().moving
        move = moving.search(form, opener.end(), figure.end) if opener is not None else None
        # (nor is a noun of change that heads the figure with "of": ", and cloud revenue growth of about 28%" is one
        # more noun of the same forecast; ", and reported a decline of 5% in costs" is a verb's object)
        if opener is not None and (move is None or moving.match(form, _past_spaces(form, opener.end()))
                                   or _one_more_noun_of_a_list(form, opener, move, figure)):
            opener = None
        # (nor is a move that restates the figure right before it, set off by a comma, a verb of a clause: ", and
        # adjusted EBITA of RMB36.8bn, down 26% YoY" is the noun's change)
        restated = _restates_a_figure().search(form, max(opener.end() if opener else 0,
                                                         figure.start - _RESTATED_REACH), figure.start)
        if opener is not None and restated is not None and moving.match(form, restated.start("move")):
            opener = None
    # the second "as" of "as much as 15 cents" is the figure's own, no clause's
    return (opener is not None and _ahead().search(form, opener.end(), figure.start) is None
            and not _second_as_of_a_measure(form, opener))


def _came_before(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does the figure stand in a clause told in the past, opened after a comma by "after" (opens=came_before), past
    a date still to come?  What it tells came before that date: "would cap resale prices before next season, after fans
    complained of paying up to $900 for seats with a face value of $85" is no price of next season."""
    opener = last_match(_words_between("came_before", r",\s+", r"\s"), form, date.end, figure.start)
    return (opener is not None and _CLAUSE_BREAKS.search(form, opener.end(), figure.start) is None
            and _told_in_the_past(form, opener.start() + 1, figure.start))


def _done_in_a_predicate_after(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does the figure stand in a second predicate joined by "and" (opens=coordinate) after a time still to come, with
    no break between, told in the past ("had hedged half its fuel for the six months to June 30 and had ordered two
    trawlers for about 40 million euros")?  What was done is no happening of that time: the sum is of the day told.
    A company's revenue or profit keeps the period (a forecast told in the past is still of it)."""
    opener = last_match(_words_between("coordinate", r"\s", r"\s+"), form, date.end, figure.start)
    return (opener is not None and _CLAUSE_BREAKS.search(form, date.end, figure.start) is None
            and _opens_in_the_past(form, opener.end()))


def _opens_in_the_past(form: str, at: int) -> bool:
    """Is the word at ``at`` a verb or an auxiliary of the past (tense.tsv: "had", "ordered"), none whose past is its
    base form ("and cost" after "could take" shares the modal before it)?"""
    word = _WORD.match(form, at)
    if word is None:
        return False
    low = word.group().lower()
    return _tense_of(low) in PAST_TENSES and low not in words_of_kinds("base_past")


def _tense_of(word: str) -> str | None:
    """The tense tense.tsv gives the lower-cased ``word``, by the word itself or by its ending, else None."""
    markers, endings = tense_words()
    return markers.get(word) or next((t for ending, t in endings.items()
                                      if word.endswith(ending) and len(word) > len(ending) + 2), None)


def _one_more_noun_of_a_list(form: str, opener: re.Match, move: re.Match, figure: MoneyMention) -> bool:
    """Is the move's word after the coordinating ``opener`` a noun of change that heads the figure with "of"
    (opens=noun_of_change; a few words of approximation between: "growth of about 28%"), led by a few words of a noun
    of a list ("cloud revenue ") and no verb whose object it would be?"""
    return (_noun_of_its_figure().fullmatch(form, move.end(), figure.start) is not None
            and _noun_list_lead().fullmatch(form, _past_spaces(form, opener.end()), move.start()) is not None)


@functools.cache
def _noun_of_its_figure() -> re.Pattern:
    return re.compile(rf"(?i)\s+(?:{_words('noun_of_change')})\s+(?:[a-z]+\s+){{0,{_APPROX_WORDS}}}")


_APPROX_WORDS = 3  # words of approximation between a noun of change's "of" and its figure ("of as much as 19%")


@functools.cache
def _noun_list_lead() -> re.Pattern:
    """The words before a noun of change that one more noun of a list opens with: a determiner or an owner's word
    first at most (opens=determiner_subject, owner_subject), then a few words none of which is one ("cloud revenue ",
    "its services revenue "); "reported a " and "the board approved an " hold a verb whose object the noun is."""
    lead = rf"(?:{_words('determiner_subject')}|{_words('owner_subject')})\s+"
    return re.compile(rf"(?i)(?:{lead})?(?:(?!{lead})[a-z][\w-]*\s+){{0,{_NOUN_LIST_WORDS}}}")


_NOUN_LIST_WORDS = 3  # words of a noun of a list before its noun of change ("cloud revenue growth")
_RESTATED_REACH = 60  # characters: the figure restated, its comma and the word of the move


@functools.cache
def _restates_a_figure() -> re.Pattern:
    """A figure (a token with a digit, and the magnitude and currency written after it: ", and operating profit of
    12.1 billion yen, down 9%" restates the sum as surely as "RMB36.8bn, down 26%"), the comma after it and the word
    of a move that restates it, right before the move's own figure."""
    rules = money_lexicon()
    return re.compile(rf"(?i)\d[^\s,]*(?:\s+(?:{word_trie(rules.magnitudes)}))?(?:\s+(?:{word_trie(rules.after)}))?"
                      r",\s+(?P<move>[a-z]+)\s+\Z")


_AS_FAR_AS = re.compile(r"(?i)\bas\s+[\w-]+\Z")
_AS_FAR_AS_REACH = 20  # characters: "as" and the word of a measure before the second "as"


def _second_as_of_a_measure(form: str, opener: re.Match) -> bool:
    """Is the opener the second "as" of "as much as", "as early as", a measure's, no clause's?"""
    return _AS_FAR_AS.search(form, max(0, opener.start() - _AS_FAR_AS_REACH), opener.start()) is not None


def _told_on_before_both(form: str, date: DateMention, clause: re.Match) -> bool:
    """Is the date a day of telling right before what was told, and the clause after the comma a second clause of what
    was told ("said on Monday that Lanxi had overstated its revenue, and that about 3.1 billion yuan of cash could not
    be verified")?  That day dates both clauses, also when the first leaves "that" out and opens with a pronoun ("said
    in May it would cut its fees, and that it would put 10 billion yuan into subsidies"; opens=telling_subject)."""
    return (_told_right_before_a_complement(form, date, None)
            and _second_complement().match(form, clause.start()) is not None)


def _told_right_before_a_complement(form: str, date: DateMention, figure: MoneyMention | None) -> bool:
    """Is the date right before a clause of what was told, "that" (opens=complement) or, a verb of telling leading to
    the date, a pronoun that opens it with "that" left out ("said in May it would cut its fees"; opens=telling_subject)?
    Before a figure, that pronoun's clause holds it only when a second clause of what was told, after ", and that",
    does: in "said in May it would invest $2 billion, and AWS plans to put S$12 billion" the S$12 billion is not.
    """
    if _words_between("complement", r"\s+", r"\s").match(form, date.end) is not None:
        return True
    if (_words_between("telling_subject", r"\s+", r"\s").match(form, date.end) is None
            or not a_telling_leads_to(form, date)):
        return False
    return figure is None or _second_complement().search(form, date.end, figure.start) is not None


def _second_complement() -> re.Pattern:
    """A second clause of what was told, a few words after a comma: ", and that"."""
    return _words_between("complement", rf",\s+(?:[\w-]+\s+){{0,{_COUNT_WORDS}}}?", r"\s")


def _complement_before(form: str, complement: re.Pattern, start: int, end: int) -> bool:
    """Does a clause of what was told open between ``start`` and ``end``, with no break from its word to ``end``?"""
    found = last_match(complement, form, start, end)
    return found is not None and _BREAKS.search(form, found.end(), end) is None


def _told_right_before_what_was_told(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date one a verb of telling leads to, right before the subject and the perfect that open a deed done told
    with "that" left out (opens=complement_subject: "said last month it had paid"), with no break from it to the
    figure?  It is then when the telling was, as a date before "that" is; a plan so told ("said in April it would
    spend") is of that month, and a payout keeps the day it was set (_payout_told_on)."""
    return (a_telling_leads_to(form, date)
            and _payout().search(form, max(0, figure.start - _PAYOUT_REACH), figure.start) is None
            and _words_between("complement_subject", r"\s+", r"\s").match(form, date.end) is not None
            and _BREAKS.search(form, date.end, figure.start) is None)


def _last_join(form: str, joined: re.Pattern, start: int, end: int) -> bool:
    """Does the last comma between ``start`` and ``end`` open a clause joined by ", and"?"""
    comma = form.rfind(",", start, end)
    return comma >= 0 and joined.match(form, comma) is not None


_JOIN_REACH = 12  # characters: ", and then " before a date that fronts its clause

# How far before its first date or figure (characters) the opener of its clause is read.
_OWN_REACH = 200
_OWNS = re.compile(r"['\u2019]s\b")


def _joined_with_a_subject(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does ", and" with a subject of its own (opens=subject) stand between the date and the figure, the date's clause
    telling a figure of its own?  Then the date is that clause's: "burned more than 25 billion yuan on subsidies in July
    alone, and she cut her target price for JD to HK$158" (the price is not July's)."""
    found = last_match(_joined_subject(), form, date.end, figure.start)
    if found is None or ";" in form[date.end:found.start()]:
        return False
    reach = max(0, date.start - _OWN_REACH)
    close = last_match(_SENTENCE_CLOSE, form, reach, date.start)
    return _FIGURE_SIGN.search(form, close.end() if close else reach, date.start) is not None \
        or _FIGURE_SIGN.search(form, date.end, found.start()) is not None


def _a_new_subject_past_a_plan_without_figure(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does ", and" with a new subject and its modal (opens=determiner_subject, new_subject_modal) stand between the
    date and the figure, the date still to come and its clause telling no figure, nor opening the sentence?  The
    clause after ", and" is a second happening of its own: "Workers will be offered retraining from June, and those who
    leave will receive severance ..., paid from a 40 million euro fund" (the fund is not June's).  Told in the past, the
    new subject a relative clause defines (opens=new_subject_relative) is one as well: "Workers were offered retraining
    in June, and those who left received severance ..." is a later happening than June."""
    if _fronts_its_sentence(form, date):
        return False
    found = last_match(_new_subject_with_a_modal() if date.future else _new_subject_a_clause_defines(),
                       form, date.end, figure.start)
    if found is None or ";" in form[date.end:found.start()]:
        return False
    reach = max(0, date.start - _OWN_REACH)
    close = last_match(_SENTENCE_CLOSE, form, reach, date.start)
    return _FIGURE_SIGN.search(form, close.end() if close else reach, date.start) is None \
        and _FIGURE_SIGN.search(form, date.end, found.start()) is None


def _a_new_subject_s_figure_apart(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Does ", and" with a new subject that is no measure of money (opens=determiner_subject, owner_subject) open a
    clause holding a figure of its own before a date that is no reporting period?  That clause is a second happening:
    "Revenue climbed 9% to 1.2 billion dinars, and the board proposed a final dividend of 20 fils a share, payable in
    March" (the revenue is not March's), while "Revenue rose 9%, and net profit rose 12% in the third quarter" and
    "..., and its net profit rose 12% in March" keep the date for both (a company's revenue or profit only: a session's
    moves share its day, "Alibaba fell 3%, and the index slid 1.2% on Friday").  A past year is a reporting period too:
    "Revenue climbed 6%, and the lender's bad loans fell 8% in 2025" are both the year's."""
    if (date.start < figure.end or date.precision in _REPORTING_PRECISIONS
            or date.precision == "year" and not date.future):
        return False
    found = last_match(_new_subject_opening(), form, figure.end, date.start)
    if (found is None or ";" in form[figure.end:date.start]
            or _FIGURE_SIGN.search(form, found.end(), date.start) is None):
        return False
    # (the subject's few words, a measure among them: "the group's net profit", "its operating income")
    return _names_a_measure().match(form, found.end() - 1) is None


@functools.cache
def _new_subject_opening() -> re.Pattern:
    return re.compile(_and_a_determiner('owner_subject'))


@functools.cache
def _new_subject_with_a_modal() -> re.Pattern:
    # (a determiner, then up to four words of the subject, a relative clause's included: "those who leave will")
    return re.compile(rf"{_and_a_determiner()}(?:[a-z][\w'-]*\s+){{1,4}}?(?i:{_words('new_subject_modal')})\s")


@functools.cache
def _new_subject_a_clause_defines() -> re.Pattern:
    # (a determiner standing for its people and the relative word that opens the clause defining them: "those who"; a
    # noun between names one who took part in the happening told before, "and the buyer who took it over paid")
    return re.compile(rf"{_and_a_determiner()}(?i:{_words('new_subject_relative')})\s+[a-z]")


def _and_a_determiner(*also: str) -> str:
    """A comma, "and" and a determiner of a new subject (opens=determiner_subject, or a word of the kinds ``also``
    names), as a pattern's text."""
    return rf",\s+(?i:and)\s+(?i:{'|'.join(_words(kind) for kind in ('determiner_subject', *also))})\s+"


@functools.cache
def _joined_subject() -> re.Pattern:
    # a pronoun, or a name of capitalised words and its finite verb ("..., and Microsoft has committed $2.9 billion"),
    # or an owner's noun and a perfect ("..., and its board has approved"), which tells of now as a new subject does, as
    # a noun after a determiner and a perfect does ("shrank 0.4% in the third quarter, and the rand has weakened 2%")
    # or a consequence told of now ("..., so early investors are sitting on a gain of about 40%")
    return re.compile(rf",\s+(?:(?i:{_words('consequence')})\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}\s+"
                      rf"(?i:{_words('consequence_now')})\s"
                      rf"|(?i:{_words('coordinate')})\s+(?:(?:{_words('subject')})\s"
                      rf"|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,3}}\s+(?:{_words('named_subject')})\s"
                      rf"|(?i:{_words('owner_subject')}|{_words('determiner_subject')})"
                      rf"\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+"
                      rf"(?i:{_words('owner_perfect')})\s"
                      # so does a bare plural noun of a few words and a perfect ("sold for 1.45 euros this autumn, and
                      # wholesale feta prices have climbed to 11 euros"), the subject's own words kept out ("and also
                      # has", opens=same_subject; opens=bare_perfect)
                      rf"|(?!(?:{_words('same_subject')})\s)[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}"
                      # (and what it is of: ", but prices for the top milling grade have risen", opens=bare_perfect_of)
                      rf"(?:\s+(?:{_words('bare_perfect_of')})\s+[\w'-]+(?:\s+[\w'-]+){{0,3}}?)?\s+"
                      rf"(?:{_words('bare_perfect')})\s))")


def _joins_without_a_figure(form: str, figure: MoneyMention, date: DateMention, joined: re.Pattern) -> bool:
    """Is the first comma after the figure one of ", and" that opens a clause holding the date and no figure before it?
    (Only the first: in "from SoftBank, Tencent, and Alibaba in March" the ", and" closes a list.)"""
    comma = form.find(",", figure.end, date.start)
    # an aside a participle opens right after the figure is passed over: "US$500 million raise, first reported last
    # summer, has stalled, and two of its co-founders left in the past month"
    if comma >= 0 and _participle_aside().match(form, comma):
        closes = form.find(",", comma + 1, date.start)
        comma = form.find(",", closes + 1, date.start) if closes >= 0 else -1
    # so is a clause of who told it: "to buy about $410 million of its assets, the FDIC said, and the failed bank's
    # branches will reopen on Monday"
    told = _attribution_pattern().match(form, comma) if comma >= 0 else None
    if told is not None:
        closes = form.find(",", told.end(), date.start)
        if closes >= 0 and not form[told.end():closes].strip():
            comma = closes
    return (comma >= 0 and joined.match(form, comma) is not None
            and _FIGURE_SIGN.search(form, comma, date.start) is None and ";" not in form[comma:date.start])


def _a_figure_s_period_apart(form: str, date: DateMention, figure: MoneyMention, joined: re.Pattern) -> bool:
    """Is the date the period a figure right before it is for, its clause going on to a figure of its own, before a
    ", and" that opens the figure's predicate?"""
    if _period_of_a_figure().search(form, max(0, date.start - _PERIOD_OF_REACH), date.start) is None:
        return False
    found = last_match(joined, form, date.end, figure.start)
    return (found is not None and ";" not in form[date.end:figure.start]
            and _FIGURE_SIGN.search(form, date.end, found.start()) is not None)


_PERIOD_OF_REACH = 30  # characters from a figure's last digit (and its magnitude) to the date it is for


@functools.cache
def _period_of_a_figure() -> re.Pattern:
    return re.compile(rf"[0-9%](?:\s+[a-z]+)?\s+(?:{_words('period_of_figure')})\s+\Z")


def _joins_with_a_figure(form: str, figure: MoneyMention, date: DateMention, joined: re.Pattern) -> bool:
    """Does a ", and" after the figure open a clause that holds a figure of its own before the date?"""
    found = last_match(joined, form, figure.end, date.start)
    return (found is not None and ";" not in form[figure.end:date.start]
            and _FIGURE_SIGN.search(form, found.end(), date.start) is not None)


def _own_clauses(form: str, start: int, end: int, told: set[int] = frozenset(),
                 dated: tuple[Span, ...] = ()) -> list[Span]:
    """The clauses of their own time that open between ``start`` and ``end``, each up to the next semicolon or comma
    (not one before a word that goes on telling a figure: ", up 11% from a year earlier"), or the next such clause."""
    # an opener's not_before reads past the last date: "a share of 7% before Friday's purchases" opens no clause
    # (nor does one right after a stretch of time that opens the sentence: "In the days before the holidays in late
    # July, shoppers spent ..." is of late July, the stretch counted from the holidays setting the time of it all)
    openers = [m.start() for m in _own().finditer(form, start, end + _NOT_BEFORE_REACH)
               if m.start() < end and m.start() not in told
               and not (form[m.start()] != "," and _after_a_fronted_stretch(form, m.start()))]
    clauses = []
    for i, opens in enumerate(openers):
        limit = openers[i + 1] if i + 1 < len(openers) else end
        closes = _close_past_dates(_clause_close(), form, opens + 1, limit, dated)
        if closes and _told_that().search(form, opens, closes.start()):
            # what was told in the clause goes on past its commas: "rose 3.4% after it said on Thursday that its
            # expansion, budgeted at $1.9 billion, would start up in the second half of 2026" (the rise is not of 2026)
            closes = _close_past_dates(_SENTENCE_CLOSE, form, opens + 1, limit, dated)
        elif (closes is None and i + 1 < len(openers) and _told_that().search(form, opens, limit)
              and _an_aside_set_off(form, openers[i + 1], end, dated)):
            # ... and past an aside set off by commas in it: "a day after Alibaba reported that revenue rose 16% in the
            # September quarter, helped by its quick-commerce push, while adjusted EBITA fell 76%" (the quarter's 76%)
            limit = end
            closes = _close_past_dates(_SENTENCE_CLOSE, form, opens + 1, limit, dated)
        elif (closes and _results_contrasted("results_measure_contrast").match(form, closes.start()) is not None
              and any(opens < s and e <= closes.start() and _names_results_at(form, s, e) for s, e in dated)):
            # a clause that names a period's results goes on past a contrast with another measure of them: "fell 2% on
            # Thursday after it reported results for the September quarter, while adjusted EBITA fell 76%" (the
            # quarter's 76%, not Thursday's)
            closes = _close_past_dates(_clause_close(), form, closes.end(), limit, dated)
        elif closes and _reduced_after().match(form, closes.start()):
            # a participle set off after the clause's noun tells that noun's time, in the clause: "raise our target to
            # $165 after the company's results for the September quarter, published on Tuesday" (the raise is now)
            closes = _close_past_dates(_clause_close(), form, closes.end(), limit, dated)
        stop = closes.start() if closes else limit
        if _compared_on().match(form, stop):
            # the sum the clause's figure is set against goes on in the clause: "after it said fiscal first-quarter
            # revenue rose 18% to $7.9 billion, short of the $8.1 billion Wall Street expected" (the quarter's)
            further = next((o for o in openers if o > stop), end)
            closes = _close_past_dates(_clause_close(), form, stop + 1, further, dated)
            stop = closes.start() if closes else further
        clauses.append((opens, stop))
    return clauses


def _an_aside_set_off(form: str, opens: int, end: int, dated: tuple[Span, ...]) -> bool:
    """Does the clause opened at ``opens`` open at a comma and close at another, the sentence going on after it?  It is
    then an aside inside the clause before it ("..., helped by its quick-commerce push, while ..."), which goes on."""
    closes = _close_past_dates(_clause_close(), form, opens + 1, end, dated)
    return form.startswith(",", opens) and closes is not None and form.startswith(",", closes.start())


def _after_a_fronted_stretch(form: str, at: int) -> bool:
    """Does a stretch of time that opens the sentence end right before ``at`` ("In the two weeks ")?
    (figure_side_clauses.tsv opens=fronted_stretch_lead, opens=fronted_stretch)"""
    return _opens_its_sentence(_fronted_stretch(), form, at - _FRONTED_STRETCH_REACH, at)


_FRONTED_STRETCH_REACH = 40  # characters: a sentence's end, its lead, two words and the stretch's noun ("During those")


@functools.cache
def _fronted_stretch() -> re.Pattern:
    return re.compile(rf"(?i){_SENTENCE_OPENS}(?:{_words('fronted_stretch_lead')})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_words('fronted_stretch')})\s+\Z")


@functools.cache
def _compared_on() -> re.Pattern:
    """A comma and the words of opens=compared_on, with a figure of their own before the next break."""
    return re.compile(rf"(?i),\s+(?:{_words('compared_on')})\b(?=[^,;]*?{_FIGURE_SIGN.pattern})")


_NOT_BEFORE_REACH = 30  # characters after the last date that an opener's not_before may read


@functools.cache
def _reduced_after() -> re.Pattern:
    """A comma and a participle of opens=reduced with its word before a date (", published on")."""
    return re.compile(rf"(?i),\s+(?:{_words('reduced')})\s+(?:{_words('reduced_to')})\s")


def _close_past_dates(close: re.Pattern, form: str, start: int, end: int, dated: tuple[Span, ...]) -> re.Match | None:
    """The first close between ``start`` and ``end`` that stands in no date: the point of "Nov. 20" ends no clause."""
    found = close.search(form, start, end)
    while found and any(s < found.start() < e for s, e in dated):
        found = close.search(form, found.end(), end)
    return found


@functools.cache
def _side_clauses() -> tuple[dict[str, str], ...]:
    """The rows of figure_side_clauses.tsv, a "{role}" in a words cell standing for each word of that money/joins.tsv
    role: a list both tables need ("{dividend}", a payout's nouns) is written once."""
    return tuple({**row, "words": "|".join(shared_forms(row["words"]))} if "{" in row["words"] else row
                 for row in load_table("figure_side_clauses.tsv"))


# (kept: some checks build their pattern's key from these words for each date they read, _told_as_a_term's among them)
@functools.cache
def _words(opens: str) -> str:
    return "|".join(_row_words(row) for row in _side_clauses() if row["opens"] == opens)


@functools.cache
def _words_trie(opens: str) -> str:
    """The same words as ``_words``, as one trie: a place whose first letters start none of them is passed at once (a
    flat alternation tries each word there).  Only for a pattern read as found or not, or for where it starts: which of
    two words, one the start of the other, matches may differ."""
    return word_trie(w for row in _side_clauses() if row["opens"] == opens
                     for w in row["words"].split("|"))


def _row_words(row: dict[str, str]) -> str:
    """A row's words as alternatives, a longer word before the one it starts with, a space matching any run of white
    space (a prefix tree: the row's words are tried at every word of a clause)."""
    return prefix_tree(w.strip() for w in row["words"].split("|"))


def _not_before(row: dict[str, str]) -> str:
    """A row's not_before as a lookahead, or nothing: what its words must not go on with ("its first" is no record)."""
    return rf"(?!{row['not_before']})" if row["not_before"] else ""


def _words_not_before(opens: str) -> str:
    """The words of one kind of figure_side_clauses.tsv as whole words, each row's kept from what its not_before says
    they must not go on with."""
    return "|".join(rf"(?:{_row_words(row)})\b{_not_before(row)}"
                    for row in _side_clauses() if row["opens"] == opens)


@functools.cache
def _own() -> re.Pattern:
    rows = [row for row in _side_clauses() if row["opens"] in ("own", "own_bare")]
    alternatives = []
    for row in rows:
        words = _row_words(row)
        lead = r"(?:,\s+|(?<![\w-]))" if row["opens"] == "own_bare" else r",\s+"
        alternatives.append(rf"{lead}(?:{words})\b" + _not_before(row)
                            # only a clause with a figure of its own: "..., above the range of $38 to $41 set on Monday"
                            + (rf"(?=[^,;]*?{_FIGURE_SIGN.pattern})" if row["needs_figure"] == "yes" else ""))
    # Every clause opens at a comma or at the first letter of a bare opener: one look at that character spares
    # the alternatives at every other place (the same matches, found about three times faster).
    firsts = "".join(
        sorted({w.strip()[:1] for row in rows if row["opens"] == "own_bare" for w in row["words"].split("|")}))
    return re.compile(rf"(?i)(?=[,{re.escape(firsts)}])(?:{'|'.join(alternatives)})")


@functools.cache
def _clause_close() -> re.Pattern:
    # a comma in a number ("18,641") has no space after it; nor does a comma close the clause before another measure of
    # the report it tells, joined on with its figure ("..., and an operating profit of 142 million crowns";
    # opens=joined_measure)
    joined = (rf"\s+(?:{_words('joined_measure')})\s+{_a_few_words_then_a_measure()}\s+of\s+"
              rf"(?=[^,;]{{0,{_JOINED_FIGURE_REACH}}}?{_FIGURE_SIGN.pattern})")
    return re.compile(rf";|\n|,(?=\s)(?!\s+(?i:{_words('continues')})\b)(?!(?i:{joined}))|{_SENTENCE_END}")


_JOINED_FIGURE_REACH = 20  # characters between "of" and the joined measure's figure ("of about ", "of negative ")


# a sentence's end, not a point in an abbreviation ("U.S. Steel"): "... at the time. July 9, 2018 - ..."
_SENTENCE_END = r"(?<=[a-z0-9%)])[.!?]['\"\u201d)]*\s+(?=[A-Z0-9])"
# ... and the close of a clause that goes on past its commas (what was told)
_SENTENCE_CLOSE = re.compile(rf";|\n|{_SENTENCE_END}")


@functools.cache
def _told_that() -> re.Pattern:
    # a verb of telling (opens=told) and the word that opens what was told (opens=complement)
    return re.compile(rf"(?i)\b(?:{_words('told')})\b[^,;]*?\s(?:{_words('complement')})\s")


@functools.cache
def _present_progressive() -> re.Pattern:
    """The auxiliary of a second predicate in the present progressive and its verb in -ing (opens=present_progressive),
    kept from the verbs its not_before names: "and is paying" tells the price of the deed before it, no act of now."""
    return re.compile(rf"(?i)\s(?:{_words_not_before('present_progressive')})\s+[a-z]+ing\s")


@functools.cache
def _words_between(opens: str, before: str, after: str) -> re.Pattern:
    """The words of one kind of figure_side_clauses.tsv, with what must stand before and after them."""
    return re.compile(rf"(?i){before}(?:{_words(opens)}){after}")


def respective_dates(form: str, sentence: Span, figures: list[MoneyMention],
                     dates: list[DateMention]) -> dict[int, DateMention]:
    """Where a sentence pairs lists "respectively" (``figure_side_clauses.tsv`` opens=respectively), the date of each
    figure after a list of dates, by its place in its own list: "for FY26 and FY27 by 3% and 4% respectively, to 862
    billion yuan and 951 billion yuan" (3% and 862 billion yuan are FY26's).  Keyed by the figure's start; empty when
    the sentence pairs nothing."""
    if len(dates) < 2 or len(figures) < 2:
        return {}
    word = _words_between("respectively", r"(?<![\w-])", r"(?![\w-])").search(form, *sentence)
    if word is None:
        return {}
    listed = _listed_with_the_next()
    for first in range(len(dates) - 1):
        run = [dates[first]]
        while (len(run) < len(dates) - first and run[-1].end <= dates[first + len(run)].start
               and listed.fullmatch(form, run[-1].end, dates[first + len(run)].start)):
            run.append(dates[first + len(run)])
        if len(run) < 2 or run[-1].end > word.start():
            continue
        # the figures' lists follow the dates ("for FY26 and FY27 by 3% and 4%"), or else come before them ("rose 3%
        # and 4% in 2023 and 2024, respectively")
        paired = [f for f in figures if f.start >= run[-1].end] or [f for f in figures if f.end <= run[0].start]
        if not paired or len(paired) % len(run) or paired[0].start > word.start():
            return {}
        return {f.start: run[i % len(run)] for i, f in enumerate(paired)}
    return {}


@functools.cache
def _listed_with_the_next() -> re.Pattern:
    """What stands between two items of one list: a comma, a word that joins (opens=coordinate), or both."""
    return re.compile(rf"(?i)\s*,?\s*(?:(?:{_words('coordinate')})\s+)?")


# (each figure of a sentence asks it of each of the sentence's dates, and the answer is the date's alone: kept for the
# dates of the text read last, by the date itself)
@dataclass
class _TermsTold:
    form: str | None = None
    by_date: dict = dataclasses.field(default_factory=dict)  # id(date) → (date, told as a term)


_TERMS_TOLD = _TermsTold()


def _tells_a_term(form: str, date: DateMention) -> bool:
    if _TERMS_TOLD.form is not form:
        _TERMS_TOLD.form, _TERMS_TOLD.by_date = form, {}
    kept = _TERMS_TOLD.by_date.get(id(date))
    if kept is None or kept[0] is not date:
        kept = _TERMS_TOLD.by_date[id(date)] = (date, _told_as_a_term(form, date))
    return kept[1]


def _told_as_a_term(form: str, date: DateMention) -> bool:
    """Is the date told as how long something runs ("a five-year contract running until June 2031"; opens=lasts), or
    as a stretch ahead that a plan is spread over ("pledged to invest 380 billion yuan over the next three years";
    opens=spreads)?"""
    reach = max(0, date.start - _TERM_REACH)
    # the date's own connector may close the words of a term ("have until May 15", "rising 3% annually through 2045"),
    # or hold them ("until at least the end of June" is one mention); a word right after the date may name a term by
    # its maturity ("a separate 1995 bond", opens=lasts_named)
    connector = _words_between("lasts_to", "", r"\s+").match(date.text)
    return (_term().search(form, reach, date.start) is not None
            or _words_between("lasts", "", r"\s+").match(date.text) is not None
            or (connector is not None and _term().search(form, reach, date.start + connector.end()) is not None)
            # (also past the years listed after it: "a $2 billion sale of 2034 and 2054 bonds", opens=lasts_named_list)
            or _words_between("lasts_named",
                              rf"(?:(?:\s*,\s*\d{{4}})*\s+(?:{_words('lasts_named_list')})\s+\d{{4}})?\s*",
                              r"\b").match(form, date.end) is not None
            or _deadline_moved().search(form, max(0, date.start - _DEADLINE_LOOKBACK),
                                        date.start + (connector.end() if connector is not None else 0)) is not None
            or (date.future and (date.timex_type == "DURATION" or _told_as_the_next(form, date))
                and _spread_ahead(form, reach, date))
            # a year a sum is due in right after it is the year a tranche of debt matures ("US$900 million due in
            # 2031", opens=matures); a day it is due on is when it is paid ("a coupon due on Jan. 15")
            # (the debt may be named by a few words between: "S$400 million bank loan due in 2027", and the maturity
            # may open an aside: "a tranche of 7 billion yuan, due in 2030, was priced ...")
            or (date.precision == "year" and _words_between("matures", r"\d\S*(?:\s+[a-z]+){0,3},?\s+", r"\s+\Z")
                .search(form, reach, date.start) is not None))


def _a_plans_own_span(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Is the date a span with both its ends on the calendar that a sum to be spent runs over, in its own clause right
    after it ("a 13 billion dollar investment programme running from 2023 to 2027")?  A contract's term dates no sum,
    but a spending plan's years are the years the sum is spent in, as "a $9 billion plan for 2023 to 2027" are."""
    return (figure.market_kind in SPENT_KINDS and date.precision == "span" and date.on_calendar
            and len(date.timexes) == 2 and 0 <= date.start - figure.end <= _TERM_REACH
            and _BREAKS.search(form, figure.end, date.start) is None)


def _caps_over_a_term(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Is the figure a cap ("up to") and the date after it, in its clause, the end of the term the cap runs over
    ("authorized the repurchase of up to $75 million of its stock through December 31, 2027"; opens=caps)?  The date is
    the term's, as a contract's "running until" is; a sum counted up to a date ("sales of $5 billion through
    September") is no cap and keeps its stretch."""
    # (the cap may be restated as a share between commas: "up to 20 billion yen of its own shares, or 4.5% of shares
    # outstanding, between July 1 and Dec. 31")
    between = _restated().sub("", form[figure.end:date.start])
    return (figure.approx == "<" and _BREAKS.search(between) is None
            and _words_between("caps", "", r"\s").match(date.text) is not None)


@functools.cache
def _restated() -> re.Pattern:
    # lower case only, as before the words moved to the table
    return re.compile(rf",\s+(?:{_words('restated')})\s+[^,;]*?\d[^,;]*,")


def _told_as_the_next(form: str, date: DateMention) -> bool:
    """Is the date told as the stretch next to come after the words that spread a plan over it (opens=spreads_ahead:
    "over the next year")?  Read as the calendar year to come or as the twelve months ahead, it is the plan's term
    all the same: "said on Wednesday it had signed a 90 million birr deal to ship washed beans to a Swedish roaster
    over the next year" is Wednesday's."""
    opening = form.rfind(" ", 0, max(0, date.start - 1)) + 1
    return _words_between("spreads_ahead", "", r"\s").match(form, opening, date.end) is not None


def _spread_ahead(form: str, reach: int, date: DateMention) -> bool:
    words, not_before = _spread()
    found = words.search(form, reach, date.start)
    return found is not None and (not_before is None or not_before.match(form, found.end()) is None)


@functools.cache
def _deadline_moved() -> re.Pattern:
    # "extend the deadline for delivering audited statements under its $1.5 billion credit facility to March 31": a
    # deadline a few words before, in the same clause, set or moved to the date (opens=deadline_moved, deadline_to)
    return re.compile(rf"(?i)\b(?:{_words_trie('deadline_moved')})\b(?:[^,;.()]|\.(?=\d)){{0,{_DEADLINE_REACH}}}?\s"
                      rf"(?:{_words_trie('deadline_to')})\s+\Z")


_DEADLINE_REACH = 90  # characters from a deadline's word to the "to" of the date it is moved to
# ... and where the search for that word starts: the reach and the words at its ends ("deadline", "to")
_DEADLINE_LOOKBACK = _DEADLINE_REACH + 20


@functools.cache
def _term() -> re.Pattern:
    return re.compile(rf"(?i)\b(?:{_words_trie('lasts')})(?:\s+(?:{_words_trie('lasts_to')}))?\s+\Z")


@functools.cache
def _cause() -> re.Pattern:
    """The word that opens what a sum is for, before a gerund (" for under-reporting"; opens=cause)."""
    return re.compile(rf"(?i)\s+(?:{_words('cause')})\s+[\w-]+ing\b")


def _held_since(form: str, figure: MoneyMention) -> bool:
    """Is the figure a level held ("at 1.4%") right before the word that opens the stretch it has held over ("since"; a
    stretch word whose row needs no date shape)?"""
    level = money_lexicon().level_before.search(form, max(0, figure.start - _STRETCH_REACH), figure.start)
    return (level is not None and level.group("base") is None
            and _comparison_rules().held_over.match(form, figure.end) is not None)


def _measured_since_before(form: str, figure: MoneyMention) -> bool:
    """Is the move measured since a time told before it, with "since" closing its clause ("listed in July 2023 at
    HK$28 a share, and its stock has nearly tripled since")? That time starts the stretch and dates no figure."""
    return _words_between("since_before", r"\s+", r"\s*(?:[.,;:)]|\Z)").match(form, figure.end) is not None


def _moves_from(form: str, sentence_start: int, date: DateMention, opens: int | None, shaped, dates) -> int:
    """Where a word of a move may stand for the comparison whose cue opens at ``opens`` (or ``shaped``'s) before
    ``date``: past quoted speech, and inside the relative clause the cue stands in, which has a verb of its own ("a
    retreat from the strategy that its founder championed from 2016": the retreat moves no figure from 2016); a "that"
    opening a date of ``dates`` is its determiner, no clause ("expects orders that week to double from")."""
    start = _past_quoted_speech(form, sentence_start, date.start)
    cue = opens if opens is not None else shaped[0] if shaped is not None else None
    if cue is None or cue <= start:
        return start
    relative = relative_clause_still_open().search(form, start, cue)
    if relative is None or any(d.start <= relative.start("opener") < d.end for d in dates):
        return start
    return relative.start("opener")


def _past_quoted_speech(form: str, sentence_start: int, at: int) -> int:
    """Where the writer's words before ``at`` start: past quoted speech that closed before it, or the sentence's start.
    A word of moving in the speaker's words moved nothing the writer compares ('"It only works if conversion holds up,"
    said an analyst who cut his target to HK$190 from HK$205 last Friday' is the day of the cut)."""
    closed = last_match(SPEECH_CLOSES, form, sentence_start, at)
    return sentence_start if closed is None else closed.end()


def _quoted_apart(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date in quoted speech that closes before the figure, which the writer tells after it ('"... onto Qwen in
    the first week of April," said Katrin Vogel, ... a pump maker with annual sales of about €480 million')?  The
    speaker's date is not the time of the writer's figure."""
    if date.end > figure.start or not a_quotation_closes_between(form, date.end, figure.start):
        return False
    # one quotation mark between them: the one that closes the speech (none opens another after the date or before
    # the figure)
    return sum(form.count(mark, date.end, figure.start) for mark in _QUOTE_MARKS) == 1


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


@functools.cache
def _spread() -> tuple[re.Pattern, re.Pattern | None]:
    """The words of a stretch a plan is spread over, and what must not follow them: a stretch with its end on the
    calendar ("over the five years to 2030") is the figure's own (opens=spreads, not_before read past the date's
    start)."""
    rows = [row for row in _side_clauses() if row["opens"] == "spreads"]
    not_before = "|".join(row["not_before"] for row in rows if row["not_before"])
    return (re.compile(rf"(?i)\b(?:{'|'.join(_row_words(row) for row in rows)})(?=\s+\Z)"),
            re.compile(f"(?i)(?:{not_before})") if not_before else None)


_TERM_REACH = 30


def _of_its_period(form: str, figure: MoneyMention, dates: list[DateMention]) -> list[DateMention]:
    """The dates that may date a company's revenue or profit (see ``_of_a_named_period``), less a day or month a
    telling set off by a comma leads to after the period its sentence names: "revenue rose 11% ... in Q3 2025, it said
    in a trading update on 9 October, with online sales up 27%" (the 27% is the quarter's too, not the update's).  So
    for any measure a company reports for a period (kind_properties.tsv reported), its teller named in full: "It
    turned an operating profit in the fiscal year to March, chief executive Hou Yi told staff in April, and its gross
    merchandise volume topped 75 billion yuan" is the fiscal year's."""
    dates = _of_a_named_period(form, figure, dates)
    if figure.market_kind not in REPORTED_KINDS:
        return dates
    # (a month so told too: "net income jumped 77% to 129.5 billion yuan, results published in May showed", after
    # "Revenue in fiscal 2025 rose 6%" in its sentence, is fiscal 2025's)
    told = [d for d in dates if d.precision in ("day", "month")
            and any(period.end <= d.start and period.precision not in _TOLD_PRECISIONS for period in dates)
            and _told_after_a_comma(_TELLER_WORDS).search(form, max(0, d.start - _ASIDE_REACH), d.start) is not None
            and not _leads_what_was_told(form, d, figure, dates)]
    return [d for d in dates if d not in told] if told and len(told) < len(dates) else dates


def _leads_what_was_told(form: str, date: DateMention, figure: MoneyMention, dates: list[DateMention]) -> bool:
    """Does the date stand right before the word that opens the clause of what was told (opens=complement), a clause
    that holds the figure with no break, with no figure told before it in its sentence?  Then the period before it is
    no measure's but another predicate's, and the telling's time is the figure's: "opened branches between 2023 and
    2024, and said in a presentation in October that African revenue had roughly doubled in two years" is October's
    ("Revenue rose 11% in the third quarter, it said on Oct. 9 that online sales were up 27%" stays the quarter's)."""
    if date.end > figure.start or _words_between("complement", r"\s+", r"\s").match(form, date.end) is None \
            or _CLAUSE_BREAKS.search(form, date.end, figure.start) is not None:
        return False
    opened = max(0, date.start - _ASIDE_REACH)
    opened = max((m.end() for m in _SENTENCE_CLOSE.finditer(form, opened, date.start)), default=opened)
    told_before = form[opened:date.start]
    for d in dates:     # a date's digits are no figure's
        lo, hi = max(d.start, opened) - opened, min(d.end, date.start) - opened
        if lo < hi:
            told_before = told_before[:lo] + " " * (hi - lo) + told_before[hi:]
    return _FIGURE_SIGN.search(told_before) is None


def _of_a_named_period(form: str, figure: MoneyMention, dates: list[DateMention]) -> list[DateMention]:
    """A company's revenue or profit is of a period: when its sentence names the period of such a measure ("reported
    first-quarter revenue of 111.3 billion yuan on May 27, up 47%"), a day of the sentence not tied to the figure is
    the day it was told, not the figure's, even right after it ("revenue of 111.3 billion yuan on May 27"); so is a date
    right before "for" and the period (``figure_side_clauses.tsv`` opens=period: "the 26% pace reported in August for
    the June quarter" is the June quarter's)."""
    if figure.market_kind not in EARNED_KINDS:
        return _of_a_fronted_period(form, figure, dates)
    # the day told right before the period it is of: "the 26% pace reported in August for the June quarter"
    told = [d for d, period in zip(dates, dates[1:]) if period.precision not in ("day", "month")
            and _words_between("period", r"\s+", r"\s+").fullmatch(form, d.end, period.start)]
    if told:
        return [d for d in dates if d not in told]
    # ... or right after it: "reported revenue of 3.42 trillion won for 2025 on Jan. 29, ..., and an operating profit of
    # 412 billion won" (the profit shares the revenue's period, not the day; opens=period_day)
    told = [d for period, d in zip(dates, dates[1:])
            if d.precision == "day" and period.precision not in ("day", "month")
            and _words_between("period_day", r"\s+", r"\s+").fullmatch(form, period.end, d.start)
            and _words_between("period", r"\s", r"\s+(?:[a-z]+\s+)?\Z").search(form, max(0, period.start - _TIE_REACH),
                                                                               period.start) is not None]
    if told:
        return [d for d in dates if d not in told]
    # the period the figure's own phrase names with "for", a few words on: "JD.com last week reported an operating loss
    # of 14.8 billion yuan in its new businesses for the three months to June 30" is the three months', not last week's
    # (a rise's phrase may lead on to the level it reached, whose period it shares: "an 18 per cent year-on-year rise in
    # net profit to Rs 4,862 crore for the September quarter"; opens=reaches)
    named = next((d for d in dates if d.precision != "day" and figure.end <= d.start
                  and _CLAUSE_BREAKS.search(form, figure.end, d.start) is None
                  and d.start <= _reached_at(form, figure.end, d.start) + _TIE_REACH
                  # (an article or an owner may stand before the period: "for the December 2024 quarter")
                  and (_words_between("period", r"\s", r"\s+(?:[a-z]+\s+)?\Z").search(form, figure.end, d.start)
                       is not None or d.precision not in _TOLD_PRECISIONS
                       and _in_the_period_reached(form, figure.end, d))), None)
    if named is not None:
        return [named]
    # a list item's label names the period of the figures after it, whatever day it adds that they were told ("- June
    # quarter 2025 (fiscal first quarter of 2026), reported Aug. 29, 2025: revenue rose 2% to 247.65 billion yuan")
    # (only when every date is the label's: a date after it is the figure's own, "- 2024: fourth-quarter revenue")
    label = next((d for d in dates if d.precision not in _TOLD_PRECISIONS), None)
    if label is not None and _labels_its_item(form, label, figure, dates[-1]):
        return [label]
    if not any(d.precision in _TOLD_PRECISIONS for d in dates):
        return dates
    names = _names_a_measure()
    # a period fronted before the measure, set off by a comma, names it too: "In the three months to September,
    # revenue from its cloud unit jumped 34% to 39.8 billion yuan, the company said on Nov. 25"
    named, restated = [], []
    for d in dates:
        if d.precision == "day":
            continue
        close = _FRONTED_CLOSE.match(form, d.end)
        if names.match(form, d.end):
            named.append(d)
        elif d.end <= figure.start and names_its_results(form, d):
            # the period whose results the sentence told before the figure is the measure's: "When Alibaba reported
            # its March-quarter results on May 15, cloud revenue grew 26%" (opens=results), or told right after the
            # words that name its results: "will report results for the March quarter in mid-May, and analysts expect
            # cloud revenue growth of about 40%" (opens=results_for)
            named.append(d)
        elif close is not None and _fronts_its_sentence(form, d):
            # an apposition of dates may restate the fronted period before the measure, and is of it: "For the
            # April-December period, the first nine months of its fiscal year, Kashiwa's net profit fell 4.2%"
            apposition = _dated_apposition(form, close.end(), dates)
            if names.match(form, apposition[-1].end + 1 if apposition else close.end()):
                named.append(d)
                restated += apposition
            elif any(e.start >= close.end() and _told_in_month(form, e) for e in dates):
                # ... and so does one whose clause tells the month the figure was guided in: "For the fiscal year
                # ending September 2025, management guided in May to adjusted EBIT of around 360 million euros"
                named.append(d)
    if not named:
        return dates
    dates = [d for d in dates if d not in restated]
    # a month after the period is when a quarter's figure was told ("reported a second-quarter net loss of $2.9
    # billion in July"); a month within it is a part's own ("Third-quarter results included $27 million from the
    # sale of ... in August"), and a month may be the period itself ("July revenue of ..."), which only a day is
    # finer than; but a month a verb of telling leads to is when a figure was told, wherever it falls ("For fiscal 2027
    # we now expect revenue of $7.62 billion, up from the $7.45 billion we guided in August"; opens=told)
    periods = [d for d in named if d.precision not in _TOLD_PRECISIONS]
    period_end = max((d.last_day for d in periods if d.last_day is not None), default=None)
    # (a week fronted as the measure's own period stays it: "This week, ticket revenue ... rose 12%")
    return [d for d in dates if (d in named or d.precision not in _TOLD_ONLY_PRECISIONS) and not (
        d.precision == "month" and period_end is not None and d.first_day is not None and d.first_day > period_end)
        and not (periods and _told_in_month(form, d))]


def names_its_results(form: str, period: DateMention) -> bool:
    """Do words that name the period's results stand right after it ("first-quarter results", opens=results) or right
    before it, an article or an owner between ("results for the March quarter", "earnings for its fiscal third
    quarter", opens=results_for)?"""
    return _names_results_at(form, period.start, period.end)


def _reached_at(form: str, start: int, end: int) -> int:
    """Where the last level a move's phrase reaches ("rise in net profit to Rs 4,862 crore") starts between ``start``
    and ``end``, else ``start``."""
    # (the level may be named a record first, money/joins.tsv role=level_record: "rose 16% to a record $827 million in
    # 2025" is 2025's as "rose 16% to $827 million in 2025" is)
    found = last_match(_words_between("reaches", r"\s", rf"\s+(?:(?:{_level_record_words()})\s+)?{_SUM_AHEAD}"), form,
                       start, end)
    return found.end() if found is not None else start


@functools.cache
def _level_record_words() -> str:
    """The words that name a level a measure moved to a record, between "to" and the sum (money/joins.tsv
    role=level_record: "a record", "a new high of")."""
    return word_trie(shared_forms("{level_record}"))


def _whole_year_named_at(form: str, figure: MoneyMention) -> int:
    """Where a word that names the figure a whole year's (figure_side_clauses.tsv opens=whole_year: "full-year") starts
    in the figure's clause, a few words before it, else -1."""
    lo = max(0, figure.start - _WHOLE_YEAR_REACH)
    found = last_match(_words_between("whole_year", r"(?<![\w-])", r"(?![\w-])"), form, lo, figure.start)
    if found is None or _CLAUSE_BREAKS.search(form, found.end(), figure.start) is not None:
        return -1
    return found.start()


_WHOLE_YEAR_REACH = 60  # characters before a figure where its "full-year" stands ("full-year operating profit to
                        # between ")
_DAYS_OF_A_PART_OF_A_YEAR = 300  # a stretch shorter than this is a part of a year ("the nine months to Sept. 30")


def _part_of_a_year(date: DateMention) -> bool:
    """Is the date a quarter, half or stretch of months, shorter than a year?  (A month is as often the time the whole
    year's figure was told: "In April, Komorebi forecast full-year operating profit".)"""
    if date.precision in _TOLD_PRECISIONS or date.first_day is None or date.last_day is None:
        return False
    return (date.last_day - date.first_day).days < _DAYS_OF_A_PART_OF_A_YEAR


def _in_the_period_reached(form: str, start: int, period: DateMention) -> bool:
    """Is the period told right after the level a move's phrase reached, by a word of opens=reached_in ("its net
    profit fell 18% to 39.4 billion koruna in 2025": the fall is of 2025, as the level it reached is)?"""
    reached = _reached_at(form, start, period.start)
    return reached > start and _level_then_period().fullmatch(form, reached, period.start) is not None


@functools.cache
def _level_then_period() -> re.Pattern:
    # the level (a currency's letters, a number, at most two words of its magnitude and currency) and the word to its
    # period, an article or an owner between: no comparison or clause may stand between the level and the period
    return re.compile(rf"(?i)(?:[A-Za-z.]{{1,4}}\s*)?[^\s,;()]*\d[^\s,;()]*(?:\s+[a-z]+){{0,2}}\s+"
                      rf"(?:{_words('reached_in')})\s+(?:[a-z]+\s+)?")


@functools.cache
def _told_aside() -> re.Pattern:
    """A verb of telling set off by a comma right before a date (", reported on ")."""
    return re.compile(rf"(?i),\s+{_told_before_a_date()}")


@functools.cache
def _told_aside_far() -> re.Pattern:
    """A verb of telling set off by a comma, a few words of where it was told, and the word that leads to a date
    (", announced at a news conference in Oslo on ")."""
    return re.compile(rf"(?i),\s+(?:{_words('told')})(?:\s+[\w'-]+){{1,{_TOLD_PLACE_WORDS}}}?\s+"
                      rf"(?:{_words('reduced_to')})\s+\Z")


@functools.cache
def _told_after_a_comma(teller_words: int = 2) -> re.Pattern:
    """A verb of telling set off by a comma after its subject of up to ``teller_words`` words, a few words of where it
    was told, and the word that leads to a date (", it said in a trading update on ")."""
    return re.compile(rf"(?i),\s+(?:[\w'\u2019&.-]+\s+){{1,{teller_words}}}?(?:{_words('told')})"
                      rf"(?:\s+[\w'-]+){{0,{_TOLD_PLACE_WORDS}}}?\s+(?:{_words('reduced_to')})\s+\Z")


_TOLD_PLACE_WORDS = 6  # words between a verb of telling and its date's preposition ("at a news conference in Oslo")


def a_day_told_by_a_teller(form: str, date: DateMention) -> bool:
    """Is the date a day or month a verb of telling set off by a comma leads to, its teller named in full (", the
    growers' group ProHass said on Monday")?  It is when the sentence was told, no time of what it tells."""
    return date.precision in ("day", "month") and _told_after_a_comma(_TELLER_WORDS).search(
        form, max(0, date.start - _ASIDE_REACH), date.start) is not None


# a period told at most three words into its sentence's subject, an owner's included ("The pension fund's first-half
# return,"), within the characters of _SUBJECT_REACH
_IN_THE_SUBJECT = re.compile(rf"{_SENTENCE_OPENS}(?:[A-Za-z]+(?:['\u2019]s?)?\s+){{0,3}}\Z")
_SUBJECT_REACH = 40


@functools.cache
def _told_in() -> re.Pattern:
    """A verb of telling right before a date ("guided in ")."""
    return re.compile(rf"(?i)\b{_told_before_a_date()}")


def _told_before_a_date() -> str:
    """A verb of telling (opens=told) and the word that leads from it to its date (opens=reduced_to), at the end."""
    return rf"(?:{_words('told')})(?:\s+(?:{_words('reduced_to')}))?\s+\Z"


_TOLD_REACH = 30  # characters before a month of its verb of telling and the word between ("guided in ")


def _payout_told_on(form: str, figure: MoneyMention, dates: list[DateMention]) -> DateMention | None:
    """The day or month a verb of telling leads to before a payout (figure_side_clauses.tsv opens=payout) in the
    payout's own clause, when the payout is "for" a period tied on after it, else None: "said in October it would pay
    farmers a bonus of 5.5 billion shillings for the 2024/25 financial year" is October's, when the bonus was set; the
    year is what it rewards."""
    if figure.market_kind in EARNED_KINDS or _payout().search(form, max(0, figure.start - _PAYOUT_REACH),
                                                              figure.start) is None:
        return None
    if not any(d.start >= figure.end and _payout_for().fullmatch(form, figure.end, d.start) for d in dates):
        return None
    return next((d for d in reversed(dates) if d.end <= figure.start and d.precision in ("day", "month")
                 and _BREAKS.search(form, d.end, figure.start) is None
                 and a_telling_leads_to(form, d)), None)


@functools.cache
def _payout() -> re.Pattern:
    # the payout's noun and "of" right before the figure, an approximation between: "a bonus of about "
    return re.compile(rf"(?i)\b(?:{_words('payout')})\s+of\s+(?:[\w-]+\s+)?\Z")


@functools.cache
def _payout_for() -> re.Pattern:
    # the word that ties the period a payout rewards right after it, an article or a possessor between: " for the "
    return re.compile(rf"(?i)\s+(?:{_words('payout_for')})\s+(?:(?:{_words('article_or_owner')})\s+)?")


_PAYOUT_REACH = 40  # characters: "a one-off bonus of an estimated "


def _told_in_month(form: str, date: DateMention) -> bool:
    """Is the date a month a verb of telling leads to ("the $4.3 billion it guided in May"; opens=told)?"""
    return date.precision == "month" and a_telling_leads_to(form, date)


def a_telling_leads_to(form: str, date: DateMention) -> bool:
    """Does a verb of telling (opens=told) lead to the date ("guided in May")?"""
    return _told_in().search(form, max(0, date.start - _TOLD_REACH), date.start) is not None


def _fronts_as_a_phrase(form: str, date: DateMention) -> bool:
    """Does the date open its sentence in a phrase of its own, after a word or two or closed by a comma ("In the first
    half", "For the full fiscal year 2025, ...")?  A date in the first clause's subject does not ("Cambricon's revenue
    for the first nine months rose ...")."""
    return (_opens_its_sentence(_opening(), form, date.start - _OPENING_REACH, date.start)
            and (_fronts_its_sentence(form, date) or _FRONTED_CLOSE.match(form, date.end) is not None))


def _fronts_its_sentence(form: str, date: DateMention) -> bool:
    """Does the date open its sentence, after two words at most ("In", "For the")?  Words of telling before it are a
    clause's subject and verb, not an opening phrase ("Analysts said the fourth quarter was solid";
    opens=said_then)."""
    start = date.start - _FRONTED_REACH
    return (_opens_its_sentence(_FRONTED, form, start, date.start)
            and _words_between("said_then", r"\b", r"\s+(?:[A-Za-z]+\s+)?\Z").search(form, max(0, start), date.start)
            is None)


_FRONTED = re.compile(rf"{_SENTENCE_OPENS}(?:[A-Za-z]+\s+){{0,2}}\Z")
_FRONTED_REACH = 20  # characters: a sentence's end and two words before the date ("For the")
# the comma that closes a fronted period, a noun of the period's phrase may stand before it ("the April-December
# period,")
_FRONTED_CLOSE = re.compile(r"(?:\s+[a-z]+)?,")


def _dated_apposition(form: str, at: int, dates: list[DateMention]) -> list[DateMention]:
    """The dates of an apposition from ``at`` up to its comma, when they and a few lower-case words of theirs (up to
    four between two: "the second of its") are all it holds ("the first nine months of its fiscal year,"), else none."""
    closes = form.find(",", at, at + _DATED_APPOSITION_REACH)
    inside = [d for d in dates if at <= d.start and d.end <= closes]
    if closes < 0 or not inside or inside[-1].end != closes:
        return []
    gaps = [form[a:b] for a, b in zip([at] + [d.end for d in inside], [d.start for d in inside])]
    return inside if all(_DATE_LINKS.fullmatch(gap) for gap in gaps) else []


_DATED_APPOSITION_REACH = 80  # characters of an apposition of dates after a fronted period
_DATE_LINKS = re.compile(r"\s*(?:[a-z]+\s+){0,4}")  # a few lower-case words: "the second of its"


def _labels_its_item(form: str, date: DateMention, figure: MoneyMention, last: DateMention) -> bool:
    """Does the date open a line, after its bullets only, whose label (up to its first colon) holds the ``last`` date
    and the figure follows?"""
    line = form.rfind("\n", 0, date.start) + 1
    # at least one bullet: a paragraph that opens with a date is no item
    if BULLET_OPENING.fullmatch(form, line, date.start) is None:
        return False
    colon = form.find(": ", date.end, figure.start)
    return (colon >= 0 and last.end <= colon and colon - line <= _LABEL_REACH
            and "\n" not in form[date.end:colon])


_LABEL_REACH = 120  # characters of a list item's label up to its colon


# Precisions of a date that tells when a period's figure was reported rather than a period of revenue or profit.
_TOLD_PRECISIONS = ("day", "week", "month")
# ... of which these never name the period of a company's revenue or profit, only the time it was told ("reported
# third-quarter revenue of $2.31 billion last week" is the quarter's).
_TOLD_ONLY_PRECISIONS = ("day", "week")
_SAID_REACH = 60  # characters back from a date to the comma of the clause of telling before it (", the company said in
                  # ")


def _of_a_fronted_period(form: str, figure: MoneyMention, dates: list[DateMention]) -> list[DateMention]:
    """A quarter or half that opens the sentence is the period of a company's other measures in it too, not the month
    a clause of telling after them names: "In the June quarter, capital expenditure rose to 38.6 billion yuan, ..., and
    free cash flow swung to an outflow of 18.8 billion yuan, the company said in August" (not a stock's move)."""
    if figure.market_kind in ("share_move", "share_price", "market_cap", "market_value_change"):
        return dates
    dates = _of_a_fronted_start(form, figure, dates)
    fronted = next((d for d in dates if d.precision in _REPORTING_PRECISIONS and _fronts_before(form, d, figure)), None)
    if fronted is None or fronted.last_day is None:
        return dates
    # an apposition of dates right after it restates it and dates no figure: "In the September quarter, the second of
    # its fiscal 2026, Alibaba repurchased $253 million of stock" is the quarter's
    restated = _dated_apposition(form, _FRONTED_CLOSE.match(form, fronted.end).end(), dates)
    dates = [d for d in dates if d not in restated]
    return _without_the_said_time(form, figure, dates, lambda e: e.precision == "month" and e.first_day is not None
                                  and e.first_day > fronted.last_day)


def _of_a_fronted_start(form: str, figure: MoneyMention, dates: list[DateMention]) -> list[DateMention]:
    """A day or month that opens the sentence after a word of taking effect (figure_side_clauses.tsv
    opens=takes_effect) and its comma is when the levels its clause sets apply from, not the time a clause of telling
    after them names: "From January 1, the allowance will fall to $100 from $200, the committee said last month" is
    January 1's, as "will fall to $100 from January 1" is."""
    fronted = next((d for d in dates if d.precision in ("day", "month") and _fronts_before(form, d, figure)
                    and _takes_effect_right_before().search(form, max(0, d.start - _FRONTED_REACH), d.start)),
                   None)
    if fronted is None or any(fronted.end <= d.start and d.end <= figure.start for d in dates):
        return dates
    return _without_the_said_time(form, figure, dates)


def _fronts_before(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Does ``date`` open the sentence, a comma closing it, before the figure?"""
    return (date.end <= figure.start and _FRONTED_CLOSE.match(form, date.end) is not None
            and _fronts_its_sentence(form, date))


def _without_the_said_time(form: str, figure: MoneyMention, dates: list[DateMention],
                           only=lambda date: True) -> list[DateMention]:
    """``dates`` but those (of the ones ``only`` keeps) a clause of telling after the figure names, no ";" or ":"
    between (", the committee said last month"): the time it was told, which a fronted time outweighs."""
    told = [e for e in dates if e.start >= figure.end and only(e) and _said_right_before(form, e)
            and not any(c in form[figure.end:e.start] for c in ";:")]
    return [d for d in dates if d not in told] if told else dates


@functools.cache
def _takes_effect_right_before() -> re.Pattern:
    # (a preposition may stand between: "Starting in July", opens=takes_effect_to)
    return _words_between("takes_effect", r"(?<![\w-])", rf"(?:\s+(?:{_words('takes_effect_to')}))?\s+\Z")


def _said_right_before(form: str, date: DateMention) -> bool:
    """Does a clause of telling set off by a comma lead right to the date (", the company said in August")?"""
    return _said_right_before_pattern().search(form, max(0, date.start - _SAID_REACH), date.start) is not None


@functools.cache
def _said_right_before_pattern() -> re.Pattern:
    """A comma, up to four words of who told (opens=said_then: "said", "reported") and maybe "on" or "in"
    (opens=said_on), up to the date."""
    return re.compile(rf"(?i){_subject_and_verb('said_then', 4)}\s+(?:(?:{_words('said_on')})\s+)?\Z")


def _subject_and_verb(opens: str, most: int, not_first: str = "") -> str:
    """A comma, up to ``most`` words of a subject (what ``not_first`` keeps out may not open them) and a verb of the
    rows of ``opens``: a clause with a subject of its own, as a clause of telling (opens=said_then) is."""
    return rf",\s+{not_first}(?:[\w.'’&-]+\s+){{1,{most}}}?(?:{_words(opens)})"


@functools.cache
def _telling_after() -> re.Pattern:
    """A comma right after a date that opens only a clause of telling (", IG Metall said", ", said a spokesman") or the
    source the figure was told by (opens=source_after: ", according to customs data")."""
    return re.compile(rf"(?i)\s*(?:{_subject_and_verb('said_then', 4)}|,\s+(?:{_words('said_then')})"
                      rf"|,\s+(?:{_words('source_after')}))\b")


@functools.cache
def _names_a_measure() -> re.Pattern:
    # the period right before the measure it is of: "first-quarter revenue", "third-quarter net loss"
    return re.compile(rf"(?i)[\s-]+{_a_few_words_then_a_measure()}")


def _in_an_aside(form: str, date: DateMention, figure: MoneyMention, told: list[DateMention]) -> bool:
    """Does the date stand in a relative clause between commas that closes before the figure ("Meituan, which
    reported a net loss of 18.6 billion yuan for the third quarter, sank 5.2% to HK$98.15")?  Not when figures
    follow the date in the clause: they tell on ("Unisys, whose revenue inched up 3.7% in the quarter to $2.35
    billion, had an operating loss of about $30 million", "stock, which closed Friday at $71.75, down 75 cents"),
    nor when the clause tells of a date right before it ("the Spring Festival holiday this year, which ran from
    Feb. 10 to 17, rose by 40 percent")."""
    # a comma between digits is a number's ("employs about 2,300 people"), not the clause's close
    closes = next((m.start() for m in _CLAUSE_COMMA.finditer(form, date.end, figure.start)), -1)
    # figures of a second predicate of the clause tell of its own, not on from the date: "The company, which was founded
    # in 1987 and employs about 2,300 people, said it had secured $85 million"
    joins = _words_between("coordinate", r"\s", r"\s").search(form, date.end, closes)
    # nor do figures of the clause tell on past a close that joins the next item of the main clause's list: "$1.6
    # billion of equity from its fund, which closed in January at $14.5 billion, and $2.2 billion of debt"
    # only a company's revenue or profit, or a day's price, is told on from the clause: a deal's year there is the
    # subject's ("Calder Point, which bought Dunmoor in 2019 for £410 million, said ... £600 million of debt" is not
    # 2019's)
    tells_on = figure.market_kind in EARNED_KINDS or date.precision == "day"
    # ... but a verb with no subject of its own right before the figure is the main clause's, which the clause's figures
    # stood aside from: "Exxon shares, which fell 0.6% on Friday after it reported profit of $7.5 billion, were 1.2%
    # higher"
    if closes >= 0 and opens_the_main_predicate(form, closes, figure.start):
        tells_on = False
    if closes < 0 or (tells_on and _a_figure_sign_between(form, date.end, joins.start() if joins else closes, told)
                      and _words_between("coordinate", r",\s+", r"\s").match(form, closes) is None):
        return False
    # a participle of what the clause's happening led to, which the figure stands in, goes on telling that happening:
    # "the 2022 trial, which was stopped early in November of that year, sending the shares down 71%" is November's
    if _words_between("aside_result", r",\s+", r"\b").match(form, closes) is not None \
            and _BREAKS.search(form, closes + 1, figure.start) is None:
        return False
    head = _first_of_its_list(form, date, told)
    opener = _aside().search(form, max(0, head.start - _ASIDE_REACH), head.start)
    # a comparison opened right after the clause's close is of the clause's own figure before the date, and shares its
    # date: "where its shares rose 8.1% after the company reported revenue of 280.2 billion yuan for the December
    # quarter, up 8% from a year earlier" (the 8% is the quarter's, as the revenue is), whatever the figure's kind:
    # "which handled about EUR 4 billion in merchandise in 2025, up 11 per cent" is 2025's
    if (opener is not None and figure.percent is not None and figure.direction
            and _told_as_a_move_after(form, closes, figure.start)
            and _FIGURE_SIGN.search(form, opener.start() + 1, date.start) is not None):
        return False
    if _in_the_next_name_s_aside(form, date, closes, figure, opener):
        return False
    # the clause's results go on past its close, set against another measure of the same owner's
    # (opens=results_contrast):
    # "Larch, whose revenue rose 12% in the three months to June, while its adjusted loss narrowed to 0.6 billion yuan"
    if (figure.market_kind in EARNED_KINDS and _results_contrasted().match(form, closes) is not None
            and _CLAUSE_BREAKS.search(form, closes + 1, figure.start) is None):
        return False
    # a participle's clause tells of its own happening, not of a date right before it: "Castleford's accounts for the
    # year to June 30, 2024, filed at Companies House in March, showed a pre-tax loss of £18.4 million"
    return opener is not None and (opener.group("reduced") is not None
                                   or not any(d.end == opener.start() for d in told))


def _first_of_its_list(form: str, date: DateMention, told: list[DateMention]) -> DateMention:
    """The first date of the list the date closes or stands in ("in 2018, 2019 and 2022"), else the date itself.  The
    list's commas are no close of the clause it stands in: "Prices for Phka Rumduol, the variety that was named the
    best rice in 2018, 2019 and 2022, eased to $780 a tonne this week" holds all three years in the aside, none the
    price's (opens=coordinate joins the list's last item)."""
    head = date
    while (before := next((d for d in told if d.end <= head.start and d.start < head.start
                           and _list_join().fullmatch(form, d.end, head.start)), None)) is not None:
        head = before
    return head


@functools.cache
def _list_join() -> re.Pattern:
    return re.compile(rf"(?i),\s+|,?\s+(?:{_words('coordinate')})\s+")


def _names_results_at(form: str, start: int, end: int) -> bool:
    """``names_its_results`` for the period at ``start``-``end``, a span of a clause's dates."""
    return (_words_between("results", r"[\s-]+", r"\b").match(form, end) is not None
            or _words_between("results_for", r"\b", r"\s+(?:[a-z]+\s+)?\Z").search(
                form, max(0, start - _TIE_REACH), start) is not None)


@functools.cache
def _results_contrasted(opens: str = "results_contrast") -> re.Pattern:
    """A comma, a contrast and the same owner's word (opens=results_contrast: ", while its adjusted loss"; or a contrast
    alone, opens=results_measure_contrast: ", while adjusted EBITA"), then a few words up to a measure of a company's
    money."""
    return re.compile(rf"(?i),\s+(?:{_words(opens)})\s+{_a_few_words_then_a_measure()}")


def _in_the_next_name_s_aside(form: str, date: DateMention, closes: int, figure: MoneyMention,
                              opener: re.Match | None) -> bool:
    """Is the figure a move in the relative clause of the next name of a list (", and Hapag-Lloyd, which lost 2.3%"),
    after a clause that told a move of its own on a day ("Maersk, whose shares fell 1.8% in Copenhagen on
    Wednesday")?  Both names moved in one session; a clause of another kind (a report, a deal) keeps its day apart."""
    return (date.precision == "day" and bool(figure.direction) and opener is not None
            and _FIGURE_SIGN.search(form, opener.start(), date.start) is not None
            and _next_name_s_aside().fullmatch(form, closes, figure.start) is not None)


@functools.cache
def _next_name_s_aside() -> re.Pattern:
    return re.compile(rf"(?i),\s+(?:{_words('coordinate')})\s+{_CAPITALISED_NAME},\s+(?:{_words('next_aside')})"
                      rf"\s+[^,;:()]*?")


def _in_a_past_aside_before_a_plan(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the date in a participle's aside set off by commas (``figure_side_clauses.tsv`` opens=reduced_ahead) whose
    close leads straight to a main verb that looks ahead (opens=ahead) to the figure ("The new site, built by the
    venture Alibaba formed in 2022, will cost about SR1.5 billion")?  What the thing will cost is of now; told in the
    past, the cost is the aside's deed's ("The bridge, built in 1985, cost about $300 million" is 1985's).  A listing's
    aside (opens=reduced_listing) dates no figure of a present main verb either (opens=present_main): "The company,
    first listed in 2004, has a market value of $3 billion" is of now; nor a valuation of a past one (opens=past_main):
    a listing raises money on its day, but "The company, listed in 2004, was valued at $9 billion" tells what the
    company is worth, no price of its listing, unless words after it in its clause set it at the listing
    (opens=listing_time: "was valued at $1 billion on its first day of trading" is 2004's)."""
    pairs = (("reduced_ahead", "ahead"), ("reduced_listing", "present_main"))
    if figure.market_kind in VALUED_KINDS:
        pairs += (("reduced_listing", "past_main"),)
    for aside, main in pairs:
        if _words_between(aside, r",\s+", rf"\s{_IN_CLAUSE}\Z").search(
                form, max(0, date.start - _ASIDE_REACH), date.start) is None:
            continue
        close = _words_between(main, rf"{_IN_CLAUSE},\s+", r"\b").match(form, date.end)
        if (close is not None and close.end() <= figure.start
                and _BREAKS.search(form, close.end(), figure.start) is None
                and not (main == "past_main" and _set_at_the_listing(form, figure))):
            return True
    return False


def _set_at_the_listing(form: str, figure: MoneyMention) -> bool:
    """Do words after the figure, in its clause, set it at the listing (opens=listing_time: "on its first day")?"""
    closes = _CLAUSE_END.search(form, figure.end)
    return _words_between("listing_time", r"\b", r"\b").search(
        form, figure.end, closes.start() if closes else len(form)) is not None


def _a_year_total_after_a_day(form: str, date: DateMention, figure: MoneyMention) -> bool:
    """Is the figure the level a participle after the day's clause brings a total of the year to
    (``figure_side_clauses.tsv`` opens=year_total: "will pay a dividend of 48 yen on June 29, bringing the annual payout
    to 90 yen")?  The year's total is the year's, not of the day one part of it is paid."""
    return _year_total_after().match(form, date.end, figure.start) is not None


@functools.cache
def _year_total_after() -> re.Pattern:
    # (another day may stand between, in the same clause: "paid on 3 July to shareholders on the register on 5 June,
    # taking the total for the year to 7.6p")
    return re.compile(rf"(?i){_IN_CLAUSE},\s+(?:{_words('year_total_verb')})\s+(?:{_words('article_or_owner')})\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{_words('year_total')})\b(?:[^,;.!?\n]){{0,30}}?\bto\s+"
                      rf"(?:[a-z]+\s+){{0,2}}\Z")


# A count of days, weeks or months (TimeML DURATION "P4D", "P2W", "P2M") a day is told with.
_DAY_COUNT = re.compile(r"P\d+[DWM]")


def _counts_off_a_day_before(form: str, date: DateMention, figure: MoneyMention, told: list[DateMention]) -> bool:
    """Is ``date`` a count of days set off by a comma right after a day, closed by a comma before the figure ("On
    Feb. 24, 2025, four days after results that showed cloud revenue growing 13%, Alibaba said it would spend more
    than 380 billion yuan")?  Such a count only places the day told before it, which dates the main clause; a figure
    inside the aside ("growing 13%") is still the count's."""
    if not any(timex.type == "DURATION" and _DAY_COUNT.fullmatch(timex.value) for timex in date.timexes):
        return False
    if not any(d.precision == "day" and count_set_off_after_a_day().fullmatch(form, d.end, date.start) for d in told):
        return False
    return _CLAUSE_COMMA.search(form, date.end, figure.start) is not None


def _bounds_the_date_before(form: str, date: DateMention, told: list[DateMention]) -> bool:
    """Is the date told, in a relative clause right after another date, as the day that period ended or began ("In
    fiscal year 2025, which ended March 31, 2025, our revenue grew 6%")?  Then the figure is of the period, not of
    its last day (``figure_side_clauses.tsv`` opens=bounds); "the Spring Festival holiday, which ran from Feb. 10 to
    17" tells the period itself."""
    opener = _aside().search(form, max(0, date.start - _ASIDE_REACH), date.start)
    if opener is None:
        # a participle of telling set off right after the period tells the day its results were told: "In the June
        # quarter, reported on Aug. 15, Alibaba's revenue rose 4%" is the quarter's (opens=told)
        tells = _told_aside().search(form, max(0, date.start - _ASIDE_REACH), date.start)
        # (only a period that opens the sentence: "Leapmotor, ... to turn a profit last year, said on Saturday" is not)
        if tells is not None and any(d.end == tells.start() and d.precision not in _TOLD_PRECISIONS
                                     and _fronts_its_sentence(form, d) for d in told):
            return True
        # so is a subject that names its period, the telling's place before its day: "The fund's first-half return,
        # announced at a news conference in Oslo on Wednesday, was 5.7 percent" is the half's
        tells = _told_aside_far().search(form, max(0, date.start - _ASIDE_REACH), date.start)
        return tells is not None and any(
            d.precision not in _TOLD_PRECISIONS
            and _opens_its_sentence(_IN_THE_SUBJECT, form, d.start - _SUBJECT_REACH, d.start)
            and (close := _FRONTED_CLOSE.match(form, d.end)) is not None and close.end() - 1 == tells.start()
            for d in told)
    period = next((d for d in told if d.end == opener.start()), None)
    # so is the day the period's results were told ("In the December quarter, whose results Alibaba reported on
    # Thursday, cloud revenue grew 34%": opens=told), as a period's figure is not of the day it was told
    return period is not None and (_words_between("bounds", r"\b", r"\s+\Z").search(form, opener.start(), date.start)
                                   is not None
                                   or (period.precision not in _TOLD_PRECISIONS
                                       and _told_in().search(form, opener.start(), date.start) is not None))


def _closes_a_prospect(form: str, figure: MoneyMention) -> int:
    """Where the relative clause that holds the figure closes, when the clause looks ahead to it ("Unitree, which
    is preparing a listing that could value it at up to 50 billion yuan, was valued at 12 billion yuan in June": the
    50 billion is a prospect, not June's), or tells of it in the present ("which is costing about C$1.2 billion"),
    else -1.  Dates after it are the main clause's."""
    opener = _aside().search(form, max(0, figure.start - _ASIDE_REACH), figure.start)
    if opener is None or (_ahead().search(form, opener.start(), figure.start) is None
                          and _present_aside().search(form, opener.start(), figure.start) is None):
        return -1
    return form.find(",", figure.end, figure.end + _ASIDE_REACH)


@functools.cache
def _present_aside() -> re.Pattern:
    # a clause of the present holds its figure now ("which is costing about C$1.2 billion, for the 2027-28 season":
    # figure_side_clauses.tsv opens=present_aside)
    return re.compile(rf"(?i)\b(?:{_words('present_aside')})\b")


def _closes_an_apposition(form: str, figure: MoneyMention, dates: list[DateMention]) -> int:
    """Where the apposition that holds the figure closes, when it tells what the name before it is worth ("Nvidia, worth
    about $4.4 trillion, reports its third-quarter results on November 19": the value is of the day told, not of the
    quarter; ``figure_side_clauses.tsv`` opens=apposition), else -1.  Dates after it are the main clause's."""
    opener = _apposition().search(form, max(0, figure.start - _APPOSITION_REACH), figure.start)
    if opener is None or any(d.end == opener.start(1) for d in dates):
        return -1   # "On Friday, valued at ..." follows a date, not a name
    return form.find(",", figure.end, figure.end + _APPOSITION_REACH)


@functools.cache
def _apposition() -> re.Pattern:
    # the name's last word is capitalised: "The deal, worth $5 billion, closed in March" is the deal's own value then
    return re.compile(rf"\b[A-Z][\w.&'-]*(,)\s+(?i:{_words('apposition')})\s+[^,;]*\Z")


_APPOSITION_REACH = 40  # characters: the words of an apposition before its figure, and its figure to its closing comma


def _reported_for(form: str, days: list[DateMention], period: DateMention) -> bool:
    """Is ``period`` a period (no day or month) told right after one of ``days`` and "for" (opens=period), that ended
    before that day?  Results are reported for a period gone: "which reported results on Tuesday for the year", in
    February, is not this year's, whatever the tagger reads."""
    return period.precision not in ("day", "month") and any(
        _words_between("period", r"\s+", r"\s+").fullmatch(form, day.end, period.start)
        and period.last_day is not None and day.first_day is not None and period.last_day < day.first_day
        for day in days)


def _a_figure_sign_between(form: str, start: int, end: int, told: list[DateMention]) -> bool:
    """Does a figure's sign stand between ``start`` and ``end`` outside the digits of the dates ``told`` (in text
    order)?  The digits of a date are no figure ("for its fiscal second quarter ended Nov. 29")."""
    for sign in _FIGURE_SIGN.finditer(form, start, end):
        # the date that may hold the sign: the last one opening at or before it
        holder = bisect.bisect_right(told, sign.start(), key=lambda d: d.start) - 1
        if holder < 0 or told[holder].end <= sign.start():
            return True
    return False


def _tells_its_day(form: str, date: DateMention, figure: MoneyMention, told: list[DateMention]) -> bool:
    """Is the aside's date a day, in a clause without a figure of its own ("Williams shares, which were to be
    delisted after the close of trading yesterday, closed at $23.25")?  A figure in the clause claims its date
    ("NetEase, which posted a 9% rise in revenue on Thursday, fell 2.1%"), and a coming day dates only a figure
    the main clause looks ahead to (``figure_side_clauses.tsv`` opens=ahead: "is expected to post revenue of
    190.6 billion yuan", not "closed 3% higher")."""
    if date.precision != "day" and not (_a_run_of_days(date) and figure.market_kind not in _SHARE_KINDS):
        return False
    opener = _aside().search(form, max(0, date.start - _ASIDE_REACH), date.start)
    closes = form.find(",", date.end)
    # (the digits of a period of the clause are no figure: "which reported results on Tuesday for its fiscal second
    # quarter ended Nov. 29"; a day's digits, its own or another's, still are: "The letter, dated March 9 and made
    # public on Monday," tells no day of the figures it says)
    others = [d for d in told if d is not date and d.precision != "day"]
    if date.precision != "day":
        others.append(date)     # (a run of days' own digits are its dates, no figure)
    return (opener is not None and not _a_figure_sign_between(form, opener.start() + 1, closes, others)
            and (not date.future or _ahead().search(form, closes, figure.start) is not None))


_RUN_OF_DAYS = 31  # days at most of a span the subject ran over, told in its aside ("which ran from May 1 to May 5")


def _a_run_of_days(date: DateMention) -> bool:
    """Is the date a span of a few days ("from May 1 to May 5")?  Told in an aside of its subject ("bookings for the
    holiday, which ran from May 1 to May 5, jumped 35%") it is that subject's own time, as a day there is; a session's
    price or move is of a day, not of a run of them."""
    return date.precision == "span" and date.first_day is not None and date.last_day is not None \
        and (date.last_day - date.first_day).days <= _RUN_OF_DAYS


def _tells_when_it_struck(form: str, date: DateMention, figure: MoneyMention, told: list[DateMention]) -> bool:
    """Is the aside's date when its subject, a storm, quake, flood or fire (``figure_side_clauses.tsv``
    opens=event_subject), struck, in a clause without a figure of its own, whose close leads straight to what it caused
    (opens=event_caused)?  Its losses are of that time, whatever the day of writing: "Hurricane Ida, which hit Louisiana
    in late August 2021, caused about $36 billion in insured losses" is late August 2021's."""
    if date.future:
        return False
    opener = _aside().search(form, max(0, date.start - _ASIDE_REACH), date.start)
    if opener is None:
        return False
    closes = _CLAUSE_COMMA.search(form, date.end, figure.start)
    if closes is None:
        return False
    return (_struck_subject().search(form, max(0, opener.start() - _STRUCK_SUBJECT_REACH), opener.start()) is not None
            and _caused_after().match(form, closes.start(), figure.start) is not None
            and not _a_figure_sign_between(form, opener.start() + 1, closes.start(), told))


_STRUCK_SUBJECT_REACH = 40  # characters before an aside's comma where the storm or quake it tells of is named


@functools.cache
def _struck_subject() -> re.Pattern:
    # the kind of happening, maybe with its name after it ("Hurricane Beryl", "the 2011 earthquake", "the floods")
    return re.compile(rf"(?i)\b(?:{_words('event_subject')})(?:\s+(?-i:[A-Z][\w'-]*)){{0,2}}\Z")


@functools.cache
def _caused_after() -> re.Pattern:
    return re.compile(rf"(?i),\s+(?:(?:{_words('event_caused')})\b)")


@functools.cache
def _ahead() -> re.Pattern:
    return re.compile(rf"(?i)\b(?:{_words('ahead')})\b")


_FIGURE_SIGN = re.compile(rf"[0-9{re.escape(SYMBOLS)}]")
# where a sum starts, a currency's code or abbreviation maybe before its sign or number ("US$5.6 billion", "Rs. 400")
_SUM_AHEAD = rf"(?=(?:[A-Za-z.]{{1,4}}\s*)?{_FIGURE_SIGN.pattern})"
_MODIFIER_NUMBER = re.compile(r"(?<![.,$])\d+-[a-z]", re.I)   # (read from each of its digits: "10-year", "0-year")
_CLAUSE_COMMA = re.compile(r",(?!(?<=\d,)\d)")
_CLAUSE_BREAKS = re.compile(rf";|{_CLAUSE_COMMA.pattern}")  # _BREAKS, but not a comma in a number ("Rs 4,862 crore")
# a comma that is no number's, a semicolon, or a sentence's end
_CLAUSE_END = re.compile(rf"{_CLAUSE_COMMA.pattern}|{_SENTENCE_CLOSE.pattern}")


@functools.cache
def _aside() -> re.Pattern:
    words = _words("aside")
    # an apposition or a reduced relative clause is an aside too when its participle governs the date: "Moore
    # Threads, a graphics chip designer founded in 2020, raised 8 billion yuan" (opens=reduced)
    reduced, to = _words("reduced"), _words("reduced_to")
    # the place may stand between the participle and its date: "Kairos, founded in Shanghai in 2018, listed ..."; its
    # words stay on one line ("we announced in February.\n\nFor the six months" names no place "February. For")
    # (a place told by its owner's name may end in a plain noun: "founded in Jack Ma's Hangzhou apartment in 1999")
    cap = r"(?-i:[A-Z][\w.'\u2019-]*)"
    place = (rf"(?:\s+(?:{to})\s+(?:{cap}(?:[^\S\n]+{cap}){{0,{_PLACE_WORDS - 1}}}"
             rf"|(?:{cap}[^\S\n]+){{0,{_PLACE_WORDS - 1}}}(?-i:[A-Z][\w.-]*)['\u2019]s"
             rf"(?:[^\S\n]+{cap}){{0,{_PLACE_WORDS - 1}}}[^\S\n]+(?-i:[a-z][\w-]*)))?")
    # a name set off by commas inside the clause does not close it: "which he set up with his late wife, Ruth, in 1988"
    name = rf",\s+(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){{0,{_PLACE_WORDS - 1}}},\s+"
    # so is a relative clause of an apposition's noun: "Colin Huang, the former Google engineer who founded Pinduoduo in
    # 2015, has lost ..." (opens=apposed: its head words, then opens=apposed_rel: the relative words)
    heads, relatives = _words("apposed"), _words("apposed_rel")
    # (a comma between digits is a number's: "the shopping mall that opened to queues of 20,000 people in the spring of
    # 1987"; a relative clause may go without its word after a name or a subject pronoun (opens=apposed_subject): "the
    # rate Alibaba paid in April 2021", "the shipyard it bought into in 2015")
    contact = rf"(?:[a-z-]+\s+){{1,2}}(?:{_CAPITALISED_NAME}|(?:{_words('apposed_subject')})\b)\s+[a-z]+\s"
    return re.compile(rf"(?i),\s+(?:(?:{words})\b{_IN_CLAUSE}(?:{name}{_IN_CLAUSE})?"
                      rf"|(?:{heads})\s(?:{_IN_ASIDE}?\b(?:{relatives})\s|{contact}){_IN_ASIDE}"
                      rf"|(?P<reduced>(?:[^,;.!?\n]*\s)?(?:{reduced}){place}(?:\s+(?:{to}))?\s+"
                      # ... or when it opens the aside as a passive (opens=reduced_by), whatever words of its own lead
                      # on to the date (a past verb after an apposition has none: ", filed for Chapter 11 late on
                      # Tuesday"):
                      # "The Portland Trail Blazers, sold by the estate of Paul Allen for $4.25 billion in a deal
                      # announced last September, are 17th at $4.6 billion"
                      rf"|(?:{reduced})\s+(?:{_words('reduced_by')})\s{_IN_CLAUSE}\s))\Z")


_PLACE_WORDS = 3  # capitalised words of a place between a participle and its date ("founded in Hong Kong in 2018")
# a company's or a person's name of as many capitalised words at most ("Hapag-Lloyd", "Alibaba Group", "Jack Ma")
_CAPITALISED_NAME = rf"(?-i:[A-Z][\w.'&-]*)(?:\s+(?-i:[A-Z][\w.'&-]*)){{0,{_PLACE_WORDS - 1}}}"


# How far before its date (characters) the opener of an aside is read.
_ASIDE_REACH = 160


def _closes_a_record(form: str, date: DateMention) -> bool:
    """Is the date the stretch of a record told after a comma ("The S&P 500 fell 1.2% on Thursday, its worst day
    since April, and the Nasdaq 100 dropped 1.8%")?  Then no figure after it is of it either."""
    return _record_before(form, 0, date.start) is not None


def _beside_a_record(form: str, date: DateMention) -> bool:
    """Is the date the time of a record a level was set beside after a comma ("rose 1.3% to $3.27 a pound, not far
    from the 47-year high set in December, while sugar slipped 0.4%", opens=near_record)?  It is no figure's time."""
    return _near_record().search(form, max(0, date.start - _RECORD_REACH), date.start) is not None


@functools.cache
def _near_record() -> re.Pattern:
    # (the rows' not_before lets their words count only before a high, a low, a peak or a record)
    return re.compile(rf"(?i),\s+(?:{_words_not_before('near_record')}){_IN_CLAUSE}\Z")


@functools.cache
def _record() -> re.Pattern:
    # "up from 1.1% in 2024 and the fastest annual rate since 2022": a record joined by "and" is one too
    return re.compile(rf"(?i)(?:,|,?\s+(?:{_words('coordinate')}))\s+(?:{_record_words()})\b{_IN_CLAUSE}\Z")


@functools.cache
def _led_record() -> re.Pattern:
    # words that lead to the superlative (opens=record_lead): ", marking their biggest one-day rise since March 7", a
    # course and maybe its verb and subject (opens=record_lead_track, record_lead_track_subject): "and is on course for
    # its best annual performance since 2017", or a noun and its verb (opens=record_lead_noun, record_lead_noun_verb):
    # ", a sum that would make it the largest listing in Madrid since 1985"
    return re.compile(rf"(?i)(?:,|,?\s+(?:{_words('coordinate')}))\s+(?:(?:{_words('record_adverb')})\s+)?"
                      rf"(?:{_words_trie('record_lead')}"
                      rf"|(?:(?:{_words_trie('record_lead_track_subject')})\s+)?(?:{_words_trie('record_lead_track')})"
                      rf"|(?:{_words_trie('record_lead_noun')})\s+(?:{_words_trie('record_lead_noun_verb')}))"
                      rf"\s+(?:{_record_words()})\b{_IN_CLAUSE}\Z")


@functools.cache
def _period_record() -> re.Pattern:
    """An owner's superlative of a period right before the stretch's word (opens=record_period): how that period went,
    ranked against the owner's own past, whatever verb leads it ("had its best year since 2021 last year"): a record,
    its stretch no happening ("its first year since 2021" is a first, a happening: the owner's not_before)."""
    owners = "|".join(rf"(?:{_row_words(row)})\s+" + _not_before(row)
                      for row in _side_clauses() if row["opens"] == "reached_owner")
    return re.compile(rf"(?i)(?<![\w-])(?:{owners})(?:{_record_superlatives('')})\s+(?:[\w-]+\s+)?"
                      rf"(?:{_words_trie('record_period')})\s*\Z")


def _with_record() -> re.Pattern:
    # a headline's bare superlative and its noun after "with" (opens=record_with), right before the stretch's word
    return _bare_record_after(rf"\s(?:{_words_trie('record_with')})\s+", 1)


def _at_record() -> re.Pattern:
    # a headline's bare superlative after "at" (opens=record_at), a level held, no noun needed: "heads into long holiday
    # at weakest since May", as "at its weakest since May" is with its owner
    return _bare_record_after(rf"\s(?:{_words_trie('record_at')})\s+", 0)


def _bare_record() -> re.Pattern:
    # a headline's bare superlative set off by a comma, a noun of at most two words before the stretch's word: the
    # level of the clause before it, figure or none ("enters winter, lowest gas cushion since 2021"), as an owner's is
    return _bare_record_after(r",\s+", 0)


@functools.cache
def _bare_record_after(lead: str, fewest_noun_words: int) -> re.Pattern:
    """A bare superlative ("lowest") right after ``lead`` (a regex), then a noun of ``fewest_noun_words`` to two
    words, ending where the search ends (before the stretch's word)."""
    return re.compile(rf"(?i){lead}(?:{_bare_superlatives()})\s+(?:[\w-]+\s+){{{fewest_noun_words},2}}\Z")


@functools.cache
def _bare_superlatives() -> str:
    """The record rows' superlatives told with no article ("lowest", "biggest")."""
    return "|".join(_row_words(row) for row in _side_clauses()
                    if row["opens"] == "record" and " " not in row["words"].split("|")[0].strip())


@functools.cache
def _reached_record() -> re.Pattern:
    # the level a move reached told as its own superlative, no comma between (opens=reaches): "rose 9.2% that
    # day to its highest since 2021"
    # only after an owner's word (opens=reached_owner), whose not_before ("first") is read past its white space
    owners = "|".join(rf"(?:{_row_words(row)})\s+" + _not_before(row)
                      for row in _side_clauses() if row["opens"] == "reached_owner")
    # (no possessor here: the owner's word is looked for first)
    return re.compile(rf"(?i)\s(?:{_words_trie('reaches')})\s+(?=(?:{owners}))"
                      rf"(?:{_record_words(possessor=False)})\b{_IN_CLAUSE}\Z")


@functools.cache
def _record_words(possessor: bool = True) -> str:
    # a row's not_before keeps a period out: ", the first nine months of its fiscal year" is no record, ", the first
    # tail at a 10-year auction since February" is
    rows = [row for row in _side_clauses() if row["opens"] == "record"]
    said = [f"(?:{_row_words(row)})" + _not_before(row) for row in rows]
    if not possessor:
        return "|".join(said)
    # a possessor may stand in an owner's stead: ", the company's steepest fall since March 2020"
    # (opens=record_possessor)
    possessed = rf"(?:{_words('record_possessor')})\s+{_possessed_superlative('')}"
    return "|".join(said + [f"(?:{possessed})"])


@functools.cache
def _reached_level() -> re.Pattern:
    # a level reached is a record without a figure or a comma: "the shares hit their highest since October 2021",
    # also a superlative stated after "is the" with its possessor: "It was the state's largest outbreak since 2022" (a
    # first is a happening, no level: "It was the state's first measles death since 1992" stays a row), or bare right
    # before the stretch's word: "That was the lowest since April" ("the largest in the county since the 2021 fire"
    # tells of a happening), or with only a noun of a measured level between (opens=record_noun), maybe with one word
    # that qualifies it: "It was the highest reading since December 2021", "the highest monthly total"; so may a phrase
    # that tells what the level is of, opened by a preposition (opens=record_of: "the highest for a local election in
    # the city since 1998"), not a noun of a happening
    not_first = "|".join(row["not_before"] for row in _side_clauses()
                         if row["opens"] == "reached_owner" and row["not_before"])
    return re.compile(rf"(?i)\b(?:{_words_trie('reached_level')})\s+"
                      rf"(?:(?:{_words_trie('level_record')}|(?P<stated>{_possessed_superlative(not_first)}))\b"
                      rf"{_IN_CLAUSE}|(?<=\bthe\s)(?P<bare>{_record_superlatives(not_first)})\s+"
                      rf"(?:(?:[\w-]+\s+)?(?:{_words_trie('record_noun')})\s+)?(?:"
                      rf"(?:{_words_trie('record_of')})\s{_IN_CLAUSE})?)\Z")


@functools.cache
def _possessed_superlative(not_before: str) -> str:
    """A possessor and a record's superlative ("the company's steepest")."""
    return rf"(?:[\w-]+\s+){{0,2}}?[\w-]+['\u2019]s\s+(?:{_record_superlatives(not_before)})"


@functools.cache
def _record_superlatives(not_before: str) -> str:
    """The superlatives the record rows tell after an owner's word (opens=reached_owner), but those ``not_before`` (a
    regex, "" for none) matches."""
    table = _side_clauses()
    owners = {w for row in table if row["opens"] == "reached_owner" for w in row["words"].split("|")}
    said = [w.split(None, 1) for row in table if row["opens"] == "record" for w in row["words"].split("|")]
    owned = sorted({words[1] for words in said if len(words) == 2 and words[0] in owners
                    and not (not_before and re.match(not_before, words[1]))})
    return _row_words({'words': '|'.join(owned)})


def _record_before(form: str, start: int, end: int) -> re.Match | None:
    """The record whose stretch opens at ``end``, its superlative right after a comma or led to by a few words."""
    found = _record().search(form, max(start, end - _RECORD_REACH), end)
    if found is None:
        found = _reached_record().search(form, max(start, end - _RECORD_REACH), end)
    if found is None:
        # a superlative may tell what it is of in more words ("the highest paid for industrial land in the district
        # since 2021"); a first so far off tells of a happening ("the first time outside investors have put new money
        # into the company since ...")
        found = _record().search(form, max(start, end - _LONG_RECORD_REACH), end)
        if found is not None and _a_first(form, found):
            found = None
    return found if found is not None else _led_record().search(form, max(start, end - _LED_RECORD_REACH), end)


def _a_first(form: str, record: re.Match) -> bool:
    """Is the record's superlative a first (``figure_side_clauses.tsv`` opens=reached_owner's not_before)?"""
    return _first_record().match(form, record.start()) is not None


@functools.cache
def _owned_record() -> re.Pattern:
    # an owner's word (opens=reached_owner) right after the comma, but not one its not_before keeps out ("its first")
    owners = "|".join(rf"(?:{_row_words(row)})\s+" + _not_before(row)
                      for row in _side_clauses() if row["opens"] == "reached_owner")
    return re.compile(rf"(?i)(?:,|,?\s+(?:{_words('coordinate')}))\s+(?:{owners})")


@functools.cache
def _first_record() -> re.Pattern:
    not_first = "|".join(row["not_before"] for row in _side_clauses()
                         if row["opens"] == "reached_owner" and row["not_before"])
    return re.compile(rf"(?i)(?:,|,?\s+(?:{_words('coordinate')}))\s+(?:[\w'’]+\s+)?(?:{not_first})")


# What stands in one clause of one sentence: no comma, semicolon, line end or end of sentence (a point in a
# number or an abbreviation goes on: "18.6 billion", "U.S.").
_IN_CLAUSE = r"(?:[^,;.!?\n]|\.(?=\S))*"
_IN_ASIDE = r"(?:[^,;.!?\n]|\.(?=\S)|(?<=\d),(?=\d))*"
_ASIDE_AFTER = re.compile(r"\s*(?:,|when\b)")  # a comma or "when" right after a date: an aside may tell of it
# a clause's end, a comma and a few words after it (a comma between digits, "$5,310", ends no clause)
_CONTINUED = re.compile(rf"{_IN_ASIDE},\s+(?:[a-z]+\s+){{1,3}}")


# How far before its date (characters) the superlative of a record is read ("its biggest one-day drop since").
_RECORD_REACH = 50
_LONG_RECORD_REACH = 80  # ... when it is no first
_LED_RECORD_REACH = 80  # ... with the words that lead to it


def comparison_bases(form: str, dates_by_sentence: dict[int, list[DateMention]],
                     figures_by_sentence: dict[int, list[MoneyMention]],
                     sentences: list[Span]) -> dict[Span, Span]:
    """The dates (by offsets) that something in their sentence is measured against ("rose 26% from a
    year earlier", "higher than a year ago"), each with the stretch of its comparison, whose figures are
    of that date.  The stretch opens at a cue of ``comparison_bases.tsv`` right before the date, or
    right before a figure just before it ("from $93.3 million a year earlier"), and closes at the date
    or at the figures that follow it in one noun phrase ("compared with a year-earlier net loss of $6.2
    million, or 12 cents a share").  The date of the price that a premium or a discount is told against is a
    base too, whose stretch opens at the date ("a discount of 6.5% to Tuesday's closing price of HK$139": the
    price is Tuesday's, the discount is not).  ``form`` is the text's matching form."""
    rules = _comparison_rules()
    bases: dict[Span, Span] = {}
    low = form.lower()
    if len(low) != len(form):
        low = ""    # a few characters lower-case to two: no offset would hold, so every date is read in full
    for where, dates in dates_by_sentence.items():
        figures = figures_by_sentence.get(where, ())
        sentence_start, sentence_end = sentences[where]
        ending = {figure.end: figure.start for figure in figures}
        # Most sentences hold no cue of a comparison and no word of a premium before their last date: where the
        # first of each stands is found once, in lower case (a search in any case costs far more), and a date before
        # it needs none of the searches that end at the date.
        last = max(date.start for date in dates)
        first_cue, first_premium = ((_first(rules.any_cue, low, sentence_start, last),
                                     _first(rules.any_premium, low, sentence_start, last)) if low else (-1, -1))
        for date in dates:
            ahead = False   # the value a multiple is of, still to come: a forecast told, whose date stays a row
            if _measures_a_stretch(form, date, dates, figures, sentence_start, rules):
                # holds no figure, not even the move, but those of a clause that tells of the date
                tells = rules.tells.match(form, date.end)
                closes = _BREAKS.search(form, tells.end(), sentence_end) if tells else None
                # a figure in the words of the stretch is of its start: "since peaking at 512,000 won in July 2023"
                cue = rules.stretch.search(form, max(sentence_start, date.start - _STRETCH_CLAUSE_REACH), date.start)
                level = (next((f.start for f in figures if cue.start() <= f.start and f.end <= date.start), None)
                         if cue is not None else None)
                if tells:
                    closes_at = closes.start() if closes else sentence_end
                    own = next((d for d in dates if tells.end() <= d.start < closes_at and not d.future), None)
                    dated = ([f.start for f in figures if tells.end() <= f.start and f.end <= own.start]
                             if own is not None else [])
                    if dated:
                        # (a past date of the clause's own dates the figure told right before it: "since its report
                        # in August, when it said sales rose 8% and that it had spent 9 billion yuan in the June
                        # quarter": the 9 billion yuan is the June quarter's, the 8% August's)
                        closes_at = max(dated)
                else:
                    closes_at = date.start if level is None else date.end
                bases[(date.start, date.end)] = (date.start if level is None else level, closes_at)
                if cue is not None:
                    _mark_the_start_s_qualifiers(form, date, dates, cue.start(), rules, bases)
                continue
            share = _share_opening(form, date, sentence_start, rules) if first_cue < date.start else None
            if share is not None:
                # "could be fined ... 5% of their previous year's revenue": the value's date, which tells of no time of
                # its own, whatever the tense, and dates neither the share nor the figure beside it
                # ... and of the value told right after it: "4% of its 2019 domestic revenue of 455.7 billion yuan"
                closes = date.end
                for figure in figures:
                    if figure.start >= closes and rules.trailing.fullmatch(form, closes, figure.start):
                        closes = figure.end
                bases[(date.start, date.end)] = (share, closes)
                continue
            priced = (_prices_a_premium(form, date, sentence_start, ending, rules) if first_premium < date.start
                      else None)
            if priced is not None:
                opens = priced   # the price itself is of the date: "to Tuesday's closing price of HK$139"
            elif date.future:
                # what is measured against has happened: "will raise prices from Jan. 1"; but a multiple may be of a
                # value still to come ("9 times next year's earnings"), and a date of comparison shape right after its
                # cue is a base whatever the tense ("expect revenue of 38 billion yuan, up 28% on the year")
                shaped = _shaped_opening(form, date, sentence_start, rules)
                if shaped is not None and rules.of_times.search(form, max(sentence_start, shaped[0] - _CUE_REACH),
                                                                shaped[0]):
                    continue    # "will start later than this year": times compared, the date a row of its own
                if shaped is not None and (not shaped[1] or any(figure.direction for figure in figures)
                                           or rules.moving.search(form, sentence_start, date.start) is not None):
                    opens = shaped[0]
                else:
                    opens = (_multiple_opening(form, date.start, date.end, sentence_start, rules)
                             if first_cue < date.start else None)
                    if opens is None:
                        continue
                    ahead = True
            else:
                opens = _comparison_opening(form, date.start, sentence_start, ending, rules.cue, rules.cue_named,
                                            rules, date.end) if first_cue < date.start else None
                apart = None
                if opens is None and first_cue < date.start:
                    # "remain about 61% below the $37.80 they reached in February 2024": the percentage is the move
                    apart = opens = _comparison_opening(form, date.start, sentence_start, ending, rules.apart,
                                                        rules.apart_named, rules, date.end)
                if opens is None and first_cue < date.start:
                    # "a pre-tax profit of £412m ahead of the £371m it made a year earlier": a cue that compares only
                    # the sum after it does so in a sentence that moved too ("ahead of Thursday's results" is a day)
                    opens = _opens_before_a_sum(form, date, sentence_start, ending, figures, rules, rules.cue_sum_only,
                                                rules.cue_sum_only_named)
                starts = rules.starts.match(form, sentence_start) if opens is not None else None
                if starts is not None and starts.end() == opens:
                    continue    # "From the summer of 2025, ... inquiries tripled": where a stretch starts
                if opens is not None and rules.onward.match(form, date.end):
                    continue    # "only helped from November onwards": where a stretch on from the date starts
                if opens is not None and rules.lasts.search(form, max(sentence_start, opens - _CUE_REACH), date.start) \
                        and not any(f.start < opens for f in figures):
                    continue    # "kept her off the tour for six weeks from Feb. 10": where a stretch of that length
                                # starts, though a word of a move stands before it ("lost in the first round"); a
                                # figure before it may be measured over the stretch ("fell 20% in the 12 months from
                                # June"), and such a start dates no figure
                if opens is not None and rules.takes_effect.search(
                        form, max(sentence_start, date.start - _TAKES_EFFECT_REACH), date.start):
                    continue    # "added two stocks to the index with effect from Dec. 8": the day the change starts,
                                # a row of its own, nothing compared with it
                level = (rules.level_takes_effect.search(form, max(sentence_start, date.start - _LEVEL_REACH),
                                                         date.start)
                         if opens is not None and date.precision == "day"
                         and not form.startswith(("'s", "\u2019s"), date.end) else None)
                size_moved = (rules.moved_right_before.search(form, max(sentence_start, level.start() - _CUE_REACH),
                                                              level.start())
                              if level is not None and level.group("size") else None)
                if size_moved is not None and size_moved.group("passive") is None:
                    level = None    # "The index has risen by 12% from Jan. 2": the size of the index's own move, the
                                    # day where it starts; a size applies from a day only after what a verb changed
                                    # ("raised its commission by 1.5 points from Jan. 15", "the fee was increased by")
                if level is not None and not any(level.start() < f.start < date.start and f.market_kind in _SHARE_KINDS
                                                 for f in figures):
                    continue    # "the tariff rose to 49.2 sen per kilowatt-hour from July 1": the day the new level
                                # applies from, a row of its own; a stock's price applies from no day, the day after
                                # "from" is where its move starts ("climbed to $52 from Jan. 2")
                if opens is not None and rules.of_times.search(form, max(sentence_start, opens - _CUE_REACH), opens):
                    continue    # "a year later than it had promised in March": times compared, the date is when the
                                # promise was made, a row of its own
                shaped = None if opens is not None else _shaped_opening(form, date, sentence_start, rules)
                tied = (rules.day_tie.search(form, max(sentence_start, date.start - _DAY_TIE_REACH), date.start)
                        if opens is None and shaped is None and date.precision == "day" else None)
                if tied is not None:
                    # a day set off with the number a comparison is from is that number's: "raised the odds of a cut to
                    # about 35% after the data, from 22% on Tuesday" (the comma parts it from the move's own verb:
                    # "rose to $30 from $28 on Tuesday" is the day of the move)
                    opens = apart = tied.start() + 1
                if opens is None and shaped is None:
                    opens = apart = _level_joined_to_a_base(form, date, dates, bases, rules)
                if opens is None and shaped is None:
                    continue
                # a move only in a clause after the date's, past a comma or a semicolon, is measured against none of
                # it: "took 30 years to pay off the debts from its 1976 Games, and London's budget ... quadrupled"
                clause_end = _first(rules.breaks, form, date.end, sentence_end)
                moved = (any(figure.direction and figure.start < clause_end for figure in figures)
                         or rules.moving.search(form, _moves_from(form, sentence_start, date, opens, shaped, dates),
                                                clause_end) is not None
                         # a level told "to" one number "from" another before a date of comparison shape moved,
                         # whatever its verb: "the combined ratio deteriorated to 112.6% from 94.1% in the same quarter
                         # of 2023" ("lifted its target to $200 from $180 last Thursday" is the day it was lifted)
                         or (opens is not None and _to_a_level().search(form, max(sentence_start, opens - _NAMED_REACH),
                                                                      opens) is not None
                             and any(shape.match(form, date.start, date.end) for _, shape, _ in rules.shaped)))
                if shaped is not None:
                    opens, needs_move = shaped
                    # a gap told with its unit right before the cue is what moved: "That was 0.13 C below 2024"
                    if needs_move and not moved and not rules.gap.search(form, max(sentence_start, opens - _CUE_REACH),
                                                                          opens):
                        continue
                elif not moved and apart is None:
                    opens = _comparison_opening(form, date.start, sentence_start, ending, rules.cue_without_move,
                                                rules.cue_without_move_named, rules, date.end)
                    if opens is None:
                        # some cues compare a sum they open with the date's all the same: "revenue was USD 14.6bn
                        # and EBIT USD 1.95bn, against USD 2.41bn in the first nine months of 2024"
                        opens = _opens_before_a_sum(form, date, sentence_start, ending, figures, rules,
                                                    rules.cue_with_sum, rules.cue_with_sum_named)
                    if opens is None:
                        # a cue of its own that needs no move may hold the cue that did ("saw orders double from a year
                        # earlier": "from" wants a move, "double from" does not)
                        shaped = _shaped_opening(form, date, sentence_start, rules)
                        opens = shaped[0] if shaped is not None and not shaped[1] else None
                    if opens is None:
                        continue
            if not figures and _names_a_level_reached(form, date, sentence_start, sentence_end, rules):
                continue    # "have eased from their January peak": no figure is measured from it, the month is when
                            # the peak was reached
            if _compares_a_whole_period(form, date, sentence_start, sentence_end, rules):
                continue    # "more than in the whole of 2024": the part outran a whole period's total, a time of its
                            # own, measured from by no figure
            if not figures and _compares_happenings(form, opens, date, sentence_start, sentence_end, rules):
                continue    # "the last day was calmer than in 2023": no figure is measured against the year, which
                            # tells when the thing compared with was, a row of its own
            opens = _past_the_move_it_qualifies(form, opens, date, figures, rules)
            closes = date.end
            for figure in figures:
                if figure.start >= closes and rules.trailing.fullmatch(form, closes, figure.start):
                    closes = figure.end
            tells = rules.tells.match(form, closes)
            if tells is not None:
                # a clause right after the base that tells of its time ("a sharp reversal from a year ago, when the
                # group raised its guidance after a strong summer, sending its shares up 9%"): its figures are of
                # the base's time, and the base stays a row; not one of a time still to come ("down 75% from a year
                # earlier, when the company reports results on Aug. 27"), unless the clause tells it as said then
                told = _told_clause_end(form, tells.end(), sentence_end)
                if (_told_in_the_past(form, tells.end(), told)
                        or not any(tells.end() <= d.start < told and d.future for d in dates)) \
                        and not _a_day_apart_from_the_base(date, dates, tells.end(), told):
                    closes = told
            # a stretch that closes after its date keeps the date a row (pipeline/extract.py), as does the month a verb
            # of telling leads to, when a figure was told, whose period may be another ("the $4.3 billion it guided in
            # May")
            bases[(date.start, date.end)] = (opens, max(closes, date.end + 1) if ahead or _told_in_month(form, date)
                                             else closes)
        for base, named in zip(dates, dates[1:]):
            # a date that a base's noun is "of" is the base's too: "up 7.2% from the April-September period of FY25"
            stretch = bases.get((base.start, base.end))
            # ("as of" is no noun's "of": "gained 23% this year as of Monday" runs to Monday, figure_side_clauses.tsv
            # opens=stands_as_of)
            if stretch is not None and (named.start, named.end) not in bases and _OF_A_WIDER.fullmatch(
                    form, base.end, named.start) and not _words_between("stands_as_of", r"\s+", r"\s+").fullmatch(
                    form, base.end, named.start):
                bases[(named.start, named.end)] = (stretch[0], max(stretch[1], named.end))
    return bases


def _opens_before_a_sum(form: str, date: DateMention, sentence_start: int, ending: dict[int, int],
                        figures: list[MoneyMention], rules: "_ComparisonRules", cue: re.Pattern,
                        cue_named: re.Pattern) -> int | None:
    """Where a comparison opened by a cue of needs_move=sum or sum_only (``cue``) opens, when a sum stands between it
    and the date: "EBIT USD 1.95bn, against USD 2.41bn in 9M 2024"; so does a percentage, a level set against the
    date's whether or not it is money ("Storage was 83.1% full, against 95.2% a year earlier"), and a bare count, set
    against the count told before it ("signed 14 deals this quarter, against five in the same quarter a year ago")."""
    opens = _comparison_opening(form, date.start, sentence_start, ending, cue, cue_named, rules, date.end)
    if opens is not None and not any(opens < f.start and f.end <= date.start and f.amount is not None
                                     for f in figures) \
            and rules.percentage.search(form, opens, date.start) is None \
            and not _bare_count_before(form, opens, date.start, rules):
        return None
    return opens


def _past_the_move_it_qualifies(form: str, opens: int, date: DateMention, figures: list[MoneyMention],
                                rules: "_ComparisonRules") -> int:
    """Where a comparison opens once a move whose approximation holds its cue is set apart: in "more than double a
    year earlier" the "than" is the multiple's ("more than"), and the move is measured against the date, not of it, as
    is a multiple that is its own cue ("roughly twice a year earlier"); the comparison then opens after the move ("more
    than double the $4 billion of a year earlier": the sum is the date's)."""
    for figure in figures:
        if (opens <= figure.start and figure.end <= date.start and figure.direction and figure.amount is None
                and (figure.start == opens
                     or figure.approx and rules.cue.match(form, opens, figure.start) is not None)):
            return figure.end
    return opens


def _level_joined_to_a_base(form: str, date: DateMention, dates: list[DateMention], bases: dict[Span, Span],
                            rules: "_ComparisonRules") -> int | None:
    """Where the number opens that is joined, with its own date, to the base told right before ("from around 50% on
    Tuesday and nearly 95% a month ago"): that date is the number's base as the first is its number's."""
    before = [told for told in dates if told.end <= date.start]
    if not before or (before[-1].start, before[-1].end) not in bases:
        return None
    joined = rules.coordinated_base.fullmatch(form, before[-1].end, date.start)
    return joined.start("level") if joined is not None else None


@functools.cache
def _maybe_approximate() -> str:
    """An approximation of money/approximations.tsv and its space, or none ("about "): what may stand before a level;
    one text for every pattern that allows it, so that they read the same words."""
    return rf"(?:(?:{word_trie(money_lexicon().approx)})\s+)?"


@functools.cache
def _to_a_level() -> re.Pattern:
    # The level a value moved to, right before the cue of the number it moved from ("to 112.6% from")
    # ... "to 4.4 per cent from"; the level may be named and set off by a comma: "swung to an outflow of 21.8 billion
    # yuan, from", or approximate: "cut his stake to about 4.3% from 4.8% a year earlier"
    return re.compile(rf"(?i)\bto\s+(?:an?\s+[a-z-]+\s+of\s+)?{_maybe_approximate()}"
                      r"\S*\d[\d.,]*\S*(?:\s+[a-z]+){0,2},?\s+\Z")


_DATE_ASIDE_REACH = 60   # the most characters of a description set off by commas after a date
_LEVEL_REACH = 80    # characters from "to" of a level moved to, over its number and unit, to the day it applies from
# characters before a day back to the words that tell it the day a change takes effect, over the goods a charge is
# imposed on ("imposed on most steel goods from")
_TAKES_EFFECT_REACH = 70
_DAY_TIE_REACH = 50  # characters from the comma of a comparison set off to the day of its number (", up from about"...)


# What stands between a base and the wider date its noun is of ("April-September period of FY25")
_OF_A_WIDER = re.compile(r"(?:\s+[a-z-]+)?\s+of\s+")


def _a_day_apart_from_the_base(base: DateMention, dates: list[DateMention], start: int, end: int) -> bool:
    """Does the clause after a base period (", when ...", from ``start`` to ``end``) name a day of its own outside
    that period?  The clause then tells when the figure was reported, not the time compared with: "revenue of $4.15
    billion for the third quarter, up 23% from a year earlier, when it released results on Oct. 30" is no base's
    clause, and "a year earlier" stays a base with no row."""
    # (a base counted back as a whole period, _SUM_PERIOD_PRECISIONS, which a day of its own may fall outside)
    if base.precision not in _SUM_PERIOD_PRECISIONS or base.first_day is None or base.last_day is None:
        return False
    return any(start <= d.start < end and d.precision == "day" and d.first_day is not None
               and not base.first_day <= d.first_day <= base.last_day for d in dates)


def _told_clause_end(form: str, start: int, end: int) -> int:
    """Where a clause that tells of a date (", when ...") ends: at its next break, unless a clause of its own time
    opens there, which tells on of the same time (", sending its shares up 9%"; figure_side_clauses.tsv opens=own)."""
    own = _own()
    while (closes := _BREAKS.search(form, start, end)) is not None and own.match(form, closes.start()):
        start = closes.end()
    return end if closes is None else closes.start()


def _told_in_the_past(form: str, start: int, end: int) -> bool:
    """Is the clause that tells of a base's time, opening at ``start`` and closing at ``end``, told in the past by its
    verb, the first word of tense.tsv after its opener, its subject however long before it?  A date still to come in
    it is then a forecast made at the base's time, which tells of that time: "more than double the estimate NASA gave
    in 2020, when the agency's own engineers said the tubes could be back by 2031" keeps 2020.  A verb whose past is
    its base form with no object after it is the participle of the noun before it, no verb of a clause ("the record
    set in August 2020"); a verb in -ed after its subject is one ("since the lockdown ended in 2020")."""
    base_pasts = words_of_kinds("base_past")
    words = [(word.group().lower(), word.end()) for word in _WORD.finditer(form, start, end)][1:]
    for word, ends in words:
        tense = _tense_of(word)
        if tense is None or word in base_pasts and len(_WORD.findall(form, ends, end)) <= 1:
            continue
        return tense in PAST_TENSES
    return False


_WORD = re.compile(r"[A-Za-z'\u2019-]+")


def _first(pattern: re.Pattern, text: str, start: int, end: int) -> int:
    """Where ``pattern`` first matches in text[start:end], else ``end``."""
    found = pattern.search(text, start, end)
    return end if found is None else found.start()


def _mark_the_start_s_qualifiers(form: str, date: DateMention, dates: list[DateMention], opens: int,
                                 rules: "_ComparisonRules", bases: dict) -> None:
    """A date inside the words of a stretch's start, qualifying the noun its date is tied to ("extending their gain
    since the company's December-quarter results on Feb. 26 to 11%"), is part of that start: no row either."""
    for d in dates:
        if opens <= d.start and d.end <= date.start and (d.start, d.end) not in bases \
                and rules.stretch_tie.fullmatch(form, d.end, date.start):
            bases[(d.start, d.end)] = (d.start, d.start)


def _measures_a_stretch(form: str, date: DateMention, dates: list[DateMention], figures, sentence_start: int,
                        rules: "_ComparisonRules") -> bool:
    """Is the date the start of the stretch a move is measured over ("are down about 18 percent since the start of
    the year", "lost roughly $30 billion in market value since the ruling last month": ``comparison_bases.tsv``
    role=stretch, right after a figure that moved in its clause), or that of a record told after a figure, without a
    figure of its own ("rose 6% to EUR4.12, their highest level since March")?  Then it dates nothing and is no row."""
    cue = rules.stretch_in.match(form, date.start)
    opens = date.start if cue is not None else None
    if opens is None:
        cue = rules.stretch.search(form, max(sentence_start, date.start - _STRETCH_CLAUSE_REACH), date.start)
        if cue is None:
            reach = max(sentence_start, date.start - _CUE_REACH)
            cue = next((found for word in _shapes_fitted(form, date.start, date.end).stretch_shaped
                        if (found := word.search(form, reach, date.start))), None)
        if cue is None:
            # "has gained 108% this year": the current year right after a move of a price is its stretch, as "so far
            # this year" is; the year of a sum ("GMV grew 12% this year") is its period
            # ("trimming their gain this year to 35%": the move named by a noun before the date, the level it
            # reached after it)
            noun = rules.bare_noun.search(form, max(sentence_start, date.start - _CUE_REACH), date.start) is not None
            if not date.future and _rival_stretch(form, date, figures, sentence_start, rules):
                return True
            # (a record's stretch runs up to now even where the deal it ranks is still to close: "has agreed to buy
            # ... for HK$6.8 billion, the biggest office purchase in Hong Kong this year")
            if _record_over_the_present(form, date, figures, sentence_start, rules):
                return True
            return not date.future and any(f.direction and f.market_kind in kinds
                                           and ((rules.bare_gap.fullmatch(form, f.end, date.start)
                                                 or noun and _reaches_its_level(form, rules.bare_reach, date.end,
                                                                                f.start, rules))
                                                and shape.fullmatch(form, date.start, date.end)
                                                or _told_in_the_present(form, f, date, sentence_start, rules))
                       for kinds, shape in rules.bare_stretch for f in figures)
        opens = cue.start()
        if any(opens <= d.start and d.end <= date.start and not rules.stretch_tie.fullmatch(form, d.end, date.start)
               for d in dates):
            return False    # the stretch is an earlier date's: "risen by more than 50% since September and would keep
            #                 rising through the first half of 2026"
        if rules.from_level.match(form, opens) and rules.span_end.match(form, date.end):
            return False    # "from its peak in late 2020 to its low in 2022": a span of the past, which dates the move
    if _gain_to_a_level(form, opens, date, figures, sentence_start, rules) \
            or _move_carried_on(form, opens, figures, sentence_start):
        return True
    reached = _reached_level().search(form, max(sentence_start, opens - _LED_RECORD_REACH), opens)
    if reached is not None and (reached.group("stated") is None and reached.group("bare") is None
                                or (not _ASIDE_AFTER.match(form, date.end) or _telling_after().match(form, date.end))
                                and (reached.group("bare") is None or len(form[opens:date.start].split()) <= 1)):
        # a superlative stated after "is the" is a record only when no aside after its date tells of that time ("was
        # the company's largest since the second quarter of 2018, at the height of the previous memory super cycle",
        # "The rise is the largest since 2019, when prices jumped" stay rows); a bare one only with its date right
        # after the stretch's word ("the steepest since records began in 1950" tells of a happening); a comma that
        # opens only who told it sets off no aside ("was the largest since 2018, the union said")
        return True
    if _with_record().search(form, max(sentence_start, opens - _LED_RECORD_REACH), opens) is not None \
            or _at_record().search(form, max(sentence_start, opens - _LED_RECORD_REACH), opens) is not None \
            or _period_record().search(form, max(sentence_start, opens - _LED_RECORD_REACH), opens) is not None \
            or _bare_record().search(form, max(sentence_start, opens - _RECORD_REACH), opens) is not None:
        return True
    record = _record_before(form, sentence_start, opens)
    # a superlative its owner's word leads measures the owner against its own past, figure or none ("fines
    # food-delivery platforms, its largest penalties since 2021"); "the worst flooding since 2019" may tell of a
    # happening, and so does a clause of its own told in the past before the date ("the fastest growth since the
    # unit was set up in 2009", as "since records began in 1950"), unless the owner's superlative follows a figure,
    # which it measures against the owner's past ("for $265 million, its largest deal since it went private in 2018")
    owned = record is not None and _owned_record().match(form, record.start()) is not None
    after_a_figure = bool(figures) and figures[0].start < date.start
    if record is not None and _told_in_the_past(form, opens, date.start) and not (owned and after_a_figure):
        record = None
    if record is not None and (after_a_figure or owned
                               or _value_before(form, record.start(), sentence_start, dates,
                                                written=not _a_first(form, record))):
        # (a whole number hyphened to a word is a modifier, no figure: "the first tail at a 10-year auction since
        # February", "its first 52-week high since March")
        return all(_MODIFIER_NUMBER.match(form, sign.start()) is not None
                   for sign in _FIGURE_SIGN.finditer(form, record.start(), date.start))
    if not figures or figures[0].start >= date.start:
        opens_a_move = cue is not None and (
            _opens_a_move_after(form, opens, date, figures, sentence_start, rules)
            or _opens_a_count_moved_after(form, opens, date, dates, figures, sentence_start, rules))
        return opens_a_move or _count_moved_before(form, opens, sentence_start, rules)
    moved = [f for f in figures if f.end <= opens and opens - f.end <= _STRETCH_REACH]
    if not moved:
        return _count_moved_before(form, opens, sentence_start, rules)
    move = moved[-1]
    # a percentage named as a move by the noun after it is one too: "trimming a 42% loss over the past 12 months"; and
    # a share's move told without its sign is a move all the same: "an average post-earnings swing of 8.1% over the
    # past eight quarters" is a statistic of now, not of those quarters
    named_move = (move.percent is not None and rules.moving_noun.match(form, move.end) is not None
                  or move.market_kind == "share_move")
    return ((bool(move.direction) or named_move)
            and rules.breaks.search(form, move.end, opens) is None
            and rules.counted.search(form, max(sentence_start, move.start - _CUE_REACH), move.start) is None
            # a day of the move's own between tells a first time, not what the move is measured against: "slid below
            # $95,000 on Friday for the first time since May"
            and not any(move.end <= d.start and d.end <= opens for d in dates))


def _record_over_the_present(form: str, date: DateMention, figures, sentence_start: int,
                             rules: "_ComparisonRules") -> bool:
    """Is the date a bare stretch up to now (role=bare_stretch's shapes) that a record set off after a figure is
    measured over ("for HK$2.1 billion, the largest home sale in the city this year")?  The year bounds the superlative
    as "since" does."""
    if not figures or figures[0].start >= date.start \
            or not any(shape.fullmatch(form, date.start, date.end) for _, shape in rules.bare_stretch):
        return False
    record = _record_before(form, sentence_start, date.start)
    return record is not None and figures[0].start < record.start()


def _rival_stretch(form: str, date: DateMention, figures, sentence_start: int, rules: "_ComparisonRules") -> bool:
    """Is the date the stretch over which a stock did better or worse than a rival, the move told after it by a
    participle ("The stock has lagged the S&P 500 this year, gaining 6% against the index's 14%": both moves are of
    the day told, and "this year" is no row; ``comparison_bases.tsv`` role=bare_rival)?"""
    if rules.bare_rival.search(form, max(sentence_start, date.start - _CUE_REACH), date.start) is None:
        return False
    move = rules.rival_move.match(form, date.end)
    return move is not None and any(f.start == move.end() and f.direction for f in figures) \
        and any(shape.fullmatch(form, date.start, date.end) for _, shape in rules.bare_stretch)


def _told_in_the_present(form: str, figure: MoneyMention, date: DateMention, sentence_start: int,
                         rules: "_ComparisonRules") -> bool:
    """Is the date a year right after the move's "in", the move told in the present ("the stock is up 7% in 2026")?
    Such a year runs up to now, as "this year" does (``comparison_bases.tsv`` role=bare_present)."""
    return (rules.bare_in.fullmatch(form, figure.end, date.start) is not None
            and rules.present_year.fullmatch(form, date.start, date.end) is not None
            and rules.bare_present.search(form, max(sentence_start, figure.start - _CUE_REACH),
                                          figure.start) is not None)


def _opens_a_move_after(form: str, opens: int, date: DateMention, figures, sentence_start: int,
                        rules: "_ComparisonRules") -> bool:
    """Does the stretch open its sentence, up to a comma or none, with a move in the clause right after it ("Since
    the start of 2025, the stock has lost about 14 per cent"; "Since its listing in May 2011 the stock has risen
    340%")?  It is that move's stretch, told first; a sum counted over it ("Since March, the group has written down
    A$150m") is no move."""
    if form[sentence_start:opens].strip():
        return False
    after = next((f for f in figures if f.start > date.end), None)
    aside = rules.date_aside.match(form, date.end)
    clause = aside.end() if aside is not None and (after is None or aside.end() <= after.start) else date.end + 1
    return (after is not None and bool(after.direction) and rules.breaks.search(form, clause, after.start) is None
            and rules.counted.search(form, date.end, after.start) is None)


def _opens_a_count_moved_after(form: str, opens: int, date: DateMention, dates: list[DateMention], figures,
                               sentence_start: int, rules: "_ComparisonRules") -> bool:
    """Does the stretch open its sentence, comma or none, before a clause whose verb of change moves a value that is
    no figure by a percentage ("Since 2019 the cost of a season ticket has risen by about 40%")?  It is that move's
    stretch, told first, as it is told after the move ("has risen by about 40% since 2019"); a figure's percentage
    ("Since March, the group has written down 15% of its loans") is the figure's to date, and one a date of its own
    comes before ("Since 2019 the club, whose sales rose 40% in 2018, ...") is another time's; one after a sum counted
    over the stretch is what that sum led to ("Since January they have bought HK$118 billion of the stock, lifting
    their holding to roughly 31%": the stretch is the sum's)."""
    if form[sentence_start:opens].strip():
        return False
    # (a move told after a comma is still the clause's: the sentence's end, a semicolon or a comma that joins a
    # second clause closes it: "Since 2019 the union has grown, and its members voted 80% in favour")
    clause_end = m.start() if (m := _joined_clause_close().search(form, date.end)) is not None else len(form)
    percent = _percent_after().search(form, date.end, clause_end)
    if percent is None or any(f.start <= percent.start() < f.end or date.end <= f.start < percent.start()
                              for f in figures) \
            or any(date.end <= d.start and d.end <= percent.end() for d in dates):
        return False
    return (money_lexicon().changed_by.search(form, date.end, percent.start()) is not None
            or rules.moving.search(form, date.end, percent.start()) is not None)


@functools.cache
def _joined_clause_close() -> re.Pattern:
    # the sentence's end, a semicolon, or a comma and a joining word (opens=coordinate) before a subject of its own: a
    # pronoun, an owner's or a determiner's noun, a name or a count ("..., and its members voted 80%"); with none the
    # words go on with the clause ("has risen sharply, and by as much as 40% at some clubs")
    return re.compile(rf"{_SENTENCE_CLOSE.pattern}|,\s+(?i:{_words('coordinate')})\s+"
                      rf"(?:(?i:{_words('subject')}|{_words('owner_subject')}|{_words('determiner_subject')})\s+\w"
                      rf"|[A-Z][\w.&'-]*\s|\d)")


@functools.cache
def _percent_after() -> re.Pattern:
    # a percentage as _percent_before reads one, found anywhere after the stretch rather than right before it
    return re.compile(_percentage(), re.I)


def _gain_to_a_level(form: str, opens: int, date: DateMention, figures, sentence_start: int,
                     rules: "_ComparisonRules") -> bool:
    """Is the stretch that of a move named right before it, whose level a figure right after the date tells ("extending
    their gain since the merger was approved in late June to 14%", "taking its gain since the start of September to
    11%"; comparison_bases.tsv role=span_end)?  The figure is the move's level now, not of the stretch's start."""
    if not any(f.start > date.end and _reaches_its_level(form, rules.span_end, date.end, f.start, rules)
               for f in figures):
        return False
    # the move may be named in the plural: "extending losses since its food-delivery push in February to 19%"
    move = last_match(_moving_or_plural(), form, max(sentence_start, opens - _CUE_REACH), opens)
    return move is not None and form[move.end():opens].isspace()


def _move_carried_on(form: str, opens: int, figures, sentence_start: int) -> bool:
    """Is the stretch that of a move named right before it, which a figure that moved carries on after a comma
    (money/continuations.tsv: "fell 3%, adding to its losses since its quarterly report on Wednesday evening")?  The
    named move runs up to now, so its stretch's start dates neither it nor the figure, with no level told after it."""
    move = last_match(_moving_or_plural(), form, max(sentence_start, opens - _CUE_REACH), opens)
    if move is None or not form[move.end():opens].isspace():
        return False
    carries_on = money_lexicon().continuation
    return any(f.direction and f.end <= move.start() and carries_on.match(form, f.end, move.start()) is not None
               for f in figures)


def _reaches_its_level(form: str, reach: re.Pattern, end: int, figure_start: int, rules: "_ComparisonRules") -> bool:
    """Does only the word a move reaches its level with ("to") stand between ``end`` and the figure, or that word and an
    approximation of the figure?  "extending their gain over the past 12 months to about 70%" reaches its level as
    "... to 70%" does (the approximation is the figure's own, docs/contract.md)."""
    gap = reach.match(form, end)
    if gap is None or gap.end() > figure_start:
        return False
    between = form[gap.end():figure_start]
    approximation_start = gap.end() + len(between) - len(between.lstrip())
    return (not between or between.isspace()
            or rules.approximate.fullmatch(form, approximation_start, figure_start) is not None)


@functools.cache
def _moving_or_plural() -> re.Pattern:
    return re.compile(rf"(?i)\b{word_trie(money_lexicon().moves)}(?:e?s)?(?!\w)")


def _count_moved_before(form: str, opens: int, sentence_start: int, rules: "_ComparisonRules") -> bool:
    """Does a percentage that moved and is no figure (a count, docs/contract.md) stand right before the stretch
    ("Its outstanding share count has fallen by about 5% since the end of 2024", "have cut its fares by 12% since
    March")?  The stretch is that move's all the
    same: its start dates nothing and makes no row."""
    reach = max(sentence_start, opens - _STRETCH_REACH)
    if money_lexicon().part_moved_before.search(form, reach, opens) is not None:
        return True     # a value of no figure moved by a part or a multiple: "margins had fallen by about a third
        #                 since 2021", "has seen revenue more than double since 2016"
    if money_lexicon().multiple_object_before.search(form, reach, opens) is not None:
        return True     # a multiple of no figure, its object between: "a rally that has tripled some of their share
        #                 prices since the spring" (docs/contract.md: no row)
    percent = _percent_before().search(form, reach, opens)
    if percent is None:
        return False
    if money_lexicon().changed_by.search(form, sentence_start, percent.start()) is not None:
        # a percentage a verb of change moved its object by, however long the object: "price cuts that have lowered
        # the cost of access to its models by as much as 97% since May 2024"
        return True
    clause = max(form.rfind(",", reach, percent.start()), form.rfind(";", reach, percent.start()), reach)
    # (an approximation right before the percentage is no move, though a word of it may be one: "have offered
    # discounts of up to 40% since mid-September" tells of a happening since then)
    bound = approximation_before().search(form, clause, percent.start())
    return rules.moving.search(form, clause, bound.start() if bound else percent.start()) is not None


@functools.cache
def approximation_before() -> re.Pattern:
    """An approximation ("more than", "about") right before the end of the text searched: a bound that opens a sum or a
    percentage, no move (also read by extract.py for the sums no row keeps)."""
    return re.compile(rf"(?i)(?<![\w-])(?:{word_trie(money_lexicon().approx)})\s+\Z")


@functools.cache
def _percent_before() -> re.Pattern:
    # a percentage told as a bound, with "or" and one word after it, still stands right before the stretch it moved
    # over ("premium rises of 30% or more since 2022"); its sign may be written out (comparison_bases.tsv
    # role=percent_words, as the bases' numbers read it)
    return re.compile(rf"{_percentage()}(?:\s+or\s+\w+)?\s+\Z", re.I)


def _percentage() -> str:
    """A percentage, its sign written as "%" or out (comparison_bases.tsv role=percent_words)."""
    written = escaped_alternation(_base_words("percent_words"))
    return rf"(?<![\w.,])\d[\d,]*\.?\d*\s*(?:%|(?:{written})\b)"


def _value_before(form: str, at: int, sentence_start: int, dates: list[DateMention], written: bool) -> bool:
    """Does a plain number that is no date stand in the clause right before ``at`` ("set the midpoint at 7.0912 per
    dollar, its strongest fixing since October 2024", "jumped to 27.3 on Monday, its highest level since last April",
    "the unemployment rate rose to 5.1% in the three months to November, the highest since early 2021": the record is
    of that value, whatever words follow it in its clause)?"""
    reach = max(sentence_start, at - _VALUE_REACH)
    comma = _clause_comma_before(form, reach, at, dates)
    if comma >= 0 and _attribution_between(form, comma, at, dates):
        # "Nearly 40% of the crop was rated poor, the department said Monday, the worst reading since 2012": who told
        # it, set off by commas, parts the record from no value; the clause before it is read
        comma = _clause_comma_before(form, reach, comma, dates)
    opens = max(comma, form.rfind(";", reach, at), reach)
    # (a whole number hyphened to a word is a modifier, no value: "A 6-year-old girl ... died on Tuesday, the first
    # measles death in the state since 1992")
    # with ``written``, a count written out in words is a number all the same ("trail by six points in most polls, the
    # widest gap since 2022"), but not one that counts the time of a date ("three months ago"); a first after one
    # tells of a happening ("for three weekends ..., the first full closures since the span reopened")
    return any(not any(d.start <= value.start() < d.end for d in dates)
               and _MODIFIER_NUMBER.match(form, value.start()) is None
               for pattern in ((_VALUE, _written_count()) if written else (_VALUE,))
               for value in pattern.finditer(form, opens, at))


@functools.cache
def _written_count() -> re.Pattern:
    # a count of two or more before the noun it counts
    return re.compile(rf"(?i)(?<![\w-])(?:{_count_words()})(?=\s+[a-z])")


@functools.cache
def _count_words() -> str:
    """The number words of two or more (numbers.tsv), longest first, as one alternation whose spaces take any
    run of them ("a dozen"); "one" is too often a pronoun ("one of") to count."""
    return escaped_alternation(w for w, value in sorted(date_number_words().items(), key=lambda item: -len(item[0]))
                               if value >= 2)


def _clause_comma_before(form: str, reach: int, at: int, dates: list[DateMention]) -> int:
    """The last ", " from ``reach`` to ``at`` outside a date (-1 if none): a date's own comma closes no clause ("to
    0.25% on Aug. 4, 2016,")."""
    comma = form.rfind(", ", reach, at)
    while comma >= 0 and any(d.start <= comma < d.end for d in dates):
        comma = form.rfind(", ", reach, comma)
    return comma


def _attribution_between(form: str, comma: int, at: int, dates: list[DateMention]) -> bool:
    """Is the text from ``comma`` to ``at`` only a clause of who told, maybe with the day of telling ("..., the U.S.
    Department of Agriculture said Monday")?"""
    told = _attribution_pattern().match(form, comma, at)
    if told is None:
        return False
    rest = form[told.end():at].strip()
    return not rest or any(told.end() <= d.start and form[d.end:at].strip() == "" for d in dates)


@functools.cache
def _attribution_pattern() -> re.Pattern:
    return re.compile(rf"(?i){_subject_and_verb('said_then', _TELLER_WORDS)}\b(?:\s+(?:{_words('said_on')})\b)?")


# How many words may name who told a record's value or the day of a sentence: a teller named in full ("the U.S.
# Department of Agriculture said") or the unnamed sources of a wire ("three sources with direct knowledge of the matter
# said").
_TELLER_WORDS = 8


_VALUE = re.compile(r"(?<![\w.,])\d[\d,]*\.?\d*")
_VALUE_REACH = 120  # characters: the clause before a record that is read for its value
# What closes a span told from a level right after its date: then the span is of the past, not up to now.
# How far (characters) the words of a stretch ("since the ruling") and the move before them are read, and from a move
# to one more of it told over another stretch ("up 2.1% week on week and about 23% year to date").
_STRETCH_REACH = 40


def _prices_a_premium(form: str, date: DateMention, sentence_start: int, ending: dict[int, int],
                      rules: "_ComparisonRules") -> int | None:
    """Where the base opens when the date is that of the price a premium or a discount is told against ("a premium
    of 38% to Friday's closing price", "a 25% premium over the stock's last close on Friday"), else None.  Such a
    date is a base that holds none of the figures but the price's own: the premium and the offer are the deal's,
    not the day of the price they are measured on; in "a premium of 46 per cent to Halden's closing price of 329p
    on 7 January" the 329p is 7 January's, and the base opens at it."""
    opens = date.start
    if rules.reference_after.match(form, date.end) is None:
        named = rules.reference_before.search(form, max(sentence_start, date.start - _REFERENCE_REACH), date.start)
        if named is None:
            return None
        if named.group("price") is not None:
            # the price told between its name and its date must be a figure: "closing price of 329p on 7 January"
            if ending.get(named.end("price")) != named.start("price"):
                return None
            opens = named.start("price")
    if rules.premium.search(form, max(sentence_start, date.start - _PREMIUM_REACH), date.start) is None:
        return None
    return opens


# How far before a date (characters) the words of a reference price ("the stock's last close on") and the
# premium or discount told against it are read.
_REFERENCE_REACH, _PREMIUM_REACH = 50, 90


def _shaped_opening(form: str, date: DateMention, sentence_start: int,
                    rules: "_ComparisonRules") -> tuple[int, bool] | None:
    """Where a comparison opens whose cue counts only before a date of comparison shape (a ``date``
    of ``comparison_bases.tsv``): "up 5% on the previous year", not "rose 5% on Monday"."""
    # the words of a same period the tagger reads apart from its year may stand between ("up 25% on the same week
    # a year ago")
    gap = rules.between.search(form, max(sentence_start, date.start - _BETWEEN_REACH), date.start).start()

    def right_before(words: re.Pattern, at: int) -> re.Match | None:
        return words.search(form, max(sentence_start, at - _CUE_REACH), at)

    for cue, _, needs_move in _shapes_fitted(form, date.start, date.end).shaped:
        found = right_before(cue, date.start) or right_before(cue, gap)
        # the cue's own last word may be a word of the gap too: "ahead of the same point last year" ("of")
        for word in (_WORD_AFTER_SPACE.finditer(form, gap, date.start) if found is None else ()):
            found = right_before(cue, word.start())
            if found is not None:
                break
        if found is None:
            # a word that stands for the figure compared may stand between, with no sum of its own: "swung to an
            # outflow ... from an inflow a year earlier" compares, as "from $2 billion a year earlier" does
            stand_in = right_before(rules.stand_in, date.start)
            if stand_in is not None:
                found = right_before(cue, stand_in.start())
        if found is not None:
            return found.start(), needs_move
    return None


class _Fitted:
    """The rows of comparison_bases.tsv whose date shape a date's text fits, in the table's order: ``shaped`` holds
    (cue, shape, needs_move) as ``_ComparisonRules.shaped`` does, ``stretch_shaped`` the word of each stretch row."""
    __slots__ = ("shaped", "stretch_shaped")

    def __init__(self, form: str, start: int, end: int, rules: "_ComparisonRules"):
        self.shaped = tuple(row for row in rules.shaped if row[1].fullmatch(form, start, end))
        self.stretch_shaped = tuple(word for word, shape in rules.stretch_shaped if shape.fullmatch(form, start, end))


def _shapes_fitted(form: str, start: int, end: int) -> _Fitted:
    """Which shapes the date form[start:end] fits.  Each date is asked for each figure it may be the base of, and
    the same few dates ("last year", "a year earlier") recur: the answer is read once per text of a date.  A shape
    reads nothing outside the date (no look-behind, word boundary or anchor: ``_reads_its_own_text``), so the text
    alone decides; where a row's shape might not, every date is read afresh."""
    if not _shapes_read_their_own_text():
        return _Fitted(form, start, end, _comparison_rules())
    return _fitted_text(form[start:end])


@functools.cache
def _shapes_read_their_own_text() -> bool:
    rules = _comparison_rules()
    return all(_reads_its_own_text(shape.pattern) for _, shape, _ in rules.shaped) \
        and all(_reads_its_own_text(shape.pattern) for _, shape in rules.stretch_shaped)


@functools.lru_cache(maxsize=1 << 12)
def _fitted_text(text: str) -> _Fitted:
    return _Fitted(text, 0, len(text), _comparison_rules())


# What lets a regex read characters outside the stretch it is matched in: a look-behind, a word boundary, an anchor.
_OUTSIDE_READERS = (r"(?<=", r"(?<!", r"\b", r"\B", "^", r"\A")


def _reads_its_own_text(pattern: str) -> bool:
    """Does a match of ``pattern`` over form[start:end] depend on those characters alone?  (Conservative: a caret in a
    character class or an escaped one counts as an anchor too.)"""
    return not any(reader in pattern for reader in _OUTSIDE_READERS)


# A number with a fraction is a measure (a ratio, an index), no count of things: "down from 0.61 in 2024" is a base.
_A_FRACTION = re.compile(r"\d\.\d")
_WORD_AFTER_SPACE = re.compile(r"(?<=\s)\w")


@functools.cache
def _currency_first_words() -> frozenset[str]:
    """The first words of the currencies written after a number (money/currencies.tsv: "yuan", "dollars", "us")."""
    return frozenset(key.split()[0] for key in money_lexicon().after)


def _a_currency_word(noun: str) -> bool:
    """Is the noun after a number a currency's word ("4,800 yuan"), which makes the number a sum, not a count?"""
    return noun.split()[0].lower() in _currency_first_words()


def _bare_count_before(form: str, opens: int, date_start: int, rules: "_ComparisonRules") -> bool:
    """Does a count with no noun and no unit stand right before the words between it and the date ("against five in
    the same quarter a year ago")?  One that names what it counts tells when that level stood ("against nine months
    in 2023")."""
    gap = rules.between.search(form, opens, date_start).start()
    number = rules.number.search(form, opens, gap)
    return number is not None and not any(number[group]
                                          for group in ("symbol", "magnitude", "percent", "noun", "worded"))


def _a_measure(number: re.Match, rules: "_ComparisonRules") -> bool:
    """Is the plain number one with a fraction, a measure, and not a day's name such as a shopping festival's ("the
    9.9 sale": comparison_bases.tsv role=day_named)?"""
    return bool(_A_FRACTION.search(number[0])) and not (number["noun"] and rules.day_named.match(number["noun"]))


def _compares_happenings(form: str, opens: int, date: DateMention, sentence_start: int, sentence_end: int,
                         rules: "_ComparisonRules") -> bool:
    """Does the comparison opening at ``opens`` set happenings or states against a time that names its year, in a
    sentence with no percentage (comparison_bases.tsv role=happenings: "has shipped more in the past four months than
    in the whole of 2024")?  A time counted back ("than a year ago") names none and stays a base."""
    return rules.happenings.match(form, opens) is not None and _NAMED_YEAR.search(date.text) is not None \
        and rules.percentage.search(form, sentence_start, sentence_end) is None


def _compares_a_whole_period(form: str, date: DateMention, sentence_start: int, sentence_end: int,
                             rules: "_ComparisonRules") -> bool:
    """Is the date a whole period told after "than" (comparison_bases.tsv role=whole_period: "shipped 2.1 million units
    in the first half, more than in the whole of 2024"), in a sentence with no percentage?  The part set against it is
    the news; the whole period is when that total was reached, not a level a figure moved from.  A date counted back
    ("than in the whole of last year") stays a base, as it does with no "whole"."""
    cue = rules.whole_period.search(form, max(sentence_start, date.start - _CUE_REACH), date.start)
    return (cue is not None
            and (cue.group("whole") is not None or rules.whole_period_words.match(form, date.start) is not None)
            and rules.counted_back.match(form, date.start) is None
            and rules.percentage.search(form, sentence_start, sentence_end) is None)


def _names_a_level_reached(form: str, date: DateMention, sentence_start: int, sentence_end: int,
                           rules: "_ComparisonRules") -> bool:
    """Does the date name a level right after it (comparison_bases.tsv role=level_named: "have eased from their
    January peak") in a sentence with no percentage?  With no figure moved from that level, the date tells when it was
    reached, as a record set beside a level is its time; a figure moved from it keeps the date a base."""
    return rules.level_named.match(form, date.end) is not None \
        and rules.percentage.search(form, sentence_start, sentence_end) is None


# A year in digits in a date's own words ("2024", "the fourth quarter of 2025").
_NAMED_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _a_sum(form: str, start: int, end: int) -> bool:
    """Is the figure at form[start:end] a sum told by its number, not a multiple or a move told in words ("double")?"""
    return any(char.isdigit() for char in form[start:end])


def _a_figure_before(ending: dict[int, int], sentence_start: int, at: int) -> bool:
    """Does a figure of the sentence end before ``at``, one a sum told after it could be set against?"""
    return any(sentence_start <= start and end <= at for end, start in ending.items())


def _comparison_opening(form: str, date_start: int, sentence_start: int, ending: dict[int, int],
                        cue: re.Pattern, cue_named: re.Pattern, rules: "_ComparisonRules",
                        date_end: int = -1) -> int | None:
    """Where the comparison that ``date_start`` closes opens: its cue stands right before the date,
    or before the figure or the plain number right before it ("up from 453 a year earlier"), or before
    the words that name that figure ("compared with an inflow of RMB13.7 billion in the same quarter
    last year", ``cue_named``)."""
    gap = rules.between.search(form, max(sentence_start, date_start - _BETWEEN_REACH), date_start).start()
    clause = rules.clause.search(form, max(sentence_start, gap - _CUE_REACH), gap)
    if clause is None and gap < date_start:
        # the words of a level's date may be the clause's own verb: "from the record $12,931 it reached in December"
        clause = rules.clause.search(form, max(sentence_start, date_start - _CUE_REACH), date_start)
    if clause is not None:
        gap = clause.start()
    found = cue.search(form, max(sentence_start, gap - _CUE_REACH), gap)
    if found is None:
        figure_end = gap
        while figure_end > sentence_start and form[figure_end - 1].isspace():
            figure_end -= 1
        figure_start = ending.get(figure_end)
        if figure_start is None:
            number = rules.number.search(form, max(sentence_start, gap - _CUE_REACH), gap)
            counted = number is not None and bool(number["noun"] or number["worded"])
            measure = number is not None and _a_measure(number, rules)
            bare_count = not (number is None or number["symbol"] or number["percent"] or counted or measure)
            if number is not None and (number["magnitude"] or bare_count or number["worded"]
                                       or number["noun"] and not (number["symbol"] or measure
                                                                  or _a_currency_word(number["noun"]))) \
                    and not rules.counted_back.match(form, date_start):
                # a count, told with its magnitude, bare, in words or with the noun it counts, is a base only before a
                # date counted back from its figure's own time: "up from about 31 million in November", "down from
                # 38,000 in the early 1990s", "take up to 24 months, against nine months in 2023" and "down from 77,000
                # tonnes this year" tell when that level stood (comparison_bases.tsv role=counted_back); a number with
                # a fraction is a measure, whose date is its base ("up from 1.6 days at mid-April"), and a sum in a
                # currency's word a level its date is the base of ("rents for 6,500 yuan, up from 4,800 yuan in 2022")
                number = None
            # (before a date counted back, an approximation may stand before any number, its cue before it: "down
            # from roughly 1 million a month ago"; "up from about 800,000 at the end of last month" tells when that
            # level stood)
            approx = (rules.approximate.search(form, max(sentence_start, number.start() - _CUE_REACH), number.start())
                      if number is not None and (counted or rules.counted_back.match(form, date_start))
                      else None)
            if number is not None and counted and (approx and not cue.search(
                    form, max(sentence_start, approx.start() - _CUE_REACH), approx.start())
                    or rules.reached.search(form, number.end(), date_start)):
                # an approximate count is what the date tells of, not a base: "delivered more than 30,000 vehicles
                # last month", unless a cue opens it ("up from fewer than 10 million a year earlier"); a level told
                # with when it was set is of that day: "beating the record of 80,150 megawatts set on July 27, 2023"
                number = None
            if number is None:
                number = rules.stand_in.search(form, max(sentence_start, gap - _CUE_REACH), gap)
                if number is not None:
                    # the figure the word stands for may come right before it: "narrower than the £394m loss a
                    # year earlier"
                    figure_end = number.start()
                    while figure_end > sentence_start and form[figure_end - 1].isspace():
                        figure_end -= 1
                    figure_start = ending.get(figure_end)
            if figure_start is None and number is None:
                # (also with no clause of its own: "up 85% from their $92.70 opening trade in 2014")
                figure_start = _named_figure(form, gap, sentence_start, ending, rules)
            if figure_start is None:
                figure_start = (approx.start() if approx else number.start()) if number else None
        if figure_start is not None:
            # an article may stand between the cue and its figure: "compared with the $1.5 million a year earlier"
            lead = rules.between.search(form, max(sentence_start, figure_start - _BETWEEN_REACH), figure_start).start()
            found = cue.search(form, max(sentence_start, lead - _CUE_REACH), lead)
            figure_end = next((end for end, start in ending.items() if start == figure_start), None)
            if found is not None and lead == figure_start and figure_end is not None:
                approx = rules.approximate.search(form, max(sentence_start, figure_start - _CUE_REACH), figure_start)
                if (approx is not None and approx.start() <= found.start()
                        and rules.moving.search(form, max(sentence_start, approx.start() - _CUE_REACH), figure_end)):
                    # a cue that is part of an approximation of a move compares nothing: "revenue more than doubled in
                    # 2025 to roughly 92 billion yuan" is 2025's rise and level
                    return _multiple_opening(form, date_start, date_end, sentence_start, rules)
                if (approx is not None and approx.start() <= found.start() and date_end > date_start
                        and ((not _shapes_fitted(form, date_start, date_end).shaped
                              and rules.any_cue.search(form[max(sentence_start, form.rfind(",", 0, approx.start()) + 1):
                                                            approx.start()].lower()) is None)
                             or (_a_sum(form, figure_start, figure_end)
                                 and not _a_figure_before(ending, sentence_start, approx.start())
                                 and cue.search(form, max(sentence_start, approx.start() - _CUE_REACH),
                                                approx.start()) is None))):
                    # nor does one that only sizes a sum before a date of no comparison shape: "led a round of more
                    # than $400 million in June 2024" is June's; "more than $1.5 million a year earlier" compares, and
                    # so does a cue before it in its clause: "from more than $40 billion at its peak in March 2022"),
                    # and a sum its sentence sets against no figure told before it is sized, not compared, whatever the
                    # date's shape: "fewer than 100 players earned more than $100,000 in prizes last year")
                    return None
            if found is None:
                # ... and a word that tells of it after the article: "from the record $12,931 it reached in December"
                word = rules.lead_word.search(form, max(sentence_start, figure_start - _BETWEEN_REACH), figure_start)
                if word is not None:
                    found = cue.search(form, max(sentence_start, word.start() - _CUE_REACH), word.start())
            if found is None:
                found = cue_named.search(form, max(sentence_start, figure_start - _NAMED_REACH), figure_start)
    if found is None and clause is not None:
        # a multiple of what a clause tells: "roughly three times what it spent two years earlier"
        found = rules.multiple_owned.search(form, max(sentence_start, gap - _CUE_REACH), gap)
        if found is not None:
            return found.end()
    if found is None:
        return _multiple_opening(form, date_start, date_end, sentence_start, rules)
    return found.start()


def _multiple_opening(form: str, date_start: int, date_end: int, sentence_start: int,
                      rules: "_ComparisonRules") -> int | None:
    """Where the value a multiple is of opens, when the date is that value's ("roughly double its valuation at the end
    of 2024", "about 6 times its revenue for the fiscal year ending March 2027", "roughly 9 times next year's
    earnings"): the multiple and the figure it is told beside are not of the date, which may be still to come."""
    multiple = rules.multiple_named.search(form, max(sentence_start, date_start - _NAMED_REACH), date_start)
    if multiple is None and date_end >= 0 and _OWNS.match(form, date_end):
        multiple = rules.multiple_owned.search(form, max(sentence_start, date_start - _CUE_REACH), date_start)
    if multiple is None and date_end >= 0 and _names_a_measure_after().match(form, date_end):
        # ... or a date that names the measure after it, maybe after an owner: "trades at 15 times our fiscal 2027
        # earnings estimate"
        multiple = rules.multiple_measured.search(form, max(sentence_start, date_start - _CUE_REACH), date_start)
    return None if multiple is None else multiple.end()


def _share_opening(form: str, date: DateMention, sentence_start: int, rules: "_ComparisonRules") -> int | None:
    """Where the value a percentage is a share of opens, when the date owns that value ("fined up to 50 million yuan
    or 5% of their previous year's revenue"): the date is the value's, and even in a sentence of what may come it
    tells of no time of its own, so it makes no row (a multiple of a value still to come does).  A date that names the
    measure after it is the value's too ("equal to about 4.1% of Nordhaven's 2018 turnover")."""
    measure = _names_a_measure_after().match(form, date.end)
    if not (_OWNS.match(form, date.end) or measure):
        return _share_of_a_measure_for(form, date, sentence_start, rules)
    share = rules.share_owned.search(form, max(sentence_start, date.start - _CUE_REACH), date.start)
    return None if share is None else share.end()


def _share_of_a_measure_for(form: str, date: DateMention, sentence_start: int,
                            rules: "_ComparisonRules") -> int | None:
    """The same value named before its date, which "for" ties to it ("equal to 4% of its domestic revenue for 2019"):
    the year is the revenue's, not the fine's, and makes no row.  (After "in" the date may be the share's own period,
    "38 percent of its DRAM revenue in the third quarter", and stays a row.)"""
    lo = max(sentence_start, date.start - _CUE_REACH)
    # (the pattern ends in "for (the) " right before the date: most dates have no such words, and a search of the
    # pattern's every start before them costs much more than looking at the words that end the stretch)
    if not _ends_in_for(form, lo, date.start):
        return None
    before = _measure_named_before().search(form, lo, date.start)
    if before is None:
        return None
    share = rules.share_owned.search(form, max(sentence_start, before.start() - _CUE_REACH), before.start())
    return None if share is None else share.end()


def _ends_in_for(form: str, start: int, end: int) -> bool:
    """Does form[start:end] end in white space after a word of role=measure_tie or role=measure_tie_article ("for",
    "the"; any case), as every match of :func:`_measure_named_before` does?  (str.isspace is the regex's \\s.)"""
    stretch = form[start:end]
    return stretch[-1:].isspace() and stretch.rstrip().lower().endswith(_measure_tie_ends())


@functools.cache
def _base_words(role: str) -> tuple[str, ...]:
    """The words of comparison_bases.tsv's rows of one role."""
    return tuple(w.strip() for row in load_table("comparison_bases.tsv") if row["role"] == role
                 for w in row["words"].split("|"))


@functools.cache
def _measure_tie_ends() -> tuple[str, ...]:
    return tuple(w.lower() for role in ("measure_tie", "measure_tie_article") for w in _base_words(role))


@functools.cache
def _measure_named_before() -> re.Pattern:
    # one word may tell which part of the measure ("domestic", "annual"), as after a date
    return re.compile(rf"(?i)(?<![\w-])(?:[a-z-]+\s+)?(?:{_measures()})\s+"
                      rf"(?:{word_trie(_base_words('measure_tie'))})\s+"
                      rf"(?:(?:{word_trie(_base_words('measure_tie_article'))})\s+)?\Z")


@functools.cache
def _names_a_measure_after() -> re.Pattern:
    # a word may tell which part of the measure: "equal to 4% of its 2019 domestic sales"; a plain noun may stand
    # for the figure's own measure: "nearly four times the 2024 figure"
    return re.compile(rf"(?i)\s+(?:(?:[a-z-]+\s+)?(?:{_measures()})|(?:{word_trie(_base_words('measure_named'))}))\b")


def _named_figure(form: str, gap: int, sentence_start: int, ending: dict[int, int],
                  rules: "_ComparisonRules") -> int | None:
    """Where the figure starts that a word or two after it name, before the subject of a clause that tells its date
    ("up from the 380 billion yuan plan it announced in February last year": the plan's figure is of that date)."""
    named = rules.naming_after.search(form, max(sentence_start, gap - _CUE_REACH), gap)
    if named is None:
        return None
    # the longest run of naming words is tried first, then a shorter one
    for word in re.finditer(r"\s+\S", form[named.start():gap]):
        figure_start = ending.get(named.start() + word.start())
        if figure_start is not None:
            return figure_start
    return None


# How many words after a figure may name it before the subject of the clause that dates it ("plan", "budget target").
_NAMED_AFTER_WORDS = 2
# How far back the words of a comparison are read (characters): a few words each; a cue and the words
# that name its figure ("compared with a net loss of") a little farther.
_BETWEEN_REACH, _CUE_REACH, _NAMED_REACH = 40, 30, 50
# How many lower-case words may stand between a cue and the word that closes the name of its figure.
_NAMING_WORDS = 3
# ... and between a multiple and the word that ties its value to a date: a value is often named with who expects it
# ("15 times the earnings analysts expect for the fiscal year to March 2027").
_MULTIPLE_NAMING_WORDS = 4
# How many lower-case words may stand between a comparison's date and a figure of the same noun phrase.
_TRAILING_WORDS = 3
# How many words may follow the subject of a comparison's own clause before its date ("more than it
# repurchased in the whole of 2023").
_CLAUSE_WORDS = 6


# A figure of a side clause's own: a digit or a currency sign before the date that ends the search.
_FIGURE_BEFORE_DATE = rf"[^,;]*?[0-9{re.escape(SYMBOLS)}]"


def _one_list_between(form: str, start: int, end: int) -> bool:
    """Do only the items of one list, if any, stand between ``start`` and ``end`` (no comma but a list's)?"""
    return _one_list().fullmatch(form, start, end) is not None


@functools.cache
def _one_list() -> re.Pattern:
    """What may stand between a figure and a date of its own clause when commas part only the items of one list ("on
    discounts, free shipping and local warehouses in Brazil ahead of"): no comma, or commas before a last item's word
    of ``figure_side_clauses.tsv`` opens=list_join ("and", "or")."""
    return re.compile(rf"[^,;]*(?:(?:,\s+[^,;]*)+,?\s(?:{_words('list_join')})\s[^,;]*)?")


def _stands_as_of(form: str, figure: MoneyMention, d: DateMention) -> bool:
    """Is ``d`` the day ``figure`` stood at, told after the comma that closes a side clause set off after the figure
    (opens=stands_as_of: "had US$19.1 billion remaining under its buyback, which runs through March 2027, as of 30
    September 2025")?"""
    return _words_between("stands_as_of", r",\s+", r"\s+\Z").search(form, figure.end, d.start) is not None


@functools.cache
def _side_clause() -> re.Pattern:
    """A comma and a word that opens a clause whose dates are not those of a figure before it, or words that
    open such a clause without a comma ("to a merchant that had been delisted in 2023")."""
    openers: dict[str, list[str]] = {"after": [], "within": []}
    for row in _side_clauses():
        opens = ("after" if row["opens"] in ("record", "measure", "near_record", "equal", "compared_own")
                 else row["opens"])
        if opens not in openers:
            continue
        words = _row_words(row)
        if row["opens"] == "measure":
            # the clause's own subject, a few words on, is another measure of money, and no figure follows it
            openers["after"].append(rf"(?:{words})\s+{_a_few_words_then_a_measure()}"
                                    rf"(?![^,;]*{_FIGURE_SIGN.pattern})")
            continue
        if row["opens"] in ("record", "equal"):
            # a record's clause ends at its comma; the day told after it is still the figure's: "worth about $400
            # million, the largest of its kind in the league, the team said on Monday" (and an equal's: ", equivalent
            # to $5.6 billion, in the three months through September")
            words = rf"(?:{words})(?=[^,;]*\Z)"
            if row["opens"] == "equal":
                # ... nor one left open, a sum told again tied right on to the date: ", equivalent to $5.6 billion in
                # the three months through September" (a share, "equal to 4% of its 1988 revenue", keeps its year)
                words += rf"(?!\s+{_SUM_AHEAD}\S*(?<!%){_tie(_TIE_WORDS).pattern.removeprefix('(?i)')}\Z)"
        openers[opens].append(
            rf"(?:{words})\b" + _not_before(row)
            # the search ends at the date: the figure stands between the word and it
            + (rf"(?={_FIGURE_BEFORE_DATE})" if row["needs_figure"] == "yes" else ""))
    # a participle after the figure's "for" or "of" phrase tells of that phrase's thing, not of the figure: "set aside
    # $95 million for a separate recall of 62,000 pickups announced in August" (opens=participle)
    openers["within"].append(rf"(?:{_words('participle_of')})\s(?:[^,;]|,(?=\d))*?\s(?:{_words('participle')})\b")
    # a word of degree may stand before the opener: "about HK$27.6 billion, well above the $2.1 billion valuation it
    # fetched in June 2024" (opens=degree)
    return re.compile(rf"(?i),\s+(?:(?:{_words('degree')})\s+)?(?:{'|'.join(openers['after'])})"
                      rf"|\s(?:{'|'.join(openers['within'])})")


@functools.cache
def _alone_side_clause() -> re.Pattern:
    """Words that open a clause of its own after a stock phrase without a figure, no comma needed (a headline:
    "shares slip as games growth cools in third quarter"; figure_side_clauses.tsv opens=alone)."""
    openers = []
    for row in _side_clauses():
        if row["opens"] == "alone":
            words = _row_words(row)
            openers.append(rf"(?:{words})\b" + _not_before(row))
    return re.compile(rf"(?i)\s(?:{'|'.join(openers)})")


def _looks_ahead_apart(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Is the date still to come in a clause of its own after a move, opened without a comma (opens=alone: "as",
    "while", "amid"), that looks ahead (opens=ahead)?  "The S&P 500 rose 0.6% as traders bet that the Fed would cut
    rates at its meeting next month": the rise is not next month's; "is expected to rise 5% next year as demand
    recovers" keeps its date, which stands before such a clause."""
    opener = _alone_side_clause().search(form, figure.end, date.start)
    return opener is not None and _ahead().search(form, opener.end(), date.start) is not None


@functools.cache
def _sums_apart() -> re.Pattern:
    """Words that open a clause of its own after a company's sum with no comma before them
    (figure_side_clauses.tsv opens=sums_apart)."""
    return re.compile(rf"(?i)\s(?:{_words_not_before('sums_apart')})")


@functools.cache
def _relative_inside() -> re.Pattern:
    """The opening of a relative clause inside a clause of its own, by its word ("the push that Alibaba started in
    May") or by a subject of its own and its verb in -ed right after the noun it tells of ("the delivery service the
    group started in July"): figure_side_clauses.tsv opens=sums_apart_relative and opens=sums_apart_subject."""
    return re.compile(rf"(?i)\s(?:{_words_not_before('sums_apart_relative')})\s"
                      rf"|[a-z]\s+(?:{_words_not_before('sums_apart_subject')})\s+(?:[\w'-]+\s+){{0,2}}?[a-z]+ed\s")


# A word right after a date, in its clause: the clause goes on past it, to its own verb after a relative clause
# ("as spending on the push that Alibaba started in May ate into margins").
_CLAUSE_GOES_ON = re.compile(r"[ \t]+[a-z]")
# Precisions of a period a company's revenue, profit or spending may be counted over; sales are told by the month too
# when the clause tells of the sales themselves ("Sales fell 3% to $900 million as demand slowed in April"), and a
# report may be placed in its month.
_SUM_PERIOD_PRECISIONS = frozenset({"quarter", "half", "year", "fiscal_quarter", "fiscal_half", "fiscal_year"})
_SALES_PERIOD_PRECISIONS = _SUM_PERIOD_PRECISIONS | {"month"}
_REPORT_PRECISIONS = frozenset({"day", "month"})
_CLAUSE_LOOK_BACK = 120  # characters before a figure searched for a word that looks ahead in its clause


def _starts_a_record_told_of(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Is the date, after the figure, the start of a record's stretch (figure_side_clauses.tsv opens=record_since) that
    a clause right after it tells of (comparison_bases.tsv role=tells)?  That clause's time is its own figures' alone:
    "The loan, worth about 6.6 billion cedis, is the board's first such loan since the 2022/23 season, when it raised
    $1.13 billion" dates the 6.6 billion to the day told, as a record's stretch with no such clause would."""
    if _comparison_rules().tells.match(form, date.end) is None:
        return False
    # (the stretch's word may be the date's own: "since 1988")
    if _record_since().match(form, date.start):
        end = date.start
    else:
        found = _record_since_before().search(form, max(figure.end, date.start - _RECORD_REACH), date.start)
        if found is None:
            return False
        end = found.start()
    return _record_superlative_before().search(form, max(figure.end, end - _RECORD_REACH), end) is not None


@functools.cache
def _record_since() -> re.Pattern:
    return re.compile(rf"(?i)(?:{_words_trie('record_since')})\s")


@functools.cache
def _record_since_before() -> re.Pattern:
    # an article or a possessor at most between the word and the date: "since the 2022/23 season"
    return re.compile(rf"(?i)(?<![\w.])(?:{_words_trie('record_since')})\s+(?:[\w'\u2019-]+\s+){{0,2}}\Z")


@functools.cache
def _record_superlative_before() -> re.Pattern:
    # a superlative or a first in the stretch's clause, a few words of what it ranks between: "the board's first such
    # loan "
    return re.compile(rf"(?i)\b(?:{_record_superlatives('')})\b[^,;:.!?\n]{{0,{_RECORD_REACH}}}\Z")


def _a_sum_s_clause_apart(form: str, figure: MoneyMention, date: DateMention) -> bool:
    """Is the date another happening's in a clause of its own after a company's revenue, profit or spending, opened
    without a comma (opens=sums_apart: "as"), when the figure's clause does not look ahead?  "Net income fell 18% to
    40.3 billion yuan as spending on the push that Alibaba started in May ate into margins": the fall is not May's;
    "Revenue is expected to reach $2 billion as demand recovers next year" keeps its year.  A reporting period the
    "as" clause itself tells ("fell 8% as sales slowed in the fourth quarter", a month for sales) or the day or month
    it tells a report in ("as the company reported results on Tuesday") is the figure's, unless a relative clause
    inside it holds the date."""
    if figure.market_kind not in EARNED_KINDS | SPENT_KINDS:
        return False
    opener = _sums_apart().search(form, figure.end, date.start)
    # (the second "as" of "as early as next month" is the date's own, no clause's)
    if opener is None or _second_as_of_a_measure(form, opener):
        return False
    in_a_relative_clause = _relative_inside().search(form, opener.end(), date.start) is not None \
        and _CLAUSE_GOES_ON.match(form, date.end) is not None
    # (a month the clause tells a happening in, "as its chief executive resigned in January", dates no sales)
    sales_told = figure.market_kind == "revenue" and _words_between("sums_apart_sales", r"\b", r"\b").search(
        form, opener.end(), date.start) is not None
    periods = _SALES_PERIOD_PRECISIONS if sales_told else _SUM_PERIOD_PRECISIONS
    if not in_a_relative_clause and (
            date.precision in periods
            or date.precision in _REPORT_PRECISIONS and _words_between("sums_apart_report", r"\b", r"\b").search(
                form, opener.end(), date.start) is not None):
        return False
    opening = max(figure.start - _CLAUSE_LOOK_BACK, 0)
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(form, opening, figure.start)), default=opening)
    return _ahead().search(form, clause_start, figure.start) is None


def _measures() -> str:
    """The words of a company's money that a clause may be about (kinds.tsv triggers of revenue and profit)."""
    words = [w for w, row in money_lexicon().triggers.items() if row["amount_kind"] in EARNED_KINDS]
    return prefix_tree(words)


_MEASURE_WORDS = 3  # words before the measure a clause after ", and" is about ("AI-related product revenue")


@functools.cache
def _a_few_words_then_a_measure() -> str:
    """Up to ``_MEASURE_WORDS`` words, as few as may be, then a whole word of a company's money (``_measures``):
    "AI-related product revenue", "adjusted operating profit"."""
    return rf"(?:[\w'-]+\s+){{0,{_MEASURE_WORDS}}}?(?:{_measures()})\b"


@functools.cache
def _date_side_clause(opens: str = "before") -> re.Pattern:
    """A comma and words that open a clause after a date, up to the figure in it (no comma between):
    ", five years after Chinese regulators abruptly halted its record $37 billion listing"."""
    openers = escaped_alternation(w.strip() for row in _side_clauses() if row["opens"] == opens
                                  for w in row["words"].split("|"))
    # a count may stand before the words: "five years after", "more than two decades after"
    return re.compile(rf"(?i),\s+(?:[\w-]+\s+){{0,{_COUNT_WORDS}}}?(?:{openers})\b[^,;]*\Z")


_COUNT_WORDS = 3  # words of a count before a clause's opener ("more than five years after")
_SUBJECT_WORDS = 5  # words of a subject and its opener before its verb (", while analysts at Morgan Stanley kept")


@functools.cache
def _held_by_a_new_subject() -> re.Pattern:
    """A comma, a subject of its own (not a bare "and" or "but" going on with the same one) and a verb of a stance held
    on (figure_side_clauses.tsv opens=standing), up to the figure in that clause: ", while Morgan Stanley kept its
    HK$6.50 target"."""
    same_subject = (rf"(?!(?:{_words('coordinate')})\s+(?:(?:{_words('same_subject')})\s+)?"
                    rf"(?:{_words('standing')})\b)")
    return re.compile(rf"(?i){_subject_and_verb('standing', _SUBJECT_WORDS, same_subject)}\b[^,;]*\Z")


# the precisions of a reporting period, which dates the results told of it and not a share move of another clause
_REPORTING_PRECISIONS = ("quarter", "half", "fiscal_year")
_SHARE_KINDS = ("share_move", "share_price")
# A few days from a date this wide stay within it (figure_side_clauses.tsv opens=before_day): "in November 2019, days
# before Alibaba's second listing raised HK$88 billion" is November 2019's.
# Precisions of a date a market's session or week is told by, which reaches past a semicolon ("" is a clock time's).
_SESSION_PRECISIONS = frozenset({"day", "week", ""})
_WIDER_THAN_DAYS = frozenset({"month", "quarter", "half", "season", "year", "fiscal_year", "decade", "century"})
# A week is a period of another predicate too, not a day a move is told as of: "rose 0.8% this week and is up 6.5% so
# far in 2026" (the 6.5% is of the day told)
_PERIODS = _WIDER_THAN_DAYS | {"week"}
# A stretch of months or weeks a report counts is a reporting period too ("the first nine months": TimeML P9M;
# "the first four weeks of January": P4W)
_MONTHS_OR_WEEKS_COUNTED = re.compile(r"P\d+[MW]")


def _counts_months_or_weeks(date: DateMention) -> bool:
    """Is the date a stretch of months or weeks counted as a report's period ("the first nine months", "bookings in the
    first four weeks of January")?"""
    return (date.precision == "span" and date.timex_type == "DURATION"
            and _MONTHS_OR_WEEKS_COUNTED.fullmatch(date.timex_value) is not None)


def _breaks_tie(row: dict[str, str]) -> bool:
    # (a cell every row fills, so a new kind says whether its words part a figure from a date after it)
    if row["breaks_tie"] not in ("yes", "no"):
        raise ValueError(f"figure_side_clauses.tsv line {row['_line']}: breaks_tie is 'yes' or 'no'")
    return row["breaks_tie"] == "yes"


@functools.cache
def _tie(words: int, tied: bool = True) -> re.Pattern:
    """What may stand between a figure and the date it is of: a few words of its own phrase and a word that
    ties it to the date, no comma ("26% in the three months to September", "44.5 percent of GDP growth in
    the first three quarters", "the 815 million US dollars it repurchased in the June quarter").  No word of
    a comparison or of a side clause may stand between (``comparison_bases.tsv``, ``figure_side_clauses.tsv``),
    but in a longer phrase (more than ``_TIE_WORDS`` words) an opens=through word may ("wiping nearly $600
    billion from Nvidia's market value on Jan. 27").  ``tied=False``: the phrase alone, up to a date whose own text
    opens with its tie word (opens=own_tie)."""
    table = _side_clauses()
    breaks = {w.strip() for row in table if _breaks_tie(row) for w in row["words"].split("|") if " " not in w.strip()}
    breaks |= {w for role in ("cue", "closes") for w in _base_words(role) if " " not in w}
    if words > _TIE_WORDS:
        breaks -= {w.strip() for row in table if row["opens"] == "through" for w in row["words"].split("|")}
    free_word = rf"(?!(?:{prefix_tree(breaks)})\b)[\w'-]+"
    # (a preposition of means before its noun, opens=means, is one word of the phrase: "through a family trust in 1988")
    means = [w.strip() for row in table if row["opens"] == "means" for w in row["words"].split("|")]
    free_word = rf"(?:(?:{prefix_tree(means)})(?=\s)|{free_word})"
    if not tied:
        return re.compile(rf"(?i)\s+(?:{free_word}\s+){{0,{words}}}")
    ties = "|".join(re.escape(w.strip()) for row in table if row["opens"] == "ties" for w in row["words"].split("|"))
    return re.compile(rf"(?i)\s+(?:{free_word}\s+){{0,{words}}}(?:{ties})\s+")


# How many words of the figure's own phrase may stand before the word that ties it to a date; how far
# after the figure (characters) such a date is looked for.
_TIE_WORDS, _TIE_REACH = 3, 60
# ... and how many when no date before the figure stands in its clause ("from Nvidia's market value on Jan. 27").
_LONG_TIE_WORDS = 5
_BREAKS = re.compile(r"[,;]")  # what parts a date before a figure from the figure's clause


@dataclass(frozen=True)
class _ComparisonRules:
    cue: re.Pattern               # a cue ending where the search ends
    cue_without_move: re.Pattern  # ... of those that need no moved figure in the sentence
    cue_named: re.Pattern         # a cue and the words that name its figure ("compared with an inflow of")
    cue_without_move_named: re.Pattern
    cue_with_sum: re.Pattern      # ... of those that need a moved figure or a sum after them (needs_move=sum)
    cue_with_sum_named: re.Pattern
    cue_sum_only: re.Pattern      # ... of those that compare only a sum after them, moved or not (needs_move=sum_only)
    cue_sum_only_named: re.Pattern
    apart: re.Pattern             # a cue right after a percentage, before a figure of its own ("61% below the $37.80")
    apart_named: re.Pattern
    shaped: tuple          # (cue, the shape of the date it needs, whether it needs a moved figure)
    between: re.Pattern    # the run of "between" words ending where the search ends
    lead_word: re.Pattern  # ... and after them one word that tells of the figure ("the record ")
    trailing: re.Pattern   # what may stand between the date (or a figure) and the next figure of its phrase
    number: re.Pattern     # a plain number ending where the search ends
    percentage: re.Pattern  # a percentage anywhere ("95.2%", "58 per cent")
    counted_back: re.Pattern  # a date counted back from the figure's time (role=counted_back), after a count's
                              # magnitude
    approximate: re.Pattern  # an approximation ending where the search ends ("more than ")
    reached: re.Pattern      # a participle that tells when a level was reached ("set on")
    day_named: re.Pattern    # a noun that makes a number with a fraction a day's name ("the 9.9 sale")
    multiple_named: re.Pattern  # a multiple and the words that name the value it is of ("double its valuation at ")
    multiple_owned: re.Pattern  # ... or a multiple right before the date that owns that value ("9 times next year's")
    multiple_measured: re.Pattern   # ... or before a date that names the measure ("15 times our fiscal 2027 earnings")
    share_owned: re.Pattern     # ... or a percentage's share of it ("5% of their previous year's")
    stand_in: re.Pattern   # ... or words that stand for a figure ("compared with a loss in FY2022")
    naming_after: re.Pattern  # a word or two that name the figure right after it ("the 380 billion yuan plan it
                              # announced")
    clause: re.Pattern     # a clause's subject and verb before the date ("more than it spent in the previous decade")
    moving: re.Pattern     # a word that says a value moved (money/movements.tsv)
    moved_right_before: re.Pattern  # such a word right before the place searched back from ("risen by"), with a form
    #                                 of "be" before it as the group "passive" ("was increased by": a change made)
    moving_noun: re.Pattern  # ... right after a figure ("a 42% loss")
    premium: re.Pattern    # a premium or a discount told against a reference price, in the clause up to the date
    reference_after: re.Pattern   # a reference price right after its date ("'s closing price")
    reference_before: re.Pattern  # ... or named before it, with its article or owner ("the stock's last close on ")
    starts: re.Pattern            # a cue that, opening its sentence, tells where a stretch starts ("From the summer")
    of_times: re.Pattern          # a comparative of time right before the cue ("later than"): times compared
    happenings: re.Pattern        # a cue that compares happenings in a sentence of no figure ("calmer than in 2023")
    level_named: re.Pattern       # a level a date names right after it ("their January peak")
    whole_period: re.Pattern      # "than in (the whole of)" right before a date: a whole period set against
    whole_period_words: re.Pattern  # the words of a whole period opening the date ("the whole first semester of 2025")
    lasts: re.Pattern             # a length of time and its cue right before a date, which starts it ("six weeks from")
    onward: re.Pattern            # words right after a date that open a stretch on from it ("from November onwards")
    takes_effect: re.Pattern      # words right before a date that name the day a change starts ("with effect from")
    level_takes_effect: re.Pattern  # a level moved to and the cue right before the day it applies from ("to 49.2 sen
                                    # from")
    stretch: re.Pattern           # the words of a stretch a move is measured over, a few words before the date
    stretch_in: re.Pattern        # ... at the start of the date's own text ("since the start of the year")
    stretch_tie: re.Pattern       # a noun and the word that ties a stretch's date to it, after a date qualifying it
    held_over: re.Pattern         # right after a figure, a stretch word whose row needs no date shape (" since ")
    from_level: re.Pattern        # a level a move is told from ("from its low"): a stretch unless "to" closes it
    span_end: re.Pattern          # right after the date of such a level, the word that makes a span of it (" to ")
    stretch_close: re.Pattern     # between a move's own stretch and the past day it ran to (" through ")
    stretch_shaped: tuple         # (the word right before the date, the shape of the date it needs): "over the past
                                  # month"
    bare_stretch: tuple           # (the kinds of a move, the shape of a date right after it that is its stretch)
    bare_gap: re.Pattern          # what may stand between such a move and its date ("lost 80% of their value this
                                  # year")
    bare_noun: re.Pattern         # a move named by a noun right before such a date ("trimming their gain this year")
    bare_rival: re.Pattern        # a verb of doing better or worse than a rival, its object, then such a date
    rival_move: re.Pattern        # ... and, after the date, a comma and the participle of the move it tells
    bare_reach: re.Pattern        # ... and what stands between the date and the figure the move reaches (" to 35%")
    bare_present: re.Pattern      # a verb of the present before a move ("is up"), whose year after "in" runs up to now
    present_year: re.Pattern      # ... the shape of that year
    bare_in: re.Pattern           # ... and the word between the move and it
    day_tie: re.Pattern           # a comparison set off by a comma, to a number and the word of its day (", from 22% on
                                  # ")
    coordinated_base: re.Pattern  # a second number joined to a base just told, up to its date (" and nearly 95% ")
    breaks: re.Pattern            # what parts a figure from the clause after it
    date_aside: re.Pattern        # a description of a date between commas right after it
    tells: re.Pattern             # a clause right after a stretch's date that tells of it (", when they touched")
    counted: re.Pattern           # a charge counted so far told right before its figure ("written down 640 million")
    any_cue: re.Pattern           # on the lower-cased text, a cue or a multiple: every comparison opens at one
    any_premium: re.Pattern       # ... and a word of a premium or a discount
    gap: re.Pattern               # a number and a unit of a measured gap, ending where the search ends


def counted_back(form: str, at: int) -> bool:
    """Does a date at ``at`` count back from now or from the time told ("last year", "a year earlier", "the same
    quarter a year ago"; comparison_bases.tsv role=counted_back), rather than name its month or year?"""
    return _comparison_rules().counted_back.match(form, at) is not None


@functools.cache
def _comparison_rules() -> _ComparisonRules:
    table = load_table("comparison_bases.tsv")

    def words(*roles: str, needs_move: tuple[str, ...] = ("yes", "no", "sum", "")) -> str:
        found = [w.strip() for row in table if row["role"] in roles and not row["date"]
                 and row["needs_move"] in needs_move for w in row["words"].split("|")]
        return prefix_tree(found)

    def plain(role: str) -> list[str]:
        return [w.strip() for row in table if row["role"] == role and not row["date"] for w in row["words"].split("|")]
    free_word = rf"(?!(?:{words('closes')})\b)[a-z][a-z-]*"
    # a word that introduces a date is no noun a number counts ("fewer than 3,000 by the mid-1980s")
    # (nor is a magnitude: "up from 16.74 billion in its August report" keeps the report's month)
    no_noun = [row["word"] for name in ("dates/prepositions.tsv", "money/magnitudes.tsv") for row in load_table(name)]
    date_word = rf"(?!(?:{word_trie(no_noun)})\b)"
    naming = rf"(?:{free_word}\s+){{0,{_NAMING_WORDS}}}?(?:{words('names')})\s+"
    # a clause's own words may hold some that close a comparison elsewhere ("more than it spent on them over")
    in_clause = set(plain("in_clause"))
    closing = escaped_alternation(w for w in plain("closes") if w not in in_clause)
    clause_word = rf"(?!(?:{closing})\b)[a-z][a-z-]*"
    # a percentage's unit, its sign or its words, for a base's number and for a percentage alone
    percent_unit = rf"\s*%|\s+(?i:{words('percent_words')})"
    counts = _count_words()
    # a level a value moved "to" (or from, its base), with a few words of its unit: "to 49.2 sen per kilowatt-hour ";
    # or a count written in words and one to three words of its unit, a level applied from the day as much: "cut the
    # working week to four days from Oct. 6" (no number measured against the day), not a multiple of a value, which
    # the day may own ("rose to four times their value from Oct. 3")
    not_a_multiple = rf"(?!(?:{words('multiple_counted')})(?![\w-]))"
    a_level = (rf"{_maybe_approximate()}(?:[^\s\d]*\d[\d.,]*\S*(?:\s+[a-z-]+){{0,3}}"
               rf"|(?<![\w-])(?:{counts})\s+{not_a_multiple}[a-z-]+(?:\s+[a-z-]+){{0,2}})\s+")
    # a multiple of a count is told after its number, in digits or in words: "6 times its revenue", "six times next
    # year's earnings"
    # ... or written onto its digits, as brokers do: "trades at 14x our FY27E earnings"
    # a cue word after an article is a noun or an adjective and compares nothing: "took another beating yesterday", "a
    # double emergence that last happened in 1803"
    cue_start = r"(?<![\w.])" + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in plain("not_after"))
    multiple = (rf"(?:{cue_start}(?:{words('multiple')})|(?:(?<=\d\s)|(?<![\w.-])(?:{counts})\s+)"
                rf"(?:{words('multiple_counted')})|(?<=\d)(?:{words('multiple_suffix')})(?![\w.]))")
    # a market's name keeps its capitals, so that "have risen 90% in early trade this year" names no market
    bare_places = "|".join(rf"(?:{_row_words(row)})\s+(?-i:{row['date']})" for row in table
                           if row["role"] == "bare_between" and row["date"]) or "(?!)"
    # a level told with the count of time it is the highest or lowest of is one all the same: "from a four-year high"
    counted_level = "|".join(rf"{re.escape(head)}\s+{re.escape(owner)}\s+[\w.]+-(?:{words('level_count')})\s+"
                             + r"\s+".join(map(re.escape, level))
                             for head, owner, *level in (w.split() for w in plain("from_level")) if level)
    # (a look-behind each: they differ in length)
    with_a_sum = ("sum", "sum_only")  # the cues that compare a sum right after them, moved or not
    after_percent = "(?:(?<=%)" + "".join(rf"|(?<={re.escape(w)})" for w in plain("percent_words")) + r")\s+"
    return _ComparisonRules(
        # an article or an owner may stand before the date: "still 46% below the 2020 record"
        shaped=tuple((re.compile(rf"(?i){cue_start}"
                                 rf"(?:{'|'.join(re.escape(w.strip()) for w in row['words'].split('|'))})\s+"
                                 rf"(?:(?:{words('owner')})\s+)?\Z"),
                      re.compile(f"(?i:{row['date']})"), row["needs_move"] == "yes")
                     for row in table if row["role"] == "cue" and row["date"]),
        cue_named=re.compile(rf"(?i){cue_start}(?:{words('cue')})\s+{naming}\Z"),
        cue_without_move_named=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=('no',))})\s+{naming}\Z"),
        cue_with_sum_named=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=with_a_sum)})\s+{naming}\Z"),
        cue_with_sum=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=with_a_sum)})\s+\Z"),
        cue_sum_only_named=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=('sum_only',))})\s+{naming}\Z"),
        cue_sum_only=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=('sum_only',))})\s+\Z"),
        cue=re.compile(rf"(?i){cue_start}(?:{words('cue')})\s+\Z"),
        apart=re.compile(rf"(?i){after_percent}(?:{words('apart')})\s+\Z"),
        apart_named=re.compile(rf"(?i){after_percent}(?:{words('apart')})\s+{naming}\Z"),
        cue_without_move=re.compile(rf"(?i){cue_start}(?:{words('cue', needs_move=('no',))})\s+\Z"),
        between=re.compile(rf"(?i)(?:(?<![\w.])(?:{words('between', 'reached')})\s+)*\Z"),
        lead_word=re.compile(rf"(?i)(?:(?<![\w.])(?:{words('between', 'reached')})\s+)+{free_word}\s+\Z"),
        trailing=re.compile(rf"(?:'s)?(?:\s+{free_word}){{0,{_TRAILING_WORDS}}}\s+|\s*,\s+(?:{words('joins')})\s+"),
        # a sum that is no figure of money is a number all the same: "up from £268,700 a year earlier" (a house price)
        # ... and so is a percentage: "won 71 per cent of her service games, up from 58 per cent a year earlier"
        # ... and the noun it counts: "up from 402 brands a year earlier"
        # ... and a count told with its magnitude before a date counted back: "up from 8.6 million a year earlier"
        # ... and a count in words with the noun it counts: "to 36 hours from four days a year ago"
        # ... or alone, as a bare count in digits is: "signed 14 deals this quarter, up from five a year ago"
        # (a word after a comma that closes the number is no noun it counts: "from 30.85, where it had been held since
        # March 2023" tells when that level held; the comma may still stand before the words of the date: "its record
        # high of $77.50, set in July 2024")
        number=re.compile(rf"(?<![\w.,])(?:(?P<symbol>[{re.escape(SYMBOLS)}])?\d[\d,.]*(?P<magnitude>\s+"
                          rf"(?i:{money_lexicon().spaced_magnitudes}))?"
                          rf"(?:(?P<percent>{percent_unit})|(?<!,)\s+(?P<noun>{date_word}{free_word}))?"
                          rf"|(?i:{counts})(?:\s+(?P<worded>{date_word}{free_word}))?)\s+\Z"),
        # (the lookahead binds the written unit alone: "percent" is no start of "percentage points")
        percentage=re.compile(rf"(?<![\w.,])\d[\d,.]*(?:{percent_unit}(?!\w))"),
        approximate=re.compile(rf"(?i)(?<![\w.])(?:{word_trie(money_lexicon().approx)})\s+\Z"),
        reached=re.compile(rf"(?i)\b(?:{word_trie(plain('reached'))})\b"),
        day_named=re.compile(rf"(?i)(?:{word_trie(plain('day_named'))})\b"),
        # the value may be a name's: "about 14 times Lau's earnings estimate for the fiscal year ending March 2027"
        multiple_named=re.compile(rf"(?i){multiple}\s+(?:[\w&.-]+['\u2019]s\s+)?"
                                  rf"(?:{free_word}\s+){{1,{_MULTIPLE_NAMING_WORDS}}}?(?:{words('multiple_ties')})\s+"
                                  rf"(?:(?:{words('between', 'reached')})\s+)*\Z"),
        multiple_owned=re.compile(rf"(?i){multiple}\s+\Z"),
        # ... maybe with a word telling the measure is a forecast: "10 to 12 times its expected 2026 EBITDA"
        multiple_measured=re.compile(rf"(?i){multiple}\s+(?:(?:{words('owner')}|[\w&.-]+['\u2019]s)\s+)?"
                                     rf"(?:(?:{words('multiple_qualifier')})\s+)?\Z"),
        share_owned=re.compile(
            rf"(?i)(?<=\d)\s*(?:{words('share_of')})\s+(?:(?:{words('owner')}|[\w&.-]+['\u2019]s)\s+)?\Z"),
        naming_after=re.compile(rf"(?:\s+{free_word}){{1,{_NAMED_AFTER_WORDS}}}\s+\Z"),
        counted_back=re.compile("|".join(f"(?:{row['date']})" for row in table if row["role"] == "counted_back"), re.I),
        stand_in=re.compile(rf"(?i)(?<![\w.])(?:(?:{words('between', 'reached')})\s+)?(?:{free_word}\s+)?"
                            rf"(?:{words('stands_for')})\s+\Z"),
        clause=re.compile(rf"(?i)(?<![\w.])(?:{words('subjects')})(?:\s+{clause_word}){{1,{_CLAUSE_WORDS}}}\s+\Z"),
        moving=re.compile(rf"(?i)\b{word_trie(money_lexicon().moves)}(?!\w)"),
        # (an adverb of manner may stand between: "has risen sharply by 12%"; a form of "be" before it read too, as a
        # participle after one tells a change made: "was increased by")
        moved_right_before=re.compile(rf"(?i)(?:\b(?P<passive>{words('size_passive')})\s+"
                                      rf"(?=(?:{words('size_participle')})\b))?"
                                      rf"\b(?P<move>{word_trie(money_lexicon().moves)})\s+(?:[a-z]+ly\s+)?\Z"),
        moving_noun=re.compile(rf"(?i)\s+{word_trie(money_lexicon().moves)}(?!\w)"),
        # in the clause of the date: "Trading at a discount to its peers, Alibaba shares rose 3% into the close on
        # Friday" tells of no premium's price
        premium=re.compile(rf"(?i)\b(?:{words('premium')})\b[^,;]*\Z"),
        reference_after=re.compile(rf"(?i)['\u2019]s\s+(?:{words('reference')})\b"),
        # a verb "close" has no article: "rose 3% to close on Friday" is the day of the move; a word may qualify the
        # price after its owner ("the undisturbed closing price of 180.2p on 4 August")
        reference_before=re.compile(rf"(?i)\b(?:{words('owner')}|[\w.&-]+['\u2019]s)\s+(?:[a-z][\w-]*\s+)??"
                                    rf"(?:{words('reference')})\s+"
                                    rf"(?:of\s+(?P<price>[^\s,;]+(?:\s+[^\s,;]+)?)\s+(?:{words('reference_tie')})\s+"
                                    # a bare day needs no tie: "a premium of 31% to its closing price yesterday"
                                    rf"|(?:(?:{words('reference_tie')})\s+)?)\Z"
                                    # a price named by where it traded: "27% below where it traded on Friday"
                                    rf"|\b(?:{words('reference_clause')})\s+(?:(?:{words('reference_tie')})\s+)?\Z"),
        # only punctuation or a speaker's label ("A: ") before it in its sentence
        starts=re.compile(rf"[\W_]*(?:[A-Z]{{1,3}}:\s*)?(?=(?i:{words('starts')})\s)"),
        of_times=re.compile(rf"(?i)(?<![\w.-])(?:{words('of_times')})\s+\Z"),
        happenings=re.compile(rf"(?i)(?:{words('happenings')})\s"),
        level_named=re.compile(rf"(?i)\s+(?:{words('level_named')})(?![\w-])"),
        # (the whole period's words right before the date, or else opening it: whole_period_words)
        whole_period=re.compile(rf"(?i)(?<![\w-])(?:{words('happenings')})\s+(?:(?:{words('whole_tie')})\s+)?"
                                rf"(?P<whole>(?:{words('whole_period')})\s+)?\Z"),
        whole_period_words=re.compile(rf"(?i)(?:{words('whole_period')})\s"),
        onward=re.compile(rf"(?i)\s+(?:{words('onward')})(?![\w-])"),
        # (or a participle of a charge set on what it applies to, up to four words of them before "from")
        # (or a verb that sets a charge, the charge, and what it is set on: "imposed a 15% tariff on EU goods from")
        takes_effect=re.compile(rf"(?i)(?<![\w.])(?:{words('takes_effect')}|(?:{words('imposed_on')})\s+"
                                rf"(?:[\w'\u2019-]+\s+){{1,4}}?(?:{words('imposed_from')})"
                                rf"|(?:{words('imposing')})\s+(?:[\w%'\u2019-]+\s+){{1,4}}?"
                                rf"(?:{words('imposing_tie')})\s+(?:[\w'\u2019-]+\s+){{1,4}}?"
                                rf"(?:{words('imposed_from')}))\s+\Z"),
        # (the level's base may stand between, its own cue before it: "rose to 10% from 9.5% from Feb. 1"; a change
        # told by its size applies from the day as a level does: "raised its fee by 1.5 points from Jan. 15")
        level_takes_effect=re.compile(rf"(?i)(?<![\w.])(?:{words('level_tie')}|(?P<size>{words('size_tie')}))\s+"
                                      rf"{a_level}(?:(?:{words('level_takes_effect')})\s+{a_level})?"
                                      rf"(?:{words('level_takes_effect')})\s+\Z"),
        lasts=re.compile(rf"(?i)(?:(?<![\w.,])\d+|(?<![\w.-])(?:{counts}))[\s-]+(?:{words('lasts')})\s+"
                         rf"(?:(?:{words('between', 'reached')})\s+)*\Z"),
        # searched back from every date: its words as one trie, which rules out most places at their first letter (a
        # flat alternation tries each phrase there); only where the match starts is read
        stretch=re.compile(rf"(?i)(?<![\w.])(?:{word_trie(plain('stretch') + plain('from_level'))}|{counted_level})\s+"
                           rf"(?:(?:[\w'-]+\)?|[^\s\w,;]*\d[\d,.]*\d)\s+){{0,{_STRETCH_WORDS}}}\Z"),
        held_over=re.compile(rf"(?i)\s+(?:{word_trie(plain('stretch'))})\s"),
        from_level=re.compile(rf"(?i)(?<![\w.])(?:{words('from_level')}|{counted_level})\s"),
        span_end=re.compile(rf"(?i)\s+(?:{words('span_end')})\b"),
        stretch_close=re.compile(rf"(?i)\s+(?:{words('stretch_close')})\s+"),
        stretch_in=re.compile(rf"(?i)(?:{words('stretch')})\b"),
        # (a date that qualifies the noun before the stretch's own date: "second-quarter profit on Aug. 25")
        stretch_tie=re.compile(rf"(?i)\s+[\w'-]+\s+(?:{words('stretch_tie')})\s+"),
        stretch_shaped=tuple((re.compile(rf"(?i)(?<![\w.])(?:{_row_words(row)})\s+\Z"),
                              re.compile(f"(?i:{row['date']})"))
                             for row in table if row["role"] == "stretch" and row["date"]),
        bare_stretch=tuple((frozenset(w.strip() for w in row["words"].split("|")), re.compile(f"(?i:{row['date']})"))
                           for row in table if row["role"] == "bare_stretch"),
        # (two may stand there: "has lost 40% of its value against the dollar this year"; and a market named after a
        # word of a bare_between row with a date, the name's pattern: "have risen 90% in Hong Kong this year")
        bare_gap=re.compile(rf"(?i)\s+(?:(?:{words('bare_between')}|{bare_places})\s+){{0,2}}"),
        bare_noun=re.compile(rf"(?i)(?<![\w.])(?:{words('bare_noun')})\s+\Z"),
        bare_rival=re.compile(rf"(?i)(?<![\w.])(?:{words('bare_rival')})\s+(?:[\w&.'\u2019-]+\s+){{1,4}}\Z"),
        # the money lexicon's approximations, and the words that belittle a move, which it lacks (role=rival_belittles)
        rival_move=re.compile(rf",\s+[a-z]+ing\s+"
                              rf"(?:(?:{word_trie(money_lexicon().approx)}|{words('rival_belittles')})\s+)?"),
        bare_reach=re.compile(rf"(?i)\s+(?:{words('bare_reach')})\s+"),
        bare_present=re.compile(
            rf"(?i)\b(?:{'|'.join(_row_words(row) for row in table if row['role'] == 'bare_present')})"
            rf"\s+(?:[\w-]+\s+){{0,2}}\Z"),
        present_year=re.compile("|".join(f"(?:{row['date']})" for row in table if row["role"] == "bare_present")),
        bare_in=re.compile(rf"\s+(?:{words('present_in')})\s+"),
        day_tie=re.compile(rf"(?i),\s+(?:{words('cue')})\s+{_maybe_approximate()}"
                           rf"[{re.escape(SYMBOLS)}]?\d[\d,.]*(?:\s*%|\s+(?:{words('percent_words')}))?\s+"
                           rf"(?:{words('day_tie')})\s+\Z"),
        coordinated_base=re.compile(rf"(?i)\s+(?:{words('coordinated_base')})\s+(?P<level>{_maybe_approximate()}"
                                    rf"[{re.escape(SYMBOLS)}]?\d[\d,.]*"
                                    rf"(?:\s*%|\s+(?:{words('percent_words')}))?)\s+"),
        breaks=re.compile(r"[,;:]"),
        # a description of the date between commas right after it (joins.tsv role=describes): "Since July 1, the start
        # of the new fiscal year, the fund has returned about 1.5%"
        date_aside=re.compile(rf"(?i),\s+(?:{word_trie(money_lexicon().describes)})"
                              rf"\s[^,;:.]{{1,{_DATE_ASIDE_REACH}}},"),
        # a word may close the base's phrase first: "for the December quarter of 2020 alone, which came to"
        tells=re.compile(rf"(?i)(?:\s+[a-z]+)?,\s+(?:{words('tells')})\b"),
        counted=re.compile(rf"(?i)\b(?:{words('counted')})\s+(?:[\w'-]+\s+){{0,2}}\Z"),
        any_cue=re.compile(
            "(?:" + word_trie(plain('cue') + plain('apart') + plain('multiple') + plain('multiple_counted')
                              + plain('share_of'))
            + rf"|(?<=\d)(?:{words('multiple_suffix')}))\s"),
        any_premium=re.compile(word_trie(plain('premium'))),
        gap=re.compile(rf"(?<![\w.])\d+(?:[.,]\d+)?\s*(?:{words('gap_unit')})\s+\Z"))


# How many words (and characters) may stand between the word of a stretch and its date ("since the ruling last month",
# "since the merger was approved in late June", "since the search company reported better-than-expected cloud revenue
# on Feb. 26": a clause of its own verb tells the start as well, its object a sum with its dollars in brackets too:
# "since Alibaba unveiled a 380 billion yuan ($53 billion) plan for AI infrastructure in February last year").
_STRETCH_WORDS, _STRETCH_CLAUSE_REACH = 14, 110

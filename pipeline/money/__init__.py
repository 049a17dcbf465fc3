"""Stock, valuation and money mentions: every figure with its currency, kind, direction and subject.

    from pipeline.money import find_money, MoneyMention

Figures are found in the whole text by compiled regular expressions (:mod:`pipeline.money.figures`),
then each is read in its sentence (:mod:`pipeline.money.reading`): the approximation word before it,
the movement word that governs it, the trigger that says what it is (``market_kind``) and the name
whose value it is (``subject``).  Every word list and pattern is a table under ``resources/money/``
(:mod:`pipeline.money.lexicon` compiles them).  Decisions, each documented with examples in its table:

* one mention per figure: "between $240 and $242" gives two; "18.2 billion yuan ($2.8 billion)" gives
  one, in yuan, with ``amount_usd`` taken from the text (equivalents.tsv), never from a rate;
* a percentage is a mention when its sentence ties it to a market figure (a trigger of kinds.tsv),
  or when a movement word governs it ("Tencent shed 4.4%", "a 9% decline"); a stake or a share of a
  whole ("Ma owns 4.2% of Alibaba"), rates, yields, counts, economic statistics (trade too) and crypto
  prices are not (not_money.tsv), nor is the level such a figure moved to or the change said after it
  ("exports rose 8% to $300 billion", "consumers spent Rmb1.8tn online, up 6.3%"); a commodity's price
  and its move are the whole market's, as an index's are ("crude oil futures rose 31 cents to $15.87 a barrel");
* vague sizes ("billions of dollars") keep their currency and no amount (vague.tsv); sizes in words
  with a number ("half a trillion dollars") are amounts (number_words.tsv); a fraction in words that
  a movement word governs is a percentage ("lost more than two-thirds of its market value", fractions.tsv);
* a move said after a comma that goes on from a stock's move ("fell 3% on Friday, extending Thursday's
  2.4% decline") is the stock's too (continuations.tsv); the amount a figure is compared with (", up from
  the 380 billion yuan it announced a year ago") is of the same kind and did not move;
* British pence written on their digits ("rose 2.2p to 371.8p") are a figure only where a trigger or a move
  makes it a market figure ("records video in 1080p" is none; currencies.tsv, place=attached);
* a loss written in brackets or with a minus after its currency ("RMB(1,370) million", "-RMB21.8bn")
  is a positive amount going down;
* a stock, valuation or offering phrase without a figure ("Alibaba's stock would jump", "the world's
  largest IPO was abruptly canceled") is a mention only in a sentence that holds no figure, at most
  one per sentence (kinds.tsv, alone_kind).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection, Iterator

from dataclasses import dataclass, replace

from pipeline.dates.finder import find_expressions, lower_form, preposition_start
from pipeline.dates.lexicon import last_match
from pipeline.dates.mentions import with_its_year_noun
from pipeline.money.figures import (Figure, bases_without_currency, compared_multiples_in_words, find_figures,
                                    fractions_in_words, listed_under_a_currency, merge_equivalents, multiples_in_digits,
                                    multiples_in_words, occurrences, sizes_in_words)
from pipeline.money.lexicon import (CAPITAL_WORD, DEAL_SET_KINDS, EARNED_KINDS, MOVE_KINDS, NAME, PER_SHARE_KINDS,
                                    RAISED_KINDS, SPENT_KINDS, STOCK_KINDS, VALUED_KINDS, WORTH_KINDS, Lexicon, Span,
                                    key_of, lexicon)
from pipeline.money.reading import (TRIGGER_AFTER, TRIGGER_BEFORE, Reading, between, clause_break,
                                    headline_on_its_own_line)
from pipeline.sentences import form_of, split_sentences

__all__ = ["MoneyMention", "find_money"]


@dataclass(frozen=True)
class MoneyMention:
    start: int            # offset of money_text in the text as read
    end: int
    text: str             # the figure or market phrase verbatim (→ money_text)
    market_kind: str
    amount: float | None  # currency units: "$3 billion" → 3e9; "$2.50 a share" → 2.5
    currency: str         # ISO 4217 ("USD", "CNY", "HKD" ...), "" if none
    amount_usd: float | None  # amount if USD, or the USD equivalent the sentence itself gives
    percent: float | None     # signed: "shares fell 8.1%" → -8.1
    direction: str        # "up" | "down" | ""
    approx: str           # "~" | ">" | "<" | ""
    subject: str          # whose value, when the sentence says it, else ""

# A word of the text, from where it starts (read there, not from a copy of the rest of the text).
_WORD = re.compile(r"\S*")


def find_money(text: str, *, form: str | None = None, sentences: list[tuple[int, int]] | None = None,
               sums_dropped: list[MoneyMention] | None = None) -> list[MoneyMention]:
    """Every stock, valuation and money mention in ``text``, in text order.

    ``form`` is ``matching_form(text)`` and ``sentences`` is ``split_sentences(text)`` when the
    caller already has them (they are computed otherwise).  Offsets point into ``text`` as read.
    ``sums_dropped``, when given, is filled with the sums found that make no mention (kind ""), in text order: a date
    compared with one is still a base ("down from A$235 million last year", the money bet on a race).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_money needs a str, got {type(text).__name__}")
    form = form_of(text, form)
    rules = lexicon()
    reading = Reading(rules, text, form, split_sentences(text) if sentences is None else sentences)
    figures = [f for f in find_figures(rules, form, reading.low) if reading.at_home(f)]
    figures = figures + [f for f in sizes_in_words(rules, reading.low, figures) if reading.at_home(f)]
    figures = figures + fractions_in_words(rules, reading.low, figures)
    figures = figures + listed_under_a_currency(rules, reading.low, figures)
    figures = figures + bases_without_currency(rules, reading.low, figures)
    figures = figures + multiples_in_words(rules, reading.low, figures)
    figures = figures + multiples_in_digits(rules, reading.low, figures)
    figures = sorted(figures + compared_multiples_in_words(rules, reading.low, figures), key=lambda f: f.start)
    figures = merge_equivalents(rules, form, figures)
    figure_starts = [f.start for f in figures]
    reading.focus_on(figures, figure_starts)
    mentions: list[MoneyMention] = []
    dropped: Figure | None = None
    dropped_sum: Figure | None = None  # the last sum that made no mention, with no mention made since
    compared_with_dropped: Span | None = None  # a sentence that compares its sums with a dropped total
    for figure in figures:
        skipped = True
        if dropped is not None and _total_again(reading, dropped, figure):
            compared_with_dropped = reading.sentence_of(figure.start)
            # "Broadway's 31 shows grossed $71.4 million ... The total topped the $67.9 million taken ..."
        elif (dropped is not None and _same_measure(reading, dropped, figure)
                and not reading.policy_level(figure.start, figure.end, reading.sentence_of(figure.start))):
            pass  # "accounted for 36% of revenue, down from 55%": the level of a share is a share
        elif (compared_with_dropped is not None and figure.amount is not None and figure.percent is None
                and reading.sentence_of(figure.start) == compared_with_dropped):
            pass  # "The total topped the $67.9 million ... and the previous record of $65.1 million": all its sums
        else:
            skipped = False
        mention = None if skipped else _mention(reading, figure, mentions[-1] if mentions else None, figure_starts,
                                                mentions[-2] if len(mentions) > 1 else None)
        if (mention is not None and dropped_sum is not None
                and ((mention.market_kind == "other" and _more_of_a_dropped_sum(reading, dropped_sum, figure))
                     or _gapped_after_a_dropped_sum(reading, dropped_sum, figure))):
            # "Exports ... fell 4% to $200 billion. Phones and parts added another $56.4 billion": a part of it (a sum
            # a verb of money makes someone's stays its own: "has pledged another 900,000 euros"); so is one after it
            # with its verb left out ("Footwear added another $27.1 billion, and furniture $16 billion")
            mention = None
        if mention is not None:
            mentions.append(mention)
            dropped_sum = None
        elif figure.amount is not None and figure.percent is None:
            dropped_sum = figure  # (one skipped above too: more of it may follow)
        if skipped:
            continue
        # (a grade is no measure: "25% broken white rice was quoted at $410" leaves the price its own)
        dropped = figure if mention is None and not figure.in_words and not _a_grade(reading, figure) else None
    mentions = _ranked_by_worth(reading, mentions)
    mentions = _read_with_neighbours(rules, form, mentions)
    # a sum something moved to, no change told ("Net debt fell to A$640 million"), once its neighbours have said its
    # kind (a direction would part it from them)
    mentions = [replace(m, direction=moved) if m.percent is None and m.amount is not None and not m.direction
                and (moved := _way_a_level_moved(reading, mentions, m)) else m for m in mentions]
    mentions = _bases_of_moves_unmoved(reading, mentions)
    mentions = _bases_without_currency_kinded(figures, mentions)
    mentions = [_move_of_its_level(reading, mentions[i + 1] if i + 1 < len(mentions) else None, m)
                for i, m in enumerate(mentions)]
    # the level a rate of the market was moved to is no move of its own, but tells which way it went ("cut its benchmark
    # Selic interest rate by 50 basis points to 14.25%": 14.25, down)
    mentions = [replace(m, direction=moved) if m.percent is not None and m.market_kind == "other" and not m.direction
                and (moved := reading.rate_moved_to(m.start, reading.sentence_of(m.start))
                     or reading.policy_level(m.start, m.end, reading.sentence_of(m.start))) else m for m in mentions]
    # and a second level of that move joined on with its own stretch is the same way ("to fall to 12.75% by the end of
    # this year and to 11% by the end of 2027": both down)
    for i in range(1, len(mentions)):
        level, prior = mentions[i], mentions[i - 1]
        if (not level.direction and prior.direction and prior.end <= level.start <= prior.end + _ALSO_REACH
                and reading.sentence_of(prior.start) == reading.sentence_of(level.start)
                and _next_level_of_a_move(rules, form, prior, level)):
            mentions[i] = replace(level, direction=prior.direction)
    market_only = {f.start for f in figures if f.market_only}
    if market_only:  # "streams video in 1080p": a currency attached to digits is money only as a market figure
        mentions = [m for m in mentions if m.market_kind != "other" or m.start not in market_only]
    mentions = [replace(m, market_kind="other")
                if _paid_out_per_share(reading, m) or _dividend_moved_to(reading, mentions[i - 1] if i else None, m)
                else m for i, m in enumerate(mentions)]
    mentions = _headline_sums_dropped_below(reading, figures, mentions)
    mentions = _headline_sums_kinded_below(reading, mentions)
    mentions = _story_totals_kinded(reading, mentions)
    mentions += _alone(reading, {reading.sentence_of(m.start) for m in mentions})
    mentions.sort(key=lambda m: (m.start, m.end))
    if sums_dropped is not None:
        sums_dropped.extend(_sums_dropped(text, figures, mentions))
    return mentions


def _a_grade(reading: Reading, figure: Figure) -> bool:
    """Is the figure a percentage that names a good's grade (joins.tsv role=grade: "5% broken rice")?  A sum told after
    it is no level that grade moved to."""
    return figure.percent is not None and reading.rules.grade_after.match(reading.form, figure.end) is not None


def _bases_without_currency_kinded(figures: list[Figure], mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A base told without its currency is of the kind of the sum that lent it the currency, however many words of
    the sum's own stand between ("fell to 38.4 million pounds in its last financial year, which ended on June 28, from
    45.1 million a year earlier": both profit)."""
    lenders = {f.start: f.base_of for f in figures if f.base_of is not None}
    if not lenders:
        return mentions
    kinds = {m.start: m.market_kind for m in mentions}
    return [replace(m, market_kind=kinds[lent]) if m.market_kind == "other" and (lent := lenders.get(m.start)) in kinds
            and kinds[lent] not in ("", "other") else m for m in mentions]


def _sums_dropped(text: str, figures: list[Figure], mentions: list[MoneyMention]) -> list[MoneyMention]:
    """The sums (no percentages, no fractions in words) that overlap no mention, as mentions of no kind."""
    starts = [m.start for m in mentions]
    dropped = []
    for figure in figures:
        if figure.amount is None or figure.percent is not None or figure.in_words:
            continue
        at = bisect.bisect_right(starts, figure.end)    # mentions that start before the figure ends
        if at and any(m.end > figure.start for m in mentions[max(0, at - _OVERLAP_LOOK_BACK):at]):
            continue
        dropped.append(MoneyMention(figure.start, figure.end, text[figure.start:figure.end], "", figure.amount,
                                    figure.currency, None, None, "", "", ""))
    return dropped


_NOT_TOTALLED = STOCK_KINDS | WORTH_KINDS | MOVE_KINDS  # kinds of a level or a move, which no total of a period adds up
_STORY_TOTAL_SCALE = 100  # how many times smaller than the lead's sum a total of its measure may be, at most
_STATISTIC_MEASURE_REACH = 80  # characters before a move of no trigger where its statistic's measure may stand
_OVERLAP_LOOK_BACK = 4  # mentions before a figure's end that may still overlap it (a phrase holds a few figures)


def _way_a_level_moved(reading: Reading, mentions: list[MoneyMention], level: MoneyMention) -> str:
    """The direction of the verb of change a sum is the level of, told with no change ("Net debt fell to A$640
    million"); with the level it moved from told between, only when the sums went that way: "down from its previous
    forecast of $2.35 to $2.45" names the ends of a range, no move."""
    direction, base = reading.moved_to(level.start, reading.sentence_of(level.start))
    if not direction:
        # (only a valuation, or a price or rate of no kind: a target, a forecast or a dividend set anew is an estimate
        # or a payout, no level reached)
        changed_to = {"valuation": reading.rate_moved_to, "other": reading.price_changed_to}.get(level.market_kind)
        return _way_an_object_was_changed_to(reading, mentions, level, changed_to) if changed_to else ""
    if base is None:
        return direction
    base_level = next((m for m in mentions if base[0] <= m.start < base[1]
                       and m.amount is not None and m.currency == level.currency), None)
    if base_level is None:
        return direction
    return direction if _went_that_way(base_level, level, direction) else ""


def _move_of_its_level(reading: Reading, level: MoneyMention | None, move: MoneyMention) -> MoneyMention:
    """A percentage move of no kind right before the level it went "to", a revenue or profit ("fell 58% to $63 million
    for second place": the film's takings), is that measure's move: the word that told the level's kind left
    percentages alone (a place in a ranking may be a share of a market too), but a move to a sum is no share."""
    if (level is None or move.market_kind != "other" or move.percent is None or not move.direction
            or level.amount is None or level.market_kind not in EARNED_KINDS or level.direction
            or reading.sentence_of(move.start) != reading.sentence_of(level.start)
            or (to := reading.rules.to_level.match(reading.form, move.end)) is None or to.end() <= level.start):
        return move
    return replace(move, market_kind=reading.rules.change_kinds.get(level.market_kind, level.market_kind))


def _way_an_object_was_changed_to(reading: Reading, mentions: list[MoneyMention], level: MoneyMention,
                                  changed_to: Callable[[int, Span], str]) -> str:
    """The direction of a verb of change whose object the level is the new value of (``changed_to`` reads the verb: a
    valuation's as a rate's, a price's or a rate's of no kind by joins.tsv role=changed_price), told with the level it
    moved from right after it in its currency ("have cut their valuation of the chain to $4 billion from $10 billion",
    "cut the rate for a container to about $3,900 in March from $4,600 in January": down): only that base, gone the
    other way, tells it a change and not a sum the object was set at ("raised the fund to $2 billion")."""
    direction = changed_to(level.start, reading.sentence_of(level.start))
    base_level = next((m for m in mentions if m.start >= level.end), None)
    if (not direction or base_level is None or base_level.amount is None or base_level.currency != level.currency
            or reading.rules.base_after.fullmatch(reading.form, level.end, base_level.start) is None):
        return ""
    return direction if _went_that_way(base_level, level, direction) else ""


def _went_that_way(base_level: MoneyMention, level: MoneyMention, direction: str) -> bool:
    """Whether a sum went ``direction`` from its base to its level."""
    return base_level.amount != level.amount and (base_level.amount < level.amount) == (direction == "up")


def _paid_out_per_share(reading: Reading, mention: MoneyMention) -> bool:
    """Is a price per share, told with no move, money the company hands its holders (a dividend told again, capital
    returned) rather than a price the stock traded at?"""
    if mention.market_kind != "share_price" or mention.direction or mention.amount is None:
        return False
    per_unit = reading.rules.per_unit.match(reading.low, mention.end)
    return per_unit is not None and (_dividend_paid_again(reading, mention, per_unit)
                                     or _capital_returned(reading, mention))


def _dividend_moved_to(reading: Reading, prior: MoneyMention | None, mention: MoneyMention) -> bool:
    """Is a price per share the level a dividend's move went to?  "raised its quarterly dividend by 5 cents to 58 cents
    a share": the sum of the move stands between the dividend and its level, so the "a share" after the level would
    otherwise make it the stock's price."""
    if (prior is None or mention.market_kind != "share_price" or prior.market_kind != "other" or not prior.direction
            or reading.rules.per_unit.match(reading.low, mention.end) is None):
        return False
    # (the level may be set off by a comma: "raised its dividend by 5 cents, to 58 cents a share, the company said")
    to_level = reading.rules.to_level.match(reading.form, prior.end + reading.form.startswith(",", prior.end))
    sentence = reading.sentence_of(mention.start)
    if to_level is None or to_level.end() <= mention.start or prior.start < sentence[0]:
        return False
    dividend = last_match(reading.rules.dividend, reading.form, max(sentence[0], prior.start - _PAID_OUT_REACH),
                          prior.start)
    return dividend is not None and not clause_break(reading.form, dividend.end(), prior.start)


def _dividend_paid_again(reading: Reading, mention: MoneyMention, per_unit: re.Match) -> bool:
    """Is a price per share what the company paid out, a dividend told again?  Paid per share right after the verb,
    in a sentence that names a dividend or right after one (after a noun of payment, in that sentence only): "The
    dividend is payable on Oct. 16 ... The company paid US$1.00 per ADS a year earlier" (no price the stock traded
    at)."""
    rules, form = reading.rules, reading.form
    if ((paid := rules.paid_out.search(form, max(0, mention.start - _PAID_OUT_REACH), mention.start)) is None
            or rules.paid_for.match(form, per_unit.end()) is not None):
        return False  # (a sum paid "for the stock" or "for his stake" bought it: a price, whoever paid it)
    sentence = reading.sentence_of(mention.start)
    if _a_person_ends(reading, sentence, paid.start()):
        return False  # a person pays out no dividend
    # (a noun of payment only in the dividend's own sentence: "The board suspended the dividend. Under the merger,
    # holders will receive a cash payment of $12 a share" is the price paid for the stock)
    opens = sentence[0] if paid.group("noun") else reading.start_of_sentence_before(sentence)
    return rules.dividend.search(form, opens, sentence[1]) is not None


def _capital_returned(reading: Reading, mention: MoneyMention) -> bool:
    """Is a price per share what the company hands back to its holders, right after a verb of returning it?  Money paid
    out as a dividend is, no price the stock traded at ("plans to return about NZ$2 a share to shareholders"); a
    level the stock "returned to" has "to" between and stays a price."""
    return reading.rules.returned_out.search(reading.form, max(0, mention.start - _PAID_OUT_REACH),
                                             mention.start) is not None


def _next_level_of_a_move(rules: Lexicon, form: str, prior: MoneyMention, level: MoneyMention) -> bool:
    """Whether ``level`` is one more level the move ``prior`` went to: for a rate of the market, joined on with its
    own stretch, after a comma and "to" ("by 25 basis points to 2%, to 1.75% from June") or as the upper end of a
    range it went to ("to a range of 3.75%-4.00%"), or a second rate the same verb moved ("to 27.25% and its lending
    rate to 28.25%"; joins.tsv role=rate_joined); for a sum, only of the same measure with its own "to" ("climbed
    from $41 million to $87 million in 2023 and to $90 million in 2024"): a plain "and" may join a sum of another
    thing."""
    goes_on = rules.move_goes_on.match(form, prior.end, level.start) is not None
    if level.percent is not None and prior.percent is not None:
        return level.market_kind == prior.market_kind == "other" and (
            goes_on or rules.range_joined.fullmatch(form, prior.end, level.start) is not None
            or rules.level_to_again.fullmatch(form, prior.end, level.start) is not None
            or rules.rate_joined.match(form, prior.end, level.start) is not None)
    told_at = rules.level_before.search(form, prior.end, level.start)
    return (level.percent is None and prior.percent is None and level.amount is not None and prior.amount is not None
            and (level.currency, level.market_kind) == (prior.currency, prior.market_kind) and goes_on
            and told_at is not None and not told_at.group("base"))


def _bases_of_moves_unmoved(reading: Reading, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """The level a verb of change took a sum from is where it stood, no move, though the verb stands right before it:
    "dropped from a record of $5.1 billion in 2022 to $3.2 billion" (the contract: the starting level has none)."""
    bases = set()
    for level in mentions:
        if level.percent is not None or level.amount is None:
            continue
        direction, base = reading.moved_to(level.start, reading.sentence_of(level.start))
        if direction and base is not None:
            bases |= {m.start for m in mentions if base[0] <= m.start < base[1]
                      and m.percent is None and m.direction == direction}
    return [replace(m, direction="") if m.start in bases else m for m in mentions]


def _headline_sums_dropped_below(reading: Reading, figures: list[Figure],
                                 mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A headline on a line of its own sums up its story in a few words, too few to tell what a sum is: when the story
    tells the same price-sized sum again and makes no row of it anywhere (an item's price, a public body's money), the
    headline's sum is that thing too ("Forever stamp climbs to 78 cents Sunday", then "The price of a first-class
    Forever stamp will rise to 78 cents")."""
    first = headline_on_its_own_line(reading.form, reading.sentences)
    if first is None:
        return mentions
    kept = {m.start for m in mentions}
    # sums told to a fraction only: a headline rounds a large sum the story tells exactly ("'Hamilton' tops $5 million",
    # then "$5.02 million" kept and "the first time a musical has grossed more than $5 million" dropped)
    below = [f for f in figures if f.start >= first[1] and f.amount is not None and f.percent is None
             and _told_to_a_fraction(f)]
    # a sum the story also keeps somewhere may be the headline's money: only one it never keeps is dropped
    kept_below = {(f.amount, f.currency) for f in below if f.start in kept}
    dropped = {(f.amount, f.currency) for f in below if f.start not in kept and not f.in_words} - kept_below
    told = {f.start: (f.amount, f.currency) for f in figures if f.end <= first[1]}
    # a headline's price rounds the one the story tells ("brisket tops $15 a pound", then "sold for $15.49 a pound")
    rounded = {f.start for f in figures if f.end <= first[1] and f.magnitude == 1.0 and f.amount
               and _rounds_one_of(f, dropped) and not _rounds_one_of(f, kept_below)}
    return [m for m in mentions if not (m.end <= first[1] and m.percent is None
                                        and (told.get(m.start) in dropped or m.start in rounded))]


_ROUNDED = 0.05  # how far, as a share of a headline's price, the price its story tells may stand from it


def _rounds_one_of(figure: Figure, sums: set[tuple[float, str]]) -> bool:
    """Is the headline's price within a few per cent of one of ``sums`` in its currency?"""
    return any(currency == figure.currency and abs(amount - figure.amount) <= _ROUNDED * figure.amount
               for amount, currency in sums)


def _told_to_a_fraction(figure: Figure) -> bool:
    """Is a sum told to a fraction of its unit: price-sized, or to the hundredth of its magnitude ("£1.14 billion")?
    Such a sum is the story's own figure, where a headline's "$1.1 billion" may round another the story tells."""
    if figure.magnitude == 1.0:
        return True
    tenths = figure.amount / figure.magnitude * 10
    return abs(tenths - round(tenths)) > 1e-6


def _headline_sums_kinded_below(reading: Reading, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A headline's sum that its few words leave of no kind (`other`) is what its story says the same sum is, when every
    row the story makes of it says one kind ("Alibaba stands by 380 billion yuan AI plan", then "could spend more than
    the 380 billion yuan it pledged for AI infrastructure": investment); not a revenue or profit, which a headline names
    in its own words, as the period the story tells them in dates them ("braces for $200 billion patent cliff" is no
    revenue of last year's), nor one its own noun names a loss ("faces $400 million hit", then "spend $400 million on
    recovery")).  So too a headline's deal, offer or stake (`investment`) that the story tells only as the worth it
    puts on a company (kind_properties.tsv deal_set): "Anvil raises Halden offer to £3.6bn", then "valuing the miner at
    about £3.6bn", is that valuation, the headline's few words naming the deal and the story what its sum measures."""
    first = headline_on_its_own_line(reading.form, reading.sentences)
    if first is None:
        return mentions
    kinds: dict[tuple, set[str]] = {}
    for m in mentions:
        if m.start >= first[1] and m.amount is not None and m.percent is None:
            kinds.setdefault((m.amount, m.currency), set()).add(m.market_kind)
    if not kinds:
        return mentions
    return [replace(m, market_kind=next(iter(told))) if (
        m.end <= first[1] and m.market_kind in ("other", "investment") and m.amount is not None and m.percent is None
        and reading.rules.headline_loss.match(reading.form, m.end) is None
        and len(told := kinds.get((m.amount, m.currency), ())) == 1
        and (told <= DEAL_SET_KINDS if m.market_kind == "investment" else not told & {"other", *EARNED_KINDS}))
        else m for m in mentions]


def _mention(reading: Reading, figure: Figure, prior: MoneyMention | None,
             figure_starts: list[int], earlier: MoneyMention | None = None) -> MoneyMention | None:
    sentence = reading.sentence_of(figure.start)
    window = (max(sentence[0], figure.start - TRIGGER_BEFORE), min(sentence[1], figure.end + TRIGGER_AFTER))
    near = reading.tokens_in(*window, sentence)
    direction, moved = reading.movement(figure, near, figure_starts)
    elided_subject = None  # the name whose possessive, its noun left out, moves the measure just told
    if not moved and figure.percent is not None:
        # a move's running total is a move too, though "to" stands before it: "Meituan slipped 0.8%, extending its
        # decline this month to 11%" (joins.tsv role=tally)
        direction = reading.tallied(figure, sentence)
        moved = tallied = bool(direction)
    else:
        tallied = False
    word_before = reading.word_right_before(figure, near)
    gapped, goes_on = None, False
    # a percentage right after a move told in its sentence, with no movement word of its own
    after_a_move = (not moved and figure.percent is not None and prior is not None and prior.percent is not None
                    and prior.direction and sentence[0] <= prior.start
                    and prior.end <= figure.start <= prior.end + _ALSO_REACH)
    if after_a_move and prior.market_kind == "share_move":
        # "Alibaba fell 3% on Friday, and Tencent 2%": the verb left out is the move before, told of another stock
        gapped = reading.rules.gapped.match(reading.form, prior.end, figure.start)
        if gapped is not None:
            direction, moved = prior.direction, True
    if (after_a_move and gapped is None and reading.rules.move_goes_on.match(reading.form, prior.end, figure.start)
            and not reading.vetoed(figure.start, figure.end, "percent", sentence, False)):
        # "It is up 2.1% week on week and about 23% year to date": the same move over another stretch (not a
        # share of a whole: "rose 5% in the quarter and 40% of it came from China")
        direction, moved, goes_on = prior.direction, True, True
    set_against = (after_a_move and gapped is None and not goes_on and prior.market_kind == "other"
                   and reading.rules.set_against.match(reading.form, prior.end, figure.start) is not None)
    if set_against:
        # "whose mandate returned minus 4.3% in the quarter against 2.1% for the fund as a whole": the same measure
        # of another subject, gone the way the move before went; a sign before that move was its own, so its verb
        # told no way ("returned", "was"), and a return is a gain unless a sign of its own says otherwise
        signed = reading.word_right_before(prior, near) in reading.rules.signs
        direction, moved = "up" if signed else prior.direction, True
    if figure.sign:
        direction = "down" if figure.sign == "-" else "up"
    elif word_before in reading.rules.signs:
        # "Free cash flow was negative 21.8 billion yuan"; a sign outweighs a word of growth before it ("Growth was
        # negative 3%" shrank)
        direction = reading.rules.signs[word_before]
    percent, mover_name, market_mover = None, None, False
    if figure.in_words and figure.sign:
        moved = True  # a multiple is its own movement word: "Its shares doubled"
    if figure.in_words and not moved:
        return None  # "half of its revenue comes from China" is a share of a whole, not a move
    if figure.percent is not None:
        spent_as_before = moved and _spending_told_before(reading, figure, sentence, prior)
        # the level a central bank's move told as a noun takes its rate to: "rate" before it names that rate, no veto
        policy = reading.policy_level(figure.start, figure.end, sentence) if not moved else ""
        # "... to 27.25% and its lending rate to 28.25%": the bank's rate too, moved by the same verb
        joined_rate = not moved and _a_rate_joined_to_a_policy_level(reading, figure, sentence, prior)
        goods_prices = moved and _prices_of_the_good_quoted_before(reading, sentence, prior)
        # (a good's price moving, whose unit is no count that moves: "$11.20 per million British thermal units last
        # week, down 14%")
        unit_price_moved = moved and _moves_after_a_unit_price(reading, figure, sentence, prior)
        # (and a move to a good's price per unit is that good's market price, whatever words name the good after a
        # word of price: "The list price of pulp in China slipped 4% to $540 a tonne"; role=price_noun; a few words
        # between, as the time the move took: "Kernel prices rose 3% last month to $3.40 a pound", none a move's own
        # word, as "wheat with 12.5% protein fell to $195 a tonne" moves no 12.5%)
        unit_price_moved = unit_price_moved or (
            moved and reading.rules.right_to_unit_price.match(reading.form, figure.end) is not None
            and reading.rules.price_noun.search(reading.form, reading.opening_of(sentence), figure.start) is not None)
        # (prices told in a clause after an auction: "the auction in Geelong on Thursday, where prices rose about 7%")
        auction_prices = moved and _prices_where_an_auction(reading, figure, sentence)
        if (not spent_as_before and not policy and not joined_rate and not goods_prices and not unit_price_moved
                and not auction_prices
                and reading.vetoed(figure.start, figure.end, "percent", sentence, moved)):
            return None
        if not moved and _offer_answering_a_pay_claim(reading, figure, sentence):
            return None
        trigger = reading.trigger(figure, near, window, "percent_kind", figure_starts, moved=moved)
        if trigger is None and window != sentence:
            # A long sentence may name its market word farther away: "Shares in Alibaba, one of the
            # most valuable assets in SoftBank's portfolio, tumbled ... before paring the loss to 3.3%".
            trigger = reading.trigger(figure, reading.tokens_in(*sentence, sentence), sentence, "percent_kind",
                                      figure_starts, moved=moved)
        kind = trigger[0]["percent_kind"] if trigger else ""
        if _measures_the_sum_it_moved_to(reading, figure, trigger, kind):
            kind = trigger[0]["amount_kind"]
        if kind == "transaction_volume" and _owned_by_no_platform(reading, trigger):
            return None  # "Carnival's bookings rose 12%": a cruise line's bookings are a count, as bare bookings are
        if policy or joined_rate:
            kind = "other"  # "expect a rate cut of 0.5% to 4.25%": a level, its direction read with the others below
        if policy and figure.hundredths:
            direction = policy  # "expect another cut of 25 basis points then": no level, the size is the move itself
        if kind == "revenue" and _sold_on_platforms(reading, trigger) or spent_as_before:
            kind = "transaction_volume"
        if not kind and not moved and _apart_from_a_market_level(reading, figure, sentence, prior, earlier):
            kind = "other"
        if not kind and not moved and _apart_from_the_sum_before(reading, figure, sentence, prior):
            kind = prior.market_kind
        mover = None
        if moved and (not kind or between(figure_starts, trigger[1], figure.start)):
            mover_name = reading.moving_name(sentence, figure)
            mover = None if mover_name is None else mover_name[0]
            if mover_name is not None and _a_value_with_no_stock_before(reading, mover_name, prior):
                mover, mover_name = None, None
        if kind and mover is not None and between(figure_starts, trigger[1],
                                                  mover if trigger[1] < mover else figure.start):
            # "... market capitalisation of HK$379.43bn, while Meituan rose 1.43 per cent", "SK Hynix, whose
            # market value topped $100 billion, rose 3.2%": the market word is the earlier figure's; a
            # company that moves is its stock
            kind = "share_move"
        elif (kind and kind != "share_move" and moved and prior is not None
              and prior.market_kind in MOVE_KINDS
              and sentence[0] <= prior.start and prior.end <= trigger[1] < figure.start):
            # "Sands China fell 2.9% after Macau reported gaming revenue of ..., and drugmaker Hengrui slid 1.7%": in a
            # list of stock moves, a company that opens its own clause and moves is its stock; the measure word
            # stands in another clause, between the two moves (a business that grows is not: "..., while Cloud
            # Intelligence grew 31%"); a stock's market value that moved is such a move too ("adding roughly $29
            # billion to its market value, and Baidu gained 5.4%")
            grows = reading.rules.grows_before.search(
                reading.form, max(sentence[0], figure.start - _GROWS_REACH), figure.start)
            own = None if grows else reading.moving_name(sentence, figure)
            if (own is not None and trigger[1] < own[0] and clause_break(reading.form, trigger[1], own[0])
                    and not clause_break(reading.form, own[0], figure.start)):
                kind, mover, mover_name = "share_move", own[0], own
            elif (own is None and not grows and earlier is not None and earlier.market_kind == "share_move"
                  and sentence[0] <= earlier.start and _one_more_predicate(reading, figure, sentence)):
                # "Hanwei's shares plunged 34% on Monday, wiping about $2.1 billion off its market value, and fell a
                # further 6.5% on Tuesday": one more predicate of the stock that moved, past the clause of its value
                kind = "share_move"
            elif (own is None and not grows and kind == "other" and prior.market_kind == "share_move"
                  and _in_participle_aside(reading, sentence, trigger[1])
                  and _one_more_predicate(reading, figure, sentence)):
                # "The stock dropped 9% in 2025, trailing the Kospi, but has climbed 14% since March": the index
                # stands in an aside, and one more predicate of the stock moves it again
                kind = "share_move"
        elif (kind == "other" and moved and prior is not None and prior.market_kind == "other" and earlier is not None
              and earlier.market_kind in ("share_move", "share_price") and sentence[0] <= earlier.start
              and earlier.end <= prior.start < trigger[1] < figure.start
              and _in_participle_aside(reading, sentence, trigger[1])
              and _one_more_predicate(reading, figure, sentence)):
            # "shares closed up 3.4% at HK$162.50, outpacing a 1.1% gain in the Hang Seng Index, and added another
            # 0.8%": the index stands in an aside, and one more predicate of the stock moves it again
            kind = "share_move"
        elif _after_the_aside_of_its_value(reading, figure, sentence, trigger, kind, moved, mover, prior, earlier):
            # "The shares have climbed 60% this year, valuing the group at about $90 billion, even after a 12% fall
            # from their August high": the valuation's word told the sum in its aside; the move after it is the stock's
            kind = "share_move"
        if moved and kind in ("other", "share_move"):
            market_kind = _market_or_stock(reading, figure, near, sentence, trigger, kind)
            if (kind == "share_move" and market_kind == "other" and mover is None
                    and _stock_moves_again(reading, figure, sentence, prior, earlier)):
                market_kind = "share_move"
            if kind == "other" and market_kind == "share_move" and mover is None:
                # "Exxon Mobil, the oil major, fell 2%": the company that moves names the stock, as with no market word
                mover_name = reading.moving_name(sentence, figure)
            kind = market_kind
        if figure.hundredths and kind != "other":
            # basis points are a market rate's move (a central bank's policy rate); a stock's, a spread's, a bond's or
            # a margin's are none ("JD's spreads have widened by about 40 basis points", "priced at 95 basis points
            # over Treasuries")
            return None
        stock_move = prior  # the move a running total goes on from, or the one before the price it moved to
        if (prior is not None and prior.market_kind != "share_move" and prior.amount is not None and earlier is not None
                and earlier.percent is not None and earlier.end <= prior.start):
            stock_move = earlier
        if (moved and stock_move is not None and stock_move.market_kind == "share_move"
                and sentence[0] <= stock_move.start and prior.end <= figure.start <= prior.end + _CONTINUATION_REACH
                and (tallied or reading.rules.continuation.search(reading.form, prior.end, figure.start))):
            # "Shares of Alibaba fell 3% on Friday, extending Thursday's 2.4% decline"; a stock's running total is its
            # move too: "Meituan slipped 0.8%, extending its decline this month to 11%", also after the price it moved
            # to ("dropped 2.7% to HK$96.55, extending its losses since April to 31%")
            kind = "share_move"
        elif (tallied and kind in STOCK_KINDS and stock_move is not None and stock_move.market_kind == "other"
              and stock_move.percent is not None and sentence[0] <= stock_move.start
              and prior.end <= figure.start <= prior.end + _CONTINUATION_REACH):
            # "The May contract settled 2.2% higher at 812 yuan a tonne, taking its gain this week to 5%": the running
            # total of a market's move told just before is that market's too, whatever trading word it was told with
            kind = "other"
        if not kind and goes_on:
            # "SMIC and Hua Hong tumbled 6.2% and 7.5% respectively": the same stocks' move; "Growth was 29% in the
            # October-December quarter of 2024 and 22% in the April-June quarter": the same growth
            kind = prior.market_kind
        if not kind and moved:
            # "Tencent shed 4.4%": a company that moves is its stock; "there was already a 9% decline"
            # follows a sentence that named the market: a move is a market figure in this story.
            # a level the move before went to is not read yet ("dropped 2.6% to 52.30 euros, though both remained
            # 40% higher"): the move before it is the stock's
            # one more predicate of a stock that moved earlier in the sentence moves it again: "It more than doubled
            # in 2025, then fell 14% from its October high"; a sum spent told between the stock's move and the pronoun
            # is nothing that moves ("rose 51%, lifted by a pledge to spend 380 billion yuan. Since then they slipped
            # 6%"), nor is the market value the move gave ("jumped 12% to 7.85 crowns, valuing it at about 910 million
            # crowns. They have more than doubled")
            kind = "share_move" if mover is not None or _stock_pronoun(reading, figure, sentence, prior) or (
                prior is not None and (prior.market_kind in ("other", "market_cap") or prior.market_kind in SPENT_KINDS)
                and prior.amount is not None and _stock_pronoun(reading, figure, sentence, earlier)) or (
                prior is not None and prior.market_kind == "share_move" and sentence[0] <= prior.start
                and (_one_more_predicate(reading, figure, sentence)
                     or _moves_again_right_after(reading, prior, figure))) else "other"
            if mover is not None and _names_the_market(reading, mover_name):
                # "Brent has fallen about 15%", "Aluminium slipped 0.5%": a commodity (or an index) that moves is the
                # whole market's, though its word stands too far before the figure to be its trigger
                kind, market_mover = "other", True
            elif kind == "share_move" and _moves_to_a_unit_price(reading, figure):
                kind, market_mover = "other", True
            if (prior is not None and prior.market_kind == "revenue" and _just_before(reading, sentence, prior)
                    and (reading.rules.grows_before.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                           figure.start)
                         or (kind == "other" and mover is None and reading.rules.shrinks_before.search(
                             reading.form, max(sentence[0], figure.start - _GROWS_REACH), figure.start)))):
                # "revenue ... rose 6% to 262.3 billion yuan. Cloud Intelligence grew 31%"; a business that shrinks,
                # named by no company, is a part of those sales too: "... the jewellery business grew 6%. Wines and
                # spirits dropped 8%"
                kind = "revenue"
        if kind == "share_move" and mover is None and unit_price_moved:
            kind = "other"  # "Lithium carbonate traded at 73,500 yuan a tonne on Wednesday, up 2% on the week"
        if (kind == "market_value_change" and moved and mover is None and prior is not None
                and prior.market_kind == "other" and prior.percent is not None and prior.direction
                and sentence[0] <= prior.start
                and reading.moving_name(sentence, figure) is None):
            # "The S&P 500 ended virtually flat, up 0.03%, after erasing a morning loss of as much as 0.6%"
            kind = "other"
        if (moved and kind in ("", "other", "share_move") and (trigger is None or trigger[1] >= figure.end)
                and reading.rules.unit_grows.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                    figure.start)):
            # "when the cloud unit grew just 7% and Alibaba's shares sank 6%": a business grows its sales
            kind = "revenue"
        if (moved and kind == "share_move" and mover is not None and (trigger is None or trigger[1] >= figure.end)
                and reading.rules.grows_before.search(reading.form, max(mover, figure.start - _GROWS_REACH),
                                                      figure.start)
                and _a_line_of_business_named(reading, sentence, figure)):
            # "Alibaba Cloud grows 34%": a line of business named in capitals grows its sales ("Texas Roadhouse grew
            # 3% on Monday" is still the stock's)
            kind = "revenue"
        if (moved and kind in ("", "other", "share_move")
                and reading.rules.line_moves.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                    figure.start)):
            kind = "revenue"  # "Alibaba's cloud surges 34%": a company's line of business moves its sales, no stock
        if goods_prices and (trigger is None or trigger[1] >= figure.end):
            # the good's market moved, though "Prices" opens the sentence as a company's name would (a trigger after
            # the move is a later clause's: "prices are about 10% lower ..., which has helped them win orders")
            kind, mover, mover_name = "other", None, None
        elif moved and kind != "other" and _prices_of_the_good_priced_before(reading, figure, sentence, prior):
            # "cocoa costs that peaked at $12,000 a tonne ..., even though prices have since more than halved": the
            # good's market moved, no sales or stock told elsewhere in the sentence
            kind, mover, mover_name = "other", None, None
        if (not kind and prior is not None and prior.direction and prior.amount is not None
                and _restated_as(reading, prior, figure)):
            kind = prior.market_kind  # "Alibaba was down HK$3.40, or 3.1 per cent": the move again, as a percentage
        elided = (reading.rules.elided_move.search(reading.form, max(sentence[0], figure.start - _ELIDED_REACH),
                                                   figure.start)
                  if (prior is not None and kind in ("share_move", prior.market_kind)
                      and prior.market_kind not in STOCK_KINDS and prior.market_kind not in ("", "other")
                      and _just_before(reading, sentence, prior)) else None)
        if elided is not None:
            named = reading.moving_name(sentence, figure) or elided.span("name")
            elided_subject = reading.clean_name(reading.form[named[0]:named[1]])
            if prior.subject and elided_subject == prior.subject:
                # the measure just told is that very name's: "Tencent's revenue rose 10% ... Tencent's jumped 3% in
                # Hong Kong" leaves out "shares", as no owner stands against another
                elided_subject = None
            else:
                # "Lazada's GMV fell 6% ... Shopee's rose 19%": a possessive whose noun is left out moves the measure
                # just told, no stock, and is that name's ("..., while Poly Developments' fell 12%", a name no mover
                # reads)
                kind = prior.market_kind
        if set_against:
            kind = prior.market_kind
        if not kind or (kind in RAISED_KINDS and reading.vetoed(figure.start, figure.end, "raised", sentence, moved)):
            return None
        if kind == "other" and trigger is not None and (_a_levys_rate(reading, trigger, figure, sentence)
                                                        or _a_rate_told_again_of_no_bank(reading, trigger, sentence)
                                                        or _a_bank_only_rate_of_no_bank(reading, trigger, sentence)):
            return None
        if not direction:
            direction = reading.change_told(figure, sentence)  # a direction only: the figure is no move of its own
        if not direction:
            direction = reading.growth_rate(figure, sentence, figure_starts)
        percent = -figure.percent if direction == "down" else figure.percent
    else:
        if reading.vetoed(figure.start, figure.end, "amount", sentence, moved):
            return None
        trigger = reading.trigger(figure, near, window, "amount_kind", figure_starts)
        if figure.heading is not None:
            # the heading that gives a list its currency says what its sums are too, whatever an item's own words:
            # "Net southbound buying ..., in Hong Kong dollars:" over "- Sept. 29-30: net sales of 1.5 billion"
            heading = reading.sentence_of(figure.heading[0])
            trigger = reading.trigger(replace(figure, start=figure.heading[1], end=figure.heading[1]),
                                      reading.tokens_in(*figure.heading, heading), figure.heading, "amount_kind",
                                      skip="share_price") or trigger  # a sum with its magnitude is no share's price
        stock_moved = False
        if trigger is not None and trigger[0]["amount_kind"] == "share_price" and figure.magnitude >= _MILLION:
            # "repurchased 4.7 million ADSs for $253 million", "the previous annual high of HK$806 billion":
            # no share costs millions; the nearest other trigger says what the figure is
            stock_moved = moved and trigger[0]["moved_kind"] == "share_move"
            # (a whole company's fair value is what it is worth: "estimate Ant's fair value at about 1.1 trillion yuan";
            # so is the price of a name priced whole: "Ant was priced at $315 billion")
            worth = not moved and (reading.rules.whole_worth.match(reading.form, trigger[1]) is not None
                                   or _priced_as_a_whole(reading, trigger[1], sentence))
            trigger = (_WHOLE_WORTH, trigger[1]) if worth else reading.trigger(
                figure, near, window, "amount_kind", figure_starts, skip="share_price")
            if trigger is None and window != sentence and _paid_for_after_an_aside(reading, figure, sentence):
                # the shares it was paid for may be restated in an aside that puts the verb out of the window:
                # "repurchased 1.19 billion ordinary shares, the equivalent of 148.9 million American depositary
                # shares, for $11.9 billion"
                trigger = reading.trigger(figure, reading.tokens_in(*sentence, sentence), sentence, "amount_kind",
                                          figure_starts, skip="share_price")
        elif (profit := _per_share_of_profit(reading, figure, near, window, figure_starts, trigger)) is not None:
            trigger = profit
        elif (fined := _fined_each(reading, figure, near, window, figure_starts, trigger, moved)) is not None:
            trigger = fined
        if trigger is None and window != sentence and _paid_for_after_an_aside(reading, figure, sentence):
            # what was paid "for" after a long aside is the price of what the sentence's verb took, however far it
            # stands: "Ant then transferred a 10.3 per cent stake to <a buyer>, <an aside on it>, for about $628
            # million"
            trigger = reading.trigger(figure, reading.tokens_in(*sentence, sentence), sentence, "amount_kind",
                                      figure_starts, skip="share_price" if figure.magnitude >= _MILLION else "")
        if (trigger is None and window != sentence and reading.rules.pronoun_reached.search(
                reading.form, max(sentence[0], figure.start - _GROWS_REACH), figure.start)):
            # "Ant's profit attributable to shareholders rose in 2023, Alibaba's annual report shows, and Alibaba's
            # share of it came to 8.1 billion yuan": the pronoun names the measure its sentence told farther back (no
            # share costs millions: "profit attributable to equity holders" is the profit's)
            trigger = reading.trigger(figure, reading.tokens_in(*sentence, sentence), sentence, "amount_kind",
                                      figure_starts, skip="share_price" if figure.magnitude >= _MILLION else "")
        if trigger is None:
            trigger = _ranked_before(reading, figure, sentence)
        row = trigger[0] if trigger else None
        if row is not None:
            figure.market_only = False  # "a final dividend of 9.1p a share": a trigger says what pence are
        kind = "other" if row is None else (row["moved_kind"] if moved else "") or row["amount_kind"]
        if _market_value_changed_by(reading, figure, sentence, trigger, moved):
            kind = row["moved_kind"]  # "cut the company's market value by more than $600 billion": its change
        if kind == "revenue" and _sold_on_platforms(reading, trigger):
            kind = "transaction_volume"
        if kind == "profit" and not moved and _earned_from_takings(reading, figure, sentence):
            kind = "revenue"
        if kind == "profit" and not moved and _a_good_earns(reading, figure, sentence):
            kind = "other"
        if kind == "investment" and not moved and _paid_to_a_public_payee(reading, figure, sentence):
            kind = "fine"
        if (moved and kind in MOVE_KINDS and row["amount_kind"]
                and reading.rules.crosses_before.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                        figure.start)):
            # the level it crossed: "its market value has climbed back above $300 billion", "the shares dipped below
            # HK$50"
            kind = row["amount_kind"]
        if (row is None and not stock_moved and figure.magnitude == 1 and prior is not None
                and prior.market_kind == "share_price" and sentence[0] <= prior.start and prior.end <= figure.start
                and reading.rules.target_gapped.match(reading.form, prior.end, figure.start)):
            kind = "share_price"  # "lifted its target to $200 from $180 last Thursday, and Benchmark moved to $210"
        elif row is None and stock_moved:
            kind = "market_value_change"  # "Chip stocks lose $410 billion": stocks that move by billions move in value
        elif row is None and moved and figure.magnitude == 1:
            mover_name = reading.moving_name(sentence, figure)
            if (mover_name is not None and not reading.rules.placed_before.search(
                    reading.form, max(sentence[0], mover_name[0] - _PLACED_REACH), mover_name[0])
                    and not _moves_to_a_unit_price(reading, figure)):
                # "Alibaba was down HK$3.40": a company that moves by a price is its stock; no share is priced by the
                # kilo, so a move to a price per unit is that good's ("The indicator gained 21 cents to 1,348 cents a
                # kilo")
                kind = "share_move"
        elif (row is None and not moved and figure.magnitude == 1 and _pronoun_at_its_level(reading, sentence, figure)
              and prior is not None and prior.market_kind == "share_move"
              and _stock_pronoun(reading, figure, sentence, prior)):
            # "... trimming a 42% loss over the past 12 months. They peaked at $38.20 in March 2021": a pronoun right
            # after a stock's move stands for that stock, and the level its verb puts it at, or reaches with no word
            # of level ("They touched $145.40 on March 7"), is its price (no object between: "It sells its basic
            # model at $299" prices a product)
            kind = "share_price"
        elif ((row is None or trigger[1] > figure.end and clause_break(reading.form, figure.end, trigger[1]))
              and not moved and figure.magnitude == 1 and prior is not None
              and (prior.market_kind in STOCK_KINDS and sentence[0] <= prior.start
                   or _a_stock_pronoun_opens_after(reading, sentence, prior, earlier))
              and reading.rules.stock_pronoun_reached_after.match(reading.form, figure.end)
              and not _another_subject_between(reading, prior.end, figure.start)):
            # "The ADRs closed at $166.40, ..., well below the record of $317.14 they reached in October 2020": a
            # level a pronoun of the stock moved before it reached is that stock's price, however many words
            # stand between the move and the level (a clause of another subject between gives the pronoun that
            # subject: "though Brent crude remains far below the $88.60 it reached"); a trigger past a comma after it is
            # a later clause's ("the 180p they reached in 2023, before a slump hit orders")
            kind = "share_price"
        elif (row is None and figure.magnitude == 1 and prior is not None and prior.market_kind == "profit"
              and prior.amount is not None and prior.amount >= _MILLION and sentence[0] <= prior.start
              and _restated_as(reading, prior, figure)):
            # "narrowed to $48.2 million, or 61 cents a share, from $55.9 million, or 74 cents": a profit of millions
            # restated in cents is the profit per share, its "a share" left out
            kind = "profit"
        elif (not moved and figure.magnitude >= _MILLION and _sizes_a_company(reading, figure, sentence, trigger)):
            kind = "market_cap"  # "The $320 billion Chinese e-commerce giant": a company sized by its market value
        elif ((row is None or _lost_on_revenue(reading, figure, trigger)) and moved and figure.magnitude >= _MILLION
              and direction == "down"
              and reading.rules.loses_before.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                    figure.start)
              and (reading.moving_name(sentence, figure, stock=False) is not None
                   or reading.rules.unit_loses.search(reading.form, max(sentence[0], figure.start - _UNIT_REACH),
                                                      figure.start)
                   or (reading.rules.shared_loses.search(reading.form, max(sentence[0], figure.start - _UNIT_REACH),
                                                         figure.start)
                       and _a_name_opens_the_sentence(reading, sentence))
                   or (row is None and (prior is None or prior.end <= sentence[0])
                       and reading.rules.lost_in_passing.search(
                           reading.form, max(sentence[0], figure.start - _UNIT_REACH), figure.start)
                       and not reading.rules.own_noun_after.match(reading.form, figure.end)))):
            # "Moore Threads lost 1.6 billion yuan last year": a company's loss, also in a predicate joined on by "but"
            # to its first ("Kestrel sold 41,000 cars, but lost 2.3 billion yuan"); so is its business's ("The company's
            # quick-commerce arm, which competes with Meituan and JD.com, lost 21.7 billion yuan"), and what a clause
            # with no market word and no figure before told losing in passing ("its previous show closed after a 16-week
            # run, losing £2.2 million"; a stock's "fell 17%, losing $600 billion" is its market value, and a sum with a
            # noun of its own after it is of that: "held the town for a week, losing about $3 million in looted goods")
            kind = "profit"
        elif (row is not None and trigger[1] < figure.start and moved
              and (row["amount_kind"] in RAISED_KINDS
                   or row["amount_kind"] == "revenue" and clause_break(reading.form, trigger[1], figure.start))
              and direction == "down" and figure.magnitude >= _MILLION
              and reading.rules.loses_before.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                                    figure.start)):
            # "Nio has not turned a quarterly profit since it listed in New York in 2018 and lost 5.1 billion yuan":
            # a sum lost is no money raised or spent, whatever word of raising stands before its verb, nor revenue of a
            # clause before ("posted revenue of 21.3 billion yuan, ..., and it lost just 300 million yuan")
            kind = "profit"
        if (kind == "investment" and figure.magnitude == 1 and trigger is not None and trigger[1] < figure.start
                and ((level := _level_before(reading, sentence, figure)) and level.group().startswith("at")
                     or reading.rules.level_range.search(
                         reading.form, max(sentence[0], figure.start - _RANGE_WORD_REACH), figure.start))):
            # "I bought Xiaomi at HK$58 in June": what a stock was bought at, with no magnitude, is its price (so too
            # "were bought at prices between US$92.10 and US$121.60 per ADS"); lots of a good bought so, the good's
            kind = "other" if _lots_bought(reading, trigger, figure) else "share_price"
        if (kind == "share_price" and row is not None and trigger[1] < figure.start
                and reading.rules.stock_pronoun_reached_after.match(reading.form, figure.end)
                and _another_subject_between(reading, trigger[1], figure.start)):
            # the pronoun of a level told in a clause of another subject stands for that subject, not the stock the
            # sentence opened with: "Tessaro's shares rose 4% as Brent crude rose to $82 a barrel, below the $90 it
            # hit"
            kind = "other"
        if (kind == "share_price" and prior is not None and prior.market_kind in PER_SHARE_KINDS
                and prior.amount is not None and prior.end <= figure.start
                and reading.rules.equivalent.fullmatch(reading.form, _past_per_unit(reading, prior.end, figure.start),
                                                       figure.start)):
            # "net income fell 52% to RMB21.0 billion, or RMB9.07 per ADS": the profit per share; "offered $3.75
            # billion, or $0.62 per share, to buy out minority shareholders": the offer per share; "a dividend of
            # US$0.114 per share (or US$0.57 per ADS)": the dividend per ADS
            kind = prior.market_kind
        elif kind == "share_price" and reading.rules.offer_at.search(
                reading.form, max(sentence[0], figure.start - _OFFER_REACH), figure.start):
            # "will launch a tender offer for the convenience store operator at 2,600 yen per share"
            kind = "investment"
        elif kind == "share_price" and reading.rules.listed_at.search(
                reading.form, max(sentence[0], figure.start - _OFFER_REACH), figure.start):
            kind = "ipo"  # "first listed in Hong Kong in November 2019 at HK$176 a share": the price it listed at
        elif kind == "share_price" and not moved and _high_end_of_an_offer_range(reading, figure, prior):
            kind = "ipo"  # "priced its listing at 42-48.60 yuan a share": the offer's range, no traded price
        elif (kind == "share_price" and row is not None and not row["moved_kind"]
              and (level := _market_level(prior, earlier)) is not None and level.end <= figure.start
              and _just_before(reading, sentence, level) and _only_levels_between(reading, level.end, figure, sentence)
              and reading.subject(figure.start, figure.end, sentence) in ("", level.subject)):
            # a high, low or record right after a market's price (a commodity's per tonne) is that market's level, no
            # stock's: "... close at $13,020 a tonne on Friday. On Wednesday it touched an all-time high of $13,140";
            # its move told between them leaves it so: "Copper traded at $12,450 a tonne ..., up 2.1% on the day,
            # within sight of the record $12,930 it hit on Jan. 22"
            kind = "other"
        if (kind == "valuation" and prior is not None and sentence[0] <= prior.start
                and (prior.market_kind in STOCK_KINDS or _level_of_a_stock_move(reading, earlier, prior))
                and reading.rules.valuing_after.search(reading.form, prior.end, figure.start)):
            # "closed down 31p, or 22%, at 109p, valuing the company at about £150m": its price's value
            kind = "market_cap"
        elif kind == "valuation" and _value_apposed_after_its_stock(reading, figure, sentence, trigger, prior):
            # "... fell 3.4% to 41.20 crowns. The company, valued at about 6.3 billion crowns, said"
            kind = "market_cap"
        elif kind == "valuation" and _past_an_apposed_value(reading, figure, sentence, trigger, prior):
            kind = "other"  # "The company, valued at about 6.3 billion crowns, said its costs would rise by $4 million"
        elif (kind == "valuation" and reading.rules.valued_close.match(reading.form, figure.end)
              and not reading.rules.held_worth.search(reading.form, sentence[0], figure.start)):
            kind = "market_cap"  # "was valued at about $330 billion at Monday's close": the value a day's close set
        if kind == "valuation" and not moved and reading.rules.yearly_after.match(reading.form, figure.end):
            # "The Gulf could be worth £20 million a year to Welsh farmers": what comes in each year is a flow of
            # money, no worth a thing is valued at once
            kind = "other"
        if (kind in ("other", "investment") and not moved and (held := reading.rules.held_worth.search(
                reading.form, max(sentence[0], figure.start - _HELD_WORTH_REACH), figure.start))):
            # "The fund held Alibaba shares worth 21.4 billion kroner": a holding's worth; a person's is a fortune
            # ("its founder Robin Li owned shares worth about $3.1 billion"); what a stake a deal traded was then
            # worth is still the holding's, no money the deal paid ("in exchange for the state's 26% stake in Centerra,
            # then worth about $950 million")
            kind = "net_worth" if _a_person_ends(reading, sentence, held.start()) else "valuation"
        elif kind == "other" and row is None and not moved and (apposed := _apposed_worth(reading, figure, sentence)):
            kind = apposed  # "Nvidia, worth about $4.4 trillion, reports ...": the worth of the name set off before it
        elif kind == "other" and row is None and not moved and _valued_at(
                reading, figure, sentence, reading.rules.value_name_at, _VALUE_NAME_REACH):
            kind = "valuation"  # "Analysts at Ridgeway Capital value Clearwell at $3.4 billion": what they value it at
        elif kind == "investment" and not moved and _valued_at(
                reading, figure, sentence, reading.rules.value_object_at, _VALUE_OBJECT_REACH):
            # "Advisers have valued the council's 49% stake in the airport at about £150 million": what the stake was
            # valued at, no money put into it
            kind = "valuation"
        if (kind == "other" and not moved and figure.magnitude >= _MILLION and reading.rules.built_costs.search(
                reading.form, sentence[0], figure.start)
                and not reading.rules.undone_after.match(reading.form, figure.end)):
            kind = "investment"  # "The terminal, due to open in 2028, will cost $1.2 billion": money spent on it
        if not moved and row is not None and _reckoned_on_a_multiple(reading, figure, sentence, trigger):
            kind = "valuation"  # "Put it on 12 times 2027 earnings and the unit is worth $48 billion": no market cap
        elif not moved and row is not None and _triggered_by_its_multiple(reading, figure, sentence, trigger):
            kind = "other"  # "Lorne borrowed $2 billion, about 4 times its EBITDA": the EBITDA is no sum's profit
        if (kind == "other" and row is None and not moved and prior is not None and prior.percent is not None
                and prior.market_kind in EARNED_KINDS
                and sentence[0] <= prior.start <= prior.end <= figure.start
                and reading.rules.base_when.match(reading.form, prior.end, figure.start)):
            # "up 2% from a year earlier, when the company booked 280.2 billion yuan": the base the growth is measured
            # against, told as a sum, is the same measure
            kind = prior.market_kind
        if not moved and prior is not None and sentence[0] <= prior.start \
                and _set_against_a_price_per_unit(reading, prior, figure):
            # "sold its gold at an average of $4,126 an ounce, against $3,458 a year earlier": the price compared
            # with, whatever word of selling stands before it
            kind = prior.market_kind
        if kind == "investment" and _raised_in_a_listing(reading, figure, sentence):
            kind = "ipo"  # "Xiaomi lists in Hong Kong at HK$17 a share, raising $4.7 billion"
        elif kind == "investment" and _raised_like_listings(reading, figure, sentence, trigger, prior, figure_starts):
            # "112 companies had listed ..., raising HK$285 billion. That is ... the HK$88 billion raised in 2024"
            kind = "ipo"
        listed = kind in RAISED_KINDS and reading.vetoed(figure.start, figure.end, "listing", sentence, moved)
        if listed:
            # what a whole market's listings raised is IPO money too, not left out as a market statistic:
            # "Hong Kong's IPO market had its busiest year ..., with more than HK$280 billion raised"
            kind = "ipo"
        elif kind in RAISED_KINDS and reading.vetoed(figure.start, figure.end, "raised", sentence, moved):
            return None  # "Hong Kong's IPO market had its busiest year ..., with more than HK$280 billion raised"
    if (kind == "investment" and figure.percent is not None and not moved
            and _raised_to_a_level(reading, figure, sentence, trigger, figure_starts)):
        return None  # "plans to raise the mandatory biodiesel blend to 50%": a level, no money raised
    if kind in STOCK_KINDS and (_market_opens_sentence(reading, figure, sentence)
                                or _pronoun_of_a_market(reading, figure, sentence, prior)):
        kind = "other"  # "Spot gold hit a record ... before easing to trade 0.4% higher at $4,160": the market's level
    elif kind in STOCK_KINDS and _priced_per_unit_of_a_good(reading, figure, moved):
        kind = "other"  # "The May contract on the Dalian exchange settled 2.2% higher at 812 yuan a tonne": no share's
    if kind == "other" and figure.percent is None and not moved and _sold_a_year(reading, figure, sentence):
        kind = "revenue"  # "sells about $310 million of heaters, fans and air purifiers a year": the company's sales
    if kind in ("other", "revenue") and figure.percent is None and _sold_by_sellers(reading, figure, sentence, trigger):
        kind = "transaction_volume"  # "merchants on AliExpress sold goods worth 18.6 billion lira": what sold on it
    if (kind == "investment" and figure.percent is None and not moved and trigger is not None
            and trigger[1] > figure.end and reading.rules.debt_held_noun.match(reading.low, trigger[1]) is not None
            and reading.rules.debt_held.search(reading.form, max(sentence[0], figure.start - _PAID_FOR_REACH),
                                               figure.start) is not None):
        kind = "other"  # "has a separate US$500 million bond maturing in January": debt it owes, nothing raised now
    if (kind == "other" and figure.percent is None and figure.amount is not None
            and (reading.rules.part_of_takings.match(reading.form, figure.end) is not None
                 or reading.rules.work_took.search(reading.form, max(sentence[0], figure.start - _WORK_TOOK_REACH),
                                                   figure.start) is not None)):
        # a film's takings: "added another $112 million overseas for a global launch of $197 million", "'The Lost
        # Harbour', a thriller the studio co-financed, took 310 million rupees"
        kind = "revenue"
    if (kind in ("investment", "other") and figure.percent is None and not moved
            and reading.rules.goods_bought_on.match(reading.form, figure.end) is not None):
        kind = "transaction_volume"  # "bought about $212 million of goods from Chinese suppliers on Alibaba.com"
    if kind == "other" and figure.percent is None and not moved and reading.rules.platform_handled.search(
            reading.form, max(sentence[0], figure.start - _HANDLED_REACH), figure.start):
        kind = "transaction_volume"  # "Lazada, controlled by Alibaba Group, handled goods worth 38.5 trillion dong"
    if kind == "other" and figure.percent is None and not moved and _own_goods_sold(reading, figure, sentence):
        kind = "revenue"  # "The company has now sold rough diamonds worth $1.18 billion": the company's sales
    if (kind == "revenue" and _trigger_word(reading, trigger) in reading.rules.sold_words
            # "27 merchants took part and sales reached just 52 million yuan": what they sold on it; so too
            # "... sold goods worth 18.6 billion lira. She said sales should top 25 billion lira"
            and (reading.rules.sellers_counted.search(reading.form, *sentence) is not None
                 or _sales_of_sellers_told_before(reading, sentence, trigger, prior))):
        kind = "transaction_volume"
    if kind in ("revenue", "investment", "other"):
        if _sales_of_a_shopping_festival(reading, figure, sentence, trigger):
            kind = "transaction_volume"  # "Sales during this year's Singles Day shopping festival rose 2.5%"
        else:
            again = _sales_of_the_festival_again(reading, figure, sentence, trigger)
            if again is False:
                return None  # "Sales during the festival", of no shopping festival told before: a fair's, or one shop's
            if again:
                kind = "transaction_volume"  # "... its 11.11 shopping festival ... Sales during the festival rose 20%"
            elif _taken_in_by_the_festival_again(reading, figure, sentence):
                kind = "transaction_volume"  # "... its Double 11 shopping festival ... The 2020 festival brought in"
    if kind == "other" and figure.percent is not None and _revenue_growth_goes_on(reading, figure, sentence, prior):
        kind = "revenue"  # "Cloud revenue rose 28% in the quarter. Growth should stay above 25% next year"
    if (kind in RAISED_KINDS or kind == "other") and figure.percent is None \
            and _a_seller_goes_on(reading, figure, sentence, prior):
        # "... sold 1.9 billion tugriks of goods through the site. She expects to sell 2.5 billion"
        kind = "transaction_volume"
    if kind == "transaction_volume" and figure.percent is None and _orders_a_debt_sale_drew(reading, figure, sentence):
        kind = "other"  # "Acme Energy priced $3 billion of 30-year bonds on Tuesday. Orders peaked above $9 billion"
    if figure.percent is None and not direction:
        direction = reading.changed_by(figure, sentence)  # a sum something was cut or raised by went that way
    if gapped is not None:
        kind, mover_name = "share_move", gapped.span("name")
    currency = figure.currency
    if "/" in currency:
        currency = reading.currency_hint(figure, sentence, currency.split("/"))
    elif currency == "USD" and reading.form.startswith("$", figure.start) and reading.local_dollar:
        currency = reading.local_dollar  # "SYDNEY - ... a $48.3 million hole": a local paper's bare "$" is its own
    subject = reading.subject(figure.start, figure.end, sentence)
    if subject and kind == "other" and figure.percent is None and _a_good_earns(reading, figure, sentence):
        subject = ""  # "Pepper earned about 1.2 billion ringgit": a good, whose takings these are, is no one's name
    if (subject and figure.percent is not None and kind == "other" and trigger is not None
            and trigger[0]["percent_kind"] == "other"
            and _WORD.match(reading.low, trigger[1]).group() not in subject.lower()):
        # the move of a market index is the index's, named by its word ("the Nasdaq Composite slipped 0.4%"), or no
        # one's: "JD.com shares have fallen 18%, lagging the Hang Seng Index, which has gained 29%"
        subject = ""
    if kind in ("revenue", "other") and _the_releases_statistic(reading, figure, sentence, trigger, subject):
        return None  # "Retail sales fall 0.6% in December ... Sales at motor vehicle and parts dealers dropped 2.4%"
    if kind == "market_cap" and trigger is not None and trigger[0]["words"].startswith("is worth|"):
        kind = _worth_of(reading, sentence, trigger[1]) or kind
        if kind == "market_cap" and subject and _titled(reading, subject, sentence, figure.start):
            # "Founder Colin Huang, who ..., is worth about $51 billion": a person's worth is a fortune
            kind = "net_worth"
    if kind == "valuation" and trigger is not None and reading.low.startswith("valued at", trigger[1]):
        kind = _valued_as_worth(reading, sentence, trigger[1]) or kind
    if kind == "valuation" and _a_persons_stake(reading, sentence, figure):
        kind = "net_worth"  # "Tsai's own roughly 1.4% stake is worth about $4.1 billion": a person's fortune
    named = reading.form.rfind(subject, sentence[0], figure.start) if subject and kind == "share_move" and moved else -1
    if not subject and kind == "share_move" and moved and mover_name is None:
        # a trigger that says the move is a stock's leaves the name that moved unread: "Tianqiong soars 48% in its
        # Hong Kong debut" is still Tianqiong's, "Shares of Churchill Downs, which owns the track, fell 11%" Churchill
        # Downs'; a run of capitals that holds a noun of the stock ("Stock", "Veranth Shares") names no company whole
        mover_name = reading.moving_name(sentence, figure)
        if mover_name is not None and not reading.rules.referred_nouns.isdisjoint(
                reading.low[mover_name[0]:mover_name[1]].split()):
            mover_name = None
    if not subject and (kind == "share_move" or market_mover) and mover_name is not None:
        # the company that moves by the figure, when no rule of subjects.tsv names one ("Samsung Electronics,
        # Korea's largest company, rose 2%")
        subject = reading.clean_name(reading.form[mover_name[0]:mover_name[1]])
    elif named >= 0 and any(c.isupper() for c in reading.form[named + len(subject):figure.start]):
        # the company that moves by the figure is whose move it is, not another name of the sentence:
        # "Hess Midstream shares jumped 29%, while Chevron slipped 0.8%" (a pronoun that moves, "They
        # fell 8%", names no one); only another name between the two may part them
        name = mover_name or reading.moving_name(sentence, figure)
        if name is not None and reading.rules.name_inner.fullmatch(reading.form, named + len(subject), name[0]):
            # the name that moves goes on from the subject over a word inside one name (names.tsv role=inner):
            # "Shares of Hong Kong Exchanges and Clearing fell 2%", "Shares of Bank of America fell 2%"
            name = (named, name[1])
        subject = reading.clean_name(reading.form[name[0]:name[1]]) or subject if name is not None else subject
    if elided_subject is not None:
        subject = elided_subject or subject
    return MoneyMention(
        start=figure.start, end=figure.end, text=reading.text[figure.start:figure.end], market_kind=kind,
        amount=figure.amount, currency=currency,
        # a bare "$" read as a local dollar has no US amount of its own
        amount_usd=figure.amount if currency == "USD" else None if figure.currency == "USD" else figure.amount_usd,
        percent=percent,
        direction=direction, approx=reading.rules.approx.get(word_before, ""),
        subject=subject)


# Before "was worth": a report's verb that puts it off (joins.tsv role=worth_reported), an aside set off by commas
# ("The contract, signed in March 2021, was worth"), what the noun is "of" or "in" (joins.tsv role=worth_of: "her
# stake of about 0.7% was worth", "Ma's 4% stake in Ant is now worth"; a stake "in" a company is still the stake), and
# who told the worth (joins.tsv role=worth_told: "a deal the Hanoi-based conglomerate said was worth").
_WORTH_ASIDE = re.compile(r",[^,;]{1,80},\s*\Z")
_ASIDE_BETWEEN = re.compile(r",[^,;]{1,80},")
_WORTH_NOUN = re.compile(r"([a-z][\w-]*)\s*\Z", re.I)
# words of who told a worth, between its noun and the verb of telling ("that people ... said"), or a sum
_WORTH_TELLER_WORDS = 6


def _valued_as_worth(reading: Reading, sentence: Span, verb: int) -> str:
    """The kind of a thing "valued at" a sum when it is a thing whose worth is money it moves (kinds.tsv "<noun> is
    worth" of kind investment or other): the noun right before the verb, past its copula ("The port project is valued
    at"), or a few words before whoever valued it ("a project the two sides valued at RO38.5 million" is the deal's
    money, no valuation of a company); else "" (a company or a business valued at a sum stays a valuation)."""
    rules = reading.rules
    words = reading.form[sentence[0]:verb].split()
    kept = len(words)
    while words and words[-1].lower() in rules.copulas:
        words.pop()
    active = len(words) == kept
    # (in "which the deal valued at", the deal valued; the thing valued stands before "which"; a copula makes "valued"
    # passive, whoever valued unnamed: in "said that the project is valued at", "that" opens no valuer's clause)
    told = words[-_WORTH_TELLER_WORDS:] if active else []
    opens = [at for at, word in enumerate(told) if word.lower() in rules.valuer_opens]
    if opens:
        words = words[:len(words) - len(told) + opens[-1]]
    if not active:
        words = _past_a_closed_aside(words)
    for count in range(1, min(_WORTH_TELLER_WORDS, len(words)) + 1):
        word = words[-count]
        row = rules.triggers.get(key_of(f"{word.rstrip(',')} is worth"))
        if row is not None and row["amount_kind"] and row["amount_kind"] != "net_worth":
            return row["amount_kind"] if row["amount_kind"] in ("investment", "other") else ""
        if word.endswith(","):
            break  # an aside or a name set off before it: "Shein, the retailer last valued at"
    return ""


def _past_a_closed_aside(words: list[str]) -> list[str]:
    """The words before "is valued at" up to the noun an aside set off by commas right before the copula is about: in
    "Noon, backed by the Public Investment Fund, was valued at" the start-up is valued, no fund, so the aside's last
    noun says nothing of what the sum is worth (with no comma opening the aside, the words stay as they are)."""
    if not words or not words[-1].endswith(","):
        return words
    for at in range(len(words) - 2, -1, -1):
        if words[at].endswith(","):
            return words[:at + 1]
    return words


def _ranked_before(reading: Reading, figure: Figure, sentence: Span) -> tuple[dict, int] | None:
    """"The fine is the second-largest the central bank has imposed. The largest, €7 million, was on a payments
    firm": a superlative opening the sum's sentence leaves its noun out, as the ranking just told names it, so the
    trigger of the sentence before, ahead of its ranking word, says what the sum is (joins.tsv role=ranked_left_out)."""
    rules = reading.rules
    if rules.ranked_left_out.fullmatch(reading.form, sentence[0], figure.start) is None:
        return None
    before = reading.start_of_sentence_before(sentence)
    ranked = rules.ranked_told.search(reading.form, before, sentence[0]) if before < sentence[0] else None
    if ranked is None:
        return None
    for start, _end, key in reversed(reading.tokens_in(before, ranked.start(), reading.sentence_of(before))):
        row = rules.triggers.get(key)
        if row is not None and row["amount_kind"]:
            return row, start
    return None


def _worth_of(reading: Reading, sentence: Span, verb: int) -> str:
    """The kind of what "is worth" a sum, read from the noun before the verb when a report's verb, an aside, an "of"
    or who told the worth stands between them: the kinds.tsv row "<noun> is worth" (a deal's worth is money it
    moves, a contract's no company's value, a stake's its holder's), a count of shares' a price, a worth only said or
    believed a valuation ("the $1.4 billion it was said to be worth in 2021": role=worth_hearsay), else "" (a company
    worth a sum is its market value, the row of "is worth" alone)."""
    before = " " + reading.form[sentence[0]:verb].rstrip()  # (the space lets the report's verb open the sentence)
    if reading.rules.counted_shares.search(before) is not None:
        return "share_price"  # "eight Hong Kong shares are worth about $158.66": so many shares' price, no company's
    if (held := reading.rules.held_shares.search(before)) is not None:
        # a holder's count of shares is its stake, worth what the holder's stake is ("his stake is worth": a fortune)
        holder = held.group("holder")
        row = reading.rules.triggers.get(key_of(f"{holder} stake is worth")) if holder else None
        return row["amount_kind"] if row is not None and row["amount_kind"] else "valuation"
    # (a worth only said or believed, of no noun that tells what is worth it, is someone's estimate: a valuation)
    hearsay = reading.rules.worth_hearsay.search(before) is not None
    if (reported := reading.rules.worth_reported.search(before)) is not None:
        before = before[:reported.start()]
    before = before.strip()
    before = _WORTH_ASIDE.sub("", before).rstrip()
    texts = [before, reading.rules.worth_of.sub("", before)]
    if (told := reading.rules.worth_told.search(before)) is not None:
        # the noun stands a few words before whoever told its worth, the nearest such noun first, and no farther back
        # than the name or noun a relative clause's comma closes ("After the deal, Corvex, which analysts said was
        # worth": Corvex, no deal)
        teller = before[:told.start()].split()
        for count in range(1, min(_WORTH_TELLER_WORDS, len(teller) - 1) + 1):
            texts.append(" ".join(teller[:-count]).rstrip(","))
            if teller[-count - 1].endswith(","):
                break
    for text in texts:
        noun = _WORTH_NOUN.search(text)
        row = reading.rules.triggers.get(key_of(f"{noun.group(1)} is worth")) if noun else None
        if row is not None and row["amount_kind"]:
            return row["amount_kind"]
    return "valuation" if hearsay else ""


# the name right before that comma (one to four words in capitals), and a list or a phrase it ends ("deals with Disney,
# NBC and Amazon, worth about $76 billion" is the deals' worth, no company's)
_NAME_BEFORE = re.compile(rf"(?<![\w&'\u2019.-])(?:{CAPITAL_WORD}\s+){{0,3}}{CAPITAL_WORD}\Z")
_APPOSED_WORTH_REACH = 40  # characters before a sum where ", worth about" stands
_HELD_WORTH_REACH = 40  # characters before a sum where a holding and its "worth" stand ("held Alibaba shares worth ")


def _apposed_worth(reading: Reading, figure: Figure, sentence: Span) -> str:
    """The kind of a worth set off by commas right after a name ("Nvidia, worth about $4.4 trillion, reports its results
    on Nov. 19"), told of that name and not of the sentence's subject: a person's (story/actors.tsv kind person, or a
    name after a title: "founder Colin Huang, worth about $40 billion") is a fortune (net_worth); a company's (an actor
    of kind organisation, or a name a company noun describes after the sum: "Micron, worth $150 billion, the chipmaker")
    its market value (market_cap).  Any other name (a league, a trophy) is left to its words: ""."""
    worth = reading.rules.apposed_worth.search(reading.form, max(sentence[0], figure.start - _APPOSED_WORTH_REACH),
                                             figure.start)
    if worth is None:
        return ""
    comma = worth.start()
    name = _NAME_BEFORE.search(reading.form, sentence[0], comma)
    if name is None or reading.rules.listed_before.search(reading.form, sentence[0], name.start()):
        return ""
    kind = _actor_ending(reading, sentence, comma)
    if kind is not None:
        return "net_worth" if kind == "person" else "market_cap"
    if _titled(reading, name.group(), sentence, comma):
        return "net_worth"
    after = reading.rules.company_apposed.match(reading.form, figure.end)
    if after is not None and reading.rules.company_after.match(reading.form, after.end(), sentence[1]):
        return "market_cap"
    return ""


# the verb of valuing is the lexicon's value_name_at; "book value" and "order value" are nouns, never followed by a
# name and "at", so the verb alone cannot be mistaken for them
_VALUE_NAME_REACH = 90  # the verb, a name of up to four words, "at" and up to 30 characters before the sum
_VALUE_OBJECT_REACH = 110  # the verb, an object of up to 60 characters, "at" and up to 30 characters before the sum


def _valued_at(reading: Reading, figure: Figure, sentence: Span, valued: re.Pattern, reach: int) -> bool:
    """Is the sum what a verb of valuing puts its object at, a company named right after the verb (value_name_at:
    "Analysts at Ridgeway Capital value Clearwell at $3.4 billion to $4 billion") or a thing told in lower case
    (value_object_at: "valued the council's 49% stake in Harbury Airport at about £150 million")?  The name parts
    "value" from its "at", so no kinds.tsv row "value at" can see it, and an analyst's value is a valuation, as "valued
    at" is; a word of another kind in the object (the stake) says what was valued, not what the sum is."""
    return valued.search(reading.form, max(sentence[0], figure.start - reach), figure.start) is not None


def _a_name_opens_the_sentence(reading: Reading, sentence: Span) -> bool:
    """Does a company's name open the sentence as the subject of the verb right after it ("Kestrel Motors sold 41,000
    cars in 2025, but lost ...")?  A verb of losing joined on with no subject of its own then shares that name; a
    market word or a place opens no such name ("Shares rose, but lost ..." is no company's loss)."""
    found = reading.rules.opening_name.match(reading.form, reading.opening_of(sentence), sentence[1])
    return found is not None and bool(reading.clean_name(found.group("name")))


def _lost_on_revenue(reading: Reading, figure: Figure, trigger: tuple[dict, int]) -> bool:
    """Is the figure's trigger the revenue its loss was made on, told after it ("The club lost 2.4 million euros in the
    season, on revenue of 14.8 million euros")?  That revenue is the loss's basis; it says nothing of the sum lost."""
    return (trigger[0]["amount_kind"] == "revenue" and trigger[1] >= figure.end
            and reading.rules.loss_basis_before.search(reading.form, figure.end, trigger[1]) is not None)


def _earned_from_takings(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Was the sum "earned" from what customers or payers handed over, told after it ("Haier earned $2.3 billion from
    exports last year", "earned $1.1 billion from Itaipu-related payments")?  "Earned from" sales, payments, fees or
    tickets tells the takings, the company's revenue, not what was left of them (joins.tsv role=earned_source)."""
    return (reading.rules.earned_before.search(reading.form, max(sentence[0], figure.start - _GROWS_REACH),
                                               figure.start) is not None
            and reading.rules.earned_source.match(reading.form, figure.end, sentence[1]) is not None)


def _a_good_earns(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Does a good open the sentence as what earned the sum, the verb right before it ("Cashew kernels earned $410
    million", "Cocoa could earn about $3 billion")?  A good's earnings are the growers' or the trade's takings, as a
    crop's are (kinds.tsv), no company's profit.  A good is told by a common noun, which the story writes in lower case
    elsewhere ("cocoa prices"), as it never writes a company's name ("Costa Coffee earned", "Alibaba earned"); an
    article, a pronoun or a nationality is no good (names.tsv role=lead, never)."""
    found = reading.rules.good_earns.match(reading.form, reading.opening_of(sentence), figure.start)
    if found is None:
        return False
    good, roles = found.group("good"), reading.rules.name_roles
    if good in roles["lead"] or good in roles["never"]:
        return False
    named_after_a_word, telling, in_lower_case = _a_good_s_other_mentions(good, reading.rules.name_tells)
    # (a company whose name is a common noun, "Shell", "Apple", "Orange", is still told as a name elsewhere: capitalised
    # after a word in lower case, "shares of Shell", "said Orange"; a good is not; a blank line ends a headline, whose
    # last word is no word before it: "Cotton could earn $900 million" over "Cotton could earn ...")
    if named_after_a_word.search(reading.form):
        return False
    # (nor one that tells anything, as a good never does: "Apple said iPhone sales rose", joins.tsv role=name_tells;
    # nor is a web address prose in lower case: "apple.com"; a participle before "to" is passive and tells nothing,
    # a headline's "Cocoa expected to earn $3 billion")
    if telling.search(reading.form):
        return False
    # (a good a market prices, joins.tsv role=traded_good, needs no other mention: "Cocoa could earn about $3 billion"
    # is the crop's takings in a story that names cocoa nowhere else)
    return good.lower() in reading.rules.traded_goods or in_lower_case.search(reading.form) is not None


@functools.lru_cache(maxsize=1024)
def _a_good_s_other_mentions(good: str, name_tells: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns ``_a_good_earns`` reads the story with for the word ``good`` opening a sentence, built once a
    word: the word capitalised after a word in lower case or before a verb of telling (``name_tells``), as a name
    is told, and the word in lower case, as a good is."""
    word = re.escape(good)
    return (re.compile(rf"(?<![\w'’-])[a-z][\w'’-]*,?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*){word}(?![\w-])"),
            re.compile(rf"(?<![\w'’-]){word}\s+(?:{name_tells})(?![\w-])(?!\s+to\b)"),
            re.compile(rf"(?<![\w'’./@-]){re.escape(good.lower())}(?![\w-])(?!\.\w)"))


def _paid_to_a_public_payee(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the sum paid to a body that punishes or collects, told after it ("is expected to pay $2 billion to the SEC",
    "in back taxes to the tax office") or between the verb and it ("pay the SEC $2 billion")?  What a company hands a
    regulator, a court, a tax authority or a government is a penalty or its like, whether it was ordered, agreed or
    is expected to pay it, when the payee closes the clause or what follows tells the penalty (role=fine_payee_after);
    one paid "for" a thing or "as" a contribution is that thing's price or the contribution (joins.tsv
    role=fine_payee)."""
    rules, form = reading.rules, reading.form
    reach = max(sentence[0], figure.start - _GROWS_REACH)
    if rules.fine_paid_before.search(form, reach, figure.start) is not None:
        return rules.fine_payee_closes.match(form, figure.end) is not None
    if rules.fine_pays_before.search(form, reach, figure.start) is None:
        return False
    to = rules.fine_paid_to.match(form, figure.end, sentence[1])
    if to is None:
        return False
    payee = rules.fine_payee.match(form, to.end(), sentence[1])
    if payee is not None:
        end = payee.end()
    elif (actor := reading.actor_group_at(to.end())) is not None and actor[0] in rules.fine_payee_group:
        end = actor[1]
    else:
        return False
    return rules.fine_payee_closes.match(form, end) is not None


def _offer_answering_a_pay_claim(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the bare percentage what someone offered (joins.tsv role=pay_offered) right after a sentence that tells a
    percentage of pay or a raise ("The union is demanding a 9% raise. The industry chamber has offered 5.5%.")?  The
    offer answers that claim: a wage offer, as it is when both stand in one sentence (not_money.tsv)."""
    if figure.magnitude != 1 or reading.rules.pay_offered.search(
            reading.form, max(sentence[0], figure.start - _GROWS_REACH), figure.start) is None:
        return False
    before = reading.start_of_sentence_before(sentence)
    return before < sentence[0] and reading.rules.pay_claimed.search(reading.form, before, sentence[0]) is not None


def _reckoned_on_a_multiple(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int]) -> bool:
    """Is the sum reckoned on a valuation multiple (joins.tsv role=multiple_base), so what it values a business
    at: a worth told after a multiple applied "on" ("Put it on 12 times 2027 earnings and the unit is worth $48
    billion"), or a worth whose trigger is the measure of the multiple right after it ("the payments arm at $64
    billion, about 11 times next year's earnings": the earnings are the multiple's, no profit)?"""
    if reading.rules.multiple_after.match(reading.form, figure.end, sentence[1]) is not None:
        # only a worth stands at a multiple of earnings: a sum spent or borrowed at one is no valuation (the verb of
        # worth may govern several sums: "put the cloud unit at $150 billion, ..., and the rest at $210 billion")
        return (_triggered_by_its_multiple(reading, figure, sentence, trigger)
                and reading.rules.multiple_worth.search(reading.form, sentence[0], figure.start) is not None)
    applied = reading.rules.multiple_on.search(reading.form, sentence[0], figure.start)
    # shares that trade on a multiple give the market value, not a value reckoned on it
    return (applied is not None and applied.end() <= trigger[1] < figure.start
            and trigger[0]["amount_kind"] == "market_cap"
            and reading.rules.multiple_traded.search(reading.form, sentence[0], applied.start()) is None)


def _triggered_by_its_multiple(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int]) -> bool:
    """Is the sum's trigger the measure of the multiple right after it ("borrowed $2 billion, about 4 times its
    EBITDA")?  That measure is the multiple's, not the sum's (joins.tsv role=multiple_base)."""
    after = reading.rules.multiple_after.match(reading.form, figure.end, sentence[1])
    return after is not None and after.start() <= trigger[1] < after.end()


def _market_value_changed_by(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None,
                             moved: bool) -> bool:
    """Is the sum what a verb of change moved a market value by, the value its object ("the sell-off cut the
    company's market value by more than $600 billion")?  A verb of change gives a sum its direction only
    (movements.tsv place=by), but a market value cut or lifted by a sum changed by it, as one that "shrank by" it."""
    return (not moved and trigger is not None and trigger[1] < figure.start
            and trigger[0]["moved_kind"] == "market_value_change" and bool(reading.changed_by(figure, sentence)))


def _restated_as(reading: Reading, prior: MoneyMention, figure: Figure) -> bool:
    """Is ``figure`` the sum ``prior`` told again in another measure right after it (equivalents.tsv: ", or 3.1
    per cent", ", or 61 cents")?"""
    return prior.end <= figure.start and reading.rules.equivalent.fullmatch(reading.form, prior.end,
                                                                            figure.start) is not None


def _past_its_multiple(rules: Lexicon, form: str, figure: MoneyMention) -> int:
    """Where the multiple a sum stands at, told right after it (", or about 6 times FY27E revenue"), ends; the sum's
    end when none is told."""
    after = rules.multiple_after.match(form, figure.end)
    return figure.end if after is None else after.end()


def _measures_the_sum_it_moved_to(reading: Reading, figure: Figure, trigger: tuple[dict, int] | None,
                                  kind: str) -> bool:
    """Does a percentage whose trigger reads percentages as another measure than sums move to a sum right after it
    ("Boeing's bookings rose 12% to $20 billion")?  The move is the change of that sum, so it is of the sum's kind: a
    maker's bookings told with a sum are its revenue, though "Fliggy's bookings rose 27%" alone is what a platform
    transacts.  A share's move to its price stays a move (share_move against share_price)."""
    return (trigger is not None and bool(kind) and kind not in MOVE_KINDS
            and trigger[0]["amount_kind"] not in ("", kind, "other")
            and reading.rules.to_level.match(reading.form, figure.end) is not None)


def _owned_by_no_platform(reading: Reading, trigger: tuple[dict, int]) -> bool:
    """Does a trigger that opens with a possessive ("'s bookings") read the percentage as what its owner transacts,
    though the owner is no platform?  Only a marketplace known by name (joins.tsv role=platform_names) or a name the
    story itself calls a platform, an app or a site (role=platform_called: "Fliggy, Alibaba Group's online travel
    platform", "the travel site Fliggy") transacts what is booked on it; a cruise line's or a hotel chain's own
    bookings ("Carnival's bookings rose 12%") are a count of trips or rooms."""
    rules, at = reading.rules, trigger[1]
    if reading.form[at:at + 1] not in ("'", "\u2019"):
        return False
    owner = rules.platform_owner_of.search(reading.form, max(0, at - _OWNER_REACH), at)
    if owner is None:
        return False
    name = owner.group()
    if name.lower() in rules.platform_named:
        return False
    for told in re.finditer(rf"(?<![\w&.-]){re.escape(name)}(?![\w&-])", reading.form):
        if rules.platform_apposed.match(reading.form, told.end()) is not None or \
                rules.platform_noun_before.search(reading.form, max(0, told.start() - _OWNER_REACH),
                                                  told.start()) is not None:
            return False
    return True


_OWNER_REACH = 60  # characters of a name before its possessive, or of a platform's noun before the name


def _sold_on_platforms(reading: Reading, trigger: tuple[dict, int]) -> bool:
    """Does the word of revenue go on to say whose platforms the goods were sold on ("268.4 billion yuan in sales on
    Alibaba's platforms", joins.tsv role=platforms)?  What sold there is what merchants sold, the owner's transaction
    volume, not its revenue."""
    word = reading.rules.words.match(reading.low, trigger[1])
    return word is not None and reading.rules.sold_on_platforms.match(reading.form, word.end()) is not None


_RANKED_REACH = 40  # characters before a sum where its place in a ranking stands ("rank seventh, at about ")


def _ranked_by_worth(reading: Reading, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A sum told with a place in a ranking and no word of its own ("The Los Angeles Lakers rank second at $10.8
    billion") is of the measure the ranking is by: the worth the article told last before it (joins.tsv
    role=ranked_at)."""
    out = list(mentions)
    for i, m in enumerate(out):
        if (m.market_kind != "other" or m.amount is None or m.percent is not None or m.direction
                or not reading.rules.ranked_at.search(reading.form, max(0, m.start - _RANKED_REACH), m.start)):
            continue
        told = next((p.market_kind for p in reversed(out[:i]) if p.market_kind in WORTH_KINDS), "")
        if told:
            out[i] = replace(m, market_kind=told)
    return out


def _sizes_a_company(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None) -> bool:
    """A sum right before a noun of a company (an article before it) sizes that company by its market value: "The $320
    billion Chinese e-commerce giant".  A trigger past that noun tells of what the company did, not of the sum ("The
    $330 billion e-commerce giant said ... that adjusted EBITA ... fell 76%"), so only a trigger before it decides."""
    if not reading.rules.company_opens.search(reading.form, max(sentence[0], figure.start - _COMPANY_OPENS_REACH),
                                              figure.start):
        return False
    sized = reading.rules.company_after.match(reading.form, figure.end)
    return sized is not None and (trigger is None or trigger[1] >= sized.end())


def _fined_each(reading: Reading, figure: Figure, near: list, window: Span, figure_starts: list[int],
                trigger: tuple[dict, int] | None, moved: bool) -> tuple[dict, int] | None:
    """The trigger of a fine (kinds.tsv amount_kind=fine) before a price-sized sum that a word of a price per unit
    ("each", "apiece") right after it would make a share's price, with no other figure between, else None: "fined
    Alibaba, Tencent and others 500,000 yuan each" is what each party was fined, as the same sum in millions already
    is; no share is fined.  The parties fined may be a list, so commas between do not part them, but a word of another
    kind between tells the sum of its own ("fined the broker after it sold shares at $12 each" keeps the price)."""
    if moved or trigger is None or trigger[0]["amount_kind"] != "share_price" or trigger[1] < figure.end:
        return None
    other = reading.trigger(figure, near, window, "amount_kind", figure_starts, skip="share_price")
    if (other is None or other[0]["amount_kind"] != "fine" or other[1] >= figure.start
            or between(figure_starts, other[1], figure.start)):
        return None
    told_between = (reading.rules.triggers.get(key) for start, end, key in near
                    if other[1] < start and end <= figure.start)
    return None if any(row is not None and row["amount_kind"] for row in told_between) else other


def _per_share_of_profit(reading: Reading, figure: Figure, near: list, window: Span, figure_starts: list[int],
                         trigger: tuple[dict, int] | None) -> tuple[dict, int] | None:
    """The trigger of profit ("earned", "a profit of", kinds.tsv amount_kind=profit) that stands before a sum told "per
    share" (or "a share") right after it, in its clause with no comma between, else None: "Corvel earned $1.42 per
    share" is earnings per share, no price of the stock; "closed at $46 a share" keeps its price.  The caller takes the
    trigger found here instead of asking for it again."""
    if trigger is None or trigger[0]["amount_kind"] != "share_price" or trigger[1] < figure.end:
        return None
    other = reading.trigger(figure, near, window, "amount_kind", figure_starts, skip="share_price")
    if (other is not None and other[0]["amount_kind"] == "profit" and other[1] < figure.start
            and not clause_break(reading.form, other[1], figure.start)):
        return other
    return None


def _level_before(reading: Reading, sentence: Span, figure: Figure) -> re.Match | None:
    """The word of a level ("at", "to", "from") right before the figure in its sentence: where a price stood, was
    bought or moved from."""
    return reading.rules.level_before.search(reading.form, max(sentence[0], figure.start - _LEVEL_WORD_REACH),
                                             figure.start)


# characters before a figure where the word of its level stands ("peaked at ", "bought Xiaomi at ")
_LEVEL_WORD_REACH = 20
_RANGE_WORD_REACH = 30  # ... and where the words opening a range of prices stand ("at prices of between ")


def _pronoun_at_its_level(reading: Reading, sentence: Span, figure: Figure) -> bool:
    """Does the figure's clause open with a pronoun (names.tsv role=stock_pronoun) and only the verb that puts it at
    the figure, before the figure's level word ("They had peaked at"; joins.tsv role=pronoun_level) or with the figure
    for its object ("They hit"; role=pronoun_reached)?"""
    clause = reading.clause_start(figure.start, sentence)
    level = _level_before(reading, sentence, figure)
    if level is not None:
        return reading.rules.stock_pronoun_verb.fullmatch(reading.form, clause, level.start()) is not None
    return reading.rules.stock_pronoun_reached.fullmatch(reading.form, clause, figure.start) is not None


def _a_line_of_business_named(reading: Reading, sentence: Span, figure: Figure) -> bool:
    """Does the name that moves end in a line of business (joins.tsv role=business_line, "Alibaba Cloud", "Tencent
    Games")?  Such a name that grows is that business growing its sales, as "Alibaba's cloud" is."""
    name = reading.moving_name(sentence, figure)
    return name is not None and reading.low[name[0]:name[1]].rsplit(None, 1)[-1] in reading.rules.business_lines


def _a_stock_pronoun_opens_after(reading: Reading, sentence: Span, prior: MoneyMention,
                                 earlier: MoneyMention | None) -> bool:
    """Does a stock pronoun (names.tsv role=stock_pronoun) open the sentence right after the one of the stock's price or
    move (its market value may follow them there)?  It is that stock still: "The shares jumped 9 per cent to 146p on
    Thursday, valuing the business at about £41 million. They have still not recovered the 180p they reached in 2023"
    tells the stock's price then, as in the move's own sentence."""
    return (any(m is not None and m.market_kind in STOCK_KINDS and _just_before(reading, sentence, m)
                for m in (prior, earlier))
            and reading.rules.pronoun_opens.match(reading.form, reading.opening_of(sentence)) is not None)


def _stock_pronoun(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Does the figure's clause open with a pronoun (names.tsv role=stock_pronoun) right after a stock's price or
    move, in this sentence or the one before: "Tencent traded below HK$300 in October 2022 ... It has more than
    doubled since then, and it is up 41% since January"?  A sentence that opens with the stock stands for its price:
    "The stock has had a volatile run. It more than doubled in 2025"."""
    clause = reading.clause_start(figure.start, sentence)
    if reading.rules.stock_pronoun.match(reading.form, clause, figure.start) is None:
        return False
    if prior is not None and prior.market_kind in STOCK_KINDS and _just_before(reading, sentence, prior):
        return True
    return any(reading.rules.stock_subject.match(reading.form, start)
               for start in {reading.start_of_sentence_before(sentence), sentence[0]})


def _another_subject_between(reading: Reading, start: int, end: int) -> bool:
    """Does a clause of a subject other than the stock open between ``start`` and ``end`` (joins.tsv role=parted, not
    followed by "its shares", "the stock", "it" or "they": ", though Brent crude remains")?"""
    opened = last_match(reading.rules.clause_after, reading.form, start, end)
    if opened is None:
        return False
    # a clause opening with a word of degree or time has no subject to take the pronoun ("though still well below")
    subject_at = opened.end() - 1
    return (reading.rules.stock_subject.match(reading.form, subject_at) is None
            and reading.rules.no_subject.match(reading.form, subject_at) is None)


_ELIDED_REACH = 80  # characters before a move that its possessive name may stand


def _high_end_of_an_offer_range(reading: Reading, figure: Figure, prior: MoneyMention | None) -> bool:
    """Is the figure the high end of a range whose low end, right before it, is a listing's offer price ("priced the
    shares at 42-48.60 yuan a share", "at $17 to $19 each")?  The two ends of one range are one measure: the "a share"
    after the high end says the range is per share, not that it is a price the stock traded at."""
    return (prior is not None and prior.market_kind == "ipo" and prior.amount is not None and not prior.direction
            and prior.end <= figure.start
            and reading.rules.range_joined.fullmatch(reading.form, prior.end, figure.start) is not None)


def _level_of_a_stock_move(reading: Reading, move: MoneyMention | None, level: MoneyMention) -> bool:
    """A sum a stock's move went to, before the pass that reads neighbours makes it the stock's price: "added 1.2% to
    Sh28.40, valuing it at about Sh1.14 trillion" (the nearest trigger, the valuing after it, has it a valuation
    yet)."""
    return (move is not None and move.market_kind in STOCK_KINDS and move.direction != ""
            and reading.sentence_of(move.start) == reading.sentence_of(level.start)
            and move.end <= level.start <= move.end + _LEVEL_REACH
            and _words_to_level(reading.rules, reading.form, move.end, level.start) <= _LEVEL_GAP
            and reading.rules.level_before.search(reading.form, move.end, level.start) is not None)


_APPOSED_NOUN_WORDS = 3  # words before an apposition that values its noun ("The Oslo company, valued at")


def _apposed_noun(reading: Reading, sentence: Span, trigger) -> list[str] | None:
    """The words of the subject when the trigger opens an apposition set off by a comma right after the few words that
    open the sentence ("The company, valued at": ["The", "company"]), else None.  That subject is the thing valued."""
    if trigger is None or trigger[1] <= sentence[0]:
        return None
    opening = reading.form[sentence[0]:trigger[1]].rstrip()
    if not opening.endswith(",") or "," in opening[:-1] or len(opening.split()) > _APPOSED_NOUN_WORDS:
        return None
    return opening[:-1].split()


def _value_apposed_after_its_stock(reading: Reading, figure: Figure, sentence: Span, trigger,
                                   prior: MoneyMention | None) -> bool:
    """Is the sum what an apposition values the subject at, in the sentence right after the one that told a stock's
    price or move?  That company is listed, and its value on the market is its market value: "Shares of Nordkyst fell
    3.4% to 41.20 crowns on Monday. The company, valued at about 6.3 billion crowns, said ..."."""
    if (trigger is None or trigger[1] >= figure.start
            or _sentence_before_holding(reading, sentence, prior, STOCK_KINDS) is None):
        return False
    # only a business is the listed company: a company's noun (joins.tsv role=company: "The company, valued at") or a
    # name after the sentence's first word ("The Nordkyst group", "Shipowner Nordkyst, valued at"); "The deal, valued
    # at" or "The new terminal, valued at" values no listed company
    words = _apposed_noun(reading, sentence, trigger)
    if words is None or len(words) < 2 or not (words[-1].lower() in reading.rules.company_nouns
                                               or words[-1][:1].isupper()):
        return False
    # a name other than the stock's is another company, listed or not ("Shares of Nordkyst fell 3.4% ... Privately held
    # Havbris, valued at about 2 billion crowns": a valuation); a company's noun after a place's ("The Tromso group") is
    # the stock's company still, and so is the stock's name with a suffix of its own ("Solvik ASA", "Shipowner Solvik
    # Group" after "Shares of Solvik")
    return not (words[-1][:1].isupper() and prior.subject and not _share_a_name_word(reading, prior.subject, words))


def _share_a_name_word(reading: Reading, subject: str, words: list[str]) -> bool:
    """Do two names share a word of their own?  A legal form or a company's noun ends many names and tells no company
    ("Solvik Group" and "Nordlys Group" are two companies)."""
    return any(word.lower() not in reading.rules.unnaming_words for word in set(subject.split()).intersection(words))


def _past_an_apposed_value(reading: Reading, figure: Figure, sentence: Span, trigger,
                           prior: MoneyMention | None) -> bool:
    """Does the valuing word belong to an apposition that holds its own sum and closes with a comma before this one
    ("The company, valued at about 6.3 billion crowns, said its costs would rise by $4 million")?  It values the
    subject, no sum of the clause after it."""
    return (prior is not None and trigger is not None and trigger[1] < prior.start and prior.end <= figure.start
            and prior.start >= sentence[0] and _apposed_noun(reading, sentence, trigger) is not None
            and reading.form.find(",", prior.end, figure.start) >= 0)


def _just_before(reading: Reading, sentence: Span, prior: MoneyMention) -> bool:
    """Does the mention before stand in this sentence or the one before it?"""
    return prior.start >= reading.start_of_sentence_before(sentence)


def _apart_from_a_market_level(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None,
                               earlier: MoneyMention | None) -> bool:
    """Is the percentage how far a market's price, reached by its move, stands from a level, told after a comma
    ("Cocoa futures fell 2.1% to $5,980 a tonne on Monday, about 50% below the record of $12,931")?  It is the
    market's figure, as the gap of a stock's price is the stock's, however far the market's word stands.  The move may
    follow the price ("settled at $3.84 a pound on Tuesday, down 2.1%, leaving them about 11% below the record")."""
    if prior is None or earlier is None:
        return False
    price, move = (prior, earlier) if prior.amount is not None else (earlier, prior)
    return (price.market_kind == "other" and price.amount is not None
            and price.amount < _MILLION and move.market_kind == "other" and move.percent is not None
            and bool(move.direction) and sentence[0] <= earlier.start and earlier.end <= prior.start
            and reading.rules.apart_after.match(reading.form, figure.end) is not None
            and reading.form.find(",", prior.end, figure.start) >= 0
            and reading.form.find(";", prior.end, figure.start) < 0)


def _apart_from_the_sum_before(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Is the percentage how far the sum told right before it, past a comma, stands from a period before it ("bringing
    in 680 billion rupiah, 9% more than a year earlier")?  It is that sum's move, of its kind, whatever the sum's verb
    says of percentages; the sum's own period may stand before the comma ("fetched $4.90 in September, 8% less than in
    September 2024")."""
    return (prior is not None and prior.amount is not None and not prior.direction and bool(prior.market_kind)
            and sentence[0] <= prior.start and prior.end < figure.start
            and reading.rules.apart_after.match(reading.form, figure.end) is not None
            and _SUM_THEN_APART.match(reading.form, prior.end, figure.start) is not None)


def _market_level(prior: MoneyMention | None, earlier: MoneyMention | None) -> MoneyMention | None:
    """The market's price told last before a figure: the mention before, or the one before that when the mention before
    is the market's move ("$12,450 a tonne ..., up 2.1% on the day")."""
    if prior is None or prior.market_kind != "other":
        return None
    if prior.amount is None and prior.percent is not None and earlier is not None and earlier.market_kind == "other":
        prior = earlier
    return prior if prior.amount is not None and prior.amount < _MILLION else None


def _only_levels_between(reading: Reading, start: int, figure: Figure, sentence: Span) -> bool:
    """Do the stock words between a market's price and the figure only name a level (a high, a low, a record: a row of
    kinds.tsv of share price that no move makes a share move)?  "shares", "closed at" name a stock."""
    triggers = reading.rules.triggers
    earlier = reading.sentence_of(start)
    tokens = reading.tokens_in(start, figure.start, sentence) if earlier == sentence else (
        reading.tokens_in(start, earlier[1], earlier) + reading.tokens_in(sentence[0], figure.start, sentence))
    return not any(t[2] in triggers and "share_move" in (triggers[t[2]]["moved_kind"], triggers[t[2]]["percent_kind"])
                   for t in tokens)


def _a_levys_rate(reading: Reading, trigger: tuple[dict, int], figure: Figure, sentence: Span) -> bool:
    """Is the figure the level "the rate" was moved to (a verb and joins.tsv role=levy_rate at the trigger, a row of a
    central bank's rate), with no central bank or policy rate named in its sentence or the one before, but a duty,
    tariff or tax told with its rate (role=levy: "a 25% duty") before it there?  "Trump restored a 25% duty on all
    steel imports ... He raised the rate to 50% on June 4": the tariff's rate, a tax's, which makes no row, as its
    "25% duty" makes none."""
    rules = reading.rules
    if trigger[1] >= figure.start or rules.levy_rate.match(reading.low, trigger[1]) is None:
        return False
    if reading.central_bank_named(sentence):
        return False  # "The central bank cut its rate in March ... It raised the rate to 5%": the bank's
    return rules.levy_told.search(reading.low, reading.start_of_sentence_before(sentence), trigger[1]) is not None


def _a_rate_joined_to_a_policy_level(reading: Reading, figure: Figure, sentence: Span,
                                     prior: MoneyMention | None) -> bool:
    """Is the percentage a second rate told right after a central bank's rate and the level its verb took it to, "and
    its" before it and the verb left out (joins.tsv role=rate_joined), in a sentence that names a central bank or its
    policy rate or after one that does?  "The central bank lifted its overnight deposit rate to 27.25% and its lending
    rate to 28.25%": the verb that moved the bank's rate moved this one, its corridor, no lender's interest."""
    if (prior is None or prior.market_kind != "other" or prior.percent is None or prior.start < sentence[0]
            or prior.end > figure.start):
        return False
    return (reading.rules.rate_joined.match(reading.form, prior.end, figure.start) is not None
            and reading.central_bank_named(sentence))


def _a_rate_told_again_of_no_bank(reading: Reading, trigger: tuple[dict, int], sentence: Span) -> bool:
    """Is the trigger a rate told again (joins.tsv role=rate_told_again: "the rate stood at", "held them at") in a
    sentence that names no central bank or policy rate, nor follows one that does?  "the rate" and "them" tell which
    rate only by what came before: "The Fed has cut rates ... Before that, it had held them at 5.25%-5.50%" is the
    policy rate, "Unemployment has crept up ..., and in October the rate stood at 4.4%" a statistic, no row.  So is
    one told again after a statistic its own sentence names (role=rate_statistic) with no bank before it in that
    sentence, whatever bank the sentence before named: "The central bank raised rates in May. Unemployment has crept
    up since, and in October the rate stood at 4.4%"."""
    rules = reading.rules
    if rules.rate_told_again.match(reading.low, trigger[1]) is None:
        return False
    if not reading.central_bank_named(sentence):
        return True
    return (rules.rate_statistic.search(reading.form, sentence[0], trigger[1]) is not None
            and rules.policy_named.search(reading.form, sentence[0], trigger[1]) is None)


def _a_bank_only_rate_of_no_bank(reading: Reading, trigger: tuple[dict, int], sentence: Span) -> bool:
    """Is the trigger a rate that lenders and companies have too (joins.tsv role=bank_only_rate: "refinancing rate")
    in a sentence that names no central bank or policy rate, nor follows one that does?  "The central bank kept its
    refinancing rate at 16.5%" is the policy rate; "The average 30-year refinancing rate fell to 6.2%, Freddie Mac
    said" is mortgage lenders', no row."""
    return (reading.rules.bank_only_rate.match(reading.low, trigger[1]) is not None
            and not reading.central_bank_named(sentence))


def _prices_of_the_good_quoted_before(reading: Reading, sentence: Span, prior: MoneyMention | None) -> bool:
    """Does the sentence open with "Prices" alone (joins.tsv role=prices_opening) right after a sentence that quoted a
    good's price by its unit, its last sum a market figure?  Those prices are that good's, no level of prices: "Arabica
    was quoted at $3.80 a pound on Monday. Prices have risen about 12% since March" is the coffee's move; not when a
    statistics body tells them or they compare a named month with the month before ("Prices rose 0.3% in March from
    February"): that is a level of prices, a statistic (roles prices_statistic_teller, prices_prior_month)."""
    if prior is None or prior.market_kind != "other" or prior.amount is None:
        return False
    if not reading.rules.prices_opening.match(reading.low, sentence[0]):
        return False
    if reading.rules.prices_statistic.search(reading.low, sentence[0], sentence[1]):
        return False  # a statistics body's prices, or a month's change from the month before: a level of prices
    before = reading.sentence_of(prior.start)
    if before[1] > sentence[0] or reading.form[before[1]:sentence[0]].strip() or before == sentence:
        return False  # not the sentence right before
    # the unit right after the number, or after its currency's word ("4,210 ringgit a tonne")
    per_unit = reading.rules.per_unit
    return any(per_unit.match(reading.low, at.end("number")) or per_unit.match(reading.low, at.end())
               for at in _DIGITS.finditer(reading.low, *before))


def _a_market_sum_earlier_in(sentence: Span, prior: MoneyMention | None) -> bool:
    """Is ``prior`` a sum of kind other told earlier in the sentence, where a good's price per unit is read from?"""
    return (prior is not None and prior.amount is not None and prior.market_kind == "other"
            and sentence[0] <= prior.start)


def _prices_of_the_good_priced_before(reading: Reading, figure: Figure, sentence: Span,
                                      prior: MoneyMention | None) -> bool:
    """Do bare "prices" (role=prices_opening) move in the clause right before the figure, after a good's market price
    told by its unit earlier in the same sentence?  They are that good's prices, as they are in the sentence after
    one: "cocoa costs that peaked at more than $12,000 a tonne in December 2024, even though prices have since more
    than halved" is cocoa's move, no sales a clause before it names."""
    return (_a_market_sum_earlier_in(sentence, prior) and prior.end <= figure.start
            and reading.rules.per_unit.match(reading.low, prior.end) is not None
            and reading.rules.prices_moved.search(reading.low, prior.end, figure.start) is not None)


_DIGITS = re.compile(r"(?P<number>\d(?:[\d,.]*\d)?)(?:\s+[a-z]+)?")


def _spending_told_before(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """A group's spending that opens a sentence right after what that group spent on a platform moves that measure, no
    statistic of household spending: "UAE buyers spent Dh1.8 billion on the platform. Saudi buyers' spending rose
    27%"."""
    if prior is None or prior.market_kind != "transaction_volume" or prior.end > sentence[0]:
        return False
    before = bisect.bisect_left(reading.sentence_starts, sentence[0]) - 1
    opening = reading.rules.spending_opens.match(reading.form, sentence[0], figure.start)
    if before < 0 or opening is None or reading.sentences[before][0] > prior.start:
        return False
    if opening["name"] and not _a_known_platform(reading, opening, sentence, reading.sentences[before]):
        return False
    # the same group spent before ("UAE-based buyers spent ... Saudi buyers' spending"): no other spenders' measure
    told = reading.low[reading.sentences[before][0]:reading.sentences[before][1]]
    return re.search(rf"(?<![\w-]){re.escape(opening['group'].lower())}(?![\w-])", told) is not None


def _a_known_platform(reading: Reading, opening: re.Match, sentence: Span, told: Span) -> bool:
    """Is the name a group spent on one the story knows as a company (story/actors.tsv) or told as where that group
    spent before ("spent 2.4 billion zloty on Koszyk")?  A word in capitals may be goods or a holiday ("spending on
    Christmas gifts", "on Italian wine")."""
    if _actor_ending(reading, sentence, opening.end("name")) == "organisation":
        return True
    name = re.compile(rf"(?<![\w-]){re.escape(opening['name'])}(?![\w-])")
    return any(reading.rules.platform_told.search(reading.form, told[0], named.start())
               for named in name.finditer(reading.form, *told))


def _sold_a_year(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """What a company sells a year of its goods, the sum before "of" them, is its revenue; a bond or stake is none."""
    return bool(reading.rules.sold_before.search(reading.form, sentence[0], figure.start)
                and reading.rules.goods_a_year.match(reading.form, figure.end, sentence[1]))


def _own_goods_sold(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """What the company itself (role=goods_seller, no investor or fund) has sold of goods "worth" a sum is its sales;
    a bond, stake, share or asset sold (role=not_goods) is deal money, and what a festival or a shop sold a
    statistic."""
    return bool(reading.rules.goods_worth.search(reading.form, sentence[0], figure.start))


def _raised_in_a_listing(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the sum raised in a clause after a comma (joins.tsv role=raising) whose clause before names a listing, or
    whose sentence opens with a clause that does (the main clause the participle goes on from: "Veridane priced its
    offering at $44 each, above the range of $38 to $41 that it had raised on Monday, raising $1.06 billion")?"""
    raising = reading.rules.raising_after.search(reading.form, max(sentence[0], figure.start - _RAISING_REACH),
                                                 figure.start)
    if raising is None:
        return False
    clause = reading.clause_start(raising.start(), sentence)
    opening = reading.form.find(",", sentence[0], clause)
    parts = [(clause, raising.start())] + ([(sentence[0], opening)] if opening >= 0 else [])
    return any(_names_a_listing(reading, *part, sentence) for part in parts)


def _raised_like_listings(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None,
                          prior: MoneyMention | None, figure_starts: list[int]) -> bool:
    """Is a sum raised with a bare word of raising (joins.tsv role=raises), which tells nothing of how, raised the way
    of a listing named before it in its sentence, or of a listing's sum told right before it, in its sentence or the one
    before ("... raising a combined HK$285 billion. That is more than three times the HK$88 billion raised in 2024")?
    A listing's sum farther back says nothing: "then listed in Hong Kong in January, raising HK$4.3bn. Its shares have
    fallen by 31% since their debut. Moonshot AI ... raised $1bn in February 2024 in a round led by Alibaba".  A word of
    its own ("in a funding round", "a placement") is the sum's nearer trigger; the word of raising must be the sum's
    own, with no other sum between them ("raising HK$13.1 billion, only to take it private in 2012 for HK$19 billion":
    the HK$19 billion is no sum raised)."""
    if (_trigger_word(reading, trigger) not in reading.rules.raises_words
            or between(figure_starts, trigger[1], figure.start)
            or between(figure_starts, figure.end, trigger[1])):
        return False
    if prior is not None and prior.market_kind == "ipo" and _just_before(reading, sentence, prior):
        return True
    # a worth or a funding round told between the listing and the raise is another deal's, and the listing with it:
    # "Zhipu, which is preparing a listing, was valued at about 40 billion yuan in a funding round, and Moonshot AI is
    # in talks to raise about $600 million"
    deal = prior is not None and (prior.market_kind in WORTH_KINDS or prior.market_kind == "investment")
    told = prior.end if deal and sentence[0] <= prior.start and prior.end <= trigger[1] else sentence[0]
    if _names_a_listing(reading, told, trigger[1], sentence):
        return True
    # or, for a raising still planned, the sentence right before names the listing, with no figure after it: "Next in
    # line is Zhejiang Lanbo Robotics, which passed its listing hearing on Tuesday ... The maker of warehouse robots is
    # seeking to raise up to HK$4.2 billion" (a sum raised after a listing told may be any other money: "Its listing
    # was delayed in March. The company raised 2 billion yuan from state funds")
    if not reading.rules.planned_before.search(reading.low, max(sentence[0], trigger[1] - 4), trigger[1]):
        return False
    i = bisect.bisect_left(reading.sentence_starts, sentence[0])
    before = reading.sentences[i - 1] if 0 < i <= len(reading.sentences) else None
    return (before is not None and before[1] <= sentence[0] and not between(figure_starts, before[0], figure.start)
            and _names_a_listing(reading, *before, before))


def _names_a_listing(reading: Reading, start: int, end: int, sentence: Span) -> bool:
    """Does a trigger of an IPO (kinds.tsv amount_kind=ipo) stand between ``start`` and ``end``?"""
    triggers = reading.rules.triggers
    return any(triggers[t[2]]["amount_kind"] == "ipo" for t in reading.tokens_in(start, end, sentence)
               if t[2] in triggers)


def _a_person_ends(reading: Reading, sentence: Span, at: int) -> bool:
    """Does a person's name (story/actors.tsv kind person, or a name after a title) end right before ``at``?  Actors
    are read from the text's start, so that a surname alone is the person the text named before ("Tsai paid")."""
    end = sentence[0] + len(reading.form[sentence[0]:at].rstrip())
    kind = _actor_ending(reading, None, end)
    if kind is not None:
        return kind == "person"
    name = _NAME_BEFORE.search(reading.form, sentence[0], end)
    return name is not None and name.end() == end and _titled(reading, name.group(), sentence, end)


def _a_persons_stake(reading: Reading, sentence: Span, figure: Figure) -> bool:
    """Is the stake whose worth ``figure`` tells, in its clause, a person's: one named in the possessive before it, or
    the holder of the share it restates after a comma ("Chen owns about 38%, a stake worth")?"""
    for owned in reading.rules.stake_owned.finditer(reading.form, max(sentence[0], figure.start - _STAKE_REACH),
                                                    figure.start):
        # (an aside between commas parts no clause: "Brennick's stake, which he had trimmed, was worth")
        told_between = _ASIDE_BETWEEN.sub("", reading.form[owned.end():figure.start])
        if clause_break(told_between, 0, len(told_between)):
            continue
        # (a surname alone is a person's when the text named that person before: "Joe Tsai ... Tsai's own stake")
        if _actor_ending(reading, None, owned.end("name")) == "person":
            return True
    return False


def _actor_ending(reading: Reading, sentence: Span | None, end: int) -> str | None:
    """The kind (story/actors.tsv) of the actor read from the start of ``sentence`` (None: of the text) that ends right
    at ``end``, if one does (actors do not overlap, so one at most); from the text's start, a surname alone is its
    person named before."""
    return reading.actor_ending(end, None if sentence is None or sentence[0] == 0 else sentence)


def _titled(reading: Reading, subject: str, sentence: Span, before: int) -> bool:
    """Is the subject named right after a person's title ("founder Colin Huang", story/person_titles.tsv)?"""
    named = reading.form.rfind(subject, sentence[0], before)
    title = reading.rules.person_title.search(reading.low, max(sentence[0], named - _TITLE_REACH), named)
    return named > 0 and title is not None and not reading.form[title.end():named].strip()


_TITLE_REACH = 30  # characters before a name where its title may stand ("chief executive officer ")


def _story_totals_kinded(reading: Reading, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A total told with no measure of its own ("The chamber expects the full-year total to pass 55 million euros",
    joins.tsv role=story_total) points back to the story's lead figure, several paragraphs up as it may be: it takes
    that figure's kind, when in its currency, of a kind of its own and of its size (a dividend's "total for the year to
    7.6p" in a story led by a profit of £86.4m is no profit), unless a noun of its own follows it ("in fees")."""
    # (a stock's price or a worth is no sum a period totals: "Shares ... rose 3% to $41.20 ... The company expects the
    # full-year total to pass $2 billion" is of no share price)
    lead = next((m for m in mentions if m.amount is not None and m.market_kind not in _NOT_TOTALLED), None)
    if lead is None or lead.market_kind == "other":
        return mentions
    # (a noun of its own right after the total names what it totals: "to pass 2.6 billion euros in fees" is no sales)
    told, own_noun = reading.rules.story_total, reading.rules.own_noun_after
    out: list[MoneyMention] = []
    for m in mentions:
        if m is not lead and m.market_kind == "other" and m.amount is not None and m.currency == lead.currency \
                and m.amount * _STORY_TOTAL_SCALE >= lead.amount and not own_noun.match(reading.form, m.end) \
                and (told.search(reading.low, reading.sentence_of(m.start)[0], m.start) is not None
                     or _far_end_of_a_total(reading, out, m)):
            # (the far end of a range the total is told as is of it too: "For the full year we're guiding to $2.9
            # billion to $3 billion")
            m = replace(m, market_kind=lead.market_kind)
        out.append(m)
    return out


def _far_end_of_a_total(reading: Reading, out: list[MoneyMention], m: MoneyMention) -> bool:
    """Is ``m`` the second end of a range whose first end, right before it, a story total just kinded?"""
    if not out:
        return False
    first = out[-1]
    return (first.amount is not None and first.market_kind not in ("", "other") and first.currency == m.currency
            and not first.direction and first.end <= m.start
            and reading.rules.story_total.search(reading.low, reading.sentence_of(first.start)[0], first.start)
            is not None
            and reading.rules.range_goes_on.fullmatch(reading.form, first.end, m.start) is not None)


def _the_releases_statistic(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None,
                            subject: str) -> bool:
    """Is a figure of a statistic's release (its headline opens with the statistic) told by the statistic's bare
    measure, no company named before it in its sentence ("Sales for the full year reached $836 billion", not "The
    retailer said comparable sales fell 1.4%")?  A name is no owner where the sales were made in it ("while sales in
    Quebec rose 0.4%", "Sales in the West fell 3.7%") or where it tells the release in its lead ("..., Statistics
    Canada said on Friday")."""
    if not reading.statistic_release:
        return False
    measure = _trigger_word(reading, trigger)
    if trigger is None:
        # a move told with no trigger of its own is of the measure its clause told last: "In the year to October prices
        # were up 1.9%", "prices there fell 1.2% over the year, to an average of £538,000"
        told = reading.rules.statistic_measure_before.search(
            reading.form, max(sentence[0], figure.start - _STATISTIC_MEASURE_REACH), figure.start)
        measure = told.group().lower() if told else ""
    if (measure not in reading.rules.statistic_measure
            or reading.rules.company_word.search(reading.form, sentence[0], figure.start) is not None):
        return False
    if not subject:
        return True
    name, told = re.escape(subject), reading.form[sentence[0]:figure.start]
    if re.search(rf"\b{name}['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?{measure}\b", told, re.I):
        return False  # "Tesco's like-for-like sales rose 2%": the company owns them
    lead_end = reading.sentences[1][1] if len(reading.sentences) > 1 else len(reading.form)
    return (re.search(rf"\b(?:{reading.rules.statistic_place})\s+{name}\b", told) is not None
            or re.search(rf"\b{name}\s+(?:{reading.rules.told_words})\b", reading.form[:lead_end]) is not None)


def _sold_by_sellers(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None) -> bool:
    """Is a sum what sellers on a platform sold, told after their verb ("merchants on AliExpress sold goods worth 18.6
    billion lira")?  Not when its own trigger, an owner's word before it, comes after that verb: "Vendors on Jumia sold
    more phones, while Jumia's revenue rose to $45 million" is the company's revenue.  So is what a count of sellers
    sold, told right before the sum: "ended the festival with 450 brands each selling over 100 million yuan of goods"
    is what they sold on it, as sales told beside such a count are (contract, a company's money)."""
    if reading.rules.counted_sold.search(reading.form, sentence[0], figure.start) is not None:
        return True
    sold = reading.rules.sellers_sold.search(reading.form, sentence[0], figure.start)
    return sold is not None and (trigger is None or trigger[1] < sold.end()
                                 or reading.rules.owned_before.search(reading.form, sold.end(), trigger[1]) is None)


def _sales_of_sellers_told_before(reading: Reading, sentence: Span, trigger: tuple[dict, int],
                                  prior: MoneyMention | None) -> bool:
    """Are bare sales (the ``trigger``, a role=sold word no owner's word stands before: "its sales" are the company's)
    told in the sentence right after what a platform's sellers sold?  They go on telling of those sellers: "Merchants
    on Jumia sold goods worth 4.2 billion shillings in the half. Sales should reach 9 billion shillings this year"."""
    told = _sentence_before_holding(reading, sentence, prior, ("transaction_volume",))
    return (told is not None
            and reading.rules.sellers_sold.search(reading.form, *told) is not None
            and reading.rules.owned_before.search(reading.form, sentence[0], trigger[1]) is None)


def _sales_of_a_shopping_festival(reading: Reading, figure: Figure, sentence: Span,
                                  trigger: tuple[dict, int] | None) -> bool:
    """Are the figure's sales (its trigger) the bare sales that open its sentence told of a shopping festival or event
    before the figure ("Sales during this year's Singles Day shopping festival rose 2.5%")?  They are what the festival
    transacted, no company's revenue (contract, a shopping festival's total)."""
    return _sales_open_the_sentence(reading.rules.festival_sales, reading, figure, sentence, trigger)


def _sales_of_the_festival_again(reading: Reading, figure: Figure, sentence: Span,
                                 trigger: tuple[dict, int] | None) -> bool | None:
    """Are the figure's sales (its trigger) the bare sales that open its sentence told of "the festival" (joins.tsv
    role=festival_again)?  True when the story named a shopping festival before the sentence, False when it named none
    (None when they are not so told)."""
    if not _sales_open_the_sentence(reading.rules.festival_again, reading, figure, sentence, trigger):
        return None
    return reading.festival_named_by is not None and reading.festival_named_by <= sentence[0]


def _taken_in_by_the_festival_again(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the sum what "the festival" that opens its sentence took in (joins.tsv role=festival_itself,
    role=festival_took: "The 2021 festival, held as the crackdown raged, brought in 540 billion yuan"), after the story
    named a shopping festival?  That festival is the one told again, and what it took in is what shoppers spent across
    it, no seller's takings; a festival of no shopping keeps the sum's own kind (a music festival's ticket sales are
    its takings)."""
    if figure.amount is None or reading.festival_named_by is None or reading.festival_named_by > sentence[0]:
        return False
    return reading.rules.festival_took.fullmatch(reading.form, reading.opening_of(sentence), figure.start) is not None


def _sales_open_the_sentence(told: re.Pattern, reading: Reading, figure: Figure, sentence: Span,
                             trigger: tuple[dict, int] | None) -> bool:
    """Does ``told`` match from the sentence's opening up to the figure with its group "measure" the figure's own
    trigger?  The sales so told are the figure's, not another measure's the sentence names on the way."""
    if trigger is None:
        return False
    found = told.match(reading.form, reading.opening_of(sentence), figure.start)
    return found is not None and found.start("measure") == trigger[1]


def _revenue_growth_goes_on(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Does a bare "growth" open the figure's clause and lead to it (joins.tsv role=growth_again), right after a
    sentence of the same paragraph whose last figure was a revenue's percentage?  The growth goes on telling that
    revenue, a business line's told by its revenue: "Cloud revenue rose 28% in the quarter. Growth should stay above
    25%"."""
    told = _sentence_before_holding(reading, sentence, prior, ("revenue",))
    return (told is not None and prior is not None and prior.percent is not None
            and "\n" not in reading.form[prior.end:figure.start]
            and (opening := reading.opening_of(sentence)) <= figure.start
            and (found := reading.rules.growth_again.search(reading.form, opening, figure.start)) is not None
            and (found.start() == opening or found.group("join") is not None))


def _a_seller_goes_on(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Does a pronoun that opens the sentence sell the sum (joins.tsv role=seller_pronoun, role=seller_sells), right
    after a sentence that told what a seller sold on a platform?  It goes on telling that seller's sales, no sale of a
    business: "... whose workshop sold 1.9 billion tugriks of goods through the site. She expects to sell 2.5 billion
    tugriks in 2026"."""
    opening = reading.opening_of(sentence)
    return (_sentence_before_holding(reading, sentence, prior, ("transaction_volume",)) is not None
            and reading.rules.seller_goes_on.match(reading.form, opening, figure.start) is not None)


def _a_value_with_no_stock_before(reading: Reading, mover_name: Span, prior: MoneyMention | None) -> bool:
    """Is the mover a pronoun of reference ("Their", names.tsv role=refers) before a noun of worth (joins.tsv
    role=pronoun_value) with no stock's figure before it?  The pronoun then owns a thing told before, no company's
    stock: "Exports of fresh durian reached 612,000 tonnes ... Their value rose 4% to 78.5 billion baht" ("Xiaomi's
    shares fell 5%. Their value has halved since January" keeps the stock)."""
    if prior is not None and prior.market_kind in STOCK_KINDS:
        return False
    name = reading.form[mover_name[0]:mover_name[1]]
    if name not in reading.rules.name_roles["refers"]:
        return False
    after = reading.low[mover_name[1]:mover_name[1] + _NOUN_AFTER_REACH].split()[:1]
    return bool(after) and after[0] in reading.rules.pronoun_value


# characters after a pronoun where the noun it owns ends ("Their value")
_NOUN_AFTER_REACH = 24


def _sentence_before_holding(reading: Reading, sentence: Span, prior: MoneyMention | None,
                             kinds: Collection[str]) -> Span | None:
    """The sentence right before this one when the mention before, of one of ``kinds``, stands in it, else None: what
    this sentence goes on telling of ("Sellers on Trendyol sold ... They expect to sell ...")."""
    if prior is None or prior.market_kind not in kinds or prior.start >= sentence[0]:
        return None
    before = bisect.bisect_left(reading.sentence_starts, sentence[0]) - 1
    if before < 0 or prior.start < reading.sentences[before][0]:
        return None
    return reading.sentences[before]


def _raised_to_a_level(reading: Reading, figure: Figure, sentence: Span, trigger: tuple[dict, int] | None,
                       figure_starts: list[int]) -> bool:
    """Is a percentage the level a verb of raising (joins.tsv role=raised_to) takes its object "to", with no figure
    between?  Money is raised by sums; a percentage something is raised to is the level of a rate or a share the
    object names ("plans to raise the mandatory ethanol blend in petrol to 30%"), no money raised.  So is a later
    percentage told "to" after percentages only, when the verb took its object "to" the first of them: a further level
    of that rate ("raising the biodiesel blend to 4% from 3% ..., and will decide whether to go to 5% next year")."""
    if (trigger is None or trigger[1] >= figure.start
            or _trigger_word(reading, trigger) not in reading.rules.raised_words
            or reading.rules.raised_to.search(reading.form, max(sentence[0], trigger[1]), figure.start) is None):
        return False
    if not between(figure_starts, trigger[1], figure.start):
        return True
    told = reading.figures_between(trigger[1], figure.start)
    return (all(f.percent is not None and f.amount is None for f in told)
            and reading.rules.raised_to.search(reading.form, max(sentence[0], trigger[1]), told[0].start) is not None)


def _trigger_word(reading: Reading, trigger: tuple[dict, int] | None) -> str:
    """The word a figure's trigger is told by, without its stop ("raised", "sales"), or "" when it has none."""
    return "" if trigger is None else _WORD.match(reading.low, trigger[1]).group().rstrip(".,;:")


def _set_against_a_price_per_unit(reading: Reading, prior: MoneyMention, figure: Figure) -> bool:
    """Is ``figure`` set "against" (or "versus", "compared with", or after a comma "up from") the price per unit told
    right before it?"""
    if prior.amount is None or prior.end > figure.start:
        return False
    past = _past_per_unit(reading, prior.end, figure.start)
    if past == prior.end:
        return False
    if reading.rules.unit_base.match(reading.form, past, figure.start) is not None:
        return True  # "118 euros per hectolitre in the fourth quarter, up from 96 euros": that price then
    past += reading.form.startswith(",", past)
    return reading.rules.set_against.match(reading.form, past, figure.start) is not None


def _past_per_unit(reading: Reading, start: int, end: int) -> int:
    """Where the words after a figure go on past the unit it is told per ("US$0.114 per share (or"), else ``start``."""
    unit = reading.rules.per_unit.match(reading.low, start, end)
    return start if unit is None else unit.end()


# how far before a stake's worth the name owning it may start ("Chen owns about 38%, a stake worth roughly")
_STAKE_REACH = 80
# a company named in the possessive right before its move ("Alibaba's 6.9% gain"), within this many characters
_OWNER_REACH = 40
_OWNER_BEFORE = re.compile(rf"(?<![\w-]){NAME}['’]s\s+$")


def _market_or_stock(reading: Reading, figure: Figure, near: list, sentence: Span,
                     trigger: tuple[dict, int] | None, kind: str) -> str:
    """Whose move a percentage near a market-wide word (an index, kinds.tsv) is: the market's ("other"),
    or the stock's of a company that moves by it.  "The Hang Seng Index closed 1.9% lower at 24,870" is the
    market's whatever trading words follow; "Alibaba rose 4% as the Hang Seng Index gained 1%" and "Xiaomi,
    which will join the Hang Seng Index, jumped 5.5%" are the companies' ("the MSCI China index added
    0.6%", "South Korea's Kospi fell 1.1%" and "the CSI 300 Index fell 0.6%" name the index)."""
    market_wide, form = reading.rules.market_wide, reading.form
    if kind == "other":
        market = trigger[1]
    else:  # the market-wide word nearest before the figure in its clause
        market = next((t[0] for t in reversed(near) if t[0] < figure.start and t[2] in market_wide), None)
        if market is None:
            return kind
        # the comma of "lost 121 points, or 0.9 percent" restates the move in its clause, it closes none
        restated = reading.rules.restated_move.search(form, market, figure.start)
        told = form[market:figure.start if restated is None else restated.start()]
        if ";" in told or "," in told and not _move_goes_on(reading, near, market + told.rfind(","), figure):
            return kind
        if "," in told and _in_participle_aside(reading, sentence, market):
            return kind  # "shares closed up 3.4%, outpacing a 1.1% gain in the Hang Seng Index, and added another 0.8%"
        if _stock_opens_a_later_clause(reading, near, market, trigger, figure):
            return kind  # "Hedge funds pared their short positions as the stock climbed by 4%": the stock's own clause
    if _in_an_aside_of_a_stock(reading, sentence, market, figure):
        return "share_move"  # "Shares of dsm-firmenich, one of the biggest buyers of the oil, fell 2.3%"
    owner = _OWNER_BEFORE.search(form, max(sentence[0], figure.start - _OWNER_REACH), figure.start)
    if (owner is not None and clause_break(form, market, owner.start()) and reading.clean_name(owner.group("name"))
            and not _names_the_market(reading, owner.span("name"))):
        return "share_move"  # "the Hang Seng Tech index rose 2.8%, led by Alibaba's 6.9% gain": the company's own move
    name = reading.moving_name(sentence, figure)
    members = next((t for t in near if t[0] == market and t[2].endswith(" of")), None)
    if (name is not None and members is not None and members[1] <= name[0]
            and not clause_break(form, market, figure.start)):
        # "the MSCI index of Asia-Pacific shares outside Japan fell 1.4%": what follows "of" are its members
        return "other"
    if kind == "other" and name is not None and market < name[0] and not clause_break(form, market, figure.start) \
            and not any(key_of(word.group()) in reading.rules.moves
                        for word in reading.known_words(market, name[0])):
        # "Freight rates for a tanker barge from Rotterdam to Karlsruhe have risen about 70%": a name the market
        # word's own phrase goes on to, before any verb of its clause, qualifies that market and moves no stock
        return "other"
    if name is None and reading.rules.ranked_in.search(form, max(sentence[0], market - _GROWS_REACH), market):
        return "share_move"  # "Brightwell Software was the biggest loser in the S&P 500, closing down 14.2%"
    if name is None or (name[0] <= market < figure.start and "," not in form[name[1]:market]) or (
            _names_inside_market_word(near, market_wide, name)) or any(
            key_of(word.group()) in market_wide for word in reading.known_words(*name)):
        return "other"
    return "share_move"


_SUBJECT_LEAD_WORDS = 1  # words between a later clause's opening word and its stock word ("as the stock")


def _in_an_aside_of_a_stock(reading: Reading, sentence: Span, market: int, figure: Figure) -> bool:
    """Does the market-wide word stand in an aside set off by commas right after a stock word and the name it is of,
    with no figure of its own, and does the move's word open the clause after its closing comma?  The aside tells what
    the company is ("Shares of dsm-firmenich, one of the biggest buyers of the oil, fell 2.3%"), a name in lower case
    that no capital marks as one; the move is the stock's, as its word opens the sentence's subject."""
    form = reading.form
    opened, closed = reading.last_break(market, sentence), reading.last_break(figure.start, sentence)
    if opened < 0 or closed <= market or form[opened] != "," or form[closed] != ",":
        return False
    if form.find(",", market, closed) >= 0 or _FIGURE_IN_ASIDE.search(form, opened, closed) is not None:
        return False
    clause = reading.clause_start(opened, sentence)
    near = reading.tokens_in(clause, figure.start, sentence)
    # (the move's word right after the comma: ", which rose 0.6%" is the aside's own index that moved)
    first = next((t for t in near if closed < t[0] < figure.start), None)
    if first is None or first[2] not in reading.rules.moves or form[closed + 1:first[0]].strip():
        return False
    stock = next((t for t in near if t[1] <= opened
                  and (row := reading.rules.triggers.get(key_of(t[2]))) is not None
                  and row["percent_kind"] == "share_move"), None)
    # (the stock's own verb before the aside makes it a clause of its own: "The stock had more than doubled in 2025,")
    return (stock is not None and len(form[stock[1]:opened].split()) <= _STOCK_NAME_WORDS
            and not any(stock[1] <= t[0] < opened and t[2] in reading.rules.moves for t in near))


_FIGURE_IN_ASIDE = re.compile(r"\d|[$€£¥%]")
_STOCK_NAME_WORDS = 10  # words of a name after a stock word, before an aside ("of Swiss-Dutch group Givaudan")


def _stock_opens_a_later_clause(reading: Reading, near: list, market: int, trigger: tuple[dict, int] | None,
                                figure: Figure) -> bool:
    """Does the stock word that says what the move is stand after the market-wide word, in a later clause that a word
    of joins.tsv role=later opens between them ("Hedge funds pared their short positions as the stock climbed by 4%")?
    The market word is then the earlier clause's, an asset class or an index that moves nothing of the stock's."""
    if trigger is None or not market < trigger[1] < figure.start:
        return False
    market_end = _word_end(near, market)
    if _pronoun_of_the_stock_moves(reading, near, market_end, trigger, figure):
        return True
    if market_end > trigger[1] or clause_break(reading.form, trigger[1], figure.start):
        return False
    later = last_match(reading.rules.later_clause, reading.low, market_end, trigger[1])
    # the stock word is that clause's subject, a determiner or an owner at most before it ("as the stock", "after
    # Alibaba's shares"); a verb of trading further on is the market's own predicate ("has risen 31% since January
    # and closed 0.3% lower")
    return later is not None and len(reading.form[later.end():trigger[1]].split()) <= _SUBJECT_LEAD_WORDS


def _pronoun_of_the_stock_moves(reading: Reading, near: list, market_end: int, trigger: tuple[dict, int],
                                figure: Figure) -> bool:
    """Does a later clause (joins.tsv role=later) open after the stock word with a pronoun that stands for that stock
    and moves by the figure ("Hedge funds bought the stock as it climbed by 4%")?  The pronoun agrees with the stock
    word: "they" after "the stock" is the funds'."""
    later = last_match(reading.rules.later_clause, reading.low, market_end, figure.start)
    if later is None or later.start() < trigger[1]:
        return False
    moves = reading.rules.pronoun_moves.match(reading.form, later.end(), figure.start)
    if moves is None or clause_break(reading.form, later.end(), figure.start):
        return False
    stock_end = _word_end(near, trigger[1])
    many = reading.rules.stock_many.search(reading.form, trigger[1], stock_end) is not None
    return many != bool(moves.group("one"))


# (fixed patterns, so the place a market trades in is read without a pattern made per figure)
_IN_A_PLACE = re.compile(r"\s+in\s+")
_WORD_GOES_ON = re.compile(r"[\w-]")


def _market_opens_sentence(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Does the figure's sentence open with a commodity, index or currency (kinds.tsv percent_kind other, after the
    words of joins.tsv role=market_opens: "Spot gold", "U.S. gold futures") as its subject, with no clause break,
    company or stock word (role=market_parts) before the figure?  Then the figure is that market's, though a word of
    trading stands nearer it: "Spot gold hit a record ... before easing to trade 0.4% higher at $4,160" (a commodity is
    no stock, and words such as "trade at" are told of both)."""
    low, rules = reading.low, reading.rules
    # a currency's trigger holds its article ("the Rwandan franc"), which the opening words would pass; a news
    # agency's dateline opens no sentence's subject ("WARSAW, March 6 (Reuters) - The zloty closed ...")
    opening = reading.opening_of(sentence)
    word = rules.words.match(low, opening)
    if word is None or key_of(word.group()) not in rules.market_wide:
        word = rules.words.match(low, rules.market_opens.match(low, opening).end())
    if word is None or word.end() >= figure.start or key_of(word.group()) not in rules.market_wide:
        return False
    if _opens_a_company_s_name(reading, word):
        return False
    told = reading.form[word.end():figure.start]
    subject = reading.subject(figure.start, figure.end, sentence)
    if subject and key_of(word.group()).startswith(key_of(subject)):
        # the market's own word taken for a name ("Brent traded at $62.40", "WTI closed at"), or the country whose
        # possessive opens it ("Hungary's forint ended at 395 per euro"), is no other
        subject = ""
    # "Oil prices in Asia rose 2%": a place the market trades in, right after its word, is no company that moves
    where = subject and _IN_A_PLACE.match(told)
    return (";" not in told and rules.contrasts.search(told) is None and rules.market_parts.search(told) is None
            and (not subject or (where and told.startswith(subject, where.end())
                                 and not _WORD_GOES_ON.match(told, where.end() + len(subject)))))


def _pronoun_of_a_market(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Does the figure's sentence open with a pronoun (names.tsv role=stock_pronoun) right after a sentence that a
    commodity, index or currency opens, with no company or stock word between the pronoun and the figure?  The pronoun
    stands for that market when the sentence before's last figure was that market's: "Gold touched a record $4,381.21
    an ounce on Oct. 20. It traded at $3,990 on Thursday" ("Gold miner Halvard rose 3%. It traded at $41" is the
    miner's); or, when it holds no figure, when it names nobody after the market's word ("The rand's weakness has
    helped. It traded at 17.32 to the dollar, about 6% weaker"); the figure's own earlier figure, the market's, tells
    nothing more ("It traded at $3,990 an ounce on Thursday, up 2%")."""
    before = bisect.bisect_left(reading.sentence_starts, sentence[0]) - 1
    if before < 0 or (prior is not None and prior.market_kind != "other" and prior.start >= sentence[0]):
        return False
    told = reading.sentences[before]
    figure_free = prior is None or prior.start < told[0] or prior.start >= sentence[0]
    if not figure_free and prior.market_kind != "other":
        return False
    rules = reading.rules
    pronoun = rules.stock_pronoun.match(reading.form, sentence[0], figure.start)
    if pronoun is None:
        # (the pronoun opening the sentence, the whole clause up to the figure is its own)
        pronoun = rules.pronoun_opens.match(reading.form, sentence[0], figure.start)
        if pronoun is None or rules.another_clause.search(reading.form, pronoun.end(), figure.start) is not None:
            return False
    if rules.market_parts.search(reading.form, pronoun.end(), figure.start) is not None:
        return False
    if reading.subject(figure.start, figure.end, sentence):
        return False
    word = _market_word_opening(reading, told[0])
    if word is None or word.end() >= sentence[0]:
        return False
    if figure_free and _NAMED.search(reading.form, word.end(), told[1]) is not None:
        return False  # "Gold miner Halvard reported a record output. It traded at $41": whose, the sentence says
    return not _opens_a_company_s_name(reading, word)


_NAMED = re.compile(r"(?<![.!?]\s)\b[A-Z]")  # a capital inside a sentence: a name (a fixed pattern, no words)


def _market_word_opening(reading: Reading, start: int) -> re.Match | None:
    """The commodity, index or currency that opens a sentence, the words that may stand before it aside: its own word
    ("the rand" is one, so "The rand's weakness" opens with it) else one after them ("Spot gold")."""
    low, rules = reading.low, reading.rules
    for at in (start, rules.market_opens.match(low, start).end()):
        word = rules.words.match(low, at)
        if word is not None and key_of(word.group()) in rules.market_wide:
            return word
    return None


def _opens_a_company_s_name(reading: Reading, word: re.Match) -> bool:
    """Does a market's word open a company's name, a capital word right after its capital ("Gold Fields rose 3%")?"""
    return reading.form[word.start()].isupper() and reading.form[word.end() + 1:word.end() + 2].isupper()


def _moves_to_a_unit_price(reading: Reading, figure: Figure) -> bool:
    """Does a move go to a price per unit of a good ("Shanghai-Rotterdam gained 9% to $2,310 per box", "Dalian coking
    coal rose 3% to 1,420 yuan a tonne")?  Shares are priced by the share, so whatever name moves, the move is that
    good's market price, no stock's (the per-unit words are the rows of kinds.tsv of kind other read right after a
    sum)."""
    return reading.rules.to_unit_price.match(reading.form, figure.end) is not None


def _moves_after_a_unit_price(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None) -> bool:
    """Is the move a bare change set off by a comma right after a good's price per unit told in its sentence ("Cocoa
    traded at 6.10 euros a kilo in Rotterdam on Monday, down 9% from early May")?  A share is priced by the share, so
    the change is that good's market price moving, no stock's, whatever trading word the price was told with."""
    if not _a_market_sum_earlier_in(sentence, prior) or not reading.rules.unit_priced.match(reading.form, prior.end):
        return False
    comma = reading.form.find(",", prior.end, figure.start)
    return (comma >= 0 and ";" not in reading.form[prior.end:comma]
            and (reading.rules.adverb_change.match(reading.form, comma, figure.start) is not None
                 or _adverb_after_the_change(reading, figure, comma)))


def _prices_where_an_auction(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Do prices move in a clause opened by ", where" after an auction named earlier in the sentence ("Buyers packed the
    wool auction in Geelong on Thursday, where prices rose about 7%")?  They are that auction's prices, its market's
    move, as "Prices at the auction fell 1.6%" are."""
    return reading.rules.auction_prices.search(reading.form, sentence[0], figure.start) is not None


def _orders_a_debt_sale_drew(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Do bare orders open the sentence up to the sum ("Orders peaked above $9 billion") right after a sentence that
    tells a sale of debt ("Acme Energy priced $3 billion of 30-year bonds")?  They are the book that sale drew, demand
    for its bonds as "the order book" is, no platform's orders."""
    return (reading.rules.sale_orders.match(reading.form, reading.opening_of(sentence), figure.start) is not None
            and reading.rules.debt_sale_told.search(reading.form, reading.start_of_sentence_before(sentence),
                                                    sentence[0]) is not None)


def _adverb_after_the_change(reading: Reading, figure: Figure, comma: int) -> bool:
    """Is the change set off by a comma and told by a move word that is no verb after it (", 31% higher than a year
    earlier")?  It is the same apposed change as ", up 31%", the word order turned round."""
    return (reading.rules.bare_change.match(reading.form, comma, figure.start) is not None
            and reading.rules.adverb_after.match(reading.form, figure.end) is not None)


def _priced_per_unit_of_a_good(reading: Reading, figure: Figure, moved: bool) -> bool:
    """Is the figure a price per unit of a good (kinds.tsv rows of kind other right after it: "a tonne"), or a move
    to or closed at one?  A share is priced by the share, so words of trading ("closed up", "settled") and an
    exchange's name before it make no stock of a contract priced by the tonne: "The May contract on the Dalian exchange
    settled 2.2% higher at 812 yuan a tonne" is that good's market."""
    if moved and figure.percent is not None:
        return _moves_to_a_unit_price(reading, figure)
    return figure.amount is not None and (reading.rules.unit_priced.match(reading.form, figure.end) is not None
                                          or _a_unit_of_a_good_opens(reading, figure)
                                          or _low_end_of_a_range_per_unit(reading, figure))


def _low_end_of_a_range_per_unit(reading: Reading, figure: Figure) -> bool:
    """Is the figure the first end of a range told with words whose last end has a good's unit right after it?  The
    unit is told once for both ends, so "The price of canola oil has swung between 58 cents and 84 cents a pound" prices
    the oil by the pound at both ends, no share at the first."""
    sentence = reading.sentence_of(figure.start)
    later = reading.figures_between(figure.end, sentence[1])
    return (bool(later) and later[0].amount is not None
            and _one_range(reading.rules, reading.form, figure, later[0])
            and reading.rules.unit_priced.match(reading.form, later[0].end) is not None)


def _lots_bought(reading: Reading, trigger: tuple[dict, int], figure: Figure) -> bool:
    """Do the words between a word of buying and the price name a good's lots (joins.tsv role=lots_bought)?  Lots at an
    auction are priced by the unit of the good, so "bought most of the finest lots, some of them at more than 1,500 US
    cents" is the good's price, while "I bought Xiaomi at HK$58" stays the stock's, and so do lots of a stock word
    (joins.tsv role=market_parts: "bought lots of Tencent shares at HK$400")."""
    return (reading.rules.lots_bought.search(reading.form, trigger[1], figure.start) is not None
            and reading.rules.market_parts.search(reading.form, trigger[1], figure.start) is None)


def _a_unit_of_a_good_opens(reading: Reading, figure: Figure) -> bool:
    """Does the figure's sentence open with a unit of a good (joins.tsv role=good_unit: "A box of 100 red roses, the
    most popular variety, traded at about $95") as its subject, with no stock word (role=market_parts) or clause break
    before the figure?  A share is priced by the share, so the sum is that good's price, though it is told before the
    sum rather than after it ("$95 a box")."""
    sentence = reading.sentence_of(figure.start)
    opening = reading.opening_of(sentence)
    unit = reading.rules.good_unit_opens.match(reading.form, opening, figure.start)
    if unit is None:
        return False
    told = reading.form[unit.end():figure.start]
    return ";" not in told and reading.rules.contrasts.search(told) is None and \
        reading.rules.market_parts.search(told) is None


def _stock_moves_again(reading: Reading, figure: Figure, sentence: Span, prior: MoneyMention | None,
                       earlier: MoneyMention | None) -> bool:
    """Is the figure one more predicate of the stock whose move its sentence told before it ("Shares of Mongolian Mining
    Corp, which exports coal, rose 6.2% to HK$7.45 in Hong Kong and have gained 38% since January")? The exchange named
    between the two moves says where the stock trades, and an aside on what the company does, which hides its name as
    the mover, changes nothing: the second move is the stock's too."""
    told = [m for m in (prior, earlier) if m is not None and sentence[0] <= m.start]
    if not any(m.market_kind == "share_move" for m in told):
        return False
    if _one_more_predicate(reading, figure, sentence):
        return True
    # (with no comma before its "and": "rose 6.2% to HK$7.45 in Hong Kong on Friday and have gained 38%")
    found = reading.rules.predicate_moves.search(reading.form, max(m.end for m in told), figure.start)
    return found is not None and reading.form[found.start()].isspace()


def _one_more_predicate(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Does the figure's clause open as one more predicate of its sentence's subject, moving it again (joins.tsv
    role=predicate: "..., and fell a further 6.5% on Tuesday", "..., but has climbed 14% since March")?  Its pronoun
    agrees with the subject: a singular one after "shares" is another's, the index's (role=predicate_subject_one)."""
    clause = reading.clause_start(figure.start, sentence)
    predicate = reading.rules.predicate_moves.match(reading.form, clause, figure.start)
    return predicate is not None and not (
        predicate.group("one") and reading.rules.stock_many.search(reading.form, sentence[0], clause) is not None)


_PAID_FOR_REACH = 40  # characters before a sum where the ", for" of what it paid for stands
# (a fixed pattern: the clause after an aside that holds only the sum paid "for" what the sentence's verb took)
_FOR_AFTER_AN_ASIDE = re.compile(r",\s+for\s+(?:[a-z]+\s+){0,2}\Z")


_PRICED_REACH = 60  # characters before a price word where the name priced and its verb may stand ("Ant Group was ")


def _priced_as_a_whole(reading: Reading, at: int, sentence: Span) -> bool:
    """Does the price word at ``at`` tell a name in capitals priced as a whole ("Ant was priced at $315 billion")? No
    share costs millions, and a company so priced was worth that sum then, a valuation; a share, an offering or a deal
    so priced is no name in capitals (joins.tsv role=whole_priced)."""
    found = reading.rules.whole_priced.search(reading.form, max(sentence[0], at - _PRICED_REACH), sentence[1])
    return found is not None and found.start() < at < found.end()


def _paid_for_after_an_aside(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the sum told after an aside as what was paid "for" the things named before it (", for $11.9 billion")?"""
    return _FOR_AFTER_AN_ASIDE.search(reading.form, max(sentence[0], figure.start - _PAID_FOR_REACH),
                                      figure.start) is not None


def _moves_again_right_after(reading: Reading, prior: MoneyMention, figure: Figure) -> bool:
    """Does the figure's move open right after the stock's move before it, as one more predicate of the same subject
    with no comma between ("Harlan Foods slipped 0.6% and has lost 4.2% this year": the stock moved again)?"""
    return prior.end <= figure.start and reading.rules.predicate_moves.match(reading.form, prior.end,
                                                                               figure.start) is not None


def _after_the_aside_of_its_value(reading: Reading, figure: Figure, sentence: Span, trigger, kind: str, moved: bool,
                                  mover, prior: MoneyMention | None, earlier: MoneyMention | None) -> bool:
    """Is the move told after an aside that a participle opens with a valuation's word and that holds its own sum, in a
    sentence whose stock moved before the aside ("Shares have risen 90% this year, valuing the group at $370 billion,
    even after a 14% drop from their peak": a listed group's value, its market value; or a price it moved to: "gained
    4.7% to 2,340 forints, valuing the company at about 118 billion forints, and have risen 38% since January")?  The
    word tells that sum, no move past it: the move is the stock's."""
    return (kind == "valuation" and moved and mover is None and trigger is not None and prior is not None
            and earlier is not None and prior.market_kind in VALUED_KINDS and prior.amount is not None
            and earlier.market_kind in ("share_move", "share_price") and sentence[0] <= earlier.start
            and earlier.end <= trigger[1] < prior.start and prior.end <= figure.start
            and _opens_an_aside(reading, reading.last_break(trigger[1] + 1, sentence, ","), prior.start)
            and reading.form.find(",", prior.end, figure.start) >= 0)


def _opens_an_aside(reading: Reading, comma: int, end: int) -> bool:
    """Does a lower-case participle open an aside at ``comma``, before ``end`` (", valuing the group at")?"""
    return comma >= 0 and reading.rules.participle_aside.match(reading.form, comma, end) is not None


def _in_participle_aside(reading: Reading, sentence: Span, market: int) -> bool:
    """Does the market-wide word stand in an aside that a participle opens after a comma ("..., outpacing a 1.1% gain
    in the Hang Seng Index"), so that it is no subject and a move told after it with no subject of its own is the
    sentence's subject's?"""
    return _opens_an_aside(reading, reading.last_break(market, sentence, ","), market)


def _word_end(near: list, start: int) -> int:
    """Where the trigger word found at ``start`` ends (``start`` itself when none of ``near`` starts there)."""
    return next((t[1] for t in near if t[0] == start), start)


def _names_inside_market_word(near: list, market_wide, name: Span) -> bool:
    """Is the name that moves a word of a market-wide word of its sentence ("the Sudanese pound firmed about 4% against
    the dollar": "Sudanese" is the currency's, no company's)?"""
    return any(t[0] <= name[0] < t[1] and t[2] in market_wide for t in near)


def _names_the_market(reading: Reading, name: Span) -> bool:
    """Is the name that moves, whole, a market-wide word of kinds.tsv (percent_kind other)?  "Gold Fields" is a
    miner."""
    return key_of(reading.form[name[0]:name[1]]) in reading.rules.market_wide


def _move_goes_on(reading: Reading, near: list, comma: int, figure: Figure) -> bool:
    """Does the clause after ``comma`` open with the movement word of the figure, with no subject of its own, so that
    the move is the clause before's: "The New Zealand dollar ended the session at 57.12 US cents, having fallen 1.4%",
    "The onshore yuan closed at 7.1035 per dollar, up 0.2% on the week"?"""
    first = next((t for t in near if comma < t[0] < figure.start), None)
    return (first is not None and first[2] in reading.rules.moves and first[0] - comma <= _OPENS_REACH
            and not any(c.isupper() for c in reading.form[comma:first[0]]))


def _a_multiple_of_it_after_a_comma(rules: Lexicon, gap: str) -> bool:
    """Does ``gap``, the words between two sums, tell after a comma that the first is a multiple of the second
    (", more than double the ")?"""
    multiple = rules.compared_multiple.search(gap)
    return multiple is not None and not gap[multiple.end():].strip() and gap[:multiple.start()].strip() == ","


def _same_measure(reading: Reading, dropped: Figure, figure: Figure) -> bool:
    """A figure that says more of the measure a dropped figure is of, a few words on, is no money either:
    the percentage it moved from or to ("accounted for 36% of revenue, down from 55%"), the amount it
    moved to ("exports rose 8% to $300 billion"), the change of a dropped amount or rate said after a comma
    ("consumers spent Rmb1.8tn online, up 6.3%"), the multiple of another value said after a dropped amount, and
    the amount a dropped amount moved from ("shrank to HK$210.5 billion from HK$245 billion")."""
    rules, form = reading.rules, reading.form
    if (dropped.percent is not None and figure.percent is not None and figure.start - dropped.end <= _COMPARED_REACH
            and (rules.compared_from.search(form, dropped.end, figure.start) is not None
                 or rules.compared_estimate.search(form, dropped.end, figure.start) is not None)
            and ";" not in form[dropped.end:figure.start]
            and reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)):
        # "owned about 11 per cent of the shares at the end of June, compared with less than 1 per cent"; "The producer
        # price index jumped 0.9% in July, ..., against economists' forecasts of 0.2%": what was expected of it
        return True
    if (dropped.percent is not None and figure.percent is not None and figure.start - dropped.end <= _COMPARED_REACH
            and rules.told_again.search(form, dropped.end, figure.start) is not None
            and not any(c in form[dropped.end:figure.start] for c in ";:.")):
        return True  # "Business investment grew 1.8% in the fourth quarter, and was 3.9% higher than a year earlier"
    if (dropped.percent is not None and figure.percent is not None
            and rules.came_after.match(form, dropped.end, figure.start) is not None
            and reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)):
        return True  # "Fares rise by an average of 4.1% from January, after an increase of 6.3% a year earlier"
    if dropped.percent is None and figure.percent is None and _one_range(rules, form, dropped, figure):
        return True  # "could cost the economy between $600 billion and $2.6 trillion": both ends are of one measure
    if (dropped.percent is None and figure.percent is None and figure.start - dropped.end <= _COMPARED_REACH
            and ";" not in form[dropped.end:figure.start]
            and reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)):
        # the base a dropped sum is compared with is as much no money however long its period's clause ("recovered
        # $273 million in back wages in the fiscal year that ended Sept. 30, down from $274 million a year earlier")
        cue = rules.compared_from.search(form, dropped.end, figure.start)
        if cue is not None and not form[cue.end():figure.start].strip():
            return True
    if (dropped.percent is None and figure.percent is not None and figure.start - dropped.end <= _COMPARED_REACH
            and not any(c in form[dropped.end:figure.start] for c in ";()")
            and rules.change_after.search(form, dropped.end, figure.start) is not None
            and reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)):
        # the change told after the comma that closes a dropped sum's clause is that sum's, however long the period
        # the clause tells: "visitors spent R3.9 billion in the province over the weekend from Sept. 24 to Sept. 28,
        # up 11%"
        return True
    if figure.start - dropped.end > _LEVEL_REACH:
        return False
    gap = form[dropped.end:figure.start]
    if dropped.percent is None:
        if figure.percent is None:
            # "Turnover on the main board shrank to HK$210.5 billion from HK$245 billion": where it moved from; "was
            # HK$268.5 billion, up from HK$231.9 billion": what it is compared with, or its usual level ("against a
            # daily average of HK$250 billion"), or the sum it is a multiple of ("The deficit is now estimated at C$1.4
            # billion, more than double the C$697 million forecast in March"), or a part of it after ", of which" spent
            # as it was ("about 520 million euros in spending each winter, of which roughly 140 million euros is spent
            # at the stalls"; "of which $40 billion was insured" is another measure, the insurers'), or its change told
            # as a sum after a comma ("The median homeowner will pay about $3,480, up $90": what households pay moved by
            # $90)
            # (the unit a dropped price is quoted by is the price's own, no word between: "fell to $1.10 a pound
            # this month from $1.45")
            unit = rules.per_unit.match(reading.low, dropped.end, figure.start)
            words = gap[unit.end() - dropped.end:] if unit is not None else gap
            return (reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)
                    and (len(words.split()) <= _LEVEL_GAP and not any(c in words for c in ",;()")
                         and rules.level_before.search(words) is not None
                         or ";" not in gap and (rules.compared_from.search(gap) is not None
                                                or rules.compared_estimate.search(gap) is not None
                                                or _a_multiple_of_it_after_a_comma(rules, gap)
                                                or rules.part_which.search(gap) is not None
                                                and rules.part_spent.match(form, figure.end) is not None
                                                or "(" not in gap and rules.change_after.search(gap) is not None)))
        if any(c in gap for c in ";()"):
            return False
        # or the multiple it is of another value: "average daily turnover climbed to HK$250 billion in the third
        # quarter, more than double the level of a year earlier" (a compared multiple is a market figure only)
        return (reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)
                and (rules.change_after.search(gap) is not None or figure.in_words and figure.market_only))
    if (figure.percent is not None and rules.move_unit.search(reading.low, figure.start, figure.end) is not None
            and rules.change_after.search(gap) is not None and not any(c in gap for c in ";.()")
            and reading.sentence_of(dropped.start) == reading.sentence_of(figure.start)):
        # "Passenger load factor of 85.3%, up 2.1 percentage points": a rate that is no money changes by points (a
        # percentage after it may be a move of its own: "Tencent, our second-largest position at 8.9%, gained 16%")
        return True
    if rules.level_before.search(gap) is None:
        return False
    words = len(gap.split())
    if figure.percent is not None and words <= _LEVEL_GAP + 2 and not any(c in gap for c in ";."):
        return True
    # Farther on ("retail sales rose 2.9% year on year in October, slowing from 3%"; "exports rose 8% in
    # October from a year earlier to $309 billion"): with no market or movement word of its own between
    # them (not "a 33% stake, rose to HK$120"), after a percentage that is no money even when it moves
    # (not "priced at a 10% discount to HK$100"); an amount follows with no comma, in the same sentence
    # (not "... carries a 5.25% coupon. Orders peaked at more than $25 billion").
    sentence = reading.sentence_of(dropped.start)
    return (words <= _STATISTIC_GAP and not any(c in gap for c in (";.()" if figure.percent is not None else ",;()"))
            and figure.start < sentence[1]
            and not any(t[2] in rules.triggers or t[2] in rules.moves
                        for t in reading.tokens_in(dropped.end, figure.start, sentence))
            and not (figure.percent is None and _priced_per_share(reading, figure, sentence))
            and reading.vetoed(dropped.start, dropped.end, "percent", sentence, True))


def _more_of_a_dropped_sum(reading: Reading, dropped: Figure, figure: Figure) -> bool:
    """Is ``figure`` a sum told as "another" or "a further" one (joins.tsv role=more) in its currency, a little after a
    sum that made no row, none made between?  More of a total the contract drops (a country's trade, a market's
    takings) is a part of that total, no money of anyone's: "Exports ... fell 4% to $200 billion. Phones and parts
    added another $56.4 billion"."""
    return (figure.amount is not None and figure.percent is None and figure.currency == dropped.currency
            and dropped.end <= figure.start <= dropped.end + _AGAIN_REACH
            and reading.rules.more_of.search(reading.form, max(dropped.end, figure.start - _MORE_OF_REACH),
                                             figure.start) is not None)


def _gapped_after_a_dropped_sum(reading: Reading, dropped: Figure, figure: Figure) -> bool:
    """Is ``figure`` a sum in the dropped sum's currency and sentence, told by a clause that ", and" joins to it with a
    bare noun as its subject and its verb left out (joins.tsv role=gapped_and)?  A gapped clause says the same of
    another thing, whatever made the first sum no row: "Vietnam exported garments worth $44.2 billion last year, and
    footwear $27.1 billion" are both the country's trade, "The province spent 2 billion rand on roads, and clinics 900
    million rand" both its public spending, though the verb lent reads the second as spent.  A name, an article or an
    owner before the sum ("and Tencent $3 billion", "and the city $2 billion"; role=gapped_not_subject) or a word of
    the rules between (a verb: "and furniture brought in $16 billion") make it a clause of its own."""
    sentence = reading.sentence_of(figure.start)
    if (figure.amount is None or figure.percent is not None or figure.currency != dropped.currency
            or reading.sentence_of(dropped.start) != sentence or dropped.end > figure.start):
        return False
    gapped = reading.rules.gapped_part.match(reading.form, dropped.end, figure.start)
    if gapped is None or any(word in reading.rules.gapped_not_subject for word in gapped.group("subject").split()):
        return False
    return not reading.tokens_in(gapped.start("subject"), gapped.end("subject"), sentence)


def _total_again(reading: Reading, dropped: Figure, figure: Figure) -> bool:
    """Is ``figure`` a sum or a percentage of the next sentence that names a dropped sum again ("The total", "The
    figure") with no other number between?  What that sentence compares the total with is of its measure, so it is no
    money either (a whole industry's takings, a market's turnover), and so is the way it moved ("A country exported 2
    billion euros of wine last year. That figure fell 4%": the trade's move), unless a noun of its own follows the
    figure ("It passed £2 million in sales": a measure of its own, not the dropped one again)."""
    return (dropped.percent is None and dropped.amount is not None
            and (figure.percent is not None or figure.amount is not None)
            and dropped.end <= figure.start <= dropped.end + _AGAIN_REACH
            and reading.rules.figure_again.fullmatch(reading.form, dropped.end, figure.start) is not None
            and not reading.rules.own_noun_after.match(reading.form, figure.end))


def _priced_per_share(reading: Reading, figure: Figure, sentence: Span) -> bool:
    """Is the sum told per share right after it ("sell its 78.7 per cent holding ... at HK$1.75 a share")?  Such a
    price is the deal's, never the level a dropped stake moved to."""
    return any(t[0] - figure.end <= 1 and reading.rules.triggers[t[2]]["amount_kind"] == "share_price"
               for t in reading.tokens_in(figure.end, min(sentence[1], figure.end + _PER_SHARE_REACH), sentence)
               if t[2] in reading.rules.triggers)


# characters after a sum where its "a share" (or "per share") word may start and end: the space before it and "per"
_PER_SHARE_REACH = 12


# characters from a comma and its word of money raised to the sum (", which would have raised about ")
_RAISING_REACH = 45
_OFFER_REACH = 120  # characters from an offer's word to the price per share "at" which it is made
_MILLION = 1e6  # a magnitude no share price is written with
_WHOLE_WORTH = {"amount_kind": "valuation", "moved_kind": ""}  # the trigger a whole company's fair value reads as
_LEVEL_GAP = 4  # words between a stock's percentage move and the price it moved to ("on Monday to")
_LEVEL_REACH = 60  # ... and characters at most (a quick bound before the words are counted)
# characters from a level to the sum it moved from after ", up from", when only the level's own place and time stand
# between ("4.30 euros a kilo at wholesale markets in Rotterdam last week, up from 3.10 euros")
_MOVED_FROM_REACH = 100
# ... and past it, the most such characters when nothing but the level's own clause stands between
# ("_moved_from_past_its_clause")
_MOVED_FAR_REACH = 160
_STATISTIC_GAP = 8  # words between a statistic's move and the level it moved to ("in October from a year earlier to")
_UNIT_REACH = 140  # characters from a business's noun to its sum lost (", which competes with ..., lost ")
_GROWS_REACH = 40  # characters from a word right before a figure that says what it is to the figure: growth ("grew by
                   # about "), a loss, a level crossed ("climbed back above ")
_ALSO_REACH = 50  # characters from a move to one more of it over another stretch (" week on week and about ")
_OPENS_REACH = 10  # characters from a comma to the movement word that opens the clause after it (", having ")
_CONTINUATION_REACH = 120  # characters from a stock's move to the move that goes on from it ("..., extending")
_COMPANY_OPENS_REACH = 25  # characters before a company's size that the words opening its noun phrase may take ("The ")
_OPENS_RANGE_REACH = 25  # characters before a range's first sum that its opening word may take ("from more than ")
_COMPARED_REACH = 160  # characters from an amount to the one it is compared with (", up from the ...")
# what may stand between a sum and its gap told apart: the sum's month or year, a comma, a word of approximation
_SUM_THEN_APART = re.compile(r"(?:\s+in\s+[A-Z]\w+(?:\s+\d{4})?)?,\s+(?:[a-z]+\s+)?\Z")
_MORE_OF_REACH = 40  # characters before a sum read for the word telling it is more of one before ("another")
_PLACED_REACH = 12  # characters before a name read for the word that places it ("costs in ")
_PAID_OUT_REACH = 40  # characters before a sum read for the verb of paying out right before it ("has paid about ")
_INSTALMENT_REACH = 60  # characters back from a sum to the payment or instalment it is told as
_PAID_AFTER_REACH = 240  # characters from the sum paid off to a part of it, over at most one sentence's end
_PAID_IN_PARTS = frozenset({"fine", "investment"})  # sums paid off in parts: a penalty, a deal's price
_WORK_TOOK_REACH = 140  # characters back from a sum to the noun of the work that took it, past an aside on it
_HANDLED_REACH = 140  # characters back from a sum to the platform that handled it, past an aside on the platform
# characters from a sum to the next sentence's sum of the same measure ("in sales, according to ... The figure grew ")
_AGAIN_REACH = 160
_HEADLINE_REACH = 200  # characters a first line may take to be a headline
# a stop and a space between two figures: a sentence's end, or (as these older reads take it) an abbreviation's point
_ANY_STOP = re.compile(r"[.!?]\s")
_LISTED_REACH = 90  # characters from a sum of a list to the next (" in the first three months of 2025, then to ")
# a few words of the sum's own before the comma of its base (" after the money, up from "), no clause of another
_COMPARED_TAIL = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}")


def _moved_from_past_its_clause(rules: Lexicon, form: str, prior: MoneyMention, mention: MoneyMention,
                                moved: re.Match) -> bool:
    """Is the ", down from" that leads to the base the first break after the sum, however far its clause runs (no
    comma, semicolon, colon or bracket between), the base in the sum's currency and on the side its move says ("the
    640 million crowns it booked from the venture in the half reflects the venture's results for the spring, down from
    910 million crowns a year earlier": down)?  Only the sum's own clause stands between, so the base can be no other
    measure's; a base on the other side would name no move of it, and money laid out is as often a plan compared with
    an earlier one, no move ("expects to spend more than 480 billion yuan ..., up from the 380 billion yuan it
    announced a year ago")."""
    direction = rules.moves[key_of(moved.group("move"))][0]
    return (prior.market_kind not in SPENT_KINDS and not any(mark in form[prior.end:moved.start()] for mark in ",;:()")
            and mention.currency == prior.currency and _went_that_way(mention, prior, direction))


def _cut_before(rules: Lexicon, form: str, prior: MoneyMention, moved: re.Match) -> bool:
    """Is the ", up from" farther on than the usual reach from a level no price per unit ("4.30 euros a kilo"), or does
    a comma, a semicolon or a colon stand between them?  Past that reach a price's base is its own only when the words
    between are one stretch of where and when it stood ("at wholesale markets in Rotterdam last week"); another comma
    may open a clause of another measure whose base it is, and a sum planned is compared, not moved."""
    return (rules.per_unit.match(form.lower(), prior.end) is None
            or any(mark in form[prior.end:moved.start()] for mark in ",;:()"))


def _compared_right_after(rules: Lexicon, form: str, prior: MoneyMention, mention: MoneyMention) -> bool:
    """Is the mention the base a sum moved from, told right after that sum and the few words of its own?"""
    cue = rules.compared_from.search(form, prior.end, mention.start)
    # (a multiple sets a sum against one of another measure as often as of its own: a sum a word of its own tells the
    # kind of keeps it, "profit hit $2 billion, twice the $1 billion fine it paid in 2023"; joins.tsv multiple_against)
    return (cue is not None and cue.end() == mention.start
            and _compared_tail(rules.told_words).fullmatch(form, prior.end, cue.start()) is not None
            and not (cue.group("multiple") and mention.market_kind not in ("", "other")))


@functools.cache
def _compared_tail(told_words: str) -> re.Pattern:
    """:data:`_COMPARED_TAIL`, maybe then who told the sum set off by commas (joins.tsv role=worth_told): the base after
    it is still the sum's ("values the TikTok owner at more than $330 billion, people familiar with the matter said on
    Wednesday, up from about $300 billion in a buyback last September" is a valuation's base)."""
    return re.compile(rf"{_COMPARED_TAIL.pattern}(?:,\s+(?:[\w'\u2019-]+\s+){{1,{_WORTH_TELLER_WORDS}}}"
                      rf"(?:{told_words})(?:\s+[\w.'\u2019-]+){{0,3}})?", re.I)


def _one_range(rules: Lexicon, form: str, prior: MoneyMention | Figure, mention: MoneyMention | Figure) -> bool:
    """Are two sums the ends of one range told with words ("between $38 billion and $40 billion")?  Both ends are of
    one kind, so whichever end a word of kind stands beside lends it to the other."""
    return (prior.end <= mention.start and rules.range_goes_on.fullmatch(form, prior.end, mention.start) is not None
            and rules.range_opened.search(form, max(0, prior.start - _OPENS_RANGE_REACH), prior.start) is not None)


def _words_to_level(rules: Lexicon, form: str, start: int, end: int) -> int:
    """The words between a move and the level it moved to, but for the period the move is told for right after it:
    "rose 10% in the June quarter to 89.2 billion yuan" is as near as "rose 10% to"; only the word that leads to the
    level may follow that period ("in the quarter, helping lift cash to" counts whole: the cash is no level of the
    move)."""
    words = form[start:end].split()
    # an aside between commas right after the move tells about it, no other predicate ("jumped 20%, the maximum allowed
    # on ChiNext, to 64.15 yuan"): only the word that leads to the level counts
    # (a clause of its own is none: "rose 4%, while rival Norcap fell, to 212 crowns" is Norcap's level; joins.tsv
    # role=parted)
    aside = _MOVE_ASIDE.match(form, start, end)
    if aside is not None and rules.parted_after.match(form, start) is None \
            and len(form[aside.end():end].split()) <= _PERIOD_LEVEL_WORDS:
        return len(form[aside.end():end].split())
    period = rules.period_told.match(form, start, end)
    rest = form[period.end():end].split() if period else words
    return len(rest) if len(rest) <= _PERIOD_LEVEL_WORDS and "," not in form[start:end] else len(words)


_PERIOD_LEVEL_WORDS = 2  # words between a move's period and its level ("to about")
# no digit in the aside: one with a figure of its own ("rose 5%, or $2, to") tells a second figure, not the move
_MOVE_ASIDE = re.compile(r",\s+[^,;\d]{1,60},\s+")


def _read_with_neighbours(rules: Lexicon, form: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """What a figure says about the one after it.  "The ADRs fell $3.12, or 3.4%, to $88.50": the
    percentage restates the move before it, so it takes its direction (the equivalents.tsv gap says
    it is the same value said another way); and the amount a stock moved to is its price."""
    out: list[MoneyMention] = []
    for mention in mentions:
        prior = out[-1] if out else None
        moved = None
        # a plain sum (kind other, no move) after a sum of a kind: the words between may make it a sum of that kind too
        plain_after_kind = (prior is not None and mention.amount is not None and prior.amount is not None
                            and mention.market_kind == "other" and prior.market_kind not in ("", "other")
                            and not mention.direction)
        if (prior is not None and prior.amount is not None and mention.amount is not None and not prior.direction
                and prior.percent is None and prior.end <= mention.start <= prior.end + _MOVED_FAR_REACH):
            # "forecast at 13.05 yuan, down from 15.06 yuan a year ago": the amount before moved from this one (set
            # once this one is read: it is where the move started, no level it moved to)
            moved = rules.moved_from.search(form, prior.end, mention.start)
            if (moved is not None and (mention.start - prior.end > _MOVED_FROM_REACH
                                       or mention.start - prior.end > _LEVEL_REACH
                                       and _cut_before(rules, form, prior, moved))
                    and not _moved_from_past_its_clause(rules, form, prior, mention, moved)):
                moved = None
        if (prior is not None and mention.percent is not None and not mention.direction and prior.direction
                and prior.percent is None and prior.end <= mention.start
                and rules.equivalent.fullmatch(form, prior.end, mention.start)):
            percent = -abs(mention.percent) if prior.direction == "down" else abs(mention.percent)
            mention = replace(mention, direction=prior.direction, percent=percent)
        elif (prior is not None and mention.amount is not None and prior.direction
              and prior.end <= mention.start <= prior.end + _LEVEL_REACH and prior.market_kind not in ("", "other")
              and _words_to_level(rules, form, prior.end, mention.start) <= _LEVEL_GAP
              and ";" not in form[prior.end:mention.start]
              and rules.level_before.search(form, prior.end, mention.start)):
            # "Alibaba slumped 4.1 per cent to HK$148.70", "POP plunged $4 to $14.75": the level a stock
            # moved to is its price;
            # "net profit rose 1,000% to Rmb21.9bn, and its revenue ...": the level is profit, whatever follows
            # of the same stock: "Marks & Spencer, Ocado's partner, rose 2.2p to 371.8p"
            mention = replace(mention, market_kind=rules.level_kinds.get(prior.market_kind, prior.market_kind),
                              subject=prior.subject or mention.subject)
        elif (prior is not None and mention.percent is not None and prior.amount is not None and not prior.direction
              and prior.market_kind not in ("", "other")
              and (mention.market_kind != "share_move" or rules.adverb_change.match(form, prior.end, mention.start))
              and prior.end <= mention.start <= prior.end + _LEVEL_REACH
              and (rules.sum_change.match(form, prior.end, mention.start)
                   or (_after_comma(form, prior.start)
                       and rules.apposed_change.match(form, prior.end, mention.start)))):
            # "Adjusted EBITA was RMB143.9 billion, down 17%, as we invested heavily in ...": the change said right
            # after an amount is that amount's, whatever word of another kind follows it (a stock that moves keeps its
            # move: "SK Hynix, whose market value topped $100 billion, rose 3.2%"); so is the change its noun's verb
            # tells after the sum's apposition closes ("The last total it disclosed, 498.2 billion yuan for the 11-day
            # event in 2021, was up 8.5%"); a bare ", up 9%" after a sum is no stock's verb, so it is the sum's even
            # where a stock moved before ("whose shares rose 2.4% after it posted first-quarter sales of 1.2 billion
            # kroner, up 9%")
            mention = replace(mention, market_kind=rules.change_kinds.get(prior.market_kind, prior.market_kind))
        elif (prior is not None and mention.percent is not None and prior.market_kind == "revenue"
              and mention.market_kind == "profit" and not prior.direction and prior.end <= mention.start
              and rules.earned_source_change.fullmatch(form, prior.end, mention.start)):
            # "ANDE earned $1.1 billion from Itaipu-related payments in 2024, up 12% from 2023": the move of takings
            # earned from their payers is of those takings, though "earned" before them would say profit
            mention = replace(mention, market_kind="revenue")
        elif (prior is not None and mention.percent is not None and prior.amount is not None and not prior.direction
              and prior.market_kind == "other" and mention.market_kind == "profit"
              and prior.end <= mention.start <= prior.end + _LEVEL_REACH
              and _a_time_then_change(rules, form, prior.end, mention.start)):
            # "Cashew kernels earned $410 million in 2024, up 12%": the change said right after takings "earned" told
            # (a good's, kind other) is of those takings, though the verb alone would say profit, and so is their
            # owner, no one when a good earned them
            mention = replace(mention, market_kind="other", subject=prior.subject)
        elif (prior is not None and mention.amount is not None and prior.amount is not None and prior.market_kind
              and mention.market_kind != prior.market_kind and not mention.direction and prior.end <= mention.start
              and rules.base_after.fullmatch(form, prior.end, mention.start)
              and (level := rules.level_before.search(form, max(0, prior.start - _OPENS_RANGE_REACH), prior.start))
              and not level.group("base")):
            # "raised their 2026 copper forecast to $12,800 a tonne from $11,500": the base a level moved from is the
            # same measure, whatever word before the level would say of it alone
            mention = replace(mention, market_kind=prior.market_kind)
        elif (prior is not None and mention.amount is not None and prior.amount is not None
              and mention.market_kind != prior.market_kind and prior.market_kind not in ("", "other")
              and not mention.direction and not prior.direction and _one_range(rules, form, prior, mention)):
            # "estimates range from $2 billion to more than $11 billion": the two ends of one range are of one kind,
            # whatever word after the range says of what it would make ("put Ant's value at between $110 billion and
            # $140 billion, a range that would make it the city's largest listing")
            mention = replace(mention, market_kind=prior.market_kind)
        elif ((plain_after_kind and prior.end <= mention.start <= prior.end + _COMPARED_REACH
               and ";" not in form[prior.end:mention.start]
               and (rules.compared_from.search(form, prior.end, mention.start)
                    or rules.compared_estimate.search(form, prior.end, mention.start)
                    or rules.expected_after.match(form, mention.end)))
              or (prior is not None and prior.amount is not None and mention.amount is not None
                  and prior.market_kind not in ("", "other") and not mention.direction
                  and _compared_right_after(rules, form, prior, mention))):
            # "expects to spend more than 480 billion yuan ..., up from the 380 billion yuan it announced a
            # year ago": what an amount is compared with is the same measure (spending), and did not move;
            # so is one after a comparison's cue ("..., compared to RMB11.7 billion for the same period last year")
            # and one that analysts expected ("... and ahead of the $1.85 billion analysts had expected"); what a sum
            # moved up or down from right after it is that measure whatever word follows ("a post-money valuation of
            # US$1.8 billion, up from US$650 million at its Series B")
            mention = replace(mention, market_kind=prior.market_kind)
        elif (mention.amount is not None and mention.market_kind in _COMPARED_WITH_A_GOOD and not mention.direction
              and _compared_with_a_unit_price(rules, form, out, mention)):
            # "rose 9% to $3,450 per 40-foot container ..., up from $2,100 at the end of April but well below the $8,100
            # paid at the same point in 2024": a level set against a good's price per unit is that market's price, no
            # money paid into anything, nor a stock's record ("traded at $2,480 a tonne, just below the record of $2,550
            # set in early January")
            mention = replace(mention, market_kind="other")
        elif _more_of_a_sum(rules, form, prior, mention):
            # "Hong Kong's IPO market raised about HK$285 billion in 2025, ..., and bankers expect another HK$300
            # billion this year": more of a sum told before it in its sentence is that sum's measure
            mention = replace(mention, market_kind=prior.market_kind)
        elif _more_of_a_loss(rules, form, prior, mention):
            # "lost 38 million dalasis in 2024 and a further 21 million dalasis in the first half of 2025": more of a
            # loss told before it in its clause is more lost
            mention = replace(mention, market_kind=prior.market_kind, direction=prior.direction)
        elif _forecast_after_a_sum(rules, form, prior, mention):
            # "shoppers spent about 410 million levs last year, according to the research firm, which expects 560
            # million levs this year": a plain sum forecast after a sum of a kind is of that sum's measure
            mention = replace(mention, market_kind=prior.market_kind)
        elif (same_period_sum := _sum_more_of_over_the_same_period(rules, form, out, mention)) is not None:
            # "Sales ... reached TSh 18.6 billion in the first half ... Cashew sellers booked a further TSh 7.2 billion
            # over the same period": more of the sum the sentence before told, over its period, is of its measure
            mention = replace(mention, market_kind=same_period_sum.market_kind)
        elif (expected_kind := _expected_beside_reported(rules, form, out, mention)) is not None:
            # "earned 98 cents a share ... on revenue of $812 million, while analysts ... had expected 89 cents and
            # $796 million": each sum expected is of the measure of the sum reported near it
            mention = replace(mention, market_kind=expected_kind)
        elif _base_after_change(rules, form, out, mention):
            # "collected £4.9 million in rent ..., down 12% from a year earlier, against £9.7 million a decade before":
            # the sum a comparison's cue sets against a sum and its change is that sum's measure
            mention = replace(mention, market_kind=out[-2].market_kind)
        elif _estimate_after_change(rules, form, out, mention):
            # "revenue of 287.4 billion yuan ..., up 7% from a year earlier, beating the average estimate of 281.9
            # billion yuan": what analysts expected after a sum and its change is that sum's measure
            mention = replace(mention, market_kind=prior.market_kind)
        elif (plain_after_kind and prior.end <= mention.start <= prior.end + _LISTED_REACH
              and rules.period_listed.fullmatch(form, prior.end, mention.start)
              and rules.period_after.match(form, mention.end)):
            # "then to 3.0 billion yuan in the April-June quarter and 2.3 billion yuan in the three months to
            # September": sums of a list, each told for its period, are one measure (a sum with a word of its own after
            # it, "$300 million in buybacks", tells no period and is its own)
            mention = replace(mention, market_kind=prior.market_kind)
        elif (plain_after_kind and not prior.direction
              and (listed := _past_its_multiple(rules, form, prior)) <= mention.start <= listed + _LISTED_REACH
              and rules.item_listed.fullmatch(form, listed, mention.start)
              and rules.item_opens.search(form, max(0, prior.start - _OPENS_RANGE_REACH), prior.start)):
            # "values core commerce at US$210 billion, Alibaba Cloud at US$155 billion and the group's stakes ... at
            # US$38 billion": each part of a list told with its sum is one measure, the word that said it before them
            # all (the multiple a part's sum stands at goes with it: "at $148 billion, or about 6 times its revenue,
            # and")
            mention = replace(mention, market_kind=prior.market_kind)
        elif ((told := _sum_told_before(out)) is not None and mention.amount is not None
              and mention.market_kind == "other" and told.market_kind not in ("", "other") and not mention.direction
              and prior.end <= mention.start <= prior.end + _AGAIN_REACH
              and not rules.own_noun_after.match(form, mention.end)
              and (rules.figure_again.fullmatch(form, prior.end, mention.start)
                   or rules.figure_put_again.fullmatch(form, prior.end, mention.start)
                   or _takings_again(rules, form, told, prior, mention))):
            # "... that first edition generated 52 million yuan in sales. The figure grew rapidly over the following
            # decade: 35.2 billion yuan in 2013, ...": a sentence that names the measure again goes on with its kind,
            # and so does a clause that puts "it" at a sum ("By 2015 the figure had reached 91.2 billion yuan, and in
            # 2019 Alibaba put it at 268.4 billion yuan"), also past that sum's own change ("reported cash earnings of
            # A$1.42 billion ..., up 4.1 per cent ... The result compared with A$1.36 billion")
            mention = replace(mention, market_kind=told.market_kind)
        elif ((told := _sum_told_before(out)) is not None and mention.amount is not None
              and mention.market_kind == "other" and told.market_kind in _PAID_IN_PARTS and not mention.direction
              and told.end <= mention.start <= told.end + _PAID_AFTER_REACH
              and len(_ANY_STOP.findall(form, told.end, mention.start)) <= 1
              and rules.instalment_of.search(form, max(0, mention.start - _INSTALMENT_REACH), mention.start)
              and not rules.instalment_apart.search(form, told.end, mention.start)):
            # "... to pay a £4.8 million fine ... The first payment of £800,000 must be made by the end of March, with
            # the balance in monthly instalments of about £222,000": each part paid is of the sum it pays off
            mention = replace(mention, market_kind=told.market_kind)
        elif (prior is not None and prior.market_kind == "market_cap" and mention.market_kind == "valuation"
              and prior.subject and prior.subject == mention.subject and not mention.direction
              and prior.end <= mention.start and not _ANY_STOP.search(form, prior.end, mention.start)):
            # "Meituan, which was worth $400 billion at its peak ..., is now valued at about $82 billion": once the
            # sentence has told a company's worth on the market, its value then and now is that one measure
            mention = replace(mention, market_kind="market_cap")
        if (prior is not None and prior.amount is not None and mention.amount is not None
                and prior.market_kind == "other" and mention.market_kind in EARNED_KINDS and not prior.direction
                and rules.part_of.fullmatch(form, prior.end, mention.start)):
            # "Devices brought in $38.2 billion of Halcyon's $71.5 billion revenue": a part is of its whole's kind
            out[-1] = prior = replace(prior, market_kind=mention.market_kind)
        elif (prior is not None and prior.amount is not None and mention.amount is not None
              and prior.market_kind == "other" and mention.market_kind not in ("", "other")
              and not prior.direction and not mention.direction
              and _one_range(rules, form, prior, mention)):
            # "to post between $38 billion and $40 billion in quarterly revenue": the word after a range says what both
            # of its ends are, though it stands nearer the second
            out[-1] = prior = replace(prior, market_kind=mention.market_kind)
        if moved is not None:
            out[-1] = replace(prior, direction=rules.moves[key_of(moved.group("move"))][0])
        out.append(mention)
    return out


def _takings_again(rules: Lexicon, form: str, told: MoneyMention, prior: MoneyMention, mention: MoneyMention) -> bool:
    """Does the sentence after takings go on with them ("was fourth with $6.2 million. It has taken $44 million")?
    "It took in" says nothing of the measure after a profit or a fine, and a sum taken from someone ("from new
    investors", "from the state") is money raised or given, no takings."""
    return (told.market_kind == "revenue" and rules.takings_again.fullmatch(form, prior.end, mention.start) is not None
            and not rules.takings_from.match(form, mention.end))


def _sum_told_before(out: list[MoneyMention]) -> MoneyMention | None:
    """The sum told last: the mention before, or the sum before it when that mention is the sum's own change, a
    percentage of its kind ("cash earnings of A$1.42 billion ..., up 4.1 per cent")."""
    if not out:
        return None
    prior = out[-1]
    if prior.amount is not None:
        return prior
    if len(out) > 1 and prior.percent is not None and out[-2].amount is not None \
            and out[-2].market_kind == prior.market_kind and out[-2].end <= prior.start:
        return out[-2]
    return None


def _more_of_a_sum(rules: Lexicon, form: str, prior: MoneyMention | None, mention: MoneyMention) -> bool:
    """Is ``mention`` a sum told as "another" or "a further" one after a sum of a kind in its sentence, with no move of
    its own?  A word of raising said once serves both; a plain sum's kind is the sum's before it too."""
    if (not _a_sum_told_on_after(form, prior, mention) or mention.market_kind == prior.market_kind
            or not (mention.market_kind == "other"
                    or {mention.market_kind, prior.market_kind} <= RAISED_KINDS)):
        return False
    return rules.more_of.search(form, max(prior.end, mention.start - _MORE_OF_REACH), mention.start) is not None


def _more_of_a_loss(rules: Lexicon, form: str, prior: MoneyMention | None, mention: MoneyMention) -> bool:
    """Is ``mention`` a plain sum told as "another" or "a further" one right after a loss (a profit going down, told
    as a sum) in its clause?  The loss's verb serves both sums, as a word of raising does, so the second is a loss
    too."""
    if (prior is None or prior.amount is None or prior.percent is not None or prior.market_kind != "profit"
            or prior.direction != "down" or mention.amount is None or mention.percent is not None
            or mention.direction or mention.market_kind != "other" or prior.currency != mention.currency
            or not prior.end <= mention.start <= prior.end + _COMPARED_REACH
            or _ANY_STOP.search(form, prior.end, mention.start) or ";" in form[prior.end:mention.start]):
        return False
    return rules.more_of.search(form, max(prior.end, mention.start - _MORE_OF_REACH), mention.start) is not None


def _forecast_after_a_sum(rules: Lexicon, form: str, prior: MoneyMention | None, mention: MoneyMention) -> bool:
    """Is ``mention`` a plain sum (kind other, no move, no noun of its own after it) right after a verb of forecasting,
    told after a sum of a kind in its sentence in the same currency?  What is forecast is that sum's measure."""
    if (not _a_sum_told_on_after(form, prior, mention) or mention.market_kind != "other"
            or prior.currency != mention.currency or rules.own_noun_after.match(form, mention.end)):
        return False
    return rules.forecast_of.search(form, max(prior.end, mention.start - _MORE_OF_REACH), mention.start) is not None


def _a_sum_told_on_after(form: str, prior: MoneyMention | None, mention: MoneyMention) -> bool:
    """Is ``mention`` a sum with no move of its own told a little after ``prior``, a sum of a kind with none either, in
    the same sentence and clause (no stop, no semicolon between)?  Only then may a word before it ("another", "which
    expects") make it more of that sum's measure."""
    return (prior is not None and prior.amount is not None and mention.amount is not None
            and not mention.direction and not prior.direction and prior.market_kind not in ("", "other")
            and prior.end <= mention.start <= prior.end + _COMPARED_REACH
            and not _ANY_STOP.search(form, prior.end, mention.start) and ";" not in form[prior.end:mention.start])


def _sum_more_of_over_the_same_period(rules: Lexicon, form: str, out: list[MoneyMention],
                                      mention: MoneyMention) -> MoneyMention | None:
    """The sum of a kind told in the sentence right before ``mention`` when ``mention`` is a plain sum told as "a
    further" one "over the same period", else None.  The period it names is that sum's, so the measure is too; without
    it a later sentence's "another" may be more of anything (a listing's sum, then "another $200 million" it will
    spend)."""
    told = _sum_told_before(out)
    if (told is None or mention.amount is None or mention.direction or mention.market_kind != "other"
            or told.market_kind in ("", "other") or told.direction or not told.end <= mention.start
            or mention.start - told.end > _SAME_PERIOD_REACH or ";" in form[told.end:mention.start]
            or len(_ANY_STOP.findall(form, told.end, mention.start)) != 1):
        return None
    if (rules.more_of.search(form, max(told.end, mention.start - _MORE_OF_REACH), mention.start) is None
            or rules.same_period.match(form, mention.end) is None):
        return None
    return told


_SAME_PERIOD_REACH = 240  # characters from a sum to "a further" one over its period in the next sentence
_EXPECTED_BEFORE_REACH = 90  # characters before a sum where who expected it and the verb stand
_REPORTED_REACH = 250  # characters from a sum reported to the sum expected of it, in one sentence
_EXPECTED_NEAR = 2.0  # how many times bigger or smaller than the sum reported an expected one may be
# a sentence's end, but not the point of an abbreviation ("in U.S. and Canadian theaters")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]['\"\u201d)]*\s+(?=[A-Z0-9'\"\u201c])")


def _told_before_in_its_sentence(form: str, out: list[MoneyMention], mention: MoneyMention, reach: int,
                                 clause: bool = False) -> Iterator[MoneyMention]:
    """The sums read before ``mention``, nearest first, up to ``reach`` characters back and no further than its
    sentence's start (or, with ``clause``, than a semicolon)."""
    for told in reversed(out):
        if told.end > mention.start:
            continue
        if (mention.start - told.end > reach or _SENTENCE_END.search(form, told.end, mention.start)
                or clause and ";" in form[told.end:mention.start]):
            return
        yield told


def _expected_beside_reported(rules: Lexicon, form: str, out: list[MoneyMention], mention: MoneyMention) -> str | None:
    """The kind of the sum reported earlier in its sentence that ``mention``, a sum analysts had expected, is told
    against: the nearest of its currency within a factor of two of it (a per-share profit and a revenue expected one
    after the other pair with the per-share profit and the revenue reported, not with the nearest trigger).  None if
    there is none."""
    if mention.amount is None or mention.direction or not out or mention.amount <= 0:
        return None
    if (rules.expected_before.search(form, max(0, mention.start - _EXPECTED_BEFORE_REACH), mention.start) is None
            and rules.expected_after.match(form, mention.end) is None):
        return None
    for reported in _told_before_in_its_sentence(form, out, mention, _REPORTED_REACH):
        if (reported.amount is not None and reported.amount > 0 and reported.currency == mention.currency
                and reported.market_kind not in ("", "other") and not reported.direction
                and 1 / _EXPECTED_NEAR <= mention.amount / reported.amount <= _EXPECTED_NEAR):
            return None if reported.market_kind == mention.market_kind else reported.market_kind
    return None


_COMPARED_WITH_A_GOOD = SPENT_KINDS | {"share_price"}  # kinds a level set against a good's price per unit loses
_COMPARED_LEVEL_REACH = 40  # characters before a level where the comparison's word and "the" stand
_UNIT_PRICE_REACH = 200  # characters from a price per unit (or a base of it) to a level compared with it


def _compared_with_a_unit_price(rules: Lexicon, form: str, out: list[MoneyMention], mention: MoneyMention) -> bool:
    """Is ``mention`` a level a comparison's word and "the" set against a good's price per unit told before it in its
    sentence, with only that market's levels (its bases) between?"""
    if (not out or rules.compared_level.search(form, max(0, mention.start - _COMPARED_LEVEL_REACH),
                                               mention.start) is None):
        return False
    for told in _told_before_in_its_sentence(form, out, mention, _UNIT_PRICE_REACH, clause=True):
        if told.market_kind != "other" or told.amount is None:
            return False
        if rules.unit_priced.match(form, told.end):
            return True
    return False


def _estimate_after_change(rules: Lexicon, form: str, out: list[MoneyMention], mention: MoneyMention) -> bool:
    """Is ``mention`` a plain sum analysts expected, told after a sum of a kind and the change said right after it?
    (The change has no amount of its own, so the neighbour rule for a sum's estimate does not see past it.)"""
    if len(out) < 2 or mention.amount is None or mention.market_kind != "other" or mention.direction:
        return False
    change, level = out[-1], out[-2]
    return (change.amount is None and change.percent is not None and level.amount is not None
            and not level.direction and level.market_kind not in ("", "other")
            and change.market_kind == level.market_kind and level.end <= change.start
            and change.end <= mention.start <= change.end + _COMPARED_REACH
            and ";" not in form[change.end:mention.start]
            and rules.compared_estimate.search(form, change.end, mention.start) is not None)


def _base_after_change(rules: Lexicon, form: str, out: list[MoneyMention], mention: MoneyMention) -> bool:
    """Is ``mention`` a plain sum a comparison's cue sets against a sum of a kind, past the change said right after that
    sum and the few words of its base?  (The change has no amount of its own, so the neighbour rule for a compared sum
    does not see past it.)"""
    if len(out) < 2 or mention.amount is None or mention.market_kind != "other" or mention.direction:
        return False
    change, level = out[-1], out[-2]
    if not (change.amount is None and change.percent is not None and level.amount is not None
            and not level.direction and level.market_kind not in ("", "other")
            and change.direction and change.market_kind in (level.market_kind, "other")
            and level.end <= change.start <= level.end + _LEVEL_REACH
            and change.end <= mention.start <= change.end + _COMPARED_REACH
            and ";" not in form[level.end:mention.start]):
        return False
    cue = rules.compared_from.search(form, change.end, mention.start)
    return (cue is not None and cue.end() == mention.start
            and _COMPARED_TAIL.fullmatch(form, change.end, cue.start()) is not None)


def _a_time_then_change(rules: Lexicon, form: str, start: int, end: int) -> bool:
    """Is ``form[start:end]`` the change of the sum before it (", up "), maybe after a time (" last year, up ")?  A
    sum's period may be told in any form a date is ("last year", "in fiscal 2025", "this season"), so the dates engine
    reads it, as it reads every date, and no list of period words here does."""
    change = rules.change_after.search(form, start, end)
    return change is not None and (change.start() == start or _only_times(form[start:change.start()]))


def _only_times(stretch: str) -> bool:
    """Does ``stretch`` hold nothing but times the dates engine finds, each maybe after its preposition ("last year",
    "in the year to June"), each as told whole ("in the 2024/25 season": its determiner and noun with it)?"""
    low = lower_form(stretch)
    at = len(stretch) - len(stretch.lstrip())
    found = find_expressions(stretch, low=low)
    for expression in found:
        start, end = with_its_year_noun(stretch, expression)
        if stretch[at:preposition_start(low, start)].strip():
            return False
        at = end
    return bool(found) and not stretch[at:].strip()


def _after_comma(form: str, at: int) -> bool:
    """Does a comma stand right before ``at``, whatever spaces follow it?  (A comma right before a sum sets it off as
    an apposition of its noun.)"""
    while at and form[at - 1].isspace():
        at -= 1
    return form[at - 1:at] == ","


_CLOSING_STOPS = ".!?:;,\"'\u201d\u2019)"
_HEADING_WORDS = 6  # a heading names its section in a few words; a line of news is longer
_HEADING_REACH = 200  # characters either side of a heading read for the line breaks around it and the text below


def _alone(reading: Reading, busy: set[Span]) -> list[MoneyMention]:
    """Stock, valuation and offering phrases in sentences that hold no figure: one per sentence."""
    rules, low, out = reading.rules, reading.low, []
    # (an anchor whose phrases all hold a word the text lacks, "market" for "to", has no place in it)
    places = sorted({i for anchor in rules.alone_anchors
                     if rules.alone_anchor_words.get(anchor, "") in low for i in occurrences(low, anchor)})
    # a headline's word alone ("Kairos Auto shares jump after October deliveries hit record") only announces what the
    # story below tells with its figure: the first line of a text that goes on makes no such row
    headline = low.find("\n")
    headline = headline if 0 < headline <= _HEADLINE_REACH and low[headline:].strip() else 0
    for place in places:
        if place < headline:
            continue
        if place and (low[place - 1].isalpha() or low[place - 1] == "-"):
            continue  # inside a word: "supermarket", "per-share earnings"
        sentence = reading.sentence_of(place)
        if sentence in busy or _heading(low, sentence):
            continue
        match = rules.alone_at.match(low, place)
        if match is None:
            continue
        index = next(i for i in range(len(rules.alone_rows)) if match.group(f"a{i}") is not None)
        row, start, end = rules.alone_rows[index], match.start(), match.end()
        trigger_word = key_of(match.group(f"a{index}"))
        if end > sentence[1] or reading.is_name((start, match.end(f"a{index}"), trigger_word), sentence):
            continue  # "Rally's Inc.", "the New York Stock Exchange"
        direction = ""
        if row["alone_needs"] in ("move", "move_around"):
            move_at = match.span(f"m{index}")
            if move_at[0] < 0:  # "move_around" with no move after: "it lost half its market value"
                before = rules.alone_move_before.search(low, max(sentence[0], start - 60), start)
                if before is None:
                    continue
                move_at = before.span("m")
            move = key_of(low[move_at[0]:move_at[1]])
            if reading.is_name((*move_at, move), sentence):
                continue
            direction = rules.moves[move][0]
        elif row["alone_needs"] == "context" and not any(
                t[2] in rules.context and t[0] != start and not reading.vetoed(t[0], t[1], "alone", sentence, False)
                for t in reading.tokens_in(*sentence, sentence)):
            continue  # a sector's or a whole market's stocks tell no company's rally ("lifted Chinese internet stocks")
        trigger_move = rules.moves.get(trigger_word)
        if not direction and trigger_move:
            # a trigger that is itself a move tells its way ("kept selling into last week's rally": up)
            direction = trigger_move[0]
        # what stands after the trigger word itself says what it is ("Hong Kong stocks" are a whole market's), not
        # what follows its move
        if reading.vetoed(start, match.end(f"a{index}"), "alone", sentence, False):
            if row["alone_needs"] == "move":
                # a sentence that tells a whole market's stocks moving ("Hong Kong stocks rose on Thursday, ... as
                # technology shares recovered from a sell-off") tells no company's move with a later word either
                busy.add(sentence)
            continue
        busy.add(sentence)
        out.append(MoneyMention(
            start=start, end=end, text=reading.text[start:end], market_kind=row["alone_kind"], amount=None,
            currency="", amount_usd=None, percent=None, direction=direction, approx="",
            subject=reading.subject(start, end, sentence)))
    return out


def _heading(low: str, sentence: Span) -> bool:
    """Is the sentence a section heading: a short line of its own with no closing stop, over more text ("Valuation
    talk")? A word alone in it names what the section below tells with its figures."""
    line = low[sentence[0]:sentence[1]].strip()
    if not line or line[-1] in _CLOSING_STOPS or len(line.split()) > _HEADING_WORDS:
        return False
    before = low[max(0, sentence[0] - _HEADING_REACH):sentence[0]].rstrip(" \t")
    after = low[sentence[1]:sentence[1] + _HEADING_REACH].lstrip(" \t")
    return (not before or before.endswith("\n")) and after.startswith("\n") and bool(after.strip())

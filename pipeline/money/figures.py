"""Figures in a text: amounts with their currency, percentages, sizes written in words.

One compiled regular expression scans the lower-cased text for every figure (it opens with a digit
or a currency sign, so the scan skips quickly); a currency code before a number is checked at the
number.  A figure and the same value in another currency ("18.2 billion yuan ($2.8 billion)") are
merged into one.  Sizes in words are found from a few plain strings ("illion", "thousand").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.money.lexicon import Lexicon, key_of
from pipeline.sentences import LIST_ITEM

_WORD = re.compile(r"[a-z-]+")
_STOCK_BEFORE = 40     # how far before a multiple in the present its stock word and approximation may start
_FORECAST_BEFORE = 90  # how far before it the forecast of a measure may start ("expects its AI server revenue to")


@dataclass
class Figure:
    """A figure as found, before it is read in its sentence."""
    start: int
    end: int
    amount: float | None = None
    currency: str = ""
    percent: float | None = None
    sign: str = ""
    amount_usd: float | None = None
    in_words: bool = False  # a fraction written in words: a figure only where a movement word governs it
    magnitude: float = 1.0  # the magnitude word's value ("billion"), 1 when none: a price-sized figure
    market_only: bool = False  # a currency attached to its digits ("212p"), a multiple compared: money only as a market
                               # figure
    local: str = ""  # a form written only where its currency is at home (currencies.tsv needs_magnitude local, named)
    heading: tuple[int, int] | None = None  # the heading line that gave a bare sum of a list item its currency
    hundredths: bool = False  # told in basis points (joins.tsv role=percent_hundredth): only a market rate moves by
                              # them
    base_of: int | None = None  # where the sum starts that a base told without its currency moved from, lending it


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def find_figures(rules: Lexicon, form: str, low: str) -> list[Figure]:
    """Every amount and percentage written with digits, in text order (``low`` is ``form`` lower-cased)."""
    found: list[Figure] = []
    for match in rules.figure.finditer(low):
        start, row = match.start(), None
        if match.group("number") is not None:
            start, row = _sign_form(rules, form, start)
        elif match.group("coded") is not None:
            code = rules.code_before.search(form, max(0, start - 7), start)
            if code is None:
                continue  # "rmb" written in another case than the table's: not a code
            start, row = code.start(), rules.before[form[code.start():code.end()].rstrip(" (")]
        elif start and form[start - 1].isalpha():
            continue  # "v2%": a number inside a word
        found.extend(_read_figure(rules, form, start, match, row))
    return found


def _sign_form(rules: Lexicon, form: str, sign: int) -> tuple[int, dict]:
    """Where a currency written with a sign starts, and its row: the sign may close a longer form
    ("HK$", "US$", "CN¥"), whose letters some sources part from the sign by a space ("HK $187")."""
    forms = rules.sign_forms.get(form[sign], {})
    ends = rules.sign_form_ends.get(form[sign], "")
    before = form[sign - 1:sign]
    if not before or before not in ends and (before != " " or form[sign - 2:sign - 1] not in ends):
        return sign, rules.before[form[sign]]  # no letters a longer form ends with: "a $5 bill", "(€26.9bn"
    for letters_end in (sign, sign - 1):
        if letters_end < sign and form[letters_end:sign] != " ":
            break
        begin = letters_end
        while begin > 0 and letters_end - begin < 4 and (form[begin - 1].isalpha() or form[begin - 1] == "."):
            begin -= 1
        for first in range(begin, letters_end):  # the longest letters first: "U.S.$" before "S$"
            written = forms.get(form[first:letters_end])
            if written and not form[first - 1:first].isalnum() and (letters_end == sign or letters_end - first > 1):
                return first, rules.before[written]  # "A $5 billion deal" is not Australian: one letter keeps to its
                                                     # sign
    return sign, rules.before[form[sign]]


def _read_figure(rules: Lexicon, form: str, start: int, match: re.Match, row: dict | None) -> list[Figure]:
    number, hi, hicur, lomag, conn, pct, neg, cneg, post, mag, amag, attached = match.group(
        "number", "hi", "hicur", "lomag", "conn", "pct", "neg", "cneg", "post", "mag", "amag", "apost")
    first_only, rest = False, []
    lo = number or match.string[match.start():match.end("digits")]
    values = [_number(lo)] + ([_number(hi)] if hi else [])
    spans = [(start, match.end())]
    hi_row = rules.before.get(form[match.start("hicur"):match.end("hicur")]) if hicur else None
    if hi_row is not None and (row is None or hi_row["code"] == row["code"]):
        hi_row = None  # "$5-$6 billion": one range in one currency
    if hi is not None:
        lo_end = match.end("number") if number is not None else match.end("digits")
        if lomag:
            lo_end = match.end("lomag")
        spans = [(start, lo_end), (_after_space(form, match.end("conn")), match.end())]
        joined = conn in rules.pair_joins and not rules.opens_range.search(form, max(0, start - 12), start)
        if joined and row is not None and form[match.end("conn"):match.start("hi")].strip():
            pass  # "raised $3 billion and $5 billion": each has its currency, both are figures
        elif row is not None and (joined or (pct and not hicur)):
            # "$11 billion and 3,000 employees": the currency says the first is the figure, and what
            # follows "and" is another thing, whose words are not this figure's; nor do a sum and a percentage
            # make a range, whatever joins them ("under €15 to 5% from 15%")
            first_only = True
            if pct:  # "sales of $5.2 million and 40% growth"
                rest = [Figure(spans[1][0], spans[1][1], percent=values[1])]
            values, spans = values[:1], spans[:1]
        elif hi_row is not None:
            pass  # "(€26.9bn-$31.9bn)": one value in two currencies, not a range
        elif _larger_first(rules, values, lomag, mag or amag) or joined:
            values, spans = values[1:], spans[1:]  # "in 2019 and 20 percent": only the second is a figure
        elif row is None and rules.month_before.search(form, max(0, start - 12), start):
            values, spans = values[1:], spans[1:]  # "since a peak on Oct. 2 to 19%": the first is a day of the month
    sign = ""
    if len(values) == 1 + (hi is not None) and start > 0 and form[start - 1] in "-+" \
            and not form[start - 2:start - 1].isalnum() and form[start - 2:start - 1] not in ("-", "%"):
        # "--" is a dash, and so is one after a percentage: "a range of 3.75%-4%"
        sign, spans[0] = form[start - 1], (start - 1, spans[0][1])  # "-3.3%", "Operating loss: -RMB21.8bn"
    if row is None and pct:
        # a table's percent is in percentage points, and a basis point is a hundredth of one
        hundredths = key_of(pct) in rules.hundredths
        if hundredths and rules.rate_to_level.match(form, match.end()):
            return []  # "by 50 basis points to 14.25%": the level it took the rate to is the row, and tells the way
        return [Figure(s, e, percent=v / 100 if hundredths else v, sign=sign, hundredths=hundredths)
                for (s, e), v in zip(spans, values)]
    if neg or cneg is not None:
        sign = "-"  # "RMB(21.8) billion": a results table's loss
    post = None if first_only else post or attached
    if row is None or post and row["code"] == "USD":  # "$5 Hong Kong dollars" says the currency twice
        row = rules.after[key_of(post)] if post else row
    word = lomag if first_only else mag or amag
    # "1,300 pounds" of weight is no money, nor "in 2019 won the bid"; but "640 rupees per share" is a price, and
    # "rose 3.7% to 48.90 francs" is one where a trigger or a move makes it a market figure, as pence are
    needs = row["needs_magnitude"]
    # (a singular "pound" with no magnitude is a weight even where a move follows: "a 40-pound box ... dropped")
    bare = not word and (needs in ("yes", "named", "magnitude") or needs == "grouped" and "," not in lo) \
        and not _shown_money(rules, form, match.string, match.end()) \
        and not _base_of_a_sum_shown_money(rules, form, match.string, start, post)
    if bare and (needs in ("grouped", "magnitude") or needs == "named" and not _PRICE.fullmatch(lo)
                 or _YEAR.fullmatch(lo)):
        return []
    # (a sum told again in brackets in another currency names money whatever place the text names: "900 lek ($10.70)")
    restated = needs == "named" and _restated_in_brackets(rules, form, match.string, start, match.end(), post)
    magnitude = rules.magnitudes[key_of(word)] if word else 1.0
    magnitudes = [magnitude] * len(values)
    if lomag and len(values) == 2:  # "175 million to 180 million Canadian dollars"
        magnitudes[0] = rules.magnitudes[key_of(lomag)]
    rows = [row, hi_row or row] if len(values) == 2 else [row]
    out = []
    for (s, e), v, m, r in zip(spans, values, magnitudes, rows):
        amount, code = _sum(v, m, r), r["code"]
        out.append(Figure(s, e, amount=amount, currency=code, amount_usd=amount if code == "USD" else None,
                          sign=sign if s == spans[0][0] else "", magnitude=m, market_only=attached is not None or bare,
                          local="" if restated else r["needs_magnitude"] if r["needs_magnitude"] in ("local", "named")
                          else ""))
    return out + rest


def _shown_money(rules: Lexicon, form: str, low: str, end: int) -> bool:
    """Does what follows the sum ending at ``end`` show that its currency word names money: a unit it is a price per
    (per_unit.tsv), right after it or after its equivalent in brackets ("21,500 som ($1.78) per kilogram" is a price in
    som as "21,500 som per kilogram" is), or the same sum told again in brackets in another currency ("900 lek
    ($10.70)", as a restatement of "som" or "lek" in dollars leaves no other reading of the word)?"""
    if rules.per_unit.match(low, end) is not None:
        return True
    restated = _RESTATED.match(low, end)
    return restated is not None and (rules.per_unit.match(low, restated.end()) is not None
                                     or _a_sum_in_brackets(rules, form, low, restated))


def _a_sum_in_brackets(rules: Lexicon, form: str, low: str, restated: re.Match) -> bool:
    """Do the brackets ``restated`` (_RESTATED) hold a sum in a currency of its own ("($10.70)")?"""
    start, end = restated.span()
    return any(f.currency and f.amount is not None for f in find_figures(rules, form[start:end], low[start:end]))


def _restated_in_brackets(rules: Lexicon, form: str, low: str, start: int, end: int, written: str | None) -> bool:
    """Is the sum ending at ``end`` told again in brackets in another currency ("4.2 billion som ($48 million)"), or the
    level a sum so told moved from ("..., up from 3.1 billion som")?  A currency word that names money only in a text
    naming its country (currencies.tsv needs_magnitude=named) has no other reading once a restatement in dollars
    follows it, so the text need not name the country for it to be money."""
    restated = _RESTATED.match(low, end)
    if restated is not None and _a_sum_in_brackets(rules, form, low, restated):
        return True
    if not written:
        return False
    # (the sum moved from may have a magnitude: "..., up from 3.1 billion som")
    told = _sums_moved_from(rules, low, start, rf"(?:[a-z]+\s+)?{re.escape(written)}")
    return any(_restated_in_brackets(rules, form, low, sum_.start(), sum_.end(), None) for sum_ in told)


def _base_of_a_sum_shown_money(rules: Lexicon, form: str, low: str, start: int, written: str | None) -> bool:
    """Is the sum at ``start`` the level a sum told right before it in its own currency word, and shown there to be
    money (_shown_money), moved from ("900 lek ($10.70) a litre ..., up from about 750 lek")?  The sum before has shown
    the word names money in this sentence, so its base needs no magnitude, unit or brackets of its own."""
    if not written:
        return False
    told = _sums_moved_from(rules, low, start, re.escape(written))
    return any(_shown_money(rules, form, low, sum_.end()) for sum_ in told)


def _sums_moved_from(rules: Lexicon, low: str, start: int, currency: str) -> Iterator[re.Match]:
    """The sums in ``currency`` (a regex of what may follow the number: the currency word, maybe a magnitude before it)
    told before the word that makes the sum at ``start`` a level moved from ("..., up from"), in its sentence and at
    most ``_BASE_REACH`` back; none when no such word stands right before it."""
    stop = max(low.rfind(". ", 0, start), low.rfind(";", 0, start), start - _BASE_REACH)
    base_from = rules.price_base_from.search(low, max(0, stop), start)
    if base_from is None:
        return iter(())
    return re.compile(rf"\d\s*{currency}(?![\w-])").finditer(low, max(0, stop), base_from.start())


_BASE_REACH = 120  # characters before a base that the sum it moved from may start in


_RESTATED = re.compile(r"\s*\([^()]{0,24}\d[^()]{0,24}\)")  # "($1.78)": a figure told again in brackets
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "2019 marks the tenth year": a year before a verb, no sum
# a letter that names its currency only where the text names its country ("N" for the naira) makes a sum with no
# magnitude of a price told to the kobo ("rose 2.3 percent to N62.50"), as "N95 masks" name no price
_PRICE = re.compile(r"[0-9][0-9,]*\.[0-9]{2}")


def _exact(amount: float) -> float:
    """The amount as written: 8.3 × 1e9 is 8300000000.000001 in binary floating point."""
    return float(f"{amount:.12g}")


def _sum(value: float, magnitude: float, row: dict[str, str]) -> float:
    """The sum a number, its magnitude and its currency's row tell, in the currency's unit: a subunit's row scales it
    (cents are 0.01 dollar, currencies.tsv)."""
    return _exact(value * magnitude * float(row["scale"] or 1))


def _after_space(form: str, at: int) -> int:
    while at < len(form) and form[at].isspace():
        at += 1
    return at


_PER_UNIT_REACH = 20  # characters after a figure that its per-unit words may take ("  per ADS")


def merge_equivalents(rules: Lexicon, form: str, figures: list[Figure]) -> list[Figure]:
    """"18.2 billion yuan ($2.8 billion)": the second figure is the first one in another currency."""
    out: list[Figure] = []
    for figure in figures:
        prior = out[-1] if out else None
        # "$4 million, or 15 cents a share": cents may be the dollar's (currencies.tsv "USD/AUD/..."), no other currency
        if (prior is not None and prior.currency and figure.currency
                and not set(prior.currency.split("/")) & set(figure.currency.split("/"))
                and prior.amount is not None and figure.amount is not None
                and rules.equivalent.fullmatch(form, prior.end, figure.start)
                # "RMB8.6 billion, or US$0.39 per ADS" tells the sum per share, in no other currency
                and rules.per_unit.match(form[figure.end:figure.end + _PER_UNIT_REACH].lower()) is None):
            if prior.amount_usd is None and figure.currency == "USD":
                prior.amount_usd = figure.amount
            prior.end = figure.end + (1 if form[figure.end:figure.end + 1] in ")]" else 0)
            continue
        out.append(figure)
    return out


def sizes_in_words(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """"half a trillion dollars" (an amount) and "billions of dollars" (a currency, no amount)."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for at in _places(low, rules.size_anchors):
        inside = bisect.bisect_right(starts, at) - 1
        if inside >= 0 and at < taken[inside].end:
            continue  # the magnitude of a figure already found: "$3 billion"
        word_start = at
        # only Latin letters: "阿里巴巴billionaire" is the word "billionaire" after other script
        while word_start and low[word_start - 1].isascii() and low[word_start - 1].isalpha():
            word_start -= 1
        word = _WORD.match(low, word_start).group()
        pattern = None
        if word in rules.spelled_magnitudes:
            before = low[max(0, word_start - 20):word_start].split()[-4:]
            # "1.3 million shares": the word before ends no number word, so no words before it make one
            if before and before[-1] in rules.number_word_ends and any(
                    " ".join(before[i:]) in rules.number_words for i in range(len(before))):
                pattern = rules.spelled
        if pattern is None:
            pattern = rules.vague if any(a in word for a in rules.vague_anchors) else None
        if pattern is None:
            continue  # "$3 billion": a magnitude after digits
        match = pattern.search(low, max(0, word_start - 25), min(len(low), word_start + len(word) + 40))
        if match is None or match.start() > word_start or match.end() < word_start + len(word):
            continue
        if _overlaps(taken, starts, match.start(), match.end()) or (out and match.start() < out[-1].end):
            continue
        written = key_of(low[match.start():match.end()])
        row = next((rules.after[k] for k in rules.after_longest_first if written.endswith(k)), None)
        if row is None:
            continue
        # "Millions of Som" names no currency where the text names none of its places (needs_magnitude named)
        figure = Figure(match.start(), match.end(), currency=row["code"].split("/")[0],
                        local=row["needs_magnitude"] if row["needs_magnitude"] in ("local", "named") else "")
        if pattern is rules.spelled:
            figure.amount = _sum(rules.number_words[key_of(match.group("words"))],
                                 rules.magnitudes[key_of(match.group("mag"))], row)
            figure.amount_usd = figure.amount if figure.currency == "USD" else None
        out.append(figure)
    return out


def listed_under_a_currency(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """Bare sums in the bulleted items right under a heading that names their currency and ends in a colon ("Net
    southbound buying of Alibaba shares by week, in Hong Kong dollars:" over "- Week to Sept. 12: 6.8 billion"): a
    table's unit told once for its rows.  Only a count with its magnitude is read as such a sum: "Week 37" is none."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for heading in rules.heading_currency.finditer(low):
        row = rules.after[key_of(heading.group("cur"))]
        line_start = low.rfind("\n", 0, heading.start()) + 1
        at = heading.end()
        while at < len(low) and LIST_ITEM.match(low, at + 1):
            line_end = low.find("\n", at + 1) % (len(low) + 1)
            for match in rules.bare_sum.finditer(low, at + 1, line_end):
                if _overlaps(taken, starts, match.start(), match.end()):
                    continue  # "HK$4.2 billion": a currency of its own
                magnitude = rules.magnitudes[key_of(match.group("mag"))]
                amount = _sum(_number(match.group("n")), magnitude, row)
                code = row["code"].split("/")[0]
                out.append(Figure(match.start(), match.end(), amount=amount, currency=code,
                                  amount_usd=amount if code == "USD" else None, magnitude=magnitude,
                                  heading=(line_start, heading.end())))
            at = line_end
    return out


def bases_without_currency(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """A count with its magnitude and no currency that a sum with its currency and magnitude moved from, told after it
    ("fell to 312 million Swedish crowns from 529 million a year earlier"): the writer names the currency once for both,
    so the base is a sum in it.  A price-sized sum (no magnitude) lends its currency to nothing."""
    out: list[Figure] = []
    taken, _ = _by_start(taken)
    for i, figure in enumerate(taken):
        if figure.amount is None or not figure.currency or figure.magnitude == 1.0 or figure.percent is not None:
            continue
        match = rules.bare_base.match(low, figure.end)
        if match is None:
            continue
        start, end = match.span("n")[0], match.end("mag")
        if i + 1 < len(taken) and taken[i + 1].start < end:
            continue  # another figure stands between, or the count has a currency of its own
        magnitude = rules.magnitudes[key_of(match.group("mag"))]
        amount = _exact(_number(match.group("n")) * magnitude)
        out.append(Figure(start, end, amount=amount, currency=figure.currency,
                          amount_usd=amount if figure.currency == "USD" else None, magnitude=magnitude,
                          base_of=figure.start))
    return out


def fractions_in_words(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """"lost more than two-thirds of its market value", "fell by a third": percentages in words."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for at in _places(low, rules.fraction_anchors):
        if out and at < out[-1].end:
            continue
        near = low[max(0, at - 20):at + 40]
        if not any(cue in near for cue in rules.fraction_cues):
            continue  # "in the third quarter": no "its", no "by"
        match = rules.fraction.search(low, max(0, at - 20), at + 40)
        while match is not None and match.end("f") <= at:  # an earlier fraction in the window
            match = rules.fraction.search(low, match.end("f"), at + 40)
        if match is None or match.start("f") > at:
            continue
        pre = match.group("pre") or ""
        start, end = match.span("f")
        if pre in rules.fraction_not_after or (
                match.group("then") is None and not rules.fraction_by.search(low, max(0, start - 30), start)
                and not (match.group("since") and rules.fraction_moved.search(low, max(0, start - 30), start))):
            continue  # "the second half of its year"; "half a trillion dollars"
        percent = rules.fractions[key_of(match.group("f"))]
        of_a_point = match.group("point") is not None
        if of_a_point:
            end = match.end("point")
            if rules.rate_to_level.match(low, end):
                continue  # "by a quarter point to 3.75%": the level it took the rate to is the row
        if _overlaps(taken, starts, start, end):
            continue
        # a part of one percentage point is read as basis points are (no movement word needed, only a market rate moves
        # by it): not a fraction of a value
        out.append(Figure(start, end, percent=percent / 100, hundredths=True) if of_a_point
                   else Figure(start, end, percent=percent, in_words=True))
    return out


def multiples_in_words(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """"Its shares doubled", "have since more than tripled": a move by a multiple, as a percentage signed by its
    word."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for at in _places(low, rules.multiple_anchors):
        match = rules.multiple.match(low, at)
        if match is None or _overlaps(taken, starts, at, match.end()):
            continue
        word = key_of(match.group())
        if word in rules.moves and word in rules.multiples:
            out.append(Figure(at, match.end(), percent=rules.multiples[word], in_words=True,
                              sign="-" if rules.moves[word][0] == "down" else "+"))
        elif word in rules.multiples_now and (rules.stock_before.search(low, max(0, at - _STOCK_BEFORE), at)
                                              or rules.measure_to_before.search(low, max(0, at - _FORECAST_BEFORE),
                                                                                at)
                                              or _seen_over_a_stretch(rules, low, at, match.end())):
            # a multiple in the present is a move only after a stock's word ("Its shares nearly triple on the first
            # day of trading"), or after a measure and "to" ("expects revenue to more than double"); elsewhere it is a
            # plan or a comparison ("aims to triple capacity", "triple the level")
            out.append(Figure(at, match.end(), percent=rules.multiples_now[word], in_words=True, sign="+"))
    return out


def _seen_over_a_stretch(rules: Lexicon, low: str, start: int, end: int) -> bool:
    """Is a present multiple told right after a company's measure (fractions.tsv role=measure_to, an approximation at
    most between) and right before the stretch it moved over (role=since)?  "has seen revenue more than double since
    2016" tells a move already made, as "revenue has more than doubled since 2016" does; with no stretch after it, the
    multiple may be a plan ("wants revenue to double")."""
    return (rules.measure_before.search(low, max(0, start - _STOCK_BEFORE), start) is not None
            and rules.stretch_after.match(low, end) is not None)


def multiples_in_digits(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """"Net profit jumped 2.3 times to 214 million yuan", "has grown roughly fivefold": a move by a multiple in digits
    or a -fold word after its movement word, as the percentage it moved, signed by that word."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for at in _places(low, rules.times_anchors):
        match = rules.times_multiple.search(low, max(0, at - 40), at + 10)
        while match is not None and match.end() <= at:
            match = rules.times_multiple.search(low, match.end(), at + 10)
        if match is None or match.start() > at or not (match.group("d") or match.group("to") or match.group("fold")):
            continue
        move = rules.moves.get(key_of(match.group("v")))
        if move is None or _overlaps(taken, starts, match.start(), match.end()):
            continue
        if move[0] != "up":
            continue  # "fell 2.5 times" tells no size a percentage can hold
        end = match.start("to") if match.group("to") else match.end()
        percent = (rules.folds[key_of(match.group("fold"))] if match.group("fold")
                   else round((float(match.group("n")) - 1) * 100, 2))
        out.append(Figure(match.start(), end, percent=percent, in_words=True, sign="+"))
    return out


def compared_multiples_in_words(rules: Lexicon, low: str, taken: list[Figure]) -> list[Figure]:
    """"at about 40 billion yuan, roughly double its valuation at the end of 2024": the multiple a figure is of
    another value, as a move up by it."""
    out: list[Figure] = []
    taken, starts = _by_start(taken)
    for at in _places(low, rules.compared_anchors):
        for match in rules.compared_multiple.finditer(low, max(0, at - _APPROX_REACH), at + _APPROX_REACH):
            if match.start("m") == at:
                break
        else:
            continue
        if _overlaps(taken, starts, at, match.end("m")):
            continue
        told = bisect.bisect_left(starts, match.end())
        if told < len(starts) and starts[told] - match.end() <= _TOLD_GAP:
            # "nearly three times the Rmb14.4bn it spent": the value compared with is a row of its own, no move
            continue
        # "about double the points" is no money, but a multiple set against "their level" moves the price it owns
        # ("traded around $3.50 a pound, more than double their level two years ago")
        owned = rules.owned_level.match(low, low.rfind(" ", 0, match.end()) + 1) is not None
        out.append(Figure(at, match.end("m"), percent=rules.compared_multiples[key_of(match.group("m"))],
                          in_words=True, sign="+", market_only=not owned))
    return out


def _by_start(figures: list[Figure]) -> tuple[list[Figure], list[int]]:
    """The figures sorted by start, and their starts (what :func:`_overlaps` looks them up in)."""
    figures = sorted(figures, key=lambda f: f.start)
    return figures, [f.start for f in figures]


def _places(low: str, anchors) -> list[int]:
    """Every offset where one of ``anchors`` occurs, in order, once each."""
    return sorted({at for anchor in anchors for at in occurrences(low, anchor)})


def _overlaps(figures: list[Figure], starts: list[int], start: int, end: int) -> bool:
    """Does text[start:end] overlap one of ``figures`` (sorted by start, ``starts`` their starts)?  Looked up by
    bisection, so that a long text stays linear."""
    at = bisect.bisect_left(starts, end)
    return any(figures[i].end > start for i in range(max(0, at - _OVERLAP_LOOKBACK), at))


# How many figures starting before a span are checked for overlapping it (figures found apart never nest deeply).
_OVERLAP_LOOKBACK = 3
# How far after the object word of a multiple the figure it is compared with may start ("double the $91bn").
_TOLD_GAP = 2
# How far before a multiple the approximation that makes it one a figure is of another value may start ("more than ").
_APPROX_REACH = 25


def occurrences(text: str, part: str) -> list[int]:
    """Every offset of ``part`` in ``text`` (str.find is much faster than a regex for plain text; a list
    costs less than a generator resumed at each one)."""
    found = []
    at = text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _larger_first(rules: Lexicon, values: list[float], lomag: str | None, mag: str | None) -> bool:
    """Is the first number of a range larger than the second, each with its own magnitude word when it has one?
    A range runs upwards, so a larger first number is no range's start ("in 2019 and 20 percent"); but "between
    $500 million and $1 billion" runs upwards once its words are counted."""
    if not lomag:
        return values[0] > values[1]
    lo_scale = rules.magnitudes[key_of(lomag)]
    hi_scale = rules.magnitudes[key_of(mag)] if mag else 1.0
    return values[0] * lo_scale > values[1] * hi_scale

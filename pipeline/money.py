"""Stock, valuation and money mentions: every figure with its currency, kind, direction and subject.

Three compiled regular expressions scan the whole text for figures (led by a digit, by a currency
sign, or by a currency code); one more scans a lower-cased copy for every word the rules know
(triggers, movement words, approximations, stock and offering phrases).  Each figure is then read in
its sentence from those lists: the approximation word before it, the movement word that governs
it, the trigger that says what it is (``market_kind``) and the name whose value it is (``subject``).

Every word list and pattern is a table under ``resources/money/`` (see each file's header); this
module only composes them.  Decisions (documented with examples in the tables):

* one mention per figure: "between $240 and $242" gives two; "18.2 billion yuan ($2.8 billion)" gives
  one, in yuan, with ``amount_usd`` taken from the text (equivalents.tsv), never from a rate;
* a percentage is a mention only when its sentence ties it to a market figure (a trigger of
  kinds.tsv, or a company that moves: "Tencent shed 4.4%"); a stake or a share of a whole
  ("Ma owns 4.2% of Alibaba") is not one (not_money.tsv);
* vague sizes ("billions of dollars") keep their currency and no amount;
* a stock, valuation or offering phrase without a figure ("Alibaba's stock would jump") is a mention
  only in a sentence that holds no figure, and at most one per sentence.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from pipeline.rules import load_table
from pipeline.sentences import matching_form, split_sentences

Span = tuple[int, int]


@dataclass(frozen=True)
class MoneyMention:
    start: int            # offset of money_text in the text as read
    end: int
    text: str             # the figure or market phrase verbatim (→ money_text)
    market_kind: str
    amount: float | None  # currency units: "$3 billion" → 3e9; "$2.50 a share" → 2.5
    currency: str         # ISO 4217, "" if none
    amount_usd: float | None  # amount if USD, or the USD equivalent the sentence itself gives
    percent: float | None     # signed: "shares fell 8.1%" → -8.1
    direction: str        # "up" | "down" | ""
    approx: str           # "~" | ">" | "<" | ""
    subject: str          # whose value, when the sentence says it, else ""


# How far around a figure its sentence is read (characters).
_TRIGGER_BEFORE, _TRIGGER_AFTER, _MOVE_BEFORE, _MOVE_AFTER = 100, 60, 45, 30
_MOVE_GAP_BEFORE, _MOVE_GAP_AFTER, _ALONE_MOVE_GAP = 4, 2, 4   # words between a move and its figure
_AFTER_PENALTY = 1.5    # a trigger after the figure counts as this much farther than one before
_WEIGHT_STEP = 5        # characters of distance that one point of a trigger's weight is worth

# A number as written in news: "3", "2.50", "83,028", "3,000,000" (its first digit is matched apart,
# so that the scan can skip quickly to digits and currency signs).
_NUMBER_REST = r"(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?"
_HI_NUMBER = r"[0-9]" + _NUMBER_REST
_PERCENT_SIGN = r"%|(?:percent|per\s+cent|pct|percentage\s+points?)(?!\w)"
_SYMBOLS = "$€£¥￥₩₹"
# A run of capitalised words: "Alibaba Group Holding Ltd.", "JD.com", "Coca-Cola" (not "Kong-listed").
_NAME_WORD = r"[A-Z][\w&]*(?:\.[A-Za-z\d][\w&]*|-[A-Z\d][\w&]*)*\.?"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD})*)"
_PARENTHESIS = re.compile(r"\([^()]*\)")
_LEVEL = r"(?<![\w-])(?:to|at|from)\s+"
_BETWEEN = re.compile(r"\bbetween\s+\S*$", re.I)


# ---------------------------------------------------------------------------------------------
# Rules: the tables, compiled once
# ---------------------------------------------------------------------------------------------

def _words(cell: str) -> list[str]:
    return [w.strip() for w in cell.split("|") if w.strip()]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _trie(words) -> str:
    """One regex for many words, factored by common prefixes (much faster than a flat alternation)."""
    root: dict = {}
    for word in {_key(w) for w in words}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if c == " " else re.escape(c)) + build(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return build(root)


def _exact(forms) -> str:
    """Alternation of table forms: lower-case forms match in any case, others exactly."""
    out = []
    for form in sorted(set(forms), key=len, reverse=True):
        pattern = r"\s+".join(re.escape(part) for part in form.split())
        out.append(f"(?i:{pattern})" if form == form.lower() else pattern)
    return "|".join(out)


@dataclass(frozen=True)
class _Rules:
    figure: re.Pattern          # on the lower-cased text: "$400 billion", "18.2 billion yuan", "8.1%"
    code_before: re.Pattern     # a currency code just before a number: "RMB 100 billion", "USD 2.8bn"
    symbol_forms: tuple         # currency forms ending in a sign, longest first ("HK$", "$")
    before: dict                # currency form written before a figure → row
    after: dict                 # key of a currency form written after a figure → row
    after_longest_first: tuple
    magnitudes: dict
    words: re.Pattern           # every known word, on the lower-cased text
    triggers: dict              # key → kinds.tsv row
    moves: dict                 # key → (direction, place)
    approx: dict                # key → ~ > <
    hints: dict                 # key → currency code
    context: frozenset
    lower_forms: frozenset      # known words the tables write in lower case ("rally", not "IPO")
    alone_rows: tuple           # kinds.tsv rows with an alone_kind
    alone_anchors: tuple        # text every alone phrase starts with (found with str.find)
    alone_at: re.Pattern        # an alone phrase (with its movement word when it needs one) at a place
    vague_anchors: tuple
    vague: re.Pattern
    spelled_anchors: tuple      # magnitude words that a number written in words comes with
    spelled: re.Pattern         # "half a trillion dollars"
    number_words: dict
    vetoes: tuple
    equivalent: re.Pattern
    level_before: re.Pattern    # "to", "at", "from" (and an approximation) right before a figure: a level
    prefix_rules: re.Pattern    # subjects.tsv rules that end in {name}
    suffix_rules: re.Pattern    # subjects.tsv rules that start with {name}
    rule_side: tuple
    names: re.Pattern
    company_move: re.Pattern
    name_roles: dict


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    currencies = load_table("money/currencies.tsv")
    before = {r["form"]: r for r in currencies if r["place"] == "before"}
    after_rows = [r for r in currencies if r["place"] == "after"]
    magnitudes = load_table("money/magnitudes.tsv")
    spaced = _trie(m["word"] for m in magnitudes if m["attached"] != "yes")
    attached = _trie(m["word"] for m in magnitudes if m["attached"] == "yes")
    prefixes = _trie(before)
    # On the lower-cased text, so that a trie serves every case; a figure opens with a digit or a
    # sign, which keeps the scan fast.  A currency code before it is checked afterwards.
    signs = re.escape(_SYMBOLS)
    # A currency code before a number ("RMB10bn", "USD 2.8 billion"), seen from its first digit.
    coded = "|".join(rf"(?<={re.escape(c)}{gap}[0-9])(?<![a-z]{re.escape(c)}{gap}[0-9])"
                     for c in {f.lower() for f in before if f[-1] not in _SYMBOLS} for gap in ("", " "))
    figure = (rf"[0-9{signs}](?:(?<=[{signs}])\s?(?P<number>{_HI_NUMBER})"
              rf"|(?<![0-9.,/][0-9])(?P<coded>{coded})?(?P<digits>{_NUMBER_REST}))"
              rf"(?:(?:\s?-?(?P<lomag>{spaced})(?!\w))?\s?(?P<conn>-|to|and)\s?(?:{prefixes})?\s?(?P<hi>{_HI_NUMBER}))?"
              rf"(?:\s?-?(?P<mag>{spaced})(?!\w)|(?P<amag>{attached})(?!\w))?"
              rf"(?:\s?(?P<pct>{_PERCENT_SIGN})|[\s-](?P<post>{_trie(r['form'] for r in after_rows)})(?!\w)"
              rf"|(?(number)|(?(coded)|(?!))))")  # a bare number is not a figure
    symbol_forms = tuple(sorted((f for f in before if f[-1] in _SYMBOLS), key=len, reverse=True))
    codes = _exact(f for f in before if f[-1] not in _SYMBOLS)

    moves, triggers, alone, approx, hints, alone_rows = {}, {}, {}, {}, {}, []
    for row in load_table("money/movements.tsv"):
        for word in _words(row["words"]):
            moves[_key(word)] = (row["direction"], row["place"])
    for row in load_table("money/kinds.tsv"):
        row = dict(row, _weight=float(row["weight"] or 0), _reach=float(row["reach"] or "inf"))
        for word in _words(row["words"]):
            triggers.setdefault(_key(word), row)
            if row["alone_kind"]:
                alone[_key(word)] = row
        if row["alone_kind"]:
            alone_rows.append(row)
    for row in load_table("money/approximations.tsv"):
        approx[_key(row["phrase"])] = row["approx"]
    for row in load_table("money/currency_hints.tsv"):
        hints[_key(row["word"])] = row["code"]
    context = frozenset(_key(w) for row in load_table("money/market_context.tsv") for w in _words(row["words"]))
    vague_rows = load_table("money/vague.tsv")
    vague_anchors = tuple(w for row in vague_rows for w in _words(row["anchor"]))
    currency_words = "|".join(re.escape(_key(r["form"])).replace(r"\ ", r"\s+") for r in after_rows)
    vague = re.compile("|".join(f"(?:{row['pattern']})".replace("{currency}", f"(?:{currency_words})(?!\\w)")
                                for row in vague_rows))

    number_words = {_key(w): float(row["value"]) for row in load_table("money/number_words.tsv") for w in _words(row["words"])}
    long_magnitudes = sorted({_key(m["word"]) for m in magnitudes if len(m["word"]) >= 7}, key=len)
    spelled_anchors = tuple(w for i, w in enumerate(long_magnitudes) if not any(a in w for a in long_magnitudes[:i]))
    spelled = re.compile(rf"(?<![\w-])(?P<words>{_trie(number_words)})\s+(?P<mag>{_trie(long_magnitudes)})"
                         rf"\s+(?:of\s+)?(?P<cur>{currency_words})(?!\w)")
    known = set(moves) | set(triggers) | set(approx) | set(hints) | context
    written = [w for row in load_table("money/movements.tsv") for w in _words(row["words"])]
    written += [w for row in load_table("money/kinds.tsv") for w in _words(row["words"])]
    written += [w for row in load_table("money/market_context.tsv") for w in _words(row["words"])]
    lower_forms = frozenset(_key(w) for w in written if w == w.lower())
    grouped: dict = {}
    for row in load_table("money/not_money.tsv"):
        grouped.setdefault((row["applies"], row["side"], row["unless_moved"] == "yes"), []).append(row["pattern"])
    vetoes = tuple((applies, side, unless_moved,
                    re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + ("$" if side == "before" else ""), re.I))
                   for (applies, side, unless_moved), patterns in grouped.items())
    equivalent = re.compile(
        f"(?:{'|'.join(r['pattern'] for r in load_table('money/equivalents.tsv'))})(?:(?:{_trie(approx)})\\s+)?", re.I)

    move_words = f"(?:{_trie(moves)})"
    alone_at = "|".join(
        rf"(?P<a{i}>{_trie(_words(row['words']))})(?!\w)"
        + (rf"(?:\s+[\w'-]+){{0,{_ALONE_MOVE_GAP}}}?\s+(?P<m{i}>{move_words})(?!\w)" if row["alone_needs"] == "move" else "")
        for i, row in enumerate(alone_rows))
    first_words = sorted({_key(w).split()[0] for w in alone}, key=len)  # "share" also finds "shares"
    anchors = tuple(w for i, w in enumerate(first_words) if not any(a in w for a in first_words[:i]))
    prefix_rules, suffix_rules, sides = [], [], []
    for i, row in enumerate(load_table("money/subjects.tsv")):
        pattern = row["pattern"].replace("{move}", move_words)
        if pattern.startswith("{name}"):
            suffix_rules.append(f"(?P<r{i}>{pattern[len('{name}'):]})")
        elif pattern.endswith("{name}"):
            prefix_rules.append(f"(?P<r{i}>{pattern[:-len('{name}')]})")
        else:
            raise ValueError(f"subjects.tsv line {row['_line']}: {{name}} must open or close the pattern")
        sides.append(row["side"])
    roles: dict = {"never": {f for f in before if f.isalpha()}}  # "fined USD 2.8 billion": a code, not a name
    for row in load_table("money/names.tsv"):
        roles.setdefault(row["role"], set()).add(row["word"])

    return _Rules(
        figure=re.compile(figure), code_before=re.compile(rf"(?<![A-Za-z$])(?:{codes})\s?$"),
        symbol_forms=symbol_forms, before=before,
        after={_key(r["form"]): r for r in after_rows},
        after_longest_first=tuple(sorted({_key(r["form"]) for r in after_rows}, key=len, reverse=True)),
        magnitudes={_key(m["word"]): float(m["value"]) for m in magnitudes},
        words=re.compile(rf"\b(?:{_trie(known)})(?!\w)"),
        triggers=triggers, moves=moves, approx=approx, hints=hints, context=context, lower_forms=lower_forms,
        alone_rows=tuple(alone_rows), alone_anchors=anchors, alone_at=re.compile(rf"\b(?:{alone_at})"),
        vague_anchors=vague_anchors, vague=vague,
        level_before=re.compile(rf"{_LEVEL}(?:(?:{_trie(approx)})\s+)?$", re.I),
        spelled_anchors=spelled_anchors, spelled=spelled, number_words=number_words, vetoes=vetoes, equivalent=equivalent,
        prefix_rules=re.compile(f"(?:{'|'.join(prefix_rules)})$", re.I),
        suffix_rules=re.compile("|".join(suffix_rules), re.I), rule_side=tuple(sides),
        names=re.compile(_NAME),
        company_move=re.compile(rf"{_NAME}(?:'s)?\s+(?:[\w-]+\s+)?(?i:{move_words})\s*(?:[\w-]+\s+){{0,3}}$"),
        name_roles=roles,
    )


# ---------------------------------------------------------------------------------------------
# Finding figures
# ---------------------------------------------------------------------------------------------

@dataclass
class _Figure:
    start: int
    end: int
    amount: float | None = None
    currency: str = ""
    percent: float | None = None
    sign: str = ""
    amount_usd: float | None = None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _figures(rules: _Rules, form: str, low: str) -> list[_Figure]:
    found: list[_Figure] = []
    for match in rules.figure.finditer(low):
        start, row = match.start(), None
        if match.group("number") is not None:
            prefix = form[start]
            if start and form[start - 1].isalpha():  # the sign closes a longer form: "HK$", "US$", "CN¥"
                prefix = next((f for f in rules.symbol_forms if start + 1 - len(f) >= 0
                               and form.startswith(f, start + 1 - len(f))
                               and not form[max(0, start - len(f)):start + 1 - len(f)].isalnum()), prefix)
            start, row = start + 1 - len(prefix), rules.before[prefix]
        elif match.group("coded") is not None:
            code = rules.code_before.search(form, max(0, start - 7), start)
            if code is None:
                continue  # "rmb" written in another case than the table's: not a code
            start, row = code.start(), rules.before[form[code.start():code.end()].strip()]
        elif start and form[start - 1].isalpha():
            continue  # "v2%": a number inside a word
        found.extend(_read_figure(rules, form, start, match, row))
    return found


def _read_figure(rules: _Rules, form: str, start: int, match: re.Match, row: dict | None) -> list[_Figure]:
    lo, hi = match.group("number") or match.string[match.start():match.end("digits")], match.group("hi")
    values = [_number(lo)] + ([_number(hi)] if hi else [])
    spans = [(start, match.end())]
    if hi is not None:
        lo_end = match.end("number") if match.group("number") is not None else match.end("digits")
        if match.group("lomag"):
            lo_end = match.end("lomag")
        spans = [(start, lo_end), (_after_space(form, match.end("conn")), match.end())]
        if values[0] > values[1] or match.group("conn") == "and" and not _BETWEEN.search(form, max(0, start - 12), start):
            values, spans = values[1:], spans[1:]  # "in 2019 and 20 percent": only the second is a figure
    if row is None and match.group("pct"):
        sign = ""
        if len(values) == 1 + (hi is not None) and start > 0 and form[start - 1] in "-+" \
                and not form[start - 2:start - 1].isalnum():
            sign, spans[0] = form[start - 1], (start - 1, spans[0][1])
        return [_Figure(s, e, percent=v, sign=sign) for (s, e), v in zip(spans, values)]
    post = match.group("post")
    if row is None or post and row["code"] == "USD":  # "$5 Hong Kong dollars" says the currency twice
        row = rules.after[_key(post)] if post else row
    word = match.group("mag") or match.group("amag")
    if row["needs_magnitude"] == "yes" and not word:
        return []
    magnitude = rules.magnitudes[_key(word)] if word else 1.0
    magnitudes = [magnitude] * len(values)
    if match.group("lomag") and len(values) == 2:  # "175 million to 180 million Canadian dollars"
        magnitudes[0] = rules.magnitudes[_key(match.group("lomag"))]
    scale, code = float(row["scale"] or 1), row["code"]
    out = []
    for (s, e), v, m in zip(spans, values, magnitudes):
        amount = v * m * scale
        out.append(_Figure(s, e, amount=amount, currency=code, amount_usd=amount if code == "USD" else None))
    return out


def _after_space(form: str, at: int) -> int:
    while at < len(form) and form[at].isspace():
        at += 1
    return at


def _merge_equivalents(rules: _Rules, form: str, figures: list[_Figure]) -> list[_Figure]:
    """"18.2 billion yuan ($2.8 billion)": the second figure is the first one in another currency."""
    out: list[_Figure] = []
    for figure in figures:
        prior = out[-1] if out else None
        if (prior is not None and prior.currency and figure.currency and prior.currency != figure.currency
                and prior.amount is not None and figure.amount is not None
                and rules.equivalent.fullmatch(form, prior.end, figure.start)):
            if prior.amount_usd is None and figure.currency == "USD":
                prior.amount_usd = figure.amount
            prior.end = figure.end + (1 if form[figure.end:figure.end + 1] in ")]" else 0)
            continue
        out.append(figure)
    return out


# ---------------------------------------------------------------------------------------------
# A document being read: its figures, its known words, its sentences
# ---------------------------------------------------------------------------------------------

class _Reading:
    def __init__(self, rules: _Rules, text: str, form: str, sentences: list[Span]):
        self.rules, self.text, self.form = rules, text, form
        low = form.lower()
        if len(low) != len(form):  # a few characters lower-case to two; keep offsets aligned
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in form)
        self.low = low
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self._tokens: dict[Span, tuple[list, list]] = {}
        self._subjects: dict[Span, list] = {}
        self._names: dict[str, str] = {}
        self._titles: dict[Span, bool] = {}

    def sentence_of(self, offset: int) -> Span:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        return (max(0, offset - 200), min(len(self.form), offset + 200))  # between sentences: its surroundings

    def tokens_in(self, start: int, end: int, sentence: Span) -> list[tuple[int, int, str]]:
        """The known words of ``sentence`` that start in [start, end), scanned once per sentence."""
        cached = self._tokens.get(sentence)
        if cached is None:
            tokens = [(m.start(), m.end(), m.group() if m.group().isalpha() else _key(m.group()))
                      for m in self.rules.words.finditer(self.low, *sentence)]
            tokens = [t for t in tokens if not self.is_name(t, sentence)]
            cached = self._tokens[sentence] = (tokens, [t[0] for t in tokens])
        tokens, starts = cached
        return tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def is_name(self, token: tuple[int, int, str], sentence: Span) -> bool:
        """A lower-case rule word capitalised inside a sentence is a name: "Rally's Inc.", "POP Radio",
        "the New York Stock Exchange" (unless the sentence is a title, all capitals)."""
        start = token[0]
        if not self.form[start].isupper() or token[2] not in self.rules.lower_forms:
            return False
        before = self.form[sentence[0]:start].rstrip()
        if not before or before[-1] in ':;"\'(-\u2022*':
            return False
        if sentence not in self._titles:
            words = [w for w in self.form[sentence[0]:sentence[1]].split() if w[:1].isalpha()]
            self._titles[sentence] = sum(w[0].isupper() for w in words) >= 0.6 * len(words)
        return not self._titles[sentence]

    # -- sizes in words ----------------------------------------------------------------------------
    def sizes_in_words(self, taken: list[_Figure]) -> list[_Figure]:
        """"half a trillion dollars" (an amount) and "billions of dollars" (a currency, no amount)."""
        rules, low, out = self.rules, self.low, []
        places = sorted({(at, at + len(a), pattern) for anchors, pattern in ((rules.spelled_anchors, rules.spelled),
                                                                             (rules.vague_anchors, rules.vague))
                         for a in anchors for at in _occurrences(low, a)}, key=lambda p: p[:2])
        for start, end, pattern in places:
            match = pattern.search(low, max(0, start - 25), min(len(low), end + 40))
            if match is None or match.start() > start or match.end() < end:
                continue
            if any(f.start < match.end() and match.start() < f.end for f in taken + out):
                continue
            written = _key(low[match.start():match.end()])
            row = next((rules.after[k] for k in rules.after_longest_first if written.endswith(k)), None)
            if row is None:
                continue
            figure = _Figure(match.start(), match.end(), currency=row["code"].split("/")[0])
            if pattern is rules.spelled:
                figure.amount = (rules.number_words[_key(match.group("words"))] * rules.magnitudes[_key(match.group("mag"))]
                                 * float(row["scale"] or 1))
                figure.amount_usd = figure.amount if figure.currency == "USD" else None
            out.append(figure)
        return out

    # -- reading one figure --------------------------------------------------------------------
    def movement(self, figure: _Figure, near: list, figure_starts: list[int]) -> tuple[str, bool]:
        """(direction, governed): the movement word that governs the figure, if any."""
        moves, form = self.rules.moves, self.form
        last = None
        for token in near:
            if token[0] >= figure.start:
                break
            if token[0] >= figure.start - _MOVE_BEFORE and token[2] in moves and moves[token[2]][1] != "after":
                last = token
        if last is not None:
            gap = form[last[1]:figure.start]
            if (len(gap.split()) <= _MOVE_GAP_BEFORE and not any(c in gap for c in ",;:()")
                    and not _between(figure_starts, last[1], figure.start)
                    and not self.rules.level_before.search(form, last[1], figure.start)):
                return moves[last[2]][0], True
        for token in near:
            if token[0] < figure.end:
                continue
            if token[0] >= figure.end + _MOVE_AFTER:
                break
            if token[2] in moves and moves[token[2]][1] != "before":
                gap = form[figure.end:token[0]]
                if len(gap.split()) <= _MOVE_GAP_AFTER and not any(c in gap for c in ",;()"):
                    return moves[token[2]][0], True
                break
        return "", False

    def approximation(self, figure: _Figure, near: list) -> str:
        last = None
        for token in near:
            if token[0] >= figure.start:
                break
            last = token
        if last and last[2] in self.rules.approx and not self.form[last[1]:figure.start].strip():
            return self.rules.approx[last[2]]
        return ""

    def trigger(self, figure: _Figure, near: list, window: Span, column: str) -> dict | None:
        """The trigger row that best says what the figure is (nearest, weighted), ``column`` filled.

        A trigger inside a parenthesis that does not hold the figure is an aside about something
        else: "the 6% surge (on the back of a US$2.7b fine) adds US$40b to Alibaba's market cap".
        """
        asides = None
        best, best_score = None, None
        for start, end, key in near:
            row = self.rules.triggers.get(key)
            if row is None or not row[column] or end > window[1]:
                continue
            if asides is None:
                asides = [p.span() for p in _PARENTHESIS.finditer(self.form, *window)
                          if not (p.start() <= figure.start and figure.end <= p.end())]
            if any(a <= start < b for a, b in asides):
                continue
            if end <= figure.start:
                distance = figure.start - end
            elif start >= figure.end:
                distance = (start - figure.end) * _AFTER_PENALTY
            else:
                distance = 0
            if distance > row["_reach"]:
                continue
            score = distance - _WEIGHT_STEP * row["_weight"]
            if best_score is None or score < best_score:
                best, best_score = row, score
        return best

    def currency_hint(self, figure: _Figure, sentence: Span, codes: list[str]) -> str:
        hinted = [(abs(start - figure.start), self.rules.hints[key]) for start, _, key in self.tokens_in(*sentence, sentence)
                  if key in self.rules.hints and self.rules.hints[key] in codes]
        return min(hinted)[1] if hinted else codes[0]

    def vetoed(self, start: int, end: int, applies: str, sentence: Span, moved: bool) -> bool:
        for kind, side, unless_moved, pattern in self.rules.vetoes:
            if kind != applies or (unless_moved and moved):
                continue
            if side == "before":
                if pattern.search(self.form, max(sentence[0], start - 60), start):
                    return True
            elif pattern.match(self.form, end, sentence[1]):
                return True
        return False

    def company_moves(self, sentence: Span, figure: _Figure) -> bool:
        match = self.rules.company_move.search(self.form, max(sentence[0], figure.start - 80), figure.start)
        return match is not None and bool(self.clean_name(match.group("name")))

    # -- subjects --------------------------------------------------------------------------------
    def subject(self, start: int, end: int, sentence: Span) -> str:
        candidates = self._subjects.get(sentence)
        if candidates is None:
            candidates = self._subjects[sentence] = self._subject_candidates(sentence)
        best = None
        for rule, name_start, name_end, name in candidates:
            if self.rules.rule_side[rule] == "before" and name_start >= start:
                continue
            if name_end <= start:
                distance = start - name_end
            else:
                distance = max(0, name_start - end)
            if distance > _TRIGGER_BEFORE:
                continue
            if best is None or (rule, distance) < best[:2]:
                best = (rule, distance, name)
        return best[2] if best else ""

    def _subject_candidates(self, sentence: Span) -> list[tuple[int, int, int, str]]:
        rules, form = self.rules, self.form
        out = []
        for match in rules.names.finditer(form, *sentence):
            start, written = match.start(), match.group("name")
            if not self.clean_name(written):
                continue  # "The", "In", a bare place
            found = rules.prefix_rules.search(form, max(sentence[0], start - 25), start) \
                if start and form[start - 1].isspace() else None
            if found is not None:
                out.append((int(found.lastgroup[1:]), start, match.end(), self.clean_name(written)))
            # A trigger closing the run is not part of the name: "the Ant Group IPO cancellation".
            end = match.end()
            while True:
                cut = form.rfind(" ", start, end)
                if cut < 0 or _key(form[cut + 1:end]) not in rules.triggers:
                    break
                end = cut
            found = rules.suffix_rules.match(form, end, sentence[1])
            if found is not None and self.clean_name(form[start:end]):
                out.append((int(found.lastgroup[1:]), start, end, self.clean_name(form[start:end])))
        return out

    def clean_name(self, name: str) -> str:
        cleaned = self._names.get(name)
        if cleaned is None:
            cleaned = self._names[name] = _clean_name(self.rules.name_roles, name)
        return cleaned


def _clean_name(roles: dict, name: str) -> str:
    """A run of capitalised words as a subject: "The Hong Kong" → "" (a place), "Alibaba Group Holding Ltd." → "Alibaba Group"."""
    lead, suffix, never = roles.get("lead", set()), roles.get("suffix", set()), roles.get("never", set())
    words = name.split()
    while words and words[0] in lead:
        words.pop(0)
    while words and (words[-1] in suffix or words[-1].rstrip(".") in suffix):
        words.pop()
    cleaned = " ".join(words)
    if cleaned.endswith(".") and cleaned.count(".") == 1:
        cleaned = cleaned[:-1]
    return "" if not cleaned or cleaned in never or cleaned in lead else cleaned


def _between(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


# ---------------------------------------------------------------------------------------------
# The public entry point
# ---------------------------------------------------------------------------------------------

def find_money(text: str, *, form: str | None = None,
               sentences: list[tuple[int, int]] | None = None) -> list[MoneyMention]:
    """Every stock, valuation and money mention in ``text``, in text order.

    ``form`` is ``matching_form(text)`` and ``sentences`` is ``split_sentences(text)`` when the
    caller already has them (they are computed otherwise).  Offsets point into ``text`` as read.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_money needs a str, got {type(text).__name__}")
    form = matching_form(text) if form is None else form
    if len(form) != len(text):
        raise ValueError("form must be matching_form(text): a copy of the same length")
    rules = _rules()
    reading = _Reading(rules, text, form, split_sentences(text) if sentences is None else sentences)
    figures = _figures(rules, form, reading.low)
    figures = sorted(figures + reading.sizes_in_words(figures), key=lambda f: f.start)
    figures = _merge_equivalents(rules, form, figures)
    figure_starts = [f.start for f in figures]
    mentions = [m for m in (_mention(reading, f, figure_starts) for f in figures) if m is not None]
    mentions += _alone(reading, {reading.sentence_of(m.start) for m in mentions})
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _mention(reading: _Reading, figure: _Figure, figure_starts: list[int]) -> MoneyMention | None:
    sentence = reading.sentence_of(figure.start)
    window = (max(sentence[0], figure.start - _TRIGGER_BEFORE), min(sentence[1], figure.end + _TRIGGER_AFTER))
    near = reading.tokens_in(*window, sentence)
    direction, moved = reading.movement(figure, near, figure_starts)
    if figure.sign:
        direction = "down" if figure.sign == "-" else "up"
    percent = None
    if figure.percent is not None:
        if reading.vetoed(figure.start, figure.end, "percent", sentence, moved):
            return None
        trigger = reading.trigger(figure, near, window, "percent_kind")
        if trigger is None and window != sentence:
            # A long sentence may name its market word farther away: "Shares in Alibaba, one of the
            # most valuable assets in SoftBank's portfolio, tumbled ... before paring the loss to 3.3%".
            trigger = reading.trigger(figure, reading.tokens_in(*sentence, sentence), sentence, "percent_kind")
        kind = trigger["percent_kind"] if trigger else ""
        if not kind and moved and reading.company_moves(sentence, figure):
            kind = "share_move"  # "Tencent shed 4.4%": a company that moves is its stock
        if not kind:
            return None
        percent = -figure.percent if direction == "down" else figure.percent
    else:
        if reading.vetoed(figure.start, figure.end, "amount", sentence, moved):
            return None
        trigger = reading.trigger(figure, near, window, "amount_kind")
        kind = "other" if trigger is None else (trigger["moved_kind"] if moved else "") or trigger["amount_kind"]
    currency = figure.currency
    if "/" in currency:
        currency = reading.currency_hint(figure, sentence, currency.split("/"))
    return MoneyMention(
        start=figure.start, end=figure.end, text=reading.text[figure.start:figure.end], market_kind=kind,
        amount=figure.amount, currency=currency,
        amount_usd=figure.amount if currency == "USD" else figure.amount_usd, percent=percent,
        direction=direction, approx=reading.approximation(figure, near),
        subject=reading.subject(figure.start, figure.end, sentence))


def _alone(reading: _Reading, busy: set[Span]) -> list[MoneyMention]:
    """Stock, valuation and offering phrases in sentences that hold no figure: one per sentence."""
    rules, low, out = reading.rules, reading.low, []
    places = sorted({i for anchor in rules.alone_anchors for i in _occurrences(low, anchor)})
    for place in places:
        match = rules.alone_at.match(low, place)
        if match is None or low[place - 1:place] == "-":  # "per-share earnings"
            continue
        sentence = reading.sentence_of(place)
        if sentence in busy:
            continue
        index = next(i for i in range(len(rules.alone_rows)) if match.group(f"a{i}") is not None)
        row, start, end = rules.alone_rows[index], match.start(), match.end()
        if end > sentence[1] or reading.is_name((start, match.end(f"a{index}"), _key(match.group(f"a{index}"))), sentence):
            continue  # "Rally's Inc.", "the New York Stock Exchange"
        direction = ""
        if row["alone_needs"] == "move":
            move = match.group(f"m{index}")
            if reading.is_name((match.start(f"m{index}"), match.end(f"m{index}"), _key(move)), sentence):
                continue
            direction = rules.moves[_key(move)][0]
        elif row["alone_needs"] == "context" and not any(
                t[2] in rules.context and t[0] != start for t in reading.tokens_in(*sentence, sentence)):
            continue
        if reading.vetoed(start, end, "alone", sentence, False):
            continue
        busy.add(sentence)
        out.append(MoneyMention(
            start=start, end=end, text=reading.text[start:end], market_kind=row["alone_kind"], amount=None,
            currency="", amount_usd=None, percent=None, direction=direction, approx="",
            subject=reading.subject(start, end, sentence)))
    return out


def _occurrences(text: str, part: str):
    at = text.find(part)
    while at != -1:
        yield at
        at = text.find(part, at + 1)

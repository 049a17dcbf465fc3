"""Accuracy on the reader sets: articles in styles the engine had not seen, each with the rows a careful
journalist expects of it, written down before the engine first ran on it.

    .venv/bin/python benchmarks/reader_sets.py              # one line per set, then the totals
    .venv/bin/python benchmarks/reader_sets.py setQ -v      # and every difference found in set Q

Every folder of ``benchmarks/reader_sets/`` is a set: its articles with their ``sources.csv``, and
``dates.tsv`` and ``figures.tsv`` with the expected rows (their format and how they are matched:
``benchmarks/reader_sets/README.md``).  The expectations are the testers' reading, not an annotation
standard; where the table's contract decides otherwise (docs/contract.md) the contract wins, and a
set scores a little under 100 for that.

The counts: dates right / wrong (value or future) / missed / extra; figures found (every expected field
right) / wrong / missed / extra.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SETS = Path(__file__).resolve().parent / "reader_sets"
sys.path.insert(0, str(PROJECT))

from pipeline.dates.resolver import period_of_value  # noqa: E402  (the project is put on the path just above)

OCCURRENCE_MARK = "#"    # "Friday#2": the second "Friday" of the article only
NO_ROW = "NONE"          # alone: no row may be made here; among values: a row is optional
ANY = "*"


@dataclass
class Expected:
    """One expected row: the text it answers in the article, and the columns it must hold."""
    file: str
    text: str
    nth: int | None
    columns: dict
    slots: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    differences: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.counts.update(other.counts)
        self.differences.extend(other.differences)


def read_expected(path: Path, text_column: str) -> list[Expected]:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    expected = []
    for row in rows:
        text, mark, nth = row[text_column].rpartition(OCCURRENCE_MARK)
        if not (mark and nth.isdigit()):
            text, nth = row[text_column], ""
        expected.append(Expected(row["file"], text, int(nth) if nth else None, row))
    return expected


def occurrences(text: str, needle: str) -> list[int]:
    """Where ``needle`` stands in ``text`` as words of its own (not inside a longer word or number)."""
    found, at = [], text.find(needle)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(needle)] if at + len(needle) < len(text) else " "
        if not ((needle[0].isalnum() and before.isalnum()) or (needle[-1].isalnum() and after.isalnum())):
            found.append(at)
        at = text.find(needle, at + 1)
    return found


def place(expected: list[Expected], text: str) -> list[str]:
    """Give each expectation its slots in the article; a slot inside a longer expectation's slot is the
    longer one's ("2021" inside "March 2021").  Returns the expectations not found in the text."""
    absent = []
    for e in expected:
        starts = occurrences(text, e.text)
        if len(starts) < (e.nth or 1):
            absent.append(f"not in the article: {e.file}: {e.text!r}")
        if e.nth is not None:
            starts = starts[e.nth - 1:e.nth]
        e.slots = [(s, s + len(e.text)) for s in starts]
    every = [(a, b, id(e)) for e in expected for a, b in e.slots]
    numbered = {slot for e in expected if e.nth is not None for slot in e.slots}
    for e in expected:
        # an occurrence inside a longer line's is the longer one's; one a numbered line names ("X#2") is not a plain
        # line's ("X" stands for the other occurrences)
        e.slots = [(a, b) for a, b in e.slots
                   if not any(c <= a and b <= d and d - c > b - a for c, d, owner in every if owner != id(e))
                   and (e.nth is not None or (a, b) not in numbered)]
    return absent


def alternatives(value: str) -> list[str]:
    return [v.strip() for v in value.split("|")]


def holds(got: str, wanted: str) -> bool:
    """A column of a row answers an expected field: an empty field is not checked, ``*`` takes any value,
    otherwise the value is one of the alternatives (``NONE`` is no value)."""
    values = [w for w in alternatives(wanted) if w != NO_ROW]
    return not wanted or ANY in values or got in values


def number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def same_number(got, wanted: str, tolerance: float) -> bool:
    """``got`` is one of the alternatives of ``wanted`` (relative tolerance); the sign is the direction's
    business, not the number's."""
    got = number(got)
    return got is not None and any(abs(abs(got) - abs(float(w))) <= tolerance * max(1.0, abs(float(w)))
                                   for w in alternatives(wanted))


def span(row: dict, prefix: str) -> tuple[int, int] | None:
    start = row.get(f"{prefix}_start")
    if start in ("", None) or number(start) is None:
        return None
    return int(float(start)), int(float(row[f"{prefix}_end"]))


def answering(rows: list[dict], prefix: str, slot: tuple[int, int]) -> list[dict]:
    a, b = slot
    return [r for r in rows if (s := span(r, prefix)) and s[0] < b and a < s[1]]


def days_of(value: str) -> tuple[str, str] | None:
    """The first and last day a ``when`` value covers (YYYY-MM-DD), where its form alone tells them: a day, week,
    weekend (its Saturday and Sunday), month, year, quarter, half or season, or a span of them; None for any other
    form (a fiscal year's days are its company's)."""
    first, _, last = value.partition("/")
    opening, closing = period_of_value(first), period_of_value(last or first)
    if opening is None or closing is None:
        return None
    return opening.first().isoformat(), closing.last().isoformat()


def same_days(row: dict, values: list[str]) -> bool:
    """The row's own days are exactly those of a line's value written another way, the form testers write
    ("2025-07/2025-09" for "2025-Q3", a weekend's Saturday and Sunday for "2025-W42-WE", a fiscal year's days for
    its months); never a mere overlap."""
    return bool(row.get("start") and row.get("end")) and (row["start"], row["end"]) in map(days_of, values)


def answers_when(row: dict, wanted: str) -> bool:
    """The row's ``when`` answers a line's: one of its values (holds), or their days written another way (same_days)."""
    return holds(row["when"], wanted) or same_days(row, [w for w in alternatives(wanted) if w != NO_ROW])


def score_dates(expected: list[Expected], rows: list[dict]) -> Score:
    score, used = Score(), set()
    rows = [r for r in rows if r["date_text"]]
    for e in expected:
        wanted = alternatives(e.columns["when"])
        values = [w for w in wanted if w != NO_ROW]
        for slot in e.slots:
            hits = answering(rows, "date", slot)
            used.update(r["mention_id"] for r in hits)
            where = f"{e.file}: {e.text!r} (expected {e.columns['when']}, future {e.columns['future']})"
            if not hits:
                if values and NO_ROW not in wanted:
                    score.counts["dates missed"] += 1
                    score.differences.append(f"date missed   {where}")
                continue
            if not values:
                score.counts["dates extra"] += 1
                score.differences.append(f"date extra    {where}: got {hits[0]['when']}")
                continue
            right = [r for r in hits if answers_when(r, e.columns["when"])]
            row = (right or hits)[0]
            if right and holds(str(row["future"]).lower(), e.columns["future"].lower()):
                score.counts["dates right"] += 1
            else:
                score.counts["dates wrong"] += 1
                score.differences.append(f"date wrong    {where}: got {row['when']}, future {row['future']} "
                                         f"({row['date_text']!r})")
    count_extras(score, "dates extra", [r for r in rows if r["mention_id"] not in used],
                 lambda r: f"date extra    {r['doc']}: {r['date_text']!r} = {r['when']}")
    return score


def count_extras(score: Score, counter: str, extras: list[dict], describe) -> None:
    """Rows that answer no expected line."""
    if extras:
        score.counts[counter] += len(extras)
    score.differences.extend(f"{describe(r)} in {r['excerpt'][:90]!r}" for r in extras)


def figure_problems(e: Expected, hits: list[dict], sentence_rows: list[dict], used: set) -> list[str]:
    """What an expected figure's rows get wrong.  The percent and direction may sit on another row of the
    same sentence (a move told as money and as a percentage, "fell $2, or 3%")."""
    want, row, problems = e.columns, hits[0], []
    if want["amount"] not in ("", ANY):
        if not any(same_number(h["amount"], want["amount"], 1e-6) for h in hits):
            problems.append(f"amount {want['amount']} got {row['amount']!r}")
        if not any(holds(h["currency"], want["currency"]) for h in hits):
            problems.append(f"currency {want['currency']} got {row['currency']!r}")
    if want["percent"] not in ("", ANY):
        with_percent = [m for m in sentence_rows if same_number(m["percent"], want["percent"], 1e-4)]
        used.update(m["mention_id"] for m in with_percent)
        if not with_percent:
            problems.append(f"percent {want['percent']} got {row['percent']!r}")
    # the direction may sit on another row of the sentence; the kind and the date are the row's own
    for column, rows in (("direction", sentence_rows), ("market_kind", hits)):
        if want[column] and not any(holds(r[column], want[column]) for r in rows):
            problems.append(f"{column} {want[column]} got {row[column]!r}")
    # a figure's date answers a line written in another form of the same days, as a date line's does
    if want["when"] and not any(answers_when(r, want["when"]) for r in hits):
        problems.append(f"when {want['when']} got {row['when']!r}")
    return problems


def score_figures(expected: list[Expected], rows: list[dict]) -> Score:
    score, used = Score(), set()
    rows = [r for r in rows if r["money_text"]]
    for e in expected:
        forbidden = alternatives(e.columns["when"]) == [NO_ROW]
        optional = NO_ROW in alternatives(e.columns["when"])
        for slot in e.slots:
            hits = answering(rows, "money", slot)
            used.update(r["mention_id"] for r in hits)
            if forbidden and hits:
                score.counts["figures extra"] += 1
                score.differences.append(f"figure extra  {e.file}: {e.text!r} (expected no row): got "
                                         f"{hits[0]['market_kind']}")
                continue
            if optional and not hits:
                continue
            if not hits:
                score.counts["figures missed"] += 1
                score.differences.append(f"figure missed {e.file}: {e.text!r} (expected {e.columns['market_kind']})")
                continue
            sentences = {h["char_start"] for h in hits}
            sentence_rows = hits + [r for r in rows if r["char_start"] in sentences and r not in hits]
            problems = figure_problems(e, hits, sentence_rows, used)
            if problems:
                score.counts["figures wrong"] += 1
                score.differences.append(f"figure wrong  {e.file}: {e.text!r}: " + "; ".join(problems))
            else:
                score.counts["figures found"] += 1
    count_extras(score, "figures extra", [r for r in rows if r["mention_id"] not in used],
                 lambda r: f"figure extra  {r['doc']}: {r['money_text']!r} ({r['market_kind']})")
    return score


def score_set(folder: Path, table_rows: list[dict]) -> Score:
    score = Score()
    by_doc: dict[str, list[dict]] = {}
    for row in table_rows:
        by_doc.setdefault(row["doc"], []).append(row)
    dates = read_expected(folder / "dates.tsv", "date_text")
    figures = read_expected(folder / "figures.tsv", "money_text")
    for file in sorted({e.file for e in dates + figures}):
        text = (folder / file).read_text(encoding="utf-8")
        rows = by_doc.get(file, [])
        for group, scorer in ((dates, score_dates), (figures, score_figures)):
            mine = [e for e in group if e.file == file]
            score.differences.extend(place(mine, text))
            score.add(scorer(mine, rows))
    return score


def extract_rows(folder: Path) -> list[dict]:
    """The table of one set, as the CSV a user downloads would hold it (every value a string)."""
    from pipeline.extract import extract_paths

    table = extract_paths([folder]).table
    return [{k: "" if v is None or v != v else str(v) for k, v in row.items()}
            for row in table.to_dict("records")]


COLUMNS = ("dates right", "dates wrong", "dates missed", "dates extra",
           "figures found", "figures wrong", "figures missed", "figures extra")


def line(name: str, counts: Counter) -> str:
    dates = counts["dates right"] + counts["dates wrong"] + counts["dates missed"]
    figures = counts["figures found"] + counts["figures wrong"] + counts["figures missed"]
    share = lambda part, whole: f"{100 * part / whole:5.1f}%" if whole else "    -"
    return (f"{name:8} " + " ".join(f"{counts[c]:>5}" for c in COLUMNS)
            + f"  {share(counts['dates right'], dates)}  {share(counts['figures found'], figures)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set folders' names (default: every set)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    parser.add_argument("--root", type=Path, default=SETS, help="the folder of the sets")
    args = parser.parse_args()
    folders = [args.root / name for name in args.sets] or sorted(p for p in args.root.iterdir() if p.is_dir())
    print(f"{'':8} {'dates':<23} {'figures':<23}   right")
    print(f"{'set':8} " + " ".join(f"{c.split()[1]:>5}" for c in COLUMNS) + "   dates figures")
    total = Counter()
    for folder in folders:
        if not (folder / "dates.tsv").exists():
            sys.exit(f"{folder}: not a reader set (no dates.tsv)")
        score = score_set(folder, extract_rows(folder))
        total.update(score.counts)
        print(line(folder.name, score.counts))
        if args.verbose:
            print("\n".join(f"    {d}" for d in score.differences))
    if len(folders) > 1:
        print(line("all", total))


if __name__ == "__main__":
    main()

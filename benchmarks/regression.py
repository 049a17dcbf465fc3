"""What a change to the engine changes: run one checkout's engine over every text we measure on, then list
the rows one run has and the other lacks.

    .venv/bin/python benchmarks/regression.py run OUT          # the seeds, every reader set, the TempEval texts
    .venv/bin/python benchmarks/regression.py diff OLD NEW     # every row that differs between two runs

``run`` writes OUT/seeds.csv, OUT/<set>.csv for each reader set and OUT/timex.jsonl (the TIMEX3s of the
TempEval-3 training texts, each with its text), all in this one process.  To compare a change with the code
before it, run the old checkout's copy of this script into one folder and the new one's into another.

``diff`` keys a table row by all its columns but the ids (which move when a row before them comes or goes),
so a row that changed shows as the old one (-) and the new one (+), with the columns a reader checks.  A
TempEval document shows when any of its TIMEX3s differs.  It ends with the number of differences.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

from reader_sets import SETS  # noqa: E402
from tempeval import load_scorer  # noqa: E402

IDS = {"mention_id", "event_id"}
SHOWN = ("doc", "date_text", "when", "future", "timex_value", "market_kind", "amount", "currency", "percent",
         "direction", "money_text", "subject", "category", "actors", "importance")
TIMEX = "timex.jsonl"


def run(out: Path, shared: Path) -> None:
    from pipeline.dates.timex import parse_dct, timexes
    from pipeline.extract import extract_paths
    from pipeline.store import write_table

    out.mkdir(parents=True, exist_ok=True)
    for name, folder in [("seeds", PROJECT / "seeds")] + [(p.name, p) for p in sorted(SETS.iterdir()) if p.is_dir()]:
        write_table(extract_paths([folder]).table, out / f"{name}.csv")
    scorer = load_scorer(shared)
    data = shared / "eval" / "tempeval" / "data"
    gold = scorer.load_gold([str(data / "TimeBank"), str(data / "AQUAINT")])
    with open(out / TIMEX, "w", encoding="utf-8") as sink:
        for doc in sorted(gold):
            found = timexes(gold[doc]["text"], parse_dct(gold[doc]["dct"]))
            sink.write(json.dumps({"doc": doc, "timexes": found}, ensure_ascii=False) + "\n")


def table_rows(path: Path) -> tuple[Counter, dict]:
    """The rows of a table as a multiset of keys, and each key's line as ``diff`` shows it."""
    if not path.exists():
        return Counter(), {}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        columns = [c for c in reader.fieldnames if c not in IDS]
        keys, shown = Counter(), {}
        for row in reader:
            key = tuple(row[c] for c in columns)
            keys[key] += 1
            shown[key] = " | ".join(row.get(c, "") for c in SHOWN) + " || " + row.get("excerpt", "")[:110]
    return keys, shown


def tagged(path: Path) -> dict[str, Counter]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        docs = map(json.loads, fh)
        return {d["doc"]: Counter((t["start"], t["end"], t["type"], t["value"], t["text"]) for t in d["timexes"])
                for d in docs}


def differences(old: Path, new: Path) -> tuple[list[str], int]:
    """The lines ``diff`` prints and the number of differences: each table row gone or come, and each
    TempEval document whose TIMEX3s changed."""
    lines, count = [], 0
    # run_report.csv: written beside a table by `pipeline extract`, a list of files rather than rows
    tables = sorted(({p.name for p in old.glob("*.csv")} | {p.name for p in new.glob("*.csv")}) - {"run_report.csv"})
    for name in tables:
        (before, shown), (after, shown_after) = table_rows(old / name), table_rows(new / name)
        shown.update(shown_after)
        gone, come = before - after, after - before
        if gone or come:
            lines.append(f"=== {name}")
            lines += [f"  - {shown[k]}" for k in sorted(gone, key=shown.get)]
            lines += [f"  + {shown[k]}" for k in sorted(come, key=shown.get)]
            count += sum(gone.values()) + sum(come.values())
    before, after = tagged(old / TIMEX), tagged(new / TIMEX)
    for doc in sorted(set(before) | set(after)):
        was, now = before.get(doc, Counter()), after.get(doc, Counter())
        gone, come = was - now, now - was
        if gone or come:
            lines.append(f"=== timex {doc}")
            lines += [f"  - {k}" for k in sorted(gone)] + [f"  + {k}" for k in sorted(come)]
            count += 1
    return lines, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run", help="write this checkout's tables and TIMEX3s into OUT")
    running.add_argument("out", type=Path, metavar="OUT")
    running.add_argument("--shared", type=Path, default=PROJECT.parent / "shared",
                         help="the shared kit folder (default ../shared)")
    comparing = commands.add_parser("diff", help="the rows that differ between two runs")
    comparing.add_argument("old", type=Path, metavar="OLD")
    comparing.add_argument("new", type=Path, metavar="NEW")
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.out, args.shared)
        return 0
    for folder in (args.old, args.new):
        if not folder.is_dir():
            sys.exit(f"{folder}: no such folder (make it with: regression.py run {folder})")
    lines, count = differences(args.old, args.new)
    print("\n".join(lines + [f"differences: {count}"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

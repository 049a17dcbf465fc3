"""TempEval-3 figures of the date engine on the training data (TimeBank + AQUAINT).

Exports the documents with the shared scorer (../shared/eval/tempeval/timeml_eval.py), runs
pipeline.dates.timex.predict_file on them, scores with the same scorer and prints its table for
TimeBank, AQUAINT and both together, plus the speed of tag_dates on the whole text.

    .venv/bin/python benchmarks/tempeval.py                 # all three figures
    .venv/bin/python benchmarks/tempeval.py --set aquaint   # one set
    .venv/bin/python benchmarks/tempeval.py --errors /tmp/err   # also write <set>.errors.jsonl there
    .venv/bin/python benchmarks/tempeval.py --set all --explain # DATE value differences, by kind

Develop on one set, check on the other: rules must hold on both.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dates import tag_dates  # noqa: E402
from pipeline.dates.timex import parse_dct, predict_file  # noqa: E402

SETS = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "all": ["TimeBank", "AQUAINT"]}


def load_scorer(shared: Path):
    path = shared / "eval" / "tempeval" / "timeml_eval.py"
    if not path.exists():
        sys.exit(f"no scorer at {path}: pass --shared DIR (the folder that holds eval/)")
    spec = importlib.util.spec_from_file_location("timeml_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(scorer, data_dir: Path, name: str, folders: list[str], errors_dir: str | None) -> dict:
    gold = scorer.load_gold([str(data_dir / f) for f in folders])
    with tempfile.TemporaryDirectory() as tmp:
        texts, preds = os.path.join(tmp, "texts.jsonl"), os.path.join(tmp, "pred.jsonl")
        with open(texts, "w", encoding="utf-8") as fh:
            for doc in sorted(gold):
                d = gold[doc]
                fh.write(json.dumps({"doc": doc, "dct": d["dct"], "text": d["text"]}, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        predict_file(texts, preds)
        elapsed = time.perf_counter() - start
        result, errors = scorer.score(gold, scorer.read_predictions(preds))
    print(scorer.format_result(result, title=f"== {name} ({len(gold)} documents, predict_file {elapsed:.2f} s)"))
    if errors_dir:
        os.makedirs(errors_dir, exist_ok=True)
        path = os.path.join(errors_dir, f"{name}.errors.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(f"errors: {path}")
    return {"gold": gold, "result": result, "errors": errors}


_REFERENCES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def difference_kind(gold: str, system: str) -> str:
    """How a system value differs from the gold one, for reading the DATE value errors by kind: the gold
    annotation often leaves a part unnamed ("last week" as 1989-WXX) that the table must name to plot it."""
    gold, system = gold.strip().upper(), system.strip().upper()
    if re.fullmatch(r"\d{4}-W\d", gold) and system == gold[:6] + "0" + gold[6]:
        return "gold writes the ISO week unpadded (2000-W7)"
    if "X" in gold and "X" not in system:
        return "gold leaves a part unnamed (X), the engine names it"
    if gold in _REFERENCES or system in _REFERENCES:
        return "a vague reference against a value"
    if gold.startswith("P") != system.startswith("P"):
        return "a duration against a date"
    if re.fullmatch(r".+T(MO|AF|EV|NI)", system) and system.startswith(gold) or \
            re.fullmatch(r".+T(MO|AF|EV|NI)", gold) and gold[:10] == system[:10]:
        return "a part of the day added or named otherwise"
    if gold.startswith(system) or system.startswith(gold):
        return "the same time, coarser or finer"
    return "another value (read these by hand)"


def explain(errors: list[dict]) -> None:
    """DATE value differences by kind, and the words most often found where the gold has no TIMEX."""
    kinds, extra = Counter(), Counter()
    for record in errors:
        for e in record["value_diff"]:
            if e["gold_type"] == "DATE":
                kinds[difference_kind(e["gold_value"], e.get("sys_value") or "")] += 1
        for e in record["false_pos"]:
            if e.get("sys_type") == "DATE":
                extra[e["sys"].lower()] += 1
    print(f"DATE value differences: {sum(kinds.values())}")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print(f"DATE expressions the gold does not mark: {sum(extra.values())}; most often: "
          + ", ".join(f"{w!r} {n}" for w, n in extra.most_common(8)))


def speed(gold: dict, rounds: int = 5) -> None:
    """tag_dates over every document, best of ``rounds``: wall clock and CPU time of this process (the
    CPU figure is the one to compare when other work shares the machine)."""
    docs = [(d["text"], parse_dct(d["dct"])) for d in gold.values()]
    size = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    best_wall = best_cpu = None
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        for text, dct in docs:
            tag_dates(text, dct)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print(f"tag_dates: {size:.2f} MB in {best_wall:.3f} s wall = {size / best_wall:.1f} MB/s; "
          f"{best_cpu:.3f} s CPU = {size / best_cpu:.1f} MB/s (best of {rounds})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["timebank", "aquaint", "all", "each"], default="each",
                    help="which data to score; each = TimeBank, AQUAINT and both (default)")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared kit folder (default ../shared)")
    ap.add_argument("--errors", metavar="DIR", help="write the scorer's per-document error records here")
    ap.add_argument("--no-speed", action="store_true", help="skip the tag_dates timing")
    ap.add_argument("--explain", action="store_true", help="then the DATE value differences of the last set, by kind")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    scorer = load_scorer(shared)
    data_dir = shared / "eval" / "tempeval" / "data"
    names = ["timebank", "aquaint", "all"] if args.set == "each" else [args.set]
    last = None
    for name in names:
        last = run(scorer, data_dir, name, SETS[name], args.errors)
    if args.explain and last is not None:
        explain(last["errors"])
    if not args.no_speed and last is not None:
        speed(last["gold"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

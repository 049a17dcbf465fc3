"""Extraction speed: MB/s of the full `extract` on a corpus of >= 20 MB of newswire, beside
`dateparser.search_dates` on the same text, and the share of the market (money) pass.

    .venv/bin/python benchmarks/speed.py [--mb 20] [--baseline-kb 150] [--stages] [--sample 25] [--shared DIR]

The corpus is the TempEval-3 training texts (TimeBank + AQUAINT, with their creation dates as the
publication dates in a sources.csv) and the seed articles, copied under new names until it holds the
requested size; a copy's number opens its name, so the copies of one article are read far apart.  Everything runs in
this one process (one core).  dateparser is far slower, so it runs on the first `--baseline-kb` of the corpus and its
rate is reported as measured there.

The extract is reported in wall-clock time and in CPU time of this process: on a shared machine the
neighbours' work counts in the first, not in the second.  ``--stages`` adds a second pass over the same
corpus that gives the CPU time of each step (reading, each step of ``extract_document`` as it names
them, linking and building the table).  ``--sample N`` adds a pass that samples the stack every 2 ms of CPU and
prints the N functions and lines most often on it: cProfile charges a cost to every call, so it makes code of many
small calls look several times dearer than it is (the own code of mentions' ``read``: 6 % there, 2 % here).
Both extra passes run after the first, with every lazily built pattern compiled: they show the steady state, and the
compiles of the first pass (some seconds, a fixed cost of a process) are the difference.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def add_shared_option(parser: argparse.ArgumentParser) -> None:
    """--shared, the kit whose TempEval texts make the corpus of this benchmark and of those that reuse its articles."""
    parser.add_argument("--shared", type=Path, default=PROJECT.parent / "shared",
                        help="the shared kit folder, whose TempEval texts make the corpus (default ../shared)")


def newswire_articles(shared: Path) -> list[tuple[str, str, str]]:
    """(name, text, publication date) of the TempEval training texts of the ``shared`` kit and the seeds."""
    tempeval = shared / "eval" / "tempeval"
    with tempfile.TemporaryDirectory() as tmp:
        exported = Path(tmp) / "texts.jsonl"
        subprocess.run([sys.executable, str(tempeval / "timeml_eval.py"), "export", str(tempeval / "data"),
                        "-o", str(exported)], check=True, capture_output=True)
        articles = [(d["doc"], d["text"], d["dct"] or "")
                    for d in map(json.loads, exported.read_text(encoding="utf-8").splitlines())]
    with open(PROJECT / "seeds" / "sources.csv", encoding="utf-8") as fh:
        dates = {row["file"]: row["published"] for row in csv.DictReader(fh)}
    for path in sorted((PROJECT / "seeds").glob("*.txt")):
        articles.append((path.stem, path.read_text(encoding="utf-8"), dates.get(path.name, "")))
    return articles


def build_corpus(folder: Path, megabytes: float, shared: Path) -> int:
    articles = newswire_articles(shared)
    size, copy = 0, 0
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        manifest = csv.writer(fh)
        manifest.writerow(["file", "published"])
        while size < megabytes * 1_000_000:
            for name, text, published in articles:
                # the copy number leads, so that files read in name order meet each article once per round of
                # copies: the engine's small caches of recent sentences must not serve a copy read just before
                file = f"{copy:04d}-{name}.txt"
                (folder / file).write_text(text, encoding="utf-8")
                manifest.writerow([file, published])
                size += len(text.encode("utf-8"))
            copy += 1
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--baseline-kb", type=float, default=150.0,
                        help="how much text dateparser.search_dates gets (default 150 kB)")
    parser.add_argument("--stages", action="store_true",
                        help="then the CPU seconds of each step, in a second pass over the corpus")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="then the N functions and lines most often running, in a sampled pass over the corpus")
    add_shared_option(parser)
    args = parser.parse_args()

    from pipeline.documents import read_corpus
    from pipeline.extract import extract_corpus
    from pipeline.money import find_money
    from pipeline.sentences import split_sentences

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.mb, args.shared)
        mb = size / 1e6

        started, cpu_started = time.perf_counter(), time.process_time()
        corpus = read_corpus([folder])
        read_seconds = time.perf_counter() - started
        started = time.perf_counter()
        result = extract_corpus(corpus)
        extract_seconds = time.perf_counter() - started
        total = read_seconds + extract_seconds
        cpu = time.process_time() - cpu_started

        prepared = [(d.text, d.form, split_sentences(d.text)) for d in corpus.documents]
        started = time.perf_counter()
        for text, form, sentences in prepared:
            find_money(text, form=form, sentences=sentences)
        money_seconds = time.perf_counter() - started

        sample, taken = [], 0
        for document in corpus.documents:
            if taken >= args.baseline_kb * 1000:
                break
            sample.append(document)
            taken += len(document.text.encode("utf-8"))
        baseline_rate = dateparser_rate(sample, taken)
        # before --stages: its second pass holds a second set of rows
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        steps = stage_seconds(folder) if args.stages else {}
        sampled = sample_stacks(folder) if args.sample else None

    rate = mb / total
    print(f"corpus: {len(corpus.documents)} documents, {mb:.1f} MB of text, {len(result.table)} rows, "
          f"{len(result.skipped)} skipped")
    # a document the engine failed on is skipped, not fatal: name each, so a speed run also finds crashes
    for skipped in result.skipped:
        print(f"  {skipped.message()}")
    print(f"extract (read + extract, one process): {total:.1f} s = {rate:.2f} MB/s "
          f"(reading {read_seconds:.1f} s, extraction {extract_seconds:.1f} s); "
          f"CPU {cpu:.1f} s = {mb / cpu:.2f} MB/s")
    print(f"market pass alone: {money_seconds:.2f} s = {100 * money_seconds / (total - money_seconds):.1f} % "
          f"added to the rest of the extract")
    print(f"dateparser.search_dates per sentence on {taken / 1000:.0f} kB: {baseline_rate:.4f} MB/s; "
          f"extract is {rate / baseline_rate:.0f}x that")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    if steps:
        print("CPU seconds per step (second pass):")
        for step, seconds in steps.items():
            print(f"  {step:<42} {seconds:6.2f} s = {100 * seconds / sum(steps.values()):4.1f} %")
    if sampled:
        total, counters = sampled
        for title, counter in zip(("on the stack (inclusive)", "running (self)", "running lines (self)"), counters):
            print(f"share of {total} samples {title}:")
            for where, count in counter.most_common(args.sample):
                print(f"  {100 * count / total:5.1f} %  {where}")


def stage_seconds(folder: Path) -> dict[str, float]:
    """CPU seconds of each step of the extract of ``folder``: what ``extract_corpus`` does, document by
    document with ``extract_document``, whose steps each run until the next one starts."""
    from pipeline.documents import read_corpus
    from pipeline.extract import extract_document, mentions_table

    seconds: dict[str, float] = {}
    current, mark = "reading", time.process_time()

    def step(name: str) -> None:
        nonlocal current, mark
        now = time.process_time()
        seconds[current] = seconds.get(current, 0.0) + now - mark
        current, mark = name, now

    rows = []
    for document in read_corpus([folder]).documents:
        rows += extract_document(document, stage=step)
    step("linking and building the table")
    mentions_table(rows)
    step("")
    return seconds


def sample_stacks(folder: Path, interval: float = 0.002):
    """(samples, Counters of function on the stack, function running, line running) of an extract of ``folder``,
    the stack read at every ``interval`` seconds of this process's CPU time (SIGPROF)."""
    import collections
    import signal

    from pipeline.documents import read_corpus
    from pipeline.extract import extract_corpus

    inclusive, running, lines = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0

    def where(frame) -> str:
        # (the folder too: money/__init__.py is not dates/__init__.py)
        path = Path(frame.f_code.co_filename)
        return f"{path.parent.name}/{path.name}:{frame.f_code.co_name}"

    def sample(_signum, frame) -> None:
        nonlocal total
        total += 1
        running[where(frame)] += 1
        lines[f"{where(frame)}:{frame.f_lineno}"] += 1
        # (a recursive function counts once a sample)
        inclusive.update({where(f) for f in _stack(frame)})

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        extract_corpus(read_corpus([folder]))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return total, (inclusive, running, lines)


def _stack(frame):
    while frame is not None:
        yield frame
        frame = frame.f_back


def dateparser_rate(documents, size: int) -> float:
    from dateparser.search import search_dates

    from pipeline.sentences import split_sentences
    started = time.perf_counter()
    for document in documents:
        for start, end in split_sentences(document.text):
            search_dates(document.text[start:end], languages=["en"])
    return size / 1e6 / (time.perf_counter() - started)


if __name__ == "__main__":
    main()

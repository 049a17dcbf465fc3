"""Speed of the story and events stages: ``describe_sentences``, ``assign_events`` and ``events_view``.

    .venv/bin/python benchmarks/story_events.py [--mb 5] [--repeat 3]

Two corpora, the same material as ``benchmarks/speed.py``:

* **newswire**: the TempEval-3 training texts (TimeBank + AQUAINT) and the seeds, once each;
* **corpus**: the same articles copied under new names until the corpus holds ``--mb`` MB (the copies
  report the same happenings, so ``assign_events`` must merge them, cheaply).

``describe_sentences`` is timed per article on the sentences the extractor wants (those with a date or a
figure, about a third) and on every sentence, in MB/s of article text.  ``assign_events`` and
``events_view`` are timed on the mentions table the extractor makes of the corpus (dates, money and
stories found first, untimed), in seconds per 1,000 mentions.  Each timing is the best of ``--repeat``,
in CPU seconds of this process (the machine is shared: wall-clock time would count the neighbours).
The copies of an article have the same rows as the article itself except ``doc`` and ``mention_id``, so
the corpus table is built by renaming the rows of the first copy (as ``extract`` would name them).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import SimpleNamespace

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

import pandas as pd  # noqa: E402

from pipeline import schema  # noqa: E402
from pipeline.dates import tag_dates  # noqa: E402
from pipeline.documents import Document  # noqa: E402
from pipeline.events import assign_events, events_view  # noqa: E402
from pipeline.extract import extract_document, mention_id  # noqa: E402
from pipeline.money import find_money  # noqa: E402
from pipeline.sentences import SentenceIndex, matching_form, split_sentences  # noqa: E402
from pipeline.story import describe_sentences  # noqa: E402
from speed import newswire_articles  # noqa: E402


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def prepared_articles() -> list[dict]:
    """Each article with its sentences and the sentences the extractor would describe."""
    out = []
    for name, text, published in newswire_articles():
        day = pd.Timestamp(published).date() if published else None
        document = Document(doc=f"{name}.0.txt", path=name, text=text, published=day)
        form = matching_form(text)
        sentences = split_sentences(text)
        index = SentenceIndex(sentences)
        wanted = set()
        for found in [*(d for d in tag_dates(text, day, form=form, sentences=sentences) if d.on_calendar),
                      *find_money(text, form=form, sentences=sentences)]:
            where = index.find(found.start)
            if where is not None:
                wanted.add(where)
        out.append(dict(name=name, document=document, text=text, form=form, sentences=sentences,
                        wanted=sorted(wanted), size=len(text.encode("utf-8"))))
    return out


def copies_needed(articles: list[dict], megabytes: float) -> int:
    one = sum(a["size"] for a in articles)
    return max(1, -(-int(megabytes * 1_000_000) // one))


def renamed(rows: list[dict], doc: str) -> list[dict]:
    """The rows of an article as ``extract`` names them for a copy of it called ``doc``."""
    out = []
    for row in rows:
        date = (SimpleNamespace(start=row["date_start"], end=row["date_end"])
                if row["date_start"] is not None else None)
        figure = (SimpleNamespace(start=row["money_start"], end=row["money_end"])
                  if row["money_start"] is not None else None)
        out.append({**row, "doc": doc, "mention_id": mention_id(doc, row["char_start"], date, figure)})
    return out


def mentions_frame(rows: list[dict]) -> pd.DataFrame:
    """What ``extract.mentions_table`` hands to ``assign_events``."""
    frame = schema.conform(pd.DataFrame(rows))
    return frame.sort_values(["doc", "char_start", "date_start", "money_start", "mention_id"],
                             na_position="first", kind="stable").reset_index(drop=True)


def time_stories(label: str, articles: list[dict], copies: int, repeat: int) -> None:
    size = sum(a["size"] for a in articles) * copies
    wanted_count = sum(len(a["wanted"]) for a in articles)
    total_count = sum(len(a["sentences"]) for a in articles)

    def run(every: bool):
        for _ in range(copies):
            for a in articles:
                wanted = range(len(a["sentences"])) if every else a["wanted"]
                describe_sentences(a["text"], a["sentences"], wanted, form=a["form"])

    for every, what in ((False, f"wanted sentences ({wanted_count / total_count:.0%})"),
                        (True, "every sentence")):
        seconds = best_of(repeat, lambda: run(every))
        print(f"  describe_sentences, {what:<24}: {seconds:7.3f} s = {size / 1e6 / seconds:6.2f} MB/s")


def time_events(label: str, frame: pd.DataFrame, repeat: int) -> pd.DataFrame:
    n = len(frame)
    assigned = None

    def assign():
        nonlocal assigned
        assigned = assign_events(frame)

    seconds = best_of(repeat, assign)
    print(f"  assign_events on {n} mentions       : {seconds:7.3f} s = {1000 * seconds / n:6.3f} s per 1,000 "
          f"mentions ({n / seconds:,.0f} mentions/s); {assigned['event_id'].nunique()} events")
    seconds = best_of(repeat, lambda: events_view(assigned))
    print(f"  events_view on {n} mentions         : {seconds:7.3f} s = {1000 * seconds / n:6.3f} s per 1,000 "
          f"mentions ({n / seconds:,.0f} mentions/s)")
    return assigned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the copied corpus in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args()

    articles = prepared_articles()
    rows = {a["name"]: extract_document(a["document"]) for a in articles}
    size = sum(a["size"] for a in articles)
    print(f"newswire: {len(articles)} articles, {size / 1e6:.2f} MB")
    time_stories("newswire", articles, 1, args.repeat)
    time_events("newswire", mentions_frame([r for a in articles for r in rows[a["name"]]]), args.repeat)

    copies = copies_needed(articles, args.mb)
    corpus_rows = [r for copy in range(copies) for a in articles
                   for r in renamed(rows[a["name"]], f"{a['name']}.{copy}.txt")]
    print(f"corpus: {copies} copies, {len(articles) * copies} articles, {size * copies / 1e6:.1f} MB")
    time_stories("corpus", articles, copies, 1)
    assigned = time_events("corpus", mentions_frame(corpus_rows), 1)
    sizes = assigned.groupby("event_id").size()
    print(f"  events of the corpus: {len(sizes)}, largest {sizes.max()} mentions, "
          f"{(sizes >= copies).sum()} with at least one mention per copy")


if __name__ == "__main__":
    main()

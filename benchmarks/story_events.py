"""Speed of the story and events stages: ``describe_sentences``, ``assign_events`` and ``events_view``.

    .venv/bin/python benchmarks/story_events.py [--mb 5] [--repeat 3]
    .venv/bin/python benchmarks/story_events.py --same-as DIR [--mb 5]   # same decisions as DIR's modules?

Two corpora, the same material as ``benchmarks/speed.py``:

* **newswire**: the TempEval-3 training texts (TimeBank + AQUAINT) and the seeds, once each;
* **corpus**: the same articles copied under new names until the corpus holds ``--mb`` MB (the copies
  report the same happenings, so ``assign_events`` must merge them, cheaply).

``describe_sentences`` is timed per article on the sentences the extractor wants (those with a date or a
figure, about a third) and on every sentence, in MB/s of article text.  ``assign_events`` and
``events_view`` are timed on the mentions table the extractor makes of the corpus (dates, money and
stories found first, untimed), in seconds per 1,000 mentions.  Each timing is the best of ``--repeat``,
in CPU seconds of this process (the machine is shared: wall-clock time would count the neighbours), each
run starting with empty memos (see :func:`forget`).
The copies of an article have the same rows as the article itself except ``doc`` and ``mention_id``, so
the corpus table is built by renaming the rows of the first copy (as ``extract`` would name them).
"""
from __future__ import annotations

import argparse
import sys
import time
import types
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

import pandas as pd  # noqa: E402

from pipeline import events, schema, story  # noqa: E402
from pipeline.dates import tag_dates  # noqa: E402
from pipeline.documents import Document  # noqa: E402
from pipeline.events import assign_events, events_view  # noqa: E402
from pipeline.extract import extract_document, mention_id  # noqa: E402
from pipeline.money import find_money  # noqa: E402
from pipeline.sentences import SentenceIndex, matching_form, split_sentences  # noqa: E402
from pipeline.story import describe_sentences, find_actors  # noqa: E402
from speed import add_shared_option, newswire_articles  # noqa: E402


def forget() -> None:
    """Empty the memos of texts (core spans, key words, stems, names), as in a fresh process; the rule
    tables stay loaded.  Each timed run starts from here, so repeating a run measures no memo."""
    for module in (story, events):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize != 1:
                value.cache_clear()


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        forget()
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def prepared_articles(shared: Path) -> list[dict]:
    """Each article with its sentences and the sentences the extractor would describe."""
    out = []
    for name, text, published in newswire_articles(shared):
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
        date = (types.SimpleNamespace(start=row["date_start"], end=row["date_end"])
                if row["date_start"] is not None else None)
        figure = (types.SimpleNamespace(start=row["money_start"], end=row["money_end"])
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

    def actors():
        for _ in range(copies):
            for a in articles:
                find_actors(a["text"], form=a["form"])

    seconds = best_of(repeat, actors)
    print(f"    find_actors (whole articles)           : {seconds:7.3f} s = {size / 1e6 / seconds:6.2f} MB/s")

    def actors_wanted():   # what describe_sentences reads: up to the end of the last wanted sentence
        for _ in range(copies):
            for a in articles:
                if a["wanted"]:
                    story._find_actors(a["form"], max(a["sentences"][i][1] for i in a["wanted"]))

    seconds = best_of(repeat, actors_wanted)
    print(f"    of which actors (to last wanted)       : {seconds:7.3f} s = {size / 1e6 / seconds:6.2f} MB/s")


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
    parser.add_argument("--same-as", metavar="DIR", type=Path,
                        help="instead of timing, compare the decisions with story.py and events.py of DIR "
                             "(e.g. an earlier version: git show REV:pipeline/story.py > DIR/story.py)")
    add_shared_option(parser)
    args = parser.parse_args()

    articles = prepared_articles(args.shared)
    rows = {a["name"]: extract_document(a["document"]) for a in articles}
    if args.same_as:
        compare(args.same_as, articles, rows, copies_needed(articles, args.mb))
        return
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


def compare(folder: Path, articles: list[dict], rows: dict[str, list[dict]], copies: int) -> None:
    """Do the modules of ``folder`` decide as these do?  Stories of every article (wanted sentences and
    all), actors, and events of the newswire and of its copies (1, 2, 4 and ``copies``)."""
    other_story = _module("story_compared", folder / "story.py")
    other_events = _module("events_compared", folder / "events.py", story_module="story_compared")
    differing = 0
    for a in articles:
        for wanted in (a["wanted"], range(len(a["sentences"]))):
            ours = describe_sentences(a["text"], a["sentences"], wanted, form=a["form"])
            theirs = other_story.describe_sentences(a["text"], a["sentences"], wanted, form=a["form"])
            differing += sum((ours[i].headline, ours[i].category, ours[i].actors)
                             != (theirs[i].headline, theirs[i].category, theirs[i].actors) for i in ours)
        ours = [(m.start, m.end, m.actor.name, m.how) for m in find_actors(a["text"], form=a["form"])]
        theirs = [(m.start, m.end, m.actor.name, m.how) for m in other_story.find_actors(a["text"], form=a["form"])]
        differing += ours != theirs
    print(f"stories of {len(articles)} articles: {differing} differ")
    for n in sorted({1, 2, 4, copies}):
        frame = mentions_frame([r for copy in range(n) for a in articles
                                for r in renamed(rows[a["name"]], f"{a['name']}.{copy}.txt")])
        ours, theirs = assign_events(frame), other_events.assign_events(frame)
        moved = int((ours["event_id"] != theirs["event_id"]).sum())
        scored = int((ours["importance"] != theirs["importance"]).sum())
        same_view = events_view(ours).equals(other_events.events_view(theirs))
        print(f"events of {n} cop{'y' if n == 1 else 'ies'} ({len(frame)} mentions): {moved} in another event, "
              f"{scored} with another importance; events view {'identical' if same_view else 'differs'}")


def _module(name: str, path: Path, story_module: str = ""):
    """A module from a file, under another name; events.py is pointed at the story module beside it."""
    source = path.read_text(encoding="utf-8")
    if story_module:
        source = source.replace("from pipeline import story\n", f"import {story_module} as story\n")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    sys.modules[name] = module
    exec(compile(source, str(path), "exec"), module.__dict__)
    return module


if __name__ == "__main__":
    main()

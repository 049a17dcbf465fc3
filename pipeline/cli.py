"""Command line: ``python -m pipeline extract|timex|schema``.  No logic of its own."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

EXIT_OK = 0
EXIT_SKIPPED = 1      # the table was written, but some inputs were skipped (see the report)
EXIT_USAGE = 2        # wrong arguments (argparse's own code)
EXIT_NOTHING = 3      # no input could be read, or the table could not be made or written
EXIT_INTERRUPTED = 130  # Ctrl-C: the shell's code for SIGINT; the previous table is left as it was

TABLE_SUFFIXES = (".csv", ".parquet")
# Files above this take long enough to extract that the progress bar names them.
_NAMED_IN_THE_BAR = 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\ninterrupted: nothing written (tables already in place are left as they were)", file=sys.stderr)
        return EXIT_INTERRUPTED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Find dated happenings and stock, valuation and money mentions in news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    from pipeline.documents import MAX_ARTICLE_BYTES

    extract = commands.add_parser(
        "extract", formatter_class=argparse.RawDescriptionHelpFormatter,
        help="articles (folders or files) to the mentions table",
        description="Read .txt, .md and .html articles (folders or single files; metadata from a sources.csv\n"
                    "manifest beside them when present) and write one row per mention.\n\n"
                    "A file that cannot be read (empty, binary, too large, no article in the page) or whose\n"
                    "extraction fails is skipped with a one-line reason on stderr and in the report; the others\n"
                    "go on.  Manifest and folder problems are warnings.",
        epilog=f"exit status:\n"
               f"  {EXIT_OK}    every input file was extracted (some may have no dates or figures)\n"
               f"  {EXIT_SKIPPED}    the table was written, but some input files were skipped "
               f"(reasons on stderr and in the report)\n"
               f"  {EXIT_USAGE}    wrong arguments (e.g. --out with an extension other than .csv or .parquet)\n"
               f"  {EXIT_NOTHING}    no input file could be read, or a table could not be written; "
               f"the previous table is left intact\n"
               f"  {EXIT_INTERRUPTED}  interrupted (Ctrl-C); the previous table is left intact")
    extract.add_argument("inputs", nargs="+", metavar="PATH", help="article files or folders of articles")
    extract.add_argument("--out", default="data/events.csv", metavar="TABLE", type=_table_path,
                         help="where to write the table; .csv or .parquet (default: %(default)s)")
    extract.add_argument("--report", metavar="TABLE", type=_table_path,
                         help="where to write the run report, one line per input file: extracted with its "
                              "row count, or skipped with the reason; then one line per warning "
                              "(default: run_report.csv beside --out)")
    extract.add_argument("--events-out", metavar="TABLE", type=_table_path,
                         help="also write the events view (one row per happening) here; .csv or .parquet")
    shown = extract.add_mutually_exclusive_group()
    shown.add_argument("--progress", dest="progress", action="store_const", const=True, default=None,
                       help="always show the progress bar on stderr (by default only on a terminal)")
    shown.add_argument("--no-progress", dest="progress", action="store_const", const=False,
                       help="never show the progress bar")
    extract.add_argument("--max-mb", type=_positive_number, default=MAX_ARTICLE_BYTES / 1e6, metavar="MB",
                         help="skip article files larger than this, with the reason (default: %(default)g)")
    extract.add_argument("--max-memory-mb", type=_memory_cap, default=_default_memory_mb(), metavar="MB",
                         help="cap this process's resident memory: past it, the document being read or "
                              "extracted is skipped (MemoryCapExceeded), or the run stops with an error, instead "
                              "of the machine running out (default: half the physical memory, here "
                              "%(default)g; 0 for no cap)")
    extract.add_argument("--traceback", action="store_true",
                         help="also print the Python traceback of every extraction that failed (for developers)")
    extract.set_defaults(run=run_extract)

    timex = commands.add_parser(
        "timex", help="TempEval-3 style temporal expressions for a JSONL of texts",
        description="Tag temporal expressions with the same date engine as `extract`, in the shape the "
                    "shared TempEval scorer reads: input lines {doc, dct, text}, output lines "
                    "{doc, timexes: [{start, end, text, type, value}]}.")
    timex.add_argument("texts", metavar="TEXTS.jsonl")
    timex.add_argument("--out", required=True, metavar="PRED.jsonl")
    timex.set_defaults(run=run_timex)

    show_schema = commands.add_parser("schema", help="print the table contract as a Markdown table")
    show_schema.set_defaults(run=run_schema)
    return parser


def _table_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise argparse.ArgumentTypeError(f"{value}: use a .csv or .parquet file name")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a folder; give a file name")
    return path


def _positive_number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 0 or number != number:
        raise argparse.ArgumentTypeError(f"{value!r} must be 0 or more")
    return number


# Python, pandas, pyarrow and the engines need this much before reading a single article.
MIN_MEMORY_MB = 300


def _memory_cap(value: str) -> float:
    number = _positive_number(value)
    if 0 < number < MIN_MEMORY_MB:
        raise argparse.ArgumentTypeError(f"{value} MB is too little to start; give at least {MIN_MEMORY_MB}, "
                                         f"or 0 for no cap")
    return number


def _default_memory_mb() -> float:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 / 1e6)
    except (ValueError, OSError, AttributeError):
        return 0


class MemoryCapExceeded(MemoryError):
    """The process went past ``--max-memory-mb``; raised in the main thread by :class:`MemoryWatch`."""


class MemoryWatch:
    """Keeps the process under a memory cap by interrupting the work that passes it.

    A thread reads the resident size every quarter second; past the cap it raises
    :class:`MemoryCapExceeded` in the main thread (through a signal), where the document being read
    or extracted is skipped with that reason, or the run stops with a one-line error.  Memory is
    still there when this happens, so the handling is clean.  (A kernel limit such as RLIMIT_DATA
    was tried first: near it, malloc spends its time in failing system calls and a run of minutes
    takes half an hour.)  It fires again only once memory has come back under the cap, or has grown
    a further tenth of it.  Linux only (it reads /proc); elsewhere it does nothing.
    """

    POLL_SECONDS = 0.25

    def __init__(self, megabytes: float):
        self.cap = int(megabytes * 1e6)
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._previous_handler = None

    def resident(self) -> int:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * self.page

    def __enter__(self) -> "MemoryWatch":
        if not self.cap or threading.current_thread() is not threading.main_thread():
            return self
        try:
            self.resident()
        except (OSError, ValueError, IndexError):
            return self  # no /proc: run unwatched rather than not at all
        self._previous_handler = signal.signal(signal.SIGUSR1, self._raise)
        self._thread = threading.Thread(target=self._watch, args=(threading.main_thread().ident,),
                                        name="memory-watch", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            signal.signal(signal.SIGUSR1, self._previous_handler)

    def _raise(self, signum, frame) -> None:
        raise MemoryCapExceeded(f"past the memory cap of {self.cap / 1e6:.0f} MB (--max-memory-mb)")

    def _watch(self, main: int) -> None:
        fired_at = None
        while not self._stop.wait(self.POLL_SECONDS):
            size = self.resident()
            if fired_at is not None:
                if size < self.cap:
                    fired_at = None
                elif size < fired_at + self.cap // 10:
                    _give_back_freed_memory()
                    continue
            if size > self.cap:
                fired_at = size
                signal.pthread_kill(main, signal.SIGUSR1)


def _give_back_freed_memory() -> None:
    """Return freed heap pages to the system, so the resident size shows what is really held."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class _ProgressBar:
    """The CLI's tqdm bar over the files; a large file, which holds the bar still for a while, is named
    on it with the step of its extraction under way."""

    def __init__(self, forced: bool | None):
        self.forced = forced     # None: only on a terminal
        self.large = ""          # "name (N MB)" of the large file being extracted
        self.bar = None

    def files(self, sources):
        from tqdm import tqdm
        self.bar = tqdm(sources, desc="reading and extracting", unit="file", file=sys.stderr,
                        disable=None if self.forced is None else False)
        shown = not self.bar.disable  # tqdm sets disable once the bar is closed
        for source in self.bar:
            self.large = f"{source.path.name} ({source.size / 1e6:.0f} MB)" if source.size > _NAMED_IN_THE_BAR else ""
            self.stage("reading")
            yield source
        if shown:
            # Linking mentions into events runs over the whole table once every file is read.
            print("linking mentions into events and writing the table ...", file=sys.stderr, flush=True)

    def stage(self, step: str) -> None:
        if self.large and self.bar is not None and not self.bar.disable:
            self.bar.set_postfix_str(f"{self.large}: {step}")


def run_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_paths
    from pipeline.store import StoreError, write_frame, write_table

    started = time.perf_counter()
    bar = _ProgressBar(args.progress) if args.progress is not False else None
    out = args.out
    report = args.report or out.with_name("run_report.csv")
    try:
        with MemoryWatch(args.max_memory_mb):
            result = extract_paths(args.inputs, progress=bar and bar.files, max_bytes=int(args.max_mb * 1e6),
                                   stage=bar and bar.stage)
    except Exception as exc:  # noqa: BLE001  a failure across documents (linking events): no one file to skip
        from pipeline.extract import failure
        hint = " (raise --max-memory-mb, or give fewer files)" if isinstance(exc, MemoryError) else ""
        print(f"error: the table could not be made: {failure(exc)}{hint}; nothing written", file=sys.stderr)
        return EXIT_NOTHING
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in result.skipped:
        print(skipped.message(), file=sys.stderr)
        if args.traceback and skipped.detail:
            print(skipped.detail.rstrip(), file=sys.stderr)
    try:
        if not result.extracted:
            write_frame(result.report(), report)
            print(f"no article could be read; nothing written ({len(result.skipped)} skipped, "
                  f"see {report})", file=sys.stderr)
            return EXIT_NOTHING
        write_table(result.table, out)
        write_frame(result.report(), report)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    if args.events_out and not _write_events(result.table, args.events_out):
        return EXIT_NOTHING
    seconds = time.perf_counter() - started
    print(f"{result.summary()} written to {out}{_reasons(result.skipped)}; report in {report} "
          f"({seconds:.1f} s)")
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def _write_events(table, path: Path) -> bool:
    from pipeline.events import events_view
    from pipeline.extract import failure
    from pipeline.store import StoreError, write_frame

    try:
        write_frame(events_view(table), path)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    except Exception as exc:  # the events view is a derived output: its failure must not hide the table
        print(f"error: the events view could not be made ({failure(exc)}); the mentions table was written",
              file=sys.stderr)
        return False
    return True


def _reasons(skipped) -> str:
    if not skipped:
        return ""
    counts: dict[str, int] = {}
    for item in skipped:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return " (skipped: " + "; ".join(f"{n} × {reason}" for reason, n in sorted(counts.items())) + ")"


def run_timex(args: argparse.Namespace) -> int:
    from pipeline.dates.timex import predict_file

    source = Path(args.texts)
    if not source.is_file():
        print(f"error: {source}: no such file", file=sys.stderr)
        return EXIT_NOTHING
    written = predict_file(str(source), args.out)
    print(f"{written} documents tagged to {args.out}")
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from pipeline.schema import markdown_table

    print(markdown_table())
    return EXIT_OK

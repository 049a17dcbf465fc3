"""Command line: ``python -m pipeline extract|timex|schema``.  No logic of its own."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_SKIPPED = 1      # the table was written, but some inputs were skipped (see the report)
EXIT_NOTHING = 3      # no input could be read; nothing was written


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return args.run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Find dated happenings and stock, valuation and money mentions in news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract", formatter_class=argparse.RawDescriptionHelpFormatter,
        help="articles (folders or files) to the mentions table",
        description="Read .txt, .md and .html articles (folders or single files; metadata from a "
                    "sources.csv manifest beside them when present) and write one row per mention.",
        epilog=f"exit status: {EXIT_OK} every input was extracted; {EXIT_SKIPPED} the table was written "
               f"but some inputs were skipped (reasons on stderr and in the report); {EXIT_NOTHING} no "
               "input could be read, nothing was written; 2 wrong arguments.")
    extract.add_argument("inputs", nargs="+", metavar="PATH", help="article files or folders of articles")
    extract.add_argument("--out", default="data/events.csv", metavar="TABLE",
                         help="where to write the table; .csv or .parquet (default: %(default)s)")
    extract.add_argument("--report", metavar="CSV",
                         help="where to write the run report, one line per input file: extracted with its "
                              "row count, or skipped with the reason (default: run_report.csv beside --out)")
    extract.add_argument("--events-out", metavar="TABLE",
                         help="also write the events view (one row per happening) here; .csv or .parquet")
    extract.add_argument("--no-progress", action="store_true",
                         help="do not show the progress bar (it is shown only on a terminal anyway)")
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


def run_extract(args: argparse.Namespace) -> int:
    from pipeline.events import events_view
    from pipeline.extract import extract_paths
    from pipeline.store import StoreError, write_frame, write_table

    progress = None
    if not args.no_progress:
        from tqdm import tqdm

        def progress(documents):
            return tqdm(documents, desc="extracting", unit="doc", file=sys.stderr, disable=None)

    result = extract_paths(args.inputs, progress=progress)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in result.skipped:
        print(skipped.message(), file=sys.stderr)
    out = Path(args.out)
    report = Path(args.report) if args.report else out.with_name("run_report.csv")
    try:
        write_frame(result.report(), report)
        if not result.documents:
            print(f"no article could be read; nothing written ({len(result.skipped)} skipped, "
                  f"see {report})", file=sys.stderr)
            return EXIT_NOTHING
        write_table(result.table, out)
        if args.events_out:
            write_frame(events_view(result.table), Path(args.events_out))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    print(f"{result.summary()} to {out}{_reasons(result.skipped)}; report in {report}")
    return EXIT_SKIPPED if result.skipped else EXIT_OK


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

"""Robustness at size: a 50 MB file and a folder of 10,000 small files through the CLI, as a user runs it.

    .venv/bin/python benchmarks/robustness.py [--case page|text|many ...] [--mb 50] [--files 10000]
                                              [--max-memory-mb 4000] [--timeout 1800]

Each case runs ``python -m pipeline extract ... --progress`` in a child process (the tqdm bar shows on
this terminal's stderr) and reports: exit code, the CLI's summary line, wall time, and the child's
peak memory (max RSS, from ``wait4``).  What "no crash" means: the CLI ends with its own exit code
(0, 1 or 3) and one-line messages, never a traceback or a kill.

Cases (built in a temporary folder, never in the repository):

* ``page``: one 50 MB HTML page as a browser's "save as a single file" writes it: the CNBC seed article
  in article markup, wrapped in inline scripts, styles and base64 ``data:`` images, which make the size.
* ``text``: one 50 MB plain-text file of newswire (the TempEval-3 training texts and the seeds, one after
  another, repeated) under a dateline: the stress case, every sentence of it extracted.
* ``many``: a folder of 10,000 small files, each three consecutive paragraphs of a TempEval text or a
  seed (with their creation dates in a sources.csv), one in a hundred of them bad (empty, binary,
  Windows-1252, a page without an article), so the skip path runs at scale too.

The memory bound the CLI keeps, and why: one article is held at a time (reading streams file by file),
so memory is the interpreter and libraries (~150 MB), plus the largest article times a small factor
(its text, matching form, sentence spans and the engines' working copies), plus the rows of the table
(about 1 kB each), plus linking mentions into events across the whole table.  ``--max-memory-mb``
caps the process's resident memory (default here 4000 MB): past it the document being extracted is
skipped with "MemoryCapExceeded", or the run ends with a one-line error, instead of the machine running
out of memory.
"""
from __future__ import annotations

import argparse
import base64
import csv
import os
import random
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"

from speed import add_shared_option, newswire_articles  # noqa: E402  (the same material as the speed benchmark)


def big_page(folder: Path, megabytes: float) -> Path:
    """A news page saved with everything inlined, padded to the size with scripts and images."""
    text = (SEEDS / "003_9d9642b119c4675d.txt").read_text(encoding="utf-8")
    paragraphs = "\n".join(f"<p>{p.strip()}</p>" for p in text.split("\n\n") if p.strip())
    rng = random.Random(7)
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How Alibaba overcame Beijing\'s '
            'crackdown to become an AI giant</title><meta property="article:published_time" '
            'content="2025-11-24T01:03:00+0000"><meta property="og:site_name" content="CNBC">')
    target = int(megabytes * 1_000_000)
    path = folder / "alibaba-saved-page.html"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head)
        size = len(head)
        chunk = 0
        while size < target - len(paragraphs) - 200:
            blob = base64.b64encode(rng.randbytes(300_000)).decode("ascii")
            piece = (f'<script>window.__STATE_{chunk}__ = "{blob[:100_000]}";</script>'
                     f'<style>.hero{chunk} {{ background: url(data:image/png;base64,{blob[100_000:200_000]}) }}</style>'
                     if chunk % 2 == 0 else
                     f'<img alt="" src="data:image/jpeg;base64,{blob[:200_000]}">')
            if chunk == 1:
                piece = ("</head><body><nav><a href='/'>Home</a></nav><main><article>" + paragraphs + "</article>"
                         + piece)
            fh.write(piece)
            size += len(piece)
            chunk += 1
        fh.write("<footer>&copy; 2025 CNBC LLC</footer></main></body></html>")
    return path


def big_text(folder: Path, megabytes: float, shared: Path) -> Path:
    articles = newswire_articles(shared)
    target = int(megabytes * 1_000_000)
    path = folder / "newswire-archive.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("November 2, 1989\n\n")
        size = 0
        while size < target:
            for _, text, _ in articles:
                piece = text.strip() + "\n\n"
                fh.write(piece)
                size += len(piece.encode("utf-8"))
                if size >= target:
                    break
    return path


def many_files(folder: Path, count: int, shared: Path) -> Path:
    corpus = folder / "many"
    corpus.mkdir()
    articles = newswire_articles(shared)
    split = [(name, [p for p in re.split(r"\n\s*\n", text) if p.strip()], dct) for name, text, dct in articles]
    bad = [("empty.txt", b""), ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
           ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
           ("cp1252.txt", "Jack Ma’s “comeback” began in 2023, the company said.".encode("cp1252"))]
    with open(corpus / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        manifest = csv.writer(fh)
        manifest.writerow(["file", "published"])
        for number in range(count):
            if number % 100 == 99:
                suffix, data = bad[(number // 100) % len(bad)]
                (corpus / f"{number:05d}-{suffix}").write_bytes(data)
                continue
            name, paragraphs, dct = split[number % len(split)]
            start = (number // len(split) * 3) % len(paragraphs)
            chosen = [paragraphs[(start + k) % len(paragraphs)].strip() for k in range(min(3, len(paragraphs)))]
            file = f"{number:05d}-{name}.txt"
            (corpus / file).write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
            manifest.writerow([file, dct])
    return corpus


def run_cli(inputs: list[Path], out: Path, max_memory_mb: float, timeout: float) -> dict:
    command = [sys.executable, "-m", "pipeline", "extract", *map(str, inputs), "--out", str(out), "--progress",
               "--max-memory-mb", str(max_memory_mb)]
    errors = bytearray()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stdout:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=PROJECT, stdout=stdout, stderr=subprocess.PIPE,
                                   start_new_session=True)
        timed_out = False
        while True:
            ready, _, _ = select.select([process.stderr], [], [], 0.5)
            if ready:
                chunk = os.read(process.stderr.fileno(), 65536)
                if not chunk:
                    break  # the child closed stderr: it has ended
                errors += chunk
                sys.stderr.write(chunk.decode("utf-8", errors="replace"))
                sys.stderr.flush()
            if time.perf_counter() - started > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                timed_out = True
                break
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        stdout.seek(0)
        summary = stdout.read().strip()
    text = errors.decode("utf-8", errors="replace")
    return {"exit": None if timed_out else os.waitstatus_to_exitcode(status), "timed_out": timed_out,
            "seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "summary": summary,
            "traceback": "Traceback" in text,
            "last_error": next((line for line in reversed(text.splitlines()) if line.startswith("error:")), "")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=["page", "text", "many"],
                        help="which case to run (repeatable; default: all three)")
    parser.add_argument("--mb", type=float, default=50.0, help="size of the large file in MB (default 50)")
    parser.add_argument("--files", type=int, default=10_000, help="number of small files (default 10000)")
    parser.add_argument("--max-memory-mb", type=float, default=4000,
                        help="memory cap given to the CLI (default 4000; 0 for none)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a case is stopped (default 1800)")
    add_shared_option(parser)
    args = parser.parse_args()

    cases = args.case or ["page", "text", "many"]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in cases:
            started = time.perf_counter()
            if case == "page":
                inputs, what = [big_page(folder, args.mb)], f"one {args.mb:g} MB HTML page"
            elif case == "text":
                inputs, what = [big_text(folder, args.mb, args.shared)], f"one {args.mb:g} MB text file"
            else:
                inputs, what = [many_files(folder, args.files, args.shared)], f"a folder of {args.files} small files"
            size = sum(p.stat().st_size for i in inputs for p in ([i] if i.is_file() else i.iterdir()))
            built = time.perf_counter() - started
            print(f"\n== {case}: {what} ({size / 1e6:.1f} MB, built in {built:.0f} s)", file=sys.stderr)
            result = run_cli(inputs, folder / f"{case}.csv", args.max_memory_mb, args.timeout)
            results.append((case, what, size, result))

    print("\ncase  input                             MB    exit     seconds  peak MB  summary")
    for case, what, size, r in results:
        ended = "timeout" if r["timed_out"] else str(r["exit"])
        summary = r["summary"] or r["last_error"] or ("stopped after --timeout" if r["timed_out"] else "")
        print(f"{case:<5} {what:<32} {size / 1e6:5.1f}  {ended:<7}  {r['seconds']:7.1f}  {r['peak_mb']:7.0f}  "
              f"{summary}{'  [TRACEBACK ON STDERR]' if r['traceback'] else ''}")


if __name__ == "__main__":
    main()

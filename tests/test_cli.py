"""The command line, run as a user runs it: messages naming file and reason, a report that adds up,
exit codes that say whether anything was skipped, and a previous table that nothing can spoil."""
import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from pipeline.cli import MemoryCapExceeded, MemoryWatch, build_parser
from tests.conftest import PROJECT, SEED_CNBC, SEED_FT, SEEDS
from tests.test_documents import BAD, expected_outcomes

SUMMARY = re.compile(r"(\d+) files?: (\d+) extracted(?: \((\d+) with no dates or figures\))?, (\d+) skipped, "
                     r"(\d+) warnings?; (\d+) rows written to (\S+?)(?:;| \()")


def extract(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def read_report(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_seeds_extract_with_exit_0_and_a_summary_that_adds_up(tmp_path):
    out = tmp_path / "events.csv"
    run = extract(SEEDS, "--out", out)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    files, extracted, _, skipped, warnings, rows, written = SUMMARY.search(run.stdout).groups()
    report = read_report(tmp_path / "run_report.csv")
    assert (int(files), int(extracted), int(skipped), int(warnings)) == (2, 2, 0, 0)
    assert {r["doc"] for r in report} == {SEED_CNBC.name, SEED_FT.name}
    assert sum(int(r["rows"]) for r in report) == int(rows) == len(read_report(out)) > 0
    assert written == str(out)


def test_the_bad_corpus_gives_each_file_its_expected_line_on_stderr_and_in_the_report(tmp_path):
    run = extract("tests/data/bad", "tests/data/bad/no_file_column", "--out", tmp_path / "events.csv")
    assert run.returncode == 1
    report = read_report(tmp_path / "run_report.csv")
    lines = run.stderr.splitlines()
    for expected in expected_outcomes():
        shown = f"tests/data/bad/{expected['file']}"
        if expected["status"] == "warning":
            assert f"warning: {shown}: {expected['message']}" in lines
            assert any(r["status"] == "warning" and r["file"] == shown and r["reason"] == expected["message"]
                       for r in report), expected
            continue
        [line] = [r for r in report if r["file"] == shown]
        assert (line["status"], line["reason"]) == (expected["status"], expected["message"])
        if expected["status"] == "skipped":
            assert lines.count(f"skipped {shown}: {expected['message']}") == 1
        else:
            assert line["encoding"] == expected["encoding"]
            assert (int(line["rows"]) == 0) == (expected["message"] == "no dates or figures found")
    assert len(lines) == len(expected_outcomes()) - sum(1 for e in expected_outcomes() if e["status"] == "extracted")
    assert "Traceback" not in run.stderr


def test_the_summary_line_of_the_bad_corpus_adds_up_to_its_report(tmp_path):
    run = extract("tests/data/bad", "tests/data/bad/no_file_column", "--out", tmp_path / "events.csv")
    files, extracted, empty, skipped, warnings, rows, _ = map(
        lambda g: g if g is None or not g.isdigit() else int(g), SUMMARY.search(run.stdout).groups())
    report = read_report(tmp_path / "run_report.csv")
    by_status = {status: [r for r in report if r["status"] == status] for status in ("extracted", "skipped", "warning")}
    on_disk = [p for p in BAD.rglob("*") if p.is_file() and p.name != "sources.csv"]
    assert files == extracted + skipped == len(on_disk) == len(by_status["extracted"]) + len(by_status["skipped"])
    assert (extracted, skipped, warnings) == tuple(len(by_status[s]) for s in ("extracted", "skipped", "warning"))
    assert empty == sum(1 for r in by_status["extracted"] if r["rows"] == "0")
    assert rows == sum(int(r["rows"]) for r in report) == len(read_report(tmp_path / "events.csv"))
    assert "(skipped: 1 × binary content (NUL bytes), not text; " in run.stdout


def test_no_readable_input_exits_3_writes_the_report_and_leaves_the_previous_table(tmp_path):
    out = tmp_path / "events.csv"
    assert extract(SEEDS, "--out", out).returncode == 0
    before = out.read_bytes()
    run = extract(BAD / "empty.txt", BAD / "cover.jpg", tmp_path / "missing", "--out", out)
    assert run.returncode == 3
    assert run.stderr.splitlines()[-1] == f"no article could be read; nothing written (3 skipped, see " \
                                          f"{tmp_path / 'run_report.csv'})"
    assert out.read_bytes() == before
    statuses = [r["status"] for r in read_report(tmp_path / "run_report.csv")]
    assert statuses.count("skipped") == 3 and set(statuses) == {"skipped", "warning"}  # the folder's manifest
    # warnings about the manifest itself, not about rows of files that were not given
    assert f"warning: {BAD / 'sources.csv'}: unknown columns ignored: source_site" in run.stderr.splitlines()
    assert "last Tuesday" not in run.stderr


@pytest.mark.parametrize("option", ["--out", "--report", "--events-out"])
def test_a_table_name_with_another_extension_is_refused_before_anything_runs(tmp_path, option):
    run = extract(SEEDS, option, tmp_path / "events.xlsx")
    assert run.returncode == 2
    assert f"events.xlsx: use a .csv or .parquet file name" in run.stderr
    assert not list(tmp_path.iterdir())


def test_an_output_that_cannot_be_written_exits_3_naming_it(tmp_path):
    (tmp_path / "data").write_text("a file where the folder should be", encoding="utf-8")
    run = extract(SEEDS, "--out", tmp_path / "data" / "events.csv")
    assert run.returncode == 3
    assert run.stderr.strip() == (f"error: {tmp_path}/data/events.csv: cannot be written "
                                  f"({tmp_path}/data is a file, not a folder)")


def test_help_documents_every_option_and_every_exit_status():
    run = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--help"], cwd=PROJECT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    extract_parser = build_parser()._subparsers._group_actions[0].choices["extract"]
    for action in extract_parser._actions:
        assert action.help, f"{action.dest} has no help"
        for flag in action.option_strings:
            assert flag in run.stdout
    for status in ("0", "1", "2", "3", "130"):
        assert re.search(rf"^\s+{status}\s+\S", run.stdout, re.MULTILINE), f"exit status {status} not explained"


def test_a_file_over_the_size_limit_is_skipped_as_too_large(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "archive.txt").write_text("Alibaba shares rose on Monday. " * 40_000, encoding="utf-8")
    run = extract(corpus, "--out", tmp_path / "events.csv", "--max-mb", "1")
    assert run.returncode == 1
    assert f"skipped {corpus / 'archive.txt'}: too large (1.2 MB; the limit is 1 MB)" in run.stderr.splitlines()


def test_a_memory_cap_too_small_to_start_is_refused_with_the_minimum():
    run = extract(SEEDS, "--max-memory-mb", "50")
    assert run.returncode == 2 and "give at least 300, or 0 for no cap" in run.stderr


def test_an_engine_crash_on_one_file_is_reported_and_the_run_goes_on(tmp_path):
    out = tmp_path / "events.csv"
    crashing_engine = (
        "import sys, pipeline.extract as extract\n"
        "real = extract.find_money\n"
        "def find_money(text, **kw):\n"
        "    if 'Financial Times' in text:\n"
        "        raise IndexError('list index out of range')\n"
        "    return real(text, **kw)\n"
        "extract.find_money = find_money\n"
        "from pipeline.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    run = subprocess.run([sys.executable, "-c", crashing_engine, "extract", str(SEEDS), "--out", str(out),
                          "--traceback"], cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    first = run.stderr.splitlines()[0]
    assert first == (f"skipped {SEEDS / SEED_FT.name}: extraction failed: IndexError: list index out of range "
                     f"(at <string>:5)")
    assert "Traceback (most recent call last)" in run.stderr  # --traceback
    assert {r["doc"] for r in read_report(out)} == {SEED_CNBC.name}


def test_the_progress_bar_is_shown_on_stderr_when_asked(tmp_path):
    run = extract(SEEDS, "--out", tmp_path / "events.csv", "--progress")
    assert run.returncode == 0
    assert re.search(r"reading and extracting: 100%\|.*\| 2/2", run.stderr)


def test_a_large_file_is_named_on_the_progress_bar_with_the_step_under_way(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = SEED_CNBC.read_text(encoding="utf-8")
    (corpus / "archive.txt").write_text(text * (1_100_000 // len(text) + 1), encoding="utf-8")  # over 1 MB
    run = extract(corpus, "--out", tmp_path / "events.csv", "--progress")
    assert run.returncode == 0
    steps = re.findall(r"archive\.txt \(1 MB\): ([a-z ,]+)", run.stderr)
    assert steps[:1] == ["reading"] and {"finding dates", "finding figures"} <= set(steps)


def test_ctrl_c_mid_run_exits_130_and_leaves_the_previous_table_intact(tmp_path):
    out = tmp_path / "events.csv"
    assert extract(SEEDS, "--out", out).returncode == 0
    before = out.read_bytes()
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = SEED_CNBC.read_bytes()
    for number in range(400):  # enough work that the interrupt lands mid-run
        (corpus / f"copy{number:03d}.txt").write_bytes(text)
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out),
                                "--progress"], cwd=PROJECT, stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                               # a runner started in the background ignores SIGINT, and a child inherits that
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    stderr = io.TextIOWrapper(process.stderr, encoding="utf-8", errors="replace")
    seen = ""
    while "reading and extracting" not in seen:
        seen += stderr.read(1) or pytest.fail("the run ended before it could be interrupted")
    process.send_signal(signal.SIGINT)
    rest = stderr.read()
    process.wait(timeout=60)
    assert process.returncode == 130, rest
    assert rest.strip().endswith("interrupted: nothing written (tables already in place are left as they were)")
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["events.csv", "many", "run_report.csv"]


def test_the_memory_watch_stops_work_that_passes_the_cap_and_lets_the_rest_go_on():
    baseline = MemoryWatch(1).resident()
    hoard = []
    with MemoryWatch((baseline + 100_000_000) / 1e6):
        with pytest.raises(MemoryCapExceeded, match=r"past the memory cap of [\d.]+ MB \(--max-memory-mb\)"):
            for _ in range(40):  # 800 MB if nothing stopped it
                hoard.append(b"\x01" * 20_000_000)
                time.sleep(0.05)
        grabbed = len(hoard)
        hoard.clear()
        time.sleep(1)  # the watch re-arms once memory is back under the cap
        with pytest.raises(MemoryCapExceeded):
            for _ in range(40):
                hoard.append(b"\x01" * 20_000_000)
                time.sleep(0.05)
    assert 5 <= grabbed < 40

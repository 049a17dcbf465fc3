"""The regression benchmark: two runs of the engine compared row by row (benchmarks/regression.py diff)."""
import json
import sys
from pathlib import Path

import pytest

from pipeline.dates.timex import timexes
from pipeline.extract import extract_paths
from pipeline.store import write_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from reader_sets import SETS  # noqa: E402
from regression import differences  # noqa: E402


@pytest.fixture(scope="module")
def table():
    return extract_paths([SETS / "setP"]).table


def write_run(folder: Path, table, tagged: dict) -> Path:
    folder.mkdir()
    write_table(table, folder / "setP.csv")
    with open(folder / "timex.jsonl", "w", encoding="utf-8") as fh:
        for doc, found in tagged.items():
            fh.write(json.dumps({"doc": doc, "timexes": found}) + "\n")
    return folder


def test_two_runs_of_the_same_engine_differ_in_nothing(tmp_path, table):
    tagged = {"rate_decision": timexes((SETS / "setP" / "rate_decision.txt").read_text(encoding="utf-8"), None)}
    old, new = write_run(tmp_path / "old", table, tagged), write_run(tmp_path / "new", table, tagged)
    assert differences(old, new) == ([], 0)


def test_a_row_whose_date_changed_shows_as_the_old_row_gone_and_the_new_one_come(tmp_path, table):
    changed = table.copy()
    first = changed.index[changed["when"].notna()][0]
    changed.loc[first, "when"] = "1999-01-01"
    lines, count = differences(write_run(tmp_path / "old", table, {}), write_run(tmp_path / "new", changed, {}))
    assert count == 2
    assert lines[0] == "=== setP.csv"
    assert [line[:4] for line in lines[1:]] == ["  - ", "  + "]
    assert " | 1999-01-01 | " in lines[2] and " | 1999-01-01 | " not in lines[1]


def test_ids_that_moved_are_not_a_difference(tmp_path, table):
    renumbered = table.copy()
    renumbered["mention_id"] = renumbered["mention_id"].iloc[::-1].to_numpy()
    assert differences(write_run(tmp_path / "old", table, {}), write_run(tmp_path / "new", renumbered, {})) == ([], 0)


def test_a_tempeval_document_whose_timexes_changed_counts_once(tmp_path, table):
    text = "The Fed met on Tuesday and will meet again in March."
    before = timexes(text, None)
    after = [dict(t, value="XXXX") for t in before]
    lines, count = differences(write_run(tmp_path / "old", table, {"d1": before}),
                               write_run(tmp_path / "new", table, {"d1": after}))
    assert count == 1
    assert lines[0] == "=== timex d1"
    assert len(before) == 2 and len(lines) == 1 + 2 * len(before)

"""Writing and reading tables: atomic, byte-stable, checked, and cached per corpus folder."""
import os
import signal
import subprocess
import sys
import time

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from pipeline import schema
from pipeline.store import (StoreError, cached_table_path, engine_files, is_stale, read_table, write_atomic,
                            write_table)
from tests.conftest import PROJECT, SEEDS
from tests.test_schema import a_row


def a_table():
    return schema.validate(schema.conform(pd.DataFrame([a_row(), a_row(mention_id="m2", percent=-8.1)])))


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_reads_back_as_written(tmp_path, suffix):
    path = write_table(a_table(), tmp_path / f"events{suffix}")
    back = read_table(path)
    pd.testing.assert_frame_equal(back, a_table())


def test_the_same_table_gives_the_same_bytes(tmp_path):
    first = write_table(a_table(), tmp_path / "a.csv").read_bytes()
    second = write_table(a_table(), tmp_path / "b.csv").read_bytes()
    assert first == second


def test_an_unknown_extension_is_refused_with_the_file_named(tmp_path):
    with pytest.raises(StoreError, match=r"events\.xlsx.*\.csv or \.parquet"):
        write_table(a_table(), tmp_path / "events.xlsx")


def test_a_table_from_another_contract_is_refused_on_read(tmp_path):
    (tmp_path / "old.csv").write_text("excerpt,when\nIt was Ant Group.,2020\n", encoding="utf-8")
    with pytest.raises(schema.ContractError, match="columns missing"):
        read_table(tmp_path / "old.csv")


def test_a_failed_write_leaves_the_previous_table_and_no_temporary_file(tmp_path):
    path = write_table(a_table(), tmp_path / "events.csv")
    before = path.read_bytes()

    def crash(tmp):
        tmp.write_text("half a tab", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, crash)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["events.csv"]


def test_a_run_killed_mid_write_leaves_the_previous_table_intact(tmp_path):
    path = write_table(a_table(), tmp_path / "events.csv")
    before = path.read_bytes()
    slow_writer = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from pipeline.store import write_atomic\n"
        "def slow(tmp):\n"
        "    with open(tmp, 'w') as fh:\n"
        "        fh.write('partial'); fh.flush(); print('writing', flush=True); time.sleep(30)\n"
        "write_atomic(Path(sys.argv[1]), slow)\n")
    process = subprocess.Popen([sys.executable, "-c", slow_writer, str(path)], cwd=PROJECT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert path.read_bytes() == before


def test_a_table_is_stale_when_an_article_is_newer(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("Alibaba shares rose.", encoding="utf-8")
    table = tmp_path / "events.csv"
    assert is_stale(table, corpus)
    write_table(a_table(), table)
    assert not is_stale(table, corpus)
    later = time.time() + 5
    os.utime(article, (later, later))
    assert is_stale(table, corpus)


def test_a_table_is_stale_when_a_rule_table_of_the_pipeline_is_newer(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Alibaba shares rose.", encoding="utf-8")
    table = tmp_path / "events.csv"
    write_table(a_table(), table)
    assert not is_stale(table, corpus)
    rule_table = next(p for p in engine_files() if p.suffix == ".tsv")
    earlier = rule_table.stat().st_mtime
    os.utime(table, (earlier - 5, earlier - 5))
    assert is_stale(table, corpus)


def test_another_corpus_is_cached_beside_the_default_table_never_over_it(tmp_path):
    data = tmp_path / "data"
    assert cached_table_path(SEEDS, data, SEEDS) == data / "events.csv"
    other = cached_table_path(tmp_path / "press", data, SEEDS)
    assert other.parent.parent == data / "corpora" and other.name == "events.csv"
    assert other != cached_table_path(tmp_path / "elsewhere" / "press", data, SEEDS)


# Any text an article may hold, including what CSV and spreadsheets treat specially.
cell_text = st.text(alphabet=st.sampled_from(list("Ant Group's \"IPO\", 8.1%\r\n\t=+-@;|\x00\u00a0\u2028\u200b’🚀阿"))
                    | st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=40, deadline=None)
@given(excerpt=cell_text, money_text=cell_text, actors=cell_text)
def test_any_text_in_a_cell_reads_back_exactly(tmp_path_factory, excerpt, money_text, actors):
    folder = tmp_path_factory.mktemp("table")
    row = a_row(excerpt=excerpt, char_end=10 + len(excerpt), money_text=money_text, actors=actors)
    table = schema.validate(schema.conform(pd.DataFrame([row])))
    for suffix in (".csv", ".parquet"):
        back = read_table(write_table(table, folder / f"events{suffix}"))
        assert (back.loc[0, "excerpt"], back.loc[0, "money_text"], back.loc[0, "actors"]) == \
            (excerpt, money_text, actors)


def test_a_table_that_cannot_be_written_names_its_path_and_leaves_no_temporary_file(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(StoreError, match=r"data/events\.csv: cannot be written \(.*/data is a file, not a folder\)"):
        write_table(a_table(), blocker / "events.csv")

    def disk_full(tmp):
        raise OSError(28, "No space left on device")

    with pytest.raises(StoreError, match=r"events\.csv: cannot be written \(No space left on device\)"):
        write_atomic(tmp_path / "events.csv", disk_full)
    assert sorted(os.listdir(tmp_path)) == ["data"]


def test_a_table_whose_file_is_not_a_table_is_refused_with_the_file_named(tmp_path):
    (tmp_path / "events.parquet").write_bytes(b"%PDF-1.7\n")
    with pytest.raises(StoreError, match=r"events\.parquet: cannot be read as a table"):
        read_table(tmp_path / "events.parquet")
    with pytest.raises(StoreError, match=r"missing\.csv: no such table"):
        read_table(tmp_path / "missing.csv")

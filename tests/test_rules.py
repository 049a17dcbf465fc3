"""Every resource table keeps the format of pipeline/rules.py."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.rules import (RESOURCES, RuleTableError, _past_opening_lookarounds, all_tables, finditer_past_lookarounds,
                            load_table, longest_first, prefix_tree, prefix_tree_not_after)


@pytest.mark.parametrize("name", all_tables())
def test_every_table_has_a_header_comment_and_an_example_for_every_rule(name):
    first_line = (RESOURCES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("#"), f"{name} starts without its header comment"
    rows = load_table(name)
    assert rows, f"{name} has no rules"
    empty = [row["_line"] for row in rows if not row["example"]]
    assert not empty, f"{name}: rules without an example on lines {empty}"


def test_a_table_without_an_example_column_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# a table\nword\tmeaning\nmay\tmonth\n", encoding="utf-8")
    monkeypatch.setattr("pipeline.rules.RESOURCES", tmp_path)
    load_table.cache_clear()
    with pytest.raises(RuleTableError, match="no 'example' column"):
        load_table("bad.tsv")
    load_table.cache_clear()


def test_a_row_with_too_many_cells_names_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# a table\nword\texample\nmay\tIn May\textra\n", encoding="utf-8")
    monkeypatch.setattr("pipeline.rules.RESOURCES", tmp_path)
    load_table.cache_clear()
    with pytest.raises(RuleTableError, match=r"bad.tsv:3"):
        load_table("bad.tsv")
    load_table.cache_clear()


_SHORT_WORDS = st.lists(st.text(alphabet="ab .", min_size=1, max_size=4).map(str.strip).filter(bool), max_size=6)


@given(_SHORT_WORDS, st.text(alphabet="ab .\n", max_size=12), st.sampled_from(["", r"\b", "a", r"\s+b"]))
def test_a_prefix_tree_of_words_matches_as_their_alternation_longest_first_does(words, text, after):
    # the tables' name lists are filled into patterns as prefix trees: a pattern's matches must not change with it
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    for start in range(len(text) + 1):
        expected = re.compile(f"(?:{flat}){after}").match(text, start)
        found = re.compile(f"(?:{prefix_tree(words)}){after}").match(text, start)
        assert (found and found.span()) == (expected and expected.span()), (words, text, start)


@given(_SHORT_WORDS.filter(lambda words: all(not w.startswith((" ", ".")) for w in words)),
       st.text(alphabet="ab .-\n", max_size=12), st.integers(0, 3))
def test_a_prefix_tree_whose_words_may_not_follow_a_class_finds_what_a_look_behind_finds(words, text, start):
    # the check after each word's first character lets re skip to those characters: the matches must be the same
    if not words:
        return
    expected = re.compile(f"(?<![a-])(?:{prefix_tree(words)})")
    found = re.compile(prefix_tree_not_after(words, "[a-]"))
    assert [m.span() for m in found.finditer(text, start)] == [m.span() for m in expected.finditer(text, start)]


# (pattern, text): patterns that open with look-arounds, as fiscal_told.tsv's rows do, on sentences where the
# look-around turns some places down
_LOOKAROUND_OPENINGS = [
    (r"(?<![a-z])(?:third|3rd)\s+quarter\s*,\s*(?:which|that)\s+(?P<verb>ended|ends)",
     "the retailer's third quarter, which ended on oct. 31, and its fiscal third quarter, which ends in january"),
    (r"(?<![a-z])(?<!fiscal\s)(?:first|1st)\s+quarter",
     "its fiscal first quarter beat the first quarter of 2025; the 1st quarter and worst quarter lagged"),
    (r"(?=[hs])(?<!second\s)(?:half(?:[\s-]year)?|six\s+months)\s+to\s+june",
     "for the half-year to june 30, against the second half to june and the six months to june"),
    (r"(?<![^\n])separately\s*,", "separately, the group said\nseparately , it added; inseparately, no"),
    (r"(?<![a-z])(?P<the>the\s+)?(?P<owner>[a-z][a-z0-9&.-]*+)'s\s+fiscal\s+year",
     "corvane's fiscal year ends in june, while the airline's fiscal year runs to march"),
]


@pytest.mark.parametrize("pattern, text", _LOOKAROUND_OPENINGS)
def test_matches_past_opening_lookarounds_are_those_of_finditer(pattern, text):
    # the rest of the pattern only finds the places to try it at: every match, its groups and its order stay
    compiled = re.compile(pattern)
    assert _past_opening_lookarounds(compiled) is not None
    expected = [(m.span(), m.groupdict()) for m in compiled.finditer(text)]
    assert expected
    assert [(m.span(), m.groupdict()) for m in finditer_past_lookarounds(compiled, text)] == expected


def test_a_pattern_with_no_opening_lookaround_or_no_word_after_it_is_searched_as_it_is():
    assert _past_opening_lookarounds(re.compile(r"fiscal\s+year(?<!x)")) is None
    assert _past_opening_lookarounds(re.compile(r"(?<![a-z])")) is None
    # (nor one whose rest opens with a class or a repeat: re would try that rest at every character as well)
    assert _past_opening_lookarounds(re.compile(r"(?<![a-z])(?P<owner>[a-z][a-z0-9&.-]*+)'s\s+fiscal")) is None
    assert _past_opening_lookarounds(re.compile(r"(?<![^\n])[\t ]*separately\s*,")) is None
    assert _past_opening_lookarounds(re.compile(r"(?<![a-z])a+b")) is None


@given(st.sampled_from([r"(?<![a-z])ab?a*", r"(?<!b\s)(?:ab|b)\s", r"(?=[ab])(?<![.])(?:a|b\.)"]),
       st.text(alphabet="ab .\n", max_size=14))
def test_matches_past_opening_lookarounds_are_those_of_finditer_on_any_text(pattern, text):
    compiled = re.compile(pattern)
    assert _past_opening_lookarounds(compiled) is not None
    assert ([(m.span(), m.group()) for m in finditer_past_lookarounds(compiled, text)]
            == [(m.span(), m.group()) for m in compiled.finditer(text)])


# Imports every module of the pipeline and builds the money lexicon and the role pattern of events (the patterns built
# from sets), recording the text of each pattern that code of the pipeline compiles (the standard library's own may
# vary with the seed: tokenize's string prefixes).
_PATTERNS_OF_A_PROCESS = """
import importlib, json, pkgutil, re, sys
compiled = set()
original = re._compile
def recording(pattern, flags):
    if '/pipeline/' in sys._getframe(2).f_code.co_filename.replace('\\\\', '/'):
        compiled.add((str(pattern), int(flags)))
    return original(pattern, flags)
re._compile = recording
import pipeline
for module in pkgutil.walk_packages(pipeline.__path__, 'pipeline.'):
    if module.name not in ('pipeline.__main__',):
        importlib.import_module(module.name)
importlib.import_module('pipeline.money.lexicon').lexicon()
importlib.import_module('pipeline.events')._role_object_pattern()
print(json.dumps(sorted(compiled)))
"""


def patterns_under_hash_seed(seed: str, project: Path = Path(__file__).resolve().parent.parent) -> list:
    """The texts of the patterns the pipeline compiles in a fresh process whose set order follows ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(project)}
    done = subprocess.run([sys.executable, "-c", _PATTERNS_OF_A_PROCESS], env=env, cwd=project, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def test_the_patterns_a_process_compiles_do_not_depend_on_its_hash_seed():
    # a pattern joined from a set in its iteration order would differ between processes: which of two words that
    # share a start is tried first
    first, second = patterns_under_hash_seed("1"), patterns_under_hash_seed("2")
    assert len(first) > 500
    assert first == second


def test_longest_first_puts_a_phrase_before_the_word_it_opens_with_and_one_length_in_alphabetical_order():
    words = ["chief", "cfo", "chief executive", "ceo", "cfo"]
    assert longest_first(words) == ["chief executive", "chief", "ceo", "cfo"]

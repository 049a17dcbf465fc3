"""The TempEval benchmark's reading of DATE value differences by kind (benchmarks/tempeval.py --explain)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from tempeval import difference_kind  # noqa: E402


@pytest.mark.parametrize("gold, system, kind", [
    ("2000-W7", "2000-W07", "gold writes the ISO week unpadded (2000-W7)"),
    ("1989-WXX", "1989-W43", "gold leaves a part unnamed (X), the engine names it"),
    ("1949-XX", "1949", "gold leaves a part unnamed (X), the engine names it"),
    ("PAST_REF", "PXM", "a vague reference against a value"),
    ("P1W", "1998-W33", "a duration against a date"),
    ("1998-10-23", "1998-10-23TNI", "a part of the day added or named otherwise"),
    ("2000-01-05TEV", "2000-01-05TNI", "a part of the day added or named otherwise"),
    ("1988", "1988-Q3", "the same time, coarser or finer"),
    ("1990-08-09", "1990-08-16", "another value (read these by hand)"),
    ("2000-01-05TEV", "2000-01-12TNI", "another value (read these by hand)"),
])
def test_a_value_difference_is_read_by_its_kind(gold, system, kind):
    assert difference_kind(gold, system) == kind

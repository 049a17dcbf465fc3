"""CSV downloads: every column, UTF-8, and cells a spreadsheet would run as formulas neutralised."""
import io

import pandas as pd
import pytest

from ui.exports import csv_bytes, neutralise_cell


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                                  "\tTab first", "\rReturn first"])
def test_a_cell_a_spreadsheet_would_run_is_neutralised(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-8.1", "+3", "-0.5e3", "Alibaba", "", "2021-Q3"])
def test_numbers_and_plain_text_are_left_alone(cell):
    assert neutralise_cell(cell) == cell


def test_the_csv_keeps_every_column_and_unicode_text():
    frame = pd.DataFrame({"excerpt": ["=1+1 was “typed” by Ma’s fans", "Alibaba fell 8.1%"],
                          "percent": [None, -8.1], "when": ["2021", "2025-11-24"]})
    back = pd.read_csv(io.BytesIO(csv_bytes(frame)), encoding="utf-8", keep_default_na=False)
    assert list(back.columns) == ["excerpt", "percent", "when"]
    assert back["excerpt"].tolist() == ["'=1+1 was “typed” by Ma’s fans", "Alibaba fell 8.1%"]
    assert back["percent"].iloc[1] == "-8.1"

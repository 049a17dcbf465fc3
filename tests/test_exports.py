"""Downloads (ui/exports.py): CSV safe for spreadsheets, Parquet and JSON with the raw text, every
contract column; the chart as an image when the server can draw one."""
import io
import json
import threading

import pandas as pd
import plotly.graph_objects as go
import pytest

from pipeline import schema
from ui import exports
from ui.data import contract_columns, prepare
from ui.exports import csv_bytes, json_bytes, neutralise_cell, parquet_bytes
from ui_samples import hostile_table, seed_table


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


def test_the_csv_of_the_page_table_has_exactly_the_contract_columns_and_iso_dates():
    back = pd.read_csv(io.BytesIO(csv_bytes(contract_columns(prepare(seed_table())))), dtype=str,
                       keep_default_na=False)
    assert tuple(back.columns) == schema.NAMES
    assert back["start"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert set(back["when"]) >= {"2020-11", "2018-10/2021-12", "2025-11-24"}


def test_helper_columns_of_the_page_never_reach_a_download():
    prepared = prepare(seed_table())
    for build in (csv_bytes, json_bytes):
        assert b"_hover" not in build(prepared)
    assert not [c for c in pd.read_parquet(io.BytesIO(parquet_bytes(prepared))).columns if c.startswith("_")]


def test_a_hostile_formula_is_defused_in_csv_but_kept_raw_in_parquet_and_json():
    table, _ = hostile_table()
    csv = pd.read_csv(io.BytesIO(csv_bytes(table)), dtype=str, keep_default_na=False)
    assert csv["headline"].iloc[1].startswith("'=HYPERLINK")
    assert pd.read_parquet(io.BytesIO(parquet_bytes(table)))["headline"].iloc[1].startswith("=HYPERLINK")
    assert json.loads(json_bytes(table))[1]["headline"].startswith("=HYPERLINK")
    assert csv["percent"].iloc[1] == "-8.1"


def test_parquet_reads_back_to_the_same_table():
    table = seed_table()
    back = schema.validate(schema.conform(pd.read_parquet(io.BytesIO(parquet_bytes(table)))))
    pd.testing.assert_frame_equal(back, table.reset_index(drop=True))


def test_json_is_utf8_records_with_nulls_for_missing_figures():
    records = json.loads(json_bytes(seed_table()).decode("utf-8"))
    zhang = [r for r in records if r["excerpt"].startswith("Daniel Zhang")][0]
    assert zhang["amount"] is None and zhang["date_start"] > 0 and "’" in json_bytes(seed_table()).decode("utf-8")


def test_without_a_browser_the_image_export_says_what_to_install(monkeypatch):
    monkeypatch.setattr(exports, "_browser_path", lambda: "")
    problem = exports.image_export_problem()
    assert "chromium" in problem.lower() and "camera" in problem
    with pytest.raises(RuntimeError, match="Chromium"):
        exports.figure_image(go.Figure(), "png")


def test_an_unknown_image_format_is_refused():
    with pytest.raises(ValueError, match="png or svg"):
        exports.figure_image(go.Figure(), "gif")


def exports_with_a_browser(monkeypatch, started: bool) -> threading.Event:
    """The export module as on a server with a browser, its time limit short; the event releases what hangs."""
    monkeypatch.setattr(exports, "image_export_problem", lambda: "")
    monkeypatch.setattr(exports, "IMAGE_SECONDS", 0.2)
    monkeypatch.setattr(exports, "_server_started", started)
    monkeypatch.setattr(exports, "_server_hung", False)
    return threading.Event()


def test_a_shared_browser_that_hangs_is_given_up_for_one_of_the_images_own(monkeypatch):
    hang = exports_with_a_browser(monkeypatch, started=True)
    monkeypatch.setattr(exports, "_shared_browser_image", lambda figure, fmt: hang.wait(5))
    monkeypatch.setattr(exports, "_own_browser_image", lambda figure, fmt: b"drawn by its own browser")
    assert exports.figure_image(go.Figure(), "png") == b"drawn by its own browser"
    assert exports._server_hung and not exports.start_image_server()
    # and an image whose own browser hangs too ends with a message, not with a download that never comes
    monkeypatch.setattr(exports, "_own_browser_image", lambda figure, fmt: hang.wait(5))
    with pytest.raises(TimeoutError, match="browser hung"):
        exports.figure_image(go.Figure(), "png")
    hang.set()


def test_a_shared_browser_that_does_not_start_is_given_up_for_one_of_the_images_own(monkeypatch):
    import kaleido
    hang = exports_with_a_browser(monkeypatch, started=False)
    monkeypatch.setattr(exports, "_server_lock", threading.Lock())

    def never_starts(**options):
        hang.wait(5)
        raise RuntimeError("the browser did not start")   # (so the late thread leaves the module as it was)
    monkeypatch.setattr(kaleido, "start_sync_server", never_starts)
    monkeypatch.setattr(exports, "_own_browser_image", lambda figure, fmt: b"drawn by its own browser")
    assert not exports.start_image_server()
    assert exports._server_hung and not exports._server_started
    assert exports.figure_image(go.Figure(), "png") == b"drawn by its own browser"
    hang.set()


def test_an_error_while_drawing_reaches_the_caller_as_itself(monkeypatch):
    monkeypatch.setattr(exports, "image_export_problem", lambda: "")
    monkeypatch.setattr(exports, "_server_started", False)

    def broken(figure, fmt):
        raise ValueError("bad figure")
    monkeypatch.setattr(exports, "_own_browser_image", broken)
    with pytest.raises(ValueError, match="bad figure"):
        exports.figure_image(go.Figure(), "svg")


@pytest.mark.skipif(bool(exports.image_export_problem()), reason="no kaleido/chromium here for server-side export")
def test_the_chart_becomes_a_png_and_an_svg_at_presentation_size():
    from ui.figures import FigureStyle, export_ready, timeline_figure
    style = FigureStyle(present=True, title="Alibaba", source_line="Source: CNBC (2025-11-24)")
    ready = export_ready(timeline_figure(prepare(seed_table()), style=style), style)
    png = exports.figure_image(ready, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1920, 1080)
    svg = exports.figure_image(ready, "svg").decode("utf-8")
    assert svg.startswith("<svg") and "Source: CNBC (2025-11-24)" in svg

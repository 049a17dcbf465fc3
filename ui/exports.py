"""Downloads: the shown rows, the whole table or the events view as CSV, Parquet or JSON, and the chart
as PNG or SVG.

CSV is for spreadsheets: UTF-8, every contract column, dates as ISO strings, and cells a spreadsheet
would run as a formula neutralised (OWASP CSV injection advice).  Parquet and JSON are for programs:
they keep the raw text.  The page builds each file only when its button is pressed.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import threading
import warnings
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from pipeline import schema

# A cell that starts like a formula but is a plain number ("-8.1", "+3") is left alone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet would evaluate, keeping numbers such as -8.1 intact."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def public_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without the page's helper columns (``_x0``, ``_hover`` …)."""
    return frame[[c for c in frame.columns if not str(c).startswith("_")]]


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as spreadsheet-safe CSV bytes (UTF-8, helper columns dropped)."""
    safe = public_columns(frame).copy()
    for name in safe.columns:
        column = schema.BY_NAME.get(name)
        if (column is not None and column.type == "str") or safe[name].dtype == object or \
                pd.api.types.is_string_dtype(safe[name]):
            safe[name] = safe[name].map(lambda v: neutralise_cell(v) if isinstance(v, str) else v)
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """The table as Parquet, raw text kept."""
    buffer = io.BytesIO()
    public_columns(frame).reset_index(drop=True).to_parquet(buffer, index=False)
    return buffer.getvalue()


def json_bytes(frame: pd.DataFrame) -> bytes:
    """The table as a JSON array of records (UTF-8, missing values as null), raw text kept."""
    text = public_columns(frame).reset_index(drop=True).to_json(orient="records", force_ascii=False, indent=1)
    return text.encode("utf-8")


DOWNLOADS = {  # format -> (builder, MIME type, file extension)
    "CSV": (csv_bytes, "text/csv", "csv"),
    "Parquet": (parquet_bytes, "application/vnd.apache.parquet", "parquet"),
    "JSON": (json_bytes, "application/json", "json"),
}


# ---------------------------------------------------------------------------------------------
# the chart as an image (kaleido drives a headless chromium)

def _browser_path() -> str:
    given = os.environ.get("BROWSER_PATH", "")
    if given and Path(given).is_file():
        return given
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else "")


def image_export_problem() -> str:
    """Why the server cannot draw the chart as PNG/SVG here ("" when it can)."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return ("PNG/SVG export needs the kaleido package (pip install kaleido); the chart's own camera "
                "button still saves a PNG from the browser.")
    if not _browser_path():
        return ("PNG/SVG export needs a Chromium browser on the server (Debian: apt-get install chromium; "
                "or set BROWSER_PATH); the chart's own camera button still saves a PNG from the browser.")
    return ""


_server_lock = threading.Lock()
_server_started = False
# Set when the shared browser stopped answering: kaleido cannot close it then (closing waits for it),
# so each later image is drawn by a browser of its own.
_server_hung = False
# How long one image may take before its browser is given up (seconds): a first image takes 2-4 s, a
# busy machine several times that.
IMAGE_SECONDS = 60.0


def start_image_server() -> bool:
    """Keep one headless browser for exports, once per process (the first image then takes ~2 s, later
    ones ~0.3 s).  Safe to call from the thread a download runs in.  A browser that does not start within
    :data:`IMAGE_SECONDS` is given up like one that hangs: each image then starts a browser of its own."""
    global _server_hung
    if image_export_problem() or _server_hung:
        return False
    try:
        return _within(IMAGE_SECONDS, _start_shared_browser)
    except TimeoutError:
        _server_hung = True
        return False


def _start_shared_browser() -> bool:
    global _server_started
    with _server_lock:
        if not _server_started:
            try:
                import kaleido
                # kaleido's page loads MathJax from a CDN by default: without a network the first
                # image then waits minutes for it; the chart has no LaTeX, so no MathJax
                kaleido.start_sync_server(mathjax=False, silence_warnings=True)
                _server_started = True
            except Exception:  # a failed start only makes each export start its own browser
                return False
    return True


def figure_image(figure: go.Figure, fmt: str) -> bytes:
    """``figure`` (already made export-ready, see ``ui.figures.export_ready``) as PNG or SVG bytes."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be png or svg, not {fmt!r}")
    problem = image_export_problem()
    if problem:
        raise RuntimeError(problem)
    global _server_hung
    if _server_started and not _server_hung:
        try:
            return _within(IMAGE_SECONDS, lambda: _shared_browser_image(figure, fmt))
        except TimeoutError:
            # seen once in a few hundred exports on a loaded machine: the shared browser never answers
            _server_hung = True
    return _within(IMAGE_SECONDS, lambda: _own_browser_image(figure, fmt))


def _shared_browser_image(figure: go.Figure, fmt: str) -> bytes:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*kopts.*")
        return figure.to_image(format=fmt)


def _own_browser_image(figure: go.Figure, fmt: str) -> bytes:
    """The image drawn by a browser started for it alone, outside kaleido's shared one."""
    import asyncio

    import kaleido
    layout = figure.layout
    options = {"format": fmt, "width": layout.width or 700, "height": layout.height or 500}
    return asyncio.run(kaleido.calc_fig(figure.to_dict(), opts=options, kopts={"mathjax": False}))


def _within(seconds: float, make):
    """``make()`` run in a thread of its own, given up after ``seconds``: a hung browser must not hold
    a download (or the page) forever."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = make()
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True, name="chart-image")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"the chart image was not drawn within {seconds:.0f} s (the headless browser hung)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

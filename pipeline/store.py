"""Writing and reading tables: atomically, in CSV or Parquet by extension, checked against the contract.

A write goes to a temporary file in the same folder that is renamed into place, so a crash or
Ctrl-C mid-write leaves the previous table intact.  The same table always gives the same bytes.
Cells are written verbatim (the excerpts are exact slices of the articles; the scorer reads them):
neutralising cells a spreadsheet would run as formulas is the job of the page's downloads
(``ui/exports.py``), not of the pipeline's own table.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.documents import ARTICLE_SUFFIXES, MANIFEST

SUPPORTED = (".csv", ".parquet")


class StoreError(ValueError):
    """A table cannot be written or read; the message names the file and the reason."""


def table_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED:
        raise StoreError(f"{path}: unsupported table format {suffix or '(none)'!r}; use .csv or .parquet")
    return suffix


def write_table(frame: pd.DataFrame, path: str | Path, *, validate: bool = True) -> Path:
    """Write a table atomically; the format follows the extension."""
    path = Path(path)
    suffix = table_format(path)
    if validate:
        frame = schema.validate(schema.conform(frame))
    return write_atomic(path, lambda tmp: _write(frame, tmp, suffix))


def write_frame(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write any frame (e.g. the run report) atomically, without the mentions contract."""
    path = Path(path)
    suffix = table_format(path)
    return write_atomic(path, lambda tmp: _write(frame, tmp, suffix))


def _write(frame: pd.DataFrame, tmp: Path, suffix: str) -> None:
    if suffix == ".csv":
        # CRLF between records, as RFC 4180 has it: the csv writer quotes a cell holding any character
        # of the line terminator, so a lone "\r" inside a sentence is quoted too; with "\n" alone it
        # would not be, and readers would split the record there.
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\r\n")
    else:
        frame.to_parquet(tmp, index=False)


def write_atomic(path: Path, write) -> Path:
    """Run ``write(tmp_path)`` on a temporary file beside ``path``, then rename it into place.

    The temporary file is flushed to disk before the rename, so after a crash (or a power cut) the
    path holds either the previous table or the new one, whole.  A file system that refuses the
    write raises :class:`StoreError` naming the path; Ctrl-C and other interruptions propagate after
    the temporary file is removed.
    """
    path = Path(path)
    blocker = next((p for p in (path.parent, *path.parent.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise StoreError(f"{path}: cannot be written ({blocker} is a file, not a folder)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StoreError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
        if isinstance(exc, UnicodeEncodeError):
            raise StoreError(f"{path}: cannot be written, a cell is not valid text ({exc})") from exc
        raise
    return path


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a mentions table and check it against the contract (StoreError/ContractError if not)."""
    path = Path(path)
    suffix = table_format(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such table")
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        else:
            frame = pd.read_parquet(path)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot be read as a table ({exc})") from exc
    frame = frame.replace({"": None}) if suffix == ".csv" else frame
    return schema.validate(schema.conform(frame))


# ---------------------------------------------------------------------------------------------
# the cache of tables built from a corpus folder

def corpus_inputs(folder: Path) -> list[Path]:
    """The files whose change makes a corpus's table stale: articles and the manifest."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or p.name == MANIFEST))


def engine_files() -> list[Path]:
    """The pipeline's own code and rule tables: a table built before they changed (a new version pulled,
    a rule edited) is out of date too."""
    package = Path(__file__).resolve().parent
    return sorted(p for p in package.rglob("*") if p.suffix in (".py", ".tsv") and p.is_file())


def is_stale(table: Path, folder: Path) -> bool:
    """True when the table is missing or older than an article or the manifest of its folder, or than
    the pipeline's code and rules."""
    if not table.is_file():
        return True
    built = table.stat().st_mtime
    return any(p.stat().st_mtime > built for p in [*corpus_inputs(folder), *engine_files()])


def cached_table_path(folder: Path, data_dir: Path, default_corpus: Path) -> Path:
    """Where a corpus's table lives: ``data/events.csv`` for the default corpus, else a file of its own
    beside it, named after the folder and a hash of its full path (never over the default table)."""
    if folder.resolve() == default_corpus.resolve():
        return data_dir / "events.csv"
    digest = hashlib.sha1(str(folder.resolve()).encode("utf-8")).hexdigest()[:10]
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in folder.resolve().name) or "corpus"
    return data_dir / "corpora" / f"{safe}-{digest}" / "events.csv"

"""Articles added in the page: checked, read, extracted, joined to the corpus's table for the session,
and saved into the corpus folder on request.

Upload file names are untrusted: they become a plain file name (no folders, no leading dots, no
control characters) before they name anything, and a saved file always lands directly inside the
corpus folder, never over an existing file without saying so.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.documents import ARTICLE_SUFFIXES, MANIFEST, Corpus, Document, UnreadableArticle, document_from_bytes
from pipeline.extract import extract_corpus, mentions_table
from pipeline.store import write_atomic

MAX_UPLOAD_MB = 10
MAX_NAME_LENGTH = 120
_UNSAFE = re.compile(r"[^\w.\- ()]+")
_RUNS = re.compile(r"[ _]{2,}")


def safe_file_name(name: str) -> str:
    """A plain file name from an upload's name: the last path part, letters, digits and ``._-() ``
    only, no leading dot, at most MAX_NAME_LENGTH characters, its suffix kept ("" if nothing is left)."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _RUNS.sub("_", _UNSAFE.sub("_", name)).strip(" ._")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.strip(" ._")[: MAX_NAME_LENGTH - len(suffix) - 1]
    if not stem:
        return ""
    return f"{stem}.{suffix}" if suffix else stem


@dataclass
class UploadOutcome:
    """What became of every uploaded file, and the rows of those that were read."""

    documents: list[Document] = field(default_factory=list)
    data: dict[str, bytes] = field(default_factory=dict)       # doc -> bytes, for "save into the corpus"
    table: pd.DataFrame = field(default_factory=schema.empty)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (level: success|info|warning|error, text)
    files: frozenset[str] = frozenset()   # the upload ids already read (the page's own key for a file)

    @property
    def token(self) -> str:
        """Changes whenever the set of uploaded articles does (the page's cache key)."""
        return ";".join(sorted(self.files)) + f"|{len(self.table)}"


def check_upload(name: str, size: int, limit_mb: float = MAX_UPLOAD_MB) -> str:
    """Why an upload is refused before it is read ("" if it is not)."""
    if size > limit_mb * 1_000_000:
        return (f"{name}: too large ({size / 1_000_000:.1f} MB); the page takes files up to {limit_mb:g} MB. "
                f"Put larger files in the corpus folder and run `python -m pipeline extract`.")
    return ""


def read_uploads(files: Iterable[tuple[str, bytes]], *, limit_mb: float = MAX_UPLOAD_MB,
                 corpus_docs: Iterable[str] = (),
                 progress: Callable[[float, str], None] | None = None) -> UploadOutcome:
    """Read and extract uploaded files ``(name, bytes)``; every file ends up read (with its row count)
    or refused (with its reason), in ``messages``.  ``progress(fraction, text)`` is called as it goes."""
    outcome = UploadOutcome()
    files = list(files)
    known = set(corpus_docs)
    for number, (given, data) in enumerate(files, 1):
        if progress:
            progress((number - 1) / max(len(files), 1) / 2, f"Reading {given}")
        name = safe_file_name(given)
        if not name:
            outcome.messages.append(("error", f"{given!r}: skipped, the name has no usable characters"))
            continue
        refused = check_upload(name, len(data), limit_mb)
        if refused:
            outcome.messages.append(("error", refused))
            continue
        if name in outcome.data:
            outcome.messages.append(("warning", f"{name}: skipped, a file of the same name was uploaded first"))
            continue
        try:
            document = document_from_bytes(name, data)
        except UnreadableArticle as exc:
            outcome.messages.append(("error", f"{name}: skipped, {exc}"))
            continue
        if name in known:
            outcome.messages.append(("info", f"{name}: a corpus article has this name; the upload replaces it "
                                             f"for this session"))
        outcome.documents.append(document)
        outcome.data[name] = data
    if outcome.documents:
        steps = iter(range(1, len(outcome.documents) + 1))

        def tracked(documents):
            for document in documents:
                if progress:
                    progress(0.5 + next(steps) / len(outcome.documents) / 2, f"Extracting {document.doc}")
                yield document

        try:
            extraction = extract_corpus(Corpus(documents=outcome.documents), progress=tracked)
        except Exception as exc:  # one bad upload must not take the page down; say what happened
            outcome.messages.append(("error", f"extraction failed: {type(exc).__name__}: {exc}"))
            outcome.documents, outcome.data = [], {}
            return outcome
        outcome.table = extraction.table
        for document in outcome.documents:
            rows = extraction.rows_per_document.get(document.doc, 0)
            found = f"{rows} row{'s' if rows != 1 else ''}" if rows else "read, but no dates or figures found"
            outcome.messages.append(("success" if rows else "info", f"{document.doc}: {found}"))
    if progress:
        progress(1.0, "Done")
    return outcome


def combine(earlier: UploadOutcome | None, later: UploadOutcome) -> UploadOutcome:
    """The session's uploads so far with a new batch: an article uploaded again under the same name
    replaces the earlier one; every message is kept, newest last."""
    if earlier is None:
        return later
    replaced = {d.doc for d in later.documents}
    documents = [d for d in earlier.documents if d.doc not in replaced] + later.documents
    data = {doc: content for doc, content in earlier.data.items() if doc not in replaced} | later.data
    kept = earlier.table[~earlier.table["doc"].isin(replaced)]
    frames = [frame for frame in (kept, later.table) if not frame.empty]
    table = schema.validate(schema.conform(pd.concat(frames, ignore_index=True))) if frames else schema.empty()
    return UploadOutcome(documents=documents, data=data, table=table,
                         messages=earlier.messages + later.messages,
                         files=earlier.files | later.files)


def merge_tables(corpus_table: pd.DataFrame, upload_table: pd.DataFrame) -> pd.DataFrame:
    """The corpus's table with the session's uploads, events linked again across both.

    Concatenating alone would keep two ids for a happening reported by a corpus article and an upload;
    linking again over the union joins them, and leaves every other event id as it was (an id is its
    group's smallest mention id).  An upload with a corpus article's name replaces that article.
    """
    if upload_table.empty:
        return corpus_table
    kept = corpus_table[~corpus_table["doc"].isin(set(upload_table["doc"]))]
    rows = pd.concat([schema.conform(kept), schema.conform(upload_table)], ignore_index=True)
    rows["event_id"] = ""
    return mentions_table(rows.to_dict("records"))


@dataclass(frozen=True)
class Saved:
    path: Path | None
    message: str
    level: str   # success | info | error


def save_into_corpus(corpus: Path, name: str, data: bytes) -> Saved:
    """Write an uploaded file into the corpus folder under a safe name.

    An identical file already there is left alone; a different file of that name is never overwritten:
    the upload is saved as ``name (2).ext`` and the message says so.
    """
    corpus = Path(corpus).resolve()
    safe = safe_file_name(name)
    if not safe or Path(safe).suffix.lower() not in ARTICLE_SUFFIXES or safe == MANIFEST:
        return Saved(None, f"{name!r}: not saved, not an article file name "
                           f"(expected {', '.join(ARTICLE_SUFFIXES)})", "error")
    if not corpus.is_dir():
        return Saved(None, f"{safe}: not saved, the corpus folder {corpus} does not exist", "error")
    target = corpus / safe
    stem, suffix = Path(safe).stem, Path(safe).suffix
    number = 1
    while target.exists():
        if target.is_file() and target.read_bytes() == data:
            return Saved(target, f"{safe}: already in the corpus as {target.name}, unchanged", "info")
        number += 1
        target = corpus / f"{stem} ({number}){suffix}"
    if target.resolve().parent != corpus:
        return Saved(None, f"{safe}: not saved, it would land outside the corpus folder", "error")
    try:
        write_atomic(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        return Saved(None, f"{safe}: not saved ({exc.strerror or exc})", "error")
    if target.name != safe:
        return Saved(target, f"{safe}: a different file of that name is in the corpus; saved as {target.name}",
                     "info")
    return Saved(target, f"{safe}: saved into {corpus}", "success")

"""Getting the table the page shows: read it from the cache, or rebuild it when stale."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.documents import Document, read_corpus
from pipeline.extract import extract_corpus
from pipeline.store import StoreError, cached_table_path, is_stale, read_table, write_frame, write_table

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT / "seeds"
DATA_DIR = PROJECT / "data"


@dataclass
class Loaded:
    table: pd.DataFrame
    documents: dict[str, Document]
    table_path: Path
    rebuilt: bool
    messages: list[str]


def load_corpus(corpus: Path = DEFAULT_CORPUS, data_dir: Path = DATA_DIR) -> Loaded:
    """The mentions table of a corpus folder, rebuilt first when missing, older than the articles, or
    written under another contract; with the documents themselves (for excerpts and the article view)."""
    corpus = Path(corpus)
    table_path = cached_table_path(corpus, data_dir, DEFAULT_CORPUS)
    read = read_corpus([corpus])
    messages = [s.message() for s in read.skipped] + [f"warning: {w}" for w in read.warnings]
    documents = {d.doc: d for d in read.documents}
    if not is_stale(table_path, corpus):
        try:
            return Loaded(read_table(table_path), documents, table_path, False, messages)
        except (StoreError, schema.ContractError) as exc:
            messages.append(f"rebuilding {table_path.name}: {exc}")
    result = extract_corpus(read)
    write_table(result.table, table_path)
    write_frame(result.report(), table_path.with_name("run_report.csv"))
    return Loaded(result.table, documents, table_path, True, messages)

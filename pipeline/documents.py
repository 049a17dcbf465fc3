"""Reading articles: files to :class:`Document` records (text + metadata), or to a reason for skipping.

Accepts ``.txt``, ``.md`` and ``.html``/``.htm`` files, given one by one or as folders.  Metadata
(title, publisher, publication date, URL, locale) comes, in this order of trust, from a
``sources.csv`` manifest beside the files, from the HTML's own metadata, or from the article's
first lines (a dateline such as "November 24, 2025"; the first short line as the title).  What none
of them gives stays empty, and the table says so.

This module knows nothing of dates inside the text or of money: it only reads.  The one date it
parses is the publication date (manifest, HTML metadata or dateline), with dateparser.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.rules import load_table
from pipeline.sentences import matching_form

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MANIFEST = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "publisher", "published", "published_origin", "url", "locale")


@dataclass(frozen=True)
class Document:
    doc: str                    # file name, the document's key in the table
    path: str
    text: str                   # the text as read (for HTML: the extracted article text)
    title: str = ""
    publisher: str = ""
    published: dt.date | None = None
    published_origin: str = ""  # manifest: ..., html-meta, dateline, or ""
    url: str = ""
    locale: str = ""            # e.g. en-US; decides numeric dates such as 03/04/2025
    encoding: str = "utf-8"

    @functools.cached_property
    def form(self) -> str:
        """The matching form of the text (same length; see pipeline.sentences)."""
        return matching_form(self.text)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def message(self) -> str:
        return f"skipped {self.path}: {self.reason}"


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class UnreadableArticle(ValueError):
    """The file cannot become an article; the message is the reason shown to the user."""


# ---------------------------------------------------------------------------------------------
# corpus

def read_corpus(inputs: list[str | Path]) -> Corpus:
    """Read folders and files; every input path ends up in ``documents`` or in ``skipped``."""
    corpus = Corpus()
    seen: dict[str, str] = {}
    for path, manifest_row in _article_paths(inputs, corpus):
        try:
            document = read_article(path, manifest_row)
        except UnreadableArticle as exc:
            corpus.skipped.append(Skipped(str(path), str(exc)))
            continue
        except OSError as exc:
            corpus.skipped.append(Skipped(str(path), f"cannot be read ({exc.strerror or exc})"))
            continue
        if document.doc in seen:
            corpus.skipped.append(Skipped(
                str(path), f"another article with the same file name was read first ({seen[document.doc]})"))
            continue
        seen[document.doc] = str(path)
        corpus.documents.append(document)
    return corpus


def _article_paths(inputs: list[str | Path], corpus: Corpus):
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            manifest = read_manifest(path / MANIFEST, corpus.warnings)
            files = sorted(p for p in path.iterdir() if p.is_file() and p.name != MANIFEST
                           and not p.name.startswith("."))
            names = {p.name for p in files}
            for name in sorted(set(manifest) - names):
                corpus.warnings.append(f"{path / MANIFEST}: row for {name!r}, which is not in the folder")
            for file in files:
                if file.suffix.lower() not in ARTICLE_SUFFIXES:
                    corpus.skipped.append(Skipped(
                        str(file), f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})"))
                    continue
                yield file, manifest.get(file.name, {})
        elif path.is_file():
            manifest = read_manifest(path.parent / MANIFEST, corpus.warnings, only=path.name)
            yield path, manifest.get(path.name, {})
        else:
            corpus.skipped.append(Skipped(str(path), "no such file or folder"))


def read_manifest(path: Path, warnings: list[str], only: str | None = None) -> dict[str, dict[str, str]]:
    """Rows of a ``sources.csv`` by file name; problems become warnings, never a crash."""
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        warnings.append(f"{path}: manifest ignored, cannot be read as UTF-8 ({exc})")
        return {}
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip() for c in (reader.fieldnames or [])]
    if "file" not in columns:
        warnings.append(f"{path}: manifest ignored, it has no 'file' column (columns: {', '.join(MANIFEST_COLUMNS)})")
        return {}
    unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
    if unknown:
        warnings.append(f"{path}: unknown columns ignored: {', '.join(unknown)}")
    rows: dict[str, dict[str, str]] = {}
    for number, raw in enumerate(reader, 2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k}
        name = row.get("file", "")
        if not name or (only and name != only):
            continue
        if row.get("published") and parse_publication_date(row["published"]) is None:
            warnings.append(f"{path}:{number}: published {row['published']!r} is not a date; left empty")
            row["published"] = ""
        rows[name] = row
    return rows


# ---------------------------------------------------------------------------------------------
# one article

def read_article(path: Path, manifest_row: dict[str, str] | None = None) -> Document:
    """Read one article file into a Document, or raise UnreadableArticle with the reason."""
    data = path.read_bytes()
    text, encoding = decode(data)
    suffix = path.suffix.lower()
    meta: dict[str, str] = {}
    if suffix in (".html", ".htm"):
        from pipeline.webpage import html_to_article  # bs4 is only needed for HTML
        text, meta = html_to_article(text)
        if not text.strip():
            raise UnreadableArticle("no article text in the HTML page")
    if not text.strip():
        raise UnreadableArticle("empty file")
    row = manifest_row or {}
    published, origin = None, ""
    if row.get("published"):
        published = parse_publication_date(row["published"])
        origin = "manifest" + (f": {row['published_origin']}" if row.get("published_origin") else "")
    elif meta.get("published"):
        published = parse_publication_date(meta["published"])
        origin = "html-meta" if published else ""
    if published is None:
        published = find_dateline(text)
        origin = "dateline" if published else ""
    return Document(
        doc=path.name,
        path=str(path),
        text=text,
        title=row.get("title") or meta.get("title") or first_title_line(text),
        publisher=row.get("publisher") or meta.get("publisher", ""),
        published=published,
        published_origin=origin,
        url=row.get("url") or meta.get("url", ""),
        locale=row.get("locale", ""),
        encoding=encoding,
    )


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used; raise UnreadableArticle for binary content."""
    kind = binary_kind(data)
    if kind:
        raise UnreadableArticle(f"binary content ({kind}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableArticle("not text in any known encoding")
    text = str(best)
    # Short English texts fit several Western code pages equally well; when Windows-1252 (by far the
    # commonest for saved English pages) reads the bytes the same way, name that one.
    try:
        if best.encoding != "cp1252" and data.decode("cp1252") == text:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    return text, best.encoding


@functools.lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[bytes, str], ...]:
    rows = load_table("file_signatures.tsv")
    return tuple((bytes.fromhex(r["magic_hex"]), r["kind"]) for r in rows)


def binary_kind(data: bytes) -> str:
    """A name for binary content ("PDF document", "PNG image" ...), or "" for text."""
    for magic, kind in _signatures():
        if data.startswith(magic):
            return kind
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "NUL bytes"
    return ""


# ---------------------------------------------------------------------------------------------
# metadata from the text itself

_FIRST_LINES = 5
_TITLE_MAX = 150


def _first_lines(text: str, count: int = _FIRST_LINES) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            lines.append(line)
        if len(lines) == count:
            break
    return lines


def find_dateline(text: str) -> dt.date | None:
    """The publication date from a dateline among the first lines ("November 24, 2025")."""
    for line in _first_lines(text):
        candidate = _dateline_candidate(line)
        if candidate:
            parsed = parse_publication_date(candidate)
            if parsed:
                return parsed
    return None


@functools.lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r["pattern"], re.IGNORECASE) for r in load_table("datelines.tsv"))


def _dateline_candidate(line: str) -> str:
    form = matching_form(line)
    for pattern in _dateline_patterns():
        match = pattern.fullmatch(form)
        if match:
            return match.group("date")
    return ""


def first_title_line(text: str) -> str:
    """The first short line that is not a dateline and does not end like a sentence."""
    for line in _first_lines(text):
        if len(line) <= _TITLE_MAX and not _dateline_candidate(line) and not line.endswith((".", ",", ";")):
            return line
    return ""


def parse_publication_date(value: str) -> dt.date | None:
    """A publication date from a manifest, HTML metadata or dateline; None if it is not one."""
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        try:
            return dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
    if not re.search(r"\d{4}", value):
        return None  # a publication date without a year would be a guess
    import dateparser
    parsed = dateparser.parse(value, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY"})
    return parsed.date() if parsed else None

"""Reading articles: files to :class:`Document` records (text + metadata), or to a reason for skipping.

Accepts ``.txt``, ``.md`` and ``.html``/``.htm`` files, given one by one or as folders.  Metadata
(title, publisher, publication date, URL, locale) comes, in this order of trust, from a
``sources.csv`` manifest beside the files, from the HTML's own metadata, or from the article's
first lines (a dateline such as "November 24, 2025"; the first short line as the title).  What none
of them gives stays empty, and the table says so.

Whatever arrives, reading never raises past this module for a bad file: each input file becomes a
:class:`Document` or a :class:`Skipped` with a one-line reason, and problems that cost nothing but
metadata (a bad manifest row, a subfolder that is not searched) become :class:`Notice` warnings.

The text is decoded (UTF-8 with or without BOM, UTF-16/32 with BOM, UTF-16 without BOM, legacy code
pages through charset-normalizer), and line ends are made ``\\n`` as Python's own text reading does;
that decoded text is "the text as read" every offset points into.

This module knows nothing of dates inside the text or of money: it only reads.  The one date it
parses is the publication date (manifest, HTML metadata or dateline), with dateparser.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import io
import os
import re
import stat
import traceback
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.rules import load_table
from pipeline.sentences import BULLETS, matching_form

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MANIFEST = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "publisher", "published", "published_origin", "url", "locale")
# No news article comes near this (a long feature is ~100 kB); a file above it is a dump or a mistake,
# and the text, its matching form and the engines' working copies all scale with it.
MAX_ARTICLE_BYTES = 100_000_000


@dataclass(frozen=True)
class Document:
    doc: str                    # file name, the document's key in the table
    path: str                   # where it was read from (control characters shown escaped)
    text: str                   # the text as read (for HTML: the extracted article text)
    title: str = ""
    publisher: str = ""
    published: dt.date | None = None
    published_origin: str = ""  # manifest: ..., html-meta, dateline, or ""
    url: str = ""
    locale: str = ""            # e.g. en-US; decides numeric dates such as 03/04/2025
    encoding: str = "utf-8"     # how the bytes were decoded (utf-8, utf-8-sig, utf-16, cp1252 ...)

    @functools.cached_property
    def form(self) -> str:
        """The matching form of the text (same length; see pipeline.sentences)."""
        return matching_form(self.text)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str                 # one line, shown to the user
    detail: str = ""            # more for developers (the traceback of a failed extraction)

    def message(self) -> str:
        return f"skipped {self.path}: {self.reason}"


class Notice(str):
    """A warning about an input that costs metadata, not an article: "<path>: <reason>".

    A ``str`` (so it prints and compares as one), which also keeps its parts for the run report.
    """

    path: str
    reason: str

    def __new__(cls, path: str | Path, reason: str) -> "Notice":
        shown_path = shown(path)
        notice = super().__new__(cls, f"{shown_path}: {reason}")
        notice.path, notice.reason = shown_path, reason
        return notice

    def __getnewargs__(self) -> tuple[str, str]:  # pickling (the page caches what it reads)
        return self.path, self.reason


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # Notice values


@dataclass(frozen=True)
class Source:
    """One input file to read, with its manifest row (``{}`` when the manifest has none)."""

    path: Path
    manifest_row: dict
    size: int = 0


class UnreadableArticle(ValueError):
    """The file cannot become an article; the message is the reason shown to the user."""


# ---------------------------------------------------------------------------------------------
# corpus

def read_corpus(inputs: Iterable[str | Path], *, max_bytes: int = MAX_ARTICLE_BYTES) -> Corpus:
    """Read folders and files; every input file ends up in ``documents`` or in ``skipped``."""
    corpus = Corpus()
    seen: dict[str, str] = {}
    for source in list_sources(inputs, corpus):
        document = read_source(source, corpus, seen, max_bytes=max_bytes)
        if document is not None:
            corpus.documents.append(document)
    return corpus


def list_sources(inputs: Iterable[str | Path], corpus: Corpus) -> list[Source]:
    """The article files among the inputs, in a stable order, with their manifest rows.

    Only looks at names and file types (nothing is read but manifests): inputs that cannot be
    articles go to ``corpus.skipped`` and manifest problems to ``corpus.warnings`` here, so that what
    remains can be read one by one (and counted for a progress bar) while memory holds one article.
    """
    inputs = [Path(given) for given in inputs]
    given_folders = {_real(p) for p in inputs if _is_dir(p)}
    manifests: dict[str, _Manifest] = {}
    read_whole: set[str] = set()
    listed: set[str] = set()
    sources: list[Source] = []

    def manifest_of(folder: Path, whole: bool, name: str = "") -> dict[str, dict[str, str]]:
        """The folder's manifest rows; its warnings once, and those of a row once its file is listed."""
        key = _real(folder)
        if key not in manifests:
            manifests[key] = _parse_manifest(folder / MANIFEST)
            corpus.warnings.extend(manifests[key].warnings)
        manifest = manifests[key]
        for row_name in (manifest.rows if whole else [name]):
            corpus.warnings.extend(manifest.row_warnings.pop(row_name, ()))
        if whole and key not in read_whole:
            read_whole.add(key)
            names = _folder_names(folder)
            for missing in sorted(set(manifest.rows) - names):
                corpus.warnings.append(Notice(folder / MANIFEST, f"row for {missing!r}, which is not in the folder"))
        return manifest.rows

    def add(path: Path, manifest: dict[str, dict[str, str]], real: str | None = None,
            info: os.stat_result | None = None) -> None:
        key = _real(path) if real is None else real
        if key in listed:
            return  # the same file given twice (a folder and a file in it) is read once
        listed.add(key)
        _, size, problem = _file_kind(path, info)
        if problem:
            corpus.skipped.append(Skipped(shown(path), problem))
        elif path.name == MANIFEST:
            corpus.skipped.append(Skipped(shown(path), "a manifest, not an article (give its folder instead)"))
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            corpus.skipped.append(Skipped(shown(path), _NOT_AN_ARTICLE))
        else:
            sources.append(Source(path, manifest.get(path.name, {}), size))

    for path in inputs:
        if _is_dir(path):
            manifest = manifest_of(path, whole=True)
            try:
                # (the names of one folder in the order of their paths, without comparing whole paths)
                entries = sorted(path.iterdir(), key=lambda entry: os.path.normcase(entry.name))
            except OSError as exc:
                corpus.skipped.append(Skipped(shown(path), f"folder cannot be listed ({_os_reason(exc)})"))
                continue
            folder = _real(path)
            for entry in entries:
                if entry.name.startswith(".") or entry.name == MANIFEST:
                    continue  # hidden files (.DS_Store, editor backups) are not articles
                info = _stat(entry)     # looked up once, for both questions: a folder? a regular file?
                if info is not None and stat.S_ISDIR(info.st_mode):
                    if _real(entry) not in given_folders:
                        corpus.warnings.append(Notice(entry, "subfolder not read (give it as an input to read it)"))
                    continue
                # A file that is no link really is where its folder really is: one look-up, where resolving
                # its path looks up every folder above it.
                add(entry, manifest, None if _is_link(entry) else os.path.join(folder, entry.name), info)
        elif _exists(path):
            add(path, manifest_of(path.parent, whole=False, name=path.name) if path.name != MANIFEST else {})
        else:
            corpus.skipped.append(Skipped(shown(path), "no such file or folder"))
    return sources


def read_source(source: Source, corpus: Corpus, seen: dict[str, str], *,
                max_bytes: int = MAX_ARTICLE_BYTES) -> Document | None:
    """Read one listed file; on failure record it in ``corpus.skipped`` and return None.

    ``seen`` maps the file names read so far to their paths: two articles with one name would share
    their ``doc`` key in the table, so the second is skipped.
    """
    path = shown(source.path)
    try:
        document = read_article(source.path, source.manifest_row, max_bytes=max_bytes)
    except UnreadableArticle as exc:
        corpus.skipped.append(Skipped(path, str(exc)))
        return None
    except Exception as exc:  # a bug in reading (a parser, a detector) must cost this file, not the run
        message = " ".join(str(exc).split())[:300]
        corpus.skipped.append(Skipped(path, f"could not be read: {type(exc).__name__}: {message}",
                                      traceback.format_exc()))
        return None
    if document.doc in seen:
        corpus.skipped.append(
            Skipped(path, f"another article with the same file name was read first ({seen[document.doc]})"))
        return None
    seen[document.doc] = path
    return document


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. a folder inside one we may not enter: reported when its files are read
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True  # it is there but cannot be looked at: _file_kind gives the reason


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path)


def _folder_names(folder: Path) -> set[str]:
    try:
        return {p.name for p in folder.iterdir()}
    except OSError:
        return set()


def _stat(path: Path) -> os.stat_result | None:
    """The file's status as ``_is_dir`` looks at it; None when it cannot be looked at."""
    try:
        return path.stat()
    except (OSError, ValueError):
        return None


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return True  # cannot tell: taken as a link, whose path is resolved in full


def _file_kind(path: Path, info: os.stat_result | None = None) -> tuple[str, int, str]:
    """("file", size, "") for a regular file, else ("", 0, the reason it cannot be read); ``info``: the
    file's status when already looked up."""
    try:
        info = path.stat() if info is None else info
    except OSError as exc:
        if path.is_symlink():
            return "", 0, "broken link (its target does not exist)"
        return "", 0, f"cannot be read ({_os_reason(exc)})"
    if not stat.S_ISREG(info.st_mode):
        return "", 0, "not a regular file (a pipe, socket or device)"
    return "file", info.st_size, ""


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


_NOT_AN_ARTICLE = f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})"


def read_manifest(path: Path, warnings: list[str], only: str | None = None) -> dict[str, dict[str, str]]:
    """Rows of a ``sources.csv`` by file name; problems become warnings, never a crash.

    With ``only``, just that file's row (and only its row's warnings) are kept.
    """
    manifest = _parse_manifest(path)
    warnings.extend(manifest.warnings)
    if only is None:
        for name in manifest.rows:
            warnings.extend(manifest.row_warnings.get(name, ()))
        return manifest.rows
    warnings.extend(manifest.row_warnings.get(only, ()))
    return {only: manifest.rows[only]} if only in manifest.rows else {}


@dataclass
class _Manifest:
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)                 # about the whole manifest
    row_warnings: dict[str, list[str]] = field(default_factory=dict)  # about one file's row


def _parse_manifest(path: Path) -> _Manifest:
    manifest = _Manifest()
    if not path.is_file():
        return manifest
    try:
        text, _ = decode(path.read_bytes())
    except OSError as exc:
        manifest.warnings.append(Notice(path, f"manifest ignored, it cannot be read ({_os_reason(exc)})"))
        return manifest
    except UnreadableArticle as exc:
        manifest.warnings.append(Notice(path, f"manifest ignored, {exc}"))
        return manifest
    reader = csv.DictReader(io.StringIO(_universal_newlines(text)))
    try:
        columns = [(c or "").strip() for c in (reader.fieldnames or [])]
        if "file" not in columns:
            manifest.warnings.append(Notice(path, f"manifest ignored, it has no 'file' column "
                                                  f"(expected columns: {', '.join(MANIFEST_COLUMNS)})"))
            return manifest
        unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
        if unknown:
            manifest.warnings.append(Notice(path, f"unknown columns ignored: {', '.join(unknown)}"))
        for raw in reader:
            number = reader.line_num
            row = {(k or "").strip(): _cell(v) for k, v in raw.items() if k}
            name = row.get("file", "")
            if not name:
                continue
            notes = manifest.row_warnings.setdefault(name, [])
            if row.get("published") and parse_publication_date(row["published"]) is None:
                notes.append(Notice(f"{path}:{number}", f"published {row['published']!r} is not a date; left empty"))
                row["published"] = ""
            if name in manifest.rows:
                notes.append(Notice(f"{path}:{number}", f"a second row for {name!r}; this one is used"))
            manifest.rows[name] = row
    except csv.Error as exc:
        return _Manifest(warnings=[Notice(path, f"manifest ignored, it is not valid CSV ({exc})")])
    return manifest


def _cell(value) -> str:
    if isinstance(value, list):  # a row with more cells than the header has columns
        value = ",".join(value)
    return (value or "").strip()


# ---------------------------------------------------------------------------------------------
# one article

def read_article(path: Path, manifest_row: dict[str, str] | None = None, *,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Document:
    """Read one article file into a Document, or raise UnreadableArticle with the reason."""
    path = Path(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise UnreadableArticle(_NOT_AN_ARTICLE)
    _, size, problem = _file_kind(path)
    if problem:
        raise UnreadableArticle(problem)
    if size > max_bytes:
        raise UnreadableArticle(_too_large(size, max_bytes))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableArticle(f"cannot be read ({_os_reason(exc)})") from exc
    return document_from_bytes(path.name, data, manifest_row, path=shown(path), max_bytes=max_bytes)


def document_from_bytes(name: str, data: bytes, manifest_row: dict[str, str] | None = None,
                        path: str = "", *, max_bytes: int = MAX_ARTICLE_BYTES) -> Document:
    """An article from its file name and bytes (a file on disk or an upload), or UnreadableArticle."""
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UnreadableArticle(_NOT_AN_ARTICLE)
    if len(data) > max_bytes:
        raise UnreadableArticle(_too_large(len(data), max_bytes))
    if not data:
        raise UnreadableArticle("empty file")
    as_html = suffix in HTML_SUFFIXES or is_html_page(data)
    text, encoding = decode(data, declared=declared_charset(data) if as_html else "")
    text = _universal_newlines(text)
    meta: dict[str, str] = {}
    if as_html:
        from pipeline.webpage import html_to_article  # bs4 is only needed for HTML
        try:
            text, meta = html_to_article(text)
        except (RecursionError, MemoryError) as exc:
            raise UnreadableArticle(f"the HTML page is too deeply nested or too large to parse "
                                    f"({type(exc).__name__})") from exc
        except Exception as exc:  # the upload path promises UnreadableArticle, whatever the markup
            raise UnreadableArticle(f"the HTML page could not be parsed ({type(exc).__name__}: "
                                    f"{' '.join(str(exc).split())[:200]})") from exc
        if not text.strip():
            raise UnreadableArticle("no article text in the HTML page (only menus, links or scripts)")
    if not text.strip():
        raise UnreadableArticle("no text (only white space)")
    row = manifest_row or {}
    published, origin = None, ""
    if row.get("published"):
        published = parse_publication_date(row["published"])
        told_by = f": {row['published_origin']}" if row.get("published_origin") else ""
        origin = "manifest" + told_by if published else ""
    if published is None and meta.get("published"):
        published = parse_publication_date(meta["published"])
        origin = "html-meta" if published else ""
    if published is None:
        published = find_dateline(text)
        origin = "dateline" if published else ""
    return Document(
        doc=shown(Path(name).name or name),
        path=path or shown(name),
        text=text,
        title=row.get("title") or meta.get("title") or first_title_line(text),
        publisher=row.get("publisher") or meta.get("publisher", ""),
        published=published,
        published_origin=origin,
        url=row.get("url") or meta.get("url", ""),
        locale=row.get("locale", ""),
        encoding=encoding,
    )


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:g} MB)"


def _universal_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as Python's text mode reads them (paragraphs are blank lines)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def shown(path: str | Path) -> str:
    """A path or name as one safe line of text: control and format characters (a newline, a
    right-to-left override) and bytes that are not UTF-8 are shown escaped, everything else as is."""
    text = str(path)
    if text.isascii() and text.isprintable():
        return text
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(_escaped(ch) if unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
                   else ch for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


# ---------------------------------------------------------------------------------------------
# bytes to text

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# English news saved on Windows is overwhelmingly Windows-1252.  On short texts charset-normalizer
# often rates several Western code pages equally (cp1250, cp932, mac_roman ...) and they differ
# exactly on the characters that matter here (£ ¥ ½ “ ”); among equally good guesses this one wins.
_WESTERN = "cp1252"
_CHAOS_TIE = 0.01
# A sniffing window: enough for a doctype, a <meta charset> or a run of UTF-16 code units.
_HEAD = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def decode(data: bytes, declared: str = "") -> tuple[str, str]:
    """Bytes to text and the encoding used; raise UnreadableArticle for binary content.

    ``declared`` is the encoding the file names for itself (an HTML ``<meta charset>``); it is
    trusted only when the bytes are not UTF-8 and decode cleanly with it.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), name
    kind = signature_kind(data)
    if kind:
        raise UnreadableArticle(f"binary content ({kind}), not text")
    if b"\x00" in data[:_HEAD]:
        # Text has no NUL characters; UTF-16 without a byte order mark is full of NUL bytes (and, for
        # Latin script, is even valid UTF-8), so it is told apart before UTF-8 is tried.
        wide = _utf16_without_bom(data)
        if wide is None:
            raise UnreadableArticle("binary content (NUL bytes), not text")
        return wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    mostly_utf8 = _utf8_with_strays(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte order mark: NUL in every other byte of Latin-script text."""
    head = data[:_HEAD - _HEAD % 2]
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) >= 0.6 * len(zeros) and len(data) % 2 == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text[:_HEAD]:
                return text, codec
    return None


def _strays_as_cp1252(error: UnicodeDecodeError):
    return error.object[error.start:error.end].decode(_WESTERN, errors="replace"), error.end


codecs.register_error("pipeline-cp1252-strays", _strays_as_cp1252)


def _utf8_with_strays(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes of a Windows code page (text pasted from two sources)."""
    replaced = data.decode("utf-8", errors="replace")
    strays = replaced.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid_non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore")) - strays
    if valid_non_ascii < 2 * strays:
        return None  # mostly bytes of a legacy code page: not UTF-8 at all
    return (data.decode("utf-8", errors="pipeline-cp1252-strays"),
            f"utf-8 ({strays} stray byte{'s' if strays > 1 else ''} read as {_WESTERN})")


def _legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise UnreadableArticle("not text in any known encoding")
    best = min(matches, key=lambda m: m.chaos)
    for match in matches:
        if match.chaos <= best.chaos + _CHAOS_TIE and _WESTERN in match.could_be_from_charset:
            try:
                return data.decode(_WESTERN), _WESTERN
            except UnicodeDecodeError:
                break
    text = str(matches[0])
    try:
        if data.decode(_WESTERN) == text:
            return text, _WESTERN
    except UnicodeDecodeError:
        pass
    return text, matches[0].encoding


def declared_charset(data: bytes) -> str:
    """The encoding an HTML page declares in its first bytes (``<meta charset="...">``), or ""."""
    match = _DECLARED_CHARSET.search(data[:_HEAD])
    if not match:
        return ""
    name = match.group(1).decode("ascii", errors="ignore")
    try:
        codecs.lookup(name)
    except LookupError:
        return ""
    return name


@functools.lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[bytes, str, str], ...]:
    rows = load_table("file_signatures.tsv")
    return tuple((bytes.fromhex(r["magic_hex"]), r["kind"], r["action"]) for r in rows)


def signature_kind(data: bytes) -> str:
    """The kind of binary file the leading bytes announce ("PDF document" ...), or ""."""
    for magic, kind, action in _signatures():
        if action == "skip" and data.startswith(magic):
            return kind
    return ""


def binary_kind(data: bytes) -> str:
    """A name for binary content ("PDF document", "PNG image", "NUL bytes" ...), or "" for text."""
    kind = signature_kind(data)
    if kind:
        return kind
    if b"\x00" in data[:_HEAD] and not data.startswith(tuple(bom for bom, _, _ in _BOMS)) \
            and _utf16_without_bom(data) is None:
        return "NUL bytes"
    return ""


def is_html_page(data: bytes) -> bool:
    """True when the bytes are an HTML page whatever the file is called (a page saved as .txt)."""
    head = data[:_HEAD]
    for bom, codec, _ in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, errors="ignore").encode("ascii", errors="ignore")
            break
    head = head.lstrip().lower()
    return any(action == "html" and head.startswith(magic) for magic, _, action in _signatures())


# ---------------------------------------------------------------------------------------------
# metadata from the text itself

_FIRST_LINES = 5
_TITLE_MAX = 150
# A dateline is a short line; longer first lines are text, and matching them would cost time on a
# file that is one huge line.
_DATELINE_MAX = 200
_LINE = re.compile(r"[^\n]+")


def _first_lines(text: str, count: int = _FIRST_LINES) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of the first ``count`` lines that are not blank."""
    lines = []
    for match in _LINE.finditer(text):
        line = match.group()
        if len(line) > 4 * _DATELINE_MAX:
            line = line[:4 * _DATELINE_MAX]  # long enough to be seen as text, short enough to be cheap
        line = line.strip().lstrip("#").strip()
        if line:
            lines.append((match.start(), match.end(), line))
        if len(lines) == count:
            break
    return lines


def find_dateline(text: str) -> dt.date | None:
    """The publication date from a dateline among the first lines ("November 24, 2025")."""
    for _, _, line in _first_lines(text):
        candidate = _dateline_candidate(line)
        if candidate:
            parsed = parse_publication_date(candidate)
            if parsed:
                return parsed
        wire = _wire_dateline(line)
        date = (wire.groupdict().get("date") or "") if wire else ""
        if _YEAR.search(date):
            parsed = parse_publication_date(date)
            if parsed:
                return parsed
    return None


# Kept for the last text read, as every_dateline is: the extractor asks for the first dateline of an article that
# every_dateline has just read (reading its first lines again was half the cost of every_dateline).
@functools.lru_cache(maxsize=1)
def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a dateline stands among the first lines (the whole line, or a news agency's dateline before
    the dash that opens a paragraph), whether or not the publication date was taken from it: it says when
    the article appeared, not that something happened then."""
    for start, end, line in _first_lines(text):
        if _dateline_candidate(line):
            return start, end
        wire = _wire_dateline(line)
        if wire:
            at = text.find(line, start, end)    # the line without the white space around it
            return at, at + wire.end()
    return None


def later_wire_datelines(text: str) -> list[tuple[int, int]]:
    """Where a news agency's dateline opens a paragraph past the first lines: the original story under an update's
    own lines ("UPDATE 2-...", then "Feb 19 (Newswire) - Alibaba Group Holding Ltd on Thursday reported ...").  It
    says when that story was filed as the first dateline does, and no more."""
    spans = []
    for line in _LINE.finditer(text):
        if line.start() == 0 or text[line.start() - 1] != "\n" or not line.group()[:1].isalnum():
            continue
        wire = _wire_dateline(line.group()[:_DATELINE_MAX])
        if wire:
            spans.append((line.start(), line.start() + wire.end()))
    return spans


@functools.lru_cache(maxsize=1)
def every_dateline(text: str) -> tuple[tuple[int, int], ...]:
    """Every dateline of ``text`` in order: the first lines' (``dateline_span``) and each news agency's that opens a
    later paragraph (``later_wire_datelines``).  Kept for the last text read, as the date and figure readers of one
    article both ask."""
    first = dateline_span(text)
    return tuple(sorted(([first] if first else []) + later_wire_datelines(text)))


def dated_lead(text: str, published: dt.date | None) -> tuple[int, int] | None:
    """Where a dateline that no news agency's row reads opens the article's first paragraph, up to its dash or colon
    (dated_leads.tsv: a date alone, "Jan. 22, 2026 - Alibaba Group's ...", or a town not in capitals and its day,
    "Mumbai, June 20: ..."), when only a title and a byline stand before it, its day is ``published`` or the day
    after (a story filed a time zone ahead) and the paragraph after it opens with no such date; else None.  It is the
    day the story was filed, as a news agency's dateline is; a chronology's entries open so too, but past an
    introduction or one after another, and name their own days."""
    if published is None:
        return None
    lines = _first_lines(text)
    for at, (start, end, line) in enumerate(lines):
        lead = _dated_lead_match(line)
        if lead is not None:
            if not _the_day_of_filing(lead.group("date"), published) \
                    or at + 1 < len(lines) and _a_chronology_entry(lines[at + 1][2]):
                return None
            opens = text.find(line, start, end)     # the line without the white space around it
            return opens, opens + lead.end()
        if len(line) > _TITLE_MAX or _ENDS_A_SENTENCE.search(line):
            return None     # (a paragraph of text came first)
    return None


def lead_dateline(text: str, published: dt.date | None) -> tuple[int, int] | None:
    """Where the dateline of the article's first lines stands: a news agency's or a whole line's (``dateline_span``),
    else one ``dated_lead`` reads.  The one reading of a dateline the extractor and the date reader share."""
    first = dateline_span(text)
    lead = dated_lead(text, published)
    if first is not None and lead is not None and first[1] <= lead[0]:
        # (a date alone on its line above the first paragraph, then that paragraph's own "June 20 -": the two tell
        # the one day the story was filed, and the paragraph's is the one the date reader meets; the extractor keeps
        # the line's too, among every_dateline's)
        return lead
    return first or lead


def _the_day_of_filing(date: str, published: dt.date) -> bool:
    """Is ``date`` (a day, maybe without its year) ``published`` or the day after, a story filed a time zone ahead?  A
    day without its year is read in the publication's year, or the next one across New Year's Eve."""
    years = ("",) if _YEAR.search(date) else (f", {published.year}", f", {published.year + 1}")
    for year in years:
        day = parse_publication_date(date + year)
        if day is not None and 0 <= (day - published).days <= 1:
            return True
    return False


# The end of a line that closes a sentence: no title's or byline's ("By a technology desk").
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"')\u201d\u2019]?\Z")


@functools.lru_cache(maxsize=1)
def _dated_lead_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r["pattern"]) for r in load_table("dated_leads.tsv"))


# A word in capitals ("JUNE"), and the colon that may close an entry's date instead of a dash ("June 22: Talks ..."):
# a chronology's entries are written either way, where a dateline is not.
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_DATE_BEFORE_A_COLON = re.compile(r"([^:\n]{3,24}?):(?= )")


def _a_chronology_entry(line: str) -> bool:
    """Does ``line`` open as the entry of a chronology does, with a date alone before a dash or a colon, in capitals or
    not, maybe after a mark of a list ("* June 22 - Talks resume in Vienna.", "JUNE 22 - ...", "June 22: ...")?  A
    dateline is never followed by another; a list's entries are."""
    entry = _CAPITALS.sub(lambda word: word.group().capitalize(), line.lstrip(BULLETS + " \t"))
    return _dated_lead_match(entry) is not None \
        or _dated_lead_match(_DATE_BEFORE_A_COLON.sub(r"\1 -", entry, count=1)) is not None


def _dated_lead_match(line: str) -> re.Match | None:
    """A dateline of a date alone at the start of ``line`` (dated_leads.tsv), in its matching form."""
    form = matching_form(line)
    return next((m for m in (p.match(form) for p in _dated_lead_patterns()) if m is not None), None)


@functools.lru_cache(maxsize=1)
def _wire_patterns() -> tuple[tuple[re.Pattern, bool], ...]:
    return tuple((re.compile(r["pattern"]), r["agency"] == "yes") for r in load_table("wire_datelines.tsv"))


_YEAR = re.compile(r"\b\d{4}\b")


def _wire_dateline(line: str) -> re.Match | None:
    """A news agency's dateline at the start of ``line`` ("HONG KONG, Nov 25 (Reuters) -"), in its
    matching form (offsets are the line's)."""
    found = _wire_row(line)
    return found[0] if found else None


def wire_dateline_end(sentence: str) -> int:
    """Where a news agency's dateline that opens ``sentence`` ends (after its dash), or 0: the events stage reads a
    lead sentence of a table read back past it, as the extractor does."""
    found = _wire_dateline(sentence[:_DATELINE_MAX])
    return found.end() if found else 0


@functools.lru_cache(maxsize=1)
def _any_wire_dateline() -> re.Pattern:
    """Every row of wire_datelines.tsv in one regex, which tells at once that a line opens with none of them (most
    lines of a text, each asked as a paragraph may open with one); its named groups are plain ones, as one regex
    holds a name once."""
    return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', pattern.pattern)})" for pattern, _ in _wire_patterns()))


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _wire_row(line: str) -> tuple[re.Match, bool] | None:
    """The match of a news agency's dateline at the start of ``line`` and whether its row names an agency."""
    form = matching_form(line)
    if _any_wire_dateline().match(form) is None:
        return None
    for pattern, agency in _wire_patterns():
        match = pattern.match(form)
        if match:
            return match, agency
    return None


def agency_dateline(text: str) -> bool:
    """Does a news agency's or a press wire's dateline open the article (wire_datelines.tsv agency)?  Its house
    style, not the place it names, then says what a bare "$" is ("SYDNEY, Nov 5 (Reuters) - ... $2 billion")."""
    for _, _, line in _first_lines(text):
        if _dateline_candidate(line):
            return False
        found = _wire_row(line)
        if found:
            return found[1]
    return False


@functools.lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r["pattern"], re.IGNORECASE) for r in load_table("datelines.tsv"))


def _dateline_candidate(line: str) -> str:
    if len(line) > _DATELINE_MAX:
        return ""
    form = matching_form(line)
    for pattern in _dateline_patterns():
        match = pattern.fullmatch(form)
        if match:
            return match.group("date")
    return ""


def first_title_line(text: str) -> str:
    """The first short line that is not a dateline and does not end like a sentence."""
    for _, _, line in _first_lines(text):
        if len(line) <= _TITLE_MAX and not _dateline_candidate(line) and not line.endswith((".", ",", ";")):
            return line
    return ""


# A publication date is written in a few dozen characters; a longer value is not one, and dateparser
# is slow on long strings.
_PUBLICATION_DATE_MAX = 100


def parse_publication_date(value: str) -> dt.date | None:
    """A publication date from a manifest, HTML metadata or dateline; None if it is not one."""
    value = value.strip()
    if len(value) > _PUBLICATION_DATE_MAX:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        try:
            return dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
    if not re.search(r"\d{4}", value):
        return None  # a publication date without a year would be a guess
    import dateparser
    try:
        parsed = dateparser.parse(value, languages=["en"], settings={
            "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY"})
    except (ValueError, OverflowError, TypeError, RecursionError):
        return None  # dateparser raises on some malformed input instead of returning None
    return parsed.date() if parsed else None

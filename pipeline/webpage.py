"""HTML pages to article text and metadata.

BeautifulSoup with the standard library's parser (lenient with unbalanced markup, no compiled
dependency) builds the tree; what counts as boilerplate and where metadata lives are resource
tables (``html_boilerplate.tsv``, ``html_metadata.tsv``).  The result is plain text with one
paragraph per block element, separated by blank lines, so sentence splitting and offsets work on it
exactly as on a ``.txt`` article.
"""
from __future__ import annotations

import functools
import json
import re

from bs4 import BeautifulSoup, CData, Comment, Doctype, NavigableString, PageElement, ProcessingInstruction, Tag

from pipeline.rules import load_table

# A paragraph must hold a sentence-sized run of words for the page to count as an article.
_MIN_WORDS_IN_A_PARAGRAPH = 8
# Private-use characters mark block and line breaks while BeautifulSoup flattens the tree; the page's
# own white space (source formatting) is collapsed around them.
_PARAGRAPH_MARK = "\ue000"
_LINE_MARK = "\ue001"
_MARKER_PARTS = re.compile(r"[\s_\-]+")
# What BeautifulSoup's get_text() counts as text (not comments, doctypes, script or style strings).
_TEXT_NODES = (NavigableString, CData)


@functools.lru_cache(maxsize=1)
def _boilerplate() -> dict[str, tuple[str, ...]]:
    rules: dict[str, list[str]] = {}
    for row in load_table("html_boilerplate.tsv"):
        rules.setdefault(row["rule"], []).append(row["key"].lower())
    return {rule: tuple(keys) for rule, keys in rules.items()}


def html_to_article(html: str) -> tuple[str, dict[str, str]]:
    """(article text, metadata with keys title, published, publisher, url) of an HTML page.

    The text is empty when the page holds no article (only menus, links, scripts).
    """
    soup = BeautifulSoup(html.replace(_PARAGRAPH_MARK, " ").replace(_LINE_MARK, " "), "html.parser")
    meta = page_metadata(soup)
    rules = _boilerplate()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(list(rules["drop-tag"])):
        if not tag.decomposed:  # a <nav> inside a <header> went with it
            tag.decompose()
    markers = set(rules["drop-marker"])
    for tag in soup.find_all(_has_marker(markers)):
        if not tag.decomposed:
            tag.decompose()
    root = _article_root(soup, rules["root"])
    if root is None:
        return "", meta
    paragraphs = []
    marked = _marked_text(root, frozenset(rules["block"])).replace(_PARAGRAPH_MARK + _LINE_MARK, _PARAGRAPH_MARK)
    for chunk in marked.split(_PARAGRAPH_MARK):
        lines = [" ".join(line.split()) for line in chunk.split(_LINE_MARK)]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    if not any(len(p.split()) >= _MIN_WORDS_IN_A_PARAGRAPH for p in paragraphs):
        return "", meta
    return "\n\n".join(paragraphs) + "\n", meta


def _marked_text(root: Tag, blocks: frozenset[str]) -> str:
    """The text under ``root`` with a paragraph mark around every block element and a line mark for
    every ``<br>``.

    One walk with an explicit stack: pages with thousands of unclosed ``<p>`` or ``<div>`` tags nest
    that deep, which would overflow recursion, and marking the tree in place costs a walk of the
    subtree per mark.
    """
    pieces: list[str] = []
    stack: list[tuple[PageElement, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            pieces.append(_PARAGRAPH_MARK)
        elif isinstance(node, Tag):
            if node.name == "br":
                pieces.append(_LINE_MARK)
                continue
            if node.name in blocks:
                pieces.append(_PARAGRAPH_MARK)
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in _TEXT_NODES:
            pieces.append(str(node))
    return "".join(pieces)


def _has_marker(markers: set[str]):
    def matches(tag: Tag) -> bool:
        if tag.attrs is None or tag.name in ("html", "body"):
            return False
        values = []
        for attribute in ("class", "id", "role"):
            value = tag.get(attribute)
            if isinstance(value, list):
                values.extend(value)
            elif value:
                values.append(value)
        return any(part in markers for v in values for part in _MARKER_PARTS.split(v.lower()))
    return matches


def _article_root(soup: BeautifulSoup, roots: tuple[str, ...]) -> Tag | None:
    for name in roots:
        if name.startswith("role="):
            found = soup.find_all(attrs={"role": name.split("=", 1)[1]})
        else:
            found = soup.find_all(name)
        found = [tag for tag in found if tag.get_text(strip=True)]
        if found:
            return max(found, key=lambda tag: len(tag.get_text()))
    return soup if soup.get_text(strip=True) else None


def page_metadata(soup: BeautifulSoup) -> dict[str, str]:
    """Title, publication date (as written), publisher and URL from the page's markup."""
    page = _MetadataSources(soup)
    meta: dict[str, str] = {}
    for row in load_table("html_metadata.tsv"):
        field = row["field"]
        if meta.get(field):
            continue
        value = " ".join(page.lookup(row["source"], row["key"]).split())
        if value and len(value) <= _METADATA_MAX:
            meta[field] = value
    return meta


# Metadata is a few words or a URL; a longer value is text that landed in an attribute by mistake.
_METADATA_MAX = 1000


class _MetadataSources:
    """The page's <meta>, <link>, <time> and JSON-LD, gathered in one walk each (a large page has
    many elements, and every metadata rule would otherwise walk them all again)."""

    def __init__(self, soup: BeautifulSoup):
        self.soup = soup
        self.metas = soup.find_all("meta")
        self.jsonld = _jsonld_objects(soup)
        self._links: list[Tag] | None = None
        self._times: list[Tag] | None = None

    def lookup(self, source: str, key: str) -> str:
        if source in ("meta-property", "meta-name", "meta-itemprop"):
            attribute = source.split("-", 1)[1]
            for tag in self.metas:
                if _attribute(tag, attribute).lower() == key.lower():
                    return _attribute(tag, "content")
            return ""
        if source == "link-rel":
            if self._links is None:
                self._links = self.soup.find_all("link")
            for tag in self._links:
                if key in (tag.get("rel") or []):
                    return _attribute(tag, "href")
            return ""
        if source == "time-pubdate":
            if self._times is None:
                self._times = self.soup.find_all("time")
            tag = next((t for t in self._times if t.has_attr("pubdate")), None) or \
                next((t for t in self._times if t.has_attr("datetime")), None)
            return _attribute(tag, key) if tag else ""
        if source == "tag":
            tag = self.soup.find(key)
            return tag.get_text(" ", strip=True) if tag else ""
        if source == "jsonld":
            for obj in self.jsonld:
                value = obj.get(key)
                if isinstance(value, dict):
                    value = value.get("name", "")
                if isinstance(value, str) and value:
                    return value
        return ""


def _attribute(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value if isinstance(value, str) else ""


def _jsonld_objects(soup: BeautifulSoup) -> list[dict]:
    objects: list[dict] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError, RecursionError):
            continue  # broken or absurdly nested JSON-LD costs the metadata, never the article
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return objects

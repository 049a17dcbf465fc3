"""Loading the resource tables under ``pipeline/resources/``.

Every word list, pattern, alias and taxonomy the pipeline uses lives in a tab-separated table there,
never in code, so that a journalist or linguist can extend the rules without reading Python.

Table format (shared by every file):

* lines starting with ``#`` are the header comment: what the table is for, its columns, an example;
* the first other line names the columns, tab-separated;
* every following non-empty line is one rule, tab-separated, same number of cells;
* every table has an ``example`` column: a real phrase that the rule is for.  ``tests/test_rules.py``
  checks the column is filled, and each module's tests run the examples through the engine.

Cells are stripped of surrounding spaces; an empty cell is ``""``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

RESOURCES = Path(__file__).with_name("resources")


class RuleTableError(ValueError):
    """A resource table breaks the format above (names the file and line)."""


@functools.lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``resources/<name>`` as dicts keyed by the header's column names.

    ``name`` is relative to the resources folder, e.g. ``"dates/months.tsv"``.
    """
    path = RESOURCES / name
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if header is None:
                header = cells
                if "example" not in header:
                    raise RuleTableError(f"{path}:{number}: the header has no 'example' column")
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            if len(cells) > len(header):
                raise RuleTableError(
                    f"{path}:{number}: {len(cells)} cells for {len(header)} columns {header}")
            row = dict(zip(header, cells))
            row["_line"] = str(number)
            rows.append(row)
    if header is None:
        raise RuleTableError(f"{path}: no header line")
    return tuple(rows)


def all_tables() -> list[str]:
    """Every resource table, as names for :func:`load_table`."""
    return sorted(str(p.relative_to(RESOURCES)) for p in RESOURCES.rglob("*.tsv"))


def column(name: str, key: str) -> list[str]:
    """One column of a table, in file order (for word lists)."""
    return [row[key] for row in load_table(name)]


def prefix_tree(words) -> str:
    """A regex matching any of a table's ``words``, factored by common prefixes so that the regex engine rejects a
    place after one character instead of trying every word in turn (much faster than a flat alternation).  Longer
    words win over their prefixes; a space inside a phrase matches any run of white space; no words make ``""``."""
    return char_tree_regex(char_tree(words), _char_regex)


def escaped_alternation(words) -> str:
    """A regex alternation of ``words`` kept in the order given (the first that matches wins, where
    :func:`prefix_tree` takes the longest), each escaped, a space inside a phrase any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def longest_first(words) -> list[str]:
    """``words`` once each, the longest first (a phrase wins over a word it opens with) and words of one length in
    alphabetical order: a set's order changes from one process to the next (PYTHONHASHSEED), a pattern's text must
    not."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def _char_regex(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def prefix_tree_not_after(words, not_after: str) -> str:
    """:func:`prefix_tree` of words that no character of the class ``not_after`` may stand before, checked right after
    each word's first character (``X(?<!CX)`` rather than ``(?<!C)X``): a case-kept regex that opens with a literal
    lets re skip to the places where one of those characters stands, where a look-behind first has it try each."""
    root = char_tree(words)
    if not root or "" in root or " " in root:
        raise ValueError("not_after needs words that open with a character other than a space")
    return char_tree_regex_not_after(root, not_after, _char_regex)


def char_tree_regex_not_after(root: dict, not_after: str, piece) -> str:
    """:func:`char_tree_regex` of a tree whose words may not follow a character of the class ``not_after``, the check
    placed after each word's first character."""
    return "(?:" + "|".join(f"{re.escape(char)}(?<!{not_after}{re.escape(char)}){char_tree_regex(child, piece)}"
                            for char, child in sorted(root.items())) + ")"


def char_tree(words) -> dict:
    """The words as a tree of their characters, a word's end marked by the key ``""`` (:func:`char_tree_regex`)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def char_tree_regex(node: dict, piece) -> str:
    """A regex of a :func:`char_tree` node: ``piece(char)`` is the regex of each character, branches in sorted order,
    a node where a word may end made optional."""
    branches = [piece(char) + char_tree_regex(child, piece) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# Look-arounds that open a pattern, without groups inside them ("(?<![a-z])", "(?<!fiscal\s)", "(?=[hs])").
_OPENING_LOOKAROUNDS = re.compile(r"(?:\(\?(?:<[!=]|[!=])(?:[^()\\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\))+")
# ... and what must follow them: a letter or digit, maybe inside the groups that open there ("(?:third|3rd)").
_WORD_OPENING = re.compile(r"(?:\((?:\?:|\?P<\w+>))*[A-Za-z0-9](?![*+?{])")


@functools.lru_cache(maxsize=None)
def _past_opening_lookarounds(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without the look-arounds it opens with, else None: it opens with none, or what follows them opens
    with a class or a repeat ("[a-z][a-z0-9&.-]*+'s", "[\\t ]*separately"), which re tries at every character too."""
    opening = _OPENING_LOOKAROUNDS.match(pattern.pattern)
    if opening is None or _WORD_OPENING.match(pattern.pattern, opening.end()) is None:
        return None
    return re.compile(pattern.pattern[opening.end():], pattern.flags)


def finditer_past_lookarounds(pattern: re.Pattern, text: str):
    """The matches of ``pattern.finditer(text)``, found faster when it opens with a look-around ("(?<![a-z])(?:third|
    3rd)\\s+quarter"): re tries such a pattern at every character, while the rest of it, opening with a word, lets re
    skip to where that word's first letter stands.  Every match of the pattern is one of the rest at the same place,
    so the rest finds the places and the whole pattern is tried there alone, in the same order (a match's ``pos`` is
    where it was tried)."""
    rest = _past_opening_lookarounds(pattern)
    if rest is None:
        yield from pattern.finditer(text)
        return
    at = 0
    while (candidate := rest.search(text, at)) is not None:
        start = candidate.start()
        found = pattern.match(text, start)
        if found is None:
            at = start + 1
            continue
        yield found
        at = found.end() if found.end() > start else start + 1

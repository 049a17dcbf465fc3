"""The date engine at TimeML level: TIMEX3 type and value for each expression, and the driver that
reads TempEval-style JSONL ({"doc", "dct", "text"} per line) and writes predictions
({"doc", "timexes": [{"start", "end", "text", "type", "value"}]}) for the shared scorer.

Same engine as the events table: the TIMEX3s are the ``timexes`` of :func:`pipeline.dates.tag_dates`'s
mentions (a span "from October 2018 to December 2021" is written as its two dates).
"""
from __future__ import annotations

import datetime as dt
import json
import re

from pipeline.dates import tag_dates

_DCT = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def parse_dct(value) -> dt.date | None:
    """A document creation time such as "1998-08-07" or "19980807" as a date; None if absent or invalid."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    m = _DCT.match(str(value))
    if not m:
        return None
    try:
        return dt.date(*(int(x) for x in m.groups()))
    except ValueError:
        return None


def timexes(text: str, dct: dt.date | None) -> list[dict]:
    """The TIMEX3s of ``text`` written on ``dct``: dicts with start, end, text, type, value (and mod
    when there is one), in text order."""
    out = []
    for mention in tag_dates(text, dct):
        for t in mention.timexes:
            item = {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            if t.mod:
                item["mod"] = t.mod
            out.append(item)
    return out


def predict_file(in_path: str, out_path: str) -> int:
    """Read TempEval JSONL from ``in_path``, write one prediction line per document to ``out_path``;
    return the number of documents written.  A line that is not a JSON object with a "text" string
    raises ValueError naming the file and line."""
    written = 0
    with open(in_path, encoding="utf-8") as source, open(out_path, "w", encoding="utf-8") as sink:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{in_path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise ValueError(f"{in_path}:{number}: expected an object with a \"text\" string")
            found = timexes(doc["text"], parse_dct(doc.get("dct")))
            sink.write(json.dumps({"doc": doc.get("doc", str(number)), "timexes": found}, ensure_ascii=False) + "\n")
            written += 1
    return written

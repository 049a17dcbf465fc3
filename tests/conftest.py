from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import settings

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

# A property test judges what the code does, never how fast: under the load of a shared machine one example can
# take longer than hypothesis's default 200 ms deadline, which fails a run that is right.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

SEEDS = PROJECT / "seeds"
SEED_CNBC = SEEDS / "003_9d9642b119c4675d.txt"
SEED_FT = SEEDS / "000_45a89b4b4fc1c484.txt"


def calendar(text, anchor, **kw):
    """The text and ``when`` of each mention of ``text`` on the calendar, told on ``anchor``."""
    from pipeline.dates import tag_dates
    return [(m.text, m.when) for m in tag_dates(text, anchor, **kw) if m.on_calendar]


@pytest.fixture(scope="session")
def seed_table():
    """The mentions table of the seed articles, extracted once per test session."""
    from pipeline.extract import extract_paths
    return extract_paths([SEEDS]).table

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

SEEDS = PROJECT / "seeds"
SEED_CNBC = SEEDS / "003_9d9642b119c4675d.txt"
SEED_FT = SEEDS / "000_45a89b4b4fc1c484.txt"


@pytest.fixture(scope="session")
def seed_table():
    """The mentions table of the seed articles, extracted once per test session."""
    from pipeline.extract import extract_paths
    return extract_paths([SEEDS]).table

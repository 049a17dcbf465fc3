"""The benchmarks that build their corpus from the shared kit's TempEval texts read the kit folder they are given
(--shared, default ../shared), as benchmarks/speed.py does."""
import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import robustness  # noqa: E402
import story_events  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.mark.skipif(not (SHARED / "eval" / "tempeval").is_dir(), reason="the shared kit is not beside the repository")
def test_the_robustness_benchmark_builds_its_small_files_from_the_kit_it_is_given(tmp_path):
    corpus = robustness.many_files(tmp_path, 3, SHARED)
    with open(corpus / "sources.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    assert all((corpus / row["file"]).read_text(encoding="utf-8").strip() and row["published"] for row in rows)


def test_the_story_benchmark_reads_the_articles_of_the_kit_it_is_given(monkeypatch):
    asked = []

    def one_article(shared):
        asked.append(shared)
        return [("wire", "The weather was mild. Alibaba said on Monday that cloud revenue rose 26%.", "2025-11-20")]

    monkeypatch.setattr(story_events, "newswire_articles", one_article)
    [article] = story_events.prepared_articles(Path("/somewhere/shared"))
    assert asked == [Path("/somewhere/shared")]
    # (only the second sentence holds a date or a figure the extractor would describe)
    assert article["wanted"] == [1]

"""Articles added in the page (ui/uploads.py): names that cannot escape the corpus folder, a size limit,
a message for every file, events linked across the corpus and the uploads, saving without overwriting."""
import codecs
import csv
from pathlib import Path

import pytest

from ui.uploads import (MAX_UPLOAD_MB, check_upload, combine, merge_tables, read_uploads, safe_file_name,
                        save_into_corpus)
from ui_samples import CNBC, FT, SEEDS

DATA_BAD = Path(__file__).parent / "data" / "bad"


@pytest.mark.parametrize("given, safe", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\Windows\\win.ini.txt", "win.ini.txt"),
    ("/absolute/path/story.md", "story.md"),
    (".hidden.html", "hidden.html"),
    ("...", ""),
    ("", ""),
    ("ant ipo\x00\x1b[31m.txt", "ant ipo_31m.txt"),
    ("Alibaba’s AI bet?.txt", "Alibaba_s AI bet.txt"),
    ("x" * 300 + ".txt", "x" * 116 + ".txt"),
])
def test_an_upload_name_becomes_a_plain_file_name(given, safe):
    assert safe_file_name(given) == safe


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit():
    message = check_upload("big.txt", int(12.3 * 1_000_000), limit_mb=10)
    assert message.startswith("big.txt: too large (12.3 MB)") and "10 MB" in message
    assert check_upload("small.txt", 1000) == ""


def test_the_seed_articles_uploaded_are_read_and_extracted_with_a_row_count_each():
    files = [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    steps = []
    outcome = read_uploads(files, progress=lambda fraction, text: steps.append(fraction))
    assert [d.doc for d in outcome.documents] == [FT, CNBC]
    assert set(outcome.table["doc"]) == {FT, CNBC}
    assert [level for level, _ in outcome.messages] == ["success", "success"]
    assert all(message.split(": ")[1].endswith("rows") for _, message in outcome.messages)
    assert steps == sorted(steps) and steps[-1] == 1.0


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary content"),
    ("report.pdf", b"%PDF-1.7 hello", "not an article file"),
    ("../../../../tmp/escape.txt", b"", "empty file"),
])
def test_a_bad_upload_gets_a_one_line_message_naming_it_and_the_others_go_on(name, data, reason):
    good = (CNBC, (SEEDS / CNBC).read_bytes())
    outcome = read_uploads([(name, data), good])
    errors = [m for level, m in outcome.messages if level == "error"]
    assert len(errors) == 1 and reason in errors[0] and "\n" not in errors[0]
    assert errors[0].startswith(safe_file_name(name) or name)
    assert [d.doc for d in outcome.documents] == [CNBC]


def test_a_file_over_the_size_limit_is_not_read():
    outcome = read_uploads([("huge.txt", b"a" * (MAX_UPLOAD_MB * 1_000_000 + 1))])
    assert not outcome.documents and "too large" in outcome.messages[0][1]


def test_a_utf16_article_with_a_bom_is_read():
    text = (SEEDS / CNBC).read_text(encoding="utf-8")
    outcome = read_uploads([("utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))])
    assert outcome.documents[0].text == text and not outcome.table.empty


def test_an_article_without_dates_or_figures_is_read_and_says_so():
    outcome = read_uploads([("plain.txt", b"A short note.\n\nNothing happened here at all.\n")])
    assert [d.doc for d in outcome.documents] == ["plain.txt"]
    assert outcome.messages == [("info", "plain.txt: read, but no dates or figures found")]


def test_two_uploads_of_one_name_keep_the_first():
    data = (SEEDS / CNBC).read_bytes()
    outcome = read_uploads([("a.txt", data), ("a.txt", data)])
    assert len(outcome.documents) == 1 and outcome.messages[0][0] == "warning"


def _bad_inputs():
    if not (DATA_BAD / "expected.tsv").is_file():
        return []
    lines = [line for line in (DATA_BAD / "expected.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    # Each file of the folder itself, as a journalist would upload it; the manifest's own rows are about
    # the folder, not about a file one uploads.
    return [row for row in rows if row["status"] in ("extracted", "skipped") and "/" not in row["file"]
            and row["file"] != "sources.csv" and (DATA_BAD / row["file"]).is_file()]


@pytest.mark.skipif(not _bad_inputs(), reason="tests/data/bad/expected.tsv (the bad-input corpus) is not there")
@pytest.mark.parametrize("row", _bad_inputs(), ids=lambda row: row["file"])
def test_every_file_of_the_bad_input_corpus_gets_its_expected_message_beside_the_upload(row):
    outcome = read_uploads([(row["file"], (DATA_BAD / row["file"]).read_bytes())])
    [(level, message)] = outcome.messages
    if row["status"] == "skipped":
        assert (level, message) == ("error", f"{row['file']}: skipped, {row['message']}")
        assert not outcome.documents
    else:
        assert [d.doc for d in outcome.documents] == [row["file"]]
        if row["encoding"]:
            assert outcome.documents[0].encoding == row["encoding"]
        if row["contains"]:
            assert row["contains"] in outcome.documents[0].text
        if row["message"] == "no dates or figures found":
            assert (level, message) == ("info", f"{row['file']}: read, but no dates or figures found")
        else:
            assert level in ("success", "info") and message.startswith(row["file"] + ": ")


def test_an_upload_reporting_a_corpus_event_joins_it_and_other_event_ids_stay():
    corpus = read_uploads([(CNBC, (SEEDS / CNBC).read_bytes())]).table
    upload = read_uploads([(FT, (SEEDS / FT).read_bytes())]).table
    merged = merge_tables(corpus, upload)
    assert set(merged["doc"]) == {CNBC, FT} and len(merged) == len(corpus) + len(upload)
    ipo = merged[(merged["market_kind"] == "ipo") & (merged["date_text"] != "")]
    assert ipo["event_id"].nunique() == 1 and ipo["doc"].nunique() == 2
    joined = set(merged.loc[merged["doc"] == FT, "event_id"])
    after = merged.set_index("mention_id")["event_id"]
    for mention_id, event_id in corpus.set_index("mention_id")["event_id"].items():
        if after[mention_id] not in joined:
            assert after[mention_id] == event_id


def test_an_upload_with_a_corpus_articles_name_replaces_it_for_the_session():
    corpus = read_uploads([(CNBC, (SEEDS / CNBC).read_bytes())]).table
    short = b"November 24, 2025\nA title\n\nAlibaba shares rose 3% on March 3, 2021.\n"
    outcome = read_uploads([(CNBC, short)], corpus_docs={CNBC})
    assert outcome.messages[0][0] == "info" and "replaces it" in outcome.messages[0][1]
    merged = merge_tables(corpus, outcome.table)
    assert len(merged) == len(outcome.table) and merged["mention_id"].is_unique


def test_saving_an_upload_writes_it_inside_the_corpus_folder_only(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    saved = save_into_corpus(corpus, "../../outside.txt", b"Alibaba rose in 2021.")
    assert saved.path == (corpus / "outside.txt").resolve() and saved.level == "success"
    assert saved.path.read_bytes() == b"Alibaba rose in 2021."
    assert not (tmp_path / "outside.txt").exists()


def test_saving_never_overwrites_a_different_file_and_says_so(tmp_path):
    (tmp_path / "story.txt").write_bytes(b"the original")
    saved = save_into_corpus(tmp_path, "story.txt", b"the upload")
    assert (tmp_path / "story.txt").read_bytes() == b"the original"
    assert saved.path.name == "story (2).txt" and "saved as story (2).txt" in saved.message
    again = save_into_corpus(tmp_path, "story.txt", b"the upload")
    assert again.path.name == "story (2).txt" and "unchanged" in again.message


def test_saving_does_not_write_through_a_link_to_outside_the_folder(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep me")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").symlink_to(outside)
    saved = save_into_corpus(corpus, "story.txt", b"the upload")
    assert outside.read_bytes() == b"keep me" and saved.path.parent == corpus.resolve()


@pytest.mark.parametrize("name", ["sources.csv", "script.py", "...", "notes"])
def test_only_article_files_are_saved(tmp_path, name):
    saved = save_into_corpus(tmp_path, name, b"x")
    assert saved.path is None and saved.level == "error" and not list(tmp_path.iterdir())


def test_a_later_batch_of_uploads_joins_the_earlier_and_a_name_uploaded_again_replaces_it():
    first = read_uploads([(CNBC, (SEEDS / CNBC).read_bytes()), ("note.txt", b"Shares rose 3% on March 3, 2021.\n")])
    first.files = frozenset({"a", "b"})
    second = read_uploads([("note.txt", b"Shares fell 5% on May 4, 2022.\n")])
    second.files = frozenset({"c"})
    both = combine(first, second)
    assert [d.doc for d in both.documents] == [CNBC, "note.txt"]
    assert set(both.table.loc[both.table["doc"] == "note.txt", "when"]) == {"2022-05-04"}
    assert both.data["note.txt"].startswith(b"Shares fell")
    assert len(both.messages) == 3 and both.files == {"a", "b", "c"}
    assert both.token != first.token and combine(None, second) is second

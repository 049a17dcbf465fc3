"""Every resource table keeps the format of pipeline/rules.py."""
import pytest

from pipeline.rules import RESOURCES, RuleTableError, all_tables, load_table


@pytest.mark.parametrize("name", all_tables())
def test_every_table_has_a_header_comment_and_an_example_for_every_rule(name):
    first_line = (RESOURCES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("#"), f"{name} starts without its header comment"
    rows = load_table(name)
    assert rows, f"{name} has no rules"
    empty = [row["_line"] for row in rows if not row["example"]]
    assert not empty, f"{name}: rules without an example on lines {empty}"


def test_a_table_without_an_example_column_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# a table\nword\tmeaning\nmay\tmonth\n", encoding="utf-8")
    monkeypatch.setattr("pipeline.rules.RESOURCES", tmp_path)
    load_table.cache_clear()
    with pytest.raises(RuleTableError, match="no 'example' column"):
        load_table("bad.tsv")
    load_table.cache_clear()


def test_a_row_with_too_many_cells_names_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# a table\nword\texample\nmay\tIn May\textra\n", encoding="utf-8")
    monkeypatch.setattr("pipeline.rules.RESOURCES", tmp_path)
    load_table.cache_clear()
    with pytest.raises(RuleTableError, match=r"bad.tsv:3"):
        load_table("bad.tsv")
    load_table.cache_clear()

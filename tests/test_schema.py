"""The table contract: one definition, checked on write and on read, the README's copy kept equal."""
import re

import pandas as pd
import pytest

from pipeline import schema
from tests.conftest import PROJECT


def a_row(**changes):
    row = {name: "" for name in schema.NAMES}
    row.update({"mention_id": "m1", "doc": "003.txt", "excerpt": "It was Ant Group.", "char_start": 10,
                "char_end": 27, "when": "2020-11", "start": "2020-11-01", "end": "2020-11-30",
                "precision": "month", "date_text": "November", "date_start": 12, "date_end": 20,
                "future": False, "amount": None, "amount_usd": None, "percent": None, "importance": 1.0,
                "money_start": None, "money_end": None})
    row.update(changes)
    return row


def test_the_readme_shows_the_contract_exactly():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert schema.markdown_table() in readme


def _anchor(heading):
    """GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_every_section_of_the_written_contract_is_linked_from_the_readme_and_every_link_finds_its_section():
    contract = (PROJECT / "docs" / "contract.md").read_text(encoding="utf-8")
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    lines = contract.splitlines()
    sections = {_anchor(line[3:]) for line in lines if line.startswith("## ")}
    subsections = {_anchor(line[4:]) for line in lines if line.startswith("### ")}
    linked = set(re.findall(r"\(docs/contract\.md#([\w-]+)\)", readme))
    assert sections and linked == sections
    assert set(re.findall(r"\(#([\w-]+)\)", contract)) == sections | subsections
    assert "../README.md#the-columns" in contract and "### The columns" in readme


def test_an_empty_table_has_every_column_in_order():
    assert tuple(schema.empty().columns) == schema.NAMES


def test_a_table_read_back_from_csv_text_conforms_to_the_contract():
    frame = pd.DataFrame([a_row()]).astype(str).replace({"None": "", "nan": ""})
    conformed = schema.validate(schema.conform(frame))
    assert conformed["char_start"].dtype == "Int64"
    assert conformed["future"].dtype == bool and not conformed["future"].iloc[0]
    assert pd.isna(conformed["amount"].iloc[0])


def test_a_missing_column_is_named():
    frame = pd.DataFrame([a_row()]).drop(columns=["when"])
    with pytest.raises(schema.ContractError, match="when"):
        schema.conform(frame)


@pytest.mark.parametrize("change, rule", [
    ({"char_end": 20}, "len(excerpt)"),
    ({"start": "2020-12-01"}, "start <= end"),
    ({"start": "Nov 2020"}, "start is YYYY-MM-DD"),
    ({"when": ""}, "when and start"),
    ({"date_start": None}, "date_text has its offsets"),
])
def test_a_row_that_breaks_a_rule_is_refused_with_the_rule_named(change, rule):
    frame = schema.conform(pd.DataFrame([a_row(**change)]))
    with pytest.raises(schema.ContractError, match=re.escape(rule)):
        schema.validate(frame)


def test_two_rows_with_the_same_mention_id_are_refused():
    frame = schema.conform(pd.DataFrame([a_row(), a_row()]))
    with pytest.raises(schema.ContractError, match="not unique"):
        schema.validate(frame)


def test_a_non_numeric_offset_is_refused():
    with pytest.raises(schema.ContractError, match="char_start"):
        schema.conform(pd.DataFrame([a_row(char_start="ten")]))


def test_rows_made_into_a_table_at_once_equal_the_conformed_frame_of_those_rows():
    rows = [a_row(), a_row(mention_id="m2", amount=3e9, currency="USD", amount_usd=3e9, money_text="$3 billion",
                           money_start=14, money_end=24, future=True, title=None)]
    made = schema.from_rows(rows)
    pd.testing.assert_frame_equal(made, schema.conform(pd.DataFrame(rows)), check_exact=True)
    assert made["title"].tolist() == ["", ""]
    assert made["money_start"].dtype == "Int64" and pd.isna(made["money_start"].iloc[0])


def test_numbers_and_missing_values_in_text_columns_become_text_as_when_the_table_is_conformed():
    rows = [a_row(publisher=2021, url=float("nan")), a_row(mention_id="m2", title=None, subject=3.5)]
    made = schema.from_rows(rows)
    pd.testing.assert_frame_equal(made, schema.conform(pd.DataFrame(rows)), check_exact=True)
    assert made["publisher"].tolist() == ["2021", ""] and made["url"].tolist() == ["", ""]
    assert made["subject"].tolist() == ["", "3.5"]


def test_rows_with_a_non_numeric_offset_are_refused_when_made_into_a_table():
    with pytest.raises(schema.ContractError, match="char_start"):
        schema.from_rows([a_row(char_start="ten")])


def test_no_rows_make_the_empty_table():
    assert schema.from_rows([]).equals(schema.empty())


def test_a_year_bc_has_a_when_but_no_start_or_end():
    frame = schema.conform(pd.DataFrame([a_row(when="BC1300", start="", end="", precision="year")]))
    schema.validate(frame)
    assert schema.WHEN_FORM.fullmatch("BC1300") and schema.WHEN_FORM.fullmatch("BC13")

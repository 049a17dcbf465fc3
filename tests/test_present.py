"""Presentation helpers (ui/present.py): the count line, titles, the source line, the scroll script."""
from ui.data import prepare
from ui.present import PRESENT_CSS, count_line, default_subtitle, default_title, plain, scroll_script, source_line
from ui_samples import seed_table

TABLE = prepare(seed_table())


def test_the_count_line_says_events_and_mentions_and_what_is_not_on_the_chart():
    assert count_line(15, 57, 12) == "**12 events** (15 mentions) shown of 57 mentions"
    assert count_line(1, 57, 1, one_per_event=False) == "**1 mention** (1 event) shown of 57 mentions"
    assert "3 without a date" in count_line(15, 57, 12, unplaced=3)


def test_the_default_title_names_the_most_mentioned_actor_and_the_subtitle_the_years_and_sources():
    assert default_title(TABLE) in ("Jack Ma: a timeline", "Alibaba: a timeline")
    assert default_subtitle(TABLE) == "2018–2030, from 2 articles"
    assert default_title(TABLE.assign(actors="")) == "News timeline"


def test_the_source_line_names_the_shown_articles_in_order_of_publication():
    assert source_line(TABLE).startswith("Source: Alibaba’s Rehabilitation Through AI (2025-03-17); CNBC (2025-11-24).")


def test_the_source_line_shortens_a_long_list():
    many = TABLE.drop(columns="_doc").assign(doc=[f"d{i}.txt" for i in range(len(TABLE))],
                                             publisher=[f"P{i}" for i in range(len(TABLE))])
    assert "5 more" in source_line(many, limit=4)


def test_the_scroll_script_carries_no_text_but_plain_ids():
    script = scroll_script("nt-focus", "4ed2a11aca3adc8d")
    assert "nt-focus" in script and "4ed2a11aca3adc8d" in script
    assert scroll_script("nt-focus", "</script><script>alert(1)") == ""


def test_presentation_mode_hides_the_sidebar_and_scales_the_root_font_only():
    assert 'stSidebar' in PRESENT_CSS and "html { font-size: 22px; }" in PRESENT_CSS
    assert PRESENT_CSS.count("font-size") == 1


def test_article_text_for_a_markdown_element_shows_as_written():
    hostile = "raised $5 billion and $3 billion [x](javascript:alert(1)) *b* <b>x</b> # not a heading"
    escaped = plain(hostile)
    assert "$5" not in escaped.replace("\\$", "") and "](" not in escaped and "<b>" not in escaped
    assert escaped.replace("\\", "") == hostile
    assert plain("two\nlines") == "two lines"

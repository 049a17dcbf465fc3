"""pipeline/events.py: one happening across mentions, on the seeds and real news sentences."""
import datetime as dt
import hashlib
import itertools

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED_CNBC, SEED_FT
from pipeline import schema
from pipeline.events import (EVENT_COLUMN_NAMES, assign_events, link_rows, dates_compatible, events_view,
                             importance_score, key_words, stem)
from pipeline.rules import load_table
from pipeline.sentences import matching_form, split_sentences
from pipeline.story import categories, describe_sentences

FT_DOC, CNBC_DOC = SEED_FT.name, SEED_CNBC.name
TEXTS = {FT_DOC: SEED_FT.read_text(encoding="utf-8"), CNBC_DOC: SEED_CNBC.read_text(encoding="utf-8")}
PUBLISHED = {FT_DOC: "2025-03-17", CNBC_DOC: "2025-11-24"}

# Real news that has nothing to do with Alibaba, for the stability checks.
OTHER_DOC = "other_news.txt"
TEXTS[OTHER_DOC] = (
    "Tesla shares rose 743% in 2020, making it the best performer among large U.S. companies. "
    "In November 2020, Joe Biden won the U.S. presidential election. "
    "The European Union aims to cut its greenhouse gas emissions by 55% by 2030."
)
PUBLISHED[OTHER_DOC] = "2021-01-15"


def period(when):
    """First and last day of a test date written as 2020, 2020-11, 2020-11-03 or a/b."""
    if "/" in when:
        a, b = when.split("/")
        return period(a)[0], period(b)[1]
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return dt.date(parts[0], parts[1], 1), nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


PRECISION = {1: "year", 2: "month", 3: "day"}


def mention(doc, key, date_text, when, *, mod="", market_kind="", money_text="", amount=None, currency="",
            percent=None, direction=""):
    """A contract row for the sentence of ``doc`` that holds ``key``, as the extractor would make it."""
    text = TEXTS[doc]
    form = matching_form(text)
    spans = split_sentences(text)
    index = next(i for i, (a, b) in enumerate(spans) if matching_form(key) in form[a:b])
    a, b = spans[index]
    story = describe_sentences(text, spans, [index])[index]
    if when:
        first, last = period(when)
        start, end = first.isoformat(), last.isoformat()
        precision = "span" if "/" in when else PRECISION[len(when.split("-"))]
    else:
        start = end = precision = ""
    date_start = form.find(matching_form(date_text), a) if date_text else None
    money_start = form.find(matching_form(money_text), a) if money_text else None
    row = {name: "" for name in schema.NAMES}
    row.update(
        doc=doc, published=PUBLISHED[doc], excerpt=text[a:b], char_start=a, char_end=b,
        when=when, start=start, end=end, precision=precision, date_text=date_text,
        date_start=date_start, date_end=date_start + len(date_text) if date_text else None,
        date_mod=mod, future=bool(when) and start > PUBLISHED[doc],
        market_kind=market_kind, amount=amount, currency=currency, percent=percent, direction=direction,
        amount_usd=amount if currency == "USD" else None, money_text=money_text, money_start=money_start,
        money_end=money_start + len(money_text) if money_text else None,
        headline=story.headline, category=story.category, actors=";".join(story.actors),
        importance=float("nan"))
    row["mention_id"] = hashlib.sha1(f"{doc}|{a}|{date_text}|{money_text}".encode()).hexdigest()[:16]
    return row


def table(rows):
    return schema.conform(pd.DataFrame(rows))


def seed_rows():
    """The seeds' dated mentions and market mentions (the shared gold's must items)."""
    return [
        mention(FT_DOC, "According to a 2025 Financial Times article", "2025", "2025"),
        mention(FT_DOC, "the 2020 Ant Group IPO cancellation", "2020", "2020",
                market_kind="ipo", money_text="IPO cancellation"),
        mention(FT_DOC, "transformative developments by 2030", "by 2030", "2030", mod="ON_OR_BEFORE"),
        mention(FT_DOC, "frequently asked questions as of March 17, 2025", "March 17, 2025", "2025-03-17"),
        mention(FT_DOC, "Published in 2025 by the Financial Times", "2025", "2025"),
        mention(CNBC_DOC, "On a cold November evening in Shanghai in 2020", "November evening in Shanghai in 2020",
                "2020-11", market_kind="ipo", money_text="IPO"),
        mention(CNBC_DOC, "from October 2018 to December 2021", "from October 2018 to December 2021",
                "2018-10/2021-12"),
        mention(CNBC_DOC, "humble beginnings in 1999", "in 1999", "1999"),
        mention(CNBC_DOC, "antitrust fine in 2021", "in 2021", "2021", market_kind="fine",
                money_text="$3 billion", amount=3e9, currency="USD"),
        mention(CNBC_DOC, "When I left China in 2021", "in 2021", "2021"),
        mention(CNBC_DOC, "announced plans to step down in 2023", "in 2023", "2023"),
        mention(CNBC_DOC, "In February, Ma was among", "In February", "2025-02"),
        mention(CNBC_DOC, "dominating AI race by 2030", "by 2030", "2030", mod="ON_OR_BEFORE"),
        mention(CNBC_DOC, "more than $400 billion has been wiped off", "", "2025-11-24",
                market_kind="market_value_change", money_text="$400 billion", amount=4e11, currency="USD"),
        mention(CNBC_DOC, "Alibaba’s stock would jump", "", "2025-11-24", market_kind="share_move",
                money_text="stock would jump"),
    ]


def row_of(frame, key):
    rows = frame[frame["excerpt"].map(matching_form).str.contains(matching_form(key), regex=False)]
    assert len(rows) >= 1, key
    return rows.iloc[0]


def event_of(frame, key):
    return row_of(frame, key)["event_id"]


# ------------------------------------------------------------------------------------------ the seeds

def test_the_two_ant_ipo_mentions_become_one_event_with_two_sources():
    frame = assign_events(table(seed_rows()))
    ipo = event_of(frame, "the 2020 Ant Group IPO cancellation")
    assert ipo == event_of(frame, "On a cold November evening in Shanghai in 2020")
    view = events_view(frame).set_index("event_id")
    assert view.loc[ipo, "n_sources"] == 2
    assert view.loc[ipo, "sources"] == f"{FT_DOC};{CNBC_DOC}"


def test_the_merged_ipo_event_takes_the_most_precise_date_and_its_headline():
    view = events_view(assign_events(table(seed_rows()))).set_index("event_id")
    ipo = view[view["n_sources"] == 2].iloc[0]
    assert (ipo["when"], ipo["start"], ipo["end"], ipo["precision"]) == ("2020-11", "2020-11-01", "2020-11-30", "month")
    assert ipo["headline"] == "The world’s largest IPO was abruptly canceled by Chinese regulators"
    assert "Ant Group" in ipo["actors"].split(";")


def test_developments_by_2030_and_dominating_ai_race_by_2030_stay_two_events():
    frame = assign_events(table(seed_rows()))
    assert event_of(frame, "transformative developments by 2030") != event_of(frame, "dominating AI race by 2030")


def test_only_the_ant_ipo_merges_among_the_seed_mentions():
    view = events_view(assign_events(table(seed_rows())))
    assert len(view) == len(seed_rows()) - 1
    assert (view["n_sources"] > 1).sum() == 1


def test_figures_placed_only_at_the_publication_date_stay_alone():
    frame = assign_events(table(seed_rows()))
    assert event_of(frame, "more than $400 billion") != event_of(frame, "Alibaba’s stock would jump")


# ------------------------------------------------------------------------------------- merging rules

def test_a_sentence_with_a_date_and_a_figure_rows_is_one_event():
    rows = [mention(CNBC_DOC, "antitrust fine in 2021", "in 2021", "2021"),
            mention(CNBC_DOC, "antitrust fine in 2021", "in 2021", "2021", market_kind="fine",
                    money_text="$3 billion", amount=3e9, currency="USD")]
    frame = assign_events(table(rows))
    assert frame["event_id"].nunique() == 1


def test_the_same_fine_reported_twice_in_two_currencies_is_one_event():
    TEXTS["reuters.txt"] = ("Chinese regulators fined Alibaba a record 18.2 billion yuan ($2.8 billion) "
                            "in April 2021 for abusing its dominant market position.")
    PUBLISHED["reuters.txt"] = "2021-04-10"
    rows = [mention(CNBC_DOC, "antitrust fine in 2021", "in 2021", "2021", market_kind="fine",
                    money_text="$3 billion", amount=2.9e9, currency="USD"),
            mention("reuters.txt", "fined Alibaba a record", "April 2021", "2021-04", market_kind="fine",
                    money_text="18.2 billion yuan", amount=18.2e9, currency="CNY")]
    rows[1]["amount_usd"] = 2.8e9
    frame = assign_events(table(rows))
    assert frame["event_id"].nunique() == 1
    assert events_view(frame).iloc[0]["when"] == "2021-04"


def test_moves_in_opposite_directions_are_never_one_event():
    TEXTS["moves.txt"] = ("Alibaba shares fell 5% in Hong Kong in 2023 after the split was announced. "
                          "Alibaba shares rose 5% in Hong Kong in 2023 after the split was announced.")
    PUBLISHED["moves.txt"] = "2024-01-02"
    rows = [mention("moves.txt", "shares fell 5%", "in 2023", "2023", market_kind="share_move",
                    money_text="5%", percent=-5.0, direction="down"),
            mention("moves.txt", "shares rose 5%", "in 2023", "2023", market_kind="share_move",
                    money_text="5%", percent=5.0, direction="up")]
    assert assign_events(table(rows))["event_id"].nunique() == 2


def test_in_2030_and_by_2030_are_not_the_same_date():
    assert dates_compatible("2030-01-01", "2030-12-31", "2030", "2030-01-01", "2030-12-31", "2030")
    assert not dates_compatible("2030-01-01", "2030-12-31", "2030", "2030-01-01", "2030-12-31", "2030",
                                "ON_OR_BEFORE", "")


def test_a_year_contains_its_months_and_a_span_its_years_but_not_the_other_way_round_across():
    assert dates_compatible("2020-01-01", "2020-12-31", "2020", "2020-11-01", "2020-11-30", "2020-11")
    assert dates_compatible("2018-10-01", "2021-12-31", "2018-10/2021-12", "2021-01-01", "2021-12-31", "2021")
    assert not dates_compatible("2020-11-01", "2020-11-30", "2020-11", "2020-10-01", "2020-10-31", "2020-10")
    assert not dates_compatible("2020-06-01", "2021-06-30", "2020-06/2021-06", "2021-01-01", "2021-12-31", "2021")


def test_an_open_span_only_meets_the_same_open_span():
    assert dates_compatible("2020-01-01", "", "2020/..", "2020-01-01", "", "2020/..")
    assert not dates_compatible("2020-01-01", "", "2020/..", "2020-01-01", "2020-12-31", "2020")


@pytest.mark.parametrize("row", load_table("story/date_mods.tsv"), ids=lambda r: r["mod"])
def test_every_directional_modifier_keeps_its_date_apart_from_the_plain_one(row):
    together = dates_compatible("2030-01-01", "2030-12-31", "2030", "2030-01-01", "2030-12-31", "2030", row["mod"], "")
    assert together == (row["directional"] != "yes")


# ------------------------------------------------------------------------------------------ key words

def test_cancellation_cancelation_and_canceled_share_one_stem():
    assert stem("cancellation") == stem("cancelation") == stem("canceled") == stem("cancel")


@pytest.mark.parametrize("row", load_table("story/suffixes.tsv"), ids=lambda r: r["suffix"])
def test_every_suffix_example_gives_its_stem(row):
    assert stem(row["example"]) == row["expect"]


@pytest.mark.parametrize("row", load_table("story/stopwords.tsv"), ids=lambda r: r["word"])
def test_every_stop_word_example_keeps_the_stop_word_out(row):
    assert stem(row["word"]) not in key_words(row["example"]) or any(
        w != row["word"] and stem(w) == stem(row["word"]) for w in row["example"].lower().split())


def test_key_words_leave_out_attributions_dates_and_actor_names():
    sentence = "“The hallmark of Jack and his personality is that he never gave up,” Brian Wong told CNBC."
    words = key_words(sentence, actors=["Jack Ma", "Brian Wong"])
    assert {"hallmark", "personality"} <= words
    assert not words & {"jack", "wong", "brian", "told", "cnbc"}
    dated = "Ma’s empire endured tightened regulations and even a nearly $3 billion antitrust fine in 2021."
    assert "antitrust" in key_words(dated, skip=[(dated.index("in 2021"), len(dated) - 1)])


# ----------------------------------------------------------------------------------- ids and stability

def test_event_ids_come_from_the_smallest_mention_id_of_the_event():
    frame = assign_events(table(seed_rows()))
    for event_id, group in frame.groupby("event_id"):
        assert event_id == "ev-" + min(group["mention_id"])


def test_event_ids_do_not_depend_on_row_order():
    rows = seed_rows()
    first = assign_events(table(rows)).set_index("mention_id")["event_id"]
    again = assign_events(table(rows[::-1])).set_index("mention_id")["event_id"]
    assert first.sort_index().equals(again.sort_index())


def test_adding_an_unrelated_article_changes_no_event_id():
    rows = seed_rows()
    before = assign_events(table(rows)).set_index("mention_id")["event_id"]
    other = [mention(OTHER_DOC, "Tesla shares rose 743%", "in 2020", "2020", market_kind="share_move",
                     money_text="743%", percent=743.0, direction="up"),
             mention(OTHER_DOC, "Joe Biden won", "In November 2020", "2020-11"),
             mention(OTHER_DOC, "emissions by 55% by 2030", "by 2030", "2030", mod="ON_OR_BEFORE")]
    after = assign_events(table(rows + other)).set_index("mention_id")["event_id"]
    assert after.loc[before.index].equals(before)
    assert not set(after.drop(before.index)) & set(before)


# ----------------------------------------------------------------------------------------- importance

def test_an_event_with_two_sources_ranks_above_each_of_its_mentions_alone():
    rows = seed_rows()
    together = assign_events(table(rows))
    alone = assign_events(table([r for r in rows if r["doc"] == CNBC_DOC]))
    key = "On a cold November evening"
    assert row_of(together, key)["importance"] > row_of(alone, key)["importance"]


def test_importance_rewards_figures_and_precise_dates_and_demotes_the_reporter():
    base = dict(n_sources=1, n_mentions=1, has_market=False, n_actors=1, category="leadership", dated=True)
    assert importance_score(has_figure=True, precision="year", **base) > \
        importance_score(has_figure=False, precision="year", **base)
    assert importance_score(has_figure=False, precision="day", **base) > \
        importance_score(has_figure=False, precision="year", **base)
    assert importance_score(has_figure=False, precision="year", **{**base, "category": "reporter's account"}) < \
        importance_score(has_figure=False, precision="year", **base)


@pytest.mark.parametrize("row", load_table("story/importance.tsv"), ids=lambda r: r["factor"])
def test_every_importance_factor_is_used_by_the_score(row):
    import inspect
    from pipeline import events
    factor = row["factor"]
    source = inspect.getsource(events.importance_score)
    assert factor in source or (factor.startswith("precision_") and 'f"precision_{precision}"' in source) \
        or (factor.startswith("category:") and 'f"category:{category}"' in source
            and factor[len("category:"):] in categories())


# ---------------------------------------------------------------------------------------- events view

def test_the_events_view_has_every_documented_column_and_one_row_per_event():
    frame = assign_events(table(seed_rows()))
    view = events_view(frame)
    assert tuple(view.columns) == EVENT_COLUMN_NAMES
    assert len(view) == frame["event_id"].nunique()
    assert view["n_mentions"].sum() == len(frame)
    assert sorted(";".join(view["mention_ids"]).split(";")) == sorted(frame["mention_id"])


def test_the_events_view_groups_mentions_itself_when_event_ids_are_empty():
    assert len(events_view(table(seed_rows()))) == len(seed_rows()) - 1


def test_an_empty_table_gives_an_empty_view():
    empty = schema.empty()
    assert assign_events(empty).empty
    assert tuple(events_view(empty).columns) == EVENT_COLUMN_NAMES


def test_a_table_without_the_contract_columns_gets_a_clear_message():
    with pytest.raises(ValueError, match="lacks columns"):
        assign_events(pd.DataFrame({"excerpt": ["Ma retreated from the public eye."]}))


def test_the_mentions_table_keeps_its_contract_after_assignment():
    frame = assign_events(table(seed_rows()))
    schema.validate(schema.conform(frame))
    assert (frame["event_id"] != "").all() and frame["importance"].notna().all()


# ------------------------------------------------------------------------------------- property test

DATES = ["2019", "2020", "2021", "2020-11", "2020-10", "2021-04", "2020-11-03", "2020-11-04", "2021-04-10",
         "2019-06/2020-12", "2020-10/2021-06"]
WORDS = ["ipo", "listing", "fine", "antitrust", "cancel", "shares", "cloud", "split", "resign", "rally"]
ACTORS = ["Alibaba", "Ant Group", "Jack Ma", "Tencent"]


@st.composite
def random_mentions(draw):
    n = draw(st.integers(min_value=2, max_value=12))
    rows = []
    for i in range(n):
        when = draw(st.sampled_from(DATES))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True))
        actors = draw(st.lists(st.sampled_from(ACTORS), max_size=2, unique=True))
        mod = draw(st.sampled_from(["", "", "ON_OR_BEFORE"]))
        doc = draw(st.sampled_from(["a.txt", "b.txt", "c.txt"]))
        first, last = period(when)
        excerpt = f"{' and '.join(words).capitalize()} happened in {when}."
        row = {name: "" for name in schema.NAMES}
        row.update(mention_id=f"m{i:03d}", doc=doc, published="2025-01-01", excerpt=excerpt, char_start=i * 100,
                   char_end=i * 100 + len(excerpt), when=when, start=first.isoformat(), end=last.isoformat(),
                   precision="span" if "/" in when else PRECISION[len(when.split("-"))], date_text=when,
                   date_start=i * 100 + excerpt.index(when), date_end=i * 100 + excerpt.index(when) + len(when),
                   date_mod=mod, future=False, amount=None, amount_usd=None, percent=None, importance=float("nan"),
                   actors=";".join(actors), headline=excerpt, category="leadership")
        rows.append(row)
    return table(rows)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_mentions())
def test_merging_never_joins_two_mentions_with_incompatible_dates(frame):
    grouped = assign_events(frame)
    for _, event in grouped.groupby("event_id"):
        for a, b in itertools.combinations(event.to_dict("records"), 2):
            assert dates_compatible(a["start"], a["end"], a["when"], b["start"], b["end"], b["when"],
                                    a["date_mod"], b["date_mod"]), (a["when"], b["when"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_mentions())
def test_merging_does_not_depend_on_row_order(frame):
    forward = assign_events(frame).set_index("mention_id")["event_id"].sort_index()
    backward = assign_events(frame.iloc[::-1]).set_index("mention_id")["event_id"].sort_index()
    assert forward.equals(backward)


# ------------------------------------------------------------------------------- the real seed table

def test_the_extracted_seed_table_links_the_two_ant_ipo_mentions(seed_table):
    ipo_2020 = event_of(seed_table, "the 2020 Ant Group IPO cancellation")
    assert ipo_2020 == event_of(seed_table, "On a cold November evening in Shanghai in 2020")
    assert event_of(seed_table, "transformative developments by 2030") != \
        event_of(seed_table, "dominating AI race by 2030")
    view = events_view(seed_table).set_index("event_id")
    assert view.loc[ipo_2020, "n_sources"] == 2
    assert view.loc[ipo_2020, "when"] == "2020-11"


# ------------------------------------------------------------------- TimeBank / AQUAINT news sentences

TEXTS["APW19990607.0041"] = "The Aug. 7, 1998, bombings killed more than 200 people, including 12 Americans."
TEXTS["APW19991008.0151"] = ("White heads a team that is investigating and prosecuting the bombings which killed "
                             "224 people, including 12 Americans, on Aug. 7, 1998.")
TEXTS["APW19980227.0476"] = ("Both U.S. and British officials filed objections to the court's jurisdiction in 1995, "
                             "claiming Security Council resolutions imposed on Lybia to force the suspects' "
                             "extradition overruled a 1971 Convention which gives Libya the right to try the men.")
TEXTS["APW20000124.0182"] = ("The Canadian warrant issued Monday charged Kopp with attempted murder in the 1995 "
                             "shooting of Dr. Hugh Short, who was wounded in the elbow but survived the attack at his "
                             "home in Ancaster, Ontario.")
TEXTS["APW19990507.0207"] = ("The filing of the charges has intensified interest in Kopp as a suspect in three "
                             "non-fatal sniper attacks on Canadian abortion providers, and one near Rochester, N.Y., "
                             "between 1994 and 1997.")
PUBLISHED.update({"APW19990607.0041": "1999-06-07", "APW19991008.0151": "1999-10-08",
                  "APW19980227.0476": "1998-02-27", "APW20000124.0182": "2000-01-24",
                  "APW19990507.0207": "1999-05-07"})


def test_two_wire_stories_on_the_august_1998_embassy_bombings_are_one_event():
    rows = [mention("APW19990607.0041", "bombings killed more than 200", "Aug. 7, 1998", "1998-08-07"),
            mention("APW19991008.0151", "killed 224 people", "Aug. 7, 1998", "1998-08-07")]
    assert assign_events(table(rows))["event_id"].nunique() == 1


def test_a_1995_court_objection_and_a_1995_shooting_stay_apart_but_the_shooting_joins_the_kopp_attacks():
    rows = [mention("APW19980227.0476", "filed objections", "1995", "1995"),
            mention("APW20000124.0182", "charged Kopp", "1995", "1995"),
            mention("APW19990507.0207", "sniper attacks", "between 1994 and 1997", "1994/1997")]
    frame = assign_events(table(rows))
    assert event_of(frame, "filed objections") != event_of(frame, "charged Kopp")
    assert event_of(frame, "charged Kopp") == event_of(frame, "sniper attacks")


# ------------------------------------------------------------------------------------ speed, same result

MARKETS = ["", "", "ipo", "fine", "share_move"]
AMOUNTS = [None, None, 2.8e9, 2.9e9, 3.5e9, 18.2e9, 0.0]
PERCENTS = [None, None, 5.0, 5.45, -3.0, 743.0]
NEWS_WORDS = WORDS + ["regulators", "halted", "record", "market", "value", "founder", "listing", "investors"]


@st.composite
def mentions_with_figures(draw):
    """Mentions sharing more or fewer news words, some with market kinds and figures in two currencies
    (enough of them that the index files them by key: a handful are simply all compared)."""
    n = draw(st.integers(min_value=18, max_value=30))
    rows = []
    for i in range(n):
        when = draw(st.sampled_from(DATES))
        first, last = period(when)
        words = draw(st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=8, unique=True))
        excerpt = f"{' and '.join(words).capitalize()} happened in {when}."
        amount = draw(st.sampled_from(AMOUNTS))
        currency = draw(st.sampled_from(["USD", "CNY"])) if amount is not None else ""
        row = {name: "" for name in schema.NAMES}
        row.update(mention_id=f"m{i:03d}", doc=draw(st.sampled_from(["a.txt", "b.txt", "c.txt"])),
                   published="2025-01-01", excerpt=excerpt, char_start=i * 100, char_end=i * 100 + len(excerpt),
                   when=when, start=first.isoformat(), end=last.isoformat(),
                   precision="span" if "/" in when else PRECISION[len(when.split("-"))], date_text=when,
                   date_start=i * 100 + excerpt.index(when), date_end=i * 100 + excerpt.index(when) + len(when),
                   date_mod=draw(st.sampled_from(["", "", "ON_OR_BEFORE"])), future=False,
                   market_kind=draw(st.sampled_from(MARKETS)), amount=amount, currency=currency,
                   amount_usd=amount if currency == "USD" else draw(st.sampled_from([None, 2.8e9])),
                   percent=draw(st.sampled_from(PERCENTS)), importance=float("nan"),
                   actors=";".join(draw(st.lists(st.sampled_from(ACTORS), max_size=2, unique=True))),
                   headline=excerpt, category="leadership")
        rows.append(row)
    return table(rows)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mentions_with_figures())
def test_the_candidate_index_never_misses_a_pair_that_could_merge(frame):
    from pipeline import events
    records = events._records(events._rows(frame))
    classes = events._classes(records)
    reps = [records[members[0]] for members in classes]
    candidates = set(events._class_candidates(reps))
    for i, j in itertools.combinations(range(len(reps)), 2):
        if events._evidence(reps[i], reps[j]) > 0:
            assert (i, j) in candidates, (reps[i].when, reps[i].words, reps[j].when, reps[j].words)


def plain_row(number, excerpt, when):
    """A row for a sentence that holds its date ``when`` (a year) verbatim."""
    first, last = period(when)
    at = excerpt.index(when)
    row = {name: "" for name in schema.NAMES}
    row.update(mention_id=f"r{number:03d}", doc=f"{number}.txt", published="2010-01-01", excerpt=excerpt,
               char_start=0, char_end=len(excerpt), when=when, start=first.isoformat(), end=last.isoformat(),
               precision="year", date_text=when, date_start=at, date_end=at + len(when), future=False,
               amount=None, amount_usd=None, percent=None, importance=float("nan"), headline=excerpt,
               category="leadership")
    return row


def linked(first_excerpt, second_excerpt, when, first_actors="", second_actors=""):
    """Does the evidence between two plain rows of ``when``, with their actors, reach a link?"""
    from pipeline import events
    rows = [plain_row(1, first_excerpt, when), plain_row(2, second_excerpt, when)]
    rows[0]["actors"], rows[1]["actors"] = first_actors, second_actors
    a, b = events._records(events._rows(table(rows)))
    return events._evidence(a, b) > 0


def test_two_reports_sharing_only_the_corpus_commonest_words_still_merge():
    # Floods destroyed homes and roads in many years; the two 2005 reports share only those four words,
    # the commonest of the corpus: the index must still bring them together.
    rows = [plain_row(year, f"Floods destroyed homes and roads in the south in {year}.", str(year))
            for year in range(1981, 2001)]
    rows += [plain_row(1, "Floods destroyed homes and roads near Lake Kivu in 2005.", "2005"),
             plain_row(2, "After three days of rain, floods destroyed homes and roads in 2005.", "2005")]
    frame = assign_events(table(rows))
    assert event_of(frame, "near Lake Kivu") == event_of(frame, "After three days of rain")
    assert frame["event_id"].nunique() == len(rows) - 1


def test_merges_do_not_depend_on_how_many_unrelated_reports_the_corpus_holds():
    # a few reports are all compared with each other; among many, the index picks who is compared
    TEXTS["reuters.txt"] = ("Chinese regulators fined Alibaba a record 18.2 billion yuan ($2.8 billion) "
                            "in April 2021 for abusing its dominant market position.")
    PUBLISHED["reuters.txt"] = "2021-04-10"
    reuters = mention("reuters.txt", "fined Alibaba a record", "April 2021", "2021-04", market_kind="fine",
                      money_text="18.2 billion yuan", amount=18.2e9, currency="CNY")
    reuters["amount_usd"] = 2.8e9
    rows = seed_rows() + [reuters]
    unrelated = [plain_row(year, f"Floods destroyed homes and roads in the south in {year}.", str(year))
                 for year in range(1951, 1981)]
    alone = assign_events(table(rows)).set_index("mention_id")["event_id"]
    frame = assign_events(table(rows + unrelated))
    assert frame.set_index("mention_id")["event_id"].loc[alone.index].equals(alone)
    assert event_of(frame, "fined Alibaba a record") == event_of(frame, "antitrust fine in 2021")
    assert event_of(frame, "On a cold November evening") == event_of(frame, "the 2020 Ant Group IPO")


def copies_of(rows, copies):
    """The rows of ``copies`` copies of the same articles, named as the speed benchmark names them."""
    out = []
    for copy in range(copies):
        for row in rows:
            doc = f"{row['doc']}.{copy}"
            out.append({**row, "doc": doc, "mention_id": f"{row['mention_id']}.{copy}"})
    return out


def test_many_copies_of_the_seed_articles_merge_as_one_copy_does():
    rows = seed_rows()
    alone = assign_events(table(rows)).set_index("mention_id")["event_id"]
    single = {frozenset(group.index) for _, group in alone.groupby(alone)}
    copies = 9   # more pairs per class of copies than are merged one by one
    together = assign_events(table(copies_of(rows, copies)))
    for _, event in together.groupby("event_id"):
        originals = frozenset(m.rsplit(".", 1)[0] for m in event["mention_id"])
        assert originals in single  # never two happenings in one event, nor one happening split
    ipo = event_of(together, "the 2020 Ant Group IPO cancellation")
    assert (together["event_id"] == ipo).sum() == 2 * copies
    assert event_of(together, "On a cold November evening in Shanghai in 2020") == ipo
    assert event_of(together, "transformative developments by 2030") != \
        event_of(together, "dominating AI race by 2030")


# ------------------------------------------------------------------------------------ rows without a table

def test_linking_the_seed_rows_as_dicts_gives_the_event_ids_and_scores_the_table_gets():
    rows = seed_rows()
    linked = assign_events(table(rows))
    event_ids, scores = link_rows(rows)
    assert event_ids == linked["event_id"].tolist()
    assert scores == linked["importance"].tolist()
    assert len(set(event_ids)) < len(rows)  # the two Ant IPO mentions share one


def test_linking_rows_that_repeat_a_mention_id_is_refused_with_the_id():
    rows = seed_rows()
    rows[1]["mention_id"] = rows[0]["mention_id"]
    with pytest.raises(ValueError, match=rows[0]["mention_id"]):
        link_rows(rows)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZx '-\"(:.?!,;$5\t\n\u00a0é", max_size=40), st.data())
def test_words_with_their_gaps_read_as_words_found_one_by_one(text, data):
    """_key_words reads each word with the non-letters after it (findall): the same words as _WORD finds, and the
    gap before a word (not the first) tells what _opens reads back."""
    from pipeline.events import _WORD, _WORD_AND_GAP, _gap_opens, _opens
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    matches = list(_WORD.finditer(text, start, end))
    found = _WORD_AND_GAP.findall(text, start, end)
    assert [word for word, _ in found] == [m.group() for m in matches]
    for (_, gap), match in zip(found, matches[1:]):
        assert _gap_opens(gap) == _opens(text, start, match.start())


@pytest.mark.parametrize("excerpt, date_text, kept, left", [
    # the noun a year takes after it names what happened, as it would outside the date
    ("Pharmacies opened flu clinics for the 2025/26 season across the province.", "the 2025/26 season", "season",
     "2025"),
    ("Growers planted more sorghum in the 2025 crop year than ever before.", "the 2025 crop year", "crop", "2025"),
    ("Growers planted more sorghum on June 5 than ever before.", "June 5", "sorghum", "june"),
])
def test_the_words_rows_are_linked_by_keep_a_noun_its_date_closes_with_after_a_year(excerpt, date_text, kept, left):
    from pipeline import events
    at = excerpt.index(date_text)
    row = plain_row(1, "In 2025.", "2025")
    row.update(excerpt=excerpt, char_end=len(excerpt), date_text=date_text, date_start=at, date_end=at + len(date_text))
    [record] = events._records(events._rows(table([row])))
    assert events.stem(kept) in record.words and events.stem(left) not in record.words | record.names


@pytest.mark.parametrize("other, date_text, when, expected", [
    ("Growers sold cherries in the 2026 season.", "the 2026 season", "2026", True),
    # the season of another date is another season: its noun is no evidence then
    ("Growers sold cherries early in the season, in June 2026.", "June 2026", "2026-06", False),
])
def test_the_noun_a_date_closes_with_links_two_mentions_only_of_the_same_date(other, date_text, when, expected):
    from pipeline import events
    rows = []
    for number, (excerpt, text, value) in enumerate((("Growers sold cherries to canneries for the 2026 season.",
                                                      "the 2026 season", "2026"), (other, date_text, when))):
        first, last = period(value)
        at = excerpt.index(text)
        row = plain_row(number + 1, "In 2026.", "2026")
        row.update(excerpt=excerpt, char_end=len(excerpt), when=value, start=first.isoformat(), end=last.isoformat(),
                   date_text=text, date_start=at, date_end=at + len(text))
        rows.append(row)
    a, b = events._records(events._rows(table(rows)))
    assert (events._evidence(a, b) > 0) is expected


@pytest.mark.parametrize("other, expected", [
    # another company's chief executive speaking of another happening: the title is no evidence
    ("Norsk Fisk landed 410,000 tonnes of cod in 2024, Chief Executive Ola Berg told reporters.", False),
    # the same happening told by another outlet still shares its words
    ("Harbour Freight opened its Gdansk container terminal in 2024, Chief Executive Jan Nowak said.", True),
])
def test_a_title_or_report_word_links_no_two_mentions(other, expected):
    first = "Harbour Freight opened a container terminal in Gdansk in 2024, Chief Executive Jan Nowak told reporters."
    assert linked(first, other, "2024", "Harbour Freight") is expected


@pytest.mark.parametrize("other, expected", [
    # the title a person takes is the happening: "become" and "term as" make the role shared evidence
    ("Dec. 31, 2027: Ms. Moreau's term as chief financial officer ends.", True),
    # the same title saying who spoke is still no evidence
    ("Dec. 31, 2027: Ms. Moreau, chief financial officer, said the plant would close.", False),
])
def test_a_title_a_person_takes_links_two_mentions_of_the_change(other, expected):
    first = "Ms. Moreau will become chief financial officer and stay on the board until 2027."
    assert linked(first, other, "2027") is expected


@pytest.mark.parametrize("other, date_text, when, expected", [
    # "September" there is another date's: only the first sentence's own date, told twice, held it
    ("Vela Mining opened its Tarn smelter in August, and zinc sales fell in the September quarter.", "August",
     "2025-08", False),
    # the same output still links by its words
    ("Vela Mining's copper output rose in August, a record for the mine.", "August", "2025-08", True),
])
def test_a_date_told_twice_in_its_sentence_lends_no_month_name_to_link_by(other, date_text, when, expected):
    from pipeline import events
    excerpt = "Vela Mining's copper output rose 9% in the September quarter, the first three months of its fiscal year."
    rows = []
    for number, (text, told, value) in enumerate(((excerpt, "the September quarter", "2025-07/2025-09"),
                                                   (excerpt, "the first three months", "2025-07/2025-09"),
                                                   (other, date_text, when))):
        first, last = period(value)
        at = text.index(told)
        row = plain_row(number + 1, "In 2025.", "2025")
        row.update(doc="a.txt" if text == excerpt else "b.txt", excerpt=text, char_end=len(text), when=value,
                   start=first.isoformat(), end=last.isoformat(), date_text=told, date_start=at,
                   date_end=at + len(told), actors="Vela Mining")
        rows.append(row)
    _, restated, third = events._records(events._rows(table(rows)))
    assert (events._evidence(restated, third) > 0) is expected


@pytest.mark.parametrize("lead, expected", [
    # the dateline says where and when the story was filed: its "March" is no word the company's March meeting shares
    ("GDANSK, March 4 (Reuters) - Baltic Ferries said on Tuesday it would sell two ships in 2026.", False),
    # a month the text itself tells still counts
    ("Baltic Ferries said on Tuesday it would sell two ships in 2026, after its March board meeting.", True),
])
def test_a_dateline_lends_no_words_to_link_a_lead_by(lead, expected):
    later = "Baltic Ferries will open a new terminal in 2026, its March board meeting decided."
    assert linked(lead, later, "2026", "Baltic Ferries", "Baltic Ferries") is expected


@pytest.mark.parametrize("headline, expected", [
    # the dot of an initial opens no sentence: "Korea" after "S." is the name its lead's "South Korea" gives
    ("Orlen Shipping eyes S. Korea port deal in 2026", True),
    # a place the lead does not name is still no evidence
    ("Orlen Shipping eyes S. Africa port deal in 2026", False),
])
def test_a_name_after_an_initial_is_a_name(headline, expected):
    lead = "Orlen Shipping is in talks over a port in South Korea and expects a decision in 2026."
    assert linked(headline, lead, "2026", "Orlen Shipping", "Orlen Shipping") is expected


def test_a_weekday_after_a_clock_time_is_no_name():
    from pipeline import events
    words, names = events._key_words("Power demand peaked at 5:40 p.m. Wednesday in 2026.", (), (), None)
    assert "wednesday" in words and "wednesday" not in names


@pytest.mark.parametrize("other, expected", [
    # "March" of another date and the "Wednesday" of the telling are the calendar's names: no actor or place shared
    ("Sea freight rates fell in 2026 after a March storm closed ports, the agency said on Wednesday.", False),
    # the same happening still links by its words
    ("Kestrel Foods said on Wednesday it would raise its dividend in 2026.", True),
])
def test_a_month_or_weekday_name_weighs_as_a_plain_word(other, expected):
    first = "Kestrel Foods will raise its dividend in 2026, the board said on Wednesday after its March review."
    assert linked(first, other, "2026", "Kestrel Foods", "Kestrel Foods" if "Kestrel" in other else "") is expected


def test_the_calendar_names_are_those_of_the_dates_tables_but_abbreviations_that_are_common_words():
    from pipeline import events
    words, names = events._key_words("Lenders said on Sunday that Sun Hung Kai would pay in March.", (), (), None)
    assert {"sunday", "march"} <= words and "sun" in names


@pytest.mark.parametrize("other, expected", [
    # "Minimum" is capitalised after the wire's tag only: the same word, shared as a plain word
    ("The minimum wage for cleaners will rise in 2026, the labour ministry said.", True),
    # as a plain word it weighs one, not a name's two
    ("The minimum wage for cleaners will be set in 2026, the labour ministry said.", False),
])
def test_a_word_a_headline_capitalises_is_shared_as_a_plain_word(other, expected):
    assert linked_to_headline("(UPDATE) Minimum wage for cleaners to rise in 2026", other, "2026") is expected


def test_a_capital_in_running_text_is_shared_with_no_plain_word():
    # "Mining" names a company, "mine" is a pit: neither sentence is a headline, so they share nothing
    first = "Shares of Ardent Mining rose 4% in 2026 after it raised its copper guidance for the year."
    other = "Mine supply news will stay in focus in 2026 as copper guidance is raised across the sector."
    assert not linked_to_headline(first, other, "2026", first_line=False)


def linked_to_headline(headline, other_excerpt, when, *, first_line=True):
    """linked(), the first row its article's first line (the headline) unless ``first_line`` is false, the second a
    sentence further on in its article."""
    from pipeline import events
    rows = [plain_row(1, headline, when), plain_row(2, other_excerpt, when)]
    for row in rows[1:] if first_line else rows:
        row.update(char_start=row["char_start"] + 80, char_end=row["char_end"] + 80,
                   date_start=row["date_start"] + 80, date_end=row["date_end"] + 80)
    a, b = events._records(events._rows(table(rows)))
    return events._evidence(a, b) > 0


@pytest.mark.parametrize("other, expected", [
    # "Buenos Aires" is one place, not two names: shared once, it is no happening
    ("Shares on the Buenos Aires bourse should recover in 2027, brokers said.", False),
    # the same talks still link by their words and the place
    ("The gas talks in Buenos Aires are set to resume in 2027.", True),
])
def test_the_words_of_one_name_count_once(other, expected):
    first = "Energy ministers will resume gas talks in Buenos Aires in 2027, officials said."
    assert linked(first, other, "2027") is expected


def test_shared_words_apart_in_one_sentence_are_no_run():
    from pipeline import events
    _, _, runs = events._key_words_and_runs("Learning from the machine, pupils passed exams in 2027.", (), (), None)
    assert ("machin", "learn") not in runs and ("learn", "machin") not in runs


@pytest.mark.parametrize("sentence, place", [
    ("HONG KONG — Orbis Holdings will post quarterly results in 2027, it said.", "kong"),
    ("LONDON - Petra Foods will open a plant in Leeds in 2027.", "london"),
    ("PORTLAND, Ore. — Cascade Mills will close its plant in 2027.", "ore"),
])
def test_a_dateline_of_a_place_alone_gives_no_words(sentence, place):
    from pipeline import events
    words, names = events._key_words(sentence, (), (), None)
    assert place not in words | names and words


@pytest.mark.parametrize("row", load_table("story/place_datelines.tsv"), ids=lambda row: str(row["_line"]))
def test_every_place_dateline_rule_reads_its_example_past_its_place(row):
    from pipeline import events
    form = matching_form(row["example"])
    start = events._past_bare_dateline(form, 0, len(form))
    assert start > 0 and form[:start].rstrip()[-1] in "-—–"


def test_a_bare_dateline_shares_no_place_with_a_row_of_that_place():
    assert not linked("HONG KONG — Orbis Holdings will post quarterly results in 2027, it said.",
                      "Hong Kong's regulators will post the results of the probe in 2027.", "2027")


def test_capitals_before_a_dash_that_are_no_dateline_stay_words():
    from pipeline import events
    words, names = events._key_words("Orbis said its IPO - the largest in Asia - would go ahead in 2027.", (), (), None)
    assert "ipo" in names
